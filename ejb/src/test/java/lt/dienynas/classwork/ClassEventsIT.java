package lt.dienynas.classwork;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import lt.dienynas.messaging.AnnouncementKind;
import lt.dienynas.messaging.AnnouncementService;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.shared.BusinessAssertions;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.FixedSchoolClock;
import lt.dienynas.testing.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Klasės renginiai ir tėvų susirinkimai (§21.13): what the class teacher announced at least 3
 * working days ahead, with place, time and topics, as the month's calendar of the class for its
 * guardians (everything), its students (not the parents' meetings) and its class teacher; another
 * class's families see none of it; a timetable change is no event.
 */
@ExtendWith(ArquillianExtension.class)
class ClassEventsIT {
  /** A Thursday: three working days ahead is Tuesday 15 October. */
  private static final LocalDate TODAY = LocalDate.of(2030, 10, 10);

  private static final YearMonth OCTOBER = YearMonth.of(2030, 10);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("class-events-it")
        .addClass(BusinessAssertions.class)
        .addClass(ClassworkSchool.class);
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Inject FixedSchoolClock clock;

  @EJB ClassEventService events;

  @EJB AnnouncementService announcements;

  @AfterEach
  void realClock() {
    clock.reset();
  }

  private static <T> T as(Fixtures.Account who, Callable<T> action) throws Exception {
    return AsPerson.call(who.login(), who.password(), action);
  }

  @Test
  void theClassCalendarOfTheMonthForItsFamiliesOnly() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    ClassworkSchool school = new ClassworkSchool(fx);
    clock.set(TODAY);
    long classId = school.classId;
    assertRefused(
        "announcement.tooLate",
        () ->
            as(
                school.classTeacher,
                () ->
                    announcements.announce(
                        classId,
                        AnnouncementKind.PARENT_MEETING,
                        LocalDate.of(2030, 10, 14),
                        LocalTime.of(18, 0),
                        "Aktų salė",
                        "Per anksti")));
    long meeting =
        as(
            school.classTeacher,
            () ->
                announcements.announce(
                    classId,
                    AnnouncementKind.PARENT_MEETING,
                    LocalDate.of(2030, 10, 15),
                    LocalTime.of(18, 0),
                    "Aktų salė",
                    "Pusmečio tikslai"));
    long concert =
        as(
            school.classTeacher,
            () ->
                announcements.announce(
                    classId,
                    AnnouncementKind.CLASS_EVENT,
                    LocalDate.of(2030, 10, 25),
                    LocalTime.of(12, 30),
                    "Salė",
                    "Rudens koncertas"));
    as(
        school.classTeacher,
        () ->
            announcements.announce(
                classId,
                AnnouncementKind.CLASS_EVENT,
                LocalDate.of(2030, 11, 5),
                LocalTime.of(9, 0),
                "Muziejus",
                "Lapkričio išvyka"));
    as(
        school.subjectTeacher,
        () ->
            announcements.announce(
                classId,
                AnnouncementKind.TIMETABLE_CHANGE,
                LocalDate.of(2030, 10, 11),
                null,
                null,
                "Matematika perkeliama"));
    long otherMeeting =
        as(
            school.otherClassTeacher,
            () ->
                announcements.announce(
                    school.otherClassId,
                    AnnouncementKind.PARENT_MEETING,
                    LocalDate.of(2030, 10, 16),
                    LocalTime.of(17, 0),
                    "203 kab.",
                    "Septintokų tėvams"));

    List<ClassEventView> forGuardian = as(school.guardian, () -> events.mine(OCTOBER));
    assertEquals(List.of(meeting, concert), ids(forGuardian));
    ClassEventView first = forGuardian.get(0);
    assertEquals(AnnouncementKind.PARENT_MEETING, first.kind());
    assertEquals("Aktų salė", first.place());
    assertEquals(LocalTime.of(18, 0), first.time());
    assertEquals("Pusmečio tikslai", first.topics());
    assertEquals("6a", first.className());
    assertEquals("Jūratė Vadovaitė", first.authorName());
    assertEquals(
        List.of(meeting, concert),
        ids(as(school.guardian, () -> events.ofClass(classId, OCTOBER))));
    assertEquals(
        List.of(concert),
        ids(as(school.student, () -> events.mine(OCTOBER))),
        "not the parents' meeting");
    assertEquals(List.of(concert), ids(as(school.student, () -> events.ofClass(classId, OCTOBER))));
    assertEquals(
        List.of(meeting, concert), ids(as(school.classTeacher, () -> events.mine(OCTOBER))));
    assertEquals(
        List.of(meeting, concert),
        ids(as(school.subjectTeacher, () -> events.ofClass(classId, OCTOBER))));
    assertEquals(
        List.of(meeting, concert), ids(as(school.deputy, () -> events.ofClass(classId, OCTOBER))));
    assertEquals(List.of(otherMeeting), ids(as(school.otherGuardian, () -> events.mine(OCTOBER))));
    assertEquals(1, as(school.guardian, () -> events.mine(YearMonth.of(2030, 11))).size());

    for (Fixtures.Account stranger :
        List.of(school.otherGuardian, school.otherClassStudent, school.otherClassTeacher)) {
      assertThrows(
          AccessDeniedException.class,
          () -> as(stranger, () -> events.ofClass(classId, OCTOBER)),
          stranger.login());
    }
    assertRefused("classwork.events.month", () -> as(school.guardian, () -> events.mine(null)));
  }

  private static List<Long> ids(List<ClassEventView> views) {
    return views.stream().map(ClassEventView::id).toList();
  }
}
