'use client';

import { useEffect } from 'react';

// Keys a reviewer works the queue with; they do nothing while typing in a field.
const NEXT = ['j', 'ArrowDown'];
const PREV = ['k', 'ArrowUp'];

/**
 * Keyboard shortcuts for the review queue: j/k (or arrows) move between items, c confirms, x or r opens the reject
 * reason (Enter rejects), o opens the figure's page. A client component only for the key listener: the items
 * are server-rendered forms, and the keys press their buttons.
 */
export function QueueKeys() {
  useEffect(() => {
    const items = () => [...document.querySelectorAll<HTMLElement>('[data-queue-item]')];
    const active = () => items().find((el) => el.dataset.active === 'true');
    const select = (el: HTMLElement | undefined) => {
      if (!el) return;
      items().forEach((i) => (i.dataset.active = String(i === el)));
      el.scrollIntoView({ block: 'nearest' });
      el.focus({ preventScroll: true });
    };
    select(items()[0]);
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.metaKey || e.ctrlKey || e.altKey || target.closest('input, textarea, select')) return;
      const list = items();
      const current = active() ?? list[0];
      const at = current ? list.indexOf(current) : -1;
      if (NEXT.includes(e.key)) select(list[Math.min(at + 1, list.length - 1)]);
      else if (PREV.includes(e.key)) select(list[Math.max(at - 1, 0)]);
      else if (e.key === 'c') current?.querySelector<HTMLButtonElement>('button[data-action="confirm"]')?.click();
      else if (e.key === 'x' || e.key === 'r') current?.querySelector<HTMLInputElement>('form[aria-label="Reject figure"] input[name="reason"]')?.focus();
      else if (e.key === 'o') current?.querySelector<HTMLAnchorElement>('a[data-open]')?.click();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
