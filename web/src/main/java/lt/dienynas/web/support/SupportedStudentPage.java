package lt.dienynas.web.support;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import lt.dienynas.support.MonthFigures;
import lt.dienynas.support.ProgressNoteService;
import lt.dienynas.support.ProgressNoteView;
import lt.dienynas.support.RiskGroupService;
import lt.dienynas.support.StudentWatch;
import lt.dienynas.support.WatchListService;
import lt.dienynas.web.faces.ChartJson;
import lt.dienynas.web.faces.PageMessages;

/**
 * One supported student over time (§24–§27): the months' attendance and marks (a chart and a
 * table), the marks, the teachers' notes, the progress notes (written and corrected here), the
 * early warnings, and for the social pedagogue the risk group flag (§24.2).
 */
@Named
@ViewScoped
public class SupportedStudentPage implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private WatchListService watch;
  @EJB private ProgressNoteService progress;
  @EJB private RiskGroupService risk;

  private long id;
  private LocalDate from;
  private LocalDate to;
  private StudentWatch student;

  private Long editedNote;
  private int editedVersion;
  private LocalDate noteDate;
  private String noteText;
  private String riskReason;

  public void load() {
    student = watch.student(id, from, to);
  }

  public void saveNote() {
    if (editedNote == null) {
      progress.add(id, noteDate, noteText);
      PageMessages.info("watch.noteAdded");
    } else {
      progress.change(editedNote, editedVersion, noteDate, noteText);
      PageMessages.info("watch.noteChanged");
    }
    clearNote();
    load();
  }

  public void edit(ProgressNoteView note) {
    editedNote = note.id();
    editedVersion = note.version();
    noteDate = note.date();
    noteText = note.text();
  }

  public void clearNote() {
    editedNote = null;
    noteDate = null;
    noteText = null;
  }

  public void flagRisk() {
    risk.set(id, !student.riskGroup(), riskReason, student.riskVersion());
    PageMessages.info(student.riskGroup() ? "watch.riskClearedDone" : "watch.riskSetDone");
    riskReason = null;
    load();
  }

  /** Lessons missed (unjustified, justified) and late per month as bars, the average as a line. */
  public String chart() {
    var months = student.months();
    String labels =
        months.stream()
            .map(m -> ChartJson.text(m.month().toString()))
            .collect(Collectors.joining(","));
    return "{\"type\":\"bar\",\"data\":{\"labels\":["
        + labels
        + "],\"datasets\":["
        + ChartJson.dataset(
            "watch.chart.unjustified",
            "#E53935",
            months.stream().map(m -> String.valueOf(m.unjustified())).toList(),
            "y")
        + ","
        + ChartJson.dataset(
            "watch.chart.justified",
            "#42A5F5",
            months.stream().map(m -> String.valueOf(m.absent() - m.unjustified())).toList(),
            "y")
        + ","
        + ChartJson.dataset(
            "watch.chart.late",
            "#FFB300",
            months.stream().map(m -> String.valueOf(m.late())).toList(),
            "y")
        + ","
        + ChartJson.lineDataset(
            "watch.chart.average",
            "#2E7D32",
            months.stream().map(MonthFigures::average).map(SupportedStudentPage::number).toList(),
            "marks")
        + "]},\"options\":{\"scales\":{\"y\":{\"beginAtZero\":true,\"stacked\":true,"
        + "\"ticks\":{\"precision\":0}},\"x\":{\"stacked\":true},"
        + "\"marks\":{\"position\":\"right\",\"min\":0,\"max\":10}}}}";
  }

  private static String number(BigDecimal value) {
    return value == null ? "null" : value.toPlainString();
  }

  public boolean isEditing() {
    return editedNote != null;
  }

  public StudentWatch getStudent() {
    return student;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
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

  public LocalDate getNoteDate() {
    return noteDate;
  }

  public void setNoteDate(LocalDate noteDate) {
    this.noteDate = noteDate;
  }

  public String getNoteText() {
    return noteText;
  }

  public void setNoteText(String noteText) {
    this.noteText = noteText;
  }

  public String getRiskReason() {
    return riskReason;
  }

  public void setRiskReason(String riskReason) {
    this.riskReason = riskReason;
  }
}
