package lt.dienynas.correction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.journal.JournalCorrections;
import lt.dienynas.journal.Lesson;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.messaging.SystemNotices;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.GroupMember;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/**
 * Correction acts (Annex 1, §19.9, §23.11, §30, §30.1, §30.2): the only way to change locked diary
 * data. The author drafts and submits; the deputy and the DB admin each agree or reject; a DB admin
 * who is not the author applies it — exactly the fields the act names, in one transaction, under a
 * temporary unlock that closes itself, with history entries referencing the act — and the DB admin,
 * the subject's teacher, the students and their guardians are told what changed.
 */
@Stateless
@Interceptors(InputRefusals.class)
public class CorrectionService {
  @Inject private SchoolClock clock;

  private static final String MEMBER =
      "SELECT 1 FROM group_member WHERE group_id = ?1 AND student_id = ?2";

  private static final String TEACHER_OF =
      "SELECT teacher_id FROM teaching_assignment WHERE group_id = ?1 AND subject_id = ?2"
          + " ORDER BY valid_from DESC";

  private static final String GUARDIANS_OF =
      "SELECT guardian_id FROM guardianship WHERE student_id IN ";

  private static final String LIST =
      "SELECT a FROM CorrectionAct a JOIN FETCH a.group g JOIN FETCH a.author"
          + " LEFT JOIN FETCH a.subject LEFT JOIN FETCH a.teacher WHERE 1 = 1";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private MonthLockService locks;

  @EJB private JournalCorrections journal;

  @EJB private lt.dienynas.journal.MarkService marks;

  @EJB private SystemNotices notices;

  @EJB private lt.dienynas.assessment.AdditionalWorkService work;

  @EJB private lt.dienynas.assessment.PeriodGradeService grades;

  @EJB private lt.dienynas.assessment.ClassYearEndService yearEnd;

  @Inject private Event<CorrectionApplied> applied;

  /**
   * Drafts an act. The values it calls wrong must be what the diary holds now.
   *
   * @return the act's id
   * @throws BusinessException {@code correction.noLines}, {@code correction.subject}, {@code
   *     correction.date}, {@code correction.student}, {@code correction.lesson}, {@code
   *     correction.wrongValue}, {@code correction.text}, {@code correction.line}, {@code
   *     correction.counts}, {@code mark.unknown}
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR,
    Role.Names.CLASS_TEACHER,
    Role.Names.DEPUTY
  })
  public long draft(CorrectionDraft draft) {
    Actor actor = policy.requireCorrectionAuthoring(draft.groupId());
    StudyGroup group = em.find(StudyGroup.class, draft.groupId());
    if (group == null) {
      throw policy.refuse("CORRECTION_DRAFT", "group", draft.groupId());
    }
    if (draft.lines().isEmpty()) {
      throw new BusinessException("correction.noLines");
    }
    SchoolYear year =
        em.find(SchoolYear.class, group.getSchoolYear().getId(), LockModeType.PESSIMISTIC_WRITE);
    if (draft.recordDate() == null || !year.contains(draft.recordDate())) {
      throw new BusinessException("correction.date", year.getName());
    }
    Subject subject = draft.subjectId() == null ? null : em.find(Subject.class, draft.subjectId());
    boolean needsSubject =
        draft.lines().stream().anyMatch(l -> l.kind() != CorrectionKind.PERIOD_ATTENDANCE);
    if ((draft.subjectId() != null && subject == null) || (needsSubject && subject == null)) {
      throw new BusinessException("correction.subject");
    }
    Person author = em.find(Person.class, actor.personId());
    Number last =
        em.createNamedQuery(CorrectionAct.LAST_SEQ, Number.class)
            .setParameter("year", year)
            .getSingleResult();
    CorrectionAct act =
        new CorrectionAct(
            year,
            last == null ? 1 : last.intValue() + 1,
            author,
            teacherOf(actor, author, group, subject, draft.lines()),
            group,
            subject,
            draft.recordDate(),
            draft.errorNature(),
            draft.reason(),
            now());
    for (CorrectionLine line : draft.lines()) {
      if (em.createNativeQuery(MEMBER)
          .setParameter(1, group.getId())
          .setParameter(2, line.studentId())
          .setMaxResults(1)
          .getResultList()
          .isEmpty()) {
        throw new BusinessException("correction.student", group.getName());
      }
      Lesson lesson = null;
      if (line.kind() == CorrectionKind.MARK) {
        lesson = em.find(Lesson.class, line.lessonId());
        if (lesson == null
            || !lesson.getGroup().getId().equals(group.getId())
            || !lesson.getSubject().getId().equals(subject.getId())) {
          throw new BusinessException("correction.lesson");
        }
      }
      requireCurrent(act, line, year, subject);
      act.addLine(line, em.find(Student.class, line.studentId()), lesson);
    }
    em.persist(act);
    em.flush();
    return act.getId();
  }

  /**
   * The author gives the act for agreement.
   *
   * @throws BusinessException {@code correction.status}
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR,
    Role.Names.CLASS_TEACHER,
    Role.Names.DEPUTY
  })
  public void submit(long actId) {
    Actor actor = policy.requireCorrectionRead(actId);
    CorrectionAct act = em.find(CorrectionAct.class, actId);
    if (act.getAuthor().getId() != actor.personId()) {
      throw policy.refuse("CORRECTION_SUBMIT", "correctionAct", actId);
    }
    act.submit(now());
    notices.notify(
        agreeingParties(actor.personId()),
        "notice.correctionWaiting.subject",
        "notice.correctionWaiting.body",
        act.getNumber(),
        act.getGroup().getName(),
        act.getRecordDate(),
        act.getAuthor().getFirstName() + " " + act.getAuthor().getLastName());
  }

  /** The active deputies and DB administrators who must agree to an act, its author left out. */
  private Set<Long> agreeingParties(long authorId) {
    Set<Long> parties = new java.util.LinkedHashSet<>();
    for (Object id :
        em.createNativeQuery(
                "SELECT DISTINCT r.staff_id FROM staff_role r JOIN staff_member s ON s.person_id ="
                    + " r.staff_id WHERE r.role IN ('DEPUTY', 'DB_ADMIN') AND s.active AND"
                    + " r.staff_id <> ?1")
            .setParameter(1, authorId)
            .getResultList()) {
      parties.add(((Number) id).longValue());
    }
    return parties;
  }

  /**
   * The deputy for education agrees („SUDERINTA“) or rejects with a reason; not on an act they
   * wrote themselves.
   *
   * @throws BusinessException {@code correction.ownAct}, {@code correction.samePerson}, {@code
   *     correction.status}, {@code correction.decided}, {@code correction.rejectReason}
   */
  @RolesAllowed(Role.Names.DEPUTY)
  public void decideAsDeputy(long actId, Decision decision, @PlainText String comment) {
    decide(actId, Role.DEPUTY, decision, comment);
  }

  /**
   * The DB admin agrees („SUDERINTA“) or rejects with a reason; not on an act they wrote.
   *
   * @throws BusinessException {@code correction.ownAct}, {@code correction.samePerson}, {@code
   *     correction.status}, {@code correction.decided}, {@code correction.rejectReason}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public void decideAsAdmin(long actId, Decision decision, @PlainText String comment) {
    decide(actId, Role.DB_ADMIN, decision, comment);
  }

  /**
   * One of the two agreeing parties (the deputy or the DB admin) answers; the act itself refuses
   * its author and the same person as both parties.
   */
  private void decide(long actId, Role party, Decision decision, String comment) {
    Actor actor = policy.requireCorrectionAgreement(party);
    CorrectionAct act = actToDecide(actId);
    Person by = em.find(Person.class, actor.personId());
    Decision answer = Objects.requireNonNull(decision, "decision");
    if (party == Role.DEPUTY) {
      act.decideAsDeputy(by, answer, comment, now());
    } else {
      act.decideAsAdmin(by, answer, comment, now());
    }
  }

  /**
   * Applies an act both the deputy and the DB admin agreed to: changes exactly its fields, in this
   * one transaction, with the act's month locks opened until it ends; every history entry names the
   * act; the DB admin, the subject's teacher, the students and their guardians get a notice; {@link
   * CorrectionApplied} is fired. A field that no longer holds the act's wrong value stops it all.
   *
   * @throws BusinessException {@code correction.notAgreed}, {@code correction.ownAct}, {@code
   *     correction.wrongValue}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public void apply(long actId) {
    Actor actor = policy.requireAdministration("CORRECTION_APPLY");
    CorrectionAct act = em.find(CorrectionAct.class, actId, LockModeType.PESSIMISTIC_WRITE);
    if (act == null) {
      throw policy.refuse("CORRECTION_APPLY", "correctionAct", actId);
    }
    Person admin = em.find(Person.class, actor.personId());
    act.markApplied(admin, now());
    locks.openForAct(actId);
    SchoolYear year = act.getSchoolYear();
    Subject subject = act.getSubject().orElse(null);
    Set<Long> students = new LinkedHashSet<>();
    List<String> changes = new ArrayList<>();
    for (CorrectionItem item : act.getItems()) {
      CorrectionLine line = item.line();
      students.add(line.studentId());
      switch (line.kind()) {
        case MARK ->
            marks.correctUnderAct(
                act.getId(),
                line.lessonId(),
                line.studentId(),
                line.wrongValue(),
                line.correctValue());
        case PERIOD_GRADE ->
            grades.correctUnderAct(
                act.getId(),
                act.getGroup().getId(),
                subject.getId(),
                line.studentId(),
                line.period(),
                line.wrongValue(),
                line.correctValue());
        case PERIOD_ATTENDANCE ->
            yearEnd.correctUnderAct(
                act.getId(),
                year.getId(),
                line.studentId(),
                line.period(),
                line.wrongMissed(),
                line.wrongJustified(),
                line.correctMissed(),
                line.correctJustified());
        case ADDITIONAL_WORK, SUMMER_WORK ->
            work.correctUnderAct(
                act.getId(),
                year.getId(),
                line.studentId(),
                subject.getId(),
                line.kind().workKind(),
                line.wrongValue(),
                line.correctValue());
      }
      changes.add(describe(item));
    }
    Set<Long> told = new LinkedHashSet<>();
    told.add(actor.personId());
    act.getAdmin().ifPresent(a -> told.add(a.getId()));
    act.getTeacher().ifPresent(t -> told.add(t.getId()));
    told.addAll(students);
    for (Object guardian :
        em.createNativeQuery(
                GUARDIANS_OF
                    // ids of the act's own students, all numbers: no user text reaches the SQL
                    + students.stream()
                        .map(String::valueOf)
                        .collect(Collectors.joining(",", "(", ")")))
            .getResultList()) {
      told.add(((Number) guardian).longValue());
    }
    notices.notify(
        told,
        "notice.correction.subject",
        "notice.correction.body",
        act.getNumber(),
        act.getGroup().getName(),
        subject == null ? "—" : subject.getName(),
        act.getRecordDate(),
        String.join("\n", changes));
    applied.fire(
        new CorrectionApplied(
            actId,
            year.getId(),
            students,
            act.getGroup().getSchoolClass().map(c -> Set.of(c.getId())).orElse(Set.of())));
  }

  /**
   * Keeps the year's applied and rejected acts with its summaries (§30.1): they leave the working
   * lists. For the year-end closing.
   *
   * @return the number archived
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public int archiveYear(long yearId) {
    policy.requireAdministration("CORRECTION_ARCHIVE");
    SchoolYear year = em.find(SchoolYear.class, yearId);
    if (year == null) {
      throw policy.refuse("CORRECTION_ARCHIVE", "schoolYear", yearId);
    }
    List<CorrectionAct> acts =
        em.createNamedQuery(CorrectionAct.OF_YEAR_IN, CorrectionAct.class)
            .setParameter("year", year)
            .setParameter("statuses", List.of(CorrectionStatus.APPLIED, CorrectionStatus.REJECTED))
            .getResultList();
    LocalDateTime at = now();
    acts.forEach(a -> a.archive(at));
    return acts.size();
  }

  /**
   * The review list, newest first: the school's management sees every act, anyone else the acts
   * they wrote.
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR,
    Role.Names.CLASS_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public List<CorrectionSummary> list(CorrectionFilter filter) {
    Actor actor = policy.requireCorrectionListing();
    StringBuilder jpql = new StringBuilder(LIST);
    Map<String, Object> params = new LinkedHashMap<>();
    if (!actor.isSchoolWide()) {
      jpql.append(" AND a.author.id = :me");
      params.put("me", actor.personId());
    }
    if (filter.status() != null) {
      jpql.append(" AND a.status = :status");
      params.put("status", filter.status());
    }
    if (filter.classId() != null) {
      jpql.append(" AND g.schoolClass.id = :classId");
      params.put("classId", filter.classId());
    }
    if (filter.teacherId() != null) {
      jpql.append(" AND a.teacher.id = :teacherId");
      params.put("teacherId", filter.teacherId());
    }
    if (filter.month() != null) {
      jpql.append(" AND a.recordDate BETWEEN :from AND :to");
      params.put("from", filter.month().atDay(1));
      params.put("to", filter.month().atEndOfMonth());
    }
    jpql.append(" ORDER BY a.createdAt DESC, a.id DESC");
    TypedQuery<CorrectionAct> query = em.createQuery(jpql.toString(), CorrectionAct.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(500).getResultList().stream()
        .map(
            a ->
                new CorrectionSummary(
                    a.getId(),
                    a.getNumber(),
                    a.getStatus(),
                    a.getGroup().getSchoolClass().map(c -> c.getId()).orElse(null),
                    a.getGroup().getName(),
                    a.getSubject().map(Subject::getName).orElse(""),
                    a.getTeacher().map(Person::getId).orElse(null),
                    a.getTeacher().map(Person::getFullName).orElse(""),
                    a.getAuthor().getFullName(),
                    a.getRecordDate(),
                    a.getCreatedAt()))
        .toList();
  }

  /** One act, as its page and its printed form show it. */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR,
    Role.Names.CLASS_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public CorrectionView view(long actId) {
    policy.requireCorrectionRead(actId);
    return CorrectionView.of(em.find(CorrectionAct.class, actId));
  }

  /**
   * The lesson an act is drafted from, with its students and their marks now: for someone who may
   * write an act about its group.
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR,
    Role.Names.CLASS_TEACHER,
    Role.Names.DEPUTY
  })
  public LessonContext lessonContext(long lessonId) {
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw policy.refuse("CORRECTION_DRAFT", "lesson", lessonId);
    }
    policy.requireCorrectionAuthoring(lesson.getGroup().getId());
    Map<Long, String> marks = journal.marksOfLesson(lessonId);
    List<LessonContext.StudentMark> students = new ArrayList<>();
    for (GroupMember member :
        em.createNamedQuery(GroupMember.ACTIVE_MEMBERS_OF_GROUP, GroupMember.class)
            .setParameter("group", lesson.getGroup())
            .setParameter("date", lesson.getLessonDate())
            .getResultList()) {
      Student student = member.getStudent();
      students.add(
          new LessonContext.StudentMark(
              student.getId(), student.getFullName(), marks.get(student.getId())));
    }
    return new LessonContext(
        lessonId,
        lesson.getGroup().getId(),
        lesson.getGroup().getName(),
        lesson.getSubject().getId(),
        lesson.getSubject().getName(),
        lesson.getLessonDate(),
        lesson.getLessonNumber(),
        students);
  }

  /** The act printed in the Annex 1 layout. */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR,
    Role.Names.CLASS_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public byte[] pdf(long actId) {
    return CorrectionActPdf.render(view(actId));
  }

  private CorrectionAct actToDecide(long actId) {
    CorrectionAct act = em.find(CorrectionAct.class, actId, LockModeType.PESSIMISTIC_WRITE);
    if (act == null) {
      throw policy.refuse("CORRECTION_AGREE", "correctionAct", actId);
    }
    return act;
  }

  /** The teacher whose record is corrected: the author, unless the deputy writes for them. */
  private Person teacherOf(
      Actor actor, Person author, StudyGroup group, Subject subject, List<CorrectionLine> lines) {
    if (!actor.has(Role.DEPUTY)) {
      return author;
    }
    for (CorrectionLine line : lines) {
      if (line.kind() == CorrectionKind.MARK) {
        Lesson lesson = em.find(Lesson.class, line.lessonId());
        if (lesson != null) {
          return lesson.getTeacher();
        }
      }
    }
    if (subject != null) {
      List<?> teachers =
          em.createNativeQuery(TEACHER_OF)
              .setParameter(1, group.getId())
              .setParameter(2, subject.getId())
              .setMaxResults(1)
              .getResultList();
      if (!teachers.isEmpty()) {
        return em.find(Person.class, ((Number) teachers.get(0)).longValue());
      }
    }
    return null;
  }

  /** Refuses a line whose wrong value is not what the diary holds now. */
  private void requireCurrent(
      CorrectionAct act, CorrectionLine line, SchoolYear year, Subject subject) {
    switch (line.kind()) {
      case MARK -> {
        String now = journal.markOf(line.lessonId(), line.studentId());
        requireSame(JournalCorrections.normalized(line.wrongValue()), now);
        if (line.correctValue() != null) {
          MarkValue.parse(line.correctValue());
        }
      }
      case PERIOD_GRADE -> {
        Object[] row = periodGradeRow(year, line, subject);
        requireSame(
            JournalCorrections.normalized(line.wrongValue()), row == null ? null : gradeOf(row));
        if (line.correctValue() != null) {
          MarkValue.parse(line.correctValue());
        }
      }
      case PERIOD_ATTENDANCE -> {
        Object[] row = periodAttendanceRow(year, line);
        requireSame(
            line.wrongMissed() + "/" + line.wrongJustified(),
            row == null ? "0/0" : row[1] + "/" + row[2]);
      }
      case ADDITIONAL_WORK, SUMMER_WORK -> {
        String now = workResultOf(year, line, subject);
        requireSame(
            line.wrongValue() == null
                ? null
                : lt.dienynas.assessment.PeriodGradeValue.parse(line.wrongValue()).notation(),
            now);
        lt.dienynas.assessment.PeriodGradeValue.parse(line.correctValue());
      }
    }
  }

  private Object[] periodGradeRow(SchoolYear year, CorrectionLine line, Subject subject) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, scale, grade_value FROM period_grade WHERE school_year_id = ?1"
                    + " AND period_kind = ?2 AND student_id = ?3 AND subject_id = ?4 FOR UPDATE")
            .setParameter(1, year.getId())
            .setParameter(2, line.period().name())
            .setParameter(3, line.studentId())
            .setParameter(4, subject.getId())
            .getResultList();
    return rows.isEmpty() ? null : (Object[]) rows.get(0);
  }

  /**
   * The current result of the line's additional or summer work, in the journal's notation (null
   * while none is entered).
   *
   * @throws BusinessException {@code correction.noWork} when no such work was assigned
   */
  private String workResultOf(SchoolYear year, CorrectionLine line, Subject subject) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, result_scale, result_value FROM additional_work WHERE school_year_id"
                    + " = ?1 AND student_id = ?2 AND subject_id = ?3 AND kind = ?4")
            .setParameter(1, year.getId())
            .setParameter(2, line.studentId())
            .setParameter(3, subject.getId())
            .setParameter(4, line.kind().workKind().name())
            .getResultList();
    if (rows.isEmpty()) {
      throw new BusinessException("correction.noWork");
    }
    Object[] row = (Object[]) rows.get(0);
    return row[2] == null ? null : gradeOf(row);
  }

  private Object[] periodAttendanceRow(SchoolYear year, CorrectionLine line) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, missed, justified FROM period_attendance WHERE school_year_id = ?1"
                    + " AND period_kind = ?2 AND student_id = ?3 FOR UPDATE")
            .setParameter(1, year.getId())
            .setParameter(2, line.period().name())
            .setParameter(3, line.studentId())
            .getResultList();
    return rows.isEmpty() ? null : (Object[]) rows.get(0);
  }

  /** A period grade row's value in the journal's notation (null for none). */
  private static String gradeOf(Object[] row) {
    String value = (String) row[2];
    if (value == null) {
      return null;
    }
    try {
      return new MarkValue(MarkScale.valueOf((String) row[1]), value, null).notation();
    } catch (IllegalArgumentException | BusinessException unusual) {
      return value;
    }
  }

  private static void requireSame(String wrong, String now) {
    if (!Objects.equals(wrong, now)) {
      throw new BusinessException(
          "correction.wrongValue", wrong == null ? "—" : wrong, now == null ? "—" : now);
    }
  }

  private String describe(CorrectionItem item) {
    CorrectionLine line = item.line();
    return item.getStudent().getFullName()
        + ", "
        + CorrectionView.where(item)
        + ": "
        + CorrectionView.wrongOf(line)
        + " → "
        + CorrectionView.correctOf(line);
  }

  private LocalDateTime now() {
    return clock.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
