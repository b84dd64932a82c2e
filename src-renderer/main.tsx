import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.js';
import { boot } from './state/session.js';
import './styles.css';

let booted = false;

/**
 * Main's first answers (state/startup.ts) are asked for once the first frame is committed: the
 * bridge's first calls cost the page's one thread several milliseconds, which the login form
 * would otherwise wait for, and main needs far longer than the first frame to answer them.
 */
function Start() {
  useEffect(() => {
    if (booted) return;
    booted = true;
    void boot();
  }, []);
  return <App />;
}

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <Start />
  </StrictMode>
);
// A customer build's index.html already holds the login screen (scripts/prerender.mjs): React takes
// those elements over, with whatever was typed into them. Should they ever differ from the first
// render, React draws the page anew (nothing typed survives that); the warning says why.
if (container.firstElementChild) {
  hydrateRoot(container, app, {
    onRecoverableError: (error) => console.warn('The prerendered login screen did not match the first render (rebuild index.html):', error),
  });
} else {
  createRoot(container).render(app);
}
