/** English messages of the guidance page's headline rules, Select E-mail, and the start-of-use advice. */
import type { GuidanceKey } from './guidance.ja.js';

export const guidanceEn: Record<GuidanceKey, string> = {
  'guide.rules.title': 'Please read this first',
  'guide.rule.newest': 'Only the most recently sent mail-notified password can be used.',
  'guide.rule.newestWhy': 'When a new password is sent, every password that arrived before it stops working. Tell the newest mail by its reference and send time, which match the ones on the screen.',
  'guide.rule.mail': 'If you cannot receive the mail with the mail-notified password, you cannot make transfers.',
  'guide.rule.mailWhy': 'The same goes for bill payments, changing your details or e-mail addresses, and starting the one-time password app. Before you transact, make sure mail reaches your registered address (spam settings, the device that receives it).',
  'guide.rule.token': '*1 If you released your one-time password app to change smartphones, you transact with the mail-notified password until you start the app again on the new smartphone.',
  'guide.select.title': 'What is the Select E-mail service?',
  'guide.select.body': 'It lets you register up to two more addresses besides your registered one (Select e-mail address 1 and 2). Addresses in use receive a transaction acceptance mail each time we accept a transaction.',
  'guide.select.dest': 'Each of them can also be made a destination for mail-notified passwords: it then receives the same password as your registered address.',
  'guide.change.title': 'Changing where the password is sent',
  'guide.change.dest': 'After logging in, go to "Settings" → "Mail-notified password settings" to choose whether each Select e-mail address is a destination.',
  'guide.change.select': 'Register the address to add first, under "Settings" → "Select E-mail service".',
  'guide.change.email': 'Your registered e-mail address itself is changed under "Settings" → "Change your registered e-mail address".',
  'guide.change.open': 'Open Settings',
  'guide.backToForm': 'Back to getting started',
  'sou.advice.title': 'Before you choose the address',
  'sou.advice.intro': 'For each important transaction we send a mail-notified password to the address you register here. Please check the following before you type it.',
  'sou.guideLink': 'Read about the mail-notified password',
  'sou.guideLinkNote': 'What you have entered stays here when you come back from the guide.',
};
