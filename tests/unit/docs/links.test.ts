import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** README.md and every document of docs/, as paths relative to the repository. */
const DOCUMENTS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/**
 * The link targets of a markdown text: inline links and images `[x](target)`,
 * `[x](<target>)`, `[x](target "title")`, and reference definitions
 * `[x]: target`; code (fenced or inline) is not markdown and is skipped.
 */
function linkTargets(md: string): string[] {
  const text = md.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  const inline = [...text.matchAll(/!?\[[^\]]*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const refs = [...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/gm)].map((m) => m[1]!);
  return [...inline, ...refs].map((t) => t.replace(/^<|>$/g, ''));
}

/** A target that names a file of the repository (not an address, an e-mail or an anchor of the same page). */
const isRelative = (target: string) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#') && !target.startsWith('//');

describe('relative links of README.md and docs/*.md', () => {
  it('finds the links of a text, and only those', () => {
    expect(linkTargets('a [x](docs/a.md) ![i](img.png "t") [y](<b c.md>) `[z](no.md)` [w](https://e.org)\n[r]: ref.md\n```\n[q](no2.md)\n```\n')).toEqual([
      'docs/a.md', 'img.png', 'b c.md', 'https://e.org', 'ref.md',
    ]);
  });

  it.each(DOCUMENTS)('%s: each resolves to a file inside the repository', (doc) => {
    const targets = linkTargets(readFileSync(join(ROOT, doc), 'utf8')).filter(isRelative);
    for (const target of targets) {
      const path = decodeURIComponent(target.split('#')[0]!.split('?')[0]!);
      if (path === '') continue;
      const file = path.startsWith('/') ? join(ROOT, path) : resolve(ROOT, dirname(doc), path);
      const inside = relative(ROOT, file);
      expect(inside.startsWith('..') || isAbsolute(inside), `${doc}: ${target} leaves the repository`).toBe(false);
      expect(existsSync(file), `${doc}: ${target} does not exist`).toBe(true);
      const real = relative(realpathSync(ROOT), realpathSync(file));
      expect(real.startsWith('..') || isAbsolute(real), `${doc}: ${target} leaves the repository through a link`).toBe(false);
    }
  });

  it('the documents link each other', () => {
    expect(linkTargets(readFileSync(join(ROOT, 'README.md'), 'utf8'))).toEqual(expect.arrayContaining(['docs/dataset-format.md', 'docs/indicators.md']));
  });
});
