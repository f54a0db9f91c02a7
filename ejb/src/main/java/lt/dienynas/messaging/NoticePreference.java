package lt.dienynas.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What one person wants to be told of the journal: new marks, absences, homework, and whether
 * notices also come by e-mail. A person without a row has {@link #defaults}.
 */
@Entity
@Table(name = "notice_preference")
public class NoticePreference {
  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(name = "marks", nullable = false)
  private boolean marks = true;

  @Column(name = "absences", nullable = false)
  private boolean absences = true;

  @Column(name = "homework", nullable = false)
  private boolean homework = true;

  @Column(name = "by_email", nullable = false)
  private boolean byEmail = true;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected NoticePreference() {}

  NoticePreference(long personId) {
    this.personId = personId;
  }

  /**
   * The choices of a person who has not chosen: everything, and e-mail where an address is known.
   */
  public static Choices defaults() {
    return new Choices(true, true, true, true, 0);
  }

  void choose(Choices choices) {
    this.marks = choices.marks();
    this.absences = choices.absences();
    this.homework = choices.homework();
    this.byEmail = choices.byEmail();
  }

  Choices choices() {
    return new Choices(marks, absences, homework, byEmail, version);
  }

  /**
   * A person's choices.
   *
   * @param marks told of new marks of their child (or their own)
   * @param absences told of absences and late arrivals
   * @param homework told of homework given
   * @param byEmail notices also sent by e-mail (when the school has e-mail on and an address is
   *     known)
   * @param version the version read, for the optimistic lock of the next save (0 before the first)
   */
  public record Choices(
      boolean marks, boolean absences, boolean homework, boolean byEmail, int version)
      implements java.io.Serializable {}
}
