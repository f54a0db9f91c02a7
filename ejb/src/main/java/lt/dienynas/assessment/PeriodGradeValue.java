package lt.dienynas.assessment;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/**
 * A semester or annual grade as a value: any mark value, or {@code MADE} / {@code NOT_MADE} on the
 * progress scale (padarė pažangą / nepadarė pažangos). Only valid values can be built.
 */
public record PeriodGradeValue(PeriodGradeScale scale, String value, String comment)
    implements Serializable {
  static final String MADE = "MADE";
  static final String NOT_MADE = "NOT_MADE";

  /**
   * @throws BusinessException {@code mark.unknown} or {@code mark.comment}
   */
  public PeriodGradeValue {
    Objects.requireNonNull(scale, "scale");
    comment = comment == null || comment.isBlank() ? null : comment.strip();
    if (scale == PeriodGradeScale.PROGRESS) {
      if (!MADE.equals(value) && !NOT_MADE.equals(value)) {
        throw new BusinessException("mark.unknown", String.valueOf(value));
      }
      if (comment != null && comment.length() > MarkValue.COMMENT_LENGTH) {
        throw new BusinessException("mark.comment", MarkValue.COMMENT_LENGTH);
      }
    } else {
      new MarkValue(MarkScale.valueOf(scale.name()), value, comment);
    }
  }

  public static PeriodGradeValue of(MarkValue mark) {
    return new PeriodGradeValue(
        PeriodGradeScale.valueOf(mark.scale().name()), mark.value(), mark.comment());
  }

  public static PeriodGradeValue tenPoint(int grade) {
    return of(MarkValue.tenPoint(grade));
  }

  public static PeriodGradeValue progress(boolean made) {
    return new PeriodGradeValue(PeriodGradeScale.PROGRESS, made ? MADE : NOT_MADE, null);
  }

  /**
   * Reads a grade as a teacher types it: every mark notation ({@link MarkValue#parse}) and {@code
   * pp} / {@code padarė pažangą}, {@code npp} / {@code nepadarė pažangos}.
   *
   * @throws BusinessException {@code mark.tenPoint} or {@code mark.unknown}
   */
  public static PeriodGradeValue parse(String notation) {
    String key =
        notation == null ? "" : notation.strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    return switch (key) {
      case "pp", "padarė pažangą", "padare pazanga" -> progress(true);
      case "npp", "nepadarė pažangos", "nepadare pazangos" -> progress(false);
      default -> of(MarkValue.parse(notation));
    };
  }

  /** The mark scale of this grade; empty for the progress scale. */
  public java.util.Optional<MarkScale> markScale() {
    return scale == PeriodGradeScale.PROGRESS
        ? java.util.Optional.empty()
        : java.util.Optional.of(MarkScale.valueOf(scale.name()));
  }

  /** The ten-point number, if this is a ten-point grade. */
  public java.util.OptionalInt tenPointValue() {
    return scale == PeriodGradeScale.TEN_POINT
        ? java.util.OptionalInt.of(Integer.parseInt(value))
        : java.util.OptionalInt.empty();
  }

  /** The short form the journal shows ("8", "įsk.", "pp", "npp"). */
  public String notation() {
    if (scale == PeriodGradeScale.PROGRESS) {
      return MADE.equals(value) ? "pp" : "npp";
    }
    return new MarkValue(MarkScale.valueOf(scale.name()), value, comment).notation();
  }
}
