package lt.dienynas.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.Set;

/**
 * The input rules declared with Bean Validation on the services' parameters ({@link PlainText} on
 * {@code LessonRecord}'s texts…), checked by the container before a service runs, and refused
 * through the one exception path ({@link InputRefusals}): a {@link BusinessException} whose key is
 * the constraint's message key, so that the page and the API show it in Lithuanian and English like
 * every other refusal.
 */
public final class InputRules {
  private InputRules() {}

  /**
   * The refusal of a call whose parameters broke their constraints (the container's method
   * validation).
   */
  public static BusinessException refusal(ConstraintViolationException e) {
    return refusal(e.getConstraintViolations());
  }

  /**
   * The first broken constraint (by property path, so the same input always gives the same message)
   * as a refusal: its message key, when the domain's bundle has it, else {@code input.invalid}; the
   * property (a parameter's or a record component's name) as argument.
   */
  static BusinessException refusal(Set<? extends ConstraintViolation<?>> violations) {
    ConstraintViolation<?> first =
        violations.stream()
            .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .orElseThrow(() -> new IllegalArgumentException("no violation"));
    String key = first.getMessageTemplate().replaceAll("^\\{|\\}$", "");
    return new BusinessException(
        Messages.defines(key) ? key : "input.invalid", property(first.getPropertyPath()));
  }

  /** The path without the method's name ({@code text}, {@code arg2}, {@code lines[0].activity}). */
  private static String property(Path path) {
    String whole = path.toString();
    Path.Node first = path.iterator().next();
    return first.getKind() == ElementKind.METHOD && whole.startsWith(first.getName() + ".")
        ? whole.substring(first.getName().length() + 1)
        : whole;
  }
}
