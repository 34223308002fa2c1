// How untidy the meter feeds are. Real feeds are always a bit messy (the
// spec says so); --messy turns every knob up.

export interface MeterMessiness {
  /** Chance a daily reading is simply missing. */
  missingRate: number;
  /** Chance per day that a communication outage of 2-20 days starts. */
  outageRate: number;
  /** Chance a reading is sent twice. */
  duplicateRate: number;
  /** Chance the utility estimates instead of reading. */
  estimatedRate: number;
  /** Chance of a reading error: backwards, ×10, or a jump. */
  glitchRate: number;
  /** Share of water meters still read by hand once a month. */
  monthlyShare: number;
  /** Share of meters replaced during the window (new meter_id restarting at 0). */
  replacementShare: number;
  /** Share of meters close enough to 99999 to wrap during the window. */
  nearRolloverShare: number;
}

export const TIDY: MeterMessiness = {
  missingRate: 0.008, outageRate: 0.0008, duplicateRate: 0.001, estimatedRate: 0.003,
  glitchRate: 0.00005, monthlyShare: 0.03, replacementShare: 0.008, nearRolloverShare: 0.003,
};

export const MESSY: MeterMessiness = {
  missingRate: 0.03, outageRate: 0.003, duplicateRate: 0.005, estimatedRate: 0.01,
  glitchRate: 0.0005, monthlyShare: 0.08, replacementShare: 0.02, nearRolloverShare: 0.01,
};
