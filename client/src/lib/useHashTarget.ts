import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls an element into view and focuses it when the URL's hash names it ("/settings/billing#plans"),
 * including when the same link is followed again. Pass `ready` false while the element is a skeleton.
 */
export function useHashTarget<T extends HTMLElement>(id: string, ready = true) {
  const ref = useRef<T>(null);
  const { hash, key } = useLocation();
  useEffect(() => {
    const el = ref.current;
    if (!ready || !el || decodeURIComponent(hash.slice(1)) !== id) return;
    el.scrollIntoView({ behavior: 'smooth', block: 'start' });
    el.focus({ preventScroll: true });
  }, [hash, key, id, ready]);
  return ref;
}
