package lt.dienynas.security;

import static lt.dienynas.security.Relations.ACTIVE_ASSIGNMENT;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_CLASS;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_GROUP;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_GUARDIANS_CHILD;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_STUDENT;
import static lt.dienynas.security.Relations.GUARDIAN_OF;
import static lt.dienynas.security.Relations.TEACHER_OF_CLASS;
import static lt.dienynas.security.Relations.TEACHER_OF_GROUP;
import static lt.dienynas.security.Relations.TEACHER_OF_GROUP_ON;
import static lt.dienynas.security.Relations.TEACHES_SUBJECT_TO_STUDENT;
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

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import lt.dienynas.shared.DateRange;
import lt.dienynas.shared.TransactionMemo;

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
  static final Role[] SPECIALISTS = {
    SOCIAL_PEDAGOGUE, PSYCHOLOGIST, SPECIAL_PEDAGOGUE, SPEECH_THERAPIST, CAREER_SPECIALIST
  };

  /** Roles that teach groups: subject, non-formal and pre-school teachers. */
  static final Role[] GROUP_TEACHERS = {TEACHER, NON_FORMAL_TEACHER, PRESCHOOL_TEACHER};

  /** Roles that fill a journal: the group teachers and the VDM educator. */
  private static final Role[] JOURNAL_WRITERS = {
    TEACHER, NON_FORMAL_TEACHER, PRESCHOOL_TEACHER, VDM_EDUCATOR
  };

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

  /** Support that has not ended: an ended assignment no longer opens the student's diary. */
  private static final String SUPPORTS_STUDENT =
      "SELECT 1 FROM student_support WHERE specialist_id = ?1 AND student_id = ?2"
          + " AND (valid_to IS NULL OR valid_to >= CURRENT_DATE)";

  private static final String ACCEPTED_CURRENT_PLEDGE =
      """
      SELECT 1 FROM pledge_acceptance a
       WHERE a.person_id = ?1
         AND a.pledge_version = (SELECT MAX(p.version) FROM confidentiality_pledge p
                                  WHERE p.effective_from <= CURRENT_TIMESTAMP(3))
      """;

  private static final String VDM_EDUCATOR_OF_GROUP =
      "SELECT 1 FROM study_group g WHERE g.id = ?2 AND g.school_class_id IN ("
          + VDM_CLASS_GROUPS
          + ")";

  private static final String VDM_EDUCATOR_OF_CLASS =
      "SELECT 1 FROM school_class c WHERE c.id = ?2 AND c.id IN (" + VDM_CLASS_GROUPS + ")";

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

  private static final String IS_STUDENT_OF_UPPER_GRADE =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
          + " JOIN school_class c ON c.id = g.school_class_id"
          + " WHERE m.student_id = ?2 AND c.level = 'GRADE' AND c.grade BETWEEN 5 AND 8"
          + " AND ?1 = ?2";

  /** The person teaches this subject in this group now (or from a coming date). */
  private static final String TEACHES_SUBJECT_IN_GROUP =
      "SELECT 1 FROM teaching_assignment a WHERE a.teacher_id = ?1 AND a.group_id = ?2"
          + " AND a.subject_id = ?3 AND "
          + ACTIVE_ASSIGNMENT;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transaction;

  @EJB private Actors actors;

  @EJB private RefusalLog refusals;

  @jakarta.inject.Inject private ClassDocumentRules classDocuments;

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
   * The calling person accepts a class's confirmed achievement summary (§21.18: the deputy for
   * education); an unknown class is refused like a forbidden one.
   */
  public Actor requireSummaryAcceptance(long classId) {
    Actor actor = actors.current();
    return require(
        actor, mayAcceptSummary(actor, classId), "YEAREND_SUMMARY_ACCEPT", "class", classId);
  }

  /**
   * The calling person takes part in the year end: a class teacher (own classes), the school's
   * management, or the archivist (packages).
   */
  public Actor requireYearEndWork() {
    Actor actor = actors.current();
    return require(
        actor,
        actor.isSchoolWide() || actor.hasAny(CLASS_TEACHER, ARCHIVIST),
        "YEAREND_WORK",
        null,
        null);
  }

  /**
   * The class's semester and annual progress and attendance reports (§21.17): only its class
   * teacher prepares, checks and confirms them.
   */
  public Actor requireClassReportPreparation(long classId) {
    Actor actor = actors.current();
    return require(
        actor, isClassTeacherOf(actor, classId), "CLASS_REPORT_PREPARE", "class", classId);
  }

  /** A confirmed class report is accepted or returned by the deputy for education only. */
  public Actor requireClassReportReview(long classId) {
    Actor actor = actors.current();
    return require(
        actor, actor.has(DEPUTY) && classExists(classId), "CLASS_REPORT_REVIEW", "class", classId);
  }

  /** A class's reports are read by its class teacher and the school's management. */
  public Actor requireClassReportRead(long classId) {
    Actor actor = actors.current();
    return require(
        actor,
        (actor.isSchoolWide() && classExists(classId)) || isClassTeacherOf(actor, classId),
        "CLASS_REPORT_READ",
        "class",
        classId);
  }

  public boolean mayAcceptSummary(Actor actor, long classId) {
    return actor.has(DEPUTY) && classExists(classId);
  }

  /** The calling person may read the refusal log (DB admin, director). */
  public Actor requireRefusalLogRead() {
    Actor actor = actors.current();
    return require(actor, actor.hasAny(DB_ADMIN, DIRECTOR), "REFUSAL_LOG_READ", null, null);
  }

  /** The calling person works with health data at all (search): health specialist, director. */
  public Actor requireHealthWork(String action) {
    Actor actor = actors.current();
    return require(actor, actor.hasAny(HEALTH_SPECIALIST, DIRECTOR), action, null, null);
  }

  /** The calling person teaches (any teacher role): their own notices and worklists. */
  public Actor requireTeacherWork(String action) {
    Actor actor = actors.current();
    return require(
        actor,
        actor.hasAny(TEACHER, NON_FORMAL_TEACHER, PRESCHOOL_TEACHER, VDM_EDUCATOR, CLASS_TEACHER),
        action,
        null,
        null);
  }

  /** The calling person supports students (a specialist of §24–§27): their own list. */
  public Actor requireSupportWork() {
    Actor actor = actors.current();
    return require(actor, actor.hasAny(SPECIALISTS), "SUPPORTED_STUDENTS_READ", null, null);
  }

  /**
   * The calling person may give this student or guardian their first login (§18.3, §21.3): the DB
   * admin, or the class teacher of the student's class (of a guardian's child's class).
   */
  public Actor requireCredentialIssue(long personId) {
    Actor actor = actors.current();
    return require(
        actor, mayIssueCredentials(actor, personId), "CREDENTIALS_ISSUE", "person", personId);
  }

  /**
   * The calling person may fill this subject's journal of this group on this date (add a lesson):
   * assigned to teach that subject to that group then.
   */
  public Actor requireSubjectJournalWrite(long groupId, long subjectId, LocalDate date) {
    Actor actor = actors.current();
    return require(
        actor,
        mayWriteSubjectJournal(actor, groupId, subjectId, date),
        "SUBJECT_JOURNAL_WRITE",
        "group",
        groupId);
  }

  /**
   * The calling person may fill this lesson (its record, marks, attendance, notes, integrated
   * subjects): the teacher assigned to the lesson's group and subject on the lesson's date, or the
   * teacher substituting it (§23.16, §19.8). Nobody else — not a teacher of another subject of the
   * class, not the class teacher, not management; the DB admin corrects only through a correction
   * act (§19.9, §30.1).
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
    return require(actor, mayPlanGroup(actor, groupId), "GROUP_PLANNING", "group", groupId);
  }

  /** Whether the person may plan this group's lessons ({@link #requireGroupPlanning}). */
  public boolean mayPlanGroup(Actor actor, long groupId) {
    return mayAdminister(actor)
        || (actor.hasAny(JOURNAL_WRITERS) && exists(TEACHER_OF_GROUP, actor, groupId));
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

  /**
   * The calling person teaches this subject in this group: announces its tests and enters its
   * period grades.
   */
  public Actor requireSubjectTeacher(long groupId, long subjectId) {
    Actor actor = actors.current();
    return require(
        actor,
        isSubjectTeacher(actor, groupId, subjectId),
        "SUBJECT_TEACHER_WORK",
        "group",
        groupId);
  }

  /**
   * The calling person teaches this student this subject: assigns additional and summer work and
   * enters its result.
   */
  public Actor requireSubjectTeacherOfStudent(long studentId, long subjectId) {
    Actor actor = actors.current();
    return require(
        actor,
        actor.hasAny(GROUP_TEACHERS)
            && exists(TEACHES_SUBJECT_TO_STUDENT, actor, studentId, subjectId),
        "SUBJECT_TEACHER_OF_STUDENT",
        "student",
        studentId);
  }

  /** The calling person arranges substitutions (the deputy, the DB admin). */
  public Actor requireSubstitutionArrangement() {
    Actor actor = actors.current();
    return require(actor, actor.hasAny(DEPUTY, DB_ADMIN), "SUBSTITUTION_ARRANGE", null, null);
  }

  /**
   * The calling person marks school days as days without lessons or remote-teaching days for the
   * whole school or for classes (§23.3, §23.15): the deputy, the DB admin.
   */
  public Actor requireSchoolDayMarking() {
    Actor actor = actors.current();
    return require(actor, actor.hasAny(DEPUTY, DB_ADMIN), "SCHOOL_DAY_MARK", null, null);
  }

  /**
   * The calling person may move this lesson to another date or lesson number (§23.13): whoever may
   * fill it ({@link #mayWriteLesson}), or the deputy and the DB admin, who arrange the timetable's
   * changes.
   */
  public Actor requireLessonMove(long lessonId) {
    Actor actor = actors.current();
    return require(
        actor,
        actor.hasAny(DEPUTY, DB_ADMIN) || mayWriteLesson(actor, lessonId),
        "LESSON_MOVE",
        "lesson",
        lessonId);
  }

  /**
   * The calling person records director's orders about students' movements (§18.4, §29.1): the DB
   * admin and the archivist.
   */
  public Actor requireMovementRecording(String action) {
    Actor actor = actors.current();
    return require(actor, mayRecordMovements(actor), action, null, null);
  }

  /**
   * The calling person may print this student's achievement certificate (§29.2, §21.16): the
   * archivist, management, or the student's class teacher.
   */
  public Actor requireStudentCertificate(long studentId) {
    Actor actor = actors.current();
    return require(
        actor,
        mayPrintStudentCertificate(actor, studentId),
        "STUDENT_CERTIFICATE",
        "student",
        studentId);
  }

  /**
   * Refuses for a rule the caller decided itself (e.g. one that needs data this policy does not
   * hold): records the refusal and returns the exception to throw.
   */
  public AccessDeniedException refuse(String action, String targetType, Object targetId) {
    refusals.record(actors.current().login(), action, targetType, targetId);
    return new AccessDeniedException();
  }

  // --- correction acts (§19.9, §23.11, §30.1) ------------------------------------------------

  /**
   * Drafts a correction act about the group's data: a teacher of the group or its class teacher
   * (who made the error), or the deputy for education (when that person has left).
   */
  public Actor requireCorrectionAuthoring(long groupId) {
    Actor actor = actors.current();
    return require(
        actor, mayAuthorCorrection(actor, groupId), "CORRECTION_DRAFT", "group", groupId);
  }

  /** Reads a correction act: its author and the school's management. */
  public Actor requireCorrectionRead(long actId) {
    Actor actor = actors.current();
    List<?> authors =
        em.createNativeQuery("SELECT author_id FROM correction_act WHERE id = ?1")
            .setParameter(1, actId)
            .getResultList();
    boolean allowed =
        !authors.isEmpty()
            && (actor.isSchoolWide() || ((Number) authors.get(0)).longValue() == actor.personId());
    return require(actor, allowed, "CORRECTION_READ", "correctionAct", actId);
  }

  /** Lists correction acts: management all of them, a teacher the ones they wrote. */
  public Actor requireCorrectionListing() {
    Actor actor = actors.current();
    boolean allowed =
        actor.isSchoolWide() || actor.hasAny(JOURNAL_WRITERS) || actor.has(CLASS_TEACHER);
    return require(actor, allowed, "CORRECTION_LIST", null, null);
  }

  /** Agrees to or rejects an act in the capacity of this role (the deputy or the DB admin). */
  public Actor requireCorrectionAgreement(Role capacity) {
    Actor actor = actors.current();
    boolean allowed = (capacity == DEPUTY || capacity == DB_ADMIN) && actor.has(capacity);
    return require(actor, allowed, "CORRECTION_AGREE_" + capacity, null, null);
  }

  public boolean mayAuthorCorrection(Actor actor, long groupId) {
    return actor.has(DEPUTY)
        || (actor.hasAny(JOURNAL_WRITERS) && exists(TEACHER_OF_GROUP, actor, groupId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_GROUP, actor, groupId));
  }

  // --- any person ---------------------------------------------------------------------------

  /** The calling person is a student who may read their own diary (grades 5–8). */
  public boolean mayReadOwnDiary() {
    Actor actor = actors.current();
    return actor.has(STUDENT) && mayReadStudentDiary(actor, actor.personId());
  }

  public boolean mayReadStudentDiary(Actor actor, long studentId) {
    // a diary page reads the week, the marks, the averages, the attendance and the charts of one
    // student in one transaction: the relation is looked up once for all of them
    return actor.isSchoolWide()
        || grantedInTransaction(
            new TransactionMemo.Key("STUDENT_DIARY_READ", actor.personId(), studentId),
            () -> diaryReadAllowed(actor, studentId));
  }

  private boolean diaryReadAllowed(Actor actor, long studentId) {
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
    return grantedInTransaction(
        new TransactionMemo.Key("LESSON_WRITE", actor.personId(), lessonId),
        () -> lessonWriteAllowed(actor, lessonId));
  }

  private boolean lessonWriteAllowed(Actor actor, long lessonId) {
    return exists(LESSON_WRITER, actor, lessonId);
  }

  /** Assigned to teach this subject to this group on this date. */
  public boolean mayWriteSubjectJournal(Actor actor, long groupId, long subjectId, LocalDate date) {
    return actor.hasAny(JOURNAL_WRITERS)
        && !em.createNativeQuery(TEACHER_OF_GROUP_SUBJECT_ON)
            .setParameter(1, actor.personId())
            .setParameter(2, groupId)
            .setParameter(3, subjectId)
            .setParameter(4, date)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
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

  public boolean mayWriteTimetable(Actor actor, long groupId, long teacherId) {
    return mayAdminister(actor)
        || (actor.personId() == teacherId
            && actor.hasAny(JOURNAL_WRITERS)
            && exists(TEACHER_OF_GROUP, actor, groupId));
  }

  public boolean isSubjectTeacher(Actor actor, long groupId, long subjectId) {
    return actor.hasAny(GROUP_TEACHERS)
        && exists(TEACHES_SUBJECT_IN_GROUP, actor, groupId, subjectId);
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

  public boolean mayIssueCredentials(Actor actor, long personId) {
    return (actor.has(DB_ADMIN) && personExists(personId))
        || (actor.has(CLASS_TEACHER)
            && (exists(CLASS_TEACHER_OF_STUDENT, actor, personId)
                || exists(CLASS_TEACHER_OF_GUARDIANS_CHILD, actor, personId)));
  }

  /**
   * Whether the person may work at all: an employee must have accepted the current confidentiality
   * pledge (§8) before anything else works for them; guardians and students sign none.
   */
  public boolean hasAcceptedPledgeIfStaff(Actor actor) {
    boolean staff = actor.roles().stream().anyMatch(Role::isStaff);
    return !staff
        || grantedInTransaction(
            new TransactionMemo.Key("PLEDGE", actor.personId()),
            () ->
                !em.createNativeQuery(ACCEPTED_CURRENT_PLEDGE)
                    .setParameter(1, actor.personId())
                    .setMaxResults(1)
                    .getResultList()
                    .isEmpty());
  }

  /**
   * A permission once granted holds for the rest of the transaction (the services one request goes
   * through ask the same question); a refusal is asked again.
   */
  private boolean grantedInTransaction(TransactionMemo.Key key, BooleanSupplier check) {
    return TransactionMemo.get(transaction, key, () -> check.getAsBoolean() ? Boolean.TRUE : null)
        != null;
  }

  // --- messages, announcements, surveys (requirements §6): MessagingRules --------------------

  @Inject private MessagingRules messaging;

  // the rules and their reasons: MessagingRules

  public boolean mayAddressPerson(Actor actor, long personId) {
    return messaging.mayAddressPerson(actor, personId);
  }

  public List<Long> addressablePeople(Actor actor, String nameLike, int limit) {
    return messaging.addressablePeople(actor, nameLike, limit);
  }

  public boolean mayAddressClassFamilies(Actor actor, long classId) {
    return messaging.mayAddressClassFamilies(actor, classId);
  }

  public boolean mayAddressClassTeachers(Actor actor, long classId) {
    return messaging.mayAddressClassTeachers(actor, classId);
  }

  public boolean mayAddressGroupFamilies(Actor actor, long groupId) {
    return messaging.mayAddressGroupFamilies(actor, groupId);
  }

  public boolean mayAddressAllStaff(Actor actor) {
    return messaging.mayAddressAllStaff(actor);
  }

  public boolean mayAnnounceTo(Actor actor, long classId, boolean eventOfTheClassTeacher) {
    return messaging.mayAnnounceTo(actor, classId, eventOfTheClassTeacher);
  }

  public boolean mayManageSurveys(Actor actor) {
    return messaging.mayManageSurveys(actor);
  }

  private boolean classExists(long classId) {
    return Relations.exists(em, Relations.CLASS_EXISTS, classId);
  }

  private boolean groupExists(long groupId) {
    return Relations.exists(em, Relations.GROUP_EXISTS, groupId);
  }

  public boolean mayRecordMovements(Actor actor) {
    return actor.hasAny(DB_ADMIN, ARCHIVIST);
  }

  public boolean mayPrintStudentCertificate(Actor actor, long studentId) {
    return ((actor.has(ARCHIVIST) || actor.isSchoolWide()) && studentExists(studentId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_STUDENT, actor, studentId));
  }

  // --- guardians, student data and group membership (issue 21): StudentDataRules ------------

  @Inject private StudentDataRules studentData;

  /**
   * The calling person may correct this student's data and their guardians' links (§21.1, §22.2,
   * §22.11–22.12).
   */
  public Actor requireStudentDataWrite(long studentId) {
    Actor actor = actors.current();
    return require(
        actor, mayWriteStudentData(actor, studentId), "STUDENT_DATA_WRITE", "student", studentId);
  }

  public boolean mayWriteStudentData(Actor actor, long studentId) {
    return studentData.mayWriteStudentData(actor, studentId);
  }

  public boolean mayWriteStudentDataOfGroup(Actor actor, long groupId) {
    return studentData.mayWriteStudentDataOfGroup(actor, groupId);
  }

  /** The calling person may correct this guardian's data. */
  public Actor requireGuardianDataWrite(long guardianId) {
    Actor actor = actors.current();
    return require(
        actor,
        mayWriteGuardianData(actor, guardianId),
        "GUARDIAN_DATA_WRITE",
        "guardian",
        guardianId);
  }

  public boolean mayWriteGuardianData(Actor actor, long guardianId) {
    return studentData.mayWriteGuardianData(actor, guardianId);
  }

  /** The calling person may put students into this group and take them out (§23.1). */
  public Actor requireGroupMembershipWrite(long groupId) {
    Actor actor = actors.current();
    return require(
        actor, mayWriteGroupMembership(actor, groupId), "GROUP_MEMBERSHIP_WRITE", "group", groupId);
  }

  public boolean mayWriteGroupMembership(Actor actor, long groupId) {
    return studentData.mayWriteGroupMembership(actor, groupId);
  }

  /**
   * The calling person may open a home-schooling group of this subject for this student (§23.14).
   */
  public Actor requireHomeSchoolingGroupCreation(long studentId, long subjectId) {
    Actor actor = actors.current();
    return require(
        actor,
        studentData.mayCreateHomeSchoolingGroup(actor, studentId, subjectId),
        "HOME_SCHOOLING_GROUP_CREATE",
        "student",
        studentId);
  }

  // --- pre-school education: day rhythm, weekly plans, achievement steps (issue 15) ---------

  @Inject private PreschoolEducationRules preschoolEducation;

  /** The calling person may read this pre-school group's rhythm, plans and achievements. */
  public Actor requirePreschoolGroupRead(long groupId) {
    Actor actor = actors.current();
    return require(
        actor,
        preschoolEducation.mayReadGroup(actor, groupId),
        "PRESCHOOL_GROUP_READ",
        "group",
        groupId);
  }

  /** The calling person is the pre-school teacher of this group (rhythm, plans, reflections). */
  public Actor requirePreschoolGroupWrite(long groupId) {
    Actor actor = actors.current();
    return require(
        actor,
        preschoolEducation.isGroupTeacher(actor, groupId),
        "PRESCHOOL_GROUP_WRITE",
        "group",
        groupId);
  }

  /** The calling person is the teacher of this group and the child is in it (achievement steps). */
  public Actor requirePreschoolAssessment(long groupId, long studentId) {
    Actor actor = actors.current();
    return require(
        actor,
        preschoolEducation.mayAssessChild(actor, groupId, studentId),
        "PRESCHOOL_ASSESSMENT",
        "student",
        studentId);
  }

  /** The calling person may read this pre-school child's rhythm, plan and achievements. */
  public Actor requirePreschoolChildRead(long studentId) {
    Actor actor = actors.current();
    return require(
        actor,
        preschoolEducation.mayReadChild(actor, studentId),
        "PRESCHOOL_CHILD_READ",
        "student",
        studentId);
  }

  /** The deputy or the director: every pre-school group's missing plans and reports. */
  public Actor requirePreschoolOversight() {
    Actor actor = actors.current();
    return require(
        actor, preschoolEducation.mayOversee(actor), "PRESCHOOL_OVERSIGHT", "school", "");
  }

  /**
   * The calling person lists the pre-school groups or children they have a relationship with: a
   * pre-school teacher, the deputy, the director, a guardian (the list itself is narrowed).
   */
  public Actor requirePreschoolGroupsListing() {
    Actor actor = actors.current();
    return require(actor, preschoolEducation.mayList(actor), "PRESCHOOL_LISTING", "school", "");
  }

  public boolean mayWritePreschoolGroup(Actor actor, long groupId) {
    return preschoolEducation.isGroupTeacher(actor, groupId);
  }

  // ------------------------------------------------------------------------------------------

  private Actor require(
      Actor actor, boolean allowed, String action, String targetType, Object targetId) {
    if (!allowed) {
      refusals.record(actor.login(), action, targetType, targetId);
      throw new AccessDeniedException();
    }
    if (!hasAcceptedPledgeIfStaff(actor)) {
      refusals.record(actor.login(), "PLEDGE_NOT_ACCEPTED", targetType, targetId);
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

  private boolean exists(String sql, Actor actor, long targetId, long secondId) {
    return !em.createNativeQuery(sql)
        .setParameter(1, actor.personId())
        .setParameter(2, targetId)
        .setParameter(3, secondId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private boolean personExists(long personId) {
    return !em.createNativeQuery("SELECT 1 FROM person WHERE id = ?1")
        .setParameter(1, personId)
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

  // --- oversight of journal filling (§19, §20): OversightRules ------------------------------

  @jakarta.inject.Inject private OversightRules oversight;

  /** The calling person sees the filling dashboard of the school, or of the non-formal groups. */
  public Actor requireFillingOversight(boolean nonFormalOnly) {
    Actor actor = actors.current();
    return require(
        actor,
        nonFormalOnly ? oversight.mayOverseeNonFormal(actor) : oversight.mayOverseeSchool(actor),
        nonFormalOnly ? "NON_FORMAL_OVERSIGHT" : "FILLING_OVERSIGHT",
        null,
        null);
  }

  /** The calling person may see this teacher's list of filling gaps (their own, or overseen). */
  public Actor requireTeacherFillingList(boolean nonFormalOnly, long teacherId) {
    Actor actor = actors.current();
    return require(
        actor,
        oversight.mayReadTeacherList(actor, nonFormalOnly, teacherId),
        "FILLING_LIST",
        "teacher",
        teacherId);
  }

  /** The calling person may see this class's list of filling gaps (the school's management). */
  public Actor requireClassFillingList(long classId) {
    Actor actor = actors.current();
    return require(
        actor, oversight.mayReadClassList(actor, classId), "FILLING_LIST", "class", classId);
  }

  /** The calling person may see this non-formal group's list of filling gaps. */
  public Actor requireNonFormalGroupFillingList(long groupId) {
    Actor actor = actors.current();
    return require(
        actor,
        oversight.mayReadNonFormalGroupList(actor, groupId),
        "FILLING_LIST",
        "group",
        groupId);
  }

  /** The calling person records the monthly check of the diary (§19.13): a deputy. */
  public Actor requireMonthlyCheckRecording() {
    Actor actor = actors.current();
    return require(actor, oversight.mayRecordMonthlyCheck(actor), "MONTHLY_CHECK", null, null);
  }

  // --- pre-school journal (§22): the rules are PreschoolRules -------------------------------

  @jakarta.inject.Inject private PreschoolRules preschool;

  /** The calling person may read this pre-school group's journal. */
  public Actor requirePreschoolRead(long groupId) {
    Actor actor = actors.current();
    return require(actor, preschool.mayRead(actor, groupId), "PRESCHOOL_READ", "group", groupId);
  }

  /** The calling person may fill this pre-school group's journal on this day. */
  public Actor requirePreschoolWrite(long groupId, LocalDate day) {
    Actor actor = actors.current();
    return require(
        actor, preschool.mayWrite(actor, groupId, day), "PRESCHOOL_WRITE", "group", groupId);
  }

  /** The calling person may approve or return this group's monthly attendance sheet. */
  public Actor requirePreschoolSheetReview(long groupId) {
    Actor actor = actors.current();
    return require(
        actor,
        preschool.mayReviewSheet(actor, groupId),
        "PRESCHOOL_SHEET_REVIEW",
        "group",
        groupId);
  }

  /** Whether the person may fill this pre-school group's journal on this day. */
  public boolean mayWritePreschool(Actor actor, long groupId, LocalDate day) {
    return preschool.mayWrite(actor, groupId, day);
  }

  // --- specialists' watch lists, risk group, school attendance, management reports (issue 17)

  @Inject private SpecialistRules specialistRules;

  /** The calling person supports this student now (a specialist of §24–§27). */
  public Actor requireSupportedStudent(long studentId) {
    Actor actor = actors.current();
    return require(
        actor,
        specialistRules.supports(actor, studentId),
        "SUPPORTED_STUDENT_READ",
        "student",
        studentId);
  }

  /** A specialist who supports the student now. */
  public boolean supportsStudent(Actor actor, long studentId) {
    return specialistRules.supports(actor, studentId);
  }

  /** The calling person wrote this progress note and still supports its student. */
  public Actor requireProgressNoteChange(long noteId) {
    Actor actor = actors.current();
    return require(
        actor,
        specialistRules.mayChangeProgressNote(actor, noteId),
        "PROGRESS_NOTE_CHANGE",
        "progressNote",
        noteId);
  }

  /** The calling person is the social pedagogue supporting the student (§24.2). */
  public Actor requireRiskGroupWrite(long studentId) {
    Actor actor = actors.current();
    return require(
        actor,
        specialistRules.mayFlagRiskGroup(actor, studentId),
        "RISK_GROUP_WRITE",
        "student",
        studentId);
  }

  /** The social pedagogue who supports the student (§24.2). */
  public boolean mayFlagRiskGroupOf(Actor actor, long studentId) {
    return specialistRules.mayFlagRiskGroup(actor, studentId);
  }

  /** The calling person reads the whole school's monthly attendance (§24.1). */
  public Actor requireSchoolAttendanceRead() {
    Actor actor = actors.current();
    return require(
        actor,
        specialistRules.mayReadSchoolAttendance(actor),
        "SCHOOL_ATTENDANCE_READ",
        null,
        null);
  }

  /** The calling person reads the management reports (§19.12). */
  public Actor requireManagementReports() {
    Actor actor = actors.current();
    return require(
        actor,
        specialistRules.mayReadManagementReports(actor),
        "MANAGEMENT_REPORTS_READ",
        null,
        null);
  }

  // --- the class teacher's records (issue 16: §21.6, §21.9, §21.12, §21.13) -----------------

  @Inject private ClassTeacherRecordRules classTeacherRecords;

  /** The class's log of the class teacher's work: its class teacher and management. */
  public Actor requireClassLogRead(long classId) {
    Actor actor = actors.current();
    return require(
        actor,
        classTeacherRecords.mayReadClassLog(actor, classId),
        "CLASS_LOG_READ",
        "class",
        classId);
  }

  /** Writes the class's log: the class teacher of this class only. */
  public Actor requireClassLogWrite(long classId) {
    Actor actor = actors.current();
    return require(
        actor,
        classTeacherRecords.mayWriteClassLog(actor, classId),
        "CLASS_LOG_WRITE",
        "class",
        classId);
  }

  /** Changes or removes a log entry: the class teacher of its class (an unknown one is refused). */
  public Actor requireClassLogEntryChange(long entryId) {
    Actor actor = actors.current();
    return require(
        actor,
        classTeacherRecords.mayChangeClassLogEntry(actor, entryId),
        "CLASS_LOG_CHANGE",
        "class_log_entry",
        entryId);
  }

  /** Sees which classes' logs are behind: the school's management. */
  public Actor requireClassLogOversight() {
    Actor actor = actors.current();
    return require(
        actor, classTeacherRecords.mayOverseeClassLogs(actor), "CLASS_LOG_OVERSIGHT", null, null);
  }

  /** The class's social-civic hours: its class teacher and management. */
  public Actor requireSocialCivicRead(long classId) {
    Actor actor = actors.current();
    return require(
        actor,
        classTeacherRecords.mayReadSocialCivic(actor, classId),
        "SOCIAL_CIVIC_READ",
        "class",
        classId);
  }

  /** Records social-civic activity: the class teacher of this class only. */
  public Actor requireSocialCivicWrite(long classId) {
    Actor actor = actors.current();
    return require(
        actor,
        classTeacherRecords.mayWriteSocialCivic(actor, classId),
        "SOCIAL_CIVIC_WRITE",
        "class",
        classId);
  }

  /** Removes one student's social-civic entry: the class teacher of its class. */
  public Actor requireSocialCivicEntryRemoval(long entryId) {
    Actor actor = actors.current();
    return require(
        actor,
        classTeacherRecords.mayRemoveSocialCivicEntry(actor, entryId),
        "SOCIAL_CIVIC_REMOVE",
        "social_civic_entry",
        entryId);
  }

  /** One student's social-civic hours: the student, their guardian, class teacher, management. */
  public Actor requireStudentSocialCivicRead(long studentId) {
    Actor actor = actors.current();
    return require(
        actor,
        classTeacherRecords.mayReadStudentSocialCivic(actor, studentId),
        "SOCIAL_CIVIC_STUDENT_READ",
        "student",
        studentId);
  }

  /** A class's events and parents' meetings: its families, teachers and management. */
  public Actor requireClassEventsRead(long classId) {
    Actor actor = actors.current();
    return require(
        actor,
        classTeacherRecords.mayReadClassEvents(actor, classId),
        "CLASS_EVENTS_READ",
        "class",
        classId);
  }

  // --- class teacher's records: instructions, documents, monthly reports (issue 16, part B) ---

  /** The calling person records an instruction for this group on this day (§21.4, §23.9). */
  public Actor requireInstructionRecording(long groupId, LocalDate date) {
    Actor actor = actors.current();
    return require(
        actor,
        classDocuments.mayRecordInstruction(actor, groupId, date),
        "INSTRUCTION_WRITE",
        "group",
        groupId);
  }

  /** The calling person reads this group's instructions and prints their sign sheets. */
  public Actor requireInstructionRead(long groupId) {
    Actor actor = actors.current();
    return require(
        actor,
        classDocuments.mayReadInstructions(actor, groupId),
        "INSTRUCTION_READ",
        "group",
        groupId);
  }

  /** The calling person uploads this student's documents from other institutions (§21.14). */
  public Actor requireStudentDocumentUpload(long studentId) {
    Actor actor = actors.current();
    return require(
        actor,
        classDocuments.mayUploadStudentDocument(actor, studentId),
        "STUDENT_DOCUMENT_WRITE",
        "student",
        studentId);
  }

  /** The calling person reads this student's documents from other institutions. */
  public Actor requireStudentDocumentRead(long studentId) {
    Actor actor = actors.current();
    return require(
        actor,
        classDocuments.mayReadStudentDocuments(actor, studentId),
        "STUDENT_DOCUMENT_READ",
        "student",
        studentId);
  }

  /** The calling person reads the documents of this group's students (period grades, §23.10). */
  public Actor requireGroupDocumentRead(long groupId, long subjectId) {
    Actor actor = actors.current();
    return require(
        actor,
        classDocuments.mayReadGroupDocuments(actor, groupId, subjectId),
        "GROUP_DOCUMENT_READ",
        "group",
        groupId);
  }

  /** The calling person prints this class's monthly reports (§21.8, §21.11). */
  public Actor requireClassMonthReport(long classId) {
    Actor actor = actors.current();
    return require(
        actor,
        classDocuments.mayPrintClassReports(actor, classId),
        "CLASS_MONTH_REPORT",
        "class",
        classId);
  }

  public boolean mayRecordInstruction(Actor actor, long groupId, LocalDate date) {
    return classDocuments.mayRecordInstruction(actor, groupId, date);
  }

  public boolean mayUploadStudentDocument(Actor actor, long studentId) {
    return classDocuments.mayUploadStudentDocument(actor, studentId);
  }

  public boolean mayReadGroupDocuments(Actor actor, long groupId, long subjectId) {
    return classDocuments.mayReadGroupDocuments(actor, groupId, subjectId);
  }
}
