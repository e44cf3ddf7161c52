const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const USD_WHOLE = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/** "$1,250.00" ("-$1,250.00" when negative); `whole` drops the cents ("$250"). */
export function formatUsd(n: number, options: { whole?: boolean } = {}): string {
  if (!Number.isFinite(n)) throw new RangeError(`Not an amount: ${n}`);
  return (options.whole ? USD_WHOLE : USD).format(n);
}
