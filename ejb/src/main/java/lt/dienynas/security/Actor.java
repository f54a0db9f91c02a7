package lt.dienynas.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The person who acts: the logged-in account's person and its roles. */
public record Actor(long personId, String login, Set<Role> roles) {
  public Actor {
    Objects.requireNonNull(login, "login");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Role... candidates) {
    for (Role role : candidates) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** Director, deputy and DB admin see the whole school's diary (requirements §1). */
  public boolean isSchoolWide() {
    return hasAny(Role.DIRECTOR, Role.DEPUTY, Role.DB_ADMIN);
  }
}
