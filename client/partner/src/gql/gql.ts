/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PartnerBalance {\n    balance {\n      available\n      planAllocation\n      purchased\n      reserved\n      deficit\n      outOfCredits\n      renewsAt\n      version\n    }\n  }\n": typeof types.PartnerBalanceDocument,
    "\n  query PartnerHistory($first: Int, $after: String, $filter: TransactionFilter) {\n    transactions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          type\n          amount\n          charged\n          reservedChange\n          deficitChange\n          description\n          feature\n          actorKind\n          holdId\n          createdAt\n          splits {\n            grantId\n            grantLabel\n            grantSource\n            amount\n          }\n          details {\n            inputTokens\n            outputTokens\n            rateCardVersion\n            prorationFraction\n            json\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PartnerHistoryDocument,
    "\n  fragment PartnerHoldFields on Hold {\n    id\n    amount\n    charged\n    status\n    feature\n    description\n    expiresAt\n    createdAt\n  }\n": typeof types.PartnerHoldFieldsFragmentDoc,
    "\n  query PartnerHold($id: ID!) {\n    hold(id: $id) {\n      ...PartnerHoldFields\n    }\n  }\n": typeof types.PartnerHoldDocument,
    "\n  mutation PartnerReserve($input: ReserveCreditsInput!) {\n    reserveCredits(input: $input) {\n      ...PartnerHoldFields\n    }\n  }\n": typeof types.PartnerReserveDocument,
    "\n  mutation PartnerSettle($input: SettleHoldInput!) {\n    settleHold(input: $input) {\n      ...PartnerHoldFields\n    }\n  }\n": typeof types.PartnerSettleDocument,
    "\n  mutation PartnerRelease($input: ReleaseHoldInput!) {\n    releaseHold(input: $input) {\n      ...PartnerHoldFields\n    }\n  }\n": typeof types.PartnerReleaseDocument,
    "\n  query PartnerUsage($range: UsageRange!, $granularity: UsageGranularity) {\n    usage(range: $range, granularity: $granularity) {\n      from\n      to\n      granularity\n      timeZone\n      total\n      buckets {\n        start\n        end\n        total\n        features {\n          feature\n          credits\n          charges\n          inputTokens\n          outputTokens\n        }\n      }\n      features {\n        feature\n        credits\n        charges\n        inputTokens\n        outputTokens\n      }\n    }\n  }\n": typeof types.PartnerUsageDocument,
    "\n  query PartnerForecast($windowDays: Int) {\n    forecast(windowDays: $windowDays) {\n      windowDays\n      windowStart\n      spent\n      charges\n      burnPerDay\n      available\n      runsOutAt\n      daysUntilEmpty\n      renewsAt\n      planAllocation\n      allocationRunsOutAt\n      allocationRunsOutBeforeRenewal\n      allocationExpiringUnused\n    }\n  }\n": typeof types.PartnerForecastDocument,
    "\n  query PartnerEvents($after: Int, $first: Int) {\n    events(after: $after, first: $first) {\n      nodes {\n        id\n        sequence\n        type\n        data\n        createdAt\n      }\n      hasMore\n      lastSequence\n    }\n  }\n": typeof types.PartnerEventsDocument,
};
const documents: Documents = {
    "\n  query PartnerBalance {\n    balance {\n      available\n      planAllocation\n      purchased\n      reserved\n      deficit\n      outOfCredits\n      renewsAt\n      version\n    }\n  }\n": types.PartnerBalanceDocument,
    "\n  query PartnerHistory($first: Int, $after: String, $filter: TransactionFilter) {\n    transactions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          type\n          amount\n          charged\n          reservedChange\n          deficitChange\n          description\n          feature\n          actorKind\n          holdId\n          createdAt\n          splits {\n            grantId\n            grantLabel\n            grantSource\n            amount\n          }\n          details {\n            inputTokens\n            outputTokens\n            rateCardVersion\n            prorationFraction\n            json\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PartnerHistoryDocument,
    "\n  fragment PartnerHoldFields on Hold {\n    id\n    amount\n    charged\n    status\n    feature\n    description\n    expiresAt\n    createdAt\n  }\n": types.PartnerHoldFieldsFragmentDoc,
    "\n  query PartnerHold($id: ID!) {\n    hold(id: $id) {\n      ...PartnerHoldFields\n    }\n  }\n": types.PartnerHoldDocument,
    "\n  mutation PartnerReserve($input: ReserveCreditsInput!) {\n    reserveCredits(input: $input) {\n      ...PartnerHoldFields\n    }\n  }\n": types.PartnerReserveDocument,
    "\n  mutation PartnerSettle($input: SettleHoldInput!) {\n    settleHold(input: $input) {\n      ...PartnerHoldFields\n    }\n  }\n": types.PartnerSettleDocument,
    "\n  mutation PartnerRelease($input: ReleaseHoldInput!) {\n    releaseHold(input: $input) {\n      ...PartnerHoldFields\n    }\n  }\n": types.PartnerReleaseDocument,
    "\n  query PartnerUsage($range: UsageRange!, $granularity: UsageGranularity) {\n    usage(range: $range, granularity: $granularity) {\n      from\n      to\n      granularity\n      timeZone\n      total\n      buckets {\n        start\n        end\n        total\n        features {\n          feature\n          credits\n          charges\n          inputTokens\n          outputTokens\n        }\n      }\n      features {\n        feature\n        credits\n        charges\n        inputTokens\n        outputTokens\n      }\n    }\n  }\n": types.PartnerUsageDocument,
    "\n  query PartnerForecast($windowDays: Int) {\n    forecast(windowDays: $windowDays) {\n      windowDays\n      windowStart\n      spent\n      charges\n      burnPerDay\n      available\n      runsOutAt\n      daysUntilEmpty\n      renewsAt\n      planAllocation\n      allocationRunsOutAt\n      allocationRunsOutBeforeRenewal\n      allocationExpiringUnused\n    }\n  }\n": types.PartnerForecastDocument,
    "\n  query PartnerEvents($after: Int, $first: Int) {\n    events(after: $after, first: $first) {\n      nodes {\n        id\n        sequence\n        type\n        data\n        createdAt\n      }\n      hasMore\n      lastSequence\n    }\n  }\n": types.PartnerEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerBalance {\n    balance {\n      available\n      planAllocation\n      purchased\n      reserved\n      deficit\n      outOfCredits\n      renewsAt\n      version\n    }\n  }\n"): typeof import('./graphql').PartnerBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerHistory($first: Int, $after: String, $filter: TransactionFilter) {\n    transactions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          type\n          amount\n          charged\n          reservedChange\n          deficitChange\n          description\n          feature\n          actorKind\n          holdId\n          createdAt\n          splits {\n            grantId\n            grantLabel\n            grantSource\n            amount\n          }\n          details {\n            inputTokens\n            outputTokens\n            rateCardVersion\n            prorationFraction\n            json\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerHoldFields on Hold {\n    id\n    amount\n    charged\n    status\n    feature\n    description\n    expiresAt\n    createdAt\n  }\n"): typeof import('./graphql').PartnerHoldFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerHold($id: ID!) {\n    hold(id: $id) {\n      ...PartnerHoldFields\n    }\n  }\n"): typeof import('./graphql').PartnerHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerReserve($input: ReserveCreditsInput!) {\n    reserveCredits(input: $input) {\n      ...PartnerHoldFields\n    }\n  }\n"): typeof import('./graphql').PartnerReserveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerSettle($input: SettleHoldInput!) {\n    settleHold(input: $input) {\n      ...PartnerHoldFields\n    }\n  }\n"): typeof import('./graphql').PartnerSettleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerRelease($input: ReleaseHoldInput!) {\n    releaseHold(input: $input) {\n      ...PartnerHoldFields\n    }\n  }\n"): typeof import('./graphql').PartnerReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerUsage($range: UsageRange!, $granularity: UsageGranularity) {\n    usage(range: $range, granularity: $granularity) {\n      from\n      to\n      granularity\n      timeZone\n      total\n      buckets {\n        start\n        end\n        total\n        features {\n          feature\n          credits\n          charges\n          inputTokens\n          outputTokens\n        }\n      }\n      features {\n        feature\n        credits\n        charges\n        inputTokens\n        outputTokens\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerForecast($windowDays: Int) {\n    forecast(windowDays: $windowDays) {\n      windowDays\n      windowStart\n      spent\n      charges\n      burnPerDay\n      available\n      runsOutAt\n      daysUntilEmpty\n      renewsAt\n      planAllocation\n      allocationRunsOutAt\n      allocationRunsOutBeforeRenewal\n      allocationExpiringUnused\n    }\n  }\n"): typeof import('./graphql').PartnerForecastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerEvents($after: Int, $first: Int) {\n    events(after: $after, first: $first) {\n      nodes {\n        id\n        sequence\n        type\n        data\n        createdAt\n      }\n      hasMore\n      lastSequence\n    }\n  }\n"): typeof import('./graphql').PartnerEventsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
