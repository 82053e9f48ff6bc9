// Actors: persons, parties and organisations in the record, most named first.
import { api, exportUrl } from '../api.js';
import { empty, field, fill, pager, partyChip, select, textInput, values } from '../components.js';
import { h, link } from '../dom.js';
import { number, plural } from '../format.js';

const LIMIT = 50;

export function actorsView(root, { query, navigate }) {
  const form = h('form', { class: 'filter-form', on: { submit: (e) => {
    e.preventDefault();
    navigate(link('actors', null, values(form)));
  } } },
  field('Name', textInput('match', query.match, 'part of a name'), true),
  field('Type', select('type', [['', 'All'], ['person', 'Persons'], ['party', 'Parties'], ['organisation', 'Organisations']], query.type)),
  h('button', { type: 'submit', class: 'primary' }, 'Filter'));
  const results = h('div', { class: 'results' });
  root.append(h('header', { class: 'view-head' }, h('h1', null, 'Actors'),
    h('p', { class: 'lede' }, 'Everyone the articles name, resolved to one canonical name: "Rutte", "premier Mark Rutte" and "hij" are the same person.')),
  form, results);

  const filters = { match: query.match, type: query.type };
  fill(results, api('actors', { ...filters, offset: Number(query.offset) || 0, limit: LIMIT }), (page) => [
    h('div', { class: 'results-head' }, h('h2', null, plural(page.total, 'actor')),
      h('a', { class: 'export', href: exportUrl('mentions', { type: query.type, format: 'csv' }) }, 'Export mentions CSV')),
    page.items.length ? table(page.items) : empty('No actor matches.'),
    pager(page, LIMIT, (o) => navigate(link('actors', null, { ...filters, offset: o }))),
  ]);
}

function table(actors) {
  return h('table', { class: 'data' },
    h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Type'), h('th', null, 'Party'),
      h('th', { class: 'num' }, 'Articles'), h('th', { class: 'num' }, 'Mentions'), h('th', { class: 'num' }, 'Quotes'))),
    h('tbody', null, actors.map((a) => h('tr', null,
      h('td', null, h('a', { href: a.type === 'party' ? link('party', a.name) : link('actor', a.name) }, a.name)),
      h('td', null, h('span', { class: `type ${a.type}` }, a.type)),
      h('td', null, partyChip(a.party)),
      h('td', { class: 'num' }, number(a.articles)), h('td', { class: 'num' }, number(a.mentions)),
      h('td', { class: 'num' }, a.quotes ? h('a', { href: link('quotes', null, { speaker: a.name }) }, number(a.quotes)) : '0')))));
}
