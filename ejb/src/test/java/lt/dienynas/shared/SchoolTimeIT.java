package lt.dienynas.shared;

import static lt.dienynas.testing.JournalSchool.doAs;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.journal.Lesson;
import lt.dienynas.journal.MarkInput;
import lt.dienynas.journal.MarkService;
import lt.dienynas.people.Student;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.JournalSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server runs in UTC (as in production); what it stores is the school's time in Vilnius: a
 * mark's recording time and its history entry are the teacher's wall-clock time, not two or three
 * hours earlier.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolTimeIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 15);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("school-time-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB MarkService marks;

  @Test
  void aMarkIsStoredAtTheSchoolsTimeOnAServerInUtc() throws Exception {
    assertTrue(
        TimeZone.getDefault().getRawOffset() == 0 && !TimeZone.getDefault().useDaylightTime(),
        "the server under test runs in UTC: " + TimeZone.getDefault().getID());
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool school = JournalSchool.of(fx, em, 6, 1);
    Student student = school.students.get(0);
    Lesson lesson = school.lesson(DAY, 1);

    doAs(
        school.teacherAccount,
        () -> marks.record(lesson.getId(), student.getId(), MarkInput.of(MarkValue.tenPoint(9))));
    LocalDateTime vilnius = LocalDateTime.now(SchoolClock.ZONE);
    LocalDateTime utc = LocalDateTime.now(ZoneOffset.UTC);

    LocalDateTime recorded =
        local(
            em.createNativeQuery(
                    "SELECT recorded_at FROM mark WHERE lesson_id = ?1 AND student_id = ?2")
                .setParameter(1, lesson.getId())
                .setParameter(2, student.getId())
                .getSingleResult());
    LocalDateTime logged =
        local(
            em.createNativeQuery(
                    "SELECT MAX(occurred_at) FROM history_entry WHERE entity_type = 'mark'"
                        + " AND actor_person_id = ?1")
                .setParameter(1, school.teacher.getId())
                .getSingleResult());
    for (LocalDateTime stored : new LocalDateTime[] {recorded, logged}) {
      assertTrue(
          Duration.between(stored, vilnius).abs().toMinutes() < 2,
          stored + " is the school's time " + vilnius + " (UTC " + utc + ")");
    }
  }

  private static LocalDateTime local(Object value) {
    return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
  }
}
