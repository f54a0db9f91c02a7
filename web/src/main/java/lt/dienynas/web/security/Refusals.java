package lt.dienynas.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import lt.dienynas.security.AccessRefusal;
import lt.dienynas.security.RefusalLog;

/** Atsisakymų žurnalas: the latest refused accesses, for the DB admin and the director. */
@Named
@RequestScoped
public class Refusals {
  private static final int MAX_ROWS = 200;

  @EJB private RefusalLog log;

  private List<AccessRefusal> rows;

  public void load() {
    rows = log.latest(MAX_ROWS);
  }

  public List<AccessRefusal> getRows() {
    return rows;
  }

  public int getMaxRows() {
    return MAX_ROWS;
  }
}
