package lt.dienynas.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lt.dienynas.people.StaffMember;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/**
 * Konfidencialumo pasižadėjimas (§8): every employee accepts the current pledge before anything
 * else works for them (the portal sends them to it; {@link AccessPolicy} refuses them in every
 * service until then); the time of acceptance is kept and shown to the DB admin.
 */
@Stateless
public class PledgeService {
  @Inject private SchoolClock clock;

  /** Every active employee with the time they accepted the current pledge (NULL: not yet). */
  private static final String ACCEPTANCES =
      """
      SELECT p.id, p.first_name, p.last_name, a.accepted_at FROM staff_member s
        JOIN person p ON p.id = s.person_id
        LEFT JOIN pledge_acceptance a ON a.person_id = p.id AND a.pledge_version = ?1
       WHERE s.active = TRUE
       ORDER BY p.last_name, p.first_name, p.id
      """;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private Actors actors;

  @EJB private AccessPolicy policy;

  /** The text to accept, with its version. */
  public record PledgeText(int version, String title, String body) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** An employee and when they accepted the current pledge ({@code null}: not yet). */
  public record Acceptance(long personId, String fullName, LocalDateTime acceptedAt)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    public boolean isAccepted() {
      return acceptedAt != null;
    }
  }

  /** The pledge in force now. */
  @PermitAll
  public PledgeText current() {
    ConfidentialityPledge pledge = currentPledge();
    return new PledgeText(pledge.getVersion(), pledge.getTitle(), pledge.getBody());
  }

  /** Whether the calling person is an employee who has not accepted the current pledge yet. */
  @PermitAll
  public boolean isPendingForCaller() {
    return !policy.hasAcceptedPledgeIfStaff(actors.current());
  }

  /**
   * The calling employee accepts the pledge they were shown; accepting again changes nothing.
   *
   * @throws BusinessException {@code pledge.outdated} when a newer version came into force
   *     meanwhile, {@code pledge.notStaff} for a guardian or a student
   */
  @PermitAll
  public void accept(int shownVersion) {
    Actor actor = actors.current();
    StaffMember staff = actor.personId() == 0 ? null : em.find(StaffMember.class, actor.personId());
    if (staff == null || actor.roles().stream().noneMatch(Role::isStaff)) {
      throw new BusinessException("pledge.notStaff");
    }
    ConfidentialityPledge pledge = currentPledge();
    if (pledge.getVersion() != shownVersion) {
      throw new BusinessException("pledge.outdated");
    }
    boolean already =
        !em.createNamedQuery(PledgeAcceptance.OF_PERSON_AND_VERSION)
            .setParameter("personId", staff.getId())
            .setParameter("version", pledge.getVersion())
            .getResultList()
            .isEmpty();
    if (!already) {
      em.persist(new PledgeAcceptance(staff, pledge, clock.now().truncatedTo(ChronoUnit.MILLIS)));
    }
  }

  /** Every active employee with the time of acceptance of the current pledge, by name. */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public List<Acceptance> acceptances() {
    policy.requireAdministration("PLEDGE_ACCEPTANCES_READ");
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(ACCEPTANCES)
            .setParameter(1, currentPledge().getVersion())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Acceptance(
                    ((Number) r[0]).longValue(),
                    r[1] + " " + r[2],
                    r[3] instanceof java.sql.Timestamp t
                        ? t.toLocalDateTime()
                        : (LocalDateTime) r[3]))
        .toList();
  }

  private ConfidentialityPledge currentPledge() {
    return em
        .createNamedQuery(ConfidentialityPledge.CURRENT, ConfidentialityPledge.class)
        .setParameter("now", clock.now())
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No confidentiality pledge in force"));
  }
}
