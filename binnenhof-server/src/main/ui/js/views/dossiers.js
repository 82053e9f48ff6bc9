// Dossiers: articles grouped into negotiations (one policy topic, close in time, actors in common).
import { api } from '../api.js';
import { empty, fill, field, pager, select, textInput, values } from '../components.js';
import { h, link } from '../dom.js';
import { period, plural } from '../format.js';

const LIMIT = 20;

export function dossiersView(root, { query, navigate }) {
  const form = h('form', { class: 'filter-form', on: { submit: (e) => {
    e.preventDefault();
    navigate(link('dossiers', null, values(form)));
  } } },
  field('Words', textInput('q', query.q, 'e.g. Immigration, Omtzigt'), true),
  field('Actor', textInput('actor', query.actor, 'e.g. Rutte')),
  field('From', textInput('from', query.from, 'YYYY(-MM(-DD))')),
  field('To', textInput('to', query.to, 'YYYY(-MM(-DD))')),
  field('Size', select('minArticles', [['2', '2+ articles'], ['3', '3+ articles'], ['5', '5+ articles'], ['1', 'all']], query.minArticles || '2')),
  field('Order', select('order', [['newest', 'Newest'], ['oldest', 'Oldest'], ['largest', 'Largest']], query.order || 'newest')),
  h('button', { type: 'submit', class: 'primary' }, 'Find dossiers'));
  const results = h('div', { class: 'results', id: 'dossier-results' });
  root.append(h('header', { class: 'view-head' }, h('h1', null, 'Dossiers'),
    h('p', { class: 'lede' }, 'Negotiations as the news followed them: articles on one policy topic, close in time, with actors in common — each with its timeline of events and who stood where.')),
  form, results);

  const filters = { q: query.q, actor: query.actor, from: query.from, to: query.to,
    minArticles: query.minArticles || 2, order: query.order };
  fill(results, api('dossiers', { ...filters, offset: Number(query.offset) || 0, limit: LIMIT }), (page) => [
    h('div', { class: 'results-head' }, h('h2', null, plural(page.total, 'dossier'))),
    page.items.length ? h('div', { class: 'dossier-list' }, page.items.map(card))
      : empty('No dossier matches. Single-article dossiers are left out unless Size is "all".'),
    pager(page, LIMIT, (o) => navigate(link('dossiers', null, { ...filters, offset: o }))),
  ]);
}

function card(d) {
  return h('a', { class: 'dossier-card', href: link('dossier', d.id) },
    h('div', { class: 'dossier-card-head' },
      d.topic && d.topic.code ? h('span', { class: 'topic' }, d.topic.label || d.topic.name) : null,
      h('span', { class: 'meta' }, period(d.from, d.to))),
    h('strong', null, d.participants.slice(0, 3).map((p) => p.actor).join(', ') || d.title),
    h('div', { class: 'meta' }, `${plural(d.articles, 'article')} · ${plural(d.events, 'event')} · ${plural(d.positions, 'position')}`),
    h('div', { class: 'chips' }, d.participants.map((p) => h('span', { class: 'chip' }, p.actor))));
}
