package lt.dienynas.reporting;

import java.time.LocalDate;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.MarkValue;

/**
 * The rows of {@link LandingService}'s native queries, each mapped once from its {@code Object[]}
 * (MariaDB's counts as numbers of any width, its dates and times as whatever the driver gives).
 */
final class LandingRows {

  private LandingRows() {}

  /** {@code a.act_number, g.name, a.record_date, a.submitted_at}: an act waiting. */
  record OpenAct(String number, String groupName, LocalDate recordDate, LocalDate submittedOn) {
    static OpenAct of(Object row) {
      Object[] r = (Object[]) row;
      return new OpenAct(r[0].toString(), r[1].toString(), dayOf(r[2]), dayOf(r[3]));
    }
  }

  /** {@code p.id, CONCAT(first_name, ' ', last_name)}: a child of the guardian, or the student. */
  record Child(long id, String name) {
    static Child of(Object row) {
      Object[] r = (Object[]) row;
      return new Child(((Number) r[0]).longValue(), r[1].toString());
    }
  }

  /** {@code m.student_id, l.lesson_date, s.name, m.scale, m.mark_value, m.comment}. */
  record ChildMark(long studentId, LocalDate date, String subjectName, MarkValue mark) {
    static ChildMark of(Object row) {
      Object[] r = (Object[]) row;
      return new ChildMark(
          ((Number) r[0]).longValue(),
          dayOf(r[1]),
          (String) r[2],
          new MarkValue(MarkScale.valueOf((String) r[3]), (String) r[4], (String) r[5]));
    }
  }

  /** {@code a.student_id, SUM(absent), SUM(absent, unjustified), SUM(late)}. */
  record ChildAbsences(long studentId, long absent, long unjustified, long late) {
    static ChildAbsences of(Object row) {
      Object[] r = (Object[]) row;
      return new ChildAbsences(
          ((Number) r[0]).longValue(),
          ((Number) r[1]).longValue(),
          ((Number) r[2]).longValue(),
          ((Number) r[3]).longValue());
    }
  }

  /**
   * {@code m.student_id, <id>, <date>, s.name}: a child's homework due or test on a day, in a
   * subject (the id only keeps the rows distinct).
   */
  record ChildSubjectDay(long studentId, LocalDate day, String subjectName) {
    static ChildSubjectDay of(Object row) {
      Object[] r = (Object[]) row;
      return new ChildSubjectDay(((Number) r[0]).longValue(), dayOf(r[2]), r[3].toString());
    }
  }

  /** {@code month, MAX(changed_at)}: the latest month locked and when. */
  record LastLock(String month, LocalDate changedOn) {
    static LastLock of(Object row) {
      Object[] r = (Object[]) row;
      return new LastLock(r[0].toString(), dayOf(r[1]));
    }
  }

  /** {@code COUNT(*), MAX(<time>)}: how many, and the latest's day (null for none). */
  record CountAndLatest(long count, LocalDate latest) {
    static CountAndLatest of(Object row) {
      Object[] r = (Object[]) row;
      return new CountAndLatest(((Number) r[0]).longValue(), dayOf(r[1]));
    }
  }

  /** {@code c.name, <students today>, <notes to decide>}: a class of the class teacher. */
  record ClassCounts(String className, long students, long notesToDecide) {
    static ClassCounts of(Object row) {
      Object[] r = (Object[]) row;
      return new ClassCounts(
          r[0].toString(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
    }
  }

  /** {@code g.name, <children today>}: a pre-school group of the teacher. */
  record GroupCount(String groupName, long children) {
    static GroupCount of(Object row) {
      Object[] r = (Object[]) row;
      return new GroupCount(r[0].toString(), ((Number) r[1]).longValue());
    }
  }

  /** {@code l.lesson_date, s.name, g.name}: the teacher's last lesson. */
  record LastLesson(LocalDate date, String subjectName, String groupName) {
    static LastLesson of(Object row) {
      Object[] r = (Object[]) row;
      return new LastLesson(dayOf(r[0]), r[1].toString(), r[2].toString());
    }
  }

  /** Two counts of one row, as the query names them (e.g. students and classes). */
  record TwoCounts(long first, long second) {
    static TwoCounts of(Object row) {
      Object[] r = (Object[]) row;
      return new TwoCounts(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
  }

  /**
   * {@code COUNT(DISTINCT month), MAX(month)}: the months locked and the latest (null for none).
   */
  record LocksOfYear(long months, String latest) {
    static LocksOfYear of(Object row) {
      Object[] r = (Object[]) row;
      return new LocksOfYear(((Number) r[0]).longValue(), r[1] == null ? null : r[1].toString());
    }
  }

  /**
   * The day of a date or a time however the driver gives it ({@code java.sql.Date}, {@code
   * Timestamp}, {@code LocalDateTime}…): its text's first ten characters; null for null.
   */
  static LocalDate dayOf(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }
}
