package dev.eventscope.console.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code eventscope <version> (<commit>)}, from the properties the build filled in. */
public final class VersionProvider implements IVersionProvider {
  static final String RESOURCE = "/eventscope-version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {line()};
  }

  public static String line() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) properties.load(in);
    } catch (IOException e) {
      // Fall through to "unknown": a version line must never fail.
    }
    return "eventscope " + value(properties, "version") + " (" + value(properties, "commit") + ")";
  }

  // An unfiltered "${...}" means the build could not tell (no git folder, an IDE build).
  private static String value(Properties properties, String key) {
    String value = properties.getProperty(key, "").strip();
    return value.isEmpty() || value.startsWith("${") ? "unknown" : value;
  }
}
