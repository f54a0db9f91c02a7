package lt.dienynas.classwork;

import java.io.Serial;
import java.io.Serializable;

/**
 * A class the calling class teacher leads, in a school year not closed.
 *
 * @param grade the grade (null for a pre-school group)
 */
public record LedClass(long id, String name, Integer grade) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** Whether its students do social-civic activity (grades 5–8, §21.12). */
  public boolean socialCivic() {
    return grade != null
        && grade >= SocialCivicService.FIRST_GRADE
        && grade <= SocialCivicService.LAST_GRADE;
  }
}
