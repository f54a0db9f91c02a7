package lt.dienynas.web.health;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import lt.dienynas.health.HealthService;
import lt.dienynas.health.HealthService.NoticeView;
import lt.dienynas.health.HealthService.RecordView;
import lt.dienynas.security.Role;
import lt.dienynas.web.shell.CurrentUser;

/**
 * One student's health data: the health specialist edits the record and sends notices to the
 * student's teachers (§28.2); the director reads. The service refuses everyone else.
 */
@Named
@ViewScoped
public class HealthRecordPage implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private HealthService health;

  @Inject private CurrentUser currentUser;

  private Long student;
  private RecordView record;
  private String body;
  private String notice;
  private List<String> recipients = List.of();
  private List<NoticeView> notices;

  public void load() {
    long id = student == null ? 0 : student;
    record = health.record(id);
    body = record.body();
    notices = health.noticesAbout(id);
    if (isEditor()) {
      recipients = health.recipientsOf(id);
    }
  }

  public void save() {
    health.saveRecord(record.studentId(), body);
    record = health.record(record.studentId());
    info("health.saved", record.studentName());
  }

  public void send() {
    int count = health.sendNotice(record.studentId(), notice);
    notice = null;
    notices = health.noticesAbout(record.studentId());
    info("health.noticeSent", count);
  }

  /** The health specialist edits and sends; the director only reads (the service decides too). */
  public boolean isEditor() {
    return currentUser.getProfile().hasRole(Role.HEALTH_SPECIALIST);
  }

  private static void info(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, "text").getString(key);
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args),
            null));
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
  }

  public RecordView getRecord() {
    return record;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getNotice() {
    return notice;
  }

  public void setNotice(String notice) {
    this.notice = notice;
  }

  public List<String> getRecipients() {
    return recipients;
  }

  public List<NoticeView> getNotices() {
    return notices;
  }
}
