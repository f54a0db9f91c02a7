package lt.dienynas.web.support;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import lt.dienynas.reporting.management.AttendanceRow;
import lt.dienynas.reporting.management.ManagementReportService;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.ChartJson;

/**
 * Mėnesio lankomumo situacija (§24.1): the social pedagogue's view of every class's month — lessons
 * missed, justified and not, and late — as a table and a chart.
 */
@Named
@ViewScoped
public class SchoolAttendance implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private ManagementReportService reports;
  @Inject private SchoolClock clock;

  private YearMonth month;
  private List<AttendanceRow> rows = List.of();

  public void load() {
    if (month == null) {
      month = YearMonth.from(clock.today());
    }
    rows = reports.monthlyAttendance(month);
  }

  public String chart() {
    return AttendanceChart.of(rows);
  }

  public List<AttendanceRow> getRows() {
    return rows;
  }

  public YearMonth getMonth() {
    return month;
  }

  public void setMonth(YearMonth month) {
    this.month = month;
  }

  /** The stacked bar chart of classes' attendance, shared with the management reports. */
  public static final class AttendanceChart {
    private AttendanceChart() {}

    public static String of(List<AttendanceRow> rows) {
      String labels =
          rows.stream().map(r -> ChartJson.text(r.className())).collect(Collectors.joining(","));
      return "{\"type\":\"bar\",\"data\":{\"labels\":["
          + labels
          + "],\"datasets\":["
          + ChartJson.dataset(
              "watch.chart.unjustified",
              "#E53935",
              rows.stream().map(r -> String.valueOf(r.unjustified())).toList(),
              "y")
          + ","
          + ChartJson.dataset(
              "watch.chart.justified",
              "#42A5F5",
              rows.stream().map(r -> String.valueOf(r.justified())).toList(),
              "y")
          + ","
          + ChartJson.dataset(
              "watch.chart.late",
              "#FFB300",
              rows.stream().map(r -> String.valueOf(r.late())).toList(),
              "y")
          + "]},\"options\":{\"scales\":{\"x\":{\"stacked\":true},"
          + "\"y\":{\"stacked\":true,\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }
  }
}
