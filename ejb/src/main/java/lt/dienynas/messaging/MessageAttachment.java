package lt.dienynas.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A file attached to a message, stored in the database with the message. Lists of attachments are
 * read as {@link AttachmentInfo} (without the content); the content is read only to download it.
 */
@Entity
@Table(name = "message_attachment")
@NamedQuery(
    name = MessageAttachment.INFO_OF_MESSAGES,
    query =
        "SELECT NEW lt.dienynas.messaging.AttachmentInfo(a.id, a.message.id, a.fileName,"
            + " a.contentType, a.sizeBytes) FROM MessageAttachment a"
            + " WHERE a.message.id IN :messages ORDER BY a.id")
public class MessageAttachment {
  public static final String INFO_OF_MESSAGES = "MessageAttachment.infoOfMessages";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "message_id", nullable = false, updatable = false)
  private Message message;

  @Column(name = "file_name", length = 255, nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", length = 100, nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private int sizeBytes;

  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  protected MessageAttachment() {}

  /** An attachment {@link AttachmentRules#check checked} already. */
  MessageAttachment(Message message, AttachmentRules.Checked file) {
    this.message = Objects.requireNonNull(message, "message");
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.content = file.content();
    this.sizeBytes = file.content().length;
  }

  public Long getId() {
    return id;
  }

  public Message getMessage() {
    return message;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
