package lt.dienynas.history;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.Method;

/** Holds the {@link HistorySource} of the running operation in the {@link ChangeContext}. */
@Interceptor
@HistorySource(HistorySource.REQUEST)
@Priority(Interceptor.Priority.APPLICATION)
public class HistorySourceInterceptor implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private ChangeContext context;

  @AroundInvoke
  public Object name(InvocationContext invocation) throws Exception {
    return context.during(declared(invocation), invocation::proceed);
  }

  private static String declared(InvocationContext invocation) {
    Method method = invocation.getMethod();
    HistorySource source = method.getAnnotation(HistorySource.class);
    for (Class<?> type = invocation.getTarget().getClass();
        source == null && type != null;
        type = type.getSuperclass()) {
      source = type.getAnnotation(HistorySource.class);
    }
    return source == null ? HistorySource.REQUEST : source.value();
  }
}
