const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The text a reader sees in a snapshot: tags stripped (styles dropped), one
 * line per block, table cells separated by " | ", entities decoded, spaces
 * collapsed. Chart labels (SVG `<text>`) are kept: they are read too.
 */
export function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/i, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<\/(td|th)>\s*(?=<(td|th)\b)/gi, ' | ')
    .replace(/<(br|\/p|\/h\d|\/li|\/tr|\/caption|\/figcaption|\/dt|\/dd|\/div|\/text|\/header|\/section|\/footer)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e])
    .split('\n')
    .map((s) => s.replace(/[ \t\r]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}
