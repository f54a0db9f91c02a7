package lt.dienynas.web.preschool;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import lt.dienynas.preschool.ChildDay;
import lt.dienynas.preschool.ChildMark;
import lt.dienynas.preschool.GroupDay;
import lt.dienynas.preschool.GroupOption;
import lt.dienynas.preschool.OpenDay;
import lt.dienynas.preschool.PreschoolAttendanceService;
import lt.dienynas.preschool.PresenceStatus;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.PageMessages;

/**
 * Ryto lankomumas (§22.4): the pre-school teacher's morning page — the group's children in one
 * list, a cell each, every child present unless a key says otherwise („n“ absent, the time for
 * late), one save; the days still open beside it, and the day marked not filled for an objective
 * reason. The management reads the same page.
 */
@Named
@ViewScoped
public class MorningAttendance implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private PreschoolAttendanceService attendance;

  @Inject private SchoolClock clock;

  private Long group;
  private LocalDate date;
  private List<GroupOption> groups = List.of();
  private GroupDay day;
  private List<OpenDay> openDays = List.of();
  private final Map<Long, String> marks = new HashMap<>();
  private final Set<Long> invalid = new HashSet<>();
  private String reason;

  public void load() {
    groups = isTeacher() ? attendance.myGroups() : attendance.allGroups();
    if (group == null && !groups.isEmpty()) {
      group = groups.get(0).id();
    }
    if (date == null) {
      date = clock.today();
    }
    if (group != null) {
      reload();
    }
  }

  private void reload() {
    day = attendance.day(group, date);
    openDays = attendance.openDays(group);
    marks.clear();
    invalid.clear();
    for (ChildDay c : day.children()) {
      marks.put(c.studentId(), MarkEntry.shown(c.status(), c.arrivedAt()));
    }
  }

  /** Saves the whole day; a cell not understood is named and nothing is saved. */
  public void save() {
    invalid.clear();
    List<ChildMark> typed = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (ChildDay c : day.children()) {
      Optional<ChildMark> mark = MarkEntry.parse(c.studentId(), marks.get(c.studentId()));
      if (mark.isEmpty()) {
        invalid.add(c.studentId());
        wrong.add(c.name() + " („" + marks.get(c.studentId()) + "“)");
      } else if (mark.get().status() != PresenceStatus.PRESENT) {
        typed.add(mark.get());
      }
    }
    if (!wrong.isEmpty()) {
      error("preschool.cellErrors", String.join(", ", wrong));
      return;
    }
    attendance.saveDay(group, date, typed, version());
    reload();
    PageMessages.info("preschool.saved", date.toString(), day.children().size(), typed.size());
  }

  public void markNotFilled() {
    attendance.markNotFilled(group, date, reason, version());
    reason = null;
    reload();
    PageMessages.info("preschool.notFilledSaved", date.toString());
  }

  /** The version the page showed; none yet for a day not filled. */
  private Integer version() {
    return day.version() == null ? Integer.valueOf(-1) : day.version();
  }

  private static void error(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle =
        ResourceBundle.getBundle("lt.dienynas.web.i18n.text", faces.getViewRoot().getLocale());
    String text =
        new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(args);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public boolean isTeacher() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(Role.Names.PRESCHOOL_TEACHER);
  }

  public boolean isInvalid(long studentId) {
    return invalid.contains(studentId);
  }

  public Map<Long, String> getMarks() {
    return marks;
  }

  public Long getGroup() {
    return group;
  }

  public void setGroup(Long group) {
    this.group = group;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public List<GroupOption> getGroups() {
    return groups;
  }

  public GroupDay getDay() {
    return day;
  }

  public List<OpenDay> getOpenDays() {
    return openDays;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
