// One article, as stored, with what the analysis found marked in the text: persons, parties, pronouns and roles
// resolved to persons, quotes (with their speakers) and the targets of positions. The text is shown as text.
import { api } from '../api.js';
import { card, failure, loading, partyChip } from '../components.js';
import { h, link } from '../dom.js';
import { date, host, isWebAddress } from '../format.js';
import { pieces } from '../highlight.js';

const LAYERS = [
  ['person', 'Persons'], ['party', 'Parties'], ['reference', 'Pronouns and roles'], ['quote', 'Quotes'], ['target', 'Position targets'],
];

export async function articleView(root, { id, query }) {
  root.append(loading('Loading the article'));
  let article;
  try {
    article = await api('articles/' + encodeURIComponent(id || ''));
  } catch (error) {
    root.replaceChildren(failure(error));
    return;
  }
  const analysis = article.analysis || {};
  // The store numbers an article's quotes direct and mixed first, then indirect; the text shows them in order.
  const stored = [...(analysis.quotes || []), ...(analysis.indirectQuotes || [])];
  const quotes = [...stored].sort((a, b) => a.begin - b.begin);
  const stances = allPositions(analysis);
  const body = h('div', { class: 'article-text', id: 'article-text' },
    pieces(article.text || '', spans(analysis, quotes)).map(piece));
  const toggles = h('div', { class: 'layers' }, LAYERS.map(([layer, label]) => {
    const box = h('input', { type: 'checkbox', on: { change: () => body.classList.toggle(`hide-${layer}`, !box.checked) } });
    box.checked = true;
    return h('label', { class: `layer layer-${layer}` }, box, h('span', { class: 'swatch' }), label);
  }));
  root.replaceChildren(
    h('header', { class: 'article-head' },
      h('h1', null, article.headline || article.title || article.id),
      h('div', { class: 'meta' }, date(article.date),
        article.source ? [' · ', isWebAddress(article.source)
          ? h('a', { href: article.source, rel: 'noopener noreferrer nofollow', target: '_blank' }, host(article.source), ' ↗')
          : article.source] : null,
        ' · id ', h('code', null, article.id))),
    h('div', { class: 'columns' },
      h('div', { class: 'main-column' }, card(null, toggles, body)),
      h('aside', { class: 'side-column' },
        card('Persons', persons(analysis.persons || [])),
        card('Parties', h('div', { class: 'chips' }, (analysis.parties || []).map(partyChip))),
        card(`Quotes (${quotes.length})`, quoteList(quotes, body)),
        stances.length ? card('Positions', positions(stances)) : null)));
  const selected = Number.parseInt(query.quote, 10);
  if (Number.isInteger(selected)) focusQuote(body, stored[selected], quotes);
}

function spans(analysis, quotes) {
  const result = [];
  for (const person of analysis.persons || []) {
    for (const m of person.mentions || []) result.push({ begin: m.begin, end: m.end, layer: 'person', name: person.name, party: person.party });
  }
  for (const m of analysis.partyMentions || []) result.push({ begin: m.begin, end: m.end, layer: 'party', name: m.actor });
  for (const r of analysis.references || []) result.push({ begin: r.begin, end: r.end, layer: 'reference', name: r.actor });
  quotes.forEach((q, i) => result.push({ begin: q.begin, end: q.end, layer: 'quote', quote: i, speaker: q.speaker, cue: q.cue, kind: q.kind }));
  for (const p of allPositions(analysis)) {
    result.push({ begin: p.targetBegin, end: p.targetEnd, layer: 'target', actor: p.actor, polarity: p.polarity });
  }
  return result;
}

function piece(p) {
  if (!p.spans.length) return p.text;
  const layers = [...new Set(p.spans.map((s) => s.layer))];
  const quote = p.spans.find((s) => s.layer === 'quote');
  const actor = p.spans.find((s) => s.layer === 'person' || s.layer === 'reference' || s.layer === 'party');
  const titles = p.spans.map((s) => {
    switch (s.layer) {
      case 'person': return s.party ? `${s.name} (${s.party})` : s.name;
      case 'party': return `party: ${s.name}`;
      case 'reference': return `refers to ${s.name}`;
      case 'quote': return `${s.kind} quote by ${s.speaker || 'an unknown speaker'}${s.cue ? ` (${s.cue})` : ''}`;
      default: return `${s.actor} ${s.polarity === 'support' ? 'supports' : 'opposes'} this`;
    }
  });
  const props = { class: layers.map((l) => `a-${l}`).join(' '), title: titles.join(' · '), dataset: {} };
  if (quote) props.dataset.quote = String(quote.quote);
  if (actor) {
    const target = actor.layer === 'party' ? link('party', actor.name) : link('actor', actor.name);
    return h('a', { ...props, href: target }, p.text);
  }
  return h('span', props, p.text);
}

function persons(list) {
  if (!list.length) return h('p', { class: 'state empty' }, 'No persons found.');
  return h('ul', { class: 'persons' }, list.map((p) => h('li', null,
    h('a', { href: link('actor', p.name) }, p.name), ' ', partyChip(p.party),
    p.roles && p.roles.length ? h('span', { class: 'meta' }, ' ', p.roles.join(', ')) : null,
    h('span', { class: 'meta' }, ` · ${p.mentions.length}×`))));
}

function quoteList(quotes, body) {
  if (!quotes.length) return h('p', { class: 'state empty' }, 'No quotes found.');
  return h('ol', { class: 'quote-index' }, quotes.map((q) => h('li', null,
    h('button', { type: 'button', class: 'linkish', on: { click: () => focusQuote(body, q, quotes) } },
      `“${q.text.length > 80 ? q.text.slice(0, 79) + '…' : q.text}”`),
    h('span', { class: 'meta' }, ' — ', q.speaker || 'unknown speaker', q.cue ? ` (${q.cue})` : ''))));
}

/** The stances of parties and persons, then those of organisations (the cabinet, a union). */
function allPositions(analysis) {
  return [...(analysis.positions || []), ...(analysis.organisationPositions || [])];
}

function positions(list) {
  return h('ul', { class: 'positions' }, list.map((p) => h('li', null,
    h('a', { href: link(p.actorType === 'party' ? 'party' : 'actor', p.actor) }, p.actor), ' ',
    h('span', { class: `polarity ${p.polarity}` }, p.polarity === 'support' ? 'supports' : 'opposes'), ' ',
    h('em', null, p.target))));
}

function focusQuote(body, quote, quotes) {
  const index = quotes.indexOf(quote);
  if (index < 0) return;
  for (const el of body.querySelectorAll('.focused')) el.classList.remove('focused');
  const parts = body.querySelectorAll(`[data-quote="${index}"]`);
  for (const el of parts) el.classList.add('focused');
  if (parts[0]) parts[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
}
