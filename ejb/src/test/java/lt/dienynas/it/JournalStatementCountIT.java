package lt.dienynas.it;

import static lt.dienynas.it.JournalSchool.as;
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
import java.util.StringJoiner;
import lt.dienynas.journal.JournalMonth;
import lt.dienynas.journal.JournalService;
import lt.dienynas.journal.Lesson;
import lt.dienynas.people.Student;
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

  /** Generous, but far below one statement per student or lesson. */
  private static final int BOUND = 15;

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
}
