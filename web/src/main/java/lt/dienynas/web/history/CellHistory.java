package lt.dienynas.web.history;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.journal.JournalChanges;

/** The history of one journal cell (§19.7): a student's mark and attendance in a lesson. */
@Named
@ViewScoped
public class CellHistory implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private JournalChanges changes;

  private Long lesson;
  private Long student;
  private List<HistoryEntry> entries = List.of();

  public void load() {
    entries = changes.ofCell(lesson, student);
  }

  public List<HistoryEntry> getEntries() {
    return entries;
  }

  public Long getLesson() {
    return lesson;
  }

  public void setLesson(Long lesson) {
    this.lesson = lesson;
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
  }
}
