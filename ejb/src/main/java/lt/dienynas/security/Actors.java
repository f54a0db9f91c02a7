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

  /** The person behind an enabled account; an unknown or disabled login gets no roles. */
  public Actor byLogin(String login) {
    List<UserAccount> accounts =
        em.createNamedQuery(UserAccount.FIND_BY_LOGIN, UserAccount.class)
            .setParameter("login", login)
            .getResultList();
    if (accounts.isEmpty() || !accounts.get(0).isEnabled()) {
      return new Actor(0, login, Set.of());
    }
    UserAccount account = accounts.get(0);
    Set<Role> roles = account.getRoles().isEmpty() ? Set.of() : EnumSet.copyOf(account.getRoles());
    return new Actor(account.getPerson().getId(), login, roles);
  }
}
