package lt.dienynas.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.security.AccountAdministration;
import lt.dienynas.security.AccountAdministration.PersonAccount;

/** Naudotojai: the DB admin finds people and manages their accounts. */
@Named
@ViewScoped
public class Users implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
  private static final int MAX_ROWS = 100;

  @EJB private AccountAdministration accounts;

  private String query = "";
  private List<PersonAccount> rows;

  public void load() {
    search();
  }

  public void search() {
    rows = accounts.search(query, MAX_ROWS);
  }

  public void disable(long personId) {
    accounts.disable(personId);
    search();
  }

  public void enable(long personId) {
    accounts.enable(personId);
    search();
  }

  public void unlock(long personId) {
    accounts.unlock(personId);
    search();
  }

  public int getMaxRows() {
    return MAX_ROWS;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<PersonAccount> getRows() {
    return rows;
  }
}
