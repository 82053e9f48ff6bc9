// Pieces the views share: cards, chips, result rows, quotes in their sentence, paging, forms, states.
import { append, h, link } from './dom.js';
import { date, host, number, plural } from './format.js';
import { pieces } from './highlight.js';
import { partyColour } from './parties.js';

export function card(title, ...body) {
  return h('section', { class: 'card' }, title ? h('h2', { class: 'card-title' }, title) : null, ...body);
}

export function loading(what = 'Loading') {
  return h('p', { class: 'state loading' }, what + '…');
}

export function empty(message) {
  return h('p', { class: 'state empty' }, message);
}

export function failure(error) {
  return h('div', { class: 'state failure', role: 'alert' },
    h('strong', null, error.status ? `Error ${error.status}` : 'Error'), ' ', error.message);
}

/** Replaces the content of a slot with what the promise gives, showing progress and errors in place. */
export async function fill(slot, promise, render) {
  slot.replaceChildren(loading());
  try {
    const value = await promise;
    slot.replaceChildren();
    append(slot, render(value));
  } catch (error) {
    slot.replaceChildren(failure(error));
  }
}

export function partyChip(name) {
  if (!name) return null;
  return h('a', { class: 'chip party', href: link('party', name), style: { '--party': partyColour(name) } },
    h('span', { class: 'dot' }), name);
}

export function personChip(name) {
  return h('a', { class: 'chip person', href: link('actor', name) }, name);
}

export function actorLink(name, type) {
  return h('a', { class: 'actor-link', href: type === 'party' ? link('party', name) : link('actor', name) }, name);
}

/** "1–20 of 207" with previous and next; go(offset) moves. */
export function pager(page, limit, go) {
  if (page.total <= limit && page.offset === 0) {
    return h('p', { class: 'pager' }, page.total === 0 ? '' : `${number(page.total)} in all`);
  }
  const first = page.offset + 1;
  const last = page.offset + page.items.length;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', disabled: page.offset === 0, on: { click: () => go(Math.max(0, page.offset - limit)) } }, '← Previous'),
    h('span', null, `${number(first)}–${number(last)} of ${number(page.total)}`),
    h('button', { type: 'button', disabled: last >= page.total || last >= 10000, on: { click: () => go(page.offset + limit) } }, 'Next →'));
}

/** A search result: headline, date and source, the snippet with the matched words marked, who is named. */
export function articleHit(hit) {
  const marks = (hit.highlights || []).map(([begin, end]) => ({ begin, end }));
  return h('article', { class: 'hit' },
    h('a', { class: 'hit-title', href: link('article', hit.id) }, hit.headline || hit.id),
    h('div', { class: 'meta' }, date(hit.date), host(hit.source) ? [' · ', host(hit.source)] : null,
      hit.quotes ? [' · ', plural(hit.quotes, 'quote')] : null),
    h('p', { class: 'snippet' }, pieces(hit.snippet || '', marks)
      .map((p) => (p.spans.length ? h('mark', null, p.text) : p.text)), '…'),
    (hit.persons.length || hit.parties.length)
      ? h('div', { class: 'chips' }, hit.parties.map(partyChip), hit.persons.slice(0, 8).map(personChip))
      : null);
}

/** A quote shown inside its source sentence, with who said it, how, when, and a link to the article. */
export function quoteCard(quote, { speaker = true } = {}) {
  const sentence = quote.sentence || quote.text;
  const begin = quote.begin - quote.sentenceBegin;
  const end = quote.end - quote.sentenceBegin;
  const inside = sentence && begin >= 0 && end <= sentence.length && begin < end;
  return h('figure', { class: `quote ${quote.kind}` },
    h('blockquote', { class: 'sentence' }, inside
      ? [sentence.slice(0, begin), h('mark', { class: 'quoted' }, sentence.slice(begin, end)), sentence.slice(end)]
      : h('mark', { class: 'quoted' }, quote.text)),
    h('figcaption', { class: 'meta' },
      speaker && quote.speaker ? h('a', { class: 'speaker', href: link('actor', quote.speaker) }, quote.speaker) : null,
      speaker && quote.speakerParty ? partyChip(quote.speakerParty) : null,
      h('span', { class: `kind ${quote.kind}` }, quote.kind),
      quote.cue ? h('span', { class: 'cue' }, `“${quote.cue}”`) : null,
      h('span', null, date(quote.date)),
      h('a', { class: 'source-link', href: link('article', quote.articleId, { quote: quote.index }) },
        quote.headline ? truncate(quote.headline, 90) : quote.articleId, ' →')));
}

export function truncate(text, length) {
  return text.length <= length ? text : text.slice(0, length - 1).trimEnd() + '…';
}

/** A labelled form field. */
export function field(label, input, wide) {
  return h('label', { class: wide ? 'field wide' : 'field' }, h('span', null, label), input);
}

export function textInput(name, value, placeholder, attrs = {}) {
  return h('input', { type: 'search', name, value: value || '', placeholder, autocomplete: 'off', ...attrs });
}

export function select(name, options, value) {
  return h('select', { name }, options.map(([v, label]) => {
    const option = h('option', { value: v }, label);
    option.selected = (value || '') === v;
    return option;
  }));
}

/** The form's non-empty values. */
export function values(form) {
  const result = {};
  for (const [k, v] of new FormData(form).entries()) {
    if (typeof v === 'string' && v.trim() !== '') result[k] = v.trim();
  }
  for (const box of form.querySelectorAll('input[type=checkbox]')) {
    if (box.checked) result[box.name] = 'true';
  }
  return result;
}

/** A count with its label, for the header of a profile. */
export function stat(value, label) {
  return h('div', { class: 'stat' }, h('strong', null, number(value)), h('span', null, label));
}

/** A ranked list of names with counts, each a link. */
export function rankList(rows, { unit = '', linkTo } = {}) {
  if (!rows.length) return empty('None in the record.');
  const max = Math.max(...rows.map((r) => r.count));
  return h('ol', { class: 'rank' }, rows.map((r) => h('li', null,
    h('a', { href: linkTo ? linkTo(r) : link(r.type === 'party' ? 'party' : 'actor', r.name) }, r.name),
    h('span', { class: 'bar', style: { '--share': `${Math.round((100 * r.count) / max)}%` } }),
    h('span', { class: 'count' }, number(r.count) + unit))));
}
