package lt.dienynas.web.api;

import jakarta.ws.rs.core.EntityTag;
import lt.dienynas.journal.Versioned;
import lt.dienynas.shared.BusinessException;

/**
 * A record's version as the API shows it (a strong ETag, {@code "3"}) and takes it back ({@code
 * If-Match}). A write without If-Match is still taken, as the last write, for clients that do not
 * read first; a client that wants to be sure not to overwrite a colleague sends the ETag it read.
 */
final class Versions {
  private Versions() {}

  static EntityTag tag(int version) {
    return new EntityTag(Integer.toString(version));
  }

  /**
   * The version a write states: the one If-Match names, or {@link Versioned#ABSENT} for {@code
   * If-None-Match: *} (the writer read that there was no record yet); null when neither is sent.
   *
   * @throws BusinessException {@code api.badVersion}
   */
  static Integer expected(String ifMatch, String ifNoneMatch) {
    Integer named = expected(ifMatch);
    if (named == null && ifNoneMatch != null && ifNoneMatch.strip().equals("*")) {
      return Versioned.ABSENT;
    }
    return named;
  }

  /**
   * The version an If-Match header names; null when there is none (or {@code *}).
   *
   * @throws BusinessException {@code api.badVersion}
   */
  static Integer expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new BusinessException("api.badVersion", ifMatch);
    }
  }
}
