package lt.dienynas.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LithuanianNamesTest {

  @Test
  void womenTakeTheGenderedFormOfEachEnding() {
    assertAll(
        () -> assertForms("Kazlauskas", "Kazlauskienė", "Kazlauskaitė"),
        () -> assertForms("Petraitis", "Petraitienė", "Petraitytė"),
        () -> assertForms("Kairys", "Kairienė", "Kairytė"),
        () -> assertForms("Stankevičius", "Stankevičienė", "Stankevičiūtė"),
        () -> assertForms("Butkus", "Butkuvienė", "Butkutė"),
        () -> assertForms("Kudirka", "Kudirkienė", "Kudirkaitė"));
  }

  @Test
  void everySurnameHasWomensForms() {
    for (String surname : LithuanianNames.SURNAMES) {
      assertTrue(LithuanianNames.married(surname).endsWith("ienė"), surname);
      assertTrue(LithuanianNames.unmarried(surname).endsWith("tė"), surname);
    }
  }

  @Test
  void asciiDropsDiacriticsForAddresses() {
    assertEquals("azuolas.kazlauskas", LithuanianNames.ascii("Ąžuolas Kazlauskas"));
    assertEquals("zivile.cepuliene", LithuanianNames.ascii("Živilė Čepulienė"));
  }

  private static void assertForms(String man, String married, String unmarried) {
    assertEquals(married, LithuanianNames.married(man));
    assertEquals(unmarried, LithuanianNames.unmarried(man));
  }
}
