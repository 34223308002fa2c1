// The one base class of every error the domain package reports. Domain code
// never throws or returns HTTP errors: callers (services, server) map `code`
// to a status in one place. `message` is Chinese first, English after.

export abstract class DomainError extends Error {
  /** Stable machine-readable code, e.g. `case.role_not_allowed`. */
  abstract readonly code: string;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
