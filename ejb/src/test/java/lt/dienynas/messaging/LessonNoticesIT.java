package lt.dienynas.messaging;

import static lt.dienynas.testing.JournalSchool.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.correction.CorrectionDraft;
import lt.dienynas.correction.CorrectionLine;
import lt.dienynas.correction.CorrectionService;
import lt.dienynas.journal.JournalService;
import lt.dienynas.journal.Lesson;
import lt.dienynas.journal.LessonRecord;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.Delivered;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.JournalSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guardians (and students of grades 5–8) are told of new marks, absences and homework: one notice
 * per lesson save per person, naming what was written for their child, as they chose, in the inbox
 * and by e-mail where switched on; the deputy and the DB admin are told when a correction act waits
 * for them.
 */
@ExtendWith(ArquillianExtension.class)
class LessonNoticesIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModuleWithSmtpServer("lesson-notices-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB JournalService journal;
  @EJB MessageService messages;
  @EJB NoticePreferenceService preferences;
  @EJB CorrectionService corrections;
  @EJB MonthLockService locks;

  private Fixtures fx;

  @BeforeEach
  void setUp() {
    fx = new Fixtures(em, tx);
  }

  @Test
  void aGuardianGetsOneNoticePerSaveNamingTheMarksAndAbsencesOfTheirChildren() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 7, 3);
    Student ona = school.students.get(0);
    Student jonas = school.students.get(1);
    Student other = school.students.get(2);
    Guardian parent = fx.guardian("Rasa", "Mama", ona, jonas);
    Account parentAccount = fx.account(parent);
    Guardian otherParent = fx.guardian("Petras", "Tėvas", other);
    Lesson lesson = school.lesson(DAY, 1);

    Map<Long, String> cells = new LinkedHashMap<>();
    cells.put(ona.getId(), "9");
    cells.put(jonas.getId(), "n");
    save(school, lesson, cells);

    Delivered.waitFor(() -> lessonNotices(parent.getId()) == 1);
    Thread.sleep(1000);
    assertEquals(1, lessonNotices(parent.getId()), "one notice per save, not one per entry");
    assertEquals(0, lessonNotices(otherParent.getId()), "nothing was written for this child");
    // grade 7: each student is told of their own entries
    assertEquals(1, lessonNotices(ona.getId()));
    assertEquals(1, lessonNotices(jonas.getId()));
    assertEquals(0, lessonNotices(other.getId()));

    MessagePage inbox = as(parentAccount, () -> messages.inbox(0));
    assertEquals(1, inbox.total());
    long id = inbox.items().get(0).id();
    ThreadView notice = as(parentAccount, () -> messages.open(id, Locale.forLanguageTag("lt")));
    String body = notice.messages().get(0).body();
    assertTrue(body.contains(name(ona) + ": pažymys 9"), body);
    assertTrue(body.contains(name(jonas) + ": nebuvo pamokoje"), body);
    ThreadView english = as(parentAccount, () -> messages.open(id, Locale.ENGLISH));
    assertTrue(english.messages().get(0).body().contains(name(ona) + ": mark 9"));

    // a second save of the same cells changes nothing and tells nobody again
    save(school, lesson, cells);
    Thread.sleep(1500);
    assertEquals(1, lessonNotices(parent.getId()));
  }

  @Test
  void aStudentOfGrade6IsToldAndEachGuardiansChoiceIsRespected() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 1);
    Student ona = school.students.get(0);
    Account onaAccount = fx.account(ona);
    Guardian absencesOnly = fx.guardian("Rasa", "Mama", ona);
    Account absencesOnlyAccount = fx.account(absencesOnly);
    Guardian nothing = fx.guardian("Petras", "Tėvas", ona);
    Account nothingAccount = fx.account(nothing);
    as(
        absencesOnlyAccount,
        () -> preferences.saveMine(new NoticePreference.Choices(false, true, false, true, 0)));
    as(
        nothingAccount,
        () -> preferences.saveMine(new NoticePreference.Choices(false, false, false, true, 0)));
    NoticePreference.Choices saved = as(absencesOnlyAccount, preferences::mine);
    assertFalse(saved.marks());
    assertTrue(saved.absences());
    // a stale second window is refused with a message, not overwritten
    assertEquals(
        "noticePreference.stale",
        assertThrows(
                BusinessException.class,
                () ->
                    as(
                        absencesOnlyAccount,
                        () ->
                            preferences.saveMine(
                                new NoticePreference.Choices(true, true, true, true, 0))))
            .getKey());

    Lesson lesson = school.lesson(DAY, 2);
    save(school, lesson, Map.of(ona.getId(), "p 8"));

    Delivered.waitFor(() -> lessonNotices(ona.getId()) == 1);
    Delivered.waitFor(() -> lessonNotices(absencesOnly.getId()) == 1);
    Thread.sleep(1000);
    assertEquals(0, lessonNotices(nothing.getId()));
    String own = body(onaAccount);
    assertTrue(own.contains("pažymys 8") && own.contains("pavėlavo į pamoką"), own);
    String guardian = body(absencesOnlyAccount);
    assertTrue(guardian.contains("pavėlavo į pamoką"), guardian);
    assertFalse(guardian.contains("pažymys"), guardian);

    // homework: every student of the group is told (those who want it), marks or not
    save(
        school,
        lesson,
        Map.of(),
        new LessonRecord("Trupmenos", "Uždaviniai 12–14", DAY.plusDays(2), null, null, false));
    Delivered.waitFor(() -> lessonNotices(ona.getId()) == 2);
    Thread.sleep(1000);
    assertEquals(1, lessonNotices(absencesOnly.getId()), "homework switched off");
  }

  @Test
  void aNoticeGoesByEmailOnlyWhereEmailIsSwitchedOn() throws Exception {
    int port = Integer.getInteger("dienynas.mail.port");
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    System.setProperty(NoticeMailer.ENABLED_PROPERTY, "true");
    try {
      JournalSchool school = JournalSchool.of(fx, em, 2, 1);
      Student ona = school.students.get(0);
      Guardian wants = fx.guardian("Žydrūnė", "Ąžuolienė", ona);
      fx.email(wants, "zydrune.lesson@example.lt");
      Guardian inboxOnly = fx.guardian("Jonas", "Tėvas", ona);
      fx.email(inboxOnly, "jonas.lesson@example.lt");
      Account inboxOnlyAccount = fx.account(inboxOnly);
      as(
          inboxOnlyAccount,
          () -> preferences.saveMine(new NoticePreference.Choices(true, true, true, false, 0)));

      save(school, school.lesson(DAY, 3), Map.of(ona.getId(), "n"));

      assertTrue(smtp.waitForIncomingEmail(15_000, 1), "no e-mail arrived");
      Delivered.waitFor(() -> lessonNotices(inboxOnly.getId()) == 1);
      Thread.sleep(1000);
      MimeMessage[] received = smtp.getReceivedMessages();
      assertEquals(1, received.length);
      assertEquals(
          List.of("zydrune.lesson@example.lt"),
          Arrays.stream(received[0].getAllRecipients()).map(Object::toString).toList());
      String text =
          new String(
              received[0].getDataHandler().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(text.contains(name(ona) + ": nebuvo pamokoje"), text);
      // grade 2: the student is not told himself, only through the guardians
      assertEquals(0, lessonNotices(ona.getId()));
    } finally {
      System.clearProperty(NoticeMailer.ENABLED_PROPERTY);
      smtp.stop();
    }
  }

  @Test
  void aSubmittedCorrectionActTellsTheDeputyAndTheAdminThatItWaitsForThem() throws Exception {
    Account admin = fx.account(fx.staff("Ada", "Administratorė", Role.DB_ADMIN));
    StaffMember deputyPerson = fx.staff("Dalia", "Pavaduotoja", Role.DEPUTY);
    fx.account(deputyPerson);
    JournalSchool school = JournalSchool.of(fx, em, 7, 1);
    Student ona = school.students.get(0);
    LocalDate day = LocalDate.of(2030, 10, 14);
    Lesson lesson = school.lesson(day, 1);
    save(school, lesson, Map.of(ona.getId(), "5"));
    JournalSchool.doAs(admin, () -> locks.lock(YearMonth.of(2030, 10), school.classId));
    long actId =
        as(
            school.teacherAccount,
            () ->
                corrections.draft(
                    new CorrectionDraft(
                        school.classGroup.getId(),
                        school.subject.getId(),
                        day,
                        "Įvertinimas įrašytas klaidingai",
                        "Mokytojos klaida",
                        List.of(CorrectionLine.mark(ona.getId(), lesson.getId(), "5", "7")))));
    assertEquals(0, notices(deputyPerson.getId(), "notice.correctionWaiting.subject"));

    JournalSchool.doAs(school.teacherAccount, () -> corrections.submit(actId));

    Delivered.waitFor(() -> notices(deputyPerson.getId(), "notice.correctionWaiting.subject") == 1);
    Delivered.waitFor(() -> notices(admin.personId(), "notice.correctionWaiting.subject") == 1);
    assertEquals(0, notices(school.teacher.getId(), "notice.correctionWaiting.subject"));
  }

  private void save(JournalSchool school, Lesson lesson, Map<Long, String> cells) throws Exception {
    save(school, lesson, cells, LessonRecord.topic("Trupmenos"));
  }

  private void save(
      JournalSchool school, Lesson lesson, Map<Long, String> cells, LessonRecord record)
      throws Exception {
    as(
        school.teacherAccount,
        () -> {
          journal.saveLesson(lesson.getId(), record, AssessmentKind.CLASSWORK, null, cells);
          return null;
        });
  }

  private String body(Account account) throws Exception {
    MessagePage inbox = as(account, () -> messages.inbox(0));
    long id = inbox.items().get(0).id();
    return as(account, () -> messages.open(id, Locale.forLanguageTag("lt")))
        .messages()
        .get(0)
        .body();
  }

  private long lessonNotices(long personId) {
    return notices(personId, "notice.lesson.subject");
  }

  private long notices(long personId, String subjectKey) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM message_recipient r JOIN message m ON m.id = r.message_id"
                        + " WHERE m.subject_key = ?2 AND r.recipient_id = ?1")
                .setParameter(1, personId)
                .setParameter(2, subjectKey)
                .getSingleResult())
        .longValue();
  }

  private static String name(Student student) {
    return student.getFirstName() + " " + student.getLastName();
  }
}
