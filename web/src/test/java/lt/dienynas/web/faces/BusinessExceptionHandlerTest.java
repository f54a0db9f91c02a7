package lt.dienynas.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Set;
import lt.dienynas.journal.StudentNoteService;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.Messages;
import org.junit.jupiter.api.Test;

/**
 * Which failures of a page's action become the "changed at the same time" message (#23), and which
 * become a refusal shown in the page.
 */
class BusinessExceptionHandlerTest {

  @Test
  void anOptimisticLockBehindTheWrappersIsAConcurrentWrite() {
    Exception thrown =
        new FacesException(
            new ELException(
                new EJBException("rolled back", new OptimisticLockException("version changed"))));
    assertTrue(BusinessExceptionHandler.concurrentWrite(thrown));
  }

  @Test
  void anyOtherFailureIsNot() {
    assertFalse(
        BusinessExceptionHandler.concurrentWrite(
            new FacesException(new EJBException(new IllegalStateException("bug")))));
    assertFalse(BusinessExceptionHandler.concurrentWrite(new NullPointerException()));
  }

  @Test
  void parametersABeanValidationConstraintRefusedAreARefusalWithTheDomainsMessage()
      throws NoSuchMethodException {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<StudentNoteService>> violations =
          factory
              .getValidator()
              .forExecutables()
              .validateParameters(
                  new StudentNoteService(),
                  StudentNoteService.class.getMethod(
                      "add",
                      long.class,
                      lt.dienynas.journal.StudentNoteKind.class,
                      String.class,
                      LocalDate.class,
                      Long.class),
                  new Object[] {7L, null, "Tekstas", null, null});
      Exception thrown =
          new FacesException(
              new ELException(new EJBException(new ConstraintViolationException(violations))));
      BusinessException refusal =
          BusinessExceptionHandler.businessCause(thrown).orElseThrow(AssertionError::new);
      assertEquals("studentNote.kind", refusal.getKey());
      assertFalse(refusal.localizedMessage(Messages.LITHUANIAN).contains("studentNote"));
    }
    assertTrue(
        BusinessExceptionHandler.businessCause(
                new FacesException(new ConstraintViolationException(Set.of())))
            .isEmpty());
  }
}
