package lt.dienynas.history;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import javax.crypto.SecretKey;
import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;

/**
 * The installation's history key, outside the database: a 256-bit secret key (alias {@value
 * #ALIAS}) in the Elytron credential store {@code dienynas-history} that WildFly generates on the
 * server's first start (config/src/main/cli/configure.cli), read here through Elytron's credential
 * store API. The store's file is {@code -D}{@value #STORE_PROPERTY} or, by default, {@code
 * dienynas-history.cs} in the server's configuration directory — the same expression the server's
 * resource uses. Loaded once, when the first history entry is written or verified.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class HistoryKey {
  /** The system property naming the credential store's file. */
  public static final String STORE_PROPERTY = "dienynas.history.key-store";

  /** The key's alias in the store (the one {@code populate=true} generates). */
  public static final String ALIAS = "key";

  private static final String DEFAULT_FILE = "dienynas-history.cs";

  private volatile HistoryMac mac;

  /** The chain's MAC under this installation's key. */
  public HistoryMac mac() {
    HistoryMac loaded = mac;
    if (loaded == null) {
      loaded = HistoryMac.of(load(storeFile()));
      mac = loaded;
    }
    return loaded;
  }

  /** The credential store's file this server uses. */
  public static Path storeFile() {
    String configured = System.getProperty(STORE_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("jboss.server.config.dir", "."), DEFAULT_FILE);
  }

  /**
   * Reads the history key from an Elytron properties credential store (the format of WildFly's
   * {@code secret-key-credential-store}), for this server or a restored backup's copy.
   */
  public static SecretKey load(Path store) {
    if (!Files.isRegularFile(store)) {
      throw new IllegalStateException(
          "The history key store "
              + store
              + " is missing: WildFly creates it on its first start; after a restore, put the"
              + " backup's history-key.cs there");
    }
    try {
      CredentialStore credentials =
          CredentialStore.getInstance(
              "PropertiesCredentialStore", WildFlyElytronCredentialStoreProvider.getInstance());
      credentials.initialize(Map.of("location", store.toString(), "create", "false"));
      SecretKeyCredential key = credentials.retrieve(ALIAS, SecretKeyCredential.class);
      if (key == null) {
        throw new IllegalStateException("The history key store " + store + " has no " + ALIAS);
      }
      return key.getSecretKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The history key store " + store + " is not readable", e);
    }
  }
}
