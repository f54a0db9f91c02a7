package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import lt.dienynas.messaging.AnnouncementKind;
import lt.dienynas.messaging.AnnouncementService;
import lt.dienynas.messaging.AnnouncementView;
import lt.dienynas.messaging.ClassChoice;
import lt.dienynas.messaging.MessageAttachment;
import lt.dienynas.messaging.MessagePage;
import lt.dienynas.messaging.MessageService;
import lt.dienynas.messaging.NewAttachment;
import lt.dienynas.messaging.Receipt;
import lt.dienynas.messaging.RecipientKind;
import lt.dienynas.messaging.RecipientOption;
import lt.dienynas.messaging.RecipientTarget;
import lt.dienynas.messaging.ThreadView;
import lt.dienynas.shared.BusinessException;

/**
 * Messages and announcements over the API: the same {@link MessageService} and {@link
 * AnnouncementService} as the portal's inbox and announcement pages, so the same rules decide whom
 * a person may write to, who may open a conversation and who may announce to a class.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MessagingResource {
  @Inject private MessageService messages;
  @Inject private AnnouncementService announcements;
  @Context private HttpHeaders headers;

  /** A person or a group to write to, as {@code GET messages/recipients} lists them. */
  public record Target(RecipientKind kind, Long id) {}

  /** An attached file: its name and its bytes in Base64. */
  public record Attachment(String fileName, String content) {}

  /** A new message. */
  public record NewMessage(
      List<Target> to, String subject, String body, List<Attachment> attachments) {}

  /** An answer in the conversation. */
  public record Reply(String body, List<Attachment> attachments) {}

  /** An announcement to a class. */
  public record NewAnnouncement(
      Long classId,
      AnnouncementKind kind,
      LocalDate date,
      String time,
      String place,
      String topics) {}

  /** The caller's number of unread messages and notices. */
  public record Unread(long count) {}

  @GET
  @Path("messages")
  public MessagePage inbox(@QueryParam("page") int page) {
    return messages.inbox(page);
  }

  @GET
  @Path("messages/sent")
  public MessagePage sent(@QueryParam("page") int page) {
    return messages.sent(page);
  }

  @GET
  @Path("messages/search")
  public MessagePage search(@QueryParam("text") String text, @QueryParam("page") int page) {
    return messages.search(text, page);
  }

  @GET
  @Path("messages/unread-count")
  public Unread unread() {
    return new Unread(messages.unreadCount());
  }

  /** Whom the caller may write to: their groups, and the people whose name contains the text. */
  @GET
  @Path("messages/recipients")
  public List<RecipientOption> recipients(@QueryParam("text") String text) {
    return text == null || text.isBlank()
        ? messages.groupOptions(locale())
        : messages.searchPeople(text, locale());
  }

  @POST
  @Path("messages")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response send(NewMessage body) {
    NewMessage message = Params.body(body);
    List<RecipientTarget> to =
        message.to() == null
            ? List.of()
            : message.to().stream()
                .map(
                    t ->
                        new RecipientTarget(
                            Params.required("kind", t.kind()), t.id() == null ? 0 : t.id()))
                .toList();
    long id = messages.send(to, message.subject(), message.body(), files(message.attachments()));
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  /** The conversation of a message (opening it marks it read). */
  @GET
  @Path("messages/{messageId}")
  public ThreadView thread(@PathParam("messageId") long messageId) {
    return messages.open(messageId, locale());
  }

  @POST
  @Path("messages/{messageId}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reply(@PathParam("messageId") long messageId, Reply body) {
    Reply reply = Params.body(body);
    long id = messages.reply(messageId, reply.body(), files(reply.attachments()));
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  /** Who of the recipients of the caller's message has read it and when. */
  @GET
  @Path("messages/{messageId}/receipts")
  public List<Receipt> receipts(
      @PathParam("messageId") long messageId, @QueryParam("page") int page) {
    return messages.receipts(messageId, page);
  }

  /** An attached file, to the sender and the recipients of its message. */
  @GET
  @Path("attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  public Response attachment(@PathParam("attachmentId") long attachmentId) {
    MessageAttachment file = messages.attachment(attachmentId);
    return Response.ok(file.getContent(), file.getContentType())
        .header("X-Content-Type-Options", "nosniff")
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }

  /** The caller's own announcements, newest first. */
  @GET
  @Path("announcements")
  public List<AnnouncementView> announcements() {
    return announcements.mine();
  }

  /** The classes the caller may announce to, and whether also meetings and events. */
  @GET
  @Path("announcements/classes")
  public List<ClassChoice> announcementClasses() {
    return announcements.classes();
  }

  @POST
  @Path("announcements")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response announce(NewAnnouncement body) {
    NewAnnouncement a = Params.body(body);
    long id =
        announcements.announce(
            Params.required("classId", a.classId()),
            Params.required("kind", a.kind()),
            a.date(),
            Params.time("time", a.time()),
            a.place(),
            a.topics());
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  private static List<NewAttachment> files(List<Attachment> attachments) {
    if (attachments == null) {
      return List.of();
    }
    return attachments.stream()
        .map(
            a -> {
              try {
                return new NewAttachment(
                    a.fileName(),
                    Base64.getDecoder().decode(Params.required("content", a.content())));
              } catch (IllegalArgumentException e) {
                throw new BusinessException("api.badValue", "content");
              }
            })
        .toList();
  }

  private Locale locale() {
    List<Locale> accepted = headers.getAcceptableLanguages();
    return !accepted.isEmpty() && "en".equals(accepted.get(0).getLanguage())
        ? Locale.ENGLISH
        : lt.dienynas.shared.Messages.LITHUANIAN;
  }
}
