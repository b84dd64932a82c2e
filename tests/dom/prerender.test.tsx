/**
 * The login screen that a customer build puts into index.html (src-renderer/prerender.tsx,
 * scripts/prerender.mjs), taken over by React as main.tsx does: the same elements, nothing that
 * differs from the first render, and what was typed before the script ran is kept and logs in.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/App.js';
import { prerender } from '../../src-renderer/prerender.js';
import { useApp } from '../../src-renderer/state/app-store.js';
import { user } from './support/screen.js';
import { domStack, LOGIN_PASSWORD, MAIL_USER, text } from './support/stack.js';

// A real core behind window.netbank, as the app has (the last test logs in through it).
domStack();

let mounted: { root: Root; container: HTMLElement } | null = null;
afterEach(() => {
  mounted?.root.unmount();
  mounted?.container.remove();
  mounted = null;
});

/** A page whose root holds the prerendered HTML, as index.html does before the script runs. */
function prerenderedPage(): HTMLElement {
  const container = document.createElement('div');
  container.id = 'root';
  container.innerHTML = prerender();
  document.body.appendChild(container);
  return container;
}

const field = (container: HTMLElement, id: string) => container.querySelector<HTMLInputElement>(`#${id}`)!;
const loginButton = (container: HTMLElement) => container.querySelector<HTMLButtonElement>('form button.btn-primary')!;

async function hydrate(container: HTMLElement): Promise<unknown[]> {
  const mismatches: unknown[] = [];
  await act(async () => {
    const root = hydrateRoot(container, <StrictMode><App /></StrictMode>, { onRecoverableError: (e) => mismatches.push(e) });
    mounted = { root, container };
  });
  return mismatches;
}

describe('prerendered login screen', () => {
  it('before the script: the whole form is there, empty, and its button cannot send the page away', () => {
    const container = prerenderedPage();
    expect(field(container, 'login-id').value).toBe('');
    expect(field(container, 'login-password').type).toBe('password');
    expect(container.querySelector('label[for="login-id"]')?.textContent).toContain(text('login.loginId'));
    // A plain button: neither a press nor Enter in a field submits the form natively (a reload).
    expect(loginButton(container).type).toBe('button');
    container.remove();
  });

  it('hydrated: React keeps the same elements, reports no mismatch, and the button then submits', async () => {
    const container = prerenderedPage();
    const idField = field(container, 'login-id');
    const mismatches = await hydrate(container);
    expect(mismatches).toEqual([]);
    expect(field(container, 'login-id')).toBe(idField);
    expect(loginButton(container).type).toBe('submit');
  });

  it('what was typed before the script ran stays through the next render and logs in', async () => {
    const container = prerenderedPage();
    field(container, 'login-id').value = MAIL_USER.loginId;
    field(container, 'login-password').value = LOGIN_PASSWORD;
    expect(await hydrate(container)).toEqual([]);
    // Main's first answers arrive and the form renders again: a controlled field whose state had
    // not taken the typed text would be emptied here.
    await act(async () => {
      useApp.setState({ phase: 'ready', keychain: 'available' });
    });
    expect(field(container, 'login-id').value).toBe(MAIL_USER.loginId);
    expect(field(container, 'login-password').value).toBe(LOGIN_PASSWORD);
    await user().click(screen.getByRole('button', { name: text('login.submit') }));
    await waitFor(() => expect(useApp.getState().session).not.toBe('logged-out'));
  });
});
