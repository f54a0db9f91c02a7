package lt.dienynas.history;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * What {@link HistoryLog} stamps on every entry besides the person: where the change comes from and
 * the correction act it is made under. Each is set once, where the work enters: the web layer names
 * the page or API call ({@link ChangeSource}), a service or operation its own source ({@link
 * HistorySource}), and applying a correction act names the act for the rest of its transaction
 * ({@link #applyAct}). No call site passes either.
 */
@ApplicationScoped
public class ChangeContext {
  private static final String ACT = ChangeContext.class.getName() + ".act";

  /** The sources of the operations running on this thread, innermost first. */
  private static final ThreadLocal<Deque<String>> DECLARED =
      ThreadLocal.withInitial(ArrayDeque::new);

  @Inject private ChangeSource request;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transaction;

  /**
   * The source of a change made now: the innermost running {@link HistorySource}, else the page or
   * API call of the request, else {@link ChangeSource#SERVICE} (a job or timer outside any
   * request).
   */
  public String source() {
    String declared = DECLARED.get().peek();
    return declared == null || declared.equals(HistorySource.REQUEST) ? requestSource() : declared;
  }

  private String requestSource() {
    try {
      return request.current();
    } catch (ContextNotActiveException noRequest) {
      return ChangeSource.SERVICE;
    }
  }

  /** Runs an operation with the given source ({@link HistorySource#REQUEST}: the request's own). */
  <T> T during(String source, Callable<T> operation) throws Exception {
    Deque<String> declared = DECLARED.get();
    declared.push(source);
    try {
      return operation.call();
    } finally {
      declared.pop();
      if (declared.isEmpty()) {
        DECLARED.remove();
      }
    }
  }

  /**
   * The current transaction applies the correction act: every history entry it appends names the
   * act, and locked months are open to it ({@code MonthLockService.requireOpen}). It ends with the
   * transaction, whatever its outcome.
   */
  public void applyAct(long actId) {
    transaction.putResource(ACT, actId);
  }

  /** The correction act the current transaction applies, if any. */
  public Optional<Long> act() {
    return transaction.getTransactionKey() == null
        ? Optional.empty()
        : Optional.ofNullable((Long) transaction.getResource(ACT));
  }
}
