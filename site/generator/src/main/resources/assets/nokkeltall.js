// Figure pages: when a region's row is the page's target (/nokkeltall/x/#k0301, as region pages link), the inline
// map also outlines that region (on the map and in an inset) and draws it on top. Without this script the row is
// highlighted and the region's KOSTRA group is marked by CSS alone.
(function () {
  var kart = document.getElementById('kart');
  if (!kart) return;
  function merk() {
    [].forEach.call(kart.querySelectorAll('.vm'), function (e) { e.classList.remove('vm'); });
    var id = decodeURIComponent(location.hash.slice(1));
    if (!/^[kf]\d+$/.test(id) || !document.getElementById(id)) return;
    [].forEach.call(kart.querySelectorAll('[data-kode="' + id.slice(1) + '"]'), function (p) {
      var a = p.parentNode.tagName.toLowerCase() === 'a' ? p.parentNode : p;
      [].forEach.call(a === p ? [p] : a.querySelectorAll('path'), function (e) { e.classList.add('vm'); });
      a.parentNode.appendChild(a);
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
