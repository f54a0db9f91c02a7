package lt.dienynas.security;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import lt.dienynas.shared.SchoolClock;

/**
 * The relationships access is decided from, as SQL over the person ({@code ?1}) and the thing
 * ({@code ?2}), shared by {@link AccessPolicy} and the rules of its areas.
 */
final class Relations {
  /**
   * The school's today in a query: {@link #exists(EntityManager, SchoolClock, String, Object...)}
   * binds it from the {@link SchoolClock} (the database's CURRENT_DATE runs in the server's zone
   * and cannot be set by a test).
   */
  static final String TODAY = ":today";

  static final String ACTIVE_MEMBER = "(m.valid_to IS NULL OR m.valid_to >= " + TODAY + ")";

  static final String ACTIVE_ASSIGNMENT = "(a.valid_to IS NULL OR a.valid_to >= " + TODAY + ")";

  static final String TEACHER_OF_GROUP_NOW =
      "SELECT 1 FROM teaching_assignment a WHERE a.teacher_id = ?1 AND a.group_id = ?2 AND "
          + ACTIVE_ASSIGNMENT;

  static final String CLASS_TEACHER_OF_GROUP =
      "SELECT 1 FROM study_group g JOIN school_class c ON c.id = g.school_class_id"
          + " WHERE g.id = ?2 AND c.class_teacher_id = ?1";

  static final String TEACHER_OF_CLASS =
      "SELECT 1 FROM teaching_assignment a JOIN study_group g ON g.id = a.group_id"
          + " WHERE a.teacher_id = ?1 AND g.school_class_id = ?2";

  static final String CLASS_TEACHER_OF_CLASS =
      "SELECT 1 FROM school_class WHERE id = ?2 AND class_teacher_id = ?1";

  static final String GUARDIAN_OF =
      "SELECT 1 FROM guardianship WHERE guardian_id = ?1 AND student_id = ?2";

  static final String STUDENT_EXISTS = "SELECT 1 FROM student WHERE person_id = ?1";

  static final String PRESCHOOL_GROUP =
      "SELECT 1 FROM study_group WHERE id = ?1 AND kind = 'PRESCHOOL'";

  /** The person teaches the group (any time). */
  static final String TEACHER_OF_GROUP =
      "SELECT 1 FROM teaching_assignment WHERE teacher_id = ?1 AND group_id = ?2";

  /** The person teaches the group on the day. */
  static final String TEACHER_OF_GROUP_ON =
      "SELECT 1 FROM teaching_assignment WHERE teacher_id = ?1 AND group_id = ?2"
          + " AND valid_from <= ?3 AND (valid_to IS NULL OR valid_to >= ?3)";

  static final String CLASS_TEACHER_OF_STUDENT =
      """
      SELECT 1 FROM group_member m
        JOIN study_group g ON g.id = m.group_id AND g.kind IN ('CLASS', 'PRESCHOOL')
        JOIN school_class c ON c.id = g.school_class_id
       WHERE c.class_teacher_id = ?1 AND m.student_id = ?2
      """;

  /** The guardian's child is in a class of which the person is the class teacher. */
  static final String CLASS_TEACHER_OF_GUARDIANS_CHILD =
      """
      SELECT 1 FROM guardianship gs
        JOIN group_member m ON m.student_id = gs.student_id
        JOIN study_group g ON g.id = m.group_id AND g.kind IN ('CLASS', 'PRESCHOOL')
        JOIN school_class c ON c.id = g.school_class_id
       WHERE c.class_teacher_id = ?1 AND gs.guardian_id = ?2
      """;

  /** The person teaches this subject in a group of the student's (any time of their membership). */
  static final String TEACHES_SUBJECT_TO_STUDENT =
      "SELECT 1 FROM group_member m JOIN teaching_assignment a ON a.group_id = m.group_id"
          + " WHERE a.teacher_id = ?1 AND m.student_id = ?2 AND a.subject_id = ?3";

  /** The student was in a group while the person taught it (the periods overlap). */
  static final String TEACHER_OF_STUDENT =
      """
      SELECT 1 FROM group_member m
        JOIN teaching_assignment a ON a.group_id = m.group_id
       WHERE a.teacher_id = ?1 AND m.student_id = ?2
         AND m.valid_from <= COALESCE(a.valid_to, DATE '9999-12-31')
         AND a.valid_from <= COALESCE(m.valid_to, DATE '9999-12-31')
      """;

  /**
   * The classes of the VDM groups the person ({@code ?1}) teaches: every class that one of a VDM
   * group's members belongs to (a subquery).
   */
  static final String VDM_CLASS_GROUPS =
      """
      SELECT cg.school_class_id FROM teaching_assignment a
        JOIN study_group v ON v.id = a.group_id AND v.kind = 'VDM'
        JOIN group_member vm ON vm.group_id = v.id
        JOIN group_member cm ON cm.student_id = vm.student_id
        JOIN study_group cg ON cg.id = cm.group_id AND cg.kind = 'CLASS'
       WHERE a.teacher_id = ?1
      """;

  static final String CLASS_EXISTS = "SELECT 1 FROM school_class WHERE id = ?1";

  static final String GROUP_EXISTS = "SELECT 1 FROM study_group WHERE id = ?1";

  /** Whether the query finds a row, its parameters numbered in order (it has no {@link #TODAY}). */
  static boolean exists(EntityManager em, String sql, Object... parameters) {
    if (sql.contains(TODAY)) {
      throw new IllegalArgumentException("the query needs the school's today: " + sql);
    }
    return exists(em.createNativeQuery(sql), parameters);
  }

  /**
   * Whether the query finds a row, its parameters numbered in order and each {@link #TODAY} the
   * parameter after them, bound to the clock's today.
   */
  static boolean exists(EntityManager em, SchoolClock clock, String sql, Object... parameters) {
    if (!sql.contains(TODAY)) {
      return exists(em.createNativeQuery(sql), parameters);
    }
    int today = parameters.length + 1;
    Query query = em.createNativeQuery(sql.replace(TODAY, "?" + today));
    query.setParameter(today, clock.today());
    return exists(query, parameters);
  }

  private static boolean exists(Query query, Object... parameters) {
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return !query.setMaxResults(1).getResultList().isEmpty();
  }

  private Relations() {}
}
