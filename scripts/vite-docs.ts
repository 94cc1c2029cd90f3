import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const DOCS_DIR = fileURLToPath(new URL('../docs', import.meta.url));
const PAGE_NAME = /^[a-z0-9][a-z0-9-]*\.html$/;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A link target fit for the page: another document of `docs/` (`x.md`
 * becomes `x.html`, as built), a same-page anchor or an http(s) address;
 * anything else (a `javascript:` address, a file outside `docs/`) is null.
 */
function href(target: string): string | null {
  if (/^https?:\/\//i.test(target) || /^#[\w-]*$/.test(target)) return target;
  const m = /^([a-z0-9][a-z0-9-]*)\.md(#[\w-]*)?$/.exec(target);
  return m ? `${m[1]}.html${m[2] ?? ''}` : null;
}

/** Inline markdown as HTML: `code`, **bold**, [links](x.md); everything else is text. */
function inline(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g)) {
    out += escapeHtml(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) out += `<code>${escapeHtml(m[1])}</code>`;
    else if (m[2] !== undefined) out += `<strong>${inline(m[2])}</strong>`;
    else {
      const target = href(m[4]!);
      out += target === null ? inline(m[3]!) : `<a href="${escapeHtml(target)}">${inline(m[3]!)}</a>`;
    }
  }
  return out + escapeHtml(text.slice(last));
}

const cells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
const isTableRule = (line: string | undefined) => line !== undefined && /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line.trim());
const slug = (s: string) => s.toLowerCase().replace(/[`*]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');

/**
 * The markdown the documents of `docs/` use, as HTML: headings, paragraphs,
 * lists (`-` and `1.`), pipe tables, fenced code and the inline forms of
 * {@link inline}. No raw HTML passes: every character of the source is text.
 */
export function renderMarkdown(md: string): string {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  const blockStart = (l: string) => /^(#{1,6} |```|\s*[-*] |\s*\d+\. |\|)/.test(l) || l.trim() === '';
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
    } else if (line.startsWith('```')) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
      i++;
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(' ');
      const text = line.slice(level + 1).trim();
      out.push(`<h${level} id="${escapeHtml(slug(text))}">${inline(text)}</h${level}>`);
      i++;
    } else if (line.trim().startsWith('|') && isTableRule(lines[i + 1])) {
      const head = cells(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && lines[i]!.trim().startsWith('|'); i++) rows.push(cells(lines[i]!));
      out.push(
        `<table><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>` +
          rows.map((r) => `<tr>${head.map((_, k) => `<td>${inline(r[k] ?? '')}</td>`).join('')}</tr>`).join('') +
          '</tbody></table>',
      );
    } else if (/^\s*([-*]|\d+\.) /.test(line)) {
      const ordered = /^\s*\d+\. /.test(line);
      const items: string[] = [];
      while (i < lines.length && /^\s*([-*]|\d+\.) /.test(lines[i]!)) {
        let item = lines[i]!.replace(/^\s*([-*]|\d+\.) /, '');
        for (i++; i < lines.length && /^\s+\S/.test(lines[i]!) && !/^\s*([-*]|\d+\.) /.test(lines[i]!); i++) item += ` ${lines[i]!.trim()}`;
        items.push(`<li>${inline(item)}</li>`);
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${items.join('')}</${tag}>`);
    } else {
      const para = [line.trim()];
      for (i++; i < lines.length && !blockStart(lines[i]!); i++) para.push(lines[i]!.trim());
      out.push(`<p>${inline(para.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}

const STYLE = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2733; margin: 0; background: #f6f7f9; }
main { max-width: 1100px; margin: 0 auto; padding: 16px 24px 48px; background: #fff; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #d7dce2; } h3 { margin-top: 1.5rem; }
code { font: 0.9em ui-monospace, Consolas, monospace; background: #eef1f4; padding: 0 3px; border-radius: 3px; }
pre { background: #eef1f4; padding: 8px 12px; overflow-x: auto; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.92rem; }
th, td { border: 1px solid #d7dce2; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f4; }
@media print { body { background: #fff; } main { padding: 0; } }
`;

/**
 * A document of `docs/` as a page of its own: no script, nothing fetched
 * (the policy allows no request at all), so that it opens offline from the
 * built folder like the app.
 */
export function docPage(md: string): string {
  const title = /^# (.+)$/m.exec(md)?.[1]?.replace(/[`*]/g, '') ?? 'docs';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${renderMarkdown(md)}
</main>
</body>
</html>
`;
}

/** The documents of `docs/`: `x.md` is built as `docs/x.html`. */
function documents(): string[] {
  if (!existsSync(DOCS_DIR)) return [];
  return readdirSync(DOCS_DIR).filter((f) => f.endsWith('.md') && PAGE_NAME.test(`${f.slice(0, -3)}.html`));
}

/**
 * Builds `docs/*.md` into `dist/docs/*.html` and serves them at `./docs/` in
 * dev: the load panel links the data format there, so the built app carries
 * it, readable offline and from any sub-path.
 */
export function docsPages(): Plugin {
  return {
    name: 'docs-pages',
    configureServer(server) {
      server.middlewares.use('/docs', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '/').split('?')[0]!.replace(/^\//, ''));
        if (!PAGE_NAME.test(name)) return next();
        const file = join(DOCS_DIR, name.replace(/\.html$/, '.md'));
        if (!existsSync(file)) return next();
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(docPage(readFileSync(file, 'utf8')));
      });
    },
    generateBundle() {
      for (const f of documents()) {
        this.emitFile({ type: 'asset', fileName: `docs/${f.replace(/\.md$/, '.html')}`, source: docPage(readFileSync(join(DOCS_DIR, f), 'utf8')) });
      }
    },
  };
}
