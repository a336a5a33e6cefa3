/** The review page's own style and script, kept apart from the data so each stays readable. */

export const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.6 system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #222; display: grid; grid-template-columns: clamp(180px, 18vw, 260px) minmax(0, 1fr) clamp(300px, 36vw, 520px); height: 100vh; }
nav, main, aside { overflow: auto; height: 100vh; }
nav { border-right: 1px solid #ddd; background: #fafafa; }
nav h1 { font-size: 15px; margin: 12px; }
nav input { width: calc(100% - 24px); margin: 0 12px 8px; padding: 4px 6px; }
nav ul { list-style: none; margin: 0; padding: 0; }
nav li button { all: unset; display: block; width: 100%; padding: 6px 12px; cursor: pointer; border-bottom: 1px solid #eee; }
nav li button[aria-current="true"] { background: #e6efff; }
nav li .meta { color: #666; font-size: 12px; }
nav li button { overflow-wrap: anywhere; }
#failed h2 { font-size: 13px; margin: 12px 12px 4px; color: #a33; }
#failed li { padding: 4px 12px; font-size: 12px; border-bottom: 1px solid #eee; overflow-wrap: anywhere; }
#failed li .meta { color: #a33; }
.badge { display: inline-block; background: #f0ad4e; color: #fff; border-radius: 8px; padding: 0 6px; font-size: 11px; margin-left: 4px; }
main { padding: 16px 24px; }
main h2 { font-size: 16px; margin: 0 0 4px; word-break: break-all; }
.facts { color: #555; margin-bottom: 8px; }
.warnings { background: #fff6e5; border: 1px solid #f0ad4e; padding: 6px 10px; margin: 8px 0; border-radius: 4px; }
.article { white-space: pre-wrap; word-break: break-word; font-size: 15px; line-height: 1.9; }
mark { background: var(--c); border-radius: 2px; cursor: pointer; position: relative; outline: none; }
mark.more { box-shadow: inset 0 -3px 0 rgba(0,0,0,.45); }
mark:focus, mark.flash { box-shadow: 0 0 0 2px #000; }
#tip { position: fixed; z-index: 10; background: #222; color: #fff; padding: 6px 8px; border-radius: 4px; font-size: 12px; line-height: 1.5; pointer-events: none; max-width: 360px; display: none; white-space: pre-line; }
aside { border-left: 1px solid #ddd; padding: 12px; }
aside .filters { display: flex; gap: 8px; margin-bottom: 8px; }
aside select { flex: 1; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #eee; vertical-align: top; }
td:nth-child(4) { white-space: nowrap; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: #f3f7ff; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; background: var(--c); }
`;

export const SCRIPT = `
const data = JSON.parse(document.getElementById('data').textContent);
const colours = {};
data.metrics.forEach((m, i) => { colours[m] = 'hsl(' + Math.round((i * 137.508) % 360) + ', 85%, 78%)'; });
const $ = (id) => document.getElementById(id);
const tip = $('tip');
let current = 0;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'style') node.style.cssText = v; else if (k.startsWith('on')) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const child of children) node.append(child);
  return node;
}

function describe(r) {
  return r.metric + ' = ' + r.value + '\\n' + r.measure + ' (' + (r.measure_word || 'no measure word') + '), ' + r.qualifier +
    '\\nunit: ' + (r.unit || '?') + (r.unit_path ? ' (' + r.unit_path + ', ' + r.unit_code + ')' : '') + ', year: ' + (r.year ?? '?') + '\\nrule: ' + r.rule + (r.warning ? '\\n⚠ ' + r.warning : '');
}

function renderList() {
  const query = $('search').value.trim();
  const list = $('articles');
  list.replaceChildren();
  data.articles.forEach((a, i) => {
    if (query && !(a.file + ' ' + a.units.join(' ')).includes(query)) return;
    const warn = a.warnings.length ? el('span', { class: 'badge', title: a.warnings.join('\\n') }, '⚠ ' + a.warnings.length) : '';
    const button = el('button', { 'aria-current': String(i === current), onclick: () => show(i) },
      a.name, warn, el('div', { class: 'meta' }, a.units.join('、') + ' · ' + a.records.length + ' records'));
    list.append(el('li', {}, button));
  });
}

/** The article split at every evidence boundary: each piece knows the records that cover it. */
function segments(a) {
  const cuts = new Set([0, a.chars.length]);
  a.records.forEach((r) => { cuts.add(r.s); cuts.add(r.e); });
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const s = points[k], e = points[k + 1];
    const covering = [];
    a.records.forEach((r, i) => { if (r.s <= s && e <= r.e && r.e > r.s) covering.push(i); });
    out.push({ s, e, covering });
  }
  return out;
}

function show(i) {
  current = i;
  const a = data.articles[i];
  a.chars = a.chars || Array.from(a.text);
  $('title').textContent = a.file;
  $('facts').textContent = a.encoding + ' · ' + a.format + ' · ' + (a.unitYears.join('; ') || 'no unit') + ' · ' + a.records.length + ' records';
  const warnings = $('warnings');
  warnings.hidden = !a.warnings.length;
  warnings.replaceChildren(...a.warnings.map((w) => el('div', {}, '⚠ ' + w)));
  const body = $('article');
  body.replaceChildren();
  const seen = new Set();
  for (const seg of segments(a)) {
    const text = a.chars.slice(seg.s, seg.e).join('');
    if (!seg.covering.length) { body.append(text); continue; }
    const k = seg.covering[seg.covering.length - 1];
    const r = a.records[k];
    const attrs = { style: '--c:' + colours[r.metric], tabindex: '0', 'data-metric': r.metric, 'data-part-of': seg.covering.join(' '), 'aria-label': describe(r) };
    const first = seg.covering.filter((c) => !seen.has(c));
    if (first.length) { attrs['data-record'] = first.join(' '); attrs.id = 'r' + first[0]; first.forEach((c) => seen.add(c)); }
    if (seg.covering.length > 1) attrs.class = 'more';
    body.append(el('mark', attrs, text));
  }
  $('main').scrollTop = 0;
  renderFilters(a);
  renderTable();
  renderList();
}

function renderFilters(a) {
  for (const [id, key] of [['metric', 'metric'], ['unit', 'unit']]) {
    const values = [...new Set(a.records.map((r) => r[key] ?? '?'))].sort();
    $(id).replaceChildren(el('option', { value: '' }, 'all ' + key + 's'), ...values.map((v) => el('option', { value: v }, v)));
  }
}

function renderTable() {
  const a = data.articles[current];
  const metric = $('metric').value, unit = $('unit').value;
  const rows = [];
  a.records.forEach((r, k) => {
    if ((metric && r.metric !== metric) || (unit && (r.unit ?? '?') !== unit)) return;
    rows.push(el('tr', { 'data-row': String(k), tabindex: '0', onclick: () => jump(k), onkeydown: (e) => { if (e.key === 'Enter') jump(k); } },
      el('td', {}, el('span', { class: 'swatch', style: '--c:' + colours[r.metric] }), el('a', { href: '#r' + k, onclick: (e) => { e.preventDefault(); jump(k); } }, r.metric)),
      el('td', {}, String(r.value)), el('td', {}, r.qualifier), el('td', {}, r.unit ?? '?'), el('td', {}, r.text + (r.warning ? ' ⚠' : ''))));
  });
  $('rows').replaceChildren(...rows);
  $('count').textContent = rows.length + ' of ' + a.records.length + ' records';
}

function jump(k) {
  const mark = document.querySelector('mark[id="r' + k + '"]');
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
  mark.classList.add('flash');
  setTimeout(() => mark.classList.remove('flash'), 1200);
}

function showTip(event) {
  const mark = event.target.closest('mark');
  if (!mark) { tip.style.display = 'none'; return; }
  const a = data.articles[current];
  tip.textContent = mark.dataset.partOf.split(' ').map((k) => describe(a.records[Number(k)])).join('\\n—\\n');
  const box = mark.getBoundingClientRect();
  tip.style.left = Math.min(box.left, window.innerWidth - 380) + 'px';
  tip.style.top = (box.bottom + 6) + 'px';
  tip.style.display = 'block';
}

$('article').addEventListener('mouseover', showTip);
$('article').addEventListener('focusin', showTip);
$('article').addEventListener('mouseout', () => { tip.style.display = 'none'; });
$('article').addEventListener('focusout', () => { tip.style.display = 'none'; });
$('metric').addEventListener('change', renderTable);
$('unit').addEventListener('change', renderTable);
$('search').addEventListener('input', renderList);
$('summary').textContent = data.articles.length + ' articles · ' + data.articles.reduce((n, a) => n + a.records.length, 0) + ' records' +
  (data.failed.length ? ' · ' + data.failed.length + ' failed' : '');
$('failed').hidden = !data.failed.length;
$('failed').querySelector('ul').replaceChildren(...data.failed.map((f) => el('li', { title: f.file }, f.name, el('div', { class: 'meta' }, f.reason))));
if (data.articles.length) show(0); else renderList();
`;
