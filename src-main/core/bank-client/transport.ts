/**
 * One axios instance per bank profile: base URL, JSON only, no redirects, a connect timeout (the
 * agent below) and an overall timeout per attempt. It never rejects on an HTTP status: the client
 * reads every answer itself. Failures without an answer are sorted into "never sent" and "maybe
 * sent", which decides whether a call may be repeated.
 */
import type http from 'node:http';
import type https from 'node:https';
import type { Duplex } from 'node:stream';
import type { AxiosInstance, AxiosRequestConfig, AxiosResponse } from 'axios';

type Callback = (err: Error | null, stream: Duplex) => void;

function guardConnect(socket: Duplex, ms: number, connectEvent: 'connect' | 'secureConnect'): Duplex {
  const timer = setTimeout(() => {
    const e = Object.assign(new Error(`no connection to the bank within ${ms} ms`), { code: 'ECONNECT_TIMEOUT' });
    socket.destroy(e);
  }, ms);
  timer.unref();
  socket.once(connectEvent, () => clearTimeout(timer));
  socket.once('close', () => clearTimeout(timer));
  return socket;
}

/** Gives `agent`'s new sockets the connect timeout (until `connectEvent`). */
function guarded<A extends http.Agent>(agent: A, connectMs: number, connectEvent: 'connect' | 'secureConnect'): A {
  const create = agent.createConnection.bind(agent);
  agent.createConnection = (options: http.ClientRequestArgs, cb?: Callback): Duplex | null | undefined => {
    const s = create(options, cb);
    return s ? guardConnect(s, connectMs, connectEvent) : s;
  };
  return agent;
}

/**
 * The agents are made at the first bank call with the modules they need: node:http (with net and
 * streams) costs about 5 ms of a start in which no bank call is made before the customer logs in,
 * and node:https (made only when the bank's URL is https) adds TLS on top of that.
 */
async function httpAgent(connectMs: number): Promise<http.Agent> {
  const { Agent } = await import('node:http');
  return guarded(new Agent({ keepAlive: true, maxSockets: 8 }), connectMs, 'connect');
}

async function httpsAgent(connectMs: number): Promise<https.Agent> {
  const { Agent } = await import('node:https');
  return guarded(new Agent({ keepAlive: true, maxSockets: 8, minVersion: 'TLSv1.2' }), connectMs, 'secureConnect');
}

export interface Transport {
  request<T>(config: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  close(): void;
}

/**
 * axios is loaded at the first bank call, not at start-up: importing it is the largest single cost
 * of starting the core (about a quarter of a second of CPU on these machines, see bench/), and the
 * login screen does not need it until the customer presses "log in".
 */
let axiosLoading: Promise<typeof import('axios').default> | null = null;
function loadAxios(): Promise<typeof import('axios').default> {
  axiosLoading ??= import('axios').then((m) => m.default);
  return axiosLoading;
}

export function createTransport(baseURL: string, connectMs: number, requestMs: number): Transport {
  let agents: { plain: http.Agent; secure: https.Agent | undefined } | undefined;
  let closed = false;
  let instance: Promise<AxiosInstance> | null = null;
  const make = async (): Promise<AxiosInstance> => {
    const [axios, plain, secure] = await Promise.all([loadAxios(), httpAgent(connectMs), baseURL.startsWith('https:') ? httpsAgent(connectMs) : undefined]);
    agents = { plain, secure };
    if (closed) close();
    return axios.create({
      baseURL,
      timeout: requestMs,
      httpAgent: plain,
      ...(secure ? { httpsAgent: secure } : {}),
      proxy: false,
      maxRedirects: 0,
      maxContentLength: 2 * 1024 * 1024,
      maxBodyLength: 256 * 1024,
      responseType: 'text',
      transformResponse: [(d: unknown) => d],
      validateStatus: () => true,
      headers: { Accept: 'application/json' },
    });
  };
  function close(): void {
    closed = true;
    agents?.plain.destroy();
    agents?.secure?.destroy();
  }
  return {
    async request<T>(config: AxiosRequestConfig) {
      instance ??= make();
      return (await instance).request<T>(config);
    },
    close,
  };
}

/** What became of a call that got no HTTP answer. */
export type Failure = 'not-sent' | 'lost' | 'timeout';

const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNECT_TIMEOUT', 'EADDRNOTAVAIL', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN']);

export function classifyFailure(e: unknown): Failure {
  const codes: string[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
    const c = (cur as { code?: unknown }).code;
    if (typeof c === 'string') codes.push(c);
    cur = (cur as { cause?: unknown }).cause;
  }
  if (codes.some((c) => NOT_SENT.has(c))) return 'not-sent';
  if (codes.some((c) => c === 'ECONNABORTED' || c === 'ETIMEDOUT')) return 'timeout';
  return 'lost';
}
