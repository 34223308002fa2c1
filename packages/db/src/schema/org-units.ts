// The organisation directory (组织机构): the units that take part in the
// closed loop — 居委会, 街道城运中心, 平安办, 综合执法中队, 物业, 派出所 … — each
// with the role its staff act in and the jurisdiction it covers. Dispatch
// picks a receiving unit from here (and optionally one of its people: the
// active user accounts whose unit_name is the unit's name), and user creation
// picks the new user's unit. Units are never deleted (cases and events name
// them); a unit no longer in service is deactivated.
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { userRole } from './users.ts';

export const orgUnits = pgTable('org_units', {
  /** `unit_<random>`. */
  id: text('id').primaryKey(),
  /** e.g. `汾西居民区居委会`; a case's assignee and a user's unit carry this name. */
  name: text('name').notNull(),
  /** The role the unit's staff act in (居委会 → committee, 物业 → property …). */
  role: userRole('role').notNull(),
  subdistrict: text('subdistrict').notNull(),
  /** NULL = the whole subdistrict. */
  neighborhood: text('neighborhood'),
  /** NULL = every compound inside the scope above (a property company lists its own). */
  communities: text('communities').array(),
  /** The unit's duty telephone, shown to dispatchers. */
  phone: text('phone'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  // One name per subdistrict: dispatch and sign-off match on the name.
  uniqueIndex('org_units_name_uq').on(t.subdistrict, t.name),
  // Dispatch lists the units of a role covering one neighbourhood.
  index('org_units_role_idx').on(t.role, t.neighborhood),
  check('org_units_not_admin_ck', sql`${t.role} <> 'admin'`),
]);
