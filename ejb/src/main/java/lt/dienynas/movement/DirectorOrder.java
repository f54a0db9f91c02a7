package lt.dienynas.movement;

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
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.shared.BusinessException;

/**
 * Direktoriaus įsakymas (§18.4, §29.1) about one student: admission, arrival, departure or a
 * temporary leave for treatment, with the order's number and date and the day it takes effect. The
 * orders of a student, in date order, are their movements (mokinio judėjimas); they are never
 * changed or deleted.
 */
@Entity
@Table(name = "director_order")
@NamedQuery(
    name = DirectorOrder.FIND_BY_STUDENT,
    query =
        "SELECT o FROM DirectorOrder o LEFT JOIN FETCH o.schoolClass WHERE o.student = :student"
            + " ORDER BY o.effectiveFrom, o.id")
@NamedQuery(
    name = DirectorOrder.FIND_RECENT,
    query =
        "SELECT o FROM DirectorOrder o JOIN FETCH o.student LEFT JOIN FETCH o.schoolClass"
            + " WHERE o.orderDate >= :since ORDER BY o.orderDate DESC, o.id DESC")
@NamedQuery(
    name = DirectorOrder.COUNT_SAME,
    query =
        "SELECT COUNT(o) FROM DirectorOrder o WHERE o.number = :number AND o.student = :student"
            + " AND o.kind = :kind")
public class DirectorOrder {
  public static final String FIND_BY_STUDENT = "DirectorOrder.findByStudent";
  public static final String FIND_RECENT = "DirectorOrder.findRecent";
  public static final String COUNT_SAME = "DirectorOrder.countSame";

  private static final int NOTE_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private OrderKind kind;

  @Column(name = "order_number", length = 40, nullable = false, updatable = false)
  private String number;

  @Column(name = "order_date", nullable = false, updatable = false)
  private LocalDate orderDate;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "student_id", nullable = false, updatable = false)
  private Student student;

  @Column(name = "effective_from", nullable = false, updatable = false)
  private LocalDate effectiveFrom;

  @Column(name = "effective_until", updatable = false)
  private LocalDate effectiveUntil;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "school_class_id", updatable = false)
  private SchoolClass schoolClass;

  @Column(name = "note", length = NOTE_LENGTH, updatable = false)
  private String note;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recorded_by", nullable = false, updatable = false)
  private Person recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  protected DirectorOrder() {}

  /**
   * @param effectiveFrom the day the order takes effect: the first day in the class (admission,
   *     arrival), the first day no longer in the school (departure), the first day away (leave)
   * @param effectiveUntil the last day away, for a temporary leave only (required there)
   * @param schoolClass the class the student joins (admission, arrival only; required there)
   * @throws BusinessException {@code order.number}, {@code order.date}, {@code
   *     order.classRequired}, {@code order.noClass}, {@code order.untilRequired}, {@code
   *     order.noUntil}, {@code dateRange.order} or {@code order.note}
   */
  public DirectorOrder(
      OrderKind kind,
      String number,
      LocalDate orderDate,
      Student student,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil,
      SchoolClass schoolClass,
      String note,
      Person recordedBy,
      LocalDateTime recordedAt) {
    this.kind = Objects.requireNonNull(kind, "kind");
    if (number == null || !number.strip().matches("[\\p{L}\\p{N}./\\- ]{1,40}")) {
      throw new BusinessException("order.number", number);
    }
    if (orderDate == null || effectiveFrom == null) {
      throw new BusinessException("order.date");
    }
    if (kind.enrols() && schoolClass == null) {
      throw new BusinessException("order.classRequired");
    }
    if (!kind.enrols() && schoolClass != null) {
      throw new BusinessException("order.noClass");
    }
    if (kind == OrderKind.TEMPORARY_LEAVE && effectiveUntil == null) {
      throw new BusinessException("order.untilRequired");
    }
    if (kind != OrderKind.TEMPORARY_LEAVE && effectiveUntil != null) {
      throw new BusinessException("order.noUntil");
    }
    if (effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) {
      throw new BusinessException("dateRange.order", effectiveFrom, effectiveUntil);
    }
    if (note != null && note.strip().length() > NOTE_LENGTH) {
      throw new BusinessException("order.note", NOTE_LENGTH);
    }
    this.number = number.strip();
    this.orderDate = orderDate;
    this.student = Objects.requireNonNull(student, "student");
    this.effectiveFrom = effectiveFrom;
    this.effectiveUntil = effectiveUntil;
    this.schoolClass = schoolClass;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
  }

  /** "Nr. V-12, 2027-01-15". */
  public String reference() {
    return "Nr. " + number + ", " + orderDate;
  }

  public Long getId() {
    return id;
  }

  public OrderKind getKind() {
    return kind;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getOrderDate() {
    return orderDate;
  }

  public Student getStudent() {
    return student;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public Optional<LocalDate> getEffectiveUntil() {
    return Optional.ofNullable(effectiveUntil);
  }

  public Optional<SchoolClass> getSchoolClass() {
    return Optional.ofNullable(schoolClass);
  }

  public Optional<String> getNote() {
    return Optional.ofNullable(note);
  }

  public Person getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }
}
