package lt.dienynas.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import lt.dienynas.shared.BusinessException;

/**
 * The profile of a logged-in account: the person's name and the roles from {@code
 * user_account_role} (the same table the Elytron realm reads, not the session's copy).
 *
 * <p>Callers pass the login the container authenticated ({@code
 * HttpServletRequest#getRemoteUser()}); the bean has no remote view, so no one outside the
 * application can ask for another account.
 */
@Stateless
@PermitAll
public class AccountProfileService {

  private static final Logger LOG = Logger.getLogger(AccountProfileService.class.getName());

  /** One row per role (or one row with a NULL role for an account without roles). */
  private static final String PROFILE_SQL =
      """
      SELECT p.id, a.login, p.first_name, p.last_name, a.must_change_password, r.role
        FROM user_account a
        JOIN person p ON p.id = a.person_id
        LEFT JOIN user_account_role r ON r.account_id = a.id
       WHERE a.login = ?1 AND a.enabled = TRUE
      """;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  /**
   * The profile of an enabled account, in one query.
   *
   * @throws BusinessException {@code account.notFound} when no enabled account has this login
   */
  public AccountProfile profileOf(String login) {
    if (login == null || login.isBlank()) {
      throw new BusinessException("account.notFound", String.valueOf(login));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(PROFILE_SQL).setParameter(1, login).getResultList();
    return fromRows(login, rows);
  }

  /** Folds the rows of {@link #PROFILE_SQL} into one profile; package-private for the unit test. */
  static AccountProfile fromRows(String login, List<Object[]> rows) {
    if (rows.isEmpty()) {
      throw new BusinessException("account.notFound", login);
    }
    Object[] first = rows.get(0);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object[] row : rows) {
      if (row[5] != null) {
        String name = row[5].toString();
        try {
          roles.add(Role.valueOf(name));
        } catch (IllegalArgumentException unknown) {
          // a role the code no longer knows grants nothing; say so rather than fail the login
          LOG.warning(() -> "Account " + login + " has an unknown role " + name);
        }
      }
    }
    return new AccountProfile(
        ((Number) first[0]).longValue(),
        (String) first[1],
        (String) first[2],
        (String) first[3],
        roles,
        isTrue(first[4]));
  }

  // MariaDB's BOOLEAN is TINYINT(1): the driver may hand it over as Boolean or as a number
  private static boolean isTrue(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }
}
