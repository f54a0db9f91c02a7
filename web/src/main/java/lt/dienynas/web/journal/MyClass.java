package lt.dienynas.web.journal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.journal.ClassLink;
import lt.dienynas.journal.JournalService;
import lt.dienynas.shared.SchoolClock;

/** The class teacher's classes (every class for management), with their journal, week and work. */
@Named
@RequestScoped
public class MyClass {
  @Inject private SchoolClock clock;

  @Inject private JournalService journal;

  private LocalDate date;
  private List<ClassLink> classes;

  public void load() {
    if (date == null) {
      date = clock.today();
    }
    classes = journal.myClasses(date);
  }

  public List<ClassLink> getClasses() {
    return classes;
  }

  public String getMonth() {
    return YearMonth.from(date).toString();
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date == null ? clock.today() : date;
  }
}
