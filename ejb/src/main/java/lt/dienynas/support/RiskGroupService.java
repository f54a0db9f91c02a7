package lt.dienynas.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.people.Person;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/**
 * The risk group (§24.2): the social pedagogue who supports a student puts them in or takes them
 * out, with a reason; every change is in the history.
 */
@Stateless
@Interceptors(InputRefusals.class)
@HistorySource("risk group")
public class RiskGroupService {
  static final String ENTITY = "risk_group_flag";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  /**
   * @param version the flag's version the pedagogue read (null: there was no flag yet)
   * @throws StaleWriteException someone changed the flag meanwhile
   * @throws BusinessException {@code riskGroup.reason}, {@code riskGroup.alreadyIn}, {@code
   *     riskGroup.alreadyOut}, {@code plainText.invalid}
   */
  @RolesAllowed(Role.Names.SOCIAL_PEDAGOGUE)
  public void set(long studentId, boolean inGroup, @PlainText String reason, Integer version) {
    Actor actor = policy.requireRiskGroupWrite(studentId);
    RiskGroupFlag flag = em.find(RiskGroupFlag.class, studentId, LockModeType.PESSIMISTIC_WRITE);
    Integer current = flag == null ? null : flag.getVersion();
    if (!Objects.equals(current, version)) {
      throw StaleWriteException.of(
          current, "riskGroup.stale", flag == null ? "—" : flag.getReason());
    }
    boolean created = flag == null;
    if (created) {
      flag = new RiskGroupFlag(studentId);
    }
    Map<String, Object> before = created ? null : flag.values();
    flag.change(
        inGroup,
        reason,
        em.find(Person.class, actor.personId()),
        clock.now().truncatedTo(ChronoUnit.MILLIS));
    if (created) {
      em.persist(flag);
    }
    em.flush();
    history.record(
        created
            ? Change.inserted(ENTITY, studentId, flag.values())
            : Change.updated(ENTITY, studentId, before, flag.values()));
  }

  /** The flag's history for the pedagogue who may change it. */
  @RolesAllowed(Role.Names.SOCIAL_PEDAGOGUE)
  public List<HistoryEntry> history(long studentId) {
    policy.requireRiskGroupWrite(studentId);
    return history.of(ENTITY, studentId);
  }
}
