package dev.eventscope.console.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may see of the world: the environment, the home folder, the terminal and the
 * output streams. {@link #system()} is the real one; tests build their own.
 */
public record CliContext(Map<String, String> env, Path home, Terminal terminal, PrintWriter out, PrintWriter err) {

  public static CliContext system() {
    Charset charset = Charset.defaultCharset();
    return new CliContext(
        System.getenv(),
        Path.of(System.getProperty("user.home")),
        Terminal.system(),
        new PrintWriter(new OutputStreamWriter(System.out, charset), true),
        new PrintWriter(new OutputStreamWriter(System.err, charset), true));
  }

  public UserDirs dirs() {
    return UserDirs.from(env, home);
  }

  /** Resolves settings by precedence; the settings file is read only if a setting needs it. */
  public SettingsResolver settings() {
    return new SettingsResolver(env, () -> SettingsFile.load(dirs().settingsFile()));
  }
}
