/**
 * The enterprise policy a page starts with (app/managed-policy.ts): at a browser start Chrome's
 * chrome.storage.managed answers late, so the worker's copy is taken when it comes first;
 * Chrome's own answer is always handed on as `later`. No copy: Chrome's answer, for a second at
 * most (then none, and Chrome's when it comes).
 */
import { describe, expect, it } from 'vitest';
import { managedPolicy } from '@/app/managed-policy';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('managedPolicy', () => {
  it('takes the worker’s copy when Chrome is slow, and hands on Chrome’s answer', async () => {
    const policy = managedPolicy(
      () => after(50, { sites: { gmail: false } }),
      () => after(1, { policy: { sites: { gmail: true } } }),
    );
    await expect(policy.first).resolves.toEqual({ sites: { gmail: true } });
    await expect(policy.later).resolves.toEqual({ sites: { gmail: false } });
  });

  it('waits for Chrome when there is no copy, or the copy is not one', async () => {
    for (const copy of [undefined, null, 'x', { other: 1 }]) {
      const policy = managedPolicy(
        () => after(20, { labels: {} }),
        () => after(1, copy),
      );
      await expect(policy.first).resolves.toEqual({ labels: {} });
    }
  });

  it('starts with no policy when neither Chrome nor a copy answers in time, and hands on Chrome’s', async () => {
    const policy = managedPolicy(
      () => after(80, { sites: { gmail: false } }),
      () => after(1, undefined),
      20,
    );
    await expect(policy.first).resolves.toEqual({});
    await expect(policy.later).resolves.toEqual({ sites: { gmail: false } });
    // A copy that comes within the wait is still taken.
    const late = managedPolicy(() => after(80, { a: 1 }), () => after(10, { policy: { a: 2 } }), 40);
    await expect(late.first).resolves.toEqual({ a: 2 });
  });

  it('takes Chrome’s answer when it comes first, and a failed copy read changes nothing', async () => {
    const first = managedPolicy(() => after(1, { a: 1 }), () => after(30, { policy: { a: 2 } }));
    await expect(first.first).resolves.toEqual({ a: 1 });
    const failed = managedPolicy(() => after(10, { a: 3 }), () => Promise.reject(new Error('no storage')));
    await expect(failed.first).resolves.toEqual({ a: 3 });
  });
});
