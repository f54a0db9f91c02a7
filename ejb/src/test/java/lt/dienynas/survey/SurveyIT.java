package lt.dienynas.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lt.dienynas.people.Student;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Surveys: one answer per person; anonymous answers cannot be linked to anybody. */
@ExtendWith(ArquillianExtension.class)
class SurveyIT {
  private static final LocalDate START = LocalDate.of(2025, 9, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("survey-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB SurveyService surveys;

  private Fixtures fx;

  private record World(
      long year, Account deputy, Account parent5, Account parent6, Account parent3) {}

  @BeforeEach
  void setUp() {
    fx = new Fixtures(em, tx);
  }

  private World world() throws Exception {
    SchoolYear year = fx.year();
    StudyGroup g5 = fx.gradeClass(year, 5, "a", null);
    StudyGroup g6 = fx.gradeClass(year, 6, "a", null);
    StudyGroup g3 = fx.gradeClass(year, 3, "a", null);
    Student s5 = fx.student("Ąžuolas", "Penktokas", 2015);
    Student s6 = fx.student("Eglė", "Šeštokė", 2014);
    Student s3 = fx.student("Jonas", "Trečiokas", 2017);
    fx.member(g5, s5, START);
    fx.member(g6, s6, START);
    fx.member(g3, s3, START);
    return new World(
        year.getId(),
        fx.account(fx.staff("Daiva", "Pavaduotoja", Role.DEPUTY)),
        fx.account(fx.guardian("Rasa", "Penktokienė", s5)),
        fx.account(fx.guardian("Laima", "Šeštokienė", s6)),
        fx.account(fx.guardian("Ona", "Trečiokienė", s3)));
  }

  /** A survey for the guardians of grades 5–8: one choice, one scale, one text question. */
  private long survey(World w, boolean anonymous) throws Exception {
    return as(
        w.deputy(),
        () -> {
          long id =
              surveys.create(
                  w.year(),
                  Fixtures.unique("Ar patogus e. dienynas? "),
                  "Jūsų nuomonė svarbi.",
                  anonymous);
          surveys.addQuestion(
              id,
              QuestionKind.SINGLE_CHOICE,
              "Kaip dažnai jungiatės?",
              List.of("Kasdien", "Kartą per savaitę", "Rečiau"),
              null,
              null);
          surveys.addQuestion(id, QuestionKind.SCALE, "Įvertinkite patogumą", null, 1, 5);
          surveys.addQuestion(id, QuestionKind.FREE_TEXT, "Ką pakeistumėte?", null, null, null);
          surveys.addAudience(id, AudienceKind.GUARDIANS, 5, 8);
          return id;
        });
  }

  private Map<Long, AnswerInput> answers(SurveyDetail detail, int option, int scale, String text) {
    QuestionView choice = detail.questions().get(0);
    return Map.of(
        choice.id(),
        new AnswerInput(List.of(choice.options().get(option).id()), null, null),
        detail.questions().get(1).id(),
        new AnswerInput(null, scale, null),
        detail.questions().get(2).id(),
        new AnswerInput(null, null, text));
  }

  @Test
  void aSurveyAnsweredTwiceByOnePersonKeepsOneAnswer() throws Exception {
    World w = world();
    long id = survey(w, false);
    assertEquals(2L, (long) as(w.deputy(), () -> surveys.open(id)));

    SurveyDetail detail = as(w.parent5(), () -> surveys.detail(id));
    assertEquals(1, as(w.parent5(), () -> surveys.waitingForMe()).size());
    as(
        w.parent5(),
        () -> {
          surveys.answer(id, answers(detail, 0, 5, "Nieko, viskas gerai"));
          return null;
        });
    BusinessException twice =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    w.parent5(),
                    () -> {
                      surveys.answer(id, answers(detail, 2, 1, "Viską"));
                      return null;
                    }));
    assertEquals("survey.alreadyAnswered", twice.getKey());
    assertTrue(as(w.parent5(), () -> surveys.waitingForMe()).isEmpty());

    SurveyResults results = as(w.deputy(), () -> surveys.results(id));
    assertEquals(2, results.invited());
    assertEquals(1, results.answered());
    assertEquals(
        List.of(1L, 0L, 0L),
        results.questions().get(0).counts().stream().map(c -> c.count()).toList());
    assertEquals(5.0, results.questions().get(1).average());
    assertEquals(List.of("Nieko, viskas gerai"), results.questions().get(2).texts());
    assertEquals(3, answerRows(id));

    // a guardian of a 3rd-grade child is not asked: refused like a guessed survey
    assertThrows(AccessDeniedException.class, () -> as(w.parent3(), () -> surveys.detail(id)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                w.parent3(),
                () -> {
                  surveys.answer(id, answers(detail, 0, 3, ""));
                  return null;
                }));
    assertThrows(AccessDeniedException.class, () -> as(w.parent5(), () -> surveys.results(id)));

    String csv =
        new String(
            as(w.deputy(), () -> surveys.resultsCsv(id, Locale.forLanguageTag("lt"))),
            StandardCharsets.UTF_8);
    assertTrue(csv.contains("\"1. Kaip dažnai jungiatės?\";\"Kasdien\";\"1\""), csv);
    assertTrue(csv.contains("\"2. Įvertinkite patogumą\";\"Vidurkis\";\"5,00\""), csv);
  }

  @Test
  void aFormulaAnswerIsExportedAsTextAndAControlCharacterIsRefused() throws Exception {
    World w = world();
    long id = survey(w, false);
    as(w.deputy(), () -> surveys.open(id));
    SurveyDetail detail = as(w.parent5(), () -> surveys.detail(id));
    SurveyDetail detail6 = as(w.parent6(), () -> surveys.detail(id));
    BusinessException control =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    w.parent6(),
                    () -> {
                      surveys.answer(id, answers(detail6, 0, 4, "Gerai\u0000"));
                      return null;
                    }));
    assertEquals("plainText.invalid", control.getKey());
    as(
        w.parent5(),
        () -> {
          surveys.answer(
              id, answers(detail, 0, 5, "=HYPERLINK(\"http://evil.example\";\"spausk\")"));
          return null;
        });
    String csv =
        new String(
            as(w.deputy(), () -> surveys.resultsCsv(id, Locale.forLanguageTag("lt"))),
            StandardCharsets.UTF_8);
    assertTrue(csv.contains(";\"'=HYPERLINK(\"\"http://evil.example\"\";"), csv);
    assertTrue(!csv.contains(";\"=HYPERLINK"), csv);
    assertEquals(3, answerRows(id), "the refused answer stored nothing");
  }

  @Test
  void anAnonymousSurveysAnswersCannotBeLinkedToAPerson() throws Exception {
    World w = world();
    long named = survey(w, false);
    long anonymous = survey(w, true);
    as(w.deputy(), () -> surveys.open(named));
    as(w.deputy(), () -> surveys.open(anonymous));
    for (Account parent : List.of(w.parent5(), w.parent6())) {
      for (long id : List.of(named, anonymous)) {
        SurveyDetail detail = as(parent, () -> surveys.detail(id));
        as(
            parent,
            () -> {
              surveys.answer(id, answers(detail, 1, 4, "Pastaba"));
              return null;
            });
      }
    }
    // the named survey keeps who answered what; the anonymous one keeps nobody
    assertEquals(
        Set.of(w.parent5().personId(), w.parent6().personId()),
        new TreeSet<>(
            longs(
                "SELECT DISTINCT respondent_id FROM survey_answer a JOIN survey_question q ON q.id = a.question_id WHERE q.survey_id = "
                    + named)));
    assertEquals(6, answerRows(anonymous));
    assertEquals(
        0L,
        single(
            "SELECT COUNT(*) FROM survey_answer a JOIN survey_question q ON q.id = a.question_id WHERE q.survey_id = "
                + anonymous
                + " AND a.respondent_id IS NOT NULL"));
    // who answered is known (each once) ...
    assertEquals(
        2L,
        single(
            "SELECT COUNT(*) FROM survey_invitee WHERE answered = TRUE AND survey_id = "
                + anonymous));
    // ... but nothing ties an answer to them: no person, no time, no order of answering
    assertEquals(
        Set.of("id", "question_id", "option_id", "scale_value", "text_value", "respondent_id"),
        Set.copyOf(
            strings(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'survey_answer'")));
    assertEquals(
        Set.of("survey_id", "person_id", "answered"),
        Set.copyOf(
            strings(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'survey_invitee'")));
    assertEquals(
        0L,
        single(
            "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name IN ('survey_answer', 'survey_invitee') AND data_type IN ('datetime', 'timestamp', 'date', 'time')"));
    for (String answerId :
        strings(
            "SELECT a.id FROM survey_answer a JOIN survey_question q ON q.id = a.question_id WHERE q.survey_id = "
                + anonymous)) {
      assertTrue(
          answerId.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"),
          answerId);
    }
  }

  @Test
  void onlyTheAdminOrADeputyBuildsSurveysAndAnOpenSurveyCannotChange() throws Exception {
    World w = world();
    Account teacher = fx.account(fx.staff("Vaida", "Mokytoja", Role.TEACHER, Role.CLASS_TEACHER));
    assertThrows(
        AccessDeniedException.class,
        () -> as(teacher, () -> surveys.create(w.year(), "Apklausa", "", true)));
    long id = survey(w, true);
    as(w.deputy(), () -> surveys.open(id));
    BusinessException changed =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    w.deputy(),
                    () ->
                        surveys.addQuestion(id, QuestionKind.FREE_TEXT, "Dar?", null, null, null)));
    assertEquals("survey.notDraft", changed.getKey());
    as(
        w.deputy(),
        () -> {
          surveys.close(id);
          return null;
        });
    SurveyDetail detail = as(w.deputy(), () -> surveys.detail(id));
    BusinessException closed =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    w.parent5(),
                    () -> {
                      surveys.answer(id, answers(detail, 0, 3, ""));
                      return null;
                    }));
    assertEquals("survey.notOpen", closed.getKey());
    assertFalse(as(w.deputy(), () -> surveys.all()).isEmpty());
  }

  private long answerRows(long surveyId) {
    return single(
        "SELECT COUNT(*) FROM survey_answer a JOIN survey_question q ON q.id = a.question_id"
            + " WHERE q.survey_id = "
            + surveyId);
  }

  private long single(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private List<Long> longs(String sql) {
    return ((List<?>) em.createNativeQuery(sql).getResultList())
        .stream().map(o -> ((Number) o).longValue()).toList();
  }

  private List<String> strings(String sql) {
    return ((List<?>) em.createNativeQuery(sql).getResultList())
        .stream().map(o -> String.valueOf(o).toLowerCase(Locale.ROOT)).toList();
  }

  private static <T> T as(Account account, java.util.concurrent.Callable<T> action)
      throws Exception {
    return AsPerson.call(account.login(), account.password(), action);
  }
}
