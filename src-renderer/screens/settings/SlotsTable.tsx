/** The two Select E-mail addresses as a table: in use or not, the address, password destination. */
import type { SelectEmailSlot } from '../../../src-shared/bank-api/customer.js';
import { useT } from '../../i18n/use-t.js';
import { slotNo } from './list.js';

export function SlotsTable({ slots, caption, testId }: { slots: Pick<SelectEmailSlot, 'slot' | 'use' | 'address' | 'otpDestination'>[]; caption: string; testId?: string }) {
  const { t, lang } = useT();
  return (
    <div className="table-wrap">
      <table className="slots" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('set.col.slot')}</th>
            <th scope="col">{t('set.col.use')}</th>
            <th scope="col">{t('set.col.address')}</th>
            <th scope="col">{t('set.col.dest')}</th>
          </tr>
        </thead>
        <tbody>
          {slots.map((s) => (
            <tr key={s.slot} data-slot={s.slot}>
              <th scope="row">{t('set.slot', { n: slotNo(s.slot, lang) })}</th>
              <td>{t(s.use ? 'set.use' : 'set.noUse')}</td>
              <td className="address">{s.use && s.address ? s.address : t('set.noAddress')}</td>
              <td>{t(s.use && s.otpDestination ? 'set.dest.yes' : 'set.dest.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
