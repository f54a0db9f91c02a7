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
}
