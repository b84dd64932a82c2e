import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
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

const root = createRoot(document.getElementById('root')!);
root.render(
  <StrictMode>
    <Start />
  </StrictMode>,
);
