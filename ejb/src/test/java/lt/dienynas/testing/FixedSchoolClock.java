package lt.dienynas.testing;

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
  private volatile LocalDateTime fixedTime;

  /** From now on "today" is this day (the time of day runs on). */
  public void set(LocalDate day) {
    this.fixedDay = day;
    this.fixedTime = null;
  }

  /** From now on "now" is this moment, and "today" its day (for deadlines at a time of day). */
  public void setNow(LocalDateTime moment) {
    this.fixedDay = moment.toLocalDate();
    this.fixedTime = moment;
  }

  public void reset() {
    this.fixedDay = null;
    this.fixedTime = null;
  }

  @Override
  public LocalDate today() {
    LocalDate day = fixedDay;
    return day == null ? super.today() : day;
  }

  @Override
  public LocalDateTime now() {
    LocalDateTime moment = fixedTime;
    if (moment != null) {
      return moment;
    }
    LocalDate day = fixedDay;
    return day == null ? super.now() : LocalDateTime.of(day, LocalTime.now(ZONE));
  }
}
