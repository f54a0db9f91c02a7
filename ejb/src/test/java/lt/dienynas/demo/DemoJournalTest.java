package lt.dienynas.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import lt.dienynas.demo.DemoJournal.Group;
import lt.dienynas.demo.DemoJournal.Plan;
import lt.dienynas.demo.DemoJournal.Scale;
import lt.dienynas.demo.DemoJournal.Slot;
import org.junit.jupiter.api.Test;

/** The pure rules of the journal generator, on a small school written to memory. */
class DemoJournalTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final DemoCalendar CALENDAR = DemoCalendar.containing(TODAY);
  private static final List<Long> STUDENTS = LongStream.rangeClosed(100, 124).boxed().toList();

  /** Everything the generator gave, as text rows per kind. */
  private static final class Memory implements DemoJournal.Sink {
    final Map<Long, LocalDate> lessonDates = new HashMap<>();
    final Map<Long, String> topics = new HashMap<>();
    final List<Object[]> marks = new ArrayList<>();
    final List<Object[]> attendance = new ArrayList<>();
    final Map<Long, Object[]> notes = new HashMap<>();
    final List<String> rows = new ArrayList<>();

    @Override
    public void lesson(long id, Slot slot, LocalDate day, String topic, String homework) {
      assertNull(lessonDates.put(id, day), "lesson id " + id + " twice");
      assertEquals(slot.weekday(), day.getDayOfWeek().getValue());
      topics.put(id, topic);
      rows.add("L" + id + day + topic + homework);
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
        Timestamp at) {
      marks.add(new Object[] {lessonId, student, scale, value, comment, kind, institution});
      rows.add("M" + lessonId + student + scale + value + kind);
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
        Timestamp at) {
      attendance.add(
          new Object[] {
            lessonId, student, status, justification, justifiedBy, justifiedAt, noteId
          });
      rows.add("A" + lessonId + student + status + justification);
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
        Timestamp decidedAt) {
      notes.put(id, new Object[] {student, from, to, submitted, status, decidedAt});
      rows.add("N" + id + student + from + to + status);
    }

    @Override
    public void studentNote(
        long student,
        long author,
        long lessonId,
        String kind,
        LocalDate day,
        String text,
        Timestamp at) {
      rows.add("S" + student + lessonId + kind);
    }
  }

  private static Memory generate(long seed) throws Exception {
    List<Slot> slots = new ArrayList<>();
    long id = 1;
    for (int day = 1; day <= 5; day++) {
      slots.add(new Slot(id++, 1, 10, "MAT", 7, day, 1, Scale.TEN_POINT));
      slots.add(new Slot(id++, 1, 11, "LIT", 8, day, 2, Scale.TEN_POINT));
      if (day % 2 == 0) {
        slots.add(new Slot(id++, 1, 12, "TIK", 9, day, 3, Scale.PASS_FAIL));
      }
    }
    Map<Long, Group> groups = Map.of(1L, new Group(1, 7, STUDENTS));
    Map<Long, Long> guardians = new HashMap<>();
    STUDENTS.forEach(s -> guardians.put(s, s + 1000));
    Plan plan =
        new Plan(
            CALENDAR.schoolDaysUpTo(TODAY.minusDays(1)),
            CALENDAR.workingDays().schoolDays(TODAY, TODAY.withDayOfMonth(31)),
            TODAY,
            1,
            1,
            guardians,
            Map.of(124L, "MAT"),
            List.of(100L));
    Memory memory = new Memory();
    new DemoJournal(seed).generate(slots, groups, plan, memory);
    return memory;
  }

  @Test
  void theSameSeedWritesTheSameJournal() throws Exception {
    assertEquals(generate(1).rows, generate(1).rows);
    assertFalse(generate(1).rows.equals(generate(2).rows));
  }

  @Test
  void lessonsOnSchoolDaysOnlyFilledUpToYesterdayAndBlankForTheRestOfTheMonth() throws Exception {
    Memory m = generate(1);
    var calendar = CALENDAR.workingDays();
    for (var lesson : m.lessonDates.entrySet()) {
      LocalDate day = lesson.getValue();
      assertTrue(calendar.isSchoolDay(day), day.toString());
      assertTrue(day.getMonth() == TODAY.getMonth() || day.isBefore(TODAY), day.toString());
      if (day.isBefore(TODAY)) {
        assertNotNull(m.topics.get(lesson.getKey()), "a held lesson has its topic: " + day);
      } else {
        assertNull(m.topics.get(lesson.getKey()), "a lesson ahead is blank: " + day);
      }
    }
    assertTrue(m.lessonDates.containsValue(CALENDAR.start()), "the year's first day");
    assertFalse(m.lessonDates.containsValue(LocalDate.of(2026, 11, 2)), "Vėlinės");
    assertFalse(m.lessonDates.containsValue(LocalDate.of(2026, 10, 27)), "the autumn holiday");
    assertTrue(m.lessonDates.containsValue(TODAY.minusDays(1)), "yesterday");
  }

  @Test
  void marksAndAttendanceOnlyInHeldLessonsNeverBothAbsentAndMarked() throws Exception {
    Memory m = generate(1);
    Set<String> absent = new HashSet<>();
    for (Object[] a : m.attendance) {
      assertTrue(m.lessonDates.get((Long) a[0]).isBefore(TODAY));
      if ("ABSENT".equals(a[2])) {
        absent.add(a[0] + "/" + a[1]);
      } else {
        assertEquals("LATE", a[2]);
        assertNull(a[3], "a late arrival needs no justification");
      }
    }
    Set<String> kinds = new HashSet<>();
    Set<Object> scales = new HashSet<>();
    for (Object[] k : m.marks) {
      assertTrue(m.lessonDates.get((Long) k[0]).isBefore(TODAY));
      assertFalse(absent.contains(k[0] + "/" + k[1]), "marked while absent");
      kinds.add((String) k[5]);
      scales.add(k[2]);
      Scale scale = (Scale) k[2];
      String value = (String) k[3];
      if (scale == null) {
        assertEquals("EXEMPT", value);
        assertEquals(124L, k[1]);
      } else {
        switch (scale) {
          case TEN_POINT -> assertTrue(value.matches("[1-9]|10"), value);
          case PASS_FAIL -> assertTrue(value.equals("PASSED") || value.equals("FAILED"), value);
          default -> throw new AssertionError(scale);
        }
      }
      if ("OTHER_INSTITUTION".equals(k[5])) {
        assertNotNull(k[6]);
      }
    }
    assertTrue(
        kinds.containsAll(Set.of("CLASSWORK", "TEST", "HOMEWORK", "INDEPENDENT_WORK", "PROJECT")),
        kinds.toString());
    assertTrue(scales.contains(null) && scales.contains(Scale.PASS_FAIL), scales.toString());
    double rate =
        absent.size()
            / (double)
                (m.lessonDates.values().stream().filter(d -> d.isBefore(TODAY)).count()
                    * STUDENTS.size());
    assertTrue(rate > 0.03 && rate < 0.12, "absence rate " + rate);
  }

  @Test
  void sickSpellsAreJustifiedByAcceptedNotesExceptTheLatestWhichWait() throws Exception {
    Memory m = generate(1);
    int waiting = 0;
    for (var note : m.notes.entrySet()) {
      Object[] n = note.getValue();
      Timestamp submitted = (Timestamp) n[3];
      assertFalse(submitted.toLocalDateTime().toLocalDate().isAfter(TODAY));
      assertTrue(
          ((LocalDate) n[2]).isBefore(submitted.toLocalDateTime().toLocalDate())
              || n[2].equals(TODAY.minusDays(1))
              || !((LocalDate) n[2]).isAfter(TODAY));
      if ("ACCEPTED".equals(n[4])) {
        assertFalse(((Timestamp) n[5]).toLocalDateTime().toLocalDate().isAfter(TODAY));
      } else {
        assertEquals("SUBMITTED", n[4]);
        assertNull(n[5]);
        List<LocalDate> days = CALENDAR.schoolDaysUpTo(TODAY.minusDays(1));
        assertFalse(((LocalDate) n[2]).isBefore(days.get(days.size() - 4)), "only the latest wait");
        waiting++;
      }
    }
    assertTrue(m.notes.size() > 5, "notes: " + m.notes.size());
    for (Object[] a : m.attendance) {
      Long noteId = (Long) a[6];
      if (noteId != null) {
        Object[] n = m.notes.get(noteId);
        assertEquals("ACCEPTED", n[4]);
        assertEquals("ILLNESS", a[3]);
        assertEquals(7L, a[4], "justified by the class teacher");
        LocalDate day = m.lessonDates.get((Long) a[0]);
        assertTrue(!day.isBefore((LocalDate) n[1]) && !day.isAfter((LocalDate) n[2]));
      }
    }
    assertTrue(waiting < m.notes.size() / 2, "most notes decided: " + waiting);
  }

  @Test
  void theFeaturedStudentHasAnAbsenceOnTheLastSchoolDay() throws Exception {
    Memory m = generate(1);
    LocalDate last =
        CALENDAR
            .schoolDaysUpTo(TODAY.minusDays(1))
            .get(CALENDAR.schoolDaysUpTo(TODAY.minusDays(1)).size() - 1);
    assertTrue(
        m.attendance.stream()
            .anyMatch(a -> a[1].equals(100L) && m.lessonDates.get((Long) a[0]).equals(last)));
    assertEquals(DayOfWeek.TUESDAY, last.getDayOfWeek());
    for (var lesson : m.lessonDates.entrySet()) {
      if (lesson.getValue().equals(last)) {
        long id = lesson.getKey();
        assertTrue(m.marks.stream().anyMatch(k -> k[0].equals(id)), "a mark in lesson " + id);
        assertTrue(
            m.attendance.stream().anyMatch(a -> a[0].equals(id)), "an n or p in lesson " + id);
      }
    }
  }
}
