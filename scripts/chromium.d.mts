export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
export declare const PLAYWRIGHT_USE: {
  headless: boolean;
  locale: string;
  timezoneId: string;
  viewport: { width: number; height: number };
  screenshot: 'only-on-failure';
  trace: 'off';
  launchOptions: { executablePath: string; args: string[] };
};
