package lt.dienynas.classwork;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import lt.dienynas.shared.PlainText;

/** What the class teacher writes in the log: the day, the kind, the topic and who took part. */
public record ClassLogInput(
    @NotNull(message = "{classwork.log.date}") LocalDate date,
    @NotNull(message = "{classwork.log.kind}") ClassLogKind kind,
    @NotBlank(message = "{classwork.log.topic}")
        @Size(max = ClassLogEntry.TOPIC_LENGTH, message = "{classwork.log.topic}")
        @PlainText
        String topic,
    @NotBlank(message = "{classwork.log.participants}")
        @Size(max = ClassLogEntry.PARTICIPANTS_LENGTH, message = "{classwork.log.participants}")
        @PlainText
        String participants)
    implements Serializable {}
