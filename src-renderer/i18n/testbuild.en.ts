import type { TestbuildKey } from './testbuild.ja.js';

export const testbuildEn: Record<TestbuildKey, string> = {
  'testbuild.banner': 'TEST BUILD — demo bank, no real money',
  'testbuild.bannerLabel': 'Test build notice',
  'testbuild.seed.title': 'Demo customers',
  'testbuild.seed.intro': 'The demo bank’s starting data. Read the mail-notified password mails under Test → Open mailbox in the menu.',
  'testbuild.seed.loginId': 'Login ID',
  'testbuild.seed.password': 'Login password',
  'testbuild.seed.confirm': 'Confirmation password',
  'testbuild.seed.kind': 'What it shows',
  'testbuild.seed.use': 'Use this ID',
  'testbuild.seed.none': 'none',
  'testbuild.kind.mail': 'mail-notified password',
  'testbuild.kind.token': 'one-time password app in use',
  'testbuild.kind.suspended': 'app released',
  'testbuild.kind.new': 'first login (start-of-use not done)',
};
