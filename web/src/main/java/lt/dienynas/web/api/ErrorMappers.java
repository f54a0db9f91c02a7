package lt.dienynas.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.shared.BusinessException;

/**
 * How refusals reach an API client: a broken rule is 400 with its key and Lithuanian message, the
 * access policy's refusal 403, a missing role 403 (401 without a login), a malformed body 400.
 */
public final class ErrorMappers {
  private ErrorMappers() {}

  /** A domain rule refused: 400; the access policy refused: 403. */
  @Provider
  public static class Business implements ExceptionMapper<BusinessException> {
    @Override
    public Response toResponse(BusinessException e) {
      return ApiErrors.of(
          e instanceof AccessDeniedException
              ? Response.Status.FORBIDDEN
              : Response.Status.BAD_REQUEST,
          e);
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
      return ApiErrors.of(Response.Status.BAD_REQUEST, "api.badRequest");
    }
  }

  /** A body that could not be read. */
  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return ApiErrors.of(Response.Status.BAD_REQUEST, "api.badRequest");
    }
  }

  /** JAX-RS's own refusals (no such path, wrong method, unreadable body) in the same shape. */
  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == Response.Status.NOT_FOUND.getStatusCode()) {
        return ApiErrors.of(Response.Status.NOT_FOUND, "api.notFound");
      }
      if (status >= 500) {
        return e.getResponse();
      }
      return ApiErrors.of(Response.Status.fromStatusCode(status), "api.badRequest");
    }
  }
}
