package lt.dienynas.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.security.Role;

/**
 * Which menu entries each role of requirements §1 may use. Data only: a feature that gets built
 * changes its entry's outcome here. The menu only shows the way; every service still checks the
 * person and the relationship itself.
 */
@ApplicationScoped
public class MenuCatalog {

  /** The landing page; entries of features not built yet lead to a section of it. */
  public static final String LANDING = "/index.xhtml";

  static final MenuEntry OVERVIEW = entry("overview", "pi pi-eye");
  static final MenuEntry JOURNAL_READ_ONLY =
      entry("journal-read-only", "pi pi-book", "/journal/index.xhtml");
  static final MenuEntry MY_TIMETABLE =
      entry("my-timetable", "pi pi-calendar", "/timetable/mine.xhtml");
  static final MenuEntry JOURNAL = entry("journal", "pi pi-pencil", "/journal/index.xhtml");
  static final MenuEntry MY_FILLING =
      entry("my-filling", "pi pi-exclamation-circle", "/oversight/gaps.xhtml");
  static final MenuEntry PLANNED_TESTS =
      entry("planned-tests", "pi pi-calendar-plus", "/assessment/tests.xhtml");
  static final MenuEntry PRESCHOOL_ATTENDANCE =
      entry("preschool-attendance", "pi pi-check-circle", "/preschool/attendance.xhtml");
  static final MenuEntry PRESCHOOL_SHEETS =
      entry("preschool-sheets", "pi pi-table", "/preschool/sheets.xhtml");
  static final MenuEntry PRESCHOOL_LATE =
      entry("preschool-late", "pi pi-clock", "/preschool/late.xhtml");
  static final MenuEntry MY_CLASS = entry("my-class", "pi pi-users", "/journal/my-class.xhtml");
  static final MenuEntry JUSTIFICATIONS =
      entry("justifications", "pi pi-check-square", "/journal/justifications.xhtml");
  static final MenuEntry CLASS_LOG = entry("class-log", "pi pi-book", "/classwork/log.xhtml");
  static final MenuEntry SOCIAL_CIVIC =
      entry("social-civic", "pi pi-users", "/classwork/social-civic.xhtml");
  static final MenuEntry SOCIAL_CIVIC_HOURS =
      entry("social-civic-hours", "pi pi-heart", "/classwork/hours.xhtml");
  static final MenuEntry CLASS_EVENTS =
      entry("class-events", "pi pi-calendar", "/classwork/events.xhtml");
  static final MenuEntry CLASS_LOG_BEHIND =
      entry("class-log-behind", "pi pi-exclamation-circle", "/classwork/behind.xhtml");
  static final MenuEntry INSTRUCTIONS =
      entry("instructions", "pi pi-shield", "/classdocs/instructions.xhtml");
  static final MenuEntry STUDENT_DOCUMENTS =
      entry("student-documents", "pi pi-paperclip", "/classdocs/documents.xhtml");
  static final MenuEntry MONTH_REPORTS =
      entry("month-reports", "pi pi-print", "/classdocs/month-reports.xhtml");
  static final MenuEntry SUPPORTED_STUDENTS =
      entry("supported-students", "pi pi-heart", "/support/my-students.xhtml");
  static final MenuEntry SCHOOL_ATTENDANCE =
      entry("school-attendance", "pi pi-chart-bar", "/support/school-attendance.xhtml");
  static final MenuEntry HEALTH_DATA =
      entry("health-data", "pi pi-plus-circle", "/health/students.xhtml");
  static final MenuEntry HEALTH_NOTICES =
      entry("health-notices", "pi pi-megaphone", "/health/sent.xhtml");
  static final MenuEntry MY_HEALTH_NOTICES =
      entry("my-health-notices", "pi pi-megaphone", "/health/notices.xhtml");
  static final MenuEntry CHILD_DIARY = entry("child-diary", "pi pi-book", "/diary/child.xhtml");
  static final MenuEntry PRESCHOOL_CHILD =
      entry("preschool-child", "pi pi-sun", "/preschool/child.xhtml");
  static final MenuEntry PRESCHOOL_RHYTHM =
      entry("preschool-rhythm", "pi pi-clock", "/preschool/day-rhythm.xhtml");
  static final MenuEntry PRESCHOOL_PLANS =
      entry("preschool-plans", "pi pi-list-check", "/preschool/week-plans.xhtml");
  static final MenuEntry PRESCHOOL_ACHIEVEMENTS =
      entry("preschool-achievements", "pi pi-star", "/preschool/achievements.xhtml");
  static final MenuEntry PRESCHOOL_GROUP_REPORT =
      entry("preschool-group-report", "pi pi-chart-bar", "/preschool/group-report.xhtml");
  static final MenuEntry MY_DIARY = entry("my-diary", "pi pi-book", "/diary/mine.xhtml");
  static final MenuEntry OVERSIGHT =
      entry("oversight", "pi pi-search", "/oversight/dashboard.xhtml");
  static final MenuEntry CORRECTION_ACTS =
      entry("correction-acts", "pi pi-file-edit", "/correction/list.xhtml");
  static final MenuEntry YEAR_END = entry("year-end", "pi pi-flag", "/yearend/index.xhtml");
  static final MenuEntry CLASS_REPORTS =
      entry("class-reports", "pi pi-file-check", "/yearend/reports.xhtml");
  static final MenuEntry YEAR_END_JOBS = entry("year-end-jobs", "pi pi-cog", "/yearend/jobs.xhtml");
  static final MenuEntry SUBSTITUTIONS =
      entry("substitutions", "pi pi-user-edit", "/timetable/substitutions.xhtml");
  static final MenuEntry SCHOOL_DAYS =
      entry("school-days", "pi pi-calendar-times", "/journal/school-days.xhtml");
  static final MenuEntry REPORTS = entry("reports", "pi pi-chart-bar", "/reports/management.xhtml");
  static final MenuEntry YEAR_SETUP = entry("year-setup", "pi pi-cog", "/schoolyear/setup.xhtml");
  static final MenuEntry CLASSES = entry("classes", "pi pi-sitemap", "/schoolyear/classes.xhtml");
  static final MenuEntry GROUPS = entry("groups", "pi pi-list", "/groups/index.xhtml");
  static final MenuEntry USERS = entry("users", "pi pi-id-card", "/accounts/users.xhtml");
  static final MenuEntry PLEDGES = entry("pledges", "pi pi-verified", "/accounts/pledges.xhtml");
  static final MenuEntry SUPPORT_ASSIGNMENTS =
      entry("support-assignments", "pi pi-user-plus", "/support/assignments.xhtml");
  static final MenuEntry REFUSALS = entry("refusals", "pi pi-ban", "/security/refusals.xhtml");
  static final MenuEntry LOGIN_ANALYTICS =
      entry("login-analytics", "pi pi-chart-line", "/reports/logins.xhtml");
  static final MenuEntry LOCKS = entry("locks", "pi pi-lock", "/locking/locks.xhtml");
  static final MenuEntry PERIOD_GRADE_ENTRY =
      entry("period-grade-entry", "pi pi-unlock", "/assessment/entry.xhtml");
  static final MenuEntry IMPORTS = entry("imports", "pi pi-upload", "/registry/imports.xhtml");
  static final MenuEntry ORDERS = entry("orders", "pi pi-file", "/movement/orders.xhtml");
  static final MenuEntry MOVEMENTS =
      entry("movements", "pi pi-arrow-right-arrow-left", "/movement/students.xhtml");
  static final MenuEntry ARCHIVE = entry("archive", "pi pi-box", "/yearend/archive.xhtml");
  static final MenuEntry SYSTEM_HEALTH = entry("system-health", "pi pi-server");
  static final MenuEntry ANNOUNCEMENTS =
      entry("announcements", "pi pi-megaphone", "/announcements/announcements.xhtml");
  static final MenuEntry SURVEYS = entry("surveys", "pi pi-chart-pie", "/survey/surveys.xhtml");
  static final MenuEntry MESSAGES = entry("messages", "pi pi-envelope", "/messaging/inbox.xhtml");
  static final MenuEntry NOTICE_SETTINGS =
      entry("notice-settings", "pi pi-bell", "/account/notices.xhtml");

  /** Every entry in menu order: the daily work first, administration after, messages last. */
  private static final List<MenuEntry> ENTRIES =
      List.of(
          OVERVIEW,
          JOURNAL_READ_ONLY,
          MY_TIMETABLE,
          JOURNAL,
          MY_FILLING,
          PLANNED_TESTS,
          PRESCHOOL_ATTENDANCE,
          PRESCHOOL_SHEETS,
          PRESCHOOL_LATE,
          MY_CLASS,
          JUSTIFICATIONS,
          CLASS_LOG,
          SOCIAL_CIVIC,
          SUPPORTED_STUDENTS,
          SCHOOL_ATTENDANCE,
          HEALTH_DATA,
          HEALTH_NOTICES,
          MY_HEALTH_NOTICES,
          PRESCHOOL_RHYTHM,
          PRESCHOOL_PLANS,
          PRESCHOOL_ACHIEVEMENTS,
          PRESCHOOL_GROUP_REPORT,
          CHILD_DIARY,
          PRESCHOOL_CHILD,
          MY_DIARY,
          SOCIAL_CIVIC_HOURS,
          CLASS_EVENTS,
          INSTRUCTIONS,
          STUDENT_DOCUMENTS,
          MONTH_REPORTS,
          OVERSIGHT,
          CLASS_LOG_BEHIND,
          CORRECTION_ACTS,
          YEAR_END,
          CLASS_REPORTS,
          YEAR_END_JOBS,
          SUBSTITUTIONS,
          SCHOOL_DAYS,
          REPORTS,
          LOGIN_ANALYTICS,
          YEAR_SETUP,
          CLASSES,
          GROUPS,
          USERS,
          PLEDGES,
          SUPPORT_ASSIGNMENTS,
          REFUSALS,
          LOCKS,
          PERIOD_GRADE_ENTRY,
          IMPORTS,
          ORDERS,
          MOVEMENTS,
          ARCHIVE,
          SYSTEM_HEALTH,
          ANNOUNCEMENTS,
          SURVEYS,
          MESSAGES,
          NOTICE_SETTINGS);

  private static final Map<Role, Set<MenuEntry>> BY_ROLE = new EnumMap<>(Role.class);

  static {
    grant(
        Role.DIRECTOR,
        OVERVIEW,
        JOURNAL_READ_ONLY,
        PRESCHOOL_GROUP_REPORT,
        HEALTH_DATA,
        REPORTS,
        LOGIN_ANALYTICS,
        CORRECTION_ACTS,
        REFUSALS,
        CLASS_LOG_BEHIND,
        MESSAGES);
    grant(
        Role.DEPUTY,
        OVERVIEW,
        JOURNAL_READ_ONLY,
        PRESCHOOL_PLANS,
        PRESCHOOL_GROUP_REPORT,
        OVERSIGHT,
        CLASS_LOG_BEHIND,
        CORRECTION_ACTS,
        YEAR_END,
        CLASS_REPORTS,
        PRESCHOOL_SHEETS,
        PRESCHOOL_LATE,
        SUBSTITUTIONS,
        SCHOOL_DAYS,
        REPORTS,
        LOGIN_ANALYTICS,
        ANNOUNCEMENTS,
        SURVEYS,
        MESSAGES);
    grant(
        Role.DB_ADMIN,
        LOGIN_ANALYTICS,
        YEAR_SETUP,
        CLASSES,
        GROUPS,
        USERS,
        PLEDGES,
        SUPPORT_ASSIGNMENTS,
        REFUSALS,
        LOCKS,
        PERIOD_GRADE_ENTRY,
        IMPORTS,
        ORDERS,
        MOVEMENTS,
        CORRECTION_ACTS,
        YEAR_END_JOBS,
        SUBSTITUTIONS,
        SCHOOL_DAYS,
        ARCHIVE,
        ANNOUNCEMENTS,
        SURVEYS,
        MESSAGES);
    grant(Role.IT_SPECIALIST, SYSTEM_HEALTH);
    grant(
        Role.CLASS_TEACHER,
        MY_CLASS,
        JUSTIFICATIONS,
        CLASS_LOG,
        SOCIAL_CIVIC,
        CLASS_EVENTS,
        INSTRUCTIONS,
        STUDENT_DOCUMENTS,
        MONTH_REPORTS,
        MY_HEALTH_NOTICES,
        YEAR_END,
        CLASS_REPORTS,
        ANNOUNCEMENTS,
        MESSAGES);
    grant(
        Role.TEACHER,
        MY_TIMETABLE,
        JOURNAL,
        MY_FILLING,
        PLANNED_TESTS,
        INSTRUCTIONS,
        GROUPS,
        MY_HEALTH_NOTICES,
        ANNOUNCEMENTS,
        MESSAGES);
    grant(
        Role.NON_FORMAL_TEACHER,
        MY_TIMETABLE,
        JOURNAL,
        MY_FILLING,
        INSTRUCTIONS,
        MY_HEALTH_NOTICES,
        MESSAGES);
    grant(Role.NON_FORMAL_ORGANISER, OVERSIGHT, MESSAGES);
    grant(
        Role.PRESCHOOL_TEACHER,
        PRESCHOOL_ATTENDANCE,
        PRESCHOOL_SHEETS,
        JOURNAL,
        PRESCHOOL_RHYTHM,
        PRESCHOOL_PLANS,
        PRESCHOOL_ACHIEVEMENTS,
        PRESCHOOL_GROUP_REPORT,
        GROUPS,
        MY_HEALTH_NOTICES,
        ANNOUNCEMENTS,
        MESSAGES);
    grant(Role.VDM_EDUCATOR, JOURNAL, MY_HEALTH_NOTICES, MESSAGES);
    grant(Role.SOCIAL_PEDAGOGUE, SUPPORTED_STUDENTS, SCHOOL_ATTENDANCE, MESSAGES);
    grant(Role.PSYCHOLOGIST, SUPPORTED_STUDENTS, MESSAGES);
    grant(Role.SPECIAL_PEDAGOGUE, SUPPORTED_STUDENTS, MESSAGES);
    grant(Role.SPEECH_THERAPIST, SUPPORTED_STUDENTS, MESSAGES);
    grant(Role.CAREER_SPECIALIST, SUPPORTED_STUDENTS, MESSAGES);
    grant(Role.HEALTH_SPECIALIST, HEALTH_DATA, HEALTH_NOTICES, MESSAGES);
    grant(Role.LIBRARIAN, MESSAGES);
    grant(Role.ARCHIVIST, MOVEMENTS, ORDERS, ARCHIVE, MESSAGES);
    grant(
        Role.GUARDIAN,
        CHILD_DIARY,
        PRESCHOOL_CHILD,
        SOCIAL_CIVIC_HOURS,
        CLASS_EVENTS,
        STUDENT_DOCUMENTS,
        MESSAGES,
        NOTICE_SETTINGS);
    grant(Role.STUDENT, MY_DIARY, SOCIAL_CIVIC_HOURS, CLASS_EVENTS, MESSAGES, NOTICE_SETTINGS);
  }

  private static MenuEntry entry(String id, String icon) {
    return entry(id, icon, LANDING);
  }

  private static MenuEntry entry(String id, String icon, String outcome) {
    return new MenuEntry(id, "menu." + id, outcome, icon);
  }

  private static void grant(Role role, MenuEntry... entries) {
    BY_ROLE.computeIfAbsent(role, r -> new LinkedHashSet<>()).addAll(List.of(entries));
  }

  /** Every entry of the catalog, in menu order. */
  public List<MenuEntry> entries() {
    return ENTRIES;
  }

  /** The entries one role may use, in menu order. */
  public List<MenuEntry> entriesFor(Role role) {
    Set<MenuEntry> granted = BY_ROLE.getOrDefault(role, Set.of());
    return ENTRIES.stream().filter(granted::contains).toList();
  }

  /** The union of the entries of all the person's roles, each once, in menu order. */
  public List<MenuEntry> entriesFor(Set<Role> roles) {
    return ENTRIES.stream().filter(e -> grantingRole(e, roles).isPresent()).toList();
  }

  /**
   * The menu of a person: their entries, each leading to its page or, while the feature is not
   * built, to the landing section ({@code landing-<ROLE>}) of the first of their roles that grants
   * it.
   */
  public List<MenuLink> menuFor(Set<Role> roles) {
    return entriesFor(roles).stream()
        .map(
            e ->
                new MenuLink(
                    e,
                    e.leadsToLanding()
                        ? LandingSection.idOf(grantingRole(e, roles).orElseThrow())
                        : null))
        .toList();
  }

  private static Optional<Role> grantingRole(MenuEntry entry, Set<Role> roles) {
    return roles.stream()
        .sorted()
        .filter(r -> BY_ROLE.getOrDefault(r, Set.of()).contains(entry))
        .findFirst();
  }
}
