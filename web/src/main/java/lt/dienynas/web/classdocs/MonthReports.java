package lt.dienynas.web.classdocs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.classdocs.ClassAttendanceReport;
import lt.dienynas.classdocs.DownloadFile;
import lt.dienynas.classdocs.GroupChoice;
import lt.dienynas.classdocs.MonthlyReportService;
import lt.dienynas.classdocs.RosterLine;
import lt.dienynas.shared.Messages;
import lt.dienynas.shared.SchoolClock;
import org.omnifaces.util.Faces;

/**
 * Mėnesio ataskaitos (§21.8, §21.11): the class teacher chooses a class and a month and sees the
 * class attendance report (also as PDF and CSV), and prints the progress and attendance report for
 * one student or the whole class, for guardians without access.
 */
@Named
@ViewScoped
public class MonthReports implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private MonthlyReportService reports;
  @Inject private SchoolClock clock;

  private Long classId;
  private YearMonth month;
  private Long student;
  private List<GroupChoice> classes = List.of();
  private List<RosterLine> students = List.of();
  private ClassAttendanceReport report;

  public void load() {
    classes = reports.myClasses();
    if (classId == null && !classes.isEmpty()) {
      classId = classes.get(0).id();
    }
    if (month == null) {
      month = YearMonth.from(clock.today()).minusMonths(1);
    }
    if (classId != null) {
      report = reports.classAttendance(classId, month);
      students = reports.studentsOf(classId, month);
    }
  }

  public void attendancePdf() {
    send(reports.classAttendancePdf(classId, month, Messages.LITHUANIAN));
  }

  public void attendanceCsv() {
    send(reports.classAttendanceCsv(classId, month, Messages.LITHUANIAN));
  }

  public void progressPdf() {
    send(reports.progressReport(classId, student, month, Messages.LITHUANIAN));
  }

  private static void send(DownloadFile file) {
    Faces.sendFile(file.content(), file.fileName(), true);
  }

  public Long getClassId() {
    return classId;
  }

  public void setClassId(Long classId) {
    this.classId = classId;
  }

  /** The month as {@code 2030-10} (the page's month field and its view parameter). */
  public YearMonth getMonth() {
    return month;
  }

  public void setMonth(YearMonth month) {
    this.month = month;
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
  }

  public List<GroupChoice> getClasses() {
    return classes;
  }

  public List<RosterLine> getStudents() {
    return students;
  }

  public ClassAttendanceReport getReport() {
    return report;
  }
}
