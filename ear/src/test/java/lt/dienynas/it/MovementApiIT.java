package lt.dienynas.it;

import static lt.dienynas.it.GeneratedClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import lt.dienynas.client.ApiException;
import lt.dienynas.client.api.DienynasApi;
import lt.dienynas.client.model.AdmissionInput;
import lt.dienynas.client.model.MovementStudent;
import lt.dienynas.client.model.OrderInput;
import lt.dienynas.client.model.OrderKind;
import lt.dienynas.client.model.OrderLine;
import lt.dienynas.client.model.StudentHistory;
import lt.dienynas.client.model.StudentMembership;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Director's orders through the generated API client (§18.4, §29): the DB admin admits a new
 * student into a class and records a departure, which ends the student's class list the day before;
 * the archivist reads the orders and a student's movements and prints the certificate, so does the
 * student's class teacher; the writes are refused to every other role, and a bad order is 400 with
 * a Lithuanian message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MovementApiIT {
  private static final LocalDate ORDERED = LocalDate.of(2030, 9, 1);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theAdminAdmitsAStudentAndRecordsADepartureTheArchivistReadsThem() throws Exception {
    TestSchool school = TestSchool.create(6, 2);
    TestSchool other = TestSchool.create(6, 1);
    long leaving = school.students.get(0);
    String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
    DienynasApi admin = client(TestPeople.staff("Giedrius", "Įsakymų", Role.DB_ADMIN));
    DienynasApi archivist = client(TestPeople.staff("Laima", "Archyvaitė", Role.ARCHIVIST));
    DienynasApi director = client(TestPeople.staff("Dalia", "Įsakanti", Role.DIRECTOR));
    DienynasApi deputy = client(TestPeople.staff("Rimas", "Judėjimo", Role.DEPUTY));
    DienynasApi teacher = client(school.teacher);
    DienynasApi classTeacher = client(school.classTeacher);
    DienynasApi guardian = client(TestSchool.guardianOf("Rasa", "Išvykstanti", leaving));

    assertTrue(
        admin.listEnrollableClasses().stream().anyMatch(c -> c.getId() == school.classId),
        "the class of the open year is offered");

    // admission of a new student
    String code = uniqueCode();
    AdmissionInput admission =
        new AdmissionInput()
            .firstName("Naujokas")
            .lastName("Priimtasis" + tag)
            .personalCode(code)
            .kind(AdmissionInput.KindEnum.ARRIVAL)
            .number("A-" + tag)
            .orderDate(ORDERED)
            .effectiveFrom(LocalDate.of(2030, 9, 2))
            .classId(school.classId);
    for (DienynasApi who : List.of(teacher, classTeacher, director, deputy, guardian)) {
      assertRefused(403, () -> who.admitStudent(admission));
    }
    assertTrue(archivist.findMovementStudents(code).isEmpty(), "nobody admitted by a refusal");
    ApiException badCode =
        assertRefused(
            400,
            () ->
                admin.admitStudent(
                    copy(admission).personalCode(code.substring(0, 10) + wrongDigit(code))));
    HealthApiIT.assertLithuanian(badCode, "personalCode.checkDigit", "kontrolinis skaitmuo");
    long admitted = admin.admitStudent(admission).getId();
    List<MovementStudent> found = archivist.findMovementStudents(code);
    assertEquals(List.of(admitted), found.stream().map(MovementStudent::getId).toList());
    assertEquals("6a", found.get(0).getClassName());
    StudentHistory history = archivist.getStudentMovements(admitted);
    assertEquals("Priimtasis" + tag, history.getLastName());
    assertEquals(
        List.of("A-" + tag), history.getOrders().stream().map(o -> o.getNumber()).toList());
    StudentMembership joined = history.getMemberships().get(0);
    assertEquals("6a", joined.getGroupName());
    assertEquals(LocalDate.of(2030, 9, 2), joined.getValidFrom());
    ApiException again = assertRefused(400, () -> admin.admitStudent(admission));
    HealthApiIT.assertLithuanian(again, "order.duplicate", "jau įrašytas");

    // a departure of a student of the class
    OrderInput departure =
        new OrderInput()
            .kind(OrderKind.DEPARTURE)
            .number("I-" + tag)
            .orderDate(LocalDate.of(2031, 1, 5))
            .effectiveFrom(LocalDate.of(2031, 1, 10));
    for (DienynasApi who : List.of(teacher, classTeacher, director, deputy, guardian)) {
      assertRefused(403, () -> who.recordOrder(leaving, departure));
    }
    assertRefused(403, () -> admin.recordOrder(Long.MAX_VALUE, departure));
    assertTrue(archivist.getStudentMovements(leaving).getOrders().isEmpty());
    ApiException noNumber =
        assertRefused(400, () -> admin.recordOrder(leaving, copy(departure).number(null)));
    HealthApiIT.assertLithuanian(noNumber, "order.number", "numeris privalomas");
    ApiException withClass =
        assertRefused(
            400, () -> admin.recordOrder(leaving, copy(departure).classId(other.classId)));
    HealthApiIT.assertLithuanian(withClass, "order.noClass", "tik priėmimo");
    ApiException leave =
        assertRefused(
            400, () -> admin.recordOrder(leaving, copy(departure).kind(OrderKind.TEMPORARY_LEAVE)));
    HealthApiIT.assertLithuanian(leave, "order.untilRequired", "iki kada");
    long orderId = archivist.recordOrder(leaving, departure).getId();
    StudentHistory left = archivist.getStudentMovements(leaving);
    assertEquals(List.of(orderId), left.getOrders().stream().map(o -> o.getId()).toList());
    StudentMembership classList =
        left.getMemberships().stream()
            .filter(m -> "CLASS".equals(m.getKind().getValue()))
            .findFirst()
            .orElseThrow();
    assertEquals(LocalDate.of(2031, 1, 9), classList.getValidTo(), "struck off from the day");

    // the recent orders; reading is the archivist's and the management's
    List<OrderLine> recent = director.listRecentOrders(LocalDate.of(2030, 8, 1));
    assertTrue(recent.stream().anyMatch(o -> o.getId() == orderId && o.getStudentId() == leaving));
    assertTrue(
        recent.stream()
            .anyMatch(o -> ("A-" + tag).equals(o.getNumber()) && o.getStudentId() == admitted));
    for (DienynasApi who : List.of(teacher, classTeacher, guardian)) {
      assertRefused(403, () -> who.listRecentOrders(null));
      assertRefused(403, () -> who.getStudentMovements(leaving));
      assertRefused(403, () -> who.findMovementStudents(code));
      assertRefused(403, () -> who.listEnrollableClasses());
    }
    assertRefused(400, () -> director.listRecentOrders(LocalDate.of(1999, 1, 1)));

    // the certificate: the archivist and the student's class teacher, not another class's
    File certificate = classTeacher.getAchievementCertificate(leaving);
    assertTrue(new String(Files.readAllBytes(certificate.toPath()), 0, 5).startsWith("%PDF"));
    assertTrue(
        new String(Files.readAllBytes(archivist.getAchievementCertificate(leaving).toPath()), 0, 5)
            .startsWith("%PDF"));
    assertRefused(403, () -> client(other.classTeacher).getAchievementCertificate(leaving));
    assertRefused(403, () -> guardian.getAchievementCertificate(leaving));
  }

  private static OrderInput copy(OrderInput o) {
    return new OrderInput()
        .kind(o.getKind())
        .number(o.getNumber())
        .orderDate(o.getOrderDate())
        .effectiveFrom(o.getEffectiveFrom())
        .effectiveUntil(o.getEffectiveUntil())
        .classId(o.getClassId())
        .note(o.getNote());
  }

  private static AdmissionInput copy(AdmissionInput a) {
    return new AdmissionInput()
        .firstName(a.getFirstName())
        .lastName(a.getLastName())
        .personalCode(a.getPersonalCode())
        .kind(a.getKind())
        .number(a.getNumber())
        .orderDate(a.getOrderDate())
        .effectiveFrom(a.getEffectiveFrom())
        .classId(a.getClassId());
  }

  private static String uniqueCode() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (true) {
      String code =
          PersonalCode.of(
                  LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365)),
                  random.nextBoolean(),
                  random.nextInt(lt.dienynas.demo.DemoSchool.FIRST_SERIAL))
              .value();
      if (TestSchool.query("SELECT 1 FROM student WHERE personal_code = ?", code) == null) {
        return code;
      }
    }
  }

  private static char wrongDigit(String code) {
    return (char) ('0' + (code.charAt(10) - '0' + 1) % 10);
  }

  private DienynasApi client(Account account) {
    return GeneratedClient.as(contextRoot, account);
  }
}
