/** Japanese messages for the bank's limits on one-time passwords (lock, issue limit) and the kiosk login reset. */
export const lockJa = {
  'lock.title': 'パスワードの入力が必要なお取引を停止しています',
  'lock.why': 'メール通知パスワードまたはワンタイムパスワードの入力誤りが続いたため、お客さまの口座を守るために、振込・料金払込み・登録情報の変更など、パスワードの入力が必要なお取引を受け付けない状態にしています。',
  'lock.callTitle': '解除するには、お電話ください',
  'lock.call': 'この停止はお客さまご自身では解除できません。下記のお問い合わせ窓口までお電話ください。',
  'lock.phone': '電話番号',
  'lock.hours': '受付時間',
  'lock.notYou': 'ご自身で入力した覚えがない場合は、パスワードが他の人に知られているおそれがあります。お電話の際にお伝えください。',
  'lock.stillOk': '残高や入出金明細は、このままご覧いただけます。',
  'lock.home': '振込など、メール通知パスワードまたはワンタイムパスワードが必要なお取引は現在ご利用いただけません。解除には {phone}（{hours}）までお電話ください。',
  'lock.checking': 'お取引の受付状況を確認しています…',
  'lock.issue.title': 'パスワードを送れる回数の上限に達しました',
  'lock.issue.why': '1時間に送れるメール通知パスワードの数には上限があります（新しいお取引・再送・利用開始手続きのメールを合わせて数えます）。',
  'lock.issue.until': '次にパスワードを送れるのは {time}（日本時間）からです。入力した内容はそのまま残っていますので、時間になったらもう一度お試しください。',
  'lock.issue.left': 'あと {time}',
  'lock.issue.over': '新しいパスワードを送れるようになりました。もう一度お試しください。',
} as const;
