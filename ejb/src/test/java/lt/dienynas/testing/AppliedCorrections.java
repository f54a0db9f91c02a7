package lt.dienynas.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import lt.dienynas.correction.CorrectionApplied;

/** Observes {@link CorrectionApplied} as the year-end feature will, so a test sees the events. */
@ApplicationScoped
public class AppliedCorrections {
  private final List<CorrectionApplied> seen = new CopyOnWriteArrayList<>();

  void on(@Observes CorrectionApplied event) {
    seen.add(event);
  }

  public List<CorrectionApplied> seen() {
    return List.copyOf(seen);
  }
}
