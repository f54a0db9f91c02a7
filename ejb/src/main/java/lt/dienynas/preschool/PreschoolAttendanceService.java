package lt.dienynas.preschool;

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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.WorkingDayCalendar;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/**
 * The pre-school and pre-primary groups' daily attendance (§22.4, §22.7, §22.9): the teacher fills
 * each working day by 9:30 — one entry per child, present by default, absent, or late with the time
 * — or marks the day not filled for an objective reason; enters the justification documents of a
 * month's absences by the month's last day; and on the month's last working day submits the
 * attendance sheet to the deputy, who approves it (the group's month is locked, §22.6) or returns
 * it with a comment. The deputy sees the groups not filled by 9:30.
 *
 * <p>Every write goes through {@link #write}: the day's access, the school year writable, the month
 * neither locked nor under a submitted sheet, the version read, and the history.
 */
@Stateless
@Interceptors(InputRefusals.class)
@HistorySource("pre-school attendance")
public class PreschoolAttendanceService {

  /** By when each working day's attendance is entered (§22.4). */
  public static final LocalTime DEADLINE = LocalTime.of(9, 30);

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @EJB private MonthLockService locks;

  @Inject private SchoolClock clock;

  // --- reading -------------------------------------------------------------------------------

  /** The pre-school groups the calling teacher is assigned to today. */
  @RolesAllowed(Role.Names.PRESCHOOL_TEACHER)
  public List<GroupOption> myGroups() {
    Actor actor = policy.requireTeacherWork("PRESCHOOL_GROUPS");
    return em.createQuery(
            "SELECT DISTINCT NEW lt.dienynas.preschool.GroupOption(g.id, g.name)"
                + " FROM TeachingAssignment a JOIN a.group g"
                + " WHERE a.teacher.id = :me AND g.kind = :kind AND a.validity.from <= :today"
                + " AND (a.validity.to IS NULL OR a.validity.to >= :today) ORDER BY g.name",
            GroupOption.class)
        .setParameter("me", actor.personId())
        .setParameter("kind", GroupKind.PRESCHOOL)
        .setParameter("today", clock.today())
        .getResultList();
  }

  /** Every pre-school group of the school year running today, for the management. */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DIRECTOR, Role.Names.DB_ADMIN})
  public List<GroupOption> allGroups() {
    policy.requireSchoolWideRead("PRESCHOOL_GROUPS");
    return em.createQuery(
            "SELECT NEW lt.dienynas.preschool.GroupOption(g.id, g.name) FROM StudyGroup g"
                + " JOIN g.schoolYear y WHERE g.kind = :kind AND y.startDate <= :today"
                + " AND y.endDate >= :today ORDER BY g.name",
            GroupOption.class)
        .setParameter("kind", GroupKind.PRESCHOOL)
        .setParameter("today", clock.today())
        .getResultList();
  }

  /** The group's day: its state and every child of the group that day with their mark. */
  @RolesAllowed({
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public GroupDay day(long groupId, @NotNull LocalDate day) {
    Actor actor = policy.requirePreschoolRead(groupId);
    return dayView(group(groupId), day, actor);
  }

  /**
   * The group's working days still open (not filled, not marked), from the start of the school year
   * or the teacher's assignment up to today, in months not locked; the latest first.
   */
  @RolesAllowed({
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public List<OpenDay> openDays(long groupId) {
    policy.requirePreschoolRead(groupId);
    StudyGroup group = group(groupId);
    LocalDate today = clock.today();
    LocalDate from = group.getSchoolYear().getStartDate();
    LocalDate to =
        today.isAfter(group.getSchoolYear().getEndDate())
            ? group.getSchoolYear().getEndDate()
            : today;
    return open(group, from, to).stream()
        .sorted((a, b) -> b.compareTo(a))
        .map(d -> new OpenDay(d, isOverdue(d)))
        .toList();
  }

  /**
   * The 9:30 check of today (§22.4): once 9:30 has passed on a working day, the pre-school groups
   * whose day was not filled by then — not at all, later, or marked not filled with a reason.
   */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DIRECTOR})
  public MorningCheck morningCheck() {
    policy.requirePreschoolOversight();
    LocalDateTime now = clock.now();
    LocalDate today = now.toLocalDate();
    LocalDateTime deadline = today.atTime(DEADLINE);
    List<StudyGroup> groups =
        em.createQuery(
                "SELECT g FROM StudyGroup g JOIN FETCH g.schoolYear y WHERE g.kind = :kind"
                    + " AND y.startDate <= :today AND y.endDate >= :today ORDER BY g.name",
                StudyGroup.class)
            .setParameter("kind", GroupKind.PRESCHOOL)
            .setParameter("today", today)
            .getResultList();
    boolean workingDay =
        !groups.isEmpty() && groups.get(0).getSchoolYear().calendar().isWorkingDay(today);
    boolean passed = now.isAfter(deadline);
    if (!workingDay || !passed) {
      return new MorningCheck(today, DEADLINE, workingDay, passed, List.of());
    }
    List<Long> ids = groups.stream().map(StudyGroup::getId).toList();
    Map<Long, PreschoolDay> days = new HashMap<>();
    em.createQuery(
            "SELECT d FROM PreschoolDay d WHERE d.groupId IN :ids AND d.day = :today",
            PreschoolDay.class)
        .setParameter("ids", ids)
        .setParameter("today", today)
        .getResultList()
        .forEach(d -> days.put(d.getGroupId(), d));
    Map<Long, String> teachers = teachersOn(ids, today);
    List<LateGroup> late = new ArrayList<>();
    for (StudyGroup g : groups) {
      PreschoolDay d = days.get(g.getId());
      if (d == null
          || d.getFirstFilledAt().isAfter(deadline)
          || d.getState() == DayState.NOT_FILLED) {
        late.add(
            new LateGroup(
                g.getId(),
                g.getName(),
                teachers.getOrDefault(g.getId(), ""),
                d == null ? null : d.getState(),
                d == null ? null : d.getReason(),
                d == null ? null : d.getFirstFilledAt()));
      }
    }
    return new MorningCheck(today, DEADLINE, true, true, late);
  }

  /** A child's pre-school attendance in a month: the guardian's view (also the teacher's). */
  @RolesAllowed({
    Role.Names.GUARDIAN,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public ChildMonth childMonth(long studentId, @NotNull YearMonth month) {
    policy.requirePreschoolChildRead(studentId);
    List<GroupOption> groups =
        em.createQuery(
                "SELECT NEW lt.dienynas.preschool.GroupOption(g.id, g.name) FROM GroupMember m"
                    + " JOIN m.group g WHERE m.student.id = :s AND g.kind = :kind"
                    + " AND m.validity.from <= :to AND (m.validity.to IS NULL OR m.validity.to >= :from)"
                    + " ORDER BY m.validity.from DESC",
                GroupOption.class)
            .setParameter("s", studentId)
            .setParameter("kind", GroupKind.PRESCHOOL)
            .setParameter("from", month.atDay(1))
            .setParameter("to", month.atEndOfMonth())
            .setMaxResults(1)
            .getResultList();
    String name = personName(studentId);
    if (groups.isEmpty()) {
      return new ChildMonth(
          studentId, name, "", month, List.of(), 0, 0, 0, 0, month.atEndOfMonth());
    }
    long groupId = groups.get(0).id();
    List<ChildAttendance> entries =
        em.createNamedQuery(ChildAttendance.OF_CHILD, ChildAttendance.class)
            .setParameter("groupId", groupId)
            .setParameter("studentId", studentId)
            .setParameter("from", month.atDay(1))
            .setParameter("to", month.atEndOfMonth())
            .getResultList();
    int present = 0;
    int late = 0;
    int absent = 0;
    int justified = 0;
    List<ChildDayEntry> days = new ArrayList<>();
    for (ChildAttendance a : entries) {
      days.add(
          new ChildDayEntry(a.getDay(), a.getStatus(), a.getArrivedAt(), a.getJustification()));
      switch (a.getStatus()) {
        case PRESENT -> present++;
        case LATE -> late++;
        case ABSENT -> {
          absent++;
          if (a.getJustification() != null) {
            justified++;
          }
        }
      }
    }
    return new ChildMonth(
        studentId,
        name,
        groups.get(0).name(),
        month,
        days,
        present,
        late,
        absent,
        justified,
        month.atEndOfMonth());
  }

  // --- writing -------------------------------------------------------------------------------

  /**
   * Saves the group's day at once: every child of the group that day gets an entry, present unless
   * marked otherwise; the day counts as filled.
   *
   * @param marks the children not present (others may be listed as present too)
   * @param dayVersion the day's version read (null: whatever it is; {@code -1}: not filled yet)
   * @throws BusinessException {@code preschool.notWorkingDay}, {@code preschool.future}, {@code
   *     preschool.notInGroup}, {@code preschool.lateTimeRequired}, {@code preschool.timeOnlyLate},
   *     {@code month.locked}, {@code preschool.sheet.inReview}, {@code schoolYear.readOnly}
   */
  @RolesAllowed(Role.Names.PRESCHOOL_TEACHER)
  public GroupDay saveDay(
      long groupId,
      @NotNull LocalDate day,
      @NotNull List<@Valid ChildMark> marks,
      Integer dayVersion) {
    return write(
        groupId,
        day,
        dayVersion,
        (group, record, actor, now, changes) -> {
          Map<Long, ChildMark> byChild = new HashMap<>();
          for (ChildMark mark : marks) {
            if (mark == null || mark.status() == null) {
              throw new BusinessException("preschool.statusRequired");
            }
            byChild.put(mark.studentId(), mark);
          }
          List<GroupChild> children = childrenOn(groupId, day);
          Set<Long> members =
              children.stream().map(GroupChild::studentId).collect(Collectors.toSet());
          for (Long child : byChild.keySet()) {
            if (!members.contains(child)) {
              throw new BusinessException("preschool.notInGroup", child);
            }
          }
          Map<Long, ChildAttendance> existing = entriesOn(groupId, day);
          for (GroupChild child : children) {
            ChildMark mark =
                byChild.getOrDefault(
                    child.studentId(),
                    new ChildMark(child.studentId(), PresenceStatus.PRESENT, null));
            LocalTime arrived =
                mark.arrivedAt() == null ? null : mark.arrivedAt().withSecond(0).withNano(0);
            ChildAttendance entry = existing.get(child.studentId());
            if (entry == null) {
              entry = new ChildAttendance(groupId, child.studentId(), day);
              entry.mark(mark.status(), arrived);
              em.persist(entry);
              em.flush();
              changes.add(Change.inserted("preschool_attendance", entry.getId(), values(entry)));
            } else if (!entry.is(mark.status(), arrived)) {
              Map<String, Object> before = values(entry);
              entry.mark(mark.status(), arrived);
              changes.add(
                  Change.updated("preschool_attendance", entry.getId(), before, values(entry)));
            }
          }
          return dayRecord(group, day, record, actor, now, changes, null);
        });
  }

  /**
   * Marks the day not filled for an objective reason (§22.4: no internet, the diary down).
   *
   * @throws BusinessException {@code preschool.reasonRequired}, {@code preschool.reasonLength},
   *     {@code plainText.invalid}, and the refusals of {@link #saveDay}
   */
  @RolesAllowed(Role.Names.PRESCHOOL_TEACHER)
  public GroupDay markNotFilled(
      long groupId, @NotNull LocalDate day, @PlainText String reason, Integer dayVersion) {
    return write(
        groupId,
        day,
        dayVersion,
        (group, record, actor, now, changes) ->
            dayRecord(group, day, record, actor, now, changes, reason == null ? "" : reason));
  }

  /**
   * Enters a justification document for the child's absences from {@code from} to {@code to}
   * (§22.7): by the last day of the month of those days, later refused.
   *
   * @throws BusinessException {@code preschool.justification.range}, {@code
   *     preschool.justification.deadline}, {@code preschool.justification.noAbsence}, {@code
   *     preschool.justification.documentLength}, {@code plainText.invalid}, {@code month.locked}
   */
  @RolesAllowed(Role.Names.PRESCHOOL_TEACHER)
  public ChildMonth justify(
      long groupId,
      long studentId,
      @NotNull LocalDate from,
      @NotNull LocalDate to,
      @NotNull JustificationReason reason,
      @PlainText String document) {
    Actor actor = policy.requirePreschoolWrite(groupId, from);
    if (to.isBefore(from) || !YearMonth.from(from).equals(YearMonth.from(to))) {
      throw new BusinessException("preschool.justification.range");
    }
    if (document != null && document.strip().length() > ChildAttendance.DOCUMENT_LENGTH) {
      throw new BusinessException(
          "preschool.justification.documentLength", ChildAttendance.DOCUMENT_LENGTH);
    }
    YearMonth month = YearMonth.from(from);
    LocalDate deadline = month.atEndOfMonth();
    if (clock.today().isAfter(deadline)) {
      throw new BusinessException("preschool.justification.deadline", month.toString(), deadline);
    }
    StudyGroup group = group(groupId);
    group.getSchoolYear().requireWritable();
    locks.requireOpenForGroup(groupId, from);
    requireNoSheetInReview(groupId, month);
    LocalDateTime now = clock.now();
    List<Change> changes = new ArrayList<>();
    String doc = document == null || document.isBlank() ? null : document.strip();
    for (ChildAttendance entry :
        em.createNamedQuery(ChildAttendance.OF_CHILD, ChildAttendance.class)
            .setParameter("groupId", groupId)
            .setParameter("studentId", studentId)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()) {
      if (entry.getStatus() == PresenceStatus.ABSENT) {
        Map<String, Object> before = values(entry);
        entry.justify(reason, doc, actor.personId(), now);
        changes.add(Change.updated("preschool_attendance", entry.getId(), before, values(entry)));
      }
    }
    if (changes.isEmpty()) {
      throw new BusinessException("preschool.justification.noAbsence", from, to);
    }
    em.flush();
    history.recordAll(changes);
    return childMonth(studentId, month);
  }

  // --- the monthly attendance sheet (§22.9) --------------------------------------------------

  /** The group's sheet of the month, as it stands (submitted or not). */
  @RolesAllowed({
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public SheetView sheet(long groupId, @NotNull YearMonth month) {
    policy.requirePreschoolRead(groupId);
    return sheetView(group(groupId), month, findSheet(groupId, month).orElse(null));
  }

  /** The sheets of the month of every pre-school group, for the deputy's approval list. */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DIRECTOR, Role.Names.DB_ADMIN})
  public List<SheetView> sheetsOf(@NotNull YearMonth month) {
    policy.requireSchoolWideRead("PRESCHOOL_SHEETS");
    Map<Long, AttendanceSheet> sheets = new HashMap<>();
    em.createNamedQuery(AttendanceSheet.OF_MONTH, AttendanceSheet.class)
        .setParameter("month", month.toString())
        .getResultList()
        .forEach(s -> sheets.put(s.getGroupId(), s));
    List<SheetView> views = new ArrayList<>();
    for (StudyGroup g :
        em.createQuery(
                "SELECT g FROM StudyGroup g JOIN FETCH g.schoolYear y WHERE g.kind = :kind"
                    + " AND y.startDate <= :last AND y.endDate >= :first ORDER BY g.name",
                StudyGroup.class)
            .setParameter("kind", GroupKind.PRESCHOOL)
            .setParameter("first", month.atDay(1))
            .setParameter("last", month.atEndOfMonth())
            .getResultList()) {
      views.add(sheetView(g, month, sheets.get(g.getId())));
    }
    return views;
  }

  /** The submitted sheet's PDF/A file. */
  @RolesAllowed({
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public SheetFile sheetFile(long groupId, @NotNull YearMonth month) {
    policy.requirePreschoolRead(groupId);
    AttendanceSheet sheet =
        findSheet(groupId, month)
            .orElseThrow(() -> new BusinessException("preschool.sheet.notSubmitted"));
    String name = group(groupId).getName();
    return new SheetFile(
        "Lankomumo_ziniarastis_" + name.replaceAll("[^\\p{L}\\p{N}]+", "_") + "_" + month + ".pdf",
        sheet.getContent(),
        sheet.getSha256());
  }

  /**
   * The teacher submits (or, returned, submits again) the month's sheet: on or after the month's
   * last working day, with every working day filled or marked.
   *
   * @param expectedVersion the sheet's version read (null: whatever it is; {@code -1}: none yet)
   * @throws BusinessException {@code preschool.sheet.tooEarly}, {@code preschool.sheet.openDays},
   *     {@code preschool.sheet.submitted}, {@code preschool.sheet.approved}, {@code month.locked}
   */
  @RolesAllowed(Role.Names.PRESCHOOL_TEACHER)
  public SheetView submit(long groupId, @NotNull YearMonth month, Integer expectedVersion) {
    StudyGroup group = group(groupId);
    LocalDate lastDay = lastWorkingDay(group, month);
    Actor teacher = policy.requirePreschoolWrite(groupId, lastDay);
    return sheetWrite(
        group,
        month,
        expectedVersion,
        sheet -> {
          if (clock.today().isBefore(lastDay)) {
            throw new BusinessException("preschool.sheet.tooEarly", lastDay);
          }
          locks.requireOpenForGroup(groupId, lastDay);
          SheetView current = sheetView(group, month, sheet);
          if (!current.openDays().isEmpty()) {
            throw new BusinessException(
                "preschool.sheet.openDays",
                current.openDays().stream()
                    .map(LocalDate::toString)
                    .collect(Collectors.joining(", ")));
          }
          LocalDateTime now = clock.now();
          byte[] pdf = AttendanceSheetPdf.render(current, personName(teacher.personId()), now);
          if (sheet == null) {
            AttendanceSheet created =
                new AttendanceSheet(groupId, month, pdf, teacher.personId(), now);
            em.persist(created);
            return created;
          }
          sheet.resubmit(pdf, teacher.personId(), now);
          return sheet;
        });
  }

  /**
   * The deputy approves the submitted sheet; the group's month is then locked (§22.6).
   *
   * @throws BusinessException {@code preschool.sheet.notSubmitted}
   */
  @RolesAllowed(Role.Names.DEPUTY)
  public SheetView approve(long groupId, @NotNull YearMonth month, Integer expectedVersion) {
    Actor deputy = policy.requirePreschoolSheetReview(groupId);
    StudyGroup group = group(groupId);
    sheetWrite(
        group,
        month,
        expectedVersion,
        sheet -> {
          requireSheet(sheet).approve(deputy.personId(), clock.now());
          return sheet;
        });
    locks.lockApprovedSheet(month, groupId);
    return sheetView(group, month, findSheet(groupId, month).orElseThrow());
  }

  /**
   * The deputy returns the submitted sheet to the teacher with a comment.
   *
   * @throws BusinessException {@code preschool.sheet.notSubmitted}, {@code
   *     preschool.sheet.commentRequired}, {@code preschool.sheet.commentLength}, {@code
   *     plainText.invalid}
   */
  @RolesAllowed(Role.Names.DEPUTY)
  public SheetView giveBack(
      long groupId, @NotNull YearMonth month, @PlainText String comment, Integer expectedVersion) {
    Actor deputy = policy.requirePreschoolSheetReview(groupId);
    return sheetWrite(
        group(groupId),
        month,
        expectedVersion,
        sheet -> {
          requireSheet(sheet).giveBack(deputy.personId(), clock.now(), comment);
          return sheet;
        });
  }

  // --- the write points ----------------------------------------------------------------------

  @FunctionalInterface
  private interface DayStep {
    PreschoolDay apply(
        StudyGroup group,
        PreschoolDay record,
        Actor actor,
        LocalDateTime now,
        List<Change> changes);
  }

  /**
   * The one write point of a day: the teacher of the group that day, a working day of the school
   * year not in the future, the year writable, the month neither locked nor under a submitted
   * sheet, the day's version the one read; then the step, and its changes to the history.
   */
  private GroupDay write(long groupId, LocalDate day, Integer dayVersion, DayStep step) {
    Actor actor = policy.requirePreschoolWrite(groupId, day);
    StudyGroup group = group(groupId);
    group.getSchoolYear().requireWritable();
    requireWorkingDay(group, day);
    if (day.isAfter(clock.today())) {
      throw new BusinessException("preschool.future", day);
    }
    locks.requireOpenForGroup(groupId, day);
    requireNoSheetInReview(groupId, YearMonth.from(day));
    Optional<PreschoolDay> existing = findDay(groupId, day);
    Integer current = existing.map(PreschoolDay::getVersion).orElse(null);
    if (StaleWriteException.isStale(dayVersion, current)) {
      throw StaleWriteException.of(current, "preschool.stale", day);
    }
    List<Change> changes = new ArrayList<>();
    step.apply(group, existing.orElse(null), actor, clock.now(), changes);
    em.flush();
    history.recordAll(changes);
    return dayView(group, day, actor);
  }

  /** Records the day as filled (reason null) or not filled for the reason. */
  private PreschoolDay dayRecord(
      StudyGroup group,
      LocalDate day,
      PreschoolDay record,
      Actor actor,
      LocalDateTime now,
      List<Change> changes,
      String reason) {
    Map<String, Object> before = record == null ? null : values(record);
    PreschoolDay d =
        record == null ? new PreschoolDay(group.getId(), day, actor.personId(), now) : record;
    if (reason != null) {
      d.notFilled(reason, actor.personId(), now);
    } else if (record != null) {
      d.filled(actor.personId(), now);
    }
    if (record == null) {
      em.persist(d);
      em.flush();
      changes.add(Change.inserted("preschool_day", d.getId(), values(d)));
    } else {
      changes.add(Change.updated("preschool_day", d.getId(), before, values(d)));
    }
    return d;
  }

  @FunctionalInterface
  private interface SheetStep {
    AttendanceSheet apply(AttendanceSheet sheet);
  }

  /** The one write point of a sheet: the year writable, the version read, the history. */
  private SheetView sheetWrite(
      StudyGroup group, YearMonth month, Integer expectedVersion, SheetStep step) {
    group.getSchoolYear().requireWritable();
    Optional<AttendanceSheet> existing = findSheet(group.getId(), month);
    Integer current = existing.map(AttendanceSheet::getVersion).orElse(null);
    if (StaleWriteException.isStale(expectedVersion, current)) {
      throw StaleWriteException.of(current, "preschool.sheet.stale");
    }
    Map<String, Object> before = existing.map(PreschoolAttendanceService::values).orElse(null);
    AttendanceSheet sheet = step.apply(existing.orElse(null));
    em.flush();
    history.record(
        before == null
            ? Change.inserted("preschool_sheet", sheet.getId(), values(sheet))
            : Change.updated("preschool_sheet", sheet.getId(), before, values(sheet)));
    return sheetView(group, month, sheet);
  }

  private static AttendanceSheet requireSheet(AttendanceSheet sheet) {
    if (sheet == null) {
      throw new BusinessException("preschool.sheet.notSubmitted");
    }
    return sheet;
  }

  /**
   * A submitted sheet holds the month until the deputy decides; an approved one no longer does: its
   * month is locked then, and corrected only as any locked month is (§22.6: an unlock by the DB
   * admin, or a correction act).
   */
  private void requireNoSheetInReview(long groupId, YearMonth month) {
    findSheet(groupId, month)
        .filter(s -> s.getStatus() == SheetStatus.SUBMITTED)
        .ifPresent(
            s -> {
              throw new BusinessException("preschool.sheet.inReview", month.toString());
            });
  }

  // --- views ---------------------------------------------------------------------------------

  private GroupDay dayView(StudyGroup group, LocalDate day, Actor actor) {
    long groupId = group.getId();
    Map<Long, ChildAttendance> entries = entriesOn(groupId, day);
    List<ChildDay> children = new ArrayList<>();
    for (GroupChild child : childrenOn(groupId, day)) {
      ChildAttendance a = entries.get(child.studentId());
      children.add(
          new ChildDay(
              child.studentId(),
              child.name(),
              a == null ? null : a.getStatus(),
              a == null ? null : a.getArrivedAt(),
              a == null ? null : a.getJustification(),
              a == null ? null : a.getJustificationDocument(),
              a == null ? null : a.getVersion()));
    }
    Optional<PreschoolDay> record = findDay(groupId, day);
    boolean working =
        group.getSchoolYear().contains(day) && group.getSchoolYear().calendar().isWorkingDay(day);
    boolean writable =
        working
            && !day.isAfter(clock.today())
            && !group.getSchoolYear().isReadOnly()
            && policy.mayWritePreschool(actor, groupId, day)
            && !locks.isLockedForGroup(groupId, day)
            && findSheet(groupId, YearMonth.from(day))
                .map(s -> s.getStatus() != SheetStatus.SUBMITTED)
                .orElse(true);
    return new GroupDay(
        groupId,
        group.getName(),
        day,
        working,
        record.map(PreschoolDay::getState).orElse(null),
        record.map(PreschoolDay::getReason).orElse(null),
        record.map(PreschoolDay::getFirstFilledAt).orElse(null),
        record.map(d -> d.getFirstFilledAt().isAfter(day.atTime(DEADLINE))).orElse(isOverdue(day)),
        writable,
        record.map(PreschoolDay::getVersion).orElse(null),
        children);
  }

  private SheetView sheetView(StudyGroup group, YearMonth month, AttendanceSheet sheet) {
    long groupId = group.getId();
    List<LocalDate> days = workingDays(group, month);
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    Set<LocalDate> filled = new HashSet<>();
    em.createNamedQuery(PreschoolDay.OF_RANGE, PreschoolDay.class)
        .setParameter("groupId", groupId)
        .setParameter("from", first)
        .setParameter("to", last)
        .getResultList()
        .forEach(d -> filled.add(d.getDay()));
    Map<Long, Map<LocalDate, ChildAttendance>> byChild = new HashMap<>();
    em.createNamedQuery(ChildAttendance.OF_RANGE, ChildAttendance.class)
        .setParameter("groupId", groupId)
        .setParameter("from", first)
        .setParameter("to", last)
        .getResultList()
        .forEach(
            a ->
                byChild.computeIfAbsent(a.getStudentId(), k -> new TreeMap<>()).put(a.getDay(), a));
    List<SheetRow> rows = new ArrayList<>();
    for (GroupChild child : children(groupId, first, last)) {
      Map<LocalDate, ChildAttendance> own = byChild.getOrDefault(child.studentId(), Map.of());
      List<String> marks = new ArrayList<>();
      int present = 0;
      int late = 0;
      int absent = 0;
      int justified = 0;
      for (LocalDate day : days) {
        ChildAttendance a = own.get(day);
        if (a == null) {
          marks.add("–");
          continue;
        }
        marks.add(a.getStatus().notation());
        switch (a.getStatus()) {
          case PRESENT -> present++;
          case LATE -> late++;
          case ABSENT -> {
            absent++;
            if (a.getJustification() != null) {
              justified++;
            }
          }
        }
      }
      rows.add(
          new SheetRow(child.studentId(), child.name(), marks, present, late, absent, justified));
    }
    LocalDate today = clock.today();
    List<LocalDate> openDays =
        days.stream().filter(d -> !filled.contains(d) && !d.isAfter(today)).toList();
    Map<Long, String> names = new HashMap<>();
    if (sheet != null) {
      Set<Long> people = new HashSet<>();
      people.add(sheet.getSubmittedBy());
      if (sheet.getReviewedBy() != null) {
        people.add(sheet.getReviewedBy());
      }
      em.createQuery(
              "SELECT NEW lt.dienynas.preschool.PersonName(p.id, p.firstName, p.lastName)"
                  + " FROM Person p WHERE p.id IN :ids",
              PersonName.class)
          .setParameter("ids", List.copyOf(people))
          .getResultList()
          .forEach(r -> names.put(r.id(), r.fullName()));
    }
    return new SheetView(
        groupId,
        group.getName(),
        month,
        days,
        rows,
        openDays,
        days.isEmpty() ? last : days.get(days.size() - 1),
        sheet == null ? SheetStatus.NOT_SUBMITTED : sheet.getStatus(),
        sheet == null ? null : sheet.getSha256(),
        sheet == null ? null : names.get(sheet.getSubmittedBy()),
        sheet == null ? null : sheet.getSubmittedAt(),
        sheet == null || sheet.getReviewedBy() == null ? null : names.get(sheet.getReviewedBy()),
        sheet == null ? null : sheet.getReviewedAt(),
        sheet == null ? null : sheet.getReviewComment(),
        days.isEmpty() ? false : locks.isLockedForGroup(groupId, days.get(0)),
        sheet == null ? null : sheet.getVersion());
  }

  // --- helpers -------------------------------------------------------------------------------

  private StudyGroup group(long groupId) {
    StudyGroup group = em.find(StudyGroup.class, groupId);
    if (group == null || group.getKind() != GroupKind.PRESCHOOL) {
      throw policy.refuse("PRESCHOOL", "group", groupId);
    }
    return group;
  }

  private void requireWorkingDay(StudyGroup group, LocalDate day) {
    if (!group.getSchoolYear().contains(day)
        || !group.getSchoolYear().calendar().isWorkingDay(day)) {
      throw new BusinessException("preschool.notWorkingDay", day);
    }
  }

  private boolean isOverdue(LocalDate day) {
    LocalDateTime now = clock.now();
    return now.isAfter(day.atTime(DEADLINE));
  }

  /** The working days of the month within the group's school year. */
  private static List<LocalDate> workingDays(StudyGroup group, YearMonth month) {
    WorkingDayCalendar calendar = group.getSchoolYear().calendar();
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
      if (group.getSchoolYear().contains(d) && calendar.isWorkingDay(d)) {
        days.add(d);
      }
    }
    return days;
  }

  private static LocalDate lastWorkingDay(StudyGroup group, YearMonth month) {
    List<LocalDate> days = workingDays(group, month);
    if (days.isEmpty()) {
      throw new BusinessException("preschool.sheet.noWorkingDays", month.toString());
    }
    return days.get(days.size() - 1);
  }

  /** The working days from..to without a day record, in months not locked. */
  private List<LocalDate> open(StudyGroup group, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return List.of();
    }
    Set<LocalDate> filled = new HashSet<>();
    em.createNamedQuery(PreschoolDay.OF_RANGE, PreschoolDay.class)
        .setParameter("groupId", group.getId())
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .forEach(d -> filled.add(d.getDay()));
    WorkingDayCalendar calendar = group.getSchoolYear().calendar();
    Map<YearMonth, Boolean> locked = new HashMap<>();
    List<LocalDate> open = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      LocalDate day = d;
      if (calendar.isWorkingDay(day)
          && !filled.contains(day)
          && !locked.computeIfAbsent(
              YearMonth.from(day), m -> locks.isLockedForGroup(group.getId(), day))) {
        open.add(day);
      }
    }
    return open;
  }

  private List<GroupChild> childrenOn(long groupId, LocalDate day) {
    return children(groupId, day, day);
  }

  /** The children on the group's list at any time from..to, by name. */
  private List<GroupChild> children(long groupId, LocalDate from, LocalDate to) {
    List<GroupChild> rows =
        em.createQuery(
                "SELECT NEW lt.dienynas.preschool.GroupChild(p.id, p.firstName, p.lastName,"
                    + " m.validity.from, m.validity.to) FROM GroupMember m JOIN m.student p"
                    + " WHERE m.group.id = :g AND m.validity.from <= :to"
                    + " AND (m.validity.to IS NULL OR m.validity.to >= :from)"
                    + " ORDER BY p.lastName, p.firstName, p.id",
                GroupChild.class)
            .setParameter("g", groupId)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    Map<Long, GroupChild> distinct = new LinkedHashMap<>();
    rows.forEach(r -> distinct.putIfAbsent(r.studentId(), r));
    return List.copyOf(distinct.values());
  }

  private Map<Long, ChildAttendance> entriesOn(long groupId, LocalDate day) {
    Map<Long, ChildAttendance> entries = new HashMap<>();
    em.createNamedQuery(ChildAttendance.OF_DAY, ChildAttendance.class)
        .setParameter("groupId", groupId)
        .setParameter("day", day)
        .getResultList()
        .forEach(a -> entries.put(a.getStudentId(), a));
    return entries;
  }

  /** The teachers assigned to each group on the day, "First Last, First Last". */
  private Map<Long, String> teachersOn(List<Long> groupIds, LocalDate day) {
    Map<Long, String> names = new HashMap<>();
    for (PersonName r :
        em.createQuery(
                "SELECT NEW lt.dienynas.preschool.PersonName(a.group.id, t.firstName, t.lastName)"
                    + " FROM TeachingAssignment a JOIN a.teacher t WHERE a.group.id IN :ids"
                    + " AND a.validity.from <= :day AND (a.validity.to IS NULL OR a.validity.to >= :day)"
                    + " ORDER BY t.lastName",
                PersonName.class)
            .setParameter("ids", groupIds)
            .setParameter("day", day)
            .getResultList()) {
      names.merge(r.id(), r.fullName(), (a, b) -> a.contains(b) ? a : a + ", " + b);
    }
    return names;
  }

  private String personName(long personId) {
    return em.createQuery(
            "SELECT CONCAT(p.firstName, ' ', p.lastName) FROM Person p WHERE p.id = :id",
            String.class)
        .setParameter("id", personId)
        .getSingleResult();
  }

  private Optional<PreschoolDay> findDay(long groupId, LocalDate day) {
    return em.createNamedQuery(PreschoolDay.FIND, PreschoolDay.class)
        .setParameter("groupId", groupId)
        .setParameter("day", day)
        .getResultStream()
        .findFirst();
  }

  private Optional<AttendanceSheet> findSheet(long groupId, YearMonth month) {
    return em.createNamedQuery(AttendanceSheet.FIND, AttendanceSheet.class)
        .setParameter("groupId", groupId)
        .setParameter("month", month.toString())
        .getResultStream()
        .findFirst();
  }

  private static Map<String, Object> values(ChildAttendance a) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("group", a.getGroupId());
    values.put("student", a.getStudentId());
    values.put("day", a.getDay().toString());
    values.put("status", a.getStatus());
    values.put("arrivedAt", a.getArrivedAt() == null ? null : a.getArrivedAt().toString());
    values.put("justification", a.getJustification());
    values.put("document", a.getJustificationDocument());
    return values;
  }

  private static Map<String, Object> values(PreschoolDay d) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("group", d.getGroupId());
    values.put("day", d.getDay().toString());
    values.put("state", d.getState());
    values.put("reason", d.getReason());
    return values;
  }

  private static Map<String, Object> values(AttendanceSheet s) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("group", s.getGroupId());
    values.put("month", s.getMonth().toString());
    values.put("status", s.getStatus());
    values.put("sha256", s.getSha256());
    values.put("comment", s.getReviewComment());
    return values;
  }
}
