package dev.eventscope.contracts.registry;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Checks a message against the same rules its JSON schema states: required fields present,
 * strings not blank, lists not empty, numbers at or above their minimum, nested records too.
 * What to check per record type is worked out once (every command passes through here).
 */
public final class ContractValidator {
  private static final ClassValue<FieldRule[]> RULES = new ClassValue<>() {
    @Override
    protected FieldRule[] computeValue(Class<?> type) {
      return rulesOf(type);
    }
  };

  private ContractValidator() {}

  public static List<Violation> violations(Record message) {
    List<Violation> found = null;
    found = checkRecord(message, "", found);
    return found == null ? List.of() : found;
  }

  private static List<Violation> checkRecord(Record value, String path, List<Violation> found) {
    for (FieldRule rule : RULES.get(value.getClass())) {
      found = rule.check(value, path, found);
    }
    return found;
  }

  private static FieldRule[] rulesOf(Class<?> recordType) {
    List<FieldRule> rules = new ArrayList<>();
    for (RecordComponent component : recordType.getRecordComponents()) {
      Min min = component.getAnnotation(Min.class);
      rules.add(new FieldRule(component.getName(), accessor(component), component.getAnnotation(Optional.class) != null,
          min == null ? null : min.value()));
    }
    return rules.toArray(FieldRule[]::new);
  }

  /**
   * The component's accessor as a plain function, made once per record type: reading a field is then
   * an ordinary call (every command is validated), with no method-handle adaptation per read.
   */
  @SuppressWarnings("unchecked")
  private static Function<Record, Object> accessor(RecordComponent component) {
    Class<?> owner = component.getDeclaringRecord();
    try {
      // A private lookup: records declared in non-public classes (tests, other modules' internals) still validate.
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
      MethodHandle getter = lookup.unreflect(component.getAccessor());
      CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
          MethodType.methodType(Object.class, Object.class), getter, getter.type().wrap());
      return (Function<Record, Object>) site.getTarget().invokeExact();
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + owner, e);
    }
  }

  /** One field's rules: read it, and say what is wrong with its value, if anything. */
  private record FieldRule(String name, Function<Record, Object> accessor, boolean optional, Long minimum) {
    List<Violation> check(Record owner, String path, List<Violation> found) {
      Object value = accessor.apply(owner);
      if (value == null) return optional ? found : add(found, path + name, "is required");
      if (!optional && value instanceof String text && text.isBlank()) found = add(found, path + name, "must not be blank");
      if (minimum != null && value instanceof Number number && number.longValue() < minimum) {
        found = add(found, path + name, "must be at least " + minimum);
      }
      if (value instanceof Collection<?> items) {
        if (items.isEmpty() && !optional) found = add(found, path + name, "must not be empty");
        if (items instanceof List<?> list) {
          for (int index = 0; index < list.size(); index++) found = checkItem(list.get(index), path, index, found); // no iterator per message
        } else {
          int index = 0;
          for (Object item : items) found = checkItem(item, path, index++, found);
        }
      } else if (value instanceof Record nested && !valid(nested)) {
        found = checkRecord(nested, path + name + ".", found);
      }
      return found;
    }

    private List<Violation> checkItem(Object item, String path, int index, List<Violation> found) {
      if (item == null) return add(found, path + name + "[" + index + "]", "must not be null");
      if (item instanceof Record nested && !valid(nested)) return checkRecord(nested, path + name + "[" + index + "].", found);
      return found;
    }

    /** Checked without paths first: a valid nested record (almost all of them) builds no path strings. */
    private static boolean valid(Record nested) {
      return checkRecord(nested, "", null) == null;
    }

    private static List<Violation> add(List<Violation> found, String field, String problem) {
      List<Violation> list = found == null ? new ArrayList<>() : found;
      list.add(new Violation(field, problem));
      return list;
    }
  }
}
