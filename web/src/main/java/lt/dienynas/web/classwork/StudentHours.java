package lt.dienynas.web.classwork;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.classwork.SocialCivicService;
import lt.dienynas.classwork.SocialCivicStudentView;
import lt.dienynas.diary.DiaryChild;
import lt.dienynas.diary.DiaryService;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;

/**
 * A student's social-civic hours of the year against the norm (§21.12, §7.1): the student's own, or
 * a guardian's child's (switching between their children, {@code ?student=}).
 */
@Named
@ViewScoped
public class StudentHours implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private SocialCivicService hours;
  @EJB private DiaryService diary;
  @Inject private SchoolClock clock;

  private Long student;
  private List<DiaryChild> children = List.of();
  private SocialCivicStudentView view;

  public void load() {
    var context = FacesContext.getCurrentInstance().getExternalContext();
    if (context.isUserInRole(Role.Names.GUARDIAN)) {
      children = diary.children(clock.today());
      if (student == null && !children.isEmpty()) {
        student = children.get(0).studentId();
      }
    } else if (student == null && context.isUserInRole(Role.Names.STUDENT)) {
      student = diary.me(clock.today()).studentId();
    }
    view = student == null ? null : hours.ofStudent(student);
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
  }

  public List<DiaryChild> getChildren() {
    return children;
  }

  public SocialCivicStudentView getView() {
    return view;
  }
}
