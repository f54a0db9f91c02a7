package lt.dienynas.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The domain's message bundle ({@code lt/dienynas/i18n/messages}): Lithuanian first, English. */
public final class Messages {
  public static final Locale LITHUANIAN = Locale.forLanguageTag("lt");
  private static final String BUNDLE = "lt.dienynas.i18n.messages";

  private Messages() {}

  /** Whether the bundle has a message for the key. */
  public static boolean defines(String key) {
    return ResourceBundle.getBundle(
            BUNDLE,
            LITHUANIAN,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
        .containsKey(key);
  }

  public static String format(Locale locale, String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale == null ? LITHUANIAN : locale,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
