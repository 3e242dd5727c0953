// English and French labels and number formats (NATO's two official languages).
export const TEXT = {
  en: {
    title: 'fardeau: who carries NATO\'s burden',
    subtitle: 'Defence spending of the allies, from the published editions, with the edition cited under every chart.',
    vintage: 'Edition', lang: 'Language', year: 'Year', ally: 'Ally', basis: 'Prices',
    target: 'Target (% of GDP)', current: 'current dollars', constant: 'constant dollars',
    tabYear: 'Year', tabAlly: 'Ally', tabShares: 'Shares', tabGap: 'Gaps',
    yearChart: (y) => `Defence expenditure as % of GDP, ${y}`,
    yearSummary: (n, m, y, t) => `${n} of ${m} allies at or above ${t} of GDP in ${y}.`,
    notReporting: (names) => ` Not reporting: ${names}.`,
    estimate: 'estimate', estimateNote: 'Lighter bars and (e): estimates.',
    line: (t) => `${t}`,
    allyChart: (a) => `${a}: defence expenditure as % of GDP`,
    allyEqChart: (a) => `${a}: equipment as % of defence expenditure`,
    allySummary: (a, v, y, t, g) => `${a}: ${v} of GDP in ${y}; ${g ? `to reach ${t} it would spend ${g} more that year` : `at or above ${t}`}.`,
    noEquipment: 'This edition publishes no equipment share.',
    sharesChart: (b) => `United States and the other allies, defence expenditure (${b})`,
    us: 'United States', rest: 'Other allies', usShare: 'US share',
    sharesSummary: (y, s) => `In ${y} the United States spent ${s} of the allies' total.`,
    gapChart: (t, y) => `Extra spending to reach ${t} of GDP in ${y}`,
    gapSummary: (n, total, t, y) => `${n} allies below ${t} in ${y}: ${total} in all.`,
    source: 'Source', footer: 'fardeau: the same figures as the command line and the JSON API (/api/v1/).',
    error: 'Could not load the data: ',
  },
  fr: {
    title: 'fardeau : qui porte le fardeau de l\'OTAN',
    subtitle: 'Les dépenses de défense des Alliés, d\'après les éditions publiées, avec l\'édition citée sous chaque graphique.',
    vintage: 'Édition', lang: 'Langue', year: 'Année', ally: 'Allié', basis: 'Prix',
    target: 'Objectif (% du PIB)', current: 'dollars courants', constant: 'dollars constants',
    tabYear: 'Année', tabAlly: 'Allié', tabShares: 'Parts', tabGap: 'Écarts',
    yearChart: (y) => `Dépenses de défense en % du PIB, ${y}`,
    yearSummary: (n, m, y, t) => `${n} Alliés sur ${m} à ${t} du PIB ou plus en ${y}.`,
    notReporting: (names) => ` Sans données : ${names}.`,
    estimate: 'estimation', estimateNote: 'Barres claires et (e) : estimations.',
    line: (t) => `${t}`,
    allyChart: (a) => `${a} : dépenses de défense en % du PIB`,
    allyEqChart: (a) => `${a} : équipements en % des dépenses de défense`,
    allySummary: (a, v, y, t, g) => `${a} : ${v} du PIB en ${y} ; ${g ? `pour atteindre ${t}, il lui faudrait dépenser ${g} de plus cette année-là` : `à ${t} ou plus`}.`,
    noEquipment: 'Cette édition ne publie pas la part des équipements.',
    sharesChart: (b) => `États-Unis et autres Alliés, dépenses de défense (${b})`,
    us: 'États-Unis', rest: 'Autres Alliés', usShare: 'Part des États-Unis',
    sharesSummary: (y, s) => `En ${y}, les États-Unis ont assuré ${s} du total des Alliés.`,
    gapChart: (t, y) => `Dépense supplémentaire pour atteindre ${t} du PIB en ${y}`,
    gapSummary: (n, total, t, y) => `${n} Alliés sous ${t} en ${y} : ${total} au total.`,
    source: 'Source', footer: 'fardeau : les mêmes chiffres que la ligne de commande et l\'API JSON (/api/v1/).',
    error: 'Impossible de charger les données : ',
  },
};

const LOCALE = { en: 'en-GB', fr: 'fr-FR' };

/// 2.06 -> "2.06%" / "2,06 %".
export function fmtPct(lang, v, digits = 2) {
  if (v == null) return '–';
  const n = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(v);
  return lang === 'fr' ? `${n} %` : `${n}%`;
}

/// Millions of dollars -> "$1,506.1 bn" / "1 506,1 Md$".
export function fmtUsdBn(lang, usd_m) {
  if (usd_m == null) return '–';
  const n = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    .format(usd_m / 1000);
  return lang === 'fr' ? `${n} Md$` : `$${n} bn`;
}
