package lt.dienynas.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The school's today and now, in Lithuanian time (the server may run in UTC). Deadlines counted in
 * working days start from {@link #today()}.
 */
@ApplicationScoped
public class SchoolClock {
  public static final ZoneId ZONE = ZoneId.of("Europe/Vilnius");

  public LocalDate today() {
    return LocalDate.now(ZONE);
  }

  public LocalDateTime now() {
    return LocalDateTime.now(ZONE);
  }
}
