/**
 * The renderer's Content-Security-Policy, one definition for both hosts. The Electron window allows
 * no network at all (connect-src 'none': every call goes through main); the browser host allows
 * only its own origin, which is where the bridge's calls go.
 */
export function rendererCsp(connectSrc: "'none'" | "'self'"): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connectSrc}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
  ].join('; ');
}
