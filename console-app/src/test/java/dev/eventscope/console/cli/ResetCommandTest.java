package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResetCommandTest {
  @TempDir Path home;
  private Path data;

  @BeforeEach
  void aDataFolderWithAStoreAndOtherFiles() throws IOException {
    data = Files.createDirectories(home.resolve("data"));
    for (String name : new String[] {"eventscope.db", "eventscope.db-wal", "eventscope.db-shm", "eventscope.db.backup", "notes.txt"}) {
      Files.writeString(data.resolve(name), name);
    }
  }

  private String[] remaining() throws IOException {
    try (var files = Files.list(data)) {
      return files.map(f -> f.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void with_yes_deletes_the_store_files_and_nothing_else() throws IOException {
    CliRun cli = new CliRun(home);

    int exit = cli.run("reset", "--data", data.toString(), "--yes");

    assertThat(exit).isZero();
    assertThat(remaining()).containsExactly("eventscope.db.backup", "notes.txt");
    assertThat(cli.out()).contains("deleted eventscope.db, eventscope.db-wal, eventscope.db-shm from " + data);
  }

  @Test
  void asks_first_and_keeps_everything_unless_the_answer_is_yes() throws IOException {
    CliRun declined = new CliRun(home).answering("");

    assertThat(declined.run("reset", "--data", data.toString())).isZero();
    assertThat(declined.out()).contains("Delete all events in " + data + "? [y/N]", "nothing deleted");
    assertThat(remaining()).hasSize(5);

    CliRun accepted = new CliRun(home).answering(" Y ");
    assertThat(accepted.run("reset", "--data", data.toString())).isZero();
    assertThat(remaining()).containsExactly("eventscope.db.backup", "notes.txt");
  }

  @Test
  void takes_the_data_folder_from_the_environment_when_no_flag_names_one() throws IOException {
    CliRun cli = new CliRun(home).env("EVENTSCOPE_DATA", data.toString());

    assertThat(cli.run("reset", "--yes")).isZero();
    assertThat(remaining()).containsExactly("eventscope.db.backup", "notes.txt");
  }

  @Test
  void says_so_when_there_is_nothing_to_delete() {
    CliRun cli = new CliRun(home);

    assertThat(cli.run("reset", "--data", home.resolve("nowhere").toString(), "--yes")).isZero();
    assertThat(cli.out()).contains("nothing to delete");
  }
}
