package lt.dienynas.web.messaging;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.messaging.MessageService;
import lt.dienynas.messaging.Receipt;
import lt.dienynas.messaging.ThreadMessage;
import lt.dienynas.messaging.ThreadView;
import lt.dienynas.web.faces.PageMessages;
import lt.dienynas.web.shell.LocaleSwitcher;

/**
 * One message with its conversation; opening it is reading it. The sender sees who of the
 * recipients has read it (skaitymo patvirtinimai); a recipient may reply.
 */
@Named
@ViewScoped
public class MessageView implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private MessageService messages;
  @Inject private LocaleSwitcher locale;

  private long id;
  private ThreadView thread;
  private List<Receipt> receipts = List.of();
  private int receiptPage;
  private String replyBody;
  private transient List<Part> replyFiles;

  public void load() {
    thread = messages.open(id, locale.getLocale());
    if (getOpened().mine()) {
      receipts = messages.receipts(id, receiptPage);
    }
  }

  public String reply() {
    long replyId = messages.reply(id, replyBody, Compose.attachments(replyFiles));
    PageMessages.infoAfterRedirect("message.replied");
    return "/messaging/message?faces-redirect=true&id=" + replyId;
  }

  /** The message that was opened (the conversation may hold more). */
  public ThreadMessage getOpened() {
    return thread.messages().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public ThreadView getThread() {
    return thread;
  }

  public List<Receipt> getReceipts() {
    return receipts;
  }

  public int getReceiptPage() {
    return receiptPage;
  }

  public void setReceiptPage(int receiptPage) {
    this.receiptPage = Math.max(receiptPage, 0);
  }

  public boolean isMoreReceipts() {
    return receipts.size() == MessageService.RECEIPT_PAGE_SIZE;
  }

  public String getReplyBody() {
    return replyBody;
  }

  public void setReplyBody(String replyBody) {
    this.replyBody = replyBody;
  }

  public List<Part> getReplyFiles() {
    return replyFiles;
  }

  public void setReplyFiles(List<Part> replyFiles) {
    this.replyFiles = replyFiles;
  }
}
