import { errAsync, ok, ResultAsync } from 'neverthrow';
import type { PortError } from '../errors/transport';
import type { ControlPlane, RedeployCallOptions, RedeployRequest, RedeployResponse, RedeployRow } from '../ports';

export interface RecordedCpCall {
  readonly request: RedeployRequest;
  readonly mutating: boolean;
}

/** What one call answers: a response, a port failure, or `'throw'` (an adapter bug). */
export type CpReply = RedeployResponse | PortError | 'throw';

export interface FakeControlPlaneOptions {
  /** Tenants the CP knows, in the order it enumerates them. */
  readonly fleet: readonly string[];
  /**
   * Scripted answer for the n-th call (0-based, enumeration included); `undefined` falls
   * back to the default behaviour (every named tenant lands and is verified).
   */
  readonly reply?: (call: RecordedCpCall, index: number) => CpReply | undefined;
  /** Adjusts the default row of a real call; `null` drops the row (the CP "forgot" it). */
  readonly row?: (slug: string, request: RedeployRequest) => Partial<RedeployRow> | null;
}

export interface FakeControlPlane extends ControlPlane {
  readonly calls: RecordedCpCall[];
  readonly requests: () => RedeployRequest[];
  readonly mutatingCalls: () => RecordedCpCall[];
}

/** An in-memory control plane that records every call, for rollout tests. */
export function fakeControlPlane(options: FakeControlPlaneOptions): FakeControlPlane {
  const calls: RecordedCpCall[] = [];
  return {
    calls,
    requests: () => calls.map((call) => call.request),
    mutatingCalls: () => calls.filter((call) => call.mutating),
    requestRedeploy(request: RedeployRequest, callOptions: RedeployCallOptions) {
      const call = { request: structuredClone(request), mutating: callOptions.mutating };
      calls.push(call);
      const scripted = options.reply?.(call, calls.length - 1);
      if (scripted === 'throw') throw new Error('adapter exploded');
      if (scripted !== undefined && 'kind' in scripted) return errAsync(scripted);
      const response = scripted ?? defaultAnswer(options, request);
      // Answer asynchronously, as a real adapter would.
      return new ResultAsync(Promise.resolve(ok(response)));
    },
  };
}

function defaultAnswer(options: FakeControlPlaneOptions, request: RedeployRequest): RedeployResponse {
  const named = request.only_slugs ?? options.fleet;
  const canary = request.canary_slug;
  const ordered = canary !== undefined && named.includes(canary) ? [canary, ...named.filter((s) => s !== canary)] : named;
  const results: RedeployRow[] = [];
  for (const slug of ordered) {
    if (request.dry_run) {
      results.push({ slug, phase: slug === canary ? 'canary' : 'batch-1', ssmStatus: 'DryRun' });
      continue;
    }
    const adjust = options.row?.(slug, request);
    if (adjust === null) continue;
    results.push({
      slug,
      phase: 'batch-1',
      ssmStatus: 'Success',
      ssmExitCode: 0,
      healthzOk: true,
      verifiedOnTarget: true,
      runningImage: request.target_tag,
      ...adjust,
    });
  }
  return { ok: true, results };
}

export function httpFailure(status: number): PortError {
  return { kind: 'http', call: 'POST /cp/admin/tenants/redeploy-fleet', path: '/cp/admin/tenants/redeploy-fleet', status };
}

export function timeoutFailure(): PortError {
  return { kind: 'timeout', call: 'POST /cp/admin/tenants/redeploy-fleet', path: '/cp/admin/tenants/redeploy-fleet', timeoutMs: 600_000 };
}
