package lt.dienynas.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is logged in: the person behind an account and the roles the account holds. Read-only; the
 * portal keeps it for the session to show the name, the roles and the menu.
 */
public record AccountProfile(
    long personId,
    String login,
    String firstName,
    String lastName,
    Set<Role> roles,
    boolean mustChangePassword)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public AccountProfile {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    roles =
        roles == null || roles.isEmpty()
            ? Collections.emptySet()
            : Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }

  /** First and last name as they are written in Lithuanian documents: "Vardas Pavardė". */
  public String fullName() {
    return firstName + " " + lastName;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
