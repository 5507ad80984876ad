import { formatReport, verify, type VerifyOptions, type VerifyReport } from '@hero/server/src/audit';
import type { RunningServer } from '@hero/server/src/assemble';

/**
 * The independent auditor over a test server's database and its local Stripe, once every webhook in
 * flight and every auto top-up check has been answered (what the ledger must hold depends on them).
 */
export async function auditLedger(server: RunningServer, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const local = server.services.stripe?.local;
  for (let i = 0; i < 2; i++) {
    await local?.controls.flush();
    await server.services.autoTopUp.idle();
  }
  return verify(server.services.orm, server.services.stripe?.stripe ?? null, server.services.config, {
    now: server.services.clock.now(),
    ...opts,
  });
}

/** Fails with every difference in words when the ledger and the auditor disagree anywhere; `where` leads the message. */
export async function expectLedgerAudited(
  server: RunningServer,
  opts: VerifyOptions = {},
  where = 'The independent auditor disagrees with the ledger',
): Promise<VerifyReport> {
  const report = await auditLedger(server, opts);
  if (report.differences > 0) {
    const failing = { ...report, workspaces: report.workspaces.filter((w) => w.differences.length) };
    throw new Error(`${where}:\n${formatReport(failing).join('\n')}`);
  }
  return report;
}
