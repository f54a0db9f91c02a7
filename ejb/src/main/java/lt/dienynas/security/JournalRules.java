package lt.dienynas.security;

import static lt.dienynas.security.Relations.ACTIVE_ASSIGNMENT;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_GROUP;
import static lt.dienynas.security.Relations.TEACHER_OF_GROUP;
import static lt.dienynas.security.Relations.TEACHER_OF_GROUP_ON;
import static lt.dienynas.security.Relations.TEACHES_SUBJECT_TO_STUDENT;
import static lt.dienynas.security.Relations.VDM_CLASS_GROUPS;
import static lt.dienynas.security.Role.CLASS_TEACHER;
import static lt.dienynas.security.Role.DB_ADMIN;
import static lt.dienynas.security.Role.DEPUTY;
import static lt.dienynas.security.Role.NON_FORMAL_TEACHER;
import static lt.dienynas.security.Role.PRESCHOOL_TEACHER;
import static lt.dienynas.security.Role.TEACHER;
import static lt.dienynas.security.Role.VDM_EDUCATOR;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.shared.DateRange;
import lt.dienynas.shared.SchoolClock;

/**
 * Who reads a group's journal and who fills it (§19.8, §23.13, §23.16): the teacher assigned to the
 * group on the day — for a lesson (its record, marks, attendance, notes, integrated subjects), to
 * its group <em>and subject</em> on the lesson's date — or the teacher substituting the lesson; the
 * group's teachers, its class teacher, its VDM educator, a substitute and the school's management
 * read. Nobody else writes a lesson: not a teacher of another subject of the class, not the class
 * teacher, not management; the DB admin corrects only through a correction act (§19.9, §30.1). A
 * teacher enters their own weekly lessons of a group they teach and plans the group's lessons, the
 * DB admin anyone's; substitutions, school days without lessons or remote (§23.3, §23.15) and
 * moving others' lessons are the deputy's and the DB admin's.
 */
@Dependent
class JournalRules {
  /** Roles that fill a journal: the group teachers and the VDM educator. */
  static final Role[] JOURNAL_WRITERS = {
    TEACHER, NON_FORMAL_TEACHER, PRESCHOOL_TEACHER, VDM_EDUCATOR
  };

  private static final String VDM_EDUCATOR_OF_GROUP =
      "SELECT 1 FROM study_group g WHERE g.id = ?2 AND g.school_class_id IN ("
          + VDM_CLASS_GROUPS
          + ")";

  /** The person substitutes (§23.16) at least one lesson of the group. */
  private static final String SUBSTITUTE_IN_GROUP =
      "SELECT 1 FROM lesson WHERE substitute_id = ?1 AND group_id = ?2";

  /**
   * The lesson's substitute, or a teacher assigned to the lesson's group <em>and subject</em> on
   * the lesson's date (an assignment that ended before, or starts after, does not count).
   */
  private static final String LESSON_WRITER =
      """
      SELECT 1 FROM lesson l
       WHERE l.id = ?2
         AND (l.substitute_id = ?1
              OR EXISTS (SELECT 1 FROM teaching_assignment a
                          WHERE a.teacher_id = ?1 AND a.group_id = l.group_id
                            AND a.subject_id = l.subject_id
                            AND a.valid_from <= l.lesson_date
                            AND (a.valid_to IS NULL OR a.valid_to >= l.lesson_date)))
      """;

  private static final String TEACHER_OF_GROUP_SUBJECT_ON =
      "SELECT 1 FROM teaching_assignment WHERE teacher_id = ?1 AND group_id = ?2"
          + " AND subject_id = ?3 AND valid_from <= ?4 AND (valid_to IS NULL OR valid_to >= ?4)";

  private static final String ASSIGNMENTS_IN_GROUP =
      "SELECT subject_id, valid_from, valid_to FROM teaching_assignment"
          + " WHERE teacher_id = ?1 AND group_id = ?2";

  /** The person teaches this subject in this group now (or from a coming date). */
  private static final String TEACHES_SUBJECT_IN_GROUP =
      "SELECT 1 FROM teaching_assignment a WHERE a.teacher_id = ?1 AND a.group_id = ?2"
          + " AND a.subject_id = ?3 AND "
          + ACTIVE_ASSIGNMENT;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  /** Whether the person fills journals at all (a role of {@link #JOURNAL_WRITERS}). */
  boolean writesJournals(Actor actor) {
    return actor.hasAny(JOURNAL_WRITERS);
  }

  boolean mayReadGroupJournal(Actor actor, long groupId) {
    return actor.isSchoolWide()
        || (actor.hasAny(AccessPolicy.GROUP_TEACHERS) && exists(TEACHER_OF_GROUP, actor, groupId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_GROUP, actor, groupId))
        || (actor.has(VDM_EDUCATOR)
            && (exists(TEACHER_OF_GROUP, actor, groupId)
                || exists(VDM_EDUCATOR_OF_GROUP, actor, groupId)))
        || (writesJournals(actor) && exists(SUBSTITUTE_IN_GROUP, actor, groupId));
  }

  /**
   * Fills the journal: the teacher assigned to the group on that date (the VDM educator for the VDM
   * group). Management reads, it does not write (requirements §1).
   */
  boolean mayWriteGroupJournal(Actor actor, long groupId, LocalDate date) {
    return writesJournals(actor)
        && Relations.exists(em, TEACHER_OF_GROUP_ON, actor.personId(), groupId, date);
  }

  /** The lesson's substitute, or assigned to its group and subject on its date. */
  boolean mayWriteLesson(Actor actor, long lessonId) {
    return writesJournals(actor) && exists(LESSON_WRITER, actor, lessonId);
  }

  /** Assigned to teach this subject to this group on this date. */
  boolean mayWriteSubjectJournal(Actor actor, long groupId, long subjectId, LocalDate date) {
    return writesJournals(actor)
        && Relations.exists(
            em, TEACHER_OF_GROUP_SUBJECT_ON, actor.personId(), groupId, subjectId, date);
  }

  /** The rule of {@link #mayWriteLesson} for all the group's lessons, in one query. */
  JournalWriteWindow journalWriteWindow(Actor actor, long groupId) {
    if (!writesJournals(actor)) {
      return new JournalWriteWindow(actor.personId(), false, List.of());
    }
    List<?> rows =
        em.createNativeQuery(ASSIGNMENTS_IN_GROUP)
            .setParameter(1, actor.personId())
            .setParameter(2, groupId)
            .getResultList();
    List<JournalWriteWindow.Assigned> assigned = new ArrayList<>();
    for (Object r : rows) {
      Object[] row = (Object[]) r;
      assigned.add(
          new JournalWriteWindow.Assigned(
              ((Number) row[0]).longValue(),
              new DateRange(
                  toLocalDate(row[1]), row[2] == null ? LocalDate.MAX : toLocalDate(row[2]))));
    }
    return new JournalWriteWindow(actor.personId(), true, assigned);
  }

  /** A teacher their own weekly lessons of a group they teach, the DB admin anyone's. */
  boolean mayWriteTimetable(Actor actor, long groupId, long teacherId) {
    return actor.has(DB_ADMIN)
        || (actor.personId() == teacherId
            && writesJournals(actor)
            && exists(TEACHER_OF_GROUP, actor, groupId));
  }

  /** Generates a group's lessons from the timetable: a teacher of the group, or the DB admin. */
  boolean mayPlanGroup(Actor actor, long groupId) {
    return actor.has(DB_ADMIN)
        || (writesJournals(actor) && exists(TEACHER_OF_GROUP, actor, groupId));
  }

  /** Teaches this subject in this group now: announces its tests, enters its period grades. */
  boolean isSubjectTeacher(Actor actor, long groupId, long subjectId) {
    return actor.hasAny(AccessPolicy.GROUP_TEACHERS)
        && Relations.exists(
            em, clock, TEACHES_SUBJECT_IN_GROUP, actor.personId(), groupId, subjectId);
  }

  /** Teaches this student this subject: additional and summer work and its result. */
  boolean isSubjectTeacherOfStudent(Actor actor, long studentId, long subjectId) {
    return actor.hasAny(AccessPolicy.GROUP_TEACHERS)
        && Relations.exists(em, TEACHES_SUBJECT_TO_STUDENT, actor.personId(), studentId, subjectId);
  }

  /** Moves lessons and arranges the timetable's changes beyond one's own lessons. */
  boolean arrangesTimetable(Actor actor) {
    return actor.hasAny(DEPUTY, DB_ADMIN);
  }

  private boolean exists(String sql, Actor actor, long targetId) {
    return Relations.exists(em, sql, actor.personId(), targetId);
  }

  private static LocalDate toLocalDate(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }
}
