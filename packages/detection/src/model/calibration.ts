// Platt scaling on inspection outcomes: p = σ(a·s + b) where s is the model's
// prior log-odds. Fitted by Newton's method with a Gaussian prior pulling
// (a, b) toward (1, 0), so a few dozen labels nudge the priors rather than
// overturn them. Deterministic: fixed iterations, fixed order.
import { sigmoid } from '../stats/robust.ts';

export interface Platt {
  a: number;
  b: number;
  n: number;
}

export const IDENTITY: Platt = { a: 1, b: 0, n: 0 };

export function fitPlatt(score: ArrayLike<number>, label: ArrayLike<number>, priorSdA = 0.5, priorSdB = 1.5): Platt {
  const n = score.length;
  let a = 1;
  let b = 0;
  const la = 1 / (priorSdA * priorSdA);
  const lb = 1 / (priorSdB * priorSdB);
  for (let iter = 0; iter < 50; iter++) {
    // gradient and Hessian of the negative log posterior
    let ga = la * (a - 1);
    let gb = lb * b;
    let haa = la;
    let hab = 0;
    let hbb = lb;
    for (let i = 0; i < n; i++) {
      const s = score[i];
      const p = sigmoid(a * s + b);
      const r = p - label[i];
      const w = Math.max(1e-9, p * (1 - p));
      ga += r * s;
      gb += r;
      haa += w * s * s;
      hab += w * s;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 1e-12)) break;
    // damped Newton: separable labels would otherwise overshoot
    const da = Math.max(-1, Math.min(1, (hbb * ga - hab * gb) / det));
    const db = Math.max(-1, Math.min(1, (haa * gb - hab * ga) / det));
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  // a negative slope would invert the ranking: never trust that from a few labels
  return { a: Math.max(0.2, Math.min(3, a)), b: Math.max(-5, Math.min(5, b)), n };
}
