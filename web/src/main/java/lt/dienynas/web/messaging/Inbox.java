package lt.dienynas.web.messaging;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.messaging.MessagePage;
import lt.dienynas.messaging.MessageService;
import lt.dienynas.survey.SurveyInfo;
import lt.dienynas.survey.SurveyService;

/**
 * Gautos / išsiųstos žinutės and the search in one's own messages: one page at a time, chosen by
 * the request's parameters ({@code box=sent}, {@code q=…}, {@code page=…}). The surveys waiting for
 * the person's answer are shown above.
 */
@Named
@ViewScoped
public class Inbox implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private MessageService messages;
  @Inject private SurveyService surveys;

  private String box;
  private String query;
  private int page;
  private MessagePage result;
  private List<SurveyInfo> waitingSurveys;

  public void load() {
    if (query != null && !query.isBlank()) {
      result = messages.search(query, page);
    } else if ("sent".equals(box)) {
      result = messages.sent(page);
    } else {
      result = messages.inbox(page);
    }
    waitingSurveys = surveys.waitingForMe();
  }

  public boolean isSentBox() {
    return "sent".equals(box) && !isSearch();
  }

  public boolean isSearch() {
    return query != null && !query.isBlank();
  }

  public String getBox() {
    return box;
  }

  public void setBox(String box) {
    this.box = box;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(page, 0);
  }

  public MessagePage getResult() {
    return result;
  }

  public List<SurveyInfo> getWaitingSurveys() {
    return waitingSurveys;
  }
}
