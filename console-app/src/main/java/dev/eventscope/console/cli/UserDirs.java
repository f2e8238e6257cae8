package dev.eventscope.console.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * The per-user folders, after the XDG base directory spec: the data folder (the embedded store and
 * nothing else), the config folder ({@code settings.yaml}) and the state folder (logs).
 */
public record UserDirs(Path data, Path config, Path state) {
  static final String APP = "eventscope";

  public static UserDirs from(Map<String, String> env, Path home) {
    return new UserDirs(
        base(env, "XDG_DATA_HOME", home, ".local/share").resolve(APP),
        base(env, "XDG_CONFIG_HOME", home, ".config").resolve(APP),
        base(env, "XDG_STATE_HOME", home, ".local/state").resolve(APP));
  }

  public Path logs() {
    return state.resolve("logs");
  }

  public Path settingsFile() {
    return config.resolve("settings.yaml");
  }

  /** Beside the settings file, owner-only: the passwords of the connection URIs. */
  public Path secretsFile() {
    return config.resolve(SecretsFile.FILE_NAME);
  }

  /** The folders of the user running this process. */
  public static UserDirs current() {
    return from(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  // The spec says relative values are invalid and must be ignored.
  private static Path base(Map<String, String> env, String variable, Path home, String fallback) {
    String value = env.get(variable);
    if (value != null && !value.isBlank()) {
      Path path = Path.of(value);
      if (path.isAbsolute()) return path;
    }
    return home.resolve(fallback);
  }
}
