package lt.dienynas.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import lt.dienynas.movement.StudentMovementService.NewStudent;
import lt.dienynas.movement.StudentMovementService.OrderRequest;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.GroupMember;
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
import lt.dienynas.testing.PdfText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Director's orders about a student: a departure strikes them off every list from its day (not
 * before), produces the achievement certificate and keeps their data; a returning student comes
 * back with their history.
 */
@ExtendWith(ArquillianExtension.class)
class StudentMovementIT {

  private static final LocalDate ORDER_DATE = LocalDate.of(2030, 11, 10);
  private static final LocalDate FIRST_DAY_AWAY = LocalDate.of(2030, 11, 12);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("student-movement-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB StudentMovementService movements;

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  DataSource dataSource;

  private StaffMember teacher;
  private Subject subject;

  private Fixtures fixtures;
  private SchoolYear year;
  private StudyGroup class6b;
  private StudyGroup german;
  private Student student;
  private Account admin;
  private Account classTeacher;

  @BeforeEach
  void school() throws Exception {
    fixtures = new Fixtures(em, tx);
    year = fixtures.year();
    teacher = fixtures.staff("Jūratė", "Petrauskienė", Role.CLASS_TEACHER, Role.TEACHER);
    classTeacher = fixtures.account(teacher);
    class6b = fixtures.gradeClass(year, 6, "b", teacher);
    subject = fixtures.subject("Vokiečių kalba");
    german = fixtures.group(year, GroupKind.SUBJECT, "6b vokiečių k.", class6b, subject);
    student = fixtures.student("Žygimantas", "Čepulis-Ąžuolas", 2019);
    fixtures.member(class6b, student, year.getStartDate());
    fixtures.member(german, student, year.getStartDate());
    admin = fixtures.account(fixtures.staff("Giedrius", "Paulauskas", Role.DB_ADMIN));
  }

  @Test
  void aDepartureStrikesTheStudentOffFromItsDayAndPrintsTheCertificate() throws Exception {
    long marked = lesson(german, LocalDate.of(2030, 10, 6), 1);
    sql(
        "INSERT INTO mark (lesson_id, student_id, scale, mark_value, kind, recorded_by,"
            + " recorded_at) VALUES (?, ?, 'TEN_POINT', '9', 'TEST', ?, NOW(3))",
        marked,
        student.getId(),
        teacher.getId());
    long missed = lesson(german, LocalDate.of(2030, 10, 13), 2);
    sql(
        "INSERT INTO attendance (lesson_id, student_id, status, justification, recorded_by,"
            + " recorded_at) VALUES (?, ?, 'ABSENT', 'ILLNESS', ?, NOW(3))",
        missed,
        student.getId(),
        teacher.getId());
    long afterLeaving = lesson(german, FIRST_DAY_AWAY.plusDays(1), 1);
    sql(
        "INSERT INTO mark (lesson_id, student_id, scale, mark_value, kind, recorded_by,"
            + " recorded_at) VALUES (?, ?, 'TEN_POINT', '3', 'TEST', ?, NOW(3))",
        afterLeaving,
        student.getId(),
        teacher.getId());
    asAdmin(
        () ->
            movements.record(
                student.getId(),
                new OrderRequest(
                    OrderKind.DEPARTURE,
                    "V-15",
                    ORDER_DATE,
                    FIRST_DAY_AWAY,
                    null,
                    null,
                    "išvyksta į Kauno „Saulės“ progimnaziją")));

    for (StudyGroup group : List.of(class6b, german)) {
      assertTrue(onList(group, FIRST_DAY_AWAY.minusDays(1)), "still on the list the day before");
      assertTrue(!onList(group, FIRST_DAY_AWAY), "off the list from the order's day");
      assertTrue(onList(group, year.getStartDate()), "the past is kept");
    }
    em.clear();
    assertEquals("Čepulis-Ąžuolas", em.find(Student.class, student.getId()).getLastName());

    StudentHistory history = asAdmin(() -> movements.history(student.getId()));
    assertEquals(1, history.orders().size());
    assertEquals(FIRST_DAY_AWAY, history.departure().orElseThrow().effectiveFrom());
    assertEquals(FIRST_DAY_AWAY.minusDays(1), history.memberships().get(0).validTo());

    byte[] pdf =
        AsPerson.call(
            classTeacher.login(),
            classTeacher.password(),
            () -> movements.certificate(student.getId(), Locale.forLanguageTag("lt")));
    String text = PdfText.of(pdf);
    assertTrue(text.contains("MOKINIO PASIEKIMŲ PAŽYMA"), text);
    assertTrue(text.contains("Žygimantas Čepulis-Ąžuolas"), text);
    assertTrue(text.contains(student.getPersonalCode().value()), text);
    assertTrue(text.contains("6b"), text);
    assertTrue(text.contains("V-15"), text);
    assertTrue(text.contains("Išvykimas"), text);
    assertTrue(text.contains("Kauno „Saulės“ progimnaziją"), text);
    assertTrue(text.contains(year.getStartDate() + " – " + FIRST_DAY_AWAY.minusDays(1)), text);
    assertTrue(text.contains("Įvertinimai"), text);
    assertTrue(text.contains("Vokiečių kalba 9"), text);
    assertTrue(
        !text.contains("9, 3"), "a mark after the departure is not the student's achievement");
    assertTrue(text.contains("Lankomumas"), text);
    assertTrue(text.contains("Iš viso 1 1 0"), text);

    BusinessException twice =
        assertThrows(
            BusinessException.class,
            () ->
                asAdmin(
                    () ->
                        movements.record(
                            student.getId(),
                            new OrderRequest(
                                OrderKind.DEPARTURE,
                                "V-16",
                                ORDER_DATE,
                                FIRST_DAY_AWAY.plusDays(3),
                                null,
                                null,
                                null))));
    assertEquals("order.notEnrolled", twice.getKey());
  }

  @Test
  void aReturningStudentIsReadmittedWithTheirHistory() throws Exception {
    asAdmin(
        () ->
            movements.record(
                student.getId(),
                new OrderRequest(
                    OrderKind.TEMPORARY_LEAVE,
                    "V-20",
                    LocalDate.of(2030, 10, 1),
                    LocalDate.of(2030, 10, 5),
                    LocalDate.of(2030, 10, 30),
                    null,
                    "Palangos reabilitacijos sanatorija")));
    assertTrue(onList(class6b, LocalDate.of(2030, 10, 10)), "a temporary leave keeps the list");
    asAdmin(
        () ->
            movements.record(
                student.getId(),
                new OrderRequest(
                    OrderKind.DEPARTURE, "V-21", ORDER_DATE, FIRST_DAY_AWAY, null, null, null)));
    long back =
        asAdmin(
            () ->
                movements.admit(
                    new NewStudent(
                        "Žygimantas", "Čepulis-Ąžuolas", student.getPersonalCode().value()),
                    new OrderRequest(
                        OrderKind.ARRIVAL,
                        "V-40",
                        LocalDate.of(2031, 1, 28),
                        LocalDate.of(2031, 2, 1),
                        null,
                        classId(class6b),
                        null)));
    assertEquals(student.getId(), back, "the same person comes back");
    assertTrue(onList(class6b, LocalDate.of(2031, 2, 1)));
    assertTrue(!onList(class6b, LocalDate.of(2031, 1, 15)), "not on the list while away");
    StudentHistory history = asAdmin(() -> movements.history(student.getId()));
    assertEquals(
        List.of(OrderKind.TEMPORARY_LEAVE, OrderKind.DEPARTURE, OrderKind.ARRIVAL),
        history.orders().stream().map(StudentHistory.Order::kind).toList());
    assertTrue(history.departure().isEmpty(), "back at school");
    assertEquals(3, history.memberships().size());
  }

  @Test
  void onlyTheAdminOrArchivistRecordsOrdersAndOnlyTheRightPeoplePrint() throws Exception {
    OrderRequest departure =
        new OrderRequest(OrderKind.DEPARTURE, "V-30", ORDER_DATE, FIRST_DAY_AWAY, null, null, null);
    assertThrows(
        EJBAccessException.class,
        () ->
            AsPerson.call(
                classTeacher.login(),
                classTeacher.password(),
                () -> movements.record(student.getId(), departure)));
    Account otherClassTeacher =
        fixtures.account(fixtures.staff("Kitas", "Vadovas", Role.CLASS_TEACHER));
    assertThrows(
        AccessDeniedException.class,
        () ->
            AsPerson.call(
                otherClassTeacher.login(),
                otherClassTeacher.password(),
                () -> movements.certificate(student.getId(), Locale.ROOT)));
    assertThrows(
        AccessDeniedException.class,
        () -> asAdmin(() -> movements.record(Long.MAX_VALUE - 7, departure)));
    Account archivist = fixtures.account(fixtures.staff("Laima", "Adomaitienė", Role.ARCHIVIST));
    AsPerson.call(
        archivist.login(),
        archivist.password(),
        () -> movements.record(student.getId(), departure));
    assertTrue(!onList(class6b, FIRST_DAY_AWAY));
  }

  private long lesson(StudyGroup group, LocalDate date, int number) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO lesson (group_id, subject_id, teacher_id, lesson_date, lesson_number)"
                    + " VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, group.getId());
      ps.setLong(2, subject.getId());
      ps.setLong(3, teacher.getId());
      ps.setObject(4, date);
      ps.setInt(5, number);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void sql(String statement, Object... args) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  private boolean onList(StudyGroup group, LocalDate day) {
    em.clear();
    return em.createNamedQuery(GroupMember.ACTIVE_MEMBERS_OF_GROUP, GroupMember.class)
        .setParameter("group", em.find(StudyGroup.class, group.getId()))
        .setParameter("date", day)
        .getResultStream()
        .anyMatch(m -> m.getStudent().getId().equals(student.getId()));
  }

  private long classId(StudyGroup classGroup) {
    return em.find(StudyGroup.class, classGroup.getId()).getSchoolClass().orElseThrow().getId();
  }

  private <T> T asAdmin(java.util.concurrent.Callable<T> action) throws Exception {
    return AsPerson.call(admin.login(), admin.password(), action);
  }
}
