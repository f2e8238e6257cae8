package dev.eventscope.services.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.registry.Contract;
import dev.eventscope.contracts.registry.ContractRegistry;
import dev.eventscope.contracts.registry.ContractViolationException;
import dev.eventscope.contracts.registry.Violation;
import dev.eventscope.runtime.mediator.CommandForwarder;
import dev.eventscope.runtime.mediator.CommandRejectedException;
import dev.eventscope.services.fleet.FleetState.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the commands of other services to their processes over the HTTP API, as the fleet state
 * file lists them, with the envelope's ids in the {@code es-*} headers so the flow stays one flow.
 * A service with several processes gets its commands in turn; one that does not answer is
 * passed over for the next, and the state file is read again (a process restarted elsewhere).
 */
public final class RemoteCommands implements CommandForwarder {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);

  private final Path fleetFile;
  private final Set<String> localContexts;
  private final ContractRegistry registry;
  private final ObjectMapper mapper;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  private final AtomicInteger turn = new AtomicInteger();
  private volatile FleetState state;

  public RemoteCommands(Path fleetFile, Set<String> localContexts, JsonCodec codec) {
    this.fleetFile = fleetFile;
    this.localContexts = Set.copyOf(localContexts);
    this.registry = codec.registry();
    this.mapper = codec.mapper();
  }

  @Override
  public boolean forwards(Class<?> commandType) {
    return !localContexts.contains(registry.of(commandType).context());
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> R forward(Envelope<? extends Command<R>> envelope) {
    Contract contract = registry.of(envelope.payload());
    FleetService owner = FleetService.owning(contract.context());
    List<ServiceProcess> targets = processesOf(owner, false);
    IOException last = null;
    for (int attempt = 0; attempt < targets.size() + 1; attempt++) {
      if (attempt == targets.size()) targets = processesOf(owner, true);
      if (targets.isEmpty()) break;
      ServiceProcess target = targets.get(Math.floorMod(turn.getAndIncrement(), targets.size()));
      try {
        return (R) answer(contract, send(target, contract, envelope));
      } catch (IOException e) {
        last = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RemoteServiceException("interrupted while sending " + contract.name() + " to " + owner.serviceName());
      }
    }
    throw new RemoteServiceException("no " + owner.serviceName() + " process answered " + contract.name()
        + (last == null ? " (none in " + fleetFile + ")" : ": " + last));
  }

  private List<ServiceProcess> processesOf(FleetService service, boolean reread) {
    FleetState known = state;
    if (known == null || reread) {
      known = FleetState.read(fleetFile).orElseThrow(() -> new RemoteServiceException("no fleet state file at " + fleetFile));
      state = known;
    }
    return known.processesOf(service);
  }

  private HttpResponse<String> send(ServiceProcess target, Contract contract, Envelope<?> envelope)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.api() + "/api/commands/" + contract.name()))
        .timeout(ANSWER_TIMEOUT)
        .header("Content-Type", "application/json")
        .header(CommandHeaders.MESSAGE_ID, envelope.messageId().toString())
        .header(CommandHeaders.CORRELATION_ID, envelope.correlationId().toString())
        .header(CommandHeaders.SOURCE, envelope.source());
    if (envelope.causationId() != null) request.header(CommandHeaders.CAUSATION_ID, envelope.causationId().toString());
    byte[] body = mapper.writeValueAsBytes(envelope.payload());
    return http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private Accepted answer(Contract contract, HttpResponse<String> response) throws IOException {
    JsonNode body = response.body().isBlank() ? mapper.createObjectNode() : mapper.readTree(response.body());
    int status = response.statusCode();
    if (status == 200) return mapper.treeToValue(body.path("result"), Accepted.class);
    String detail = body.path("detail").asText(body.path("title").asText("HTTP " + status));
    if (status == 409 && body.path("title").asText().endsWith(" rejected")) throw new CommandRejectedException(contract.name(), detail);
    if (status == 422) {
      throw new ContractViolationException(contract.name(), List.of(new Violation(body.path("field").asText(""), detail)));
    }
    throw new RemoteServiceException(contract.name() + " failed in its service (HTTP " + status + "): " + detail);
  }
}
