/**
 * Tester builds only (App.tsx loads this behind the build-time flag): a banner at the top of every
 * screen that the customer cannot close or hide. Shown when main says this is a tester build.
 */
import { useEffect, useState } from 'react';
import type { DemoCustomer } from '../../src-shared/bank-api/index.js';
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
}

/** What main says about the tester build (asked once per page; null until it answered). */
export function useTesterInfo(): TesterInfo | null {
  const [info, setInfo] = useState<TesterInfo | null>(null);
  useEffect(() => {
    let live = true;
    const bridge = findBridge();
    if (!bridge) return;
    void bridge.app.info({}).then((r) => {
      if (live && r.ok) setInfo({ testBuild: r.value.testBuild, demoCustomers: r.value.demoCustomers ?? [] });
    });
    return () => {
      live = false;
    };
  }, []);
  return info;
}

export function TestBuildBannerView() {
  const tt = useTesterText();
  return (
    <aside className="alert alert-warning test-build-banner" aria-label={tt('testbuild.bannerLabel')}>
      <strong lang="ja">{testbuildJa['testbuild.banner']}</strong>
      <br />
      <strong lang="en">{testbuildEn['testbuild.banner']}</strong>
    </aside>
  );
}

export default function TestBuildBanner() {
  const info = useTesterInfo();
  return info?.testBuild ? <TestBuildBannerView /> : null;
}
