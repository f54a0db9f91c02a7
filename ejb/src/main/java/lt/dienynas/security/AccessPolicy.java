package lt.dienynas.security;

import static lt.dienynas.security.Role.ARCHIVIST;
import static lt.dienynas.security.Role.CAREER_SPECIALIST;
import static lt.dienynas.security.Role.CLASS_TEACHER;
import static lt.dienynas.security.Role.DB_ADMIN;
import static lt.dienynas.security.Role.DEPUTY;
import static lt.dienynas.security.Role.DIRECTOR;
import static lt.dienynas.security.Role.GUARDIAN;
import static lt.dienynas.security.Role.HEALTH_SPECIALIST;
import static lt.dienynas.security.Role.NON_FORMAL_TEACHER;
import static lt.dienynas.security.Role.PRESCHOOL_TEACHER;
import static lt.dienynas.security.Role.PSYCHOLOGIST;
import static lt.dienynas.security.Role.SOCIAL_PEDAGOGUE;
import static lt.dienynas.security.Role.SPECIAL_PEDAGOGUE;
import static lt.dienynas.security.Role.SPEECH_THERAPIST;
import static lt.dienynas.security.Role.STUDENT;
import static lt.dienynas.security.Role.TEACHER;
import static lt.dienynas.security.Role.VDM_EDUCATOR;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.shared.DateRange;

/**
 * Who may see and change what (requirements §1, regulation §17): one answer for every service,
 * decided from the person and their relationship to the thing — class teacher <em>of this
 * class</em>, teacher <em>of this group</em>, guardian <em>of this child</em> — never from the role
 * name alone. A role counts only together with its relationship, and anything not allowed here is
 * refused (deny by default).
 *
 * <p>The {@code require…} methods check the calling person, record a refusal (who, what, when) and
 * throw {@link AccessDeniedException}; the {@code may…} methods answer for any {@link Actor}. A
 * thing that does not exist is refused exactly like one the person may not see.
 */
@Stateless
@PermitAll
public class AccessPolicy {

  /** Roles of the specialists of §24–§27 who see the students they support. */
  private static final Role[] SPECIALISTS = {
    SOCIAL_PEDAGOGUE, PSYCHOLOGIST, SPECIAL_PEDAGOGUE, SPEECH_THERAPIST, CAREER_SPECIALIST
  };

  /** Roles that teach groups: subject, non-formal and pre-school teachers. */
  private static final Role[] GROUP_TEACHERS = {TEACHER, NON_FORMAL_TEACHER, PRESCHOOL_TEACHER};

  /** Roles that fill a journal: the group teachers and the VDM educator. */
  private static final Role[] JOURNAL_WRITERS = {
    TEACHER, NON_FORMAL_TEACHER, PRESCHOOL_TEACHER, VDM_EDUCATOR
  };

  private static final String GUARDIAN_OF =
      "SELECT 1 FROM guardianship WHERE guardian_id = ?1 AND student_id = ?2";

  private static final String CLASS_TEACHER_OF_STUDENT =
      """
      SELECT 1 FROM group_member m
        JOIN study_group g ON g.id = m.group_id AND g.kind IN ('CLASS', 'PRESCHOOL')
        JOIN school_class c ON c.id = g.school_class_id
       WHERE c.class_teacher_id = ?1 AND m.student_id = ?2
      """;

  /** The student was in a group while the person taught it (the periods overlap). */
  private static final String TEACHER_OF_STUDENT =
      """
      SELECT 1 FROM group_member m
        JOIN teaching_assignment a ON a.group_id = m.group_id
       WHERE a.teacher_id = ?1 AND m.student_id = ?2
         AND m.valid_from <= COALESCE(a.valid_to, DATE '9999-12-31')
         AND a.valid_from <= COALESCE(m.valid_to, DATE '9999-12-31')
      """;

  /** The classes of a VDM group: every class that one of the VDM group's members belongs to. */
  private static final String VDM_CLASS_GROUPS =
      """
      SELECT cg.school_class_id FROM teaching_assignment a
        JOIN study_group v ON v.id = a.group_id AND v.kind = 'VDM'
        JOIN group_member vm ON vm.group_id = v.id
        JOIN group_member cm ON cm.student_id = vm.student_id
        JOIN study_group cg ON cg.id = cm.group_id AND cg.kind = 'CLASS'
       WHERE a.teacher_id = ?1
      """;

  private static final String VDM_EDUCATOR_OF_STUDENT =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
          + " WHERE m.student_id = ?2 AND g.school_class_id IN ("
          + VDM_CLASS_GROUPS
          + ")";

  private static final String SUPPORTS_STUDENT =
      "SELECT 1 FROM student_support WHERE specialist_id = ?1 AND student_id = ?2";

  private static final String TEACHER_OF_GROUP =
      "SELECT 1 FROM teaching_assignment WHERE teacher_id = ?1 AND group_id = ?2";

  private static final String TEACHER_OF_GROUP_ON =
      "SELECT 1 FROM teaching_assignment WHERE teacher_id = ?1 AND group_id = ?2"
          + " AND valid_from <= ?3 AND (valid_to IS NULL OR valid_to >= ?3)";

  private static final String CLASS_TEACHER_OF_GROUP =
      "SELECT 1 FROM study_group g JOIN school_class c ON c.id = g.school_class_id"
          + " WHERE g.id = ?2 AND c.class_teacher_id = ?1";

  private static final String VDM_EDUCATOR_OF_GROUP =
      "SELECT 1 FROM study_group g WHERE g.id = ?2 AND g.school_class_id IN ("
          + VDM_CLASS_GROUPS
          + ")";

  private static final String CLASS_TEACHER_OF_CLASS =
      "SELECT 1 FROM school_class WHERE id = ?2 AND class_teacher_id = ?1";

  private static final String TEACHER_OF_CLASS =
      "SELECT 1 FROM teaching_assignment a JOIN study_group g ON g.id = a.group_id"
          + " WHERE a.teacher_id = ?1 AND g.school_class_id = ?2";

  private static final String VDM_EDUCATOR_OF_CLASS =
      "SELECT 1 FROM school_class c WHERE c.id = ?2 AND c.id IN (" + VDM_CLASS_GROUPS + ")";

  /** The person substitutes (§23.16) at least one lesson of the group. */
  private static final String SUBSTITUTE_IN_GROUP =
      "SELECT 1 FROM lesson WHERE substitute_id = ?1 AND group_id = ?2";

  private static final String LESSON_GROUP_DATE_SUBSTITUTE =
      "SELECT group_id, lesson_date, substitute_id FROM lesson WHERE id = ?1";

  private static final String ASSIGNMENTS_IN_GROUP =
      "SELECT valid_from, valid_to FROM teaching_assignment WHERE teacher_id = ?1 AND group_id = ?2";

  private static final String IS_STUDENT_OF_UPPER_GRADE =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
          + " JOIN school_class c ON c.id = g.school_class_id"
          + " WHERE m.student_id = ?2 AND c.level = 'GRADE' AND c.grade BETWEEN 5 AND 8"
          + " AND ?1 = ?2";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private Actors actors;

  @EJB private RefusalLog refusals;

  // --- the calling person -------------------------------------------------------------------

  /** The calling person may read this student's diary (marks, attendance, remarks). */
  public Actor requireStudentDiaryRead(long studentId) {
    Actor actor = actors.current();
    return require(
        actor, mayReadStudentDiary(actor, studentId), "STUDENT_DIARY_READ", "student", studentId);
  }

  /** The calling person may read this group's journal (its lessons, marks and attendance). */
  public Actor requireGroupJournalRead(long groupId) {
    Actor actor = actors.current();
    return require(
        actor, mayReadGroupJournal(actor, groupId), "GROUP_JOURNAL_READ", "group", groupId);
  }

  /** The calling person may fill this group's journal on this date (teaches it then). */
  public Actor requireGroupJournalWrite(long groupId, LocalDate date) {
    Actor actor = actors.current();
    return require(
        actor, mayWriteGroupJournal(actor, groupId, date), "GROUP_JOURNAL_WRITE", "group", groupId);
  }

  /** The calling person may read this class's records (student list, class activity). */
  public Actor requireClassRead(long classId) {
    Actor actor = actors.current();
    return require(actor, mayReadClass(actor, classId), "CLASS_READ", "class", classId);
  }

  /** The calling person is this class's class teacher (justifications, class data, remarks). */
  public Actor requireClassTeacherOf(long classId) {
    Actor actor = actors.current();
    return require(actor, isClassTeacherOf(actor, classId), "CLASS_TEACHER_WORK", "class", classId);
  }

  /** The calling person may read this student's health data (health specialist, director). */
  public Actor requireHealthRead(long studentId) {
    Actor actor = actors.current();
    return require(actor, mayReadHealth(actor, studentId), "HEALTH_READ", "student", studentId);
  }

  /** The calling person may record health data and send health notices (health specialist). */
  public Actor requireHealthWrite(long studentId) {
    Actor actor = actors.current();
    return require(actor, mayWriteHealth(actor, studentId), "HEALTH_WRITE", "student", studentId);
  }

  /** The calling person administers the diary (DB admin): year set-up, accounts, locks. */
  public Actor requireAdministration(String action) {
    Actor actor = actors.current();
    return require(actor, mayAdminister(actor), action, null, null);
  }

  /** The calling person oversees the whole school (director, deputy, DB admin). */
  public Actor requireSchoolWideRead(String action) {
    Actor actor = actors.current();
    return require(actor, actor.isSchoolWide(), action, null, null);
  }

  /** The calling person may see students' movements and the archive (archivist, management). */
  public Actor requireArchiveRead(String action) {
    Actor actor = actors.current();
    return require(actor, actor.has(ARCHIVIST) || actor.isSchoolWide(), action, null, null);
  }

  /**
   * The calling person may fill this lesson: the group's teacher on the lesson's date, or the
   * teacher substituting it (§23.16, §19.8).
   */
  public Actor requireLessonWrite(long lessonId) {
    Actor actor = actors.current();
    return require(actor, mayWriteLesson(actor, lessonId), "LESSON_WRITE", "lesson", lessonId);
  }

  /**
   * The calling person may enter this weekly lesson for this teacher: a teacher their own lessons
   * of a group they teach, the DB admin anyone's.
   */
  public Actor requireTimetableWrite(long groupId, long teacherId) {
    Actor actor = actors.current();
    return require(
        actor, mayWriteTimetable(actor, groupId, teacherId), "TIMETABLE_WRITE", "group", groupId);
  }

  /**
   * The calling person may plan this group's lessons (generate them from the timetable): a teacher
   * of the group, or the DB admin.
   */
  public Actor requireGroupPlanning(long groupId) {
    Actor actor = actors.current();
    return require(
        actor,
        mayAdminister(actor)
            || (actor.hasAny(JOURNAL_WRITERS) && exists(TEACHER_OF_GROUP, actor, groupId)),
        "GROUP_PLANNING",
        "group",
        groupId);
  }

  /** The calling person is the class teacher of this student (justifications, §21.8). */
  public Actor requireClassTeacherOfStudent(long studentId) {
    Actor actor = actors.current();
    return require(
        actor,
        isClassTeacherOfStudent(actor, studentId),
        "CLASS_TEACHER_OF_STUDENT",
        "student",
        studentId);
  }

  /** The calling person is a parent or guardian of this student (justification notes). */
  public Actor requireGuardianOf(long studentId) {
    Actor actor = actors.current();
    return require(
        actor,
        actor.has(GUARDIAN) && exists(GUARDIAN_OF, actor, studentId),
        "GUARDIAN_OF",
        "student",
        studentId);
  }

  /**
   * The calling person may write praise, remarks and comments for this student: their class
   * teacher, a teacher of theirs, their VDM educator.
   */
  public Actor requireStudentNoteWrite(long studentId) {
    Actor actor = actors.current();
    return require(
        actor, mayWriteStudentNote(actor, studentId), "STUDENT_NOTE_WRITE", "student", studentId);
  }

  /** The calling person arranges substitutions (the deputy, the DB admin). */
  public Actor requireSubstitutionArrangement() {
    Actor actor = actors.current();
    return require(actor, actor.hasAny(DEPUTY, DB_ADMIN), "SUBSTITUTION_ARRANGE", null, null);
  }

  /**
   * Refuses for a rule the caller decided itself (e.g. one that needs data this policy does not
   * hold): records the refusal and returns the exception to throw.
   */
  public AccessDeniedException refuse(String action, String targetType, Object targetId) {
    refusals.record(actors.current().login(), action, targetType, targetId);
    return new AccessDeniedException();
  }

  // --- any person ---------------------------------------------------------------------------

  public boolean mayReadStudentDiary(Actor actor, long studentId) {
    return actor.isSchoolWide()
        || (actor.has(GUARDIAN) && exists(GUARDIAN_OF, actor, studentId))
        || (actor.has(STUDENT) && exists(IS_STUDENT_OF_UPPER_GRADE, actor, studentId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_STUDENT, actor, studentId))
        || (actor.hasAny(GROUP_TEACHERS) && exists(TEACHER_OF_STUDENT, actor, studentId))
        || (actor.has(VDM_EDUCATOR) && exists(VDM_EDUCATOR_OF_STUDENT, actor, studentId))
        || (actor.hasAny(SPECIALISTS) && exists(SUPPORTS_STUDENT, actor, studentId));
  }

  public boolean mayReadGroupJournal(Actor actor, long groupId) {
    return actor.isSchoolWide()
        || (actor.hasAny(GROUP_TEACHERS) && exists(TEACHER_OF_GROUP, actor, groupId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_GROUP, actor, groupId))
        || (actor.has(VDM_EDUCATOR)
            && (exists(TEACHER_OF_GROUP, actor, groupId)
                || exists(VDM_EDUCATOR_OF_GROUP, actor, groupId)))
        || (actor.hasAny(JOURNAL_WRITERS) && exists(SUBSTITUTE_IN_GROUP, actor, groupId));
  }

  /**
   * Fills the journal: the teacher assigned to the group on that date (the VDM educator for the VDM
   * group). Management reads, it does not write (requirements §1).
   */
  public boolean mayWriteGroupJournal(Actor actor, long groupId, LocalDate date) {
    return actor.hasAny(JOURNAL_WRITERS)
        && !em.createNativeQuery(TEACHER_OF_GROUP_ON)
            .setParameter(1, actor.personId())
            .setParameter(2, groupId)
            .setParameter(3, date)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  public boolean mayWriteLesson(Actor actor, long lessonId) {
    if (!actor.hasAny(JOURNAL_WRITERS)) {
      return false;
    }
    List<?> rows =
        em.createNativeQuery(LESSON_GROUP_DATE_SUBSTITUTE)
            .setParameter(1, lessonId)
            .getResultList();
    if (rows.isEmpty()) {
      return false;
    }
    Object[] row = (Object[]) rows.get(0);
    long groupId = ((Number) row[0]).longValue();
    LocalDate date = toLocalDate(row[1]);
    Long substitute = row[2] == null ? null : ((Number) row[2]).longValue();
    return Long.valueOf(actor.personId()).equals(substitute)
        || mayWriteGroupJournal(actor, groupId, date);
  }

  /**
   * When the person may fill this group's journal, in one query: for a page that shows many
   * lessons, instead of asking {@link #mayWriteLesson} for each.
   */
  public JournalWriteWindow journalWriteWindow(Actor actor, long groupId) {
    if (!actor.hasAny(JOURNAL_WRITERS)) {
      return new JournalWriteWindow(actor.personId(), false, List.of());
    }
    List<?> rows =
        em.createNativeQuery(ASSIGNMENTS_IN_GROUP)
            .setParameter(1, actor.personId())
            .setParameter(2, groupId)
            .getResultList();
    List<DateRange> ranges = new ArrayList<>();
    for (Object r : rows) {
      Object[] row = (Object[]) r;
      ranges.add(
          new DateRange(toLocalDate(row[0]), row[1] == null ? LocalDate.MAX : toLocalDate(row[1])));
    }
    return new JournalWriteWindow(actor.personId(), true, ranges);
  }

  public boolean mayWriteTimetable(Actor actor, long groupId, long teacherId) {
    return mayAdminister(actor)
        || (actor.personId() == teacherId
            && actor.hasAny(JOURNAL_WRITERS)
            && exists(TEACHER_OF_GROUP, actor, groupId));
  }

  public boolean isClassTeacherOfStudent(Actor actor, long studentId) {
    return actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_STUDENT, actor, studentId);
  }

  public boolean mayWriteStudentNote(Actor actor, long studentId) {
    return isClassTeacherOfStudent(actor, studentId)
        || (actor.hasAny(GROUP_TEACHERS) && exists(TEACHER_OF_STUDENT, actor, studentId))
        || (actor.has(VDM_EDUCATOR) && exists(VDM_EDUCATOR_OF_STUDENT, actor, studentId));
  }

  public boolean mayReadClass(Actor actor, long classId) {
    return actor.isSchoolWide()
        || isClassTeacherOf(actor, classId)
        || (actor.hasAny(GROUP_TEACHERS) && exists(TEACHER_OF_CLASS, actor, classId))
        || (actor.has(VDM_EDUCATOR) && exists(VDM_EDUCATOR_OF_CLASS, actor, classId));
  }

  public boolean isClassTeacherOf(Actor actor, long classId) {
    return actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_CLASS, actor, classId);
  }

  /** Health data (§7.2, §28): the health specialist and the director only. */
  public boolean mayReadHealth(Actor actor, long studentId) {
    return actor.hasAny(HEALTH_SPECIALIST, DIRECTOR) && studentExists(studentId);
  }

  public boolean mayWriteHealth(Actor actor, long studentId) {
    return actor.has(HEALTH_SPECIALIST) && studentExists(studentId);
  }

  public boolean mayAdminister(Actor actor) {
    return actor.has(DB_ADMIN);
  }

  // ------------------------------------------------------------------------------------------

  private Actor require(
      Actor actor, boolean allowed, String action, String targetType, Object targetId) {
    if (!allowed) {
      refusals.record(actor.login(), action, targetType, targetId);
      throw new AccessDeniedException();
    }
    return actor;
  }

  private boolean exists(String sql, Actor actor, long targetId) {
    return !em.createNativeQuery(sql)
        .setParameter(1, actor.personId())
        .setParameter(2, targetId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
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

  private boolean studentExists(long studentId) {
    return !em.createNativeQuery("SELECT 1 FROM student WHERE person_id = ?1")
        .setParameter(1, studentId)
        .getResultList()
        .isEmpty();
  }
}
