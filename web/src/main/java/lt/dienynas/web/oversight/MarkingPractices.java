package lt.dienynas.web.oversight;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lt.dienynas.assessment.AchievementLevel;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.oversight.FillingDashboardService;
import lt.dienynas.oversight.MarkingPractice;
import lt.dienynas.oversight.MarkingPracticeService;
import lt.dienynas.oversight.OversightYear;
import lt.dienynas.shared.SchoolClock;

/**
 * Vertinimo praktika (§19.6): per teacher and subject, the marks and assessment kinds of a period
 * against the school's agreed rules, as a table and, for the chosen row, Chart.js bar charts
 * ({@code p:chart}, which PrimeFaces starts from a script with the page's nonce).
 */
@Named
@ViewScoped
public class MarkingPractices implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private MarkingPracticeService practices;

  @EJB private FillingDashboardService dashboards;

  @Inject private SchoolClock clock;

  private Long year;
  private LocalDate from;
  private LocalDate to;
  private Long teacher;
  private int row;
  private List<OversightYear> years = List.of();
  private List<MarkingPractice> rows = List.of();

  public void load() {
    years = dashboards.years();
    LocalDate today = clock.today();
    OversightYear chosen =
        years.stream()
            .filter(y -> year != null && y.id() == year)
            .findFirst()
            .or(
                () ->
                    years.stream()
                        .filter(y -> !today.isBefore(y.startDate()) && !today.isAfter(y.endDate()))
                        .findFirst())
            .or(() -> years.stream().findFirst())
            .orElse(null);
    if (chosen == null) {
      return;
    }
    year = chosen.id();
    if (from == null) {
      from = chosen.startDate();
    }
    if (to == null) {
      to = today.isBefore(chosen.endDate()) ? today : chosen.endDate();
    }
    rows = practices.practice(year, from, to, teacher);
    if (row < 0 || row >= rows.size()) {
      row = 0;
    }
  }

  /** The chosen row, whose charts the page shows. */
  public MarkingPractice getChosen() {
    return rows.isEmpty() ? null : rows.get(row);
  }

  /** The Chart.js configuration of the chosen row's marks: 1–10, then the achievement levels. */
  public String getMarksChart() {
    MarkingPractice p = getChosen();
    if (p == null) {
      return null;
    }
    ResourceBundle text = text();
    String labels =
        IntStream.rangeClosed(1, 10).mapToObj(i -> json(String.valueOf(i))).collect(joining())
            + ","
            + java.util.Arrays.stream(AchievementLevel.values())
                .map(l -> json(text.getString("oversight.level." + l)))
                .collect(joining())
            + ","
            + json(text.getString("oversight.practice.passed"))
            + ","
            + json(text.getString("oversight.practice.failed"));
    String data =
        p.tenPoint().stream().map(String::valueOf).collect(joining())
            + ","
            + p.levels().stream().map(String::valueOf).collect(joining())
            + ","
            + p.passed()
            + ","
            + p.failed();
    return bar(labels, text.getString("oversight.practice.marks"), data, "#42A5F5");
  }

  /** The Chart.js configuration of the chosen row's assessment kinds. */
  public String getKindsChart() {
    MarkingPractice p = getChosen();
    if (p == null) {
      return null;
    }
    ResourceBundle text = text();
    String labels =
        java.util.Arrays.stream(AssessmentKind.values())
            .map(k -> json(text.getString("kind." + k)))
            .collect(joining());
    String data = p.kinds().stream().map(String::valueOf).collect(joining());
    return bar(labels, text.getString("oversight.practice.kinds"), data, "#66BB6A");
  }

  private static String bar(String labels, String label, String data, String colour) {
    return "{\"type\":\"bar\",\"data\":{\"labels\":["
        + labels
        + "],\"datasets\":[{\"label\":"
        + json(label)
        + ",\"backgroundColor\":\""
        + colour
        + "\",\"data\":["
        + data
        + "]}]},\"options\":{\"plugins\":{\"legend\":{\"display\":false}},"
        + "\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(",");
  }

  private static ResourceBundle text() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return ResourceBundle.getBundle("lt.dienynas.web.i18n.text", faces.getViewRoot().getLocale());
  }

  /** A JSON string that also cannot close the script it is written into. */
  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  public AchievementLevel[] getLevels() {
    return AchievementLevel.values();
  }

  public AssessmentKind[] getKinds() {
    return AssessmentKind.values();
  }

  public List<MarkingPractice> getRows() {
    return rows;
  }

  public List<OversightYear> getYears() {
    return years;
  }

  public Long getYear() {
    return year;
  }

  public void setYear(Long year) {
    this.year = year;
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

  public Long getTeacher() {
    return teacher;
  }

  public void setTeacher(Long teacher) {
    this.teacher = teacher;
  }

  public int getRow() {
    return row;
  }

  public void setRow(int row) {
    this.row = row;
  }
}
