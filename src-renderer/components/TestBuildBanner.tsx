/**
 * Tester builds only (App.tsx loads this behind the build-time flag): a banner at the top of every
 * screen that the customer cannot close or hide. Shown when main says this is a tester build; it
 * also names the demo bank's tester controls in force (clock moved, mail delayed or held, faults).
 */
import { useEffect, useState } from 'react';
import type { DemoCustomer, TesterState } from '../../src-shared/bank-api/index.js';
import { testbuildEn } from '../i18n/testbuild.en.js';
import { testbuildJa, type TestbuildKey } from '../i18n/testbuild.ja.js';
import { findBridge } from '../lib/bridge.js';
import { useApp } from '../state/app-store.js';

export function useTesterText(): (key: TestbuildKey) => string {
  const lang = useApp((s) => s.language);
  return (key) => (lang === 'en' ? testbuildEn : testbuildJa)[key];
}

export interface TesterInfo {
  testBuild: boolean;
  demoCustomers: DemoCustomer[];
  /** The tester controls in force, as main last read them from the demo bank (null: not known). */
  testerState: TesterState | null;
}

/** What main says about the tester build (asked once per page, then kept up to date by `tester.state`; null until it answered). */
export function useTesterInfo(): TesterInfo | null {
  const [info, setInfo] = useState<TesterInfo | null>(null);
  useEffect(() => {
    let live = true;
    const bridge = findBridge();
    if (!bridge) return;
    let latest: TesterState | null = null;
    const off = bridge.on('tester.state', (state) => {
      latest = state;
      setInfo((prev) => (prev ? { ...prev, testerState: state } : prev));
    });
    void bridge.app.info({}).then((r) => {
      if (live && r.ok) setInfo({ testBuild: r.value.testBuild, demoCustomers: r.value.demoCustomers ?? [], testerState: latest ?? r.value.testerState ?? null });
    });
    return () => {
      live = false;
      off();
    };
  }, []);
  return info;
}

/** One short phrase per control in force, in the screen's language. */
export function activeControls(state: TesterState, tt: (key: TestbuildKey) => string): string[] {
  const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  const parts: string[] = [];
  if (state.clockOffsetMinutes !== 0) {
    const m = Math.abs(state.clockOffsetMinutes);
    parts.push(fill(tt('testbuild.active.clock'), { hours: Math.floor(m / 60), minutes: m % 60 }));
  }
  if (state.mail.delaySeconds > 0) parts.push(fill(tt('testbuild.active.delay'), { seconds: state.mail.delaySeconds }));
  if (state.mail.held) parts.push(fill(tt('testbuild.active.held'), { count: state.mail.heldCount }));
  for (const f of state.faults) {
    if (f.remaining > 0) parts.push(fill(tt('testbuild.active.fault'), { kind: tt(`testbuild.fault.${f.kind}`), mode: tt(`testbuild.fault.${f.mode}`), count: f.remaining }));
  }
  return parts;
}

export function TestBuildBannerView({ testerState = null }: { testerState?: TesterState | null }) {
  const tt = useTesterText();
  const active = testerState?.active ? activeControls(testerState, tt) : [];
  return (
    <aside className="alert alert-warning test-build-banner" aria-label={tt('testbuild.bannerLabel')}>
      <strong lang="ja">{testbuildJa['testbuild.banner']}</strong>
      <br />
      <strong lang="en">{testbuildEn['testbuild.banner']}</strong>
      {testerState?.active ? (
        <p className="tester-active" data-testid="tester-active" role="status">
          <strong>{tt('testbuild.active.title')}</strong> {active.join(' / ')}
          <br />
          {tt('testbuild.active.where')}
        </p>
      ) : null}
    </aside>
  );
}

export default function TestBuildBanner() {
  const info = useTesterInfo();
  return info?.testBuild ? <TestBuildBannerView testerState={info.testerState} /> : null;
}
