package lt.dienynas.testing;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs code inside the server as a person who logged in through the diary's realm, exactly as a
 * portal request of theirs would: the EJBs see them as the caller.
 */
public final class AsPerson {
  private AsPerson() {}

  public static <T> T call(String login, String password, Callable<T> action) throws Exception {
    SecurityIdentity identity =
        SecurityDomain.getCurrent()
            .authenticate(login, new PasswordGuessEvidence(password.toCharArray()));
    return identity.runAs(action);
  }
}
