package lt.dienynas.batch;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This boot's beat every 15 seconds, and after it the sweep of the executions whose server is gone
 * ({@link LostExecutions}): within about a minute of a node's death the admin's job page shows its
 * runs FAILED and offers their restart.
 */
@Singleton
public class NodeHeartbeat {
  private static final Logger LOG = Logger.getLogger(NodeHeartbeat.class.getName());

  @EJB private LostExecutions executions;

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void beat() {
    try {
      executions.beat();
      executions.failLost();
    } catch (EJBException e) {
      // the database away for a moment: the next beat tries again
      LOG.log(Level.WARNING, "The batch heartbeat could not reach the database", e);
    }
  }
}
