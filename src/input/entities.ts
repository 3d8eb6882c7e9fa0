// The named character references news text actually uses; linkedom decodes the full
// HTML set, this table serves Markdown and the no-DOM HTML fallback.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '\u2019', lsquo: '\u2018',
  rdquo: '\u201d', ldquo: '\u201c', sbquo: '\u201a', bdquo: '\u201e', prime: '\u2032', mdash: '\u2014',
  ndash: '\u2013', hellip: '\u2026', euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', middot: '\u00b7', bull: '\u2022', times: '\u00d7',
  minus: '\u2212', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', shy: '\u00ad', deg: '\u00b0',
  para: '\u00b6', sect: '\u00a7', laquo: '\u00ab', raquo: '\u00bb', frac12: '\u00bd', frac14: '\u00bc',
  frac34: '\u00be', eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0',
  ouml: '\u00f6', uuml: '\u00fc', auml: '\u00e4', szlig: '\u00df', ccedil: '\u00e7', ntilde: '\u00f1',
};

/** "&amp;", "&#8217;", "&#x2019;": one reference, anchored where lastIndex points. */
export const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
const ENTITIES = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** The character a matched reference stands for; undefined for an unknown name (left as written). */
export function decodeEntity(m: RegExpExecArray | RegExpMatchArray): string | undefined {
  const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : m[2] !== undefined ? Number.parseInt(m[2], 16) : undefined;
  if (code !== undefined) return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  return NAMED[m[3]!];
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITIES, (...args: unknown[]) => decodeEntity(args as unknown as RegExpMatchArray) ?? (args[0] as string));
}
