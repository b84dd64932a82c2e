/** Japanese messages of the guidance page's headline rules, Select E-mail, and the start-of-use advice. */
export const guidanceJa = {
  'guide.rules.title': 'はじめにお読みください',
  'guide.rule.newest': 'メール通知パスワードは、いちばん新しく送られたものだけが使えます。',
  'guide.rule.newestWhy': '新しいパスワードが送られると、それまでに届いたパスワードはすべて使えなくなります。画面とメールの照合番号・送信日時が同じかどうかで、いちばん新しいメールを見分けてください。',
  'guide.rule.mail': 'メール通知パスワードのメールを受け取れないと、振込はできません。',
  'guide.rule.mailWhy': '料金払込み、登録情報やメールアドレスの変更、ワンタイムパスワードアプリの利用開始なども同じです。お取引の前に、登録したアドレスにメールが届くこと（迷惑メールの設定や、受信する端末）をご確認ください。',
  'guide.rule.token': '※1 機種変更のためにワンタイムパスワードアプリの利用を解除した場合は、新しいスマートフォンでアプリの利用開始の手続きをするまで、メール通知パスワードでお取引いただきます。',
  'guide.select.title': 'セレクトEメールサービスとは',
  'guide.select.body': '登録メールアドレスのほかに、2つまでアドレス（セレクトメールアドレス１・２）を登録できるサービスです。利用するアドレスには、お取引を受け付けたときのお知らせ（取引受付メール）が届きます。',
  'guide.select.dest': 'それぞれのアドレスを、メール通知パスワードの送信先にすることもできます。送信先にしたアドレスにも、登録メールアドレスと同じパスワードが届きます。',
  'guide.change.title': '送信先を変更するには',
  'guide.change.dest': 'ログイン後、「各種利用設定」→「メール通知パスワード設定」で、セレクトメールアドレスを送信先にするかどうかを選べます。',
  'guide.change.select': '追加するアドレスは、先に「各種利用設定」→「セレクトEメールサービス」で登録してください。',
  'guide.change.email': '登録メールアドレスそのものは、「各種利用設定」→「登録メールアドレスの変更」で変更できます。',
  'guide.change.open': '各種利用設定を開く',
  'guide.backToForm': '利用開始手続きに戻る',
  'sou.advice.title': '登録するアドレスを選ぶ前に',
  'sou.advice.intro': 'ここで登録するアドレスに、大切なお取引のたびにメール通知パスワードをお送りします。次の点を確かめてからご入力ください。',
  'sou.guideLink': 'メール通知パスワードのご案内を読む',
  'sou.guideLinkNote': '入力した内容は、ご案内から戻ったときもそのまま残ります。',
} as const;

export type GuidanceKey = keyof typeof guidanceJa;
