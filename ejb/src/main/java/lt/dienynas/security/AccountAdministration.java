package lt.dienynas.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.Person;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.people.StudentClasses;
import lt.dienynas.people.StudentClasses.ClassOf;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/**
 * Naudotojų paskyros (§18.3, §21.3): the DB admin creates accounts, resets passwords, disables and
 * enables them, lifts a lock; the admin or the class teacher of the student's class gives students
 * (grades 5–8 only) and guardians their first login as a printed slip. Every password given by
 * someone else is temporary: the person must change it at the next login.
 */
@Stateless
public class AccountAdministration {
  @Inject private SchoolClock clock;

  private static final String SEARCH =
      """
      SELECT p.id, p.person_type, p.first_name, p.last_name, a.id, a.login, a.enabled,
             a.must_change_password, l.locked_until > CURRENT_TIMESTAMP(3)
        FROM person p
        LEFT JOIN user_account a ON a.person_id = p.id
        LEFT JOIN login_lock l ON l.login = a.login
       WHERE CONCAT(p.first_name, ' ', p.last_name) LIKE ?1 OR a.login LIKE ?1
       ORDER BY p.last_name, p.first_name, p.id
      """;

  private static final String CHILDREN_OF_GUARDIAN =
      "SELECT gs.student_id, p.first_name, p.last_name FROM guardianship gs"
          + " JOIN person p ON p.id = gs.student_id WHERE gs.guardian_id = ?1"
          + " ORDER BY p.last_name, p.first_name";

  private static final String LOGIN_TAKEN = "SELECT 1 FROM user_account WHERE login = ?1";

  private static final String UNLOCK = "DELETE FROM login_lock WHERE login = ?1";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private StudentClasses studentClasses;

  @Inject private PasswordHasher hasher;

  /** A person and their account as the admin's list shows them. */
  public record PersonAccount(
      long personId,
      String kind,
      String fullName,
      String className,
      String login,
      boolean enabled,
      boolean mustChangePassword,
      boolean locked,
      List<Role> roles)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    public boolean hasAccount() {
      return login != null;
    }
  }

  /** Whom a slip is for: the person, their class (a guardian: the children) and current login. */
  public record SlipSubject(
      long personId, String kind, String fullName, String detail, String login)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    public boolean hasAccount() {
      return login != null;
    }
  }

  /** Credentials just given: shown once on the printed slip, never stored in clear. */
  public record IssuedCredentials(
      long personId, String kind, String fullName, String detail, String login, String password)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** People whose name or login contains the text, with their accounts (at most 200). */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public List<PersonAccount> search(String text, int max) {
    policy.requireAdministration("ACCOUNTS_READ");
    String pattern = "%" + (text == null ? "" : text.strip().replace("%", "")) + "%";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SEARCH)
            .setParameter(1, pattern)
            .setMaxResults(Math.min(Math.max(max, 1), 200))
            .getResultList();
    List<Long> accountIds = new ArrayList<>();
    List<Long> studentIds = new ArrayList<>();
    for (Object[] r : rows) {
      if (r[4] != null) {
        accountIds.add(((Number) r[4]).longValue());
      }
      if ("STUDENT".equals(r[1])) {
        studentIds.add(((Number) r[0]).longValue());
      }
    }
    Map<Long, List<Role>> roles = rolesOf(accountIds);
    Map<Long, String> classes = new HashMap<>();
    studentClasses.of(studentIds).forEach((id, c) -> classes.put(id, c.name()));
    return rows.stream()
        .map(
            r -> {
              long personId = ((Number) r[0]).longValue();
              Long accountId = r[4] == null ? null : ((Number) r[4]).longValue();
              return new PersonAccount(
                  personId,
                  (String) r[1],
                  r[2] + " " + r[3],
                  classes.get(personId),
                  (String) r[5],
                  LoginEvents.isTrue(r[6]),
                  LoginEvents.isTrue(r[7]),
                  LoginEvents.isTrue(r[8]),
                  accountId == null ? List.of() : roles.getOrDefault(accountId, List.of()));
            })
        .toList();
  }

  /**
   * Creates the person's account with a generated login and a temporary password: an employee gets
   * their staff roles, a guardian {@link Role#GUARDIAN}, a student {@link Role#STUDENT}.
   *
   * @throws BusinessException {@code account.exists}, {@code account.studentGrade}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public IssuedCredentials createAccount(long personId) {
    policy.requireAdministration("ACCOUNT_CREATE");
    Person person = requirePerson(personId);
    if (accountOf(person) != null) {
      throw new BusinessException("account.exists", person.getFullName());
    }
    return create(person);
  }

  /**
   * A new temporary password for the person's account; lifts a lock.
   *
   * @throws BusinessException {@code account.none}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public IssuedCredentials resetPassword(long personId) {
    policy.requireAdministration("ACCOUNT_RESET_PASSWORD");
    Person person = requirePerson(personId);
    return reset(person, requireAccount(person));
  }

  /**
   * @throws BusinessException {@code account.none}, {@code account.selfDisable}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public void disable(long personId) {
    Actor admin = policy.requireAdministration("ACCOUNT_DISABLE");
    if (admin.personId() == personId) {
      throw new BusinessException("account.selfDisable");
    }
    requireAccount(requirePerson(personId)).disable();
  }

  /**
   * @throws BusinessException {@code account.none}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public void enable(long personId) {
    policy.requireAdministration("ACCOUNT_ENABLE");
    requireAccount(requirePerson(personId)).enable();
  }

  /**
   * Lifts the lock-out of the person's login before its time.
   *
   * @throws BusinessException {@code account.none}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public void unlock(long personId) {
    policy.requireAdministration("ACCOUNT_UNLOCK");
    UserAccount account = requireAccount(requirePerson(personId));
    em.createNativeQuery(UNLOCK).setParameter(1, account.getLogin()).executeUpdate();
  }

  /** Whom the slip would be for; refused like any other access when the caller may not issue. */
  @RolesAllowed({Role.Names.DB_ADMIN, Role.Names.CLASS_TEACHER})
  public SlipSubject slipSubject(long personId) {
    policy.requireCredentialIssue(personId);
    Person person = em.find(Person.class, personId);
    UserAccount account = accountOf(person);
    return new SlipSubject(
        personId,
        kindOf(person),
        person.getFullName(),
        detailOf(person),
        account == null ? null : account.getLogin());
  }

  /**
   * First-login credentials for the slip (§18.3, §21.3): creates the account when there is none,
   * otherwise gives a new temporary password. The class teacher may do it for the students of their
   * class and these students' guardians; employees' accounts are the admin's.
   *
   * @throws BusinessException {@code account.studentGrade}, {@code account.disabled}
   */
  @RolesAllowed({Role.Names.DB_ADMIN, Role.Names.CLASS_TEACHER})
  public IssuedCredentials issueFirstLogin(long personId) {
    policy.requireCredentialIssue(personId);
    Person person = em.find(Person.class, personId);
    UserAccount account = accountOf(person);
    if (account == null) {
      return create(person);
    }
    if (!account.isEnabled()) {
      throw new BusinessException("account.disabled", person.getFullName());
    }
    return reset(person, account);
  }

  private IssuedCredentials create(Person person) {
    Set<Role> roles;
    if (person instanceof StaffMember staff) {
      roles = EnumSet.copyOf(staff.getRoles());
    } else if (person instanceof Guardian) {
      roles = EnumSet.of(Role.GUARDIAN);
    } else {
      requireUpperGrade((Student) person);
      roles = EnumSet.of(Role.STUDENT);
    }
    String password = PasswordRules.temporaryPassword();
    UserAccount account =
        new UserAccount(person, freeLogin(person), hasher.hash(password), roles, clock.now());
    em.persist(account);
    return credentials(person, account, password);
  }

  private IssuedCredentials reset(Person person, UserAccount account) {
    String password = PasswordRules.temporaryPassword();
    account.resetPassword(hasher.hash(password));
    em.createNativeQuery(UNLOCK).setParameter(1, account.getLogin()).executeUpdate();
    return credentials(person, account, password);
  }

  private IssuedCredentials credentials(Person person, UserAccount account, String password) {
    return new IssuedCredentials(
        person.getId(),
        kindOf(person),
        person.getFullName(),
        detailOf(person),
        account.getLogin(),
        password);
  }

  /** Only students of grades 5–8 log in (requirements §1, regulation §17.5). */
  private void requireUpperGrade(Student student) {
    if (!studentClasses.of(student.getId()).map(ClassOf::isUpperGrade).orElse(false)) {
      throw new BusinessException("account.studentGrade", student.getFullName());
    }
  }

  private String freeLogin(Person person) {
    String base = LoginNames.base(person.getFirstName(), person.getLastName());
    for (int n = 1; ; n++) {
      String candidate = LoginNames.numbered(base, n);
      if (em.createNativeQuery(LOGIN_TAKEN).setParameter(1, candidate).getResultList().isEmpty()) {
        return candidate;
      }
    }
  }

  private String detailOf(Person person) {
    if (person instanceof Student) {
      return studentClasses.of(person.getId()).map(ClassOf::name).orElse("");
    }
    if (person instanceof Guardian) {
      @SuppressWarnings("unchecked")
      List<Object[]> children =
          em.createNativeQuery(CHILDREN_OF_GUARDIAN)
              .setParameter(1, person.getId())
              .getResultList();
      Map<Long, ClassOf> classes =
          studentClasses.of(children.stream().map(r -> ((Number) r[0]).longValue()).toList());
      StringJoiner joiner = new StringJoiner(", ");
      for (Object[] child : children) {
        ClassOf c = classes.get(((Number) child[0]).longValue());
        joiner.add(child[1] + " " + child[2] + (c == null ? "" : " (" + c.name() + ")"));
      }
      return joiner.toString();
    }
    return "";
  }

  private Map<Long, List<Role>> rolesOf(List<Long> accountIds) {
    Map<Long, List<Role>> roles = new HashMap<>();
    if (accountIds.isEmpty()) {
      return roles;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createQuery("SELECT a.id, r FROM UserAccount a JOIN a.roles r WHERE a.id IN :ids")
            .setParameter("ids", accountIds)
            .getResultList();
    for (Object[] r : rows) {
      roles.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((Role) r[1]);
    }
    roles.values().forEach(list -> list.sort(null));
    return roles;
  }

  private Person requirePerson(long personId) {
    Person person = em.find(Person.class, personId);
    if (person == null) {
      throw new BusinessException("person.notFound", personId);
    }
    return person;
  }

  private UserAccount accountOf(Person person) {
    return em
        .createNamedQuery(UserAccount.FIND_BY_PERSON, UserAccount.class)
        .setParameter("person", person)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private UserAccount requireAccount(Person person) {
    UserAccount account = accountOf(person);
    if (account == null) {
      throw new BusinessException("account.none", person.getFullName());
    }
    return account;
  }

  private static String kindOf(Person person) {
    return person instanceof StaffMember
        ? "STAFF"
        : person instanceof Guardian ? "GUARDIAN" : "STUDENT";
  }
}
