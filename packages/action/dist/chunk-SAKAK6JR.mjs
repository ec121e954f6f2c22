import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  external_exports,
  init_zod
} from "./chunk-2QP52JK3.mjs";
import {
  IMAGE_REPOSITORY_PATTERN,
  KILL_SWITCH_ARMED_WORDS,
  KILL_SWITCH_CLEAR_WORDS,
  SHA_PATTERN,
  SLUG_PATTERN,
  init_constants
} from "./chunk-LM4FX76V.mjs";
import {
  __esm,
  __export
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/config/parsers.ts
var parsers_exports = {};
__export(parsers_exports, {
  MAX_DURATION_SECONDS: () => MAX_DURATION_SECONDS,
  MAX_INTERVAL_SECONDS: () => MAX_INTERVAL_SECONDS,
  MAX_RETRY_DELAYS: () => MAX_RETRY_DELAYS,
  MAX_RETRY_DELAY_SECONDS: () => MAX_RETRY_DELAY_SECONDS,
  MIN_POLL_INTERVAL_SECONDS: () => MIN_POLL_INTERVAL_SECONDS,
  SLUG: () => SLUG,
  awsRegion: () => awsRegion,
  boolean: () => boolean,
  branch: () => branch,
  contextList: () => contextList,
  imageRepositoryList: () => imageRepositoryList,
  integer: () => integer,
  killSwitchValue: () => killSwitchValue,
  nonNegativeSeconds: () => nonNegativeSeconds,
  optionalSlug: () => optionalSlug,
  pollSeconds: () => pollSeconds,
  positionalList: () => positionalList,
  positiveSeconds: () => positiveSeconds,
  repository: () => repository,
  runId: () => runId,
  secondsList: () => secondsList,
  sha: () => sha,
  slug: () => slug,
  slugList: () => slugList,
  splitList: () => splitList,
  statusContext: () => statusContext,
  text: () => text
});
function positiveSeconds(max) {
  return seconds().pipe(external_exports.number().finite().positive("must be greater than 0").max(max, `must be at most ${max} seconds`));
}
function pollSeconds(max) {
  return seconds().pipe(
    external_exports.number().finite().min(MIN_POLL_INTERVAL_SECONDS, `must be at least ${MIN_POLL_INTERVAL_SECONDS} seconds`).max(max, `must be at most ${max} seconds`)
  );
}
function nonNegativeSeconds(max) {
  return seconds().pipe(external_exports.number().finite().nonnegative("must be 0 or more").max(max, `must be at most ${max} seconds`));
}
function integer(min, max) {
  const bounded = external_exports.number().int().min(min, `must be at least ${min}`);
  return external_exports.string().trim().regex(/^\d+$/, "must be a whole number").transform(Number).pipe(max === void 0 ? bounded : bounded.max(max, `must be at most ${max}`));
}
function splitList(value) {
  return [
    ...new Set(
      value.split(/[,\n]/).map((item) => item.trim()).filter(Boolean)
    )
  ];
}
var text, branch, sha, repository, TRUE, FALSE, boolean, ARMED, CLEAR, killSwitchValue, DECIMAL, MAX_DURATION_SECONDS, MAX_INTERVAL_SECONDS, MAX_RETRY_DELAY_SECONDS, MAX_RETRY_DELAYS, seconds, MIN_POLL_INTERVAL_SECONDS, contextList, secondsList, SLUG, slug, optionalSlug, slugList, positionalList, IMAGE_REPOSITORY, imageRepositoryList, awsRegion, statusContext, runId;
var init_parsers = __esm({
  "../cli/src/config/parsers.ts"() {
    "use strict";
    init_constants();
    init_zod();
    text = () => external_exports.string().trim().min(1, "must not be empty");
    branch = () => text().refine((value) => !value.includes(".."), "must be a git branch name: it must not contain '..'").refine(
      // eslint-disable-next-line no-control-regex
      (value) => !/[\u0000-\u0020\u007f~^:?*[\\]|@\{|^[-/]|\/$|\.$|\.lock$|\/\/|\/\./.test(value),
      "must be a git branch name: no spaces, control characters, ~ ^ : ? * [ \\ or '@{', not starting with - or /, not ending with /, . or .lock"
    );
    sha = () => external_exports.string().trim().regex(SHA_PATTERN, "must be a commit SHA of 7 to 40 hexadecimal characters");
    repository = () => external_exports.string().trim().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, "must be owner/repo").transform((value) => {
      const [owner = "", repo = ""] = value.split("/");
      return { owner, repo };
    });
    TRUE = /* @__PURE__ */ new Set(["true", "1", "yes"]);
    FALSE = /* @__PURE__ */ new Set(["false", "0", "no"]);
    boolean = () => external_exports.string().transform((value, ctx) => {
      const word = value.trim().toLowerCase();
      if (TRUE.has(word)) return true;
      if (FALSE.has(word)) return false;
      ctx.addIssue({ code: "custom", message: "must be one of true/false/1/0/yes/no" });
      return external_exports.NEVER;
    });
    ARMED = new Set(KILL_SWITCH_ARMED_WORDS);
    CLEAR = new Set(KILL_SWITCH_CLEAR_WORDS);
    killSwitchValue = () => external_exports.string().transform((value, ctx) => {
      const word = value.trim().toLowerCase();
      if (ARMED.has(word) || CLEAR.has(word)) return value.trim();
      ctx.addIssue({
        code: "custom",
        message: `must be one of ${KILL_SWITCH_ARMED_WORDS.join("/")} (armed) or ${KILL_SWITCH_CLEAR_WORDS.filter(Boolean).join("/")} (clear)`
      });
      return external_exports.NEVER;
    });
    DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;
    MAX_DURATION_SECONDS = 86400;
    MAX_INTERVAL_SECONDS = 3600;
    MAX_RETRY_DELAY_SECONDS = 3600;
    MAX_RETRY_DELAYS = 10;
    seconds = () => external_exports.string().trim().regex(DECIMAL, "must be a number of seconds").transform(Number);
    MIN_POLL_INTERVAL_SECONDS = 0.1;
    contextList = () => external_exports.string().transform(splitList).refine((list) => list.length > 0, "lists no context: an empty gate would let any commit through");
    secondsList = () => external_exports.string().transform(
      (value) => value.split(/[,\n]/).map((item) => item.trim()).filter(Boolean)
    ).refine((list) => list.length > 0, "must list at least one delay in seconds").refine((list) => list.length <= MAX_RETRY_DELAYS, `must list at most ${MAX_RETRY_DELAYS} delays`).refine((list) => list.every((item) => DECIMAL.test(item)), "must be comma-separated numbers of seconds").refine((list) => list.every((item) => Number(item) <= MAX_RETRY_DELAY_SECONDS), `each delay must be at most ${MAX_RETRY_DELAY_SECONDS} seconds`).transform((list) => list.map((item) => Math.round(Number(item) * 1e3)));
    SLUG = SLUG_PATTERN;
    slug = () => external_exports.string().trim().regex(SLUG, "must be letters, digits and dashes");
    optionalSlug = () => external_exports.string().trim().refine((value) => value.toLowerCase() === "none" || SLUG.test(value), "must be letters, digits and dashes (or 'none' for no canary)").transform((value) => value.toLowerCase() === "none" ? void 0 : value);
    slugList = () => external_exports.string().transform(splitList).refine((list) => list.length > 0, "lists no tenant").refine((list) => list.every((item) => SLUG.test(item)), "every slug must be letters, digits and dashes");
    positionalList = () => external_exports.string().transform((value) => value.split(/[\s,]+/).filter(Boolean)).refine((list) => list.length > 0, "lists nothing");
    IMAGE_REPOSITORY = IMAGE_REPOSITORY_PATTERN;
    imageRepositoryList = () => external_exports.string().transform((value) => value.split(/[\s,]+/).filter(Boolean)).refine((list) => list.length > 0, "lists no repository").refine((list) => list.every((item) => IMAGE_REPOSITORY.test(item)), "every repository must be lower-case letters, digits, . _ - and /").refine((list) => new Set(list).size === list.length, "lists a repository twice");
    awsRegion = () => external_exports.string().trim().regex(/^[a-z]{2}(-[a-z0-9]+)+-\d+$/, "must be an AWS region such as us-east-1");
    statusContext = () => text().max(255, "must be at most 255 characters").refine((value) => !/[\u0000-\u001f\u007f-\u009f]/.test(value), "must not contain control characters");
    runId = () => external_exports.string().trim().regex(/^\d{1,20}$/, "must be a run number (digits)");
  }
});

export {
  slugList,
  parsers_exports,
  init_parsers
};
