import { isMap, isScalar, type Pair } from 'yaml';
import { entriesOf, isExpression, itemsOf, type ParsedFile, pairOf, resolved, textOf, valueAt } from './yamlNodes';

/** One step: what the rules look at. */
export interface StepModel {
  readonly node: unknown;
  readonly uses?: string;
  /** The `with.command` input of an action step. */
  readonly command?: string;
  /** The `run:` value node. */
  readonly run?: unknown;
  readonly continueOnError?: Pair;
}

export interface JobModel {
  readonly id: string;
  /** The job's key in `jobs:`. */
  readonly key: unknown;
  /** `name:`, else the id: what Gitea puts in the status context. */
  readonly name: string;
  /** Why its contexts cannot be known before it runs (an expression name, a matrix), or undefined. */
  readonly unknowable?: string;
  readonly concurrency?: Pair;
  readonly continueOnError?: Pair;
  readonly steps: readonly StepModel[];
}

export interface WorkflowModel {
  readonly file: ParsedFile;
  /** `name:`, else the file's base name (as Gitea names an unnamed workflow). */
  readonly name: string;
  readonly nameNode?: unknown;
  readonly nameIsExpression: boolean;
  readonly events: readonly string[];
  readonly concurrency?: Pair;
  /** `on.workflow_dispatch.inputs`. */
  readonly dispatchInputs?: Pair;
  readonly jobs: readonly JobModel[];
}

/** The parts of a workflow the rules read, positions kept (nodes and pairs of the document). */
export function workflowModel(file: ParsedFile): WorkflowModel {
  const root = file.doc.contents;
  const namePair = pairOf(file, root, 'name');
  const name = textOf(file, namePair?.value) ?? baseName(file.path);
  const on = valueAt(file, root, 'on');
  const dispatch = valueAt(file, on, 'workflow_dispatch');
  const concurrency = pairOf(file, root, 'concurrency');
  const dispatchInputs = pairOf(file, dispatch, 'inputs');
  return {
    file,
    name,
    ...(namePair !== undefined && { nameNode: namePair.key }),
    nameIsExpression: isExpression(name),
    events: eventsOf(file, on),
    ...(concurrency !== undefined && { concurrency }),
    ...(dispatchInputs !== undefined && { dispatchInputs }),
    jobs: entriesOf(file, valueAt(file, root, 'jobs')).map(([id, pair]) => jobModel(file, id, pair)),
  };
}

/** `on: push`, `on: [push, pull_request]` or `on: { push: …, workflow_dispatch: … }`. */
function eventsOf(file: ParsedFile, on: unknown): string[] {
  const node = resolved(file, on);
  if (isScalar(node)) return [String(node.value)];
  if (isMap(node)) return entriesOf(file, node).map(([event]) => event);
  return itemsOf(file, node)
    .map((item) => textOf(file, item))
    .filter((event): event is string => event !== undefined);
}

function jobModel(file: ParsedFile, id: string, pair: Pair): JobModel {
  const job = resolved(file, pair.value);
  const name = textOf(file, valueAt(file, job, 'name')) ?? id;
  const matrix = valueAt(file, valueAt(file, job, 'strategy'), 'matrix');
  const unknowable = isExpression(name) ? 'its name is an expression' : matrix !== undefined ? 'it has a matrix' : undefined;
  const concurrency = pairOf(file, job, 'concurrency');
  const continueOnError = pairOf(file, job, 'continue-on-error');
  return {
    id,
    key: pair.key,
    name,
    ...(unknowable !== undefined && { unknowable }),
    ...(concurrency !== undefined && { concurrency }),
    ...(continueOnError !== undefined && { continueOnError }),
    steps: itemsOf(file, valueAt(file, job, 'steps')).map((step) => stepModel(file, step)),
  };
}

function stepModel(file: ParsedFile, node: unknown): StepModel {
  const uses = textOf(file, valueAt(file, node, 'uses'));
  const command = textOf(file, valueAt(file, valueAt(file, node, 'with'), 'command'));
  const run = valueAt(file, node, 'run');
  const continueOnError = pairOf(file, node, 'continue-on-error');
  return {
    node,
    ...(uses !== undefined && { uses }),
    ...(command !== undefined && { command }),
    ...(run !== undefined && { run }),
    ...(continueOnError !== undefined && { continueOnError }),
  };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
