package lt.dienynas.school;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.DateRange;

/** Mokslo metai. */
@Entity
@Table(name = "school_year")
@NamedQuery(
    name = SchoolYear.FIND_ALL,
    query = "SELECT y FROM SchoolYear y ORDER BY y.startDate DESC, y.id DESC")
@NamedQuery(
    name = SchoolYear.FIND_BY_NAME,
    query = "SELECT y FROM SchoolYear y WHERE y.name = :name")
@NamedQuery(
    name = SchoolYear.FIND_CONTAINING,
    query = "SELECT y FROM SchoolYear y WHERE y.startDate <= :date AND y.endDate >= :date")
public class SchoolYear implements Serializable {
  public static final String FIND_ALL = "SchoolYear.findAll";
  public static final String FIND_BY_NAME = "SchoolYear.findByName";
  public static final String FIND_CONTAINING = "SchoolYear.findContaining";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", length = 20, nullable = false, unique = true)
  private String name;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "read_only", nullable = false)
  private boolean readOnly;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @OneToMany(mappedBy = "schoolYear", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("validity.from")
  private List<SchoolPeriod> periods = new ArrayList<>();

  @OneToMany(mappedBy = "schoolYear", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("validity.from")
  private List<Holiday> holidays = new ArrayList<>();

  protected SchoolYear() {}

  /**
   * @param name e.g. {@code 2025–2026}
   * @throws BusinessException {@code schoolYear.name} or {@code schoolYear.dates}
   */
  public SchoolYear(String name, LocalDate startDate, LocalDate endDate) {
    if (name == null || name.isBlank() || name.strip().length() > 20) {
      throw new BusinessException("schoolYear.name", name);
    }
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
    if (!startDate.isBefore(endDate)) {
      throw new BusinessException("schoolYear.dates", startDate, endDate);
    }
    this.name = name.strip();
    this.startDate = startDate;
    this.endDate = endDate;
  }

  /**
   * Sets (or resets) the dates of a semester or of the annual period.
   *
   * @throws BusinessException {@code schoolYear.readOnly}, {@code schoolYear.outside} or {@code
   *     schoolPeriod.overlap} (the semesters must follow one another)
   */
  public SchoolPeriod definePeriod(PeriodKind kind, LocalDate start, LocalDate end) {
    Objects.requireNonNull(kind, "kind");
    DateRange range = requireInside(new DateRange(start, end));
    for (SchoolPeriod other : periods) {
      if (other.getKind() != kind
          && other.getKind() != PeriodKind.ANNUAL
          && kind != PeriodKind.ANNUAL
          && other.range().overlaps(range)) {
        throw new BusinessException("schoolPeriod.overlap", start, end);
      }
    }
    Optional<SchoolPeriod> existing = period(kind);
    if (existing.isPresent()) {
      existing.get().reschedule(range);
      return existing.get();
    }
    SchoolPeriod period = new SchoolPeriod(this, kind, range);
    periods.add(period);
    return period;
  }

  /**
   * Adds school holidays (atostogos).
   *
   * @throws BusinessException {@code schoolYear.readOnly}, {@code schoolYear.outside} or {@code
   *     holiday.name}
   */
  public Holiday addHoliday(String holidayName, LocalDate start, LocalDate end) {
    Holiday holiday = new Holiday(this, holidayName, requireInside(new DateRange(start, end)));
    holidays.add(holiday);
    return holiday;
  }

  /**
   * @throws BusinessException {@code schoolYear.readOnly}
   */
  public void removeHoliday(Holiday holiday) {
    requireWritable();
    holidays.remove(holiday);
  }

  /** Closes the year for good: after the rollover the previous year stays read-only and intact. */
  public void close() {
    readOnly = true;
  }

  /**
   * @throws BusinessException {@code schoolYear.readOnly} when the year is closed
   */
  public void requireWritable() {
    if (readOnly) {
      throw new BusinessException("schoolYear.readOnly", name);
    }
  }

  public Optional<SchoolPeriod> period(PeriodKind kind) {
    return periods.stream().filter(p -> p.getKind() == kind).findFirst();
  }

  /** The semester a date falls in, if any. */
  public Optional<SchoolPeriod> semesterOf(LocalDate date) {
    return periods.stream()
        .filter(p -> p.getKind() != PeriodKind.ANNUAL && p.range().contains(date))
        .findFirst();
  }

  public boolean contains(LocalDate date) {
    return range().contains(date);
  }

  public DateRange range() {
    return new DateRange(startDate, endDate);
  }

  /** The working-day calendar of this year: public holidays plus this year's school holidays. */
  public WorkingDayCalendar calendar() {
    return new WorkingDayCalendar(holidays.stream().map(Holiday::range).toList());
  }

  private DateRange requireInside(DateRange range) {
    requireWritable();
    if (!range().encloses(range)) {
      throw new BusinessException("schoolYear.outside", range.start(), range.end(), name);
    }
    return range;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  public List<SchoolPeriod> getPeriods() {
    return Collections.unmodifiableList(periods);
  }

  public List<Holiday> getHolidays() {
    return Collections.unmodifiableList(holidays);
  }

  @Override
  public String toString() {
    return name;
  }
}
