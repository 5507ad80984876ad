import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { OpenDialog, useFocusReturn } from '../ui/OpenDialog';
import { Icon } from './icons';

export interface NavDrawerProps {
  onClose: () => void;
  children: ReactNode;
}

/**
 * The navigation drawer on narrow screens, a modal Radix Dialog: focus moves into it and stays there, the page
 * behind is hidden from assistive technology, Escape or a tap beside it closes it, and focus goes back to the
 * menu button. Loaded on first open (like `ui/ModalDialog.tsx`), so the first route carries no dialog code.
 */
export default function NavDrawer({ onClose, children }: NavDrawerProps) {
  // Focus goes back to whatever opened the drawer, the menu button.
  const returnFocus = useFocusReturn();
  return (
    <OpenDialog onClose={onClose}>
      {/* A plain scrim, not Dialog.Overlay: the overlay's scroll lock injects a <style> element, which the
          Content-Security-Policy (style-src 'self') refuses. A pointer-down on it is outside and closes. */}
      <div className="nav-scrim" aria-hidden="true" />
      <Dialog.Content
        className="sidebar nav-drawer"
        id="sidebar"
        aria-describedby={undefined}
        onCloseAutoFocus={returnFocus}
      >
        <Dialog.Title className="sr-only">Main navigation</Dialog.Title>
        <Dialog.Close className="btn btn-sm icon-button nav-drawer-close" aria-label="Close navigation">
          <Icon name="close" />
        </Dialog.Close>
        {children}
      </Dialog.Content>
    </OpenDialog>
  );
}
