import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { runPairs, type BenchAccount } from './load';

/**
 * Where the server's CPU goes during hold + settle: a separate, shorter run against a server started
 * with `--cpu-prof` (spawnServer cannot pass Node flags, and the profiler's cost stays out of the
 * measured runs). Each sample is charged to the innermost library on its stack that is one of the
 * groups below, so a socket write made by the pg driver counts as the driver's.
 */
export interface ProfileShare {
  group: string;
  share: number;
}

export interface PairProfile {
  /** Milliseconds of CPU sampled while the pairs ran (idle time left out). */
  busyMs: number;
  pairs: number;
  seconds: number;
  shares: ProfileShare[];
}

const GROUPS: Array<[string, (pkg: string, url: string) => boolean]> = [
  ['MikroORM and knex (query building, hydration, unit of work)', (p) => p.startsWith('@mikro-orm/') || p === 'knex'],
  ['pg driver, with its socket reads and writes', (p) => p === 'pg' || p.startsWith('pg-')],
  [
    'GraphQL (Apollo Server, graphql-js, type-graphql, graphql-armor)',
    (p) =>
      p === 'graphql' ||
      p === 'type-graphql' ||
      p.startsWith('@apollo/') ||
      p.startsWith('@escape.tech/') ||
      p.startsWith('@as-integrations/'),
  ],
  [
    'HTTP (Fastify, node:http)',
    (p, url) => p === 'fastify' || p.startsWith('@fastify/') || p === 'find-my-way' || url.startsWith('node:_http'),
  ],
  ['the server’s own code (server/src)', (_p, url) => url.includes('/server/src/')],
];
const GC = 'garbage collection';
/**
 * The sampler takes wall-clock samples: a process preempted inside a socket write (on 2 shared cores,
 * right after the write woke PostgreSQL) is charged for the whole wait. /proc's kernel time is the CPU.
 */
const WRITEV = 'socket writes, as sampled (the wall time of writev, waits for the core included)';
const OTHER = 'Node internals and other libraries';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const packageOf = (url: string) => {
  const at = url.lastIndexOf('node_modules/');
  if (at < 0) return '';
  const [scope, name] = url.slice(at + 'node_modules/'.length).split('/');
  return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? '');
};

/** Shares of the sampled CPU between `fromUs` and `toUs` (the monotonic clock of process.hrtime). */
export function breakdown(
  profile: CpuProfile,
  fromUs: number,
  toUs: number,
): { busyMs: number; shares: ProfileShare[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const groupOf = new Map<number, string | null>();
  const classify = (id: number): string | null => {
    const known = groupOf.get(id);
    if (known !== undefined) return known;
    const leaf = byId.get(id)!.callFrame.functionName;
    let group: string | null = null;
    if (leaf === '(idle)') group = null;
    else if (leaf === '(garbage collector)') group = GC;
    else if (leaf === 'writev') group = WRITEV;
    else {
      for (let at: number | undefined = id; at !== undefined && !group; at = parent.get(at)) {
        const { url } = byId.get(at)!.callFrame;
        group = GROUPS.find(([, test]) => test(packageOf(url), url))?.[0] ?? null;
      }
      group ??= OTHER;
    }
    groupOf.set(id, group);
    return group;
  };
  const time = new Map<string, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i]!;
    if (t < fromUs || t > toUs) return;
    const group = classify(id);
    if (group) time.set(group, (time.get(group) ?? 0) + profile.timeDeltas[i]!);
  });
  const busy = [...time.values()].reduce((a, b) => a + b, 0);
  const shares = [...time].map(([group, us]) => ({ group, share: us / busy })).sort((a, b) => b.share - a.share);
  return { busyMs: busy / 1000, shares };
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

export async function profilePairs(
  databaseUrl: string,
  accounts: BenchAccount[],
  s: { connections: number; seconds: number; warmupSeconds: number },
  /** Fills what the server keeps in memory per workspace, as in the measured run, before the warm-up. */
  warm: (url: string) => Promise<void> = async () => undefined,
): Promise<PairProfile> {
  const dir = mkdtempSync(join(tmpdir(), 'hero-bench-prof-'));
  try {
    const child = spawn(
      process.execPath,
      ['--cpu-prof', `--cpu-prof-dir=${dir}`, '-r', '@swc-node/register', 'src/main.ts'],
      {
        cwd: join(__dirname, '..', '..', '..', 'server'),
        // As spawnServer starts it.
        env: {
          ...process.env,
          NODE_ENV: 'test',
          PORT: '0',
          LOG_LEVEL: 'warn',
          DATABASE_URL: databaseUrl,
          SERVE_CLIENT: 'false',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        try {
          const msg = JSON.parse(line) as { event?: string; url?: string };
          if (msg.event === 'listening' && msg.url) resolve(msg.url);
        } catch {
          // a log line
        }
      });
      child.once('exit', (code) => reject(new Error(`profiled server exited with ${code}`)));
    });
    const pick = () => accounts[Math.floor(Math.random() * accounts.length)]!;
    await warm(url);
    await runPairs(url, pick, { connections: s.connections, seconds: s.warmupSeconds });
    const from = nowUs();
    const run = await runPairs(url, pick, s);
    const to = nowUs();
    child.kill('SIGTERM');
    await exited;
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('the profiled server wrote no profile');
    // BENCH_PROFILE_OUT=file.cpuprofile keeps the profile (open it in Chrome's DevTools, Performance tab).
    if (process.env.BENCH_PROFILE_OUT) copyFileSync(join(dir, file), process.env.BENCH_PROFILE_OUT);
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    return { ...breakdown(profile, from, to), pairs: run.counts.settles, seconds: run.result.duration };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
