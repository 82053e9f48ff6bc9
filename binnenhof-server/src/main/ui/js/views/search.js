// Search: full-text search over the articles, with filters; beside it, who is named most.
import { api, exportUrl } from '../api.js';
import { articleHit, card, empty, field, fill, pager, rankList, select, textInput, values } from '../components.js';
import { h, link } from '../dom.js';
import { plural } from '../format.js';

const LIMIT = 20;

export function searchView(root, { query, navigate }) {
  const form = h('form', { class: 'search-form', role: 'search', on: { submit: (e) => {
    e.preventDefault();
    navigate(link('', null, values(form)));
  } } },
  h('div', { class: 'search-main' },
    textInput('q', query.q, 'Search the news: kabinet, "migratiepakket", Rutte AND asiel, gezinsherenig*',
      { 'aria-label': 'Search query', class: 'big', id: 'search-q' }),
    h('button', { type: 'submit', class: 'primary' }, 'Search')),
  h('div', { class: 'filters' },
    field('Person', textInput('person', query.person, 'e.g. Rutte')),
    field('Party', textInput('party', query.party, 'e.g. CDA')),
    field('From', textInput('from', query.from, 'YYYY(-MM(-DD))', { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' })),
    field('To', textInput('to', query.to, 'YYYY(-MM(-DD))', { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' })),
    field('Order', select('order', [['', 'Best match'], ['newest', 'Newest first'], ['oldest', 'Oldest first']], query.order))));

  const results = h('div', { class: 'results', id: 'search-results' });
  const persons = h('div');
  const parties = h('div');
  root.append(
    h('section', { class: 'hero' }, h('h1', null, 'Dutch political news, on the record'),
      h('p', { class: 'lede' }, 'Who said what, who negotiates with whom, and which party wants what: every article read, every quote attributed, every source kept.'),
      form),
    h('div', { class: 'columns' }, h('div', { class: 'main-column' }, results),
      h('aside', { class: 'side-column' }, card('Most named persons', persons), card('Most named parties', parties))));

  const filters = { q: query.q, person: query.person, party: query.party, from: query.from, to: query.to, order: query.order };
  const offset = Number(query.offset) || 0;
  fill(results, api('search', { ...filters, offset, limit: LIMIT }), (page) => [
    h('div', { class: 'results-head' },
      h('h2', null, page.total ? plural(page.total, 'article') : 'No articles'),
      page.total ? h('a', { class: 'export', href: exportUrl('articles', { ...filters, order: undefined, format: 'csv' }) }, 'Export CSV') : null,
      page.total ? h('a', { class: 'export', href: exportUrl('articles', { ...filters, order: undefined }) }, 'JSONL') : null),
    page.items.length ? page.items.map(articleHit) : empty('Nothing matches. Try fewer words, or a prefix such as migra*.'),
    pager(page, LIMIT, (o) => navigate(link('', null, { ...filters, offset: o }))),
  ]);
  fill(persons, api('actors', { type: 'person', limit: 10 }),
    (page) => rankList(page.items.map((a) => ({ name: a.name, type: a.type, count: a.articles })), { unit: ' art.' }));
  fill(parties, api('parties', { limit: 10 }),
    (page) => rankList(page.items.map((a) => ({ name: a.name, type: a.type, count: a.articles })), { unit: ' art.' }));
}
