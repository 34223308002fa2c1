// PostgreSQL's unique_violation (SQLSTATE 23505), the one database error the
// services act on: a concurrent insert won a race (a case for the same house,
// a document number, a reading already stored) and the caller retries or
// answers 409. Drizzle wraps driver errors (DrizzleQueryError), so the code
// may sit on the error or on any error in its `cause` chain.
const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === UNIQUE_VIOLATION) return true;
  }
  return false;
}
