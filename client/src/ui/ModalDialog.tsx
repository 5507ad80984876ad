import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { Icon } from '../app/icons';
import { OpenDialog, useFocusReturn } from './OpenDialog';

export interface ModalProps {
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  /** The element describing the dialog, if any. */
  describedBy?: string;
}

/**
 * A modal dialog on Radix's Dialog: focus moves in and stays inside, the rest of the page is hidden from assistive
 * technology, Escape or a click outside closes it, and focus returns to the element that opened it. Mounted while
 * open.
 */
export default function ModalDialog({ labelledBy, onClose, children, testId, describedBy }: ModalProps) {
  const returnFocus = useFocusReturn();
  return (
    <OpenDialog onClose={onClose}>
      {/* A plain backdrop, not Dialog.Overlay: the overlay's scroll lock injects a <style> element, which the
          app's Content-Security-Policy (style-src 'self') refuses; the backdrop keeps scrolling to itself
          (overscroll-behavior in app.css). A pointer-down on it is outside the content and closes. */}
      <div className="modal-backdrop">
        <Dialog.Content
          className="modal"
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          data-testid={testId}
          onCloseAutoFocus={returnFocus}
        >
          <Dialog.Close className="btn btn-ghost btn-sm modal-close" aria-label="Close">
            <Icon name="close" />
          </Dialog.Close>
          {children}
        </Dialog.Content>
      </div>
    </OpenDialog>
  );
}
