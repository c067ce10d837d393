/** Exit code for a bad command line (unknown option, format, scale …). */
export const USAGE = 2;
/** Exit code for a problem with the input or the environment (bad map, missing Chromium …). */
export const FAILURE = 1;

/**
 * A problem the user can fix: printed as its message alone, never with a stack trace.
 * `exitCode` tells a bad command line (2) from a bad input or environment (1).
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = FAILURE,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
