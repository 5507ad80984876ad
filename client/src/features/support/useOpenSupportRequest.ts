import { useMutation } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql } from '../../gql';
import { newIdempotencyKey } from '../../lib/ids';

const OpenSupportRequestMutation = graphql(`
  mutation OpenSupportRequest($input: OpenSupportRequestInput!) {
    openSupportRequest(input: $input) {
      id
      status
      subject
    }
  }
`);

export interface OpenSupportRequest {
  pending: boolean;
  /** Sends the question; resolves with the new request's id. */
  send: (message: string, entryIds: string[]) => Promise<string>;
}

/**
 * Opens a support request. One idempotency key per question: sending the same text again after a failure
 * reuses it (the server answers the first request, never a second), and changed text is a new question.
 */
export function useOpenSupportRequest(): OpenSupportRequest {
  const [open, { loading }] = useMutation(OpenSupportRequestMutation, {
    // The list, wherever it is cached, is stale now: an open support requests page fetches it again.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'supportRequests' });
      cache.gc();
    },
  });
  const attempt = useRef<{ message: string; key: string } | null>(null);
  return {
    pending: loading,
    send: async (message, entryIds) => {
      if (attempt.current?.message !== message) attempt.current = { message, key: newIdempotencyKey() };
      const { data } = await open({
        variables: { input: { message, entryIds, idempotencyKey: attempt.current.key } },
      });
      if (!data) throw new Error('The request could not be sent. Try again.');
      return data.openSupportRequest.id;
    },
  };
}
