package lt.dienynas.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * Correction acts (§19.8) as the demo school and the benchmark write them, one item each: an act
 * applied after the deputy's and the DB admin's agreement (drafted at 14:00, agreed the next
 * morning, applied at 11:05), or one submitted and waiting for the deputy. Multi-row inserts.
 */
public final class CorrectionActRows implements AutoCloseable {

  /** What an act corrects: one mark of a lesson, or one period grade. */
  public record Item(String kind, long studentId, Long lessonId, String periodKind) {
    public static Item mark(long studentId, long lessonId) {
      return new Item("MARK", studentId, lessonId, null);
    }

    public static Item periodGrade(long studentId, String periodKind) {
      return new Item("PERIOD_GRADE", studentId, null, periodKind);
    }
  }

  /** An act's number, people and record: the same whatever its state. */
  public record Act(
      long id,
      long yearId,
      int seq,
      String number,
      long authorId,
      long teacherId,
      long groupId,
      long subjectId,
      LocalDate recordDate,
      String errorNature,
      String reason) {}

  private final MultiInsert act;
  private final MultiInsert item;

  public CorrectionActRows(Connection connection) {
    act =
        new MultiInsert(
            connection,
            "correction_act",
            "id",
            "school_year_id",
            "seq",
            "act_number",
            "status",
            "author_id",
            "teacher_id",
            "group_id",
            "subject_id",
            "record_date",
            "error_nature",
            "reason",
            "created_at",
            "submitted_at",
            "deputy_id",
            "deputy_decision",
            "deputy_decided_at",
            "admin_id",
            "admin_decision",
            "admin_decided_at",
            "applied_by",
            "applied_at");
    item =
        new MultiInsert(
            connection,
            "correction_item",
            "act_id",
            "position",
            "kind",
            "student_id",
            "lesson_id",
            "period_kind",
            "wrong_value",
            "correct_value");
  }

  /** The act number of the school year's {@code seq}-th act: {@code 2026-2027/001}. */
  public static String number(int startYear, int seq) {
    return String.format("%d-%d/%03d", startYear, startYear + 1, seq);
  }

  /**
   * An act drafted on {@code drafted}, agreed by both the next morning and applied by the admin.
   */
  public void applied(
      Act a,
      LocalDate drafted,
      long deputyId,
      long adminId,
      Item what,
      String wrong,
      String correct)
      throws SQLException {
    Timestamp created = Timestamp.valueOf(drafted.atTime(14, 0));
    LocalDate next = drafted.plusDays(1);
    row(
        a,
        "APPLIED",
        created,
        created,
        deputyId,
        "AGREED",
        Timestamp.valueOf(next.atTime(9, 0)),
        adminId,
        "AGREED",
        Timestamp.valueOf(next.atTime(11, 0)),
        adminId,
        Timestamp.valueOf(next.atTime(11, 5)));
    item(a, what, wrong, correct);
  }

  /** An act submitted at {@code at}, waiting for the deputy's decision. */
  public void waiting(Act a, Timestamp at, Item what, String wrong, String correct)
      throws SQLException {
    row(a, "SUBMITTED", at, at, null, null, null, null, null, null, null, null);
    item(a, what, wrong, correct);
  }

  private void row(Act a, String status, Object... rest) throws SQLException {
    Object[] values = new Object[12 + rest.length];
    Object[] head = {
      a.id(),
      a.yearId(),
      a.seq(),
      a.number(),
      status,
      a.authorId(),
      a.teacherId(),
      a.groupId(),
      a.subjectId(),
      a.recordDate(),
      a.errorNature(),
      a.reason()
    };
    System.arraycopy(head, 0, values, 0, head.length);
    System.arraycopy(rest, 0, values, head.length, rest.length);
    act.add(values);
  }

  private void item(Act a, Item what, String wrong, String correct) throws SQLException {
    item.add(
        a.id(),
        1,
        what.kind(),
        what.studentId(),
        what.lessonId(),
        what.periodKind(),
        wrong,
        correct);
  }

  @Override
  public void close() throws SQLException {
    try {
      act.close();
    } finally {
      item.close();
    }
  }
}
