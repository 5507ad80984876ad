import { lazy, Suspense } from 'react';
import type { ModalProps } from './ModalDialog';

/** Loaded when a dialog first opens, so the first route carries no dialog code. */
const ModalDialog = lazy(() => import('./ModalDialog'));

/**
 * A modal dialog (Radix Dialog, ./ModalDialog.tsx): focus moves in and stays inside, Escape or a click outside
 * closes it, focus returns after. Render it while the dialog is open.
 */
export function Modal(props: ModalProps) {
  return (
    <Suspense fallback={null}>
      <ModalDialog {...props} />
    </Suspense>
  );
}
