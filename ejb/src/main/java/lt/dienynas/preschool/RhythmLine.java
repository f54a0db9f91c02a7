package lt.dienynas.preschool;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalTime;
import lt.dienynas.shared.PlainText;

/** One line of the day rhythm as written and shown: from (until) what time, which activity. */
public record RhythmLine(
    @NotNull(message = "preschool.rhythm.timeRequired") LocalTime startsAt,
    LocalTime endsAt,
    @NotBlank(message = "preschool.rhythm.activity")
        @Size(max = DayRhythm.ACTIVITY_LENGTH, message = "preschool.rhythm.activity")
        @PlainText
        String activity)
    implements Serializable {}
