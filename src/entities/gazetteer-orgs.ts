import type { KnownOrg } from './gazetteer.js';

// US large caps: tech, internet, software
const US_TECH = `
Adobe | Adobe Inc. | Adobe Systems | +giant
Intuit | +giant
ServiceNow | +giant
Workday
Autodesk
VMware
Citrix | Citrix Systems
Splunk
Palo Alto Networks | +giant
CrowdStrike
Fortinet
Zscaler
Okta
SentinelOne
Wiz | Wiz Inc.
Snyk
Cloudflare | +compute
Akamai | Akamai Technologies | Linode | +compute
Fastly
Datadog
Dynatrace
New Relic
Elastic NV | Elasticsearch
MongoDB
Couchbase
Redis | Redis Labs
Confluent
HashiCorp
GitLab
GitHub
Atlassian
HubSpot
Twilio
Zendesk
Wix | Wix.com
Squarespace
GoDaddy
Automattic
Dropbox
DocuSign
Zoom | Zoom Video Communications | Zoom Communications
Slack | Slack Technologies
RingCentral
UiPath
C3.ai | C3 AI
Veeva Systems | Veeva
Epic Systems
Infor
Coupa | Coupa Software
Anaplan
Qualtrics
Nutanix
NetApp
Pure Storage
Western Digital
Seagate | Seagate Technology
SanDisk
Arista Networks | Arista
Juniper Networks
Ciena
Motorola Solutions
Motorola Mobility
Garmin
Logitech
Corning
Amphenol
TE Connectivity
Jabil
Celestica
Lumentum
Keysight | Keysight Technologies
Teradyne
Synopsys
Cadence Design Systems | Cadence Design
Ansys
Pinterest
Reddit
X Corp. | Twitter | X Corp
TikTok
LinkedIn
YouTube
Yahoo | Yahoo! | Yahoo Inc.
AOL | America Online
eBay | +giant
Etsy
Wayfair
Chewy Inc.
Booking Holdings | Booking.com | Priceline | +giant
Expedia | Expedia Group
Tripadvisor | TripAdvisor
PayPal | +giant
Coinbase
Robinhood | Robinhood Markets
SoFi | SoFi Technologies
DoorDash
Instacart | Maplebear
Peloton | Peloton Interactive
Roblox
Electronic Arts
Activision Blizzard | Activision
Take-Two Interactive | Take-Two
Unity Software | Unity Technologies
Epic Games
Riot Games
Match Group
Bumble Inc.
Duolingo
Grammarly
Airtable
ClickUp
Rippling
Deel
Brex
Plaid
Chime | Chime Financial
Klarna
Marqeta
Toast Inc.
Block Inc. | Square Inc.
Fiserv
FIS | Fidelity National Information Services
Global Payments
ADP | Automatic Data Processing
Paychex
Cognizant | Cognizant Technology Solutions
Accenture | +giant
DXC Technology
Kyndryl
EPAM Systems | EPAM
Globant
Gartner
Forrester | Forrester Research
IDC | International Data Corporation
Counterpoint Research
Canalys
TrendForce
Omdia
Synergy Research Group`;

// Semiconductors and hardware
const CHIPS_AND_HARDWARE = `
Micron | Micron Technology | +giant
SK Hynix | Hynix | +giant
Arm | Arm Holdings | ARM Ltd
Texas Instruments | +giant
Analog Devices
Marvell | Marvell Technology
NXP | NXP Semiconductors
Infineon | Infineon Technologies
STMicroelectronics | STMicro
Renesas | Renesas Electronics
MediaTek
GlobalFoundries
SMIC | Semiconductor Manufacturing International
UMC | United Microelectronics
Hua Hong | Hua Hong Semiconductor
YMTC | Yangtze Memory Technologies
CXMT | ChangXin Memory Technologies
Kioxia
Rapidus
ASML | ASML Holding | +giant
Applied Materials
Lam Research
KLA | KLA Corp. | KLA-Tencor
Tokyo Electron
Advantest
ASM International
BE Semiconductor | Besi
Lasertec
Shin-Etsu | Shin-Etsu Chemical
Sumco
GlobalWafers
ON Semiconductor | onsemi
Microchip Technology
Skyworks | Skyworks Solutions
Qorvo
Wolfspeed
Lattice Semiconductor
Monolithic Power Systems
Rambus
Astera Labs
Credo Technology
Coherent Corp.
Graphcore | +compute
Tenstorrent | +compute
d-Matrix | +compute
Lightmatter | +compute
Ampere Computing | +compute
SiFive
Rivos
Hailo
SiMa.ai
Axelera AI
FuriosaAI | Furiosa AI | +compute
Cambricon | Cambricon Technologies | +compute
Biren Technology | +compute
Moore Threads | +compute
Hygon | +compute
Kunlunxin | +compute
Supermicro | Super Micro Computer | Super Micro | +compute
Hewlett Packard Enterprise | HPE | +giant +compute
Lenovo | Lenovo Group | +giant +compute
Inspur | Inspur Electronic Information | +compute
Quanta Computer | Quanta Cloud Technology | +compute
Wiwynn | +compute
Gigabyte Technology | +compute
Foxconn | Hon Hai | Hon Hai Precision Industry | +giant
Wistron
Pegatron
Compal | Compal Electronics
Inventec
ASE Technology | ASE Group
Acer
Asus | ASUSTeK
Largan | Largan Precision
Xiaomi | +giant
Oppo
Vivo | vivo Mobile
OnePlus
Transsion
Realme
Honor Device | Honor Device Co.
DJI
GoPro
Fitbit
Sonos
Dyson
iRobot
Bose Corp.
Nokia | +giant
Ericsson | LM Ericsson | +giant
ZTE
Hikvision
Sony | Sony Group | +giant
Panasonic | +giant
LG Electronics | LG | LG Group | LG Corp. | +giant
Philips | Royal Philips | Koninklijke Philips
Hitachi | +giant
Toshiba
Fujitsu
NEC | NEC Corp.
Canon | Canon Inc.
Nikon
Fujifilm
Ricoh
Kyocera
Murata Manufacturing
TDK
Keyence
Fanuc
Yaskawa | Yaskawa Electric
Sharp Corp. | Sharp Corporation
Nintendo | +giant`;

// AI labs, AI and tech startups, unicorns
const AI_AND_STARTUPS = `
Safe Superintelligence | SSI
Thinking Machines Lab
Reflection AI
Adept AI
Aleph Alpha
AI21 Labs | AI21
Reka AI
Essential AI
Runway ML | RunwayML
Midjourney
Pika Labs
Synthesia
ElevenLabs | Eleven Labs
Jasper AI
Glean
Anysphere
Cognition AI | Cognition Labs
Replit
Vercel
Supabase
Black Forest Labs
DeepL
Sakana AI
Preferred Networks
Zhipu AI | Zhipu | Z.ai
Baichuan | Baichuan AI
MiniMax
01.AI
StepFun
SenseTime
Megvii
iFlytek
Horizon Robotics
Unitree | Unitree Robotics
UBTech | UBTech Robotics
Sarvam AI
Krutrim
Physical Intelligence
Skild AI
Figure AI
1X Technologies | 1X
Apptronik
Agility Robotics
Sanctuary AI
Boston Dynamics
Anduril | Anduril Industries
Shield AI
Helsing
Saronic
SpaceX | +giant
Blue Origin
Rocket Lab
Starlink
Neuralink
The Boring Company
Waymo
Zoox
Nuro
Wayve
Motional
Aurora Innovation
Pony.ai
WeRide
Momenta
Mobileye
Isomorphic Labs
Recursion Pharmaceuticals
Insilico Medicine
Tempus AI
Celonis
Personio
Trade Republic
N26
Monzo
Starling Bank
Wise plc | TransferWise
Checkout.com
Adyen
SumUp
Nubank | Nu Holdings
Wealthsimple
Afterpay
Binance
Kraken | Payward
FTX
OpenSea
Circle Internet Financial | Circle Internet Group
Chainalysis
Fireblocks
Consensys | ConsenSys
Bitmain
Crypto.com
Doctolib
BlaBlaCar
Back Market
Qonto
Contentsquare
Criteo
Deliveroo
Just Eat Takeaway | Just Eat | Takeaway.com
Delivery Hero
HelloFresh
Zalando
Glovo
Wolt
Getir
Gopuff
Bolt Technology | Bolt.eu
Cabify
Careem
Grab Holdings
GoTo | GoTo Group | Gojek | Tokopedia
Sea Limited | Sea Ltd | Shopee | Garena
Lazada
Traveloka
Bukalapak
Didi Global | DiDi | Didi Chuxing
Rappi
iFood
Kavak
Bitso
Ualá | Uala
Flutterwave
Paystack
Interswitch
OPay
Moniepoint
Andela
Chipper Cash
Jumia
Noon.com
Talabat
Trendyol
Rovio
Oura
SoundCloud
Deezer
Niantic
Zynga
Mojang
Krafton
Nexon
NetEase | +giant
Square Enix
Bandai Namco
Sega | Sega Sammy
Capcom
Konami
Ubisoft
CD Projekt
Embracer | Embracer Group
WeWork
Theranos
Juul | Juul Labs
Shein
Temu`;

// China, Hong Kong, Taiwan: internet, industry, finance
const GREATER_CHINA = `
Ant Group | Ant Financial | Alipay
JD.com | Jingdong | +giant
Meituan | +giant
PDD Holdings | Pinduoduo | +giant
Kuaishou
Bilibili
Weibo
Trip.com | Ctrip
Kingsoft | Kingsoft Cloud
Lufax
WeBank
Haier
Midea | Midea Group
Gree Electric
BYD | +giant
CATL | Contemporary Amperex Technology | +giant
Geely | Geely Auto | Zhejiang Geely
Great Wall Motor
SAIC Motor | SAIC
Chery | Chery Automobile
NIO | Nio Inc.
XPeng
Li Auto
Zeekr
Leapmotor
Dongfeng | Dongfeng Motor
FAW Group | FAW
China Mobile | +giant
China Telecom
China Unicom
Sinopec | China Petroleum & Chemical | +giant
PetroChina | +giant
CNPC | China National Petroleum
CNOOC
State Grid | State Grid Corporation of China | +giant
China Shenhua | China Energy Investment
Baowu | China Baowu | Baosteel
ICBC | Industrial and Commercial Bank of China | Commercial Bank of China | +giant
China Construction Bank | CCB | +giant
Agricultural Bank of China | +giant
Bank of China | +giant
Bank of Communications
China Merchants Bank
Ping An | Ping An Insurance | +giant
China Life | China Life Insurance
CITIC | CITIC Group
CITIC Securities
CICC | China International Capital Corp
Huatai Securities
Haitong Securities
China Investment Corporation | CIC
Hillhouse | Hillhouse Capital | Hillhouse Investment
HongShan | Sequoia China | Sequoia Capital China
Qiming Venture Partners | Qiming
IDG Capital
Fosun | Fosun International
Dalian Wanda | Wanda Group
China Evergrande | Evergrande
Country Garden
China Vanke | Vanke
Kweichow Moutai | Moutai
Anta Sports
COSCO | COSCO Shipping
Air China
China Eastern Airlines | China Eastern
China Southern Airlines | China Southern
HSBC | HSBC Holdings | +giant
Hang Seng Bank
Standard Chartered | StanChart
AIA Group | AIA
CK Hutchison | Hutchison Whampoa
Sun Hung Kai Properties
Henderson Land
New World Development
Swire Pacific | Swire
Jardine Matheson | Jardines
MTR Corporation | MTR Corp
Hong Kong Exchanges and Clearing | HKEX | HKEx
Cathay Pacific
Galaxy Entertainment
Sands China
Techtronic Industries
Cathay Financial
Fubon Financial | Fubon
CTBC | CTBC Financial
Formosa Plastics
Chunghwa Telecom
Delta Electronics`;

// Japan and Korea
const JAPAN_AND_KOREA = `
Toyota | Toyota Motor | Toyota Motor Corp. | +giant
Honda | Honda Motor | +giant
Nissan | Nissan Motor | +giant
Mazda
Subaru
Suzuki Motor | Suzuki Motor Corp.
Mitsubishi Motors
Yamaha | Yamaha Motor
Kawasaki Heavy Industries
Denso
Aisin
Bridgestone
Mitsubishi UFJ Financial Group | MUFG | Mitsubishi UFJ | Bank of Tokyo-Mitsubishi | +giant
Sumitomo Mitsui Financial Group | SMFG | SMBC | Sumitomo Mitsui Banking
Mizuho | Mizuho Financial Group | Mizuho Bank
Nomura | Nomura Holdings | Nomura Securities
Daiwa Securities | Daiwa
Nikko Securities | Nikko Cordial | SMBC Nikko
Yamaichi Securities | Yamaichi
Japan Post | Japan Post Holdings
Tokio Marine
Dai-ichi Life
NTT | Nippon Telegraph and Telephone | Nippon Telegraph | NTT Docomo | Docomo | +giant
NTT Data
KDDI
SoftBank Corp.
Rakuten
Mercari
LY Corporation | LINE Yahoo | Z Holdings
Recruit Holdings
Fast Retailing | Uniqlo
Seven & i | Seven & i Holdings | Seven-Eleven | 7-Eleven
Aeon Co.
FamilyMart
Lawson Inc.
Takeda | Takeda Pharmaceutical | +giant
Daiichi Sankyo
Astellas | Astellas Pharma
Eisai
Chugai | Chugai Pharmaceutical
Otsuka Holdings
Mitsubishi Corporation | Mitsubishi Corp. | +giant
Mitsubishi Heavy Industries | MHI
Mitsubishi Electric
Mitsui & Co. | Mitsui & Co
Itochu
Marubeni
Sumitomo Corporation | Sumitomo Corp.
Daikin | Daikin Industries
Komatsu
Nippon Steel | +giant
JFE Holdings | JFE Steel
Japan Tobacco
Kirin Holdings | Kirin
Asahi Group | Asahi Breweries | Asahi Group Holdings
Suntory
Shiseido
Kao Corporation | Kao Corp.
Dentsu
Japan Airlines | JAL
All Nippon Airways | ANA Holdings
East Japan Railway | JR East
Central Japan Railway | JR Central
Tepco | Tokyo Electric Power
Japan Exchange Group | JPX
Samsung SDI
Samsung Biologics
Samsung C&T
Samsung Heavy Industries
Samsung SDS
Hyundai Motor | Hyundai | Hyundai Motor Company | Hyundai Motor Group | +giant
Kia | Kia Motors | Kia Corp.
Hyundai Heavy Industries | HD Hyundai
SK Group | SK | SK Inc.
SK Telecom
SK On
LG Energy Solution | LGES
LG Chem
LG Display
POSCO | POSCO Holdings
Hanwha | Hanwha Group
Hanwha Aerospace
Lotte Group
Doosan | Doosan Enerbility
Naver
Kakao
Coupang
Celltrion
KB Financial | KB Financial Group | Kookmin Bank
Shinhan Financial | Shinhan Bank | Shinhan Financial Group
Hana Financial | Hana Financial Group
Woori Financial | Woori Bank
Korean Air
KT Corp. | Korea Telecom
LG Uplus`;

// India
const INDIA = `
Reliance Industries | RIL | +giant
Jio Platforms | Reliance Jio | Jio
Reliance Retail
Tata Group | Tata Sons | +giant
Tata Consultancy Services | TCS | +giant
Tata Motors
Tata Steel
Tata Power
Infosys | +giant
Wipro
HCLTech | HCL Technologies | HCL Tech
Tech Mahindra
LTIMindtree
Mahindra & Mahindra | Mahindra Group
Adani Group | Adani Enterprises
Adani Ports | Adani Ports and SEZ
Adani Green Energy | Adani Green
HDFC Bank
ICICI Bank | ICICI
State Bank of India | SBI
Axis Bank
Kotak Mahindra Bank
Bajaj Finance
Bajaj Auto
Maruti Suzuki | Maruti
Hindustan Unilever | HUL
ITC Limited
Larsen & Toubro | L&T
Bharti Airtel | Airtel
Vodafone Idea
Asian Paints
Sun Pharmaceutical | Sun Pharma
Dr. Reddy's | Dr. Reddy's Laboratories | Dr Reddy's
Cipla
Lupin Limited
Biocon
UltraTech Cement | UltraTech
Titan Company
ONGC | Oil and Natural Gas Corporation
Indian Oil | Indian Oil Corporation
NTPC
Coal India
JSW Steel | JSW Group | JSW
Vedanta Resources | Vedanta Limited
Hindalco
Aditya Birla Group
Godrej Group
Life Insurance Corporation of India | LIC
Zomato | Eternal Ltd
Swiggy
Paytm | One97 Communications
PhonePe
Flipkart
Ola Cabs | ANI Technologies
Ola Electric
Byju's | Byju | BYJUS | Think & Learn
Zerodha
Groww
Razorpay
Freshworks
Zoho
Nykaa
Meesho
Lenskart
Oyo | OYO Rooms | Oravel Stays
Dream11 | Dream Sports
Delhivery
Unacademy
PolicyBazaar | PB Fintech
InMobi
Ather Energy
IndiGo | InterGlobe Aviation
Air India
SpiceJet
Akasa Air
Peak XV Partners | Peak XV | Sequoia India
Nexus Venture Partners
Elevation Capital
Blume Ventures
Kalaari Capital
Chiratae Ventures |`;

// US and Canadian banks, brokers, insurers, exchanges (and historic names)
const US_AND_CANADA_FINANCE = `
Bank of America | BofA | BofA Securities | Bank of America Merrill Lynch | NationsBank | +giant
Citigroup | Citi | Citibank | Citicorp | +giant
Wells Fargo | +giant
U.S. Bancorp | US Bancorp | U.S. Bank | US Bank
PNC Financial | PNC | PNC Bank
Truist | Truist Financial | BB&T | SunTrust
Capital One
Charles Schwab | Charles Schwab Corp.
American Express | Amex | AmEx | +giant
Visa | Visa Inc. | +giant
Mastercard | MasterCard | +giant
Discover Financial | Discover Financial Services
Ally Financial
Synchrony Financial
State Street
BNY Mellon | Bank of New York Mellon | BNY | Bank of New York
Northern Trust
Citizens Financial
Fifth Third | Fifth Third Bancorp
KeyCorp | KeyBank | KeyBanc
Regions Financial
M&T Bank
Huntington Bancshares
Silicon Valley Bank | SVB | SVB Financial
First Republic Bank | First Republic
Signature Bank
Silvergate | Silvergate Capital
Jefferies | Jefferies Financial Group
Lazard
Evercore
Moelis | Moelis & Company
PJT Partners
Centerview Partners | Centerview
Perella Weinberg | Perella Weinberg Partners
Houlihan Lokey
Raymond James
Stifel
Piper Sandler | Piper Jaffray
William Blair
Robert W. Baird
Wedbush | Wedbush Securities
Oppenheimer & Co. | Oppenheimer & Co
Needham & Company | Needham & Co
TD Cowen | Cowen Inc.
AllianceBernstein | Sanford C. Bernstein | Sanford Bernstein
Macquarie | Macquarie Group | Macquarie Capital
Merrill Lynch | Merrill | Merrill Lynch & Co.
Lehman Brothers | Lehman
Bear Stearns
Credit Suisse First Boston | CSFB | First Boston
Salomon Smith Barney | Salomon Brothers
Smith Barney
Dean Witter | Dean Witter Reynolds
PaineWebber | Paine Webber
DLJ | Donaldson Lufkin & Jenrette
Kidder Peabody
Drexel Burnham Lambert | Drexel Burnham
Shearson Lehman | Shearson Lehman Hutton | Shearson
Bankers Trust
Chase Manhattan | Chase Manhattan Bank
Chemical Bank
Manufacturers Hanover
Wachovia
Washington Mutual | WaMu
Countrywide Financial
First Union
Bank One
FleetBoston | FleetBoston Financial | Fleet Boston
Prudential Securities
A.G. Edwards | AG Edwards
Robertson Stephens
Hambrecht & Quist
Montgomery Securities
Thomas Weisel Partners
Long-Term Capital Management | LTCM
Fannie Mae | Federal National Mortgage Association
Freddie Mac | Federal Home Loan Mortgage Corporation
Sallie Mae
AIG | American International Group | +giant
MetLife
Prudential Financial
Prudential plc
Chubb
Travelers Companies
Allstate
Progressive Corp. | Progressive Insurance
Aflac
Marsh McLennan | Marsh & McLennan
Aon
Willis Towers Watson | WTW
Berkshire Hathaway | +giant
Royal Bank of Canada | RBC | RBC Capital Markets | +giant
TD Bank | Toronto-Dominion Bank | TD Bank Group | TD Securities | +giant
Scotiabank | Bank of Nova Scotia
BMO | Bank of Montreal | BMO Capital Markets
CIBC | Canadian Imperial Bank of Commerce
Manulife
Sun Life | Sun Life Financial
Power Corporation of Canada | Power Corp.
Nasdaq | Nasdaq Inc.
New York Stock Exchange | NYSE
Intercontinental Exchange | Intercontinental Exchange Inc.
CME Group | CME
Cboe | Cboe Global Markets | CBOE
London Stock Exchange Group | LSEG | London Stock Exchange | Refinitiv
Deutsche Börse | Deutsche Boerse | Deutsche Borse
Euronext
Singapore Exchange | SGX
ASX | Australian Securities Exchange
TMX Group | Toronto Stock Exchange | TSX
Shanghai Stock Exchange
Shenzhen Stock Exchange
Bombay Stock Exchange | BSE
National Stock Exchange of India | NSE
B3 | B3 SA
S&P Global | Standard & Poor | Standard & Poor's | S&P Global Ratings
Moody's | Moody's Investors Service | Moody's Corp. | Moody's Ratings
Fitch Ratings | Fitch
MSCI
Morningstar
FactSet
Experian
Equifax
TransUnion
Dun & Bradstreet
Verisk | Verisk Analytics`;

// Asset managers, private equity, hedge funds, sovereign and pension funds (investors: they lead rounds and mark valuations;
// banks and brokers elsewhere are not flagged, since their own news — job cuts, hires, results — is about them as companies)
const FUNDS = `
Vanguard | Vanguard Group | +investor
Invesco | +investor
Franklin Templeton | Franklin Resources | +investor
PIMCO | Pacific Investment Management | +investor
Capital Group | +investor
Wellington Management | +investor
Nuveen | TIAA | +investor
Amundi | +investor
Schroders | +investor
abrdn | Aberdeen Group | Standard Life Aberdeen | Aberdeen Asset Management | +investor
Legal & General | L&G | +investor
M&G | M&G plc | +investor
Baillie Gifford | +investor
Man Group | +investor
Hargreaves Lansdown | +investor
St. James's Place | St James's Place | +investor
Janus Henderson | +investor
Neuberger Berman | +investor
Federated Hermes | +investor
Blackstone | Blackstone Group | Blackstone Inc. | +giant +investor
KKR | Kohlberg Kravis Roberts | KKR & Co. | +investor
Carlyle | Carlyle Group | +investor
Apollo Global Management | Apollo Global | Apollo Management | +investor
TPG | TPG Capital | Texas Pacific Group | TPG Inc. | +investor
Bain Capital | +investor
Warburg Pincus | +investor
Advent International | +investor
CVC Capital Partners | CVC | +investor
EQT | EQT Partners | EQT AB | +investor
Permira | +investor
Cinven | +investor
Apax Partners | Apax | +investor
BC Partners | +investor
Hellman & Friedman | +investor
Thoma Bravo | +investor
Vista Equity Partners | Vista Equity | +investor
Silver Lake | Silver Lake Partners | +investor
General Atlantic | +investor
Clayton Dubilier & Rice | CD&R | +investor
Leonard Green & Partners | Leonard Green | +investor
Brookfield | Brookfield Asset Management | Brookfield Corporation | +investor
Ares Management | +investor
Blue Owl | Blue Owl Capital | +investor
Sixth Street | Sixth Street Partners | +investor
Oaktree | Oaktree Capital | Oaktree Capital Management | +investor
Cerberus Capital Management | +investor
Fortress Investment Group | +investor
Ardian | +investor
Eurazeo | +investor
PAI Partners | +investor
Partners Group | +investor
Intermediate Capital Group | ICG | +investor
3i Group | 3i | +investor
Investor AB | +investor
Kinnevik | +investor
Exor | +investor
Prosus | +investor
Naspers | +investor
Elliott Management | Elliott Investment Management | +investor
Pershing Square | Pershing Square Capital | +investor
Third Point | +investor
Icahn Enterprises | +investor
Trian Partners | Trian | +investor
ValueAct | ValueAct Capital | +investor
Starboard Value | +investor
Bridgewater Associates | Bridgewater | +investor
Citadel | Citadel Securities | +investor
Renaissance Technologies | +investor
Two Sigma | +investor
D.E. Shaw | DE Shaw | D. E. Shaw | +investor
Millennium Management | Millennium Partners | +investor
Point72 | Point72 Asset Management | +investor
Jane Street | +investor
Susquehanna International Group | +investor
Virtu Financial | +investor
Marshall Wace | +investor
Maverick Capital | +investor
Viking Global | Viking Global Investors | +investor
Lone Pine Capital | +investor
D1 Capital Partners | D1 Capital | +investor
Durable Capital | +investor
Altimeter Capital | +investor
Dragoneer | Dragoneer Investment Group | +investor
Light Street Capital | +investor
Glade Brook Capital | +investor
ICONIQ | ICONIQ Capital | ICONIQ Growth | +investor
Alpha Wave Global | Alpha Wave | Falcon Edge | +investor
DST Global | +investor
Ribbit Capital | +investor
QED Investors | +investor
Norges Bank Investment Management | NBIM | Norway Government Pension Fund | +investor
GIC | GIC Private | Government of Singapore Investment Corporation | +investor
Temasek | Temasek Holdings | +investor
Public Investment Fund | PIF | +investor
Abu Dhabi Investment Authority | ADIA | +investor
ADQ | Abu Dhabi Developmental Holding | +investor
MGX | MGX Fund | +investor
Qatar Investment Authority | QIA | +investor
Kuwait Investment Authority | +investor
Khazanah | Khazanah Nasional | +investor
Future Fund | +investor
Oman Investment Authority | +investor
Mumtalakat | Bahrain Mumtalakat | +investor
CPP Investments | Canada Pension Plan Investment Board | CPPIB | +investor
Ontario Teachers' Pension Plan | Ontario Teachers | OTPP | +investor
CDPQ | Caisse de dépôt et placement du Québec | Caisse de depot | +investor
PSP Investments | +investor
OMERS | +investor
CalPERS | +investor
CalSTRS | +investor
APG | APG Asset Management | +investor
Aramco Ventures | +investor
Prosperity7 | Prosperity7 Ventures | +investor
SoftBank Vision Fund | Vision Fund | +investor
Bpifrance | +investor
European Investment Bank | EIB | +investor`;

// Venture capital and corporate venture arms
const VENTURE_CAPITAL = `
Y Combinator | YC | +investor
Founders Fund | +investor
Khosla Ventures | +investor
New Enterprise Associates | NEA | +investor
Bessemer Venture Partners | Bessemer | +investor
Battery Ventures | +investor
IVP | Institutional Venture Partners | +investor
GV | Google Ventures | +investor
CapitalG | +investor
Intel Capital | +investor
Salesforce Ventures | +investor
M12 | Microsoft's M12 | +investor
NVentures | +investor
Samsung Next | +investor
Qualcomm Ventures | +investor
Lux Capital | +investor
Spark Capital | +investor
Union Square Ventures | USV | +investor
First Round Capital | +investor
Felicis | Felicis Ventures | +investor
Redpoint | Redpoint Ventures | +investor
Menlo Ventures | +investor
Mayfield Fund | +investor
Sutter Hill Ventures | +investor
Norwest Venture Partners | Norwest | +investor
CRV | Charles River Ventures | +investor
Foundry Group | +investor
True Ventures | +investor
Madrona | Madrona Venture Group | +investor
FirstMark | FirstMark Capital | +investor
Bain Capital Ventures | +investor
Emergence Capital | +investor
SignalFire | +investor
Amplify Partners | +investor
Radical Ventures | +investor
NFX | +investor
8VC | +investor
Initialized Capital | +investor
Lerer Hippeau | +investor
SV Angel | +investor
500 Global | 500 Startups | +investor
Techstars | +investor
Plug and Play | Plug and Play Tech Center | +investor
Tribe Capital | +investor
Obvious Ventures | +investor
Matrix Partners | +investor
Atomico | +investor
Balderton Capital | Balderton | +investor
Northzone | +investor
Creandum | +investor
Point Nine | Point Nine Capital | +investor
Earlybird | Earlybird Venture Capital | +investor
HV Capital | +investor
Cherry Ventures | +investor
Speedinvest | +investor
LocalGlobe | +investor
Seedcamp | +investor
Hoxton Ventures | +investor
Partech | Partech Partners | +investor
Eight Roads | Eight Roads Ventures | +investor
Octopus Ventures | +investor
Vertex Ventures | +investor
East Ventures | +investor
Global Founders Capital | +investor
Rocket Internet | +investor
Kaszek | +investor
Monashees | +investor
TLcom Capital | +investor`;

// European banks, insurers, brokers (and historic names)
const EUROPE_FINANCE = `
Barclays | +giant
Lloyds Banking Group | Lloyds | Lloyds Bank | Lloyds TSB
NatWest | NatWest Group | Royal Bank of Scotland | RBS
Santander | Banco Santander | +giant
BBVA | Banco Bilbao Vizcaya Argentaria
CaixaBank
Banco Sabadell
Bankinter
Bankia
BNP Paribas | +giant
Société Générale | Societe Generale | SocGen
Crédit Agricole | Credit Agricole
Natixis
Deutsche Bank | +giant
Commerzbank
DZ Bank
Dresdner Bank | Dresdner Kleinwort
UBS | UBS Group | UBS Warburg | +giant
Credit Suisse | Credit Suisse Group
Julius Baer
ING | ING Groep | ING Group
ABN Amro | ABN AMRO
Rabobank
UniCredit
Intesa Sanpaolo | Intesa
Mediobanca
Banco BPM
Monte dei Paschi | Monte dei Paschi di Siena
Nordea
Danske Bank
SEB | Skandinaviska Enskilda Banken
Handelsbanken
Swedbank
DNB | DNB Bank
KBC | KBC Group
Erste Group | Erste Bank
Raiffeisen Bank International | Raiffeisen
PKO Bank Polski | PKO BP
Dexia
Northern Rock
HBOS | Halifax Bank of Scotland
Bradford & Bingley
Anglo Irish Bank
Bank of Ireland
AIB | Allied Irish Banks
Kaupthing
Landsbanki
Wirecard
Greensill | Greensill Capital
Archegos | Archegos Capital
Rothschild & Co | N M Rothschild | Rothschild & Co.
S.G. Warburg | SG Warburg | Warburg Dillon Read
Cazenove
Kleinwort Benson
Peel Hunt
Numis
Berenberg
Allianz | +giant
AXA | +giant
Generali | Assicurazioni Generali
Munich Re | Münchener Rück | Munich Reinsurance
Swiss Re
Hannover Re
Zurich Insurance | Zurich Insurance Group
Aviva
Aegon
NN Group
Mapfre
Sampo
Lloyd's of London | Lloyd's
Admiral Group
Phoenix Group`;

// Europe: industry, consumer, technology, telecoms
const EUROPE_COMPANIES = `
SAP | SAP SE | +giant
Siemens | Siemens AG | +giant
Siemens Energy
Siemens Gamesa
Siemens Healthineers
Deutsche Telekom | +giant
Deutsche Post | DHL | DHL Group | Deutsche Post DHL | +giant
Lufthansa | Deutsche Lufthansa | Lufthansa Group
BASF | +giant
Bayer | +giant
Merck KGaA
Henkel
Beiersdorf
Adidas | +giant
Puma SE
Volkswagen | VW | Volkswagen Group | Volkswagen AG | +giant
BMW | BMW Group | Bayerische Motoren Werke | +giant
Mercedes-Benz | Mercedes-Benz Group | Mercedes | Daimler | Daimler AG | DaimlerChrysler | +giant
Daimler Truck
Porsche | Porsche AG | Porsche SE
Audi
Continental AG
ZF Friedrichshafen | ZF
Robert Bosch | Bosch | +giant
Vonovia
RWE
E.ON
Uniper
EnBW
Airbus | +giant
Rheinmetall
Hensoldt
Fresenius
Heidelberg Materials | HeidelbergCement
ThyssenKrupp | Thyssenkrupp
TUI
Axel Springer
Bertelsmann
ProSiebenSat.1 | ProSieben
Quantum Systems
LVMH | LVMH Moët Hennessy Louis Vuitton | Moët Hennessy | Louis Vuitton | +giant
Hermès | Hermes International | Hermès International | +giant
Kering
Gucci
Chanel
Christian Dior | Dior
L'Oréal | L'Oreal | LOreal | +giant
TotalEnergies | Total SA | TotalEnergies SE | +giant
Sanofi | +giant
Schneider Electric
Air Liquide
Vinci | Vinci SA
Safran
Thales
Dassault Aviation
Dassault Systèmes | Dassault Systemes
Capgemini
Atos
Publicis | Publicis Groupe
Havas
Vivendi
Canal+ | Canal Plus
Renault | Renault Group | Groupe Renault
Stellantis | Fiat Chrysler | PSA Group | Groupe PSA | +giant
Peugeot
Citroën | Citroen
Fiat
Chrysler
Michelin
Valeo
Forvia | Faurecia
Danone
Pernod Ricard
Carrefour
Auchan
Engie
EDF | Électricité de France | Electricite de France
Veolia
Saint-Gobain
Bouygues
Alstom
Accor
EssilorLuxottica | Essilor | Luxottica
Iliad | Free Mobile
Orange SA | France Télécom | France Telecom
OVHcloud | OVH | +compute
Scaleway | +compute
Air France-KLM | Air France KLM
Air France
KLM | KLM Royal Dutch Airlines
Unilever | +giant
Shell | Royal Dutch Shell | Shell plc | +giant
BP | British Petroleum | BP plc | +giant
AstraZeneca | +giant
GSK | GlaxoSmithKline | +giant
Haleon
Reckitt | Reckitt Benckiser
Diageo
British American Tobacco
Imperial Brands | Imperial Tobacco
Philip Morris International | Philip Morris
Altria
Rio Tinto | +giant
Anglo American
Glencore | +giant
BHP | BHP Billiton | BHP Group | +giant
Antofagasta plc
Vodafone | Vodafone Group | +giant
BT Group | BT | British Telecom | British Telecommunications
Virgin Media O2 | Virgin Media
Virgin Group
Virgin Atlantic
Tesco | +giant
Sainsbury's | Sainsbury | J Sainsbury | J Sainsbury plc
Asda
Morrisons | Wm Morrison
Marks & Spencer | M&S | Marks and Spencer
Ocado
JD Sports | JD Sports Fashion
Burberry
Associated British Foods | ABF
Primark
Kingfisher plc
Rolls-Royce | Rolls-Royce Holdings
BAE Systems | BAE
National Grid
SSE | SSE plc
Centrica | British Gas
Octopus Energy
Ovo Energy
Thames Water
Severn Trent
RELX | Reed Elsevier | Elsevier
Pearson plc
Compass Group
Sodexo
InterContinental Hotels Group | IHG
Whitbread
Rentokil | Rentokil Initial
Ashtead Group
Ferguson plc
WPP
Sage Group
Darktrace
Rightmove
Auto Trader | Auto Trader Group
Barratt Developments | Barratt Redrow
Taylor Wimpey
Persimmon plc
Berkeley Group
Land Securities | Landsec
British Land
Royal Mail | International Distribution Services
Network Rail
easyJet
Ryanair | Ryanair Holdings
Wizz Air
International Airlines Group | IAG
British Airways
Iberia
Aer Lingus
Nestlé | Nestle | Nestlé SA | +giant
Roche | Roche Holding | Hoffmann-La Roche | +giant
Novartis | +giant
ABB
Richemont | Compagnie Financière Richemont
Swatch | Swatch Group
Lonza
Sika
Holcim | LafargeHolcim
Givaudan
Alcon
Sonova
Straumann
Kuehne+Nagel | Kuehne + Nagel | Kühne + Nagel
Swisscom
Swiss International Air Lines | Swiss Air Lines
Swissair
Heineken
AB InBev | Anheuser-Busch InBev | Anheuser-Busch | Budweiser | +giant
Carlsberg
Ahold Delhaize | Ahold | Royal Ahold
Wolters Kluwer
Akzo Nobel | AkzoNobel
DSM-Firmenich | DSM | Royal DSM
KPN | Royal KPN
Randstad
Solvay
Umicore
UCB
Proximus
Inditex | Industria de Diseño Textil | +giant
Telefónica | Telefonica
Iberdrola | +giant
Repsol
Naturgy
Endesa
Ferrovial
ACS | ACS Group | Grupo ACS
Amadeus IT Group | Amadeus IT
Aena
Cellnex
Grifols
Enel | +giant
Eni | +giant
Ferrari | Ferrari NV
Pirelli
Prada
Moncler
Bulgari | Bvlgari
Telecom Italia
Poste Italiane
Campari | Campari Group
Fincantieri
Snam
Terna
Saipem
Ferrero
Barilla
ITA Airways | Alitalia
Novo Nordisk | +giant
Maersk | A.P. Moller-Maersk | AP Moller-Maersk | Moller-Maersk
Vestas | Vestas Wind Systems
Ørsted | Orsted | DONG Energy
DSV
Genmab
Coloplast
Novonesis | Novozymes
Lego | Lego Group
Pandora A/S
Equinor | Statoil
Telenor
Norsk Hydro
Yara International
Aker BP
Kongsberg | Kongsberg Gruppen
Norwegian Air | Norwegian Air Shuttle
Scandinavian Airlines | SAS Group
Finnair
Volvo | AB Volvo | Volvo Group
Volvo Cars
Polestar
Scania
Traton
H&M | Hennes & Mauritz | H & M
IKEA | Ingka | Ingka Group | Inter IKEA
Atlas Copco
Sandvik
SKF
Epiroc
Hexagon AB
Assa Abloy
Electrolux
Essity
Saab | Saab AB
Northvolt
Telia | Telia Company | TeliaSonera
Kone
UPM | UPM-Kymmene
Stora Enso
Neste
Fortum
Wärtsilä | Wartsila
OMV
Voestalpine | voestalpine
Red Bull
Orlen | PKN Orlen
PZU
Allegro.eu
LPP
InPost
ČEZ | CEZ | CEZ Group
Gazprom | +giant
Gazprom Neft
Rosneft
Lukoil
Novatek
Sberbank | Sber
VTB | VTB Bank
Yandex
Nornickel | Norilsk Nickel
Rusal
Aeroflot
Severstal
Kaspersky Lab
Rosatom
Turkish Airlines | Türk Hava Yolları
Koç Holding | Koc Holding
Sabancı Holding | Sabanci Holding | Sabancı | Sabanci
Türk Telekom | Turk Telekom
Turkcell
Akbank
Garanti BBVA | Garanti Bank
Aselsan
Baykar
Pegasus Airlines`;

// Israel, Middle East, Africa
const MIDDLE_EAST_AND_AFRICA = `
Teva | Teva Pharmaceutical
Check Point | Check Point Software
CyberArk
Monday.com
Fiverr
Elbit Systems | Elbit
Israel Aerospace Industries | IAI
Rafael Advanced Defense Systems
Bank Leumi | Leumi
Bank Hapoalim | Hapoalim
El Al
Playtika
Saudi Aramco | Aramco | +giant
SABIC | Saudi Basic Industries
Al Rajhi Bank
Saudi National Bank
STC | Saudi Telecom | stc Group
Ma'aden | Maaden | Saudi Arabian Mining Company
ACWA Power
Neom | NEOM
Humain | +compute
Saudia | Saudi Arabian Airlines
ADNOC | Abu Dhabi National Oil Company | +giant
G42 | +compute
Core42 | +compute
Etisalat | Emirates Telecommunications
Emirates Integrated Telecommunications
Emirates NBD
First Abu Dhabi Bank
Mashreq Bank
DP World
Emaar | Emaar Properties
Emirates Airline | Emirates Group
Etihad Airways | Etihad
flydubai
Qatar Airways
QatarEnergy | Qatar Petroleum
Ooredoo
Zain Group
Kuwait Finance House | KFH
Sonatrach
OCP Group | OCP
Attijariwafa Bank
Commercial International Bank | CIB Egypt
Orascom | Orascom Construction
EgyptAir
Ethiopian Airlines
Kenya Airways
Royal Air Maroc
MTN | MTN Group
Vodacom
Safaricom
Airtel Africa
Standard Bank | Standard Bank Group | Stanbic
FirstRand | First National Bank | Rand Merchant Bank
Absa | Absa Group | Barclays Africa
Nedbank
Capitec | Capitec Bank
Investec
Old Mutual
Sanlam
Discovery Limited | Discovery Health
Shoprite
Pick n Pay
Woolworths Holdings
Sasol
Eskom
Transnet
South African Airways | SAA
AngloGold Ashanti | AngloGold
Gold Fields
Sibanye-Stillwater | Sibanye
Impala Platinum | Implats
De Beers
Dangote Group | Dangote Cement | Dangote Industries
NNPC | Nigerian National Petroleum Corporation
Access Bank | Access Holdings
Zenith Bank
Guaranty Trust Bank | GTBank | GTCO
Ecobank
United Bank for Africa | UBA
Equity Group | Equity Bank
KCB Group | KCB
Afreximbank | African Export-Import Bank
African Development Bank | AfDB |`;

// Latin America
const LATIN_AMERICA = `
Petrobras | Petróleo Brasileiro | Petroleo Brasileiro | +giant
Vale | Vale SA
Itaú Unibanco | Itau Unibanco | Itaú | Itau
Bradesco | Banco Bradesco
Banco do Brasil
BTG Pactual
XP Inc. | XP Investimentos
Ambev
JBS
Marfrig
BRF
Embraer
Natura | Natura &Co | Natura & Co
Magazine Luiza | Magalu
Americanas
StoneCo
PagSeguro | PagBank
Gerdau
Suzano
WEG
Eletrobras
LATAM Airlines
Azul | Azul Linhas Aéreas
Gol | Gol Linhas Aéreas
América Móvil | America Movil | Telcel | Claro
Grupo México | Grupo Mexico
Cemex
FEMSA | Fomento Económico Mexicano | Oxxo
Walmex | Walmart de México | Walmart de Mexico
Grupo Bimbo
Banorte | Grupo Financiero Banorte
Televisa | Grupo Televisa | TelevisaUnivision
Pemex | Petróleos Mexicanos | Petroleos Mexicanos | +giant
CFE | Comisión Federal de Electricidad
Aeroméxico | Aeromexico
Volaris
MercadoLibre | Mercado Libre | Mercado Pago | +giant
YPF
Despegar
Falabella
Cencosud
Codelco
SQM | Sociedad Química y Minera
Avianca
Ecopetrol
Bancolombia
Copa Airlines | Copa Holdings
Credicorp
PDVSA | Petróleos de Venezuela`;

// Canada, Australia, New Zealand
const CANADA_AND_AUSTRALIA = `
Enbridge
Suncor | Suncor Energy
Canadian Natural Resources | CNRL
Cenovus
TC Energy | TransCanada
Canadian National Railway | CN Rail
Canadian Pacific Kansas City | CPKC | Canadian Pacific
BCE | BCE Inc.
Bell Canada
Rogers Communications
Telus
Nutrien
Barrick Gold | Barrick | Barrick Mining
Teck Resources | Teck
Cameco
Magna International
Bombardier
CAE | CAE Inc.
Air Canada
WestJet
Thomson Reuters
Loblaw | Loblaw Companies
Alimentation Couche-Tard | Couche-Tard | Circle K
OpenText | Open Text
Constellation Software
Lululemon | Lululemon Athletica
Tim Hortons
Restaurant Brands International | Burger King
Hydro-Québec | Hydro-Quebec
Commonwealth Bank | Commonwealth Bank of Australia | CBA | CommBank
Westpac
ANZ | ANZ Group | Australia and New Zealand Banking Group
National Australia Bank
CSL | CSL Limited
Woolworths Group | Woolworths
Coles | Coles Group
Wesfarmers
Telstra
Optus
Fortescue | Fortescue Metals
Woodside Energy | Woodside Petroleum
Santos Ltd
Qantas
Virgin Australia
Transurban
Goodman Group
Xero
Air New Zealand
Fonterra
AirTrunk | +compute
NextDC | NEXTDC | +compute
CDC Data Centres | +compute`;

// Southeast Asia
const SOUTHEAST_ASIA = `
DBS | DBS Bank | DBS Group
OCBC | OCBC Bank | Oversea-Chinese Banking Corporation
UOB | United Overseas Bank
Singtel | Singapore Telecommunications
Singapore Airlines
CapitaLand
Wilmar | Wilmar International
Keppel
Sembcorp
ST Engineering
Olam | Olam International
Bank Central Asia | BCA
Bank Rakyat Indonesia | BRI
Bank Mandiri
Telkom Indonesia
Astra International
Pertamina
Garuda Indonesia
Petronas | +giant
Maybank | Malayan Banking
CIMB | CIMB Group
Public Bank
Axiata
Genting | Genting Group
AirAsia | Capital A
Malaysia Airlines
Tenaga Nasional | TNB
PTT | PTT Public Company
Charoen Pokphand | CP Group
Siam Cement | SCG
Kasikornbank | KBank
Bangkok Bank
Thai Airways
Vingroup
VinFast
Vietcombank
Viettel
FPT | FPT Corporation
Vietnam Airlines
VietJet | Vietjet Air
Ayala Corporation
SM Investments
Jollibee | Jollibee Foods
PLDT
Globe Telecom
San Miguel Corporation
BDO Unibank
Philippine Airlines`;

// US industry, energy, health, consumer, retail, media companies
const US_COMPANIES = `
Walmart | Wal-Mart | Walmart Inc. | +giant
Costco | Costco Wholesale | +giant
Target | Target Corp. | +giant
Kroger | +giant
Home Depot | +giant
Lowe's | Lowe's Companies | +giant
Best Buy
Walgreens | Walgreens Boots Alliance | Walgreen | +giant
CVS Health | CVS | CVS Pharmacy | +giant
Albertsons
Dollar General
Dollar Tree
TJX | TJX Companies | TJ Maxx
Ross Stores
Macy's | Macy's Inc.
Nordstrom
Kohl's
Gap Inc.
Ulta Beauty | Ulta
Sephora
Aldi
Lidl | Schwarz Group
Sears | Sears Holdings
Kmart
JCPenney | J.C. Penney | JC Penney
Bed Bath & Beyond
Toys R Us | Toys "R" Us
Publix
Whole Foods | Whole Foods Market
Trader Joe's
Nike | +giant
Under Armour
VF Corp. | VF Corporation
Tapestry Inc.
Ralph Lauren
Estée Lauder | Estee Lauder | Estée Lauder Companies
Starbucks | +giant
McDonald's | McDonald | McDonalds | McDonald's Corp. | +giant
Yum Brands | Yum! Brands | KFC | Pizza Hut | Taco Bell
Chipotle | Chipotle Mexican Grill
Domino's | Domino's Pizza
Wendy's
Coca-Cola | Coca-Cola Co. | +giant
PepsiCo | Pepsi | +giant
Procter & Gamble | P&G | Procter and Gamble | +giant
Johnson & Johnson | J&J | +giant
Colgate-Palmolive | Colgate
Kimberly-Clark
Mondelez | Mondelez International | Kraft Foods
Kraft Heinz
General Mills
Kellanova | Kellogg's | Kellogg Company
Hershey | Hershey Co.
Mars Inc. | Mars Incorporated | Mars Wrigley
Cargill
Archer-Daniels-Midland | ADM | Archer Daniels Midland
Bunge
Tyson Foods
Constellation Brands
Keurig Dr Pepper
Monster Beverage
Clorox
Church & Dwight
ExxonMobil | Exxon Mobil | Exxon | Mobil | +giant
Chevron | Chevron Corp. | +giant
ConocoPhillips | +giant
Occidental Petroleum
Marathon Petroleum
Valero | Valero Energy
Phillips 66
EOG Resources
Devon Energy
Pioneer Natural Resources
Hess Corp.
SLB | Schlumberger
Halliburton
Baker Hughes
Kinder Morgan
Williams Companies
Cheniere | Cheniere Energy
Enron
NextEra Energy | NextEra | +giant
Duke Energy
Southern Company | Southern Co.
Dominion Energy
Exelon
Constellation Energy
Vistra | Vistra Corp.
Talen Energy
American Electric Power | AEP
Entergy
PG&E | Pacific Gas and Electric
Edison International | Southern California Edison
Xcel Energy
Sempra
Tennessee Valley Authority | TVA
First Solar
Enphase | Enphase Energy
SolarEdge
Sunrun
Oklo
NuScale | NuScale Power
TerraPower
Commonwealth Fusion Systems
Helion | Helion Energy
X-energy
Kairos Power
Westinghouse | Westinghouse Electric
Orano
Freeport-McMoRan
Newmont
Nucor
U.S. Steel | US Steel | United States Steel
Cleveland-Cliffs
Alcoa
Albemarle
Dow Inc. | Dow Chemical
DuPont
Linde
LyondellBasell
Air Products
Sherwin-Williams
PPG Industries | PPG
ArcelorMittal | +giant
Boeing | +giant
Lockheed Martin | Lockheed | +giant
RTX | Raytheon | Raytheon Technologies | Pratt & Whitney | +giant
Northrop Grumman | Northrop
General Dynamics
L3Harris | L3Harris Technologies
Huntington Ingalls
Textron
TransDigm
General Electric | GE | +giant
GE Aerospace
GE Vernova
GE HealthCare | GE Healthcare
Honeywell | +giant
3M
Caterpillar | +giant
Deere & Company | Deere | John Deere | Deere & Co.
Emerson Electric
Eaton Corp. | Eaton Corporation
Parker Hannifin
Illinois Tool Works
Cummins Inc.
PACCAR
Otis Worldwide | Otis Elevator
Carrier Global
Trane Technologies | Trane
Johnson Controls
Vertiv
Schneider National
Rockwell Automation
Union Pacific
CSX
Norfolk Southern
BNSF | BNSF Railway | Burlington Northern Santa Fe
UPS | United Parcel Service | +giant
FedEx | +giant
XPO | XPO Logistics
C.H. Robinson | CH Robinson
Flexport
Hapag-Lloyd
MSC | Mediterranean Shipping Company
CMA CGM
Ford | Ford Motor | Ford Motor Company | Ford Motor Co. | +giant
General Motors | GM | +giant
Rivian
Lucid Motors | Lucid Group
Jaguar Land Rover | JLR
Lamborghini
Bentley Motors
Aston Martin
Harley-Davidson
Aptiv
Delta Air Lines | Delta Airlines
United Airlines | United Continental
American Airlines | American Airlines Group
Southwest Airlines
JetBlue | JetBlue Airways
Alaska Airlines | Alaska Air Group
Spirit Airlines
Frontier Airlines
Hawaiian Airlines
Continental Airlines
Northwest Airlines
Pan Am | Pan American World Airways
Trans World Airlines | TWA
UnitedHealth | UnitedHealth Group | Optum | +giant
Elevance Health | Elevance | Anthem Inc.
Cigna | Cigna Group
Humana
Centene
Aetna
HCA Healthcare | HCA
Kaiser Permanente
McKesson | +giant
Cencora | AmerisourceBergen
Cardinal Health
Pfizer | +giant
Merck | Merck & Co. | MSD | +giant
AbbVie | +giant
Eli Lilly | Eli Lilly and Company | +giant
Bristol Myers Squibb | Bristol-Myers Squibb | BMS
Amgen
Gilead | Gilead Sciences
Moderna
BioNTech
Regeneron
Vertex Pharmaceuticals
Biogen
Illumina
Zoetis
Medtronic
Abbott Laboratories | +giant
Thermo Fisher | Thermo Fisher Scientific | +giant
Danaher
Stryker
Boston Scientific
Becton Dickinson
Intuitive Surgical
Edwards Lifesciences
Zimmer Biomet
Baxter International
Novavax
BeiGene | BeOne Medicines
WuXi AppTec
WuXi Biologics
Jiangsu Hengrui | Hengrui Medicine
Boehringer Ingelheim
Ipsen
Servier
Lundbeck
Fresenius Medical Care
Walt Disney | Disney | The Walt Disney Company | Walt Disney Co. | +giant
Comcast | NBCUniversal | +giant
Warner Bros. Discovery | Warner Bros Discovery | Warner Bros | WarnerMedia
Paramount | Paramount Global | ViacomCBS | Paramount Skydance
Fox Corporation | Fox Corp. | Fox Corp
News Corp | News Corporation | News Corp.
Time Warner
Sony Pictures
Universal Music Group | Universal Music | UMG
Warner Music Group | Warner Music
Live Nation | Live Nation Entertainment | Ticketmaster
Charter Communications
AT&T | +giant
Verizon | Verizon Communications | +giant
T-Mobile | T-Mobile US | +giant
Sprint Corp. | Sprint Nextel
Lumen Technologies | CenturyLink
Frontier Communications
EchoStar | Dish Network
SiriusXM | Sirius XM
Iridium Communications
Viasat
SES | SES SA
Eutelsat | OneWeb
MCI | MCI WorldCom
WorldCom
Lucent Technologies
Nortel | Nortel Networks
Compaq
Sun Microsystems
Digital Equipment | Digital Equipment Corporation
Global Crossing
Tyco | Tyco International
Marriott | Marriott International
Hilton Worldwide | Hilton Hotels
Hyatt | Hyatt Hotels
Wyndham | Wyndham Hotels
Carnival Corp. | Carnival Corporation
Royal Caribbean | Royal Caribbean Group
Norwegian Cruise Line
Las Vegas Sands
MGM Resorts | MGM Resorts International
Wynn Resorts
Caesars Entertainment | Caesars
Hertz
Avis Budget | Avis
Waste Management
Republic Services
American Tower
Crown Castle
Prologis
Simon Property Group
CBRE | CBRE Group
JLL | Jones Lang LaSalle
Cushman & Wakefield
Zillow
Redfin
Compass Inc.
Opendoor
Iron Mountain`;

// Professional services
const PROFESSIONAL_SERVICES = `
McKinsey | McKinsey & Company | McKinsey & Co. | McKinsey & Co
Boston Consulting Group | BCG
Bain & Company | Bain & Co. | Bain & Co
Deloitte
PwC | PricewaterhouseCoopers | Price Waterhouse
EY | Ernst & Young
KPMG
Arthur Andersen
Grant Thornton
BDO | BDO International
Oliver Wyman
Roland Berger
A.T. Kearney | AT Kearney
Booz Allen Hamilton | Booz Allen
Korn Ferry
Skadden | Skadden Arps
Kirkland & Ellis
Latham & Watkins
Baker McKenzie
Clifford Chance
Linklaters
Freshfields | Freshfields Bruckhaus Deringer
Allen & Overy | A&O Shearman
Wachtell Lipton | Wachtell, Lipton, Rosen & Katz
Sullivan & Cromwell
Cravath | Cravath, Swaine & Moore
Slaughter and May | Slaughter & May
Herbert Smith Freehills | Herbert Smith | HSF | Herbert Smith Freehills Kramer
Hogan Lovells
DLA Piper
Norton Rose Fulbright | Norton Rose
White & Case
Travers Smith
Macfarlanes
Eversheds Sutherland | Eversheds
Pinsent Masons
Addleshaw Goddard
Simmons & Simmons
Bird & Bird
Taylor Wessing
Mishcon de Reya
Trowers & Hamlins
Bryan Cave Leighton Paisner | BCLP
Osborne Clarke
Burges Salmon
Stephenson Harwood
Sidley Austin
Paul Weiss
Greenberg Traurig
Proskauer Rose | Proskauer
Quinn Emanuel
Jones Day
Mayer Brown
Ropes & Gray
Goodwin Procter
Debevoise & Plimpton | Debevoise
Paul Hastings
Reed Smith
Morgan Lewis | Morgan Lewis & Bockius
Davis Polk | Davis Polk & Wardwell
Simpson Thacher & Bartlett | Simpson Thacher
Weil Gotshal & Manges | Weil Gotshal | Weil, Gotshal & Manges
Cleary Gottlieb | Cleary Gottlieb Steen & Hamilton
Shearman & Sterling
Akin Gump | Akin Gump Strauss Hauer & Feld
Gibson Dunn | Gibson, Dunn & Crutcher | Gibson Dunn & Crutcher
Fried Frank | Fried, Frank, Harris, Shriver & Jacobson
Willkie Farr | Willkie Farr & Gallagher
Wilson Sonsini | Wilson Sonsini Goodrich & Rosati
Morrison Foerster | Morrison & Foerster | MoFo
Covington & Burling
WilmerHale | Wilmer Cutler Pickering Hale and Dorr
Vinson & Elkins
McDermott Will & Emery | McDermott Will & Schulte
Winston & Strawn
Holland & Knight
King & Spalding
Arnold & Porter
Baker Botts
Dechert
Dentons
Stroock & Stroock & Lavan | Stroock
Kramer Levin | Kramer Levin Naftalis & Frankel
Akerman
Polsinelli
Fenwick & West
Adecco
ManpowerGroup`;

// Clouds, GPU clouds, data centres (sellers of compute)
const COMPUTE_SELLERS = `
Nscale | +compute
Fluidstack | +compute
Vultr | +compute
RunPod | +compute
DigitalOcean | Paperspace | +compute
Rackspace | Rackspace Technology | +compute
Hetzner | +compute
IONOS | +compute
Voltage Park | +compute
TensorWave | +compute
Northern Data | Northern Data Group | Taiga Cloud | +compute
Genesis Cloud | +compute
Denvr Dataworks | Denvr | +compute
Hyperbolic Labs | +compute
SF Compute | San Francisco Compute Company | +compute
Vast.ai | +compute
Firmus | +compute
Yotta | Yotta Data Services | +compute
E2E Networks | +compute
Applied Digital | +compute
IREN | Iris Energy | +compute
Core Scientific | +compute
TeraWulf | +compute
Cipher Mining | +compute
Hut 8 | +compute
Galaxy Digital | +compute
Lancium | +compute
QTS | QTS Data Centers | QTS Realty | +compute
Vantage Data Centers | +compute
Stack Infrastructure | +compute
Aligned Data Centers | +compute
CyrusOne | +compute
Switch Inc. | +compute
EdgeConneX | +compute
DataBank | +compute
Flexential | +compute
Compass Datacenters | +compute
Prime Data Centers | +compute
Related Digital | +compute
Yondr | +compute
Global Switch | +compute
Princeton Digital Group | +compute
ST Telemedia Global Data Centres | STT GDC | +compute
GDS Holdings | GDS | +compute
Chindata | +compute
VNET | VNET Group | 21Vianet | +compute
Colt DCS | Colt Data Centre Services | +compute
Ark Data Centres | +compute
Kao Data | +compute
Pure DC | +compute
Sify Technologies | Sify | +compute`;

// News organisations, agencies and publishers (attribution sources)
const MEDIA = `
Agence France-Presse | AFP | Agence France Presse | +media
dpa | Deutsche Presse-Agentur | DPA | +media
Xinhua | Xinhua News Agency | +media
Kyodo | Kyodo News | +media
Yonhap | Yonhap News Agency | +media
ANSA | +media
EFE | Agencia EFE | +media
Press Trust of India | PTI | +media
Asian News International | +media
IANS | Indo-Asian News Service | +media
TASS | +media
RIA Novosti | +media
Interfax | +media
Anadolu Agency | Anadolu | +media
Dow Jones | Dow Jones Newswires | Dow Jones & Company | +media
BBC | BBC News | British Broadcasting Corporation | +media
CNN | CNN Business | +media
Fox News | +media
Fox Business | +media
MSNBC | +media
NBC News | NBC | +media
ABC News | +media
CBS News | CBS | +media
NPR | National Public Radio | +media
PBS | +media
Sky News | +media
ITV News | +media
Channel 4 News | +media
Al Jazeera | +media
Al Arabiya | +media
Deutsche Welle | +media
France 24 | +media
Euronews | +media
Nikkei | Nikkei Asia | Nikkei Asian Review | Nihon Keizai Shimbun | +media
Yomiuri Shimbun | Yomiuri | +media
Asahi Shimbun | +media
Mainichi Shimbun | Mainichi | +media
The Japan Times | Japan Times | +media
NHK | +media
South China Morning Post | SCMP | +media
Caixin | Caixin Global | +media
China Daily | +media
Global Times | +media
China Central Television | CGTN | +media
People's Daily | +media
The Straits Times | Straits Times | +media
The Business Times | +media
The Economic Times | Economic Times | +media
The Times of India | Times of India | +media
Hindustan Times | +media
Livemint | +media
Business Standard | +media
The Hindu | The Hindu BusinessLine | BusinessLine | +media
Moneycontrol | +media
NDTV | +media
YourStory | +media
Inc42 | +media
Entrackr | +media
The Ken | +media
The Economist | +media
The Guardian | +media
The Times | The Sunday Times | Sunday Times | +media
The Telegraph | Daily Telegraph | The Daily Telegraph | Sunday Telegraph | +media
The Independent | +media
Daily Mail | Mail on Sunday | MailOnline | +media
Evening Standard | London Evening Standard | +media
City A.M. | City AM | +media
The Observer | +media
The Mirror | Daily Mirror | +media
The Sun | +media
The Scotsman | +media
Politico | POLITICO | +media
Semafor | +media
The Atlantic | +media
The New Yorker | New Yorker | +media
Vox Media | +media
Vanity Fair | +media
Ars Technica | +media
Engadget | +media
VentureBeat | +media
The Washington Post | Washington Post | +media
Los Angeles Times | LA Times | L.A. Times | +media
USA Today | +media
Chicago Tribune | +media
The Boston Globe | Boston Globe | +media
San Francisco Chronicle | +media
The Seattle Times | Seattle Times | +media
New York Post | +media
Barron's | Barrons | +media
MarketWatch | +media
Investor's Business Daily | Investors Business Daily | +media
Yahoo Finance | +media
Seeking Alpha | +media
The Motley Fool | Motley Fool | +media
TheStreet | +media
Crain's | Crain's New York Business | Crain's Chicago Business | +media
Fast Company | +media
Harvard Business Review | +media
Newsweek | +media
Time magazine | +media
The Hill | +media
Handelsblatt | +media
Der Spiegel | Spiegel | +media
Frankfurter Allgemeine Zeitung | Frankfurter Allgemeine | FAZ | +media
Süddeutsche Zeitung | Sueddeutsche Zeitung | +media
Die Welt | +media
Die Zeit | +media
Bild | Bild Zeitung | +media
Börsen-Zeitung | Boersen-Zeitung | +media
Le Monde | +media
Le Figaro | +media
Les Echos | +media
Libération | +media
La Tribune | +media
BFM | BFM TV | BFM Business | +media
El País | El Pais | +media
El Mundo | +media
Expansión | +media
Cinco Días | Cinco Dias | +media
Corriere della Sera | +media
La Repubblica | +media
Il Sole 24 Ore | +media
NRC | NRC Handelsblad | +media
De Telegraaf | +media
Het Financieele Dagblad | +media
Dagens Industri | +media
Dagens Nyheter | +media
Neue Zürcher Zeitung | Neue Zuercher Zeitung | NZZ | +media
The Globe and Mail | Globe and Mail | +media
Toronto Star | +media
Financial Post | +media
National Post | +media
CBC | CBC News | Canadian Broadcasting Corporation | +media
The Sydney Morning Herald | Sydney Morning Herald | +media
Australian Financial Review | AFR | The Australian Financial Review | +media
The Australian | +media
ABC Australia | Australian Broadcasting Corporation | +media
Haaretz | +media
The Times of Israel | Times of Israel | +media
The Jerusalem Post | Jerusalem Post | +media
Calcalist | CTech | +media
Gulf News | +media
The National | +media
Arab News | +media
Khaleej Times | +media
The Korea Herald | Korea Herald | +media
Korea JoongAng Daily | JoongAng Ilbo | +media
The Chosun Ilbo | Chosun Ilbo | +media
Maeil Business Newspaper | Maeil Business | +media
Valor Econômico | Valor Economico | +media
Folha de S.Paulo | Folha | +media
O Globo | +media
El Financiero | +media
Clarín | Clarin | +media
TechNode | +media
36Kr | +media
Rest of World | +media
The Register | +media
ZDNet | ZDNET | +media
CNET | +media
PCMag | PC Magazine | +media
Tom's Hardware | +media
AnandTech | +media
The Next Web | TNW | +media
Tech.eu | +media
EU-Startups | +media
SiliconANGLE | +media
Data Center Dynamics | DatacenterDynamics | +media
SemiAnalysis | +media
Crunchbase | Crunchbase News | +media
PitchBook | +media
CB Insights | +media
Dealroom | Dealroom.co | +media
Preqin | +media
Mergermarket | +media
Dealogic | +media
LSEG Data & Analytics | +media
Bloomberg Intelligence | +media
Bloomberg Businessweek | Businessweek | BusinessWeek | +media
PYMNTS | +media
Fierce Biotech | +media
STAT News | +media
Endpoints News | +media
Automotive News | +media
Electrek | +media
CoinDesk | +media
The Block | +media
Cointelegraph | +media
Deadline Hollywood | +media
The Hollywood Reporter | Hollywood Reporter | +media
Business Wire | +media
PR Newswire | +media
GlobeNewswire | +media`;

// Central banks, regulators and public institutions often named in business news
const PUBLIC_INSTITUTIONS = `
Federal Reserve | Federal Reserve Board | US Federal Reserve
European Central Bank | ECB
Bank of England | BoE
Bank of Japan | BOJ | BoJ
People's Bank of China | PBOC | PBoC
Reserve Bank of India | RBI
Reserve Bank of Australia | RBA
Bank of Canada
Swiss National Bank | SNB
Bundesbank | Deutsche Bundesbank
Securities and Exchange Commission | SEC | U.S. Securities and Exchange Commission
Federal Trade Commission | FTC
Federal Communications Commission | FCC
Food and Drug Administration | FDA
Commodity Futures Trading Commission | CFTC
Federal Deposit Insurance Corporation | FDIC
Consumer Financial Protection Bureau | CFPB
Financial Conduct Authority
Competition and Markets Authority | CMA
European Commission
International Monetary Fund | IMF
World Bank
OPEC | Organization of the Petroleum Exporting Countries
World Trade Organization | WTO
OECD | Organisation for Economic Co-operation and Development
Bank for International Settlements
Asian Development Bank | ADB
European Bank for Reconstruction and Development | EBRD
Securities and Exchange Board of India | SEBI | Sebi
China Securities Regulatory Commission | CSRC`;

/**
 * Well-known organisations of world business news, beyond the AI and tech core that
 * gazetteer.ts lists first: the large caps of the main indexes (S&P 500, FTSE 100, DAX,
 * CAC 40, Nikkei 225, Sensex, KOSPI, Hang Seng…), banks and brokers (with the historic names
 * of news archives), investors, news organisations, compute sellers, airlines, carmakers,
 * telecoms, retailers, energy, pharma and consumer goods. General knowledge, not a list
 * fitted to any article.
 *
 * One organisation a line: its name, then its aliases, then its flags, " | " between them:
 *   Blackstone | Blackstone Group | Blackstone Inc. | +giant
 * (a table in one string costs a few milliseconds at start-up; 2,000 object literals cost
 * four times that to parse).
 *
 * Rules for entries:
 * - The name is the one news uses most; aliases are other full names, short forms and
 *   unambiguous tickers. Matching is case-insensitive, so an alias is never a first name
 *   alone ("Lilly", "Macy"), a family name shared by famous people ("Adani", "Tata",
 *   "Schwab", "Suzuki": "Gautam Adani" must stay a person), an ordinary word ("Delta",
 *   "Reliance", "Square"), a place ("Zurich") or an acronym that spells one ("NAB", "ANA").
 * - Accented names also list their plain spelling ("Nestle"); the gazetteer does not fold.
 * - Names ending in "'s" also list the bare form where it is safe ("McDonald"): the
 *   tokenizer reads "McDonald's" as the possessive of "McDonald".
 * - Flags: +giant for the very large; +investor for banks, brokers, funds and VCs; +media
 *   for news organisations (attribution sources); +compute only for sellers of compute
 *   (clouds, GPU clouds, data centres, accelerator and CPU makers, server makers).
 * test/gazetteer.test.ts checks that no name or alias appears twice and that a lone
 * dictionary word is a name only where listed there.
 */
type Flag = 'giant' | 'media' | 'investor' | 'compute';
const FLAGS = new Set<string>(['giant', 'media', 'investor', 'compute']);

export const WORLD_ORGS: KnownOrg[] = [
  US_TECH,
  CHIPS_AND_HARDWARE,
  AI_AND_STARTUPS,
  GREATER_CHINA,
  JAPAN_AND_KOREA,
  INDIA,
  US_AND_CANADA_FINANCE,
  FUNDS,
  VENTURE_CAPITAL,
  EUROPE_FINANCE,
  EUROPE_COMPANIES,
  MIDDLE_EAST_AND_AFRICA,
  LATIN_AMERICA,
  CANADA_AND_AUSTRALIA,
  SOUTHEAST_ASIA,
  US_COMPANIES,
  PROFESSIONAL_SERVICES,
  COMPUTE_SELLERS,
  MEDIA,
  PUBLIC_INSTITUTIONS,
].flatMap(parseTable);

/** "Name | alias | alias | +flag +flag" lines → KnownOrg entries (a bad flag throws: a typo is not a silent alias). */
export function parseTable(table: string): KnownOrg[] {
  const orgs: KnownOrg[] = [];
  for (const line of table.split('\n')) {
    if (!line) continue;
    const fields = line.split(' | ');
    const org: KnownOrg = { name: fields[0]! };
    let n = fields.length;
    if (n > 1 && fields[n - 1]!.startsWith('+')) {
      for (const flag of fields[--n]!.split(' ')) {
        const name = flag.slice(1);
        if (!flag.startsWith('+') || !FLAGS.has(name)) throw new Error(`gazetteer: unknown flag "${flag}" for ${org.name}`);
        org[name as Flag] = true;
      }
    }
    if (n > 1) org.aliases = fields.slice(1, n);
    orgs.push(org);
  }
  return orgs;
}
