package lt.dienynas.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** One page of a message list (pages count from 0). */
public record MessagePage(List<MessageSummary> items, int page, int pageSize, long total)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public MessagePage {
    items = List.copyOf(items);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return (long) (page + 1) * pageSize < total;
  }

  public long lastPage() {
    return total == 0 ? 0 : (total - 1) / pageSize;
  }
}
