package dev.eventscope.runtime.mediator;

/** Flow-graph node names of handlers, made once per message type (they are asked for on every message). */
final class NodeNames {
  private static final ClassValue<String> HANDLERS = named("handler:");
  private static final ClassValue<String> QUERIES = named("query:");

  private NodeNames() {}

  static String handler(Class<?> commandType) {
    return HANDLERS.get(commandType);
  }

  static String query(Class<?> queryType) {
    return QUERIES.get(queryType);
  }

  private static ClassValue<String> named(String prefix) {
    return new ClassValue<>() {
      @Override
      protected String computeValue(Class<?> type) {
        return prefix + type.getSimpleName();
      }
    };
  }
}
