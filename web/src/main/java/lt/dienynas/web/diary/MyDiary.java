package lt.dienynas.web.diary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import lt.dienynas.diary.DiaryChild;

/** A student's own diary (grades 5–8). */
@Named
@ViewScoped
public class MyDiary extends DiaryPage {
  @Serial private static final long serialVersionUID = 1L;

  private DiaryChild me;

  public void load() {
    me = diary.me(getDate());
    show(me.studentId());
  }

  public DiaryChild getMe() {
    return me;
  }
}
