import type { ReactNode } from 'react';

/** A full-width message that stays on screen (offline, update, WeChat, refusals), in colours with AA contrast. */
export function Banner({ tone, children, action }: { tone: 'info' | 'warning' | 'error'; children: ReactNode; action?: ReactNode }) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span className="banner-text">{children}</span>
      {action}
    </div>
  );
}
