import { describe, expect, it } from 'vitest';
import { Grouped, type Settled } from './grouped';

/** A group runner whose calls finish when the test says so. */
function controlled() {
  const calls: { items: number[]; finish(outcomes?: Settled<string>[]): void }[] = [];
  const grouped = new Grouped<number, string>(
    (items) =>
      new Promise((resolve) => {
        calls.push({
          items,
          finish: (outcomes) => resolve(outcomes ?? items.map((i) => ({ ok: true as const, value: `v${i}` }))),
        });
      }),
    { maxInFlight: 1, key: (i) => String(i % 10) },
  );
  return { grouped, calls };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('Grouped', () => {
  it('sends an item at once when nothing runs, and groups what arrives while a call runs', async () => {
    const { grouped, calls } = controlled();
    const first = grouped.call(1);
    expect(calls.map((c) => c.items)).toEqual([[1]]);
    const later = [grouped.call(2), grouped.call(3)];
    expect(calls).toHaveLength(1); // they wait: the group that runs started before they arrived
    calls[0]!.finish();
    expect(await first).toBe('v1');
    await tick();
    expect(calls.map((c) => c.items)).toEqual([[1], [2, 3]]);
    calls[1]!.finish();
    expect(await Promise.all(later)).toEqual(['v2', 'v3']);
  });

  it('gives each item its own error, and never puts two items of one key in a group', async () => {
    const { grouped, calls } = controlled();
    const blocker = grouped.call(0);
    const [x, y, same] = [grouped.call(1), grouped.call(2), grouped.call(11)];
    calls[0]!.finish();
    await blocker;
    await tick();
    expect(calls[1]!.items).toEqual([1, 2]);
    calls[1]!.finish([
      { ok: true, value: 'one' },
      { ok: false, error: new Error('two failed') },
    ]);
    expect(await x).toBe('one');
    await expect(y).rejects.toThrow('two failed');
    await tick();
    expect(calls[2]!.items).toEqual([11]);
    calls[2]!.finish();
    expect(await same).toBe('v11');
  });
});
