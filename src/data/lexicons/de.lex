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
# pass 3
nimmer*

[privative]
# "without"-words: a contradiction after them shows the value ("without plastic");
# a value word after them still shows the value ("sin crueldad animal").
ohne
statt
anstatt

[mockery]
lol
lächerlich*
jaja
ja ja
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
# pass 3
so ein quatsch
was für ein quatsch
alles quatsch
totaler quatsch
kompletter quatsch
völliger quatsch
so ein blödsinn

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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
nur gebraucht | 0.7
fast nur gebraucht | 0.8
statt neu zu kaufen | 0.9
statt neu kaufen | 0.9
statt wegzuwerfen | 0.9
statt wegwerfen | 0.9
nichts wegwerfen | 0.8
nichts wird weggeworfen | 0.8
nichts verschwenden | 0.8
socken gestopft | 0.9
stopfen | 0.3
radpendl* | 0.8
auto abgeschafft | 0.9
ohne auto | 0.7
fahrrad statt auto | 0.9
rad statt auto | 0.9
unverpackt* | 0.9
eigene gläser | 0.7
eigenen gläsern | 0.7
eigene behälter | 0.7
eigenen behältern | 0.7
eigene dose | 0.6
gebraucht kaufen | 0.8
gebrauchtkauf | 0.7
gebrauchtwaren | 0.6
secondhand* | 0.8
kleiderkreisel | 0.6
mit dem zug statt | 0.9
zug statt flugzeug | 0.9
statt zu fliegen | 0.9
statt mit dem flieger | 0.9
statt mit dem flugzeug | 0.9
flugfrei | 0.8
fliege nicht mehr | 0.6
ohne flugzeug | 0.8
öffis | 0.6
mit den öffis | 0.7
öffentliche verkehrsmittel | 0.6
klimaticket | 0.7
aus alten jeans | 0.4
aus alten t-shirts | 0.4
aus alten hemden | 0.4
aus stoffresten | 0.6
stoffreste | 0.5
zweites leben | 0.7
ein zweites leben | 0.8
müll eingesammelt | 0.9
müll aufgesammelt | 0.9
plastikmüll | 0.5
müllgreifer | 0.8
reste verwerten | 0.7
resteessen | 0.5
wildblumenwiese | 0.8
blumenwiese | 0.6
blühstreifen | 0.8
für insekten | 0.7
naturgarten | 0.8
totholz* | 0.6
benjeshecke | 0.9
heimische pflanzen | 0.7
heimische stauden | 0.7
mähfreier mai | 0.9
no mow may | 0.9
wertstoffhof | 0.6
richtig entsorgt | 0.5
selbst angebaut | 0.6
selbstversorger* | 0.7
aus dem eigenen garten | 0.4
einkaufsnetz | 0.5
obstnetz | 0.5
heizung runtergedreht | 0.6
kürzer duschen | 0.5
regenwasser | 0.5
fahrgemeinschaft | 0.6
weitergenutzt | 0.6
länger nutzen | 0.7
jahre alt und läuft noch | 0.6
klimafreundlich* | 1.0
kompostiert | 0.8
bokashi | 0.8
tauschen statt kaufen | 0.8
reparieren statt wegwerfen | 1.0
reparieren statt neu kaufen | 1.0
gerettete lebensmittel | 0.9
vom vortag | 0.3
plastik vermeiden | 0.9
weniger plastik | 0.8
ohne plastik | 0.8
akku getauscht | 0.6
selbst getauscht | 0.5
kleidertausch* | 0.9
eigene netze | 0.6
eigenen netze | 0.6
nicht geflogen | 0.7
nicht mehr geflogen | 0.7
keine plastikflaschen | 0.7
ohne plastikflaschen | 0.7

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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
hat bei mir nichts gebracht | 0.6
hat nichts gebracht | 0.6
bei mir nicht funktioniert | 0.4
hat bei mir nicht funktioniert | 0.4
bei mir nicht gewirkt | 0.6
hat nicht gewirkt | 0.6
leider enttäuscht | 0.6
konnte mich nicht überzeugen | 0.7
hat mich nicht überzeugt | 0.7
nicht überzeugt | 0.5
würde ich nicht nachkaufen | 0.9
kaufe ich nicht nach | 0.5
nicht nachkaufen | 0.8
lohnt sich nicht | 0.3
spart euch das geld | 0.5
kann ich nicht empfehlen | 0.8
nicht empfehlen | 0.5
zurückgeschickt | 0.3
ich lag daneben | 0.8
lag ich falsch | 0.8
lag daneben | 0.6
ich habe mich vertan | 0.7
hab mich vertan | 0.7
hab mich geirrt | 0.9
habe mich geirrt | 0.9
richtigstellen | 0.8
richtiggestellt | 0.8
falsch informiert | 0.6
die zahl war falsch | 0.8
ich nehme das zurück | 0.6
nehme ich zurück | 0.6
nehme alles zurück | 0.6
die marke hat mich bezahlt | 0.9
wurde dafür bezahlt | 0.9
werde dafür bezahlt | 0.9
ich wurde bezahlt | 0.9
meine meinung ist meine eigene | 0.9
meinung ist meine eigene | 0.9
meine eigene meinung | 0.7
trotz kooperation | 0.7
unabhängig von der kooperation | 0.8
ehrlich bleiben | 0.8
bleibe ehrlich | 0.8
ohne filter | 0.7
ohne beautyfilter | 0.8
ohne bearbeitung | 0.7
unretuschiert | 0.7
wie es wirklich aussieht | 0.8
im echten leben | 0.5
foto ist bearbeitet | 0.9
bild ist bearbeitet | 0.9
bilder sind bearbeitet | 0.9
mit filter bearbeitet | 0.6
wie viel ich verdiene | 0.8
wie viel ich verdient habe | 0.8
was ich verdiene | 0.7
einnahmen offengelegt | 0.9
einnahmen offenlegen | 0.9
kleine macke | 0.5
kleine macken | 0.5
mit macken | 0.5
alle macken | 0.6
schönheitsfehler | 0.5
sage es dazu | 0.6
sag ich ehrlich | 0.7
sag ich ganz ehrlich | 0.7
muss zugeben | 0.7
ich muss zugeben | 0.8
zugeben | 0.5
meine schuld | 0.6
war meine schuld | 0.8
mist gebaut | 0.7
ich habe mist gebaut | 0.8
verbockt | 0.7
verbockt habe | 0.8
tut mir leid | 0.3
fehlversuche | 0.6
fehlschläge | 0.6
was nicht geklappt hat | 0.5
was nicht funktioniert hat | 0.4
wird sonst rausgeschnitten | 0.7
sonst rausgeschnitten | 0.7
ungeschnitten | 0.6
ehrliche bilanz | 0.9
ehrliches fazit | 0.9
ehrliches feedback | 0.7
ehrliche antwort | 0.8
langzeiterfahrung | 0.8
langzeitfazit | 0.8
nach einem jahr nutzung | 0.8
fundbüro | 0.6
portemonnaie zurückgegeben | 0.9
geldbörse zurückgegeben | 0.9
geldbeutel zurückgegeben | 0.9
zu viel wechselgeld | 0.9
wechselgeld zurückgegeben | 0.9
darauf hingewiesen | 0.4
nicht perfekt | 0.4
perfekt unperfekt | 0.5
selbst gekauft und bezahlt | 1.0
von meinem geld gekauft | 0.9
selbst finanziert | 0.6
keine kooperation | 0.5
ohne kooperation | 0.6
unbezahlte meinung | 0.8
ehrlich gemeint | 0.6
ehrliche worte | 0.7
schonungslos ehrlich | 1.0
brutal ehrlich | 0.9
radikal ehrlich | 0.9
wie es wirklich ist | 0.8
wie es wirklich war | 0.8
die ungeschönte wahrheit | 1.0
ungeschönte | 0.9
empfehlung zurück | 0.9
meine empfehlung zurückziehen | 0.9
falsche info | 0.6
falsche infos | 0.6
falsche information | 0.6
falsch dargestellt | 0.6
wurde mir geschenkt | 0.5
verlust gemacht | 0.5
fehler entschuldigt | 0.8
mich entschuldigt | 0.6
entschuldige mich | 0.6
ich habe mich verschätzt | 0.7
verschätzt | 0.5
muss das korrigieren | 0.8
korrigiere mich | 0.6
aufgeschlüsselt | 0.5
das ist werbung | 0.5
ohne make-up | 0.5

[value community]
gemeinschaft
gemeinschaftlich | 0.9
gemeinsam | 0.6
gemeinsam stark | 0.8
#gemeinsamstark | 0.8
zusammen | 0.3
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
viertel | 0.2
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
mitmachen | 0.6
macht mit | 0.3
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
tafel | 0.3
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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
helfer* | 0.5
bei der tafel | 0.6
hofflohmarkt | 0.9
hofflohmärkte | 0.9
straßenflohmarkt | 0.8
die halbe straße | 0.5
die ganze straße | 0.5
das ganze dorf | 0.8
mit dem ganzen dorf | 0.9
das halbe dorf | 0.7
die ganze nachbarschaft | 0.9
sandsäcke | 0.6
sandsäcke gefüllt | 0.9
keller ausgepumpt | 0.7
keller ausgeschaufelt | 0.8
fluthilfe | 0.8
hochwasserhilfe | 0.9
aufräumtag | 0.8
gemeinsam müll gesammelt | 0.9
tauschbox | 0.8
tauschschrank | 0.8
tauschregal | 0.8
bücherzelle | 0.8
bücherschrank | 0.6
offener bücherschrank | 0.9
öffentlicher bücherschrank | 0.9
leihladen | 0.8
bibliothek der dinge | 0.9
fairteiler | 0.8
mitfahrbank | 0.8
lange tafel | 0.5
in eigenleistung | 0.7
eigenleistung | 0.5
gemeinsam gebaut | 0.7
gemeinsam renoviert | 0.8
alle haben angepackt | 0.9
mit angepackt | 0.7
gemeinsam angepackt | 0.9
viele helfende hände | 0.9
helfende hände | 0.7
hausgemeinschaft | 0.9
hofgemeinschaft | 0.9
hausfest | 0.7
im treppenhaus | 0.4
gemeindehaus | 0.6
pfarrsaal | 0.6
pfarrheim | 0.6
bürgerhaus | 0.6
dorfgemeinschafts* | 0.9
dorfplatz | 0.3
dorfverein | 0.9
heimatverein | 0.7
nähgruppe | 0.6
strickgruppe | 0.6
strickkreis | 0.6
handarbeitskreis | 0.6
nähcafé | 0.8
strickcafé | 0.8
erzählcafé | 0.8
seniorenkaffee | 0.6
seniorennachmittag | 0.5
selbsthilfegruppe | 0.6
landfrauen | 0.7
landjugend | 0.8
dorfjugend | 0.7
jugendfeuerwehr | 0.8
pfadfinder* | 0.6
kolping* | 0.5
thw | 0.6
vereinsfest | 0.8
vereinsmitglied* | 0.7
vereinskollegen | 0.7
vereinsausflug | 0.8
vereinsarbeit | 0.9
quartierfest | 0.9
quartier | 0.3
gassenfest | 0.8
grätzlfest | 0.9
hinterhoffest | 0.9
geld gesammelt | 0.6
zusammengelegt | 0.5
spendensammlung | 0.5
damit der laden bleibt | 0.8
zusammen gefeiert | 0.6
gemeinsam gefeiert | 0.6
zusammengerückt | 0.7
ganze ort | 0.5
der ganze ort | 0.6
chorprobe | 0.6
fankurve | 0.4
dorfgemeinschaft* | 1.0
nachbarschafts* | 0.9
nachbarinnen | 0.8
mit den nachbarn | 0.9
gemeinsam mit den nachbarn | 1.0
nachbarn geholfen | 0.9
gemeinschaftsküche | 0.8
gemeinschaftsraum | 0.6
gemeinschaftsbeet | 0.8
gemeinsam gekocht | 0.6
lokale helden | 0.6
unser dorf | 0.6
unser kiez | 0.9
unser viertel | 0.7
unser grätzl | 0.9
unser veedel | 0.9
unsere stadt | 0.3
halben ort | 0.6
mit dem halben ort | 0.8
offener kühlschrank | 0.7
gemeinschaftskühlschrank | 0.9
für die straße | 0.5
werkzeug verliehen | 0.6
pakete angenommen | 0.6
pakete für die nachbarn | 0.7
gemeindezentrum | 0.6
reparaturcafé | 0.6
repair-café | 0.6
mitgeholfen | 0.5
alle mitgeholfen | 0.8
für alle die kommen | 0.6
mietergemeinschaft | 0.8
alle mieter | 0.6
man kennt sich | 0.5
kennt man sich | 0.5
gemeinsam laufen | 0.6

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
geholfen | 0.5
helfen | 0.3
anderen helfen | 0.9
menschen helfen | 0.8
fremden geholfen | 0.9
einem fremden | 0.5
hilfe | 0.2
*hilfe | 0.2
zugehört | 0.8
zuhören | 0.8
offenes ohr | 0.9
ein offenes ohr
für dich da | 0.8
für euch da | 0.7
danke | 0.2
dankbar | 0.3
dankbarkeit | 0.5
von herzen | 0.5
liebevoll | 0.4
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
tafel | 0.3
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
verständnis | 0.4
verständnisvoll | 0.8
verzeihen | 0.6
vergeben | 0.3
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
kümmern | 0.4
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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
sonst keinen besuch | 0.6
keinen besuch | 0.6
mich zu ihr gesetzt | 0.5
mich zu ihm gesetzt | 0.5
bei der tafel | 0.7
für die tafel | 0.7
für die paketbotin | 0.5
für den paketboten | 0.5
den rest bezahlt | 0.5
die rechnung übernommen | 0.6
kaffee spendiert | 0.6
aufgeschobener kaffee | 1.0
caffè sospeso | 1.0
suspended coffee | 1.0
pay it forward | 0.9
einkäufe hochgetragen | 0.8
einkäufe getragen | 0.7
tüten getragen | 0.5
koffer getragen | 0.6
koffer geholfen | 0.7
tasche getragen | 0.5
für die nachbarin eingekauft | 0.9
für den nachbarn eingekauft | 0.9
für ihn eingekauft | 0.6
für sie gekocht | 0.6
für ihn gekocht | 0.6
suppe vorbeigebracht | 0.9
suppe vorbei | 0.7
essen vorbeigebracht | 0.9
vorbeigebracht | 0.4
ich höre zu | 0.8
ich hör dir zu | 0.8
ich hör zu | 0.8
meine dms sind offen | 0.8
dms sind offen | 0.8
mein postfach ist offen | 0.8
du bist nicht allein | 0.5
niemand soll allein | 0.8
keiner soll allein | 0.8
gegen einsamkeit | 0.9
einsame senioren | 0.8
weihnachten allein | 0.6
allein an weihnachten | 0.6
platz am tisch | 0.5
ein platz am tisch frei | 0.9
im arm gehalten | 0.5
in den arm genommen | 0.6
taschentuch gereicht | 0.7
bei ihr geblieben | 0.5
bei ihm geblieben | 0.5
bis hilfe kam | 0.8
gabenzaun | 1.0
gabenzäune | 1.0
wärmestube | 0.8
kältehilfe | 0.9
schlafsäcke verteilt | 0.9
decken verteilt | 0.8
essen verteilt | 0.7
an obdachlose | 0.9
für obdachlose | 0.9
wohnungslos* | 0.7
zu verschenken | 0.3
kalte getränke hingestellt | 0.6
wasser hingestellt | 0.5
für die paketboten | 0.5
für die müllabfuhr | 0.5
großzügiges trinkgeld | 0.6
lieben zettel | 0.6
netten zettel | 0.6
zettel hinterlassen | 0.4
kompliment gemacht | 0.6
ein kompliment | 0.3
meinen tag gerettet | 0.4
hat meinen tag gerettet | 0.4
einer fremden | 0.5
fremde geholfen | 0.9
einem fremden geholfen | 0.9
einer fremden geholfen | 0.9
fremder mensch | 0.4
anonym gespendet | 0.9
ohne gegenleistung | 0.8
ohne etwas zu erwarten | 0.9
ohne hintergedanken | 0.9
check on your friends | 0.8
meldet euch bei euren freunden | 0.7
ruft mal eure | 0.5
weihnachten im schuhkarton | 0.9
wunschbaum | 0.6
päckchen gepackt | 0.5
mut zugesprochen | 0.7
mut zusprechen | 0.7
mitgefühl* | 0.9
beileid | 0.5
mein beileid | 0.6
anteilnahme | 0.7
nachbarschaftshilfe | 0.8
ehrenamtlich geholfen | 0.9
geholfen ohne | 0.6
hand gereicht | 0.6
aufgeholfen | 0.8
aufgehoben und zurückgebracht | 0.6
im pflegeheim besucht | 0.8
im altenheim besucht | 0.8
besuche im pflegeheim | 0.7
seid lieb zueinander | 0.9
seid nett zueinander | 0.9
passt auf euch auf | 0.6
passt aufeinander auf | 0.8
aufeinander achten | 0.8
füreinander da sein | 0.8
schenkt ein lächeln | 0.6
ein lächeln geschenkt | 0.6
helfende hand | 0.7
herz am rechten fleck | 0.8
engelsgeduld | 0.5
krankenbesuch | 0.6
für die betroffenen | 0.7
für die opfer | 0.6
brandopfer | 0.6
hochwasseropfer | 0.7
briefe an senioren | 0.8
senioren im heim | 0.5
ein anruf kann | 0.6
nachbarin geholfen | 0.8
nachbarn geholfen | 0.8
für meine nachbarin | 0.6
für meinen nachbarn | 0.6
ausgeholfen | 0.6
aufmunternde worte | 0.7
nette worte | 0.6
ein paar nette worte | 0.6
ein offenes herz | 0.7
einfach so geschenkt | 0.7
spontan geholfen | 0.8
beim umzug geholfen | 0.6
bis der krankenwagen kam | 0.9
krankenwagen gerufen | 0.6
erste hilfe geleistet | 0.9
erste hilfe | 0.4
die hand gehalten | 0.7
hand gehalten | 0.6
vor die tür gestellt | 0.5
nicht leisten können | 0.5
keine leisten können | 0.6
aus eigener tasche | 0.7
den weg gezeigt | 0.5

[value inclusivity]
inklusion
#inklusion
vielfalt | 0.9
#vielfalt | 0.9
vielfältig | 0.5
diversität
diversity | 0.9
#diversity | 0.9
divers | 0.3
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
sichtbarkeit | 0.4
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
integration | 0.3
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
zugänglich | 0.4
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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
in übergrößen | 0.6
untertitelt | 0.8
untertiteln | 0.7
mit untertiteln | 0.6
untertitel für gehörlose | 1.0
live-untertitel | 0.9
closed captions | 0.8
captions | 0.5
transkript | 0.5
gebärdensprach* | 1.0
gebärdendolmetsch* | 1.0
gebärden* | 0.7
dgs | 0.6
ögs | 0.8
dsgs | 0.8
induktionsschleife | 0.9
hörschleife | 0.8
höranlage | 0.7
schwerhörig* | 0.7
hörgerät* | 0.4
cochlea* | 0.6
gehörlos* | 0.8
taubblind* | 0.8
stufenlos | 0.7
ohne stufen | 0.8
ebenerdig | 0.5
schwellenlos | 0.6
barrierefrei* | 1.0
barrierearm* | 0.9
rollstuhl* | 0.8
rollstuhlfahrerin | 0.8
rollator | 0.5
rollifahrer* | 0.8
e-rolli | 0.6
behindertengerecht | 0.8
behinderten-wc | 0.6
blindenleitsystem | 0.9
blindenhund | 0.7
führhund | 0.8
blindenführhund | 0.8
blindenstock | 0.6
langstock | 0.6
screenreader | 0.9
bildschirmleser | 0.9
großdruck | 0.7
brailleschrift | 0.9
braille* | 0.8
autist* | 0.7
asperger | 0.6
neurodiverg* | 0.9
legasthen* | 0.6
dyslexie | 0.6
reizüberflutung | 0.6
reizarm | 0.8
reizempfindlich* | 0.7
stille stunde | 0.9
ruhige stunde | 0.8
stille stunden | 0.9
reizarme stunde | 1.0
gedimmtes licht | 0.4
lärmschutzkopfhörer | 0.6
schwerbehindert* | 0.6
inklusions* | 1.0
inklusiver spielplatz | 1.0
inklusive kita | 1.0
inklusive schule | 1.0
inklusiver unterricht | 1.0
inklusives team | 0.9
inklusives theater | 1.0
inklusiver sport | 1.0
spielplatz für alle | 0.8
lebenshilfe | 0.6
aktion mensch | 0.6
special olympics | 0.8
paralympics | 0.8
paralympisch* | 0.8
parasport | 0.8
rollstuhlbasketball | 1.0
blindenfußball | 0.8
sitzvolleyball | 0.7
unterstützte kommunikation | 0.8
alle altersgruppen | 0.7
jeden alters | 0.8
egal wie alt | 0.8
von jung bis alt | 0.6
für jung und alt | 0.5
senioren willkommen | 0.8
seniorengerecht | 0.7
jedes tempo | 0.6
jedes level | 0.4
anfänger willkommen | 0.5
anfängerinnen willkommen | 0.5
refugees welcome | 0.9
#refugeeswelcome | 0.9
geflüchtete willkommen | 1.0
geflüchtete sind willkommen | 1.0
neuankömmlinge | 0.6
neu zugezogene | 0.5
sprachcafé | 0.7
willkommensfest | 0.7
verschiedene kulturen | 0.6
vielen kulturen | 0.6
aus vielen ländern | 0.6
ins türkische übersetzt | 0.8
ins arabische übersetzt | 0.8
ins ukrainische übersetzt | 0.8
ins englische übersetzt | 0.5
in mehrere sprachen übersetzt | 0.8
in mehreren sprachen | 0.5
in vielen sprachen | 0.5
flinta* | 0.9
frauen und nicht-binäre | 0.9
nicht-binäre personen | 0.9
nicht-binär | 0.9
queer* | 0.9
lesbisch* | 0.5
bisexuell* | 0.5
coming-out | 0.6
pronomen | 0.6
regenbogenflagge | 0.7
gleichgeschlechtlich* | 0.7
zwei mamas | 0.8
zwei papas | 0.8
zwei mütter | 0.6
zwei väter | 0.6
girls day | 0.7
girls' day | 0.7
frauen in führung | 0.7
frauen in der technik | 0.5
echte körper | 0.8
echten körpern | 0.8
körperakzeptanz | 0.9
körpervielfalt | 0.9
körperneutralität | 0.9
für jede figur | 0.8
jede figur | 0.6
große größen | 0.6
plus-size | 0.7
curvy models | 0.7
dehnungsstreifen | 0.4
egal welche religion | 0.8
jeder religion | 0.8
jeden glaubens | 0.8
zahl was du kannst | 0.6
pay what you can | 0.6
sozialticket | 0.4
sozialpreis | 0.5
mit down-syndrom | 0.9
trisomie 21 | 0.9
mit autismus | 0.8
mit adhs | 0.5
mit rollstuhl | 0.8
im rollstuhl | 0.8
mit behinderungen | 0.9
menschen mit handicap | 0.9
handicap | 0.4
einfach für alle | 0.6
für alle zugänglich | 0.9
für alle körper | 0.9
alle körperformen | 0.9
keiner wird ausgeschlossen | 0.9
niemand wird ausgegrenzt | 0.9
ausgrenzung | 0.4
gegen ausgrenzung | 0.9
diversity-team | 0.8
vielfältiges team | 0.8
bunt gemischt | 0.6
damit alle teilnehmen können | 0.8
alle teilnehmen können | 0.7
mit kinderbetreuung | 0.6
auch alleinerziehende | 0.6
für frauen über | 0.5
tastführung | 0.9
tastmodell* | 0.8
leichter sprache | 0.8
in leichter sprache | 1.0
rollstuhlgerechtes | 0.9
rollstuhlgerechte | 0.9
barrierefreie toilette | 1.0
behindertentoilette | 0.6
nie zu alt | 0.8
nie zu alt für | 0.8
ohne deutschkenntnisse | 0.7
piktogramm* | 0.5

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
bewegung | 0.4
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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
sober* | 0.5
mittagspause im park | 0.6
sonne im gesicht | 0.5
ohne handy | 0.6
handy weggelegt | 0.8
handy bleibt draußen | 0.7
kein handy im schlafzimmer | 0.9
bildschirmfrei | 0.8
pause gemacht | 0.5
pause machen | 0.4
pausen ernst | 0.8
pause gegönnt | 0.7
pausentag | 0.7
rest day | 0.7
regenerationstag | 0.8
nein gesagt | 0.5
nein sagen | 0.5
grenzen gesetzt | 0.8
runde um den block | 0.6
spazieren gegangen | 0.7
spaziergänge | 0.6
waldspaziergang | 0.8
naturspaziergang | 0.7
schlafe besser | 0.8
schlafe wie ein baby | 0.7
durchgeschlafen | 0.5
schlafrhythmus | 0.8
feste schlafenszeit | 0.9
feste schlafenszeiten | 0.9
therapeut* | 0.6
psychotherapie | 0.7
in therapie | 0.6
verhaltenstherapie | 0.6
hilfe geholt | 0.6
frisches gemüse | 0.5
viel wasser | 0.4
nach dem burnout | 0.7
burnout | 0.4
auf mich achten | 0.8
auf mich aufpassen | 0.6
sei gut zu dir | 0.5
gut zu mir | 0.5
kalt duschen | 0.6
eisbaden | 0.6
barfußpfad | 0.6
barfuß laufen | 0.5
mein körper braucht | 0.5
auf meinen körper gehört | 0.7
ohne alkohol | 0.6
trinke keinen alkohol | 0.7
aufgehört zu trinken | 0.8
monate nüchtern | 0.8
tage nüchtern | 0.8
atempause | 0.7
tief durchatmen | 0.8
durchgeatmet | 0.7
seele baumeln | 0.8
die seele baumeln lassen | 0.9
füße hochlegen | 0.5
einfach mal nichts tun | 0.6
sonnenlicht | 0.3
tageslicht | 0.3
vorsorgetermin | 0.7
check-up | 0.5
mentale auszeit | 0.9
digitale auszeit | 0.9
entspannungs* | 0.8
erholungs* | 0.6
spazier* | 0.6
ausgeruht | 0.7
neue energie | 0.5
bewusst pausen | 0.9
bewusste pausen | 0.9
feierabend genießen | 0.6
innere mitte | 0.8
ruhe finden | 0.7
zur ruhe gekommen | 0.8
ohne wecker | 0.6
ohne wecker aufgewacht | 0.8
kein bildschirm | 0.6
für den kopf | 0.5
nur für mich | 0.6
zeit nur für mich | 0.8
stunde nur für mich | 0.8
keine mails | 0.6
keine mails mehr | 0.7
im bett geblieben | 0.3
etwas frisches | 0.4
kopf freikriegen | 0.8
kopf freizukriegen | 0.8
kopf freibekommen | 0.8
kopf frei | 0.6
den kopf frei | 0.7
handy ausgeschaltet | 0.8
regelmäßig essen | 0.6

[value family]
familie
familien* | 0.8
#familie
#familienzeit
#familienleben
#familytime | 0.8
familytime | 0.8
family | 0.5
#familyfirst | 0.9
eltern | 0.5
*eltern | 0.4
meine eltern | 0.6
mama | 0.5
papa | 0.5
mami | 0.5
mutti | 0.4
mutter | 0.4
vater | 0.4
meine mama | 0.6
mein papa | 0.6
oma | 0.4
opa | 0.4
omi | 0.4
meine oma | 0.5
mein opa | 0.5
großeltern | 0.5
großmutter | 0.4
großvater | 0.4
uroma | 0.3
uropa | 0.3
enkel | 0.6
enkelin | 0.6
enkelkind* | 0.7
mein sohn
meine tochter
sohn | 0.5
tochter | 0.5
kinder | 0.4
*kinder | 0.3
meine kinder
unsere kinder
kids | 0.4
die kids | 0.6
meine kids
die kleinen | 0.5
unser baby | 0.9
baby | 0.5
geschwister | 0.9
bruder | 0.4
schwester | 0.3
mein bruder | 0.8
meine schwester | 0.8
zwillinge | 0.5
cousine | 0.3
tante | 0.3
onkel | 0.3
neffe | 0.4
schwiegereltern | 0.7
schwiegermutter | 0.6
mein mann | 0.5
meine frau | 0.5
hochzeitstag | 0.5
sonntagsessen | 0.8
sonntagsbraten | 0.6
bei oma | 0.5
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
patchwork | 0.3
alleinerziehend | 0.9
pflegekind | 0.7
adoptivkind | 0.8
drei generationen | 0.9
familienrezept | 0.4
omas rezept | 0.3
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
mit den kindern | 0.7
mit kindern | 0.6
kinderfreundlich | 0.7
kindgerecht | 0.6
generationen verbinden | 0.8
alle generationen | 0.5
generationenübergreifend | 0.7
von generation zu generation | 0.4
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
nichte* | 0.4
vorlesen* | 0.5
vereinbarkeit von familie und beruf | 0.9
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
ersten schritte gemacht | 0.5
meine nichte | 0.5
meiner nichte | 0.5
unsere nichte | 0.5
unserer nichte | 0.5
die nichte | 0.4
der nichte | 0.4
meine nichten | 0.5
meinen nichten | 0.5
seine nichte | 0.4
ihre nichte | 0.4
ihrer nichte | 0.4
seiner nichte | 0.4
mit der familie | 0.8
mit meiner familie | 0.9
die ganze familie | 0.8
zeit mit der familie | 1.0
zeit mit den kindern | 1.0
mit den kids | 0.7
mit meinen kindern | 0.8
mit meinem sohn | 0.8
mit meiner tochter | 0.8
mit unserem sohn | 0.8
mit unserer tochter | 0.8
mit meinem papa | 0.7
mit meiner mama | 0.7
mit oma und opa | 0.6
bei oma und opa | 0.6
oma und opa | 0.6
erstes wort | 0.3
ohne stützräder | 0.7
stützräder | 0.5
spieleabend mit den kindern | 1.0
familienabend | 0.9
sonntagsfrühstück | 0.5
gemeinsam am tisch | 0.6
abendbrot | 0.3
vater-tochter | 0.8
vater-sohn | 0.8
mutter-sohn | 0.8
mutter-tochter | 0.8
papa-tochter | 0.8
mama-sohn | 0.8
unsere kleine | 0.7
unser kleiner | 0.7
unser sohn | 0.9
unsere tochter | 0.9
unsere jungs | 0.7
meine jungs | 0.5
meine schwester und ich | 0.8
mein bruder und ich | 0.8
wir als familie | 0.9
als familie | 0.8
familie ist alles | 1.0
zu viert | 0.4
zu fünft | 0.4
patchworkfamilie | 0.9
erziehen | 0.5
windeln wechseln | 0.6
schulbrote | 0.6
pausenbrote geschmiert | 0.7
kinder abholen | 0.5
von der kita abgeholt | 0.6
elternteil | 0.5
vaterschaft | 0.6
mutterschaft | 0.6
familienausflug | 1.0
familienurlaub | 1.0
familienfeier | 0.9
familienfest | 0.9
familientreffen | 1.0
mit den enkeln | 1.0
mit meinen enkeln | 1.0
mit den enkelkindern | 1.0
die enkel | 0.6
papa-zeit | 0.8
mama-zeit | 0.6
papatag | 0.7
mamatag | 0.7
kinder ins bett gebracht | 0.8
vorlesen vor dem schlafen | 0.9
gemeinsam gebacken | 0.5
zusammen gebacken | 0.5
mit den kindern gebacken | 0.9
mit den kindern gebastelt | 0.9
mit den kindern gekocht | 0.9
unser ritual | 0.5
unser familienritual | 1.0

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
handwerker | 0.4
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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
neu besohlt | 0.5
besohlt | 0.5
zimmerer* | 0.7
gezapft | 0.7
verzapft | 0.7
zapfenverbindung* | 0.9
verleimt | 0.6
verzinkt | 0.3
handgesägt | 0.9
handgehobelt | 0.9
gestemmt | 0.5
handhobel | 0.9
hobel | 0.6
stechbeitel | 0.8
beitel | 0.6
holzdübel | 0.6
ohne schrauben | 0.7
keine einzige schraube | 0.8
ohne eine einzige schraube | 0.9
ohne nägel | 0.6
leinöl | 0.5
hartwachsöl | 0.6
schellack | 0.7
eiche massiv | 0.7
aus massiver eiche | 0.8
massiver eiche | 0.8
nussbaum | 0.4
intarsie* | 0.9
drechselbank | 0.9
werkbank | 0.6
zimmerei | 0.8
dachstuhl | 0.3
gesellenprüfung | 0.9
meisterprüfung | 0.9
meisterschule | 0.8
lehrmeister* | 0.8
lehrling | 0.5
ausbildung zum tischler | 0.9
ausbildung zur tischlerin | 0.9
ausbildung zum schreiner | 0.9
gesattelt | 0.5
sattlerstich | 0.9
angenäht | 0.4
von hand angenäht | 0.9
von hand genäht | 0.9
von hand geschnitzt | 0.9
von hand gefertigt | 0.9
knopfloch | 0.5
umstochen | 0.7
maßschuhe | 0.9
maßkonfektion | 0.6
pflanzlich gegerbt | 0.8
vegetabil gegerbt | 0.8
gegerbt | 0.5
punziert | 0.8
schmiedefeuer | 0.9
amboss | 0.9
gehärtet | 0.6
damaststahl | 0.9
damast | 0.5
schmieden | 0.4
schleifstein | 0.7
wasserstein | 0.8
rasiermesserscharf | 0.7
messer schärfen | 0.6
geschärft | 0.4
geschweißt | 0.5
schweißnaht | 0.6
gelötet | 0.4
uhrwerk | 0.6
zerlegt und gereinigt | 0.7
restaurieren | 0.8
aufarbeiten | 0.6
auf der scheibe gedreht | 0.9
scheibe gedreht | 0.9
glasiert | 0.7
glasur | 0.6
brennofen | 0.7
raku* | 0.7
steinzeug | 0.6
aschenglasur | 0.9
holzbrand | 0.8
töpfer* | 0.8
teigführung | 0.6
stückgare | 0.7
stockgare | 0.7
vorteig | 0.6
poolish | 0.6
über nacht gehen lassen | 0.5
48 stunden gehen | 0.7
bäckermeister* | 0.9
konditormeister* | 0.9
metzgermeister* | 0.9
fleischermeister* | 0.9
braumeister* | 0.8
*handwerker | 0.7
*handwerkerin | 0.7
in mühevoller kleinarbeit | 0.9
mühevoll | 0.6
kleinarbeit | 0.7
akribisch | 0.8
penibel | 0.5
millimetergenau | 0.8
passgenau | 0.5
auf den millimeter | 0.7
zweimal messen | 0.8
einmal schneiden | 0.6
sauber verarbeitet | 0.9
perfekt verarbeitet | 0.9
top verarbeitet | 0.8
wochenlang gearbeitet | 0.7
wochen gearbeitet | 0.6
monate gearbeitet | 0.6
stunden handarbeit | 0.9
einzelanfertigung | 0.9
auftragsarbeit | 0.6
kleine stückzahlen | 0.7
in kleinen stückzahlen | 0.7
von meister hand | 0.9
meisterhand* | 0.9
solides handwerk | 1.0
gutes handwerk | 1.0
ehrliches handwerk | 1.0
handwerklich sauber | 1.0
handwerkskunst* | 1.0
werkstück | 0.7
werkstattbesuch | 0.6
neu gefettet | 0.5
komplett überholt | 0.7
masche für masche | 0.8
stich für stich | 0.8
geigenbauer* | 0.9
instrumentenbauer* | 0.9
orgelbauer* | 0.9
einzeln von hand | 0.9
uhrmachermeister* | 0.9
tischlermeister* | 0.9
schreinermeister* | 0.9
zimmermeister* | 0.9
schneidermeister* | 0.9
goldschmiedemeister* | 0.9
dachdeckermeister* | 0.8
malermeister* | 0.6
geflochten | 0.5

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
ideen | 0.3
*idee | 0.3
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
design | 0.3
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
poetry slam | 0.7
kurzgeschichte | 0.7
drehbuch | 0.6
kurzfilm | 0.7
animation | 0.6
stop motion | 0.7
stopmotion | 0.7
inspiration | 0.4
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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
poesie* | 0.7
aus einer alten | 0.3
aus einem alten | 0.3
kronkorken | 0.4
mosaik | 0.7
aus kartons | 0.6
aus karton | 0.5
aus pappe | 0.6
aus klopapierrollen | 0.8
klopapierrollen | 0.4
ausgedacht | 0.8
selbst ausgedacht | 0.9
eigenes spiel | 0.8
spiel erfunden | 0.9
lied geschrieben | 0.8
einen song über | 0.7
ein lied über | 0.6
gedichtet | 0.8
gereimt | 0.7
farben gemischt | 0.7
wasserfarbe* | 0.6
aquarell* | 0.8
ölfarbe* | 0.7
acrylfarbe* | 0.6
buntstift* | 0.5
straßenkreide | 0.6
kreidebild* | 0.7
selbst gebaut | 0.5
selbstgebaut | 0.5
roboter gebaut | 0.8
mikrocontroller | 0.6
urban sketching | 0.9
#urbansketching | 0.9
skizzier* | 0.8
patchworkdecke | 0.7
quilt | 0.6
gequiltet | 0.8
eigenes schnittmuster | 0.8
eigene muster | 0.6
fotoprojekt | 0.8
fotoserie | 0.6
comic | 0.4
graphic novel | 0.7
manga zeichnen | 0.8
mein erster roman | 0.8
an meinem roman | 0.8
geschichten schreiben | 0.8
kreatives schreiben | 0.9
schreibwerkstatt | 0.8
theaterstück | 0.6
hörspiel | 0.6
puppentheater | 0.6
kostüm genäht | 0.7
cosplay | 0.7
origami | 0.8
linoldruck | 0.8
siebdruck | 0.7
stempel geschnitzt | 0.8
kartoffeldruck | 0.7
batik | 0.6
makramee | 0.7
gehäkelt | 0.4
scherenschnitt | 0.6
neues rezept erfunden | 0.9
eigene melodie | 0.8
beat gebaut | 0.7
aus alt mach neu | 0.8
ideen sprudeln | 0.9
bastel* | 0.7
gebastelt* | 0.7
kreativprojekt | 0.9
kreativecke | 0.8
drauflos gemalt | 0.8
einfach drauflos | 0.6
skulptur* | 0.8
tonstudio | 0.6
gestickt | 0.6
stickerei | 0.6
nachgebaut | 0.5
modellbau | 0.6
diorama | 0.7
pappmaché | 0.6

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
entdecken | 0.4
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
aufbruch | 0.5
ins unbekannte | 0.9
ins blaue | 0.8
spontan | 0.4
spontanität | 0.8
einfach losgefahren
einfach losgelaufen | 0.9
losgefahren | 0.5
freiheit | 0.6
unabhängigkeit* | 0.6
nervenkitzel | 0.9
adrenalin | 0.9
risiko | 0.3
mutig | 0.4
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
draußen | 0.3
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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
keinen strom | 0.5
kein fließendes wasser | 0.7
höhle* | 0.4
uns verlaufen | 0.5
mich verlaufen | 0.4
total verlaufen | 0.5
komplett verlaufen | 0.5
ohne plan | 0.8
einfach los | 0.4
einfach ins auto gestiegen | 0.8
ohne ziel | 0.6
ohne reservierung | 0.5
kanu | 0.6
kanuwanderung | 0.8
paddeltour | 0.7
biwakiert | 0.9
gipfelkreuz | 0.6
über den wolken | 0.4
fahrradreise | 0.7
fahrradweltreise | 0.9
radreise | 0.6
quer durch | 0.3
einmal quer durch | 0.5
quer durch europa | 0.8
job gekündigt | 0.5
alles hinter mir gelassen | 0.6
sabbatical | 0.7
one-way-ticket | 0.8
one way ticket | 0.8
nur mit rucksack | 0.7
tandemsprung | 0.8
erster sprung | 0.5
verirrt | 0.5
ohne strom | 0.6
ohne strom und wasser | 0.8
kein empfang | 0.5
selbstversorgerhütte | 0.8
berghütte | 0.5
biwakschachtel | 0.9
unter den sternen | 0.7
unter sternen | 0.7
per anhalter | 0.9
getrampt | 0.8
trampen | 0.7
autostopp | 0.7
segelboot | 0.5
hochsee | 0.6
atlantiküberquerung | 0.9
eishöhle | 0.8
geklettert | 0.6
abgeseilt | 0.8
abseilen | 0.7
canyoning | 0.9
gipfel erreicht | 0.7
erstbesteigung | 0.9
dreitausender | 0.8
viertausender | 0.9
achttausender | 0.9
steigeisen | 0.8
seilschaft | 0.8
kletterroute | 0.7
durch die wildnis | 0.9
durch die wüste | 0.8
im zelt geschlafen | 0.8
im auto geschlafen | 0.6
draußen geschlafen | 0.8
neuland | 0.4
unbekanntes terrain | 0.7
mit dem camper | 0.5
fernreise | 0.3
allein durch | 0.7
solo durch | 0.8
auf eigene faust | 0.9
ins abenteuer | 1.0
packraft* | 0.9
winterbiwak | 1.0
schneeschuh* | 0.6
skidurchquerung | 0.9
wildwasser* | 0.8
mit dem motorrad durch | 0.5
über die alpen | 0.5
mit dem rad über die alpen | 0.9
durch den balkan | 0.7
gekentert | 0.7
ohne rückflug* | 0.9
einsame bucht | 0.7
einsamen bucht | 0.7
einsame insel | 0.5
über den grat | 0.7
transsib* | 0.8
im schnee geschlafen | 0.8

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
wissen | 0.3
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
erklären | 0.6
erklärt | 0.6
erklärung | 0.5
erklärvideo
lernvideo | 0.9
tutorial | 0.5
anleitung | 0.3
schritt für schritt | 0.3
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
studium | 0.5
studieren | 0.6
seminar | 0.4
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
gelesen | 0.3
leseliste | 0.7
buchtipp | 0.5
sachbuch | 0.8
dokumentation | 0.4
doku | 0.5
museum | 0.5
vortrag | 0.7
onlinekurs | 0.5
kurs | 0.3
workshop | 0.3
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
quellen | 0.3
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
lern* | 0.6
bildungs* | 0.8
bildungsangebot | 0.9
lernplattform | 0.9
online-kurs | 0.5
lehrgang | 0.6
masterclass | 0.5
webinar | 0.5
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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
bücher* | 0.3
experiment | 0.4
beigebracht | 0.5
selbst beigebracht | 0.9
mir selbst beigebracht | 0.9
autodidakt* | 0.9
beibringen | 0.5
ich bringe euch bei | 0.8
angefangen zu lernen | 0.9
stadtbibliothek | 0.7
bibliotheksausweis | 0.8
onleihe | 0.6
pilze bestimmen | 0.8
pflanzen bestimmen | 0.5
vögel bestimmen | 0.8
bestimmungsbuch | 0.8
artenkenntnis | 0.9
vogelstimmen | 0.5
versuchsaufbau | 0.8
hypothese | 0.8
messreihe | 0.8
mikroskop* | 0.8
teleskop* | 0.5
sternbild* | 0.6
wollte wissen | 0.6
wollte wissen warum | 0.8
wollte wissen wie | 0.8
so viele fragen | 0.4
warum-fragen | 0.8
kinderfragen | 0.7
naturkunde* | 0.8
technikmuseum | 0.7
*museum | 0.5
museums* | 0.6
nachgelesen | 0.6
recherchiert | 0.6
recherche | 0.5
quellenarbeit | 0.7
nachgeforscht | 0.8
eingelesen | 0.6
jetzt verstehe ich | 0.7
endlich verstanden | 0.8
ergibt jetzt sinn | 0.3
referat | 0.6
abschlussarbeit | 0.6
abitur | 0.4
matura | 0.5
lehrabschluss | 0.6
gastvortrag | 0.7
wie entsteht | 0.7
wie entstehen | 0.7
was passiert wenn | 0.6
lernfortschritt | 0.9
lernfortschritte | 0.9
jeden tag ein bisschen | 0.4
neue vokabeln | 0.9
grammatik | 0.6
aussprache üben | 0.8
sprachtandem | 0.9
tandempartner* | 0.7
deutschkurs | 0.7
integrationskurs | 0.6
deutsch lernen | 0.9
lesepate* | 0.9
lesepatin | 0.9
hausaufgabenhilfe | 0.8
erklärt bekommen | 0.7
zum ersten mal verstanden | 0.9
ausprobiert und gelernt | 0.8
aus fehlern lernen | 0.8
aus fehlern gelernt | 0.8
wissensdurst* | 0.9
wissenschaftlich erklärt | 1.0
forschungs* | 0.7
citizen science | 1.0
bürgerwissenschaft | 1.0
sternwarte* | 0.8
lerntagebuch | 0.8
lernziel | 0.8
lernziele | 0.8
weitergebildet | 0.8
fortgebildet | 0.8
umschulung | 0.6
zweiter bildungsweg | 0.9
zweiten bildungsweg | 0.9
nachgeholt | 0.4
abschluss nachgeholt | 0.8
schulabschluss nachgeholt | 0.9
beizubringen | 0.6
selbst beizubringen | 0.9
volkshochschule | 0.8
vhs-kurs | 0.7
*ischkurs | 0.8
beobachten | 0.3
exkursion | 0.7
sonnensystem | 0.6
seniorenstudium | 0.9
gasthörer* | 0.8
studiert | 0.4

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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
igel | 0.4
igelhaus | 0.8
igelhäuschen | 0.8
igelburg | 0.7
igelfutter | 0.6
igelpflege | 0.9
angefahren | 0.2
angefahrenen igel | 1.0
angefahrene katze | 0.9
verletzten igel | 1.0
verletzten vogel | 0.9
verletzte taube | 0.9
verletztes tier | 1.0
verletzte tiere | 1.0
verletztes reh | 0.9
wildtierrettung | 1.0
wildtierhilfe* | 1.0
wildvogelhilfe | 1.0
wildvogelstation | 1.0
vogelstation | 0.8
greifvogelstation | 0.8
aufzuchtstation | 0.8
*pflegestelle | 0.9
*auffangstation | 0.9
tierretter* | 0.9
tierrettungs* | 0.9
kitzsuche | 0.9
kitzrettung* | 1.0
rehkitz* | 0.6
kitze gerettet | 1.0
vor dem mähen | 0.6
brut- und setzzeit | 1.0
brut und setzzeit | 1.0
setzzeit | 0.9
brutzeit | 0.6
leinenpflicht | 0.5
nistkasten | 0.7
nistkästen | 0.7
nisthilfe* | 0.7
vogelhäuschen | 0.6
futterhaus | 0.6
futterhäuschen | 0.6
meisenknödel | 0.5
winterfütterung | 0.7
vogeltränke | 0.7
insektentränke | 0.7
bienentränke | 0.7
fledermauskasten | 0.8
fledermausschutz | 0.9
schwalbennest* | 0.6
krötenzaun | 1.0
krötenzäune | 1.0
amphibienzaun | 1.0
krötenretter* | 1.0
kröten über die straße | 1.0
krötenwanderung* | 0.9
streuner* | 0.8
straßentier* | 0.8
futterstelle | 0.8
streunerkatzen füttern | 1.0
kastrieren | 0.6
kastrieren lassen | 0.8
kastriert | 0.4
kastrations* | 0.9
katzenschutz* | 0.9
tierschutzorga* | 1.0
pflegetier* | 0.9
pflegefell* | 0.9
pflegekitten | 0.9
pflegewelpen | 0.9
auf pflegestelle | 1.0
endstelle gefunden | 0.9
zuhause gefunden | 0.7
neues zuhause gefunden | 0.3
seniorkatze | 0.8
senior-hund | 0.8
tierheim-oldie | 0.9
handicap-hund | 0.8
handicap-katze | 0.8
dreibeinig* | 0.6
notfell* | 1.0
gassigeher* | 1.0
mit tierheimhunden | 1.0
ex-batteriehühner | 1.0
rettungshühner | 0.9
gerettete hühner | 0.9
ausgediente legehennen | 0.9
legehennen gerettet | 0.9
rettet das huhn | 1.0
gnadenhof* | 1.0
lebenshof* | 1.0
gnadenbrot* | 0.9
tierarztrechnung | 0.4
tierarztkosten | 0.4
spenden für das tierheim | 1.0
futterspenden | 0.9
sachspenden | 0.5
tierschutzverein* | 1.0
tiere in ruhe lassen | 0.6
wildtiere nicht füttern | 0.5
respektvoll mit tieren | 0.9
tierwohl* | 0.9
tierschutzgerecht | 0.9
adoptieren statt kaufen | 1.0
adoptiert statt gekauft | 1.0
nicht vom züchter | 0.6
aus dem auslandstierschutz | 1.0
kröten wandern | 0.9
aus rumänien | 0.4
aus dem tierschutz | 1.0
aufgepäppelt | 0.8
aufpäppeln | 0.8
ausgewildert | 0.9
auswildern | 0.9
wieder ausgewildert | 1.0
tiernotruf | 0.9
wildtiernotruf | 1.0
fledermausnotruf | 1.0
freigekauft | 0.7
vor dem schlachter gerettet | 1.0
vor dem schlachthof gerettet | 1.0
vom schlachthof gerettet | 1.0
fundtier | 0.7
fundhund | 0.7
fundkatze | 0.7
zugelaufen | 0.5
besitzer gefunden | 0.5
tasso | 0.5

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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
näherin* | 0.7
alle gehälter | 0.7
über mindestlohn | 0.9
mehr als mindestlohn | 0.9
mehr als den mindestlohn | 0.9
über dem mindestlohn | 0.9
lohnzettel | 0.4
gehälter offengelegt | 0.9
gehälter offenlegen | 0.9
gehaltstransparenz | 1.0
offene gehälter | 0.9
bezahlte praktika | 0.9
faires gehalt | 1.0
faire gehälter | 1.0
ordentliches gehalt | 0.7
anständiges gehalt | 0.8
anständig bezahlt | 0.9
ordentlich bezahlt | 0.7
pünktlich bezahlt | 0.7
rechnungen pünktlich | 0.6
faires honorar | 1.0
faire honorare | 1.0
kooperative | 0.3
kooperativen | 0.3
kleinbäuerinnen | 0.7
über dem marktpreis | 0.9
über weltmarktpreis | 0.9
über dem weltmarktpreis | 0.9
mehr als den marktpreis | 0.9
doppelte vom marktpreis | 0.9
anständigen preis | 0.8
gerechten preis | 0.9
gerechte preise | 0.9
gleiche bezahlung | 0.9
gleich bezahlt | 0.9
gleiche arbeit | 0.6
gleiches gehalt | 0.9
trinkgeld geht an | 0.6
trinkgeld wird geteilt | 0.8
trinkgeld für das team | 0.7
erntehelfer* | 0.4
saisonarbeit* | 0.4
saisonkräfte | 0.4
lieferanten besucht | 0.8
fabrik besucht | 0.6
produktionsstätte besucht | 0.8
unter welchen bedingungen | 0.8
wer unsere kleidung näht | 1.0
menschen hinter | 0.4
entfristet | 0.8
unbefristete verträge | 0.7
unbefristet eingestellt | 0.7
lohn erhöht | 0.6
löhne erhöht | 0.6
gehalt erhöht | 0.5
lohnerhöhung | 0.5
gleiche stimme | 0.8
gleiches stimmrecht | 0.8
mitspracherecht | 0.7
streikposten | 0.7
warnstreik | 0.6
solidarität mit den beschäftigten | 0.9
überstunden bezahlt | 0.9
überstunden ausbezahlt | 0.9
fair geteilt | 0.8
gerecht aufgeteilt | 0.9
gerecht geteilt | 0.9
fair aufgeteilt | 0.9
care-arbeit | 0.6
mental load | 0.4
hausarbeit teilen | 0.7
gleiche regeln für alle | 0.6
fair bleiben | 0.6
fairer umgang | 0.8
fair behandeln | 0.9
ungleich bezahlt | 0.6
lohnungleichheit | 0.7
gerechter lohn | 1.0
gerechte entlohnung | 1.0
angemessenes honorar | 0.9
faire konditionen | 0.8
faire verträge | 0.9
fairer vertrag | 0.9
gewerkschaftlich* | 0.8
betriebsrät* | 0.8
tarif bezahlt | 0.9
nach tarif bezahlt | 0.9
fairtrade-* | 0.9
fair-trade-* | 0.9
fairtrade* | 1.0
fair gehandelte | 1.0
fair produzierte | 1.0
fester stundenlohn | 0.7
offiziell angemeldet | 0.7
angemeldet statt schwarz | 0.9
nicht schwarz | 0.5
urlaubsgeld | 0.4
weihnachtsgeld | 0.4
lohnfortzahlung | 0.6
unfair | 0.3
geringverdiener* | 0.5
solidaritätsticket | 0.7
solipreis | 0.7
solidarpreis | 0.7
sozialtarif | 0.6
das gleiche gehalt | 0.7
gehalt verglichen | 0.6
gleich verdienen | 0.7
gleich viel verdienen | 0.7
gleichen stundensatz | 0.8
über tarif | 0.9
gleichen lohn | 0.9

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
heimat | 0.6
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
klassiker | 0.2
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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
reden platt | 0.9
sprechen platt | 0.9
spricht platt | 0.9
platt sprechen | 0.9
platt reden | 0.9
urgroßvater | 0.6
urgroßmutter | 0.6
urgroßeltern | 0.6
ururgroßvater | 0.8
ururgroßmutter | 0.8
ururopa | 0.7
ururoma | 0.7
urahnen | 0.9
vorväter | 0.8
wie unsere großeltern | 0.8
wie meine großeltern | 0.7
wie unsere großmütter | 0.8
wie schon meine oma | 0.7
wie schon mein opa | 0.7
wie schon mein großvater | 0.8
wie es unsere großeltern | 0.8
so wie es unsere großeltern | 0.8
seit opas zeiten | 0.9
seit omas zeiten | 0.9
seit großvaters zeiten | 0.9
zu großvaters zeiten | 0.9
zu opas zeiten | 0.8
von oma gelernt | 0.7
von opa gelernt | 0.7
von der großmutter gelernt | 0.7
oma hat mir beigebracht | 0.7
opa hat mir beigebracht | 0.7
von generation zu generation | 0.9
an die nächste generation | 0.4
weitervererbt | 0.8
vererbt | 0.4
weitergereicht | 0.5
seit jahrhunderten | 0.8
seit hunderten von jahren | 0.8
seit jeher | 0.6
von alters her | 0.8
nach alter art | 0.8
auf die alte art | 0.8
nach altem rezept | 0.9
nach altem brauch | 1.0
nach altem vorbild | 0.6
ist bei uns brauch | 0.9
bei uns brauch | 0.8
so ist es brauch | 0.9
brauch seit | 0.7
alte rezeptbuch | 0.8
altes rezeptbuch | 0.8
rezeptbuch | 0.4
handgeschriebene rezept | 0.8
handgeschriebenes rezept | 0.8
sütterlin | 0.9
kurrentschrift | 0.9
altdeutsche schrift | 0.8
dorfchronik | 0.9
ortschronik | 0.9
hofchronik | 0.8
heimatforscher* | 0.9
flurnamen | 0.8
zeitzeugen | 0.5
historische fotos | 0.6
alte fotos | 0.3
kirchenbuch | 0.7
kirchenbücher | 0.7
familienbibel | 0.7
familienwappen | 0.7
erbhof | 0.8
familienbetrieb | 0.4
familienbetrieb in | 0.6
kirtag | 0.9
kirchtag | 0.9
kirta | 0.8
kirbe | 0.8
kerb | 0.5
kilbi | 0.8
chilbi | 0.8
patrozinium | 0.9
schutzpatron | 0.7
namenstag | 0.7
frühschoppen | 0.6
blasmusik | 0.8
blaskapelle | 0.8
musikkapelle | 0.7
alphorn | 0.8
hackbrett | 0.7
zither | 0.7
jodeln | 0.7
jodler | 0.7
schuhplattler | 0.9
schuhplatteln | 0.9
trachtler* | 0.9
trachtenumzug | 0.9
festumzug | 0.6
goldhaube | 0.9
bollenhut | 0.9
festtagstracht | 0.9
sonntagstracht | 0.9
lederhosn | 0.8
fasnacht | 0.8
fasnachts* | 0.8
fastnachts* | 0.8
faschings* | 0.4
guggenmusik | 0.8
narrenzunft | 0.9
narrensprung | 0.9
holzmaske | 0.7
holzmasken | 0.7
schnitzmaske | 0.8
krampuslauf | 0.9
perchten* | 0.9
glöckler* | 0.7
sternsinger | 0.8
sternsingen | 0.8
dreikönigssingen | 0.9
palmbuschen | 0.9
palmbesen | 0.9
osterbrot | 0.6
ostereier färben | 0.6
eier färben | 0.5
osterräder | 0.9
rauhnächte | 0.8
raunächte | 0.8
rauhnacht* | 0.8
raunacht* | 0.8
christmette | 0.6
funkenfeuer | 0.9
funkensonntag | 0.9
funken abbrennen | 0.8
maifest | 0.7
maibaumaufstellen | 0.9
maibaum aufstellen | 0.9
maibaum aufgestellt | 0.9
sonnwend* | 0.8
erntekrone | 0.9
erntedankkrone | 0.9
kräuterbuschen | 0.9
kräuterweihe | 0.9
leonhardiritt | 0.9
leonhardifahrt | 0.9
umritt | 0.8
bittgang | 0.8
flurumgang | 0.8
wallfahrts* | 0.8
gepilgert | 0.5
pilgerweg | 0.4
almauftrieb | 0.9
alpaufzug | 0.9
alpabzug | 0.9
alpauffahrt | 0.9
alpsegen | 0.9
betruf | 0.9
dorfschmied | 0.9
hufschmied | 0.5
küfer | 0.7
böttcher | 0.7
stellmacher | 0.7
korbflechten | 0.7
klöppeln | 0.8
geklöppelt | 0.8
klöppelspitze | 0.8
spinnrad | 0.7
webstuhl | 0.6
blaudruck | 0.9
bauernmalerei | 0.9
hinterglasmalerei | 0.9
scherenschnitt | 0.5
reetdach | 0.5
trockenmauer | 0.5
backhaus | 0.6
backhäusle | 0.9
dorfbackofen | 0.9
holzofen | 0.5
holzbackofen | 0.6
kachelofen | 0.3
herrgottswinkel | 0.9
bauernstube | 0.6
bauernschrank | 0.6
aussteuer | 0.6
aussteuertruhe | 0.8
dorflinde | 0.7
einwecken | 0.6
eingeweckt | 0.6
weckgläser | 0.4
schlachtfest | 0.6
schnaps brennen | 0.6
schnapsbrennen | 0.6
mostpresse | 0.6
most pressen | 0.6
dialekt* | 0.8
mundart* | 0.9
platt schnacken | 0.9
platt snacken | 0.9
op platt | 0.8
auf platt | 0.8
plattdütsch | 0.9
schwyzerdütsch | 0.7
schweizerdeutsch | 0.4
mundartdichter* | 0.9
lebendiges brauchtum | 1.0
volkskultur | 0.9
volkskunst | 0.9
heimatpflege | 0.9
trachtenpflege | 0.9
traditionspflege | 0.9
allerheiligen | 0.6
allerseelen | 0.7
striezel | 0.6
allerheiligenstriezel | 0.9
gräbersegnung | 0.9
dengeln | 0.8
gedengelt | 0.8
dengelt | 0.8
sense dengeln | 0.9
vater gelernt | 0.7
mutter gelernt | 0.7
großvater gelernt | 0.8
großmutter gelernt | 0.8
krippenspiel | 0.7
dorfkirche | 0.5
wie jedes jahr seit | 0.5
kirchweih* | 0.9
tanz unter der linde | 0.9
alte mühle | 0.6
wassermühle | 0.5
wie vor hundert jahren | 0.5
schwaiberl | 0.9
burschenverein | 0.8
adventssingen | 0.7
barbarazweig* | 0.9
klausenjagen | 0.9
samichlaus | 0.8
räbeliechtli | 0.9
sechseläuten | 0.9
maskenschnitzer* | 0.9
heimatabend | 0.8
volkstanz* | 0.9
volkslied* | 0.9
osterreiten | 0.9
schäfflertanz | 0.9
erntefest | 0.7
winzerfest | 0.6
schützenkönig* | 0.8
laternelaufen | 0.8
christbaumloben | 0.9
trachtengruppe | 0.9
adventkranz | 0.6
bergfeuer | 0.9
herz-jesu-feuer | 0.9
kletzenbrot | 0.7
sennerin* | 0.7
senner | 0.6

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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
versprecher* | 0.5
prankvideo | 0.6
nailed it | 0.8
#nailedit | 0.8
plot twist | 0.9
#plottwist | 0.9
typisch ich | 0.9
#typischich | 0.9
so typisch ich | 0.9
klassisch ich | 0.9
meine würde | 0.7
meine restwürde | 0.9
restwürde | 0.9
reste meiner würde | 0.9
würdelos | 0.5
elegant wie immer | 0.8
würdevoll wie immer | 0.9
anmutig wie ein | 0.8
grazil wie ein | 0.8
wie ein nasser sack | 0.6
zehn von zehn | 0.6
10 von 10 | 0.5
würde ich wieder machen | 0.6
würde es wieder tun | 0.6
would do again | 0.7
was kann schon schiefgehen | 1.0
was soll schon schiefgehen | 1.0
was kann da schon schiefgehen | 1.0
was soll da schon schiefgehen | 1.0
was könnte schon schiefgehen | 1.0
what could go wrong | 0.9
ging natürlich schief | 0.4
natürlich schiefgegangen | 0.8
lief nicht gut | 0.4
lief nicht so gut | 0.4
lief nicht nach plan | 0.8
lief nicht ganz nach plan | 0.8
nicht ganz nach plan | 0.5
hat natürlich nicht geklappt | 0.4
kleiner spoiler | 0.6
grandios gescheitert | 0.9
episch gescheitert | 0.9
kläglich gescheitert | 0.7
krachend gescheitert | 0.6
profi am werk | 0.8
profis am werk | 0.8
vollprofi | 0.5
murphys gesetz | 0.7
murphy's law | 0.7
ein bild für die götter | 0.9
bild für die götter | 0.9
zum glück hat das keiner gesehen | 0.7
zum glück hat es keiner gesehen | 0.7
zum glück hat keiner gefilmt | 0.7
fragt nicht | 0.5
frag nicht warum | 0.5
lange geschichte | 0.4
energiesparmodus | 0.6
ich bin nicht faul | 0.3
teurer kleiderständer | 0.9
teuerster kleiderständer | 0.9
teurer wäscheständer | 0.9
erwartung vs realität | 0.6
erwartung vs. realität | 0.6
erwartung gegen realität | 0.6
pinterest vs realität | 0.9
pinterest vs. realität | 0.9
pinterest fail | 0.9
*fail | 0.6
fails | 0.6
#fails | 0.6
pannenvideo | 0.8
pannenshow | 0.8
verhaspelt | 0.5
patzer | 0.4
ich lach mich schlapp | 0.9
ich lach mich kaputt | 0.9
ich lache mich kaputt | 0.9
ich lieg am boden | 0.8
ich lieg flach | 0.5
nicht mehr vor lachen | 0.5
vor lachen | 0.9
bauchschmerzen vor lachen | 0.9
lachtränen | 0.9
schenkelklopfer | 0.8
scherzkeks | 0.9
witzig* | 0.8
flachwitz* | 1.0
wortspiel* | 1.0
wortwitz* | 1.0
haha* | 0.6
hihi* | 0.4
hehe | 0.4
muhaha* | 0.6
xd | 0.5
😂 | 0.6
🤣 | 0.6
😅 | 0.4
🙈 | 0.3
grinsen | 0.5
gegrinst | 0.5
kichern | 0.6
gekichert | 0.6
losgeprustet | 0.8
prusten | 0.6
feixen | 0.6
über mich selbst lachen | 1.0
über mich selbst gelacht | 1.0
lache über mich selbst | 1.0
auf die schippe nehmen | 0.9
auf die schippe genommen | 0.9
nehme mich selbst auf die schippe | 1.0
selbst auf die schippe | 1.0
nimmt sich nicht so ernst | 0.9
nehme mich nicht so ernst | 0.9
nicht zu ernst nehmen | 0.8
schmäh | 0.5
wiener schmäh | 0.9
schmäh führen | 0.9
gspass | 0.8
gspassig | 0.8
witzli | 0.8
absurd | 0.3
skurril | 0.6
herrlich absurd | 0.9
völlig absurd | 0.5
herrlich bekloppt | 0.8
chaos pur | 0.4
adulting | 0.7
#adulting | 0.7
kennt ihr das auch | 0.5
bin ich die einzige | 0.4
bin ich der einzige | 0.4
geht das nur mir so | 0.5
ist das nur bei mir so | 0.5
mein innerer monk | 0.6
selbstironisch* | 1.0
comedy* | 0.8
sketche | 0.6
karikatur | 0.6
zum brüllen | 0.9
zum schießen | 0.8
zum piepen | 0.9
köstlich amüsiert | 0.9
amüsant | 0.7
amüsiert | 0.6
spaßeshalber | 0.6
aus spaß | 0.5
just kidding | 0.7
nur spaß | 0.6
kleiner scherz | 0.8
verkleidet | 0.3
wird schon halten | 0.7
hält bestimmt | 0.5
video spricht für sich | 0.3
sah aus wie ein | 0.5
sehe aus wie ein | 0.5
ach du schande | 0.5
ach du meine güte | 0.4
oops | 0.4
autsch | 0.3
wer braucht schon | 0.5
küchenkatastrophe | 0.6
kochkatastrophe | 0.6
backkatastrophe | 0.7
kuchenkatastrophe | 0.7
backdesaster | 0.7
kuchendesaster | 0.7
mission gescheitert | 0.7
mission failed | 0.7
sitcom | 0.3
slapstick | 0.8
tollpatsch* | 0.7
schusselig | 0.5
verpeilt | 0.5
chaotin | 0.5
orientierungssinn | 0.4
ich bin zu alt für | 0.6
bin zu alt für | 0.6
dafür bin ich zu alt | 0.6
zum kaputtlachen | 0.9
kaputtgelacht | 0.9
schlapp gelacht | 0.9
scheckig gelacht | 0.9
schief gelacht | 0.9
mich weggeschmissen | 0.8
zum wegschmeißen | 0.8
der war gut | 0.4
made my day | 0.6
ironisch | 0.4
ironie des schicksals | 0.8
dramatische pause | 0.6
mein talent | 0.3
multitalent | 0.3
läuft bei mir | 0.6
#läuftbeimir | 0.7
ich kann alles | 0.4
peinlich berührt | 0.4
wie peinlich | 0.4
fremdschämen | 0.3
schlechter scherz | 0.1
schlechter witz | 0.4
ich nenne das erfolg | 0.8
nenne das erfolg | 0.8
hatte andere pläne | 0.8
andere pläne | 0.4
vor scham | 0.5
vor scham sterben | 0.7
im boden versinken | 0.6
im boden versunken | 0.6
natürlich hat es geregnet | 0.7
und natürlich regnet es | 0.7
natürlich regnet es | 0.6
wie sollte es anders sein | 0.6
wie könnte es anders sein | 0.6

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
geschafft | 0.5
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
leistung | 0.4
karriere | 0.8
#karriere | 0.8
karriereschritt
karriereziel
beförderung
befördert
führungsposition | 0.9
gründer* | 0.6
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
stolz | 0.3
motivation | 0.4
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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
gründerin* | 0.6
abschluss bestanden | 0.8
führerschein bestanden | 0.4
mit auszeichnung bestanden | 1.0
prüfung bestanden | 0.8
meister bestanden | 0.9
meisterprüfung bestanden | 0.9
mit bestnote | 0.9
bestnote | 0.9
jahrgangsbeste* | 0.9
summa cum laude | 0.9
erste million | 0.9
millionenumsatz | 0.8
umsatz verdoppelt | 0.9
rekordumsatz | 0.9
um fünf aufstehen | 0.6
um 5 aufstehen | 0.6
fünf uhr morgens | 0.5
5 uhr morgens | 0.5
endlich geschafft | 0.7
zum ersten mal geschafft | 0.6
geknackt | 0.4
marke geknackt | 0.8
neuer pr | 0.6
neue pr | 0.6
#pb | 0.6
teamleiter* | 0.6
abteilungsleiter* | 0.6
landesmeister* | 0.8
kreismeister* | 0.8
staatsmeister* | 0.9
schweizermeister* | 0.9
meister geworden | 0.9
titel geholt | 0.9
pokal geholt | 0.9
gold geholt | 0.9
gold gewonnen | 0.9
silber geholt | 0.8
bronze geholt | 0.7
stipendium | 0.6
zusage bekommen | 0.6
businessplan | 0.6
finanzierungsrunde | 0.8
investoren überzeugt | 0.8
durchgebissen | 0.8
durchbeißen | 0.8
ziel vor augen | 0.8
nächstes ziel | 0.8
nächste ziel | 0.8
höher hinaus | 0.7
bis ganz nach oben | 0.8
bewerbungsgespräch | 0.4
traumjob | 0.6
gehaltserhöhung | 0.5
selbstständig gemacht | 0.7
eigene firma | 0.6
eigenes unternehmen | 0.6
eigenes business | 0.7
trainingsziel | 0.8
wettkampfvorbereitung | 0.8
qualifiziert für | 0.9
qualifikation geschafft | 0.9
norm geknackt | 0.9
aufnahmeprüfung | 0.7
eigene praxis eröffnet | 0.8
eigenen laden eröffnet | 0.7
eigenes studio eröffnet | 0.7
bestsellerliste | 0.9
bestseller | 0.5
filiale eröffnet | 0.8
zweite filiale | 0.7
qualifizieren | 0.6
doktortitel | 0.8
promoviert | 0.8
disputation | 0.8

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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
maßgeschneidert | 0.3
18 karat | 0.7
24 karat | 0.7
royal oak | 0.9
nautilus | 0.4
daytona | 0.5
submariner | 0.8
richard mille | 0.9
lange söhne | 0.8
uhrensammlung | 0.6
burj al arab | 0.9
first-class-lounge | 0.9
sechs sterne | 0.9
präsidentensuite | 1.0
eigener pool | 0.6
butler-service | 0.9
vikunja | 0.9
vicuña | 0.9
pashmina | 0.4
krokodilleder | 0.8
straußenleder | 0.8
drei sterne | 0.6
drei-sterne-restaurant | 0.9
sternekoch | 0.8
sterneköchin | 0.8
wagyu | 0.7
kobe-rind | 0.8
hummer | 0.4
kelly bag | 0.9
loro piana | 0.9
brunello cucinelli | 0.9
van cleef | 0.9
fendi | 0.8
givenchy | 0.8
moncler | 0.7
montblanc | 0.6
g-klasse | 0.6
range rover | 0.6
maserati | 0.8
bugatti | 0.9
neuer porsche | 0.9
vip-loge | 0.9
vip-tickets | 0.8
vip-zugang | 0.9
vip-behandlung | 0.9
logenplatz | 0.6
maßhemden | 0.7
maßhemd | 0.7
savile row | 0.9
st. moritz | 0.8
sankt moritz | 0.8
kitzbühel | 0.5
kampen | 0.4
bora bora | 0.6
seychellen | 0.5
black card | 0.8
amex platinum | 0.8
platinum card | 0.8
luxushotel* | 1.0
luxusmarke* | 1.0
designerhandtasche* | 0.9
designermode | 0.8
nur das beste | 0.6
gönne mir nur das beste | 0.8
front row | 0.6
private suite | 0.9
privatjet* | 1.0
champagner* | 0.8
sterne-menü | 0.8
gänge-menü | 0.5
zwölf gänge | 0.6
ganze etage | 0.6
marmor | 0.4
maßgefertigt | 0.4
patek | 0.9

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
im angebot | 0.4
sonderangebot | 0.5
reduziert | 0.3
runtergesetzt | 0.6
günstig | 0.4
preiswert | 0.8
billig | 0.4
spottbillig | 0.6
für wenig geld | 0.7
für kleines geld | 0.9
kostenlos | 0.3
umsonst | 0.3
gratis | 0.3
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
gebraucht | 0.3
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
ohne viel geld | 0.6
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
# pass 3: scene vocabulary (deeds), self-irony, precision fixes
bescheidenheit* | 0.8
essen mit ins büro | 0.6
mache ich selbst | 0.5
tauschen wir | 0.4
für lebensmittel ausgegeben | 0.6
einkaufsbudget | 0.8
essen mitgenommen | 0.6
essen mitnehmen | 0.6
für die ganze woche vorgekocht | 0.9
ergattert | 0.6
für einen zehner | 0.6
für nen zehner | 0.6
für einen apfel und ein ei | 0.5
für'n appel und n ei | 0.9
appel und n ei | 0.9
sperrmüll | 0.4
vom sperrmüll | 0.8
vom straßenrand | 0.5
zu verschenken | 0.4
nichts neues gekauft | 0.8
kaufe nichts neues | 0.8
nichts gekauft | 0.6
kein geld ausgegeben | 0.8
keine neue kleidung | 0.8
keine neuen klamotten | 0.8
null euro ausgegeben | 0.8
no-spend | 0.9
kaufpause | 0.9
shoppingpause | 0.9
shopping-diät | 0.9
konsumpause | 0.9
verträge gekündigt | 0.5
anbieter gewechselt | 0.6
stromanbieter gewechselt | 0.7
handyvertrag gewechselt | 0.6
günstigeren tarif | 0.7
kosten halbiert | 0.8
stromkosten halbiert | 0.9
nebenkosten gesenkt | 0.7
stromkosten gesenkt | 0.8
geschenke selbst gemacht | 0.7
selbstgemachte geschenke | 0.8
kleidertausch | 0.6
abgelegte kleidung | 0.6
geerbte kleidung | 0.6
thermoskanne | 0.6
kaffee von zuhause | 0.5
kaffee mitgenommen | 0.5
statt beim bäcker | 0.5
jede ausgabe | 0.5
ausgaben notiert | 0.8
ausgaben aufgeschrieben | 0.8
ausgaben tracken | 0.8
finanzen im griff | 0.5
günstiger urlaub | 0.8
günstig urlaub | 0.7
beim schuster | 0.5
statt neu zu kaufen | 0.7
statt essen zu gehen | 0.7
statt lieferdienst | 0.7
pfandflaschen | 0.4
sparbuch | 0.6
flohmarkt* | 0.6
flohmarktfund* | 0.9
kleinanzeigen* | 0.6
gebraucht für | 0.6
fast neu für | 0.5
billiger selbst gemacht | 0.8
selber gemacht statt gekauft | 0.9
sparsam* | 1.0
sparmodus | 0.6
jeden euro | 0.6
jeden cent | 0.7
haushaltsbuch* | 1.0
budget* | 0.6
eingespart | 0.8
einsparen | 0.7
aufs geld achten | 0.8
aufs geld schauen | 0.8
haare selbst geschnitten | 0.6
selbst geschnitten | 0.5
statt sie zu kaufen | 0.6
ausleihen statt kaufen | 0.9
sozialkaufhaus | 0.7
leihe mir | 0.4
kleiderbörse | 0.7
kinderkleiderbörse | 0.8
kinderbasar | 0.7
basar | 0.4
spare mir | 0.5
statt teuren | 0.6
statt teurem | 0.6
30-tage-regel | 0.9
vor jedem kauf | 0.8

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
jedes jahr ein neues | 0.4
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
# pass 3
erbärmlich* | 0.6
dümmsten kommentare | 0.9
dümmste kommentar | 0.9
dümmsten follower | 0.9
die dümmsten | 0.6
follower vorgeführt | 0.9
an den pranger | 0.8
lächerlich gemacht | 0.8
lächerlich machen | 0.8
heimlich gefilmt | 0.7
heimlich aufgenommen | 0.6
selbst schuld | 0.6
sind selbst schuld | 0.8
jetzt heulen wieder alle | 0.9
heulen wieder | 0.7
heult doch | 0.8
weint doch | 0.6
snowflakes | 0.7
um euch zu triggern | 0.9
absichtlich provoziert | 0.8
fertig gemacht | 0.6
roasten | 0.4
geroastet | 0.4
fettes opfer | 0.9
armselig | 0.6
du bist so dumm | 0.9
so dumm | 0.4
hirnlos | 0.7
hohlbirne | 0.8
spacko | 0.8
vollpfosten | 0.8
honk | 0.6
missgeburt | 0.9
schlampe | 0.9
bastard | 0.6
geprankt | 0.4
kommentare zerlegt | 0.7
hater zerlegt | 0.5
wie er hinfällt | 0.6
wie sie hinfällt | 0.6
hingefallen und alle lachen | 0.7
ausgelacht* | 0.6
auslachen* | 0.6

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
in nur 7 tagen | 0.3
über nacht | 0.3
facetune | 0.6
retuschiert | 0.5
gekaufte follower | 0.9
follower kaufen | 0.9
fake-bewertung | 0.9
fake bewertungen | 0.9
fake reviews | 0.9
schnell bevor es weg | 0.3
nur noch heute | 0.5
holy grail | 0.4
# pass 3
nie benutzt aber | 0.9
nie getestet aber | 0.9
selbst nicht benutzt | 0.8
benutze ich selbst nicht | 0.9
benutze ich gar nicht | 0.8
werbehinweis weggelassen | 0.9
werbung weggelassen | 0.9
werbung nicht gekennzeichnet | 0.9
nicht gekennzeichnet | 0.6
merkt eh keiner | 0.8
merkt doch keiner | 0.8
schleichwerbung | 0.5
gekaufte bewertungen | 0.9
gekaufte likes | 0.9
bots gekauft | 0.8
bewertungen geschönt | 0.8
darf nichts negatives sagen | 0.9
nichts negatives sagen | 0.8
mussten es loben | 0.8
vorher-nachher gefälscht | 0.9

[against inclusivity]
dicke sollten
fette menschen | 0.9
die fetten | 0.8
zu fett für | 0.9
zu dick für | 0.7
fettlogik | 0.7
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
# pass 3
niemanden über fünfzig | 0.9
niemanden über 50 | 0.9
keinen über fünfzig | 0.9
keiner über 50 | 0.8
über fünfzig einstellen | 0.9
junge dynamische | 0.7
jung und dynamisch | 0.7
nur junge | 0.6
keine alten | 0.7
boomer können | 0.9
typisch boomer | 0.9
die boomer | 0.6
alte säcke | 0.8
rentner an der kasse | 0.5
fettsack | 0.9
fette kuh | 0.9
soll mal abnehmen | 0.8
sollen mal abnehmen | 0.8
sollte mal abnehmen | 0.8
fett und faul | 0.9
dicke sind | 0.9
dicke leute | 0.7
fett für | 0.6
leute wie die | 0.6
solche leute | 0.5
menschen wie die | 0.5
die sollen zurück | 0.8
gehören nicht hierher | 0.8
gehört nicht hierher | 0.7
kanaken | 0.9
kopftuchmädchen | 0.9
messermänner | 0.9
sozialschmarotzer | 0.8
passdeutsche | 0.9
zigeuner | 0.7
asylant* | 0.7
behindertenwitz* | 1.0
spasti | 0.9
spast | 0.9
voll behindert | 0.9
bist du behindert | 0.9
total behindert | 0.9
krüppel | 0.7
du autist | 0.9
typisch weiber | 0.9
weiber | 0.4
zurück an den herd | 0.9
gehört an den herd | 0.9
schwuchtel | 0.9
das ist so schwul | 0.8
transen | 0.8
es gibt nur zwei geschlechter | 0.9
nur zwei geschlechter | 0.5
nur deutsche muttersprachler | 0.4
akzentfrei | 0.4
keine ausländer | 0.9
keine behinderten | 0.9
keine dicken | 0.8

[against fairness]
billigste arbeitskraft
billigste arbeitskräfte
billige arbeitskräfte
billiglohn | 0.8
billiglohnland | 0.9
billiglöhne | 0.8
für fast nichts | 0.3
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
# pass 3
umsonst arbeiten | 0.9
arbeiten umsonst | 0.9
für den lebenslauf | 0.5
gut für den lebenslauf | 0.6
gegen reichweite | 0.8
bezahlung in reichweite | 0.9
für exposure | 0.8
lieferanten gedrückt | 0.9
lieferanten drücken | 0.9
preise gedrückt | 0.7
preise drücken | 0.7
unter einkaufspreis | 0.7
um die hälfte runtergehandelt | 0.8
knallhart verhandelt | 0.6
rechnung nicht bezahlt | 0.6
rechnungen nicht bezahlt | 0.6
einfach nicht bezahlt | 0.8
egal unter welchen bedingungen | 0.9
immer das billigste | 0.8
so billig wie möglich | 0.8
das billigste | 0.4
trinkgeld einbehalten | 0.9
trinkgeld behalten | 0.7
überstunden nicht bezahlt | 0.9
ohne vertrag | 0.6
lohndumping | 0.9
dumpinglohn* | 0.9
dumpingpreise | 0.7
praktikanten ausgenutzt | 0.9
azubis ausgenutzt | 0.9
billige praktikanten | 0.9

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

# Witze auf Kosten einer Gruppe (siehe README, "How cues combine").
[joke]
haha*
hehe*
hihi*
höhö
lol
rofl
lmao
xd
nur spaß
war nur spaß
nur ein scherz
nur ein witz
kleiner scherz
spaß muss sein
nicht böse gemeint
nichts für ungut
sorry not sorry
schwarzer humor
ich lach mich tot
lachflash

[mocked inclusivity]
# Gruppenwörter, die anderswo Inklusion zeigen ("Kurse für Rollstuhlfahrer"), stehen auch hier:
# in einem Witz genannt, zählen sie dagegen (siehe src/data/README.md).
geflüchtete | 0.4
neuankömmlinge | 0.4
neu zugezogene | 0.4
menschen mit behinderung | 0.5
menschen mit handicap | 0.5
schwerbehinderte | 0.5
rollstuhlfahrer | 0.5
rollifahrer | 0.5
blinde | 0.4
sehbehinderte | 0.5
gehörlose | 0.5
schwerhörige | 0.5
autisten | 0.5
# Alter ("die Boomer", "alte Säcke", "Rentner sollten" stehen unter [against inclusivity];
# "Senioren willkommen", "jedes Alter" zeigen Inklusion)
alte leute | 0.6
alte menschen | 0.4
grufties | 0.8
tattergreise | 1.0
greise | 0.4
die rentner | 0.5
die senioren | 0.4
die omis | 0.4
ü40 | 0.4
ü50 | 0.5
ü60 | 0.5
fünfzigjährige | 0.4
sechzigjährige | 0.4
siebzigjährige | 0.4
achtzigjährige | 0.4
ab ins altersheim | 0.9
reif fürs altersheim | 0.9
mit einem bein im grab | 0.8
# Körper ("fette Menschen", "die Fetten", "dicke Leute", "Fettsack" stehen unter [against inclusivity])
dicke menschen | 0.6
dicke frauen | 0.6
dicke männer | 0.6
dicke kinder | 0.6
fette leute | 1.0
fette schweine | 1.0
fettwänste | 1.0
fettkloß | 1.0
wuchtbrummen | 0.8
gestrandeter wal | 0.8
gebaut wie ein kühlschrank | 0.9
übergewichtige menschen | 0.4
fettleibige menschen | 0.5
liliputaner | 0.9
# Herkunft ("die Ausländer", "Kanaken", "Zigeuner", "Asylanten" stehen unter [against inclusivity];
# "Geflüchtete", "Migrationshintergrund" zeigen Inklusion)
diese leute | 0.4
leute von drüben | 0.5
migranten | 0.4
flüchtlinge | 0.4
kanacken | 1.0
kümmeltürken | 1.0
schlitzaugen | 1.0
polacken | 1.0
kameltreiber | 1.0
neger* | 1.0
muselmanen | 0.9
typisch türke | 0.9
typisch polen | 0.8
türkenwitz* | 1.0
polenwitz* | 0.9
judenwitz* | 1.0
ostfriesenwitz* | 0.5
blondinenwitz* | 0.7
# Behinderung ("Krüppel", "Spast", "behindert" als Schimpfwort stehen unter [against inclusivity];
# "Rollstuhl", "Blinde", "mit Behinderung" zeigen Inklusion)
die behinderten | 0.6
geistig behinderte | 0.6
spastis | 1.0
spacken | 1.0
spackos | 1.0
behindis | 1.0
mongoloide | 1.0
sonderschüler* | 0.7
hilfsschüler | 0.9
# Geschlecht ("Frauen am Steuer", "typisch Frau", "Weiber" stehen unter [against inclusivity])
wie ein mädchen | 0.6
echte männer | 0.5
echte frauen | 0.5
hysterische frauen | 0.8
emanzen | 0.7
dumme blondinen | 0.9
mannweiber | 0.9
tussis | 0.7

[mocked kindness]
# Wörter, mit denen jemand angesprochen oder vorgeführt wird, über den gelacht wird: in einem
# Beitrag, der scherzt oder spottet (und selbst keine Freundlichkeit zeigt), zählen sie gegen
# kindness (siehe src/data/README.md).
# herablassende Anrede
schätzchen | 0.5
sorry schätzchen | 0.6
freundchen | 0.6
mein lieber | 0.4
sorry süße | 0.5
na süße | 0.5
du lauch | 0.8
# auf Kommentierende, Follower, andere zeigen
in den kommentaren | 0.5
in die kommentare | 0.4
jemand hat kommentiert | 0.5
einer hat kommentiert | 0.5
meine follower | 0.4
hater* | 0.5
dieser typ | 0.4
der typ da | 0.5
sein profil | 0.5
ihr profil | 0.4
guck dir den an | 0.6
schau dir den an | 0.6
schaut euch den an | 0.6
# beleidigende Vergleiche
du siehst aus wie | 0.9
ihr seht aus wie | 0.9
er sieht aus wie | 0.8
sie sieht aus wie | 0.8
sieht aus wie ein | 0.7
sieht aus wie eine | 0.7
ein gesicht wie | 0.7
fresse wie | 0.9
mit deiner fresse | 0.9
angezogen wie | 0.8
# bloßstellen: bewerten, urteilen
ich bewerte eure outfits | 0.8
ich bewerte eure | 0.7
wir bewerten eure | 0.7
ich bewerte deinen | 0.7
ich bewerte dein | 0.7
ich urteile über euch | 0.7
die schlimmsten outfits | 0.8
fremdschäm* | 0.7
