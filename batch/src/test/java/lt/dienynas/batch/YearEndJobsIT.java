package lt.dienynas.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import lt.dienynas.archive.PackageVerifier;
import lt.dienynas.batch.yearend.JobRun;
import lt.dienynas.batch.yearend.YearEndJobs;
import lt.dienynas.correction.CorrectionDraft;
import lt.dienynas.correction.CorrectionLine;
import lt.dienynas.correction.CorrectionService;
import lt.dienynas.correction.Decision;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.YearEndSchool;
import lt.dienynas.testing.jobs.ClassFaults;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The year-end jobs on the real JBeret with its JDBC repository, over a generated year of period
 * results: the summary of each class against the numbers the test generated, the archive package's
 * manifest and tamper detection with the year's correction acts (PDF and data) in it, and a run
 * that failed after its first partition or was stopped after it, restarted, which must give the
 * byte-identical package.
 */
@ExtendWith(ArquillianExtension.class)
class YearEndJobsIT {

  @Deployment
  static WebArchive deployment() {
    return BatchDeployments.withJobs("yearend-jobs-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB YearEndJobs jobs;

  @EJB CorrectionService corrections;

  @Test
  void eachClassSummaryMatchesTheGeneratedResultsAndNamesOnlyItsOwnStudents() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    YearEndSchool school = YearEndSchool.build(fx, em, 2, 5, 3, 11L);
    Fixtures.Account admin = admin(fx);

    long id =
        AsPerson.call(
            admin.login(), admin.password(), () -> jobs.startSummaries(school.year.getId()));
    JobExecution done = await(id);
    assertEquals(BatchStatus.COMPLETED, done.getBatchStatus());

    for (long classId : school.classIds) {
      List<YearEndSchool.Expected> expected = school.expected.get(classId);
      List<Map<String, String>> rows = csv(document(classId, "SUMMARY_CSV"));
      assertEquals(expected.size(), rows.size(), "one line per student × subject");
      Map<String, Map<String, String>> byKey = new HashMap<>();
      rows.forEach(r -> byKey.put(r.get("mokinio_id") + "/" + r.get("dalyko_id"), r));
      for (YearEndSchool.Expected e : expected) {
        Map<String, String> r = byKey.get(e.studentId() + "/" + e.subjectId());
        assertNotNull(r, "line of student " + e.studentId() + ", subject " + e.subjectId());
        assertEquals(e.first(), r.get("i_pusmetis"));
        assertEquals(e.second(), r.get("ii_pusmetis"));
        assertEquals(e.annual(), r.get("metinis"));
        assertEquals(e.additional() == null ? "" : e.additional(), r.get("papildomas_darbas"));
        assertEquals(e.summer() == null ? "" : e.summer(), r.get("vasaros_darbas"));
        assertEquals(e.finalResult(), r.get("galutinis"));
        String[] periods = {"i_pusm", "ii_pusm", "metu"};
        for (int p = 0; p < 3; p++) {
          assertEquals(
              Integer.toString(e.missed()[p]), r.get(periods[p] + "_praleista"), periods[p]);
          assertEquals(Integer.toString(e.justified()[p]), r.get(periods[p] + "_pateisinta"));
          assertEquals(
              Integer.toString(e.missed()[p] - e.justified()[p]),
              r.get(periods[p] + "_nepateisinta"));
        }
        assertEquals(e.promotion(), r.get("kelimas"));
      }
      try (PDDocument pdf = Loader.loadPDF(document(classId, "SUMMARY_PDF"))) {
        String text = new PDFTextStripper().getText(pdf);
        assertTrue(text.contains("Mokinių mokymosi pasiekimų apskaitos suvestinė"));
        for (long other : school.classIds) {
          for (YearEndSchool.Expected e : school.expected.get(other)) {
            assertEquals(
                other == classId,
                text.contains(e.lastName() + " Ūla"),
                "one class per file: " + e.lastName() + " in the summary of class " + classId);
          }
        }
      }
    }

    JobRun run = AsPerson.call(admin.login(), admin.password(), () -> jobs.run(id));
    assertEquals("COMPLETED", run.batchStatus());
    JobRun.StepRun step = run.steps().get(0);
    assertEquals("summaries", step.name());
    assertEquals(2, step.written(), "one item per class");
    assertEquals(2, run.classesTotal(), "the plan: both classes");
    assertEquals(2, run.classesDone(), "the progress bar's classes done");
    assertEquals(100, run.percent());
  }

  @Test
  void theGradesParameterRendersOnlyThoseGradesClasses() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    // two classes: grade 5 and grade 6
    YearEndSchool school = YearEndSchool.build(fx, em, 2, 3, 2, 17L);
    long grade5 = school.classIds.get(0);
    long grade6 = school.classIds.get(1);

    long id = start("yearend-summary", school.year.getId(), Map.of("grades", "6"));
    assertEquals(BatchStatus.COMPLETED, await(id).getBatchStatus());
    assertEquals(0, documentsOf(grade5), "grade 5 is left out");
    assertTrue(documentsOf(grade6) > 0, "grade 6 is rendered");

    long both = start("yearend-summary", school.year.getId(), Map.of("grades", "5-6"));
    assertEquals(BatchStatus.COMPLETED, await(both).getBatchStatus());
    assertEquals(documentsOf(grade6), documentsOf(grade5), "a range takes both grades");
  }

  @Test
  void thePackageVerifiesAndAChangedByteInAnyFileIsNamed() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    YearEndSchool school = YearEndSchool.build(fx, em, 2, 3, 2, 12L);
    Fixtures.Account admin = admin(fx);
    Acts acts = correctionActs(fx, school, admin);
    long id =
        AsPerson.call(
            admin.login(), admin.password(), () -> jobs.startArchive(school.year.getId()));
    assertEquals(BatchStatus.COMPLETED, await(id).getBatchStatus());
    byte[] zip = archivePackage(school.year.getId());

    PackageVerifier.Result intact = PackageVerifier.verify(zip);
    assertTrue(intact.intact(), () -> intact.problems().toString());
    Map<String, byte[]> files = unzip(zip);
    assertTrue(files.containsKey("README.txt"));
    assertTrue(files.containsKey("patvirtinimai/patvirtinimai.csv"));
    long summaries = files.keySet().stream().filter(p -> p.endsWith("/suvestine.pdf")).count();
    assertEquals(2, summaries, "every class's summary");
    assertEquals(intact.filesChecked(), files.size() - 1, "the manifest lists every file");
    assertActs(school, admin, acts, files);

    for (String path : files.keySet()) {
      if (path.equals("manifest.json")) {
        continue;
      }
      Map<String, byte[]> tampered = new LinkedHashMap<>(files);
      byte[] changed = files.get(path).clone();
      changed[changed.length / 2] ^= 0x01;
      tampered.put(path, changed);
      PackageVerifier.Result result = PackageVerifier.verify(zip(tampered));
      assertFalse(result.intact(), path);
      assertEquals(List.of(path), result.badFiles(), "the changed file is named: " + path);
    }
  }

  @Test
  void aRunFailingAfterItsFirstPartitionAndRestartedGivesTheSamePackage() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    YearEndSchool school = YearEndSchool.build(fx, em, 3, 4, 2, 13L);
    Fixtures.Account admin = admin(fx);
    long yearId = school.year.getId();
    correctionActs(fx, school, admin);

    byte[] uninterrupted = uninterruptedPackage(yearId);

    // every class but the first fails before rendering (the test-only ClassFaults)
    long broken =
        start(
            "yearend-archive",
            yearId,
            Map.of(ClassFaults.FAIL, ClassFaults.ids(school.classIds.subList(1, 3))));
    JobExecution failed = await(broken);
    assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
    assertEquals(
        1L,
        count(
            "SELECT COUNT(*) FROM yearend_document WHERE school_year_id = "
                + yearId
                + " AND kind = 'SUMMARY_PDF'"),
        "only the first partition's class is done");
    assertEquals(
        0L, count("SELECT COUNT(*) FROM yearend_package WHERE school_year_id = " + yearId));
    JobRun halfway = AsPerson.call(admin.login(), admin.password(), () -> jobs.run(broken));
    assertEquals(1, halfway.classesDone(), "the failed partitions count as not done");
    assertEquals(3, halfway.classesTotal());
    assertEquals(33, halfway.percent());

    long restarted = AsPerson.call(admin.login(), admin.password(), () -> jobs.restart(broken));
    assertEquals(BatchStatus.COMPLETED, await(restarted).getBatchStatus());
    assertEquals(
        3L * 5,
        count("SELECT COUNT(*) FROM yearend_document WHERE school_year_id = " + yearId),
        "every class's five documents, none twice");
    assertArrayEquals(uninterrupted, archivePackage(yearId), "byte-identical package");

    JobRun run = AsPerson.call(admin.login(), admin.password(), () -> jobs.run(restarted));
    assertEquals(2, run.steps().get(0).written(), "the restart did the two classes left");
    assertEquals(3, run.classesDone(), "the restart counts on from the class done before it");
    assertEquals(3, run.classesTotal());
    assertEquals(100, run.percent());
  }

  @Test
  void aRunStoppedAfterItsFirstPartitionAndRestartedGivesTheSamePackage() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    YearEndSchool school = YearEndSchool.build(fx, em, 3, 4, 2, 14L);
    Fixtures.Account admin = admin(fx);
    long yearId = school.year.getId();
    correctionActs(fx, school, admin);

    byte[] uninterrupted = uninterruptedPackage(yearId);

    // one partition at a time; the second and later wait, before rendering, until the stop
    long stopped =
        start(
            "yearend-archive",
            yearId,
            Map.of(
                "threads", "1", ClassFaults.HOLD, ClassFaults.ids(school.classIds.subList(1, 3))));
    long first = school.classIds.get(0);
    for (int i = 0; i < 1200 && documentsOf(first) < 5; i++) {
      Thread.sleep(100);
    }
    assertEquals(5L, documentsOf(first), "the first partition committed its class");
    // while it runs, no second year-end job of the same year starts (issue 19)
    for (Callable<Long> second :
        List.<Callable<Long>>of(
            () -> jobs.startSummaries(yearId), () -> jobs.startArchive(yearId))) {
      BusinessException refused =
          assertThrows(
              BusinessException.class,
              () -> AsPerson.call(admin.login(), admin.password(), second));
      assertEquals("yearend.jobRunning", refused.getKey());
    }
    AsPerson.call(
        admin.login(),
        admin.password(),
        () -> {
          jobs.stop(stopped);
          return null;
        });
    assertEquals(BatchStatus.STOPPED, await(stopped).getBatchStatus());
    JobRun halted = AsPerson.call(admin.login(), admin.password(), () -> jobs.run(stopped));
    assertEquals("STOPPED", halted.steps().get(0).batchStatus());
    assertTrue(halted.restartable(), "the job page offers a restart");
    assertEquals(
        1, halted.steps().size(), "the stop ends the job before its package step: " + halted);
    assertEquals(
        0L, count("SELECT COUNT(*) FROM yearend_package WHERE school_year_id = " + yearId));
    // JBeret takes each partition through its one chunk before it stops: no class is half done
    for (long classId : school.classIds) {
      assertEquals(5L, documentsOf(classId), "class " + classId + " after the stop");
    }

    long restarted = AsPerson.call(admin.login(), admin.password(), () -> jobs.restart(stopped));
    assertEquals(BatchStatus.COMPLETED, await(restarted).getBatchStatus());
    for (long classId : school.classIds) {
      assertEquals(5L, documentsOf(classId), "class " + classId + ": its documents, none twice");
    }
    assertArrayEquals(uninterrupted, archivePackage(yearId), "byte-identical package");
    Set<String> folders = new TreeSet<>();
    unzip(archivePackage(yearId)).keySet().stream()
        .filter(p -> p.endsWith("/suvestine.pdf"))
        .forEach(folders::add);
    assertEquals(3, folders.size(), "every class once: " + folders);

    JobRun run = AsPerson.call(admin.login(), admin.password(), () -> jobs.run(restarted));
    assertEquals(0, run.steps().get(0).written(), "the restart found every class done");
    assertEquals("COMPLETED", run.steps().get(1).batchStatus(), "and built the package");
  }

  /** The acts of a year: one applied (an annual grade corrected) and one still a draft. */
  private record Acts(long applied, long draft, YearEndSchool.Expected corrected, String grade) {}

  /**
   * The first class's teacher writes two acts about the first student: one the deputy and the DB
   * admin agree to and the admin applies, one left as a draft.
   */
  private Acts correctionActs(Fixtures fx, YearEndSchool school, Fixtures.Account admin)
      throws Exception {
    long classId = school.classIds.get(0);
    YearEndSchool.Expected e = school.expected.get(classId).get(0);
    long groupId =
        count("SELECT id FROM study_group WHERE kind = 'CLASS' AND school_class_id = " + classId);
    Fixtures.Account teacher = school.classTeachers.get(classId);
    Fixtures.Account deputy =
        fx.account(fx.staff("Rimantas", "Žukauskas", Role.DEPUTY), Role.DEPUTY);
    String grade = otherThan(e.annual());
    LocalDate day = LocalDate.of(2031, 6, 20);
    long applied =
        AsPerson.call(
            teacher.login(),
            teacher.password(),
            () -> {
              long act =
                  corrections.draft(
                      new CorrectionDraft(
                          groupId,
                          e.subjectId(),
                          day,
                          "Įrašytas ne to mokinio metinis įvertinimas",
                          "Klaida perrašant įvertinimus į žiniaraštį",
                          List.of(
                              CorrectionLine.periodGrade(
                                  e.studentId(), PeriodKind.ANNUAL, e.annual(), grade))));
              corrections.submit(act);
              return act;
            });
    AsPerson.call(
        deputy.login(),
        deputy.password(),
        () -> {
          corrections.decideAsDeputy(applied, Decision.AGREED, null);
          return null;
        });
    AsPerson.call(
        admin.login(),
        admin.password(),
        () -> {
          corrections.decideAsAdmin(applied, Decision.AGREED, "Sutinku");
          corrections.apply(applied);
          return null;
        });
    long draft =
        AsPerson.call(
            teacher.login(),
            teacher.password(),
            () ->
                corrections.draft(
                    new CorrectionDraft(
                        groupId,
                        e.subjectId(),
                        day,
                        "Įrašytas ne tas I pusmečio įvertinimas",
                        "Dar tikslinama",
                        List.of(
                            CorrectionLine.periodGrade(
                                e.studentId(),
                                PeriodKind.FIRST_SEMESTER,
                                e.first(),
                                otherThan(e.first()))))));
    return new Acts(applied, draft, e, grade);
  }

  /**
   * Both acts are in the package as PDFs named by their numbers (the same file the portal prints,
   * with the act's own dates) and as data, and the README counts them.
   */
  private void assertActs(
      YearEndSchool school, Fixtures.Account admin, Acts acts, Map<String, byte[]> files)
      throws Exception {
    String applied = actNumber(acts.applied());
    String draft = actNumber(acts.draft());
    byte[] pdf = files.get("taisymo_aktai/" + applied.replace('/', '_') + ".pdf");
    assertNotNull(pdf, "the applied act's PDF: " + files.keySet());
    assertNotNull(files.get("taisymo_aktai/" + draft.replace('/', '_') + ".pdf"), "the draft's");
    assertArrayEquals(
        AsPerson.call(admin.login(), admin.password(), () -> corrections.pdf(acts.applied())),
        pdf,
        "the archive holds the file the portal prints");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Nr. " + applied), text);
      assertTrue(text.contains("AKTAS DĖL LEIDIMO KEISTI DUOMENIS ELEKTRONINIAME DIENYNE"), text);
      assertTrue(
          text.contains("Ūla " + acts.corrected().lastName() + ", metinis: " + acts.grade()), text);
      assertTrue(text.contains("Akto būsena: įvykdytas"), text);
      LocalDateTime created =
          ((java.sql.Timestamp)
                  em.createNativeQuery("SELECT created_at FROM correction_act WHERE id = ?1")
                      .setParameter(1, acts.applied())
                      .getSingleResult())
              .toLocalDateTime();
      assertEquals(
          created.withNano(0).toInstant(ZoneOffset.UTC).toEpochMilli(),
          document.getDocumentInformation().getCreationDate().getTimeInMillis(),
          "the PDF's date is the act's");
    }

    List<Map<String, String>> rows = csv(files.get("taisymo_aktai/aktai.csv"));
    Map<String, String> statuses = new HashMap<>();
    rows.forEach(r -> statuses.put(r.get("act_number"), r.get("status")));
    assertEquals(Map.of(applied, "APPLIED", draft, "DRAFT"), statuses);
    List<Map<String, String>> lines = csv(files.get("taisymo_aktai/aktu_eilutes.csv"));
    assertEquals(2, lines.size(), "one line per act");
    assertEquals(Long.toString(acts.applied()), lines.get(0).get("act_id"));
    assertEquals(acts.grade(), lines.get(0).get("correct_value"));
    String readme = new String(files.get("README.txt"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("Aktų: 2."), readme);
    assertTrue(readme.contains("taisymo_aktai/<akto numeris>.pdf"), readme);
  }

  private static String otherThan(String grade) {
    return "10".equals(grade) ? "9" : "10";
  }

  private String actNumber(long actId) {
    return (String)
        em.createNativeQuery("SELECT act_number FROM correction_act WHERE id = ?1")
            .setParameter(1, actId)
            .getSingleResult();
  }

  private long documentsOf(long classId) {
    return count("SELECT COUNT(*) FROM yearend_document WHERE school_class_id = " + classId);
  }

  private Fixtures.Account admin(Fixtures fx) throws Exception {
    StaffMember admin = fx.staff("Giedrė", "Administratorė", Role.DB_ADMIN);
    return fx.account(admin, Role.DB_ADMIN);
  }

  /** The package of an uninterrupted archive run; then the year's documents and package go. */
  private byte[] uninterruptedPackage(long yearId) throws Exception {
    long whole = start("yearend-archive", yearId, Map.of());
    assertEquals(BatchStatus.COMPLETED, await(whole).getBatchStatus());
    byte[] bytes = archivePackage(yearId);
    clear(yearId);
    return bytes;
  }

  private void clear(long yearId) throws Exception {
    new Fixtures(em, tx)
        .inTx(
            () -> {
              em.createNativeQuery("DELETE FROM yearend_document WHERE school_year_id = ?1")
                  .setParameter(1, yearId)
                  .executeUpdate();
              return em.createNativeQuery("DELETE FROM yearend_package WHERE school_year_id = ?1")
                  .setParameter(1, yearId)
                  .executeUpdate();
            });
  }

  /** Starts a job for the year with the tests' own job parameters. */
  private long start(String job, long yearId, Map<String, String> switches) {
    Properties parameters = new Properties();
    parameters.setProperty("yearId", Long.toString(yearId));
    switches.forEach(parameters::setProperty);
    return BatchRuntime.getJobOperator().start(job, parameters);
  }

  private JobExecution await(long id) throws InterruptedException {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution execution = operator.getJobExecution(id);
    for (int i = 0; i < 1200 && execution.getEndTime() == null; i++) {
      Thread.sleep(100);
      execution = operator.getJobExecution(id);
    }
    return execution;
  }

  private byte[] document(long classId, String kind) {
    return (byte[])
        em.createNativeQuery(
                "SELECT content FROM yearend_document WHERE school_class_id = ?1 AND kind = ?2")
            .setParameter(1, classId)
            .setParameter(2, kind)
            .getSingleResult();
  }

  private byte[] archivePackage(long yearId) {
    return (byte[])
        em.createNativeQuery("SELECT content FROM yearend_package WHERE school_year_id = ?1")
            .setParameter(1, yearId)
            .getSingleResult();
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private static List<Map<String, String>> csv(byte[] bytes) {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r\n");
    String[] header = lines[0].split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c], cells[c]);
      }
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  private static byte[] zip(Map<String, byte[]> files) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        out.putNextEntry(new ZipEntry(file.getKey()));
        out.write(file.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
