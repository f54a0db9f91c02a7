package lt.dienynas.batch;

import java.util.UUID;

/**
 * This boot of the application in this JVM (a redeployment is a new boot), as the job executions it
 * runs name it and as it beats into {@code batch_node} ({@link LostExecutions}).
 */
public final class ServerBoot {
  private static final String ID = UUID.randomUUID().toString();

  private ServerBoot() {}

  public static String id() {
    return ID;
  }
}
