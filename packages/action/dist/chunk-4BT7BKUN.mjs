import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_parsers,
  slugList
} from "./chunk-SAKAK6JR.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/slugsFile.ts
import { readFile } from "fs/promises";
async function readSlugsFile(command, file, ctx) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    ctx.io.stderr(`molecule-deploy ${command}: --slugs-file: cannot read ${file} (${cause instanceof Error ? cause.message : String(cause)})
`);
    return void 0;
  }
  const parsed = slugList().safeParse(text);
  if (!parsed.success) {
    ctx.io.stderr(`molecule-deploy ${command}: --slugs-file: ${file} ${parsed.error.issues.map((i) => i.message).join("; ")}
`);
    return void 0;
  }
  return parsed.data;
}
var init_slugsFile = __esm({
  "../cli/src/commands/slugsFile.ts"() {
    "use strict";
    init_parsers();
  }
});

export {
  readSlugsFile,
  init_slugsFile
};
