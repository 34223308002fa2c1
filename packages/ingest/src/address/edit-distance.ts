// Levenshtein distance over code points, for short strings (address parts).

export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = new Array<number>(y.length + 1);
  let cur = new Array<number>(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}

/** 1 for equal strings, 0 for nothing in common; containment of one in the other counts high. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const la = Array.from(a).length;
  const lb = Array.from(b).length;
  const max = Math.max(la, lb);
  if (max === 0) return 1;
  const base = 1 - editDistance(a, b) / max;
  const shorter = Math.min(la, lb);
  // `汾西路` inside `汾西路261弄`: same road, lane left out by the caller.
  const contained = shorter >= 2 && (a.includes(b) || b.includes(a)) ? 0.75 : 0;
  return Math.max(base, contained);
}
