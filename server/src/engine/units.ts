// Units of measure: the words read as units after a figure (joined, apart or hyphenated), what each measures and
// its size in that dimension's base unit, so that "200 m (656 ft)" or "1.5 km" and "1,500 metres" state the same
// length, and "20kg" is never taken for "20 miles".

export type Dimension = 'length' | 'mass' | 'speed' | 'area' | 'volume' | 'temperature' | 'data' | 'power' | 'energy';

interface Measure {
  dimension: Dimension;
  /** The unit in the dimension's base unit (metres, kilograms, km/h, square metres, litres, bytes, watts, kWh). */
  factor: number;
}

const M = (dimension: Dimension, factor: number): Measure => ({ dimension, factor });

/** (A Map: see fractions.ts.) */
const MEASURE = new Map<string, Measure>(Object.entries({
  mm: M('length', 0.001), cm: M('length', 0.01), m: M('length', 1), km: M('length', 1000),
  metre: M('length', 1), metres: M('length', 1), meter: M('length', 1), meters: M('length', 1),
  kilometre: M('length', 1000), kilometres: M('length', 1000), kilometer: M('length', 1000), kilometers: M('length', 1000),
  in: M('length', 0.0254), inch: M('length', 0.0254), inches: M('length', 0.0254),
  ft: M('length', 0.3048), foot: M('length', 0.3048), feet: M('length', 0.3048),
  yd: M('length', 0.9144), yds: M('length', 0.9144), yard: M('length', 0.9144), yards: M('length', 0.9144),
  mi: M('length', 1609.344), mile: M('length', 1609.344), miles: M('length', 1609.344),
  mg: M('mass', 1e-6), g: M('mass', 0.001), kg: M('mass', 1), kilograms: M('mass', 1), kilogrammes: M('mass', 1),
  kilogram: M('mass', 1), kilogramme: M('mass', 1), kilo: M('mass', 1), kilos: M('mass', 1), gram: M('mass', 0.001), grams: M('mass', 0.001),
  tonne: M('mass', 1000), tonnes: M('mass', 1000),
  oz: M('mass', 0.028349523125), ounces: M('mass', 0.028349523125),
  lb: M('mass', 0.45359237), lbs: M('mass', 0.45359237), st: M('mass', 6.35029318), stone: M('mass', 6.35029318),
  mph: M('speed', 1.609344), kph: M('speed', 1), kmh: M('speed', 1), kmph: M('speed', 1),
  ha: M('area', 10_000), hectare: M('area', 10_000), hectares: M('area', 10_000), acre: M('area', 4046.8564224), acres: M('area', 4046.8564224),
  ml: M('volume', 0.001), l: M('volume', 1), litre: M('volume', 1), litres: M('volume', 1), liter: M('volume', 1), liters: M('volume', 1),
  gallon: M('volume', 4.54609), gallons: M('volume', 4.54609),
  kb: M('data', 1e3), mb: M('data', 1e6), gb: M('data', 1e9), tb: M('data', 1e12),
  kw: M('power', 1e3), mw: M('power', 1e6), gw: M('power', 1e9),
  kwh: M('energy', 1), mwh: M('energy', 1e3), gwh: M('energy', 1e6),
  c: M('temperature', 1), f: M('temperature', 1),
}));

/** What a unit word measures, or undefined for a word that is no unit here ("degrees", "sq"). */
export function measureOf(unit: string): Measure | undefined {
  return MEASURE.get(unit);
}

/** Units joined to a figure ("20kg", "12in", "40C"); "m" is read apart from these (metres or millions). */
export const JOINED_UNITS = new Set(['kg', 'g', 'mg', 'lb', 'lbs', 'oz', 'st', 'km', 'cm', 'mm', 'ft', 'in', 'mi', 'mph', 'kph', 'kmh', 'ml', 'l', 'gb', 'mb', 'tb', 'kb', 'mw', 'gw', 'kw', 'kwh', 'c', 'f', 'ha', 'sq', 'yd', 'yds', 'metres', 'meters', 'miles', 'kilometres', 'kilometers', 'feet', 'inches', 'pounds', 'tonnes', 'tons', 'acres', 'hectares', 'litres', 'liters', 'gallons', 'degrees']);

/** What a hyphenated unit measures: "metre-high", "mile-long". */
export const MEASURED = new Set(['high', 'tall', 'long', 'wide', 'deep', 'thick']);

/** Words that follow a figure as its unit when written apart ("656 ft", "1,500 metres"). Short words that are also
 *  common words or scale words ("in", "m", "st", "l", "g", "c", "f") only count when joined to the figure ("12in"). */
export const SEPARATE_UNITS = new Set([
  'mm', 'cm', 'km', 'metre', 'metres', 'meter', 'meters', 'kilometre', 'kilometres', 'kilometer', 'kilometers',
  'inch', 'inches', 'ft', 'foot', 'feet', 'yd', 'yds', 'yard', 'yards', 'mi', 'mile', 'miles', 'kg', 'kilograms',
  'kilogram', 'kilogramme', 'kilogrammes', 'kilo', 'kilos', 'gram', 'grams',
  'tonne', 'tonnes', 'oz', 'lb', 'lbs', 'mph', 'kph', 'kmh', 'hectare', 'hectares', 'acre', 'acres', 'ml', 'litre',
  'litres', 'liters', 'gallon', 'gallons', 'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh',
]);

/** `value` in unit `from` expressed in unit `to`, when both measure the same thing; temperatures between Celsius
 *  and Fahrenheit too. Undefined when they measure different things or either is unknown. */
export function convert(value: number, from: string, to: string): number | undefined {
  if (from === to) return value;
  const a = MEASURE.get(from);
  const b = MEASURE.get(to);
  if (!a || !b || a.dimension !== b.dimension) return undefined;
  if (a.dimension === 'temperature') return from === 'c' ? (value * 9) / 5 + 32 : ((value - 32) * 5) / 9;
  return (value * a.factor) / b.factor;
}
