package lt.dienynas.journal;

import java.io.Serializable;
import java.time.LocalDate;
import lt.dienynas.shared.PlainText;

/**
 * Where a lesson moves (§23.13) and why: the reason is told to the class's students and guardians.
 */
public record LessonMove(LocalDate date, Integer lessonNumber, @PlainText String reason)
    implements Serializable {}
