// What `sentinel demo` was asked to generate.
import type { World } from './world.ts';

export interface DemoOptions {
  /** Output folder of the dataset. */
  outDir: string;
  /** Where truth.csv goes (default: inside outDir). */
  truthPath: string;
  houses: number;
  seed: number;
  days: number;
  /** Last day of the window, YYYY-MM-DD (Asia/Shanghai). */
  end: string;
  /** Plant encodings, header variants and a catalogue of bad rows. */
  messy: boolean;
  /** The world's knobs (world.ts); absent = DEFAULT_WORLD, the generator as it always was. */
  world?: World;
}

export const DEMO_DEFAULTS = { houses: 5000, seed: 1, days: 365, end: '2026-11-15' } as const;
