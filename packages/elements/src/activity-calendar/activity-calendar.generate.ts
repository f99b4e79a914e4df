/**
 * Realistic generated activities: a year of a large library organisation (weekly and monthly series,
 * one-off events across 9 branches, prices, a cancelled one now and then). Test and story data only.
 */
const TITLES = ['Taalcafé', 'Voorlezen voor peuters', 'DigiVitaler', 'Spreekuur IDO', 'Haakcafé', 'Spelletjesmiddag', 'Dungeons & Dragons', 'Lezing', 'Boekenclub', 'Klik & Tik', 'Huiswerkbegeleiding', 'Repair café'];
const AUD = ['0-4', 'children', 'youth', 'adults', 'seniors', 'families', 'low-literate-adults', 'everyone'];
const THEMES = ['literate-society', 'information-society', 'lifelong-development'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A feed with `n` generated activities (seeded, so the same every time), for the perf test and the "many" story. */
export function generatedFeed(n: number) {
  const branches = Array.from({ length: 9 }, (_, i) => ({
    id: `b${i}`,
    name: `Bibliotheek ${['Kerkrade', 'Brunssum', 'Voerendaal', 'Eygelshoven', 'Simpelveld', 'Bocholtz', 'Klimmen', 'Ransdaal', 'Kerkrade-West'][i]}`,
    kind: 'branch',
    municipality: ['GM0928', 'GM0899', 'GM0986', 'GM0928', 'GM0965', 'GM0965', 'GM0986', 'GM0986', 'GM0928'][i],
    address: { street: `Markt ${i + 1}`, postalCode: '6461 EC', city: 'Kerkrade' },
  }));
  let seed = 1;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const activities = Array.from({ length: n }, (_, i) => {
    const day = Math.floor(rnd() * 365);
    const d = new Date(Date.UTC(2026, 10, 1) + day * 86_400_000);
    const h = 9 + Math.floor(rnd() * 11);
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const a: Record<string, unknown> = {
      id: `act-${i}`,
      title: `${TITLES[i % TITLES.length]} ${i}`,
      description: 'Een activiteit van de bibliotheek. Kom gerust langs, aanmelden is niet nodig.',
      start: `${date}T${pad(h)}:00`,
      end: `${date}T${pad(h + 1)}:30`,
      branch: `b${i % 9}`,
      audiences: [AUD[i % AUD.length]],
      theme: THEMES[i % THEMES.length],
      price: { amount: i % 4 === 0 ? 2.5 : 0 },
    };
    if (i % 40 === 0) a['recurrence'] = { rrule: i % 80 === 0 ? 'FREQ=WEEKLY;COUNT=20' : 'FREQ=MONTHLY;BYDAY=2TU' };
    if (i % 97 === 0) a['status'] = 'cancelled';
    return a;
  });
  return {
    version: 1,
    organization: { id: 'groot', name: 'Grote bibliotheek', municipalities: ['GM0928', 'GM0899', 'GM0986', 'GM0965'].map((id) => ({ id, name: id })) },
    branches,
    activities,
  };
}

