// The coalition calculator: pick parties and a day; see their seats in both chambers against the majority, the
// cabinet in office, and the smallest sets of parties that would give a majority in both.
import { api } from '../api.js';
import { card, empty, failure, loading, partyChip } from '../components.js';
import { h, link } from '../dom.js';
import { date } from '../format.js';
import { partyColour } from '../parties.js';

export function coalitionView(root, { query }) {
  const today = new Date().toISOString().slice(0, 10);
  const state = {
    on: /^\d{4}-\d{2}-\d{2}$/.test(query.on || '') ? query.on : today,
    parties: new Set((query.parties || '').split(',').map((p) => p.trim()).filter(Boolean)),
    fracties: query.fracties === 'true',
  };
  const day = h('input', { type: 'date', value: state.on, min: '2010-01-01', max: today, 'aria-label': 'Day' });
  const fracties = h('input', { type: 'checkbox' });
  fracties.checked = state.fracties;
  const toggles = h('div', { class: 'party-toggles', id: 'coalition-parties' });
  const cabinetButton = h('button', { type: 'button' }, 'Cabinet in office');
  const clearButton = h('button', { type: 'button' }, 'Clear');
  const result = h('div', { class: 'coalition-result', id: 'coalition-result' });
  root.append(
    h('header', { class: 'view-head' }, h('h1', null, 'Coalition calculator'),
      h('p', { class: 'lede' }, 'Seats in the Tweede Kamer (76 of 150 for a majority) and the Eerste Kamer (38 of 75) on any day since 2010, as elected; the smallest additions for a majority in both.')),
    card(null,
      h('div', { class: 'coalition-controls' },
        h('label', { class: 'field' }, h('span', null, 'Day'), day),
        h('label', { class: 'check' }, fracties, ' count fracties as they sat (with splits)'),
        cabinetButton, clearButton),
      toggles),
    result);

  let seats = null;
  const remember = () => history.replaceState(null, '', link('coalition', null,
    { on: state.on, parties: [...state.parties].join(','), fracties: state.fracties }));

  const calculate = async () => {
    remember();
    for (const b of toggles.querySelectorAll('button')) b.setAttribute('aria-pressed', String(state.parties.has(b.value)));
    if (!state.parties.size) {
      result.replaceChildren(empty('Pick parties above, or take the cabinet in office.'));
      return;
    }
    result.replaceChildren(loading('Counting'));
    try {
      const report = await api('parliament/coalition', { parties: [...state.parties].join(','), on: state.on, fracties: state.fracties });
      result.replaceChildren(...renderReport(report, (names) => {
        names.forEach((n) => state.parties.add(n));
        calculate();
      }));
    } catch (error) {
      result.replaceChildren(failure(error));
    }
  };

  const loadSeats = async () => {
    toggles.replaceChildren(loading('Loading the chambers'));
    try {
      seats = await api('parliament/seats', { on: state.on, fracties: state.fracties });
      const names = new Map();
      for (const chamber of seats.chambers) {
        for (const f of chamber.fracties) {
          const entry = names.get(f.name) || { name: f.name, TK: 0, EK: 0 };
          entry[chamber.chamber] = f.seats;
          names.set(f.name, entry);
        }
      }
      const parties = [...names.values()].sort((a, b) => b.TK - a.TK || b.EK - a.EK || a.name.localeCompare(b.name));
      toggles.replaceChildren(...parties.map((p) => h('button', {
        type: 'button', class: 'party-toggle', value: p.name, style: { '--party': partyColour(p.name) },
        'aria-pressed': String(state.parties.has(p.name)),
        on: { click: () => {
          if (state.parties.has(p.name)) state.parties.delete(p.name);
          else state.parties.add(p.name);
          calculate();
        } },
      }, h('span', { class: 'dot' }), p.name, h('small', null, `${p.TK} · ${p.EK}`))),
      h('p', { class: 'note' }, 'Seats: Tweede Kamer · Eerste Kamer. ', seats.cabinet
        ? `In office: ${seats.cabinet.name}${seats.cabinet.demissionair ? ' (demissionair)' : ''}.` : 'No cabinet in office.'));
      calculate();
    } catch (error) {
      toggles.replaceChildren(failure(error));
    }
  };

  day.addEventListener('change', () => {
    if (day.value) {
      state.on = day.value;
      loadSeats();
    }
  });
  fracties.addEventListener('change', () => {
    state.fracties = fracties.checked;
    loadSeats();
  });
  cabinetButton.addEventListener('click', () => {
    if (seats && seats.cabinet) {
      state.parties = new Set(seats.cabinet.parties);
      calculate();
    }
  });
  clearButton.addEventListener('click', () => {
    state.parties.clear();
    calculate();
  });
  loadSeats();
}

function renderReport(report, addAll) {
  const both = report.majorityInBoth;
  const missing = report.chambers.filter((c) => !c.hasMajority).map((c) => c.name);
  return [
    h('div', { class: `verdict ${both ? 'yes' : 'no'}` }, h('strong', null, both ? 'Majority in both chambers' : `No majority in the ${missing.join(' and the ')}`),
      h('span', null, ` · ${report.parties.join(', ')} on ${date(report.date)}`)),
    h('div', { class: 'chambers' }, report.chambers.map(chamberBar)),
    h('div', { class: 'columns' },
      h('div', { class: 'main-column' }, card('Smallest additions for a majority in both', additions(report.additions, addAll))),
      h('aside', { class: 'side-column' }, cabinet(report.cabinet), report.notes.length
        ? card('Notes', h('ul', { class: 'notes' }, report.notes.map((n) => h('li', null, n)))) : null,
      h('p', { class: 'note' }, report.basis))),
  ];
}

function chamberBar(c) {
  const segments = Object.entries(c.perParty).filter(([, n]) => n > 0).map(([name, n]) => h('span', {
    class: 'segment', title: `${name}: ${n}`, style: { width: `${(100 * n) / c.size}%`, '--party': partyColour(name) },
  }, (100 * n) / c.size >= 1.4 * name.length ? name : ''));
  return h('section', { class: `chamber ${c.hasMajority ? 'majority' : 'minority'}`, dataset: { chamber: c.chamber } },
    h('div', { class: 'chamber-head' }, h('h3', null, c.name),
      h('span', { class: 'seats' }, h('strong', null, String(c.seats)), ` of ${c.size}`),
      h('span', { class: 'outcome' }, c.hasMajority ? `majority (${c.majority} needed)` : `${c.shortBy} short of ${c.majority}`)),
    h('div', { class: 'seatbar' }, segments,
      h('span', { class: 'majority-line', style: { left: `${(100 * (c.majority - 0.5)) / c.size}%` }, title: `majority: ${c.majority}` })));
}

function additions(options, addAll) {
  if (options.outcome === 'not-needed') return h('p', null, 'None needed: the coalition has a majority in both chambers.');
  if (options.outcome === 'impossible') return h('p', null, 'No addition gives a majority in both chambers.');
  return [
    h('p', { class: 'note' }, `${options.found} set${options.found === 1 ? '' : 's'} of ${options.size} part${options.size === 1 ? 'y' : 'ies'}; fewest added seats first.`),
    h('ol', { class: 'additions' }, options.shown.map((o) => h('li', null,
      h('span', { class: 'chips' }, o.parties.map((p) => h('span', { class: 'chip party', style: { '--party': partyColour(p) } }, h('span', { class: 'dot' }), p))),
      h('span', { class: 'meta' }, `TK ${o.tk} (+${o.addedTk}) · EK ${o.ek} (+${o.addedEk})`),
      h('button', { type: 'button', class: 'small', on: { click: () => addAll(o.parties) } }, 'Add')))),
  ];
}

function cabinet(c) {
  if (!c) return card('Cabinet', h('p', { class: 'state empty' }, 'No cabinet in office that day.'));
  return card('Cabinet in office',
    h('p', null, h('strong', null, c.name), c.demissionair ? h('span', { class: 'badge' }, `demissionair since ${date(c.demissionairSince)}`) : null),
    h('p', { class: 'meta' }, `Premier ${c.premier} · sworn in ${date(c.swornIn)}`),
    h('div', { class: 'chips' }, c.parties.map(partyChip)),
    c.supportedBy.length ? h('p', { class: 'meta' }, 'Supported by ', c.supportedBy.join(', ')) : null);
}
