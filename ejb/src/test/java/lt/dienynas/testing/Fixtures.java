package lt.dienynas.testing;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.Person;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.GroupMember;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.school.TeachingAssignment;
import lt.dienynas.security.PasswordHasher;
import lt.dienynas.security.Role;
import lt.dienynas.security.UserAccount;
import lt.dienynas.shared.SchoolClock;

/**
 * Builds a test's own school data through the real entities, each call in its own transaction, with
 * names no other test uses.
 */
public final class Fixtures {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String HASH_CACHE_PASSWORD = "Slaptas-2026";
  private static String cachedHash;

  private final EntityManager em;
  private final UserTransaction tx;

  /** An account a test can act as. */
  public record Account(long personId, String login, String password) {}

  public Fixtures(EntityManager em, UserTransaction tx) {
    this.em = em;
    this.tx = tx;
  }

  /** A short name unique in this test run. */
  public static String unique(String prefix) {
    return prefix
        + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
        + SEQUENCE.incrementAndGet();
  }

  public <T> T inTx(Callable<T> work) throws Exception {
    tx.begin();
    try {
      T result = work.call();
      tx.commit();
      return result;
    } catch (Exception | Error e) {
      if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        tx.rollback();
      }
      throw e;
    }
  }

  /** A school year 2030–2031 with its periods, under a unique name. */
  public SchoolYear year() throws Exception {
    return inTx(
        () -> {
          SchoolYear year =
              new SchoolYear(unique("Y"), LocalDate.of(2030, 9, 1), LocalDate.of(2031, 8, 31));
          year.definePeriod(
              PeriodKind.FIRST_SEMESTER, LocalDate.of(2030, 9, 1), LocalDate.of(2031, 1, 24));
          year.definePeriod(
              PeriodKind.SECOND_SEMESTER, LocalDate.of(2031, 1, 27), LocalDate.of(2031, 6, 20));
          year.definePeriod(PeriodKind.ANNUAL, LocalDate.of(2030, 9, 1), LocalDate.of(2031, 6, 20));
          em.persist(year);
          return year;
        });
  }

  public StaffMember staff(String firstName, String lastName, Role... roles) throws Exception {
    return inTx(
        () -> {
          StaffMember staff = new StaffMember(firstName, lastName, EnumSet.copyOf(List.of(roles)));
          em.persist(staff);
          return staff;
        });
  }

  /** A student born on a random day of the given year, with a valid personal code of their own. */
  public Student student(String firstName, String lastName, int birthYear) throws Exception {
    return inTx(
        () -> {
          ThreadLocalRandom random = ThreadLocalRandom.current();
          PersonalCode code;
          do {
            code =
                PersonalCode.of(
                    LocalDate.ofYearDay(birthYear, 1 + random.nextInt(365)),
                    random.nextBoolean(),
                    random.nextInt(lt.dienynas.demo.DemoSchool.FIRST_SERIAL));
          } while (!em.createNamedQuery(Student.FIND_BY_PERSONAL_CODE)
              .setParameter("code", code.value())
              .getResultList()
              .isEmpty());
          Student student = new Student(firstName, lastName, code);
          em.persist(student);
          return student;
        });
  }

  public Guardian guardian(String firstName, String lastName, Student... children)
      throws Exception {
    return inTx(
        () -> {
          Guardian guardian = new Guardian(firstName, lastName);
          for (Student child : children) {
            guardian.addChild(em.find(Student.class, child.getId()));
          }
          em.persist(guardian);
          return guardian;
        });
  }

  public Subject subject(String name) throws Exception {
    return inTx(
        () -> {
          Subject subject = new Subject(unique("S"), name, name);
          em.persist(subject);
          return subject;
        });
  }

  /** A grade class (in a year of the test's own) with its class group; no class teacher if null. */
  public StudyGroup gradeClass(SchoolYear year, int grade, String letter, StaffMember classTeacher)
      throws Exception {
    return inTx(
        () -> {
          SchoolClass schoolClass =
              new SchoolClass(em.find(SchoolYear.class, year.getId()), grade, letter);
          if (classTeacher != null) {
            schoolClass.assignClassTeacher(em.find(StaffMember.class, classTeacher.getId()));
          }
          em.persist(schoolClass);
          StudyGroup group = StudyGroup.ofClass(schoolClass);
          em.persist(group);
          return group;
        });
  }

  public StudyGroup group(
      SchoolYear year, GroupKind kind, String name, StudyGroup ofClassGroup, Subject subject)
      throws Exception {
    return inTx(
        () -> {
          StudyGroup group =
              new StudyGroup(
                  em.find(SchoolYear.class, year.getId()),
                  kind,
                  unique(name + " "),
                  ofClassGroup == null
                      ? null
                      : em.find(StudyGroup.class, ofClassGroup.getId())
                          .getSchoolClass()
                          .orElse(null),
                  subject == null ? null : em.find(Subject.class, subject.getId()));
          em.persist(group);
          return group;
        });
  }

  public void member(StudyGroup group, Student student, LocalDate from) throws Exception {
    inTx(
        () -> {
          em.persist(
              new GroupMember(
                  em.find(StudyGroup.class, group.getId()),
                  em.find(Student.class, student.getId()),
                  from));
          return null;
        });
  }

  public void teach(StaffMember teacher, Subject subject, StudyGroup group, LocalDate from)
      throws Exception {
    inTx(
        () -> {
          em.persist(
              new TeachingAssignment(
                  em.find(StaffMember.class, teacher.getId()),
                  em.find(Subject.class, subject.getId()),
                  em.find(StudyGroup.class, group.getId()),
                  from));
          return null;
        });
  }

  /** The student leaves the group; {@code lastDay} is their last day in it. */
  public void leave(StudyGroup group, Student student, LocalDate lastDay) throws Exception {
    inTx(
        () -> {
          em.createQuery(
                  "SELECT m FROM GroupMember m WHERE m.group.id = :group AND m.student.id ="
                      + " :student",
                  GroupMember.class)
              .setParameter("group", group.getId())
              .setParameter("student", student.getId())
              .getResultList()
              .forEach(m -> m.leave(lastDay));
          return null;
        });
  }

  /** Gives the person an e-mail address. */
  public void email(Person person, String address) throws Exception {
    inTx(
        () -> {
          em.find(Person.class, person.getId()).changeEmail(address);
          return null;
        });
  }

  /** The class of a class group. */
  public long classOf(StudyGroup group) {
    return em.find(StudyGroup.class, group.getId()).getSchoolClass().orElseThrow().getId();
  }

  /**
   * An enabled account for the person with the roles given (all of them, if none are); an employee
   * has accepted the confidentiality pledge, as every working employee has.
   */
  public Account account(Person person, Role... roles) throws Exception {
    Account account = accountWithoutPledge(person, roles);
    if (person instanceof StaffMember) {
      acceptPledge(person.getId());
    }
    return account;
  }

  /** The employee accepts the pledge in force. */
  public void acceptPledge(long personId) throws Exception {
    inTx(
        () ->
            em.createNativeQuery(
                    "INSERT INTO pledge_acceptance (person_id, pledge_version, accepted_at)"
                        + " SELECT ?1, MAX(version), CURRENT_TIMESTAMP(3) FROM confidentiality_pledge")
                .setParameter(1, personId)
                .executeUpdate());
  }

  /** An account as {@link #account}, but an employee has not accepted the pledge yet. */
  public Account accountWithoutPledge(Person person, Role... roles) throws Exception {
    String login = unique("u").toLowerCase();
    inTx(
        () -> {
          Person managed = em.find(Person.class, person.getId());
          Set<Role> granted =
              roles.length > 0
                  ? EnumSet.copyOf(List.of(roles))
                  : managed instanceof StaffMember s
                      ? EnumSet.copyOf(s.getRoles())
                      : managed instanceof Guardian
                          ? EnumSet.of(Role.GUARDIAN)
                          : EnumSet.of(Role.STUDENT);
          em.persist(
              new UserAccount(
                  managed, login, hash(), granted, java.time.LocalDateTime.now(SchoolClock.ZONE)));
          return null;
        });
    return new Account(person.getId(), login, HASH_CACHE_PASSWORD);
  }

  private static synchronized String hash() {
    if (cachedHash == null) {
      cachedHash = new PasswordHasher().hash(HASH_CACHE_PASSWORD);
    }
    return cachedHash;
  }
}
