package lt.dienynas.web.classwork;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.classwork.ClassLogService;
import lt.dienynas.classwork.LedClass;
import lt.dienynas.classwork.SocialCivicClassView;
import lt.dienynas.classwork.SocialCivicEntryView;
import lt.dienynas.classwork.SocialCivicInput;
import lt.dienynas.classwork.SocialCivicService;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.PageMessages;

/**
 * Socialinė-pilietinė veikla (§21.12): the class teacher of a class of grades 5–8 records an
 * activity's hours for the students chosen, and sees each student's hours of the year against the
 * school's norm; management reads a class's ({@code ?class=}).
 */
@Named
@ViewScoped
public class SocialCivic implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private SocialCivicService hours;
  @EJB private ClassLogService log;

  @Inject private SchoolClock clock;

  private Long classId;
  private List<LedClass> classes = List.of();
  private SocialCivicClassView view;
  private LocalDate date;
  private String activity;
  private BigDecimal amount;
  private String confirmedBy;
  private List<Long> chosen = new ArrayList<>();

  public void load() {
    if (date == null) {
      // what happened today, as a rule
      date = clock.today();
    }
    if (FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(Role.Names.CLASS_TEACHER)) {
      classes = log.myClasses().stream().filter(LedClass::socialCivic).toList();
      if (classId == null && !classes.isEmpty()) {
        classId = classes.get(0).id();
      }
    }
    view = classId == null ? null : hours.ofClass(classId);
  }

  public boolean isWriter() {
    return classId != null && classes.stream().anyMatch(c -> c.id() == classId);
  }

  public void record() {
    view =
        hours.record(
            classId,
            new SocialCivicInput(date, activity, amount, confirmedBy, List.copyOf(chosen)));
    PageMessages.info("classwork.ui.socialCivic.recorded", chosen.size());
    activity = null;
    amount = null;
    confirmedBy = null;
    chosen = new ArrayList<>();
  }

  public void remove(SocialCivicEntryView entry) {
    hours.remove(entry.id(), entry.version());
    PageMessages.info("classwork.ui.socialCivic.removed");
    view = hours.ofClass(classId);
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

  public SocialCivicClassView getView() {
    return view;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getActivity() {
    return activity;
  }

  public void setActivity(String activity) {
    this.activity = activity;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public void setConfirmedBy(String confirmedBy) {
    this.confirmedBy = confirmedBy;
  }

  public List<Long> getChosen() {
    return chosen;
  }

  public void setChosen(List<Long> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }
}
