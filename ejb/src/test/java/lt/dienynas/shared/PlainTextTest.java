package lt.dienynas.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void lithuanianTextWithLineBreaksIsPlainControlBidiAndBrokenEncodingAreNot() {
    assertTrue(
        PlainText.Validator.isPlain("Trupmenų sudėtis: ą č ę ė į š ų ū ž „kabutės“ – 😀\n\tp. 12"));
    assertTrue(PlainText.Validator.isPlain(null));
    for (String bad :
        new String[] {
          "a\u0000b",
          "a\u001Bb",
          "a\u007Fb",
          "pa\u202Eiv",
          "a\u2066b",
          "a\uFFFDb",
          "a\uD800b",
          "\uDC00"
        }) {
      assertFalse(PlainText.Validator.isPlain(bad), bad);
    }
  }
}
