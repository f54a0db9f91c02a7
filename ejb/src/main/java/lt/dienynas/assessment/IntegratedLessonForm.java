package lt.dienynas.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lt.dienynas.diary.SubjectOption;

/**
 * A lesson's page of further details (§23.8, §23.13): which further subjects it counts for, the
 * subjects to choose from (those taught in its school year), and whether the reader may change it.
 *
 * @param movedFromDate where the lesson first was before it moved; null for one never moved
 * @param version the lesson's version, for a move that must not overwrite a colleague's change
 */
public record IntegratedLessonForm(
    long lessonId,
    long groupId,
    long subjectId,
    LocalDate date,
    int number,
    String groupName,
    String subjectName,
    List<SubjectOption> subjects,
    Set<Long> chosen,
    boolean writable,
    boolean movable,
    LocalDate movedFromDate,
    Integer movedFromNumber,
    String moveReason,
    int version)
    implements Serializable {

  public IntegratedLessonForm {
    subjects = List.copyOf(subjects);
    chosen = Set.copyOf(chosen);
  }
}
