// Length limits of the API's text fields, and the rules the web checks before
// sending (the server checks again). Plain constants, no TypeBox: the web may
// import this module at run time without shipping a schema library.

/** Identifiers: house ids, case ids, user ids, ticket ids. */
export const MAX_ID = 64;
/** Names of people, units, places (居民区, 小区, 楼号) and user names. */
export const MAX_NAME = 60;
/** Labels, codes and short values (a phone number, a category, a file name). */
export const MAX_LABEL = 100;
/** Addresses and one-line texts. */
export const MAX_ADDRESS = 200;
/** A stated purpose, a reason, a note on a record (written to the audit log). */
export const MAX_NOTE = 200;
/** Free text: a complaint's content, a case step's situation note. */
export const MAX_TEXT = 2000;
/** Elements of a list in a request (photo ids, units, reasons). */
export const MAX_ITEMS = 100;
/** Passwords: at least this long (the services check it too). */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD = 200;

/**
 * A mainland resident ID number (居民身份证号, 18 characters: 17 digits and
 * a digit or X). Free-text *name* fields refuse it: a name is not the place
 * for the number, which the system never stores whole (only its last four).
 */
export const ID_NUMBER_PATTERN = '\\d{17}[\\dXx]';
