import * as parse from './parsers';

type Parsers = typeof parse;
type WithParser = { readonly parser: (parse: Parsers) => unknown };

// One schema per setting, built on first use: a factory row (`parse.integer(1)`) is not rebuilt per read.
const built = new WeakMap<WithParser, unknown>();

/**
 * A setting's parser. This module, and with it zod, is loaded only by the code that parses a
 * configuration: the settings table itself (what `--help` reads) names its parsers as functions.
 */
export function parserOf<S extends WithParser>(spec: S): ReturnType<S['parser']> {
  if (!built.has(spec)) built.set(spec, spec.parser(parse));
  return built.get(spec) as ReturnType<S['parser']>;
}
