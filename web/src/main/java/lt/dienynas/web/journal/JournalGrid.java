package lt.dienynas.web.journal;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.journal.CellEntry;
import lt.dienynas.journal.JournalCell;
import lt.dienynas.journal.JournalConflict;
import lt.dienynas.journal.JournalLesson;
import lt.dienynas.journal.JournalMonth;
import lt.dienynas.journal.JournalService;
import lt.dienynas.journal.JournalStudent;
import lt.dienynas.journal.LessonRecord;
import lt.dienynas.journal.LessonService;
import lt.dienynas.journal.LoadedLesson;
import lt.dienynas.journal.NotHeldReason;
import lt.dienynas.journal.StaleLessonException;
import lt.dienynas.journal.StudentNoteKind;
import lt.dienynas.journal.StudentNoteService;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.BusinessExceptionHandler;
import lt.dienynas.web.faces.Notices;
import lt.dienynas.web.faces.OneTransaction;

/**
 * The journal grid (group × month): students down, lessons across. One lesson at a time is open:
 * its cells take input (Enter goes to the next student), its side panel holds the topic and
 * homework, and one action saves it all through {@link JournalService#saveLesson}: only what the
 * teacher changed since the lesson was loaded, against what was loaded, so that what someone else
 * wrote meanwhile stays (and a clash is named, never overwritten). The outcome of a save — saved,
 * or every bad cell with its student and why — is shown next to the save button, and the bad cells
 * are marked; a locked month shows read-only.
 */
@Named
@ViewScoped
public class JournalGrid implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private JournalService journal;
  @Inject private LessonService lessons;
  @Inject private StudentNoteService studentNotes;
  @Inject private MonthLockService monthLocks;
  @Inject private SchoolClock clock;

  private Long group;
  private Long subject;
  private YearMonth month;
  private Long lesson;

  private JournalMonth view;
  private JournalLesson active;
  private List<GridRow> rows;
  private List<GridColumn> columns;
  private boolean locked;
  private boolean mayGenerate;

  private final Map<Long, String> cells = new HashMap<>();
  private LoadedLesson loaded;
  private AssessmentKind loadedKind;
  private String loadedInstitution;

  /** The outcome of the last save in this view: saved, or what stopped it. */
  private boolean saved;

  private final List<String> problems = new ArrayList<>();
  private final Map<Long, Boolean> invalid = new HashMap<>();
  private String topic;
  private String homework;
  private LocalDate homeworkDue;
  private String notes;
  private NotHeldReason notHeldReason;
  private boolean distance;
  private AssessmentKind kind = AssessmentKind.CLASSWORK;
  private String institution;

  private LocalDate newLessonDate;
  private int newLessonNumber = 1;

  private Long noteStudent;
  private StudentNoteKind noteKind = StudentNoteKind.PRAISE;
  private String noteText;
  private String noteOutcome;
  private boolean noteFailed;

  /** The view action: the month asked for (this month without one), the lesson asked for. */
  @Inject private OneTransaction oneTransaction;

  // one transaction for the page's reads (issue 19)
  public void load() {
    oneTransaction.run(this::read);
  }

  private void read() {
    if (group == null) {
      return; // a bad or missing address: the page says so
    }
    if (month == null) {
      month = YearMonth.from(clock.today());
    }
    mayGenerate = lessons.mayGenerate(group);
    reload();
  }

  private void reload() {
    view = journal.month(group, subject, month);
    locked = monthLocks.isLockedForGroup(group, month.atDay(1));
    rows = null;
    columns = null;
    invalid.clear();
    active =
        view.lessons().stream()
            .filter(l -> lesson != null && l.id() == lesson)
            .findFirst()
            .orElse(null);
    cells.clear();
    if (active == null) {
      return;
    }
    for (JournalStudent student : view.students()) {
      if (student.isMemberOn(active.date())) {
        cells.put(student.id(), view.cell(active.id(), student.id()).notation());
      }
    }
    topic = active.topic();
    homework = active.homework();
    homeworkDue = active.homeworkDue();
    notes = active.notes();
    notHeldReason = active.notHeldReason();
    distance = active.distance();
    kind =
        view.students().stream()
            .map(s -> view.cell(active.id(), s.id()))
            .filter(c -> c.mark() != null)
            .map(JournalCell::kind)
            .findFirst()
            .orElse(AssessmentKind.CLASSWORK);
    institution =
        view.students().stream()
            .map(s -> view.cell(active.id(), s.id()).institution())
            .filter(i -> i != null)
            .findFirst()
            .orElse(null);
    loaded = new LoadedLesson(active.record(), cells);
    loadedKind = kind;
    loadedInstitution = institution;
  }

  /**
   * Saves the open lesson, in one action: its record and the cells the teacher changed since the
   * lesson was loaded. Every changed cell is read first, and all the bad ones are reported at once
   * (nothing is saved then); what the service refuses, or what someone else changed meanwhile, is
   * reported the same way, and the typed values stay for the next try.
   */
  public void save() {
    saved = false;
    problems.clear();
    invalid.clear();
    if (!isEditable()) {
      problems.add(text("journal.readOnly"));
      return;
    }
    Map<Long, String> names = new HashMap<>();
    for (JournalStudent s : getLessonStudents()) {
      names.put(s.id(), s.fullName());
    }
    boolean kindChanged = kind != loadedKind || !Objects.equals(institution, loadedInstitution);
    Map<Long, String> changed = new LinkedHashMap<>();
    for (JournalStudent s : getLessonStudents()) {
      String typed = cells.get(s.id()) == null ? "" : cells.get(s.id()).strip();
      if (kindChanged || !typed.equals(loaded.cell(s.id()))) {
        changed.put(s.id(), typed);
      }
    }
    // the service reads every cell too and refuses the first bad one; read here, all of them are
    // named at once
    for (Map.Entry<Long, String> cell : changed.entrySet()) {
      String name = names.get(cell.getKey());
      try {
        CellEntry entry = CellEntry.parse(cell.getValue(), name);
        if (entry.mark() != null
            && !view.scales().isEmpty()
            && !view.scales().contains(entry.mark().scale())) {
          invalid.put(cell.getKey(), true);
          problems.add(text("journal.cellScale", name, cell.getValue()));
        }
      } catch (BusinessException e) {
        invalid.put(cell.getKey(), true);
        problems.add(text("journal.cellError", name, cell.getValue()));
      }
    }
    if (!problems.isEmpty()) {
      problems.add(0, text("journal.cellErrors", problems.size()));
      problems.add(text("journal.cellRule"));
      return;
    }
    LessonRecord record =
        new LessonRecord(topic, homework, homeworkDue, notes, notHeldReason, distance);
    try {
      journal.saveLesson(active.id(), loaded, record, kind, institution, changed);
    } catch (StaleLessonException e) {
      staleProblems(e.conflicts());
      return;
    } catch (AccessDeniedException e) {
      throw e;
    } catch (BusinessException e) {
      problems.add(e.localizedMessage(locale()));
      return;
    } catch (EJBException e) {
      if (!BusinessExceptionHandler.concurrentWrite(e)) {
        throw e;
      }
      problems.add(text("journal.concurrent"));
      return;
    }
    reload();
    saved = true;
  }

  /**
   * What someone else changed meanwhile, each with who and what it holds now; the next save counts
   * those values as seen, so saving again writes the teacher's values over them.
   */
  private void staleProblems(List<JournalConflict> conflicts) {
    problems.add(text("journal.stale", conflicts.size()));
    Map<Long, String> seen = new HashMap<>(loaded.cells());
    LessonRecord was = loaded.record();
    for (JournalConflict c : conflicts) {
      String who = c.changedBy() == null ? text("journal.someone") : c.changedBy();
      String what = c.isCell() ? c.studentName() : text("journal." + c.field());
      problems.add(text("journal.staleItem", what, who, shown(c.current())));
      if (c.isCell()) {
        seen.put(c.studentId(), (String) c.current());
        invalid.put(c.studentId(), true);
      } else {
        was = withField(was, c.field(), c.current());
      }
    }
    problems.add(text("journal.staleAgain"));
    loaded = new LoadedLesson(was, seen);
  }

  /** A value as the page shows it: empty as a dash, a reason or yes/no in words. */
  private String shown(Object value) {
    if (value == null || "".equals(value)) {
      return "—";
    }
    if (value instanceof NotHeldReason reason) {
      return text("notHeld." + reason.name());
    }
    if (value instanceof Boolean yes) {
      return text(yes ? "journal.yes" : "journal.no");
    }
    return value.toString();
  }

  /** The record with one field as it is now. */
  private static LessonRecord withField(LessonRecord r, String field, Object now) {
    return switch (field) {
      case "topic" ->
          new LessonRecord(
              (String) now,
              r.homework(),
              r.homeworkDue(),
              r.notes(),
              r.notHeldReason(),
              r.distance());
      case "homework" ->
          new LessonRecord(
              r.topic(), (String) now, r.homeworkDue(), r.notes(), r.notHeldReason(), r.distance());
      case "homeworkDue" ->
          new LessonRecord(
              r.topic(), r.homework(), (LocalDate) now, r.notes(), r.notHeldReason(), r.distance());
      case "notes" ->
          new LessonRecord(
              r.topic(),
              r.homework(),
              r.homeworkDue(),
              (String) now,
              r.notHeldReason(),
              r.distance());
      case "notHeld" ->
          new LessonRecord(
              r.topic(),
              r.homework(),
              r.homeworkDue(),
              r.notes(),
              (NotHeldReason) now,
              r.distance());
      case "distance" ->
          new LessonRecord(
              r.topic(),
              r.homework(),
              r.homeworkDue(),
              r.notes(),
              r.notHeldReason(),
              Boolean.TRUE.equals(now));
      default -> r;
    };
  }

  private Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "text");
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
  }

  /** Creates this month's lessons from the timetable (school days only). */
  public void generate() {
    int created = lessons.generate(group, month.atDay(1), month.atEndOfMonth());
    reload();
    if (created == 0) {
      // say why: a "0" alone leaves the teacher guessing
      Notices.info(lessons.noLessonsReason(group, month.atDay(1), month.atEndOfMonth()));
    } else {
      Notices.info("journal.generated", created);
    }
  }

  /**
   * Adds a lesson by hand (one not in the timetable) and opens it.
   *
   * @return the grid with the new lesson open
   */
  public String addLesson() {
    if (newLessonDate == null) {
      throw new BusinessException("journal.datesRequired");
    }
    long id = lessons.add(group, newLessonDate, newLessonNumber, subject);
    return "/journal/grid?faces-redirect=true&group="
        + group
        + (subject == null ? "" : "&subject=" + subject)
        + "&month="
        + YearMonth.from(newLessonDate)
        + "&lesson="
        + id;
  }

  /** Praise, a remark or a comment for a student, given in the open lesson. */
  public void addNote() {
    noteOutcome = null;
    try {
      studentNotes.add(noteStudent, noteKind, noteText, active.date(), active.id());
    } catch (AccessDeniedException e) {
      throw e;
    } catch (BusinessException e) {
      noteOutcome = e.localizedMessage(locale());
      noteFailed = true;
      return;
    }
    noteText = null;
    noteFailed = false;
    noteOutcome = text("journal.noteAdded");
  }

  /** What the last note's adding answered, shown next to its button. */
  public String getNoteOutcome() {
    return noteOutcome;
  }

  public boolean isNoteFailed() {
    return noteFailed;
  }

  public boolean isOpen(JournalLesson column) {
    return active != null && active.id() == column.id();
  }

  /** The open lesson takes input: the person may write it and its month is not locked. */
  public boolean isEditable() {
    return active != null && active.writable() && !locked;
  }

  /** The month is locked (§18.7): the grid is read-only, changes go through a correction act. */
  public boolean isLocked() {
    return locked;
  }

  /** "Create the month's lessons" is offered to whoever may, in a month that is not locked. */
  public boolean isGenerateOffered() {
    return mayGenerate && !locked;
  }

  /** Whether the last save in this view saved (the confirmation next to the save button). */
  public boolean isSaved() {
    return saved;
  }

  /** What stopped the last save: a heading, then every bad cell or clash, then the rule. */
  public List<String> getProblems() {
    return problems;
  }

  /** The students whose cell stopped the last save, for the cells' marking. */
  public Map<Long, Boolean> getInvalid() {
    return invalid;
  }

  /** The address named no journal (a missing or malformed group, lesson or subject). */
  public boolean isBadAddress() {
    return view == null;
  }

  /** The lesson columns' headers, built once per load (see {@link #getRows}). */
  public List<GridColumn> getColumns() {
    if (columns == null) {
      LocalDate today = clock.today();
      List<GridColumn> built = new ArrayList<>(view.lessons().size());
      for (JournalLesson l : view.lessons()) {
        boolean isToday = l.date().equals(today);
        String title =
            (l.topic() == null || l.topic().isBlank()
                    ? l.subjectName()
                    : l.subjectName() + ": " + l.topic())
                + (l.isHeld() ? "" : " – " + text("notHeld." + l.notHeldReason().name()))
                + (l.distance() ? " – " + text("journal.distance") : "")
                + (l.isIntegrated()
                    ? " – " + text("journal.integratedWith") + ": " + l.integratedWith()
                    : "");
        built.add(
            new GridColumn(
                l.id(),
                l.date().getDayOfMonth(),
                l.date().getDayOfWeek().getValue(),
                l.number(),
                "dn-grid-lesson"
                    + (isOpen(l) ? " dn-open" : "")
                    + (l.isHeld() ? "" : " dn-not-held")
                    + (l.distance() ? " dn-distance" : "")
                    + (l.isIntegrated() ? " dn-integrated" : "")
                    + (isToday ? " dn-today" : ""),
                title,
                isToday));
      }
      columns = built;
    }
    return columns;
  }

  public String monthTitle(Locale locale) {
    return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
  }

  public String getPreviousMonth() {
    return month.minusMonths(1).toString();
  }

  public String getNextMonth() {
    return month.plusMonths(1).toString();
  }

  /** The students who may get entries in the open lesson, for the note form. */
  public List<JournalStudent> getLessonStudents() {
    return active == null
        ? List.of()
        : view.students().stream().filter(s -> s.isMemberOn(active.date())).toList();
  }

  public NotHeldReason[] getNotHeldReasons() {
    return NotHeldReason.values();
  }

  public AssessmentKind[] getKinds() {
    return AssessmentKind.values();
  }

  public StudentNoteKind[] getNoteKinds() {
    return StudentNoteKind.values();
  }

  public JournalMonth getView() {
    return view;
  }

  /**
   * The grid's rows, built once per view: the page reads only their properties, because every
   * method call in an EL expression looks the method up again (EL does not cache it), and the grid
   * has hundreds of cells.
   */
  public List<GridRow> getRows() {
    if (rows == null) {
      List<GridRow> built = new ArrayList<>(view.students().size());
      for (JournalStudent s : view.students()) {
        List<GridRow.Cell> rowCells = new ArrayList<>(view.lessons().size());
        for (JournalLesson l : view.lessons()) {
          boolean open = isOpen(l);
          JournalCell cell = view.cell(l.id(), s.id());
          boolean input = open && isEditable() && s.isMemberOn(l.date());
          rowCells.add(
              new GridRow.Cell(
                  (open ? "dn-open" : "") + " " + (cell.isJustified() ? "dn-justified" : ""),
                  input,
                  input ? null : cell.notation()));
        }
        built.add(new GridRow(s.id(), s.listName(), s.fullName(), rowCells));
      }
      rows = built;
    }
    return rows;
  }

  public JournalLesson getActive() {
    return active;
  }

  public Map<Long, String> getCells() {
    return cells;
  }

  public Long getGroup() {
    return group;
  }

  public void setGroup(Long group) {
    this.group = group;
  }

  public Long getSubject() {
    return subject;
  }

  public void setSubject(Long subject) {
    this.subject = subject;
  }

  public YearMonth getMonth() {
    return month;
  }

  public void setMonth(YearMonth month) {
    this.month = month;
  }

  public Long getLesson() {
    return lesson;
  }

  public void setLesson(Long lesson) {
    this.lesson = lesson;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getHomework() {
    return homework;
  }

  public void setHomework(String homework) {
    this.homework = homework;
  }

  public LocalDate getHomeworkDue() {
    return homeworkDue;
  }

  public void setHomeworkDue(LocalDate homeworkDue) {
    this.homeworkDue = homeworkDue;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public NotHeldReason getNotHeldReason() {
    return notHeldReason;
  }

  public void setNotHeldReason(NotHeldReason notHeldReason) {
    this.notHeldReason = notHeldReason;
  }

  public boolean isDistance() {
    return distance;
  }

  public void setDistance(boolean distance) {
    this.distance = distance;
  }

  public AssessmentKind getKind() {
    return kind;
  }

  public void setKind(AssessmentKind kind) {
    this.kind = kind;
  }

  public String getInstitution() {
    return institution;
  }

  public void setInstitution(String institution) {
    this.institution = institution;
  }

  public LocalDate getNewLessonDate() {
    return newLessonDate;
  }

  public void setNewLessonDate(LocalDate newLessonDate) {
    this.newLessonDate = newLessonDate;
  }

  public int getNewLessonNumber() {
    return newLessonNumber;
  }

  public void setNewLessonNumber(int newLessonNumber) {
    this.newLessonNumber = newLessonNumber;
  }

  public Long getNoteStudent() {
    return noteStudent;
  }

  public void setNoteStudent(Long noteStudent) {
    this.noteStudent = noteStudent;
  }

  public StudentNoteKind getNoteKind() {
    return noteKind;
  }

  public void setNoteKind(StudentNoteKind noteKind) {
    this.noteKind = noteKind;
  }

  public String getNoteText() {
    return noteText;
  }

  public void setNoteText(String noteText) {
    this.noteText = noteText;
  }
}
