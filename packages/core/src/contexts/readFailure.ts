import type { PortError } from '../errors/transport';

/**
 * Whether waiting could fix a failed status read.
 *
 * No: a refused or unknown repository (401/403/404 and the other 4xx answers except
 * 408/429, which are about load and time), a redirect the adapter would not follow, an answer that does not validate, or an adapter
 * that threw (a bug does not heal by polling). These end the wait at once as
 * `status-read-failed`.
 *
 * Yes: 5xx (already retried by the adapter), 408/429, network errors and timeouts. The
 * poll is dropped — never decided on — and the next one tries again; the timeout error
 * keeps the last such failure.
 */
export function isPermanentReadFailure(error: PortError): boolean {
  switch (error.kind) {
    case 'http':
      return error.status < 500 && error.status !== 408 && error.status !== 429;
    case 'invalid-response':
    case 'unexpected':
      return true;
    case 'network':
    case 'timeout':
    case 'aborted':
      return false;
  }
}
