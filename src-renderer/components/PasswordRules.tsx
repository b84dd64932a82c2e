/** The password rules, each ticked live as the customer types (text, not colour alone). */
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblems, type PasswordRule } from '../../src-shared/domain/passwords.js';
import { useT } from '../i18n/use-t.js';

const RULES: PasswordRule[] = ['length', 'letter', 'digit', 'charset'];

export function PasswordRules({ id, password }: { id: string; password: string }) {
  const { t } = useT();
  const problems = new Set(passwordProblems(password));
  return (
    <div id={id} className="rules">
      <p className="rules-title">{t('pw.rules')}</p>
      <ul>
        {RULES.map((rule) => {
          const met = password !== '' && !problems.has(rule);
          return (
            <li key={rule} className={met ? 'met' : 'unmet'}>
              <span aria-hidden="true" className="mark">{met ? '✓' : '○'}</span>
              {t(`pw.rule.${rule}`, { min: PASSWORD_MIN, max: PASSWORD_MAX })}
              <span className="visually-hidden">{t('common.inParens', { text: t(met ? 'pw.rule.met' : 'pw.rule.unmet') })}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
