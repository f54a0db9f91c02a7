package lt.dienynas.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * The journal of a school year as its teachers would have kept it: a lesson for every timetable
 * slot on every school day, with a topic and often homework; marks of every kind and scale the
 * group allows, tests of the whole group; absences (whole sick spells and single lessons) and late
 * arrivals, justified by the guardians' notes that the class teacher accepted (the latest notes
 * still waiting, some past their deadline) or left unjustified; praise and remarks. Lessons of the
 * days after the filled ones (the rest of the month) exist but are blank, as if the teacher had
 * created the month's lessons from the timetable.
 *
 * <p>One generator for the demo school and the benchmark: both give their slots, groups and days
 * with database ids; the rows go to a {@link Sink} (the database through {@link #jdbc}, or a list
 * in a unit test). Deterministic: one seeded {@link Random} drawn in a fixed order.
 */
public final class DemoJournal {

  /** How a group is assessed in a subject. */
  public enum Scale {
    TEN_POINT,
    ACHIEVEMENT_LEVEL,
    PASS_FAIL,
    DESCRIPTIVE
  }

  /** A weekly lesson of the timetable with database ids. */
  public record Slot(
      long id,
      long groupId,
      long subjectId,
      String subjectCode,
      long teacherId,
      int weekday,
      int number,
      Scale scale) {}

  /** A group's students and the class teacher who justifies their absences. */
  public record Group(long id, long classTeacherId, List<Long> students) {
    public Group {
      students = List.copyOf(students);
    }
  }

  /**
   * What to generate: the school days to fill and the blank ones after them, the first lesson id,
   * the first justification note id, the guardian who writes a child's notes, the students exempt
   * from a subject (code), and {@code today} (notes and decisions never after it).
   */
  public record Plan(
      List<LocalDate> filledDays,
      List<LocalDate> blankDays,
      LocalDate today,
      long firstLessonId,
      long firstNoteId,
      Map<Long, Long> guardianOf,
      Map<Long, String> exemptFrom,
      List<Long> featured) {}

  /** Where the rows go. */
  public interface Sink {
    void lesson(long id, Slot slot, LocalDate day, String topic, String homework)
        throws SQLException;

    void mark(
        long lessonId,
        long student,
        Scale scale,
        String value,
        String comment,
        String kind,
        String institution,
        long by,
        Timestamp at)
        throws SQLException;

    void attendance(
        long lessonId,
        long student,
        String status,
        String justification,
        Long justifiedBy,
        Timestamp justifiedAt,
        Long noteId,
        long by,
        Timestamp at)
        throws SQLException;

    void justificationNote(
        long id,
        long student,
        long guardian,
        LocalDate from,
        LocalDate to,
        String reason,
        Timestamp submitted,
        String status,
        Long decidedBy,
        Timestamp decidedAt)
        throws SQLException;

    void studentNote(
        long student,
        long author,
        long lessonId,
        String kind,
        LocalDate day,
        String text,
        Timestamp at)
        throws SQLException;

    /** A month's rows are all given (a writer may commit). */
    default void monthDone(YearMonth month) throws SQLException {}
  }

  static final String[] LEVELS = {"THRESHOLD", "SATISFACTORY", "BASIC", "ADVANCED"};
  static final String[] KINDS = {"CLASSWORK", "HOMEWORK", "INDEPENDENT_WORK", "PROJECT"};
  private static final double SPELL_START = 0.022;
  private static final double SINGLE_ABSENCE = 0.012;
  private static final double LATE = 0.008;
  private static final double NOTE = 0.0006;

  private final Random random;
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  public DemoJournal(long seed) {
    this.random = new Random(seed);
  }

  /** A whole-day illness: its days (indexes into the filled days) and its note, if any. */
  private record Spell(int first, int last, Long noteId, boolean accepted, LocalDate decided) {}

  /**
   * Generates the journal of the slots' groups.
   *
   * @return the counts of what was written (lessons, marks, absences, …)
   */
  public Map<String, Integer> generate(
      List<Slot> slots, Map<Long, Group> groups, Plan plan, Sink sink) throws SQLException {
    List<LocalDate> days = plan.filledDays();
    TreeSet<Long> everyone = new TreeSet<>();
    groups.values().forEach(g -> everyone.addAll(g.students()));
    Map<Long, Double> ability = new HashMap<>();
    for (long s : everyone) {
      ability.put(s, 4.5 + random.nextGaussian() * 1.6);
    }
    Map<Long, Long> classTeacherOf = new HashMap<>();
    for (Group g : groups.values()) {
      for (long s : g.students()) {
        classTeacherOf.putIfAbsent(s, g.classTeacherId());
      }
    }
    Map<Long, Integer> weekly = new HashMap<>();
    for (Slot s : slots) {
      weekly.merge(s.groupId() * 10_000 + s.subjectId(), 1, Integer::sum);
    }
    Map<Long, Integer> taught = new HashMap<>();
    long lessonId = plan.firstLessonId() - 1;
    long noteId = plan.firstNoteId() - 1;
    Map<Long, Spell> spells = new HashMap<>();
    YearMonth month = null;
    int lastIndex = days.size() - 1;
    for (int index = 0; index < days.size(); index++) {
      LocalDate day = days.get(index);
      if (month != null && !YearMonth.from(day).equals(month)) {
        sink.monthDone(month);
      }
      month = YearMonth.from(day);
      Timestamp recorded = Timestamp.valueOf(day.atTime(15, 0));
      // sick spells of 1–4 school days; the note comes the day after, the teacher decides a day
      // later
      for (long s : everyone) {
        Spell spell = spells.get(s);
        if (spell != null && spell.last() < index) {
          spells.remove(s);
          spell = null;
        }
        if (spell == null && random.nextDouble() < SPELL_START && !plan.featured().contains(s)) {
          int last = Math.min(lastIndex, index + random.nextInt(4));
          Long guardian = plan.guardianOf().get(s);
          Spell started =
              justify(s, index, last, guardian, days, plan, classTeacherOf, ++noteId, sink);
          if (started.noteId() == null) {
            noteId--;
          }
          spells.put(s, started);
        }
      }
      boolean lastDay = index == lastIndex;
      int weekday = day.getDayOfWeek().getValue();
      Map<Long, Boolean> featuredShown = new HashMap<>();
      for (Slot slot : slots) {
        if (slot.weekday() != weekday) {
          continue;
        }
        Group group = groups.get(slot.groupId());
        long id = ++lessonId;
        int nth = taught.merge(slot.groupId() * 10_000 + slot.subjectId(), 1, Integer::sum);
        String homework =
            random.nextInt(3) == 0 ? "Pratimai, " + (5 + random.nextInt(120)) + " psl." : null;
        sink.lesson(id, slot, day, DemoTopics.topic(slot.subjectCode(), nth), homework);
        count("lessons");
        int perWeek = weekly.get(slot.groupId() * 10_000 + slot.subjectId());
        // ≈ 8 marks per student, subject and semester; every 10th lesson of a ten-point subject a
        // test
        double markChance = Math.min(0.9, 8.0 / (15.8 * perWeek));
        boolean test = slot.scale() == Scale.TEN_POINT && nth % 10 == 0;
        boolean attended = false;
        boolean marked = false;
        Long present = null;
        for (long student : group.students()) {
          boolean featured = lastDay && plan.featured().contains(student);
          Spell spell = spells.get(student);
          boolean ill = spell != null && spell.first() <= index;
          boolean featuredAbsence = featured && !featuredShown.containsKey(student);
          if (featuredAbsence) {
            featuredShown.put(student, Boolean.TRUE);
          }
          if (ill) {
            absence(sink, id, student, spell, classTeacherOf.get(student), slot, recorded);
            attended = true;
            continue;
          }
          if (featuredAbsence || random.nextDouble() < SINGLE_ABSENCE) {
            // a single lesson missed: mostly justified by the class teacher at the parents' request
            boolean justified = !featuredAbsence && random.nextInt(10) < 6 && index < lastIndex - 1;
            LocalDate on = index + 1 <= lastIndex ? days.get(index + 1) : day;
            sink.attendance(
                id,
                student,
                "ABSENT",
                justified ? (random.nextInt(4) == 0 ? "SCHOOL_BUSINESS" : "PARENTS_REQUEST") : null,
                justified ? classTeacherOf.get(student) : null,
                justified ? Timestamp.valueOf(on.atTime(9, 30)) : null,
                null,
                slot.teacherId(),
                recorded);
            count("absences");
            continue;
          }
          count("presences");
          if (random.nextDouble() < LATE) {
            sink.attendance(
                id, student, "LATE", null, null, null, null, slot.teacherId(), recorded);
            count("lateArrivals");
          }
          if (test || random.nextDouble() < (featured ? 0.5 : markChance)) {
            mark(sink, id, slot, student, ability.get(student), test, plan, recorded);
          }
          if (random.nextDouble() < NOTE) {
            boolean praise = random.nextBoolean();
            sink.studentNote(
                student,
                slot.teacherId(),
                id,
                praise ? "PRAISE" : "REMARK",
                day,
                praise ? DemoTopics.praise(random) : DemoTopics.remark(random),
                recorded);
            count(praise ? "praise" : "remarks");
          }
        }
        // yesterday's lessons, the ones a visitor looks at first, each show a mark and an n or p
        if (lastDay && present != null) {
          if (!attended) {
            sink.attendance(
                id, present, "LATE", null, null, null, null, slot.teacherId(), recorded);
            count("lateArrivals");
          }
          if (!marked) {
            mark(sink, id, slot, present, ability.get(present), false, plan, recorded);
          }
        }
      }
    }
    for (LocalDate day : plan.blankDays()) {
      if (month != null && !YearMonth.from(day).equals(month)) {
        sink.monthDone(month);
      }
      month = YearMonth.from(day);
      int weekday = day.getDayOfWeek().getValue();
      for (Slot slot : slots) {
        if (slot.weekday() == weekday) {
          sink.lesson(++lessonId, slot, day, null, null);
          count("blankLessons");
        }
      }
    }
    if (month != null) {
      sink.monthDone(month);
    }
    counts.put("lastLessonId", (int) lessonId);
    counts.put("lastNoteId", (int) noteId);
    return counts;
  }

  /**
   * How a sick spell gets justified: a note accepted a day after it came (older spells), a note
   * still waiting (spells of the last days; those sent more than 2 working days ago are overdue),
   * or nothing yet (the spell just ended). The note comes the school day after the spell.
   */
  private Spell justify(
      long student,
      int first,
      int last,
      Long guardian,
      List<LocalDate> days,
      Plan plan,
      Map<Long, Long> classTeacherOf,
      long noteId,
      Sink sink)
      throws SQLException {
    int lastIndex = days.size() - 1;
    LocalDate sent = last + 1 <= lastIndex ? days.get(last + 1) : plan.today();
    boolean afterYear = plan.blankDays().isEmpty() && plan.today().isAfter(days.get(lastIndex));
    if (guardian == null || (last >= lastIndex - 1 && !afterYear && random.nextBoolean())) {
      return new Spell(first, last, null, false, null);
    }
    boolean accepted = afterYear || last + 3 <= lastIndex;
    LocalDate decided = accepted ? (last + 2 <= lastIndex ? days.get(last + 2) : sent) : null;
    sink.justificationNote(
        noteId,
        student,
        guardian,
        days.get(first),
        days.get(last),
        "ILLNESS",
        Timestamp.valueOf(sent.atTime(7, 40)),
        accepted ? "ACCEPTED" : "SUBMITTED",
        accepted ? classTeacherOf.get(student) : null,
        accepted ? Timestamp.valueOf(decided.atTime(12, 15)) : null);
    count(accepted ? "notesAccepted" : "notesWaiting");
    return new Spell(first, last, noteId, accepted, decided);
  }

  private void absence(
      Sink sink,
      long lessonId,
      long student,
      Spell spell,
      Long classTeacher,
      Slot slot,
      Timestamp recorded)
      throws SQLException {
    boolean justified = spell.accepted();
    sink.attendance(
        lessonId,
        student,
        "ABSENT",
        justified ? "ILLNESS" : null,
        justified ? classTeacher : null,
        justified ? Timestamp.valueOf(spell.decided().atTime(12, 15)) : null,
        justified ? spell.noteId() : null,
        slot.teacherId(),
        recorded);
    count("absences");
  }

  private void mark(
      Sink sink,
      long lessonId,
      Slot slot,
      long student,
      double ability,
      boolean test,
      Plan plan,
      Timestamp recorded)
      throws SQLException {
    String kind = test ? "TEST" : KINDS[weightedKind()];
    String institution = null;
    if (!test && random.nextInt(200) == 0) {
      kind = "OTHER_INSTITUTION";
      institution = "Vilniaus Balio Dvariono muzikos mokykla";
    }
    Scale scale = slot.scale();
    String value;
    String comment = null;
    if (slot.subjectCode().equals(plan.exemptFrom().get(student))) {
      sink.mark(
          lessonId, student, null, "EXEMPT", null, "CLASSWORK", null, slot.teacherId(), recorded);
      count("marks");
      return;
    }
    if (scale == Scale.ACHIEVEMENT_LEVEL && random.nextInt(6) == 0) {
      scale = Scale.DESCRIPTIVE;
    }
    switch (scale) {
      case TEN_POINT -> {
        int v = (int) Math.round(ability + 3 + random.nextGaussian() * 1.3 - (test ? 0.4 : 0));
        value = String.valueOf(Math.max(1, Math.min(10, v)));
      }
      case ACHIEVEMENT_LEVEL -> {
        int level = (int) Math.round(ability / 2.5 + random.nextGaussian() * 0.6);
        value = LEVELS[Math.max(0, Math.min(3, level))];
      }
      case PASS_FAIL -> value = ability + random.nextGaussian() > 1.5 ? "PASSED" : "FAILED";
      default -> {
        value = null;
        comment = DemoTopics.descriptive(random, ability);
      }
    }
    sink.mark(
        lessonId, student, scale, value, comment, kind, institution, slot.teacherId(), recorded);
    count("marks");
  }

  private int weightedKind() {
    int r = random.nextInt(20);
    return r < 12 ? 0 : r < 15 ? 1 : r < 18 ? 2 : 3;
  }

  private void count(String what) {
    counts.merge(what, 1, Integer::sum);
  }

  /**
   * The sink that writes to the database with multi-row inserts, committing each month when {@code
   * commitMonths}. Foreign keys are the generator's own: the caller may turn the checks off.
   */
  public static JdbcSink jdbc(Connection connection, boolean commitMonths) {
    return new JdbcSink(connection, commitMonths);
  }

  /** Writes the rows with {@link MultiInsert}; {@link #close()} writes the rest. */
  public static final class JdbcSink implements Sink, AutoCloseable {
    private final Connection connection;
    private final boolean commitMonths;
    private final List<MultiInsert> tables = new ArrayList<>();
    private final MultiInsert lesson;
    private final MultiInsert note;
    private final MultiInsert mark;
    private final MultiInsert attendance;
    private final MultiInsert studentNote;

    JdbcSink(Connection connection, boolean commitMonths) {
      this.connection = connection;
      this.commitMonths = commitMonths;
      lesson =
          table(
              "lesson",
              "id",
              "group_id",
              "subject_id",
              "teacher_id",
              "timetable_slot_id",
              "lesson_date",
              "lesson_number",
              "topic",
              "homework",
              "homework_due");
      note =
          table(
              "justification_note",
              "id",
              "student_id",
              "guardian_id",
              "from_date",
              "to_date",
              "reason",
              "submitted_at",
              "status",
              "decided_by",
              "decided_at");
      mark =
          table(
              "mark",
              "lesson_id",
              "student_id",
              "scale",
              "mark_value",
              "comment",
              "kind",
              "institution",
              "recorded_by",
              "recorded_at");
      attendance =
          table(
              "attendance",
              "lesson_id",
              "student_id",
              "status",
              "justification",
              "justified_by",
              "justified_at",
              "justification_note_id",
              "recorded_by",
              "recorded_at");
      studentNote =
          table(
              "student_note",
              "student_id",
              "author_id",
              "lesson_id",
              "kind",
              "note_date",
              "note_text",
              "created_at");
    }

    private MultiInsert table(String name, String... columns) {
      MultiInsert insert = new MultiInsert(connection, name, columns);
      tables.add(insert);
      return insert;
    }

    @Override
    public void lesson(long id, Slot slot, LocalDate day, String topic, String homework)
        throws SQLException {
      lesson.add(
          id,
          slot.groupId(),
          slot.subjectId(),
          slot.teacherId(),
          slot.id(),
          day,
          slot.number(),
          topic,
          homework,
          // due by the same lesson a week later: the last week's homework is what the landing
          // pages list as due tomorrow and this week
          homework == null ? null : day.plusDays(7));
    }

    @Override
    public void mark(
        long lessonId,
        long student,
        Scale scale,
        String value,
        String comment,
        String kind,
        String institution,
        long by,
        Timestamp at)
        throws SQLException {
      mark.add(
          lessonId,
          student,
          scale == null ? "EXEMPT" : scale.name(),
          value,
          comment,
          kind,
          institution,
          by,
          at);
    }

    @Override
    public void attendance(
        long lessonId,
        long student,
        String status,
        String justification,
        Long justifiedBy,
        Timestamp justifiedAt,
        Long noteId,
        long by,
        Timestamp at)
        throws SQLException {
      attendance.add(
          lessonId, student, status, justification, justifiedBy, justifiedAt, noteId, by, at);
    }

    @Override
    public void justificationNote(
        long id,
        long student,
        long guardian,
        LocalDate from,
        LocalDate to,
        String reason,
        Timestamp submitted,
        String status,
        Long decidedBy,
        Timestamp decidedAt)
        throws SQLException {
      note.add(id, student, guardian, from, to, reason, submitted, status, decidedBy, decidedAt);
    }

    @Override
    public void studentNote(
        long student,
        long author,
        long lessonId,
        String kind,
        LocalDate day,
        String text,
        Timestamp at)
        throws SQLException {
      studentNote.add(student, author, lessonId, kind, day, text, at);
    }

    @Override
    public void monthDone(YearMonth month) throws SQLException {
      if (commitMonths) {
        close();
        connection.commit();
      }
    }

    @Override
    public void close() throws SQLException {
      for (MultiInsert table : tables) {
        table.close();
      }
    }
  }
}
