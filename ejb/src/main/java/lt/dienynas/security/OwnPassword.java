package lt.dienynas.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/** The logged-in person changes their own password (always so after a temporary one). */
@Stateless
@PermitAll
public class OwnPassword {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private Actors actors;

  @Inject private PasswordHasher hasher;

  /**
   * @throws BusinessException {@code password.currentWrong}, {@code password.repeatMismatch} or a
   *     rule of {@link PasswordRules}
   */
  public void change(String currentPassword, String newPassword, String repeated) {
    Actor actor = actors.current();
    UserAccount account =
        em
            .createNamedQuery(UserAccount.FIND_BY_LOGIN, UserAccount.class)
            .setParameter("login", actor.login())
            .getResultList()
            .stream()
            .filter(UserAccount::isEnabled)
            .findFirst()
            .orElseThrow(() -> new BusinessException("account.notFound", actor.login()));
    if (currentPassword == null || !hasher.verify(currentPassword, account.getPasswordHash())) {
      throw new BusinessException("password.currentWrong");
    }
    if (!Objects.equals(newPassword, repeated)) {
      throw new BusinessException("password.repeatMismatch");
    }
    PasswordRules.require(
        account.getLogin(), newPassword, p -> hasher.verify(p, account.getPasswordHash()));
    account.changePassword(hasher.hash(newPassword));
  }
}
