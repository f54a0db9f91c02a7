package lt.dienynas.yearend;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import lt.dienynas.archive.ArchivePackage;
import lt.dienynas.correction.CorrectionAct;
import lt.dienynas.correction.CorrectionActPdf;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/**
 * The year-end jobs' work, one class or one package at a time. Called by the batch artifacts only
 * (the admin starts the jobs through the access-checked job control), so it has no caller checks;
 * every method joins the chunk's transaction, so a class's documents commit with its checkpoint.
 */
@Stateless
@PermitAll
public class YearEndWork {
  /** The package's folder of the year's correction acts (§30.1). */
  private static final String ACTS = "taisymo_aktai/";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  private DataSource dataSource;

  @Inject private SchoolClock clock;

  @EJB private HistoryLog history;

  /**
   * The classes of a school year in their printed order (level, grade, letter), pre-school groups
   * (no grade) included.
   */
  public List<Long> classIds(long yearId) {
    return ids(
        em.createNativeQuery(
                "SELECT c.id FROM school_class c WHERE c.school_year_id = ?1"
                    + " ORDER BY c.level, c.grade, c.letter, c.id")
            .setParameter(1, yearId)
            .getResultList());
  }

  /**
   * The classes of a school year from one grade to another, in their printed order; pre-school
   * groups have no grade and are not among them.
   */
  public List<Long> classIds(long yearId, int fromGrade, int toGrade) {
    return ids(
        em.createNativeQuery(
                "SELECT c.id FROM school_class c WHERE c.school_year_id = ?1"
                    + " AND c.grade BETWEEN ?2 AND ?3 ORDER BY c.level, c.grade, c.letter, c.id")
            .setParameter(1, yearId)
            .setParameter(2, fromGrade)
            .setParameter(3, toGrade)
            .getResultList());
  }

  private static List<Long> ids(List<?> rows) {
    List<Long> ids = new ArrayList<>(rows.size());
    for (Object id : rows) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }

  /** The school year's id by its name ("2026–2027"). */
  public long yearId(String yearName) {
    List<?> ids =
        em.createNativeQuery("SELECT id FROM school_year WHERE name = ?1")
            .setParameter(1, yearName)
            .getResultList();
    if (ids.isEmpty()) {
      throw new BusinessException("yearend.yearUnknown", yearName);
    }
    return ((Number) ids.get(0)).longValue();
  }

  /** The class's summary as the period results hold it now. */
  public ClassSummary summary(long classId) {
    return new SummaryReader(em).read(classId);
  }

  /** Renders the class's documents; a confirmed (frozen) summary is left as it is. */
  public ClassDocuments render(long classId) {
    ClassSummary summary = summary(classId);
    boolean frozen =
        em.createNamedQuery(SignOff.FIND, SignOff.class)
            .setParameter("classId", classId)
            .getResultStream()
            .anyMatch(s -> s.getStatus().frozen());
    if (frozen) {
      return new ClassDocuments(
          summary.yearId(),
          classId,
          summary.className(),
          summary.students().size(),
          true,
          Map.of());
    }
    Map<DocumentKind, byte[]> files = new EnumMap<>(DocumentKind.class);
    files.put(DocumentKind.SUMMARY_PDF, SummaryDocuments.summaryPdf(summary));
    files.put(DocumentKind.SUMMARY_CSV, SummaryCsv.write(summary));
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.period() != null) {
        files.put(kind, SummaryDocuments.periodReportPdf(summary, kind.period()));
      }
    }
    return new ClassDocuments(
        summary.yearId(), classId, summary.className(), summary.students().size(), false, files);
  }

  /**
   * Stores rendered documents, replacing the class's earlier ones (a rerun writes no duplicate).
   */
  public void store(ClassDocuments documents, Long jobExecutionId) {
    if (documents.frozen()) {
      return;
    }
    Map<DocumentKind, YearEndDocument> existing = new HashMap<>();
    em.createQuery(
            "SELECT d FROM YearEndDocument d WHERE d.classId = :classId", YearEndDocument.class)
        .setParameter("classId", documents.classId())
        .getResultList()
        .forEach(d -> existing.put(d.getKind(), d));
    LocalDateTime now = clock.now();
    documents
        .files()
        .forEach(
            (kind, bytes) -> {
              String name = fileName(documents.className(), kind);
              YearEndDocument document = existing.get(kind);
              if (document == null) {
                em.persist(
                    new YearEndDocument(
                        documents.yearId(),
                        documents.classId(),
                        kind,
                        name,
                        bytes,
                        now,
                        jobExecutionId));
              } else if (!document.getSha256().equals(ArchivePackage.sha256(bytes))) {
                document.replace(name, bytes, now, jobExecutionId);
              }
            });
  }

  /**
   * Builds the school year's archive package from the stored documents, the sign-off records and
   * the correction acts, and stores it (replacing an earlier one). The bytes depend on the data
   * only: the same data gives the same package.
   */
  public PackageResult buildPackage(long yearId, Long jobExecutionId) {
    Object[] year =
        (Object[])
            em.createNativeQuery("SELECT name, start_date, end_date FROM school_year WHERE id = ?1")
                .setParameter(1, yearId)
                .getSingleResult();
    String yearName = (String) year[0];
    Map<Long, String> classNames = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT c.id, c.name FROM school_class c WHERE c.school_year_id = ?1"
                    + " ORDER BY c.level, c.grade, c.letter, c.id")
            .setParameter(1, yearId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      classNames.put(((Number) r[0]).longValue(), (String) r[1]);
    }
    Map<Long, Map<DocumentKind, YearEndDocument>> documents = new HashMap<>();
    em.createNamedQuery(YearEndDocument.OF_YEAR, YearEndDocument.class)
        .setParameter("yearId", yearId)
        .getResultList()
        .forEach(
            d ->
                documents
                    .computeIfAbsent(d.getClassId(), c -> new EnumMap<>(DocumentKind.class))
                    .put(d.getKind(), d));
    ArchivePackage zip =
        new ArchivePackage("E. dienyno archyvas, " + yearName + " m. m.")
            .historyHead(history.head());
    Map<Long, String> folders = new LinkedHashMap<>();
    for (Map.Entry<Long, String> c : classNames.entrySet()) {
      Map<DocumentKind, YearEndDocument> files = documents.get(c.getKey());
      if (files == null || !files.containsKey(DocumentKind.SUMMARY_PDF)) {
        throw new BusinessException("yearend.summaryMissing", c.getValue());
      }
      String folder = "klases/" + folderName(c.getValue(), c.getKey(), classNames);
      folders.put(c.getKey(), folder);
      for (YearEndDocument d : files.values()) {
        zip.add(folder + "/" + d.getKind().fileName(), d.getContent());
      }
    }
    zip.add("patvirtinimai/patvirtinimai.csv", signOffs(yearId, classNames));
    zip.add("patvirtinimai/istorija.csv", signOffEvents(yearId, classNames));
    int acts = addCorrectionActs(zip, yearId);
    zip.add(
        "README.txt",
        ArchiveReadme.text(yearName, year[1], year[2], classNames, folders, acts)
            .getBytes(StandardCharsets.UTF_8));
    byte[] bytes;
    String digest;
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      digest = zip.writeTo(out);
      bytes = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String fileName = "e-dienynas_" + yearName.replace('–', '-') + "_archyvas.zip";
    String sha = ArchivePackage.sha256(bytes);
    LocalDateTime now = clock.now();
    int updated =
        em.createNativeQuery(
                "UPDATE yearend_package SET file_name = ?2, content = ?3, sha256 = ?4,"
                    + " package_digest = ?5, produced_at = ?6, job_execution_id = ?7"
                    + " WHERE school_year_id = ?1")
            .setParameter(1, yearId)
            .setParameter(2, fileName)
            .setParameter(3, bytes)
            .setParameter(4, sha)
            .setParameter(5, digest)
            .setParameter(6, java.sql.Timestamp.valueOf(now))
            .setParameter(7, jobExecutionId)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO yearend_package (school_year_id, file_name, content, sha256,"
                  + " package_digest, produced_at, job_execution_id)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
          .setParameter(1, yearId)
          .setParameter(2, fileName)
          .setParameter(3, bytes)
          .setParameter(4, sha)
          .setParameter(5, digest)
          .setParameter(6, java.sql.Timestamp.valueOf(now))
          .setParameter(7, jobExecutionId)
          .executeUpdate();
    }
    return new PackageResult(yearId, fileName, bytes.length, sha, digest, classNames.size());
  }

  static String fileName(String className, DocumentKind kind) {
    return safe(className) + "_" + kind.fileName();
  }

  private static String folderName(String className, long classId, Map<Long, String> all) {
    long same = all.values().stream().filter(n -> safe(n).equals(safe(className))).count();
    return same > 1 ? safe(className) + "_" + classId : safe(className);
  }

  static String safe(String name) {
    return name.strip().replaceAll("[\\\\/:*?\"<>| ]+", "_");
  }

  private byte[] signOffs(long yearId, Map<Long, String> classNames) {
    StringBuilder csv =
        new StringBuilder(
            "klase,busena,suvestines_sha256,patvirtino,patvirtinta,prieme,priimta,"
                + "atidaryta_is_naujo,atidariusio_akto_id\r\n");
    for (SignOff s :
        em.createNamedQuery(SignOff.OF_YEAR, SignOff.class)
            .setParameter("yearId", yearId)
            .getResultList()) {
      csv.append(
              String.join(
                  ",",
                  SummaryCsv.quote(classNames.getOrDefault(s.getClassId(), "")),
                  s.getStatus().name(),
                  text(s.getSummarySha256()),
                  SummaryCsv.quote(text(s.getConfirmedByName())),
                  text(s.getConfirmedAt()),
                  SummaryCsv.quote(text(s.getAcceptedByName())),
                  text(s.getAcceptedAt()),
                  text(s.getReopenedAt()),
                  text(s.getReopenedByAct())))
          .append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private byte[] signOffEvents(long yearId, Map<Long, String> classNames) {
    Map<Long, Long> classOfSignOff = new HashMap<>();
    em.createNamedQuery(SignOff.OF_YEAR, SignOff.class)
        .setParameter("yearId", yearId)
        .getResultList()
        .forEach(s -> classOfSignOff.put(s.getId(), s.getClassId()));
    StringBuilder csv =
        new StringBuilder("klase,veiksmas,asmuo,laikas,akto_id,suvestines_sha256\r\n");
    for (SignOffEvent e :
        em.createNamedQuery(SignOffEvent.OF_YEAR, SignOffEvent.class)
            .setParameter("yearId", yearId)
            .getResultList()) {
      csv.append(
              String.join(
                  ",",
                  SummaryCsv.quote(
                      classNames.getOrDefault(classOfSignOff.get(e.getSignOffId()), "")),
                  e.getAction(),
                  SummaryCsv.quote(text(e.getPersonName())),
                  text(e.getAt()),
                  text(e.getActId()),
                  text(e.getSummarySha256())))
          .append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Every correction act of the year (§30.1), whatever its status (the CSV's {@code status} column
   * and the end of each PDF tell which changed the data): each printed as its Annex 1 form (PDF/A,
   * {@code taisymo_aktai/<number>.pdf}), and all of them as data — {@code aktai.csv}, every column
   * of the act table, and {@code aktu_eilutes.csv}, every column of their lines.
   *
   * @return the number of acts
   */
  private int addCorrectionActs(ArchivePackage zip, long yearId) {
    List<CorrectionAct> acts =
        em.createNamedQuery(CorrectionAct.OF_YEAR, CorrectionAct.class)
            .setParameter("yearId", yearId)
            .getResultList();
    for (CorrectionAct act : acts) {
      zip.add(ACTS + safe(act.getNumber()) + ".pdf", CorrectionActPdf.render(act));
    }
    zip.add(
        ACTS + "aktai.csv",
        tableCsv("SELECT * FROM correction_act WHERE school_year_id = ? ORDER BY id", yearId));
    zip.add(
        ACTS + "aktu_eilutes.csv",
        tableCsv(
            "SELECT i.* FROM correction_item i JOIN correction_act a ON a.id = i.act_id"
                + " WHERE a.school_year_id = ? ORDER BY i.act_id, i.position",
            yearId));
    return acts.size();
  }

  /** A query's rows as CSV with the column names as its header; binary columns as their SHA-256. */
  private byte[] tableCsv(String sql, long yearId) {
    StringBuilder csv = new StringBuilder();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement q = connection.prepareStatement(sql)) {
      q.setLong(1, yearId);
      try (ResultSet r = q.executeQuery()) {
        ResultSetMetaData meta = r.getMetaData();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          header.add(meta.getColumnLabel(i));
        }
        csv.append(String.join(",", header)).append("\r\n");
        while (r.next()) {
          List<String> cells = new ArrayList<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = r.getObject(i);
            cells.add(
                SummaryCsv.quote(
                    value instanceof byte[] b
                        ? ArchivePackage.sha256(b)
                        : value == null ? "" : value.toString()));
          }
          csv.append(String.join(",", cells)).append("\r\n");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("correction acts could not be read", e);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
