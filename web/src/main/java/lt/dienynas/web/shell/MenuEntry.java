package lt.dienynas.web.shell;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * One entry of the main menu: a stable id (for the element id {@code menu-<id>}), the key of its
 * label in the {@code text} bundle, the Faces outcome it opens, and a PrimeIcons class.
 */
public record MenuEntry(String id, String bundleKey, String outcome, String icon)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public MenuEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bundleKey, "bundleKey");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(icon, "icon");
  }

  /** Whether the feature is not built yet and the entry still leads to the landing page. */
  public boolean leadsToLanding() {
    return MenuCatalog.LANDING.equals(outcome);
  }

  /** The HTML id of the rendered menu item. */
  public String elementId() {
    return "menu-" + id;
  }
}
