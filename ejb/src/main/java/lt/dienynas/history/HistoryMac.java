package lt.dienynas.history;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The history chain's keyed MAC: HMAC-SHA256 under the installation's history key. Without the key
 * nobody can compute an entry's MAC, so a row rewritten in the database and re-chained (with plain
 * SHA-256 or any other key) no longer verifies. Thread-safe: every call uses its own {@link Mac}.
 */
public final class HistoryMac {
  public static final String ALGORITHM = "HmacSHA256";

  /** The name the chain's records give the algorithm (month locks, archive manifests). */
  public static final String NAME = "HMAC-SHA256";

  private final SecretKeySpec key;

  private HistoryMac(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the history key must have at least 256 bits");
    }
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  public static HistoryMac of(SecretKey key) {
    return new HistoryMac(Objects.requireNonNull(key, "key").getEncoded());
  }

  public static HistoryMac of(byte[] key) {
    return new HistoryMac(key.clone());
  }

  /** The lower-case hex HMAC-SHA256 of the text's UTF-8 bytes (64 characters). */
  public String mac(String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("the history key is not usable for " + ALGORITHM, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every Java platform", e);
    }
  }
}
