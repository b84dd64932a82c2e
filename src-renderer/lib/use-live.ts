import { useLayoutEffect, useState } from 'react';

/**
 * False in a component's first render, true from then on (set before the browser paints). The
 * first render of the app is the one that matches the login screen prerendered into index.html
 * (src-renderer/prerender.tsx), so what differs between "the HTML only" and "the app running" —
 * a form that may submit, a page no longer busy — is keyed on this.
 */
export function useLive(): boolean {
  const [live, setLive] = useState(false);
  useLayoutEffect(() => setLive(true), []);
  return live;
}
