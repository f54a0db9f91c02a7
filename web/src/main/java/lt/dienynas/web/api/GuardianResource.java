package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import lt.dienynas.people.GuardianService;
import lt.dienynas.people.GuardianService.GuardianView;
import lt.dienynas.people.GuardianService.StudentView;
import lt.dienynas.people.PersonData;
import lt.dienynas.security.AccountAdministration;
import lt.dienynas.security.AccountAdministration.IssuedCredentials;

/**
 * Guardians, their links to children and the student's own data over the API (§21.1, §22.2,
 * §22.11–22.12), with the same rules as the portal: {@link GuardianService}.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GuardianResource {
  @Inject private GuardianService guardians;
  @Inject private AccountAdministration accounts;

  /** A guardian's data; {@code version} as read, for an edit. */
  public record GuardianData(Integer version, String firstName, String lastName, String email) {}

  /** A student's data; {@code version} as read. */
  public record StudentData(
      Integer version, String firstName, String lastName, String email, String personalCode) {}

  @GET
  @Path("students/{studentId}/guardians")
  public List<GuardianView> guardiansOf(@PathParam("studentId") long studentId) {
    return guardians.guardiansOf(studentId);
  }

  @POST
  @Path("students/{studentId}/guardians")
  public Response create(@PathParam("studentId") long studentId, GuardianData body) {
    Params.body(body);
    long id =
        guardians.create(
            PersonData.guardian(body.firstName(), body.lastName(), body.email()), studentId);
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  @PUT
  @Path("students/{studentId}/guardians/{guardianId}")
  public Response link(
      @PathParam("studentId") long studentId, @PathParam("guardianId") long guardianId) {
    guardians.link(guardianId, studentId);
    return Response.noContent().build();
  }

  @DELETE
  @Path("students/{studentId}/guardians/{guardianId}")
  public Response unlink(
      @PathParam("studentId") long studentId, @PathParam("guardianId") long guardianId) {
    guardians.unlink(guardianId, studentId);
    return Response.noContent().build();
  }

  @GET
  @Path("guardians/{guardianId}")
  public GuardianView guardian(@PathParam("guardianId") long guardianId) {
    return guardians.guardian(guardianId);
  }

  @PUT
  @Path("guardians/{guardianId}")
  public Response update(@PathParam("guardianId") long guardianId, GuardianData body) {
    Params.body(body);
    guardians.update(
        guardianId,
        Params.required("version", body.version()),
        PersonData.guardian(body.firstName(), body.lastName(), body.email()));
    return Response.noContent().build();
  }

  /** The first-login slip's credentials (the DB admin; the class teacher of a child). */
  @POST
  @Path("guardians/{guardianId}/first-login")
  public IssuedCredentials firstLogin(@PathParam("guardianId") long guardianId) {
    return accounts.issueFirstLogin(guardianId);
  }

  @GET
  @Path("students/{studentId}/data")
  public StudentView student(@PathParam("studentId") long studentId) {
    return guardians.student(studentId);
  }

  @PUT
  @Path("students/{studentId}/data")
  public Response updateStudent(@PathParam("studentId") long studentId, StudentData body) {
    Params.body(body);
    guardians.updateStudent(
        studentId,
        Params.required("version", body.version()),
        new PersonData(body.firstName(), body.lastName(), body.email(), body.personalCode()));
    return Response.noContent().build();
  }
}
