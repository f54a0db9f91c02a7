package lt.dienynas.classwork;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.shared.PlainText;

/**
 * One social-civic activity as the class teacher records it for several students at once: the day,
 * what was done, the hours each of them gets and who confirmed it (an organiser, a teacher).
 */
public record SocialCivicInput(
    @NotNull(message = "{classwork.socialCivic.date}") LocalDate date,
    @NotBlank(message = "{classwork.socialCivic.activity}")
        @Size(max = SocialCivicEntry.ACTIVITY_LENGTH, message = "{classwork.socialCivic.activity}")
        @PlainText
        String activity,
    @NotNull(message = "{classwork.socialCivic.hours}")
        @DecimalMin(value = "0.5", message = "{classwork.socialCivic.hours}")
        @DecimalMax(value = "24", message = "{classwork.socialCivic.hours}")
        @Digits(integer = 2, fraction = 1, message = "{classwork.socialCivic.hours}")
        BigDecimal hours,
    @NotBlank(message = "{classwork.socialCivic.confirmedBy}")
        @Size(
            max = SocialCivicEntry.CONFIRMED_BY_LENGTH,
            message = "{classwork.socialCivic.confirmedBy}")
        @PlainText
        String confirmedBy,
    @NotEmpty(message = "{classwork.socialCivic.students}") List<Long> studentIds)
    implements Serializable {}
