package lt.dienynas.messaging;

import java.io.Serial;
import java.io.Serializable;

/**
 * A class a person may announce to; {@code events}: also parent meetings, open days and class
 * events (its class teacher, the school's management), not only timetable changes and learning
 * days.
 */
public record ClassChoice(long id, String name, boolean events) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
