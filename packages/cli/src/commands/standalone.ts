import type { Shell } from '../completion/shells';
import { VERSION } from '../version';
import type { StandaloneCall } from '.';

/** `version`: the version on stdout. */
export async function runVersion({ io }: StandaloneCall): Promise<number> {
  io.stdout(`${VERSION}\n`);
  return 0;
}

/** `completion <shell>`: the script, generated from the very program that parses the command line. */
export async function runCompletion({ argument, io, program }: StandaloneCall): Promise<number> {
  const { completionScript } = await import('../completion/completionScript');
  const { completionSpecOf } = await import('../completion/completionSpec');
  // Commander already refused any other value (the argument's choices are SHELLS).
  io.stdout(completionScript(argument as Shell, completionSpecOf(program)));
  return 0;
}

/** `drill`: its own flags only; it reads no settings (see drill/runDrill.ts). */
export async function runDrillCommand({ flags, env, io }: StandaloneCall): Promise<number> {
  const { runDrill } = await import('../drill/runDrill');
  return runDrill(flags, env, io);
}
