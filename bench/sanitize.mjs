// Benchmark 6: sanitising hostile text (issue 11). `sanitizeExcerpt` once backtracked
// catastrophically: `token` + 4,000 blanks + `"` took 22 s of synchronous CPU, during which the
// run served no signal. Each input here is 1 MB of text built to hurt one pattern (a keyword
// then a long run its separator or value could match, escape sequences that never end, …);
// the figure is the slowest input's median time. Target: under 50 ms for 1 MB.
import { stripControl } from '@molecule/deploy-core/helpers';
import { sanitizeExcerpt } from '@molecule/deploy-http';
import { median } from './lib/stats.mjs';

const SIZE = 1024 * 1024;
const ROUNDS = 7;
const SECRETS = ['s3cr3t-token-value-0123456789'];
const fill = (head, run, tail = '') => `${head}${run.repeat(Math.ceil((SIZE - head.length - tail.length) / run.length))}`.slice(0, SIZE - tail.length) + tail;

const INPUTS = {
  'token + blanks + quote': fill('token', ' ', '"'),
  'token + quotes': fill('token', '"'),
  'token + colons': fill('token', ':', '"'),
  'token + blank-colon pairs': fill('password', ' :', '"'),
  'authorization + blanks': fill('authorization', ' ', '='),
  'repeated keywords': fill('', 'token " '),
  'scheme-like run a.a.a': fill('', 'a.', '://'),
  'hostname-like run -.-': fill('x', '-.', '_'),
  'dashed run a-a-a': fill('', 'a-', '.'),
  'url userinfo colons': fill('https://', ':', '/'),
  'path segments': fill(' ', '/a', ':x'),
  'unterminated CSI': fill('\x1b[', '1;'),
  'unterminated OSC': fill('\x1b]8;;', 'x'),
  'C1 CSI run': fill('', '\x9b'),
  'JSON body': JSON.stringify({ error: fill('token', ' ', '"').slice(0, SIZE - 20) }),
  'mixed noise': fill('', 'token: "a.b-c" \x1b[2K https://u:p@h.i.j/k/l 10.0.0.1:80 '),
};

const results = {};
for (const [name, text] of Object.entries(INPUTS)) {
  sanitizeExcerpt(text, SECRETS); // warm-up
  const times = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    sanitizeExcerpt(text, SECRETS);
    times.push(performance.now() - started);
  }
  results[name] = median(times);
}
const stripTimes = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const started = performance.now();
  stripControl(INPUTS['mixed noise']);
  stripTimes.push(performance.now() - started);
}

const [slowest, slowestMs] = Object.entries(results).sort((a, b) => b[1] - a[1])[0];
process.stdout.write(
  `${JSON.stringify({ bytes: SIZE, rounds: ROUNDS, inputs: Object.keys(INPUTS).length, slowest, slowestMs, stripControlMs: median(stripTimes), medians: results })}\n`,
);
