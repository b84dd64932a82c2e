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
