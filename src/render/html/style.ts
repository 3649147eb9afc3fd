/**
 * The page's only stylesheet, inlined so that the file needs nothing else: readable from a phone
 * (one column, wide tables scroll inside their own box) to a desktop, and a print layout.
 */
export const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --rule: #c8cdd3; --head: #eef2f6; --link: #0b4f8a; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Roboto, sans-serif; color: var(--ink); background: #fff; overflow-wrap: anywhere; }
.page { max-width: 60rem; margin: 0 auto; padding: 1rem; }
a { color: var(--link); }
a:focus-visible, .table-wrap:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 2px solid var(--rule); }
h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.5rem 0 0.4rem; }
dl { margin: 0.75rem 0; }
dl > div { display: flex; flex-wrap: wrap; gap: 0 0.5rem; padding: 0.15rem 0; }
dt { font-weight: 700; }
dt::after { content: ":"; }
dd { margin: 0; }
dd ul { margin: 0.2rem 0; }
.strong { font-weight: 700; }
.note { font-style: italic; color: var(--muted); }
nav ol { list-style: none; padding-left: 0; }
nav ol ol { padding-left: 1.25rem; }
nav li { margin: 0.2rem 0; }
.table-wrap { overflow-x: auto; margin: 0.75rem 0 1.25rem; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; overflow-wrap: normal; }
.wide table { min-width: 48rem; }
th, td { border: 1px solid var(--rule); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); }
tbody th { font-weight: 600; }
.right { text-align: right; }
.center { text-align: center; }
tr.total th, tr.total td { font-weight: 700; background: #f7f9fb; }
.measure { border-left: 4px solid var(--rule); padding-left: 0.75rem; margin: 1rem 0; }
.consultation { margin: 1rem 0; }
figure.chart { margin: 1rem 0 1.5rem; }
figure.chart svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 0.9rem; color: var(--muted); margin-top: 0.25rem; }
svg .label, svg .value { font: 13px system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); }
svg .tick { font: 11px system-ui, "DejaVu Sans", sans-serif; fill: var(--muted); }
svg .strong { font-weight: 700; }
svg .middle { text-anchor: middle; }
svg .axis { stroke: var(--muted); stroke-width: 1; }
svg .grid { stroke: var(--rule); stroke-width: 1; }
.vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
footer { margin-top: 3rem; padding-top: 0.5rem; border-top: 1px solid var(--rule); font-size: 0.9rem; color: var(--muted); }
@media (min-width: 48rem) { .page { padding: 2rem; } }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { font-size: 10pt; }
  .page { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  nav { break-after: page; }
  h2 { break-before: page; border-top: 0; }
  h2, h3, h4 { break-after: avoid; }
  .table-wrap { overflow: visible; }
  .wide table { min-width: 0; font-size: 8pt; }
  thead { display: table-header-group; }
  tr, figure, .measure { break-inside: avoid; }
}
`;
