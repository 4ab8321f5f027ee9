# valuematch lexicon: Italian (it)
# Written from general knowledge of Italian and of how people post online.
# Weights: ~1.0 clear value words, 0.5-0.8 concrete things that usually go
# with the value, 0.2-0.4 weak hints. Entries without "| w" weigh 1.0.

[sponsored]
#adv
#ad
#advertising
#advertisement
#sponsored
#sponsorizzato
#sponsorizzata
#sponsorizzazione
#pubblicità
#pubblicita
#inserzioneapagamento
#contenutosponsorizzato
#partnershipretribuita
#partnership
#collaborazione
#collab
#suppliedby
#giftedby
#gifted
#prodottofornitoda
#fornitoda
#regalatoda
#omaggio
#ambassador
#brandambassador
#affiliate
#linkaffiliato
pubblicità
post sponsorizzato
contenuto sponsorizzato
video sponsorizzato
sponsorizzato da
sponsorizzata da
in collaborazione con
in partnership con
partnership retribuita
partnership a pagamento
partnership pagata
collaborazione retribuita
collaborazione commerciale
collaborazione pagata
inserzione a pagamento
prodotto fornito da
prodotti forniti da
prodotto ricevuto in omaggio
ricevuto in omaggio
inviato dal brand
usa il mio codice
usate il mio codice
codice sconto
codice promo
link affiliato
link affiliati
link di affiliazione
paid partnership
ambassador di

[negation]
non
mai
nessuno
nessuna
nessun
niente
nulla
neanche
nemmeno
neppure
affatto
giammai
macché
per niente
per nulla
no
nient'altro
neanche per sogno
nemmeno per sogno

[privative]
# "without"-words: a contradiction after them shows the value ("without plastic");
# a value word after them still shows the value ("sin crueldad animal").
senza

[mockery]
risparmiatemi
risparmiateci
vabbè
vabbé
seee
seeh
occhi al cielo
cosiddetto
cosiddetta
cosiddetti
sedicente
sedicenti
presunto | 0.4
lol | 0.5
sopravvalutato
sopravvalutata
sopravvalutati
overrated
virtue signalling
fare la morale
fanno la morale
moralisti
moralismo
buonismo
buonista
buonisti
radical chic
politicamente corretto
me ne frego
chi se ne frega
chissenefrega
ecchissenefrega
sticazzi
me ne infischio
figuriamoci
ma per piacere | 0.6
che palle | 0.5
ridicolo | 0.6
ridicola | 0.6
ridicoli | 0.6
patetico | 0.7
patetica | 0.7
pagliacciata
buffonata
farsa | 0.7
moda del momento | 0.6
ennesima moda | 0.8
invasati | 0.8
esaltati | 0.6
gretini
gretina
gretino
ambientalisti da salotto
talebani | 0.7
nazivegani
nazivegan*
cringe | 0.7
imbarazzante | 0.5
ok boomer
fuffa
tutta fuffa
solo marketing
puro marketing
specchietto per le allodole
ipocrisia | 0.7
ipocriti | 0.8
ipocrita | 0.8
predicozzo
lezioncina
lezioncine
paladini | 0.6
salvatori del mondo
ciaone
eye roll
yeah right
roba da hipster | 0.8
hipster | 0.4
pseudo | 0.5
esagerati | 0.4
non me ne frega

# ---------------------------------------------------------------- values

[value sustainability]
sostenibil*
ecosostenibil*
ecologic* | 0.8
eco-friendly
ecofriendly
ambiente | 0.3
ambientale | 0.7
impatto ambientale | 0.8
cambiamento climatico | 0.8
crisi climatica | 0.8
emissioni | 0.6
impronta di carbonio
carbon footprint
co2 | 0.5
zero waste
zero sprechi
rifiuti zero
antispreco | 0.8
spreco alimentare | 0.8
sprechi | 0.5
ricicl* | 0.9
raccolta differenziata | 0.8
differenziata | 0.6
riutilizz* | 0.9
riuso | 0.9
riusare | 0.9
riusabile | 0.9
riparare | 0.8
riparato | 0.8
riparazione | 0.8
aggiustato | 0.7
aggiustare | 0.7
rammendo | 0.8
rammendato | 0.8
rammendare | 0.8
rattoppato | 0.7
risuolato | 0.8
risuolare | 0.8
seconda mano | 0.8
second hand | 0.8
second-hand | 0.8
secondhand | 0.8
mercatino dell'usato | 0.8
negozio dell'usato | 0.8
vintage | 0.5
vinted | 0.6
baratto | 0.7
swap party | 0.8
scambio di vestiti | 0.8
thrift | 0.7
thrifting | 0.8
upcycl* | 0.9
riciclo creativo | 0.9
# "*compost": the word itself; "compost" would share its stem with "composto"
*compost | 0.8
compostaggio | 0.8
compostabil* | 0.7
compostiera | 0.8
sfuso | 0.7
spesa sfusa | 0.8
detersivo alla spina | 0.7
refill | 0.6
vasetti di vetro | 0.5
barattoli di vetro | 0.5
borraccia | 0.6
borracce | 0.6
plastic free
plasticfree
meno plastica | 0.8
shampoo solido | 0.7
beeswax wrap | 0.6
borsa di tela | 0.5
coppetta mestruale | 0.6
pannolini lavabili | 0.7
assorbenti lavabili | 0.7
in bici al lavoro | 0.8
bike to work | 0.8
treno invece dell'aereo | 0.9
in treno | 0.4
treno notturno | 0.7
mezzi pubblici | 0.6
car sharing | 0.5
carpooling | 0.6
auto elettrica | 0.5
pannelli solari | 0.7
fotovoltaico | 0.7
rinnovabil* | 0.8
energia pulita | 0.8
risparmio energetico | 0.6
orto | 0.4
orto urbano | 0.6
km zero | 0.7
chilometro zero | 0.7
filiera corta | 0.6
prodotti locali | 0.5
mercato contadino | 0.5
biologic* | 0.4
piantare alberi | 0.9
piantato un albero | 0.9
alberi piantati | 0.9
riforestazione | 0.9
pulizia della spiaggia | 0.9
raccolta rifiuti | 0.8
raccolta della plastica | 0.8
plogging | 0.9
clean up | 0.6
cleanup | 0.6
biodiversità | 0.7
impollinatori | 0.6
salvare il pianeta | 0.8
slow fashion | 0.9
moda sostenibile
consumo consapevole | 0.8
acquisti consapevoli | 0.7
comprare meno | 0.6
economia circolare
too good to go | 0.6
acqua del rubinetto | 0.6
meno carne | 0.5
permacultura | 0.8
ricondizionat* | 0.7
slow travel | 0.6
viaggio lento | 0.6
fridays for future | 0.8
legambiente | 0.6
#sostenibilità
#sostenibilita
#sostenibile
#ecosostenibile
#zerowaste
#zerosprechi
#rifiutizero
#plasticfree
#ecofriendly
#riciclo
#riuso
#slowfashion
#modasostenibile
#secondhand
#usato | 0.7
#upcycling
#compost
#kmzero
#km0
#fridaysforfuture
#climatechange
#salviamoilpianeta
# second pass: brand-statement phrases
impatto zero | 0.9
basso impatto | 0.8
ridurre l'impatto | 0.8
rispetto per l'ambiente
amico dell'ambiente | 0.9
tutela dell'ambiente
proteggere il pianeta | 0.9
rispetto del pianeta | 0.9
generazioni future | 0.8
future generazioni | 0.8
zero emissioni | 0.9
emissioni zero | 0.9
carbon neutral | 0.9
neutralità climatica | 0.9
cotone biologico | 0.8
cotone organico | 0.8
materiali di recupero | 0.8
tessuti di recupero | 0.8
deadstock | 0.7
moda circolare | 0.9
design circolare | 0.9
ecodesign | 0.8
pezzi di ricambio | 0.6
diritto alla riparazione
vuoto a rendere | 0.9
senza imballaggi | 0.8
confezione ricaricabile | 0.8
prodotti alla spina | 0.8
refill station | 0.8
ridurre gli sprechi | 0.9
contro lo spreco | 0.9
meno sprechi | 0.8
agricoltura rigenerativa | 0.9
rigenerativ* | 0.7
ecolabel | 0.8
certificazione ambientale | 0.8
consumo responsabile | 0.8
moda responsabile | 0.8
turismo responsabile | 0.8
mobilità dolce | 0.8
# third pass: scenes of deeds
invece di buttarla | 0.8
invece di buttarlo | 0.8
invece di buttarli | 0.8
invece di buttare | 0.7
invece di comprare | 0.5
al lavoro in bici | 0.8
vado al lavoro in bici | 0.9
in bicicletta al lavoro | 0.8
pedalo al lavoro | 0.8
riempire i flaconi | 0.8
negozio sfuso | 0.8
raccolto la plastica | 0.8
raccolto rifiuti | 0.8
sacchi di rifiuti | 0.6
plastica sulla spiaggia | 0.7
pulito la spiaggia | 0.9
ripulito la spiaggia | 0.9
spiaggia pulita | 0.5
raccolto mozziconi | 0.8
vestiti usati | 0.6
abiti usati | 0.6
vacanze in treno | 0.8
viaggio in treno | 0.5
senza aereo | 0.8
rinunciato all'aereo | 0.9
lombricompostiera | 0.9
vermicompost | 0.8
fazzoletti di stoffa | 0.7
tovaglioli di stoffa | 0.6
abbassato il riscaldamento | 0.6
acqua piovana | 0.7
docce brevi | 0.5
risparmiare acqua | 0.8
ho piantato | 0.4
orto sul balcone | 0.6
repair café | 0.9
repair cafe | 0.9
ciclofficina | 0.8
senza plastica | 0.8
seconda vita | 0.6
sacchetti di stoffa | 0.7
borse di stoffa | 0.6
solo usato | 0.7
compro usato | 0.8
compro solo usato | 0.9
non compro vestiti nuovi | 0.9
cambiato la batteria | 0.6
sostituito la batteria | 0.6

[value honesty]
onest*
sincer*
trasparen* | 0.8
per trasparenza
per correttezza | 0.8
verità | 0.7
tutta la verità | 0.9
a dire il vero | 0.5
ammett* | 0.7
lo ammetto | 0.8
ho sbagliato | 0.9
mi sono sbagliata | 0.9
mi sono sbagliato | 0.9
mi ero sbagliata | 0.9
mi ero sbagliato | 0.9
avevo sbagliato | 0.9
ho fatto un errore | 0.9
mea culpa | 0.9
chiedo scusa | 0.7
mi scuso | 0.6
scusatemi | 0.4
mi correggo | 0.8
rettifica | 0.8
lo confesso | 0.6
confesso | 0.5
confessione | 0.4
parere personale | 0.5
opinione personale | 0.5
dietro le quinte | 0.6
behind the scenes | 0.6
backstage | 0.4
pro e contro | 0.8
come viene fatto | 0.5
come nasce | 0.4
difetti | 0.6
lati negativi | 0.7
punti deboli | 0.6
delusione | 0.5
deludente | 0.5
mi ha deluso | 0.6
mi ha delusa | 0.6
bocciat* | 0.5
recensione | 0.4
review | 0.3
pagato di tasca mia
pagato coi miei soldi
acquistato personalmente | 0.9
comprato personalmente | 0.9
ho ricevuto in regalo | 0.5
disclaimer | 0.7
disclosure | 0.7
conflitto di interessi | 0.7
fact checking | 0.8
fact check | 0.8
verificare le fonti | 0.8
fonti | 0.4
dati reali | 0.6
numeri reali | 0.6
quanto guadagno | 0.8
quanto ho guadagnato | 0.8
aspettative vs realtà | 0.5
expectation vs reality | 0.5
zero ritocchi | 0.6
zero filtri | 0.6
foto non ritoccata | 0.5
vita reale | 0.5
real life | 0.3
autentic* | 0.7
genuin* | 0.4
coerenza | 0.7
coerente | 0.6
integrità* | 0.8
fiducia | 0.4
parlare chiaro | 0.7
schiett* | 0.8
franchezza | 0.8
smascherare | 0.4
leggere l'etichetta | 0.5
etichetta | 0.3
inci | 0.4
tracciabilità | 0.8
provenienz* | 0.5
processo produttivo | 0.5
costi reali | 0.7
quanto costa davvero | 0.6
quanto costa produrre | 0.7
rendiconto | 0.7
bilancio trasparente | 0.8
ve lo dico sinceramente | 0.8
senza giri di parole | 0.8
detto sinceramente | 0.8
onestà intellettuale
cosa è andato storto | 0.7
#onestà
#onesta
#trasparenza
#sincerità
#verità
#recensioneonesta
#honestreview
#nofilter | 0.5
#senzafiltri | 0.5
#nofiltri | 0.5
#dietrolequinte | 0.5
#behindthescenes | 0.5
#nophotoshop | 0.6
#realtà | 0.4
# second pass: brand-statement phrases
tutta la filiera | 0.8
mostriamo tutta la filiera
filiera tracciabile | 0.9
prodotti tracciabili | 0.8
origine delle materie prime | 0.7
nessun costo nascosto
nessun costo aggiuntivo | 0.6
niente costi nascosti
senza costi nascosti
zero costi nascosti
prezzi chiari | 0.7
etichette chiare | 0.7
chiarezza | 0.7
senza segreti | 0.8
nulla da nascondere | 0.9
niente da nascondere | 0.9
promesse mantenute | 0.8
mantenere le promesse | 0.8
parola data | 0.7
in buona fede | 0.6
lealtà | 0.7
leale | 0.6
senza trucchi | 0.6
senza inganni | 0.8
greenwashing | 0.6
bilancio di sostenibilità | 0.7
report di sostenibilità | 0.6
audit indipendenti | 0.8
verificato da terzi | 0.8
certificazioni indipendenti | 0.7
verificabil* | 0.7
recensioni vere | 0.7
recensioni reali | 0.7
i nostri errori | 0.7
cose come stanno | 0.8
senza filtri | 0.5
comunicazione chiara | 0.6
# third pass: scenes of deeds
me l'hanno regalato | 0.5
non ho visto nessuna differenza | 0.9
nessuna differenza | 0.4
nessun risultato | 0.5
non ha funzionato | 0.5
non mi è piaciuto | 0.7
non mi è piaciuta | 0.7
non mi ha convinto | 0.8
non mi ha convinta | 0.8
non lo ricomprerei | 0.9
non la ricomprerei | 0.9
non lo ricompro | 0.8
non lo consiglio | 0.8
non lo consiglierei | 0.8
sconsiglio | 0.7
si è rotto dopo | 0.6
vi avevo consigliato | 0.6
le opinioni sono mie | 0.9
opinioni mie | 0.7
premetto | 0.4
lo dico subito | 0.4
c'era un errore | 0.6
errore mio | 0.9
colpa mia | 0.8
avevo torto | 0.9
avevate ragione | 0.9
errata corrige | 0.9
mi sono espressa male | 0.7
mi sono espresso male | 0.7
ho detto una cavolata | 0.8
non è tutto rose e fiori | 0.9
rose e fiori | 0.4
nessuno ve lo dice | 0.6
quello che nessuno dice | 0.6
siamo in perdita | 0.7
in perdita | 0.5
chiuso in perdita | 0.8
indebitati | 0.5
ho fallito | 0.5
conti veri | 0.8
numeri alla mano | 0.8
numeri veri | 0.7
quanto si guadagna | 0.8
entrate e uscite | 0.6
restituito il compenso | 0.9
rifiutato la collaborazione | 0.8
rifiutato una collaborazione | 0.8
rinunciato alla sponsorizzazione | 0.9
detto di no al brand | 0.8
scatti sbagliati | 0.6
foto scartate | 0.6
dietro la foto perfetta | 0.8
realtà dietro | 0.6
senza trucco | 0.4
occhiaie vere | 0.7
ho pagato io | 0.8
comprato coi miei soldi | 0.9
comprato con i miei soldi | 0.9
nessuno mi paga | 0.7
nessuno mi ha pagato | 0.8
riportato il portafoglio | 0.7
restituito il portafoglio | 0.7
resto sbagliato | 0.5
recensione negativa | 0.7
vi ho mentito | 0.8
ho mentito | 0.6
vi devo delle scuse | 0.9
devo delle scuse | 0.8
vi chiedo scusa | 0.8
ho detto una cosa sbagliata | 0.9
informazione sbagliata | 0.7
dato sbagliato | 0.6
me l'ha mandato | 0.5
me l'hanno mandato | 0.5
inviato dall'azienda | 0.5
mandato dall'azienda | 0.5
speso davvero | 0.6
costato davvero | 0.6
fattura per fattura | 0.6
ho usato un filtro | 0.7
non avrei dovuto | 0.5
gli errori che ho fatto | 0.9
i miei errori | 0.8
errori commessi | 0.7
vi racconto gli errori | 0.9
com'è davvero | 0.6
come è davvero | 0.6
com'è veramente | 0.6
non sono un'esperta | 0.7
non sono un esperto | 0.7
hanno un filtro | 0.6

[value community]
comunità*
comunitari* | 0.9
community | 0.8
quartier* | 0.7
vicinato* | 0.4
vicini di casa | 0.7
vicina di casa | 0.6
vicino di casa | 0.6
vicini* | 0.3
volontar* | 0.8
volontariato | 0.9
associazione | 0.5
associazioni | 0.5
circolo | 0.5
club | 0.3
meetup | 0.7
punto di ritrovo | 0.6
raduno | 0.6
tutti insieme | 0.6
vi aspettiamo | 0.5
insieme | 0.2
uniti* | 0.3
fare rete | 0.8
condivisione | 0.5
solidarietà | 0.7
solidale | 0.6
mutuo aiuto | 0.9
mutuo soccorso | 0.8
aiutarsi a vicenda | 0.8
gruppo di acquisto | 0.8
gruppo di acquisto solidale | 0.9
orto condiviso | 0.9
orti condivisi | 0.9
orto comunitario | 0.9
il nostro quartiere | 0.9
piazza | 0.3
festa di quartiere | 0.9
festa del paese | 0.8
sagra | 0.5
cena sociale | 0.8
cena condivisa | 0.8
pranzo condiviso | 0.8
ognuno porta qualcosa | 0.8
potluck | 0.8
social street | 0.9
banco alimentare | 0.6
raccolta fondi | 0.6
eventi locali | 0.6
territorio | 0.4
realtà locali | 0.6
negozi di quartiere | 0.8
negozio di quartiere | 0.8
commercio locale | 0.7
compra locale | 0.7
supporta i piccoli | 0.6
piccole attività | 0.5
botteghe | 0.4
parrocchia | 0.4
oratorio | 0.5
pro loco | 0.8
centro sociale | 0.5
casa del quartiere | 0.9
società sportiva | 0.5
coro | 0.4
banda del paese | 0.6
gruppo di cammino | 0.7
gruppo di lettura | 0.6
book club | 0.5
run club | 0.6
pedalata di gruppo | 0.6
uscita di gruppo | 0.5
soci | 0.4
membri | 0.3
appartenenza | 0.8
senso di appartenenza
grazie a tutti | 0.4
partecip* | 0.3
collettivo | 0.6
cooperativa | 0.5
coworking | 0.3
scambio | 0.3
bookcrossing | 0.7
little free library | 0.7
condominio | 0.4
cortile | 0.3
assemblea | 0.5
flash mob | 0.5
pulizia del parco | 0.7
retake | 0.6
tutti benvenuti | 0.5
aperto a tutti | 0.5
ingresso libero | 0.4
mercato rionale | 0.6
rione | 0.6
contrada | 0.5
compaesani | 0.7
concittadini | 0.7
cittadinanza attiva | 0.9
bene comune | 0.9
beni comuni | 0.9
spazio pubblico | 0.5
tavolat* | 0.6
fianco a fianco | 0.5
dare una mano | 0.5
gemellaggio | 0.5
tribù | 0.4
doposcuola | 0.4
i ragazzi del quartiere | 0.7
nonni di quartiere | 0.7
#community
#comunità
#comunita
#insieme | 0.5
#quartiere | 0.8
#volontariato
#shoplocal | 0.8
#supportlocal | 0.8
#compralocale | 0.8
#socialstreet
#farerete | 0.8
# second pass: brand-statement phrases
luogo di incontro | 0.8
spazio di incontro | 0.8
punto di incontro | 0.7
unire le persone | 0.9
riunire le persone | 0.9
avvicinare le persone | 0.8
creare legami | 0.9
legami | 0.5
sentirsi parte | 0.9
stare insieme | 0.6
radicati nel territorio | 0.9
sostegno al territorio | 0.8
realtà del territorio | 0.7
associazioni locali | 0.8
progetti locali | 0.7
iniziative locali | 0.8
progetti sociali | 0.6
buon vicinato | 0.9
condividere esperienze | 0.6
condividere passioni | 0.7
passione condivisa | 0.8
passioni comuni | 0.7
rete solidale | 0.9
rete di supporto | 0.7
restituire al territorio | 0.9
nessuno resta solo | 0.7
coinvolgimento | 0.5
fare squadra | 0.8
spirito di squadra | 0.6
dal basso | 0.4
crowdfunding | 0.6
cittadini | 0.3
open day | 0.4
insieme si può | 0.5
# third pass: scenes of deeds
comitato di quartiere | 0.9
comitato | 0.4
gruppo whatsapp del palazzo | 0.8
chat del condominio | 0.7
chat del palazzo | 0.7
gruppo del quartiere | 0.8
bacheca del palazzo | 0.8
bacheca condominiale | 0.8
ognuno porta un piatto | 0.8
cena di condominio | 0.9
cena di quartiere | 0.9
pranzo di quartiere | 0.9
tavolata in strada | 0.9
cena in cortile | 0.7
cena in strada | 0.7
cinema in piazza | 0.6
ballo in piazza | 0.6
festa in piazza | 0.6
festa di strada | 0.8
festa del condominio | 0.9
festa dei vicini | 0.9
pedalata collettiva | 0.8
*biciclettata | 0.7
critical mass | 0.7
camminata di gruppo | 0.7
passeggiata di quartiere | 0.8
raccolto i soldi | 0.5
colletta | 0.6
campetto | 0.4
murale di quartiere | 0.8
giardino condiviso | 0.9
adottato un'aiuola | 0.8
adotta un'aiuola | 0.8
pulizia del quartiere | 0.9
ripulito il parco | 0.8
pulire il parco | 0.8
guanti e sacchi | 0.7
circolo anziani | 0.7
centro anziani | 0.7
torneo di bocce | 0.6
bocciofila | 0.8
torneo di quartiere | 0.8
torneo di briscola | 0.6
festa dell'oratorio | 0.8
grest | 0.6
scout | 0.5
scoutismo | 0.6
biblioteca di quartiere | 0.9
spalato il fango | 0.9
angeli del fango | 0.9
dopo l'alluvione | 0.6
protezione civile | 0.6
squadra di volontari | 0.8
il mio fruttivendolo | 0.5
il mio panettiere | 0.5
panettiere sotto casa | 0.6
il mio barista | 0.4
conosco tutti | 0.6
ci conosciamo tutti | 0.7
piccolo paese | 0.4
in paese | 0.3
coro del paese | 0.8
gruppo di corsa | 0.7
ci troviamo ogni | 0.6
ci troviamo il | 0.5
appuntamento fisso | 0.5
chi vuole unirsi | 0.8
chiunque voglia unirsi | 0.8
unitevi a noi | 0.8
unisciti a noi | 0.7
scambiarci attrezzi | 0.8
prestito di attrezzi | 0.8
biblioteca degli attrezzi | 0.9
attrezzi in comune | 0.8
libreria condivisa | 0.8
casetta dei libri | 0.7
frigo solidale | 0.9
frigorifero solidale | 0.9
armadio solidale | 0.9
emporio solidale | 0.9
nonno vigile | 0.8
nonni vigili | 0.8
ci siamo dati una mano | 0.8
tutto il paese | 0.6
si è mobilitato | 0.6
mobilitazione | 0.5
gruppo di mamme | 0.6
associazione di quartiere | 0.9
circolo arci | 0.7
casa del popolo | 0.8
polisportiva | 0.5
squadra del paese | 0.7
squadra del quartiere | 0.8
raccolta firme | 0.6
corsa di gruppo | 0.7
tutti i livelli benvenuti | 0.8
tutti i livelli | 0.4

[value kindness]
gentil* | 0.8
gentilezza
empatia
empatic* | 0.9
compassione | 0.9
altruis* | 0.9
generos* | 0.9
aiutare | 0.4
aiutato | 0.4
ho aiutato | 0.8
aiutarsi | 0.4
dare una mano | 0.7
donazione | 0.8
donazioni | 0.8
donare il sangue | 0.9
donazione di sangue | 0.9
avis | 0.6
beneficenza | 0.9
raccolta fondi | 0.6
senzatetto | 0.8
senza dimora | 0.7
clochard | 0.7
homeless | 0.7
mensa dei poveri | 0.8
mensa per i poveri | 0.8
caritas | 0.7
unità di strada | 0.8
solitudine | 0.6
anziani soli | 0.8
compagnia agli anziani | 0.8
fare compagnia | 0.6
fatto compagnia | 0.6
tenere compagnia | 0.6
spesa alla vicina | 0.7
spesa per i vicini | 0.7
saper ascoltare | 0.7
ascoltare | 0.2
ascolto | 0.4
mi ha ascoltata | 0.6
mi ha ascoltato | 0.6
chiedere aiuto | 0.8
chiedete aiuto | 0.8
salute mentale | 0.9
benessere mentale | 0.5
supporto psicologico | 0.8
psicologo | 0.4
psicologa | 0.4
terapia | 0.3
ansia | 0.3
depressione | 0.4
attacchi di panico | 0.5
stigma | 0.6
fragilità | 0.6
vulnerabilità | 0.6
supporto | 0.3
sostegno | 0.4
abbraccio | 0.5
abbracci | 0.5
un abbraccio forte | 0.6
grazie di cuore | 0.5
gratitudine | 0.5
gesto gentile | 0.9
piccoli gesti | 0.8
atto di gentilezza
random act of kindness
buona azione | 0.9
buone azioni | 0.9
fare del bene | 0.9
prendersi cura | 0.6
cura degli altri | 0.8
con rispetto | 0.4
rispetto per gli altri | 0.7
rispettare gli altri | 0.7
comprensione | 0.5
tenerezza | 0.5
affetto | 0.4
vicinanz* | 0.3
perdonare | 0.6
umanit* | 0.7
pensiero gentile | 0.7
premur* | 0.6
delicatezza | 0.5
caffè sospeso
spesa sospesa
pacchi alimentari | 0.7
colletta alimentare | 0.8
raccolta alimentare | 0.7
raccolta di vestiti | 0.6
mettersi nei panni | 0.9
nei panni degli altri | 0.9
stare accanto | 0.6
starti accanto | 0.6
chi soffre | 0.6
bullismo | 0.5
cyberbullismo | 0.5
clown di corsia | 0.8
clownterapia | 0.8
telefono amico | 0.8
rifugiat* | 0.4
accoglienza | 0.3
solidarietà | 0.7
solidale | 0.6
volontariato | 0.5
volontari | 0.4
parliamone | 0.4
uno sconosciuto | 0.4
una sconosciuta | 0.4
sconosciuti | 0.3
passante | 0.3
sorriso | 0.3
cuore | 0.2
grazie | 0.2
#gentilezza
#kindness
#empatia
#salutementale | 0.8
#mentalhealth | 0.8
#beneficenza
#volontariato | 0.6
#fareilbene
#buoneazioni
#solidarietà | 0.8
#kindnessmatters
#siategentili
# second pass: brand-statement phrases
chi ha bisogno | 0.8
aiutare chi ha bisogno
persone in difficoltà | 0.9
famiglie in difficoltà | 0.9
parte del ricavato | 0.9
devolviamo | 0.9
devoluto | 0.9
onlus | 0.7
no profit | 0.6
non profit | 0.6
nonprofit | 0.6
ente benefico | 0.8
calore umano | 0.8
supporto emotivo | 0.8
sostegno psicologico | 0.8
sportello di ascolto | 0.9
centro d'ascolto | 0.8
ascolto attivo | 0.8
cura reciproca | 0.8
rispetto reciproco | 0.6
accudire | 0.6
caregiver | 0.7
bambini malati | 0.7
reparto pediatrico | 0.6
fare la differenza | 0.4
buon cuore | 0.8
cuore grande | 0.6
senza giudizio | 0.8
senza giudicare | 0.8
non giudicare | 0.6
zero giudizio | 0.7
mano tesa | 0.8
adozione a distanza | 0.8
banco alimentare | 0.6
regalare un sorriso | 0.6
nessuno è solo | 0.6
# third pass: scenes of deeds
aiutato una signora | 0.8
aiutato un anziano | 0.8
aiutata a salire | 0.6
portare la spesa | 0.4
portato la spesa | 0.4
accompagnata a casa | 0.4
accompagnato a casa | 0.4
signora anziana | 0.4
ceduto il posto | 0.8
cedere il posto | 0.8
offerto il caffè | 0.6
pagato il caffè | 0.4
offerto il pranzo | 0.6
offerto la cena | 0.5
offerto un fazzoletto | 0.7
spesa per gli anziani | 0.8
spesa agli anziani | 0.8
spesa per il vicino | 0.7
portato da mangiare | 0.6
cucinato per i vicini | 0.7
biglietto di ringraziamento | 0.6
lettera di ringraziamento | 0.6
ringraziarla | 0.3
rimasta al telefono con lei | 0.7
rimasto al telefono con lui | 0.7
starle vicino | 0.7
stargli vicino | 0.7
starti vicino | 0.7
starvi vicino | 0.7
non sei sola | 0.8
non sei solo | 0.8
non siete soli | 0.8
ci sono per te | 0.8
ci sono per voi | 0.7
se hai bisogno di parlare | 0.9
se stai passando un periodo difficile | 0.9
periodo difficile | 0.4
momento difficile | 0.4
scrivetemi in privato | 0.4
va bene non stare bene | 0.9
è ok non essere ok | 0.9
persone che dormono in strada | 0.8
dormono in strada | 0.7
pasto caldo | 0.6
pasti caldi | 0.6
ronda della solidarietà | 0.9
scatole di natale | 0.8
scatola di natale | 0.8
regalo sospeso | 0.8
pacco sospeso | 0.8
raccolta di coperte | 0.8
raccolta di giocattoli | 0.7
raccolta di cibo | 0.7
riportato il portafoglio | 0.8
restituito il portafoglio | 0.8
bel gesto | 0.7
che bel gesto | 0.8
fermata ad aiutare | 0.8
fermato ad aiutare | 0.8
fermata per aiutare | 0.8
fermato per aiutare | 0.8
ho soccorso | 0.7
prestato soccorso | 0.8
soccorrere | 0.6
donato il midollo | 0.9
donatrice di midollo | 0.9
donatore di midollo | 0.9
donatore | 0.6
donatrice | 0.6
donare i capelli | 0.9
capelli per le parrucche | 0.8
bambini in ospedale | 0.6
volontaria in ospedale | 0.8
volontario in ospedale | 0.8
hospice | 0.6
ospiti della casa di riposo | 0.6
far sentire a casa | 0.6
sentire accolto | 0.6
sentire accolta | 0.6
mi ha cambiato la giornata | 0.6
un sorriso a uno sconosciuto | 0.8
gentilezza di uno sconosciuto | 0.9
senza chiedere niente in cambio | 0.9
senza volere nulla in cambio | 0.9
#gentilezzaquotidiana
per la vicina | 0.5
per il vicino | 0.5
alla vicina | 0.4
tenuto i bambini | 0.5
tenere i bambini alla | 0.6
dormiva sulla panchina | 0.5
dormono sulle panchine | 0.5
senza casa | 0.5
vive sola | 0.4
vive da sola | 0.4
dato un passaggio | 0.6
dare un passaggio | 0.5
condoglianze | 0.3
fatto passare avanti | 0.7
ceduto il mio turno | 0.7
raccolta tappi | 0.5

[value inclusivity]
inclusiv*
inclusione
diversità* | 0.8
diversity | 0.7
accessibil* | 0.8
barriere architettoniche | 0.9
abbattere le barriere | 0.8
disabilità | 0.8
persone con disabilità
disabili | 0.6
disabile | 0.6
sedia a rotelle | 0.7
lingua dei segni | 0.9
#lis | 0.6
sottotitol* | 0.5
audiodescrizione | 0.8
ipovedent* | 0.7
ciechi | 0.5
sordi | 0.5
neurodivergen* | 0.9
neurodiversità | 0.9
autismo | 0.6
autistic* | 0.6
adhd | 0.5
dislessia | 0.5
sindrome di down | 0.7
body positivity
body positive
body neutrality | 0.8
ogni corpo | 0.9
tutti i corpi | 0.9
corpi diversi | 0.9
curvy | 0.5
taglie forti | 0.6
plus size | 0.6
tutte le taglie | 0.9
smagliature | 0.4
cellulite* | 0.3
lgbt* | 0.8
queer | 0.7
pride | 0.5
pride month | 0.8
gay | 0.4
lesbica | 0.4
transgender | 0.7
genderfluid | 0.6
identità di genere | 0.8
parità di genere | 0.7
schwa | 0.5
pronomi | 0.5
antirazzis* | 0.9
razzismo | 0.5
contro ogni discriminazione | 0.9
discriminazione | 0.5
discriminazioni | 0.5
pregiudizi | 0.5
stereotipi | 0.5
integrazione sociale | 0.8
integrazione dei migranti | 0.8
integrazione scolastica | 0.8
percorsi di integrazione | 0.8
multicultural* | 0.8
interculturale | 0.7
seconde generazioni | 0.8
seconda generazione | 0.7
nuovi italiani | 0.7
origini diverse | 0.8
migranti | 0.4
rifugiat* | 0.4
accoglienza | 0.3
tutti benvenuti | 0.8
aperto a tutti | 0.7
a ogni età | 0.8
ad ogni età | 0.8
qualsiasi età | 0.8
ageismo | 0.7
rappresentazion* | 0.6
rappresentanz* | 0.5
uguaglianza | 0.6
pari opportunità | 0.7
femminis* | 0.5
intersezionale | 0.9
unisex | 0.4
genderless | 0.7
gender neutral | 0.7
adattiv* | 0.5
rampa | 0.4
paralimpic* | 0.8
special olympics | 0.8
protesi | 0.4
vitiligine | 0.6
alopecia | 0.5
acne positivity | 0.7
tonalità di pelle | 0.5
spazio sicuro | 0.7
safe space | 0.7
love is love | 0.8
l'amore è amore | 0.8
famiglie arcobaleno | 0.9
diritti civili | 0.8
coming out | 0.6
ddl zan | 0.6
tutti uguali | 0.5
accogliente | 0.2
#inclusione
#inclusività
#inclusivita
#diversità | 0.9
#bodypositive
#bodypositivity
#bodyneutrality | 0.8
#lgbtq | 0.8
#lgbt | 0.8
#pride | 0.6
#lovewins | 0.8
#loveislove | 0.8
#accessibilità
#disabilità | 0.9
#senzabarriere | 0.9
#acnepositivity | 0.7
#neurodivergente | 0.9
# second pass: brand-statement phrases
ogni taglia | 0.9
tutte le età | 0.8
qualunque età | 0.8
per tutte e tutti | 0.7
chiunque tu sia | 0.9
qualunque origine | 0.9
qualsiasi origine | 0.9
ogni origine | 0.9
ogni provenienza | 0.8
provenienze diverse | 0.8
culture diverse | 0.8
background diversi | 0.8
ogni background | 0.9
qualsiasi background | 0.9
ogni identità | 0.8
persone non binarie | 0.9
non binary | 0.8
nessuno escluso
senza esclusioni | 0.8
nessuno resti indietro | 0.9
nessuno rimanga indietro | 0.9
senza distinzioni | 0.8
senza discriminazioni | 0.9
senza barriere | 0.9
barrier free | 0.9
design per tutti | 0.8
facile lettura | 0.6
comunicazione aumentativa | 0.9
braille | 0.8
donne nella tecnologia | 0.9
donne in tech | 0.9
donne nelle stem | 0.9
ragazze nelle stem | 0.9
gender gap | 0.7
divario di genere | 0.7
equilibrio di genere | 0.7
empowerment femminile | 0.7
multietnic* | 0.8
senza genere | 0.7
adaptive | 0.6
# third pass: scenes of deeds
accessibile in carrozzina | 0.9
accessibile alle carrozzine | 0.9
a misura di carrozzina | 0.9
persone in carrozzina | 0.9
ragazzi in carrozzina | 0.9
utenti in carrozzina | 0.9
in sedia a rotelle | 0.8
basket in carrozzina | 0.9
sport in carrozzina | 0.9
carrozzina elettrica | 0.6
baskin | 0.9
sitting volley | 0.8
sport integrato | 0.8
squadra integrata | 0.7
senza gradini | 0.8
ingresso senza gradini | 0.9
rampa d'accesso | 0.8
rampa di accesso | 0.8
bagno per disabili | 0.8
parcheggio riservato | 0.4
percorso tattile | 0.9
percorsi tattili | 0.9
mappa tattile | 0.9
mappe tattili | 0.9
non vedenti | 0.9
non vedente | 0.9
cane guida | 0.8
cani guida | 0.8
bastone bianco | 0.6
lettore di schermo | 0.8
screen reader | 0.8
testo alternativo | 0.8
alt text | 0.8
persone sorde | 0.9
comunità sorda | 0.9
interprete lis | 0.9
in lis | 0.8
tradotto in lis | 0.9
linguaggio dei segni | 0.9
apparecchio acustico | 0.6
apparecchi acustici | 0.6
impianto cocleare | 0.8
sottotitoli per sordi | 0.9
captions | 0.5
ora silenziosa | 0.9
orario silenzioso | 0.8
quiet hour | 0.8
sensory friendly | 0.9
autism friendly | 0.9
a misura di autismo | 0.9
stanza sensoriale | 0.8
sovraccarico sensoriale | 0.7
spettro autistico | 0.8
libri in caa | 0.9
simboli caa | 0.8
trisomia 21 | 0.7
facile da leggere | 0.7
easy to read | 0.7
testo semplificato | 0.7
alta leggibilità | 0.7
font per dislessici | 0.9
dislessici | 0.7
caratteri grandi | 0.4
tradotto in | 0.3
in più lingue | 0.5
multilingue | 0.6
menu in braille | 0.9
senza limiti di età | 0.9
nessun limite di età | 0.9
tutte le generazioni | 0.6
intergenerazional* | 0.8
giovani e anziani | 0.5
anziani e giovani | 0.5
modelle senior | 0.8
corpi veri | 0.8
corpi reali | 0.8
taglie comode | 0.5
forme morbide | 0.5
stomia | 0.7
festa di benvenuto | 0.6
piatti da tutto il mondo | 0.6
italiano per stranieri | 0.9
scuola di italiano per stranieri | 0.9
stranieri | 0.3
richiedenti asilo | 0.7
rifugiati benvenuti | 0.9
refugees welcome | 0.9
mediatrice culturale | 0.8
mediatore culturale | 0.8
mediazione culturale | 0.8
ius soli | 0.7
ius scholae | 0.7
famiglia mista | 0.6
coppia mista | 0.6
ragazze che programmano | 0.8
coding per ragazze | 0.9
donne che programmano | 0.8
corso per donne | 0.5
persone trans | 0.9
ragazzi trans | 0.8
due mamme | 0.6
due papà | 0.6
coppie dello stesso sesso | 0.8
unioni civili | 0.8
matrimonio egualitario | 0.9
cv anonimo | 0.8
curriculum anonimo | 0.8
assunzioni inclusive | 0.9
nessuno resta fuori | 0.8
#accessibilita
#lingualis | 0.8
#baskin | 0.9
#autismo | 0.7
#disabilita | 0.9
in carrozzina | 0.5
paesi diversi | 0.7
nazionalità diverse | 0.8
tante nazionalità | 0.7
per chi non vede | 0.8
per chi non sente | 0.8
audioguida | 0.3

[value wellbeing]
benessere | 0.9
vita sana | 0.8
stile di vita sano | 0.9
mangiare sano | 0.9
alimentazione sana | 0.9
cucina sana | 0.7
colazione sana | 0.8
cibo sano | 0.8
equilibrio | 0.6
equilibrat* | 0.6
alimentazione equilibrata | 0.9
dieta equilibrata | 0.9
dieta mediterranea | 0.6
con moderazione | 0.7
moderazione | 0.6
rapporto con il cibo | 0.6
alimentazione intuitiva | 0.8
intuitive eating | 0.8
ascoltare il corpo | 0.9
ascolta il tuo corpo | 0.9
ascoltare il proprio corpo | 0.9
frutta e verdura | 0.7
verdure | 0.4
legumi | 0.4
cereali integrali | 0.5
nutrizionista | 0.6
dietista | 0.6
pasti regolari | 0.7
idratazione | 0.5
bere acqua | 0.6
dormire | 0.2
sonno | 0.6
dormire bene | 0.8
ore di sonno | 0.7
andare a letto presto | 0.8
routine serale | 0.5
pisolino | 0.4
riposo | 0.6
riposare | 0.5
giorno di riposo | 0.6
movimento | 0.4
attività fisica | 0.7
camminata | 0.6
passeggiata | 0.4
passi al giorno | 0.6
diecimila passi | 0.6
stretching | 0.5
yoga | 0.7
pilates | 0.5
meditazione | 0.8
meditare | 0.8
mindfulness | 0.9
respirazione | 0.6
respiri profondi | 0.6
self care | 0.8
self-care | 0.8
selfcare | 0.8
prendermi cura di me | 0.8
prendersi cura di sé | 0.8
cura di sé | 0.8
salute mentale | 0.8
benessere mentale | 0.9
terapia | 0.4
psicoterapia | 0.6
gestire lo stress | 0.8
stress | 0.2
digital detox | 0.8
disintossicazione digitale | 0.8
meno social | 0.6
staccare la spina | 0.6
rallentare | 0.6
slow living | 0.7
lentezza | 0.5
bagno di foresta | 0.8
forest bathing | 0.8
all'aria aperta | 0.5
gratitudine | 0.3
journaling | 0.6
tisana | 0.4
camomilla | 0.4
massaggio | 0.3
serenità | 0.6
pace interiore | 0.8
calma | 0.3
relax | 0.3
prevenzione | 0.6
screening | 0.5
check-up | 0.5
visita medica | 0.3
postura | 0.4
vitalità | 0.5
rispettare i miei limiti | 0.8
confini | 0.3
smettere di fumare | 0.9
ho smesso di fumare | 0.9
analcolico | 0.4
analcolici | 0.4
sobrio | 0.4
dry january | 0.7
mente e corpo | 0.6
equilibrio mente corpo | 0.8
salute fisica | 0.7
wellness | 0.8
wellbeing | 0.8
healthy | 0.5
#benessere
#selfcare | 0.9
#mindfulness | 0.9
#salutementale | 0.8
#wellness | 0.9
#wellbeing | 0.9
#stiledivitasano
#mangiaresano | 0.9
#vitasana | 0.9
#healthylifestyle | 0.9
#slowliving | 0.7
#yoga | 0.6
#meditazione | 0.8
#digitaldetox | 0.8
# second pass: brand-statement phrases
stare bene | 0.7
sentirsi bene | 0.5
salute e benessere | 0.9
la tua salute | 0.5
cura della salute | 0.8
nutriente | 0.5
sana alimentazione | 0.9
alimentazione consapevole | 0.8
mangiare consapevole | 0.8
mindful eating | 0.8
senza eccessi | 0.8
senza zuccheri aggiunti | 0.6
sonno di qualità | 0.8
riposo di qualità | 0.7
dormire meglio | 0.8
mente sana | 0.8
corpo sano | 0.7
mente sana in corpo sano | 0.9
tempo per sé | 0.7
momento per sé | 0.6
tempo per te | 0.6
gestione dello stress | 0.8
antistress | 0.6
psicofisico | 0.8
olistic* | 0.6
self love | 0.7
amor proprio | 0.6
volersi bene | 0.6
autostima | 0.5
invecchiare bene | 0.7
longevità | 0.6
vita attiva | 0.6
stile di vita attivo | 0.7
terme | 0.4
fare una pausa | 0.5
bilanciat* | 0.5
# third pass: scenes of deeds
telefono spento | 0.7
spento il telefono | 0.7
a letto presto | 0.8
senza schermi | 0.7
niente schermi | 0.7
schermi spenti | 0.7
meno schermi | 0.7
camminare ogni giorno | 0.8
passeggiata quotidiana | 0.8
vado dalla psicologa | 0.8
vado dallo psicologo | 0.8
dalla psicologa | 0.6
dallo psicologo | 0.6
in terapia | 0.4
la mia terapeuta | 0.7
terapeuta | 0.5
mi sento più leggera | 0.6
mi sento meglio | 0.5
pasti sani | 0.8
cucinare sano | 0.8
porridge | 0.5
avena | 0.4
frutta fresca | 0.4
verdura di stagione | 0.5
cena leggera | 0.5
riposo attivo | 0.7
prendermi una pausa | 0.7
mi sono presa una pausa | 0.7
pausa dai social | 0.9
pausa social | 0.8
detox dai social | 0.8
giorno di recupero | 0.6
recupero muscolare | 0.6
nuotata | 0.4
corsetta | 0.5
movimento quotidiano | 0.8
diario della gratitudine | 0.8
due litri d'acqua | 0.7
meno zucchero | 0.6
gestire l'ansia | 0.8
respirare profondamente | 0.7
mammografia | 0.6
pap test | 0.6
controllo dei nei | 0.7
morning routine | 0.4
routine del mattino | 0.4
mattina lenta | 0.7
nessuna notifica | 0.6
notifiche spente | 0.7
imparato a dire di no | 0.8
dire di no | 0.4
senza telefono | 0.6

[value family]
famiglia | 0.9
famiglie | 0.8
in famiglia
family | 0.7
mamma | 0.5
papà | 0.5
genitori | 0.5
figli | 0.9
figlio | 0.8
figlia | 0.8
mio figlio
mia figlia
bambini | 0.4
bimbi | 0.6
bimba | 0.6
bimbo | 0.6
neonato | 0.6
neonata | 0.6
figlioletto | 0.8
figlioletta | 0.8
primogenito | 0.7
primogenita | 0.7
fratellino | 0.7
sorellina | 0.7
fratello | 0.4
sorella | 0.4
gemelli | 0.3
nonna | 0.4
nonno | 0.4
nonnina | 0.5
nonnino | 0.5
bisnonna | 0.3
bisnonno | 0.3
nipotini | 0.8
nipotino | 0.8
nipote | 0.4
zia | 0.3
zio | 0.3
cugini | 0.3
cugina | 0.3
parenti | 0.4
moglie | 0.4
suocera | 0.4
suocero | 0.4
pranzo della domenica | 0.9
pranzo in famiglia
cena in famiglia
tutti a tavola | 0.6
a casa dei nonni | 0.9
dai nonni | 0.5
riunione di famiglia
tempo in famiglia
tempo di qualità | 0.4
gita in famiglia
vacanze con i bambini | 0.8
vacanza in famiglia
giocare con i bambini | 0.8
nanna | 0.5
ninna nanna | 0.7
favola della buonanotte | 0.8
storia della buonanotte | 0.8
fare i compiti | 0.6
primo giorno di scuola | 0.8
pannolini | 0.5
allattamento | 0.6
gravidanza | 0.6
incinta | 0.6
battesimo | 0.5
crescere i figli
essere genitori
genitorialità
maternità | 0.8
paternità | 0.8
congedo di paternità | 0.8
famiglia numerosa
albero genealogico | 0.3
amore di mamma | 0.8
festa della mamma | 0.8
festa del papà | 0.8
festa dei nonni | 0.8
ricordi d'infanzia | 0.5
infanzia | 0.3
pranzo di natale | 0.6
cenone | 0.4
svezzamento | 0.5
pappa | 0.4
primi passi | 0.6
prime parole | 0.6
dentino | 0.6
ciuccio | 0.5
culla | 0.5
passeggino | 0.5
parco giochi | 0.5
asilo | 0.4
scuola materna | 0.5
affido familiare | 0.8
in affido | 0.6
famiglia adottiva
mamma lavoratrice | 0.7
papà a tempo pieno | 0.8
mamma a tempo pieno | 0.8
mamme | 0.5
#famiglia
#family | 0.8
#mamma | 0.8
#papà | 0.8
#figli
#nonni | 0.9
#familytime
#maternità | 0.8
#mammablogger | 0.7
#momlife | 0.8
#dadlife | 0.8
#genitori | 0.9
#vitadamamma | 0.8
#mammaefiglia | 0.9
#papàefiglia | 0.9
# second pass: brand-statement phrases
per famiglie | 0.9
tutta la famiglia
per grandi e piccini | 0.9
grandi e piccoli | 0.4
a misura di bambino | 0.9
a misura di famiglia | 0.9
family friendly | 0.9
kids friendly | 0.7
bimbi benvenuti | 0.7
genitori e figli | 0.9
mamme e papà | 0.9
nonni e nipoti | 0.9
figli e nipoti | 0.8
famiglie con bambini | 0.9
momenti in famiglia
tempo insieme | 0.6
passare del tempo insieme | 0.7
tre generazioni | 0.7
legami familiari | 0.9
vita familiare | 0.9
ambiente familiare | 0.6
attività per bambini | 0.6
laboratori per bambini | 0.5
cuginetti | 0.6
crescere insieme | 0.5
prima infanzia | 0.5
azienda di famiglia | 0.3
# third pass: scenes of deeds
pranzo dai suoceri | 0.8
pranzo con i nonni | 0.9
cena con i nonni | 0.9
a casa della nonna | 0.7
serata film con i bambini | 0.9
film con i bambini | 0.8
giocare con mio figlio | 0.9
giocare con mia figlia | 0.9
insegnato a mia figlia | 0.8
insegnato a mio figlio | 0.8
senza rotelle | 0.7
primo giorno di asilo | 0.8
mio marito | 0.5
mia moglie | 0.5
congedo parentale | 0.9
la nostra piccola | 0.6
il nostro piccolo | 0.5
i nostri bambini | 0.7
i miei bambini | 0.6
i nostri figli | 0.9
compleanno della nonna | 0.8
compleanno del nonno | 0.8
pronipoti | 0.8
bisnipoti | 0.8
quattro generazioni | 0.8
tutti i nipoti | 0.7
con i miei genitori | 0.7
con mamma e papà | 0.8
con i nonni | 0.7
con i bambini | 0.5
con i bimbi | 0.6
tutti insieme a tavola | 0.8
colazione tutti insieme | 0.7
mettere a letto i bambini | 0.8
recita di natale | 0.6
recita scolastica | 0.7
partita di mio figlio | 0.8
accompagnare a scuola | 0.6
portare i bambini a scuola | 0.7
papà single | 0.7
mamma single | 0.7
famiglia allargata | 0.8
rimboccare le coperte | 0.8
mio padre | 0.4
mia madre | 0.4
leggiamo una storia | 0.6
lettone | 0.6
pranzo dai miei | 0.8
cena dai miei | 0.8

[value craftsmanship]
artigian*
fatto a mano
fatti a mano
fatta a mano
fatte a mano
handmade
cucito a mano | 0.9
dipinto a mano | 0.9
lavorato a mano | 0.9
rifinito a mano | 0.9
ricamato a mano | 0.9
intagliato | 0.8
intaglio | 0.8
bottega | 0.7
laboratorio | 0.3
maestro artigiano
mastro | 0.5
maestria* | 0.9
saper fare | 0.9
savoir faire | 0.8
know how | 0.6
craftsmanship
qualità | 0.3
alta qualità | 0.6
qualità prima della quantità
qualità più che quantità
durevole | 0.8
duraturo | 0.7
dura una vita | 0.9
fatto per durare
costruito per durare
buy it for life | 0.8
garanzia a vita | 0.7
riparabile | 0.6
resistente | 0.3
materiali pregiati | 0.6
materie prime | 0.4
legno massello | 0.8
cuoio | 0.5
concia vegetale | 0.8
sartoria | 0.9
sartoriale | 0.9
fatto su misura | 0.8
sarto | 0.8
sarta | 0.8
cucito | 0.5
cucire | 0.5
ricamo | 0.7
uncinetto | 0.6
lavorare a maglia | 0.6
telaio | 0.4
tessitura | 0.8
ceramica | 0.6
ceramista | 0.9
smaltatura | 0.6
forgiato | 0.8
fabbro | 0.8
falegname | 0.9
falegnameria | 0.9
ebanista
liutaio
orafo | 0.9
calzolaio | 0.9
ciabattino | 0.8
vetro soffiato | 0.9
restaur* | 0.7
cura dei dettagli | 0.9
attenzione ai dettagli | 0.9
dettagli | 0.3
precisione | 0.6
pazienza | 0.4
ore di lavoro | 0.6
mestiere | 0.7
antichi mestieri | 0.8
piccoli lotti | 0.8
piccola produzione | 0.8
pezzo unico | 0.8
pezzi unici | 0.8
produzione limitata | 0.4
impunture | 0.6
cuciture | 0.5
rifiniture | 0.7
finiture | 0.4
lucidatura | 0.5
levigato | 0.6
levigare | 0.6
pialla | 0.7
scalpello | 0.7
incastri | 0.6
acciaio damasco | 0.8
lievitazione lenta | 0.5
stagionatura | 0.5
fatto bene | 0.5
a regola d'arte
eccellenza | 0.5
manualità* | 0.8
mani esperte | 0.9
con le mie mani | 0.6
autoprodotto | 0.5
patina | 0.5
manutenzione | 0.4
affilare | 0.5
competenza | 0.5
abilità | 0.5
tecnica | 0.3
made in italy | 0.4
lavorazione del legno | 0.8
lavorazione artigianale
#handmade
#fattoamano
#artigianato
#artigiano
#artigianale
#craftsmanship
#madeinitaly | 0.4
#woodworking | 0.8
#falegnameria | 0.9
#sartoria | 0.9
#ceramica | 0.7
#uncinetto | 0.5
#knitting | 0.5
#maker | 0.5
#madebyhand
tornitura | 0.7
# second pass: brand-statement phrases
progettato per durare
pensato per durare
creato per durare | 0.9
nato per durare | 0.9
resiste nel tempo | 0.8
costruito per essere riparato
facilmente riparabile | 0.9
tagliato a mano | 0.9
assemblato a mano | 0.9
confezionato a mano | 0.9
tessuto a mano | 0.9
intrecciato a mano | 0.9
realizzato a mano | 0.9
creato a mano | 0.9
materiali di qualità | 0.8
materie prime di qualità | 0.8
materie prime selezionate | 0.7
selezionati con cura | 0.7
scelti con cura | 0.6
nei minimi dettagli | 0.7
mani sapienti | 0.9
tecniche tradizionali | 0.6
tecniche antiche | 0.6
piccoli laboratori | 0.7
qualità superiore | 0.6
altissima qualità | 0.7
qualità senza compromessi | 0.9
senza compromessi | 0.5
ossessione per la qualità | 0.8
attenzione maniacale | 0.7
pezzo per pezzo | 0.7
anni di garanzia | 0.6
garantito a vita | 0.8
manifattura | 0.7
fatto ad arte | 0.9
orologiaio | 0.8
vetraio | 0.8
sellaio | 0.8
tessitore | 0.8
# third pass: scenes of deeds
lavorato ai ferri | 0.8
fatto ai ferri | 0.6
maglia ai ferri | 0.8
ferri da maglia | 0.8
lana grezza | 0.6
gomitolo | 0.4
gomitoli | 0.4
filare la lana | 0.8
arcolaio | 0.7
intaglio del legno | 0.9
spoon carving | 0.8
cucchiai di legno | 0.6
noce massello | 0.8
rovere massello | 0.8
massello | 0.6
coda di rondine | 0.7
a incastro | 0.5
saldatrice | 0.6
saldatura | 0.5
imparato a saldare | 0.8
temprata | 0.6
temprato | 0.6
lama forgiata | 0.9
affilata a mano | 0.8
stuccato | 0.4
mani di olio | 0.6
olio di lino | 0.4
verniciato a mano | 0.8
carteggiato | 0.6
carteggiare | 0.6
carta vetrata | 0.5
suola nuova | 0.5
durerà una vita | 0.9
dureranno anni | 0.6
durano anni | 0.6
dura anni | 0.6
cucitura a mano | 0.9
cuciture a mano | 0.9
punto sellaio | 0.9
pelle conciata | 0.6
bordi rifiniti | 0.7
mesi di lavoro | 0.6
settimane di lavoro | 0.6
ci vuole pazienza | 0.6
*tornio | 0.6
al tornio | 0.7
modellato a mano | 0.9
smaltato a mano | 0.8
banco da lavoro | 0.7
legatoria | 0.9
rilegato a mano | 0.9
rilegatura | 0.7
carta fatta a mano | 0.9
caratteri mobili | 0.8
letterpress | 0.8
cesteria | 0.9
cesto intrecciato | 0.7
impagliatura | 0.9
impagliare | 0.8
liuteria | 0.9
punto croce | 0.6
al millimetro | 0.7
millimetric* | 0.6
perfezionista | 0.4
rifatto da capo | 0.5
*apprendista | 0.6
apprendistato | 0.7
insegnato il mestiere | 0.9
rubare il mestiere | 0.8
scelto a mano | 0.8
scelti a mano | 0.8
selezionato a mano | 0.8

[value creativity]
creativ* | 0.9
creare | 0.5
ho creato | 0.6
creazione | 0.5
creazioni | 0.5
nuova idea | 0.6
nuove idee | 0.7
idee nuove | 0.7
idea geniale | 0.7
idee | 0.3
ispirazione | 0.5
inventare | 0.8
inventato | 0.8
invenzione | 0.8
inventore | 0.8
innova* | 0.8
speriment* | 0.8
esperimento | 0.6
prototip* | 0.8
arte | 0.6
artista | 0.7
artistic* | 0.6
disegno | 0.7
disegnare | 0.7
schizzo | 0.6
sketch | 0.5
sketchbook | 0.7
bozzetto | 0.7
illustrazione | 0.8
illustratrice | 0.8
illustratore | 0.8
acquerello | 0.8
pittura | 0.8
dipingere | 0.8
tela | 0.3
pennelli | 0.4
murales | 0.7
street art | 0.8
collage | 0.7
fotografia | 0.4
poesia | 0.6
scrittura creativa
racconto | 0.3
musica | 0.3
canzone | 0.4
jam session | 0.7
remix | 0.5
design | 0.4
progettar* | 0.5
faidate | 0.5
fai da te | 0.5
riciclo creativo | 0.8
upcycling | 0.6
smanettare | 0.8
smanettando | 0.8
tinkering | 0.8
arduino | 0.7
raspberry pi | 0.6
stampa 3d | 0.6
stampante 3d | 0.6
maker | 0.5
hackathon | 0.7
brainstorming | 0.6
moodboard | 0.6
fuori dagli schemi | 0.9
pensiero laterale | 0.9
originale | 0.3
originalità* | 0.7
immaginazion* | 0.8
fantasia | 0.5
visionari* | 0.6
nuova tecnica | 0.6
tecnica mista | 0.8
mixed media | 0.8
work in progress | 0.6
doodle | 0.6
lettering | 0.7
calligrafia | 0.5
linoleografia | 0.8
incisione | 0.5
serigrafia | 0.7
scultura | 0.8
scolpire | 0.8
argilla | 0.5
modellar* | 0.4
cosplay | 0.6
stop motion | 0.8
cortometraggio | 0.7
coreografia | 0.7
reinterpretazione | 0.7
rivisitazione | 0.6
customizzato | 0.5
personalizzato | 0.3
lavoretti | 0.5
lavoretti creativi | 0.8
bricolage | 0.4
brevetto | 0.6
geniale | 0.4
#creatività
#creativita
#creativity
#arte | 0.6
#art | 0.5
#artwork | 0.7
#illustration | 0.7
#illustrazione | 0.8
#sketchbook | 0.7
#wip | 0.5
#diy | 0.5
#faidate | 0.5
#handlettering | 0.7
#acquerello | 0.8
#watercolor | 0.7
# second pass: brand-statement phrases
per chi crea | 0.8
dare forma alle idee | 0.9
dare vita alle idee | 0.9
idee originali | 0.8
idee fresche | 0.7
idee brillanti | 0.8
reinventare | 0.8
estro | 0.7
estroso | 0.7
libera espressione | 0.8
espressione creativa | 0.9
esprimere se stessi | 0.7
autoespressione | 0.8
crea il tuo | 0.7
artisti emergenti | 0.8
giovani artisti | 0.8
collaborazioni con artisti | 0.7
designer emergenti | 0.6
design originale | 0.6
giocare con i colori | 0.6
nuovi linguaggi | 0.5
prendere forma | 0.5
atelier | 0.5
arte contemporanea | 0.7
colpo di genio | 0.6
# third pass: scenes of deeds
trasformato un vecchio | 0.8
trasformata una vecchia | 0.8
ho trasformato | 0.5
dare nuova vita | 0.8
dato nuova vita | 0.8
ho ricavato | 0.5
con i ritagli | 0.6
ritagli | 0.4
avanzi di stoffa | 0.7
scampoli | 0.5
mosaico | 0.6
pallet | 0.4
tecnica nuova | 0.6
programmato un robot | 0.8
robottino | 0.6
costruito un robot | 0.8
ho scritto una canzone | 0.9
scritto un racconto | 0.8
scritto una poesia | 0.8
composto una canzone | 0.9
testo e musica | 0.7
sto scrivendo un libro | 0.8
il mio primo romanzo | 0.7
fumetto | 0.6
fumetti | 0.5
graphic novel | 0.6
fanzine | 0.8
zine | 0.7
mi è venuta un'idea | 0.7
mi è venuta l'idea | 0.7
idea pazza | 0.6
idea folle | 0.6
customizzat* | 0.7
customizzare | 0.7
origami | 0.7
decoupage | 0.6
macramè | 0.6
fimo | 0.5
scrapbooking | 0.7
linocut | 0.8
cianotipia | 0.8
stencil | 0.5
stampato in 3d | 0.7
soluzione ingegnosa | 0.8
ingegnos* | 0.6
trovata geniale | 0.7
inventiva | 0.8
fantasios* | 0.6
con quello che avevo | 0.5
con quello che c'era in casa | 0.6
improvvisazion* | 0.7
ho costruito | 0.4
girato un corto | 0.8
ho dipinto | 0.8
dipinto | 0.4

[value adventure]
avventur*
esplor* | 0.8
scoprire | 0.2
scoperta | 0.2
libertà | 0.6
spirito libero | 0.9
indipendenz* | 0.5
zaino in spalla | 0.9
backpacking | 0.9
on the road | 0.8
road trip | 0.8
roadtrip | 0.8
in solitaria | 0.9
viaggiare sola | 0.8
viaggiare solo | 0.6
solo travel | 0.8
trekking | 0.7
escursione | 0.5
escursionismo | 0.7
alpinismo | 0.9
arrampicata | 0.8
scalat* | 0.5
via ferrata | 0.8
vetta | 0.7
in vetta | 0.8
alba in vetta | 0.9
cima | 0.3
bivacco | 0.9
tenda* | 0.4
notte in tenda | 0.8
campeggio | 0.5
campeggio libero | 0.9
sacco a pelo | 0.7
dormire sotto le stelle | 0.9
sotto le stelle | 0.5
sentiero | 0.5
fuori sentiero | 0.8
fuoripista | 0.8
scialpinismo | 0.9
freeride | 0.8
canyoning | 0.9
rafting | 0.8
kayak | 0.6
canoa | 0.5
surf | 0.5
apnea | 0.7
immersione | 0.5
paracadutismo | 0.9
paracadute | 0.7
parapendio | 0.9
bungee jumping | 0.9
deserto | 0.6
giungla | 0.7
selvaggio | 0.7
selvaggia | 0.7
natura selvaggia | 0.9
wild | 0.4
wilderness | 0.8
remoto | 0.5
sperduto | 0.6
fuori dal mondo | 0.6
ignoto | 0.7
spontaneità | 0.7
autostop | 0.9
rischio | 0.3
adrenalina | 0.8
brivido | 0.4
coraggio | 0.3
zona di comfort | 0.8
comfort zone | 0.8
van life | 0.9
vanlife | 0.9
camper | 0.5
furgone camperizzato | 0.8
overland | 0.8
spedizione | 0.6
traversata | 0.8
cammino di santiago | 0.8
bikepacking | 0.9
cicloviaggio | 0.8
barca a vela | 0.5
ghiacciaio | 0.7
vulcano | 0.5
grotta | 0.5
speleologia | 0.9
nomade | 0.7
giro del mondo | 0.8
in autonomia | 0.4
wanderlust | 0.7
outdoor | 0.5
#avventura
#adventure
#outdoor | 0.6
#wanderlust | 0.7
#trekking | 0.7
#montagna | 0.4
#explore | 0.6
#esplorare | 0.7
#vanlife | 0.9
#senzameta | 0.7
#alpinismo | 0.9
#bikepacking | 0.9
#zainoinspalla | 0.9
#outdoorlife | 0.7
# second pass: brand-statement phrases
aria aperta | 0.6
vita all'aria aperta | 0.8
natura incontaminata | 0.8
luoghi selvaggi | 0.9
fuori dai sentieri battuti | 0.9
poco battuti | 0.8
scoprire il mondo | 0.8
alla scoperta | 0.4
attrezzatura da campeggio | 0.6
camping | 0.5
bushcraft | 0.9
survival | 0.7
sopravvivenza | 0.6
orienteering | 0.7
bussola | 0.5
zaino | 0.2
scarponi | 0.5
ciaspolata | 0.8
alta quota | 0.8
alta montagna | 0.8
montagna | 0.3
sentirsi liberi | 0.7
senza meta | 0.8
terre lontane | 0.6
angoli remoti | 0.8
hiking | 0.7
trail running | 0.7
climbing | 0.8
bouldering | 0.8
boulder | 0.7
kitesurf | 0.8
windsurf | 0.6
snowboard | 0.5
tenda sul tetto | 0.7
safari fotografico | 0.7
immergersi nella natura | 0.7
audace | 0.6
osare | 0.6
nuovi orizzonti | 0.7
senza confini | 0.5
# third pass: scenes of deeds
senza prenotare | 0.8
senza programmi | 0.7
senza un piano | 0.7
dove capitava | 0.7
partiti all'improvviso | 0.8
partenza improvvisata | 0.8
biglietto di sola andata | 0.9
sola andata | 0.7
zaino e via | 0.6
mollato tutto | 0.8
ho lasciato il lavoro | 0.4
viaggio in furgone | 0.8
in furgone | 0.6
col furgone | 0.6
guadato il torrente | 0.9
guadare | 0.7
torcia frontale | 0.6
primo lancio | 0.6
salto nel vuoto | 0.6
cliff diving | 0.9
tuffo dalla scogliera | 0.9
immersione notturna | 0.7
all'addiaccio | 0.9
dormito in tenda | 0.8
dormire in tenda | 0.8
rifugio alpino | 0.8
rifugio in quota | 0.8
rifugio di montagna | 0.8
notte in rifugio | 0.8
salita al rifugio | 0.7
ramponi | 0.7
piccozza | 0.8
*cordata | 0.5
cresta | 0.4
dislivello | 0.5
metri di dislivello | 0.6
posti sconosciuti | 0.6
dall'altra parte del mondo | 0.6
in capo al mondo | 0.7
in mezzo al nulla | 0.7
senza campo | 0.5
fuori pista | 0.8
viaggio in moto | 0.7
interrail | 0.7
transiberiana | 0.8
overlanding | 0.8
caccia all'aurora | 0.8
volo a caso | 0.8
destinazione a caso | 0.8
quattromila | 0.6
4000 metri | 0.7
3000 metri | 0.6

[value learning]
imparare | 0.8
ho imparato | 0.9
imparato | 0.6
insegnare | 0.6
insegnante | 0.6
insegnamento | 0.7
spiegare | 0.6
spiegazione | 0.7
vi spiego | 0.8
ti spiego | 0.7
studiar* | 0.6
studiat* | 0.5
sessione di studio | 0.8
studygram | 0.8
scuola | 0.3
università* | 0.4
lezione | 0.4
lezioni | 0.4
corso* | 0.2
laurea | 0.5
tesi | 0.4
esame | 0.4
dottorat* | 0.7
ricerca | 0.3
ricercatrice | 0.7
ricercatore | 0.7
scienza | 0.8
scientific* | 0.7
divulga* | 0.9
curiosità | 0.7
curioso | 0.4
fun fact | 0.7
lo sapevi | 0.8
lo sapevate | 0.8
sapevi che | 0.7
ho letto | 0.4
conoscenza | 0.7
conoscenze | 0.7
cultura | 0.3
libri | 0.3
lettura | 0.3
saggio | 0.3
biblioteca | 0.5
museo | 0.3
documentario | 0.6
tutorial | 0.5
passo dopo passo | 0.3
approfondimento | 0.8
approfondire | 0.7
fonti | 0.4
matematica | 0.6
chimica | 0.5
astronomia | 0.6
filosofia | 0.5
grammatica | 0.5
vocabolario | 0.4
imparare una lingua | 0.9
formazione | 0.4
aggiornamento professionale | 0.7
workshop | 0.3
seminario | 0.4
webinar | 0.5
conferenza | 0.4
masterclass | 0.4
mentore | 0.6
maestra | 0.5
professoressa | 0.5
alunni | 0.6
studenti | 0.6
didattica | 0.8
educazione | 0.6
educativ* | 0.7
pedagogia | 0.7
apprendimento | 0.9
lifelong learning | 0.9
autodidatta | 0.9
continuare a imparare | 0.9
spiegone | 0.8
pillole di scienza | 0.9
falso mito | 0.8
falsi miti | 0.8
sfatiamo | 0.8
sfatare | 0.8
bufala | 0.4
peer review | 0.7
microscopio | 0.7
telescopio | 0.6
teoria | 0.4
teorema | 0.6
equazione | 0.6
quiz | 0.4
domande e risposte | 0.4
curiosità scientifiche
#scienza
#divulgazione
#divulgazionescientifica
#imparare
#studygram | 0.8
#studio | 0.4
#learning
#education
#edutok | 0.9
#losapevi | 0.8
#curiosità | 0.7
#booktok | 0.5
#bookstagram | 0.5
#insegnante | 0.7
#scuola | 0.5
# second pass: brand-statement phrases
chi vuole imparare | 0.9
voglia di imparare | 0.9
mente curiosa | 0.8
scoprire | 0.2
scoperta | 0.2
museo della scienza | 0.8
visita guidata | 0.5
mostra interattiva | 0.6
imparare facendo | 0.9
learning by doing | 0.9
formazione continua | 0.9
crescita personale | 0.6
crescita professionale | 0.5
sviluppo personale | 0.5
il sapere | 0.6
condividere il sapere | 0.9
diritto all'istruzione | 0.9
accesso all'istruzione | 0.9
alfabetizzazione | 0.8
educazione finanziaria | 0.5
materie stem | 0.8
discipline stem | 0.8
stem | 0.5
coding per bambini | 0.8
robotica | 0.5
esperimenti per bambini | 0.7
tutor | 0.5
tutoraggio | 0.6
accademia | 0.5
e-learning | 0.7
corso online | 0.6
spiegato semplice | 0.8
spiegato bene | 0.7
in parole semplici | 0.7
leggere libri | 0.6
planetario | 0.7
storia dell'arte | 0.5
lingue straniere | 0.7
imparare l'inglese | 0.8
mentoring | 0.7
# third pass: scenes of deeds
tornata a studiare | 0.9
tornato a studiare | 0.9
ricominciato a studiare | 0.9
ripreso a studiare | 0.9
come funzionano | 0.5
abbiamo fatto l'esperimento | 0.8
esperimento | 0.5
esperimento scientifico | 0.9
esperimenti scientifici | 0.9
domande dei bambini | 0.6
spiegare ai bambini | 0.8
spiegato ai bambini | 0.8
esercizi di grammatica | 0.7
*ripasso | 0.4
flashcard | 0.6
mappe concettuali | 0.7
metodo di studio | 0.8
in lingua originale | 0.6
duolingo | 0.6
tandem linguistico | 0.8
scambio linguistico | 0.8
certificazione linguistica | 0.7
corso serale | 0.7
scuola serale | 0.8
università popolare | 0.8
università della terza età | 0.9
ho scoperto che | 0.5
non sapevo che | 0.5
mi sono documentata | 0.8
mi sono documentato | 0.8
fonti scientifiche | 0.8
studio scientifico | 0.7
studi scientifici | 0.7
articolo scientifico | 0.8
osservare le stelle | 0.6
*biologia | 0.6
seguire un corso | 0.6
frequentare un corso | 0.6
iscritta a un corso | 0.7
iscritto a un corso | 0.7
ho fatto un corso | 0.5
vuole sapere tutto | 0.6
sapere tutto su | 0.5

[value animal_welfare]
benessere animale
benessere degli animali
diritti degli animali
rispetto per gli animali
amore per gli animali | 0.8
amanti degli animali | 0.7
animalis* | 0.9
adozione | 0.6
adottato | 0.6
adottata | 0.6
adottare | 0.6
adottami | 0.8
in adozione | 0.8
dato in adozione | 0.8
cerca casa | 0.7
cerca famiglia | 0.7
casa per sempre | 0.7
forever home | 0.7
stallo | 0.5
stallo casalingo | 0.9
salvataggio | 0.6
rescue | 0.8
trovatello | 0.8
trovatella | 0.8
randagio | 0.8
randagi | 0.8
randagismo | 0.9
abbandonato | 0.5
abbandono | 0.5
canile | 0.8
gattile | 0.9
dal canile | 0.9
dal gattile | 0.9
rifugio per animali | 0.9
santuario | 0.3
enpa | 0.8
lipu | 0.7
oipa | 0.7
antivivisezione | 0.9
cruelty free
cruelty-free
leaping bunny | 0.8
vegan* | 0.5
vegetarian* | 0.4
sterilizzazione | 0.4
colonia felina | 0.9
gatti di colonia | 0.8
gattara | 0.7
staffetta | 0.5
staffette | 0.6
pet therapy | 0.5
fauna selvatica | 0.7
recupero fauna | 0.8
centro recupero animali selvatici
rilasciato in natura | 0.8
liberato in natura | 0.8
tartarughe marine | 0.6
caretta caretta | 0.7
specie protette | 0.7
bracconaggio | 0.5
maltrattamento | 0.6
maltrattamenti | 0.6
maltrattato | 0.5
allevamenti intensivi | 0.6
allevamento intensivo | 0.6
fur free | 0.8
fur-free | 0.8
pelliccia ecologica | 0.7
pelle vegana | 0.8
casette per uccelli | 0.5
mangiatoia | 0.4
veterinario | 0.3
cure veterinarie | 0.6
microchip | 0.4
cane adottato | 0.9
gatto adottato | 0.9
animali liberi | 0.7
tutela degli animali
protezione animali
#adoptdontshop
#adottanoncomprare
#adottami | 0.9
#adozione | 0.8
#adozionedelcuore | 0.9
#adottaunamico
#crueltyfree
#furfree | 0.9
#rescuedog | 0.9
#rescuecat | 0.9
#randagi | 0.8
#canile | 0.8
#gattile | 0.9
#animalisti | 0.9
#circosenzaanimali
#dirittideglianimali
#vegan | 0.5
# second pass: brand-statement phrases
non testato su animali | 0.9
mai testato su animali | 0.9
senza test su animali | 0.9
origine vegetale | 0.5
a base vegetale | 0.5
plant based | 0.5
allevati all'aperto | 0.7
allevati al pascolo | 0.8
allevate a terra | 0.6
galline felici | 0.7
proteggere gli animali | 0.9
difendere gli animali | 0.9
animali salvati | 0.9
salvare animali | 0.9
cani salvati | 0.9
gatti salvati | 0.9
a favore degli animali | 0.7
senza crudeltà | 0.9
libero da crudeltà | 0.9
contro la crudeltà | 0.8
mulesing free | 0.8
senza mulesing | 0.8
ecopelle | 0.5
wwf | 0.6
specie a rischio | 0.8
specie in via di estinzione | 0.8
estinzione | 0.5
salvare le api | 0.9
proteggere le api | 0.9
habitat | 0.5
fauna | 0.5
# third pass: scenes of deeds
animale ferito | 0.9
animali feriti | 0.9
riccio ferito | 0.9
riccio investito | 0.7
ricci feriti | 0.9
centro recupero | 0.6
centro di recupero fauna | 0.9
centro recupero ricci | 0.9
cras | 0.6
uccellino caduto dal nido | 0.8
caduto dal nido | 0.7
rondine ferita | 0.8
gabbiano ferito | 0.8
capriolo ferito | 0.8
volpe ferita | 0.8
civetta ferita | 0.8
torna a volare | 0.7
tornato a volare | 0.7
vola di nuovo | 0.5
rimesso in libertà | 0.5
rimessa in libertà | 0.5
casetta per i ricci | 0.9
casetta per ricci | 0.9
casetta per pipistrelli | 0.8
bat box | 0.7
nido artificiale | 0.6
nidi artificiali | 0.6
hotel per insetti | 0.6
mangiatoia per uccellini | 0.8
mangiatoia per gli uccelli | 0.8
palline di grasso | 0.6
semi per gli uccellini | 0.6
acqua per gli uccellini | 0.6
ciotola d'acqua per | 0.5
aiutare i rospi | 0.9
rospi ad attraversare | 0.9
migrazione dei rospi | 0.9
salvataggio dei rospi | 0.9
attraversamento anfibi | 0.9
rospi | 0.4
colonia di gatti | 0.9
gatti della colonia | 0.9
cibo per la colonia | 0.9
crocchette per la colonia | 0.9
gatti di strada | 0.7
cani di strada | 0.7
gatti liberi | 0.6
da mangiare ai gatti | 0.7
da mangiare ai randagi | 0.9
sfamare i randagi | 0.9
gattini abbandonati | 0.9
cuccioli abbandonati | 0.9
cucciolata abbandonata | 0.9
abbandono estivo | 0.9
abbandonati in estate | 0.8
trovato un gattino | 0.7
trovata una gattina | 0.7
trovato un cucciolo | 0.7
trovato un cane | 0.5
gattini allattati col biberon | 0.9
allattati con il biberon | 0.6
cane anziano adottato | 0.9
adottato un cane anziano | 0.9
adottato un gatto anziano | 0.9
cane anziano | 0.4
gatto anziano | 0.4
cagnolina anziana | 0.6
cane senior | 0.6
adozione del cuore | 0.9
cane a tre zampe | 0.7
gatto a tre zampe | 0.7
cane disabile | 0.8
gatto cieco | 0.6
gatto fiv | 0.8
in stallo da me | 0.9
gatto in stallo | 0.9
cane in stallo | 0.9
stallo temporaneo | 0.9
famiglia di stallo | 0.9
spese veterinarie | 0.4
spese del veterinario | 0.4
cure per il randagio | 0.9
raccolta per le cure | 0.7
campagna di sterilizzazione | 0.9
sterilizzare i gatti | 0.9
gatti sterilizzati | 0.9
sterilizzazione dei gatti | 0.9
castrazione | 0.4
cani al guinzaglio | 0.5
periodo di nidificazione | 0.8
zona di nidificazione | 0.8
nidificazione | 0.6
stanno nidificando | 0.7
nidi di fratino | 0.9
fratino | 0.6
nido di tartaruga | 0.9
nidi di caretta | 0.9
volontaria al canile | 0.9
volontario al canile | 0.9
volontariato al rifugio | 0.7
rifugio per cani | 0.9
rifugio per gatti | 0.9
rifugio per animali da fattoria | 0.9
santuario per animali | 0.9
animali da fattoria salvati | 0.9
maialino salvato | 0.9
galline salvate | 0.9
galline ex ovaiole | 0.9
ex ovaiole | 0.9
salvato dal macello | 0.9
salvata dal macello | 0.9
salvati dal macello | 0.9
cibo per il canile | 0.8
coperte per il canile | 0.8
raccolta per il gattile | 0.9
portare a passeggio i cani del canile | 0.9
guardia zoofila | 0.8
guardie zoofile | 0.8
denunciato il maltrattamento | 0.8
cane alla catena | 0.5
cane smarrito | 0.6
gatto smarrito | 0.6
cane ritrovato | 0.5
non comprate cuccioli | 0.8
adottato da una famiglia | 0.6
adottata da una famiglia | 0.6
ha trovato una famiglia | 0.8
finalmente adottato | 0.9
finalmente adottata | 0.9
gatti del quartiere | 0.8
cane legato | 0.5
segnalato alla forestale | 0.7
chiamato la forestale | 0.6

[value fairness]
equo | 0.7
equa | 0.7
equità | 0.9
commercio equo
commercio equo e solidale
equosolidale
fair trade
fairtrade
giustizia | 0.7
giustizia sociale
prezzo giusto | 0.7
paga giusta
salario giusto
stipendio giusto | 0.9
salario minimo | 0.8
salario dignitoso
paga dignitosa
lavoro dignitoso
equo compenso
dignità | 0.4
condizioni di lavoro | 0.7
diritti dei lavoratori
lavorator* | 0.4
lavoratric* | 0.4
sindacat* | 0.6
sciopero | 0.3
contratto regolare | 0.8
lavoro nero | 0.5
caporalato | 0.8
sfruttamento | 0.6
stage retribuito | 0.9
tirocinio retribuito | 0.9
retribuito | 0.4
pagare il giusto | 0.9
pagati il giusto | 0.9
pagato il giusto | 0.9
parità salariale
gender pay gap | 0.9
divario retributivo | 0.9
pari opportunità | 0.8
parità | 0.6
uguaglianza | 0.6
disuguaglianze | 0.6
diritti umani | 0.8
pari diritti | 0.9
filiera etica | 0.9
produzione etica | 0.9
moda etica | 0.8
etica | 0.4
etico | 0.4
who made my clothes | 0.9
fashion revolution | 0.8
rana plaza | 0.7
piccoli produttori | 0.6
braccianti | 0.6
redistribuzione | 0.6
trasparenza salariale | 0.8
stesso lavoro stessa paga | 0.9
trattamento equo
impresa sociale | 0.7
economia sociale | 0.6
società benefit | 0.8
b corp | 0.7
benefit corporation | 0.7
responsabilità sociale | 0.8
welfare aziendale | 0.5
straordinari pagati | 0.8
tutele | 0.5
precariato | 0.5
precari | 0.4
festa dei lavoratori | 0.6
primo maggio | 0.4
uguali per tutti | 0.6
fair play | 0.5
correttezza | 0.4
imparzialità | 0.7
pagare le tasse | 0.4
evasione fiscale | 0.3
cooperativa | 0.4
cooperative sociali | 0.7
#fairtrade
#equosolidale
#commercioequo
#whomademyclothes | 0.9
#fashionrevolution | 0.8
#giustiziasociale
#parità | 0.8
#dirittideilavoratori
#salariominimo | 0.8
# second pass: brand-statement phrases
pagati equamente
artigiani pagati equamente
pagati in modo equo
compenso equo | 0.9
retribuzione equa | 0.9
retribuzione dignitosa | 0.9
salari equi | 0.9
stipendi equi | 0.9
giusta retribuzione | 0.9
giusto compenso | 0.9
giusto prezzo | 0.7
prezzo equo | 0.8
condizioni dignitose | 0.8
filiera equa | 0.9
filiera giusta | 0.9
equo e solidale
rispetto dei lavoratori | 0.9
tutela dei lavoratori | 0.9
diritti sindacali | 0.8
niente sfruttamento | 0.9
senza sfruttamento | 0.9
zero sfruttamento | 0.9
senza lavoro minorile | 0.9
no al lavoro minorile | 0.9
parità di trattamento | 0.9
pari trattamento | 0.9
stessi diritti | 0.8
pari dignità | 0.9
impatto sociale | 0.7
commercio etico | 0.9
acquisti etici | 0.8
scelte etiche | 0.7
dignità del lavoro | 0.9
remunerazione equa | 0.9
divario salariale | 0.9
accesso equo | 0.8
cooperative di produttori | 0.7
prezzi equi | 0.8
salario equo | 0.9
paga equa | 0.9
# third pass: scenes of deeds
pago gli straordinari | 0.9
pagare gli straordinari | 0.9
coltivatori il giusto | 0.8
contadini il giusto | 0.8
agricoltori il giusto | 0.8
produttori il giusto | 0.8
pagata il giusto | 0.9
senza tirare sul prezzo | 0.8
diviso le mance | 0.9
mance divise | 0.9
in parti uguali | 0.3
diviso equamente | 0.9
divise equamente | 0.9
equamente | 0.7
senza caporali | 0.9
no al caporalato | 0.9
messi in regola | 0.8
messo in regola | 0.8
regolarmente assunti | 0.9
assunti regolarmente | 0.9
contratto vero | 0.8
stagisti pagati | 0.9
stagista pagato | 0.9
stage pagato | 0.9
tirocinanti pagati | 0.9
collaboratori sono pagati | 0.9
collaboratori pagati | 0.9
stesso stipendio | 0.8
stessa paga | 0.9
a parità di mansioni | 0.9
diritti dei rider | 0.9
mancia al rider | 0.6
carico mentale | 0.7
divisione dei compiti domestici | 0.9
faccende domestiche divise | 0.9
faccio la mia parte | 0.5
fasce di stipendio | 0.8
fasce salariali | 0.9
stipendio nell'annuncio | 0.9
ral nell'annuncio | 0.9
solidarietà ai lavoratori | 0.9
presidio dei lavoratori | 0.8
fornitori pagati in tempo | 0.9
pagati in tempo | 0.7
ferie pagate | 0.8
malattia pagata | 0.8
bottega del mondo | 0.8
botteghe del mondo | 0.8
altromercato | 0.9
pomodoro etico | 0.9
filiera pulita | 0.8
ingiustizia | 0.5
ingiusto | 0.4
equa divisione | 0.9
divisione equa | 0.9
turni equi | 0.8
ccnl | 0.6
contratto nazionale | 0.6
#nocaporalato
hanno il contratto | 0.5
le mance | 0.4
mance | 0.4
chi l'ha cucita | 0.9
chi l'ha cucito | 0.9
chi li ha cuciti | 0.9
stesso premio | 0.8
stessi premi | 0.8
stesso compenso | 0.9
stesso trattamento | 0.8
paghiamo i fornitori | 0.8
pagare i fornitori | 0.7
fornitori pagati | 0.8
alzato gli stipendi | 0.8
aumentato gli stipendi | 0.8
pago le fatture | 0.6
fatture pagate | 0.6
guadagnano quanto | 0.5

[value tradition]
tradizion*
come da tradizione
ricetta della nonna
da generazioni | 0.6
dalle mie parti | 0.5
ricette della nonna
come faceva la nonna
come facevano i nonni | 0.9
sugo della nonna | 0.9
antica ricetta | 0.9
ricette antiche | 0.9
tramandat* | 0.9
tramandare | 0.9
di generazione in generazione
di padre in figlio | 0.9
di madre in figlia | 0.9
eredità | 0.5
patrimonio culturale | 0.9
patrimonio | 0.3
radici | 0.3
folklore
folclore
folkloristic* | 0.9
usanze | 0.9
usanza | 0.9
costumi tradizionali
dialetto | 0.8
proverbio | 0.7
proverbi | 0.7
detto popolare | 0.8
sagra | 0.7
festa patronale | 0.9
santo patrono | 0.8
processione | 0.8
palio | 0.4
rievocazione storica | 0.9
rievocazione | 0.7
corteo storico | 0.9
carnevale | 0.4
presepe | 0.6
presepe vivente | 0.9
befana | 0.5
vigilia | 0.3
panettone | 0.3
colomba pasquale | 0.4
tortellini | 0.4
pasta fatta in casa | 0.8
sfoglia | 0.4
sfoglina | 0.9
mattarello | 0.6
tirata a mano | 0.7
ragù della domenica | 0.8
ragù | 0.3
conserve | 0.5
passata di pomodoro | 0.5
salsa fatta in casa | 0.6
vendemmia | 0.6
raccolta delle olive | 0.7
frantoio | 0.5
forno a legna | 0.5
pane casereccio | 0.6
casereccio | 0.5
cultura contadina | 0.9
civiltà contadina | 0.9
mondo contadino | 0.9
contadino | 0.3
borgo | 0.4
borghi | 0.4
borgo medievale | 0.6
centro storico | 0.4
storia locale | 0.9
storia del paese | 0.8
museo etnografico | 0.9
antichi mestieri | 0.9
mestieri di una volta | 0.9
tombolo | 0.9
merletto | 0.8
ricamo | 0.4
tarantella | 0.8
pizzica | 0.8
danze popolari | 0.9
musica popolare | 0.8
canti popolari | 0.9
zampogna | 0.9
organetto | 0.7
tipic* | 0.3
piatto tipico | 0.7
prodotti tipici | 0.6
presidio slow food | 0.7
slow food | 0.4
nostalgia | 0.4
foto d'epoca | 0.6
d'epoca | 0.5
retrò | 0.3
storico | 0.3
storica | 0.3
secolar* | 0.8
centenario | 0.6
bottega storica | 0.9
locale storico | 0.8
osteria | 0.4
trattoria | 0.4
antenati | 0.8
albero genealogico | 0.6
rito | 0.5
riti | 0.5
pellegrinaggio | 0.7
falò | 0.4
bisnonna | 0.5
lievito madre | 0.4
#tradizione
#tradizioni
#ricettedellanonna
#ricettatradizionale
#cucinatradizionale
#folklore
#borghiditalia | 0.6
#dialetto | 0.8
#sagra | 0.7
#storialocale | 0.9
leggende popolari | 0.7
leggenda locale | 0.6
# second pass: brand-statement phrases
ricette di famiglia | 0.9
da oltre un secolo | 0.8
da più di cento anni | 0.7
da tre generazioni | 0.9
da quattro generazioni | 0.9
storia di famiglia | 0.7
azienda di famiglia | 0.7
a conduzione familiare | 0.8
impresa familiare | 0.6
bottega di famiglia | 0.8
come una volta | 0.6
sapori di una volta | 0.9
gusto di una volta | 0.8
sapori autentici | 0.6
antichi sapori | 0.9
cultura locale | 0.7
identità locale | 0.7
le nostre radici | 0.8
radici contadine | 0.9
tornare alle radici | 0.8
memoria storica | 0.8
heritage | 0.8
mestieri antichi | 0.9
tecniche tradizionali | 0.7
specialità regionali | 0.7
cucina regionale | 0.8
ricette regionali | 0.8
cucina della nonna | 0.9
cucina casalinga | 0.6
denominazione di origine | 0.6
feste popolari | 0.8
cultura popolare | 0.7
vecchie ricette | 0.8
ricetta originale | 0.7
eredità di famiglia | 0.8
grani antichi | 0.7
varietà antiche | 0.7
vitigni autoctoni | 0.6
dop e igp | 0.6
prodotti dop | 0.6
# third pass: scenes of deeds
prozia | 0.5
prozio | 0.5
trisnonno | 0.7
trisnonna | 0.7
trisavolo | 0.8
ai tempi dei nonni | 0.8
ai tempi del nonno | 0.8
ai tempi della nonna | 0.8
come si faceva una volta | 0.9
come facevano i nostri nonni | 0.9
come faceva sua madre | 0.6
come faceva mia madre | 0.6
come faceva mio nonno | 0.8
una volta si faceva | 0.7
alla vecchia maniera | 0.9
alla maniera antica | 0.9
all'antica | 0.6
metodo antico | 0.8
ricetta antica | 0.9
da sempre | 0.3
da secoli | 0.7
da generazione | 0.8
insegnato da mia nonna | 0.7
nonno mi ha insegnato | 0.7
nonna mi ha insegnato | 0.7
ereditato dalla nonna | 0.8
ereditato dal nonno | 0.8
appartenuto alla bisnonna | 0.8
festa del patrono | 0.9
*patrono | 0.7
festa del santo | 0.8
statua del santo | 0.8
portare il santo | 0.8
benedizione degli animali | 0.8
falò di sant'antonio | 0.9
notte di san giovanni | 0.7
fiera del paese | 0.8
fiera di paese | 0.8
fiera del bestiame | 0.7
antica fiera | 0.8
sagra di paese | 0.8
luminarie | 0.7
infiorata | 0.9
infiorate | 0.9
zampognari | 0.9
tombolata | 0.7
tombola di natale | 0.7
sette pesci | 0.8
cenone della vigilia | 0.7
pane di pasqua | 0.8
pastiera | 0.5
chiacchiere di carnevale | 0.6
frittelle di carnevale | 0.6
maschere tradizionali | 0.9
maschera tradizionale | 0.9
maschere di legno | 0.8
carnevale storico | 0.9
carri allegorici | 0.5
albero della cuccagna | 0.9
giochi di una volta | 0.9
giochi antichi | 0.7
*maialata | 0.9
norcino | 0.9
ammazzare il maiale | 0.8
uccisione del maiale | 0.8
salami fatti in casa | 0.8
salumi fatti in casa | 0.8
passata fatta in casa | 0.8
giornata della salsa | 0.9
bottiglie di pomodoro | 0.7
conserve della nonna | 0.9
ricettario della nonna | 0.9
quaderno di ricette | 0.8
vecchio ricettario | 0.8
ricettario | 0.5
pasta tirata al mattarello | 0.9
sfoglia tirata a mano | 0.9
orecchiette fatte a mano | 0.9
pigiare l'uva | 0.8
pigiatura | 0.7
*torchio | 0.6
vino fatto in casa | 0.7
cantina del nonno | 0.7
macinato a pietra | 0.8
macina a pietra | 0.8
mulino ad acqua | 0.7
forno del paese | 0.7
transumanza | 0.9
alpeggio | 0.6
in dialetto | 0.9
parlata locale | 0.8
vernacolo | 0.8
modi di dire | 0.6
filastrocca | 0.6
filastrocche | 0.6
stornelli | 0.8
canto a tenore | 0.9
saltarello | 0.8
tammurriata | 0.9
taranta | 0.7
notte della taranta | 0.8
racconti dei nonni | 0.8
racconti del nonno | 0.8
storie di una volta | 0.8
storie del paese | 0.8
storie della guerra | 0.5
fabbro del paese | 0.9
vecchi artigiani | 0.8
ultimo artigiano | 0.8
ultimi artigiani | 0.8
antico mestiere | 0.9
mestiere antico | 0.9
mestiere di famiglia | 0.8
bottega del nonno | 0.9
laboratorio del nonno | 0.8
telaio della nonna | 0.9
uncinetto della nonna | 0.8
corredo della nonna | 0.9
corredo | 0.3
centrini | 0.5
costume tipico | 0.9
abito tradizionale | 0.9
abiti tradizionali | 0.9
gruppo folk | 0.9
ex voto | 0.8
novena | 0.6
via francigena | 0.7
foto ingiallite | 0.8
vecchie foto | 0.5
vecchie fotografie | 0.5
cartoline d'epoca | 0.6
storia del borgo | 0.8
archivio storico | 0.7
paese d'origine | 0.5
paese natale | 0.5
arte antica | 0.7
antica arte | 0.8
#tradizioniitaliane
#folk | 0.6
#festapatronale
#ricettedifamiglia
benedicono gli animali | 0.8
canti della mia terra | 0.8
della mia terra | 0.4
vecchie del paese | 0.6
vecchi del paese | 0.6
anziani del paese | 0.6
quadriglia | 0.6
vestiti di una volta | 0.8

[value humor]
umoris*
humor | 0.9
humour | 0.9
ironia | 0.7
ironico | 0.5
autoironi*
battuta* | 0.5
battute* | 0.5
battutaccia | 0.9
barzelletta
barzellette
scherz* | 0.8
divertente | 0.7
divertenti | 0.7
divertimento | 0.4
ridere | 0.8
risate* | 0.3
che risate | 0.9
tante risate | 0.8
quante risate | 0.8
risate assicurate | 0.9
risata* | 0.3
ridere a crepapelle
morto dal ridere
morta dal ridere
morti dal ridere
piegata in due | 0.6
che ridere | 0.9
rido | 0.6
ridevo | 0.6
comico | 0.8
comica | 0.8
comicità | 0.9
stand up comedy | 0.8
stand-up | 0.6
cabaret | 0.8
commedia | 0.4
parodia | 0.8
meme | 0.8
memes | 0.8
fail | 0.6
epic fail | 0.9
figuraccia | 0.9
figuracce | 0.9
gaffe | 0.7
gioco di parole
giochi di parole
freddura
freddure
pesce d'aprile | 0.8
giocherellone | 0.7
buffo | 0.8
buffa | 0.8
spassoso | 0.9
spassosa | 0.9
esilarante
demenziale | 0.6
cavolat* | 0.4
scemenze | 0.4
stupidaggini | 0.3
lol | 0.4
ahah* | 0.5
hahah* | 0.5
pagliaccio | 0.3
clown | 0.3
ci ridiamo su
riderci su
ridiamoci su
prendersi in giro | 0.9
mi prendo in giro | 0.9
prendermi in giro | 0.7
leggerezza | 0.5
buonumore | 0.7
buon umore | 0.7
allegria | 0.6
giocoso | 0.6
imitazione | 0.5
imitazioni | 0.5
satira | 0.7
satiric* | 0.7
vignetta | 0.5
vignette | 0.5
tormentone | 0.4
sdrammatizzare | 0.9
sdrammatizziamo | 0.9
ironizzare | 0.7
gag | 0.5
bloopers | 0.8
blooper | 0.8
momenti imbarazzanti | 0.6
funny | 0.6
comedy | 0.7
prank | 0.5
umorismo nero | 0.8
humour nero | 0.8
tragicomic* | 0.8
nonsense | 0.5
simpatia | 0.3
aspettativa vs realtà | 0.5
#meme | 0.8
#memeitaliani | 0.9
#humor
#umorismo
#divertente | 0.8
#ridere | 0.9
#risate | 0.9
#ironia | 0.8
#autoironia
#comedy | 0.8
#funny | 0.7
#fail | 0.7
#battute | 0.9
#barzellette
# second pass: brand-statement phrases
far ridere | 0.9
fa ridere | 0.8
far sorridere | 0.8
strappare un sorriso | 0.8
non prendersi sul serio
non prendersi troppo sul serio
senza prendersi sul serio
prenderci poco sul serio | 0.9
riderci sopra | 0.9
ridiamoci sopra | 0.9
ridere di sé | 0.9
ridere di noi stessi | 0.9
fare gli scemi | 0.7
divertentissim* | 0.8
spensierat* | 0.6
goliardi* | 0.8
cazzeggio | 0.6
irriverente | 0.8
dissacrante | 0.8
sarcasmo | 0.6
sarcastic* | 0.6
humor nero | 0.8
comedian | 0.8
improv | 0.6
# third pass: self-irony and comic understatement
non è andata bene | 0.5
non è andata benissimo | 0.9
non è andata come previsto | 0.7
è andata malissimo | 0.4
spoiler | 0.3
potrebbe andare storto | 0.7
mai potrebbe andare storto | 0.9
potrebbe mai andare storto | 0.9
colpo di scena | 0.6
plot twist | 0.7
la mia dignità | 0.8
addio dignità | 0.9
dignità zero | 0.9
ho perso la dignità | 0.8
quel che resta della mia dignità | 0.9
tipico mio | 0.7
classico mio | 0.7
la storia della mia vita | 0.7
io che provo a | 0.6
io che cerco di | 0.6
i miei tentativi di | 0.5
dieci su dieci lo rifarei | 0.9
lo rifarei | 0.4
consigliatissimo | 0.2
attaccapanni molto costoso | 0.9
sembra un incidente stradale | 0.8
aspettativa realtà | 0.5
pinterest vs realtà | 0.8
instagram vs realtà | 0.4
legge di murphy | 0.9
ovviamente ha piovuto | 0.7
ovviamente pioveva | 0.7
ovviamente è venuto a piovere | 0.7
disastro ambulante | 0.9
catastrofe ambulante | 0.9
che disastro | 0.4
disastro totale | 0.4
goffa | 0.5
goffo | 0.5
imbranata | 0.6
imbranato | 0.6
pasticciona | 0.6
pasticcione | 0.6
sbadata | 0.5
sbadato | 0.5
inciampare nel nulla | 0.9
inciampo nel nulla | 0.9
balena spiaggiata | 0.7
con la grazia di un elefante | 0.8
fallimento epico | 0.9
missione fallita | 0.7
tentativo fallito | 0.5
esperimento fallito | 0.6
risultato discutibile | 0.7
risultati discutibili | 0.7
indovinate com'è finita | 0.8
è finita malissimo | 0.4
talento segreto | 0.6
il mio unico talento | 0.7
mi sento vecchia | 0.5
sono ufficialmente vecchia | 0.8
sono ufficialmente vecchio | 0.8
più vita sociale di me | 0.8
drama queen | 0.6
dramma esistenziale | 0.6
tragedia greca | 0.5
*pov | 0.4
haha | 0.4
xd | 0.4
lmao | 0.6
piangendo dal ridere | 0.9
lacrime dal ridere | 0.9
morendo dal ridere | 0.9
scoppiata a ridere | 0.9
rotolarsi dal ridere | 0.9
crepapelle | 0.8
cappottata dalle risate | 0.9
cappottato dalle risate | 0.9
ho riso tanto | 0.7
fatto ridere | 0.8
ridere di me stessa | 0.9
ridere di me stesso | 0.9
prendermi poco sul serio | 0.9
candid camera | 0.7
gavettone | 0.7
gavettoni | 0.7
pernacchia | 0.6
doppio senso | 0.5
doppi sensi | 0.5
calembour | 0.8
sketch comico | 0.9
comici | 0.7
*papere | 0.6
ho fatto una papera | 0.8
fuori onda | 0.4
scivolone | 0.4
capitombolo | 0.6
caduta epica | 0.8
caos totale | 0.4
caos | 0.3
surreale | 0.2
fare lo scemo | 0.7
genio del male | 0.6
elegante come sempre | 0.5
facciamo finta che | 0.4
sdrammatizzo | 0.9
ironicamente | 0.5
self irony | 0.8
#epicfail | 0.9
#comicità | 0.9
#scherzi | 0.8
#scherzo | 0.8
#prank | 0.6
#divertimento | 0.5
#lol | 0.6
#sarcasmo | 0.7
#satira | 0.7
#cabaret | 0.8
#standupcomedy | 0.8
#barzelletta
#ironiaallitaliana | 0.9
#disagio | 0.5
bene ma non benissimo | 0.9
mai una gioia | 0.9
#maiunagioia | 0.9
ironia della sorte | 0.7
grazie eh | 0.5
bruciare anche l'acqua | 0.9
brucio anche l'acqua | 0.9
brucia anche l'acqua | 0.9
succedono solo a me | 0.8
capitano tutte a me | 0.8
solo a me | 0.4
ma perché a me | 0.7
poteva andare peggio | 0.5
almeno ci ho provato | 0.7
l'importante è partecipare | 0.5
vergogna eterna | 0.8
ridendo e scherzando | 0.6
cronache di | 0.3
quando ti rendi conto che | 0.4
momento di gloria | 0.4
come no | 0.4
tutto sotto controllo | 0.4
piano infallibile | 0.7
piano perfetto | 0.4
potrà mai andare storto | 0.9
a mia discolpa | 0.7
in mia difesa | 0.5
fonte io | 0.5
non giudicatemi | 0.6
sembro un | 0.3
sembro una | 0.3
la dieta inizia lunedì | 0.8
dieta da lunedì | 0.7

[value ambition]
ambizio*
ambition | 0.9
obiettivo | 0.4
obiettivi | 0.4
obiettivo raggiunto
prossimo obiettivo
traguardo | 0.8
traguardi | 0.8
traguardo raggiunto
vittoria | 0.9
vittorie | 0.9
vinto | 0.5
ho vinto | 0.9
abbiamo vinto | 0.9
vincere | 0.6
vincente | 0.6
mentalità vincente
campione | 0.8
campionessa | 0.8
campione italiano | 0.9
titolo italiano | 0.8
campionato | 0.4
medaglia | 0.8
medaglia d'oro | 0.9
podio | 0.9
primo posto | 0.9
prima classificata | 0.9
primo classificato | 0.9
record | 0.7
record personale
nuovo record | 0.9
personal best
migliorarsi* | 0.7
superare i propri limiti | 0.9
superare i miei limiti | 0.9
sfida | 0.4
sfide | 0.4
competizione | 0.5
gara | 0.4
qualificat* | 0.5
promozione | 0.3
carriera | 0.7
di successo | 0.7
risultati* | 0.3
*fatturato | 0.5
imprenditor* | 0.6
startup | 0.4
leadership | 0.5
hustle | 0.9
grind | 0.8
motivazione | 0.5
determinazione | 0.9
determinata | 0.6
determinato | 0.6
disciplina | 0.6
costanza | 0.5
sacrificio | 0.5
sacrifici | 0.5
duro lavoro | 0.9
lavorare sodo | 0.9
fame di vittoria | 0.9
mindset | 0.5
winner | 0.6
sogno realizzato | 0.7
realizzare i sogni | 0.6
puntare in alto
next level | 0.6
livello successivo | 0.5
milestone | 0.7
tutto esaurito | 0.4
sold out | 0.4
premiat* | 0.6
premio | 0.4
premiazione | 0.7
riconosciment* | 0.4
nomination | 0.5
contratto firmato | 0.6
nuovo lavoro | 0.4
finisher | 0.6
ironman | 0.6
tempo record | 0.8
prestazione | 0.4
performance | 0.4
zero scuse | 0.7
sveglia alle 5 | 0.6
produttività | 0.5
self made | 0.8
girlboss | 0.6
110 e lode | 0.8
borsa di studio | 0.5
olimpiadi | 0.4
mondiali | 0.3
#obiettivi | 0.8
#motivazione | 0.6
#motivation | 0.6
#hustle
#grind | 0.9
#nevergiveup | 0.7
#maimollare | 0.7
#noexcuses | 0.7
#success | 0.7
#successo | 0.7
#winner | 0.7
#goals | 0.6
#bossbabe | 0.6
#girlboss | 0.6
#imprenditoria | 0.6
# second pass: brand-statement phrases
raggiungere obiettivi | 0.8
dare il massimo | 0.9
dai il massimo | 0.9
eccellere | 0.9
alte prestazioni | 0.8
massime prestazioni | 0.8
diventare il migliore | 0.7
leader di mercato | 0.6
numero uno | 0.7
fare carriera | 0.9
crescita professionale | 0.7
storie di successo | 0.8
grandi risultati | 0.7
sfidare se stessi | 0.8
mettersi alla prova | 0.5
alzare l'asticella | 0.9
asticella | 0.7
grinta | 0.8
tenacia | 0.8
perseveranza | 0.8
forza di volontà | 0.8
non mollare mai | 0.9
mai mollare | 0.9
non mollare | 0.8
mai arrendersi | 0.8
record mondiale | 0.9
record del mondo | 0.9
titolo mondiale | 0.9
campione del mondo | 0.9
ai vertici | 0.7
ai massimi livelli | 0.8
alto livello | 0.6
fuoriclasse | 0.8
top player | 0.7
spirito competitivo | 0.9
agonistic* | 0.7
vincitore | 0.8
vincitrice | 0.8
agonism* | 0.8
# third pass: scenes of deeds
prima maratona | 0.8
maratona | 0.3
mezza maratona | 0.5
ultramaratona | 0.7
nuovo pb | 0.7
migliorato il mio tempo | 0.8
abbassato il mio tempo | 0.8
nuovo ruolo | 0.6
mi hanno promossa | 0.8
mi hanno promosso | 0.8
promossa a | 0.5
ho fondato la mia azienda | 0.9
aperto la mia attività | 0.8
la mia startup | 0.7
primo cliente | 0.6
primi clienti | 0.6
primo milione | 0.8
fatturato raddoppiato | 0.9
raddoppiato il fatturato | 0.9
anni di allenamenti | 0.8
anni di sacrifici | 0.8
ce l'ho fatta | 0.7
sveglia alle cinque | 0.7
5am club | 0.8
al primo tentativo | 0.7
vinto il concorso | 0.9
concorso vinto | 0.9
superato la selezione | 0.8
in classifica | 0.6
primo in classifica | 0.9
scalare la classifica | 0.8
qualificazion* | 0.5
battuto il record | 0.9
battere il record | 0.9
stabilito il record | 0.9
missione compiuta | 0.7
grande successo | 0.6
il mio successo | 0.6
successo professionale | 0.8
è stato un successo | 0.6
primo contratto | 0.5
abilitazione | 0.5
secondo negozio | 0.7
convocata in nazionale | 0.9
convocato in nazionale | 0.9
in nazionale | 0.6
per la nazionale | 0.6
mila iscritti | 0.6
mila follower | 0.5
ho superato i | 0.4

[value luxury]
lusso
lussuos*
luxury
# the "esclusiv-" words share their stem with escluso/esclusi ("excluded"): prefixes and word endings instead
esclusivo* | 0.8
*esclusivi | 0.8
*esclusiva | 0.6
esclusive* | 0.6
esclusività* | 0.9
vip | 0.8
area vip | 0.9
tavolo vip | 0.9
lounge | 0.4
prima classe
first class
business class | 0.9
jet privato
volo privato
elicottero | 0.5
yacht
superyacht
champagne | 0.8
dom perignon | 0.9
caviale | 0.9
ostriche | 0.5
tartufo | 0.4
hotel cinque stelle
cinque stelle lusso
ristorante stellato | 0.8
chef stellato | 0.9
stella michelin | 0.8
michelin | 0.6
suite | 0.6
suite presidenziale
resort | 0.5
maggiordomo | 0.8
concierge | 0.7
autista privato | 0.9
chauffeur | 0.9
villa con piscina | 0.7
attico | 0.6
penthouse | 0.9
ferrari | 0.8
lamborghini | 0.9
porsche | 0.7
rolls royce | 0.9
bentley | 0.8
maserati | 0.7
supercar | 0.9
rolex | 0.9
patek philippe
audemars piguet
cartier | 0.8
bulgari | 0.8
tiffany | 0.7
diamanti | 0.7
diamante | 0.6
gioielli | 0.4
gucci | 0.8
prada | 0.7
chanel | 0.8
louis vuitton | 0.9
hermès | 0.9
birkin | 0.9
dior | 0.8
versace | 0.7
balenciaga | 0.8
armani | 0.6
dolce gabbana | 0.7
fendi | 0.7
bottega veneta | 0.8
loro piana | 0.9
brunello cucinelli | 0.8
alta moda | 0.8
haute couture | 0.9
couture | 0.5
griffe | 0.8
griffato | 0.8
borsa firmata | 0.8
designer | 0.5
premium | 0.4
top di gamma | 0.6
solo il meglio | 0.8
il meglio del meglio | 0.8
raffinat* | 0.5
eleganza | 0.3
glamour | 0.6
prestigio* | 0.8
status symbol
jet set | 0.9
alta società | 0.8
élite | 0.7
club privato | 0.9
riservato ai soci | 0.8
edizione limitata | 0.4
limited edition | 0.4
costosissim*
costoso | 0.3
costosa | 0.3
pregiat* | 0.5
cashmere | 0.5
seta* | 0.3
montenapoleone | 0.9
via condotti | 0.8
porto cervo | 0.8
costa smeralda | 0.7
portofino | 0.6
saint tropez | 0.7
montecarlo | 0.6
monte carlo | 0.6
st moritz | 0.7
dubai | 0.4
maldive | 0.4
serata di gala | 0.8
gala | 0.5
red carpet | 0.6
tappeto rosso | 0.5
servizio impeccabile | 0.6
#lusso
#luxury
#luxurylife
#luxurylifestyle
#richlife | 0.9
#vip | 0.8
#champagne | 0.7
#yacht | 0.9
#rolex | 0.8
#supercar | 0.8
#highfashion | 0.7
#firstclass | 0.9
#millionaire | 0.9
# second pass: brand-statement phrases
clientela esigente | 0.9
clienti esigenti | 0.9
per i più esigenti | 0.9
palati raffinati | 0.8
palati fini | 0.7
intenditori | 0.7
clientela selezionata | 0.8
accesso riservato | 0.8
solo su invito | 0.9
su invito | 0.6
alta gamma | 0.9
fascia alta | 0.7
personal shopper | 0.8
servizio su misura | 0.6
pezzi da collezione | 0.6
materiali preziosi | 0.8
metalli preziosi | 0.7
pietre preziose | 0.8
alta gioielleria | 0.9
alta orologeria | 0.9
haute horlogerie | 0.9
maison | 0.7
spa privata | 0.8
piscina privata | 0.7
spiaggia privata | 0.7
chef privato | 0.9
eleganza senza tempo | 0.7
sofisticat* | 0.7
opulenz* | 0.9
sfarzo | 0.9
sfarzos* | 0.9
capi firmati | 0.8
abiti firmati | 0.8
pezzi numerati | 0.7
accesso prioritario | 0.7
auto sportiva | 0.7
auto di lusso | 0.9
tartufo bianco | 0.7
moët | 0.7
18 carati | 0.7
# third pass: scenes of deeds
ristorante tre stelle | 0.9
tre stelle michelin | 0.9
menu degustazione | 0.5
cena stellata | 0.8
in suite | 0.7
suite con vista | 0.8
volo in business | 0.9
transfer privato | 0.8
lounge privata | 0.8
scarpe firmate | 0.8
motoscafo | 0.6
villa privata | 0.8
isola privata | 0.9
front row | 0.7
prima fila alla sfilata | 0.8
boutique | 0.4
sommelier personale | 0.8
massaggio in suite | 0.7
tutto firmato | 0.7
hotel di lusso | 0.9
orologio svizzero | 0.5

[value frugality]
risparm* | 0.9
budget | 0.6
a basso costo | 0.8
low cost | 0.6
economico* | 0.6
economica* | 0.6
economici* | 0.6
economiche* | 0.6
costa poco | 0.8
spendere poco | 0.9
spendere meno | 0.9
spendere bene | 0.5
ho speso solo | 0.8
pochi euro | 0.7
in offerta | 0.6
affare* | 0.6
affarone | 0.9
prezzo basso | 0.6
prezzi bassi | 0.6
prezzo stracciato | 0.7
prezzi stracciati | 0.7
a buon mercato | 0.8
conveniente | 0.6
convenienza | 0.6
hard discount | 0.7
discount | 0.5
lidl | 0.4
eurospin | 0.5
volantino | 0.5
volantini | 0.5
coupon | 0.5
buoni sconto | 0.5
carta fedeltà | 0.4
cashback | 0.4
lista della spesa | 0.6
spesa settimanale | 0.5
meal prep | 0.5
pranzo al sacco | 0.8
schiscetta | 0.9
avanzi* | 0.5
svuotafrigo | 0.7
antispreco | 0.6
minimalis* | 0.9
decluttering | 0.7
essenziale | 0.3
vivere con poco
vita semplice | 0.9
semplicità* | 0.7
sobrietà | 0.8
frugal*
parsimonia
parsimonios*
comprare meno | 0.9
compro meno | 0.9
acquisti consapevoli | 0.6
bilancio familiare | 0.8
budget familiare | 0.9
spese mensili | 0.7
spese fisse | 0.6
tenere traccia delle spese | 0.9
fondo emergenza | 0.8
fondo per le emergenze | 0.8
salvadanaio | 0.9
metodo delle buste | 0.9
arrivare a fine mese | 0.7
fine mese | 0.4
tirare la cinghia | 0.8
tagliare le spese | 0.9
seconda mano | 0.7
mercatino | 0.4
vinted | 0.5
baratto | 0.5
faidate | 0.5
fai da te | 0.5
ostello | 0.8
ostelli | 0.8
couchsurfing | 0.8
autostop | 0.4
gratis | 0.4
gratuito | 0.3
auto usata | 0.7
in prestito | 0.5
bollette | 0.4
capsule wardrobe | 0.5
dupe | 0.5
dupes | 0.5
alternativa economica | 0.8
autoproduzione | 0.5
detersivo fatto in casa | 0.7
pane fatto in casa | 0.4
rimedi della nonna | 0.4
euro al mese | 0.4
quanto ho speso | 0.5
spesa intelligente | 0.8
#risparmio
#risparmiare
#nospend | 0.9
#nobuy | 0.9
#minimalism | 0.8
#minimalismo | 0.8
#frugal
#frugalliving
#budgeting | 0.8
#lowcost | 0.6
#decluttering | 0.7
#risparmiocasa | 0.9
#spesaintelligente | 0.8

# second pass: brand-statement phrases
budget limitato | 0.9
budget ridotto | 0.9
attento al budget | 0.8
budget friendly | 0.9
low budget | 0.8
con pochi soldi | 0.9
pochi soldi | 0.7
prezzi accessibili | 0.8
per tutte le tasche | 0.9
alla portata di tutti | 0.8
rapporto qualità prezzo | 0.7
senza spendere una fortuna | 0.9
senza svenarsi | 0.9
senza spendere troppo | 0.9
senza spendere | 0.8
economicissim* | 0.8
prezzi popolari | 0.8
a basso prezzo | 0.7
a buon prezzo | 0.7
prezzi contenuti | 0.8
costi contenuti | 0.8
prezzo imbattibile | 0.6
sottocosto | 0.7
in saldo | 0.5
usato garantito | 0.7
meno ma meglio | 0.9
less is more | 0.8
vivere con meno | 0.9
vita essenziale | 0.8
solo il necessario | 0.8
comprare solo il necessario | 0.9
niente sprechi | 0.6
evitare gli sprechi | 0.6
hostel | 0.7
no spend | 0.9
no buy | 0.9
outlet | 0.5
spaccio aziendale | 0.6
far quadrare i conti | 0.9
conti di casa | 0.6
# third pass: scenes of deeds
lo porto da anni | 0.6
ce l'ho da anni | 0.5
rifoderare | 0.6
rifoderato | 0.6
fatto durare | 0.7
mettiamo da parte | 0.5
mettere da parte | 0.6
messo da parte | 0.6
mettere via soldi | 0.8
con gli avanzi* | 0.8
cucina degli avanzi* | 0.9
ricette con gli avanzi* | 0.9
pane raffermo | 0.5
niente si butta | 0.7
non si butta niente | 0.8
non butto niente | 0.7
mi taglio i capelli da sola | 0.7
caffè a casa | 0.4
mese senza acquisti | 0.9
anno senza acquisti | 0.9
senza acquisti | 0.7
confrontare i prezzi | 0.7
confronto prezzi | 0.6
prezzo al chilo | 0.6
marca del supermercato | 0.7
sottomarca | 0.7
comprato usato | 0.8
preso usato | 0.7
vestiti ereditati | 0.8
ereditati dalle cugine | 0.8
bolletta dimezzata | 0.7
ridurre le bollette | 0.8
disdire gli abbonamenti | 0.8
disdetto | 0.3
tabella delle spese | 0.8
traccio ogni spesa | 0.8
annoto ogni spesa | 0.8
invece di comprare | 0.6
offerte del supermercato | 0.6
caccia alle offerte | 0.8
prodotti in offerta | 0.6
pranzo portato da casa | 0.7
portato il pranzo da casa | 0.7

# ---------------------------------------------------------------- contradicting behaviour

[against sustainability]
haul | 0.8
shopping haul
maxi haul
mega haul
fast fashion | 0.6
shein | 0.8
ordine shein
temu | 0.7
primark | 0.4
monouso | 0.7
usa e getta | 0.8
bicchieri di plastica | 0.6
piatti di plastica | 0.6
cannucce di plastica | 0.6
bottigliette di plastica | 0.5
sacchetti di plastica | 0.5
vaschette di plastica | 0.5
polistirolo | 0.4
lancio di palloncini | 0.7
nuovo suv | 0.8
suv nuovo | 0.8
pickup diesel | 0.9
pick up diesel | 0.9
moto d'acqua | 0.9
jet ski | 0.9
acquascooter | 0.9
volo per il weekend
weekend in aereo | 0.9
aereo per il weekend | 0.9
jet privato | 0.9
volo privato | 0.9
cambio telefono ogni anno | 0.8
buttato via | 0.5
butto tutto | 0.6
indossato una volta | 0.9
usato una volta | 0.6
nuovo outfit ogni giorno | 0.7
shopping compulsivo | 0.7
mega ordine | 0.7
maxi ordine | 0.7
ordine gigante | 0.7
pacchi amazon | 0.5
aria condizionata a palla | 0.7
riscaldamento a palla | 0.7
motore acceso | 0.5
rolling coal | 0.9
sgommata | 0.5
sgommare | 0.5
nave da crociera | 0.6
bistecca ogni giorno | 0.5
clima cambia da sempre | 0.9
bufala climatica | 0.9
#haul | 0.8
#shein | 0.8
#sheinhaul
#temu | 0.7
#fastfashion | 0.5
#shoppinghaul

[against animal_welfare]
trofeo di caccia
battuta di caccia
caccia grossa
safari di caccia
apertura della caccia
caccia | 0.5
cacciatore | 0.5
cacciatori | 0.5
cinghiale abbattuto
cervo abbattuto
abbattuto | 0.5
carniere pieno
capanno di caccia | 0.9
richiami vivi | 0.9
uccellagione | 0.9
appostamento | 0.5
doppietta | 0.5
preda | 0.3
trofeo | 0.3
#caccia | 0.8
#hunting | 0.9
#hunter | 0.7
hunting | 0.8
pelliccia | 0.6
pellicce | 0.6
pelliccia vera
collo di volpe | 0.8
visone | 0.8
cincillà | 0.6
rodeo | 0.9
corrida
torero | 0.9
combattimento di galli
combattimenti tra cani
circo con animali | 0.8
spettacolo con i delfini | 0.8
nuotare con i delfini | 0.5
giro sull'elefante | 0.9
cavalcare un elefante | 0.9
selfie con la tigre | 0.9
cucciolo di tigre | 0.4
foie gras | 0.6
aragosta viva | 0.5
avorio | 0.6
pelle di coccodrillo | 0.7
pelle di pitone | 0.7
mattanza | 0.6
pappagallo in gabbia | 0.5
comprato un cucciolo | 0.4

[against wellbeing]
dieta lampo
dieta drastica
diete drastiche
digiuno estremo | 0.9
dimagrire velocemente | 0.8
dimagrimento rapido | 0.9
kg in una settimana | 0.8
saltare i pasti | 0.9
salto i pasti | 0.9
pillole dimagranti
tisane dimagranti | 0.8
brucia grassi | 0.5
detox estremo | 0.8
energy drink | 0.9
red bull | 0.5
caffè su caffè | 0.5
notte in bianco | 0.8
nottata in bianco | 0.8
senza dormire | 0.8
zero sonno | 0.9
dormito tre ore | 0.9
dormito due ore | 0.9
all nighter | 0.9
all-nighter | 0.9
tirare mattina | 0.6
dormire è da deboli
il sonno è sopravvalutato
dormirò quando sarò morto
vape | 0.9
svapo | 0.9
svapare | 0.9
svapando | 0.9
svapatore | 0.8
sigaretta elettronica | 0.8
iqos | 0.6
sigaretta | 0.4
sigarette | 0.4
sbronza | 0.8
ubriaco fradicio | 0.9
ubriaca fradicia | 0.9
shot su shot | 0.8
binge drinking
postumi | 0.4
fino a vomitare | 0.9
steroidi | 0.8
anabolizzanti | 0.9
cibo spazzatura | 0.4
junk food | 0.4
lampade abbronzanti | 0.6
#vape | 0.9
#energydrink | 0.9
#teamnosleep | 0.9

[against kindness]
idioti | 0.9
idiota | 0.7
imbecilli | 0.9
cretini | 0.9
deficienti | 0.9
coglioni | 0.9
sfigati | 0.9
poveri sfigati
perdenti | 0.7
stai zitto | 0.9
stai zitta | 0.9
state zitti | 0.9
chiudi il becco | 0.9
taci | 0.5
frignate | 0.8
rosica | 0.8
rosicate | 0.8
rosicare | 0.8
rosicone | 0.8
rosiconi | 0.8
fatevi una vita | 0.8
fatti una vita | 0.8
ben vi sta | 0.8
ben ti sta | 0.8
piangete pure | 0.9
gente inutile | 0.9
feccia | 0.9
schifosi | 0.7
fai schifo | 0.9
fate schifo | 0.9
fanno schifo | 0.6
fai pena | 0.8
fate pena | 0.8
mi fate pena | 0.9
asfaltato | 0.7
asfaltati | 0.7
blastato | 0.8
blastati | 0.8
rage bait | 0.9
ragebait | 0.9
rage | 0.5
vaffanculo | 0.9
fanculo | 0.8
vai a quel paese | 0.6
andate a quel paese | 0.6
gentaglia | 0.9
analfabeti funzionali | 0.8
ignoranti | 0.5
capre | 0.4
pagliacci | 0.5
buffoni | 0.5
povero scemo | 0.7
cry about it | 0.9
shut up | 0.8
losers | 0.8
# third pass: mocking people for laughs, rage-bait
poveracci | 0.4
commenti più stupidi | 0.8
follower stupidi | 0.9
guardate che scemo | 0.8
guardate questo scemo | 0.8
piangi pure | 0.8
siete dei falliti | 0.9
branco di falliti | 0.8
nullità | 0.5
sei una nullità | 0.9
zero neuroni | 0.8
cerebrolesi | 0.9
subumani | 0.9
bimbiminkia | 0.8
scemo del villaggio | 0.7
ma ti sei visto | 0.7
ma ti sei vista | 0.7
l'ho umiliato | 0.8
l'ho umiliata | 0.8
umiliato davanti a tutti | 0.9
umiliata davanti a tutti | 0.9
scherzo umiliante | 0.9
scherzo crudele | 0.7
perculato | 0.7
perculare | 0.7
ridere alle sue spalle | 0.8
litigate nei commenti | 0.9
scannatevi nei commenti | 0.9
scannatevi | 0.8
solo per farvi arrabbiare | 0.9
per far arrabbiare | 0.5
gente brutta | 0.8

[against frugality]
spending spree
shopping sfrenato
shopping compulsivo | 0.8
spese folli
speso una fortuna | 0.9
ho speso tutto | 0.8
spendo tutto | 0.8
carta di credito bollente
strisciare la carta | 0.8
treat yourself | 0.8
#treatyourself | 0.8
concediti | 0.4
yolo | 0.5
#yolo | 0.5
si vive una volta | 0.6
soldi fatti per spenderli
risparmiare è da perdenti
risparmiare è da poveri
risparmiare è da sfigati
da pezzenti | 0.9
pezzenti | 0.7
tirchio | 0.6
tirchi | 0.6
taccagno | 0.6
braccino corto | 0.6
costi quel che costi | 0.8
senza guardare il prezzo | 0.8
ho svaligiato | 0.9
svaligiato | 0.8
uno di ogni colore | 0.8
in tutti i colori | 0.5
maxi haul | 0.8
haul | 0.5
pacchi su pacchi | 0.7
acquisto compulsivo | 0.8
acquisti compulsivi | 0.8
shopping terapia | 0.7
shoppingterapia | 0.7
retail therapy | 0.8
ennesima borsa | 0.8
ennesimo paio | 0.8
stipendio già finito | 0.7
sperperare | 0.6
mani bucate | 0.8
compra ora paghi dopo | 0.6
buy now pay later | 0.6
black friday | 0.4
spendere senza pensarci | 0.9

[against honesty]
mai provato ma | 0.8
devo ancora provarlo | 0.6
devo ancora provarla | 0.6
ancora da provare | 0.5
assolutamente da avere | 0.6
ossessionat* | 0.5
sono ossessionata | 0.6
miglior prodotto di sempre | 0.8
cambiato la mia vita | 0.5
cambiato la vita | 0.5
miracoloso | 0.7
miracolosa | 0.7
risultati immediati | 0.6
risultati garantiti | 0.8
garantito al 100 | 0.6
not an ad | 0.9
#notanad | 0.9
#nonsponsorizzato | 0.5
post non sponsorizzato | 0.5
compratelo subito | 0.6
correte a comprarlo | 0.7
dovete assolutamente | 0.5
must have | 0.4
#musthave | 0.4
pochi pezzi rimasti | 0.6
affrettatevi | 0.6
zero difetti | 0.6
guadagna da casa | 0.8
guadagnare da casa | 0.8
soldi facili | 0.9
diventa ricco | 0.8
diventare ricchi | 0.7
metodo segreto | 0.8
trucco segreto | 0.6
fidatevi | 0.4
fidatevi di me | 0.5
follower comprati | 0.9
comprare follower | 0.9
like comprati | 0.9
# third pass: hiding ads, praising unused products
non l'ho ancora provato ma | 0.8
non l'ho mai provato | 0.6
senza averlo provato | 0.7
senza averla provata | 0.7
appena arrivato e già lo adoro | 0.8
già lo adoro | 0.5
lo adoro già | 0.5
ancora incartato | 0.4
senza scrivere adv | 0.9
tolgo l'adv | 0.9
senza dire che è pagato | 0.9
tanto nessuno controlla | 0.7
recensioni comprate | 0.9
comprare recensioni | 0.9
recensioni a pagamento | 0.8
recensione in cambio di | 0.8
cinque stelle in cambio | 0.8
spacciato per mio | 0.9
spacciata per mia | 0.9
risultati in pochi giorni | 0.6
funziona al 100% | 0.6

[against inclusivity]
gente grassa | 0.8
ciccioni | 0.9
cicciona | 0.9
grassona | 0.9
troppo grassa per | 0.9
troppo grasso per | 0.9
dovrebbero coprirsi | 0.8
pance flaccide | 0.6
rotoli di ciccia | 0.6
con quel corpo | 0.6
con quel fisico | 0.6
troppo vecchia per | 0.8
troppo vecchio per | 0.8
vecchia bacucca | 0.8
i vecchi dovrebbero | 0.8
gli anziani dovrebbero | 0.7
roba da femmine | 0.8
da femminuccia | 0.8
femminuccia | 0.6
uomini veri | 0.6
vero uomo | 0.5
torna in cucina | 0.9
donne al volante | 0.8
tornatevene a casa | 0.8
tornate a casa vostra | 0.7
aiutiamoli a casa loro | 0.9
prima gli italiani | 0.9
clandestini | 0.6
sostituzione etnica | 0.9
ideologia gender | 0.9
teoria gender | 0.9
lobby gay | 0.9
contro natura | 0.8
famiglia naturale | 0.5
dittatura del politicamente corretto | 0.8
wokismo | 0.8
woke | 0.4
# third pass: exclusion shown approvingly
nessuno sopra i cinquanta | 0.9
niente over 50 | 0.9
no over 40 | 0.8
astenersi over | 0.9
solo profili giovani | 0.9
profili giovani e dinamici | 0.9
massimo 30 anni | 0.8
età massima | 0.6
bella presenza | 0.6
richiesta bella presenza | 0.9
solo italiani | 0.9
no stranieri | 0.9
non si affitta a stranieri | 0.9
no extracomunitari | 0.9
niente donne incinte | 0.9
non sono razzista ma | 0.9
gente come quella | 0.7
quelli come loro | 0.6
tornatene al tuo paese | 0.9
tornatene a casa tua | 0.9
terroni | 0.9
terrone | 0.9
polentoni | 0.8
vu cumprà | 0.9
zingari | 0.5
negri | 0.9
froci | 0.9
frocio | 0.9
ricchione | 0.9
roba da froci | 0.9
femminazi | 0.9
handicappato | 0.7
handicappati | 0.7
mongoloide | 0.9
sei ritardato | 0.8
ritardato mentale | 0.9
ritardati mentali | 0.9
spastico | 0.8
i boomer non sanno usare | 0.9
i vecchi non capiscono | 0.8
gli anziani non sanno | 0.8
vecchi rincoglioniti | 0.9
vecchiacci | 0.8
matusa | 0.5
non hai più l'età | 0.7
grassone | 0.8
lardoso | 0.9
lardosa | 0.9
palla di lardo | 0.9
*racchia | 0.8
*racchie | 0.8
mettiti a dieta | 0.8
dovresti dimagrire | 0.8
le donne non sanno | 0.8

[against fairness]
manodopera più economica
manodopera a basso costo
manodopera economica | 0.9
pagati pochissimo | 0.9
pagati una miseria | 0.9
pagati quasi niente | 0.9
pagare il meno possibile
li pago poco | 0.8
stagisti non pagati | 0.9
stage non retribuito | 0.9
tirocinio non retribuito | 0.9
stage gratuito | 0.8
lavorare gratis | 0.7
lavoro gratis | 0.7
in cambio di visibilità | 0.9
pagato in visibilità | 0.9
pago in nero | 0.9
fuori busta | 0.6
senza contratto | 0.6
straordinari non pagati | 0.8
delocalizz* | 0.5
euro all'ora | 0.4
due euro all'ora | 0.8
il più economico possibile | 0.7
prezzo più basso possibile | 0.6
più economico | 0.3
spremere i dipendenti | 0.9
dipendenti sottopagati | 0.8
sottopagat* | 0.6
gavetta gratis | 0.8
devono fare la gavetta | 0.7
gavetta | 0.3
giovani non vogliono lavorare | 0.8
fannulloni | 0.5
choosy | 0.5
ordinato dalla cina | 0.4
shein | 0.4
temu | 0.4
fast fashion | 0.4
unpaid interns | 0.9
# third pass: squeezing workers and suppliers, bragged about
spremere i fornitori | 0.9
strozzare i fornitori | 0.9
fornitori strozzati | 0.9
pago quando mi pare | 0.8
stagisti gratis | 0.9
stagista gratis | 0.9
solo rimborso spese | 0.8
giorni di prova non pagati | 0.9
prova non retribuita | 0.9
partita iva finta | 0.8
finta partita iva | 0.8
false partite iva | 0.8
contrattato fino all'osso | 0.7
straordinari gratis | 0.9
senza pagare gli straordinari | 0.9
lavorare in nero | 0.8
assunta in nero | 0.9
assunto in nero | 0.9
ma si impara tanto | 0.6
ti diamo visibilità | 0.9
vi diamo visibilità | 0.9
chiamo il caporale | 0.9
chissenefrega di chi | 0.7
non mi interessa chi l'ha fatto | 0.8
paga bassa ma | 0.6

# ---------------------------------------------------------------- topics

[topic cycling]
bici
bicicletta
biciclette
ciclismo
ciclista
ciclisti
cicloamatore
cycling
bike
biker | 0.5
pedalata
pedalare
pedale | 0.8
pedali | 0.8
in sella | 0.6
sella | 0.6
reggisella
catena | 0.5
deragliatore
pignone
pignoni
guarnitura
movimento centrale | 0.8
manubrio | 0.6
forcella | 0.6
telaio | 0.4
freni a disco | 0.8
copertoni | 0.7
camera d'aria | 0.7
tubeless | 0.8
foratura | 0.8
raggi | 0.3
mozzo | 0.5
casco | 0.5
gravel
mtb
mountain bike
bici da corsa
bdc | 0.7
ebike
e-bike
bici elettrica
pedalata assistita
cicloturismo
ciclabile
pista ciclabile
ciclovia
ciclopedonale
bikepacking
borse da bici
portapacchi | 0.6
cargo bike
bike sharing | 0.6
dislivello | 0.6
discesa | 0.3
chilometri | 0.3
km | 0.3
giro in bici
uscita in bici
granfondo
gran fondo
randonnée
maglia rosa | 0.7
giro d'italia
tour de france
strava | 0.7
watt | 0.4
cadenza | 0.5
rulli | 0.5
zwift
ciclocross
fondello
scarpini | 0.6
tacchette
sterrato | 0.4
single track | 0.6
downhill | 0.6
enduro | 0.4
bikepark
stelvio | 0.5
mortirolo | 0.7
gregario | 0.5
ciclofficina
campagnolo
shimano
sram
pinarello
colnago
#bici
#ciclismo
#cycling
#gravel
#mtb
#bikelife
#cicloturismo
#bdc
#ciclabile
#bikepacking
#ebike
# second pass: products and compounds
ciclocomputer
portabici | 0.9
lucchetto | 0.6
fanale | 0.4
pedivella | 0.9
sellino | 0.9
scatto fisso | 0.8
fixie | 0.9
velodromo | 0.9
bmx | 0.8
ciclostorica | 0.9
ciclomeccanico | 0.9
ruote | 0.4
borraccia | 0.4
volata finale | 0.6

[topic food]
ricetta
ricette
cucinare
cucina | 0.5
cuoco | 0.6
cuoca | 0.6
chef | 0.5
forno | 0.6
al forno | 0.7
impasto
impastare
farina | 0.8
lievito | 0.8
lievitazione
lievito madre
pasta madre
pane | 0.7
pizza | 0.8
focaccia
piadina | 0.7
pasta | 0.6
sugo | 0.8
ragù
risotto
lasagne
gnocchi
carbonara
amatriciana
cacio e pepe
pesto | 0.7
parmigiana | 0.8
torta | 0.7
biscotti | 0.8
crostata
tiramisù
dessert | 0.7
dolci | 0.5
gelato | 0.5
antipasto
primo piatto
secondo piatto
contorno | 0.7
ingredienti | 0.7
procedimento | 0.6
cucchiaio | 0.4
cucchiai | 0.5
grammi | 0.5
padella | 0.7
pentola | 0.7
frullatore | 0.6
planetaria | 0.7
friggitrice ad aria
frittura | 0.8
fritto | 0.5
grigliata | 0.7
barbecue | 0.7
verdure | 0.5
pomodori | 0.5
basilico | 0.6
cipolla | 0.5
olio extravergine | 0.8
olio evo | 0.8
parmigiano | 0.6
mozzarella | 0.6
burrata | 0.6
formaggio | 0.5
prosciutto | 0.5
salumi | 0.5
zuppa | 0.7
minestra | 0.7
brodo | 0.6
insalata | 0.5
colazione | 0.4
pranzo | 0.3
cena | 0.3
aperitivo | 0.4
degustazione | 0.6
vino | 0.4
ristorante | 0.5
trattoria | 0.5
osteria | 0.5
pizzeria | 0.6
street food | 0.7
delizioso | 0.4
gustoso | 0.4
squisito | 0.4
sapore | 0.4
assaggiare | 0.5
impiattamento
cottura | 0.5
mantecare
soffritto
rosolare
sfornato | 0.7
foodie | 0.6
meal prep | 0.6
batch cooking
gluten free | 0.4
#ricetta
#ricette
#cucinaitaliana
#foodblogger
#food | 0.8
#foodporn
#homemade | 0.6
#pasta | 0.8
#pizza | 0.8
#dolci | 0.8
#cucina
#ricettefacili
#italianfood
# second pass: products and compounds
pastasciutta | 0.9
spaghetti | 0.9
rigatoni | 0.9
tagliatelle | 0.9
orecchiette | 0.9
ravioli | 0.9
fettuccine | 0.9
trofie | 0.9
paccheri | 0.9
tortellini | 0.9
polenta | 0.9
arancini | 0.9
supplì | 0.7
cannoli | 0.9
bruschetta | 0.9
pasticceria | 0.8
panificio | 0.7
gelateria | 0.8
cappuccino | 0.6
cornetto | 0.6
spuntino | 0.6
lenticchie | 0.7
ceci | 0.5
fagioli | 0.7
frutta | 0.5
olio d'oliva | 0.7
aceto balsamico | 0.8
spezie | 0.6
peperoncino | 0.6
aglio | 0.6
rosmarino | 0.6
zucchero | 0.6
cioccolato | 0.6
crema pasticcera | 0.9
mascarpone | 0.8
ricotta | 0.7
pecorino | 0.7
guanciale | 0.8
mortadella | 0.7
vongole | 0.8
sushi | 0.6
hamburger | 0.6
panino | 0.6
birra | 0.4
spritz | 0.5
enoteca | 0.6
sommelier | 0.6
ricettario | 0.9
food blogger | 0.9
corso di cucina | 0.9
cooking class | 0.8
teglia | 0.8
tortiera | 0.9
bimby | 0.9
thermomix | 0.9
robot da cucina | 0.9
macchina per la pasta | 0.9
coltelli da cucina | 0.7
merend* | 0.6
tagliere di salumi | 0.8
tagliere di formaggi | 0.8

[topic fashion]
moda
fashion
outfit
look | 0.4
look del giorno
ootd
stile | 0.3
stylist | 0.8
styling | 0.8
vestito | 0.5
vestiti | 0.5
gonna | 0.8
pantaloni | 0.7
jeans | 0.7
denim | 0.6
camicia | 0.7
camicetta | 0.8
maglione | 0.7
maglioncino | 0.8
cardigan | 0.8
felpa | 0.6
giacca | 0.6
giubbotto | 0.6
cappotto | 0.7
piumino | 0.6
blazer | 0.8
tailleur | 0.8
t-shirt | 0.5
maglietta | 0.5
canotta | 0.6
abito da sera | 0.8
scarpe | 0.5
sneakers | 0.7
stivali | 0.7
stivaletti | 0.7
tacchi | 0.7
décolleté | 0.7
sandali | 0.6
mocassini | 0.7
borsa | 0.4
borse | 0.5
pochette | 0.7
cintura | 0.5
foulard | 0.7
sciarpa | 0.5
cappello | 0.5
accessori | 0.4
orecchini | 0.6
collana | 0.6
bracciale | 0.6
occhiali da sole | 0.6
taglia | 0.4
vestibilità | 0.8
tessuto | 0.4
cotone | 0.4
lino | 0.4
lana | 0.4
abbinamento | 0.7
abbinare | 0.7
abbinato | 0.6
capsule wardrobe | 0.8
armadio | 0.4
guardaroba | 0.6
tendenza | 0.5
tendenze | 0.6
di tendenza | 0.7
trend | 0.4
collezione | 0.4
sfilata | 0.8
passerella | 0.7
fashion week
settimana della moda
streetwear | 0.8
street style | 0.8
oversize | 0.7
pois | 0.4
a righe | 0.4
a quadri | 0.4
indossare | 0.4
indosso | 0.5
camerino | 0.5
cambio armadio | 0.6
cambio di stagione | 0.4
lookbook
fashion blogger
#moda
#fashion
#outfit
#ootd
#look | 0.7
#styling
#streetstyle
#fashionblogger
#lookbook
#outfitoftheday
#fashionista
#stile | 0.6
# second pass: products and compounds
scarpe da ginnastica | 0.8
sneaker | 0.7
gioielli | 0.6
gioielleria | 0.7
bigiotteria | 0.8
occhiali | 0.4
tote bag | 0.6
costume da bagno | 0.6
bikini | 0.6
lingerie | 0.7
calzini | 0.5
leggings | 0.5
abito da sposa | 0.8
capi d'abbigliamento | 0.8
abbigliamento | 0.8
maglieria | 0.8
knitwear | 0.8
athleisure | 0.8
loungewear | 0.7
activewear | 0.6
vintage | 0.4
stilista | 0.7
fashion designer | 0.8
prêt-à-porter | 0.8
biancheria intima | 0.7

[topic beauty]
trucco
make up
makeup
make-up
skincare
skin care
cura della pelle
routine skincare
viso | 0.4
crema viso
siero | 0.7
sieri | 0.7
tonico | 0.6
detergente | 0.5
struccante
acqua micellare
maschera viso
scrub | 0.5
esfoliante
retinolo
acido ialuronico
niacinamide
spf | 0.7
protezione solare | 0.7
crema solare | 0.6
fondotinta
correttore | 0.7
cipria
blush
bronzer
terra abbronzante
illuminante | 0.7
highlighter | 0.7
contouring
mascara
eyeliner
ombretto
palette | 0.4
rossetto
gloss | 0.7
matita labbra
sopracciglia
ciglia | 0.7
ciglia finte
pennelli | 0.3
spugnetta | 0.6
beauty blender
unghie | 0.7
smalto | 0.7
manicure
pedicure | 0.8
nail art
semipermanente | 0.6
capelli | 0.5
shampoo | 0.6
balsamo | 0.5
maschera capelli
piega | 0.4
tinta | 0.4
balayage
parrucchiere | 0.8
parrucchiera | 0.8
profumo | 0.6
profumi | 0.6
fragranza | 0.6
estetista
ceretta
epilazione | 0.7
brufoli | 0.7
acne | 0.5
punti neri
pori | 0.5
rughe | 0.7
antietà
anti age
idratante | 0.6
pelle secca | 0.7
pelle grassa | 0.7
pelle mista | 0.7
inci | 0.6
clean beauty
beauty | 0.6
glow | 0.4
get ready with me
grwm
sephora
douglas | 0.5
kiko | 0.7
swatch | 0.6
trucco sposa
#beauty
#makeup
#trucco
#skincare
#beautyblogger
#grwm
#nails
#nailart
#skincareroutine
#makeuptutorial
# second pass: products and compounds
cosmetici | 0.8
cosmesi | 0.9
prodotti di bellezza | 0.9
bellezza | 0.4
crema mani | 0.7
crema corpo | 0.7
bagnoschiuma | 0.7
deodorante | 0.6
rasoio | 0.5
asciugacapelli | 0.8
arricciacapelli | 0.8
piastra per capelli | 0.8
lash lift | 0.8
dermatologo | 0.6
dermocosmesi | 0.9
autoabbronzante | 0.8
profumeria | 0.8
eau de parfum | 0.8
barbier* | 0.6

[topic parenting]
genitori | 0.7
genitorialità
bambini | 0.5
bambino | 0.4
bimbi | 0.6
bimba | 0.6
neonato | 0.8
neonata | 0.8
bebè | 0.8
mamma | 0.5
mamme | 0.6
papà | 0.5
figli | 0.6
maternità | 0.8
paternità | 0.8
gravidanza
incinta
pancione | 0.8
ecografia | 0.8
post partum
allattamento
allattare
latte artificiale
biberon
ciuccio
pannolini
pannolino
cambio pannolino
fasciatoio
passeggino
carrozzina | 0.6
seggiolino | 0.7
marsupio | 0.5
fascia portabebè
babywearing
svezzamento
autosvezzamento
pappa | 0.6
pappe | 0.7
omogeneizzati
nanna | 0.7
capricci | 0.8
capriccio | 0.6
asilo nido
scuola materna
scuola dell'infanzia
elementari | 0.5
compiti | 0.5
pediatra
dentizione
coliche | 0.7
montessori | 0.6
giochi educativi
giocattoli | 0.6
cartoni animati | 0.5
favole | 0.6
fiabe | 0.5
ninna nanna
primi passi | 0.7
prime parole | 0.7
educare | 0.5
educazione dei figli
screen time | 0.6
adolescenti | 0.6
adolescenza | 0.6
babysitter
tata | 0.4
congedo parentale
genitore single
mamma single
corredino
lista nascita
culla | 0.7
cameretta | 0.5
recita scolastica | 0.6
pagella | 0.5
mamma blogger
#mammablogger
#mamme
#genitori
#maternità
#momlife
#dadlife
#bambini | 0.8
#neonato
#allattamento
#svezzamento
#gravidanza
#genitorialità
#vitadamamma
#parenting
travaglio | 0.7
sala parto
# second pass: products and compounds
neomamma | 0.9
neopapà | 0.9
neogenitori | 0.9
cesareo | 0.8
doula | 0.8
ostetrica | 0.8
corso preparto | 0.9
preparto | 0.9
puerperio | 0.8
tiralatte | 0.9
tutina | 0.7
bavaglino | 0.9
scaldabiberon | 0.9
baby monitor | 0.8
sdraietta | 0.9
seggiolone | 0.9
ludoteca | 0.7
toddler | 0.8
gentle parenting | 0.9
educazione positiva | 0.7
co-sleeping | 0.9
cosleeping | 0.9
gemellini | 0.7

[topic tech]
tecnologia
tech
smartphone
iphone
android
cellulare | 0.6
app | 0.5
applicazione | 0.6
software
hardware
computer
laptop
portatile | 0.4
tablet
ipad
macbook
windows | 0.7
linux
apple | 0.6
samsung | 0.7
processore
chip | 0.4
cpu
gpu
ssd
schermo | 0.5
display | 0.6
oled
batteria | 0.4
caricatore | 0.6
usb-c
bluetooth
wifi
wi-fi
router
cuffie | 0.6
auricolari
airpods
smartwatch
smart home
domotica
alexa | 0.5
intelligenza artificiale
chatgpt
machine learning
algoritmo | 0.5
programmazione
programmare
coding
sviluppatore
sviluppatrice
developer
python | 0.7
javascript
open source
github
firmware
aggiornamento | 0.3
unboxing | 0.5
specifiche | 0.6
benchmark
gadget
dispositivo | 0.6
dispositivi | 0.6
fotocamera | 0.5
megapixel
drone | 0.6
stampante 3d | 0.7
realtà virtuale
visore | 0.6
cloud | 0.6
server
backup
cybersecurity
sicurezza informatica
password | 0.6
startup | 0.3
nerd | 0.4
geek | 0.5
setup | 0.5
tastiera meccanica
mouse | 0.5
monitor | 0.5
#tecnologia
#tech
#smartphone
#apple
#android
#gadget
#intelligenzaartificiale
#coding
#programmazione
#techtok
#unboxing | 0.7
# second pass: products and compounds
smart tv | 0.7
powerbank | 0.8
power bank | 0.8
hard disk | 0.8
chiavetta usb | 0.7
usb | 0.6
ricarica wireless | 0.8
wireless | 0.6
fibra ottica | 0.7
sistema operativo | 0.9
browser | 0.7
sito web | 0.6
web app | 0.8
saas | 0.7
database | 0.8
backend | 0.9
frontend | 0.9
full stack | 0.8
devops | 0.9
chatbot | 0.8
robotica | 0.6
automazione | 0.6
stampa 3d | 0.7
smart speaker | 0.8
e-reader | 0.7
mirrorless | 0.7
wearable | 0.7
informatica | 0.8
hackathon | 0.7
bootcamp | 0.5
app di journaling | 0.8
blockchain | 0.7

[topic fitness]
palestra
allenamento
allenamenti
allenarsi
workout
fitness
gym
squat
stacco | 0.6
stacchi | 0.7
panca piana
pesi | 0.5
sollevamento pesi
bilanciere
manubri | 0.5
kettlebell
trazioni
flessioni
addominali
plank
burpees
crossfit
hiit
cardio
corsa | 0.5
correre | 0.6
running
runner
maratona | 0.7
mezza maratona
tapis roulant
ripetute | 0.7
ripetizioni | 0.6
massimale
scheda di allenamento
personal trainer
muscoli | 0.8
massa muscolare
ipertrofia
proteine | 0.4
whey
creatina
integratori | 0.6
glutei
leg day
upper body
stretching | 0.6
mobilità | 0.4
yoga | 0.5
pilates | 0.6
calisthenics
allenamento funzionale
spinning
zumba
nuoto | 0.6
boxe | 0.7
kickboxing
arti marziali | 0.8
sudore | 0.4
riscaldamento | 0.3
defaticamento
tornare in forma
forma fisica
home workout
allenamento a casa
tappetino | 0.5
elastici | 0.4
frequenza cardiaca | 0.7
calorie | 0.4
personal record
#fitness
#workout
#gym
#palestra
#allenamento
#fitnessmotivation
#fitnessitalia
#gymlife
#running
#crossfit
#fitfam
#homeworkout
# second pass: products and compounds
bootcamp | 0.5
functional training | 0.8
cyclette | 0.8
ellittica | 0.8
vogatore | 0.8
spin bike | 0.7
saltare la corda | 0.8
abbigliamento sportivo | 0.7
scarpe da running | 0.9
scarpe da corsa | 0.8
reggiseno sportivo | 0.8
barrette proteiche | 0.8
pre-workout | 0.8
trail running | 0.9
ultramaratona | 0.9
triathlon | 0.9
gara podistica | 0.9
podismo | 0.9
jogging | 0.9
sala pesi | 0.9
powerlifting | 0.9
bodybuilding | 0.9
body building | 0.9
aerobica | 0.8
tonificare | 0.8
piscina | 0.4

[topic travel]
viaggio
viaggi
viaggiare
travel
vacanza
vacanze
ferie | 0.8
itinerario
destinazione | 0.7
volo | 0.6
voli | 0.6
aereo | 0.5
aeroporto
imbarco | 0.7
scalo | 0.6
valigia
bagaglio
bagaglio a mano
passaporto
hotel | 0.7
albergo | 0.7
bed and breakfast
airbnb
ostello | 0.7
prenotazione | 0.5
check-in | 0.6
treno | 0.4
stazione | 0.4
interrail
traghetto | 0.7
crociera | 0.6
spiaggia | 0.5
mare | 0.4
lago | 0.4
isola | 0.5
città d'arte
weekend fuori porta
gita fuori porta
gita | 0.5
escursione | 0.4
tour | 0.4
guida turistica
turisti | 0.6
turismo
turistico | 0.7
road trip
on the road | 0.8
noleggio auto
jet lag
fuso orario
souvenir
cartolina | 0.5
mappa | 0.4
backpacker
travel blogger
panorama | 0.4
cosa vedere
cosa fare a | 0.6
dove mangiare | 0.6
dove dormire | 0.8
consigli di viaggio
ryanair
trenitalia
all'estero | 0.5
expat | 0.6
lonely planet
campeggio | 0.4
camper | 0.4
#viaggio
#viaggi
#travel
#wanderlust
#travelblogger
#viaggiare
#traveltheworld
#vacanze
#instatravel
#travelgram
#italia | 0.3
#travelphotography
#weekendfuoriporta
# second pass: products and compounds
hostel | 0.8
zaino | 0.4
zaino da viaggio | 0.9
trolley | 0.8
compagnia aerea | 0.8
agriturismo | 0.7
glamping | 0.6
attrezzatura da campeggio | 0.7
camping | 0.6
luna di miele | 0.7
viaggio di nozze | 0.8
city break | 0.8
staycation | 0.7
workation | 0.7
nomadi digitali | 0.7
capitali europee | 0.7
dogana | 0.6
resort | 0.5

[topic finance]
finanza
finanza personale
soldi | 0.5
denaro | 0.6
risparmi | 0.4
investire*
ho investito in
investimenti
investimento
investitore
azioni | 0.5
borsa valori
mercati finanziari
etf
fondi | 0.5
fondo pensione
pensione | 0.6
piano di accumulo
interesse composto
interessi | 0.5
tassi | 0.6
inflazione
dividendi
obbligazioni
btp
conto deposito
conto corrente
banca | 0.6
mutuo
debito | 0.6
debiti | 0.6
carta di credito | 0.6
rata | 0.5
budget | 0.5
bilancio | 0.4
entrate | 0.5
spese | 0.3
stipendio | 0.6
reddito
patrimonio | 0.4
crypto
criptovalute
bitcoin
ethereum
trading
trader
portafoglio | 0.5
asset allocation
diversificazione | 0.7
commissioni | 0.5
broker
indipendenza finanziaria
libertà finanziaria
educazione finanziaria
tasse | 0.5
dichiarazione dei redditi
partita iva
fisco
fattura | 0.6
commercialista
assicurazione | 0.6
polizza | 0.6
tfr | 0.7
euribor
spread | 0.5
economia | 0.4
mercato immobiliare
immobiliare | 0.6
affitto | 0.4
reddito passivo
side hustle | 0.7
#finanzapersonale
#investimenti
#risparmio | 0.5
#educazionefinanziaria
#soldi
#crypto
#bitcoin
#finanza
#investire
#borsa | 0.6
#trading
rendimento annuo | 0.8
rendita passiva | 0.8
# second pass: products and compounds
conto risparmio | 0.8
libretto postale | 0.8
buoni fruttiferi | 0.9
carta prepagata | 0.8
bonifico | 0.6
tasso fisso | 0.8
tasso variabile | 0.8
isee | 0.7
patrimonio netto | 0.9
net worth | 0.8
consulente finanziario | 0.9
neobanca | 0.9
fintech | 0.9
azionario | 0.8
obbligazionario | 0.8
msci world | 0.8
robo advisor | 0.8
nft | 0.6
blockchain | 0.6
previdenza | 0.8
movimento fire | 0.8
budgeting | 0.7
prestito personale | 0.8
mutuo prima casa | 0.8

[topic gaming]
gaming
gamer
videogioco
videogiochi
videogame
giocare | 0.3
console
playstation
ps5
ps4
xbox
nintendo
nintendo switch
steam | 0.6
pc gaming
joystick
controller | 0.6
joypad
twitch
streamer
streaming | 0.3
fortnite
minecraft
fifa | 0.6
call of duty
warzone
league of legends
valorant
genshin
zelda
super mario
pokémon
gta
elden ring
dark souls
rpg
open world
multiplayer
co-op
boss finale
speedrun
achievement
platino | 0.5
dlc
patch | 0.4
ranked
esports
e-sports
clan | 0.5
noob
respawn
lag | 0.4
battle pass
gacha
loot
lootbox
retrogaming
retro gaming
sala giochi
arcade
indie | 0.4
game | 0.5
gameplay
walkthrough
let's play
giochi da tavolo | 0.6
gioco da tavolo | 0.6
gdr | 0.6
#gaming
#gamer
#videogiochi
#playstation
#xbox
#nintendo
#twitch
#streamer
#esports
#videogames
#ps5
# second pass: products and compounds
videoludico | 0.9
pc da gaming | 0.9
steam deck | 0.8
game pass | 0.8
gamepad | 0.8
lan party | 0.9
pro player | 0.8
torneo online | 0.7
gioco di ruolo | 0.8
giocabilità | 0.8
boss fight | 0.8
roblox | 0.9
among us | 0.7
the sims | 0.8
animal crossing | 0.9
final fantasy | 0.9
counter strike | 0.9
overwatch | 0.9
apex legends | 0.9
baldur's gate | 0.9
flipper | 0.6
dota 2 | 0.9

[topic home]
casa | 0.3
arredamento
arredare
arredo
interior design
home decor
decorazioni | 0.5
soggiorno | 0.5
salotto | 0.6
camera da letto
bagno | 0.3
divano | 0.7
tavolo | 0.3
sedie | 0.5
libreria | 0.4
mensole
scaffale | 0.7
tende | 0.5
tappeto | 0.6
cuscini | 0.5
lampada | 0.6
illuminazione | 0.5
piante da appartamento
piante | 0.4
giardino
giardinaggio
orto | 0.7
aiuole
potatura
seminare
semina | 0.7
terriccio
vasi | 0.4
balcone | 0.6
terrazzo | 0.6
prato | 0.5
tosaerba
faidate
fai da te
diy
bricolage
trapano
avvitatore
cacciavite
martello | 0.4
vernice | 0.7
imbiancare
tinteggiare
carta da parati
piastrelle
parquet
pavimento | 0.6
ristrutturazione
ristrutturare
lavori in casa
muratore | 0.5
idraulico | 0.5
elettricista | 0.5
ikea
ikea hack
mobili | 0.7
restyling | 0.6
makeover | 0.6
prima e dopo | 0.4
decluttering | 0.5
home organization
pulizie
pulizie di casa
detersivo | 0.6
bucato
lavatrice | 0.7
aspirapolvere
robot aspirapolvere
shabby chic
stile scandinavo
japandi
casa nuova
trasloco
appartamento | 0.6
monolocale
bilocale
camino | 0.4
stufa | 0.4
#interiordesign
#homedecor
#arredamento
#casa | 0.6
#faidate
#diy
#giardinaggio
#orto
#pulizie
#cleantok
#homesweethome
#ikeahack
# second pass: products and compounds
prodotti per la pulizia | 0.8
prodotti per la casa | 0.6
detergenti per la casa | 0.8
ammorbidente | 0.8
sgrassatore | 0.9
candeggina | 0.8
anticalcare | 0.8
microfibra | 0.6
mocio | 0.9
lavastoviglie | 0.8
elettrodomestici | 0.8
stendino | 0.9
ferro da stiro | 0.8
stirare | 0.7
riordinare | 0.6
organizzare casa | 0.7
cassettiera | 0.8
comodino | 0.8
biancheria per la casa | 0.9
lenzuola | 0.7
piumone | 0.7
candele | 0.4
profumatore per ambienti | 0.8
piante grasse | 0.7
piante aromatiche | 0.7
vivaio | 0.7
irrigazione | 0.7
home tour | 0.8
room tour | 0.8
termostato | 0.6
caldaia | 0.6
infissi | 0.8
cappotto termico | 0.9
isolamento termico | 0.8
levigatrice | 0.9
smerigliatrice | 0.9
tasselli | 0.7
stucco | 0.7
pittura per interni | 0.9

[topic pets]
cane
cani
cagnolino
cagnolina
cucciolo | 0.8
cuccioli | 0.8
cucciola
gatto
gatti
gattino
gattina
micio | 0.6
micia | 0.6
mici | 0.6
gattone
animale domestico
animali domestici
pets
pet | 0.5
guinzaglio
collare | 0.4
pettorina
museruola
cuccia
lettiera
sabbietta
tiragraffi
crocchette
scatolette | 0.6
snack per cani
ossicini | 0.6
veterinario | 0.7
veterinaria | 0.6
antipulci
pulci | 0.7
toelettatura
addestramento | 0.7
educatore cinofilo
cinofilo
area cani
sgambatoia
dog sitter
pet sitter
pensione per cani
razza | 0.4
meticcio
meticci
labrador
golden retriever
bassotto
barboncino
chihuahua
pastore tedesco
bulldog
carlino | 0.7
border collie
jack russell
maine coon
fusa
miagola
abbaia
scodinzola
zampe | 0.6
zampa | 0.5
zampina
coniglio | 0.6
criceto
pappagallo | 0.7
canarino
acquario | 0.6
tartaruga | 0.5
furetto
dog friendly
pet friendly
peloso | 0.6
pelosetto
quattro zampe
amico a quattro zampe
#dogsofinstagram
#catsofinstagram
#cane
#gatto
#cani
#gatti
#dog
#cat
#dogstagram
#catstagram
#petfriendly
#dogfriendly
#cats
#dogs
# second pass: products and compounds
premietti | 0.9
biscotti per cani | 0.9
masticativi | 0.5
cibo per cani | 0.9
cibo per gatti | 0.9
umido per gatti | 0.9
mangime | 0.7
ciotola | 0.7
trasportino | 0.9
giochi per cani | 0.9
giochi per gatti | 0.9
fontanella per gatti | 0.9
spazzola per cani | 0.9
antiparassitario | 0.9
dog walker | 0.9
pensione per gatti | 0.9
asilo per cani | 0.9
dog park | 0.8
agility | 0.8
acquariofilia | 0.9
rettili | 0.6
coniglietto | 0.8
porcellino d'india | 0.9

# Jokes at a group's expense (see the README, "How cues combine").
[joke]
haha*
ahah*
hihi
lol
lmao
sto scherzando
scherzavo
si scherza
tanto per ridere
che ridere
sto morendo dal ridere
senza offesa
nessuna offesa
non offendetevi
era una battuta
è solo una battuta
humor nero
umorismo nero

[mocked inclusivity]
# Group words that also show inclusivity elsewhere ("corsi per persone in carrozzina") are listed
# too: named in a joke, they count against it instead (see src/data/README.md).
migranti | 0.4
rifugiati | 0.4
richiedenti asilo | 0.4
stranieri | 0.4
nuovi italiani | 0.4
seconde generazioni | 0.4
persone con disabilità | 0.5
disabili | 0.5
persone in carrozzina | 0.5
utenti in carrozzina | 0.5
non vedenti | 0.5
ciechi | 0.4
ipovedenti | 0.5
persone sorde | 0.5
sordi | 0.4
# age
i vecchi che | 0.6
i vecchi quando | 0.6
i vecchi al volante | 0.7
i vecchietti | 0.6
le vecchiette | 0.6
vecchi rimbambiti | 1.0
le vecchie befane | 1.0
le vecchie zitelle | 0.9
i decrepiti | 0.8
gli attempati | 0.5
i nonnetti | 0.5
i nonnini | 0.5
i boomer | 0.6
i pensionati | 0.5
gli anziani | 0.4
le persone anziane | 0.4
gli over 50 | 0.6
gli over 60 | 0.6
gli over 70 | 0.6
gli ultracinquantenni | 0.6
gli ultrasessantenni | 0.6
i cinquantenni | 0.5
i sessantenni | 0.5
i settantenni | 0.5
gli ottantenni | 0.5
alla sua età | 0.4
alla loro età | 0.4
alla vostra età | 0.4
quelli della sua età | 0.5
roba da ospizio | 0.8
da ospizio | 0.7
# body
gli obesi | 0.6
le persone obese | 0.4
le persone in sovrappeso | 0.4
i chiattoni | 0.9
le chiattone | 0.9
i panzoni | 0.8
i tripponi | 0.8
i cicciottelli | 0.6
le cicciottelle | 0.6
balena spiaggiata | 1.0
grassa come una balena | 1.0
grasso come un maiale | 1.0
botte di lardo | 1.0
i nani | 0.5
# origin
gli immigrati | 0.5
gli extracomunitari | 0.6
i profughi | 0.4
gente di colore | 0.4
i musi gialli | 1.0
i cinesini | 0.7
i crucchi | 0.8
i mangiacrauti | 0.8
quella gente | 0.4
gente come loro | 0.5
# disability
gli storpi | 1.0
gli zoppi | 0.7
i paralitici | 0.7
gli invalidi | 0.4
i sordomuti | 0.6
minorati mentali | 1.0
i cerebrolesi | 1.0
i subnormali | 1.0
i malati di mente | 0.5
i down | 0.7
# gender
le donne in cucina | 1.0
pericolo costante | 0.6
donne e motori | 0.6
come una ragazzina | 0.6
i veri uomini | 0.6
un vero maschio | 0.6
le zitelle | 0.7
le bionde | 0.4
le isteriche | 0.7

[mocked kindness]
# Parole per indicare o apostrofare qualcuno di cui si ride: in un post che scherza o prende in
# giro (e non mostra gentilezza) contano contro kindness (vedi src/data/README.md).
# appellativi condiscendenti, solo in frasi
mi dispiace tesoro | 0.5
scusa tesoro | 0.5
calma tesoro | 0.6
cara mia | 0.4
caro mio | 0.4
bello mio | 0.5
tranquillo campione | 0.6
ascolta ciccio | 0.6
calma bimba | 0.6
# indicare commentatori, follower, altre persone
nei commenti | 0.5
qualcuno ha commentato | 0.5
un follower mi ha scritto | 0.5
i miei follower | 0.4
hater* | 0.5
questo tizio | 0.5
questa tizia | 0.5
sto tizio | 0.5
suo profilo | 0.5
# paragoni offensivi
hai la faccia da | 0.9
ha la faccia da | 0.8
con quella faccia | 0.8
conciato come | 0.9
conciata come | 0.9
vestito come un | 0.7
vestita come una | 0.7
# umiliare: voti, giudizi, roast
voto i vostri outfit | 0.8
do i voti ai vostri | 0.8
giudico i vostri | 0.8
vi giudico | 0.7
i peggiori outfit | 0.7
i peggiori look | 0.7
sorry not sorry | 0.6
