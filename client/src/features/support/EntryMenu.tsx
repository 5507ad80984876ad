import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { ContactSupportDialog, type SupportTopic } from './ContactSupportButton';

interface Props {
  entry: SupportTopic & { sequence: number };
}

/** A history row's menu: "Question about this charge" opens the support dialog about that entry. */
export function EntryMenu({ entry }: Props) {
  const [open, setOpen] = useState(false);
  const [asking, setAsking] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div ref={ref} style={{ position: 'relative', display: 'inline-block' }}>
      <button
        ref={toggle}
        type="button"
        className="btn btn-ghost btn-sm"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Actions for entry #${entry.sequence}`}
        onClick={() => setOpen((o) => !o)}
      >
        ⋯
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label={`Entry #${entry.sequence}`}
          className="card card-tight"
          style={{ position: 'absolute', right: 0, zIndex: 20, minWidth: 220, padding: 4 }}
        >
          <button
            type="button"
            role="menuitem"
            className="btn btn-ghost btn-sm"
            style={{ width: '100%', justifyContent: 'flex-start' }}
            onClick={() => {
              setOpen(false);
              setAsking(true);
            }}
          >
            Question about this charge
          </button>
        </div>
      )}
      {asking && (
        <Suspense fallback={null}>
          <ContactSupportDialog about={entry} onClose={() => setAsking(false)} />
        </Suspense>
      )}
    </div>
  );
}
