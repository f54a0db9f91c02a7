/* The morning page without a mouse: Enter in a child's cell goes to the next child's cell, from the
   last one to the save button (Tab does the same by itself). */
document.addEventListener('keydown', function (event) {
  if (event.key !== 'Enter' || !event.target.classList.contains('preschool-mark')) {
    return;
  }
  event.preventDefault();
  var cells = Array.prototype.slice.call(document.querySelectorAll('.preschool-mark'));
  var next = cells.indexOf(event.target) + 1;
  if (next < cells.length) {
    cells[next].focus();
    cells[next].select();
  } else {
    var save = document.getElementById('preschool-save');
    if (save) {
      save.focus();
    }
  }
});

/* The morning starts on the first child's cell. */
document.addEventListener('DOMContentLoaded', function () {
  var first = document.querySelector('.preschool-mark:not([disabled])');
  if (first) {
    first.focus();
  }
});
