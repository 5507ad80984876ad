import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time by party, from /proc, so a report can say where a request's time went on a machine whose
 * cores are shared: the server under test (its processes), the plain baseline server, PostgreSQL (the postmaster and
 * its backends, including those that exited, through the postmaster's reaped-children times), the
 * load generator (this process and the pgbench runs it waited for) and everything else on the machine.
 */
export interface CpuParties {
  server: number;
  /** Of `server`, the part spent in the kernel (system calls: sockets, mostly). */
  serverKernel: number;
  plain: number;
  postgres: number;
  loadGenerator: number;
  other: number;
  /** Milliseconds the machine's cores were busy in all, and available in all (cores × wall time). */
  machineBusy: number;
  machineCapacity: number;
}

interface Snapshot {
  server: number;
  serverKernel: number;
  plain: number;
  postgres: number;
  selfCpu: number;
  selfChildren: number;
  busy: number;
  total: number;
}

/** Clock ticks per second of /proc times (USER_HZ); 100 on every Linux build in use. */
const TICK_MS = 10;

interface ProcTimes {
  ppid: number;
  own: number;
  /** Of `own`, the time in the kernel. */
  kernel: number;
  children: number;
}

function procTimes(pid: number | 'self'): ProcTimes | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The name in parentheses may contain spaces; the fields after it are fixed (field 3 = index 0).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ms = (field: number) => Number(fields[field - 3]) * TICK_MS;
  return { ppid: Number(fields[1]), own: ms(14) + ms(15), kernel: ms(15), children: ms(16) + ms(17) };
}

function machineTimes(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  const [, ...values] = line.trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal (guest time is already inside user).
  const ticks = values.slice(0, 8).map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  const idle = ticks[3]! + ticks[4]!;
  return { busy: (total - idle) * TICK_MS, total: total * TICK_MS };
}

export class CpuMeter {
  constructor(
    private readonly pids: { server: () => number | undefined; plain: () => number | undefined },
    private readonly postmasterPidFile: string | undefined,
  ) {}

  private postgres(): number {
    if (!this.postmasterPidFile) return 0;
    let postmaster: number;
    try {
      postmaster = Number(readFileSync(this.postmasterPidFile, 'utf8').split('\n', 1)[0]);
    } catch {
      return 0;
    }
    const main = procTimes(postmaster);
    if (!main) return 0;
    let sum = main.own + main.children;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const t = procTimes(Number(entry));
      if (t && t.ppid === postmaster) sum += t.own;
    }
    return sum;
  }

  /** A process and its children (the server processes of HERO_PROCESSES > 1 are children of the first). */
  private tree(pid: number | undefined): { own: number; kernel: number } {
    const sum = { own: 0, kernel: 0 };
    if (!pid) return sum;
    const add = (t: ProcTimes | null) => {
      sum.own += t?.own ?? 0;
      sum.kernel += t?.kernel ?? 0;
    };
    add(procTimes(pid));
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const t = procTimes(Number(entry));
      if (t && t.ppid === pid) add(t);
    }
    return sum;
  }

  snapshot(): Snapshot {
    const own = (pid: number | undefined) => (pid ? (procTimes(pid)?.own ?? 0) : 0);
    const usage = process.cpuUsage();
    const machine = machineTimes();
    const server = this.tree(this.pids.server());
    return {
      server: server.own,
      serverKernel: server.kernel,
      plain: own(this.pids.plain()),
      postgres: this.postgres(),
      selfCpu: (usage.user + usage.system) / 1000,
      selfChildren: procTimes('self')?.children ?? 0,
      busy: machine.busy,
      total: machine.total,
    };
  }

  since(start: Snapshot): CpuParties {
    const end = this.snapshot();
    const d = (k: keyof Snapshot) => Math.max(0, end[k] - start[k]);
    const loadGenerator = d('selfCpu') + d('selfChildren');
    const ours = d('server') + d('plain') + d('postgres') + loadGenerator;
    return {
      server: d('server'),
      serverKernel: d('serverKernel'),
      plain: d('plain'),
      postgres: d('postgres'),
      loadGenerator,
      other: Math.max(0, d('busy') - ours),
      machineBusy: d('busy'),
      machineCapacity: d('total'),
    };
  }
}
