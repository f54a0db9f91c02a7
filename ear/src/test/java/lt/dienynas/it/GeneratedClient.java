package lt.dienynas.it;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import lt.dienynas.client.ApiClient;
import lt.dienynas.client.ApiException;
import lt.dienynas.client.api.DienynasApi;
import lt.dienynas.it.TestPeople.Account;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;

/**
 * The API client generated from the OpenAPI document (openapi-generator, ear's test sources),
 * strict about the document: its JSON reader refuses any property the document does not name.
 */
public final class GeneratedClient {
  private GeneratedClient() {}

  /** The client logged in as the account (HTTP Basic). */
  public static DienynasApi as(URL contextRoot, Account account) {
    ApiClient client = base(contextRoot);
    String credentials = credentials(account);
    client.setRequestInterceptor(
        request -> request.header("Authorization", "Basic " + credentials));
    return new DienynasApi(client);
  }

  /**
   * A file for one binary request body (an upload) and a client, logged in as the account, that
   * sends the file's bytes as that body. The generated client (openapi-generator's {@code native}
   * library) writes every body through its JSON mapper, a {@code File} included; the request
   * interceptor, which it applies last, puts the bytes in place. Use the client for the upload
   * only: it sends every request as a POST of the file.
   */
  public record Upload(DienynasApi api, File file) {}

  public static Upload upload(URL contextRoot, Account account, byte[] content) {
    Path file;
    try {
      file = Files.createTempFile("dienynas-upload", ".bin");
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    file.toFile().deleteOnExit();
    ApiClient client = base(contextRoot);
    String credentials = credentials(account);
    client.setRequestInterceptor(
        request -> {
          request.header("Authorization", "Basic " + credentials);
          try {
            request.method("POST", HttpRequest.BodyPublishers.ofFile(file));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return new Upload(new DienynasApi(client), file.toFile());
  }

  private static String credentials(Account account) {
    return Base64.getEncoder()
        .encodeToString(
            (account.login() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));
  }

  /** The client without a login. */
  public static DienynasApi anonymous(URL contextRoot) {
    return new DienynasApi(base(contextRoot));
  }

  /** Asserts that the call is refused with the status; the refusal, for its body. */
  public static ApiException assertRefused(int status, Executable call) {
    ApiException refused = Assertions.assertThrows(ApiException.class, call);
    Assertions.assertEquals(status, refused.getCode(), refused.getResponseBody());
    return refused;
  }

  private static ApiClient base(URL contextRoot) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(contextRoot + "api");
    client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return client;
  }
}
