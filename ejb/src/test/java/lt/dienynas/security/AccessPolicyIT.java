package lt.dienynas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.Lesson;
import lt.dienynas.journal.LessonRecord;
import lt.dienynas.journal.MarkInput;
import lt.dienynas.journal.StudentNoteKind;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.ClassLevel;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.JournalSchool;
import lt.dienynas.timetable.TimetableSlot;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requirements §1 as a table: every role against the same kinds of targets. "own" is the thing this
 * person is related to (their class, their group, their child, the student they support); "other"
 * is the same kind of thing in another class.
 */
@ExtendWith(ArquillianExtension.class)
class AccessPolicyIT {

  /**
   * What each role may do. Columns: read the diary of the own / other student; read the journal of
   * the own / other group; fill the own group's journal; read the own / other class; read the own
   * student's health data; administer the diary; issue first-login credentials (the printed slip)
   * to the own / other student.
   */
  private static final String TABLE =
      """
      role               | diary own | diary other | journal own | journal other | fill own | class own | class other | health | admin | slip own | slip other
      DIRECTOR           | yes       | yes         | yes         | yes           | no       | yes       | yes         | yes    | no    | no       | no
      DEPUTY             | yes       | yes         | yes         | yes           | no       | yes       | yes         | no     | no    | no       | no
      DB_ADMIN           | yes       | yes         | yes         | yes           | no       | yes       | yes         | no     | yes   | yes      | yes
      IT_SPECIALIST      | no        | no          | no          | no            | no       | no        | no          | no     | no    | no       | no
      CLASS_TEACHER      | yes       | no          | yes         | no            | no       | yes       | no          | no     | no    | yes      | no
      TEACHER            | yes       | no          | yes         | no            | yes      | yes       | no          | no     | no    | no       | no
      NON_FORMAL_TEACHER | yes       | no          | yes         | no            | yes      | no        | no          | no     | no    | no       | no
      NON_FORMAL_ORGANISER | no      | no          | no          | no            | no       | no        | no          | no     | no    | no       | no
      PRESCHOOL_TEACHER  | yes       | no          | yes         | no            | yes      | yes       | no          | no     | no    | no       | no
      VDM_EDUCATOR       | yes       | no          | yes         | no            | yes      | yes       | no          | no     | no    | no       | no
      SOCIAL_PEDAGOGUE   | yes       | no          | no          | no            | no       | no        | no          | no     | no    | no       | no
      PSYCHOLOGIST       | yes       | no          | no          | no            | no       | no        | no          | no     | no    | no       | no
      SPECIAL_PEDAGOGUE  | yes       | no          | no          | no            | no       | no        | no          | no     | no    | no       | no
      SPEECH_THERAPIST   | yes       | no          | no          | no            | no       | no        | no          | no     | no    | no       | no
      CAREER_SPECIALIST  | yes       | no          | no          | no            | no       | no        | no          | no     | no    | no       | no
      HEALTH_SPECIALIST  | no        | no          | no          | no            | no       | no        | no          | yes    | no    | no       | no
      LIBRARIAN          | no        | no          | no          | no            | no       | no        | no          | no     | no    | no       | no
      ARCHIVIST          | no        | no          | no          | no            | no       | no        | no          | no     | no    | no       | no
      GUARDIAN           | yes       | no          | no          | no            | no       | no        | no          | no     | no    | no       | no
      STUDENT            | yes       | no          | no          | no            | no       | no        | no          | no     | no    | no       | no
      """;

  /**
   * Who may write a lesson — a 6a Lithuanian lesson on {@link #SCHOOL_DAY} — by every write
   * operation: its record (topic, homework), a mark given and removed, an absence recorded and
   * removed, a remark in the lesson, its integrated subjects, and a new lesson of the same group
   * and subject added by hand that day. "no" means refused and nothing changed.
   */
  private static final String LESSON_TABLE =
      """
      person (role: relationship to the lesson)          | topic | mark | mark off | absent | absent off | note | integrate | add
      TEACHER: teaches this group and subject            | yes   | yes  | yes      | yes    | yes        | yes  | yes       | yes
      TEACHER: teaches another subject in this class     | no    | no   | no       | no     | no         | no   | no        | no
      TEACHER: assignment ended before the lesson date   | no    | no   | no       | no     | no         | no   | no        | no
      TEACHER: assignment starts after the lesson date   | no    | no   | no       | no     | no         | no   | no        | no
      TEACHER: substitute of this lesson                 | yes   | yes  | yes      | yes    | yes        | yes  | yes       | no
      TEACHER: substitute of another lesson of the group | no    | no   | no       | no     | no         | no   | no        | no
      TEACHER: teaches this subject in another class     | no    | no   | no       | no     | no         | no   | no        | no
      CLASS_TEACHER: class teacher of this class         | no    | no   | no       | no     | no         | no   | no        | no
      DIRECTOR: school-wide                              | no    | no   | no       | no     | no         | no   | no        | no
      DEPUTY: school-wide                                | no    | no   | no       | no     | no         | no   | no        | no
      DB_ADMIN: corrects only through correction acts    | no    | no   | no       | no     | no         | no   | no        | no
      GUARDIAN: guardian of a student of the lesson      | no    | no   | no       | no     | no         | no   | no        | no
      STUDENT: student of the lesson                     | no    | no   | no       | no     | no         | no   | no        | no
      """;

  private static final LocalDate START = LocalDate.of(2030, 9, 1);
  private static final LocalDate SCHOOL_DAY = LocalDate.of(2030, 10, 7);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("access-policy-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB AccessPolicy policy;

  @EJB Actors actors;

  @EJB lt.dienynas.journal.LessonService lessons;

  @EJB lt.dienynas.journal.MarkService marks;

  @EJB lt.dienynas.journal.AttendanceService attendance;

  @EJB lt.dienynas.journal.StudentNoteService notes;

  @EJB lt.dienynas.assessment.IntegratedLessonService integrated;

  private Fixtures fx;

  /** The world every row is checked in: two classes, their groups, people related to 5a. */
  private record World(
      Map<Role, Account> accounts,
      Map<Role, Long> ownStudent,
      Map<Role, Long> ownGroup,
      Map<Role, Long> ownClass,
      long otherStudent,
      long otherGroup,
      long otherClass) {}

  @BeforeEach
  void setUp() {
    fx = new Fixtures(em, tx);
  }

  @Test
  void everyRoleGetsExactlyWhatTheRequirementsTableSays() throws Exception {
    World world = buildWorld();
    List<String> mismatches = new ArrayList<>();
    String[] lines = TABLE.strip().split("\n");
    String[] columns = cells(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String[] row = cells(lines[i]);
      Role role = Role.valueOf(row[0]);
      Actor actor = actors.byLogin(world.accounts().get(role).login());
      long student = world.ownStudent().getOrDefault(role, world.ownStudent().get(Role.DIRECTOR));
      long group = world.ownGroup().getOrDefault(role, world.ownGroup().get(Role.DIRECTOR));
      long schoolClass = world.ownClass().getOrDefault(role, world.ownClass().get(Role.DIRECTOR));
      boolean[] actual = {
        policy.mayReadStudentDiary(actor, student),
        policy.mayReadStudentDiary(actor, world.otherStudent()),
        policy.mayReadGroupJournal(actor, group),
        policy.mayReadGroupJournal(actor, world.otherGroup()),
        policy.mayWriteGroupJournal(actor, group, SCHOOL_DAY),
        policy.mayReadClass(actor, schoolClass),
        policy.mayReadClass(actor, world.otherClass()),
        policy.mayReadHealth(actor, student),
        policy.mayAdminister(actor),
        policy.mayIssueCredentials(actor, student),
        policy.mayIssueCredentials(actor, world.otherStudent())
      };
      for (int c = 0; c < actual.length; c++) {
        boolean expected = "yes".equals(row[c + 1]);
        if (actual[c] != expected) {
          mismatches.add(role + " / " + columns[c + 1] + ": expected " + row[c + 1]);
        }
      }
    }
    assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
  }

  @Test
  void aGuessedIdIsRefusedLikeAnotherChildAndTheAttemptIsLogged() throws Exception {
    SchoolYear year = fx.year();
    StudyGroup classA = fx.gradeClass(year, 6, "a", null);
    Student own = fx.student("Aistė", "Balčiūnaitė", 2018);
    Student other = fx.student("Darius", "Vaitkus", 2018);
    fx.member(classA, own, START);
    fx.member(classA, other, START);
    Guardian parent = fx.guardian("Irena", "Balčiūnienė", own);
    Account login = fx.account(parent);

    AsPerson.call(
        login.login(), login.password(), () -> policy.requireStudentDiaryRead(own.getId()));
    AccessDeniedException otherChild =
        assertThrows(
            AccessDeniedException.class,
            () ->
                AsPerson.call(
                    login.login(),
                    login.password(),
                    () -> policy.requireStudentDiaryRead(other.getId())));
    long missingId = other.getId() + 1_000_000;
    AccessDeniedException missing =
        assertThrows(
            AccessDeniedException.class,
            () ->
                AsPerson.call(
                    login.login(),
                    login.password(),
                    () -> policy.requireStudentDiaryRead(missingId)));
    assertEquals(otherChild.getKey(), missing.getKey());
    assertEquals(
        otherChild.localizedMessage(java.util.Locale.forLanguageTag("lt")),
        missing.localizedMessage(java.util.Locale.forLanguageTag("lt")));

    List<AccessRefusal> logged =
        em.createNamedQuery(AccessRefusal.BY_LOGIN, AccessRefusal.class)
            .setParameter("login", login.login())
            .getResultList();
    assertEquals(2, logged.size());
    assertTrue(
        logged.stream()
            .map(AccessRefusal::getTargetId)
            .toList()
            .containsAll(List.of(String.valueOf(other.getId()), String.valueOf(missingId))));
    assertTrue(logged.stream().allMatch(r -> "STUDENT_DIARY_READ".equals(r.getAction())));
  }

  @Test
  void anEmployeeWithoutThePledgeIsRefusedEverythingUntilAcceptingIt() throws Exception {
    SchoolYear year = fx.year();
    StaffMember classTeacher = fx.staff("Nijolė", "Pasižadėjusi", Role.CLASS_TEACHER);
    StudyGroup classA = fx.gradeClass(year, 5, "a", classTeacher);
    Student student = fx.student("Matas", "Mokinys", 2019);
    fx.member(classA, student, START);
    Account login = fx.accountWithoutPledge(classTeacher);

    assertThrows(
        AccessDeniedException.class,
        () ->
            AsPerson.call(
                login.login(),
                login.password(),
                () -> policy.requireStudentDiaryRead(student.getId())));
    assertTrue(
        em
            .createNamedQuery(AccessRefusal.BY_LOGIN, AccessRefusal.class)
            .setParameter("login", login.login())
            .getResultList()
            .stream()
            .anyMatch(r -> "PLEDGE_NOT_ACCEPTED".equals(r.getAction())));

    fx.acceptPledge(classTeacher.getId());
    AsPerson.call(
        login.login(), login.password(), () -> policy.requireStudentDiaryRead(student.getId()));
  }

  @Test
  void aTeacherFillsTheJournalOnlyWhileAssignedToTheGroup() throws Exception {
    SchoolYear year = fx.year();
    StudyGroup classA = fx.gradeClass(year, 7, "a", null);
    Subject math = fx.subject("Matematika");
    StaffMember teacher = fx.staff("Vaida", "Žilinskienė", Role.TEACHER);
    fx.teach(teacher, math, classA, LocalDate.of(2030, 11, 1));
    Actor actor = actors.byLogin(fx.account(teacher).login());
    assertTrue(policy.mayWriteGroupJournal(actor, classA.getId(), LocalDate.of(2030, 11, 2)));
    assertTrue(!policy.mayWriteGroupJournal(actor, classA.getId(), LocalDate.of(2030, 10, 30)));
  }

  @Test
  void aSubstituteWritesOnlyTheLessonTheySubstituteAndReadsThatGroupsJournal() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 1);
    StaffMember substitute = fx.staff("Paulius", "Pavaduotojas", Role.TEACHER);
    lt.dienynas.journal.Lesson theirs = school.lesson(SCHOOL_DAY, 1);
    lt.dienynas.journal.Lesson notTheirs = school.lesson(SCHOOL_DAY, 2);
    Actor actor = actors.byLogin(fx.account(substitute).login());
    assertTrue(!policy.mayWriteLesson(actor, theirs.getId()));
    assertTrue(!policy.mayReadGroupJournal(actor, school.classGroup.getId()));
    inTx(
        () ->
            em.createNativeQuery("UPDATE lesson SET substitute_id = ?1 WHERE id = ?2")
                .setParameter(1, substitute.getId())
                .setParameter(2, theirs.getId())
                .executeUpdate());
    assertTrue(policy.mayWriteLesson(actor, theirs.getId()));
    assertTrue(!policy.mayWriteLesson(actor, notTheirs.getId()));
    assertTrue(policy.mayReadGroupJournal(actor, school.classGroup.getId()));
    Actor teacher = actors.byLogin(school.teacherAccount.login());
    assertTrue(policy.mayWriteLesson(teacher, theirs.getId()), "the group's own teacher still may");
    assertTrue(!policy.mayWriteLesson(teacher, theirs.getId() + 1_000_000), "no such lesson");
  }

  @Test
  void everyLessonWriteGoesOnlyToTheLessonsTeacherAndSubstituteAsTheTableSays() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 2);
    StudyGroup sixA = school.classGroup;
    Subject lithuanian = fx.subject("Lietuvių kalba");
    StaffMember own = fx.staff("Rūta", "Lietuvių", Role.TEACHER);
    fx.teach(own, lithuanian, sixA, START);
    Lesson lesson = school.lesson(sixA, lithuanian, own, SCHOOL_DAY, 3);
    Lesson another = school.lesson(sixA, lithuanian, own, SCHOOL_DAY, 4);
    long student = school.students.get(0).getId();
    long absentee = school.students.get(1).getId();

    StaffMember ended = fx.staff("Ona", "Buvusi", Role.TEACHER);
    fx.teach(ended, lithuanian, sixA, START);
    inTx(
        () ->
            em.createNativeQuery(
                    "UPDATE teaching_assignment SET valid_to = ?1 WHERE teacher_id = ?2")
                .setParameter(1, SCHOOL_DAY.minusDays(1))
                .setParameter(2, ended.getId())
                .executeUpdate());
    StaffMember later = fx.staff("Jonas", "Būsimas", Role.TEACHER);
    fx.teach(later, lithuanian, sixA, SCHOOL_DAY.plusDays(1));
    StaffMember substitute = fx.staff("Paulius", "Pavaduojantis", Role.TEACHER);
    StaffMember otherSubstitute = fx.staff("Petras", "Kitąpavaduojantis", Role.TEACHER);
    setSubstitute(lesson, substitute);
    setSubstitute(another, otherSubstitute);
    StaffMember elsewhere = fx.staff("Laima", "Kitosklasės", Role.TEACHER);
    fx.teach(elsewhere, lithuanian, fx.gradeClass(school.year, 7, "b", null), START);

    Map<String, Account> people = new java.util.HashMap<>();
    people.put("TEACHER: teaches this group and subject", fx.account(own));
    people.put("TEACHER: teaches another subject in this class", school.teacherAccount);
    people.put("TEACHER: assignment ended before the lesson date", fx.account(ended));
    people.put("TEACHER: assignment starts after the lesson date", fx.account(later));
    people.put("TEACHER: substitute of this lesson", fx.account(substitute));
    people.put("TEACHER: substitute of another lesson of the group", fx.account(otherSubstitute));
    people.put("TEACHER: teaches this subject in another class", fx.account(elsewhere));
    people.put(
        "CLASS_TEACHER: class teacher of this class",
        fx.account(fx.staff("Klasė", "Vadovaujanti", Role.CLASS_TEACHER)));
    inTx(
        () ->
            em.find(SchoolClass.class, school.classId)
                .assignClassTeacher(
                    em.find(
                        StaffMember.class,
                        people.get("CLASS_TEACHER: class teacher of this class").personId())));
    for (Role role : new Role[] {Role.DIRECTOR, Role.DEPUTY, Role.DB_ADMIN}) {
      people.put(
          Arrays.stream(LESSON_TABLE.split("\n"))
              .map(l -> cells(l)[0])
              .filter(name -> name.startsWith(role.name() + ":"))
              .findFirst()
              .orElseThrow(),
          fx.account(fx.staff("Vadovas", surnameOf(role), role)));
    }
    people.put(
        "GUARDIAN: guardian of a student of the lesson",
        fx.account(fx.guardian("Rasa", "Globėja", school.students.get(0))));
    people.put("STUDENT: student of the lesson", fx.account(school.students.get(0)));

    List<String> mismatches = new ArrayList<>();
    String[] lines = LESSON_TABLE.strip().split("\n");
    String[] columns = cells(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String[] row = cells(lines[i]);
      Account who = Objects.requireNonNull(people.get(row[0]), row[0]);
      int slot = i;
      List<JournalSchool.ThrowingRunnable> operations =
          List.of(
              () -> lessons.record(lesson.getId(), LessonRecord.topic("Tema " + slot)),
              () ->
                  marks.record(
                      lesson.getId(), student, MarkInput.of(MarkValue.tenPoint(1 + slot % 10))),
              () -> marks.record(lesson.getId(), student, null),
              () -> attendance.record(lesson.getId(), absentee, AttendanceStatus.ABSENT),
              () -> attendance.record(lesson.getId(), absentee, null),
              () ->
                  notes.add(
                      student, StudentNoteKind.REMARK, "Pastaba " + slot, null, lesson.getId()),
              () -> integrated.integrate(lesson.getId(), Set.of(school.subject.getId())),
              () -> lessons.add(sixA.getId(), SCHOOL_DAY, 5, lithuanian.getId()));
      for (int c = 0; c < operations.size(); c++) {
        String before = lessonState(sixA.getId());
        String outcome = outcome(who, operations.get(c));
        String after = lessonState(sixA.getId());
        String expected = row[c + 1];
        if (!expected.equals(outcome)) {
          mismatches.add(
              row[0] + " / " + columns[c + 1] + ": expected " + expected + ", " + outcome);
        } else if ("no".equals(outcome) && !before.equals(after)) {
          mismatches.add(row[0] + " / " + columns[c + 1] + ": refused but changed " + after);
        }
      }
    }
    assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
  }

  @Test
  void aTeacherGeneratesOnlyTheLessonsOfTheirOwnSubjectAndTheDbAdminAll() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 1);
    Subject lithuanian = fx.subject("Lietuvių kalba");
    StaffMember own = fx.staff("Rūta", "Lietuvių", Role.TEACHER);
    fx.teach(own, lithuanian, school.classGroup, START);
    inTx(
        () -> {
          StudyGroup group = em.find(StudyGroup.class, school.classGroup.getId());
          em.persist(
              new TimetableSlot(
                  group,
                  em.find(Subject.class, school.subject.getId()),
                  em.find(StaffMember.class, school.teacher.getId()),
                  DayOfWeek.MONDAY,
                  1,
                  null,
                  START));
          em.persist(
              new TimetableSlot(
                  group,
                  em.find(Subject.class, lithuanian.getId()),
                  em.find(StaffMember.class, own.getId()),
                  DayOfWeek.MONDAY,
                  2,
                  null,
                  START));
          return null;
        });
    long group = school.classGroup.getId();
    LocalDate monday = SCHOOL_DAY;
    assertEquals(
        1,
        JournalSchool.as(school.teacherAccount, () -> lessons.generate(group, monday, monday)),
        "the maths teacher generates the maths lesson only");
    assertEquals(List.of(school.subject.getId()), subjectsOfLessons(group, monday));
    Account classTeacher = fx.account(fx.staff("Klasė", "Vadovė", Role.CLASS_TEACHER));
    assertEquals("no", outcome(classTeacher, () -> lessons.generate(group, monday, monday)));
    assertEquals(
        1, JournalSchool.as(fx.account(own), () -> lessons.generate(group, monday, monday)));
    LocalDate nextMonday = monday.plusWeeks(1);
    Account admin = fx.account(fx.staff("Ada", "Administratorė", Role.DB_ADMIN));
    assertEquals(2, JournalSchool.as(admin, () -> lessons.generate(group, nextMonday, nextMonday)));
  }

  private List<Long> subjectsOfLessons(long groupId, LocalDate date) {
    return em.createQuery(
            "SELECT l.subject.id FROM Lesson l WHERE l.group.id = :g AND l.lessonDate = :d",
            Long.class)
        .setParameter("g", groupId)
        .setParameter("d", date)
        .getResultList();
  }

  /** "yes" when the operation went through, "no" when it was refused, otherwise what happened. */
  private static String outcome(Account who, JournalSchool.ThrowingRunnable operation) {
    try {
      JournalSchool.doAs(who, operation);
      return "yes";
    } catch (AccessDeniedException | EJBAccessException e) {
      return "no";
    } catch (Exception e) {
      Throwable cause = e;
      while (cause.getCause() != null
          && !(cause instanceof AccessDeniedException || cause instanceof EJBAccessException)) {
        cause = cause.getCause();
      }
      if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
        return "no";
      }
      return "failed with " + cause;
    }
  }

  /** Everything written about the group's lessons, to show that a refused write changed nothing. */
  private String lessonState(long groupId) {
    return String.valueOf(
        em.createNativeQuery(
                """
                SELECT CONCAT_WS('|',
                  (SELECT GROUP_CONCAT(CONCAT_WS(':', l.id, l.topic, l.version) ORDER BY l.id)
                     FROM lesson l WHERE l.group_id = ?1),
                  (SELECT GROUP_CONCAT(CONCAT_WS(':', m.id, m.version) ORDER BY m.id) FROM mark m
                     JOIN lesson l ON l.id = m.lesson_id WHERE l.group_id = ?1),
                  (SELECT GROUP_CONCAT(CONCAT_WS(':', a.id, a.version) ORDER BY a.id) FROM attendance a
                     JOIN lesson l ON l.id = a.lesson_id WHERE l.group_id = ?1),
                  (SELECT COUNT(*) FROM student_note n
                     JOIN lesson l ON l.id = n.lesson_id WHERE l.group_id = ?1),
                  (SELECT COUNT(*) FROM lesson_subject s
                     JOIN lesson l ON l.id = s.lesson_id WHERE l.group_id = ?1))
                """)
            .setParameter(1, groupId)
            .getSingleResult());
  }

  private void setSubstitute(Lesson lesson, StaffMember substitute) throws Exception {
    inTx(
        () ->
            em.createNativeQuery("UPDATE lesson SET substitute_id = ?1 WHERE id = ?2")
                .setParameter(1, substitute.getId())
                .setParameter(2, lesson.getId())
                .executeUpdate());
  }

  private World buildWorld() throws Exception {
    SchoolYear year = fx.year();
    Map<Role, Account> accounts = new EnumMap<>(Role.class);
    Map<Role, Long> ownStudent = new EnumMap<>(Role.class);
    Map<Role, Long> ownGroup = new EnumMap<>(Role.class);
    Map<Role, Long> ownClass = new EnumMap<>(Role.class);

    StudyGroup fifthA = fx.gradeClass(year, 5, "a", null);
    StudyGroup sixthB = fx.gradeClass(year, 6, "b", null);
    long fifthAClass = classOf(fifthA);
    Student s5 = fx.student("Ąžuolas", "Kazlauskas", 2019);
    Student s6 = fx.student("Gabija", "Petraitytė", 2018);
    fx.member(fifthA, s5, START);
    fx.member(sixthB, s6, START);
    Subject english = fx.subject("Anglų kalba");
    StudyGroup english5 = fx.group(year, GroupKind.SUBJECT, "5a anglų", fifthA, english);
    fx.member(english5, s5, START);
    StaffMember otherTeacher = fx.staff("Rimas", "Kairys", Role.TEACHER);
    fx.teach(otherTeacher, fx.subject("Matematika"), sixthB, START);

    for (Role role : Role.values()) {
      ownStudent.put(role, s5.getId());
      ownGroup.put(role, english5.getId());
      ownClass.put(role, fifthAClass);
    }
    for (Role role :
        new Role[] {
          Role.DIRECTOR,
          Role.DEPUTY,
          Role.DB_ADMIN,
          Role.IT_SPECIALIST,
          Role.HEALTH_SPECIALIST,
          Role.LIBRARIAN,
          Role.ARCHIVIST,
          Role.NON_FORMAL_ORGANISER
        }) {
      accounts.put(role, fx.account(fx.staff("Vardenis", surnameOf(role), role)));
    }
    StaffMember classTeacher = fx.staff("Jūratė", "Klasės", Role.CLASS_TEACHER);
    inTx(
        () ->
            em.find(SchoolClass.class, fifthAClass)
                .assignClassTeacher(em.find(StaffMember.class, classTeacher.getId())));
    accounts.put(Role.CLASS_TEACHER, fx.account(classTeacher));
    ownGroup.put(Role.CLASS_TEACHER, fifthA.getId());

    StaffMember teacher = fx.staff("Kęstutis", "Anglų", Role.TEACHER);
    fx.teach(teacher, english, english5, START);
    accounts.put(Role.TEACHER, fx.account(teacher));

    StaffMember nonFormal = fx.staff("Šarūnas", "Būrelis", Role.NON_FORMAL_TEACHER);
    StudyGroup robotics = fx.group(year, GroupKind.NON_FORMAL, "Robotika", null, null);
    fx.member(robotics, s5, START);
    fx.teach(nonFormal, fx.subject("Robotika"), robotics, START);
    accounts.put(Role.NON_FORMAL_TEACHER, fx.account(nonFormal));
    ownGroup.put(Role.NON_FORMAL_TEACHER, robotics.getId());

    StaffMember preschoolTeacher = fx.staff("Liepa", "Darželio", Role.PRESCHOOL_TEACHER);
    SchoolClass preschoolClassEntity =
        inTx(
            () -> {
              SchoolClass k =
                  new SchoolClass(
                      em.find(SchoolYear.class, year.getId()),
                      ClassLevel.PRESCHOOL,
                      "",
                      Fixtures.unique("Boružėlės "));
              em.persist(k);
              return k;
            });
    long preschoolClass = preschoolClassEntity.getId();
    StudyGroup preschool =
        inTx(
            () -> {
              StudyGroup g =
                  new StudyGroup(
                      em.find(SchoolYear.class, year.getId()),
                      GroupKind.PRESCHOOL,
                      Fixtures.unique("Boružėlių grupė "),
                      em.find(SchoolClass.class, preschoolClass),
                      null);
              em.persist(g);
              return g;
            });
    Student child = fx.student("Ugnė", "Mažoji", 2026);
    fx.member(preschool, child, START);
    fx.teach(preschoolTeacher, fx.subject("Ikimokyklinis ugdymas"), preschool, START);
    accounts.put(Role.PRESCHOOL_TEACHER, fx.account(preschoolTeacher));
    ownStudent.put(Role.PRESCHOOL_TEACHER, child.getId());
    ownGroup.put(Role.PRESCHOOL_TEACHER, preschool.getId());
    ownClass.put(Role.PRESCHOOL_TEACHER, preschoolClass);

    StaffMember vdm = fx.staff("Aušra", "Popamokinė", Role.VDM_EDUCATOR);
    StudyGroup vdmGroup = fx.group(year, GroupKind.VDM, "VDM", null, null);
    fx.member(vdmGroup, s5, START);
    fx.teach(vdm, fx.subject("VDM veikla"), vdmGroup, START);
    accounts.put(Role.VDM_EDUCATOR, fx.account(vdm));
    ownGroup.put(Role.VDM_EDUCATOR, vdmGroup.getId());

    for (Role role :
        new Role[] {
          Role.SOCIAL_PEDAGOGUE,
          Role.PSYCHOLOGIST,
          Role.SPECIAL_PEDAGOGUE,
          Role.SPEECH_THERAPIST,
          Role.CAREER_SPECIALIST
        }) {
      StaffMember specialist = fx.staff("Inga", surnameOf(role), role);
      inTx(
          () ->
              em.createNativeQuery(
                      "INSERT INTO student_support (specialist_id, student_id, valid_from) VALUES (?1, ?2, ?3)")
                  .setParameter(1, specialist.getId())
                  .setParameter(2, s5.getId())
                  .setParameter(3, START)
                  .executeUpdate());
      accounts.put(role, fx.account(specialist));
    }

    accounts.put(Role.GUARDIAN, fx.account(fx.guardian("Rasa", "Kazlauskienė", s5)));
    accounts.put(Role.STUDENT, fx.account(s5));

    return new World(
        accounts, ownStudent, ownGroup, ownClass, s6.getId(), sixthB.getId(), classOf(sixthB));
  }

  private long classOf(StudyGroup group) {
    return em.find(StudyGroup.class, group.getId()).getSchoolClass().orElseThrow().getId();
  }

  private <T> T inTx(java.util.concurrent.Callable<T> work) throws Exception {
    return fx.inTx(work);
  }

  private void inTx(Runnable work) throws Exception {
    fx.inTx(
        () -> {
          work.run();
          return null;
        });
  }

  private static String[] cells(String line) {
    String[] cells = line.split("\\|");
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cells[i].strip();
    }
    return cells;
  }

  /** A surname after the role, written as a name (pages crawled for raw enum names list people). */
  private static String surnameOf(Role role) {
    return role.name().charAt(0) + role.name().substring(1).toLowerCase().replace("_", "");
  }
}
