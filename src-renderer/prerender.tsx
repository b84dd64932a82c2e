/**
 * The first screen as HTML, put into index.html at build time (scripts/prerender.mjs): the login
 * screen in its starting state (Japanese, main's first answers not yet in), exactly as the first
 * render in main.tsx draws it. The page shows it, and takes typing, before the script has loaded;
 * main.tsx then hydrates it (React takes the same elements over instead of building new ones).
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.js';

export function prerender(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
