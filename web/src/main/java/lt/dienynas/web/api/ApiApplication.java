package lt.dienynas.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API ({@code /dienynas/api/v1/...}): the same services and the same access policy as the
 * portal, for a session or HTTP Basic over the diary's realm. Its OpenAPI document is {@code
 * /dienynas/api/v1/openapi.json}.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {}
