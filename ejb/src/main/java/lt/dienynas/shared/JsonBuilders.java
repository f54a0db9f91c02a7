package lt.dienynas.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * JSON builders from one factory made once. {@code Json.createObjectBuilder()} looks the JSON-P
 * provider up through the service loader on every call (the class loader's resources each time):
 * the diary's charts and every history entry build several objects per request, and the flight
 * recording of the benchmark showed that lookup among the hottest stacks of the diary pages (issue
 * 19). The factory and its builders are the same JSON-P, found once.
 */
public final class JsonBuilders {

  private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

  private JsonBuilders() {}

  public static JsonObjectBuilder object() {
    return FACTORY.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return FACTORY.createArrayBuilder();
  }
}
