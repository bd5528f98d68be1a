// Opens the failure a person asked for: #expand-all opens every failure, #f-... opens that one,
// and a click on a failed cell opens its failure (the cells link to it). No network, no libraries.
(function () {
  function openFor(hash) {
    if (hash === '#expand-all') {
      document.querySelectorAll('details.failure').forEach(function (d) { d.open = true; });
      return;
    }
    if (hash && hash.length > 1) {
      var target = document.getElementById(decodeURIComponent(hash.substring(1)));
      if (target && target.tagName === 'DETAILS') {
        target.open = true;
        target.scrollIntoView();
      }
    }
  }
  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('a[href^="#f-"]') : null;
    if (link) { openFor(link.getAttribute('href')); }
  });
  window.addEventListener('hashchange', function () { openFor(location.hash); });
  document.addEventListener('DOMContentLoaded', function () { openFor(location.hash); });
})();
