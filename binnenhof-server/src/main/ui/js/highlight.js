// Standoff annotations over a text, as the analysis gives them (begin/end offsets), cut into pieces that each
// carry every annotation covering them, so nested and overlapping annotations (a name inside a quote) all show.

/**
 * @param {string} text
 * @param {{begin:number,end:number}[]} spans
 * @returns {{text:string,begin:number,end:number,spans:object[]}[]} pieces covering the whole text, in order
 */
export function pieces(text, spans) {
  const valid = spans.filter((s) => Number.isInteger(s.begin) && Number.isInteger(s.end)
    && s.begin >= 0 && s.end <= text.length && s.begin < s.end);
  const cuts = new Set([0, text.length]);
  for (const s of valid) {
    cuts.add(s.begin);
    cuts.add(s.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const result = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const begin = sorted[i];
    const end = sorted[i + 1];
    result.push({ text: text.slice(begin, end), begin, end, spans: valid.filter((s) => s.begin <= begin && s.end >= end) });
  }
  return result;
}
