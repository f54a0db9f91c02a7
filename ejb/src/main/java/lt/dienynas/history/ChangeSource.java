package lt.dienynas.history;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request's changes come from (§19.7 "from which screen or API call"): the web
 * layer names the page or the API call once per request, so every service that records history
 * reads it here instead of each call passing it along. Work with no web request (the nightly job, a
 * timer) keeps the default.
 */
@RequestScoped
public class ChangeSource {
  /** The source of changes made outside any page or API call. */
  public static final String SERVICE = "service";

  private static final int MAX_LENGTH = 60;

  private String current = SERVICE;

  public String current() {
    return current;
  }

  /** Names the source for the rest of the request (cut to the history column's length). */
  public void name(String source) {
    if (source != null && !source.isBlank()) {
      current = source.length() > MAX_LENGTH ? source.substring(0, MAX_LENGTH) : source;
    }
  }
}
