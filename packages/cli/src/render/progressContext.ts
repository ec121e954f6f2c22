import type { Clock } from '@molecule/deploy-core';
import type { CommandContext } from '../commands/context';
import type { CliIo } from '../io';
import { closingIo } from './closingIo';
import type { ProgressRenderer } from './progressRenderer';

export interface ProgressContextInput {
  readonly io: CliIo;
  readonly clock: Clock;
  readonly renderer: ProgressRenderer;
  readonly secrets: readonly string[];
  readonly onReport?: (report: object) => void;
}

/** A command's context whose events and log lines go to the renderer, and whose output ends it. */
export function progressContext(input: ProgressContextInput): CommandContext {
  const { io, renderer } = input;
  return {
    io: closingIo(io, renderer),
    clock: input.clock,
    ...(io.signal && { signal: io.signal }),
    onEvent: (event) => renderer.onEvent(event),
    log: (message) => renderer.log(message),
    secrets: input.secrets,
    ...(input.onReport && { onReport: input.onReport }),
  };
}
