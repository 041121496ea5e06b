(function(){var f=document.getElementById('sok');if(!f||!window.fetch)return;f.hidden=false;var i=document.getElementById('sok-felt'),st=document.getElementById('sok-status'),ix=null;
fetch('/sok/indeks.json').then(function(r){return r.json()}).then(function(d){ix=d});
function n(s){return s.toLowerCase().replace(/æ/g,'ae').replace(/ø/g,'o').replace(/å/g,'a').normalize('NFD').replace(/[\u0300-\u036f]/g,'')}
f.addEventListener('submit',function(e){e.preventDefault();var v=[].filter.call(document.querySelectorAll('section.fy li'),function(l){return !l.hidden});if(v.length===1)location.href=v[0].querySelector('a').href});
i.addEventListener('input',function(){if(!ix)return;var q=n(i.value.trim()),hit={},c=0;ix.forEach(function(k){if(!q||k.s.indexOf(q)>=0){hit[k.u]=1;c++}});
document.querySelectorAll('section.fy').forEach(function(s){var any=false;s.querySelectorAll('li').forEach(function(l){var h=!!hit[l.querySelector('a').getAttribute('href')];l.hidden=!h;any=any||h});s.hidden=!any});
st.textContent=q?c+' treff':''})})();
