// The one error the queue engine throws: a contract error code plus a plain sentence saying what to do.
import type { ApiErrorCode } from '../../../machines/contracts/index.js';

export class QueueError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'QueueError';
  }
}
