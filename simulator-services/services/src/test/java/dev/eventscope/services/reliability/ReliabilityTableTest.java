package dev.eventscope.services.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReliabilityTableTest {
  @TempDir Path dir;

  @Test
  void a_write_replaces_the_rows_of_the_same_bus_and_fault_and_keeps_the_others() throws Exception {
    Path file = dir.resolve("RELIABILITY.md");
    ReliabilityTable.merge("console", List.of(row("kafka", "broker stopped", 1), row("redis", "killed", 2)), file);

    ReliabilityTable.merge("console", List.of(row("kafka", "broker stopped", 9), row("kafka", "consumer process killed", 3)), file);

    assertThat(ReliabilityTable.read(file)).containsExactly(row("kafka", "broker stopped", 9), row("kafka", "consumer process killed", 3),
        row("redis", "killed", 2));
  }

  @Test
  void replacing_an_origins_rows_drops_its_stale_ones_and_keeps_the_other_origins() throws Exception {
    Path file = dir.resolve("RELIABILITY.md");
    ReliabilityTable.replace("services", List.of(row("kafka", "broker stopped and started again", 1), row("redis", "killed", 2)), file);
    ReliabilityTable.merge("console", List.of(row("kafka", "consumer process killed", 3)), file);

    ReliabilityTable.replace("services", List.of(row("kafka", "killed (SIGKILL), restarted", 4), row("redis", "killed", 5)), file);

    assertThat(ReliabilityTable.read(file)).containsExactlyInAnyOrder(row("kafka", "consumer process killed", 3),
        row("kafka", "killed (SIGKILL), restarted", 4), row("redis", "killed", 5));
    assertThat(Files.readString(file)).as("origins are kept out of the tables").doesNotContain("| console");
  }

  @Test
  void rows_without_a_recorded_origin_belong_to_the_services_suite() throws Exception {
    Path file = dir.resolve("RELIABILITY.md");
    Files.writeString(file, ReliabilityTable.render(List.of(row("kafka", "broker stopped and started again", 1))));

    ReliabilityTable.replace("services", List.of(row("kafka", "killed (SIGKILL), restarted", 4)), file);

    assertThat(ReliabilityTable.read(file)).containsExactly(row("kafka", "killed (SIGKILL), restarted", 4));
  }

  @Test
  void the_file_holds_one_table_per_bus_under_the_fixed_header() throws Exception {
    Path file = dir.resolve("RELIABILITY.md");
    ReliabilityTable.merge("console", List.of(row("redis", "killed", 2), row("memory", "dropped 5%", 1)), file);

    String md = Files.readString(file);
    assertThat(md).contains("## memory\n\n" + ReliabilityTable.HEADER + "\n| --- | --- | --- | --- | --- | --- | --- |\n"
        + "| memory | dropped 5% | 300 | 1793 | 0 | 0 | 1 |\n");
    assertThat(md.indexOf("## memory")).isLessThan(md.indexOf("## redis"));
  }

  @Test
  void a_missing_file_holds_no_rows() throws Exception {
    assertThat(ReliabilityTable.read(dir.resolve("absent.md"))).isEmpty();
  }

  private static ReliabilityRow row(String bus, String fault, long recovery) {
    return new ReliabilityRow(bus, fault, 300, 1793, 0, 0, recovery);
  }
}
