/** The ledger's decisions: each takes the current state and returns the new state plus the entries to append. */
export { grant, type GrantInput, type NewGrant } from './grant';
export {
  placeHold,
  settleHold,
  releaseHold,
  maxActualMicro,
  DEFAULT_OVERRUN,
  type OverrunPolicy,
  type PlaceHoldInput,
  type SpendLimit,
  type SettleHoldInput,
  type ReleaseHoldInput,
} from './holds';
export { expireGrants } from './expiry';
export { adjust, revokeGrant, type AdjustInput, type RevokeGrantInput } from './adjust';
