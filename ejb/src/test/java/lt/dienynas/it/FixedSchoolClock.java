package lt.dienynas.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import lt.dienynas.shared.SchoolClock;

/**
 * The school clock of a test deployment: the real one until a test sets a day (for rules counted
 * from "today", such as announcement lead times), and the real one again after {@link #reset()}.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class FixedSchoolClock extends SchoolClock {
  private volatile LocalDate fixedDay;

  /** From now on "today" is this day (the time of day runs on). */
  public void set(LocalDate day) {
    this.fixedDay = day;
  }

  public void reset() {
    this.fixedDay = null;
  }

  @Override
  public LocalDate today() {
    LocalDate day = fixedDay;
    return day == null ? super.today() : day;
  }

  @Override
  public LocalDateTime now() {
    LocalDate day = fixedDay;
    return day == null ? super.now() : LocalDateTime.of(day, LocalTime.now(ZONE));
  }
}
