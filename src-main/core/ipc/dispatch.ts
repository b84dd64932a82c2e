/**
 * The one entry both hosts call. The request is parsed with the channel's schema before anything
 * runs (bad input → INVALID_REQUEST, the handler never sees it); the answer is parsed with the
 * response schema before it leaves. Never throws.
 */
import { contract, isChannel, type Channel } from '../../../src-shared/ipc/contract.js';
import type { IpcError, IpcResult } from '../../../src-shared/ipc/errors.js';
import { CoreError } from '../errors.js';
import type { HandlerTable } from './handlers.js';
import type { Services } from './services.js';

function failure(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}

export async function dispatch(services: Services, table: HandlerTable, channel: unknown, raw: unknown): Promise<IpcResult<unknown>> {
  if (typeof channel !== 'string' || !isChannel(channel)) {
    return failure({ code: 'UNKNOWN_CHANNEL', message: 'No such channel in the contract.' });
  }
  const spec = contract[channel];
  const parsed = spec.request.safeParse(raw === undefined || raw === null ? {} : raw);
  if (!parsed.success) {
    return failure({
      code: 'INVALID_REQUEST',
      message: `The request to ${channel} does not match the contract.`,
      issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message, code: i.code })),
    });
  }
  let value: unknown;
  try {
    const handler = table[channel] as (s: Services, r: unknown) => Promise<unknown>;
    value = await handler(services, parsed.data);
  } catch (e) {
    if (e instanceof CoreError) {
      services.log.info({ channel, code: e.code }, 'call answered with an error');
      return failure(e.ipc);
    }
    services.log.error({ channel, err: e instanceof Error ? { name: e.name, message: e.message } : String(e) }, 'handler failed unexpectedly');
    return failure({ code: 'UNEXPECTED', message: 'Something went wrong in the app. Please try again.' });
  }
  const out = (spec.response as (typeof contract)[Channel]['response']).safeParse(value);
  if (!out.success) {
    services.log.error({ channel, issues: out.error.issues.map((i) => i.path.join('.')) }, 'handler answer failed the contract');
    return failure({ code: 'INVALID_RESPONSE', message: `The answer to ${channel} did not match the contract.` });
  }
  return { ok: true, value: out.data };
}
