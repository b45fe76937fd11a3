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
    var m = /^#(claim|quote|event)-(\\d+)$/.exec(location.hash);
    if (!m) return;
    if (m[1] === 'claim') document.querySelectorAll('[data-sentence~="' + m[2] + '"]').forEach(function (el) { el.classList.add('is-target-sentence'); });
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
