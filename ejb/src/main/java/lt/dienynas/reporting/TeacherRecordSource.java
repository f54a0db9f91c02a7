package lt.dienynas.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the journal holds of one teacher's records (lessons, marks, attendance entered by them) up
 * to a day, for the printout a leaving teacher signs (§31). Provided as a CDI bean by the feature
 * that keeps the records; the printout lists the sections of every bean found.
 */
public interface TeacherRecordSource {

  /** The sections of the records the teacher made up to and including {@code upTo}. */
  List<ReportSection> records(long teacherId, LocalDate upTo, Locale locale);

  /** Lower prints first. */
  default int order() {
    return 100;
  }
}
