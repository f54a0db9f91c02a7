package lt.dienynas.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.StaffMember;
import lt.dienynas.security.Role;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Delivered;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * System notices: written in the sender's transaction, delivered once after it commits, never when
 * it rolls back; by e-mail to a real SMTP server started here, inside the server under test.
 */
@ExtendWith(ArquillianExtension.class)
class SystemNoticesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModuleWithSmtpServer("system-notices-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB SystemNotices notices;
  @EJB NoticeDelivery delivery;
  @EJB MessageService messages;

  private Fixtures fx;

  @BeforeEach
  void setUp() {
    fx = new Fixtures(em, tx);
  }

  @Test
  void aNoticeWhoseTransactionRollsBackIsNeverDelivered() throws Exception {
    StaffMember teacher = fx.staff("Vaida", "Mokytoja", Role.TEACHER);
    Account account = fx.account(teacher);
    String marker = Fixtures.unique("atšaukta-");

    tx.begin();
    notices.notify(Set.of(teacher.getId()), "notice.survey.subject", "notice.survey.body", marker);
    tx.rollback();

    delivery.deliverPending();
    Thread.sleep(1500);
    assertEquals(0, outboxRows(marker));
    assertEquals(0, messagesWith(marker));
    assertEquals(
        0L, (long) AsPerson.call(account.login(), account.password(), messages::unreadCount));
  }

  @Test
  void aCommittedNoticeIsDeliveredExactlyOnceInTheReadersLanguage() throws Exception {
    StaffMember teacher = fx.staff("Vaida", "Mokytoja", Role.TEACHER);
    Guardian parent = fx.guardian("Rūta", "Kazlauskienė");
    Account teacherAccount = fx.account(teacher);
    String marker = Fixtures.unique("Ąžuolų šventė ");

    tx.begin();
    notices.notify(
        Set.of(teacher.getId(), parent.getId()),
        "notice.survey.subject",
        "notice.survey.body",
        marker);
    tx.commit();

    Delivered.waitFor(() -> messagesWith(marker) == 1);
    long outboxId = outboxId(marker);
    // a second delivery of the same notice, and the timer's sweep, change nothing
    delivery.deliver(outboxId);
    delivery.deliverPending();
    assertEquals(1, messagesWith(marker));
    assertEquals(
        2,
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM message_recipient r JOIN message m ON m.id ="
                            + " r.message_id WHERE m.subject LIKE ?1")
                    .setParameter(1, "%" + marker + "%")
                    .getSingleResult())
            .longValue());

    MessagePage inbox =
        AsPerson.call(teacherAccount.login(), teacherAccount.password(), () -> messages.inbox(0));
    assertEquals(1, inbox.total());
    assertTrue(inbox.items().get(0).notice());
    assertEquals("Nauja apklausa: " + marker, inbox.items().get(0).subject());
    long id = inbox.items().get(0).id();
    ThreadView english =
        AsPerson.call(
            teacherAccount.login(),
            teacherAccount.password(),
            () -> messages.open(id, Locale.ENGLISH));
    assertEquals("New survey: " + marker, english.subject());
    assertTrue(!english.mayReply());
  }

  @Test
  void anEmailReachesTheSmtpServerWithTheLithuanianTextIntact() throws Exception {
    int port = Integer.getInteger("dienynas.mail.port");
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    System.setProperty(NoticeMailer.ENABLED_PROPERTY, "true");
    try {
      Guardian parent = fx.guardian("Žydrūnė", "Ąžuolienė");
      fx.email(parent, "zydrune.azuoliene@example.lt");
      Guardian noAddress = fx.guardian("Jonas", "Beadresis");
      String title = Fixtures.unique("Mokyklos šventė „Ąžuolas“ – ėčęįšųūž ");

      tx.begin();
      notices.notify(
          Set.of(parent.getId(), noAddress.getId()),
          "notice.survey.subject",
          "notice.survey.body",
          title);
      tx.commit();

      assertTrue(smtp.waitForIncomingEmail(15_000, 1), "no e-mail arrived");
      Thread.sleep(500);
      MimeMessage[] received = smtp.getReceivedMessages();
      assertEquals(1, received.length);
      MimeMessage mail = received[0];
      assertEquals(
          List.of("zydrune.azuoliene@example.lt"),
          java.util.Arrays.stream(mail.getAllRecipients()).map(Object::toString).toList());
      assertEquals("Nauja apklausa: " + title, mail.getSubject());
      String body = GreenMailUtil.getBody(mail);
      String text =
          new String(
              mail.getDataHandler().getInputStream().readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(
          text.contains("Kviečiame atsakyti į apklausą „" + title + "“"), body + "\n" + text);
    } finally {
      System.clearProperty(NoticeMailer.ENABLED_PROPERTY);
      smtp.stop();
    }
  }

  private long outboxRows(String marker) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM notice_outbox WHERE args LIKE ?1")
                .setParameter(1, "%" + marker + "%")
                .getSingleResult())
        .longValue();
  }

  private long outboxId(String marker) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM notice_outbox WHERE args LIKE ?1")
                .setParameter(1, "%" + marker + "%")
                .getSingleResult())
        .longValue();
  }

  private long messagesWith(String marker) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM message WHERE subject LIKE ?1")
                .setParameter(1, "%" + marker + "%")
                .getSingleResult())
        .longValue();
  }
}
