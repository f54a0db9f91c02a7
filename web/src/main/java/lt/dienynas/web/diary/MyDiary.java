package lt.dienynas.web.diary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serial;
import lt.dienynas.diary.DiaryChild;

/** A student's own diary (grades 5–8). */
@Named
@ViewScoped
public class MyDiary extends DiaryPage {
  @Serial private static final long serialVersionUID = 1L;

  private DiaryChild me;

  // one transaction for the page's reads: who calls and may they see this is decided once, and the
  // services' reads share one persistence context (issue 19)
  @Transactional
  public void load() {
    me = diary.me(getDate());
    show(me.studentId());
  }

  public DiaryChild getMe() {
    return me;
  }
}
