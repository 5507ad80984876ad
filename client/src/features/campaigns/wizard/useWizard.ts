import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { getFragmentData, graphql } from '../../../gql';
import type { CampaignAiInput } from '../../../gql/graphql';
import { formatMoney, parseMoney } from '../../../lib/format';
import { errorMessage } from '../../../lib/errors';
import { newIdempotencyKey } from '../../../lib/ids';
import { useAdCurrency } from '../../../lib/useAdCurrency';
import { useRunFeedback } from '../../feature-access/useRunFeedback';
import {
  CampaignFields,
  CreateDraft,
  GenerateAdCopy,
  GenerateSitelinks,
  LaunchCampaign,
  ResearchKeywords,
  UpdateDraft,
  type MaskedCampaign,
  type MaskedCharge,
} from './documents';
import { lines, MAX_DAILY_BUDGET, toForm, type Campaign, type Form } from './form';

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

/** Lists and counts that a new or launched campaign changes are dropped from the cache and refetched when next shown. */
const forgetLists = (cache: ApolloCache) => {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'campaigns' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'dashboard' });
  cache.gc();
};

export type AiRun = 'Ad copy' | 'Sitelinks' | 'Keywords';

/**
 * The wizard's state and actions: the form (following the cached draft while there are no unsaved edits),
 * saving (creating the draft the first time), the three AI runs and the launch, each saving first.
 */
export function useWizard(campaign: Campaign | null, onCreated: (id: string) => void) {
  const navigate = useNavigate();
  const options = useQuery(OptionsQuery);
  const currencyOf = useAdCurrency();
  const [form, setForm] = useState<Form>(() => toForm(campaign, currencyOf(campaign?.adAccountId)));
  const [dirty, setDirty] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [instructions, setInstructions] = useState('');
  const [running, setRunning] = useState<AiRun | 'launch' | null>(null);
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

  const currency = currencyOf(form.adAccountId || null);
  const budgetCents = parseMoney(form.budget, currency);
  const valid = form.name.trim().length > 0 && budgetCents !== null && budgetCents <= MAX_DAILY_BUDGET;

  // The draft lives in the Apollo cache (every save and AI run updates it there); the form follows it
  // whenever there are no unsaved edits.
  const updatedAt = campaign?.updatedAt;
  useEffect(() => {
    if (campaign && !dirty) setForm(toForm(campaign, currencyOf(campaign.adAccountId)));
    // Only a new server version resets the form (not every keystroke's re-render).
  }, [updatedAt]);

  const apply = (masked: MaskedCampaign) => {
    const c = getFragmentData(CampaignFields, masked);
    setForm(toForm(c, currencyOf(c.adAccountId)));
    setDirty(false);
    return c;
  };

  /** Saves the form (creating the draft the first time) and returns the draft's id. */
  const save = async (): Promise<string | null> => {
    if (!valid || budgetCents === null) {
      const max = formatMoney(MAX_DAILY_BUDGET, currency, { whole: true });
      setSaveError(`Give the campaign a name and a daily budget up to ${max}.`);
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
      const input = {
        id: campaign.id,
        ...common,
        headlines: lines(form.headlines),
        descriptions: lines(form.descriptions),
        keywords: lines(form.keywords),
      };
      const { data } = await updateDraft({ variables: { input } });
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
    name: AiRun,
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
        succeeded(`${name} ready`, result.charge);
      }
    } catch (e) {
      failed(e);
    } finally {
      setRunning(null);
    }
  };

  const runs: Record<AiRun, () => void> = {
    'Ad copy': () =>
      void runAi('Ad copy', async (input) => (await adCopy({ variables: { input } })).data?.generateAdCopy),
    Sitelinks: () =>
      void runAi('Sitelinks', async (input) => (await sitelinks({ variables: { input } })).data?.generateSitelinks),
    Keywords: () =>
      void runAi('Keywords', async (input) => (await keywords({ variables: { input } })).data?.researchKeywords),
  };

  const onLaunch = async () => {
    setRunning('launch');
    try {
      const draftId = await save();
      if (!draftId) return;
      const { data } = await launch({ variables: { input: { draftId, idempotencyKey: newIdempotencyKey() } } });
      if (data) {
        succeeded('Campaign created', data.launchCampaign.charge);
        void navigate(`/campaigns/${data.launchCampaign.campaign.id}`);
      }
    } catch (e) {
      failed(e);
    } finally {
      setRunning(null);
    }
  };

  const saving = creating.loading || updating.loading;
  return {
    campaign,
    options: options.data,
    form,
    set,
    dirty,
    currency,
    budgetCents,
    valid,
    saveError,
    saving,
    instructions,
    setInstructions,
    running,
    busy: running !== null || saving,
    feedback,
    onSave,
    runs,
    onLaunch,
  };
}

export type WizardState = ReturnType<typeof useWizard>;
