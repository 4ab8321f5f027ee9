# valuematch lexicon: Romanian (ro)
# Written from general knowledge of Romanian and of how Romanians post online.
# Entries are lower-case with standard diacritics (ș ț ă â î); the analyser folds
# cedilla/comma variants and missing diacritics, so one spelling is usually enough;
# where the Snowball stemmer splits the two spellings (lectură -> lect, lectura -> lectur),
# the entry is repeated without diacritics at the end of its section.
# Note: the tokenizer splits at hyphens and apostrophes ("n-am" -> "n" "am").

[sponsored]
#ad
#ads
#reclamă
#reclama
#publicitate
#sponsorizat
#sponsorizare
#sponsored
#sponsor
#colaborare
#colaborareplătită
#colab
#parteneriat
#partener
#partnership
#paidpartnership
#advertorial
#promo
#gifted
#cadou
#produsprimit
#ambasador
#brandambassador
#affiliate
#afiliere
parteneriat plătit
colaborare plătită
în colaborare cu
în parteneriat cu
parteneriat cu
postare sponsorizată
conținut sponsorizat
material sponsorizat
articol sponsorizat
video sponsorizat
clip sponsorizat
sponsorizat de
partenerul nostru
partenerul meu
mulțumesc partenerului
primit cadou
produse primite
am primit cadou
codul meu
codul de reducere
cod de reducere
cu codul
folosește codul
folosiți codul
link de afiliere
link afiliat
linkul de afiliere
comision din vânzări
reducere exclusivă
ambasador al brandului
ambasadoare
advertorial
publicitate*
reclamă

[negation]
nu
n
nici*
nici măcar
nicicând
niciodată
nicăieri
nimic
nimeni
niciun
nicio
niciuna
niciunul
nicidecum
deloc
defel
în niciun caz
sub nicio formă
nici gând
nici vorbă

[privative]
# "without"-words: a contradiction after them shows the value ("without plastic");
# a value word after them still shows the value ("sin crueldad animal").
fără
lipsit de
lipsă de

[mockery]
lol | 0.5
lmao
rofl
haha sigur
vai ce drăguț
ochii peste cap
dau ochii peste cap
dat ochii peste cap
scutește-mă
scutiți-mă
glumești
așa-zis
așa-zisă
așa-ziși
așa-zisele
pretinsul
pretinsa
supraevaluat
supraevaluată
supraevaluate
overrated
mă doare-n cot
mă doare în cot
mă doare la bască
mă doare la basca
puțin îmi pasă
nu-mi pasă
nu mă interesează
mare brânză
mare scofală
bla bla
blabla
vorbe goale
vorbe în vânt
praf în ochi
marketing ieftin
doar marketing
ipocrizie
ipocriți
ipocrit
penibil
penibilă
jalnic
ridicol
ridicolă
caraghios
ce penibil
ce ridicol
aiureli
prostii | 0.6
povești de adormit
basme | 0.3
woke
wokism
corectitudine politică
politically correct
virtue signalling
semnalizare a virtuții
ecologiști de canapea
ecoterorist
ecoteroriști
fițe*
mofturi
moft
cringe
ironic | 0.5
ironia | 0.5
sarcastic
felicitări, geniule
bravo, geniule
glumă proastă | 0.6
las-o baltă | 0.5
ce ironie | 0.6
mersi, nu mersi | 0.6
sictir
hai sictir
trezește-te
vrăjeală
vrăjeli
țeapă | 0.6
ce circ | 0.4
clovnerie

[value sustainability]
sustenabil*
sustainability
dezvoltare durabilă
durabilitate | 0.8
ecologic*
ecologie
prietenos cu mediul
eco-friendly
protecția mediului
protejăm mediul
mediul înconjurător | 0.6
schimbări climatice
criza climatică
climă | 0.5
amprenta de carbon
amprentă ecologică
emisii de carbon | 0.8
emisii zero
neutru climatic
neutralitate climatică
carbon neutral
zero waste
zero deșeuri
fără risipă
risipă alimentară | 0.7
anti-risipă
recicl*
reutiliz*
refolos*
reparat | 0.8
repar | 0.7
am reparat | 0.9
reparație | 0.5
cârpit | 0.8
cârpesc* | 0.8
petic* | 0.6
cusut la loc | 0.7
pingelit | 0.8
la cizmar | 0.6
second-hand | 0.8
mâna a doua | 0.7
la mâna a doua | 0.7
din sh | 0.5
haine de la sh | 0.7
talcioc | 0.6
târg de vechituri | 0.7
vintage | 0.5
upcycl*
recondiționat | 0.7
refurbished | 0.6
compost*
vermicompost
vrac | 0.6
borcane | 0.3
reumpl* | 0.8
refill | 0.8
sticlă reutilizabilă | 0.9
cană reutilizabilă | 0.9
sacoșă de pânză | 0.8
sacoșa mea | 0.5
fără plastic | 0.9
plastic free | 0.9
mai puțin plastic
fără ambalaj | 0.8
panouri solare | 0.8
panouri fotovoltaice | 0.8
fotovoltaic* | 0.7
energie solară | 0.8
energie verde | 0.9
energie regenerabilă | 0.9
regenerabil* | 0.8
pompă de căldură | 0.6
mașină electrică | 0.5
cu bicicleta la birou | 0.8
cu bicicleta la muncă | 0.8
cu trenul | 0.5
în loc de avion | 0.8
renunțat la avion | 0.9
transport în comun | 0.6
carpooling | 0.6
plantat copaci | 0.9
plantăm copaci | 0.9
am plantat | 0.6
puieț* | 0.7
împădurire | 0.9
reîmpădurire
ecologizare
strângem gunoaie | 0.8
am strâns gunoaie | 0.8
saci de gunoi strânși | 0.7
curățenie pe plajă | 0.8
curățenie în pădure | 0.8
#letsdoitromania | 0.8
colectare selectivă | 0.9
deșeuri | 0.5
biodegradabil* | 0.8
compostabil* | 0.8
produse locale | 0.5
producători locali | 0.5
piața țărănească | 0.5
din grădina proprie | 0.5
legume din grădină | 0.5
slow fashion
modă sustenabilă
modă circulară
economie circulară
schimb de haine | 0.8
swap de haine | 0.8
haine donate | 0.5
am donat hainele | 0.5
protejăm natura | 0.8
biodiversitate | 0.8
poluare | 0.4
mai puțină poluare | 0.8
planeta | 0.4
pentru planetă | 0.9
salvăm planeta | 0.8
apă de la robinet | 0.5
apa de ploaie | 0.5
colectez apa de ploaie | 0.8
consum responsabil | 0.9
consum redus | 0.6
reduc consumul | 0.7
cumpăr mai puțin | 0.6
greenpeace | 0.7
#sustenabilitate
#sustainability
#zerowaste
#zerodeșeuri
#fărărisipă
#reciclare
#ecologie
#eco
#mediu
#protejeazămediul
#upcycling
#secondhand | 0.8
#thrift | 0.7
#slowfashion
#slowliving | 0.4
#plasticfree
#climatechange | 0.8
#compost
#refill | 0.8
#vintage | 0.4
# second pass: brand-statement language, product words
construit pentru a fi reparat
conceput pentru a fi reparat
gândit pentru a fi reparat
ușor de reparat | 0.9
reparăm | 0.8
piese de schimb | 0.5
repară, nu arunca
a doua viață | 0.8
prelungim viața | 0.8
durata de viață | 0.5
produse durabile | 0.6
fără deșeuri
mai puține deșeuri | 0.9
reducem deșeurile | 0.9
impact redus asupra mediului
impactul asupra mediului | 0.7
respectuos cu mediul
responsabil față de mediu
grijă pentru mediu
grija față de mediu
respect pentru natură | 0.9
în armonie cu natura | 0.8
ocrotirea naturii
conservarea naturii
grijă pentru planetă
planetei | 0.4
o planetă mai curată | 0.9
generațiile viitoare | 0.6
viitor verde
tranziția verde | 0.9
tranziție energetică | 0.8
energie curată
eficiență energetică | 0.8
consum redus de energie | 0.8
economisim apa | 0.7
consum redus de apă | 0.7
reducerea emisiilor
emisii reduse | 0.9
decarbonizare | 0.9
neutru în carbon
net zero | 0.8
încălzire globală | 0.8
consum conștient | 0.9
cumpărături conștiente | 0.8
modă responsabilă | 0.9
producție responsabilă | 0.9
surse responsabile | 0.8
materiale naturale | 0.4
bumbac organic | 0.9
bio | 0.4
agricultură regenerativă | 0.9
permacultur* | 0.9
eco | 0.8
ambalaje returnabile | 0.9
returnabil* | 0.8
garanție-returnare | 0.8
sgr | 0.6
ambalaj minim | 0.9
ambalaje minimale | 0.9
stație de reumplere | 0.9
kilometru zero | 0.7
mobilitate verde | 0.9
livrare cu bicicleta | 0.7
microplastic* | 0.6
lemn certificat | 0.7
fsc | 0.7
copac plantat | 0.9
un copac pentru fiecare | 0.9
legume de sezon | 0.5
fructe de sezon | 0.5
ingrediente de sezon | 0.6
# third pass: scene vocabulary (deeds described rather than named)
în cârpe | 0.6
cârpe din | 0.6
tricouri vechi | 0.4
am renunțat la a doua mașină | 0.8
cana mea | 0.5
cu cana mea | 0.8
cana proprie | 0.8
cu cana proprie | 0.8
paharul meu | 0.4
în loc să cumpăr alta | 0.7
în loc să cumpăr altul | 0.7
în loc să cumpăr unul nou | 0.8
în loc să arunc | 0.8
în loc să le arunc | 0.8
în loc să-l arunc | 0.8
am schimbat fermoarul | 0.6
borcanele noastre | 0.6
cu borcanele | 0.6
cu caserola proprie | 0.8
recipientul propriu | 0.8
recipiente proprii | 0.8
săculeți de pânză | 0.8
săculeț de pânză | 0.8
am vândut mașina | 0.6
fără mașină | 0.4
trăiesc fără mașină | 0.9
merg peste tot cu bicicleta | 0.8
peste tot cu bicicleta | 0.8
am strâns pet-uri | 0.8
pet-uri | 0.4
strâns deșeuri | 0.8
curățenie pe malul | 0.8
saci de gunoi | 0.3
saci de pet | 0.7
retapițat | 0.6
apă filtrată | 0.5
renunțat la apa îmbuteliată | 0.9
uscăm rufele afară | 0.7
rufele la soare | 0.6
fără uscător | 0.6
tren de noapte | 0.7
trenul de noapte | 0.7
ora pământului | 0.9
stingem lumina | 0.4
am izolat casa | 0.7
cafenea de reparații | 0.9
repair café | 0.9
fără pungă | 0.6
n-am luat pungă | 0.7
pai de oțel | 0.7
paie de bambus | 0.6
colectăm separat | 0.8
colectez separat | 0.8
am separat gunoiul | 0.8
sortăm gunoiul | 0.8
sortez deșeurile | 0.8
sticle returnate | 0.7
am returnat sticlele | 0.8
mâncare salvată | 0.7
nu arunc mâncare | 0.8
nu aruncăm mâncare | 0.8
too good to go | 0.8
fără deșeuri alimentare | 0.9
am cârpit | 0.9
mi-am cârpit | 0.9
am cusut gaura | 0.8
am înlocuit doar | 0.5
piesă de schimb | 0.5
l-am reparat | 0.9
am reparat-o | 0.9
le-am reparat | 0.9
încă merge după | 0.6
haine moștenite | 0.6
haine de la frați | 0.5
am dat mai departe | 0.6
dat mai departe | 0.5
semințe păstrate | 0.7
grădină fără chimicale | 0.8
fără pesticide | 0.7
fără îngrășăminte chimice | 0.8
am cules ploaia | 0.6
butoi pentru apa de ploaie | 0.8
la piață cu sacoșa | 0.7
cumpăr la vrac | 0.8
am mers pe jos în loc | 0.7
cu trenul în loc de avion
# written without diacritics: the stemmer does not join these forms with the ones above
risipa alimentara | 0.7
reparatie | 0.5
pompa de caldura | 0.6
piata taraneasca | 0.5
moda circulara
economie circulara
agricultura regenerativa | 0.9
saculeti de panza | 0.8
repair cafe | 0.9

[value honesty]
onest*
onestitate
sincer* | 0.8
sinceritate
transparen*
integrit*
cinste
cinstit*
adevărul* | 0.6
spun adevărul
să fiu sincer | 0.9
să fiu sinceră | 0.9
sincer vorbind | 0.8
părerea mea sinceră
părere sinceră
opinie sinceră
review sincer
recenzie sinceră
recenzie onestă
review onest
părere reală | 0.8
experiența mea reală | 0.8
recunosc | 0.3
recunosc că | 0.8
trebuie să recunosc | 0.9
am greșit | 0.9
greșeala mea | 0.9
îmi asum | 0.9
asumare | 0.8
mi-am asumat | 0.8
îmi cer scuze | 0.8
scuzele mele | 0.7
mărturisesc | 0.8
mărturisire | 0.7
confesiune | 0.5
fără filtru | 0.8
fără filtre | 0.8
nefiltrat | 0.7
needitat | 0.7
fără editare | 0.8
fără photoshop | 0.8
fără retușuri | 0.8
cumpărat din banii mei | 0.9
l-am cumpărat singur | 0.7
l-am cumpărat singură | 0.7
plătit din buzunar | 0.7
disclaimer | 0.9
precizez că | 0.6
menționez că | 0.5
dezvălui | 0.5
vă spun deschis | 0.8
spun lucrurilor pe nume | 0.9
verde-n față | 0.8
verde în față | 0.8
fără perdea | 0.7
fără ascunzișuri | 0.9
fără minciuni | 0.9
cum arată de fapt | 0.8
realitatea | 0.4
în spatele scenei | 0.6
behind the scenes | 0.6
culise | 0.6
din culise | 0.6
procesul de producție | 0.7
de unde provine | 0.6
proveniență | 0.7
lista de ingrediente | 0.4
ce mi-a displăcut | 0.8
partea proastă | 0.6
dezavantaje | 0.7
minusuri | 0.7
plusuri și minusuri | 0.9
pro și contra | 0.5
defecte | 0.4
dezamăgit | 0.4
dezamăgită | 0.4
autentic* | 0.7
vulnerabil* | 0.5
de încredere | 0.5
încreder* | 0.4
fact-check | 0.7
verificat | 0.3
surse | 0.3
dovezi | 0.5
rezultate reale | 0.6
cifrele reale | 0.8
cifre reale | 0.8
cât câștig | 0.3
cât am câștigat | 0.4
cât costă de fapt | 0.6
prețul real | 0.5
real talk | 0.6
asta e realitatea | 0.4
nu vă ascund | 0.6
vă spun sincer | 0.9
sincer să fiu | 0.9
adevărul gol-goluț | 0.9
adevărul e că | 0.8
recunosc sincer | 0.9
corectez* | 0.5
corectur* | 0.4
mea culpa | 0.9
colaborare plătită | 0.4
postare sponsorizată | 0.4
#sincer
#transparență
#onestitate
#adevărul
#fărăfiltru | 0.8
#nofilter | 0.5
#realtalk | 0.6
#realitate | 0.5
#behindthescenes | 0.5
#review | 0.3
# second pass: brand-statement language, product words
fără costuri ascunse
fără taxe ascunse
fără comisioane ascunse | 0.9
fără promisiuni false
fără promisiuni goale | 0.9
promisiuni realiste | 0.8
fără trucuri | 0.7
fără scris mărunt | 0.9
ce vezi e ce primești | 0.9
exact ce scrie pe etichetă | 0.8
etichetare clară | 0.8
lista completă de ingrediente | 0.8
originea ingredientelor | 0.8
originea materialelor | 0.8
de unde vin | 0.4
lanțul de aprovizionare | 0.8
lanț de aprovizionare transparent
trasabilitate | 0.9
vă arătăm tot | 0.7
vă arătăm cum lucrăm | 0.9
cum lucrăm | 0.4
structura prețului | 0.9
costurile de producție | 0.7
costurile reale | 0.8
audit independent | 0.8
verificat independent | 0.8
ne asumăm
ne asumăm greșelile
asumăm responsabilitatea | 0.9
recunoaștem | 0.7
fără secrete | 0.8
comunicare deschisă | 0.8
dialog deschis | 0.6
credibil* | 0.7
informare corectă | 0.8
informații corecte | 0.7
testăm tot ce recomandăm
recomand doar ce folosesc
doar produse pe care le folosesc | 0.9
folosesc cu adevărat | 0.7
fără reclame mascate | 0.9
marcăm clar colaborările | 0.9
dezvăluim | 0.8
franchețe | 0.9
cu bune și cu rele | 0.7
părerea mea onestă
# third pass: scene vocabulary (deeds described rather than named)
nu știu răspunsul | 0.7
mă documentez și revin | 0.7
am fost plătită pentru | 0.7
am fost plătit pentru | 0.7
recenziile negative | 0.6
recenzii negative | 0.5
are greșeli | 0.5
vă spun direct | 0.6
nu face minuni | 0.7
nu e un produs minune | 0.7
nu mi-au spus ce să zic | 0.8
am testat | 0.4
în realitate | 0.4
cu coșuri și tot | 0.7
cifrele proaste | 0.7
nu doar succesele | 0.7
aveți dreptate | 0.6
ai dreptate, am greșit | 0.9
nu doar cele bune | 0.6
și cele proaste | 0.5
nu mi-a plăcut | 0.4
și ce nu a mers | 0.7
și ce n-a mers | 0.7
recunosc că m-am înșelat | 0.9
m-am înșelat | 0.8
am făcut o greșeală | 0.9
am făcut greșeli | 0.7
greșeala a fost a mea | 0.9
mi-am cerut scuze | 0.9
ne cerem scuze | 0.8
scuze pentru confuzie | 0.8
am greșit prețul | 0.8
corect este | 0.4
e o colaborare plătită | 0.6
vă spun de la început | 0.7
menționez de la început | 0.8
menționez asta | 0.6
ca să fie clar | 0.4
ce nu mi-a plăcut | 0.8
ce nu-mi place | 0.6
nu a funcționat pentru mine | 0.8
n-a funcționat pentru mine | 0.8
nu a funcționat | 0.4
n-a funcționat | 0.4
nu merită banii | 0.6
nu merită | 0.3
după o lună de folosit | 0.8
după o lună de utilizare | 0.8
luni de folosit | 0.6
luni de utilizare | 0.6
testat timp de | 0.7
l-am folosit | 0.3
folosit zilnic | 0.3
cât câștig din | 0.7
cât am încasat | 0.6
cu tot cu taxe | 0.5
cifrele exacte | 0.7
vă arăt cifrele | 0.8
recenzie actualizată | 0.7
review actualizat | 0.7
mi-am schimbat părerea | 0.8
mi-am schimbat opinia | 0.8
era editată | 0.7
era editat | 0.7
poza era editată | 0.9
fața mea reală | 0.8
pielea mea reală | 0.8
așa arăt de fapt | 0.9
cum arăt de fapt | 0.9
așa arată de fapt | 0.8
fără machiaj | 0.4
fără retuș | 0.7
nu pot să recomand ce n-am încercat | 0.9
nu recomand ce nu am testat | 0.9
nu vă pot spune dacă | 0.5
nu pot să vă spun dacă | 0.5
nu am folosit produsul | 0.6
cu mizerie și tot | 0.6
cu tot cu dezordine | 0.6
fără regie | 0.7
nimic regizat | 0.8
neregizat | 0.8
nu e regizat | 0.7
exact așa cum e | 0.5
așa cum e | 0.3
am primit produsul gratuit | 0.8
primit gratuit | 0.6
mi-a fost trimis de | 0.6
trimis de brand | 0.7
nu vă mint | 0.8
n-o să vă mint | 0.8
nu o să vă mint | 0.8
să nu vă mint | 0.8
am returnat banii | 0.8
am dat banii înapoi | 0.8
i-am rambursat | 0.8
am retras produsul | 0.8
am retras lotul | 0.9
am anunțat clienții | 0.6
am returnat portofelul | 0.5
vă spun cum e de fapt | 0.8
cum stau lucrurile de fapt | 0.7
adevărul despre | 0.8
fără înflorituri | 0.6
pe șleau | 0.8
am eșuat | 0.5
eșecurile mele | 0.7
vă arăt și eșecurile | 0.9
și părțile urâte | 0.7
partea pe care nu o arată nimeni | 0.8
ce nu se vede | 0.4
am exagerat | 0.5
nu sunt expert | 0.6
nu sunt medic | 0.6
nu sunt specialist | 0.6
costul real | 0.6
cum se face de fapt | 0.8
cum se fabrică | 0.5
v-am dus în fabrică | 0.7
vizită în fabrică | 0.5
am spus nu ofertei | 0.7
am refuzat colaborarea | 0.7
am refuzat brandul | 0.8
am refuzat bani | 0.7
am refuzat o ofertă | 0.6
nu recomand | 0.5
nu îl recomand | 0.6
nu o recomand | 0.6
nu vi-l recomand | 0.7
# written without diacritics: the stemmer does not join these forms with the ones above
l-am cumparat singura | 0.7
ce vezi e ce primesti | 0.9

[value community]
comunitat*
comunitar* | 0.8
vecin* | 0.7
vecinătate | 0.7
împreună | 0.5
toți împreună | 0.7
laolaltă | 0.7
voluntar* | 0.6
voluntariat | 0.7
meetup | 0.8
întâlnire | 0.3
întâlnirea lunară | 0.7
clubul nostru | 0.5
club de carte | 0.8
club de lectură | 0.8
cerc de lectură | 0.8
asociația | 0.4
asociați* | 0.4
ong | 0.4
grup local | 0.8
grupul nostru | 0.4
cartierul nostru | 0.6
cartier | 0.5
cartierului | 0.5
strada noastră | 0.4
blocul nostru | 0.4
scara blocului | 0.5
curtea blocului | 0.6
copiii din bloc | 0.5
orașul nostru | 0.3
satul nostru | 0.4
localnici | 0.5
sprijin local | 0.9
susținem local | 0.9
cumpără local | 0.7
cumpărăm local | 0.7
afaceri locale | 0.7
micii producători | 0.6
mici producători | 0.6
masă comună | 0.7
potluck | 0.9
picnic în parc | 0.5
festival | 0.3
festivalul | 0.3
eveniment comunitar
zilele orașului | 0.6
sărbătoarea satului | 0.6
clacă | 0.9
la clacă | 0.9
șezătoare | 0.6
întrajutorare
ne ajutăm | 0.7
solidar*
apartenență | 0.9
ne-am strâns | 0.4
ne-am adunat | 0.5
ne adunăm | 0.5
vă așteptăm | 0.3
veniți cu toții | 0.7
intrarea liberă | 0.5
intrare liberă | 0.5
oameni faini | 0.5
oameni minunați | 0.5
coechipieri | 0.5
colegii | 0.2
prieteni | 0.3
gașca | 0.3
gașca noastră | 0.7
tura de grup | 0.6
alergare de grup | 0.6
antrenament de grup | 0.5
ieșire de grup | 0.6
bibliotecă de cartier | 0.8
grădină comunitară
grădina comunitară
spațiu comunitar
centru comunitar
parohie | 0.4
enoriași | 0.4
strângere de fonduri | 0.6
colectă de fonduri | 0.6
colectă publică | 0.6
bazar caritabil | 0.6
târg de schimb | 0.7
schimb de cărți | 0.7
grupul de facebook | 0.4
grupul de whatsapp | 0.4
membrii | 0.4
membri | 0.4
alături de voi | 0.4
alături de noi | 0.4
mulțumim tuturor | 0.6
participanți | 0.5
organizator* | 0.4
suntem uniți | 0.6
rămânem uniți | 0.6
unitate | 0.3
tribul | 0.5
tribul nostru | 0.7
familia noastră mare | 0.6
ne cunoaștem | 0.3
cunoscuți noi | 0.3
socializare | 0.5
să ne cunoaștem | 0.3
seară de jocuri | 0.5
quiz night | 0.5
karaoke | 0.3
grup coral | 0.6
corul | 0.4
fanfara | 0.4
echipa de voluntari | 0.9
împărțim | 0.4
#comunitate
#împreună | 0.7
#vecini | 0.8
#local | 0.5
#cumpărălocal | 0.8
#susținemlocal | 0.8
#supportlocal | 0.8
#community
#voluntariat | 0.7
#solidaritate
# second pass: brand-statement language, product words
aducem oamenii împreună
adunăm oamenii | 0.9
oameni laolaltă | 0.8
loc de întâlnire | 0.7
spațiu de întâlnire | 0.8
punct de întâlnire | 0.5
spațiu comun | 0.6
sentimentul de apartenență
alătură-te | 0.6
alăturați-vă | 0.6
fă parte din | 0.4
economia locală | 0.8
producătorii locali | 0.6
artizani locali | 0.6
oamenii locului | 0.7
inițiativă locală | 0.9
proiecte locale | 0.8
implicare civică
spirit civic
civic | 0.6
coeziune | 0.8
coeziune socială
spirit de echipă | 0.5
dăm înapoi | 0.4
dăm înapoi comunității
ne ajutăm unii pe alții
unii pentru alții | 0.6
cu toții | 0.4
mese în comun | 0.7
cină comună | 0.7
mâncăm împreună | 0.6
club de alergare | 0.8
grup de alergare | 0.8
run club | 0.8
întâlniri lunare | 0.7
evenimente locale | 0.8
târg local | 0.7
sărbătoare locală | 0.6
piața locală | 0.5
rețeaua noastră | 0.5
networking | 0.4
oamenii din jur | 0.4
prieteni noi | 0.4
#comunitatelocală
# third pass: scene vocabulary (deeds described rather than named)
atelier comun | 0.7
oricine vine | 0.5
vecinii ne-au adus | 0.8
în mijlocul străzii | 0.5
masa lungă | 0.5
fiecare cu ce a gătit | 0.8
fiecare cu ce | 0.4
tot satul a ieșit | 0.8
tot orașul | 0.3
în fața blocului | 0.4
din bloc | 0.4
biblioteca din sat | 0.6
au venit oameni din | 0.5
locul unde ne vedem | 0.6
am gătit toți | 0.5
toți vecinii | 0.8
aduceți mănuși | 0.5
veniți cu mănuși | 0.6
curățenie în cartier | 0.8
curățenie în parc | 0.6
curățenie în parcul din cartier | 0.9
curățenie în parcul | 0.6
au venit vecini | 0.8
am organizat cu vecinii | 0.9
împreună cu vecinii | 0.9
cu vecinii | 0.6
grădina blocului | 0.7
grădină pe terenul viran | 0.8
teren viran | 0.3
cutie cu cărți | 0.7
căsuță cu cărți | 0.8
bibliotecă stradală | 0.9
bibliotecă liberă | 0.8
ia o carte, lasă o carte | 0.9
lasă o carte | 0.6
târg de cartier | 0.8
vânzare de garaj | 0.6
fiecare aduce | 0.6
fiecare aduce ceva | 0.8
fiecare a adus | 0.6
fiecare a adus ceva | 0.8
mână de la mână | 0.9
am pus mână de la mână | 0.9
chetă | 0.8
am făcut chetă | 0.9
am strâns bani cu toții | 0.9
am strâns bani împreună | 0.8
mămicile din cartier | 0.8
grupul de mămici | 0.7
părinții din cartier | 0.7
copiii din cartier | 0.7
bunicile din bloc | 0.6
vecinele din bloc | 0.8
vecinii din bloc | 0.8
vecinii de pe scară | 0.8
grătar cu vecinii | 0.8
grupul străzii | 0.7
grupul blocului | 0.7
grupul cartierului | 0.7
asociația de proprietari | 0.5
comitetul de bloc | 0.4
clubul de ciclism | 0.7
club de ciclism | 0.7
clubul de șah | 0.6
club de șah | 0.6
club de tricotat | 0.7
cercul de tricotat | 0.7
corul bisericii | 0.7
cântăm în cor | 0.7
la schimb | 0.4
dat la schimb | 0.5
schimb de semințe | 0.8
schimb de răsaduri | 0.8
răsaduri la schimb | 0.8
ziua satului | 0.7
ziua comunei | 0.7
zilele comunei | 0.7
balul satului | 0.7
serbare câmpenească | 0.7
cina de cartier | 0.8
petrecere de cartier | 0.9
petrecerea străzii | 0.9
festival de cartier | 0.9
masă lungă pe stradă | 0.9
toată strada | 0.4
tot blocul | 0.5
tot satul | 0.5
tot cartierul | 0.6
întreg satul | 0.5
buget participativ | 0.9
consultare publică | 0.6
strângem semnături | 0.5
pompierii voluntari | 0.8
cercetaș* | 0.6
oameni pe care nu-i cunoșteam | 0.5
prima întâlnire a grupului | 0.6
ne vedem în fiecare | 0.4
ne întâlnim în fiecare | 0.5
ne strângem în fiecare | 0.6
ne-am organizat | 0.5
ne organizăm | 0.4
am adunat oamenii | 0.8
a adunat oameni | 0.7
a adunat 50 de oameni | 0.8
hai cu noi | 0.4
vino și tu | 0.4
veniți și voi | 0.5
comunitatea noastră | 0.9
mulțumesc vecinilor | 0.9
mulțumim vecinilor | 0.9
vecini de nădejde | 0.9
am reparat împreună | 0.7
am construit împreună | 0.7
am plantat împreună | 0.7
am curățat împreună | 0.8
atelier de reparații comunitar | 0.9
# written without diacritics: the stemmer does not join these forms with the ones above
club de lectura | 0.8
cerc de lectura | 0.8
veniti cu totii | 0.7
gradina comunitara
aduceti manusi | 0.5
veniti cu manusi | 0.6
asociatia de proprietari | 0.5
serbare campeneasca | 0.7

[value kindness]
bunătate
bun la suflet
suflet bun | 0.9
suflet mare | 0.9
inimă bună | 0.9
empati*
compasiune
blândețe | 0.9
blând* | 0.6
amabil* | 0.7
bunăvoință | 0.9
generozitat*
gest frumos | 0.9
gesturi mici | 0.7
un gest | 0.4
faptă bună | 0.9
fapte bune | 0.9
am ajutat | 0.6
ajutat | 0.3
ajut* | 0.3
să ajutăm | 0.8
o mână de ajutor | 0.9
mulțumesc din suflet | 0.5
recunoscăt* | 0.6
recunoștință | 0.7
gratitudine | 0.7
am ascultat | 0.4
te ascult | 0.5
să asculți | 0.4
ascultare activă | 0.8
am donat | 0.9
donați* | 0.8
donez | 0.8
donăm* | 0.8
donat | 0.7
donare de sânge
am donat sânge
donator* | 0.8
adăpost | 0.3
fără adăpost | 0.7
persoane fără adăpost | 0.8
oamenii străzii | 0.7
singurătat* | 0.6
sănătate mintală | 0.7
sănătatea mintală | 0.7
sănătate mentală | 0.7
depresie | 0.4
anxietate | 0.3
cere ajutor | 0.8
sprijin emoțional | 0.9
sprijin* | 0.3
alinar* | 0.7
consolar* | 0.6
îmbrățișare | 0.4
îmbrățișări | 0.5
caritabil* | 0.8
caritate | 0.9
voluntar* | 0.7
voluntariat | 0.8
bătrânei | 0.5
cămin de bătrâni | 0.6
azil | 0.4
orfani | 0.6
orfelinat | 0.6
copii defavorizați | 0.8
familii nevoiașe | 0.8
nevoiaș* | 0.7
la nevoie | 0.3
strângem bani | 0.6
cauză nobilă | 0.8
dăruit | 0.6
dăruiește | 0.6
dăruire | 0.7
să dăruim | 0.7
pachete pentru | 0.3
bancă de alimente | 0.8
banca de alimente | 0.8
mâncare caldă | 0.5
hrănim | 0.3
cu respect | 0.4
respect față de | 0.5
înțelegere* | 0.4
iertar* | 0.6
fii bun | 0.9
fii bună | 0.9
fii blând | 0.9
fii blândă | 0.9
din inimă | 0.5
cu drag | 0.3
ai grijă de tine | 0.4
să avem grijă | 0.4
sunt alături de tine | 0.6
scrie-mi | 0.4
ascultă-i | 0.6
un zâmbet | 0.3
o vorbă bună | 0.8
vorbă bună | 0.8
cuvinte frumoase | 0.6
te înțeleg | 0.5
nu ești singur | 0.6
nu ești singură | 0.6
i-am ajutat | 0.8
ne-a ajutat | 0.6
bătrânic* | 0.4
vecina în vârstă | 0.6
am dus cumpărăturile | 0.6
pay it forward | 0.9
cafea suspendată | 0.9
altruism
altruist*
#bunătate
#kindness
#empatie
#fiibun
#fiibuna
#donație | 0.8
#sănătatementală | 0.6
#mentalhealth | 0.5
#caritate
#voluntar | 0.7
# second pass: brand-statement language, product words
grijă față de ceilalți
grijă pentru ceilalți
grijă față de oameni | 0.8
atenți la nevoile celorlalți
atent la nevoile | 0.7
grijuliu | 0.8
grijulie | 0.8
căldură umană
ajutor umanitar | 0.9
umanitar* | 0.8
binefacere
cauze sociale | 0.8
proiecte sociale | 0.8
responsabilitate socială | 0.8
implicare socială | 0.8
impact social | 0.7
donăm o parte din profit
o parte din profit | 0.7
pentru fiecare produs vândut | 0.5
medii defavorizate | 0.9
defavoriz* | 0.8
vârstnici singuri | 0.8
bătrâni singuri | 0.8
sprijin psihologic | 0.9
suport emoțional | 0.9
susținere emoțională | 0.9
respect reciproc | 0.8
fără judecată | 0.6
oameni buni | 0.5
cu suflet | 0.5
oameni cu suflet | 0.8
cu zâmbetul pe buze | 0.4
aproapele | 0.6
#faptebune
omenie* | 0.9
omenia* | 0.9
cu omenie
omenos* | 0.9
omenoas* | 0.9
generos* | 0.8
generoas* | 0.8
# third pass: scene vocabulary (deeds described rather than named)
omul care cerșea | 0.6
care cerșea | 0.4
am cumpărat și pentru | 0.4
scrisoare de mulțumire | 0.6
nu avea cine | 0.5
copil pierdut | 0.6
i-am scris în privat | 0.5
pentru tratamentul unei | 0.6
pentru tratamentul | 0.4
pentru operația | 0.4
i-am lăsat umbrela | 0.7
i-am dat umbrela | 0.7
i-am dat geaca | 0.7
l-am luat deoparte | 0.5
am luat-o deoparte | 0.5
pachete cu mâncare | 0.6
pachete cu alimente | 0.7
am trimis pachete | 0.5
rămas fără serviciu | 0.5
rămas fără bani | 0.4
rămăsese fără bani | 0.4
trece printr-o perioadă grea | 0.7
perioadă grea | 0.4
am stat la telefon cu | 0.5
singură de sărbători | 0.7
singur de sărbători | 0.7
singuri de sărbători | 0.7
l-am invitat la masă | 0.6
am invitat-o la masă | 0.6
l-am chemat la masă | 0.5
n-avea cu cine | 0.6
nu avea cu cine | 0.6
mesaje de mulțumire | 0.4
i-am plătit medicamentele | 0.9
am plătit medicamentele | 0.7
i-am cărat sacoșele | 0.9
am cărat sacoșele | 0.7
i-am dus sacoșele | 0.8
am dus-o până acasă | 0.5
am condus-o acasă | 0.5
cafea plătită pentru | 0.7
plătită pentru următorul | 0.8
pentru următorul client | 0.5
pentru următorul om | 0.7
i-am dus supă | 0.7
i-am dus mâncare | 0.7
am dus supă | 0.6
am gătit pentru vecina | 0.8
am gătit pentru vecinul | 0.8
vecina bolnavă | 0.6
vecinul bolnav | 0.6
am avut grijă de | 0.5
am stat lângă | 0.4
am stat cu ea până | 0.6
am stat cu el până | 0.6
până s-a liniștit | 0.7
până s-a calmat | 0.7
am ascultat-o | 0.6
l-am ascultat | 0.6
i-am ascultat | 0.5
cum se simte de fapt | 0.7
cum te simți de fapt | 0.8
cum te simți cu adevărat | 0.8
am întrebat-o cum se simte | 0.8
l-am întrebat cum se simte | 0.8
sunt aici pentru tine | 0.7
sunt aici dacă ai nevoie | 0.8
dacă ai nevoie de cineva | 0.8
dacă ai nevoie să vorbești | 0.9
sunt lângă tine | 0.6
sunt lângă ea | 0.6
sunt lângă el | 0.6
i-am scris un bilet | 0.5
bilețele de încurajare | 0.9
bilețel de încurajare | 0.9
cuvinte de încurajare | 0.8
mesaj de încurajare | 0.8
mesaje de încurajare | 0.8
încurajare | 0.3
încurajări | 0.4
sincere condoleanțe | 0.5
condoleanțe | 0.4
am plătit cumpărăturile | 0.7
i-am plătit cumpărăturile | 0.9
i-am plătit | 0.4
nu avea destui bani | 0.4
nu-i ajungeau banii | 0.5
cantina socială | 0.9
cantină socială | 0.9
masă caldă | 0.7
mese calde | 0.8
sandviciuri pentru | 0.5
pături pentru | 0.6
ceai cald pentru | 0.6
am strâns haine | 0.7
am strâns jucării | 0.7
am strâns alimente | 0.7
am strâns bani pentru | 0.6
haine groase pentru | 0.5
jucării pentru copiii | 0.5
cadouri pentru copiii | 0.5
cutii cu daruri | 0.6
cutia cu daruri | 0.6
shoebox | 0.6
moș crăciun pentru o zi | 0.8
rămași fără casă | 0.7
rămasă fără casă | 0.7
rămas fără casă | 0.7
sinistraț* | 0.8
ajutor pentru sinistrați | 0.9
am returnat portofelul | 0.8
i-am dus portofelul | 0.8
l-am dus proprietarului | 0.7
am dus proprietarului | 0.7
am cedat locul | 0.8
i-am cedat locul | 0.9
cedez locul | 0.7
i-am arătat drumul | 0.6
l-am condus până | 0.5
am condus-o până | 0.5
fără să ceară nimic | 0.7
fără să aștepte nimic | 0.8
fără să aștept nimic | 0.8
nimic în schimb | 0.7
fără nimic în schimb | 0.7
un cuvânt bun | 0.8
un compliment | 0.5
un compliment sincer | 0.7
am vizitat la spital | 0.6
copiii din spital | 0.7
copiii bolnavi | 0.5
voluntar la spital | 0.9
voluntară la spital | 0.9
vizite la azil | 0.8
vizită la căminul de bătrâni | 0.8
am stat de vorbă cu | 0.5
stau de vorbă cu | 0.4
a avut nevoie să vorbească | 0.7
întinde o mână | 0.7
am întins o mână | 0.7
bunătatea străinilor
un străin m-a ajutat | 0.8
o străină m-a ajutat | 0.8
mi-a încălzit inima | 0.7
mi-a încălzit sufletul | 0.7
cald la suflet | 0.4
mă bucur că am putut ajuta | 0.8
am putut ajuta | 0.7
o mică faptă bună | 0.9
am făcut o colectă | 0.7
colectă pentru | 0.6
am cumpărat mâncare pentru | 0.5
centrul de plasament | 0.8
copii instituționalizați | 0.8
copiii din centrul de plasament | 0.9
nu judeca | 0.5
să fim mai buni | 0.8
mai multă blândețe | 0.9
cu răbdare și blândețe | 0.9
fii tu omul acela | 0.7
am plătit pentru ea | 0.5
am plătit pentru el | 0.5
fără să-i cunosc | 0.4
ajutor necondiționat | 0.9
îi ajut pe | 0.5
i-am ajutat pe | 0.7
am ajutat-o pe | 0.6
l-am ajutat pe | 0.6
m-am oferit să | 0.5
am oferit ajutor | 0.7
# written without diacritics: the stemmer does not join these forms with the ones above
familii nevoiase | 0.8
daruieste | 0.6
nu esti singura | 0.6
caldura umana
donam o parte din profit
omul care cersea | 0.6
singura de sarbatori | 0.7
i-am carat sacosele | 0.9
am carat sacosele | 0.7
i-am dus sacosele | 0.8
daca ai nevoie sa vorbesti | 0.9
sincere condoleante | 0.5
condoleante | 0.4
voluntara la spital | 0.9
a avut nevoie sa vorbeasca | 0.7

[value inclusivity]
incluziv*
incluziune
incluziune socială
diversitat*
accesibilitat*
accesibil pentru toți | 0.7
accesibil persoanelor | 0.9
accesibilă persoanelor | 0.9
acces pentru toți | 0.5
rampă de acces | 0.8
rampă pentru | 0.6
scaun cu rotile | 0.8
scaunul cu rotile | 0.8
persoane cu dizabilități
dizabilit* | 0.9
handicap locomotor | 0.8
nevăzăt* | 0.8
surzi | 0.6
hipoacuzie | 0.7
limbaj mimico-gestual
limbajul semnelor | 0.9
braille | 0.9
subtitrare | 0.5
subtitrat | 0.5
neurodivers*
autism | 0.6
autis* | 0.6
spectrul autist | 0.8
sindrom down | 0.8
adhd | 0.4
dislexie | 0.5
toate corpurile | 0.7
orice corp | 0.5
fiecare corp | 0.5
body positive
body positivity
body neutrality | 0.9
acceptare* | 0.6
acceptă-te | 0.7
iubește-ți corpul | 0.8
egalitate de gen | 0.9
egalitat* | 0.5
egalitate de șanse
șanse egale
toți sunt bineveniți | 0.9
toată lumea e binevenită
toată lumea este binevenită
bineveniți | 0.4
binevenită | 0.3
fără discriminare
nediscriminare
discriminare | 0.5
antidiscriminare
rasism | 0.4
antirasism | 0.9
antirasist | 0.9
lgbt* | 0.8
lgbtq | 0.8
comunitatea lgbt | 0.9
queer | 0.7
pride | 0.5
marșul diversității
non-binar | 0.9
nonbinar | 0.9
identitate de gen | 0.8
pronume | 0.4
gender neutral | 0.8
unisex | 0.4
romi* | 0.4
rromi | 0.5
comunitatea romă | 0.7
minorităț* | 0.7
minorități etnice | 0.8
refugiaț* | 0.6
multicultural*
intercultural*
toate vârstele | 0.6
orice vârstă | 0.5
indiferent de vârstă | 0.9
indiferent de gen
indiferent de origine
indiferent de | 0.3
orice origine | 0.5
culoarea pielii | 0.6
mărimi mari | 0.8
plus size | 0.9
toate mărimile | 0.6
mărimi inclusive
curvy | 0.6
reprezentare* | 0.5
reprezentativitat* | 0.7
deschis tuturor | 0.8
deschisă tuturor | 0.8
stereotip* | 0.6
prejudecăți | 0.6
fără prejudecăți | 0.9
diferențele | 0.2
diferiți | 0.2
seniori | 0.4
vârstnici | 0.4
mame singure | 0.5
vitiligo | 0.7
cicatrici | 0.3
proteză | 0.5
frumusețe reală | 0.7
frumusețea reală | 0.7
egalitate în drepturi | 0.9
respect pentru toți | 0.6
integrarea persoanelor | 0.7
integrarea copiilor | 0.6
adaptat pentru | 0.5
ușor de folosit | 0.2
text alternativ | 0.7
descriere audio | 0.8
#diversitate
#incluziune
#accesibilitate
#egalitate | 0.8
#bodypositive
#bodypositivity
#bodyneutrality
#lovewins | 0.8
#pride | 0.6
#inclusion
#diversity
#plussize | 0.8
# second pass: brand-statement language, product words
pentru toată lumea | 0.6
deschis pentru toată lumea | 0.9
oricine e binevenit
oricine este binevenit
fiecare e binevenit
fiecare este binevenit
nu lăsăm pe nimeni în urmă
nimeni nu rămâne în urmă | 0.9
nimeni nu e lăsat pe dinafară | 0.9
indiferent de proveniență
indiferent de etnie
indiferent de religie
indiferent de orientare
indiferent de orientarea sexuală
indiferent de naționalitate
indiferent de mărime
indiferent de corp
indiferent de background
indiferent de statut
indiferent de abilități
indiferent de limba
indiferent de culoarea pielii
toate tipurile de corp
orice tip de corp
orice siluetă | 0.8
toate siluetele | 0.8
orice mărime | 0.7
gamă extinsă de mărimi | 0.9
mărimi extinse | 0.9
orice ton de piele | 0.9
toate tonurile de piele | 0.9
toate nuanțele de piele | 0.9
fără bariere
design universal | 0.9
acces fără trepte | 0.9
accesibil în scaun cu rotile | 0.9
persoane cu deficiențe de vedere
deficiențe de vedere | 0.9
deficiențe de auz | 0.9
nevoi speciale | 0.8
persoane cu nevoi speciale
cerințe educaționale speciale | 0.8
îmbrăcăminte adaptivă
modă adaptivă
adaptiv* | 0.5
femei în tehnologie
fete în tehnologie
femei în it
fete în it
femei în știință | 0.9
fete în știință | 0.9
femei în stem
echipe diverse | 0.8
echipă diversă | 0.8
comunități marginalizate
marginalizat* | 0.7
grupuri vulnerabile | 0.8
toleranță | 0.7
tolerant* | 0.5
spațiu sigur | 0.7
safe space | 0.7
persoane trans | 0.8
transgender | 0.8
etnii | 0.5
fără judecăți | 0.5
integrare socială | 0.8
acces egal | 0.7
de la 7 la 77 de ani | 0.6
# third pass: scene vocabulary (deeds described rather than named)
pictograme | 0.6
cine nu citește ușor | 0.7
cu anxietate | 0.4
fotoliu rulant | 0.8
în fotoliu rulant | 0.9
orice nivel | 0.5
indiferent de nivel | 0.7
toate nivelurile | 0.5
nu contează nivelul | 0.7
nu contează vârsta | 0.8
nu contează greutatea | 0.8
nu contează mărimea | 0.7
indiferent de greutate | 0.9
orice greutate | 0.8
nu există prea târziu | 0.5
nu ești prea bătrân | 0.6
nu ești prea bătrână | 0.6
rampă | 0.4
rampă pentru cărucioare | 0.8
rampă nouă | 0.5
am montat o rampă | 0.8
fără trepte | 0.8
lift accesibil | 0.8
toaletă accesibilă | 0.9
toalete accesibile | 0.9
intrare accesibilă | 0.8
traseu accesibil | 0.8
trasee accesibile | 0.8
plajă accesibilă | 0.9
muzeu accesibil | 0.8
accesibil cu căruciorul | 0.7
accesibilă cu căruciorul | 0.7
accesibil și cu căruciorul | 0.7
scaun rulant | 0.8
în scaun rulant | 0.9
utilizatori de scaun cu rotile | 0.9
cadru de mers | 0.6
baston alb | 0.9
câine ghid | 0.9
câini ghizi | 0.9
câine de asistență | 0.8
amputat* | 0.5
paraplegic* | 0.7
tetraplegic* | 0.7
paralizie cerebrală | 0.8
sindromul down | 0.8
tulburare din spectrul autist | 0.9
neurotipic* | 0.7
copii cu autism | 0.8
copiii cu autism | 0.8
persoane cu autism | 0.8
surd | 0.6
surdă | 0.6
persoane surde | 0.9
hipoacuzic* | 0.7
implant cohlear | 0.9
aparat auditiv | 0.8
proteză auditivă | 0.8
persoane oarbe | 0.8
persoane nevăzătoare | 0.9
interpret mimico-gestual
interpret de limbaj mimico-gestual
interpret în limbajul semnelor
limba semnelor | 0.9
în limbaj mimico-gestual
cu subtitrare | 0.6
subtitrare în română | 0.6
subtitrări | 0.5
closed captions | 0.8
captions | 0.5
audiodescriere | 0.9
cititor de ecran | 0.9
screen reader | 0.9
contrast ridicat | 0.6
font mare | 0.4
ușor de citit | 0.6
easy to read | 0.8
limbaj simplu | 0.5
format accesibil | 0.9
versiune accesibilă | 0.9
bandă podotactilă | 0.9
semafor sonor | 0.9
semafoare sonore | 0.9
oră liniștită | 0.9
ore liniștite | 0.9
program adaptat | 0.7
prietenos senzorial | 0.9
sensibilitate senzorială | 0.8
sensibilități senzoriale | 0.8
fără muzică tare | 0.4
lumini slabe | 0.3
sport adaptat | 0.9
înot adaptat | 0.9
paralimpic* | 0.9
special olympics | 0.9
loc de muncă protejat | 0.9
atelier protejat | 0.9
unitate protejată | 0.8
angajăm persoane cu | 0.8
orice ritm | 0.6
indiferent de ritm | 0.8
nimeni nu rămâne ultimul | 0.8
începători bineveniți | 0.8
începătorii sunt bineveniți | 0.8
nou-veniți | 0.5
noii veniți | 0.6
refugiații sunt bineveniți
refugees welcome | 0.9
familii de refugiați | 0.8
familiile de refugiați | 0.8
integrarea refugiaților | 0.9
migranți | 0.4
imigranți | 0.4
română pentru străini | 0.8
cursuri de română pentru | 0.8
tradus în | 0.3
tradus în ucraineană | 0.7
tradus în engleză | 0.4
în mai multe limbi | 0.5
multilingv* | 0.6
femei antreprenor | 0.6
femei în leadership | 0.7
femei în sport | 0.7
fete care programează | 0.8
programare pentru fete | 0.8
programare pentru femei | 0.8
cursuri pentru femei | 0.5
mărimi reale | 0.7
corpuri reale | 0.8
corpuri diferite | 0.7
de la xs la | 0.6
până la 4xl | 0.7
4xl | 0.5
5xl | 0.6
mărimi plus | 0.8
persoanele în vârstă | 0.4
pentru persoanele în vârstă | 0.5
cursuri pentru seniori | 0.8
atelier pentru seniori | 0.8
seniorii din | 0.5
seniori activi | 0.6
niciodată nu e prea târziu | 0.4
gay | 0.5
lesbian* | 0.6
bisexual* | 0.6
cuplu gay | 0.7
cupluri de același sex
căsătorie egală
parteneriat civil | 0.8
coming out | 0.8
bucharest pride | 0.8
comunitatea de romi | 0.8
rrom* | 0.5
copii romi | 0.6
minoritatea maghiară | 0.6
oricine poate participa | 0.7
oricine poate veni | 0.7
toată lumea poate participa | 0.7
primim pe oricine | 0.8
primește pe oricine | 0.8
adaptat nevoilor | 0.8
nevoi diferite | 0.6
# written without diacritics: the stemmer does not join these forms with the ones above
fara prejudecati | 0.9
nu lasam pe nimeni in urma
nimeni nu e lasat pe dinafara | 0.9
fara judecati | 0.5
nu conteaza nivelul | 0.7
nu conteaza varsta | 0.8
nu conteaza greutatea | 0.8
nu conteaza marimea | 0.7
nou-veniti | 0.5
noii veniti | 0.6
fete care programeaza | 0.8

[value wellbeing]
stare de bine
starea de bine
wellbeing
wellness | 0.8
sănătate | 0.6
sănătatea | 0.6
sănătos | 0.7
sănătoasă | 0.7
sănătoși | 0.7
sănătoase | 0.7
viață sănătoasă
stil de viață sănătos
obiceiuri sănătoase
echilibru | 0.8
echilibrul | 0.8
echilibrat* | 0.7
alimentație echilibrată
mâncare sănătoasă | 0.9
masă echilibrată | 0.8
hrănitor | 0.6
hrănitoare | 0.6
nutritiv | 0.6
nutriți* | 0.5
dietetician | 0.5
somn | 0.6
somnul | 0.6
ore de somn | 0.6
opt ore de somn | 0.9
am dormit bine | 0.8
odihn* | 0.7
m-am odihnit | 0.8
m-am culcat devreme | 0.8
culcat devreme | 0.8
zi de odihnă | 0.7
zi liberă | 0.4
pauză | 0.4
pauze | 0.4
deconectare | 0.7
m-am deconectat | 0.7
detox digital | 0.9
digital detox | 0.9
fără telefon | 0.6
hidratare | 0.5
beau apă | 0.5
plimbare | 0.5
plimbări | 0.5
mișcare | 0.6
puțină mișcare | 0.7
mers pe jos | 0.5
aer liber | 0.5
în natură | 0.4
yoga | 0.7
meditați* | 0.5
meditez | 0.8
mindfulness | 0.9
respirați* | 0.6
respirație conștientă | 0.9
relaxare | 0.6
relax* | 0.5
stretching | 0.6
pilates | 0.5
înot | 0.4
sport | 0.4
alergare ușoară | 0.6
self-care | 0.9
grijă de sine
ai grijă de tine | 0.7
îngrijire de sine
terapie | 0.5
terapeut* | 0.5
psihoterapie | 0.7
psiholog* | 0.5
sănătate mintală | 0.9
sănătatea mintală | 0.9
sănătate mentală | 0.9
gestionarea stresului | 0.8
mai puțin stres | 0.8
stres | 0.3
burnout | 0.4
ascultă-ți corpul
ascultă corpul | 0.9
fără extreme | 0.9
moderați* | 0.8
cu moderație | 0.8
liniște | 0.5
liniștea | 0.5
pace interioară | 0.9
calm | 0.4
jurnal de recunoștință | 0.8
journaling | 0.8
legume | 0.4
fructe | 0.4
salată | 0.3
fibre | 0.3
vitamin* | 0.4
mic dejun sănătos | 0.9
gătit acasă | 0.4
fără zahăr | 0.5
mai puțin zahăr | 0.7
ceai | 0.2
rutina de seară | 0.5
rutina de dimineață | 0.4
baie caldă | 0.4
saună | 0.5
recuperare | 0.3
analizele anuale | 0.7
control medical | 0.6
prevenție | 0.6
screening | 0.5
corp sănătos | 0.9
minte sănătoasă | 0.9
minte limpede | 0.7
energie | 0.2
#wellbeing
#stareadebine
#sănătate | 0.8
#wellness | 0.8
#mindfulness
#mentalhealth | 0.8
#sănătatementală | 0.8
#selfcare | 0.9
#healthy | 0.7
#healthylifestyle | 0.9
#viațăsănătoasă
#yoga | 0.6
#slowliving | 0.5
# second pass: brand-statement language, product words
minte și corp
corp și minte
trup și suflet | 0.6
echilibru interior
echilibru emoțional
bunăstare | 0.8
sănătate holistică | 0.9
holistic* | 0.6
vitalitate | 0.5
stil de viață activ
viață activă | 0.8
mișcare zilnică | 0.8
activitate fizică | 0.7
alimentație sănătoasă
hrană sănătoasă | 0.9
gustări sănătoase | 0.8
fără aditivi | 0.6
fără conservanți | 0.6
fără zahăr adăugat | 0.7
nutrienți | 0.5
somn de calitate | 0.9
somn odihnitor | 0.9
reducerea stresului | 0.9
antistres | 0.7
anti-stres | 0.7
reziliență | 0.6
mâncat conștient | 0.8
alimentație conștientă | 0.8
mindful | 0.8
sănătate preventivă | 0.8
masaj | 0.5
în ritmul tău | 0.6
fără presiune | 0.4
fără diete | 0.8
postură corectă | 0.6
ergonomic* | 0.4
sănătatea ta | 0.6
grijă de sănătate | 0.8
energie naturală | 0.3
ieșiri în natură | 0.5
sănătoși și fericiți | 0.8
#stilsănătos
# third pass: scene vocabulary (deeds described rather than named)
fără alcool | 0.7
respir aer curat | 0.6
merg pe jos | 0.6
am mers pe jos | 0.6
pe jos la birou | 0.7
fără ecran | 0.6
am simțit gustul | 0.4
am stat în liniște | 0.7
în liniște | 0.4
mă simt bine | 0.3
mă simt alt om | 0.5
mă simt odihnit | 0.8
mă simt odihnită | 0.8
dormit opt ore | 0.8
am dormit opt ore | 0.9
am început terapia | 0.9
la terapie | 0.7
ședința de terapie | 0.8
terapeuta mea | 0.8
psihologul meu | 0.8
psihologa mea | 0.8
fără grabă | 0.4
mâncat fără grabă | 0.7
am închis laptopul | 0.7
am închis calculatorul | 0.6
limite sănătoase | 0.9
mai puțină cafea | 0.6
dorm mult mai bine | 0.8
dorm mai bine | 0.8
somn mai bun | 0.8
fără remușcări | 0.4
zi de lenevit | 0.5
zi de pijama | 0.5
mi-am făcut analizele | 0.8
control anual | 0.8
analize de sânge | 0.6
mai puțin prăjit | 0.6
mai multe legume | 0.7
întinderi | 0.5
10.000 de pași | 0.7
10000 de pași | 0.7
pași pe zi | 0.6
mai multă apă | 0.5
doi litri de apă | 0.6
aer curat | 0.4
rutina de somn | 0.8
fără ecrane | 0.7
am lăsat telefonul | 0.6
telefonul pe silențios | 0.6
duș rece | 0.4
meditație ghidată | 0.9
am meditat | 0.8
zece minute de meditație | 0.9
am respirat adânc | 0.6
exerciții de respirație | 0.9
m-am ascultat | 0.6
mi-am ascultat corpul | 0.9
am ascultat de corp | 0.8
mi-am luat o zi liberă | 0.7
zi liberă pentru mine | 0.8
am ieșit la soare | 0.5
plimbare în parc | 0.6
plimbare în pădure | 0.7
baie de pădure | 0.9
terapie prin natură | 0.8
fără notificări | 0.6
mâncare adevărată | 0.6
mâncare gătită | 0.4
mai mult somn | 0.7
somn suficient | 0.8
nu mai sar peste micul dejun | 0.8
mic dejun consistent | 0.6
m-am simțit mai bine | 0.6
mă simt mai bine | 0.5
mi-a făcut bine | 0.5
grijă de mine | 0.7
am grijă de mine | 0.8
timp pentru mine | 0.6
ritm lent | 0.6
# written without diacritics: the stemmer does not join these forms with the ones above
alimentatie echilibrata
respiratie constienta | 0.9
cu moderatie | 0.8
rutina de dimineata | 0.4
alimentatie sanatoasa
fara conservanti | 0.6
alimentatie constienta | 0.8
postura corecta | 0.6
meditatie ghidata | 0.9
zece minute de meditatie | 0.9
exercitii de respiratie | 0.9

[value family]
familie | 0.7
familia | 0.7
familiei | 0.7
familii | 0.5
familiile | 0.5
familia mea
familia noastră
în familie
cu familia
timp în familie
toată familia | 0.9
reuniune de familie
vacanță în familie | 0.9
vacanța cu familia | 0.9
mama | 0.4
mamă | 0.4
mami | 0.4
mămica | 0.5
mămică | 0.5
tata | 0.4
tată | 0.4
tati | 0.4
tătic | 0.5
părinți* | 0.5
părinte | 0.4
bunic* | 0.4
mamaie | 0.4
tataie | 0.4
copil* | 0.4
copii* | 0.4
copiii | 0.5
fiul meu | 0.9
fiica mea | 0.9
fiul nostru | 0.9
fiica noastră | 0.9
băiatul meu | 0.8
fetița mea | 0.9
fetița | 0.6
băiețelul | 0.7
băiețelul meu | 0.9
piticul | 0.6
piticii | 0.6
bebe | 0.6
bebeluș* | 0.6
nou-născut | 0.6
fratele meu | 0.7
sora mea | 0.7
frații | 0.5
frați | 0.5
surori | 0.5
surorile | 0.5
verișor* | 0.6
verișoar* | 0.6
nepot | 0.5
soțul | 0.6
soția | 0.6
soțul meu | 0.7
soția mea | 0.7
socrii | 0.6
soacra | 0.5
socrul | 0.5
unchiul | 0.5
mătuș* | 0.5
nașii* | 0.4
finii noștri | 0.5
botez | 0.5
cumetrie | 0.5
ziua mamei | 0.7
ziua tatălui | 0.7
masa de duminică | 0.8
prânzul de duminică | 0.9
duminica în familie | 0.9
acasă la părinți | 0.8
la părinți | 0.6
la bunici | 0.7
la țară la bunici | 0.7
poveste de seară | 0.8
povești de seară | 0.8
povestea de seară | 0.8
ora de culcare | 0.6
culcare | 0.3
temele pentru acasă | 0.5
la grădiniță | 0.5
serbăr* | 0.6
primii pași | 0.7
primul dințișor | 0.8
a fi mamă | 0.8
a fi părinte | 0.9
viața de părinte | 0.9
viața de mamă | 0.9
viața de tată | 0.9
împreună cu copiii | 0.9
cu copiii | 0.7
cu cei mici | 0.3
cei mici | 0.3
micuț* | 0.3
jocuri de societate | 0.3
seară de film | 0.3
neamuri | 0.6
neamurile | 0.6
rude | 0.6
rudele | 0.6
arbore genealogic | 0.7
însărcinată | 0.6
gravidă | 0.6
așteptăm un bebe | 0.9
am devenit părinți
am devenit mamă
am devenit tată
aniversarea nunții | 0.6
ani de căsnicie | 0.6
căsnici* | 0.5
acasă | 0.2
casa părintească | 0.8
dor de casă | 0.6
dor de mama | 0.7
#familie
#familia
#family
#mămică | 0.8
#momlife | 0.9
#dadlife | 0.9
#viațădepărinte
#timpînfamilie
#bunici | 0.9
#familyfirst
#familytime
#copii | 0.7
# second pass: brand-statement language, product words
pentru întreaga familie
pentru familii | 0.8
familii cu copii
familii tinere | 0.9
familii numeroase | 0.9
părinți și copii | 0.9
mici și mari | 0.4
de la bunici la nepoți
trei generații | 0.8
momente în familie
momente împreună | 0.6
timp de calitate împreună | 0.8
timp petrecut împreună | 0.7
amintiri de familie
amintiri împreună | 0.6
tradiții de familie | 0.8
activități în familie
ieșiri în familie
weekend în familie
excursie în familie | 0.9
activități pentru copii | 0.5
family-friendly | 0.8
kid-friendly | 0.6
prietenos cu copiii | 0.7
afacere de familie | 0.7
firmă de familie | 0.7
din tată în fiu | 0.7
creșterea copiilor | 0.9
cei dragi | 0.6
alături de cei dragi | 0.8
familial | 0.8
#familiemea
# third pass: scene vocabulary (deeds described rather than named)
toți patru | 0.5
seara citim | 0.5
cu fetele mele | 0.8
fetele mele | 0.5
băieții mei | 0.4
cu băieții mei | 0.5
toți frații | 0.6
ziua tatălui meu | 0.6
ziua mamei mele | 0.6
bebelușul nostru | 0.8
primul crăciun cu | 0.7
cu băiatul meu | 0.9
cu fetița mea | 0.9
cu fetița | 0.7
cu băiețelul | 0.7
toți la masă | 0.6
toți la aceeași masă | 0.7
masa de duminică în familie
am gătit cu mama | 0.8
am gătit cu tata | 0.8
am gătit cu copiii | 0.9
gătim cu copiii | 0.9
roți ajutătoare | 0.6
primul cuvânt | 0.7
prima zi de școală | 0.4
prima zi de grădiniță | 0.7
concediu de paternitate | 0.9
concediul de paternitate | 0.9
concediu de maternitate | 0.8
concediu de creștere a copilului | 0.9
concediul de creștere | 0.8
frate-miu | 0.7
soră-mea | 0.7
maică-mea | 0.6
taică-miu | 0.6
i-am citit | 0.4
ani de căsătorie | 0.7
nunta de aur | 0.9
aniversarea căsătoriei | 0.8
am dus copiii la | 0.6
am luat copiii de la | 0.6
cu tata | 0.5
cu mama | 0.5
cu mami | 0.6
cu tati | 0.6
cu părinții | 0.6
cu bunicii | 0.6
cu fratele meu | 0.7
cu sora mea | 0.7
cu fiul meu | 0.9
cu fiica mea | 0.9
cu soțul | 0.6
cu soția | 0.6
la teme | 0.4
am ajutat-o la teme | 0.8
l-am ajutat la teme | 0.8
mama și tata | 0.7
mami și tati | 0.8
ai mei | 0.4
acasă la ai mei | 0.8
petrecem timp împreună | 0.8
timp cu copiii | 0.9
timp cu familia | 0.9
weekend cu copiii | 0.8
ieșire cu copiii | 0.8
vacanță cu copiii | 0.9
excursie cu copiii | 0.9
ziua fetiței | 0.7
ziua băiatului | 0.7
ziua fiului meu | 0.9
ziua fiicei mele | 0.9
nepoata | 0.5
nepoatele | 0.5
nepoții mei | 0.7
nepoata mea | 0.7
cina de duminică | 0.8
toată familia la masă | 0.9
am crescut copiii | 0.8
să-mi cresc copiii | 0.8
mamă de doi | 0.8
mamă a doi copii | 0.8
tată de doi | 0.8
tată a doi copii | 0.8
mamă de trei | 0.8
tată de trei | 0.8
cei trei copii ai mei | 0.9
copiii mei | 0.8
copilul meu | 0.8
cei mici ai mei | 0.8
seara în familie | 0.9
am adormit copiii | 0.8
l-am adormit | 0.5
am schimbat scutece | 0.6
noapte nedormită cu bebe | 0.8
s-a născut | 0.4
bun venit pe lume | 0.8
am devenit bunică | 0.9
am devenit bunic | 0.9
am devenit mătușă | 0.8
am devenit unchi | 0.8
# written without diacritics: the stemmer does not join these forms with the ones above
casa parinteasca | 0.8
traditii de familie | 0.8
prima zi de gradinita | 0.7

[value craftsmanship]
handmade
făcut de mână
făcută de mână
făcute de mână
lucrat manual
lucrată manual
lucrate manual
lucrat de mână
lucru manual | 0.9
cusut manual | 0.9
pictat manual | 0.9
manual | 0.3
artizan*
artizanat
meșteșug*
meșter* | 0.8
meseriaș* | 0.8
meserie | 0.5
ucenic* | 0.8
măiestrie
pricepere | 0.8
îndemânar* | 0.9
atelier* | 0.6
atelierul meu | 0.8
manufactur* | 0.8
calitate | 0.5
calitate superioară | 0.8
de calitate | 0.5
calitate peste cantitate
quality over quantity
materiale de calitate | 0.8
materiale naturale | 0.5
durabil | 0.5
durabile | 0.5
rezistă ani | 0.7
ține ani de zile | 0.7
bine făcut | 0.7
bine lucrat | 0.8
finisaj* | 0.7
finisare | 0.6
atenție la detalii | 0.9
fiecare detaliu | 0.7
detalii | 0.3
precizi* | 0.7
migal*
răbdare | 0.5
ore de muncă | 0.6
ore de lucru | 0.6
cusături | 0.7
croitor* | 0.7
tâmplar*
lemn masiv | 0.8
lemn | 0.3
dulgher*
fierar*
forjat | 0.8
olar*
olărit
ceramică | 0.6
lut | 0.5
roata olarului
țesătoare | 0.8
țesături | 0.6
război de țesut
tricot* | 0.7
croșetat* | 0.7
croșet* | 0.6
brodat* | 0.7
broderie | 0.8
pielărie | 0.8
marochinărie | 0.7
cizmar* | 0.8
sculptat | 0.7
sculptură în lemn | 0.8
gravat | 0.5
gravur* | 0.5
șlefui* | 0.6
lustruit | 0.5
rinde* | 0.7
daltă | 0.6
unelte | 0.4
restaurat* | 0.6
restaurare* | 0.6
serie mică | 0.7
serie limitată | 0.5
unicat* | 0.7
piesă unică | 0.7
fiecare piesă | 0.3
făcut pe comandă | 0.6
lucrat cu drag | 0.6
făcut cu drag | 0.6
cu grijă | 0.3
made in romania | 0.5
produs românesc | 0.4
bijuterii handmade | 0.9
argint lucrat | 0.7
ceas mecanic | 0.5
ceasornicar | 0.8
lutier | 0.9
legătorie | 0.8
legat manual | 0.8
tapițerie | 0.6
vitralii | 0.7
împletit | 0.6
împletituri | 0.6
răchită | 0.6
lână* | 0.4
fir cu fir | 0.8
punct cu punct | 0.8
cusut cu mâna | 0.9
perfecționism | 0.4
perfecțiun* | 0.4
#handmade
#făcutdemână
#handcrafted
#craftsmanship
#artizanat
#meșteșug
#lucratmanual
#unicat | 0.8
#woodworking | 0.9
#tâmplărie | 0.9
#madeinromania | 0.5
#ceramică | 0.7
#pottery | 0.8
# second pass: brand-statement language, product words
făcut să dureze
creat să dureze
construit să dureze
gândit să dureze
fabricat să reziste
făcut să reziste
rezistă în timp | 0.8
rezistent în timp | 0.8
trainic | 0.9
robust | 0.4
construit pentru a fi reparat | 0.8
ușor de reparat | 0.6
garanție pe viață | 0.8
ani de garanție | 0.5
lucrat cu atenție | 0.8
gândit până la ultimul detaliu
până la cel mai mic detaliu | 0.8
cusut cu grijă | 0.8
asamblat manual
finisat manual
șlefuit manual
turnat manual | 0.8
tăiat manual | 0.7
țesut manual
tricotat manual
suflată manual | 0.8
sticlă suflată | 0.8
făcut cu pasiune | 0.7
lucrat cu pasiune | 0.8
făcut cu suflet | 0.7
expertiză | 0.7
know-how | 0.6
ani de experiență | 0.5
materii prime de calitate | 0.8
cele mai bune materiale | 0.7
materiale nobile | 0.7
piele naturală | 0.6
lemn de stejar | 0.6
lemn de nuc | 0.6
alamă | 0.5
cupru | 0.3
control al calității | 0.7
standarde înalte | 0.7
cele mai înalte standarde | 0.8
exigență | 0.4
treabă bine făcută
croit pe măsură | 0.8
la comandă | 0.4
producție proprie | 0.6
loturi mici | 0.7
bijutier | 0.7
argintar | 0.8
giuvaergiu | 0.8
sticlar | 0.7
#lucratdemână
# third pass: scene vocabulary (deeds described rather than named)
am țesut | 0.8
rând cu rând | 0.7
piatră de apă | 0.7
ascut cuțitele | 0.6
fără un singur șurub | 0.7
fără șuruburi | 0.6
masă din nuc | 0.6
luni de lucru | 0.6
săptămâni de lucru | 0.6
calapod | 0.8
pe calapod | 0.9
după măsura | 0.5
făcut pe măsură | 0.6
nuiel* | 0.6
coșuri împletite | 0.8
coșuri din nuiele | 0.9
împletesc | 0.5
ață cerată | 0.8
împunsătură | 0.8
împunsături | 0.8
cusătură | 0.6
am cusut | 0.5
îmbinar* | 0.6
coadă de rândunică | 0.9
fără cuie | 0.7
fără niciun cui | 0.8
am refăcut de trei ori | 0.7
am refăcut-o de | 0.6
până a ieșit perfect | 0.6
până iese perfect | 0.7
până a ieșit cum trebuie | 0.7
oțel de arc | 0.8
oțel damasc | 0.9
călit în ulei | 0.9
călire | 0.6
nicovală | 0.9
forjă | 0.9
la forjă | 0.9
am forjat | 0.9
pun talpa | 0.6
talpă nouă | 0.5
pantofar | 0.8
pantofi făcuți de mână | 0.9
prima ardere | 0.8
a doua ardere | 0.8
glazură de ceramică | 0.8
cuptorul de ceramică | 0.8
la roată | 0.4
la roata de olar | 0.9
andrele* | 0.7
cu andrelele | 0.8
fir de lână | 0.5
șelac | 0.8
ceară de albine | 0.4
finisat cu ulei | 0.7
lăcuit | 0.5
scobit* | 0.7
am scobit | 0.8
linguri de lemn | 0.8
lingură de lemn | 0.8
ciopl* | 0.8
strunjit* | 0.7
la strung | 0.7
luthier | 0.9
copertă de piele | 0.7
legat la mână | 0.6
zeci de ore | 0.5
sute de ore | 0.6
ore de muncă pentru | 0.7
fiecare bucată e unică | 0.7
fiecare piesă e unică | 0.7
milimetric* | 0.6
la milimetru | 0.7
la zecime de milimetru | 0.8
reparat cu grijă | 0.6
lemn de cireș | 0.6
lemn de tei | 0.6
lemn de frasin | 0.6
lemn de paltin | 0.6
am sudat | 0.5
retapițat | 0.6
detaliu cu detaliu | 0.8
bucată cu bucată | 0.6
strat cu strat | 0.6
împletit de mână | 0.9
țesut de mână | 0.9
cusută de mână | 0.9
cusute de mână | 0.9
am ascuțit | 0.5
tehnica veche | 0.5
ucenicia mea | 0.9
am învățat meseria | 0.8
meseria de la | 0.7
munca mâinilor | 0.8
cu mâinile mele | 0.6
cu mâna mea | 0.4
mâini pricepute | 0.9
mână sigură | 0.6
atenție la fiecare cusătură | 0.9
bine închegat | 0.7
fără lipici | 0.5
gata de încă 50 de ani | 0.8
pentru încă o generație | 0.7
# written without diacritics: the stemmer does not join these forms with the ones above
sculptura in lemn | 0.8
impunsatura | 0.8
cusatura | 0.6
glazura de ceramica | 0.8
lingura de lemn | 0.8
atentie la fiecare cusatura | 0.9

[value creativity]
creativ*
creație* | 0.5
creații* | 0.5
creația* | 0.5
creat de mine | 0.8
am creat | 0.7
inovați* | 0.9
inovator* | 0.9
inovativ* | 0.9
inventat | 0.7
invenți* | 0.8
inventiv* | 0.9
ingenios | 0.8
ingenioasă | 0.8
soluție ingenioasă | 0.9
imaginați* | 0.9
fantezie | 0.5
originalitat* | 0.9
original | 0.3
neconvențional | 0.8
neconvențională | 0.8
gândire laterală | 0.8
out of the box | 0.7
idei noi | 0.4
idee nouă | 0.7
idee | 0.3
idei | 0.3
brainstorming | 0.7
experiment* | 0.6
am experimentat | 0.8
am încercat ceva nou | 0.7
prototip* | 0.8
improviza* | 0.6
artă | 0.6
arta | 0.5
artist* | 0.6
pictur* | 0.7
pictez | 0.8
am pictat | 0.8
acuarel* | 0.8
ulei pe pânză | 0.8
acrilic* | 0.5
pensul* | 0.5
șevalet | 0.8
tablou | 0.5
tablouri | 0.5
schița* | 0.7
schițe* | 0.7
schițat | 0.7
carnet de schițe | 0.8
sketchbook | 0.8
desenez* | 0.8
am desenat | 0.8
desen | 0.6
ilustrați* | 0.8
ilustrator* | 0.8
caligrafie | 0.7
lettering | 0.7
colaj | 0.7
sculptez | 0.8
sculptur* | 0.6
mural | 0.8
graffiti | 0.7
street art | 0.8
instalație artistică | 0.8
expoziți* | 0.5
vernisaj | 0.8
galerie | 0.4
am compus | 0.7
compoziți* | 0.3
piesă nouă | 0.5
versuri | 0.5
poezi* | 0.6
scriu | 0.4
scriere creativă
povestir* | 0.4
design | 0.4
designul | 0.4
stil propriu | 0.6
viziune | 0.4
estetică | 0.4
culori | 0.3
paletă de culori | 0.5
diy | 0.6
do it yourself | 0.6
am meșterit* | 0.7
meșterit* | 0.6
bricolaj | 0.4
construit de mine | 0.6
am construit | 0.5
imprimantă 3d | 0.7
printat 3d | 0.7
imprimat 3d | 0.7
arduino | 0.7
raspberry pi | 0.6
hackathon | 0.7
maker | 0.6
tinkering | 0.8
reinterpretare | 0.6
remix | 0.6
fanart | 0.6
cosplay | 0.6
animați* | 0.5
stop motion | 0.7
montaj video | 0.4
scenariu | 0.4
concept nou | 0.6
proiect personal | 0.6
reinventat | 0.7
origami | 0.7
handmade | 0.3
upcycl* | 0.5
#art
#artă
#creativitate
#creativity
#ilustrație
#illustration
#pictură
#painting
#drawing
#desen
#artist | 0.8
#diy | 0.7
#inovație
#sketchbook | 0.9
#streetart | 0.8
#design | 0.5
# second pass: brand-statement language, product words
gândim diferit | 0.8
gândește diferit | 0.8
dincolo de tipare | 0.8
în afara tiparelor | 0.8
spargem tiparele | 0.9
inovăm | 0.9
creăm | 0.6
design original | 0.8
design unic | 0.7
concept unic | 0.7
soluții noi | 0.6
abordare nouă | 0.6
perspectivă nouă | 0.5
primul de acest fel | 0.7
în premieră | 0.5
laborator de idei
ateliere de creație | 0.9
exprimare artistică
expresie artistică
autoexprimare | 0.8
exprimă-te | 0.6
artiști locali | 0.8
colaborări cu artiști | 0.8
cercetare și dezvoltare | 0.6
brevetat | 0.6
tehnologie brevetată | 0.6
storytelling | 0.6
fotografie | 0.4
compozitor | 0.6
muzicieni | 0.5
scurtmetraj | 0.6
personalizează | 0.3
imaginația copiilor | 0.9
# third pass: scene vocabulary (deeds described rather than named)
din cutii de carton | 0.5
din carton | 0.4
costume din | 0.5
instrument muzical din | 0.7
am construit un instrument | 0.8
a ilustrat | 0.7
a scris și a ilustrat | 0.9
am scris și am ilustrat | 0.9
rețetă nouă inventată | 0.7
am transformat | 0.4
transformat într-un | 0.5
transformat într-o | 0.5
teatru de păpuși | 0.7
marionete | 0.6
am scris o melodie | 0.8
am scris o piesă | 0.7
am scris o poveste | 0.7
am scris o poezie | 0.8
creioane colorate | 0.4
creioane cerate | 0.4
lut polimeric | 0.7
modelaj | 0.6
am modelat | 0.6
plastilină | 0.4
personaj nou | 0.6
personaje noi | 0.6
benzi desenate | 0.8
bandă desenată | 0.8
unghi neobișnuit | 0.7
perspectivă neobișnuită | 0.8
am inventat | 0.8
inktober | 0.9
un desen pe zi | 0.8
desen pe zi | 0.7
provocare de desen | 0.8
challenge de desen | 0.8
am redecorat | 0.5
jurnal artistic | 0.8
art journal | 0.8
haiku | 0.7
fanfiction | 0.7
mozaic | 0.6
beatbox | 0.6
producție muzicală | 0.6
idee trăsnită | 0.7
idee nebună | 0.5
din piese vechi | 0.5
din piese de | 0.4
din resturi de | 0.4
din ce aveam prin casă | 0.6
din nimic | 0.3
am construit din | 0.5
am cusut un costum | 0.7
am compus o | 0.8
am improvizat | 0.7
am ilustrat | 0.8
am fotografiat | 0.4
am filmat un scurtmetraj | 0.8
am reinventat | 0.8
în felul meu | 0.4
am combinat | 0.3
mi-a venit ideea | 0.6
mi-a venit o idee | 0.6
ideea mi-a venit | 0.6
primul meu tablou | 0.8
prima mea expoziție | 0.9
prima mea piesă | 0.7
# written without diacritics: the stemmer does not join these forms with the ones above
instalatie artistica | 0.8
gandeste diferit | 0.8
personalizeaza | 0.3
imaginatia copiilor | 0.9

[value adventure]
aventur*
explor* | 0.5
expediți* | 0.9
drumeți* | 0.7
hiking | 0.7
trekking | 0.8
trek | 0.6
pe munte | 0.6
munții | 0.4
munte | 0.4
vârful | 0.5
pe vârf | 0.6
creasta | 0.7
creastă | 0.7
creasta făgărașului | 0.8
făgăraș* | 0.5
retezat | 0.5
piatra craiului | 0.6
carpați* | 0.5
cort | 0.7
cortul | 0.7
în cort | 0.8
camping | 0.7
campare* | 0.7
am campat | 0.8
bivuac | 0.9
sac de dormit | 0.7
rucsac* | 0.4
autostop*
hitchhiking
nomad* | 0.8
backpacking | 0.9
spontan* | 0.7
pe neprevăzute | 0.6
la întâmplare | 0.5
fără plan | 0.6
libertate | 0.7
liber ca pasărea | 0.8
independență | 0.6
sălbatic* | 0.7
natură sălbatică | 0.9
sălbăticie | 0.9
necunoscut* | 0.6
în necunoscut | 0.8
off-road | 0.6
offroad | 0.6
caiac* | 0.8
canoe | 0.7
rafting | 0.9
canyoning | 0.9
escalad* | 0.9
cățărare | 0.8
alpinism | 0.9
alpinist* | 0.9
via ferrata | 0.9
parapant* | 0.9
parașutism | 0.9
skydiving | 0.9
bungee | 0.8
scufund* | 0.8
surf | 0.6
surfing | 0.7
schi de tură
freeride | 0.8
snowboard | 0.5
speolog* | 0.9
peșter* | 0.7
delta dunării | 0.6
road trip | 0.9
roadtrip | 0.9
pe drumuri | 0.5
la drum | 0.4
rulotă | 0.7
autorulotă | 0.8
vanlife | 0.9
motocicletă | 0.4
pe motocicletă | 0.6
transfăgărășan | 0.6
transalpina | 0.6
răsărit pe munte | 0.8
răsărit | 0.3
am urcat | 0.6
urcare | 0.4
traseu | 0.4
trasee | 0.5
marcaj | 0.4
refugiu | 0.6
cabană | 0.4
cabana | 0.4
pe cont propriu | 0.6
solo | 0.5
călătorie solo | 0.9
adrenalin* | 0.9
risc | 0.4
riscant | 0.5
curaj* | 0.6
zona de confort | 0.9
rătăcit | 0.5
busolă | 0.6
urși | 0.3
colț de rai | 0.4
wanderlust | 0.9
outdoor | 0.6
himalaya | 0.8
everest | 0.8
kilimanjaro | 0.8
deșert | 0.5
junglă | 0.7
jungla | 0.7
safari | 0.5
insulă pustie | 0.7
la capătul lumii | 0.8
drum lung | 0.5
mii de kilometri | 0.6
#aventură
#adventure
#explore
#hiking | 0.8
#munții | 0.7
#carpați | 0.7
#outdoor | 0.7
#wanderlust | 0.9
#vanlife | 0.9
#roadtrip | 0.9
#neverstopexploring
#camping | 0.8
#climbing | 0.8
# second pass: brand-statement language, product words
descoperă lumea | 0.6
colțuri ascunse | 0.7
locuri izolate | 0.7
departe de civilizație | 0.9
departe de aglomerație | 0.6
natură neîmblânzită | 0.8
sporturi extreme
sport extrem
activități în aer liber | 0.7
aer liber | 0.4
echipament de munte | 0.7
familii care explorează
evadare | 0.6
spirit liber | 0.8
suflet liber | 0.7
îndrăzneț | 0.6
îndrăzneață | 0.6
îndrăznește | 0.6
îndrăzneală | 0.6
pe cărări | 0.6
potecă | 0.5
sub cerul liber | 0.8
sub cerul înstelat | 0.7
foc de tabără | 0.6
tabără | 0.4
hamac | 0.4
ascensiune | 0.8
tură alpină | 0.8
alpin | 0.5
rachete de zăpadă | 0.7
ture de iarnă | 0.6
velier | 0.7
windsurf | 0.7
kitesurf | 0.8
bikepacking | 0.8
cicloturism | 0.7
hoinar | 0.7
hoinăreală | 0.6
survival | 0.8
supraviețuire | 0.5
bushcraft | 0.9
geocaching | 0.7
orientare sportivă | 0.6
4x4 | 0.5
#outdoors
# third pass: scene vocabulary (deeds described rather than named)
am navigat | 0.7
cu barca | 0.4
fără să știm unde | 0.6
fără să știm unde dormim | 0.8
fără rezervări | 0.5
cu o hartă | 0.4
prin balcani | 0.5
cu cortul în spate | 0.8
cu cortul | 0.6
ne-a prins furtuna | 0.6
prinși de furtună | 0.6
furtună pe munte | 0.8
viscol | 0.5
spre nicăieri | 0.8
primul tren spre | 0.5
fără bagaj | 0.5
cu rucsacul în spate | 0.8
doar cu un rucsac | 0.8
traversare* | 0.5
traversarea munților | 0.9
cu frontala | 0.8
salt cu parașuta | 0.9
parașut* | 0.6
salt în tandem | 0.8
colțari | 0.9
piolet | 0.9
în coardă | 0.7
rapel | 0.8
cu duba | 0.5
am plecat cu duba | 0.8
dubă amenajată | 0.9
van amenajat | 0.9
am lăsat jobul | 0.6
mi-am dat demisia și am plecat | 0.8
am vândut tot și am plecat | 0.9
bilet doar dus | 0.9
one way ticket | 0.9
lac glaciar | 0.8
apă înghețată | 0.4
altitudine | 0.5
moldoveanu | 0.7
vârful omu | 0.8
negoiu | 0.7
peleaga | 0.7
ceahlău | 0.6
bucegi | 0.5
apuseni | 0.5
fără semnal | 0.4
am dormit în mașină | 0.5
am dormit pe plajă | 0.5
dormit sub stele | 0.8
am dormit sub stele | 0.9
kilometri pe jos | 0.5
fără rezervare | 0.5
fără cazare | 0.6
fără itinerariu | 0.8
urme de urs | 0.6
aurora boreală | 0.6
primul salt | 0.5
am coborât cu caiacul | 0.9
am coborât râul | 0.8
am înotat în lac | 0.5
singur pe munte | 0.9
singură pe munte | 0.9
singur prin | 0.3
singură prin | 0.3
drum de pământ | 0.4
drumuri forestiere | 0.6
am luat-o la pas | 0.6
la pas prin | 0.6
tura de noapte pe munte | 0.9
urcare nocturnă | 0.9
la răsărit pe vârf | 0.9
am bivuacat | 0.9
cort pe creastă | 0.9
ne-am rătăcit | 0.6
m-am rătăcit | 0.5
pe nepusă masă | 0.6
ne-am urcat în mașină și | 0.6
am pornit la drum | 0.7
pornim la drum | 0.7
plecăm la drum | 0.6
primul meu trei mii | 0.8
peste 3000 de metri | 0.8
peste 4000 de metri | 0.9
am urcat pe vârf | 0.8
# written without diacritics: the stemmer does not join these forms with the ones above
departe de civilizatie | 0.9
departe de aglomeratie | 0.6
familii care exploreaza
indrazneste | 0.6
am coborat cu caiacul | 0.9
am coborat raul | 0.8
singura pe munte | 0.9

[value learning]
învăț* | 0.7
am învățat | 0.9
învățare
învățăm | 0.8
lecți* | 0.4
lecție | 0.4
educați* | 0.9
educativ* | 0.9
școala | 0.3
școală | 0.3
școli | 0.3
profesor* | 0.6
elevi | 0.5
elevii | 0.5
student* | 0.5
universitat* | 0.5
facultat* | 0.5
un curs | 0.4
cursuri | 0.4
cursul* | 0.3
curs online | 0.8
workshop | 0.4
webinar | 0.5
seminar* | 0.5
conferinț* | 0.4
tutorial* | 0.5
ghid complet | 0.4
pas cu pas | 0.4
explic* | 0.5
vă explic | 0.9
explicat simplu | 0.9
pe înțelesul tuturor | 0.9
cum funcționează | 0.4
știai că | 0.4
curiozitat* | 0.8
curios | 0.6
curioasă | 0.6
fapt interesant | 0.8
fapte interesante | 0.8
știință | 0.9
științ* | 0.8
cercet* | 0.8
studiu | 0.7
studii | 0.6
studiez | 0.8
studiu de caz | 0.8
laborator | 0.6
fizică | 0.5
chimie | 0.6
biologie | 0.6
matematic* | 0.6
istorie | 0.4
astronom* | 0.7
geografie | 0.5
carte | 0.3
cărți | 0.5
citit | 0.4
citesc | 0.5
lectur* | 0.6
bibliotec* | 0.5
am terminat de citit | 0.8
recenzie de carte | 0.7
limbă străină | 0.7
limbi străine | 0.7
învăț engleza | 0.8
duolingo | 0.7
vocabular | 0.6
gramatic* | 0.6
diplome* | 0.5
certificat* | 0.5
examen* | 0.5
bacalaureat | 0.5
admitere | 0.5
olimpiad* | 0.6
masterat | 0.6
doctorat* | 0.7
teză | 0.6
mentor* | 0.7
predau | 0.6
predare | 0.5
am predat | 0.5
cunoașter* | 0.9
cunoștințe | 0.8
împărtășesc | 0.5
să împărtășesc | 0.6
ce am învățat
rezumat | 0.5
notițe | 0.6
documentar* | 0.7
podcast | 0.4
muzeu | 0.5
muzeul | 0.5
demontăm mituri | 0.8
mit sau adevăr | 0.8
mituri | 0.5
abilități noi | 0.5
competențe | 0.5
autodidact
învățare continuă
dezvoltare personală | 0.5
quiz | 0.4
întrebare pentru voi | 0.3
fenomen | 0.5
fenomene | 0.5
experimente | 0.6
teorie | 0.5
concept | 0.4
explicație | 0.8
#învățare
#educație
#știință
#știațică
#didyouknow
#edutok
#learnontiktok
#bookstagram | 0.6
#citim | 0.7
#science
#education
#profesor | 0.7
# second pass: brand-statement language, product words
pentru cei care vor să învețe
învețe | 0.7
dornici să învețe
sete de cunoaștere | 0.9
descoperă | 0.2
descoperiri | 0.5
muzee | 0.5
ateliere interactive | 0.7
interactiv* | 0.4
materiale didactice | 0.8
didactic* | 0.7
pedagogi* | 0.8
manuale școlare | 0.6
alfabetizare | 0.8
formare profesională | 0.8
cursuri gratuite | 0.8
cursuri online | 0.8
lecții gratuite | 0.8
bootcamp | 0.6
cursuri de programare | 0.9
programare pentru copii | 0.8
robotică | 0.6
burse de studiu
bursă de studiu
bursier* | 0.7
popularizarea științei
planetariu | 0.7
citește | 0.3
enciclopedie | 0.7
minte deschisă | 0.6
sfaturi practice | 0.3
învățare prin joacă | 0.9
să înțelegi | 0.5
# third pass: scene vocabulary (deeds described rather than named)
sesiunea de examene | 0.5
am aflat că | 0.3
azi am aflat | 0.8
azi am învățat
le-am arătat copiilor cum | 0.7
le-am explicat copiilor | 0.8
le-am explicat | 0.4
partituri | 0.6
să citesc partituri | 0.8
lecții de pian | 0.6
meditații la | 0.7
meditații gratuite | 0.9
profesor de meditații | 0.9
ore de meditații | 0.8
să văd cum funcționează | 0.7
am demontat | 0.5
elevii mei | 0.8
studenții mei | 0.8
la catedră | 0.8
la clasă | 0.4
fișă de lucru | 0.6
fișe de lucru | 0.7
am terminat cartea | 0.6
cartea lunii | 0.6
am trecut examenul | 0.5
m-am întrebat de ce | 0.6
m-am întrebat mereu | 0.5
întrebarea zilei | 0.5
știați că | 0.5
școala de vară | 0.7
tabără de știință | 0.9
tabără de programare | 0.8
microscop* | 0.7
telescop* | 0.7
ierbar | 0.7
insectar | 0.7
pe înțelesul copiilor | 0.9
pe înțeles | 0.7
am tradus pe înțelesul | 0.9
articol științific | 0.8
am citit un studiu | 0.9
studiul spune | 0.7
sursa studiului | 0.8
conform studiului | 0.7
am pus întrebarea | 0.4
să-mi explice | 0.4
mi-a explicat | 0.4
ne-a explicat | 0.4
să înțeleg cum | 0.6
ca să înțelegeți | 0.6
hai să înțelegem | 0.8
de ce se întâmplă | 0.4
cum se formează | 0.7
am învățat să | 0.8
învăț să | 0.7
niciodată nu e prea târziu să înveți | 0.9
exercițiu de gândire | 0.7
problemă de logică | 0.7
ghicitoar* | 0.4
am făcut un experiment | 0.8
experimentul de azi | 0.7
experiment pentru copii | 0.8
experimente pentru copii | 0.8
muzeul de științe | 0.9
muzeul de istorie | 0.7
muzeul antipa | 0.8
ghidul ne-a explicat | 0.8
vizită ghidată | 0.3
tur ghidat | 0.3
mi-am notat | 0.3
vă las notițele | 0.8
bibliografie | 0.7
am studiat | 0.7
studiez pentru | 0.6
lucrarea de licență | 0.7
# written without diacritics: the stemmer does not join these forms with the ones above
meditatii la | 0.7
meditatii gratuite | 0.9
profesor de meditatii | 0.9
ore de meditatii | 0.8
sa vad cum functioneaza | 0.7

[value animal_welfare]
adopți* | 0.9
adoptă | 0.6
adoptat | 0.5
adoptată | 0.5
am adoptat | 0.8
spre adopție
dat spre adopție
caută o casă | 0.9
caută familie | 0.9
caută stăpân | 0.9
casă temporară | 0.9
foster | 0.7
salvat de pe stradă
câine salvat | 0.9
cățel salvat | 0.9
pisică salvată | 0.9
salvat | 0.4
salvată | 0.4
salvare | 0.3
rescue | 0.6
maidanez* | 0.7
câini fără stăpân | 0.8
fără stăpân | 0.7
câini comunitari | 0.8
pisici comunitare | 0.8
adăpost de animale
adăpostul de animale
voluntar la adăpost
adăpostul | 0.5
padocul | 0.4
sterilizare | 0.9
sterilizat* | 0.8
castrare | 0.5
deparazitat | 0.3
vaccinat | 0.3
microcipat | 0.4
cruelty free
netestat pe animale
netestate pe animale
fără teste pe animale
vegan* | 0.7
vegetarian* | 0.5
plant-based | 0.5
bunăstarea animalelor
protecția animalelor
drepturile animalelor
respect pentru animale
iubitor de animale | 0.9
iubitoare de animale | 0.9
iubitori de animale | 0.9
cruzime | 0.5
maltratat* | 0.6
abandonat | 0.4
abandonați | 0.5
abandonată | 0.5
blănoși | 0.5
blănos | 0.4
patrupede | 0.5
necuvântătoare | 0.8
prieteni necuvântători | 0.8
sanctuar* | 0.9
rezervație naturală | 0.5
veterinar* | 0.4
găini crescute liber | 0.7
găini libere | 0.6
free range | 0.6
crescute în libertate | 0.7
fără cuști | 0.7
fără blană
fur free | 0.9
circ fără animale | 0.9
reabilitare | 0.4
rănit | 0.4
hrănesc pisicile | 0.8
hrănesc câinii | 0.8
hrană pentru adăpost | 0.9
donație pentru adăpost
căsuțe pentru pisici | 0.8
pisoi | 0.4
căței | 0.4
albine | 0.4
polenizatori | 0.5
hotel pentru insecte | 0.6
hrănitoare | 0.4
arici | 0.4
ariciul | 0.4
animale sălbatice | 0.5
urs orfan | 0.7
pui orfani | 0.7
eliberat în natură | 0.8
redat naturii | 0.8
#adoptănucumpăra
#adoptdontshop
#adopție
#adoptie
#rescuedog
#rescuecat
#animalrescue
#maidanezi
#crueltyfree
#vegan | 0.7
#salvat | 0.6
#animalwelfare
#protecțiaanimalelor
# second pass: brand-statement language, product words
fără cruzime | 0.9
leaping bunny | 0.9
fără ingrediente de origine animală | 0.8
fără produse animale | 0.7
respect față de animale | 0.9
empatie față de animale | 0.9
prietenos cu animalele | 0.8
animale salvate | 0.9
salvăm animale | 0.9
sprijinim adăposturile | 0.9
donăm pentru adăposturi | 0.9
adăposturi | 0.6
adoptă, nu cumpăra
animale fără adăpost | 0.9
câini abandonați | 0.9
pisici abandonate | 0.9
piele vegană | 0.9
ajutăm animalele | 0.8
hrănim păsările | 0.7
căsuțe pentru păsări | 0.6
sterilizări | 0.8
ong de protecție a animalelor
iubim animalele | 0.8
#adoptă
# third pass: scene vocabulary (deeds described rather than named)
câine prins | 0.6
prins în gard | 0.7
prins într-un gard | 0.7
păsărilor sălbatice | 0.7
păsări sălbatice | 0.6
pițigoi | 0.5
slănină pentru păsări | 0.8
pentru păsări | 0.4
păsările iarna | 0.6
pentru pițigoi | 0.8
vier pfoten | 0.9
four paws | 0.9
save the dogs | 0.9
milioane de prieteni | 0.7
țestoasă de pe drum | 0.8
țestoasă de pe șosea | 0.8
am oprit mașina să | 0.4
am mutat-o de pe drum | 0.6
pisică înghețată | 0.6
pui de bufniță | 0.4
am eliberat | 0.4
am eliberat-o | 0.5
l-am eliberat | 0.5
lovit de mașină | 0.4
animal rănit | 0.9
animale rănite | 0.9
câine rănit | 0.9
cățel rănit | 0.9
pisică rănită | 0.9
pasăre rănită | 0.9
arici rănit | 0.9
căzut din cuib | 0.8
pui căzut din cuib | 0.9
centrul de recuperare | 0.5
centru de recuperare | 0.5
centrul de reabilitare | 0.5
fauna sălbatică | 0.6
faunei sălbatice | 0.7
salvarea animalelor | 0.9
recuperarea animalelor | 0.9
wildlife rescue | 0.9
căsuță pentru arici | 0.9
casă pentru arici | 0.9
adăpost pentru arici | 0.9
hrană pentru arici | 0.9
apă pentru arici | 0.8
apă pentru păsări | 0.7
adăpătoare pentru păsări | 0.8
hrănitoare pentru păsări | 0.9
hrănesc păsările | 0.8
semințe pentru păsări | 0.7
păsărelele iarna | 0.6
căsuțe pentru lilieci | 0.9
perioada de cuibărit | 0.9
sezonul de cuibărit | 0.9
cuibărit* | 0.6
câinele în lesă | 0.4
câinii în lesă | 0.4
ținem câinele în lesă | 0.8
traversarea broaștelor | 0.9
broaștele să traverseze | 0.9
migrația broaștelor | 0.9
migrația amfibienilor | 0.9
amfibieni | 0.5
garduri pentru broaște | 0.9
pisicile din spatele blocului | 0.8
pisicile blocului | 0.8
pisica blocului | 0.8
pisicile de pe stradă | 0.8
pisici de pe stradă | 0.8
câinii străzii | 0.8
câini de pe stradă | 0.8
animale de pe stradă | 0.8
animalele străzii | 0.9
duc mâncare pisicilor | 0.8
mâncare pentru pisici | 0.3
mâncare pentru câini | 0.3
hrănesc maidanezii | 0.9
factura la veterinar | 0.6
facturile de la veterinar | 0.6
am plătit veterinarul | 0.6
l-am dus la veterinar | 0.6
am dus-o la veterinar | 0.6
operația cățelului | 0.6
tratamentul cățelului | 0.6
strângem bani pentru operație | 0.7
castrat | 0.5
castrări gratuite | 0.9
sterilizări gratuite | 0.9
sterilizare gratuită
fosterat | 0.9
găzduire temporară | 0.8
pisoi găsiți | 0.8
găsiți într-o cutie | 0.7
aruncați într-o cutie | 0.8
abandonat pe câmp | 0.8
abandonați pe câmp | 0.8
legat de un copac | 0.6
lăsat în lanț | 0.6
din adăpost | 0.7
de la adăpost | 0.7
câine senior | 0.9
câini seniori | 0.9
pisici seniori | 0.8
câine bătrân | 0.6
pisică bătrână | 0.6
adoptă un senior | 0.9
am adoptat un senior | 0.9
și-a găsit familia | 0.9
și-a găsit o familie | 0.9
și-a găsit o casă | 0.9
și-a găsit stăpânul | 0.9
i-am găsit o familie | 0.9
i-am găsit o casă | 0.9
i-am găsit stăpân | 0.9
plimbăm câinii | 0.5
plimbăm câinii de la adăpost | 0.9
curățăm boxele | 0.6
am salvat un cățel | 0.9
am salvat o pisică | 0.9
am salvat un pui | 0.8
cal salvat | 0.9
cai salvați | 0.9
măgar salvat | 0.9
animale de fermă salvate | 0.9
plante pentru polenizatori | 0.8
iarba necosită | 0.6
colț sălbatic în grădină | 0.8
dresaj blând | 0.7
dresaj pozitiv | 0.8
recompense, nu pedepse | 0.7
fără zgardă cu țepi | 0.9
animale fără stăpân | 0.8
câinii comunitari | 0.8
# written without diacritics: the stemmer does not join these forms with the ones above
casa temporara | 0.9
rezervatie naturala | 0.5
donatie pentru adapost
donam pentru adaposturi | 0.9
migratia broastelor | 0.9
migratia amfibienilor | 0.9
operatia catelului | 0.6
strangem bani pentru operatie | 0.7
gazduire temporara | 0.8
pisoi gasiti | 0.8
gasiti intr-o cutie | 0.7
cai salvati | 0.9

[value fairness]
comerț echitabil
fair trade
fairtrade
echitabil*
echitate
plătit corect
plătiți corect
plată corectă
plătim corect
salariu corect
salarii corecte
salariu decent | 0.9
salarii decente | 0.9
salariu demn | 0.9
remunerat* | 0.6
remunerați corect
drepturile muncitorilor
drepturile angajaților
drepturile lucrătorilor
drepturi | 0.4
dreptate | 0.9
justiție socială
nedreptate | 0.6
nedrept | 0.5
nedreaptă | 0.5
sindicat* | 0.7
grevă | 0.6
protest | 0.3
condiții de muncă | 0.8
condiții decente | 0.8
lanț de aprovizionare | 0.7
trasabilitate | 0.8
muncitor* | 0.5
muncitoare | 0.5
lucrători* | 0.5
croitorese | 0.5
fără exploatare | 0.9
exploatare | 0.4
exploatați | 0.5
munca copiilor | 0.6
muncă la negru | 0.5
contract de muncă | 0.5
ore suplimentare plătite | 0.8
egalitate salarială
diferența salarială | 0.7
discriminare salarială | 0.7
tratament egal
tratați egal | 0.9
tratament corect | 0.9
șanse egale | 0.8
egalitat* | 0.5
egalitate de gen | 0.7
anticorupție | 0.6
corupție | 0.4
meritocrați* | 0.6
fair play | 0.8
joc corect | 0.7
preț corect | 0.8
prețuri corecte | 0.8
preț corect pentru fermieri
fermierii | 0.4
fermieri | 0.4
direct de la producător | 0.6
direct de la fermier | 0.6
cooperativ* | 0.7
împărțim profitul | 0.9
profit împărțit | 0.8
stagiu plătit
internship plătit
plătesc la timp | 0.7
plătit la timp | 0.6
demnitate | 0.7
munca cinstită | 0.7
muncă cinstită | 0.7
dreptul la | 0.3
apărăm drepturile | 0.9
concediu plătit | 0.7
etic | 0.7
etică | 0.8
etice | 0.7
producție etică
modă etică
sursă etică | 0.9
surse etice | 0.9
fără discriminare | 0.6
imparțial | 0.6
corectitudine | 0.7
cauză justă | 0.7
corect | 0.3
corectă | 0.3
distribuție echitabilă
redistribuire | 0.6
impozitare progresivă | 0.6
transparență salarială
grilă salarială | 0.6
bacșiș | 0.3
plătit ca lumea | 0.8
plătiți ca lumea | 0.8
salariu pe măsură | 0.7
salarii mai mari | 0.6
mărire de salariu | 0.4
beneficii pentru angajați | 0.6
respect pentru muncă | 0.8
oamenii care le fac | 0.6
cine ne face hainele | 0.9
cine a făcut hainele | 0.9
#whomademyclothes
#fashionrevolution | 0.9
#fairtrade
#comerțechitabil
#dreptate | 0.9
#echitate
#egalitate | 0.6
#salariudecent
#drepturilemuncitorilor
# second pass: brand-statement language, product words
artizani plătiți corect
plătiți echitabil
remunerare corectă | 0.9
plată justă | 0.9
preț just | 0.9
prețuri juste | 0.9
comerț corect | 0.9
afaceri corecte | 0.7
relații corecte cu furnizorii | 0.9
parteneriate corecte | 0.8
furnizori plătiți corect
muncă decentă | 0.9
muncă demnă | 0.9
locuri de muncă decente | 0.9
condiții sigure de muncă | 0.8
siguranța angajaților | 0.6
bunăstarea angajaților | 0.6
respectăm drepturile | 0.9
drepturile omului | 0.8
dreptate socială
salarii peste medie | 0.8
fără muncă forțată | 0.9
fără munca copiilor | 0.9
oportunități egale | 0.9
aceleași șanse | 0.8
acces egal | 0.7
tratăm pe toată lumea la fel | 0.8
fără intermediari | 0.5
plătim fermierii | 0.8
plătim producătorii | 0.8
împuternicire | 0.6
emancipare economică | 0.8
justiție | 0.6
concurență loială | 0.6
# third pass: scene vocabulary (deeds described rather than named)
fiecare zi se plătește | 0.7
am renunțat la un furnizor | 0.7
am renunțat la furnizor | 0.7
am crescut tariful | 0.6
am mărit tarifele | 0.6
primesc contract | 0.6
cât câștigă fiecare | 0.8
la prețul cerut | 0.6
prețul cerut de ei | 0.7
cumpărăm direct de la | 0.6
cumpăr direct de la | 0.5
salarii decente pentru | 0.9
dublul salariului minim | 0.8
de două ori salariul minim | 0.8
plata orelor suplimentare | 0.8
salariul în anunț | 0.8
salariul în fiecare anunț | 0.9
salariul din anunț | 0.7
anunț cu salariu | 0.7
le plătim cât cer | 0.8
plătim cât cere | 0.7
același salariu | 0.7
aceeași plată | 0.7
nu la bucată | 0.5
plătiți mereu la timp | 0.8
le-am mărit salariile | 0.8
am mărit salariile | 0.8
mărit salariul | 0.6
salarii mărite | 0.6
stagiari plătiți | 0.9
stagiarii sunt plătiți | 0.9
stagiu remunerat | 0.9
internship remunerat | 0.9
nimeni nu lucrează pe gratis | 0.9
nu lucrează nimeni pe gratis | 0.9
nu lucrăm pe gratis | 0.6
grila de salarii | 0.7
am publicat salariile | 0.8
publicăm salariile | 0.8
salarii publice | 0.6
plătim furnizorii la timp | 0.9
plătim furnizorii | 0.6
plătim la timp | 0.8
plătim facturile la timp | 0.8
termene de plată corecte | 0.9
salariu egal | 0.9
salarii egale | 0.9
plată egală | 0.9
salariu egal pentru muncă egală
același salariu pentru aceeași muncă
cât primește meșterul | 0.8
cât primește fiecare | 0.6
cât ajunge la producător | 0.8
cât din preț ajunge | 0.8
toți angajații au contract | 0.8
angajați cu contract | 0.6
cu forme legale | 0.6
cu carte de muncă | 0.6
angajat cu acte | 0.6
plătim mai mult | 0.5
plătim mai mult decât | 0.6
am plătit mai mult | 0.3
preț bun pentru fermieri | 0.8
rău-platnici | 0.6
rău platnici | 0.6
bacșișul ajunge la | 0.8
bacșișul merge integral | 0.8
am împărțit bacșișul | 0.7
bonus pentru toată echipa | 0.7
participare la profit | 0.9
profitul împărțit cu echipa | 0.9
negociere colectivă | 0.8
contract colectiv | 0.8
drepturile curierilor | 0.8
drepturile lor | 0.3
dreptul la deconectare | 0.7
program de 8 ore | 0.5
fără ore suplimentare | 0.5
joc cinstit | 0.7
arbitraj corect | 0.7
regulile sunt aceleași pentru toți | 0.9
aceleași reguli pentru toți | 0.9
la fel pentru toți | 0.6
nu facem favoruri | 0.6
fără pile | 0.8
fără pile și relații | 0.9
pe merit | 0.6
pe bază de merit | 0.7
i-am plătit corect | 0.9
am plătit corect | 0.8
plătiți decent | 0.8
plătite decent | 0.8
remunerat decent | 0.8
plătim decent | 0.8
plătiți pe măsură | 0.7
am dat înapoi diferența | 0.6
proteste pentru salarii | 0.6
protestul medicilor | 0.5
condiții de muncă decente
condiții de muncă mai bune | 0.9
ne plătim oamenii | 0.6
ne plătim oamenii corect | 0.9
fiecare om e plătit | 0.8
fiecare oră e plătită | 0.8
orele suplimentare sunt plătite | 0.9
mamele se întorc pe același post | 0.8
discriminare la angajare | 0.6
semnalăm abuzurile | 0.7
am semnalat abuzul | 0.6
avertizor de integritate | 0.8
# written without diacritics: the stemmer does not join these forms with the ones above
platiti corect
conditii de munca | 0.8
conditii decente | 0.8
tratati egal | 0.9
platiti ca lumea | 0.8
artizani platiti corect
platiti echitabil
relatii corecte cu furnizorii | 0.9
furnizori platiti corect
conditii sigure de munca | 0.8
siguranta angajatilor | 0.6
fiecare zi se plateste | 0.7
platiti mereu la timp | 0.8
stagiari platiti | 0.9
stagiarii sunt platiti | 0.9
nimeni nu lucreaza pe gratis | 0.9
nu lucreaza nimeni pe gratis | 0.9
cat primeste mesterul | 0.8
fara pile si relatii | 0.9
platiti decent | 0.8
platiti pe masura | 0.7
conditii de munca decente
conditii de munca mai bune | 0.9

[value tradition]
tradiți*
datini
datina
obiceiuri vechi | 0.9
obiceiul | 0.3
obiceiuri | 0.3
obiceiuri străvechi
rețeta bunicii
rețeta mamei | 0.8
rețetă veche | 0.9
rețete vechi | 0.9
ca la bunica | 0.5
ca pe vremuri | 0.8
pe vremuri | 0.6
de altădată | 0.8
pe vremea bunicilor
moștenire | 0.8
moștenit | 0.6
patrimoniu | 0.9
strămoș*
străbun*
străvechi | 0.8
bătrânesc* | 0.8
bătrânești* | 0.8
din moși-strămoși
din bătrâni | 0.4
folclor*
muzică populară | 0.9
dans popular | 0.9
dansuri populare | 0.9
port popular
porturi populare
costum popular
ia românească
iia | 0.8
cămașă populară | 0.9
horă | 0.7
hora | 0.5
călușari
căluș | 0.9
colind*
colindători
sorcov*
plugușor
capra | 0.3
mărțișor* | 0.9
dragobete | 0.9
sânziene
drăgaica | 0.9
ouă roșii | 0.8
ouă încondeiate
încondei*
cozonac* | 0.6
pască | 0.7
sarmale | 0.5
mămăligă | 0.4
tochitură | 0.5
pomana porcului | 0.7
ignat | 0.7
tăiatul porcului | 0.7
crăciun | 0.4
ajunul crăciunului | 0.7
bobotează | 0.8
moș nicolae | 0.5
sfântul andrei | 0.6
hram* | 0.8
nedeie | 0.9
nedeia | 0.9
satul bunicilor | 0.9
satul | 0.3
gospodărie | 0.5
casa bătrânească
casă tradițională
meșteșugari | 0.8
meșteșug tradițional
război de țesut | 0.9
scoarțe | 0.8
covor oltenesc | 0.9
ladă de zestre | 0.9
lada de zestre | 0.9
zestre | 0.8
ceramică de horezu
horezu | 0.8
opinci | 0.9
cojoc | 0.6
ștergar* | 0.8
motive populare
motive tradiționale
din generație în generație
generații* | 0.5
istorie locală
istoria locului | 0.9
istoria | 0.4
cetatea | 0.4
biserici de lemn | 0.8
mănăstire | 0.4
mănăstiri | 0.4
maramureș | 0.5
bucovina | 0.5
rădăcini | 0.4
rădăcinile | 0.4
identitat* | 0.3
nuntă tradițională
nuntă | 0.3
cununie | 0.3
doină | 0.9
cântec bătrânesc
taraf | 0.8
lăutari | 0.8
țuică | 0.4
pălincă | 0.5
horincă | 0.6
murături | 0.5
zacuscă | 0.5
dulceață de casă | 0.6
pâine de casă | 0.5
cuptor cu lemne | 0.6
ceaun | 0.6
moară de apă | 0.8
românesc* | 0.4
românești* | 0.4
autentic | 0.3
#tradiții
#tradiție
#folclor
#portpopular
#iaromânească
#tradițiiromânești
#satulromânesc
#romaniaautentica
#heritage | 0.8
# second pass: brand-statement language, product words
rețete de la bunica | 0.9
rețete de familie | 0.8
gust de odinioară | 0.8
de odinioară | 0.8
odinioară | 0.6
de demult | 0.6
vremurile de demult | 0.7
ca altădată | 0.6
autentic românesc | 0.8
gust autentic | 0.6
satul românesc | 0.9
viața la țară | 0.5
gospodărie țărănească | 0.8
țărănesc | 0.6
țărănești | 0.6
de generații | 0.7
de trei generații | 0.8
a patra generație | 0.5
de peste o sută de ani | 0.6
din tată în fiu | 0.8
afacere de familie | 0.5
păstrăm vie | 0.7
tehnici vechi | 0.8
metode vechi | 0.7
țesut la război | 0.9
pâine la țest | 0.8
brânză de burduf | 0.6
vin de casă | 0.5
cârnați de casă | 0.5
sărbători | 0.4
sărbătorile de iarnă | 0.6
sărbătorile pascale | 0.6
povești populare | 0.8
baladă | 0.6
miorița | 0.8
graiul | 0.6
monument istoric | 0.6
clădiri istorice | 0.6
bâlci | 0.5
hora satului | 0.8
# third pass: scene vocabulary (deeds described rather than named)
ie | 0.6
ziua iei | 0.9
cu steaua | 0.7
am mers cu steaua | 0.9
magiun | 0.5
facem bulion | 0.4
la foc de lemne | 0.5
an de an | 0.4
în fiecare toamnă | 0.3
ca atunci când eram mici | 0.4
caietul bunicii | 0.8
caiet vechi | 0.4
gard de nuiele | 0.7
ascute coasa | 0.6
coasa | 0.4
la coasă | 0.6
claie de fân | 0.7
coase ii | 0.9
cos ii | 0.8
cusut ii | 0.8
după modele vechi | 0.8
modele vechi | 0.6
motive vechi | 0.7
modelele din sat | 0.7
ca tatăl lui | 0.4
ca tatăl său | 0.5
ca bunicul lui | 0.6
ca bunica ei | 0.6
ca mama ei | 0.4
ca străbunicul | 0.7
în grai | 0.6
grai moldovenesc | 0.9
grai ardelenesc | 0.9
grai oltenesc | 0.9
grai bănățean | 0.9
graiul nostru | 0.8
am jucat sârba | 0.8
hora și sârba | 0.9
ca pe vremea bunicii | 0.8
ca pe vremea lui bunicu | 0.8
pe vremea străbunicilor | 0.9
ca pe vremea lui | 0.5
cum făcea bunica | 0.8
cum făcea mamaie | 0.8
cum se făcea odată | 0.8
cum se făcea pe vremuri | 0.9
cum se face la noi | 0.5
așa cum se face de sute de ani | 0.9
de sute de ani | 0.5
de când lumea | 0.4
de pe vremea bunicilor | 0.9
lăsat moștenire | 0.8
am moștenit de la | 0.8
rămas de la bunica | 0.7
rămasă de la bunica | 0.7
am învățat de la bunica | 0.8
am învățat de la bunicul | 0.8
am învățat de la mamaie | 0.8
am învățat de la tataie | 0.8
de la străbunica | 0.9
rețeta străbunicii | 0.9
caietul de rețete | 0.8
caiet de rețete | 0.7
rețete scrise de mână | 0.8
din neam în neam | 0.9
din moși strămoși
din strămoși
transmis din generație în generație
păstrăm obiceiul | 0.9
păstrăm tradiția
obicei vechi | 0.9
obiceiul locului | 0.8
obiceiul casei | 0.6
obiceiul familiei | 0.6
dialect* | 0.6
regionalism* | 0.7
arhaism* | 0.7
vorbe din bătrâni | 0.8
cuvinte vechi | 0.6
bătrânii satului | 0.9
bătrânii locului | 0.8
vatra satului | 0.8
istoria satului | 0.9
monografia satului
muzeul satului | 0.8
muzeul țăranului | 0.8
muzeu etnografic
etnograf* | 0.9
târg de țară | 0.8
târgul de țară | 0.8
târg de olari | 0.9
târgul meșterilor populari
meșteri populari | 0.9
meșterul popular | 0.9
artă populară | 0.9
arta populară | 0.9
ceramică populară | 0.9
costume populare
straie populare
straie de sărbătoare | 0.7
ie cusută | 0.8
ii cusute | 0.9
ia bunicii | 0.9
cămașă cusută de bunica | 0.9
cântece populare | 0.9
cântec popular | 0.9
strigături | 0.9
cobză | 0.8
țambal* | 0.7
bucium* | 0.9
tulnic* | 0.9
fluier | 0.3
jocul caprei | 0.9
jocul ursului | 0.9
dansul ursului | 0.9
urșii de la comănești | 0.9
măști populare | 0.9
malanca | 0.9
vicleim | 0.8
irozii | 0.7
umblat cu colindul
obiceiuri de anul nou | 0.9
obiceiuri de crăciun | 0.9
obiceiuri de paște | 0.9
slujba de înviere | 0.8
noaptea de înviere | 0.8
lumina sfântă | 0.6
hristos a înviat | 0.7
ouă vopsite | 0.7
ouăle roșii | 0.8
ciocnit ouă | 0.8
lăsatul secului | 0.9
de florii | 0.6
rusalii | 0.7
mucenici | 0.8
paparude | 0.9
caloian | 0.9
sumedru | 0.8
de moși | 0.6
colaci | 0.4
colivă | 0.6
parastas | 0.6
pomană | 0.4
cazanul de țuică | 0.9
la cazan | 0.6
fiert țuica | 0.8
ziua recoltei | 0.6
sărbătoarea recoltei | 0.8
culesul viei | 0.6
vinul din pivniță | 0.4
tăierea porcului | 0.7
cârnații făcuți în casă | 0.6
cuptor de lut | 0.7
cuptorul din curte | 0.6
cuptorul bunicii | 0.8
în ceaun | 0.5
mămăligă la ceaun | 0.7
pelerinaj | 0.6
pelerini | 0.5
la mănăstirea putna | 0.7
la hram | 0.8
pe prispă | 0.7
prispa casei | 0.8
cerdac | 0.6
sobă de teracotă | 0.6
sobă cu plită | 0.6
casa bunicilor | 0.6
casa de la țară | 0.5
în curtea bunicii | 0.5
fierarul satului | 0.8
fierarul din sat | 0.8
potcov* | 0.5
morarul | 0.6
moara satului | 0.8
vâltoare | 0.8
dârstă | 0.8
țesute la război | 0.9
lucrate la război | 0.9
scoarțe țesute | 0.9
lada de zestre a bunicii
clacă | 0.5
șezătoare | 0.8
șezători | 0.8
colindători la ușă | 0.9
am mers cu colinda | 0.9
povești de la bunici | 0.8
poveștile bunicii | 0.8
poveștile bunicului | 0.8
cum era pe vremuri | 0.8
amintiri din copilărie | 0.4
ca în copilărie | 0.4
veche de o sută de ani | 0.6
vechi de o sută de ani | 0.6
sută de ani | 0.4
casa memorială | 0.7
arhiva familiei | 0.7
fotografii vechi | 0.5
poze vechi | 0.4
# written without diacritics: the stemmer does not join these forms with the ones above
muzica populara | 0.9
ia romaneasca
camasa populara | 0.9
tochitura | 0.5
boboteaza | 0.8
casa batraneasca
din generatie in generatie
gospodarie taraneasca | 0.8
taranesti | 0.6
a patra generatie | 0.5
carnati de casa | 0.5
transmis din generatie in generatie
arta populara | 0.9
ceramica populara | 0.9
ursii de la comanesti | 0.9
carnatii facuti in casa | 0.6

[value humor]
umor
simțul umorului
umorist* | 0.9
glum* | 0.8
haz | 0.8
hazliu | 0.9
hazlie | 0.9
hazul de necaz | 0.9
amuzant* | 0.8
comic* | 0.7
comedie | 0.8
comedian | 0.8
stand-up | 0.8
standup | 0.8
am râs | 0.5
râsul* | 0.4
râd | 0.5
râdem | 0.7
râsete | 0.7
am murit de râs
mor de râs
plâng de râs
am plâns de râs
să râdem | 0.8
haha* | 0.4
meme | 0.8
meme-uri | 0.8
memes | 0.8
autoironi*
mă iau peste picior | 0.9
râd de mine | 0.9
râd de mine însumi | 0.9
fail | 0.6
epic fail | 0.8
gafă | 0.6
gafe | 0.6
blooper* | 0.8
dubla ratată | 0.8
poantă | 0.8
poante | 0.8
calambur*
joc de cuvinte | 0.9
bancuri | 0.9
un banc | 0.9
bancul zilei
anecdot* | 0.7
caterincă | 0.9
caterinci | 0.9
bășcălie | 0.7
haios | 0.8
haioasă | 0.8
haioși | 0.8
haioase | 0.8
nostim* | 0.8
amuzament | 0.8
ne-am distrat | 0.6
distracție | 0.5
distractiv | 0.6
farsă | 0.7
prank | 0.6
parodi* | 0.8
satir* | 0.7
ironie | 0.3
sarcasm | 0.3
veselie | 0.6
voie bună | 0.7
bună dispoziție | 0.7
trăsnaie | 0.7
trăsnăi | 0.7
poznaș | 0.8
pozne | 0.7
năzbâtii | 0.7
pov | 0.4
așteptări vs realitate | 0.8
așteptare vs realitate | 0.8
expectation vs reality | 0.8
plot twist | 0.8
bufon* | 0.6
clovn | 0.4
grimas* | 0.6
scenetă | 0.8
scenete | 0.8
sketch | 0.6
improv | 0.7
teatru de improvizație | 0.8
prostioare | 0.5
ne prostim | 0.4
ne-am prostit | 0.7
copilăro* | 0.4
ghici ce | 0.4
nu mă judecați | 0.6
am încurcat-o | 0.6
dezastru total | 0.4
nailed it | 0.6
puțină autoironie
ia-o ușor | 0.4
zâmbește | 0.4
veselă | 0.4
vesel | 0.4
glumiță | 0.9
glumițe | 0.9
#umor
#funny
#haz
#comedie
#glume
#bancuri
#meme
#memes
#romaniamemes
#caterincă
#fail | 0.6
#standup
# second pass: brand-statement language, product words
facem oamenii să râdă
vă facem să râdeți
vă facem să zâmbiți | 0.7
să râzi | 0.7
râdeți | 0.6
nu ne luăm prea în serios
nu mă iau prea în serios
nu te lua prea în serios | 0.9
nu vă luați prea în serios | 0.9
hohote de râs | 0.9
hohote | 0.6
prăpădesc de râs | 0.9
râsu-plânsu | 0.8
râsete garantate | 0.9
zâmbete | 0.4
zâmbet pe buze | 0.5
jucăuș | 0.8
spirit ludic | 0.8
ludic | 0.6
trăsnit | 0.6
ghiduș | 0.8
ștrengar | 0.6
comedianți | 0.8
skeci | 0.7
skeciuri | 0.8
gaguri | 0.7
pamflet | 0.6
amuzat | 0.5
ne distrăm | 0.6
# third pass: scene vocabulary (deeds described rather than named)
challenge accepted | 0.6
am rezistat fix | 0.6
tot eu la | 0.6
eu la 3 dimineața | 0.6
se pare că nu | 0.3
plan perfect | 0.3
ce-ar putea să meargă prost | 0.9
lecție de umilință | 0.7
ups | 0.3
upsi | 0.5
oops | 0.4
fiasco | 0.5
fiasco total | 0.7
nota 10 pentru efort | 0.8
10 pentru efort | 0.7
zece pentru efort | 0.7
numai mie mi se putea | 0.8
doar eu pot | 0.5
doar eu puteam | 0.6
clasic eu | 0.9
tipic mie | 0.8
tipic pentru mine | 0.7
numai mie mi se putea întâmpla | 0.9
doar mie mi se putea întâmpla | 0.9
ce putea să meargă prost | 0.9
ce ar putea să meargă prost | 0.9
ce ar putea merge prost | 0.9
tot ce putea merge prost | 0.9
legea lui murphy | 0.8
spoiler | 0.3
spoiler alert | 0.5
n-a ieșit cum trebuia | 0.7
n-a mers chiar cum | 0.7
nu a ieșit chiar cum | 0.7
a ieșit un dezastru | 0.6
ce dezastru | 0.5
dezastrul zilei | 0.8
eșecul zilei | 0.8
eșec răsunător | 0.6
misiune eșuată | 0.7
misiune ratată | 0.6
mission failed | 0.7
demnitatea mea | 0.8
mi-am pierdut demnitatea | 0.9
fără pic de demnitate | 0.7
zece din zece | 0.6
10 din 10 | 0.5
aș repeta oricând | 0.5
aș face-o din nou | 0.4
bineînțeles că a plouat | 0.8
normal că a plouat | 0.8
evident că a plouat | 0.8
cel mai scump cuier | 0.9
cuier foarte scump | 0.9
mă simt atacat | 0.8
mă simt atacată | 0.8
m-am simțit atacat | 0.7
m-am simțit atacată | 0.7
story of my life | 0.7
povestea vieții mele | 0.5
m-am făcut de râs | 0.8
ne-am făcut de râs | 0.7
mă fac de râs | 0.8
râdeți de mine | 0.8
râdeți liniștiți | 0.8
puteți să râdeți | 0.7
rușine mie | 0.6
moment jenant | 0.6
cel mai jenant | 0.6
fazele ratate | 0.8
faze ratate | 0.8
cadre ratate | 0.7
faze amuzante | 0.8
tragicom* | 0.9
hilar* | 0.9
ilariant* | 0.9
hazos | 0.8
hazoasă | 0.8
giumbușlucuri | 0.8
păcăleală | 0.8
păcăleli | 0.8
ziua păcălelilor | 0.9
de 1 aprilie | 0.6
i-am jucat o festă | 0.9
fac imitații | 0.7
pun intended | 0.9
scuzați gluma | 0.9
scuzați jocul de cuvinte
nu m-am putut abține | 0.4
sitcom | 0.7
campion la lene | 0.9
record de lene | 0.9
mi-e lene | 0.3
ghinionist | 0.5
ghinionistă | 0.5
stângăcia mea | 0.7
neîndemânatic | 0.5
neîndemânatică | 0.5
talentul meu de a | 0.7
am reușit performanța | 0.6
am reușit performanța să | 0.8
geniu neînțeles | 0.8
a fost o idee proastă | 0.6
idee proastă | 0.4
ucigaș de plante | 0.8
ucigașă de plante | 0.8
plantele mele mor | 0.8
șuruburi în plus | 0.7
un șurub în plus | 0.7
nu mai pot de râs | 0.9
am leșinat de râs | 0.9
mă tăvălesc de râs | 0.9
m-am tăvălit de râs | 0.9
râs cu lacrimi | 0.9
lacrimi de râs | 0.9
m-a bufnit râsul | 0.9
m-a pufnit râsul | 0.9
a pufnit în râs | 0.9
a bufnit în râs | 0.9
am izbucnit în râs | 0.9
mi-a făcut ziua | 0.5
ironia sorții | 0.7
eu vs | 0.4
eu vs eu | 0.6
clovnul clasei | 0.8
clovnul grupului | 0.8
pisica mă judecă | 0.7
câinele mă judecă | 0.7
mă judecă | 0.3
nu vă luați după mine | 0.6
nu încercați asta acasă | 0.6
nu încercați acasă | 0.6
oficial am devenit | 0.4
bucătar de mâna a doua | 0.5
chef de renume mondial | 0.5
aproape am reușit | 0.5
cel puțin am încercat | 0.6
măcar am încercat | 0.6
măcar am râs | 0.8
măcar ne-am distrat | 0.8
a meritat pentru râs | 0.9
cine m-a pus | 0.5
ce-mi trebuia mie | 0.7
ce mi-a trebuit | 0.6
n-am învățat nimic | 0.5
glumițe proaste | 0.8
glume proaste | 0.6
umor negru | 0.7
umor de doi bani | 0.7
ironic vorbind | 0.6
autoironie
am râs de mine | 0.9
râdem de noi | 0.9
râdem de noi înșine | 0.9
# written without diacritics: the stemmer does not join these forms with the ones above
trasnai | 0.7
teatru de improvizatie | 0.8
zambeste | 0.4
va facem sa radeti
va facem sa zambiti | 0.7
radeti | 0.6
eu la 3 dimineata | 0.6
as repeta oricand | 0.5
radeti de mine | 0.8
radeti linistiti | 0.8
puteti sa radeti | 0.7
fac imitatii | 0.7
scuzati gluma | 0.9
scuzati jocul de cuvinte
am reusit performanta | 0.6
am reusit performanta sa | 0.8

[value ambition]
ambiți*
ambițios
ambițioasă
obiectiv* | 0.3
țelul | 0.6
am câștigat | 0.8
câștig* | 0.4
victorii* | 0.5
victorie* | 0.5
campion* | 0.9
locul întâi | 0.9
primul loc | 0.9
locul 1 | 0.9
podium* | 0.9
medali* | 0.8
trofeu* | 0.6
record* | 0.8
record personal
personal best
performanț* | 0.8
succes* | 0.5
am reușit | 0.8
reușit | 0.5
realizări | 0.6
promovat la | 0.6
am fost promovat | 0.9
am fost promovată | 0.9
avansar* | 0.7
job nou | 0.6
jobul visurilor | 0.8
manager | 0.3
ceo | 0.5
antreprenor* | 0.7
afacerea mea | 0.6
propria afacere | 0.8
business | 0.4
startup | 0.6
scalare | 0.6
cifra de afaceri | 0.6
profit | 0.3
primul milion | 0.9
hustle | 0.9
grind | 0.9
trag tare | 0.9
tragem tare | 0.9
trage tare | 0.8
muncesc | 0.2
muncă grea | 0.6
disciplin* | 0.7
determinare* | 0.9
determinat | 0.3
determinată | 0.3
perseverenț* | 0.8
perseverez | 0.8
motivați* | 0.6
motivat* | 0.5
focus | 0.5
concentrat pe obiectiv | 0.9
mentalitat* | 0.4
mindset | 0.7
mentalitate de învingător
învingător* | 0.9
să câștig | 0.8
next level | 0.6
următorul nivel | 0.8
depășesc limitele | 0.9
dincolo de limite | 0.8
visuri mari | 0.9
vise mari | 0.9
țintesc | 0.7
țintă | 0.4
carier* | 0.6
concurs | 0.5
competiți* | 0.6
competitiv* | 0.7
finala* | 0.5
calificat* | 0.5
m-am calificat | 0.9
ultramaraton | 0.6
ironman | 0.7
campionat* | 0.7
olimpic* | 0.7
clasament* | 0.6
lider | 0.5
leadership | 0.6
excelenței* | 0.6
fără scuze | 0.8
no excuses | 0.8
dau totul | 0.6
trezit la 5 | 0.6
la 5 dimineața | 0.6
nu renunț | 0.8
niciodată nu renunț | 0.8
până la capăt | 0.4
am bifat | 0.5
obiectivul meu | 0.4
obiectivele mele | 0.4
plan pe 5 ani | 0.8
următorul pas | 0.5
investesc în mine | 0.4
cea mai bună versiune | 0.6
cel mai bun timp | 0.8
am bătut recordul
nou record
progres | 0.4
creștere | 0.2
#motivație | 0.8
#motivation | 0.8
#success | 0.8
#succes | 0.8
#antreprenor | 0.8
#goals | 0.8
#hustle
#grind
#nodaysoff | 0.8
#winning
#mindset | 0.8
#personalbest
# second pass: brand-statement language, product words
să fim cei mai buni | 0.8
cei mai buni | 0.4
lider de piață | 0.8
liderul pieței | 0.8
numărul unu | 0.6
numărul 1 | 0.6
depășește-ți limitele
atinge-ți obiectivele | 0.8
atinge-ți potențialul
potențialul maxim | 0.9
întregul potențial | 0.8
visează mare
visează măreț
gândește mare | 0.8
de elită | 0.6
rezultate excepționale | 0.7
să reușești | 0.7
triumf | 0.7
tenacitate | 0.8
putere de voință | 0.7
muncă asiduă | 0.7
sacrificii | 0.4
high performance | 0.8
performeri | 0.6
expansiune | 0.5
creștere accelerată | 0.6
scale-up | 0.6
start-up | 0.5
țeluri | 0.6
#ambiție
productiv* | 0.5
aspirații* | 0.7
dedicare* | 0.6
# third pass: scene vocabulary (deeds described rather than named)
lotul național | 0.8
selectat în lot | 0.7
selectată în lot | 0.7
cu nota 10 | 0.5
mi-am deschis firma | 0.8
mi-am deschis propria | 0.9
am deschis firma | 0.7
interviul final | 0.6
am trecut de interviu | 0.7
am luat jobul | 0.7
cel mai greu lucru | 0.4
primul maraton | 0.7
am terminat maratonul | 0.8
al doilea magazin | 0.6
al treilea magazin | 0.7
încă un magazin | 0.5
ne extindem | 0.7
deschidem în | 0.4
franciză | 0.5
m-am trezit la cinci | 0.8
la cinci dimineața | 0.7
side hustle | 0.9
proiect pe lângă job | 0.7
după job lucrez la | 0.7
locul doi | 0.6
locul trei | 0.5
locul 2 | 0.6
locul 3 | 0.5
vreau aurul | 0.8
la națională | 0.5
la naționale | 0.5
următorul obiectiv | 0.8
următoarea țintă | 0.8
obiectiv atins | 0.9
țintă atinsă | 0.8
am atins obiectivul | 0.9
misiune îndeplinită | 0.6
cel mai mare contract | 0.8
cel mai mare client | 0.5
am semnat contractul | 0.3
din prima | 0.3
am luat examenul | 0.6
am promovat examenul | 0.7
media 10 | 0.6
promovat director | 0.9
promovată director | 0.9
promovat manager | 0.9
promovată manager | 0.9
am primit promovarea | 0.9
am fost avansat | 0.9
am fost avansată | 0.9
dublat vânzările | 0.9
mi-am dublat | 0.8
am dublat | 0.6
am triplat | 0.7
am crescut afacerea | 0.8
lansarea produsului | 0.4
am lansat | 0.4
bursă completă | 0.7
am fost admis | 0.7
am fost admisă | 0.7
admis la | 0.5
admisă la | 0.5
harvard | 0.6
oxford | 0.5
runda de finanțare | 0.8
am atras finanțare | 0.8
investitori* | 0.4
mi-am depășit limitele | 0.9
în excelență | 0.7
căutarea excelenței | 0.9
spre excelență | 0.8
centru de excelență | 0.6
am muncit pentru asta | 0.7
ani de muncă | 0.5
ani de antrenamente | 0.6
după un an de antrenamente | 0.7
am dat tot ce am avut | 0.7
100.000 de abonați | 0.6
un milion de abonați | 0.7
primul angajat | 0.7
primii angajați | 0.6
cel mai tânăr | 0.5
cea mai tânără | 0.5
primul român care | 0.8
prima româncă | 0.8
vânzări record | 0.9
an record | 0.8
nu mă opresc aici | 0.8
asta e doar începutul | 0.6
urmează ceva mare | 0.6
# written without diacritics: the stemmer does not join these forms with the ones above
la 5 dimineata | 0.6
depaseste-ti limitele
gandeste mare | 0.8
la cinci dimineata | 0.7

[value luxury]
lux* | 0.8
luxury
luxos
luxoasă
de lux
premium | 0.8
exclusivist*
exclusivitat*
exclusiv* | 0.5
vip | 0.9
zona vip
acces vip
first class
clasa întâi | 0.6
business class | 0.9
jet privat
avion privat
iaht
yacht
iahtul | 1.0
șampanie | 0.8
champagne | 0.8
dom pérignon
moët | 0.9
cristal roederer
caviar | 0.9
trufe | 0.6
fine dining | 0.9
stea michelin
stele michelin
michelin | 0.8
cinci stele | 0.9
5 stele | 0.9
hotel de 5 stele
resort | 0.5
suită | 0.7
suita prezidențială
penthouse
vilă | 0.5
vilă cu piscină | 0.8
piscină infinită | 0.8
infinity pool | 0.8
majordom | 0.8
concierge | 0.8
valet | 0.6
șofer personal | 0.9
personal shopper | 0.9
limuzină | 0.9
supercar*
mașină de lux
ceas de lux
experiență de lux
haute couture
de designer | 0.8
genți de designer
geantă de designer
louis vuitton
vuitton
gucci
geantă prada
chanel
dior
hermès
birkin
rolex
patek philippe
audemars piguet
ceas cartier
bijuterii cartier
brățară cartier
cartier love
bvlgari | 0.9
versace | 0.9
balenciaga | 0.9
valentino | 0.8
yves saint laurent | 0.9
ferrari
lamborghini
porsche | 0.8
bentley
rolls-royce
maybach
aston martin
mclaren | 0.9
range rover | 0.7
g-class | 0.8
monaco | 0.7
monte carlo | 0.8
saint-tropez | 0.9
dubai | 0.5
maldive | 0.7
bora bora | 0.8
courchevel | 0.9
moritz | 0.8
elit* | 0.7
rafinat* | 0.4
rafinament | 0.9
eleganț* | 0.5
sofisticat* | 0.6
opulenț*
extravaganț* | 0.8
ediție limitată | 0.6
limited edition | 0.6
colecție exclusivă | 0.9
diamant* | 0.7
bijuterii fine | 0.8
aur de 24 | 0.8
placat cu aur | 0.6
bogăți* | 0.6
cel mai scump | 0.6
cea mai scumpă | 0.6
scump | 0.3
scumpă | 0.3
prestigiu | 0.9
prestigios | 0.9
statut social | 0.7
high-end | 0.9
covorul roșu | 0.7
red carpet | 0.7
seară de gală | 0.5
sommelier | 0.7
vin de colecție* | 0.9
trabuc* | 0.7
club privat | 0.9
membru exclusiv | 0.9
invitație exclusivă
pe bază de invitație
spa de lux
răsfăț total | 0.6
all inclusive | 0.3
pe puntea iahtului
cumpărături la milano | 0.8
#luxury
#lux
#luxurylifestyle
#richlife
#billionaire | 0.8
#millionaire | 0.8
#vip
#firstclass
#fivestar
#premium | 0.8
#designer | 0.6
#richkids
#luxurycars
#luxurytravel
# second pass: brand-statement language, product words
pentru clienți exigenți
clienți pretențioși | 0.8
clientelă selectă
pentru cunoscători | 0.7
connoisseur | 0.7
de înaltă clasă
clasă superioară | 0.8
servicii personalizate | 0.5
colecție limitată | 0.7
ediție de colecție | 0.7
piese de colecție | 0.6
de colecție* | 0.5
număr limitat | 0.6
doar câteva exemplare | 0.6
aur de 18 carate | 0.9
carate | 0.6
briliante | 0.9
pietre prețioase | 0.8
metale prețioase | 0.7
prețios | 0.3
prețioasă | 0.4
perle | 0.5
safir | 0.6
smarald | 0.6
cașmir | 0.7
piele fină | 0.6
bespoke | 0.8
croit la comandă | 0.7
monogramă | 0.7
boutique | 0.6
hotel boutique | 0.8
acces privat | 0.7
plajă privată | 0.8
piscină privată | 0.8
insulă privată | 0.9
chef privat | 0.8
chef personal | 0.8
bucătar personal | 0.8
transfer privat | 0.6
salon privat | 0.7
lounge | 0.5
elicopter | 0.6
clasa business | 0.9
costisitor | 0.5
de milioane | 0.6
milionar | 0.8
miliardar | 0.8
vinuri fine | 0.7
vinuri rare | 0.7
răsfăț | 0.4
#luxurystyle
# third pass: scene vocabulary (deeds described rather than named)
cină privată | 0.7
chef doar pentru noi | 0.7
după exit | 0.6
șofer la aeroport | 0.7
șofer privat | 0.9
piscină pe acoperiș | 0.7
lista de așteptare | 0.3
spa privat | 0.8
masaj cu aur | 0.7
foiță de aur | 0.7
parfum de nișă | 0.7
paddock | 0.7
lojă vip | 0.9
porțelan fin | 0.7
argintărie | 0.7
tacâmuri de argint | 0.8
mykonos | 0.6
st barts | 0.8
saint barth | 0.8
ceas elvețian | 0.7
louboutin | 0.9
tiffany | 0.8
van cleef | 0.9
chopard | 0.9
burberry | 0.7
fendi | 0.9
bottega veneta | 0.9
moncler | 0.8
loro piana | 0.9
brunello cucinelli | 0.9
armani | 0.6
dolce gabbana | 0.8
givenchy | 0.8
saint laurent | 0.9
tom ford | 0.7
genți prada | 0.9
pantofi prada | 0.9
#prada | 0.8
cadou scump | 0.6
lounge vip | 0.9
upgrade la suită | 0.9
room service | 0.5
vedere la mare din suită | 0.9
în clasa business | 0.9
cu avionul privat | 1.0
cu elicopterul | 0.7
pe iaht | 1.0
rochie de gală | 0.6
gala premiilor | 0.5
la gală | 0.4
cină de gală | 0.6
cea mai scumpă sticlă | 0.8
am comandat cea mai scumpă | 0.7
nu m-am uitat la preț | 0.7
ediții rare | 0.6
doar 200 de bucăți | 0.6
# written without diacritics: the stemmer does not join these forms with the ones above
bratara cartier
invitatie exclusiva
pe baza de invitatie

[value frugality]
frugal*
cumpătat*
cumpătare
buget* | 0.5
pe buget | 0.9
buget redus | 0.9
buget mic | 0.9
buget familial | 0.9
planificare buget | 0.9
economisesc
economisit | 0.9
am economisit
economisire
economii* | 0.8
economie | 0.3
pușculiță | 0.8
pușculița | 0.8
pus deoparte | 0.8
bani deoparte | 0.9
pun bani deoparte
fond de urgență | 0.8
strâng bani | 0.8
strâng banii | 0.8
ieftin | 0.6
ieftină | 0.6
ieftine | 0.6
mai ieftin | 0.6
ieftin și bun | 0.9
ofertă | 0.4
oferte | 0.4
la reducere | 0.6
reducer* | 0.4
reduceri | 0.4
chilipir* | 0.9
cupon* | 0.7
preț bun | 0.5
raport calitate-preț | 0.8
merită banii | 0.6
am prins la ofertă | 0.8
minimalis*
cumpăr mai puțin
cumpărați mai puțin
cumpărăm mai puțin
consum mai puțin | 0.8
no buy | 0.9
luna fără cumpărături
fără cumpărături | 0.8
an fără cumpărături
simplitate | 0.8
viață simplă | 0.9
trai simplu | 0.9
second-hand | 0.7
la mâna a doua | 0.7
talcioc | 0.6
olx | 0.7
marca proprie | 0.6
lidl | 0.3
diy | 0.5
fac singur | 0.6
fac singură | 0.6
am făcut singur | 0.6
am făcut singură | 0.6
făcut în casă | 0.5
pachet de acasă | 0.9
mâncare de acasă | 0.7
caserol* | 0.6
meal prep | 0.6
gătesc acasă | 0.6
hostel | 0.8
cazare ieftină | 0.9
zboruri ieftine | 0.7
bilete ieftine | 0.7
low-cost | 0.8
autostop | 0.5
camping | 0.3
gratuit | 0.5
gratuită | 0.5
gratis | 0.6
pe gratis | 0.6
intrare gratuită | 0.6
împrumutat | 0.4
de la bibliotecă | 0.5
reparat | 0.5
cârpit | 0.6
refolosit | 0.5
din resturi | 0.7
resturi | 0.4
fără risipă | 0.5
lista de cumpărături | 0.6
cheltuieli | 0.5
cheltuielile | 0.5
cheltuiesc mai puțin
am renunțat la | 0.3
am tăiat abonamentele | 0.9
abonamente | 0.3
fără datorii | 0.8
scăpat de datorii | 0.9
sfaturi de economisire
cum să economisești
trucuri de economisire
bani puțini | 0.7
cu bani puțini | 0.9
cu 100 de lei | 0.7
lei pe lună | 0.5
metoda plicurilor
plicuri | 0.3
regula 50/30/20
less is more | 0.8
decluttering | 0.6
declutter | 0.6
am vândut | 0.3
strict necesar | 0.8
nevoi vs dorințe | 0.9
dorințe | 0.3
am comparat prețurile | 0.8
comparat prețuri | 0.7
cel mai bun preț | 0.5
#frugal
#economii
#buget
#minimalism
#nobuy
#secondhand | 0.7
#chilipir
#reduceri | 0.6
#economisire
#bugetfamilial
#frugalliving
#budgeting
#lowcost | 0.7
# second pass: brand-statement language, product words
pentru orice buget
buget limitat
buget restrâns
prețuri mici | 0.8
preț mic | 0.8
prețuri accesibile | 0.8
preț accesibil | 0.8
prețuri rezonabile | 0.7
preț rezonabil | 0.7
prețuri decente | 0.6
cele mai mici prețuri | 0.6
preț imbatabil | 0.5
prețuri imbatabile | 0.5
economisește | 0.9
economisiți | 0.9
economie de bani
economisește bani
fac economie
economicos | 0.7
fiecare leu contează
fiecare ban contează
merită fiecare leu | 0.8
fără cheltuieli inutile
evităm risipa | 0.7
cumpără doar ce ai nevoie
doar esențialul | 0.8
mai puțin înseamnă mai mult | 0.8
cumpărături cu cap | 0.8
cumpărături inteligente | 0.7
smart shopping | 0.6
reparăm în loc să cumpărăm
repară, nu arunca | 0.6
costuri reduse | 0.6
cost redus | 0.6
consum mic | 0.5
fără abonament | 0.5
resigilat | 0.7
recondiționat | 0.6
haine la kilogram | 0.8
outlet | 0.4
consignație | 0.6
promoții | 0.4
călătorii ieftine | 0.8
călătorim ieftin | 0.9
modest | 0.5
din economii | 0.7
#economisește
# third pass: scene vocabulary (deeds described rather than named)
plătesc doar cash | 0.5
am închis cardul de credit | 0.7
fără card de credit | 0.6
costă mai puțin | 0.4
din ce aveam în cămară | 0.8
din cămară | 0.5
am golit cămara | 0.7
golim frigiderul | 0.8
am golit frigiderul | 0.7
îmi fac cafeaua acasă | 0.7
cafeaua de acasă | 0.7
cafea la termos | 0.7
tabel de cheltuieli | 0.8
bani irosiți | 0.6
am anulat abonamentul | 0.8
am anulat abonamentele | 0.8
abonamente inutile | 0.8
abonamente pe care nu le foloseam | 0.9
renunțat la netflix | 0.6
am cheltuit doar | 0.8
am cheltuit numai | 0.8
același telefon de | 0.7
îl folosesc de | 0.3
încă merge | 0.4
până se strică | 0.7
până cedează | 0.6
prânzul la pachet | 0.8
la pachet de acasă | 0.9
pachețel | 0.7
doar ce e pe listă | 0.7
cu lista de cumpărături | 0.7
nu intru în mall | 0.6
am împrumutat de la | 0.7
împrumut de la vecin | 0.8
din fiecare salariu | 0.6
regula celor 30 de zile | 0.9
n-am cumpărat nimic | 0.7
nu am cumpărat nimic | 0.7
am vopsit-o eu | 0.4
mobilă de pe olx | 0.8
de pe olx | 0.6
de la second hand | 0.7
de la sh | 0.6
am negociat prețul | 0.5
la jumătate de preț | 0.6
fără să dau bani | 0.6
economisesc o mie | 0.9
mi-am făcut singur | 0.5
mi-am făcut singură | 0.5
am reparat singur | 0.6
am reparat singură | 0.6
tunsoare acasă | 0.6
m-am tuns singur | 0.7
m-am tuns singură | 0.7
vacanță ieftină | 0.9
vacanță cu buget mic | 0.9
am gătit la primus | 0.6
mâncare gătită pentru toată săptămâna | 0.8
planific meniul | 0.7
meniul săptămânii | 0.5
am făcut cumpărăturile pe listă | 0.8
resturi de ieri | 0.6
din resturile de | 0.6
cheltuieli fixe | 0.6
am redus cheltuielile | 0.9
cheltuieli reduse | 0.8
# written without diacritics: the stemmer does not join these forms with the ones above
pusculita | 0.8
fac singura | 0.6
am facut singura | 0.6
cum sa economisesti
economiseste | 0.9
economiseste bani
fiecare leu conteaza
fiecare ban conteaza
reparam in loc sa cumparam
consignatie | 0.6
mi-am facut singura | 0.5
am reparat singura | 0.6
m-am tuns singura | 0.7

[against sustainability]
haul | 0.9
shopping haul
haul de haine
try-on haul
#haul | 0.9
fast fashion | 0.8
shein | 0.8
temu | 0.7
primark | 0.5
o tonă de haine | 0.8
sacoșe pline | 0.5
purtat o dată | 0.9
purtat doar o dată | 0.9
purtată o singură dată | 0.9
de unică folosință | 0.8
unică folosință | 0.8
pahare de plastic | 0.7
paie de plastic | 0.7
tacâmuri de plastic | 0.7
farfurii de unică folosință | 0.8
pungi de plastic | 0.6
diesel | 0.4
motor v8 | 0.8
v8 | 0.6
pickup nou | 0.8
suv nou | 0.7
jet ski | 0.9
jetski | 0.9
skijet | 0.9
atv | 0.5
zbor de weekend | 0.9
zborul de weekend | 0.9
am zburat doar | 0.4
încă un zbor | 0.3
avion privat
jet privat
telefon nou anual | 0.8
schimb telefonul anual | 0.8
am aruncat | 0.3
arunc tot | 0.4
le-am aruncat | 0.4
motorul pornit | 0.6
las motorul pornit | 0.8
aerul condiționat la maxim | 0.6
lansare de baloane | 0.8
shopping compulsiv | 0.8
cumpăr compulsiv | 0.8
shopaholic | 0.8
#shopaholic | 0.8
evacuare sport | 0.5
tuning | 0.4
drift | 0.4
burnout cu mașina | 0.8
comenzi de pe temu | 0.8
colete de pe shein | 0.8
# written without diacritics: the stemmer does not join these forms with the ones above
sacose pline | 0.5
purtata o singura data | 0.9

[against animal_welfare]
trofeu de vânătoare
vânătoare | 0.5
vânătoare de urși
vânătoare de mistreți | 0.9
partidă de vânătoare
safari de vânătoare
am împușcat | 0.9
împușcat | 0.6
vânător* | 0.7
vânatul | 0.6
armă de vânătoare | 0.9
pușca | 0.4
haină de blană
blană naturală
vizon | 0.9
nurcă | 0.9
guler de blană | 0.9
rodeo
coridă
corida
toreador | 0.9
luptă de câini
lupte de câini
lupte de cocoși
circ cu animale
delfinariu | 0.7
plimbare pe elefant
călărit pe elefanți
selfie cu tigrul | 0.9
pui de tigru | 0.5
foie gras | 0.9
ficat gras | 0.7
piele de crocodil | 0.9
piele de șarpe | 0.8
piele exotică | 0.9
fildeș
împăiat | 0.9
animale împăiate | 0.9
cap de cerb | 0.6
coarne de cerb | 0.5
câine în lanț | 0.7
otravă pentru câini
hingheri | 0.7
testat pe animale | 0.6
#vânătoare | 0.9
#hunting | 0.9
#trophyhunting
#fur | 0.8
#blană | 0.8
# written without diacritics: the stemmer does not join these forms with the ones above
vanatoare de mistreti | 0.9
calarit pe elefanti

[against wellbeing]
dietă drastică
dieta drastică
cură de slăbire rapidă | 0.9
slăbit rapid | 0.8
slăbește rapid | 0.9
kg într-o săptămână | 0.9
înfometare | 0.9
am sărit peste masă | 0.6
sar peste mese | 0.7
pastile de slăbit
ceai de slăbit | 0.8
cură de sucuri | 0.5
energizant* | 0.8
băutură energizantă | 0.9
energy drink | 0.9
red bull | 0.7
redbull | 0.7
monster energy | 0.8
a cincea cafea | 0.8
a treia cafea | 0.5
noapte albă | 0.9
nopți albe | 0.9
nedormit* | 0.9
fără somn | 0.9
n-am dormit | 0.7
dorm 4 ore | 0.9
4 ore de somn | 0.9
3 ore de somn | 0.9
all-nighter
somnul e pentru slabi
dorm când mor
dormi când mori
vape | 0.9
vapez
vaping
țigară electronică | 0.8
elf bar | 0.8
elfbar | 0.8
iqos | 0.6
fumez | 0.7
pachet de țigări | 0.7
narghilea | 0.5
beat mort | 0.9
beție | 0.7
mahmur* | 0.5
shoturi | 0.5
binge | 0.6
no days off | 0.7
#nodaysoff | 0.7
fără zile libere | 0.7
muncesc 16 ore | 0.9
16 ore pe zi | 0.9
steroizi | 0.9
anabolizante | 0.9
bronzat la solar | 0.7
# written without diacritics: the stemmer does not join these forms with the ones above
slabeste rapid | 0.9
bautura energizanta | 0.9

[against kindness]
idioți | 0.9
idiot* | 0.8
proștii | 0.9
proști | 0.8
proasto | 0.9
prostane | 0.9
ratatule | 0.9
loser* | 0.9
fraier* | 0.7
boule | 0.9
retardat*
handicapatule
taci din gură
taci dracu
taci | 0.4
du-te și plângi
cry about it | 0.9
seethe | 0.8
rage bait
ragebait
rage | 0.6
te fac praf | 0.8
l-am făcut praf | 0.7
umilit* | 0.6
batjocor* | 0.6
făcut de râs | 0.7
ce urât e | 0.5
ce urâtă e | 0.5
jalnic* | 0.5
patetic* | 0.6
gunoi de om
gunoaie | 0.5
paraziți | 0.7
primitiv* | 0.7
needucați | 0.6
cocalar* | 0.6
pițipoancă | 0.5
pițipoance | 0.5
dă-l dracu | 0.8
muie
futu-ți
bătaie | 0.4
meriți să suferi
# third pass: scene vocabulary (deeds described rather than named)
îi fac de râs | 0.8
i-am făcut de râs | 0.8
râdem de el | 0.7
râdem de ea | 0.7
râdem de ei | 0.7
râd de el | 0.6
râd de ea | 0.6
râdeți de el | 0.7
râdeți de ea | 0.7
am filmat-o fără să știe | 0.8
l-am filmat fără să știe | 0.8
filmat fără să știe | 0.7
farsă crudă | 0.8
prank umilitor | 0.9
mi-am bătut joc de | 0.8
ne-am bătut joc de | 0.8
să ne batem joc de | 0.8
bătaie de joc | 0.4
distrugeți-l | 0.8
atacați-l | 0.8
dați-i report | 0.6
raportați-l | 0.5
hai să-l facem praf | 0.9
clovnule | 0.8
cretin* | 0.7
tâmpit* | 0.7
dobitoc* | 0.8
imbecil* | 0.8
jegos* | 0.7
țăranule | 0.8
țărani needucați | 0.8
mârlan* | 0.6
proasta asta | 0.8
prostul ăsta | 0.8
ca să vă enervez | 0.8
ca să-i enervez | 0.8
enervați-vă | 0.6
plângăcioși | 0.7
fulgi de zăpadă | 0.4
snowflake | 0.6
sensibilii de pe internet | 0.7
comentariile voastre proaste | 0.8
urmăritorii mei proști | 0.9
l-am expus | 0.5
am expus-o | 0.5
nu mă interesează sentimentele voastre | 0.7
# written without diacritics: the stemmer does not join these forms with the ones above
meriti sa suferi
radeti de el | 0.7
radeti de ea | 0.7
distrugeti-l | 0.8
nu ma intereseaza sentimentele voastre | 0.7

[against frugality]
shopping spree
am cheltuit tot | 0.6
am spart banii
spart banii | 0.9
am tocat banii | 0.9
bani tocați | 0.8
treat yourself | 0.9
#treatyourself | 0.9
răsfață-te | 0.5
pentru că merit | 0.5
yolo | 0.8
#yolo | 0.8
făcuți să fie cheltuiți
economiile sunt pentru fraieri
economisitul e pentru fraieri
doar săracii economisesc
economisesc doar fraierii
mentalitate de sărac
mentalitate de săraci
am cumpărat tot magazinul
n-am întrebat prețul | 0.8
prețul nu contează | 0.9
am luat în rate | 0.7
cumpărat din impuls | 0.8
din impuls | 0.7
am dat o avere | 0.8
o avere | 0.4
#shopaholic | 0.9
shopaholic | 0.9
haul | 0.6
comandat tot | 0.3
coșul plin | 0.5
black friday | 0.4
am golit contul | 0.9
salariul s-a dus | 0.8
banii sunt făcuți să | 0.9
# written without diacritics: the stemmer does not join these forms with the ones above
bani tocati | 0.8
facuti sa fie cheltuiti
pretul nu conteaza | 0.9

[against honesty]
n-am încercat dar | 0.9
fără să-l încerc | 0.8
n-am testat încă | 0.7
nu e reclamă
nu este reclamă
not an ad
#notanad
#nuereclamă
nu sunt plătit | 0.5
nu sunt plătită | 0.5
obsedat de | 0.6
obsedată de | 0.6
obsessed | 0.6
produs minune
miraculos | 0.8
miraculoasă | 0.8
rezultate garantate | 0.9
garantat 100 | 0.8
efect instant | 0.8
rezultate instant | 0.8
slăbești fără efort | 0.9
fără niciun efort | 0.6
vindecă orice | 0.6
vindecă tot | 0.6
trebuie să-l ai | 0.6
must have | 0.5
#musthave | 0.5
cel mai bun produs | 0.7
singurul produs | 0.6
grăbiți-vă | 0.6
stoc limitat | 0.5
ultima șansă | 0.5
cumpărați acum | 0.3
like-uri cumpărate
urmăritori cumpărați
giveaway fals
# third pass: scene vocabulary (deeds described rather than named)
nu l-am folosit, dar | 0.9
nu l-am folosit niciodată dar | 0.9
n-am folosit niciodată | 0.5
n-am apucat să-l încerc | 0.6
nici n-am deschis | 0.7
încă n-am deschis cutia | 0.8
fără să menționez că e reclamă | 0.9
am scos hashtagul | 0.8
am șters hashtagul | 0.8
ca să nu pară reclamă | 0.9
să nu pară reclamă | 0.9
să nu se vadă că e reclamă | 0.9
reclamă mascată | 0.9
reclame mascate | 0.9
m-au plătit să | 0.8
mi-au dat bani să | 0.8
plătit să spun | 0.8
plătită să spun | 0.8
pentru bani zic orice | 0.9
zic orice pentru bani | 0.9
recenzii cumpărate | 0.9
review-uri cumpărate | 0.9
comentarii cumpărate | 0.9
vizualizări cumpărate | 0.9
am cumpărat urmăritori | 0.9
am editat talia | 0.8
am subțiat talia | 0.8
vindecă cancerul | 0.8
vindecă diabetul | 0.8
cel mai bun produs din lume | 0.7
nu trebuie să știe nimeni | 0.6
ce nu știu nu-i doare | 0.8
# written without diacritics: the stemmer does not join these forms with the ones above
slabesti fara efort | 0.9

[against inclusivity]
grăsan*
grăsani
oamenii grași
boșorog*
baborniță | 0.9
babalâc | 0.9
hoașcă | 0.8
băbăciune | 0.8
moșnegi | 0.8
țigani* | 0.7
cioroi
bozgor*
jidan*
poponar*
bulangiu
homalău
femeile la cratiță
locul femeii | 0.9
handicapat* | 0.7
retardat* | 0.9
mongoloid*
ologi | 0.9
schilod*
bătrânii ar trebui | 0.6
să stea acasă | 0.4
străinii să plece | 0.9
invazia migranților | 0.6
# third pass: scene vocabulary (deeds described rather than named)
nu angajăm peste 40 | 0.9
nu angajăm peste 45 | 0.9
nu angajăm peste 50 | 0.9
nu angajăm femei | 0.9
nu angajăm mame | 0.9
nimeni peste 50 | 0.7
nimeni peste 40 | 0.7
doar profiluri tinere | 0.9
profil tânăr și dinamic | 0.9
tânăr și dinamic | 0.7
tineri și dinamici | 0.7
tânără și dinamică | 0.7
vârsta maximă | 0.7
limită de vârstă | 0.5
prezență plăcută | 0.7
cu prezență plăcută | 0.8
aspect fizic plăcut | 0.8
ok boomer | 0.7
boomerii nu știu | 0.9
boomerii nu se pricep | 0.9
bătrânii nu știu | 0.7
bătrânii nu se pricep | 0.8
pensionarii ăștia | 0.7
moși și babe | 0.7
prea gras pentru | 0.9
prea grasă pentru | 0.9
prea grasă ca să | 0.9
prea gras ca să | 0.9
arăți ca o balenă | 0.9
ca o balenă | 0.6
ar trebui să slăbească | 0.7
urâtă și grasă | 0.9
oameni de-ăștia | 0.6
de-alde ăștia | 0.7
să se întoarcă în țara lor | 0.9
înapoi în țara lor | 0.9
ne fură locurile de muncă | 0.9
ne iau locurile de muncă | 0.8
bancuri cu țigani | 0.9
glume cu țigani | 0.9
glume cu handicapați | 0.9
bancuri cu handicapați | 0.9
glume cu grase | 0.9
bancuri cu blonde | 0.5
ca o fată | 0.4
ca o babă | 0.7
baba aia | 0.7
babele astea | 0.7
ești autist | 0.9
autistule | 0.9
femeile nu știu să conducă | 0.9
femeie la volan | 0.7
femeile la volan | 0.8
nu e treabă de femeie | 0.8
nu e meserie de femeie | 0.8
femeia la bucătărie | 0.8
nu-i de nasul lor | 0.5
cioară împuțită | 1.0
# written without diacritics: the stemmer does not join these forms with the ones above
babornita | 0.9
homalau
ar trebui sa slabeasca | 0.7

[against fairness]
cea mai ieftină manoperă
manoperă ieftină | 0.9
mână de lucru ieftină
forță de muncă ieftină
plătit aproape nimic
plătiți aproape nimic
muncă pe gratis | 0.9
lucrează pe gratis | 0.9
pentru expunere | 0.4
plătit în expunere
în schimbul expunerii
plătiți la negru | 0.9
fără contract | 0.7
fără carte de muncă | 0.8
stagiu neplătit
stagiar neplătit
internship neplătit
neplătit* | 0.7
ore suplimentare neplătite | 0.8
ore suplimentare | 0.3
l-am stors | 0.7
cel mai ieftin furnizor | 0.9
produs în masă | 0.4
sweatshop | 0.6
șpagă | 0.7
am trișat | 0.8
trișat | 0.6
ocolit legea | 0.8
evaziune | 0.6
fără bon | 0.6
fără factură | 0.7
concediat pe loc | 0.6
i-am dat afară | 0.5
# third pass: scene vocabulary (deeds described rather than named)
plătit sub salariul minim | 0.9
plătiți sub salariul minim | 0.9
plătiți sub minim | 0.8
i-am stors pe furnizori | 0.9
stors furnizorii | 0.9
am stors furnizorii | 0.9
am negociat până la sânge | 0.6
am strâns furnizorii cu ușa | 0.9
i-am plătit după șase luni | 0.8
plătim la 180 de zile | 0.8
am întârziat plata | 0.6
nu i-am mai plătit | 0.8
nu i-am plătit | 0.7
cel mai ieftin, indiferent cine | 0.9
indiferent cine l-a făcut | 0.8
nu mă interesează cine l-a făcut | 0.9
nu mă interesează cine a cusut | 0.9
nu contează cine le face | 0.8
lucrează pe expunere | 0.8
plătit în experiență | 0.8
plătiți în experiență | 0.8
lucrează gratis | 0.7
zi de probă gratuită | 0.7
zile de probă neplătite | 0.9
restul în mână | 0.8
salariu în plic | 0.8
bani la negru | 0.8
concediat fără preaviz | 0.8
fără preaviz | 0.5
ore suplimentare gratuite | 0.8
muncesc pe nimic | 0.8
lucrează pe nimic | 0.8
plătiți cu minimul | 0.7
pe salariul minim și | 0.5
angajați la minim | 0.7
am dat țeapă | 0.8
le-am dat țeapă | 0.8
stagiari gratuiți | 0.8
forță de muncă gratuită | 0.8
fără să-i plătim | 0.8
fără să-i plătesc | 0.8
fără să fie plătiți | 0.8
# written without diacritics: the stemmer does not join these forms with the ones above
platiti aproape nimic
lucreaza pe gratis | 0.9
platiti la negru | 0.9
fara factura | 0.7
platiti sub salariul minim | 0.9
platiti sub minim | 0.8
nu ma intereseaza cine l-a facut | 0.9
nu ma intereseaza cine a cusut | 0.9
nu conteaza cine le face | 0.8
lucreaza pe expunere | 0.8
platiti in experienta | 0.8
lucreaza gratis | 0.7
lucreaza pe nimic | 0.8
platiti cu minimul | 0.7
stagiari gratuiti | 0.8
fara sa fie platiti | 0.8

[topic cycling]
bicicl*
bike | 0.9
bikes | 0.9
ciclism
ciclist*
cicloturism
cicloturist*
bikepacking
pedal* | 0.8
șaua | 0.6
lanțul | 0.4
lanțul de bicicletă
pinion* | 0.8
schimbător* | 0.6
deraior | 0.9
casetă | 0.3
frâne pe disc | 0.8
frâne | 0.4
jante | 0.5
anvelope | 0.4
tubeless | 0.8
cameră de bicicletă
pană de cauciuc | 0.3
ghidon* | 0.8
cadru de carbon | 0.8
cadru | 0.3
spițe | 0.8
butuc | 0.5
furcă | 0.5
suspensie | 0.4
mtb | 0.9
mountain bike | 0.9
enduro | 0.5
downhill | 0.6
gravel | 0.9
cursieră
cursiera
road bike | 0.9
fixie* | 0.9
bmx | 0.8
velodrom | 0.9
tură cu bicicleta
tura de azi | 0.4
km | 0.3
kilometri | 0.3
diferență de nivel | 0.6
strava | 0.7
kom | 0.6
peloton | 0.8
pluton | 0.4
turul franței | 0.9
tour de france | 0.9
giro d'italia | 0.9
turul româniei | 0.8
cască de bicicletă
pantaloni de ciclism
tricou de ciclism
clipless | 0.8
pedale automate | 0.9
pantofi de ciclism | 0.9
cadență | 0.6
wați | 0.5
watt | 0.4
ftp | 0.5
ciclocomputer | 0.9
garmin | 0.4
wahoo | 0.7
zwift | 0.8
pistă de biciclete
piste de biciclete
pistă pentru biciclete
bike lane | 0.8
coburi | 0.8
ebike | 0.9
e-bike | 0.9
cargo bike | 0.9
service de biciclete | 0.9
shimano | 0.9
sram | 0.9
campagnolo | 0.9
cannondale | 0.8
specialized | 0.4
merida | 0.5
pe două roți | 0.8
critical mass | 0.9
velo | 0.6
pedalăm
am pedalat
#ciclism
#cycling
#bike
#bicicletă
#mtb
#gravel
#roadbike
#bikelife
#cyclinglife
#bikepacking
# second pass: brand-statement language, product words
bicla | 0.9
semicursieră | 0.9
mountainbike | 0.9
cyclocross | 0.9
singletrack | 0.8
bike park | 0.9
bikepark | 0.9
bike fitting | 0.9
bikefit | 0.9
ulei de lanț | 0.8
camera de aer | 0.6
lacăt | 0.4
triatlon | 0.4
brompton | 0.9
btwin | 0.8
rockrider | 0.8
trotinetă | 0.2

[topic food]
rețet*
gătit* | 0.8
gătesc | 0.9
am gătit | 0.9
bucătar* | 0.6
chef | 0.5
mâncare | 0.7
pâine | 0.8
aluat* | 0.9
maia* | 0.8
cuptor | 0.5
la cuptor | 0.8
copt | 0.6
coaptă | 0.6
tavă | 0.5
făină | 0.8
drojdie | 0.9
frământat | 0.7
prăjitură | 0.9
prăjituri | 0.9
tort | 0.8
torturi | 0.8
desert | 0.5
cozonac | 0.6
supă | 0.8
ciorbă | 0.9
borș | 0.6
tocăniță | 0.9
friptură | 0.8
grătar | 0.5
sarmale | 0.7
mămăligă | 0.7
paste | 0.4
pizza | 0.8
salată | 0.6
legume | 0.5
brânză | 0.6
carne | 0.5
piept de pui | 0.8
somon | 0.6
ouă | 0.5
omletă | 0.8
clătite | 0.9
papanași | 0.9
mic dejun | 0.6
prânz | 0.4
cină | 0.5
restaurant* | 0.5
bistro | 0.6
degustare | 0.6
delicios | 0.7
gustos | 0.7
gustoasă | 0.7
savuros | 0.8
poftă bună
condimente | 0.7
sosul* | 0.4
sosuri | 0.4
ingredient* | 0.7
tigaie | 0.7
oală | 0.5
air fryer | 0.8
airfryer | 0.8
friteuză | 0.7
blender | 0.4
smoothie | 0.6
foodie | 0.9
street food | 0.8
zacuscă | 0.6
dulceață | 0.5
murături | 0.5
cârnați | 0.7
mezeluri | 0.7
slănină | 0.6
șnițel | 0.8
cartofi | 0.6
orez | 0.6
risotto | 0.8
sushi | 0.8
burger | 0.7
shaorma | 0.8
chec | 0.8
brioșe | 0.8
biscuiți | 0.6
ciocolată | 0.5
înghețată | 0.5
plăcintă | 0.8
gogoși | 0.5
covrigi | 0.6
fursecuri | 0.8
glazură | 0.7
marinată | 0.7
gustare | 0.5
gustări | 0.5
aperitiv | 0.6
felul principal | 0.8
porții* | 0.6
linguriță | 0.6
linguri | 0.4
la foc mic | 0.9
se amestecă | 0.7
amestecăm | 0.7
se adaugă | 0.7
adăugăm | 0.6
bucate | 0.9
mâncare de post | 0.7
#poftăbună
#foodie
#food
#mâncare
#rețetă
#rețete
#gătit
#homemade | 0.7
#foodporn
#instafood
#bucătărie
#reteteusoare
# second pass: brand-statement language, product words
spaghete | 0.8
tăiței | 0.7
lasagna | 0.8
penne | 0.8
paste făinoase | 0.9
sos de roșii | 0.7
ulei de măsline | 0.6
mirodenii | 0.7
bucătăria românească | 0.9
bucătăria italiană | 0.9
preparate | 0.5
feluri de mâncare | 0.9
meniu | 0.5
meniul | 0.5
meniul zilei | 0.8
mâncare la pachet | 0.6
livrare de mâncare | 0.7
brutărie | 0.8
patiserie | 0.8
cofetărie | 0.8
pizzerie | 0.8
cafenea | 0.5
cafea | 0.4
espresso | 0.6
cappuccino | 0.6
bere artizanală | 0.7
gem | 0.5
miere | 0.5
iaurt | 0.6
lactate | 0.6
brânzeturi | 0.7
fructe de mare | 0.8
carne de vită | 0.7
fără gluten | 0.6
gluten | 0.4
alimente | 0.6
produse alimentare | 0.8
snack | 0.5
snacks | 0.5
dulciuri | 0.6
bomboane | 0.5
barbecue | 0.7
bbq | 0.7
ketchup | 0.5
muștar | 0.5
masterchef | 0.8
food truck | 0.8
foodtruck | 0.8
catering | 0.6
semipreparate | 0.6
rețete vegane | 0.9

[topic fashion]
fashion | 0.9
ootd
outfit*
ținuta* | 0.9
ținute* | 0.7
stilul meu | 0.6
style | 0.6
haine | 0.8
hainele | 0.8
garderob* | 0.9
rochie | 0.9
rochii | 0.9
rochia | 0.9
fustă | 0.9
fuste | 0.8
bluză | 0.8
cămașă | 0.7
tricou | 0.6
blugi | 0.9
jeanși | 0.8
pantaloni | 0.6
sacou | 0.8
blazer | 0.8
palton | 0.8
geacă | 0.7
jachetă | 0.7
trench | 0.8
pulover | 0.8
hanorac | 0.6
cardigan | 0.8
pantofi | 0.7
sandale | 0.7
cizme | 0.7
ghete | 0.6
adidași | 0.6
sneakers | 0.8
tocuri | 0.6
geantă | 0.7
genți | 0.7
poșetă | 0.8
accesorii | 0.6
bijuterii | 0.5
cercei | 0.7
colier | 0.7
brățară | 0.6
ochelari de soare | 0.6
pălărie | 0.6
eșarfă | 0.7
croială | 0.9
mătase | 0.7
denim | 0.8
mărimea | 0.4
cabină de probă | 0.9
probat | 0.5
colecția nouă | 0.7
noua colecție | 0.7
trend* | 0.5
tendinț* | 0.3
garderobă capsulă
capsule wardrobe | 0.9
look | 0.6
lookbook
styling | 0.9
stilist* | 0.8
prezentare de modă
fashion week
catwalk | 0.9
streetwear | 0.9
asortat | 0.8
asortez | 0.8
combinat cu | 0.5
zara | 0.6
reserved | 0.4
lenjerie | 0.5
costum de baie | 0.5
fashionista | 0.9
#ootd
#outfit
#outfitoftheday
#fashion
#modă
#style
#streetstyle
#ootn
#fashionblogger
#stil
# second pass: brand-statement language, product words
teniși | 0.7
încălțăminte | 0.8
încălțări | 0.8
inel | 0.6
inele | 0.6
lănțișor | 0.6
pandantiv | 0.6
îmbrăcăminte | 0.8
vestimentar* | 0.8
brand de modă | 0.9
brand vestimentar | 0.9
modă românească | 0.8
colecția de primăvară | 0.8
colecția de toamnă | 0.8
primăvară-vară | 0.7
toamnă-iarnă | 0.7
tricotaje | 0.7
pijamale | 0.5
costume | 0.4
ghid de mărimi | 0.8
vâscoză | 0.6
poliester | 0.5
bumbac | 0.5
piele ecologică | 0.6
portofel | 0.3
șosete | 0.5
ciorapi | 0.5
fular | 0.6
șapcă | 0.5
pantofi sport | 0.8
espadrile | 0.8
mocasini | 0.8
balerini | 0.7
stiletto | 0.8
bocanci | 0.4
vintage | 0.4
#modăromânească
industria modei
lumea modei
pasionată de modă | 0.9
sfaturi de modă | 0.9
designer de modă | 0.9
blogger de modă | 0.9
casă de modă | 0.8
show de modă | 0.9
modă sustenabilă | 0.8

[topic beauty]
machiaj*
makeup
make-up
ruj
rujul
fond de ten
anticearcan
pudră | 0.7
fard* | 0.9
blush | 0.9
bronzer | 0.8
iluminator | 0.8
highlighter | 0.8
rimel
mascara | 0.9
tuș de ochi | 0.9
eyeliner
creion de ochi | 0.9
sprâncen* | 0.8
gene false | 0.8
extensii de gene | 0.9
skincare
rutina de îngrijire
îngrijirea pielii
îngrijire | 0.4
tenul | 0.8
ten gras | 0.9
ten uscat | 0.9
ten mixt | 0.9
pielea | 0.4
serum | 0.9
ser facial
cremă de față
cremă hidratantă
hidratant* | 0.7
spf | 0.8
protecție solară | 0.7
demachiant
apă micelară
toner | 0.6
exfoliant* | 0.9
exfoliere | 0.9
mască de față | 0.9
acnee | 0.8
pori | 0.5
riduri | 0.8
anti-aging | 0.9
antirid | 0.9
retinol
acid hialuronic
niacinamid*
colagen | 0.5
părul* | 0.4
șampon | 0.8
balsam de păr | 0.9
mască de păr | 0.9
vopsit părul | 0.9
coafur* | 0.9
coafor | 0.9
frizer* | 0.6
bucle | 0.6
placa de păr | 0.9
manichiur*
pedichiur*
unghii | 0.9
ojă | 0.9
oja | 0.8
semipermanentă | 0.9
parfum* | 0.7
cosmetic* | 0.8
dermatolog* | 0.7
cosmeticiană | 0.9
salon de înfrumusețare
înfrumusețare | 0.9
frumusețe | 0.5
grwm | 0.9
get ready with me | 0.9
pregătește-te cu mine | 0.9
tutorial de machiaj
look de zi | 0.7
look de seară | 0.7
swatch* | 0.9
paletă de farduri
nuanța | 0.4
nuanță | 0.4
sephora | 0.9
notino | 0.8
douglas | 0.5
the ordinary | 0.8
la roche-posay | 0.9
cerave
l'oréal | 0.7
nivea | 0.7
gerovital | 0.8
farmec | 0.8
epilare | 0.8
autobronzant | 0.9
botox | 0.7
filler | 0.6
buze | 0.5
cearcăne | 0.8
#beauty
#frumusețe
#makeup
#skincare
#skincareroutine
#nails
#grwm
#machiaj
#makeuptutorial
#beautyblogger
# second pass: brand-statement language, product words
săpun | 0.6
săpunuri | 0.6
gel de duș | 0.8
deodorant | 0.7
cremă de corp | 0.9
loțiune | 0.7
ulei de corp | 0.8
balsam de buze | 0.9
lac de unghii | 0.9
vopsea de păr | 0.9
tratament capilar | 0.8
capilar | 0.6
îngrijirea părului | 0.9
dermatocosmetice | 0.9
clean beauty | 0.9
skin care | 0.9
ingrediente active | 0.6
acid salicilic | 0.8
peeling | 0.7
tratamente faciale | 0.9
masaj facial | 0.8
barbershop | 0.8
bărbierit | 0.7
aparat de ras | 0.6
ulei de barbă | 0.8
uleiuri esențiale | 0.4
cremă antirid | 0.9
#skincareromania

[topic parenting]
parenting
parentaj
părinți* | 0.6
părinte | 0.7
mămică | 0.7
tătic | 0.6
copil* | 0.5
copii* | 0.5
bebeluș* | 0.9
bebe | 0.8
nou-născut | 0.9
nou-născuți | 0.9
însărcinată | 0.9
gravidă | 0.9
sarcină | 0.4
naștere | 0.7
am născut | 0.9
maternitate | 0.8
lăuzie
alăptare
alăptez
lapte praf | 0.9
biberon*
suzet*
scutec*
pampers | 0.9
cărucior | 0.9
port-bebe
marsupiu | 0.9
babywearing
scaun auto | 0.6
pătuț | 0.9
colici
dințișor* | 0.9
diversificare | 0.9
diversificarea | 0.9
blw | 0.9
pediatr* | 0.9
creșă | 0.9
grădiniță | 0.9
grădinița | 0.9
clasa pregătitoare | 0.9
clasa întâi | 0.5
teme | 0.3
temele | 0.4
tantrum* | 0.9
crize de furie | 0.9
criză de furie | 0.9
rutina de somn | 0.7
somnul bebelușului
poveste de seară | 0.7
jucării | 0.7
jucărie | 0.7
montessori
parenting blând
educația copiilor
toddler | 0.9
preșcolar* | 0.9
adolescent* | 0.5
fiul meu | 0.8
fiica mea | 0.8
fetița | 0.6
băiețelul | 0.6
piticul | 0.7
piticii | 0.7
cei mici | 0.3
micuț* | 0.4
lunițe | 0.9
concediu de maternitate | 0.9
concediu de creștere
indemnizație | 0.4
mamă singură | 0.7
părinte singur | 0.8
co-sleeping | 0.9
loc de joacă | 0.8
locuri de joacă | 0.8
tobogan | 0.5
leagăn | 0.5
petrecere pentru copii | 0.8
bona* | 0.5
babysitter | 0.9
#parenting
#mămică
#momlife
#dadlife
#viațădepărinte
#bebeluș
#copii
#maternitate
#sarcină
#motherhood
# second pass: brand-statement language, product words
hăinuțe | 0.8
bavete | 0.9
oliță | 0.9
scaun de masă | 0.6
landou | 0.9
șervețele umede | 0.6
lapte matern | 0.9
educație timpurie | 0.8
dezvoltarea copilului | 0.9
activități pentru copii | 0.8
after school | 0.8
afterschool | 0.8
tabără pentru copii | 0.7
doula | 0.9
moașă | 0.9
lactație | 0.9
somnul copilului | 0.8
jocuri pentru copii | 0.8
cărți pentru copii | 0.8
ziua copilului | 0.6
plastilină | 0.6
carte de colorat | 0.7
de colorat | 0.5
kids | 0.5
baby | 0.5
lego | 0.4
#mamă

[topic tech]
tehnologi* | 0.9
tech | 0.8
smartphone | 0.9
telefon | 0.4
telefonul | 0.4
iphone | 0.9
android | 0.9
samsung | 0.7
laptop* | 0.9
calculator | 0.5
desktop | 0.6
tabletă | 0.7
ipad | 0.9
macbook
procesor | 0.9
cpu | 0.8
gpu | 0.8
placă video | 0.9
placa video | 0.9
memorie ram | 0.8
ssd | 0.9
stocare | 0.5
baterie | 0.5
bateria | 0.5
autonomie | 0.4
încărcare rapidă | 0.8
încărcător | 0.6
usb-c | 0.8
usb | 0.7
bluetooth | 0.8
wifi | 0.7
router | 0.8
5g | 0.7
căști | 0.5
căști wireless | 0.8
airpods | 0.9
smartwatch | 0.9
ceas inteligent | 0.9
gadget* | 0.9
software | 0.9
hardware | 0.9
aplicație | 0.7
aplicația | 0.7
aplicații | 0.6
app | 0.6
update | 0.6
actualizare | 0.5
sistem de operare | 0.8
ios | 0.8
windows | 0.7
linux | 0.9
programare* | 0.5
programator* | 0.9
developer | 0.9
python | 0.8
javascript | 0.9
open source | 0.9
github | 0.9
inteligență artificială
inteligența artificială
chatgpt | 0.9
machine learning | 0.9
algoritm* | 0.7
cloud | 0.6
server* | 0.7
securitate cibernetică | 0.9
hacker* | 0.6
unboxing | 0.5
specificații | 0.9
specs | 0.8
benchmark | 0.9
megapixeli | 0.9
ecranul | 0.5
display | 0.6
oled | 0.9
rezoluție | 0.7
4k | 0.6
monitor | 0.6
tastatur* | 0.8
mouse | 0.6
periferice | 0.8
dronă | 0.8
realitate virtuală | 0.9
smart home | 0.8
casă inteligentă | 0.8
apple | 0.6
xiaomi | 0.8
huawei | 0.8
oneplus | 0.9
electronic* | 0.5
cipuri | 0.7
semiconductori | 0.8
firmware | 0.9
bug | 0.5
#tech
#gadgets
#technology
#tehnologie
#ios
#android
#coding
#programare
# second pass: brand-statement language, product words
aplicație mobilă | 0.9
aplicații mobile | 0.9
aplicație de journaling | 0.9
platformă online | 0.6
platformă | 0.4
digitalizare | 0.7
soluții digitale | 0.7
saas | 0.8
api | 0.7
codare | 0.8
coding | 0.9
automatizare | 0.6
robotică | 0.6
senzor | 0.6
iot | 0.8
itist | 0.9
smart tv | 0.8
televizor | 0.5
aparat foto | 0.6
cameră foto | 0.6
mirrorless | 0.8
pc | 0.6
imprimantă | 0.5
kindle | 0.7
vpn | 0.8
backup | 0.6
framework | 0.8
frontend | 0.9
backend | 0.9
devops | 0.9
bootcamp | 0.5
hackathon | 0.7
startup tech | 0.9
în it | 0.6
limbaj de programare | 0.9
cursuri de programare | 0.8

[topic fitness]
fitness
sala de sport | 0.9
la sală | 0.5
gym | 0.9
antrenament* | 0.9
antrenor* | 0.7
mă antrenez | 0.9
workout
exerciți* | 0.7
flotări
abdomene | 0.9
genuflexiuni
squat*
fandări
tracțiuni
plank* | 0.9
burpees
deadlift
îndreptări | 0.9
împins la piept
bench press
haltere | 0.9
gantere
kettlebell
greutăți | 0.6
repetări | 0.9
seturi | 0.5
cardio | 0.9
hiit
crossfit
tabata
alergare | 0.8
alerg | 0.7
am alergat | 0.8
jogging | 0.9
semimaraton | 0.9
maraton | 0.7
10k | 0.6
înot | 0.5
bazin | 0.4
yoga | 0.6
pilates | 0.8
stretching | 0.8
mobilitate | 0.6
încălzire | 0.4
mușchi | 0.7
masă musculară
musculatur* | 0.9
condiție fizică | 0.9
formă fizică | 0.9
am slăbit | 0.6
grăsime corporală | 0.8
shake proteic | 0.9
proteină | 0.5
creatină
suplimente | 0.5
calorii | 0.6
deficit caloric
macronutrienți | 0.9
personal trainer
leg day
zi de picioare | 0.9
kickbox* | 0.9
arte marțiale | 0.8
calistenie
calisthenics
biceps | 0.9
bicepși | 0.9
triceps | 0.9
fesieri | 0.9
abdominali | 0.9
six pack | 0.9
bandă de alergare | 0.9
bicicletă staționară | 0.8
spinning | 0.7
aerobic | 0.9
zumba | 0.9
sport | 0.4
febră musculară
#fitness
#gym
#workout
#fitfam
#fitnessmotivation
#legday
#running
#alergare
#antrenament
#crossfit
# second pass: brand-statement language, product words
echipament sportiv | 0.7
îmbrăcăminte sport | 0.7
haine de sport | 0.8
colanți | 0.6
bustieră sport | 0.8
pantofi de alergare | 0.9
adidași de alergare | 0.9
saltea de yoga | 0.9
bandă elastică | 0.8
benzi elastice | 0.8
sărituri cu coarda | 0.8
abonament la sală | 0.8
batoane proteice | 0.8
maratonist | 0.8
triatlon | 0.9
duatlon | 0.9
trail running | 0.9
ultramaraton | 0.8
mma | 0.8
jiu-jitsu | 0.9
judo | 0.8
karate | 0.8
taekwondo | 0.8
sportivi | 0.4
activitate fizică | 0.9
tonifiere | 0.8
tonifiat | 0.7
#sport

[topic travel]
călător*
travel | 0.9
vacanț* | 0.9
concediu | 0.5
excursi* | 0.9
city break
citybreak
zbor | 0.7
zborul | 0.7
avion | 0.6
aeroport* | 0.8
bilet de avion | 0.9
bilete de avion | 0.9
escală | 0.8
îmbarcare | 0.9
bagaj* | 0.7
valiză | 0.8
pașaport | 0.9
cazare | 0.9
hotel* | 0.7
airbnb | 0.9
booking | 0.6
pensiune | 0.7
destinați* | 0.8
itinerar*
obiectiv turistic | 0.9
obiective turistice | 0.9
turist* | 0.8
turism | 0.9
ghid turistic | 0.9
plajă | 0.6
litoral | 0.7
insulă | 0.6
grecia | 0.6
italia | 0.6
spania | 0.6
paris | 0.5
londra | 0.5
thailanda | 0.7
bali | 0.5
turcia | 0.5
croația | 0.6
portugalia | 0.6
lisabona | 0.6
barcelona | 0.5
viena | 0.5
budapesta | 0.5
praga | 0.6
peste hotare | 0.8
în străinătate | 0.6
road trip | 0.8
roadtrip | 0.8
feribot | 0.8
croazier* | 0.8
backpacking | 0.8
fus orar | 0.8
jet lag | 0.9
suvenir* | 0.8
vedere la mare | 0.7
peisaj* | 0.5
tur ghidat | 0.9
sejur* | 0.9
agenție de turism | 0.9
last minute | 0.7
early booking | 0.9
wizz air | 0.6
ryanair | 0.6
tarom | 0.7
nomad digital | 0.8
digital nomad | 0.8
escapadă | 0.9
am vizitat | 0.8
vizit* | 0.6
centrul vechi | 0.6
orașul vechi | 0.6
#travel
#vacanță
#călătorii
#travelgram
#instatravel
#visitromania
#wanderlust | 0.7
#citybreak
#travelblogger
#exploreromania
# second pass: brand-statement language, product words
hostel | 0.7
hosteluri | 0.7
rezervări | 0.4
check-in | 0.6
ghid local | 0.6
tururi | 0.6
bed and breakfast | 0.8
weekend la munte | 0.7
weekend prelungit | 0.6
circuit | 0.4
zbor charter | 0.9
charter | 0.7
interrail | 0.9
tren | 0.4
autocar | 0.6
camping | 0.6
rulotă | 0.5
glamping | 0.8
stațiune | 0.8
stațiune montană | 0.9
la mare | 0.3
ospitalitate | 0.5
rucsac de călătorie | 0.9
echipament de camping | 0.8

[topic finance]
finanț* | 0.9
financiar* | 0.9
bani | 0.4
banii | 0.4
investiți*
investesc
investit* | 0.9
investitor* | 0.9
bursă | 0.7
bursa de valori
acțiuni | 0.5
etf | 1.0
etf-uri
fond de investiții
fonduri mutuale
dividend*
portofoliu* | 0.8
randament* | 0.9
dobând* | 0.9
dobânda compusă
depozit bancar
titluri de stat
tezaur | 0.7
fidelis
obligațiuni
pensie | 0.7
pilonul 3
pilonul iii
pensie privată
credit ipotecar
ipotec* | 0.9
credit | 0.5
rata lunară | 0.8
împrumut | 0.6
datorii | 0.6
cont de economii
cont curent | 0.8
bancă | 0.5
banca | 0.4
revolut | 0.8
salariu | 0.5
salariul | 0.5
venituri | 0.7
venit pasiv
venituri pasive
cheltuieli | 0.5
buget | 0.5
impozit* | 0.9
taxe* | 0.5
anaf | 0.9
declarația unică
pfa | 0.9
srl | 0.6
contabil* | 0.8
inflație | 0.9
inflația | 0.9
curs valutar | 0.9
cripto*
crypto | 0.9
bitcoin
ethereum
blockchain | 0.8
trading | 0.9
trader | 0.8
educație financiară
libertate financiară
independență financiară
piața de capital
bvb
broker* | 0.9
tradeville
xtb | 0.9
sp500 | 0.9
s&p 500 | 0.9
asigurare* | 0.4
asigurări | 0.4
economii* | 0.6
fond de urgență | 0.8
avere netă | 0.9
net worth | 0.9
imobiliare | 0.7
chirie | 0.5
apartament de investiție | 0.9
#finanțe
#investiții
#educațiefinanciară
#bani | 0.8
#personalfinance
#bursa
#investing
#cripto
#bitcoin
# second pass: brand-statement language, product words
economisire | 0.6
fonduri de investiții
card de credit | 0.8
card | 0.3
carduri | 0.3
cashback | 0.7
plăți online | 0.6
transfer bancar | 0.8
bancar | 0.7
fintech | 0.9
asigurare de viață | 0.8
pensionare | 0.7
în rate | 0.5
leasing | 0.6
împrumuturi | 0.6
profit | 0.3
fiscal | 0.7
tva | 0.5
facturare | 0.6
factură | 0.4
portofel digital | 0.7
#economii

[topic gaming]
gaming
gamer*
joc video
jocuri video
jocuri | 0.3
consolă | 0.9
console | 0.7
playstation
ps5
ps4 | 0.9
xbox
nintendo
nintendo switch
steam | 0.7
pc de gaming
controller | 0.9
manetă | 0.6
joystick | 0.9
gamepad | 0.9
twitch | 0.9
streamer | 0.8
stream | 0.5
live pe twitch
let's play | 0.9
gameplay
walkthrough | 0.9
speedrun*
boss | 0.4
level up | 0.7
level | 0.4
quest* | 0.8
loot | 0.9
skinuri | 0.8
skin-uri | 0.8
multiplayer
co-op | 0.8
pvp
fps | 0.7
rpg
mmorpg
battle royale
esports
clan | 0.6
guild | 0.8
noob | 0.8
respawn
lag | 0.4
ping | 0.4
fortnite
minecraft
roblox
league of legends
counter-strike
cs2
csgo
valorant*
gta
fifa | 0.6
call of duty
zelda
pokemon | 0.9
elden ring
the witcher | 0.9
dota
warzone
apex legends
world of warcraft
joc indie | 0.9
indie | 0.4
early access | 0.8
dlc | 0.9
patch | 0.5
achievement* | 0.7
setup de gaming
discord | 0.5
emulator | 0.8
retro gaming
arcade | 0.8
headset | 0.5
am terminat jocul
checkpoint | 0.8
npc | 0.9
open world | 0.9
lume deschisă | 0.7
#gaming
#gamer
#ps5
#xbox
#twitch
#streamer
#pcgaming
#nintendoswitch
#retrogaming
#videogames
# second pass: brand-statement language, product words
e-sports
e-sport
sporturi electronice
jocuri de strategie | 0.8
joc de strategie | 0.8
jocuri de rol | 0.6
board games | 0.5
streaming | 0.5
live stream | 0.6
lan party | 0.9
modding | 0.8
pixel art | 0.6
joc mobil | 0.7
jocuri mobile | 0.7
boss fight | 0.8
raid | 0.5
mmo | 0.9
the sims | 0.8
genshin | 0.9
hearthstone | 0.9
overwatch | 0.9
diablo | 0.8
starcraft | 0.9
rocket league | 0.9
among us | 0.7
tetris | 0.7
game pass | 0.9
gamescom | 0.9
#esports

[topic home]
amenaj* | 0.8
decor* | 0.6
decorațiuni | 0.8
design interior
interior | 0.4
mobilă | 0.8
mobilier | 0.8
canapea | 0.8
fotoliu | 0.7
dulap | 0.6
rafturi | 0.7
raft | 0.5
saltea | 0.5
dormitor | 0.8
sufragerie | 0.9
living | 0.6
balcon | 0.7
terasă | 0.5
curte | 0.5
curtea | 0.5
grădină | 0.9
grădina | 0.9
grădinărit
grădinar* | 0.9
plante | 0.5
plante de apartament
ghiveci | 0.8
ghivece | 0.8
răsaduri | 0.9
semințe | 0.5
straturi | 0.5
sera* | 0.4
gazon | 0.8
tuns iarba | 0.8
mașină de tuns iarba | 0.9
flori | 0.4
trandafiri | 0.5
diy | 0.7
bricolaj
renov* | 0.9
zugrăv*
lavabilă | 0.9
vopsea | 0.5
gresie | 0.9
faianță
parchet | 0.9
tapet | 0.9
glet
șurubelniță | 0.9
bormașină
burghiu | 0.8
scule | 0.5
unelte | 0.5
am montat | 0.6
ikea | 0.8
dedeman | 0.9
leroy merlin | 0.9
hornbach | 0.9
curățenie | 0.6
curățenie generală | 0.9
organizare* | 0.4
declutter* | 0.9
cutii de depozitare | 0.8
depozitare | 0.5
lumânări | 0.4
pernuțe | 0.6
perne decorative | 0.8
pled | 0.6
covor | 0.5
perdele | 0.8
draperii | 0.8
cozy | 0.5
hygge | 0.9
makeover | 0.6
termopane | 0.9
izolație | 0.6
acoperiș | 0.7
mansardă | 0.8
garaj | 0.4
electrocasnice | 0.7
mașină de spălat | 0.7
aspirator* | 0.7
casă nouă | 0.8
ne-am mutat | 0.8
mutare | 0.4
apartament | 0.5
apartamentul | 0.5
acasă | 0.2
#homedecor
#interiordesign
#home
#casa | 0.7
#grădină
#grădinărit
#renovare
#amenajare
#diy | 0.7
#homesweethome
# second pass: brand-statement language, product words
produse de curățenie
detergent | 0.8
detergent de vase | 0.9
balsam de rufe | 0.9
rufe | 0.6
soluție de curățat | 0.8
dezinfectant | 0.6
mop | 0.8
lavete | 0.8
burete | 0.4
treburi casnice | 0.9
treburile casei | 0.9
menaj | 0.7
gospodărie | 0.6
organizarea casei | 0.8
bucătăria | 0.4
frigider | 0.7
unelte de grădină | 0.9
lenjerie de pat | 0.8
prosoape | 0.6
tacâmuri | 0.5
scule electrice | 0.9
mașină de găurit | 0.8
electrician | 0.6
home office | 0.5
termostat | 0.7
centrală termică | 0.7
suculente | 0.8
cactus | 0.5
cameră de zi | 0.8
locuință | 0.7
compost | 0.5
#curățenie

[topic pets]
câine | 0.9
câinele | 0.9
câini | 0.9
cățel*
cățeluș*
pisic*
pisoi*
motan*
animal de companie
animale de companie
animăluț* | 0.8
blănos | 0.8
blănoși | 0.8
blănosul | 0.9
patruped* | 0.8
lesă | 0.9
lesa | 0.8
zgardă | 0.9
hamul | 0.4
hrană uscată | 0.9
hrană umedă | 0.9
hrană pentru câini
hrană pentru pisici
recompense | 0.3
litieră
nisip pentru pisici | 0.9
zgârietoare
culcuș | 0.7
veterinar* | 0.8
cabinet veterinar
deparazitare
sterilizare | 0.7
toaletaj
groomer | 0.9
dresaj
dresor | 0.9
dresat | 0.8
lătrat | 0.9
latră | 0.9
mieunat | 0.9
mieună | 0.9
toarce | 0.9
lăbuțe
lăbuța
botic | 0.7
boticul | 0.7
papagal* | 0.9
peruș* | 0.9
hamster*
iepuraș | 0.5
porcușor de guineea
acvariu | 0.9
broască țestoasă | 0.7
labrador
golden retriever
ciobănesc | 0.8
husky | 0.9
bichon
pug | 0.6
bulldog | 0.9
beagle
corgi
chihuahua
maine coon
british shorthair
metis | 0.7
metisă | 0.7
maidanez | 0.6
dog | 0.6
puppy | 0.9
kitten | 0.9
pet friendly | 0.8
stăpânul | 0.4
#dogsofinstagram
#catsofinstagram
#câine
#pisică
#pets
#cățel
#dog
#cat
#petlovers
#adoptdontshop | 0.7
# second pass: brand-statement language, product words
hrană pentru animale | 0.9
recompense pentru câini
recompense pentru animale | 0.8
boluri | 0.4
cușcă de transport | 0.8
iepuri | 0.6
chinchilla | 0.8
terariu | 0.9
reptile | 0.6
țestoasă | 0.6
pet shop | 0.9
petshop | 0.9
magazin de animale | 0.8
stăpâni de câini | 0.8
dog friendly | 0.8
pet sitter | 0.9
cat sitter | 0.9
dog walker | 0.9
pensiune canină | 0.9
canin | 0.8
felin | 0.8
blăniță | 0.8
căței | 0.9
antiparazitar | 0.8
#animaledecompanie

# Glume pe seama unui grup (vezi README, "How cues combine").
[joke]
haha*
hihi*
hehe*
lol
lmao
rofl
glumesc
doar glumesc
glumeam
am glumit
e doar o glumă
fără supărare
sorry not sorry
umor negru
mor de râs
m-am prăpădit de râs

[mocked inclusivity]
# Cuvinte de grup care arată incluziune în altă parte ("cursuri pentru seniori") stau și aici:
# numite într-o glumă, contează împotrivă (vezi src/data/README.md).
seniori | 0.4
vârstnici | 0.4
persoanele în vârstă | 0.4
migranți | 0.4
imigranți | 0.4
refugiați | 0.4
nou-veniți | 0.4
rromi | 0.4
persoane cu dizabilități | 0.5
utilizatori de scaun cu rotile | 0.5
persoane cu autism | 0.5
surzi | 0.4
persoane surde | 0.5
nevăzători | 0.5
persoane oarbe | 0.5
# vârstă ("moșnegi", "boșorogi", "babalâci", "pensionarii ăștia" sunt la [against inclusivity];
# "seniori", "vârstnici", "persoanele în vârstă" arată incluziune)
bătrânii ăștia | 0.7
bătrânii la volan | 0.7
moșii la volan | 0.7
babele din autobuz | 0.8
pensionarii | 0.4
boomerii | 0.5
cei de peste 50 | 0.5
cei de peste 60 | 0.5
cei de peste 70 | 0.5
la vârsta lui | 0.4
la vârsta ei | 0.4
la vârsta lor | 0.4
un bărbat de 70 de ani | 0.4
o femeie de 70 de ani | 0.4
bun de azil | 0.9
de dus la azil | 0.9
cu un picior în groapă | 0.7
bancuri cu bătrâni | 0.8
mumii ambulante | 1.0
# corp ("grăsan", "oamenii grași", "ca o balenă" sunt la [against inclusivity])
grașii ăștia | 0.9
grasele astea | 0.9
cei grași | 0.7
cele grase | 0.7
cei obezi | 0.6
oamenii obezi | 0.5
persoanele supraponderale | 0.4
cei dolofani | 0.6
cele plinuțe | 0.5
vaci grase | 1.0
porci grași | 0.9
ca un frigider | 0.7
butoi de untură | 1.0
# origine ("țigani", "cioroi", "bozgor", "jidan" sunt la [against inclusivity];
# "migranți", "imigranți", "refugiați", "romi" arată incluziune)
străinii ăștia | 0.8
toți străinii | 0.5
oamenii ăștia | 0.4
oamenii de acolo | 0.4
țigănci | 0.9
țigănie* | 0.9
unguroii | 1.0
chinezoii | 1.0
arăbeți* | 1.0
negrotei | 1.0
bancuri cu evrei | 0.9
glume cu evrei | 0.9
bancuri cu unguri | 0.7
# dizabilitate ("handicapat", "retardat", "mongoloid", "ologi", "schilod" sunt la [against inclusivity];
# "surzi", "nevăzători", "scaun cu rotile", "autism" arată incluziune)
debili mintali | 1.0
retarzi | 1.0
retardule* | 1.0
oligofrenii* | 0.7
ciungi | 0.8
surdomuții | 0.7
orbeți | 0.9
cei cu handicap | 0.5
# gen ("femeile la volan", "ca o fată", "femeile la cratiță" sunt la [against inclusivity])
bărbații adevărați* | 0.6
un bărbat adevărat | 0.5
femeile adevărate | 0.5
femeile isterice | 0.8
blonde proaste | 0.9
muierile | 0.8
ca o muiere | 0.8
înapoi la cratiță | 1.0
plânge ca o fetiță | 0.7
feminazi | 0.9
fătălăi | 0.8

[mocked kindness]
# Cuvinte care se adresează sau arată spre o persoană de care se râde: adresări condescendente,
# comparații jignitoare, comentatori/urmăritori/alți creatori, verbe de umilire. Contează
# împotriva bunătății doar într-o postare care glumește sau ironizează și nu arată ea însăși
# bunătate (vezi src/data/README.md).
# adresări condescendente (doar în formule de „pus la punct”)
îmi pare rău dragă | 0.4
calmează-te dragă | 0.6
liniștește-te dragă | 0.6
scuze scumpo | 0.6
ok prietene | 0.4
ok șefule | 0.5
săracul de el | 0.4
săraca de ea | 0.4
# comparații jignitoare
parcă ai fi | 0.7
tu arăți ca | 0.8
el arată ca | 0.7
ea arată ca | 0.7
arată ca dracu | 0.7
față de cal | 0.9
urât ca noaptea | 0.9
ai o față de | 0.8
ce mutră | 0.7
mutra lui | 0.7
mutra ei | 0.7
ea e îmbrăcată ca | 0.7
el e îmbrăcat ca | 0.7
# arătat cu degetul: comentatori, urmăritori, alți creatori
în comentarii | 0.4
la comentarii | 0.4
din comentarii | 0.4
cineva a comentat | 0.4
urmăritorii mei | 0.5
followerii mei | 0.5
hater* | 0.5
comentatorii ăștia | 0.5
individul ăsta | 0.5
cucoana asta | 0.6
tipul ăsta | 0.4
profilul lui | 0.5
profilul ei | 0.5
campania ei | 0.4
campania lui | 0.4
influencerii ăștia | 0.5
# umilire pentru râs
notez ținutele | 0.8
ținutele voastre | 0.6
vă judec | 0.7
râdem de el | 0.7
râdem de ea | 0.7
am râs de el | 0.7
am râs de ea | 0.7
roast* | 0.6
cele mai penibile | 0.7
sorry not sorry | 0.6
