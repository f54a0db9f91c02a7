package lt.dienynas.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import lt.dienynas.security.PledgeService;
import lt.dienynas.security.PledgeService.Acceptance;

/** The DB admin's list of employees and when each accepted the confidentiality pledge. */
@Named
@RequestScoped
public class PledgeAcceptances {

  @EJB private PledgeService pledges;

  private List<Acceptance> rows;
  private int version;

  public void load() {
    rows = pledges.acceptances();
    version = pledges.current().version();
  }

  public List<Acceptance> getRows() {
    return rows;
  }

  public int getVersion() {
    return version;
  }
}
