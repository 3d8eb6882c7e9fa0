import { COUNTRY_NAMES } from './countries.js';

/**
 * Place names of business news, lower-cased: every country and territory and the UN world
 * regions (countries.ts, generated from Intl), their common alternates, US states,
 * Canadian provinces, Australian states, the states and provinces of the big economies,
 * about 700 cities and financial centres, business districts ("Silicon Valley", "Wall
 * Street") and world regions ("the Gulf", "Sub-Saharan Africa"). General knowledge, not
 * a list fitted to any article.
 *
 * Each group is one string, split once at load ('|' between names: names have spaces).
 * An accented name is written as news writes it and followed by its plain spelling
 * ("montréal|montreal"), so that a look-up only folds its query (isKnownPlace);
 * test/gazetteer.test.ts checks that every plain spelling is there. A leading "the" is
 * mostly left off ("gulf", "middle east"; but "the hague"): isKnownPlace tries without it.
 * A name that countries.ts already has (Georgia, Europe, Latin America…) is not repeated.
 *
 * Left out on purpose:
 * - towns that are ordinary words, so that a capitalised word at the start of a sentence
 *   is not taken for a place: Reading, Bath, Nice, Mobile, Split, Deal, Sale, Surprise,
 *   Independence, Normal; "Orange" alone (Orange County is in);
 * - "the City" (of London): "the city" is everywhere; "Amazon" (the company, not the river:
 *   "amazon rainforest" and "amazonia" are in);
 * - sports venues and buildings.
 */

// Alternates of country names that Intl does not give, and the short forms news uses
const COUNTRY_ALTERNATES =
  'us|u.s.|u.s|usa|u.s.a.|united states of america|america|the states|u.k.|u.k|britain|great britain|england|' +
  'scotland|wales|northern ireland|ulster|holland|the netherlands|uae|u.a.e.|emirates|republic of korea|korea|dprk|' +
  'democratic people\'s republic of korea|democratic republic of the congo|democratic republic of congo|dr congo|' +
  'drc|republic of the congo|congo-brazzaville|congo-kinshasa|ivory coast|turkey|czech republic|swaziland|' +
  'east timor|cabo verde|macedonia|holy see|vatican|state of palestine|gaza|gaza strip|west bank|golan heights|' +
  'republic of china|people\'s republic of china|prc|mainland china|hongkong|macau|tibet|russian federation|' +
  'soviet union|ussr|persia|siam|ceylon|zaire|rhodesia|yugoslavia|czechoslovakia|east germany|west germany|' +
  'federal republic of germany|kingdom of saudi arabia|ksa|transnistria|abkhazia|south ossetia|nagorno-karabakh|' +
  'crimea|donbas|donbass|kurdistan|somaliland|the gambia|the bahamas|the philippines|the maldives|st kitts|nevis|' +
  'trinidad|tobago|antigua|barbuda|herzegovina|sao tome|são tomé|eu|euro area|schengen area';

// US states, DC and territories; Canadian provinces and territories; Australian states
const STATES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|' +
  'iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|' +
  'nebraska|nevada|new hampshire|new jersey|new mexico|new york|new york state|north carolina|north dakota|ohio|' +
  'oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|' +
  'washington|washington state|west virginia|wisconsin|wyoming|district of columbia|washington, d.c.|' +
  'washington d.c.|washington dc|d.c.|ontario|quebec|québec|british columbia|alberta|manitoba|saskatchewan|' +
  'nova scotia|new brunswick|newfoundland|newfoundland and labrador|labrador|prince edward island|yukon|' +
  'northwest territories|nunavut|new south wales|victoria|queensland|western australia|south australia|tasmania|' +
  'northern territory|australian capital territory|' +
  // (the short forms that are no word and no company: "WA's biggest employer", "NSW", "northeastern B.C.")
  'nsw|qld|wa|b.c.|b.c|n.s.|n.s|n.b.|n.b|p.e.i.|p.e.i';

// States, provinces and regions of other big economies
const REGIONS =
  // India
  'maharashtra|karnataka|tamil nadu|telangana|andhra pradesh|kerala|gujarat|rajasthan|uttar pradesh|west bengal|' +
  'bihar|punjab|haryana|odisha|orissa|madhya pradesh|goa|assam|jharkhand|chhattisgarh|uttarakhand|himachal pradesh|' +
  'kashmir|jammu and kashmir|ladakh|delhi ncr|national capital region|' +
  // Pakistan, Bangladesh
  'sindh|balochistan|khyber pakhtunkhwa|' +
  // China
  'guangdong|zhejiang|jiangsu|fujian|shandong|sichuan|hubei|hunan|henan|hebei|anhui|yunnan|guizhou|guangxi|shaanxi|' +
  'shanxi|liaoning|jilin|heilongjiang|hainan|gansu|ningxia|qinghai|jiangxi|xinjiang|inner mongolia|manchuria|' +
  'pearl river delta|yangtze river delta|greater bay area|' +
  // Japan, Korea
  'kanto|kansai|kyushu|hokkaido|honshu|shikoku|okinawa|gyeonggi|gyeonggi province|jeju|' +
  // Southeast Asia
  'sumatra|borneo|sulawesi|sabah|sarawak|johor|selangor|penang|mindanao|luzon|' +
  // Germany, Austria, Switzerland
  'bavaria|baden-württemberg|baden-wurttemberg|north rhine-westphalia|hesse|saxony|lower saxony|saxony-anhalt|' +
  'brandenburg|thuringia|schleswig-holstein|rhineland-palatinate|saarland|mecklenburg-vorpommern|ruhr|tyrol|' +
  // France, Benelux
  'île-de-france|ile-de-france|provence|normandy|brittany|alsace|occitanie|auvergne-rhône-alpes|' +
  'auvergne-rhone-alpes|hauts-de-france|flanders|wallonia|' +
  // Iberia, Italy
  'catalonia|andalusia|basque country|galicia|castile|aragon|balearic islands|lombardy|tuscany|piedmont|veneto|' +
  'emilia-romagna|lazio|sicily|sardinia|calabria|apulia|' +
  // UK and Ireland
  'greater london|home counties|midlands|west midlands|east midlands|yorkshire|lancashire|cornwall|devon|essex|' +
  'surrey|sussex|kent|hampshire|berkshire|oxfordshire|cambridgeshire|hertfordshire|buckinghamshire|cheshire|' +
  'merseyside|greater manchester|tyneside|scottish highlands|east anglia|' +
  // Nordics, Central and Eastern Europe
  'lapland|jutland|silesia|bohemia|moravia|transylvania|dalmatia|kaliningrad|chechnya|siberia|' +
  // Americas
  'new england|midwest|the midwest|pacific northwest|mid-atlantic|appalachia|great lakes|sun belt|rust belt|' +
  'west coast|east coast|gulf coast|deep south|tri-state area|inland empire|central valley|napa valley|' +
  'permian basin|bakken|yucatán|yucatan|baja california|nuevo león|nuevo leon|jalisco|patagonia|amazonia|' +
  'amazon rainforest|são paulo state|sao paulo state|minas gerais|rio grande do sul|' +
  // Middle East, Africa
  'levant|maghreb|sinai|negev|darfur|tigray|sahel|sahara|horn of africa|west africa|east africa|north africa|' +
  'central africa';

// Continents, world regions and the names news uses for them
const WORLD_REGIONS =
  'the americas|arctic|the arctic|middle east|near east|far east|east asia|south asia|south-east asia|' +
  'south east asia|west asia|central europe|central and eastern europe|scandinavia|nordics|nordic region|baltics|' +
  'baltic states|balkans|the balkans|western balkans|iberia|iberian peninsula|benelux|dach|mediterranean|gulf|' +
  'persian gulf|arabian gulf|gulf states|gcc|mena|emea|apac|asia-pacific|asia pacific|indo-pacific|pacific|' +
  'atlantic|eurasia|caucasus|south caucasus|north caucasus|himalayas|alps|subsaharan africa|global south|' +
  'global north|pacific rim|anglosphere|latam|greater china|south china sea|east china sea|taiwan strait|' +
  'strait of hormuz|red sea|suez canal|panama canal|black sea|baltic sea|north sea|caspian sea|gulf of mexico|' +
  'gulf of america|gulf of aden|bab el-mandeb|strait of malacca|english channel|arctic ocean|indian ocean|' +
  'pacific ocean|atlantic ocean|mekong|yangtze|rhine|danube|nile';

// Business districts, tech hubs and financial centres named as places (and the streets that stand for a trade: "the High Street stalwart")
const DISTRICTS =
  'silicon valley|silicon alley|silicon fen|silicon wadi|silicon roundabout|silicon hills|silicon slopes|tech city|' +
  'wall street|fleet street|high street|main street|canary wharf|square mile|mayfair|shoreditch|king\'s cross|kings cross|westminster|' +
  'whitehall|la défense|la defense|dalal street|lujiazui|zhongguancun|pudong|marina bay|cyberabad|hitec city|' +
  'electronic city|whitefield|sand hill road|route 128|kendall square|research triangle|bay area|' +
  'san francisco bay area|south of market|financial district|midtown|midtown manhattan|lower manhattan|' +
  'hudson yards|manhattan|brooklyn|the bronx|bronx|staten island|long island|westchester|greenwich|stamford|' +
  'the hamptons|hollywood|beverly hills|santa monica|silicon beach|playa vista|venice beach|back bay|tysons|' +
  'ashburn|loudoun county|northern virginia|data center alley|reston|bethesda|arlington|orange county|' +
  'los angeles county|santa clara county|cook county|king county|maricopa county|gift city|bkc|' +
  'bandra kurla complex|nariman point|connaught place|zug|difc|dubai international financial centre|adgm|' +
  'abu dhabi global market|qfc|king abdullah financial district';

// Cities: the largest and most newsworthy, financial centres and tech hubs, with old and
// local spellings
const CITIES =
  // United States
  'new york city|nyc|los angeles|l.a.|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|fort worth|' +
  'dallas-fort worth|san jose|austin|jacksonville|columbus|charlotte|indianapolis|san francisco|sf|seattle|denver|' +
  'boston|nashville|detroit|oklahoma city|portland|las vegas|memphis|louisville|baltimore|milwaukee|albuquerque|' +
  'tucson|fresno|sacramento|mesa|kansas city|atlanta|omaha|raleigh|durham|chapel hill|miami|miami beach|' +
  'fort lauderdale|palm beach|west palm beach|tampa|orlando|st. petersburg|minneapolis|st. paul|saint paul|' +
  'twin cities|cleveland|cincinnati|pittsburgh|st. louis|saint louis|new orleans|salt lake city|provo|lehi|boise|' +
  'spokane|tacoma|redmond|bellevue|kirkland|everett|anchorage|honolulu|richmond|norfolk|virginia beach|' +
  'charlottesville|alexandria|newark|jersey city|hoboken|princeton|trenton|buffalo|rochester|albany|syracuse|' +
  'hartford|new haven|providence|worcester|cambridge|somerville|burlington|portsmouth|wilmington|annapolis|' +
  'scottsdale|tempe|chandler|reno|carson city|boulder|colorado springs|santa fe|el paso|plano|frisco|irving|' +
  'round rock|corpus christi|midland|odessa|abilene|lubbock|amarillo|waco|birmingham, alabama|huntsville|' +
  'montgomery|jackson, mississippi|little rock|tulsa|wichita|des moines|cedar rapids|madison|green bay|ann arbor|' +
  'grand rapids|lansing|dearborn|flint|toledo|akron|dayton|lexington|knoxville|chattanooga|savannah|charleston|' +
  'greenville|columbia, south carolina|asheville|palo alto|menlo park|mountain view|sunnyvale|cupertino|' +
  'santa clara|redwood city|san mateo|los gatos|milpitas|fremont|oakland|berkeley|emeryville|south san francisco|' +
  'san bruno|walnut creek|pleasanton|santa barbara|santa cruz|irvine|pasadena|burbank|glendale|long beach|anaheim|' +
  'riverside|san bernardino|bakersfield|stockton|modesto|napa|sonoma|hillsboro|beaverton|prineville|the dalles|' +
  'quincy, washington|council bluffs|new albany|cheyenne|bismarck|fargo|sioux falls|billings|juneau|' +
  // Canada
  'toronto|montreal|montréal|vancouver|calgary|ottawa|edmonton|quebec city|québec city|winnipeg|halifax|waterloo|' +
  'kitchener|hamilton, ontario|mississauga|markham|regina|saskatoon|victoria, british columbia|st. john\'s|' +
  // Mexico, Central America, Caribbean
  'mexico city|ciudad de méxico|ciudad de mexico|monterrey|guadalajara|tijuana|cancún|cancun|puebla|querétaro|' +
  'queretaro|mérida|merida|juárez|juarez|ciudad juárez|ciudad juarez|panama city|san josé|guatemala city|' +
  'tegucigalpa|san salvador|managua|havana|santo domingo|san juan|kingston|nassau|port of spain|bridgetown|' +
  'george town|' +
  // South America
  'são paulo|sao paulo|rio de janeiro|rio|brasília|brasilia|belo horizonte|porto alegre|curitiba|recife|fortaleza|' +
  'manaus|campinas|florianópolis|florianopolis|buenos aires|córdoba|cordoba|rosario|mendoza|santiago|' +
  'santiago de chile|valparaíso|valparaiso|lima|bogotá|bogota|medellín|medellin|cali|cartagena|barranquilla|' +
  'caracas|maracaibo|quito|guayaquil|la paz|santa cruz de la sierra|montevideo|asunción|asuncion|' +
  // United Kingdom and Ireland
  'london|city of london|manchester|birmingham|leeds|liverpool|bristol|sheffield|newcastle|newcastle upon tyne|' +
  'nottingham|leicester|southampton|coventry|milton keynes|slough|brighton|oxford|york|norwich|exeter|plymouth|' +
  'sunderland|middlesbrough|stoke-on-trent|wolverhampton|swindon|guildford|basingstoke|edinburgh|glasgow|aberdeen|' +
  'dundee|inverness|cardiff|swansea|newport|belfast|derry|londonderry|dublin|cork|galway|limerick|heathrow|gatwick|' +
  'stansted|' +
  // Western Europe
  'paris|lyon|marseille|toulouse|bordeaux|lille|nantes|strasbourg|montpellier|rennes|grenoble|sophia antipolis|' +
  'cannes|monte carlo|berlin|munich|münchen|munchen|muenchen|frankfurt|frankfurt am main|hamburg|cologne|köln|koln|' +
  'koeln|düsseldorf|dusseldorf|duesseldorf|stuttgart|leipzig|dresden|hanover|hannover|nuremberg|nürnberg|nurnberg|' +
  'bremen|bonn|essen|dortmund|duisburg|heidelberg|karlsruhe|mannheim|wolfsburg|ingolstadt|mainz|wiesbaden|' +
  'darmstadt|aachen|freiburg|augsburg|regensburg|walldorf|herzogenaurach|vienna|wien|graz|linz|salzburg|innsbruck|' +
  'zurich|zürich|geneva|genève|geneve|basel|bern|berne|lausanne|lucerne|luzern|lugano|st. gallen|davos|amsterdam|' +
  'rotterdam|the hague|hague|den haag|eindhoven|utrecht|veldhoven|delft|groningen|schiphol|brussels|bruxelles|' +
  'antwerp|antwerpen|ghent|leuven|liège|liege|luxembourg city|' +
  // Southern Europe
  'madrid|barcelona|valencia|seville|sevilla|bilbao|málaga|malaga|zaragoza|palma|las palmas|lisbon|lisboa|porto|' +
  'oporto|braga|rome|roma|milan|milano|turin|torino|naples|napoli|florence|firenze|venice|venezia|bologna|genoa|' +
  'genova|verona|palermo|trieste|athens|thessaloniki|piraeus|nicosia|limassol|valletta|' +
  // Nordics and Baltics
  'stockholm|gothenburg|göteborg|goteborg|malmö|malmo|uppsala|oslo|bergen|stavanger|trondheim|copenhagen|københavn|' +
  'kobenhavn|aarhus|odense|helsinki|espoo|tampere|oulu|reykjavik|reykjavík|tallinn|riga|vilnius|' +
  // Central and Eastern Europe
  'warsaw|kraków|krakow|cracow|wrocław|wroclaw|gdańsk|gdansk|poznań|poznan|łódź|lodz|katowice|prague|praha|brno|' +
  'bratislava|budapest|bucharest|cluj-napoca|cluj|timișoara|timisoara|sofia|plovdiv|belgrade|novi sad|zagreb|' +
  'ljubljana|sarajevo|skopje|tirana|podgorica|pristina|chișinău|chisinau|kyiv|kiev|kharkiv|kharkov|odesa|lviv|' +
  'dnipro|zaporizhzhia|mariupol|minsk|moscow|st petersburg|saint petersburg|petersburg|novosibirsk|yekaterinburg|' +
  'kazan|vladivostok|sochi|murmansk|' +
  // Turkey, Caucasus, Central Asia
  'istanbul|ankara|izmir|bursa|antalya|tbilisi|yerevan|baku|almaty|astana|nur-sultan|tashkent|bishkek|dushanbe|' +
  'ashgabat|ulaanbaatar|ulan bator|' +
  // Middle East
  'tel aviv|jerusalem|haifa|herzliya|beersheba|ramallah|gaza city|beirut|amman|damascus|aleppo|baghdad|basra|erbil|' +
  'tehran|isfahan|mashhad|riyadh|jeddah|dammam|dhahran|khobar|mecca|makkah|medina|madinah|tabuk|dubai|abu dhabi|' +
  'sharjah|ajman|ras al khaimah|doha|kuwait city|manama|muscat|sanaa|aden|' +
  // Africa
  'cairo|giza|new administrative capital|casablanca|rabat|marrakesh|marrakech|tangier|tunis|algiers|tripoli|' +
  'benghazi|khartoum|lagos|abuja|port harcourt|kano|ibadan|accra|kumasi|nairobi|mombasa|kisumu|addis ababa|kampala|' +
  'kigali|dar es salaam|dodoma|zanzibar|johannesburg|joburg|cape town|durban|pretoria|sandton|stellenbosch|' +
  'port elizabeth|gqeberha|luanda|kinshasa|lubumbashi|brazzaville|dakar|abidjan|bamako|ouagadougou|niamey|yaoundé|' +
  'yaounde|douala|libreville|harare|bulawayo|lusaka|lilongwe|maputo|windhoek|gaborone|antananarivo|port louis|' +
  'mogadishu|djibouti city|asmara|juba|' +
  // South Asia
  'mumbai|bombay|delhi|new delhi|bengaluru|bangalore|hyderabad|chennai|madras|kolkata|calcutta|pune|poona|' +
  'ahmedabad|gurugram|gurgaon|noida|greater noida|faridabad|ghaziabad|jaipur|kochi|cochin|chandigarh|lucknow|' +
  'kanpur|indore|bhopal|surat|vadodara|baroda|coimbatore|madurai|mysuru|mysore|mangaluru|mangalore|' +
  'thiruvananthapuram|trivandrum|visakhapatnam|vizag|vijayawada|nagpur|nashik|bhubaneswar|patna|ranchi|raipur|' +
  'guwahati|amritsar|ludhiana|dehradun|varanasi|agra|sriperumbudur|hosur|dholera|karachi|lahore|islamabad|' +
  'rawalpindi|faisalabad|peshawar|quetta|multan|dhaka|dacca|chittagong|chattogram|colombo|kandy|kathmandu|thimphu|' +
  'kabul|kandahar|' +
  // China, Hong Kong, Macau, Taiwan
  'beijing|peking|shanghai|shenzhen|guangzhou|hangzhou|chengdu|chongqing|wuhan|nanjing|tianjin|suzhou|xi\'an|xian|' +
  'hefei|changsha|zhengzhou|qingdao|dalian|xiamen|shenyang|harbin|kunming|ningbo|dongguan|foshan|zhuhai|wuxi|' +
  'changzhou|fuzhou|jinan|nanchang|nanning|guiyang|lanzhou|urumqi|hohhot|lhasa|sanya|haikou|shijiazhuang|taiyuan|' +
  'changchun|wenzhou|yiwu|kowloon|taipei|new taipei|hsinchu|taichung|kaohsiung|tainan|taoyuan|' +
  // Japan, Korea
  'tokyo|osaka|kyoto|yokohama|nagoya|kobe|fukuoka|sapporo|sendai|hiroshima|kumamoto|kawasaki|saitama|chiba|' +
  'kitakyushu|toyota city|hamamatsu|niigata|okayama|nagasaki|naha|seoul|busan|pusan|incheon|pangyo|seongnam|daegu|' +
  'daejeon|gwangju|ulsan|suwon|icheon|pyeongtaek|yongin|hwaseong|changwon|pohang|sejong|pyongyang|' +
  // Southeast Asia
  'kuala lumpur|putrajaya|cyberjaya|johor bahru|george town, penang|kota kinabalu|kuching|jakarta|surabaya|bandung|' +
  'medan|semarang|yogyakarta|bali|denpasar|batam|nusantara|bangkok|chiang mai|phuket|pattaya|hanoi|' +
  'ho chi minh city|saigon|da nang|haiphong|hai phong|bac ninh|manila|metro manila|makati|quezon city|taguig|cebu|' +
  'davao|phnom penh|siem reap|vientiane|yangon|rangoon|naypyidaw|mandalay|bandar seri begawan|dili|' +
  // Australia, New Zealand, Pacific
  'sydney|melbourne|brisbane|perth|adelaide|canberra|hobart|darwin|gold coast|newcastle, new south wales|' +
  'wollongong|geelong|cairns|townsville|auckland|wellington|christchurch|queenstown|suva|port moresby|noumea|' +
  'papeete';

// More cities: regional capitals, industrial and port cities, resorts and towns often in
// business news (those that are ordinary words are left out: Natal, Tamale, Perm, Hue…)
const MORE_CITIES =
  // United States and Canada
  'baton rouge|shreveport|springfield|peoria|champaign|bloomington|south bend|fort wayne|evansville|lafayette|' +
  'west lafayette|palm springs|monterey|malibu|lake tahoe|vail|jackson hole|sun valley|park city|sedona|' +
  'flagstaff|oxnard|santa rosa|hayward|livermore|san ramon|sausalito|atherton|los altos|saratoga|salinas|' +
  'el segundo|hawthorne|torrance|culver city|west hollywood|carlsbad|la jolla|temecula|hialeah|coral gables|' +
  'doral|boca raton|sarasota|gainesville|tallahassee|pensacola|daytona beach|cape canaveral|laredo|chula vista|' +
  'lincoln|burnaby|laval|gatineau|sherbrooke|trois-rivières|trois-rivieres|windsor|brampton|oakville|guelph|' +
  'sudbury|thunder bay|kelowna|kamloops|nanaimo|lethbridge|fort mcmurray|whitehorse|yellowknife|iqaluit|' +
  'fredericton|moncton|charlottetown|' +
  // Mexico, Central and South America, Caribbean
  'toluca|hermosillo|culiacán|culiacan|mazatlán|mazatlan|acapulco|veracruz|oaxaca|aguascalientes|' +
  'san luis potosí|san luis potosi|saltillo|morelia|mexicali|ensenada|reynosa|matamoros|nuevo laredo|torreón|' +
  'torreon|villahermosa|playa del carmen|tulum|los cabos|cabo san lucas|puerto vallarta|san pedro sula|' +
  'port-au-prince|montego bay|punta cana|willemstad|oranjestad|road town|castries|basseterre|paramaribo|' +
  'georgetown|belmopan|goiânia|goiania|belém|belem|são luís|sao luis|maceió|maceio|joão pessoa|joao pessoa|' +
  'teresina|campo grande|cuiabá|cuiaba|ribeirão preto|ribeirao preto|sorocaba|são josé dos campos|' +
  'sao jose dos campos|joinville|londrina|uberlândia|uberlandia|niterói|niteroi|guarulhos|osasco|la plata|' +
  'mar del plata|tucumán|tucuman|salta|neuquén|neuquen|vaca muerta|bariloche|ushuaia|antofagasta|iquique|calama|' +
  'punta arenas|viña del mar|vina del mar|arequipa|cusco|cuzco|trujillo|callao|bucaramanga|santa marta|cúcuta|' +
  'cucuta|barquisimeto|cuenca|cochabamba|sucre|el alto|potosí|potosi|ciudad del este|punta del este|' +
  // Europe
  'le havre|toulon|metz|clermont-ferrand|dijon|reims|saint-étienne|saint-etienne|calais|dunkirk|ajaccio|' +
  'kiel|lübeck|lubeck|rostock|magdeburg|erfurt|chemnitz|halle|potsdam|münster|munster|bielefeld|bochum|' +
  'wuppertal|gelsenkirchen|saarbrücken|saarbrucken|ulm|jena|würzburg|wurzburg|kassel|osnabrück|osnabruck|' +
  'oldenburg|braunschweig|göttingen|gottingen|trier|koblenz|ludwigshafen|leverkusen|sindelfingen|zwickau|' +
  'bari|catania|messina|padua|padova|brescia|bergamo|modena|parma|pisa|livorno|taranto|cagliari|perugia|ancona|' +
  'rimini|maranello|valladolid|vigo|gijón|gijon|a coruña|a coruna|alicante|murcia|granada|cádiz|cadiz|' +
  'san sebastián|san sebastian|pamplona|tarragona|ibiza|tenerife|coimbra|faro|funchal|luton|ipswich|' +
  'peterborough|northampton|bradford|blackpool|bolton|warrington|crewe|carlisle|canterbury|dover|folkestone|' +
  'bournemouth|southend|chelmsford|colchester|cheltenham|gloucester|hereford|salisbury|winchester|wrexham|' +
  'stirling|grangemouth|sellafield|hinkley point|sizewell|port talbot|scunthorpe|teesside|waterford|kilkenny|' +
  'dundalk|haarlem|leiden|maastricht|nijmegen|arnhem|tilburg|breda|almere|zwolle|enschede|wageningen|bruges|' +
  'brugge|namur|charleroi|mechelen|ostend|winterthur|schaffhausen|neuchâtel|neuchatel|fribourg|klagenfurt|' +
  'västerås|vasteras|örebro|orebro|linköping|linkoping|lund|luleå|lulea|skellefteå|skelleftea|kiruna|aalborg|' +
  'esbjerg|billund|kalundborg|tromsø|tromso|kristiansand|drammen|turku|vantaa|jyväskylä|jyvaskyla|kuopio|' +
  'szczecin|lublin|bydgoszcz|białystok|bialystok|rzeszów|rzeszow|gdynia|ostrava|plzeň|plzen|pilsen|' +
  'mladá boleslav|mlada boleslav|debrecen|szeged|győr|gyor|kecskemét|kecskemet|iași|iasi|constanța|constanta|' +
  'brașov|brasov|craiova|pitești|pitesti|varna|burgas|kragujevac|rijeka|zadar|dubrovnik|patras|heraklion|' +
  'crete|rhodes|' +
  // Ukraine, Russia, Turkey, Caucasus, Central Asia
  'kherson|mykolaiv|chernihiv|sumy|poltava|vinnytsia|zhytomyr|kryvyi rih|donetsk|luhansk|bakhmut|avdiivka|' +
  'kramatorsk|sloviansk|pokrovsk|ivano-frankivsk|ternopil|uzhhorod|chernivtsi|sevastopol|simferopol|melitopol|' +
  'berdyansk|enerhodar|nizhny novgorod|samara|rostov-on-don|rostov|ufa|krasnoyarsk|voronezh|volgograd|' +
  'krasnodar|omsk|chelyabinsk|tyumen|irkutsk|khabarovsk|norilsk|belgorod|kursk|bryansk|novorossiysk|ust-luga|' +
  'primorsk|tuapse|yakutsk|magadan|grozny|makhachkala|adana|gaziantep|konya|kayseri|mersin|trabzon|' +
  'diyarbakır|diyarbakir|eskişehir|eskisehir|kocaeli|izmit|hatay|kahramanmaraş|kahramanmaras|samsun|denizli|' +
  'samarkand|bukhara|osh|shymkent|karaganda|aktau|atyrau|batumi|kutaisi|ganja|' +
  // Middle East and Africa
  'mosul|kirkuk|najaf|shiraz|tabriz|qom|ahvaz|bandar abbas|al ain|fujairah|yanbu|jubail|ras tanura|salalah|' +
  'duqm|eilat|ashdod|nazareth|homs|latakia|tartus|irbid|aqaba|sidon|hebron|nablus|jenin|rafah|khan younis|' +
  'idlib|raqqa|deir ez-zor|hodeidah|marib|taiz|mukalla|port sudan|omdurman|benin city|enugu|onitsha|kaduna|' +
  'maiduguri|calabar|warri|takoradi|eldoret|nakuru|arusha|mwanza|goma|bukavu|kisangani|mbuji-mayi|kolwezi|' +
  'lubango|beira|nampula|ndola|kitwe|blantyre|polokwane|bloemfontein|east london|pietermaritzburg|rustenburg|' +
  'walvis bay|agadir|fes|meknes|oran|sfax|sousse|misrata|port said|suez|ismailia|luxor|aswan|hurghada|' +
  'sharm el-sheikh|el alamein|hargeisa|berbera|mekelle|bahir dar|dire dawa|gondar|bujumbura|freetown|monrovia|' +
  'conakry|lomé|lome|cotonou|porto-novo|nouakchott|banjul|bissau|malabo|bangui|n\'djamena|ndjamena|maseru|' +
  'mbabane|victoria falls|' +
  // Asia and the Pacific
  'xuzhou|linyi|shantou|quanzhou|tangshan|baotou|luoyang|huizhou|jiaxing|shaoxing|zibo|yantai|weifang|' +
  'nantong|yangzhou|jinhua|ordos|thane|navi mumbai|aurangabad|rajkot|jodhpur|gwalior|jabalpur|meerut|' +
  'prayagraj|allahabad|srinagar|jammu|jamshedpur|dhanbad|tiruchirappalli|trichy|hubli|belagavi|tirupati|' +
  'warangal|guntur|nellore|kozhikode|calicut|thrissur|puducherry|pondicherry|shimla|sanand|makassar|palembang|' +
  'tangerang|bekasi|depok|bogor|balikpapan|sialkot|khulna|sylhet|gazipur|narayanganj|shizuoka|kagoshima|' +
  'kanazawa|matsuyama|utsunomiya|oita|nara|cheongju|gumi|geoje|iloilo|bacolod|zamboanga|can tho|nha trang|' +
  'vung tau|binh duong|dong nai|rayong|chonburi|khon kaen|hat yai|sunshine coast|ballarat|bendigo|launceston|' +
  'alice springs|port hedland|karratha|kalgoorlie|pilbara|hunter valley|tauranga|dunedin|napier|rotorua|apia|' +
  'port vila|honiara|tarawa|majuro|koror|hagåtña|hagatna|saipan';

/** Every group, '|' between names (gazetteer.ts builds PLACES from it). */
export const PLACE_NAMES: string = [
  COUNTRY_NAMES,
  COUNTRY_ALTERNATES,
  STATES,
  REGIONS,
  WORLD_REGIONS,
  DISTRICTS,
  CITIES,
  MORE_CITIES,
].join('|');
