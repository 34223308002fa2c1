// Dwellings of one building often share one point (the register geocodes
// the door, not the flat): drawn as they are they would be one dot. Points
// closer than a metre are laid out on a small square grid around their
// common point (about 3 m apart), so every dwelling is its own dot at its
// building. Pure.
const METRES_PER_DEGREE = (Math.PI / 180) * 6_371_008.8;
export const SPREAD_STEP_M = 3;

export function spreadPoints<T extends { lon: number; lat: number }>(items: readonly T[], stepM = SPREAD_STEP_M): T[] {
  const groups = new Map<string, T[]>();
  for (const d of items) {
    // ~1 m cells
    const key = `${Math.round(d.lon * 1e5)}:${Math.round(d.lat * 1e5)}`;
    const g = groups.get(key);
    if (g) g.push(d); else groups.set(key, [d]);
  }
  const out: T[] = [];
  for (const g of groups.values()) {
    if (g.length === 1) { out.push(g[0]); continue; }
    const side = Math.ceil(Math.sqrt(g.length));
    const lat0 = g[0].lat;
    const dLat = stepM / METRES_PER_DEGREE;
    const dLon = dLat / Math.cos((lat0 * Math.PI) / 180);
    g.forEach((d, i) => {
      const col = i % side;
      const row = Math.floor(i / side);
      out.push({ ...d, lon: g[0].lon + (col - (side - 1) / 2) * dLon, lat: g[0].lat - (row - (side - 1) / 2) * dLat });
    });
  }
  return out;
}
