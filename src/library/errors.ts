/** Why a write to the library failed, for the UI to word in the user's language. */
export type StorageFailure = 'full' | 'unavailable' | 'other';

/** A write that did not reach storage; the message says what failed and why. */
export class LibraryStorageError extends Error {
  readonly reason: StorageFailure;

  constructor(action: string, cause: unknown) {
    const reason = failureOf(cause);
    super(`${action} failed: ${describe(reason, cause)}`, { cause });
    this.name = 'LibraryStorageError';
    this.reason = reason;
  }
}

function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string'
    ? e.name
    : '';
}

function failureOf(e: unknown): StorageFailure {
  const name = errorName(e);
  // Firefox used its own name for a full quota before adopting the standard one.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'full';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return 'unavailable';
  }
  return 'other';
}

function describe(reason: StorageFailure, e: unknown): string {
  if (reason === 'full') return 'storage is full.';
  if (reason === 'unavailable') return 'storage is blocked or unavailable in this browser window.';
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return message ? `storage refused the write (${message}).` : 'storage refused the write.';
}
