package lt.dienynas.it;

import static lt.dienynas.it.GeneratedClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.client.ApiException;
import lt.dienynas.client.api.DienynasApi;
import lt.dienynas.client.model.AnnouncementView;
import lt.dienynas.client.model.ClassChoice;
import lt.dienynas.client.model.MessageReply;
import lt.dienynas.client.model.MessageSummary;
import lt.dienynas.client.model.NewAnnouncement;
import lt.dienynas.client.model.NewAttachment;
import lt.dienynas.client.model.NewMessage;
import lt.dienynas.client.model.RecipientTarget;
import lt.dienynas.client.model.ThreadMessage;
import lt.dienynas.client.model.ThreadView;
import lt.dienynas.it.TestPeople.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Messages and announcements through the generated API client: the class teacher writes to the
 * class's families with a file, a guardian reads, answers and is counted as having read it; whoever
 * is not in the conversation, or not allowed to address a group or announce to a class, is refused;
 * bad input changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessagingApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theClassTeacherWritesToTheFamiliesAndAGuardianAnswers() throws Exception {
    TestSchool school = TestSchool.create(6, 2);
    TestSchool other = TestSchool.create(6, 1);
    Account mother = TestSchool.guardianOf("Laima", "Laiškienė", school.students.get(0));
    DienynasApi classTeacher = GeneratedClient.as(contextRoot, school.classTeacher);
    DienynasApi guardian = GeneratedClient.as(contextRoot, mother);
    DienynasApi stranger =
        GeneratedClient.as(
            contextRoot, TestSchool.guardianOf("Ona", "Svetima", other.students.get(0)));
    RecipientTarget families =
        new RecipientTarget().kind(RecipientTarget.KindEnum.CLASS_GUARDIANS).id(school.classId);
    assertTrue(
        classTeacher.listRecipients(null).stream().anyMatch(o -> families.equals(o.getTarget())),
        "the class's families are among the class teacher's groups");

    byte[] file = "Ekskursijos planas".getBytes(StandardCharsets.UTF_8);
    long sent =
        classTeacher
            .sendMessage(
                new NewMessage()
                    .to(List.of(families))
                    .subject("Ekskursija")
                    .body("Penktadienį važiuojame į Trakus.")
                    .attachments(List.of(new NewAttachment().fileName("planas.txt").content(file))))
            .getId();

    assertEquals(1, guardian.countUnreadMessages().getCount());
    MessageSummary received = guardian.listInbox(0).getItems().get(0);
    assertEquals(sent, received.getId());
    assertFalse(received.getRead());
    ThreadView thread = guardian.getMessageThread(sent);
    assertTrue(thread.getMayReply());
    ThreadMessage message = thread.getMessages().get(0);
    assertEquals("Penktadienį važiuojame į Trakus.", message.getBody());
    File download = guardian.getAttachment(message.getAttachments().get(0).getId());
    assertArrayEquals(file, Files.readAllBytes(download.toPath()));
    assertEquals(0, guardian.countUnreadMessages().getCount());

    long answer = guardian.replyToMessage(sent, new MessageReply().body("Dalyvausime.")).getId();
    assertEquals(answer, classTeacher.listInbox(0).getItems().get(0).getId());
    assertTrue(
        classTeacher.listMessageReceipts(sent, 0).stream()
            .anyMatch(r -> r.getName().contains("Laiškienė") && r.getReadAt() != null));
    assertEquals(1, classTeacher.listSentMessages(0).getItems().get(0).getReadBy());

    // not in the conversation: neither the thread, nor its file, nor an answer, nor the receipts
    assertRefused(403, () -> stranger.getMessageThread(sent));
    assertRefused(403, () -> stranger.getAttachment(message.getAttachments().get(0).getId()));
    assertRefused(403, () -> stranger.replyToMessage(sent, new MessageReply().body("Ne.")));
    assertRefused(403, () -> guardian.listMessageReceipts(sent, 0));
    // a guardian does not write to another class's families, nor to the whole staff
    assertRefused(
        403,
        () ->
            guardian.sendMessage(
                new NewMessage()
                    .to(
                        List.of(
                            new RecipientTarget()
                                .kind(RecipientTarget.KindEnum.CLASS_GUARDIANS)
                                .id(other.classId)))
                    .subject("Labas")
                    .body("Tekstas")));
    assertRefused(
        403,
        () ->
            guardian.sendMessage(
                new NewMessage()
                    .to(
                        List.of(
                            new RecipientTarget().kind(RecipientTarget.KindEnum.ALL_STAFF).id(0L)))
                    .subject("Labas")
                    .body("Tekstas")));
    // bad input: nothing sent
    long before = classTeacher.listSentMessages(0).getTotal();
    ApiException control =
        assertRefused(
            400,
            () ->
                classTeacher.sendMessage(
                    new NewMessage().to(List.of(families)).subject("Be\u0007l").body("Tekstas")));
    assertTrue(control.getResponseBody().contains("plainText"), control.getResponseBody());
    ApiException nobody =
        assertRefused(
            400,
            () ->
                classTeacher.sendMessage(
                    new NewMessage().to(List.of()).subject("Niekam").body("Tekstas")));
    assertTrue(nobody.getResponseBody().contains("message.noRecipients"), nobody.getResponseBody());
    assertEquals(before, classTeacher.listSentMessages(0).getTotal());
    assertRefused(401, () -> GeneratedClient.anonymous(contextRoot).listInbox(0));
  }

  @Test
  void theClassTeacherAnnouncesAParentMeetingAndTheFamiliesAreTold() throws Exception {
    TestSchool school = TestSchool.create(7, 1);
    Account father = TestSchool.guardianOf("Tomas", "Susirinkimas", school.students.get(0));
    DienynasApi classTeacher = GeneratedClient.as(contextRoot, school.classTeacher);
    DienynasApi teacher = GeneratedClient.as(contextRoot, school.teacher);
    DienynasApi guardian = GeneratedClient.as(contextRoot, father);
    LocalDate day = LocalDate.of(2030, 11, 14);
    NewAnnouncement meeting =
        new NewAnnouncement()
            .classId(school.classId)
            .kind(NewAnnouncement.KindEnum.PARENT_MEETING)
            .date(day)
            .time("18:00")
            .place("Aktų salė")
            .topics("Pusmečio rezultatai");

    ClassChoice choice =
        classTeacher.listAnnouncementClasses().stream()
            .filter(c -> c.getId() == school.classId)
            .findFirst()
            .orElseThrow();
    assertTrue(choice.getEvents());
    long id = classTeacher.announce(meeting).getId();
    AnnouncementView mine = classTeacher.listMyAnnouncements().get(0);
    assertEquals(id, mine.getId());
    assertEquals(AnnouncementView.KindEnum.PARENT_MEETING, mine.getKind());
    assertEquals(day, mine.getDate());
    assertEquals("Aktų salė", mine.getPlace());
    assertEquals(1, guardian.countUnreadMessages().getCount());
    assertTrue(guardian.listInbox(0).getItems().get(0).getNotice());

    // a subject teacher of the class announces no meeting; a guardian nothing; bad input nothing
    assertRefused(403, () -> teacher.announce(meeting));
    assertRefused(403, () -> guardian.announce(meeting));
    ApiException outside =
        assertRefused(400, () -> classTeacher.announce(meeting.date(LocalDate.of(2029, 1, 10))));
    assertTrue(outside.getResponseBody().contains("schoolYear.outside"), outside.getResponseBody());
    ApiException noPlace =
        assertRefused(400, () -> classTeacher.announce(meeting.date(day).place(null)));
    assertTrue(
        noPlace.getResponseBody().contains("announcement.timeAndPlace"), noPlace.getResponseBody());
    assertEquals(1, classTeacher.listMyAnnouncements().size());
  }
}
