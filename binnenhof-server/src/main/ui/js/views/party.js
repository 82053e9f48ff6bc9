// A party's page: its coverage over time, its people, who speaks for it, who it is named with.
import { api } from '../api.js';
import { articleHit, card, failure, loading, rankList, stat } from '../components.js';
import { h, link } from '../dom.js';
import { partyColour } from '../parties.js';
import { networkCard, quotesCard, timelineCard } from './profile.js';

export async function partyView(root, { id, navigate }) {
  root.append(loading('Loading the party'));
  let profile;
  try {
    profile = await api('parties/' + encodeURIComponent(id || ''));
  } catch (error) {
    root.replaceChildren(failure(error), h('p', null, h('a', { href: link('parties') }, 'All parties →')));
    return;
  }
  const p = profile.party;
  const colour = partyColour(p.name);
  root.replaceChildren(
    h('header', { class: 'profile-head party-head', style: { '--party': colour } },
      h('div', null, h('span', { class: 'type party' }, 'party'), h('h1', null, p.name)),
      h('div', { class: 'stats' }, stat(p.articles, 'articles'), stat(p.mentions, 'mentions'),
        h('a', { href: link('quotes', null, { party: p.name }) }, stat(profile.quotes, 'quotes')))),
    h('div', { class: 'columns' },
      h('div', { class: 'main-column' },
        timelineCard('party', p.name, colour),
        networkCard(p.name, navigate),
        quotesCard('Latest quotes by its people', { party: p.name }, link('quotes', null, { party: p.name })),
        card('Latest articles', profile.articles.items.map(articleHit),
          h('a', { class: 'more', href: link('', null, { party: p.name, order: 'newest' }) }, `All ${profile.articles.total} articles →`))),
      h('aside', { class: 'side-column' },
        card('Its people, by articles', rankList(profile.members)),
        card('Speaking for it, by quotes', rankList(profile.speakers, { linkTo: (r) => link('quotes', null, { speaker: r.name, party: p.name }) })),
        card('Named most with', rankList(profile.coMentioned)))));
}
