package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import lt.dienynas.messaging.NoticePreference;
import lt.dienynas.messaging.NoticePreferenceService;

/** The caller's own notice settings over the API (the portal's "Pranešimų nustatymai"). */
@Path("v1/me/notice-preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticePreferenceResource {
  @Inject private NoticePreferenceService preferences;

  @GET
  public NoticePreference.Choices mine() {
    return preferences.mine();
  }

  /** Saves them; {@code version} is the one read (409 with {@code noticePreference.stale}). */
  @PUT
  public NoticePreference.Choices save(NoticePreference.Choices choices) {
    return preferences.saveMine(choices);
  }
}
