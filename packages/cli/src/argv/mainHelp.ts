import { CLI_COMMAND_NAMES, CLI_COMMANDS, isConfigured } from '../commands';
import { MAIN_HELP_FOOTER, PROGRAM_DESCRIPTION } from './helpTexts';

// `molecule-deploy --help` (and a bare `molecule-deploy`) without loading commander, which was
// most of its start-up. The layout is commander's own (its Help: the terms padded to the longest,
// descriptions wrapped at whitespace to the help width, nothing wrapped below 40 columns); a
// test renders both at several widths and requires the same bytes, so they cannot drift apart.

const ITEM_INDENT = 2;
const SPACER = 2;
const MIN_WIDTH_TO_WRAP = 40;

/** Commander's Help.boxWrap: wrap at whitespace, keep existing line breaks, trim the space at each break. */
function boxWrap(text: string, width: number): string {
  if (width < MIN_WIDTH_TO_WRAP) return text;
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\n/)) {
    const chunks = line.match(/\s*\S+/g);
    if (chunks === null) {
      lines.push('');
      continue;
    }
    let current = chunks.shift() as string;
    for (const chunk of chunks) {
      if (current.length + chunk.length <= width) current += chunk;
      else {
        lines.push(current);
        current = chunk.trimStart();
      }
    }
    lines.push(current);
  }
  return lines.join('\n');
}

function item(term: string, termWidth: number, description: string, helpWidth: number): string {
  const indent = ' '.repeat(ITEM_INDENT);
  const remaining = helpWidth - termWidth - SPACER - ITEM_INDENT;
  const wrapped = remaining < MIN_WIDTH_TO_WRAP ? description : boxWrap(description, remaining).replace(/\n/g, `\n${' '.repeat(termWidth + SPACER)}`);
  return `${indent}${term.padEnd(termWidth)}${' '.repeat(SPACER)}${wrapped.replace(/\n/g, `\n${indent}`)}`;
}

/** How commander names a subcommand in the list: `[options]` when it has its own options, then its argument. */
function commandTerm(name: (typeof CLI_COMMAND_NAMES)[number]): string {
  if (isConfigured(name)) {
    // A configured command's options are only built when it is on the command line: here it is not.
    const { positional } = CLI_COMMANDS[name];
    return positional ? `${name} <${positional.name}>` : name;
  }
  const spec = CLI_COMMANDS[name];
  return [name, ...((spec.options?.length ?? 0) > 0 ? ['[options]'] : []), ...(spec.argument ? [`<${spec.argument.name}>`] : [])].join(' ');
}

/** The top-level help as commander prints it at `helpWidth` columns, the footer included. */
export function mainHelp(helpWidth = 80): string {
  const options: [string, string][] = [
    ['-V, --version', 'print the version and exit'],
    ['-h, --help', 'display help for command'],
  ];
  const commands: [string, string][] = [
    ...CLI_COMMAND_NAMES.map((name): [string, string] => [commandTerm(name), CLI_COMMANDS[name].summary]),
    ['help [command]', 'display help for command'],
  ];
  const termWidth = Math.max(...[...options, ...commands].map(([term]) => term.length));
  return [
    'Usage: molecule-deploy [options] [command]',
    '',
    boxWrap(PROGRAM_DESCRIPTION, helpWidth),
    '',
    'Options:',
    ...options.map(([term, description]) => item(term, termWidth, description, helpWidth)),
    '',
    'Commands:',
    ...commands.map(([term, description]) => item(term, termWidth, description, helpWidth)),
    '',
  ]
    .join('\n')
    .concat(`${MAIN_HELP_FOOTER}\n`);
}
