/** Opaque cursor for keyset pagination: the sort key of the last row returned, e.g. `encodeCursor([2, 0.5, 17])` → "WzIsMC41LDE3XQ". */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key a cursor holds, or null when it is not one this API wrote (`length` values, strings or numbers). */
export function decodeCursor(cursor: string, length: number): (string | number)[] | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(key) || key.length !== length) return null;
    return key.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) ? key : null;
  } catch {
    return null;
  }
}
