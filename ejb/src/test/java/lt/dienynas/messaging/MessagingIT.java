package lt.dienynas.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Internal messages: who may write to whom, group recipients, threads, receipts, attachments. */
@ExtendWith(ArquillianExtension.class)
class MessagingIT {
  private static final LocalDate START = LocalDate.of(2025, 9, 1);
  private static final Locale LT = Locale.forLanguageTag("lt");

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("messaging-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB MessageService messages;

  private Fixtures fx;

  /** Two classes, each with a class teacher, students and their guardians. */
  private record School(
      long class5a,
      long class6b,
      StudyGroup group5a,
      StudyGroup english5a,
      Account classTeacher5a,
      Account englishTeacher,
      Account mathTeacher6b,
      Account guardianA,
      Account guardianB,
      Account guardianLeft,
      Account guardian6b,
      Account studentA,
      Student a,
      Student b) {}

  @BeforeEach
  void setUp() {
    fx = new Fixtures(em, tx);
  }

  private School school() throws Exception {
    SchoolYear year = fx.year();
    StaffMember ct5a = fx.staff("Jūratė", "Žemaitienė", Role.CLASS_TEACHER, Role.TEACHER);
    StaffMember ct6b = fx.staff("Petras", "Kairys", Role.CLASS_TEACHER);
    StudyGroup g5a = fx.gradeClass(year, 5, "a", ct5a);
    StudyGroup g6b = fx.gradeClass(year, 6, "b", ct6b);
    Student a = fx.student("Ąžuolas", "Kazlauskas", 2014);
    Student b = fx.student("Gabija", "Petraitytė", 2014);
    Student left = fx.student("Darius", "Išvykęs", 2014);
    Student c6 = fx.student("Eglė", "Šeštokė", 2013);
    fx.member(g5a, a, START);
    fx.member(g5a, b, START);
    fx.member(g5a, left, START);
    fx.leave(g5a, left, LocalDate.of(2025, 10, 31));
    fx.member(g6b, c6, START);
    Subject english = fx.subject("Anglų kalba");
    StudyGroup english5a = fx.group(year, GroupKind.SUBJECT, "5a anglų", g5a, english);
    fx.member(english5a, a, START);
    StaffMember englishTeacher = fx.staff("Kęstutis", "Anglickas", Role.TEACHER);
    fx.teach(englishTeacher, english, english5a, START);
    StaffMember math6b = fx.staff("Rima", "Skaičiuvienė", Role.TEACHER);
    fx.teach(math6b, fx.subject("Matematika"), g6b, START);
    Guardian ga = fx.guardian("Rasa", "Kazlauskienė", a);
    Guardian gb = fx.guardian("Tomas", "Petraitis", b);
    Guardian gl = fx.guardian("Ona", "Išvykusi", left);
    Guardian g6 = fx.guardian("Laima", "Šeštokienė", c6);
    return new School(
        fx.classOf(g5a),
        fx.classOf(g6b),
        g5a,
        english5a,
        fx.account(ct5a),
        fx.account(englishTeacher),
        fx.account(math6b),
        fx.account(ga),
        fx.account(gb),
        fx.account(gl),
        fx.account(g6),
        fx.account(a),
        a,
        b);
  }

  @Test
  void aGuardianWritesToTheChildsTeachersButNotToAnotherClassesFamilies() throws Exception {
    School s = school();
    Account guardian = s.guardianA();
    long before = count("SELECT COUNT(*) FROM message WHERE sender_id = " + guardian.personId());

    for (RecipientTarget forbidden :
        List.of(
            RecipientTarget.person(s.guardian6b().personId()),
            RecipientTarget.person(s.guardianB().personId()),
            RecipientTarget.person(s.mathTeacher6b().personId()),
            new RecipientTarget(RecipientKind.CLASS_GUARDIANS, s.class6b()),
            new RecipientTarget(RecipientKind.CLASS_GUARDIANS, s.class5a()),
            new RecipientTarget(RecipientKind.GROUP_GUARDIANS, s.group5a().getId()),
            new RecipientTarget(RecipientKind.CLASS_TEACHERS, s.class6b()),
            new RecipientTarget(RecipientKind.ALL_STAFF, 0),
            RecipientTarget.person(s.guardian6b().personId() + 1_000_000))) {
      assertThrows(
          AccessDeniedException.class,
          () -> as(guardian, () -> messages.send(List.of(forbidden), "Sveiki", "Tekstas", null)),
          forbidden.toString());
    }
    assertEquals(
        before, count("SELECT COUNT(*) FROM message WHERE sender_id = " + guardian.personId()));

    // the child's class teacher, the child's subject teacher, all teachers of the child's class
    as(
        guardian,
        () ->
            messages.send(
                List.of(
                    RecipientTarget.person(s.classTeacher5a().personId()),
                    RecipientTarget.person(s.englishTeacher().personId()),
                    new RecipientTarget(RecipientKind.CLASS_TEACHERS, s.class5a())),
                "Dėl namų darbų",
                "Laba diena, ar galėtumėte paaiškinti užduotį?",
                null));
    assertEquals(
        before + 1, count("SELECT COUNT(*) FROM message WHERE sender_id = " + guardian.personId()));
    // a text with a bidi override or a control character is refused and nothing is sent
    RecipientTarget classTeacher = RecipientTarget.person(s.classTeacher5a().personId());
    for (String[] hostile :
        new String[][] {{"Dėl \u202Eėlėtsiš", "Tekstas"}, {"Dėl namų darbų", "Labas\u0000"}}) {
      lt.dienynas.shared.BusinessException refused =
          assertThrows(
              lt.dienynas.shared.BusinessException.class,
              () ->
                  as(
                      guardian,
                      () -> messages.send(List.of(classTeacher), hostile[0], hostile[1], null)));
      assertEquals("plainText.invalid", refused.getKey());
    }
    assertEquals(
        before + 1, count("SELECT COUNT(*) FROM message WHERE sender_id = " + guardian.personId()));

    List<RecipientOption> found = as(guardian, () -> messages.searchPeople("Šeštokienė", LT));
    assertTrue(found.isEmpty(), found.toString());
    List<RecipientOption> teacher = as(guardian, () -> messages.searchPeople("Žemaitien", LT));
    assertEquals(1, teacher.size(), teacher.toString());
    assertEquals("Jūratė Žemaitienė", teacher.get(0).label());
    List<String> groups =
        as(guardian, () -> messages.groupOptions(LT)).stream().map(RecipientOption::key).toList();
    assertEquals(List.of("CLASS_TEACHERS:" + s.class5a()), groups);
  }

  @Test
  void groupRecipientsExpandToTheirMembersOfToday() throws Exception {
    School s = school();
    long toGuardians =
        as(
            s.classTeacher5a(),
            () ->
                messages.send(
                    List.of(new RecipientTarget(RecipientKind.CLASS_GUARDIANS, s.class5a())),
                    "Tėvų susirinkimas",
                    "Kviečiu į susirinkimą.",
                    null));
    assertEquals(
        Set.of(s.guardianA().personId(), s.guardianB().personId()), recipients(toGuardians));

    long toGroup =
        as(
            s.englishTeacher(),
            () ->
                messages.send(
                    List.of(
                        new RecipientTarget(RecipientKind.GROUP_STUDENTS, s.english5a().getId()),
                        new RecipientTarget(RecipientKind.GROUP_GUARDIANS, s.english5a().getId())),
                    "Anglų kalbos kontrolinis",
                    "Kontrolinis darbas penktadienį.",
                    null));
    assertEquals(Set.of(s.a().getId(), s.guardianA().personId()), recipients(toGroup));

    long toTeachers =
        as(
            s.englishTeacher(),
            () ->
                messages.send(
                    List.of(new RecipientTarget(RecipientKind.CLASS_TEACHERS, s.class5a())),
                    "5a klasės reikalai",
                    "Kolegos, pasitarkime.",
                    null));
    // the class teacher and every teacher of the class's groups, never the sender
    assertEquals(Set.of(s.classTeacher5a().personId()), recipients(toTeachers));

    // the English teacher teaches a group of 5a, not the class: the class's families are not theirs
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                s.englishTeacher(),
                () ->
                    messages.send(
                        List.of(new RecipientTarget(RecipientKind.CLASS_GUARDIANS, s.class5a())),
                        "x",
                        "y",
                        null)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                s.mathTeacher6b(),
                () ->
                    messages.send(
                        List.of(RecipientTarget.person(s.guardianA().personId())),
                        "x",
                        "y",
                        null)));
  }

  @Test
  void aReplyStaysInTheThreadAndTheSenderSeesWhoHasRead() throws Exception {
    School s = school();
    long sent =
        as(
            s.classTeacher5a(),
            () ->
                messages.send(
                    List.of(new RecipientTarget(RecipientKind.CLASS_GUARDIANS, s.class5a())),
                    "Ekskursija į Trakus",
                    "Gegužės 5 d. vykstame į Trakus. Prašome sutikimo.",
                    null));
    assertEquals(1, as(s.guardianA(), () -> messages.unreadCount()));
    MessagePage inbox = as(s.guardianA(), () -> messages.inbox(0));
    assertEquals(1, inbox.total());
    assertFalse(inbox.items().get(0).read());
    assertEquals("Jūratė Žemaitienė", inbox.items().get(0).counterpart());

    ThreadView opened = as(s.guardianA(), () -> messages.open(sent, LT));
    assertEquals("Ekskursija į Trakus", opened.subject());
    assertTrue(opened.mayReply());
    assertEquals(0, as(s.guardianA(), () -> messages.unreadCount()));

    List<Receipt> receipts = as(s.classTeacher5a(), () -> messages.receipts(sent, 0));
    assertEquals(2, receipts.size());
    Receipt ofA =
        receipts.stream()
            .filter(r -> r.personId() == s.guardianA().personId())
            .findFirst()
            .orElseThrow();
    Receipt ofB =
        receipts.stream()
            .filter(r -> r.personId() == s.guardianB().personId())
            .findFirst()
            .orElseThrow();
    assertNotNull(ofA.readAt());
    assertNull(ofB.readAt());
    assertEquals(2, as(s.classTeacher5a(), () -> messages.sent(0)).items().get(0).recipients());
    assertEquals(1, as(s.classTeacher5a(), () -> messages.sent(0)).items().get(0).readBy());

    // only the sender sees the receipts; another recipient, or a guessed id, is refused alike
    assertThrows(
        AccessDeniedException.class, () -> as(s.guardianA(), () -> messages.receipts(sent, 0)));
    assertThrows(
        AccessDeniedException.class, () -> as(s.guardian6b(), () -> messages.open(sent, LT)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.guardian6b(), () -> messages.open(sent + 1_000_000, LT)));

    long reply = as(s.guardianA(), () -> messages.reply(sent, "Sutinku, vaikas vyks.", null));
    assertEquals(Set.of(s.classTeacher5a().personId()), recipients(reply));
    ThreadView thread = as(s.classTeacher5a(), () -> messages.open(reply, LT));
    assertEquals(2, thread.messages().size());
    assertEquals("Re: Ekskursija į Trakus", thread.messages().get(1).subject());
    // guardian B sees only their own part of the conversation
    assertEquals(1, as(s.guardianB(), () -> messages.open(sent, LT)).messages().size());
  }

  @Test
  void searchFindsOnesOwnMessagesWhateverTheCaseAndAccents() throws Exception {
    School s = school();
    as(
        s.classTeacher5a(),
        () ->
            messages.send(
                List.of(RecipientTarget.person(s.guardianA().personId())),
                "Žinutė apie Užgavėnes",
                "Šventė vyks kieme.",
                null));
    MessagePage hits = as(s.guardianA(), () -> messages.search("uzgavenes", 0));
    assertEquals(1, hits.total());
    assertEquals(1, as(s.classTeacher5a(), () -> messages.search("ŠVENTĖ", 0)).total());
    assertEquals(0, as(s.guardianB(), () -> messages.search("Užgavėnes", 0)).total());
  }

  @Test
  void attachmentsAreCheckedByTypeAndSizeAndOnlyThePartiesMayDownloadThem() throws Exception {
    School s = school();
    byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
    long sent =
        as(
            s.classTeacher5a(),
            () ->
                messages.send(
                    List.of(RecipientTarget.person(s.guardianA().personId())),
                    "Pažymų išrašas",
                    "Siunčiu išrašą.",
                    List.of(new NewAttachment("išrašas.pdf", pdf))));
    ThreadView view = as(s.guardianA(), () -> messages.open(sent, LT));
    long attachmentId = view.messages().get(0).attachments().get(0).id();
    assertEquals("išrašas.pdf", view.messages().get(0).attachments().get(0).fileName());
    assertEquals(
        pdf.length, as(s.guardianA(), () -> messages.attachment(attachmentId)).getContent().length);
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.guardianB(), () -> messages.attachment(attachmentId)));

    BusinessException fake =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    s.classTeacher5a(),
                    () ->
                        messages.send(
                            List.of(RecipientTarget.person(s.guardianA().personId())),
                            "x",
                            "y",
                            List.of(new NewAttachment("virusas.pdf", new byte[] {'M', 'Z', 1})))));
    assertEquals("attachment.type", fake.getKey());
    BusinessException big =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    s.classTeacher5a(),
                    () ->
                        messages.send(
                            List.of(RecipientTarget.person(s.guardianA().personId())),
                            "x",
                            "y",
                            List.of(new NewAttachment("didelis.txt", new byte[6 * 1024 * 1024])))));
    assertEquals("attachment.tooLarge", big.getKey());
    assertEquals(1, as(s.guardianA(), () -> messages.inbox(0)).total());
  }

  private Set<Long> recipients(long messageId) {
    Set<Long> ids = new HashSet<>();
    for (Object id :
        em.createNativeQuery("SELECT recipient_id FROM message_recipient WHERE message_id = ?1")
            .setParameter(1, messageId)
            .getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private static <T> T as(Account account, java.util.concurrent.Callable<T> action)
      throws Exception {
    return AsPerson.call(account.login(), account.password(), action);
  }
}
