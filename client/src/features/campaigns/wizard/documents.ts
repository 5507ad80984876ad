import { graphql, type FragmentType } from '../../../gql';

/** Everything the wizard edits and shows about a draft: one fragment, spread by every operation below. */
export const CampaignFields = graphql(`
  fragment CampaignWizard_campaign on Campaign {
    id
    name
    status
    goal
    brief
    locations
    dailyBudgetCents
    productId
    adAccountId
    updatedAt
    adCopy {
      headlines
      descriptions
    }
    sitelinks {
      text
      url
      description1
      description2
    }
    keywords {
      text
      matchType
      monthlySearches
    }
  }
`);

export type MaskedCampaign = FragmentType<typeof CampaignFields>;
export type { ChargeRef as MaskedCharge } from '../../feature-access/useRunFeedback';

export const DraftQuery = graphql(`
  query CampaignWizardDraft($id: ID!) {
    campaign(id: $id) {
      ...CampaignWizard_campaign
    }
  }
`);

export const CreateDraft = graphql(`
  mutation CreateCampaignDraft($input: CreateCampaignDraftInput!) {
    createCampaignDraft(input: $input) {
      ...CampaignWizard_campaign
    }
  }
`);

export const UpdateDraft = graphql(`
  mutation UpdateCampaignDraft($input: UpdateCampaignDraftInput!) {
    updateCampaignDraft(input: $input) {
      ...CampaignWizard_campaign
    }
  }
`);

export const GenerateAdCopy = graphql(`
  mutation GenerateAdCopy($input: CampaignAiInput!) {
    generateAdCopy(input: $input) {
      campaign {
        ...CampaignWizard_campaign
      }
      charge {
        ...RunFeedback_charge
      }
    }
  }
`);

export const GenerateSitelinks = graphql(`
  mutation GenerateSitelinks($input: CampaignAiInput!) {
    generateSitelinks(input: $input) {
      campaign {
        ...CampaignWizard_campaign
      }
      charge {
        ...RunFeedback_charge
      }
    }
  }
`);

export const ResearchKeywords = graphql(`
  mutation ResearchKeywords($input: CampaignAiInput!) {
    researchKeywords(input: $input) {
      campaign {
        ...CampaignWizard_campaign
      }
      charge {
        ...RunFeedback_charge
      }
    }
  }
`);

export const LaunchCampaign = graphql(`
  mutation LaunchCampaign($input: LaunchCampaignInput!) {
    launchCampaign(input: $input) {
      campaign {
        id
        status
        launchedAt
      }
      charge {
        ...RunFeedback_charge
      }
    }
  }
`);
