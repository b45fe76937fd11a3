/**
 * The app's only stylesheet and script, served from memory under fixed paths. Being files
 * (not inline), they pass a CSP of `script-src 'self'; style-src 'self'` with no nonce.
 */
export const ASSET_PATHS = { css: '/assets/app.css', js: '/assets/app.js' } as const;

export const APP_CSS = `
:root {
  --ink: #1d2330; --muted: #5b6475; --paper: #fbfaf7; --card: #ffffff; --line: #dedad0;
  --accent: #0b5cad; --accent-ink: #ffffff; --focus: #f0a500;
  --entity: #0b5cad; --quote-bg: #fff1b8; --claim-bg: #ffd9d6; --claim-ink: #9b1c12; --hedge: #8a5a00;
  --target: #ffe08a;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: var(--paper); line-height: 1.5;
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, main:focus-visible, summary:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px;
}
.skip { position: absolute; left: -9999px; top: 0; background: var(--ink); color: #fff; padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; top: .5rem; }
.top { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .75rem 1.25rem; background: var(--ink); }
.top a { color: #fff; text-decoration: none; padding: .25rem .1rem; }
.top a[aria-current="page"] { border-bottom: 2px solid var(--focus); }
.brand { font-weight: 700; font-size: 1.15rem; letter-spacing: .02em; }
.top nav { display: flex; gap: 1.25rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1.25rem; }
main:focus { outline: none; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: .25rem 0 .75rem; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
.muted { color: var(--muted); }
.foot { text-align: center; color: var(--muted); font-size: .85rem; padding: 2rem 1rem; }
form.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .75rem; align-items: end;
  background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); gap: .2rem; }
form.filters .wide { grid-column: 1 / -1; }
input, select, button { font: inherit; padding: .45rem .55rem; border: 1px solid #b9b4a8; border-radius: 6px; background: #fff; color: var(--ink); min-width: 0; }
button { background: var(--accent); color: var(--accent-ink); border-color: var(--accent); cursor: pointer; }
.actions { display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; }
.summary-line { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem; margin: 1rem 0 .5rem; }
ol.results { list-style: none; padding: 0; margin: 0; }
ol.results li { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin-bottom: .5rem; }
ol.results .title { font-weight: 600; font-size: 1.05rem; overflow-wrap: anywhere; }
.meta { display: flex; flex-wrap: wrap; gap: .25rem .9rem; font-size: .85rem; color: var(--muted); }
.badge { display: inline-block; font-size: .75rem; padding: 0 .45rem; border-radius: 999px; border: 1px solid var(--line); background: #f2efe7; color: var(--ink); }
.badge.hedged { background: #fff3d6; border-color: #e5c26b; color: var(--hedge); }
nav.pager { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; justify-content: center; margin: 1rem 0; }
nav.pager a, nav.pager span { padding: .35rem .75rem; border: 1px solid var(--line); border-radius: 6px; background: var(--card); text-decoration: none; }
nav.pager span[aria-disabled] { color: var(--muted); }
.empty { background: var(--card); border: 1px dashed var(--line); border-radius: 8px; padding: 1rem; color: var(--muted); }
.layout-article { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 22rem); gap: 1.5rem; }
@media (max-width: 60rem) { .layout-article { grid-template-columns: minmax(0, 1fr); } }
.body { font-family: Georgia, "Times New Roman", serif; font-size: 1.08rem; line-height: 1.7; white-space: pre-wrap;
  overflow-wrap: anywhere; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; }
.hl-entity { text-decoration: underline dotted var(--entity); text-underline-offset: 3px; }
.hl-quote { background: var(--quote-bg); }
.hl-claim { background: var(--claim-bg); color: var(--claim-ink); font-weight: 600; }
.is-target-sentence { background: #dcebff; }
.is-target, .legend-target { background: var(--target); outline: 2px solid var(--focus); }
.anchor { scroll-margin-top: 5rem; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; font-size: .85rem; margin: .5rem 0; }
.legend span { padding: 0 .3rem; }
aside section { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .25rem 1rem 1rem; margin-bottom: 1rem; }
aside h2 { margin-top: .75rem; }
ul.items { list-style: none; padding: 0; margin: 0; }
ul.items li { padding: .5rem 0; border-bottom: 1px solid #eee9de; overflow-wrap: anywhere; }
ul.items li:last-child { border-bottom: 0; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem .75rem; margin: 0; font-size: .9rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; background: var(--card); font-size: .92rem; }
th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
.table-wrap table { min-width: 34rem; }
th { background: #f2efe7; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.chip { display: inline-block; margin: .1rem 0; padding: 0 .4rem; border-radius: 4px; font-size: .85rem; text-decoration: none; white-space: nowrap; }
.chip-figure { background: var(--claim-bg); color: var(--claim-ink); }
.chip-event { background: #e3ecf7; color: #0b3d73; }
#timeline-table td { min-width: 7rem; }
.tabs { display: flex; flex-wrap: wrap; gap: .25rem; border-bottom: 1px solid var(--line); margin: .5rem 0 1rem; }
.tabs a { padding: .4rem .9rem; text-decoration: none; border: 1px solid transparent; border-bottom: 0; border-radius: 6px 6px 0 0; }
.tabs a[aria-current="page"] { background: var(--card); border-color: var(--line); color: var(--ink); font-weight: 600; margin-bottom: -1px; }
.toggle { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.toggle a { padding: .15rem .7rem; border: 1px solid var(--line); border-radius: 999px; text-decoration: none; background: var(--card); }
.toggle a[aria-current="true"] { background: var(--accent); color: var(--accent-ink); border-color: var(--accent); }
figure.chart-box { margin: 0 0 1rem; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .5rem; }
figure.chart-box figcaption { font-size: .85rem; margin: .4rem .25rem 0; }
svg.chart { display: block; width: 100%; height: auto; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.chart-scroll { overflow-x: auto; }
.chart-scroll svg.timeline-chart { min-width: 42rem; }
svg.chart a:focus { outline: none; }
svg.chart a:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.map .sea { fill: #dcebf5; }
.map .graticule { fill: none; stroke: #c5d8e8; stroke-width: .5; }
.map .country { fill: #f4f1e8; stroke: #a9a294; stroke-width: .6; stroke-linejoin: round; }
.map .country.home { fill: #eadfbf; }
.map .dot { fill: var(--claim-ink); fill-opacity: .6; stroke: #fff; stroke-width: 1.5; }
.map .dot.mention { fill: var(--entity); }
.map a:hover .dot, .map a:focus-visible .dot { fill-opacity: .9; stroke: var(--focus); stroke-width: 3; }
.map .place-label { font-size: 12px; font-weight: 600; fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.map .attribution { font-size: 10px; fill: var(--muted); paint-order: stroke; stroke: #dcebf5; stroke-width: 3px; }
.timeline-chart .lane-bg { fill: #ffffff; }
.timeline-chart .lane-bg.odd { fill: #f7f5ef; }
.timeline-chart .grid { stroke: #e4e0d6; stroke-width: 1; }
.timeline-chart .undated-rule { stroke: #b9b4a8; stroke-dasharray: 4 3; }
.timeline-chart .tick { font-size: 11px; fill: var(--muted); }
.timeline-chart .lane-label { font-size: 12px; font-weight: 600; fill: var(--ink); }
.timeline-chart .published { fill: #9a9486; }
.mark { stroke: #fff; stroke-width: 1.5; }
.mark.figure { fill: var(--claim-ink); }
.mark.figure.hedged { fill: #fff; stroke: var(--hedge); stroke-width: 2; stroke-dasharray: 3 2; }
.mark.event { fill: #0b3d73; }
rect.mark { fill-opacity: .5; }
.mark-link:hover .mark, .mark-link:focus-visible .mark { stroke: var(--focus); stroke-width: 3; stroke-dasharray: none; }
.key::before { content: ""; display: inline-block; width: .75rem; height: .75rem; margin-right: .3rem; vertical-align: -.05rem; border-radius: 50%; }
.key-figure::before { background: var(--claim-ink); }
.key-hedged::before { background: #fff; border: 2px dashed var(--hedge); }
.key-event::before { background: #0b3d73; border-radius: 1px; transform: rotate(45deg) scale(.85); }
.key-range::before { width: 1.5rem; border-radius: 999px; background: #c78e88; }
.key-published::before { background: #9a9486; border-radius: 0; clip-path: polygon(50% 0, 100% 100%, 0 100%); }
#article-places li { padding: .25rem 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .75rem; }
.cards div { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .75rem; }
.cards strong { display: block; font-size: 1.4rem; }
`;

/**
 * Progressive enhancement only: every page works without it. Highlights the span an anchor
 * (#claim-N, #quote-N, #event-N) points at, and "/" focuses the search box.
 */
export const APP_JS = `
(function () {
  function markTarget() {
    document.querySelectorAll('.is-target, .is-target-sentence').forEach(function (el) { el.classList.remove('is-target', 'is-target-sentence'); });
    var m = /^#(claim|quote|event|entity)-(\\d+)$/.exec(location.hash);
    if (!m) return;
    if (m[1] === 'claim') document.querySelectorAll('[data-sentence~="' + m[2] + '"]').forEach(function (el) { el.classList.add('is-target-sentence'); });
    if (m[1] === 'event') { document.querySelectorAll('[data-event~="' + m[2] + '"]').forEach(function (el) { el.classList.add('is-target-sentence'); }); return; }
    document.querySelectorAll('[data-' + m[1] + '~="' + m[2] + '"]').forEach(function (el) { el.classList.add('is-target'); });
  }
  window.addEventListener('hashchange', markTarget);
  document.addEventListener('DOMContentLoaded', markTarget);
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
    var q = document.getElementById('q');
    if (q) { e.preventDefault(); q.focus(); }
  });
})();
`;
