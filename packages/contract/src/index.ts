// @sentinel/contract: the HTTP API's shapes, written once. The server
// validates with these schemas and generates OpenAPI from them; services
// return their static types; the web imports the types only (`import type`),
// so no schema library ships to the browser. Framework-free: TypeBox and the
// domain's enums, nothing else.
export * from './limits.ts';
export * from './kit.ts';
export * from './envelope.ts';
export * from './errors.ts';
export * from './users.ts';
export * from './houses.ts';
export * from './imports.ts';
export * from './detection.ts';
export * from './map.ts';
export * from './cases.ts';
export * from './household.ts';
export * from './documents.ts';
export * from './cooperation.ts';
export * from './calendar.ts';
export * from './clock.ts';
export * from './operations.ts';
export * from './todo.ts';
export * from './directory.ts';
export * from './survey.ts';
export * from './referral.ts';
export * from './rental-parties.ts';
export * from './patrol.ts';
