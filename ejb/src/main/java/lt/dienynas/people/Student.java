package lt.dienynas.people;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import lt.dienynas.shared.BusinessException;

/** Mokinys (ugdytinis). Its personal code and birth date always agree. */
@Entity
@Table(name = "student")
@DiscriminatorValue("STUDENT")
@PrimaryKeyJoinColumn(name = "person_id")
@NamedQuery(
    name = Student.FIND_BY_PERSONAL_CODE,
    query = "SELECT s FROM Student s WHERE s.personalCode = :code")
@NamedQuery(
    name = Student.FIND_BY_GUARDIAN,
    query =
        "SELECT s FROM Student s JOIN s.guardians g WHERE g = :guardian"
            + " ORDER BY s.lastName, s.firstName")
public class Student extends Person {
  public static final String FIND_BY_PERSONAL_CODE = "Student.findByPersonalCode";
  public static final String FIND_BY_GUARDIAN = "Student.findByGuardian";

  @Column(name = "personal_code", length = 11, nullable = false, unique = true)
  private String personalCode;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @ManyToMany(mappedBy = "children")
  private Set<Guardian> guardians = new HashSet<>();

  protected Student() {}

  /**
   * A student whose birth date is the one in the personal code.
   *
   * @throws BusinessException {@code person.name} or a {@code personalCode.*} key of {@link
   *     PersonalCode#parse}
   */
  public Student(String firstName, String lastName, PersonalCode personalCode) {
    super(firstName, lastName);
    PersonalCode valid =
        PersonalCode.parse(Objects.requireNonNull(personalCode, "personalCode").value());
    this.personalCode = valid.value();
    this.birthDate = valid.birthDate();
  }

  /**
   * A student with a known birth date, which the personal code must match.
   *
   * @throws BusinessException {@code person.name}, {@code personalCode.birthDate} or another {@code
   *     personalCode.*} key of {@link PersonalCode#parse}
   */
  public Student(
      String firstName, String lastName, PersonalCode personalCode, LocalDate birthDate) {
    super(firstName, lastName);
    this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
    this.personalCode = matchingBirthDate(personalCode).value();
  }

  /**
   * Corrects the personal code; the birth date stays, so the new code must give the same date.
   *
   * @throws BusinessException {@code personalCode.birthDate} or another {@code personalCode.*} key
   *     of {@link PersonalCode#parse}
   */
  public void setPersonalCode(PersonalCode code) {
    this.personalCode = matchingBirthDate(code).value();
  }

  /**
   * Corrects a personal code entered wrongly: the birth date becomes the one in the new code.
   *
   * @throws BusinessException a {@code personalCode.*} key of {@link PersonalCode#parse}
   */
  public void correctPersonalCode(PersonalCode code) {
    PersonalCode valid = PersonalCode.parse(Objects.requireNonNull(code, "personalCode").value());
    this.personalCode = valid.value();
    this.birthDate = valid.birthDate();
  }

  private PersonalCode matchingBirthDate(PersonalCode code) {
    PersonalCode valid = PersonalCode.parse(Objects.requireNonNull(code, "personalCode").value());
    if (!valid.birthDate().equals(birthDate)) {
      throw new BusinessException("personalCode.birthDate", valid.value(), birthDate);
    }
    return valid;
  }

  public PersonalCode getPersonalCode() {
    return new PersonalCode(personalCode);
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Set<Guardian> getGuardians() {
    return Collections.unmodifiableSet(guardians);
  }

  /** Kept in step by {@link Guardian#addChild} and {@link Guardian#removeChild}. */
  Set<Guardian> guardians() {
    return guardians;
  }
}
