/**
 * Japanese messages of the transfer screens' bank directory (names as codes are typed, search by
 * name), of what confirming a transfer will take, and of the decision diagram's transfer rule.
 */
export const transferJa = {
  'trd.hint.mail': '確認用パスワードとメール通知パスワードが必要です。',
  'trd.hint.token': '確認用パスワードとワンタイムパスワード（アプリの数字）が必要です。',
  'trd.hint.confirmOnly': '確認用パスワードだけで振り込めます。',
  'trd.hint.unknown': '必要な入力は、内容確認の画面でお知らせします。',

  'trd.bank.checking': '金融機関名を確認しています…',
  'trd.bank.found': '金融機関名：{name}',
  'trd.bank.unknown': 'この金融機関コードは見つかりません。',
  'trd.bank.failed': '金融機関名を確認できませんでした。このまま進むこともできます。',
  'trd.branch.checking': '支店名を確認しています…',
  'trd.branch.found': '支店名：{name}',
  'trd.branch.unknown': '{bank}に、この支店コードの支店はありません。',
  'trd.branch.failed': '支店名を確認できませんでした。このまま進むこともできます。',
  'trd.err.unknownBank': 'この金融機関コードは見つかりません。コードをお確かめいただくか、「金融機関名・支店名で検索」から選んでください。',
  'trd.err.unknownBranch': '{bank}に、この支店コードの支店はありません。コードをお確かめいただくか、「金融機関名・支店名で検索」から選んでください。',

  'trd.search.open': '金融機関名・支店名で検索',
  'trd.search.titleBank': '金融機関を検索',
  'trd.search.titleBranch': '{bank}の支店を検索',
  'trd.search.bankLabel': '金融機関名（かな・漢字・ローマ字）',
  'trd.search.branchLabel': '支店名（かな・漢字・ローマ字）',
  'trd.search.hint': '名前の一部だけでも探せます。',
  'trd.search.submit': '検索する',
  'trd.search.results': '検索結果',
  'trd.search.searching': '検索しています…',
  'trd.search.count': '{n}件見つかりました。選ぶとコードが入ります。',
  'trd.search.none': '見つかりませんでした。別の書き方でもお試しください。',
  'trd.search.failed': '検索できませんでした。もう一度お試しください。',
  'trd.search.changeBank': '金融機関を選び直す',

  'trd.withCode': '{name}（{code}）',
  'trd.codesOnly': '金融機関コード {bank}・支店コード {branch}',

  'trd.review.mail': '次へ進むと、メール通知パスワードを次のアドレスにお送りします。',
  'trd.review.token': 'ワンタイムパスワードアプリをご利用中のため、メールはお送りしません。次の画面で、アプリに表示される数字と確認用パスワードを入力してください。',
  'trd.review.confirmOnly': 'この振込は確認用パスワードだけで実行できます。メールはお送りしません。',
  'trd.review.unknown': 'ご本人確認に必要な入力は、次の画面でお知らせします。',
  'trd.dest.registered': '登録メールアドレス：{address}',
  'trd.dest.select1': 'セレクトメールアドレス１：{address}',
  'trd.dest.select2': 'セレクトメールアドレス２：{address}',
  'trd.auth.mail': 'メール通知パスワードを次のアドレスにお送りしました。',
  'trd.auth.token': 'メールはお送りしていません。ワンタイムパスワードアプリに表示されている数字と確認用パスワードを入力してください。',
  'trd.auth.confirmOnly': 'この振込に必要なのは確認用パスワードだけです。メールはお送りしていません。',

  'trd.guide.allTransfers': 'すべての振込（登録済みの振込先も）・料金払込み・登録情報の変更など',
  'trd.guide.policyUnknown': 'ログインすると、当行の取扱いを表示します',
  'trd.guide.registeredOtp': '登録済みの振込先への振込も、新しい振込先への振込と同じく、確認用パスワードと、メール通知パスワードまたはワンタイムパスワード（アプリ）が必要です。',
  'trd.guide.registeredConfirmOnly': '登録済みの振込先への振込には、確認用パスワードだけが必要です。',
  'trd.guide.registeredUnknown': '登録済みの振込先への振込に何が必要かは、ログインするとこの図に表示されます。',
} as const;
