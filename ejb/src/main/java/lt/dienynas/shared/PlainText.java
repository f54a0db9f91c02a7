package lt.dienynas.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Free text a person typed (a topic, homework, a note, a message): letters, digits, punctuation and
 * line breaks, nothing that changes how other text is shown. Refused: control characters (NUL,
 * escape…; tab and line breaks allowed), bidirectional overrides, embeddings and isolates (U+202A–
 * U+202E, U+2066–U+2069, which can make a text read differently from what is stored), the
 * replacement character U+FFFD that invalid UTF-8 decodes to, lone surrogates and non-characters. A
 * null value is valid (use {@code @NotNull} for that). On a list's elements too ({@code
 * List<@PlainText String>}). The message is in the {@code ValidationMessages} bundle (lt, en) and,
 * for the one exception path, in the domain's messages.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {
  String message() default "{plainText.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a text against the rule. */
  class Validator implements ConstraintValidator<PlainText, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return isPlain(value);
    }

    /** Whether the text (null counts as plain) has none of the refused characters. */
    public static boolean isPlain(CharSequence value) {
      if (value == null) {
        return true;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
          if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, value.charAt(i + 1));
            if ((cp & 0xFFFE) == 0xFFFE) {
              return false;
            }
            i++;
            continue;
          }
          return false;
        }
        if (Character.isLowSurrogate(c) || refused(c)) {
          return false;
        }
      }
      return true;
    }

    private static boolean refused(char c) {
      if (c == '\n' || c == '\r' || c == '\t') {
        return false;
      }
      return Character.getType(c) == Character.CONTROL
          || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')
          || c == '\uFFFD'
          || c == '\uFFFE'
          || c == '\uFFFF'
          || (c >= '\uFDD0' && c <= '\uFDEF');
    }
  }
}
