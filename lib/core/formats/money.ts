// Made on first use, not when the module loads: an Intl.NumberFormat takes ~6 ms to build (its
// locale data), and every page bundle loads this module while most pages never show an amount.
let usd: Intl.NumberFormat | undefined;
let usdWhole: Intl.NumberFormat | undefined;

/** "$1,250.00" ("-$1,250.00" when negative); `whole` drops the cents ("$250"). */
export function formatUsd(n: number, options: { whole?: boolean } = {}): string {
  if (!Number.isFinite(n)) throw new RangeError(`Not an amount: ${n}`);
  if (options.whole) return (usdWhole ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0 })).format(n);
  return (usd ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })).format(n);
}
