package lt.dienynas.survey;

import static lt.dienynas.security.Role.Names.ARCHIVIST;
import static lt.dienynas.security.Role.Names.CAREER_SPECIALIST;
import static lt.dienynas.security.Role.Names.CLASS_TEACHER;
import static lt.dienynas.security.Role.Names.DB_ADMIN;
import static lt.dienynas.security.Role.Names.DEPUTY;
import static lt.dienynas.security.Role.Names.DIRECTOR;
import static lt.dienynas.security.Role.Names.GUARDIAN;
import static lt.dienynas.security.Role.Names.HEALTH_SPECIALIST;
import static lt.dienynas.security.Role.Names.IT_SPECIALIST;
import static lt.dienynas.security.Role.Names.LIBRARIAN;
import static lt.dienynas.security.Role.Names.NON_FORMAL_ORGANISER;
import static lt.dienynas.security.Role.Names.NON_FORMAL_TEACHER;
import static lt.dienynas.security.Role.Names.PRESCHOOL_TEACHER;
import static lt.dienynas.security.Role.Names.PSYCHOLOGIST;
import static lt.dienynas.security.Role.Names.SOCIAL_PEDAGOGUE;
import static lt.dienynas.security.Role.Names.SPECIAL_PEDAGOGUE;
import static lt.dienynas.security.Role.Names.SPEECH_THERAPIST;
import static lt.dienynas.security.Role.Names.STUDENT;
import static lt.dienynas.security.Role.Names.TEACHER;
import static lt.dienynas.security.Role.Names.VDM_EDUCATOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lt.dienynas.messaging.SystemNotices;
import lt.dienynas.people.Person;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.CsvCell;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.Messages;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/**
 * Apklausos (regulation §18.9, §19.4): the DB admin or a deputy builds a survey, chooses who
 * answers, opens and closes it; each person asked answers once; results are counts, averages and
 * texts, exportable as CSV. The people asked are fixed when the survey opens ({@code
 * survey_invitee}); who has answered is a flag there, never linked to the answers of an anonymous
 * survey.
 */
@Stateless
@Interceptors(InputRefusals.class)
@RolesAllowed({
  DIRECTOR,
  DEPUTY,
  DB_ADMIN,
  IT_SPECIALIST,
  CLASS_TEACHER,
  TEACHER,
  NON_FORMAL_TEACHER,
  NON_FORMAL_ORGANISER,
  PRESCHOOL_TEACHER,
  VDM_EDUCATOR,
  SOCIAL_PEDAGOGUE,
  PSYCHOLOGIST,
  SPECIAL_PEDAGOGUE,
  SPEECH_THERAPIST,
  CAREER_SPECIALIST,
  HEALTH_SPECIALIST,
  LIBRARIAN,
  ARCHIVIST,
  GUARDIAN,
  STUDENT
})
public class SurveyService {
  private static final int MAX_TEXT_ANSWER = 2000;
  private static final int MAX_TEXTS_SHOWN = 500;

  /** A membership not ended by the school's today (?5, from the SchoolClock). */
  private static final String ACTIVE_MEMBER = "(m.valid_to IS NULL OR m.valid_to >= ?5)";

  /**
   * Students of the survey year's (?4) classes of grades ?2–?3 (0: the pre-primary group) who are
   * in them on the school's today (?5).
   */
  private static final String STUDENTS_OF_GRADES =
      "SELECT m.student_id FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind"
          + " IN ('CLASS', 'PRESCHOOL') JOIN school_class c ON c.id = g.school_class_id"
          + " WHERE c.school_year_id = ?4 AND "
          + ACTIVE_MEMBER
          + " AND ((c.level = 'GRADE' AND c.grade BETWEEN ?2 AND ?3)"
          + " OR (c.level = 'PREPRIMARY' AND ?2 = 0))";

  private static final String TEACHERS =
      "SELECT DISTINCT r.staff_id FROM staff_role r JOIN staff_member s ON s.person_id ="
          + " r.staff_id AND s.active = TRUE WHERE r.role IN ('TEACHER', 'CLASS_TEACHER',"
          + " 'NON_FORMAL_TEACHER', 'PRESCHOOL_TEACHER', 'VDM_EDUCATOR')";

  private static final String ALL_STAFF = "SELECT person_id FROM staff_member WHERE active = TRUE";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private Actors actors;
  @EJB private AccessPolicy policy;
  @EJB private SystemNotices notices;
  @Inject private SchoolClock clock;

  // --- building and running (DB admin, deputy) ---------------------------------------------

  /**
   * @param schoolYearId the year whose classes the grades of the audiences mean
   * @return the new draft's id
   * @throws BusinessException {@code survey.title} or {@code survey.year}
   */
  public long create(
      long schoolYearId,
      @PlainText String title,
      @PlainText String description,
      boolean anonymous) {
    Actor actor = requireManager("SURVEY_CREATE", null);
    SchoolYear year = em.find(SchoolYear.class, schoolYearId);
    if (year == null || year.isReadOnly()) {
      throw new BusinessException("survey.year");
    }
    Survey survey =
        new Survey(
            year,
            title,
            description,
            anonymous,
            em.find(Person.class, actor.personId()),
            clock.now());
    em.persist(survey);
    em.flush();
    return survey.getId();
  }

  /**
   * @return the question's id
   * @throws BusinessException {@code survey.notDraft} or a question's key
   */
  public long addQuestion(
      long surveyId,
      QuestionKind kind,
      @PlainText String text,
      List<@PlainText String> options,
      Integer scaleMin,
      Integer scaleMax) {
    requireManager("SURVEY_EDIT", surveyId);
    SurveyQuestion question = survey(surveyId).addQuestion(kind, text, options, scaleMin, scaleMax);
    em.flush();
    return question.getId();
  }

  public void removeQuestion(long surveyId, long questionId) {
    requireManager("SURVEY_EDIT", surveyId);
    survey(surveyId).removeQuestion(questionId);
  }

  /**
   * @throws BusinessException {@code survey.notDraft} or {@code survey.grades}
   */
  public void addAudience(long surveyId, AudienceKind kind, int gradeFrom, int gradeTo) {
    requireManager("SURVEY_EDIT", surveyId);
    survey(surveyId).addAudience(new SurveyAudience(kind, gradeFrom, gradeTo));
  }

  public void removeAudience(long surveyId, AudienceKind kind, int gradeFrom, int gradeTo) {
    requireManager("SURVEY_EDIT", surveyId);
    survey(surveyId).removeAudience(new SurveyAudience(kind, gradeFrom, gradeTo));
  }

  /**
   * Opens the survey: fixes who is asked and tells them by a system notice.
   *
   * @return how many people are asked
   * @throws BusinessException {@code survey.notDraft}, {@code survey.noQuestions}, {@code
   *     survey.noAudience} or {@code survey.nobodyAsked}
   */
  public long open(long surveyId) {
    requireManager("SURVEY_OPEN", surveyId);
    Survey survey = survey(surveyId);
    survey.open(clock.now());
    for (SurveyAudience audience : survey.getAudiences()) {
      String people =
          switch (audience.getKind()) {
            case STUDENTS -> STUDENTS_OF_GRADES;
            case GUARDIANS ->
                "SELECT guardian_id FROM guardianship WHERE student_id IN ("
                    + STUDENTS_OF_GRADES
                    + ")";
            case TEACHERS -> TEACHERS;
            case ALL_STAFF -> ALL_STAFF;
          };
      var insert =
          em.createNativeQuery(
                  "INSERT IGNORE INTO survey_invitee (survey_id, person_id) SELECT ?1, p.id FROM"
                      + " person p WHERE p.id IN ("
                      + people
                      + ")")
              .setParameter(1, surveyId);
      if (audience.getKind().byGrades()) {
        insert
            .setParameter(2, audience.getGradeFrom())
            .setParameter(3, audience.getGradeTo())
            .setParameter(4, survey.getSchoolYear().getId())
            .setParameter(5, clock.today());
      }
      insert.executeUpdate();
    }
    Set<Long> asked = new HashSet<>();
    for (Object id :
        em.createNativeQuery("SELECT person_id FROM survey_invitee WHERE survey_id = ?1")
            .setParameter(1, surveyId)
            .getResultList()) {
      asked.add(((Number) id).longValue());
    }
    if (asked.isEmpty()) {
      throw new BusinessException("survey.nobodyAsked", survey.getTitle());
    }
    notices.notify(asked, "notice.survey.subject", "notice.survey.body", survey.getTitle());
    return asked.size();
  }

  /**
   * @throws BusinessException {@code survey.notOpen}
   */
  public void close(long surveyId) {
    requireManager("SURVEY_CLOSE", surveyId);
    survey(surveyId).close(clock.now());
  }

  /** Every survey, newest first (at most 200), with its counts. */
  @SuppressWarnings("unchecked")
  public List<SurveyInfo> all() {
    requireManager("SURVEY_LIST", null);
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.id, s.title, s.anonymous, s.status, s.created_at, (SELECT COUNT(*) FROM"
                    + " survey_invitee i WHERE i.survey_id = s.id), (SELECT COUNT(*) FROM"
                    + " survey_invitee i WHERE i.survey_id = s.id AND i.answered = TRUE) FROM"
                    + " survey s ORDER BY s.created_at DESC, s.id DESC")
            .setMaxResults(200)
            .getResultList();
    return rows.stream().map(SurveyService::info).toList();
  }

  /** The school years a survey can run in: those not closed, the newest first. */
  public List<SchoolYear> years() {
    requireManager("SURVEY_CREATE", null);
    return em.createNamedQuery(SchoolYear.FIND_ALL, SchoolYear.class).getResultList().stream()
        .filter(y -> !y.isReadOnly())
        .limit(20)
        .toList();
  }

  // --- answering (the people asked) -----------------------------------------------------------

  /** The open surveys the caller is asked and has not answered yet. */
  @SuppressWarnings("unchecked")
  public List<SurveyInfo> waitingForMe() {
    Actor actor = actors.current();
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.id, s.title, s.anonymous, s.status, s.created_at, 0, 0 FROM survey s"
                    + " JOIN survey_invitee i ON i.survey_id = s.id WHERE i.person_id = ?1 AND"
                    + " i.answered = FALSE AND s.status = 'OPEN' ORDER BY s.opened_at DESC")
            .setParameter(1, actor.personId())
            .setMaxResults(100)
            .getResultList();
    return rows.stream().map(SurveyService::info).toList();
  }

  /**
   * The survey with its questions: for its managers, and for a person asked while it is open.
   *
   * @throws lt.dienynas.security.AccessDeniedException otherwise
   */
  public SurveyDetail detail(long surveyId) {
    Actor actor = actors.current();
    Survey survey = em.find(Survey.class, surveyId);
    if (survey == null
        || !(policy.mayManageSurveys(actor)
            || (survey.getStatus() == SurveyStatus.OPEN && isAsked(surveyId, actor)))) {
      throw policy.refuse("SURVEY_READ", "survey", surveyId);
    }
    List<QuestionView> questions = new ArrayList<>();
    for (SurveyQuestion q : survey.getQuestions()) {
      questions.add(
          new QuestionView(
              q.getId(),
              q.getPosition(),
              q.getKind(),
              q.getText(),
              q.getScaleMin().orElse(null),
              q.getScaleMax().orElse(null),
              q.getOptions().stream().map(o -> new OptionView(o.getId(), o.getText())).toList()));
    }
    List<AudienceView> audiences =
        survey.getAudiences().stream()
            .map(a -> new AudienceView(a.getKind(), a.getGradeFrom(), a.getGradeTo()))
            .toList();
    return new SurveyDetail(
        survey.getId(),
        survey.getTitle(),
        survey.getDescription().orElse(""),
        survey.isAnonymous(),
        survey.getStatus(),
        questions,
        audiences);
  }

  /**
   * Records the caller's answers. Each person answers once: a second answer is refused and the
   * first one stays.
   *
   * @param answers by question id; a choice or scale question must be answered, a text may be empty
   * @throws BusinessException {@code survey.notOpen}, {@code survey.alreadyAnswered}, {@code
   *     survey.answerRequired}, {@code survey.answerInvalid} or {@code survey.textTooLong}
   * @throws lt.dienynas.security.AccessDeniedException when the caller is not asked
   */
  public void answer(long surveyId, Map<Long, @Valid AnswerInput> answers) {
    Actor actor = actors.current();
    Survey survey = em.find(Survey.class, surveyId);
    if (survey == null || !isAsked(surveyId, actor)) {
      throw policy.refuse("SURVEY_ANSWER", "survey", surveyId);
    }
    survey.requireOpen();
    Person respondent = survey.isAnonymous() ? null : em.find(Person.class, actor.personId());
    List<SurveyAnswer> rows = new ArrayList<>();
    for (SurveyQuestion question : survey.getQuestions()) {
      AnswerInput input = answers == null ? null : answers.get(question.getId());
      rows.addAll(answersTo(question, input, respondent));
    }
    // the flag turns once: a second or concurrent answer finds it set and changes nothing
    int claimed =
        em.createNativeQuery(
                "UPDATE survey_invitee SET answered = TRUE WHERE survey_id = ?1 AND person_id = ?2"
                    + " AND answered = FALSE")
            .setParameter(1, surveyId)
            .setParameter(2, actor.personId())
            .executeUpdate();
    if (claimed != 1) {
      throw new BusinessException("survey.alreadyAnswered", survey.getTitle());
    }
    rows.forEach(em::persist);
  }

  private List<SurveyAnswer> answersTo(
      SurveyQuestion question, AnswerInput input, Person respondent) {
    List<SurveyAnswer> rows = new ArrayList<>();
    switch (question.getKind()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        List<Long> chosen =
            input == null ? List.of() : input.optionIds().stream().distinct().toList();
        if (chosen.isEmpty()) {
          throw new BusinessException("survey.answerRequired", question.getText());
        }
        if (question.getKind() == QuestionKind.SINGLE_CHOICE && chosen.size() > 1) {
          throw new BusinessException("survey.answerInvalid", question.getText());
        }
        for (long optionId : chosen) {
          SurveyOption option =
              question
                  .option(optionId)
                  .orElseThrow(
                      () -> new BusinessException("survey.answerInvalid", question.getText()));
          rows.add(SurveyAnswer.option(question, option, respondent));
        }
      }
      case SCALE -> {
        Integer value = input == null ? null : input.scaleValue();
        if (value == null) {
          throw new BusinessException("survey.answerRequired", question.getText());
        }
        if (value < question.getScaleMin().orElseThrow()
            || value > question.getScaleMax().orElseThrow()) {
          throw new BusinessException("survey.answerInvalid", question.getText());
        }
        rows.add(SurveyAnswer.scale(question, value, respondent));
      }
      case FREE_TEXT -> {
        String text = input == null || input.text() == null ? "" : input.text().strip();
        if (text.length() > MAX_TEXT_ANSWER) {
          throw new BusinessException("survey.textTooLong", question.getText(), MAX_TEXT_ANSWER);
        }
        if (!text.isEmpty()) {
          rows.add(SurveyAnswer.text(question, text, respondent));
        }
      }
    }
    return rows;
  }

  // --- results ------------------------------------------------------------------------------

  /** Counts per option and scale value, scale averages and the texts (managers only). */
  @SuppressWarnings("unchecked")
  public SurveyResults results(long surveyId) {
    requireManager("SURVEY_RESULTS", surveyId);
    Survey survey = survey(surveyId);
    List<Long> questionIds = survey.getQuestions().stream().map(SurveyQuestion::getId).toList();
    Map<Long, Long> optionCounts = new HashMap<>();
    Map<Long, Map<Integer, Long>> scaleCounts = new HashMap<>();
    Map<Long, List<String>> texts = new HashMap<>();
    if (!questionIds.isEmpty()) {
      for (Object[] row :
          (List<Object[]>)
              em.createQuery(
                      "SELECT a.option.id, COUNT(a) FROM SurveyAnswer a WHERE a.question.id IN"
                          + " :questions AND a.option IS NOT NULL GROUP BY a.option.id")
                  .setParameter("questions", questionIds)
                  .getResultList()) {
        optionCounts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
      }
      for (Object[] row :
          (List<Object[]>)
              em.createQuery(
                      "SELECT a.question.id, a.scaleValue, COUNT(a) FROM SurveyAnswer a WHERE"
                          + " a.question.id IN :questions AND a.scaleValue IS NOT NULL"
                          + " GROUP BY a.question.id, a.scaleValue")
                  .setParameter("questions", questionIds)
                  .getResultList()) {
        scaleCounts
            .computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
            .put(((Number) row[1]).intValue(), ((Number) row[2]).longValue());
      }
      for (Object[] row :
          (List<Object[]>)
              em.createQuery(
                      "SELECT a.question.id, a.textValue FROM SurveyAnswer a WHERE a.question.id"
                          + " IN :questions AND a.textValue IS NOT NULL ORDER BY a.id")
                  .setParameter("questions", questionIds)
                  .setMaxResults(MAX_TEXTS_SHOWN)
                  .getResultList()) {
        texts
            .computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
            .add((String) row[1]);
      }
    }
    List<QuestionResult> questions = new ArrayList<>();
    for (SurveyQuestion q : survey.getQuestions()) {
      List<ResultCount> counts = new ArrayList<>();
      Double average = null;
      if (q.getKind().hasOptions()) {
        for (SurveyOption o : q.getOptions()) {
          counts.add(new ResultCount(o.getText(), optionCounts.getOrDefault(o.getId(), 0L)));
        }
      } else if (q.getKind() == QuestionKind.SCALE) {
        Map<Integer, Long> byValue = scaleCounts.getOrDefault(q.getId(), Map.of());
        long n = 0;
        long sum = 0;
        for (int v = q.getScaleMin().orElseThrow(); v <= q.getScaleMax().orElseThrow(); v++) {
          long c = byValue.getOrDefault(v, 0L);
          counts.add(new ResultCount(String.valueOf(v), c));
          n += c;
          sum += c * v;
        }
        average = n == 0 ? null : (double) sum / n;
      }
      questions.add(
          new QuestionResult(
              q.getId(),
              q.getPosition(),
              q.getKind(),
              q.getText(),
              counts,
              average,
              texts.getOrDefault(q.getId(), List.of())));
    }
    Object[] counts =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), COALESCE(SUM(answered), 0) FROM survey_invitee WHERE"
                        + " survey_id = ?1")
                .setParameter(1, surveyId)
                .getSingleResult();
    return new SurveyResults(
        survey.getId(),
        survey.getTitle(),
        survey.isAnonymous(),
        survey.getStatus(),
        ((Number) counts[0]).longValue(),
        ((Number) counts[1]).longValue(),
        questions);
  }

  /**
   * The results as CSV for a spreadsheet: UTF-8 with a byte-order mark, ";" between fields (as
   * Lithuanian spreadsheets expect), one line per option, scale value or text.
   */
  public byte[] resultsCsv(long surveyId, Locale locale) {
    SurveyResults results = results(surveyId);
    StringBuilder csv = new StringBuilder("\uFEFF");
    line(csv, Messages.format(locale, "survey.csv.survey"), results.title(), "");
    line(
        csv,
        Messages.format(locale, "survey.csv.answered"),
        results.answered() + " / " + results.invited(),
        "");
    line(
        csv,
        Messages.format(locale, "survey.csv.question"),
        Messages.format(locale, "survey.csv.answer"),
        Messages.format(locale, "survey.csv.count"));
    for (QuestionResult q : results.questions()) {
      String question = q.position() + ". " + q.text();
      for (ResultCount c : q.counts()) {
        line(csv, question, c.label(), String.valueOf(c.count()));
      }
      if (q.average() != null) {
        line(
            csv,
            question,
            Messages.format(locale, "survey.csv.average"),
            String.format(Locale.forLanguageTag("lt"), "%.2f", q.average()));
      }
      for (String text : q.texts()) {
        line(csv, question, text, "");
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder csv, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(CsvCell.of(fields[i]));
    }
    csv.append("\r\n");
  }

  // ------------------------------------------------------------------------------------------

  private Actor requireManager(String action, Long surveyId) {
    Actor actor = actors.current();
    if (!policy.mayManageSurveys(actor)) {
      throw policy.refuse(action, "survey", surveyId);
    }
    if (surveyId != null && em.find(Survey.class, surveyId) == null) {
      throw policy.refuse(action, "survey", surveyId);
    }
    return actor;
  }

  private Survey survey(long surveyId) {
    return em.find(Survey.class, surveyId);
  }

  private boolean isAsked(long surveyId, Actor actor) {
    return !em.createNativeQuery(
            "SELECT 1 FROM survey_invitee WHERE survey_id = ?1 AND person_id = ?2")
        .setParameter(1, surveyId)
        .setParameter(2, actor.personId())
        .getResultList()
        .isEmpty();
  }

  private static SurveyInfo info(Object[] row) {
    Object created = row[4];
    return new SurveyInfo(
        ((Number) row[0]).longValue(),
        (String) row[1],
        row[2] instanceof Boolean b ? b : ((Number) row[2]).intValue() != 0,
        SurveyStatus.valueOf((String) row[3]),
        created instanceof java.sql.Timestamp t
            ? t.toLocalDateTime()
            : (java.time.LocalDateTime) created,
        ((Number) row[5]).longValue(),
        ((Number) row[6]).longValue());
  }
}
