/**
 * Pieces the notation rules are written with (src/clinical/notation/rules.ts): where a number or
 * a word may start and end, the units a dose is written in, and the form a dose is suggested in.
 * Pure and free of server imports: the admin lints as the writer types.
 */

/** Not inside a word or another number: the position before a token. */
export const START = String.raw`(?<![\p{L}\p{N}_.,])`

/** Not followed by more of a word, nor by a dot that continues one ("U.S."). */
export const END = String.raw`(?![\p{L}\p{N}_]|\.[\p{L}\p{N}])`

/** A number as a dose is written: 5, 2.5, 1,000, 0.125. */
export const NUMBER = String.raw`${START}(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`

/** The units a dose is written in, longest first so "mg" is not read as "m". */
export const DOSE_UNIT = String.raw`(?:milligrams?|micrograms?|nanograms?|grams?|millilit(?:er|re)s?|lit(?:er|re)s?|tablets?|capsules?|Units?|units?|UNITS?|mmol|mEq|mcg|MCG|mg|MG|µg|μg|ug|gm|ng|kg|mL|ml|ML|cc|IU|g|L|U)(?![\p{L}\p{N}_])`

/** The units a run-together dose is flagged for; "1L" (first line) and "20G" (gauge) are not doses. */
export const RUN_TOGETHER_UNIT = String.raw`(?:milligrams?|micrograms?|units?|Units?|mmol|mEq|mcg|mg|MG|µg|μg|ug|gm|ng|mL|ml|g)(?![\p{L}\p{N}_])`

const PREFERRED_UNIT: Record<string, string> = {
  µg: 'mcg',
  μg: 'mcg',
  ug: 'mcg',
  MCG: 'mcg',
  MG: 'mg',
  gm: 'g',
  cc: 'mL',
  ml: 'mL',
  ML: 'mL',
  UNITS: 'units',
  UNIT: 'unit',
  Units: 'units',
  Unit: 'unit',
}

const isOne = (amount: string): boolean => /^1(?:\.0*)?$/.test(amount.replace(/,/g, ''))

/** The unit as ISMP recommends it: "mcg" for µg, "mL" for cc, "units" for U and IU. */
export const preferredUnit = (unit: string, amount = ''): string => {
  const bare = unit.replace(/\./g, '')
  if (bare === 'U' || bare === 'u' || bare === 'IU') return isOne(amount) ? 'unit' : 'units'
  return PREFERRED_UNIT[unit] ?? unit
}

/** A number as ISMP recommends it: no trailing zero, a leading zero, commas from 1,000. */
export const preferredNumber = (amount: string): string => {
  const [whole, fraction = ''] = amount.replace(/,/g, '').split('.')
  const digits = (whole || '0').replace(/^0+(?=\d)/, '')
  const grouped = digits.length >= 4 ? digits.replace(/\B(?=(\d{3})+$)/g, ',') : digits
  const decimals = fraction.replace(/0+$/, '')
  return decimals ? `${grouped}.${decimals}` : grouped
}

/** A dose ("1.0mg", ".5 ug", "100000 U") in the form to write it: "1 mg", "0.5 mcg", "100,000 units". */
export const preferredDose = (amount: string, unit: string): string =>
  `${preferredNumber(amount)} ${preferredUnit(unit, amount)}`

/** A range ("10-20", "10–20") with each number in the form to write it. */
export const preferredRange = (range: string): string =>
  range.replace(/[\d.,]+/g, (amount) => preferredNumber(amount))
