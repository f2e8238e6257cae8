package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import dev.eventscope.services.sandbox.MongoSandbox;
import dev.eventscope.services.simulation.Simulation;
import dev.eventscope.services.simulation.SimulationConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay --source}: events read from one store, opened read-only, rebuild another store's read models. */
class ReplaySourceCommandTest {
  @TempDir static Path tempDir;
  static MongoSandbox sandbox;
  static MongoClient client;
  static Path embedded;

  @BeforeAll
  static void two_stores_with_the_same_orders() {
    sandbox = MongoSandbox.start(0);
    client = MongoClients.create(uri("unused"));
    Simulation.run(SimulationConfig.defaults().withOrders(30).withStore(uri("source"), null));
    embedded = tempDir.resolve("data");
    Simulation.run(SimulationConfig.defaults().withOrders(30).withStore("embedded", embedded));
  }

  @AfterAll
  static void stop() {
    client.close();
    sandbox.close();
  }

  static String uri(String database) {
    return "mongodb://127.0.0.1:" + sandbox.port() + "/" + database;
  }

  private CliRun cli() {
    return new CliRun(tempDir.resolve("home"));
  }

  /** Every document of every collection, in order: what "left unmodified" is checked against. */
  private static Map<String, List<Document>> contents(String database) {
    MongoDatabase db = client.getDatabase(database);
    Map<String, List<Document>> all = new TreeMap<>();
    for (String name : db.listCollectionNames()) {
      all.put(name, db.getCollection(name).find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
      all.put(name + " indexes", db.getCollection(name).listIndexes().into(new ArrayList<>()));
    }
    return all;
  }

  private static Map<String, List<Document>> readModels(String database) {
    Map<String, List<Document>> models = new TreeMap<>();
    contents(database).forEach((name, documents) -> {
      if (name.startsWith("rm_") && !name.endsWith(" indexes")) models.put(name, documents);
    });
    return models;
  }

  @Test
  void a_mongodb_source_rebuilds_another_databases_read_models_and_is_left_unmodified() throws IOException {
    Map<String, List<Document>> sourceBefore = contents("source");
    Path report = tempDir.resolve("first.json");
    CliRun run = cli();

    int code = run.run("replay", "--source", uri("source"), "--store", uri("target"), "--target", "projections",
        "--report", report.toString());

    assertThat(code).as(run.err() + run.out()).isZero();
    assertThat(contents("source")).isEqualTo(sourceBefore);
    assertThat(readModels("source")).isNotEmpty();
    assertThat(readModels("target")).isEqualTo(readModels("source"));
    assertThat(run.out()).contains("the target had none before, so there was nothing to compare with");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("source").asText()).isEqualTo("mongodb://127.0.0.1:" + sandbox.port() + "/source");
    assertThat(json.get("store").asText()).isEqualTo("mongodb://127.0.0.1:" + sandbox.port() + "/target");
    assertThat(json.get("rebuiltEqualsOriginal").isNull()).isTrue();
    assertThat(json.get("targetHadReadModels").asBoolean()).isFalse();

    Path again = tempDir.resolve("again.json");
    CliRun second = cli();
    assertThat(second.run("replay", "--source", uri("source"), "--store", uri("target"), "--target", "projections:order-summary",
        "--report", again.toString())).as(second.err()).isZero();
    JsonNode json2 = new ObjectMapper().readTree(again.toFile());
    assertThat(json2.get("rebuiltEqualsOriginal").asBoolean()).isTrue();
    assertThat(json2.get("targetHadReadModels").asBoolean()).isTrue();
    assertThat(contents("source")).isEqualTo(sourceBefore);
  }

  @Test
  void a_source_without_events_leaves_the_targets_read_models_as_they_were() {
    CliRun fill = cli();
    assertThat(fill.run("replay", "--source", uri("source"), "--store", uri("guarded"), "--target", "projections")).as(fill.err()).isZero();
    Map<String, List<Document>> before = readModels("guarded");
    CliRun run = cli();

    int code = run.run("replay", "--source", uri("misspelt"), "--store", uri("guarded"), "--target", "projections");

    assertThat(code).as(run.err()).isZero();
    assertThat(run.out()).contains("the source gave no events: the target's read models were left as they were");
    assertThat(readModels("guarded")).isEqualTo(before).isNotEmpty();
  }

  @Test
  void an_embedded_source_is_read_only_and_its_data_folder_stays_byte_identical() {
    Map<String, String> before = ReplayCommandTest.fingerprint(embedded);
    CliRun run = cli();

    int code = run.run("replay", "--source", "embedded", "--source-data", embedded.toString(), "--store", uri("fromembedded"),
        "--target", "projections");

    assertThat(code).as(run.err() + run.out()).isZero();
    assertThat(ReplayCommandTest.fingerprint(embedded)).isEqualTo(before);
    assertThat(client.getDatabase("fromembedded").getCollection("rm_order-summary").countDocuments()).isEqualTo(30);
  }

  @Test
  void what_source_mode_cannot_do_is_a_one_line_usage_error() {
    assertThat(usageError("--source", uri("source"), "--store", uri("t2"), "--target", "handlers:notifications"))
        .contains("--source replays into projections only: use --target projections or projections:a,b");
    assertThat(usageError("--source", uri("source"), "--store", uri("t2"), "--target", "bus", "--yes", "--bus", "kafka"))
        .contains("--source replays into projections only");
    assertThat(usageError("--source", uri("source"), "--store", uri("source"), "--target", "projections"))
        .contains("--source and --store are the same database");
    assertThat(usageError("--source", uri("source"), "--store", "embedded", "--target", "projections"))
        .contains("give --store a MongoDB connection string");
    assertThat(usageError("--source", "embedded", "--store", uri("t2"), "--target", "projections"))
        .contains("--source embedded needs --source-data DIR");
    assertThat(usageError("--source", "mongodb://admin:hunter2@127.0.0.1:1/x?serverSelectionTimeoutMS=500", "--store", uri("t2"),
        "--target", "projections"))
        .contains("the --source store is not reachable", "127.0.0.1:1").doesNotContain("hunter2");
  }

  private String usageError(String... args) {
    CliRun run = cli();
    String[] all = new String[args.length + 1];
    all[0] = "replay";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = run.run(all);
    assertThat(code).as(run.out() + run.err()).isEqualTo(Cli.USAGE);
    assertThat(run.errLines()).as(run.err()).hasSize(1);
    return run.err();
  }
}
