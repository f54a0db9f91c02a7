package lt.dienynas.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lt.dienynas.security.OwnPassword;
import lt.dienynas.security.PasswordRules;
import lt.dienynas.web.shell.CurrentUser;

/** Slaptažodžio keitimas: the person sets their own password (always after a temporary one). */
@Named
@RequestScoped
public class ChangePassword {

  @EJB private OwnPassword ownPassword;

  @Inject private CurrentUser currentUser;

  @Inject private FacesContext faces;

  private String current;
  private String chosen;
  private String repeated;

  public String submit() {
    ownPassword.change(current, chosen, repeated);
    currentUser.refresh();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            faces.getApplication().getResourceBundle(faces, "text").getString("password.changed"),
            null));
    return "/index.xhtml?faces-redirect=true";
  }

  public int getMinLength() {
    return PasswordRules.MIN_LENGTH;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
