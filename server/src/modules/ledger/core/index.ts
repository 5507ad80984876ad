/** Pure ledger core: no I/O, no clock (callers pass `now`), integer micro-credits only. */
export {
  MICRO_PER_CREDIT,
  MAX_CREDITS_INPUT_MICRO,
  LEDGER_LIMIT_MICRO,
  CreditsFormatError,
  parseCredits,
  formatCredits,
  formatCreditsFixed,
  assertSafeMicro,
} from './money';
export type {
  GrantSource,
  GrantState,
  Split,
  HoldStatus,
  HoldState,
  AccountState,
  EntryType,
  EntryDraft,
  LedgerError,
  Decision,
} from './types';
export { burnOrder, takeInBurnOrder, isUnexpired } from './burn-order';
export { balanceOf, spendableMicro, type Balance } from './balance';
export * from './decide';
export { deficitRepayment } from './deficit';
export { replay, type ReplayResult } from './replay';
export { describeSplits } from './history';
export { LedgerInvariantError } from './apply';
