package lt.dienynas.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.Serial;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import lt.dienynas.shared.PlainText;

/**
 * The API's JSON typed strictly: a text field takes only a JSON string (a mark {@code 5} as a
 * number is refused, only {@code "5"} is taken), a whole-number field only a JSON integer (not
 * {@code "5"}, not {@code 5.5}); JSON null stays null for either (an optional field). Lenient
 * conversion would let a client's bug through as data. Every text field of every body is plain text
 * ({@link PlainText}: no control characters, bidi overrides or invalid UTF-8) and every date lies
 * within the years a diary can be about ({@link Params#EARLIEST}–{@link Params#LATEST}); the
 * services check the school year themselves.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  /** A JSON value of the wrong type: the bundle key of the message that says which type. */
  static final class WrongType extends JsonbException {
    @Serial private static final long serialVersionUID = 1L;

    private final transient Object[] args;

    WrongType(String key, Object... args) {
      super(key);
      this.args = args;
    }

    /** The message's arguments. */
    Object[] args() {
      return args;
    }
  }

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withDeserializers(new Text(), new WholeInt(), new WholeLong(), new Day())
              .withSerializers(new Month()));

  /** A month as {@code "2030-10"} (JSON-B has no form of its own for it). */
  static final class Month implements JsonbSerializer<YearMonth> {
    @Override
    public void serialize(YearMonth month, JsonGenerator generator, SerializationContext ctx) {
      generator.write(month.toString());
    }
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  static final class Text implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (value.getValueType() != JsonValue.ValueType.STRING) {
        throw new WrongType("api.jsonString");
      }
      String text = ((JsonString) value).getString();
      if (!PlainText.Validator.isPlain(text)) {
        throw new WrongType("plainText.invalid");
      }
      return text;
    }
  }

  /** A date as {@code 2026-09-01}, within the years a diary can be about. */
  static final class Day implements JsonbDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (value.getValueType() != JsonValue.ValueType.STRING) {
        throw new WrongType("api.jsonString");
      }
      String text = ((JsonString) value).getString().strip();
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new WrongType("api.badDate", text);
      }
      if (date.isBefore(Params.EARLIEST) || date.isAfter(Params.LATEST)) {
        throw new WrongType("api.dateRange", text, Params.EARLIEST, Params.LATEST);
      }
      return date;
    }
  }

  static final class WholeInt implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      BigDecimal value = whole(parser);
      return value == null ? null : value.intValueExact();
    }
  }

  static final class WholeLong implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      BigDecimal value = whole(parser);
      return value == null ? null : value.longValueExact();
    }
  }

  /** The whole number, or null for a JSON null (an optional field left empty). */
  private static BigDecimal whole(JsonParser parser) {
    JsonValue json = parser.getValue();
    if (json.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (json.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) json).isIntegral()) {
      throw new WrongType("api.jsonNumber");
    }
    try {
      BigDecimal value = ((JsonNumber) json).bigDecimalValue();
      value.longValueExact();
      return value;
    } catch (ArithmeticException e) {
      throw new WrongType("api.jsonNumber");
    }
  }
}
