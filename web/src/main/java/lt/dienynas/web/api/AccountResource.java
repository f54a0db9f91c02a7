package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import lt.dienynas.security.AccountAdministration;
import lt.dienynas.security.AccountAdministration.IssuedCredentials;
import lt.dienynas.security.AccountAdministration.PersonAccount;

/**
 * Accounts over the API: the same {@link AccountAdministration} as the portal's "Naudotojai" page
 * (the DB admin), and the first-login slip (the DB admin, a class teacher for their class).
 */
@Path("v1/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
  /** At most this many people per search. */
  private static final int MAX = 200;

  @Inject private AccountAdministration accounts;

  /** People whose name or login contains the text, with their accounts. */
  @GET
  public List<PersonAccount> search(@QueryParam("text") String text) {
    return accounts.search(text, MAX);
  }

  /** A new account with a temporary password, shown once. */
  @POST
  @Path("{personId}")
  public Response create(@PathParam("personId") long personId) {
    return Response.status(Response.Status.CREATED)
        .entity(accounts.createAccount(personId))
        .build();
  }

  /** A new temporary password, shown once; the person must change it at the next login. */
  @POST
  @Path("{personId}/password-reset")
  public IssuedCredentials resetPassword(@PathParam("personId") long personId) {
    return accounts.resetPassword(personId);
  }

  /** The first-login slip: the login and a temporary password (created where missing). */
  @POST
  @Path("{personId}/first-login")
  public IssuedCredentials firstLogin(@PathParam("personId") long personId) {
    return accounts.issueFirstLogin(personId);
  }

  @POST
  @Path("{personId}/disable")
  public Response disable(@PathParam("personId") long personId) {
    accounts.disable(personId);
    return Response.noContent().build();
  }

  @POST
  @Path("{personId}/enable")
  public Response enable(@PathParam("personId") long personId) {
    accounts.enable(personId);
    return Response.noContent().build();
  }

  /** Lifts the lock-out after failed logins. */
  @POST
  @Path("{personId}/unlock")
  public Response unlock(@PathParam("personId") long personId) {
    accounts.unlock(personId);
    return Response.noContent().build();
  }
}
