package dev.eventscope.console.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates the subcommands with the run's {@link CliContext} (environment, home, terminal, streams),
 * so tests can run the real commands in-process without touching the real environment.
 */
final class ContextFactory implements CommandLine.IFactory {
  private final CliContext context;

  ContextFactory(CliContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Constructor<K> withContext;
    try {
      withContext = type.getDeclaredConstructor(CliContext.class);
    } catch (NoSuchMethodException e) {
      return CommandLine.defaultFactory().create(type);
    }
    return withContext.newInstance(context);
  }
}
