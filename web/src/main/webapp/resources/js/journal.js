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

/* Unsaved changes: whatever is typed in the lesson's form and not yet saved, and a student note
   typed but not yet added, are guarded when the teacher leaves the lesson (another lesson's header,
   the month links, any link) or the page. After a save, the first bad cell takes the focus, so the
   keyboard flow goes on there. */
(function () {
  var dirty = false;
  var saving = false;

  function inLessonForm(element) {
    return element && element.closest && element.closest('#journal-form') !== null;
  }

  /* a note is added by its own button, which empties the field: what stays in it is not added */
  function noteWaiting() {
    var note = document.getElementById('note-form:note-text');
    return note !== null && note.value.trim() !== '';
  }

  function unsaved() {
    return dirty || noteWaiting();
  }

  function markDirty(event) {
    if (inLessonForm(event.target)) {
      dirty = true;
    }
  }

  document.addEventListener('input', markDirty);
  document.addEventListener('change', markDirty);

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (target.closest && target.closest('[id="journal-form:save"]')) {
      saving = true;
      return;
    }
    var link = target.closest ? target.closest('a[href]') : null;
    if (!unsaved() || link === null || link.getAttribute('href').charAt(0) === '#' || link.target === '_blank') {
      return;
    }
    var form = document.getElementById('journal-form');
    if (window.confirm(form ? form.getAttribute('data-unsaved-text') : '')) {
      dirty = false;
      var note = document.getElementById('note-form:note-text');
      if (note !== null) {
        note.value = '';
      }
    } else {
      event.preventDefault();
    }
  }, true);

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.id === 'journal-form:save') {
      saving = true;
    }
  }, true);

  window.addEventListener('beforeunload', function (event) {
    if (unsaved()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', function () {
      if (!saving) {
        return;
      }
      saving = false;
      dirty = document.getElementById('journal-form:save-ok') === null;
      var bad = document.querySelector('.dn-cell-input.dn-invalid');
      if (bad) {
        bad.focus();
        bad.select();
      }
    });
  }
})();

/* The lesson being entered is in view: a month of lessons is wider than a phone (or a narrow
   window), so the grid's own scroll region brings the open column next to the students' names. */
(function () {
  function showOpenColumn() {
    var wrap = document.querySelector('.dn-grid-wrap');
    var open = wrap && wrap.querySelector('thead th.dn-open');
    if (!open || wrap.scrollWidth <= wrap.clientWidth) {
      return;
    }
    var names = wrap.querySelector('thead th.dn-grid-student');
    var sticky = names ? names.offsetWidth : 0;
    var from = open.offsetLeft - wrap.scrollLeft;
    if (from < sticky || from + open.offsetWidth > wrap.clientWidth) {
      wrap.scrollLeft = Math.max(0, open.offsetLeft - sticky);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', showOpenColumn);
  } else {
    showOpenColumn();
  }
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', showOpenColumn);
  }
})();
