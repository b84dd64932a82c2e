/**
 * pino with secrets redacted. Requests are logged by one line each (server.ts); the fields logged are
 * chosen there, and these redact paths are a second fence in case something wider is ever logged.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export const REDACT_PATHS = [
  'password', '*.password', 'newLoginPassword', '*.newLoginPassword',
  'confirmationPassword', '*.confirmationPassword', 'mailOtp', '*.mailOtp', 'tokenOtp', '*.tokenOtp',
  'otp.code', 'code', '*.code_mac', 'token', '*.token', 'provisioningUri', '*.provisioningUri',
  'req.headers.authorization', 'headers.authorization', 'authorization', '*.authorization',
  'req.headers.cookie', 'headers.cookie', 'body', '*.body', 'text', 'html',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { svc: 'demo-bank' }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
