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
  'testbuild.active.title': 'テスター操作が有効です:',
  'testbuild.active.clock': '銀行の時計 +{hours}時間{minutes}分',
  'testbuild.active.delay': 'メール送信を{seconds}秒遅延',
  'testbuild.active.held': 'メール送信を保留中({count}通)',
  'testbuild.active.fault': '{kind}: {mode}(あと{count}回)',
  'testbuild.fault.login': 'ログイン',
  'testbuild.fault.create-operation': '取引の受付',
  'testbuild.fault.authorize': '取引の確定',
  'testbuild.fault.resend': 'パスワード再送',
  'testbuild.fault.any': 'すべての要求',
  'testbuild.fault.503': '503で拒否',
  'testbuild.fault.drop-after-commit': '確定後に応答を切断',
  'testbuild.active.where': 'メニュー「テスト」→「テスター操作を開く」で変更・解除できます。',
} as const;

export type TestbuildKey = keyof typeof testbuildJa;
