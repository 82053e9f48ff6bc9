// The parts an actor's page and a party's page share: the timeline chart and the network around them.
import { api } from '../api.js';
import { card, failure, fill, loading, quoteCard } from '../components.js';
import { h, link } from '../dom.js';
import { date } from '../format.js';
import { timelineChart } from '../charts.js';
import { networkGraph } from '../graph.js';

/** A card with the timeline of an actor or party, per month, week or day. */
export function timelineCard(subject, name, colour) {
  const box = h('div', { class: 'chart-box', id: 'timeline-chart' });
  const note = h('p', { class: 'note' });
  let chart = null;
  const draw = async (by) => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.value === by));
    box.dataset.rendered = 'false';
    try {
      const timeline = await api('timeline', { [subject]: name, by });
      if (chart) chart.destroy();
      box.replaceChildren(h('canvas', { 'aria-label': `Articles and quotes per ${by}` }));
      if (!timeline.buckets.length) {
        box.replaceChildren(h('p', { class: 'state empty' }, 'No dated articles.'));
      } else {
        chart = timelineChart(box.firstChild, timeline, { colour });
      }
      box.dataset.rendered = 'true';
      box.dataset.buckets = String(timeline.buckets.length);
      note.textContent = timeline.undated ? `${timeline.undated} undated article(s) are not in the chart.` : '';
    } catch (error) {
      box.replaceChildren(failure(error));
    }
  };
  const buttons = ['month', 'week', 'day'].map((by) => h('button', { type: 'button', class: 'toggle', value: by, on: { click: () => draw(by) } }, by));
  draw('month');
  return card(h('span', { class: 'card-title-row' }, 'Coverage over time', h('span', { class: 'toggles' }, buttons)), box, note);
}

/** A card with the co-occurrence network around an actor or party. */
export function networkCard(name, navigate) {
  const box = h('div', { class: 'graph-box', id: 'profile-network' });
  const scope = h('select', { 'aria-label': 'Together in' },
    h('option', { value: 'article' }, 'in one article'), h('option', { value: 'sentence' }, 'in one sentence'));
  const draw = async () => {
    box.replaceChildren(loading());
    box.dataset.rendered = 'false';
    try {
      const network = await api('network', { actor: name, scope: scope.value, maxNodes: 25, minWeight: scope.value === 'article' ? 2 : 1 });
      box.replaceChildren();
      if (network.nodes.length < 2) {
        box.replaceChildren(h('p', { class: 'state empty' }, 'Named with no one else.'));
        box.dataset.rendered = 'true';
        return;
      }
      networkGraph(box, network, { centre: name, height: 380,
        onSelect: (n) => navigate(link(n.type === 'party' ? 'party' : 'actor', n.name)) });
    } catch (error) {
      box.replaceChildren(failure(error));
    }
  };
  scope.addEventListener('change', draw);
  requestAnimationFrame(draw); // after the card is in the page, so the graph knows its width
  return card(h('span', { class: 'card-title-row' }, 'Named together', scope), box,
    h('p', { class: 'note' }, 'Circle size: articles naming the actor. Line width: articles naming both. Click a name to open it.'));
}

/** Periods (party, role) as "VVD · Jan 2017 – Jun 2025 · 47 articles". */
export function periods(list) {
  if (!list.length) return h('p', { class: 'state empty' }, 'Not given by the articles.');
  return h('ul', { class: 'periods' }, list.map((p) => h('li', null, h('strong', null, p.value),
    h('span', { class: 'meta' }, p.from === p.to ? date(p.from.slice(0, 7)) : `${date(p.from.slice(0, 7))} – ${date(p.to.slice(0, 7))}`,
      ` · ${p.articles} article${p.articles === 1 ? '' : 's'}`))));
}

export function quotesCard(title, params, allHref) {
  const list = h('div', { class: 'quote-list compact' });
  fill(list, api('quotes', { ...params, limit: 5 }), (page) => page.items.length
    ? [page.items.map((q) => quoteCard(q, { speaker: !params.speaker })), page.total > 5 ? h('a', { class: 'more', href: allHref }, `All ${page.total} quotes →`) : null]
    : h('p', { class: 'state empty' }, 'No quotes in the record.'));
  return card(title, list);
}
