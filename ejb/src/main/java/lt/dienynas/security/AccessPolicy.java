package lt.dienynas.security;

import static lt.dienynas.security.Role.CAREER_SPECIALIST;
import static lt.dienynas.security.Role.CLASS_TEACHER;
import static lt.dienynas.security.Role.DB_ADMIN;
import static lt.dienynas.security.Role.DIRECTOR;
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
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import lt.dienynas.shared.SchoolClock;
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

  /** The pledge in force at the school's now ({@code ?2}), as {@link PledgeService} reads it. */
  private static final String ACCEPTED_CURRENT_PLEDGE =
      """
      SELECT 1 FROM pledge_acceptance a
       WHERE a.person_id = ?1
         AND a.pledge_version = (SELECT MAX(p.version) FROM confidentiality_pledge p
                                  WHERE p.effective_from <= ?2)
      """;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transaction;

  @EJB private Actors actors;

  @EJB private RefusalLog refusals;

  @Inject private SchoolClock clock;

  // the rules of each area, package-private beside this entry point

  @Inject private JournalRules journal;

  @Inject private DiaryRules diary;

  @Inject private ClassRules classes;

  @Inject private HealthRules health;

  @Inject private YearEndRules yearEnd;

  @Inject private ArchiveRules archive;

  @Inject private CorrectionRules corrections;

  @Inject private ClassDocumentRules classDocuments;

  // --- the calling person -------------------------------------------------------------------

  /** The calling person may read this student's diary (marks, attendance, remarks). */
  public Actor requireStudentDiaryRead(long studentId) {
    return require(
        actor -> mayReadStudentDiary(actor, studentId), "STUDENT_DIARY_READ", "student", studentId);
  }

  /** The calling person may read this group's journal (its lessons, marks and attendance). */
  public Actor requireGroupJournalRead(long groupId) {
    return require(
        actor -> mayReadGroupJournal(actor, groupId), "GROUP_JOURNAL_READ", "group", groupId);
  }

  /** The calling person may fill this group's journal on this date (teaches it then). */
  public Actor requireGroupJournalWrite(long groupId, LocalDate date) {
    return require(
        actor -> mayWriteGroupJournal(actor, groupId, date),
        "GROUP_JOURNAL_WRITE",
        "group",
        groupId);
  }

  /** The calling person may read this class's records (student list, class activity). */
  public Actor requireClassRead(long classId) {
    return require(actor -> mayReadClass(actor, classId), "CLASS_READ", "class", classId);
  }

  /** The calling person is this class's class teacher (justifications, class data, remarks). */
  public Actor requireClassTeacherOf(long classId) {
    return require(
        actor -> isClassTeacherOf(actor, classId), "CLASS_TEACHER_WORK", "class", classId);
  }

  /** The calling person may read this student's health data (health specialist, director). */
  public Actor requireHealthRead(long studentId) {
    return require(actor -> mayReadHealth(actor, studentId), "HEALTH_READ", "student", studentId);
  }

  /** The calling person may record health data and send health notices (health specialist). */
  public Actor requireHealthWrite(long studentId) {
    return require(
        actor -> health.mayWrite(actor, studentId), "HEALTH_WRITE", "student", studentId);
  }

  /** The calling person administers the diary (DB admin): year set-up, accounts, locks. */
  public Actor requireAdministration(String action) {
    return require(actor -> mayAdminister(actor), action, null, null);
  }

  /** The calling person oversees the whole school (director, deputy, DB admin). */
  public Actor requireSchoolWideRead(String action) {
    return require(actor -> actor.isSchoolWide(), action, null, null);
  }

  /** The calling person may see students' movements and the archive (archivist, management). */
  public Actor requireArchiveRead(String action) {
    return require(archive::mayReadArchive, action, null, null);
  }

  /** The calling person accepts a class's confirmed achievement summary (§21.18). */
  public Actor requireSummaryAcceptance(long classId) {
    return require(
        actor -> mayAcceptSummary(actor, classId), "YEAREND_SUMMARY_ACCEPT", "class", classId);
  }

  /** The calling person takes part in the year end (a class teacher their own classes). */
  public Actor requireYearEndWork() {
    return require(yearEnd::mayWorkOnYearEnd, "YEAREND_WORK", null, null);
  }

  /** The calling person prepares, checks and confirms the class's reports (§21.17). */
  public Actor requireClassReportPreparation(long classId) {
    return require(
        actor -> yearEnd.mayPrepareClassReport(actor, classId),
        "CLASS_REPORT_PREPARE",
        "class",
        classId);
  }

  /** The calling person accepts or returns a confirmed class report. */
  public Actor requireClassReportReview(long classId) {
    return require(
        actor -> yearEnd.mayReviewClassReport(actor, classId),
        "CLASS_REPORT_REVIEW",
        "class",
        classId);
  }

  /** The calling person reads a class's reports. */
  public Actor requireClassReportRead(long classId) {
    return require(
        actor -> yearEnd.mayReadClassReport(actor, classId), "CLASS_REPORT_READ", "class", classId);
  }

  public boolean mayAcceptSummary(Actor actor, long classId) {
    return yearEnd.mayAcceptSummary(actor, classId);
  }

  /** The calling person may read the refusal log (DB admin, director). */
  public Actor requireRefusalLogRead() {
    return require(actor -> actor.hasAny(DB_ADMIN, DIRECTOR), "REFUSAL_LOG_READ", null, null);
  }

  /** The calling person works with health data at all (search): health specialist, director. */
  public Actor requireHealthWork(String action) {
    return require(health::mayWork, action, null, null);
  }

  /** The calling person teaches (any teacher role): their own notices and worklists. */
  public Actor requireTeacherWork(String action) {
    return require(
        actor ->
            actor.hasAny(
                TEACHER, NON_FORMAL_TEACHER, PRESCHOOL_TEACHER, VDM_EDUCATOR, CLASS_TEACHER),
        action,
        null,
        null);
  }

  /** The calling person supports students (a specialist of §24–§27): their own list. */
  public Actor requireSupportWork() {
    return require(actor -> actor.hasAny(SPECIALISTS), "SUPPORTED_STUDENTS_READ", null, null);
  }

  /** The calling person may give this student or guardian their first login (§18.3, §21.3). */
  public Actor requireCredentialIssue(long personId) {
    return require(
        actor -> mayIssueCredentials(actor, personId), "CREDENTIALS_ISSUE", "person", personId);
  }

  /** The calling person may add a lesson of this subject to this group's journal on this date. */
  public Actor requireSubjectJournalWrite(long groupId, long subjectId, LocalDate date) {
    return require(
        actor -> mayWriteSubjectJournal(actor, groupId, subjectId, date),
        "SUBJECT_JOURNAL_WRITE",
        "group",
        groupId);
  }

  /**
   * The calling person may fill this lesson (its record, marks, attendance, notes, integrated
   * subjects): its teacher or its substitute only ({@link JournalRules}).
   */
  public Actor requireLessonWrite(long lessonId) {
    return require(actor -> mayWriteLesson(actor, lessonId), "LESSON_WRITE", "lesson", lessonId);
  }

  /** The calling person may enter this weekly lesson for this teacher. */
  public Actor requireTimetableWrite(long groupId, long teacherId) {
    return require(
        actor -> mayWriteTimetable(actor, groupId, teacherId), "TIMETABLE_WRITE", "group", groupId);
  }

  /** The calling person may plan this group's lessons (generate them from the timetable). */
  public Actor requireGroupPlanning(long groupId) {
    return require(actor -> mayPlanGroup(actor, groupId), "GROUP_PLANNING", "group", groupId);
  }

  /** Whether the person may plan this group's lessons ({@link #requireGroupPlanning}). */
  public boolean mayPlanGroup(Actor actor, long groupId) {
    return journal.mayPlanGroup(actor, groupId);
  }

  /** The calling person is the class teacher of this student (justifications, §21.8). */
  public Actor requireClassTeacherOfStudent(long studentId) {
    return require(
        actor -> isClassTeacherOfStudent(actor, studentId),
        "CLASS_TEACHER_OF_STUDENT",
        "student",
        studentId);
  }

  /** The calling person is a parent or guardian of this student (justification notes). */
  public Actor requireGuardianOf(long studentId) {
    return require(
        actor -> diary.isGuardianOf(actor, studentId), "GUARDIAN_OF", "student", studentId);
  }

  /** The calling person may write praise, remarks and comments for this student. */
  public Actor requireStudentNoteWrite(long studentId) {
    return require(
        actor -> mayWriteStudentNote(actor, studentId), "STUDENT_NOTE_WRITE", "student", studentId);
  }

  /** The calling person teaches this subject in this group (tests, period grades). */
  public Actor requireSubjectTeacher(long groupId, long subjectId) {
    return require(
        actor -> isSubjectTeacher(actor, groupId, subjectId),
        "SUBJECT_TEACHER_WORK",
        "group",
        groupId);
  }

  /** The calling person teaches this student this subject (additional and summer work). */
  public Actor requireSubjectTeacherOfStudent(long studentId, long subjectId) {
    return require(
        actor -> journal.isSubjectTeacherOfStudent(actor, studentId, subjectId),
        "SUBJECT_TEACHER_OF_STUDENT",
        "student",
        studentId);
  }

  /** The calling person arranges substitutions (the deputy, the DB admin). */
  public Actor requireSubstitutionArrangement() {
    return require(journal::arrangesTimetable, "SUBSTITUTION_ARRANGE", null, null);
  }

  /**
   * The calling person marks school days as days without lessons or remote-teaching days for the
   * whole school or for classes (§23.3, §23.15).
   */
  public Actor requireSchoolDayMarking() {
    return require(journal::arrangesTimetable, "SCHOOL_DAY_MARK", null, null);
  }

  /**
   * The calling person may move this lesson to another date or lesson number (§23.13): whoever may
   * fill it, or whoever arranges the timetable's changes.
   */
  public Actor requireLessonMove(long lessonId) {
    return require(
        actor -> journal.arrangesTimetable(actor) || mayWriteLesson(actor, lessonId),
        "LESSON_MOVE",
        "lesson",
        lessonId);
  }

  /** The calling person records director's orders about students' movements (§18.4, §29.1). */
  public Actor requireMovementRecording(String action) {
    return require(actor -> mayRecordMovements(actor), action, null, null);
  }

  /** The calling person may print this student's achievement certificate (§29.2, §21.16). */
  public Actor requireStudentCertificate(long studentId) {
    return require(
        actor -> mayPrintStudentCertificate(actor, studentId),
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

  /** Drafts a correction act about the group's data. */
  public Actor requireCorrectionAuthoring(long groupId) {
    return require(
        actor -> corrections.mayAuthor(actor, groupId), "CORRECTION_DRAFT", "group", groupId);
  }

  /** Reads a correction act: its author and the school's management. */
  public Actor requireCorrectionRead(long actId) {
    return require(
        actor -> corrections.mayRead(actor, actId), "CORRECTION_READ", "correctionAct", actId);
  }

  /** Lists correction acts: management all of them, a teacher the ones they wrote. */
  public Actor requireCorrectionListing() {
    return require(corrections::mayList, "CORRECTION_LIST", null, null);
  }

  /** Agrees to or rejects an act in the capacity of this role (the deputy or the DB admin). */
  public Actor requireCorrectionAgreement(Role capacity) {
    return require(
        actor -> corrections.mayAgree(actor, capacity), "CORRECTION_AGREE_" + capacity, null, null);
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
            () -> diary.mayReadStudentDiary(actor, studentId));
  }

  public boolean mayReadGroupJournal(Actor actor, long groupId) {
    return journal.mayReadGroupJournal(actor, groupId);
  }

  /** Fills the journal: the teacher assigned to the group on that date (not management). */
  public boolean mayWriteGroupJournal(Actor actor, long groupId, LocalDate date) {
    return journal.mayWriteGroupJournal(actor, groupId, date);
  }

  public boolean mayWriteLesson(Actor actor, long lessonId) {
    return journal.writesJournals(actor)
        && grantedInTransaction(
            new TransactionMemo.Key("LESSON_WRITE", actor.personId(), lessonId),
            () -> journal.mayWriteLesson(actor, lessonId));
  }

  /** Assigned to teach this subject to this group on this date. */
  public boolean mayWriteSubjectJournal(Actor actor, long groupId, long subjectId, LocalDate date) {
    return journal.mayWriteSubjectJournal(actor, groupId, subjectId, date);
  }

  /**
   * When the person may fill this group's journal, in one query: for a page that shows many
   * lessons, instead of asking {@link #mayWriteLesson} for each.
   */
  public JournalWriteWindow journalWriteWindow(Actor actor, long groupId) {
    return journal.journalWriteWindow(actor, groupId);
  }

  public boolean mayWriteTimetable(Actor actor, long groupId, long teacherId) {
    return journal.mayWriteTimetable(actor, groupId, teacherId);
  }

  public boolean isSubjectTeacher(Actor actor, long groupId, long subjectId) {
    return journal.isSubjectTeacher(actor, groupId, subjectId);
  }

  public boolean isClassTeacherOfStudent(Actor actor, long studentId) {
    return classes.isClassTeacherOfStudent(actor, studentId);
  }

  public boolean mayWriteStudentNote(Actor actor, long studentId) {
    return diary.mayWriteStudentNote(actor, studentId);
  }

  public boolean mayReadClass(Actor actor, long classId) {
    return classes.mayReadClass(actor, classId);
  }

  public boolean isClassTeacherOf(Actor actor, long classId) {
    return classes.isClassTeacherOf(actor, classId);
  }

  /** Health data (§7.2, §28): the health specialist and the director only. */
  public boolean mayReadHealth(Actor actor, long studentId) {
    return health.mayRead(actor, studentId);
  }

  public boolean mayAdminister(Actor actor) {
    return actor.has(DB_ADMIN);
  }

  public boolean mayIssueCredentials(Actor actor, long personId) {
    return studentData.mayIssueCredentials(actor, personId);
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
                    .setParameter(2, clock.now())
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

  public boolean mayRecordMovements(Actor actor) {
    return archive.mayRecordMovements(actor);
  }

  public boolean mayPrintStudentCertificate(Actor actor, long studentId) {
    return archive.mayPrintStudentCertificate(actor, studentId);
  }

  // --- guardians, student data and group membership (issue 21): StudentDataRules ------------

  @Inject private StudentDataRules studentData;

  /**
   * The calling person may correct this student's data and their guardians' links (§21.1, §22.2,
   * §22.11–22.12).
   */
  public Actor requireStudentDataWrite(long studentId) {
    return require(
        actor -> mayWriteStudentData(actor, studentId), "STUDENT_DATA_WRITE", "student", studentId);
  }

  public boolean mayWriteStudentData(Actor actor, long studentId) {
    return studentData.mayWriteStudentData(actor, studentId);
  }

  public boolean mayWriteStudentDataOfGroup(Actor actor, long groupId) {
    return studentData.mayWriteStudentDataOfGroup(actor, groupId);
  }

  /** The calling person may correct this guardian's data. */
  public Actor requireGuardianDataWrite(long guardianId) {
    return require(
        actor -> mayWriteGuardianData(actor, guardianId),
        "GUARDIAN_DATA_WRITE",
        "guardian",
        guardianId);
  }

  public boolean mayWriteGuardianData(Actor actor, long guardianId) {
    return studentData.mayWriteGuardianData(actor, guardianId);
  }

  /** The calling person may put students into this group and take them out (§23.1). */
  public Actor requireGroupMembershipWrite(long groupId) {
    return require(
        actor -> mayWriteGroupMembership(actor, groupId),
        "GROUP_MEMBERSHIP_WRITE",
        "group",
        groupId);
  }

  public boolean mayWriteGroupMembership(Actor actor, long groupId) {
    return studentData.mayWriteGroupMembership(actor, groupId);
  }

  /**
   * The calling person may open a home-schooling group of this subject for this student (§23.14).
   */
  public Actor requireHomeSchoolingGroupCreation(long studentId, long subjectId) {
    return require(
        actor -> studentData.mayCreateHomeSchoolingGroup(actor, studentId, subjectId),
        "HOME_SCHOOLING_GROUP_CREATE",
        "student",
        studentId);
  }

  // --- pre-school education: day rhythm, weekly plans, achievement steps (issue 15) ---------

  @Inject private PreschoolEducationRules preschoolEducation;

  /** The calling person may read this pre-school group's rhythm, plans and achievements. */
  public Actor requirePreschoolGroupRead(long groupId) {
    return require(
        actor -> preschoolEducation.mayReadGroup(actor, groupId),
        "PRESCHOOL_GROUP_READ",
        "group",
        groupId);
  }

  /** The calling person is the pre-school teacher of this group (rhythm, plans, reflections). */
  public Actor requirePreschoolGroupWrite(long groupId) {
    return require(
        actor -> preschoolEducation.isGroupTeacher(actor, groupId),
        "PRESCHOOL_GROUP_WRITE",
        "group",
        groupId);
  }

  /** The calling person is the teacher of this group and the child is in it (achievement steps). */
  public Actor requirePreschoolAssessment(long groupId, long studentId) {
    return require(
        actor -> preschoolEducation.mayAssessChild(actor, groupId, studentId),
        "PRESCHOOL_ASSESSMENT",
        "student",
        studentId);
  }

  /** The calling person may read this pre-school child's rhythm, plan and achievements. */
  public Actor requirePreschoolChildRead(long studentId) {
    return require(
        actor -> preschoolEducation.mayReadChild(actor, studentId),
        "PRESCHOOL_CHILD_READ",
        "student",
        studentId);
  }

  /** The deputy or the director: every pre-school group's missing plans and reports. */
  public Actor requirePreschoolOversight() {
    return require(
        actor -> preschoolEducation.mayOversee(actor), "PRESCHOOL_OVERSIGHT", "school", "");
  }

  /**
   * The calling person lists the pre-school groups or children they have a relationship with: a
   * pre-school teacher, the deputy, the director, a guardian (the list itself is narrowed).
   */
  public Actor requirePreschoolGroupsListing() {
    return require(actor -> preschoolEducation.mayList(actor), "PRESCHOOL_LISTING", "school", "");
  }

  // ------------------------------------------------------------------------------------------

  /** Checks the calling person against the rule (then as below). */
  private Actor require(Predicate<Actor> rule, String action, String targetType, Object targetId) {
    Actor actor = actors.current();
    return require(actor, rule.test(actor), action, targetType, targetId);
  }

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

  // --- oversight of journal filling (§19, §20): OversightRules ------------------------------

  @Inject private OversightRules oversight;

  /** The calling person sees the filling dashboard of the school, or of the non-formal groups. */
  public Actor requireFillingOversight(boolean nonFormalOnly) {
    return require(
        actor ->
            nonFormalOnly
                ? oversight.mayOverseeNonFormal(actor)
                : oversight.mayOverseeSchool(actor),
        nonFormalOnly ? "NON_FORMAL_OVERSIGHT" : "FILLING_OVERSIGHT",
        null,
        null);
  }

  /** The calling person may see this teacher's list of filling gaps (their own, or overseen). */
  public Actor requireTeacherFillingList(boolean nonFormalOnly, long teacherId) {
    return require(
        actor -> oversight.mayReadTeacherList(actor, nonFormalOnly, teacherId),
        "FILLING_LIST",
        "teacher",
        teacherId);
  }

  /** The calling person may see this class's list of filling gaps (the school's management). */
  public Actor requireClassFillingList(long classId) {
    return require(
        actor -> oversight.mayReadClassList(actor, classId), "FILLING_LIST", "class", classId);
  }

  /** The calling person may see this non-formal group's list of filling gaps. */
  public Actor requireNonFormalGroupFillingList(long groupId) {
    return require(
        actor -> oversight.mayReadNonFormalGroupList(actor, groupId),
        "FILLING_LIST",
        "group",
        groupId);
  }

  /** The calling person records the monthly check of the diary (§19.13): a deputy. */
  public Actor requireMonthlyCheckRecording() {
    return require(actor -> oversight.mayRecordMonthlyCheck(actor), "MONTHLY_CHECK", null, null);
  }

  // --- pre-school journal (§22): the rules are PreschoolRules -------------------------------

  @Inject private PreschoolRules preschool;

  /** The calling person may read this pre-school group's journal. */
  public Actor requirePreschoolRead(long groupId) {
    return require(actor -> preschool.mayRead(actor, groupId), "PRESCHOOL_READ", "group", groupId);
  }

  /** The calling person may fill this pre-school group's journal on this day. */
  public Actor requirePreschoolWrite(long groupId, LocalDate day) {
    return require(
        actor -> preschool.mayWrite(actor, groupId, day), "PRESCHOOL_WRITE", "group", groupId);
  }

  /** The calling person may approve or return this group's monthly attendance sheet. */
  public Actor requirePreschoolSheetReview(long groupId) {
    return require(
        actor -> preschool.mayReviewSheet(actor, groupId),
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
    return require(
        actor -> specialistRules.supports(actor, studentId),
        "SUPPORTED_STUDENT_READ",
        "student",
        studentId);
  }

  /** The calling person wrote this progress note and still supports its student. */
  public Actor requireProgressNoteChange(long noteId) {
    return require(
        actor -> specialistRules.mayChangeProgressNote(actor, noteId),
        "PROGRESS_NOTE_CHANGE",
        "progressNote",
        noteId);
  }

  /** The calling person is the social pedagogue supporting the student (§24.2). */
  public Actor requireRiskGroupWrite(long studentId) {
    return require(
        actor -> specialistRules.mayFlagRiskGroup(actor, studentId),
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
    return require(
        actor -> specialistRules.mayReadSchoolAttendance(actor),
        "SCHOOL_ATTENDANCE_READ",
        null,
        null);
  }

  /** The calling person reads the management reports (§19.12). */
  public Actor requireManagementReports() {
    return require(
        actor -> specialistRules.mayReadManagementReports(actor),
        "MANAGEMENT_REPORTS_READ",
        null,
        null);
  }

  // --- the class teacher's records (issue 16: §21.6, §21.9, §21.12, §21.13) -----------------

  @Inject private ClassTeacherRecordRules classTeacherRecords;

  /** The class's log of the class teacher's work: its class teacher and management. */
  public Actor requireClassLogRead(long classId) {
    return require(
        actor -> classTeacherRecords.mayReadClassLog(actor, classId),
        "CLASS_LOG_READ",
        "class",
        classId);
  }

  /** Writes the class's log: the class teacher of this class only. */
  public Actor requireClassLogWrite(long classId) {
    return require(
        actor -> classTeacherRecords.mayWriteClassLog(actor, classId),
        "CLASS_LOG_WRITE",
        "class",
        classId);
  }

  /** Changes or removes a log entry: the class teacher of its class (an unknown one is refused). */
  public Actor requireClassLogEntryChange(long entryId) {
    return require(
        actor -> classTeacherRecords.mayChangeClassLogEntry(actor, entryId),
        "CLASS_LOG_CHANGE",
        "class_log_entry",
        entryId);
  }

  /** Sees which classes' logs are behind: the school's management. */
  public Actor requireClassLogOversight() {
    return require(
        actor -> classTeacherRecords.mayOverseeClassLogs(actor), "CLASS_LOG_OVERSIGHT", null, null);
  }

  /** The class's social-civic hours: its class teacher and management. */
  public Actor requireSocialCivicRead(long classId) {
    return require(
        actor -> classTeacherRecords.mayReadSocialCivic(actor, classId),
        "SOCIAL_CIVIC_READ",
        "class",
        classId);
  }

  /** Records social-civic activity: the class teacher of this class only. */
  public Actor requireSocialCivicWrite(long classId) {
    return require(
        actor -> classTeacherRecords.mayWriteSocialCivic(actor, classId),
        "SOCIAL_CIVIC_WRITE",
        "class",
        classId);
  }

  /** Removes one student's social-civic entry: the class teacher of its class. */
  public Actor requireSocialCivicEntryRemoval(long entryId) {
    return require(
        actor -> classTeacherRecords.mayRemoveSocialCivicEntry(actor, entryId),
        "SOCIAL_CIVIC_REMOVE",
        "social_civic_entry",
        entryId);
  }

  /** One student's social-civic hours: the student, their guardian, class teacher, management. */
  public Actor requireStudentSocialCivicRead(long studentId) {
    return require(
        actor -> classTeacherRecords.mayReadStudentSocialCivic(actor, studentId),
        "SOCIAL_CIVIC_STUDENT_READ",
        "student",
        studentId);
  }

  /** A class's events and parents' meetings: its families, teachers and management. */
  public Actor requireClassEventsRead(long classId) {
    return require(
        actor -> classTeacherRecords.mayReadClassEvents(actor, classId),
        "CLASS_EVENTS_READ",
        "class",
        classId);
  }

  // --- class teacher's records: instructions, documents, monthly reports (issue 16, part B) ---

  /** The calling person records an instruction for this group on this day (§21.4, §23.9). */
  public Actor requireInstructionRecording(long groupId, LocalDate date) {
    return require(
        actor -> classDocuments.mayRecordInstruction(actor, groupId, date),
        "INSTRUCTION_WRITE",
        "group",
        groupId);
  }

  /** The calling person reads this group's instructions and prints their sign sheets. */
  public Actor requireInstructionRead(long groupId) {
    return require(
        actor -> classDocuments.mayReadInstructions(actor, groupId),
        "INSTRUCTION_READ",
        "group",
        groupId);
  }

  /** The calling person uploads this student's documents from other institutions (§21.14). */
  public Actor requireStudentDocumentUpload(long studentId) {
    return require(
        actor -> classDocuments.mayUploadStudentDocument(actor, studentId),
        "STUDENT_DOCUMENT_WRITE",
        "student",
        studentId);
  }

  /** The calling person reads this student's documents from other institutions. */
  public Actor requireStudentDocumentRead(long studentId) {
    return require(
        actor -> classDocuments.mayReadStudentDocuments(actor, studentId),
        "STUDENT_DOCUMENT_READ",
        "student",
        studentId);
  }

  /** The calling person reads the documents of this group's students (period grades, §23.10). */
  public Actor requireGroupDocumentRead(long groupId, long subjectId) {
    return require(
        actor -> classDocuments.mayReadGroupDocuments(actor, groupId, subjectId),
        "GROUP_DOCUMENT_READ",
        "group",
        groupId);
  }

  /** The calling person prints this class's monthly reports (§21.8, §21.11). */
  public Actor requireClassMonthReport(long classId) {
    return require(
        actor -> classDocuments.mayPrintClassReports(actor, classId),
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
