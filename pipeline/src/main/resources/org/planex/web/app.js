// The analysts' page. Every piece of document text reaches the page through textContent (never innerHTML),
// so whatever a plan contains is shown as text.
'use strict';

const FILTERS = ['province', 'unit', 'kind', 'cites', 'body', 'from', 'to'];
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function params(extra) {
  const p = new URLSearchParams();
  const q = $('q').value.trim();
  if (q) p.set('q', q);
  for (const f of FILTERS) { const v = $(f).value.trim(); if (v) p.set(f, v); }
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return p;
}

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function snippetNode(snippet) {
  const span = el('span', {class: 'snippet'}, '… ');
  let at = 0;
  for (const h of snippet.highlights) {
    span.append(snippet.text.slice(at, h.start), el('mark', {}, snippet.text.slice(h.start, h.end)));
    at = h.end;
  }
  span.append(snippet.text.slice(at), ' …');
  return span;
}

function planLine(plan) {
  if (!plan) return '(plan not found)';
  return [plan.unit, plan.province, [plan.kind, plan.number].filter(Boolean).join(' '), plan.date]
    .filter(Boolean).join(' · ');
}

function itemText(type, item) {
  switch (type) {
    case 'citation': return [item.type, item.number, item.date, item.issuer].filter(Boolean).join(' ');
    case 'task': return item.body + (item.task ? ': ' + item.task : '');
    case 'quota': return [item.comparator, item.quantity, item.unit, item.period && '/' + item.period, item.channel && '— ' + item.channel].filter(Boolean).join(' ');
    default: return [item.number, item.heading].filter(Boolean).join(' ');
  }
}

async function search() {
  const items = $('items').value;
  const p = params(items ? {items} : {});
  p.set('limit', '20');
  history.replaceState(null, '', '?' + new URLSearchParams(p.has('q') ? {q: p.get('q')} : {}).toString());
  $('status').textContent = 'Searching…';
  try {
    const data = await getJson('/api/search?' + p);
    $('status').textContent = `${data.total} ${data.items || 'plans'} match`;
    const list = $('results');
    list.replaceChildren();
    for (const hit of data.results) {
      const title = el('div', {class: 'hit-title', onclick: () => showDocument(hit.plan.id)},
        hit.item ? itemText(hit.type, hit.item) : (hit.plan.title || hit.plan.path));
      const li = el('li', {class: 'hit'}, title, el('div', {class: 'meta'}, planLine(hit.plan)));
      for (const s of hit.snippets || []) li.append(el('div', {}, snippetNode(s)));
      list.append(li);
    }
    renderFacets(data.facets);
    renderChart(data.facets.cites || []);
  } catch (e) {
    $('status').textContent = 'Error: ' + e.message;
  }
}

function renderFacets(facets) {
  const box = $('facets');
  box.replaceChildren();
  for (const [dim, values] of Object.entries(facets)) {
    if (!values.length) continue;
    const ul = el('ul', {});
    for (const v of values) {
      ul.append(el('li', {class: 'facet', onclick: () => {
        if (dim === 'year') { $('from').value = v.value; $('to').value = v.value; }
        else if (dim === 'channel') { $('q').value = ($('q').value + ' "' + v.value + '"').trim(); }
        else $(dim).value = v.value;
        search();
      }}, `${v.value} (${v.count})`));
    }
    box.append(el('h3', {}, dim), ul);
  }
}

// Citations per document over communes: how many of the matching plans cite each of the most cited documents.
function renderChart(cites) {
  const box = $('chart');
  box.replaceChildren();
  if (!cites.length) return;
  const NS = 'http://www.w3.org/2000/svg';
  const rowHeight = 18, labelWidth = 260, barWidth = 300;
  const max = Math.max(...cites.map((c) => c.count));
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', labelWidth + barWidth + 40);
  svg.setAttribute('height', cites.length * rowHeight + 10);
  svg.setAttribute('role', 'img');
  cites.forEach((c, i) => {
    const label = document.createElementNS(NS, 'text');
    label.setAttribute('x', 0); label.setAttribute('y', i * rowHeight + 13);
    label.setAttribute('class', 'chart-label');
    label.textContent = c.value;
    const bar = document.createElementNS(NS, 'rect');
    bar.setAttribute('x', labelWidth); bar.setAttribute('y', i * rowHeight + 3);
    bar.setAttribute('height', rowHeight - 6); bar.setAttribute('width', Math.max(1, barWidth * c.count / max));
    bar.setAttribute('class', 'bar');
    const count = document.createElementNS(NS, 'text');
    count.setAttribute('x', labelWidth + barWidth * c.count / max + 4); count.setAttribute('y', i * rowHeight + 13);
    count.setAttribute('class', 'chart-label');
    count.textContent = c.count;
    svg.append(label, bar, count);
  });
  box.append(el('h2', {}, 'Plans citing each document'), svg);
}

function table(columns, rows) {
  return el('table', {}, el('tr', {}, ...columns.map((c) => el('th', {}, c))),
    ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c)))));
}

async function showTable(kind) {
  const p = params();
  const box = $('table');
  if (kind === 'citing' && !p.has('cites')) {
    const facets = await getJson('/api/facets?' + p);
    if (!facets.facets.cites.length) { box.replaceChildren('No citations in these plans.'); return; }
    p.set('cites', facets.facets.cites[0].value);
  }
  try {
    const data = await getJson(`/api/tables/${kind}?` + p);
    const csv = new URLSearchParams(p); csv.set('format', 'csv');
    box.replaceChildren(el('h3', {}, data.title), el('a', {href: `/api/tables/${kind}?` + csv, download: kind + '.csv'}, 'CSV'),
      table(data.columns, data.rows));
  } catch (e) {
    box.replaceChildren('Error: ' + e.message);
  }
}

function sectionTree(sections) {
  const ul = el('ul', {});
  for (const s of sections) {
    ul.append(el('li', {}, [s.number, s.heading].filter(Boolean).join(' ') || '…', s.label ? el('span', {class: 'meta'}, ' [' + s.label + ']') : null,
      s.children && s.children.length ? sectionTree(s.children) : null));
  }
  return ul;
}

async function showDocument(id) {
  const view = $('document');
  try {
    const data = await getJson('/api/documents/' + encodeURIComponent(id));
    const d = data.document, m = d.metadata;
    const unit = m.unit ? [m.unit.type, m.unit.name].filter(Boolean).join(' ') : null;
    view.replaceChildren(
      el('h2', {}, [m.kind, m.number].filter(Boolean).join(' ') || d.source.path),
      el('p', {}, m.title || ''),
      table(['issuer', 'unit', 'province', 'date', 'place', 'signer', 'source'],
        [[m.issuer || '', unit || '', m.province || '', m.date || m.partialDate || '', m.place || '',
          m.signer ? [m.signer.position, m.signer.name].filter(Boolean).join(' ') : '', d.source.path]]),
      el('h3', {}, 'Sections'), sectionTree(d.sections),
      el('h3', {}, `Citations (${d.citations.length})`),
      table(['type', 'number', 'date', 'issuer', 'title', 'mentions'],
        d.citations.map((c) => [c.type || '', c.number || c.id, c.date || '', c.issuer || '', c.title || '', c.mentions])),
      el('h3', {}, `Bodies (${d.bodies.length})`),
      el('ul', {}, ...d.bodies.map((b) => el('li', {}, el('b', {}, b.name), ` (${b.role})`,
        el('ul', {}, ...b.tasks.map((t) => el('li', {}, t)))))),
      el('h3', {}, `Quotas (${d.quotas.length})`),
      table(['comparator', 'quantity', 'unit', 'period', 'channel', 'body'],
        d.quotas.map((q) => [q.comparator || '', q.quantity || '', q.unit || '', q.period || '', q.channel || '', q.body || ''])),
      el('h3', {}, `Deadlines (${d.deadlines.length})`),
      table(['date', 'recurrence', 'as written', 'body', 'task'],
        d.deadlines.map((x) => [x.date || '', x.recurrence || '', x.text || '', x.body || '', x.task || ''])),
      el('h3', {}, 'Text'), el('pre', {}, d.text || ''));
    view.hidden = false;
  } catch (e) {
    view.replaceChildren('Error: ' + e.message);
    view.hidden = false;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('search-form').addEventListener('submit', (e) => { e.preventDefault(); search(); });
  for (const b of document.querySelectorAll('[data-table]')) b.addEventListener('click', () => showTable(b.dataset.table));
  const start = new URLSearchParams(location.search);
  $('q').value = start.get('q') || '';
  search().then(() => { if (start.get('id')) showDocument(start.get('id')); });
});
