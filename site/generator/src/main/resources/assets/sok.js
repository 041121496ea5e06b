// Front page search over the static index: names (with Sami and Kven names) and kommunenummer, old numbers too.
// Names that start with the query come first ("berg" -> Bergen), then names with a word starting with it, then the rest.
// Every page's header form sends its query here as ?q=.
(function(){var f=document.getElementById('sok');if(!f||!window.fetch)return;f.hidden=false;
var i=document.getElementById('sok-felt'),st=document.getElementById('sok-status'),ol=document.getElementById('sok-treff'),ix=null,best=[];
function n(s){return s.toLowerCase().replace(/æ/g,'ae').replace(/ø/g,'o').replace(/å/g,'a').normalize('NFD').replace(/[\u0300-\u036f]/g,'')}
function rang(k,q){var nv=n(k.n);if(nv.indexOf(q)===0)return 0;if(k.s.indexOf(' '+q)>=0||nv.indexOf('-'+q)>=0)return 1;return 2}
function sok(){if(!ix)return;var q=n(i.value.trim()),hit={},c=0;best=[];
ix.forEach(function(k){if(!q||k.s.indexOf(q)>=0){hit[k.u]=1;c++;if(q)best.push(k)}});
best.sort(function(a,b){return rang(a,q)-rang(b,q)||a.n.localeCompare(b.n,'nb')});
ol.textContent='';best.slice(0,10).forEach(function(k){var li=document.createElement('li'),a=document.createElement('a');a.href=k.u;a.textContent=k.n;li.appendChild(a);ol.appendChild(li)});
document.querySelectorAll('section.fy').forEach(function(s){var any=false;s.querySelectorAll('li').forEach(function(l){var h=!!hit[l.querySelector('a').getAttribute('href')];l.hidden=!h;any=any||h});s.hidden=!any});
st.textContent=q?c+' treff':''}
fetch('/sok/indeks.json').then(function(r){return r.json()}).then(function(d){ix=d;sok()});
var q=new URLSearchParams(location.search).get('q');if(q){i.value=q}
f.addEventListener('submit',function(e){e.preventDefault();if(best.length)location.href=best[0].u});
i.addEventListener('input',sok)})();
