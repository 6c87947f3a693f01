// The kind of lazy loader news sites ship: an image keeps its URL in data-src (and
// data-srcset) until it comes near the viewport, then the loader moves it to src.
(function () {
  var pending = document.querySelectorAll('img[data-src]');
  var load = function (img) {
    if (img.dataset.srcset) img.srcset = img.dataset.srcset;
    img.src = img.dataset.src;
    img.removeAttribute('data-src');
    img.classList.remove('lazy');
  };
  if (!('IntersectionObserver' in window)) return pending.forEach(load);
  var io = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      io.unobserve(entry.target);
      load(entry.target);
    });
  }, { rootMargin: '200px 0px' });
  pending.forEach(function (img) { io.observe(img); });
})();
