import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../core/src/text/closest.ts
function editDistance(a, b) {
  const left = a.slice(0, MAX_COMPARED);
  const right = b.slice(0, MAX_COMPARED);
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length];
}
function closestMatches(target, candidates, max = 3) {
  const scored = [];
  for (const name of new Set(candidates)) {
    if (name === target) continue;
    const distance = editDistance(target, name);
    if (distance < Math.max(target.length, name.length) / 2) scored.push({ name, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name));
  const best = scored[0]?.distance ?? 0;
  return scored.filter((entry) => entry.distance <= best + NEAR_BEST).slice(0, max).map((entry) => entry.name);
}
var NEAR_BEST, MAX_COMPARED;
var init_closest = __esm({
  "../core/src/text/closest.ts"() {
    "use strict";
    NEAR_BEST = 2;
    MAX_COMPARED = 200;
  }
});

export {
  closestMatches,
  init_closest
};
