package lt.dienynas.it;

import static lt.dienynas.it.GeneratedClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lt.dienynas.client.ApiException;
import lt.dienynas.client.api.DienynasApi;
import lt.dienynas.client.model.ClassInput;
import lt.dienynas.client.model.ClassLevel;
import lt.dienynas.client.model.ClassTeacherInput;
import lt.dienynas.client.model.CurriculumInput;
import lt.dienynas.client.model.GroupInput;
import lt.dienynas.client.model.GroupKind;
import lt.dienynas.client.model.GroupTeacherInput;
import lt.dienynas.client.model.HandoverInput;
import lt.dienynas.client.model.HolidayInput;
import lt.dienynas.client.model.LessonTimeInput;
import lt.dienynas.client.model.PeriodInput;
import lt.dienynas.client.model.PeriodKind;
import lt.dienynas.client.model.RolesInput;
import lt.dienynas.client.model.RolloverClassStep;
import lt.dienynas.client.model.RolloverInput;
import lt.dienynas.client.model.RolloverPreview;
import lt.dienynas.client.model.SchoolYearInput;
import lt.dienynas.client.model.SchoolYearLine;
import lt.dienynas.client.model.SetupClass;
import lt.dienynas.client.model.StaffInput;
import lt.dienynas.client.model.StaffLine;
import lt.dienynas.client.model.StaffRole;
import lt.dienynas.client.model.SubjectInput;
import lt.dienynas.client.model.TeachingAssignmentLine;
import lt.dienynas.client.model.TimetableMismatch;
import lt.dienynas.client.model.YearChecklist;
import lt.dienynas.client.model.YearSetup;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The school year's set-up through the generated API client (§18): the DB admin creates a year with
 * its periods, holidays, bell times, a subject and its curriculum, a class with its class teacher,
 * a subject group with its teacher and an employee with roles; the checklist and the timetable
 * check say what is missing; a leaving teacher's group goes to a successor; the rollover previews
 * and applies exactly its plan and closes the year. The director and the deputy read; every write
 * is refused to them, to teachers and to a guardian; bad input is 400 in Lithuanian.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolYearApiIT {
  private static final LocalDate START = LocalDate.of(2032, 9, 1);
  private static final LocalDate END = LocalDate.of(2033, 8, 31);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theAdminSetsUpAYearChecksItAndRollsItOver() throws Exception {
    String tag = Long.toString(System.nanoTime() % 100_000_000L, 36);
    TestSchool school = TestSchool.create(5, 1);
    DienynasApi admin = client(TestPeople.staff("Giedrius", "Metų", Role.DB_ADMIN));
    DienynasApi director = client(TestPeople.staff("Dalia", "Skaitanti", Role.DIRECTOR));
    DienynasApi deputy = client(TestPeople.staff("Rimas", "Peržiūrintis", Role.DEPUTY));
    Account leavingAccount = TestPeople.staff("Vaida", "Išeinanti", Role.TEACHER);
    Account successorAccount = TestPeople.staff("Tomas", "Perimantis", Role.TEACHER);
    Account classTeacherAccount = TestPeople.staff("Jūratė", "Auklėtoja", Role.CLASS_TEACHER);
    DienynasApi teacher = client(leavingAccount);
    List<DienynasApi> nonAdmins =
        List.of(
            director,
            deputy,
            teacher,
            client(school.classTeacher),
            client(TestSchool.guardianOf("Rasa", "Nustatanti", school.students.get(0))));

    // the year
    SchoolYearInput yearInput = new SchoolYearInput().name("Y" + tag).start(START).end(END);
    refusedToAll(nonAdmins, who -> who.createSchoolYear(yearInput));
    ApiException backwards =
        assertRefused(
            400,
            () ->
                admin.createSchoolYear(
                    new SchoolYearInput().name("X" + tag).start(END).end(START)));
    HealthApiIT.assertLithuanian(backwards, "schoolYear.dates", "ankstesnė už pabaigą");
    long year = admin.createSchoolYear(yearInput).getId();
    assertTrue(director.listSchoolYears().stream().anyMatch(y -> y.getId() == year));

    PeriodInput semester = new PeriodInput().start(START).end(LocalDate.of(2033, 1, 31));
    refusedToAll(
        nonAdmins, who -> who.defineSchoolPeriod(year, PeriodKind.FIRST_SEMESTER, semester));
    admin.defineSchoolPeriod(year, PeriodKind.FIRST_SEMESTER, semester);
    HolidayInput holiday =
        new HolidayInput()
            .name("Rudens atostogos")
            .start(LocalDate.of(2032, 10, 28))
            .end(LocalDate.of(2032, 11, 3));
    refusedToAll(nonAdmins, who -> who.addHoliday(year, holiday));
    admin.addHoliday(year, holiday);
    admin.addHoliday(
        year,
        new HolidayInput()
            .name("Klaidingos")
            .start(LocalDate.of(2032, 12, 1))
            .end(LocalDate.of(2032, 12, 2)));
    long wrongHoliday =
        admin.getYearSetup(year).getHolidays().stream()
            .filter(h -> h.getName().equals("Klaidingos"))
            .findFirst()
            .orElseThrow()
            .getId();
    refusedToAll(nonAdmins, who -> who.removeHoliday(year, wrongHoliday));
    admin.removeHoliday(year, wrongHoliday);

    LessonTimeInput first = new LessonTimeInput().start("08:00").end("08:45");
    refusedToAll(nonAdmins, who -> who.setLessonTime(year, 1, first));
    ApiException badTime =
        assertRefused(
            400,
            () -> admin.setLessonTime(year, 1, new LessonTimeInput().start("8 val.").end("08:45")));
    HealthApiIT.assertLithuanian(badTime, "api.badValue", "„start“");
    ApiException reversed =
        assertRefused(
            400,
            () -> admin.setLessonTime(year, 1, new LessonTimeInput().start("09:00").end("08:45")));
    HealthApiIT.assertLithuanian(reversed, "lessonTime.order", "ankstesnė už pabaigą");
    admin.setLessonTime(year, 1, first);
    admin.setLessonTime(year, 2, new LessonTimeInput().start("08:55").end("09:40"));
    refusedToAll(nonAdmins, who -> who.removeLessonTime(year, 2));
    admin.removeLessonTime(year, 2);

    SubjectInput subjectInput =
        new SubjectInput().code("MAT" + tag).name("Matematika").nameEn("Mathematics");
    refusedToAll(nonAdmins, who -> who.createSubject(subjectInput));
    long subject = admin.createSubject(subjectInput).getId();
    ApiException taken = assertRefused(400, () -> admin.createSubject(subjectInput));
    HealthApiIT.assertLithuanian(taken, "subject.taken", "jau yra");
    assertTrue(deputy.listSubjects().stream().anyMatch(s -> s.getId() == subject));
    CurriculumInput four = new CurriculumInput().weeklyLessons(4);
    refusedToAll(nonAdmins, who -> who.setCurriculumLine(year, 5, subject, four));
    admin.setCurriculumLine(year, 5, subject, four);

    // a class, its class teacher, a subject group and its teacher
    ClassInput fifth = new ClassInput().level(ClassLevel.GRADE).grade(5).letter("a");
    refusedToAll(nonAdmins, who -> who.createSchoolClass(year, fifth));
    long classId = admin.createSchoolClass(year, fifth).getId();
    ClassTeacherInput classTeacher =
        new ClassTeacherInput().staffId(classTeacherAccount.personId());
    refusedToAll(nonAdmins, who -> who.assignClassTeacher(classId, classTeacher));
    admin.assignClassTeacher(classId, classTeacher);
    GroupInput groupInput =
        new GroupInput()
            .kind(GroupKind.SUBJECT)
            .name("5a matematika")
            .classId(classId)
            .subjectId(subject);
    refusedToAll(nonAdmins, who -> who.createStudyGroup(year, groupInput));
    long group = admin.createStudyGroup(year, groupInput).getId();
    GroupTeacherInput groupTeacher =
        new GroupTeacherInput().subjectId(subject).staffId(leavingAccount.personId()).from(START);
    refusedToAll(nonAdmins, who -> who.assignGroupTeacher(group, groupTeacher));
    admin.assignGroupTeacher(group, groupTeacher);

    YearSetup setup = director.getYearSetup(year);
    assertEquals("Y" + tag, setup.getYear().getName());
    assertEquals(PeriodKind.FIRST_SEMESTER, setup.getPeriods().get(0).getKind());
    assertEquals(
        List.of("Rudens atostogos"), setup.getHolidays().stream().map(h -> h.getName()).toList());
    assertEquals(1, setup.getLessonTimes().size());
    assertEquals("08:00", setup.getLessonTimes().get(0).getStart());
    assertEquals(4, setup.getCurriculum().get(0).getWeeklyLessons());
    SetupClass made = setup.getClasses().get(0);
    assertEquals("5a", made.getName());
    assertEquals("Jūratė Auklėtoja", made.getClassTeacher());
    assertEquals(
        "Vaida Išeinanti",
        setup.getGroups().stream()
            .filter(g -> g.getId() == group)
            .findFirst()
            .orElseThrow()
            .getTeachers());

    // staff and their roles
    StaffInput newcomer =
        new StaffInput()
            .firstName("Naujas")
            .lastName("Darbuotojas" + tag)
            .email(tag + "@mokykla.example")
            .roles(List.of(StaffRole.TEACHER));
    refusedToAll(nonAdmins, who -> who.createStaff(newcomer));
    long staff = admin.createStaff(newcomer).getId();
    RolesInput roles = new RolesInput().roles(List.of(StaffRole.TEACHER, StaffRole.LIBRARIAN));
    refusedToAll(nonAdmins, who -> who.changeStaffRoles(staff, roles));
    ApiException noRole =
        assertRefused(400, () -> admin.changeStaffRoles(staff, new RolesInput().roles(List.of())));
    HealthApiIT.assertLithuanian(noRole, "staff.noRole", "bent vienas vaidmuo");
    admin.changeStaffRoles(staff, roles);
    StaffLine line =
        deputy.listStaff().stream().filter(s -> s.getId() == staff).findFirst().orElseThrow();
    assertEquals(Set.of(StaffRole.TEACHER, StaffRole.LIBRARIAN), Set.copyOf(line.getRoles()));

    // what is still missing, and the timetable against the curriculum
    YearChecklist checklist = director.getYearChecklist(year);
    assertEquals(LocalDate.of(2032, 9, 5), checklist.getDueDate());
    assertEquals(List.of("SECOND_SEMESTER", "ANNUAL"), missing(checklist, "periods"));
    assertEquals(List.of(), missing(checklist, "classTeachers"));
    assertEquals(List.of("5a"), missing(checklist, "students"));
    List<TimetableMismatch> mismatches = deputy.checkTimetableAgainstCurriculum(year, START);
    assertEquals(1, mismatches.size(), mismatches::toString);
    assertEquals(classId, mismatches.get(0).getClassId());
    assertEquals(4, mismatches.get(0).getCurriculum());
    assertEquals(0, mismatches.get(0).getTimetable());

    // a leaving teacher's group goes to the successor
    HandoverInput handover =
        new HandoverInput()
            .successorId(successorAccount.personId())
            .firstDay(LocalDate.of(2032, 10, 1));
    refusedToAll(nonAdmins, who -> who.handOverTeacher(leavingAccount.personId(), handover));
    List<TeachingAssignmentLine> handedOver =
        admin.handOverTeacher(leavingAccount.personId(), handover);
    assertEquals(List.of(group), handedOver.stream().map(a -> a.getGroupId()).toList());
    assertEquals(LocalDate.of(2032, 10, 1), handedOver.get(0).getValidFrom());
    TeachingAssignmentLine ended =
        director.listTeachingAssignments(leavingAccount.personId()).get(0);
    assertEquals(LocalDate.of(2032, 9, 30), ended.getValidTo());
    byte[] records =
        Files.readAllBytes(
            deputy
                .getTeacherRecordsPdf(leavingAccount.personId(), LocalDate.of(2032, 9, 30))
                .toPath());
    assertEquals("%PDF", new String(records, 0, 4));
    for (DienynasApi who : List.of(teacher, nonAdmins.get(3), nonAdmins.get(4))) {
      assertRefused(403, () -> who.getYearSetup(year));
      assertRefused(403, () -> who.listStaff());
      assertRefused(403, () -> who.getYearChecklist(year));
      assertRefused(403, () -> who.checkTimetableAgainstCurriculum(year, null));
      assertRefused(403, () -> who.getTeacherRecordsPdf(leavingAccount.personId(), null));
    }

    // the rollover: the preview's plan, applied by its fingerprint
    SchoolYearInput next =
        new SchoolYearInput()
            .name("N" + tag)
            .start(LocalDate.of(2033, 9, 1))
            .end(LocalDate.of(2034, 8, 31));
    refusedToAll(nonAdmins, who -> who.previewRollover(year, next));
    RolloverPreview preview = admin.previewRollover(year, next);
    RolloverClassStep step = preview.getPlan().getClasses().get(0);
    assertEquals(RolloverClassStep.ActionEnum.PROMOTE, step.getAction());
    assertEquals("6a", step.getNewName());
    assertEquals(
        "Jūratė Auklėtoja",
        preview.getTeacherNames().get(String.valueOf(classTeacherAccount.personId())));
    RolloverInput apply =
        new RolloverInput()
            .name(next.getName())
            .start(next.getStart())
            .end(next.getEnd())
            .fingerprint(preview.getFingerprint());
    refusedToAll(nonAdmins, who -> who.applyRollover(year, apply));
    ApiException changed =
        assertRefused(
            400,
            () ->
                admin.applyRollover(
                    year,
                    new RolloverInput()
                        .name(next.getName())
                        .start(next.getStart())
                        .end(next.getEnd())
                        .fingerprint("x")));
    HealthApiIT.assertLithuanian(changed, "rollover.changed", "pasikeitė");
    long newYear = admin.applyRollover(year, apply).getId();
    List<SchoolYearLine> years = admin.listSchoolYears();
    assertTrue(years.stream().anyMatch(y -> y.getId() == year && y.getReadOnly()));
    assertTrue(years.stream().anyMatch(y -> y.getId() == newYear && !y.getReadOnly()));
    YearSetup rolled = admin.getYearSetup(newYear);
    assertEquals(List.of("6a"), rolled.getClasses().stream().map(c -> c.getName()).toList());
    assertEquals("Jūratė Auklėtoja", rolled.getClasses().get(0).getClassTeacher());
    assertEquals(1, rolled.getCurriculum().size());
    assertEquals(1, rolled.getLessonTimes().size());
    ApiException closed = assertRefused(400, () -> admin.setLessonTime(year, 3, first));
    HealthApiIT.assertLithuanian(closed, "schoolYear.readOnly", "užbaigti");
    assertFalse(admin.getYearSetup(year).getLessonTimes().size() > 1);
  }

  private static List<String> missing(YearChecklist checklist, String key) {
    return checklist.getItems().stream()
        .filter(i -> i.getKey().getValue().equals(key))
        .findFirst()
        .orElseThrow()
        .getMissing();
  }

  /** A call the DB admin alone may make. */
  interface Write {
    void call(DienynasApi who) throws Exception;
  }

  private static void refusedToAll(List<DienynasApi> clients, Write write) {
    for (DienynasApi who : clients) {
      Executable call = () -> write.call(who);
      assertRefused(403, call);
    }
  }

  private DienynasApi client(Account account) {
    return GeneratedClient.as(contextRoot, account);
  }
}
