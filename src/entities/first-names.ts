/**
 * Given names common in international news, lower-cased, so that a two-word capitalised
 * name that starts with one ("Gael Monfils", "Sania Mirza", "Jiahui Yu") is read as a
 * person unless the article says otherwise. compromise knows mostly English first names.
 * General knowledge of naming across cultures, not a list fitted to any article.
 *
 * Romanized names are in their common news spellings (Mohammed, Mohamed, Muhammad…);
 * Chinese given names in pinyin (surnames such as Wang or Zhang are not given names and
 * are not here); Korean names with their hyphen and without ("min-jun minjun").
 *
 * Each group is one string, split once at load (single spaces between names). An accented
 * name is followed by its plain spelling ("gaël gael"), so that a look-up only folds its
 * query; test/gazetteer.test.ts checks that every plain and joined form is there.
 */

// English-speaking world: US, UK, Ireland, Canada, Australia
const ENGLISH =
  'aaron abby abigail ada adam addison adele adrian aidan aiden aileen alan alana alastair albert alex alexander ' +
  'alexandra alfie alfred ali alice alicia alison allan allen allison alyssa amanda amelia amy andrea andrew andy ' +
  'angela angelina angus ann anna annabel annabelle anne annette annie anthony antony archie arnold arthur ashley ' +
  'aubrey audrey austen ava avery barbara barney barry bart basil beatrice becky belinda bella ben benedict ' +
  'benjamin benny bernard bernadette bernie beryl beth bethany betsy betty beverley beverly bianca bill billie ' +
  'billy blake bob bobbie bobby bonnie boyd brad bradley brandon brenda brendan brett brian briana bridget britney ' +
  'brooke bruce bryan bryce burt byron caitlin callum calvin cameron camilla candace cara carl carla carly carol ' +
  'carole caroline carrie carter casey cassandra cassidy catherine cathy cecil cecilia charles charlie charlene ' +
  'charlotte chelsey cheryl chester chloe chris christian christie christina christine christopher christy chuck ' +
  'cindy claire clara clarence clark claude claudia clay clayton cliff clifford clint clinton clive cody cole ' +
  'colin colleen collin connie connor conor constance cora corey cory courtney craig curtis cynthia daisy dale ' +
  'damian damon dan dana daniel danielle danny daphne darlene darren darryl daryl dave david dawn dean debbie ' +
  'deborah debra declan dee deirdre delia della denise dennis derek derrick desmond devin diana diane dianne dick ' +
  'dirk dolly dominic don donald donna donovan dora doreen doris dorothy doug douglas drew duane duncan dustin ' +
  'dwayne dwight dylan eddie edgar edith edmund edna edward edwin eileen elaine eleanor eli elijah elizabeth ella ' +
  'ellen ellie elliot elliott eloise elsie emerson emily emma emmett eric erica erik erika erin ernest ernie ' +
  'esther ethan ethel eugene eva evan eve evelyn everett ezra faye felicity felix fiona flora floyd forrest ' +
  'frances francis frank frankie franklin fraser fred freddie freddy frederick freya gabriel gabrielle gail gareth ' +
  'garry gary gavin gemma gene geoff geoffrey george georgina gerald geraldine gerry gilbert gillian gina ginny ' +
  'glen glenda glenn gloria gordon grace graeme graham greg gregory griffin gus gwen gwendolyn hailey hal haley ' +
  'hamish hank hannah harold harper harriet harrison harry harvey hayden hayley hazel heather hector heidi helen ' +
  'helena henry herbert herman hilary hillary holly howard hugh hugo ian ingrid irene iris isaac isabel isabella ' +
  'isabelle isla ivan jack jackie jackson jacob jacqueline jacqui jake james jamie jan jane janet janice janine ' +
  'jared jarrod jason jasper jay jean jeanette jeanne jeb jed jeff jeffery jeffrey jenna jennifer jenny jeremy ' +
  'jerome jerry jess jesse jessica jill jim jimmy jo joan joanna joanne jocelyn jodie jody joe joel joey john ' +
  'johnny jon jonah jonathan jordan joseph josephine josh joshua joyce judith judy julia julian julie juliet ' +
  'justin justine kaitlyn kara karen karl kate katharine katherine kathleen kathryn kathy katie katrina kay kayla ' +
  'keira keith kelly kelsey kelvin ken kendall kenneth kenny kerry kevin kim kimberley kimberly kirk kirsten kris ' +
  'kristen kristin kristina kurt kyle kylie lachlan lacey lana lance larry laura lauren laurence lawrence leah lee ' +
  'leigh len lenny leo leon leonard leroy leslie lesley lester levi lewis liam lillian lily linda lindsay lindsey ' +
  'lionel lisa liz liza lloyd logan lois lonnie loretta lori lorna lorraine lou louie louis louise lucas lucy luke ' +
  'luther lydia lyle lynda lynn lynne mabel mackenzie madeleine madeline maggie malcolm mandy marcia marcus ' +
  'margaret margie margot marian marianne marie marilyn mario marion marjorie mark marlene marsha marshall martha ' +
  'martin marty marvin mary mason matilda matt matthew maureen maurice mavis max maxine maxwell meg megan mel ' +
  'melanie melinda melissa melvin meredith mia micah michael michele michelle mick mickey mike mildred miles ' +
  'millie milton miranda miriam mitch mitchell molly monica morris muriel murray myles myra nadine nancy naomi ' +
  'natalie natasha nate nathan nathaniel ned neil nell nellie nelson nicholas nick nicky nicola nicole nigel nina ' +
  'noah noel nora norma norman oliver olivia ollie oscar owen paige pam pamela parker pat patricia patrick patsy ' +
  'patti patty paul paula pauline peggy penelope penny percy perry pete peter phil philip phillip phoebe phyllis ' +
  'piers piper polly preston priscilla quentin quinn rachael rachel ralph randall randy ray raymond rebecca ' +
  'rebekah reed reg reggie reginald reid renee rex rhonda rhys richard rick ricky riley rita rob robbie robert ' +
  'roberta robin rodney roger roland ron ronald ronnie rory rosalind rosamund rosemary rosie ross rowan roxanne ' +
  'roy rudy rupert russ russell ruth ryan sabrina sadie sally sam samantha sammy samuel sandra sara sarah sasha ' +
  'scarlett scott sean seth shane shannon sharon shaun shawn sheila sheldon shelley sherry sheryl shirley sidney ' +
  'simon sophia sophie spencer stacey stacy stan stanley stella stephanie stephen steve steven stewart stu stuart ' +
  'sue susan susie suzanne sybil sylvia tamara tammy tanya tara taylor ted teddy terence terrence teresa terri ' +
  'terry tess tessa thelma theo theodore theresa thomas tiffany tim timothy tina toby todd tom tommy toni tony ' +
  'tracey tracy travis trent trevor tristan trudy tucker tyler val valerie vanessa vaughn vera vernon veronica ' +
  'vicki vickie vicky victor vince vincent viola vivian wade wallace walter wanda warren wayne wendy wes wesley ' +
  'whitney wilbur wilfred william willie willis wilma winston wyatt xavier yvette yvonne zach zachary zack zane ' +
  'zoe zoey ' +
  // newer US and UK names
  'aaliyah adeline alaina amari aria ariana arianna asher axel beau braxton brayden brody brooklynn caleb cayden ' +
  'colton cooper dallin delilah easton eliana emery emilia everly ezekiel finley gianna grayson harlow hayes jace ' +
  'jaden jaxon jayden kaden kai kaylee kinsley kylian landon layla leighton lila luca madelyn maeve mila nolan ' +
  'oakley paisley quincy reagan remy rylee ryder sawyer silas skylar sloane stevie sutton tatum teagan tenley zara ' +
  'zion ' +
  // Irish, Scottish, Welsh
  'ailsa aisling alasdair angharad aoife bethan bronagh cahal calum caoimhe carys catriona cerys cian ciara ciaran ' +
  'ciarán clodagh colm conall conan cormac dafydd dai dermot diarmuid donal donnacha eamon eamonn emrys enda ' +
  'eoghan eoin euan ewan fergal fergus ffion fintan fionn fionnuala gethin grainne gráinne gregor gwyn huw iain ' +
  'ieuan iwan keir kieran llewelyn mairead máiréad malachy micheál micheal morag murdo niall niamh nia oisin oisín ' +
  'orla orlaith owain padraig pádraig rhian rhodri roisin róisín ronan ruairi saoirse seamus séamus seán shona ' +
  'sian siân sinead sinéad siobhan siobhán tadhg una';

// French, Belgian, Swiss, Quebec
const FRENCH =
  'adrien agathe agnès agnes alain albane alexandre alexis alix amandine ambroise amélie amelie anaïs anais ' +
  'anne-marie annemarie anne-sophie annesophie antoine arnaud aurélie aurelie aurélien aurelien axelle aymeric ' +
  'baptiste bastien benoît benoit bertrand blandine brigitte bruno camille capucine cédric cedric céline celine ' +
  'chantal charles-henri charleshenri chloé christelle christophe clément clement clémence clemence clotilde ' +
  'colette corentin cyril cyrille damien delphine denis didier dominique édouard edouard élie elie élisabeth ' +
  'elisabeth élise elise éloïse émeline emeline émilie emilie emmanuel emmanuelle enzo éric estelle étienne ' +
  'etienne eugénie eugenie fabien fabienne fabrice florent florian franck françois francois françoise francoise ' +
  'frédéric frederic frédérique frederique gaël gael gaëlle gaelle gaëtan gaetan gaspard gautier geneviève ' +
  'genevieve georges gérald gérard gerard gilles grégoire gregoire guillaume guy hadrien hélène helene henri hervé ' +
  'herve hortense hubert inès ines jacques jean-baptiste jeanbaptiste jean-charles jeancharles jean-claude ' +
  'jeanclaude jean-françois jean-francois jeanfrancois jean-louis jeanlouis jean-luc jeanluc jean-marc jeanmarc ' +
  'jean-marie jeanmarie jean-michel jeanmichel jean-noël jean-noel jeannoel jean-paul jeanpaul jean-philippe ' +
  'jeanphilippe jean-pierre jeanpierre jean-yves jeanyves jérémie jeremie jérôme joël joëlle joelle josé jose ' +
  'josiane juliette jules julien karine killian laetitia laure laurent léa lea léon léonie leonie loïc loic luc ' +
  'lucie lucien ludovic manon marc marcel margaux marguerite marie-anne marieanne marie-christine mariechristine ' +
  'marie-claire marieclaire marie-france mariefrance marie-hélène marie-helene mariehelene martine mathias mathieu ' +
  'mathilde mathis matthieu maud maxime mélanie michel micheline mireille monique nathalie noémie noemie océane ' +
  'oceane odile olivier pascal pascale patrice perrine philippe pierre pierre-yves pierreyves raphaël raphael ' +
  'raphaëlle raphaelle régis regis rémi remi renaud rodolphe romain romane roselyne sandrine sébastien sebastien ' +
  'ségolène segolene séverine severine simone solène solene stéphane stephane stéphanie sylvain sylvie théo ' +
  'théophile theophile thibault thibaut thierry timothée timothee valentin valérie véronique veronique vianney ' +
  'victoire virginie yann yannick yves';

// German, Austrian, Swiss German, Dutch, Flemish, Scandinavian, Finnish, Icelandic
const GERMANIC =
  'achim alois andreas anja annalena annegret anneliese armin arne bärbel barbel bastian benedikt bernd berthold ' +
  'birgit björn bjorn boris burkhard carsten christa christiane christoph claus cornelia dagmar detlef dieter ' +
  'dietmar dietrich dorothea eckhard egon elfriede elke elmar emil erich ernst erwin ewald franz franziska ' +
  'friederike friedrich fritz gabriele georg gerd gerhard gerlinde gernot gertrud gisela gottfried gudrun günter ' +
  'gunter günther gunther gustav hannelore hans hans-jürgen hans-jurgen hansjurgen hans-peter hanspeter hansjörg ' +
  'hansjorg harald hartmut hedwig heike heiko heiner heinrich heinz helga helge helmut henning hermann hildegard ' +
  'holger horst hubertus ilse ingeborg inge ingo irmgard jens joachim jochen johann johanna johannes jörg jorg ' +
  'josef jürgen jurgen jutta karin karl-heinz karlheinz katharina katja katrin kerstin klaus konrad lars lothar ' +
  'ludwig lukas lutz manfred margit markus marlies matthias meike michaela monika moritz niklas nils norbert olaf ' +
  'ortwin ottmar otto petra philipp rainer ralf regine reinhard reinhold renate rolf rüdiger rudiger sabine sahra ' +
  'sascha siegfried sigmar sigrid silke stefan stefanie steffen susanne sven swantje tanja thorsten tilman timo ' +
  'tobias torsten udo ulf ulla ulrich ulrike ursula ute uwe veit volker waltraud walther werner wilfried wilhelm ' +
  'winfried wolfgang wolfram ' +
  // Dutch and Flemish
  'anouk arjen bas bram cees daan dirk-jan dirkjan eline femke floris frans geert gerrit gijs hanneke hein hendrik ' +
  'henk jaap jacobus jeroen joost joris kees klaas koen lieke lieven maaike maarten marieke mariska marjolein ' +
  'mathijs niels pieter piet reinier rutger ruud sander sanne sem siebe stijn sjoerd teun thijs tijs tijmen wim ' +
  'willem wopke wouter ' +
  // Danish, Norwegian, Swedish, Icelandic
  'agnete anders ane anneli arvid asbjørn asbjorn åsa asa astrid bengt birgitta bjarne bjørn börje borje britt ' +
  'brynjar dag ebba egil einar eirik eivind elin elsa erling espen frida fredrik freja gro gudmund gunilla gunnar ' +
  'haakon håkan hallgrímur hallgrimur halvor hanne helle henrik ingvar inger jørgen jorgen jørn jorn jonas jostein ' +
  'kari kasper kjell kjetil knut kristian kristoffer lasse leif linnea liv magnus mads malin margrethe marit mette ' +
  'mikkel morten nanna ola ole oskar ove pernille petter ragnar ragnhild randi rasmus sigurd signe sindre siv ' +
  'solveig søren soren stein steinar stig sune svein sverre synnøve synnove terje thor tomas tor torbjørn torbjorn ' +
  'tove trine trond ulrika vegard viggo vilhelm åse ase ' +
  // Finnish
  'aino aleksi antti eero eeva elina esa harri heikki heli ilkka jaakko janne jari jarmo jorma juha juhani jukka ' +
  'jussi jyrki kaisa kalle kimmo kirsi lauri leena liisa maarit markku marja matti mikko minna olli outi päivi ' +
  'paivi pasi pekka pertti petri petteri pirjo raimo riikka riitta risto sakari sami sanna satu sauli seppo sirpa ' +
  'tapio tarja teemu tiina tuomas tuula urho ville';

// Italian, Spanish, Portuguese, Latin American, Filipino
const ROMANCE =
  // Italian
  'alberto alessandra alessandro alessio aldo amedeo angelo annalisa antonella antonio benedetta carlo carlotta ' +
  'carmela caterina cesare chiara claudio corrado cristiano daniela dario davide domenico donatella edoardo ' +
  'elisabetta elly emanuela emanuele enrico ettore fabio fabrizio fausto federica federico filippo flavio ' +
  'francesca francesco franco gabriella giacomo giancarlo gianfranco gianluca gianni giorgia giorgio giovanna ' +
  'giovanni giulia giulio giuseppe giuseppina guido ignazio ilaria lapo letizia loredana lorenzo luciana luciano ' +
  'lucrezia ludovica luigi manuela marcello marco massimo matteo mattia maurizio michela nicoletta niccolò niccolo ' +
  'ornella ottavio paola paolo patrizia piero pietro raffaele raffaella renato renzo riccardo roberto rocco romano ' +
  'rossella salvatore sandro serena sergio silvio simona stefania stefano tiziana tiziano tommaso ugo umberto ' +
  'valentina vincenzo vittoria vittorio ' +
  // Spanish and Latin American
  'adriana agustín agustin alejandra alejandro alfonso alfredo álvaro alvaro amparo ana andrés andres ángela ' +
  'antonia armando arturo beatriz blanca camila carlos carmen catalina cayetana césar cesar concepción concepcion ' +
  'consuelo cristina cristóbal cristobal dolores eduardo elena emiliano emilio enrique esperanza esteban eugenia ' +
  'fabián fabian fernanda fernando francisca gabriela gerardo gonzalo graciela guadalupe guillermo gustavo héctor ' +
  'hernán hernan horacio ignacio inés iván jaime javier jesús jesus jimena joaquín joaquin jorge josefa juan juana ' +
  'julio leticia lorena lucía lucia luis luisa luz manuel marcela marcelo marcos margarita maría maria mariana ' +
  'mariano marisol marta martina matías matias mauricio miguel mónica montserrat nicolás nicolas néstor nestor ' +
  'nuria octavio osvaldo pablo paloma patricio paz pedro pilar rafael ramiro ramón ramon raquel raúl raul rebeca ' +
  'ricardo rocío rocio rodrigo rosa rosario rubén ruben saúl saul santiago sebastián sebastian silvia sofía sofia ' +
  'soledad susana teodoro tomás ulises valeria verónica vicente víctor ximena xóchitl xochitl yolanda ' +
  // Portuguese and Brazilian
  'abílio abilio afonso aline antónio bruna caio catarina cláudio débora debora eliane felipe flávio francisco ' +
  'gilberto gonçalo goncalo guilherme henrique jair joana joão joao júlia juliana larissa leandro leonor letícia ' +
  'lúcia luís luiz márcio marcio margarida marina matheus nuno otávio otavio patrícia priscila renata rogério ' +
  'rogerio rui sérgio simão simao sónia tarcísio tarcisio tatiana thaís thais thiago tiago vinícius ' +
  // Filipino (Spanish and English names above, and these)
  'bongbong imelda leni manny ninoy corazon benigno';

// Slavic, Baltic, Hungarian, Romanian, Greek, Albanian, Balkan
const EASTERN_EUROPEAN =
  // Russian, Ukrainian, Belarusian (romanized, common spellings)
  'aleksandr aleksandra aleksei alexei alexey alina alla alyona anastasia anastasiya anatoly andrei andrey andriy ' +
  'anton arkady arseniy artem artyom bogdan bohdan daria darya dmitri dmitriy dmitry egor ekaterina elvira evgeny ' +
  'evgenia fyodor galina gennady georgy gleb grigory halyna igor ihor ilya inna irina iryna kateryna kirill ' +
  'konstantin kseniya ksenia larisa lev leonid liliya lyudmila lyudmyla maksim maksym mariya maxim mikhail ' +
  'mykhailo mykola nadezhda natalia nataliya natalya nikita nikolai oksana oleg oleh oleksandr oleksandra oleksiy ' +
  'olena olga pavel pavlo petro polina raisa rostislav ruslan semyon sergei sergey sergiy stanislav stepan ' +
  'svetlana svyatoslav taras tatyana timofey timur ulyana vadim valery valeriy vasily vasyl veronika viktor ' +
  'viktoriya vitali vitaliy vitaly vladimir vladislav volodymyr vsevolod vyacheslav yaroslav yegor yekaterina ' +
  'yelena yevgeny yevhen yulia yuliya yuri yuriy yury zakhar zoya alisher rustam ramzan marat rinat ' +
  // Polish
  'agnieszka andrzej bartosz beata bożena bozena danuta dariusz dorota elżbieta elzbieta ewa grażyna grazyna ' +
  'grzegorz halina iwona jacek jadwiga jakub jarosław jaroslaw jerzy justyna kamil karolina katarzyna kazimierz ' +
  'krystyna krzysztof łukasz lukasz maciej magdalena małgorzata malgorzata marcin marek mariusz mateusz michał ' +
  'mirosław miroslaw paweł pawel piotr przemysław przemyslaw radosław radoslaw rafał rafal ryszard sławomir ' +
  'slawomir stanisław stanislaw szymon tadeusz tomasz urszula weronika wiktoria witold władysław wladyslaw ' +
  'wojciech zbigniew zofia zuzanna ' +
  // Czech, Slovak
  'alena jiří jiri kateřina katerina ladislav lenka lukáš markéta marketa matěj matej miroslav ondřej ondrej petr ' +
  'radek tereza tomáš václav vaclav vladimír vojtěch vojtech zdeněk zdenek zuzana jaroslav ' +
  // Hungarian
  'ágnes anikó aniko attila balázs balazs bence csaba dániel erzsébet erzsebet eszter ferenc gábor gabor gyula ' +
  'ilona istván istvan jános janos józsef jozsef judit katalin krisztina krisztián krisztian lászló laszlo levente ' +
  'márton marton péter sándor sandor tamás tamas tibor zoltán zoltan zsolt zsuzsanna ' +
  // Romanian, Moldovan
  'andreea cătălin catalin constantin corneliu cristian dorin dragoș dragos florin gheorghe ioan ioana ionuț ionut ' +
  'iulian liviu lucian marius mihaela mihai mircea nicolae nicușor nicusor ovidiu radu raluca răzvan razvan roxana ' +
  'sorin ștefan traian tudor vasile viorel vlad ' +
  // sport and other names often in the news
  'novak iga aryna daniil jannik stefanos casper ons garbiñe garbine neymar luka sadio jude bukayo lebron ' +
  'shaquille xander scottie lando valtteri kimi coco rafa vinicius ' +
  // Bulgarian, Serbian, Croatian, Slovenian, Bosnian, Macedonian, Albanian
  'aleksandar borut boyko dejan dimitar dragan dragana edi edin goran hristo janez jasmin jelena josip krasimir ' +
  'ljubica marija marko milica miloš milos mirjana nenad nikola petar plamen rumen snežana snezana stoyan ' +
  'todor tomislav vesna vuk zlatko zoran zrinka besnik agim arben blerim dritan ilir ' +
  // Greek, Cypriot
  'aikaterini alexandros angeliki antonis apostolos athanasios christos despina dimitra dimitrios dimitris eirini ' +
  'eleni evangelia evangelos georgios giannis giorgos ioannis kostas konstantinos kyriakos manolis michalis nikos ' +
  'nikolaos panagiota panagiotis petros spyros stavros stelios thanasis theodoros vasileios vasiliki vasilis ' +
  'yannis yiannis ' +
  // Baltic
  'andrus arvydas edgars gitanas ingrida jānis janis juozas kaja kersti krišjānis krisjanis rasa toomas valdis ' +
  'vytautas';

// Turkish, Arabic, Persian, Kurdish, Hebrew (romanized, the spellings news uses)
const MIDDLE_EASTERN =
  // Turkish, Azerbaijani
  'ahmet alper arda aslı asli ayşe ayse barış baris berk bülent bulent burak burcu büşra busra cem cengiz ceren ' +
  'derya deniz dilek duygu ebru ece ekrem elif emine emre erdem eren ertuğrul ertugrul esra fatih fatma gizem ' +
  'gökhan gokhan gül gul hakan hatice hikmet hülya hulya hüseyin huseyin ilham ilker kaan kadir kemal kerem levent ' +
  'mehmet melek merve mert mesut metin murat necati nazlı nazli oğuz oguz onur orhan osman ozan ömer özlem ozlem ' +
  'pınar pinar recep rıza riza sedat selim selin serkan sevgi sibel sinan süleyman suleyman şükrü sukru taner ' +
  'tansu tayyip tolga tuğba tugba ulaş ulas uğur ugur volkan yasemin yavuz yiğit yigit zafer zehra zeynep ' +
  // Arabic
  'abbas abdallah abdel abdelaziz abdelkader abdelrahman abdul abdulaziz abdulla abdullah abdulrahman abdulrahim ' +
  'abu adel adil ahmad ahmed aisha akram amal amer amin amina amine amira amr anas anwar asma ashraf aya ayesha ' +
  'ayman aziz bader bashar bassam dalia dina emad essam fahad fahd faisal farah farid fatima fawaz fayez fouad ' +
  'fuad ghada ghassan hala hamad hamdan hamed hamid hamza hanan hani hassan hasan hatem hazem hesham hessa hisham ' +
  'huda hussain hussein husam ibrahim iman imad issa jaber jalal jamal jamil jamila jassim kareem karim khaled ' +
  'khalid khalil lamia latifa leila lina lubna maha mahmoud mahmud majed majid maher mamdouh manal mansour mansoor ' +
  'mariam marwan maryam mazen mohamad mohamed mohammad mohammed mohsen mona mostafa mounir mozah muhammad muhammed ' +
  'muna musa mustafa nabil nader nadia naif najib najla nasser nawaf nawal nizar noor noura nour osama qasim rami ' +
  'rania rasha rashed rashid reem riad rima riyad saad saeed salah saleh salem salim salma salman samir samira ' +
  'shaima tamim tareq tariq turki umar waleed walid wael yahya yasmin yasmine yasser yasir youssef yousef yousuf ' +
  'yusuf zaid zainab zayed zeinab ziad zahra abdelfattah habib hakim lotfi mouna nabila rachid rachida sofiane ' +
  'younes yassine kamel samia souad ' +
  // Persian, Kurdish, Afghan
  'arash arman azadeh babak behrouz dariush darius ebrahim ehsan esmail farhad fariba farzad farzaneh fereshteh ' +
  'golnar haleh hossein hooman javad kamran kaveh kian kourosh laleh mahsa masoud mehdi mehran mina mitra morteza ' +
  'nasrin navid nazanin neda negar niloufar omid parisa parviz parvin payam peyman pouya ramin reza roya sahar ' +
  'sepideh shabnam shahram shirin siamak sima sina soheila soroush taraneh yasaman masoumeh ' +
  // Hebrew, Israeli
  'amit asaf assaf avi avigdor avraham ayelet binyamin dafna dov dror ehud eitan eliezer eyal gadi galit gil ' +
  'gideon hadas ido idan itai itamar itay liat limor lior maor michal miri naama nadav naftali noa noam ofer omer ' +
  'oren orly ronen shai shaul shimon shira shlomo tal tali tamar tomer uri yael yair yaakov yehuda yifat yitzhak ' +
  'yoav yosef yossi yuval zeev';

// South Asia: Indian (Hindi, Marathi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Bengali,
// Punjabi), Pakistani, Bangladeshi, Sri Lankan, Nepali
const SOUTH_ASIAN =
  'aarav aarti abhay abhijit abhinav abhishek achal aditi aditya aishwarya ajay ajit akash akhil akhilesh akshay ' +
  'alka aman amandeep amar amarjit amartya amita amitabh amol amrita anand ananya anil anirban anirudh anish anita ' +
  'anjali anjana ankit ankita ankur anoop anshul anu anuj anupam anupama anurag anusha aparna archana arindam ' +
  'arjun arnab arun aruna arundhati arvind asha ashish ashok ashwin ashwini atal atul avinash ayush azim balaji ' +
  'balwinder bhanu bharat bhavana bhavin bhavish bhavna bhupendra bhupesh binny biswajit chaitanya chandan chandra ' +
  'chandrababu chandrasekhar chetan chirag chitra daljit darshan debashish debasis deepa deepak deepika deepinder ' +
  'dev devendra dhananjay dharmendra dhiraj dhruv dilip dinesh dipak divya eknath falguni ganesh gaurav gautam ' +
  'gayatri geeta geetha girish gita gopal govind gowri gurdeep gurpreet hardeep hardik harinder harish harjit ' +
  'harpreet harsha harshil hema hemant himanshu hitesh inderjit indira indrajit indu isha ishaan ishita jagdish ' +
  'jagmeet jaideep janaki jasbir jaspreet jatin jaya jayant jayanti jayesh jitendra jyoti jyotiraditya kabir ' +
  'kailash kalpana kalyani kamakshi kamal kamala kanika kapil karan karthik karthikeyan kartik kaushik kavita ' +
  'kavya keerthi ketan kiran kirti kishore krishna krishnan kuldeep kumar kunal lakshman lakshmi lalit lalita lata ' +
  'latha madhav madhavi madhu madhuri mahendra mahesh malini mamata mamta manisha manish manju manjit manmohan ' +
  'manoj manpreet mansi mayank meena meenakshi meera megha mihir mira mohan mohini mohit mukesh mukund murali ' +
  'murugan nagaraj namita nandan nandini narayan narayanan narendra naresh natarajan naveen navdeep navjot navneet ' +
  'neel neelam neeraj neha nidhi nikhil nilesh nirmala nirupama nisha nita nitin nithin nitish omkar padma padmini ' +
  'pallavi pankaj paramjit parminder partha parvathi parveen pawan peyush piyush pooja prabhu pradeep prakash ' +
  'pramod pranav prasad prasanna prasenjit prashant pratibha pratik praveen preeti prem prithvi priya priyanka ' +
  'puneet punit purnima pushpa radha radhika raghav raghu raghuram rahul raj rajan rajat rajeev rajendra rajesh ' +
  'rajinder rajiv rajnath rakesh ramachandran ramakrishnan raman ramesh rana ranbir ranjan ranjit rashmi ratan ' +
  'ravi ravindra rekha renu revanth revathi rishabh rishi ritesh ritu rohan rohini rohit roshni ruchi rupinder ' +
  'sachin sahil sai sakshi sandeep sandhya sangeeta sanjay sanjeev sanjib santosh sapna saptarshi saravanan sarita ' +
  'satish satya satyajit saurabh savita selvam senthil shailesh shalini shankar sharad sharmila shashank shashi ' +
  'shefali shekhar shikha shilpa shiv shivam shivraj shobha shraddha shreya shridhar shruti shubham shweta shyam ' +
  'siddharth simran sitaram sivakumar smita smriti sneha somnath sonal sonam sonia sourav souvik sowmya sridhar ' +
  'sriharsha srinivas srinivasan subhash subramanian subrata sudha sudhir sudip sujata sujit sukhbir sukhwinder ' +
  'suman sumit sundar sundaram sunil sunita supriya suraj surendra suresh surya sushil sushma swapna swati tanmay ' +
  'tanushree tanvi tarun tejas tejashwi tushar uday uddhav ujjwal uma umesh upasana usha uttam vaibhav vaishnavi ' +
  'vandana varsha varun vasudevan vasundhara vedant venkat venkatesh vibha vidya vijay vijaya vijayakumar vikas ' +
  'vikram vimal vinay vineet vineeta vinita vinod vipin vipul vishal vishnu vivek yamini yash yashwant yogesh ' +
  'yuvraj zubin ' +
  // Pakistani, Bangladeshi, Sri Lankan, Nepali, Afghan
  'aamir adnan afzal ahsan aleem arif arshad asad asif atif babar bilal bilawal fahim faraz farhan farzana fawad ' +
  'haris haroon hasina ijaz imran irfan jahangir junaid khurram mehwish mubashir naeem najam naveed nawaz nazia ' +
  'nusrat pervez qamar rizwan sadia saira sajid sakib samina sana shahbaz shahid shahzad shakib shazia shehbaz ' +
  'shoaib sohail tahir tahmina tanvir taslima usman uzma waqar wasim zafar zahid zeeshan zubair zulfikar benazir ' +
  'malala mushfiqur nazmul rafiqul saiful shafiqul aminul kamrul mahbub masud rezaul shahidul sharmin tarique ' +
  'khaleda mahinda gotabaya ranil kumara anura sajith sania';

// East and Southeast Asia: Chinese (pinyin; Taiwanese and Hong Kong forms), Japanese,
// Korean, Vietnamese, Thai, Indonesian, Malaysian
const EAST_ASIAN =
  // Chinese given names, one syllable (those that are English words are left out)
  'chao chen cheng chun fei feng guang hai hao heng hua hui jia jian jiang jie jin jing jun kun lei li liang lin ' +
  'ling lu mei min ming ning peng qi qian qiang qing rong shan shu tao tian ting wei wen xia xiang xiao xin xue ' +
  'yan yang yao yi yin ying yong yu yue yun zhen zhi zhong zhuo shuai ' +
  // Chinese given names, two syllables
  'bowen boyang chenxi chenyu chunhua chunmei chunyan dandan dehua deming dongmei dongsheng fangfang feifei ' +
  'fuqiang guohua guoliang guoping guoqiang guowei haibo haifeng hailong haitao haiyan haiying hanwen haoran haoyu ' +
  'hongbo hongjun hongliang hongmei hongtao hongwei hongxia hongyan hongying huanhuan huateng huifang huijun ' +
  'huiling huiming huiyu jiahao jiahui jiajun jiaming jiaqi jiarui jiawei jiaxin jiayi jiaying jiayu jianbo ' +
  'jianfeng jianguo jianhong jianhua jianjun jianlin jianming jianping jianwei jianxin jianxiong jianzhong ' +
  'jingjing jingwei jingwen jingyi jingyu jinhui jinlong jinping jintao jinyu junfeng junhao junjie junming junwei ' +
  'junyi junyu kaiwen kaixin keqiang keyu lanlan leilei liangliang lihua lijuan lijun liming linfeng lingling ' +
  'linlin liping liying longfei lulu meihua meiling mengmeng mengyao mingjie mingliang mingming mingxuan mingyang ' +
  'mingyu mingzhu ningning pengcheng pengfei qianqian qingyun ruixi ruoxi shanshan shaohua shengli shiyu shuhua ' +
  'shuyi sijia siqi siyu songlin tianle tianming tianyi tianyu tingting weidong weiguo weihong weihua weijie ' +
  'weijun weiming weiqiang weiwei wenbin wenhao wenhua wenjie wenjing wenjun wentao xiangyu xiaobo xiaochuan ' +
  'xiaodong xiaofeng xiaogang xiaohong xiaohua xiaohui xiaojing xiaojun xiaoli xiaolin xiaolong xiaomei xiaoming ' +
  'xiaopeng xiaoping xiaoqing xiaotian xiaowei xiaoxiao xiaoyan xiaoyang xiaoyu xiaoyun xinran xinyi xinyu xuefeng ' +
  'xuemei yanan yanfei yanhong yanli yanling yanmei yanping yanyan yaqi yichen yifan yihan yijun yilin yiming ' +
  'yingjie yingying yiting yiwen yixuan yongjun yongmei yongqiang yuanyuan yuchen yufei yuhan yuhang yujie yulong ' +
  'yuming yunfei yunpeng yuqi yutian yutong yuwei yuxin yuxuan yuyan zemin zeyu zhaohui zhenhua zhenyu zhihao ' +
  'zhijun zhiming zhiqiang zhiwei zhiyong zhiyu zhiyuan zhongwei zihan zihao zijian zirui zixuan ziyi guanyu ' +
  'chuanfu yuanqing shuping xiaochun ' +
  // Taiwanese and Hong Kong forms
  'chia-hui chiahui chia-ling chialing chia-wei chiawei chien-ming chienming chih-ming chihming ching-wen chingwen ' +
  'chun-hung chunhung hsiao-ming hsiaoming ing-wen ingwen ka-shing kashing ka-wai kawai kwok-wai kwokwai mei-ling ' +
  'shu-fen shufen siu-ming siuming tak-wah takwah wai-man waiman wei-ting weiting ya-ting yating yi-chen yu-ting ' +
  'yuting ching-te chingte ' +
  // Japanese
  'akiko akio akira asuka ayaka ayumi chiaki chika daisuke emi eri fumiko fumio hanae hanako haruka haruki haruto ' +
  'hayato hideki hideo hina hiroaki hirokazu hiroki hiromi hiroshi hiroyuki hisashi ichiro isamu jiro junichi ' +
  'junichiro junko kaito kana kaori kaoru katsuya kazue kazuhiro kazuki kazuko kazuo kazuya keiichi keiji keiko ' +
  'keisuke kenichi kenichiro kenji kenta kentaro kiyoshi koichi koji kumiko kunio kyoko makoto mamoru manabu ' +
  'masahiro masaki masako masaru masato masayoshi mayumi megumi michiko midori miho miki misaki mitsuo mitsuru ' +
  'miyu momoko naoki naoko natsuki noboru nobuo nobuyuki noriko norio osamu reiko rie riku ryo ryota ryuichi ' +
  'sachiko sadao saki sakura sanae satoru satoshi sayaka seiji setsuko shigeo shigeru shinichi shinji shinzo shota ' +
  'shuji shunichi sota susumu tadashi takahiro takashi takayuki takeshi takumi takuya taro tatsuya tetsuya ' +
  'tomohiro tomoko toru toshiaki toshihiro toshio tsuyoshi yamato yasuhiro yasuo yasushi yoichi yoko yoshiaki ' +
  'yoshihide yoshihiro yoshinori yoshio yoshiro yui yuichi yuji yuka yuki yukiko yuko yumi yumiko yuna yusuke yuto ' +
  'yutaka shohei shigeki tomoaki hitoshi ' +
  // Korean (hyphenated as in news, and joined: "min-jun minjun")
  'a-rin arin chae-won chaewon da-eun daeun dae-jung daejung do-yun doyun dong-hyun donghyun eui-sun eun-ji eunji ' +
  'eun-kyung eunkyung eun-young eunyoung geun-hye geunhye ha-eun haeun ha-joon hajoon ha-neul haneul ha-yoon ' +
  'hayoon hye-jin hyejin hye-won hyewon hyun-joo hyunjoo hyun-jun hyunjun hyun-woo hyunwoo il-sung ilsung jae-hyun ' +
  'jaehyun jae-in jaein jae-myung jaemyung jae-won jaewon jae-yong jaeyong ji-an ji-eun jieun ji-ho jiho ji-hoon ' +
  'jihoon ji-hye jihye ji-min jimin ji-woo jiwoo ji-yeon jiyeon ji-yoo jiyoo jin-woo jinwoo jong-il jongil jong-un ' +
  'jongun joon-ho joonho jun-seo junseo jung-hee junghee jung-ho jungho ki-young kiyoung kun-hee kunhee kwang-mo ' +
  'kwangmo kyung-hee kyunghee kyung-soo kyungsoo mi-kyung mikyung mi-sook misook min-ho minho min-ji minji min-jun ' +
  'minjun min-kyung minkyung min-seo minseo moo-hyun moohyun myung-bak myungbak sang-woo sangwoo seo-hyun seohyun ' +
  'seo-jun seojun seo-yeon seoyeon seo-yun seoyun seung-hoon seunghoon seung-min seungmin si-woo siwoo so-yeon ' +
  'soyeon soo-jin soojin soo-min soomin su-ah suah suk-yeol sukyeol sun-hee sunhee sung-ho sungho tae-hyun taehyun ' +
  'tae-won taewon woo-jin woojin ye-eun yeeun ye-jin yejin ye-jun yejun yeon-woo yeonwoo yo-jong yojong yong-jin ' +
  'yongjin yoon-seo yoonseo young-ho youngho young-jin youngjin young-mi youngmi young-soo youngsoo yu-na euisun ' +
  // Vietnamese
  'anh bao chinh cuong dat diep duc giang hanh hien hieu hoa hoang huong huy khanh linh minh nam nga ngoc nhi ' +
  'nhung oanh phuc phuong quang quynh thanh thao thu thuy tien trang trung tuan tuyet uyen vinh vy xuan ' +
  // Thai
  'abhisit anan anutin arthit chaiyut chatchai chuan jirayu kanya kittipong malee narongsak nattapong nittaya ' +
  'paetongtarn pichai pongsak pornthip prasert prawit prayut sombat somchai somkid sompong somsak somsri srettha ' +
  'suchart sukanya supachai supaporn surachai thaksin thanakorn thanawat wanchai wanida wichai yingluck ' +
  // Indonesian, Malaysian, Bruneian
  'agus aiman aisyah amir anies ayu azman bambang budi dewi dian eko erick fajar faizal ganjar gibran hafiz haziq ' +
  'hishammuddin indah joko jokowi khairy liyana mahathir megawati muhyiddin nadiem nurul prabowo puan putri rafizi ' +
  'ratna rina rizky siti susilo syafiq syahirah wahyu zafrul retno luhut hartono';

// Africa: Nigerian (Yoruba, Igbo, Hausa), Ghanaian (Akan day names), Kenyan, Ethiopian,
// South African (Zulu, Xhosa, Sotho, Tswana, Afrikaans), West African francophone
const AFRICAN =
  'adaeze adaora adebayo adewale akinwumi aliko aliyu amaka atiku ayo ayodele babajide babatunde bayo bola bolaji ' +
  'bukola chiamaka chidi chidinma chima chinedu chinwe chinyere chioma chukwuemeka damilola dapo ebere emeka femi ' +
  'folake folasade folorunsho funke funmilayo gbenga goodluck hadiza halima ifeanyi ifeoma ikenna kayode kelechi ' +
  'kemi lanre modupe muhammadu ngozi niyi nkechi nnamdi nneka obiageli obinna oluchi olufemi olumide olusegun ' +
  'oluwaseun oluwole olatunji segun seun seyi tayo temitope tolu toyin tunde uche uchenna wale yemi yewande yinka ' +
  // Ghanaian
  'abena adjoa afua akosua akua ama efua esi kofi kojo kwabena kwadwo kwaku kwame kwasi kweku nana yaa yaw ' +
  // Kenyan, Ugandan, Tanzanian, Rwandan
  'achieng akinyi atieno awuor chebet eliud jakaya kalonzo musalia njeri raila uhuru wairimu wambui wanjiku ' +
  'wanjiru yoweri ' +
  // Ethiopian, Eritrean
  'abiy almaz dawit getachew haile meseret mulugeta selam tedros tewodros tigist yohannes yonas ' +
  // South African
  'bongani busisiwe gwede jabulani kagiso karabo kgalema lerato lindiwe lungile lwazi mandla mpho naledi nandi ' +
  'nokuthula nomvula palesa refilwe sibusiso sipho sizwe tshepo thabo thandeka thandi themba thulani tumelo vusi ' +
  'zanele zola koos riaan schalk wian ' +
  // West African francophone, Senegalese, Malian
  'abdoulaye aissatou aliou amadou aminata awa babacar boubacar cheikh fatou ibrahima khady macky mamadou mariama ' +
  'modou moussa ousmane seydou';

// Given names that are also ordinary words, places or the first word of company names, left
// out so that "May 2024", "Will the deal…", "Rose 3%", "Chase Bank", "Morgan Stanley",
// "Austin Energy", "Hong Kong", "Ivy League", "Sri Lanka" do not start a person. Companies
// are in KNOWN_ORGS, which is asked first; these would only make a wrong guess elsewhere.
export const FIRST_NAME_EXCLUSIONS: readonly string[] = (
  // months, seasons, virtues and common words
  'may june april august autumn summer winter will hope faith joy patience charity honor honour chance destiny ' +
  'trinity unity harmony liberty justice mercy serenity genesis heaven miracle precious rose ivy ash amber jade ' +
  'ruby pearl crystal angel sunny rocky chip buck rich rod job can pal venus tiger nova sky river storm star sage ' +
  'olive violet willow royal prince king duke earl major bishop roman german pita yogi sri wan sheikh sheikha ' +
  'tengku alexa siri kennedy kobe ' +
  // names in one language that are English words in another ("Per", "Till", "Said", "Ram", "Yen")
  'gang dung hung deep harsh danish ram al said hind nada sultan emir bandar fares tamer ante mart ion pier saga ' +
  'per rune till wolf peer harm mats marine bud brent yen tope tapas sari tore dries ' +
  // pinyin syllables that are English words or start place names ("Hong Kong")
  'long man nan ping song le ya yuan dong fang bin bo na lan hong son shin xinhua weixin zhonghua ' +
  // first words of company names
  'chase sterling price grant hunter morgan merrill wells dell ford lynch warner sherwin bentley royce mack hilton ' +
  'wynn baxter mercedes chanel kia didi mizuho ' +
  // places more often than people in business news
  'paris sydney houston dallas austin georgia israel india chad florence adelaide victoria brooklyn madison phoenix ' +
  'regina lincoln orlando denver dakota cairo kingston camden aurora savannah sierra asia africa america china ' +
  'kenya jersey nevada carolina virginia chelsea devon kent brittany troy york london vienna valencia siena milan'
).split(' ');

/** Every group, one space between names (gazetteer.ts builds FIRST_NAMES from it). */
export const FIRST_NAME_LIST: string = [ENGLISH, FRENCH, GERMANIC, ROMANCE, EASTERN_EUROPEAN, MIDDLE_EASTERN, SOUTH_ASIAN, EAST_ASIAN, AFRICAN].join(
  ' ',
);
