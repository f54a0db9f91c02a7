package lt.dienynas.web.calendar;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import lt.dienynas.calendar.CalendarFeedService;
import lt.dienynas.calendar.CalendarFeedService.Subscription;
import lt.dienynas.web.faces.PageMessages;

/**
 * Kalendoriaus prenumerata: the signed-in person's secret iCalendar address — created (shown once),
 * replaced or revoked.
 */
@Named
@ViewScoped
public class CalendarSubscription implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private CalendarFeedService feeds;

  private boolean allowed;
  private boolean active;
  private LocalDateTime createdAt;
  private String address;

  public void load() {
    allowed = feeds.maySubscribe();
    if (allowed) {
      show(feeds.mine());
    }
  }

  public void renew() {
    address = address(FacesContext.getCurrentInstance().getExternalContext(), feeds.renew());
    show(feeds.mine());
    PageMessages.info("calendarFeed.created");
  }

  public void revoke() {
    feeds.revoke();
    address = null;
    show(feeds.mine());
    PageMessages.info("calendarFeed.revoked");
  }

  /** The feed's full address on this server. */
  static String address(ExternalContext context, String token) {
    String scheme = context.getRequestScheme();
    int port = context.getRequestServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + context.getRequestServerName()
        + (defaultPort ? "" : ":" + port)
        + context.getRequestContextPath()
        + "/calendar/"
        + token
        + ".ics";
  }

  private void show(Subscription subscription) {
    active = subscription.active();
    createdAt = subscription.createdAt();
  }

  public boolean isAllowed() {
    return allowed;
  }

  public boolean isActive() {
    return active;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public String getAddress() {
    return address;
  }
}
