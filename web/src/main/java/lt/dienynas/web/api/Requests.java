package lt.dienynas.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.journal.LessonRecord;
import lt.dienynas.journal.StudentNoteKind;

/** The JSON bodies the API accepts. */
public final class Requests {
  private Requests() {}

  /** A weekly lesson; {@code teacherId} null for the caller; weekday 1 (Monday) to 5. */
  public record NewSlot(
      Long groupId,
      Long subjectId,
      Long teacherId,
      Integer weekday,
      Integer lessonNumber,
      String room,
      LocalDate validFrom) {}

  /**
   * A lesson added by hand; {@code subjectId} chooses among the subjects the caller teaches; {@code
   * exceptionalDay} true allows a day without lessons (a weekend, a holiday).
   */
  public record NewLesson(
      LocalDate date, Integer lessonNumber, Long subjectId, Boolean exceptionalDay) {}

  public record Substitute(Long substituteId) {}

  /**
   * A mark: either {@code notation} as typed in the journal ("8", "įsk", "pagr") or {@code scale}
   * with {@code value}; {@code comment} is a descriptive assessment's text or a comment.
   */
  public record Mark(
      String notation,
      MarkScale scale,
      String value,
      String comment,
      AssessmentKind kind,
      String institution) {}

  public record Attendance(AttendanceStatus status) {}

  /** The grid's one action for a lesson: its record and the typed cell per student id. */
  /**
   * A lesson's record and cells as the grid saves them; {@code loaded} (the record and cells as the
   * client read them) makes the save change only what the client changed since, and refuses it with
   * 409 when someone else changed the same field or cell meanwhile.
   */
  public record LessonEntries(
      LessonRecord record,
      AssessmentKind kind,
      String institution,
      Map<String, String> cells,
      LoadedEntries loaded) {}

  /** The lesson's record and each student's cell ("n", "p 8", "" when empty) as read. */
  public record LoadedEntries(LessonRecord record, Map<String, String> cells) {}

  public record Justify(LocalDate from, LocalDate to, JustificationReason reason) {}

  public record Note(LocalDate from, LocalDate to, JustificationReason reason, String text) {}

  public record Reject(String comment) {}

  public record StudentNote(StudentNoteKind kind, String text, LocalDate date, Long lessonId) {}

  public record AssessmentRule(
      Long schoolYearId, Integer grade, Long subjectId, List<MarkScale> scales) {}

  /** A planned test for a group. */
  public record NewTest(Long subjectId, LocalDate date, String description) {}

  /** A period grade as typed ("8", "įsk", "atl", "pagr", "pp", "npp") with an optional comment. */
  public record PeriodGrade(String notation, String comment) {}

  /** A period grade as read, with its version (also the ETag) for a later If-Match. */
  public record VersionedPeriodGrade(String notation, String comment, int version) {}

  /** Opens or closes period-grade entry for a class or (classId null) a group. */
  public record PeriodGradeEntry(
      Long schoolYearId,
      lt.dienynas.school.PeriodKind period,
      Long classId,
      Long groupId,
      Boolean open) {}

  /** Additional or summer work for a student. */
  public record NewAdditionalWork(
      Long schoolYearId,
      Long subjectId,
      lt.dienynas.assessment.AdditionalWorkKind kind,
      LocalDate dueDate,
      String task) {}

  /** A work's result, typed like a period grade. */
  public record WorkResult(String notation) {}

  /** The id of what was created. */
  public record Created(long id) {}

  /** How many things an action touched. */
  public record Count(int count) {}
}
