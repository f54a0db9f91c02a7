// Loaded on every page (main template). PrimeFaces date pickers on every page: a chosen day
// closes the calendar, and so does Esc
// (the calendar otherwise stays open over the field and the button below it).
(function () {
  function pickers() {
    var all = [];
    if (window.PrimeFaces && PrimeFaces.widgets && PrimeFaces.widget.DatePicker) {
      for (var key in PrimeFaces.widgets) {
        var widget = PrimeFaces.widgets[key];
        if (widget instanceof PrimeFaces.widget.DatePicker) {
          all.push(widget);
        }
      }
    }
    return all;
  }

  function hideAll() {
    pickers().forEach(function (widget) {
      try {
        widget.hide();
      } catch (ignored) {
        // an inline calendar has no overlay to hide
      }
    });
  }

  // PrimeFaces hides a calendar only once its opening transition has ended (its document listener
  // is bound then): an Esc or a pick during the transition was lost, and the calendar stayed open
  // over the button below. So the hide is repeated until the transition is surely over, unless the
  // person opens a calendar again meanwhile.
  var closing = 0;

  function closeSoon() {
    var asked = Date.now();
    closing = asked;
    hideAll();
    [100, 300, 600, 1000].forEach(function (delay) {
      setTimeout(function () {
        if (closing === asked) {
          hideAll();
        }
      }, delay);
    });
  }

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      closeSoon();
    } else {
      closing = 0;
    }
  }, true);

  document.addEventListener('mousedown', function (event) {
    if (event.target.closest && event.target.closest('.ui-datepicker-trigger, .ui-inputfield')) {
      closing = 0;
    }
  }, true);

  document.addEventListener('click', function (event) {
    var day = event.target.closest && event.target.closest('.ui-datepicker-calendar td');
    if (day && !day.classList.contains('ui-datepicker-other-month')
        && !day.querySelector('.ui-state-disabled')) {
      setTimeout(closeSoon, 0);
    }
  }, true);
})();

// A print button (data-print, e.g. the credential slip's): bound here, not by an inline onclick,
// which the Content-Security-Policy's script-src (nonce, no 'unsafe-inline') does not run.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('[data-print]');
  if (button) {
    window.print();
  }
});
