package lt.dienynas.web.messaging;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import lt.dienynas.messaging.NoticePreference;
import lt.dienynas.messaging.NoticePreferenceService;
import lt.dienynas.web.faces.PageMessages;

/** Pranešimų nustatymai: what the signed-in person wants to be told of, and whether by e-mail. */
@Named
@ViewScoped
public class NoticeSettings implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private NoticePreferenceService preferences;

  private boolean marks;
  private boolean absences;
  private boolean homework;
  private boolean byEmail;
  private int version;

  public void load() {
    show(preferences.mine());
  }

  public void save() {
    show(
        preferences.saveMine(
            new NoticePreference.Choices(marks, absences, homework, byEmail, version)));
    PageMessages.info("noticeSettings.saved");
  }

  private void show(NoticePreference.Choices choices) {
    marks = choices.marks();
    absences = choices.absences();
    homework = choices.homework();
    byEmail = choices.byEmail();
    version = choices.version();
  }

  public boolean isMarks() {
    return marks;
  }

  public void setMarks(boolean marks) {
    this.marks = marks;
  }

  public boolean isAbsences() {
    return absences;
  }

  public void setAbsences(boolean absences) {
    this.absences = absences;
  }

  public boolean isHomework() {
    return homework;
  }

  public void setHomework(boolean homework) {
    this.homework = homework;
  }

  public boolean isByEmail() {
    return byEmail;
  }

  public void setByEmail(boolean byEmail) {
    this.byEmail = byEmail;
  }
}
