package lt.dienynas.batch.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import lt.dienynas.batch.BatchDeployments;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.registry.ImportStatus;
import lt.dienynas.registry.LineOutcome;
import lt.dienynas.registry.RegistryImportService;
import lt.dienynas.registry.RegistryImportService.ImportSummary;
import lt.dienynas.registry.RegistryImportService.ReportLine;
import lt.dienynas.registry.RegistryKind;
import lt.dienynas.school.GroupMember;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry-import job on the real server: good lines are imported, each bad line is reported
 * with its number and reason, and the same file imported again changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryImportJobIT {

  @Deployment
  static WebArchive deployment() {
    return BatchDeployments.withJobs("registry-import-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  DataSource dataSource;

  @EJB RegistryImportJobs jobs;

  @EJB RegistryImportService imports;

  private Fixtures fixtures;
  private Account admin;
  private SchoolYear year;
  private StudyGroup class5a;

  @BeforeEach
  void school() throws Exception {
    fixtures = new Fixtures(em, tx);
    year = fixtures.year();
    class5a = fixtures.gradeClass(year, 5, "a", null);
    admin = fixtures.account(fixtures.staff("Giedrius", "Paulauskas", Role.DB_ADMIN));
  }

  @Test
  void goodLinesAreImportedBadOnesReportedAndASecondRunChangesNothing() throws Exception {
    String good1 = freshCode(2019);
    String good2 = freshCode(2019);
    Student existing = fixtures.student("Rūta", "Senoji", 2019);
    String existingCode = existing.getPersonalCode().value();
    String badCheck = good1.substring(0, 10) + ((good1.charAt(10) - '0' + 1) % 10);
    String unknownClassCode = freshCode(2019);
    String mismatch = freshCode(2019);
    String csv =
        String.join(
            "\n",
            "Asmens kodas;Vardas;Pavardė;Gimimo data;Klasė;Mokymosi pradžia;El. paštas",
            line(good1, "Žemyna", "Ąžuolaitė", birth(good1), "5a", "", "zemyna@pastas.example"),
            line(badCheck, "Jonas", "Klaida", birth(good1), "5a", "", ""),
            line(unknownClassCode, "Petras", "Niekas", birth(unknownClassCode), "9z", "", ""),
            line(good1, "Žemyna", "Ąžuolaitė", birth(good1), "5a", "", ""),
            line(good2, "Šarūnas", "Čiurlionis", birth(good2), "5A", "2030-10-05", ""),
            line(mismatch, "Ona", "Neatitinka", "2001-01-01", "5a", "", ""),
            "",
            line(existingCode, "Rūta", "Naujoji", birth(existingCode), "5a", "", ""),
            good2 + ";Trūksta;Laukų");

    long first = runToEnd(csv);
    ImportSummary summary = as(() -> imports.summary(first));
    assertEquals(ImportStatus.COMPLETED, summary.status());
    assertEquals(2, summary.count(LineOutcome.CREATED), summary::toString);
    assertEquals(1, summary.count(LineOutcome.UPDATED), summary::toString);
    assertEquals(5, summary.count(LineOutcome.REJECTED), summary::toString);

    Map<Integer, ReportLine> report = report(first);
    assertEquals(LineOutcome.CREATED, report.get(2).outcome());
    assertRejected(report.get(3), "kontrolinis skaitmuo neteisingas");
    assertRejected(report.get(4), "Klasės „9z“");
    assertRejected(report.get(5), "jau nurodytas 2 eilutėje");
    assertEquals(LineOutcome.CREATED, report.get(6).outcome());
    assertRejected(report.get(7), "neatitinka gimimo datos");
    assertFalse(report.containsKey(8), "a blank line is no record");
    assertEquals(LineOutcome.UPDATED, report.get(9).outcome());
    assertRejected(report.get(10), "laukų");

    Student zemyna = student(good1);
    assertEquals("Ąžuolaitė", zemyna.getLastName());
    assertEquals("zemyna@pastas.example", zemyna.getEmail().orElseThrow());
    assertOnList(zemyna, year.getStartDate());
    assertOnList(student(good2), LocalDate.of(2030, 10, 5));
    Student renamed = student(existingCode);
    assertEquals("Naujoji", renamed.getLastName());
    assertOnList(renamed, year.getStartDate());
    assertTrue(noStudent(badCheck) && noStudent(unknownClassCode) && noStudent(mismatch));

    String before = fingerprint();
    long second = runToEnd(csv);
    ImportSummary again = as(() -> imports.summary(second));
    assertEquals(0, again.count(LineOutcome.CREATED), again::toString);
    assertEquals(0, again.count(LineOutcome.UPDATED), again::toString);
    assertEquals(3, again.count(LineOutcome.UNCHANGED), again::toString);
    assertEquals(5, again.count(LineOutcome.REJECTED), again::toString);
    assertEquals(before, fingerprint(), "the second run changed the diary");
  }

  @Test
  void guardianColumnsLinkParentsIdempotentlyAndBadLinesAreReportedWithTheirNumbers()
      throws Exception {
    String brother = freshCode(2019);
    String sister = freshCode(2019);
    String lonely = freshCode(2019);
    String badMail = freshCode(2019);
    String halfNamed = freshCode(2019);
    String mail = Fixtures.unique("rasa").toLowerCase(Locale.ROOT) + "@pastas.example";
    String header =
        "Asmens kodas;Vardas;Pavardė;Gimimo data;Klasė;Tėvų vardas;Tėvų pavardė;Tėvų el. paštas;"
            + "Tėvų 2 vardas;Tėvų 2 pavardė;Tėvų 2 el. paštas";
    String csv =
        String.join(
            "\n",
            header,
            line(
                brother,
                "Jonas",
                "Kazlauskas",
                birth(brother),
                "5a",
                "Rasa",
                "Kazlauskienė",
                mail,
                "Petras",
                "Kazlauskas",
                ""),
            line(
                sister,
                "Ugnė",
                "Kazlauskaitė",
                birth(sister),
                "5a",
                "Rasa",
                "Kazlauskienė",
                mail.toUpperCase(Locale.ROOT),
                "",
                "",
                ""),
            line(lonely, "Ona", "Viena", birth(lonely), "5a", "", "", "", "", "", ""),
            line(
                badMail,
                "Eglė",
                "Bloga",
                birth(badMail),
                "5a",
                "Asta",
                "Blogienė",
                "ne-adresas",
                "",
                "",
                ""),
            line(halfNamed, "Rokas", "Pusinis", birth(halfNamed), "5a", "Tik", "", "", "", "", ""));

    long first = runToEnd(csv);
    Map<Integer, ReportLine> report = report(first);
    assertEquals(LineOutcome.CREATED, report.get(2).outcome());
    assertEquals(LineOutcome.CREATED, report.get(3).outcome());
    assertEquals(LineOutcome.CREATED, report.get(4).outcome());
    assertRejected(report.get(5), "El. pašto adresas „ne-adresas“");
    assertRejected(report.get(6), "Vardas ir pavardė privalomi");
    assertTrue(noStudent(badMail) && noStudent(halfNamed), "a bad line imports nothing");

    // one mother of both children (same name and e-mail), the father of the brother only
    List<Object[]> links =
        em.createQuery(
                "SELECT g.id, g.firstName, c.personalCode FROM Guardian g JOIN g.children c"
                    + " WHERE c.personalCode IN :codes ORDER BY g.firstName, c.personalCode",
                Object[].class)
            .setParameter("codes", List.of(brother, sister, lonely))
            .getResultList();
    assertEquals(
        3, links.size(), () -> links.stream().map(java.util.Arrays::toString).toList().toString());
    List<Object[]> mother = links.stream().filter(r -> "Rasa".equals(r[1])).toList();
    assertEquals(2, mother.size());
    assertEquals(mother.get(0)[0], mother.get(1)[0], "the same guardian for both children");
    assertEquals(
        1, links.stream().filter(r -> "Petras".equals(r[1]) && brother.equals(r[2])).count());
    long guardianRows = count("SELECT COUNT(*) FROM guardianship");
    long guardians = count("SELECT COUNT(*) FROM guardian");

    // every guardian and link the import made is in the history, as the guardians page writes it
    long rasa = (Long) mother.get(0)[0];
    assertEquals(
        "1",
        query(
            "SELECT COUNT(*) FROM history_entry WHERE source = 'registry-import'"
                + " AND entity_type = 'guardian' AND action = 'INSERT' AND entity_id = '"
                + rasa
                + "' AND actor_login = '"
                + admin.login()
                + "' AND after_value LIKE '%Kazlauskien%'"),
        importHistory());
    for (String code : List.of(brother, sister)) {
      long child = student(code).getId();
      assertEquals(
          "1",
          query(
              "SELECT COUNT(*) FROM history_entry WHERE source = 'registry-import'"
                  + " AND entity_type = 'guardianship' AND action = 'INSERT'"
                  + " AND entity_id = '"
                  + rasa
                  + "-"
                  + child
                  + "'"),
          code);
    }
    Object father = links.stream().filter(r -> "Petras".equals(r[1])).findFirst().get()[0];
    assertEquals(
        "1",
        query(
            "SELECT COUNT(*) FROM history_entry WHERE source = 'registry-import'"
                + " AND entity_type = 'guardianship' AND entity_id = '"
                + father
                + "-"
                + student(brother).getId()
                + "'"));
    long importHistory =
        count("SELECT COUNT(*) FROM history_entry WHERE source = 'registry-import'");

    String before = fingerprint();
    long second = runToEnd(csv);
    ImportSummary again = as(() -> imports.summary(second));
    assertEquals(0, again.count(LineOutcome.CREATED), again::toString);
    assertEquals(0, again.count(LineOutcome.UPDATED), again::toString);
    assertEquals(3, again.count(LineOutcome.UNCHANGED), again::toString);
    assertEquals(2, again.count(LineOutcome.REJECTED), again::toString);
    assertEquals(before, fingerprint(), "the second run changed the diary");
    assertEquals(guardianRows, count("SELECT COUNT(*) FROM guardianship"));
    assertEquals(guardians, count("SELECT COUNT(*) FROM guardian"));
    assertEquals(
        importHistory,
        count("SELECT COUNT(*) FROM history_entry WHERE source = 'registry-import'"),
        "an unchanged line writes no history");

    // a changed e-mail of a known guardian is an update in the history, before and after
    String newMail = Fixtures.unique("rasa2").toLowerCase(Locale.ROOT) + "@pastas.example";
    runToEnd(
        String.join(
            "\n",
            header,
            line(
                sister,
                "Ugnė",
                "Kazlauskaitė",
                birth(sister),
                "5a",
                "Rasa",
                "Kazlauskienė",
                newMail,
                "",
                "",
                "")));
    assertEquals(
        "1",
        query(
            "SELECT COUNT(*) FROM history_entry WHERE source = 'registry-import'"
                + " AND entity_type = 'guardian' AND action = 'UPDATE' AND entity_id = '"
                + rasa
                + "' AND before_value LIKE '%"
                + mail
                + "%' AND after_value LIKE '%"
                + newMail
                + "%'"));
  }

  @Test
  void aLineWithOneBadGuardianImportsNothingOfItAndARepeatedLineIsReportedOnce() throws Exception {
    Student existing = fixtures.student("Rūta", "Senoji", 2019);
    fixtures.member(class5a, existing, year.getStartDate());
    String existingCode = existing.getPersonalCode().value();
    String fresh = freshCode(2019);
    String repeated = freshCode(2019);
    String tag = Fixtures.unique("G").replaceAll("[^A-Za-z0-9]", "");
    String good = "Gerienė" + tag;
    String goodMail = tag.toLowerCase(Locale.ROOT) + "@pastas.example";
    String repeatedParent = "Kartotinė" + tag;
    String header =
        "Asmens kodas;Vardas;Pavardė;Gimimo data;Klasė;Tėvų vardas;Tėvų pavardė;Tėvų el. paštas;"
            + "Tėvų 2 vardas;Tėvų 2 pavardė;Tėvų 2 el. paštas";
    String csv =
        String.join(
            "\n",
            header,
            // a known student renamed, the first guardian good, the second's e-mail bad
            line(
                existingCode,
                "Rūta",
                "Pervadintoji",
                birth(existingCode),
                "5a",
                "Asta",
                good,
                goodMail,
                "Jonas",
                "Blogas",
                "ne-adresas"),
            // a new student, the first guardian good, the second without a last name
            line(
                fresh,
                "Marija",
                "Naujoji",
                birth(fresh),
                "5a",
                "Asta",
                good,
                goodMail,
                "Tik",
                "",
                ""),
            line(
                repeated,
                "Paulius",
                "Dvigubas",
                birth(repeated),
                "5a",
                "Daiva",
                repeatedParent,
                "",
                "",
                "",
                ""),
            line(
                repeated,
                "Paulius",
                "Dvigubas",
                birth(repeated),
                "5a",
                "Daiva",
                repeatedParent,
                "",
                "",
                "",
                ""));
    String guardiansNamed =
        "SELECT COUNT(*) FROM person WHERE person_type = 'GUARDIAN' AND last_name = '";
    long guardianHistory =
        count(
            "SELECT COUNT(*) FROM history_entry WHERE entity_type IN ('guardian', 'guardianship')");

    long first = runToEnd(csv);
    Map<Integer, ReportLine> report = report(first);
    assertRejected(report.get(2), "El. pašto adresas „ne-adresas“");
    assertRejected(report.get(3), "Vardas ir pavardė privalomi");
    assertEquals(LineOutcome.CREATED, report.get(4).outcome(), report.get(4)::toString);
    assertRejected(report.get(5), "jau nurodytas 4 eilutėje");

    // nothing of a rejected line is done: not the student's new name, not its good guardian
    assertEquals("Senoji", student(existingCode).getLastName());
    assertTrue(noStudent(fresh));
    assertEquals(0, count(guardiansNamed + good + "'"), "the good guardian of a bad line");
    assertEquals(
        0, count("SELECT COUNT(*) FROM guardianship WHERE student_id = " + existing.getId()));
    // the repeated line: one student, one guardian, one link
    assertEquals(1, count(guardiansNamed + repeatedParent + "'"));
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM guardianship gs JOIN person p ON p.id = gs.guardian_id"
                + " WHERE p.last_name = '"
                + repeatedParent
                + "' AND gs.student_id = "
                + student(repeated).getId()));
    assertEquals(
        guardianHistory + 2,
        count(
            "SELECT COUNT(*) FROM history_entry WHERE entity_type IN ('guardian', 'guardianship')"),
        "the repeated line's guardian and link, once each");

    // the same file again: the bad lines are reported again, nothing changes
    String before = fingerprint();
    long second = runToEnd(csv);
    Map<Integer, ReportLine> again = report(second);
    assertRejected(again.get(2), "El. pašto adresas „ne-adresas“");
    assertRejected(again.get(3), "Vardas ir pavardė privalomi");
    assertEquals(LineOutcome.UNCHANGED, again.get(4).outcome(), again.get(4)::toString);
    assertRejected(again.get(5), "jau nurodytas 4 eilutėje");
    assertEquals(before, fingerprint(), "the second run changed the diary");
  }

  @Test
  void staffFromThePedagoguesRegistryAreMatchedByEmail() throws Exception {
    String mail = Fixtures.unique("mok").toLowerCase(Locale.ROOT) + "@mokykla.example";
    String csv =
        String.join(
            "\r\n",
            "Vardas;Pavardė;El. paštas;Pareigos",
            "Aušra;Žilinskienė;" + mail + ";\"mokytojas, klasės vadovas\"",
            "Jonas;Be Pašto;;mokytojas",
            "Rimas;Keistas;" + Fixtures.unique("k") + "@mokykla.example;astronautas",
            "Aušra;Žilinskienė;" + mail.toUpperCase(Locale.ROOT) + ";mokytojas");
    long first = runToEnd(csv, RegistryKind.STAFF);
    Map<Integer, ReportLine> report = report(first);
    assertEquals(LineOutcome.CREATED, report.get(2).outcome());
    assertRejected(report.get(3), "el. pašto adresas privalomas");
    assertRejected(report.get(4), "Nežinomos pareigos „astronautas“");
    assertRejected(report.get(5), "jau nurodytas 2 eilutėje");
    StaffMember teacher =
        em.createQuery("SELECT s FROM StaffMember s WHERE s.email = :m", StaffMember.class)
            .setParameter("m", mail)
            .getSingleResult();
    assertTrue(teacher.hasRole(Role.TEACHER) && teacher.hasRole(Role.CLASS_TEACHER));

    String before = fingerprint();
    long second = runToEnd(csv, RegistryKind.STAFF);
    assertEquals(1, as(() -> imports.summary(second)).count(LineOutcome.UNCHANGED));
    assertEquals(before, fingerprint());
  }

  @Test
  void aFileThatIsNoRegistryExportIsRefusedAsAWhole() throws Exception {
    long importsBefore = count("SELECT COUNT(*) FROM registry_import");
    BusinessException refusal =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    () ->
                        jobs.start(
                            RegistryKind.STUDENTS,
                            "kazkas.csv",
                            "Vardas;Pavardė\nJonas;Jonaitis",
                            year.getId(),
                            year.getStartDate())));
    assertEquals("registry.header", refusal.getKey());
    assertEquals(importsBefore, count("SELECT COUNT(*) FROM registry_import"));
  }

  // ------------------------------------------------------------------------------------------

  private long runToEnd(String csv) throws Exception {
    return runToEnd(csv, RegistryKind.STUDENTS);
  }

  private long runToEnd(String csv, RegistryKind kind) throws Exception {
    long id = as(() -> jobs.start(kind, "registras.csv", csv, year.getId(), year.getStartDate()));
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      BatchStatus status = as(() -> jobs.state(id)).status();
      if (status == BatchStatus.COMPLETED) {
        return id;
      }
      if (status == BatchStatus.FAILED || status == BatchStatus.ABANDONED) {
        throw new AssertionError("the import job ended " + status);
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the import job did not finish in a minute");
  }

  private Map<Integer, ReportLine> report(long importId) throws Exception {
    List<ReportLine> lines = as(() -> imports.report(importId, Locale.forLanguageTag("lt")));
    return lines.stream().collect(Collectors.toMap(ReportLine::lineNumber, l -> l));
  }

  private static void assertRejected(ReportLine line, String reasonPart) {
    assertEquals(LineOutcome.REJECTED, line.outcome(), line::toString);
    assertTrue(line.reason().contains(reasonPart), () -> line + " should say: " + reasonPart);
  }

  private void assertOnList(Student student, LocalDate from) {
    List<GroupMember> members =
        em.createNamedQuery(GroupMember.FIND_BY_STUDENT, GroupMember.class)
            .setParameter("student", student)
            .getResultList();
    assertEquals(1, members.size(), () -> student + " lists: " + members.size());
    assertEquals(class5a.getId(), members.get(0).getGroup().getId());
    assertEquals(from, members.get(0).getValidFrom());
  }

  private Student student(String code) {
    em.clear();
    return em.createNamedQuery(Student.FIND_BY_PERSONAL_CODE, Student.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  private boolean noStudent(String code) {
    return em.createNamedQuery(Student.FIND_BY_PERSONAL_CODE)
        .setParameter("code", code)
        .getResultList()
        .isEmpty();
  }

  /** Everything the import may touch: people and class lists, with their versions. */
  private String fingerprint() throws Exception {
    return query(
            "SELECT COUNT(*), SUM(CRC32(CONCAT_WS('|', id, first_name, last_name,"
                + " IFNULL(email, ''), version))) FROM person")
        + "/"
        + query(
            "SELECT COUNT(*), SUM(CRC32(CONCAT_WS('|', id, group_id, student_id, valid_from,"
                + " IFNULL(valid_to, '')))) FROM group_member")
        + "/"
        + query("SELECT COUNT(*), SUM(CRC32(CONCAT_WS('|', staff_id, role))) FROM staff_role");
  }

  /** The import's history entries, to tell what is there when an assertion on them fails. */
  private String importHistory() throws Exception {
    return query(
        "SELECT GROUP_CONCAT(CONCAT_WS('|', entity_type, action, entity_id, actor_login)"
            + " SEPARATOR ', ') FROM history_entry WHERE source = 'registry-import'");
  }

  private long count(String sql) throws Exception {
    return Long.parseLong(query(sql).split(",")[0]);
  }

  private String query(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      StringBuilder out = new StringBuilder();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        out.append(i > 1 ? "," : "").append(rs.getString(i));
      }
      return out.toString();
    }
  }

  private <T> T as(java.util.concurrent.Callable<T> action) throws Exception {
    return AsPerson.call(admin.login(), admin.password(), action);
  }

  private String freshCode(int birthYear) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (true) {
      String code =
          PersonalCode.of(
                  LocalDate.ofYearDay(birthYear, 1 + random.nextInt(365)),
                  random.nextBoolean(),
                  random.nextInt(1000))
              .value();
      if (noStudent(code)) {
        return code;
      }
    }
  }

  private static String birth(String code) {
    return PersonalCode.parse(code).birthDate().toString();
  }

  private static String line(String... fields) {
    return String.join(";", fields);
  }
}
