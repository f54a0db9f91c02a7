package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTP hardening (issue 23), as a browser or an attacker sees the server: security headers on every
 * kind of response, the session cookie's attributes, the API's refusal of cross-origin writes, and
 * HTTP Basic logins in the same lock-out and login events as the login form, without sessions and
 * with the same cost for unknown login names.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpHardeningIT {

  private static final String DAY = "2030-10-07";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  // ---------------------------------------------------------------- headers and cookies

  @Test
  void everyKindOfResponseCarriesTheSecurityHeadersAndNamesNoServer() {
    Account teacher = TestPeople.staff("Saulė", "Antraštėnė", Role.TEACHER);
    Client anonymous = new Client(null);
    Client session = Client.session(this, teacher);
    Client basic = new Client(basicHeader(teacher.login(), teacher.password()));

    Map<String, HttpResponse<String>> responses = new java.util.LinkedHashMap<>();
    responses.put("login page", anonymous.get(url("login.xhtml")));
    responses.put("portal page", session.get(url("index.xhtml")));
    responses.put("API call", basic.get(url("api/v1/openapi.json")));
    responses.put("API refusal", anonymous.get(url("api/v1/timetable/mine")));
    responses.put(
        "static resource", anonymous.get(url("jakarta.faces.resource/css/dienynas.css.xhtml")));
    responses.put("error page", session.get(url("no-such-page.xhtml")));
    responses.put("API error", basic.get(url("api/v1/no-such-resource")));

    List<String> wrong = new ArrayList<>();
    responses.forEach(
        (what, r) -> {
          String prefix = what + " (" + r.statusCode() + "): ";
          expect(wrong, prefix, r, "X-Frame-Options", "DENY");
          expect(wrong, prefix, r, "X-Content-Type-Options", "nosniff");
          expect(wrong, prefix, r, "Referrer-Policy", "same-origin");
          String permissions = r.headers().firstValue("Permissions-Policy").orElse("");
          if (!permissions.contains("camera=()") || !permissions.contains("geolocation=()")) {
            wrong.add(prefix + "Permissions-Policy " + permissions);
          }
          String csp = String.join(", ", r.headers().allValues("Content-Security-Policy"));
          for (String directive :
              List.of("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'")) {
            if (!csp.contains(directive)) {
              wrong.add(prefix + "CSP without " + directive + ": " + csp);
            }
          }
          for (String revealing : List.of("Server", "X-Powered-By")) {
            r.headers()
                .firstValue(revealing)
                .ifPresent(v -> wrong.add(prefix + revealing + ": " + v));
          }
        });
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    assertEquals(200, responses.get("portal page").statusCode());
    assertEquals(404, responses.get("error page").statusCode());
    assertEquals(200, responses.get("static resource").statusCode());
  }

  @Test
  void aPagesScriptPolicyIsANonceThatOnlyItsOwnScriptsCarry() {
    Account teacher = TestPeople.staff("Saulius", "Noncėnas", Role.TEACHER);
    Client session = Client.session(this, teacher);
    // the message composer: the people search is ajax (p:ajax), the page has PrimeFaces' scripts
    HttpResponse<String> first = session.get(url("messaging/compose.xhtml"));
    assertEquals(200, first.statusCode(), first.body());
    List<String> policies = first.headers().allValues("Content-Security-Policy");
    List<String> scriptPolicies =
        policies.stream()
            .filter(p -> p.contains("script-src") || p.contains("default-src"))
            .toList();
    assertEquals(1, scriptPolicies.size(), "one policy names the scripts: " + policies);
    String scriptSrc =
        java.util.Arrays.stream(scriptPolicies.get(0).split(";"))
            .map(String::trim)
            .filter(d -> d.startsWith("script-src "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no script-src in " + policies));
    java.util.regex.Matcher nonce =
        java.util.regex.Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(scriptSrc);
    assertTrue(nonce.find(), scriptSrc);
    assertTrue(scriptSrc.contains("'self'"), scriptSrc);
    for (String policy : policies) {
      for (String unsafe : List.of("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*")) {
        assertFalse(policy.contains(unsafe), policy);
      }
    }

    // every script of the page carries that nonce: the inline ones would not run otherwise, and an
    // injected one (without it) does not
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(first.body());
    org.jsoup.select.Elements scripts = page.select("script");
    assertFalse(scripts.select(":not([src])").isEmpty(), "PrimeFaces' inline scripts");
    for (org.jsoup.nodes.Element script : scripts) {
      assertEquals(nonce.group(1), script.attr("nonce"), script.outerHtml());
    }
    // no inline handler in the markup (a browser would not run it under this policy)
    for (org.jsoup.nodes.Element element : page.getAllElements()) {
      for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
        assertFalse(
            attribute.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"),
            element.outerHtml());
        assertFalse(
            attribute
                .getValue()
                .trim()
                .toLowerCase(java.util.Locale.ROOT)
                .startsWith("javascript:"),
            element.outerHtml());
      }
    }

    // a fresh nonce for every page view
    HttpResponse<String> second = session.get(url("messaging/compose.xhtml"));
    String again = String.join(", ", second.headers().allValues("Content-Security-Policy"));
    assertTrue(again.contains("'nonce-"), again);
    assertFalse(again.contains("'nonce-" + nonce.group(1) + "'"), again);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    // the container's answer to an anonymous request starts the session (a redirect to the login
    // page)
    HttpClient noRedirects =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    List<String> cookies = new ArrayList<>();
    for (String path : List.of("index.xhtml", "login.xhtml")) {
      try {
        cookies.addAll(
            noRedirects
                .send(
                    HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString())
                .headers()
                .allValues("Set-Cookie"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    List<String> session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    assertFalse(session.isEmpty(), "no session cookie: " + cookies);
    for (String cookie : session) {
      assertTrue(cookie.contains("HttpOnly"), cookie);
      assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }
  }

  // ---------------------------------------------------------------- CSRF

  @Test
  void aCrossOriginWriteOnTheClassTeachersSessionIsRefusedAndChangesNothing() {
    TestSchool school = TestSchool.create(6, 1);
    long student = school.students.get(0);
    Account parent = TestSchool.guardianOf("Irena", "Kryžiuotė", student);
    Client parentApi = new Client(basicHeader(parent.login(), parent.password()));
    HttpResponse<String> submitted =
        parentApi.send(
            "POST",
            url("api/v1/students/" + student + "/justification-notes"),
            "{\"from\":\"" + DAY + "\",\"reason\":\"ILLNESS\",\"text\":\"Sirgo\"}",
            Map.of());
    assertEquals(201, submitted.statusCode(), submitted.body());
    long note = number(submitted.body(), "id");
    Client classTeacher = Client.session(this, school.classTeacher);
    URI accept = url("api/v1/justification-notes/" + note + "/accept");

    HttpResponse<String> forged =
        classTeacher.send("POST", accept, "", Map.of("Origin", "http://evil.example"));
    assertEquals(403, forged.statusCode(), forged.body());
    assertTrue(forged.body().contains("\"error\":\"api.crossOrigin\""), forged.body());
    assertTrue(forged.body().contains("tik iš paties e. dienyno puslapių"), forged.body());
    HttpResponse<String> fetched =
        classTeacher.send("POST", accept, "", Map.of("Sec-Fetch-Site", "cross-site"));
    assertEquals(403, fetched.statusCode(), fetched.body());
    // a browser's cached Basic credentials do not make a forged write go through either
    Client cachedBasic =
        new Client(basicHeader(school.classTeacher.login(), school.classTeacher.password()));
    assertEquals(
        403,
        cachedBasic
            .send("POST", accept, "", Map.of("Origin", "https://evil.example"))
            .statusCode());
    assertEquals(
        "SUBMITTED", TestSchool.query("SELECT status FROM justification_note WHERE id = ?", note));

    // the portal's own origin, and API clients that send no Origin, keep working
    String origin = contextRoot.getProtocol() + "://" + contextRoot.getAuthority();
    HttpResponse<String> own =
        classTeacher.send(
            "POST", accept, "", Map.of("Origin", origin, "Sec-Fetch-Site", "same-origin"));
    assertTrue(own.statusCode() / 100 == 2, own.statusCode() + " " + own.body());
    assertEquals(
        "ACCEPTED", TestSchool.query("SELECT status FROM justification_note WHERE id = ?", note));
    assertEquals(
        200, cachedBasic.get(url("api/v1/classes/" + school.classId + "/timetable")).statusCode());
  }

  // ---------------------------------------------------------------- HTTP Basic logins

  @Test
  void basicFailuresLockTheNameLikeTheLoginFormAndTheAdminsUnlockLiftsIt() {
    Account teacher = TestPeople.staff("Rokas", "Bazinis", Role.TEACHER);
    Client wrong = new Client(basicHeader(teacher.login(), teacher.password() + "x"));
    Client right = new Client(basicHeader(teacher.login(), teacher.password()));
    URI call = url("api/v1/openapi.json");
    URI protectedCall = url("api/v1/timetable/mine");
    assertTrue(right.get(protectedCall).statusCode() != 401, "the right password works at first");

    // more failures than WildFly's own in-memory lock (10) allows
    for (int i = 0; i < 11; i++) {
      assertEquals(401, wrong.get(protectedCall).statusCode());
    }
    assertEquals(
        "1", TestSchool.query("SELECT COUNT(*) FROM login_lock WHERE login = ?", teacher.login()));
    assertEquals(
        "11",
        TestSchool.query(
            "SELECT COUNT(*) FROM login_event WHERE login = ? AND success = FALSE",
            teacher.login()));
    assertEquals(
        "5",
        TestSchool.query(
            "SELECT COUNT(*) FROM login_event WHERE login = ? AND reason = 'BAD_PASSWORD'",
            teacher.login()));
    // locked: the right password is refused too, through the API and the login form alike
    assertEquals(401, right.get(protectedCall).statusCode());
    assertTrue(
        Client.session(this, teacher).get(url("index.xhtml")).body().contains("j_security_check"));

    // the DB admin's unlock (AccountAdministration.unlock) is the only lock there is
    TestPeople.run("DELETE FROM login_lock WHERE login = ?", teacher.login());
    HttpResponse<String> after = right.get(protectedCall);
    assertTrue(after.statusCode() != 401, after.statusCode() + " " + after.body());
    assertEquals(200, right.get(call).statusCode());
  }

  @Test
  void basicCallsCreateNoSessionAndAreNotEachALogin() {
    Account teacher = TestPeople.staff("Ieva", "Besesijė", Role.TEACHER);
    Client basic = new Client(basicHeader(teacher.login(), teacher.password()));
    URI protectedCall = url("api/v1/timetable/mine");
    for (int i = 0; i < 4; i++) {
      HttpResponse<String> r = basic.get(protectedCall);
      assertTrue(r.statusCode() != 401, r.statusCode() + " " + r.body());
      assertEquals(List.of(), r.headers().allValues("Set-Cookie"), "call " + i);
    }
    assertEquals(
        "1",
        TestSchool.query(
            "SELECT COUNT(*) FROM login_event WHERE login = ? AND success = TRUE",
            teacher.login()));
  }

  @Test
  void anUnknownLoginCostsWhatAKnownOneDoes() {
    Account teacher = TestPeople.staff("Tomas", "Laikinas", Role.TEACHER);
    URI protectedCall = url("api/v1/timetable/mine");
    Client known = new Client(basicHeader(teacher.login(), "Neteisingas-1"));
    known.get(protectedCall); // warm-up
    new Client(basicHeader("nera-tokio-0", "Neteisingas-1")).get(protectedCall);
    List<Long> knownTimes = new ArrayList<>();
    List<Long> unknownTimes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      knownTimes.add(timed(known, protectedCall));
      unknownTimes.add(
          timed(new Client(basicHeader("nera-tokio-" + i + "-x", "Neteisingas-1")), protectedCall));
    }
    long knownMedian = median(knownTimes);
    long unknownMedian = median(unknownTimes);
    assertTrue(
        unknownMedian * 2 >= knownMedian && knownMedian * 2 >= unknownMedian,
        "unknown " + unknownTimes + " ms, known " + knownTimes + " ms");
  }

  // ---------------------------------------------------------------- helpers

  private static long timed(Client client, URI uri) {
    long start = System.nanoTime();
    HttpResponse<String> r = client.get(uri);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals(401, r.statusCode());
    return ms;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static void expect(
      List<String> wrong, String prefix, HttpResponse<String> r, String header, String value) {
    String actual = r.headers().firstValue(header).orElse(null);
    if (!value.equals(actual)) {
      wrong.add(prefix + header + ": " + actual);
    }
  }

  private static long number(String json, String name) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
    assertTrue(m.find(), json);
    return Long.parseLong(m.group(1));
  }

  private URI url(String path) {
    String root = contextRoot.toString();
    return URI.create((root.endsWith("/") ? root : root + "/") + path);
  }

  private static String basicHeader(String login, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A raw HTTP client that shows the response headers, with or without Basic credentials. */
  private static final class Client {
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String authorization;

    Client(String authorization) {
      this.authorization = authorization;
    }

    /** Logged in through the portal's login form. */
    static Client session(HttpHardeningIT test, Account account) {
      Client client = new Client(null);
      client.get(test.url(""));
      String form =
          "j_username="
              + URLEncoder.encode(account.login(), StandardCharsets.UTF_8)
              + "&j_password="
              + URLEncoder.encode(account.password(), StandardCharsets.UTF_8);
      client.send(
          "POST",
          test.url("j_security_check"),
          form,
          Map.of("Content-Type", "application/x-www-form-urlencoded"));
      return client;
    }

    HttpResponse<String> get(URI uri) {
      return send("GET", uri, null, Map.of());
    }

    HttpResponse<String> send(String method, URI uri, String body, Map<String, String> headers) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (body != null && !headers.containsKey("Content-Type")) {
        request.header("Content-Type", "application/json");
      }
      headers.forEach(request::header);
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      try {
        return http.send(
            request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
