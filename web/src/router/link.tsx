import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { navigate, useLocation } from './use-location.js';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  readonly to: string;
  readonly children: ReactNode;
}

/** An anchor that navigates inside the app; modified clicks (new tab, …) behave as usual. */
export function Link({ to, children, onClick, ...rest }: LinkProps) {
  const location = useLocation();
  const current = location.pathname + location.search === to;
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handle} aria-current={current ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}
