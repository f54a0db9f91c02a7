package lt.dienynas.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The school's settings ({@code school_setting}): deadlines and limits the rules read. */
@Stateless
@PermitAll
public class SchoolSettings {
  /** The day of the next month by which a month's diary is locked (§18.7). */
  public static final String MONTH_LOCK_DAY = "month_lock_day";

  /**
   * The hours of social-civic activity a student of grades 5–8 is to do in a school year (§21.12;
   * the school's education plan sets it, the migration V47_1 gives 10).
   */
  public static final String SOCIAL_CIVIC_HOURS_NORM = "social_civic_hours_norm";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  public int intValue(String name, int fallback) {
    List<?> rows =
        em.createNativeQuery("SELECT value FROM school_setting WHERE name = ?1")
            .setParameter(1, name)
            .getResultList();
    return rows.isEmpty() ? fallback : Integer.parseInt(rows.get(0).toString().strip());
  }

  @jakarta.annotation.security.RolesAllowed(lt.dienynas.security.Role.Names.DB_ADMIN)
  public void set(String name, String value) {
    em.createNativeQuery(
            "INSERT INTO school_setting (name, value) VALUES (?1, ?2)"
                + " ON DUPLICATE KEY UPDATE value = VALUES(value)")
        .setParameter(1, name)
        .setParameter(2, value)
        .executeUpdate();
  }
}
