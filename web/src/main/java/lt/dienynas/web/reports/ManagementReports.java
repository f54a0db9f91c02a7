package lt.dienynas.web.reports;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import lt.dienynas.reporting.management.AchievementRow;
import lt.dienynas.reporting.management.ManagementReport;
import lt.dienynas.reporting.management.ManagementReportService;
import lt.dienynas.reporting.management.PeriodChoice;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.ChartJson;
import lt.dienynas.web.shell.LocaleSwitcher;
import lt.dienynas.web.support.SchoolAttendance.AttendanceChart;
import org.omnifaces.util.Faces;

/**
 * Ataskaitos (§19.12): the management's attendance and achievement report by class, by class and
 * subject and by subject for a period or chosen dates, with charts, as CSV and as PDF/A.
 */
@Named
@ViewScoped
public class ManagementReports implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private ManagementReportService reports;
  @Inject private SchoolClock clock;
  @Inject private LocaleSwitcher locale;

  private LocalDate from;
  private LocalDate to;
  private List<PeriodChoice> periods = List.of();
  private ManagementReport report;

  public void load() {
    periods = reports.periods();
    if (from == null || to == null) {
      LocalDate today = clock.today();
      PeriodChoice current =
          periods.stream()
              .filter(p -> p.kind() != lt.dienynas.school.PeriodKind.ANNUAL)
              .filter(p -> !p.from().isAfter(today) && !p.to().isBefore(today))
              .findFirst()
              .orElse(periods.isEmpty() ? null : periods.get(0));
      if (current == null) {
        return;
      }
      from = current.from();
      to = current.to().isAfter(today) && !current.from().isAfter(today) ? today : current.to();
    }
    report = reports.report(from, to);
  }

  public void downloadCsv() throws IOException {
    Faces.sendFile(
        reports.csv(from, to, locale.getLocale()), "ataskaita-" + from + "-" + to + ".csv", true);
  }

  public void downloadPdf() throws IOException {
    Faces.sendFile(
        reports.pdf(from, to, locale.getLocale()), "ataskaita-" + from + "-" + to + ".pdf", true);
  }

  public String attendanceChart() {
    return AttendanceChart.of(report.attendance());
  }

  /** The ten-point averages by subject. */
  public String achievementChart() {
    List<AchievementRow> rows = report.bySubject();
    String labels =
        rows.stream().map(r -> ChartJson.text(r.subject())).collect(Collectors.joining(","));
    return "{\"type\":\"bar\",\"data\":{\"labels\":["
        + labels
        + "],\"datasets\":["
        + ChartJson.dataset(
            "report.chart.average",
            "#42A5F5",
            rows.stream()
                .map(r -> r.average() == null ? "null" : r.average().toPlainString())
                .toList(),
            "y")
        + "]},\"options\":{\"plugins\":{\"legend\":{\"display\":false}},"
        + "\"scales\":{\"y\":{\"min\":0,\"max\":10}}}}";
  }

  public ManagementReport getReport() {
    return report;
  }

  public List<PeriodChoice> getPeriods() {
    return periods;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
