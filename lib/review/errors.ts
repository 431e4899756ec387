/** A decision that cannot be made as asked (merging a metric into itself, an empty reason): the message says what to do. */
export class ReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewError';
  }
}

/** Someone changed the figure or metric since the page was loaded: the save is refused, never merged silently. */
export class StaleError extends ReviewError {
  constructor(what: string) {
    super(`This ${what} was changed by someone else since you opened the page. Reload to see the change, then decide again.`);
    this.name = 'StaleError';
  }
}
