package lt.dienynas.web.yearend;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import lt.dienynas.web.faces.PageMessages;
import lt.dienynas.yearend.DocumentKind;
import lt.dienynas.yearend.SignOffService;
import lt.dienynas.yearend.SignOffView;
import lt.dienynas.yearend.StoredFile;
import lt.dienynas.yearend.YearEndArchive;
import org.omnifaces.util.Faces;

/**
 * A class's summary: the class teacher checks the documents and confirms (§21.18), the deputy
 * accepts; a re-opened summary shows the correction act that opened it.
 */
@Named
@ViewScoped
public class SummarySignOff implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private SignOffService signOffs;
  @EJB private YearEndArchive archive;

  private Long classId;
  private SignOffView view;

  public void load() {
    view = signOffs.view(classId);
  }

  public void confirm() {
    view = signOffs.confirm(classId);
    PageMessages.info("yearend.confirmed");
  }

  public void accept() {
    view = signOffs.accept(classId);
    PageMessages.info("yearend.accepted");
  }

  public void download(DocumentKind kind) throws java.io.IOException {
    StoredFile file =
        archive
            .document(classId, kind)
            .orElseThrow(() -> new lt.dienynas.shared.BusinessException("yearend.noSummary"));
    Faces.sendFile(file.content(), file.fileName(), true);
  }

  public DocumentKind[] getKinds() {
    return DocumentKind.values();
  }

  public Long getClassId() {
    return classId;
  }

  public void setClassId(Long classId) {
    this.classId = classId;
  }

  public SignOffView getView() {
    return view;
  }
}
