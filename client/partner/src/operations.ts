import { graphql } from './gql';

/** The operations the client offers, typed from the schema by GraphQL Code Generator (`pnpm codegen`). */

export const BalanceDocument = graphql(`
  query PartnerBalance {
    balance {
      available
      planAllocation
      purchased
      reserved
      deficit
      outOfCredits
      renewsAt
      version
    }
  }
`);

export const HistoryDocument = graphql(`
  query PartnerHistory($first: Int, $after: String, $filter: TransactionFilter) {
    transactions(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          sequence
          type
          amount
          charged
          reservedChange
          deficitChange
          description
          feature
          actorKind
          holdId
          createdAt
          splits {
            grantId
            grantLabel
            grantSource
            amount
          }
          details {
            inputTokens
            outputTokens
            rateCardVersion
            prorationFraction
            json
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The hold as every hold operation answers it. */
export const PartnerHoldFields = graphql(`
  fragment PartnerHoldFields on Hold {
    id
    amount
    charged
    status
    feature
    description
    expiresAt
    createdAt
  }
`);

export const HoldDocument = graphql(`
  query PartnerHold($id: ID!) {
    hold(id: $id) {
      ...PartnerHoldFields
    }
  }
`);

export const ReserveDocument = graphql(`
  mutation PartnerReserve($input: ReserveCreditsInput!) {
    reserveCredits(input: $input) {
      ...PartnerHoldFields
    }
  }
`);

export const SettleDocument = graphql(`
  mutation PartnerSettle($input: SettleHoldInput!) {
    settleHold(input: $input) {
      ...PartnerHoldFields
    }
  }
`);

export const ReleaseDocument = graphql(`
  mutation PartnerRelease($input: ReleaseHoldInput!) {
    releaseHold(input: $input) {
      ...PartnerHoldFields
    }
  }
`);

export const UsageDocument = graphql(`
  query PartnerUsage($range: UsageRange!, $granularity: UsageGranularity) {
    usage(range: $range, granularity: $granularity) {
      from
      to
      granularity
      timeZone
      total
      buckets {
        start
        end
        total
        features {
          feature
          credits
          charges
          inputTokens
          outputTokens
        }
      }
      features {
        feature
        credits
        charges
        inputTokens
        outputTokens
      }
    }
  }
`);

export const ForecastDocument = graphql(`
  query PartnerForecast($windowDays: Int) {
    forecast(windowDays: $windowDays) {
      windowDays
      windowStart
      spent
      charges
      burnPerDay
      available
      runsOutAt
      daysUntilEmpty
      renewsAt
      planAllocation
      allocationRunsOutAt
      allocationRunsOutBeforeRenewal
      allocationExpiringUnused
    }
  }
`);

export const EventsDocument = graphql(`
  query PartnerEvents($after: Int, $first: Int) {
    events(after: $after, first: $first) {
      nodes {
        id
        sequence
        type
        data
        createdAt
      }
      hasMore
      lastSequence
    }
  }
`);
