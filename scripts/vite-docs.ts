import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';
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

const slug = (s: string) => s.toLowerCase().replace(/[`*]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');

/**
 * marked with three changes for pages built into the app: a link to another
 * document of `docs/` goes to its built page and a link the built folder does
 * not hold becomes text; raw HTML in the source is shown as text; headings
 * carry an id to link to.
 */
const markdown = new Marked({ gfm: true }).use({
  renderer: {
    link({ href: target, tokens }) {
      const text = this.parser.parseInline(tokens);
      const to = href(target);
      return to === null ? text : `<a href="${escapeHtml(to)}">${text}</a>`;
    },
    html({ text }) {
      return escapeHtml(text);
    },
    heading({ tokens, depth, text }) {
      return `<h${depth} id="${escapeHtml(slug(text))}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
  },
});

/** The markdown of `docs/` as HTML (marked, GitHub's flavour: tables, lists, code). */
export function renderMarkdown(md: string): string {
  return markdown.parse(md, { async: false });
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
