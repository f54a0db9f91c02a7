package lt.dienynas.yearend;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.SchoolPeriod;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.WorkingDayCalendar;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/**
 * The class teacher's semester and annual progress and attendance reports (§21.17, §32): prepared
 * from the period results by the summary's own generator ({@link SummaryReader}, {@link
 * SummaryDocuments#periodReportPdf}) once the period has ended, checked and confirmed within 5
 * working days after the period or the class's summer work ends ({@link ClassReportDeadline}), then
 * accepted or returned with a comment by the deputy for education, who also sees the overdue ones.
 * Every write goes through {@link #write}: year, version, the step's rule, history.
 */
@Stateless
@Interceptors(InputRefusals.class)
@HistorySource("class reports")
public class ClassReportService {
  static final String TYPE = "class_report";

  private static final List<PeriodKind> PERIODS =
      List.of(PeriodKind.FIRST_SEMESTER, PeriodKind.SECOND_SEMESTER, PeriodKind.ANNUAL);

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @Inject private SchoolClock clock;

  /** A class's three reports (I, II semester, annual) with their deadlines. */
  @RolesAllowed({
    Role.Names.CLASS_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public List<ClassReportView> ofClass(long classId) {
    policy.requireClassReportRead(classId);
    long yearId = yearOf(classId);
    return views(em.find(SchoolYear.class, yearId), classId);
  }

  /** Every class's reports of the year, for the school's management. */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DIRECTOR, Role.Names.DB_ADMIN})
  public List<ClassReportView> ofYear(long yearId) {
    policy.requireSchoolWideRead("CLASS_REPORT_OVERVIEW");
    SchoolYear year = em.find(SchoolYear.class, yearId);
    if (year == null) {
      throw new BusinessException("classReport.yearUnknown");
    }
    return views(year, null);
  }

  /** The reports past their deadline and not handed in, for the deputy (§21.17). */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DIRECTOR, Role.Names.DB_ADMIN})
  public List<ClassReportView> overdue(long yearId) {
    return ofYear(yearId).stream().filter(ClassReportView::overdue).toList();
  }

  /** The classes the calling class teacher leads in the year (their report pages). */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public List<YearOption> myClasses(long yearId) {
    Actor actor = policy.requireYearEndWork();
    List<YearOption> classes = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT id, name FROM school_class WHERE school_year_id = ?1"
                    + " AND class_teacher_id = ?2 ORDER BY level, grade, letter, id")
            .setParameter(1, yearId)
            .setParameter(2, actor.personId())
            .getResultList()) {
      Object[] r = (Object[]) row;
      classes.add(new YearOption(((Number) r[0]).longValue(), (String) r[1]));
    }
    return classes;
  }

  /** The prepared report's PDF, for checking and printing. */
  @RolesAllowed({
    Role.Names.CLASS_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public StoredFile document(long classId, PeriodKind period) {
    policy.requireClassReportRead(classId);
    ClassReport report =
        find(classId, requirePeriod(period))
            .orElseThrow(() -> new BusinessException("classReport.notPrepared"));
    String className =
        (String)
            em.createNativeQuery("SELECT name FROM school_class WHERE id = ?1")
                .setParameter(1, classId)
                .getSingleResult();
    return new StoredFile(
        YearEndWork.fileName(className, documentKind(period)),
        "application/pdf",
        report.getContent(),
        report.getSha256());
  }

  /**
   * The class teacher prepares (or, not yet confirmed or returned, prepares again) the period's
   * report from the period results as they are now.
   *
   * @param expectedVersion the version read (null: whatever it is; {@code -1}: none yet)
   * @throws BusinessException {@code classReport.notEnded}, {@code classReport.handedIn}, {@code
   *     schoolYear.readOnly}
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public ClassReportView prepare(long classId, PeriodKind period, Integer expectedVersion) {
    Actor teacher = policy.requireClassReportPreparation(classId);
    return write(
        classId,
        period,
        expectedVersion,
        (report, year, now) -> {
          LocalDate end = periodEnd(year, period);
          if (clock.today().isBefore(end)) {
            throw new BusinessException("classReport.notEnded", end);
          }
          byte[] pdf =
              SummaryDocuments.periodReportPdf(new SummaryReader(em).read(classId), period);
          if (report == null) {
            ClassReport created =
                new ClassReport(year.getId(), classId, period, pdf, teacher.personId(), now);
            em.persist(created);
            return created;
          }
          report.prepare(pdf, teacher.personId(), now);
          return report;
        });
  }

  /**
   * The class teacher confirms the checked report and hands it to the deputy.
   *
   * @throws BusinessException {@code classReport.notPrepared}, {@code classReport.handedIn}
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public ClassReportView confirm(long classId, PeriodKind period, Integer expectedVersion) {
    Actor teacher = policy.requireClassReportPreparation(classId);
    return write(
        classId,
        period,
        expectedVersion,
        (report, year, now) -> {
          requirePrepared(report).confirm(teacher.personId(), now);
          return report;
        });
  }

  /**
   * The deputy accepts a confirmed report.
   *
   * @throws BusinessException {@code classReport.notConfirmed}
   */
  @RolesAllowed(Role.Names.DEPUTY)
  public ClassReportView accept(long classId, PeriodKind period, Integer expectedVersion) {
    Actor deputy = policy.requireClassReportReview(classId);
    return write(
        classId,
        period,
        expectedVersion,
        (report, year, now) -> {
          requireConfirmed(report).accept(deputy.personId(), now);
          return report;
        });
  }

  /**
   * The deputy returns a confirmed report to the class teacher with a comment.
   *
   * @throws BusinessException {@code classReport.notConfirmed}, {@code
   *     classReport.commentRequired}, {@code classReport.commentLength}, {@code plainText.invalid}
   */
  @RolesAllowed(Role.Names.DEPUTY)
  public ClassReportView giveBack(
      long classId, PeriodKind period, @PlainText String comment, Integer expectedVersion) {
    Actor deputy = policy.requireClassReportReview(classId);
    return write(
        classId,
        period,
        expectedVersion,
        (report, year, now) -> {
          requireConfirmed(report).giveBack(deputy.personId(), now, comment);
          return report;
        });
  }

  /** One step of the report's way, applied to the record (null: none yet). */
  @FunctionalInterface
  private interface Step {
    ClassReport apply(ClassReport report, SchoolYear year, LocalDateTime now);
  }

  /**
   * The one write point: the caller's access is checked; here the year must be writable, the
   * version the writer read current, then the step runs and its change goes to the history.
   */
  private ClassReportView write(
      long classId, PeriodKind period, Integer expectedVersion, Step step) {
    requirePeriod(period);
    SchoolYear year = em.find(SchoolYear.class, yearOf(classId));
    year.requireWritable();
    Optional<ClassReport> existing = find(classId, period);
    Integer current = existing.map(ClassReport::getVersion).orElse(null);
    if (StaleWriteException.isStale(expectedVersion, current)) {
      throw StaleWriteException.of(current, "classReport.stale");
    }
    Map<String, Object> before = existing.map(ClassReportService::values).orElse(null);
    ClassReport report = step.apply(existing.orElse(null), year, clock.now());
    em.flush();
    history.record(
        before == null
            ? Change.inserted(TYPE, report.getId(), values(report))
            : Change.updated(TYPE, report.getId(), before, values(report)));
    return views(year, classId).stream()
        .filter(v -> v.period() == period)
        .findFirst()
        .orElseThrow();
  }

  private static ClassReport requirePrepared(ClassReport report) {
    if (report == null) {
      throw new BusinessException("classReport.notPrepared");
    }
    return report;
  }

  private static ClassReport requireConfirmed(ClassReport report) {
    if (report == null) {
      throw new BusinessException("classReport.notConfirmed");
    }
    return report;
  }

  private static PeriodKind requirePeriod(PeriodKind period) {
    if (period == null) {
      throw new BusinessException("classReport.periodRequired");
    }
    return period;
  }

  /** The classes' reports (one class, or every class of the year) with one query per table. */
  private List<ClassReportView> views(SchoolYear year, Long classId) {
    LocalDate today = clock.today();
    WorkingDayCalendar calendar = year.calendar();
    Map<PeriodKind, LocalDate> ends = new EnumMap<>(PeriodKind.class);
    for (PeriodKind period : PERIODS) {
      ends.put(period, periodEnd(year, period));
    }
    Map<Long, LocalDate> summerWork = lastSummerWork(year.getId(), ends.get(PeriodKind.ANNUAL));
    Map<String, ClassReport> reports = new HashMap<>();
    Set<Long> people = new HashSet<>();
    (classId == null
            ? em.createNamedQuery(ClassReport.OF_YEAR, ClassReport.class)
                .setParameter("yearId", year.getId())
            : em.createNamedQuery(ClassReport.OF_CLASS, ClassReport.class)
                .setParameter("classId", classId))
        .getResultList()
        .forEach(
            r -> {
              reports.put(r.getClassId() + ":" + r.getPeriod(), r);
              people.add(r.getPreparedBy());
              if (r.getConfirmedBy() != null) {
                people.add(r.getConfirmedBy());
              }
              if (r.getReviewedBy() != null) {
                people.add(r.getReviewedBy());
              }
            });
    Map<Long, String> names = names(people);
    List<ClassReportView> views = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT c.id, c.name, p.first_name, p.last_name FROM school_class c"
                    + " LEFT JOIN person p ON p.id = c.class_teacher_id"
                    + " WHERE c.school_year_id = ?1 AND (?2 OR c.id = ?3)"
                    + " ORDER BY c.level, c.grade, c.letter, c.id")
            .setParameter(1, year.getId())
            .setParameter(2, classId == null)
            .setParameter(3, classId == null ? 0L : classId)
            .getResultList()) {
      Object[] c = (Object[]) row;
      long id = ((Number) c[0]).longValue();
      String teacher = c[2] == null ? "" : c[2] + " " + c[3];
      for (PeriodKind period : PERIODS) {
        LocalDate end = ends.get(period);
        ClassReportDeadline deadline =
            ClassReportDeadline.of(
                end,
                period == PeriodKind.ANNUAL
                    ? Optional.ofNullable(summerWork.get(id))
                    : Optional.empty(),
                calendar);
        ClassReport r = reports.get(id + ":" + period);
        ClassReportStatus status = r == null ? ClassReportStatus.NOT_PREPARED : r.getStatus();
        boolean late =
            r != null
                && r.getConfirmedAt() != null
                && deadline.isOverdueOn(r.getConfirmedAt().toLocalDate());
        views.add(
            new ClassReportView(
                id,
                (String) c[1],
                teacher,
                period,
                end,
                deadline.deadline(),
                deadline.summerWork(),
                !today.isBefore(end),
                status,
                r == null ? null : r.getSha256(),
                r == null ? null : names.get(r.getPreparedBy()),
                r == null ? null : r.getPreparedAt(),
                r == null ? null : names.get(r.getConfirmedBy()),
                r == null ? null : r.getConfirmedAt(),
                r == null ? null : names.get(r.getReviewedBy()),
                r == null ? null : r.getReviewedAt(),
                r == null ? null : r.getReviewComment(),
                r == null ? null : r.getVersion(),
                !status.handedIn() && deadline.isOverdueOn(today),
                late));
      }
    }
    return views;
  }

  /**
   * The day each class's last summer work was done (its result entered), or its due date while no
   * result is in — the classes with summer work only, as {@link SummaryReader#lastSummerWork}.
   */
  private Map<Long, LocalDate> lastSummerWork(long yearId, LocalDate teachingEnd) {
    Map<Long, LocalDate> days = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT g.school_class_id, MAX(COALESCE(DATE(w.result_entered_at), w.due_date))"
                    + " FROM additional_work w JOIN group_member m ON m.student_id = w.student_id"
                    + " JOIN study_group g ON g.id = m.group_id"
                    + " WHERE w.kind = 'SUMMER' AND w.school_year_id = ?1"
                    + " AND g.kind = 'CLASS' AND g.school_year_id = ?1"
                    + " AND m.valid_from <= ?2 AND (m.valid_to IS NULL OR m.valid_to >= ?2)"
                    + " GROUP BY g.school_class_id")
            .setParameter(1, yearId)
            .setParameter(2, java.sql.Date.valueOf(teachingEnd))
            .getResultList()) {
      Object[] r = (Object[]) row;
      days.put(((Number) r[0]).longValue(), SummaryReader.date(r[1]));
    }
    return days;
  }

  private Map<Long, String> names(Set<Long> ids) {
    Map<Long, String> names = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    for (Object[] r :
        em.createQuery(
                "SELECT p.id, p.firstName, p.lastName FROM Person p WHERE p.id IN :ids",
                Object[].class)
            .setParameter("ids", List.copyOf(ids))
            .getResultList()) {
      names.put((Long) r[0], r[1] + " " + r[2]);
    }
    return names;
  }

  /** The period's last day; the annual report's is the end of teaching. */
  private static LocalDate periodEnd(SchoolYear year, PeriodKind period) {
    Optional<LocalDate> end = year.period(period).map(SchoolPeriod::getEndDate);
    if (period == PeriodKind.ANNUAL) {
      LocalDate annual = end.orElse(year.getEndDate());
      Optional<LocalDate> second =
          year.period(PeriodKind.SECOND_SEMESTER).map(SchoolPeriod::getEndDate);
      return second.filter(s -> s.isAfter(annual)).orElse(annual);
    }
    return end.orElseThrow(() -> new BusinessException("classReport.noPeriod", period));
  }

  private long yearOf(long classId) {
    List<?> rows =
        em.createNativeQuery("SELECT school_year_id FROM school_class WHERE id = ?1")
            .setParameter(1, classId)
            .getResultList();
    if (rows.isEmpty()) {
      throw policy.refuse("CLASS_REPORT", "class", classId);
    }
    return ((Number) rows.get(0)).longValue();
  }

  private Optional<ClassReport> find(long classId, PeriodKind period) {
    return em.createNamedQuery(ClassReport.FIND, ClassReport.class)
        .setParameter("classId", classId)
        .setParameter("period", period)
        .getResultStream()
        .findFirst();
  }

  private static DocumentKind documentKind(PeriodKind period) {
    return switch (period) {
      case FIRST_SEMESTER -> DocumentKind.REPORT_FIRST_SEMESTER;
      case SECOND_SEMESTER -> DocumentKind.REPORT_SECOND_SEMESTER;
      case ANNUAL -> DocumentKind.REPORT_ANNUAL;
    };
  }

  private static Map<String, Object> values(ClassReport report) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("class", report.getClassId());
    values.put("period", report.getPeriod());
    values.put("status", report.getStatus());
    values.put("sha256", report.getSha256());
    values.put("comment", report.getReviewComment());
    return values;
  }
}
