package lt.dienynas.it;

import static lt.dienynas.it.GeneratedClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import lt.dienynas.client.ApiException;
import lt.dienynas.client.api.DienynasApi;
import lt.dienynas.client.model.CorrectionDraft;
import lt.dienynas.client.model.CorrectionKind;
import lt.dienynas.client.model.CorrectionLine;
import lt.dienynas.client.model.CorrectionStatus;
import lt.dienynas.client.model.CorrectionSummary;
import lt.dienynas.client.model.CorrectionVerdict;
import lt.dienynas.client.model.CorrectionView;
import lt.dienynas.client.model.Decision;
import lt.dienynas.client.model.DiaryLesson;
import lt.dienynas.client.model.Mark;
import lt.dienynas.client.model.MonthUnlock;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Month locks and a correction act through the generated API client: the DB admin locks the month,
 * the teacher's change is refused, the teacher drafts an act, the deputy and the DB admin agree,
 * the DB admin applies it and the guardian sees the corrected mark — and each step is refused to
 * whoever may not take it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CorrectionApiIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 23);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aLockedMonthIsCorrectedByAnActWithTwoApprovals() throws Exception {
    TestSchool school = TestSchool.create(5, 2);
    TestSchool other = TestSchool.create(5, 1);
    long student = school.students.get(0);
    long lesson = school.lesson(DAY, 2);
    DienynasApi teacher = client(school.teacher);
    DienynasApi otherTeacher = client(other.teacher);
    DienynasApi deputy = client(TestPeople.staff("Daiva", "Pavaduotoja", Role.DEPUTY));
    DienynasApi admin = client(TestPeople.staff("Algis", "Administratorius", Role.DB_ADMIN));
    DienynasApi guardian = client(TestSchool.guardianOf("Jolanta", "Aktienė", student));
    teacher.saveMark(lesson, student, new Mark().notation("5"), null);

    // the lock: only the DB admin; then the month refuses the teacher's change
    assertRefused(403, () -> teacher.lockMonth("2030-10", school.classId));
    assertFalse(admin.getMonthLockState("2030-10", school.classId).getLocked());
    admin.lockMonth("2030-10", school.classId);
    assertTrue(teacher.getMonthLockState("2030-10", school.classId).getLocked());
    assertFalse(teacher.getMonthLockState("2030-10", other.classId).getLocked());
    assertTrue(admin.listMonthLockClasses().stream().anyMatch(c -> c.getId() == school.classId));
    ApiException locked =
        assertRefused(400, () -> teacher.saveMark(lesson, student, new Mark().notation("7"), null));
    assertTrue(locked.getResponseBody().contains("month.locked"), locked.getResponseBody());
    assertRefused(
        400,
        () ->
            admin.unlockMonth(
                "2030-10",
                new MonthUnlock()
                    .classId(school.classId)
                    .until(LocalDateTime.of(2020, 1, 1, 0, 0))));
    assertRefused(
        403,
        () ->
            teacher.unlockMonth(
                "2030-10",
                new MonthUnlock()
                    .classId(school.classId)
                    .until(LocalDateTime.of(2099, 1, 1, 0, 0))));

    // the act
    assertEquals(
        "5",
        teacher.getLessonCorrectionContext(lesson).getStudents().stream()
            .filter(s -> s.getStudentId() == student)
            .findFirst()
            .orElseThrow()
            .getMark());
    CorrectionDraft draft =
        new CorrectionDraft()
            .groupId(school.groupId)
            .subjectId(school.subjectId)
            .recordDate(DAY)
            .errorNature("Pažymys įrašytas klaidingai")
            .reason("Suklysta vedant pažymį")
            .lines(
                List.of(
                    new CorrectionLine()
                        .kind(CorrectionKind.MARK)
                        .studentId(student)
                        .lessonId(lesson)
                        .wrongValue("5")
                        .correctValue("7")));
    assertRefused(403, () -> otherTeacher.draftCorrectionAct(draft));
    assertRefused(403, () -> guardian.draftCorrectionAct(draft));
    ApiException wrong =
        assertRefused(
            400,
            () ->
                teacher.draftCorrectionAct(
                    new CorrectionDraft()
                        .groupId(school.groupId)
                        .subjectId(school.subjectId)
                        .recordDate(DAY)
                        .errorNature("Klaida")
                        .reason("Priežastis")
                        .lines(List.of())));
    assertTrue(wrong.getResponseBody().contains("correction.noLines"), wrong.getResponseBody());
    long act = teacher.draftCorrectionAct(draft).getId();
    assertRefused(403, () -> otherTeacher.submitCorrectionAct(act));
    teacher.submitCorrectionAct(act);
    List<CorrectionSummary> submitted =
        deputy.listCorrectionActs(CorrectionStatus.SUBMITTED, school.classId, null, null);
    assertEquals(List.of(act), submitted.stream().map(CorrectionSummary::getId).toList());
    assertRefused(403, () -> guardian.listCorrectionActs(null, null, null, null));
    assertRefused(403, () -> otherTeacher.getCorrectionAct(act));

    CorrectionVerdict agree = new CorrectionVerdict().decision(Decision.AGREED);
    assertRefused(403, () -> teacher.decideCorrectionActAsDeputy(act, agree));
    assertRefused(403, () -> deputy.decideCorrectionActAsAdmin(act, agree));
    ApiException noReason =
        assertRefused(
            400,
            () ->
                deputy.decideCorrectionActAsDeputy(
                    act, new CorrectionVerdict().decision(Decision.REJECTED)));
    assertTrue(
        noReason.getResponseBody().contains("correction.rejectReason"), noReason.getResponseBody());
    deputy.decideCorrectionActAsDeputy(act, agree);
    assertRefused(403, () -> deputy.applyCorrectionAct(act));
    admin.decideCorrectionActAsAdmin(act, agree);
    admin.applyCorrectionAct(act);

    CorrectionView applied = teacher.getCorrectionAct(act);
    assertEquals(CorrectionStatus.APPLIED, applied.getStatus());
    assertEquals("7", applied.getLines().get(0).getCorrect());
    byte[] pdf = Files.readAllBytes(teacher.getCorrectionActPdf(act).toPath());
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    DiaryLesson seen =
        guardian.getStudentWeek(student, DAY).getDays().stream()
            .flatMap(d -> d.getLessons().stream())
            .filter(l -> l.getLessonId() == lesson)
            .findFirst()
            .orElseThrow();
    assertEquals("7", seen.getMark().getValue());
    // the month stays locked after the act
    assertTrue(teacher.getMonthLockState("2030-10", school.classId).getLocked());
  }

  private DienynasApi client(TestPeople.Account account) {
    return GeneratedClient.as(contextRoot, account);
  }
}
