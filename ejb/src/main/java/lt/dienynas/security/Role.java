package lt.dienynas.security;

/**
 * The roles of requirements §1. A role is only the first gate ({@code @RolesAllowed}); what a
 * person may see is narrowed further by their relationship to the thing (this class, this child).
 *
 * <p>The enum names are the role names stored in {@code user_account_role} and checked by the
 * Elytron realm; {@link Names} repeats them as constants for annotations.
 */
public enum Role {
  /** Direktorius. */
  DIRECTOR,
  /** Direktoriaus pavaduotojas ugdymui. */
  DEPUTY,
  /** Duomenų bazių administratorius. */
  DB_ADMIN,
  /** IT specialistas. */
  IT_SPECIALIST,
  /** Klasės vadovas. */
  CLASS_TEACHER,
  /** Dalyko mokytojas. */
  TEACHER,
  /** Neformaliojo švietimo mokytojas. */
  NON_FORMAL_TEACHER,
  /** Neformaliojo švietimo organizatorius (§20): oversees the filling of the non-formal groups. */
  NON_FORMAL_ORGANISER,
  /** Ikimokyklinio / priešmokyklinio ugdymo pedagogas. */
  PRESCHOOL_TEACHER,
  /** Visos dienos mokyklos (VDM) auklėtojas. */
  VDM_EDUCATOR,
  /** Socialinis pedagogas. */
  SOCIAL_PEDAGOGUE,
  /** Psichologas. */
  PSYCHOLOGIST,
  /** Specialusis pedagogas. */
  SPECIAL_PEDAGOGUE,
  /** Logopedas. */
  SPEECH_THERAPIST,
  /** Karjeros specialistas. */
  CAREER_SPECIALIST,
  /** Visuomenės sveikatos priežiūros specialistas. */
  HEALTH_SPECIALIST,
  /** Bibliotekininkas. */
  LIBRARIAN,
  /** Administratorius / archyvaras. */
  ARCHIVIST,
  /** Tėvai / globėjai. */
  GUARDIAN,
  /** Mokinys (grades 5–8 only). */
  STUDENT;

  /** Whether the role belongs to a school employee (who must accept the confidentiality pledge). */
  public boolean isStaff() {
    return this != GUARDIAN && this != STUDENT;
  }

  /** The role names as compile-time constants, for {@code @RolesAllowed}. */
  public static final class Names {
    public static final String DIRECTOR = "DIRECTOR";
    public static final String DEPUTY = "DEPUTY";
    public static final String DB_ADMIN = "DB_ADMIN";
    public static final String IT_SPECIALIST = "IT_SPECIALIST";
    public static final String CLASS_TEACHER = "CLASS_TEACHER";
    public static final String TEACHER = "TEACHER";
    public static final String NON_FORMAL_TEACHER = "NON_FORMAL_TEACHER";
    public static final String NON_FORMAL_ORGANISER = "NON_FORMAL_ORGANISER";
    public static final String PRESCHOOL_TEACHER = "PRESCHOOL_TEACHER";
    public static final String VDM_EDUCATOR = "VDM_EDUCATOR";
    public static final String SOCIAL_PEDAGOGUE = "SOCIAL_PEDAGOGUE";
    public static final String PSYCHOLOGIST = "PSYCHOLOGIST";
    public static final String SPECIAL_PEDAGOGUE = "SPECIAL_PEDAGOGUE";
    public static final String SPEECH_THERAPIST = "SPEECH_THERAPIST";
    public static final String CAREER_SPECIALIST = "CAREER_SPECIALIST";
    public static final String HEALTH_SPECIALIST = "HEALTH_SPECIALIST";
    public static final String LIBRARIAN = "LIBRARIAN";
    public static final String ARCHIVIST = "ARCHIVIST";
    public static final String GUARDIAN = "GUARDIAN";
    public static final String STUDENT = "STUDENT";

    private Names() {}
  }
}
