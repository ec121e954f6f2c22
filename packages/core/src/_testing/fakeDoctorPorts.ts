import { errAsync, okAsync } from 'neverthrow';
import type { DoctorPorts } from '../doctor/types';
import type { PortError } from '../errors/transport';
import type { BuildInfo, CommitStatus } from '../ports';
import { type CpReply, fakeControlPlane } from './fakeControlPlane';
import { fakeBranches, fakeStatusSource, fakeVariables, pageOf, status } from './fakeGitea';
import { fakeTenants } from './fakeTenants';

export const DOCTOR_HEAD = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
export const DOCTOR_OLDER = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
export const DOCTOR_REQUIRED = ['CI / all-required (push)', 'Secret scan / Scan diff (push)'];
export const DOCTOR_FLEET = ['hongming', 'acme', 'globex'];

export interface DoctorWorldOptions {
  readonly version?: string | PortError;
  readonly head?: string | PortError;
  /** Newest first. @default [head, older] */
  readonly history?: readonly string[] | PortError;
  /** Contexts posted on each commit. @default the required ones on the older commit, one of them again on the head */
  readonly contexts?: Readonly<Record<string, readonly string[]>>;
  readonly statusError?: PortError;
  /** `'none'`: no control token configured. @default null (not set) */
  readonly variable?: string | null | PortError | 'none';
  /** The dry run's answer, when not the default (every fleet tenant). */
  readonly cp?: CpReply;
  readonly fleet?: readonly string[];
  readonly buildinfo?: (slug: string) => BuildInfo | PortError;
}

/**
 * A healthy set-up for doctor, each part replaceable by a misconfiguration. Every read is
 * recorded as `METHOD what`, so tests can assert that nothing but GETs and dry runs was sent.
 */
export function doctorWorld(options: DoctorWorldOptions = {}) {
  const sent: string[] = [];
  const head = options.head ?? DOCTOR_HEAD;
  const contexts = options.contexts ?? { [DOCTOR_OLDER]: DOCTOR_REQUIRED, [DOCTOR_HEAD]: [DOCTOR_REQUIRED[0] as string, 'CI / lint (push)'] };
  const rowsOf = (sha: string): CommitStatus[] => (contexts[sha] ?? []).map((context, i) => status(i + 1, context, 'success'));
  const statuses = fakeStatusSource((request) => options.statusError ?? pageOf(rowsOf(request.sha), request));
  const branches = fakeBranches(head);
  const controlPlane = fakeControlPlane({ fleet: options.fleet ?? DOCTOR_FLEET, ...(options.cp !== undefined && { reply: () => options.cp }) });
  const tenants = fakeTenants({ serve: (slug) => options.buildinfo?.(slug) ?? { gitSha: DOCTOR_OLDER } });
  const variable = options.variable === undefined ? null : options.variable;
  const variables = variable === 'none' ? undefined : fakeVariables(variable);
  const history = options.history ?? [DOCTOR_HEAD, DOCTOR_OLDER];
  const version = options.version ?? '1.22.6';

  const ports: DoctorPorts = {
    statuses: { listStatuses: (request, signal) => (sent.push(`GET statuses ${request.sha.slice(0, 7)}`), statuses.listStatuses(request, signal)) },
    branches: { readBranchHead: (branch, signal) => (sent.push(`GET branch ${branch}`), branches.readBranchHead(branch, signal)) },
    history: {
      listBranchCommits: (branch, limit) => (
        sent.push(`GET commits ${branch} ${limit}`), typeof history === 'object' && 'kind' in history ? errAsync(history) : okAsync(history)
      ),
    },
    version: { readServerVersion: () => (sent.push('GET version'), typeof version === 'string' ? okAsync(version) : errAsync(version)) },
    ...(variables && { variables: { readVariable: (name, signal) => (sent.push(`GET variable ${name}`), variables.readVariable(name, signal)) } }),
    controlPlane: {
      requestRedeploy: (request, callOptions) => (
        sent.push(`POST redeploy dry_run=${request.dry_run} mutating=${callOptions.mutating}`), controlPlane.requestRedeploy(request, callOptions)
      ),
    },
    tenants: { readBuildInfo: (baseUrl, signal) => (sent.push(`GET buildinfo ${baseUrl}`), tenants.readBuildInfo(baseUrl, signal)) },
  };
  return { ports, sent, controlPlane };
}
