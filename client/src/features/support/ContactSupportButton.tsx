import { lazy, Suspense, useState, type ReactNode } from 'react';

// The dialog (and its mutation) loads on first click: this button sits on the out-of-credits screen, which
// is part of every page's first load.
export const ContactSupportDialog = lazy(() => import('./ContactSupportDialog'));

/** The ledger entry a question is about, as the history shows it. */
export interface SupportTopic {
  id: string;
  description: string;
  amount?: string | null;
  createdAt?: string | null;
}

interface Props {
  about?: SupportTopic | null;
  className?: string;
  children?: ReactNode;
}

/** A button that opens the "Contact support" dialog. */
export function ContactSupportButton({ about, className = 'btn', children = 'Contact support' }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {children}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ContactSupportDialog about={about} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
