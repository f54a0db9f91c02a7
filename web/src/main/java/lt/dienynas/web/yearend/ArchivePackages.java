package lt.dienynas.web.yearend;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.archive.PackageVerifier;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.yearend.SignOffService;
import lt.dienynas.yearend.StoredFile;
import lt.dienynas.yearend.YearEndArchive;
import lt.dienynas.yearend.YearOption;
import org.omnifaces.util.Faces;

/**
 * Archyvas: the school year's archive package to download, and its verification against the
 * manifest — of the stored package or of a package file brought back from the archive.
 */
@Named
@ViewScoped
public class ArchivePackages implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private YearEndArchive archive;
  @EJB private SignOffService signOffs;

  private Long year;
  private List<YearOption> years;
  private transient Part upload;
  private PackageVerifier.Result result;
  private String checked;

  public void load() {
    years = signOffs.years();
    if (year == null && !years.isEmpty()) {
      year = years.get(0).id();
    }
  }

  public void download() throws IOException {
    StoredFile file = stored();
    Faces.sendFile(file.content(), file.fileName(), true);
  }

  public void verifyStored() {
    StoredFile file = stored();
    result = archive.verify(file.content());
    checked = file.fileName();
  }

  public void verifyUpload() throws IOException {
    if (upload == null || upload.getSize() == 0) {
      throw new BusinessException("yearend.packageUnreadable");
    }
    try (InputStream in = upload.getInputStream()) {
      result = archive.verify(in.readAllBytes());
    } catch (java.io.UncheckedIOException e) {
      throw new BusinessException("yearend.packageUnreadable");
    }
    checked = upload.getSubmittedFileName();
  }

  private StoredFile stored() {
    return archive
        .archivePackage(year)
        .orElseThrow(() -> new BusinessException("yearend.packageMissing"));
  }

  public Long getYear() {
    return year;
  }

  public void setYear(Long year) {
    this.year = year;
  }

  public List<YearOption> getYears() {
    return years;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public PackageVerifier.Result getResult() {
    return result;
  }

  public String getChecked() {
    return checked;
  }
}
