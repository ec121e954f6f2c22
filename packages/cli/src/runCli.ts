import { directCall } from './argv/directCall';
import { loadCommandRun } from './commandRun';
import { mainHelp } from './argv/mainHelp';
import type { ConfigEnv, ConfigFlags } from './config/types';
import type { CommandName } from './commands';
import type { CliIo } from './io';
import { collectSecrets, redactingIo } from './redact';
import { VERSION } from './version';

/**
 * The whole CLI, in-process: argv (without `node` and the script), env and io in, exit
 * code out. Never throws. Only `bin.ts` touches the real process.
 */
export async function runCli(argv: readonly string[], env: ConfigEnv, io: CliIo): Promise<number> {
  const secrets = collectSecrets(argv, env);
  const out = redactingIo(io, secrets);
  // Loaded on demand, so `--help` and usage errors never pay for core and the adapters.
  const runConfigured = async (name: CommandName, flags: ConfigFlags) => (await loadCommandRun(name))(name, flags, env, out, secrets);
  try {
    // The command lines people and workflows type most, read without commander (see argv/).
    if (argv.length === 0 || (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h'))) {
      out.stdout(mainHelp(io.helpWidth));
      return 0;
    }
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
      out.stdout(`${VERSION}\n`);
      return 0;
    }
    const direct = directCall(argv);
    if (direct) return await runConfigured(direct.name, direct.flags);
    const { parseWithCommander } = await import('./argv/commanderProgram');
    return await parseWithCommander(argv, env, out, runConfigured);
  } catch (cause) {
    out.stderr(`molecule-deploy: internal error: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    return 1;
  }
}
