package lt.dienynas.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.Person;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.shared.BusinessException;

/**
 * Naudotojo paskyra: the login of one person, read by the Elytron JDBC realm. Roles must fit the
 * person: staff roles for an employee, {@link Role#GUARDIAN} for a guardian, {@link Role#STUDENT}
 * for a student.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = UserAccount.FIND_BY_LOGIN,
    query = "SELECT a FROM UserAccount a JOIN FETCH a.person WHERE a.login = :login")
@NamedQuery(
    name = UserAccount.FIND_BY_PERSON,
    query = "SELECT a FROM UserAccount a WHERE a.person = :person")
public class UserAccount {
  public static final String FIND_BY_LOGIN = "UserAccount.findByLogin";
  public static final String FIND_BY_PERSON = "UserAccount.findByPerson";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, unique = true, updatable = false)
  private Person person;

  @Column(name = "login", length = 64, nullable = false, unique = true)
  private String login;

  @Column(name = "password_hash", length = 100, nullable = false)
  private String passwordHash;

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @ElementCollection
  @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role", length = 40, nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  protected UserAccount() {}

  /**
   * An account with a first password given by someone else (§18.3, §21.3), which the person must
   * change at the first login.
   *
   * @param initialPasswordHash a bcrypt hash from {@link PasswordHasher}
   * @throws BusinessException {@code account.login}, {@code account.noRole} or {@code account.role}
   */
  public UserAccount(
      Person person,
      String login,
      String initialPasswordHash,
      Set<Role> roles,
      LocalDateTime createdAt) {
    this.person = Objects.requireNonNull(person, "person");
    changeLogin(login);
    resetPassword(initialPasswordHash);
    Objects.requireNonNull(roles, "roles");
    if (roles.isEmpty()) {
      throw new BusinessException("account.noRole", login);
    }
    roles.forEach(role -> this.roles.add(fitting(role)));
    this.createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * @throws BusinessException {@code account.login}: 3–64 characters, no spaces
   */
  public void changeLogin(String newLogin) {
    if (newLogin == null || !newLogin.matches("\\S{3,64}")) {
      throw new BusinessException("account.login", newLogin);
    }
    this.login = newLogin;
  }

  /** The person chose a new password. */
  public void changePassword(String newPasswordHash) {
    this.passwordHash = requireHash(newPasswordHash);
    this.mustChangePassword = false;
  }

  /** Someone else set the password; the person must change it at the next login. */
  public void resetPassword(String temporaryPasswordHash) {
    this.passwordHash = requireHash(temporaryPasswordHash);
    this.mustChangePassword = true;
  }

  /**
   * @throws BusinessException {@code account.role} when the role does not fit the person
   */
  public void grantRole(Role role) {
    roles.add(fitting(role));
  }

  /**
   * @throws BusinessException {@code account.noRole} when it is the last role
   */
  public void revokeRole(Role role) {
    if (roles.contains(role) && roles.size() == 1) {
      throw new BusinessException("account.noRole", login);
    }
    roles.remove(role);
  }

  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  private Role fitting(Role role) {
    Objects.requireNonNull(role, "role");
    boolean fits =
        switch (role) {
          case GUARDIAN -> person instanceof Guardian;
          case STUDENT -> person instanceof Student;
          default -> person instanceof StaffMember;
        };
    if (!fits) {
      throw new BusinessException("account.role", login);
    }
    return role;
  }

  private static String requireHash(String hash) {
    if (!PasswordHasher.isSupportedHash(hash)) {
      throw new IllegalArgumentException("a bcrypt $2a$ or $2y$ hash expected");
    }
    return hash;
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public String getLogin() {
    return login;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }
}
