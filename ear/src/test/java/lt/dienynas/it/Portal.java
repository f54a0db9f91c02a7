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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser-like HTTP client of the portal (its own cookie jar, redirects followed): what a person
 * gets, without a real browser.
 */
public final class Portal {
  private final URI base;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();

  public Portal(URL contextRoot) {
    this.base =
        URI.create(
            contextRoot.toString().endsWith("/") ? contextRoot.toString() : contextRoot + "/");
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** The real application archive, as the run command deploys it. */
  public static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new java.io.File("target/dienynas.ear"));
  }

  public record Page(int status, Document document) {
    public String text() {
      return document.text();
    }
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  public Page post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** The name of the hidden field PrimeFaces' CSP mode adds to every Faces form (web.xml). */
  public static final String NONCE_FIELD = "primefaces.nonce";

  /**
   * What a browser sends of a form before any field is filled in: its hidden fields (the Faces view
   * state) and, in a Faces form, the page's CSP nonce as {@value #NONCE_FIELD}, the field that
   * PrimeFaces' script adds to every Faces form of the page (it is not in the HTML) and checks on
   * the postback.
   */
  public static Map<String, String> formFields(Page page, Element form) {
    Map<String, String> data = new LinkedHashMap<>();
    for (Element input : form.select("input[type=hidden]")) {
      data.put(input.attr("name"), input.val());
    }
    String nonce = nonce(page);
    if (data.containsKey("jakarta.faces.ViewState") && nonce != null) {
      data.putIfAbsent(NONCE_FIELD, nonce);
    }
    return data;
  }

  /** The page's CSP nonce: that of its scripts (PrimeFaces writes it on each), or null. */
  public static String nonce(Page page) {
    Element script = page.document().selectFirst("script[nonce]");
    return script == null ? null : script.attr("nonce");
  }

  /**
   * Submits a form of the page as a browser would: its hidden fields (the Faces view state and the
   * CSP nonce, {@link #formFields}) plus the given fields (the button pressed among them).
   */
  public Page submit(Page page, String formSelector, Map<String, String> fields) {
    Element form = page.document().selectFirst(formSelector);
    if (form == null) {
      throw new IllegalStateException("No form " + formSelector + " in: " + page.text());
    }
    Map<String, String> data = formFields(page, form);
    data.putAll(fields);
    return post(form.absUrl("action"), data);
  }

  /**
   * Submits a form of the page with a file as a browser would ({@code multipart/form-data}): its
   * hidden fields, the given fields and the file under {@code fileField}.
   */
  public Page submitFile(
      Page page,
      String formSelector,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] content) {
    Element form = page.document().selectFirst(formSelector);
    if (form == null) {
      throw new IllegalStateException("No form " + formSelector + " in: " + page.text());
    }
    Map<String, String> data = formFields(page, form);
    data.putAll(fields);
    String boundary = "----dienynas" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, String> field : data.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    // a redirect is followed as a browser does, with a GET without the form's Content-Type (the
    // JDK's client would keep it)
    HttpClient once =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    try {
      HttpResponse<String> response =
          once.send(
              HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() / 100 == 3) {
        return get(
            response
                .request()
                .uri()
                .resolve(response.headers().firstValue("Location").orElseThrow())
                .toString());
      }
      return new Page(
          response.statusCode(), Jsoup.parse(response.body(), response.uri().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Opens the start page (which asks for a login) and submits the login form. */
  public Page login(String login, String password) {
    get("");
    return post("j_security_check", Map.of("j_username", login, "j_password", password));
  }

  private Page send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(
          response.statusCode(), Jsoup.parse(response.body(), response.uri().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
