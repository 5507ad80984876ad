import * as Dialog from '@radix-ui/react-dialog';
import { useState, type ReactNode } from 'react';
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
  // There is no Dialog.Trigger (the drawer is mounted while open), so Radix has no trigger to refocus: focus
  // goes back by hand to whatever opened the drawer, the menu button.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Dialog.Portal>
        {/* A plain scrim, not Dialog.Overlay: the overlay's scroll lock injects a <style> element, which the
            Content-Security-Policy (style-src 'self') refuses. A pointer-down on it is outside and closes. */}
        <div className="nav-scrim" aria-hidden="true" />
        <Dialog.Content
          className="sidebar nav-drawer"
          id="sidebar"
          aria-describedby={undefined}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            opener?.focus();
          }}
        >
          <Dialog.Title className="sr-only">Main navigation</Dialog.Title>
          <Dialog.Close className="btn btn-sm icon-button nav-drawer-close" aria-label="Close navigation">
            <Icon name="close" />
          </Dialog.Close>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
