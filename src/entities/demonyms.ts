/**
 * Nationality and region words, lower-cased: adjectives ("british", "latin american",
 * "middle eastern") and the nouns for people ("britons", "scots", "americans"). "British"
 * and "Britain" are unknown to compromise's lexicon, and "the German carmaker" or "Brazilian
 * fintech Nubank" should not make a name of "German" or "Brazilian". General knowledge.
 *
 * Each group is one string, split once at load ('|' between entries: some have spaces);
 * an accented entry is followed by its plain spelling (test/gazetteer.test.ts checks).
 */
const NATIONS =
  'afghan|afghans|albanian|albanians|algerian|algerians|american|americans|andorran|andorrans|angolan|angolans|' +
  'antiguan|argentine|argentines|argentinian|argentinians|armenian|armenians|australian|australians|aussie|aussies|' +
  'austrian|austrians|azerbaijani|azerbaijanis|azeri|azeris|bahamian|bahamians|bahraini|bahrainis|bangladeshi|' +
  'bangladeshis|barbadian|barbadians|belarusian|belarusians|belgian|belgians|belizean|beninese|bermudian|bhutanese|' +
  'bolivian|bolivians|bosnian|bosnians|botswanan|batswana|brazilian|brazilians|british|briton|britons|brit|brits|' +
  'bruneian|bulgarian|bulgarians|burkinabe|burmese|burundian|cambodian|cambodians|cameroonian|cameroonians|' +
  'canadian|canadians|cape verdean|caymanian|central african|chadian|chadians|chilean|chileans|chinese|colombian|' +
  'colombians|comoran|congolese|costa rican|costa ricans|croatian|croatians|croat|croats|cuban|cubans|cypriot|' +
  'cypriots|czech|czechs|danish|dane|danes|djiboutian|dominican|dominicans|dutch|dutchman|dutchmen|ecuadorian|' +
  'ecuadorians|egyptian|egyptians|emirati|emiratis|english|englishman|englishmen|englishwoman|equatorial guinean|' +
  'eritrean|eritreans|estonian|estonians|ethiopian|ethiopians|fijian|fijians|filipino|filipinos|filipina|filipinas|' +
  'philippine|finnish|finn|finns|french|frenchman|frenchmen|frenchwoman|gabonese|gambian|gambians|georgian|' +
  'georgians|german|germans|ghanaian|ghanaians|greek|greeks|grenadian|guatemalan|guatemalans|guinean|guineans|' +
  'guyanese|haitian|haitians|honduran|hondurans|hong konger|hong kongers|hongkonger|hongkongers|hungarian|' +
  'hungarians|icelandic|icelander|icelanders|indian|indians|indonesian|indonesians|iranian|iranians|iraqi|iraqis|' +
  'irish|irishman|irishmen|irishwoman|israeli|israelis|italian|italians|ivorian|ivorians|jamaican|jamaicans|' +
  'japanese|jordanian|jordanians|kazakh|kazakhs|kazakhstani|kenyan|kenyans|korean|koreans|kosovar|kosovars|kosovan|' +
  'kuwaiti|kuwaitis|kyrgyz|lao|laotian|laotians|latvian|latvians|lebanese|liberian|liberians|libyan|libyans|' +
  'liechtensteiner|lithuanian|lithuanians|luxembourgish|luxembourger|luxembourgers|macanese|macedonian|macedonians|' +
  'malagasy|malawian|malawians|malaysian|malaysians|maldivian|maldivians|malian|malians|maltese|mauritanian|' +
  'mauritanians|mauritian|mauritians|mexican|mexicans|moldovan|moldovans|monégasque|monegasque|mongolian|' +
  'mongolians|montenegrin|montenegrins|moroccan|moroccans|mozambican|mozambicans|namibian|namibians|nepali|nepalis|' +
  'nepalese|new zealander|new zealanders|kiwi|kiwis|nicaraguan|nicaraguans|nigerien|nigeriens|nigerian|nigerians|' +
  'north korean|north koreans|norwegian|norwegians|omani|omanis|pakistani|pakistanis|palestinian|palestinians|' +
  'panamanian|panamanians|papua new guinean|paraguayan|paraguayans|peruvian|peruvians|polish|pole|poles|portuguese|' +
  'puerto rican|puerto ricans|qatari|qataris|romanian|romanians|russian|russians|rwandan|rwandans|salvadoran|' +
  'salvadorans|samoan|samoans|saudi|saudis|saudi arabian|saudi arabians|scottish|scot|scots|scotsman|scotsmen|' +
  'scotswoman|senegalese|serbian|serbians|serb|serbs|seychellois|sierra leonean|singaporean|singaporeans|slovak|' +
  'slovaks|slovakian|slovenian|slovenians|slovene|slovenes|somali|somalis|somalian|south african|south africans|' +
  'south korean|south koreans|south sudanese|spanish|spaniard|spaniards|sri lankan|sri lankans|sudanese|surinamese|' +
  'swazi|swedish|swede|swedes|swiss|syrian|syrians|taiwanese|tajik|tajiks|tanzanian|tanzanians|thai|thais|timorese|' +
  'togolese|tongan|trinidadian|trinidadians|tunisian|tunisians|turkish|turk|turks|turkmen|ugandan|ugandans|' +
  'ukrainian|ukrainians|uruguayan|uruguayans|uzbek|uzbeks|venezuelan|venezuelans|vietnamese|welsh|welshman|' +
  'welshmen|welshwoman|yemeni|yemenis|zambian|zambians|zimbabwean|zimbabweans|northern irish|cornish|manx|' +
  'ulsterman|greenlandic|greenlanders|faroese|' +
  // historic states still in archives
  'soviet|soviets|yugoslav|yugoslavian|czechoslovak|czechoslovakian|east german|west german|rhodesian';

// Peoples, languages used as adjectives, and the regions of countries
const PEOPLES =
  'kurdish|kurd|kurds|basque|basques|catalan|catalans|flemish|walloon|bavarian|bavarians|prussian|corsican|' +
  'sicilian|sicilians|sardinian|tibetan|tibetans|uyghur|uyghurs|uighur|uighurs|han chinese|cantonese|hakka|punjabi|' +
  'punjabis|bengali|bengalis|tamil|tamils|gujarati|gujaratis|marathi|telugu|kannada|kannadiga|malayali|malayalis|' +
  'sindhi|sindhis|pashtun|pashtuns|baloch|kashmiri|kashmiris|hindi|urdu|sinhalese|arab|arabs|arabic|persian|' +
  'persians|hebrew|jewish|jews|druze|maronite|coptic|copts|berber|berbers|amazigh|bedouin|hispanic|hispanics|' +
  'latino|latinos|latina|latinas|latinx|anglo|anglos|anglo-american|anglo-saxon|anglophone|francophone|lusophone|' +
  'hispanophone|celtic|celts|gaelic|slavic|slav|slavs|magyar|sami|inuit|maori|māori|aboriginal|' +
  'indigenous australian|first nations|native american|native americans|african american|african-american|' +
  'african americans|asian american|asian-american|asian americans|mandarin|swahili|zulu|xhosa|yoruba|igbo|hausa|' +
  'amharic|oromo|tigrayan|tigrayans|wolof|afrikaner|afrikaners|afrikaans|pacific islander|pacific islanders|' +
  'polynesian|melanesian|micronesian|hawaiian|hawaiians|' +
  // US states, Canadian provinces, Australian states, cities
  'californian|californians|texan|texans|new yorker|new yorkers|floridian|floridians|bostonian|bostonians|' +
  'chicagoan|chicagoans|alaskan|alaskans|virginian|virginians|carolinian|carolinians|oregonian|oregonians|' +
  'washingtonian|washingtonians|coloradan|ohioan|ohioans|michigander|michiganders|minnesotan|minnesotans|jerseyan|' +
  'quebecer|quebecers|quebecker|quebeckers|québécois|quebecois|albertan|albertans|ontarian|ontarians|queenslander|' +
  'queenslanders|victorian|tasmanian|londoner|londoners|parisian|parisians|berliner|berliners|muscovite|muscovites|' +
  'mancunian|glaswegian|liverpudlian|scouser|geordie|neapolitan|milanese|venetian|florentine|viennese|genevan';

// Continents and world regions as adjectives and nouns
const REGIONAL =
  'european|europeans|asian|asians|african|africans|latin american|latin americans|north american|north americans|' +
  'south american|south americans|central american|central americans|middle eastern|east asian|east asians|' +
  'south asian|south asians|southeast asian|southeast asians|south-east asian|central asian|west asian|' +
  'west african|west africans|east african|east africans|north african|north africans|southern african|sub-saharan|' +
  'sub-saharan african|central european|central europeans|eastern european|eastern europeans|western european|' +
  'western europeans|northern european|southern european|scandinavian|scandinavians|nordic|nordics|baltic|balkan|' +
  'iberian|mediterranean|caribbean|caribbeans|gulf|gulf arab|arabian|levantine|maghrebi|australasian|eurasian|' +
  'transatlantic|trans-atlantic|transpacific|trans-pacific|pan-european|pan-african|pan-asian|pan-arab|' +
  'asia-pacific|indo-pacific|anglo-saxons|westerner|westerners|sino-american|sino-us|sino-russian|franco-german|' +
  'anglo-french|euro-american|afro-caribbean|afro-brazilian|afro-latino|arab-israeli|israeli-palestinian|' +
  'russo-ukrainian|indo-chinese|indochinese|austro-hungarian';

/** Every group, '|' between entries (gazetteer.ts builds DEMONYMS from it). */
export const DEMONYM_NAMES: string = [NATIONS, PEOPLES, REGIONAL].join('|');
