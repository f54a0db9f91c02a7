package lt.dienynas.classdocs;

import java.util.List;

/** One student's month for the progress and attendance report (§21.11). */
public record StudentMonth(
    RosterLine student,
    List<MonthMark> marks,
    StudentAttendance attendance,
    List<MonthNote> notes) {
  public StudentMonth {
    marks = List.copyOf(marks);
    notes = List.copyOf(notes);
  }
}
