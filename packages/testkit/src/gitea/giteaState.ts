import type { GiteaControls, PostedStatus } from '../types';
import { StatusStore } from './statusStore';

export interface GiteaStateOptions {
  readonly serverUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly branch: string;
  readonly head: string;
  /** The branch's commits under the head, newest first (`GET …/commits?sha=BRANCH`). */
  readonly history?: readonly string[];
}

/** A Gitea with the Actions variables API (1.22+), as the deploy tool expects. */
const DEFAULT_VERSION = '1.22.6';

/** Everything the simulated Gitea knows, plus the controls tests use to change it. */
export class GiteaState {
  readonly statuses: StatusStore;
  readonly variables = new Map<string, string>();
  branchHead: string;
  variableFailure: number | null = null;
  branchFailure: number | null = null;
  statusFailure: { status: number; page?: number } | null = null;
  statusPostFailure: number | null = null;
  readonly posted: PostedStatus[] = [];
  version = DEFAULT_VERSION;
  /** The control token still authenticates, but sees nothing of the repository (its user lost access). */
  controlTokenDemoted = false;
  /** Under the head, newest first. */
  private older: string[];

  constructor(readonly options: GiteaStateOptions) {
    this.statuses = new StatusStore(`${options.serverUrl}/${options.owner}/${options.repo}`);
    this.branchHead = options.head;
    this.older = (options.history ?? []).filter((sha) => sha !== options.head);
  }

  /** The branch's commits, newest first: the head, then the history under it. */
  branchCommits(): string[] {
    return [this.branchHead, ...this.older];
  }

  controls(): GiteaControls {
    return {
      addStatus: (sha, context, state, description) => this.statuses.add(sha, context, state, description),
      setBranchHead: (sha) => {
        if (sha !== this.branchHead) this.older = [this.branchHead, ...this.older.filter((older) => older !== sha)];
        this.branchHead = sha;
      },
      setVersion: (version) => {
        this.version = version;
      },
      demoteControlToken: () => {
        this.controlTokenDemoted = true;
      },
      setVariable: (name, value) => {
        // Gitea stores variable names upper-cased and looks them up case-insensitively.
        if (value === null) this.variables.delete(name.toUpperCase());
        else this.variables.set(name.toUpperCase(), value);
      },
      failVariableReads: (status) => {
        this.variableFailure = status;
      },
      failBranchReads: (status) => {
        this.branchFailure = status;
      },
      failStatusReads: (status, page) => {
        this.statusFailure = status === null ? null : page === undefined ? { status } : { status, page };
      },
      statusTimeline: (sha, steps) => this.statuses.schedule(sha, steps),
      page1Reads: (sha) => this.statuses.page1Reads(sha),
      postedStatuses: (sha) => (sha === undefined ? [...this.posted] : this.posted.filter((row) => row.sha === sha.toLowerCase())),
      failStatusPosts: (status) => {
        this.statusPostFailure = status;
      },
    };
  }
}
