import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@/lib/core/formats/sha256';

const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it("agrees with Node's crypto at every padding boundary and on non-ASCII text", () => {
    for (let n = 0; n < 140; n++) {
      const text = 'x'.repeat(n);
      expect(sha256Hex(text), `length ${n}`).toBe(node(text));
    }
    for (const text of ['jane.doe@sunrisefamilyclinic.com', 'josé.núñez@clínica.example', '名前@例え.jp', '🙂'.repeat(40)])
      expect(sha256Hex(text)).toBe(node(text));
  });
});
