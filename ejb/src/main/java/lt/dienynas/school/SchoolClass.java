package lt.dienynas.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.people.StaffMember;
import lt.dienynas.shared.BusinessException;

/**
 * Klasė: a numbered grade with a letter ("5a"), or a pre-school / pre-primary group, in one school
 * year.
 */
@Entity
@Table(name = "school_class")
@NamedQuery(
    name = SchoolClass.FIND_BY_YEAR,
    query =
        "SELECT c FROM SchoolClass c LEFT JOIN FETCH c.classTeacher WHERE c.schoolYear = :year"
            + " ORDER BY c.level, c.grade, c.letter")
@NamedQuery(
    name = SchoolClass.FIND_BY_CLASS_TEACHER,
    query =
        "SELECT c FROM SchoolClass c WHERE c.classTeacher = :teacher AND c.schoolYear = :year"
            + " ORDER BY c.name")
public class SchoolClass implements Serializable {
  public static final String FIND_BY_YEAR = "SchoolClass.findByYear";
  public static final String FIND_BY_CLASS_TEACHER = "SchoolClass.findByClassTeacher";

  public static final int FIRST_GRADE = 1;
  public static final int LAST_GRADE = 8;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", length = 20, nullable = false, updatable = false)
  private ClassLevel level;

  @Column(name = "grade")
  private Integer grade;

  @Column(name = "letter", length = 4, nullable = false, updatable = false)
  private String letter;

  @Column(name = "name", length = 60, nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "class_teacher_id")
  private StaffMember classTeacher;

  protected SchoolClass() {}

  /**
   * A numbered class, named by grade and letter ("5a").
   *
   * @throws BusinessException {@code schoolYear.readOnly}, {@code schoolClass.grade} or {@code
   *     schoolClass.letter}
   */
  public SchoolClass(SchoolYear schoolYear, int grade, String letter) {
    this(schoolYear, ClassLevel.GRADE, letter);
    if (grade < FIRST_GRADE || grade > LAST_GRADE) {
      throw new BusinessException("schoolClass.grade", grade);
    }
    this.grade = grade;
    this.name = grade + this.letter;
  }

  /**
   * A pre-school or pre-primary group, which has no grade and carries the name the school gives it;
   * its letter may be empty (a school with one such group gives it none).
   *
   * @throws BusinessException {@code schoolYear.readOnly}, {@code schoolClass.gradeRequired} (for
   *     {@link ClassLevel#GRADE}), {@code schoolClass.letter} or {@code schoolClass.name}
   */
  public SchoolClass(SchoolYear schoolYear, ClassLevel level, String letter, String name) {
    this(schoolYear, level, letter);
    if (level == ClassLevel.GRADE) {
      throw new BusinessException("schoolClass.gradeRequired");
    }
    if (name == null || name.isBlank() || name.strip().length() > 60) {
      throw new BusinessException("schoolClass.name", name);
    }
    this.name = name.strip();
  }

  private SchoolClass(SchoolYear schoolYear, ClassLevel level, String letter) {
    Objects.requireNonNull(schoolYear, "schoolYear").requireWritable();
    Objects.requireNonNull(level, "level");
    String pattern = level == ClassLevel.GRADE ? "\\p{L}{1,4}" : "\\p{L}{0,4}";
    if (letter == null || !letter.strip().matches(pattern)) {
      throw new BusinessException("schoolClass.letter", letter);
    }
    this.schoolYear = schoolYear;
    this.level = level;
    this.letter = letter.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The class these students form next year (rollover): grade + 1, same letter, no class teacher
   * yet. A pre-primary group becomes a first grade.
   *
   * @throws BusinessException {@code schoolClass.lastGrade} for the 8th grade, {@code
   *     schoolClass.notPromotable} for a pre-school group, {@code schoolYear.readOnly}
   */
  public SchoolClass promotedInto(SchoolYear nextYear) {
    return switch (level) {
      case PREPRIMARY -> new SchoolClass(nextYear, FIRST_GRADE, letter);
      case PRESCHOOL -> throw new BusinessException("schoolClass.notPromotable", name);
      case GRADE -> {
        if (grade == LAST_GRADE) {
          throw new BusinessException("schoolClass.lastGrade", name);
        }
        yield new SchoolClass(nextYear, grade + 1, letter);
      }
    };
  }

  /**
   * @throws BusinessException {@code schoolYear.readOnly} or {@code staff.inactive}
   */
  public void assignClassTeacher(StaffMember teacher) {
    Objects.requireNonNull(teacher, "teacher").requireActive();
    schoolYear.requireWritable();
    this.classTeacher = teacher;
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public ClassLevel getLevel() {
    return level;
  }

  /** The grade 1–8; empty for pre-school and pre-primary groups. */
  public Optional<Integer> getGrade() {
    return Optional.ofNullable(grade);
  }

  public String getLetter() {
    return letter;
  }

  public String getName() {
    return name;
  }

  public Optional<StaffMember> getClassTeacher() {
    return Optional.ofNullable(classTeacher);
  }

  @Override
  public String toString() {
    return name;
  }
}
