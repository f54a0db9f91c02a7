package lt.dienynas.web.preschool;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.preschool.GroupOption;
import lt.dienynas.preschool.PreschoolAttendanceService;
import lt.dienynas.preschool.SheetFile;
import lt.dienynas.preschool.SheetView;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.PageMessages;

/**
 * Vaikų lankomumo apskaitos žiniaraštis (§22.7, §22.9): the teacher's group month — a line per
 * child, a column per working day — with the days still open, the justification documents of the
 * month's absences (by its last day), and the sheet submitted to the deputy on the month's last
 * working day; the deputy sees every group's sheet of the month and approves it (the month is then
 * locked) or returns it with a comment.
 */
@Named
@ViewScoped
public class AttendanceSheets implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private PreschoolAttendanceService attendance;

  @Inject private SchoolClock clock;

  private Long group;
  private YearMonth month;
  private List<GroupOption> groups = List.of();
  private SheetView sheet;
  private List<SheetView> sheets = List.of();
  private String comment;
  private Long child;
  private LocalDate from;
  private LocalDate to;
  private JustificationReason justification = JustificationReason.ILLNESS;
  private String document;

  public void load() {
    if (month == null) {
      month = YearMonth.from(clock.today());
    }
    groups = isTeacher() ? attendance.myGroups() : attendance.allGroups();
    if (group == null && isTeacher() && !groups.isEmpty()) {
      group = groups.get(0).id();
    }
    sheet = group == null ? null : attendance.sheet(group, month);
    sheets = group == null && isSchoolWide() ? attendance.sheetsOf(month) : List.of();
  }

  public void submit() {
    sheet = attendance.submit(group, sheet.month(), version(sheet));
    PageMessages.info("preschool.sheet.submittedInfo");
  }

  public void approve(SheetView row) {
    replace(attendance.approve(row.groupId(), row.month(), version(row)));
    PageMessages.info("preschool.sheet.approvedInfo", row.groupName());
  }

  public void giveBack(SheetView row) {
    replace(attendance.giveBack(row.groupId(), row.month(), comment, version(row)));
    comment = null;
    PageMessages.info("preschool.sheet.returnedInfo", row.groupName());
  }

  public void justify() {
    attendance.justify(
        group, child == null ? 0 : child, from, to == null ? from : to, justification, document);
    document = null;
    sheet = attendance.sheet(group, sheet.month());
    PageMessages.info("preschool.justifiedInfo");
  }

  public void download(SheetView row) {
    SheetFile file = attendance.sheetFile(row.groupId(), row.month());
    PageMessages.sendPdf(file.content(), file.fileName());
  }

  private void replace(SheetView changed) {
    if (sheet != null && sheet.groupId() == changed.groupId()) {
      sheet = changed;
    }
    sheets = sheets.stream().map(s -> s.groupId() == changed.groupId() ? changed : s).toList();
  }

  private static Integer version(SheetView view) {
    return view.version() == null ? Integer.valueOf(-1) : view.version();
  }

  private static boolean inRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  public boolean isTeacher() {
    return inRole(Role.Names.PRESCHOOL_TEACHER);
  }

  public boolean isDeputy() {
    return inRole(Role.Names.DEPUTY);
  }

  public boolean isSchoolWide() {
    return isDeputy() || inRole(Role.Names.DIRECTOR) || inRole(Role.Names.DB_ADMIN);
  }

  /** Whether the teacher may submit the shown sheet now (the page only shows the way). */
  public boolean isSubmittable() {
    return isTeacher()
        && sheet != null
        && (sheet.status() == lt.dienynas.preschool.SheetStatus.NOT_SUBMITTED
            || sheet.status() == lt.dienynas.preschool.SheetStatus.RETURNED)
        && !clock.today().isBefore(sheet.submittableFrom());
  }

  public String getPreviousMonth() {
    return month.minusMonths(1).toString();
  }

  public String getNextMonth() {
    return month.plusMonths(1).toString();
  }

  public JustificationReason[] getReasons() {
    return JustificationReason.values();
  }

  public Long getGroup() {
    return group;
  }

  public void setGroup(Long group) {
    this.group = group;
  }

  public YearMonth getMonth() {
    return month;
  }

  public void setMonth(YearMonth month) {
    this.month = month;
  }

  public List<GroupOption> getGroups() {
    return groups;
  }

  public SheetView getSheet() {
    return sheet;
  }

  public List<SheetView> getSheets() {
    return sheets;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Long getChild() {
    return child;
  }

  public void setChild(Long child) {
    this.child = child;
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

  public JustificationReason getJustification() {
    return justification;
  }

  public void setJustification(JustificationReason justification) {
    this.justification = justification;
  }

  public String getDocument() {
    return document;
  }

  public void setDocument(String document) {
    this.document = document;
  }
}
