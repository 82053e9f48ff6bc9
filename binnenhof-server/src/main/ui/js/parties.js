// Party colours as the parties use them, so a chip or a bar is recognised at a glance. Unknown parties get a
// stable colour from their name.
const COLOURS = {
  VVD: '#f07d00', PVV: '#1b3f73', CDA: '#007b5f', D66: '#4aa834', PvdA: '#c8102e', GroenLinks: '#7bb41f',
  'GL-PvdA': '#d6264a', SP: '#ee2a24', ChristenUnie: '#00a0de', SGP: '#8a4a1c', PvdD: '#0a6e3d',
  'Partij voor de Dieren': '#0a6e3d', FvD: '#8b1c1c', JA21: '#23408e', BBB: '#93c01f', NSC: '#d9a300',
  Volt: '#562583', DENK: '#00a6a0', '50PLUS': '#7d3c98', BIJ1: '#3d3d3d',
};

export function partyColour(name) {
  if (!name) return '#8a94a3';
  if (COLOURS[name]) return COLOURS[name];
  let hash = 0;
  for (const c of name) hash = (hash * 31 + c.codePointAt(0)) >>> 0;
  return `hsl(${hash % 360} 45% 45%)`;
}
