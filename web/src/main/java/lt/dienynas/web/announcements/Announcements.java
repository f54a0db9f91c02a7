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
  }

  public void announce() {
    announcements.announce(classId == null ? 0 : classId, kind, date, time, place, topics);
    PageMessages.info("announcements.published");
    date = null;
    time = null;
    place = null;
    topics = null;
    mine = announcements.mine();
  }

  public AnnouncementKind[] getKinds() {
    return AnnouncementKind.values();
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
