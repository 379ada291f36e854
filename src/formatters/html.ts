/**
 * `-f html`: one self-contained page a QA lead can hand round. An overview
 * (totals, score distribution and findings-per-rule charts as inline SVG, a
 * sortable and filterable agent table, teams, the lowest scores, rules) and a
 * page per conversation (#c-<n>) showing its turns with each finding highlighted
 * where it is, its rule (linked to the rule's doc) and message.
 *
 * Safe with strangers' text: everything rendered here is HTML-escaped; the data
 * the page script reads is JSON inside <script type="application/json"> with
 * `<`, `>`, `&` escaped; the script builds DOM with textContent only; a
 * Content-Security-Policy allows no network at all and no script but its own
 * (by hash). No external fonts, images or scripts.
 *
 * Needs the conversations' turns: declares `needs: ['conversations']`, so the CLI
 * asks the engine to keep them (`transcripts[].conversation`).
 */
import { createHash } from 'node:crypto';
import type { RuleMeta } from '../linter/rule.js';
import type { LintMessage } from '../model.js';
import { aggregate, NO_TEAM, percent, scoreText, type Aggregate, type ConversationRow, type GroupRow } from '../report/aggregate.js';
import { CLIENT_SCRIPT } from '../report/html-client.js';
import { REPOSITORY_URL, toolVersion } from './shared.js';
import type { Formatter } from './types.js';
import { escapeJsonForTerminal, stripEscapes } from './sanitize.js';

const KIND_COLOR: Record<string, string> = { sin: '#c2410c', practice: '#b45309', style: '#2563eb' };
const KIND_FILL: Record<string, string> = { sin: '#e0533d', practice: '#e9a23b', style: '#4f7df0' };
const OTHER_FILL = '#94a3b8';

/**
 * Escapes text for HTML element content and quoted attribute values. Escape
 * sequences and control characters are dropped (HTML has no use for them, and
 * a report printed to a terminal must not drive it).
 */
export function escapeHtml(value: unknown): string {
  return stripEscapes(String(value)).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON safe to put inside a <script> element: no `<`, `>`, `&` or line separators left to break out. */
export function scriptJson(value: unknown): string {
  return escapeJsonForTerminal(JSON.stringify(value))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The rule's documentation page; only http(s) addresses are ever linked. */
export function ruleDocHref(ruleId: string, meta?: RuleMeta): string {
  const url = meta?.docs?.url;
  if (url && /^https?:\/\//i.test(url)) return url;
  return `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** A finding as the page needs it, with its in-turn range when the conversation view has one. */
interface PageFinding {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  turn?: number;
  start?: number;
  end?: number;
}

function pageFindings(c: ConversationRow): PageFinding[] {
  const marks = new Map<string, Array<{ turn: number; start: number; end: number }>>();
  for (const m of c.view?.marks ?? []) {
    const key = `${m.ruleId}|${m.line}|${m.column}`;
    let list = marks.get(key);
    if (!list) marks.set(key, (list = []));
    list.push(m);
  }
  return c.findings.map((f: LintMessage) => {
    const mark = marks.get(`${f.ruleId}|${f.line}|${f.column}`)?.shift();
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.line,
      column: f.column,
      ...(f.turn !== undefined ? { turn: f.turn } : {}),
      ...(mark && (f.turn === undefined || mark.turn === f.turn) ? { turn: mark.turn, start: mark.start, end: mark.end } : {}),
    };
  });
}

// ---------------------------------------------------------------- charts

function histogramSvg(data: Aggregate): string {
  const buckets = data.histogram.map((_, i) => {
    const inBucket = data.conversations.filter((c) => c.score !== undefined && Math.min(9, Math.floor(c.score / 10)) === i);
    return { passed: inBucket.filter((c) => c.passed).length, failed: inBucket.filter((c) => !c.passed).length };
  });
  const max = Math.max(1, ...buckets.map((b) => b.passed + b.failed));
  const W = 560;
  const H = 240;
  const left = 40;
  const right = 12;
  const top = 14;
  const bottom = 40;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const step = plotW / buckets.length;
  const barW = step * 0.72;
  const niceMax = niceCeil(max);
  const ticks = tickValues(niceMax);
  const y = (v: number) => top + plotH - (v / niceMax) * plotH;
  const parts: string[] = [];
  for (const t of ticks) {
    parts.push(`<line x1="${left}" x2="${W - right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" class="grid"/>`);
    parts.push(`<text x="${left - 8}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" class="axis">${t}</text>`);
  }
  buckets.forEach((b, i) => {
    const x = left + i * step + (step - barW) / 2;
    const total = b.passed + b.failed;
    const label = i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`;
    if (b.failed) {
      parts.push(`<rect x="${x.toFixed(1)}" y="${y(total).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(b.passed) - y(total)).toFixed(1)}" rx="2" class="bar-fail"><title>${escapeHtml(`${label}: ${b.failed} failed`)}</title></rect>`);
    }
    if (b.passed) {
      parts.push(`<rect x="${x.toFixed(1)}" y="${y(b.passed).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(0) - y(b.passed)).toFixed(1)}" rx="2" class="bar-pass"><title>${escapeHtml(`${label}: ${b.passed} passed`)}</title></rect>`);
    }
    if (total) parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${(y(total) - 4).toFixed(1)}" text-anchor="middle" class="value">${total}</text>`);
    parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${H - bottom + 16}" text-anchor="middle" class="axis">${label}</text>`);
  });
  parts.push(`<line x1="${left}" x2="${W - right}" y1="${y(0)}" y2="${y(0)}" class="baseline"/>`);
  parts.push(`<text x="${left + plotW / 2}" y="${H - 6}" text-anchor="middle" class="axis-title">score</text>`);
  const legend = `<div class="legend"><span><i class="sw pass"></i>passed</span><span><i class="sw fail"></i>failed</span></div>`;
  return `<svg class="chart" id="histogram" viewBox="0 0 ${W} ${H}" role="img" aria-label="Score distribution: conversations per score band"><title>Score distribution</title>${parts.join('')}</svg>${legend}`;
}

function rulesSvg(data: Aggregate, rulesMeta: Record<string, RuleMeta>): string {
  const rows = data.rules.slice(0, 20);
  if (!rows.length) return '<p class="empty">No findings.</p>';
  const rowH = Math.round(Math.max(26, Math.min(36, 220 / rows.length)));
  const labelW = 170;
  const W = 560;
  const right = 44;
  const H = rows.length * rowH + 8;
  const max = Math.max(1, ...rows.map((r) => r.findings));
  const plotW = W - labelW - right;
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = 4 + i * rowH;
    const w = Math.max(2, (r.findings / max) * plotW);
    const fill = KIND_FILL[r.kind ?? ''] ?? OTHER_FILL;
    const label = r.ruleId.length > 24 ? `${r.ruleId.slice(0, 23)}…` : r.ruleId;
    const href = ruleDocHref(r.ruleId, rulesMeta[r.ruleId]);
    parts.push(`<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer"><text x="${labelW - 10}" y="${y + rowH / 2 + 4}" text-anchor="end" class="label">${escapeHtml(label)}</text></a>`);
    parts.push(`<rect x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}" rx="3" fill="${fill}"><title>${escapeHtml(`${r.ruleId}: ${r.findings} findings in ${r.conversations} conversations`)}</title></rect>`);
    parts.push(`<text x="${(labelW + w + 6).toFixed(1)}" y="${y + rowH / 2 + 4}" class="value">${r.findings}</text>`);
  });
  const kinds = [...new Set(rows.map((r) => r.kind).filter(Boolean))] as string[];
  const legend = `<div class="legend">${kinds.map((k) => `<span><i class="sw" style="background:${KIND_FILL[k] ?? OTHER_FILL}"></i>${escapeHtml(k)}</span>`).join('')}</div>`;
  const more = data.rules.length > rows.length ? `<p class="muted small">Top ${rows.length} of ${data.rules.length} rules.</p>` : '';
  return `<svg class="chart" id="rules-chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="Findings per rule"><title>Findings per rule</title>${parts.join('')}</svg>${legend}${more}`;
}

function niceCeil(n: number): number {
  if (n <= 5) return Math.max(1, n);
  const pow = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * pow >= n) return m * pow;
  return 10 * pow;
}

function tickValues(max: number): number[] {
  const count = max <= 5 ? max : 5;
  const step = max / count;
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 100) / 100);
}

// ---------------------------------------------------------------- tables

function scoreCell(score: number | undefined): string {
  if (score === undefined) return `<td class="num" data-v="">–</td>`;
  const cls = score >= 80 ? 'good' : score >= 60 ? 'mid' : 'bad';
  return `<td class="num score-cell" data-v="${score}"><span class="meter"><span class="meter-fill ${cls}" style="width:${Math.max(0, Math.min(100, score))}%"></span></span><span class="score-val">${scoreText(score)}</span></td>`;
}

function rateCell(rate: number | undefined): string {
  if (rate === undefined) return `<td class="num" data-v="">–</td>`;
  const cls = rate >= 0.8 ? 'good' : rate >= 0.5 ? 'mid' : 'bad';
  return `<td class="num" data-v="${rate}"><span class="rate ${cls}">${percent(rate)}</span></td>`;
}

function sinsCell(row: GroupRow, rulesMeta: Record<string, RuleMeta>): string {
  if (!row.topSins.length) return `<td class="muted" data-v="">—</td>`;
  return `<td data-v="${escapeHtml(row.topSins[0].ruleId)}">${row.topSins
    .map((s) => `<a class="chip sin" href="${escapeHtml(ruleDocHref(s.ruleId, rulesMeta[s.ruleId]))}" target="_blank" rel="noopener noreferrer">${escapeHtml(s.ruleId)} <b>${s.count}</b></a>`)
    .join(' ')}</td>`;
}

function groupTable(id: string, rows: GroupRow[], label: string, membersLabel: string, rulesMeta: Record<string, RuleMeta>, filterable: boolean): string {
  const body = rows
    .map((g) => {
      const teams = g.members.length ? g.members : [NO_TEAM];
      const attrs = filterable ? ` data-name="${escapeHtml(g.name)}" data-teams="${escapeHtml(teams.join('\n'))}"` : '';
      return `<tr${attrs}><td class="name" data-v="${escapeHtml(g.name.toLowerCase())}">${escapeHtml(g.name)}</td><td class="muted">${escapeHtml(g.members.join(', ') || '—')}</td><td class="num" data-v="${g.conversations}">${fmt(g.conversations)}</td>${scoreCell(g.meanScore)}${rateCell(g.passRate)}<td class="num" data-v="${g.findings}">${fmt(g.findings)}</td>${sinsCell(g, rulesMeta)}</tr>`;
    })
    .join('\n');
  return `<table id="${id}" class="sortable data">
<thead><tr><th data-sort="text" scope="col">${label}</th><th scope="col">${membersLabel}</th><th data-sort="num" class="num" scope="col">Conversations</th><th data-sort="num" class="num" scope="col" aria-sort="ascending">Mean score</th><th data-sort="num" class="num" scope="col">Pass rate</th><th data-sort="num" class="num" scope="col">Findings</th><th data-sort="text" scope="col">Top sins</th></tr></thead>
<tbody>
${body}
</tbody></table>`;
}

function lowestTable(data: Aggregate, rulesMeta: Record<string, RuleMeta>): string {
  if (!data.lowest.length) return '<p class="empty">Every conversation scored 100.</p>';
  const rows = data.lowest
    .map((c) => {
      const first = c.findings[0];
      const where = first ? `${c.file}:${first.line}:${first.column}` : c.file;
      const chips = c.failedRules
        .map((r) => `<span class="chip ${escapeHtml(rulesMeta[r]?.kind ?? '')}">${escapeHtml(r)}${c.autoFailed.includes(r) ? '<span class="autofail">auto-fail</span>' : ''}</span>`)
        .join('');
      return `<tr><td class="num"><span class="badge ${c.passed ? 'pass' : 'fail'}">${scoreText(c.score)}</span></td><td><a class="conv-link" href="#c-${c.index}">${escapeHtml(c.label)}</a></td><td>${escapeHtml(c.agent ?? '—')}</td><td class="rules-cell">${chips}</td><td class="path">${escapeHtml(where)}</td></tr>`;
    })
    .join('\n');
  return `<table id="lowest" class="data"><thead><tr><th class="num" scope="col">Score</th><th scope="col">Conversation</th><th scope="col">Agent</th><th scope="col">Failed rules</th><th scope="col">Where to look</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

function rulesTable(data: Aggregate, rulesMeta: Record<string, RuleMeta>): string {
  if (!data.rules.length) return '<p class="empty">No findings.</p>';
  const rows = data.rules
    .map((r) => {
      const meta = rulesMeta[r.ruleId];
      return `<tr><td data-v="${escapeHtml(r.ruleId)}"><a href="${escapeHtml(ruleDocHref(r.ruleId, meta))}" target="_blank" rel="noopener noreferrer">${escapeHtml(r.ruleId)}</a></td><td data-v="${escapeHtml(r.kind ?? '')}">${r.kind ? `<span class="kind" style="color:${KIND_COLOR[r.kind] ?? '#475569'}">${escapeHtml(r.kind)}</span>` : ''}</td><td class="muted">${escapeHtml(meta?.docs?.description ?? '')}</td><td class="num" data-v="${r.findings}">${fmt(r.findings)}</td><td class="num" data-v="${r.conversations}">${fmt(r.conversations)}</td><td class="num" data-v="${r.per100}">${r.per100.toFixed(1)}</td></tr>`;
    })
    .join('\n');
  return `<table id="rules" class="sortable data"><thead><tr><th data-sort="text" scope="col">Rule</th><th data-sort="text" scope="col">Kind</th><th scope="col">What it flags</th><th data-sort="num" class="num" scope="col" aria-sort="descending">Findings</th><th data-sort="num" class="num" scope="col">Conversations</th><th data-sort="num" class="num" scope="col">Per 100 conv.</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

// ---------------------------------------------------------------- page

const STYLE = `
:root{--bg:#f4f6f9;--card:#fff;--ink:#0f172a;--ink2:#334155;--muted:#64748b;--line:#e2e8f0;--accent:#1d4ed8;--pass:#15803d;--pass-bg:#dcfce7;--fail:#b91c1c;--fail-bg:#fee2e2;--warn:#b45309;--warn-bg:#fef3c7;--mark-warn:#fde68a;--mark-err:#fecaca}
*{box-sizing:border-box}
html{font-size:15px}
body{margin:0;background:var(--bg);color:var(--ink);font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;line-height:1.45}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
header.top{background:#0f1b33;color:#fff;padding:0 32px;display:flex;align-items:center;gap:32px;height:58px;position:sticky;top:0;z-index:5;box-shadow:0 1px 0 rgba(0,0,0,.2)}
.brand{font-weight:700;font-size:1.05rem;letter-spacing:.2px;white-space:nowrap}.brand small{font-weight:400;opacity:.7;margin-left:10px;font-size:.9rem}
.tabs{display:flex;gap:4px;height:100%}.tabs a{color:#cbd5e1;display:flex;align-items:center;padding:0 14px;border-bottom:3px solid transparent;font-weight:500}
.tabs a:hover{color:#fff;text-decoration:none}.tabs a.current{color:#fff;border-bottom-color:#60a5fa}
.tabs .count{background:rgba(255,255,255,.14);border-radius:10px;padding:0 7px;margin-left:6px;font-size:.8rem}
main{max-width:1240px;margin:0 auto;padding:24px 32px 40px}
h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.05rem;margin:0 0 14px;color:var(--ink)}h3{font-size:.95rem;margin:0 0 10px}
.subtitle{color:var(--muted);margin:0 0 20px}
.kpis{display:grid;grid-template-columns:repeat(5,1fr);gap:16px;margin-bottom:20px}
.kpi{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 18px}
.kpi .label{color:var(--muted);font-size:.78rem;text-transform:uppercase;letter-spacing:.6px;font-weight:600}
.kpi .value{font-size:1.9rem;font-weight:700;margin-top:4px;font-variant-numeric:tabular-nums}
.kpi .sub{color:var(--muted);font-size:.85rem}
.kpi.good .value{color:var(--pass)}.kpi.bad .value{color:var(--fail)}.kpi.mid .value{color:var(--warn)}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:20px;margin-bottom:20px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin-bottom:20px}
.grid2 .card{margin-bottom:0;min-width:0}
.card-head{display:flex;align-items:center;justify-content:space-between;gap:16px;margin-bottom:12px;flex-wrap:wrap}.card-head h2{margin:0}
.chart{width:100%;height:auto;display:block}
.chart .grid{stroke:#eef2f7}.chart .baseline{stroke:#94a3b8}.chart .axis{fill:var(--muted);font-size:11px}.chart .axis-title{fill:var(--muted);font-size:11px;text-transform:uppercase;letter-spacing:.6px}
.chart .value{fill:var(--ink2);font-size:11px;font-weight:600}.chart .label{fill:var(--ink2);font-size:12px}
.chart a:hover .label{fill:var(--accent);text-decoration:underline}
.chart .bar-pass{fill:#3fa66a}.chart .bar-fail{fill:#e0533d}
.legend{display:flex;gap:16px;font-size:.8rem;color:var(--muted);margin-top:8px}.legend span{display:inline-flex;align-items:center;gap:6px}
.sw{display:inline-block;width:11px;height:11px;border-radius:2px}.sw.pass{background:#3fa66a}.sw.fail{background:#e0533d}
.filters{display:flex;gap:10px;align-items:center;flex-wrap:wrap}
input[type=search],select{font:inherit;font-size:.9rem;padding:6px 10px;border:1px solid #cbd5e1;border-radius:6px;background:#fff;color:var(--ink);min-width:180px}
input[type=search]{min-width:270px}
input[type=search]:focus,select:focus{outline:2px solid #93c5fd;border-color:#60a5fa}
label.check{font-size:.9rem;color:var(--ink2);display:inline-flex;gap:6px;align-items:center}
table.data{width:100%;border-collapse:collapse;font-size:.9rem}
table.data th{text-align:left;font-size:.74rem;text-transform:uppercase;letter-spacing:.5px;color:var(--muted);font-weight:600;padding:8px 10px;border-bottom:1px solid var(--line);white-space:nowrap;user-select:none}
table.data td{padding:8px 10px;border-bottom:1px solid #f1f5f9;vertical-align:middle}
table.data tbody tr:hover{background:#f8fafc}
table.data .num{text-align:right;font-variant-numeric:tabular-nums}
th[data-sort],th[data-key]{cursor:pointer}th[data-sort]:hover,th[data-key]:hover{color:var(--ink)}
th[aria-sort=ascending]::after{content:" \\25B2";font-size:.65rem}th[aria-sort=descending]::after{content:" \\25BC";font-size:.65rem}
td.name{font-weight:600}
#rules td:first-child{white-space:nowrap}.muted{color:var(--muted)}.small{font-size:.8rem}
.path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem;color:var(--ink2);white-space:nowrap}
#conv-table td.path{max-width:280px;overflow:hidden;text-overflow:ellipsis}
.score-cell{white-space:nowrap}.meter{display:inline-block;width:70px;height:6px;background:#eef2f7;border-radius:3px;margin-right:10px;vertical-align:middle;overflow:hidden}
.meter-fill{display:block;height:100%;border-radius:3px}.meter-fill.good{background:#3fa66a}.meter-fill.mid{background:#e9a23b}.meter-fill.bad{background:#e0533d}
.score-val{display:inline-block;min-width:36px}
.rate.good{color:var(--pass)}.rate.mid{color:var(--warn)}.rate.bad{color:var(--fail)}
.chip{display:inline-flex;align-items:center;gap:4px;border-radius:999px;padding:1px 9px;font-size:.78rem;background:#f1f5f9;color:var(--ink2);border:1px solid var(--line);margin:1px 2px 1px 0;white-space:nowrap}
.chip.sin{background:#fff1ec;border-color:#fbd5c8;color:#9a3412}.chip.practice{background:#fff8e6;border-color:#f8e1a8;color:#92400e}.chip.style{background:#eef3ff;border-color:#cddafe;color:#1e40af}
.chip a{color:inherit}.chip b{font-weight:700}
.badge{display:inline-block;min-width:44px;text-align:center;border-radius:6px;padding:1px 6px;font-weight:700;font-size:.82rem;font-variant-numeric:tabular-nums}
.badge.pass{background:var(--pass-bg);color:var(--pass)}.badge.fail{background:var(--fail-bg);color:var(--fail)}.badge.na{background:#f1f5f9;color:var(--muted)}
.rules-cell .muted{margin-left:4px}
.count{font-weight:600}.count.zero{color:#cbd5e1}
.empty{color:var(--muted);font-style:italic}
#conv-count{color:var(--muted);font-size:.85rem;margin:10px 0 0}
.conv-nav{display:flex;justify-content:space-between;align-items:center;margin-bottom:14px}.pager{display:flex;gap:14px;align-items:center}
.conv-head .conv-title{display:flex;gap:20px;align-items:center}
.score-big{width:92px;height:92px;border-radius:12px;display:flex;flex-direction:column;align-items:center;justify-content:center;flex:none}
.score-big.pass{background:var(--pass-bg);color:var(--pass)}.score-big.fail{background:var(--fail-bg);color:var(--fail)}.score-big.na{background:#f1f5f9;color:var(--muted)}
.score-num{font-size:1.7rem;font-weight:800;font-variant-numeric:tabular-nums}.score-label{font-size:.72rem;text-transform:uppercase;letter-spacing:.7px;font-weight:700}
.conv-id{margin:0 0 8px;font-size:1.25rem;word-break:break-all}
.meta{display:flex;flex-wrap:wrap;gap:6px 22px}.meta-item{display:flex;flex-direction:column}.meta-label{font-size:.7rem;text-transform:uppercase;letter-spacing:.6px;color:var(--muted);font-weight:600}.meta-value{font-size:.9rem;word-break:break-all}
.chip-row{margin-top:14px;padding-top:12px;border-top:1px solid var(--line);display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.chip-label{font-size:.75rem;text-transform:uppercase;letter-spacing:.6px;color:var(--muted);font-weight:600;margin-right:4px}
.autofail{background:var(--fail);color:#fff;border-radius:999px;padding:0 6px;font-size:.68rem;margin-left:2px;text-transform:uppercase;letter-spacing:.4px}
.whole{font-size:.72rem;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 5px}
.na-list{color:var(--muted);font-size:.8rem;margin-left:auto}
.thread{display:flex;flex-direction:column;gap:12px}
.turn{background:var(--card);border:1px solid var(--line);border-left:4px solid #cbd5e1;border-radius:8px;padding:12px 16px;max-width:86%}
.turn.role-agent{align-self:flex-end;border-left-color:#3b82f6;background:#f8fbff}
.turn.role-customer{align-self:flex-start;border-left-color:#94a3b8}
.turn.role-note,.turn.role-system,.turn.role-bot{align-self:center;background:#fafaf5;border-left-color:#d6c77a;max-width:70%}
.turn.flagged{box-shadow:0 0 0 1px #fcd34d inset}
.turn-meta{display:flex;gap:10px;align-items:baseline;font-size:.78rem;color:var(--muted);margin-bottom:6px}
.turn-meta .role{text-transform:uppercase;letter-spacing:.6px;font-weight:700;color:var(--ink2)}.turn-meta .author{font-weight:600;color:var(--ink)}
.turn-meta .gap{color:#94a3b8}.turn-meta .turn-no{margin-left:auto;color:#cbd5e1}
.turn-text{white-space:pre-wrap;word-wrap:break-word;font-size:.95rem}
mark{border-radius:3px;padding:0 1px;color:inherit}mark.sev-warn{background:var(--mark-warn);box-shadow:inset 0 -2px 0 #f59e0b}mark.sev-error{background:var(--mark-err);box-shadow:inset 0 -2px 0 #ef4444}
mark.active{outline:2px solid #1d4ed8}
ul.findings{list-style:none;margin:10px 0 0;padding:10px 0 0;border-top:1px dashed var(--line);display:flex;flex-direction:column;gap:6px}
.finding{display:flex;gap:10px;align-items:baseline;font-size:.86rem;flex-wrap:wrap}
.fnum{display:inline-flex;align-items:center;justify-content:center;width:20px;height:20px;border-radius:50%;background:#e2e8f0;font-size:.72rem;font-weight:700;flex:none}
.finding.sev-error .fnum{background:var(--fail-bg);color:var(--fail)}.finding.sev-warn .fnum{background:var(--warn-bg);color:var(--warn)}
.finding .sev{font-size:.7rem;text-transform:uppercase;font-weight:700;letter-spacing:.5px}.finding.sev-error .sev{color:var(--fail)}.finding.sev-warn .sev{color:var(--warn)}
.finding .fmsg{flex:1 1 300px}.finding .rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem}.finding .loc{color:var(--muted);font-size:.78rem}
.note{background:#fff8e6;border:1px solid #f8e1a8;border-radius:8px;padding:10px 14px;color:#78350f}
footer{max-width:1240px;margin:0 auto;padding:0 32px 32px;color:var(--muted);font-size:.8rem}
.nojs{background:#fff8e6;border:1px solid #f8e1a8;border-radius:8px;padding:10px 14px;margin-bottom:16px}
@media (max-width:900px){.kpis{grid-template-columns:repeat(2,1fr)}.grid2{grid-template-columns:1fr}main{padding:16px}.turn{max-width:100%}}
@media print{header.top{position:static}.filters{display:none}}
`;

export function renderHtml(results: Parameters<Formatter>[0], context: Parameters<Formatter>[1]): string {
  const rulesMeta = context.rulesMeta ?? {};
  const data = aggregate(results, { cwd: context.cwd, rulesMeta });
  const { totals } = data;
  const ruleIds = new Set<string>([...data.rules.map((r) => r.ruleId), ...data.conversations.flatMap((c) => [...c.failedRules, ...c.na])]);
  const pageData = {
    noTeam: NO_TEAM,
    rules: Object.fromEntries([...ruleIds].map((id) => [id, { kind: rulesMeta[id]?.kind ?? null, url: ruleDocHref(id, rulesMeta[id]) }])),
    conversations: data.conversations.map((c) => ({
      i: c.index,
      file: c.file,
      id: c.label,
      channel: c.channel,
      locale: c.locale,
      agent: c.agent ?? null,
      team: c.team ?? null,
      score: c.score ?? null,
      passed: c.passed ?? null,
      failedRules: c.failedRules,
      na: c.na,
      autoFailed: c.autoFailed,
      findings: pageFindings(c),
      turns: c.view?.turns ?? null,
    })),
  };

  const rateClass = totals.passRate === undefined ? '' : totals.passRate >= 0.8 ? 'good' : totals.passRate >= 0.5 ? 'mid' : 'bad';
  const scoreClass = totals.meanScore === undefined ? '' : totals.meanScore >= 80 ? 'good' : totals.meanScore >= 60 ? 'mid' : 'bad';
  const kpi = (label: string, value: string, sub: string, cls = '') =>
    `<div class="kpi ${cls}"><div class="label">${label}</div><div class="value">${value}</div><div class="sub">${sub}</div></div>`;
  const kpis = [
    kpi('Conversations', fmt(totals.conversations), `in ${fmt(totals.files)} ${totals.files === 1 ? 'file' : 'files'}`),
    kpi('Mean score', scoreText(totals.meanScore), 'out of 100', scoreClass),
    kpi('Pass rate', percent(totals.passRate), `${fmt(totals.passed)} of ${fmt(totals.scored)} passed`, rateClass),
    kpi('Findings', fmt(totals.findings), `${fmt(totals.errors)} errors · ${fmt(totals.warnings)} warnings`),
    kpi('Per 100 conv.', totals.conversations ? (Math.round((1000 * totals.findings) / totals.conversations) / 10).toFixed(1) : '–', 'findings'),
  ].join('');
  const teamNames = data.teams.map((t) => t.name);
  const teamOptions = teamNames.map((t) => `<option value="${escapeHtml(t)}">${escapeHtml(t)}</option>`).join('');
  const fatalNote = totals.fatal
    ? `<p class="note">${fmt(totals.fatal)} fatal ${totals.fatal === 1 ? 'problem' : 'problems'}: files that could not be read or parsed, or rules that crashed. Run with <code>-f stylish</code> to see them.</p>`
    : '';

  const script = CLIENT_SCRIPT;
  const scriptHash = createHash('sha256').update(script, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="transcript-lint ${escapeHtml(toolVersion())}">
<title>Conversation quality report — transcript-lint</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top">
<div class="brand">transcript-lint<small>Conversation quality report</small></div>
<nav class="tabs"><a href="#overview" class="current">Overview</a><a href="#conversations">Conversations<span class="count">${fmt(totals.conversations)}</span></a></nav>
</header>
<main>
<noscript><p class="nojs">Sorting, filters and the conversation pages need JavaScript; the overview below is complete without it.</p></noscript>
<section id="view-overview" class="view">
<h1>Quality overview</h1>
<p class="subtitle">Scorecard results for ${fmt(totals.conversations)} ${totals.conversations === 1 ? 'conversation' : 'conversations'} across ${fmt(data.agents.length)} ${data.agents.length === 1 ? 'agent' : 'agents'} and ${fmt(data.teams.length)} ${data.teams.length === 1 ? 'team' : 'teams'}.</p>
${fatalNote}
<div class="kpis">${kpis}</div>
<div class="grid2">
<div class="card"><h2>Score distribution</h2>${histogramSvg(data)}</div>
<div class="card"><h2>Findings per rule</h2>${rulesSvg(data, rulesMeta)}</div>
</div>
<div class="card">
<div class="card-head"><h2>Agents</h2><div class="filters"><input type="search" id="agent-filter" placeholder="Filter by agent or team…" aria-label="Filter agents"><select id="team-filter" aria-label="Team"><option value="">All teams</option>${teamOptions}</select></div></div>
${groupTable('agents', data.agents, 'Agent', 'Team', rulesMeta, true)}
<p id="agents-empty" class="empty" hidden>No agent matches the filter.</p>
</div>
<div class="card"><h2>Teams</h2>${groupTable('teams', data.teams, 'Team', 'Agents', rulesMeta, false)}</div>
<div class="card"><div class="card-head"><h2>Lowest-scoring conversations</h2><a href="#conversations">All conversations →</a></div>${lowestTable(data, rulesMeta)}</div>
<div class="card"><h2>Rules</h2>${rulesTable(data, rulesMeta)}</div>
</section>
<section id="view-conversations" class="view" hidden>
<div class="card">
<div class="card-head"><h2>Conversations</h2><div class="filters"><input type="search" id="conv-filter" placeholder="Search id, agent, team, rule, file…" aria-label="Filter conversations"><select id="conv-team" aria-label="Team"><option value="">All teams</option>${teamOptions}</select><label class="check"><input type="checkbox" id="conv-failing"> failing only</label></div></div>
<table id="conv-table" class="data"><thead><tr><th data-key="score" class="num" scope="col">Score</th><th data-key="id" scope="col">Conversation</th><th data-key="agent" scope="col">Agent</th><th data-key="team" scope="col">Team</th><th data-key="channel" scope="col">Channel</th><th data-key="findings" class="num" scope="col">Findings</th><th scope="col">Failed rules</th><th data-key="file" scope="col">File</th></tr></thead><tbody id="conv-rows"></tbody></table>
<p id="conv-count"></p>
</div>
</section>
<section id="view-conversation" class="view" hidden></section>
</main>
<footer>Generated by transcript-lint ${escapeHtml(toolVersion())}. Score = 100 × weight of the applicable rules that did not fire ÷ weight of all applicable rules; an auto-fail finding scores 0.</footer>
<script type="application/json" id="report-data">${scriptJson(pageData)}</script>
<script>${script}</script>
</body>
</html>
`;
}

export const html: Formatter = Object.assign((results: Parameters<Formatter>[0], context: Parameters<Formatter>[1]) => renderHtml(results, context), {
  needs: ['conversations'] as const,
});

export default html;
