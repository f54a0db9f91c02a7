package lt.dienynas.web.journal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.journal.AttendanceService;
import lt.dienynas.journal.ClassJustifications;
import lt.dienynas.journal.ClassLink;
import lt.dienynas.journal.JournalService;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.journal.JustificationService;
import lt.dienynas.journal.UnjustifiedAbsence;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.Notices;

/**
 * The class teacher's justifications (§21.8): guardians' notes to accept or reject within 2 working
 * days (the overdue ones first), and absences to justify directly.
 */
@Named
@ViewScoped
public class Justifications implements Serializable {
  @Inject private SchoolClock clock;

  @Serial private static final long serialVersionUID = 1L;

  @Inject private JustificationService justifications;
  @Inject private AttendanceService attendance;
  @Inject private JournalService journal;

  private Long schoolClass;
  private LocalDate asOf;
  private ClassJustifications view;

  private Long student;
  private LocalDate from;
  private LocalDate to;
  private JustificationReason reason = JustificationReason.ILLNESS;
  private String rejectComment;

  /** The view action: the class asked for, else the person's first class. */
  public void load() {
    if (asOf == null) {
      asOf = clock.today();
    }
    if (schoolClass == null) {
      List<ClassLink> mine = journal.myClasses(asOf);
      if (mine.isEmpty()) {
        return;
      }
      schoolClass = mine.get(0).classId();
    }
    view = justifications.ofClass(schoolClass, asOf);
  }

  public void accept(long noteId) {
    int justified = justifications.accept(noteId);
    load();
    Notices.info("justifications.accepted", justified);
  }

  public void reject(long noteId) {
    justifications.reject(noteId, rejectComment);
    rejectComment = null;
    load();
    Notices.info("justifications.rejected");
  }

  public void justify() {
    int justified = attendance.justify(student, from, to == null ? from : to, reason);
    load();
    Notices.info("justifications.justified", justified);
  }

  /** The students with unjustified absences, for the justification form. */
  public Map<Long, String> getStudents() {
    Map<Long, String> students = new LinkedHashMap<>();
    if (view == null) {
      return students;
    }
    for (UnjustifiedAbsence a : view.unjustified()) {
      students.putIfAbsent(a.studentId(), a.studentName());
    }
    return students;
  }

  public JustificationReason[] getReasons() {
    return JustificationReason.values();
  }

  /** The unjustified absences ("n"); late arrivals are listed apart, they are no missed lessons. */
  public java.util.List<lt.dienynas.journal.UnjustifiedAbsence> getAbsences() {
    return unjustified(lt.dienynas.journal.AttendanceStatus.ABSENT);
  }

  /** The unjustified late arrivals ("p"). */
  public java.util.List<lt.dienynas.journal.UnjustifiedAbsence> getLates() {
    return unjustified(lt.dienynas.journal.AttendanceStatus.LATE);
  }

  private java.util.List<lt.dienynas.journal.UnjustifiedAbsence> unjustified(
      lt.dienynas.journal.AttendanceStatus status) {
    ClassJustifications view = getView();
    return view == null
        ? java.util.List.of()
        : view.unjustified().stream().filter(a -> a.status() == status).toList();
  }

  public ClassJustifications getView() {
    return view;
  }

  public Long getSchoolClass() {
    return schoolClass;
  }

  public void setSchoolClass(Long schoolClass) {
    this.schoolClass = schoolClass;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
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

  public JustificationReason getReason() {
    return reason;
  }

  public void setReason(JustificationReason reason) {
    this.reason = reason;
  }

  public String getRejectComment() {
    return rejectComment;
  }

  public void setRejectComment(String rejectComment) {
    this.rejectComment = rejectComment;
  }
}
