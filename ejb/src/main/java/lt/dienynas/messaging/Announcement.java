package lt.dienynas.messaging;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.people.Person;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.WorkingDayCalendar;
import lt.dienynas.shared.BusinessException;

/**
 * Skelbimas: a parent meeting, open day or class event (date, time, place, topics), or a timetable
 * change or learning day (date and what changes, why) for one class. It is told to the class's
 * guardians (and students) as a system notice when it is made.
 */
@Entity
@Table(name = "announcement")
@NamedQuery(
    name = Announcement.BY_AUTHOR,
    query =
        "SELECT a FROM Announcement a JOIN FETCH a.schoolClass WHERE a.author.id = :person"
            + " ORDER BY a.createdAt DESC, a.id DESC")
public class Announcement {
  public static final String BY_AUTHOR = "Announcement.byAuthor";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_class_id", nullable = false, updatable = false)
  private SchoolClass schoolClass;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", nullable = false, updatable = false)
  private Person author;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 30, nullable = false, updatable = false)
  private AnnouncementKind kind;

  @Column(name = "event_date", nullable = false, updatable = false)
  private LocalDate eventDate;

  @Column(name = "event_time", updatable = false)
  private LocalTime eventTime;

  @Column(name = "place", length = 200, updatable = false)
  private String place;

  @Column(name = "topics", nullable = false, updatable = false)
  private String topics;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  protected Announcement() {}

  /**
   * @param topics the topics of a meeting or event; what changes and why for a timetable change
   * @param today the school's today, from which the lead time counts
   * @throws BusinessException {@code announcement.tooLate} (with the earliest allowed date), {@code
   *     announcement.timeAndPlace}, {@code announcement.place} or {@code announcement.topics}
   */
  public Announcement(
      SchoolClass schoolClass,
      Person author,
      AnnouncementKind kind,
      LocalDate eventDate,
      LocalTime eventTime,
      String place,
      String topics,
      LocalDateTime createdAt) {
    this.schoolClass = Objects.requireNonNull(schoolClass, "schoolClass");
    this.author = Objects.requireNonNull(author, "author");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.eventDate = Objects.requireNonNull(eventDate, "eventDate");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    if (!schoolClass.getSchoolYear().contains(eventDate)) {
      throw new BusinessException(
          "schoolYear.outside", eventDate, eventDate, schoolClass.getSchoolYear().getName());
    }
    WorkingDayCalendar calendar = schoolClass.getSchoolYear().calendar();
    LocalDate earliest =
        AnnouncementRules.earliestDate(
            kind, schoolClass.getLevel(), createdAt.toLocalDate(), calendar);
    if (eventDate.isBefore(earliest)) {
      throw new BusinessException("announcement.tooLate", eventDate, earliest);
    }
    String trimmedPlace = place == null || place.isBlank() ? null : place.strip();
    if (kind.isClassTeacherEvent() && (eventTime == null || trimmedPlace == null)) {
      throw new BusinessException("announcement.timeAndPlace");
    }
    if (trimmedPlace != null && trimmedPlace.length() > 200) {
      throw new BusinessException("announcement.place", 200);
    }
    if (topics == null || topics.isBlank() || topics.strip().length() > 4000) {
      throw new BusinessException("announcement.topics", 4000);
    }
    this.eventTime = eventTime;
    this.place = trimmedPlace;
    this.topics = topics.strip();
  }

  public Long getId() {
    return id;
  }

  public SchoolClass getSchoolClass() {
    return schoolClass;
  }

  public AnnouncementKind getKind() {
    return kind;
  }

  public LocalDate getEventDate() {
    return eventDate;
  }

  public Optional<LocalTime> getEventTime() {
    return Optional.ofNullable(eventTime);
  }

  public Optional<String> getPlace() {
    return Optional.ofNullable(place);
  }

  public String getTopics() {
    return topics;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
