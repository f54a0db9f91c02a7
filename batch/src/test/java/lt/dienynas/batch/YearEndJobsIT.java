package lt.dienynas.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import lt.dienynas.archive.PackageVerifier;
import lt.dienynas.batch.yearend.JobRun;
import lt.dienynas.batch.yearend.YearEndJobs;
import lt.dienynas.it.AsPerson;
import lt.dienynas.it.Fixtures;
import lt.dienynas.it.YearEndSchool;
import lt.dienynas.people.StaffMember;
import lt.dienynas.security.Role;
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
 * manifest and tamper detection, and a run stopped after its first partition and restarted, which
 * must give the byte-identical package.
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
  }

  @Test
  void thePackageVerifiesAndAChangedByteInAnyFileIsNamed() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    YearEndSchool school = YearEndSchool.build(fx, em, 2, 3, 2, 12L);
    Fixtures.Account admin = admin(fx);
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
    assertTrue(
        files.containsKey("taisymo_aktai/README.txt")
            || files.containsKey("taisymo_aktai/aktai.csv"));
    long summaries = files.keySet().stream().filter(p -> p.endsWith("/suvestine.pdf")).count();
    assertEquals(2, summaries, "every class's summary");
    assertEquals(intact.filesChecked(), files.size() - 1);

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
  void aRunStoppedAfterItsFirstPartitionAndRestartedGivesTheSamePackage() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    YearEndSchool school = YearEndSchool.build(fx, em, 3, 4, 2, 13L);
    Fixtures.Account admin = admin(fx);
    long yearId = school.year.getId();

    long whole = start("yearend-archive", yearId, null);
    assertEquals(BatchStatus.COMPLETED, await(whole).getBatchStatus());
    byte[] uninterrupted = archivePackage(yearId);

    clear(yearId);
    long broken = start("yearend-archive", yearId, "1");
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

    long restarted = AsPerson.call(admin.login(), admin.password(), () -> jobs.restart(broken));
    assertEquals(BatchStatus.COMPLETED, await(restarted).getBatchStatus());
    assertEquals(
        3L * 5,
        count("SELECT COUNT(*) FROM yearend_document WHERE school_year_id = " + yearId),
        "every class's five documents, none twice");
    assertArrayEquals(uninterrupted, archivePackage(yearId), "byte-identical package");

    JobRun run = AsPerson.call(admin.login(), admin.password(), () -> jobs.run(restarted));
    assertEquals(2, run.steps().get(0).written(), "the restart did the two classes left");
  }

  private Fixtures.Account admin(Fixtures fx) throws Exception {
    StaffMember admin = fx.staff("Giedrė", "Administratorė", Role.DB_ADMIN);
    return fx.account(admin, Role.DB_ADMIN);
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

  private long start(String job, long yearId, String failFromPartition) {
    Properties parameters = new Properties();
    parameters.setProperty("yearId", Long.toString(yearId));
    if (failFromPartition != null) {
      parameters.setProperty("failFromPartition", failFromPartition);
    }
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
