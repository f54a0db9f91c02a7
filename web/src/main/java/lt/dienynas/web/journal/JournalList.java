package lt.dienynas.web.journal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.journal.JournalLink;
import lt.dienynas.journal.JournalService;
import lt.dienynas.shared.SchoolClock;

/** The journals a person may open: the groups and subjects they teach, their class, the school. */
@Named
@RequestScoped
public class JournalList {
  @Inject private SchoolClock clock;

  @Inject private JournalService journal;

  private LocalDate date;
  private List<JournalLink> links;

  @PostConstruct
  void init() {
    date = clock.today();
  }

  /** The view action: the journals of the school year of the date asked for (today without). */
  public void load() {
    links = journal.myJournals(date);
  }

  public List<JournalLink> getLinks() {
    return links;
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
