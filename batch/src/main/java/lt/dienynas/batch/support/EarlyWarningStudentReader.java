package lt.dienynas.batch.support;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.support.EarlyWarningService;

/**
 * The students of the day's classes, by id, read a page at a time; the checkpoint is the last id
 * handed on.
 */
@Named("earlyWarningStudentReader")
@Dependent
public class EarlyWarningStudentReader extends AbstractItemReader {
  static final int PAGE = 500;

  @Inject
  @BatchProperty(name = "today")
  private String today;

  @Inject private SchoolClock clock;

  @EJB private EarlyWarningService warnings;

  private final Deque<Long> page = new ArrayDeque<>();
  private long lastId;
  private LocalDate day;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    day = EarlyWarningWriter.day(today, clock);
    lastId = checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(warnings.studentsAfter(day, lastId, PAGE));
      exhausted = page.size() < PAGE;
    }
    Long next = page.poll();
    if (next != null) {
      lastId = next;
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
