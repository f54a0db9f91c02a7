package lt.dienynas.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lt.dienynas.demo.DemoSchoolModel.Level;
import lt.dienynas.demo.DemoSchoolModel.SchoolClass;
import lt.dienynas.demo.DemoSchoolModel.StudyGroup;
import lt.dienynas.preschool.AchievementStep;
import lt.dienynas.preschool.Competency;
import lt.dienynas.school.WorkingDayCalendar;

/**
 * The education side of the demo school's pre-school and pre-primary groups (§22.1, §22.5, §22.10):
 * each group's day rhythm, a weekly activity plan for every week of the year up to this one (and
 * next week's, from Thursday on) with the reflection of every week whose Friday has passed — all
 * but the pre-primary group's last one, which the deputy sees missing — and the children's October
 * achievement steps (and May's, once May's assessment has begun).
 */
final class DemoPreschoolEducation {
  private static final List<String> THEMES =
      List.of(
          "Labas, darželi!",
          "Mano šeima",
          "Rudens gėrybės: daržovės ir vaisiai",
          "Saugus kelias į darželį",
          "Duonelės kelias",
          "Naminiai gyvūnai",
          "Miško gyventojai",
          "Vėlinės ir atminimo žvakelės",
          "Mano kūnas ir sveikata",
          "Vanduo, oras, žemė",
          "Spalvų pasaulis",
          "Advento laukimas",
          "Kalėdų belaukiant",
          "Žiemos pasakos",
          "Paukščiai žiemą",
          "Lietuva – mano namai",
          "Užgavėnės",
          "Knygų šalis",
          "Pavasario ženklai",
          "Velykų margučiai",
          "Žemės diena",
          "Profesijos",
          "Vabzdžių pasaulis",
          "Mama ir tėtis",
          "Vasara jau čia");

  private static final List<String> ACTIVITIES =
      List.of(
          "pokalbis rate ir paveikslėlių aptarimas",
          "piešimas ir aplikacija",
          "tyrinėjimai lauke",
          "judrieji žaidimai",
          "dainos ir ratelių žaidimai",
          "konstravimas iš kaladėlių",
          "pasakos skaitymas ir vaidinimas",
          "skaičiavimo žaidimai");

  private static final List<String> REFLECTIONS =
      List.of(
          "Vaikai aktyviai dalyvavo, daugiausia patiko žaidimai lauke.",
          "Tema vaikus sudomino; kitą savaitę daugiau laiko skirsime individualiai veiklai.",
          "Pavyko bendra grupės veikla, keli vaikai dar nedrąsiai įsitraukia į pokalbius.",
          "Vaikai noriai kūrė ir pasakojo apie savo darbelius tėvams.",
          "Savaitės tikslai pasiekti; oras trukdė veiklai lauke, ją perkėlėme į salę.");

  private final Connection connection;
  private final DemoSchoolModel model;
  private final DemoSchoolWriter.Ids ids;
  private final LocalDate today;
  private final WorkingDayCalendar calendar;
  private final Random random = new Random(DemoSchool.SEED + 22);
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  DemoPreschoolEducation(Connection connection, DemoSchoolModel model, DemoSchoolWriter.Ids ids) {
    this.connection = connection;
    this.model = model;
    this.ids = ids;
    this.today = model.today();
    this.calendar = model.calendar().workingDays();
  }

  Map<String, Integer> write() throws SQLException {
    for (SchoolClass c : model.classes()) {
      if (c.level() == Level.GRADE) {
        continue;
      }
      StudyGroup group =
          model.groups().stream()
              .filter(
                  g ->
                      g.kind() == DemoSchoolModel.GroupKind.PRESCHOOL
                          && c.name().equals(g.className()))
              .findFirst()
              .orElseThrow();
      long groupId = ids.groupIds().get(group.name());
      int teacherKey =
          model.assignments().stream()
              .filter(
                  a ->
                      a.groupName().equals(group.name())
                          && (a.subjectCode().equals(DemoCurriculum.PRE_SCHOOL)
                              || a.subjectCode().equals(DemoCurriculum.PRE_PRIMARY)))
              .findFirst()
              .orElseThrow()
              .teacherKey();
      long teacher = ids.person(teacherKey);
      dayRhythm(groupId, teacher, c.level());
      weekPlans(groupId, teacher, c.level() == Level.PREPRIMARY);
      achievementSteps(group, groupId, teacher, c.level());
    }
    return counts;
  }

  private void dayRhythm(long groupId, long teacher, Level level) throws SQLException {
    long rhythmId;
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO preschool_day_rhythm (group_id, updated_by, updated_at, version)"
                + " VALUES (?, ?, ?, 1)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, groupId);
      ps.setLong(2, teacher);
      ps.setTimestamp(3, Timestamp.valueOf(model.calendar().start().atTime(15, 0)));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        rhythmId = keys.getLong(1);
      }
    }
    List<Object[]> lines =
        List.of(
            line("07:00", "08:30", "Vaikų sutikimas, laisva žaidybinė veikla"),
            line("08:30", "09:00", "Pusryčiai"),
            line("09:00", "10:30", "Ugdomoji veikla grupėje"),
            line("10:30", "11:45", "Pasivaikščiojimas, žaidimai lauke"),
            line("12:00", "12:30", "Pietūs"),
            level == Level.PREPRIMARY
                ? line("12:30", "13:30", "Ramioji veikla, knygelių skaitymas")
                : line("12:30", "15:00", "Poilsis (pogulis)"),
            level == Level.PREPRIMARY
                ? line("13:30", "15:00", "Projektinė ir meninė veikla")
                : line("15:00", "15:30", "Pavakariai"),
            level == Level.PREPRIMARY
                ? line("15:00", "15:30", "Pavakariai")
                : line("15:30", "17:30", "Individuali veikla, žaidimai, vaikai grįžta namo"),
            level == Level.PREPRIMARY
                ? line("15:30", "17:30", "Individuali veikla, žaidimai, vaikai grįžta namo")
                : line("17:30", "18:00", "Budinti grupė"));
    try (var items =
        new MultiInsert(
            connection,
            "preschool_day_rhythm_item",
            "rhythm_id",
            "item_no",
            "starts_at",
            "ends_at",
            "activity")) {
      for (int i = 0; i < lines.size(); i++) {
        Object[] l = lines.get(i);
        items.add(rhythmId, i, l[0], l[1], l[2]);
        counts.merge("preschoolRhythmLines", 1, Integer::sum);
      }
    }
  }

  private static Object[] line(String from, String to, String activity) {
    return new Object[] {
      Time.valueOf(LocalTime.parse(from)), Time.valueOf(LocalTime.parse(to)), activity
    };
  }

  /** Every week's plan up to this one (next week's from Thursday), the past weeks' reflections. */
  private void weekPlans(long groupId, long teacher, boolean leaveLastReflection)
      throws SQLException {
    LocalDate start = model.calendar().start();
    LocalDate thisWeek = today.with(DayOfWeek.MONDAY);
    LocalDate lastPlanned =
        today.getDayOfWeek().getValue() >= DayOfWeek.THURSDAY.getValue()
            ? thisWeek.plusWeeks(1)
            : thisWeek;
    LocalDate lastReflected = null;
    for (LocalDate week = start.with(DayOfWeek.MONDAY);
        !week.isAfter(thisWeek);
        week = week.plusWeeks(1)) {
      if (today.isAfter(lastWorkingDay(week)) && hasWorkingDay(week, start)) {
        lastReflected = week;
      }
    }
    try (var plans =
        new MultiInsert(
            connection,
            "preschool_week_plan",
            "group_id",
            "week_start",
            "plan_text",
            "planned_by",
            "planned_at",
            "reflection",
            "reflected_by",
            "reflected_at",
            "version")) {
      int n = 0;
      for (LocalDate week = start.with(DayOfWeek.MONDAY);
          !week.isAfter(lastPlanned) && !week.isAfter(model.calendar().end());
          week = week.plusWeeks(1)) {
        if (!hasWorkingDay(week, start)) {
          continue;
        }
        String theme = THEMES.get(n % THEMES.size());
        String plan =
            "Tema: „"
                + theme
                + "“.\nTikslai: plėsti vaikų žinias apie temą, skatinti bendrauti ir kurti.\n"
                + "Veiklos: "
                + ACTIVITIES.get(n % ACTIVITIES.size())
                + "; "
                + ACTIVITIES.get((n + 3) % ACTIVITIES.size())
                + "; "
                + ACTIVITIES.get((n + 5) % ACTIVITIES.size())
                + ".";
        LocalDate planned = week.minusDays(3).isBefore(today) ? week.minusDays(3) : today;
        LocalDate due = lastWorkingDay(week);
        boolean reflected =
            today.isAfter(due) && !(leaveLastReflection && week.equals(lastReflected));
        plans.add(
            groupId,
            java.sql.Date.valueOf(week),
            plan,
            teacher,
            Timestamp.valueOf(planned.atTime(14, 10)),
            reflected ? REFLECTIONS.get(random.nextInt(REFLECTIONS.size())) : null,
            reflected ? teacher : null,
            reflected ? Timestamp.valueOf(due.atTime(16, 20)) : null,
            reflected ? 2 : 1);
        counts.merge("preschoolWeekPlans", 1, Integer::sum);
        if (reflected) {
          counts.merge("preschoolReflections", 1, Integer::sum);
        }
        n++;
      }
    }
  }

  private boolean hasWorkingDay(LocalDate week, LocalDate yearStart) {
    for (LocalDate day = week; !day.isAfter(week.plusDays(4)); day = day.plusDays(1)) {
      if (!day.isBefore(yearStart) && calendar.isWorkingDay(day)) {
        return true;
      }
    }
    return false;
  }

  private LocalDate lastWorkingDay(LocalDate week) {
    for (LocalDate day = week.plusDays(4); !day.isBefore(week); day = day.minusDays(1)) {
      if (calendar.isWorkingDay(day)) {
        return day;
      }
    }
    return week.plusDays(4);
  }

  /**
   * October's steps of every child of the group (pre-school around step 3, pre-primary around 5), a
   * comment on two competencies; May's a step further in some competencies once May has begun.
   */
  private void achievementSteps(StudyGroup group, long groupId, long teacher, Level level)
      throws SQLException {
    YearMonth october = YearMonth.of(model.calendar().start().getYear(), 10);
    YearMonth may = YearMonth.of(model.calendar().start().getYear() + 1, 5);
    if (today.isBefore(october.atDay(1).plusDays(14))) {
      return;
    }
    LocalDate octoberDay = workingDayOnOrBefore(october.atDay(20));
    boolean withMay = !today.isBefore(may.atDay(20));
    LocalDate mayDay = workingDayOnOrBefore(may.atDay(18));
    int base = level == Level.PREPRIMARY ? 5 : 3;
    try (var steps =
        new MultiInsert(
            connection,
            "preschool_achievement_step",
            "school_year_id",
            "group_id",
            "student_id",
            "assessment_round",
            "competency",
            "step",
            "comment_text",
            "assessed_on",
            "assessed_by",
            "version")) {
      for (int member : group.members()) {
        long student = ids.person(member);
        for (Competency c : Competency.values()) {
          int step =
              Math.max(
                  AchievementStep.FIRST_STEP,
                  Math.min(AchievementStep.LAST_STEP - 1, base - 1 + random.nextInt(3)));
          String comment =
              c == Competency.COMMUNICATION
                  ? "Noriai pasakoja apie savo patirtį, klausosi kitų."
                  : c == Competency.SOCIAL_EMOTIONAL_HEALTH
                      ? "Žaidžia kartu su draugais, mokosi laukti savo eilės."
                      : null;
          steps.add(
              ids.yearId(),
              groupId,
              student,
              "OCTOBER",
              c.name(),
              step,
              comment,
              java.sql.Date.valueOf(octoberDay),
              teacher,
              1);
          counts.merge("preschoolAchievementSteps", 1, Integer::sum);
          if (withMay) {
            steps.add(
                ids.yearId(),
                groupId,
                student,
                "MAY",
                c.name(),
                step + random.nextInt(2),
                null,
                java.sql.Date.valueOf(mayDay),
                teacher,
                1);
            counts.merge("preschoolAchievementSteps", 1, Integer::sum);
          }
        }
      }
    }
  }

  private LocalDate workingDayOnOrBefore(LocalDate day) {
    LocalDate d = day;
    while (!calendar.isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d.isBefore(today) ? d : today.minusDays(1);
  }
}
