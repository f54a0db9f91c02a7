package lt.dienynas.timetable;

import static lt.dienynas.testing.JournalSchool.START;
import static lt.dienynas.testing.JournalSchool.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lt.dienynas.journal.Lesson;
import lt.dienynas.journal.LessonRecord;
import lt.dienynas.journal.LessonService;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
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

/** The timetable: clashes refused, the class's week, lessons generated, a leaving teacher. */
@ExtendWith(ArquillianExtension.class)
class TimetableIT {
  private static final Locale LT = Locale.forLanguageTag("lt");

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("timetable-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB TimetableService timetable;

  @EJB LessonService lessons;

  private Fixtures fx;

  @BeforeEach
  void setUp() {
    fx = new Fixtures(em, tx);
  }

  @Test
  void aTeacherAGroupOrARoomTwiceInOneSlotIsRefusedWithALithuanianMessage() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 5, 1);
    StudyGroup sixth = fx.gradeClass(school.year, 6, "b", null);
    fx.teach(school.teacher, school.subject, sixth, START);
    Subject lithuanian = fx.subject("Lietuvių kalba");
    StaffMember other = fx.staff("Rimas", "Kairys", Role.TEACHER);
    Account otherAccount = fx.account(other);
    fx.teach(other, lithuanian, school.classGroup, START);
    fx.teach(other, lithuanian, sixth, START);

    as(
        school.teacherAccount,
        () -> timetable.add(slot(school.classGroup, school.subject, DayOfWeek.MONDAY, 1, "101")));

    BusinessException teacherTwice =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    school.teacherAccount,
                    () -> timetable.add(slot(sixth, school.subject, DayOfWeek.MONDAY, 1, "102"))));
    assertEquals("timetable.clash.teacher", teacherTwice.getKey());
    assertTrue(
        teacherTwice.localizedMessage(LT).contains("pirmadienį 1-ą pamoką jau turi pamoką"),
        teacherTwice.localizedMessage(LT));

    BusinessException groupTwice =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    otherAccount,
                    () ->
                        timetable.add(
                            slot(school.classGroup, lithuanian, DayOfWeek.MONDAY, 1, "103"))));
    assertEquals("timetable.clash.group", groupTwice.getKey());
    assertTrue(groupTwice.localizedMessage(LT).startsWith("Grupė „5a“"));

    BusinessException roomTwice =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    otherAccount,
                    () -> timetable.add(slot(sixth, lithuanian, DayOfWeek.MONDAY, 1, "101"))));
    assertEquals("timetable.clash.room", roomTwice.getKey());
    assertTrue(roomTwice.localizedMessage(LT).contains("Kabinetas 101"));

    assertEquals(0, slotsOf(sixth), "nothing stored for the refused lessons");
    assertEquals(1, slotsOf(school.classGroup));
    // another slot is free
    as(otherAccount, () -> timetable.add(slot(sixth, lithuanian, DayOfWeek.MONDAY, 2, "101")));
  }

  @Test
  void theClassTeacherSeesTheClassWeekAndOthersAreRefused() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 5, 1);
    as(
        school.teacherAccount,
        () -> timetable.add(slot(school.classGroup, school.subject, DayOfWeek.TUESDAY, 3, null)));
    List<TimetableEntry> week =
        as(school.classTeacherAccount, () -> timetable.ofClass(school.classId, START));
    assertEquals(1, week.size());
    assertEquals(DayOfWeek.TUESDAY, week.get(0).day());
    assertEquals("Vaida Mokytoja", week.get(0).teacherName());

    JournalSchool otherSchool = JournalSchool.of(fx, em, 6, 1);
    assertThrows(
        AccessDeniedException.class,
        () -> as(otherSchool.classTeacherAccount, () -> timetable.ofClass(school.classId, START)));
    // a teacher may not enter lessons of a group they do not teach
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                otherSchool.teacherAccount,
                () ->
                    timetable.add(
                        slot(school.classGroup, school.subject, DayOfWeek.FRIDAY, 1, null))));
    assertEquals(
        1,
        as(school.teacherAccount, () -> timetable.mine(START)).size(),
        "the teacher's own timetable");
  }

  @Test
  void aWeekIsGeneratedOnSchoolDaysOnlyAndOnce() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 5, 1);
    // autumn holidays on Tuesday and Wednesday; Friday 1 November is All Saints' Day
    fx.inTx(
        () ->
            em.find(SchoolYear.class, school.year.getId())
                .addHoliday(
                    "Rudens atostogos", LocalDate.of(2030, 10, 29), LocalDate.of(2030, 10, 30)));
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= 5) {
        as(
            school.teacherAccount,
            () -> timetable.add(slot(school.classGroup, school.subject, day, 2, null)));
      }
    }
    LocalDate monday = LocalDate.of(2030, 10, 28);
    int created =
        as(
            school.teacherAccount,
            () -> lessons.generate(school.classGroup.getId(), monday, monday.plusDays(6)));
    assertEquals(2, created);
    List<LocalDate> dates = lessonDates(school.classGroup, monday, monday.plusDays(6));
    assertEquals(List.of(monday, LocalDate.of(2030, 10, 31)), dates);
    assertEquals(
        0,
        as(
            school.teacherAccount,
            () -> lessons.generate(school.classGroup.getId(), monday, monday.plusDays(6))));
    // a lesson by hand on a Saturday is refused, unless the teacher marks it as an exception
    BusinessException saturday =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    school.teacherAccount,
                    () ->
                        lessons.add(
                            school.classGroup.getId(), LocalDate.of(2030, 11, 9), 1, null)));
    assertEquals("lesson.notSchoolDay", saturday.getKey());
    assertThrows(
        BusinessException.class,
        () ->
            as(
                school.teacherAccount,
                () -> lessons.add(school.classGroup.getId(), LocalDate.of(2030, 10, 29), 1, null)),
        "a school holiday");
    as(
        school.teacherAccount,
        () -> lessons.add(school.classGroup.getId(), LocalDate.of(2030, 11, 9), 1, null, true));
    assertEquals(3, lessonDates(school.classGroup, monday, LocalDate.of(2030, 11, 10)).size());
  }

  @Test
  void aLeavingTeachersLessonsEndFromADateAndTheFilledOnesStay() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 5, 1);
    Account admin = fx.account(fx.staff("Ada", "Administratorė", Role.DB_ADMIN));
    as(
        school.teacherAccount,
        () -> timetable.add(slot(school.classGroup, school.subject, DayOfWeek.MONDAY, 1, null)));
    LocalDate first = LocalDate.of(2030, 11, 4);
    as(
        school.teacherAccount,
        () -> lessons.generate(school.classGroup.getId(), first, first.plusDays(20)));
    List<Lesson> generated = lessonsOf(school.classGroup, first, first.plusDays(20));
    assertEquals(3, generated.size());
    long filled = generated.get(2).getId();
    as(
        school.teacherAccount,
        () -> {
          lessons.record(filled, LessonRecord.topic("Trupmenos"));
          return null;
        });

    LocalDate leaving = LocalDate.of(2030, 11, 11);
    int ended = as(admin, () -> timetable.removeTeacher(school.teacher.getId(), leaving));
    assertEquals(1, ended);
    List<Lesson> left = lessonsOf(school.classGroup, first, first.plusDays(20));
    assertEquals(
        List.of(first, first.plusDays(14)), left.stream().map(Lesson::getLessonDate).toList());
    TimetableSlot slot =
        em.createQuery("SELECT s FROM TimetableSlot s WHERE s.group.id = :g", TimetableSlot.class)
            .setParameter("g", school.classGroup.getId())
            .getSingleResult();
    assertEquals(leaving.minusDays(1), slot.getValidTo().orElseThrow());
    assertFalse(
        as(school.teacherAccount, () -> timetable.mine(leaving)).stream()
            .anyMatch(e -> e.groupId() == school.classGroup.getId().longValue()));
    assertThrows(
        jakarta.ejb.EJBAccessException.class,
        () ->
            as(
                school.teacherAccount,
                () -> timetable.removeTeacher(school.teacher.getId(), leaving)));
  }

  private static NewTimetableSlot slot(
      StudyGroup group, Subject subject, DayOfWeek day, int number, String room) {
    return new NewTimetableSlot(group.getId(), subject.getId(), null, day, number, room, START);
  }

  private long slotsOf(StudyGroup group) {
    return em.createQuery("SELECT COUNT(s) FROM TimetableSlot s WHERE s.group.id = :g", Long.class)
        .setParameter("g", group.getId())
        .getSingleResult();
  }

  private List<Lesson> lessonsOf(StudyGroup group, LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT l FROM Lesson l WHERE l.group.id = :g AND l.lessonDate BETWEEN :f AND :t"
                + " ORDER BY l.lessonDate, l.lessonNumber",
            Lesson.class)
        .setParameter("g", group.getId())
        .setParameter("f", from)
        .setParameter("t", to)
        .getResultList();
  }

  private List<LocalDate> lessonDates(StudyGroup group, LocalDate from, LocalDate to) {
    return lessonsOf(group, from, to).stream().map(Lesson::getLessonDate).toList();
  }
}
