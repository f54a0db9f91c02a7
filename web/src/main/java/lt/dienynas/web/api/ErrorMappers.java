package lt.dienynas.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.time.DateTimeException;
import java.util.logging.Level;
import java.util.logging.Logger;
import lt.dienynas.journal.StaleLessonException;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRules;

/**
 * How refusals reach an API client: a broken rule is 400 with its key and Lithuanian message, the
 * access policy's refusal 403, a missing role 403 (401 without a login), a malformed body 400.
 */
public final class ErrorMappers {
  private ErrorMappers() {}

  /**
   * A domain rule refused: 400; the access policy refused: 403; a write against a version someone
   * changed meanwhile: 409 with the current value in the message and the current version as ETag.
   */
  @Provider
  public static class Business implements ExceptionMapper<BusinessException> {
    @Override
    public Response toResponse(BusinessException e) {
      return business(e);
    }
  }

  static Response business(BusinessException e) {
    if (e instanceof StaleWriteException stale) {
      Response.ResponseBuilder conflict =
          Response.fromResponse(ApiErrors.of(Response.Status.CONFLICT, e));
      if (stale.getCurrentVersion() != null) {
        conflict.tag(Versions.tag(stale.getCurrentVersion()));
      }
      return conflict.build();
    }
    if (e instanceof StaleLessonException lesson) {
      return ApiErrors.conflicts(lesson);
    }
    if (e.getKey().endsWith(".stale")) {
      // a write against what someone else changed meanwhile (a version field in the body)
      return ApiErrors.of(Response.Status.CONFLICT, e);
    }
    return ApiErrors.of(
        e instanceof AccessDeniedException
            ? Response.Status.FORBIDDEN
            : Response.Status.BAD_REQUEST,
        e);
  }

  /**
   * Everything else, so that no response ever carries an exception's text, class or the server's
   * version: a concurrent write of the same record (optimistic lock, duplicate key, deadlock) is
   * 409, a bad value that got past the parameters' checks (a date out of range, a number too big, a
   * constraint) 400, and anything unforeseen a plain 500, logged on the server only.
   */
  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(Exception e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof BusinessException business) {
          return business(business);
        }
        if (cause instanceof EJBAccessException) {
          return ApiErrors.of(Response.Status.FORBIDDEN, new AccessDeniedException());
        }
        if (isConcurrentWrite(cause)) {
          return ApiErrors.of(Response.Status.CONFLICT, "api.conflict");
        }
        if (cause instanceof ConstraintViolationException violations
            && !violations.getConstraintViolations().isEmpty()) {
          return business(InputRules.refusal(violations));
        }
        if (cause instanceof StrictJson.WrongType wrong) {
          return ApiErrors.of(Response.Status.BAD_REQUEST, wrong.getMessage(), wrong.args());
        }
        if (cause instanceof JsonbException
            || cause instanceof DateTimeException
            || cause instanceof ArithmeticException
            || cause instanceof NumberFormatException) {
          return ApiErrors.of(Response.Status.BAD_REQUEST, "api.badRequest");
        }
      }
      LOG.log(Level.SEVERE, "API request failed", e);
      return ApiErrors.of(Response.Status.INTERNAL_SERVER_ERROR, "api.serverError");
    }

    private static boolean isConcurrentWrite(Throwable cause) {
      String name = cause.getClass().getName();
      if (name.endsWith(".OptimisticLockException")
          || cause instanceof SQLIntegrityConstraintViolationException
          || cause instanceof SQLTransactionRollbackException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        // 23xxx: integrity constraint (a duplicate key of a row created at the same time);
        // 40xxx: transaction rollback (deadlock, serialization failure)
        return sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40");
      }
      return false;
    }
  }

  /**
   * Parameters that broke their Bean Validation constraints: 400 with the constraint's key and
   * message, like any refusal of a rule (more specific than the server's own mapper of validation
   * exceptions, which would answer with its own text).
   */
  @Provider
  public static class Violations implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      return e.getConstraintViolations().isEmpty()
          ? ApiErrors.of(Response.Status.BAD_REQUEST, "api.badRequest")
          : business(InputRules.refusal(e));
    }
  }

  /** The role is not allowed to call the service at all. */
  @Provider
  public static class Access implements ExceptionMapper<EJBAccessException> {
    @Context private HttpServletRequest request;

    @Override
    public Response toResponse(EJBAccessException e) {
      if (request.getRemoteUser() == null) {
        return Response.fromResponse(ApiErrors.of(Response.Status.UNAUTHORIZED, "api.authRequired"))
            .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dienynas\", charset=\"UTF-8\"")
            .build();
      }
      return ApiErrors.of(Response.Status.FORBIDDEN, new AccessDeniedException());
    }
  }

  /** A body that is not the JSON expected. */
  @Provider
  public static class Json implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return unreadable(e);
    }
  }

  /** A body that could not be read. */
  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return unreadable(e);
    }
  }

  /** 400, saying which JSON type was expected when that was the fault. */
  private static Response unreadable(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof StrictJson.WrongType wrong) {
        return ApiErrors.of(Response.Status.BAD_REQUEST, wrong.getMessage(), wrong.args());
      }
    }
    return ApiErrors.of(Response.Status.BAD_REQUEST, "api.badRequest");
  }

  /** JAX-RS's own refusals (no such path, wrong method, unreadable body) in the same shape. */
  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof IllegalArgumentException) {
          // a path or query parameter that is not a number, a date, an enum value
          return ApiErrors.of(Response.Status.BAD_REQUEST, "api.badRequest");
        }
      }
      if (status == Response.Status.NOT_FOUND.getStatusCode()) {
        return ApiErrors.of(Response.Status.NOT_FOUND, "api.notFound");
      }
      if (status >= 500) {
        return ApiErrors.of(Response.Status.INTERNAL_SERVER_ERROR, "api.serverError");
      }
      return ApiErrors.of(Response.Status.fromStatusCode(status), "api.badRequest");
    }
  }
}
