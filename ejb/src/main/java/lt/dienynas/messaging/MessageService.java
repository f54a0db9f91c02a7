package lt.dienynas.messaging;

import static lt.dienynas.security.Role.Names.ARCHIVIST;
import static lt.dienynas.security.Role.Names.CAREER_SPECIALIST;
import static lt.dienynas.security.Role.Names.CLASS_TEACHER;
import static lt.dienynas.security.Role.Names.DB_ADMIN;
import static lt.dienynas.security.Role.Names.DEPUTY;
import static lt.dienynas.security.Role.Names.DIRECTOR;
import static lt.dienynas.security.Role.Names.GUARDIAN;
import static lt.dienynas.security.Role.Names.HEALTH_SPECIALIST;
import static lt.dienynas.security.Role.Names.LIBRARIAN;
import static lt.dienynas.security.Role.Names.NON_FORMAL_ORGANISER;
import static lt.dienynas.security.Role.Names.NON_FORMAL_TEACHER;
import static lt.dienynas.security.Role.Names.PRESCHOOL_TEACHER;
import static lt.dienynas.security.Role.Names.PSYCHOLOGIST;
import static lt.dienynas.security.Role.Names.SOCIAL_PEDAGOGUE;
import static lt.dienynas.security.Role.Names.SPECIAL_PEDAGOGUE;
import static lt.dienynas.security.Role.Names.SPEECH_THERAPIST;
import static lt.dienynas.security.Role.Names.STUDENT;
import static lt.dienynas.security.Role.Names.TEACHER;
import static lt.dienynas.security.Role.Names.VDM_EDUCATOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lt.dienynas.people.Person;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/**
 * Vidaus žinutės (requirements §6, regulation §19.2, §21.7): writing to the people and groups one
 * may address, replies in threads, attachments, read receipts, the inbox, the sent messages and a
 * search in one's own messages. Every list is one bounded page read in SQL.
 */
@Stateless
@Interceptors(InputRefusals.class)
@RolesAllowed({
  DIRECTOR,
  DEPUTY,
  DB_ADMIN,
  CLASS_TEACHER,
  TEACHER,
  NON_FORMAL_TEACHER,
  NON_FORMAL_ORGANISER,
  PRESCHOOL_TEACHER,
  VDM_EDUCATOR,
  SOCIAL_PEDAGOGUE,
  PSYCHOLOGIST,
  SPECIAL_PEDAGOGUE,
  SPEECH_THERAPIST,
  CAREER_SPECIALIST,
  HEALTH_SPECIALIST,
  LIBRARIAN,
  ARCHIVIST,
  GUARDIAN,
  STUDENT
})
public class MessageService {
  public static final int PAGE_SIZE = 20;
  public static final int RECEIPT_PAGE_SIZE = 50;
  private static final int MAX_THREAD = 200;
  private static final int MAX_TARGETS = 50;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private Actors actors;
  @EJB private AccessPolicy policy;
  @EJB private RecipientDirectory directory;
  @Inject private SchoolClock clock;

  /**
   * Sends a message to the chosen people and groups; a group reaches its members of today, each
   * person once, never the sender.
   *
   * @return the new message's id
   * @throws BusinessException {@code message.noRecipients}, {@code message.nobodyInGroups}, {@code
   *     message.subject}, {@code message.body} or an {@code attachment.*} key
   * @throws lt.dienynas.security.AccessDeniedException for a target the sender may not address
   */
  public long send(
      List<RecipientTarget> to,
      @PlainText String subject,
      @PlainText String body,
      List<NewAttachment> attachments) {
    Actor actor = actors.current();
    if (to == null || to.isEmpty()) {
      throw new BusinessException("message.noRecipients");
    }
    if (to.size() > MAX_TARGETS) {
      throw new BusinessException("message.tooManyTargets", MAX_TARGETS);
    }
    Set<RecipientTarget> targets = new LinkedHashSet<>(to);
    Set<Long> people = new LinkedHashSet<>();
    for (RecipientTarget target : targets) {
      if (!directory.mayAddress(actor, target)) {
        throw policy.refuse("MESSAGE_SEND", target.kind().name(), target.id());
      }
      people.addAll(directory.expand(target));
    }
    people.remove(actor.personId());
    if (people.isEmpty()) {
      throw new BusinessException("message.nobodyInGroups");
    }
    String audience =
        targets.stream()
            .map(t -> directory.label(t, lt.dienynas.shared.Messages.LITHUANIAN))
            .collect(Collectors.joining("; "));
    Message message = Message.personal(sender(actor), subject, body, audience, clock.now());
    store(message, people, attachments);
    return message.getId();
  }

  /**
   * Answers a message in its thread: a recipient answers its sender; the sender writes again to the
   * same recipients.
   *
   * @throws BusinessException {@code message.noticeReply}, {@code message.body} or an {@code
   *     attachment.*} key
   * @throws lt.dienynas.security.AccessDeniedException when the caller neither sent nor received it
   */
  public long reply(long messageId, @PlainText String body, List<NewAttachment> attachments) {
    Actor actor = actors.current();
    Message original = em.find(Message.class, messageId);
    boolean received = original != null && recipientRow(messageId, actor.personId()) != null;
    boolean sentByMe = original != null && isSender(original, actor);
    if (!received && !sentByMe) {
      throw policy.refuse("MESSAGE_REPLY", "message", messageId);
    }
    Set<Long> people = new LinkedHashSet<>();
    String audience;
    if (sentByMe) {
      people.addAll(recipientIds(messageId));
      audience = original.getAudience().orElse(null);
    } else {
      Person to =
          original.getSender().orElseThrow(() -> new BusinessException("message.noticeReply"));
      people.add(to.getId());
      audience = to.getFullName();
    }
    people.remove(actor.personId());
    Message reply = Message.reply(original, sender(actor), body, audience, clock.now());
    if (people.isEmpty()) {
      throw new BusinessException("message.nobodyInGroups");
    }
    store(reply, people, attachments);
    return reply.getId();
  }

  /** The caller's received messages and notices, newest first. */
  public MessagePage inbox(int page) {
    Actor actor = actors.current();
    int first = firstRow(page);
    List<MessageRecipient> rows =
        em.createNamedQuery(MessageRecipient.INBOX, MessageRecipient.class)
            .setParameter("person", actor.personId())
            .setFirstResult(first)
            .setMaxResults(PAGE_SIZE)
            .getResultList();
    long total =
        em.createNamedQuery(MessageRecipient.COUNT_INBOX, Long.class)
            .setParameter("person", actor.personId())
            .getSingleResult();
    List<MessageSummary> items = new ArrayList<>();
    for (MessageRecipient r : rows) {
      Message m = r.getMessage();
      items.add(
          new MessageSummary(
              m.getId(),
              m.getSubject(),
              m.getSender().map(Person::getFullName).orElse(""),
              m.isNotice(),
              false,
              m.getSentAt(),
              r.isRead(),
              0,
              0));
    }
    return new MessagePage(items, Math.max(page, 0), PAGE_SIZE, total);
  }

  /** The caller's sent messages, newest first, with how many recipients have read each. */
  public MessagePage sent(int page) {
    Actor actor = actors.current();
    List<Message> messages =
        em.createNamedQuery(Message.SENT_BY, Message.class)
            .setParameter("person", actor.personId())
            .setFirstResult(firstRow(page))
            .setMaxResults(PAGE_SIZE)
            .getResultList();
    long total =
        em.createNamedQuery(Message.COUNT_SENT_BY, Long.class)
            .setParameter("person", actor.personId())
            .getSingleResult();
    Map<Long, long[]> counts = receiptCounts(messages.stream().map(Message::getId).toList());
    List<MessageSummary> items =
        messages.stream()
            .map(
                m -> {
                  long[] c = counts.getOrDefault(m.getId(), new long[2]);
                  return new MessageSummary(
                      m.getId(),
                      m.getSubject(),
                      m.getAudience().orElse(""),
                      false,
                      true,
                      m.getSentAt(),
                      true,
                      c[0],
                      c[1]);
                })
            .toList();
    return new MessagePage(items, Math.max(page, 0), PAGE_SIZE, total);
  }

  /**
   * The caller's own messages (received and sent) whose subject or text contains the words, newest
   * first; letter case and Lithuanian accents do not matter.
   */
  @SuppressWarnings("unchecked")
  public MessagePage search(String text, int page) {
    Actor actor = actors.current();
    String query = text == null ? "" : text.strip();
    if (query.isEmpty()) {
      return new MessagePage(List.of(), 0, PAGE_SIZE, 0);
    }
    String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    String own =
        " FROM message m LEFT JOIN message_recipient r ON r.message_id = m.id AND r.recipient_id"
            + " = ?1 WHERE (m.sender_id = ?2 OR r.id IS NOT NULL) AND (m.subject LIKE ?3 OR"
            + " m.body LIKE ?4)";
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT m.id, m.subject, m.kind, m.sender_id, m.audience, m.sent_at, r.read_at,"
                    + " (SELECT CONCAT(p.first_name, ' ', p.last_name) FROM person p WHERE p.id ="
                    + " m.sender_id)"
                    + own
                    + " ORDER BY m.sent_at DESC, m.id DESC")
            .setParameter(1, actor.personId())
            .setParameter(2, actor.personId())
            .setParameter(3, like)
            .setParameter(4, like)
            .setFirstResult(firstRow(page))
            .setMaxResults(PAGE_SIZE)
            .getResultList();
    long total =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*)" + own)
                    .setParameter(1, actor.personId())
                    .setParameter(2, actor.personId())
                    .setParameter(3, like)
                    .setParameter(4, like)
                    .getSingleResult())
            .longValue();
    List<MessageSummary> items = new ArrayList<>();
    for (Object[] row : rows) {
      boolean sentByMe = row[3] != null && ((Number) row[3]).longValue() == actor.personId();
      items.add(
          new MessageSummary(
              ((Number) row[0]).longValue(),
              (String) row[1],
              sentByMe ? String.valueOf(row[4]) : row[7] == null ? "" : (String) row[7],
              "NOTICE".equals(row[2]),
              sentByMe,
              toDateTime(row[5]),
              sentByMe || row[6] != null,
              0,
              0));
    }
    return new MessagePage(items, Math.max(page, 0), PAGE_SIZE, total);
  }

  /** How many received messages and notices the caller has not opened yet. */
  public long unreadCount() {
    return em.createNamedQuery(MessageRecipient.COUNT_UNREAD, Long.class)
        .setParameter("person", actors.current().personId())
        .getSingleResult();
  }

  /**
   * Opens a message with its conversation: the messages of the thread the caller sent or received,
   * oldest first. Opening is reading: the caller's receipts of those messages are set.
   *
   * @throws lt.dienynas.security.AccessDeniedException when the caller neither sent nor received it
   */
  public ThreadView open(long messageId, Locale locale) {
    Actor actor = actors.current();
    Message opened = em.find(Message.class, messageId);
    MessageRecipient own = opened == null ? null : recipientRow(messageId, actor.personId());
    if (opened == null || (own == null && !isSender(opened, actor))) {
      throw policy.refuse("MESSAGE_READ", "message", messageId);
    }
    long root = opened.threadRoot().getId();
    List<Message> thread =
        em.createNamedQuery(Message.THREAD_SEEN_BY, Message.class)
            .setParameter("root", root)
            .setParameter("person", actor.personId())
            .setMaxResults(MAX_THREAD)
            .getResultList();
    if (thread.isEmpty()) {
      throw policy.refuse("MESSAGE_READ", "message", messageId);
    }
    List<Long> ids = thread.stream().map(Message::getId).toList();
    LocalDateTime now = clock.now();
    em.createQuery(
            "UPDATE MessageRecipient r SET r.readAt = :now WHERE r.recipient.id = :person"
                + " AND r.readAt IS NULL AND r.message.id IN :ids")
        .setParameter("now", now)
        .setParameter("person", actor.personId())
        .setParameter("ids", ids)
        .executeUpdate();
    Map<Long, List<AttachmentInfo>> files =
        em
            .createNamedQuery(MessageAttachment.INFO_OF_MESSAGES, AttachmentInfo.class)
            .setParameter("messages", ids)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(AttachmentInfo::messageId));
    List<Long> mine = thread.stream().filter(m -> isSender(m, actor)).map(Message::getId).toList();
    Map<Long, long[]> counts = receiptCounts(mine);
    List<ThreadMessage> messages = new ArrayList<>();
    for (Message m : thread) {
      long[] c = counts.getOrDefault(m.getId(), new long[2]);
      messages.add(
          new ThreadMessage(
              m.getId(),
              m.getSender().map(Person::getFullName).orElse(""),
              m.isNotice(),
              isSender(m, actor),
              m.subjectIn(locale),
              m.bodyIn(locale),
              m.getAudience().orElse(""),
              m.getSentAt(),
              files.getOrDefault(m.getId(), List.of()),
              c[0],
              c[1]));
    }
    return new ThreadView(messageId, opened.subjectIn(locale), messages, !opened.isNotice());
  }

  /**
   * Who of the recipients of the caller's own message has read it, and when; a page of {@link
   * #RECEIPT_PAGE_SIZE} by name.
   *
   * @throws lt.dienynas.security.AccessDeniedException when the caller did not send it
   */
  public List<Receipt> receipts(long messageId, int page) {
    Actor actor = actors.current();
    Message message = em.find(Message.class, messageId);
    if (message == null || !isSender(message, actor)) {
      throw policy.refuse("MESSAGE_RECEIPTS", "message", messageId);
    }
    return em
        .createNamedQuery(MessageRecipient.RECEIPTS, MessageRecipient.class)
        .setParameter("message", messageId)
        .setFirstResult(Math.max(page, 0) * RECEIPT_PAGE_SIZE)
        .setMaxResults(RECEIPT_PAGE_SIZE)
        .getResultList()
        .stream()
        .map(
            r ->
                new Receipt(
                    r.getRecipient().getId(),
                    r.getRecipient().getFullName(),
                    r.getReadAt().orElse(null)))
        .toList();
  }

  /**
   * An attachment to download, for the sender and the recipients of its message only.
   *
   * @throws lt.dienynas.security.AccessDeniedException otherwise (also for an unknown id)
   */
  public MessageAttachment attachment(long attachmentId) {
    Actor actor = actors.current();
    MessageAttachment file = em.find(MessageAttachment.class, attachmentId);
    if (file == null
        || !(isSender(file.getMessage(), actor)
            || recipientRow(file.getMessage().getId(), actor.personId()) != null)) {
      throw policy.refuse("MESSAGE_ATTACHMENT", "attachment", attachmentId);
    }
    return file;
  }

  /** The groups the caller may write to, labelled in the given language. */
  public List<RecipientOption> groupOptions(Locale locale) {
    return directory.groupOptions(actors.current(), locale);
  }

  /** People the caller may write to whose name contains the text (at least 2 letters), max 20. */
  public List<RecipientOption> searchPeople(String text, Locale locale) {
    return directory.searchPeople(actors.current(), text, locale);
  }

  // ------------------------------------------------------------------------------------------

  private void store(Message message, Collection<Long> people, List<NewAttachment> attachments) {
    List<AttachmentRules.Checked> files =
        AttachmentRules.check(attachments == null ? List.of() : attachments);
    em.persist(message);
    for (AttachmentRules.Checked file : files) {
      em.persist(new MessageAttachment(message, file));
    }
    em.flush();
    insertRecipients(em, message.getId(), people);
  }

  /**
   * One insert per 500 recipients; people who do not exist are skipped (the ids are the database's
   * own numbers, so they go into the statement as numbers).
   */
  static void insertRecipients(EntityManager em, long messageId, Collection<Long> people) {
    List<Long> ids = new ArrayList<>(people);
    for (int from = 0; from < ids.size(); from += 500) {
      String in =
          ids.subList(from, Math.min(from + 500, ids.size())).stream()
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
      em.createNativeQuery(
              "INSERT INTO message_recipient (message_id, recipient_id) SELECT ?1, p.id"
                  + " FROM person p WHERE p.id IN ("
                  + in
                  + ")")
          .setParameter(1, messageId)
          .executeUpdate();
    }
  }

  private Person sender(Actor actor) {
    return em.find(Person.class, actor.personId());
  }

  private static boolean isSender(Message message, Actor actor) {
    return message.getSender().map(p -> p.getId() == actor.personId()).orElse(false);
  }

  private MessageRecipient recipientRow(long messageId, long personId) {
    List<MessageRecipient> rows =
        em.createNamedQuery(MessageRecipient.OF_MESSAGE_AND_PERSON, MessageRecipient.class)
            .setParameter("message", messageId)
            .setParameter("person", personId)
            .getResultList();
    return rows.isEmpty() ? null : rows.get(0);
  }

  private List<Long> recipientIds(long messageId) {
    return em.createQuery(
            "SELECT r.recipient.id FROM MessageRecipient r WHERE r.message.id = :message",
            Long.class)
        .setParameter("message", messageId)
        .getResultList();
  }

  /** Per message: {recipients, read}. */
  private Map<Long, long[]> receiptCounts(List<Long> messageIds) {
    Map<Long, long[]> counts = new HashMap<>();
    if (messageIds.isEmpty()) {
      return counts;
    }
    for (Object[] row :
        em.createNamedQuery(MessageRecipient.RECEIPT_COUNTS, Object[].class)
            .setParameter("messages", messageIds)
            .getResultList()) {
      counts.put(
          ((Number) row[0]).longValue(),
          new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
    }
    return counts;
  }

  private static int firstRow(int page) {
    return Math.max(page, 0) * PAGE_SIZE;
  }

  private static LocalDateTime toDateTime(Object value) {
    if (value instanceof LocalDateTime dateTime) {
      return dateTime;
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime();
    }
    return null;
  }
}
