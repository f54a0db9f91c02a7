package lt.dienynas.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.RefusalLog;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRules;

/**
 * The one place where a refused operation becomes something a person sees: a {@link
 * BusinessException} thrown by a service turns into an error message in the page's message area, in
 * the page's language, and the page stays as it was; an {@link AccessDeniedException} turns into
 * the 403 page, and so does a refusal of a service's {@code @RolesAllowed} gate, which is also
 * logged. Parameters a service's Bean Validation constraints refused are a message like a {@link
 * BusinessException}. A write that a record's optimistic lock refused (someone saved the same
 * record at the same moment) is a message too. Everything else goes on to the error pages.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

  public BusinessExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      if (roleRefusal(thrown)) {
        events.remove();
        recordRoleRefusal(faces);
        forbid(faces);
        continue;
      }
      Optional<BusinessException> business = businessCause(thrown);
      if (business.isEmpty() && concurrentWrite(thrown)) {
        // another save of the same record committed between this one's read and write (the
        // record's @Version): a message, never the 500 page; the form keeps what was typed
        business = Optional.of(new BusinessException("api.conflict"));
      }
      if (business.isEmpty()) {
        continue;
      }
      events.remove();
      if (business.get() instanceof AccessDeniedException) {
        forbid(faces);
      } else {
        Locale locale =
            faces.getViewRoot() == null
                ? Locale.forLanguageTag("lt")
                : faces.getViewRoot().getLocale();
        String text = business.get().localizedMessage(locale);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
        faces.renderResponse();
      }
    }
    getWrapped().handle();
  }

  /** Whether an optimistic lock (a record's {@code @Version}) refused the write. */
  public static boolean concurrentWrite(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t.getClass().getName().endsWith(".OptimisticLockException")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * The business exception behind EJB, EL and Faces wrappers, if there is one; parameters that
   * broke their Bean Validation constraints count as one ({@link InputRules#refusal}).
   */
  static Optional<BusinessException> businessCause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BusinessException business) {
        return Optional.of(business);
      }
      if (t instanceof ConstraintViolationException violations
          && !violations.getConstraintViolations().isEmpty()) {
        return Optional.of(InputRules.refusal(violations));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  /** A service's {@code @RolesAllowed} refused the person's roles (the first gate). */
  static boolean roleRefusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof EJBAccessException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** The role gate refused: logged like a relationship refusal, with the page asked for. */
  private static void recordRoleRefusal(FacesContext faces) {
    String login = faces.getExternalContext().getRemoteUser();
    String view = faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
    CDI.current().select(RefusalLog.class).get().record(login, "ROLE_REFUSED", "page", view);
  }

  private static void forbid(FacesContext faces) {
    try {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    } catch (IOException e) {
      throw new FacesException(e);
    }
  }
}
