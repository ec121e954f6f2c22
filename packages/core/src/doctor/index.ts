// `@molecule/deploy-core/doctor`: the preflight that proves each deploy setting can do its job,
// changing nothing, and the two read-only ports only it needs (a branch's recent commits, the
// Gitea version). A subpath so the root export stays the deploy operations.

export { runDoctor } from './runDoctor';
export { doctorInputSchema } from './input';
export type {
  DoctorInput,
  DoctorPorts,
  DoctorOptions,
  DoctorSetting,
  DoctorCheck,
  DoctorCheckId,
  DoctorStatus,
  DoctorReport,
  DoctorError,
} from './types';
export type { CommitHistorySource, ServerVersionSource } from '../ports';
