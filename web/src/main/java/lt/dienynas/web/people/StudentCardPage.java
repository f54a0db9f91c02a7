package lt.dienynas.web.people;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import lt.dienynas.people.StudentCardService;
import lt.dienynas.people.StudentCardService.StudentCard;

/** Mokinio kortelė: one student's name, class and class teacher, for those who may see them. */
@Named
@RequestScoped
public class StudentCardPage {

  @EJB private StudentCardService cards;

  private Long id;
  private StudentCard card;

  public void load() {
    card = cards.card(id == null ? 0 : id);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public StudentCard getCard() {
    return card;
  }
}
