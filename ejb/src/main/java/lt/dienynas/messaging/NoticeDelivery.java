package lt.dienynas.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import lt.dienynas.shared.SchoolClock;

/**
 * Delivers committed system notices: each in its own transaction that locks the outbox row, so a
 * notice reaches its recipients exactly once however many deliveries race for it. E-mails are sent
 * only after that transaction has committed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeDelivery {
  private static final Logger LOG = Logger.getLogger(NoticeDelivery.class.getName());

  /** A notice younger than this is still being delivered by its own after-commit call. */
  private static final int GRACE_SECONDS = 30;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private NoticeWriter writer;

  @EJB private NoticeMailer mailer;

  @Inject private SchoolClock clock;

  /** Delivers one notice in the background, right after the transaction that wrote it. */
  @Asynchronous
  public void deliverSoon(long noticeId) {
    deliver(noticeId);
  }

  /** Delivers one notice now, unless it is already delivered. */
  public void deliver(long noticeId) {
    List<NoticeMailer.Mail> mails = writer.deliver(noticeId);
    if (!mails.isEmpty()) {
      mailer.send(mails);
    }
  }

  /** Notices a stopped server or a failed delivery left behind. */
  @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
  public void deliverPending() {
    List<Long> pending =
        em.createNamedQuery(NoticeOutbox.PENDING, Long.class)
            .setParameter("before", clock.now().minusSeconds(GRACE_SECONDS))
            .setMaxResults(500)
            .getResultList();
    for (long id : pending) {
      try {
        deliver(id);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Notice " + id + " could not be delivered; will retry", e);
      }
    }
  }
}
