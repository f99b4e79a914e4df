/**
 * THE table of the Biebkit workbook: its sheets, their columns, and the feed field each column holds.
 *
 * The template (`biebkit template`), the import (workbook and CSV), the export (`biebkit export`), the studio
 * and the docs all read this one table. Each column names a field path inside the sheet's item; what kind of
 * value it is, whether it is required and which values an enum allows come from the feed's JSON Schema
 * (schema.ts), and a text field gets its English column ("Naam (Engels)") by itself.
 *
 * To add a feed field: add one column entry to its sheet below (header, field, explain, explainEn, example);
 * for an enum, add its Dutch labels to LABELS. `table.test.ts` fails for a schema field that has no column
 * (unless listed in NOT_IN_WORKBOOK) and for an enum value without a Dutch label, and the round trip of the
 * sample feeds proves the new field survives feed → workbook → feed.
 */
import { facilityName } from '@biebkit/feed';
import { fieldInfo, type FieldInfo } from './schema.js';

/** How a cell is read and written when the schema's kind alone is not enough. */
export type CodecName = 'phone' | 'email' | 'postalCode' | 'rrule';

/** What a column is for, when it is not simply a field of the item. */
export type ColumnRole =
  /** Names the parent item (a branch, a layer, a KPI, a goal): its id, or its name. */
  | 'parent'
  /** Openingstijden: the day of the week that the row's `{day}` field is for ("ma", …, or "OSM"). */
  | 'day'
  /** Activiteiten: date and times of the start and end, together making `start` and `end`. */
  | 'startDate'
  | 'startTime'
  | 'endDate'
  | 'endTime';

export interface ColumnSpec {
  /** The Dutch column header, as in the template. */
  header: string;
  /** Other headers accepted on import: English field names, older Dutch names. */
  aliases?: string[];
  /** The field inside the sheet's item (dotted path). `{day}` is replaced by the row's day column. */
  field?: string;
  role?: ColumnRole;
  /** For a 'parent' column: the sheet of the item it names. */
  parent?: string;
  /** The field names an item of another sheet (a branch, a KPI), by id or, in the cell, by name. */
  refersTo?: 'Vestigingen' | 'Kengetallen';
  /** A required column that the schema does not require (the date of an activity: start is split in four). */
  required?: boolean;
  codec?: CodecName;
  /** The Dutch labels of an enum: a key of LABELS. Default: the schema's `$defs` name of the field. */
  labels?: string;
  /** Row 2 of the sheet: what to write here, in Dutch; and in English for the docs and the English studio. */
  explain: string;
  explainEn: string;
  /** Row 4 of the template: an example value (a date as YYYY-MM-DD, a number as a number). */
  example?: string | number | boolean;
  /** The example of the English column of a text field. */
  exampleEn?: string;
  /** Width in characters. */
  width?: number;
}

export type SheetTarget =
  | { kind: 'organization' }
  | { kind: 'list'; list: 'branches' | 'kpis' | 'goals' | 'activities' }
  | { kind: 'child'; parent: string; field: string };

export interface SheetSpec {
  /** The Dutch sheet name, as in the template; also the CSV file name (`Vestigingen.csv`). */
  name: string;
  /** Other names accepted for the sheet (English, older). A sheet renamed otherwise is found by its columns. */
  aliases: string[];
  /** The JSON Schema of one item of this sheet. */
  schema: string;
  target: SheetTarget;
  /** The field that tells an item apart from its siblings (matched with `--into`); none: rows are a list. */
  key?: string;
  /** Several rows make one item (Openingstijden: one row per day of a layer). */
  rowsPerItem?: 'many';
  /**
   * For rows per item, what an empty key cell means: the id made from the layer's kind (Openingstijden), or from
   * the name (Haltes); or no id, the rows with the same other fields making one item (Seizoenen).
   */
  idWhenEmpty?: 'fromKind' | 'fromName' | 'none';
  /** Dag may be OSM: one row with an OpenStreetMap opening_hours value for the whole week. */
  osm?: true;
  /** What one item of the sheet is, for messages ("no stop … in Haltes", "which layer is this row for?"). */
  item: { en: string; nl: string };
  /** Row 1 of the sheet, in Dutch and English. */
  title: string;
  titleEn: string;
  columns: ColumnSpec[];
  /** Example rows after the one the columns give (by header; the first column starts with "voorbeeld"). */
  moreExamples?: Record<string, string | number | boolean>[];
}

/** Dutch labels of each enum: value in the feed → label in the workbook (first) and other accepted words. */
export const LABELS: Record<string, Record<string, [label: string, ...aliases: string[]]>> = {
  branchKind: {
    branch: ['vestiging', 'bibliotheek'],
    'service-point': ['servicepunt'],
    'school-library': ['schoolbibliotheek', 'bibliotheek op school', 'dbos'],
    'pickup-point': ['afhaalpunt', 'uitleenpunt'],
    'mobile-library': ['bibliobus', 'bibliotheekbus'],
    other: ['anders', 'overig'],
  },
  layerKind: {
    building: ['gebouw', 'open', 'gebouw open'],
    staffed: ['bemand', 'met personeel'],
    desk: ['balie', 'spreekuur', 'loket'],
  },
  service: {
    ido: ['IDO', 'informatiepunt digitale overheid'],
    taalhuis: ['Taalhuis', 'taalpunt'],
    digitaalhuis: ['DigiTaalhuis'],
    other: ['anders', 'overig'],
  },
  exceptionStatus: {
    closed: ['gesloten', 'dicht'],
    open: ['open'],
    unknown: ['onbekend'],
    appointment: ['op afspraak', 'afspraak'],
  },
  holidayRule: {
    closed: ['gesloten', 'dicht'],
    open: ['open', 'gewone dag'],
  },
  unit: {
    count: ['aantal'],
    percent: ['procent', '%', 'percentage'],
    euro: ['euro', '€', 'eur'],
    hours: ['uren', 'uur'],
    minutes: ['minuten', 'min'],
    score: ['cijfer', 'score'],
    ratio: ['verhouding'],
  },
  direction: {
    higher: ['hoger is beter', 'hoger', 'meer'],
    lower: ['lager is beter', 'lager', 'minder'],
  },
  level: {
    output: ['output', 'prestatie'],
    outcome: ['outcome', 'effect'],
    impact: ['impact'],
  },
  theme: {
    'literate-society': ['geletterde samenleving', 'geletterdheid'],
    'information-society': ['informatiesamenleving', 'participatie in de informatiesamenleving', 'digitale inclusie'],
    'lifelong-development': ['leven lang ontwikkelen', 'leven lang leren'],
    'robust-library': ['robuuste bibliotheek', 'robuuste bibliotheekvoorziening', 'basis op orde'],
  },
  wsobFunction: {
    'knowledge-information': ['kennis en informatie'],
    'development-education': ['ontwikkeling en educatie'],
    'reading-literature': ['lezen en literatuur'],
    'meeting-debate': ['ontmoeting en debat'],
    'art-culture': ['kunst en cultuur'],
  },
  audience: {
    '0-4': ['0-4 jaar', 'peuters', 'boekstart', 'baby'],
    children: ['kinderen', 'kind', '4-12 jaar', 'basisschool'],
    youth: ['jongeren', 'jeugd', 'tieners', '12-18 jaar'],
    adults: ['volwassenen'],
    seniors: ['senioren', 'ouderen', '65+'],
    families: ['gezinnen', 'gezin', 'familie', 'ouders en kinderen'],
    'low-literate-adults': ['laaggeletterden', 'laaggeletterde volwassenen', 'nt1', 'nt2', 'taal'],
    everyone: ['iedereen', 'alle leeftijden', 'voor iedereen'],
  },
  activityStatus: {
    scheduled: ['gaat door', 'gepland'],
    cancelled: ['gaat niet door', 'afgelast', 'geannuleerd', 'vervalt'],
    moved: ['verplaatst'],
  },
  schoolHolidayRegion: {
    noord: ['noord', 'regio noord'],
    midden: ['midden', 'regio midden'],
    zuid: ['zuid', 'regio zuid'],
  },
  schoolHolidayKind: {
    autumn: ['herfstvakantie', 'herfst'],
    christmas: ['kerstvakantie', 'kerst'],
    spring: ['voorjaarsvakantie', 'krokusvakantie', 'carnavalsvakantie'],
    may: ['meivakantie', 'mei'],
    summer: ['zomervakantie', 'zomer'],
  },
  activitySchoolHolidays: {
    only: ['alleen in de schoolvakanties', 'alleen in schoolvakanties', 'alleen in de vakantie'],
    except: ['niet in de schoolvakanties', 'niet in schoolvakanties', 'buiten de schoolvakanties'],
  },
  attendanceMode: {
    offline: ['op locatie', 'ter plaatse', 'fysiek'],
    online: ['online'],
    mixed: ['op locatie en online', 'beide', 'hybride'],
  },
  agentKind: {
    person: ['persoon'],
    organization: ['organisatie', 'groep'],
  },
  stopWeeks: {
    odd: ['oneven weken', 'oneven'],
    even: ['even weken', 'even'],
  },
  derivedPer: {
    year: ['jaar', 'per jaar'],
    quarter: ['kwartaal', 'per kwartaal'],
    month: ['maand', 'per maand'],
  },
};

/** Words for "every school holiday" (`true`) in a column of school holidays. */
export const ALL_WORDS: [label: string, ...aliases: string[]] = ['alle schoolvakanties', 'alle', 'ja', 'alle vakanties'];

/** Yes and no in a cell. */
export const BOOLEAN_LABELS: [yes: string, no: string] = ['ja', 'nee'];

/** Rows whose first column starts with this are the template's examples and are never read. */
export const EXAMPLE_PREFIX = 'voorbeeld';

const HOLIDAY_COLUMNS = (what: string, whatEn: string): ColumnSpec[] => [
  {
    header: 'Feestdagen',
    aliases: ['holidays'],
    field: 'holidays.rule',
    labels: 'holidayRule',
    explain: `Wat feestdagen met ${what} doen: gesloten (dicht op Nieuwjaarsdag, Pasen, Koningsdag, Hemelvaart, Pinksteren en Kerst) of open (gewone dagen).${what === 'de openingstijden' ? ' Leeg: gesloten.' : ' Leeg: zoals bij Organisatie.'}`,
    explainEn: `What public holidays do to ${whatEn}: gesloten (closed on New Year, Easter, King's Day, Ascension, Whitsun and Christmas) or open (ordinary days).${what === 'de openingstijden' ? ' Empty: closed.' : ' Empty: as in Organisatie.'}`,
    example: 'gesloten',
    width: 12,
  },
  {
    header: 'Dicht op Goede Vrijdag',
    aliases: ['goodFriday'],
    field: 'holidays.goodFriday',
    explain: 'ja als ook Goede Vrijdag een sluitingsdag is.',
    explainEn: 'ja (yes) when Good Friday closes too.',
    example: 'nee',
    width: 12,
  },
  {
    header: 'Dicht op Bevrijdingsdag',
    aliases: ['liberationDay'],
    field: 'holidays.liberationDay',
    explain: 'ja als ook 5 mei (Bevrijdingsdag) een sluitingsdag is.',
    explainEn: 'ja (yes) when 5 May (Liberation Day) closes too.',
    example: 'nee',
    width: 12,
  },
];

const SCOPE_COLUMNS: ColumnSpec[] = [
  {
    header: 'Voor gemeenten',
    aliases: ['scope.municipalities', 'Gemeenten'],
    field: 'scope.municipalities',
    explain: 'Leeg: voor de hele organisatie. Anders de gemeente(n) waarover dit gaat: CBS-code of naam, gescheiden door komma’s.',
    explainEn: 'Empty: the whole organisation. Otherwise the municipality or municipalities it is about: CBS code or name, comma-separated.',
    example: 'GM0397',
    width: 16,
  },
  {
    header: 'Voor vestigingen',
    aliases: ['scope.branches'],
    field: 'scope.branches',
    refersTo: 'Vestigingen',
    explain: 'Of de vestiging(en) waarover dit gaat: id of naam, gescheiden door komma’s.',
    explainEn: 'Or the branch or branches it is about: id or name, comma-separated.',
    width: 16,
  },
  {
    header: 'Regio',
    aliases: ['scope.region'],
    field: 'scope.region',
    explain: 'Voor een cijfer over een regio van meerdere gemeenten (Parkstad Limburg, Drenthe): de naam van de regio; zet de gemeenten in Voor gemeenten.',
    explainEn: 'For a figure about a region of several municipalities (Parkstad Limburg): its name; put the municipalities in Voor gemeenten.',
    width: 18,
  },
];

/** Address and coordinates of a place (a branch, a bibliobus stop), with examples. */
const placeColumns = (ex: { street?: string; postalCode?: string; city?: string; lat?: number; lon?: number }): ColumnSpec[] => [
  {
    header: 'Straat en huisnummer',
    aliases: ['address.street', 'Straat', 'Adres'],
    field: 'address.street',
    explain: 'Straat en huisnummer. Een adres heeft straat, postcode en plaats.',
    explainEn: 'Street and house number. An address has street, postal code and city.',
    example: ex.street,
    width: 24,
  },
  {
    header: 'Postcode',
    aliases: ['address.postalCode'],
    field: 'address.postalCode',
    codec: 'postalCode',
    explain: 'Postcode, 1234 AB.',
    explainEn: 'Postal code, 1234 AB.',
    example: ex.postalCode,
    width: 10,
  },
  {
    header: 'Plaats',
    aliases: ['address.city', 'Woonplaats'],
    field: 'address.city',
    explain: 'Plaatsnaam.',
    explainEn: 'Town or city.',
    example: ex.city,
    width: 16,
  },
  {
    header: 'Breedtegraad',
    aliases: ['geo.lat', 'lat', 'Latitude'],
    field: 'geo.lat',
    explain: 'Voor de kaart: breedtegraad zoals Google Maps of OpenStreetMap die toont (52,3731). Zonder coördinaten staat hij niet op de kaart.',
    explainEn: 'For the map: latitude as Google Maps or OpenStreetMap show it (52.3731). Without coordinates it is not on the map.',
    example: ex.lat,
    width: 12,
  },
  {
    header: 'Lengtegraad',
    aliases: ['geo.lon', 'lon', 'Longitude'],
    field: 'geo.lon',
    explain: 'Lengtegraad (4,5334).',
    explainEn: 'Longitude (4.5334).',
    example: ex.lon,
    width: 12,
  },
];

/** The branch a row belongs to (the bibliobus for Haltes). */
const BRANCH_COLUMN: ColumnSpec = {
  header: 'Vestiging',
  aliases: ['branch'],
  role: 'parent',
  parent: 'Vestigingen',
  explain: 'Id of naam van de vestiging, uit het blad Vestigingen.',
  explainEn: 'Id or name of the branch, from the Vestigingen sheet.',
  example: 'voorbeeld-zandvoort',
  width: 20,
};

/** The layer of Openingstijden a row belongs to. */
const LAYER_COLUMN: ColumnSpec = {
  header: 'Laag',
  aliases: ['layer'],
  role: 'parent',
  parent: 'Openingstijden',
  explain: 'De laag uit Openingstijden waarvoor dit geldt (gebouw, bemand, ido …).',
  explainEn: 'The layer from Openingstijden this is for.',
  example: 'bemand',
  width: 12,
};

const BUS_COLUMN: ColumnSpec = {
  ...BRANCH_COLUMN,
  explain: 'Id of naam van de bibliobus, uit het blad Vestigingen (soort bibliobus).',
  explainEn: 'Id or name of the mobile library, from the Vestigingen sheet (kind bibliobus).',
  example: 'voorbeeld-bibliobus',
};

/** One row per day: the day, its hours and (for a layer or season) its hours by appointment. */
const dayColumns = (osm: boolean, appointment: boolean): ColumnSpec[] => [
  {
    header: 'Dag',
    aliases: ['day'],
    role: 'day',
    explain: osm
      ? 'ma, di, wo, do, vr, za of zo. Of OSM: dan staat in Tijden een OpenStreetMap-regel voor de hele week (Mo-Fr 10:00-17:30; Sa 10:00-14:00; PH off).'
      : 'ma, di, wo, do, vr, za of zo: één rij per dag.',
    explainEn: osm
      ? 'ma, di, wo, do, vr, za or zo (Monday to Sunday). Or OSM: then Tijden holds an OpenStreetMap rule for the whole week.'
      : 'ma, di, wo, do, vr, za or zo (Monday to Sunday): one row per day.',
    example: 'di',
    width: 6,
  },
  {
    header: 'Tijden',
    aliases: ['hours', 'Openingstijden'],
    field: 'weekly.{day}',
    explain: 'Van-tot, meerdere gescheiden door komma’s: 10:00-12:30, 13:30-17:30. gesloten voor een dichte dag. Een dag die ontbreekt is dicht; zonder Dag is gesloten de hele week.',
    explainEn: 'From-to, several separated by commas: 10:00-12:30, 13:30-17:30. gesloten for a closed day. A missing day is closed; gesloten without Dag is the whole week.',
    example: '10:00-17:00',
    width: 26,
  },
  ...(appointment
    ? [
        {
          header: 'Op afspraak',
          aliases: ['byAppointment', 'Afspraak'],
          field: 'byAppointment.{day}',
          explain: 'Tijden waarin je op afspraak terecht kunt (naast of in plaats van Tijden): 09:30-12:00. Leeg: geen afspraken die dag.',
          explainEn: 'Hours by appointment (beside or instead of Tijden): 09:30-12:00. Empty: no appointments that day.',
          width: 16,
        },
      ]
    : []),
];

/**
 * A dated exception (Uitzonderingen, Halte-uitzonderingen) or an organisation-wide closure (Sluitingsdagen), with
 * the example row's values. A closure's status may be empty (closed), and its Toelichting comes first: a closure
 * has no name or parent, and the template's example row is known by its first column ("Voorbeeld: …").
 */
const datedColumns = (closure: boolean, ex: { date: string; status?: string; hours?: string; note: string; noteEn: string }): ColumnSpec[] => {
  const note: ColumnSpec = {
    header: 'Toelichting',
    aliases: ['note'],
    field: 'note',
    explain: `Wat bezoekers erbij lezen: "${closure ? 'Teamdag: zelf lenen kan wel' : 'Kerstavond: tot 16:00'}".`,
    explainEn: `What visitors read with it: "${closure ? 'Teamdag: zelf lenen kan wel' : 'Kerstavond: tot 16:00'}".`,
    example: ex.note,
    exampleEn: ex.noteEn,
    width: 30,
  };
  const rest: ColumnSpec[] = [
    {
      header: 'Datum',
      aliases: ['date', 'Van'],
      field: 'date',
      explain: 'De (eerste) dag: dd-mm-jjjj.',
      explainEn: 'The (first) day: dd-mm-yyyy.',
      example: ex.date,
      width: 12,
    },
    {
      header: 'Tot en met',
      aliases: ['until', 'Tot'],
      field: 'until',
      explain: 'Voor een periode: de laatste dag. Leeg voor één dag.',
      explainEn: 'For a period: the last day. Empty for one day.',
      width: 12,
    },
    {
      header: 'Status',
      aliases: ['status'],
      field: 'status',
      labels: 'exceptionStatus',
      explain: `gesloten, open (met Tijden: alleen dan open), onbekend of op afspraak.${closure ? ' Leeg: gesloten.' : ''}`,
      explainEn: `gesloten (closed), open (with Tijden: open only then), onbekend (unknown) or op afspraak (by appointment).${closure ? ' Empty: closed.' : ''}`,
      ...(ex.status ? { example: ex.status } : {}),
      width: 12,
    },
    {
      header: 'Tijden',
      aliases: ['hours'],
      field: 'hours',
      explain: 'Van-tot op die dag(en): 10:00-16:00. Leeg bij open: de gewone tijden (bijvoorbeeld open op een feestdag).',
      explainEn: 'From-to on the day(s): 10:00-16:00. Empty with open: the normal hours (to open on a public holiday).',
      ...(ex.hours ? { example: ex.hours } : {}),
      width: 18,
    },
  ];
  return closure ? [note, ...rest] : [...rest, note];
};

/** The bibliobus stop a row belongs to. */
const STOP_COLUMN: ColumnSpec = {
  header: 'Halte',
  aliases: ['stop'],
  role: 'parent',
  parent: 'Haltes',
  explain: 'De halte uit Haltes waarvoor dit geldt.',
  explainEn: 'The stop from Haltes this is for.',
  example: 'bentveld',
  width: 14,
};

/**
 * What a branch offers and how accessible it is: ja, nee, or empty when unknown; two counts; two texts. The
 * headers are the words the site shows (facilityName), so staff read in the sheet what visitors read.
 */
const FACILITY_COLUMNS: ColumnSpec[] = [
  ...(
    [
      ['wheelchairAccessible', [], 'de ingang en de publieke ruimtes zonder trap of drempel te bereiken zijn (lift, hellingbaan)', 'the entrance and public floors have no steps (a lift, a ramp)', 'ja', 13],
      ['accessibleToilet', ['Toegankelijk toilet'], 'er een toilet voor rolstoelgebruikers is', 'there is a toilet for wheelchair users', 'ja', 11],
      ['hearingLoop', [], 'er een ringleiding is voor mensen met een hoortoestel', 'there is a hearing loop', 'nee', 11],
      ['wifi', ['Wi-Fi'], 'er gratis wifi is', 'there is free wifi', 'ja', 7],
      ['printing', ['Printen'], 'bezoekers kunnen printen en kopiëren', 'visitors can print and copy', 'ja', 10],
      ['parking', [], 'je bij of vlak bij de vestiging kunt parkeren', 'there is parking at or near the branch', 'ja', 9],
      ['childrensCorner', [], 'er een kinderhoek is', 'there is a children’s corner', 'ja', 10],
    ] as const
  ).map(([key, aliases, nl, en, example, width]): ColumnSpec => ({
    header: facilityName(key, 'nl'),
    aliases: [`facilities.${key}`, ...aliases],
    field: `facilities.${key}`,
    explain: `ja als ${nl}; nee als dat niet zo is; leeg als je het niet weet.`,
    explainEn: `ja (yes) when ${en}; nee (no) when not; empty when unknown.`,
    example,
    width,
  })),
  {
    header: facilityName('studyPlaces', 'nl'),
    aliases: ['facilities.studyPlaces'],
    field: 'facilities.studyPlaces',
    explain: 'Aantal studie- en werkplekken, een heel getal.',
    explainEn: 'Number of study places, a whole number.',
    example: 24,
    width: 11,
  },
  {
    header: facilityName('computers', 'nl'),
    aliases: ['facilities.computers'],
    field: 'facilities.computers',
    explain: 'Aantal computers voor bezoekers.',
    explainEn: 'Number of computers for visitors.',
    example: 4,
    width: 10,
  },
  {
    header: facilityName('publicTransport', 'nl'),
    aliases: ['facilities.publicTransport', 'OV'],
    field: 'facilities.publicTransport',
    explain: 'De dichtstbijzijnde bus-, tram- of treinhalte: "Bushalte Raadhuisplein (lijn 80)".',
    explainEn: 'The nearest bus, tram or train stop.',
    example: 'Bushalte Zandvoort, Raadhuisplein',
    exampleEn: 'Bus stop Zandvoort, Raadhuisplein',
    width: 26,
  },
  {
    header: 'Toelichting voorzieningen',
    aliases: ['facilities.note'],
    field: 'facilities.note',
    explain: 'Wat bezoekers verder moeten weten: "Invalidenparkeerplaats voor de deur".',
    explainEn: 'Anything else visitors should know about the facilities.',
    width: 30,
  },
];

/** A sheet of dated exceptions below a sheet of weekly hours (a layer's, a bibliobus stop's). */
const exceptionsSheet = (name: string, aliases: string[], parent: string, text: Pick<SheetSpec, 'title' | 'titleEn' | 'columns'>): SheetSpec => ({
  name,
  aliases,
  schema: '#/$defs/hoursException',
  target: { kind: 'child', parent, field: 'exceptions' },
  item: { en: 'exception', nl: 'uitzondering' },
  ...text,
});

/** The sheets, in the workbook's order. */
export const SHEETS: SheetSpec[] = [
  {
    name: 'Organisatie',
    aliases: ['Organization', 'Organisation', 'Bibliotheek'],
    schema: '#/$defs/organization',
    target: { kind: 'organization' },
    key: 'id',
    item: { en: 'organisation', nl: 'organisatie' },
    title: 'Organisatie: één rij met de bibliotheekorganisatie.',
    titleEn: 'Organisatie (organisation): one row with the library organisation.',
    columns: [
      {
        header: 'Id',
        field: 'id',
        explain: 'Korte code van de organisatie: kleine letters, cijfers en streepjes. Verander hem niet meer zodra de feed gebruikt wordt.',
        explainEn: 'Short code of the organisation: lower-case letters, digits and dashes. Do not change it once the feed is in use.',
        example: 'voorbeeld-bieb',
        width: 22,
      },
      {
        header: 'Naam',
        field: 'name',
        explain: 'De naam die mensen kennen.',
        explainEn: 'The name people know.',
        example: 'Bibliotheek Duinstreek',
        width: 28,
      },
      {
        header: 'Website',
        field: 'website',
        explain: 'Het adres van de website, met https://.',
        explainEn: 'The website address, with https://.',
        example: 'https://www.bieb-duinstreek.nl',
        width: 30,
      },
      {
        header: 'Beschrijving',
        field: 'description',
        explain: 'Een of twee zinnen over de organisatie.',
        explainEn: 'One or two sentences about the organisation.',
        example: 'De bibliotheek voor Bloemendaal en Zandvoort.',
        exampleEn: 'The library for Bloemendaal and Zandvoort.',
        width: 40,
      },
      {
        header: 'Telefoon',
        field: 'contact.phone',
        codec: 'phone',
        explain: 'Telefoonnummer, bijvoorbeeld 023 511 53 00.',
        explainEn: 'Phone number, for example 023 511 53 00.',
        example: '023 511 53 00',
        width: 16,
      },
      {
        header: 'E-mail',
        field: 'contact.email',
        codec: 'email',
        explain: 'E-mailadres voor vragen.',
        explainEn: 'E-mail address for questions.',
        example: 'info@bieb-duinstreek.nl',
        width: 26,
      },
      {
        header: 'Schoolvakantieregio',
        aliases: ['schoolHolidayRegion', 'Regio schoolvakanties'],
        field: 'schoolHolidayRegion',
        explain: 'noord, midden of zuid: de regio van de schoolvakanties (rijksoverheid.nl). Nodig voor seizoenen en activiteiten "in de schoolvakanties".',
        explainEn: 'noord, midden or zuid: the school-holiday region (rijksoverheid.nl). Needed for seasons and activities "in the school holidays".',
        example: 'noord',
        width: 14,
      },
      ...HOLIDAY_COLUMNS('de openingstijden', 'the opening hours'),
    ],
  },
  {
    name: 'Gemeenten',
    aliases: ['Municipalities'],
    schema: '#/$defs/organization/properties/municipalities/items',
    target: { kind: 'child', parent: 'Organisatie', field: 'municipalities' },
    key: 'id',
    item: { en: 'municipality', nl: 'gemeente' },
    title: 'Gemeenten: één rij per gemeente waarvoor de organisatie werkt.',
    titleEn: 'Gemeenten (municipalities): one row per municipality the organisation serves.',
    columns: [
      {
        header: 'Naam',
        field: 'name',
        explain: 'De naam van de gemeente.',
        explainEn: 'The name of the municipality.',
        example: 'Voorbeeldstad',
        width: 22,
      },
      {
        header: 'CBS-code',
        aliases: ['id', 'Code', 'Gemeentecode'],
        field: 'id',
        explain: 'De code van het CBS: GM en vier cijfers (Heemstede is GM0397). Zie CBS StatLine, Gebieden in Nederland.',
        explainEn: 'The CBS code: GM and four digits (Heemstede is GM0397). See CBS StatLine, Gebieden in Nederland.',
        example: 'GM0000',
        width: 12,
      },
      {
        header: 'Inwoners',
        field: 'inhabitants',
        explain: 'Aantal inwoners (CBS), een heel getal.',
        explainEn: 'Number of inhabitants (CBS), a whole number.',
        example: 24000,
        width: 12,
      },
      {
        header: 'Schoolvakantieregio',
        aliases: ['schoolHolidayRegion'],
        field: 'schoolHolidayRegion',
        explain: 'Alleen als deze gemeente in een andere schoolvakantieregio ligt dan de organisatie: noord, midden of zuid.',
        explainEn: 'Only when this municipality is in another school-holiday region than the organisation: noord, midden or zuid.',
        width: 14,
      },
    ],
  },
  {
    name: 'Sluitingsdagen',
    aliases: ['Closures', 'Sluitingen'],
    schema: '#/$defs/closure',
    target: { kind: 'child', parent: 'Organisatie', field: 'closures' },
    item: { en: 'closure', nl: 'sluitingsdag' },
    title:
      'Sluitingsdagen: één rij per dag of periode die voor alle vestigingen geldt (een lokale feestdag, een teamdag), eenmaal ingevuld. De Uitzonderingen van een vestiging gaan op dezelfde dag voor.',
    titleEn:
      'Sluitingsdagen (closures): one row per day or period that holds for every branch (a local holiday, a staff day), given once. A branch’s own Uitzonderingen win on the same day.',
    columns: [
      ...datedColumns(true, { date: '2027-02-02', note: 'Voorbeeld: teamdag, zelf lenen kan wel', noteEn: 'Example: staff day, self-service as usual' }),
      {
        header: 'Lagen',
        aliases: ['layers', 'Soort laag'],
        field: 'layers',
        labels: 'layerKind',
        explain: 'Alleen voor deze soorten lagen, gescheiden door komma’s: gebouw, bemand, balie. Een teamdag: bemand, balie (zelf lenen kan dan nog). Leeg: alle lagen.',
        explainEn: 'Only these kinds of layer, comma-separated: gebouw, bemand, balie. A staff day: bemand, balie (self-service goes on). Empty: every layer.',
        example: 'bemand, balie',
        width: 16,
      },
      {
        header: 'Vestigingen',
        aliases: ['branches'],
        field: 'branches',
        refersTo: 'Vestigingen',
        explain: 'Alleen voor deze vestigingen: id of naam, gescheiden door komma’s. Leeg: alle vestigingen.',
        explainEn: 'Only these branches: id or name, comma-separated. Empty: every branch.',
        width: 20,
      },
      {
        header: 'Gemeenten',
        aliases: ['municipalities'],
        field: 'municipalities',
        explain: 'Alleen voor de vestigingen in deze gemeenten: CBS-code of naam, gescheiden door komma’s (een lokale feestdag). Leeg: alle gemeenten.',
        explainEn: 'Only the branches in these municipalities: CBS code or name, comma-separated (a local holiday). Empty: every municipality.',
        width: 16,
      },
    ],
  },
  {
    name: 'Vestigingen',
    aliases: ['Branches', 'Locaties'],
    schema: '#/$defs/branch',
    target: { kind: 'list', list: 'branches' },
    key: 'id',
    item: { en: 'branch', nl: 'vestiging' },
    title: 'Vestigingen: één rij per vestiging, servicepunt, schoolbibliotheek of afhaalpunt.',
    titleEn: 'Vestigingen (branches): one row per branch, service point, school library or pickup point.',
    columns: [
      {
        header: 'Id',
        field: 'id',
        explain: 'Korte code: kleine letters, cijfers en streepjes. Webredacteuren gebruiken hem (branch="…"): verander hem niet meer.',
        explainEn: 'Short code: lower-case letters, digits and dashes. Web editors use it (branch="…"): do not change it.',
        example: 'voorbeeld-zandvoort',
        width: 20,
      },
      {
        header: 'Naam',
        field: 'name',
        explain: 'De naam die bezoekers kennen.',
        explainEn: 'The name visitors know.',
        example: 'Bibliotheek Zandvoort',
        width: 28,
      },
      {
        header: 'Soort',
        aliases: ['kind'],
        field: 'kind',
        labels: 'branchKind',
        explain: 'Kies uit de lijst: vestiging, servicepunt, schoolbibliotheek, afhaalpunt, bibliobus of anders.',
        explainEn: 'Pick from the list: vestiging (branch), servicepunt, schoolbibliotheek, afhaalpunt, bibliobus or anders.',
        example: 'vestiging',
        width: 16,
      },
      {
        header: 'Gemeente',
        aliases: ['municipality'],
        field: 'municipality',
        explain: 'De gemeente waarin de vestiging ligt: CBS-code of naam, uit het blad Gemeenten.',
        explainEn: 'The municipality it is in: CBS code or name, from the Gemeenten sheet.',
        example: 'GM0000',
        width: 14,
      },
      ...placeColumns({ street: 'Prinsesseweg 34', postalCode: '2042 NB', city: 'Zandvoort', lat: 52.3731, lon: 4.5334 }),
      {
        header: 'Telefoon',
        field: 'contact.phone',
        codec: 'phone',
        explain: 'Telefoonnummer van de vestiging.',
        explainEn: 'Phone number of the branch.',
        width: 16,
      },
      {
        header: 'E-mail',
        field: 'contact.email',
        codec: 'email',
        explain: 'E-mailadres van de vestiging.',
        explainEn: 'E-mail address of the branch.',
        width: 24,
      },
      {
        header: 'Webpagina',
        aliases: ['url', 'Link'],
        field: 'url',
        explain: 'De pagina van de vestiging op de website, met https://.',
        explainEn: 'The branch’s page on the website, with https://.',
        example: 'https://www.bieb-duinstreek.nl/zandvoort',
        width: 30,
      },
      {
        header: 'Beschrijving',
        field: 'description',
        explain: 'Een paar zinnen over de vestiging.',
        explainEn: 'A few sentences about the branch.',
        width: 40,
      },
      ...FACILITY_COLUMNS,
    ],
  },
  {
    name: 'Openingstijden',
    aliases: ['Hours', 'Opening hours', 'Tijden'],
    schema: '#/$defs/hoursLayer',
    target: { kind: 'child', parent: 'Vestigingen', field: 'hours' },
    key: 'id',
    rowsPerItem: 'many',
    idWhenEmpty: 'fromKind',
    osm: true,
    item: { en: 'layer', nl: 'laag' },
    title:
      'Openingstijden: één rij per vestiging, laag en dag. Een laag is het gebouw (open, eventueel zonder personeel), de bemande uren of een balie (IDO, Taalhuis).',
    titleEn:
      'Openingstijden (opening hours): one row per branch, layer and day. A layer is the building (open, maybe without staff), the staffed hours or a desk (IDO, Taalhuis).',
    columns: [
      BRANCH_COLUMN,
      {
        header: 'Laag',
        aliases: ['layer', 'id'],
        field: 'id',
        explain: 'Korte code van de laag binnen de vestiging: gebouw, bemand, ido … Zelfde code = zelfde laag.',
        explainEn: 'Short code of the layer within the branch: gebouw, bemand, ido … Same code, same layer.',
        example: 'bemand',
        width: 12,
      },
      {
        header: 'Soort laag',
        aliases: ['kind'],
        field: 'kind',
        labels: 'layerKind',
        explain: 'gebouw (de deuren zijn open), bemand (er is personeel) of balie (een dienst met eigen tijden).',
        explainEn: 'gebouw (the doors are open), bemand (staff are there) or balie (a desk with hours of its own).',
        example: 'bemand',
        width: 12,
      },
      {
        header: 'Dienst',
        aliases: ['service'],
        field: 'service',
        labels: 'service',
        explain: 'Alleen voor een balie: IDO, Taalhuis, DigiTaalhuis of anders.',
        explainEn: 'Desks only: IDO, Taalhuis, DigiTaalhuis or anders (other).',
        width: 12,
      },
      {
        header: 'Zelfservice',
        aliases: ['selfService'],
        field: 'selfService',
        explain: 'Alleen voor het gebouw: ja als je buiten de bemande uren zelf kunt lenen en studeren (Open+).',
        explainEn: 'Building only: ja (yes) when people can borrow and study without staff outside the staffed hours (Open+).',
        width: 11,
      },
      {
        header: 'Label',
        field: 'label',
        explain: 'Hoe de laag heet op de site: "Open met bibliotheekpas", "Informatiepunt Digitale Overheid".',
        explainEn: 'What the layer is called on the site: "Open met bibliotheekpas".',
        example: 'Medewerkers aanwezig',
        exampleEn: 'Staff present',
        width: 24,
      },
      ...dayColumns(true, true),
      ...HOLIDAY_COLUMNS('deze laag', 'this layer'),
    ],
  },
  {
    name: 'Seizoenen',
    aliases: ['Seasons', 'Zomertijden'],
    schema: '#/$defs/season',
    target: { kind: 'child', parent: 'Openingstijden', field: 'seasons' },
    key: 'id',
    rowsPerItem: 'many',
    idWhenEmpty: 'none',
    item: { en: 'season', nl: 'seizoen' },
    title:
      'Seizoenen: andere weektijden voor een periode (zomertijden, nieuwe tijden vanaf een datum, een nieuwe vestiging) of voor de schoolvakanties. Eén rij per vestiging, laag, seizoen en dag; in het seizoen gelden deze tijden in plaats van die in Openingstijden.',
    titleEn:
      'Seizoenen (seasons): other weekly hours for a period (summer hours, new hours from a date, a new branch) or for the school holidays. One row per branch, layer, season and day; in the season they replace the hours in Openingstijden.',
    columns: [
      BRANCH_COLUMN,
      LAYER_COLUMN,
      {
        header: 'Seizoen',
        aliases: ['season', 'id'],
        field: 'id',
        explain: 'Korte code van het seizoen binnen de laag: zomer, kerstvakantie … Zelfde code = zelfde seizoen. Zonder code horen rijen met dezelfde Vanaf, Tot en met en Schoolvakanties bij elkaar.',
        explainEn: 'Short code of the season within the layer: zomer, kerstvakantie … Same code, same season. Without a code, rows with the same Vanaf, Tot en met and Schoolvakanties belong together.',
        example: 'zomer',
        width: 14,
      },
      {
        header: 'Label',
        field: 'label',
        explain: 'Wat bezoekers lezen: "zomertijden" (de site toont "Vanaf 1 juli zomertijden").',
        explainEn: 'What visitors read: "zomertijden" (the site shows "Vanaf 1 juli zomertijden", from 1 July summer hours).',
        example: 'zomertijden',
        exampleEn: 'summer hours',
        width: 22,
      },
      {
        header: 'Vanaf',
        aliases: ['validFrom'],
        field: 'validFrom',
        explain: 'De eerste dag: dd-mm-jjjj. Alleen leeg bij Schoolvakanties (dan elk jaar).',
        explainEn: 'The first day: dd-mm-yyyy. Empty only with Schoolvakanties (then every year).',
        example: '2027-07-01',
        width: 12,
      },
      {
        header: 'Tot en met',
        aliases: ['validThrough', 'Tot'],
        field: 'validThrough',
        explain: 'De laatste dag. Leeg: vanaf Vanaf voorgoed (nieuwe openingstijden).',
        explainEn: 'The last day. Empty: from Vanaf on for good (new opening hours).',
        example: '2027-08-31',
        width: 12,
      },
      {
        header: 'Schoolvakanties',
        aliases: ['schoolHolidays'],
        field: 'schoolHolidays',
        explain: 'In de schoolvakanties van de regio (zie Organisatie): alle schoolvakanties, of welke, gescheiden door komma’s: herfstvakantie, kerstvakantie, voorjaarsvakantie, meivakantie, zomervakantie.',
        explainEn: 'In the school holidays of the region (see Organisatie): alle schoolvakanties (all), or which, comma-separated: herfstvakantie, kerstvakantie, voorjaarsvakantie, meivakantie, zomervakantie.',
        width: 22,
      },
      ...dayColumns(false, true),
    ],
  },
  exceptionsSheet('Uitzonderingen', ['Exceptions', 'Afwijkende openingstijden'], 'Openingstijden', {
    title: 'Uitzonderingen: één rij per dag of periode met andere tijden (Kerstavond, een teamdag, een verbouwing).',
    titleEn: 'Uitzonderingen (exceptions): one row per day or period with other hours (Christmas Eve, a staff day, a renovation).',
    columns: [BRANCH_COLUMN, LAYER_COLUMN, ...datedColumns(false, { date: '2026-12-24', status: 'open', hours: '10:00-16:00', note: 'Kerstavond: tot 16:00', noteEn: 'Christmas Eve: until 16:00' })],
  }),
  {
    name: 'Haltes',
    aliases: ['Stops', 'Bibliobushaltes', 'Dienstregeling'],
    schema: '#/$defs/stop',
    target: { kind: 'child', parent: 'Vestigingen', field: 'stops' },
    key: 'id',
    rowsPerItem: 'many',
    idWhenEmpty: 'fromName',
    item: { en: 'stop', nl: 'halte' },
    title: 'Haltes: de dienstregeling van een bibliobus, één rij per halte en dag.',
    titleEn: 'Haltes (stops): the timetable of a mobile library, one row per stop and day.',
    columns: [
      BUS_COLUMN,
      {
        header: 'Halte',
        aliases: ['stop', 'id'],
        field: 'id',
        explain: 'Korte code van de halte: de-wijk, koekange … Zelfde code = zelfde halte. Leeg: gemaakt van de naam.',
        explainEn: 'Short code of the stop: de-wijk, koekange … Same code, same stop. Empty: made from the name.',
        example: 'bentveld',
        width: 14,
      },
      {
        header: 'Naam',
        field: 'name',
        explain: 'Waar de bus staat, zoals bewoners het kennen: "Bentveld, Dorpsplein".',
        explainEn: 'Where the bus stands, as residents know it.',
        example: 'Bentveld, Dorpsplein',
        width: 26,
      },
      {
        header: 'Gemeente',
        aliases: ['municipality'],
        field: 'municipality',
        explain: 'De gemeente van de halte: CBS-code of naam, uit het blad Gemeenten.',
        explainEn: 'The municipality of the stop: CBS code or name, from the Gemeenten sheet.',
        example: 'GM0000',
        width: 14,
      },
      ...placeColumns({ street: 'Zandvoortselaan 2', postalCode: '2116 AA', city: 'Bentveld', lat: 52.3711, lon: 4.5705 }),
      {
        header: 'Weken',
        aliases: ['weeks'],
        field: 'weeks',
        labels: 'stopWeeks',
        explain: 'Als de bus er om de week staat: even weken of oneven weken (het weeknummer). Leeg: elke week.',
        explainEn: 'When the bus stops there every other week: even weken or oneven weken (even or odd week numbers). Empty: every week.',
        width: 13,
      },
      {
        header: 'Toelichting',
        aliases: ['note'],
        field: 'note',
        explain: 'Wat bewoners erbij lezen: "Bij de supermarkt".',
        explainEn: 'What residents read with it.',
        width: 26,
      },
      ...dayColumns(false, false),
    ],
  },
  exceptionsSheet('Halte-uitzonderingen', ['Stop exceptions', 'Uitzonderingen haltes'], 'Haltes', {
    title: 'Halte-uitzonderingen: één rij per dag of periode dat de bibliobus bij een halte niet of op andere tijden stopt (een dorpsfeest, wegwerkzaamheden).',
    titleEn: 'Halte-uitzonderingen (stop exceptions): one row per day or period the mobile library does not stop, or stops at other times (a village fair, road works).',
    columns: [BUS_COLUMN, STOP_COLUMN, ...datedColumns(false, { date: '2026-12-15', status: 'gesloten', note: 'Dorpsfeest: de bus staat een week later weer hier', noteEn: 'Village fair: back a week later' })],
  }),
  {
    name: 'Kengetallen',
    aliases: ['KPIs', 'KPI', 'Indicatoren'],
    schema: '#/$defs/kpi',
    target: { kind: 'list', list: 'kpis' },
    key: 'id',
    item: { en: 'KPI', nl: 'kengetal' },
    title: 'Kengetallen: één rij per kengetal (KPI). De metingen staan in het blad Metingen.',
    titleEn: 'Kengetallen (KPIs): one row per KPI. The measurements are in the Metingen sheet.',
    columns: [
      {
        header: 'Id',
        field: 'id',
        explain: 'Korte code, bijvoorbeeld bezoeken-zandvoort. Webredacteuren gebruiken hem (kpi="…").',
        explainEn: 'Short code, such as bezoeken-zandvoort. Web editors use it (kpi="…").',
        example: 'voorbeeld-leden',
        width: 22,
      },
      {
        header: 'Label',
        field: 'label',
        explain: 'Kort: wat het meet.',
        explainEn: 'Short: what it measures.',
        example: 'Leden in Zandvoort',
        exampleEn: 'Members in Zandvoort',
        width: 26,
      },
      {
        header: 'Beschrijving',
        field: 'description',
        explain: 'Hoe het gemeten wordt en wat het betekent.',
        explainEn: 'How it is measured and what it means.',
        width: 36,
      },
      {
        header: 'Eenheid',
        aliases: ['unit'],
        field: 'unit',
        labels: 'unit',
        explain: 'aantal, procent (0-100), euro, uren, minuten, cijfer of verhouding.',
        explainEn: 'aantal (count), procent (0-100), euro, uren (hours), minuten, cijfer (score) or verhouding (ratio).',
        example: 'aantal',
        width: 11,
      },
      {
        header: 'Decimalen',
        aliases: ['decimals'],
        field: 'decimals',
        explain: 'Hoeveel cijfers achter de komma (0-3). Leeg: 1 voor uren en cijfers, 2 voor verhoudingen, anders 0.',
        explainEn: 'Decimals to show (0-3). Empty: 1 for hours and scores, 2 for ratios, otherwise 0.',
        width: 10,
      },
      {
        header: 'Richting',
        aliases: ['direction'],
        field: 'direction',
        labels: 'direction',
        explain: 'hoger is beter, of lager is beter (bijvoorbeeld laaggeletterdheid).',
        explainEn: 'hoger is beter (higher is better) or lager is beter (lower is better, such as low literacy).',
        example: 'hoger is beter',
        width: 14,
      },
      {
        header: 'Opgave',
        aliases: ['theme', 'Maatschappelijke opgave', 'Thema'],
        field: 'theme',
        explain: 'De maatschappelijke opgave: geletterde samenleving, informatiesamenleving, leven lang ontwikkelen of robuuste bibliotheek.',
        explainEn: 'The societal task: geletterde samenleving, informatiesamenleving, leven lang ontwikkelen or robuuste bibliotheek.',
        example: 'robuuste bibliotheek',
        width: 22,
      },
      {
        header: 'Niveau',
        aliases: ['level'],
        field: 'level',
        labels: 'level',
        explain: 'output (wat de bibliotheek deed), outcome (wat er voor mensen veranderde) of impact (in de samenleving).',
        explainEn: 'output (what the library did), outcome (what changed for people) or impact (in society).',
        example: 'output',
        width: 10,
      },
      ...SCOPE_COLUMNS,
      {
        header: 'Nulmeting periode',
        aliases: ['baseline.period'],
        field: 'baseline.period',
        explain: 'Het startpunt: jaar (2022), kwartaal (2022-Q3), maand (2022-09) of dag.',
        explainEn: 'The starting point: year (2022), quarter (2022-Q3), month (2022-09) or day.',
        width: 12,
      },
      {
        header: 'Nulmeting waarde',
        aliases: ['baseline.value'],
        field: 'baseline.value',
        explain: 'De waarde bij de nulmeting.',
        explainEn: 'The value at the baseline.',
        width: 12,
      },
      {
        header: 'Nulmeting voorlopig',
        aliases: ['baseline.provisional'],
        field: 'baseline.provisional',
        explain: 'ja als de nulmeting nog kan veranderen.',
        explainEn: 'ja (yes) when the baseline may still change.',
        width: 10,
      },
      {
        header: 'Nulmeting toelichting',
        aliases: ['baseline.note'],
        field: 'baseline.note',
        explain: 'Toelichting bij de nulmeting.',
        explainEn: 'A note on the baseline.',
        width: 20,
      },
      {
        header: 'Nulmeting stand per',
        aliases: ['baseline.asOf'],
        field: 'baseline.asOf',
        explain: 'Als de nulmeting een stand op een dag is (niet het hele jaar): die dag, dd-mm-jjjj.',
        explainEn: 'When the baseline is as of a day (not the whole period): that day, dd-mm-yyyy.',
        width: 12,
      },
      {
        header: 'Streefwaarde',
        aliases: ['target.value', 'Doel'],
        field: 'target.value',
        explain: 'Waar het kengetal naartoe moet, met Streefdatum.',
        explainEn: 'Where the KPI should get to, with Streefdatum.',
        example: 3500,
        width: 12,
      },
      {
        header: 'Streefdatum',
        aliases: ['target.deadline', 'Deadline'],
        field: 'target.deadline',
        explain: 'Wanneer de streefwaarde gehaald moet zijn: dd-mm-jjjj.',
        explainEn: 'When the target should be reached: dd-mm-yyyy.',
        example: '2027-12-31',
        width: 12,
      },
      {
        header: 'Bron',
        aliases: ['source'],
        field: 'source',
        explain: 'Waar de cijfers vandaan komen: Bibliotheekmonitor, Ledenadministratie.',
        explainEn: 'Where the figures come from: Bibliotheekmonitor, Ledenadministratie.',
        example: 'Ledenadministratie',
        width: 22,
      },
      {
        header: 'Bijgewerkt',
        aliases: ['updated'],
        field: 'updated',
        explain: 'Datum van de laatste bijwerking.',
        explainEn: 'Date of the last update.',
        example: '2026-02-01',
        width: 12,
      },
      {
        header: 'Geteld uit de agenda',
        aliases: ['derived.from', 'Uit de agenda'],
        field: 'derived.from',
        explain:
          'ja: Biebkit telt dit kengetal zelf uit de activiteiten (blad Activiteiten, herhalingen meegeteld, afgelaste niet), binnen Voor gemeenten of Voor vestigingen. Vul er dan geen Metingen voor in; Eenheid is aantal.',
        explainEn:
          'ja (yes): Biebkit counts this KPI itself from the activities (sheet Activiteiten, repeats counted, cancelled ones not), within Voor gemeenten or Voor vestigingen. Give no Metingen for it then; the unit is aantal.',
        width: 12,
      },
      {
        header: 'Telt Wsob-functie',
        aliases: ['derived.function'],
        field: 'derived.function',
        explain: 'Bij Geteld uit de agenda: alleen de activiteiten met deze Wsob-functie. Leeg: alle.',
        explainEn: 'With Geteld uit de agenda: only the activities of this Wsob function. Empty: all.',
        width: 20,
      },
      {
        header: 'Telt opgave',
        aliases: ['derived.theme'],
        field: 'derived.theme',
        explain: 'Bij Geteld uit de agenda: alleen de activiteiten met deze maatschappelijke opgave. Leeg: alle.',
        explainEn: 'With Geteld uit de agenda: only the activities of this societal task. Empty: all.',
        width: 20,
      },
      {
        header: 'Telt per',
        aliases: ['derived.per'],
        field: 'derived.per',
        labels: 'derivedPer',
        explain: 'Bij Geteld uit de agenda: per jaar (leeg is ook goed), kwartaal of maand.',
        explainEn: 'With Geteld uit de agenda: per jaar (year, or empty), kwartaal (quarter) or maand (month).',
        width: 10,
      },
      {
        header: 'Telt vanaf',
        aliases: ['derived.since'],
        field: 'derived.since',
        explain: 'Bij Geteld uit de agenda: de eerste dag die meetelt, dd-mm-jjjj. Leeg: vanaf de eerste activiteit.',
        explainEn: 'With Geteld uit de agenda: the first day counted, dd-mm-yyyy. Empty: from the first activity.',
        width: 12,
      },
    ],
    moreExamples: [
      {
        Id: 'voorbeeld-activiteiten-lezen',
        Label: 'Activiteiten lezen en literatuur',
        'Label (Engels)': 'Reading and literature activities',
        Eenheid: 'aantal',
        Richting: 'hoger is beter',
        Opgave: 'geletterde samenleving',
        Niveau: 'output',
        'Geteld uit de agenda': 'ja',
        'Telt Wsob-functie': 'lezen en literatuur',
        'Telt per': 'jaar',
      },
    ],
  },
  {
    name: 'Metingen',
    aliases: ['Measurements', 'Series', 'Reeks'],
    schema: '#/$defs/measurement',
    target: { kind: 'child', parent: 'Kengetallen', field: 'series' },
    key: 'period',
    item: { en: 'measurement', nl: 'meting' },
    title: 'Metingen: één rij per kengetal en periode, in tijdsvolgorde.',
    titleEn: 'Metingen (measurements): one row per KPI and period, in time order.',
    columns: [
      {
        header: 'Kengetal',
        aliases: ['kpi', 'KPI'],
        role: 'parent',
        parent: 'Kengetallen',
        explain: 'Id van het kengetal uit het blad Kengetallen.',
        explainEn: 'Id of the KPI, from the Kengetallen sheet.',
        example: 'voorbeeld-leden',
        width: 22,
      },
      {
        header: 'Periode',
        aliases: ['period'],
        field: 'period',
        explain: 'Jaar (2025), kwartaal (2025-Q3), maand (2025-09) of dag (14-09-2025). Gebruik per kengetal één soort periode.',
        explainEn: 'Year (2025), quarter (2025-Q3), month (2025-09) or day (14-09-2025). One kind of period per KPI.',
        example: '2025',
        width: 11,
      },
      {
        header: 'Waarde',
        aliases: ['value'],
        field: 'value',
        explain: 'Het getal, met een komma voor decimalen (38,5). Procenten als 57, niet 0,57.',
        explainEn: 'The number (38,5 with a decimal comma). Percentages as 57, not 0.57.',
        example: 3260,
        width: 12,
      },
      {
        header: 'Voorlopig',
        aliases: ['provisional'],
        field: 'provisional',
        explain: 'ja als het cijfer nog kan veranderen.',
        explainEn: 'ja (yes) when the figure may still change.',
        width: 10,
      },
      {
        header: 'Toelichting',
        aliases: ['note'],
        field: 'note',
        explain: 'Bijvoorbeeld "Tot en met oktober".',
        explainEn: 'For example "Tot en met oktober" (up to October).',
        width: 24,
      },
      {
        header: 'Stand per',
        aliases: ['asOf'],
        field: 'asOf',
        explain: 'Voor een cijfer dat nog loopt: de dag van de stand, dd-mm-jjjj (de tegel toont "stand 31 okt 2025").',
        explainEn: 'For a figure still running: the day it is as of, dd-mm-yyyy (the tile shows "stand 31 okt 2025", as of).',
        width: 12,
      },
    ],
  },
  {
    name: 'Doelen',
    aliases: ['Goals'],
    schema: '#/$defs/goal',
    target: { kind: 'list', list: 'goals' },
    key: 'id',
    item: { en: 'goal', nl: 'doel' },
    title: 'Doelen: één rij per doel uit het beleidsplan. Een doel heeft een streefwaarde, of mijlpalen (blad Mijlpalen).',
    titleEn: 'Doelen (goals): one row per goal of the plan. A goal has a target value, or milestones (Mijlpalen sheet).',
    columns: [
      {
        header: 'Id',
        field: 'id',
        explain: 'Korte code. Webredacteuren gebruiken hem (goal="…").',
        explainEn: 'Short code. Web editors use it (goal="…").',
        example: 'voorbeeld-meer-leden',
        width: 22,
      },
      {
        header: 'Titel',
        aliases: ['title'],
        field: 'title',
        explain: 'De belofte in de woorden van het plan.',
        explainEn: 'The promise in the plan’s words.',
        example: '3.500 leden in Zandvoort',
        exampleEn: '3,500 members in Zandvoort',
        width: 30,
      },
      {
        header: 'Beschrijving',
        field: 'description',
        explain: 'Toelichting bij het doel.',
        explainEn: 'More about the goal.',
        width: 30,
      },
      {
        header: 'Opgave',
        aliases: ['theme', 'Maatschappelijke opgave', 'Thema'],
        field: 'theme',
        explain: 'De maatschappelijke opgave (zie Kengetallen).',
        explainEn: 'The societal task (see Kengetallen).',
        example: 'robuuste bibliotheek',
        width: 22,
      },
      ...SCOPE_COLUMNS,
      {
        header: 'Kengetal',
        aliases: ['target.kpi', 'kpi'],
        field: 'target.kpi',
        refersTo: 'Kengetallen',
        explain: 'Het kengetal dat dit doel meet (id uit Kengetallen); de laatste meting is de stand.',
        explainEn: 'The KPI that measures this goal (id from Kengetallen); its latest measurement is the current value.',
        example: 'voorbeeld-leden',
        width: 20,
      },
      {
        header: 'Nulmeting waarde',
        aliases: ['target.baseline.value'],
        field: 'target.baseline.value',
        explain: 'Voor een doel met streefwaarde: waar het begon.',
        explainEn: 'For a numeric goal: where it started.',
        example: 3120,
        width: 12,
      },
      {
        header: 'Nulmeting datum',
        aliases: ['target.baseline.date'],
        field: 'target.baseline.date',
        explain: 'Wanneer de nulmeting was: dd-mm-jjjj.',
        explainEn: 'When the baseline was: dd-mm-yyyy.',
        example: '2024-12-31',
        width: 12,
      },
      {
        header: 'Streefwaarde',
        aliases: ['target.value'],
        field: 'target.value',
        explain: 'De waarde die het doel wil halen.',
        explainEn: 'The value the goal aims for.',
        example: 3500,
        width: 12,
      },
      {
        header: 'Streefdatum',
        aliases: ['target.deadline', 'Deadline'],
        field: 'target.deadline',
        explain: 'Uiterlijk wanneer: dd-mm-jjjj, na de nulmeting.',
        explainEn: 'By when: dd-mm-yyyy, after the baseline.',
        example: '2027-12-31',
        width: 12,
      },
      {
        header: 'Eenheid',
        aliases: ['target.unit'],
        field: 'target.unit',
        labels: 'unit',
        explain: 'Alleen zonder kengetal: aantal, procent, euro, uren, minuten, cijfer of verhouding.',
        explainEn: 'Only without a KPI: the unit.',
        width: 11,
      },
      {
        header: 'Richting',
        aliases: ['target.direction'],
        field: 'target.direction',
        labels: 'direction',
        explain: 'Alleen als nodig: hoger is beter of lager is beter. Leeg: de kant van nulmeting naar streefwaarde.',
        explainEn: 'Only if needed: higher or lower is better. Empty: from baseline towards target.',
        width: 14,
      },
      {
        header: 'Huidige waarde',
        aliases: ['target.current.value'],
        field: 'target.current.value',
        explain: 'Alleen zonder kengetal: de stand nu.',
        explainEn: 'Only without a KPI: the value now.',
        width: 12,
      },
      {
        header: 'Datum huidige waarde',
        aliases: ['target.current.date'],
        field: 'target.current.date',
        explain: 'De datum van die stand.',
        explainEn: 'The date of that value.',
        width: 12,
      },
      {
        header: 'Bron',
        aliases: ['source'],
        field: 'source',
        explain: 'Het plan waar het doel uit komt: "Beleidsplan 2025-2028".',
        explainEn: 'The plan the goal comes from.',
        example: 'Beleidsplan 2025-2028',
        width: 22,
      },
    ],
  },
  {
    name: 'Mijlpalen',
    aliases: ['Milestones'],
    schema: '#/$defs/milestone',
    target: { kind: 'child', parent: 'Doelen', field: 'milestones' },
    item: { en: 'milestone', nl: 'mijlpaal' },
    title: 'Mijlpalen: één rij per stap van een doel zonder streefwaarde.',
    titleEn: 'Mijlpalen (milestones): one row per step of a goal without a target value.',
    columns: [
      {
        header: 'Doel',
        aliases: ['goal'],
        role: 'parent',
        parent: 'Doelen',
        explain: 'Id van het doel uit het blad Doelen.',
        explainEn: 'Id of the goal, from the Doelen sheet.',
        example: 'voorbeeld-taalhuis',
        width: 22,
      },
      {
        header: 'Titel',
        aliases: ['title'],
        field: 'title',
        explain: 'De stap.',
        explainEn: 'The step.',
        example: 'Taalhuis Zandvoort open',
        exampleEn: 'Taalhuis Zandvoort opened',
        width: 30,
      },
      {
        header: 'Uiterlijk',
        aliases: ['due', 'Deadline'],
        field: 'due',
        explain: 'Wanneer de stap klaar moet zijn: dd-mm-jjjj.',
        explainEn: 'When the step is due: dd-mm-yyyy.',
        example: '2026-06-30',
        width: 12,
      },
      {
        header: 'Klaar',
        aliases: ['done'],
        field: 'done',
        explain: 'ja als de stap gezet is.',
        explainEn: 'ja (yes) when it is done.',
        example: 'ja',
        width: 8,
      },
      {
        header: 'Klaar op',
        aliases: ['doneOn'],
        field: 'doneOn',
        explain: 'Wanneer: dd-mm-jjjj.',
        explainEn: 'When: dd-mm-yyyy.',
        example: '2026-05-12',
        width: 12,
      },
    ],
  },
  {
    name: 'Activiteiten',
    aliases: ['Activities', 'Agenda', 'Evenementen'],
    schema: '#/$defs/activity',
    target: { kind: 'list', list: 'activities' },
    key: 'id',
    item: { en: 'activity', nl: 'activiteit' },
    title: 'Activiteiten: één rij per activiteit of reeks (de Herhaling zegt hoe vaak).',
    titleEn: 'Activiteiten (activities): one row per activity or series (Herhaling says how often).',
    columns: [
      {
        header: 'Id',
        field: 'id',
        explain: 'Korte code, uniek. Leeg: Biebkit maakt er een van titel en datum.',
        explainEn: 'Short code, unique. Empty: Biebkit makes one from title and date.',
        example: 'voorbeeld-taalcafe',
        width: 20,
      },
      {
        header: 'Titel',
        aliases: ['title'],
        field: 'title',
        explain: 'Wat het is.',
        explainEn: 'What it is.',
        example: 'Taalcafé',
        exampleEn: 'Language café',
        width: 26,
      },
      {
        header: 'Beschrijving',
        field: 'description',
        explain: 'Wat bezoekers moeten weten. Gewone tekst, geen HTML.',
        explainEn: 'What visitors need to know. Plain text, no HTML.',
        example: 'Oefen Nederlands in een ontspannen sfeer.',
        exampleEn: 'Practise Dutch in a relaxed setting.',
        width: 36,
      },
      {
        header: 'Datum',
        aliases: ['date', 'start'],
        role: 'startDate',
        required: true,
        explain: 'De (eerste) dag: dd-mm-jjjj.',
        explainEn: 'The (first) day: dd-mm-yyyy.',
        example: '2026-11-03',
        width: 12,
      },
      {
        header: 'Van',
        aliases: ['Begintijd', 'Aanvang'],
        role: 'startTime',
        explain: 'Begintijd: 10:00. Leeg voor een hele dag (een tentoonstelling).',
        explainEn: 'Start time: 10:00. Empty for a whole day (an exhibition).',
        example: '10:00',
        width: 8,
      },
      {
        header: 'Einddatum',
        aliases: ['endDate', 'end'],
        role: 'endDate',
        explain: 'Alleen als het op een andere dag eindigt, of voor meerdere hele dagen: de laatste dag.',
        explainEn: 'Only when it ends on another day, or for several whole days: the last day.',
        width: 12,
      },
      {
        header: 'Tot',
        aliases: ['Eindtijd'],
        role: 'endTime',
        explain: 'Eindtijd: 11:30.',
        explainEn: 'End time: 11:30.',
        example: '11:30',
        width: 8,
      },
      {
        header: 'Vestiging',
        aliases: ['branch'],
        field: 'branch',
        refersTo: 'Vestigingen',
        explain: 'Id of naam van de vestiging waar het is. Leeg als het elders is (vul dan Locatie in).',
        explainEn: 'Id or name of the branch where it is. Empty when elsewhere (then fill in Locatie).',
        example: 'voorbeeld-zandvoort',
        width: 18,
      },
      {
        header: 'Locatie',
        aliases: ['location.name'],
        field: 'location.name',
        explain: 'Alleen buiten een vestiging: de naam van de plek (Dorpshuis De Kern, Online).',
        explainEn: 'Only outside a branch: the name of the place.',
        width: 22,
      },
      {
        header: 'Locatie straat',
        aliases: ['location.address.street'],
        field: 'location.address.street',
        explain: 'Straat en huisnummer van die plek.',
        explainEn: 'Street and number of that place.',
        width: 20,
      },
      {
        header: 'Locatie postcode',
        aliases: ['location.address.postalCode'],
        field: 'location.address.postalCode',
        codec: 'postalCode',
        explain: 'Postcode van die plek.',
        explainEn: 'Its postal code.',
        width: 10,
      },
      {
        header: 'Locatie plaats',
        aliases: ['location.address.city'],
        field: 'location.address.city',
        explain: 'Plaats van die plek.',
        explainEn: 'Its town.',
        width: 14,
      },
      {
        header: 'Locatie gemeente',
        aliases: ['location.municipality'],
        field: 'location.municipality',
        explain: 'CBS-code of naam van de gemeente, zodat het op de site van die gemeente staat.',
        explainEn: 'CBS code or name of its municipality, so that it shows on that municipality’s site.',
        width: 12,
      },
      {
        header: 'Locatie breedtegraad',
        aliases: ['location.geo.lat'],
        field: 'location.geo.lat',
        explain: 'Breedtegraad van die plek.',
        explainEn: 'Its latitude.',
        width: 12,
      },
      {
        header: 'Locatie lengtegraad',
        aliases: ['location.geo.lon'],
        field: 'location.geo.lon',
        explain: 'Lengtegraad van die plek.',
        explainEn: 'Its longitude.',
        width: 12,
      },
      {
        header: 'Online',
        aliases: ['location.online'],
        field: 'location.online',
        explain: 'ja voor een online activiteit (een webinar); zet de link in Online link.',
        explainEn: 'ja (yes) for an online activity; put the link in Online link.',
        width: 8,
      },
      {
        header: 'Online link',
        aliases: ['location.url'],
        field: 'location.url',
        explain: 'Waar je online meedoet.',
        explainEn: 'Where to join online.',
        width: 24,
      },
      {
        header: 'Deelname',
        aliases: ['attendanceMode', 'Vorm'],
        field: 'attendanceMode',
        labels: 'attendanceMode',
        explain: 'op locatie, online, of op locatie en online (er is ook een livestream). Leeg: op locatie (of online, als Online ja is).',
        explainEn: 'op locatie (in a place), online, or op locatie en online (mixed: a livestream too). Empty: in a place (or online when Online is ja).',
        example: 'op locatie',
        width: 16,
      },
      {
        header: 'Online meedoen via',
        aliases: ['onlineUrl', 'Livestream'],
        field: 'onlineUrl',
        explain: 'Bij online of op locatie en online: de link waar je online meedoet (livestream, Teams, Zoom).',
        explainEn: 'For online or mixed: the link to join online (livestream, Teams, Zoom).',
        width: 26,
      },
      {
        header: 'Doelgroepen',
        aliases: ['audiences', 'Doelgroep'],
        field: 'audiences',
        explain: 'Voor wie, gescheiden door komma’s: 0-4 jaar, kinderen, jongeren, volwassenen, senioren, gezinnen, laaggeletterden, iedereen.',
        explainEn: 'For whom, comma-separated: 0-4 jaar, kinderen, jongeren, volwassenen, senioren, gezinnen, laaggeletterden, iedereen.',
        example: 'volwassenen, laaggeletterden',
        width: 24,
      },
      {
        header: 'Opgave',
        aliases: ['theme', 'Thema'],
        field: 'theme',
        explain: 'De maatschappelijke opgave.',
        explainEn: 'The societal task.',
        example: 'geletterde samenleving',
        width: 22,
      },
      {
        header: 'Wsob-functie',
        aliases: ['function', 'Functie'],
        field: 'function',
        explain: 'Een van de vijf functies uit de Wsob: kennis en informatie, ontwikkeling en educatie, lezen en literatuur, ontmoeting en debat, kunst en cultuur.',
        explainEn: 'One of the five Wsob functions.',
        example: 'ontmoeting en debat',
        width: 22,
      },
      {
        header: 'Webpagina',
        aliases: ['url', 'Link'],
        field: 'url',
        explain: 'Een pagina over de activiteit.',
        explainEn: 'A page about the activity.',
        width: 26,
      },
      {
        header: 'Aanmelden',
        aliases: ['registration.required', 'Aanmelden verplicht'],
        field: 'registration.required',
        explain: 'ja als mensen zich moeten aanmelden, nee als dat niet hoeft.',
        explainEn: 'ja (yes) when people must sign up, nee (no) when not.',
        example: 'nee',
        width: 10,
      },
      {
        header: 'Aanmeldlink',
        aliases: ['registration.url'],
        field: 'registration.url',
        explain: 'Waar je je aanmeldt.',
        explainEn: 'Where to sign up.',
        width: 24,
      },
      {
        header: 'Vol',
        aliases: ['registration.full'],
        field: 'registration.full',
        explain: 'ja als het volgeboekt is.',
        explainEn: 'ja (yes) when fully booked.',
        width: 6,
      },
      {
        header: 'Plaatsen',
        aliases: ['registration.capacity', 'Capaciteit'],
        field: 'registration.capacity',
        explain: 'Hoeveel mensen mee kunnen doen, een heel getal (met Aanmelden ingevuld).',
        explainEn: 'How many people can take part, a whole number (with Aanmelden filled in).',
        example: 12,
        width: 9,
      },
      {
        header: 'Plaatsen vrij',
        aliases: ['registration.placesLeft', 'Nog vrij'],
        field: 'registration.placesLeft',
        explain: 'Hoeveel plaatsen nog vrij zijn; 0 is vol. De agenda toont "nog 3 plaatsen".',
        explainEn: 'How many places are still free; 0 is full. The calendar shows "nog 3 plaatsen" (3 places left).',
        width: 9,
      },
      {
        header: 'Aanmelden vanaf',
        aliases: ['registration.opens'],
        field: 'registration.opens',
        explain: 'Wanneer het aanmelden opengaat: dd-mm-jjjj uu:mm.',
        explainEn: 'When registration opens: dd-mm-yyyy hh:mm.',
        width: 16,
      },
      {
        header: 'Status',
        aliases: ['status'],
        field: 'status',
        labels: 'activityStatus',
        explain: 'gaat door (leeg is ook goed), gaat niet door, of verplaatst (met de nieuwe datum hierboven).',
        explainEn: 'gaat door (or empty), gaat niet door (cancelled) or verplaatst (moved, with the new date above).',
        width: 14,
      },
      {
        header: 'Statustoelichting',
        aliases: ['statusNote'],
        field: 'statusNote',
        explain: 'Waarom, en naar wanneer: "Verplaatst van 9 december".',
        explainEn: 'Why, and to when.',
        width: 24,
      },
      {
        header: 'Eerder gepland op',
        aliases: ['previousStart', 'Oorspronkelijke datum'],
        field: 'previousStart',
        explain: 'Bij verplaatst: de oude datum, met tijd als die ook veranderde: dd-mm-jjjj uu:mm.',
        explainEn: 'When moved: the old date, with its time when that changed too: dd-mm-yyyy hh:mm.',
        width: 16,
      },
      {
        header: 'Eerder gepland in',
        aliases: ['previousPlace'],
        field: 'previousPlace',
        explain: 'Bij verplaatst naar een andere plek: waar het eerst zou zijn.',
        explainEn: 'When moved to another place: where it was to be before.',
        width: 22,
      },
      {
        header: 'Prijs',
        aliases: ['price.amount', 'Kosten'],
        field: 'price.amount',
        explain: 'In euro; 0 is gratis. Leeg als je het niet weet.',
        explainEn: 'In euro; 0 is free. Empty when unknown.',
        example: 0,
        width: 8,
      },
      {
        header: 'Prijstoelichting',
        aliases: ['price.note'],
        field: 'price.note',
        explain: 'Bijvoorbeeld "Leden € 3".',
        explainEn: 'For example "Leden € 3" (members € 3).',
        width: 18,
      },
      {
        header: 'Afbeelding',
        aliases: ['image.url', 'Foto'],
        field: 'image.url',
        explain: 'Het webadres (https://) van een foto of affiche; zoekmachines tonen hem bij de activiteit.',
        explainEn: 'The web address (https://) of a photo or poster; search engines show it with the activity.',
        example: 'https://www.bieb-duinstreek.nl/images/taalcafe.jpg',
        width: 30,
      },
      {
        header: 'Afbeelding beschrijving',
        aliases: ['image.alt', 'Alt-tekst'],
        field: 'image.alt',
        explain: 'Wat er op de afbeelding te zien is, voor wie hem niet kan zien. Verplicht bij een afbeelding.',
        explainEn: 'What the picture shows, for people who cannot see it. Required with a picture.',
        example: 'Mensen in gesprek aan een tafel met koffie',
        exampleEn: 'People talking at a table with coffee',
        width: 30,
      },
      {
        header: 'Afbeelding breedte',
        aliases: ['image.width'],
        field: 'image.width',
        explain: 'Breedte in pixels (mag leeg).',
        explainEn: 'Width in pixels (may be empty).',
        width: 10,
      },
      {
        header: 'Afbeelding hoogte',
        aliases: ['image.height'],
        field: 'image.height',
        explain: 'Hoogte in pixels (mag leeg).',
        explainEn: 'Height in pixels (may be empty).',
        width: 10,
      },
      {
        header: 'Organisator',
        aliases: ['organizer.name'],
        field: 'organizer.name',
        explain: 'Wie het organiseert, als dat niet de bibliotheek zelf is: "Historische Vereniging Heemstede".',
        explainEn: 'Who organises it, when not the library itself.',
        example: 'Taalhuis Zandvoort',
        width: 24,
      },
      {
        header: 'Organisator soort',
        aliases: ['organizer.kind'],
        field: 'organizer.kind',
        labels: 'agentKind',
        explain: 'organisatie (leeg is ook goed) of persoon.',
        explainEn: 'organisatie (organisation, or empty) or persoon (person).',
        width: 12,
      },
      {
        header: 'Organisator website',
        aliases: ['organizer.url'],
        field: 'organizer.url',
        explain: 'De website van de organisator.',
        explainEn: 'The organiser’s website.',
        width: 24,
      },
      {
        header: 'Herhaling',
        aliases: ['recurrence.rrule', 'RRULE'],
        field: 'recurrence.rrule',
        codec: 'rrule',
        explain: 'Leeg voor één keer. Anders: elke week op dinsdag · elke 2 weken op zaterdag · elke maand op de 2e dinsdag · elke maand op de laatste vrijdag · elke dag, 3 keer · … tot en met 14-04-2027.',
        explainEn: 'Empty for once. Otherwise, in Dutch: elke week op dinsdag (weekly on Tuesday) · elke 2 weken op zaterdag · elke maand op de 2e dinsdag · … tot en met 14-04-2027; or an RRULE.',
        example: 'elke week op dinsdag',
        width: 30,
      },
      {
        header: 'Vervalt op',
        aliases: ['recurrence.exdates', 'Uitgezonderd'],
        field: 'recurrence.exdates',
        explain: 'Dagen waarop een herhaling niet doorgaat, gescheiden door komma’s: 22-12-2026, 29-12-2026.',
        explainEn: 'Days a series does not take place, comma-separated: 22-12-2026, 29-12-2026.',
        example: '22-12-2026, 29-12-2026',
        width: 26,
      },
      {
        header: 'Schoolvakanties',
        aliases: ['schoolHolidays'],
        field: 'schoolHolidays',
        labels: 'activitySchoolHolidays',
        explain: 'Voor een herhaling: niet in de schoolvakanties (die keren vallen weg) of alleen in de schoolvakanties. Leeg: altijd. De regio staat bij Organisatie.',
        explainEn: 'For a series: niet in de schoolvakanties (not in the school holidays) or alleen in de schoolvakanties (only then). Empty: always. The region is in Organisatie.',
        example: 'niet in de schoolvakanties',
        width: 24,
      },
    ],
  },
  {
    name: 'Uitvoerenden',
    aliases: ['Performers', 'Sprekers'],
    schema: '#/$defs/agent',
    target: { kind: 'child', parent: 'Activiteiten', field: 'performers' },
    item: { en: 'performer', nl: 'uitvoerende' },
    title: 'Uitvoerenden: één rij per spreker, schrijver, muzikant of groep die bij een activiteit optreedt.',
    titleEn: 'Uitvoerenden (performers): one row per speaker, author, musician or group appearing at an activity.',
    columns: [
      {
        header: 'Activiteit',
        aliases: ['activity'],
        role: 'parent',
        parent: 'Activiteiten',
        explain: 'Id van de activiteit uit het blad Activiteiten.',
        explainEn: 'Id of the activity, from the Activiteiten sheet.',
        example: 'voorbeeld-taalcafe',
        width: 22,
      },
      {
        header: 'Naam',
        aliases: ['name'],
        field: 'name',
        explain: 'Wie er optreedt.',
        explainEn: 'Who appears.',
        example: 'Anna de Vries',
        width: 26,
      },
      {
        header: 'Soort',
        aliases: ['kind'],
        field: 'kind',
        labels: 'agentKind',
        explain: 'persoon, of organisatie (een groep, een vereniging; leeg is ook goed).',
        explainEn: 'persoon (person), or organisatie (a group, a society; or empty).',
        example: 'persoon',
        width: 12,
      },
      {
        header: 'Website',
        aliases: ['url'],
        field: 'url',
        explain: 'Een pagina over de spreker of de groep.',
        explainEn: 'A page about the speaker or group.',
        width: 26,
      },
    ],
  },
];

/** Schema fields that have no column, and why. table.test.ts checks that every other field has one. */
export const NOT_IN_WORKBOOK: Record<string, string> = {
  'activity.start': 'Datum + Van',
  'activity.end': 'Einddatum + Tot',
  'hoursLayer.weekly': 'Dag + Tijden (one row per day)',
};

// ---- derived ----------------------------------------------------------------------------------------

/** A column as the importer and exporter use it: the table entry with what the schema says about its field. */
export interface Column extends ColumnSpec {
  /** For a text field: which language this column holds. */
  lang?: 'nl' | 'en';
  /** What the schema says (undefined for role columns without a field). */
  info?: FieldInfo;
  /** The column must be in the sheet (a required field of the item, or a parent reference). */
  mustHave: boolean;
}

const columnCache = new WeakMap<SheetSpec, Column[]>();

/** The columns of a sheet as laid out: each text column followed by its English one (the same objects each call). */
export function columnsOf(sheet: SheetSpec): Column[] {
  const cached = columnCache.get(sheet);
  if (cached) return cached;
  const out: Column[] = [];
  columnCache.set(sheet, out);
  for (const spec of sheet.columns) {
    const field = spec.field?.replace('.{day}', '.mo');
    const info = field ? fieldInfo(sheet.schema, field) : undefined;
    const mustHave = spec.role === 'parent' || spec.required === true || (info?.requiredFromItem ?? false) && !spec.field?.includes('{day}');
    if (info?.kind === 'text') {
      out.push({ ...spec, lang: 'nl', info, mustHave });
      out.push({
        header: `${spec.header} (Engels)`,
        aliases: [`${spec.field}.en`, `${spec.header} (en)`, `${spec.header} (English)`],
        field: spec.field,
        lang: 'en',
        info,
        mustHave: false,
        explain: 'In het Engels, voor Engelstalige pagina’s (mag leeg).',
        explainEn: 'In English, for English pages (may be empty).',
        example: spec.exampleEn,
        width: spec.width,
      });
    } else {
      out.push({ ...spec, info, mustHave });
    }
  }
  return out;
}

/** The label set of an enum column. */
export function labelsOf(column: Column): Record<string, [string, ...string[]]> | undefined {
  if (!column.info?.enumValues) return undefined;
  const name = column.labels ?? column.info.def;
  return name ? LABELS[name] : undefined;
}

/** The spec of a sheet by its Dutch name. */
export function sheetSpec(name: string): SheetSpec {
  const spec = SHEETS.find((s) => s.name === name);
  if (!spec) throw new Error(`no sheet ${name}`);
  return spec;
}

/** The sheets that hang below a sheet. */
export function childrenOf(name: string): SheetSpec[] {
  return SHEETS.filter((s) => s.target.kind === 'child' && s.target.parent === name);
}
