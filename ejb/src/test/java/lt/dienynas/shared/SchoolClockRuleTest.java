package lt.dienynas.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The school's time comes from {@link SchoolClock} only: the server runs in UTC, the school in
 * Vilnius, and a clock read anywhere else stores or shows a time two or three hours off (and cannot
 * be set by a test).
 */
class SchoolClockRuleTest {
  private static final Pattern CLOCK_READ =
      Pattern.compile(
          "\\b(LocalDate|LocalDateTime|LocalTime|YearMonth|Instant|ZonedDateTime|OffsetDateTime)"
              + "\\.now\\(|\\bClock\\.system|\\bnew java\\.util\\.Date\\(\\)|\\bnew Date\\(\\)");

  @Test
  void noMainSourceReadsTheClockButSchoolClock() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> found = new ArrayList<>();
    int scanned = 0;
    for (String module : List.of("ejb", "web", "batch")) {
      Path sources = root.resolve(module).resolve("src/main/java");
      assertTrue(Files.isDirectory(sources), sources + " is where the module's sources are");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          scanned++;
          if (file.endsWith(Path.of("lt/dienynas/shared/SchoolClock.java"))) {
            continue;
          }
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            if (CLOCK_READ.matcher(lines.get(i)).find()) {
              found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertTrue(scanned > 300, "scanned " + scanned + " files");
    assertEquals(List.of(), found, "clock reads outside SchoolClock");
  }

  /**
   * The access rules judge "now" (an assignment that has not ended, the pledge in force) by the
   * school's clock, bound as a parameter: never by the database's clock, which runs in UTC.
   */
  @Test
  void noAccessRuleAsksTheDatabaseForTheDay() throws IOException {
    Path security =
        Path.of("").toAbsolutePath().getParent().resolve("ejb/src/main/java/lt/dienynas/security");
    Pattern databaseClock =
        Pattern.compile("CURRENT_DATE|CURDATE\\(|CURRENT_TIMESTAMP|\\bNOW\\(|SYSDATE\\(");
    List<String> found = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.list(security)) {
      for (Path file :
          files
              .filter(
                  f -> {
                    String name = f.getFileName().toString();
                    return name.equals("AccessPolicy.java")
                        || name.equals("Relations.java")
                        || name.endsWith("Rules.java");
                  })
              .toList()) {
        scanned++;
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (databaseClock.matcher(lines.get(i)).find() && !lines.get(i).strip().startsWith("*")) {
            found.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertTrue(scanned > 15, "scanned " + scanned + " files");
    assertEquals(List.of(), found, "access rules reading the database's clock");
  }
}
