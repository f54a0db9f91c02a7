package lt.dienynas.web.faces;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

/** Which failures of a page's action become the "changed at the same time" message (#23). */
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
}
