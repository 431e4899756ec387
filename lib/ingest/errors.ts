/** A problem with one input file: the message names the file and says what is wrong with it. */
export class IngestError extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: string,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = 'IngestError';
  }
}
