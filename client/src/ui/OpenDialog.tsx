import * as Dialog from '@radix-ui/react-dialog';
import { useState, type ReactNode } from 'react';
import { returnFocusTo } from './focusReturn';

/**
 * The root of a Radix Dialog that is mounted only while open (there is no Dialog.Trigger): Escape, a pointer-down
 * outside the content or a Dialog.Close calls `onClose`. Put the content in `children` with
 * `onCloseAutoFocus={useFocusReturn()}`.
 */
export function OpenDialog({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Dialog.Portal>{children}</Dialog.Portal>
    </Dialog.Root>
  );
}

/**
 * The content's onCloseAutoFocus for an OpenDialog: focus goes back to whatever had it when the dialog opened (the
 * button that opened it). Radix by itself refocuses only a Dialog.Trigger, which these dialogs have none of.
 */
export function useFocusReturn(): (event: Event) => void {
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  return returnFocusTo(() => opener);
}
