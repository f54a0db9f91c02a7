package lt.dienynas.it;

import static lt.dienynas.it.GeneratedClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import lt.dienynas.client.ApiException;
import lt.dienynas.client.api.DienynasApi;
import lt.dienynas.client.model.AudienceKind;
import lt.dienynas.client.model.IssuedCredentials;
import lt.dienynas.client.model.NewQuestion;
import lt.dienynas.client.model.NewSurvey;
import lt.dienynas.client.model.PersonAccount;
import lt.dienynas.client.model.QuestionKind;
import lt.dienynas.client.model.SurveyAnswer;
import lt.dienynas.client.model.SurveyAudience;
import lt.dienynas.client.model.SurveyDetail;
import lt.dienynas.client.model.SurveyQuestionResult;
import lt.dienynas.client.model.SurveyStatus;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Surveys and accounts through the generated API client: the deputy runs a survey of a grade's
 * guardians who answer once; the DB admin gives, resets, disables and enables an account and a
 * class teacher prints their class's first-login slip — each refused to whoever may not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyAccountApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theDeputyAsksTheGuardiansOfAGradeAndEachAnswersOnce() throws Exception {
    TestSchool school = TestSchool.create(4, 1);
    DienynasApi deputy = client(TestPeople.staff("Rita", "Apklausienė", Role.DEPUTY));
    DienynasApi teacher = client(school.teacher);
    DienynasApi guardian =
        client(TestSchool.guardianOf("Aldona", "Atsakiusi", school.students.get(0)));
    NewSurvey survey =
        new NewSurvey().schoolYearId(school.yearId).title("Mokyklos maistas").anonymous(true);
    assertRefused(403, () -> teacher.createSurvey(survey));
    assertRefused(403, () -> guardian.createSurvey(survey));
    ApiException control =
        assertRefused(
            400,
            () ->
                deputy.createSurvey(new NewSurvey().schoolYearId(school.yearId).title("A\u0000")));
    assertTrue(control.getResponseBody().contains("plainText"), control.getResponseBody());

    long id = deputy.createSurvey(survey).getId();
    deputy.addSurveyQuestion(
        id,
        new NewQuestion()
            .kind(QuestionKind.SINGLE_CHOICE)
            .text("Ar patinka pietūs?")
            .options(List.of("Taip", "Ne")));
    deputy.addSurveyAudience(
        id, new SurveyAudience().kind(AudienceKind.GUARDIANS).gradeFrom(4).gradeTo(4));
    assertRefused(403, () -> teacher.openSurvey(id));
    assertEquals(1, deputy.openSurvey(id).getAsked());

    assertEquals(List.of(id), guardian.listMySurveys().stream().map(s -> s.getId()).toList());
    SurveyDetail detail = guardian.getSurvey(id);
    assertEquals(SurveyStatus.OPEN, detail.getStatus());
    long question = detail.getQuestions().get(0).getId();
    long yes = detail.getQuestions().get(0).getOptions().get(0).getId();
    assertRefused(400, () -> guardian.answerSurvey(id, List.of()));
    guardian.answerSurvey(
        id, List.of(new SurveyAnswer().questionId(question).optionIds(List.of(yes))));
    ApiException twice =
        assertRefused(
            400,
            () ->
                guardian.answerSurvey(
                    id, List.of(new SurveyAnswer().questionId(question).optionIds(List.of(yes)))));
    assertTrue(twice.getResponseBody().contains("survey.alreadyAnswered"), twice.getResponseBody());
    assertTrue(guardian.listMySurveys().isEmpty());
    assertRefused(403, () -> guardian.getSurveyResults(id));
    assertRefused(403, () -> teacher.answerSurvey(id, List.of()));

    deputy.closeSurvey(id);
    SurveyQuestionResult result = deputy.getSurveyResults(id).getQuestions().get(0);
    assertEquals(1, deputy.getSurveyResults(id).getAnswered());
    assertEquals("Taip", result.getCounts().get(0).getLabel());
    assertEquals(1, result.getCounts().get(0).getCount());
    assertEquals(0, result.getCounts().get(1).getCount());
    assertTrue(
        deputy.listSurveys().stream()
            .anyMatch(s -> s.getId() == id && s.getStatus() == SurveyStatus.CLOSED));
  }

  @Test
  void theAdminManagesAnAccountAndTheClassTeacherPrintsASlip() throws Exception {
    TestSchool school = TestSchool.create(7, 1);
    TestSchool other = TestSchool.create(7, 1);
    long student = school.students.get(0);
    DienynasApi admin = client(TestPeople.staff("Giedrius", "Paskyrinis", Role.DB_ADMIN));
    DienynasApi teacher = client(school.teacher);
    DienynasApi classTeacher = client(school.classTeacher);
    Account motherAccount = TestSchool.guardianOf("Vida", "Lapelienė", student);
    DienynasApi mother = client(motherAccount);

    IssuedCredentials created = admin.createAccount(student);
    assertNotNull(created.getLogin());
    assertTrue(created.getPassword().length() >= 10, created.getPassword());
    ApiException exists = assertRefused(400, () -> admin.createAccount(student));
    assertTrue(exists.getResponseBody().contains("account.exists"), exists.getResponseBody());
    PersonAccount found =
        admin.searchAccounts(created.getLogin()).stream()
            .filter(a -> a.getPersonId() == student)
            .findFirst()
            .orElseThrow();
    assertTrue(found.getEnabled());
    assertTrue(found.getMustChangePassword());
    String reset = admin.resetAccountPassword(student).getPassword();
    assertFalse(reset.equals(created.getPassword()));
    admin.disableAccount(student);
    assertFalse(admin.searchAccounts(created.getLogin()).get(0).getEnabled());
    admin.enableAccount(student);
    admin.unlockAccount(student);
    assertTrue(admin.searchAccounts(created.getLogin()).get(0).getEnabled());

    for (DienynasApi who : List.of(teacher, classTeacher, mother)) {
      assertRefused(403, () -> who.searchAccounts("a"));
      assertRefused(403, () -> who.createAccount(other.students.get(0)));
      assertRefused(403, () -> who.resetAccountPassword(student));
      assertRefused(403, () -> who.disableAccount(student));
      assertRefused(403, () -> who.enableAccount(student));
      assertRefused(403, () -> who.unlockAccount(student));
    }
    assertRefused(403, () -> teacher.issueFirstLogin(student));
    assertRefused(403, () -> mother.issueFirstLogin(student));
    // (the slip gives the guardian a new temporary password: her own calls come first)
    // the class teacher prints the slip of their class's guardian, not of another class
    assertNotNull(classTeacher.issueFirstLogin(motherAccount.personId()).getPassword());
    assertRefused(403, () -> client(other.classTeacher).issueFirstLogin(motherAccount.personId()));
  }

  private DienynasApi client(Account account) {
    return GeneratedClient.as(contextRoot, account);
  }
}
