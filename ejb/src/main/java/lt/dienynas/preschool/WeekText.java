package lt.dienynas.preschool;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import lt.dienynas.shared.PlainText;

/** A week's plan or reflection as the teacher writes it. */
public record WeekText(
    @NotBlank(message = "preschool.week.textRequired")
        @Size(max = WeekPlan.TEXT_LENGTH, message = "preschool.week.textLength")
        @PlainText
        String text)
    implements Serializable {}
