package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import lt.dienynas.history.ChainVerification;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.journal.JournalChanges;

/**
 * The change history over the API (§19.7): a journal cell's history — a student's marks and
 * attendance in a lesson, oldest first, for whoever may read the lesson's journal — and the
 * verification of the whole history chain (management and the DB admin), as the pages {@code
 * /history/cell.xhtml} and {@code /history/verify.xhtml}; the month locks ({@code
 * /locking/locks.xhtml}) are {@code /v1/month-locks/…}.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {
  @Inject private JournalChanges changes;
  @Inject private HistoryLog history;

  /**
   * One change as the cell's history page shows it: when, who (login), from where, what, the
   * record's values before and after (JSON as recorded), and the correction act it was made under.
   */
  public record CellChange(
      long id,
      LocalDateTime occurredAt,
      String actorLogin,
      String source,
      String entityType,
      HistoryAction action,
      String beforeValue,
      String afterValue,
      Long correctionActId) {

    static CellChange of(HistoryEntry e) {
      return new CellChange(
          e.getId(),
          e.getOccurredAt(),
          e.getActorLogin(),
          e.getSource(),
          e.getEntityType(),
          e.getAction(),
          e.getBeforeValue(),
          e.getAfterValue(),
          e.getCorrectionActId());
    }
  }

  @GET
  @Path("lessons/{lessonId}/history/{studentId}")
  public List<CellChange> cell(
      @PathParam("lessonId") long lessonId, @PathParam("studentId") long studentId) {
    return changes.ofCell(lessonId, studentId).stream().map(CellChange::of).toList();
  }

  @GET
  @Path("history/verification")
  public ChainVerification verify() {
    return history.verify();
  }
}
