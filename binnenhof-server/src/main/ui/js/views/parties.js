// Parties: one card per party, in the party's colour, most named first.
import { api } from '../api.js';
import { empty, fill } from '../components.js';
import { h, link } from '../dom.js';
import { plural } from '../format.js';
import { partyColour } from '../parties.js';

export function partiesView(root) {
  const grid = h('div', { class: 'party-grid' });
  root.append(h('header', { class: 'view-head' }, h('h1', null, 'Parties'),
    h('p', { class: 'lede' }, 'Every party the articles name, with its people, its speakers and its coverage over time.')), grid);
  fill(grid, api('parties', { limit: 100 }), (page) => (page.items.length ? page.items.map((p) => h('a', {
    class: 'party-card', href: link('party', p.name), style: { '--party': partyColour(p.name) },
  }, h('strong', null, p.name), h('span', null, plural(p.articles, 'article')), h('span', null, plural(p.mentions, 'mention')),
  h('span', null, plural(p.quotes, 'statement') + ' as a party'))) : empty('No parties in the store yet.')));
}
