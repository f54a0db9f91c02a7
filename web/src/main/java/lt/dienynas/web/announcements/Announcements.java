package lt.dienynas.web.announcements;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import lt.dienynas.messaging.AnnouncementKind;
import lt.dienynas.messaging.AnnouncementService;
import lt.dienynas.messaging.AnnouncementView;
import lt.dienynas.messaging.ClassChoice;
import lt.dienynas.web.faces.PageMessages;

/**
 * Skelbimai: a parent meeting, open day or class event (date, time, place, topics), or a timetable
 * change or learning day, for one of the person's classes; the service checks the lead time and
 * tells the class's families.
 */
@Named
@ViewScoped
public class Announcements implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private AnnouncementService announcements;

  private List<ClassChoice> classes;
  private List<AnnouncementView> mine;
  private Long classId;
  private AnnouncementKind kind = AnnouncementKind.PARENT_MEETING;
  private LocalDate date;
  private LocalTime time;
  private String place;
  private String topics;

  public void load() {
    classes = announcements.classes();
    mine = announcements.mine();
    if (classId == null && !classes.isEmpty()) {
      // the class she may announce everything to (her own), not merely the first she teaches
      classId =
          classes.stream().filter(ClassChoice::events).findFirst().orElse(classes.get(0)).id();
    }
    classChanged();
  }

  /** Only the kinds allowed for the chosen class are offered; the chosen kind stays if it is. */
  public void classChanged() {
    AnnouncementKind[] allowed = getKinds();
    if (allowed.length > 0 && !java.util.Arrays.asList(allowed).contains(kind)) {
      kind = allowed[0];
    }
  }

  public void announce() {
    try {
      announcements.announce(classId == null ? 0 : classId, kind, date, time, place, topics);
    } catch (RuntimeException e) {
      if (!refusal(e)) {
        throw e;
      }
      // refused: what was typed stays on the page, with the reason
      jakarta.faces.context.FacesContext faces =
          jakarta.faces.context.FacesContext.getCurrentInstance();
      faces.addMessage(
          null,
          new jakarta.faces.application.FacesMessage(
              jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
              java.util.ResourceBundle.getBundle(
                      "lt.dienynas.web.i18n.text", faces.getViewRoot().getLocale())
                  .getString("announcements.refused"),
              null));
      faces.validationFailed();
      return;
    }
    PageMessages.info("announcements.published");
    date = null;
    time = null;
    place = null;
    topics = null;
    mine = announcements.mine();
  }

  /** The kinds the person may announce to the chosen class. */
  public AnnouncementKind[] getKinds() {
    boolean events =
        classes == null
            || classes.stream().anyMatch(c -> c.events() && Long.valueOf(c.id()).equals(classId));
    return java.util.Arrays.stream(AnnouncementKind.values())
        .filter(k -> events || !k.isClassTeacherEvent())
        .toArray(AnnouncementKind[]::new);
  }

  private static boolean refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof lt.dienynas.security.AccessDeniedException) {
        return true;
      }
    }
    return false;
  }

  public List<ClassChoice> getClasses() {
    return classes;
  }

  public List<AnnouncementView> getMine() {
    return mine;
  }

  public Long getClassId() {
    return classId;
  }

  public void setClassId(Long classId) {
    this.classId = classId;
  }

  public AnnouncementKind getKind() {
    return kind;
  }

  public void setKind(AnnouncementKind kind) {
    this.kind = kind;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalTime getTime() {
    return time;
  }

  public void setTime(LocalTime time) {
    this.time = time;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getTopics() {
    return topics;
  }

  public void setTopics(String topics) {
    this.topics = topics;
  }
}
