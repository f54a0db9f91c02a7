package lt.dienynas.preschool;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.SchoolClock;

/**
 * Pasiekimų žingsniai (§22.10, §22.15, §22.16): the pre-school teacher records, in October and in
 * May, each child's step in each of the seven competencies with a comment; the child's progress is
 * those steps across the assessments of every year; the group report gives the management the
 * distribution of the steps, and the progress report is printed for the guardians. A round is
 * written from the first day of its month until its month is locked ({@link MonthLockService}).
 */
@Stateless
@Interceptors(InputRefusals.class)
@HistorySource("pre-school achievement steps")
public class AchievementStepService {
  static final String TYPE = "preschool_achievement_step";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @EJB private MonthLockService monthLocks;

  @Inject private SchoolClock clock;

  /** The group's steps of the round in its school year, every child of the round's month. */
  @RolesAllowed({Role.Names.PRESCHOOL_TEACHER, Role.Names.DEPUTY, Role.Names.DIRECTOR})
  public GroupAssessment sheet(long groupId, AssessmentRound round) {
    policy.requirePreschoolGroupRead(groupId);
    requireRound(round);
    PreschoolRecords records = new PreschoolRecords(em);
    PreschoolGroupInfo group = records.group(groupId).orElseThrow();
    SchoolYear year = records.year(group);
    YearMonth month = round.monthIn(year);
    Map<Long, List<StepView>> steps = new HashMap<>();
    em
        .createNamedQuery(AchievementStep.OF_GROUP, AchievementStep.class)
        .setParameter("groupId", groupId)
        .setParameter("yearId", group.yearId())
        .setParameter("round", round)
        .getResultList()
        .stream()
        .sorted(Comparator.comparing(AchievementStep::getCompetency))
        .forEach(s -> steps.computeIfAbsent(s.getStudentId(), k -> new ArrayList<>()).add(view(s)));
    List<ChildSteps> children =
        records.children(groupId, month).stream()
            .map(
                c ->
                    new ChildSteps(
                        c.id(), c.firstName(), c.lastName(), steps.getOrDefault(c.id(), List.of())))
            .toList();
    boolean open =
        !year.isReadOnly()
            && !clock.today().isBefore(month.atDay(1))
            && !monthLocks.isLockedForGroup(groupId, month.atDay(1));
    return new GroupAssessment(
        groupId, group.name(), group.yearName(), round, month, open, children);
  }

  /**
   * The group's teacher records (or changes) a child's step in a competency at the round.
   *
   * @param expectedVersion the version read ({@code -1}: none yet; null: whatever it is)
   * @throws BusinessException {@code preschool.step.range}, {@code preschool.step.commentLength},
   *     {@code plainText.invalid}, {@code preschool.step.notYet}, {@code month.locked}, {@code
   *     schoolYear.readOnly}, {@code preschool.step.stale}
   */
  @RolesAllowed(Role.Names.PRESCHOOL_TEACHER)
  public StepView record(
      long groupId,
      long studentId,
      AssessmentRound round,
      Competency competency,
      @Valid StepInput input,
      Integer expectedVersion) {
    Actor teacher = policy.requirePreschoolAssessment(groupId, studentId);
    requireRound(round);
    if (competency == null) {
      throw new BusinessException("preschool.competencyRequired");
    }
    // by hand, not @NotNull: the message names the range
    if (input == null) {
      throw new BusinessException("preschool.step.range", 1, 7);
    }
    PreschoolRecords records = new PreschoolRecords(em);
    PreschoolGroupInfo group = records.group(groupId).orElseThrow();
    SchoolYear year = records.year(group);
    year.requireWritable();
    YearMonth month = round.monthIn(year);
    LocalDate today = clock.today();
    if (today.isBefore(month.atDay(1))) {
      throw new BusinessException("preschool.step.notYet", month.atDay(1));
    }
    monthLocks.requireOpenForGroup(groupId, month.atDay(1));
    Optional<AchievementStep> existing =
        em.createNamedQuery(AchievementStep.FIND, AchievementStep.class)
            .setParameter("studentId", studentId)
            .setParameter("yearId", group.yearId())
            .setParameter("round", round)
            .setParameter("competency", competency)
            .getResultStream()
            .findFirst();
    Integer current = existing.map(AchievementStep::getVersion).orElse(null);
    if (StaleWriteException.isStale(expectedVersion, current)) {
      throw StaleWriteException.of(current, "preschool.step.stale");
    }
    Map<String, Object> before = existing.map(AchievementStepService::values).orElse(null);
    AchievementStep step;
    if (existing.isPresent()) {
      step = existing.get();
      step.reassess(input.step(), input.comment(), today, teacher.personId());
    } else {
      step =
          new AchievementStep(
              group.yearId(),
              groupId,
              studentId,
              round,
              competency,
              input.step(),
              input.comment(),
              today,
              teacher.personId());
      em.persist(step);
    }
    em.flush();
    history.record(
        before == null
            ? Change.inserted(TYPE, step.getId(), values(step))
            : Change.updated(TYPE, step.getId(), before, values(step)));
    return view(step);
  }

  /** The child's steps per competency across every assessment they had (§22.10). */
  @RolesAllowed({
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.GUARDIAN
  })
  public ChildProgress progress(long studentId) {
    policy.requirePreschoolChildRead(studentId);
    return new PreschoolRecords(em).progress(studentId);
  }

  /** The group report (§22.15): how many children reached each step in each competency. */
  @RolesAllowed({Role.Names.PRESCHOOL_TEACHER, Role.Names.DEPUTY, Role.Names.DIRECTOR})
  public GroupDistribution distribution(long groupId, AssessmentRound round) {
    GroupAssessment sheet = sheet(groupId, round);
    List<StepDistribution> rows = new ArrayList<>();
    for (Competency c : Competency.values()) {
      Integer[] counts = new Integer[AchievementStep.LAST_STEP];
      java.util.Arrays.fill(counts, 0);
      int none = 0;
      for (ChildSteps child : sheet.children()) {
        StepView s = child.of(c);
        if (s == null) {
          none++;
        } else {
          counts[s.step() - 1]++;
        }
      }
      rows.add(new StepDistribution(c, List.of(counts), none));
    }
    return new GroupDistribution(
        groupId, sheet.groupName(), sheet.yearName(), round, sheet.children().size(), rows);
  }

  /** The group report as a PDF/A-2b file, for the management. */
  @RolesAllowed({Role.Names.PRESCHOOL_TEACHER, Role.Names.DEPUTY, Role.Names.DIRECTOR})
  public byte[] groupReportPdf(long groupId, AssessmentRound round, Locale locale) {
    GroupAssessment sheet = sheet(groupId, round);
    LocalDate last =
        sheet.children().stream()
            .flatMap(c -> c.steps().stream())
            .map(StepView::assessedOn)
            .max(Comparator.naturalOrder())
            .orElse(sheet.month().atDay(1));
    return PreschoolDocuments.groupReport(
        distribution(groupId, round), locale, last.atStartOfDay());
  }

  /**
   * The child's progress report for the guardians (§22.16) at a round of the school year of the
   * child's pre-school group: the steps and comments of the round beside the assessment before.
   */
  @RolesAllowed({
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.GUARDIAN
  })
  public byte[] progressReportPdf(long studentId, AssessmentRound round, Locale locale) {
    policy.requirePreschoolChildRead(studentId);
    requireRound(round);
    PreschoolRecords records = new PreschoolRecords(em);
    PreschoolGroupInfo group = records.groupOfChild(studentId, clock.today()).orElseThrow();
    List<AchievementStep> steps =
        em.createQuery(
                "SELECT s FROM AchievementStep s WHERE s.studentId = :student AND s.yearId = :year"
                    + " AND s.round = :round",
                AchievementStep.class)
            .setParameter("student", studentId)
            .setParameter("year", group.yearId())
            .setParameter("round", round)
            .getResultList();
    Map<Competency, String> comments = new java.util.EnumMap<>(Competency.class);
    steps.stream()
        .filter(s -> s.getComment() != null)
        .forEach(s -> comments.put(s.getCompetency(), s.getComment()));
    LocalDate last =
        steps.stream()
            .map(AchievementStep::getAssessedOn)
            .max(Comparator.naturalOrder())
            .orElse(round.monthIn(records.year(group)).atDay(1));
    return PreschoolDocuments.progressReport(
        group, round, records.progress(studentId), comments, locale, last.atStartOfDay());
  }

  private static AssessmentRound requireRound(AssessmentRound round) {
    if (round == null) {
      throw new BusinessException("preschool.roundRequired");
    }
    return round;
  }

  private static StepView view(AchievementStep s) {
    return new StepView(
        s.getStudentId(),
        s.getCompetency(),
        s.getStep(),
        s.getComment(),
        s.getAssessedOn(),
        s.getVersion());
  }

  private static Map<String, Object> values(AchievementStep s) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("student", s.getStudentId());
    values.put("group", s.getGroupId());
    values.put("round", s.getRound());
    values.put("competency", s.getCompetency());
    values.put("step", s.getStep());
    values.put("comment", s.getComment());
    return values;
  }
}
