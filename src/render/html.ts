import { createHash } from 'node:crypto';
import { CLAIM_TYPES } from '../claims/type-names.js';
import type { Article, Claim, ClaimType } from '../schema.js';
import { nestSpans, type SpanNode } from './nest-spans.js';
import type { RenderOptions } from './options.js';
import { TYPE_COLORS } from './palette.js';
import { evidenceLines } from './evidence-lines.js';
import { formatValue } from './value.js';

/** One line per type for the legend. */
const TYPE_DESCRIPTIONS: Record<ClaimType, string> = {
  valuation: 'what the company is valued at',
  headcount: 'how many people it employs',
  compute_deal: 'compute bought from a provider',
  hiring: 'people hired from another company',
  funding: 'money raised',
  revenue: 'revenue or run rate',
  compensation: 'pay per person',
  user_count: 'users or customers',
  departure: 'people leaving',
};

interface MarkData {
  /** Index of the article on the page, the claim in it, the evidence in the claim. */
  a: number;
  c: number;
  e: number;
  claim: Claim;
  /** The value's words inside the evidence (bold in the claim's ink), not the evidence itself. */
  value?: true;
}

const markId = (a: number, c: number, e: number) => `m-${a}-${c}-${e}`;
const rowId = (a: number, c: number) => `c-${a}-${c}`;

/** Escapes text for HTML content and double-quoted attributes. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * One self-contained page for all articles: no external resource of any kind, and a
 * Content-Security-Policy that lets only its own inline script (by hash) and style run,
 * so nothing from an article can execute even if it slipped past escaping.
 */
export function renderHtml(articles: Article[], opts: Partial<RenderOptions> = {}): string {
  const explain = !!opts.explain;
  const scriptHash = createHash('sha256').update(SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const total = articles.reduce((n, a) => n + a.claims.length, 0);
  const present = CLAIM_TYPES.filter((t) => articles.some((a) => a.claims.some((c) => c.type === t)));
  const title = articles.length === 1 ? articles[0]!.source.title || articles[0]!.source.name : plural(articles.length, 'article');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>newsfacts · ${esc(title)}</title>
<style>${style()}</style>
</head>
<body>
<header class="page">
<h1>newsfacts</h1>
<p class="summary">${esc(plural(total, 'claim'))} in ${esc(plural(articles.length, 'article'))}</p>
${legend(present)}
${articles.length > 1 ? index(articles) : ''}</header>
<main>
${articles.map((article, a) => renderArticle(article, a, explain)).join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function legend(types: readonly ClaimType[]): string {
  if (types.length === 0) return '';
  const items = types.map((t) => `<li><span class="chip t-${t}">${t}</span> ${esc(TYPE_DESCRIPTIONS[t])}</li>`);
  return `<ul class="legend" aria-label="Claim types">${items.join('')}</ul>`;
}

/** A report of many articles opens with their list: each article, its claim count and a link to it. */
function index(articles: Article[]): string {
  const rows = articles.map((article, a) => {
    const { source } = article;
    const name = source.title ? `${esc(source.title)} <span class="none">${esc(source.name)}</span>` : esc(source.name);
    return `<tr><td><a href="#a-${a}">${name}</a></td><td class="num">${article.claims.length}</td></tr>`;
  });
  return `<nav class="index" aria-label="Articles"><table>
<thead><tr><th>article</th><th class="num">claims</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></nav>
`;
}

function renderArticle(article: Article, a: number, explain: boolean): string {
  const { source } = article;
  const heading = source.title || source.name;
  const meta = [source.title ? source.name : null, source.format, plural(article.claims.length, 'claim')].filter(Boolean) as string[];
  const counts = new Map<ClaimType, number>();
  for (const claim of article.claims) counts.set(claim.type, (counts.get(claim.type) ?? 0) + 1);
  const filter = counts.size
    ? `<fieldset class="filter"><legend>Show</legend>${[...counts]
        .map(([t, n]) => `<label class="chip t-${t}"><input type="checkbox" value="${t}" checked> ${t} <span class="n">${n}</span></label>`)
        .join('')}</fieldset>`
    : '';
  const warnings = article.warnings.length ? `<ul class="warnings">${article.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : '';
  return `<section class="article" id="a-${a}">
<h2>${esc(heading)}</h2>
<p class="meta">${meta.map(esc).join(' · ')}</p>
${warnings}${filter}
${article.claims.length ? `<div class="reading">${body(article, a)}${glance(article, a)}</div>` : '<p class="empty">No claims found.</p>'}
${article.claims.length ? claimsTable(article, a, explain) : ''}
</section>`;
}

/** The article text with every evidence span marked, or the quotes alone when the text is absent. */
function body(article: Article, a: number): string {
  const text = article.text;
  const valid = (e: Claim['evidence'][number]) => text !== undefined && e.end <= text.length && text.slice(e.start, e.end) === e.text;
  const spans = article.claims.flatMap((claim, c) =>
    claim.evidence.map((ev, e) => ({ start: ev.start, end: ev.end, data: { a, c, e, claim }, ok: valid(ev) })),
  );
  if (text === undefined || spans.every((s) => !s.ok)) {
    // No text to place the spans in: each quote stands alone, still one mark per span.
    const quotes = spans
      .sort((x, y) => x.start - y.start)
      .map((s) => `<blockquote>${markOpen(s.data, 0)}${esc(s.data.claim.evidence[s.data.e]!.text)}</mark></blockquote>`);
    return `<div class="quotes">${quotes.join('\n')}</div>`;
  }
  // The value's words in each quote, in its claim's ink: where quotes coincide (a headline
  // giving both a round and a valuation) they show which figure belongs to which claim.
  // Added after every mark, so a mark always encloses value words of the same extent.
  // Words a mark starts or ends inside are left plain, so they never split a mark.
  const ok = spans.filter((s) => s.ok);
  const edges = ok.flatMap((s) => [s.start, s.end]);
  const values = ok.flatMap((s) => {
    const found = s.data.claim.value ? findValue(s.data.claim.evidence[s.data.e]!.text, s.data.claim.value.text) : null;
    if (!found) return [];
    const [start, end] = [s.start + found[0], s.start + found[1]];
    return edges.some((x) => x > start && x < end) ? [] : [{ start, end, data: { ...s.data, value: true as const } }];
  });
  const tree = nestSpans([...ok, ...values]);
  return `<div class="text">${renderText(text, 0, text.length, tree)}</div>`;
}

const SCALE_WORD = /^\s?(?:trillion|billion|million|thousand|tn|bn|bln|mn|mln|[kmb])\b/i;

/**
 * Where a value's words are in a quote: `[start, end)`, or null. The words are recorded as
 * they first appear ("$1.5 bln"); a repeat may say the same figure otherwise ("$1.5 billion"),
 * so failing the exact words, the figure's number with its currency sign and scale word.
 */
function findValue(quote: string, words: string): [number, number] | null {
  if (!words) return null;
  const exact = quote.indexOf(words);
  if (exact >= 0) return [exact, exact + words.length];
  // "Seven-figure" opening a sentence; only where lower-casing keeps every offset.
  const lower = quote.toLowerCase();
  const folded = lower.length === quote.length ? lower.indexOf(words.toLowerCase()) : -1;
  if (folded >= 0 && words.toLowerCase().length === words.length) return [folded, folded + words.length];
  const number = /\d[\d,.]*\d|\d/.exec(words)?.[0];
  if (!number) return null;
  for (let at = quote.indexOf(number); at >= 0; at = quote.indexOf(number, at + 1)) {
    const end = at + number.length;
    // Not part of a longer number: "1.5" is not in "21.5", "18" is not in "180" or "18.2".
    if (/[\d.,]/.test(quote[at - 1] ?? '') || /^(?:\d|[.,]\d)/.test(quote.slice(end))) continue;
    const start = /[$€£¥]/.test(quote[at - 1] ?? '') ? at - 1 : at;
    const scale = SCALE_WORD.exec(quote.slice(end));
    return [start, end + (scale ? scale[0].length : 0)];
  }
  return null;
}

function renderText(text: string, from: number, to: number, nodes: Array<SpanNode<MarkData>>): string {
  let out = '';
  let at = from;
  for (const node of nodes) {
    out += esc(text.slice(at, node.start));
    const inner = renderText(text, node.start, node.end, node.children);
    out += node.data.value ? `<b class="v t-${node.data.claim.type}">${inner}</b>` : markOpen(node.data, node.part) + inner + '</mark>';
    at = node.end;
  }
  return out + esc(text.slice(at, to));
}

function markOpen({ a, c, e, claim }: MarkData, part: number): string {
  const tip = [claim.type, claim.subject, formatValue(claim.value), claim.modality === 'asserted' ? null : claim.modality].filter(Boolean).join(' · ');
  // Only the first piece of a split span carries the id the table links to.
  const id = part === 0 ? ` id="${markId(a, c, e)}"` : ` data-part="${part}"`;
  return `<mark${id} class="t-${claim.type}" data-claim="${esc(claim.id)}" data-ev="${e}" data-row="${rowId(a, c)}" title="${esc(tip)}">`;
}

/** How the counterparty relates to the subject, per type: "from OpenAI", "set by SoftBank". */
const COUNTERPARTY_WORD: Partial<Record<ClaimType, string>> = { hiring: 'from', funding: 'from', valuation: 'set by' };

/** Beside the text: each claim as a small card, value first, in reading order. */
function glance(article: Article, a: number): string {
  const order = article.claims.map((claim, c) => ({ claim, c })).sort((x, y) => x.claim.evidence[0]!.start - y.claim.evidence[0]!.start || x.c - y.c);
  const cards = order.map(({ claim, c }) => {
    const who = claim.counterparty ? `${esc(claim.subject)} <span class="rel">${COUNTERPARTY_WORD[claim.type] ?? 'with'}</span> ${esc(claim.counterparty)}` : esc(claim.subject);
    const how = [claim.modality === 'asserted' ? '' : claim.modality, claim.attribution ? `per ${esc(claim.attribution)}` : ''].filter(Boolean).join(' · ');
    const where = `<span class="where">${esc(evidenceLines(claim))} · confidence ${claim.confidence.toFixed(2)}</span>`;
    return `<a class="card t-${claim.type}" href="#${markId(a, c, 0)}" data-row="${rowId(a, c)}"><span class="chip t-${claim.type}">${claim.type}</span><span class="big${claim.value ? '' : ' none'}">${esc(formatValue(claim.value))}</span><span class="who">${who}</span>${how ? `<span class="how m-${claim.modality}">${how}</span>` : ''}${where}</a>`;
  });
  return `<aside class="glance" aria-label="Claims at a glance">${cards.join('')}</aside>`;
}

function claimsTable(article: Article, a: number, explain: boolean): string {
  const rows = article.claims.map((claim, c) => {
    const value = formatValue(claim.value);
    const modality =
      claim.modality === 'asserted' && !claim.attribution
        ? ''
        : `<span class="modality m-${claim.modality}">${claim.modality}</span>${claim.attribution ? ` <span class="attr">per ${esc(claim.attribution)}</span>` : ''}`;
    const links = claim.evidence.map((ev, e) => `<a href="#${markId(a, c, e)}" class="ev" title="line ${ev.line}">${e + 1}</a>`).join(' ');
    const rule = explain ? `\n<td class="rule">${esc(claim.reason || '(not recorded)')}<span class="attr">${esc(claim.id)}</span></td>` : '';
    const extras = [claim.resource, claim.round, claim.period].filter(Boolean).map((x) => `<span class="extra">${esc(String(x))}</span>`).join(' ');
    return `<tr id="${rowId(a, c)}" class="t-${claim.type}">
<td><a class="chip t-${claim.type}" href="#${markId(a, c, 0)}">${claim.type}</a></td>
<td class="subject">${esc(claim.subject)}</td>
<td>${claim.counterparty ? esc(claim.counterparty) : '<span class="none">—</span>'}</td>
<td class="value">${esc(value)} ${extras}</td>
<td class="mod">${modality}</td>
<td class="num">${claim.confidence.toFixed(2)}</td>
<td class="quote">${quoteHtml(claim)} <span class="none">${esc(evidenceLines(claim))}</span><span class="evs">${links}</span></td>${rule}
</tr>`;
  });
  return `<table class="claims">
<thead><tr><th>type</th><th>subject</th><th>counterparty</th><th>value</th><th>modality</th><th class="num">conf.</th><th>evidence</th>${explain ? '<th>rule</th>' : ''}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** The first quote with the value's words in bold. */
function quoteHtml(claim: Claim): string {
  const quote = claim.evidence[0]?.text ?? '';
  const words = claim.value?.text ?? '';
  const at = words ? quote.indexOf(words) : -1;
  if (at < 0) return `“${esc(quote)}”`;
  return `“${esc(quote.slice(0, at))}<strong>${esc(words)}</strong>${esc(quote.slice(at + words.length))}”`;
}

// Clicking a mark jumps to its row; hovering either lights up the other. Static: no article data.
const SCRIPT = `document.addEventListener('click',function(e){var m=e.target.closest&&e.target.closest('mark[data-row]');if(m&&!getSelection().toString()){location.hash=m.getAttribute('data-row');}});
document.addEventListener('mouseover',function(e){var t=e.target.closest&&e.target.closest('[data-row],tr[id^="c-"]');document.querySelectorAll('.lit').forEach(function(x){x.classList.remove('lit');});if(!t)return;var row=t.tagName==='TR'?t.id:t.getAttribute('data-row');document.querySelectorAll('[data-row="'+row+'"],#'+row).forEach(function(x){x.classList.add('lit');});});`;

function style(): string {
  const perType = CLAIM_TYPES.map((t) => {
    const { tint, ink } = TYPE_COLORS[t];
    return `.t-${t}{--tint:${tint};--ink:${ink}}
.article:has(.filter input[value="${t}"]:not(:checked)) mark.t-${t}{background:none;border-color:transparent;cursor:auto}
.article:has(.filter input[value="${t}"]:not(:checked)) :is(tr,.card).t-${t}{display:none}`;
  }).join('\n');
  return `
:root{color-scheme:light;--fg:#1d2126;--muted:#69707a;--rule:#e4e6ea;--bg:#fff;--panel:#f7f8fa}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}
header.page,main{max-width:1120px;margin:0 auto;padding:0 24px}
header.page{padding-top:28px;padding-bottom:8px;border-bottom:1px solid var(--rule)}
h1{font-size:15px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:0}
.summary{margin:4px 0 12px;font-size:22px;font-weight:600}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:6px 18px;padding:0;margin:0 0 12px;font-size:13px;color:var(--muted)}
.chip{display:inline-block;background:var(--tint);color:var(--ink);border:1px solid color-mix(in srgb,var(--ink) 25%,transparent);border-radius:999px;padding:0 9px;font-size:12.5px;font-weight:600;line-height:1.7;text-decoration:none;white-space:nowrap}
.article{padding:28px 0 36px;border-bottom:1px solid var(--rule)}
h2{font-size:26px;line-height:1.25;margin:0 0 4px;max-width:40ch}
.meta{color:var(--muted);font-size:14px;margin:0 0 14px}
.warnings{background:#fff8e6;border:1px solid #f0dca8;border-radius:8px;padding:8px 12px 8px 30px;font-size:14px;color:#6b4f00}
.filter{border:0;padding:0;margin:0 0 18px;display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.filter legend{float:left;font-size:13px;color:var(--muted);margin-right:4px}
.filter label{cursor:pointer;user-select:none}
.filter input{margin:0 2px 0 0;vertical-align:-1px;accent-color:var(--ink)}
.filter .n{font-weight:400;opacity:.75}
.reading{display:grid;grid-template-columns:minmax(0,66ch) minmax(220px,1fr);gap:24px 48px;align-items:start;margin:0 0 28px}
.glance{display:flex;flex-direction:column;gap:10px;position:sticky;top:12px}
.card{display:grid;grid-template-columns:auto 1fr;column-gap:10px;align-items:baseline;padding:10px 12px;border:1px solid var(--rule);border-left:4px solid var(--ink);border-radius:8px;background:#fff;color:inherit;text-decoration:none;font-size:13.5px;line-height:1.45}
.card:hover,.card.lit{background:var(--tint)}
.card .chip{grid-row:1}
.card .big{grid-row:1;font-size:19px;font-weight:700;color:var(--ink);font-variant-numeric:tabular-nums;text-align:right}
.card .who,.card .how{grid-column:1/-1}
.card .rel,.card .how,.card .big.none{color:var(--muted)}
.card .how{font-size:12.5px}
.card .how.m-negated{color:#a12b2b}
.card .where{grid-column:1/-1;font-size:12px;color:var(--muted)}
.index table{border-collapse:collapse;font-size:14px;margin:0 0 14px}
.index th{text-align:left;font-weight:600;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em;padding:4px 18px 4px 0;border-bottom:2px solid var(--rule)}
.index td{padding:4px 18px 4px 0;border-bottom:1px solid var(--rule)}
.index .num{text-align:right;font-variant-numeric:tabular-nums}
.claims .rule{font-size:12.5px;color:var(--muted);word-break:break-word}
@media (max-width:900px){.reading{grid-template-columns:minmax(0,1fr)}.glance{position:static}}
.text{white-space:pre-wrap;font-size:17px;line-height:1.75;font-family:Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif;margin:0}
.quotes blockquote{margin:0 0 10px;padding-left:12px;border-left:3px solid var(--rule)}
mark{background:var(--tint);color:inherit;border-bottom:2px solid var(--ink);padding:1px 0 4px;border-radius:2px;cursor:pointer}
mark mark{padding-bottom:1px}
.text b.v{font-weight:700;color:var(--ink)}
mark:hover,mark.lit{box-shadow:0 0 0 2px var(--ink)}
mark:target{outline:3px solid var(--ink);outline-offset:2px}
table.claims{width:100%;border-collapse:collapse;font-size:14px}
.claims th{text-align:left;font-weight:600;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em;border-bottom:2px solid var(--rule);padding:6px 10px 6px 0}
.claims td{vertical-align:top;padding:9px 10px 9px 0;border-bottom:1px solid var(--rule)}
.claims tr:target td,.claims tr.lit td{background:var(--tint)}
.claims .num{text-align:right;font-variant-numeric:tabular-nums}
.claims .value{font-weight:600;white-space:nowrap}
.claims .quote{color:#3b4148;width:42%;min-width:28ch}
.claims .subject{min-width:17ch}
.claims .mod{min-width:18ch}
.claims .quote strong{background:var(--tint);color:var(--ink)}
.none{color:var(--muted)}
.modality{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.m-negated{color:#a12b2b}.m-hedged,.m-conditional{color:#86610a}
.attr{display:block;color:var(--muted);font-size:13px}
.extra{font-weight:400;font-size:12px;color:var(--muted);border:1px solid var(--rule);border-radius:4px;padding:0 4px}
.evs{margin-left:6px;white-space:nowrap}
.ev{display:inline-block;min-width:1.5em;text-align:center;font-size:11px;color:var(--ink);background:var(--tint);border-radius:4px;text-decoration:none;margin-left:2px}
.empty{color:var(--muted);font-style:italic}
@media (max-width:720px){.claims thead{display:none}.claims tr{display:block;padding:8px 0;border-bottom:1px solid var(--rule)}.claims td{display:inline-block;border:0;padding:2px 8px 2px 0}.claims .quote{display:block}}
${perType}
`;
}
