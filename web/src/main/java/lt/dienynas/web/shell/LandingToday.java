package lt.dienynas.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.dienynas.diary.ChildWeek;
import lt.dienynas.diary.DiaryChild;
import lt.dienynas.diary.DiaryLesson;
import lt.dienynas.diary.DiaryService;
import lt.dienynas.diary.DiaryWeek;
import lt.dienynas.messaging.MessageService;
import lt.dienynas.reporting.LandingService;
import lt.dienynas.reporting.LandingService.Fact;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.timetable.TimetableEntry;
import lt.dienynas.timetable.TimetableService;

/**
 * The landing page's "today" of a role: a teacher's lessons of the day with their journals, a
 * guardian's children's and a student's own week so far (marks, absences), every other role's
 * current work ({@link LandingService}), everyone's unread messages. Each list is read once per
 * request, only for a role the user holds.
 */
@Named
@RequestScoped
public class LandingToday {

  @Inject private SchoolClock clock;
  @Inject private TimetableService timetable;
  @Inject private DiaryService diary;
  @Inject private MessageService messages;
  @Inject private CurrentUser user;
  @Inject private LandingService landing;
  @Inject private AccessPolicy policy;
  @Inject private ManagementDeadlines deadlines;

  private final Map<Role, List<Fact>> facts = new EnumMap<>(Role.class);

  private List<TimetableEntry> lessons;
  private List<WeekSummary> children;
  private Long unread;

  /** A student's week so far as the landing page sums it up. */
  public record WeekSummary(DiaryChild student, List<String> marks, int absences, int late) {
    public String marksText() {
      return marks.isEmpty() ? "–" : String.join(", ", marks);
    }
  }

  /** The roles whose section lists the day's lessons. */
  public boolean teaches(Role role) {
    return role == Role.TEACHER
        || role == Role.PRESCHOOL_TEACHER
        || role == Role.NON_FORMAL_TEACHER
        || role == Role.VDM_EDUCATOR;
  }

  /** The user's lessons of today by the timetable, in order. */
  public List<TimetableEntry> getLessons() {
    if (lessons == null) {
      LocalDate today = clock.today();
      int weekday = today.getDayOfWeek().getValue();
      lessons =
          timetable.mine(today).stream()
              .filter(e -> e.weekday() == weekday)
              .sorted(Comparator.comparingInt(TimetableEntry::lessonNumber))
              .toList();
    }
    return lessons;
  }

  /** This month, for the links to the journal grid. */
  public String getMonth() {
    return YearMonth.from(clock.today()).toString();
  }

  public LocalDate getToday() {
    return clock.today();
  }

  /** The guardian's children's week so far (one set of queries for all of them). */
  public List<WeekSummary> getChildren() {
    if (children == null) {
      children = new ArrayList<>();
      for (ChildWeek week : diary.childrenWeeks(clock.today())) {
        children.add(
            new WeekSummary(
                week.child(),
                week.marks().stream()
                    .map(m -> m.mark().notation() + " (" + m.subjectName() + ")")
                    .toList(),
                week.absent(),
                week.late()));
      }
    }
    return children;
  }

  private Optional<WeekSummary> mine;

  /**
   * The student's own week so far; none for a student who may not read their own diary (below grade
   * 5, or in no class today), whose landing page then shows no week.
   */
  public WeekSummary getMine() {
    if (mine == null) {
      LocalDate today = clock.today();
      mine =
          policy.mayReadOwnDiary()
              ? Optional.of(summary(diary.week(diary.me(today).studentId(), today)))
              : Optional.empty();
    }
    return mine.orElse(null);
  }

  private static WeekSummary summary(DiaryWeek week) {
    List<String> marks = new ArrayList<>();
    int absences = 0;
    int late = 0;
    for (var day : week.days()) {
      for (DiaryLesson lesson : day.lessons()) {
        if (lesson.mark() != null) {
          marks.add(lesson.mark().notation() + " (" + lesson.subjectName() + ")");
        }
        if (lesson.attendance() != null) {
          if (lesson.attendance().name().equals("LATE")) {
            late++;
          } else {
            absences++;
          }
        }
      }
    }
    return new WeekSummary(week.student(), marks, absences, late);
  }

  /**
   * The user's current work in the role (none for a role they do not hold); the deputy's and the DB
   * admin's also with their deadlines (last month's lock, class reports, summaries) and jobs.
   */
  public List<Fact> facts(Role role) {
    return facts.computeIfAbsent(
        role,
        r -> {
          List<Fact> all = new ArrayList<>(landing.facts(r));
          if ((r == Role.DEPUTY || r == Role.DB_ADMIN) && user.getRoles().contains(r)) {
            all.addAll(deadlines.facts());
          }
          return all;
        });
  }

  /** Whether the user has a mailbox (every role but the IT specialist). */
  public boolean isMailbox() {
    return user.getRoles().stream().anyMatch(r -> r != Role.IT_SPECIALIST);
  }

  /** The messages and notices the user has not opened. */
  public long getUnread() {
    if (unread == null) {
      unread = messages.unreadCount();
    }
    return unread;
  }
}
