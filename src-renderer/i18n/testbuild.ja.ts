/**
 * Tester builds only: read by TestBuildBanner and SeedCustomers, never merged into the main
 * catalogs, so a customer build's bundle does not contain these words.
 */
export const testbuildJa = {
  'testbuild.banner': 'テストビルド — デモ銀行です。実際のお金は動きません。',
  'testbuild.bannerLabel': 'テストビルドのお知らせ',
  'testbuild.seed.title': 'デモ用のお客さま',
  'testbuild.seed.intro': 'デモ銀行の初期データです。ワンタイムパスワードのメールは、メニュー「テスト」→「メールボックスを開く」で読めます。',
  'testbuild.seed.loginId': 'ログインID',
  'testbuild.seed.password': 'ログインパスワード',
  'testbuild.seed.confirm': '確認用パスワード',
  'testbuild.seed.kind': '特徴',
  'testbuild.seed.use': 'このIDを入力',
  'testbuild.seed.none': 'なし',
  'testbuild.kind.mail': 'メール通知パスワード',
  'testbuild.kind.token': 'ワンタイムパスワードアプリ利用中',
  'testbuild.kind.suspended': 'アプリ利用解除中',
  'testbuild.kind.new': '初回ログイン(利用開始手続き前)',
} as const;

export type TestbuildKey = keyof typeof testbuildJa;
