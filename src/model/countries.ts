/**
 * Countries the atlas names, keyed by ISO 3166-1 alpha-3, with the numeric code Natural Earth
 * (world-atlas) uses as feature id. Kept small on purpose: a place in a country missing here is
 * reported by the checks rather than silently accepted.
 */
export const COUNTRIES: Readonly<Record<string, { numeric: string; name: string }>> = {
  AFG: { numeric: '004', name: 'Afghanistan' },
  ARM: { numeric: '051', name: 'Armenia' },
  AUT: { numeric: '040', name: 'Austria' },
  AZE: { numeric: '031', name: 'Azerbaijan' },
  BEL: { numeric: '056', name: 'Belgium' },
  BLR: { numeric: '112', name: 'Belarus' },
  CAN: { numeric: '124', name: 'Canada' },
  CHE: { numeric: '756', name: 'Switzerland' },
  CHN: { numeric: '156', name: 'China' },
  CZE: { numeric: '203', name: 'Czechia' },
  DEU: { numeric: '276', name: 'Germany' },
  DNK: { numeric: '208', name: 'Denmark' },
  ESP: { numeric: '724', name: 'Spain' },
  EST: { numeric: '233', name: 'Estonia' },
  FRA: { numeric: '250', name: 'France' },
  GBR: { numeric: '826', name: 'United Kingdom' },
  GEO: { numeric: '268', name: 'Georgia' },
  IND: { numeric: '356', name: 'India' },
  IRN: { numeric: '364', name: 'Iran' },
  ITA: { numeric: '380', name: 'Italy' },
  KAZ: { numeric: '398', name: 'Kazakhstan' },
  KGZ: { numeric: '417', name: 'Kyrgyzstan' },
  LTU: { numeric: '440', name: 'Lithuania' },
  LUX: { numeric: '442', name: 'Luxembourg' },
  LVA: { numeric: '428', name: 'Latvia' },
  MNG: { numeric: '496', name: 'Mongolia' },
  NLD: { numeric: '528', name: 'Netherlands' },
  NOR: { numeric: '578', name: 'Norway' },
  PAK: { numeric: '586', name: 'Pakistan' },
  POL: { numeric: '616', name: 'Poland' },
  PRT: { numeric: '620', name: 'Portugal' },
  RUS: { numeric: '643', name: 'Russia' },
  TJK: { numeric: '762', name: 'Tajikistan' },
  TKM: { numeric: '795', name: 'Turkmenistan' },
  TUR: { numeric: '792', name: 'Turkey' },
  UKR: { numeric: '804', name: 'Ukraine' },
  USA: { numeric: '840', name: 'United States' },
  UZB: { numeric: '860', name: 'Uzbekistan' },
};

/** The countries the story is about: drawn a shade stronger than their neighbours. */
export const FOCUS_COUNTRIES: readonly string[] = ['UZB', 'AFG'];

/** Display name of an alpha-3 code, falling back to the code itself. */
export function getCountryName(iso3: string): string {
  return COUNTRIES[iso3]?.name ?? iso3;
}

const ISO3_BY_NUMERIC = new Map(Object.entries(COUNTRIES).map(([iso3, c]) => [c.numeric, iso3]));

/** Alpha-3 code for a Natural Earth numeric id, if the atlas knows the country. */
export function getIso3FromNumeric(numeric: string | number | undefined): string | undefined {
  return numeric === undefined ? undefined : ISO3_BY_NUMERIC.get(String(numeric).padStart(3, '0'));
}
