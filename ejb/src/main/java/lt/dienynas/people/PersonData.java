package lt.dienynas.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;

/**
 * A guardian's or student's data as an edit form or the API sends it. The constraint messages are
 * bundle keys: {@link GuardianService} turns the first violation into a {@link
 * lt.dienynas.shared.BusinessException}.
 *
 * @param personalCode a student's personal code; none for a guardian
 */
public record PersonData(
    @NotBlank(message = "person.name")
        @Size(max = 100, message = "person.name")
        @Pattern(regexp = PersonData.NO_CONTROL, message = "person.controlCharacters")
        String firstName,
    @NotBlank(message = "person.name")
        @Size(max = 100, message = "person.name")
        @Pattern(regexp = PersonData.NO_CONTROL, message = "person.controlCharacters")
        String lastName,
    @Size(max = 254, message = "person.email")
        @Pattern(regexp = PersonData.NO_CONTROL, message = "person.controlCharacters")
        String email,
    @Pattern(regexp = "\\d{11}", message = "personalCode.format") String personalCode)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** No control characters (tabs, line breaks, NUL ...) anywhere in the text. */
  static final String NO_CONTROL = "[^\\p{Cntrl}]*";

  public static PersonData guardian(String firstName, String lastName, String email) {
    return new PersonData(firstName, lastName, email, null);
  }
}
