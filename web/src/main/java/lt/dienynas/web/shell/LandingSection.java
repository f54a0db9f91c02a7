package lt.dienynas.web.shell;

import lt.dienynas.security.Role;

/** The HTML ids of the landing page's per-role sections ("what to do today"). */
public final class LandingSection {

  private LandingSection() {}

  /** {@code landing-DIRECTOR}, {@code landing-GUARDIAN}, … */
  public static String idOf(Role role) {
    return "landing-" + role.name();
  }
}
