package lt.dienynas.journal;

import static lt.dienynas.testing.JournalSchool.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.people.Student;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.JournalSchool;
import lt.dienynas.testing.StatementCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journal page's read stays a fixed set of SQL statements: a class of 30 over a month of 25
 * lessons, every cell filled, runs no more statements than a class of 3 with 5 lessons.
 */
@ExtendWith(ArquillianExtension.class)
class JournalStatementCountIT {
  private static final YearMonth OCTOBER = YearMonth.of(2030, 10);

  /**
   * Generous, but far below one statement per student or lesson; two more since the month carries
   * its integrated lessons' subjects and the days without lessons or taught remotely (one query
   * each, whatever the month's size).
   */
  private static final int BOUND = 17;

  /** A lesson save: its fixed reads, one statement per row written, and the history's. */
  private static final int SAVE_BOUND = 42;

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("journal-statement-count-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @PersistenceUnit(unitName = "dienynas")
  EntityManagerFactory emf;

  @Resource UserTransaction tx;

  @EJB JournalService journal;

  @Test
  void theMonthOfAClassOf30With25LessonsRunsAsFewStatementsAsASmallOne() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool small = filled(fx, 3, 5);
    JournalSchool large = filled(fx, 30, 25);

    JournalMonth smallMonth = month(small);
    JournalMonth largeMonth = month(large);
    assertEquals(30, largeMonth.students().size());
    assertEquals(25, largeMonth.lessons().size());
    assertEquals(750, largeMonth.cells().size());
    assertEquals(15, smallMonth.cells().size());

    StatementCounter.Count smallCount = StatementCounter.count(emf, () -> month(small));
    StatementCounter.Count largeCount = StatementCounter.count(emf, () -> month(large));
    assertTrue(smallCount.statements() > 0, "the counter sees the statements");
    assertEquals(
        smallCount.statements(),
        largeCount.statements(),
        () -> "statements grow with students and lessons: " + largeCount.sql());
    assertTrue(
        largeCount.statements() <= BOUND,
        () -> largeCount.statements() + " statements: " + String.join("\n", largeCount.sql()));
  }

  private JournalMonth month(JournalSchool school) throws Exception {
    return as(
        school.teacherAccount,
        () -> journal.month(school.classGroup.getId(), school.subject.getId(), OCTOBER));
  }

  /** A class with every student marked (and every third one absent) in every lesson. */
  private JournalSchool filled(Fixtures fx, int students, int lessons) throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, students);
    for (int i = 0; i < lessons; i++) {
      Lesson lesson = school.lesson(OCTOBER.atDay(1 + i % 28), 1 + i / 28);
      StringJoiner marks = new StringJoiner(", ");
      StringJoiner absences = new StringJoiner(", ");
      int n = 0;
      for (Student student : school.students) {
        marks.add(
            "("
                + lesson.getId()
                + ", "
                + student.getId()
                + ", 'TEN_POINT', '"
                + (1 + n % 10)
                + "', 'CLASSWORK', "
                + school.teacher.getId()
                + ", NOW(3))");
        if (n % 3 == 0) {
          absences.add(
              "("
                  + lesson.getId()
                  + ", "
                  + student.getId()
                  + ", 'ABSENT', "
                  + school.teacher.getId()
                  + ", NOW(3))");
        }
        n++;
      }
      fx.inTx(
          () ->
              em.createNativeQuery(
                          "INSERT INTO mark (lesson_id, student_id, scale, mark_value, kind,"
                              + " recorded_by, recorded_at) VALUES "
                              + marks)
                      .executeUpdate()
                  + em.createNativeQuery(
                          "INSERT INTO attendance (lesson_id, student_id, status, recorded_by,"
                              + " recorded_at) VALUES "
                              + absences)
                      .executeUpdate());
    }
    return school;
  }

  @Test
  void savingALessonForAClassOf30ReadsAsMuchAsForAClassOf3() throws Exception {
    List<StatementCounter.Count> counts = savesOf3And30(7, 1, 1, 10, 3);
    StatementCounter.Count smallCount = counts.get(0);
    StatementCounter.Count largeCount = counts.get(1);
    // 1 mark + 1 absence, and 10 marks + 3 absences; the topic and the attendance taken too; the
    // history takes one multi-row insert and one move of its head for the whole save
    int smallRows = 1 + 1 + 1 + 1;
    int largeRows = 1 + 10 + 3 + 1;
    assertEquals(
        reads(smallCount).size(),
        reads(largeCount).size(),
        () -> "reads grow with the class: " + String.join("\n", largeCount.sql()));
    int writes = largeCount.statements() - reads(largeCount).size();
    assertTrue(
        writes <= largeRows + 2,
        () ->
            writes + " writes for " + largeRows + " rows: " + String.join("\n", largeCount.sql()));
    assertTrue(
        largeCount.statements() <= SAVE_BOUND,
        () -> largeCount.statements() + " statements: " + String.join("\n", largeCount.sql()));
    assertTrue(smallRows < largeRows);

    // the history chain's head, locked by every writer in the school until commit, is taken last
    List<String> sql = largeCount.sql();
    int headLocked = indexOf(sql, "FOR UPDATE");
    assertTrue(headLocked >= 0, () -> "the head is locked: " + String.join("\n", sql));
    for (int i = headLocked + 1; i < sql.size(); i++) {
      String statement = sql.get(i).stripLeading();
      assertTrue(
          statement.startsWith("INSERT INTO history_entry")
              || statement.startsWith("UPDATE history_head"),
          () -> "after the head is locked only the history is written: " + String.join("\n", sql));
    }
  }

  /**
   * A lesson saved from the grid (its topic, marks and attendance, each written by its own service)
   * passes the journal's one write guard: one access decision (the lesson-writer query over the
   * lesson and the teaching assignments) and one read of the month's lock, for a class of 3 as for
   * a class of 30.
   */
  @Test
  void aLessonSaveMakesOneAccessDecisionAndOneMonthLockReadWhateverTheClassSize() throws Exception {
    List<StatementCounter.Count> counts = savesOf3And30(8, 2, 1, 20, 10);
    StatementCounter.Count smallCount = counts.get(0);
    StatementCounter.Count largeCount = counts.get(1);
    for (StatementCounter.Count count : List.of(smallCount, largeCount)) {
      assertEquals(
          1,
          matching(count, JournalStatementCountIT::isLessonWriterDecision).size(),
          () -> "one access decision: " + String.join("\n", count.sql()));
      assertEquals(
          1,
          matching(count, JournalStatementCountIT::readsMonthLock).size(),
          () -> "one month-lock read: " + String.join("\n", count.sql()));
    }
    // the guard's reads of the access and the lock tables do not grow with the class
    assertEquals(
        matching(smallCount, JournalStatementCountIT::readsGuardTables).size(),
        matching(largeCount, JournalStatementCountIT::readsGuardTables).size(),
        () -> "the guard's reads grow with the class: " + String.join("\n", largeCount.sql()));
    // and the save did write: the topic, the marks and the absences
    assertTrue(
        largeCount.sql().stream().anyMatch(s -> s.stripLeading().startsWith("INSERT INTO mark")));
    assertTrue(
        largeCount.sql().stream()
            .anyMatch(s -> s.stripLeading().startsWith("INSERT INTO attendance")));
    assertTrue(
        largeCount.sql().stream().anyMatch(s -> s.stripLeading().startsWith("UPDATE lesson")));
  }

  /** The access policy's lesson-writer query: the lesson's substitute or assigned teacher. */
  private static boolean isLessonWriterDecision(String sql) {
    String s = sql.toLowerCase(java.util.Locale.ROOT);
    return s.stripLeading().startsWith("select")
        && s.contains("substitute_id")
        && s.contains("teaching_assignment");
  }

  private static boolean readsMonthLock(String sql) {
    String s = sql.toLowerCase(java.util.Locale.ROOT);
    return s.stripLeading().startsWith("select") && s.contains("month_lock");
  }

  /** A read of the lock table or of the tables the access decisions ask. */
  private static boolean readsGuardTables(String sql) {
    String s = sql.toLowerCase(java.util.Locale.ROOT);
    return s.stripLeading().startsWith("select")
        && (s.contains("month_lock") || s.contains("teaching_assignment") || s.contains("pledge"));
  }

  private static List<String> matching(
      StatementCounter.Count count, java.util.function.Predicate<String> test) {
    return count.sql().stream().filter(test).toList();
  }

  /**
   * The statements of a lesson save (on that day of October) in a class of 3 and in a class of 30:
   * so many marks and absences in each, the topic too.
   */
  private List<StatementCounter.Count> savesOf3And30(
      int day, int smallMarks, int smallAbsences, int largeMarks, int largeAbsences)
      throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool small = JournalSchool.of(fx, em, 6, 3);
    JournalSchool large = JournalSchool.of(fx, em, 6, 30);
    Lesson smallLesson = small.lesson(OCTOBER.atDay(day), 1);
    Lesson largeLesson = large.lesson(OCTOBER.atDay(day), 1);
    return List.of(
        StatementCounter.count(emf, () -> save(small, smallLesson, smallMarks, smallAbsences)),
        StatementCounter.count(emf, () -> save(large, largeLesson, largeMarks, largeAbsences)));
  }

  private static int indexOf(List<String> sql, String part) {
    for (int i = 0; i < sql.size(); i++) {
      if (sql.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }

  /** The SELECT statements of a count. */
  private static List<String> reads(StatementCounter.Count count) {
    return count.sql().stream().filter(s -> s.stripLeading().startsWith("SELECT")).toList();
  }

  /** Saves a topic, {@code marks} marks and {@code absences} absences, the others left empty. */
  private Void save(JournalSchool school, Lesson lesson, int marks, int absences) throws Exception {
    Map<Long, String> cells = new LinkedHashMap<>();
    int n = 0;
    for (Student student : school.students) {
      cells.put(
          student.getId(),
          n < marks ? String.valueOf(1 + n % 10) : n < marks + absences ? "n" : "");
      n++;
    }
    return as(
        school.teacherAccount,
        () -> {
          journal.saveLesson(
              lesson.getId(),
              LessonRecord.topic("Trupmenos"),
              AssessmentKind.CLASSWORK,
              null,
              cells);
          return null;
        });
  }
}
