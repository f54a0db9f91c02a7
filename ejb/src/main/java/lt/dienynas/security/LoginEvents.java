package lt.dienynas.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import lt.dienynas.security.LoginEvent.Reason;
import lt.dienynas.shared.SchoolClock;

/**
 * Prisijungimai (§18.10): records every login attempt and locks a login name after repeated
 * failures; other features (login analytics) read the events here.
 *
 * <p>The lock is kept per login name in {@code login_lock}, whether or not an account has that
 * name, and the Elytron realm refuses a locked name itself: an unknown name and an existing one
 * behave exactly alike, so neither the lock nor its message reveals whether an account exists.
 */
@Stateless
public class LoginEvents {
  @Inject private SchoolClock clock;

  private static final Logger LOG = Logger.getLogger(LoginEvents.class.getName());

  /** Failures within {@link #WINDOW} that lock a login name. */
  public static final int MAX_FAILURES = 5;

  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCK = Duration.ofMinutes(15);

  private static final String ACCOUNT =
      "SELECT a.person_id, a.enabled FROM user_account a WHERE a.login = ?1";

  private static final String LOCKED =
      "SELECT 1 FROM login_lock WHERE login = ?1 AND locked_until > CURRENT_TIMESTAMP(3)";

  /**
   * Failures since the window opened and since the last success; attempts while locked excluded.
   */
  private static final String RECENT_FAILURES =
      """
      SELECT COUNT(*) FROM login_event e
       WHERE e.login = ?1 AND e.success = FALSE AND e.reason <> 'LOCKED' AND e.occurred_at >= ?2
         AND e.occurred_at > COALESCE((SELECT MAX(s.occurred_at) FROM login_event s
                                        WHERE s.login = ?1 AND s.success = TRUE),
                                      TIMESTAMP '1000-01-01 00:00:00')
      """;

  private static final String LOCK_SQL =
      "INSERT INTO login_lock (login, locked_until) VALUES (?1, CURRENT_TIMESTAMP(3) + INTERVAL "
          + LOCK.toMinutes()
          + " MINUTE) ON DUPLICATE KEY UPDATE locked_until = VALUES(locked_until)";

  /** Logins per person in a period: count and last time, for the analytics of §18.10. */
  private static final String LOGINS_PER_PERSON =
      """
      SELECT e.person_id, COUNT(*), MAX(e.occurred_at) FROM login_event e
       WHERE e.success = TRUE AND e.occurred_at >= ?1 AND e.occurred_at < ?2
       GROUP BY e.person_id
      """;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Resource private SessionContext context;

  @EJB private AccessPolicy policy;

  /** What a failed attempt led to: whether the name is now locked (the page says so). */
  public record FailureOutcome(Reason reason, boolean locked) {}

  /** Logins of one person in a period (§18.10). */
  public record LoginCount(long personId, long logins, LocalDateTime last) {}

  /** The calling person logged in (the portal calls this once per session). */
  @PermitAll
  public void recordSuccess() {
    String login = context.getCallerPrincipal().getName();
    List<?> account = em.createNativeQuery(ACCOUNT).setParameter(1, login).getResultList();
    Long personId =
        account.isEmpty() ? null : ((Number) ((Object[]) account.get(0))[0]).longValue();
    em.persist(new LoginEvent(login, personId, now(), Reason.OK));
  }

  /**
   * A login attempt with this name failed (the realm refused it); locks the name after {@value
   * #MAX_FAILURES} failures within {@link #WINDOW}. Callable without a login: the login page calls
   * it.
   */
  @PermitAll
  public FailureOutcome recordFailure(String typedLogin) {
    String login = typedLogin == null ? "" : typedLogin.strip();
    if (login.length() > 64) {
      login = login.substring(0, 64);
    }
    boolean lockedBefore = isLocked(login);
    List<?> account = em.createNativeQuery(ACCOUNT).setParameter(1, login).getResultList();
    Object[] row = account.isEmpty() ? null : (Object[]) account.get(0);
    Long personId = row == null ? null : ((Number) row[0]).longValue();
    Reason reason;
    if (lockedBefore) {
      reason = Reason.LOCKED;
    } else if (row == null) {
      reason = Reason.UNKNOWN_LOGIN;
    } else {
      reason = isTrue(row[1]) ? Reason.BAD_PASSWORD : Reason.DISABLED;
    }
    LocalDateTime now = now();
    em.persist(new LoginEvent(login, personId, now, reason));
    em.flush();
    if (lockedBefore) {
      return new FailureOutcome(reason, true);
    }
    long failures =
        ((Number)
                em.createNativeQuery(RECENT_FAILURES)
                    .setParameter(1, login)
                    .setParameter(2, now.minus(WINDOW))
                    .getSingleResult())
            .longValue();
    if (failures >= MAX_FAILURES) {
      em.createNativeQuery(LOCK_SQL).setParameter(1, login).executeUpdate();
      String locked = login;
      LOG.warning(() -> "Login name locked after repeated failures: " + locked);
      return new FailureOutcome(reason, true);
    }
    return new FailureOutcome(reason, false);
  }

  /** Whether the login name is locked now. */
  @PermitAll
  public boolean isLocked(String login) {
    return !em.createNativeQuery(LOCKED).setParameter(1, login).getResultList().isEmpty();
  }

  /** The newest events, newest first (at most 500). */
  @RolesAllowed({Role.Names.DB_ADMIN, Role.Names.DIRECTOR, Role.Names.DEPUTY})
  public List<LoginEvent> latest(int max) {
    policy.requireSchoolWideRead("LOGIN_EVENTS_READ");
    return em.createNamedQuery(LoginEvent.LATEST, LoginEvent.class)
        .setMaxResults(bounded(max))
        .getResultList();
  }

  /** One person's events, newest first (at most 500). */
  @RolesAllowed({Role.Names.DB_ADMIN, Role.Names.DIRECTOR, Role.Names.DEPUTY})
  public List<LoginEvent> ofPerson(long personId, int max) {
    policy.requireSchoolWideRead("LOGIN_EVENTS_READ");
    return em.createNamedQuery(LoginEvent.OF_PERSON, LoginEvent.class)
        .setParameter("personId", personId)
        .setMaxResults(bounded(max))
        .getResultList();
  }

  /** Successful logins per person in [from, to): how often and when last (§18.10). */
  @RolesAllowed({Role.Names.DB_ADMIN, Role.Names.DIRECTOR, Role.Names.DEPUTY})
  public List<LoginCount> loginsPerPerson(LocalDateTime from, LocalDateTime to) {
    policy.requireSchoolWideRead("LOGIN_EVENTS_READ");
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(LOGINS_PER_PERSON)
            .setParameter(1, from)
            .setParameter(2, to)
            .getResultList();
    return rows.stream()
        .filter(r -> r[0] != null)
        .map(
            r ->
                new LoginCount(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    toLocalDateTime(r[2])))
        .toList();
  }

  private static LocalDateTime toLocalDateTime(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime();
    }
    return (LocalDateTime) value;
  }

  private static int bounded(int max) {
    return Math.min(Math.max(max, 1), 500);
  }

  private LocalDateTime now() {
    return clock.now().truncatedTo(ChronoUnit.MILLIS);
  }

  // MariaDB's BOOLEAN is TINYINT(1): the driver may hand it over as Boolean or as a number
  static boolean isTrue(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }
}
