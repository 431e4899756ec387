// The session cookie's name, apart from the session code (which needs Next): the page store (lib/page-cache.ts)
// reads it too, to render every page of a signed-in editor for them alone.
export const SESSION_COOKIE = 'spread_session';
