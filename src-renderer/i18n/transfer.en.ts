/** English messages of the transfer screens' bank directory, confirmation notes and the diagram's transfer rule. */
import type { transferJa } from './transfer.ja.js';

export const transferEn: Record<keyof typeof transferJa, string> = {
  'trd.hint.mail': 'Needs your confirmation password and a mail-notified password.',
  'trd.hint.token': 'Needs your confirmation password and the code from your one-time password app.',
  'trd.hint.confirmOnly': 'Needs only your confirmation password.',
  'trd.hint.unknown': 'The review screen shows what you will need to enter.',

  'trd.bank.checking': 'Looking up the bank…',
  'trd.bank.found': 'Bank: {name}',
  'trd.bank.unknown': 'No bank has this code.',
  'trd.bank.failed': 'The bank name could not be looked up. You can still continue.',
  'trd.branch.checking': 'Looking up the branch…',
  'trd.branch.found': 'Branch: {name}',
  'trd.branch.unknown': '{bank} has no branch with this code.',
  'trd.branch.failed': 'The branch name could not be looked up. You can still continue.',
  'trd.err.unknownBank': 'No bank has this code. Check the code, or choose the bank with “Search by bank or branch name”.',
  'trd.err.unknownBranch': '{bank} has no branch with this code. Check the code, or choose the branch with “Search by bank or branch name”.',

  'trd.search.open': 'Search by bank or branch name',
  'trd.search.titleBank': 'Find the bank',
  'trd.search.titleBranch': 'Find a branch of {bank}',
  'trd.search.bankLabel': 'Bank name (in Japanese, or its reading in Latin letters)',
  'trd.search.branchLabel': 'Branch name (in Japanese, or its reading in Latin letters)',
  'trd.search.hint': 'Part of the name is enough. The reading in Latin letters works too, such as aoyama or sanpuru.',
  'trd.search.submit': 'Search',
  'trd.search.results': 'Results',
  'trd.search.searching': 'Searching…',
  'trd.search.count': '{n} found. Choosing one fills in its code.',
  'trd.search.none': 'Nothing found. Try writing it another way.',
  'trd.search.failed': 'The search did not work. Please try again.',
  'trd.search.changeBank': 'Choose another bank',

  'trd.withCode': '{name} ({code})',
  'trd.codesOnly': 'bank code {bank}, branch code {branch}',

  'trd.review.mail': 'When you continue, a mail-notified password is sent to these addresses:',
  'trd.review.token': 'Your one-time password app is active, so no mail is sent. On the next screen, enter the code shown in the app and your confirmation password.',
  'trd.review.confirmOnly': 'This transfer needs only your confirmation password. No mail is sent.',
  'trd.review.unknown': 'The next screen shows what you need to enter to confirm it is you.',
  'trd.dest.registered': 'Registered address: {address}',
  'trd.dest.select1': 'Select e-mail address 1: {address}',
  'trd.dest.select2': 'Select e-mail address 2: {address}',
  'trd.auth.mail': 'A mail-notified password has been sent to these addresses:',
  'trd.auth.token': 'No mail has been sent. Enter the code shown in your one-time password app and your confirmation password.',
  'trd.auth.confirmOnly': 'This transfer needs only your confirmation password. No mail has been sent.',

  'trd.guide.allTransfers': 'Every transfer (registered payees too), bill payment, changing your details, …',
  'trd.guide.policyUnknown': 'Log in to see this bank’s rule',
  'trd.guide.registeredOtp': 'A transfer to a registered payee needs, like one to a new payee, your confirmation password and a one-time password (by mail or from the app).',
  'trd.guide.registeredConfirmOnly': 'A transfer to a registered payee needs only your confirmation password.',
  'trd.guide.registeredUnknown': 'What a transfer to a registered payee needs is shown in the diagram once you log in.',
};
