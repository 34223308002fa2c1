// The small register of the closed-loop tests made survey-worthy: some
// dwellings let (register), one filed, one complained about, and one
// property account per compound (progress per property company reads them).
import { insertUser, type Database } from '@sentinel/db';
import { OTHER, OWN, SUB, userOf } from '../closed-loop/fixtures.ts';

export async function seedSurveyRegister(db: Database): Promise<void> {
  await db.exec(`
    UPDATE houses SET is_rental = true WHERE house_id IN ('H1', 'H2', 'X1');
    UPDATE houses SET rental_filed = true WHERE house_id = 'H3';
    INSERT INTO complaints (ticket_id, received_at, channel, address, house_id, import_batch_id, source_line)
      VALUES ('T1', '2026-01-10T10:00:00+08:00', '12345', '汾西路261弄12号104室', 'H4', 1, 2),
             ('T0', '2024-01-10T10:00:00+08:00', '12345', '汾西路261弄12号105室', 'H5', 1, 3);`);
  for (const scope of ['own', 'other'] as const) {
    const u = userOf('property', scope);
    await insertUser(db, {
      id: u.id, username: u.username, displayName: `${u.unitName}张经理`, role: 'property', unitName: u.unitName,
      scopeSubdistrict: SUB, scopeNeighborhood: u.jurisdiction.neighborhood, scopeCommunities: [scope === 'own' ? OWN.community : OTHER.community], passwordHash: 'unused',
    });
  }
}
