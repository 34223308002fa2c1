// Traps (干扰项) in the top K: dwellings that are not group rentals on the
// scored day but look like one to a meter — a legal household moving into an
// empty flat, a group rental that has already ended, a leak, a shop or home
// business, a big family, legal sharers. Counted by kind so eval can say what
// fills the list wrongly (issue #10).

/** A house's trap kind on a day, or null when it sets none. */
export type TrapKind = string | null;

/** Counts, by kind, the negatives among the first k of the ranking that set a trap. */
export function trapsInTopK(order: ArrayLike<number>, label: ArrayLike<number>, kindOf: (house: number) => TrapKind, k: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < Math.min(k, order.length); i++) {
    const h = order[i];
    if (label[h] === 1) continue;
    const kind = kindOf(h);
    if (kind !== null) out[kind] = (out[kind] ?? 0) + 1;
  }
  return out;
}

/** Total of a by-kind count. */
export function trapTotal(counts: Readonly<Record<string, number>>): number {
  let n = 0;
  for (const v of Object.values(counts)) n += v;
  return n;
}
