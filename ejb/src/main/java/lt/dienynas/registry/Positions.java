package lt.dienynas.registry;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;

/**
 * Pareigos: the position names of a Pedagogų registras export, mapped to the diary's roles. A
 * person's positions are listed in one field, separated by commas.
 */
public final class Positions {
  private static final Locale LT = Locale.forLanguageTag("lt");
  private static final Map<String, Role> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("direktorius", Role.DIRECTOR);
    NAMES.put("direktoriaus pavaduotojas ugdymui", Role.DEPUTY);
    NAMES.put("duomenų bazių administratorius", Role.DB_ADMIN);
    NAMES.put("it specialistas", Role.IT_SPECIALIST);
    NAMES.put("klasės vadovas", Role.CLASS_TEACHER);
    NAMES.put("mokytojas", Role.TEACHER);
    NAMES.put("dalyko mokytojas", Role.TEACHER);
    NAMES.put("neformaliojo švietimo mokytojas", Role.NON_FORMAL_TEACHER);
    NAMES.put("neformaliojo švietimo organizatorius", Role.NON_FORMAL_ORGANISER);
    NAMES.put("neformaliojo ugdymo organizatorius", Role.NON_FORMAL_ORGANISER);
    NAMES.put("ikimokyklinio ugdymo pedagogas", Role.PRESCHOOL_TEACHER);
    NAMES.put("priešmokyklinio ugdymo pedagogas", Role.PRESCHOOL_TEACHER);
    NAMES.put("vdm auklėtojas", Role.VDM_EDUCATOR);
    NAMES.put("visos dienos mokyklos auklėtojas", Role.VDM_EDUCATOR);
    NAMES.put("socialinis pedagogas", Role.SOCIAL_PEDAGOGUE);
    NAMES.put("psichologas", Role.PSYCHOLOGIST);
    NAMES.put("specialusis pedagogas", Role.SPECIAL_PEDAGOGUE);
    NAMES.put("logopedas", Role.SPEECH_THERAPIST);
    NAMES.put("karjeros specialistas", Role.CAREER_SPECIALIST);
    NAMES.put("visuomenės sveikatos priežiūros specialistas", Role.HEALTH_SPECIALIST);
    NAMES.put("bibliotekininkas", Role.LIBRARIAN);
    NAMES.put("administratorius", Role.ARCHIVIST);
    NAMES.put("archyvaras", Role.ARCHIVIST);
  }

  private Positions() {}

  public static Optional<Role> roleOf(String position) {
    return Optional.ofNullable(NAMES.get(position.strip().replaceAll("\\s+", " ").toLowerCase(LT)));
  }

  /**
   * @throws BusinessException {@code registry.position} for an unknown position, {@code
   *     staff.noRole} when none is given
   */
  public static Set<Role> rolesOf(String positions) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String position : positions.split(",")) {
      if (position.isBlank()) {
        continue;
      }
      roles.add(
          roleOf(position)
              .orElseThrow(() -> new BusinessException("registry.position", position.strip())));
    }
    if (roles.isEmpty()) {
      throw new BusinessException("registry.noPosition");
    }
    return roles;
  }
}
