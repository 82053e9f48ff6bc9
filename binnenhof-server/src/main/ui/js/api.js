// The REST API, as the UI calls it: JSON in, a readable error out.
import { queryString } from './dom.js';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function api(path, params) {
  const qs = queryString(params);
  const response = await fetch('api/' + path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, (body && body.message) || response.statusText);
  }
  return body;
}

/** The URL of an export download with the given filters. */
export function exportUrl(what, params) {
  const qs = queryString(params);
  return 'api/export/' + what + (qs ? '?' + qs : '');
}
