package lt.dienynas.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.security.PasswordHasher;
import lt.dienynas.security.Role;
import lt.dienynas.security.UserAccount;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The core model mapped by EclipseLink onto the migrated MariaDB schema. */
@ExtendWith(ArquillianExtension.class)
class CoreModelIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("core-model-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  DataSource dataSource;

  @Test
  void aStudentWithLithuanianLettersRoundTripsThroughTheDatabase() throws Exception {
    PersonalCode code = uniqueCode(LocalDate.of(2014, 3, 11), false);
    tx.begin();
    Student student = new Student("Žemyna Ūla", "Čiurlionytė-Ąžuolė", code);
    em.persist(student);
    tx.commit();
    em.clear();

    Student read =
        em.createNamedQuery(Student.FIND_BY_PERSONAL_CODE, Student.class)
            .setParameter("code", code.value())
            .getSingleResult();
    assertEquals("Žemyna Ūla", read.getFirstName());
    assertEquals("Čiurlionytė-Ąžuolė", read.getLastName());
    assertEquals(LocalDate.of(2014, 3, 11), read.getBirthDate());

    // what MariaDB itself holds, byte for byte: UTF-8 with 4-byte capable columns
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT HEX(last_name), CHARSET(last_name) FROM person WHERE id = ?")) {
      ps.setLong(1, read.getId());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertEquals(hex("Čiurlionytė-Ąžuolė"), rs.getString(1));
        assertEquals("utf8mb4", rs.getString(2));
      }
    }
  }

  @Test
  void aSchoolYearWithClassesGroupsPeopleAndAccountsIsStoredAndQueried() throws Exception {
    String suffix = Long.toString(System.nanoTime(), 36);
    tx.begin();
    SchoolYear year =
        new SchoolYear(
            "T" + suffix.substring(suffix.length() - 6),
            LocalDate.of(2030, 9, 1),
            LocalDate.of(2031, 8, 31));
    year.definePeriod(
        PeriodKind.FIRST_SEMESTER, LocalDate.of(2030, 9, 1), LocalDate.of(2031, 1, 24));
    year.definePeriod(
        PeriodKind.SECOND_SEMESTER, LocalDate.of(2031, 1, 27), LocalDate.of(2031, 6, 20));
    year.definePeriod(PeriodKind.ANNUAL, LocalDate.of(2030, 9, 1), LocalDate.of(2031, 6, 20));
    year.addHoliday("Rudens atostogos", LocalDate.of(2030, 10, 28), LocalDate.of(2030, 11, 1));
    em.persist(year);
    StaffMember teacher =
        new StaffMember("Gintarė", "Šimkienė", EnumSet.of(Role.TEACHER, Role.CLASS_TEACHER));
    em.persist(teacher);
    SchoolClass fifthA = new SchoolClass(year, 5, "a");
    fifthA.assignClassTeacher(teacher);
    em.persist(fifthA);
    StudyGroup classGroup = StudyGroup.ofClass(fifthA);
    em.persist(classGroup);
    Subject math =
        new Subject("MAT" + suffix.substring(suffix.length() - 5), "Matematika", "Mathematics");
    em.persist(math);
    em.persist(new TeachingAssignment(teacher, math, classGroup, year.getStartDate()));
    Student child =
        new Student("Kęstutis", "Jankauskas", uniqueCode(LocalDate.of(2019, 5, 2), true));
    em.persist(child);
    em.persist(new GroupMember(classGroup, child, year.getStartDate()));
    Guardian mother = new Guardian("Aušra", "Jankauskienė");
    mother.addChild(child);
    em.persist(mother);
    em.persist(
        new UserAccount(
            mother,
            "aj" + suffix,
            new PasswordHasher().hash("Slaptas-123"),
            Set.of(Role.GUARDIAN),
            java.time.LocalDateTime.now(SchoolClock.ZONE)));
    tx.commit();
    em.clear();

    assertEquals(
        "5a",
        em.createNamedQuery(SchoolClass.FIND_BY_YEAR, SchoolClass.class)
            .setParameter("year", em.find(SchoolYear.class, year.getId()))
            .getSingleResult()
            .getName());
    List<GroupMember> members =
        em.createNamedQuery(GroupMember.ACTIVE_MEMBERS_OF_GROUP, GroupMember.class)
            .setParameter("group", em.find(StudyGroup.class, classGroup.getId()))
            .setParameter("date", LocalDate.of(2030, 12, 1))
            .getResultList();
    assertEquals(1, members.size());
    assertEquals("Kęstutis", members.get(0).getStudent().getFirstName());
    UserAccount account =
        em.createNamedQuery(UserAccount.FIND_BY_LOGIN, UserAccount.class)
            .setParameter("login", "aj" + suffix)
            .getSingleResult();
    assertTrue(account.getPasswordHash().startsWith("$2a$10$"));
    assertEquals(Set.of(Role.GUARDIAN), account.getRoles());
    Guardian readMother = (Guardian) account.getPerson();
    assertEquals(1, readMother.getChildren().size());
    assertFalse(
        em.find(SchoolYear.class, year.getId()).calendar().isSchoolDay(LocalDate.of(2030, 10, 29)),
        "a day of the autumn holidays is not a school day");
  }

  @Test
  void anInvalidPersonalCodeIsRefusedAndNothingIsStored() throws Exception {
    long before = em.createQuery("SELECT COUNT(s) FROM Student s", Long.class).getSingleResult();
    assertThrows(
        BusinessException.class,
        () -> new Student("Jonas", "Jonaitis", new PersonalCode("50901011233")));
    assertThrows(BusinessException.class, () -> PersonalCode.parse("5090101123"));
    assertEquals(
        before, em.createQuery("SELECT COUNT(s) FROM Student s", Long.class).getSingleResult());
  }

  /** A personal code no other test run has used: a random serial for the date. */
  private static PersonalCode uniqueCode(LocalDate birthDate, boolean male) {
    return PersonalCode.of(
        birthDate,
        male,
        ThreadLocalRandom.current().nextInt(lt.dienynas.demo.DemoSchool.FIRST_SERIAL));
  }

  private static String hex(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      b.append(String.format("%02X", x));
    }
    return b.toString();
  }
}
