package lt.dienynas.web.history;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import lt.dienynas.history.ChainVerification;
import lt.dienynas.history.HistoryLog;

/** The admin verifies that no history entry was changed in the database since it was written. */
@Named
@ViewScoped
public class ChainCheck implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private HistoryLog history;

  private ChainVerification result;

  public void verify() {
    result = history.verify();
  }

  public ChainVerification getResult() {
    return result;
  }
}
