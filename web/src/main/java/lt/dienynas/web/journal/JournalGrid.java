package lt.dienynas.web.journal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.journal.JournalCell;
import lt.dienynas.journal.JournalLesson;
import lt.dienynas.journal.JournalMonth;
import lt.dienynas.journal.JournalService;
import lt.dienynas.journal.JournalStudent;
import lt.dienynas.journal.LessonRecord;
import lt.dienynas.journal.LessonService;
import lt.dienynas.journal.NotHeldReason;
import lt.dienynas.journal.StudentNoteKind;
import lt.dienynas.journal.StudentNoteService;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.web.faces.Notices;

/**
 * The journal grid (group × month): students down, lessons across. One lesson at a time is open:
 * its cells take input (Enter goes to the next student), its side panel holds the topic and
 * homework, and one action saves it all through {@link JournalService#saveLesson}.
 */
@Named
@ViewScoped
public class JournalGrid implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private JournalService journal;
  @Inject private LessonService lessons;
  @Inject private StudentNoteService studentNotes;

  private Long group;
  private Long subject;
  private String month;
  private Long lesson;

  private YearMonth yearMonth;
  private JournalMonth view;
  private JournalLesson active;
  private List<GridRow> rows;

  private final Map<Long, String> cells = new HashMap<>();
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

  /** The view action: the month asked for (this month without one), the lesson asked for. */
  public void load() {
    yearMonth = parseMonth(month);
    month = yearMonth.toString();
    reload();
  }

  private void reload() {
    view = journal.month(group, subject, yearMonth);
    rows = null;
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
  }

  private static YearMonth parseMonth(String text) {
    if (text != null) {
      try {
        return YearMonth.parse(text);
      } catch (DateTimeParseException e) {
        // a hand-edited address falls back to this month
      }
    }
    return YearMonth.now();
  }

  /** Saves the open lesson: its record and every student's cell, in one action. */
  public void save() {
    journal.saveLesson(
        active.id(),
        new LessonRecord(topic, homework, homeworkDue, notes, notHeldReason, distance),
        kind,
        institution,
        new LinkedHashMap<>(cells));
    reload();
    Notices.info("journal.saved");
  }

  /** Creates this month's lessons from the timetable (school days only). */
  public void generate() {
    int created = lessons.generate(group, yearMonth.atDay(1), yearMonth.atEndOfMonth());
    reload();
    if (created == 0) {
      // say why: a "0" alone leaves the teacher guessing
      Notices.info(lessons.noLessonsReason(group, yearMonth.atDay(1), yearMonth.atEndOfMonth()));
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
    studentNotes.add(noteStudent, noteKind, noteText, active.date(), active.id());
    noteText = null;
    Notices.info("journal.noteAdded");
  }

  public boolean isOpen(JournalLesson column) {
    return active != null && active.id() == column.id();
  }

  public boolean isEditable() {
    return active != null && active.writable();
  }

  public String monthTitle(Locale locale) {
    return yearMonth.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
  }

  public String getPreviousMonth() {
    return yearMonth.minusMonths(1).toString();
  }

  public String getNextMonth() {
    return yearMonth.plusMonths(1).toString();
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

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
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
