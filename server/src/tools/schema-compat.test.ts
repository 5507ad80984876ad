import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkCompatibility } from './schema-compat';

const released = buildSchema(`
  type Query { balance: Balance! transactions(first: Int): [Entry!]! }
  type Balance {
    available: String!
    legacy: String @deprecated(reason: "Use available. Removal after 2026-06-01")
    soon: String @deprecated(reason: "Use available. Removal after 2027-06-01")
  }
  type Entry { id: ID! amount: String! }
`);
const without = (field: string, extra = '') =>
  buildSchema(
    `
  type Query { balance: Balance! transactions(first: Int): [Entry!]! }
  type Balance {
    available: String!
    legacy: String @deprecated(reason: "Use available. Removal after 2026-06-01")
    soon: String @deprecated(reason: "Use available. Removal after 2027-06-01")
    ${extra}
  }
  type Entry { id: ID! amount: String! }
`.replace(new RegExp(`\\n\\s*${field}[:(][^\\n]*`), ''),
  );

const TODAY = '2026-11-30';

describe('schema compatibility', () => {
  it('passes an unchanged schema and additions', async () => {
    const r = await checkCompatibility(released, without('nothing', 'added: Int'), [], TODAY);
    expect(r.refused).toEqual([]);
    expect(r.undatedDeprecations).toEqual([]);
  });

  it('fails when a field is removed without a declared deprecation', async () => {
    const r = await checkCompatibility(released, without('available'), [], TODAY);
    expect(r.refused.map((c) => c.path)).toEqual(['Balance.available']);
  });

  it('fails when a field is changed incompatibly', async () => {
    const changed = buildSchema(`
      type Query { balance: Balance! transactions(first: Int): [Entry!]! }
      type Balance { available: Int! legacy: String @deprecated(reason: "Use available. Removal after 2026-06-01") soon: String @deprecated(reason: "x Removal after 2027-06-01") }
      type Entry { id: ID! amount: String! }
    `);
    const r = await checkCompatibility(released, changed, [], TODAY);
    expect(r.refused.map((c) => c.path)).toContain('Balance.available');
  });

  it('allows removing a field whose announced removal date has passed, not before', async () => {
    expect((await checkCompatibility(released, without('legacy'), [], TODAY)).refused).toEqual([]);
    const early = await checkCompatibility(released, without('soon'), [], TODAY);
    expect(early.refused.map((c) => c.path)).toEqual(['Balance.soon']);
  });

  it('allows a change listed in the declared changes', async () => {
    const r = await checkCompatibility(
      released,
      without('available'),
      [{ path: 'Balance.available', reason: 'never used by any partner (checked in the access logs)' }],
      TODAY,
    );
    expect(r.refused).toEqual([]);
    expect(r.allowed).toHaveLength(1);
  });

  it('requires a removal date on every deprecation', async () => {
    const r = await checkCompatibility(
      released,
      without('nothing', 'old: String @deprecated(reason: "Use available")'),
      [],
      TODAY,
    );
    expect(r.undatedDeprecations).toEqual(['Balance.old: "Use available"']);
  });
});
