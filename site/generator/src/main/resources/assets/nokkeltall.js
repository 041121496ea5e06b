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
// Arriving from a region's row (#k1151): a banner at the top says where the region stands ("Utsira: 22,4 – plass 128
// av 357"); the row itself stays highlighted by CSS without the script.
(function () {
  var b = document.getElementById('ankomst'), tab = document.querySelector('table.rang');
  if (!b || !tab) return;
  function vis() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = /^[kf]\d+$/.test(id) ? document.getElementById(id) : null;
    if (!el) { b.hidden = true; return; }
    if (el.tagName === 'TR') {
      var c = el.children;
      b.textContent = c[1].textContent + ': ' + c[2].textContent + ' \u2013 plass ' + c[0].textContent + ' av ' + tab.dataset.m;
    } else {
      b.textContent = el.querySelector('a').textContent + ': ingen tall for ' + tab.dataset.aar;
    }
    b.hidden = false;
  }
  window.addEventListener('hashchange', vis);
  vis();
})();
