import { describeError } from '../errors/describe';
import type { PortError } from '../errors/transport';
import type { DoctorCheck, DoctorOptions, DoctorPorts, DoctorSetting, ValidDoctorInput } from './types';

/** What every check gets: the validated input, the ports, and how to name a setting. */
export interface CheckContext {
  readonly input: ValidDoctorInput;
  readonly ports: DoctorPorts;
  readonly signal?: AbortSignal;
  readonly label: (setting: DoctorSetting) => string;
}

export function checkContext(input: ValidDoctorInput, ports: DoctorPorts, options: DoctorOptions): CheckContext {
  const label = options.settingLabel ?? ((setting: DoctorSetting) => setting);
  return { input, ports, ...(options.signal !== undefined && { signal: options.signal }), label };
}

export const pass = (id: DoctorCheck['id'], message: string): DoctorCheck => ({ id, status: 'pass', message });

export function problem(id: DoctorCheck['id'], status: 'warn' | 'fail', message: string, fix: string, setting?: DoctorSetting): DoctorCheck {
  return { id, status, message, fix, ...(setting !== undefined && { setting }) };
}

/** A port failure in words, with the meaning of the statuses a token problem answers. */
export function describeReadFailure(error: PortError): string {
  if (error.kind === 'http' && error.status === 401) return `the token was refused (HTTP 401: rotated or revoked?) on ${error.call}`;
  if (error.kind === 'http' && error.status === 403) return `the token is not allowed (HTTP 403) to ${error.call}`;
  return describeError(error);
}
