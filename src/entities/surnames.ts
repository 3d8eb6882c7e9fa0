/**
 * Family names common in international business and general news, lower-cased, so that a
 * capitalised two- or three-word name that ends in one ("Nikesh Arora", "Sim Tshabalala",
 * "Ngozi Okonjo-Iweala") is read as a person rather than an organisation. compromise's
 * last-name lexicon knows mostly English and European names and misses many of South and
 * East Asia, Africa and the Middle East. General knowledge of naming across cultures, not a
 * list fitted to any article.
 *
 * Left out on purpose:
 * - names that are ordinary English words a business article may use or open a sentence
 *   with ("Park", "Tan", "Lee", "Price", "Hill", "Walker", "Banks", "Levy", "Marques"): a
 *   capitalised word at the start of a sentence or in a headline must not make a person;
 * - names that stand alone for a company or a brand ("Ford", "Tata", "Bose", "Siemens",
 *   "Braun", "Roche", "Pearson", "Abbott"), and names that are mostly places ("Jordan",
 *   "Medina", "Colombo", "Irvine"): the gazetteers of organisations and places know them,
 *   and a surname list would only make a wrong guess elsewhere;
 * - names that are mostly given names ("James", "Thomas", "Mohammed"): first-names.ts has them.
 *   A few common family names are in both lists ("Allen", "Kelly", "Ali", "Hassan", pinyin
 *   syllables), as they are used both ways.
 *
 * Names with a particle before them ("van der Merwe", "de Souza", "du Plessis") are two or
 * more words and are not here; "D'Souza" and "N'Guessan" are. "Mc", "Mac" and "O'" names are
 * known by their form (isKnownSurname), so the list holds only the commonest of them.
 *
 * Each group is one string, split once at load (single spaces between names). An accented
 * name is followed by its plain spelling ("jørgensen jorgensen", "nguyễn nguyen"), and a
 * German umlaut also by its "e" spelling ("müller mueller muller"), so that a look-up only
 * folds its query.
 */

// South Asian: Indian (Punjabi, Hindi belt, Gujarati, Marathi, Tamil, Telugu, Kannada, Malayalam, Bengali, Odia),
// Nepali
import { Memo } from '../text/memo.js';

const SOUTH_ASIAN =
  // Punjabi, Hindi belt, Kashmiri
  'sharma verma gupta agarwal aggarwal agrawal goyal goel bansal garg mittal singhal jain khanna kapoor kapur ' +
  'malhotra mehra mehrotra chopra arora ahuja bhatia sethi kohli sahni sawhney chawla kalra talwar dhawan grover ' +
  'khurana bedi bajwa sandhu sidhu dhillon gill grewal brar randhawa cheema virk bains johal atwal sekhon saini ' +
  'chahal dhaliwal toor batra bhalla chadha chhabra duggal gandhi nehru kaul dutt dutta datta tandon tiwari ' +
  'tripathi trivedi dwivedi chaturvedi pandey pande mishra misra shukla dubey dube upadhyay upadhyaya srivastava ' +
  'saxena mathur bhatnagar nigam sinha prasad yadav kumar singh kaur chauhan rathore rajput thakur rana negi ' +
  'rawat bisht joshi bhatt bhat pandit raina dhar puri uppal wadhwa mehta gulati kochhar nayyar mahajan khatri ' +
  'gambhir dhingra ' +
  // Gujarati, Parsi, Sindhi
  'shah patel desai parikh parekh amin vyas pandya pathak thakkar kothari doshi dalal lakhani mistry panchal ' +
  'chokshi choksi modi vora soni sheth kapadia bharucha irani premji vakil advani ' +
  // Marathi, Konkani
  'patil deshpande kulkarni gokhale apte bhosale bhonsle chavan pawar jadhav gaikwad shinde kamat karnik sawant ' +
  'naik nadkarni tendulkar gavaskar sathe damle bapat karve deshmukh gadkari bhagwat khare marathe patwardhan ' +
  'rane phule ambedkar raut gaonkar kamath shenoy prabhu ' +
  // Tamil
  'iyer iyengar krishnan subramanian subramaniam ramanathan venkataraman sundaram natarajan rajan pillai ' +
  'ramaswamy ramasamy swaminathan viswanathan vishwanathan parthasarathy padmanabhan chandrasekaran chandrasekhar ' +
  'sankaran srinivasan raghavan rangarajan narayanan balasubramanian murugan annamalai jayaraman krishnamurthy ' +
  'krishnamoorthy ganesan ganapathy pichai ' +
  // Telugu
  'reddy rao naidu chowdary choudary chaudhary raju varma murthy murty sastry sastri shastri kodali nadella ' +
  'yarlagadda vemuri ' +
  // Kannada, Tulu
  'hegde shetty gowda pai nayak kini acharya adiga karanth nilekani mallya kumaraswamy upadhya rai ' +
  // Malayalam
  'nair menon panicker panikkar kurup warrier nambiar kutty cherian chacko oommen kuruvilla varghese kurian ' +
  'punnoose ' +
  // Bengali, Assamese, Odia
  'banerjee bandyopadhyay chatterjee chattopadhyay mukherjee mukhopadhyay ganguly gangopadhyay bhattacharya ' +
  'bhattacharjee chakraborty chakrabarti chakravarty chakravarti das dasgupta sengupta ghosh basu sen roy dey ' +
  'mitra mitter sarkar sircar majumdar mazumdar biswas saha kar nandi guha sanyal lahiri maitra moitra bagchi ' +
  'chaudhuri chowdhury haldar halder mondal mandal adhikari goswami barua baruah bora gogoi tagore mohanty ' +
  'mahapatra mohapatra patnaik pattnaik sahu behera pradhan swain ' +
  // Muslim and Christian names of India
  'qureshi siddiqui ansari khan syed sayed hussain rizvi naqvi zaidi azmi hashmi mirza baig pathan lodhi bukhari ' +
  'kidwai rahman rehman ahmed akhtar mallick chishti abbasi d\'souza dsouza d\'costa dcosta d\'cruz dcruz d\'mello ' +
  'dmello d\'silva dsilva fernandes pereira rodrigues gomes pinto menezes monteiro vaz dias almeida sequeira lopes ' +
  // Nepali
  'thapa gurung magar limbu tamang shrestha koirala bhattarai dahal poudel paudel pokharel karki khadka';

// Pakistani, Afghan and Kashmiri
const PAKISTANI =
  'khan malik chaudhry chaudhary chaudhri qureshi siddiqui abbasi awan bhutto sharif zardari gilani gillani jatoi ' +
  'khattak afridi yousafzai yusufzai durrani niazi tareen tarin khosa kakar achakzai mahsud wazir paracha sethi ' +
  'lakhani mirza baig alvi rizvi naqvi jafri bokhari bukhari hussain shah syed gardezi qazi zaidi ansari iqbal ' +
  'ashraf haider raza bajwa cheema warraich dar mir wani farooq farooqi tahir anwar javed sadiq kasuri nawaz ' +
  'rabbani memon soomro shaikh aurangzeb shirazi hamdani lodhi yousuf yusuf sattar ' +
  // Afghan
  'ghani karzai popal popalzai barakzai wardak mohseni hekmatyar haqqani massoud ahmadzai stanikzai mujahid ' +
  'noorzai atmar rahimi';

// Sri Lankan: Sinhala, Tamil and Burgher
const SRI_LANKAN =
  'perera silva jayasuriya jayawardena jayawardene jayewardene wickremesinghe wickramasinghe rajapaksa rajapakse ' +
  'bandaranaike premadasa senanayake dissanayake dissanayaka gunawardena gunawardene gunasekara gunasekera ' +
  'gunaratne gunatilleke herath karunaratne kumarasinghe mendis peiris pieris ranasinghe rathnayake ratnayake ' +
  'samarasinghe samaraweera senaratne weerasinghe wijesinghe wijeratne wijewardene amarasinghe amarasekara ' +
  'abeysekera abeywardena bandara dias fonseka goonetilleke hettiarachchi jayasinghe jayasekara jayatilleke ' +
  'karunanayake kodikara liyanage muralitharan navaratnam nanayakkara pathirana premaratne seneviratne sirisena ' +
  'tennakoon weerakoon wimalasena yapa sangakkara kadirgamar sampanthan sivarajah wickremeratne';

// Chinese: pinyin of the mainland; Wade–Giles of Taiwan; Cantonese of Hong Kong and Macau; Hokkien, Teochew and
// Hakka of Singapore, Malaysia, Indonesia and the Philippines
const CHINESE =
  // pinyin
  'wang li zhang liu chen yang huang zhao wu zhou xu ma zhu hu guo gao lin luo zheng liang xie han feng deng cao ' +
  'peng zeng xiao tian cai jiang yu du ye cheng wei su lu ding ren shen yao cui zhong jin shi liao jia xia fu zou ' +
  'xiong bai meng qin qiu hou yin xue yan duan shao qian mao hao gu lai kang yi chang qiao tao niu wen pang chu ' +
  'dai xing shang ou ouyang huo geng bao ji ge ling zhan ni shu mu che gan nie jing rao hua zuo qu tong xiang ' +
  'jian kou miao mei sheng lian yue zhuo lyu lv qi quan rong xin zhai zhen pu fei ning pei yong yun zhuang xuan ' +
  'xi ' +
  // Wade–Giles and Taiwan
  'hsu tsai tseng chou chiang hsieh kuo kao hsiao chuang chien chiu ko yeh chao tsao hsueh chung ' +
  // Cantonese
  'chan wong cheung leung lau ng chow chau tsang tse tsui yip ip kwok kwong fung mak poon yeung lam lui choi kwan ' +
  'kan hui yuen tam siu sze suen wai yau yim yiu ying mok mui ngan ngai shek shum tsoi choy chui fok fong kam ' +
  'keung koo kot kung leong lok lum mah ngo pak szeto yee yung cheuk ching chong hau heung luk kwai tai ' +
  // Hokkien, Teochew, Hakka
  'lim goh ong chua koh teo ang yeo tay toh seah heng phua quek kwek khoo teh liew yap yeap foo loh neo ooi oei ' +
  'poh seow siew soh sng teng tng yeoh kuah chiam chng gwee ' +
  // Chinese Filipinos and Indonesians
  'sy uy dy tiu ty yuchengco gokongwei cojuangco tanoto riady widjaja wijaya salim halim sutanto hartono tahir';

// Korean, with the common romanisations of one name side by side ("jeong jung chung", "yoon yun")
const KOREAN =
  'kim choi choe jung jeong chung kang cho yoon yun jang chang lim im han seo suh kwon hwang ahn jeon jun chun ' +
  'yoo yu ryu yang bae baek paik heo nam shim noh roh kwak cha joo ju koo gu jin ji eom uhm chae byun byeon yeom ' +
  'yeo chu seok hyun hyeon maeng tak rhee yi choo cheon chon gwak kweon sohn suk yim mun gil pyo pyun seol ku ' +
  'ryoo woon whang hur kwan hahn lyu';

// Japanese
const JAPANESE =
  'sato takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto ' +
  'inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima maeda fujita ogawa ' +
  'goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara ' +
  'okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda morita hara ' +
  'shibata sakai yokoyama miyazaki miyamoto uchida takagi ando taniguchi ohno maruyama imai takada fujimoto ueno ' +
  'sugiyama masuda sugawara hirano kubo matsui iwasaki sakurai kinoshita noguchi matsuo kikuchi sano onishi ' +
  'sugimoto arai hamada furukawa shimada kojima mizutani yamauchi nishida toyoda matsushita ishiguro mikitani ' +
  'yanai nagamori nagai hirose kuroda amano iwata kishida suga ishiba koizumi nakasone hatoyama aso noda kan ' +
  'takaichi motegi kono ishihara inose koike himino kanda kiuchi masu nakanishi sakata uemura tsuda okabe ' +
  'katayama sawada higuchi yasuda kawamura nakata yano yoshikawa yamaoka hattori takano kawakami kawai kurihara ' +
  'nomoto hoshino miyake okubo nakazawa takemura oshima nishikawa kitamura matsuura ogura tsuchiya tsukamoto ' +
  'akiyama hirata iida sekiguchi';

// Vietnamese, with their tone marks and without
const VIETNAMESE =
  'nguyễn nguyen trần tran phạm pham hoàng hoang huỳnh huynh phan vũ vu võ vo đặng dang bùi bui ngô ngo dương ' +
  'duong lý ly trương truong đinh dinh đoàn doan lâm lam lương luong trịnh trinh quách quach kiều kieu lại lai ' +
  'lưu luu vương vuong cao châu chau diệp diep giang nghiêm nghiem phùng phung quan thạch thach tiêu tieu tống ' +
  'tong từ tu chu đào dao hứa hua lộc loc ninh khúc khuc';

// Thai (long family names, each mostly one family's)
const THAI =
  'shinawatra thavisin charnvirakul wongsuwan limjaroenrat sittipunt chan-o-cha chanocha vejjajiva leekpai ' +
  'panyarachun chirathivat chearavanont jiaravanon sirivadhanabhakdi yoovidhya srivaddhanaprabha sophonpanich ' +
  'lamsam bhirombhakdi chokwatana osathanugrah maleenont kanjanapas tejapaibul techapaibul wongsawat chidchob ' +
  'sarasin pramoj kittikachorn thanarat bunnag ratanarak prasarttong-osoth prasarttongosoth boonyaratglin ' +
  'juangroongruangkit chinnawat tangkaravakoon chansiri chakkaphak jungrungruangkit wongwan suwanmongkol ' +
  'sathirathai thanasarnsilp siriwat srisuk wattanavekin sirimongkolkasem rojanasakul chaiyawan sukosol ' +
  'kovitvanit kiatnakin siriwattanapakdi suriyawong kositpipat chuenchom thepsuthin';

// Indonesian, Malaysian and Filipino (Chinese names of the region are with the Chinese)
const SOUTHEAST_ASIAN =
  // Indonesian and Malay
  'widodo subianto hartono wijaya widjaja halim tanoto riady santoso susanto gunawan kurniawan setiawan wibowo ' +
  'hidayat nugroho pratama saputra hakim siregar nasution harahap lubis simanjuntak sitompul panjaitan pandjaitan ' +
  'simatupang tampubolon saragih sondakh sugiarto sukarno soekarno suharto soeharto yudhoyono sukarnoputri wahid ' +
  'habibie kalla djojohadikusumo indrawati thohir panigoro sariaatmadja purnama sutanto wanandi aritonang ' +
  'marpaung pasaribu simbolon hatta natsir anwar ibrahim razak yassin ismail sabri hamidi abdullah badawi hussein ' +
  'onn rahman rahim yusof yusoff idris rashid mokhtar nordin shafie aziz bakar hashim hassan mustapha yaacob ' +
  // Filipino
  'santos reyes cruz bautista ocampo garcia mendoza torres flores villanueva ramos castro rivera aquino navarro ' +
  'salazar mercado gonzales lopez macapagal arroyo marcos duterte estrada roxas magsaysay osmeña osmena recto ' +
  'sison zobel gokongwei sy cojuangco villar pacquiao yulo binay ejercito tiongson yap uy chua ong sia lim dy tiu ' +
  'ty yu soriano romualdez';

// Arabic (Gulf, Levant, Egypt, Maghreb, Iraq, Sudan, Libya) and Persian; a name often also written with "al-" or
// "el-" before it ("Al-Jaber", "El-Erian"), which isKnownSurname takes off
const ARABIC_PERSIAN =
  // common to the Arabic-speaking world
  'ahmed ahmad ali hassan hasan hussein husain ibrahim ismail khalil saleh salem mansour mansur nasser youssef ' +
  'yousef yousif abdullah abdallah hamdan hamad hamid rashid rashed rasheed khalifa haddad khoury khouri nassar ' +
  'najjar sabbagh tannous saad sleiman suleiman soliman aziz qasim kassem kassim jaber jabr darwish ghanem ghanim ' +
  'mubarak hakim harb abboud aboud abdo abdou azzam barakat boulos daou dib fakhoury hayek issa jaafar jarrah ' +
  'kabbani khatib sayegh nasr nassif sarraf tamimi masri shami halabi homsi baghdadi basri makki madani hijazi ' +
  'hashemi hashimi khalaf moussa mousa karam kanaan abdelaziz ' +
  // Lebanon, Syria, Jordan, Palestine
  'assad hariri mikati jumblatt gemayel aoun berri frangieh geagea siniora safadi salameh salame bassil maalouf ' +
  'ghosn saade salam haniyeh sinwar dahlan erekat ashrawi fayyad barghouti abbas ' +
  // Gulf
  'maktoum nahyan thani saud qasimi nuaimi otaiba otaibi qahtani shammari naimi jubeir olayan jameel juffali ' +
  'alireza binladin futtaim ghurair gergawi abbar alabbar habtoor ' +
  // Egypt, Sudan, Libya
  'sawiris sawires erian heikal kamel tantawi shafik ghali mahfouz ezz fahmy fahmi hegazy hegazi mostafa moustafa ' +
  'zaki wahba ghoneim shawky shawki tawfik tawfiq sabry sabri hafez helmy helmi abdelrahman farouk shaheen shahin ' +
  'hamdy morsi mursi sadek sadiq radwan ridwan zaghloul badawi elbaradei baradei sadat sisi gaddafi qaddafi ' +
  'haftar sarraj hamdok burhan bashir madbouly ' +
  // Maghreb
  'marzouki ghannouchi essebsi saied bouteflika tebboune belkacem benali benkirane bennani berrada mansouri ' +
  'amrani idrissi ' +
  // Iraq, Kurdish
  'barzani talabani maliki abadi sadr allawi kadhimi sudani halbousi ' +
  // Persian and Afghan
  'ahmadi mohammadi hosseini rezaei karimi moradi jafari rahimi mousavi kazemi sadeghi ghasemi qasemi rostami ' +
  'akbari amini asadi azizi bagheri ebrahimi hamidi heydari jalali kamali khamenei khomeini rouhani rohani raisi ' +
  'pezeshkian zarif araghchi larijani rafsanjani ahmadinejad khatami tehrani shirazi isfahani esfahani tabrizi ' +
  'najafi mirzaei nouri noori rahmani salehi shahbazi soleimani sharifi yousefi zamani dehghan dehghani farhadi ' +
  'ghorbani khalili kiani mahmoudi mohseni pahlavi bahrami khosravi';

// Turkish and Azerbaijani, with their own letters and without ("yılmaz yilmaz", "çelik celik")
const TURKISH =
  'yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz yıldırım yildirim öztürk ozturk aydın aydin ' +
  'özdemir ozdemir arslan aslan doğan dogan kılıç kilic çetin cetin kara özkan ozkan şimşek simsek polat özcan ' +
  'ozcan korkmaz çakır cakir erdoğan erdogan yavuz acar şen sen aktaş aktas güler guler yalçın yalcin güneş gunes ' +
  'bozkurt bulut keskin ünal unal turan gül gul özer ozer ışık isik kaplan avcı avci tekin köse kose yüksel ' +
  'yuksel ateş ates aksoy altun karaca uysal sönmez sonmez ekinci uçar ucar inan coşkun coskun kahraman sezer ' +
  'şener sener tunç tunc uzun yazıcı yazici yücel yucel zengin babacan davutoğlu davutoglu imamoğlu imamoglu ' +
  'kılıçdaroğlu kilicdaroglu bahçeli bahceli akşener aksener albayrak soylu çavuşoğlu cavusoglu fidan kalın kalin ' +
  'akar bayraktar özal ozal demirel ecevit inönü inonu menderes karamehmet oğuz oguz tuncer topçu topcu özbek ' +
  'ozbek özel ozel goktas ' +
  // Azerbaijani
  'aliyev aliyeva mammadov mammadova hasanov huseynov guliyev ismayilov abbasov bayramov jafarov mustafayev ' +
  'rzayev';

// Hebrew and Jewish (Israeli, and Ashkenazi names of the diaspora)
const JEWISH =
  'cohen kohn cohn kahn levi levin levine lewin friedman friedmann goldberg goldstein goldfarb rosenberg ' +
  'rosenthal rosen rosenblum rosenfeld rosenbaum greenberg greenspan grossman katz kaplan klein kleinman schwartz ' +
  'shapiro shapira segal siegel schechter schiff weinstein zuckerberg zuckerman bernstein blumenthal blum ' +
  'eisenberg einhorn epstein feldman fishman frankel ginsberg ginsburg glick herzog hirsch horowitz hurwitz ' +
  'jacobson kaufman kaufmann kessler kirsch kravitz lieberman mizrahi mizrachi netanyahu olmert peres rabin ' +
  'shamir barak gantz lapid liberman peretz deri dayan eshkol edelstein smotrich rubin rubinstein schwarzman ' +
  'silverman silverstein sokolov steinberg strauss wasserman weil wiesel wolfson yosef zilberman adelson ackman ' +
  'blavatnik perelman milken pritzker kushner lauder tisch ziff geffen eisner iger katzenberg yellen bernanke ' +
  'zamir erdan kahana elkin rosenstein weisz kushnir zimmerman zimmermann abramovich abramowitz ashkenazy ' +
  'fleischer hoffman jaffe kagan krauss landau lazar mandel nadler perlman pollak reiss sagan schulman schumer ' +
  'seinfeld sherman shulman silber spielberg stein sulzberger ullman wiesenthal wolff kisch orbach regev sa\'ar ' +
  'ben-gvir bengvir ya\'alon yaalon shaked';

// West African: Yoruba, Igbo, Hausa and Fulani, Akan and Ewe, Senegal, Mali, Guinea, Côte d'Ivoire, Sierra Leone and
// Liberia
const WEST_AFRICAN =
  // Yoruba
  'adeyemi adebayo adewale adeleke adesina adeniyi adeola adeoye adegoke adekunle ademola adenuga adeyinka ' +
  'afolabi ajayi akande akinwande akinola akinyemi alabi aluko arowolo awolowo babatunde bakare balogun bello ' +
  'fagbemi fashola fayemi folarin ilori jegede lawal makinde obasanjo ojo olaniyan olatunji olawale oloyede ' +
  'olufemi oluwole omotoso osinbajo otedola oyelowo oyewole soyinka tinubu tijani adeboye ' +
  // Igbo
  'okonkwo okafor okeke okoro okonjo iweala eze nwosu nwachukwu nwankwo nwafor nwabueze nwoye obi obiora ojukwu ' +
  'okoye okolie okpara onyeka onuoha onwuka onyema orji ugwu udeh chukwu chukwuma ibe igwe obasi ogbonna okereke ' +
  'okorie soludo uzodinma anyanwu amadi anozie ekwueme achebe adichie azikiwe emefiele ibekwe mbah mbachu wigwe ' +
  'elumelu ovia ' +
  // Hausa, Fulani, Kanuri
  'abubakar buhari garba ibrahim jibril lawan musa sani shehu suleiman tanko umar usman yakubu yar\'adua yaradua ' +
  'el-rufai elrufai ribadu kwankwaso lamido mahmood mustapha rabiu shettima tambuwal zulum ganduje yero bala ' +
  'babangida abacha gowon shagari aminu ' +
  // Niger Delta, Middle Belt and others
  'akpabio okowa wike sylva oshiomhole saraki ' +
  // Akan, Ga, Ewe
  'mensah owusu boateng asante agyeman agyemang osei adjei appiah amoah ansah addo acheampong akufo-addo akufo ' +
  'amponsah annan antwi asamoah asare awuah baffour boakye bonsu danquah darko donkor frimpong gyamfi kuffour ' +
  'kufuor kwarteng mahama nkrumah nyarko obeng ofori opoku oppong otoo quaye quarshie sarpong tetteh yeboah ' +
  'rawlings ofori-atta osei-bonsu owusu-ansah ' +
  // Senegal, Mali, Guinea, Côte d'Ivoire, Burkina Faso
  'diop ndiaye diallo sall diouf gueye mbaye niang sarr seck thiam touré toure traoré traore keïta keita ' +
  'coulibaly konaté konate camara cissé cisse diarra sangaré sangare sylla bah baldé balde condé conde doumbia ' +
  'fofana kanté kante kouyaté kouyate sissoko sidibé sidibe soumaré soumare ouattara gbagbo bédié bedie kouassi ' +
  'koffi kouamé kouame konan n\'guessan nguessan sonko kaboré kabore compaoré compaore sankara dembélé dembele ' +
  'senghor ' +
  // Sierra Leone, Liberia, Gambia, Cameroon
  'koroma kamara kargbo conteh sesay bangura kanu turay jalloh kabba sirleaf weah boakai tubman jammeh ceesay ' +
  'jallow biya etoo eto\'o';

// East African: Kikuyu, Kalenjin, Kamba, Luo, Luhya, Swahili coast, Uganda, Rwanda, Ethiopia, Somalia
const EAST_AFRICAN =
  'kamau kariuki mwangi njoroge kimani waweru karanja muriuki mugo macharia maina ngugi kibaki kenyatta kagwe ' +
  'muigai kuria gachagua kiprono kipchoge kiprotich kiptoo kiplagat langat cheruiyot ruto rono mutai moi mutua ' +
  'musyoka mwendwa kilonzo odinga otieno ochieng onyango owino odhiambo omondi ouma okoth oduor okello okumu ' +
  'opiyo orengo obama nyong\'o nyongo wandera wafula wanyama simiyu barasa masinde wamalwa mudavadi juma mwinyi ' +
  'bakari hamisi shaaban nyerere mkapa kikwete magufuli lissu mbowe makamba museveni mugisha kyagulanyi besigye ' +
  'muhoozi kagame nkurunziza ndayishimiye habyarimana abebe alemu bekele desta girma hailu kebede mengistu ' +
  'tadesse tesfaye wolde gebre gebremariam ghebreyesus woldemariam negash assefa tekle tsegaye worku gebrselassie ' +
  'dibaba zenawi desalegn afwerki mohamud abdi warsame hirsi egal jama osman yusuf';

// Southern African: Zulu, Xhosa, Swazi, Ndebele, Sotho, Tswana, Pedi, Tsonga, Venda, Shona, Chewa, Bemba, Namibian
// and Mozambican
const SOUTHERN_AFRICAN =
  // Nguni: Zulu, Xhosa, Swazi, Ndebele
  'dlamini ndlovu nkosi mkhize ngcobo zuma buthelezi cele khumalo mthembu mahlangu shabalala mbatha ntuli ' +
  'mazibuko ngubane mchunu mthethwa gumede ndaba nxumalo sithole msimang sibiya nene mandela mbeki sisulu tambo ' +
  'biko godongwana mbete tshabalala mpofu mbalula mavuso moyo ncube sibanda nyathi tshuma dhliwayo hlabangana ' +
  'mashaba nkomo mnangagwa mabhida ramaphosa ' +
  // Sotho, Tswana, Pedi, Tsonga, Venda
  'mokoena molefe mofokeng motaung malema motlanthe motsoaledi mashatile modise moloi moroka thabane masire khama ' +
  'mogae masisi molapo ramathlodi ramokgopa tshwete sekhukhune maake masemola mathebula mabunda baloyi chauke ' +
  'maluleke radebe makhura ngoepe mboweni masondo maimane mashinini mokgosi mmusi ' +
  // Shona, Chewa, Bemba and neighbours
  'mugabe tsvangirai chamisa chiwenga mutasa nyoni chigumba hove chirwa banda mwale tembo lungu mutharika ' +
  'chakwera mwanawasa hichilema sata kaunda chiluba mulenga mwila mumba bwalya chanda mbewe mkandawire phiri ' +
  'mhango chipeta muluzi kachingwe ' +
  // Namibia, Angola, Mozambique
  'nujoma pohamba geingob mbumba nandi-ndaitwah chissano guebuza nyusi machel mondlane chapo dhlakama momade ' +
  'lourenço lourenco neto savimbi';

// Afrikaans (and South African English of Afrikaner families); the names with "van", "de" or "du" before them are
// two words and are not here
const AFRIKAANS =
  'botha pretorius nel venter coetzee steyn fourie smit kruger potgieter swanepoel strydom louw joubert cronje ' +
  'cronjé viljoen malan visser oosthuizen badenhorst bezuidenhout bosman breytenbach engelbrecht ferreira fouche ' +
  'fouché grobler hattingh jansen jooste kotze kotzé lourens marais nortje nortjé pienaar rossouw roux schoeman ' +
  'snyman terblanche theron uys vorster wessels wiese zietsman bekker kemp kriel labuschagne liebenberg lotter ' +
  'mostert naudé naude odendaal opperman prinsloo rademeyer retief rousseau stander steenkamp stoltz swart ' +
  'wentzel willemse basson bothma coetsee dreyer meyer muller jacobs vermeulen verwoerd hertzog kotzee ' +
  'steenhuisen mulder jordaan kleynhans';

// Hispanic: Spain, Mexico, Central and South America, the Caribbean, US Latinos
const HISPANIC =
  // common everywhere
  'garcía garcia rodríguez rodriguez martínez martinez hernández hernandez lópez lopez gonzález gonzalez gonzales ' +
  'pérez perez sánchez sanchez ramírez ramirez torres flores rivera gómez gomez díaz diaz reyes cruz morales ' +
  'ortiz gutiérrez gutierrez chávez chavez ramos ruiz álvarez alvarez mendoza vásquez vasquez vázquez vazquez ' +
  'castillo jiménez jimenez moreno romero herrera aguilar garza castro vargas fernández fernandez guzmán guzman ' +
  'muñoz munoz méndez mendez salazar soto delgado peña pena ríos rios alvarado sandoval contreras valdez valdés ' +
  'valdes guerrero ortega estrada núñez nunez maldonado vega domínguez dominguez rojas márquez marquez padilla ' +
  'mejía mejia juárez juarez figueroa espinoza espinosa ávila avila molina campos carrillo cabrera cortés cortes ' +
  'cortez navarro acosta lara rosales salinas ibarra orozco trujillo serrano durán duran fuentes cervantes sosa ' +
  'pacheco velásquez velasquez velázquez velazquez cárdenas cardenas solís solis santana robles barrera ' +
  'villarreal galván galvan beltrán beltran carrasco ochoa cano arias benítez benitez calderón calderon camacho ' +
  'carmona cuevas escobar farías farias gallardo garrido gil girón giron hidalgo iglesias lozano macías macias ' +
  'marín marin meza montero montoya murillo nieto olivares pardo paredes pineda quintero quiroga rangel rivas ' +
  'salas santos serna suárez suarez tapia valdivia varela vidal zapata abad acevedo aguirre aranda arroyo arrieta ' +
  'bermúdez bermudez bustos caballero calvo cantú cantu casas castañeda castaneda cordero correa cuesta ' +
  'echeverría echeverria fajardo gallegos godoy guerra guevara hurtado lugo mercado moya nava navas ocampo olmos ' +
  'palacios pedraza prieto quintana quiroz rincón rincon robledo rubio saavedra sáenz saenz salgado sepúlveda ' +
  'sepulveda silva solano tamayo uribe valle vela vélez velez zambrano zúñiga zuniga blanco franco ' +
  // Spain
  'aznar rajoy zapatero feijóo feijoo puigdemont ayuso abascal calviño calvino batet borrell pallete galán galan ' +
  'escrivá escriva bolaños bolanos ' +
  // Mexico and Central America
  'obrador sheinbaum ebrard zedillo servitje azcárraga azcarraga alemán aleman bukele arévalo arevalo martinelli ' +
  'figueres noboa abinader balaguer ' +
  // South America and the Caribbean
  'kirchner macri milei bullrich caputo massa bachelet piñera pinera boric kast allende pinochet luksic duque ' +
  'sarmiento maduro capriles guaidó guaido lasso boluarte fujimori arce áñez anez abdo';

// Portuguese and Brazilian
const PORTUGUESE =
  'silva santos oliveira souza sousa pereira rodrigues almeida nascimento araújo araujo fernandes carvalho gomes ' +
  'martins rocha ribeiro alves monteiro mendes barros freitas barbosa pinto moura cavalcanti cavalcante dias ' +
  'castro campos cardoso correia cunha teixeira vieira nunes soares lopes moreira machado ramos azevedo batista ' +
  'fonseca melo mello matos duarte andrade neves coelho pires reis sampaio siqueira tavares vasconcelos brandão ' +
  'brandao magalhães magalhaes guimarães guimaraes figueiredo nogueira pacheco leite paiva borges farias faria ' +
  'bezerra cabral coutinho diniz esteves furtado gonçalves goncalves lacerda lemos lobo macedo medeiros moraes ' +
  'morais mota motta neto paixão paixao peixoto queiroz quintela rangel resende rezende salgado seixas serra ' +
  'simões simoes valente veloso viana amaral amorim antunes assis bastos bento brito caldeira camargo carneiro ' +
  'damasceno falcão falcao fontes godinho guerra jardim leal loureiro lourenço lourenco lula rousseff temer ' +
  'bolsonaro collor sarney alckmin meirelles guedes marinho lemann telles setubal setúbal trajano mourão mourao ' +
  'alcolumbre moro barroso rebelo passos portas guterres cavaco mexia horta osório osorio haddad tebet galípolo ' +
  'galipolo prates zema caiado doria dória boulos kubitschek';

// Italian
const ITALIAN =
  'rossi russo esposito bianchi romano ricci marino greco conti mancini giordano rizzo lombardi moretti barbieri ' +
  'fontana santoro mariani rinaldi caruso galli longo martinelli vitale lombardo serra coppola ferri marchetti ' +
  'conte ferraro fabbri bianco marini grasso valentini gatti pellegrini palumbo sanna rizzi monti cattaneo ' +
  'morelli amato silvestri mazza testa grassi pellegrino carbone giuliani benedetti barone rossetti caputo ' +
  'montanari guerra palmieri bernardi martino fiore ferretti basile riva donati piras battaglia sartori neri ' +
  'costantini milani pagano ruggiero sorrentino d\'angelo dangelo d\'amico damico negri longhi bassi draghi meloni ' +
  'renzi letta prodi berlusconi salvini tajani giorgetti gualtieri padoan tremonti visco panetta mattarella ' +
  'napolitano ciampi gentiloni zingaretti schlein calenda grillo bonomi marcegaglia elkann agnelli tronchetti ' +
  'provera descalzi starace donnet orcel castagna nagel bazoli marchionne montezemolo vigna cingolani colao ' +
  'bernabè bernabe scaroni moratti tanzi caltagirone squinzi rocca garrone angelucci debenedetti baggio buffon ' +
  'maldini ancelotti veronesi mancuso ferrante mauri pozzi zanetti ghezzi pinna murgia ferro garibaldi verdi ' +
  'puccini rossini vivaldi medici borgia visconti sforza gonzaga orsini colonna tosi calabrese bellini sala ' +
  'ricciardi santarelli lorenzi cirillo benigni fellini ferrucci pasini mattei salvi giorgi bellucci mariotti ' +
  'cucchi melis cocco crespi';

// French, Belgian (Walloon), Swiss French and Québécois
const FRENCH =
  'dubois petit durand leroy moreau lefebvre lefèvre lefevre roux fournier morel girard mercier dupont lambert ' +
  'legrand garnier faure rousseau blanc guérin guerin roussel perrin morin gauthier dumont fontaine chevalier ' +
  'masson boyer ciotti jadot lagarde trichet noyer villeroy strauss-kahn kahn moscovici arnault pinault ' +
  'bettencourt meyers mulliez niel drahi pigasse seydoux decaux bich riboud bompard pouyanné pouyanne sénard ' +
  'senard bazin frérot frerot oudéa oudea bonnafé bonnafe mérieux merieux attali minc bernheim lévêque leveque ' +
  'lemaire guérini guerini séjourné sejourne véran veran lescure pannier-runacher runacher dati ferrand larcher ' +
  'braun-pivet pivet hulot aubry montebourg hamon hidalgo dussopt cahuzac sapin chirac balladur rocard bérégovoy ' +
  'beregovoy cresson mauroy fabius delors barre messmer chaban-delmas debré debre chevènement chevenement ' +
  'glucksmann ruffin quatennens panot autain tondelier marleix wauquiez ' +
  // Belgian (Walloon) and Swiss French
  'lejeune dewulf reynders magnette bouchez prévot prevot borsus crucke dermagne favre berset rochat monnier ' +
  'chappuis pittet girardin jaquet ' +
  // Québec and Acadia
  'tremblay gagnon côté cote bouchard lavoie fortin gagné gagne ouellet bélanger belanger lévesque levesque ' +
  'bergeron paquette simard beaulieu cloutier dubé dube lapointe poulin nadeau martel beaudoin rioux arsenault ' +
  'dion legault trudeau mulroney chrétien chretien charest desmarais péladeau peladeau coutu bronfman lalonde ' +
  'laliberté laliberte archambault beauchamp bédard bedard drouin dufresne gendron jolicoeur labelle lachance ' +
  'lafleur lamontagne langlois laroche lemieux létourneau letourneau marcotte pépin pepin plante proulx savard ' +
  'séguin seguin thériault theriault turcotte vachon vaillancourt villeneuve poilievre blanchet plamondon landry ' +
  'boudreau thibodeau guidry broussard fontenot robichaux doucet comeau st-pierre st-onge duceppe couillard ' +
  'marois parizeau bourassa lesage duplessis';

// German, Austrian and Swiss German; an umlaut is followed by its "e" spelling and its plain one ("müller mueller
// muller"), ß by "ss"
const GERMAN =
  'müller mueller muller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer schaefer ' +
  'schafer koch bauer richter klein schröder schroeder schroder neumann schwarz zimmermann krüger krueger kruger ' +
  'hofmann hartmann lange schmitt schmitz krause meier lehmann schmid schulze maier köhler koehler kohler ' +
  'herrmann könig koenig konig mayer huber fuchs peters lang scholz möller moeller moller weiß weiss jung hahn ' +
  'schubert vogel keller berger winkler baumann franke albrecht schuster böhm boehm bohm kraus schumacher krämer ' +
  'kraemer kramer vogt stein jäger jaeger jager sommer seidel brandt haas schreiber graf schulte ziegler kuhn ' +
  'kühn kuehn pohl engel bergmann voigt sauer wolff pfeiffer hübner huebner hubner lindner ebert kunz kaufmann ' +
  'hess merkel schäuble schaeuble schauble steinmeier seehofer söder soeder soder laschet merz habeck baerbock ' +
  'lauterbach pistorius faeser weidel wagenknecht kohl adenauer erhard kiesinger gauck wulff weizsäcker ' +
  'weizsaecker weizsacker herzog rau dobrindt spahn altmaier maas kramp-karrenbauer karrenbauer zetsche kaeser ' +
  'diess blume winterkorn piëch piech quandt döpfner doepfner dopfner röttgen roettgen rottgen klöckner kloeckner ' +
  'klockner giffey wegner ' +
  // Austrian
  'gruber pichler moser steiner hofer eder leitner mayr reiter egger lehner brunner aigner baumgartner auer ' +
  'lechner wallner holzer ebner koller lackner strasser kurz kern faymann nehammer kickl babler stocker haider ' +
  'strache mikl-leitner benko mahrer wimmer glatz ' +
  // Swiss German
  'wyss suter sutter bachmann studer bühler buehler buhler marti zürcher zuercher zurcher ammann flückiger ' +
  'flueckiger fluckiger gasser iten kälin kaelin lüthi luethi luthi maurer rüegg rueegg ruegg blocher sommaruga ' +
  'leuthard parmelin amherd baume-schneider jans pfister rösti roesti rosti schlegel ermotti rohner körner ' +
  'koerner korner widmer knecht';

// Dutch and Flemish (the names after "van", "de", "van der" are two or more words and are not here)
const DUTCH =
  'jansen janssen bakker visser smit meijer meyer mulder dekker brouwer dijkstra kok verhoeven jacobs vermeulen ' +
  'willems hoekstra koster prins huisman peeters schouten blom postma kuiper veenstra kramer vermeer bosman ' +
  'timmermans groot evers hermans wouters kuipers koning hoogendoorn verbeek vink scholten bouwman mertens claes ' +
  'maes janssens goossens aerts stevens lambrechts rutte balkenende lubbers schoof wilders omtzigt yeşilgöz ' +
  'yesilgoz kaag dijsselbloem klaver jetten bontenbal eickhout verhagen zalm wellink polman koenders blok ' +
  'bolkestein kroes verhofstadt vandenbroucke leysen dehaene tindemans eyskens verbruggen vandenberghe vandamme ' +
  'declercq verstraete desmet dewulf dhondt d\'hondt claeys goethals vervoort lemmens smets verheyen heylen ' +
  'michiels bogaert vanacker geens tobback somers vandevelde vanhove verhelst segers sterckx verbeke debacker ' +
  'spaak hendriks hendrikx dekkers brinkman madlener ' +
  // Flemish
  'pauwels verlinden dewever';

// Nordic: Danish, Norwegian, Swedish, Finnish and Icelandic; ø, å, æ are followed by their plain spellings
const NORDIC =
  // Danish
  'jensen hansen pedersen andersen christensen larsen sørensen sorensen rasmussen jørgensen jorgensen petersen ' +
  'madsen kristensen olsen thomsen christiansen poulsen johansen møller moller moeller mortensen knudsen jakobsen ' +
  'jacobsen mikkelsen olesen frederiksen laursen henriksen eriksen holm kristiansen clausen simonsen svendsen ' +
  'andreasen iversen jeppesen vestergaard nissen løkke lokke loekke thorning-schmidt vestager thulesen dahl ' +
  'wammen schlüter schluter nyrup holst hjort ' +
  // Norwegian
  'nilsen karlsen johnsen pettersen haugen hagen johannessen andreassen halvorsen moen gundersen solberg eide ' +
  'knutsen martinsen paulsen kristoffersen mathisen amundsen lunde solheim berge nygård nygard bakke fredriksen ' +
  'hauge haaland håland haland stoltenberg brundtland bondevik jagland vedum listhaug brende sandberg tveit tvedt ' +
  'tangen ' +
  // Swedish
  'andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson jonsson ' +
  'jansson hansson bengtsson jönsson joensson lindberg jakobsson magnusson olofsson lindström lindstrom lindqvist ' +
  'lindgren axelsson bergström bergstrom lundberg lind lundgren lundqvist mattsson berglund fredriksson ' +
  'henriksson forsberg sjöberg sjoberg wallin engström engstrom eklund danielsson lundin håkansson hakansson ' +
  'björk bjork bergman gunnarsson wikström wikstrom samuelsson isaksson fransson bergqvist nyström nystrom ' +
  'holmberg arvidsson löfgren lofgren söderberg soderberg nyberg blomqvist claesson mårtensson martensson ' +
  'lundström lundstrom viklund björklund bjorklund eliasson pålsson palsson berggren sandström sandstrom nordin ' +
  'ström strom åberg aberg hermansson ekström ekstrom falk holmgren sundberg sjögren sjogren blom strömberg ' +
  'stromberg månsson mansson åkesson akesson lindholm norberg holmqvist löfven lofven reinfeldt kristersson bildt ' +
  'palme carlsson borg wallenberg kamprad rausing stenbeck ingves ' +
  // Finnish
  'korhonen virtanen mäkinen makinen nieminen mäkelä makela hämäläinen hamalainen laine heikkinen koskinen ' +
  'järvinen jarvinen lehtonen lehtinen saarinen salminen heinonen niemi heikkilä heikkila kinnunen salonen ' +
  'turunen salo laitinen tuominen rantanen karjalainen jokinen mattila savolainen lahtinen ahonen hirvonen orpo ' +
  'niinistö niinisto stubb sipilä sipila rinne katainen halonen ahtisaari kekkonen koivisto vanhanen urpilainen ' +
  'purra haavisto rehn hakkarainen karvonen kokkonen seppälä seppala aaltonen nurmi oksanen ' +
  // Icelandic
  'sigurðsson sigurdsson jónsson guðmundsson gudmundsson ólafsson olafsson einarsson kristjánsson kristjansson ' +
  'magnússon stefánsson stefansson jakobsdóttir jakobsdottir benediktsson sigurðardóttir sigurdardottir björnsson ' +
  'bjornsson guðmundsdóttir gudmundsdottir jónsdóttir jonsdottir';

// Polish, Czech, Slovak and Hungarian
const CENTRAL_EUROPEAN =
  // Polish (with the feminine "-ska" of the commonest)
  'nowak kowalski kowalska wiśniewski wisniewski wiśniewska wisniewska wójcik wojcik kowalczyk kamiński kaminski ' +
  'kamińska kaminska lewandowski lewandowska zieliński zielinski szymański szymanski woźniak wozniak dąbrowski ' +
  'dabrowski kozłowski kozlowski jankowski mazur wojciechowski kwiatkowski krawczyk kaczmarek piotrowski ' +
  'grabowski zając zajac pawłowski pawlowski michalski król krol wieczorek jabłoński jablonski wróbel wrobel ' +
  'nowakowski majewski olszewski stępień stepien malinowski jaworski adamczyk dudek nowicki pawlak górski gorski ' +
  'witkowski walczak sikora baran rutkowski michalak szewczyk ostrowski tomaszewski pietrzak marciniak wróblewski ' +
  'wroblewski zalewski jakubowski jasiński jasinski zawadzki sadowski sikorski tusk kaczyński kaczynski ' +
  'morawiecki duda nawrocki trzaskowski hołownia holownia kosiniak-kamysz kosiniak kamysz wałęsa walesa ' +
  'kwaśniewski kwasniewski komorowski szydło szydlo ziobro błaszczak blaszczak glapiński glapinski balcerowicz ' +
  'belka domański domanski świątek swiatek hurkacz ' +
  // Czech and Slovak
  'novák novak svoboda novotný novotny dvořák dvorak černý cerny procházka prochazka kučera kucera veselý vesely ' +
  'horák horak němec nemec pokorný pokorny pospíšil pospisil hájek hajek jelínek jelinek král kral růžička ' +
  'ruzicka beneš benes fiala sedláček sedlacek doležal dolezal zeman kolář kolar vaněk vanek blažek blazek kříž ' +
  'kriz kovář kovar bartoš bartos polák polak malý maly holub štěpánek stepanek babiš babis havel rakušan rakusan ' +
  'kellner křetínský kretinsky tykač tykac čaputová caputova kiska dzurinda matovič matovic heger šefčovič ' +
  'sefcovic kollár kollar kováč kovac hlinka ' +
  // Hungarian
  'horváth horvath tóth toth nagy kovács kovacs szabó szabo molnár molnar németh nemeth farkas balogh papp takács ' +
  'takacs lakatos mészáros meszaros rácz racz fekete szilágyi szilagyi török torok fehér feher balázs balazs ' +
  'kocsis orbán orban varga fodor soros szijjártó szijjarto gyurcsány gyurcsany matolcsy csányi csanyi rogán ' +
  'rogan pintér pinter';

// Romanian, Moldovan and Balkan (Serbian, Croatian, Bosnian, Slovene, Albanian, Bulgarian)
const BALKAN_ROMANIAN =
  'popescu ionescu popa stoica dumitru rusu munteanu ciobanu ioniță ionita preda iohannis dăncilă dancila ciolacu ' +
  'ciucă ciuca bolojan simion georgescu cioloș ciolos ponta băsescu basescu iliescu grosu ' +
  // Serbian, Croatian, Bosnian, Montenegrin, Slovene
  'jovanović jovanovic petrović petrovic nikolić nikolic marković markovic đorđević djordjevic dordevic ' +
  'stojanović stojanovic ilić ilic stanković stankovic pavlović pavlovic milošević milosevic popović popovic ' +
  'kovačević kovacevic horvat kovačić kovacic babić babic marić maric jurić juric knežević knezevic vuković ' +
  'vukovic blažević blazevic božić bozic radić radic vučić vucic plenković plenkovic milanović milanovic tuđman ' +
  'tudjman tudman izetbegović izetbegovic dodik đukanović djukanovic dukanovic golob janša jansa pahor kučan ' +
  'kucan modrić modric đoković djokovic dokovic jokić jokic dončić doncic ' +
  // Albanian, Bulgarian, North Macedonian
  'rama berisha kurti osmani thaçi thaci hoxha basha krasniqi gashi zaev radev borisov petkov denkov';

// Russian, Ukrainian and Belarusian, in their common English spellings (and a feminine "-a" of the commonest)
const RUSSIAN_UKRAINIAN =
  // Russian
  'ivanov ivanova smirnov smirnova kuznetsov kuznetsova popov popova vasiliev vasilyev vasilieva petrov petrova ' +
  'sokolov sokolova mikhailov mikhaylov novikov novikova fedorov fyodorov morozov morozova volkov volkova ' +
  'alekseev alexeyev lebedev lebedeva semenov semyonov egorov yegorov pavlov kozlov stepanov nikolaev nikolayev ' +
  'orlov orlova andreev andreyev makarov nikitin zakharov zakharova zaitsev zaytsev solovyov soloviev borisov ' +
  'yakovlev grigoriev grigoryev romanov vorobyov sergeev sergeyev kuzmin frolov alexandrov aleksandrov dmitriev ' +
  'korolev korolyov gusev kiselev kiselyov ilyin maksimov polyakov sorokin vinogradov kovalev kovalyov belov ' +
  'medvedev antonov tarasov zhukov baranov filippov komarov davydov belyaev gerasimov bogdanov osipov sidorov ' +
  'matveev titov markov mironov krylov kulikov karpov vlasov melnikov denisov gavrilov tikhonov kazakov afanasiev ' +
  'afanasyev danilov savelyev timofeev fomin chernov abramov martynov efimov yefimov fedotov shcherbakov nazarov ' +
  'kalinin isaev chernyshev bykov maslov rodionov konovalov lazarev voronin klimov filatov ponomarev golubev ' +
  'kudryavtsev prokhorov naumov potapov zhuravlev ovchinnikov trofimov leonov sobolev ermakov yermakov kolesnikov ' +
  'goncharov emelyanov yemelyanov ' +
  // Russian public life and business
  'gorbachev gorbachyov yeltsin putin shoigu peskov nabiullina siluanov mishustin patrushev naryshkin bortnikov ' +
  'kiriyenko sobyanin volodin matviyenko nebenzya ryabkov kudrin gref sechin deripaska abramovich potanin fridman ' +
  'aven vekselberg usmanov alekperov mordashov lisin timchenko rotenberg kovalchuk mikhelson khodorkovsky ' +
  'berezovsky gusinsky navalny navalnaya kasparov nemtsov yavlinsky zhirinovsky zyuganov prigozhin kadyrov ' +
  'chubais gaidar kasyanov primakov yakunin ' +
  // Belarusian
  'lukashenko tsikhanouskaya tikhanovskaya kolesnikova shushkevich babariko latushko ' +
  // Ukrainian
  'shevchenko kovalenko bondarenko tkachenko kravchenko oliynyk oliinyk shevchuk koval polishchuk boyko bojko ' +
  'tkachuk savchenko rudenko marchenko lysenko moroz petrenko klymenko pavlenko kravchuk kuzmenko ponomarenko ' +
  'savchuk vasylenko melnyk melnik zelensky zelenskyy zelenskiy poroshenko yanukovych yushchenko tymoshenko ' +
  'kuchma yatsenyuk groysman honcharuk shmyhal svyrydenko kuleba sybiha yermak zaluzhny zaluzhnyi syrskyi syrsky ' +
  'budanov reznikov umerov klitschko akhmetov kolomoisky kolomoyskyi pinchuk firtash medvedchuk arakhamia ' +
  'stefanchuk razumkov podolyak podoliak';

// Greek and Cypriot
const GREEK =
  'papadopoulos papadopoulou papanikolaou papageorgiou papadakis papandreou papoulias pappas georgiou nikolaidis ' +
  'nikolaou dimitriou konstantinou ioannou christodoulou antoniou karamanlis mitsotakis tsipras samaras simitis ' +
  'venizelos stournaras hatzidakis chatzidakis pierrakakis dendias gerapetritis kikilias georgiadis bakoyannis ' +
  'bakoyanni kasselakis androulakis varoufakis tsakalotos kammenos panagiotopoulos dimas dragasakis latsis ' +
  'vardinoyannis marinakis alafouzos angelopoulos livanos niarchos onassis goulandris economou oikonomou kouris ' +
  'kyriakou anastasiades anastasiadis christodoulides christofias clerides charalambous michaelides constantinou ' +
  'demetriou alexiou karras karagiannis karagounis katsaros makris mavros nikolopoulos panagiotou petridis ' +
  'stavrou theodorou triantafyllou vlachos zervas antetokounmpo tsitsipas sakkari papaioannou stathopoulos ' +
  'tsoukalas vasilakis staikouras pikrammenos';

// English, Scottish, Irish and Welsh. Names that are everyday words ("Brown", "Hill", "Price", "Walker"), companies
// ("Barclay", "Lloyd", "Pearson") or mostly given names ("James", "Thomas") are left out
const BRITISH_IRISH =
  // English
  'smith jones williams taylor davies evans johnson roberts robinson wright thompson hughes edwards lewis harris ' +
  'clarke clark turner cooper morris moore watson harrison allen mitchell phillips davis bennett shaw bailey ' +
  'richardson carter collins marshall murphy adams stevens wilson palmer campbell kelly davidson simpson ellis ' +
  'murray chapman webb rogers holmes barnes henderson dixon stewart fletcher reynolds payne pearce russell ' +
  'griffiths matthews jenkins gibson barker walsh burke saunders morrison powell dawson atkinson hayes rees ' +
  'andrews hart dunn nicholson lowe hawkins ferguson parsons reid newman barrett cunningham hopkins fisher miller ' +
  'anderson jackson thomson robertson parker sutcliffe whitaker ashworth hargreaves pickering hutchinson hodgson ' +
  'sykes yates lowther dobson ' +
  // British public life
  'starmer sunak cameron blair thatcher callaghan macmillan attlee churchill reeves rayner lammy streeting ' +
  'miliband healey mandelson osborne hammond kwarteng badenoch jenrick patel braverman gove mordaunt farage ' +
  'corbyn mcdonnell davey clegg carney lombardelli breeden mann khan burnham sarwar yousaf swinney salmond flynn ' +
  'robison o\'neill trimble hume mcguinness ' +
  // Scottish
  'macdonald macleod mackenzie mackay maclean macgregor macintyre mcdougall macpherson mackintosh paterson ' +
  'sinclair sutherland buchanan crawford drummond dunbar gillespie gunn johnstone kerr munro murdoch rankin ' +
  'ogilvie baird boyle brodie carmichael chisholm cochrane gilchrist hogg innes kinnaird lockhart mcewan menzies ' +
  'moffat napier ritchie rutherford strachan urquhart wallace wishart fraser ross ' +
  // Irish and Northern Irish
  'o\'brien o\'connor o\'sullivan o\'reilly o\'donnell o\'leary o\'connell o\'donoghue o\'hara o\'malley o\'callaghan ' +
  'o\'toole sullivan byrne doyle mccarthy gallagher doherty kennedy dunne brennan fitzgerald fitzpatrick daly ' +
  'maher keane regan reilly cullen carroll farrell flanagan healy hogan kavanagh keogh lyons mcdonagh mcgrath ' +
  'mckenna moran mulligan phelan quigley sheehan sweeney tierney whelan varadkar ahern cowen donohoe coveney ' +
  'donnelly higgins connolly duffy egan foley gleeson hurley kehoe keating mcevoy mcnamara meehan molloy mooney ' +
  'moriarty mullen mulcahy sheridan slattery mcdonald o\'dowd ' +
  // Welsh
  'pritchard parry bowen howells llewellyn pugh prosser probert bevan watkins harries prichard gwynne humphreys ' +
  'vaughan lloyd-jones jones-evans owens';

// Anglo-American: the commonest family names of the US, Canada, Australia and New Zealand, and the family names of
// business and public life (the Hispanic, Jewish, German and Irish ones are with their own)
const ANGLO_AMERICAN =
  'garcia williams johnson jones miller davis wilson anderson taylor moore jackson thompson harris clark lewis ' +
  'robinson allen wright adams nelson mitchell campbell roberts carter phillips evans turner parker collins ' +
  'edwards stewart morris murphy rogers peterson cooper bailey kelly richardson watson bennett hughes sanders ' +
  'myers ross powell jenkins perry russell sullivan coleman henderson barnes fisher simmons patterson reynolds ' +
  'wallace hayes gibson bryant ellis stevens murray marshall owens harrison mcdonald kennedy freeman webb ' +
  'crawford olson simpson shaw snyder dixon holmes palmer robertson meyer schmidt daniels ferguson nichols ' +
  'stephens weaver gardner payne dunn kelley hawkins peters hart cunningham armstrong carroll andrews perkins ' +
  'hoffman johnston matthews richards chapman watkins greene burke larson morrison carlson carr lawson jacobs ' +
  'jensen williamson howell reid hanson mccoy burton welch davidson fowler schultz bowman walsh newman barrett ' +
  'keller hopkins barnett bates caldwell lambert byrd lowe lyons mclaughlin harmon mcgee doyle burgess reese ' +
  'walton brady goodman webster goodwin fischer hines mullins malone tate sherman hubbard hodges saunders rowe ' +
  'gallagher hammond townsend ingram barton schroeder clarke parsons harrington glover osborne buchanan patton ' +
  'bowers cobb gibbs bauer conner ' +
  // US and Canadian business and public life
  'buffett musk bezos zuckerberg dimon altman nadella pichai huang brin dorsey benioff ellison catz iger chapek ' +
  'moynihan blankfein jassy sandberg andreessen horowitz thiel karp amodei hassabis suleyman murati sutskever ' +
  'brockman lecun hinton bengio karpathy nooyi mcmillon schwarzman icahn ackman einhorn loeb paulson soros dalio ' +
  'mnuchin yellen bessent lutnick bernanke greenspan biden obama clinton rubio cruz pelosi schumer mcconnell ' +
  'jeffries desantis newsom ramaswamy whitmer shapiro pritzker kushner hammack schmid harker waller jefferson ' +
  'carney freeland trudeau poilievre albanese luxon';
/** Every group, one space between names. */
const SURNAME_LIST: string = [
  SOUTH_ASIAN,
  PAKISTANI,
  SRI_LANKAN,
  CHINESE,
  KOREAN,
  JAPANESE,
  VIETNAMESE,
  THAI,
  SOUTHEAST_ASIAN,
  ARABIC_PERSIAN,
  TURKISH,
  JEWISH,
  WEST_AFRICAN,
  EAST_AFRICAN,
  SOUTHERN_AFRICAN,
  AFRIKAANS,
  HISPANIC,
  PORTUGUESE,
  ITALIAN,
  FRENCH,
  GERMAN,
  DUTCH,
  NORDIC,
  CENTRAL_EUROPEAN,
  BALKAN_ROMANIAN,
  RUSSIAN_UKRAINIAN,
  GREEK,
  BRITISH_IRISH,
  ANGLO_AMERICAN,
].join(' ');

const SURNAMES: ReadonlySet<string> = new Set(SURNAME_LIST.split(' '));

// "Mc", "Mac" and "O'" names that are companies or products first
const PREFIXED_EXCLUSIONS: ReadonlySet<string> = new Set(['mckinsey', 'mckesson', 'mcafee', 'mclaren', 'macbook']);

// Letters NFD does not take apart ("Øygard", "Łukasz", "Đoković", "Weiß"), and the curly apostrophe
const UNFOLDED: Record<string, string> = { ł: 'l', ø: 'o', ı: 'i', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h', '’': "'", '‘': "'" };
const NON_ASCII = /[^\x00-\x7f]/;
// Combining marks of Latin script (a plain range: a Unicode property escape costs more to compile)
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const UNFOLDED_LETTERS = /[łøıđðßæœþħ’‘]/g;

/** Lower case, accents off, apostrophes straight: "Jørgensen" → "jorgensen", "O’Brien" → "o'brien". */
function fold(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(UNFOLDED_LETTERS, (c) => UNFOLDED[c]!);
}

const isUpper = (c: string): boolean => c !== c.toLowerCase();
const isLower = (c: string): boolean => c !== c.toUpperCase();
const isApostrophe = (c: string | undefined): boolean => c === "'" || c === '’' || c === '‘';

// Particles after which a capital letter may stand inside a name: "McDonald", "LeCun", "DeSantis"
const PARTICLES: ReadonlySet<string> = new Set(['mc', 'mac', 'de', 'di', 'da', 'du', 'del', 'della', 'la', 'le', 'van', 'von']);

/**
 * Is the word cased like a name? The first letter in either case; a capital further on only
 * after an apostrophe ("N'Guessan", "Yar'Adua"), a hyphen ("Akufo-Addo") or a particle
 * ("McDonald", "LeCun"), so that a brand's inner capital ("GoTo") does not pass.
 */
function casedLikeName(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word[i]!;
    if (!isUpper(c)) continue;
    const before = word[i - 1];
    if (before === '-' || isApostrophe(before) || PARTICLES.has(word.slice(0, i).toLowerCase())) continue;
    return false;
  }
  return true;
}

/** A capital followed by lower-case letters only, at least `min` letters in all. */
function capitalised(rest: string, min: number): boolean {
  if (rest.length < min || !isUpper(rest[0]!)) return false;
  for (let i = 1; i < rest.length; i++) if (!isLower(rest[i]!)) return false;
  return true;
}

/** One word, without splitting at hyphens: in the list, or a "Mc", "Mac" or "O'" name by its form. */
function knownWord(word: string): boolean {
  if (word.length < 2 || !casedLikeName(word)) return false;
  const key = fold(word);
  if (SURNAMES.has(key)) return true;
  if (PREFIXED_EXCLUSIONS.has(key)) return false;
  const first = word[0]!;
  // "McAllister", "MacGregor": any capitalised rest of more than two letters
  if (first === 'M' || first === 'm') {
    if (word[1] === 'c' && capitalised(word.slice(2), 3)) return true;
    if (word[1] === 'a' && word[2] === 'c' && capitalised(word.slice(3), 3)) return true;
  }
  // "O'Brien", "O’Sullivan"
  if ((first === 'O' || first === 'o') && isApostrophe(word[1]) && capitalised(word.slice(2), 2)) return true;
  return false;
}

/**
 * Is a word a known family name? "Arora", "arora", "Müller", "Mueller", "Nguyễn", "O’Brien",
 * "McAllister", "Okonjo-Iweala" (every part of a hyphenated name known), "Al-Jaber" (an
 * Arabic "al-" or "el-" before a known name). Accents are folded; apostrophes and hyphens are
 * kept. A word in capitals ("ARORA", a ticker or an acronym) is never a surname, nor a single letter.
 */
export function isKnownSurname(word: string): boolean {
  return ANSWERS.get(word);
}
// (names recur across articles: each word's answer is remembered, a bounded number)
const ANSWERS = new Memo<boolean>((word) => surnameAnswer(word));

function surnameAnswer(word: string): boolean {
  if (word.length < 2 || word === word.toUpperCase()) return false;
  if (knownWord(word)) return true;
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  const head = fold(parts[0]!);
  if (parts.length === 2 && (head === 'al' || head === 'el')) return knownWord(parts[1]!);
  return parts.length > 1 && parts.every(knownWord);
}
