package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.GroupMembershipService;
import lt.dienynas.school.GroupMembershipService.GroupView;
import lt.dienynas.school.GroupMembershipService.MemberView;

/** Group lists and memberships over the API (§23.1, §23.14): {@link GroupMembershipService}. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupResource {
  @Inject private GroupMembershipService memberships;

  public record NewMember(Long studentId, LocalDate from, LocalDate to) {}

  public record End(Integer version, LocalDate lastDay) {}

  public record Move(Integer version, Long toGroupId, LocalDate from) {}

  public record HomeSchooling(Long studentId, Long subjectId, String name, LocalDate from) {}

  @GET
  @Path("groups")
  public List<GroupView> groups(@QueryParam("kind") GroupKind kind) {
    return memberships.groups(kind);
  }

  @GET
  @Path("groups/{groupId}/members")
  public List<MemberView> members(@PathParam("groupId") long groupId) {
    return memberships.members(groupId);
  }

  @POST
  @Path("groups/{groupId}/members")
  public Response add(@PathParam("groupId") long groupId, NewMember body) {
    Params.body(body);
    long id =
        memberships.add(
            groupId,
            Params.required("studentId", body.studentId()),
            Params.required("from", body.from()),
            body.to());
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  @POST
  @Path("memberships/{memberId}/end")
  public Response end(@PathParam("memberId") long memberId, End body) {
    Params.body(body);
    memberships.end(
        memberId,
        Params.required("version", body.version()),
        Params.required("lastDay", body.lastDay()));
    return Response.noContent().build();
  }

  @POST
  @Path("memberships/{memberId}/move")
  public Response move(@PathParam("memberId") long memberId, Move body) {
    Params.body(body);
    long id =
        memberships.move(
            memberId,
            Params.required("version", body.version()),
            Params.required("toGroupId", body.toGroupId()),
            Params.required("from", body.from()));
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  @POST
  @Path("home-schooling-groups")
  public Response homeSchooling(HomeSchooling body) {
    Params.body(body);
    long id =
        memberships.createHomeSchoolingGroup(
            Params.required("studentId", body.studentId()),
            Params.required("subjectId", body.subjectId()),
            body.name(),
            Params.required("from", body.from()));
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }
}
