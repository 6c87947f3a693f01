// Like the "more photos" widgets of news sites: the strip is empty in the HTML and filled from
// JSON after the page has loaded, so its pictures arrive by script, not by the parser.
// data-demo-pending stays on the container until it is filled (tests and the demo wait for it).
(function () {
  var strip = document.querySelector('[data-archive-strip]');
  if (!strip) return;
  fetch(strip.getAttribute('data-archive-strip'))
    .then(function (response) { return response.json(); })
    .then(function (items) {
      items.forEach(function (item) {
        var figure = document.createElement('figure');
        var img = document.createElement('img');
        img.src = item.src;
        img.alt = item.alt;
        img.width = 900;
        img.height = 600;
        img.setAttribute('data-expect', item.expect);
        if (item.categories) img.setAttribute('data-expect-categories', item.categories);
        var caption = document.createElement('figcaption');
        caption.textContent = item.caption;
        figure.append(img, caption);
        strip.append(figure);
      });
    })
    .finally(function () { strip.removeAttribute('data-demo-pending'); });
})();
