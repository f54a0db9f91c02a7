package lt.dienynas.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.Arrays;

/**
 * A domain rule refused the operation. Carries a message-bundle key (see {@code
 * lt/dienynas/i18n/messages*.properties}) and its arguments, never a ready-made text: the web and
 * API layers render it in the user's language. Rolls the transaction back, so nothing half-done
 * stays.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] args;

  public BusinessException(String key, Object... args) {
    super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
    this.key = key;
    this.args = args.clone();
  }

  public String getKey() {
    return key;
  }

  public Object[] getArgs() {
    return args.clone();
  }

  /** The message in the given locale, from the domain's message bundle. */
  public String localizedMessage(java.util.Locale locale) {
    return Messages.format(locale, key, args);
  }
}
