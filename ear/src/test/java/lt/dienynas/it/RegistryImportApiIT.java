package lt.dienynas.it;

import static lt.dienynas.it.GeneratedClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import lt.dienynas.client.ApiException;
import lt.dienynas.client.api.DienynasApi;
import lt.dienynas.client.model.ImportInput;
import lt.dienynas.client.model.ImportProgress;
import lt.dienynas.client.model.ImportStatus;
import lt.dienynas.client.model.LineOutcome;
import lt.dienynas.client.model.RegistryKind;
import lt.dienynas.client.model.ReportLine;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry import through the generated API client (§9, §18.5): the DB admin sends a Mokinių
 * registras export, follows the job's progress to its end (every line checked, the counts per
 * outcome) and reads its report by line number — the good line created, the bad one refused with
 * its Lithuanian reason; a file that is not an export is 400 and starts nothing; every other role
 * is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryImportApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theAdminImportsAFileFollowsItsProgressAndReadsItsReport() throws Exception {
    long year = TestPeople.schoolYear();
    TestPeople.gradeClass(year, 5, "a", null);
    TestSchool school = TestSchool.create(5, 1);
    String tag = Long.toString(System.nanoTime() % 10_000_000L, 36).replaceAll("\\d", "x");
    String good = code();
    String bad = code();
    String csv =
        String.join(
            "\n",
            "Asmens kodas;Vardas;Pavardė;Gimimo data;Klasė",
            String.join(";", good, "Gabija", "Apiimportuota" + tag, birth(good), "5a"),
            String.join(";", bad, "Jonas", "Nežinomas" + tag, birth(bad), "9z"));
    ImportInput input =
        new ImportInput()
            .kind(RegistryKind.STUDENTS)
            .schoolYearId(year)
            .fileName("mokiniai-" + tag + ".csv")
            .content(csv)
            .admittedFrom(LocalDate.of(2030, 9, 1));
    DienynasApi admin = client(TestPeople.staff("Ada", "Importuotoja", Role.DB_ADMIN));
    List<DienynasApi> others =
        List.of(
            client(school.teacher),
            client(school.classTeacher),
            client(TestPeople.staff("Dalia", "Neimportuoja", Role.DIRECTOR)),
            client(TestPeople.staff("Rimas", "Neimportuojantis", Role.DEPUTY)),
            client(TestPeople.staff("Laima", "Archyvo", Role.ARCHIVIST)),
            client(TestSchool.guardianOf("Rūta", "Importo", school.students.get(0))));

    for (DienynasApi who : others) {
      assertRefused(403, () -> who.startRegistryImport(input));
      assertRefused(403, () -> who.listRegistryImports());
    }
    assertTrue(
        admin.listRegistryImports().stream()
            .noneMatch(i -> i.getFileName().equals(input.getFileName())),
        "a refused start started nothing");
    ApiException noColumn =
        assertRefused(
            400,
            () ->
                admin.startRegistryImport(
                    copy(input).content("Asmens kodas;Vardas;Pavardė\n" + good + ";A;B")));
    HealthApiIT.assertLithuanian(noColumn, "registry.header", "trūksta stulpelių");
    ApiException empty =
        assertRefused(400, () -> admin.startRegistryImport(copy(input).content("")));
    HealthApiIT.assertLithuanian(empty, "registry.empty", "tuščias");
    assertRefused(400, () -> admin.startRegistryImport(copy(input).kind(null)));
    assertTrue(
        admin.listRegistryImports().stream()
            .noneMatch(i -> i.getFileName().equals(input.getFileName())),
        "a refused file started nothing");

    ImportProgress started = admin.startRegistryImport(input);
    long id = started.getSummary().getId();
    assertEquals(2, started.getLines());
    ImportProgress progress = started;
    for (int i = 0; i < 120 && progress.getSummary().getStatus() != ImportStatus.COMPLETED; i++) {
      assertTrue(
          Boolean.FALSE.equals(progress.getJob().getRestartable()), () -> "stuck: " + started);
      Thread.sleep(500);
      progress = admin.getRegistryImport(id);
    }
    ImportProgress done = progress;
    assertEquals(ImportStatus.COMPLETED, done.getSummary().getStatus(), done::toString);
    assertEquals(2, done.getLines());
    assertEquals(2, done.getChecked(), "every line checked");
    assertEquals(1L, done.getSummary().getCounts().getCREATED(), done::toString);
    assertEquals(1L, done.getSummary().getCounts().getREJECTED(), done::toString);
    assertFalse(done.getJob().getRestartable());
    assertTrue(admin.listRegistryImports().stream().anyMatch(i -> i.getId() == id));

    List<ReportLine> report = admin.getRegistryImportReport(id);
    assertEquals(List.of(2, 3), report.stream().map(ReportLine::getLineNumber).toList());
    assertEquals(LineOutcome.CREATED, report.get(0).getOutcome());
    assertEquals(good, report.get(0).getKey());
    assertEquals(LineOutcome.REJECTED, report.get(1).getOutcome());
    assertTrue(report.get(1).getReason().contains("Klasės „9z“"), report.get(1).getReason());
    assertEquals(
        "1", TestSchool.query("SELECT COUNT(*) FROM student WHERE personal_code = ?", good));
    assertEquals(
        "0", TestSchool.query("SELECT COUNT(*) FROM student WHERE personal_code = ?", bad));

    ApiException notStuck = assertRefused(400, () -> admin.restartRegistryImport(id));
    HealthApiIT.assertLithuanian(notStuck, "registry.notRestartable", "neįstrigo");
    for (DienynasApi who : others) {
      assertRefused(403, () -> who.getRegistryImport(id));
      assertRefused(403, () -> who.getRegistryImportReport(id));
      assertRefused(403, () -> who.restartRegistryImport(id));
    }
    assertRefused(403, () -> admin.getRegistryImport(Long.MAX_VALUE));
  }

  private static ImportInput copy(ImportInput i) {
    return new ImportInput()
        .kind(i.getKind())
        .schoolYearId(i.getSchoolYearId())
        .fileName(i.getFileName())
        .content(i.getContent())
        .admittedFrom(i.getAdmittedFrom());
  }

  private static String code() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return PersonalCode.of(
            LocalDate.ofYearDay(2019, 1 + random.nextInt(365)),
            random.nextBoolean(),
            random.nextInt(lt.dienynas.demo.DemoSchool.FIRST_SERIAL))
        .value();
  }

  private static String birth(String code) {
    return PersonalCode.parse(code).birthDate().toString();
  }

  private DienynasApi client(Account account) {
    return GeneratedClient.as(contextRoot, account);
  }
}
