import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Suspense, useState } from 'react';
import { unlessFocusMoved } from '../../ui/focusReturn';
import { ContactSupportDialog, type SupportTopic } from './ContactSupportButton';

interface Props {
  entry: SupportTopic & { sequence: number };
}

/** A history row's menu (Radix DropdownMenu): "Question about this charge" opens the support dialog about it. */
export function EntryMenu({ entry }: Props) {
  const [asking, setAsking] = useState(false);

  return (
    <>
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger className="btn btn-ghost btn-sm" aria-label={`Actions for entry #${entry.sequence}`}>
          ⋯
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            className="card card-tight menu"
            align="end"
            sideOffset={4}
            collisionPadding={8}
            aria-label={`Entry #${entry.sequence}`}
            onCloseAutoFocus={unlessFocusMoved}
          >
            <DropdownMenu.Item className="menu-item" onSelect={() => setAsking(true)}>
              Question about this charge
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {asking && (
        <Suspense fallback={null}>
          <ContactSupportDialog about={entry} onClose={() => setAsking(false)} />
        </Suspense>
      )}
    </>
  );
}
