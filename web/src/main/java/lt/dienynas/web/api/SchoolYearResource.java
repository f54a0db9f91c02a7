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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lt.dienynas.school.ClassLevel;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.Subject;
import lt.dienynas.school.TeacherHandoverService;
import lt.dienynas.school.TeacherHandoverService.AssignmentLine;
import lt.dienynas.school.TimetableCheck.Mismatch;
import lt.dienynas.school.TimetableCheckService;
import lt.dienynas.school.YearChecklist;
import lt.dienynas.school.YearRolloverService;
import lt.dienynas.school.YearRolloverService.Preview;
import lt.dienynas.school.YearSetupService;
import lt.dienynas.school.YearSetupService.ClassLine;
import lt.dienynas.school.YearSetupService.GroupLine;
import lt.dienynas.school.YearSetupService.StaffLine;
import lt.dienynas.school.YearSetupService.YearLine;
import lt.dienynas.school.YearSetupService.YearOverview;
import lt.dienynas.security.Role;
import lt.dienynas.shared.Messages;
import lt.dienynas.shared.SchoolClock;

/**
 * The school year's set-up over the API (§18.1–§18.8, §31): the years, their periods, holidays,
 * lesson times, subjects and curriculum, classes and groups with their teachers, staff and their
 * roles, a leaving teacher's hand-over and records to sign, the start checklist, the timetable
 * check and the rollover into the next year (a preview, then exactly that plan by its fingerprint).
 * The DB admin changes; the director and the deputy read. The same services and access rules as the
 * pages {@code /schoolyear/*}.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolYearResource {
  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  @Inject private YearSetupService setup;
  @Inject private YearRolloverService rollover;
  @Inject private TimetableCheckService timetableCheck;
  @Inject private TeacherHandoverService handovers;
  @Inject private SchoolClock clock;

  /** A new school year, or the year a rollover creates. */
  public record YearInput(String name, LocalDate start, LocalDate end) {}

  /** The rollover of a year as previewed: {@code fingerprint} from the preview. */
  public record RolloverInput(String name, LocalDate start, LocalDate end, String fingerprint) {}

  /** A period's or a holiday's days; {@code name} for a holiday. */
  public record DaysInput(String name, LocalDate start, LocalDate end) {}

  /** A lesson's bell times, "08:00". */
  public record LessonTimeInput(String start, String end) {}

  public record SubjectInput(String code, String name, String nameEn) {}

  public record CurriculumInput(Integer weeklyLessons) {}

  /**
   * A class: {@code level} GRADE with grade and letter, else PRESCHOOL / PREPRIMARY with a name.
   */
  public record ClassInput(String level, Integer grade, String letter, String name) {}

  public record ClassTeacherInput(Long staffId) {}

  public record GroupInput(String kind, String name, Long classId, Long subjectId) {}

  public record GroupTeacherInput(Long subjectId, Long staffId, LocalDate from) {}

  public record StaffInput(String firstName, String lastName, String email, List<String> roles) {}

  public record RolesInput(List<String> roles) {}

  public record HandoverInput(Long successorId, LocalDate firstDay, Boolean teacherLeaves) {}

  /** The set-up of a year as its pages show it. */
  public record YearSetupView(
      YearLine year,
      List<PeriodView> periods,
      List<HolidayView> holidays,
      List<LessonTimeView> lessonTimes,
      List<CurriculumView> curriculum,
      List<ClassLine> classes,
      List<GroupLine> groups) {}

  public record PeriodView(PeriodKind kind, LocalDate start, LocalDate end) {}

  public record HolidayView(long id, String name, LocalDate start, LocalDate end) {}

  public record LessonTimeView(int number, String start, String end) {}

  public record CurriculumView(int grade, long subjectId, String subject, int weeklyLessons) {}

  public record SubjectView(long id, String code, String name, String nameEn) {}

  // --- reading ------------------------------------------------------------------------------

  @GET
  @Path("school-years")
  public List<YearLine> years() {
    return setup.years();
  }

  @GET
  @Path("school-years/{yearId}/setup")
  public YearSetupView overview(@PathParam("yearId") long yearId) {
    YearOverview o = setup.overview(yearId);
    return new YearSetupView(
        o.year(),
        o.periods().stream()
            .map(p -> new PeriodView(p.getKind(), p.getStartDate(), p.getEndDate()))
            .toList(),
        o.holidays().stream()
            .map(h -> new HolidayView(h.getId(), h.getName(), h.getStartDate(), h.getEndDate()))
            .toList(),
        o.lessonTimes().stream()
            .map(
                t ->
                    new LessonTimeView(
                        t.getLessonNumber(),
                        hourMinute(t.getStartsAt()),
                        hourMinute(t.getEndsAt())))
            .toList(),
        o.curriculum().stream()
            .map(
                l ->
                    new CurriculumView(
                        l.getGrade(),
                        l.getSubject().getId(),
                        l.getSubject().getName(),
                        l.getWeeklyLessons()))
            .toList(),
        o.classes(),
        o.groups());
  }

  @GET
  @Path("subjects")
  public List<SubjectView> subjects() {
    return setup.subjects().stream().map(SchoolYearResource::subject).toList();
  }

  @GET
  @Path("staff")
  public List<StaffLine> staff() {
    return setup.staff();
  }

  @GET
  @Path("school-years/{yearId}/checklist")
  public YearChecklist checklist(@PathParam("yearId") long yearId) {
    return setup.checklist(yearId);
  }

  /** The mismatches on {@code day} (default today; the year's first day outside the year). */
  @GET
  @Path("school-years/{yearId}/timetable-check")
  public List<Mismatch> timetableCheck(
      @PathParam("yearId") long yearId, @QueryParam("day") String day) {
    return timetableCheck.check(yearId, Params.date(day, clock.today()));
  }

  @GET
  @Path("staff/{staffId}/assignments")
  public List<AssignmentLine> assignments(@PathParam("staffId") long staffId) {
    return handovers.assignmentsOf(staffId);
  }

  @GET
  @Path("staff/{staffId}/records")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response records(@PathParam("staffId") long staffId, @QueryParam("upTo") String upTo) {
    byte[] pdf =
        handovers.recordsForSignature(
            staffId, Params.date(upTo, clock.today()), Messages.LITHUANIAN);
    return Response.ok(pdf, "application/pdf")
        .header("X-Content-Type-Options", "nosniff")
        .header(
            "Content-Disposition", "attachment; filename=\"mokytojo-irasai-" + staffId + ".pdf\"")
        .build();
  }

  // --- changing (the DB admin) --------------------------------------------------------------

  @POST
  @Path("school-years")
  public Response createYear(YearInput input) {
    Params.body(input);
    return created(setup.createYear(input.name(), input.start(), input.end()));
  }

  @PUT
  @Path("school-years/{yearId}/periods/{kind}")
  public Response definePeriod(
      @PathParam("yearId") long yearId, @PathParam("kind") String kind, DaysInput input) {
    Params.body(input);
    setup.definePeriod(
        yearId,
        Params.enumValue(PeriodKind.class, "kind", kind, null),
        Params.required("start", input.start()),
        Params.required("end", input.end()));
    return Response.noContent().build();
  }

  @POST
  @Path("school-years/{yearId}/holidays")
  public Response addHoliday(@PathParam("yearId") long yearId, DaysInput input) {
    Params.body(input);
    setup.addHoliday(
        yearId,
        input.name(),
        Params.required("start", input.start()),
        Params.required("end", input.end()));
    return Response.noContent().build();
  }

  @DELETE
  @Path("school-years/{yearId}/holidays/{holidayId}")
  public Response removeHoliday(
      @PathParam("yearId") long yearId, @PathParam("holidayId") long holidayId) {
    setup.removeHoliday(yearId, holidayId);
    return Response.noContent().build();
  }

  @PUT
  @Path("school-years/{yearId}/lesson-times/{number}")
  public Response setLessonTime(
      @PathParam("yearId") long yearId, @PathParam("number") int number, LessonTimeInput input) {
    Params.body(input);
    setup.setLessonTime(
        yearId,
        number,
        Params.required("start", Params.time("start", input.start())),
        Params.required("end", Params.time("end", input.end())));
    return Response.noContent().build();
  }

  @DELETE
  @Path("school-years/{yearId}/lesson-times/{number}")
  public Response removeLessonTime(
      @PathParam("yearId") long yearId, @PathParam("number") int number) {
    setup.removeLessonTime(yearId, number);
    return Response.noContent().build();
  }

  @POST
  @Path("subjects")
  public Response createSubject(SubjectInput input) {
    Params.body(input);
    return created(setup.createSubject(input.code(), input.name(), input.nameEn()));
  }

  @PUT
  @Path("school-years/{yearId}/curriculum/{grade}/{subjectId}")
  public Response setCurriculum(
      @PathParam("yearId") long yearId,
      @PathParam("grade") int grade,
      @PathParam("subjectId") long subjectId,
      CurriculumInput input) {
    Params.body(input);
    setup.setCurriculum(
        yearId, grade, subjectId, Params.required("weeklyLessons", input.weeklyLessons()));
    return Response.noContent().build();
  }

  @POST
  @Path("school-years/{yearId}/classes")
  public Response createClass(@PathParam("yearId") long yearId, ClassInput input) {
    Params.body(input);
    return created(
        setup.createClass(
            yearId,
            Params.enumValue(ClassLevel.class, "level", input.level(), null),
            input.grade(),
            input.letter(),
            input.name()));
  }

  @PUT
  @Path("classes/{classId}/class-teacher")
  public Response assignClassTeacher(@PathParam("classId") long classId, ClassTeacherInput input) {
    Params.body(input);
    setup.assignClassTeacher(classId, Params.required("staffId", input.staffId()));
    return Response.noContent().build();
  }

  @POST
  @Path("school-years/{yearId}/groups")
  public Response createGroup(@PathParam("yearId") long yearId, GroupInput input) {
    Params.body(input);
    return created(
        setup.createGroup(
            yearId,
            Params.enumValue(GroupKind.class, "kind", input.kind(), null),
            input.name(),
            input.classId(),
            input.subjectId()));
  }

  @POST
  @Path("groups/{groupId}/teachers")
  public Response assignTeacher(@PathParam("groupId") long groupId, GroupTeacherInput input) {
    Params.body(input);
    setup.assignTeacher(
        groupId,
        Params.required("subjectId", input.subjectId()),
        Params.required("staffId", input.staffId()),
        Params.required("from", input.from()));
    return Response.noContent().build();
  }

  @POST
  @Path("staff")
  public Response createStaff(StaffInput input) {
    Params.body(input);
    return created(
        setup.createStaff(
            input.firstName(), input.lastName(), input.email(), roles(input.roles())));
  }

  @PUT
  @Path("staff/{staffId}/roles")
  public Response changeRoles(@PathParam("staffId") long staffId, RolesInput input) {
    Params.body(input);
    setup.changeRoles(staffId, roles(input.roles()));
    return Response.noContent().build();
  }

  /** The leaving teacher's groups go to the successor from {@code firstDay}; the new ones. */
  @POST
  @Path("staff/{staffId}/handover")
  public List<AssignmentLine> handOver(@PathParam("staffId") long staffId, HandoverInput input) {
    Params.body(input);
    return handovers.handOver(
        staffId,
        Params.required("successorId", input.successorId()),
        Params.required("firstDay", input.firstDay()),
        Boolean.TRUE.equals(input.teacherLeaves()));
  }

  @POST
  @Path("school-years/{yearId}/rollover/preview")
  public Preview previewRollover(@PathParam("yearId") long yearId, YearInput input) {
    Params.body(input);
    return rollover.preview(yearId, input.name(), input.start(), input.end());
  }

  @POST
  @Path("school-years/{yearId}/rollover")
  public Response applyRollover(@PathParam("yearId") long yearId, RolloverInput input) {
    Params.body(input);
    return created(
        rollover.apply(
            yearId,
            input.name(),
            input.start(),
            input.end(),
            Params.required("fingerprint", input.fingerprint())));
  }

  // ------------------------------------------------------------------------------------------

  private static Response created(long id) {
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  /** The roles named; an unknown one is refused naming the field. */
  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names != null) {
      for (String name : names) {
        roles.add(Params.enumValue(Role.class, "roles", name, null));
      }
    }
    return roles;
  }

  private static SubjectView subject(Subject s) {
    return new SubjectView(s.getId(), s.getCode(), s.getName(), s.getNameEn());
  }

  private static String hourMinute(LocalTime time) {
    return time == null ? null : time.format(HOUR_MINUTE);
  }
}
