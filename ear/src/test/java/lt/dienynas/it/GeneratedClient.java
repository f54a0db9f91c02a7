package lt.dienynas.it;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
    String credentials =
        Base64.getEncoder()
            .encodeToString(
                (account.login() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));
    client.setRequestInterceptor(
        request -> request.header("Authorization", "Basic " + credentials));
    return new DienynasApi(client);
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
