package lt.dienynas.web.yearend;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.batch.yearend.JobRun;
import lt.dienynas.batch.yearend.YearEndJobs;
import lt.dienynas.web.faces.PageMessages;
import lt.dienynas.yearend.SignOffService;
import lt.dienynas.yearend.YearOption;

/**
 * Metų pabaigos užduotys: the admin starts the summary and archive jobs for a school year, stops
 * and restarts them, and follows their executions with their step counts.
 */
@Named
@ViewScoped
public class YearEndJobControl implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private static final int SHOWN = 30;

  @EJB private YearEndJobs jobs;
  @EJB private SignOffService signOffs;

  private Long year;
  private List<YearOption> years;
  private List<JobRun> runs;

  public void load() {
    years = signOffs.years();
    if (year == null && !years.isEmpty()) {
      year = years.get(0).id();
    }
    refresh();
  }

  public void refresh() {
    runs = jobs.executions(SHOWN);
  }

  public void startSummaries() {
    jobs.startSummaries(year);
    PageMessages.info("yearend.jobStarted");
    refresh();
  }

  public void startArchive() {
    jobs.startArchive(year);
    PageMessages.info("yearend.jobStarted");
    refresh();
  }

  public void stop(long executionId) {
    jobs.stop(executionId);
    PageMessages.info("yearend.jobStopping");
    refresh();
  }

  public void restart(long executionId) {
    jobs.restart(executionId);
    PageMessages.info("yearend.jobRestarted");
    refresh();
  }

  public String yearName(String id) {
    if (id == null || years == null) {
      return "";
    }
    return years.stream()
        .filter(y -> Long.toString(y.id()).equals(id))
        .map(YearOption::name)
        .findFirst()
        .orElse(id);
  }

  public Long getYear() {
    return year;
  }

  public void setYear(Long year) {
    this.year = year;
  }

  public List<YearOption> getYears() {
    return years;
  }

  /** Whether any execution shown still runs: the page then polls for its progress. */
  public boolean isAnyRunning() {
    return runs != null && runs.stream().anyMatch(JobRun::running);
  }

  public List<JobRun> getRuns() {
    return runs;
  }
}
