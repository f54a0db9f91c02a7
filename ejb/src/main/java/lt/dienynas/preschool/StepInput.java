package lt.dienynas.preschool;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import lt.dienynas.shared.PlainText;

/** The step a child reached in a competency, and the teacher's comment (optional). */
public record StepInput(
    @Min(value = AchievementStep.FIRST_STEP, message = "preschool.step.range")
        @Max(value = AchievementStep.LAST_STEP, message = "preschool.step.range")
        int step,
    @Size(max = AchievementStep.COMMENT_LENGTH, message = "preschool.step.commentLength") @PlainText
        String comment)
    implements Serializable {}
