import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { NavLink, useNavigate, useParams } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { fromNow } from '../../lib/dates';
import { newIdempotencyKey } from '../../lib/ids';
import { ErrorState, PageHeader } from '../../ui/States';
import { BlockedNotice } from '../feature-access/BlockedNotice';
import { useFeatureAccess } from '../feature-access/useFeatureAccess';
import { FeedbackLine, useRunFeedback } from '../feature-access/useRunFeedback';
import { formatCredits, formatNumber } from '../../lib/format';

/** A conversation in the list: its title and when it last moved. Starting and sending answer with it too. */
const ConversationLinkFragment = graphql(`
  fragment ConversationLink_conversation on HeroAiConversation {
    id
    title
    updatedAt
  }
`);

const ConversationsQuery = graphql(`
  query HeroAiConversations {
    heroAiConversations {
      id
      ...ConversationLink_conversation
    }
  }
`);

const ConversationQuery = graphql(`
  query HeroAiConversation($id: ID!) {
    heroAiConversation(id: $id) {
      id
      title
      messages {
        id
        role
        text
        createdAt
        campaignsReferenced
        daysOfData
        inputTokens
        outputTokens
      }
    }
  }
`);

const StartConversation = graphql(`
  mutation StartHeroAiConversation($input: StartHeroAiConversationInput) {
    startHeroAiConversation(input: $input) {
      id
      ...ConversationLink_conversation
    }
  }
`);

const SendMessage = graphql(`
  mutation SendHeroAiMessage($input: SendHeroAiMessageInput!) {
    sendHeroAiMessage(input: $input) {
      conversation {
        id
        ...ConversationLink_conversation
      }
      question {
        id
      }
      answer {
        id
      }
      charge {
        ...RunFeedback_charge
      }
    }
  }
`);

const MessageStream = graphql(`
  subscription HeroAiMessageStream($conversationId: ID!) {
    heroAiMessageStream(conversationId: $conversationId) {
      conversationId
      delta
      done
      messageId
    }
  }
`);

/**
 * /hero-ai and /hero-ai/:conversationId. Conversations stay readable at any balance; only sending a new
 * message is metered, and the composer says so (with the ways out) when it cannot run.
 */
export default function HeroAiPage() {
  const { conversationId } = useParams();
  const list = useQuery(ConversationsQuery);
  const navigate = useNavigate();

  return (
    <div className="stack-lg">
      <PageHeader
        title="Hero AI"
        description="Ask about your campaigns, products and results. Answers look at your real data."
        actions={
          <button
            type="button"
            className="btn"
            onClick={() => void navigate('/hero-ai')}
            data-testid="new-conversation"
          >
            New conversation
          </button>
        }
      />
      <div className="chat">
        <nav className="card card-tight chat-list" aria-label="Conversations" data-testid="conversation-list">
          {list.error && !list.data && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
          {list.loading &&
            !list.data &&
            [0, 1, 2].map((i) => <span key={i} className="skeleton" style={{ height: 40 }} />)}
          {list.data?.heroAiConversations.length === 0 && <p className="muted small">No conversations yet.</p>}
          {list.data?.heroAiConversations.map((c) => (
            <ConversationLink key={c.id} conversation={c} />
          ))}
        </nav>
        <Thread key={conversationId ?? 'new'} conversationId={conversationId ?? null} />
      </div>
    </div>
  );
}

function ConversationLink(props: { conversation: FragmentType<typeof ConversationLinkFragment> }) {
  const c = getFragmentData(ConversationLinkFragment, props.conversation);
  return (
    <NavLink to={`/hero-ai/${c.id}`} data-testid="conversation-link">
      <div style={{ fontWeight: 550, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {c.title || 'Untitled'}
      </div>
      <div className="small muted">{fromNow(c.updatedAt)}</div>
    </NavLink>
  );
}

function Thread({ conversationId }: { conversationId: string | null }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const conversation = useQuery(ConversationQuery, { variables: { id: conversationId ?? '' }, skip: !conversationId });
  const [start] = useMutation(StartConversation);
  const [send] = useMutation(SendMessage);
  const [pendingQuestion, setPendingQuestion] = useState<string | null>(null);
  const [streamId, setStreamId] = useState<string | null>(conversationId);
  const [streamed, setStreamed] = useState('');
  const { feedback, succeeded, failed, clear } = useRunFeedback();
  const endRef = useRef<HTMLDivElement>(null);

  // Pieces of the answer while it is being written; the stored message replaces them when it is done.
  useSubscription(MessageStream, {
    variables: { conversationId: streamId ?? '' },
    skip: !streamId || pendingQuestion === null,
    onData: ({ data }) => {
      const event = data.data?.heroAiMessageStream;
      if (event && !event.done) setStreamed((s) => s + event.delta);
    },
  });

  const messages = conversation.data?.heroAiConversation.messages ?? [];
  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [messages.length, streamed, pendingQuestion]);

  const onSend = async (text: string): Promise<boolean> => {
    clear();
    setPendingQuestion(text);
    setStreamed('');
    try {
      let id = conversationId;
      if (!id) {
        // Free: creates the conversation first so the stream can be subscribed before the answer starts.
        const { data } = await start({ variables: { input: { title: text.slice(0, 80) } } });
        id = data?.startHeroAiConversation.id ?? null;
      }
      if (!id) throw new Error('Could not start a conversation');
      setStreamId(id);
      const { data } = await send({
        variables: { input: { conversationId: id, text, idempotencyKey: newIdempotencyKey() } },
      });
      if (data) succeeded('Answered', data.sendHeroAiMessage.charge);
      await client.refetchQueries({ include: ['HeroAiConversations'] });
      if (id !== conversationId) void navigate(`/hero-ai/${id}`, { replace: true });
      else await conversation.refetch();
      return true;
    } catch (e) {
      failed(e);
      return false;
    } finally {
      setPendingQuestion(null);
      setStreamed('');
    }
  };

  return (
    <section className="card thread" aria-label={conversation.data?.heroAiConversation.title ?? 'New conversation'}>
      <div className="messages" aria-live="polite" data-testid="messages">
        {conversationId && conversation.loading && !conversation.data && (
          <span className="skeleton" style={{ height: 80 }} />
        )}
        {conversation.error && !conversation.data && (
          <ErrorState error={conversation.error} onRetry={() => void conversation.refetch()} />
        )}
        {!conversationId && !pendingQuestion && (
          <div className="empty">
            <h3>Ask Hero AI anything about your marketing</h3>
            <p>
              “Which campaign had the best cost per conversion last week?” · “Write three headlines for my new product.”
            </p>
            <p className="small">
              Simple lookups cost a fraction of a credit; deep investigations across many campaigns cost more.
            </p>
          </div>
        )}
        {messages.map((m) => (
          <div key={m.id} className={`msg${m.role === 'USER' ? ' from-user' : ''}`} data-testid="message">
            {m.text}
            {m.role === 'ASSISTANT' && (
              <div className="msg-meta">
                {fromNow(m.createdAt)}
                {m.campaignsReferenced > 0 &&
                  ` · looked at ${m.campaignsReferenced} campaign${m.campaignsReferenced === 1 ? '' : 's'}`}
                {m.daysOfData > 0 && `, ${m.daysOfData} days of data`}
                {` · ${formatNumber(m.inputTokens + m.outputTokens)} tokens`}
              </div>
            )}
          </div>
        ))}
        {pendingQuestion && (
          <>
            <div className="msg from-user">{pendingQuestion}</div>
            <div className="msg" aria-busy="true">
              {streamed || <span className="muted">Hero AI is thinking…</span>}
            </div>
          </>
        )}
        <div ref={endRef} />
      </div>
      <FeedbackLine feedback={feedback} />
      <Composer onSend={onSend} busy={pendingQuestion !== null} />
    </section>
  );
}

/** The composer: disabled with its reason and the ways out when Hero AI cannot take a new message. */
function Composer({ onSend, busy }: { onSend: (text: string) => Promise<boolean>; busy: boolean }) {
  const { reason, estimate } = useFeatureAccess('hero_ai_message');
  const [text, setText] = useState('');
  const id = useId();
  const blocked = Boolean(reason);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const question = text.trim();
    if (!question || blocked || busy) return;
    setText('');
    const ok = await onSend(question);
    if (!ok) setText(question);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <form className="composer" onSubmit={(e) => void submit(e)} data-testid="composer" aria-label="Ask Hero AI">
      {reason && <BlockedNotice reason={reason} id={`${id}-reason`} />}
      <div className="composer-row">
        <label htmlFor={`${id}-input`} className="sr-only">
          Your question
        </label>
        <textarea
          id={`${id}-input`}
          className="textarea grow"
          style={{ minHeight: 56 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          maxLength={4000}
          disabled={blocked}
          placeholder={blocked ? 'New messages are paused until you have credits' : 'Ask about your campaigns…'}
          aria-describedby={reason ? `${id}-reason` : `${id}-hint`}
          data-testid="composer-input"
        />
        <button
          type="submit"
          className="btn btn-primary"
          disabled={blocked || busy || !text.trim()}
          data-testid="composer-send"
          title={reason?.message}
        >
          {busy ? 'Answering…' : 'Send'}
        </button>
      </div>
      {!blocked && (
        <p id={`${id}-hint`} className="small muted">
          Enter to send, Shift+Enter for a new line.
          {estimate &&
            ` A message costs ${formatCredits(estimate.minMicro, { round: 'need' })}–${formatCredits(estimate.maxMicro, { round: 'need' })} credits.`}
        </p>
      )}
    </form>
  );
}
