package lt.dienynas.journal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.shared.TransactionMemo;

/**
 * The history of the journal's writes (§19.7), in one place for the journal services: each of their
 * single write points asks {@link JournalWrites} (access, year, month lock) before a change and
 * calls {@link #record} after it, so the grid, the API, a bulk operation and a back-dated entry all
 * meet the same guard and leave the same trail. A mark and an attendance row are recorded under
 * their journal cell ({@link #cellId}), so a cell's history survives a delete and re-create.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@HistorySource(HistorySource.REQUEST)
public class JournalChanges {
  public static final String LESSON = "lesson";
  public static final String MARK = "mark";
  public static final String ATTENDANCE = "attendance";
  public static final String STUDENT_NOTE = "student_note";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @Resource private TransactionSynchronizationRegistry transaction;

  private static final TransactionMemo.Key DEFERRED =
      new TransactionMemo.Key("JOURNAL_HISTORY_DEFERRED");

  /**
   * Records a change; its source is the request's (the page or API call, whatever service calls in)
   * and its act the correction act being applied, if any ({@link
   * lt.dienynas.history.ChangeContext}).
   */
  public void record(
      String type, Object id, HistoryAction action, Map<String, ?> before, Map<String, ?> after) {
    recordAll(List.of(new Edit(type, id, action, before, after)));
  }

  /**
   * Records several changes of one operation, in their order, as {@link #record} does one; held
   * back while the transaction {@linkplain #defer defers} its history.
   */
  public void recordAll(List<Edit> edits) {
    List<Change> changes = new ArrayList<>(edits.size());
    for (Edit e : edits) {
      changes.add(new Change(e.type(), e.id(), e.action(), e.before(), e.after()));
    }
    Deferred deferred = (Deferred) TransactionMemo.peek(transaction, DEFERRED);
    if (deferred != null && deferred.open) {
      deferred.changes.addAll(changes);
    } else {
      history.recordAll(changes);
    }
  }

  /**
   * Holds this transaction's journal history back until {@link #writeDeferred()}: an operation of
   * many writes (a lesson saved from the grid) appends its history in one go at its end, so the
   * history chain's head, which every writer in the school locks until its commit, is taken for the
   * last moment of the transaction only. The operation must call {@link #writeDeferred()} before it
   * returns; if it fails, the transaction and its changes roll back together.
   */
  public void defer() {
    TransactionMemo.put(transaction, DEFERRED, new Deferred());
  }

  /** Appends the history held back since {@link #defer()}; later changes are recorded at once. */
  public void writeDeferred() {
    Deferred deferred = (Deferred) TransactionMemo.peek(transaction, DEFERRED);
    if (deferred == null || !deferred.open) {
      return;
    }
    deferred.open = false;
    history.recordAll(deferred.changes);
  }

  /** The history a transaction holds back, in order. */
  private static final class Deferred {
    private final List<Change> changes = new ArrayList<>();
    private boolean open = true;
  }

  /** One change of a journal record, before the request's source and act are known. */
  public record Edit(
      String type, Object id, HistoryAction action, Map<String, ?> before, Map<String, ?> after) {}

  /**
   * The history of a journal cell: its marks and attendance, oldest first; for whoever may read the
   * lesson's journal.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<HistoryEntry> ofCell(long lessonId, long studentId) {
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw policy.refuse("JOURNAL_READ", "lesson", lessonId);
    }
    policy.requireGroupJournalRead(lesson.getGroup().getId());
    List<HistoryEntry> entries =
        new java.util.ArrayList<>(history.of(MARK, cellId(lessonId, studentId)));
    entries.addAll(history.of(ATTENDANCE, cellId(lessonId, studentId)));
    entries.sort(java.util.Comparator.comparing(HistoryEntry::getId));
    return entries;
  }

  /** The history id of a student's cell in a lesson. */
  public static String cellId(long lessonId, long studentId) {
    return lessonId + "/" + studentId;
  }

  static Map<String, Object> of(Mark mark) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("lesson", mark.getLesson().getId());
    values.put("date", mark.getLesson().getLessonDate());
    values.put("student", mark.getStudent().getId());
    values.put("mark", mark.value().notation());
    values.put("kind", mark.getKind());
    values.put("institution", mark.getInstitution().orElse(null));
    return values;
  }

  static Map<String, Object> of(Attendance attendance) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("lesson", attendance.getLesson().getId());
    values.put("date", attendance.getLesson().getLessonDate());
    values.put("student", attendance.getStudent().getId());
    values.put("status", attendance.getStatus());
    values.put("justification", attendance.getJustification().orElse(null));
    values.put("note", attendance.getNote().map(JustificationNote::getId).orElse(null));
    return values;
  }

  static Map<String, Object> of(Lesson lesson) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("group", lesson.getGroup().getId());
    values.put("subject", lesson.getSubject().getId());
    values.put("teacher", lesson.getTeacher().getId());
    values.put("substitute", lesson.getSubstitute().map(s -> s.getId()).orElse(null));
    values.put("date", lesson.getLessonDate());
    values.put("number", lesson.getLessonNumber());
    values.put("topic", lesson.getTopic().orElse(null));
    values.put("homework", lesson.getHomework().orElse(null));
    values.put("homeworkDue", lesson.getHomeworkDue().orElse(null));
    values.put("notes", lesson.getNotes().orElse(null));
    values.put("notHeld", lesson.getNotHeldReason().orElse(null));
    values.put("distance", lesson.isDistance());
    return values;
  }

  static Map<String, Object> of(StudentNote note, long studentId, Long lessonId) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("student", studentId);
    values.put("lesson", lessonId);
    values.put("kind", note.getKind());
    values.put("date", note.getNoteDate());
    values.put("text", note.getText());
    return values;
  }
}
