package lt.dienynas.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.people.Person;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.Messages;

/**
 * Vidaus žinutė: a message a person wrote, or a system notice. A reply belongs to the thread of the
 * message it answers; the thread is named by its first message.
 */
@Entity
@Table(name = "message")
@NamedQuery(
    name = Message.SENT_BY,
    query = "SELECT m FROM Message m WHERE m.sender.id = :person ORDER BY m.sentAt DESC, m.id DESC")
@NamedQuery(
    name = Message.COUNT_SENT_BY,
    query = "SELECT COUNT(m) FROM Message m WHERE m.sender.id = :person")
@NamedQuery(
    name = Message.THREAD_SEEN_BY,
    query =
        "SELECT m FROM Message m LEFT JOIN FETCH m.sender s LEFT JOIN m.thread t"
            + " WHERE (m.id = :root OR t.id = :root) AND (s.id = :person OR EXISTS (SELECT r FROM"
            + " MessageRecipient r WHERE r.message = m AND r.recipient.id = :person))"
            + " ORDER BY m.sentAt, m.id")
public class Message {
  public static final String SENT_BY = "Message.sentBy";
  public static final String COUNT_SENT_BY = "Message.countSentBy";
  public static final String THREAD_SEEN_BY = "Message.threadSeenBy";

  public static final int MAX_SUBJECT = 200;
  public static final int MAX_BODY = 20_000;
  private static final String REPLY_PREFIX = "Re: ";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "thread_id", updatable = false)
  private Message thread;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reply_to_id", updatable = false)
  private Message replyTo;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "sender_id", updatable = false)
  private Person sender;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private MessageKind kind;

  @Column(name = "subject", length = MAX_SUBJECT, nullable = false, updatable = false)
  private String subject;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "audience", length = 500, updatable = false)
  private String audience;

  @Column(name = "subject_key", length = 100, updatable = false)
  private String subjectKey;

  @Column(name = "body_key", length = 100, updatable = false)
  private String bodyKey;

  @Column(name = "notice_args", updatable = false)
  private String noticeArgs;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private LocalDateTime sentAt;

  protected Message() {}

  /**
   * A message a person writes.
   *
   * @param audience what the sender chose, as shown to readers ("5a klasės tėvai (globėjai)")
   * @throws BusinessException {@code message.subject} or {@code message.body}
   */
  public static Message personal(
      Person sender, String subject, String body, String audience, LocalDateTime sentAt) {
    Message message = new Message();
    message.sender = Objects.requireNonNull(sender, "sender");
    message.kind = MessageKind.PERSONAL;
    message.subject = requireSubject(subject);
    message.body = requireBody(body);
    message.audience = audience == null ? null : truncate(audience, 500);
    message.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    return message;
  }

  /**
   * A reply in the thread of {@code original}; its subject is the original's with "Re: ".
   *
   * @throws BusinessException {@code message.body} or {@code message.noticeReply}
   */
  public static Message reply(
      Message original, Person sender, String body, String audience, LocalDateTime sentAt) {
    if (original.isNotice()) {
      throw new BusinessException("message.noticeReply");
    }
    String subject =
        original.subject.startsWith(REPLY_PREFIX)
            ? original.subject
            : truncate(REPLY_PREFIX + original.subject, MAX_SUBJECT);
    Message reply = personal(sender, subject, body, audience, sentAt);
    reply.thread = original.threadRoot();
    reply.replyTo = original;
    return reply;
  }

  /** A system notice, its texts rendered from the domain bundle (Lithuanian stored). */
  static Message notice(String subjectKey, String bodyKey, String encodedArgs, LocalDateTime at) {
    Message notice = new Message();
    notice.kind = MessageKind.NOTICE;
    notice.subjectKey = subjectKey;
    notice.bodyKey = bodyKey;
    notice.noticeArgs = encodedArgs;
    notice.subject =
        truncate(
            Messages.format(Messages.LITHUANIAN, subjectKey, NoticeArgs.decode(encodedArgs)),
            MAX_SUBJECT);
    notice.body = Messages.format(Messages.LITHUANIAN, bodyKey, NoticeArgs.decode(encodedArgs));
    notice.sentAt = Objects.requireNonNull(at, "at");
    return notice;
  }

  private static String requireSubject(String subject) {
    if (subject == null || subject.isBlank() || subject.strip().length() > MAX_SUBJECT) {
      throw new BusinessException("message.subject", MAX_SUBJECT);
    }
    return subject.strip();
  }

  private static String requireBody(String body) {
    if (body == null || body.isBlank() || body.length() > MAX_BODY) {
      throw new BusinessException("message.body", MAX_BODY);
    }
    return body.strip();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** The first message of this message's conversation (itself for a first message). */
  public Message threadRoot() {
    return thread == null ? this : thread;
  }

  public boolean isNotice() {
    return kind == MessageKind.NOTICE;
  }

  /** The subject in the reader's language (a notice is rendered again; a person's text as is). */
  public String subjectIn(Locale locale) {
    return isNotice() && subjectKey != null
        ? Messages.format(locale, subjectKey, NoticeArgs.decode(locale, noticeArgs))
        : subject;
  }

  public String bodyIn(Locale locale) {
    return isNotice() && bodyKey != null
        ? Messages.format(locale, bodyKey, NoticeArgs.decode(locale, noticeArgs))
        : body;
  }

  public Long getId() {
    return id;
  }

  public Optional<Person> getSender() {
    return Optional.ofNullable(sender);
  }

  public MessageKind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Optional<String> getAudience() {
    return Optional.ofNullable(audience);
  }

  public Optional<Message> getReplyTo() {
    return Optional.ofNullable(replyTo);
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }
}
