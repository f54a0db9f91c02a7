package lt.dienynas.preschool;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.ClassLevel;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
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
 * The pre-school groups' daily attendance (§22.4, §22.7, §22.9): the 9:30 rule for the teacher's
 * open days and the deputy's list, the day marked not filled for an objective reason, the
 * justification documents by the month's last day, the monthly sheet submitted, returned with a
 * comment, submitted again and approved — the month then locked — and every role without the
 * relationship refused with nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
class PreschoolAttendanceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("preschool-attendance-it").addClass(BusinessAssertions.class);
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Inject FixedSchoolClock clock;

  @EJB PreschoolAttendanceService attendance;

  @EJB MonthLockService locks;

  @EJB HistoryLog history;

  @AfterEach
  void realClock() {
    clock.reset();
  }

  /** Two pre-school groups of a year 2030–2031, their teachers, children and the others. */
  private record School(
      long groupA,
      long groupB,
      long classA,
      List<Student> childrenA,
      Student childB,
      Fixtures.Account teacherA,
      Fixtures.Account teacherB,
      Fixtures.Account subjectTeacher,
      Fixtures.Account guardianA,
      Fixtures.Account guardianB,
      Fixtures.Account student,
      Fixtures.Account deputy) {}

  private School school() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    SchoolYear year = fx.year();
    Subject preschoolEducation = fx.subject("Ikimokyklinis ugdymas");
    StudyGroup a = preschoolGroup(fx, year, ClassLevel.PRESCHOOL, "Boružėlės");
    StudyGroup b = preschoolGroup(fx, year, ClassLevel.PREPRIMARY, "Pelėdžiukai");
    StaffMember teacherA = fx.staff("Liepa", "Gudelienė", Role.PRESCHOOL_TEACHER);
    StaffMember teacherB = fx.staff("Austėja", "Kitienė", Role.PRESCHOOL_TEACHER);
    fx.teach(teacherA, preschoolEducation, a, LocalDate.of(2030, 9, 1));
    fx.teach(teacherB, preschoolEducation, b, LocalDate.of(2030, 9, 1));
    List<Student> children = new ArrayList<>();
    for (String name : List.of("Adomas", "Bernardas", "Cecilija")) {
      Student child = fx.student(name, "Vaikutis", 2026);
      fx.member(a, child, LocalDate.of(2030, 9, 1));
      children.add(child);
    }
    Student childB = fx.student("Dovilė", "Kitokė", 2025);
    fx.member(b, childB, LocalDate.of(2030, 9, 1));
    StaffMember maths = fx.staff("Kęstutis", "Dalykininkas", Role.TEACHER);
    StudyGroup grade5 = fx.gradeClass(year, 5, "a", null);
    fx.teach(maths, fx.subject("Matematika"), grade5, LocalDate.of(2030, 9, 1));
    Student pupil = fx.student("Mantas", "Mokinys", 2019);
    fx.member(grade5, pupil, LocalDate.of(2030, 9, 1));
    Guardian parentA = fx.guardian("Rasa", "Vaikutienė", children.get(1));
    Guardian parentB = fx.guardian("Ona", "Kitokienė", childB);
    return new School(
        a.getId(),
        b.getId(),
        fx.classOf(a),
        children,
        childB,
        fx.account(teacherA, Role.PRESCHOOL_TEACHER),
        fx.account(teacherB, Role.PRESCHOOL_TEACHER),
        fx.account(maths, Role.TEACHER),
        fx.account(parentA, Role.GUARDIAN),
        fx.account(parentB, Role.GUARDIAN),
        fx.account(pupil, Role.STUDENT),
        fx.account(fx.staff("Rimantas", "Pavaduotojas", Role.DEPUTY), Role.DEPUTY));
  }

  private StudyGroup preschoolGroup(Fixtures fx, SchoolYear year, ClassLevel level, String name)
      throws Exception {
    return fx.inTx(
        () -> {
          SchoolClass schoolClass =
              new SchoolClass(
                  em.find(SchoolYear.class, year.getId()), level, "", Fixtures.unique(name + " "));
          em.persist(schoolClass);
          StudyGroup group =
              new StudyGroup(
                  schoolClass.getSchoolYear(),
                  GroupKind.PRESCHOOL,
                  schoolClass.getName(),
                  schoolClass,
                  null);
          em.persist(group);
          return group;
        });
  }

  private static <T> T as(Fixtures.Account who, Callable<T> action) throws Exception {
    return AsPerson.call(who.login(), who.password(), action);
  }

  private static ChildMark absent(Student child) {
    return new ChildMark(child.getId(), PresenceStatus.ABSENT, null);
  }

  private static ChildMark late(Student child, int hour, int minute) {
    return new ChildMark(child.getId(), PresenceStatus.LATE, LocalTime.of(hour, minute));
  }

  private List<LateGroup> mine(MorningCheck check, School s) {
    Set<Long> ids = Set.of(s.groupA(), s.groupB());
    return check.groups().stream().filter(g -> ids.contains(g.groupId())).toList();
  }

  private long entries(long groupId, LocalDate day) throws Exception {
    return new Fixtures(em, tx)
        .inTx(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT COUNT(*) FROM preschool_attendance"
                                    + " WHERE group_id = ?1 AND day = ?2")
                            .setParameter(1, groupId)
                            .setParameter(2, java.sql.Date.valueOf(day))
                            .getSingleResult())
                    .longValue());
  }

  @Test
  void theTeacherSeesOpenDaysAndTheDeputyTheGroupsNotFilledByHalfPastNine() throws Exception {
    School s = school();
    LocalDate monday = LocalDate.of(2030, 10, 7);

    clock.setNow(monday.atTime(8, 50));
    MorningCheck early = as(s.deputy(), () -> attendance.morningCheck());
    assertTrue(early.workingDay());
    assertFalse(early.deadlinePassed(), "before 9:30 nobody is late yet");
    assertEquals(List.of(), early.groups());

    clock.setNow(monday.atTime(9, 10));
    GroupDay filled =
        as(
            s.teacherA(),
            () ->
                attendance.saveDay(
                    s.groupA(),
                    monday,
                    List.of(absent(s.childrenA().get(1)), late(s.childrenA().get(2), 9, 5)),
                    -1));
    assertEquals(DayState.FILLED, filled.state());
    assertFalse(filled.late());
    assertEquals(
        List.of(
            "Adomas Vaikutis:PRESENT:null",
            "Bernardas Vaikutis:ABSENT:null",
            "Cecilija Vaikutis:LATE:09:05"),
        filled.children().stream()
            .map(c -> c.name() + ":" + c.status() + ":" + c.arrivedAt())
            .toList());
    assertEquals(LocalDateTime.of(monday, LocalTime.of(9, 10)), filled.firstFilledAt());
    assertThrows(
        StaleWriteException.class,
        () -> as(s.teacherA(), () -> attendance.saveDay(s.groupA(), monday, List.of(), -1)));

    clock.setNow(monday.atTime(9, 31));
    MorningCheck check = as(s.deputy(), () -> attendance.morningCheck());
    assertTrue(check.deadlinePassed());
    assertEquals(
        List.of(s.groupB() + ":null"),
        mine(check, s).stream().map(g -> g.groupId() + ":" + g.filledAt()).toList());
    assertEquals("Austėja Kitienė", mine(check, s).get(0).teachers());

    // group B is filled late: it stays on the list, with the time
    clock.setNow(monday.atTime(9, 40));
    GroupDay lateDay =
        as(s.teacherB(), () -> attendance.saveDay(s.groupB(), monday, List.of(), null));
    assertTrue(lateDay.late());
    // group A corrects its day after 9:30: still filled in time
    as(
        s.teacherA(),
        () ->
            attendance.saveDay(
                s.groupA(), monday, List.of(absent(s.childrenA().get(1))), filled.version()));
    check = as(s.deputy(), () -> attendance.morningCheck());
    assertEquals(
        List.of(s.groupB() + ":" + monday.atTime(9, 40)),
        mine(check, s).stream().map(g -> g.groupId() + ":" + g.filledAt()).toList());

    // the teacher's open days: every working day from 2 September to Friday 4 October
    List<OpenDay> open = as(s.teacherA(), () -> attendance.openDays(s.groupA()));
    assertEquals(25, open.size());
    assertEquals(LocalDate.of(2030, 10, 4), open.get(0).day());
    assertTrue(open.get(0).overdue());
    assertEquals(LocalDate.of(2030, 9, 2), open.get(24).day());

    assertRefused(
        "preschool.reasonRequired",
        () ->
            as(
                s.teacherA(),
                () -> attendance.markNotFilled(s.groupA(), LocalDate.of(2030, 10, 4), " ", -1)));
    GroupDay notFilled =
        as(
            s.teacherA(),
            () ->
                attendance.markNotFilled(
                    s.groupA(), LocalDate.of(2030, 10, 4), "Neveikė internetas", -1));
    assertEquals(DayState.NOT_FILLED, notFilled.state());
    assertEquals("Neveikė internetas", notFilled.reason());
    assertEquals(24, as(s.teacherA(), () -> attendance.openDays(s.groupA())).size());
    assertRefused(
        "preschool.notWorkingDay",
        () ->
            as(
                s.teacherA(),
                () -> attendance.saveDay(s.groupA(), LocalDate.of(2030, 10, 5), List.of(), -1)));
    assertRefused(
        "preschool.future",
        () ->
            as(
                s.teacherA(),
                () -> attendance.saveDay(s.groupA(), LocalDate.of(2030, 10, 8), List.of(), -1)));
    assertRefused(
        "preschool.lateTimeRequired",
        () ->
            as(
                s.teacherA(),
                () ->
                    attendance.saveDay(
                        s.groupA(),
                        LocalDate.of(2030, 10, 3),
                        List.of(
                            new ChildMark(s.childrenA().get(0).getId(), PresenceStatus.LATE, null)),
                        -1)));
    assertEquals(0, entries(s.groupA(), LocalDate.of(2030, 10, 3)));
    assertEquals(
        2,
        history
            .of("preschool_day", filled.version() == null ? 0 : dayId(s.groupA(), monday))
            .size(),
        "filled, then corrected");
  }

  private long dayId(long groupId, LocalDate day) throws Exception {
    return new Fixtures(em, tx)
        .inTx(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT id FROM preschool_day WHERE group_id = ?1 AND day = ?2")
                            .setParameter(1, groupId)
                            .setParameter(2, java.sql.Date.valueOf(day))
                            .getSingleResult())
                    .longValue());
  }

  /** Every working day of October 2030 filled for group A, the 15th with child 2 absent. */
  private void fillOctober(School s, LocalDate except) throws Exception {
    for (LocalDate d = LocalDate.of(2030, 10, 1); d.getMonthValue() == 10; d = d.plusDays(1)) {
      LocalDate day = d;
      if (day.getDayOfWeek().getValue() >= 6 || day.equals(except)) {
        continue;
      }
      as(
          s.teacherA(),
          () ->
              attendance.saveDay(
                  s.groupA(),
                  day,
                  day.getDayOfMonth() == 15 ? List.of(absent(s.childrenA().get(1))) : List.of(),
                  -1));
    }
  }

  @Test
  void theSheetIsSubmittedReturnedSubmittedAgainApprovedAndTheMonthLocked() throws Exception {
    School s = school();
    YearMonth october = YearMonth.of(2030, 10);
    LocalDate fifteenth = LocalDate.of(2030, 10, 15);

    clock.setNow(LocalDateTime.of(2030, 10, 30, 16, 0));
    fillOctober(s, LocalDate.of(2030, 10, 31));
    assertRefused(
        "preschool.sheet.tooEarly",
        () -> as(s.teacherA(), () -> attendance.submit(s.groupA(), october, -1)));

    clock.setNow(LocalDateTime.of(2030, 10, 31, 15, 0));
    SheetView open = as(s.teacherA(), () -> attendance.sheet(s.groupA(), october));
    assertEquals(23, open.workingDays().size());
    assertEquals(List.of(LocalDate.of(2030, 10, 31)), open.openDays());
    assertEquals(LocalDate.of(2030, 10, 31), open.submittableFrom());
    assertEquals(SheetStatus.NOT_SUBMITTED, open.status());
    assertRefused(
        "preschool.sheet.openDays",
        () -> as(s.teacherA(), () -> attendance.submit(s.groupA(), october, -1)));

    as(
        s.teacherA(),
        () -> attendance.saveDay(s.groupA(), LocalDate.of(2030, 10, 31), List.of(), -1));
    SheetView submitted = as(s.teacherA(), () -> attendance.submit(s.groupA(), october, -1));
    assertEquals(SheetStatus.SUBMITTED, submitted.status());
    assertEquals("Liepa Gudelienė", submitted.submittedByName());
    assertEquals(
        List.of("Adomas Vaikutis:23:0", "Bernardas Vaikutis:22:1", "Cecilija Vaikutis:23:0"),
        submitted.rows().stream()
            .map(r -> r.name() + ":" + r.present() + ":" + r.absent())
            .toList());
    assertEquals("n", submitted.rows().get(1).marks().get(10), "the 15th is the 11th working day");
    SheetFile pdf = as(s.deputy(), () -> attendance.sheetFile(s.groupA(), october));
    assertArrayEquals(
        "%PDF".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(pdf.content(), 4), "a PDF");
    assertEquals(submitted.sha256(), pdf.sha256());

    // submitted, the month no longer changes until the sheet is returned
    assertRefused(
        "preschool.sheet.inReview",
        () -> as(s.teacherA(), () -> attendance.saveDay(s.groupA(), fifteenth, List.of(), null)));
    assertRefused(
        "preschool.sheet.submitted",
        () -> as(s.teacherA(), () -> attendance.submit(s.groupA(), october, null)));

    assertRefused(
        "preschool.sheet.commentRequired",
        () ->
            as(
                s.deputy(),
                () -> attendance.giveBack(s.groupA(), october, " ", submitted.version())));
    SheetView returned =
        as(
            s.deputy(),
            () ->
                attendance.giveBack(
                    s.groupA(), october, "Bernardas 15 d. buvo darželyje.", submitted.version()));
    assertEquals(SheetStatus.RETURNED, returned.status());
    assertEquals("Bernardas 15 d. buvo darželyje.", returned.reviewComment());
    assertEquals("Rimantas Pavaduotojas", returned.reviewedByName());
    assertThrows(
        StaleWriteException.class,
        () -> as(s.deputy(), () -> attendance.approve(s.groupA(), october, submitted.version())));

    as(s.teacherA(), () -> attendance.saveDay(s.groupA(), fifteenth, List.of(), null));
    SheetView again =
        as(s.teacherA(), () -> attendance.submit(s.groupA(), october, returned.version()));
    assertEquals(SheetStatus.SUBMITTED, again.status());
    assertEquals(23, again.rows().get(1).present());
    assertFalse(again.sha256().equals(submitted.sha256()), "printed from the corrected days");
    assertFalse(locks.isLockedForGroup(s.groupA(), fifteenth));

    SheetView approved =
        as(s.deputy(), () -> attendance.approve(s.groupA(), october, again.version()));
    assertEquals(SheetStatus.APPROVED, approved.status());
    assertTrue(approved.locked());
    assertTrue(locks.isLocked(s.classA(), fifteenth), "the group's class's month is locked");
    assertFalse(locks.isLockedForGroup(s.groupB(), fifteenth), "the other group's is not");
    assertRefused(
        "month.locked",
        () -> as(s.teacherA(), () -> attendance.saveDay(s.groupA(), fifteenth, List.of(), null)));
    assertRefused(
        "preschool.sheet.notSubmitted",
        () -> as(s.deputy(), () -> attendance.approve(s.groupA(), october, null)));
    assertFalse(as(s.teacherA(), () -> attendance.day(s.groupA(), fifteenth)).writable());

    // §22.6: an error noticed later is put right only with the DB admin's leave (an unlock)
    Fixtures.Account admin =
        new Fixtures(em, tx)
            .account(new Fixtures(em, tx).staff("Giedrius", "Admin", Role.DB_ADMIN));
    as(
        admin,
        () -> {
          locks.unlock(october, s.classA(), LocalDateTime.of(2030, 11, 1, 0, 0));
          return null;
        });
    GroupDay corrected =
        as(
            s.teacherA(),
            () ->
                attendance.saveDay(
                    s.groupA(), fifteenth, List.of(absent(s.childrenA().get(0))), null));
    assertEquals(PresenceStatus.ABSENT, corrected.children().get(0).status());
    assertEquals(
        3,
        history.of("preschool_sheet", sheetId(s.groupA(), october)).size() - 1,
        "submitted, returned, submitted again, approved");
  }

  private long sheetId(long groupId, YearMonth month) throws Exception {
    return new Fixtures(em, tx)
        .inTx(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT id FROM preschool_sheet WHERE group_id = ?1 AND month = ?2")
                            .setParameter(1, groupId)
                            .setParameter(2, month.toString())
                            .getSingleResult())
                    .longValue());
  }

  @Test
  void absencesAreJustifiedByTheLastDayOfTheirMonthOnly() throws Exception {
    School s = school();
    Student bernardas = s.childrenA().get(1);
    LocalDate monday = LocalDate.of(2030, 11, 11);
    LocalDate tuesday = LocalDate.of(2030, 11, 12);
    clock.setNow(tuesday.atTime(9, 0));
    as(s.teacherA(), () -> attendance.saveDay(s.groupA(), monday, List.of(absent(bernardas)), -1));
    as(s.teacherA(), () -> attendance.saveDay(s.groupA(), tuesday, List.of(absent(bernardas)), -1));

    assertRefused(
        "preschool.justification.range",
        () ->
            as(
                s.teacherA(),
                () ->
                    attendance.justify(
                        s.groupA(),
                        bernardas.getId(),
                        LocalDate.of(2030, 10, 31),
                        monday,
                        JustificationReason.ILLNESS,
                        null)));
    assertRefused(
        "preschool.justification.noAbsence",
        () ->
            as(
                s.teacherA(),
                () ->
                    attendance.justify(
                        s.groupA(),
                        s.childrenA().get(0).getId(),
                        monday,
                        tuesday,
                        JustificationReason.ILLNESS,
                        null)));
    clock.setNow(LocalDateTime.of(2030, 11, 30, 20, 0));
    ChildMonth justified =
        as(
            s.teacherA(),
            () ->
                attendance.justify(
                    s.groupA(),
                    bernardas.getId(),
                    monday,
                    tuesday,
                    JustificationReason.ILLNESS,
                    "Gydytojo pažyma Nr. 15"));
    assertEquals(2, justified.absent());
    assertEquals(2, justified.justified());

    as(
        s.teacherA(),
        () ->
            attendance.saveDay(
                s.groupA(), LocalDate.of(2030, 11, 29), List.of(absent(bernardas)), -1));
    clock.setNow(LocalDateTime.of(2030, 12, 1, 8, 0));
    BusinessAssertions.assertRefused(
        "preschool.justification.deadline",
        () ->
            as(
                s.teacherA(),
                () ->
                    attendance.justify(
                        s.groupA(),
                        bernardas.getId(),
                        LocalDate.of(2030, 11, 29),
                        LocalDate.of(2030, 11, 29),
                        JustificationReason.PARENTS_REQUEST,
                        null)));

    // the guardian sees the month: 3 absences, 2 of them justified
    ChildMonth seen =
        as(s.guardianA(), () -> attendance.childMonth(bernardas.getId(), YearMonth.of(2030, 11)));
    assertEquals(3, seen.absent());
    assertEquals(2, seen.justified());
    assertEquals(
        List.of("2030-11-11:ILLNESS", "2030-11-12:ILLNESS", "2030-11-29:null"),
        seen.days().stream().map(d -> d.day() + ":" + d.justification()).toList());
    assertEquals(LocalDate.of(2030, 11, 30), seen.justifyBy());
  }

  @Test
  void everyoneWithoutTheRelationshipIsRefusedAndNothingChanges() throws Exception {
    School s = school();
    LocalDate day = LocalDate.of(2030, 10, 8);
    clock.setNow(day.atTime(9, 0));
    long bernardas = s.childrenA().get(1).getId();
    List<ChildMark> marks = List.of(new ChildMark(bernardas, PresenceStatus.ABSENT, null));

    // another group's pre-school teacher
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.teacherB(), () -> attendance.saveDay(s.groupA(), day, marks, -1)));
    assertThrows(
        AccessDeniedException.class, () -> as(s.teacherB(), () -> attendance.day(s.groupA(), day)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.teacherB(), () -> attendance.markNotFilled(s.groupA(), day, "Nėra ryšio", -1)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                s.teacherB(),
                () ->
                    attendance.justify(
                        s.groupA(), bernardas, day, day, JustificationReason.ILLNESS, null)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.teacherB(), () -> attendance.submit(s.groupA(), YearMonth.of(2030, 10), -1)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.teacherB(), () -> attendance.childMonth(bernardas, YearMonth.of(2030, 10))));
    // a subject teacher
    assertThrows(
        EJBAccessException.class,
        () -> as(s.subjectTeacher(), () -> attendance.saveDay(s.groupA(), day, marks, -1)));
    assertThrows(
        EJBAccessException.class,
        () -> as(s.subjectTeacher(), () -> attendance.day(s.groupA(), day)));
    // another child's guardian, and a student
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.guardianB(), () -> attendance.childMonth(bernardas, YearMonth.of(2030, 10))));
    assertThrows(
        EJBAccessException.class,
        () -> as(s.guardianB(), () -> attendance.saveDay(s.groupA(), day, marks, -1)));
    assertThrows(
        EJBAccessException.class,
        () -> as(s.student(), () -> attendance.childMonth(bernardas, YearMonth.of(2030, 10))));
    assertThrows(
        EJBAccessException.class,
        () -> as(s.student(), () -> attendance.saveDay(s.groupA(), day, marks, -1)));
    // the teacher approves nothing, the deputy fills nothing; a group's teacher not another's
    assertThrows(
        EJBAccessException.class,
        () -> as(s.teacherA(), () -> attendance.approve(s.groupA(), YearMonth.of(2030, 10), null)));
    assertThrows(
        EJBAccessException.class,
        () -> as(s.deputy(), () -> attendance.saveDay(s.groupA(), day, marks, -1)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.teacherA(), () -> attendance.saveDay(s.groupB(), day, List.of(), -1)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                s.teacherA(),
                () -> attendance.childMonth(s.childB().getId(), YearMonth.of(2030, 10))));
    assertThrows(EJBAccessException.class, () -> as(s.teacherA(), () -> attendance.morningCheck()));
    assertEquals(0, entries(s.groupA(), day));
    assertEquals(0, entries(s.groupB(), day));

    // those with the relationship
    GroupDay done = as(s.teacherA(), () -> attendance.saveDay(s.groupA(), day, marks, -1));
    assertEquals(
        List.of(PresenceStatus.PRESENT, PresenceStatus.ABSENT, PresenceStatus.PRESENT),
        done.children().stream().map(ChildDay::status).toList());
    assertEquals(
        1,
        as(s.guardianA(), () -> attendance.childMonth(bernardas, YearMonth.of(2030, 10))).absent());
    assertEquals(3, as(s.deputy(), () -> attendance.day(s.groupA(), day)).children().size());
    assertNull(as(s.deputy(), () -> attendance.day(s.groupB(), day)).state());
  }
}
