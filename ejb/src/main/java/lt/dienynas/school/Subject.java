package lt.dienynas.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import lt.dienynas.shared.BusinessException;

/** Dalykas: a subject, named in Lithuanian and English. */
@Entity
@Table(name = "subject")
@NamedQuery(name = Subject.FIND_ALL, query = "SELECT s FROM Subject s ORDER BY s.name")
@NamedQuery(name = Subject.FIND_BY_CODE, query = "SELECT s FROM Subject s WHERE s.code = :code")
public class Subject implements Serializable {
  public static final String FIND_ALL = "Subject.findAll";
  public static final String FIND_BY_CODE = "Subject.findByCode";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", length = 20, nullable = false, unique = true, updatable = false)
  private String code;

  @Column(name = "name", length = 100, nullable = false)
  private String name;

  @Column(name = "name_en", length = 100, nullable = false)
  private String nameEn;

  protected Subject() {}

  /**
   * @throws BusinessException {@code subject.code} or {@code subject.name}
   */
  public Subject(String code, String name, String nameEn) {
    if (code == null || !code.strip().matches("[\\p{L}\\p{N}_.-]{1,20}")) {
      throw new BusinessException("subject.code", code);
    }
    this.code = code.strip();
    rename(name, nameEn);
  }

  /**
   * @throws BusinessException {@code subject.name}
   */
  public void rename(String name, String nameEn) {
    this.name = requireName(name);
    this.nameEn = requireName(nameEn);
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw new BusinessException("subject.name", name);
    }
    return name.strip();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getNameEn() {
    return nameEn;
  }

  @Override
  public String toString() {
    return name;
  }
}
