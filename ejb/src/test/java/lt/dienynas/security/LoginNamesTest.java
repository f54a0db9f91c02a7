package lt.dienynas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginNamesTest {

  @Test
  void lithuanianLettersBecomePlainLatin() {
    assertEquals("zydrune.semaityte-azuoliene", LoginNames.base("Žydrūnė", "Šėmaitytė-Ąžuolienė"));
    assertEquals("ceslovas.ciurlionis", LoginNames.base("Česlovas", "Čiurlionis"));
  }

  @Test
  void onlyTheFirstOfSeveralFirstNamesAndNoSpaces() {
    assertEquals("ona.van-der-berg", LoginNames.base("Ona Marija", "van der Berg"));
  }

  @Test
  void aTakenLoginGetsANumber() {
    assertEquals("ona.kaz", LoginNames.numbered("ona.kaz", 1));
    assertEquals("ona.kaz3", LoginNames.numbered("ona.kaz", 3));
  }

  @Test
  void aLongNameIsCut() {
    assertEquals(
        40, LoginNames.base("Aleksandravičiūtė", "Aleksandravičiūtė-Kazlauskienė").length());
  }
}
