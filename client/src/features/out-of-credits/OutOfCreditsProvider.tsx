import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { appEvents, type InsufficientCreditsDetails } from '../../lib/events';
import { Modal } from '../../ui/Modal';
import { OutOfCreditsScreen } from './OutOfCreditsScreen';

interface OutOfCreditsApi {
  open: (details?: InsufficientCreditsDetails | null) => void;
}

const Context = createContext<OutOfCreditsApi>({ open: () => undefined });

/** Opens the out-of-credits screen, e.g. from a disabled control's "Why?" */
export const useOutOfCredits = () => useContext(Context);

/**
 * Shows the out-of-credits screen as a modal whenever any mutation is refused with INSUFFICIENT_CREDITS,
 * wherever in the app it was attempted.
 */
export function OutOfCreditsProvider({ children }: { children: ReactNode }) {
  const [details, setDetails] = useState<InsufficientCreditsDetails | null | undefined>(undefined);
  const open = useCallback((d?: InsufficientCreditsDetails | null) => setDetails(d ?? null), []);
  const close = useCallback(() => setDetails(undefined), []);

  useEffect(() => appEvents.on('insufficientCredits', (d) => setDetails(d)), []);
  const api = useMemo(() => ({ open }), [open]);

  return (
    <Context.Provider value={api}>
      {children}
      {details !== undefined && (
        <Modal labelledBy="ooc-modal-title" onClose={close} testId="out-of-credits-modal">
          <OutOfCreditsScreen details={details} onNavigate={close} headingId="ooc-modal-title" />
        </Modal>
      )}
    </Context.Provider>
  );
}
