import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { getFragmentData } from '../../gql';
import { fromNow } from '../../lib/dates';
import { ErrorState, PageHeader, PageSkeleton } from '../../ui/States';
import { AiAssetsStep } from './wizard/AiAssetsStep';
import { BasicsStep } from './wizard/BasicsStep';
import { CampaignFields, DraftQuery } from './wizard/documents';
import type { Campaign } from './wizard/form';
import { LaunchStep } from './wizard/LaunchStep';
import { useWizard } from './wizard/useWizard';

/**
 * /campaigns/new and /campaigns/:id/edit. Everything here stays editable without credits; only the AI
 * buttons and the final "Create campaign" are metered, each pre-checked and disabled with its reason.
 *
 * The wizard lives in ./wizard: the draft's fragment and operations (documents.ts), the form's shape
 * (form.ts), its state and actions (useWizard.ts), and one component per step.
 */
export default function CampaignWizardPage() {
  const { campaignId } = useParams();
  // The id a new campaign gets when first saved; the URL follows, and the same wizard stays on screen.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const { key } = useLocation();
  useEffect(() => {
    if (!campaignId) setCreatedId(null);
    // A fresh visit to /campaigns/new starts a fresh campaign.
  }, [key, campaignId]);
  const id = campaignId ?? createdId;
  const draft = useQuery(DraftQuery, { variables: { id: id ?? '' }, skip: !id });
  const campaign = draft.data ? getFragmentData(CampaignFields, draft.data.campaign) : null;

  if (id && !campaign) {
    if (draft.loading) return <PageSkeleton />;
    return <ErrorState error={draft.error} onRetry={() => void draft.refetch()} title="Couldn't open this draft" />;
  }
  if (campaign?.status === 'LAUNCHED' && !createdId) return <Navigate to={`/campaigns/${campaign.id}`} replace />;
  return (
    <Wizard
      key={campaignId && campaignId !== createdId ? campaignId : 'wizard'}
      campaign={campaign}
      onCreated={setCreatedId}
    />
  );
}

function Wizard({ campaign, onCreated }: { campaign: Campaign | null; onCreated: (id: string) => void }) {
  const wizard = useWizard(campaign, onCreated);
  return (
    <div className="stack-lg">
      <PageHeader
        title={campaign ? wizard.form.name || 'Untitled draft' : 'New campaign'}
        description={
          campaign
            ? `Draft · saved ${fromNow(campaign.updatedAt)}${wizard.dirty ? ' · unsaved changes' : ''}`
            : 'Describe what you advertise; AI writes the ads, sitelinks and keywords.'
        }
        actions={
          <Link className="btn" to="/campaigns/drafts">
            All drafts
          </Link>
        }
      />
      <BasicsStep wizard={wizard} />
      <AiAssetsStep wizard={wizard} />
      <LaunchStep wizard={wizard} />
    </div>
  );
}
