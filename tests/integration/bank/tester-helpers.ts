/** For the tester-control tests: raw requests with any headers, and the controls' paths. */
import http from 'node:http';
import { TESTER_PATHS } from '../../../src-shared/bank-api/index.js';
import type { Api, ApiResponse } from './helpers.js';

export { TESTER_PATHS };

export interface RawAnswer { status: number; body: string; json: () => { error?: { code: string } } }

/** A request with exactly these headers (Host and Origin included); no Content-Type unless given. */
export function raw(url: string, o: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path: `${u.pathname}${u.search}`, method: o.method ?? 'GET', setHost: false, headers: { host: u.host, ...o.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, json: () => JSON.parse(body) as { error?: { code: string } } }));
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

/** A tester control over the bank API, as a program would send it (JSON, no Origin). */
export function control(api: Api, path: string, body: unknown): Promise<ApiResponse> {
  return api.request('POST', path, { body });
}
