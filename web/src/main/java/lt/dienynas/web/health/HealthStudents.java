package lt.dienynas.web.health;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.health.HealthService;
import lt.dienynas.health.HealthService.StudentHit;

/** Sveikatos duomenys: the health specialist (or the director) finds a student of the school. */
@Named
@ViewScoped
public class HealthStudents implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private HealthService health;

  private String query;
  private List<StudentHit> hits;

  public void search() {
    hits = health.searchStudents(query);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<StudentHit> getHits() {
    return hits;
  }
}
