import type { Article } from '../schema.js';
import { evidenceLines } from './evidence-lines.js';
import type { RenderOptions } from './options.js';
import { formatValue } from './value.js';

/** A GitHub pipe table per article under a "###" heading; with `explain`, a column for the rule that made each claim. */
export function renderMarkdown(articles: Article[], opts: Partial<RenderOptions> = {}): string {
  return articles.map((article) => renderArticle(article, !!opts.explain)).join('\n');
}

function renderArticle(article: Article, explain: boolean): string {
  const title = article.source.title ? ` — ${inline(article.source.title)}` : '';
  const lines = [`### ${inline(article.source.name)}${title}`, ''];
  for (const warning of article.warnings) lines.push(`> ⚠ ${inline(warning)}`, '');
  if (article.claims.length === 0) {
    lines.push('_No claims found._', '');
    return lines.join('\n');
  }
  lines.push(`| type | subject | counterparty | value | modality | confidence | evidence |${explain ? ' rule |' : ''}`);
  lines.push(`|---|---|---|---|---|---:|---|${explain ? '---|' : ''}`);
  for (const claim of article.claims) {
    const modality = claim.attribution ? `${claim.modality} (per ${claim.attribution})` : claim.modality;
    const first = claim.evidence[0]?.text ?? '';
    const cells = [
      claim.type,
      claim.subject,
      claim.counterparty ?? '—',
      formatValue(claim.value),
      modality,
      claim.confidence.toFixed(2),
      `“${first}” ${evidenceLines(claim)}`,
    ];
    if (explain) cells.push(`${claim.reason || '(not recorded)'} · ${claim.id}`);
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  lines.push('');
  return lines.join('\n');
}

/** One table cell: pipes escaped, line breaks folded, Markdown/HTML specials made literal. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

/** Text that stays on one line and renders literally (no stray HTML, emphasis or links). */
function inline(text: string): string {
  return text
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([*_`\[\]])/g, '\\$1');
}
