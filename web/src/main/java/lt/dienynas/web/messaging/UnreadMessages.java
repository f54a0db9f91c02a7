package lt.dienynas.web.messaging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lt.dienynas.messaging.MessageService;
import lt.dienynas.security.Role;
import lt.dienynas.web.shell.CurrentUser;

/** The header's unread count: one COUNT query per page, for people who have messages. */
@Named
@RequestScoped
public class UnreadMessages {
  @Inject private MessageService messages;
  @Inject private CurrentUser user;

  private Long count;

  /** Everyone but a person who is only the IT specialist (requirements §1) has messages. */
  public boolean isAvailable() {
    return user.getRoles().stream().anyMatch(r -> r != Role.IT_SPECIALIST);
  }

  public long getCount() {
    if (count == null) {
      count = isAvailable() ? messages.unreadCount() : 0L;
    }
    return count;
  }
}
