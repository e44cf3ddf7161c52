import { describe, expect, it } from 'vitest';
import { bundleFileName, createBundle, serializeBundle } from '@/lib/audit/bundle';
import { BUNDLE_FORMAT } from '@/lib/audit/bundle-schema';
import { canonicalJson, checksumOf, sha256Hex } from '@/lib/audit/checksum';
import { readBundle } from '@/lib/audit/read-bundle';
import { BUILTIN_PLAYBOOK } from '@/lib/core/playbook/builtin';
import { ACCOUNT_A, ACCOUNT_B, contact, digital, tick } from './support';

const events = [
  tick(ACCOUNT_A, 'OB-PRESENTATION', true, 'Jane Doe', '2026-11-03T16:00:00.000Z', '2026-11-03T16:00:00.000Z-aaaa1111'),
  tick(ACCOUNT_B, 'OB-SAME-DAY-CALL', true, 'Jane Doe', '2026-11-04T16:00:00.000Z', '2026-11-04T16:00:00.000Z-bbbb2222'),
];
const profiles = { [ACCOUNT_A]: digital(ACCOUNT_A, 'Lakeside Clinic', 'Jane Doe', '2026-11-02') };
const exporter = { name: 'Jane Doe', initials: 'JD', app: 'CSM Guide 0.1.0' };
const make = () => createBundle({ events, profiles, exporter, now: '2026-11-27T15:00:00.000Z' });

describe('checksums', () => {
  it('is SHA-256 (WebCrypto) in lower-case hex', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes a canonical JSON text: keys sorted, no whitespace, array order kept', async () => {
    expect(canonicalJson({ b: 1, a: [3, { d: null, c: 'x' }], u: undefined })).toBe('{"a":[3,{"c":"x","d":null}],"b":1}');
    expect(await checksumOf({ b: 1, a: 2 })).toBe(await checksumOf({ a: 2, b: 1 }));
    // A key that would set a prototype if copied into an object is hashed like any other key.
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1}}');
  });
});

describe('bundles: export, then import checks', () => {
  it('writes the header, the content and a checksum over everything but the checksum', async () => {
    const bundle = await make();
    expect(bundle).toMatchObject({ format: BUNDLE_FORMAT, schemaVersion: 2, exporter, exportedAt: '2026-11-27T15:00:00.000Z' });
    expect(bundle.content.events).toEqual(events);
    expect(bundle.content.profiles.map((p) => p.accountId)).toEqual([ACCOUNT_A]);
    const { checksum, ...rest } = bundle;
    expect(checksum).toEqual({ algorithm: 'SHA-256', value: await checksumOf(rest) });
    expect(bundleFileName(exporter, bundle.exportedAt)).toBe('csm-guide-export-jd-2026-11-27.json');
    expect(bundleFileName({ name: 'Zoë Ng' }, bundle.exportedAt)).toBe('csm-guide-export-zoe-ng-2026-11-27.json');
  });

  it('reads its own file back, also re-indented or with keys in another order', async () => {
    const bundle = await make();
    const read = await readBundle(serializeBundle(bundle));
    expect(read).toEqual({
      ok: true,
      bundle: { exporter, exportedAt: bundle.exportedAt, events, profiles: bundle.content.profiles, fileVersion: 2, checksum: bundle.checksum.value },
    });
    const { checksum, content, ...head } = bundle;
    const reordered = JSON.stringify({ checksum, content, ...head });
    expect((await readBundle(reordered)).ok).toBe(true);
    expect((await readBundle(`\uFEFF${JSON.stringify(bundle)}`)).ok).toBe(true);
  });

  it('detects a tampered file: a changed tick, a changed header, an event removed', async () => {
    const bundle = await make();
    const flipped = structuredClone(bundle);
    (flipped.content.events[0] as { done: boolean }).done = false;
    const renamed = { ...structuredClone(bundle), exporter: { ...exporter, name: 'Someone Else' } };
    const shorter = structuredClone(bundle);
    shorter.content.events.pop();
    for (const tampered of [flipped, renamed, shorter]) {
      const read = await readBundle(JSON.stringify(tampered));
      expect(read).toMatchObject({ ok: false, problem: 'checksum' });
      if (!read.ok) expect(read.message).toMatch(/checksum does not match: the file was changed or cut short/);
    }
  });

  it('detects a truncated file (cut off mid-way: not complete JSON)', async () => {
    const text = serializeBundle(await make());
    for (const cut of [text.slice(0, text.length / 2), text.slice(0, -3)]) {
      const read = await readBundle(cut);
      expect(read).toMatchObject({ ok: false, problem: 'not-json' });
      if (!read.ok) expect(read.message).toMatch(/cut short/);
    }
  });

  it('refuses deeply nested JSON with a message instead of throwing (the checksum walk would overflow the stack)', async () => {
    const depth = 100_000;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    for (const text of [
      `{"format":"${BUNDLE_FORMAT}","schemaVersion":2,"extra":${nested},"checksum":{"algorithm":"SHA-256","value":"${'0'.repeat(64)}"}}`,
      nested,
    ]) {
      const read = await readBundle(text);
      expect(read).toMatchObject({ ok: false, problem: 'too-deep' });
      if (!read.ok) expect(read.message).toMatch(/nested more than 64 levels deep/);
    }
    // Brackets inside strings are text, not nesting.
    const bundle = await make();
    const { checksum: _, ...rest } = structuredClone(bundle);
    rest.exporter.name = '['.repeat(100);
    const read = await readBundle(JSON.stringify({ ...rest, checksum: { algorithm: 'SHA-256', value: await checksumOf(rest) } }));
    expect(read.ok).toBe(true);
  });

  it('explains a wrong schema, a playbook, a newer version and a missing checksum', async () => {
    const bundle = await make();
    const cases: Array<[unknown, string, RegExp]> = [
      [{ hello: 'world' }, 'not-bundle', /not a CSM Guide export \(wrong schema/],
      [[1, 2, 3], 'not-bundle', /not a CSM Guide export/],
      [BUILTIN_PLAYBOOK, 'playbook', /This is a playbook.*Settings page/],
      [{ ...bundle, schemaVersion: 3 }, 'newer', /newer CSM Guide \(export format version 3; this one reads up to version 2\)\. Update CSM Guide/],
      [{ ...bundle, schemaVersion: '2' }, 'unknown-version', /Wrong schema: export format version "2"/],
      [{ ...bundle, checksum: undefined }, 'checksum', /no checksum/],
    ];
    for (const [value, problem, message] of cases) {
      const read = await readBundle(JSON.stringify(value));
      expect(read).toMatchObject({ ok: false, problem });
      if (!read.ok) expect(read.message).toMatch(message);
    }
  });

  it('names the bad entries of a file whose checksum matches but whose content is invalid', async () => {
    const bundle = await make();
    const { checksum: _, ...rest } = structuredClone(bundle);
    (rest.content.events[1] as { accountId: string }).accountId = '001-short';
    const forged = { ...rest, checksum: { algorithm: 'SHA-256', value: await checksumOf(rest) } };
    const read = await readBundle(JSON.stringify(forged));
    expect(read).toMatchObject({ ok: false, problem: 'invalid' });
    if (!read.ok) expect(read.details).toEqual(['Event 2 › accountId: Invalid string: must match pattern /^[a-zA-Z0-9]{18}$/']);
  });

  it('refuses a file whose checksum matches but which holds a day that is not on the calendar', async () => {
    const bundle = await make();
    const { checksum: _, ...rest } = structuredClone(bundle);
    rest.content.events.push(contact(ACCOUNT_A, '2026-02-30', 'call', 'Jane Doe', '2026-11-05T16:00:00.000Z'));
    (rest.content.profiles[0]!.facts.assignmentDate as { value: string }).value = '2026-02-29';
    const forged = { ...rest, checksum: { algorithm: 'SHA-256', value: await checksumOf(rest) } };
    const read = await readBundle(JSON.stringify(forged));
    expect(read).toMatchObject({ ok: false, problem: 'invalid' });
    if (!read.ok)
      expect(read.details).toEqual([
        'Event 3 › day: "2026-02-30" is not a day on the calendar',
        'Profile 1 › facts.assignmentDate.value: "2026-02-29" is not a day on the calendar',
      ]);
  });

  it('reads an older (v1, log-only) file and migrates it: its events, no profiles, the exporter by name', async () => {
    const v1 = { format: BUNDLE_FORMAT, schemaVersion: 1, exporter: 'Sam Roe', exportedAt: '2026-10-01T12:00:00.000Z', events };
    const file = JSON.stringify({ ...v1, sha256: await checksumOf(v1) });
    expect(await readBundle(file)).toEqual({
      ok: true,
      bundle: { exporter: { name: 'Sam Roe' }, exportedAt: v1.exportedAt, events, profiles: [], fileVersion: 1, checksum: await checksumOf(v1) },
    });
    const tampered = JSON.stringify({ ...v1, exporter: 'Mallory', sha256: await checksumOf(v1) });
    expect(await readBundle(tampered)).toMatchObject({ ok: false, problem: 'checksum' });
  });
});
