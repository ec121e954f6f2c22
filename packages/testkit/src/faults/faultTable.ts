import { createArmedFaults } from './armedFaults';
import { faultAction, type FaultAction } from './faultReplies';
import { routeNames } from './routes';
import type { FaultControls, FaultKind, FaultService, FaultSpec, RouteName } from './types';

export interface FaultDecision {
  readonly kind: FaultKind;
  readonly action: FaultAction;
}

export interface FaultTable {
  readonly controls: FaultControls;
  /** The fault that answers this request, if any; counts it. */
  decide(service: FaultService, method: string, path: string, body: unknown): FaultDecision | undefined;
}

interface WorldRequest {
  readonly service: FaultService;
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly routes: readonly RouteName[];
}

const SERVICES: readonly FaultService[] = ['gitea', 'cp', 'tenant', 'smoke'];

/** The armed faults of one world, in arming order: the first that matches a request answers it. */
export function createFaultTable(): FaultTable {
  const armed = createArmedFaults<FaultSpec, WorldRequest>((spec, request) => {
    if (spec.service !== request.service) return false;
    if (spec.match === undefined) return true;
    if (typeof spec.match === 'string') return request.routes.includes(spec.match);
    return spec.match(request.method, request.path, request.body);
  });
  return {
    controls: {
      inject(spec) {
        if (!SERVICES.includes(spec?.service)) throw new TypeError(`faults.inject: unknown service "${String(spec?.service)}"`);
        return armed.inject(spec);
      },
      clear: () => armed.clear(),
    },
    decide(service, method, path, body) {
      const routes = routeNames(service, method, path, body);
      const spec = armed.take({ service, method, path, body, routes });
      return spec === undefined ? undefined : { kind: spec.kind, action: faultAction(spec, service, routes) };
    },
  };
}
