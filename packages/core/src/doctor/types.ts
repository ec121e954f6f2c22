import type { z } from 'zod';
import type { InvalidInputError } from '../errors/input';
import type { BranchSource, BuildInfoSource, CommitHistorySource, CommitStatusSource, ControlPlane, ServerVersionSource, VariableSource } from '../ports';
import type { doctorInputSchema } from './input';

/** What `runDoctor` takes, typed from its schema: the settings `deploy` reads. */
export type DoctorInput = z.input<typeof doctorInputSchema>;
export type ValidDoctorInput = z.output<typeof doctorInputSchema>;

/** The reads doctor makes. It has no write at all: nothing it calls changes anything. */
export interface DoctorPorts {
  readonly statuses: CommitStatusSource;
  readonly branches: BranchSource;
  readonly history: CommitHistorySource;
  readonly version: ServerVersionSource;
  /** Reads with the control token; absent when none is configured (a warning). */
  readonly variables?: VariableSource;
  /** Only ever called with `dry_run: true`. */
  readonly controlPlane: ControlPlane;
  readonly tenants: BuildInfoSource;
}

/** A setting a check can point at; the front end names it (`--cp-token / CP_ADMIN_API_TOKEN`). */
export type DoctorSetting = 'apiUrl' | 'giteaToken' | 'controlToken' | 'branch' | 'requiredContexts' | 'cpUrl' | 'cpToken' | 'canarySlug' | 'tenantUrlTemplate';

export interface DoctorOptions {
  readonly signal?: AbortSignal;
  /** How a fix names a setting. @default the setting's key, e.g. `controlToken` */
  readonly settingLabel?: (setting: DoctorSetting) => string;
  /** Told about each check as it ends (a front end prints it at once). */
  readonly onCheck?: (check: DoctorCheck) => void;
}

export type DoctorCheckId = 'gitea-version' | 'gitea-token' | 'control-token' | 'required-context' | 'control-plane' | 'canary' | 'buildinfo';
export type DoctorStatus = 'pass' | 'warn' | 'fail';

export interface DoctorCheck {
  readonly id: DoctorCheckId;
  readonly status: DoctorStatus;
  /** One sentence: what was proven, or what is wrong. Sanitised; never a token. */
  readonly message: string;
  /** For a warning or a failure: what to change. */
  readonly fix?: string;
  /** The setting the fix is about. */
  readonly setting?: DoctorSetting;
}

export interface DoctorReport {
  readonly checks: readonly DoctorCheck[];
  readonly passed: number;
  readonly warned: number;
  readonly failed: number;
}

export type DoctorError = InvalidInputError | { readonly kind: 'aborted'; readonly during: 'doctor' } | { readonly kind: 'unexpected'; readonly message: string };
