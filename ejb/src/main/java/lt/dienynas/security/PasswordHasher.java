package lt.dienynas.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Hashes passwords for {@code user_account.password_hash} as bcrypt {@code $2a$} with cost 10 — the
 * form the Elytron JDBC realm reads (it accepts {@code $2a$} and {@code $2y$}, never {@code $2b$}).
 */
@ApplicationScoped
public class PasswordHasher {

  static final int COST = 10;

  public String hash(String password) {
    Objects.requireNonNull(password, "password");
    return BCrypt.hashpw(password, BCrypt.gensalt(COST));
  }

  /** Whether the password matches a {@code $2a$} or {@code $2y$} hash; false for anything else. */
  public boolean verify(String password, String hash) {
    Objects.requireNonNull(password, "password");
    if (!isSupportedHash(hash)) {
      return false;
    }
    // $2y$ is the same algorithm as $2a$ under another name; jBCrypt only knows $2a$.
    return BCrypt.checkpw(password, "$2a$" + hash.substring(4));
  }

  /** Whether the text has the shape of a bcrypt hash the realm accepts. */
  public static boolean isSupportedHash(String hash) {
    return hash != null && hash.matches("\\$2[ay]\\$\\d{2}\\$[./A-Za-z0-9]{53}");
  }
}
