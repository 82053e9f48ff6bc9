// The web UI: one page, views chosen by the address's #fragment (#/actor/Mark%20Rutte?from=2023), so every
// view can be bookmarked and shared. Each view builds its DOM from the API's JSON, as text.
import { api } from './api.js';
import { h } from './dom.js';
import { number } from './format.js';
import { actorView } from './views/actor.js';
import { actorsView } from './views/actors.js';
import { articleView } from './views/article.js';
import { coalitionView } from './views/coalition.js';
import { dossierView } from './views/dossier.js';
import { dossiersView } from './views/dossiers.js';
import { networkView } from './views/network.js';
import { partiesView } from './views/parties.js';
import { partyView } from './views/party.js';
import { quotesView } from './views/quotes.js';
import { searchView } from './views/search.js';

const ROUTES = {
  '': { view: searchView, nav: 'search' },
  quotes: { view: quotesView, nav: 'quotes' },
  actors: { view: actorsView, nav: 'actors' },
  actor: { view: actorView, nav: 'actors' },
  parties: { view: partiesView, nav: 'parties' },
  party: { view: partyView, nav: 'parties' },
  network: { view: networkView, nav: 'network' },
  article: { view: articleView, nav: 'search' },
  dossiers: { view: dossiersView, nav: 'dossiers' },
  dossier: { view: dossierView, nav: 'dossiers' },
  coalition: { view: coalitionView, nav: 'coalition' },
};

/** "#/actor/Mark%20Rutte?from=2023" → { name: 'actor', id: 'Mark Rutte', query: { from: '2023' } } */
export function parseHash(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = Object.fromEntries(new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)));
  const slash = path.indexOf('/');
  const name = slash < 0 ? path : path.slice(0, slash);
  let id = null;
  if (slash >= 0) {
    try {
      id = decodeURIComponent(path.slice(slash + 1));
    } catch {
      id = path.slice(slash + 1);
    }
  }
  return { name, id, query };
}

/** Goes to a view; the hash change renders it. */
export function navigate(href) {
  if (location.hash === href) render();
  else location.hash = href;
}

function render() {
  const route = parseHash(location.hash);
  const entry = ROUTES[route.name] || ROUTES[''];
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.view === entry.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const root = h('div', { class: `view view-${route.name || 'search'}` });
  document.getElementById('view').replaceChildren(root);
  window.scrollTo(0, 0);
  entry.view(root, { ...route, navigate });
}

async function storeSummary() {
  try {
    const stats = await api('stats');
    const years = stats.firstDate ? ` · ${stats.firstDate.slice(0, 4)}–${stats.lastDate.slice(0, 4)}` : '';
    document.getElementById('store-summary').textContent =
      `${number(stats.articles)} articles · ${number(stats.quotes)} quotes${years}`;
  } catch {
    document.getElementById('store-summary').textContent = '';
  }
}

window.addEventListener('hashchange', render);
render();
storeSummary();
