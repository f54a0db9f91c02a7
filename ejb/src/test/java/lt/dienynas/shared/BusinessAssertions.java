package lt.dienynas.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a domain rule refuses an operation with a given message key. */
public final class BusinessAssertions {

  private BusinessAssertions() {}

  public static BusinessException assertRefused(String key, Executable operation) {
    BusinessException refusal = assertThrows(BusinessException.class, operation);
    assertEquals(key, refusal.getKey(), refusal::getMessage);
    return refusal;
  }
}
