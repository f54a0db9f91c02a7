package lt.dienynas.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.ClassLevel;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Delivered;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.FixedSchoolClock;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Announcements: 3 working days ahead counted with the school calendar (§21.13), a week for
 * pre-school (§22.8), delivered to the class's families as notices (§23.13).
 */
@ExtendWith(ArquillianExtension.class)
class AnnouncementIT {
  /** A Monday before Christmas: 24, 25 and 26 December are public holidays. */
  private static final LocalDate MONDAY_23_DECEMBER = LocalDate.of(2030, 12, 23);

  private static final LocalDate START = LocalDate.of(2030, 9, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("announcement-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB AnnouncementService announcements;

  @Inject FixedSchoolClock clock;

  private Fixtures fx;

  @BeforeEach
  void setUp() {
    fx = new Fixtures(em, tx);
    clock.set(MONDAY_23_DECEMBER);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aParentMeetingTwoWorkingDaysAheadIsRefusedWithTheEarliestDate() throws Exception {
    SchoolYear year = fx.year();
    StaffMember classTeacher = fx.staff("Jūratė", "Vadovė", Role.CLASS_TEACHER);
    StudyGroup group = fx.gradeClass(year, 5, "a", classTeacher);
    Student child = fx.student("Ąžuolas", "Kazlauskas", 2019);
    fx.member(group, child, START);
    Guardian parent = fx.guardian("Rasa", "Kazlauskienė", child);
    Account teacher = fx.account(classTeacher);
    long classId = fx.classOf(group);

    // Monday 30 December is 7 calendar days ahead but only 2 working days (27th and 30th)
    BusinessException late =
        assertThrows(
            BusinessException.class,
            () ->
                AsPerson.call(
                    teacher.login(),
                    teacher.password(),
                    () ->
                        announcements.announce(
                            classId,
                            AnnouncementKind.PARENT_MEETING,
                            LocalDate.of(2030, 12, 30),
                            LocalTime.of(18, 0),
                            "Aktų salė",
                            "Pusmečio rezultatai")));
    assertEquals("announcement.tooLate", late.getKey());
    assertTrue(
        late.localizedMessage(java.util.Locale.forLanguageTag("lt"))
            .contains("Anksčiausia galima data – 2030-12-31"),
        late.localizedMessage(java.util.Locale.forLanguageTag("lt")));
    assertEquals(0, announcementsOf(classId));

    String topics = Fixtures.unique("Pusmečio rezultatai, ekskursija ");
    AsPerson.call(
        teacher.login(),
        teacher.password(),
        () ->
            announcements.announce(
                classId,
                AnnouncementKind.PARENT_MEETING,
                LocalDate.of(2030, 12, 31),
                LocalTime.of(18, 0),
                "Aktų salė",
                topics));
    assertEquals(1, announcementsOf(classId));
    // a day after the class's school year ends is refused: an event belongs to its year
    BusinessException outside =
        assertThrows(
            BusinessException.class,
            () ->
                AsPerson.call(
                    teacher.login(),
                    teacher.password(),
                    () ->
                        announcements.announce(
                            classId,
                            AnnouncementKind.PARENT_MEETING,
                            year.getEndDate().plusDays(1),
                            LocalTime.of(18, 0),
                            "Aktų salė",
                            "Kitų metų planai")));
    assertEquals("schoolYear.outside", outside.getKey());
    assertEquals(1, announcementsOf(classId));
    Delivered.waitFor(() -> !noticeRecipients(topics).isEmpty());
    // a parent meeting is for the guardians, not the students
    assertEquals(Set.of(parent.getId()), noticeRecipients(topics));
  }

  @Test
  void aPreSchoolGroupIsToldAWeekAhead() throws Exception {
    SchoolYear year = fx.year();
    StaffMember teacher = fx.staff("Liepa", "Darželio", Role.PRESCHOOL_TEACHER);
    SchoolClass preschool =
        fx.inTx(
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
    StudyGroup group =
        fx.inTx(
            () -> {
              StudyGroup g =
                  new StudyGroup(
                      em.find(SchoolYear.class, year.getId()),
                      GroupKind.PRESCHOOL,
                      Fixtures.unique("Boružėlių grupė "),
                      em.find(SchoolClass.class, preschool.getId()),
                      null);
              em.persist(g);
              return g;
            });
    fx.teach(teacher, fx.subject("Ikimokyklinis ugdymas"), group, START);
    Account account = fx.account(teacher);

    BusinessException late =
        assertThrows(
            BusinessException.class,
            () ->
                AsPerson.call(
                    account.login(),
                    account.password(),
                    () ->
                        announcements.announce(
                            preschool.getId(),
                            AnnouncementKind.PARENT_MEETING,
                            MONDAY_23_DECEMBER.plusDays(6),
                            LocalTime.of(17, 0),
                            "Grupė",
                            "Metų planai")));
    assertEquals("announcement.tooLate", late.getKey());
    AsPerson.call(
        account.login(),
        account.password(),
        () ->
            announcements.announce(
                preschool.getId(),
                AnnouncementKind.PARENT_MEETING,
                MONDAY_23_DECEMBER.plusDays(7),
                LocalTime.of(17, 0),
                "Grupė",
                "Metų planai"));
    assertEquals(1, announcementsOf(preschool.getId()));
  }

  @Test
  void aTimetableChangeReachesStudentsAndGuardiansAndOtherClassesAreRefused() throws Exception {
    SchoolYear year = fx.year();
    StaffMember classTeacher = fx.staff("Jūratė", "Vadovė", Role.CLASS_TEACHER);
    StudyGroup group = fx.gradeClass(year, 6, "a", classTeacher);
    StudyGroup other = fx.gradeClass(year, 6, "b", null);
    Student child = fx.student("Gabija", "Petraitytė", 2018);
    fx.member(group, child, START);
    Guardian parent = fx.guardian("Tomas", "Petraitis", child);
    StaffMember mathTeacher = fx.staff("Rima", "Skaičiuvienė", Role.TEACHER);
    fx.teach(mathTeacher, fx.subject("Matematika"), group, START);
    Account math = fx.account(mathTeacher);
    long classId = fx.classOf(group);

    String change = Fixtures.unique("Matematikos pamoka perkelta į 3 pamoką, mokytoja seminare ");
    AsPerson.call(
        math.login(),
        math.password(),
        () ->
            announcements.announce(
                classId,
                AnnouncementKind.TIMETABLE_CHANGE,
                MONDAY_23_DECEMBER,
                null,
                null,
                change));
    Delivered.waitFor(() -> noticeRecipients(change).size() == 2);
    assertEquals(Set.of(child.getId(), parent.getId()), noticeRecipients(change));

    // a subject teacher does not call parent meetings; nobody announces to a class not theirs
    assertThrows(
        AccessDeniedException.class,
        () ->
            AsPerson.call(
                math.login(),
                math.password(),
                () ->
                    announcements.announce(
                        classId,
                        AnnouncementKind.PARENT_MEETING,
                        LocalDate.of(2031, 1, 15),
                        LocalTime.of(18, 0),
                        "Salė",
                        "Temos")));
    assertThrows(
        AccessDeniedException.class,
        () ->
            AsPerson.call(
                math.login(),
                math.password(),
                () ->
                    announcements.announce(
                        fx.classOf(other),
                        AnnouncementKind.TIMETABLE_CHANGE,
                        MONDAY_23_DECEMBER,
                        null,
                        null,
                        "Pakeitimas")));
  }

  private long announcementsOf(long classId) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM announcement WHERE school_class_id = ?1")
                .setParameter(1, classId)
                .getSingleResult())
        .longValue();
  }

  private Set<Long> noticeRecipients(String marker) {
    Set<Long> ids = new HashSet<>();
    for (Object id :
        em.createNativeQuery(
                "SELECT r.recipient_id FROM message_recipient r JOIN message m ON m.id ="
                    + " r.message_id WHERE m.kind = 'NOTICE' AND m.body LIKE ?1")
            .setParameter(1, "%" + marker + "%")
            .getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }
}
