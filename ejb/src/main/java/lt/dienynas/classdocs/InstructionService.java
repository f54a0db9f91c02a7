package lt.dienynas.classdocs;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.SchoolClock;

/**
 * Saugaus elgesio ir kiti instruktažai (§21.4, §23.9): the class teacher records an instruction for
 * their class, a subject teacher for a group they teach; the sign sheet prints one line per student
 * of the group on that day; the signed sheet is recorded as filed; after one year the nightly
 * {@code instruction-retention} job removes it ({@link #removeExpired}), with a history entry for
 * each.
 */
@Stateless
@Interceptors(InputRefusals.class)
@HistorySource("instructions")
public class InstructionService {
  static final String TYPE = "class_instruction";

  private static final String[] WRITERS = {
    Role.Names.CLASS_TEACHER, Role.Names.TEACHER, Role.Names.NON_FORMAL_TEACHER
  };

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @EJB private MonthLockService monthLocks;

  @Inject private SchoolClock clock;

  /**
   * Records an instruction held with the group on its day: the one write point (access on that day,
   * the year writable and containing the day, not a coming day, the month not locked, history).
   *
   * @throws BusinessException {@code classdocs.instruction.future}, {@code schoolYear.outside},
   *     {@code schoolYear.readOnly}, {@code month.locked}, {@code plainText.invalid}, the entity's
   *     text rules
   */
  @RolesAllowed({Role.Names.CLASS_TEACHER, Role.Names.TEACHER, Role.Names.NON_FORMAL_TEACHER})
  public InstructionView record(@NotNull @Valid NewInstruction instruction) {
    Actor actor = policy.requireInstructionRecording(instruction.groupId(), instruction.date());
    StudyGroup group = em.find(StudyGroup.class, instruction.groupId());
    SchoolYear year = group.getSchoolYear();
    year.requireWritable();
    LocalDate date = instruction.date();
    if (!year.contains(date)) {
      throw new BusinessException("schoolYear.outside", date, date, year.getName());
    }
    if (date.isAfter(clock.today())) {
      throw new BusinessException("classdocs.instruction.future", date);
    }
    monthLocks.requireOpenForGroup(group.getId(), date);
    ClassInstruction created =
        new ClassInstruction(
            year.getId(),
            group.getId(),
            instruction.kind(),
            date,
            instruction.title(),
            instruction.content(),
            actor.personId(),
            clock.now());
    em.persist(created);
    em.flush();
    history.record(Change.inserted(TYPE, created.getId(), values(created)));
    return views(List.of(created)).get(0);
  }

  /**
   * The signed sheet is filed in the folder. Only who may record the instruction files it; filing
   * is not diary data of the instruction's day, so a locked month does not stop it.
   *
   * @param expectedVersion the version read (null: whatever it is)
   * @throws BusinessException {@code classdocs.instruction.alreadyFiled}, {@code
   *     classdocs.instruction.stale}, {@code schoolYear.readOnly}
   */
  @RolesAllowed({Role.Names.CLASS_TEACHER, Role.Names.TEACHER, Role.Names.NON_FORMAL_TEACHER})
  public InstructionView fileSheet(long instructionId, Integer expectedVersion) {
    ClassInstruction instruction = em.find(ClassInstruction.class, instructionId);
    if (instruction == null) {
      throw policy.refuse("INSTRUCTION_WRITE", "instruction", instructionId);
    }
    Actor actor =
        policy.requireInstructionRecording(instruction.getGroupId(), instruction.getDate());
    em.find(SchoolYear.class, instruction.getYearId()).requireWritable();
    if (StaleWriteException.isStale(expectedVersion, instruction.getVersion())) {
      throw StaleWriteException.of(
          instruction.getVersion(), "classdocs.instruction.stale", instruction.getTitle());
    }
    Map<String, Object> before = values(instruction);
    instruction.fileSheet(actor.personId(), clock.now());
    em.flush();
    history.record(Change.updated(TYPE, instruction.getId(), before, values(instruction)));
    return views(List.of(instruction)).get(0);
  }

  /** A group's instructions, the latest first. */
  @RolesAllowed({
    Role.Names.CLASS_TEACHER,
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public List<InstructionView> ofGroup(long groupId) {
    policy.requireInstructionRead(groupId);
    return views(
        em.createNamedQuery(ClassInstruction.OF_GROUP, ClassInstruction.class)
            .setParameter("groupId", groupId)
            .setMaxResults(500)
            .getResultList());
  }

  /**
   * The groups the calling teacher may record instructions for now: the class groups of the classes
   * they lead first, then the groups they teach (two bounded queries).
   */
  @RolesAllowed({Role.Names.CLASS_TEACHER, Role.Names.TEACHER, Role.Names.NON_FORMAL_TEACHER})
  public List<GroupChoice> myGroups() {
    Actor actor = policy.requireTeacherWork("INSTRUCTION_GROUPS");
    Map<Long, GroupChoice> groups = new LinkedHashMap<>();
    em.createQuery(
            "SELECT NEW lt.dienynas.classdocs.GroupChoice(g.id, g.name, y.name)"
                + " FROM StudyGroup g JOIN g.schoolYear y JOIN g.schoolClass c"
                + " WHERE y.readOnly = FALSE AND g.kind = lt.dienynas.school.GroupKind.CLASS"
                + " AND c.classTeacher.id = :me ORDER BY y.startDate DESC, g.name",
            GroupChoice.class)
        .setParameter("me", actor.personId())
        .setMaxResults(50)
        .getResultList()
        .forEach(g -> groups.put(g.id(), g));
    em.createQuery(
            "SELECT DISTINCT NEW lt.dienynas.classdocs.GroupChoice(g.id, g.name, y.name)"
                + " FROM TeachingAssignment a JOIN a.group g JOIN g.schoolYear y"
                + " WHERE y.readOnly = FALSE AND a.teacher.id = :me"
                + " AND (a.validity.to IS NULL OR a.validity.to >= :today) ORDER BY y.name DESC, g.name",
            GroupChoice.class)
        .setParameter("me", actor.personId())
        .setParameter("today", clock.today())
        .setMaxResults(200)
        .getResultList()
        .forEach(g -> groups.putIfAbsent(g.id(), g));
    return List.copyOf(groups.values());
  }

  /**
   * The printable sign sheet (instruktažo lapas): the instruction, then one line to sign per
   * student who was in the group on its day, as a PDF/A-2b file.
   */
  @RolesAllowed({
    Role.Names.CLASS_TEACHER,
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public DownloadFile signSheet(long instructionId, Locale locale) {
    ClassInstruction instruction = em.find(ClassInstruction.class, instructionId);
    if (instruction == null) {
      throw policy.refuse("INSTRUCTION_READ", "instruction", instructionId);
    }
    policy.requireInstructionRead(instruction.getGroupId());
    StudyGroup group = em.find(StudyGroup.class, instruction.getGroupId());
    SignSheet sheet =
        new SignSheet(
            instruction.getId(),
            instruction.getVersion(),
            group.getName(),
            instruction.getKind(),
            instruction.getDate(),
            instruction.getTitle(),
            instruction.getContent(),
            names(Set.of(instruction.getRecordedBy()))
                .getOrDefault(instruction.getRecordedBy(), ""),
            instruction.getRecordedAt(),
            studentsOn(group.getId(), instruction.getDate()));
    byte[] bytes = ClassDocumentPdfs.signSheet(sheet, locale);
    return new DownloadFile(
        "instruktazas-" + instruction.getDate() + "-" + instruction.getId() + ".pdf",
        "application/pdf",
        bytes);
  }

  /**
   * The retention job's work (§21.4: kept one year): removes every instruction dated more than a
   * year before {@code today}, with a history entry for each. A day after the school clock's today
   * is refused, so the retention is never shortened.
   *
   * @return how many were removed
   * @throws BusinessException {@code classdocs.retention.future}
   */
  @PermitAll
  @HistorySource("instruction-retention job")
  public int removeExpired(LocalDate today) {
    if (today.isAfter(clock.today())) {
      throw new BusinessException("classdocs.retention.future", today);
    }
    List<ClassInstruction> expired =
        em.createNamedQuery(ClassInstruction.BEFORE, ClassInstruction.class)
            .setParameter("day", today.minusYears(1))
            .setMaxResults(1000)
            .getResultList();
    List<Change> changes = new ArrayList<>();
    for (ClassInstruction instruction : expired) {
      changes.add(Change.deleted(TYPE, instruction.getId(), values(instruction)));
      em.remove(instruction);
    }
    em.flush();
    history.recordAll(changes);
    return expired.size();
  }

  /** The students in the group on the day, by name (one query). */
  List<RosterLine> studentsOn(long groupId, LocalDate day) {
    return em.createQuery(
            "SELECT NEW lt.dienynas.classdocs.RosterLine(s.id, s.firstName, s.lastName)"
                + " FROM GroupMember m JOIN m.student s WHERE m.group.id = :group"
                + " AND m.validity.from <= :day AND (m.validity.to IS NULL OR m.validity.to >= :day)"
                + " ORDER BY s.lastName, s.firstName, s.id",
            RosterLine.class)
        .setParameter("group", groupId)
        .setParameter("day", day)
        .getResultList();
  }

  private List<InstructionView> views(List<ClassInstruction> instructions) {
    Set<Long> people = new HashSet<>();
    Set<Long> groups = new HashSet<>();
    for (ClassInstruction i : instructions) {
      people.add(i.getRecordedBy());
      i.getSheetFiledBy().ifPresent(people::add);
      groups.add(i.getGroupId());
    }
    Map<Long, String> names = names(people);
    Map<Long, String> groupNames = new LinkedHashMap<>();
    if (!groups.isEmpty()) {
      for (GroupChoice g :
          em.createQuery(
                  "SELECT NEW lt.dienynas.classdocs.GroupChoice(g.id, g.name, y.name)"
                      + " FROM StudyGroup g JOIN g.schoolYear y WHERE g.id IN :ids",
                  GroupChoice.class)
              .setParameter("ids", List.copyOf(groups))
              .getResultList()) {
        groupNames.put(g.id(), g.name());
      }
    }
    List<InstructionView> views = new ArrayList<>();
    for (ClassInstruction i : instructions) {
      views.add(
          new InstructionView(
              i.getId(),
              i.getGroupId(),
              groupNames.get(i.getGroupId()),
              i.getKind(),
              i.getDate(),
              i.getTitle(),
              i.getContent(),
              names.get(i.getRecordedBy()),
              i.getRecordedAt(),
              i.getSheetFiledBy().map(names::get).orElse(null),
              i.getSheetFiledAt().orElse(null),
              i.getVersion()));
    }
    return views;
  }

  private Map<Long, String> names(Set<Long> ids) {
    Map<Long, String> names = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    for (RosterLine p :
        em.createQuery(
                "SELECT NEW lt.dienynas.classdocs.RosterLine(p.id, p.firstName, p.lastName)"
                    + " FROM Person p WHERE p.id IN :ids",
                RosterLine.class)
            .setParameter("ids", List.copyOf(ids))
            .getResultList()) {
      names.put(p.personId(), p.fullName());
    }
    return names;
  }

  private static Map<String, Object> values(ClassInstruction i) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("group", i.getGroupId());
    values.put("kind", i.getKind());
    values.put("date", i.getDate());
    values.put("title", i.getTitle());
    values.put("content", i.getContent());
    values.put("filedBy", i.getSheetFiledBy().orElse(null));
    values.put("filedAt", i.getSheetFiledAt().orElse(null));
    return values;
  }
}
