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

/** A period from two days (YYYY-MM-DD), e.g. "Jul 2023" or "1 May – 31 Jul 2023"; null ends are "undated". */
export function period(from, to) {
  if (!from) return 'undated';
  if (from === to) return date(from);
  const [fy, fm, fd] = from.split('-');
  const [ty, tm, td] = to.split('-');
  const lastDay = new Date(Date.UTC(Number(ty), Number(tm), 0)).getUTCDate();
  if (fy === ty && fm === tm && fd === '01' && Number(td) === lastDay) return `${MONTHS[Number(fm) - 1]} ${fy}`;
  if (fd === '01' && Number(td) === lastDay) {
    return `${MONTHS[Number(fm) - 1]}${fy === ty ? '' : ' ' + fy} – ${MONTHS[Number(tm) - 1]} ${ty}`;
  }
  return `${date(from)} – ${date(to)}`;
}
