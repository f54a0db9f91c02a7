package lt.dienynas.web.messaging;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.messaging.MessageService;
import lt.dienynas.messaging.NewAttachment;
import lt.dienynas.messaging.RecipientOption;
import lt.dienynas.messaging.RecipientTarget;
import lt.dienynas.web.faces.PageMessages;
import lt.dienynas.web.shell.LocaleSwitcher;

/**
 * Rašyti žinutę: the groups the person may address (checkboxes), people found by name, subject,
 * text and attachments. The service decides whom the person may address; this only offers its
 * choices.
 */
@Named
@ViewScoped
public class Compose implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private MessageService messages;
  @Inject private LocaleSwitcher locale;

  private List<RecipientOption> groupOptions;
  private List<String> selectedGroups = new ArrayList<>();
  private final Map<String, String> selectedPeople = new LinkedHashMap<>();
  private String personQuery;
  private List<RecipientOption> found = List.of();
  private String subject;
  private String body;
  private transient List<Part> files;

  public void load() {
    groupOptions = messages.groupOptions(locale.getLocale());
  }

  public void searchPeople() {
    found = messages.searchPeople(personQuery, locale.getLocale());
    if (found.isEmpty()) {
      PageMessages.info("compose.nobodyFound");
    }
  }

  public void addPerson(RecipientOption option) {
    selectedPeople.put(option.key(), option.label());
    found = List.of();
    personQuery = null;
  }

  public void removePerson(String key) {
    selectedPeople.remove(key);
  }

  public String send() {
    List<RecipientTarget> to = new ArrayList<>();
    selectedGroups.forEach(key -> to.add(RecipientTarget.parse(key)));
    selectedPeople.keySet().forEach(key -> to.add(RecipientTarget.parse(key)));
    long id = messages.send(to, subject, body, attachments(files));
    PageMessages.infoAfterRedirect("compose.sent");
    return "/messaging/message?faces-redirect=true&id=" + id;
  }

  /** The uploaded files as attachments (empty parts, i.e. no file chosen, are skipped). */
  static List<NewAttachment> attachments(List<Part> parts) {
    List<NewAttachment> result = new ArrayList<>();
    if (parts == null) {
      return result;
    }
    for (Part part : parts) {
      if (part == null || part.getSize() == 0 || part.getSubmittedFileName() == null) {
        continue;
      }
      try (InputStream in = part.getInputStream()) {
        result.add(new NewAttachment(part.getSubmittedFileName(), in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return result;
  }

  public List<RecipientOption> getGroupOptions() {
    return groupOptions;
  }

  public List<String> getSelectedGroups() {
    return selectedGroups;
  }

  public void setSelectedGroups(List<String> selectedGroups) {
    this.selectedGroups = selectedGroups == null ? new ArrayList<>() : selectedGroups;
  }

  public Map<String, String> getSelectedPeople() {
    return selectedPeople;
  }

  public List<Map.Entry<String, String>> getSelectedPeopleList() {
    return new ArrayList<>(selectedPeople.entrySet());
  }

  public String getPersonQuery() {
    return personQuery;
  }

  public void setPersonQuery(String personQuery) {
    this.personQuery = personQuery;
  }

  public List<RecipientOption> getFound() {
    return found;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}
