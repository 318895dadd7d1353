// Physical measurements: weights, lengths and speeds in whatever unit an outlet writes them ("400lb",
// "181-kg", "15ft", "12 feet (3.7 meters)", "60 mph"), converted to one base unit per kind so that
// "181 kg" and "400 pounds" compare as the same weight.
import { digitValue } from './numbers';

/** A unit as written, with the base unit of its kind and how many base units one of it makes. */
export interface MeasureUnit {
  base: 'kg' | 'm' | 'km/h';
  factor: number;
}

/** The units figures of a physical measurement are given in: one base unit per kind. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set<MeasureUnit['base']>(['kg', 'm', 'km/h']);

const POUND: MeasureUnit = { base: 'kg', factor: 0.45359237 };
const KILOGRAM: MeasureUnit = { base: 'kg', factor: 1 };
const FOOT: MeasureUnit = { base: 'm', factor: 0.3048 };
const METRE: MeasureUnit = { base: 'm', factor: 1 };
const MILE: MeasureUnit = { base: 'm', factor: 1609.344 };
const KILOMETRE: MeasureUnit = { base: 'm', factor: 1000 };

const WRITTEN_UNITS: ReadonlyMap<string, MeasureUnit> = new Map([
  ...['lb', 'lbs', 'pound', 'pounds'].map((w) => [w, POUND] as const),
  ...['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'].map((w) => [w, KILOGRAM] as const),
  ...['tonne', 'tonnes'].map((w) => [w, { base: 'kg', factor: 1000 }] as const),
  ...['ft', 'foot', 'feet'].map((w) => [w, FOOT] as const),
  ...['metre', 'metres', 'meter', 'meters'].map((w) => [w, METRE] as const),
  ...['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'].map((w) => [w, KILOMETRE] as const),
  ...['mile', 'miles'].map((w) => [w, MILE] as const),
  ...['inch', 'inches'].map((w) => [w, { base: 'm', factor: 0.0254 }] as const),
  ...['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'].map((w) => [w, { base: 'm', factor: 0.01 }] as const),
  ...['yard', 'yards'].map((w) => [w, { base: 'm', factor: 0.9144 }] as const),
  ...['mph'].map((w) => [w, { base: 'km/h', factor: 1.609344 }] as const),
  ...['kph', 'kmh'].map((w) => [w, { base: 'km/h', factor: 1 }] as const),
  ...['knot', 'knots'].map((w) => [w, { base: 'km/h', factor: 1.852 }] as const),
]);

/**
 * Abbreviations glued to a number ("15ft", "400lb", "181kg"). A bare "m" is left out: "5m" is as
 * often five million as five metres.
 */
const GLUED_UNITS: ReadonlySet<string> = new Set(['lb', 'lbs', 'kg', 'kgs', 'ft', 'km', 'kms', 'cm', 'mph', 'kph', 'kmh']);

export function measureUnitOf(lower: string): MeasureUnit | undefined {
  return WRITTEN_UNITS.get(lower);
}

/** A distance unit that becomes a speed when "per hour" or "an hour" follows ("60 miles an hour"). */
export function perHourSpeed(unit: MeasureUnit): MeasureUnit | null {
  return unit.base === 'm' && unit.factor >= 1000 ? { base: 'km/h', factor: unit.factor / 1000 } : null;
}

/** A measurement written as one word: "15ft", "400lb", "181-kg", "3.7-meters", "400-pound-plus". */
export interface WordMeasure {
  /** The number as written, in the written unit. */
  written: number;
  digits: string;
  unit: MeasureUnit;
  /** "400-pound-plus": at least that much. */
  plus: boolean;
}

export function wordMeasure(lower: string): WordMeasure | null {
  const plus = lower.endsWith('-plus');
  const word = plus ? lower.slice(0, -'-plus'.length) : lower;
  const dash = word.indexOf('-');
  if (dash > 0) {
    const written = digitValue(word.slice(0, dash));
    const unit = measureUnitOf(word.slice(dash + 1));
    return written !== null && unit ? { written, digits: word.slice(0, dash), unit, plus } : null;
  }
  let i = 0;
  while (i < word.length && ((word[i]! >= '0' && word[i]! <= '9') || word[i] === '.' || word[i] === ',')) i++;
  const digits = word.slice(0, i);
  const abbreviation = word.slice(i);
  const written = i > 0 ? digitValue(digits) : null;
  if (written === null || !GLUED_UNITS.has(abbreviation)) return null;
  return { written, digits, unit: measureUnitOf(abbreviation)!, plus };
}

/**
 * Half of the last written digit's place: "3.7" is a length to the nearest tenth, so anything from
 * 3.65 to 3.75; "400" to the nearest unit. A measurement converted and rounded in another unit
 * ("181 kg" for "400 lb") still falls within it.
 */
export function halfStep(digits: string): number {
  const point = digits.indexOf('.');
  return point < 0 ? 0.5 : 0.5 / 10 ** (digits.length - point - 1);
}
