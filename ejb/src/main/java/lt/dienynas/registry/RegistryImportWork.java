package lt.dienynas.registry;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.GuardianChanges;
import lt.dienynas.people.Person;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.GroupMember;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.security.UserAccount;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/**
 * The work of the {@code registry-import} batch job, line by line, inside the job's chunk
 * transactions: first every line is checked and its verdict recorded (good, or bad with the
 * reason), then each good line is imported — idempotently: a line that already matches the diary
 * changes nothing, so importing the same file again changes nothing. Not a service: only the job
 * calls it, after {@link RegistryImportService#create} checked who started it.
 */
@ApplicationScoped
@Transactional
@HistorySource("registry-import")
public class RegistryImportWork {
  @Inject private SchoolClock clock;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private HistoryLog history;

  /** The file of an import. */
  public RegistryFile file(long importId) {
    RegistryImport registryImport = find(importId);
    return RegistryFile.parse(registryImport.getKind(), registryImport.getContent());
  }

  /** The keys (personal code / e-mail) of the lines already checked good, by line number. */
  public Map<String, Integer> checkedKeys(long importId) {
    Map<String, Integer> keys = new HashMap<>();
    em.createNamedQuery(RegistryImportLine.FIND_BY_IMPORT, RegistryImportLine.class)
        .setParameter("import", find(importId))
        .getResultStream()
        .filter(l -> l.getOutcome() != LineOutcome.REJECTED)
        .forEach(l -> l.getRecordKey().ifPresent(k -> keys.putIfAbsent(k, l.getLineNumber())));
    return keys;
  }

  /** The numbers of the lines checked good and not imported yet. */
  public Set<Integer> pendingLines(long importId) {
    return em.createNamedQuery(RegistryImportLine.FIND_BY_OUTCOME, RegistryImportLine.class)
        .setParameter("import", find(importId))
        .setParameter("outcome", LineOutcome.VALID)
        .getResultStream()
        .map(RegistryImportLine::getLineNumber)
        .collect(Collectors.toSet());
  }

  /**
   * Checks one line; {@code seen} holds the keys of the earlier good lines (and gets this one's).
   *
   * @return the verdict, not yet stored
   */
  public RegistryImportLine check(
      long importId, RegistryFile file, RegistryFile.Line line, Map<String, Integer> seen) {
    RegistryImport registryImport = find(importId);
    String key = keyOf(file.kind(), line);
    try {
      if (line.fieldCount() != file.columnCount()) {
        throw new BusinessException("registry.fields", line.fieldCount(), file.columnCount());
      }
      key =
          file.kind() == RegistryKind.STUDENTS
              ? checkStudent(registryImport, line).personalCode()
              : checkStaff(line).email();
      Integer earlier = seen.get(key);
      if (earlier != null) {
        throw new BusinessException("registry.duplicate", earlier);
      }
      seen.put(key, line.number());
      return RegistryImportLine.valid(registryImport, line.number(), key);
    } catch (BusinessException e) {
      return RegistryImportLine.rejected(
          registryImport, line.number(), key, e.getKey(), e.getArgs());
    }
  }

  public void record(List<RegistryImportLine> verdicts) {
    verdicts.forEach(em::persist);
  }

  /** Imports one good line and records the outcome on its report line. */
  public LineOutcome importLine(long importId, RegistryFile file, RegistryFile.Line line) {
    RegistryImport registryImport = find(importId);
    RegistryImportLine report =
        em.createNamedQuery(RegistryImportLine.FIND_LINE, RegistryImportLine.class)
            .setParameter("import", registryImport)
            .setParameter("line", line.number())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("line " + line.number() + " unchecked"));
    long[] person = new long[1];
    LineOutcome outcome =
        file.kind() == RegistryKind.STUDENTS
            ? importStudent(registryImport, checkStudent(registryImport, line), person)
            : importStaff(checkStaff(line), person);
    report.imported(outcome, person[0]);
    return outcome;
  }

  public void validated(long importId) {
    find(importId).validated();
  }

  public void finish(long importId, boolean succeeded) {
    find(importId).finish(succeeded, clock.now());
  }

  // --- students -----------------------------------------------------------------------------

  /** A checked student line. */
  record StudentLine(
      String personalCode,
      String firstName,
      String lastName,
      String email,
      StudyGroup classList,
      LocalDate from,
      List<GuardianLine> guardians) {}

  /** A guardian named on a student line (e-mail: null when none). */
  record GuardianLine(String firstName, String lastName, String email) {
    boolean sameName(Guardian g) {
      return g.getFirstName().equalsIgnoreCase(firstName)
          && g.getLastName().equalsIgnoreCase(lastName);
    }
  }

  /**
   * The guardians of a line: none, one or two; a guardian named at all needs both names (and a
   * valid e-mail, if any).
   */
  private static List<GuardianLine> guardiansOf(RegistryFile.Line line) {
    List<GuardianLine> guardians = new ArrayList<>();
    String[][] columns = {
      {
        RegistryFile.GUARDIAN_FIRST_NAME,
        RegistryFile.GUARDIAN_LAST_NAME,
        RegistryFile.GUARDIAN_EMAIL
      },
      {
        RegistryFile.GUARDIAN2_FIRST_NAME,
        RegistryFile.GUARDIAN2_LAST_NAME,
        RegistryFile.GUARDIAN2_EMAIL
      }
    };
    for (String[] c : columns) {
      String first = line.get(c[0]);
      String last = line.get(c[1]);
      String email = line.get(c[2]);
      if (first.isEmpty() && last.isEmpty() && email.isEmpty()) {
        continue;
      }
      for (String text : List.of(first, last, email)) {
        if (text.chars().anyMatch(Character::isISOControl)) {
          throw new BusinessException("person.controlCharacters", text);
        }
      }
      Guardian probe = new Guardian(first, last);
      probe.changeEmail(email);
      GuardianLine g =
          new GuardianLine(
              probe.getFirstName(),
              probe.getLastName(),
              probe.getEmail().map(e -> e.toLowerCase(Locale.ROOT)).orElse(null));
      if (guardians.stream()
          .anyMatch(
              o ->
                  o.firstName().equalsIgnoreCase(g.firstName())
                      && o.lastName().equalsIgnoreCase(g.lastName()))) {
        throw new BusinessException("registry.guardianTwice", g.firstName() + " " + g.lastName());
      }
      guardians.add(g);
    }
    return guardians;
  }

  private StudentLine checkStudent(RegistryImport registryImport, RegistryFile.Line line) {
    PersonalCode code = PersonalCode.parse(line.get(RegistryFile.PERSONAL_CODE));
    LocalDate birthDate = date(line.get(RegistryFile.BIRTH_DATE));
    Student probe =
        new Student(
            line.get(RegistryFile.FIRST_NAME), line.get(RegistryFile.LAST_NAME), code, birthDate);
    probe.changeEmail(line.get(RegistryFile.EMAIL));
    SchoolYear year = registryImport.getSchoolYear();
    String className = line.get(RegistryFile.CLASS);
    StudyGroup classList =
        em.createNamedQuery(StudyGroup.FIND_BY_YEAR, StudyGroup.class)
            .setParameter("year", year)
            .getResultStream()
            .filter(g -> g.getKind() == GroupKind.CLASS || g.getKind() == GroupKind.PRESCHOOL)
            .filter(g -> g.getName().equalsIgnoreCase(className))
            .findFirst()
            .orElseThrow(
                () -> new BusinessException("registry.unknownClass", className, year.getName()));
    String start = line.get(RegistryFile.START_DATE);
    LocalDate from = start.isEmpty() ? registryImport.getAdmittedFrom() : date(start);
    if (!year.contains(from)) {
      throw new BusinessException("schoolYear.outside", from, from, year.getName());
    }
    return new StudentLine(
        code.value(),
        probe.getFirstName(),
        probe.getLastName(),
        probe.getEmail().orElse(null),
        classList,
        from,
        guardiansOf(line));
  }

  private LineOutcome importStudent(
      RegistryImport registryImport, StudentLine line, long[] personId) {
    Student student =
        em.createNamedQuery(Student.FIND_BY_PERSONAL_CODE, Student.class)
            .setParameter("code", line.personalCode())
            .getResultStream()
            .findFirst()
            .orElse(null);
    LineOutcome outcome = LineOutcome.UNCHANGED;
    if (student == null) {
      student =
          new Student(line.firstName(), line.lastName(), PersonalCode.parse(line.personalCode()));
      student.changeEmail(line.email());
      em.persist(student);
      em.persist(new GroupMember(line.classList(), student, line.from()));
      List<Supplier<Change>> changes = new ArrayList<>();
      placeGuardians(student, line, changes);
      em.flush();
      Student created = student;
      changes.add(0, () -> GuardianChanges.created(created));
      recordHistory(registryImport, changes);
      personId[0] = student.getId();
      return LineOutcome.CREATED;
    }
    Map<String, Object> before = GuardianChanges.snapshot(student);
    if (!student.getFirstName().equals(line.firstName())
        || !student.getLastName().equals(line.lastName())) {
      student.rename(line.firstName(), line.lastName());
      outcome = LineOutcome.UPDATED;
    }
    if (line.email() != null && !line.email().equals(student.getEmail().orElse(null))) {
      student.changeEmail(line.email());
      outcome = LineOutcome.UPDATED;
    }
    if (placeOnList(student, line)) {
      outcome = LineOutcome.UPDATED;
    }
    List<Supplier<Change>> changes = new ArrayList<>();
    if (placeGuardians(student, line, changes)) {
      outcome = LineOutcome.UPDATED;
    }
    if (outcome == LineOutcome.UPDATED) {
      em.flush();
      if (!GuardianChanges.snapshot(student).equals(before)) {
        Student updated = student;
        changes.add(0, () -> GuardianChanges.updated(updated, before));
      }
      recordHistory(registryImport, changes);
    }
    personId[0] = student.getId();
    return outcome;
  }

  /**
   * Puts the student on the class list the registry names, unless they already are: a student on
   * another list of the same year moves (the old membership ends the day before).
   *
   * @return whether anything changed
   */
  private boolean placeOnList(Student student, StudentLine line) {
    SchoolYear year = line.classList().getSchoolYear();
    List<GroupMember> lists =
        em.createNamedQuery(GroupMember.FIND_BY_STUDENT, GroupMember.class)
            .setParameter("student", student)
            .getResultStream()
            .filter(m -> m.getGroup().getSchoolYear() == year)
            .filter(
                m ->
                    m.getGroup().getKind() == GroupKind.CLASS
                        || m.getGroup().getKind() == GroupKind.PRESCHOOL)
            .filter(m -> m.getValidTo().map(to -> !to.isBefore(line.from())).orElse(true))
            .toList();
    if (lists.stream().anyMatch(m -> m.getGroup() == line.classList())) {
      return false;
    }
    for (GroupMember other : lists) {
      if (other.getValidFrom().isBefore(line.from())) {
        other.cutShort(line.from().minusDays(1));
      } else {
        em.remove(other);
      }
    }
    em.persist(new GroupMember(line.classList(), student, line.from()));
    return true;
  }

  /**
   * Links the line's guardians to the student, idempotently: a guardian of the student with the
   * same name is the same person (their e-mail is brought up to date); otherwise a guardian with
   * the same name and e-mail (a sibling's parent) gets this child too; otherwise a new guardian is
   * created. Guardians the line does not name are left as they are (the registry adds, the diary's
   * own links stay). Each change adds its history entry to {@code changes}, to be recorded once the
   * new rows have their ids.
   *
   * @return whether anything changed
   */
  private boolean placeGuardians(
      Student student, StudentLine line, List<Supplier<Change>> changes) {
    boolean changed = false;
    for (GuardianLine g : line.guardians()) {
      Guardian known = student.getGuardians().stream().filter(g::sameName).findFirst().orElse(null);
      if (known != null) {
        if (g.email() != null && !g.email().equalsIgnoreCase(known.getEmail().orElse(""))) {
          Map<String, Object> before = GuardianChanges.snapshot(known);
          known.changeEmail(g.email());
          changes.add(() -> GuardianChanges.updated(known, before));
          changed = true;
        }
        continue;
      }
      Guardian sibling =
          g.email() == null
              ? null
              : em.createQuery(
                      "SELECT g FROM Guardian g WHERE LOWER(g.email) = :email"
                          + " AND LOWER(g.firstName) = LOWER(:first)"
                          + " AND LOWER(g.lastName) = LOWER(:last) ORDER BY g.id",
                      Guardian.class)
                  .setParameter("email", g.email())
                  .setParameter("first", g.firstName())
                  .setParameter("last", g.lastName())
                  .setMaxResults(1)
                  .getResultStream()
                  .findFirst()
                  .orElse(null);
      if (sibling == null) {
        Guardian created = new Guardian(g.firstName(), g.lastName());
        created.changeEmail(g.email());
        em.persist(created);
        changes.add(() -> GuardianChanges.created(created));
        sibling = created;
      }
      sibling.addChild(student);
      Guardian linked = sibling;
      changes.add(() -> GuardianChanges.link(linked, student, true));
      changed = true;
    }
    return changed;
  }

  /**
   * Records the history entries collected, in their order (after a flush gave new rows ids), as
   * made by the person who started the import (the job's chunks run without their identity).
   */
  private void recordHistory(RegistryImport registryImport, List<Supplier<Change>> changes) {
    Person starter = registryImport.getStartedBy();
    String login =
        em.createNamedQuery(UserAccount.FIND_BY_PERSON, UserAccount.class)
            .setParameter("person", starter)
            .getResultStream()
            .map(UserAccount::getLogin)
            .findFirst()
            .orElse(starter.getFullName());
    history.recordAllAs(
        new Actor(starter.getId(), login, Set.of()), changes.stream().map(Supplier::get).toList());
  }

  // --- staff --------------------------------------------------------------------------------

  record StaffLine(String firstName, String lastName, String email, Set<Role> roles)
      implements Serializable {}

  private StaffLine checkStaff(RegistryFile.Line line) {
    String email = line.get(RegistryFile.EMAIL);
    if (email.isEmpty()) {
      throw new BusinessException("registry.emailRequired");
    }
    Set<Role> roles = Positions.rolesOf(line.get(RegistryFile.POSITIONS));
    StaffMember probe =
        new StaffMember(line.get(RegistryFile.FIRST_NAME), line.get(RegistryFile.LAST_NAME), roles);
    probe.changeEmail(email);
    return new StaffLine(
        probe.getFirstName(),
        probe.getLastName(),
        probe.getEmail().orElseThrow().toLowerCase(Locale.ROOT),
        roles);
  }

  private LineOutcome importStaff(StaffLine line, long[] personId) {
    StaffMember staff =
        em.createQuery(
                "SELECT s FROM StaffMember s WHERE LOWER(s.email) = :email", StaffMember.class)
            .setParameter("email", line.email())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (staff == null) {
      staff = new StaffMember(line.firstName(), line.lastName(), line.roles());
      staff.changeEmail(line.email());
      em.persist(staff);
      em.flush();
      personId[0] = staff.getId();
      return LineOutcome.CREATED;
    }
    LineOutcome outcome = LineOutcome.UNCHANGED;
    if (!staff.getFirstName().equals(line.firstName())
        || !staff.getLastName().equals(line.lastName())) {
      staff.rename(line.firstName(), line.lastName());
      outcome = LineOutcome.UPDATED;
    }
    // the registry adds positions; roles given in the diary itself are not taken away
    for (Role role : line.roles()) {
      if (!staff.hasRole(role)) {
        staff.grantRole(role);
        outcome = LineOutcome.UPDATED;
      }
    }
    if (!staff.isActive()) {
      staff.reactivate();
      outcome = LineOutcome.UPDATED;
    }
    personId[0] = staff.getId();
    return outcome;
  }

  // ------------------------------------------------------------------------------------------

  private static String keyOf(RegistryKind kind, RegistryFile.Line line) {
    return kind == RegistryKind.STUDENTS
        ? line.get(RegistryFile.PERSONAL_CODE)
        : line.get(RegistryFile.EMAIL).toLowerCase(Locale.ROOT);
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("registry.date", text);
    }
  }

  private RegistryImport find(long importId) {
    return Objects.requireNonNull(em.find(RegistryImport.class, importId), "import " + importId);
  }
}
