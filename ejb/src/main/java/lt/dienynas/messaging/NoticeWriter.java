package lt.dienynas.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.people.Person;
import lt.dienynas.shared.SchoolClock;

/** Turns one outbox row into a notice message, in one transaction holding the row's lock. */
@Stateless
@PermitAll
public class NoticeWriter {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  @Inject private NoticeMailer.Settings mailSettings;

  /**
   * Creates the notice's message for its recipients and marks the notice delivered.
   *
   * @return the e-mails to send once this transaction has committed (none if e-mail is off or the
   *     notice was delivered before)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<NoticeMailer.Mail> deliver(long noticeId) {
    NoticeOutbox notice = em.find(NoticeOutbox.class, noticeId, LockModeType.PESSIMISTIC_WRITE);
    if (notice == null || notice.isDelivered()) {
      return List.of();
    }
    LocalDateTime now = clock.now();
    Message message = notice.toMessage(now);
    em.persist(message);
    em.flush();
    MessageService.insertRecipients(em, message.getId(), notice.recipients());
    List<NoticeMailer.Mail> mails = new ArrayList<>();
    if (mailSettings.enabled() && !notice.recipients().isEmpty()) {
      for (Person person :
          em.createQuery(
                  "SELECT p FROM Person p WHERE p.id IN :ids AND NOT EXISTS (SELECT np FROM"
                      + " NoticePreference np WHERE np.personId = p.id AND np.byEmail = FALSE)",
                  Person.class)
              .setParameter("ids", notice.recipients())
              .getResultList()) {
        person
            .getEmail()
            .ifPresent(
                address ->
                    mails.add(
                        new NoticeMailer.Mail(address, message.getSubject(), message.getBody())));
      }
    }
    notice.delivered(message, now);
    return mails;
  }
}
