// PrimeFaces date pickers on every page: a chosen day closes the calendar, and so does Esc
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

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      hideAll();
    }
  }, true);

  document.addEventListener('click', function (event) {
    var day = event.target.closest && event.target.closest('.ui-datepicker-calendar td');
    if (day && !day.classList.contains('ui-datepicker-other-month')
        && !day.querySelector('.ui-state-disabled')) {
      setTimeout(hideAll, 0);
    }
  }, true);
})();
