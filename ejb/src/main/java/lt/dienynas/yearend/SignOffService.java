package lt.dienynas.yearend;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import lt.dienynas.correction.CorrectionApplied;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/**
 * The class teacher confirms the class's achievement summary (name and date: the electronic
 * signature of §21.18) in its window; the deputy for education accepts it. A confirmed summary is
 * frozen (the summary job keeps its documents); a correction act re-opens it ({@link
 * CorrectionApplied}) and it must be confirmed again.
 */
@Stateless
public class SignOffService {
  private static final Logger LOG = Logger.getLogger(SignOffService.class.getName());

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @Inject private SchoolClock clock;

  /** The class's summary state for the class teacher, the deputy and the school's management. */
  @RolesAllowed({
    Role.Names.CLASS_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN,
    Role.Names.TEACHER
  })
  public SignOffView view(long classId) {
    policy.requireClassRead(classId);
    Object[] head = head(classId);
    long yearId = ((Number) head[1]).longValue();
    Optional<SignOff> signOff = find(classId);
    Optional<YearEndDocument> summary = summaryDocument(classId);
    List<SignOffView.Step> trail = new ArrayList<>();
    signOff.ifPresent(
        s ->
            em.createNamedQuery(SignOffEvent.OF_SIGN_OFF, SignOffEvent.class)
                .setParameter("signOffId", s.getId())
                .getResultList()
                .forEach(
                    e ->
                        trail.add(
                            new SignOffView.Step(
                                e.getAction(), e.getPersonName(), e.getAt(), e.getActId()))));
    return new SignOffView(
        classId,
        (String) head[0],
        (String) head[2],
        signOff.map(SignOff::getStatus).orElse(SignOffStatus.OPEN),
        window(classId, yearId),
        summary.map(YearEndDocument::getSha256).orElse(null),
        summary.map(YearEndDocument::getProducedAt).orElse(null),
        signOff.map(SignOff::getConfirmedByName).orElse(null),
        signOff.map(SignOff::getConfirmedAt).orElse(null),
        signOff.map(SignOff::getAcceptedByName).orElse(null),
        signOff.map(SignOff::getAcceptedAt).orElse(null),
        signOff.map(SignOff::getReopenedByAct).orElse(null),
        signOff.map(SignOff::getReopenedAt).orElse(null),
        trail);
  }

  /** The school years, newest first, for the year-end pages. */
  @RolesAllowed({
    Role.Names.CLASS_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN,
    Role.Names.ARCHIVIST
  })
  public List<YearOption> years() {
    policy.requireYearEndWork();
    return em.createNamedQuery(SchoolYear.FIND_ALL, SchoolYear.class).getResultList().stream()
        .map(y -> new YearOption(y.getId(), y.getName()))
        .toList();
  }

  /**
   * The classes of a year with their summaries' state: every class for the school's management, the
   * class teacher's own classes for a class teacher. One query per table.
   */
  @RolesAllowed({
    Role.Names.CLASS_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public List<ClassStatus> classes(long yearId) {
    Actor actor = policy.requireYearEndWork();
    boolean all = actor.isSchoolWide();
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.id, c.name, p.first_name, p.last_name, s.status,"
                    + " (SELECT COUNT(*) FROM yearend_document d WHERE d.school_class_id = c.id"
                    + "   AND d.kind = 'SUMMARY_PDF')"
                    + " FROM school_class c LEFT JOIN person p ON p.id = c.class_teacher_id"
                    + " LEFT JOIN yearend_signoff s ON s.school_class_id = c.id"
                    + " WHERE c.school_year_id = ?1 AND (?2 OR c.class_teacher_id = ?3)"
                    + " ORDER BY c.level, c.grade, c.letter, c.id")
            .setParameter(1, yearId)
            .setParameter(2, all)
            .setParameter(3, actor.personId())
            .getResultList();
    List<ClassStatus> classes = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      classes.add(
          new ClassStatus(
              ((Number) r[0]).longValue(),
              (String) r[1],
              r[2] == null ? "" : r[2] + " " + r[3],
              r[4] == null ? SignOffStatus.OPEN : SignOffStatus.valueOf((String) r[4]),
              ((Number) r[5]).longValue() > 0));
    }
    return classes;
  }

  /**
   * The class teacher confirms the stored summary as checked: from the end of teaching on; after
   * the window's deadline it is still taken, and the page shows it as late.
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public SignOffView confirm(long classId) {
    Actor teacher = policy.requireClassTeacherOf(classId);
    Object[] head = head(classId);
    long yearId = ((Number) head[1]).longValue();
    YearEndDocument summary =
        summaryDocument(classId).orElseThrow(() -> new BusinessException("yearend.noSummary"));
    SignOffWindow window = window(classId, yearId);
    LocalDate today = clock.today();
    if (!window.isOpenOn(today)) {
      throw new BusinessException("yearend.windowNotOpen", window.opens());
    }
    SignOff signOff = findOrCreate(yearId, classId);
    LocalDateTime now = clock.now();
    String name = personName(teacher.personId());
    signOff.confirm(teacher.personId(), name, now, summary.getSha256());
    em.persist(
        new SignOffEvent(
            signOff.getId(),
            "CONFIRMED",
            teacher.personId(),
            name,
            now,
            null,
            summary.getSha256()));
    return view(classId);
  }

  /** The deputy for education accepts a confirmed summary. */
  @RolesAllowed(Role.Names.DEPUTY)
  public SignOffView accept(long classId) {
    Actor deputy = policy.requireSummaryAcceptance(classId);
    SignOff signOff =
        find(classId).orElseThrow(() -> new BusinessException("yearend.notConfirmed"));
    LocalDateTime now = clock.now();
    String name = personName(deputy.personId());
    signOff.accept(deputy.personId(), name, now);
    em.persist(
        new SignOffEvent(
            signOff.getId(),
            "ACCEPTED",
            deputy.personId(),
            name,
            now,
            null,
            signOff.getSummarySha256()));
    return view(classId);
  }

  /**
   * A correction act changed the year's data: every confirmed summary of the named classes and of
   * the named students' classes opens again, on record with the act, inside the act's transaction.
   */
  @PermitAll
  public void onCorrection(@Observes CorrectionApplied act) {
    Set<Long> classIds = new HashSet<>(act.classIds());
    if (!act.studentIds().isEmpty()) {
      for (Object id :
          em.createNativeQuery(
                  "SELECT DISTINCT g.school_class_id FROM group_member m"
                      + " JOIN study_group g ON g.id = m.group_id"
                      + " WHERE g.kind = 'CLASS' AND g.school_year_id = ?1 AND m.student_id IN ("
                      // numbers only (Long ids): the driver binds no lists in native queries
                      + act.studentIds().stream()
                          .map(String::valueOf)
                          .collect(java.util.stream.Collectors.joining(","))
                      + ")")
              .setParameter(1, act.yearId())
              .getResultList()) {
        classIds.add(((Number) id).longValue());
      }
    }
    if (classIds.isEmpty()) {
      return;
    }
    LocalDateTime now = clock.now();
    for (SignOff signOff :
        em.createNamedQuery(SignOff.OF_CLASSES, SignOff.class)
            .setParameter("classIds", List.copyOf(classIds))
            .getResultList()) {
      if (signOff.getYearId() == act.yearId() && signOff.reopen(act.actId(), now)) {
        em.persist(
            new SignOffEvent(
                signOff.getId(),
                "REOPENED",
                null,
                null,
                now,
                act.actId(),
                signOff.getSummarySha256()));
        LOG.info(
            () ->
                "Correction act "
                    + act.actId()
                    + " re-opened the summary of class "
                    + signOff.getClassId());
      }
    }
  }

  private SignOffWindow window(long classId, long yearId) {
    SchoolYear year = em.find(SchoolYear.class, yearId);
    SummaryReader reader = new SummaryReader(em);
    LocalDate teachingEnd = reader.read(classId).teachingEnd();
    return SignOffWindow.of(
        teachingEnd,
        reader.lastSummerWork(classId, yearId, teachingEnd),
        year.getEndDate(),
        year.calendar());
  }

  private Object[] head(long classId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.name, y.id, y.name FROM school_class c"
                    + " JOIN school_year y ON y.id = c.school_year_id WHERE c.id = ?1")
            .setParameter(1, classId)
            .getResultList();
    if (rows.isEmpty()) {
      throw policy.refuse("YEAREND_SIGNOFF", "class", classId);
    }
    return (Object[]) rows.get(0);
  }

  private Optional<SignOff> find(long classId) {
    return em.createNamedQuery(SignOff.FIND, SignOff.class)
        .setParameter("classId", classId)
        .getResultStream()
        .findFirst();
  }

  private SignOff findOrCreate(long yearId, long classId) {
    return find(classId)
        .orElseGet(
            () -> {
              SignOff created = new SignOff(yearId, classId);
              em.persist(created);
              em.flush();
              return created;
            });
  }

  private Optional<YearEndDocument> summaryDocument(long classId) {
    return em.createNamedQuery(YearEndDocument.FIND, YearEndDocument.class)
        .setParameter("classId", classId)
        .setParameter("kind", DocumentKind.SUMMARY_PDF)
        .getResultStream()
        .findFirst();
  }

  private String personName(long personId) {
    Object[] name =
        (Object[])
            em.createNativeQuery("SELECT first_name, last_name FROM person WHERE id = ?1")
                .setParameter(1, personId)
                .getSingleResult();
    return name[0] + " " + name[1];
  }
}
