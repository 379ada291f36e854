/**
 * The script of the html report, as text. It runs in the reader's browser under
 * a Content-Security-Policy that allows this script alone (by hash). It reads
 * the report data from `<script type="application/json" id="report-data">` and
 * builds DOM with createElement/textContent only — transcript text never goes
 * through innerHTML. Plain ES2017, no template literals (this file is one).
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var convs = data.conversations;
  var rules = data.rules || {};
  var LIST_LIMIT = 500;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }
  function ruleLink(ruleId) {
    var info = rules[ruleId];
    var url = info && safeUrl(info.url);
    if (!url) return el('span', 'rule', ruleId || 'parse');
    var a = el('a', 'rule', ruleId);
    a.setAttribute('href', url);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
    return a;
  }
  function fmtScore(s) { return typeof s === 'number' ? s.toFixed(1) : '\u2013'; }
  function scoreBadge(c) {
    var b = el('span', 'badge ' + (typeof c.score !== 'number' ? 'na' : c.passed ? 'pass' : 'fail'), fmtScore(c.score));
    return b;
  }
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function fmtTime(iso, withDate) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    var time = pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ':' + pad(d.getUTCSeconds());
    if (d.getUTCFullYear() <= 1970 || !withDate) return time;
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' ' + time;
  }
  function fmtGap(ms) {
    if (!(ms > 0)) return '';
    var s = Math.round(ms / 1000);
    if (s < 60) return '+' + s + 's';
    var m = Math.floor(s / 60);
    if (m < 60) return '+' + m + 'm ' + pad(s % 60) + 's';
    return '+' + Math.floor(m / 60) + 'h ' + pad(m % 60) + 'm';
  }

  // ---- sortable tables (server-rendered rows carry data-v per cell) ----
  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    var v = cell ? cell.getAttribute('data-v') : null;
    if (v === null) v = cell ? cell.textContent : '';
    if (numeric) { var n = parseFloat(v); return isNaN(n) ? Infinity : n; }
    return v.toLowerCase();
  }
  function makeSortable(table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, index) {
      if (!th.hasAttribute('data-sort')) return;
      th.tabIndex = 0;
      function sort() {
        var numeric = th.getAttribute('data-sort') === 'num';
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
          var r = x < y ? -1 : x > y ? 1 : 0;
          return asc ? r : -r;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), makeSortable);

  // ---- agent table filters ----
  var agentFilter = document.getElementById('agent-filter');
  var teamFilter = document.getElementById('team-filter');
  function filterAgents() {
    var q = agentFilter.value.trim().toLowerCase();
    var team = teamFilter.value;
    var shown = 0;
    var rows = document.getElementById('agents').tBodies[0].rows;
    Array.prototype.forEach.call(rows, function (row) {
      var name = (row.getAttribute('data-name') || '').toLowerCase();
      var teams = (row.getAttribute('data-teams') || '').split('\n');
      var ok = (!q || name.indexOf(q) !== -1 || teams.join(' ').toLowerCase().indexOf(q) !== -1) && (!team || teams.indexOf(team) !== -1);
      row.hidden = !ok;
      if (ok) shown++;
    });
    document.getElementById('agents-empty').hidden = shown !== 0;
  }
  if (agentFilter && teamFilter) {
    agentFilter.addEventListener('input', filterAgents);
    teamFilter.addEventListener('change', filterAgents);
  }

  // ---- conversation list ----
  var listState = { key: 'score', asc: true };
  var listFilter = document.getElementById('conv-filter');
  var listTeam = document.getElementById('conv-team');
  var listFailing = document.getElementById('conv-failing');
  var currentOrder = [];

  function matches(c) {
    var q = listFilter.value.trim().toLowerCase();
    if (listTeam.value && (c.team || data.noTeam) !== listTeam.value) return false;
    if (listFailing.checked && c.passed !== false) return false;
    if (!q) return true;
    var hay = [c.id, c.agent || '', c.team || '', c.file, c.channel, c.failedRules.join(' ')].join('\n').toLowerCase();
    return hay.indexOf(q) !== -1;
  }
  function compare(a, b) {
    var k = listState.key, x = a[k], y = b[k];
    if (k === 'findings') { x = a.findings.length; y = b.findings.length; }
    if (typeof x !== 'number' && typeof y !== 'number') { x = String(x || '').toLowerCase(); y = String(y || '').toLowerCase(); }
    else { x = typeof x === 'number' ? x : Infinity; y = typeof y === 'number' ? y : Infinity; }
    var r = x < y ? -1 : x > y ? 1 : a.i - b.i;
    return listState.asc ? r : -r;
  }
  function renderList() {
    var list = convs.filter(matches).sort(compare);
    currentOrder = list.map(function (c) { return c.i; });
    var body = document.getElementById('conv-rows');
    body.textContent = '';
    list.slice(0, LIST_LIMIT).forEach(function (c) {
      var tr = el('tr');
      var td = el('td', 'num'); td.appendChild(scoreBadge(c)); tr.appendChild(td);
      td = el('td');
      var a = el('a', 'conv-link', c.id); a.setAttribute('href', '#c-' + c.i); td.appendChild(a); tr.appendChild(td);
      tr.appendChild(el('td', '', c.agent || '\u2014'));
      tr.appendChild(el('td', '', c.team || '\u2014'));
      tr.appendChild(el('td', 'muted', c.channel));
      td = el('td', 'num'); td.appendChild(el('span', c.findings.length ? 'count' : 'count zero', c.findings.length)); tr.appendChild(td);
      td = el('td', 'rules-cell');
      c.failedRules.slice(0, 4).forEach(function (r) { td.appendChild(el('span', 'chip ' + ((rules[r] && rules[r].kind) || ''), r)); });
      if (c.failedRules.length > 4) td.appendChild(el('span', 'muted', '+' + (c.failedRules.length - 4)));
      tr.appendChild(td);
      td = el('td', 'path', c.file); td.setAttribute('title', c.file); tr.appendChild(td);
      body.appendChild(tr);
    });
    var note = document.getElementById('conv-count');
    note.textContent = list.length > LIST_LIMIT
      ? 'Showing ' + LIST_LIMIT + ' of ' + list.length + ' matching conversations \u2014 refine the filter to see the rest.'
      : list.length + ' of ' + convs.length + ' conversations';
    Array.prototype.forEach.call(document.querySelectorAll('#conv-table th[data-key]'), function (th) {
      if (th.getAttribute('data-key') === listState.key) th.setAttribute('aria-sort', listState.asc ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }
  if (listFilter) {
    listFilter.addEventListener('input', renderList);
    listTeam.addEventListener('change', renderList);
    listFailing.addEventListener('change', renderList);
    Array.prototype.forEach.call(document.querySelectorAll('#conv-table th[data-key]'), function (th) {
      th.tabIndex = 0;
      function sort() {
        var key = th.getAttribute('data-key');
        listState = { key: key, asc: listState.key === key ? !listState.asc : true };
        renderList();
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
    });
    renderList();
  }

  // ---- one conversation ----
  function renderText(container, text, marks) {
    if (!marks.length) { container.appendChild(document.createTextNode(text)); return; }
    var cuts = [0, text.length];
    marks.forEach(function (m) { cuts.push(m.start, m.end); });
    cuts = cuts.filter(function (v, i, all) { return v >= 0 && v <= text.length && all.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var piece = text.slice(a, b);
      var on = marks.filter(function (m) { return m.start <= a && m.end >= b; });
      if (!on.length) { container.appendChild(document.createTextNode(piece)); continue; }
      var severe = on.some(function (m) { return m.f.severity === 2; });
      var mark = el('mark', severe ? 'sev-error' : 'sev-warn', piece);
      mark.setAttribute('data-f', on.map(function (m) { return m.n; }).join(' '));
      mark.setAttribute('title', on.map(function (m) { return m.n + '. ' + (m.f.ruleId || '') + ': ' + m.f.message; }).join('\n'));
      container.appendChild(mark);
    }
  }
  function findingItem(f, n) {
    var li = el('li', 'finding ' + (f.severity === 2 ? 'sev-error' : 'sev-warn'));
    li.id = 'f-' + n;
    li.appendChild(el('span', 'fnum', n));
    li.appendChild(el('span', 'sev', f.severity === 2 ? 'error' : 'warning'));
    li.appendChild(el('span', 'fmsg', f.message));
    li.appendChild(ruleLink(f.ruleId));
    li.appendChild(el('span', 'loc', 'line ' + f.line + ':' + f.column));
    li.addEventListener('mouseenter', function () { toggleMarks(n, true); });
    li.addEventListener('mouseleave', function () { toggleMarks(n, false); });
    return li;
  }
  function toggleMarks(n, on) {
    Array.prototype.forEach.call(document.querySelectorAll('#view-conversation mark'), function (m) {
      if ((' ' + m.getAttribute('data-f') + ' ').indexOf(' ' + n + ' ') !== -1) m.classList.toggle('active', on);
    });
  }
  function metaItem(label, value) {
    var d = el('div', 'meta-item');
    d.appendChild(el('span', 'meta-label', label));
    d.appendChild(el('span', 'meta-value', value));
    return d;
  }
  function renderConversation(index) {
    var c = convs[index];
    var root = document.getElementById('view-conversation');
    root.textContent = '';
    if (!c) { root.appendChild(el('p', 'empty', 'No such conversation.')); return; }

    var nav = el('div', 'conv-nav');
    var back = el('a', 'back', '\u2190 All conversations'); back.setAttribute('href', '#conversations'); nav.appendChild(back);
    var order = currentOrder.length ? currentOrder : convs.map(function (x) { return x.i; });
    var pos = order.indexOf(c.i);
    var pager = el('span', 'pager');
    if (pos > 0) { var p = el('a', '', '\u2039 Previous'); p.setAttribute('href', '#c-' + order[pos - 1]); pager.appendChild(p); }
    if (pos !== -1) pager.appendChild(el('span', 'muted', (pos + 1) + ' / ' + order.length));
    if (pos !== -1 && pos + 1 < order.length) { var nx = el('a', '', 'Next \u203a'); nx.setAttribute('href', '#c-' + order[pos + 1]); pager.appendChild(nx); }
    nav.appendChild(pager);
    root.appendChild(nav);

    var head = el('div', 'card conv-head');
    var titleRow = el('div', 'conv-title');
    var big = el('div', 'score-big ' + (typeof c.score !== 'number' ? 'na' : c.passed ? 'pass' : 'fail'));
    big.appendChild(el('span', 'score-num', fmtScore(c.score)));
    big.appendChild(el('span', 'score-label', typeof c.score !== 'number' ? 'no score' : c.passed ? 'passed' : c.autoFailed.length ? 'auto-fail' : 'failed'));
    titleRow.appendChild(big);
    var tbox = el('div', 'title-box');
    tbox.appendChild(el('h2', 'conv-id', c.id));
    var meta = el('div', 'meta');
    meta.appendChild(metaItem('Agent', c.agent || '\u2014'));
    meta.appendChild(metaItem('Team', c.team || '\u2014'));
    meta.appendChild(metaItem('Channel', c.channel));
    meta.appendChild(metaItem('Locale', c.locale));
    meta.appendChild(metaItem('File', c.file));
    tbox.appendChild(meta);
    titleRow.appendChild(tbox);
    head.appendChild(titleRow);
    var chips = el('div', 'chip-row');
    if (c.failedRules.length) {
      chips.appendChild(el('span', 'chip-label', 'Failed'));
      c.failedRules.forEach(function (r) {
        var chip = el('span', 'chip ' + ((rules[r] && rules[r].kind) || ''));
        chip.appendChild(ruleLink(r));
        if (c.autoFailed.indexOf(r) !== -1) chip.appendChild(el('span', 'autofail', 'auto-fail'));
        chips.appendChild(chip);
      });
    } else {
      chips.appendChild(el('span', 'chip-label', 'No rule fired'));
    }
    if (c.na.length) {
      var na = el('span', 'na-list', 'N/A: ' + c.na.join(', '));
      na.setAttribute('title', 'Rules that do not apply to this conversation (channel or missing time stamps); they do not count toward the score.');
      chips.appendChild(na);
    }
    head.appendChild(chips);
    root.appendChild(head);

    var numbered = c.findings.map(function (f, k) { return { f: f, n: k + 1 }; });
    var loose = numbered.filter(function (x) { return !c.turns || typeof x.f.turn !== 'number' || typeof x.f.start !== 'number' || !c.turns[x.f.turn]; });
    if (loose.length) {
      var box = el('div', 'card');
      box.appendChild(el('h3', '', c.turns ? 'Conversation-level findings' : 'Findings'));
      var ul = el('ul', 'findings');
      loose.forEach(function (x) { ul.appendChild(findingItem(x.f, x.n)); });
      box.appendChild(ul);
      root.appendChild(box);
    }
    if (!c.turns) {
      root.appendChild(el('p', 'note', 'The conversation text is not in these results. Lint with -f html, or with -f json --keep-conversations before report merge, to see the turns.'));
      return;
    }
    var thread = el('div', 'thread');
    var prevTime = null;
    var prevDate = '';
    c.turns.forEach(function (t, ti) {
      var own = numbered.filter(function (x) { return x.f.turn === ti && typeof x.f.start === 'number'; });
      var lead = t.text.length - t.text.replace(/^\s+/, '').length;
      var tail = t.text.replace(/\s+$/, '').length;
      // A finding about the whole of a long reply is listed, not painted over all of it.
      function wholeTurn(x) { return t.text.length > 60 && x.f.start <= lead && x.f.end >= tail; }
      var turn = el('div', 'turn role-' + t.role + (own.length ? ' flagged' : ''));
      var metaRow = el('div', 'turn-meta');
      metaRow.appendChild(el('span', 'role', t.role));
      if (t.author) metaRow.appendChild(el('span', 'author', t.author));
      if (t.timestamp) {
        var date = t.timestamp.slice(0, 10);
        metaRow.appendChild(el('span', 'time', fmtTime(t.timestamp, date !== prevDate)));
        prevDate = date;
        var ms = new Date(t.timestamp).getTime();
        if (prevTime !== null) { var g = fmtGap(ms - prevTime); if (g) metaRow.appendChild(el('span', 'gap', g)); }
        prevTime = ms;
      }
      metaRow.appendChild(el('span', 'turn-no', '#' + (ti + 1)));
      turn.appendChild(metaRow);
      var body = el('div', 'turn-text');
      renderText(body, t.text, own.filter(function (x) { return !wholeTurn(x); }).map(function (x) { return { start: x.f.start, end: x.f.end, f: x.f, n: x.n }; }));
      turn.appendChild(body);
      if (own.length) {
        var list = el('ul', 'findings');
        own.forEach(function (x) {
          var item = findingItem(x.f, x.n);
          if (wholeTurn(x)) item.insertBefore(el('span', 'whole', 'whole reply'), item.querySelector('.loc'));
          list.appendChild(item);
        });
        turn.appendChild(list);
      }
      thread.appendChild(turn);
    });
    root.appendChild(thread);
  }

  // ---- routing ----
  var views = ['overview', 'conversations', 'conversation'];
  function route() {
    var hash = location.hash;
    var m = /^#c-(\d+)$/.exec(hash);
    var view = m ? 'conversation' : hash === '#conversations' ? 'conversations' : 'overview';
    views.forEach(function (v) { document.getElementById('view-' + v).hidden = v !== view; });
    Array.prototype.forEach.call(document.querySelectorAll('.tabs a'), function (a) {
      var target = a.getAttribute('href').slice(1);
      a.classList.toggle('current', target === view || (view === 'conversation' && target === 'conversations'));
    });
    if (m) renderConversation(Number(m[1]));
    window.scrollTo(0, 0);
  }
  window.addEventListener('hashchange', route);
  route();
  document.documentElement.classList.add('js');
})();
`;
