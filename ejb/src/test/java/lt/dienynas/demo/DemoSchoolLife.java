package lt.dienynas.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import lt.dienynas.demo.DemoSchoolModel.Level;
import lt.dienynas.demo.DemoSchoolModel.SchoolClass;
import lt.dienynas.demo.DemoSchoolModel.TimetableEntry;
import lt.dienynas.security.Role;

/**
 * What else happened in the demo school's year by today, after its journal: tests announced for the
 * weeks ahead, the class teachers' messages to the families and a family's question answered,
 * parent meetings and class events, the class teachers' weekly log and the social-civic activity of
 * grades 5–8, the health specialist's notices to teachers, the months past their lock day locked
 * (as the nightly job would), a week of music lessons five weeks ago left without their topics, the
 * deputy's check of the last month past its lock day (§19.13), two correction acts of a locked
 * month (one applied, one waiting for the deputy), the specialists' progress notes, a risk-group
 * student and the early warnings, every class's safety instructions with their sign sheets (filed,
 * and for the older classes one still waiting), a student's marks from a sanatorium uploaded by the
 * class teacher, and the pre-school groups' daily attendance and approved monthly sheets ({@link
 * DemoPreschool}). Dated relative to {@link DemoSchoolModel#today()}.
 */
final class DemoSchoolLife {

  private final Connection connection;
  private final DemoSchoolModel model;
  private final DemoSchoolWriter.Ids ids;
  private final Random random = new Random(DemoSchool.SEED + 7);
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final LocalDate today;

  /**
   * The supports written: specialist, student, and whether the specialist is the social pedagogue.
   */
  private final List<long[]> supports = new ArrayList<>();

  DemoSchoolLife(Connection connection, DemoSchoolModel model, DemoSchoolWriter.Ids ids) {
    this.connection = connection;
    this.model = model;
    this.ids = ids;
    this.today = model.today();
  }

  Map<String, Integer> write() throws SQLException {
    plannedTests();
    messages();
    announcements();
    classLog();
    socialCivicActivity();
    healthNotices();
    monthLocks();
    forgottenTopics();
    attendanceTaken();
    monthlyCheck();
    correctionActs();
    supportedStudents();
    progressNotesAndRiskGroup();
    earlyWarnings();
    instructions();
    studentDocuments();
    counts.putAll(new DemoPreschool(connection, model, ids, login(Role.DEPUTY)).write());
    return counts;
  }

  /**
   * Each specialist's students (§24–§27): three of the school's students each since the year began,
   * the speech therapist's from the youngest classes, the career specialist's from the oldest.
   */
  private void supportedStudents() throws SQLException {
    List<DemoSchoolModel.Student> students = model.students();
    try (var support =
        new MultiInsert(
            connection, "student_support", "specialist_id", "student_id", "valid_from")) {
      for (Role role :
          List.of(
              Role.SOCIAL_PEDAGOGUE,
              Role.PSYCHOLOGIST,
              Role.SPECIAL_PEDAGOGUE,
              Role.SPEECH_THERAPIST,
              Role.CAREER_SPECIALIST)) {
        int from =
            switch (role) {
              case SPEECH_THERAPIST -> 0;
              case CAREER_SPECIALIST -> Math.max(0, students.size() - 12);
              default -> random.nextInt(Math.max(1, students.size() - 12));
            };
        for (int i = 0; i < 3 && from + i * 4 < students.size(); i++) {
          long student = ids.person(students.get(from + i * 4).personKey());
          support.add(login(role), student, model.calendar().start());
          supports.add(new long[] {login(role), student, role == Role.SOCIAL_PEDAGOGUE ? 1 : 0});
          counts.merge("supportedStudents", 1, Integer::sum);
        }
      }
    }
  }

  /**
   * The specialists' progress notes on their supported students (two weeks into the year and ten
   * days ago), and the social pedagogue's first supported student in the risk group (§24.2).
   */
  private void progressNotesAndRiskGroup() throws SQLException {
    String[] texts = {
      "Pokalbis su mokiniu apie mokymosi sunkumus; sutarta stebėti lankomumą.",
      "Aptarta su klasės vadove: mokinys aktyvesnis pamokose, namų darbus atlieka.",
      "Individuali konsultacija: taikomos skaitymo ir dėmesio lavinimo užduotys.",
      "Susitikimas su tėvais; sutarta dėl pagalbos plano ir kito pokalbio."
    };
    LocalDate start = model.calendar().start();
    int next = 0;
    try (var note =
        new MultiInsert(
            connection,
            "progress_note",
            "student_id",
            "author_id",
            "note_date",
            "note_text",
            "written_at")) {
      for (long[] s : supports) {
        for (LocalDate day : List.of(start.plusDays(14), today.minusDays(10))) {
          if (day.isBefore(start) || !day.isBefore(today)) {
            continue;
          }
          note.add(
              s[1], s[0], day, texts[next++ % texts.length], Timestamp.valueOf(day.atTime(15, 0)));
          counts.merge("progressNotes", 1, Integer::sum);
        }
      }
    }
    for (long[] s : supports) {
      if (s[2] == 1) {
        LocalDate flagged = start.plusDays(21).isBefore(today) ? start.plusDays(21) : today;
        try (PreparedStatement flag =
            connection.prepareStatement(
                "INSERT INTO risk_group_flag (student_id, in_group, reason, changed_by, changed_at)"
                    + " VALUES (?, TRUE, ?, ?, ?)")) {
          flag.setLong(1, s[1]);
          flag.setString(2, "Dažnai vėluoja ir praleidžia pamokas; aptarta su klasės vadove.");
          flag.setLong(3, s[0]);
          flag.setTimestamp(4, Timestamp.valueOf(flagged.atTime(14, 0)));
          flag.executeUpdate();
        }
        counts.merge("riskGroup", 1, Integer::sum);
        break;
      }
    }
  }

  /**
   * The early warnings the nightly job told by today, with the school's default thresholds (8
   * unjustified lessons in the month or 20 in the period; the last 5 ten-point marks 1.5 below the
   * earlier ones or below 5): each crossing recorded and its notice in the class teacher's and the
   * social pedagogue's inboxes.
   */
  private void earlyWarnings() throws SQLException {
    LocalDate monthStart = today.withDayOfMonth(1);
    LocalDate periodStart =
        model.periods().stream()
            .filter(p -> p.kind() != DemoSchoolModel.PeriodKind.ANNUAL)
            .filter(p -> !p.start().isAfter(today) && !p.end().isBefore(today))
            .map(DemoSchoolModel.Period::start)
            .findFirst()
            .orElse(model.year().start());
    Map<Long, Integer> inMonth = unjustified(monthStart);
    Map<Long, Integer> inPeriod = unjustified(periodStart);
    Map<Long, List<Integer>> marks = new LinkedHashMap<>();
    try (PreparedStatement q =
        connection.prepareStatement(
            "SELECT m.student_id, m.mark_value FROM mark m JOIN lesson l ON l.id = m.lesson_id"
                + " WHERE m.scale = 'TEN_POINT' AND l.lesson_date BETWEEN ? AND ?"
                + " ORDER BY m.student_id, l.lesson_date, l.lesson_number, m.id")) {
      q.setObject(1, model.year().start());
      q.setObject(2, today);
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          marks
              .computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
              .add(Integer.parseInt(rows.getString(2)));
        }
      }
    }
    Map<Long, String[]> classOf = new HashMap<>();
    try (PreparedStatement q =
        connection.prepareStatement(
            "SELECT m.student_id, c.name, c.class_teacher_id, p.first_name, p.last_name"
                + " FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
                + " JOIN school_class c ON c.id = g.school_class_id"
                + " JOIN person p ON p.id = m.student_id"
                + " WHERE m.valid_from <= ? AND (m.valid_to IS NULL OR m.valid_to >= ?)")) {
      q.setObject(1, today);
      q.setObject(2, today);
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          classOf.put(
              rows.getLong(1),
              new String[] {
                rows.getString(2), rows.getString(3), rows.getString(4) + " " + rows.getString(5)
              });
        }
      }
    }
    long pedagogue = login(Role.SOCIAL_PEDAGOGUE);
    long messageId = MultiInsert.highestId(connection, "message");
    Timestamp told = Timestamp.valueOf(today.atTime(1, 5));
    try (var warning =
            new MultiInsert(
                connection, "early_warning", "student_id", "kind", "crossed_on", "figure");
        var message =
            new MultiInsert(
                connection,
                "message",
                "id",
                "sender_id",
                "kind",
                "subject",
                "body",
                "subject_key",
                "body_key",
                "notice_args",
                "sent_at");
        var recipient =
            new MultiInsert(
                connection, "message_recipient", "message_id", "recipient_id", "read_at")) {
      for (Map.Entry<Long, String[]> student : classOf.entrySet()) {
        long id = student.getKey();
        String[] c = student.getValue();
        List<List<Object>> crossings = new ArrayList<>();
        int month = inMonth.getOrDefault(id, 0);
        if (month >= 8) {
          crossings.add(List.of("ABSENCES_MONTH", month, 8, monthStart));
        }
        int inSpan = inPeriod.getOrDefault(id, 0);
        if (inSpan >= 20) {
          crossings.add(List.of("ABSENCES_PERIOD", inSpan, 20, periodStart));
        }
        lt.dienynas.support.MarkTrend trend =
            lt.dienynas.support.MarkTrend.of(marks.getOrDefault(id, List.of()), 5);
        boolean falling =
            (trend.drop() != null && trend.drop().compareTo(new java.math.BigDecimal("1.5")) >= 0)
                || (trend.lastAverage() != null
                    && trend.lastAverage().compareTo(new java.math.BigDecimal("5.0")) < 0);
        if (falling) {
          crossings.add(
              List.of(
                  "MARKS_FALLING",
                  5,
                  trend.lastAverage(),
                  trend.earlierAverage() == null ? "—" : trend.earlierAverage(),
                  "1.5",
                  "5.0"));
        }
        for (List<Object> crossing : crossings) {
          List<Object> figures = crossing.subList(1, crossing.size());
          warning.add(
              id,
              crossing.get(0),
              today,
              String.join(" / ", figures.stream().map(String::valueOf).toList()));
          List<Object> args = new ArrayList<>(List.of(c[2], c[0]));
          args.addAll(figures);
          Object[] values = args.stream().map(String::valueOf).toArray();
          String bodyKey = "notice.earlyWarning." + crossing.get(0);
          long messageKey = ++messageId;
          message.add(
              messageKey,
              null,
              "NOTICE",
              lt.dienynas.shared.Messages.format(
                  lt.dienynas.shared.Messages.LITHUANIAN, "notice.earlyWarning.subject", values),
              lt.dienynas.shared.Messages.format(
                  lt.dienynas.shared.Messages.LITHUANIAN, bodyKey, values),
              "notice.earlyWarning.subject",
              bodyKey,
              String.join("\u001F", java.util.Arrays.stream(values).map(String::valueOf).toList()),
              told);
          recipient.add(messageKey, pedagogue, null);
          if (c[1] != null && Long.parseLong(c[1]) != pedagogue) {
            recipient.add(messageKey, Long.parseLong(c[1]), null);
          }
          counts.merge("earlyWarnings", 1, Integer::sum);
        }
      }
    }
  }

  /** Each student's unjustified lessons missed from the day up to today. */
  private Map<Long, Integer> unjustified(LocalDate from) throws SQLException {
    Map<Long, Integer> counted = new HashMap<>();
    try (PreparedStatement q =
        connection.prepareStatement(
            "SELECT a.student_id, COUNT(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id"
                + " WHERE a.status = 'ABSENT' AND a.justification IS NULL"
                + " AND l.lesson_date BETWEEN ? AND ? GROUP BY a.student_id")) {
      q.setObject(1, from);
      q.setObject(2, today);
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          counted.put(rows.getLong(1), rows.getInt(2));
        }
      }
    }
    return counted;
  }

  private long login(Role role) {
    String login = DemoSchool.login(role).login();
    return ids.person(
        model.accounts().stream()
            .filter(a -> a.login().equals(login))
            .findFirst()
            .orElseThrow()
            .personKey());
  }

  /**
   * A mathematics and a Lithuanian test for every class of grades 5–8, on their lesson days at
   * least 7 days ahead (the default notice), never two on one day for a class.
   */
  private void plannedTests() throws SQLException {
    List<LocalDate> ahead =
        model.calendar().workingDays().schoolDays(today.plusDays(7), today.plusDays(35));
    Timestamp announced = Timestamp.valueOf(today.atTime(7, 30));
    try (var test =
        new MultiInsert(
            connection,
            "planned_test",
            "group_id",
            "subject_id",
            "test_date",
            "description",
            "announced_by",
            "announced_at")) {
      for (SchoolClass c : model.classes()) {
        if (c.grade() == null || c.grade() < 5) {
          continue;
        }
        Set<LocalDate> taken = new LinkedHashSet<>();
        int skip = 0;
        for (String subject : List.of(DemoCurriculum.MATHEMATICS, DemoCurriculum.LITHUANIAN)) {
          TimetableEntry entry = null;
          LocalDate date = null;
          for (LocalDate day : ahead.subList(Math.min(skip, ahead.size()), ahead.size())) {
            entry = slotOn(c.name(), subject, day.getDayOfWeek().getValue());
            if (entry != null && !taken.contains(day)) {
              date = day;
              break;
            }
          }
          skip += 3;
          if (date == null) {
            continue;
          }
          taken.add(date);
          test.add(
              ids.groupIds().get(c.name()),
              ids.subjectIds().get(subject),
              date,
              subject.equals(DemoCurriculum.MATHEMATICS)
                  ? "Kontrolinis darbas: trupmenos ir procentai"
                  : "Rašinys: „Mano vasaros atradimas“",
              ids.person(entry.teacherKey()),
              announced);
          counts.merge("plannedTests", 1, Integer::sum);
        }
      }
    }
  }

  private TimetableEntry slotOn(String group, String subject, int weekday) {
    return model.timetable().stream()
        .filter(
            e ->
                e.groupName().equals(group)
                    && e.subjectCode().equals(subject)
                    && e.weekday() == weekday)
        .findFirst()
        .orElse(null);
  }

  /** The guardians (person ids) of each class's students, in class-list order. */
  private Map<String, List<Long>> guardiansByClass() {
    Map<Integer, String> classOf = new HashMap<>();
    model.students().forEach(s -> classOf.put(s.personKey(), s.className()));
    Map<String, List<Long>> byClass = new LinkedHashMap<>();
    for (var g : model.guardianships()) {
      List<Long> list =
          byClass.computeIfAbsent(classOf.get(g.studentKey()), k -> new ArrayList<>());
      long id = ids.person(g.guardianKey());
      if (!list.contains(id)) {
        list.add(id);
      }
    }
    return byClass;
  }

  /**
   * Each class teacher's letters to the class's families (at the start of the year, a month ago,
   * two days ago: the latest unread by most), the director's letter to the teachers, and the demo
   * guardian's question to the class teacher of 6a with its answer.
   */
  private void messages() throws SQLException {
    long messageId = MultiInsert.highestId(connection, "message");
    List<LocalDate> past = model.calendar().schoolDaysUpTo(today.minusDays(1));
    if (past.isEmpty()) {
      return;
    }
    Map<String, List<Long>> guardians = guardiansByClass();
    try (var message =
            new MultiInsert(
                connection,
                "message",
                "id",
                "thread_id",
                "reply_to_id",
                "sender_id",
                "kind",
                "subject",
                "body",
                "audience",
                "sent_at");
        var recipient =
            new MultiInsert(
                connection, "message_recipient", "message_id", "recipient_id", "read_at")) {
      String[][] letters = {
        {
          "Mokslo metų pradžia",
          "Gerbiami tėvai, sveikiname pradėjus naujus mokslo metus. Tvarkaraštis ir"
              + " skambučių laikas – dienyne."
        },
        {
          "Pažangos aptarimas",
          "Gerbiami tėvai, kviečiu peržiūrėti vaikų įvertinimus ir lankomumą dienyne."
        },
        {
          "Artėjantys atsiskaitymai",
          "Gerbiami tėvai, primenu: kitą savaitę planuojami kontroliniai darbai."
        }
      };
      LocalDate[] when = {
        past.get(0), past.get(Math.max(0, past.size() - 20)), past.get(past.size() - 1)
      };
      for (SchoolClass c : model.classes()) {
        List<Long> families = guardians.getOrDefault(c.name(), List.of());
        for (int i = 0; i < letters.length; i++) {
          long id = ++messageId;
          LocalDate day = when[i];
          message.add(
              id,
              null,
              null,
              ids.person(c.classTeacherKey()),
              "PERSONAL",
              letters[i][0],
              letters[i][1],
              c.name() + " klasės tėvai (globėjai)",
              Timestamp.valueOf(day.atTime(16, 30)));
          counts.merge("messages", 1, Integer::sum);
          for (long g : families) {
            boolean read = i < 2 ? random.nextInt(5) != 0 : random.nextInt(4) == 0;
            recipient.add(id, g, read ? Timestamp.valueOf(day.atTime(19, 10)) : null);
            counts.merge("messageDeliveries", 1, Integer::sum);
          }
        }
      }
      long director = login(Role.DIRECTOR);
      long staffLetter = ++messageId;
      LocalDate day = past.get(Math.max(0, past.size() - 3));
      message.add(
          staffLetter,
          null,
          null,
          director,
          "PERSONAL",
          "Mokytojų tarybos posėdis",
          "Kolegos, mokytojų tarybos posėdis vyks kitą trečiadienį 15 val. aktų salėje.",
          "Visi mokytojai",
          Timestamp.valueOf(day.atTime(12, 0)));
      counts.merge("messages", 1, Integer::sum);
      for (var s : model.staff()) {
        if (s.roles().contains(Role.TEACHER) || s.roles().contains(Role.CLASS_TEACHER)) {
          recipient.add(staffLetter, ids.person(s.personKey()), null);
          counts.merge("messageDeliveries", 1, Integer::sum);
        }
      }
      long guardian = login(Role.GUARDIAN);
      long classTeacher = login(Role.CLASS_TEACHER);
      long question = ++messageId;
      long answer = ++messageId;
      LocalDate asked = past.get(Math.max(0, past.size() - 2));
      message.add(
          question,
          null,
          null,
          guardian,
          "PERSONAL",
          "Dėl ekskursijos",
          "Laba diena, ar ekskursijai reikės pietų? Ąžuolo mama",
          null,
          Timestamp.valueOf(asked.atTime(18, 0)));
      recipient.add(question, classTeacher, Timestamp.valueOf(asked.atTime(20, 0)));
      message.add(
          answer,
          question,
          question,
          classTeacher,
          "PERSONAL",
          "Re: Dėl ekskursijos",
          "Laba diena, pietūs bus organizuojami vietoje, užtenka atsinešti vandens.",
          null,
          Timestamp.valueOf(asked.atTime(20, 5)));
      recipient.add(answer, guardian, null);
      counts.merge("messages", 2, Integer::sum);
    }
  }

  /** A parent meeting a week ahead for every class, a class event held last month. */
  private void announcements() throws SQLException {
    try (var a =
        new MultiInsert(
            connection,
            "announcement",
            "school_class_id",
            "author_id",
            "kind",
            "event_date",
            "event_time",
            "place",
            "topics",
            "created_at")) {
      for (SchoolClass c : model.classes()) {
        long teacher = ids.person(c.classTeacherKey());
        long classId = ids.classIds().get(c.name());
        a.add(
            classId,
            teacher,
            "PARENT_MEETING",
            today.plusDays(8),
            LocalTime.of(18, 0),
            c.level() == Level.GRADE ? c.name() + " klasės kabinetas" : "Grupės kambarys",
            "Pirmojo pusmečio pažangos aptarimas; ekskursijos planas.",
            Timestamp.valueOf(today.minusDays(1).atTime(15, 0)));
        a.add(
            classId,
            teacher,
            "CLASS_EVENT",
            today.minusDays(20).isBefore(model.year().start())
                ? today.plusDays(15)
                : today.minusDays(20),
            LocalTime.of(12, 0),
            "Aktų salė",
            "Klasės šventė ir talentų popietė.",
            Timestamp.valueOf(today.minusDays(27).atTime(15, 0)));
        counts.merge("announcements", 2, Integer::sum);
      }
    }
  }

  /**
   * The class teacher's log (§21.6, §21.9): an entry on the last school day of every week up to
   * yesterday for every grade class — except the last class, whose teacher has not written for the
   * last two weeks (so the deputy's list of logs behind shows it).
   */
  private void classLog() throws SQLException {
    List<SchoolClass> grades =
        model.classes().stream().filter(c -> c.level() == Level.GRADE).toList();
    List<LocalDate> weekEnds = new ArrayList<>();
    List<LocalDate> days = model.calendar().schoolDaysUpTo(today.minusDays(1));
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      boolean lastOfWeek =
          i + 1 == days.size()
              || !days.get(i + 1)
                  .with(java.time.DayOfWeek.MONDAY)
                  .equals(day.with(java.time.DayOfWeek.MONDAY));
      if (lastOfWeek) {
        weekEnds.add(day);
      }
    }
    String[][] work = {
      {"CLASS_HOUR", "Klasės valandėlė: saugus elgesys mokykloje ir kelyje", "Visa klasė"},
      {"CLASS_HOUR", "Klasės valandėlė: mokymosi tikslai ir savęs vertinimas", "Visa klasė"},
      {"EVENT", "Klasės renginys: draugystės diena", "Visa klasė, du tėvai"},
      {"INDIVIDUAL_TALK", "Pokalbis apie lankomumą", "Mokinys ir jo mama"},
      {"TRIP", "Pažintinė išvyka į muziejų", "Klasė ir dvi lydinčios mamos"}
    };
    try (var log =
        new MultiInsert(
            connection,
            "class_log_entry",
            "school_class_id",
            "entry_date",
            "kind",
            "topic",
            "participants",
            "author_id",
            "created_at")) {
      for (int c = 0; c < grades.size(); c++) {
        SchoolClass schoolClass = grades.get(c);
        long classId = ids.classIds().get(schoolClass.name());
        long teacher = ids.person(schoolClass.classTeacherKey());
        boolean behind = c == grades.size() - 1;
        for (int w = 0; w < weekEnds.size(); w++) {
          LocalDate day = weekEnds.get(w);
          if (behind && day.isAfter(today.minusDays(15))) {
            continue;
          }
          String[] entry = work[(w + c) % work.length];
          log.add(
              classId,
              day,
              entry[0],
              entry[1],
              entry[2],
              teacher,
              Timestamp.valueOf(day.atTime(16, 30)));
          counts.merge("classLogEntries", 1, Integer::sum);
        }
      }
    }
  }

  /**
   * Social-civic activity of grades 5–8 (§21.12): three activities a class has done by now, each
   * confirmed by its organiser, for all, half or a few of the class's students.
   */
  private void socialCivicActivity() throws SQLException {
    List<LocalDate> days = model.calendar().schoolDaysUpTo(today.minusDays(1));
    if (days.isEmpty()) {
      return;
    }
    String[][] activities = {
      {"Mokyklos aplinkos tvarkymo talka", "2.0", "Ūkvedys A. Petrauskas"},
      {"Maisto banko akcija prekybos centre", "3.5", "Maisto bankas, koordinatorė R. Jonaitienė"},
      {"Pagalba mokyklos bibliotekai", "1.5", "Bibliotekininkė"}
    };
    try (var entries =
        new MultiInsert(
            connection,
            "social_civic_entry",
            "school_year_id",
            "school_class_id",
            "student_id",
            "activity_date",
            "activity",
            "hours",
            "confirmed_by",
            "recorded_by",
            "recorded_at")) {
      for (SchoolClass c : model.classes()) {
        if (c.level() != Level.GRADE || c.grade() < 5 || c.grade() > 8) {
          continue;
        }
        long classId = ids.classIds().get(c.name());
        long teacher = ids.person(c.classTeacherKey());
        List<DemoSchoolModel.Student> students =
            model.students().stream().filter(s -> c.name().equals(s.className())).toList();
        for (int a = 0; a < activities.length; a++) {
          LocalDate day = days.get(Math.min(days.size() - 1, (a + 1) * days.size() / 4));
          int step = a == 0 ? 1 : a == 1 ? 2 : 5;
          for (int i = 0; i < students.size(); i += step) {
            entries.add(
                ids.yearId(),
                classId,
                ids.person(students.get(i).personKey()),
                day,
                activities[a][0],
                new java.math.BigDecimal(activities[a][1]),
                activities[a][2],
                teacher,
                Timestamp.valueOf(day.atTime(17, 0)));
            counts.merge("socialCivicEntries", 1, Integer::sum);
          }
        }
      }
    }
  }

  /**
   * The health specialist's notices about three students to every teacher of their groups (the demo
   * student among them), and their health records.
   */
  private void healthNotices() throws SQLException {
    long specialist = login(Role.HEALTH_SPECIALIST);
    long demoStudent = login(Role.STUDENT);
    List<Long> students = new ArrayList<>(List.of(demoStudent));
    List<DemoSchoolModel.Student> all = model.students();
    students.add(ids.person(all.get(all.size() / 3).personKey()));
    students.add(ids.person(all.get(all.size() * 2 / 3).personKey()));
    String[] bodies = {
      "Mokiniui po traumos 3 savaites negalima sportuoti; fizinio ugdymo pamokose – stebėtojas.",
      "Mokinė alergiška riešutams: klasės renginiuose prašome atsižvelgti.",
      "Mokiniui rekomenduojama sėdėti pirmame suole (regos sutrikimas)."
    };
    long noticeBase = MultiInsert.highestId(connection, "health_notice");
    Timestamp sent = Timestamp.valueOf(today.minusDays(3).atTime(10, 0));
    try (var notice =
            new MultiInsert(
                connection, "health_notice", "id", "student_id", "author_id", "body", "sent_at");
        var recipient =
            new MultiInsert(connection, "health_notice_recipient", "notice_id", "teacher_id");
        var record =
            new MultiInsert(
                connection, "health_record", "student_id", "body", "updated_by", "updated_at")) {
      for (int i = 0; i < students.size(); i++) {
        long student = students.get(i);
        long id = noticeBase + i + 1;
        notice.add(id, student, specialist, bodies[i], sent);
        record.add(
            student,
            bodies[i] + " Duomenys atnaujinti pagal tėvų pateiktą pažymą.",
            specialist,
            sent);
        for (long teacher : teachersOf(student)) {
          recipient.add(id, teacher);
        }
        counts.merge("healthNotices", 1, Integer::sum);
      }
    }
  }

  private Set<Long> teachersOf(long student) {
    Set<String> groupNames = new LinkedHashSet<>();
    for (var g : model.groups()) {
      if (g.members().stream().anyMatch(m -> ids.person(m) == student)) {
        groupNames.add(g.name());
      }
    }
    Set<Long> teachers = new LinkedHashSet<>();
    for (var a : model.assignments()) {
      if (groupNames.contains(a.groupName())) {
        teachers.add(ids.person(a.teacherKey()));
      }
    }
    return teachers;
  }

  /**
   * The music teacher's lessons of a week five weeks back left without their topics, as a forgotten
   * week is: the deputy's filling dashboard shows them (§23.3, §19.5 once the month is past its
   * lock day).
   */
  private void forgottenTopics() throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE lesson l JOIN study_group g ON g.id = l.group_id"
                + " JOIN subject s ON s.id = l.subject_id SET l.topic = NULL"
                + " WHERE g.school_year_id = ? AND s.code = ? AND l.lesson_date BETWEEN ? AND ?")) {
      update.setLong(1, ids.yearId());
      update.setString(2, DemoCurriculum.MUSIC);
      update.setObject(3, today.minusDays(35));
      update.setObject(4, today.minusDays(29));
      counts.merge("lessonsWithoutTopic", update.executeUpdate(), Integer::sum);
    }
  }

  /**
   * The teachers took the attendance of every held lesson they filled before today (saved with its
   * cells: {@code lesson_attendance_taken}); the forgotten music lessons stay without it too.
   */
  private void attendanceTaken() throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT IGNORE INTO lesson_attendance_taken (lesson_id, taken_by, taken_at)"
                + " SELECT l.id, COALESCE(l.substitute_id, l.teacher_id),"
                + " TIMESTAMP(l.lesson_date, '14:30:00') FROM lesson l"
                + " JOIN study_group g ON g.id = l.group_id WHERE g.school_year_id = ?"
                + " AND l.lesson_date < ? AND l.not_held_reason IS NULL"
                + " AND l.topic IS NOT NULL AND TRIM(l.topic) <> ''")) {
      insert.setLong(1, ids.yearId());
      insert.setObject(2, today);
      counts.merge("lessonsWithAttendanceTaken", insert.executeUpdate(), Integer::sum);
    }
  }

  /**
   * The deputy's check of the last month past its lock day (§19.13), for the whole school, and the
   * system notice to the teachers whose lessons of that month are still without a topic.
   */
  private void monthlyCheck() throws SQLException {
    YearMonth month = YearMonth.from(today).minusMonths(1);
    if (!today.isAfter(YearMonth.from(today).atDay(6))) {
      month = month.minusMonths(1);
    }
    if (month.isBefore(YearMonth.from(model.year().start()))) {
      return;
    }
    List<Long> teachers = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT DISTINCT COALESCE(l.substitute_id, l.teacher_id) FROM lesson l"
                + " JOIN study_group g ON g.id = l.group_id WHERE g.school_year_id = ?"
                + " AND l.lesson_date BETWEEN ? AND ? AND l.not_held_reason IS NULL"
                + " AND l.topic IS NULL ORDER BY 1")) {
      select.setLong(1, ids.yearId());
      select.setObject(2, month.atDay(1));
      select.setObject(3, month.atEndOfMonth());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          teachers.add(rows.getLong(1));
        }
      }
    }
    String findings =
        teachers.isEmpty()
            ? "Dienynas užpildytas laiku, trūkumų nerasta."
            : "Dalis pamokų be temos: prašau įrašyti pamokų turinį ir laikytis 17 val. termino"
                + " (§23.3).";
    Timestamp checkedAt = Timestamp.valueOf(month.plusMonths(1).atDay(7).atTime(10, 0));
    long deputy = login(Role.DEPUTY);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO monthly_check (school_year_id, month, scope, findings, checked_by,"
                + " checked_at, teachers_told) VALUES (?, ?, 'SCHOOL', ?, ?, ?, ?)")) {
      insert.setLong(1, ids.yearId());
      insert.setString(2, month.toString());
      insert.setString(3, findings);
      insert.setLong(4, deputy);
      insert.setTimestamp(5, checkedAt);
      insert.setInt(6, teachers.size());
      insert.executeUpdate();
    }
    counts.merge("monthlyChecks", 1, Integer::sum);
    if (teachers.isEmpty()) {
      return;
    }
    long messageId = MultiInsert.highestId(connection, "message") + 1;
    try (var message =
            new MultiInsert(
                connection, "message", "id", "sender_id", "kind", "subject", "body", "sent_at");
        var recipient =
            new MultiInsert(
                connection, "message_recipient", "message_id", "recipient_id", "read_at")) {
      message.add(
          messageId,
          null,
          "NOTICE",
          "E. dienyno pildymo patikra: " + month,
          "Direktoriaus pavaduotojas ugdymui patikrino "
              + month
              + " mėn. e. dienyno pildymą. Jūsų įrašuose rasta trūkumų. Išvados: "
              + findings,
          checkedAt);
      for (long teacher : teachers) {
        recipient.add(messageId, teacher, null);
      }
    }
  }

  /** The months whose lock day (the 6th of the next month) has passed, locked for the school. */
  private void monthLocks() throws SQLException {
    // a month the month-lock job locked before the demo was loaded stays as the job left it
    java.util.Set<String> locked = new java.util.HashSet<>();
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT month FROM month_lock WHERE scope = 'SCHOOL'")) {
      while (rows.next()) {
        locked.add(rows.getString(1));
      }
    }
    try (var lock =
        new MultiInsert(
            connection, "month_lock", "month", "scope", "locked", "changed_at", "changed_by")) {
      for (YearMonth m = YearMonth.from(model.year().start());
          today.isAfter(m.plusMonths(1).atDay(6));
          m = m.plusMonths(1)) {
        if (locked.contains(m.toString())) {
          continue;
        }
        lock.add(
            m.toString(),
            "SCHOOL",
            true,
            Timestamp.valueOf(m.plusMonths(1).atDay(7).atStartOfDay()),
            "month-lock job");
        counts.merge("lockedMonths", 1, Integer::sum);
      }
    }
  }

  /**
   * Two acts about a mark of the subject teacher's (the demo login) in the first locked month: one
   * agreed and applied (the mark holds the corrected value), one submitted and waiting for the
   * deputy's decision.
   */
  private void correctionActs() throws SQLException {
    if (!counts.containsKey("lockedMonths")) {
      return;
    }
    long teacher = login(Role.TEACHER);
    long deputy = login(Role.DEPUTY);
    long admin = login(Role.DB_ADMIN);
    YearMonth locked = YearMonth.from(model.year().start());
    List<long[]> marks = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT k.id, k.lesson_id, k.student_id, l.group_id, l.subject_id, k.mark_value,"
                + " l.lesson_date FROM mark k JOIN lesson l ON l.id = k.lesson_id"
                + " WHERE l.teacher_id = ? AND k.scale = 'TEN_POINT' AND k.mark_value IN"
                + " ('5', '6', '7', '8') AND l.lesson_date BETWEEN ? AND ? ORDER BY k.id LIMIT 2")) {
      ps.setLong(1, teacher);
      ps.setObject(2, locked.atDay(1));
      ps.setObject(3, locked.atEndOfMonth());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          marks.add(
              new long[] {
                rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)
              });
          values.add(rs.getString(6));
          dates.add(rs.getObject(7, LocalDate.class));
        }
      }
    }
    if (marks.size() < 2) {
      return;
    }
    long actBase = MultiInsert.highestId(connection, "correction_act");
    int startYear = model.year().start().getYear();
    LocalDate drafted = locked.plusMonths(1).atDay(12);
    try (var acts = new CorrectionActRows(connection)) {
      long[] applied = marks.get(0);
      String correct = values.get(0);
      acts.applied(
          new CorrectionActRows.Act(
              actBase + 1,
              ids.yearId(),
              1,
              CorrectionActRows.number(startYear, 1),
              teacher,
              teacher,
              applied[3],
              applied[4],
              dates.get(0),
              "Įrašytas ne tas pažymys.",
              "Mokytojas suklydo perrašydamas pažymį iš sąsiuvinio."),
          drafted,
          deputy,
          admin,
          CorrectionActRows.Item.mark(applied[2], applied[1]),
          String.valueOf(Integer.parseInt(correct) - 1),
          correct);
      long[] waiting = marks.get(1);
      String wrong = values.get(1);
      acts.waiting(
          new CorrectionActRows.Act(
              actBase + 2,
              ids.yearId(),
              2,
              CorrectionActRows.number(startYear, 2),
              teacher,
              teacher,
              waiting[3],
              waiting[4],
              dates.get(1),
              "Pažymys įrašytas ne tam mokiniui.",
              "Pastebėta tikrinant mėnesio suvestinę."),
          Timestamp.valueOf(today.minusDays(1).atTime(15, 30)),
          CorrectionActRows.Item.mark(waiting[2], waiting[1]),
          wrong,
          String.valueOf(Integer.parseInt(wrong) + 1));
      counts.put("correctionActs", 2);
    }
  }

  /**
   * Safety and other instructions (§21.4, §23.9): every grade class's safety instruction on the
   * first school day, its signed sheet filed two school days later; grades 5–8 also an instruction
   * before a trip a fortnight ago, its sheet still waiting for signatures in the "a" classes.
   */
  private void instructions() throws SQLException {
    List<LocalDate> days =
        model.calendar().workingDays().schoolDays(model.year().start(), today.minusDays(1));
    if (days.size() < 3) {
      return;
    }
    LocalDate first = days.get(0);
    LocalDate trip = days.get(Math.max(0, days.size() - 10));
    try (var instruction =
        new MultiInsert(
            connection,
            "class_instruction",
            "school_year_id",
            "group_id",
            "kind",
            "instruction_date",
            "title",
            "content",
            "recorded_by",
            "recorded_at",
            "sheet_filed_by",
            "sheet_filed_at")) {
      for (SchoolClass c : model.classes()) {
        if (c.level() != Level.GRADE) {
          continue;
        }
        long teacher = ids.person(c.classTeacherKey());
        long group = classGroupId(c);
        instruction.add(
            ids.yearId(),
            group,
            "SAFETY",
            first,
            "Saugus elgesys mokykloje ir pakeliui į mokyklą",
            "Elgesys pertraukų metu, koridoriuose ir laiptinėse; saugus kelias į mokyklą,"
                + " šviesą atspindintys elementai; ką daryti suskambus gaisro pavojaus signalui.",
            teacher,
            Timestamp.valueOf(first.atTime(8, 45)),
            teacher,
            Timestamp.valueOf(days.get(2).atTime(13, 0)));
        counts.merge("instructions", 1, Integer::sum);
        if (c.grade() >= 5 && !trip.equals(first)) {
          boolean waiting = "a".equals(c.letter());
          instruction.add(
              ids.yearId(),
              group,
              "OTHER",
              trip,
              "Saugus elgesys edukacinėje išvykoje",
              "Elgesys autobuse ir muziejuje, būti kartu su grupe, mokytojo telefono numeris.",
              teacher,
              Timestamp.valueOf(trip.atTime(8, 30)),
              waiting ? null : teacher,
              waiting ? null : Timestamp.valueOf(trip.atTime(14, 0)));
          counts.merge("instructions", 1, Integer::sum);
        }
      }
    }
  }

  /**
   * A document from another institution (§21.14): the demo student's marks from a sanatorium,
   * uploaded by their class teacher a month ago (the subject teachers see it beside the period
   * grades).
   */
  private void studentDocuments() throws SQLException {
    String login = DemoSchool.login(Role.STUDENT).login();
    int studentKey =
        model.accounts().stream()
            .filter(a -> a.login().equals(login))
            .findFirst()
            .orElseThrow()
            .personKey();
    DemoSchoolModel.Student student =
        model.students().stream()
            .filter(s -> s.personKey() == studentKey)
            .findFirst()
            .orElseThrow();
    SchoolClass c =
        model.classes().stream()
            .filter(k -> k.name().equals(student.className()))
            .findFirst()
            .orElseThrow();
    LocalDate uploaded =
        today.minusDays(30).isBefore(model.year().start())
            ? model.year().start()
            : today.minusDays(30);
    String institution = "VšĮ Palangos vaikų reabilitacijos sanatorija „Palangos gintaras“";
    byte[] pdf =
        new lt.dienynas.reporting.PdfDocumentBuilder("Mokymosi pasiekimų išrašas", institution)
            .title("Mokymosi pasiekimų išrašas")
            .paragraph(institution)
            .field("Mokymosi laikotarpis", uploaded.minusDays(21) + " – " + uploaded.minusDays(1))
            .field("Lietuvių kalba ir literatūra", "8, 9")
            .field("Matematika", "7, 8")
            .field("Anglų kalba", "9")
            .signatureLine("Sanatorijos mokyklos vadovas", "(vardas, pavardė, parašas)")
            .toBytes();
    try (var document =
        new MultiInsert(
            connection,
            "student_document",
            "school_year_id",
            "student_id",
            "kind",
            "institution",
            "note",
            "file_name",
            "content_type",
            "size_bytes",
            "content",
            "uploaded_by",
            "uploaded_at")) {
      document.add(
          ids.yearId(),
          ids.person(studentKey),
          "SANATORIUM",
          institution,
          "Įvertinimai, gauti gydantis sanatorijoje: atsižvelgti vedant pusmečio įvertinimus.",
          "sanatorijos-pasiekimu-israsas.pdf",
          "application/pdf",
          pdf.length,
          pdf,
          ids.person(c.classTeacherKey()),
          Timestamp.valueOf(uploaded.atTime(15, 20)));
      counts.merge("studentDocuments", 1, Integer::sum);
    }
  }

  private long classGroupId(SchoolClass c) {
    return model.groups().stream()
        .filter(g -> g.kind() == DemoSchoolModel.GroupKind.CLASS && c.name().equals(g.className()))
        .map(g -> ids.groupIds().get(g.name()))
        .findFirst()
        .orElseThrow();
  }
}
