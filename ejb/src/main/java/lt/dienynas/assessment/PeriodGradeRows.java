package lt.dienynas.assessment;

import lt.dienynas.school.GroupKind;

/**
 * The rows of {@link PeriodGradeService}'s native queries, each mapped once from its {@code
 * Object[]} (MariaDB's ids as numbers of any width, its booleans as {@code Boolean} or a number).
 */
final class PeriodGradeRows {

  private PeriodGradeRows() {}

  /** {@code e.group_id, e.open}: an entry setting of the group's own (group set) or its class's. */
  record EntryRow(Long groupId, boolean open) {
    static EntryRow of(Object row) {
      Object[] r = (Object[]) row;
      return new EntryRow(
          r[0] == null ? null : ((Number) r[0]).longValue(), PeriodGradeService.toBoolean(r[1]));
    }
  }

  /**
   * {@code g.id, g.name, g.kind, g.school_class_id, g.school_year_id, eg.open, ec.open}: a graded
   * group with its own entry setting and its class's (each null for none).
   */
  record EntryStateRow(
      long groupId,
      String groupName,
      GroupKind kind,
      Long classId,
      long yearId,
      Boolean ownOpen,
      Boolean classOpen) {

    static EntryStateRow of(Object row) {
      Object[] r = (Object[]) row;
      return new EntryStateRow(
          ((Number) r[0]).longValue(),
          (String) r[1],
          GroupKind.valueOf((String) r[2]),
          r[3] == null ? null : ((Number) r[3]).longValue(),
          ((Number) r[4]).longValue(),
          r[5] == null ? null : PeriodGradeService.toBoolean(r[5]),
          r[6] == null ? null : PeriodGradeService.toBoolean(r[6]));
    }

    /** The group's own setting, else its class's; a class group stands for its class. */
    GradeEntryState toState() {
      boolean open = ownOpen != null ? ownOpen : classOpen != null && classOpen;
      return new GradeEntryState(
          yearId,
          kind == GroupKind.CLASS && classId != null ? classId : null,
          groupId,
          groupName,
          kind,
          open);
    }
  }

  /** {@code p.id, p.first_name, p.last_name}: a student of the group in the period. */
  record MemberRow(long studentId, String firstName, String lastName) {
    static MemberRow of(Object row) {
      Object[] r = (Object[]) row;
      return new MemberRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2]);
    }

    String fullName() {
      return firstName + " " + lastName;
    }
  }

  /**
   * {@code mk.student_id, mk.scale, mk.mark_value, mk.kind, mk.institution}: a mark of the period.
   */
  record MarkRow(
      long studentId, MarkScale scale, String value, AssessmentKind kind, String institution) {
    static MarkRow of(Object row) {
      Object[] r = (Object[]) row;
      return new MarkRow(
          ((Number) r[0]).longValue(),
          MarkScale.valueOf((String) r[1]),
          (String) r[2],
          AssessmentKind.valueOf((String) r[3]),
          (String) r[4]);
    }

    /** The mark, without its comment. */
    MarkValue mark() {
      return new MarkValue(scale, value, null);
    }
  }
}
