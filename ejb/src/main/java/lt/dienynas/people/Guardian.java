package lt.dienynas.people;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Tėvai / globėjai: a parent or guardian of one or more students. */
@Entity
@Table(name = "guardian")
@DiscriminatorValue("GUARDIAN")
@PrimaryKeyJoinColumn(name = "person_id")
@NamedQuery(
    name = Guardian.FIND_BY_STUDENT,
    query =
        "SELECT g FROM Guardian g JOIN g.children c WHERE c = :student"
            + " ORDER BY g.lastName, g.firstName")
public class Guardian extends Person {
  public static final String FIND_BY_STUDENT = "Guardian.findByStudent";

  @ManyToMany
  @JoinTable(
      name = "guardianship",
      joinColumns = @JoinColumn(name = "guardian_id"),
      inverseJoinColumns = @JoinColumn(name = "student_id"))
  private Set<Student> children = new HashSet<>();

  protected Guardian() {}

  /**
   * @throws lt.dienynas.shared.BusinessException {@code person.name}
   */
  public Guardian(String firstName, String lastName) {
    super(firstName, lastName);
  }

  public void addChild(Student child) {
    Objects.requireNonNull(child, "child");
    children.add(child);
    child.guardians().add(this);
  }

  public void removeChild(Student child) {
    children.remove(child);
    child.guardians().remove(this);
  }

  public boolean isGuardianOf(Student student) {
    return children.contains(student);
  }

  public Set<Student> getChildren() {
    return Collections.unmodifiableSet(children);
  }
}
