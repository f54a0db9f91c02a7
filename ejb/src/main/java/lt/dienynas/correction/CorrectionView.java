package lt.dienynas.correction;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import lt.dienynas.journal.Lesson;
import lt.dienynas.people.Person;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.Subject;

/** An act with everything its page and its printed form (Annex 1) show. */
public record CorrectionView(
    long id,
    String number,
    String schoolYearName,
    CorrectionStatus status,
    long authorId,
    String authorName,
    String teacherName,
    String groupName,
    String subjectName,
    LocalDate recordDate,
    String errorNature,
    String reason,
    LocalDateTime createdAt,
    LocalDateTime submittedAt,
    Party deputy,
    Party admin,
    String appliedByName,
    LocalDateTime appliedAt,
    LocalDateTime archivedAt,
    List<Line> lines)
    implements Serializable {

  /** An agreeing party's answer: who, what, when, and the reason of a refusal. */
  public record Party(String name, Decision decision, String comment, LocalDateTime decidedAt)
      implements Serializable {}

  /** A changed field: whose, what (a lesson's date and number, or a period), wrong and correct. */
  public record Line(
      CorrectionKind kind,
      long studentId,
      String studentName,
      String where,
      String wrong,
      String correct)
      implements Serializable {}

  /** The act as it stands (its lines, people and lessons are read from it). */
  static CorrectionView of(CorrectionAct a) {
    List<Line> lines = new ArrayList<>();
    for (CorrectionItem item : a.getItems()) {
      CorrectionLine line = item.line();
      lines.add(
          new Line(
              line.kind(),
              line.studentId(),
              item.getStudent().getFullName(),
              where(item),
              wrongOf(line),
              correctOf(line)));
    }
    return new CorrectionView(
        a.getId(),
        a.getNumber(),
        a.getSchoolYear().getName(),
        a.getStatus(),
        a.getAuthor().getId(),
        a.getAuthor().getFullName(),
        a.getTeacher().map(Person::getFullName).orElse(""),
        a.getGroup().getName(),
        a.getSubject().map(Subject::getName).orElse(""),
        a.getRecordDate(),
        a.getErrorNature(),
        a.getReason(),
        a.getCreatedAt(),
        a.getSubmittedAt().orElse(null),
        party(a.getDeputyDecision(), a.getDeputy(), a.getDeputyComment(), a.getDeputyDecidedAt()),
        party(a.getAdminDecision(), a.getAdmin(), a.getAdminComment(), a.getAdminDecidedAt()),
        a.getAppliedBy().map(Person::getFullName).orElse(null),
        a.getAppliedAt().orElse(null),
        a.getArchivedAt().orElse(null),
        lines);
  }

  /** A party's answer, once it has decided. */
  private static Party party(
      Optional<Decision> decision,
      Optional<Person> who,
      Optional<String> comment,
      Optional<LocalDateTime> at) {
    return decision
        .map(
            d ->
                new Party(
                    who.orElseThrow().getFullName(), d, comment.orElse(null), at.orElse(null)))
        .orElse(null);
  }

  public boolean agreedByBoth() {
    return deputy != null
        && deputy.decision() == Decision.AGREED
        && admin != null
        && admin.decision() == Decision.AGREED;
  }

  /**
   * The act's last change: the latest of its creation, submission, decisions, applying, archiving.
   */
  public LocalDateTime lastChangedAt() {
    return Stream.of(
            createdAt,
            submittedAt,
            deputy == null ? null : deputy.decidedAt(),
            admin == null ? null : admin.decidedAt(),
            appliedAt,
            archivedAt)
        .filter(at -> at != null)
        .max(LocalDateTime::compareTo)
        .orElseThrow();
  }

  /** Where the field is: a lesson's date and number, or a period. */
  static String where(CorrectionItem item) {
    CorrectionLine line = item.line();
    if (line.kind() == CorrectionKind.MARK) {
      Lesson lesson = item.getLesson();
      return lesson.getLessonDate() + ", " + lesson.getLessonNumber() + " pamoka";
    }
    if (line.kind() == CorrectionKind.ADDITIONAL_WORK) {
      return "papildomų darbų rezultatas";
    }
    if (line.kind() == CorrectionKind.SUMMER_WORK) {
      return "vasaros darbų rezultatas";
    }
    return periodName(line.period());
  }

  static String wrongOf(CorrectionLine line) {
    return line.kind() == CorrectionKind.PERIOD_ATTENDANCE
        ? counts(line.wrongMissed(), line.wrongJustified())
        : orDash(line.wrongValue());
  }

  static String correctOf(CorrectionLine line) {
    return line.kind() == CorrectionKind.PERIOD_ATTENDANCE
        ? counts(line.correctMissed(), line.correctJustified())
        : orDash(line.correctValue());
  }

  private static String periodName(PeriodKind period) {
    return switch (period) {
      case FIRST_SEMESTER -> "I pusmetis";
      case SECOND_SEMESTER -> "II pusmetis";
      case ANNUAL -> "metinis";
    };
  }

  private static String counts(int missed, int justified) {
    return "praleista " + missed + ", pateisinta " + justified;
  }

  private static String orDash(String value) {
    return value == null ? "—" : value;
  }
}
