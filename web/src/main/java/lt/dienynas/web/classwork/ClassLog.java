package lt.dienynas.web.classwork;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.classwork.ClassLogEntryView;
import lt.dienynas.classwork.ClassLogInput;
import lt.dienynas.classwork.ClassLogKind;
import lt.dienynas.classwork.ClassLogService;
import lt.dienynas.classwork.LedClass;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.PageMessages;

/**
 * Klasės vadovo veikla (§21.6, §21.9): the class teacher writes the week's work with the class and
 * changes or deletes their own entries of an open month; management reads a class's log ({@code
 * ?class=}).
 */
@Named
@ViewScoped
public class ClassLog implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private ClassLogService log;

  @Inject private SchoolClock clock;

  private Long classId;
  private List<LedClass> classes = List.of();
  private List<ClassLogEntryView> entries = List.of();
  private Long editing;
  private Integer editingVersion;
  private LocalDate date;
  private ClassLogKind kind = ClassLogKind.CLASS_HOUR;
  private String topic;
  private String participants;

  public void load() {
    if (date == null) {
      // what happened today, as a rule
      date = clock.today();
    }
    if (FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(Role.Names.CLASS_TEACHER)) {
      classes = log.myClasses();
      if (classId == null && !classes.isEmpty()) {
        classId = classes.get(0).id();
      }
    }
    entries = classId == null ? List.of() : log.ofClass(classId);
  }

  /** Whether the caller writes this class's log (the page only shows the way). */
  public boolean isWriter() {
    return classId != null && classes.stream().anyMatch(c -> c.id() == classId);
  }

  public void save() {
    ClassLogInput input = new ClassLogInput(date, kind, topic, participants);
    if (editing == null) {
      log.add(classId, input);
      PageMessages.info("classwork.ui.log.added");
    } else {
      log.change(editing, input, editingVersion);
      PageMessages.info("classwork.ui.log.changed");
    }
    clear();
    entries = log.ofClass(classId);
  }

  public void edit(ClassLogEntryView entry) {
    editing = entry.id();
    editingVersion = entry.version();
    date = entry.date();
    kind = entry.kind();
    topic = entry.topic();
    participants = entry.participants();
  }

  public void cancel() {
    clear();
  }

  public void remove(ClassLogEntryView entry) {
    log.remove(entry.id(), entry.version());
    PageMessages.info("classwork.ui.log.removed");
    entries = log.ofClass(classId);
  }

  private void clear() {
    editing = null;
    editingVersion = null;
    date = clock.today();
    kind = ClassLogKind.CLASS_HOUR;
    topic = null;
    participants = null;
  }

  public ClassLogKind[] getKinds() {
    return ClassLogKind.values();
  }

  public Long getClassId() {
    return classId;
  }

  public void setClassId(Long classId) {
    this.classId = classId;
  }

  public List<LedClass> getClasses() {
    return classes;
  }

  public List<ClassLogEntryView> getEntries() {
    return entries;
  }

  public Long getEditing() {
    return editing;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public ClassLogKind getKind() {
    return kind;
  }

  public void setKind(ClassLogKind kind) {
    this.kind = kind;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getParticipants() {
    return participants;
  }

  public void setParticipants(String participants) {
    this.participants = participants;
  }
}
