package lt.dienynas.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void hashesAsBcrypt2aWithCostTen() {
    String hash = hasher.hash("Slaptažodis-1");
    assertTrue(hash.startsWith("$2a$10$"), hash);
    assertTrue(PasswordHasher.isSupportedHash(hash));
    assertNotEquals(hash, hasher.hash("Slaptažodis-1"));
  }

  @Test
  void verifiesOnlyTheRightPassword() {
    String hash = hasher.hash("Slaptažodis-1");
    assertTrue(hasher.verify("Slaptažodis-1", hash));
    assertFalse(hasher.verify("slaptažodis-1", hash));
  }

  @Test
  void acceptsTheRealmsPrefixesOnly() {
    String hash = hasher.hash("labas");
    assertTrue(hasher.verify("labas", "$2y$" + hash.substring(4)));
    assertFalse(hasher.verify("labas", "$2b$" + hash.substring(4)));
    assertFalse(hasher.verify("labas", "labas"));
    assertFalse(hasher.verify("labas", null));
  }
}
