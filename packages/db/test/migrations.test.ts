import { expect, it } from 'vitest';
import { copyNumber, copyText, countRows, COUNTED_TABLES } from '../src/index.ts';
import { describeEachEngine } from './engines.ts';

describeEachEngine('migrations', (engine) => {
  it('apply on an empty database and leave every table empty', async () => {
    const db = await engine.open();
    try {
      const counts = await countRows(db);
      for (const t of COUNTED_TABLES) expect(counts[t]).toBe(0);
      const view = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM meter_daily_consumption_days');
      expect(view.rows[0].n).toBe(0);
    } finally {
      await db.close();
    }
  });

  it('copyRows round-trips text that needs escaping, in chunks', async () => {
    const db = await engine.open();
    try {
      const nasty = ['tab\there', 'new\nline', 'back\\slash', 'cr\rhere', '汾西路261弄12号301室', '\\N'];
      const lines = nasty.map((v, i) => [copyNumber(i), copyText(v)].join('\t'));
      await db.exec('CREATE TABLE copy_probe (i integer, t text)');
      const copied = await db.copyRows('copy_probe', ['i', 't'], [`${lines.slice(0, 3).join('\n')}\n`, `${lines.slice(3).join('\n')}\n`]);
      expect(copied).toBe(nasty.length);
      const back = await db.query<{ t: string }>('SELECT t FROM copy_probe ORDER BY i');
      expect(back.rows.map((r) => r.t)).toEqual(nasty);
    } finally {
      await db.close();
    }
  });
});
