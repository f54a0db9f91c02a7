package lt.dienynas.messaging;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import lt.dienynas.shared.SchoolClock;

/**
 * Sisteminiai pranešimai: the one way any feature tells people what they must know ("a locked mark
 * of your child was corrected", "your justification note was accepted", "a timetable change").
 *
 * <p>{@link #notify} writes the notice into the CALLER's transaction (an outbox row): if that
 * transaction rolls back, the notice is gone with the caller's data and nobody is told; when it
 * commits, the notice is delivered once, as a message marked as a system notice in each recipient's
 * inbox, rendered in the reader's language, and by e-mail when e-mail is switched on and the person
 * has an address. Delivery starts right after the commit; notices a stopped server did not deliver
 * are picked up by {@link NoticeDelivery}'s timer.
 *
 * <p>For services only, never called from a page: the calling service has already decided, through
 * its own access checks, that these people are to be told.
 */
@Stateless
@PermitAll
public class SystemNotices {
  private static final Logger LOG = Logger.getLogger(SystemNotices.class.getName());

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transactions;

  @EJB private NoticeDelivery delivery;

  @Inject private SchoolClock clock;

  /**
   * Tells these people something, once the caller's transaction commits.
   *
   * @param personIds the people to tell (students, guardians, staff); duplicates count once; an
   *     empty set does nothing
   * @param subjectKey a key of the domain bundle ({@code lt/dienynas/i18n/messages*.properties})
   *     for the subject, e.g. {@code notice.markCorrected.subject}
   * @param bodyKey the key for the text; {@code {0}}, {@code {1}} … are the arguments
   * @param args arguments as text: a {@code LocalDate} becomes {@code 2030-12-31}, a {@code
   *     LocalTime} {@code 18:00}, anything else its {@code toString()} — use plain {@code {n}}
   *     placeholders (no {@code number}/{@code date} formats)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void notify(Set<Long> personIds, String subjectKey, String bodyKey, Object... args) {
    Objects.requireNonNull(personIds, "personIds");
    if (personIds.isEmpty()) {
      return;
    }
    NoticeOutbox notice =
        new NoticeOutbox(
            personIds,
            Objects.requireNonNull(subjectKey, "subjectKey"),
            Objects.requireNonNull(bodyKey, "bodyKey"),
            NoticeArgs.encode(args),
            clock.now());
    em.persist(notice);
    transactions.registerInterposedSynchronization(new DeliverAfterCommit(notice, delivery));
  }

  /** Starts the delivery of a committed notice; a rolled-back one never existed. */
  private record DeliverAfterCommit(NoticeOutbox notice, NoticeDelivery delivery)
      implements Synchronization {
    @Override
    public void beforeCompletion() {
      // nothing to do before the commit: the notice is written with the caller's data
    }

    @Override
    public void afterCompletion(int status) {
      if (status != Status.STATUS_COMMITTED || notice.getId() == null) {
        return;
      }
      try {
        delivery.deliverSoon(notice.getId());
      } catch (RuntimeException e) {
        // the committed notice stays pending; the delivery timer picks it up
        LOG.log(Level.WARNING, "Notice " + notice.getId() + " waits for the delivery timer", e);
      }
    }
  }
}
