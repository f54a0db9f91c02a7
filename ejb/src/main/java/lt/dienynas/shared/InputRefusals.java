package lt.dienynas.shared;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolationException;

/**
 * Puts the container's method validation on the one exception path: a service that declares Bean
 * Validation constraints on its parameters names this interceptor ({@code @Interceptors}), which
 * runs outside the CDI interceptors and so around the validation one, and a broken constraint
 * reaches the caller as the {@link BusinessException} of {@link InputRules#refusal} — a message key
 * the page and the API show in Lithuanian or English, a rolled-back transaction — instead of a
 * system exception and a 500.
 */
public class InputRefusals {

  @AroundInvoke
  public Object refuseBrokenConstraints(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (ConstraintViolationException e) {
      throw InputRules.refusal(e);
    }
  }
}
