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
import lt.dienynas.movement.OrderKind;
import lt.dienynas.movement.StudentHistory;
import lt.dienynas.movement.StudentMovementService;
import lt.dienynas.movement.StudentMovementService.ClassRef;
import lt.dienynas.movement.StudentMovementService.NewStudent;
import lt.dienynas.movement.StudentMovementService.OrderLine;
import lt.dienynas.movement.StudentMovementService.OrderRequest;
import lt.dienynas.movement.StudentMovementService.StudentRef;
import lt.dienynas.shared.Messages;
import lt.dienynas.shared.SchoolClock;

/**
 * Director's orders about students over the API (§18.4, §29): the DB admin or the archivist records
 * an order about a student in the diary, or admits a new (or returning) one by personal code; the
 * archivist and the management read the recent orders and a student's movements; the pasiekimų
 * pažyma prints for them and the student's class teacher. The same service and access rules as the
 * pages {@code /movement/orders.xhtml} and {@code /movement/students.xhtml}.
 */
@Path("v1/movement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MovementResource {
  /** How far back the recent orders go when the client does not say (as on the page). */
  private static final int RECENT_DAYS = 120;

  @Inject private StudentMovementService movements;
  @Inject private SchoolClock clock;

  /**
   * An order: {@code kind} one of {@link OrderKind}; {@code classId} for an admission or arrival
   * only, {@code effectiveUntil} for a temporary leave only.
   */
  public record OrderInput(
      String kind,
      String number,
      LocalDate orderDate,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil,
      Long classId,
      String note) {}

  /** An admission or arrival order about a student not yet in the diary (or returning). */
  public record AdmissionInput(
      String firstName,
      String lastName,
      String personalCode,
      String kind,
      String number,
      LocalDate orderDate,
      LocalDate effectiveFrom,
      Long classId,
      String note) {}

  @GET
  @Path("students")
  public List<StudentRef> findStudents(@QueryParam("q") String query) {
    return movements.findStudents(query);
  }

  @GET
  @Path("students/{studentId}")
  public StudentHistory history(@PathParam("studentId") long studentId) {
    return movements.history(studentId);
  }

  @GET
  @Path("students/{studentId}/certificate")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response certificate(@PathParam("studentId") long studentId) {
    byte[] pdf = movements.certificate(studentId, Messages.LITHUANIAN);
    return Response.ok(pdf, "application/pdf")
        .header("X-Content-Type-Options", "nosniff")
        .header(
            "Content-Disposition",
            "attachment; filename=\"pasiekimu-pazyma-" + studentId + ".pdf\"")
        .build();
  }

  @POST
  @Path("students/{studentId}/orders")
  public Response record(@PathParam("studentId") long studentId, OrderInput input) {
    Params.body(input);
    long id =
        movements.record(
            studentId,
            new OrderRequest(
                Params.optionalEnum(OrderKind.class, "kind", input.kind()),
                input.number(),
                input.orderDate(),
                input.effectiveFrom(),
                input.effectiveUntil(),
                input.classId(),
                input.note()));
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  @POST
  @Path("admissions")
  public Response admit(AdmissionInput input) {
    Params.body(input);
    long studentId =
        movements.admit(
            new NewStudent(input.firstName(), input.lastName(), input.personalCode()),
            new OrderRequest(
                Params.optionalEnum(OrderKind.class, "kind", input.kind()),
                input.number(),
                input.orderDate(),
                input.effectiveFrom(),
                null,
                input.classId(),
                input.note()));
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(studentId)).build();
  }

  @GET
  @Path("classes")
  public List<ClassRef> classes() {
    return movements.enrollableClasses();
  }

  @GET
  @Path("orders")
  public List<OrderLine> orders(@QueryParam("since") String since) {
    return movements.recentOrders(Params.date(since, clock.today().minusDays(RECENT_DAYS)));
  }
}
