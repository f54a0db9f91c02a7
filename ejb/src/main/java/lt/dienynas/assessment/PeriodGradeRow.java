package lt.dienynas.assessment;

import java.io.Serializable;
import java.util.List;

/**
 * One student on the period-grade form: the period's marks in the subject, the marks from other
 * institutions (with the institution), the grade the school's rule suggests and the grade entered.
 *
 * @param suggested the suggested grade's notation, or null when the rule gives none
 * @param grade the entered grade, or null
 * @param version the entered grade's version as read (for a write against it), null when none
 */
public record PeriodGradeRow(
    long studentId,
    String studentName,
    List<String> marks,
    List<String> otherInstitutionMarks,
    String suggested,
    PeriodGradeValue grade,
    boolean locked,
    Integer version)
    implements Serializable {}
