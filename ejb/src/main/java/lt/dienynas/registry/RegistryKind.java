package lt.dienynas.registry;

import java.util.List;

/**
 * Which registry an export comes from, and the columns its CSV file must have (see the README's
 * "Registry import" section and {@code docs/samples/}).
 */
public enum RegistryKind {
  /** Mokinių registras: newly arrived students and the class they go to. */
  STUDENTS(
      List.of(
          RegistryFile.PERSONAL_CODE,
          RegistryFile.FIRST_NAME,
          RegistryFile.LAST_NAME,
          RegistryFile.BIRTH_DATE,
          RegistryFile.CLASS),
      List.of(
          RegistryFile.START_DATE,
          RegistryFile.EMAIL,
          RegistryFile.GUARDIAN_FIRST_NAME,
          RegistryFile.GUARDIAN_LAST_NAME,
          RegistryFile.GUARDIAN_EMAIL,
          RegistryFile.GUARDIAN2_FIRST_NAME,
          RegistryFile.GUARDIAN2_LAST_NAME,
          RegistryFile.GUARDIAN2_EMAIL)),
  /** Pedagogų registras: teachers and other staff with their positions. */
  STAFF(
      List.of(
          RegistryFile.FIRST_NAME,
          RegistryFile.LAST_NAME,
          RegistryFile.EMAIL,
          RegistryFile.POSITIONS),
      List.of());

  private final List<String> required;
  private final List<String> optional;

  RegistryKind(List<String> required, List<String> optional) {
    this.required = required;
    this.optional = optional;
  }

  public List<String> requiredColumns() {
    return required;
  }

  public List<String> optionalColumns() {
    return optional;
  }
}
