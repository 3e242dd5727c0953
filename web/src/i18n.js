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
    tabScenario: 'Scenario', tabClaim: 'Check a claim',
    preset: 'Preset', custom: 'custom (target and horizon below)', horizon: 'Horizon',
    scenarioChart: (t, by) => `Allies' defence expenditure if every ally reaches ${t} of GDP by ${by}`,
    spending: 'Spending (current dollars)', baseline: 'Each at its base-year share of GDP',
    meetingChart: (t) => `Allies at or above ${t} of GDP`, meeting: 'Allies meeting the target', allAllies: 'Allies with data',
    scenarioSummary: (t, by, from, extra, s0, s1, m, n) => `To reach ${t} of GDP by ${by} (from ${from}), the allies would spend ${extra} more in all over the years; the US share of their spending goes from ${s0} to ${s1}; ${m} of ${n} allies meet the target in ${by}.`,
    claim: 'Claim', check: 'Check', examples: 'Examples:',
    claimHint: 'One line in the claim language (docs/claims.md). A claim that names no edition is tried in every edition that covers it; end it with @nato-2019 to pin one. Press Enter to check.',
    verdictLine: (v) => `Verdict: ${v}`,
    verdicts: { true: 'true', false: 'false', 'true under some readings': 'true under some readings', 'not checkable': 'not checkable' },
    value: 'Value', comparedWith: 'Compared with', defaultTolerance: 'default: ', reading: 'Reading', edition: 'Edition', why: 'Why',
    includesEstimates: ' (includes estimates)', noEdition: 'none (membership only)',
    fromClaim: 'from the claim', readingsCaption: (h, n) => `${h} of ${n} readings that can be evaluated hold`,
    readingParts: {
      asWritten: 'as written',
      years: { base_year: 'base year ', from: 'from ', to: 'to ' },
      methods: { cumulative: 'cumulative over the base year', level_change: 'level difference' },
      prices: { constant: 'constant prices', current: 'current prices' },
      membership: { 'as-of': 'as-of membership', current: 'current membership' },
    },
    claimError: 'Cannot read the claim: ', emptyClaim: 'Type a claim first.',
    membershipSource: 'accession dates of the allies (nato_members.csv)',
    source: 'Source', footer: 'fardeau: the same figures as the command line and the JSON API (/api/v1/).',
    error: 'Could not load the data: ',
    httpError: (status, text) => `the server answered ${status}${text ? ' ' + text : ''}`,
    copyLink: 'Copy link', linkCopied: 'Link copied.',
    download: (k) => `Download the chart (${k})`,
    table: 'Table', embedBack: 'Open in the fardeau dashboard',
    tabMap: 'Map', mapChart: (y) => `Defence expenditure as % of GDP, ${y}`,
    mapClasses: ['below 2%', '2% to 3.5%', '3.5% to 5%', '5% and more'],
    mapSummary: (y, n, k) => `${y}: ${n} allies reporting; ${k[0]} below 2% of GDP, ${k[1]} from 2% to 3.5%, ${k[2]} from 3.5% to 5%, ${k[3]} at 5% or more.`,
    mapNonMember: (a, y) => `${a}: not a member in ${y}`, mapNotReporting: (a) => `${a}: not reporting`,
    mapNonMemberLegend: 'not yet a member', mapNotReportingLegend: 'not reporting',
    tabCompare: 'Compare', allies: 'Allies', measure: 'Measure', baseYear: 'Base year',
    measures: { pct_gdp: '% of GDP', current: 'current US$', constant: 'constant US$', real_change: 'real change since a base year' },
    comparePicked: (names) => `Allies compared: ${names || 'none'}`, compareNone: 'Tick one ally at least.',
    compareChartPct: 'Defence expenditure as % of GDP',
    compareChartUsd: (b) => `Defence expenditure (${b})`,
    compareChartChange: (y) => `Real change in defence expenditure since ${y} (constant prices)`,
    compareSummary: (y, list) => `${y}: ${list}.`,
    play: 'Play', pause: 'Pause', embed: 'Embed', embedCopied: 'Embed code copied.',
    embedLabel: 'Code to embed this chart in a page',
    embedTitle: (title) => `fardeau: ${title}`,
    cols: { ally: 'Ally', year: 'Year', vintage: 'Edition', iso3: 'ISO3', pct_gdp: '% of GDP', estimate: 'Estimate',
      status: 'Status', gap: 'Extra spending (US$ m)', equipment: 'Equipment (% of defence expenditure)' },
    yes: 'yes', no: 'no',
    statuses: { reporting: 'reporting', 'non-member': 'not yet a member', 'not-reporting': 'not reporting' },
    citation: (v) => `Source: ${v.citation}`,
    // The article box (claim view).
    articleHeading: 'Check an article', articleLabel: 'Article text, in English or French',
    articleHint: 'Paste a news article: fardeau finds its quantitative statements on defence spending, writes each as a claim and checks it. A first line "date 2018-07", or the month below, dates the article ("today", "this year").',
    articleDate: 'Month (YYYY-MM)', articleCheck: 'Check the article', articleEmpty: 'Paste an article first.',
    articleNone: 'No quantitative statement found in the text.', articleList: 'Sentences and their claims',
    articleSummary: (n, c, holds, fails) => `${n} sentence${n === 1 ? '' : 's'} highlighted, ${c} claim${c === 1 ? '' : 's'} checked: ${holds} true (under every or some readings), ${fails} false.`,
    articleError: 'Cannot check the article: ',
    sentenceVerdicts: { true: 'true', false: 'false', 'true under some readings': 'true under some readings',
      'not checkable': 'not checkable', mixed: 'mixed: its claims differ' },
    statementLabel: (i, v) => `sentence ${i}: ${v}`, statementWhere: (l, c) => `line ${l}, column ${c}`,
    recognised: 'recognised, not checkable', inferred: 'Inferred', backToText: 'Back to the text',
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
    tabScenario: 'Scénario', tabClaim: 'Vérifier une affirmation',
    preset: 'Préréglage', custom: 'personnalisé (objectif et horizon ci-dessous)', horizon: 'Horizon',
    scenarioChart: (t, by) => `Dépenses de défense des Alliés si chacun atteint ${t} du PIB en ${by}`,
    spending: 'Dépenses (dollars courants)', baseline: 'Chacun à sa part du PIB de l\'année de base',
    meetingChart: (t) => `Alliés à ${t} du PIB ou plus`, meeting: 'Alliés atteignant l\'objectif', allAllies: 'Alliés avec données',
    scenarioSummary: (t, by, from, extra, s0, s1, m, n) => `Pour atteindre ${t} du PIB en ${by} (depuis ${from}), les Alliés dépenseraient ${extra} de plus au total sur la période ; la part des États-Unis dans leurs dépenses passe de ${s0} à ${s1} ; ${m} Alliés sur ${n} atteignent l\'objectif en ${by}.`,
    claim: 'Affirmation', check: 'Vérifier', examples: 'Exemples :',
    claimHint: 'Une ligne dans le langage des affirmations (docs/claims.md). Une affirmation qui ne nomme pas d\'édition est essayée dans toutes celles qui la couvrent ; terminez-la par @nato-2019 pour en fixer une. Entrée pour vérifier.',
    verdictLine: (v) => `Verdict : ${v}`,
    verdicts: { true: 'vraie', false: 'fausse', 'true under some readings': 'vraie selon certaines lectures', 'not checkable': 'non vérifiable' },
    value: 'Valeur', comparedWith: 'Comparée à', defaultTolerance: 'par défaut : ', reading: 'Lecture', edition: 'Édition', why: 'Pourquoi',
    includesEstimates: ' (comprend des estimations)', noEdition: 'aucune (adhésions seulement)',
    fromClaim: 'par rapport à l\'affirmation', readingsCaption: (h, n) => `${h} lectures sur ${n} évaluables sont vérifiées`,
    readingParts: {
      asWritten: 'telle qu\'écrite',
      years: { base_year: 'année de base ', from: 'depuis ', to: 'jusqu\'à ' },
      methods: { cumulative: 'cumul au-dessus de l\'année de base', level_change: 'différence de niveau' },
      prices: { constant: 'prix constants', current: 'prix courants' },
      membership: { 'as-of': 'membres de chaque année', current: 'membres actuels' },
    },
    claimError: 'Affirmation illisible : ', emptyClaim: 'Saisissez d\'abord une affirmation.',
    membershipSource: 'dates d\'adhésion des Alliés (nato_members.csv)',
    source: 'Source', footer: 'fardeau : les mêmes chiffres que la ligne de commande et l\'API JSON (/api/v1/).',
    error: 'Impossible de charger les données : ',
    httpError: (status, text) => `le serveur a répondu ${status}${text ? ' ' + text : ''}`,
    copyLink: 'Copier le lien', linkCopied: 'Lien copié.',
    download: (k) => `Télécharger le graphique (${k})`,
    table: 'Tableau', embedBack: 'Ouvrir dans le tableau de bord fardeau',
    tabMap: 'Carte', mapChart: (y) => `Dépenses de défense en % du PIB, ${y}`,
    mapClasses: ['moins de 2 %', 'de 2 % à 3,5 %', 'de 3,5 % à 5 %', '5 % ou plus'],
    mapSummary: (y, n, k) => `${y} : ${n} Alliés avec données ; ${k[0]} sous 2 % du PIB, ${k[1]} de 2 % à 3,5 %, ${k[2]} de 3,5 % à 5 %, ${k[3]} à 5 % ou plus.`,
    mapNonMember: (a, y) => `${a} : pas encore membre en ${y}`, mapNotReporting: (a) => `${a} : sans données`,
    mapNonMemberLegend: 'pas encore membre', mapNotReportingLegend: 'sans données',
    tabCompare: 'Comparer', allies: 'Alliés', measure: 'Mesure', baseYear: 'Année de base',
    measures: { pct_gdp: '% du PIB', current: 'dollars courants', constant: 'dollars constants', real_change: 'variation réelle depuis une année de base' },
    comparePicked: (names) => `Alliés comparés : ${names || 'aucun'}`, compareNone: 'Cochez au moins un Allié.',
    compareChartPct: 'Dépenses de défense en % du PIB',
    compareChartUsd: (b) => `Dépenses de défense (${b})`,
    compareChartChange: (y) => `Variation réelle des dépenses de défense depuis ${y} (prix constants)`,
    compareSummary: (y, list) => `${y} : ${list}.`,
    play: 'Lecture', pause: 'Pause', embed: 'Intégrer', embedCopied: 'Code d\'intégration copié.',
    embedLabel: 'Code pour intégrer ce graphique dans une page',
    embedTitle: (title) => `fardeau : ${title}`,
    cols: { ally: 'Allié', year: 'Année', vintage: 'Édition', iso3: 'ISO3', pct_gdp: '% du PIB', estimate: 'Estimation',
      status: 'Statut', gap: 'Dépense supplémentaire (M$)', equipment: 'Équipements (% des dépenses de défense)' },
    yes: 'oui', no: 'non',
    statuses: { reporting: 'avec données', 'non-member': 'pas encore membre', 'not-reporting': 'sans données' },
    // The CLI's French source line (render/json_common.cpp), from the edition's fields.
    citation: (v) => `Source\u00a0: ${v.publisher}, ${v.title}${v.published ? `, publié ${v.published}` : ''}` +
      `${v.cutoff ? ` (données arrêtées au ${v.cutoff})` : ''} [${v.id}]`,
    // La vérification d'un article (vue des affirmations).
    articleHeading: 'Vérifier un article', articleLabel: 'Texte de l\'article, en français ou en anglais',
    articleHint: 'Collez un article de presse : fardeau y trouve les affirmations chiffrées sur les dépenses de défense, écrit chacune comme une affirmation vérifiable et la vérifie. Une première ligne « date 2018-07 », ou le mois ci-dessous, date l\'article (« aujourd\'hui », « cette année »).',
    articleDate: 'Mois (AAAA-MM)', articleCheck: 'Vérifier l\'article', articleEmpty: 'Collez d\'abord un article.',
    articleNone: 'Aucune affirmation chiffrée trouvée dans le texte.', articleList: 'Phrases et leurs affirmations',
    articleSummary: (n, c, holds, fails) => `${n} phrase${n > 1 ? 's' : ''} surlignée${n > 1 ? 's' : ''}, ${c} affirmation${c > 1 ? 's' : ''} vérifiée${c > 1 ? 's' : ''} : ${holds} vraie${holds > 1 ? 's' : ''} (selon toutes ou certaines lectures), ${fails} fausse${fails > 1 ? 's' : ''}.`,
    articleError: 'Impossible de vérifier l\'article : ',
    sentenceVerdicts: { true: 'vraie', false: 'fausse', 'true under some readings': 'vraie selon certaines lectures',
      'not checkable': 'non vérifiable', mixed: 'mitigée : ses affirmations diffèrent' },
    statementLabel: (i, v) => `phrase ${i} : ${v}`, statementWhere: (l, c) => `ligne ${l}, colonne ${c}`,
    recognised: 'reconnue, non vérifiable', inferred: 'Déduit', backToText: 'Retour au texte',
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

/// A claim's figure, as the command line shows it: "41.712 bn" / "41,712 Md", "29", "3.30".
export function fmtClaimValue(lang, v) {
  if (v == null || !Number.isFinite(v)) return '–';
  const nf = (digits, min = 0) => new Intl.NumberFormat(LOCALE[lang],
    { minimumFractionDigits: min, maximumFractionDigits: digits });
  const a = Math.abs(v);
  if (a >= 1e9) return nf(3, 3).format(v / 1e9) + (lang === 'fr' ? '\u202fMd' : ' bn');
  if (a >= 1e6) return nf(3, 3).format(v / 1e6) + '\u202fM';
  if (Number.isInteger(v)) return nf(0).format(v);
  return nf(4, 2).format(v);
}

/// A count: "29".
export function fmtInt(lang, v) {
  return v == null ? '–' : new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 }).format(v);
}
