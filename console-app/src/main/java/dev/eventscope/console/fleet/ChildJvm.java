package dev.eventscope.console.fleet;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts {@code eventscope <args>} as a detached child: the same java executable, class path and
 * main class as this JVM, in a session of its own ({@code setsid}, where there is one, so Ctrl+C
 * in the terminal and the end of this process leave it running), stdin from /dev/null, stdout and
 * stderr to a log file.
 */
public final class ChildJvm {
  private final String java;
  private final String classPath;
  private final String mainClass;
  private final String setsid;
  private final Map<String, String> environment;

  public ChildJvm(String java, String classPath, String mainClass, String setsid, Map<String, String> environment) {
    this.java = java;
    this.classPath = classPath;
    this.mainClass = mainClass;
    this.setsid = setsid;
    this.environment = Map.copyOf(environment);
  }

  /**
   * Like this JVM: its executable and class path, {@code mainClass}, and {@code environment} laid
   * over this process's own (so a test can point the children's logs elsewhere).
   */
  public static ChildJvm likeThisOne(String mainClass, Map<String, String> environment) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return new ChildJvm(java, System.getProperty("java.class.path"), mainClass, findSetsid(), environment);
  }

  /** The whole command line that runs {@code eventscope <args>}. */
  public List<String> command(List<String> args) {
    List<String> command = new ArrayList<>();
    // setsid execs the program in place when the caller is not a group leader (a forked child
    // never is), so the pid we get is the JVM's own.
    if (setsid != null) command.add(setsid);
    command.addAll(List.of(java, "-cp", classPath, mainClass));
    command.addAll(args);
    return command;
  }

  public Process start(List<String> args, Path log) {
    return start(args, log, Map.of());
  }

  /** Starts {@code eventscope <args>} with {@code extraEnvironment} on top of the children's environment. */
  public Process start(List<String> args, Path log, Map<String, String> extraEnvironment) {
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      ProcessBuilder builder = new ProcessBuilder(command(args))
          .redirectInput(ProcessBuilder.Redirect.from(stdin()))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
      builder.environment().putAll(environment);
      builder.environment().putAll(extraEnvironment);
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + String.join(" ", args) + ": " + e.getMessage(), e);
    }
  }

  private static File stdin() {
    return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static String findSetsid() {
    String path = System.getenv("PATH");
    if (path == null) return null;
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "setsid");
      if (Files.isExecutable(candidate)) return candidate.toString();
    }
    return null;
  }
}
