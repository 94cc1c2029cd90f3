import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docPage, renderMarkdown as rendered } from '../../../scripts/vite-docs';

/** The HTML without the line breaks marked puts between tags. */
const renderMarkdown = (md: string) => rendered(md).replace(/>\n+</g, '><').trim();

describe('docs rendered as the built app serves them', () => {
  it('headings, paragraphs, lists, tables and inline forms', () => {
    const html = renderMarkdown(
      '# Title `x`\n\nOne\nparagraph with **bold** and `code`.\n\n- item one\n  continued\n- item two\n\n| a | b |\n| --- | --- |\n| `c` | d |\n',
    );
    expect(html).toBe(
      [
        '<h1 id="title-x">Title <code>x</code></h1>',
        '<p>One\nparagraph with <strong>bold</strong> and <code>code</code>.</p>',
        '<ul><li>item one\ncontinued</li><li>item two</li></ul>',
        '<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td><code>c</code></td><td>d</td></tr></tbody></table>',
      ].join(''),
    );
  });

  it('renders every character as text: no markup passes', () => {
    const html = renderMarkdown('<img src=x onerror=alert(1)> `<script>` [a](javascript:void0) **<b>**\n');
    expect(html).toBe('<p>&lt;img src=x onerror=alert(1)&gt; <code>&lt;script&gt;</code> a <strong>&lt;b&gt;</strong></p>');
  });

  it('links another document to its built page, and drops links the built folder does not hold', () => {
    expect(renderMarkdown('[i](indicators.md) [s](indicators.md#cells) [o](../src/x.ts) [w](https://example.org)')).toBe(
      '<p><a href="indicators.html">i</a> <a href="indicators.html#cells">s</a> o <a href="https://example.org">w</a></p>',
    );
  });

  it('the data format page: UTF-8, no script, nothing fetched', () => {
    const page = docPage(readFileSync(new URL('../../../docs/dataset-format.md', import.meta.url), 'utf8'));
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<script|<link|src=/i);
    expect(page).toContain('<title>Dataset format (định dạng dữ liệu), version 1</title>');
    expect(page).toContain('<a href="indicators.html">indicators.md</a>');
    expect(page).toContain('<code>Giới tính</code>');
  });
});
