package lt.dienynas.yearend;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lt.dienynas.archive.ArchivePackage;
import lt.dienynas.archive.PackageVerifier;
import lt.dienynas.history.ChainHead;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Role;

/**
 * Reads the year end's stored documents and packages (for the portal's downloads) and verifies a
 * package against its manifest (§34).
 */
@Stateless
public class YearEndArchive {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  /** A class's stored document, for whoever may read the class's records. */
  @RolesAllowed({
    Role.Names.CLASS_TEACHER,
    Role.Names.TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public Optional<StoredFile> document(long classId, DocumentKind kind) {
    policy.requireClassRead(classId);
    return em.createNamedQuery(YearEndDocument.FIND, YearEndDocument.class)
        .setParameter("classId", classId)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst()
        .map(d -> new StoredFile(d.getFileName(), d.getMediaType(), d.getContent(), d.getSha256()));
  }

  /** The school year's stored archive package, for the archivist and the school's management. */
  @RolesAllowed({Role.Names.ARCHIVIST, Role.Names.DEPUTY, Role.Names.DIRECTOR, Role.Names.DB_ADMIN})
  public Optional<StoredFile> archivePackage(long yearId) {
    policy.requireArchiveRead("YEAREND_PACKAGE_READ");
    List<?> rows =
        em.createNativeQuery(
                "SELECT file_name, content, sha256 FROM yearend_package WHERE school_year_id = ?1")
            .setParameter(1, yearId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(
        new StoredFile((String) r[0], "application/zip", (byte[]) r[1], (String) r[2]));
  }

  /**
   * Checks a package's every file against its manifest; names each changed, missing or added, and
   * whether the diary's history still holds the chain head the manifest recorded.
   */
  @RolesAllowed({Role.Names.ARCHIVIST, Role.Names.DEPUTY, Role.Names.DIRECTOR, Role.Names.DB_ADMIN})
  public PackageVerifier.Result verify(byte[] zip) {
    policy.requireArchiveRead("YEAREND_PACKAGE_VERIFY");
    PackageVerifier.Result result;
    try {
      result = PackageVerifier.verify(zip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChainHead head = result.historyHead();
    if (head == null || history.holds(head)) {
      return result;
    }
    List<String> problems = new ArrayList<>(result.problems());
    problems.add(
        ArchivePackage.MANIFEST
            + ": the diary's history no longer holds the chain head the package recorded (entry "
            + head.lastEntryId()
            + ")");
    return new PackageVerifier.Result(
        result.filesChecked(), result.packageDigest(), problems, head);
  }
}
