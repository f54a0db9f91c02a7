package lt.dienynas.people;

import java.util.LinkedHashMap;
import java.util.Map;
import lt.dienynas.history.Change;

/**
 * The history entries of guardians, guardianships and students' own data, the same whoever makes
 * the change ({@link GuardianService} for the portal and the API, the registry import for the
 * registry's lines): only the source differs, and that is the caller's {@link
 * lt.dienynas.history.HistorySource}.
 */
public final class GuardianChanges {

  public static final String GUARDIAN = "guardian";
  public static final String GUARDIANSHIP = "guardianship";
  public static final String STUDENT = "student";

  private GuardianChanges() {}

  /** A new guardian or student, with their data. */
  public static Change created(Person person) {
    return Change.inserted(typeOf(person), person.getId(), snapshot(person));
  }

  /** A person's data changed: before as {@link #snapshot} took it, after as it is now. */
  public static Change updated(Person person, Map<String, Object> before) {
    return Change.updated(typeOf(person), person.getId(), before, snapshot(person));
  }

  /** A guardian linked to a child ({@code linked}) or unlinked from them. */
  public static Change link(Guardian guardian, Student child, boolean linked) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("guardian", guardian.getId());
    values.put("student", child.getId());
    String id = guardian.getId() + "-" + child.getId();
    return linked
        ? Change.inserted(GUARDIANSHIP, id, values)
        : Change.deleted(GUARDIANSHIP, id, values);
  }

  /** The values the history keeps of a person: names, e-mail and (a student's) personal code. */
  public static Map<String, Object> snapshot(Person person) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("firstName", person.getFirstName());
    values.put("lastName", person.getLastName());
    values.put("email", person.getEmail().orElse(null));
    if (person instanceof Student s) {
      values.put("personalCode", s.getPersonalCode().value());
      values.put("birthDate", s.getBirthDate());
    }
    return values;
  }

  private static String typeOf(Person person) {
    return person instanceof Student ? STUDENT : GUARDIAN;
  }
}
