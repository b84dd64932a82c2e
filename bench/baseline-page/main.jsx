// The TTI baseline: the smallest React page with one login form, built with the same Vite and
// React as the renderer and served by the same browser host.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function LoginForm() {
  const [id, setId] = useState('');
  const [password, setPassword] = useState('');
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="login-id">ログインID / Login ID</label>
      <input id="login-id" value={id} onChange={(e) => setId(e.target.value)} autoComplete="username" />
      <label htmlFor="login-password">パスワード / Password</label>
      <input id="login-password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
      <button type="submit">ログイン / Log in</button>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<LoginForm />);
