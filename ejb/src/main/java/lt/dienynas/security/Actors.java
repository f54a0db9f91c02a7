package lt.dienynas.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lt.dienynas.shared.TransactionMemo;

/** Who is calling: the caller principal's account, its person and its roles. */
@Stateless
@PermitAll
public class Actors {
  private static final String ANONYMOUS = "anonymous";

  @Resource private SessionContext context;

  @Resource private TransactionSynchronizationRegistry transaction;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  /**
   * The calling person; an anonymous caller or a disabled account gets no roles at all. Read once
   * per transaction: the services one request passes through all ask.
   */
  public Actor current() {
    String login = context.getCallerPrincipal().getName();
    return ANONYMOUS.equals(login)
        ? new Actor(0, login, Set.of())
        : TransactionMemo.get(
            transaction, new TransactionMemo.Key("actor", login), () -> byLogin(login));
  }

  /**
   * The person behind an enabled account; an unknown or disabled login gets no roles. One query of
   * three columns, read for every transaction of every request: no account or person entity is
   * built, tracked for changes or kept in the persistence context (issue 19).
   */
  public Actor byLogin(String login) {
    List<ActorRow> rows =
        em.createQuery(
                "SELECT NEW lt.dienynas.security.ActorRow(a.person.id, a.enabled, r)"
                    + " FROM UserAccount a LEFT JOIN a.roles r WHERE a.login = :login",
                ActorRow.class)
            .setParameter("login", login)
            .getResultList();
    if (rows.isEmpty() || !rows.get(0).enabled()) {
      return new Actor(0, login, Set.of());
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    rows.stream().map(ActorRow::role).filter(Objects::nonNull).forEach(roles::add);
    return new Actor(rows.get(0).personId(), login, roles.isEmpty() ? Set.of() : roles);
  }
}
