package lt.dienynas.web.journal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.journal.NotHeldReason;
import lt.dienynas.journal.SchoolDayKind;
import lt.dienynas.journal.SchoolDayRequest;
import lt.dienynas.journal.SchoolDayService;
import lt.dienynas.journal.SchoolDayView;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.Notices;

/**
 * Nevykusios pamokos ir nuotolinio ugdymo dienos (§23.3, §23.15): the deputy or the DB admin marks
 * the school days of a range, for the whole school or for classes, as days without lessons (with
 * the reason) or as remote-teaching days, in one action; the days marked around the range are
 * listed, each can be taken back.
 */
@Named("schoolDays")
@ViewScoped
public class SchoolDaysPage implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private SchoolDayService service;
  @Inject private SchoolClock clock;

  private Long year;
  private LocalDate from;
  private LocalDate to;
  private List<Long> classIds = new ArrayList<>();
  private SchoolDayKind kind = SchoolDayKind.NOT_HELD;
  private NotHeldReason reason;
  private String note;
  private List<SchoolDayService.ClassOption> classes = List.of();
  private List<SchoolDayView> marked = List.of();

  public void load() {
    if (from == null) {
      from = clock.today();
    }
    if (to == null) {
      to = from;
    }
    classes = service.classes(year, from);
    show();
  }

  /** The days marked in the months of the range. */
  public void show() {
    LocalDate first = from.withDayOfMonth(1);
    LocalDate last = (to.isBefore(from) ? from : to).withDayOfMonth(1).plusMonths(1).minusDays(1);
    marked = service.list(first, last);
  }

  /** Marks the range's school days, in one action. */
  public void mark() {
    SchoolDayService.Marked done =
        service.mark(new SchoolDayRequest(year, from, to, classIds, kind, reason, note));
    show();
    Notices.info("schoolDay.markDone", done.days(), done.lessons());
  }

  /** Takes a marked day back (its lessons held or given in class again). */
  public void remove(SchoolDayView day) {
    service.remove(day.id(), day.version());
    show();
    Notices.info("schoolDay.removed", day.day());
  }

  public SchoolDayKind[] getKinds() {
    return SchoolDayKind.values();
  }

  public NotHeldReason[] getReasons() {
    return NotHeldReason.values();
  }

  public List<SchoolDayService.ClassOption> getClasses() {
    return classes;
  }

  public List<SchoolDayView> getMarked() {
    return marked;
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

  public List<Long> getClassIds() {
    return classIds;
  }

  public void setClassIds(List<Long> classIds) {
    this.classIds = classIds == null ? new ArrayList<>() : classIds;
  }

  public SchoolDayKind getKind() {
    return kind;
  }

  public void setKind(SchoolDayKind kind) {
    this.kind = kind;
  }

  public NotHeldReason getReason() {
    return reason;
  }

  public void setReason(NotHeldReason reason) {
    this.reason = reason;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
