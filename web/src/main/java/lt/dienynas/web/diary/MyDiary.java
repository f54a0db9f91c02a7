package lt.dienynas.web.diary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import lt.dienynas.diary.DiaryChild;
import lt.dienynas.web.faces.OneTransaction;

/** A student's own diary (grades 5–8). */
@Named
@ViewScoped
public class MyDiary extends DiaryPage {
  @Serial private static final long serialVersionUID = 1L;

  private DiaryChild me;

  @Inject private OneTransaction oneTransaction;

  // one transaction for the page's reads (issue 19)
  public void load() {
    oneTransaction.run(this::read);
  }

  private void read() {
    me = diary.me(getDate());
    show(me.studentId());
  }

  public DiaryChild getMe() {
    return me;
  }
}
