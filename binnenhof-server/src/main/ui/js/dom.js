// DOM building without HTML parsing: every string goes in as a text node or an attribute value, never as
// markup, so article texts, names and quotes from the store are always shown as text.

const SVG = 'http://www.w3.org/2000/svg';

/**
 * h('a', { href: '#/x', class: 'y', on: { click: fn } }, 'text', child, [more]) → an element.
 * Props: class, on (listeners), dataset, style (CSS properties, set one by one), value, and attributes.
 */
export function h(tag, props, ...children) {
  return build(document.createElement(tag), props, children);
}

/** The same for SVG elements. */
export function s(tag, props, ...children) {
  return build(document.createElementNS(SVG, tag), props, children);
}

function build(el, props, children) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.setAttribute('class', value);
    else if (key === 'on') for (const [event, fn] of Object.entries(value)) el.addEventListener(event, fn);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style') for (const [name, v] of Object.entries(value)) el.style.setProperty(name, v);
    else if (key === 'value') el.value = value;
    else if (key === 'href') el.setAttribute('href', safeHref(value));
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Links go to our own views, our API, or web pages; anything else (javascript:, data:) becomes inert. */
export function safeHref(url) {
  const text = String(url);
  return /^(#|\/|api\/|https?:\/\/)/i.test(text) ? text : '#';
}

/** A hash link to a view: link('actor', 'Mark Rutte') → #/actor/Mark%20Rutte; link('quotes', null, {speaker}). */
export function link(view, id, query) {
  let href = '#/' + view + (id !== undefined && id !== null ? '/' + encodeURIComponent(id) : '');
  const qs = queryString(query);
  return qs ? href + '?' + qs : href;
}

export function queryString(params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '' && v !== false) qs.set(k, String(v));
  }
  return qs.toString();
}
