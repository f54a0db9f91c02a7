package lt.dienynas.web.yearend;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.security.Role;
import lt.dienynas.web.faces.PageMessages;
import lt.dienynas.yearend.ClassReportService;
import lt.dienynas.yearend.ClassReportView;
import lt.dienynas.yearend.SignOffService;
import lt.dienynas.yearend.StoredFile;
import lt.dienynas.yearend.YearOption;
import org.omnifaces.util.Faces;

/**
 * Pusmečių ir metinės ataskaitos (§21.17, §32): the class teacher prepares a period's report of
 * their class, checks its PDF and confirms it to the deputy before the deadline; the deputy sees
 * every class's reports (the overdue ones first on request) and accepts or returns a confirmed one
 * with a comment.
 */
@Named
@ViewScoped
public class ClassReports implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private ClassReportService reports;
  @EJB private SignOffService signOffs;

  private Long year;
  private Long classId;
  private boolean overdueOnly;
  private String comment;
  private List<YearOption> years;
  private List<YearOption> myClasses = List.of();
  private List<ClassReportView> rows = List.of();

  public void load() {
    years = signOffs.years();
    if (year == null && !years.isEmpty()) {
      year = years.get(0).id();
    }
    if (year == null) {
      return;
    }
    if (inRole(Role.Names.CLASS_TEACHER)) {
      myClasses = reports.myClasses(year);
      if (classId == null && !isSchoolWide() && !myClasses.isEmpty()) {
        classId = myClasses.get(0).id();
      }
    }
    if (classId != null) {
      rows = reports.ofClass(classId);
    } else if (isSchoolWide()) {
      rows = overdueOnly ? reports.overdue(year) : reports.ofYear(year);
    } else {
      rows = List.of();
    }
  }

  public void prepare(ClassReportView row) {
    replace(reports.prepare(row.classId(), row.period(), versionOf(row)));
    PageMessages.info("classReport.prepared");
  }

  public void confirm(ClassReportView row) {
    replace(reports.confirm(row.classId(), row.period(), versionOf(row)));
    PageMessages.info("classReport.confirmed");
  }

  public void accept(ClassReportView row) {
    replace(reports.accept(row.classId(), row.period(), versionOf(row)));
    PageMessages.info("classReport.accepted");
  }

  public void giveBack(ClassReportView row) {
    replace(reports.giveBack(row.classId(), row.period(), comment, versionOf(row)));
    comment = null;
    PageMessages.info("classReport.returned");
  }

  public void download(ClassReportView row) throws IOException {
    StoredFile file = reports.document(row.classId(), row.period());
    Faces.sendFile(file.content(), file.fileName(), true);
  }

  /** The version the page showed; none yet for a report not prepared. */
  private static Integer versionOf(ClassReportView row) {
    return row.version() == null ? Integer.valueOf(-1) : row.version();
  }

  private void replace(ClassReportView changed) {
    rows =
        rows.stream()
            .map(
                r ->
                    r.classId() == changed.classId() && r.period() == changed.period()
                        ? changed
                        : r)
            .toList();
  }

  public boolean isSchoolWide() {
    return inRole(Role.Names.DEPUTY) || inRole(Role.Names.DIRECTOR) || inRole(Role.Names.DB_ADMIN);
  }

  public boolean isDeputy() {
    return inRole(Role.Names.DEPUTY);
  }

  /** Whether the caller prepares this row's class's reports (the page only shows the way). */
  public boolean isMine(ClassReportView row) {
    return myClasses.stream().anyMatch(c -> c.id() == row.classId());
  }

  private static boolean inRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  public PeriodKind[] getPeriods() {
    return PeriodKind.values();
  }

  public Long getYear() {
    return year;
  }

  public void setYear(Long year) {
    this.year = year;
  }

  public Long getClassId() {
    return classId;
  }

  public void setClassId(Long classId) {
    this.classId = classId;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public List<YearOption> getYears() {
    return years;
  }

  public List<YearOption> getMyClasses() {
    return myClasses;
  }

  public List<ClassReportView> getRows() {
    return rows;
  }
}
