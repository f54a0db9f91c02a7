package lt.dienynas.journal;

/**
 * A further subject of an integrated lesson (§23.8), as the journal's month and the diary's week
 * read it with native SQL ({@code lesson_subject} has no entity): the lesson and the subject's
 * name.
 */
public record IntegratedSubjectRow(long lessonId, String subjectName) {

  /** A row of {@code SELECT ls.lesson_id, s.name ...}. */
  public static IntegratedSubjectRow of(Object row) {
    Object[] r = (Object[]) row;
    return new IntegratedSubjectRow(((Number) r[0]).longValue(), (String) r[1]);
  }
}
