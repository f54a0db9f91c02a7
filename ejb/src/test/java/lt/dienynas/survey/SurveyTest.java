package lt.dienynas.survey;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.security.Role;
import org.junit.jupiter.api.Test;

class SurveyTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2030, 10, 1, 12, 0);

  private Survey draft() {
    return new Survey(
        new SchoolYear("2030–2031", LocalDate.of(2030, 9, 1), LocalDate.of(2031, 8, 31)),
        "Apklausa apie e. dienyną",
        null,
        true,
        new StaffMember("Daiva", "Pavaduotoja", Set.of(Role.DEPUTY)),
        NOW);
  }

  @Test
  void questionsNeedTheirOptionsOrScale() {
    Survey survey = draft();
    assertRefused(
        "survey.options",
        () ->
            survey.addQuestion(
                QuestionKind.SINGLE_CHOICE, "Kuris?", List.of("Vienas"), null, null));
    assertRefused(
        "survey.options",
        () ->
            survey.addQuestion(
                QuestionKind.MULTIPLE_CHOICE, "Kurie?", List.of("A", "A", " "), null, null));
    assertRefused(
        "survey.scale", () -> survey.addQuestion(QuestionKind.SCALE, "Kiek?", null, 5, 1));
    assertRefused(
        "survey.questionText",
        () -> survey.addQuestion(QuestionKind.FREE_TEXT, " ", null, null, null));
    SurveyQuestion q =
        survey.addQuestion(
            QuestionKind.MULTIPLE_CHOICE, "Kurie?", List.of("A", "B", "A"), null, null);
    assertEquals(2, q.getOptions().size());
  }

  @Test
  void onlyADraftChangesAndItOpensWithQuestionsAndAudience() {
    Survey survey = draft();
    assertRefused("survey.noQuestions", () -> survey.open(NOW));
    survey.addQuestion(QuestionKind.SCALE, "Įvertinkite", null, 1, 5);
    assertRefused("survey.noAudience", () -> survey.open(NOW));
    assertRefused("survey.grades", () -> new SurveyAudience(AudienceKind.GUARDIANS, 8, 5));
    survey.addAudience(new SurveyAudience(AudienceKind.GUARDIANS, 5, 8));
    survey.open(NOW);
    assertEquals(SurveyStatus.OPEN, survey.getStatus());
    assertRefused(
        "survey.notDraft",
        () -> survey.addQuestion(QuestionKind.FREE_TEXT, "Dar?", null, null, null));
    assertRefused(
        "survey.notDraft",
        () -> survey.addAudience(new SurveyAudience(AudienceKind.TEACHERS, 0, 8)));
    survey.close(NOW);
    assertRefused("survey.notOpen", survey::requireOpen);
  }
}
