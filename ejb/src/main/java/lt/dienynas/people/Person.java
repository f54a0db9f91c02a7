package lt.dienynas.people;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Optional;
import lt.dienynas.shared.BusinessException;

/**
 * Asmuo: a student, guardian or staff member. Only what §7.2–7.4 of the regulation allows is kept:
 * names and e-mail here, the personal code and birth date for students.
 */
@Entity
@Table(name = "person")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(
    name = "person_type",
    discriminatorType = DiscriminatorType.STRING,
    length = 20)
public abstract class Person implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "first_name", length = 100, nullable = false)
  private String firstName;

  @Column(name = "last_name", length = 100, nullable = false)
  private String lastName;

  @Column(name = "email", length = 254)
  private String email;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected Person() {}

  /**
   * @throws BusinessException {@code person.name}
   */
  protected Person(String firstName, String lastName) {
    rename(firstName, lastName);
  }

  /**
   * @throws BusinessException {@code person.name} when a name is blank or too long
   */
  public void rename(String firstName, String lastName) {
    this.firstName = requireName(firstName);
    this.lastName = requireName(lastName);
  }

  /**
   * Sets the e-mail address, or clears it with {@code null} or a blank text.
   *
   * @throws BusinessException {@code person.email}
   */
  public void changeEmail(String newEmail) {
    if (newEmail == null || newEmail.isBlank()) {
      this.email = null;
      return;
    }
    String value = newEmail.strip();
    if (value.length() > 254 || !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new BusinessException("person.email", newEmail);
    }
    this.email = value;
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw new BusinessException("person.name", name);
    }
    return name.strip();
  }

  public Long getId() {
    return id;
  }

  /** The optimistic-lock version an edit form carries back. */
  public int getVersion() {
    return version;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  /** "Vardas Pavardė". */
  public String getFullName() {
    return firstName + " " + lastName;
  }

  public Optional<String> getEmail() {
    return Optional.ofNullable(email);
  }

  @Override
  public String toString() {
    return getFullName();
  }
}
