/**
 * Tester builds only: the demo bank's seed customers under the login form (the list comes from
 * the bank through main, never from this file). "Use this ID" fills the login ID field.
 */
import type { DemoCustomer } from '../../src-shared/bank-api/index.js';
import type { TestbuildKey } from '../i18n/testbuild.ja.js';
import { useTesterInfo, useTesterText } from './TestBuildBanner.js';

function kindKey(c: DemoCustomer): TestbuildKey {
  if (!c.startOfUseDone) return 'testbuild.kind.new';
  if (c.tokenState === 'active') return 'testbuild.kind.token';
  if (c.tokenState === 'suspended') return 'testbuild.kind.suspended';
  return 'testbuild.kind.mail';
}

export function SeedCustomersView({ customers, onUse }: { customers: DemoCustomer[]; onUse?: (loginId: string) => void }) {
  const tt = useTesterText();
  if (!customers.length) return null;
  return (
    <section className="card narrow seed-customers" aria-labelledby="seed-title">
      <h2 id="seed-title">{tt('testbuild.seed.title')}</h2>
      <p className="note">{tt('testbuild.seed.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{tt('testbuild.seed.loginId')}</th>
            <th scope="col">{tt('testbuild.seed.password')}</th>
            <th scope="col">{tt('testbuild.seed.confirm')}</th>
            <th scope="col">{tt('testbuild.seed.kind')}</th>
            {onUse ? <td /> : null}
          </tr>
        </thead>
        <tbody>
          {customers.map((c) => (
            <tr key={c.loginId}>
              <th scope="row"><code>{c.loginId}</code></th>
              <td><code>{c.loginPassword}</code></td>
              <td>{c.confirmationPassword ? <code>{c.confirmationPassword}</code> : tt('testbuild.seed.none')}</td>
              <td>{tt(kindKey(c))}</td>
              {onUse ? (
                <td>
                  <button type="button" className="btn btn-small btn-secondary" onClick={() => onUse(c.loginId)} aria-label={`${tt('testbuild.seed.use')}: ${c.loginId}`}>
                    {tt('testbuild.seed.use')}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default function SeedCustomers({ onUse }: { onUse?: (loginId: string) => void }) {
  const info = useTesterInfo();
  return info?.testBuild ? <SeedCustomersView customers={info.demoCustomers} onUse={onUse} /> : null;
}
