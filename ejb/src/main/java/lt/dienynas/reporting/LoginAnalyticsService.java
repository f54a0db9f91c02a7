package lt.dienynas.reporting;

import static lt.dienynas.security.Role.Names.DB_ADMIN;
import static lt.dienynas.security.Role.Names.DEPUTY;
import static lt.dienynas.security.Role.Names.DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.CsvCell;
import lt.dienynas.shared.Messages;

/**
 * Prisijungimų analizė (§18.10): per class, which students and guardians logged in to the diary
 * over a period, how often and when last, and who never did — from the successful login events. The
 * DB admin analyses it with the deputies; the director sees it too.
 */
@Stateless
@RolesAllowed({DB_ADMIN, DEPUTY, DIRECTOR})
public class LoginAnalyticsService {

  /**
   * One class over the period: its students and their guardians, and how many of them logged in.
   */
  public record ClassLogins(
      long classId,
      String className,
      long students,
      long studentsLoggedIn,
      long guardians,
      long guardiansLoggedIn)
      implements Serializable {}

  /** A student or guardian of the class: their successful logins in the period. */
  public record PersonLogins(
      long personId,
      String fullName,
      boolean guardian,
      String child,
      boolean hasAccount,
      long logins,
      LocalDateTime lastLogin)
      implements Serializable {

    public boolean neverLoggedIn() {
      return logins == 0;
    }
  }

  private static final String LOGGED =
      """
      SELECT person_id, COUNT(*) AS n, MAX(occurred_at) AS last_at FROM login_event
       WHERE success = TRUE AND person_id IS NOT NULL AND occurred_at >= ?2 AND occurred_at < ?3
       GROUP BY person_id
      """;

  private static final String CLASS_MEMBERS =
      """
      SELECT DISTINCT c.id AS class_id, c.name AS class_name, c.level, c.grade, m.student_id
        FROM school_class c
        JOIN study_group g ON g.school_class_id = c.id AND g.kind IN ('CLASS', 'PRESCHOOL')
        JOIN group_member m ON m.group_id = g.id
       WHERE m.valid_from <= ?5 AND (m.valid_to IS NULL OR m.valid_to >= ?4)
      """;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  /** Every class of the school year with its login counts for {@code from}–{@code to}. */
  public List<ClassLogins> byClass(long yearId, LocalDate from, LocalDate to) {
    policy.requireSchoolWideRead("LOGIN_ANALYTICS");
    requirePeriod(from, to);
    List<Object[]> rows =
        em.createNativeQuery(
                "WITH logged AS ("
                    + LOGGED
                    + "), members AS ("
                    + CLASS_MEMBERS
                    + " AND c.school_year_id = ?1)"
                    + """
                     SELECT mb.class_id, mb.class_name,
                            COUNT(DISTINCT mb.student_id),
                            COUNT(DISTINCT CASE WHEN ls.person_id IS NOT NULL THEN mb.student_id END),
                            COUNT(DISTINCT gs.guardian_id),
                            COUNT(DISTINCT CASE WHEN lg.person_id IS NOT NULL THEN gs.guardian_id END)
                       FROM members mb
                       LEFT JOIN logged ls ON ls.person_id = mb.student_id
                       LEFT JOIN guardianship gs ON gs.student_id = mb.student_id
                       LEFT JOIN logged lg ON lg.person_id = gs.guardian_id
                      GROUP BY mb.class_id, mb.class_name, mb.level, mb.grade
                      ORDER BY mb.level DESC, mb.grade, mb.class_name
                    """)
            .setParameter(1, yearId)
            .setParameter(2, Timestamp.valueOf(from.atStartOfDay()))
            .setParameter(3, Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
            .setParameter(4, from)
            .setParameter(5, to)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ClassLogins(
                    number(r[0]),
                    (String) r[1],
                    number(r[2]),
                    number(r[3]),
                    number(r[4]),
                    number(r[5])))
        .toList();
  }

  /** The students of a class and their guardians, each with their logins in the period. */
  public List<PersonLogins> ofClass(long classId, LocalDate from, LocalDate to) {
    policy.requireSchoolWideRead("LOGIN_ANALYTICS");
    requirePeriod(from, to);
    List<Object[]> rows =
        em.createNativeQuery(
                "WITH logged AS ("
                    + LOGGED
                    + "), members AS ("
                    + CLASS_MEMBERS
                    + " AND c.id = ?1)"
                    + """
                     SELECT p.id, p.first_name, p.last_name, 0 AS guardian, NULL AS child,
                            EXISTS (SELECT 1 FROM user_account a WHERE a.person_id = p.id),
                            COALESCE(l.n, 0), l.last_at
                       FROM (SELECT DISTINCT student_id FROM members) mb
                       JOIN person p ON p.id = mb.student_id
                       LEFT JOIN logged l ON l.person_id = p.id
                     UNION ALL
                     SELECT gp.id, gp.first_name, gp.last_name, 1,
                            GROUP_CONCAT(DISTINCT CONCAT(sp.first_name, ' ', sp.last_name)
                                         ORDER BY sp.last_name SEPARATOR ', '),
                            EXISTS (SELECT 1 FROM user_account a WHERE a.person_id = gp.id),
                            COALESCE(MAX(l.n), 0), MAX(l.last_at)
                       FROM (SELECT DISTINCT student_id FROM members) mb
                       JOIN guardianship gs ON gs.student_id = mb.student_id
                       JOIN person gp ON gp.id = gs.guardian_id
                       JOIN person sp ON sp.id = mb.student_id
                       LEFT JOIN logged l ON l.person_id = gp.id
                      GROUP BY gp.id, gp.first_name, gp.last_name
                      ORDER BY 4, 3, 2
                    """)
            .setParameter(1, classId)
            .setParameter(2, Timestamp.valueOf(from.atStartOfDay()))
            .setParameter(3, Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
            .setParameter(4, from)
            .setParameter(5, to)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new PersonLogins(
                    number(r[0]),
                    r[1] + " " + r[2],
                    number(r[3]) == 1,
                    (String) r[4],
                    number(r[5]) == 1,
                    number(r[6]),
                    r[7] == null ? null : ((Timestamp) r[7]).toLocalDateTime()))
        .toList();
  }

  /** The class's table as CSV (UTF-8 with a byte-order mark, ";"), for a spreadsheet. */
  public String exportCsv(long classId, LocalDate from, LocalDate to, Locale locale) {
    List<PersonLogins> rows = ofClass(classId, from, to);
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(Messages.format(locale, "logins.csv.header")).append("\r\n");
    for (PersonLogins p : rows) {
      csv.append(cell(p.fullName()))
          .append(';')
          .append(Messages.format(locale, p.guardian() ? "logins.guardian" : "logins.student"))
          .append(';')
          .append(cell(p.child() == null ? "" : p.child()))
          .append(';')
          .append(Messages.format(locale, p.hasAccount() ? "logins.yes" : "logins.no"))
          .append(';')
          .append(p.logins())
          .append(';')
          .append(
              p.lastLogin() == null ? "" : p.lastLogin().withNano(0).toString().replace('T', ' '))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String cell(String text) {
    String safe = CsvCell.defused(text);
    return safe.contains(";") || safe.contains("\"") ? CsvCell.of(text) : safe;
  }

  private static void requirePeriod(LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new BusinessException("dateRange.order", from, to);
    }
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
