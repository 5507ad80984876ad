/** The independent auditor of the credit ledger: shares no code with the ledger it checks. */
export {
  verify,
  formatReport,
  type VerifyReport,
  type VerifyOptions,
  type CallerFacts,
  type AuditConfig,
} from './verify';
export { auditWorkspace, type WorkspaceReport } from './audit';
export type { GrantFact, AdjustmentFact, WorkspaceFacts, WorkspaceInput } from './facts';
export { credits } from './words';
