package lt.dienynas.journal;

import static lt.dienynas.testing.JournalSchool.as;
import static lt.dienynas.testing.JournalSchool.cells;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.AssessmentRules;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.diary.DiaryMark;
import lt.dienynas.diary.DiaryService;
import lt.dienynas.people.Student;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.JournalSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Marks of every kind stored and shown; invalid marks refused with nothing stored. */
@ExtendWith(ArquillianExtension.class)
class MarksIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 7);
  private static final YearMonth OCTOBER = YearMonth.of(2030, 10);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("marks-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB JournalService journal;

  @EJB MarkService marks;

  @EJB AssessmentRules rules;

  @EJB DiaryService diary;

  private Fixtures fx;
  private Account admin;

  @BeforeEach
  void setUp() throws Exception {
    fx = new Fixtures(em, tx);
    admin = fx.account(fx.staff("Ada", "Administratorė", Role.DB_ADMIN));
  }

  @Test
  void everyKindOfMarkIsStoredAndShownInTheJournalAndTheDiary() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 5, 4);
    as(
        admin,
        () -> {
          rules.define(
              school.year.getId(),
              5,
              school.subject.getId(),
              EnumSet.of(MarkScale.TEN_POINT, MarkScale.PASS_FAIL));
          return null;
        });
    Lesson test = school.lesson(DAY, 1);
    Lesson fromHospital = school.lesson(DAY.plusDays(1), 1);
    List<Student> s = school.students;

    as(
        school.teacherAccount,
        () -> {
          journal.saveLesson(
              test.getId(),
              LessonRecord.topic("Kontrolinis darbas: trupmenos"),
              AssessmentKind.TEST,
              null,
              cells(s.get(0), "8", s.get(1), "įsk", s.get(2), "atl", s.get(3), "neįsk"));
          journal.saveLesson(
              fromHospital.getId(),
              LessonRecord.topic("Kartojimas"),
              AssessmentKind.OTHER_INSTITUTION,
              "Vaikų ligoninės mokykla",
              cells(s.get(0), "9"));
          return null;
        });

    JournalMonth month =
        as(school.teacherAccount, () -> journal.month(school.classGroup.getId(), null, OCTOBER));
    assertEquals("8", month.cell(test.getId(), s.get(0).getId()).notation());
    assertEquals(AssessmentKind.TEST, month.cell(test.getId(), s.get(0).getId()).kind());
    assertEquals("įsk.", month.cell(test.getId(), s.get(1).getId()).notation());
    assertEquals("atl.", month.cell(test.getId(), s.get(2).getId()).notation());
    assertEquals("neįsk.", month.cell(test.getId(), s.get(3).getId()).notation());
    assertEquals(
        "Vaikų ligoninės mokykla",
        month.cell(fromHospital.getId(), s.get(0).getId()).institution());
    assertEquals("Kontrolinis darbas: trupmenos", month.lessons().get(0).topic());

    List<DiaryMark> diaryMarks =
        as(
            admin,
            () -> diary.marks(s.get(0).getId(), school.subject.getId(), DAY, DAY.plusDays(5)));
    assertEquals(2, diaryMarks.size());
    assertEquals(MarkValue.tenPoint(8), diaryMarks.get(0).mark());
    assertEquals(AssessmentKind.OTHER_INSTITUTION, diaryMarks.get(1).kind());
    assertEquals("Vaikų ligoninės mokykla", diaryMarks.get(1).institution());

    // primary grades: achievement levels and a descriptive assessment
    JournalSchool primary = JournalSchool.of(fx, em, 2, 3);
    Lesson primaryLesson = primary.lesson(DAY, 2);
    List<Student> p = primary.students;
    as(
        primary.teacherAccount,
        () -> {
          journal.saveLesson(
              primaryLesson.getId(),
              LessonRecord.topic("Skaitymas"),
              AssessmentKind.CLASSWORK,
              null,
              cells(p.get(0), "pagr", p.get(1), "aukšt"));
          marks.record(
              primaryLesson.getId(),
              p.get(2).getId(),
              MarkInput.of(MarkValue.descriptive("Skaito sklandžiai, su išraiška.")));
          return null;
        });
    JournalMonth primaryMonth =
        as(
            primary.classTeacherAccount,
            () -> journal.month(primary.classGroup.getId(), primary.subject.getId(), OCTOBER));
    assertEquals("pagr.", primaryMonth.cell(primaryLesson.getId(), p.get(0).getId()).notation());
    assertEquals("aukšt.", primaryMonth.cell(primaryLesson.getId(), p.get(1).getId()).notation());
    assertEquals(
        "Skaito sklandžiai, su išraiška.",
        primaryMonth.cell(primaryLesson.getId(), p.get(2).getId()).mark().comment());
    assertTrue(primaryMonth.scales().contains(MarkScale.ACHIEVEMENT_LEVEL));
    assertTrue(!primaryMonth.scales().contains(MarkScale.TEN_POINT));
  }

  @Test
  void anInvalidMarkIsRefusedAndNothingOfTheLessonIsStored() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 2);
    Lesson lesson = school.lesson(DAY, 3);
    Student first = school.students.get(0);
    Student second = school.students.get(1);

    for (String bad : new String[] {"11", "abc", "0", "8 9", "pagr"}) {
      BusinessException refused =
          assertThrows(
              BusinessException.class,
              () ->
                  as(
                      school.teacherAccount,
                      () -> {
                        journal.saveLesson(
                            lesson.getId(),
                            LessonRecord.topic("Tema, kuri neturi išlikti"),
                            AssessmentKind.CLASSWORK,
                            null,
                            cells(first, "7", second, bad));
                        return null;
                      }),
              bad);
      assertTrue(
          List.of("journal.cellInvalid", "mark.scaleNotAllowed").contains(refused.getKey()),
          refused.getKey());
      assertTrue(
          refused.localizedMessage(Locale.forLanguageTag("lt")).contains(bad),
          refused.localizedMessage(Locale.forLanguageTag("lt")));
      assertNothingStored(lesson);
    }

    // a subject the school assesses pass / fail only: a ten-point mark is refused
    as(
        admin,
        () -> {
          rules.define(
              school.year.getId(), 6, school.subject.getId(), EnumSet.of(MarkScale.PASS_FAIL));
          return null;
        });
    BusinessException tenPoint =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    school.teacherAccount,
                    () -> {
                      journal.saveLesson(
                          lesson.getId(),
                          LessonRecord.topic("Etika"),
                          AssessmentKind.CLASSWORK,
                          null,
                          cells(first, "įsk", second, "10"));
                      return null;
                    }));
    assertEquals("mark.scaleNotAllowed", tenPoint.getKey());
    assertNothingStored(lesson);
    assertThrows(
        BusinessException.class,
        () ->
            as(
                school.teacherAccount,
                () -> {
                  marks.record(lesson.getId(), first.getId(), MarkInput.of(MarkValue.tenPoint(9)));
                  return null;
                }));
    assertThrows(BusinessException.class, () -> MarkValue.tenPoint(11));
    // a mark from another institution needs the institution's name
    assertThrows(
        BusinessException.class,
        () ->
            as(
                school.teacherAccount,
                () -> {
                  marks.record(
                      lesson.getId(),
                      first.getId(),
                      new MarkInput(MarkValue.passed(), AssessmentKind.OTHER_INSTITUTION, " "));
                  return null;
                }));
    assertNothingStored(lesson);

    // the right mark goes in
    as(
        school.teacherAccount,
        () -> {
          marks.record(lesson.getId(), first.getId(), MarkInput.of(MarkValue.passed()));
          return null;
        });
    assertEquals(1L, markCount(lesson));
  }

  @Test
  void onlyTheGroupsTeacherWritesMarks() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 7, 1);
    JournalSchool other = JournalSchool.of(fx, em, 7, 1);
    Lesson lesson = school.lesson(DAY, 1);
    Student student = school.students.get(0);
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                other.teacherAccount,
                () -> {
                  marks.record(
                      lesson.getId(), student.getId(), MarkInput.of(MarkValue.tenPoint(5)));
                  return null;
                }));
    // a student of another group cannot get a mark in this lesson
    BusinessException notMember =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    school.teacherAccount,
                    () -> {
                      marks.record(
                          lesson.getId(),
                          other.students.get(0).getId(),
                          MarkInput.of(MarkValue.tenPoint(5)));
                      return null;
                    }));
    assertEquals("journal.notMember", notMember.getKey());
    assertEquals(0L, markCount(lesson));
  }

  private void assertNothingStored(Lesson lesson) {
    assertEquals(0L, markCount(lesson));
    em.clear();
    assertNull(em.find(Lesson.class, lesson.getId()).getTopic().orElse(null));
  }

  private long markCount(Lesson lesson) {
    return em.createQuery("SELECT COUNT(m) FROM Mark m WHERE m.lesson.id = :l", Long.class)
        .setParameter("l", lesson.getId())
        .getSingleResult();
  }
}
