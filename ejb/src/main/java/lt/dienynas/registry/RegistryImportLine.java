package lt.dienynas.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** One line of an import's report: its outcome and, for a bad line, the reason (a bundle key). */
@Entity
@Table(name = "registry_import_line")
@NamedQuery(
    name = RegistryImportLine.FIND_BY_IMPORT,
    query =
        "SELECT l FROM RegistryImportLine l WHERE l.registryImport = :import"
            + " ORDER BY l.lineNumber")
@NamedQuery(
    name = RegistryImportLine.FIND_BY_OUTCOME,
    query =
        "SELECT l FROM RegistryImportLine l WHERE l.registryImport = :import"
            + " AND l.outcome = :outcome ORDER BY l.lineNumber")
@NamedQuery(
    name = RegistryImportLine.COUNT_BY_OUTCOME,
    query =
        "SELECT l.outcome, COUNT(l) FROM RegistryImportLine l WHERE l.registryImport = :import"
            + " GROUP BY l.outcome")
@NamedQuery(
    name = RegistryImportLine.FIND_LINE,
    query =
        "SELECT l FROM RegistryImportLine l WHERE l.registryImport = :import"
            + " AND l.lineNumber = :line")
@NamedQuery(
    name = RegistryImportLine.COUNT_BY_IMPORTS,
    query =
        "SELECT l.registryImport.id, l.outcome, COUNT(l) FROM RegistryImportLine l"
            + " WHERE l.registryImport IN :imports GROUP BY l.registryImport.id, l.outcome")
public class RegistryImportLine {
  public static final String COUNT_BY_IMPORTS = "RegistryImportLine.countByImports";
  public static final String FIND_LINE = "RegistryImportLine.findLine";
  public static final String FIND_BY_IMPORT = "RegistryImportLine.findByImport";
  public static final String FIND_BY_OUTCOME = "RegistryImportLine.findByOutcome";
  public static final String COUNT_BY_OUTCOME = "RegistryImportLine.countByOutcome";

  /** Separates the reason's arguments in one column; a registry value never holds it. */
  private static final String ARG_SEPARATOR = "\u001F";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "import_id", nullable = false, updatable = false)
  private RegistryImport registryImport;

  @Column(name = "line_number", nullable = false, updatable = false)
  private int lineNumber;

  @Column(name = "record_key", length = 254)
  private String recordKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 20, nullable = false)
  private LineOutcome outcome;

  @Column(name = "reason_key", length = 80)
  private String reasonKey;

  @Column(name = "reason_args", length = 500)
  private String reasonArgs;

  @Column(name = "person_id")
  private Long personId;

  protected RegistryImportLine() {}

  private RegistryImportLine(
      RegistryImport registryImport, int lineNumber, String recordKey, LineOutcome outcome) {
    this.registryImport = Objects.requireNonNull(registryImport, "registryImport");
    this.lineNumber = lineNumber;
    this.recordKey = recordKey == null || recordKey.isBlank() ? null : truncate(recordKey, 254);
    this.outcome = outcome;
  }

  public static RegistryImportLine valid(RegistryImport registryImport, int line, String key) {
    return new RegistryImportLine(registryImport, line, key, LineOutcome.VALID);
  }

  public static RegistryImportLine rejected(
      RegistryImport registryImport, int line, String key, String reasonKey, Object... args) {
    RegistryImportLine rejected =
        new RegistryImportLine(registryImport, line, key, LineOutcome.REJECTED);
    rejected.reasonKey = reasonKey;
    rejected.reasonArgs =
        args.length == 0
            ? null
            : truncate(
                Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(ARG_SEPARATOR)),
                500);
    return rejected;
  }

  /**
   * The line was imported with this outcome (created, updated or unchanged).
   *
   * @throws IllegalStateException for a line that was not found valid
   */
  public void imported(LineOutcome result, long person) {
    if (outcome != LineOutcome.VALID) {
      throw new IllegalStateException("line " + lineNumber + " is " + outcome);
    }
    this.outcome = result;
    this.personId = person;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public RegistryImport getRegistryImport() {
    return registryImport;
  }

  public int getLineNumber() {
    return lineNumber;
  }

  public Optional<String> getRecordKey() {
    return Optional.ofNullable(recordKey);
  }

  public LineOutcome getOutcome() {
    return outcome;
  }

  public Optional<String> getReasonKey() {
    return Optional.ofNullable(reasonKey);
  }

  public List<String> getReasonArgs() {
    return reasonArgs == null ? List.of() : List.of(reasonArgs.split(ARG_SEPARATOR, -1));
  }

  public Optional<Long> getPersonId() {
    return Optional.ofNullable(personId);
  }
}
