package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import lt.dienynas.calendar.CalendarFeedService;

/** The caller's calendar subscription over the API (the portal's "Kalendoriaus prenumerata"). */
@Path("v1/me/calendar-feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {
  @Inject private CalendarFeedService feeds;

  @Context private UriInfo uri;

  /** The new secret address, shown once. */
  public record Address(String url) {}

  @GET
  public CalendarFeedService.Subscription mine() {
    return feeds.mine();
  }

  /** A new secret address; the earlier one stops working. */
  @POST
  public Response renew() {
    String token = feeds.renew();
    URI feed = uri.getBaseUriBuilder().path("..").path("calendar").path(token + ".ics").build();
    return Response.status(Response.Status.CREATED)
        .entity(new Address(feed.normalize().toString()))
        .build();
  }

  @DELETE
  public Response revoke() {
    feeds.revoke();
    return Response.noContent().build();
  }
}
