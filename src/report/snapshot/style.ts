/** The snapshot's only styles: sober, serif, a dark red accent; A4 pages that never cut a figure. */
export const SNAPSHOT_CSS = `
@page { size: A4; margin: 14mm 14mm 16mm;
  @bottom-center { content: counter(page) " / " counter(pages); font: 9pt "Noto Serif", "Times New Roman", serif; color: #555; } }
:root { --accent: #8b1a1a; --rule: #c9b8b8; --ink: #1d1d1d; --muted: #5b5b5b; --band: #f7f1ef; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #e9e6e3; color: var(--ink);
  font: 11pt/1.45 "Noto Serif", "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; }
.sheet { max-width: 210mm; margin: 12px auto; padding: 14mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.18); }
@media print { body { background: #fff; } .sheet { margin: 0; padding: 0; max-width: none; box-shadow: none; } }
.masthead { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; text-align: center; font-size: 10.5pt; }
.masthead .org-parent { text-transform: uppercase; }
.masthead .org-unit, .masthead .party { font-weight: bold; text-transform: uppercase; }
.masthead .rule { width: 38%; margin: 3px auto 0; border-top: 1px solid var(--ink); }
.masthead .dated { font-style: italic; margin-top: 6px; }
h1 { margin: 9mm 0 1mm; text-align: center; font-size: 15pt; letter-spacing: .02em; color: var(--accent); }
.subtitle { margin: 0 0 5mm; text-align: center; font-weight: bold; font-size: 12pt; }
.meta { width: 100%; margin: 0 0 5mm; border-collapse: collapse; font-size: 10pt; }
.meta th { width: 30%; text-align: left; font-weight: normal; color: var(--muted); padding: 1px 6px 1px 0; vertical-align: top; }
.meta td { padding: 1px 0; }
h2 { margin: 7mm 0 3mm; padding-bottom: 2px; border-bottom: 1.5px solid var(--accent); color: var(--accent); font-size: 12.5pt; break-after: avoid; page-break-after: avoid; }
h2 .no { display: inline-block; min-width: 2.2em; }
h3 { margin: 4mm 0 2mm; font-size: 11pt; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2.5mm; text-align: justify; }
.narrative { text-indent: 1.2em; }
section.kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 2mm 0 4mm; }
.kpi { border: 1px solid var(--rule); border-top: 3px solid var(--accent); padding: 2.5mm 3mm; background: #fff; }
.kpi .label { font-size: 9.5pt; color: var(--muted); }
.kpi .value { font-size: 18pt; font-weight: bold; line-height: 1.2; margin-top: 1mm; font-variant-numeric: tabular-nums; }
.kpi .note { font-size: 8.5pt; color: var(--muted); }
figure, table, section.kpis, .keep { break-inside: avoid; page-break-inside: avoid; }
table.long { break-inside: auto; page-break-inside: auto; }
table.long tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
figure { margin: 2mm 0 4mm; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { font-size: 10pt; font-weight: bold; margin-bottom: 1mm; }
.fig-note, .note { font-size: 9pt; color: var(--muted); font-style: italic; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 4mm; font-size: 10pt; }
caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 1mm; }
th, td { border: 1px solid var(--rule); padding: 1.2mm 2mm; vertical-align: top; }
thead th { background: var(--band); font-weight: bold; text-align: center; vertical-align: bottom; }
tbody th { text-align: left; font-weight: normal; }
tfoot th, tfoot td { font-weight: bold; background: #fbf8f7; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.sub-label { display: inline-block; padding-left: 5mm; font-style: italic; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; align-items: start; }
.sentences { margin: 0 0 3mm 5mm; padding: 0; }
.sentences li { margin-bottom: 1mm; }
.suppression { margin-top: 5mm; padding: 2mm 3mm; border-left: 3px solid var(--accent); background: var(--band); font-size: 9.5pt; }
p.def { margin: 0 0 1.2mm; font-size: 9.5pt; }
table.list { font-size: 9pt; }
table.list th, table.list td { padding: .8mm 1.5mm; }
table.list .path { font-size: 8pt; color: var(--muted); }
@page forms { size: A4 landscape; margin: 12mm; }
section.forms { page: forms; break-before: page; }
.form { margin-bottom: 5mm; overflow-x: auto; }
.form table { font-size: 7pt; margin: 0 0 1mm; }
.form th, .form td { padding: .6mm .8mm; }
.form table[data-form="bieu2"] { font-size: 5.6pt; }
.form table[data-form="bieu2"] th, .form table[data-form="bieu2"] td { padding: .4mm .3mm; }
.form table[data-form="bieu3"] { font-size: 6.4pt; }
.form table[data-form="bieu3"] th, .form table[data-form="bieu3"] td { padding: .5mm .5mm; }
.form tbody th { min-width: 24mm; }
.form thead th { vertical-align: middle; font-weight: bold; }
.form caption { font-size: 10pt; text-align: center; padding-bottom: 2mm; }
.form-note { font-size: 8pt; color: var(--muted); font-style: italic; margin: 0 0 1mm; }
footer { margin-top: 8mm; padding-top: 2mm; border-top: 1px solid var(--rule); font-size: 9pt; color: var(--muted); text-align: center; }
a { color: var(--accent); }
`;
