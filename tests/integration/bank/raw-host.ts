/** A request with a Host header of the test's choosing (fetch always sends the URL's own). */
import http from 'node:http';

export function requestWithHost(url: string, host: string, method = 'GET'): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: `${u.pathname}${u.search}`, method, setHost: false, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Host headers a rebinding page or a stray client could send to a server on `port`. */
export function foreignHosts(port: string): string[] {
  return [`evil.example:${port}`, `127.0.0.1:${Number(port) === 1 ? 2 : Number(port) - 1}`, `localhost:${Number(port) + 1}`, '127.0.0.1', `127.0.0.1.nip.io:${port}`, `localhost.evil.example:${port}`];
}
