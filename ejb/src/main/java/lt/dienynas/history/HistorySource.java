package lt.dienynas.history;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names where the changes of a service (on the class) or of one of its operations (on the method,
 * which wins) come from in the history (§19.7), e.g. {@code @HistorySource("period grades")}: while
 * it runs, every entry {@link HistoryLog} appends carries that source, also when the service is
 * called from a page, the API or a job. {@link #REQUEST} names no source of its own: the entries
 * carry the page's or API call's ({@link ChangeSource}), whoever calls in.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface HistorySource {
  /** The request's own source: the page or the API call, or {@link ChangeSource#SERVICE}. */
  String REQUEST = "";

  @Nonbinding
  String value();
}
