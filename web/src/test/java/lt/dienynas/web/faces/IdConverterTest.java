package lt.dienynas.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.FacesMessage;
import java.util.Locale;
import java.util.Optional;
import lt.dienynas.shared.Messages;
import org.junit.jupiter.api.Test;

/** Which texts in a page's address name a record, and what a person reads when one does not. */
class IdConverterTest {

  @Test
  void aPositiveWholeNumberIsAnId() {
    assertEquals(Optional.of(42L), IdConverter.parse("42"));
    assertEquals(Optional.of(42L), IdConverter.parse(" 42 "));
    assertEquals(Optional.of(Long.MAX_VALUE), IdConverter.parse(String.valueOf(Long.MAX_VALUE)));
  }

  @Test
  void anythingElseIsNot() {
    for (String bad :
        new String[] {
          "abc",
          "0",
          "-1",
          "+5",
          "4x",
          "1.5",
          "1e3",
          "99999999999999999999999",
          "9223372036854775808",
          "٣",
          "%27%3B--",
          "1 2"
        }) {
      assertTrue(IdConverter.parse(bad).isEmpty(), bad);
    }
  }

  @Test
  void theRefusalSaysInLithuanianOrEnglishWhatIsWrongAndRepeatsOnlyTheStartOfTheValue() {
    FacesMessage lithuanian = IdConverter.refusal(Messages.LITHUANIAN, "abc");
    assertEquals(FacesMessage.SEVERITY_ERROR, lithuanian.getSeverity());
    assertEquals(
        "Puslapio adrese nurodytas netinkamas įrašo numeris „abc“: atverkite puslapį iš meniu ar"
            + " sąrašo.",
        lithuanian.getSummary());
    assertTrue(
        IdConverter.refusal(Locale.ENGLISH, "abc").getSummary().startsWith("The page's address"));
    String longValue = "1".repeat(30) + "x";
    String text = IdConverter.refusal(Messages.LITHUANIAN, longValue).getSummary();
    assertTrue(text.contains("„" + "1".repeat(20) + "…“"), text);
    assertFalse(text.contains("x"), text);
  }
}
