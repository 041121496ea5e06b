// Figure pages: when a region's row is the page's target (/nokkeltall/x/#k0301, as region pages link), the maps
// also outline that region by addressing the same kart.svg with the region's id (#kart-r0301). Without this script
// the row is highlighted and the region's KOSTRA group is marked by CSS alone.
(function () {
  var kart = [].slice.call(document.querySelectorAll('.kart img'));
  if (!kart.length) return;
  kart.forEach(function (img) { img.dataset.src = img.getAttribute('src'); img.dataset.alt = img.getAttribute('alt'); });
  function merk() {
    var id = decodeURIComponent(location.hash.slice(1));
    var rad = /^[kf]\d+$/.test(id) ? document.getElementById(id) : null;
    var navn = rad && rad.querySelector('th') ? rad.querySelector('th').textContent : '';
    kart.forEach(function (img) {
      var src = img.dataset.src, alt = img.dataset.alt;
      if (rad) {
        src = src.split('#')[0] + '#kart-r' + id.slice(1);
        alt = alt + ' ' + navn + ' har oransje kant.';
      }
      if (img.getAttribute('src') !== src) { img.setAttribute('src', src); img.setAttribute('alt', alt); }
    });
  }
  window.addEventListener('hashchange', merk);
  merk();
})();
