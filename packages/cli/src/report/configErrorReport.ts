import { parserOf } from '../config/parserOf';
import { describeConfigProblem } from '../config/problems';
import { resolveRaw } from '../config/resolve';
import { SETTINGS } from '../config/settings';
import type { ConfigError, ConfigFlags, ConfigProblem } from '../config/types';
import type { CliIo } from '../io';
import { redact } from '../redact';
import { writeReport } from './writeReport';

/** What a run that never started because of its configuration reports. */
export interface ConfigErrorReport {
  readonly command: string;
  readonly outcome: 'failed';
  readonly reason: string;
  readonly error: {
    /** Stable, for machines: the run stopped on its configuration, before any request. */
    readonly kind: 'invalid-config';
    readonly message: string;
    /** Exactly the problems printed on stderr, each naming its flag and env var. */
    readonly problems: readonly ConfigProblem[];
  };
}

export function configErrorReport(error: ConfigError): ConfigErrorReport {
  const count = error.problems.length === 1 ? '1 problem' : `${error.problems.length} problems`;
  return {
    command: error.command,
    outcome: 'failed',
    reason: `invalid configuration (${count}; nothing was contacted)`,
    error: { kind: 'invalid-config', message: error.problems.map(describeConfigProblem).join('; '), problems: error.problems },
  };
}

/** Where a report goes, read from the flags alone: a config that failed to load has no `DeployConfig`. */
export interface ReportOutput {
  readonly json: boolean;
  readonly reportFile?: string;
}

/**
 * `--json` and `--report` parsed on their own, through the settings table, so a bad `--sha`
 * does not cost the report. A `--report` that does not parse is one of the problems and
 * names no file.
 */
export function reportOutputOf(flags: ConfigFlags): ReportOutput {
  const parse = (key: 'json' | 'report') => {
    const raw = resolveRaw(key, flags, {});
    const parsed = raw && parserOf(SETTINGS[key]).safeParse(raw.value);
    return parsed?.success ? parsed.data : undefined;
  };
  const reportFile = parse('report');
  return { json: parse('json') === true, ...(typeof reportFile === 'string' && { reportFile }) };
}

/**
 * The report of a configuration error, like every command's: to `--report FILE` and, with
 * `--json`, alone on stdout. Masked like every report, though problems never echo a token.
 * Nothing else is touched, so the run still contacts nobody. Never rejects.
 */
export async function writeConfigErrorReport(error: ConfigError, output: ReportOutput, io: CliIo, secrets: readonly string[]): Promise<void> {
  if (!output.json && !output.reportFile) return;
  const json = redact(JSON.stringify(configErrorReport(error), null, 2), secrets);
  if (output.reportFile) {
    const written = await writeReport(output.reportFile, `${json}\n`);
    if (written.isErr()) io.stderr(`molecule-deploy ${error.command}: ${redact(written.error, secrets)}\n`);
  }
  if (output.json) io.stdout(`${json}\n`);
}
