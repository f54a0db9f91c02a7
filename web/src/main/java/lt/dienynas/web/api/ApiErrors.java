package lt.dienynas.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import lt.dienynas.journal.StaleLessonException;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.Messages;

/** Builds the API's error responses. */
final class ApiErrors {
  private ApiErrors() {}

  static Response of(Response.Status status, BusinessException e) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            new ApiError(
                e.getKey(),
                Arrays.stream(e.getArgs()).map(String::valueOf).toList(),
                e.localizedMessage(Messages.LITHUANIAN),
                e.localizedMessage(Locale.ENGLISH)))
        .build();
  }

  /** 409 for a stale lesson save, with who changed what meanwhile and what it holds now. */
  static Response conflicts(StaleLessonException e) {
    return Response.status(Response.Status.CONFLICT)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            new ApiError(
                e.getKey(),
                Arrays.stream(e.getArgs()).map(String::valueOf).toList(),
                e.localizedMessage(Messages.LITHUANIAN),
                e.localizedMessage(Locale.ENGLISH),
                e.conflicts().stream()
                    .map(
                        c ->
                            new ApiError.Conflict(
                                c.field(),
                                c.studentId(),
                                c.changedBy(),
                                c.current() == null ? null : c.current().toString()))
                    .toList()))
        .build();
  }

  static Response of(Response.Status status, String key, Object... args) {
    return of(status, new BusinessException(key, args));
  }
}
