import type { FetchOptions } from './fetch-url';

const MB = 1024 * 1024;

/** Largest file the browser form and the CLI accept. next.config.js lets a request carry one such file. */
export const MAX_FILE_BYTES = 20 * MB;
/** Most files one batch in the browser may hold. */
export const MAX_BATCH_FILES = 50;

/**
 * How the server fetches a URL, from the environment (read at the boundaries: actions and the CLI):
 * SPREAD_FETCH_TIMEOUT_S (20), SPREAD_FETCH_MAX_MB (20), SPREAD_FETCH_MAX_REDIRECTS (5), and
 * SPREAD_FETCH_ALLOW_PRIVATE=1 to allow loopback and private addresses (local test servers; never on a shared server).
 */
export function fetchOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): FetchOptions {
  const num = (name: string, fallback: number) => {
    const v = Number(env[name]);
    return env[name] && Number.isFinite(v) && v > 0 ? v : fallback;
  };
  return {
    timeoutMs: num('SPREAD_FETCH_TIMEOUT_S', 20) * 1000,
    maxBytes: num('SPREAD_FETCH_MAX_MB', 20) * MB,
    maxRedirects: num('SPREAD_FETCH_MAX_REDIRECTS', 5),
    allowPrivate: env.SPREAD_FETCH_ALLOW_PRIVATE === '1',
  };
}
