package dev.eventscope.console.fleet;

import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.services.fleet.FleetService;
import dev.eventscope.services.fleet.FleetState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Starts a fleet: the sandboxes it needs (Kafka for the kafka bus, always MongoDB), then one
 * process per service instance, and waits until every service answers {@code /health}. The state
 * file is written after every start, so whatever was started can be found and stopped, and the
 * services (started after the file names them all, with their planned ports) can find each other.
 */
public final class FleetUp {
  static final String KAFKA_READY = "--kafka-bootstrap ";
  static final String MONGO_READY = "mongodb://";
  private static final String PENDING = "starting";

  /** What to start, and how long to wait for it. */
  public record Request(FleetFolder folder, String bus, String brokerAddress, Scale scale, Duration sandboxTimeout, Duration healthTimeout) {}

  private final ChildJvm jvm;
  private final Consumer<String> progress;
  private volatile FleetState state;
  private Request request;

  public FleetUp(ChildJvm jvm, Consumer<String> progress) {
    this.jvm = jvm;
    this.progress = progress;
  }

  /** What has been started so far (the last state written); for stopping it after a failure. */
  public FleetState current() {
    return state;
  }

  /** Starts everything and returns the fleet's state once all services are healthy, or throws {@link FleetStartFailure}. */
  public FleetState run(Request request) {
    this.request = request;
    state = new FleetState(request.bus(), request.brokerAddress(), null, List.of(), List.of());
    if (request.bus().equals("kafka")) {
      int port = FreePorts.pick();
      String bootstrap = startSandbox("kafka", List.of("sandbox", "kafka", "--port", String.valueOf(port),
          "--dir", request.folder().kafka().toString()), KAFKA_READY);
      state = FleetStates.withBroker(state, bootstrap);
    }
    String mongoUri = startSandbox("mongo", List.of("sandbox", "mongo", "--port", String.valueOf(FreePorts.pick())), MONGO_READY);
    state = FleetStates.withMongo(state, mongoUri);
    List<Instance> instances = plan();
    state = FleetStates.withProcesses(state, instances.stream().map(Instance::planned).toList());
    write();
    List<Readiness.Service> started = new ArrayList<>();
    for (int i = 0; i < instances.size(); i++) {
      Instance instance = instances.get(i);
      Process process = jvm.start(serveArgs(instance), instance.log(), brokerEnvironment());
      state = FleetStates.withPid(state, i, process.pid());
      write();
      progress.accept("started " + instance.name() + " (pid " + process.pid() + ") on " + instance.planned().api());
      started.add(new Readiness.Service(instance.name(), process.toHandle(), instance.planned().api(), instance.log()));
    }
    progress.accept("waiting until every service answers /health (up to " + request.healthTimeout().toSeconds() + " s) …");
    Readiness.awaitHealthy(started, request.healthTimeout(), service -> progress.accept(service.name() + " ready"));
    return state;
  }

  /** Starts a sandbox, waits for its ready line and returns the address in it. */
  private String startSandbox(String name, List<String> args, String readyPrefix) {
    Path log = request.folder().log(name);
    progress.accept("starting the " + name + " sandbox (log " + log + ") …");
    Process process = jvm.start(args, log);
    state = FleetStates.withSandbox(state, new FleetState.Sandbox(name, process.pid(), PENDING));
    write();
    String line = Readiness.awaitLine(name, process.toHandle(), log, readyPrefix, request.sandboxTimeout());
    String address = name.equals("kafka") ? line.substring(readyPrefix.length()).strip() : line;
    state = FleetStates.withSandbox(state, new FleetState.Sandbox(name, process.pid(), address));
    write();
    progress.accept(name + " ready at " + address);
    return address;
  }

  /** One instance of a service: {@code inventory-2} is the second inventory process. */
  private record Instance(String name, FleetService service, FleetState.ServiceProcess planned, Path log, Path data) {}

  private List<Instance> plan() {
    List<Integer> ports = FreePorts.pick(Arrays.stream(FleetService.values()).mapToInt(request.scale()::of).sum());
    List<Instance> instances = new ArrayList<>();
    for (FleetService service : FleetService.values()) {
      for (int n = 1; n <= request.scale().of(service); n++) {
        String name = service.serviceName() + "-" + n;
        int port = ports.get(instances.size());
        Path log = request.folder().log(name);
        FleetState.ServiceProcess planned = new FleetState.ServiceProcess(service.serviceName(), 0, port,
            "http://127.0.0.1:" + port, log.toString());
        instances.add(new Instance(name, service, planned, log, request.folder().serviceData(name)));
      }
    }
    return instances;
  }

  private List<String> serveArgs(Instance instance) {
    List<String> args = new ArrayList<>(List.of("serve", "--services", instance.service().serviceName(), "--bus", state.bus()));
    switch (state.bus()) {
      case "kafka" -> args.addAll(List.of("--kafka-bootstrap", state.brokerAddress()));
      case "rabbitmq" -> args.addAll(List.of("--rabbitmq-uri", state.brokerAddress()));
      case "redis" -> args.addAll(List.of("--redis-uri", state.brokerAddress()));
      default -> throw new IllegalArgumentException("a fleet runs on kafka, rabbitmq or redis, not " + state.bus());
    }
    args.addAll(List.of(
        "--store", state.mongoUri(),
        "--mongodb-database", instance.service().database(),
        "--port", String.valueOf(instance.planned().port()),
        "--fleet", request.folder().stateFile().toString(),
        "--data", instance.data().toString()));
    return args;
  }

  /**
   * The broker's address in the environment too: serve reads the bus settings from there today
   * (its --kafka-bootstrap/--rabbitmq-uri/--redis-uri flags are not passed on yet).
   */
  private Map<String, String> brokerEnvironment() {
    return switch (state.bus()) {
      case "kafka" -> Map.of(BusSettings.KAFKA_ENV, state.brokerAddress());
      case "rabbitmq" -> Map.of(BusSettings.RABBITMQ_ENV, state.brokerAddress());
      case "redis" -> Map.of(BusSettings.REDIS_ENV, state.brokerAddress());
      default -> Map.of();
    };
  }

  private void write() {
    state.write(request.folder().stateFile());
  }
}
