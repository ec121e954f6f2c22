import { bashScript } from './bashScript';
import type { CompletionSpec } from './completionSpec';
import { fishScript } from './fishScript';
import type { Shell } from './shells';
import { zshScript } from './zshScript';

const GENERATORS: Readonly<Record<Shell, (spec: CompletionSpec) => string>> = { bash: bashScript, zsh: zshScript, fish: fishScript };

/** `molecule-deploy completion <shell>`: the script to source in that shell. */
export function completionScript(shell: Shell, spec: CompletionSpec): string {
  return GENERATORS[shell](spec);
}
