package lt.dienynas.messaging;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends notices by e-mail through WildFly's mail session {@code java:jboss/mail/Dienynas} (SMTP
 * host and port set by the server configuration). Off unless the server runs with {@code
 * -Ddienynas.mail.enabled=true} (or the system property is added with the management console); the
 * diary's own inbox is the record, e-mail only a courtesy, so a failed e-mail is logged, not
 * retried.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeMailer {
  private static final Logger LOG = Logger.getLogger(NoticeMailer.class.getName());

  /** The system property that switches notice e-mails on. */
  public static final String ENABLED_PROPERTY = "dienynas.mail.enabled";

  /** One e-mail: to, subject, text. */
  public record Mail(String to, String subject, String text) {}

  /**
   * Whether notices go out by e-mail, read on every delivery so it can change without a restart.
   */
  @ApplicationScoped
  public static class Settings {
    public boolean enabled() {
      return Boolean.parseBoolean(System.getProperty(ENABLED_PROPERTY, "false"));
    }
  }

  @Resource(lookup = "java:jboss/mail/Dienynas")
  private Session session;

  public void send(List<Mail> mails) {
    for (Mail mail : mails) {
      try {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.text(), StandardCharsets.UTF_8.name());
        Transport.send(message);
      } catch (MessagingException | RuntimeException e) {
        LOG.log(Level.WARNING, "A notice e-mail could not be sent to " + mail.to(), e);
      }
    }
  }
}
