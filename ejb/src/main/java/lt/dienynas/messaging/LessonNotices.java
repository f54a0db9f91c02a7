package lt.dienynas.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;
import lt.dienynas.journal.LessonSaved;

/**
 * The journal's notices to families: after a lesson save COMMITS, each guardian of a child whose
 * mark or attendance changed — and each student of grades 5–8 himself — gets ONE notice naming what
 * was written for their child(ren) in that lesson (and the homework given), as they chose under
 * "Pranešimų nustatymai"; nobody is told of a save that rolled back. The notices are written in a
 * transaction of their own, in the background ({@link LessonNoticeWriter}), so the teacher's save
 * neither waits for them nor runs a statement more.
 */
@Stateless
@PermitAll
public class LessonNotices {
  private static final Logger LOG = Logger.getLogger(LessonNotices.class.getName());

  @EJB private LessonNoticeWriter writer;

  /** A lesson save committed: its notices are written next. */
  public void onLessonSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) LessonSaved saved) {
    if (saved.isEmpty()) {
      return;
    }
    try {
      writer.write(saved);
    } catch (RuntimeException e) {
      // the save is committed whatever happens to its notices
      LOG.log(Level.WARNING, "The notices of lesson " + saved.lessonId() + " were not written", e);
    }
  }
}
