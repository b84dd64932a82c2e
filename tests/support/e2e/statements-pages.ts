/** The statements screen (明細照会): its period fields and their messages. */
import type { Locator, Page } from '@playwright/test';
import { either } from './text.js';

type StatementField = 'from' | 'to';

export class StatementsPage {
  constructor(readonly page: Page) {}
  title(): Locator {
    return this.page.getByRole('heading', { name: either('st.title'), level: 1 });
  }
  field(name: StatementField): Locator {
    return this.page.locator(`#st-${name}`);
  }
  fieldError(name: StatementField): Locator {
    return this.page.locator(`#st-${name}-error`);
  }
}

/** 受付結果の一覧 (the receipts list) and a receipt reopened from it. */
export class ReceiptsPage {
  constructor(readonly page: Page) {}
  rows(): Locator {
    return this.page.getByTestId('receipt-row');
  }
  /** The list's button that reopens the receipt numbered `receiptNumber`. */
  open(receiptNumber: string): Locator {
    return this.page.getByRole('button', { name: either('rc.open', { number: receiptNumber }) });
  }
  /** The reopened receipt's rows. */
  receipt(): Locator {
    return this.page.getByTestId('receipt');
  }
}
