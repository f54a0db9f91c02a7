package lt.dienynas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;

/**
 * Runs a page's reads in one transaction (issue 19): who calls and whether they may see the record
 * is decided once for all the services the page asks, and their reads share one persistence
 * context. Request scoped on purpose: a view-scoped page bean with {@code @Transactional} on its
 * own methods carries the transaction interceptor in its serialized state, which another node of
 * the cluster cannot restore; the page bean holds only this bean's client proxy.
 */
@RequestScoped
public class OneTransaction {

  @Transactional
  public void run(Runnable reads) {
    reads.run();
  }
}
