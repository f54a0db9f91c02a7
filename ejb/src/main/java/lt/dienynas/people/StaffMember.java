package lt.dienynas.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;

/** Darbuotojas: a school employee holding one or more staff roles of requirements §1. */
@Entity
@Table(name = "staff_member")
@DiscriminatorValue("STAFF")
@PrimaryKeyJoinColumn(name = "person_id")
@NamedQuery(
    name = StaffMember.FIND_ACTIVE,
    query = "SELECT s FROM StaffMember s WHERE s.active = TRUE ORDER BY s.lastName, s.firstName")
@NamedQuery(
    name = StaffMember.FIND_ACTIVE_BY_ROLE,
    query =
        "SELECT s FROM StaffMember s JOIN s.roles r WHERE r = :role AND s.active = TRUE"
            + " ORDER BY s.lastName, s.firstName")
public class StaffMember extends Person {
  public static final String FIND_ACTIVE = "StaffMember.findActive";
  public static final String FIND_ACTIVE_BY_ROLE = "StaffMember.findActiveByRole";

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @ElementCollection
  @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
  @Column(name = "role", length = 40, nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  protected StaffMember() {}

  /**
   * @throws BusinessException {@code person.name}, {@code staff.role} (a guardian's or student's
   *     role) or {@code staff.noRole}
   */
  public StaffMember(String firstName, String lastName, Set<Role> roles) {
    super(firstName, lastName);
    Objects.requireNonNull(roles, "roles");
    if (roles.isEmpty()) {
      throw new BusinessException("staff.noRole", getFullName());
    }
    roles.forEach(role -> this.roles.add(requireStaffRole(role)));
  }

  /**
   * @throws BusinessException {@code staff.role} for a role that is not an employee's
   */
  public void grantRole(Role role) {
    roles.add(requireStaffRole(role));
  }

  private Role requireStaffRole(Role role) {
    if (!Objects.requireNonNull(role, "role").isStaff()) {
      throw new BusinessException("staff.role", getFullName());
    }
    return role;
  }

  /**
   * @throws BusinessException {@code staff.noRole} when it is the last role
   */
  public void revokeRole(Role role) {
    if (roles.contains(role) && roles.size() == 1) {
      throw new BusinessException("staff.noRole", getFullName());
    }
    roles.remove(role);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** The employee has left the school (§31); their records stay. */
  public void deactivate() {
    active = false;
  }

  public void reactivate() {
    active = true;
  }

  /**
   * @throws BusinessException {@code staff.inactive} when the employee has left
   */
  public void requireActive() {
    if (!active) {
      throw new BusinessException("staff.inactive", getFullName());
    }
  }

  public boolean isActive() {
    return active;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }
}
