// Plausible polygons for the battle map (作战图) from the only geometry the
// house register has: each dwelling's WGS-84 point. A compound or a
// neighbourhood becomes the convex hull of its houses with every point first
// widened into a small octagon (a "buffered hull"), so that one building or a
// row of buildings still gives an area and the outline clears the outermost
// doors. Pure: no IO, numbers in, GeoJSON rings out.

export type LonLat = readonly [lon: number, lat: number];

/** Metres per degree of latitude (mean Earth radius 6,371,008.8 m). */
const METRES_PER_DEGREE = (Math.PI / 180) * 6_371_008.8;

function cross(o: LonLat, a: LonLat, b: LonLat): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/**
 * Convex hull (Andrew's monotone chain), counter-clockwise, without the
 * closing point. Collinear points on the boundary are dropped.
 */
export function convexHull(points: readonly LonLat[]): LonLat[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const unique: LonLat[] = [];
  for (const p of sorted) {
    const last = unique[unique.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) unique.push(p);
  }
  if (unique.length < 3) return unique;
  const lower: LonLat[] = [];
  for (const p of unique) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: LonLat[] = [];
  for (let i = unique.length - 1; i >= 0; i--) {
    const p = unique[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return [...lower, ...upper];
}

/** The eight corners of a regular octagon of the given radius (metres) around a point. */
export function octagon(center: LonLat, radiusM: number): LonLat[] {
  const dLat = radiusM / METRES_PER_DEGREE;
  const dLon = dLat / Math.cos((center[1] * Math.PI) / 180);
  const corners: LonLat[] = [];
  for (let k = 0; k < 8; k++) {
    const angle = (Math.PI / 4) * k + Math.PI / 8;
    corners.push([center[0] + dLon * Math.cos(angle), center[1] + dLat * Math.sin(angle)]);
  }
  return corners;
}

/** Rounds to 7 decimals (~1 cm): smaller GeoJSON, no false precision. */
function round(p: LonLat): [number, number] {
  return [Math.round(p[0] * 1e7) / 1e7, Math.round(p[1] * 1e7) / 1e7];
}

/**
 * A closed GeoJSON ring (counter-clockwise, first point repeated) around the
 * points, widened by `bufferM` metres; null when there are no points.
 */
export function bufferedHull(points: readonly LonLat[], bufferM: number): [number, number][] | null {
  if (points.length === 0) return null;
  const widened: LonLat[] = [];
  for (const p of points) widened.push(...octagon(p, bufferM));
  const hull = convexHull(widened).map(round);
  if (hull.length < 3) return null;
  return [...hull, hull[0]];
}

/** Mean of the points: where a label or a marker goes. */
export function centroid(points: readonly LonLat[]): [number, number] | null {
  if (points.length === 0) return null;
  let lon = 0;
  let lat = 0;
  for (const p of points) { lon += p[0]; lat += p[1]; }
  return round([lon / points.length, lat / points.length]);
}

/** Whether a ring contains a point (even-odd rule); used by tests and drill-down checks. */
export function ringContains(ring: readonly (readonly [number, number])[], p: LonLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > p[1]) !== (yj > p[1]) && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
