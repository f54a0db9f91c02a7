package lt.dienynas.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import lt.dienynas.health.HealthService;
import lt.dienynas.health.HealthService.NoticeView;

/**
 * Sveikatos pranešimai: a teacher's notices from the health specialist; {@code sent} lists the
 * health specialist's own sent notices instead.
 */
@Named
@RequestScoped
public class HealthNotices {

  @EJB private HealthService health;

  private List<NoticeView> notices;

  public void loadReceived() {
    notices = health.myNotices();
  }

  public void loadSent() {
    notices = health.sentByMe();
  }

  public List<NoticeView> getNotices() {
    return notices;
  }
}
