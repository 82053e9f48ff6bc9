// How dates, numbers and sources read in the UI.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-07-07" → "7 Jul 2023", "2023-07" → "Jul 2023", null → "undated". */
export function date(value) {
  if (!value) return 'undated';
  const [y, m, d] = value.split('-');
  if (!m) return y;
  if (!d) return `${MONTHS[Number(m) - 1]} ${y}`;
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** A bucket's label on a time axis. */
export function bucket(start, by) {
  const [y, m, d] = start.split('-');
  if (by === 'month') return `${MONTHS[Number(m) - 1]} ${y}`;
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

export function number(n) {
  return Number(n).toLocaleString('en-GB');
}

export function plural(n, one, many) {
  return `${number(n)} ${n === 1 ? one : many || one + 's'}`;
}

/** "https://www.nos.nl/artikel/1" → "nos.nl"; anything else as it is. */
export function host(source) {
  if (!source) return null;
  try {
    return new URL(source).hostname.replace(/^www\./, '');
  } catch {
    return source;
  }
}

export function isWebAddress(source) {
  return typeof source === 'string' && /^https?:\/\//i.test(source);
}
