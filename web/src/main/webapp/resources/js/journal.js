/* The journal grid without a mouse: Enter in a cell goes to the next student's cell (from the last
   one to the save button); Enter in the lesson's topic goes to the first cell. */
document.addEventListener('keydown', function (event) {
  if (event.key !== 'Enter') {
    return;
  }
  var target = event.target;
  var cells = Array.prototype.slice.call(document.querySelectorAll('.dn-cell-input'));
  if (target.classList.contains('dn-cell-input')) {
    event.preventDefault();
    var next = cells.indexOf(target) + 1;
    if (next < cells.length) {
      cells[next].focus();
      cells[next].select();
    } else {
      var save = document.getElementById('journal-form:save');
      if (save) {
        save.focus();
      }
    }
  } else if (target.classList.contains('dn-panel-input')) {
    event.preventDefault();
    if (cells.length > 0) {
      cells[0].focus();
      cells[0].select();
    }
  }
});
