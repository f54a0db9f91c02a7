package lt.dienynas.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.batch.JobOverview;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.reporting.LandingService;
import lt.dienynas.reporting.LandingService.Fact;
import lt.dienynas.reporting.LandingService.SchoolYearRef;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.shared.SchoolSettings;
import lt.dienynas.yearend.ClassReportService;
import lt.dienynas.yearend.ClassReportStatus;
import lt.dienynas.yearend.ClassReportView;
import lt.dienynas.yearend.SignOffService;
import lt.dienynas.yearend.SignOffStatus;

/**
 * The deadlines and jobs on the deputy's and the DB admin's landing page: last month's lock (its
 * day by the school's setting, done or not, §18.7), the class reports of this school year waiting
 * for acceptance or past their deadline (§21.17) and the summaries confirmed and waiting (§21.18),
 * the batch jobs running and failed lately. Read once per request, from the features' own services.
 */
@RequestScoped
public class ManagementDeadlines {
  @Inject private SchoolClock clock;
  @Inject private SchoolSettings settings;
  @Inject private MonthLockService monthLocks;
  @Inject private LandingService landing;
  @Inject private ClassReportService classReports;
  @Inject private SignOffService signOffs;
  @Inject private JobOverview jobs;

  private List<Fact> facts;

  public List<Fact> facts() {
    if (facts == null) {
      LocalDate today = clock.today();
      facts = new ArrayList<>();
      facts.add(lockDeadline(today));
      for (SchoolYearRef year : landing.yearsOfToday()) {
        reports(year, today).ifPresent(facts::add);
      }
      JobOverview.Jobs now = jobs.now();
      facts.add(
          new Fact(
              "landing.fact.jobs",
              List.of(
                  Integer.toString(now.running()),
                  Integer.toString(JobOverview.FAILED_DAYS),
                  Integer.toString(now.failed().size()),
                  now.failed().isEmpty() ? "–" : String.join(", ", now.failed())),
              null));
    }
    return facts;
  }

  private Fact lockDeadline(LocalDate today) {
    YearMonth last = YearMonth.from(today).minusMonths(1);
    int day = Math.min(settings.intValue(SchoolSettings.MONTH_LOCK_DAY, 6), 28);
    boolean locked = monthLocks.isLocked(null, last.atDay(1));
    return new Fact(
        locked ? "landing.fact.lockDeadlineDone" : "landing.fact.lockDeadlineOpen",
        List.of(last.toString(), YearMonth.from(today).atDay(day).toString()),
        "/locking/locks.xhtml");
  }

  /** The year's class reports and summaries; none while its semesters are not set up yet. */
  private java.util.Optional<Fact> reports(SchoolYearRef year, LocalDate today) {
    List<ClassReportView> reports;
    try {
      reports = classReports.ofYear(year.id());
    } catch (lt.dienynas.shared.BusinessException noPeriods) {
      // classReport.noPeriod: a year whose periods are not set up has no report deadlines yet
      return java.util.Optional.empty();
    }
    long waiting = reports.stream().filter(r -> r.status() == ClassReportStatus.CONFIRMED).count();
    long overdue = reports.stream().filter(ClassReportView::overdue).count();
    String next =
        reports.stream()
            .filter(
                r ->
                    !r.status().handedIn() && r.deadline() != null && !r.deadline().isBefore(today))
            .map(ClassReportView::deadline)
            .min(LocalDate::compareTo)
            .map(LocalDate::toString)
            .orElse("–");
    long summaries =
        signOffs.classes(year.id()).stream()
            .filter(c -> c.status() == SignOffStatus.CONFIRMED)
            .count();
    return java.util.Optional.of(
        new Fact(
            "landing.fact.reportsDue",
            List.of(
                year.name(),
                Long.toString(waiting),
                Long.toString(overdue),
                next,
                Long.toString(summaries)),
            "/yearend/reports.xhtml"));
  }
}
