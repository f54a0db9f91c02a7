package lt.dienynas.reporting;

/**
 * The school's name as printed documents show it: the server's system property {@code
 * dienynas.school.name} (set in the server configuration), else "Progimnazija".
 */
public final class SchoolName {
  private SchoolName() {}

  public static String get() {
    String name = System.getProperty("dienynas.school.name");
    return name == null || name.isBlank() ? "Progimnazija" : name.strip();
  }
}
