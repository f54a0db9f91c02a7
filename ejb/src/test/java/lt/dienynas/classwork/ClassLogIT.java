package lt.dienynas.classwork;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.StudyGroup;
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
 * Klasės vadovo veikla (§21.6, §21.9): the class teacher writes the log, the author changes and
 * removes an entry while its month is open (a locked month refuses), a stale change is refused,
 * input rules, the history; every other role or relationship refused with nothing written; the
 * deputy's list of classes whose log is behind, exact at the week's boundary.
 */
@ExtendWith(ArquillianExtension.class)
class ClassLogIT {
  private static final LocalDate TODAY = LocalDate.of(2030, 10, 10);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("class-log-it")
        .addClass(BusinessAssertions.class)
        .addClass(ClassworkSchool.class);
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Inject FixedSchoolClock clock;

  @EJB ClassLogService log;

  @EJB MonthLockService locks;

  @EJB HistoryLog history;

  @AfterEach
  void realClock() {
    clock.reset();
  }

  private static <T> T as(Fixtures.Account who, Callable<T> action) throws Exception {
    return AsPerson.call(who.login(), who.password(), action);
  }

  private static ClassLogInput input(LocalDate date, ClassLogKind kind, String topic) {
    return new ClassLogInput(date, kind, topic, "Visa klasė (4 mokiniai)");
  }

  @Test
  void theClassTeacherKeepsTheLogAndChangesItWhileTheMonthIsOpen() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    ClassworkSchool school = new ClassworkSchool(fx);
    long classId = school.classId;
    clock.set(TODAY);

    ClassLogEntryView hour =
        as(
            school.classTeacher,
            () ->
                log.add(
                    classId,
                    input(LocalDate.of(2030, 10, 7), ClassLogKind.CLASS_HOUR, " Saugus elgesys ")));
    assertEquals("Saugus elgesys", hour.topic());
    assertEquals("Jūratė Vadovaitė", hour.authorName());
    assertEquals(ClassLogKind.CLASS_HOUR, hour.kind());
    ClassLogEntryView trip =
        as(
            school.classTeacher,
            () ->
                log.add(
                    classId,
                    input(LocalDate.of(2030, 10, 9), ClassLogKind.TRIP, "Išvyka į Trakus")));
    assertEquals(
        List.of(trip.id(), hour.id()),
        as(school.deputy, () -> log.ofClass(classId)).stream().map(ClassLogEntryView::id).toList(),
        "newest first, the deputy reads it");

    ClassLogEntryView changed =
        as(
            school.classTeacher,
            () ->
                log.change(
                    hour.id(),
                    input(LocalDate.of(2030, 10, 8), ClassLogKind.CLASS_HOUR, "Saugus eismas"),
                    hour.version()));
    assertEquals("Saugus eismas", changed.topic());
    assertEquals(LocalDate.of(2030, 10, 8), changed.date());
    assertEquals(hour.version() + 1, changed.version());
    assertThrows(
        StaleWriteException.class,
        () ->
            as(
                school.classTeacher,
                () ->
                    log.change(
                        hour.id(),
                        input(LocalDate.of(2030, 10, 8), ClassLogKind.EVENT, "Pasenęs"),
                        hour.version())));

    // input rules: nothing ahead of today, nothing outside the year, plain text, a topic
    assertRefused(
        "classwork.future",
        () ->
            as(
                school.classTeacher,
                () -> log.add(classId, input(TODAY.plusDays(1), ClassLogKind.EVENT, "Rytoj"))));
    assertRefused(
        "schoolYear.outside",
        () ->
            as(
                school.classTeacher,
                () ->
                    log.add(
                        classId, input(LocalDate.of(2030, 8, 31), ClassLogKind.EVENT, "Vasara"))));
    assertRefused(
        "plainText.invalid",
        () ->
            as(
                school.classTeacher,
                () -> log.add(classId, input(TODAY, ClassLogKind.EVENT, "Bloga\u202Etema"))));
    assertRefused(
        "classwork.log.topic",
        () ->
            as(
                school.classTeacher,
                () -> log.add(classId, input(TODAY, ClassLogKind.EVENT, "  "))));
    assertRefused(
        "classwork.log.kind",
        () -> as(school.classTeacher, () -> log.add(classId, input(TODAY, null, "Be rūšies"))));

    // the month is locked: no change, no removal, no new entry of October
    as(
        school.admin,
        () -> {
          locks.lock(YearMonth.of(2030, 10), classId);
          return null;
        });
    clock.set(LocalDate.of(2030, 11, 12));
    assertRefused(
        "month.locked",
        () ->
            as(
                school.classTeacher,
                () ->
                    log.change(
                        hour.id(),
                        input(LocalDate.of(2030, 11, 3), ClassLogKind.EVENT, "Perkelti"),
                        changed.version())));
    assertRefused(
        "month.locked",
        () -> as(school.classTeacher, () -> run(() -> log.remove(trip.id(), trip.version()))));
    assertRefused(
        "month.locked",
        () ->
            as(
                school.classTeacher,
                () ->
                    log.add(
                        classId, input(LocalDate.of(2030, 10, 31), ClassLogKind.EVENT, "Vėlai"))));

    // November is open: the author removes an entry of it
    ClassLogEntryView talk =
        as(
            school.classTeacher,
            () ->
                log.add(
                    classId,
                    input(LocalDate.of(2030, 11, 11), ClassLogKind.INDIVIDUAL_TALK, "Pokalbis")));
    as(school.classTeacher, () -> run(() -> log.remove(talk.id(), talk.version())));
    assertEquals(2, as(school.classTeacher, () -> log.ofClass(classId)).size());

    List<HistoryEntry> trail = history.of("class_log_entry", hour.id());
    assertEquals(
        List.of(HistoryAction.INSERT, HistoryAction.UPDATE),
        trail.stream().map(HistoryEntry::getAction).toList());
    assertTrue(trail.get(1).getBeforeValue().contains("Saugus elgesys"));
    assertTrue(trail.get(1).getAfterValue().contains("Saugus eismas"));
    assertEquals(
        List.of(HistoryAction.INSERT, HistoryAction.DELETE),
        history.of("class_log_entry", talk.id()).stream().map(HistoryEntry::getAction).toList());
  }

  @Test
  void onlyTheClassTeacherOfTheClassWritesAndOnlyTheAuthorChanges() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    ClassworkSchool school = new ClassworkSchool(fx);
    long classId = school.classId;
    clock.set(TODAY);
    ClassLogInput entry = input(TODAY, ClassLogKind.PARENT_MEETING, "Tėvų susirinkimas");
    ClassLogEntryView mine = as(school.classTeacher, () -> log.add(classId, entry));

    // the role without the relationship: another class's class teacher
    assertThrows(
        AccessDeniedException.class,
        () -> as(school.otherClassTeacher, () -> log.add(classId, entry)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(school.otherClassTeacher, () -> log.ofClass(classId)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(school.otherClassTeacher, () -> log.change(mine.id(), entry, null)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(school.otherClassTeacher, () -> run(() -> log.remove(mine.id(), null))));
    assertThrows(
        AccessDeniedException.class,
        () -> as(school.classTeacher, () -> log.change(Long.MAX_VALUE, entry, null)),
        "an entry that does not exist is refused like a forbidden one");
    // a subject teacher of the class, a guardian, a student, the deputy do not write it
    for (Fixtures.Account who :
        List.of(school.subjectTeacher, school.guardian, school.student, school.deputy)) {
      assertThrows(
          EJBAccessException.class, () -> as(who, () -> log.add(classId, entry)), who.login());
      assertThrows(
          EJBAccessException.class,
          () -> as(who, () -> run(() -> log.remove(mine.id(), null))),
          who.login());
    }
    for (Fixtures.Account who : List.of(school.subjectTeacher, school.guardian, school.student)) {
      assertThrows(EJBAccessException.class, () -> as(who, () -> log.ofClass(classId)));
    }

    // a new class teacher of the class may write, but not change the former one's entry
    StaffMember successor = fx.staff("Lina", "Perėmėja", Role.CLASS_TEACHER);
    Fixtures.Account next = fx.account(successor, Role.CLASS_TEACHER);
    fx.inTx(
        () ->
            em.createNativeQuery("UPDATE school_class SET class_teacher_id = ?1 WHERE id = ?2")
                .setParameter(1, successor.getId())
                .setParameter(2, classId)
                .executeUpdate());
    assertRefused(
        "classwork.log.notAuthor", () -> as(next, () -> log.change(mine.id(), entry, null)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(school.classTeacher, () -> log.change(mine.id(), entry, null)),
        "the former class teacher no longer writes the class's log");

    List<ClassLogEntryView> stored = as(school.deputy, () -> log.ofClass(classId));
    assertEquals(1, stored.size(), "nothing written by anyone refused");
    assertEquals("Tėvų susirinkimas", stored.get(0).topic());
    assertEquals(mine.version(), stored.get(0).version());
    assertEquals(
        1L,
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM access_refusal WHERE action = 'CLASS_LOG_WRITE'"
                            + " AND target_id = ?1 AND login = ?2")
                    .setParameter(1, String.valueOf(classId))
                    .setParameter(2, school.otherClassTeacher.login())
                    .getSingleResult())
            .longValue(),
        "the refusal is logged");
  }

  @Test
  void theDeputySeesExactlyTheClassesWithoutAnEntryInTheLastWeek() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    ClassworkSchool school = new ClassworkSchool(fx);
    long yearId = school.year.getId();
    clock.set(TODAY);
    // 6a today − 3, 7a today − 9
    as(
        school.classTeacher,
        () -> log.add(school.classId, input(TODAY.minusDays(3), ClassLogKind.CLASS_HOUR, "A")));
    as(
        school.otherClassTeacher,
        () ->
            log.add(school.otherClassId, input(TODAY.minusDays(9), ClassLogKind.CLASS_HOUR, "B")));
    // 5b today − 7 (a week ago: behind), 8a today − 6 (within the week), 3a nothing
    long fifth = classWithEntry(fx, school, 5, "b", TODAY.minusDays(7));
    long eighth = classWithEntry(fx, school, 8, "a", TODAY.minusDays(6));
    StaffMember none = fx.staff("Asta", "Nerašanti", Role.CLASS_TEACHER);
    StudyGroup third = fx.gradeClass(school.year, 3, "a", none);
    long thirdId = fx.classOf(third);

    List<ClassLogLag> behind = as(school.deputy, () -> log.behind(yearId));
    assertEquals(
        List.of(thirdId, fifth, school.otherClassId),
        behind.stream().map(ClassLogLag::classId).toList(),
        "3a (none), 5b (7 days ago), 7a (9 days ago); not 6a, not 8a (" + eighth + ")");
    assertNull(behind.get(0).lastEntry());
    assertEquals("Asta Nerašanti", behind.get(0).classTeacherName());
    assertEquals(TODAY.minusDays(7), behind.get(1).lastEntry());
    assertEquals(TODAY.minusDays(9), behind.get(2).lastEntry());

    // a day later 8a's entry is a week old too
    clock.set(TODAY.plusDays(1));
    assertEquals(
        List.of(thirdId, fifth, school.otherClassId, eighth),
        as(school.deputy, () -> log.behind(yearId)).stream().map(ClassLogLag::classId).toList());
    assertEquals(
        List.of("3a", "5b", "7a", "8a"),
        as(school.deputy, () -> log.behind(yearId)).stream().map(ClassLogLag::className).toList());

    for (Fixtures.Account who :
        List.of(school.classTeacher, school.subjectTeacher, school.guardian, school.student)) {
      assertThrows(EJBAccessException.class, () -> as(who, () -> log.behind(yearId)));
    }
  }

  private long classWithEntry(
      Fixtures fx, ClassworkSchool school, int grade, String letter, LocalDate day)
      throws Exception {
    StaffMember teacher = fx.staff("Vida", "Vadovė" + grade, Role.CLASS_TEACHER);
    Fixtures.Account account = fx.account(teacher, Role.CLASS_TEACHER);
    long classId = fx.classOf(fx.gradeClass(school.year, grade, letter, teacher));
    as(account, () -> log.add(classId, input(day, ClassLogKind.EVENT, "Renginys")));
    return classId;
  }

  private static Object run(Runnable action) {
    action.run();
    return null;
  }
}
