// Kommunefakta /sammenlign/: up to five regions side by side, built from each region's data.json.
// The choice lives in the URL (?r=kommune/oslo&r=fylke/vestland), so the page can be shared.
(function () {
  'use strict';
  var MAKS = 5;
  var form = document.getElementById('velg');
  var ut = document.getElementById('resultat');
  if (!form || !ut || !window.fetch) { return; }
  var valg = {};
  Array.prototype.forEach.call(document.querySelectorAll('#regioner option'), function (o) {
    valg[o.value] = o.value;
    valg[o.textContent.toLowerCase()] = o.value;
    valg[o.textContent.replace(/ \((kommune|fylke)\)$/, '').toLowerCase()] = valg[o.textContent.replace(/ \((kommune|fylke)\)$/, '').toLowerCase()] || o.value;
  });
  var onsket = new URLSearchParams(location.search).getAll('r').map(function (r) {
    return valg[r] || valg[r.toLowerCase().trim()];
  }).filter(Boolean).slice(0, MAKS);
  var felt = form.querySelectorAll('input[name=r]');
  onsket.forEach(function (r, i) { if (felt[i]) { felt[i].value = r; } });
  if (onsket.length === 0) { return; }
  function el(navn, tekst) {
    var e = document.createElement(navn);
    if (tekst !== undefined) { e.textContent = tekst; }
    return e;
  }
  function tall(v) {
    if (typeof v === 'number') {
      return v.toLocaleString('nb-NO', { maximumFractionDigits: 3 }).replace(/-/, '\u2212');
    }
    return String(v);
  }
  ut.textContent = 'Henter tall …';
  Promise.all(onsket.map(function (r) {
    return fetch('/' + r + '/data.json').then(function (s) {
      if (!s.ok) { throw new Error(r + ': ' + s.status); }
      return s.json();
    });
  })).then(function (data) {
    var omraader = [];
    var perOmraade = {};
    data.forEach(function (d, i) {
      d.tjenesteomraader.forEach(function (o) {
        if (!perOmraade[o.id]) { perOmraade[o.id] = { navn: o.navn, figurer: [], perId: {} }; omraader.push(o.id); }
        var po = perOmraade[o.id];
        o.nokkeltall.forEach(function (n) {
          if (!po.perId[n.id]) { po.perId[n.id] = { navn: n.navn, enhet: n.enhet, id: n.id, verdier: [] }; po.figurer.push(n.id); }
          var siste = n.aar[n.aar.length - 1];
          po.perId[n.id].verdier[i] = siste ? tall(siste.verdi) + ' (' + siste.aar + ')' : '..';
        });
      });
    });
    ut.textContent = '';
    var h = el('h2', 'Sammenligning: ' + data.map(function (d) { return d.region.navn; }).join(', '));
    h.id = 'sammenligning';
    ut.appendChild(h);
    omraader.forEach(function (id) {
      var po = perOmraade[id];
      var wrap = el('div'); wrap.className = 'tw';
      var t = el('table');
      var cap = el('caption', po.navn); t.appendChild(cap);
      var thead = el('thead'); var hr = el('tr');
      var th0 = el('th', 'Nøkkeltall (siste år)'); th0.scope = 'col'; hr.appendChild(th0);
      data.forEach(function (d) { var th = el('th', d.region.navn); th.scope = 'col'; hr.appendChild(th); });
      thead.appendChild(hr); t.appendChild(thead);
      var tb = el('tbody');
      po.figurer.forEach(function (fid) {
        var f = po.perId[fid]; var tr = el('tr');
        var th = el('th'); th.scope = 'row';
        var a = el('a', f.navn + ' (' + f.enhet + ')'); a.href = '/nokkeltall/' + f.id + '/'; th.appendChild(a); tr.appendChild(th);
        data.forEach(function (d, i) { tr.appendChild(el('td', f.verdier[i] === undefined ? '–' : f.verdier[i])); });
        tb.appendChild(tr);
      });
      t.appendChild(tb); wrap.appendChild(t); ut.appendChild(wrap);
    });
  }).catch(function (e) {
    ut.textContent = 'Kunne ikke hente tallene (' + e.message + ').';
  });
})();
