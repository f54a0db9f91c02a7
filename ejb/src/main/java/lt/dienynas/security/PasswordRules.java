package lt.dienynas.security;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import lt.dienynas.shared.BusinessException;

/**
 * Slaptažodžio taisyklės: what a password a person chooses must be — at least {@value #MIN_LENGTH}
 * characters, letters and digits, not containing the login, not the same as the one before — and
 * how a temporary password given by the admin or the class teacher is made.
 */
public final class PasswordRules {
  public static final int MIN_LENGTH = 10;

  /** bcrypt reads no more than 72 bytes; a longer password would be silently cut. */
  public static final int MAX_LENGTH = 64;

  /** No 0/O, 1/l/I: a temporary password is read off a printed slip and typed by a child. */
  private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

  private static final String DIGITS = "23456789";
  private static final int TEMPORARY_LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordRules() {}

  /**
   * The first rule the candidate breaks, as a message key of {@code messages.properties}.
   *
   * @param sameAsBefore tells whether a text is the person's current password
   */
  public static Optional<String> violation(
      String login, String candidate, Predicate<String> sameAsBefore) {
    if (candidate == null || candidate.length() < MIN_LENGTH) {
      return Optional.of("password.tooShort");
    }
    if (candidate.length() > MAX_LENGTH) {
      return Optional.of("password.tooLong");
    }
    if (candidate.chars().anyMatch(Character::isWhitespace)) {
      return Optional.of("password.whitespace");
    }
    if (candidate.chars().noneMatch(Character::isLetter)
        || candidate.chars().noneMatch(Character::isDigit)) {
      return Optional.of("password.lettersAndDigits");
    }
    if (login != null
        && !login.isBlank()
        && candidate.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
      return Optional.of("password.containsLogin");
    }
    if (sameAsBefore.test(candidate)) {
      return Optional.of("password.sameAsBefore");
    }
    return Optional.empty();
  }

  /**
   * @throws BusinessException with the key of the first rule broken, its argument the minimum or
   *     maximum length
   */
  public static void require(String login, String candidate, Predicate<String> sameAsBefore) {
    Optional<String> broken = violation(login, candidate, sameAsBefore);
    if (broken.isPresent()) {
      throw new BusinessException(broken.get(), MIN_LENGTH, MAX_LENGTH);
    }
  }

  /** A random temporary password of letters and at least two digits that meets the rules. */
  public static String temporaryPassword() {
    char[] password = new char[TEMPORARY_LENGTH];
    for (int i = 0; i < password.length; i++) {
      String from = i % 5 == 4 ? DIGITS : LETTERS;
      password[i] = from.charAt(RANDOM.nextInt(from.length()));
    }
    return new String(password);
  }
}
