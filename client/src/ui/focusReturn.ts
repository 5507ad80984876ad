/*
 * Where focus goes when a Radix layer (menu, popover, dialog) closes. Radix puts it back a task after the layer
 * unmounts; on a busy page that task can run after the reader has already opened the next menu or popover, and
 * taking focus back then closes what they just opened (a non-modal layer closes when focus leaves it). So focus
 * is only put back when it was lost with the layer, that is when it rests on the page's body.
 */

function focusHasMoved(): boolean {
  const now = document.activeElement;
  return now != null && now !== document.body;
}

/** `onCloseAutoFocus` for a layer with a Radix trigger: Radix returns focus to the trigger unless it has moved on. */
export function unlessFocusMoved(event: Event): void {
  if (focusHasMoved()) event.preventDefault();
}

/** `onCloseAutoFocus` for a layer opened from something Radix does not know of: focus returns to `target`. */
export function returnFocusTo(target: () => HTMLElement | null | undefined): (event: Event) => void {
  return (event) => {
    event.preventDefault();
    if (!focusHasMoved()) target()?.focus();
  };
}
