// Tester-build pieces of the renderer, rendered to HTML (no browser). Whether a customer bundle
// contains them at all is checked by tests/integration/packaging/test-build.test.ts.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { DemoCustomers, TesterState } from '../../../src-shared/bank-api/index.js';
import { SeedCustomersView } from '../../../src-renderer/components/SeedCustomers.js';
import { TestBuildBannerView } from '../../../src-renderer/components/TestBuildBanner.js';
import { testbuildEn } from '../../../src-renderer/i18n/testbuild.en.js';
import { testbuildJa } from '../../../src-renderer/i18n/testbuild.ja.js';
import { useApp } from '../../../src-renderer/state/app-store.js';

const customers = DemoCustomers.parse([
  { loginId: 'alpha', name: 'A', loginPassword: 'pw-a-1', confirmationPassword: 'cf-a-1', tokenState: 'not-used', startOfUseDone: true, email: 'a@x.jp' },
  { loginId: 'beta', name: 'B', loginPassword: 'pw-b-1', confirmationPassword: 'cf-b-1', tokenState: 'active', startOfUseDone: true, email: 'b@x.jp' },
  { loginId: 'gamma', name: 'C', loginPassword: 'pw-c-1', confirmationPassword: null, tokenState: 'not-used', startOfUseDone: false, email: null },
]);

beforeEach(() => {
  Object.assign(useApp.getInitialState(), { language: 'ja' });
});

describe('tester build: banner and seed customers', () => {
  it('the banner says it in both languages, whatever the chosen one, and has no close button', () => {
    for (const language of ['ja', 'en'] as const) {
      Object.assign(useApp.getInitialState(), { language });
      const html = renderToStaticMarkup(createElement(TestBuildBannerView));
      expect(html).toContain('TEST BUILD — demo bank, no real money');
      expect(html).toContain('テストビルド');
      expect(html).toMatch(/^<aside [^>]*aria-label=/);
      expect(html).not.toContain('<button');
    }
  });

  it('names each tester control in force in the screen\'s language, and nothing while none is', () => {
    const calm = TesterState.parse({ active: false, clockOffsetMinutes: 0, bankTime: '2026-12-01T00:00:00Z', mail: { delaySeconds: 0, held: false, heldCount: 0 }, faults: [] });
    expect(renderToStaticMarkup(createElement(TestBuildBannerView, { testerState: calm }))).not.toContain('tester-active');
    const busy = TesterState.parse({
      active: true, clockOffsetMinutes: 1530, bankTime: '2026-12-02T01:30:00Z', mail: { delaySeconds: 45, held: true, heldCount: 2 },
      faults: [{ kind: 'authorize', mode: 'drop-after-commit', remaining: 1 }, { kind: 'login', mode: '503', remaining: 0 }],
    });
    const ja = renderToStaticMarkup(createElement(TestBuildBannerView, { testerState: busy }));
    expect(ja).toContain('role="status"');
    for (const s of ['テスター操作が有効です', '銀行の時計 +25時間30分', 'メール送信を45秒遅延', 'メール送信を保留中(2通)', '取引の確定: 確定後に応答を切断(あと1回)']) expect(ja).toContain(s);
    expect(ja).not.toContain('ログイン:'); // a fault used up is not in force
    Object.assign(useApp.getInitialState(), { language: 'en' });
    const en = renderToStaticMarkup(createElement(TestBuildBannerView, { testerState: busy }));
    for (const s of ['Tester controls in force:', 'bank clock +25 h 30 min', 'mail delayed by 45 s', 'mail held (2 waiting)', 'authorize: answer dropped after commit (1 left)']) expect(en).toContain(s);
    // The controls line is in the screen's language only (the fixed banner above it has both).
    const line = /<p class="tester-active"[^>]*>(.*?)<\/p>/.exec(en)![1]!;
    expect(line).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('lists exactly the customers it is given (from the bank), with their passwords and what each shows', () => {
    const html = renderToStaticMarkup(createElement(SeedCustomersView, { customers, onUse: () => {} }));
    for (const c of customers) {
      expect(html).toContain(`<code>${c.loginId}</code>`);
      expect(html).toContain(`<code>${c.loginPassword}</code>`);
    }
    expect(html).toContain(testbuildJa['testbuild.kind.token']);
    expect(html).toContain(testbuildJa['testbuild.kind.new']);
    expect(html).toContain(`aria-label="${testbuildJa['testbuild.seed.use']}: gamma"`);
    expect(html.match(/<tr>/g)).toHaveLength(customers.length + 1);
    expect(renderToStaticMarkup(createElement(SeedCustomersView, { customers: [] }))).toBe('');
  });

  it('the two catalogs have the same keys, none empty', () => {
    expect(Object.keys(testbuildEn).sort()).toEqual(Object.keys(testbuildJa).sort());
    for (const v of [...Object.values(testbuildEn), ...Object.values(testbuildJa)]) expect(v.trim()).not.toBe('');
  });
});
