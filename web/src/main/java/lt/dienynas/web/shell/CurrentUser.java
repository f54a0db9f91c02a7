package lt.dienynas.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.security.AccountProfile;
import lt.dienynas.security.AccountProfileService;
import lt.dienynas.security.Role;

/**
 * The person logged in to this session: name, roles and menu, read once from the database (the
 * roles from {@code user_account_role}, as the realm grants them) and kept for the session.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private HttpServletRequest request;
  @Inject private AccountProfileService profiles;
  @Inject private MenuCatalog catalog;

  private AccountProfile profile;
  private List<MenuLink> menu;

  /** The profile of the container's authenticated user; reloaded if the login ever differs. */
  public AccountProfile getProfile() {
    String login = request.getRemoteUser();
    if (login == null) {
      throw new IllegalStateException("No one is logged in to this request");
    }
    if (profile == null || !profile.login().equals(login)) {
      profile = profiles.profileOf(login);
      menu = catalog.menuFor(profile.roles());
    }
    return profile;
  }

  public String getFullName() {
    return getProfile().fullName();
  }

  /** The roles in the order of requirements §1 (director first, student last). */
  public List<Role> getRoles() {
    return getProfile().roles().stream().sorted().toList();
  }

  public List<MenuLink> getMenu() {
    getProfile();
    return menu;
  }

  /** Reads the profile again (after the person changed something of their own account). */
  public void refresh() {
    profile = null;
  }

  public boolean isMustChangePassword() {
    return getProfile().mustChangePassword();
  }
}
