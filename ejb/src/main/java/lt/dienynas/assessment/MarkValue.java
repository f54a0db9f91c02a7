package lt.dienynas.assessment;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/**
 * Įvertinimas as a value: the scale and what was given on it — "1"–"10", {@code PASSED} / {@code
 * FAILED}, {@code EXEMPT}, an {@link AchievementLevel} name, or none for a descriptive assessment,
 * which is all comment. Only valid values can be built.
 *
 * @param comment a descriptive assessment's text, or an optional comment on any other mark
 */
public record MarkValue(MarkScale scale, String value, String comment) implements Serializable {
  public static final int COMMENT_LENGTH = 2000;
  static final String PASSED = "PASSED";
  static final String FAILED = "FAILED";
  static final String EXEMPT = "EXEMPT";

  /**
   * @throws BusinessException {@code mark.unknown} when the value does not fit the scale, {@code
   *     mark.comment} for a missing descriptive text or a too long comment
   */
  public MarkValue {
    Objects.requireNonNull(scale, "scale");
    comment = comment == null || comment.isBlank() ? null : comment.strip();
    if (comment != null && comment.length() > COMMENT_LENGTH) {
      throw new BusinessException("mark.comment", COMMENT_LENGTH);
    }
    boolean valid =
        switch (scale) {
          case TEN_POINT -> value != null && value.matches("[1-9]|10");
          case PASS_FAIL -> PASSED.equals(value) || FAILED.equals(value);
          case EXEMPT -> EXEMPT.equals(value);
          case ACHIEVEMENT_LEVEL -> isLevel(value);
          case DESCRIPTIVE -> value == null;
        };
    if (!valid) {
      throw new BusinessException("mark.unknown", String.valueOf(value));
    }
    if (scale == MarkScale.DESCRIPTIVE && comment == null) {
      throw new BusinessException("mark.comment", COMMENT_LENGTH);
    }
  }

  /**
   * @throws BusinessException {@code mark.tenPoint} outside 1–10
   */
  public static MarkValue tenPoint(int mark) {
    if (mark < 1 || mark > 10) {
      throw new BusinessException("mark.tenPoint", String.valueOf(mark));
    }
    return new MarkValue(MarkScale.TEN_POINT, String.valueOf(mark), null);
  }

  public static MarkValue passed() {
    return new MarkValue(MarkScale.PASS_FAIL, PASSED, null);
  }

  public static MarkValue failed() {
    return new MarkValue(MarkScale.PASS_FAIL, FAILED, null);
  }

  public static MarkValue exempt() {
    return new MarkValue(MarkScale.EXEMPT, EXEMPT, null);
  }

  public static MarkValue level(AchievementLevel level) {
    return new MarkValue(MarkScale.ACHIEVEMENT_LEVEL, level.name(), null);
  }

  public static MarkValue descriptive(String text) {
    return new MarkValue(MarkScale.DESCRIPTIVE, null, text);
  }

  public MarkValue withComment(String newComment) {
    return new MarkValue(scale, value, newComment);
  }

  /**
   * Reads a mark as a teacher types it in the journal: {@code 1}–{@code 10}, {@code įsk} / {@code
   * neįsk}, {@code atl}, {@code sl} / {@code pat} / {@code pagr} / {@code aukšt} (full words and
   * spellings without diacritics too).
   *
   * @throws BusinessException {@code mark.tenPoint} for a number outside 1–10, {@code mark.unknown}
   *     for anything else
   */
  public static MarkValue parse(String notation) {
    String text = notation == null ? "" : notation.strip();
    String key = text.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    if (key.matches("-?\\d{1,9}")) {
      return tenPoint(Integer.parseInt(key));
    }
    return switch (key) {
      case "įsk", "isk", "įskaityta", "iskaityta" -> passed();
      case "neįsk", "neisk", "neįskaityta", "neiskaityta" -> failed();
      case "atl", "atleistas", "atleista" -> exempt();
      case "sl", "slenkstinis" -> level(AchievementLevel.THRESHOLD);
      case "pat", "patenkinamas" -> level(AchievementLevel.SATISFACTORY);
      case "pagr", "pagrindinis" -> level(AchievementLevel.BASIC);
      case "aukšt", "aukst", "aukštesnysis", "aukstesnysis" -> level(AchievementLevel.ADVANCED);
      default -> throw new BusinessException("mark.unknown", text);
    };
  }

  /** The short form the journal shows ("7", "įsk.", "pagr.", "apr." for a descriptive one). */
  public String notation() {
    return switch (scale) {
      case TEN_POINT -> value;
      case PASS_FAIL -> PASSED.equals(value) ? "įsk." : "neįsk.";
      case EXEMPT -> "atl.";
      case ACHIEVEMENT_LEVEL -> AchievementLevel.valueOf(value).notation();
      case DESCRIPTIVE -> "apr.";
    };
  }

  private static boolean isLevel(String value) {
    for (AchievementLevel level : AchievementLevel.values()) {
      if (level.name().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
