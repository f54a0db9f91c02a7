package lt.dienynas.registry;

import static lt.dienynas.security.Role.Names.DB_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.dienynas.people.Person;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.Messages;
import lt.dienynas.shared.SchoolClock;

/**
 * Registry imports (§9, §18.5) as the DB admin sees them: a file is accepted (or refused as a whole
 * when it is not a registry export at all), the {@code registry-import} job processes it, and its
 * report lists every bad line with its number and reason.
 *
 * <p>What "nothing half-imported" means here: a file refused as a whole changes nothing; otherwise
 * every line is checked before any is imported, each good line is imported as a whole (the person,
 * their data and their class list together) or not at all, and importing is idempotent — a job
 * stopped half-way resumes from its last checkpoint, and the same file imported again changes
 * nothing.
 */
@Stateless
@RolesAllowed(DB_ADMIN)
public class RegistryImportService {
  @Inject private SchoolClock clock;

  private static final int RECENT = 30;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  /** An import in the list, with its counts per outcome. */
  public record ImportSummary(
      long id,
      RegistryKind kind,
      String fileName,
      String schoolYear,
      String startedBy,
      LocalDateTime startedAt,
      ImportStatus status,
      Long jobExecutionId,
      LocalDateTime finishedAt,
      Map<LineOutcome, Long> counts)
      implements Serializable {

    public long count(LineOutcome outcome) {
      return counts.getOrDefault(outcome, 0L);
    }

    public long checked() {
      return counts.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** One line of the report; {@code reason} is in the reader's language. */
  public record ReportLine(int lineNumber, String key, LineOutcome outcome, String reason)
      implements Serializable {}

  /**
   * Accepts an export file for import into a school year; the caller then starts the job.
   *
   * @return the import's id
   * @throws BusinessException {@code registry.empty}, {@code registry.tooLarge}, {@code
   *     registry.header}, {@code registry.fileName}, {@code schoolYear.readOnly}, {@code
   *     schoolYear.outside}
   */
  public long create(
      RegistryKind kind, String fileName, String content, long yearId, LocalDate admittedFrom) {
    Actor actor = policy.requireAdministration("REGISTRY_IMPORT");
    if (kind == null) {
      throw new BusinessException("registry.kind");
    }
    RegistryFile.parse(kind, content);
    SchoolYear year = em.find(SchoolYear.class, yearId);
    if (year == null) {
      throw policy.refuse("REGISTRY_IMPORT", "schoolYear", yearId);
    }
    RegistryImport registryImport =
        new RegistryImport(
            kind,
            fileName,
            content.startsWith("\uFEFF") ? content.substring(1) : content,
            year,
            admittedFrom,
            em.find(Person.class, actor.personId()),
            clock.now());
    em.persist(registryImport);
    em.flush();
    return registryImport.getId();
  }

  /** Links the import to the job execution processing it (a restart links the new one). */
  public void attachJob(long importId, long executionId, boolean restart) {
    policy.requireAdministration("REGISTRY_IMPORT");
    RegistryImport registryImport = find(importId);
    if (restart) {
      registryImport.restarted(executionId);
    } else {
      registryImport.attachJob(executionId);
    }
  }

  /** The latest imports, newest first. */
  public List<ImportSummary> recent() {
    policy.requireAdministration("REGISTRY_IMPORT_READ");
    List<RegistryImport> latest =
        em.createNamedQuery(RegistryImport.FIND_RECENT, RegistryImport.class)
            .setMaxResults(RECENT)
            .getResultList();
    if (latest.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<LineOutcome, Long>> counts = new HashMap<>();
    em.createNamedQuery(RegistryImportLine.COUNT_BY_IMPORTS, Object[].class)
        .setParameter("imports", latest)
        .getResultStream()
        .forEach(
            r ->
                counts
                    .computeIfAbsent((Long) r[0], k -> new EnumMap<>(LineOutcome.class))
                    .put((LineOutcome) r[1], (Long) r[2]));
    return latest.stream().map(i -> summary(i, counts.getOrDefault(i.getId(), Map.of()))).toList();
  }

  public ImportSummary summary(long importId) {
    policy.requireAdministration("REGISTRY_IMPORT_READ");
    return summary(find(importId));
  }

  /** How many lines of data the import's file has: the whole of its progress. */
  public int lineCount(long importId) {
    policy.requireAdministration("REGISTRY_IMPORT_READ");
    RegistryImport registryImport = find(importId);
    return RegistryFile.parse(registryImport.getKind(), registryImport.getContent()).lines().size();
  }

  /** Every line of the import's report, in file order. */
  public List<ReportLine> report(long importId, Locale locale) {
    policy.requireAdministration("REGISTRY_IMPORT_READ");
    return em.createNamedQuery(RegistryImportLine.FIND_BY_IMPORT, RegistryImportLine.class)
        .setParameter("import", find(importId))
        .getResultStream()
        .map(
            l ->
                new ReportLine(
                    l.getLineNumber(),
                    l.getRecordKey().orElse(""),
                    l.getOutcome(),
                    l.getReasonKey()
                        .map(k -> Messages.format(locale, k, l.getReasonArgs().toArray()))
                        .orElse("")))
        .toList();
  }

  private ImportSummary summary(RegistryImport i) {
    Map<LineOutcome, Long> counts = new EnumMap<>(LineOutcome.class);
    em.createNamedQuery(RegistryImportLine.COUNT_BY_OUTCOME, Object[].class)
        .setParameter("import", i)
        .getResultStream()
        .forEach(r -> counts.put((LineOutcome) r[0], (Long) r[1]));
    return summary(i, counts);
  }

  private static ImportSummary summary(RegistryImport i, Map<LineOutcome, Long> counts) {
    return new ImportSummary(
        i.getId(),
        i.getKind(),
        i.getFileName(),
        i.getSchoolYear().getName(),
        i.getStartedBy().getFullName(),
        i.getStartedAt(),
        i.getStatus(),
        i.getJobExecutionId().orElse(null),
        i.getFinishedAt().orElse(null),
        counts);
  }

  private RegistryImport find(long importId) {
    RegistryImport registryImport = em.find(RegistryImport.class, importId);
    if (registryImport == null) {
      throw policy.refuse("REGISTRY_IMPORT_READ", "registryImport", importId);
    }
    return registryImport;
  }
}
