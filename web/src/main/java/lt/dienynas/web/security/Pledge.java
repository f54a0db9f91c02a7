package lt.dienynas.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import lt.dienynas.security.PledgeService;
import lt.dienynas.security.PledgeService.PledgeText;
import lt.dienynas.shared.BusinessException;

/** Konfidencialumo pasižadėjimas (§8): an employee reads the current text and accepts it. */
@Named
@ViewScoped
public class Pledge implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private PledgeService pledges;

  private PledgeText text;
  private boolean confirmed;

  public void load() {
    text = pledges.current();
  }

  public String accept() {
    if (!confirmed) {
      throw new BusinessException("pledge.notConfirmed");
    }
    pledges.accept(text.version());
    return "/index.xhtml?faces-redirect=true";
  }

  public boolean isPending() {
    return pledges.isPendingForCaller();
  }

  public PledgeText getText() {
    return text;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
