import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether a `bash` with programmable completion (`compgen`, `complete`) is on this machine. */
export const bashAvailable: boolean = (() => {
  try {
    return spawnSync('bash', ['-c', 'type compgen complete'], { stdio: 'ignore' }).status === 0;
  } catch {
    return false;
  }
})();

/**
 * What bash offers for `words` (the last one is being completed, '' for a fresh TAB): the
 * script is sourced into a real non-interactive bash, then its completion function, found via
 * `complete -p` as bash itself would, runs with COMP_WORDS and COMP_CWORD set as on a TAB.
 */
export function bashComplete(script: string, words: readonly string[], cwd?: string): string[] {
  const driver = `
source "$1"; shift
spec=$(complete -p "$1") || exit 3
fn=\${spec#*-F }; fn=\${fn%% *}
shift
COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=\${#COMP_LINE}
"$fn" "\${COMP_WORDS[0]}" "\${COMP_WORDS[COMP_CWORD]}" "\${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\\n' "\${COMPREPLY[@]}"
`;
  const file = join(mkdtempSync(join(tmpdir(), 'molecule-bash-')), 'completion.bash');
  writeFileSync(file, script);
  const out = execFileSync('bash', ['-c', driver, 'bash', file, words[0] ?? '', ...words], { encoding: 'utf8', ...(cwd && { cwd }) });
  return out.split('\n').filter((line) => line !== '');
}
