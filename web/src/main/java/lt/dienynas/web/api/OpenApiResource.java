package lt.dienynas.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/** The API's OpenAPI 3 document, open to everyone (web.xml leaves it outside the login). */
@Path("v1/openapi.json")
public class OpenApiResource {
  private static final String DOCUMENT = "/lt/dienynas/web/api/openapi.json";

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response document() {
    InputStream json = OpenApiResource.class.getResourceAsStream(DOCUMENT);
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }
}
