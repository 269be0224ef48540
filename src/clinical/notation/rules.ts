import type { CheckSeverity } from '../finding'

import {
  DOSE_UNIT,
  END,
  NUMBER,
  preferredDose,
  preferredRange,
  preferredUnit,
  RUN_TOGETHER_UNIT,
  START,
} from './doseForm'

/**
 * One notation rule. A publisher adds a house rule by adding an entry to NOTATION_RULES (or to
 * the list passed to lintText) with `notationRule({ … })`:
 * - `code`: `notation.<name>`, stable: stored findings and settings name it.
 * - `pattern`: a regular expression source, matched with the flags `gu` plus `flags` (e.g. `i`).
 *   Use the pieces of ./doseForm (NUMBER, DOSE_UNIT, START, END) so a rule starts and ends where a
 *   word or number does; named groups (`(?<amount>…)`) reach `suggest`.
 * - `message`: why it is a problem, in a writer's words (the suggestion is shown with it).
 * - `suggest`: what to write instead of the match, or null when the writer must choose.
 * - `source`, `severity`: where the rule comes from; `block` stops submission, `warn` advises.
 * Rules are tried in this order and a stretch of text gets the first rule that matches it, so
 * each suggestion corrects all of its stretch ("1.0mg" → "1 mg", not two hits).
 */
export type NotationRule = {
  code: string
  pattern: string
  flags?: string
  message: string
  suggest: (match: RegExpExecArray) => string | null
  source: string
  severity: Exclude<CheckSeverity, 'off'>
}

export const notationRule = (rule: NotationRule): NotationRule => rule

export const ISMP = 'ISMP List of Error-Prone Abbreviations, Symbols, and Dose Designations (2021)'
export const JOINT_COMMISSION = 'The Joint Commission Official "Do Not Use" List'

const group = (match: RegExpExecArray, name: string): string => match.groups?.[name] ?? ''

const DRUG_NAMES: Record<string, string> = {
  APAP: 'acetaminophen',
  'ARA A': 'vidarabine',
  'ARA-A': 'vidarabine',
  AZT: 'zidovudine',
  CPZ: 'prochlorperazine or chlorpromazine (write the name)',
  DPT: 'the drug names (Demerol, Phenergan, Thorazine) or the vaccine (write it out)',
  DTO: 'diluted or deodorized tincture of opium (write it out)',
  HCL: 'hydrochloride',
  HCl: 'hydrochloride',
  HCTZ: 'hydrochlorothiazide',
  MTX: 'methotrexate',
  NOAC: 'direct oral anticoagulant (or name the drug)',
  NoAC: 'direct oral anticoagulant (or name the drug)',
  PTU: 'propylthiouracil',
  TAC: 'triamcinolone, or tetracaine, adrenaline and cocaine (write it out)',
  TNK: 'tenecteplase',
  TXA: 'tranexamic acid',
  ZnSO4: 'zinc sulfate',
  'ZnSO₄': 'zinc sulfate',
}

const WORD_START = String.raw`(?<![\p{L}\p{N}_\-])`
const WORD_END = String.raw`(?![\p{L}\p{N}_\-])`

/** The end of an abbreviation written with or without dots ("h.s."), not of "hs-CRP". */
const ABBREVIATION_END = String.raw`(?![\p{L}\p{N}_\-]|\.[\p{L}\p{N}])`

/**
 * The rules, blocking ones first: The Joint Commission's "Do Not Use" list blocks, the rest of
 * ISMP's list advises. Matches are case-aware: `U` only after a number or before "/", `cc` only
 * after a number, `MS` only next to a dose (in drug information it usually means multiple
 * sclerosis).
 */
export const NOTATION_RULES: readonly NotationRule[] = [
  notationRule({
    code: 'notation.trailing-zero',
    // Lab values (g/dL, mmol/L) keep their decimals, as ISMP allows.
    pattern: String.raw`(?<amount>${START}(?:\d{1,3}(?:,\d{3})+|\d+)\.\d*0)(?!\d)\s?(?<unit>${DOSE_UNIT})(?!\/d?L(?![\p{L}]))`,
    message: 'A zero after the decimal point can be missed: 1.0 mg is read as 10 mg.',
    suggest: (match) => preferredDose(group(match, 'amount'), group(match, 'unit')),
    source: JOINT_COMMISSION,
    severity: 'block',
  }),
  notationRule({
    code: 'notation.naked-decimal',
    pattern: String.raw`(?<amount>${START}\.\d+)\s?(?<unit>${DOSE_UNIT})`,
    message: 'Without a zero before it, the decimal point can be missed: .5 mg is read as 5 mg.',
    suggest: (match) => preferredDose(group(match, 'amount'), group(match, 'unit')),
    source: JOINT_COMMISSION,
    severity: 'block',
  }),
  notationRule({
    code: 'notation.units-u',
    pattern: String.raw`(?:(?<amount>${NUMBER})\s?[Uu](?![\p{L}\p{N}_]|\.[\p{L}]|-\d)|(?<![\p{L}\p{N}_\/])U(?=\/[\p{L}]))`,
    message: 'A "U" is read as 0, 4 or "cc": 10 U is given as 100.',
    suggest: (match) =>
      group(match, 'amount') ? preferredDose(group(match, 'amount'), 'U') : 'units',
    source: JOINT_COMMISSION,
    severity: 'block',
  }),
  notationRule({
    code: 'notation.international-units',
    pattern: String.raw`(?:(?<amount>${NUMBER})\s?|(?<![\p{L}\p{N}_]))I\.?U(?![\p{L}\p{N}_])`,
    message: '"IU" is read as "IV" (intravenous) or as 10.',
    suggest: (match) =>
      group(match, 'amount') ? preferredDose(group(match, 'amount'), 'IU') : 'units',
    source: JOINT_COMMISSION,
    severity: 'block',
  }),
  notationRule({
    code: 'notation.qd',
    pattern: String.raw`(?<![\p{L}\p{N}_.])q(?:\.d\.?|d|1d)${END}`,
    flags: 'i',
    message: '"QD" (once a day) is read as "QID" (four times a day).',
    suggest: () => 'daily',
    source: JOINT_COMMISSION,
    severity: 'block',
  }),
  notationRule({
    code: 'notation.qod',
    pattern: String.raw`(?<![\p{L}\p{N}_.])q(?:\.o\.d\.?|od)${END}`,
    flags: 'i',
    message: '"QOD" (every other day) is read as "QD" (daily) or "QID" (four times a day).',
    suggest: () => 'every other day',
    source: JOINT_COMMISSION,
    severity: 'block',
  }),
  notationRule({
    code: 'notation.ms-mso4-mgso4',
    pattern: String.raw`${WORD_START}(?:(?<mso4>MSO[4₄])|(?<mgso4>MgSO[4₄])|MS(?=(?:\s+(?:IR|ER|SR|CR|IV|PO))?\s+\d+(?:\.\d+)?\s?(?:mg|mcg|g|mL)(?![\p{L}]))|(?<=\d\s?(?:mg|mcg|g|mL)\s+(?:of\s+)?)MS)${WORD_END}`,
    message:
      '"MS", "MSO4" and "MgSO4" are confused with each other: morphine sulfate or magnesium sulfate.',
    suggest: (match) =>
      group(match, 'mso4')
        ? 'morphine sulfate'
        : group(match, 'mgso4')
          ? 'magnesium sulfate'
          : 'morphine sulfate or magnesium sulfate (write the name)',
    source: JOINT_COMMISSION,
    severity: 'block',
  }),
  notationRule({
    code: 'notation.thousands-separator',
    pattern: String.raw`(?<amount>${START}\d{4,})(?![\d.,]\d)\s?(?<unit>${DOSE_UNIT})`,
    message:
      'Without commas a large dose is misread by a factor of ten: 100000 is taken for 10000.',
    suggest: (match) => preferredDose(group(match, 'amount'), group(match, 'unit')),
    source: ISMP,
    severity: 'warn',
  }),
  notationRule({
    code: 'notation.microgram',
    pattern: String.raw`(?:(?<amount>${NUMBER})\s?)?(?<![\p{L}_])[µμ]g(?![\p{L}\p{N}_])|(?<amount2>${NUMBER})\s?ug(?![\p{L}\p{N}_])`,
    message: '"µg" and "ug" are read as "mg", a thousand times the dose.',
    suggest: (match) => {
      const amount = group(match, 'amount') || group(match, 'amount2')
      return amount ? preferredDose(amount, 'µg') : 'mcg'
    },
    source: ISMP,
    severity: 'warn',
  }),
  notationRule({
    code: 'notation.cc',
    pattern: String.raw`(?<amount>${NUMBER})\s?cc(?![\p{L}\p{N}_])`,
    flags: 'i',
    message: '"cc" is read as "U" (units) when poorly written.',
    suggest: (match) => preferredDose(group(match, 'amount'), 'cc'),
    source: ISMP,
    severity: 'warn',
  }),
  notationRule({
    code: 'notation.apothecary',
    pattern: String.raw`[℥ʒ℈♏]|(?<amount>${NUMBER})\s?(?:grains?|gr|drachms?|drams?|minims?|scruples?)${END}|(?<![\p{L}\p{N}_])gr\.?\s+(?:[ivxl]+|\d+(?:\/\d+)?)(?![\p{L}\p{N}_])`,
    message:
      'Apothecary units (grains, drams, minims) are unfamiliar and confused with metric units.',
    suggest: () => 'the dose in metric units (mg, mL)',
    source: ISMP,
    severity: 'warn',
  }),
  notationRule({
    code: 'notation.ratio-strength',
    pattern: String.raw`(?<![\p{L}\p{N}_.,:])1\s?:\s?(?<parts>\d{1,3}(?:,\d{3})+|\d{4,})(?![\p{N}]|,\d|\s+(?:people|persons|patients|adults|children|births|individuals|women|men)\b)`,
    message: 'A ratio strength (1:1000) is misread; write the strength as an amount per mL.',
    suggest: (match) => {
      const mgPerMl = 1000 / Number(group(match, 'parts').replace(/,/g, ''))
      const rounded = Number(mgPerMl.toFixed(4))
      return rounded > 0 && Math.abs(rounded - mgPerMl) < 1e-9
        ? `${rounded} mg/mL`
        : 'the strength in mg/mL'
    },
    source: ISMP,
    severity: 'warn',
  }),
  notationRule({
    code: 'notation.name-dose-run-together',
    pattern: String.raw`(?<name>[\p{L}]{3,})(?<amount>\d+(?:\.\d+)?)\s?(?<unit>${RUN_TOGETHER_UNIT})`,
    message:
      'A drug name run into its dose (Inderal40 mg) is misread: the last letter looks like a digit.',
    suggest: (match) =>
      `${group(match, 'name')} ${preferredDose(group(match, 'amount'), group(match, 'unit'))}`,
    source: ISMP,
    severity: 'warn',
  }),
  notationRule({
    code: 'notation.run-together',
    pattern: String.raw`(?<range>${NUMBER}(?:[-–]${NUMBER})?)(?<unit>${RUN_TOGETHER_UNIT})`,
    message: 'A dose run into its unit (10mg) is misread: the "m" looks like a zero.',
    suggest: (match) =>
      `${preferredRange(group(match, 'range'))} ${preferredUnit(group(match, 'unit'), group(match, 'range'))}`,
    source: ISMP,
    severity: 'warn',
  }),
  notationRule({
    code: 'notation.sc-sq',
    pattern: String.raw`${WORD_START}(?:S\.?C|S\.?Q|(?!SUBQ)[Ss][Uu][Bb][\s-]?[Qq])${ABBREVIATION_END}`,
    message:
      '"SC" is read as "SL" (under the tongue), "SQ" as "5 every", the "q" of "sub q" as "every".',
    suggest: () => 'subcut',
    source: ISMP,
    severity: 'warn',
  }),
  notationRule({
    code: 'notation.dc',
    pattern: String.raw`(?<![\p{L}\p{N}_\/])[Dd]\/[Cc](?![\p{L}\p{N}_\/])`,
    message: '"D/C" means both discharge and discontinue: medicines are stopped at discharge.',
    suggest: () => 'discharge or discontinue (write it out)',
    source: ISMP,
    severity: 'warn',
  }),
  notationRule({
    code: 'notation.hs',
    pattern: String.raw`(?<![\p{L}\p{N}_.])(?<nightly>q\.?\s?)?(?:HS|hs|h\.s\.?)${ABBREVIATION_END}`,
    message: '"HS" means both half-strength and at bedtime; "qhs" is read as "qhr" (every hour).',
    suggest: (match) => (group(match, 'nightly') ? 'nightly at bedtime' : 'at bedtime'),
    source: ISMP,
    severity: 'warn',
  }),
  notationRule({
    code: 'notation.tiw',
    pattern: String.raw`(?<![\p{L}\p{N}_.])(?:TIW|tiw|t\.i\.w\.?)${ABBREVIATION_END}`,
    message: '"TIW" (3 times a week) is read as "3 times a day" or "twice in a week".',
    suggest: () => '3 times weekly',
    source: ISMP,
    severity: 'warn',
  }),
  notationRule({
    code: 'notation.biw',
    pattern: String.raw`(?<![\p{L}\p{N}_.])(?:BIW|biw|b\.i\.w\.?)${ABBREVIATION_END}`,
    message: '"BIW" (twice a week) is read as "twice a day".',
    suggest: () => '2 times weekly',
    source: ISMP,
    severity: 'warn',
  }),
  notationRule({
    code: 'notation.drug-abbreviation',
    pattern: `${WORD_START}(?:${Object.keys(DRUG_NAMES)
      .sort((a, b) => b.length - a.length)
      .join('|')})${WORD_END}`,
    message: 'Abbreviated drug names are mistaken for other drugs (MTX, APAP, HCTZ, HCl…).',
    suggest: (match) => DRUG_NAMES[match[0]] ?? null,
    source: ISMP,
    severity: 'warn',
  }),
]
