import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { toMicroOrNull } from '../../lib/credits';
import { formatCredits } from '../../lib/format';
import { apiError, errorMessage } from '../../lib/errors';
import { refetchActive } from '../../lib/refetch';

/** What a metered run cost: every mutation that runs a metered feature answers with it, for the feedback line. */
export const RunChargeFragment = graphql(`
  fragment RunFeedback_charge on MeteredChargeInfo {
    charged
    held
    replayed
  }
`);

export type ChargeRef = FragmentType<typeof RunChargeFragment>;

export interface ChargeLike {
  charged: string;
  held: string;
  replayed: boolean;
}

export interface Feedback {
  tone: 'success' | 'error';
  text: string;
}

/** What a metered run cost, in words: "Ad copy ready · 0.12 credits (0.40 was reserved, the rest went back)". */
export function chargeSentence(what: string, charge: ChargeLike): string {
  const charged = toMicroOrNull(charge.charged) ?? 0;
  const held = toMicroOrNull(charge.held) ?? 0;
  if (charge.replayed) return `${what} (already done, nothing charged again)`;
  const back = held > charged ? ` (${formatCredits(held, { round: 'need' })} was reserved, the rest went back)` : '';
  return `${what} · ${formatCredits(charged)} credits${back}`;
}

/**
 * Feedback for metered actions. A refusal for credits opens the out-of-credits screen by itself (Apollo error
 * link), so here it only gets a short line; other errors are shown in words.
 */
export function useRunFeedback() {
  const client = useApolloClient();
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const succeeded = useCallback(
    (what: string, ref: ChargeRef | null | undefined) => {
      const charge = getFragmentData(RunChargeFragment, ref);
      setFeedback({ tone: 'success', text: charge ? chargeSentence(what, charge) : what });
      // The live subscription pushes the new balance; this covers a socket that is down.
      refetchActive(client, ['SidebarBalance']);
    },
    [client],
  );

  const failed = useCallback((error: unknown) => {
    const info = apiError(error);
    setFeedback({
      tone: 'error',
      text:
        info?.code === 'INSUFFICIENT_CREDITS'
          ? "Not enough credits for this. It didn't start and nothing was charged."
          : errorMessage(error),
    });
  }, []);

  return { feedback, succeeded, failed, clear: useCallback(() => setFeedback(null), []) };
}

export function FeedbackLine({ feedback }: { feedback: Feedback | null }) {
  if (!feedback) return null;
  return (
    <p
      className={`notice ${feedback.tone === 'success' ? 'notice-success' : 'notice-danger'} small`}
      role={feedback.tone === 'success' ? 'status' : 'alert'}
    >
      {feedback.text}
    </p>
  );
}
