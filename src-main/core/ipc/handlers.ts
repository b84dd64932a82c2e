/**
 * One handler per channel of the IPC contract, as plain functions of (services, parsed request).
 * The table's type requires every channel exactly once. Handlers check the session state first and
 * throw CoreError for anything the renderer should hear about; dispatch turns that into IpcResult.
 */
import type { Channel, RequestOf, ResponseOf } from '../../../src-shared/ipc/contract.js';
import { CoreError } from '../errors.js';
import type { Services } from './services.js';
import { exportStatementCsv, printPage } from '../statements/statements.js';

export type Handler<C extends Channel> = (s: Services, request: RequestOf<C>) => Promise<ResponseOf<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };

type Need = 'any' | 'start-of-use-required' | 'ready';

/**
 * Runs a bank call with the session's token; a token the bank no longer accepts ends the session,
 * if it is still the session's: a late answer to a call of a session that has ended since (the
 * customer logged out and in again while it was retrying) must not end the new one.
 */
async function withToken<T>(s: Services, need: Need, run: (token: string) => Promise<T>): Promise<T> {
  const token = s.session.tokenFor(need);
  try {
    return await run(token);
  } catch (e) {
    if (e instanceof CoreError && e.code === 'UNAUTHENTICATED') {
      if (s.session.holds(token)) s.session.end('revoked');
      throw new CoreError('SESSION_EXPIRED', 'The bank ended the session. Please log in again.');
    }
    throw e;
  }
}

/** Tester builds: the seed customers and the tester controls in force, when known. */
function testerExtras(s: Services): Pick<ResponseOf<'app.info'>, 'demoCustomers' | 'testerState'> {
  const customers = s.tester?.demoCustomers() ?? null;
  const state = s.tester?.testerState() ?? null;
  return { ...(customers ? { demoCustomers: customers } : {}), ...(state ? { testerState: state } : {}) };
}

export const handlers: HandlerTable = {
  'app.info': async (s) => ({
    version: s.config.version,
    profile: s.config.profile,
    kiosk: s.config.kiosk,
    testBuild: s.config.testBuild,
    host: s.config.host,
    ...(s.config.kiosk ? { allowPrinting: s.config.allowPrinting === true } : {}),
    // A kiosk's window offers only the terminal's languages.
    ...(s.config.kiosk && s.config.kioskLanguages ? { languages: [...s.config.kioskLanguages] } : {}),
    ...testerExtras(s),
  }),

  'session.login': async (s, req) => {
    if (s.session.state !== 'logged-out') s.session.end('logout');
    const res = await s.bank.login(req.loginId, req.password);
    s.session.begin(res.token, req.loginId, res.startOfUseRequired);
    const remember = await s.prefs.afterLogin(req.loginId, req.rememberId);
    s.log.info({ state: s.session.state, remember }, 'logged in');
    return { state: s.session.state, remember };
  },

  'session.logout': async (s) => {
    s.session.end('logout');
    // A kiosk forgets what was chosen on its screen even when no one had logged in (a crashed page).
    await s.prefs.sessionEnded();
    return {};
  },

  'session.state': async (s) => ({
    state: s.session.state,
    idleTimeoutSeconds: s.session.timeouts.idleSeconds,
    idleWarningSeconds: s.session.timeouts.idleWarningSeconds,
  }),

  'session.activity': async (s) => {
    s.session.tokenFor('any');
    return {};
  },

  'startOfUse.submit': (s, req) =>
    withToken(s, 'start-of-use-required', async (token) => {
      const { intentId, ...body } = req;
      const res = await s.bank.startOfUse(token, body, intentId);
      s.otp.issued(null, res.otp);
      return res;
    }),

  'startOfUse.resendOtp': (s, req) =>
    withToken(s, 'start-of-use-required', async (token) => {
      const res = await s.bank.startOfUseResend(token, req.intentId);
      s.otp.issued(null, res.otp);
      return res;
    }),

  'startOfUse.verify': (s, req) =>
    withToken(s, 'start-of-use-required', async (token) => {
      await s.bank.startOfUseVerify(token, req.mailOtp, req.intentId);
      s.otp.finished(null);
      s.session.markReady();
      return { state: s.session.state };
    }),

  'customer.me': (s) => withToken(s, 'ready', (token) => s.bank.me(token)),
  'customer.logins': (s) => withToken(s, 'ready', (token) => s.bank.loginHistory(token)),
  'customer.loginNoticeOn': (s, req) => withToken(s, 'ready', (token) => s.bank.loginNoticeOn(token, req.intentId)),
  'accounts.list': (s) => withToken(s, 'ready', (token) => s.bank.accounts(token)),
  'accounts.transactions': (s, req) => withToken(s, 'ready', (token) => s.bank.transactions(token, req.accountId, req.cursor, { from: req.from, to: req.to })),
  'statements.exportCsv': (s, req) => withToken(s, 'ready', (token) => exportStatementCsv(s, token, req)),
  'print.page': (s, req) => withToken(s, 'ready', () => printPage(s, req)),
  'receipts.list': (s) => withToken(s, 'ready', (token) => s.bank.receipts(token)),
  'payees.list': (s) => withToken(s, 'ready', (token) => s.bank.payees(token)),
  'limits.get': (s) => withToken(s, 'ready', (token) => s.bank.limits(token)),
  'transfers.fee': (s, req) => withToken(s, 'ready', (token) => s.bank.transferFee(token, req.bankCode, req.amount)),
  'directory.banks': (s, req) => withToken(s, 'ready', (token) => s.bank.banks(token, req)),
  'directory.branches': (s, req) => withToken(s, 'ready', (token) => s.bank.branches(token, req)),

  'operations.create': (s, req) =>
    withToken(s, 'ready', async (token) => {
      const res = await s.bank.createOperation(token, req.intentId, req.operation);
      s.otp.issued(res.id, res.otp);
      return res;
    }),

  'operations.resendOtp': (s, req) =>
    withToken(s, 'ready', async (token) => {
      const res = await s.bank.resendOtp(token, req.operationId, req.intentId);
      s.otp.issued(req.operationId, res.otp);
      return res;
    }),

  'operations.authorize': (s, req) =>
    withToken(s, 'ready', async (token) => {
      const { operationId, intentId, ...factors } = req;
      const res = await s.bank.authorize(token, operationId, intentId, factors);
      if (res.status === 'completed') s.otp.finished(operationId);
      else s.otp.issued(operationId, res.otp);
      return res;
    }),

  'operations.status': (s, req) => withToken(s, 'ready', (token) => s.bank.operationStatus(token, req.operationId)),

  'preferences.get': (s) => s.prefs.get(),
  'preferences.set': (s, req) => s.prefs.set(req),
  'preferences.forgetLoginId': (s) => s.prefs.forgetLoginId(),
};
