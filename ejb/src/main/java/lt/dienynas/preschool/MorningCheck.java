package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The deputy's 9:30 check of a day (§22.4): once the deadline has passed on a working day, the
 * pre-school groups not filled by then.
 */
public record MorningCheck(
    LocalDate day,
    LocalTime deadline,
    boolean workingDay,
    boolean deadlinePassed,
    List<LateGroup> groups)
    implements Serializable {}
