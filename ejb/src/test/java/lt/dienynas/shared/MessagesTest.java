package lt.dienynas.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/lt/dienynas/i18n/" + file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyBundleHasTheSameKeysAndLithuanianIsTheDefault() throws IOException {
    Properties lithuanianDefault = load("messages.properties");
    assertEquals(lithuanianDefault, load("messages_lt.properties"));
    assertEquals(lithuanianDefault.keySet(), load("messages_en.properties").keySet());
  }

  @Test
  void everyMessageIsAValidPattern() throws IOException {
    for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
      load(file).forEach((key, pattern) -> new MessageFormat((String) pattern, Locale.ROOT));
    }
  }

  @Test
  void refusalRendersInLithuanianAndEnglish() {
    BusinessException refusal = new BusinessException("schoolClass.grade", 9);
    assertEquals("Klasė turi būti nuo 1 iki 8, o ne 9.", refusal.localizedMessage(null));
    assertEquals("The grade must be from 1 to 8, not 9.", refusal.localizedMessage(Locale.ENGLISH));
    assertFalse(refusal.localizedMessage(Messages.LITHUANIAN).contains("schoolClass"));
  }
}
