package lt.dienynas.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.io.Serializable;
import lt.dienynas.security.AccountAdministration;
import lt.dienynas.security.AccountAdministration.IssuedCredentials;
import lt.dienynas.security.AccountAdministration.SlipSubject;

/**
 * Prisijungimo duomenų lapelis (§18.3, §21.3): the admin or the class teacher gives a student or a
 * guardian their first login and prints it. The temporary password exists only on this slip.
 */
@Named
@ViewScoped
public class CredentialSlip implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private AccountAdministration accounts;

  private Long person;
  private SlipSubject subject;
  private IssuedCredentials issued;

  public void load() {
    subject = accounts.slipSubject(person == null ? 0 : person);
  }

  public void issue() {
    issued = accounts.issueFirstLogin(subject.personId());
    subject = accounts.slipSubject(subject.personId());
  }

  /** The address to write on the slip: the portal's start page as this request reached it. */
  public String getPortalUrl() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String url = request.getRequestURL().toString();
    return url.substring(0, url.indexOf(request.getServletPath())) + "/";
  }

  public Long getPerson() {
    return person;
  }

  public void setPerson(Long person) {
    this.person = person;
  }

  public SlipSubject getSubject() {
    return subject;
  }

  public IssuedCredentials getIssued() {
    return issued;
  }
}
