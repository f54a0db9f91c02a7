package lt.dienynas.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.dienynas.it.TestPeople.Account;

/** A client of the JSON API: HTTP Basic, a portal session, or nobody. */
public final class Api {
  private final URI base;
  private final HttpClient http;
  private final String authorization;

  /** A response: the status, the JSON body as text and the headers. */
  public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    public Reply(int status, String body) {
      this(status, body, java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true));
    }

    /** The header's first value, null without it. */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The first number under {@code "name":} in the body. */
    public long number(String name) {
      Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(body);
      if (!m.find()) {
        throw new AssertionError("no " + name + " in " + body);
      }
      return Long.parseLong(m.group(1));
    }
  }

  private Api(URL contextRoot, String authorization) {
    this.base =
        URI.create(
            (contextRoot.toString().endsWith("/") ? contextRoot.toString() : contextRoot + "/")
                + "api/v1/");
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.authorization = authorization;
  }

  public static Api basic(URL contextRoot, Account account) {
    String credentials = account.login() + ":" + account.password();
    return new Api(
        contextRoot,
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  public static Api anonymous(URL contextRoot) {
    return new Api(contextRoot, null);
  }

  /** Logs in through the portal's FORM login; the API then runs on that session. */
  public static Api session(URL contextRoot, Account account) {
    Api api = new Api(contextRoot, null);
    URI root = api.base.resolve("../../");
    api.send(HttpRequest.newBuilder(root).GET());
    String form =
        "j_username="
            + URLEncoder.encode(account.login(), StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(account.password(), StandardCharsets.UTF_8);
    api.send(
        HttpRequest.newBuilder(root.resolve("j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
    return api;
  }

  public Reply get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  public Reply delete(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
  }

  public Reply put(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public Reply post(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /**
   * Any method with a JSON body (null: none) and extra headers given as name, value, name, value…
   */
  public Reply send(String method, String path, String json, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /** The raw bytes as the JSON body of a PUT (for bodies that are not valid UTF-8). */
  public Reply putBytes(String path, byte[] json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(json)));
  }

  private Reply send(HttpRequest.Builder request) {
    request.header("Accept", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A download (CSV, PDF): the status and the raw bytes, asking for the given media type. */
  public record Download(int status, byte[] body, String contentType) {}

  public Download download(String path, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    request.header("Accept", accept);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
