/**
 * ISO 3166-1 alpha-3 country codes: the table of the 249 officially assigned codes with
 * their English short names (and capitals, which news often names a state by), the
 * ranges ISO reserves for user assignment, and the queries the rules use to check a
 * country code and the name given to a state.
 *
 * User-assigned codes (`AAA`–`AAZ`, `QMA`–`QZZ`, `XAA`–`XZZ`, `ZZA`–`ZZZ`) are accepted as
 * valid but not official: ISO reserves them for exactly such uses, and several are in wide
 * use (`XKX` for Kosovo at the European Union and the IMF, `XXA` for stateless persons in
 * travel documents). claimgraph's rules accept them and do not check the names of states
 * that carry them; use one for a place the table does not list, or for an invented
 * country in a test.
 *
 * @example
 * ```ts
 * import { Country } from 'claimgraph'
 * import * as O from 'fp-ts/lib/Option.js'
 * import assert from 'node:assert/strict'
 *
 * assert.deepEqual(Country.name('IRQ'), O.some('Iraq'))
 * assert.equal(Country.isAssigned('IRA'), false)
 * assert.deepEqual(Country.suggest('IRA'), O.some('IRN')) // the IOC's code for Iran
 * assert.equal(Country.isUserAssigned('XKX'), true) // Kosovo, in wide use
 * assert.equal(Country.nameMatches('USA', 'the U.S.'), true)
 * assert.equal(Country.nameMatches('USA', 'Axios'), false)
 * ```
 *
 * @since 0.2.0
 */
import * as O from 'fp-ts/lib/Option.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One row of the ISO 3166-1 table: the alpha-3 code, the English short name, and the
 * capital (absent for territories without one).
 *
 * @category model
 * @since 0.2.0
 */
export interface Entry {
  readonly code: string
  readonly name: string
  readonly capital?: string
}

const ROWS: ReadonlyArray<readonly [string, string, string?]> = [
  ['ABW', 'Aruba', 'Oranjestad'],
  ['AFG', 'Afghanistan', 'Kabul'],
  ['AGO', 'Angola', 'Luanda'],
  ['AIA', 'Anguilla', 'The Valley'],
  ['ALA', 'Åland Islands', 'Mariehamn'],
  ['ALB', 'Albania', 'Tirana'],
  ['AND', 'Andorra', 'Andorra la Vella'],
  ['ARE', 'United Arab Emirates', 'Abu Dhabi'],
  ['ARG', 'Argentina', 'Buenos Aires'],
  ['ARM', 'Armenia', 'Yerevan'],
  ['ASM', 'American Samoa', 'Pago Pago'],
  ['ATA', 'Antarctica'],
  ['ATF', 'French Southern Territories', 'Port-aux-Français'],
  ['ATG', 'Antigua and Barbuda', "Saint John's"],
  ['AUS', 'Australia', 'Canberra'],
  ['AUT', 'Austria', 'Vienna'],
  ['AZE', 'Azerbaijan', 'Baku'],
  ['BDI', 'Burundi', 'Gitega'],
  ['BEL', 'Belgium', 'Brussels'],
  ['BEN', 'Benin', 'Porto-Novo'],
  ['BES', 'Bonaire, Sint Eustatius and Saba', 'Kralendijk'],
  ['BFA', 'Burkina Faso', 'Ouagadougou'],
  ['BGD', 'Bangladesh', 'Dhaka'],
  ['BGR', 'Bulgaria', 'Sofia'],
  ['BHR', 'Bahrain', 'Manama'],
  ['BHS', 'Bahamas', 'Nassau'],
  ['BIH', 'Bosnia and Herzegovina', 'Sarajevo'],
  ['BLM', 'Saint Barthélemy', 'Gustavia'],
  ['BLR', 'Belarus', 'Minsk'],
  ['BLZ', 'Belize', 'Belmopan'],
  ['BMU', 'Bermuda', 'Hamilton'],
  ['BOL', 'Bolivia (Plurinational State of)', 'Sucre'],
  ['BRA', 'Brazil', 'Brasília'],
  ['BRB', 'Barbados', 'Bridgetown'],
  ['BRN', 'Brunei Darussalam', 'Bandar Seri Begawan'],
  ['BTN', 'Bhutan', 'Thimphu'],
  ['BVT', 'Bouvet Island'],
  ['BWA', 'Botswana', 'Gaborone'],
  ['CAF', 'Central African Republic', 'Bangui'],
  ['CAN', 'Canada', 'Ottawa'],
  ['CCK', 'Cocos (Keeling) Islands', 'West Island'],
  ['CHE', 'Switzerland', 'Bern'],
  ['CHL', 'Chile', 'Santiago'],
  ['CHN', 'China', 'Beijing'],
  ['CIV', "Côte d'Ivoire", 'Yamoussoukro'],
  ['CMR', 'Cameroon', 'Yaoundé'],
  ['COD', 'Congo, Democratic Republic of the', 'Kinshasa'],
  ['COG', 'Congo', 'Brazzaville'],
  ['COK', 'Cook Islands', 'Avarua'],
  ['COL', 'Colombia', 'Bogotá'],
  ['COM', 'Comoros', 'Moroni'],
  ['CPV', 'Cabo Verde', 'Praia'],
  ['CRI', 'Costa Rica', 'San José'],
  ['CUB', 'Cuba', 'Havana'],
  ['CUW', 'Curaçao', 'Willemstad'],
  ['CXR', 'Christmas Island', 'Flying Fish Cove'],
  ['CYM', 'Cayman Islands', 'George Town'],
  ['CYP', 'Cyprus', 'Nicosia'],
  ['CZE', 'Czechia', 'Prague'],
  ['DEU', 'Germany', 'Berlin'],
  ['DJI', 'Djibouti', 'Djibouti'],
  ['DMA', 'Dominica', 'Roseau'],
  ['DNK', 'Denmark', 'Copenhagen'],
  ['DOM', 'Dominican Republic', 'Santo Domingo'],
  ['DZA', 'Algeria', 'Algiers'],
  ['ECU', 'Ecuador', 'Quito'],
  ['EGY', 'Egypt', 'Cairo'],
  ['ERI', 'Eritrea', 'Asmara'],
  ['ESH', 'Western Sahara', 'Laayoune'],
  ['ESP', 'Spain', 'Madrid'],
  ['EST', 'Estonia', 'Tallinn'],
  ['ETH', 'Ethiopia', 'Addis Ababa'],
  ['FIN', 'Finland', 'Helsinki'],
  ['FJI', 'Fiji', 'Suva'],
  ['FLK', 'Falkland Islands (Malvinas)', 'Stanley'],
  ['FRA', 'France', 'Paris'],
  ['FRO', 'Faroe Islands', 'Tórshavn'],
  ['FSM', 'Micronesia (Federated States of)', 'Palikir'],
  ['GAB', 'Gabon', 'Libreville'],
  ['GBR', 'United Kingdom of Great Britain and Northern Ireland', 'London'],
  ['GEO', 'Georgia', 'Tbilisi'],
  ['GGY', 'Guernsey', 'Saint Peter Port'],
  ['GHA', 'Ghana', 'Accra'],
  ['GIB', 'Gibraltar', 'Gibraltar'],
  ['GIN', 'Guinea', 'Conakry'],
  ['GLP', 'Guadeloupe', 'Basse-Terre'],
  ['GMB', 'Gambia', 'Banjul'],
  ['GNB', 'Guinea-Bissau', 'Bissau'],
  ['GNQ', 'Equatorial Guinea', 'Malabo'],
  ['GRC', 'Greece', 'Athens'],
  ['GRD', 'Grenada', "Saint George's"],
  ['GRL', 'Greenland', 'Nuuk'],
  ['GTM', 'Guatemala', 'Guatemala City'],
  ['GUF', 'French Guiana', 'Cayenne'],
  ['GUM', 'Guam', 'Hagåtña'],
  ['GUY', 'Guyana', 'Georgetown'],
  ['HKG', 'Hong Kong'],
  ['HMD', 'Heard Island and McDonald Islands'],
  ['HND', 'Honduras', 'Tegucigalpa'],
  ['HRV', 'Croatia', 'Zagreb'],
  ['HTI', 'Haiti', 'Port-au-Prince'],
  ['HUN', 'Hungary', 'Budapest'],
  ['IDN', 'Indonesia', 'Jakarta'],
  ['IMN', 'Isle of Man', 'Douglas'],
  ['IND', 'India', 'New Delhi'],
  ['IOT', 'British Indian Ocean Territory'],
  ['IRL', 'Ireland', 'Dublin'],
  ['IRN', 'Iran (Islamic Republic of)', 'Tehran'],
  ['IRQ', 'Iraq', 'Baghdad'],
  ['ISL', 'Iceland', 'Reykjavík'],
  ['ISR', 'Israel', 'Jerusalem'],
  ['ITA', 'Italy', 'Rome'],
  ['JAM', 'Jamaica', 'Kingston'],
  ['JEY', 'Jersey', 'Saint Helier'],
  ['JOR', 'Jordan', 'Amman'],
  ['JPN', 'Japan', 'Tokyo'],
  ['KAZ', 'Kazakhstan', 'Astana'],
  ['KEN', 'Kenya', 'Nairobi'],
  ['KGZ', 'Kyrgyzstan', 'Bishkek'],
  ['KHM', 'Cambodia', 'Phnom Penh'],
  ['KIR', 'Kiribati', 'Tarawa'],
  ['KNA', 'Saint Kitts and Nevis', 'Basseterre'],
  ['KOR', 'Korea, Republic of', 'Seoul'],
  ['KWT', 'Kuwait', 'Kuwait City'],
  ['LAO', "Lao People's Democratic Republic", 'Vientiane'],
  ['LBN', 'Lebanon', 'Beirut'],
  ['LBR', 'Liberia', 'Monrovia'],
  ['LBY', 'Libya', 'Tripoli'],
  ['LCA', 'Saint Lucia', 'Castries'],
  ['LIE', 'Liechtenstein', 'Vaduz'],
  ['LKA', 'Sri Lanka', 'Sri Jayawardenepura Kotte'],
  ['LSO', 'Lesotho', 'Maseru'],
  ['LTU', 'Lithuania', 'Vilnius'],
  ['LUX', 'Luxembourg', 'Luxembourg'],
  ['LVA', 'Latvia', 'Riga'],
  ['MAC', 'Macao'],
  ['MAF', 'Saint Martin (French part)', 'Marigot'],
  ['MAR', 'Morocco', 'Rabat'],
  ['MCO', 'Monaco', 'Monaco'],
  ['MDA', 'Moldova, Republic of', 'Chișinău'],
  ['MDG', 'Madagascar', 'Antananarivo'],
  ['MDV', 'Maldives', 'Malé'],
  ['MEX', 'Mexico', 'Mexico City'],
  ['MHL', 'Marshall Islands', 'Majuro'],
  ['MKD', 'North Macedonia', 'Skopje'],
  ['MLI', 'Mali', 'Bamako'],
  ['MLT', 'Malta', 'Valletta'],
  ['MMR', 'Myanmar', 'Naypyidaw'],
  ['MNE', 'Montenegro', 'Podgorica'],
  ['MNG', 'Mongolia', 'Ulaanbaatar'],
  ['MNP', 'Northern Mariana Islands', 'Saipan'],
  ['MOZ', 'Mozambique', 'Maputo'],
  ['MRT', 'Mauritania', 'Nouakchott'],
  ['MSR', 'Montserrat', 'Plymouth'],
  ['MTQ', 'Martinique', 'Fort-de-France'],
  ['MUS', 'Mauritius', 'Port Louis'],
  ['MWI', 'Malawi', 'Lilongwe'],
  ['MYS', 'Malaysia', 'Kuala Lumpur'],
  ['MYT', 'Mayotte', 'Mamoudzou'],
  ['NAM', 'Namibia', 'Windhoek'],
  ['NCL', 'New Caledonia', 'Nouméa'],
  ['NER', 'Niger', 'Niamey'],
  ['NFK', 'Norfolk Island', 'Kingston'],
  ['NGA', 'Nigeria', 'Abuja'],
  ['NIC', 'Nicaragua', 'Managua'],
  ['NIU', 'Niue', 'Alofi'],
  ['NLD', 'Netherlands, Kingdom of the', 'Amsterdam'],
  ['NOR', 'Norway', 'Oslo'],
  ['NPL', 'Nepal', 'Kathmandu'],
  ['NRU', 'Nauru', 'Yaren'],
  ['NZL', 'New Zealand', 'Wellington'],
  ['OMN', 'Oman', 'Muscat'],
  ['PAK', 'Pakistan', 'Islamabad'],
  ['PAN', 'Panama', 'Panama City'],
  ['PCN', 'Pitcairn', 'Adamstown'],
  ['PER', 'Peru', 'Lima'],
  ['PHL', 'Philippines', 'Manila'],
  ['PLW', 'Palau', 'Ngerulmud'],
  ['PNG', 'Papua New Guinea', 'Port Moresby'],
  ['POL', 'Poland', 'Warsaw'],
  ['PRI', 'Puerto Rico', 'San Juan'],
  ['PRK', "Korea (Democratic People's Republic of)", 'Pyongyang'],
  ['PRT', 'Portugal', 'Lisbon'],
  ['PRY', 'Paraguay', 'Asunción'],
  ['PSE', 'Palestine, State of', 'Ramallah'],
  ['PYF', 'French Polynesia', 'Papeete'],
  ['QAT', 'Qatar', 'Doha'],
  ['REU', 'Réunion', 'Saint-Denis'],
  ['ROU', 'Romania', 'Bucharest'],
  ['RUS', 'Russian Federation', 'Moscow'],
  ['RWA', 'Rwanda', 'Kigali'],
  ['SAU', 'Saudi Arabia', 'Riyadh'],
  ['SDN', 'Sudan', 'Khartoum'],
  ['SEN', 'Senegal', 'Dakar'],
  ['SGP', 'Singapore', 'Singapore'],
  ['SGS', 'South Georgia and the South Sandwich Islands', 'King Edward Point'],
  ['SHN', 'Saint Helena, Ascension and Tristan da Cunha', 'Jamestown'],
  ['SJM', 'Svalbard and Jan Mayen', 'Longyearbyen'],
  ['SLB', 'Solomon Islands', 'Honiara'],
  ['SLE', 'Sierra Leone', 'Freetown'],
  ['SLV', 'El Salvador', 'San Salvador'],
  ['SMR', 'San Marino', 'San Marino'],
  ['SOM', 'Somalia', 'Mogadishu'],
  ['SPM', 'Saint Pierre and Miquelon', 'Saint-Pierre'],
  ['SRB', 'Serbia', 'Belgrade'],
  ['SSD', 'South Sudan', 'Juba'],
  ['STP', 'Sao Tome and Principe', 'São Tomé'],
  ['SUR', 'Suriname', 'Paramaribo'],
  ['SVK', 'Slovakia', 'Bratislava'],
  ['SVN', 'Slovenia', 'Ljubljana'],
  ['SWE', 'Sweden', 'Stockholm'],
  ['SWZ', 'Eswatini', 'Mbabane'],
  ['SXM', 'Sint Maarten (Dutch part)', 'Philipsburg'],
  ['SYC', 'Seychelles', 'Victoria'],
  ['SYR', 'Syrian Arab Republic', 'Damascus'],
  ['TCA', 'Turks and Caicos Islands', 'Cockburn Town'],
  ['TCD', 'Chad', "N'Djamena"],
  ['TGO', 'Togo', 'Lomé'],
  ['THA', 'Thailand', 'Bangkok'],
  ['TJK', 'Tajikistan', 'Dushanbe'],
  ['TKL', 'Tokelau'],
  ['TKM', 'Turkmenistan', 'Ashgabat'],
  ['TLS', 'Timor-Leste', 'Dili'],
  ['TON', 'Tonga', 'Nukuʻalofa'],
  ['TTO', 'Trinidad and Tobago', 'Port of Spain'],
  ['TUN', 'Tunisia', 'Tunis'],
  ['TUR', 'Türkiye', 'Ankara'],
  ['TUV', 'Tuvalu', 'Funafuti'],
  ['TWN', 'Taiwan, Province of China', 'Taipei'],
  ['TZA', 'Tanzania, United Republic of', 'Dodoma'],
  ['UGA', 'Uganda', 'Kampala'],
  ['UKR', 'Ukraine', 'Kyiv'],
  ['UMI', 'United States Minor Outlying Islands'],
  ['URY', 'Uruguay', 'Montevideo'],
  ['USA', 'United States of America', 'Washington'],
  ['UZB', 'Uzbekistan', 'Tashkent'],
  ['VAT', 'Holy See', 'Vatican City'],
  ['VCT', 'Saint Vincent and the Grenadines', 'Kingstown'],
  ['VEN', 'Venezuela (Bolivarian Republic of)', 'Caracas'],
  ['VGB', 'Virgin Islands (British)', 'Road Town'],
  ['VIR', 'Virgin Islands (U.S.)', 'Charlotte Amalie'],
  ['VNM', 'Viet Nam', 'Hanoi'],
  ['VUT', 'Vanuatu', 'Port Vila'],
  ['WLF', 'Wallis and Futuna', 'Mata-Utu'],
  ['WSM', 'Samoa', 'Apia'],
  ['YEM', 'Yemen', 'Sanaa'],
  ['ZAF', 'South Africa', 'Pretoria'],
  ['ZMB', 'Zambia', 'Lusaka'],
  ['ZWE', 'Zimbabwe', 'Harare'],
]

/**
 * The ISO 3166-1 alpha-3 table: every officially assigned code, in code order.
 *
 * @category model
 * @since 0.2.0
 */
export const ALPHA3: ReadonlyArray<Entry> = ROWS.map(([code, name, capital]) =>
  capital === undefined ? { code, name } : { code, name, capital },
)

/**
 * Other names news uses for a state, beyond its ISO name and capital (English).
 *
 * @category model
 * @since 0.2.0
 */
export const ALIASES: Readonly<Record<string, ReadonlyArray<string>>> = {
  USA: ['United States', 'America', 'U.S.', 'US', 'U.S.A.'],
  GBR: ['United Kingdom', 'Britain', 'Great Britain', 'U.K.', 'UK', 'England', 'Scotland', 'Wales'],
  RUS: ['Russia', 'Soviet Union', 'Kremlin'],
  KOR: ['South Korea'],
  PRK: ['North Korea', 'DPRK'],
  TUR: ['Turkey'],
  NLD: ['Holland', 'the Netherlands', 'The Hague'],
  CIV: ['Ivory Coast'],
  MMR: ['Burma'],
  CZE: ['Czech Republic'],
  COD: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Zaire'],
  COG: ['Congo-Brazzaville'],
  CHN: ['PRC', "People's Republic of China"],
  TWN: ['Republic of China', 'ROC'],
  VAT: ['Vatican'],
  SWZ: ['Swaziland'],
  MKD: ['Macedonia'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  PSE: ['Palestine', 'Palestinian Authority', 'Gaza', 'West Bank'],
  ISR: ['Tel Aviv'],
  LAO: ['Laos'],
  SYR: ['Syria'],
  IRN: ['Iran', 'Persia'],
  VEN: ['Venezuela'],
  BOL: ['Bolivia'],
  TZA: ['Tanzania'],
  MDA: ['Moldova'],
  FSM: ['Micronesia'],
  VNM: ['Vietnam'],
  BRN: ['Brunei'],
  ARE: ['UAE', 'Emirates', 'Dubai'],
  SAU: ['Saudi', 'KSA'],
  KAZ: ['Nur-Sultan', 'Almaty'],
  NGA: ['Lagos'],
}

/**
 * Codes that are not ISO 3166-1 alpha-3 but that text and models often use in their
 * place (IOC and FIFA codes, old codes), with the ISO code meant.
 *
 * @category model
 * @since 0.2.0
 */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  ALG: 'DZA',
  ANG: 'AGO',
  BAH: 'BHS',
  BAN: 'BGD',
  BUL: 'BGR',
  CHI: 'CHL',
  CRO: 'HRV',
  DEN: 'DNK',
  ENG: 'GBR',
  GER: 'DEU',
  GRE: 'GRC',
  INA: 'IDN',
  IRA: 'IRN',
  IRI: 'IRN',
  KSA: 'SAU',
  KUW: 'KWT',
  LAT: 'LVA',
  LEB: 'LBN',
  LIB: 'LBN',
  MAS: 'MYS',
  NED: 'NLD',
  NIG: 'NER',
  PHI: 'PHL',
  POR: 'PRT',
  PUR: 'PRI',
  RSA: 'ZAF',
  SUI: 'CHE',
  SUD: 'SDN',
  UAE: 'ARE',
  URS: 'RUS',
  SUN: 'RUS',
  YUG: 'SRB',
  ZAR: 'COD',
  TMP: 'TLS',
  ROM: 'ROU',
  VIE: 'VNM',
  ZIM: 'ZWE',
  KOS: 'XKX',
  PAL: 'PSE',
}

const BY_CODE: ReadonlyMap<string, Entry> = new Map(ALPHA3.map((e) => [e.code, e]))

// -------------------------------------------------------------------------------------
// guards
// -------------------------------------------------------------------------------------

/**
 * Whether a code is an officially assigned ISO 3166-1 alpha-3 code.
 *
 * @category guards
 * @since 0.2.0
 */
export const isAssigned = (code: string): boolean => BY_CODE.has(code)

/**
 * Whether a code lies in a range ISO 3166-1 reserves for user assignment (`AAA`–`AAZ`,
 * `QMA`–`QZZ`, `XAA`–`XZZ`, `ZZA`–`ZZZ`), such as `XKX` for Kosovo.
 *
 * @category guards
 * @since 0.2.0
 */
export const isUserAssigned = (code: string): boolean =>
  /^(?:AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$/.test(code)

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * The English short name of an officially assigned code.
 *
 * @category queries
 * @since 0.2.0
 */
export const name = (code: string): O.Option<string> => O.fromNullable(BY_CODE.get(code)?.name)

/**
 * The code most likely meant by one that is not assigned: a known look-alike (the IOC's
 * `IRI` or `IRA` for Iran, `GER` for Germany), else the only assigned code one letter away,
 * if there is exactly one. Constant time.
 *
 * @category queries
 * @since 0.2.0
 */
export const suggest = (code: string): O.Option<string> => {
  if (isAssigned(code)) return O.none
  const known = Object.prototype.hasOwnProperty.call(LOOKALIKES, code)
    ? LOOKALIKES[code]
    : undefined
  if (known !== undefined) return O.some(known)
  if (!/^[A-Z]{3}$/.test(code)) return O.none
  let found: string | undefined
  for (const e of ALPHA3) {
    let d = 0
    for (let i = 0; i < 3; i++) if (e.code[i] !== code[i]) d++
    if (d === 1) {
      if (found !== undefined) return O.none
      found = e.code
    }
  }
  return O.fromNullable(found)
}

/** Lower case, without diacritics, punctuation or a leading "the", words split by spaces. */
const words = (s: string): ReadonlyArray<string> =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && w !== 'the')

const STOP = new Set(['of', 'and', 'the', 'republic', 'state', 'states', 'kingdom', 'islands'])

/**
 * Whether a name could name the state with this code: its ISO name, its capital or a
 * common alias, a word of any of them (at least four letters, so "Iran" names
 * "Iran (Islamic Republic of)"), a word that begins with one (a demonym: "Israeli",
 * "Iraqi"), or their initials ("U.S.", "UAE"). True for a code that is not in the table.
 * Linear in the length of the name.
 *
 * @category queries
 * @since 0.2.0
 */
export const nameMatches = (code: string, given: string): boolean => {
  const entry = BY_CODE.get(code)
  if (entry === undefined) return true
  const mine = words(given)
  if (mine.length === 0 || mine.length > 12) return false
  const known = [
    entry.name,
    ...(entry.capital === undefined ? [] : [entry.capital]),
    ...(ALIASES[code] ?? []),
  ]
  for (const k of known) {
    const theirs = words(k)
    const joined = theirs.join('')
    if (mine.join('') === joined) return true
    const initials = theirs
      .filter((w) => !STOP.has(w) || w === 'states' || w === 'kingdom' || w === 'republic')
      .map((w) => w[0])
      .join('')
    if (
      mine.length === 1 &&
      mine[0]!.length <= 4 &&
      initials.startsWith(mine[0]!) &&
      mine[0]!.length >= 2
    )
      return true
    for (const w of mine) {
      if (w.length < 4 || STOP.has(w)) continue
      for (const t of theirs) {
        if (t.length < 4 || STOP.has(t)) continue
        if (w === t || w.startsWith(t) || t.startsWith(w)) return true
      }
    }
  }
  return false
}
