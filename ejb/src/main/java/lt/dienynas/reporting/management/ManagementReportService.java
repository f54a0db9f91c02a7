package lt.dienynas.reporting.management;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.reporting.PdfDocumentBuilder;
import lt.dienynas.reporting.ReportSection;
import lt.dienynas.reporting.SchoolName;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolPeriod;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.SchoolYears;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.CsvCell;
import lt.dienynas.shared.Messages;
import lt.dienynas.shared.SchoolClock;

/**
 * Ataskaitos vadovams (§19.12): attendance and achievement of the school by class, by class and
 * subject and by subject for a span of one school year, as a page with charts, CSV and PDF/A. Two
 * grouped queries whatever the school's size; the social pedagogue reads the attendance of a month
 * (§24.1).
 */
@Stateless
public class ManagementReportService {
  /** The longest span a report covers. */
  static final int LONGEST_SPAN_DAYS = 400;

  /** Ten-point marks below this are unsatisfactory. */
  static final int SATISFACTORY = 4;

  private static final String ATTENDANCE =
      "SELECT NEW lt.dienynas.reporting.management.ClassAttendance(c.id,"
          + " SUM(CASE WHEN a.status = lt.dienynas.journal.AttendanceStatus.ABSENT THEN 1 ELSE 0"
          + " END),"
          + " SUM(CASE WHEN a.status = lt.dienynas.journal.AttendanceStatus.ABSENT"
          + " AND a.justification IS NULL THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN a.status = lt.dienynas.journal.AttendanceStatus.LATE THEN 1 ELSE 0"
          + " END))"
          + " FROM Attendance a JOIN a.lesson l, GroupMember m JOIN m.group g JOIN g.schoolClass c"
          + " WHERE m.student = a.student AND g.kind = lt.dienynas.school.GroupKind.CLASS"
          + " AND g.schoolYear.id = :year AND m.validity.from <= l.lessonDate"
          + " AND (m.validity.to IS NULL OR m.validity.to >= l.lessonDate)"
          + " AND l.lessonDate BETWEEN :from AND :to GROUP BY c.id";

  private static final String MARKS =
      "SELECT NEW lt.dienynas.reporting.management.MarkTally(c.id, sub.id, sub.name, mk.scale,"
          + " mk.value, COUNT(mk))"
          + " FROM Mark mk JOIN mk.lesson l JOIN l.subject sub, GroupMember m JOIN m.group g"
          + " JOIN g.schoolClass c"
          + " WHERE m.student = mk.student AND g.kind = lt.dienynas.school.GroupKind.CLASS"
          + " AND g.schoolYear.id = :year AND m.validity.from <= l.lessonDate"
          + " AND (m.validity.to IS NULL OR m.validity.to >= l.lessonDate)"
          + " AND l.lessonDate BETWEEN :from AND :to"
          + " GROUP BY c.id, sub.id, sub.name, mk.scale, mk.value";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  @EJB private AccessPolicy policy;

  /** The periods of the school year of today, for choosing a report's span. */
  @RolesAllowed({Role.Names.DIRECTOR, Role.Names.DEPUTY, Role.Names.DB_ADMIN})
  public List<PeriodChoice> periods() {
    policy.requireManagementReports();
    return em
        .createNamedQuery(SchoolYear.FIND_CONTAINING, SchoolYear.class)
        .setParameter("date", clock.today())
        .getResultList()
        .stream()
        .findFirst()
        .map(
            y ->
                y.getPeriods().stream()
                    .sorted(Comparator.comparing(SchoolPeriod::getStartDate))
                    .map(p -> new PeriodChoice(p.getKind(), p.getStartDate(), p.getEndDate()))
                    .toList())
        .orElse(List.of());
  }

  /**
   * The report of a span within one school year.
   *
   * @throws BusinessException {@code journal.datesRequired}, {@code dateRange.order}, {@code
   *     schoolYear.range}, {@code report.span}
   */
  @RolesAllowed({Role.Names.DIRECTOR, Role.Names.DEPUTY, Role.Names.DB_ADMIN})
  public ManagementReport report(LocalDate from, LocalDate to) {
    policy.requireManagementReports();
    return build(from, to);
  }

  /**
   * The monthly attendance situation of every class (§24.1): the social pedagogue and the
   * management; none for a month of no school year.
   *
   * @throws BusinessException {@code journal.datesRequired}
   */
  @RolesAllowed({
    Role.Names.SOCIAL_PEDAGOGUE,
    Role.Names.DIRECTOR,
    Role.Names.DEPUTY,
    Role.Names.DB_ADMIN
  })
  public List<AttendanceRow> monthlyAttendance(YearMonth month) {
    policy.requireSchoolAttendanceRead();
    if (month == null) {
      throw new BusinessException("journal.datesRequired");
    }
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    List<SchoolYear> years =
        em.createNamedQuery(SchoolYear.FIND_CONTAINING, SchoolYear.class)
            .setParameter("date", first.plusDays(14))
            .getResultList();
    if (years.isEmpty()) {
      return List.of();
    }
    SchoolYear year = years.get(0);
    return attendance(year, first, last);
  }

  /** The report as CSV for a spreadsheet (UTF-8 with a byte-order mark, ";" between fields). */
  @RolesAllowed({Role.Names.DIRECTOR, Role.Names.DEPUTY, Role.Names.DB_ADMIN})
  public byte[] csv(LocalDate from, LocalDate to, Locale locale) {
    ManagementReport report = report(from, to);
    StringBuilder csv = new StringBuilder("\uFEFF");
    line(csv, text(locale, "report.title"), report.from() + " – " + report.to());
    line(csv, text(locale, "report.attendance"));
    line(csv, attendanceHeaders(locale).toArray(String[]::new));
    for (List<String> row : attendanceRows(report)) {
      line(csv, row.toArray(String[]::new));
    }
    line(csv, text(locale, "report.byClassAndSubject"));
    line(csv, achievementHeaders(locale, true).toArray(String[]::new));
    for (List<String> row : achievementRows(report.byClassAndSubject(), true)) {
      line(csv, row.toArray(String[]::new));
    }
    line(csv, text(locale, "report.bySubject"));
    line(csv, achievementHeaders(locale, false).toArray(String[]::new));
    for (List<String> row : achievementRows(report.bySubject(), false)) {
      line(csv, row.toArray(String[]::new));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The report as an archival PDF (PDF/A-2b). */
  @RolesAllowed({Role.Names.DIRECTOR, Role.Names.DEPUTY, Role.Names.DB_ADMIN})
  public byte[] pdf(LocalDate from, LocalDate to, Locale locale) {
    ManagementReport report = report(from, to);
    PdfDocumentBuilder pdf = new PdfDocumentBuilder(text(locale, "report.title"), SchoolName.get());
    pdf.title(text(locale, "report.title"));
    pdf.paragraph(SchoolName.get());
    pdf.field(text(locale, "report.span.label"), report.from() + " – " + report.to());
    pdf.section(
        new ReportSection(
            text(locale, "report.attendance"),
            attendanceHeaders(locale),
            attendanceRows(report),
            text(locale, "report.none")));
    pdf.section(
        new ReportSection(
            text(locale, "report.byClassAndSubject"),
            achievementHeaders(locale, true),
            achievementRows(report.byClassAndSubject(), true),
            text(locale, "report.none")));
    pdf.section(
        new ReportSection(
            text(locale, "report.bySubject"),
            achievementHeaders(locale, false),
            achievementRows(report.bySubject(), false),
            text(locale, "report.none")));
    // the report is of the data as they are now: its date is today, its identity its figures
    return pdf.toArchivalBytes(clock.now().withNano(0), report.toString());
  }

  private ManagementReport build(LocalDate from, LocalDate to) {
    SchoolYear year = SchoolYears.containing(em, from, to);
    if (ChronoUnit.DAYS.between(from, to) > LONGEST_SPAN_DAYS) {
      throw new BusinessException("report.span", LONGEST_SPAN_DAYS);
    }
    Map<Long, String> classNames = classNames(year);
    List<MarkTally> tallies =
        em.createQuery(MARKS, MarkTally.class)
            .setParameter("year", year.getId())
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    Map<String, Sums> byClassAndSubject = new LinkedHashMap<>();
    Map<String, Sums> bySubject = new HashMap<>();
    List<MarkTally> ordered = new ArrayList<>(tallies);
    List<Long> classOrder = new ArrayList<>(classNames.keySet());
    ordered.sort(
        Comparator.comparingInt((MarkTally t) -> classOrder.indexOf(t.classId()))
            .thenComparing(MarkTally::subjectName));
    for (MarkTally t : ordered) {
      byClassAndSubject
          .computeIfAbsent(
              t.classId() + "/" + t.subjectId(),
              k -> new Sums(classNames.getOrDefault(t.classId(), ""), t.subjectName()))
          .add(t);
      bySubject.computeIfAbsent(t.subjectName(), k -> new Sums("", t.subjectName())).add(t);
    }
    return new ManagementReport(
        from,
        to,
        attendance(year, from, to),
        byClassAndSubject.values().stream().map(Sums::row).toList(),
        bySubject.values().stream()
            .sorted(Comparator.comparing(s -> s.subject))
            .map(Sums::row)
            .toList());
  }

  private List<AttendanceRow> attendance(SchoolYear year, LocalDate from, LocalDate to) {
    Map<Long, String> classNames = classNames(year);
    Map<Long, ClassAttendance> counts = new HashMap<>();
    em.createQuery(ATTENDANCE, ClassAttendance.class)
        .setParameter("year", year.getId())
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .forEach(c -> counts.put(c.classId(), c));
    List<AttendanceRow> rows = new ArrayList<>();
    classNames.forEach(
        (id, name) -> {
          ClassAttendance c = counts.getOrDefault(id, new ClassAttendance(id, 0, 0, 0));
          rows.add(
              new AttendanceRow(id, name, c.absent(), c.justified(), c.unjustified(), c.late()));
        });
    return rows;
  }

  private Map<Long, String> classNames(SchoolYear year) {
    Map<Long, String> names = new LinkedHashMap<>();
    em.createNamedQuery(SchoolClass.FIND_BY_YEAR, SchoolClass.class)
        .setParameter("year", year)
        .getResultList()
        .forEach(c -> names.put(c.getId(), c.getName()));
    return names;
  }

  /** The marks of one class and subject (or one subject) as they are added up. */
  private static final class Sums {
    private final String className;
    private final String subject;
    private long marks;
    private long tenPoint;
    private long sum;
    private long unsatisfactory;

    Sums(String className, String subject) {
      this.className = className;
      this.subject = subject;
    }

    void add(MarkTally t) {
      marks += t.count();
      if (t.scale() == MarkScale.TEN_POINT) {
        int value = Integer.parseInt(t.value());
        tenPoint += t.count();
        sum += value * t.count();
        if (value < SATISFACTORY) {
          unsatisfactory += t.count();
        }
      }
    }

    AchievementRow row() {
      BigDecimal average =
          tenPoint == 0
              ? null
              : BigDecimal.valueOf(sum)
                  .divide(BigDecimal.valueOf(tenPoint), 2, RoundingMode.HALF_UP);
      return new AchievementRow(className, subject, marks, tenPoint, average, unsatisfactory);
    }
  }

  private static List<String> attendanceHeaders(Locale locale) {
    return List.of(
        text(locale, "report.col.class"),
        text(locale, "report.col.absent"),
        text(locale, "report.col.justified"),
        text(locale, "report.col.unjustified"),
        text(locale, "report.col.late"));
  }

  private static List<List<String>> attendanceRows(ManagementReport report) {
    return report.attendance().stream()
        .map(
            r ->
                List.of(
                    r.className(),
                    String.valueOf(r.absent()),
                    String.valueOf(r.justified()),
                    String.valueOf(r.unjustified()),
                    String.valueOf(r.late())))
        .toList();
  }

  private static List<String> achievementHeaders(Locale locale, boolean withClass) {
    List<String> headers = new ArrayList<>();
    if (withClass) {
      headers.add(text(locale, "report.col.class"));
    }
    headers.add(text(locale, "report.col.subject"));
    headers.add(text(locale, "report.col.marks"));
    headers.add(text(locale, "report.col.tenPoint"));
    headers.add(text(locale, "report.col.average"));
    headers.add(text(locale, "report.col.unsatisfactory"));
    return headers;
  }

  private static List<List<String>> achievementRows(List<AchievementRow> rows, boolean withClass) {
    List<List<String>> lines = new ArrayList<>();
    for (AchievementRow r : rows) {
      List<String> line = new ArrayList<>();
      if (withClass) {
        line.add(r.className());
      }
      line.add(r.subject());
      line.add(String.valueOf(r.marks()));
      line.add(String.valueOf(r.tenPointMarks()));
      line.add(r.average() == null ? "" : r.average().toPlainString().replace('.', ','));
      line.add(String.valueOf(r.unsatisfactory()));
      lines.add(line);
    }
    return lines;
  }

  private static void line(StringBuilder csv, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(CsvCell.of(fields[i]));
    }
    csv.append("\r\n");
  }

  private static String text(Locale locale, String key) {
    return Messages.format(locale == null ? Messages.LITHUANIAN : locale, key);
  }
}
