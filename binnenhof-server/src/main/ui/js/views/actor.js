// An actor's page: who they are in the record, their coverage over time, who they are named with, what they said.
import { api } from '../api.js';
import { articleHit, card, failure, loading, partyChip, rankList, stat } from '../components.js';
import { h, link } from '../dom.js';
import { networkCard, periods, quotesCard, timelineCard } from './profile.js';

export async function actorView(root, { id, navigate }) {
  root.append(loading('Loading the profile'));
  let profile;
  try {
    profile = await api('actors/' + encodeURIComponent(id || ''));
  } catch (error) {
    root.replaceChildren(failure(error), h('p', null, h('a', { href: link('actors', null, { match: id }) }, 'Look the name up among the actors →')));
    return;
  }
  const a = profile.actor;
  if (a.type === 'party') {
    navigate(link('party', a.name));
    return;
  }
  root.replaceChildren(
    h('header', { class: 'profile-head' },
      h('div', null, h('span', { class: `type ${a.type}` }, a.type), h('h1', null, a.name),
        h('div', { class: 'chips' }, partyChip(a.party), profile.roles.slice(0, 3).map((r) => h('span', { class: 'chip role' }, r.value)))),
      h('div', { class: 'stats' }, stat(a.articles, 'articles'), stat(a.mentions, 'mentions'),
        h('a', { href: link('quotes', null, { speaker: a.name }) }, stat(a.quotes, 'quotes')))),
    h('div', { class: 'columns' },
      h('div', { class: 'main-column' },
        timelineCard('actor', a.name),
        networkCard(a.name, navigate),
        quotesCard('Latest quotes', { speaker: a.name }, link('quotes', null, { speaker: a.name })),
        card('Latest articles', profile.articles.items.map(articleHit),
          h('a', { class: 'more', href: link('', null, { person: a.type === 'person' ? a.name : undefined, q: a.type === 'person' ? undefined : `"${a.name}"`, order: 'newest' }) }, `All ${profile.articles.total} articles →`))),
      h('aside', { class: 'side-column' },
        a.type === 'person' ? card('Party over time', periods(profile.parties)) : null,
        a.type === 'person' ? card('Roles', periods(profile.roles)) : null,
        card('Named most with', rankList(profile.coMentioned)))));
}
