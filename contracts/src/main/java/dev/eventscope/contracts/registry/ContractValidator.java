package dev.eventscope.contracts.registry;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks a message against the same rules its JSON schema states: required fields present,
 * strings not blank, lists not empty, numbers at or above their minimum, nested records too.
 */
public final class ContractValidator {
  private ContractValidator() {}

  public static List<Violation> violations(Record message) {
    List<Violation> found = new ArrayList<>();
    check(message, "", found);
    return found;
  }

  private static void check(Record value, String path, List<Violation> found) {
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      String field = path + component.getName();
      Object fieldValue = read(component, value);
      boolean optional = component.getAnnotation(Optional.class) != null;
      if (fieldValue == null) {
        if (!optional) found.add(new Violation(field, "is required"));
        continue;
      }
      if (!optional && fieldValue instanceof String text && text.isBlank()) {
        found.add(new Violation(field, "must not be blank"));
      }
      Min min = component.getAnnotation(Min.class);
      if (min != null && fieldValue instanceof Number number && number.longValue() < min.value()) {
        found.add(new Violation(field, "must be at least " + min.value()));
      }
      if (fieldValue instanceof Collection<?> items) {
        if (items.isEmpty() && !optional) found.add(new Violation(field, "must not be empty"));
        int index = 0;
        for (Object item : items) {
          String itemPath = field + "[" + index++ + "]";
          if (item == null) found.add(new Violation(itemPath, "must not be null"));
          else if (item instanceof Record nested) check(nested, itemPath + ".", found);
        }
      } else if (fieldValue instanceof Record nested) {
        check(nested, field + ".", found);
      }
    }
  }

  private static Object read(RecordComponent component, Record value) {
    try {
      return component.getAccessor().invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }
}
