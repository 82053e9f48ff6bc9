// The quote browser: quotes by speaker, party, words, kind and date, each inside its source sentence.
import { api, exportUrl } from '../api.js';
import { empty, field, fill, pager, quoteCard, select, textInput, values } from '../components.js';
import { h, link } from '../dom.js';
import { plural } from '../format.js';

const LIMIT = 25;

export function quotesView(root, { query, navigate }) {
  const form = h('form', { class: 'filter-form', on: { submit: (e) => {
    e.preventDefault();
    navigate(link('quotes', null, values(form)));
  } } },
  field('Speaker', textInput('speaker', query.speaker, 'e.g. Rutte, Kaag')),
  field('Party', textInput('party', query.party, 'e.g. VVD')),
  field('Words', textInput('q', query.q, 'e.g. asiel*, "geen sprake"'), true),
  field('Kind', select('kind', [['', 'All kinds'], ['direct', 'Direct'], ['mixed', 'Mixed'], ['indirect', 'Indirect']], query.kind)),
  field('From', textInput('from', query.from, 'YYYY(-MM(-DD))')),
  field('To', textInput('to', query.to, 'YYYY(-MM(-DD))')),
  h('button', { type: 'submit', class: 'primary' }, 'Find quotes'));

  const results = h('div', { class: 'results', id: 'quote-results' });
  root.append(
    h('header', { class: 'view-head' }, h('h1', null, 'Quotes'),
      h('p', { class: 'lede' }, 'Direct, mixed and indirect quotes, each shown in the sentence it was said in, with its speaker and a link to the article.')),
    form, results);

  const filters = { speaker: query.speaker, party: query.party, q: query.q, kind: query.kind, from: query.from, to: query.to };
  const offset = Number(query.offset) || 0;
  fill(results, api('quotes', { ...filters, offset, limit: LIMIT }), (page) => [
    h('div', { class: 'results-head' }, h('h2', null, page.total ? plural(page.total, 'quote') : 'No quotes'),
      page.total ? h('a', { class: 'export', href: exportUrl('quotes', { ...filters, format: 'csv' }) }, 'Export CSV') : null,
      page.total ? h('a', { class: 'export', href: exportUrl('quotes', filters) }, 'JSONL') : null),
    page.items.length ? h('div', { class: 'quote-list' }, page.items.map((q) => quoteCard(q)))
      : empty('No quotes match. A speaker may be given by surname; words take prefixes such as asiel*.'),
    pager(page, LIMIT, (o) => navigate(link('quotes', null, { ...filters, offset: o }))),
  ]);
}
