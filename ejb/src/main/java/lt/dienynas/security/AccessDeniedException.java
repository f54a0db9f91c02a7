package lt.dienynas.security;

import java.io.Serial;
import lt.dienynas.shared.BusinessException;

/**
 * The access policy refused: the person has no relationship to the thing. The same refusal is given
 * whether or not the thing exists, so a guessed id reveals nothing.
 */
public class AccessDeniedException extends BusinessException {
  @Serial private static final long serialVersionUID = 1L;

  public AccessDeniedException() {
    super("access.denied");
  }
}
