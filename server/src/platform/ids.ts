import { badInput } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id argument of the API: refused with BAD_USER_INPUT naming the field unless it is one of ours. */
export function checkId(id: string, field: string): string {
  if (!UUID.test(id)) throw badInput(`${field}: not an id from this API`, field);
  return id.toLowerCase();
}
