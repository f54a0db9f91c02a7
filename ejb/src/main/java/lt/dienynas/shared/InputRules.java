package lt.dienynas.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.Set;

/**
 * The input rules declared with Bean Validation on the services' parameters ({@link PlainText} on
 * {@code LessonRecord}'s texts…), checked at the write point and refused through the one exception
 * path: a {@link BusinessException} whose key is the constraint's message key, so that the page and
 * the API show it in Lithuanian and English like every other refusal.
 */
public final class InputRules {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  private InputRules() {}

  /**
   * @return the value, valid
   * @throws BusinessException the first broken constraint's key, with the property as argument
   */
  public static <T> T require(T value) {
    if (value == null) {
      return null;
    }
    Validator validator = FACTORY.getValidator();
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    violations.stream()
        .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .ifPresent(
            v -> {
              throw new BusinessException(
                  v.getMessageTemplate().replaceAll("^\\{|\\}$", ""),
                  v.getPropertyPath().toString());
            });
    return value;
  }

  /**
   * One free-text parameter.
   *
   * @throws BusinessException {@code plainText.invalid}
   */
  public static String requirePlain(String name, String text) {
    if (!PlainText.Validator.isPlain(text)) {
      throw new BusinessException("plainText.invalid", name);
    }
    return text;
  }
}
