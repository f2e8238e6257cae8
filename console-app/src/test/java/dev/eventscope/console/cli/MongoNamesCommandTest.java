package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.eventscope.services.sandbox.MongoSandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --mongodb-database} and {@code --mongodb-collection-prefix}: an operator's names on an existing MongoDB. */
class MongoNamesCommandTest {
  @TempDir static Path tempDir;
  static MongoSandbox sandbox;
  static MongoClient client;

  @BeforeAll
  static void start() {
    sandbox = MongoSandbox.start(0);
    client = MongoClients.create("mongodb://127.0.0.1:" + sandbox.port());
  }

  @AfterAll
  static void stop() {
    client.close();
    sandbox.close();
  }

  private CliRun cli() {
    return new CliRun(tempDir.resolve("home"));
  }

  private static List<String> collections(String database) {
    return client.getDatabase(database).listCollectionNames().into(new ArrayList<>());
  }

  @Test
  void simulate_writes_prefixed_collections_in_the_named_database_and_replay_and_inspect_read_them() {
    String uri = "mongodb://127.0.0.1:" + sandbox.port() + "/authdb";
    CliRun simulate = cli();
    assertThat(simulate.run("simulate", "--store", uri, "--mongodb-database", "shop", "--mongodb-collection-prefix", "es_",
        "--orders", "5")).as(simulate.err()).isZero();

    assertThat(collections("shop")).contains("es_events", "es_counters", "es_checkpoints", "es_rm_order-summary")
        .noneMatch(name -> name.equals("events") || name.startsWith("rm_"));
    assertThat(collections("authdb")).doesNotContain("events", "es_events");
    assertThat(collections("eventscope")).isEmpty();

    CliRun dry = cli().env("EVENTSCOPE_MONGODB_DATABASE", "shop").env("EVENTSCOPE_MONGODB_COLLECTION_PREFIX", "es_");
    assertThat(dry.run("replay", "--store", uri, "--target", "projections", "--dry-run", "--type", "OrderPlaced", "--list", "1"))
        .as(dry.err()).isZero();
    assertThat(dry.out()).contains("selected     5 events");
    String line = dry.out().lines().filter(l -> l.contains("OrderPlaced") && l.contains("#")).findFirst().orElseThrow();
    String orderId = line.trim().split("\\s+")[2];

    CliRun rebuild = cli();
    assertThat(rebuild.run("replay", "--store", uri, "--mongodb-database", "shop", "--mongodb-collection-prefix", "es_",
        "--target", "projections")).as(rebuild.err()).isZero();
    assertThat(rebuild.out()).contains("rebuilt read models equal the originals");

    CliRun inspect = cli();
    assertThat(inspect.run("inspect", orderId, "--store", uri, "--mongodb-database", "shop", "--mongodb-collection-prefix", "es_"))
        .as(inspect.err()).isZero();
    assertThat(inspect.out()).contains("Order " + orderId, "OrderPlaced");
    assertThat(collections("eventscope")).isEmpty();
  }

  @Test
  void names_mongodb_would_refuse_are_one_line_usage_errors() {
    String uri = "mongodb://127.0.0.1:" + sandbox.port();
    assertThat(usageError("simulate", "--store", uri, "--mongodb-database", "my.shop", "--orders", "1"))
        .contains("eventscope: --mongodb-database: MongoDB database name 'my.shop' holds '.'");
    assertThat(usageError("simulate", "--store", uri, "--mongodb-collection-prefix", "es$", "--orders", "1"))
        .contains("eventscope: --mongodb-collection-prefix: collection prefix 'es$' holds '$' or NUL");
    assertThat(usageError("simulate", "--store", "memory", "--mongodb-database", "shop", "--orders", "1"))
        .contains("--mongodb-database is for a MongoDB --store; this store is memory");
    CliRun fromEnv = cli().env("EVENTSCOPE_MONGODB_DATABASE", "a/b");
    assertThat(fromEnv.run("replay", "--store", uri, "--target", "projections", "--dry-run")).isEqualTo(Cli.USAGE);
    assertThat(fromEnv.err()).contains("EVENTSCOPE_MONGODB_DATABASE: MongoDB database name 'a/b' holds '/'");
  }

  private String usageError(String... args) {
    CliRun run = cli();
    assertThat(run.run(args)).as(run.out() + run.err()).isEqualTo(Cli.USAGE);
    assertThat(run.errLines()).as(run.err()).hasSize(1);
    return run.err();
  }
}
