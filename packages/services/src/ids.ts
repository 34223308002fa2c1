// Identifiers. Random (not sequential) so ids in URLs reveal nothing about
// volumes; prefixed so a support request quoting one says what it is.
import { randomUUID } from 'node:crypto';

export function newId(prefix: 'case' | 'rep' | 'usr' | 'pty' | 'att' | 'evt' | 'coop' | 'unit' | 'svy' | 'svv' | 'rfh' | 'rfo' | 'rpt' | 'rpl' | 'ptv' | 'grl'): string {
  return `${prefix}_${randomUUID().replace(/-/g, '')}`;
}
