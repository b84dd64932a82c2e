/**
 * An operation as the flows and the authorize step see it: the one waiting for its passwords, the
 * bank's answer asking for a second step, and the receipt.
 */
import type { OtpInfo } from '../../../src-shared/bank-api/common.js';
import type { AuthorizeResponse } from '../../../src-shared/bank-api/operations.js';
import type { Factor } from '../../../src-shared/domain/second-factor.js';

export type Completed = Extract<AuthorizeResponse, { status: 'completed' }>;
export type NextStep = Extract<AuthorizeResponse, { status: 'awaiting-authorization' }>;

export interface PendingOperation { id: string; factors: Factor[]; otp?: OtpInfo | undefined }
