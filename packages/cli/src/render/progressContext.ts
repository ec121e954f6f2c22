import type { Clock } from '@molecule/deploy-core';
import { stripControl } from '@molecule/deploy-core/helpers';
import type { CommandContext } from '../commands/context';
import type { CliIo } from '../io';
import { closingIo } from './closingIo';
import { controlFreeEvent } from './controlFreeEvent';
import { controlFreeIo } from './controlFreeIo';
import type { ProgressRenderer } from './progressRenderer';

export interface ProgressContextInput {
  readonly io: CliIo;
  readonly clock: Clock;
  readonly renderer: ProgressRenderer;
  readonly secrets: readonly string[];
  readonly onReport?: (report: object) => void;
}

/**
 * A command's context whose events and log lines go to the renderer, and whose output ends it.
 *
 * Terminal control in outside text (an ESC[2K + ESC[1A that draws a fake "deployed" line, an
 * OSC 8 link, an OSC 52 clipboard write) is removed here, where the text enters the CLI's
 * output: every event and log line before a renderer formats it, every direct write of the
 * command. Not in `redactingIo`, which also carries the renderers' own colours and redraws.
 */
export function progressContext(input: ProgressContextInput): CommandContext {
  const { io, renderer } = input;
  return {
    io: closingIo(controlFreeIo(io), renderer),
    clock: input.clock,
    ...(io.signal && { signal: io.signal }),
    onEvent: (event) => renderer.onEvent(controlFreeEvent(event)),
    log: (message) => renderer.log(stripControl(message)),
    secrets: input.secrets,
    ...(input.onReport && { onReport: input.onReport }),
  };
}
