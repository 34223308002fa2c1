// HTTP-side helpers shared by the routes. The shapes themselves live in
// @sentinel/contract; here only what is about HTTP: the error responses a
// route declares, and the readonly → mutable view of a service's answer.

/** The error answers most routes declare (ErrorBody is registered under its $id in app.ts). */
export const errorResponses = {
  400: { $ref: 'ErrorBody#' }, 401: { $ref: 'ErrorBody#' }, 403: { $ref: 'ErrorBody#' }, 404: { $ref: 'ErrorBody#' }, 409: { $ref: 'ErrorBody#' },
} as const;

/** One more error answer by status (422, 413, 503, …). */
export const errorRef = { $ref: 'ErrorBody#' } as const;

/** A download: the file's bytes, or an error body. */
export const fileResponses = {
  200: { type: 'string', format: 'binary', description: '文件内容' }, 422: errorRef, 503: errorRef, ...errorResponses,
} as const;

/** The services return readonly views; the response schemas' static types are mutable. Same value, no copy. */
export type Mutable<T> = T extends ReadonlyArray<infer U> ? Mutable<U>[] : T extends Date ? T : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
export function mutable<T>(value: T): Mutable<T> {
  return value as Mutable<T>;
}
