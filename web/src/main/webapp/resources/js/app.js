/* The installable web app: registers the service worker (sw.js) that keeps the diary's last week. */
(function () {
  // the login page (after a logout, an expired session): nothing of the last reader's diary stays
  if (document.getElementById('j_username') && window.caches) {
    caches.delete('dienynas-diary-v1');
  }
  if (!('serviceWorker' in navigator)) {
    return;
  }
  var root = document.documentElement.getAttribute('data-context') || '';
  window.addEventListener('load', function () {
    navigator.serviceWorker.register(root + '/sw.js', { scope: root + '/' }).catch(function () {
      // no service worker (a private window, an old browser): the portal works as before
    });
  });
  window.addEventListener('offline', function () {
    document.documentElement.classList.add('dn-offline');
  });
  window.addEventListener('online', function () {
    document.documentElement.classList.remove('dn-offline');
  });
  if (!navigator.onLine) {
    document.documentElement.classList.add('dn-offline');
  }
})();

/* The main menu on a phone: folded behind its button (the page's first screen is the page, not the
   menu); the button says whether it is open, Escape closes it and gives the focus back. */
(function () {
  var button = document.getElementById('nav-toggle');
  var nav = button && button.closest('.dn-nav');
  if (!nav) {
    return;
  }
  document.documentElement.classList.add('dn-js');
  function show(open) {
    nav.classList.toggle('dn-nav-open', open);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  button.addEventListener('click', function () {
    show(!nav.classList.contains('dn-nav-open'));
  });
  nav.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && nav.classList.contains('dn-nav-open')) {
      show(false);
      button.focus();
    }
  });
})();
