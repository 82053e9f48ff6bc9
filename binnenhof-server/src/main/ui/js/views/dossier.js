// One dossier: its timeline of negotiation events, each with the sentence that reports it, and the matrix of who
// supports or opposes what.
import { api } from '../api.js';
import { card, empty, failure, loading, rankList, stat, truncate } from '../components.js';
import { h, link } from '../dom.js';
import { date, period } from '../format.js';

const EVENT_NAMES = {
  started: 'Talks start', continued: 'Talks continue', stalled: 'Stalled', deal: 'Deal', 'proposal-made': 'Proposal',
  'proposal-rejected': 'Proposal rejected', deadline: 'Deadline', apology: 'Apology', 'cabinet-falls': 'Cabinet falls',
  postponed: 'Postponed',
};

export async function dossierView(root, { id }) {
  root.append(loading('Loading the dossier'));
  let d;
  try {
    d = await api('dossiers/' + encodeURIComponent(id || ''));
  } catch (error) {
    root.replaceChildren(failure(error), h('p', null, h('a', { href: link('dossiers') }, 'All dossiers →')));
    return;
  }
  const headlines = new Map(d.articles.map((a) => [a.id, a]));
  root.replaceChildren(
    h('header', { class: 'profile-head dossier-head' },
      h('div', null,
        h('span', { class: 'type' }, 'dossier'), ' ',
        d.topic && d.topic.code ? h('span', { class: 'topic' }, d.topic.label || d.topic.name) : null,
        h('h1', null, d.participants.slice(0, 3).map((p) => p.actor).join(', ') || d.title),
        h('div', { class: 'meta' }, period(d.from, d.to), d.topic && d.topic.name ? ` · ${d.topic.name}` : '')),
      h('div', { class: 'stats' }, stat(d.articles.length, 'articles'), stat(d.timeline.length, 'events'),
        stat(d.matrix.cells.length, 'positions'))),
    h('div', { class: 'columns' },
      h('div', { class: 'main-column' },
        card('Timeline', timeline(d.timeline, headlines)),
        card('Who stands where', matrix(d.matrix))),
      h('aside', { class: 'side-column' },
        card('Articles', h('ol', { class: 'dossier-articles' }, d.articles.map((a) => h('li', null,
          h('span', { class: 'meta' }, date(a.date)), ' ',
          h('a', { href: link('article', a.id) }, a.headline || a.id))))),
        card('Actors, by articles', rankList(d.participants.map((p) => ({ name: p.actor, count: p.articles })),
          { linkTo: (r) => link('actor', r.name) })))));
}

function timeline(events, headlines) {
  if (!events.length) return empty('No negotiation events were found in these articles.');
  return h('ol', { class: 'timeline', id: 'dossier-timeline' }, events.map((e) => h('li', { class: `event ${e.type}` },
    h('div', { class: 'when' }, e.earliest ? period(e.earliest, e.latest) : 'undated',
      e.dateText ? h('small', null, `“${e.dateText}”`) : null),
    h('div', { class: 'what' },
      h('div', { class: 'event-head' },
        h('span', { class: `event-type ${e.type}` }, EVENT_NAMES[e.type] || e.type),
        e.hypothetical ? h('span', { class: 'badge' }, 'if') : null,
        e.participants.map((p) => h('a', { class: 'chip', href: link('actor', p) }, p))),
      h('p', { class: 'evidence' }, e.evidence),
      h('a', { class: 'source-link', href: link('article', e.articleId) },
        truncate((headlines.get(e.articleId) || {}).headline || e.articleId, 90), ' →')))));
}

function matrix(m) {
  if (!m.cells.length) return empty('No stances of these actors were found in these articles.');
  const cells = new Map(m.cells.map((c) => [c.actor + '\t' + c.target, c]));
  return [
    h('div', { class: 'matrix-wrap' }, h('table', { class: 'matrix', id: 'position-matrix' },
      h('thead', null, h('tr', null, h('th', null, ''), m.targets.map((t) => h('th', { scope: 'col', title: t }, h('span', null, t))))),
      h('tbody', null, m.actors.map((a) => h('tr', null,
        h('th', { scope: 'row' }, h('a', { href: link('actor', a) }, a)),
        m.targets.map((t) => cell(cells.get(a + '\t' + t)))))))),
    h('p', { class: 'note' }, '✔ supports · ✘ opposes; hover a mark for the sentence that states it.',
      m.otherTargets ? ` ${m.otherTargets} further target(s) not shown.` : ''),
  ];
}

function cell(c) {
  if (!c) return h('td', null, '');
  const supports = c.stances.filter((s) => s.polarity === 'support').length;
  const opposes = c.stances.length - supports;
  const kind = supports && opposes ? 'mixed' : supports ? 'support' : 'oppose';
  return h('td', { class: `stance ${kind}`, title: c.stances.map((s) => s.evidence).join('\n') },
    supports ? '✔'.repeat(Math.min(supports, 3)) : '', opposes ? '✘'.repeat(Math.min(opposes, 3)) : '');
}
