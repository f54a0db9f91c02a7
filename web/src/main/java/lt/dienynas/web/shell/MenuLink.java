package lt.dienynas.web.shell;

import java.io.Serial;
import java.io.Serializable;

/**
 * A menu entry as one person sees it. An entry whose feature is not built yet leads to the landing
 * page's section ({@code fragment}, e.g. {@code landing-DIRECTOR}) of the role that grants it;
 * otherwise {@code fragment} is null.
 */
public record MenuLink(MenuEntry entry, String fragment) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * The entry's address inside the portal (after the context path): its page, and for an entry not
   * built yet the landing page's section. The menu links to it directly: an outcome would be
   * resolved through the navigation rules for every item of every page (issue 19), though it never
   * changes.
   */
  public String url() {
    return entry.outcome() + (fragment == null ? "" : "#" + fragment);
  }
}
