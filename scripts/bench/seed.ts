/**
 * Events added to the log the way an import or a team pull adds them: `progress/append` sent to
 * the background from an extension page, 20,000 events a message (the protocol's cap).
 */
import type { Page } from '@playwright/test';

/** Events per message (the protocol's cap). */
export const SEED_BATCH = 20_000;

export interface SeedOptions {
  /** Index of the first event (ids and times follow it, so calls can be chained). */
  from: number;
  to: number;
  /** Every `ownEvery`-th event is on this account (the record a tab shows); the rest on 2,000 others. */
  own?: { accountId: string; every: number };
}

/** Sends events [from, to) in messages of SEED_BATCH; resolves when the last is stored. */
export async function seedEvents(extensionPage: Page, { from, to, own }: SeedOptions): Promise<void> {
  for (let start = from; start < to; start += SEED_BATCH) {
    await extensionPage.evaluate(
      async ({ from, to, own }) => {
        const base = Date.UTC(2026, 0, 1);
        const events = Array.from({ length: to - from }, (_, k) => {
          const i = from + k;
          const at = new Date(base + i * 60_000).toISOString();
          const accountId = own && i % own.every === 0 ? own.accountId : `001Hs${String(i % 2000).padStart(10, '0')}AAA`;
          return { type: 'item', id: `${at}-seed${i}`, accountId, by: 'Maria Lopez', at, ruleId: `OB-STEP-${i % 45}`, done: i % 3 !== 0 };
        });
        const send = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage;
        const answer = (await send({ type: 'progress/append', events })) as { ok: boolean; error?: string };
        if (!answer?.ok) throw new Error(`seeding failed: ${answer?.error}`);
      },
      { from: start, to: Math.min(to, start + SEED_BATCH), own: own ?? null },
    );
  }
}
