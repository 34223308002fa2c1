// How `sentinel user` names the database it changed and an account's scope.
import type { Database } from '@sentinel/db';
import type { Jurisdiction } from '@sentinel/services';

/** Which database was changed: the embedded folder or the PostgreSQL server (its URL without the password). */
export function databaseLine(db: Database): string {
  return `数据库 database: ${db.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'} ${db.location}`;
}

export function describeScope(j: Jurisdiction): string {
  return j.communities?.join('、') ?? j.neighborhood ?? j.subdistrict ?? `${j.district ?? ''}（全区）`;
}
