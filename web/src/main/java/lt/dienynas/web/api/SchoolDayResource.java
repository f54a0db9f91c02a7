package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import lt.dienynas.journal.SchoolDayRequest;
import lt.dienynas.journal.SchoolDayService;
import lt.dienynas.journal.SchoolDayView;

/** Days without lessons and remote-teaching days (§23.3, §23.15) over the API. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolDayResource {
  @Inject private SchoolDayService schoolDays;

  /** Marks the range's school days for the classes named or the whole school, in one action. */
  @POST
  @Path("school-days")
  public SchoolDayService.Marked mark(SchoolDayRequest request) {
    return schoolDays.mark(Params.body(request));
  }

  /** The days marked in the range (at most a year). */
  @GET
  @Path("school-days")
  public List<SchoolDayView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
    return schoolDays.list(Params.requiredDate("from", from), Params.requiredDate("to", to));
  }

  /** Takes a marked day back; with {@code If-Match} only if it is still the version read. */
  @DELETE
  @Path("school-days/{id}")
  public Response remove(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    schoolDays.remove(id, Versions.expected(ifMatch));
    return Response.noContent().build();
  }
}
