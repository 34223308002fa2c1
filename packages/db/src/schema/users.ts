// Staff accounts (用户): one role (单位类型) each, scoped to a jurisdiction.
// A user sees only houses inside the scope: the whole subdistrict, one
// neighbourhood (居民区), or — for a property company — a list of compounds (小区).
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { ROLES } from '@sentinel/domain';

export const userRole = pgEnum('user_role', ROLES);

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  /** Login name, stored lower-case: logins are case-insensitive. */
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  role: userRole('role').notNull(),
  /** The user's own unit, e.g. `汾西居民区居委会`; compared with a case's assignee. */
  unitName: text('unit_name').notNull(),
  /** The user's subdistrict; NULL for a district-level user (exactly one of the two is set, CHECK users_scope_one_level_ck). */
  scopeSubdistrict: text('scope_subdistrict'),
  /** 区: set for district-level roles (区群租整治办, 区城管执法局), who see every subdistrict of it. */
  scopeDistrict: text('scope_district'),
  /** NULL = the whole subdistrict. */
  scopeNeighborhood: text('scope_neighborhood'),
  /** NULL = every compound of the scope; a property company lists its own. */
  scopeCommunities: text('scope_communities').array(),
  /** argon2id PHC string. */
  passwordHash: text('password_hash').notNull(),
  /** false = deactivated (停用): cannot sign in, keeps its history; users are never deleted. */
  active: boolean('active').notNull().default(true),
  /** When and by whom the account was deactivated; NULL while active. */
  deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
  deactivatedBy: text('deactivated_by'),
  /** Set by an administrator's password reset: the web forces a change at the next sign-in. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  /** Last change or reset of the password; NULL = the one set at creation. */
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
  /** Consecutive failed logins; reset on success. */
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  /** Created by `seedDemoUsers`: such accounts exist only in demo mode. */
  demo: boolean('demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  // Login looks users up by name; names are unique.
  uniqueIndex('users_username_uq').on(t.username),
  // The user list is filtered by role.
  index('users_role_idx').on(t.role),
]);
