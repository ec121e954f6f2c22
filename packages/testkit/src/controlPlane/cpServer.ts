import type { Handler, Reply } from '../_internals/httpServer';
import type { FleetState } from '../fleet/fleetState';
import type { CpState } from './cpState';
import { redeploy } from './redeploy';
import { validateRedeployBody } from './validateRedeployBody';

export const REDEPLOY_PATH = '/cp/admin/tenants/redeploy-fleet';

/**
 * Internal detail the CP leaks in a 500 body. A front end must never echo it (lesson 10): tests
 * search every output for these strings.
 */
export const INTERNAL_DETAIL_MARKERS = ['ip-10-31-7-42.eu-west-1.compute.internal', '/srv/cp/internal/fleet/redeploy.go:217'] as const;

const HARD_FAIL_BODY = JSON.stringify({
  error: `ssm.SendCommand: dial tcp ${INTERNAL_DETAIL_MARKERS[0]}:443: connection refused`,
  stack: `panic: redeploy failed\n\tat fleet.Redeploy(${INTERNAL_DETAIL_MARKERS[1]})\n\tat http.Serve(/srv/cp/internal/http/admin.go:88)`,
});

const gatewayPage = (status: number): string => {
  const title = status === 502 ? 'Bad Gateway' : status === 503 ? 'Service Temporarily Unavailable' : 'Gateway Time-out';
  return `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n<center><h1>${status} ${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
};

export interface CpContext {
  readonly cp: CpState;
  readonly fleet: FleetState;
  readonly token: string;
  readonly allSlugs: readonly string[];
  readonly knownSlugs: ReadonlySet<string>;
  readonly worldCanary: string;
}

export function cpHandler(ctx: CpContext): Handler {
  return (exchange) => {
    const reply = answer(ctx, exchange.method, exchange.path, exchange.authorization, exchange.body, exchange.bodyIsJson);
    return ctx.cp.latencyMs > 0 ? { ...reply, delayMs: ctx.cp.latencyMs } : reply;
  };
}

function answer(ctx: CpContext, method: string, path: string, authorization: string | undefined, body: unknown, bodyIsJson: boolean): Reply {
  if (path !== REDEPLOY_PATH) return { status: 404, json: { error: 'not found' } };
  if (method !== 'POST') return { status: 405, json: { error: 'method not allowed' } };
  // The flaky upstream answers before the CP sees the request: no auth, no side effect.
  const transient = ctx.cp.takeTransient();
  if (transient !== undefined) return { status: transient, text: gatewayPage(transient), contentType: 'text/html' };
  if (authorization !== `Bearer ${ctx.token}`) return { status: 401, json: { error: 'unauthorized' } };
  if (ctx.cp.hardFail) return { status: 500, text: HARD_FAIL_BODY, contentType: 'application/json' };
  const accepted = validateRedeployBody(bodyIsJson ? body : undefined, ctx.knownSlugs);
  if (typeof accepted === 'string') return { status: 400, json: { error: accepted } };
  return { status: 200, json: redeploy(accepted, ctx) };
}
