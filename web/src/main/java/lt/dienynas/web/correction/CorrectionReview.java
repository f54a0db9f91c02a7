package lt.dienynas.web.correction;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import lt.dienynas.correction.CorrectionService;
import lt.dienynas.correction.CorrectionView;
import lt.dienynas.correction.Decision;
import lt.dienynas.web.faces.Notices;

/**
 * One act: the deputy and the DB admin agree („SUDERINTA“) or reject it with a reason, the DB admin
 * applies it once both agreed, anyone who may read it prints it. The buttons show what the person's
 * roles suggest; the service decides.
 */
@Named
@ViewScoped
public class CorrectionReview implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private CorrectionService corrections;

  private Long id;
  private CorrectionView act;
  private String comment;

  public void load() {
    act = corrections.view(id);
  }

  public void agreeAsDeputy() {
    corrections.decideAsDeputy(id, Decision.AGREED, comment);
    done("correction.agreed");
  }

  public void rejectAsDeputy() {
    corrections.decideAsDeputy(id, Decision.REJECTED, comment);
    done("correction.rejected");
  }

  public void agreeAsAdmin() {
    corrections.decideAsAdmin(id, Decision.AGREED, comment);
    done("correction.agreed");
  }

  public void rejectAsAdmin() {
    corrections.decideAsAdmin(id, Decision.REJECTED, comment);
    done("correction.rejected");
  }

  public void apply() {
    corrections.apply(id);
    done("correction.applied");
  }

  public void submit() {
    corrections.submit(id);
    done("correction.submitted");
  }

  private void done(String key) {
    comment = null;
    act = corrections.view(id);
    Notices.info(key);
  }

  public boolean isInRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  public CorrectionView getAct() {
    return act;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
