package lt.dienynas.web.classdocs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.classdocs.DownloadFile;
import lt.dienynas.classdocs.GroupChoice;
import lt.dienynas.classdocs.InstructionKind;
import lt.dienynas.classdocs.InstructionService;
import lt.dienynas.classdocs.InstructionView;
import lt.dienynas.classdocs.NewInstruction;
import lt.dienynas.shared.Messages;
import lt.dienynas.web.faces.PageMessages;
import org.omnifaces.util.Faces;

/**
 * Saugaus elgesio ir kiti instruktažai (§21.4, §23.9): the class teacher (their class) or a subject
 * teacher (their group) records an instruction held, prints its sign sheet and records that the
 * signed sheet is filed. The service decides who may; the sheet prints in Lithuanian (§3).
 */
@Named
@ViewScoped
public class Instructions implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private InstructionService instructions;

  private Long group;
  private List<GroupChoice> groups = List.of();
  private List<InstructionView> rows = List.of();
  private InstructionKind kind = InstructionKind.SAFETY;
  private LocalDate date;
  private String title;
  private String content;

  public void load() {
    groups = instructions.myGroups();
    if (group == null && !groups.isEmpty()) {
      group = groups.get(0).id();
    }
    rows = group == null ? List.of() : instructions.ofGroup(group);
  }

  public void record() {
    instructions.record(new NewInstruction(group, kind, date, title, content));
    title = null;
    content = null;
    rows = instructions.ofGroup(group);
    PageMessages.info("classdocs.instruction.recorded");
  }

  public void file(InstructionView row) {
    instructions.fileSheet(row.id(), row.version());
    rows = instructions.ofGroup(group);
    PageMessages.info("classdocs.instruction.filed");
  }

  public void sheet(InstructionView row) {
    DownloadFile file = instructions.signSheet(row.id(), Messages.LITHUANIAN);
    Faces.sendFile(file.content(), file.fileName(), true);
  }

  public InstructionKind[] getKinds() {
    return InstructionKind.values();
  }

  public Long getGroup() {
    return group;
  }

  public void setGroup(Long group) {
    this.group = group;
  }

  public List<GroupChoice> getGroups() {
    return groups;
  }

  public List<InstructionView> getRows() {
    return rows;
  }

  public InstructionKind getKind() {
    return kind;
  }

  public void setKind(InstructionKind kind) {
    this.kind = kind;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }
}
