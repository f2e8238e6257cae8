package dev.eventscope.console.fleet;

import dev.eventscope.services.fleet.FleetService;
import dev.eventscope.services.fleet.FleetState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Starts a fleet: the sandboxes it needs (Kafka for the kafka bus, MongoDB unless the services
 * store embedded or on a MongoDB server of the user's), then one process per service instance
 * (the second and later of a service as replicas), and waits until every service answers
 * {@code /health}. The state
 * file is written after every start, so whatever was started can be found and stopped, and the
 * services (started after the file names them all, with their planned ports) can find each other.
 */
public final class FleetUp {
  static final String KAFKA_READY = "--kafka-bootstrap ";
  static final String MONGO_READY = "mongodb://";
  private static final String PENDING = "starting";

  /** Where the services store: the MongoDB sandbox, each its own embedded database, or a MongoDB server by connection string. */
  public static final String MONGO_SANDBOX = "mongo";

  /**
   * What to start, and how long to wait for it.
   *
   * @param store {@link #MONGO_SANDBOX}, {@link FleetState#EMBEDDED} or a MongoDB connection string
   * @param busPrefix the first part of the bus's names, or null for the default
   */
  public record Request(FleetFolder folder, String bus, String brokerAddress, String store, Scale scale, Duration sandboxTimeout,
      Duration healthTimeout, String busPrefix) {}

  private final ChildJvm jvm;
  private final Consumer<String> progress;
  private volatile FleetState state;
  private Request request;
  private FleetFolder folder;

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
    this.folder = request.folder();
    state = new FleetState(request.bus(), request.brokerAddress(), FleetState.EMBEDDED, null, List.of(), List.of(),
        request.busPrefix());
    if (request.bus().equals("kafka")) {
      int port = FreePorts.pick();
      String bootstrap = startSandbox("kafka", List.of("sandbox", "kafka", "--port", String.valueOf(port),
          "--dir", request.folder().kafka().toString()), KAFKA_READY);
      state = FleetStates.withBroker(state, bootstrap);
    }
    if (request.store().equals(MONGO_SANDBOX)) {
      // The sandbox records itself in the state first: read the state only after it started.
      String mongoUri = startSandbox("mongo", List.of("sandbox", "mongo", "--port", String.valueOf(FreePorts.pick())), MONGO_READY);
      state = FleetStates.withMongo(state, mongoUri);
    } else if (!request.store().equals(FleetState.EMBEDDED)) {
      state = FleetStates.withMongo(state, request.store());
    }
    List<Instance> instances = plan();
    state = FleetStates.withProcesses(state, instances.stream().map(Instance::planned).toList());
    write();
    return startAll(instances, request.healthTimeout());
  }

  /**
   * Starts again the service processes of {@code existing} that no longer run — same ports, same
   * data, same role — and waits until they answer {@code /health}: a fleet after a crash.
   */
  public FleetState restartStopped(FleetFolder where, FleetState existing, Duration healthTimeout) {
    this.folder = where;
    this.state = existing;
    List<Instance> stopped = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    List<FleetState.ServiceProcess> processes = existing.processes();
    for (int i = 0; i < processes.size(); i++) {
      FleetState.ServiceProcess process = processes.get(i);
      FleetService service = FleetService.parse(List.of(process.service())).get(0);
      int number = (int) processes.subList(0, i + 1).stream().filter(p -> p.service().equals(process.service())).count();
      if (Pids.alive(process.pid())) continue;
      stopped.add(new Instance(service.serviceName() + "-" + number, service, number, process, Path.of(process.log())));
      indexes.add(i);
    }
    return start(stopped, indexes, healthTimeout);
  }

  private FleetState startAll(List<Instance> instances, Duration healthTimeout) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < instances.size(); i++) indexes.add(i);
    return start(instances, indexes, healthTimeout);
  }

  /** Starts each instance (its entry in the state at the same index) and waits until all are healthy. */
  private FleetState start(List<Instance> instances, List<Integer> indexes, Duration healthTimeout) {
    List<Readiness.Service> started = new ArrayList<>();
    for (int i = 0; i < instances.size(); i++) {
      Instance instance = instances.get(i);
      Process process = jvm.start(serveArgs(instance), instance.log());
      state = FleetStates.withPid(state, indexes.get(i), process.pid());
      write();
      progress.accept("started " + instance.name() + " (pid " + process.pid() + ") on " + instance.planned().api());
      started.add(new Readiness.Service(instance.name(), process.toHandle(), instance.planned().api(), instance.log()));
    }
    progress.accept("waiting until every service answers /health (up to " + healthTimeout.toSeconds() + " s) …");
    Readiness.awaitHealthy(started, healthTimeout, service -> progress.accept(service.name() + " ready"));
    return state;
  }

  /** Starts a sandbox, waits for its ready line and returns the address in it. */
  private String startSandbox(String name, List<String> args, String readyPrefix) {
    Path log = folder.log(name);
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

  /** One instance of a service: {@code inventory-2} is the second inventory process (a replica). */
  private record Instance(String name, FleetService service, int number, FleetState.ServiceProcess planned, Path log) {}

  private List<Instance> plan() {
    List<Integer> ports = FreePorts.pick(Arrays.stream(FleetService.values()).mapToInt(request.scale()::of).sum());
    List<Instance> instances = new ArrayList<>();
    for (FleetService service : FleetService.values()) {
      for (int n = 1; n <= request.scale().of(service); n++) {
        String name = service.serviceName() + "-" + n;
        int port = ports.get(instances.size());
        Path log = folder.log(name);
        FleetState.ServiceProcess planned = new FleetState.ServiceProcess(service.serviceName(), 0, port,
            "http://127.0.0.1:" + port, log.toString());
        instances.add(new Instance(name, service, n, planned, log));
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
    if (state.busPrefix() != null) args.addAll(List.of("--bus-prefix", state.busPrefix()));
    if (FleetState.EMBEDDED.equals(state.store())) {
      args.addAll(List.of("--store", FleetState.EMBEDDED));
    } else {
      args.addAll(List.of("--store", state.mongoUri(), "--mongodb-database", instance.service().database()));
    }
    args.addAll(List.of(
        "--port", String.valueOf(instance.planned().port()),
        "--fleet", folder.stateFile().toString(),
        "--data", FleetState.serviceDataDir(folder.data(), instance.service()).toString()));
    if (instance.number() > 1) args.add("--replica");
    return args;
  }

  private void write() {
    state.write(folder.stateFile());
  }
}
