/** Japanese messages of the one-time password prompt's waits and of re-typing after a failed submit. */
export const otpJa = {
  'otp.tooSoon': '続けて送るには、前の送信から少し時間をおく必要があります。送れるようになるまでお待ちください。',
  'otp.tooSoon.stillValid': '続けて送るには、前の送信から少し時間をおく必要があります。画面に表示している照合番号 {reference} のパスワードはまだ使えますので、先にメールをご確認ください。',
  'otp.retype': '安全のため、入力したパスワードは消去しました。メールのパスワードをもう一度入力してください。',
  'otp.retypeToken': '安全のため、入力したワンタイムパスワードは消去しました。アプリに現在表示されている数字を入力してください。',
  'auth.confirmRetype': '安全のため、入力した確認用パスワードは消去しました。もう一度入力してください。',
} as const;
