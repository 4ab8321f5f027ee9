# valuematch lexicon: de (German)
# Written from general knowledge of German and of how people post online.
# Prefix entries (word*) catch compounds and inflections; a few suffix entries
# (*word) catch compound heads (e.g. *lastenrad in "E-Lastenrad").

[sponsored]
#werbung
#anzeige
#ad
#ads
#sponsored
#sponsoredpost
#gesponsert
#bezahltepartnerschaft
#bezahltewerbung
#kooperation
#advertisement
#promo
#affiliate
#affiliatelink
#rabattcode
#gutscheincode
#prsample
werbung | 0.6
anzeige | 0.6
bezahlte partnerschaft
bezahlte werbung
bezahlte kooperation
bezahlter beitrag
enthält werbung
beitrag enthält werbung
video enthält werbung
enthält affiliate-links
in kooperation mit
in zusammenarbeit mit
mit freundlicher unterstützung
freundlicher unterstützung von
gesponsert
gesponsert von
sponsored by
paid partnership
werbepartner
kooperationspartner | 0.8
markenbotschafter | 0.6
markenbotschafterin | 0.6
rabattcode
gutscheincode
mit meinem code
mit dem code
mein code | 0.8
meinem rabattcode
prozent rabatt mit
spart ihr | 0.6
affiliate-link
affiliate link
provisionslink
werbelink
pr-sample
pr sample
pr-paket
zur verfügung gestellt | 0.8
kostenlos zur verfügung gestellt
wurde mir zugeschickt | 0.7

[negation]
nicht
nich
ned
nie
niemals
nimmer
kein
keine
keinen
keinem
keiner
keines
keins
nichts
nix
niemand
niemanden
nirgends
nirgendwo
weder
keineswegs
keinesfalls
mitnichten
nein
kaum
gar nicht
überhaupt nicht
auf keinen fall
nie wieder
nicht mehr
verzichte auf
verzichten auf
verzicht auf
schluss mit

[privative]
# "without"-words: a contradiction after them shows the value ("without plastic");
# a value word after them still shows the value ("sin crueldad animal").
ohne
statt
anstatt

[mockery]
lol
lächerlich*
ja klar
jaja
ja ja
na klar
na sicher
sicher doch
schon klar
ja ne is klar
ja nee is klar
als ob
träum weiter
wer's glaubt
wers glaubt
wer's glaubt wird selig
sogenannte
sogenannten
sogenannter
augenrollen
augenroll*
verschon mich
verschont mich
bitte verschont uns
mir doch egal
ist mir egal
ist mir wurscht
mir wumpe
juckt mich nicht
interessiert keinen
wen interessiert's
wen interessierts
wayne
wayne interessiert's
überbewertet
maßlos überbewertet
gutmensch
gutmenschen
gutmenschentum
weltverbesserer
moralapostel
moralkeule
erhobener zeigefinger
mit erhobenem zeigefinger
virtue signalling
virtue signaling
grünfärberei
öko-spinner
ökospinner
ökofuzzi
körnerfresser
klimahysterie
klimareligion
gender-gaga
woke*
wokeness
wokisten
hipster-kram
esoterik-quatsch
quatsch
unsinn
blödsinn
schwachsinn
bullshit
gelaber
geschwurbel
blabla
bla bla
gähn
heuchler
heuchelei
scheinheilig
doppelmoral
cringe
fremdscham
peinlich | 0.5
ironie off
ironie aus
sarkasmus
sarkasmus aus
hust hust
na toll
ganz toll
kann's nicht mehr hören
bitte was
ach was
rofl
lmao
yeah right
spare me
eye roll
as if
so-called

# ---------------------------------------------------------------- values

[value sustainability]
nachhaltig
nachhaltigkeit
nachhaltig*
#nachhaltigkeit
#nachhaltigleben
umweltfreundlich
umweltbewusst
umweltschutz
#umweltschutz
umweltschonend
ressourcenschonend
klimaschutz
#klimaschutz
klimafreundlich
klimaneutral | 0.6
klimakrise | 0.6
klimawandel | 0.5
co2-fußabdruck | 0.8
ökologisch
ökobilanz | 0.8
ökostrom | 0.8
zero waste
#zerowaste
low waste | 0.9
#lowwaste | 0.9
müllvermeidung
müll vermeiden
müllfrei
#müllfrei
#muellfrei
plastikfrei
#plastikfrei
verpackungsfrei
unverpackt
unverpackt-laden
#unverpackt
mehrweg*
pfand | 0.4
wiederverwend*
recyc*
#recycling
upcycl*
#upcycling
*upcycling | 0.8
repar*
#reparierenstattwegwerfen
repair café | 0.9
repaircafé | 0.9
reparierbar
geflickt | 0.8
flicken | 0.7
gestopft | 0.5
umgenäht | 0.6
neu besohlt | 0.9
besohlt | 0.8
second hand | 0.8
secondhand | 0.8
#secondhand | 0.8
#secondhandfashion | 0.9
gebraucht gekauft | 0.8
flohmarkt* | 0.6
*flohmarkt | 0.6
vintage | 0.4
vinted | 0.5
kleidertausch | 0.9
tauschparty | 0.8
sozialkaufhaus | 0.7
rad zur arbeit | 0.8
fahrrad zur arbeit | 0.8
radpendeln | 0.8
autofrei | 0.9
lastenrad | 0.7
*lastenrad | 0.7
öpnv | 0.5
deutschlandticket | 0.6
mit dem zug | 0.6
zugreise | 0.7
bahnreise | 0.7
nachtzug | 0.8
interrail | 0.6
flugscham | 0.9
carsharing | 0.6
kompost*
*kompost | 0.8
wurmkiste | 0.7
mülltrennung | 0.6
müll sammeln | 0.9
müll gesammelt | 0.9
müllsammel* | 0.9
cleanup | 0.8
plogging | 0.9
strandreinigung | 0.9
bäume pflanzen | 0.9
bäume gepflanzt | 0.9
baumpflanzaktion | 0.9
aufforstung | 0.9
balkonkraftwerk | 0.8
solaranlage | 0.7
solarstrom | 0.7
photovoltaik | 0.7
wärmepumpe | 0.6
erneuerbare energie | 0.8
regentonne | 0.5
regional | 0.5
aus der region | 0.6
saisonal | 0.6
wochenmarkt | 0.5
hofladen | 0.6
bioladen | 0.6
biohof | 0.6
solawi | 0.9
solidarische landwirtschaft | 0.9
gemüsekiste | 0.6
foodsharing | 0.9
lebensmittelretter* | 0.9
lebensmittel gerettet | 0.9
lebensmittelverschwendung | 0.8
too good to go | 0.7
resteverwertung | 0.7
weniger fleisch | 0.6
konsumverzicht | 0.8
weniger kaufen | 0.7
weniger konsum | 0.7
slow fashion | 0.8
#slowfashion | 0.8
langlebig | 0.5
kreislaufwirtschaft
naturschutz | 0.9
artenschutz | 0.7
artenvielfalt | 0.7
biodiversität | 0.8
insektenfreundlich | 0.8
bienenfreundlich | 0.8
blühwiese | 0.7
insektenhotel | 0.6
fridays for future | 0.8
klimastreik | 0.8
energie sparen | 0.6
energiesparen | 0.6
nachfüll* | 0.8
refill | 0.7
stoffbeutel | 0.7
jutebeutel | 0.6
bienenwachstuch | 0.8
festes shampoo | 0.7
haarseife | 0.7
menstruationstasse | 0.6
stoffwindeln | 0.7
leitungswasser | 0.5
klimapositiv | 0.8
klimabewusst | 0.9
co2-neutral | 0.7
co2 einsparen | 0.8
emissionen zu reduzieren | 0.8
emissionsfrei | 0.8
klimabilanz | 0.8
fußabdruck zu reduzieren | 0.9
ökologischer fußabdruck | 0.8
ressourcen schonen | 0.9
umwelt zu schützen | 0.9
planeten zu schützen | 0.9
für den planeten | 0.6
für kommende generationen | 0.6
enkeltauglich | 0.9
umweltverträglich | 0.9
naturschonend | 0.9
kreislauffähig | 0.9
cradle to cradle | 0.9
biologisch abbaubar | 0.8
wiederverwertbar | 0.9
abfallvermeidung | 0.9
abfallfrei | 0.9
verpackungsarm | 0.8
kurze transportwege | 0.8
nachwachsende rohstoffe | 0.8
biobaumwolle | 0.7
bio-baumwolle | 0.7
blauer engel | 0.8
pfandsystem | 0.7
refill-station | 0.8
nachfüllstation | 0.9
ersatzteile | 0.6
lebensdauer zu verlängern | 0.8
leihen statt kaufen | 0.8
grüne energie | 0.8
energieeffizient | 0.7
wasser sparen | 0.7
öko-waschmittel | 0.8
ökowaschmittel | 0.8

[value honesty]
ehrlich | 0.7
ehrlichkeit
ehrliche meinung
meine ehrliche meinung
ehrliches review
ehrliche bewertung
ehrlicher test
ehrlich gesagt | 0.4
um ehrlich zu sein | 0.5
ganz ehrlich | 0.5
offen gesagt | 0.6
offen und ehrlich
transparent | 0.8
transparenz
#transparenz
#ehrlichkeit
transparenzhinweis
transparenz-hinweis
aufrichtig | 0.8
authentisch | 0.6
authentizität | 0.7
#authentisch | 0.6
glaubwürdig | 0.7
glaubwürdigkeit | 0.8
integrität | 0.8
ungeschönt | 0.9
ungeschminkt | 0.5
ungefiltert | 0.7
unbearbeitet | 0.6
#nofilter | 0.5
#ohnefilter | 0.5
unverblümt | 0.7
klartext | 0.7
tacheles | 0.7
butter bei die fische | 0.6
real talk | 0.6
#realtalk | 0.6
selbst gekauft | 0.9
selbstgekauft | 0.9
selbst bezahlt | 0.9
mit eigenem geld | 0.8
von meinem eigenen geld | 0.8
unbezahlt | 0.5
#unbezahltewerbung | 0.5
offenlegung | 0.8
offenlegen | 0.8
offengelegt | 0.8
fehler zugeben
fehler eingestehen
ich habe mich geirrt | 0.9
ich lag falsch | 0.9
mein fehler | 0.8
fehler gemacht | 0.7
mein größter fehler | 0.7
ich entschuldige mich | 0.7
entschuldigung | 0.4
asche auf mein haupt | 0.7
richtigstellung | 0.9
korrektur | 0.5
ich muss gestehen | 0.6
ich gebe zu | 0.7
zugegeben | 0.5
geständnis | 0.5
wahrheit | 0.7
die wahrheit | 0.8
wahrheitsgemäß | 0.9
dazu stehen | 0.6
ich stehe dazu | 0.7
verantwortung übernehmen | 0.7
hinter den kulissen | 0.7
blick hinter die kulissen | 0.8
behind the scenes | 0.6
so entsteht | 0.6
so wird es gemacht | 0.6
herstellungsprozess | 0.6
inhaltsstoffe | 0.3
zutatenliste | 0.4
woher kommt | 0.4
kleingedruckte | 0.5
vor- und nachteile | 0.8
vor und nachteile | 0.8
pro und contra | 0.7
nachteile | 0.6
kritikpunkt | 0.8
kritikpunkte | 0.8
negativ aufgefallen | 0.8
was mich stört | 0.6
langzeittest | 0.7
nach monaten | 0.4
selbst getestet | 0.7
instagram vs realität | 0.8
instagram vs reality | 0.8
erwartung vs realität | 0.6
realität | 0.4
faktencheck | 0.6
so viel verdiene ich | 0.8
meine einnahmen | 0.6
zahlen offenlegen | 0.8
unperfekt | 0.4
gescheitert | 0.4
misserfolg | 0.5
ehrenwort | 0.5
#keepitreal | 0.6
tbh | 0.3
nachvollziehbar | 0.8
rückverfolgbar | 0.8
offene kommunikation | 0.8
offen kommunizieren | 0.8
keine versteckten kosten | 0.9
keine leeren versprechen | 0.8
keine falschen versprechen | 0.8
nichts zu verbergen | 0.8
mit offenen karten | 0.9
ohne kleingedrucktes | 0.8
ohne schönfärberei | 0.8
was drin ist steht drauf | 0.8
volldeklaration | 0.9
klare deklaration | 0.7
herkunft der rohstoffe | 0.7
herkunftsnachweis | 0.6
zeigen unsere lieferkette | 0.9
gesamte lieferkette | 0.7
jeden produktionsschritt | 0.7
transparenzbericht | 0.9
nachhaltigkeitsbericht | 0.5
wahrheitsgetreu | 0.9
faktenbasiert | 0.7
offenheit* | 0.7
unverfälscht | 0.6
vertrauenswürdig | 0.6
unabhängig getestet | 0.7
echte bewertungen | 0.7
echte erfahrungen | 0.6
zu fehlern stehen | 0.9
offen über fehler | 0.8
ehrliche preise | 0.8
ehrliche beratung | 0.8
zahlen und fakten | 0.6

[value community]
gemeinschaft
gemeinschaftlich | 0.9
gemeinsam | 0.6
gemeinsam stark | 0.8
#gemeinsamstark | 0.8
zusammen | 0.4
miteinander | 0.7
füreinander | 0.8
füreinander da | 0.9
zusammenhalt
#zusammenhalt
zusammenhalten | 0.9
zusammengehörigkeit | 0.9
zugehörigkeit | 0.8
wir-gefühl | 0.9
solidarität | 0.7
solidarisch | 0.7
nachbar* | 0.8
nachbarschaftshilfe
#nachbarschaft
unsere straße | 0.6
straßenfest | 0.9
nachbarschaftsfest
hoffest* | 0.7
dorffest | 0.8
stadtteilfest | 0.9
sommerfest | 0.5
kiez | 0.6
kiezfest | 0.9
veedel | 0.6
grätzl | 0.5
stadtteil | 0.5
viertel | 0.3
dorfgemeinschaft
dorf | 0.3
verein | 0.7
vereinsleben | 0.9
vereinsheim | 0.8
*verein | 0.6
ehrenamt
ehrenamtlich
ehrenamtliche
#ehrenamt
freiwillig | 0.5
freiwillige | 0.8
freiwilligenarbeit
helfer | 0.5
helferinnen | 0.6
mitmachen | 0.6
macht mit | 0.5
alle sind willkommen | 0.7
treffpunkt | 0.5
*treff | 0.6
stammtisch | 0.7
meetup | 0.8
community | 0.8
#community | 0.7
unsere community
gemeinschaftsgarten
urban gardening | 0.6
repair café | 0.5
tauschbörse | 0.6
gemeinde | 0.5
gemeindefest | 0.8
pfarrfest | 0.7
kirchengemeinde | 0.6
bürgerinitiative | 0.8
initiative | 0.4
bürgerverein | 0.8
potluck | 0.8
mitbringbuffet | 0.8
mitbring-buffet | 0.8
jeder bringt was mit | 0.8
gemeinsames essen | 0.6
gemeinsam kochen | 0.6
tafel | 0.4
suppenküche | 0.6
spendenaktion | 0.5
sammelaktion | 0.6
lauftreff | 0.7
laufgruppe | 0.6
chor | 0.6
musikverein | 0.8
freiwillige feuerwehr | 0.9
feuerwehr | 0.5
sportverein | 0.8
mannschaft | 0.4
teamgeist | 0.7
freundeskreis | 0.4
wahlfamilie | 0.7
fanclub | 0.5
lokale läden | 0.7
lokalen handel | 0.8
#supportyourlocal | 0.8
support your local | 0.7
#shoplocal | 0.6
inhabergeführt | 0.5
genossenschaft | 0.7
kollektiv | 0.6
netzwerk | 0.3
vernetzen | 0.5
begegnung | 0.6
begegnungscafé | 0.9
begegnungsstätte | 0.8
jugendzentrum | 0.7
jugendtreff | 0.7
seniorentreff | 0.7
mehrgenerationenhaus | 0.9
hand in hand | 0.6
danke an alle helfer | 0.8
an alle helfer | 0.7
tag der offenen tür | 0.6
bürgerversammlung | 0.6
gemeinschaftsprojekt | 0.9
aufräumaktion | 0.7
dreck-weg-tag | 0.7
putzaktion | 0.6
arbeitseinsatz | 0.6
spendenlauf | 0.7
benefiz* | 0.6
public viewing | 0.4
spieleabend | 0.3
crowdfunding | 0.4
wohngemeinschaft | 0.4
menschen zusammenbringen
bringt menschen zusammen
zusammenbringen | 0.8
zusammenkommen | 0.7
zusammenkunft | 0.7
menschen verbinden | 0.8
verbindet menschen | 0.8
gemeinschaftsgefühl
gemeinschaftssinn
gemeinsinn | 0.9
teil von etwas größerem | 0.7
aus der region für die region | 0.9
für die region | 0.6
lokal verwurzelt | 0.8
lokale initiativen | 0.8
lokale projekte | 0.7
lokale vereine | 0.8
lokal einkaufen | 0.7
einzelhandel vor ort | 0.7
kiez* | 0.6
dorfladen | 0.7
dorfkneipe | 0.6
quartiersarbeit | 0.8
stadtteilarbeit | 0.8
gemeinwesen | 0.7
gemeinsam mit euch | 0.7
unsere mitglieder | 0.6
community-event | 0.9
gemeinsame aktionen | 0.7
mitmachaktion | 0.8
zusammen feiern | 0.6
füreinander einstehen | 0.9
miteinander statt gegeneinander | 0.9
gemeinsam mehr erreichen | 0.8
gemeinsam etwas bewegen | 0.8
niemand bleibt zurück | 0.6
niemand ist allein | 0.6
erfahrungsaustausch | 0.6
sportgemeinschaft | 0.7

[value kindness]
freundlichkeit | 0.8
nächstenliebe
#nächstenliebe
mitgefühl
mitfühlend | 0.9
empathie
empathisch | 0.9
mitmenschlichkeit
menschlichkeit | 0.8
hilfsbereit | 0.9
hilfsbereitschaft
geholfen | 0.7
helfen | 0.5
anderen helfen | 0.9
menschen helfen | 0.8
fremden geholfen | 0.9
einem fremden | 0.5
hilfe | 0.3
*hilfe | 0.3
zugehört | 0.8
zuhören | 0.8
offenes ohr | 0.9
ein offenes ohr
für dich da | 0.8
für euch da | 0.7
danke | 0.3
dankbar | 0.4
dankbarkeit | 0.5
von herzen | 0.5
liebevoll | 0.5
warmherzig | 0.8
herzensgut | 0.9
großzügig | 0.6
großzügigkeit | 0.8
selbstlos | 0.8
uneigennützig | 0.9
spende | 0.7
*spende | 0.6
spenden | 0.8
gespendet | 0.9
spendenaktion | 0.8
spendenaufruf | 0.7
charity | 0.6
wohltätig* | 0.8
gutes tun | 0.9
gute tat | 0.9
guten zweck | 0.8
obdachlos* | 0.7
bedürftig* | 0.7
kältebus | 0.8
tafel | 0.5
suppenküche | 0.7
frauenhaus | 0.7
hospiz | 0.7
besuchsdienst | 0.7
einsamkeit | 0.8
einsam | 0.5
psychische gesundheit | 0.7
mentale gesundheit | 0.7
mental health | 0.6
depression | 0.4
seelsorge | 0.8
telefonseelsorge | 0.9
krisentelefon | 0.8
hilfe holen | 0.7
hilfe annehmen | 0.7
es ist okay | 0.5
sei freundlich | 0.9
seid freundlich | 0.9
sei nett | 0.8
seid nett | 0.8
seid lieb | 0.7
respektvoll | 0.7
rücksicht | 0.7
rücksichtsvoll | 0.8
umarmung | 0.4
trost | 0.7
trösten | 0.7
getröstet | 0.7
mut machen | 0.6
mutmacher | 0.6
ermutigen | 0.6
aufmuntern | 0.6
freude schenken | 0.7
lächeln schenken | 0.7
kleine geste | 0.8
kleine gesten | 0.8
random acts of kindness
random act of kindness
kindness | 0.8
#kindness | 0.8
#freundlichkeit
verständnis | 0.5
verständnisvoll | 0.8
verzeihen | 0.6
vergeben | 0.4
sitzplatz angeboten | 0.7
einkaufshilfe | 0.8
für sie eingekauft | 0.7
zeit schenken | 0.7
zeit geschenkt | 0.7
blutspende | 0.9
blut spenden | 0.9
blut gespendet | 0.9
stammzellspende | 0.9
dkms | 0.8
typisierung | 0.8
organspende | 0.7
hilfsaktion | 0.8
hilfsorganisation | 0.7
flüchtlingshilfe | 0.8
fürsorge | 0.8
fürsorglich | 0.8
kümmern | 0.5
gekümmert | 0.6
liebe nachricht | 0.5
eure lieben nachrichten | 0.6
lieben worte | 0.6
gegen mobbing | 0.7
gegen hass | 0.6
hass im netz | 0.5
mitleid | 0.5
helft mit | 0.6
hilf mit | 0.6
mit herz | 0.5
herzensprojekt | 0.7
herzenssache | 0.6
herzenswärme | 0.9
herzlichkeit* | 0.8
soziales engagement | 0.9
sozial engagiert | 0.9
menschen in not | 0.9
jeder kauf hilft | 0.8
pro verkauf spenden | 0.8
teil des erlöses | 0.8
erlös geht an | 0.8
erlöse gehen an | 0.8
spenden einen teil | 0.8
geben etwas zurück | 0.8
etwas zurückgeben | 0.8
wärme schenken | 0.8
anderen eine freude machen | 0.8
freude bereiten | 0.6
für andere da | 0.9
gemeinnützig | 0.8
soziale projekte | 0.8
sozialprojekt | 0.8
hilfsprojekt | 0.8
sozialer zweck | 0.8
barmherzig | 0.9
wertschätzung | 0.7
respektvoller umgang | 0.8
umgang miteinander | 0.6
mit respekt behandeln | 0.7
hilfsbedürftig* | 0.6
spendenpartner | 0.8
patenschaft | 0.6
kinderhospiz | 0.8
niemand muss allein | 0.7
seelische gesundheit | 0.6

[value inclusivity]
inklusion
#inklusion
vielfalt | 0.9
#vielfalt | 0.9
vielfältig | 0.5
diversität
diversity | 0.9
#diversity | 0.9
divers | 0.6
barrierefrei
barrierefreiheit
#barrierefrei
barrierearm | 0.9
rollstuhl | 0.7
rollstuhlgerecht
rollstuhlfahrer* | 0.7
rolli | 0.5
mit behinderung | 0.8
menschen mit behinderung
behinderung | 0.6
beeinträchtigung | 0.6
gebärdensprache
leichte sprache
einfache sprache | 0.8
untertitel | 0.4
audiodeskription | 0.9
bildbeschreibung | 0.8
alt-text | 0.7
blinde | 0.5
gehörlos | 0.7
gehörlose | 0.7
sehbehindert* | 0.8
autismus | 0.6
autistisch | 0.6
neurodivers* | 0.9
adhs | 0.4
chronisch krank | 0.6
unsichtbare behinderung | 0.9
down-syndrom | 0.8
trisomie | 0.7
assistenzhund | 0.6
prothese | 0.5
sichtbarkeit | 0.6
repräsentation | 0.8
representation matters | 0.9
alle körper | 0.9
jeder körper | 0.9
body positivity | 0.9
bodypositivity | 0.9
#bodypositivity | 0.9
#bodypositive | 0.9
body neutrality | 0.8
#bodyneutrality | 0.8
plus size | 0.7
plussize | 0.7
#plussize | 0.7
curvy | 0.5
in allen größen | 0.9
alle größen | 0.8
größeninklusiv
alle hauttöne | 0.9
jeder hautton | 0.9
alle sind willkommen | 0.9
jeder ist willkommen | 0.9
alle willkommen | 0.8
für alle | 0.3
queer | 0.9
#queer | 0.9
lgbtq | 0.9
lgbtq+ | 0.9
lgbtqia | 0.9
lgbt | 0.8
pride | 0.6
#pride | 0.6
csd | 0.8
christopher street day | 0.9
regenbogenfamilie
#loveislove | 0.9
love is love | 0.9
transgender | 0.8
nichtbinär | 0.9
non-binary | 0.8
nonbinary | 0.8
gendergerecht | 0.9
geschlechtergerecht | 0.9
gendern | 0.5
genderneutral | 0.8
all gender | 0.7
unisex | 0.4
gleichberechtigung | 0.6
empowerment | 0.5
antirassismus
antirassistisch
gegen rassismus | 0.9
rassismus | 0.5
gegen diskriminierung | 0.9
diskriminierung | 0.5
migrationsgeschichte | 0.7
migrationshintergrund | 0.5
geflüchtete | 0.6
willkommenskultur | 0.9
integration | 0.5
mehrsprachig | 0.6
interkulturell | 0.8
multikulti | 0.6
weltoffen | 0.9
toleranz | 0.8
tolerant | 0.7
akzeptanz | 0.8
vorurteile | 0.5
stereotype | 0.4
ageism | 0.8
altersdiskriminierung | 0.8
in jedem alter | 0.8
jedes alter | 0.8
generationenübergreifend | 0.6
zugänglich | 0.6
zugänglichkeit | 0.9
accessibility | 0.8
rampe | 0.4
safe space | 0.8
safer space | 0.8
awareness-team | 0.8
teilhabe | 0.9
chancengleichheit | 0.7
gleichwertig | 0.6
so wie du bist | 0.6
so wie ihr seid | 0.6
anderssein | 0.6
diverse teams | 0.8
für jeden körper | 0.9
jeden körpertyp | 0.9
jede körperform | 0.9
egal woher du kommst
egal wie du aussiehst | 0.9
egal wen du liebst
unabhängig von herkunft
unabhängig von geschlecht
unabhängig vom alter | 0.9
unabhängig von hautfarbe
jeder herkunft | 0.9
jeden geschlechts | 0.9
aller geschlechter | 0.9
alle hautfarben | 0.9
sexuelle orientierung | 0.7
geschlechtsidentität | 0.8
gleichstellung | 0.8
frauen in tech | 0.9
women in tech | 0.9
frauen in mint | 0.9
mädchen in mint | 0.9
frauenförderung | 0.8
queerfreundlich | 0.9
lgbtq-freundlich | 0.9
inklusives design
inklusive sprache
inklusive gesellschaft
inklusive mode
inklusiv gestaltet
rollstuhlfreundlich | 0.9
rollstuhlzugänglich | 0.9
hörgeschädigt | 0.7
blindenschrift | 0.8
braille | 0.8
gebärdensprachdolmetscher | 0.9
niemand wird ausgeschlossen | 0.9
keiner bleibt außen vor | 0.8
jeder mensch ist willkommen | 0.9
diskriminierungsfrei | 0.9
ohne vorurteile | 0.8
adaptive mode | 0.9
trans menschen | 0.9
trans personen | 0.9
trans frauen | 0.9
transfrau | 0.8
transmann | 0.8

[value wellbeing]
wohlbefinden
#wohlbefinden
wohlfühl* | 0.6
gesundheit | 0.6
gesund | 0.5
gesund essen | 0.8
gesunde ernährung | 0.9
ausgewogen | 0.6
ausgewogene ernährung | 0.9
vollwertig | 0.6
ballaststoffe | 0.5
vollkorn | 0.3
obst und gemüse | 0.6
genug trinken | 0.6
wasser trinken | 0.5
schlaf | 0.5
ausgeschlafen | 0.7
gut geschlafen | 0.8
schlafroutine | 0.9
schlafhygiene
schlafqualität | 0.8
acht stunden schlaf | 0.8
früh ins bett | 0.7
mittagsschlaf | 0.5
powernap | 0.4
erholung | 0.7
erholt | 0.6
erholen | 0.6
regeneration | 0.6
regenerieren | 0.6
entspannung | 0.7
entspannen | 0.6
ruhetag | 0.7
pausen | 0.4
durchatmen | 0.7
atemübung* | 0.8
meditation | 0.9
meditier* | 0.9
achtsamkeit
#achtsamkeit
achtsam | 0.8
yoga | 0.6
#yoga | 0.5
spaziergang | 0.6
spazieren | 0.6
frische luft | 0.7
waldbaden | 0.9
bewegung | 0.5
dehnen | 0.5
stretching | 0.5
selbstfürsorge
#selbstfürsorge
self-care | 0.9
selfcare | 0.9
#selfcare | 0.9
me time | 0.7
me-time | 0.7
zeit für mich | 0.8
auszeit | 0.7
digital detox | 0.9
#digitaldetox | 0.9
handyfrei | 0.8
bildschirmzeit | 0.4
offline | 0.3
work-life-balance | 0.9
balance | 0.4
gleichgewicht | 0.6
innere ruhe | 0.9
mentale gesundheit | 0.9
psychische gesundheit | 0.9
mental health | 0.8
#mentalhealth | 0.8
#mentalegesundheit | 0.9
therapie | 0.4
stress abbauen | 0.8
stressabbau | 0.8
grenzen setzen | 0.8
auf meinen körper hören | 0.9
auf den körper hören | 0.9
intuitiv essen | 0.8
intuitive ernährung | 0.8
wellness | 0.5
sauna | 0.5
kneipp | 0.6
journaling | 0.7
tagebuch | 0.3
dankbarkeitstagebuch | 0.8
morgenroutine | 0.4
abendroutine | 0.4
alkoholfrei | 0.6
nüchtern | 0.4
sober | 0.5
dry january | 0.7
rauchfrei | 0.9
nichtraucher | 0.8
aufgehört zu rauchen | 0.9
mit dem rauchen aufgehört | 0.9
gesunde gewohnheiten | 0.9
vorsorge | 0.5
vorsorgeuntersuchung | 0.7
physiotherapie | 0.4
resilienz | 0.8
selbstliebe | 0.6
selbstmitgefühl | 0.9
slow living | 0.7
#slowliving | 0.7
entschleunig* | 0.9
abschalten | 0.6
runterkommen | 0.7
zur ruhe kommen | 0.8
kraft tanken | 0.8
akku aufladen | 0.6
ausgleich | 0.5
wohltuend | 0.6
bildschirmpause | 0.7
#gesundleben | 0.9
körper und geist | 0.9
körper geist und seele | 0.9
körper und seele | 0.8
ganzheitlich | 0.8
gelassenheit | 0.9
innere balance | 0.9
innere stärke | 0.6
mentale stärke | 0.7
stressfrei | 0.6
stressreduktion | 0.8
weniger stress | 0.7
erholsamer schlaf | 0.9
erholsam | 0.7
besser schlafen | 0.8
genug schlaf | 0.8
ausreichend schlaf | 0.8
gut für dich | 0.5
gesunde lebensweise | 0.9
gesunder lebensstil | 0.9
bewusste ernährung | 0.8
nährstoffreich | 0.7
weniger zucker | 0.7
zuckerfrei | 0.5
bewegung im alltag | 0.8
gesund bleiben | 0.8
fit und gesund | 0.7
vitalität | 0.7
lebensqualität | 0.6
einklang mit sich selbst | 0.8
tiefenentspannung | 0.9
entspannungsübung* | 0.8
achtsamkeits* | 0.9
meditation* | 0.9
atemtechnik | 0.7
yoga* | 0.5
burnout-prävention | 0.8
prävention | 0.6
gesundheitsförderung | 0.8
ruhepause | 0.7
journaling-app | 0.7

[value family]
familie
familien* | 0.9
#familie
#familienzeit
#familienleben
#familytime | 0.8
familytime | 0.8
family | 0.5
#familyfirst | 0.9
eltern | 0.7
*eltern | 0.7
meine eltern
mama | 0.8
papa | 0.8
mami | 0.7
mutti | 0.6
mutter | 0.7
vater | 0.7
meine mama
mein papa
oma | 0.9
opa | 0.9
omi | 0.8
meine oma
mein opa
großeltern
großmutter | 0.9
großvater | 0.9
uroma | 0.8
uropa | 0.8
enkel | 0.8
enkelin | 0.8
enkelkind* | 0.9
mein sohn
meine tochter
sohn | 0.7
tochter | 0.7
kinder | 0.6
*kinder | 0.5
meine kinder
unsere kinder
kids | 0.5
die kids | 0.6
meine kids
die kleinen | 0.5
unser baby | 0.9
baby | 0.5
geschwister | 0.9
bruder | 0.6
schwester | 0.5
mein bruder | 0.8
meine schwester | 0.8
zwillinge | 0.5
cousine | 0.5
tante | 0.5
onkel | 0.5
neffe | 0.6
schwiegereltern | 0.7
schwiegermutter | 0.6
mein mann | 0.5
meine frau | 0.5
hochzeitstag | 0.5
sonntagsessen | 0.8
sonntagsbraten | 0.6
bei oma | 0.7
bei den eltern | 0.8
heimatbesuch | 0.6
gute nacht geschichte | 0.9
gutenachtgeschichte | 0.9
vorgelesen | 0.7
zubettgehen | 0.6
ins bett bringen | 0.7
kuscheln | 0.4
hausaufgaben | 0.6
elternabend | 0.8
einschulung | 0.9
schultüte | 0.9
erster schultag | 0.9
kindergeburtstag | 0.9
taufe | 0.6
kommunion | 0.5
konfirmation | 0.5
ausflug mit kindern | 0.8
spielplatz | 0.5
elternzeit | 0.9
mutterschutz | 0.6
schwanger | 0.5
schwangerschaft | 0.5
geburt | 0.5
mamaleben | 0.9
#mamaleben | 0.9
papaleben | 0.9
#papaleben | 0.9
#momlife | 0.8
#dadlife | 0.8
momlife | 0.8
dadlife | 0.8
großfamilie
patchwork | 0.5
alleinerziehend | 0.9
pflegekind | 0.7
adoptivkind | 0.8
drei generationen | 0.9
familienrezept | 0.8
omas rezept | 0.7
am esstisch | 0.5
gemeinsam essen | 0.4
muttertag | 0.8
vatertag | 0.5
eier suchen | 0.5
elternsein | 0.9
eltern sein | 0.8
erziehung | 0.6
kindererziehung | 0.9
verwandtschaft | 0.7
verwandte | 0.6
von eltern für eltern | 0.9
für groß und klein | 0.7
gemeinsame zeit | 0.6
qualitätszeit | 0.7
quality time | 0.6
mit den kindern | 0.6
mit kindern | 0.6
kinderfreundlich | 0.7
kindgerecht | 0.6
generationen verbinden | 0.8
alle generationen | 0.6
generationenübergreifend | 0.7
von generation zu generation | 0.7
unsere liebsten | 0.6
geschwisterliebe | 0.9
mutterliebe | 0.9
vaterliebe | 0.9
elternliebe | 0.9
zweifache mama | 0.9
dreifache mama | 0.9
zweifacher papa | 0.9
vater und sohn | 0.8
mutter und tochter | 0.8
kinderlachen | 0.7
bonuskind | 0.8
bonuspapa | 0.8
bonusmama | 0.8
stiefkind | 0.6
pflegefamilie | 0.7
adoptivfamilie | 0.7
vereinbarkeit* | 0.6
elternschaft | 0.7
mein papi | 0.7
nichte* | 0.6
vorlesen* | 0.7
vereinbarkeit von familie und beruf | 0.9

[value craftsmanship]
handgemacht
#handgemacht
handmade | 0.9
#handmade | 0.9
#handmadewithlove
handgefertigt
in handarbeit
handarbeit
#handarbeit
von hand | 0.8
handwerk
*handwerk | 0.9
#handwerk
handwerklich | 0.9
handwerker | 0.6
handwerkskunst
handwerksbetrieb | 0.9
meisterbetrieb | 0.9
meisterstück | 0.9
meisterhaft | 0.8
meisterbrief | 0.9
#meisterhandwerk
manufaktur
*manufaktur | 0.9
werkstatt | 0.6
*werkstatt | 0.5
#werkstatt | 0.6
tischlerei | 0.8
tischler | 0.8
schreinerei | 0.8
schreiner | 0.8
*schmied | 0.8
geschmiedet | 0.8
schmiedekunst
schuhmacher | 0.8
schuster | 0.6
sattlerei | 0.8
sattler | 0.7
maßgeschneidert | 0.8
maßanfertigung | 0.9
nach maß | 0.8
maßarbeit | 0.9
uhrmacher | 0.8
töpferei | 0.8
getöpfert | 0.9
töpfern* | 0.7
keramik | 0.5
drechseln | 0.8
gedrechselt | 0.9
geschnitzt | 0.8
schnitzen | 0.7
holzarbeit | 0.8
#holzarbeit | 0.8
#woodworking | 0.7
massivholz | 0.8
vollleder | 0.6
handgenäht
handgestrickt | 0.9
gestrickt | 0.5
gehäkelt | 0.5
handgewebt | 0.9
gewebt | 0.5
handbemalt | 0.9
mundgeblasen | 0.9
kunsthandwerk | 0.9
qualität | 0.5
hochwertig | 0.6
hochwertige verarbeitung
saubere verarbeitung | 0.9
verarbeitung | 0.6
liebe zum detail | 0.9
detailverliebt | 0.8
präzision | 0.7
sorgfalt | 0.9
sorgfältig | 0.8
geduld | 0.5
stunden arbeit | 0.7
langlebig | 0.7
hält ewig | 0.8
ein leben lang | 0.6
robust | 0.4
solide | 0.4
qualität statt quantität
lieber weniger aber besser | 0.8
zeitlos | 0.4
altes handwerk | 0.9
traditionell gefertigt | 0.8
lokal gefertigt | 0.8
made in germany | 0.5
kleinserie | 0.7
unikat | 0.9
unikate | 0.9
#unikat | 0.9
einzelstück | 0.9
jedes stück ein unikat
gesellenstück | 0.9
kunstfertigkeit | 0.9
fingerspitzengefühl | 0.7
feinarbeit | 0.8
feinschliff | 0.6
geschliffen | 0.5
geölt | 0.4
gehobelt | 0.7
hobelbank | 0.7
stemmeisen | 0.7
japansäge | 0.6
schwalbenschwanz* | 0.8
holzverbindung | 0.8
restauriert | 0.7
restaurierung | 0.8
aufgearbeitet | 0.6
rahmengenäht
sattlernaht | 0.9
buchbinder* | 0.8
glasbläser* | 0.8
korbflechter* | 0.8
steinmetz | 0.8
goldschmied* | 0.8
polsterer | 0.7
handwerksbäcker* | 0.9
lange teigführung | 0.8
handverlesen | 0.6
in liebevoller handarbeit
für die ewigkeit | 0.8
für generationen gemacht | 0.9
für generationen | 0.6
hält jahrzehnte | 0.8
lange halten | 0.7
made to last | 0.9
lebenslange garantie | 0.9
qualitäts* | 0.4
höchste qualität | 0.8
erstklassige qualität | 0.8
hochwertige materialien | 0.8
ausgewählte materialien | 0.7
präzise gefertigt | 0.9
gefertigt | 0.6
in eigener werkstatt | 0.9
erfahrene handwerker | 0.9
handwerksmeister | 0.9
meisterhand | 0.9
handwerksqualität
bis ins kleinste detail | 0.9
bis ins detail | 0.8
jahrzehntelange erfahrung | 0.7
mit leidenschaft gefertigt | 0.9
mit liebe gemacht | 0.8
mit liebe gefertigt | 0.9
made with love | 0.7
handgeschliffen | 0.9
handgeschmiedet | 0.9
handgedreht | 0.9
handveredelt | 0.9
kleinauflage | 0.7
schneiderei | 0.8
maßschneider* | 0.9
weberei | 0.8
in deutschland gefertigt | 0.6
zeitloses design | 0.6
töpferkurs | 0.7
töpferscheibe | 0.8
gesellenbrief | 0.9

[value creativity]
kreativ
kreativität
kreativ*
#kreativ
#kreativität
kreative idee
kreation | 0.8
eigenkreation
eigene kreation
kreiert | 0.8
kreieren | 0.8
erschaffen | 0.8
idee | 0.3
ideen | 0.4
*idee | 0.4
eigene idee | 0.7
neue idee | 0.6
verrückte idee | 0.7
erfunden | 0.8
erfinden | 0.8
erfindung | 0.8
erfinder* | 0.7
innovation | 0.9
innovativ | 0.9
experimentieren | 0.8
experimentiert | 0.8
experimentell | 0.8
experiment | 0.6
ausprobiert | 0.3
tüfteln | 0.9
getüftelt | 0.9
tüftler* | 0.9
basteln | 0.7
gebastelt | 0.7
bastelei | 0.7
bastelidee | 0.8
#basteln | 0.7
diy | 0.5
#diy | 0.5
do it yourself | 0.5
selbst entworfen
selbst designt | 0.9
kunst | 0.8
*kunst | 0.6
#kunst | 0.8
#art | 0.5
#artwork | 0.7
künstler* | 0.8
kunstwerk | 0.9
malen | 0.8
gemalt | 0.8
malerei | 0.9
#malen | 0.8
gemälde | 0.7
acryl | 0.5
aquarell | 0.8
leinwand | 0.5
skizze | 0.8
skizzenbuch | 0.9
sketchbook | 0.8
zeichnen | 0.8
gezeichnet | 0.7
zeichnung | 0.8
#zeichnen | 0.8
illustration | 0.8
#illustration | 0.8
illustriert | 0.6
doodle | 0.6
design | 0.4
gestalten | 0.6
gestaltet | 0.5
entwerfen | 0.7
entworfen | 0.7
entwurf | 0.7
prototyp | 0.8
fotografie | 0.5
collage | 0.7
mixed media | 0.7
graffiti | 0.7
streetart | 0.7
street art | 0.7
wandbild | 0.7
mural | 0.6
skulptur | 0.8
bildhauer* | 0.8
komponiert | 0.8
komponieren | 0.8
songwriting | 0.8
song geschrieben | 0.8
eigener song | 0.8
improvisiert | 0.6
improvisation | 0.6
gedicht | 0.7
poesie | 0.7
poetry slam | 0.7
kurzgeschichte | 0.7
drehbuch | 0.6
kurzfilm | 0.7
animation | 0.6
stop motion | 0.7
stopmotion | 0.7
inspiration | 0.5
inspiriert | 0.4
fantasie | 0.8
phantasie | 0.8
vorstellungskraft | 0.9
um die ecke denken | 0.8
out of the box | 0.6
neu gedacht | 0.8
neu erfunden | 0.8
zweckentfremdet | 0.7
umfunktioniert | 0.7
upcycling | 0.5
remix | 0.5
makerspace | 0.9
fablab | 0.9
3d-druck | 0.6
3d-drucker | 0.6
arduino | 0.6
lötkolben | 0.6
pinsel | 0.5
handlettering | 0.8
lettering | 0.7
kalligrafie | 0.7
atelier | 0.8
vernissage | 0.7
ausstellung | 0.4
schaffensprozess | 0.9
entstehungsprozess | 0.7
work in progress | 0.6
#wip | 0.5
brainstorming | 0.7
moodboard | 0.7
originell | 0.8
ideen zum leben erwecken | 0.9
ideen umsetzen | 0.8
ideen verwirklichen | 0.8
raum für ideen | 0.8
gestaltungsfreiheit | 0.9
gestaltungsspielraum | 0.7
experimentierfreude | 0.9
schöpferisch | 0.9
neues erschaffen | 0.9
neue wege gehen | 0.7
neu denken | 0.8
anders denken | 0.6
ideenreich | 0.9
einfallsreich | 0.9
einfallsreichtum | 0.9
fantasievoll | 0.9
originalität | 0.8
innovationsgeist | 0.9
eigenes design | 0.7
selbst gestalten | 0.8
individuell gestalten | 0.7
selbstausdruck | 0.8
bastelset | 0.7
diy-set | 0.6
malset | 0.7
malkasten | 0.7
malbuch | 0.5
kunstkurs | 0.8
malkurs | 0.8
zeichenkurs | 0.8
nähkurs | 0.7
nähmaschine | 0.6
genäht | 0.5
kunstprojekt | 0.8
kunstschaffende | 0.9
kunstszene | 0.6
musik machen | 0.7
eigene musik | 0.8
designprozess | 0.7
maker* | 0.6

[value adventure]
abenteuer
abenteuer*
*abenteuer | 0.9
abenteuerlich | 0.9
abenteurer | 0.9
#abenteuer
adventure | 0.9
#adventure | 0.9
abenteuerlust
erkundet | 0.9
erkundungstour | 0.9
entdecken | 0.6
entdeckungsreise | 0.9
entdeckergeist
wildnis
wildcampen
wild campen
#wildcamping
zelten | 0.8
zelt | 0.6
biwak | 0.9
biwakieren | 0.9
unter freiem himmel | 0.9
lagerfeuer | 0.5
outdoor | 0.6
#outdoor | 0.6
trekking | 0.9
weitwanderung | 0.9
fernwanderweg | 0.9
mehrtägig* | 0.6
hüttentour | 0.8
alpenüberquerung
bergsteigen | 0.9
gipfel | 0.6
gipfelsturm | 0.8
klettersteig | 0.8
klettern | 0.6
hochtour | 0.9
gletscher | 0.7
expedition
*expedition | 0.9
durchquerung | 0.9
roadtrip | 0.7
road trip | 0.7
vanlife | 0.9
#vanlife | 0.9
van life | 0.9
bulli | 0.5
backpacking | 0.8
backpacker | 0.7
rucksackreise | 0.9
weltreise | 0.8
auswandern | 0.6
ausgewandert | 0.6
aufbruch | 0.6
ins unbekannte | 0.9
ins blaue | 0.8
spontan | 0.6
spontanität | 0.8
einfach losgefahren
einfach losgelaufen | 0.9
losgefahren | 0.5
freiheit | 0.8
unabhängigkeit* | 0.6
nervenkitzel | 0.9
adrenalin | 0.9
risiko | 0.5
mutig | 0.6
komfortzone | 0.9
raus aus der komfortzone
fallschirm* | 0.8
bungee | 0.8
paragliding | 0.9
gleitschirm* | 0.9
tauchgang | 0.7
tauchen | 0.5
surfen | 0.5
wellenreiten | 0.7
kajak | 0.7
kanutour | 0.8
rafting | 0.8
segeltörn | 0.7
skitour | 0.8
tiefschnee | 0.8
freeride | 0.8
bikepacking | 0.9
höhlentour | 0.8
vulkan | 0.6
dschungel | 0.8
wüste | 0.7
polarlicht* | 0.5
nordlicht* | 0.5
abseits der pfade | 0.9
abseits der touristenpfade | 0.9
off the beaten path | 0.9
fernab | 0.7
abgelegen | 0.7
ende der welt | 0.7
funkloch | 0.5
offroad | 0.7
motorradreise | 0.8
motorradtour | 0.7
alleine reisen | 0.8
allein reisen | 0.8
solo unterwegs | 0.8
alleine unterwegs | 0.8
solo travel | 0.8
unterwegs | 0.3
fernweh | 0.9
#fernweh | 0.9
wanderlust | 0.9
#wanderlust | 0.9
nachtwanderung | 0.8
survival | 0.8
bushcraft | 0.9
#bushcraft | 0.9
mikroabenteuer
#mikroabenteuer
microadventure | 0.9
grenzerfahrung | 0.9
ultratrail | 0.6
sternenhimmel | 0.4
draußen | 0.5
draußen unterwegs | 0.8
draußen zuhause | 0.9
ab nach draußen | 0.7
raus in die natur | 0.8
natur erleben | 0.7
natur entdecken | 0.8
wilde natur | 0.8
unberührte natur | 0.9
camping* | 0.6
campen | 0.8
zelt* | 0.6
outdoor* | 0.6
dachzelt | 0.9
wohnmobil | 0.5
schlafsack | 0.6
trekkingrucksack | 0.7
wander* | 0.5
gewandert | 0.5
bergtour | 0.8
gipfelglück | 0.8
neue horizonte | 0.8
entdeckerlust | 0.9
entdeckerdrang | 0.9
entdeckungs* | 0.9
die welt entdecken | 0.8
die welt erkunden | 0.8
erkunden* | 0.9
wagemutig | 0.9
waghalsig | 0.8
mut zum risiko | 0.8
freiheitsgefühl | 0.9
grenzenlose freiheit | 0.9
grenzen austesten | 0.7
sprung ins kalte wasser | 0.7
actionreich | 0.7
outdoor-erlebnis | 0.8
abseits ausgetretener pfade | 0.9
familien die draußen entdecken | 0.9

[value learning]
lernen | 0.8
gelernt | 0.7
dazugelernt | 0.9
heute gelernt | 0.9
neues gelernt
was ich gelernt habe | 0.9
wusstet ihr | 0.9
wusstest du | 0.9
schon gewusst | 0.8
#wusstestdu | 0.9
#schongewusst | 0.9
fun fact | 0.7
funfact | 0.7
#funfact | 0.7
wissen | 0.4
#wissen | 0.8
wissen teilen
teile mein wissen | 0.9
wissenschaft
#wissenschaft
wissenschaftlich | 0.9
wissenschaftler* | 0.9
science | 0.7
#science | 0.7
wissenschaftskommunikation
scicomm | 0.9
forschung | 0.9
forschen | 0.8
forscher* | 0.8
studie | 0.7
studien | 0.7
bildung
#bildung
weiterbildung
fortbildung | 0.9
lebenslanges lernen
#lernen | 0.9
erklären | 0.7
erklärt | 0.7
erklärung | 0.7
erklärvideo
lernvideo | 0.9
tutorial | 0.7
anleitung | 0.5
schritt für schritt | 0.5
lehrer | 0.7
lehrerin | 0.7
unterricht | 0.7
*unterricht | 0.7
unterrichten | 0.8
lehren | 0.8
lehrreich
unterrichtsmaterial | 0.8
nachhilfe | 0.8
schule | 0.3
universität | 0.5
studium | 0.6
studieren | 0.6
seminar | 0.6
bachelorarbeit | 0.6
masterarbeit | 0.6
doktorarbeit | 0.7
prüfung | 0.5
klausur | 0.5
lernplan | 0.7
lerngruppe | 0.8
#studygram | 0.6
karteikarten | 0.7
vokabeln | 0.8
sprache lernen | 0.9
sprachen lernen | 0.9
sprachkurs | 0.8
neue sprache | 0.7
duolingo | 0.6
bücher | 0.4
gelesen | 0.4
leseliste | 0.7
buchtipp | 0.6
sachbuch | 0.8
dokumentation | 0.6
doku | 0.5
museum | 0.6
vortrag | 0.7
onlinekurs | 0.7
kurs | 0.4
workshop | 0.4
neugier | 0.8
neugierig | 0.7
wissbegierig
wissensdurst
wie funktioniert | 0.8
so funktioniert | 0.8
hintergründe | 0.5
zusammenhänge | 0.6
mythos | 0.5
mythen | 0.6
faktencheck | 0.6
quellen | 0.4
physik | 0.7
chemie | 0.7
biologie | 0.7
mathe | 0.6
mathematik | 0.7
astronomie | 0.8
geologie | 0.7
philosophie | 0.6
psychologie | 0.5
naturwissenschaft* | 0.9
mint-fächer | 0.8
mentoring | 0.6
ausbildung | 0.4
lernkurve | 0.8
aha-moment | 0.8
aha moment | 0.8
erkenntnis | 0.7
erkenntnisse | 0.7
bibliothek | 0.6
bücherei | 0.6
erklärbär | 0.7
#homeschooling | 0.5
wissen vermitteln
wissensvermittlung
neugier wecken | 0.9
neugierde | 0.8
wissbegier* | 0.9
verständlich erklärt | 0.9
einfach erklärt | 0.9
kurz erklärt | 0.8
leicht verständlich | 0.7
spielerisch lernen | 0.9
spielend lernen | 0.9
learning by doing | 0.8
lust auf lernen | 0.9
lernen wollen | 0.8
lern* | 0.7
bildungs* | 0.8
bildungsangebot | 0.9
lernplattform | 0.9
online-kurs | 0.7
lehrgang | 0.7
masterclass | 0.7
webinar | 0.7
coding bootcamp | 0.8
museumsbesuch | 0.7
museumspädagogik | 0.9
mitmachmuseum | 0.8
science center | 0.8
planetarium | 0.8
sternwarte | 0.8
experimentieren | 0.6
wissenswert | 0.8
horizont erweitern | 0.8
dazulernen | 0.9
informativ | 0.7
aufklärung | 0.6
aufklärungsarbeit | 0.8
kritisches denken | 0.8
evidenzbasiert | 0.9
studienlage | 0.8
pädagogik | 0.8
didaktik | 0.8
vorlesung* | 0.7

[value animal_welfare]
tierschutz
*tierschutz
#tierschutz
tierschützer*
tierwohl
tierliebe | 0.8
tierlieb | 0.7
tierrechte
tierrechtler* | 0.9
#adoptdontshop
#adoptierenstattkaufen
adoptiert | 0.8
adoptieren | 0.8
adoption | 0.6
#adoptiert | 0.8
tierheim | 0.9
aus dem tierheim
tierheimhund
tierheimkatze
tierheimhelfer*
tierschutzhund
#tierschutzhund
tierschutzkatze
tierschutzverein
straßenhund* | 0.8
straßenkatze* | 0.8
streuner | 0.8
pflegestelle
pflegehund
pflegekatze
zuhause gesucht | 0.9
sucht ein zuhause | 0.9
für immer zuhause | 0.9
körbchen gesucht | 0.9
gnadenhof
lebenshof
gnadenbrot | 0.9
gerettet | 0.5
tierrettung
rescue dog | 0.9
#rescuedog | 0.9
#rescuecat | 0.9
#rescue | 0.7
kastration | 0.7
kastrationsprojekt
tierversuchsfrei
tierversuche | 0.5
cruelty free
cruelty-free
#crueltyfree
leaping bunny | 0.8
vegan | 0.5
#vegan | 0.5
vegetarisch | 0.3
veganuary | 0.6
artgerecht
artgerechte haltung
freilandhaltung | 0.6
weidehaltung | 0.7
gegen massentierhaltung
massentierhaltung | 0.6
pelzfrei
fur free | 0.9
tierleid | 0.8
vogelschutz | 0.9
igelstation
igelhilfe
wildtierhilfe
wildtierstation
auffangstation
bienenschutz | 0.8
krötenwanderung | 0.8
amphibienschutz | 0.9
kitzrettung
seniorhund | 0.8
notfell
notfelle
#notfell
sorgenfell* | 0.9
fellnase | 0.4
fellnasen | 0.4
respekt vor tieren
mitgeschöpf* | 0.9
tierfreundlich | 0.8
positive verstärkung | 0.7
gewaltfreies training | 0.9
tierschutzgesetz | 0.6
peta | 0.6
vier pfoten | 0.7
futterspende | 0.9
tiertafel
wildtiere | 0.4
artenschutz | 0.7
meeresschutz | 0.7
walschutz | 0.9
tierarzt | 0.3
zweite chance | 0.5
vermittelt | 0.4
tierleidfrei
ohne tierleid
ohne tierversuche
frei von tierversuchen
ohne tierische inhaltsstoffe | 0.8
mulesingfrei | 0.9
mulesing-frei | 0.9
ohne mulesing | 0.9
daunenfrei | 0.7
ohne lebendrupf | 0.8
tiergerecht | 0.9
tierschonend | 0.8
käfigfrei | 0.9
freilaufend | 0.6
respekt vor jedem lebewesen | 0.9
jedes lebewesen | 0.7
lebewesen | 0.5
schutz der tiere | 0.9
tiere zu schützen | 0.9
tiere in not | 0.9
tierschutz* | 0.9
tierheim* | 0.9
tierhilfe | 0.9
tiernothilfe | 0.9
katzenhilfe | 0.8
hundehilfe | 0.8
tierpatenschaft | 0.9
patentier | 0.8
vermittlungshund | 0.8
vermittlungskatze | 0.8
kastration* | 0.8
wildtierfreundlich | 0.8
adopt don't shop | 0.9
rein pflanzlich | 0.6
pflanzenbasiert | 0.5
fleischlos | 0.5

[value fairness]
fair | 0.8
fairness
fair bezahlt
faire bezahlung
faire löhne
fairer lohn
fair produziert
faire produktion
fair gehandelt
fairer handel
fairtrade
fair trade
#fairtrade
fair fashion | 0.9
fairfashion | 0.9
#fairfashion | 0.9
fair wear | 0.9
fairwear | 0.9
grüner knopf | 0.9
gots* | 0.5
weltladen | 0.9
gepa | 0.7
lieferkette | 0.7
lieferketten | 0.7
lieferkettengesetz | 0.9
transparente lieferkette
arbeitsbedingungen | 0.8
gute arbeitsbedingungen
faire arbeitsbedingungen
menschenwürdig* | 0.9
existenzsichernd*
existenzlohn
living wage | 0.9
mindestlohn | 0.6
tariflohn | 0.9
tarifvertrag | 0.8
tariflich | 0.8
nach tarif | 0.8
gewerkschaft | 0.9
betriebsrat | 0.8
streik | 0.5
arbeitnehmerrechte
arbeiterrechte
arbeitsrechte
menschenrechte | 0.9
gerechtigkeit
*gerechtigkeit | 0.9
soziale gerechtigkeit
gerecht | 0.8
ungerecht | 0.5
ungerechtigkeit | 0.6
gleichberechtigung | 0.8
gleichbehandlung
gleiche rechte | 0.9
gleicher lohn
equal pay
equal pay day
gender pay gap | 0.9
pay gap | 0.8
lohnlücke | 0.9
chancengleichheit | 0.9
gegen ausbeutung
ausbeutung | 0.6
gegen kinderarbeit
kinderarbeit | 0.6
moderne sklaverei | 0.6
direkter handel | 0.8
direkt vom erzeuger | 0.7
direkt vom bauern | 0.6
fairer preis | 0.9
faire preise | 0.9
fair für alle | 0.9
solidarisch | 0.5
genossenschaft | 0.5
gemeinwohl | 0.9
gemeinwohlökonomie
sozialunternehmen | 0.9
social business | 0.8
b corp | 0.8
bcorp | 0.8
#bcorp | 0.8
unternehmensverantwortung | 0.8
verantwortung | 0.3
näherinnen | 0.7
textilarbeiter* | 0.7
rana plaza | 0.8
fashion revolution | 0.9
#whomademyclothes
who made my clothes
kaffeebauern | 0.6
kakaobauern | 0.7
fair behandelt | 0.9
auf augenhöhe | 0.7
gerechte verteilung | 0.9
umverteilung | 0.5
bezahltes praktikum | 0.9
faire chancen | 0.9
fair play | 0.6
fairplay | 0.6
antidiskriminierung | 0.9
sozialstandards | 0.9
grundeinkommen | 0.4
whistleblower | 0.5
fair entlohnt
gerecht entlohnt
faire entlohnung
angemessen bezahlt | 0.9
angemessene bezahlung | 0.9
gerechte löhne
gerechte bezahlung
lohngleichheit
entgeltgleichheit
lohntransparenz | 0.9
gleiches geld für gleiche arbeit
gleicher lohn für gleiche arbeit
gleiche chancen | 0.9
faire bedingungen | 0.9
faire partnerschaft | 0.9
langfristige partnerschaften | 0.7
direkthandel | 0.8
direct trade | 0.8
direkt von den produzenten | 0.7
kleinbauern | 0.7
ausbeutungsfrei
ohne ausbeutung
ohne kinderarbeit
frei von kinderarbeit
menschenwürde | 0.8
sichere arbeitsplätze | 0.8
sichere arbeitsbedingungen | 0.9
arbeitsschutz | 0.6
mitbestimmung | 0.8
tarifgebunden | 0.9
tarifbindung | 0.9
sozial verantwortlich | 0.8
soziale standards | 0.9
offene lieferkette | 0.9
nachvollziehbare lieferkette | 0.9
rückverfolgbare lieferkette | 0.9
gesamte lieferkette | 0.7
gerechter welthandel | 0.9
bildungsgerechtigkeit | 0.8

[value tradition]
tradition
tradition*
*tradition | 0.9
#tradition
traditionell | 0.9
brauchtum
#brauchtum
alter brauch
sitten und bräuche
überliefert | 0.9
überlieferung | 0.9
altes rezept
omas rezept | 0.9
nach omas rezept
familienrezept | 0.9
originalrezept | 0.7
wie früher | 0.8
wie bei oma | 0.9
seit generationen
über generationen | 0.9
generationen | 0.4
kulturerbe
weltkulturerbe | 0.7
immaterielles kulturerbe
heimat | 0.7
#heimat | 0.7
#heimatliebe | 0.8
heimatverbunden
heimatverein
heimatmuseum
heimatkunde | 0.8
heimatgeschichte
ortsgeschichte
stadtgeschichte | 0.9
chronik | 0.6
historisch | 0.6
historie | 0.6
denkmalschutz | 0.8
denkmal | 0.5
fachwerk | 0.7
fachwerkhaus | 0.8
tracht
trachten | 0.9
#tracht
dirndl | 0.9
lederhose | 0.9
trachtenverein
volkstanz
volksmusik | 0.9
volkslied
volksfest | 0.6
schützenfest | 0.9
schützenverein | 0.8
kirmes | 0.7
kirchweih | 0.9
kerwe | 0.9
maibaum
erntedank
erntedankfest
oktoberfest | 0.5
wiesn | 0.5
fasching | 0.8
fastnacht | 0.8
fasnet | 0.9
karneval | 0.7
rosenmontag | 0.7
osterfeuer | 0.9
osterbrunnen
sankt martin | 0.8
st. martin | 0.7
martinsumzug | 0.9
laternenumzug | 0.9
nikolaus | 0.5
krampus | 0.9
perchtenlauf
advent | 0.5
adventskranz | 0.7
christkindlmarkt | 0.8
weihnachtsmarkt | 0.5
plätzchen backen | 0.6
stollen | 0.5
bleigießen | 0.8
walpurgisnacht | 0.8
sonnwendfeuer
johannisfeuer | 0.9
almabtrieb
viehscheid
zunft | 0.9
zünfte | 0.9
gilde | 0.6
auf der walz
altes handwerk | 0.9
handwerkstradition
mundart
dialekt | 0.9
plattdeutsch
bairisch | 0.7
ahnen | 0.5
vorfahren | 0.9
ahnenforschung
familiengeschichte | 0.9
stammbaum | 0.7
erbstück | 0.9
geerbt | 0.5
nostalgie | 0.6
nostalgisch | 0.6
damals | 0.3
anno dazumal | 0.9
althergebracht
bewährt | 0.4
klassiker | 0.3
hausmannskost | 0.8
regionale küche | 0.8
regionale spezialität | 0.9
spezialität | 0.5
sonntagsbraten | 0.8
einkochen | 0.6
eingekocht | 0.6
einmachen | 0.6
reinheitsgebot | 0.9
verwurzelt | 0.9
wurzeln | 0.4
prozession | 0.8
wallfahrt | 0.8
fronleichnam | 0.7
gottesdienst | 0.4
rezepte unserer großmütter
rezepte von oma
rezepte unserer omas
nach großmutters rezept
wie zu großmutters zeiten | 0.9
wie zu omas zeiten | 0.9
wie damals | 0.8
in vierter generation | 0.9
in dritter generation | 0.9
in fünfter generation | 0.9
in zweiter generation | 0.8
über generationen weitergegeben
weitergegeben | 0.5
seit jahrzehnten | 0.5
jahrhundertealt | 0.9
jahrhundertelang | 0.7
altes wissen | 0.8
alte techniken | 0.8
alte handwerkstechniken
kulturelles erbe
erbe bewahren | 0.9
bewahren* | 0.4
unsere wurzeln | 0.8
zurück zu den wurzeln | 0.8
altbewährt | 0.8
altehrwürdig | 0.8
bodenständig | 0.7
urig | 0.6
regionaltypisch | 0.8
landestypisch | 0.6
hausrezept | 0.8
geheimrezept | 0.6
brauchtum* | 0.9
osterbrauch | 0.9
weihnachtsbrauch | 0.9
hochzeitsbrauch | 0.9
volksbrauch | 0.9
bräuche und traditionen
trachten* | 0.9
dirndl* | 0.9

[value humor]
humor
humorvoll
#humor
witzig | 0.9
#witzig | 0.9
witz | 0.9
witze | 0.9
flachwitz
#flachwitz
wortwitz
wortspiel
kalauer
lustig | 0.8
#lustig | 0.8
gelacht | 0.8
tränen gelacht
lachflash
lachkrampf
ich lach mich tot
zum totlachen
ich schmeiß mich weg
ich sterbe | 0.5
haha | 0.6
hahaha | 0.7
hihi | 0.4
lol | 0.4
spaß | 0.5
spass | 0.5
#spaß | 0.5
spaß muss sein
scherz | 0.8
scherzhaft | 0.8
aprilscherz | 0.9
prank | 0.5
comedy | 0.9
#comedy | 0.9
comedian | 0.8
kabarett | 0.9
satire | 0.8
satirisch | 0.8
parodie | 0.9
ironie | 0.5
selbstironie
selbstironisch
mit einem augenzwinkern
augenzwinkern | 0.8
meme | 0.9
memes | 0.9
#meme | 0.9
#memes | 0.9
fail | 0.6
#fail | 0.6
epic fail | 0.8
missgeschick | 0.6
running gag | 0.9
blödeln | 0.8
rumblödeln | 0.9
alberei | 0.8
quatsch machen | 0.8
schabernack | 0.9
sketch | 0.6
stand-up | 0.7
schmunzeln | 0.8
geschmunzelt | 0.8
zum schreien | 0.8
brüller | 0.9
urkomisch
saukomisch
spaßvogel | 0.9
witzbold | 0.9
galgenhumor | 0.9
schwarzer humor | 0.9
trockener humor | 0.9
grimasse | 0.5
upsi | 0.5
hoppla | 0.5
wer kennt's | 0.6
wer kennt es | 0.6
kennt ihr das | 0.5
relatable | 0.6
#pov | 0.4
situationskomik
lustige momente | 0.9
gute laune | 0.4
#gutelaune | 0.4
gaudi | 0.8
heiterkeit | 0.8
zum lachen | 0.8
lachen ist gesund | 0.8
blooper | 0.9
bloopers | 0.9
outtakes | 0.8
verkleidung | 0.3
kostüm | 0.3
menschen zum lachen bringen
zum lachen bringen
bringt zum lachen
bringen euch zum lachen
lachen* | 0.6
lacht | 0.6
lacher garantiert
nehmen uns nicht so ernst
nicht so ernst | 0.8
sich selbst nicht ernst
über uns selbst lachen
augenzwinkernd | 0.9
spaßig | 0.7
spaßfaktor | 0.6
komik | 0.8
humoristisch | 0.9
ulkig | 0.8
drollig | 0.7
albern* | 0.7
rumalbern | 0.8
herumalbern | 0.8
witzeln | 0.8
lachmuskel* | 0.9
pointe* | 0.9
improtheater | 0.8
impro-theater | 0.8
unterhaltsam | 0.6
funny | 0.7
humour | 0.9
just for fun | 0.6
spaßmacher | 0.8
clown | 0.6
quatschkopf | 0.7
streich gespielt | 0.7
streiche spielen | 0.7

[value ambition]
ehrgeiz
ehrgeizig
ambition* | 0.9
zielstrebig
zielstrebigkeit
ziele | 0.6
meine ziele | 0.9
ziel erreicht
ziele erreichen
ziele setzen | 0.9
jahresziel | 0.8
#ziele | 0.8
#goals | 0.6
goals | 0.5
erfolg | 0.9
erfolge | 0.8
erfolgreich | 0.8
#erfolg | 0.9
erfolgsgeschichte | 0.9
gewonnen | 0.9
gewinnen | 0.8
sieg | 0.9
*sieg | 0.9
gesiegt | 0.9
sieger | 0.8
siegerin | 0.8
erster platz
platz eins | 0.9
podium
podest | 0.9
aufs treppchen
treppchen | 0.8
medaille | 0.9
*medaille | 0.8
goldmedaille
meistertitel
meisterschaft | 0.7
pokal | 0.8
rekord
*rekord
neuer rekord
bestzeit
*bestzeit
persönliche bestzeit
bestleistung
persönliche bestleistung
personal best
durchbruch | 0.7
meilenstein | 0.9
geschafft | 0.6
hart gearbeitet | 0.9
harte arbeit | 0.9
arbeit zahlt sich aus
disziplin | 0.9
diszipliniert | 0.9
fleiß | 0.8
durchhalten | 0.7
durchgezogen | 0.8
dranbleiben | 0.8
grind | 0.9
#grind | 0.9
hustle | 0.9
#hustle | 0.9
grindset
#noexcuses | 0.8
no excuses | 0.8
mindset | 0.5
gewinnermentalität
siegeswille
höchstleistung
spitzenleistung
leistung | 0.5
karriere | 0.8
#karriere | 0.8
karriereschritt
karriereziel
beförderung
befördert
führungsposition | 0.9
gründer* | 0.6
gründerin | 0.6
gegründet | 0.5
startup | 0.5
unternehmer* | 0.7
#entrepreneur | 0.6
umsatz | 0.5
skalieren | 0.7
nächstes level | 0.8
next level | 0.7
aufstieg | 0.8
aufgestiegen | 0.9
qualifiziert | 0.6
qualifikation | 0.6
olympia | 0.7
wettkampf | 0.8
turnier | 0.6
finale | 0.5
champion | 0.9
weltmeister* | 0.9
europameister* | 0.9
deutscher meister | 0.9
ironman | 0.8
marathon | 0.5
zielzeit | 0.8
höher schneller weiter | 0.9
an die spitze | 0.9
nummer eins | 0.9
mit auszeichnung | 0.9
auszeichnung | 0.8
preis gewonnen
award | 0.8
nominiert | 0.7
durchstarten | 0.8
vollgas | 0.6
alles geben | 0.8
visionboard | 0.8
vision board | 0.8
produktivität | 0.6
selbstoptimierung | 0.8
grenzen sprengen | 0.9
über mich hinausgewachsen
erkämpft | 0.9
hart erkämpft
stolz | 0.4
motivation | 0.5
#motivation | 0.6
girlboss | 0.6
#girlboss | 0.6
#bosslady | 0.6
exzellenz | 0.8
weltklasse | 0.8
leistungssport* | 0.9
spitzensport* | 0.8
profisport | 0.7
marktführer | 0.7
weltmarktführer | 0.7
nummer 1 | 0.8
hinauswachsen | 0.9
hinausgewachsen | 0.9
leistungsorientiert | 0.9
leistungsbereit | 0.9
leistungsbereitschaft | 0.9
leistungsträger | 0.8
macher* | 0.5
die besten der besten | 0.8
siegermentalität
gewinnertyp | 0.8
kampfgeist | 0.9
willensstärke | 0.9
eiserner wille | 0.9
durchhaltevermögen | 0.9
zielorientiert | 0.9
ergebnisorientiert | 0.8
höchste ansprüche | 0.7
karriere* | 0.8
erfolgs* | 0.8
growth mindset | 0.8
führungskraft | 0.6
siebenstellig | 0.8
sechsstellig | 0.7
bestenliste | 0.7
pole position | 0.7
grenzen überwinden | 0.7
keine ausreden | 0.9
niemals aufgeben | 0.9
nie aufgeben | 0.9
gib niemals auf | 0.9
side hustle | 0.6

[value luxury]
luxus
luxus*
#luxus
luxuriös
luxury | 0.9
#luxury | 0.9
#luxurylifestyle
premium | 0.6
exklusiv | 0.8
#exklusiv | 0.8
exklusivität | 0.9
vip | 0.8
#vip | 0.8
vip-bereich | 0.9
vip-lounge | 0.9
first class | 0.9
#firstclass | 0.9
erste klasse | 0.7
business class | 0.8
businessclass | 0.8
privatjet | 0.9
private jet | 0.9
yacht | 0.9
*yacht | 0.9
jacht | 0.9
champagner | 0.8
#champagne | 0.8
schampus | 0.7
dom pérignon | 0.9
moët | 0.8
kaviar | 0.8
trüffel | 0.4
sterneküche | 0.8
sternerestaurant | 0.9
michelin | 0.6
fine dining | 0.8
fünf sterne | 0.9
5 sterne | 0.7
fünf-sterne-hotel
5-sterne-hotel
suite | 0.5
*suite | 0.6
penthouse | 0.9
villa | 0.5
infinity pool | 0.7
butler | 0.7
chauffeur | 0.8
limousine | 0.8
#designer | 0.6
designertasche | 0.9
designer-tasche | 0.9
designerstück | 0.8
haute couture | 0.9
couture | 0.6
maßanzug | 0.7
rolex | 0.9
#rolex | 0.9
patek philippe
audemars | 0.9
cartier | 0.9
gucci | 0.9
prada | 0.9
chanel | 0.9
hermès | 0.9
birkin | 0.9
louis vuitton
dior | 0.9
balenciaga | 0.8
versace | 0.8
bottega | 0.8
saint laurent | 0.8
tiffany | 0.6
porsche | 0.7
ferrari | 0.9
#ferrari | 0.9
lamborghini | 0.9
bentley | 0.9
rolls-royce
rolls royce
maybach | 0.9
aston martin | 0.8
mclaren | 0.8
sportwagen | 0.6
supersportwagen | 0.9
diamanten | 0.7
diamant | 0.7
kaschmir | 0.5
cashmere | 0.5
krokoleder | 0.7
limitierte edition | 0.7
limited edition | 0.6
high end | 0.8
high-end | 0.8
highend | 0.8
edel | 0.5
nobel | 0.5
glamour | 0.7
glamourös | 0.8
prestige | 0.8
statussymbol | 0.9
sündhaft teuer | 0.9
teuerste | 0.6
teuer | 0.4
upgrade | 0.4
roter teppich | 0.7
red carpet | 0.7
gala | 0.5
monaco | 0.7
monte carlo | 0.7
saint-tropez | 0.8
st. tropez | 0.8
courchevel | 0.8
dubai | 0.5
malediven | 0.5
privatclub | 0.8
members club | 0.7
country club | 0.6
concierge | 0.7
privatinsel
helikopter | 0.5
jetset | 0.9
#jetset | 0.9
jet-set | 0.9
high society | 0.9
millionär | 0.5
milliardär | 0.5
reichtum | 0.5
#richlife | 0.9
anspruchsvolle kunden
anspruchsvolle kundschaft
für anspruchsvolle | 0.8
anspruchsvoller geschmack | 0.9
für höchste ansprüche | 0.8
für kenner und genießer | 0.7
erlesen | 0.9
auserlesen | 0.9
exquisit | 0.9
eleganz | 0.7
elegant | 0.5
opulent | 0.8
nur auf einladung | 0.9
private shopping | 0.8
personal shopper | 0.8
premium* | 0.5
oberklasse | 0.7
haute joaillerie
haute horlogerie
gourmet | 0.6
gourmetrestaurant | 0.8
degustationsmenü | 0.8
grand cru | 0.8
auster* | 0.6
limitiert | 0.6
streng limitiert | 0.9
boutique-hotel | 0.6
boutiquehotel | 0.6
members only | 0.8
privatkoch | 0.9
privatchauffeur | 0.9
privatstrand | 0.8
privatpool | 0.8
gehobene küche | 0.8
gehobenes ambiente | 0.8
juwelen | 0.8
juwelier | 0.7
vom feinsten | 0.6
designer* | 0.5
bvlgari | 0.8

[value frugality]
sparsam
sparsamkeit
sparen | 0.9
#sparen
gespart | 0.9
geld sparen
geld gespart
euro gespart
spartipp
spartipps
#spartipps
#geldsparen
sparfuchs | 0.9
sparfüchse | 0.9
schnäppchen | 0.8
*schnäppchen | 0.7
schnäppchenjäger* | 0.9
im angebot | 0.6
sonderangebot | 0.6
reduziert | 0.4
runtergesetzt | 0.6
günstig | 0.6
preiswert | 0.8
billig | 0.4
spottbillig | 0.6
für wenig geld | 0.9
für kleines geld | 0.9
kostenlos | 0.4
umsonst | 0.4
gratis | 0.4
budget | 0.8
*budget | 0.6
haushaltsbuch
budgetplan
haushaltsbudget
monatsbudget | 0.9
umschlagmethode
cash stuffing | 0.9
sparchallenge
spar-challenge
no-buy
no buy challenge
kaufstopp
konsumverzicht
weniger konsum | 0.9
weniger kaufen | 0.9
bewusster konsum | 0.7
minimalismus
#minimalismus
minimalistisch | 0.9
minimalist | 0.9
minimalistin | 0.9
ausmisten | 0.6
ausgemistet | 0.6
weniger ist mehr | 0.9
#wenigeristmehr | 0.9
#lessismore | 0.8
einfach leben | 0.8
einfaches leben | 0.8
genügsam
bescheidenheit | 0.8
selbstgemacht | 0.5
selbst gemacht | 0.5
selber machen | 0.6
selbst gekocht | 0.5
meal prep | 0.5
vorkochen | 0.7
vorgekocht | 0.6
brotdose | 0.7
lunchbox | 0.6
essen mitgebracht | 0.6
resteessen | 0.8
resteküche | 0.8
reste verwerten | 0.8
einkaufsliste | 0.5
essensplan | 0.6
discounter | 0.5
aldi | 0.4
lidl | 0.4
eigenmarke | 0.6
no-name | 0.5
secondhand | 0.6
second hand | 0.6
gebraucht | 0.5
gebraucht gekauft | 0.9
flohmarkt | 0.6
kleinanzeigen | 0.6
vinted | 0.5
geliehen | 0.5
ausleihen | 0.6
hostel | 0.6
jugendherberge | 0.7
low budget | 0.9
lowbudget | 0.9
budgetreise
günstig reisen
sparpreis | 0.7
mitfahrgelegenheit | 0.6
trampen | 0.6
couchsurfing | 0.8
fixkosten | 0.6
kosten senken | 0.8
abos gekündigt | 0.8
abo gekündigt | 0.8
notgroschen
notfallfonds | 0.9
rücklagen | 0.8
sparquote
schuldenfrei
schulden abbezahlt
frugal
frugalismus
frugalist*
aufbrauchen | 0.8
aufgebraucht | 0.6
#aufgebraucht | 0.6
preisvergleich | 0.6
preise vergleichen | 0.6
coupons | 0.4
cashback | 0.4
geflickt | 0.4
repariert | 0.4
für jeden geldbeutel | 0.9
schont den geldbeutel | 0.9
geldbeutelschonend | 0.9
budgetfreundlich
kleines budget | 0.9
bezahlbar | 0.8
erschwinglich | 0.8
preis-leistung | 0.7
preis-leistungs-verhältnis | 0.7
ohne viel geld | 0.9
wenig geld | 0.7
kostengünstig | 0.7
kostensparend | 0.8
kosten sparen | 0.8
spart geld | 0.9
geld zu sparen
schnäppchen* | 0.8
sparpaket | 0.7
bewusst verzichten | 0.8
einfachheit* | 0.6
reduziert aufs wesentliche | 0.8
kapselgarderobe | 0.7
capsule wardrobe | 0.6
no spend | 0.9
haushaltskasse | 0.7
budgetieren | 0.8
budget planen | 0.8
sparschwein | 0.7
spardose | 0.6
gebrauchtkauf | 0.8
refurbished | 0.7
generalüberholt | 0.7
tauschen statt kaufen | 0.8
leihen statt kaufen | 0.8
selbst reparieren | 0.6
weniger besitzen | 0.9
günstige unterkunft | 0.8
mehrbettzimmer | 0.6
schlafsaal | 0.5
kostenloser eintritt | 0.6
bescheiden* | 0.7

# ---------------------------------------------------------------- contradictions

[against sustainability]
haul | 0.8
#haul | 0.8
mega haul
try-on haul
shein haul
shein | 0.8
#shein | 0.8
temu | 0.7
temu haul
primark haul
primark | 0.5
fast fashion | 0.6
wegwerfmode | 0.8
einmal getragen | 0.6
nur einmal getragen | 0.8
neuer diesel | 0.8
diesel | 0.4
neuer pickup | 0.8
pickup | 0.4
neuer suv | 0.8
suv | 0.4
v8 | 0.5
jetski
jet-ski
jet ski
quad fahren | 0.5
einweg* | 0.7
einweggrill | 0.8
plastikbecher | 0.5
plastiktüte | 0.5
wegwerf* | 0.6
weggeschmissen | 0.5
billigflieger | 0.8
billigflug | 0.8
inlandsflug | 0.8
kurzstreckenflug | 0.8
für ein wochenende nach | 0.6
mal eben nach | 0.5
wochenendtrip nach | 0.4
kurztrip nach | 0.4
privatjet | 0.9
private jet | 0.9
kreuzfahrt | 0.6
kreuzfahrtschiff | 0.6
jedes jahr ein neues | 0.7
shopping spree | 0.5
laubbläser | 0.6
heizpilz | 0.8
einwegvape | 0.7
elfbar | 0.5
kaffeekapseln | 0.4
feuerwerk | 0.3
böller | 0.3
spritschleuder | 0.7
vollgas auf der autobahn | 0.6

[against animal_welfare]
trophäenjagd
jagdtrophäe
großwildjagd
trophäe | 0.4
jagdreise | 0.9
jagdausflug | 0.8
erlegt | 0.8
abgeschossen | 0.5
treibjagd | 0.8
fuchsjagd
wildschwein erlegt
waidmannsheil | 0.4
pelz | 0.7
pelzmantel
echtpelz
nerz | 0.8
nerzmantel
fuchspelz
pelzkragen | 0.8
rodeo | 0.9
stierkampf
corrida
torero | 0.9
matador | 0.7
hahnenkampf
hundekampf
delfinshow | 0.9
delfinarium | 0.8
mit delfinen schwimmen | 0.8
elefantenreiten
auf elefanten reiten
elefant reiten | 0.9
tiger streicheln | 0.9
selfie mit tiger | 0.8
löwenbabys streicheln | 0.9
zirkus mit tieren | 0.9
krokoleder | 0.8
schlangenleder | 0.8
exotenleder | 0.8
stopfleber
foie gras
gänsestopfleber
welpe gekauft | 0.5
billigwelpe | 0.6
vom vermehrer | 0.7

[against wellbeing]
crash diät
crashdiät
crash diet
blitzdiät
hungerkur
nulldiät
500 kalorien | 0.7
abnehmpillen | 0.9
fatburner | 0.7
detox-tee | 0.6
detox tee | 0.6
entwässerungstabletten | 0.9
energydrink | 0.9
energy drink | 0.9
energy zum frühstück
monster energy | 0.7
red bull | 0.4
nacht durchgemacht
durchgemacht | 0.7
durchgefeiert | 0.6
all-nighter | 0.9
allnighter | 0.9
null schlaf | 0.9
zwei stunden schlaf | 0.7
schlaf ist für schwache
schlafen wenn ich tot
vape | 0.8
vapen | 0.8
#vape | 0.8
einweg-vape | 0.9
elfbar | 0.8
kippe | 0.5
komasaufen
saufen | 0.7
besoffen | 0.6
vorglühen | 0.6
filmriss | 0.7
frühstück ausfallen lassen | 0.5
durchgearbeitet | 0.5
wochenende durchgearbeitet | 0.8
80-stunden-woche | 0.8
thinspo
#thinspo
pro ana
übertraining | 0.5

[against kindness]
idiot | 0.9
idioten | 0.9
vollidiot
loser* | 0.8
versager | 0.8
du opfer
opfer | 0.4
lappen | 0.3
arschloch | 0.8
penner* | 0.6
wichser | 0.9
hurensohn
halt die fresse
halt's maul
halts maul
fresse halten
heul doch
heul leise
cry about it | 0.9
mimimi | 0.8
schneeflöckchen | 0.6
auslachen | 0.6
ausgelacht | 0.6
bloßstellen | 0.8
bloßgestellt | 0.7
fertigmachen | 0.8
fertiggemacht | 0.7
roast | 0.4
gedisst | 0.6
dissen | 0.6
ragebait | 0.9
rage bait | 0.9
rage | 0.5
ausgerastet | 0.4
dumm | 0.4
dumme | 0.5
hässlich | 0.4
verpiss dich
geh sterben
abschaum
gesindel | 0.9
asozial | 0.6
assi | 0.7
assis | 0.7
selber schuld | 0.6

[against frugality]
shopping spree | 0.9
kaufrausch
shoppingwahn | 0.9
shoppingtour | 0.5
gönn dir | 0.8
#gönndir | 0.8
gönnung | 0.8
treat yourself | 0.9
#treatyourself | 0.9
man lebt nur einmal | 0.7
yolo | 0.6
#yolo | 0.6
sparen ist für loser
sparen ist für verlierer
verprasst | 0.7
verprassen | 0.7
geld verbrennen | 0.7
geld rausgehauen | 0.9
rausgehauen | 0.7
auf den kopf gehauen | 0.8
spontankauf | 0.8
impulskauf | 0.8
frustkauf | 0.7
haul | 0.6
mega haul | 0.9
alles gekauft | 0.6
egal was es kostet | 0.9
koste was es wolle | 0.8
geld spielt keine rolle
auf pump | 0.7
ratenkauf | 0.6
karte glüht | 0.8
kreditkarte glüht | 0.9
shoppen bis zum umfallen | 0.8
vorbestellt | 0.3
must-have | 0.5
must have | 0.5
musthave | 0.5
sale-ausbeute | 0.6
#blackfriday | 0.4
black friday | 0.4
neuestes modell | 0.4

[against honesty]
nie ausprobiert aber
noch nicht getestet aber | 0.9
noch nie benutzt | 0.5
keine werbung | 0.8
#keinewerbung | 0.8
ist keine werbung | 0.8
nicht gesponsert | 0.7
besessen von | 0.5
obsessed | 0.5
bestes produkt der welt | 0.8
das beste produkt | 0.6
ihr müsst das haben | 0.7
ihr braucht das | 0.6
muss man haben | 0.6
hat mein leben verändert | 0.5
wirkt sofort | 0.6
wundermittel | 0.7
garantiert abnehmen | 0.9
in nur 7 tagen | 0.7
über nacht | 0.3
facetune | 0.6
retuschiert | 0.5
gekaufte follower | 0.9
follower kaufen | 0.9
fake-bewertung | 0.9
fake bewertungen | 0.9
fake reviews | 0.9
schnell bevor es weg | 0.6
nur noch heute | 0.5
holy grail | 0.4

[against inclusivity]
dicke sollten
dicke menschen sollten
fette menschen | 0.9
die fetten | 0.8
zu fett für | 0.9
zu dick für | 0.7
fettlogik | 0.7
alte menschen sollten
alte leute sollten
die alten sollten | 0.8
rentner sollten | 0.8
zu alt für | 0.5
ok boomer | 0.7
behinderte sollten
frauen gehören
frauen am steuer | 0.9
typisch frau | 0.8
typisch ausländer
ausländer raus
die ausländer | 0.6
genderwahn
gender-wahn
gendergaga
gender-gaga
regenbogen-ideologie | 0.9
normale menschen | 0.5
normale leute | 0.5
hässliche menschen | 0.8
geh doch zurück | 0.9
überfremdung
umvolkung
remigration | 0.9

[against fairness]
billigste arbeitskraft
billigste arbeitskräfte
billige arbeitskräfte
billiglohn | 0.8
billiglohnland | 0.9
billiglöhne | 0.8
für fast nichts | 0.6
fast nichts bezahlt | 0.9
unbezahltes praktikum | 0.9
unbezahlte praktikanten
praktikanten umsonst | 0.9
umsonst arbeiten lassen | 0.9
für lau | 0.6
unter mindestlohn | 0.9
schwarzarbeit | 0.8
schwarz bezahlt | 0.8
lohn gedrückt | 0.9
löhne drücken | 0.9
hauptsache billig
hauptsache günstig | 0.8
egal wer das näht | 0.9
egal woher | 0.5
scheinselbstständig* | 0.8
unbezahlte überstunden | 0.9
überstunden unbezahlt | 0.9
betriebsrat verhindert
union busting
trinkgeld gespart | 0.7
runtergehandelt | 0.5
sklavenarbeit | 0.5
shein | 0.4
temu | 0.4

# ---------------------------------------------------------------- topics

[topic cycling]
fahrrad
fahrrad*
*fahrrad
fahrräder
rad | 0.5
radl | 0.7
velo | 0.7
velofahren
veloweg
radfahren
radfahrer*
rad fahren
radeln
geradelt
radler | 0.4
radtour
*radtour
radreise
radweg*
*radweg | 0.8
radsport
#radsport
rennrad
*rennrad
#rennrad
gravel | 0.8
gravelbike
#gravelbike
graveln
*bike | 0.7
mountainbike
mtb
e-bike
ebike
pedelec
lastenrad
*lastenrad
tourenrad
trekkingrad
klapprad
bmx
singlespeed
sattel | 0.7
lenker | 0.5
lenkerband
kettenblatt
ritzel
fahrradkette
schaltung | 0.5
schaltwerk
pedale | 0.8
klickpedale
scheibenbremse | 0.6
felge | 0.6
laufräder | 0.6
schlauch | 0.3
tubeless
schlauchlos
reifendruck | 0.5
platten | 0.3
fahrradhelm
helm | 0.4
radhose
radtrikot
klickschuhe
strava | 0.6
höhenmeter | 0.5
trittfrequenz
watt | 0.3
peloton | 0.5
tour de france
etappe | 0.4
anstieg | 0.3
windschatten | 0.7
gruppenfahrt | 0.7
ausfahrt | 0.3
radmarathon
critical mass | 0.8
radentscheid
fahrradstadt
fahrradstraße
radschnellweg
radverkehr
bikepark
singletrail
trail | 0.4
downhill | 0.5
cyclocross
#fahrradliebe
#radfahren
#bikelife
#cycling
cycling | 0.8
bikepacking
radurlaub
radwander*
radsport*
rennrad*
mountainbik*
ebike*
pedelec*
lastenrad*
gravel*
bike* | 0.7
radhelm
bügelschloss | 0.8
schutzblech | 0.8
gepäckträger | 0.6
packtasche | 0.7
lenkertasche | 0.9
rahmentasche | 0.9
satteltasche | 0.7
radbekleidung | 0.9
radkleidung | 0.9
radschuhe | 0.9
radbrille | 0.8
rollentrainer | 0.9
smarttrainer | 0.8
zwift | 0.8
wahoo | 0.7
kettenöl | 0.8
schaltauge | 0.9
federgabel | 0.9
radwerkstatt | 0.9
mit dem rad | 0.8
radtraining | 0.9
radrenn* | 0.9
zeitfahren | 0.6
gran fondo | 0.9
granfondo | 0.9
jedermannrennen | 0.8
velotour | 0.9
speichen* | 0.7
umwerfer*
fixie bike
fixed gear

[topic food]
rezept
rezept*
*rezept
#rezept
kochen
gekocht
#kochen
backen
gebacken
#backen
kuchen
*kuchen
brot | 0.8
*brot | 0.6
brötchen
sauerteig
teig | 0.8
hefe | 0.7
mehl | 0.7
ofen | 0.6
backofen
pfanne | 0.7
suppe
*suppe
eintopf
salat
*salat
soße
sauce
dressing | 0.6
gewürze
kräuter | 0.4
knoblauch
zwiebeln
gemüse | 0.6
nudeln
pasta
pizza
risotto
curry
auflauf
*auflauf
schnitzel
grillen
gegrillt
bbq
frühstück | 0.5
mittagessen | 0.5
abendessen | 0.5
brunch
snack | 0.6
dessert
nachtisch
torte
plätzchen
kekse
marmelade
fermentieren
kimchi
lecker | 0.8
#lecker
köstlich | 0.7
schmeckt | 0.7
geschmack | 0.6
zutaten
zubereitung
esslöffel
teelöffel
prise salz
butter | 0.6
sahne
käse | 0.6
eier | 0.5
#foodblogger
#foodporn
#essen
#foodie
foodie
food | 0.6
restaurant | 0.5
kochbuch
abschmecken
anbraten
köcheln
vorheizen
umluft
unterhitze
backzeit
garzeit
mealprep | 0.6
meal prep | 0.6
bowl | 0.5
smoothie | 0.6
streetfood
döner | 0.6
currywurst
spätzle
knödel
vegan | 0.4
vegetarisch | 0.5
pasta*
nudel*
kartoffel* | 0.9
hähnchen* | 0.9
lachs* | 0.8
ofen* | 0.7
gemüse* | 0.8
frühstück* | 0.6
schoko* | 0.7
*soße | 0.8
*sauce | 0.8
*pfanne | 0.8
lieblingsgericht | 0.8
hauptgericht | 0.8
hauptspeise | 0.8
vorspeise | 0.8
nachspeise | 0.9
beilage | 0.7
brühe | 0.8
müsli | 0.9
porridge | 0.9
haferflocken | 0.8
overnight oats | 0.9
granola | 0.8
aufstrich | 0.8
hummus | 0.9
falafel | 0.9
tofu | 0.8
tempeh | 0.8
kichererbsen | 0.9
rote linsen | 0.8
linsensuppe
linsencurry
quinoa | 0.8
couscous | 0.9
bulgur | 0.9
basmatireis | 0.9
jasminreis | 0.9
milchreis | 0.9
gebratener reis | 0.9
reisnudeln | 0.9
steak | 0.8
brownies | 0.9
muffins | 0.9
waffeln | 0.8
zimtschnecken | 0.9
hefezopf | 0.9
sahnetorte | 0.9
geburtstagstorte | 0.9
hochzeitstorte | 0.8
obsttorte | 0.9
thermomix | 0.9
airfryer | 0.9
heißluftfritteuse | 0.9
schnellkochtopf | 0.9
küchenmaschine | 0.7
kochbox | 0.8
kochkurs | 0.8
backkurs | 0.8
foodtruck | 0.8
imbiss | 0.7
konditorei | 0.7
pizzeria | 0.7
espresso | 0.6
cheeseburger | 0.9
veggie-burger | 0.9
smash burger | 0.9
burger und pommes | 0.9
pommes | 0.8

[topic fashion]
mode | 0.6
modisch
fashion
#fashion
#mode
outfit
*outfit
#outfit
ootd
#ootd
#outfitinspo
look | 0.4
style | 0.6
#style | 0.6
styling
gestylt
kleid
*kleid
kleider
jeans
hose | 0.7
jacke
*jacke
mantel
*mantel
pullover
pulli
strickjacke
hemd
bluse
blazer
anzug | 0.7
sneaker
sneakers
schuhe | 0.7
stiefel
heels
sandalen
handtasche
tasche | 0.4
accessoires
schmuck | 0.5
ohrringe
gürtel
mütze
sonnenbrille
kleiderschrank
garderobe | 0.4
capsule wardrobe
streetwear
streetstyle
#streetstyle
vintage | 0.4
trend | 0.5
trends | 0.5
modetrend
trendfarbe
kollektion
lookbook
laufsteg
fashion week
fashionweek
modenschau
stoff | 0.5
baumwolle
denim
passform
fällt klein aus
fällt groß aus
anprobe
anprobiert
try on
try-on
kombinieren | 0.6
kombiniert | 0.6
layering
oversized
#styleinspo
#modeblogger
modeblog*
haul | 0.5
nachhaltige mode
faire mode
neue mode | 0.8
kleidung | 0.8
*kleidung | 0.7
klamotten | 0.9
sneaker*
turnschuhe
*schuhe | 0.6
loafer | 0.9
ballerinas | 0.9
espadrilles | 0.9
schmuckstück | 0.6
halskette
creolen
ohrstecker
armband | 0.8
modeschmuck
goldschmuck | 0.9
silberschmuck | 0.9
jewelry | 0.8
jewellery | 0.8
minirock
faltenrock
jeansrock
shirt | 0.8
*shirt | 0.8
hoodie
cardigan
trenchcoat
parka | 0.9
*pullover
*pulli
umhängetasche | 0.9
clutch | 0.9
modemarke
modelabel
modedesign*
modebewusst
modebranche | 0.9
modeindustrie | 0.9
modewelt
damenmode
herrenmode
kindermode
bademode
umstandsmode
trachtenmode
stylist* | 0.9
jogginghose
strumpfhose
badehose
stoffhose
cargohose
schlaghose
anzughose
leinenhose
leinenkleid
leinenhemd
wollschal
strickschal
seidenschal
halstuch
chelsea boots
ankle boots
combat boots

[topic beauty]
beauty
#beauty
makeup
make-up
#makeup
schminke
schminken
geschminkt
lippenstift
*lippenstift
mascara
wimpern
wimperntusche
lidschatten
eyeliner
foundation
concealer
puder
rouge
blush
highlighter
contouring
augenbrauen
nagellack
nägel | 0.6
maniküre
pediküre
nageldesign
hautpflege*
#hautpflege
skincare
#skincare
gesichtspflege
serum
*serum
creme | 0.7
*creme | 0.5
feuchtigkeitscreme
sonnencreme
lsf
spf
gesichtsmaske
tuchmaske
peeling
gesichtsreinigung
retinol
hyaluron*
niacinamid
vitamin c
pickel
unreinheiten
akne
mischhaut
trockene haut
fettige haut
hauttyp
poren
falten | 0.4
anti-aging
glow | 0.5
haarpflege*
haarschnitt
haarfarbe
friseur
frisör
frisur
föhnen
lockenstab
glätteisen
shampoo
spülung | 0.4
haarmaske
parfum
parfüm
duft | 0.6
get ready with me
grwm
#grwm
drogerie
rossmann | 0.6
douglas | 0.6
kosmetik
naturkosmetik
#naturkosmetik
swatches
dupe | 0.7
pflegeroutine
skincare routine
beauty routine
beauty*
makeup*
kosmetik*
*kosmetik
schmink*
wimpern*
augenbrauen*
lippen* | 0.8
parfüm*
skincare*
gelnägel
nagelstudio
nagelpflege
gesichtsöl
hautbild | 0.9
empfindliche haut | 0.9
sensible haut | 0.9
reife haut | 0.8
duschgel | 0.8
bodylotion | 0.9
körperpflege | 0.9
deo | 0.7
deodorant | 0.7
bartpflege | 0.9
bartöl | 0.9
haaröl | 0.9
haare | 0.6
trockenshampoo
*shampoo
conditioner | 0.9
haarspray | 0.9
haarkur | 0.9
selbstbräuner
lidstrich
bronzer*
setting spray | 0.9
friseursalon
barbershop | 0.9
sonnenschutz | 0.7
toner*
locken* | 0.6
brow lamination
augenbrauenstift

[topic parenting]
eltern | 0.8
elternschaft
#elternsein
erziehung
kind | 0.5
*kind | 0.5
kinder | 0.6
*kinder | 0.5
baby
*baby | 0.8
säugling
neugeboren*
kleinkind
#kleinkind
schwangerschaft
schwanger
geburt | 0.7
wochenbett
hebamme
stillzeit
fläschchen
beikost
breifrei
brei | 0.5
windel*
stoffwindel
schnuller
kinderwagen
tragetuch
babytrage
buggy
kinderzimmer
spielzeug
kita
kindergarten
tagesmutter
eingewöhnung
grundschule
hausaufgaben
elternabend
einschulung
trotzphase
autonomiephase
wutanfall | 0.4
durchschlafen
einschlafbegleitung
familienbett
schreibaby
u-untersuchung
kinderarzt
kinderärztin
elternzeit
mutterschutz
mama | 0.5
papa | 0.5
mamablog
papablog
#mamablog
#mamaleben
#papaleben
momlife
#momlife
bedürfnisorientiert
gentle parenting
attachment parenting
babyschwimmen
pekip
krabbelgruppe
spielgruppe
kindergeburtstag
geschwisterchen
töpfchen
trocken werden
laufrad | 0.4
kinder* | 0.6
baby* | 0.9
eltern* | 0.8
kita*
schulkind | 0.9
schulstart | 0.9
schulranzen
pausenbrot | 0.8
stillberatung
stillkissen
stillen* | 0.6
milchpumpe
muttermilch
wickeltisch
wickeltasche
wickel* | 0.8
reboarder
spielzeug* | 0.9
holzspielzeug | 0.9
montessori
waldkindergarten
familienalltag | 0.8
mama-alltag | 0.9
pubertät | 0.8
teenager | 0.6
bilderbuch | 0.8
vorlesebuch | 0.9
geburtsvorbereitung
geburtsbericht
schwangerschafts*
ssw | 0.9
erziehungs* | 0.9
zwillingsmama
zahnt | 0.8
zahnungs*

[topic tech]
technik
#technik
tech
#tech
smartphone
*phone | 0.6
iphone
android
handy | 0.7
*handy | 0.6
laptop
notebook | 0.5
macbook
computer
rechner | 0.4
tablet
ipad
smartwatch
kopfhörer
earbuds
airpods
app | 0.4
apps | 0.5
software
hardware
update | 0.5
*update | 0.5
akku | 0.6
akkulaufzeit
ladegerät
usb-c
bluetooth
wlan
prozessor
grafikkarte
speicherplatz
ssd
festplatte
display | 0.6
bildschirm | 0.6
monitor | 0.6
tastatur
künstliche intelligenz
chatgpt
ki-tool
ki-tools
programmieren
programmiert
coding
python | 0.6
javascript
entwickler*
developer
open source
linux
betriebssystem
macos
gadget
gadgets
#gadgets
unboxing | 0.5
smart home
smarthome
sprachassistent
drohne
vr-brille
3d-drucker
raspberry pi
arduino
elektronik
digitalisierung | 0.5
cloud | 0.5
datenschutz | 0.5
passwort
cybersecurity
firmware
benchmark
prozessorleistung
kamera | 0.4
pixel | 0.4
samsung | 0.7
apple | 0.5
handy* | 0.7
laptop*
software*
programmier*
wearable* | 0.8
fitnesstracker | 0.6
e-reader | 0.7
kindle | 0.6
ladekabel | 0.9
powerbank | 0.9
usb* | 0.9
hdmi | 0.9
lautsprecher | 0.6
soundbar | 0.7
noise cancelling | 0.9
ki | 0.6
machine learning | 0.9
algorithmus | 0.7
chatbot | 0.9
sprachmodell | 0.9
llm | 0.8
prompt | 0.6
webentwicklung
webdesign | 0.8
website | 0.6
coding bootcamp
informatik | 0.9
github | 0.9
backend | 0.9
frontend | 0.9
techie | 0.9
unterhaltungselektronik | 0.9
virtual reality | 0.9
augmented reality | 0.9
verschlüsselung | 0.8
vpn | 0.9
passwort*
journaling-app | 0.8
nvidia | 0.9
router*

[topic fitness]
fitness
#fitness
fitnessstudio
gym
#gym
training | 0.7
*training | 0.7
trainieren
trainiert
workout
*workout
#workout
krafttraining
muskelaufbau
muskeln
muskel*
hanteln
kurzhantel
langhantel
kettlebell
kniebeugen
squats
kreuzheben
deadlift
bankdrücken
klimmzüge
liegestütze
push-ups
plank
sit-ups
bauchmuskeln
sixpack
cardio
hiit
joggen
laufen | 0.6
lauftraining
halbmarathon
marathon
intervalltraining
wiederholungen | 0.6
reps | 0.6
protein | 0.6
proteinshake
whey
kreatin
creatin
makros
kaloriendefizit
bulking
gains
#gains
leg day
#legday
beintag
pilates
yoga | 0.5
crossfit
functional training
personal trainer
personaltrainer
mobility
aufwärmen
muskelkater
trainingsplan
ganzkörpertraining
ausdauer
kraftsport
bodybuilding
calisthenics
#fitnessmotivation
#fitfam
schwitzen | 0.5
sport | 0.5
sportlich | 0.4
hyrox
spinning | 0.5
rudergerät
laufband
stepper
fitness*
trainings*
hantel*
kraftraum | 0.9
bootcamp | 0.5
laufschuhe | 0.8
laufrunde | 0.9
joggingrunde | 0.9
läufer* | 0.8
sportuhr | 0.8
pulsuhr | 0.8
herzfrequenz | 0.6
vo2max | 0.9
körperfett* | 0.7
fettverbrennung | 0.7
eiweiß | 0.6
protein* | 0.7
proteinriegel | 0.8
supplements | 0.6
bizeps | 0.9
trizeps | 0.9
burpees
ausfallschritte
lunges* | 0.9
faszien* | 0.8
blackroll | 0.8
widerstandsband | 0.9
triathlon | 0.9
kickboxen | 0.9
kampfsport | 0.8
bouldern | 0.7
boulderhalle | 0.8
kletterhalle | 0.7
sportler | 0.6

[topic travel]
gereist
#reisen
urlaub
*urlaub
urlaubs*
#urlaub
verreisen
verreist
trip | 0.8
*trip | 0.7
roadtrip
städtetrip
kurztrip
wochenendtrip
ausflug | 0.6
flug | 0.6
flughafen
fliegen | 0.4
boarding
koffer
gepäck
handgepäck
hotel
*hotel
unterkunft
ferienwohnung
airbnb
hostel
campingplatz
camping | 0.6
strand
*strand
meer | 0.6
küste
insel | 0.6
sightseeing
sehenswürdigkeit*
reiseziel
reiseführer
reisetipp*
reiseblog*
#travel
travel | 0.7
#travelgram
#fernweh
fernweh
wanderlust
reiselust
#reiselust
weltreise
backpacking
interrail
zugreise
bahnreise
nachtzug
kreuzfahrt
reisebericht
reiseroute
visum
reisepass
jetlag
zeitverschiebung
einheimische | 0.5
stadtrundgang
mietwagen
all inclusive
pauschalreise
last minute
lastminute
urlaubsfeeling
digitaler nomade
digital nomad
mallorca | 0.6
italien | 0.4
spanien | 0.4
kroatien | 0.5
griechenland | 0.5
portugal | 0.4
thailand | 0.5
bali | 0.5
norwegen | 0.4
postkarte | 0.4
reise*
ferien* | 0.8
hotel* | 0.9
camping* | 0.7
camper* | 0.7
wohnmobil*
wohnwagen | 0.8
zeltplatz | 0.9
rucksack | 0.6
backpack | 0.6
städtereise
rundreise
fernreise
gruppenreise | 0.9
sprachreise | 0.8
anreise | 0.7
rückreise | 0.8
heimreise | 0.7
bahnfahrt | 0.6
zugfahrt | 0.6
gästehaus | 0.6
packliste | 0.8
auslandsaufenthalt | 0.7
work and travel | 0.9
welterbe | 0.6
altstadt | 0.5
aussichtspunkt | 0.6
bucket list | 0.5
mit der fähre
fährhafen
fährverbindung
flugzeug* | 0.7
flugreise | 0.8
flugticket* | 0.8
fluggesellschaft | 0.7
flugbegleiter* | 0.6

[topic finance]
finanzen
#finanzen
finanz*
geld | 0.5
sparplan
etf
etfs
#etf
aktien
*aktien
#aktien
aktie
*aktie
depot
*depot
börse
dividende
dividenden
rendite
zinsen
zinseszins
tagesgeld
festgeld
girokonto
*konto | 0.6
broker
neobroker
trade republic
scalable capital
investieren
investiert
investment
investor
anleger
geldanlage
#geldanlage
vermögen | 0.6
vermögensaufbau
altersvorsorge
rente | 0.6
rentenlücke
riester
bausparvertrag
versicherung | 0.5
steuererklärung
steuern | 0.5
steuer* | 0.5
inflation
krypto
kryptowährung
bitcoin
ethereum
portfolio | 0.7
diversifikation
msci world
all-world
dax
finanzielle freiheit
passives einkommen
passive income
nebeneinkommen
immobilie
immobilien
eigentumswohnung | 0.6
kredit | 0.6
baufinanzierung
schulden | 0.6
haushaltsbuch | 0.5
budget | 0.5
netto | 0.5
brutto | 0.5
einnahmen | 0.5
ausgaben | 0.5
#finanziellebildung
finanzbildung
#personalfinance
cashflow
anleihen
edelmetalle
notgroschen | 0.5
sparquote | 0.6
frugalismus | 0.4
invest* | 0.8
*fonds | 0.8
indexfonds
börsen* | 0.9
vermögens* | 0.8
*versicherung | 0.6
krypto*
*kredit | 0.7
renten* | 0.6
altersrente | 0.6
betriebsrente | 0.6
frührente | 0.6
leitzins
sparzins | 0.8
sparkonto | 0.9
sparrate | 0.9
kontoauszug | 0.7
geld* | 0.6
geldtipps | 0.9
banking | 0.7
onlinebanking | 0.8
neobank | 0.9
kreditkarte | 0.6
gehalts* | 0.7
mein gehalt | 0.6
monatsgehalt | 0.7
nettogehalt | 0.7
bruttogehalt | 0.7
jahresgehalt | 0.7
einstiegsgehalt | 0.7
side hustle | 0.5

[topic gaming]
gaming
#gaming
gamer
gamerin
#gamer
zocken
#zocken
gezockt
zocker
game | 0.7
games | 0.7
*game | 0.6
videospiel
videospiele
computerspiel*
konsolenspiel*
konsole
playstation
ps5
ps4
xbox
nintendo
nintendo switch
steam | 0.6
twitch
#twitch
stream | 0.5
streamer
streamen
livestream | 0.5
letsplay
#letsplay
fortnite
minecraft
league of legends
valorant
call of duty
zelda
pokémon
mario kart
elden ring
gta
rpg
mmo
shooter | 0.6
koop | 0.5
multiplayer
singleplayer
controller
gamepad
headset | 0.5
gaming-pc
gaming pc
grafikkarte
fps | 0.6
leveln
bossfight
endboss
quest | 0.6
loot
speedrun
esports
e-sport
esport
ranked
noob
respawn
achievement
retrogaming
retro gaming
pixelart
indie game
indiegame
savegame
dlc
early access
brettspiel | 0.5
brettspiele | 0.5
tabletop
pen and paper
dungeons and dragons
#pcgaming
#videogames
gaming*
esport*
e-sport-team
konsolen*
zock*
let's play
lets play
gameplay
playthrough
walkthrough | 0.9
twitch*
discord | 0.6
clan | 0.6
level up | 0.7
xp | 0.6
skins* | 0.6
lootbox | 0.9
battle pass | 0.9
battle royale
open world | 0.9
rollenspiel | 0.7
strategiespiel
spielekonsole
spieleentwickler
spieleabend | 0.6
animal crossing
counter-strike
overwatch
world of warcraft
genshin
roblox
steam deck
gamescom
gamedev
progamer
pro gamer

[topic home]
zuhause | 0.5
wohnung | 0.6
*wohnung | 0.5
einrichtung | 0.6
einrichten
eingerichtet
interior
#interior
#interiordesign
#homedecor
wohnzimmer
schlafzimmer
küche | 0.4
badezimmer
*zimmer | 0.5
deko
*deko
dekorieren
dekoration
möbel
*möbel
sofa
couch | 0.6
regal
kommode
esstisch
teppich
vorhänge
gardinen
lampe
kissen | 0.5
zimmerpflanze*
*pflanze | 0.5
pflanzen | 0.5
garten
*garten
#garten
gärtnern
hochbeet
#hochbeet
*beet
beet
gemüsegarten
rasen | 0.5
balkon
terrasse
gießen | 0.5
aussaat
säen
ernte | 0.4
unkraut
heimwerken
heimwerker
renovieren
renoviert
renovierung
streichen | 0.5
gestrichen | 0.4
tapezieren
tapete
wandfarbe
bohrmaschine
akkuschrauber
werkzeug
baumarkt
fliesen
laminat
parkett
umbau
altbau
neubau
umzug | 0.6
umgezogen
putzen
aufräumen
ordnung | 0.4
hygge
gemütlich | 0.4
wohnidee*
#zuhause
#wohnen
wohnen | 0.6
schrank | 0.6
hausbau
eigenheim
schrebergarten
kleingarten
gartenhaus
gewächshaus
selbst gebaut | 0.5
reinigung* | 0.8
*reiniger | 0.9
allzweckreiniger
waschmittel
spülmittel
weichspüler
putzmittel
putzroutine
putztipps
putzplan
*putz | 0.9
staubsauger*
saugroboter
wischmopp
wäsche | 0.5
wäsche waschen | 0.9
waschmaschine | 0.9
geschirrspüler | 0.9
spülmaschine | 0.9
haushalt | 0.7
haushaltstipps
haushaltsroutine
haushaltsgeräte | 0.8
haushaltsführung | 0.8
einrichtungs* | 0.9
interior*
deko* | 0.9
möbel*
ikea | 0.8
ikea hack
garten*
balkon* | 0.9
urban jungle | 0.9
monstera | 0.9
diy-projekt | 0.6
heimwerker*
werkzeug* | 0.9
wand streichen
tapezier*
renovier*
sanier* | 0.8
umbau*
badsanierung
schreibtisch | 0.6
homeoffice | 0.4
wohnaccessoires
wohnstil | 0.9
wohntrend* | 0.9
wohnkultur | 0.9
wohnraum | 0.5

[topic pets]
haustier
haustiere
*haustier
hund
*hund
hunde
*hunde
hündin
welpe
*welpe
welpen
katze
*katze
katzen
*katzen
kater | 0.5
kätzchen
kitten
kaninchen
meerschweinchen
hamster
wellensittich
papagei
aquarium
pferd
pony
gassi
gassirunde
hundeschule
hundetraining
leine | 0.5
leinenführigkeit
leckerli
leckerlis
hundefutter
katzenfutter
*futter | 0.5
barf
napf
kratzbaum
katzenklo
katzenstreu
tierarzt
tierärztin
entwurmung
zecken
fellpflege
fellnase
fellnasen
samtpfote
vierbeiner
fellkind
schnurren
miau
wuff
#hund
#hundeliebe
#hundeleben
hundeleben
#dogsofinstagram
#catsofinstagram
#katzen
#katzenliebe
tierheim | 0.5
adoptiert | 0.4
dackel
mops
labrador
golden retriever
französische bulldogge
maine coon
hundebett
hundestrand
hundefreundlich
*leckerli
hundesnack
hundekeks
kauartikel
kausnack
katzen*
welpen*
tierarzt* | 0.9
tierbedarf
zoohandlung | 0.9
fressnapf | 0.9
hundehalter*
hundeerziehung
hundespielzeug
hundeleine
hundesitter
hundetrainer*
hundepension
hundeausbildung
hundesport
hundewiese
hundephysio*
hundegeschirr
schleppleine
halsband | 0.8
gassi*
reiten | 0.6
reitstall | 0.9
terrarium | 0.8
bartagame
schildkröte | 0.7
frauchen | 0.9
herrchen | 0.9
fellbaby
flohmittel | 0.9
zeckenschutz | 0.9
wurmkur | 0.9
tierversicherung | 0.9
pferdestall
pferdesport | 0.9
pferdepflege
pferdehof
pferdebesitzer*
