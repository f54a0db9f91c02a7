package lt.dienynas.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.MethodType;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.ClassYearEndService;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.assessment.PlannedTestService;
import lt.dienynas.assessment.PromotionKind;
import lt.dienynas.classdocs.InstructionService;
import lt.dienynas.classdocs.StudentDocumentService;
import lt.dienynas.classwork.ClassLogInput;
import lt.dienynas.classwork.ClassLogKind;
import lt.dienynas.classwork.ClassLogService;
import lt.dienynas.classwork.SocialCivicService;
import lt.dienynas.correction.CorrectionService;
import lt.dienynas.correction.Decision;
import lt.dienynas.health.HealthService;
import lt.dienynas.journal.AttendanceService;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.journal.JustificationService;
import lt.dienynas.journal.LessonMove;
import lt.dienynas.journal.LessonRecord;
import lt.dienynas.journal.LessonService;
import lt.dienynas.journal.MarkInput;
import lt.dienynas.journal.MarkService;
import lt.dienynas.journal.SchoolDayRequest;
import lt.dienynas.journal.SchoolDayService;
import lt.dienynas.journal.StudentNoteKind;
import lt.dienynas.journal.StudentNoteService;
import lt.dienynas.messaging.AnnouncementKind;
import lt.dienynas.messaging.AnnouncementService;
import lt.dienynas.messaging.MessageService;
import lt.dienynas.oversight.MonthlyCheckService;
import lt.dienynas.preschool.AchievementStepService;
import lt.dienynas.preschool.AssessmentRound;
import lt.dienynas.preschool.Competency;
import lt.dienynas.preschool.DayRhythmService;
import lt.dienynas.preschool.PreschoolAttendanceService;
import lt.dienynas.preschool.RhythmLine;
import lt.dienynas.preschool.StepInput;
import lt.dienynas.preschool.WeekPlanService;
import lt.dienynas.preschool.WeekText;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.YearSetupService;
import lt.dienynas.support.ProgressNoteService;
import lt.dienynas.support.RiskGroupService;
import lt.dienynas.survey.AnswerInput;
import lt.dienynas.survey.QuestionKind;
import lt.dienynas.survey.SurveyService;
import lt.dienynas.timetable.NewTimetableSlot;
import lt.dienynas.timetable.TimetableService;
import lt.dienynas.yearend.ClassReportService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The constraints the services declare on their parameters, checked by a real validator as the
 * container checks them, and turned into the one exception path by {@link InputRefusals}.
 */
class ServiceConstraintsTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final ExecutableValidator VALIDATOR = FACTORY.getValidator().forExecutables();
  private static final LocalDate DAY = LocalDate.of(2030, 10, 1);

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static BusinessException refusal(Object service, String name, Object... args) {
    Set<ConstraintViolation<Object>> violations =
        VALIDATOR.validateParameters(service, method(service.getClass(), name, args.length), args);
    assertFalse(violations.isEmpty(), name + " accepted " + Arrays.toString(args));
    return InputRules.refusal(new ConstraintViolationException(violations));
  }

  private static void accepted(Object service, String name, Object... args) {
    Set<ConstraintViolation<Object>> violations =
        VALIDATOR.validateParameters(service, method(service.getClass(), name, args.length), args);
    assertTrue(violations.isEmpty(), violations::toString);
  }

  private static Method method(Class<?> type, String name, int arity) {
    List<Method> found =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
            .toList();
    assertEquals(1, found.size(), name + "/" + arity);
    return found.get(0);
  }

  @Test
  void aNoteWithoutItsKindOrWithAControlCharacterIsRefusedInLithuanian() {
    StudentNoteService notes = new StudentNoteService();
    BusinessException noKind = refusal(notes, "add", 7L, null, "Pagirtas", DAY, null);
    assertEquals("studentNote.kind", noKind.getKey());
    assertEquals(
        "Pasirinkite, kas tai: pagyrimas, pastaba ar komentaras.",
        noKind.localizedMessage(Messages.LITHUANIAN));
    assertEquals(
        "plainText.invalid",
        refusal(notes, "add", 7L, StudentNoteKind.PRAISE, "Pagir\u202Etas", DAY, null).getKey());
    accepted(notes, "add", 7L, StudentNoteKind.PRAISE, "Pagirtas už pagalbą draugui", DAY, null);
  }

  @Test
  void aJustificationWithoutAReasonIsRefused() {
    AttendanceService attendance = new AttendanceService();
    assertEquals(
        "justificationNote.reason", refusal(attendance, "justify", 7L, DAY, DAY, null).getKey());
    accepted(attendance, "justify", 7L, DAY, DAY, JustificationReason.ILLNESS);
    JustificationService notes = new JustificationService();
    assertEquals(
        "plainText.invalid",
        refusal(notes, "submit", 7L, DAY, DAY, JustificationReason.ILLNESS, "Sirgo\u0000")
            .getKey());
    assertEquals("plainText.invalid", refusal(notes, "reject", 7L, "Ne\u202E").getKey());
    accepted(notes, "reject", 7L, null);
  }

  @Test
  void messagesLessonsAndMarksRefuseTextsThatAreNotPlain() {
    MessageService messages = new MessageService();
    assertEquals(
        "plainText.invalid",
        refusal(messages, "send", List.of(), "Dėl \u202Eėlėtsiš", "Tekstas", null).getKey());
    assertEquals("plainText.invalid", refusal(messages, "reply", 1L, "Labas\u0000", null).getKey());
    accepted(messages, "send", List.of(), "Dėl namų darbų", "Laba diena", null);

    LessonService lessons = new LessonService();
    assertEquals(
        "plainText.invalid",
        refusal(lessons, "record", 1L, LessonRecord.topic("Tema\u0000")).getKey());
    accepted(lessons, "record", 1L, LessonRecord.topic("Trupmenų sudėtis"));
    assertEquals(
        "plainText.invalid",
        refusal(lessons, "move", 1L, null, new LessonMove(DAY, 2, "Renginys\u202E"), false)
            .getKey());
    accepted(lessons, "move", 1L, null, null, false);

    MarkService marks = new MarkService();
    MarkInput hostile =
        new MarkInput(MarkValue.tenPoint(9), AssessmentKind.OTHER_INSTITUTION, "Mokykla\u0000");
    assertEquals("plainText.invalid", refusal(marks, "record", 1L, 2L, hostile).getKey());
    Map<Long, MarkInput> inputs = new HashMap<>();
    inputs.put(2L, MarkInput.of(MarkValue.tenPoint(9)));
    inputs.put(3L, null);
    accepted(marks, "recordAll", 1L, inputs);
    inputs.put(4L, hostile);
    assertEquals("plainText.invalid", refusal(marks, "recordAll", 1L, inputs).getKey());
  }

  @Test
  void announcementsPlannedTestsAndPreschoolTextsRefuseTextsThatAreNotPlain() {
    AnnouncementService announcements = new AnnouncementService();
    assertEquals(
        "plainText.invalid",
        refusal(
                announcements,
                "announce",
                1L,
                AnnouncementKind.PARENT_MEETING,
                DAY,
                LocalTime.of(18, 0),
                "Aktų salė",
                "Pažangumas\u202E")
            .getKey());
    accepted(
        announcements,
        "announce",
        1L,
        AnnouncementKind.PARENT_MEETING,
        DAY,
        LocalTime.of(18, 0),
        "Aktų salė",
        "Pažangumas");
    PlannedTestService tests = new PlannedTestService();
    assertEquals(
        "plainText.invalid", refusal(tests, "announce", 1L, 2L, DAY, "Kontrolinis\u0000").getKey());
    accepted(tests, "announce", 1L, 2L, DAY, "Kontrolinis darbas");
    PreschoolAttendanceService preschool = new PreschoolAttendanceService();
    assertEquals(
        "plainText.invalid",
        refusal(preschool, "markNotFilled", 1L, DAY, "Išvyka\u0007", null).getKey());
    assertEquals(
        "plainText.invalid",
        refusal(preschool, "justify", 1L, 2L, DAY, DAY, JustificationReason.ILLNESS, "Pažyma\u202E")
            .getKey());
    assertEquals(
        "plainText.invalid",
        refusal(preschool, "giveBack", 1L, YearMonth.of(2030, 10), "Taisyti\u0000", 3).getKey());
    accepted(preschool, "giveBack", 1L, YearMonth.of(2030, 10), "Pataisykite 7 d.", 3);
  }

  @Test
  void surveysYearSetupPromotionsAndProgressNotesRefuseTextsThatAreNotPlain() {
    SurveyService surveys = new SurveyService();
    assertEquals(
        "plainText.invalid",
        refusal(surveys, "create", 1L, "Apklausa\u202E", null, false).getKey());
    assertEquals(
        "plainText.invalid",
        refusal(
                surveys,
                "addQuestion",
                1L,
                QuestionKind.SINGLE_CHOICE,
                "Kaip sekasi?",
                Arrays.asList("Gerai", null, "Blogai\u0000"),
                null,
                null)
            .getKey());
    accepted(
        surveys,
        "addQuestion",
        1L,
        QuestionKind.SINGLE_CHOICE,
        "Kaip sekasi?",
        Arrays.asList("Gerai", "Blogai"),
        null,
        null);
    YearSetupService setup = new YearSetupService();
    assertEquals(
        "plainText.invalid",
        refusal(setup, "createStaff", "Ona", "Onaitė\u202E", null, Set.of()).getKey());
    assertEquals(
        "plainText.invalid",
        refusal(setup, "createSubject", "MAT", "Matematika\u0000", null).getKey());
    accepted(setup, "createYear", "2030–2031", DAY, DAY.plusMonths(9));
    ClassYearEndService yearEnd = new ClassYearEndService();
    // the overload with the loaded version had no check of its own before
    assertEquals(
        "plainText.invalid",
        refusal(yearEnd, "decidePromotion", 1L, 2L, PromotionKind.PROMOTED, "Kelt\u0007", 4)
            .getKey());
    assertEquals(
        "plainText.invalid",
        refusal(yearEnd, "decidePromotion", 1L, 2L, PromotionKind.PROMOTED, "Kelt\u0007").getKey());
    ProgressNoteService progress = new ProgressNoteService();
    assertEquals("plainText.invalid", refusal(progress, "add", 1L, DAY, "Pažanga\u202E").getKey());
    assertEquals(
        "plainText.invalid", refusal(progress, "change", 1L, 3, DAY, "Pažanga\u202E").getKey());
    accepted(progress, "change", 1L, 3, DAY, "Pažanga akivaizdi");
  }

  @Test
  void preschoolPlansStepsTimetableAndSchoolDaysRefuseMissingOrHostileInput() {
    WeekPlanService plans = new WeekPlanService();
    BusinessException noText = refusal(plans, "savePlan", 1L, DAY, null, null);
    assertEquals("preschool.week.textRequired", noText.getKey());
    assertEquals("Įrašykite tekstą.", noText.localizedMessage(Messages.LITHUANIAN));
    assertEquals(
        "preschool.week.textRequired",
        refusal(plans, "saveReflection", 1L, DAY, new WeekText(" "), 2).getKey());
    assertEquals(
        "plainText.invalid",
        refusal(plans, "savePlan", 1L, DAY, new WeekText("Planas\u202E"), null).getKey());
    accepted(plans, "savePlan", 1L, DAY, new WeekText("Rudens gėrybės"), null);
    AchievementStepService steps = new AchievementStepService();
    assertEquals(
        "preschool.step.range",
        refusal(
                steps,
                "record",
                1L,
                2L,
                AssessmentRound.OCTOBER,
                Competency.COGNITIVE,
                new StepInput(9, null),
                null)
            .getKey());
    // a missing step is refused by hand, with the range in the message
    accepted(steps, "record", 1L, 2L, AssessmentRound.OCTOBER, Competency.COGNITIVE, null, null);
    TimetableService timetable = new TimetableService();
    assertEquals("input.invalid", refusal(timetable, "add", (Object) null).getKey());
    assertEquals(
        "plainText.invalid",
        refusal(
                timetable,
                "add",
                new NewTimetableSlot(1L, 2L, null, DayOfWeek.MONDAY, 1, "101\u0000", DAY))
            .getKey());
    DayRhythmService rhythm = new DayRhythmService();
    assertEquals(
        "preschool.rhythm.timeRequired",
        refusal(rhythm, "save", 1L, List.of(new RhythmLine(null, null, "Rytmetis")), null)
            .getKey());
    assertEquals(
        "input.invalid",
        refusal(rhythm, "save", 1L, Arrays.asList((RhythmLine) null), null).getKey());
    assertEquals(
        "plainText.invalid",
        refusal(
                new SurveyService(),
                "answer",
                1L,
                Map.of(2L, new AnswerInput(null, null, "Gerai\u202E")))
            .getKey());
    SchoolDayService days = new SchoolDayService();
    assertEquals(
        "plainText.invalid",
        refusal(
                days,
                "mark",
                new SchoolDayRequest(null, DAY, DAY, List.of(), null, null, "Šventė\u202E"))
            .getKey());
  }

  @Test
  void classworkClassDocumentsAndReviewTextsRefuseMissingOrHostileInput() {
    SocialCivicService socialCivic = new SocialCivicService();
    assertEquals("classwork.socialCivic.date", refusal(socialCivic, "record", 1L, null).getKey());
    ClassLogService log = new ClassLogService();
    assertEquals("classwork.log.date", refusal(log, "add", 1L, null).getKey());
    assertEquals("classwork.log.date", refusal(log, "change", 1L, null, 3).getKey());
    assertEquals(
        "plainText.invalid",
        refusal(log, "add", 1L, new ClassLogInput(DAY, ClassLogKind.CLASS_HOUR, "Tema\u0000", "6a"))
            .getKey());
    accepted(
        log, "add", 1L, new ClassLogInput(DAY, ClassLogKind.CLASS_HOUR, "Saugus eismas", "6a"));
    InstructionService instructions = new InstructionService();
    assertEquals("input.invalid", refusal(instructions, "record", (Object) null).getKey());
    StudentDocumentService documents = new StudentDocumentService();
    assertEquals("input.invalid", refusal(documents, "upload", (Object) null).getKey());
    HealthService health = new HealthService();
    assertEquals(
        "plainText.invalid", refusal(health, "saveRecord", 1L, "Alergija\u0000", null).getKey());
    assertEquals("plainText.invalid", refusal(health, "sendNotice", 1L, "Būkle\u202E").getKey());
    accepted(health, "sendNotice", 1L, "Negali sportuoti dvi savaites");
    assertEquals(
        "plainText.invalid",
        refusal(
                new ClassReportService(),
                "giveBack",
                1L,
                PeriodKind.FIRST_SEMESTER,
                "Taisyti\u0007",
                2)
            .getKey());
    assertEquals(
        "plainText.invalid",
        refusal(new RiskGroupService(), "set", 1L, true, "Praleidinėja\u202E", null).getKey());
    CorrectionService corrections = new CorrectionService();
    assertEquals(
        "plainText.invalid",
        refusal(corrections, "decideAsDeputy", 1L, Decision.REJECTED, "Ne\u0000").getKey());
    assertEquals(
        "plainText.invalid",
        refusal(corrections, "decideAsAdmin", 1L, Decision.REJECTED, "Ne\u202E").getKey());
    accepted(corrections, "decideAsAdmin", 1L, Decision.AGREED, null);
    assertEquals(
        "plainText.invalid",
        refusal(
                new MonthlyCheckService(),
                "record",
                1L,
                YearMonth.of(2030, 10),
                null,
                "Patikrinta\u0000",
                -1)
            .getKey());
  }

  @Test
  void aConstraintWithoutAMessageOfTheDomainIsTheGeneralRefusalNeverItsEnglishText() {
    BusinessException noDay =
        refusal(new PreschoolAttendanceService(), "day", 1L, (LocalDate) null);
    assertEquals("input.invalid", noDay.getKey());
    String text = noDay.localizedMessage(Messages.LITHUANIAN);
    assertTrue(text.startsWith("Įvesta reikšmė netinkama"), text);
    assertTrue(noDay.localizedMessage(Locale.ENGLISH).startsWith("The value entered is not valid"));
  }

  @Test
  void theInterceptorTurnsAViolationIntoTheRefusalAndLetsEverythingElseThrough() throws Exception {
    InputRefusals interceptor = new InputRefusals();
    Set<ConstraintViolation<Object>> violations =
        VALIDATOR.validateParameters(
            new StudentNoteService(),
            method(StudentNoteService.class, "add", 5),
            new Object[] {7L, null, "Tekstas", DAY, null});
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                interceptor.refuseBrokenConstraints(
                    invocation(
                        () -> {
                          throw new ConstraintViolationException(violations);
                        })));
    assertEquals("studentNote.kind", refused.getKey());
    Object result = new Object();
    assertSame(result, interceptor.refuseBrokenConstraints(invocation(() -> result)));
    BusinessException rule = new BusinessException("journal.datesRequired");
    assertSame(
        rule,
        assertThrows(
            BusinessException.class,
            () ->
                interceptor.refuseBrokenConstraints(
                    invocation(
                        () -> {
                          throw rule;
                        }))));
  }

  /**
   * A service whose parameters carry constraints names {@link InputRefusals}: without it the
   * container's refusal would be a system exception (a 500 and an ERROR in the log) instead of a
   * message.
   */
  @Test
  void everyServiceWithConstrainedParametersTurnsTheirViolationsIntoRefusals() throws Exception {
    List<Class<?>> constrained =
        services().stream()
            .filter(
                type ->
                    FACTORY
                        .getValidator()
                        .getConstraintsForClass(type)
                        .getConstrainedMethods(MethodType.NON_GETTER, MethodType.GETTER)
                        .stream()
                        .anyMatch(m -> m.hasConstrainedParameters()))
            .toList();
    assertTrue(constrained.contains(StudentNoteService.class), constrained::toString);
    for (Class<?> type : constrained) {
      Interceptors interceptors = type.getAnnotation(Interceptors.class);
      assertTrue(
          interceptors != null && Arrays.asList(interceptors.value()).contains(InputRefusals.class),
          type.getName() + " declares parameter constraints without @Interceptors(InputRefusals)");
    }
  }

  private static List<Class<?>> services() throws IOException, URISyntaxException {
    Path classes =
        Path.of(InputRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(f -> f.endsWith(".class") && !f.contains("$"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .map(ServiceConstraintsTest::load)
          .filter(
              type ->
                  type.isAnnotationPresent(Stateless.class)
                      || type.isAnnotationPresent(Singleton.class))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ServiceConstraintsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Body {
    Object run() throws Exception;
  }

  private static InvocationContext invocation(Body body) {
    return new InvocationContext() {
      @Override
      public Object getTarget() {
        return null;
      }

      @Override
      public Object getTimer() {
        return null;
      }

      @Override
      public Method getMethod() {
        return null;
      }

      @Override
      public Constructor<?> getConstructor() {
        return null;
      }

      @Override
      public Object[] getParameters() {
        return new Object[0];
      }

      @Override
      public void setParameters(Object[] params) {}

      @Override
      public Map<String, Object> getContextData() {
        return Map.of();
      }

      @Override
      public Object proceed() throws Exception {
        return body.run();
      }
    };
  }
}
