// One watcher of the demo mailbox for many customers at once: it listens to the mailbox's event
// stream (GET /api/events) and, after each `mail` event, reads the list once per address being
// waited on, so fifty waiting customers cost one read per mail instead of fifty polls.
// Mails are matched by operation id (the 4-digit references of concurrent operations can repeat).
export function watchMail(mailboxUrl) {
  const byOperation = new Map();
  const waiters = new Map();
  const addresses = new Set();
  const abort = new AbortController();
  let reading = null;
  let again = false;

  async function readAll() {
    for (const to of addresses) {
      const res = await fetch(new URL(`/api/messages?to=${encodeURIComponent(to)}`, mailboxUrl), { signal: abort.signal });
      for (const m of await res.json()) {
        if (!m.operationId || byOperation.has(m.operationId)) continue;
        byOperation.set(m.operationId, m);
        waiters.get(m.operationId)?.(m);
        waiters.delete(m.operationId);
      }
    }
  }
  function read() {
    if (reading) {
      again = true;
      return;
    }
    reading = readAll().catch(() => undefined).finally(() => {
      reading = null;
      if (again) {
        again = false;
        read();
      }
    });
  }

  const ready = (async () => {
    const res = await fetch(new URL('/api/events', mailboxUrl), { signal: abort.signal });
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let first = true;
    return new Promise((resolve) => {
      (async () => {
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            if (first) {
              first = false;
              resolve();
            }
            buffer += decoder.decode(value, { stream: true });
            let i;
            while ((i = buffer.indexOf('\n\n')) >= 0) {
              const block = buffer.slice(0, i);
              buffer = buffer.slice(i + 2);
              if (/^event: mail$/m.test(block)) read();
            }
          }
        } catch {
          // aborted at close
        }
      })();
    });
  })();

  return {
    ready,
    /** The mail of this operation sent to `to`, once it is in the mailbox. */
    forOperation(to, operationId, timeoutMs = 30_000) {
      addresses.add(to);
      const seen = byOperation.get(operationId);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(operationId);
          reject(new Error(`no mail for operation ${operationId} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.set(operationId, (m) => {
          clearTimeout(timer);
          resolve(m);
        });
        read(); // it may have come before this wait began
      });
    },
    /** Forgets the mails read so far (after the mailbox was emptied). */
    forget() {
      byOperation.clear();
    },
    close() {
      abort.abort();
    },
  };
}
