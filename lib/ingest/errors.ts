/** A problem with one input file: the message names the file and says what is wrong with it. */
export class IngestError extends Error {
  constructor(
    readonly fileName: string,
    reason: string,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = 'IngestError';
  }
}
