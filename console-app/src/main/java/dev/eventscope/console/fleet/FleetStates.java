package dev.eventscope.console.fleet;

import dev.eventscope.services.fleet.FleetState;
import java.util.ArrayList;
import java.util.List;

/** Copies of a {@link FleetState} with one thing changed, as {@link FleetUp} fills it in. */
final class FleetStates {
  private FleetStates() {}

  static FleetState withBroker(FleetState state, String brokerAddress) {
    return new FleetState(state.bus(), brokerAddress, state.store(), state.mongoUri(), state.sandboxes(), state.processes(), state.busPrefix());
  }

  static FleetState withMongo(FleetState state, String mongoUri) {
    return new FleetState(state.bus(), state.brokerAddress(), FleetState.MONGODB, mongoUri, state.sandboxes(), state.processes(), state.busPrefix());
  }

  /** Adds the sandbox, or replaces the one with the same name. */
  static FleetState withSandbox(FleetState state, FleetState.Sandbox sandbox) {
    List<FleetState.Sandbox> sandboxes = new ArrayList<>(state.sandboxes().stream().filter(s -> !s.name().equals(sandbox.name())).toList());
    sandboxes.add(sandbox);
    return new FleetState(state.bus(), state.brokerAddress(), state.store(), state.mongoUri(), sandboxes, state.processes(), state.busPrefix());
  }

  static FleetState withProcesses(FleetState state, List<FleetState.ServiceProcess> processes) {
    return new FleetState(state.bus(), state.brokerAddress(), state.store(), state.mongoUri(), state.sandboxes(), processes, state.busPrefix());
  }

  static FleetState withPid(FleetState state, int index, long pid) {
    List<FleetState.ServiceProcess> processes = new ArrayList<>(state.processes());
    FleetState.ServiceProcess p = processes.get(index);
    processes.set(index, new FleetState.ServiceProcess(p.service(), pid, p.port(), p.api(), p.log()));
    return withProcesses(state, processes);
  }
}
