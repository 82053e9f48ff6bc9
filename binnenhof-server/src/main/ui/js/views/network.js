// The network view: who is named with whom, over the whole record or a query, a period, an actor.
import { api } from '../api.js';
import { card, empty, failure, field, loading, rankList, select, textInput, values } from '../components.js';
import { h, link } from '../dom.js';
import { networkGraph } from '../graph.js';

export function networkView(root, { query, navigate }) {
  const personsOnly = h('input', { type: 'checkbox', name: 'personsOnly' });
  personsOnly.checked = query.personsOnly === 'true';
  const form = h('form', { class: 'filter-form', on: { submit: (e) => {
    e.preventDefault();
    navigate(link('network', null, values(form)));
  } } },
  field('Articles matching', textInput('q', query.q, 'e.g. formatie, asiel*'), true),
  field('Around actor', textInput('actor', query.actor, 'e.g. Omtzigt')),
  field('From', textInput('from', query.from, 'YYYY(-MM(-DD))')),
  field('To', textInput('to', query.to, 'YYYY(-MM(-DD))')),
  field('Together in', select('scope', [['article', 'one article'], ['sentence', 'one sentence']], query.scope || 'article')),
  field('Actors', select('maxNodes', [['25', '25'], ['40', '40'], ['60', '60'], ['100', '100']], query.maxNodes || '40')),
  field('Together at least', select('minWeight', [['1', 'once'], ['2', '2 times'], ['3', '3 times'], ['5', '5 times'], ['10', '10 times']], query.minWeight || '3')),
  h('label', { class: 'check' }, personsOnly, ' persons only'),
  h('button', { type: 'submit', class: 'primary' }, 'Draw'));
  const graph = h('div', { class: 'graph-box large', id: 'network-graph' });
  const ties = h('div');
  root.append(h('header', { class: 'view-head' }, h('h1', null, 'Network'),
    h('p', { class: 'lede' }, 'Actors named in the same article or sentence. Drag to arrange, scroll to zoom, click a name to open its page.')),
  form, h('div', { class: 'columns' }, h('div', { class: 'main-column' }, card(null, graph)),
    h('aside', { class: 'side-column' }, card('Strongest ties', ties))));

  const params = { q: query.q, actor: query.actor, from: query.from, to: query.to, scope: query.scope,
    maxNodes: query.maxNodes || 40, minWeight: query.minWeight || 3, personsOnly: query.personsOnly };
  graph.append(loading('Drawing the network'));
  ties.append(loading());
  api('network', params).then((network) => {
    graph.replaceChildren();
    if (network.nodes.length < 2) {
      graph.append(empty('Too few actors named together here; widen the query or the period.'));
    } else {
      requestAnimationFrame(() => networkGraph(graph, network, { centre: query.actor, height: 560,
        onSelect: (n) => navigate(link(n.type === 'party' ? 'party' : 'actor', n.name)) }));
    }
    ties.replaceChildren(rankList(network.edges.slice(0, 15).map((e) => ({ name: `${e.source} – ${e.target}`, count: e.weight })),
      { linkTo: (r) => link('', null, { q: r.name.split(' – ').map((n) => `"${n.replaceAll('"', '')}"`).join(' AND ') }) }),
    h('p', { class: 'note' }, `Drawn from ${network.articles} article${network.articles === 1 ? '' : 's'}.`));
  }).catch((error) => {
    graph.replaceChildren(failure(error));
    ties.replaceChildren();
  });
}
