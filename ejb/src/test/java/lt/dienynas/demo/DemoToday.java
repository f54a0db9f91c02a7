package lt.dienynas.demo;

import java.time.LocalDate;
import lt.dienynas.shared.SchoolClock;

/**
 * The one "today" of the demo generator: the day the demo is loaded, in Lithuanian time, or the
 * date of the system property {@value #PROPERTY} ({@code yyyy-MM-dd}) when a test or a screenshot
 * needs a fixed day. The school year, the filled school days (up to yesterday) and everything dated
 * relative to now follow from it.
 *
 * <p>Without the property the day is read once per JVM and then kept: a loader or a test run that
 * passes Lithuanian midnight goes on seeing the day the demo was built for ("filled up to
 * yesterday" keeps meaning the same yesterday), instead of a new day the data was never made for.
 */
public final class DemoToday {

  public static final String PROPERTY = "dienynas.demo.today";

  private static final LocalDate FIRST_READ = LocalDate.now(SchoolClock.ZONE);

  private DemoToday() {}

  public static LocalDate today() {
    String fixed = System.getProperty(PROPERTY);
    if (fixed != null && !fixed.isBlank()) {
      return LocalDate.parse(fixed.trim());
    }
    return FIRST_READ;
  }
}
