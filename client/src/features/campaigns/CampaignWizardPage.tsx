import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { CampaignAiInput, CampaignGoal, CampaignWizard_CampaignFragment } from '../../gql/graphql';
import { centsToInput, formatMoney, parseMoneyToCents } from '../../lib/credits';
import { fromNow } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/ids';
import { ErrorState, PageHeader, PageSkeleton } from '../../ui/States';
import { MeteredButton } from '../feature-access/MeteredButton';
import { FeedbackLine, useRunFeedback } from '../feature-access/useRunFeedback';
import { GOAL_LABELS, PLATFORM_LABELS } from './labels';

const CampaignFields = graphql(`
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

const DraftQuery = graphql(`
  query CampaignWizardDraft($id: ID!) {
    campaign(id: $id) {
      ...CampaignWizard_campaign
    }
  }
`);

const OptionsQuery = graphql(`
  query CampaignWizardOptions {
    products {
      id
      name
      active
    }
    adAccounts {
      id
      name
      platform
      active
    }
  }
`);

const CreateDraft = graphql(`
  mutation CreateCampaignDraft($input: CreateCampaignDraftInput!) {
    createCampaignDraft(input: $input) {
      ...CampaignWizard_campaign
    }
  }
`);

const UpdateDraft = graphql(`
  mutation UpdateCampaignDraft($input: UpdateCampaignDraftInput!) {
    updateCampaignDraft(input: $input) {
      ...CampaignWizard_campaign
    }
  }
`);

const ChargeFields = graphql(`
  fragment CampaignWizard_charge on MeteredChargeInfo {
    charged
    held
    replayed
    description
  }
`);

const GenerateAdCopy = graphql(`
  mutation GenerateAdCopy($input: CampaignAiInput!) {
    generateAdCopy(input: $input) {
      campaign {
        ...CampaignWizard_campaign
      }
      charge {
        ...CampaignWizard_charge
      }
    }
  }
`);

const GenerateSitelinks = graphql(`
  mutation GenerateSitelinks($input: CampaignAiInput!) {
    generateSitelinks(input: $input) {
      campaign {
        ...CampaignWizard_campaign
      }
      charge {
        ...CampaignWizard_charge
      }
    }
  }
`);

const ResearchKeywords = graphql(`
  mutation ResearchKeywords($input: CampaignAiInput!) {
    researchKeywords(input: $input) {
      campaign {
        ...CampaignWizard_campaign
      }
      charge {
        ...CampaignWizard_charge
      }
    }
  }
`);

const LaunchCampaign = graphql(`
  mutation LaunchCampaign($input: LaunchCampaignInput!) {
    launchCampaign(input: $input) {
      campaign {
        id
        status
        launchedAt
      }
      charge {
        ...CampaignWizard_charge
      }
    }
  }
`);

type Campaign = CampaignWizard_CampaignFragment;
type MaskedCampaign = FragmentType<typeof CampaignFields>;
type MaskedCharge = FragmentType<typeof ChargeFields>;

interface Form {
  name: string;
  goal: CampaignGoal;
  productId: string;
  adAccountId: string;
  budget: string;
  locations: string;
  brief: string;
  headlines: string;
  descriptions: string;
  keywords: string;
}

const EMPTY: Form = {
  name: '',
  goal: 'SALES',
  productId: '',
  adAccountId: '',
  budget: '25',
  locations: '',
  brief: '',
  headlines: '',
  descriptions: '',
  keywords: '',
};

/** Lists and counts that a new or launched campaign changes are dropped from the cache and refetched when next shown. */
const forgetLists = (cache: ApolloCache) => {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'campaigns' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'dashboard' });
  cache.gc();
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * /campaigns/new and /campaigns/:id/edit. Everything here stays editable without credits; only the AI
 * buttons and the final "Create campaign" are metered, each pre-checked and disabled with its reason.
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

function toForm(c: Campaign | null): Form {
  if (!c) return EMPTY;
  return {
    name: c.name,
    goal: c.goal,
    productId: c.productId ?? '',
    adAccountId: c.adAccountId ?? '',
    budget: centsToInput(c.dailyBudgetCents),
    locations: c.locations,
    brief: c.brief,
    headlines: c.adCopy?.headlines.join('\n') ?? '',
    descriptions: c.adCopy?.descriptions.join('\n') ?? '',
    keywords: c.keywords.map((k) => k.text).join('\n'),
  };
}

function Wizard({ campaign, onCreated }: { campaign: Campaign | null; onCreated: (id: string) => void }) {
  const navigate = useNavigate();
  const options = useQuery(OptionsQuery);
  const [form, setForm] = useState<Form>(() => toForm(campaign));
  const [dirty, setDirty] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [instructions, setInstructions] = useState('');
  const [running, setRunning] = useState<string | null>(null);
  const { feedback, succeeded, failed } = useRunFeedback();

  const [createDraft, creating] = useMutation(CreateDraft, { update: forgetLists });
  const [updateDraft, updating] = useMutation(UpdateDraft);
  const [adCopy] = useMutation(GenerateAdCopy);
  const [sitelinks] = useMutation(GenerateSitelinks);
  const [keywords] = useMutation(ResearchKeywords);
  const [launch] = useMutation(LaunchCampaign, { update: forgetLists });

  // Preselect the active product and ad account for a new campaign.
  useEffect(() => {
    if (campaign || !options.data) return;
    setForm((f) => ({
      ...f,
      productId: f.productId || options.data?.products.find((p) => p.active)?.id || '',
      adAccountId: f.adAccountId || options.data?.adAccounts.find((a) => a.active)?.id || '',
    }));
  }, [options.data, campaign]);

  const set =
    (key: keyof Form) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      setForm((f) => ({ ...f, [key]: e.target.value }));
      setDirty(true);
    };

  const budgetCents = parseMoneyToCents(form.budget);
  const valid = form.name.trim().length > 0 && budgetCents !== null && budgetCents <= 1_000_000;

  // The draft lives in the Apollo cache (every save and AI run updates it there); the form follows it
  // whenever there are no unsaved edits.
  const updatedAt = campaign?.updatedAt;
  useEffect(() => {
    if (campaign && !dirty) setForm(toForm(campaign));
    // Only a new server version resets the form (not every keystroke's re-render).
  }, [updatedAt]);

  const apply = (masked: MaskedCampaign) => {
    const c = getFragmentData(CampaignFields, masked);
    setForm(toForm(c));
    setDirty(false);
    return c;
  };

  /** Saves the form (creating the draft the first time) and returns the draft's id. */
  const save = async (): Promise<string | null> => {
    if (!valid || budgetCents === null) {
      setSaveError('Give the campaign a name and a daily budget up to $10,000.');
      return null;
    }
    setSaveError(null);
    const common = {
      name: form.name.trim(),
      goal: form.goal,
      productId: form.productId || null,
      adAccountId: form.adAccountId || null,
      dailyBudgetCents: budgetCents,
      locations: form.locations.trim(),
      brief: form.brief.trim(),
    };
    try {
      if (!campaign) {
        const { data } = await createDraft({ variables: { input: common } });
        if (!data) return null;
        const created = apply(data.createCampaignDraft);
        onCreated(created.id);
        void navigate(`/campaigns/${created.id}/edit`, { replace: true });
        return created.id;
      }
      if (!dirty) return campaign.id;
      const { data } = await updateDraft({
        variables: {
          input: {
            id: campaign.id,
            ...common,
            headlines: lines(form.headlines),
            descriptions: lines(form.descriptions),
            keywords: lines(form.keywords),
          },
        },
      });
      if (data) apply(data.updateCampaignDraft);
      return campaign.id;
    } catch (e) {
      setSaveError(errorMessage(e));
      return null;
    }
  };

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    await save();
  };

  const runAi = async (
    name: string,
    run: (input: CampaignAiInput) => Promise<{ campaign: MaskedCampaign; charge: MaskedCharge } | undefined>,
  ) => {
    setRunning(name);
    try {
      const draftId = await save();
      if (!draftId) return;
      // A fresh key per click: each regeneration is a new, separately charged run.
      const result = await run({
        draftId,
        idempotencyKey: newIdempotencyKey(),
        instructions: instructions.trim() || null,
      });
      if (result) {
        apply(result.campaign);
        succeeded(`${name} ready`, getFragmentData(ChargeFields, result.charge));
      }
    } catch (e) {
      failed(e);
    } finally {
      setRunning(null);
    }
  };

  const onLaunch = async () => {
    setRunning('launch');
    try {
      const draftId = await save();
      if (!draftId) return;
      const { data } = await launch({ variables: { input: { draftId, idempotencyKey: newIdempotencyKey() } } });
      if (data) {
        succeeded('Campaign created', getFragmentData(ChargeFields, data.launchCampaign.charge));
        void navigate(`/campaigns/${data.launchCampaign.campaign.id}`);
      }
    } catch (e) {
      failed(e);
    } finally {
      setRunning(null);
    }
  };

  const hasAdCopy = Boolean(
    campaign?.adCopy && (campaign.adCopy.headlines.length || campaign.adCopy.descriptions.length),
  );
  const hasSitelinks = (campaign?.sitelinks.length ?? 0) > 0;
  const hasKeywords = (campaign?.keywords.length ?? 0) > 0;
  const busy = running !== null || creating.loading || updating.loading;

  return (
    <div className="stack-lg">
      <PageHeader
        title={campaign ? form.name || 'Untitled draft' : 'New campaign'}
        description={
          campaign
            ? `Draft · saved ${fromNow(campaign.updatedAt)}${dirty ? ' · unsaved changes' : ''}`
            : 'Describe what you advertise; AI writes the ads, sitelinks and keywords.'
        }
        actions={
          <Link className="btn" to="/campaigns/drafts">
            All drafts
          </Link>
        }
      />

      <form className="card stack" onSubmit={onSave} aria-labelledby="basics-title">
        <h2 id="basics-title">1. Basics</h2>
        <div className="grid-2">
          <label className="field">
            <span>Campaign name</span>
            <input
              className="input"
              value={form.name}
              onChange={set('name')}
              maxLength={120}
              required
              placeholder="Winter sale"
            />
          </label>
          <label className="field">
            <span>Goal</span>
            <select className="select" value={form.goal} onChange={set('goal')}>
              {Object.entries(GOAL_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Product</span>
            <select className="select" value={form.productId} onChange={set('productId')}>
              <option value="">No product</option>
              {options.data?.products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Ad account</span>
            <select className="select" value={form.adAccountId} onChange={set('adAccountId')}>
              <option value="">No ad account</option>
              {options.data?.adAccounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({PLATFORM_LABELS[a.platform] ?? a.platform})
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Daily budget (USD)</span>
            <input
              className="input"
              inputMode="decimal"
              value={form.budget}
              onChange={set('budget')}
              aria-invalid={budgetCents === null || undefined}
            />
            {budgetCents !== null && (
              <small className="muted small">{formatMoney(budgetCents * 30)} over 30 days</small>
            )}
          </label>
          <label className="field">
            <span>Locations</span>
            <input
              className="input"
              value={form.locations}
              onChange={set('locations')}
              placeholder="United States, Canada"
            />
          </label>
        </div>
        <label className="field">
          <span>Brief</span>
          <textarea
            className="textarea"
            value={form.brief}
            onChange={set('brief')}
            maxLength={4000}
            placeholder="Who it's for, what makes it different, the offer…"
          />
        </label>
        {saveError && (
          <p className="form-error" role="alert">
            {saveError}
          </p>
        )}
        <div className="row">
          <button
            type="submit"
            className="btn"
            disabled={busy || (!dirty && Boolean(campaign))}
            data-testid="save-draft"
          >
            {creating.loading || updating.loading
              ? 'Saving…'
              : campaign
                ? dirty
                  ? 'Save draft'
                  : 'Saved'
                : 'Save draft'}
          </button>
          <span className="muted small">Drafts never cost credits and stay editable at any balance.</span>
        </div>
      </form>

      <section className="card stack" aria-labelledby="ai-title">
        <div className="card-header" style={{ marginBottom: 0 }}>
          <div>
            <h2 id="ai-title">2. AI assets</h2>
            <p>Each run checks your credits before it starts and is never cut off half-way.</p>
          </div>
        </div>
        <label className="field">
          <span>Guidance for the AI (optional)</span>
          <input
            className="input"
            value={instructions}
            onChange={(e) => setInstructions(e.target.value)}
            maxLength={4000}
            placeholder="Friendly tone, mention free shipping"
          />
        </label>

        <div className="grid-3" style={{ alignItems: 'start' }}>
          <div className="stack">
            <h3>Ad copy</h3>
            <MeteredButton
              feature="ad_copy"
              className="btn btn-primary"
              data-testid={hasAdCopy ? 'ai-regenerate-ad-copy' : 'ai-ad-copy'}
              busy={running === 'Ad copy'}
              disabled={busy}
              showCost
              onClick={() =>
                void runAi('Ad copy', async (input) => (await adCopy({ variables: { input } })).data?.generateAdCopy)
              }
            >
              {running === 'Ad copy' ? 'Writing…' : hasAdCopy ? 'Regenerate ad copy' : 'Generate ad copy'}
            </MeteredButton>
            <label className="field">
              <span>Headlines (one per line, ≤ 30 characters)</span>
              <textarea className="textarea" value={form.headlines} onChange={set('headlines')} disabled={!campaign} />
            </label>
            <label className="field">
              <span>Descriptions (one per line, ≤ 90 characters)</span>
              <textarea
                className="textarea"
                value={form.descriptions}
                onChange={set('descriptions')}
                disabled={!campaign}
              />
            </label>
          </div>
          <div className="stack">
            <h3>Sitelinks</h3>
            <MeteredButton
              feature="sitelinks"
              className="btn btn-primary"
              data-testid={hasSitelinks ? 'ai-regenerate-sitelinks' : 'ai-sitelinks'}
              busy={running === 'Sitelinks'}
              disabled={busy}
              showCost
              onClick={() =>
                void runAi(
                  'Sitelinks',
                  async (input) => (await sitelinks({ variables: { input } })).data?.generateSitelinks,
                )
              }
            >
              {running === 'Sitelinks' ? 'Writing…' : hasSitelinks ? 'Regenerate sitelinks' : 'Generate sitelinks'}
            </MeteredButton>
            {hasSitelinks ? (
              <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0, gap: 8 }}>
                {campaign?.sitelinks.map((s) => (
                  <li key={s.text} className="card card-tight" style={{ padding: 10 }}>
                    <strong>{s.text}</strong>
                    <div className="small muted">{s.url}</div>
                    <div className="small">
                      {s.description1} {s.description2}
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted small">Links to key pages under your ad.</p>
            )}
          </div>
          <div className="stack">
            <h3>Keywords</h3>
            <MeteredButton
              feature="keyword_research"
              className="btn btn-primary"
              data-testid={hasKeywords ? 'ai-regenerate-keywords' : 'ai-keywords'}
              busy={running === 'Keywords'}
              disabled={busy}
              showCost
              onClick={() =>
                void runAi(
                  'Keywords',
                  async (input) => (await keywords({ variables: { input } })).data?.researchKeywords,
                )
              }
            >
              {running === 'Keywords' ? 'Researching…' : hasKeywords ? 'Redo keyword research' : 'Research keywords'}
            </MeteredButton>
            <label className="field">
              <span>Keywords (one per line)</span>
              <textarea
                className="textarea"
                style={{ minHeight: 140 }}
                value={form.keywords}
                onChange={set('keywords')}
                disabled={!campaign}
              />
            </label>
          </div>
        </div>
        <FeedbackLine feedback={feedback} />
      </section>

      <section className="card stack" aria-labelledby="launch-title">
        <h2 id="launch-title">3. Create the campaign</h2>
        <p className="muted">
          Creating turns this draft into a live campaign with a launch plan. It&apos;s metered; a typical campaign
          setup, AI assets included, costs 1.5–2 credits.
        </p>
        <div>
          <MeteredButton
            feature="campaign_creation"
            className="btn btn-primary"
            data-testid="create-campaign"
            busy={running === 'launch'}
            disabled={busy || !valid}
            showCost
            onClick={() => void onLaunch()}
          >
            {running === 'launch' ? 'Creating…' : 'Create campaign'}
          </MeteredButton>
        </div>
      </section>
    </div>
  );
}
