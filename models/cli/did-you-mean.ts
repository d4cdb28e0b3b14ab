/** Names longer than this get no suggestion: no reference is near that long, and comparing costs length². */
const MAX_NAME = 200;

/**
 * The candidate closest to a mistyped name, if one is close enough to be what
 * was meant (an edit distance of at most a quarter of the name, and at least
 * 3). Cheap for any input: a name past {@link MAX_NAME} characters gets no
 * suggestion, candidates whose length alone rules them out are skipped, and a
 * comparison stops as soon as it cannot beat the best so far.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > MAX_NAME) return undefined;
  let best: string | undefined;
  let bound = Math.max(3, Math.floor(name.length / 4)) + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - name.length) >= bound) continue;
    const distance = editDistanceBelow(name, candidate, bound);
    if (distance < bound) {
      best = candidate;
      bound = distance;
    }
  }
  return best;
}

/** Up to `count` candidates close enough to a mistyped name (as {@link closestName} judges), closest first. */
export function closestNames(name: string, candidates: Iterable<string>, count: number): string[] {
  if (name.length > MAX_NAME) return [];
  const bound = Math.max(3, Math.floor(name.length / 4)) + 1;
  const found: Array<{ candidate: string; distance: number }> = [];
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - name.length) >= bound) continue;
    const distance = editDistanceBelow(name, candidate, bound);
    if (distance < bound) found.push({ candidate, distance });
  }
  return found.sort((a, b) => a.distance - b.distance).slice(0, count).map((f) => f.candidate);
}

/** The edit distance of a and b when it is below `bound`; otherwise some number ≥ `bound`, found early. */
function editDistanceBelow(a: string, b: string, bound: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin >= bound) return bound;
    previous = current;
  }
  return previous[b.length]!;
}
