package lt.dienynas.history;

import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import lt.dienynas.shared.JsonBuilders;

/**
 * One change to record: which record (type and id), what happened, its values before and after (as
 * field → value; empty for an insert's "before" or a delete's "after"). Where it came from and the
 * correction act it was made under are not the caller's to say: {@link HistoryLog} takes them from
 * the {@link ChangeContext}.
 */
public record Change(
    String entityType,
    Object entityId,
    HistoryAction action,
    Map<String, ?> before,
    Map<String, ?> after) {

  public Change {
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(action, "action");
  }

  public static Change inserted(String type, Object id, Map<String, ?> after) {
    return new Change(type, id, HistoryAction.INSERT, null, after);
  }

  public static Change updated(
      String type, Object id, Map<String, ?> before, Map<String, ?> after) {
    return new Change(type, id, HistoryAction.UPDATE, before, after);
  }

  public static Change deleted(String type, Object id, Map<String, ?> before) {
    return new Change(type, id, HistoryAction.DELETE, before, null);
  }

  /** A value map as compact JSON with its keys in the given order (null for no map). */
  static String json(Map<String, ?> values) {
    if (values == null) {
      return null;
    }
    JsonObjectBuilder object = JsonBuilders.object();
    values.forEach(
        (key, value) -> {
          if (value == null) {
            object.addNull(key);
          } else if (value instanceof Boolean b) {
            object.add(key, b);
          } else if (value instanceof Integer || value instanceof Long) {
            object.add(key, ((Number) value).longValue());
          } else if (value instanceof BigDecimal d) {
            object.add(key, d);
          } else {
            object.add(key, value.toString());
          }
        });
    return object.build().toString();
  }
}
