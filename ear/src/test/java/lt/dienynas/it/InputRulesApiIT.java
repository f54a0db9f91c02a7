package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import lt.dienynas.it.Api.Reply;
import lt.dienynas.it.TestPeople.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The input rules over HTTP beyond the lesson: dates a person writes lie within one school year,
 * free text carries no control or bidi characters — a Lithuanian 400 and nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputRulesApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aJustificationOutsideTheSchoolYearOrWithControlCharactersIsRefusedAndStoresNothing() {
    TestSchool school = TestSchool.create(5, 1);
    long child = school.students.get(0);
    Account parent = TestSchool.guardianOf("Rūta", "Įvestienė", child);
    Api guardian = Api.basic(contextRoot, parent);
    String notes = "students/" + child + "/justification-notes";

    // a day of no school year (the suite's tests make years up to 2050-2051)
    Reply noYear =
        guardian.post(notes, "{\"from\":\"2097-05-07\",\"reason\":\"ILLNESS\",\"text\":\"Sirgo\"}");
    assertEquals(400, noYear.status(), noYear.body());
    assertTrue(noYear.body().contains("turi būti vienų mokslo metų ribose"), noYear.body());

    Reply across =
        guardian.post(
            notes,
            "{\"from\":\"2030-08-30\",\"to\":\"2030-09-02\",\"reason\":\"ILLNESS\",\"text\":\"Sirgo\"}");
    assertEquals(400, across.status(), across.body());
    assertTrue(across.body().contains("2030-08-30–2030-09-02"), across.body());

    Reply control =
        guardian.post(
            notes, "{\"from\":\"2030-10-07\",\"reason\":\"ILLNESS\",\"text\":\"Sirgo\\u0007\"}");
    assertEquals(400, control.status(), control.body());
    assertTrue(control.body().contains("neleistinų ženklų"), control.body());

    Reply bidi =
        guardian.post(
            notes, "{\"from\":\"2030-10-07\",\"reason\":\"ILLNESS\",\"text\":\"\u202Eogris\"}");
    assertEquals(400, bidi.status(), bidi.body());
    for (Reply reply : new Reply[] {noYear, across, control, bidi}) {
      assertFalse(reply.body().contains("Exception"), reply.body());
    }
    assertEquals(
        "0",
        TestSchool.query("SELECT COUNT(*) FROM justification_note WHERE student_id = ?", child));

    Reply good =
        guardian.post(notes, "{\"from\":\"2030-10-07\",\"reason\":\"ILLNESS\",\"text\":\"Sirgo\"}");
    assertEquals(201, good.status(), good.body());
    assertEquals(
        "1",
        TestSchool.query("SELECT COUNT(*) FROM justification_note WHERE student_id = ?", child));
  }

  /**
   * A student note's text is a constraint on the service's parameter, checked by the container
   * before the service runs: over HTTP the same Lithuanian 400, and nothing is stored.
   */
  @Test
  void aStudentNoteWithAControlCharacterIsRefusedBeforeTheServiceAndStoresNothing() {
    TestSchool school = TestSchool.create(5, 1);
    long child = school.students.get(0);
    Api classTeacher = Api.basic(contextRoot, school.classTeacher);
    String notes = "students/" + child + "/notes";
    Reply control =
        classTeacher.post(
            notes, "{\"kind\":\"PRAISE\",\"text\":\"Pagirtas\\u0007\",\"date\":\"2030-10-07\"}");
    assertEquals(400, control.status(), control.body());
    assertTrue(control.body().contains("neleistinų ženklų"), control.body());
    assertFalse(control.body().contains("Exception"), control.body());
    assertFalse(control.body().matches("(?s).*arg[0-9].*"), control.body());
    assertEquals(
        "0", TestSchool.query("SELECT COUNT(*) FROM student_note WHERE student_id = ?", child));
    Reply good =
        classTeacher.post(
            notes, "{\"kind\":\"PRAISE\",\"text\":\"Pagirtas\",\"date\":\"2030-10-07\"}");
    assertEquals(201, good.status(), good.body());
    assertEquals(
        "1", TestSchool.query("SELECT COUNT(*) FROM student_note WHERE student_id = ?", child));
  }

  @Test
  void theClassTeacherCannotJustifyAcrossTheEndOfTheYear() {
    TestSchool school = TestSchool.create(6, 1);
    long child = school.students.get(0);
    Api classTeacher = Api.basic(contextRoot, school.classTeacher);
    Reply across =
        classTeacher.post(
            "students/" + child + "/justifications",
            "{\"from\":\"2031-08-28\",\"to\":\"2031-09-03\",\"reason\":\"OTHER\"}");
    assertEquals(400, across.status(), across.body());
    assertTrue(across.body().contains("turi būti vienų mokslo metų ribose"), across.body());
    Reply within =
        classTeacher.post(
            "students/" + child + "/justifications",
            "{\"from\":\"2030-10-07\",\"to\":\"2030-10-08\",\"reason\":\"OTHER\"}");
    assertEquals(200, within.status(), within.body());
  }
}
