import { createArmedFaults, type ArmedFaults } from '../faults/armedFaults';
import { htmlPage, LOGIN_PATH } from '../faults/faultReplies';
import { ESCAPE_PAYLOAD, oversizedPlan, stalledStart, tricklePlan, type StreamPlan } from '../faults/hostileBodies';
import type { FaultKind, InjectedFault } from '../faults/types';

export interface EcrFaultSpec {
  /** An operation name (`PutImage`, `BatchGetImage`, …) or a predicate. @default every call */
  readonly match?: string | ((operation: string, repositoryName: string | undefined) => boolean);
  readonly kind: FaultKind;
  /** How many calls the fault answers (flap: how many 503s). @default unlimited */
  readonly times?: number;
  /** `html` only. @default 200 */
  readonly status?: 200 | 404 | 502;
  /** `redirect` only (required there). */
  readonly location?: string;
  /** `redirect` only. @default 307 */
  readonly redirectStatus?: 301 | 302 | 303 | 307 | 308;
}

export interface EcrFaultControls {
  /** Arms a fault; the first armed fault that matches a call answers it, in place of ECR (nothing is stored). */
  inject(spec: EcrFaultSpec): InjectedFault<EcrFaultSpec>;
  clear(): void;
}

export type EcrFaultAction =
  | { readonly type: 'reply'; readonly status: number; readonly body: string; readonly headers: Readonly<Record<string, string>> }
  | { readonly type: 'reset' }
  | { readonly type: 'hang' }
  | { readonly type: 'stream'; readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly plan: StreamPlan };

interface EcrCall {
  readonly operation: string;
  readonly repositoryName: string | undefined;
}

const JSON_11 = 'application/x-amz-json-1.1';

export function createEcrFaults(): ArmedFaults<EcrFaultSpec, EcrCall> {
  return createArmedFaults<EcrFaultSpec, EcrCall>((spec, call) => {
    if (spec.match === undefined) return true;
    if (typeof spec.match === 'string') return spec.match === call.operation;
    return spec.match(call.operation, call.repositoryName);
  });
}

/** What an AWS endpoint (or the proxy in front of it) answers for each fault. */
export function ecrFaultAction(spec: EcrFaultSpec, operation: string): EcrFaultAction {
  const awsError = (status: number, type: string, message: string, extra: Record<string, string> = {}): EcrFaultAction => ({
    type: 'reply',
    status,
    body: JSON.stringify({ __type: type, message }),
    headers: { 'content-type': JSON_11, 'x-amzn-errortype': type, ...extra },
  });
  switch (spec.kind) {
    case 'redirect':
      return { type: 'reply', status: spec.redirectStatus ?? 307, body: '', headers: { location: spec.location ?? '/' } };
    case 'reset':
      return { type: 'reset' };
    case 'hang':
      return { type: 'hang' };
    case 'rate-limit':
      return awsError(429, 'ThrottlingException', 'Rate exceeded', { 'retry-after': '1' });
    case 'flap':
      return awsError(503, 'ServiceUnavailableException', 'Service Unavailable');
    case 'html': {
      const status = spec.status ?? 200;
      return { type: 'reply', status, body: htmlPage(status), headers: { 'content-type': 'text/html; charset=utf-8' } };
    }
    case 'truncated':
      return { type: 'reply', status: 200, body: '{"images":[{"imageId":{"imageDigest":"sha256:0b1', headers: { 'content-type': JSON_11 } };
    case 'stall-headers':
      return { type: 'stream', status: 200, headers: { 'content-type': JSON_11 }, plan: { head: '' } };
    case 'stall-body':
      return { type: 'stream', status: 200, headers: { 'content-type': JSON_11 }, plan: { head: stalledStart('object') } };
    case 'trickle':
      return { type: 'stream', status: 200, headers: { 'content-type': JSON_11 }, plan: tricklePlan('object') };
    case 'oversized':
      return { type: 'stream', status: 200, headers: { 'content-type': JSON_11 }, plan: oversizedPlan('object') };
    case 'login-redirect':
      return { type: 'reply', status: 302, body: '', headers: { location: LOGIN_PATH } };
    case 'escapes':
      // An AWS error's message is free text the SDK hands on.
      return awsError(400, 'InvalidParameterException', `Invalid parameter${ESCAPE_PAYLOAD}`);
    case 'missing-fields': {
      const body = operation === 'PutImage' ? { image: { repositoryName: 'unknown' } } : { failures: [] };
      return { type: 'reply', status: 200, body: JSON.stringify(body), headers: { 'content-type': JSON_11 } };
    }
  }
}
