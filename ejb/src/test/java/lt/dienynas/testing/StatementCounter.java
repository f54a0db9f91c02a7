package lt.dienynas.testing;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Counts the SQL statements EclipseLink sends to the database while some work runs: for that time
 * the persistence unit's server session logs to this log, which takes every SQL statement
 * EclipseLink executes (it logs each one once, at FINE, before running it: lazy loads and native
 * queries included) and passes everything else on to the usual log.
 */
public final class StatementCounter extends AbstractSessionLog {
  private final SessionLog usual;
  private final List<String> statements = new CopyOnWriteArrayList<>();

  /** What ran: each statement's SQL. */
  public record Count(List<String> sql) {
    public int statements() {
      return sql.size();
    }
  }

  /** Only the work's own thread counts: the server's timers (notice delivery) run beside it. */
  private final Thread worker = Thread.currentThread();

  private StatementCounter(SessionLog usual) {
    this.usual = usual;
  }

  /** The statements {@code work} ran; tests call it with nothing else running. */
  public static Count count(EntityManagerFactory emf, Callable<?> work) throws Exception {
    ServerSession session = emf.unwrap(JpaEntityManagerFactory.class).getServerSession();
    SessionLog usual = session.getSessionLog();
    StatementCounter counter = new StatementCounter(usual);
    session.setSessionLog(counter);
    try {
      work.call();
    } finally {
      session.setSessionLog(usual);
    }
    return new Count(List.copyOf(counter.statements));
  }

  @Override
  public boolean shouldLog(int level, String category) {
    return SessionLog.SQL.equals(category)
        ? level >= SessionLog.FINE
        : usual.shouldLog(level, category);
  }

  @Override
  public void log(SessionLogEntry entry) {
    if (SessionLog.SQL.equals(entry.getNameSpace()) && entry.getLevel() == SessionLog.FINE) {
      if (entry.getThread() == worker) {
        statements.add(entry.getMessage());
      }
    } else {
      usual.log(entry);
    }
  }
}
