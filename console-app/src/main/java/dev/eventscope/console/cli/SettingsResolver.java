package dev.eventscope.console.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The precedence every connection setting follows (DESIGN.md, Conventions): flag &gt; environment
 * &gt; settings file &gt; default. The settings file is read only when neither a flag nor the
 * environment answered, so a broken file does not block a command that does not need it.
 */
public final class SettingsResolver {
  private final Map<String, String> env;
  private final Supplier<SettingsFile> settingsFile;
  private SettingsFile loaded;

  public SettingsResolver(Map<String, String> env, Supplier<SettingsFile> settingsFile) {
    this.env = env;
    this.settingsFile = settingsFile;
  }

  public Resolved resolve(String flagValue, String flag, String variable, String key, String defaultValue) {
    if (flagValue != null) {
      // An explicit but empty flag is a mistake (an unset shell variable), not a request for the default.
      if (flagValue.isBlank()) throw new UsageException(flag + " was given an empty value");
      return new Resolved(flagValue.strip(), Resolved.Source.FLAG, flag);
    }
    String fromEnv = env.get(variable);
    if (fromEnv != null && !fromEnv.isBlank()) return new Resolved(fromEnv.strip(), Resolved.Source.ENVIRONMENT, variable);
    Optional<String> fromFile = file().get(key);
    if (fromFile.isPresent()) return new Resolved(fromFile.get(), Resolved.Source.SETTINGS_FILE, file().file().toString());
    return new Resolved(defaultValue, Resolved.Source.DEFAULT, "the default");
  }

  /**
   * A folder setting: {@code ~/} means the home folder; a relative path from the settings file is
   * relative to that file's folder, from a flag or the environment to the working directory.
   */
  public Path resolvePath(Path flagValue, String flag, String variable, String key, Path defaultValue, Path home) {
    Resolved resolved = resolve(flagValue == null ? null : flagValue.toString(), flag, variable, key, defaultValue.toString());
    String value = resolved.value();
    Path path;
    if (value.equals("~")) {
      path = home;
    } else if (value.startsWith("~/")) {
      path = home.resolve(value.substring(2));
    } else {
      path = Path.of(value);
    }
    if (!path.isAbsolute() && resolved.source() == Resolved.Source.SETTINGS_FILE) {
      Path folder = file().file().toAbsolutePath().getParent();
      path = folder.resolve(path);
    }
    return path.toAbsolutePath().normalize();
  }

  private SettingsFile file() {
    if (loaded == null) loaded = settingsFile.get();
    return loaded;
  }
}
