package dev.eventscope.contracts.registry;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Checks a message against the same rules its JSON schema states: required fields present,
 * strings not blank, lists not empty, numbers at or above their minimum, nested records too.
 * What to check per record type is worked out once from the declared types (every command passes
 * through here): a field with nothing to check (a primitive without a minimum, an optional plain
 * value) costs nothing, and a primitive minimum is read without boxing.
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
    List<Violation> found = checkRecord(message, "", null);
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
      FieldRule rule = FieldRule.of(component);
      if (rule != null) rules.add(rule);
    }
    return rules.toArray(FieldRule[]::new);
  }

  /** What one field's declared type leaves to check. */
  private enum Kind { REQUIRED, TEXT, ITEMS, NESTED, NUMBER_AT_LEAST, PRIMITIVE_AT_LEAST, ANY }

  /** One field's rules: read it, and say what is wrong with its value, if anything. */
  private static final class FieldRule {
    private final String name;
    private final Kind kind;
    private final boolean optional;
    private final long minimum;
    private final Function<Record, Object> value;
    private final ToLongFunction<Record> primitive;

    private FieldRule(String name, Kind kind, boolean optional, long minimum, Function<Record, Object> value, ToLongFunction<Record> primitive) {
      this.name = name;
      this.kind = kind;
      this.optional = optional;
      this.minimum = minimum;
      this.value = value;
      this.primitive = primitive;
    }

    /** The rule for {@code component}, or null when its type leaves nothing to check. */
    static FieldRule of(RecordComponent component) {
      Class<?> type = component.getType();
      Min min = component.getAnnotation(Min.class);
      boolean optional = component.getAnnotation(Optional.class) != null;
      String name = component.getName();
      if (type.isPrimitive()) {
        if (min == null || type == boolean.class || type == char.class) return null;
        boolean integral = type == int.class || type == long.class || type == short.class || type == byte.class;
        if (integral) return new FieldRule(name, Kind.PRIMITIVE_AT_LEAST, false, min.value(), null, Accessors.integral(component));
        return new FieldRule(name, Kind.NUMBER_AT_LEAST, false, min.value(), Accessors.reference(component), null);
      }
      Kind kind;
      if (type == String.class) kind = optional ? null : Kind.TEXT;
      else if (Collection.class.isAssignableFrom(type)) kind = Kind.ITEMS;
      else if (Record.class.isAssignableFrom(type)) kind = Kind.NESTED;
      else if (min != null && Number.class.isAssignableFrom(type)) kind = Kind.NUMBER_AT_LEAST;
      else if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type == Object.class) kind = Kind.ANY; // a record or a list at run time?
      else kind = optional ? null : Kind.REQUIRED;
      return kind == null ? null : new FieldRule(name, kind, optional, min == null ? 0 : min.value(), Accessors.reference(component), null);
    }

    List<Violation> check(Record owner, String path, List<Violation> found) {
      if (kind == Kind.PRIMITIVE_AT_LEAST) {
        return primitive.applyAsLong(owner) < minimum ? add(found, path + name, "must be at least " + minimum) : found;
      }
      Object read = value.apply(owner);
      if (read == null) return optional ? found : add(found, path + name, "is required");
      switch (kind) {
        case TEXT:
          return ((String) read).isBlank() ? add(found, path + name, "must not be blank") : found;
        case ITEMS:
          return checkItems((Collection<?>) read, path, found);
        case NESTED:
          Record nested = (Record) read;
          return valid(nested) ? found : checkRecord(nested, path + name + ".", found);
        case NUMBER_AT_LEAST:
          return ((Number) read).longValue() < minimum ? add(found, path + name, "must be at least " + minimum) : found;
        case ANY:
          return checkAny(read, path, found);
        default:
          return found;
      }
    }

    /** A field declared as an interface or abstract type: what to check depends on the value it holds. */
    private List<Violation> checkAny(Object read, String path, List<Violation> found) {
      if (!optional && read instanceof String text && text.isBlank()) return add(found, path + name, "must not be blank");
      if (read instanceof Collection<?> items) return checkItems(items, path, found);
      if (read instanceof Record nested) return valid(nested) ? found : checkRecord(nested, path + name + ".", found);
      return found;
    }

    private List<Violation> checkItems(Collection<?> items, String path, List<Violation> found) {
      if (items.isEmpty() && !optional) found = add(found, path + name, "must not be empty");
      if (items instanceof List<?> list) {
        for (int index = 0; index < list.size(); index++) found = checkItem(list.get(index), path, index, found); // no iterator per message
      } else {
        int index = 0;
        for (Object item : items) found = checkItem(item, path, index++, found);
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

  /**
   * Record accessors as plain functions, made once per record type: reading a field is then an
   * ordinary call, with no method-handle adaptation per read.
   */
  private static final class Accessors {
    private Accessors() {}

    @SuppressWarnings("unchecked")
    static Function<Record, Object> reference(RecordComponent component) {
      return (Function<Record, Object>) make(component, Function.class, "apply", MethodType.methodType(Object.class, Object.class));
    }

    /** An int, long, short or byte accessor, widened to long. */
    @SuppressWarnings("unchecked")
    static ToLongFunction<Record> integral(RecordComponent component) {
      return (ToLongFunction<Record>) make(component, ToLongFunction.class, "applyAsLong", MethodType.methodType(long.class, Object.class));
    }

    private static Object make(RecordComponent component, Class<?> face, String method, MethodType erased) {
      Class<?> owner = component.getDeclaringRecord();
      try {
        // A private lookup: records declared in non-public classes (tests, other modules' internals) still validate.
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
        MethodHandle getter = lookup.unreflect(component.getAccessor());
        MethodType instantiated = erased.returnType() == long.class
            ? MethodType.methodType(long.class, owner)
            : getter.type().wrap();
        CallSite site = LambdaMetafactory.metafactory(lookup, method, MethodType.methodType(face), erased, getter, instantiated);
        return site.getTarget().invoke();
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read " + component.getName() + " of " + owner, e);
      }
    }
  }
}
