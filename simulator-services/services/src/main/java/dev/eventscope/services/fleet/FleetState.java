package dev.eventscope.services.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.eventscope.runtime.store.mongo.MongoStoreOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * What {@code eventscope fleet up} started, as the state file in the data folder records it: the
 * bus and where its broker is, where the services store ({@code embedded}: each service its own
 * database file under {@link #serviceDataDir}; or each its own database on the MongoDB server at
 * {@code mongoUri}), the sandbox processes, one entry per service process, and the first part of
 * its bus names ({@code busPrefix}; null for the default). {@code fleet status}, {@code fleet down}, {@code simulate --fleet} and every
 * service process (to find where other services' commands go) read it.
 */
public record FleetState(String bus, String brokerAddress, String store, String mongoUri, List<Sandbox> sandboxes,
    List<ServiceProcess> processes, String busPrefix) {
  /** The state file's name inside the data folder. */
  public static final String FILE_NAME = "fleet.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public FleetState {
    sandboxes = List.copyOf(sandboxes);
    processes = List.copyOf(processes);
  }

  /** A fleet on the default bus names. */
  public FleetState(String bus, String brokerAddress, String store, String mongoUri, List<Sandbox> sandboxes,
      List<ServiceProcess> processes) {
    this(bus, brokerAddress, store, mongoUri, sandboxes, processes, null);
  }

  /** A local server the fleet started for itself: {@code kafka} or {@code mongo}. */
  public record Sandbox(String name, long pid, String address) {}

  /** One service process: which service, its pid and its API. */
  public record ServiceProcess(String service, long pid, int port, String api, String log) {}

  public static final String EMBEDDED = "embedded";
  public static final String MONGODB = "mongodb";

  public static Path file(Path dataDir) {
    return dataDir.resolve(FILE_NAME);
  }

  /** Where a service of the fleet in {@code dataDir} keeps its embedded database (its replicas share it). */
  public static Path serviceDataDir(Path dataDir, FleetService service) {
    return dataDir.resolve("fleet-data").resolve(service.serviceName());
  }

  /** The {@code --store} a service's processes run on. */
  public String storeOf(FleetService service) {
    return EMBEDDED.equals(store) ? EMBEDDED : MongoStoreOptions.with(mongoUri, service.database(), null);
  }

  /** The processes of one service (more than one when it is scaled out). */
  public List<ServiceProcess> processesOf(FleetService service) {
    return processes.stream().filter(p -> p.service().equals(service.serviceName())).toList();
  }

  /** The state recorded in {@code file}, if there is one. */
  public static Optional<FleetState> read(Path file) {
    if (!Files.exists(file)) return Optional.empty();
    try {
      return Optional.of(JSON.readValue(file.toFile(), FleetState.class));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the fleet state file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes the state to {@code file} atomically (readers never see half a file). */
  public void write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      JSON.writeValue(partial.toFile(), this);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fleet state file " + file, e);
    }
  }
}
