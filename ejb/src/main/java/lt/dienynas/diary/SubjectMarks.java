package lt.dienynas.diary;

import java.io.Serializable;
import java.util.List;

/** One subject's marks of a period with their average and its trend. */
public record SubjectMarks(
    long subjectId, String subjectName, List<DiaryMark> marks, MarkAverage average)
    implements Serializable {
  public SubjectMarks {
    marks = List.copyOf(marks);
  }
}
