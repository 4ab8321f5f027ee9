# valuematch lexicon: French (fr)
# Written from general knowledge of French and of how people post online.
# Weights: ~1.0 clear value words, 0.5-0.8 concrete things that go with the value, 0.2-0.4 weak hints.

[sponsored]
#pub
#publicité
#publicite
#sponsorisé
#sponsorise
#sponso
#partenariat
#partenariatrémunéré
#partenariatremunere
#collaborationcommerciale
#collabcommerciale
#collaboration | 0.6
#collab | 0.6
#placementdeproduit
#produitoffert
#offert | 0.6
#ad
#sponsored
#gifted
#affiliation | 0.8
#lienaffilié
#partenaire | 0.7
publicit* | 0.8
collaboration commerciale
partenariat rémunéré
partenariat commercial
partenariat payant
en partenariat avec | 0.9
en collaboration avec | 0.7
sponsorisé par
sponsorisée par
vidéo sponsorisée
post sponsorisé
contenu sponsorisé
article sponsorisé
placement de produit
offert par | 0.5
produit offert | 0.8
produits offerts | 0.8
utilise mon code
utilisez mon code
code promo | 0.7
mon code promo
code de réduction | 0.8
lien affilié
liens affiliés
lien d'affiliation
liens d'affiliation
merci à la marque | 0.8
en partenariat | 0.8

[negation]
ne
n'
pas
jamais
ni
aucun
aucune
aucunement
rien
nullement
guère*
non
nan
nope
pas du tout
même pas
plus jamais
pas encore
pas vraiment
personne ne
que dalle
nada

[privative]
# "without"-words: a contradiction after them shows the value ("without plastic");
# a value word after them still shows the value ("sin crueldad animal").
sans

[mockery]
mdr | 0.5
ptdr | 0.5
lol | 0.5
mouais*
bah voyons | 0.5
ben voyons | 0.5
mais oui bien sûr
laisse-moi rire
laissez-moi rire
foutage de gueule
pff
pfff
pffff
soi-disant
soi-disant écolo
prétendu
prétendument
bien-pensance
bien-pensant
bien-pensants
moralisateur
moralisatrice
donneur de leçons
donneurs de leçons
leçons de morale
woke | 0.7
wokisme
bobo | 0.6
bobos | 0.6
écolo-bobo
khmers verts
bisounours
surcoté
surcotée
surfait*
overrated
osef
je m'en fiche | 0.6
je m'en fous | 0.6
on s'en fout | 0.6
on s'en fiche | 0.6
rien à foutre
une belle jambe | 0.7
comme par hasard
c'est beau de rêver
n'importe quoi
ridicule | 0.6
grotesque | 0.6
risible
yeux au ciel | 0.6
virtue signaling
virtue signalling
vertu ostentatoire
arnaque | 0.5
poudre aux yeux
coup de com
opération de com
tartufferie
hypocrite | 0.6
hypocrisie | 0.6
yeah right
eye roll

[value sustainability]
durable | 0.8
développement durable
écologie
écologique
écolo | 0.8
écoresponsable
éco-responsable
#écoresponsable
#ecoresponsable
écoconception
environnement* | 0.7
planète | 0.6
pour la planète
climat | 0.8
climatique
réchauffement climatique
urgence climatique
marche pour le climat
#climat
empreinte carbone
bilan carbone
empreinte écologique
zéro déchet
zero waste
#zérodéchet
#zerodechet
#zerowaste
#écologie
#ecologie
recycl*
réparer | 0.8
réparation | 0.7
réparable | 0.8
repair café
#repaircafe
raccommoder | 0.8
repriser* | 0.7
rapiécé | 0.7
recoudre | 0.6
ressemelage | 0.8
ressemeler | 0.8
faire durer | 0.7
seconde main | 0.8
seconde-main | 0.8
#secondemain
d'occasion | 0.6
friperie | 0.7
fripes | 0.6
#friperie
vide-grenier | 0.6
brocante | 0.5
emmaüs | 0.7
ressourcerie | 0.8
recyclerie | 0.8
vintage | 0.4
vinted | 0.4
reconditionné | 0.7
upcycling | 0.9
upcyclé | 0.9
#upcycling
surcyclage | 0.9
réemploi | 0.9
réutiliser | 0.8
réutilisable | 0.8
vrac | 0.5
en vrac | 0.5
épicerie vrac | 0.9
plutôt que l'avion | 0.8
#vrac
bocaux | 0.5
gourde | 0.6
sac en tissu | 0.6
compost | 0.8
composteur | 0.8
compostage | 0.8
lombricompost* | 0.8
biodégradable | 0.7
tri sélectif | 0.6
permaculture | 0.8
panneaux solaires | 0.7
énergies renouvelables | 0.8
éolien* | 0.5
sobriété énergétique | 0.8
sobriété | 0.6
décroissance | 0.7
vélotaf | 0.8
#vélotaf
#velotaf
à vélo | 0.4
en vélo | 0.4
vélo cargo | 0.7
prendre le train | 0.7
voyager en train | 0.8
voyage en train | 0.8
train de nuit | 0.8
sans avion | 0.9
covoiturage | 0.6
transports en commun | 0.6
mobilité douce | 0.9
circuit court | 0.8
produits locaux | 0.7
manger local | 0.8
fruits de saison | 0.6
légumes de saison | 0.6
amap | 0.7
#amap
producteurs locaux | 0.6
agriculture biologique | 0.7
biologique | 0.6
produits bio | 0.6
coton bio | 0.6
planter des arbres | 0.8
reboisement | 0.8
reforestation | 0.8
ramassage de déchets | 0.9
ramasser les déchets | 0.9
nettoyage de plage | 0.9
cleanwalk | 0.9
#cleanwalk
plogging | 0.8
#plogging
biodiversité | 0.7
anti-gaspi | 0.7
antigaspi | 0.7
#antigaspi
gaspillage alimentaire | 0.7
too good to go | 0.5
low tech | 0.7
slow fashion | 0.9
#slowfashion
mode éthique | 0.8
mode responsable | 0.9
#modeéthique
#moderesponsable
consommer moins | 0.7
consommer autrement | 0.8
#consommerautrement
sans plastique | 0.7
zéro plastique | 0.8
couches lavables | 0.7
shampoing solide | 0.6
cosmétiques solides | 0.6
récupérateur d'eau | 0.6
économiser l'eau | 0.6
bois de récup | 0.7
matériaux de récup | 0.7
#récup | 0.6
protection de la nature | 0.8
conçu pour être réparé
pensé pour être réparé
facilement réparable | 0.9
indice de réparabilité
pièces détachées | 0.7
seconde vie | 0.8
programme de reprise | 0.7
économie circulaire
matériaux biosourcés | 0.9
biosourcé | 0.9
tissus dormants | 0.8
deadstock | 0.8
chutes de tissu | 0.7
faible impact | 0.8
impact environnemental | 0.8
réduire notre impact
empreinte environnementale | 0.9
bas carbone | 0.9
décarboner
énergie verte | 0.8
électricité verte | 0.8
emballages compostables | 0.9
sans emballage | 0.8
station de remplissage | 0.9
bouteille consignée | 0.8
respectueux de l'environnement
respect de l'environnement | 0.9
protéger la planète | 0.9
préserver la planète | 0.9
protéger la biodiversité | 0.9
agroécologie | 0.9
agriculture régénératrice | 0.9
écolabel | 0.8
écoconçu
éco-conçu
fabrication locale | 0.6
livraison à vélo | 0.8
tourisme durable | 0.9
tourisme responsable | 0.9
voyage responsable | 0.9
slow travel | 0.8
écotourisme | 0.9
moins mais mieux | 0.8
# pass 3: repairing, keeping, travelling and gardening lightly
réparé au lieu de racheter
au lieu d'en racheter | 0.9
au lieu de jeter | 0.9
plutôt que de jeter | 0.9
plutôt que de racheter | 0.9
évité la poubelle | 0.8
sauvé de la poubelle | 0.8
fait réparer | 0.9
atelier de réparation | 0.9
pas d'avion | 0.8
sans prendre l'avion | 0.9
je ne prends plus l'avion
zéro avion | 0.9
vacances en train | 0.8
recousu | 0.7
chaussettes reprisées | 0.9
mes bocaux | 0.6
sacs à vrac | 0.8
trajets à vélo | 0.6
à vélo au travail | 0.8
sans voiture | 0.8
vendu ma voiture | 0.8
à pied ou à vélo | 0.7
eau de pluie | 0.5
toilettes sèches | 0.8
baissé le chauffage | 0.7
tawashi | 0.7
éponge lavable | 0.7
essuie-tout lavable | 0.8
lingettes lavables | 0.8
cotons lavables | 0.8
bee wrap | 0.7
beewrap | 0.7
emballages en cire | 0.7
acheté d'occasion | 0.8
chiné en brocante | 0.9
planté une haie | 0.8
haie champêtre | 0.8
tonte différenciée | 0.9
fauche tardive | 0.8
prairie fleurie | 0.7
zéro phyto | 0.9
sans pesticides | 0.8
douches courtes | 0.7
verre consigné | 0.8
bocaux consignés | 0.8
système de consigne | 0.8
retour de la consigne | 0.7

[value honesty]
honnête | 0.5
honnêteté
en toute honnêteté
pour être honnête
soyons honnêtes
avis honnête
mon avis honnête
transparence | 0.6
transparent | 0.6
transparente | 0.6
en toute transparence
transparence totale
sincère | 0.8
sincérité
avis sincère
*vérité | 0.7
la vérité sur | 0.6
dire la vérité
sans mentir | 0.7
parler vrai
franchement | 0.3
franc-parler | 0.7
franchise | 0.5
rester intègre | 0.8
intégrit*
bonne foi | 0.6
de bonne foi | 0.7
authentique | 0.4
authenticité | 0.5
j'avoue | 0.3
je l'avoue | 0.6
avouer | 0.6
aveu | 0.6
je me suis trompé
je me suis trompée
j'ai eu tort
c'était une erreur | 0.6
erreur de ma part
mea culpa
je m'excuse | 0.6
mes excuses | 0.6
je reconnais | 0.3
je corrige | 0.4
rectificatif | 0.8
erratum | 0.8
correction | 0.2
je rectifie | 0.7
assumer | 0.5
j'assume | 0.5
tenir parole | 0.7
promesse tenue | 0.7
les coulisses | 0.5
en coulisses | 0.5
envers du décor | 0.7
derrière les coulisses | 0.5
sans filtre | 0.7
#sansfiltre
#nofilter | 0.5
sans retouche | 0.8
non retouché | 0.8
non retouchée | 0.8
#nonretouché
#sansretouche
vraie vie | 0.5
#reallife | 0.4
instagram vs réalité | 0.8
attentes vs réalité | 0.5
ce qu'on ne montre | 0.7
ce qu'on ne voit | 0.5
sans tabou | 0.6
#sanstabou
avec mes propres sous | 0.9
payé de ma poche | 0.9
déception | 0.4
déçu | 0.3
déçue | 0.3
points négatifs | 0.7
points faibles | 0.7
bémol | 0.5
inconvénients | 0.6
ce qui m'a déçu | 0.6
j'ai moins aimé | 0.6
soyons francs | 0.7
avis mitigé | 0.7
mitigé | 0.4
mois d'utilisation | 0.6
an d'utilisation | 0.6
test longue durée | 0.6
sur le long terme | 0.3
je touche une commission | 0.9
commission | 0.3
lien affilié | 0.4
pour être transparente | 0.9
pour être transparent | 0.9
traçabilité | 0.7
origine des matières | 0.6
comment c'est fabriqué | 0.4
visite d'usine | 0.5
liste des ingrédients | 0.4
composition | 0.3
décomposition du prix | 0.8
prix de revient | 0.6
nos marges | 0.6
notre marge | 0.6
chiffres réels | 0.7
vrais chiffres | 0.7
vérifier les sources | 0.7
vérifier ses sources | 0.7
fact-check | 0.6
fact checking | 0.6
fausse information | 0.4
désinformation | 0.4
greenwashing | 0.4
vulnérabilité | 0.4
loyauté | 0.4
je vais pas mentir | 0.7
faut être honnête | 0.8
faut l'avouer | 0.5
#honnêteté
#transparence
prix transparent | 0.9
chaîne d'approvisionnement | 0.6
chaîne de production | 0.5
nos fournisseurs | 0.6
nos usines | 0.5
d'où viennent | 0.5
provenance* | 0.5
origine de nos produits | 0.6
coûts de production | 0.6
coût de fabrication | 0.6
coût réel | 0.7
le vrai prix | 0.6
prix détaillé | 0.6
rapport d'impact | 0.7
sans langue de bois | 0.9
on vous dit tout | 0.8
je vous dis tout | 0.7
reconnaître nos erreurs | 0.9
nos erreurs | 0.7
nous nous sommes trompés | 0.9
on s'est trompé | 0.9
véridique | 0.7
véracité | 0.7
informations fiables | 0.6
étiquetage clair | 0.8
étiquette claire | 0.7
informations claires | 0.6
sans fard | 0.6
sans artifice | 0.5
sans bullshit | 0.6
no bullshit | 0.6
tenir nos promesses | 0.8
en toute franchise | 0.8
parler franchement | 0.7
j'ai payé moi-même | 0.9
acheté avec mon argent | 0.9
acheté moi-même | 0.8
ce n'est pas parfait | 0.6
points d'amélioration | 0.7
axes d'amélioration | 0.6
avis vérifiés | 0.4
# pass 3: admitting, disclosing, showing things as they are
c'est ma faute | 0.8
c'était ma faute | 0.8
ma faute | 0.5
je me suis planté | 0.7
j'avais tort | 0.9
je reconnais mon erreur
j'ai fait une erreur | 0.9
je m'étais trompé | 0.9
je vous dois des excuses
je vous ai menti | 0.8
je l'utilise depuis | 0.6
j'utilise depuis | 0.5
après six mois d'utilisation | 0.8
produit envoyé gratuitement | 0.9
envoyé gratuitement | 0.8
on m'a envoyé | 0.5
je le précise | 0.7
je tiens à préciser | 0.7
précision importante | 0.7
petite précision | 0.5
la marque n'a pas relu | 1.0
aucun droit de regard | 0.9
sans droit de regard | 0.9
liberté éditoriale | 0.9
mon avis reste libre | 0.9
avis non influencé | 0.9
ressemble vraiment | 0.5
réalité derrière | 0.7
derrière la photo | 0.7
sans mise en scène | 0.8
pas de mise en scène | 0.8
voici la correction | 0.9
petite correction | 0.7
rendu la monnaie | 0.9
rendu le portefeuille | 0.8
rapporté le portefeuille | 0.8
je ne connais pas la réponse
je ne suis pas expert | 0.7
retiré de la vente | 0.7
rappel produit | 0.6
ne tenait pas ses promesses | 0.8
ne tient pas ses promesses | 0.8
ce que coûte vraiment | 0.9
combien coûte vraiment | 0.9
détail des coûts | 0.9
acheté avec mes sous | 0.9
avis négatif | 0.7
je ne recommande pas | 0.8
je n'ai pas aimé | 0.7
ne vaut pas le prix | 0.7
pas à la hauteur | 0.5
produit décevant | 0.6
avec ses défauts | 0.7
photos réelles | 0.7
photo réelle | 0.7
*vérités | 0.6
pas retouchée | 0.8
aucune retouche | 0.9

[value community]
communauté
#communauté
#communaute
notre communauté
la commu | 0.6
commu | 0.5
collectif* | 0.8
collectiv* | 0.6
collectif citoyen
ensemble | 0.4
tous ensemble | 0.7
toutes ensemble | 0.7
entraide
#entraide
solidarité | 0.8
#solidarité
solidaire | 0.8
fraternité | 0.7
vivre ensemble
vivre-ensemble
lien social
convivialité | 0.7
convivial | 0.6
conviviale | 0.6
voisins | 0.8
voisines | 0.8
voisin | 0.6
voisine | 0.6
voisinage | 0.8
entre voisins
quartier | 0.6
notre quartier | 0.8
vie de quartier
notre rue | 0.4
fête des voisins
fête de quartier
fête du village | 0.8
fête de village | 0.8
comité des fêtes | 0.8
kermesse | 0.7
bal populaire | 0.7
repas partagé | 0.9
auberge espagnole | 0.8
pique-nique | 0.4
habitant* | 0.5
village | 0.4
bénévoles | 0.8
bénévole | 0.7
bénévolat | 0.8
merci aux bénévoles
#bénévolat
associati* | 0.6
vie associative
asso | 0.6
assos | 0.6
adhérents | 0.6
adhérentes | 0.6
membres | 0.4
club | 0.5
notre club | 0.7
meetup | 0.8
rencontre | 0.3
rencontres | 0.4
rassemblement | 0.6
on se retrouve | 0.3
retrouvailles | 0.4
rejoignez-nous | 0.6
rejoins-nous | 0.6
venez nombreux | 0.8
venez nombreuses | 0.8
on était nombreux | 0.4
participants | 0.4
apéro | 0.3
buvette | 0.5
jardin partagé | 0.9
jardins partagés | 0.9
tiers-lieu | 0.8
tiers lieu | 0.8
café associatif | 0.9
bar associatif | 0.9
épicerie solidaire | 0.8
coopérative | 0.5
coop | 0.4
fablab | 0.6
repair café | 0.6
maison de quartier | 0.8
centre social | 0.7
foyer rural | 0.8
chantier participatif | 0.9
atelier participatif | 0.8
sortie collective | 0.7
balade collective | 0.7
sortie club | 0.7
run club | 0.7
#runclub | 0.7
club de lecture | 0.7
esprit d'équipe | 0.6
cohésion | 0.6
fédérer | 0.6
rassembler | 0.6
réunir | 0.4
tribu | 0.4
les copains | 0.4
les copines | 0.4
merci à tous | 0.3
merci à toutes | 0.3
cagnotte | 0.5
collecte* | 0.5
mobilisation | 0.5
pétition* | 0.4
citoyen | 0.4
citoyenne | 0.4
engagement local | 0.8
soutenir les commerces locaux
commerces de proximité | 0.7
commerce local | 0.7
commerçants du coin | 0.7
petits commerçants | 0.6
achetez local | 0.7
#achetezlocal
#consommerlocal
troc | 0.5
troc de graines | 0.7
grainothèque | 0.7
boîte à livres | 0.8
boîte à dons | 0.8
frigo solidaire | 0.8
zone de gratuité | 0.8
gratiféria | 0.8
donnerie | 0.8
groupe facebook | 0.3
serveur discord | 0.3
nouveaux arrivants | 0.5
bienvenue aux nouveaux | 0.6
supporters | 0.4
créer du lien | 0.8
tisser des liens | 0.9
rassembler les gens | 0.9
faire ensemble | 0.8
ensemble on va plus loin | 0.9
plus forts ensemble | 0.8
la force du collectif | 0.9
rejoindre le mouvement | 0.8
rejoignez le mouvement | 0.8
notre tribu | 0.6
ancrage local | 0.9
ancrage territorial | 0.9
ancré dans le territoire | 0.9
acteurs locaux | 0.8
associations locales | 0.9
partenaires locaux | 0.6
tissu local | 0.8
tissu associatif | 0.9
vie locale | 0.8
économie locale | 0.7
engagement associatif | 0.9
événements locaux | 0.8
lieu de rencontre | 0.8
espace de rencontre | 0.8
lieu de vie | 0.6
lieu de partage | 0.8
moments de partage | 0.7
esprit de partage | 0.8
ateliers collectifs | 0.7
communautaire | 0.8
participatif* | 0.7
participative* | 0.7
co-construire | 0.8
co-construction | 0.8
collaboratif* | 0.6
collaborative* | 0.6
mutualiser | 0.6
main dans la main | 0.6
proximité | 0.4
# pass 3: neighbourhood life, shared work and gatherings
tout l'immeuble | 0.7
repeint ensemble | 0.8
construit ensemble | 0.7
à plusieurs mains | 0.7
groupe whatsapp du quartier | 0.9
groupe du quartier | 0.8
groupe facebook du village | 0.8
prêter des outils | 0.7
outilthèque | 1.0
bibliothèque d'outils | 1.0
ludothèque | 0.7
bibliothèque de rue | 0.9
armoire à dons | 0.9
frigo partagé | 0.8
arroser les plantes du voisin | 0.8
comité de quartier
conseil de quartier | 0.9
comité de village | 0.9
association de quartier
association de parents d'élèves | 0.8
parents d'élèves | 0.5
réunion publique | 0.6
assemblée citoyenne | 0.9
corvée collective | 0.9
journée citoyenne
chantier collectif | 0.9
nettoyage du parc | 0.7
nettoyage du quartier | 0.8
salle des fêtes | 0.6
salle polyvalente | 0.5
foyer communal | 0.7
maison du peuple | 0.7
café du coin | 0.5
café du village | 0.7
bistrot du village | 0.7
dernier café du village | 0.9
chorale | 0.6
chorale amateur | 0.8
fanfare du village | 0.8
théâtre amateur | 0.7
troupe de théâtre amateur | 0.8
club de tricot | 0.8
club de marche | 0.7
cercle de lecture | 0.7
club des aînés | 0.8
tout le monde se connaît | 0.7
repas de quartier
repas de rue | 0.9
banquet républicain | 0.8
chacun a apporté un plat | 0.9
chacun apporte quelque chose | 0.8
potluck | 0.9
souper communautaire
collecte pour la famille | 0.9
élan de solidarité
mobilisation du village | 0.9
tout le village | 0.7
tout le quartier | 0.7
toute la commune | 0.7
toute la rue | 0.6
club de foot du village | 0.8
club local | 0.7
fête de l'école | 0.6
brocante du quartier | 0.8
vide-grenier du village | 0.8
jardin communautaire
compost de quartier | 0.9
composteur collectif | 0.9
voisins solidaires
se serrer les coudes | 0.9
esprit de village
esprit de quartier
vie de village | 0.9
coopérative d'habitants
habitat partagé | 0.9
colocation solidaire | 0.8
accorderie
système d'échange local
monnaie locale | 0.8
fête de ruelle | 0.9
ruelle verte
party de quartier | 0.9

[value kindness]
gentillesse
#gentillesse
bienveillance
#bienveillance
bienveillant
bienveillante
soyons bienveillants
empathie
empathique
compassion
générosité
généreu* | 0.7
altruisme
altruiste
tendresse | 0.5
douceur | 0.3
gentil | 0.6
gentille | 0.6
soyez gentils
attentionné | 0.7
attentionnée | 0.7
au grand cœur | 0.8
cœur d'or | 0.5
cœur sur la main | 0.8
soutien | 0.4
soutenir | 0.3
aider | 0.4
aidé | 0.4
aidée | 0.4
coup de main | 0.5
rendre service | 0.7
prendre soin | 0.6
prends soin de toi | 0.8
prenez soin de vous | 0.8
à l'écoute | 0.7
écouter | 0.2
écoute | 0.2
réconfort | 0.7
réconforter | 0.7
consoler* | 0.7
tu n'es pas seul | 0.9
tu n'es pas seule | 0.9
vous n'êtes pas seuls | 0.9
parler à quelqu'un | 0.6
demander de l'aide | 0.7
ligne d'écoute | 0.9
3114 | 0.8
santé mentale | 0.7
#santémentale
#santementale
soutien psychologique | 0.7
solitude | 0.6
isolement* | 0.6
personnes âgées | 0.4
ehpad | 0.5
sans-abri | 0.7
sans abri | 0.7
sdf | 0.6
maraude | 0.8
maraudes | 0.8
restos du cœur | 0.8
restos du coeur | 0.8
banque alimentaire | 0.8
collecte alimentaire | 0.8
secours populaire | 0.8
croix-rouge | 0.7
faire un don | 0.7
dons* | 0.6
donation | 0.7
don du sang | 0.8
donner son sang | 0.8
bénévole | 0.6
bénévolat | 0.6
humanitaire | 0.6
caritatif | 0.7
caritative | 0.7
association caritative | 0.8
charité | 0.6
solidarité | 0.5
entraide | 0.6
cagnotte | 0.5
gratitude | 0.6
reconnaissant | 0.5
reconnaissante | 0.5
du fond du cœur | 0.6
de tout cœur | 0.4
merci | 0.2
un sourire | 0.3
petit geste | 0.6
petits gestes | 0.6
acte de gentillesse | 0.9
café suspendu | 0.9
un inconnu | 0.4
une inconnue | 0.4
aider un inconnu | 0.8
porter ses courses | 0.7
pardonner | 0.5
pardon | 0.3
tolérance | 0.4
respect | 0.3
câlin | 0.3
câlins | 0.3
harcèlement | 0.4
cyberharcèlement | 0.5
#stopharcèlement
enfants malades | 0.5
premiers secours | 0.6
secourir | 0.7
sauver une vie | 0.7
humanité | 0.4
délicatesse | 0.4
indulgence | 0.5
patience | 0.3
#kindness
#payitforward
chaîne de solidarité | 0.8
soin des autres | 0.9
attention aux autres | 0.8
aider les autres | 0.9
aider son prochain | 0.9
tendre la main | 0.8
sans jugement | 0.9
zéro jugement | 0.8
écoute active | 0.8
safe place | 0.6
accompagnement psychologique | 0.8
soutien moral | 0.8
soutien émotionnel | 0.8
reversé à une association | 0.8
bénéfices reversés | 0.9
engagement solidaire | 0.7
geste solidaire | 0.8
arrondi solidaire | 0.9
microdon | 0.8
dons alimentaires | 0.8
donner de son temps | 0.8
faire le bien autour de soi | 0.9
respect de chacun | 0.7
l'humain au cœur | 0.7
l'humain au coeur | 0.7
l'humain d'abord | 0.7
bonté | 0.9
bon cœur | 0.7
bon coeur | 0.7
au grand coeur | 0.8
coeur sur la main | 0.8
du fond du coeur | 0.6
compatissant | 0.9
compréhensif* | 0.5
proches aidants | 0.7
soutien aux aidants | 0.7
on est là pour vous | 0.6
# pass 3: small deeds for neighbours, strangers and people in need
courses de ma voisine | 0.9
voisine âgée | 0.8
personne âgée isolée | 0.9
personnes isolées | 0.8
rompre l'isolement | 0.9
un inconnu m'a offert | 0.9
un inconnu m'a aidé | 1.0
merci à l'inconnu | 0.8
sans rien demander en retour
sans rien attendre en retour
a refusé mon argent | 0.7
refusé d'être payé | 0.8
distribution de repas | 0.8
personnes qui dorment dehors | 1.0
qui dorment dans la rue | 1.0
personnes sans domicile | 1.0
sans domicile | 0.8
un petit mot gentil | 0.9
laissé des fleurs | 0.5
résidents de la maison de retraite | 0.8
visite à l'ehpad | 0.8
nos aînés | 0.6
si vous n'allez pas bien, parlez-en | 1.0
si tu ne vas pas bien, parles-en | 1.0
mes messages privés sont ouverts | 0.8
ma boîte de messages est ouverte | 0.8
mes dm sont ouverts | 0.8
mes mp sont ouverts | 0.8
partagé son goûter | 0.8
rendu le portefeuille | 0.6
rapporté le portefeuille | 0.6
tricoté des bonnets | 0.7
bonnets pour les prématurés | 1.0
je suis là pour toi | 0.8
on est là pour toi | 0.8
je suis là si besoin | 0.8
donne ses invendus | 0.9
aidé une personne âgée | 1.0
aider une vieille dame | 1.0
céder sa place | 0.8
pour qu'elle puisse souffler | 0.8
don de moelle | 0.9
don d'organes | 0.8
donneur de sang | 0.8
donneuse de sang | 0.8
prendre le temps d'écouter | 0.9
une oreille attentive | 0.9
tendre l'oreille | 0.6
faire un compliment | 0.7
complimenter | 0.6
bonne action | 0.8
baguette suspendue | 0.9
repas suspendu | 0.9
donner au suivant | 1.0
boîtes de noël solidaires | 0.9
boîtes solidaires | 0.8
noël solidaire | 0.8
remonter le moral | 0.7
mots d'encouragement | 0.7
popote roulante | 0.8
m'a offert un café | 0.7
appelé pour prendre des nouvelles | 0.9
repas chauds | 0.4
*guignolée | 0.8

[value inclusivity]
inclusi*
#inclusion
diversit* | 0.9
#diversité
#diversite
diversité corporelle
toutes les morphologies
tous les corps | 0.6
tous les âges | 0.5
à tout âge | 0.4
tous âges | 0.4
toutes les tailles | 0.6
grandes tailles | 0.7
grande taille | 0.4
plus size | 0.8
#plussize | 0.8
#grandetaille | 0.7
#grandestailles | 0.7
body positive
bodypositive
#bodypositive
body positivity
#bodypositivity
neutralité corporelle
accepter son corps | 0.7
acceptation de soi | 0.5
vrais corps | 0.8
corps réels | 0.8
vergetures | 0.4
cellulite | 0.3
grossophobie | 0.7
handicap | 0.8
#handicap
handicapé | 0.6
handicapée | 0.6
en situation de handicap
personnes handicapées | 0.7
fauteuil roulant | 0.8
en fauteuil | 0.4
pmr | 0.8
accessibilité
#accessibilité
accessible | 0.3
accessible à tous | 0.5
rampe d'accès | 0.8
langue des signes | 0.9
lsf | 0.7
sous-titres | 0.5
sous-titré | 0.5
sous-titrée | 0.5
audiodescription | 0.9
malvoyant | 0.7
malvoyants | 0.7
non-voyant | 0.7
aveugle | 0.4
sourd | 0.5
sourde | 0.5
sourds | 0.5
malentendant | 0.7
malentendants | 0.7
autisme | 0.6
autiste | 0.5
tdah | 0.6
neuroatypique | 0.8
neurodivergent | 0.8
neurodivergente | 0.8
neurodiversité | 0.9
dyslexie | 0.5
trisomie | 0.6
validis* | 0.8
prothèse | 0.4
amputé | 0.4
mode adaptative | 0.9
vêtements adaptés | 0.7
lgbt | 0.8
lgbtq | 0.8
lgbtqia | 0.8
queer | 0.7
marche des fiertés | 0.9
fierté | 0.3
#pride | 0.7
pride | 0.4
#lovewins | 0.8
lesbienne | 0.5
gay | 0.4
trans | 0.5
transgenre | 0.7
non-binaire | 0.8
non binaire | 0.8
iel | 0.7
pronoms | 0.5
homophobie | 0.5
transphobie | 0.6
écriture inclusive | 0.6
égalité femmes-hommes | 0.6
mixité | 0.7
mixité sociale | 0.6
multiculturel | 0.7
multiculturelle | 0.7
métissage | 0.5
métiss* | 0.4
toutes origines | 0.6
couleur de peau | 0.5
toutes les carnations | 0.8
toutes les teintes | 0.4
peaux foncées | 0.6
peaux noires | 0.6
antiracisme | 0.8
antiraciste | 0.8
racisme | 0.5
discrimination | 0.5
discriminations | 0.5
stéréotypes | 0.4
préjugés | 0.4
âgisme | 0.7
intergénérationnel | 0.6
seniors | 0.3
représentation* | 0.3
représentativité | 0.7
#representationmatters
visibilité | 0.3
minorités | 0.5
réfugiés | 0.5
ouverture d'esprit | 0.6
ouvert à tous | 0.4
ouverte à tous | 0.4
ouvert à toutes | 0.4
bienvenue à tous | 0.3
bienvenue à toutes | 0.3
tous sont bienvenus | 0.4
sans distinction | 0.7
peu importe l'âge | 0.7
unisexe | 0.5
non genré | 0.7
non genrée | 0.7
genderless | 0.7
pour tous les corps | 0.9
chaque corps | 0.7
toutes morphologies | 0.9
tailles étendues | 0.8
tailles inclusives | 0.9
quel que soit votre âge | 0.9
quelle que soit votre morphologie | 0.9
quelle que soit leur origine | 0.9
quelle que soit votre origine | 0.9
peu importe l'origine | 0.8
peu importe le genre | 0.7
d'où que vous veniez | 0.9
toutes les origines | 0.7
de tous horizons | 0.8
tous les profils | 0.6
ne laisser personne de côté
laisser personne de côté
personne n'est laissé de côté
personne n'est laissé pour compte
n'exclut personne | 0.9
personne n'est exclu | 0.9
accueillir tout le monde | 0.8
accessible aux personnes handicapées
accessible aux fauteuils roulants | 0.9
accessible pmr | 0.9
lever les barrières | 0.7
briser les barrières | 0.7
falc | 0.9
femmes dans la tech | 0.9
filles dans la tech | 0.9
femmes dans les sciences | 0.8
personnes racisées | 0.8
racisé | 0.8
handicap invisible | 0.9
adapté à tous | 0.6
accepter les différences | 0.8
célébrer la différence | 0.8
interculturel | 0.6
de 7 à 77 ans | 0.6
sans discrimination | 0.8
lutte contre les discriminations | 0.9
# pass 3: accessibility and welcome, described as things done
vidéos sous-titrées | 0.8
sous-titrage | 0.7
sous-titres pour sourds | 1.0
sous-titres pour les sourds et malentendants | 1.0
transcription écrite | 0.6
interprète lsf | 1.0
interprète en langue des signes
traduit en langue des signes
langue des signes québécoise
lsq | 0.7
lsfb | 0.8
accessible en fauteuil | 1.0
accès fauteuil | 0.9
utilisateurs de fauteuil | 0.9
accès de plain-pied | 0.9
installé une rampe | 0.9
toilettes adaptées | 0.9
toilettes accessibles | 0.9
sanitaires adaptés | 0.9
places pmr | 0.8
boucle magnétique | 0.9
boucle à induction | 0.9
bandes podotactiles | 0.9
braille | 0.8
en braille | 0.9
gros caractères | 0.8
police adaptée à la dyslexie | 1.0
police dyslexie | 0.8
facile à lire et à comprendre | 1.0
facile à lire | 0.5
langage simplifié | 0.7
audio-description | 0.9
texte alternatif | 0.9
alt text | 0.8
balises alt | 0.8
lecteur d'écran | 0.8
navigation au clavier | 0.7
contraste élevé | 0.5
chien guide | 0.7
chien d'assistance | 0.7
canne blanche | 0.8
gilets vibrants | 0.9
visite tactile | 0.9
maquette tactile | 0.9
parcours sensoriel | 0.5
heure calme | 0.9
heure silencieuse | 0.9
créneau calme | 0.8
séance adaptée | 0.8
ciné-relax | 1.0
séance relax | 0.9
casque anti-bruit | 0.6
casques antibruit | 0.6
hypersensibilité sensorielle | 0.8
troubles sensoriels | 0.7
personnes autistes | 0.8
enfant autiste | 0.6
adapté aux enfants autistes | 1.0
tsa | 0.5
troubles dys | 0.8
dyspraxie | 0.6
dyscalculie | 0.6
personne sourde | 0.9
personnes aveugles | 0.9
aveugles et malvoyants | 1.0
déficience visuelle | 0.9
déficience auditive | 0.9
déficience intellectuelle | 0.8
handicap mental | 0.8
handicap moteur | 0.8
handisport | 0.9
basket fauteuil | 0.9
cécifoot | 1.0
paralympique | 0.7
esat | 0.7
travailleurs handicapés | 0.9
porteuse de trisomie | 0.9
porteur de trisomie | 0.9
rendre accessible | 0.6
rendu accessible | 0.6
toutes les silhouettes | 0.8
du 34 au 56 | 0.9
du 34 au 54 | 0.9
du 36 au 56 | 0.9
jusqu'au 60 | 0.6
cabines élargies | 0.8
mannequins grande taille | 0.9
mannequins de toutes tailles | 0.9
mannequins de tous âges | 0.9
mode ronde | 0.8
curvy | 0.7
#curvy | 0.7
midsize | 0.6
personnes de petite taille | 0.8
de 8 à 80 ans | 0.8
de 0 à 99 ans | 0.8
tous âges confondus | 0.8
ouvert aux seniors | 0.7
seniors bienvenus | 0.8
débutants bienvenus | 0.5
débutantes bienvenues | 0.5
aucun niveau requis | 0.5
tous niveaux | 0.3
nouveaux arrivants | 0.5
réfugiés bienvenus | 1.0
refugees welcome | 1.0
accueil des réfugiés | 0.9
familles réfugiées | 0.8
demandeurs d'asile | 0.7
personnes exilées | 0.8
exilés | 0.6
français langue étrangère | 0.6
traduit en plusieurs langues | 0.8
disponible en plusieurs langues | 0.6
traduit en arabe | 0.7
traduit en ukrainien | 0.7
multilingue | 0.5
plurilingue | 0.5
femmes ingénieures | 0.8
filles en sciences | 0.8
garde d'enfants sur place | 0.7
toilettes non genrées | 0.9
couple de même sexe | 0.8
deux mamans | 0.7
deux papas | 0.7
familles homoparentales | 0.9
homoparentalité | 0.9
coming out | 0.7
safe space | 0.6
tout le monde est bienvenu | 0.7
chacun a sa place | 0.8
chacun y a sa place | 0.8
une place pour chacun | 0.7
une rampe | 0.3
personnes migrantes | 0.7
*migrants | 0.4

[value wellbeing]
bien-être
bien être
#bienêtre
#bienetre
mieux-être
santé | 0.6
en bonne santé | 0.7
équilibre | 0.7
équilibré | 0.7
équilibrée | 0.7
alimentation équilibrée
manger équilibré
manger sainement
sain | 0.6
saine | 0.6
healthy | 0.6
#healthy | 0.6
#healthyfood | 0.5
hygiène de vie | 0.9
mode de vie sain
nutrition | 0.5
nutritionniste | 0.6
diététicienne | 0.6
diététicien | 0.6
fruits et légumes | 0.5
légumes | 0.3
recettes saines | 0.7
cuisine saine | 0.7
hydratation | 0.5
s'hydrater | 0.6
boire de l'eau | 0.5
sommeil | 0.7
#sommeil
bien dormir | 0.8
sommeil réparateur | 0.8
nuit complète | 0.6
se coucher tôt | 0.7
couché tôt | 0.6
couchée tôt | 0.6
sieste | 0.4
repos | 0.4
se reposer | 0.6
récupération | 0.3
routine du soir | 0.4
routine du matin | 0.3
méditation
méditer
#meditation
#méditation
pleine conscience
mindfulness
respiration | 0.5
cohérence cardiaque | 0.9
yoga | 0.7
#yoga | 0.7
pilates | 0.5
étirements | 0.5
activité physique | 0.7
bouger* | 0.4
marche quotidienne | 0.6
balade | 0.3
promenade | 0.3
grand air | 0.5
bain de forêt | 0.8
sylvothérapie | 0.8
self-care
selfcare
#selfcare
prendre soin de soi
#prendresoindesoi
temps pour soi | 0.8
moment à soi | 0.7
ralentir | 0.7
slow life | 0.7
#slowlife | 0.7
déconnexion | 0.6
digital detox | 0.7
détox digitale | 0.7
temps d'écran | 0.5
moins d'écrans | 0.7
lâcher prise | 0.7
lâcher-prise | 0.7
sérénité | 0.7
serein | 0.6
sereine | 0.6
apaisé | 0.5
apaisée | 0.5
calme | 0.3
zen | 0.4
*détente | 0.5
relaxation | 0.6
massage | 0.4
sauna | 0.4
sophrologie | 0.6
naturopathie | 0.4
santé mentale | 0.7
#santémentale
#mentalhealth
thérapie | 0.4
psy | 0.3
gestion du stress | 0.8
anti-stress | 0.6
burn-out | 0.4
écouter son corps | 0.9
respecter son rythme | 0.8
équilibre vie pro | 0.8
gratitude | 0.4
journal de gratitude | 0.6
journaling | 0.5
#journaling | 0.5
dry january | 0.7
#dryjanuary | 0.7
janvier sobre | 0.7
mocktail | 0.4
arrêter de fumer | 0.8
arrêté de fumer | 0.8
moins de sucre | 0.6
alimentation intuitive | 0.7
infusion | 0.3
tisane | 0.3
bilan de santé | 0.6
prévention | 0.4
dépistage | 0.4
remise en forme | 0.5
*vitalité | 0.6
chouchouter | 0.5
me chouchouter | 0.6
cocooning | 0.3
#wellness | 0.8
wellness | 0.8
se sentir bien dans son corps | 0.9
bien dans sa peau | 0.9
bien dans ses baskets | 0.8
équilibre mental | 0.9
mieux dormir | 0.9
qualité du sommeil | 0.9
bien manger | 0.8
manger mieux | 0.8
alimentation saine | 0.9
sans sucres ajoutés | 0.7
bouger plus | 0.7
santé globale | 0.8
approche holistique | 0.7
holistique | 0.6
bien vieillir | 0.8
réduire le stress | 0.8
moins de stress | 0.7
se ressourcer | 0.9
faire une pause | 0.5
corps et esprit | 0.8
esprit sain dans un corps sain
amour de soi | 0.7
mode de vie équilibré | 0.9
sport santé | 0.8
gestion des émotions | 0.8
plantes médicinales | 0.5
phytothérapie | 0.6
aromathérapie | 0.5
marche en forêt | 0.7
pleine santé | 0.7
# pass 3: everyday care of body and mind
minutes de marche | 0.7
marcher tous les jours | 0.8
10 000 pas | 0.6
coupé les notifications | 0.8
notifications désactivées | 0.7
téléphone en mode avion | 0.8
téléphone dans une autre pièce | 0.9
sans téléphone | 0.5
zéro écran | 0.8
sans écran | 0.7
loin des écrans | 0.7
dormi huit heures | 0.8
8 heures de sommeil | 0.9
au lit tôt | 0.8
routine sommeil | 0.8
respiration lente | 0.8
respirations profondes | 0.8
exercice de respiration | 0.9
yoga doux | 0.8
séance douce | 0.6
rendez-vous chez la psy | 0.9
consulter un psy | 0.9
ma psy | 0.6
mon psy | 0.6
thérapeute | 0.6
séance de thérapie | 0.8
pause déjeuner dehors | 0.8
au lieu de manger devant l'écran | 0.8
pause loin de l'ordi | 0.7
vraie pause | 0.7
litres d'eau par jour | 0.7
balade en forêt | 0.6
arrêté le café | 0.7
moins de café | 0.6
moins de caféine | 0.7
moins d'alcool | 0.7
sans alcool | 0.4
baignade en eau froide | 0.7
bain froid | 0.6
jour de repos | 0.8
journée de repos | 0.8
une journée pour moi | 0.8
apprendre à dire non | 0.8
poser des limites | 0.8
mettre des limites | 0.7
me préserver | 0.8
se préserver | 0.8
faire du sport | 0.5
prendre l'air | 0.6
lumière du jour | 0.5
soupe de légumes | 0.4
je me sens vivante | 0.5
baignade en mer froide | 0.8

[value family]
famille
#famille
familial
familiale
en famille
#enfamille
vie de famille
#family | 0.8
#familytime
temps en famille
parents | 0.4
papa | 0.4
maman | 0.4
mon fils | 0.6
ma fille | 0.6
mes fils | 0.6
mes filles | 0.8
mes enfants | 0.8
nos enfants | 0.8
les enfants | 0.4
enfants | 0.3
bébé | 0.5
notre bébé | 0.8
naissance | 0.5
grossesse | 0.5
enceinte | 0.5
mon mari | 0.5
ma femme | 0.4
mon époux | 0.6
mon épouse | 0.6
mon conjoint | 0.5
ma conjointe | 0.5
grand-mère | 0.4
grand mère | 0.4
grand-père | 0.4
grand père | 0.4
grands-parents | 0.4
grands parents | 0.4
mamie | 0.4
mamy | 0.4
papi | 0.4
papy | 0.4
ma mémé | 0.4
pépé | 0.4
petits-enfants | 0.5
petit-fils | 0.4
petite-fille | 0.4
frère | 0.4
sœur | 0.4
soeur | 0.4
frérot | 0.5
sœurette | 0.5
frères et sœurs | 0.7
fratrie | 0.7
cousins | 0.4
cousines | 0.4
tonton | 0.4
tata | 0.4
oncle | 0.4
tante | 0.4
neveu | 0.4
nièce | 0.4
filleul | 0.4
filleule | 0.4
belle-mère | 0.4
beau-père | 0.4
belle-famille | 0.6
beaux-parents | 0.6
heure du coucher | 0.6
coucher des enfants | 0.7
histoire du soir | 0.7
devoirs* | 0.4
sortie d'école | 0.5
repas de famille | 0.9
déjeuner du dimanche | 0.7
repas du dimanche | 0.7
dimanche en famille | 0.9
week-end en famille | 0.9
vacances en famille | 0.9
réunion de famille | 0.9
noël en famille | 0.9
fête des mères | 0.8
fête des pères | 0.8
fête des grands-mères | 0.8
#fêtedesmères
#fetedesmeres
#fetedesperes
maternité | 0.5
paternité | 0.5
parentalité | 0.6
#parentalité
#viedemaman
#viedepapa
#momlife | 0.7
#dadlife | 0.7
maman solo | 0.7
papa solo | 0.7
famille nombreuse | 0.9
famille recomposée | 0.9
#famillenombreuse
ma tribu | 0.5
arbre généalogique | 0.6
trois générations | 0.8
souvenirs d'enfance | 0.5
album photo | 0.4
jeux de société | 0.4
soirée jeux | 0.4
doudou | 0.5
poussette | 0.4
premiers pas | 0.6
premier mot | 0.6
jumeaux | 0.5
jumelles | 0.5
anniversaire | 0.2
baptême | 0.4
mariage | 0.3
petits et grands | 0.6
parents et enfants | 0.9
toutes les générations | 0.8
moments en famille | 0.9
passer du temps ensemble | 0.7
autour de la table | 0.5
esprit de famille | 0.9
famille d'abord
transmettre à nos enfants | 0.8
partager avec ses enfants | 0.8
bambins | 0.7
loulous | 0.6
jeunes parents | 0.8
futurs parents | 0.8
futures mamans | 0.8
jeune maman | 0.8
jeune papa | 0.8
vos enfants | 0.7
votre enfant | 0.7
votre bébé | 0.7
enfance | 0.5
petite enfance | 0.6
berceuse | 0.6
comptines | 0.6
kids | 0.5
proches aidants | 0.5
# pass 3: time together at home and raising kids
avec les enfants | 0.6
avec mes enfants | 0.8
avec nos enfants | 0.8
avec les petits | 0.6
avec ma fille | 0.8
avec mon fils | 0.8
avec mes parents | 0.7
avec papa | 0.6
avec maman | 0.6
mon ado | 0.7
mes ados | 0.7
notre fille | 0.8
notre fils | 0.8
mon bébé | 0.7
le petit dernier | 0.8
mon aîné | 0.7
ma cadette | 0.7
mon cadet | 0.6
ma progéniture | 0.8
progéniture | 0.6
marmaille | 0.6
mes mômes | 0.7
mes gamins | 0.7
mes flos | 0.7
bout de chou | 0.6
cabane de couvertures | 0.8
cabane dans le salon | 0.8
soirée pyjama | 0.5
première dent | 0.8
premier sourire | 0.7
premier jour d'école | 0.8
rentrée des classes | 0.6
rentrée scolaire | 0.5
cartable | 0.5
chercher ma fille à l'école | 0.9
chercher mon fils à l'école | 0.9
chercher les enfants à l'école | 0.9
récupérer les enfants | 0.7
lis une histoire | 0.8
lire une histoire | 0.8
câlin du soir | 0.8
bisou du soir | 0.8
routine du coucher | 0.8
heure du goûter | 0.5
goûter des enfants | 0.6
cuisiner avec les enfants | 0.9
cuisiner avec ma fille | 0.9
cuisiner avec mon fils | 0.9
toute la tribu | 0.6
quatre générations | 0.9
cinq générations | 0.9
plusieurs générations | 0.5
anniversaire de mamie | 0.8
anniversaire de papy | 0.8
fête des grands-pères | 0.8
moment mère-fille | 0.9
moment père-fils | 0.9
journée mère-fille | 0.9
journée père-fils | 0.9
papa poule | 0.9
maman poule | 0.9
mère au foyer | 0.7
père au foyer | 0.7
papa au foyer | 0.8
congé maternité | 0.5
congé paternité | 0.5
congé parental | 0.5
chasse aux œufs | 0.6
chasse aux oeufs | 0.6
chasse au trésor | 0.5

[value craftsmanship]
artisan
artisane
artisans
artisanal
artisanale
artisanat
#artisanat
#artisan
fait main
fait-main
#faitmain
handmade | 0.9
#handmade | 0.9
fabriqué à la main
cousu main
peint à la main
tricoté main
brodé main
savoir-faire
savoir faire
#savoirfaire
métier d'art
métiers d'art
#métiersdart
#metiersdart
made in france | 0.6
#madeinfrance | 0.6
fabrication française | 0.6
fabriqué en france | 0.6
atelier | 0.5
dans mon atelier | 0.8
notre atelier | 0.8
petit atelier | 0.7
mon établi | 0.6
sur l'établi | 0.6
ébéniste
ébénisterie
menuisier | 0.8
menuiserie | 0.7
charpentier | 0.6
forgeron
forge | 0.6
coutelier
coutellerie | 0.8
maroquinier
maroquinerie | 0.7
sellier | 0.8
cordonnier | 0.8
tailleur | 0.3
couturière | 0.5
tapissier | 0.8
céramiste
céramique | 0.6
potier
potière
poterie | 0.8
tour de potier | 0.9
émaillage | 0.7
souffleur de verre
verrier | 0.8
luthier
lutherie
horloger | 0.7
horlogerie | 0.5
orfèvre | 0.8
tisserand
tissage | 0.7
métier à tisser | 0.8
tricot | 0.4
crochet | 0.3
broderie | 0.5
qualité | 0.4
haute qualité | 0.7
qualité plutôt que quantité
la qualité avant tout | 0.8
durable | 0.4
solide | 0.4
robuste | 0.4
increvable | 0.5
fait pour durer | 0.9
conçu pour durer | 0.9
garantie à vie | 0.7
minutie*
minutieux | 0.8
minutieuse | 0.8
précision | 0.3
finitions | 0.7
finition | 0.5
souci du détail | 0.9
soin du détail | 0.9
pièce unique | 0.7
pièces uniques | 0.7
petite série | 0.7
petites séries | 0.7
sur mesure | 0.4
sur-mesure | 0.4
cuir pleine fleur | 0.8
tannage végétal | 0.8
bois massif | 0.8
chêne massif | 0.8
bois de noyer | 0.5
noyer massif | 0.7
assemblage | 0.4
queue d'aronde | 0.9
tenon | 0.6
tenon et mortaise | 0.9
rabot | 0.7
gouge | 0.6
ciseau à bois | 0.7
ponçage | 0.4
patine | 0.5
patiné | 0.5
compagnon du devoir
compagnons du devoir
apprenti | 0.5
maître artisan
meilleur ouvrier de france
heures de travail | 0.5
patience | 0.4
le geste | 0.3
outils | 0.3
façonn* | 0.7
ciselé | 0.7
sculpté | 0.6
gravé à la main | 0.8
meuble restauré | 0.6
restauration de meubles | 0.7
cousu goodyear | 0.9
goodyear | 0.6
manufacture | 0.5
matières nobles | 0.7
matériaux nobles | 0.7
#craftsmanship
fabriqué pour durer | 0.9
pensé pour durer | 0.9
durer toute une vie | 0.9
assemblé à la main | 0.9
monté à la main | 0.8
façonné à la main | 0.9
tissé à la main | 0.9
taillé à la main | 0.9
sculpté à la main | 0.9
soufflé à la bouche | 0.9
poli à la main | 0.8
fabriqué dans nos ateliers | 0.9
matériaux de qualité | 0.8
matières premières de qualité | 0.8
les meilleurs matériaux | 0.7
bois nobles | 0.7
qualité exceptionnelle | 0.8
qualité irréprochable | 0.8
qualité supérieure | 0.7
niveau d'exigence | 0.8
exigence de qualité | 0.9
excellence* | 0.6
le travail bien fait
travail soigné | 0.9
finitions soignées | 0.9
gestes précis | 0.8
produit d'exception | 0.7
pièce d'exception | 0.8
maître d'art
entreprise du patrimoine vivant
mof | 0.6
dans les règles de l'art | 0.9
transmission du savoir-faire | 0.9
coutures renforcées | 0.7
conçu et fabriqué | 0.6
# pass 3: the work of the hands, described
forgé à la main
trempé et affûté | 0.9
affûté à la main | 0.9
affûtage | 0.7
pierre à aiguiser | 0.8
pierre à affûter | 0.8
point sellier
cousu au point sellier
couture sellier | 0.9
émaux | 0.5
grès | 0.4
tourné à la main | 0.9
modelé à la main | 0.9
raku | 0.7
engobe | 0.8
poncé à la main | 0.8
chevilles en bois | 0.8
noué à la main | 0.9
dentelle | 0.4
refait trois fois | 0.6
jusqu'à ce que ce soit parfait | 0.6
des heures de ponçage | 0.8
la patience du geste | 0.9
geste juste | 0.7
tour de main | 0.5
maître d'apprentissage | 0.8
mon apprenti | 0.7
tour de france des compagnons
fabriqué à la commande | 0.7
numéroté et signé | 0.7
signé par l'artisan | 0.9
reliure | 0.8
relieur | 0.9
relieuse | 0.9
marqueterie | 0.9
dorure à la feuille | 0.9
vitrail | 0.7
vitrailliste | 0.9
tailleur de pierre
taille de pierre | 0.9
ferronnerie | 0.8
ferronnier | 0.9
tonnelier | 0.8
vannier | 0.8
maréchal-ferrant | 0.7
outils à main | 0.8
varlope | 0.8
enclume | 0.7
bel ouvrage | 0.9
ouvrage soigné | 0.9
soigner les détails | 0.8
dans les moindres détails | 0.7
durer des décennies | 0.8
ressemelé | 0.8
émail de cendre | 0.9
glaçure | 0.7

[value creativity]
créativité
#créativité
#creativite
créatif
créative
création | 0.6
créations | 0.6
créer | 0.4
imagination
imaginer | 0.4
imaginé | 0.4
inventer
invention
inventé | 0.7
inventeur
inventrice
innovation
innovant
innovante
innover
idées | 0.4
nouvelle idée | 0.5
expérimenter | 0.8
expérimentation | 0.8
expérimental | 0.7
bidouiller | 0.8
bidouille | 0.7
bricolage | 0.4
bricoler | 0.4
diy | 0.6
#diy | 0.6
prototype | 0.7
prototypage | 0.8
impression 3d | 0.6
imprimante 3d | 0.6
arduino | 0.6
raspberry pi | 0.6
art | 0.6
arts | 0.5
#art | 0.7
artiste | 0.8
#artiste
artistique | 0.8
œuvre | 0.6
oeuvre | 0.6
#artwork
peinture | 0.5
peindre | 0.6
aquarelle | 0.8
#aquarelle
acrylique | 0.5
huile sur toile | 0.8
toile | 0.4
pinceau | 0.5
pinceaux | 0.5
dessin | 0.7
#dessin
dessiner | 0.7
croquis* | 0.8
carnet de croquis | 0.9
sketchbook | 0.9
#sketchbook
illustration | 0.8
#illustration
illustratrice | 0.8
illustrateur | 0.8
bande dessinée | 0.5
sculpture | 0.7
sculpter | 0.7
modelage | 0.7
argile | 0.5
collage | 0.5
photographie | 0.5
court-métrage | 0.6
musique | 0.4
composer | 0.2
chanson | 0.4
écriture | 0.5
poésie | 0.7
poème | 0.7
graffiti | 0.7
street art | 0.7
#streetart
fresque | 0.7
graphisme | 0.7
graphiste | 0.6
typographie | 0.6
calligraphie | 0.7
lettering | 0.7
customiser | 0.8
customisé | 0.8
customisation | 0.8
détournement | 0.6
détourné | 0.5
upcycling | 0.5
recyclage créatif | 0.8
loisirs créatifs | 0.8
#loisirscréatifs
#loisirscreatifs
atelier créatif | 0.8
moodboard | 0.6
inspiration | 0.4
processus créatif | 0.9
work in progress | 0.7
#wip | 0.7
en cours de création | 0.8
making-of | 0.6
making of | 0.6
brainstorming | 0.6
sortir des cases | 0.7
penser autrement | 0.8
originalité | 0.7
original | 0.3
audacieux | 0.4
audacieuse | 0.4
inédit | 0.4
concept | 0.3
esquisse | 0.7
origami | 0.7
linogravure | 0.8
sérigraphie | 0.7
gravure | 0.4
patchwork | 0.4
*procreate | 0.7
photoshop | 0.4
chorégraphie | 0.6
improvisation | 0.5
impro | 0.5
danse | 0.3
théâtre | 0.4
composition | 0.3
hacker | 0.3
#creativity
laisser libre cours | 0.8
s'exprimer | 0.5
expression artistique | 0.8
idées neuves | 0.7
penser différemment | 0.8
création originale | 0.8
créateurs | 0.6
créatrices | 0.6
jeunes créateurs | 0.8
studio de création | 0.8
atelier de création | 0.8
recherche et développement | 0.6
r&d | 0.5
brevet déposé | 0.7
ingénieux | 0.8
ingéniosité | 0.8
personnaliser | 0.6
collaborations artistiques | 0.7
art contemporain | 0.7
arts plastiques | 0.8
arts appliqués | 0.7
beaux-arts | 0.7
tester de nouvelles choses | 0.6
makers | 0.7
do it yourself | 0.6
scénographie | 0.6
écriture créative | 0.9
atelier d'écriture | 0.8
créer de ses mains | 0.9
laboratoire d'idées | 0.8
hackathon | 0.8
game jam | 0.8
fablab | 0.7
open source | 0.4
# pass 3: making, inventing and trying things out
transformé une vieille | 0.7
transformé un vieux | 0.7
détourné en | 0.6
objet détourné | 0.8
détournement d'objets | 0.9
j'ai fabriqué | 0.5
fabriqué moi-même | 0.6
fabriqué une lampe | 0.7
inventé un jeu | 0.9
inventer des histoires | 0.8
composé une mélodie
composer une chanson
écrit une chanson | 0.9
ma première chanson | 0.8
mélodie | 0.4
enregistré un morceau | 0.7
home studio | 0.6
peint une fresque
peinture murale | 0.9
toile vierge | 0.7
premier tableau | 0.5
ma première expo | 0.8
vernissage | 0.5
carnet de dessin | 0.9
un dessin par jour | 0.9
inktober | 0.9
#inktober | 0.9
défi créatif | 0.9
challenge créatif | 0.9
croquis urbain | 0.9
urban sketching | 0.9
#urbansketchers | 0.9
carnet de voyage dessiné | 0.9
gravure sur bois | 0.8
écrit une nouvelle | 0.9
écrire un roman
mon roman | 0.8
manuscrit | 0.7
concours d'écriture | 0.9
recueil de poèmes | 0.9
j'ai bricolé | 0.6
idée folle | 0.8
germé dans ma tête | 0.7
l'idée m'est venue | 0.7
essais et erreurs | 0.8
stop motion | 0.9
animation image par image | 0.9
cosplay | 0.7
maquillage artistique | 0.8
body painting | 0.8
mashup | 0.6
remix | 0.5
*design | 0.5
design graphique | 0.8
design d'objet | 0.8
composer de la musique | 0.9

[value adventure]
aventure
aventures
#aventure
aventurier
aventurière
partir à l'aventure
exploration
explorer
explorateur
exploratrice
expédition
road trip | 0.7
roadtrip | 0.7
#roadtrip | 0.7
van aménagé | 0.7
vanlife | 0.8
#vanlife | 0.8
vie nomade | 0.8
nomade | 0.6
bivouac | 0.9
#bivouac
bivouaquer | 0.9
à la belle étoile | 0.9
belle étoile | 0.8
camping sauvage | 0.9
sous la tente | 0.6
planter la tente | 0.7
sac à dos | 0.5
backpacker | 0.7
backpacking | 0.7
trek | 0.8
trekking | 0.8
randonnée | 0.5
rando | 0.5
#rando
#randonnée
grande randonnée | 0.7
gr20 | 0.8
sommet | 0.6
ascension | 0.6
alpinisme | 0.9
alpiniste | 0.9
escalade | 0.7
grimpe | 0.6
via ferrata | 0.8
cordée | 0.7
piolet | 0.8
crampons | 0.7
haute montagne | 0.8
montagne | 0.3
#montagne | 0.3
canyoning | 0.8
rafting | 0.8
kayak | 0.6
packraft | 0.8
parapente | 0.8
saut en parachute | 0.9
chute libre | 0.7
saut à l'élastique | 0.8
plongée | 0.5
apnée | 0.5
surf | 0.4
hors des sentiers battus | 0.9
sentiers battus | 0.7
hors piste | 0.7
hors-piste | 0.7
ski de rando | 0.7
ski de randonnée | 0.7
splitboard | 0.7
en solo | 0.5
voyager seule | 0.7
voyager seul | 0.7
coup de tête | 0.6
à l'improviste | 0.6
imprévu | 0.4
spontané | 0.4
spontanéité | 0.6
liberté | 0.7
#liberté | 0.7
libre | 0.3
grands espaces | 0.8
nature sauvage | 0.7
sauvage | 0.4
bout du monde | 0.7
tour du monde | 0.8
#tourdumonde | 0.8
zone de confort | 0.8
adrénaline | 0.8
sensations fortes | 0.8
frissons | 0.4
vertige | 0.4
l'inconnu | 0.6
risque | 0.3
découverte | 0.3
larguer les amarres | 0.8
voilier | 0.5
transat | 0.6
désert | 0.5
jungle | 0.5
volcan | 0.5
patagonie | 0.5
himalaya | 0.5
laponie | 0.4
auto-stop | 0.8
autostop | 0.8
bikepacking | 0.8
#bikepacking
cyclovoyage | 0.8
#cyclovoyage
voyage à vélo | 0.8
ultra-trail | 0.5
feu de camp | 0.6
nuit en refuge | 0.7
cabane | 0.3
survie | 0.5
boussole | 0.6
carte topo | 0.7
outdoor | 0.5
#outdoor | 0.5
#wanderlust | 0.6
wanderlust | 0.6
#getoutside | 0.6
#exploremore | 0.6
#adventure
activités de plein air | 0.7
sports de plein air | 0.7
en plein air | 0.4
activités outdoor | 0.7
soif de découverte | 0.8
espaces sauvages | 0.8
territoires sauvages | 0.8
camping | 0.4
matériel de camping | 0.6
équipement outdoor | 0.6
matériel de bivouac | 0.8
randonneurs | 0.6
sentiers de randonnée | 0.6
en pleine nature | 0.7
évasion | 0.6
s'évader | 0.6
prendre la route | 0.7
prendre le large | 0.8
partir à la découverte | 0.9
parcourir le monde | 0.8
baroudeur | 0.9
baroudeuse | 0.9
kitesurf | 0.6
nuit sous les étoiles | 0.8
fourgon aménagé | 0.7
terres inconnues | 0.8
contrées lointaines | 0.7
le goût du risque | 0.8
randonnée itinérante | 0.8
itinérance | 0.7
spéléologie | 0.8
spéléo | 0.7
wild | 0.4
globe-trotteur | 0.6
globe-trotteuse | 0.6
# pass 3: leaving, roaming and sleeping out
sans savoir où on dormirait
sans réservation | 0.6
sans itinéraire | 0.9
sans plan précis | 0.8
au feeling | 0.4
aller simple | 0.7
tout quitté | 0.7
tout plaqué | 0.8
tout quitter pour | 0.8
quitter mon job pour voyager
à dos de dromadaire | 0.6
à dos de chameau | 0.6
sans réseau | 0.6
loin de tout | 0.6
au milieu de nulle part | 0.9
descente en canoë | 0.8
descente de rivière | 0.8
canoë | 0.5
eaux vives | 0.7
chaviré | 0.4
premier saut | 0.7
traverser le pays | 0.7
traverser à pied | 0.8
kilomètres à pied | 0.7
*traversée | 0.6
*traversées | 0.6
refuge non gardé | 0.9
cabane non gardée | 0.9
refuge de montagne | 0.8
refuge gardé | 0.8
mètres d'altitude | 0.6
dénivelé | 0.6
dénivelé positif | 0.8
sous la glace | 0.5
lever de soleil au sommet | 0.8
départ à l'aube | 0.6
hors réseau | 0.7
première ascension | 0.8
kilimandjaro | 0.7
gr10 | 0.7
gr 20 | 0.8
transsibérien | 0.8
carnet de route | 0.6
faire du stop | 0.7
partir du jour au lendemain | 0.8
cascade de glace | 0.8
banquise | 0.6
grand nord | 0.7
toundra | 0.6
arctique | 0.5
appel du large | 0.9
canot-camping | 0.9
en raquettes | 0.6
*défi | 0.4
*défis | 0.4
partir en van | 0.8
en van | 0.6

[value learning]
apprendre
#apprendre
apprentissage | 0.7
j'ai appris | 0.8
appris | 0.6
éducation | 0.8
#éducation
#education
éducatif | 0.8
éducative | 0.8
enseigner
enseignement | 0.8
enseignant | 0.7
enseignante | 0.7
professeur | 0.6
professeure | 0.6
*prof | 0.5
*profs | 0.5
leçon | 0.4
leçons | 0.4
prendre des cours | 0.5
cours en ligne | 0.6
mes élèves | 0.7
nos élèves | 0.7
les élèves | 0.5
étudiant | 0.5
étudiante | 0.5
étudiants | 0.5
études | 0.4
se former | 0.7
diplôme | 0.4
partager mes connaissances | 0.9
partage de connaissances | 0.9
culture générale | 0.8
#culturegénérale
#culturegenerale
curiosité | 0.8
curieux | 0.5
curieuse | 0.5
science | 0.8
sciences | 0.8
#science | 0.8
scientifique | 0.7
recherche | 0.3
chercheur | 0.6
chercheuse | 0.6
expliquer | 0.7
explication | 0.7
explications | 0.7
je vous explique | 0.8
on vous explique | 0.7
comprendre | 0.3
tutoriel | 0.4
tuto | 0.4
#tuto | 0.4
étape par étape | 0.4
le saviez-vous | 0.9
saviez-vous | 0.9
#lesaviezvous
fun fact | 0.7
anecdote | 0.3
histoire | 0.3
#histoire | 0.5
documentaire | 0.6
*docu | 0.5
conférence | 0.4
podcast | 0.3
lecture | 0.4
bouquin | 0.4
bouquins | 0.4
lire un livre | 0.6
bibliothèque | 0.5
médiathèque | 0.6
#bookstagram | 0.4
#booktok | 0.4
vocabulaire | 0.6
grammaire | 0.6
apprendre une langue | 0.9
cours d'anglais | 0.7
duolingo | 0.6
bilingue | 0.4
mathématiques | 0.7
maths | 0.6
chimie | 0.7
biologie | 0.7
physique quantique | 0.7
astronomie | 0.7
philosophie | 0.6
philo | 0.5
musée | 0.4
visite guidée | 0.4
pédagogie | 0.8
pédagogique | 0.8
vulgarisation | 0.9
#vulgarisation
vulgariser | 0.9
mooc | 0.8
autodidacte | 0.9
débutant* | 0.3
progresser | 0.3
progrès | 0.3
révisions | 0.4
réviser | 0.4
fiche de révision | 0.7
examen | 0.4
partiels | 0.3
thèse | 0.6
doctorat | 0.6
transmettre | 0.4
mentor | 0.5
mentorat | 0.7
esprit critique | 0.8
s'instruire | 0.9
expérience scientifique | 0.8
microscope | 0.6
télescope | 0.6
quiz | 0.3
#apprendresurtiktok
#learnontiktok
ateliers pédagogiques | 0.9
atelier découverte | 0.4
ateliers d'initiation | 0.8
initiation* | 0.6
s'initier | 0.7
faire découvrir | 0.6
éveil | 0.6
éveil scientifique | 0.9
éveiller la curiosité
museum | 0.5
culture scientifique | 0.9
médiation scientifique | 0.9
médiation culturelle | 0.7
comprendre le monde | 0.8
transmettre le savoir | 0.9
partager le savoir | 0.9
transmission des savoirs | 0.9
accès au savoir | 0.9
formation en ligne | 0.7
bootcamp | 0.3
cours particuliers | 0.8
soutien scolaire | 0.9
aide aux devoirs | 0.8
manuels scolaires | 0.7
apprentissage ludique | 0.9
guides pratiques | 0.3
masterclass | 0.5
webinaire | 0.4
webinar | 0.4
goût de la lecture | 0.8
développer ses compétences | 0.8
monter en compétences | 0.9
apprendre tout au long de la vie
formation continue | 0.8
planétarium | 0.6
instituteur | 0.6
institutrice | 0.6
encyclopédie | 0.6
# pass 3: studying, explaining and discovering, as scenes
repris mes études | 0.9
reprendre mes études | 0.9
reprise d'études | 0.9
retour sur les bancs | 0.8
observer les étoiles | 0.7
nuit des étoiles | 0.7
j'apprends | 0.8
je vous apprends | 0.8
conjugaison | 0.6
hiragana | 0.6
kanji | 0.5
expérience maison | 0.6
expérience de chimie | 0.8
expérience de physique | 0.8
hypothèse | 0.6
j'ai lu | 0.4
livres lus | 0.6
lectures du mois | 0.6
cours de soutien | 0.9
je donne des cours | 0.7
tutorat | 0.8
musée des sciences | 0.8
cité des sciences | 0.8
mille questions | 0.7
brevet de secourisme | 0.7
psc1 | 0.7
apprendre à coder | 0.9
apprendre à programmer | 0.9
formation à distance | 0.7
en reconversion | 0.6
paléontologie | 0.8
archéologie | 0.7
fouilles archéologiques | 0.8
botanique | 0.5
herbier | 0.6
observer au microscope | 0.8
système solaire | 0.6
maquette du système solaire | 0.9
éclipse | 0.4
constellation | 0.5
flashcards | 0.7
anki | 0.7
mémoriser | 0.5
mnémotechnique | 0.7
notes de lecture | 0.7
*université | 0.5
*universités | 0.5
ma formation | 0.5
une formation | 0.4
suivre une formation | 0.8
centre de formation | 0.7
*connaissances | 0.6
approfondir ses connaissances | 0.9
enrichir ses connaissances | 0.9
acquérir des connaissances | 0.9
mes partiels | 0.7
poser des questions | 0.3
on apprend | 0.4
trouvé un fossile | 0.8
chasse aux fossiles | 0.8

[value animal_welfare]
bien-être animal
bien-être des animaux
#bienêtreanimal
#bienetreanimal
cause animale
#causeanimale
protection animale
protection des animaux
#protectionanimale
société protectrice des animaux
30 millions d'amis | 0.8
fondation brigitte bardot | 0.8
l214 | 0.8
respect des animaux
respecter les animaux
amoureux des animaux | 0.6
ami des animaux | 0.6
adoption | 0.4
adopter | 0.4
adopté | 0.4
adoptée | 0.4
adoptez | 0.4
adoption responsable
#adoptezneachetezpas
#adopteznachetezpas
#adoptdontshop
#adopte | 0.7
#adoption | 0.7
refuge | 0.3
#refuge | 0.6
chien de refuge | 0.9
chat de refuge | 0.9
refuge pour animaux
ferme refuge
sanctuaire | 0.7
sauvetage | 0.4
sauvé | 0.3
rescapé | 0.6
rescapée | 0.6
#rescue | 0.6
#rescuedog | 0.8
#animalrescue
association de protection | 0.8
famille d'accueil | 0.7
seconde chance | 0.5
deuxième chance | 0.5
stérilisation | 0.4
stériliser | 0.4
stérilisé | 0.4
stérilisée | 0.4
chats errants | 0.8
chat errant | 0.8
errants | 0.6
abandon | 0.3
abandonné | 0.3
abandonnée | 0.3
abandonnés | 0.3
fourrière | 0.5
maltraitance animale
maltraitance | 0.6
cruauté animale | 0.8
sans cruauté
cruelty free
cruelty-free
#crueltyfree
non testé sur | 0.9
non testés sur | 0.9
vegan | 0.7
#vegan | 0.7
végane | 0.7
végétalien | 0.7
végétalienne | 0.7
végétarien | 0.6
végétarienne | 0.6
végé | 0.4
veggie | 0.4
antispéciste | 0.8
antispécisme | 0.8
élevage intensif | 0.5
plein air | 0.3
faune sauvage | 0.7
centre de soins | 0.7
soigneur | 0.5
vétérinaire | 0.4
véto | 0.4
relâché | 0.3
relâcher | 0.3
réintroduction | 0.7
espèces menacées | 0.7
espèce protégée | 0.7
hérisson | 0.4
nichoir | 0.5
mangeoire | 0.4
fausse fourrure | 0.5
anti-fourrure | 0.9
anti-corrida | 0.9
abolition de la corrida | 0.9
#stopcorrida
cirque sans animaux | 0.9
*captivité | 0.4
parrainer un animal | 0.8
collecte de croquettes | 0.9
don de croquettes | 0.9
croquettes | 0.3
chenil | 0.4
chat trouvé | 0.6
chaton trouvé | 0.6
chien perdu | 0.5
vieux chien | 0.4
respectueux des animaux
sans origine animale | 0.8
sans produits d'origine animale | 0.8
100% végétal | 0.7
alternatives végétales | 0.7
leaping bunny | 0.8
certifié vegan | 0.9
élevage respectueux | 0.8
sans cage | 0.7
soutenir les refuges | 0.9
dons aux refuges | 0.9
la spa | 0.6
animaux abandonnés | 0.9
protéger les animaux
défendre les animaux
droits des animaux
condition animale
aucun test sur les animaux | 0.9
jamais testé sur les animaux | 0.9
sans tests sur les animaux | 0.9
faune et flore | 0.6
protection de la faune | 0.9
fur free | 0.9
cuir végétal | 0.8
adoptez, n'achetez pas
n'achetez pas, adoptez
éthique animale | 0.9
sauvetage d'animaux | 0.9
soins vétérinaires | 0.6
animaux heureux | 0.7
# pass 3: rescues, care and respect for animals, told as scenes
animal blessé | 0.9
oiseau blessé | 0.9
hérisson blessé | 1.0
chat blessé | 0.8
chien blessé | 0.8
renard blessé | 0.9
chevreuil blessé | 0.9
tombé du nid | 0.9
oisillon tombé | 0.9
oisillon | 0.4
centre de sauvegarde | 0.9
centre de sauvegarde de la faune | 1.0
lpo | 0.8
soigneurs animaliers | 0.7
soigneuse animalière | 0.7
relâché dans la nature | 0.9
remis en liberté | 0.8
remise en liberté | 0.8
abri à hérissons | 1.0
maison à hérisson | 1.0
maison pour hérissons | 1.0
hôtel à insectes | 0.7
poser des nichoirs | 0.8
mangeoire pour oiseaux | 0.8
nourrir les oiseaux en hiver | 1.0
boules de graisse | 0.5
point d'eau pour les oiseaux | 0.8
crapauds | 0.4
crapaudrome | 1.0
aider les crapauds | 1.0
sauvetage des crapauds | 1.0
ramassage des crapauds | 1.0
migration des amphibiens | 0.9
passage à faune | 0.8
batraciens | 0.5
chatons orphelins | 0.8
biberonnage des chatons | 0.9
biberonner des chatons | 0.9
bénévole au refuge | 1.0
bénévole à la spa | 1.0
promener les chiens du refuge | 1.0
refuge de la spa | 1.0
refuge animalier | 1.0
adopté au refuge | 1.0
adopter un chien | 0.8
adopter un chat | 0.8
adopter un animal | 0.8
chien senior | 0.8
chat senior | 0.8
chienne âgée | 0.7
vieille chienne | 0.7
adopter un senior | 0.9
frais de vétérinaire | 0.6
frais de véto | 0.6
payé les frais de véto | 0.9
soigner un chat errant | 1.0
nourrir les chats errants | 1.0
nourrir les chats du quartier | 0.8
chats libres | 0.7
chats des rues | 0.8
chiens des rues | 0.8
chien errant | 0.8
campagne de stérilisation | 1.0
stérilisation des chats | 1.0
identification et stérilisation | 0.9
tenir son chien en laisse | 0.8
chien en laisse | 0.6
période de nidification | 0.8
nidification | 0.6
ne pas déranger les oiseaux | 0.9
respecter la faune | 0.9
observer sans déranger | 0.8
sauvé de l'abattoir | 1.0
poules réformées | 0.9
sauvetage de poules | 1.0
cheval de réforme | 0.8
chevaux à la retraite | 0.8
ferme sanctuaire | 1.0
animal perdu | 0.6
chat perdu | 0.6
éducation canine positive | 0.8
sans collier étrangleur | 0.8
vétérinaire bénévole | 0.9
chaton coincé | 0.7
chat coincé | 0.6

[value fairness]
équitabl*
commerce équitable
#commerceéquitable
#commerceequitable
fair trade
fairtrade
#fairtrade
max havelaar | 0.8
juste prix | 0.8
prix juste | 0.8
payer le juste prix
rémunération juste
juste rémunération
rémunérer les producteurs
rémunérer | 0.4
salaire décent
salaires décents
salaire digne
payé correctement | 0.8
payés correctement | 0.8
payer correctement | 0.8
bien payés | 0.6
conditions de travail | 0.8
droits des travailleurs
droit du travail | 0.7
syndicat | 0.6
syndical | 0.6
syndicale | 0.6
grève | 0.5
ouvriers | 0.5
ouvrières | 0.5
couturières | 0.3
rana plaza | 0.8
travail des enfants | 0.5
travail forcé | 0.5
éthique | 0.7
éthiques | 0.7
justice | 0.7
justice sociale
injustice | 0.6
injustices | 0.6
*inégalités | 0.7
égalit* | 0.8
#égalité | 0.8
égalité salariale
égalité des chances
égalité de traitement
écart salarial | 0.8
écart de salaire | 0.8
équité salariale
parité | 0.7
à travail égal | 0.9
salaire égal | 0.9
*équité
droits humains | 0.8
droits de l'homme | 0.7
droits des femmes | 0.5
dignité | 0.6
smic | 0.4
revalorisation | 0.4
partage de la valeur | 0.8
partage des bénéfices | 0.8
coopérative | 0.5
scop | 0.7
économie sociale et solidaire | 0.8
producteurs | 0.4
paysans | 0.5
agriculteurs | 0.4
soutenir les agriculteurs | 0.7
traçabilité | 0.5
transparence des prix | 0.6
circuit court | 0.4
discrimination | 0.4
non-discrimination | 0.7
harcèlement au travail | 0.5
rémunération des stagiaires | 0.8
précarité | 0.5
précaires | 0.5
uberisation | 0.5
livreurs | 0.4
sans-papiers | 0.4
redistribution | 0.6
solidarité | 0.4
fair play | 0.5
fair-play | 0.5
#whomademyclothes
qui fabrique nos vêtements | 0.8
fashion revolution | 0.8
#fashionrevolution
devoir de vigilance | 0.8
b corp | 0.7
bcorp | 0.7
#bcorp | 0.7
label équitable | 0.9
chaîne d'approvisionnement | 0.3
sous-traitants | 0.3
relocalisation | 0.4
*féminisme | 0.4
lutte contre | 0.3
artisans rémunérés équitablement
payés équitablement
rémunérés équitablement
salaire juste | 0.9
salaire vital | 0.9
revenu décent | 0.8
conditions de travail dignes
bonnes conditions de travail | 0.9
travailleurs | 0.4
respect des travailleurs
sans exploitation | 0.8
mieux rémunérer | 0.8
producteurs partenaires | 0.7
fabrication éthique | 0.9
production éthique | 0.9
approvisionnement éthique | 0.9
sourcing éthique | 0.9
égalité femmes-hommes | 0.9
transparence salariale | 0.9
traitement équitable
audits sociaux | 0.8
fair wear | 0.8
rémunération des artisans | 0.9
travail décent | 0.9
commerce juste | 0.9
égalité des salaires | 0.9
insertion professionnelle | 0.7
entreprise d'insertion | 0.9
chantier d'insertion | 0.9
vente directe | 0.5
# pass 3: fair pay and treatment, shown as decisions
augmenté les salaires | 0.8
stagiaires payés | 0.9
stagiaires rémunérés
stage rémunéré | 0.8
grille des salaires | 0.8
grille salariale | 0.8
on publie nos salaires
salaires publiés | 0.9
même salaire | 0.9
même salaire pour le même poste
à poste égal
à compétences égales | 0.9
aucun écart de salaire
pas d'écart de salaire
pas d'écart salarial
zéro écart de salaire
directement aux producteurs | 0.8
acheté directement au producteur | 0.9
les producteurs fixent leur prix
prix fixé par les producteurs
prix minimum garanti | 0.9
pourboire | 0.3
droits des livreurs
conditions des livreurs | 0.9
congé parental | 0.4
refusé ce fournisseur | 0.7
audit des usines | 0.8
contrats en cdi | 0.6
travailleurs déclarés | 0.9
saisonniers bien payés
saisonniers déclarés | 0.9
au-dessus du smic | 0.9
au-dessus du minimum | 0.8
heures sup payées
heures payées | 0.6
payé au prix demandé | 0.8
sans marchander | 0.5
tout travail mérite salaire
payer les artisans | 0.9
payés avant la vente | 0.8
juste rétribution | 0.8
convention collective | 0.6
droits des salariés | 0.9
droits des employés | 0.9
coopérative de travailleurs
partage des pourboires | 0.7
intéressement des salariés | 0.8
fournisseurs payés à temps | 0.9
payer ses fournisseurs à temps | 0.9
exploitation des travailleurs | 0.9
exploitation des ouvriers | 0.9
*inégalité | 0.7
*féministe | 0.4
heures supplémentaires sont payées
rémunérons les artisans | 0.9
rémunérons nos producteurs | 0.9

[value tradition]
tradition
traditions
#tradition
traditionnel
traditionnelle
traditionnellement
patrimoine | 0.8
#patrimoine
héritage | 0.6
#heritage | 0.5
ancestral
ancestrale
ancestraux
ancêtres | 0.7
aïeux | 0.8
d'antan
autrefois | 0.7
à l'ancienne | 0.8
comme autrefois | 0.8
recette de grand-mère | 0.9
recette de mamie | 0.9
recette familiale | 0.9
recette traditionnelle
recette d'antan
cuisine de grand-mère | 0.9
comme chez mamie | 0.8
savoir-faire ancestral
de génération en génération
depuis des générations
transmis de génération | 0.9
transmission | 0.6
transmettre | 0.5
folklore
folklorique
coutume
coutumes
rituel | 0.2
rite de passage | 0.6
rites anciens | 0.6
fête traditionnelle
fête patronale | 0.8
fête votive | 0.8
fest-noz
fest noz
bal folk | 0.8
danse traditionnelle
danses bretonnes | 0.8
costume traditionnel
coiffe traditionnelle | 0.8
coiffe bretonne | 0.8
sabots | 0.4
biniou | 0.7
cornemuse | 0.5
accordéon | 0.4
chant traditionnel
polyphonie | 0.5
langue régionale | 0.8
breton | 0.4
bretonne | 0.4
occitan | 0.6
provençal | 0.5
provençale | 0.5
alsacien | 0.4
basque | 0.4
créole | 0.4
patois | 0.7
terroir | 0.8
#terroir
produits du terroir | 0.8
spécialité régionale | 0.8
spécialités régionales | 0.8
spécialité locale | 0.7
plat typique | 0.7
typique | 0.3
authentique | 0.4
aop | 0.5
aoc | 0.5
igp | 0.5
appellation d'origine | 0.7
label rouge | 0.5
galette des rois | 0.6
épiphanie | 0.6
chandeleur | 0.6
pot-au-feu | 0.5
blanquette | 0.4
cassoulet | 0.5
choucroute | 0.5
bouillabaisse | 0.5
pain d'épices | 0.4
bûche de noël | 0.5
treize desserts | 0.9
santons | 0.8
crèche de noël | 0.6
marché de noël | 0.4
réveillon | 0.4
pâques | 0.4
carnaval | 0.4
feux de la saint-jean | 0.8
vendanges | 0.6
moisson | 0.5
transhumance | 0.8
comice agricole | 0.8
four à pain | 0.7
four banal | 0.8
levain | 0.3
moulin | 0.5
lavoir | 0.6
vieilles pierres | 0.7
chapelle | 0.4
abbaye | 0.5
pèlerinage | 0.4
procession* | 0.5
histoire locale | 0.9
histoire de la région | 0.8
journées du patrimoine | 0.8
#journéesdupatrimoine
#journeesdupatrimoine
monument historique | 0.6
monuments historiques | 0.6
vieux métiers | 0.8
métiers d'antan | 0.9
généalogie | 0.6
héritage familial | 0.8
maison de famille | 0.6
intemporel | 0.4
fondée en | 0.5
depuis des siècles | 0.7
séculaire | 0.8
millénaire | 0.4
compagnonnage | 0.7
savoir-faire traditionnel | 0.9
savoir-faire transmis
transmis de père en fils
de mère en fille | 0.6
depuis plus d'un siècle | 0.9
depuis un siècle | 0.8
centenaire | 0.7
maison fondée en | 0.7
entreprise familiale | 0.7
héritage culturel | 0.9
patrimoine culinaire | 0.9
recettes authentiques | 0.7
préserver le patrimoine
perpétuer | 0.8
nos racines | 0.8
retour aux sources | 0.7
vieilles recettes | 0.9
recettes anciennes | 0.9
variétés anciennes | 0.7
blés anciens | 0.7
contes et légendes | 0.7
notre histoire | 0.4
fête de village | 0.6
savoir-faire régional | 0.8
# pass 3: scenes of customs, heritage and handed-down know-how
arrière-grand-père | 0.6
arrière-grand-mère | 0.6
arrière-grands-parents | 0.6
arrière-grand-oncle | 0.5
arrière-grand-tante | 0.5
trisaïeul | 0.7
aïeul | 0.7
nos anciens | 0.6
les anciens du village | 0.9
comme le faisait | 0.5
comme le faisaient nos grands-parents
comme le faisait ma grand-mère
comme le faisait mon grand-père
du temps de mon grand-père | 0.8
du temps de ma grand-mère | 0.8
du temps de nos grands-parents | 0.8
depuis l'époque de mon grand-père | 0.8
à l'époque de nos grands-parents | 0.7
transmis par ma grand-mère | 0.9
transmise par ma grand-mère | 0.9
transmis par mon grand-père | 0.9
transmise par mon grand-père | 0.9
hérité de ma grand-mère | 0.7
hérité de mon grand-père | 0.7
hérité de mes grands-parents | 0.7
de père en fils | 0.7
transmis de mère en fille | 0.9
recette de famille | 0.9
recette de mon arrière-grand-mère
recette de maman | 0.6
carnet de recettes | 0.6
cahier de recettes | 0.6
vieux livre de recettes | 0.9
vieux carnet de recettes | 0.9
recette transmise | 0.9
la vieille méthode | 0.7
méthode d'antan | 0.9
comme chaque année | 0.3
saint patron | 0.7
fête du saint patron | 0.9
grand feu de la saint-jean | 0.9
ducasse | 0.8
gilles de binche | 1.0
carnaval de binche | 1.0
ommegang | 0.9
géants du nord | 0.9
cortège de géants | 0.8
marches folkloriques | 0.9
cabane à sucre | 0.9
temps des sucres | 0.9
tire sur la neige | 0.8
chansons à répondre | 0.9
ceinture fléchée | 0.9
rigodon | 0.9
tourtière | 0.5
cipaille | 0.8
veillée de noël | 0.7
veillées d'antan | 0.9
veillée au coin du feu | 0.7
veillée contes | 0.8
messe de minuit | 0.7
crèche vivante | 0.8
couronne de l'avent | 0.6
bredele | 0.8
mannele | 0.8
saint-nicolas | 0.5
rois mages | 0.5
mardi gras | 0.5
mi-carême | 0.6
cloches de pâques | 0.6
agneau pascal | 0.6
brioche de pâques | 0.7
pogne | 0.5
muguet du 1er mai | 0.5
fleurir les tombes | 0.6
bal des pompiers | 0.6
fête des moissons | 0.9
fête des vendanges | 0.9
fête du battage | 0.9
battage à l'ancienne | 0.9
foire agricole | 0.7
foire aux bestiaux | 0.8
foire de la saint | 0.7
fenaison | 0.6
estive | 0.5
alpage | 0.5
désalpe | 0.9
fête des vignerons | 0.8
tuer le cochon | 0.8
fête du cochon | 0.8
vannier | 0.8
vannerie | 0.7
panier en osier | 0.5
sabotier | 0.9
tonnelier | 0.8
tonnellerie | 0.7
maréchal-ferrant | 0.8
forgeron du village | 1.0
rempailleur | 0.9
rempailleuse | 0.9
dentellière | 0.8
dentelle aux fuseaux | 0.9
lavandière | 0.7
moulin à eau | 0.7
four à bois | 0.5
cuit au feu de bois | 0.5
pain au levain cuit au four à bois | 0.7
métier d'autrefois | 0.9
savoir qui se perd | 0.9
savoir-faire qui se perd | 1.0
dialecte | 0.8
en patois | 0.9
ch'ti | 0.5
langue de nos grands-parents | 0.9
parler régional | 0.8
expressions d'antan | 0.8
chants polyphoniques | 0.8
vieilles chansons | 0.7
vieux cantiques | 0.8
chanson populaire | 0.4
costumes d'époque | 0.6
coiffe de dentelle | 0.8
sonneurs de bagad | 0.9
bagad | 0.9
cercle celtique | 0.9
biniou et bombarde | 1.0
couple de sonneurs | 0.9
sardane | 0.9
farandole | 0.8
bourrée auvergnate | 0.9
vielle à roue | 0.9
accordéon diatonique | 0.6
bal musette | 0.7
guinguette | 0.6
fanfare | 0.4
harmonie municipale | 0.7
archives municipales | 0.7
archives familiales | 0.7
registres paroissiaux | 0.9
cartes postales anciennes | 0.7
vieilles photos | 0.5
village natal | 0.7
maison natale | 0.6
ferme familiale | 0.6
village de mes grands-parents | 0.8
mes racines | 0.8
retrouver mes racines | 0.9
mémoire du village | 0.9
histoire du village | 0.9
petit patrimoine | 0.9
restauration du lavoir | 0.8
restaurer la chapelle | 0.7
écomusée | 0.8
reconstitution historique | 0.8
fête médiévale | 0.6
patrimoine immatériel
nouvel an lunaire | 0.8
nouvel an chinois | 0.6
danse du lion | 0.8
diwali | 0.7
hanoukka | 0.6
pèlerins | 0.4
chemin de compostelle | 0.5
rituel familial | 0.6
la saint-jean | 0.4
combat du lumeçon | 0.9
en wallon | 0.8
parler wallon | 0.9
chasse aux œufs | 0.6
chasse aux oeufs | 0.6
pardon breton | 0.9
pardon de sainte-anne
les coiffes | 0.5
bannières brodées | 0.8
recette de ma mémé | 0.9
tenait de sa grand-mère | 0.8
tenait de son grand-père | 0.8
fête de la saint-jean | 0.9

[value humor]
humour
#humour
#humor | 0.8
humoristique
drôle | 0.8
#drole | 0.8
#drôle | 0.8
marrant* | 0.8
rigolo | 0.8
rigolote | 0.8
hilarant
hilarante
blague
blagues
#blague
blague carambar | 0.8
vanne | 0.8
vannes | 0.8
vanner | 0.7
jeu de mots
jeux de mots
calembour
contrepèterie
devinette | 0.6
rire | 0.6
#rire | 0.7
rigoler | 0.8
rigolade | 0.8
se marrer | 0.8
on s'est marrés | 0.8
fou rire
fous rires
crise de rire
mort de rire | 0.8
pleuré de rire | 0.9
éclaté de rire | 0.8
rire aux éclats | 0.8
mdr | 0.5
mdrr | 0.5
mdrrr | 0.5
#mdr | 0.6
ptdr | 0.5
xptdr | 0.5
lol | 0.4
#lol | 0.5
haha | 0.5
hahaha | 0.6
ahah | 0.5
ahahah | 0.6
hihi | 0.4
jpp | 0.5
autodérision
auto-dérision
#autodérision
second degré | 0.9
#seconddegré
ironie | 0.5
ironique | 0.4
sarcasme | 0.3
humour noir | 0.8
humour décalé | 0.9
décalé | 0.2
absurde | 0.4
loufoque | 0.8
burlesque | 0.7
#meme | 0.7
#memes | 0.7
#mème | 0.7
#memefrancais | 0.8
#humourfrancais | 0.9
sketch | 0.6
sketchs | 0.6
stand-up | 0.7
standup | 0.7
humoriste | 0.8
comique | 0.8
comédie | 0.5
#comedie | 0.6
parodie | 0.8
caricature | 0.5
gaffe | 0.4
fail | 0.5
#fail | 0.6
faire une boulette | 0.6
quelle boulette | 0.6
bêtisier | 0.8
#bêtisier
prise ratée | 0.7
moment gênant | 0.6
poisson d'avril | 0.7
canular | 0.7
caméra cachée | 0.7
prank | 0.6
#prank | 0.6
grimaces | 0.5
déguisement | 0.4
déguisé | 0.4
délire | 0.5
délires | 0.5
déconner | 0.6
déconne | 0.6
taquiner | 0.6
taquin | 0.5
taquine | 0.5
chambrer* | 0.5
punchline | 0.5
clown | 0.5
faire le pitre | 0.7
bonne humeur | 0.4
pov | 0.3
#pov | 0.3
#funny | 0.8
funny | 0.7
faire rire | 0.9
fait rire | 0.8
donner le sourire | 0.7
on ne se prend pas au sérieux
ne pas se prendre au sérieux
sans se prendre au sérieux
ton décalé | 0.8
espiègle | 0.8
blagueur | 0.8
farceur | 0.7
fun | 0.5
ludique | 0.5
s'amuser | 0.6
amusant | 0.7
clin d'œil | 0.6
clin d'oeil | 0.6
pince-sans-rire | 0.9
se moquer de soi
rire de soi
rire de nous-mêmes | 0.9
humour absurde | 0.9
humour potache | 0.8
cocasse* | 0.8
légèreté | 0.4
tourner en dérision | 0.8
dérision | 0.8
auto-ironie
comédien | 0.5
one man show | 0.8
# pass 3: self-irony, comic understatement, everyday joke vocabulary
rien ne s'est passé comme prévu | 0.9
évidemment, il pleuvait | 0.8
et là c'est le drame | 1.0
et là, drame | 0.9
qu'ils disaient | 0.9
qu'elle disait | 0.8
ma dignité | 0.7
adieu ma dignité | 1.0
ce qu'il reste de ma dignité | 1.0
zéro dignité | 0.8
dignité zéro | 0.8
moment de solitude | 0.8
grand moment de solitude | 0.9
je me suis tapé la honte | 0.9
la loose | 0.7
quelle loose | 0.7
la lose | 0.6
moi tout craché | 0.7
du grand moi | 0.7
typiquement moi | 0.7
c'est tellement moi | 0.5
dix sur dix, je recommence | 0.8
plot twist | 0.7
#plottwist | 0.7
spoiler | 0.3
spoiler alert | 0.5
avec la grâce d'un | 0.9
avec la grâce d'une | 0.9
avec l'élégance d'un | 0.8
avec l'élégance d'une | 0.8
portemanteau très cher | 1.0
sert de portemanteau | 0.9
sert de porte-manteau | 0.9
il sert surtout de déco | 0.5
je me suis ridiculisé | 0.7
mon talent inné pour | 0.8
on en rira plus tard | 0.9
je me moque de moi-même
je me moque de moi | 0.9
épic fail | 0.8
#epicfail | 0.8
gros fail | 0.8
fail du jour | 0.9
nailed it | 0.6
#nailedit | 0.6
échec total | 0.4
échec cuisant | 0.5
attentes vs réalité | 0.6
expectation vs reality | 0.6
#expectationvsreality | 0.6
pinterest vs réalité | 0.8
pinterest fail | 0.9
#pinterestfail | 0.9
lundi je m'y mets | 0.8
je m'y mets lundi | 0.7
ceci n'est pas un tuto | 0.8
absolument personne | 0.4
moi en train de | 0.3
désolé pas désolé | 0.6
c'est l'intention qui compte | 0.6
au moins j'ai essayé | 0.6
et devinez quoi | 0.3
je vous laisse imaginer la suite | 0.6
je vous laisse imaginer | 0.5
enfin, presque | 0.4
mon chat me juge | 0.8
me juge en silence | 0.9
mon banquier pleure | 0.8
mon compte en banque pleure | 0.8
ma carte bleue pleure | 0.8
je me suis vautrée | 0.8
se prendre une gamelle | 0.8
pris une gamelle | 0.8
se casser la figure | 0.4
jamais deux sans trois | 0.5
la maladresse incarnée | 0.9
reine de la maladresse | 0.9
roi de la maladresse | 0.9
ma maladresse légendaire | 1.0
mon sens de l'orientation légendaire | 0.9
j'ai voulu faire le malin | 0.9
faire le malin | 0.7
fait le malin | 0.7
ne me jugez pas | 0.5
ne riez pas | 0.7
interdit de rire | 0.7
vous avez le droit de rire | 0.8
bande de bras cassés | 0.9
bras cassés | 0.6
la fine équipe | 0.7
catastrophe ambulante | 0.9
la cata | 0.6
chaos total | 0.6
chaos organisé | 0.8
joyeux bordel | 0.9
joyeux bazar | 0.8
joyeux désordre | 0.8
faire des bêtises | 0.6
gâteau raté | 0.6
recette ratée | 0.5
tentative ratée | 0.5
version ratée | 0.6
le détecteur de fumée | 0.4
gênance | 0.6
cringe | 0.4
pied de nez | 0.6
situation absurde | 0.6
farfelu | 0.7
saugrenu | 0.6
déjanté | 0.7
complètement barré | 0.6
se bidonner | 0.9
se poiler | 0.9
se gondoler | 0.8
se fendre la poire | 0.9
se tenir les côtes | 0.8
plié de rire | 0.9
je suis pliée | 0.7
hurler de rire | 0.9
mourir de rire | 0.8
ça me fait marrer | 0.9
j'ai ri | 0.5
je suis crampée | 0.8
niaiseries | 0.6
faire des jokes | 0.9
une joke | 0.7
des jokes | 0.7
carabistouilles | 0.8
zwanze | 0.9
coussin péteur | 0.9
farces et attrapes | 0.9
faire une farce | 0.8
fait une farce | 0.8
un gag | 0.7
des gags | 0.7
running gag | 0.9
gag récurrent | 0.9
bloopers | 0.8
pun intended | 0.8
#vdm | 0.7
vdm | 0.7
évidemment il a plu | 0.5
il pleuvait évidemment | 0.8
forcément il pleuvait | 0.8
pas passé comme prévu | 0.6
*poilant | 0.9
*poilante | 0.9
*tordant | 0.8
*tordante | 0.8
*bidonnant | 0.9
*bidonnante | 0.9
c'est la honte | 0.3
bêtises | 0.3
dix sur dix, je recommencerais | 0.8
en mode survie | 0.4

[value ambition]
ambition
#ambition
ambitieux
ambitieuse
objectif | 0.4
objectifs | 0.4
#objectif | 0.7
#objectifs | 0.7
#goals | 0.7
mon but | 0.4
réussite
réussir
réussi | 0.5
succès | 0.7
#success | 0.7
victoire | 0.8
gagner | 0.4
gagné | 0.4
gagnant | 0.4
gagnante | 0.4
vainqueur | 0.9
champion | 0.8
championne | 0.8
médaille | 0.8
médaille d'or | 0.9
podium | 0.9
première place | 0.9
record | 0.8
record personnel
nouveau record | 0.9
meilleur temps | 0.8
chrono | 0.5
performance | 0.6
performer | 0.6
compétition | 0.6
classement* | 0.4
qualifié | 0.6
qualifiée | 0.6
qualification | 0.5
en finale | 0.6
la finale | 0.5
finaliste* | 0.6
sélectionné | 0.3
sélectionnée | 0.3
admis | 0.4
admise | 0.4
major de promo | 0.9
mention très bien | 0.8
motivation | 0.5
#motivation | 0.6
#motivationdujour | 0.6
motivé | 0.4
motivée | 0.4
déterminé | 0.5
déterminée | 0.5
détermination | 0.5
dépassement de soi | 0.8
se dépasser | 0.8
repousser ses limites | 0.8
repousser mes limites | 0.8
discipline | 0.6
hustle | 0.9
#hustle | 0.9
grind | 0.8
#grind | 0.8
no pain no gain | 0.8
travail acharné | 0.9
travailler dur | 0.8
bosser dur | 0.8
charbonner | 0.8
au charbon | 0.4
réveil à 5h | 0.7
entrepreneur | 0.7
entrepreneuse | 0.7
entrepreneuriat | 0.8
entreprenariat | 0.8
#entrepreneur | 0.7
#entrepreneuriat | 0.7
#entrepreneurship | 0.7
start-up | 0.5
startup | 0.5
levée de fonds | 0.8
lancer sa boîte | 0.8
chiffre d'affaires | 0.6
croissance | 0.4
scaler | 0.5
carrière | 0.6
promu | 0.7
promue | 0.7
nouveau poste | 0.6
augmentation | 0.2
leadership | 0.7
leader | 0.5
ceo | 0.4
fondateur | 0.5
fondatrice | 0.5
mindset | 0.7
état d'esprit | 0.4
mentalité de gagnant | 0.9
winner | 0.7
top 1 | 0.5
viser haut | 0.8
level up | 0.6
franchir un cap | 0.7
palier | 0.4
étape franchie | 0.7
millionnaire | 0.4
productivit* | 0.5
#productivité | 0.5
productif* | 0.4
productive* | 0.4
sacrifices | 0.5
mérite | 0.2
fier de moi | 0.6
fière de moi | 0.6
accomplissement | 0.7
*exploit | 0.7
*exploits | 0.7
ironman | 0.5
finisher | 0.5
vivre de sa passion | 0.5
croire en soi | 0.5
croire en ses rêves | 0.6
dépasser ses limites
viser l'excellence
excellence* | 0.6
haute performance | 0.8
atteindre ses objectifs
se fixer des objectifs | 0.9
se surpasser
battre son record
champions de demain | 0.8
jeunes talents | 0.7
esprit de compétition
compétiteur | 0.9
compétitrice | 0.9
mentalité de champion
mental d'acier | 0.8
leader du marché | 0.6
numéro 1 | 0.6
haut niveau | 0.9
conquérir | 0.6
hypercroissance | 0.8
persévérance | 0.9
ne rien lâcher | 0.9
ne jamais abandonner | 0.9
never give up | 0.8
la gagne | 0.8
booster sa carrière | 0.9
développement personnel | 0.5
success story | 0.8
entreprendre | 0.8
gravir les échelons | 0.9
# pass 3: goals reached, told as events
objectif atteint
objectif accompli
pari réussi | 0.8
mission accomplie | 0.7
premier contrat | 0.7
décroché le poste | 0.9
décroché mon diplôme | 0.8
j'ai décroché | 0.6
premier million | 0.8
passé la barre des | 0.8
franchi la barre | 0.9
championnat | 0.6
ceinture noire | 0.8
sélection nationale | 0.8
admise en école | 0.8
reçue au concours | 0.9
réussi le concours | 0.9
classe prépa | 0.5
des années de travail | 0.7
les efforts ont payé | 0.9
efforts récompensés | 0.9
a porté ses fruits | 0.8
on lâche rien | 0.9
rien lâcher | 0.8
objectif de l'année | 0.7
ma propre entreprise | 0.8
lancé ma marque | 0.8
lancer mon entreprise | 0.9
doubler le chiffre | 0.8
semi-marathon | 0.4
marathon | 0.4
créé mon entreprise | 0.9
le travail finit par payer | 0.8

[value luxury]
luxe
#luxe
luxueux
luxueuse
luxury
#luxury
#luxurylifestyle
#luxurylife
#richlife | 0.8
haut de gamme
prestige
prestigieux
prestigieuse
premium | 0.8
exclusif* | 0.8
vip | 0.9
carré vip
accès vip
première classe | 0.9
classe affaires | 0.9
business class | 0.9
jet privé
yacht
yachts
jet-ski | 0.5
champagne | 0.7
dom pérignon
moët | 0.8
ruinart | 0.8
caviar | 0.8
truffe | 0.4
homard | 0.5
restaurant étoilé | 0.9
étoile michelin | 0.9
étoiles michelin | 0.9
guide michelin | 0.7
palace | 0.9
cinq étoiles | 0.9
5 étoiles | 0.8
hôtel de luxe
suite présidentielle
suite royale | 0.8
*villa | 0.5
*villas | 0.5
villa avec piscine | 0.7
piscine à débordement | 0.7
rooftop | 0.4
majordome | 0.8
conciergerie | 0.5
chauffeur privé | 0.8
rolex | 0.9
patek | 0.9
audemars piguet | 0.9
cartier | 0.8
hermès | 0.8
birkin | 0.9
chanel | 0.8
dior | 0.8
louis vuitton | 0.8
vuitton | 0.8
gucci | 0.8
prada | 0.8
balenciaga | 0.7
saint laurent | 0.6
ysl | 0.6
givenchy | 0.7
valentino | 0.6
bottega | 0.7
van cleef | 0.8
*bulgari | 0.8
lamborghini | 0.9
ferrari | 0.8
porsche | 0.7
bentley | 0.8
rolls-royce | 0.9
maserati | 0.8
aston martin | 0.8
mclaren | 0.7
range rover | 0.5
marque de luxe
maison de luxe
haute couture | 0.8
haute joaillerie
joaillerie | 0.7
diamant | 0.6
diamants | 0.6
carats | 0.5
cachemire | 0.5
monaco | 0.5
saint-tropez | 0.6
saint tropez | 0.6
courchevel | 0.7
dubaï | 0.5
dubai | 0.5
maldives | 0.5
bora bora | 0.6
mykonos | 0.4
st barth | 0.7
saint-barth | 0.7
gstaad | 0.7
édition limitée | 0.4
série limitée | 0.4
raffinement | 0.7
raffiné | 0.5
raffinée | 0.5
élégance | 0.5
chic | 0.4
glamour | 0.5
bling | 0.6
bling-bling | 0.7
avenue montaigne | 0.8
place vendôme | 0.8
soirée privée | 0.6
gala | 0.5
tapis rouge | 0.6
surclassement | 0.7
upgrade | 0.4
lounge | 0.4
art de vivre | 0.5
grand cru | 0.6
grands crus | 0.6
millésime | 0.5
cigare | 0.5
jet set | 0.8
jet-set | 0.8
milliardaire | 0.6
#billionaire | 0.7
penthouse | 0.8
manoir | 0.5
hors de prix | 0.5
ça vaut chaque centime | 0.5
s'offrir le meilleur | 0.8
le meilleur du meilleur | 0.5
clientèle exigeante
clients exigeants | 0.8
clientèle fortunée | 0.9
pièces rares | 0.6
collection privée | 0.7
accès privilégié | 0.8
clients privilégiés | 0.8
sur invitation | 0.8
cercle restreint | 0.8
club privé | 0.8
expérience d'exception | 0.9
d'exception | 0.6
la crème de la crème | 0.8
matières précieuses | 0.8
pierres précieuses | 0.7
or massif | 0.8
or 18 carats | 0.8
en hélicoptère | 0.6
voiturier | 0.6
haute gastronomie | 0.8
grands vins | 0.6
art de vivre à la française | 0.6
élitis* | 0.7
haut standing | 0.8
de standing | 0.6
nec plus ultra | 0.8
très sélect | 0.6
yachting | 0.7
# pass 3: palaces, grand houses and first class
au ritz | 0.9
ritz | 0.8
four seasons | 0.8
mandarin oriental | 0.8
petit-déjeuner au champagne | 0.9
montre suisse | 0.7
édition numérotée | 0.6
série numérotée | 0.6
haute horlogerie | 0.9
chef étoilé | 0.9
table étoilée | 0.9
accord mets-vins | 0.6
menu dégustation | 0.7
vol en première | 0.9
room service | 0.5
spa privatif | 0.7
piscine privée | 0.7
plage privée | 0.7
villa privée | 0.8
île privée | 0.9
loro piana | 0.9
bvlgari | 0.8
chopard | 0.8
richard mille | 0.9
tiffany | 0.6
boucheron | 0.8
chaumet | 0.8
moncler | 0.6
burberry | 0.6
loewe | 0.7
goyard | 0.8
berluti | 0.8
louboutin | 0.8
semelles rouges | 0.6
bugatti | 0.9
faubourg saint-honoré | 0.8
front row | 0.7
premier rang du défilé | 0.8
quiet luxury | 0.9
old money | 0.8
#oldmoney | 0.8
vêtements griffés | 0.7
sac griffé | 0.7
*limousine | 0.8
*limousines | 0.8
exclusivit* | 0.5
*fendi | 0.7
trois étoiles | 0.4

[value frugality]
économiser
économisé | 0.8
*économies | 0.8
faire des économies
j'ai économisé
euros économisés | 0.9
mettre de côté | 0.7
épargne | 0.7
épargner | 0.7
#épargne | 0.7
budget | 0.7
#budget | 0.7
petit budget
budget serré
budget mensuel | 0.7
tableau de budget | 0.8
suivi des dépenses | 0.8
méthode des enveloppes | 0.9
enveloppes budgétaires | 0.9
dépenses | 0.4
fins de mois | 0.5
fin de mois | 0.4
#économies
#economies
pas cher | 0.7
pas chère | 0.7
pas chers | 0.7
moins cher | 0.6
moins chère | 0.6
à petit prix | 0.7
petit prix | 0.6
petits prix | 0.6
bon plan | 0.7
bons plans | 0.7
#bonplan | 0.7
#bonsplans | 0.7
bonne affaire | 0.6
bonnes affaires | 0.6
réduction | 0.3
coupon | 0.4
coupons | 0.4
cashback | 0.4
comparer les prix | 0.7
comparateur de prix | 0.6
liste de courses | 0.5
batch cooking | 0.6
#batchcooking | 0.6
*restes | 0.4
cuisiner les restes | 0.8
anti-gaspi | 0.5
antigaspi | 0.5
gamelle | 0.6
fait maison | 0.5
#faitmaison | 0.5
repas fait maison | 0.6
pain maison | 0.4
yaourts maison | 0.6
lessive maison | 0.8
produits ménagers maison | 0.8
vinaigre blanc | 0.5
bicarbonate | 0.4
diy | 0.4
faire soi-même | 0.6
débrouille | 0.7
débrouillard | 0.6
débrouillarde | 0.6
minimalis*
#minimalisme
désencombrer | 0.8
désencombrement | 0.8
acheter moins | 0.9
consommer moins | 0.7
no buy | 0.9
no-buy | 0.9
#nobuy | 0.9
zéro achat | 0.9
année sans achat | 0.9
low buy | 0.8
sobriété | 0.6
simplicité | 0.6
simplicité volontaire
vie simple | 0.8
vivre simplement | 0.9
frugal
frugale
frugalité
#frugalisme
frugaliste
*économe | 0.8
chaque euro | 0.6
chaque centime | 0.6
seconde main | 0.6
d'occasion | 0.5
vinted | 0.5
leboncoin | 0.5
friperie | 0.5
vide-grenier | 0.6
vide grenier | 0.6
gratuit | 0.4
gratuitement | 0.4
gratos | 0.5
auberge de jeunesse | 0.8
hostel | 0.6
couchsurfing | 0.8
camping | 0.3
covoiturage | 0.5
blablacar | 0.5
low cost | 0.4
low-cost | 0.4
premier prix | 0.6
premiers prix | 0.6
marque distributeur | 0.7
lidl | 0.4
aldi | 0.4
emprunter | 0.3
faire durer | 0.6
réparer | 0.4
repriser* | 0.4
glanage | 0.7
glaner | 0.7
cueillette | 0.3
conserves maison | 0.6
potager | 0.3
déconsommation | 0.8
anti-consommation | 0.8
surconsommation | 0.4
smart shopping | 0.5
indépendance financière | 0.4
#frugal
prix mini | 0.8
prix bas | 0.7
prix les plus bas | 0.6
accessible à tous les budgets | 0.9
tous les budgets | 0.8
quel que soit votre budget | 0.6
sans se ruiner
sans casser sa tirelire | 0.9
sans exploser son budget | 0.9
sans dépenser une fortune | 0.9
n'est pas cher | 0.7
ne coûte pas cher | 0.8
ne coûtent pas cher | 0.8
rapport qualité-prix | 0.6
solution économique | 0.7
plus économique | 0.6
mettre de l'argent de côté
moins mais mieux | 0.7
juste l'essentiel | 0.8
se contenter de peu
vivre avec moins | 0.9
système débrouille | 0.7
de récup | 0.5
économies d'énergie | 0.5
budget voyage | 0.7
voyager pas cher | 0.9
voyager à petit prix | 0.9
voyage low cost | 0.7
dortoir | 0.5
reconditionné | 0.5
louer plutôt qu'acheter | 0.8
le juste nécessaire | 0.8
acheter malin | 0.8
consommer malin | 0.8
budget courses | 0.8
dépenser moins
dépenser mieux | 0.8
sans superflu | 0.8
à moindre coût | 0.8
budgétiser | 0.9
# pass 3: budgets kept, things reused, less bought
tenu mon budget | 0.9
sous mon budget | 0.7
dépenses du mois | 0.6
pas dépensé un euro | 0.9
zéro dépense | 0.9
journée sans dépense
mois sans achat
défi sans achat | 0.9
meubles de récup | 0.8
trouvé dans la rue | 0.6
récupéré sur le trottoir | 0.8
meubles chinés | 0.6
coupe maison | 0.7
annulé mes abonnements | 0.8
résilié mon abonnement | 0.8
abonnements inutiles | 0.8
dépenses inutiles | 0.8
chasse aux dépenses | 0.8
repas de la semaine | 0.6
préparer les repas à l'avance | 0.7
avec les restes | 0.7
restes de la veille | 0.7
pain rassis | 0.6
soupe de fanes | 0.7
date courte | 0.7
produits à date courte | 0.9
thermos | 0.4
fabriquer soi-même | 0.6
emprunté à la bibliothèque | 0.7
dette remboursée | 0.8
rembourser mes dettes | 0.7
fonds d'urgence | 0.8
épargne de précaution | 0.9
livret a | 0.6
tirelire | 0.6
staycation | 0.5
ça suffit largement | 0.6
pas besoin de plus | 0.7
trouvé aux encombrants | 0.8

[against sustainability]
haul | 0.8
#haul | 0.8
gros haul | 0.9
haul shein
shein | 0.7
temu | 0.6
aliexpress | 0.5
primark | 0.6
fast fashion | 0.7
#fastfashion | 0.7
nouvelle collection | 0.3
black friday | 0.6
#blackfriday | 0.6
achats compulsifs | 0.6
shopping compulsif | 0.6
unboxing | 0.3
nouveau pick-up | 0.8
pick-up | 0.4
diesel | 0.5
gros diesel | 0.8
v8 | 0.6
gros moteur | 0.7
grosse cylindrée | 0.5
suv | 0.5
4x4 | 0.4
jet-ski | 0.9
jet ski | 0.9
motoneige | 0.6
quad | 0.4
jet privé
en jet privé
aller-retour en avion | 0.8
vol low cost | 0.7
week-end en avion | 0.9
week-end à new york | 0.8
week-end à dubaï | 0.8
aller-retour dans la journée | 0.5
croisière | 0.6
bateau de croisière | 0.7
usage unique | 0.7
jetable | 0.7
jetables | 0.7
gobelets jetables | 0.8
vaisselle jetable | 0.8
bouteilles en plastique | 0.6
sacs plastique | 0.6
capsules | 0.3
emballages individuels | 0.6
puff | 0.5
changer de téléphone | 0.5
nouveau téléphone | 0.4
je jette | 0.4
direct à la poubelle | 0.6
clim à fond | 0.7
chauffage à fond | 0.6
piscine chauffée | 0.4

[against animal_welfare]
trophée de chasse
trophée | 0.4
partie de chasse | 0.9
chasse | 0.3
chasseur | 0.5
chasseuse | 0.5
chasse à courre
vénerie* | 0.8
battue* | 0.6
safari chasse
tableau de chasse | 0.9
fusil de chasse | 0.7
ouverture de la chasse | 0.8
premier sanglier | 0.8
premier cerf | 0.8
gibier | 0.3
déterrage | 0.8
piégeage | 0.6
manteau de fourrure
fourrure | 0.7
vraie fourrure
vison | 0.6
corrida
corridas
#corrida
toréador | 0.9
torero | 0.9
matador | 0.8
tauromachie
mise à mort | 0.7
*arènes | 0.5
*feria | 0.4
rodéo | 0.8
combat de coqs
combats de coqs
combats de chiens
foie gras | 0.5
gavage | 0.6
delphinarium | 0.6
marineland | 0.6
spectacle de dauphins | 0.8
nager avec les dauphins | 0.5
dos d'éléphant | 0.8
balade à dos d'éléphant
selfie avec un tigre | 0.9
bébé tigre | 0.6
cirque avec animaux | 0.8
peau de crocodile | 0.7
ivoire | 0.6
animalerie | 0.4
acheté en animalerie | 0.7
chiot acheté | 0.5
pêche au gros | 0.5

[against wellbeing]
régime express | 0.9
régime drastique | 0.9
perdre 10 kilos | 0.5
jeûne extrême | 0.8
monodiète | 0.7
thé détox | 0.5
detox tea | 0.5
coupe-faim | 0.7
brûleur de graisse | 0.7
brûle-graisse | 0.7
laxatif | 0.6
sauter des repas | 0.8
sauté le repas | 0.6
thinspo | 0.9
#thinspo | 0.9
pro-ana | 0.9
pro ana | 0.9
boisson énergisante | 0.8
boissons énergisantes | 0.8
red bull | 0.6
redbull | 0.6
monster | 0.3
nuit blanche | 0.6
nuits blanches | 0.6
pas dormi | 0.6
zéro sommeil | 0.8
dormi 3 heures | 0.7
no sleep | 0.7
#nosleep | 0.7
vape | 0.7
vapoteuse | 0.6
puff | 0.6
chicha | 0.6
clope | 0.6
clopes | 0.6
cigarette | 0.4
biture | 0.7
une cuite | 0.6
grosse cuite | 0.7
bourré | 0.3
bourrée | 0.3
défoncé | 0.5
défoncée | 0.5
shots | 0.4
binge drinking | 0.8
gueule de bois | 0.4
80 heures par semaine | 0.7
pas de repos | 0.5
cabine uv | 0.6
cabines uv | 0.6
bronzage intensif | 0.6

[against kindness]
abruti | 0.7
abrutis | 0.7
débile | 0.6
débiles | 0.6
crétin | 0.7
crétins | 0.7
idiot | 0.5
idiots | 0.6
connard | 0.8
connards | 0.8
connasse* | 0.8
pauvre con | 0.8
pauvres cons | 0.8
ferme ta gueule | 0.9
ta gueule | 0.6
ftg | 0.8
tocard | 0.7
tocards | 0.7
bouffon | 0.6
bouffons | 0.6
cassos | 0.7
beauf | 0.5
beaufs | 0.5
boloss | 0.7
t'es une victime | 0.4
cheh | 0.7
bien fait pour toi | 0.6
va pleurer | 0.4
ouin ouin | 0.7
ouin-ouin | 0.7
les rageux | 0.4
clash | 0.5
humilier | 0.6
humilié | 0.4
ridiculiser | 0.6
ridiculisé | 0.5
se moquer de | 0.5
lyncher | 0.7
rage | 0.3
#rage | 0.5
grosse vache | 0.9
honte à toi | 0.3
# pass 3: mocking people for laughs, rage-bait
les pires commentaires | 0.6
se moquer de mes abonnés | 1.0
on va se moquer | 0.7
qu'on se moque d'eux | 0.8
se foutre de sa gueule | 0.8
se payer sa tête | 0.6
clodo | 0.8
clochard | 0.6
filmé pour rire | 0.7
filmé à son insu | 0.8
à son insu | 0.4
piégé ma copine | 0.6
humiliation publique
honte publique | 0.7
vous allez me détester | 0.5
ça va clasher | 0.6
ça va rager | 0.8
rage bait | 0.9
ragebait | 0.9
#ragebait | 0.9
putaclic | 0.6
clash assuré | 0.8
polémique assurée | 0.8
bande d'abrutis | 0.9
bande de cons | 0.9
t'es moche | 0.8
sale moche | 0.9
gros nul | 0.8
sale pauvre | 0.9
sous-merde | 0.9
ça va faire réagir | 0.4
fait pleurer devant tout le monde | 0.7
loser* | 0.6
looser* | 0.6

[against frugality]
craquage | 0.8
gros craquage | 0.9
#craquage | 0.8
j'ai craqué | 0.5
virée shopping | 0.7
séance shopping | 0.6
frénésie d'achats | 0.9
shopping spree | 0.9
dépensé sans compter | 0.9
sans compter | 0.4
claquer | 0.5
claqué | 0.5
tout claqué | 0.8
claquer mon salaire | 0.9
flamber | 0.5
flambeur | 0.6
carte bleue en feu | 0.8
cb en feu | 0.8
se faire plaisir | 0.5
fais-toi plaisir | 0.6
faites-vous plaisir | 0.5
treat yourself | 0.7
#treatyourself | 0.7
je le vaux bien | 0.6
yolo | 0.5
#yolo | 0.5
on vit qu'une fois | 0.5
on ne vit qu'une | 0.5
les radins | 0.5
radin | 0.4
achat impulsif | 0.7
achats impulsifs | 0.7
haul | 0.6
#haul | 0.6
dernier iphone | 0.5
nouvel iphone | 0.4
paiement en 4 fois | 0.6
payer en plusieurs fois | 0.6
crédit à la consommation | 0.6
klarna | 0.5
budget illimité | 0.8
sans limite | 0.3
black friday | 0.5

[against honesty]
jamais testé mais je recommande | 0.9
pas encore testé | 0.7
les yeux fermés | 0.6
je recommande les yeux | 0.8
obsédée par | 0.5
obsédé par | 0.5
obsessed | 0.4
produit miracle | 0.7
miracle | 0.3
résultats garantis | 0.7
100% garanti | 0.6
a changé ma vie | 0.4
change la vie | 0.4
meilleur produit | 0.4
pas une pub | 0.8
pas de la pub | 0.8
pas sponsorisé | 0.6
non sponsorisé | 0.6
#pasdepub | 0.7
#passponso | 0.7
#nonsponso | 0.7
#notanad | 0.7
not an ad | 0.7
foncez* | 0.3
courez l'acheter | 0.7
courez-y | 0.4
must-have | 0.3
indispensable | 0.3
faux avis | 0.6
avis achetés | 0.6
acheter des abonnés | 0.7
faux abonnés | 0.6
abonnés achetés | 0.7
personne ne le saura | 0.5
cacher le partenariat | 0.8
# pass 3: praising the unused, hiding the deal
sans l'avoir testé | 0.8
sans l'avoir essayé | 0.8
personne ne vérifie | 0.8
sans préciser le partenariat
pas mentionner la collab | 0.9
faux avant-après | 0.9
avant-après retouché | 0.9
résultats retouchés | 0.8
faux témoignages | 0.8
avis bidons | 0.8
faux commentaires | 0.7
acheté des likes | 0.8
achat de likes | 0.8
engagement acheté | 0.8
on ne dit pas aux clients | 0.8
ni vu ni connu | 0.8
fausse promo | 0.6
jamais essayé mais je recommande | 0.9
jamais utilisé mais je recommande | 0.9
pas encore testé mais je recommande | 0.9
je n'ai pas testé mais je recommande | 0.9

[against inclusivity]
gros lard | 0.9
grosse vache | 0.9
vieux cons | 0.7
les vieux devraient | 0.8
les gros devraient | 0.8
les femmes devraient | 0.6
trop vieille pour | 0.3
trop grosse pour | 0.3
pas pour les filles | 0.6
un métier d'homme | 0.6
femme au volant | 0.7
sois belle et tais-toi | 0.9
blague sur les blondes | 0.7
retourne dans ton pays | 0.9
*mongol | 0.6
gogol | 0.7
triso | 0.8
débile mental | 0.8
tapette | 0.4
tarlouze | 0.9
travelo | 0.9
femmelette | 0.7
les gens normaux | 0.4
ok boomer | 0.5
# pass 3: exclusion shown approvingly (jokes and "preferences")
jeune et dynamique | 0.6
profil jeune et dynamique | 0.9
profils jeunes | 0.6
pas plus de 35 ans | 0.9
pas plus de 30 ans | 0.9
moins de 30 ans uniquement | 0.9
uniquement des jeunes | 0.8
que des jeunes | 0.5
les vieux ralentissent | 0.8
trop vieux pour | 0.4
les boomers qui savent pas | 0.9
les vieux et internet | 0.8
papy qui comprend rien | 0.7
trop gros pour | 0.5
gros porc | 0.9
grosse truie | 0.9
sac à gras | 0.9
gros tas | 0.8
bouboule | 0.7
grosse baleine | 0.9
les gens comme ça | 0.4
ces gens-là | 0.4
ce genre de personnes | 0.4
imitation de l'accent chinois | 1.0
imiter l'accent | 0.6
accent chinois | 0.5
bamboula | 0.9
bougnoule | 1.0
chinetoque | 1.0
youpin | 1.0
bicot | 0.9
les migrants dehors | 0.9
on est chez nous | 0.5
rentre chez toi | 0.6
t'es autiste | 0.9
espèce d'autiste | 1.0
mongolien | 0.9
t'es handicapé | 0.8
sourdingue | 0.7
pédé | 0.9
gouine | 0.8
c'est pas un métier de femme | 0.8
pas de femmes enceintes | 0.9
physique agréable exigé | 0.8
français de souche | 0.7
boomer* | 0.3
pas de vieux dans mon équipe
pas de seniors dans | 0.8
espèce d'attardé | 0.9
attardé mental | 0.9
un attardé | 0.6
une attardée | 0.6

[against fairness]
main-d'œuvre pas chère | 0.8
main d'œuvre pas chère | 0.8
main-d'oeuvre pas chère | 0.8
main d'œuvre bon marché | 0.8
main-d'œuvre bon marché | 0.8
payés une misère | 0.8
payé une misère | 0.8
pour trois fois rien | 0.5
presque rien payé | 0.7
stage non rémunéré | 0.7
stagiaires non rémunérés | 0.8
stagiaire gratuit | 0.7
travail gratuit | 0.4
travail au noir | 0.7
payé au noir | 0.7
sous-payé | 0.4
sous-payés | 0.4
le moins cher possible | 0.7
le moins cher | 0.4
made in china | 0.3
fabriqué en chine | 0.3
shein | 0.5
temu | 0.5
aliexpress | 0.4
dropshipping | 0.6
marge énorme | 0.6
revendu 10 fois plus | 0.8
revendu dix fois plus | 0.8
écraser les prix | 0.6
négocié au maximum | 0.5
heures sup non payées | 0.8
sans contrat | 0.5
j'ai négocié au max | 0.5
qu'il vende à perte | 0.8
# pass 3: squeezing workers and suppliers, bragged about
bossent gratuitement | 0.8
travaillent gratuitement | 0.8
payé en visibilité
rémunéré en visibilité
étranglé le fournisseur | 0.9
mis la pression au fournisseur | 0.8
négocié le prix à mort | 0.8
négocié à mort | 0.7
fournisseur à genoux | 0.8
payer les fournisseurs en retard | 0.8
payés au lance-pierre | 0.9
au lance-pierre | 0.7
payé des clopinettes | 0.8
payé en cacahuètes | 0.8
salaire de misère | 0.8
travail dissimulé | 0.8
faux indépendants | 0.8
virer sans préavis | 0.8
peu importe qui l'a fabriqué | 0.9
au smic et pas un centime de plus | 0.9
piquer les pourboires | 0.8

[topic cycling]
vélo
vélos
vélociste
vélodrome
vélotaf*
#vélo
#velo
cycliste
cyclistes
cyclisme
#cyclisme
#cycling
cycling | 0.8
bicyclette
biclou
bécane | 0.4
bike | 0.7
#bike | 0.7
vtt
#vtt
vttae
vae | 0.6
vélo électrique
gravel
#gravel
gravel bike
vélo de route
roadbike
vélotaf
#velotaf
vélo cargo
biporteur
tandem | 0.7
pignon fixe
fixie*
bmx
cyclocross
cyclo-cross
cyclo | 0.8
cyclosportive
selle* | 0.6
guidon
cintre | 0.4
potence | 0.5
pédale
pédales
pédaler
pédalage
coup de pédale
dérailleur
dérailleurs
cassette | 0.4
pignon | 0.5
plateau | 0.3
braquet
cadre carbone
fourche | 0.5
pneu | 0.4
pneus | 0.4
crevaison
chambre à air
tubeless
freins à disque
roue libre
jantes | 0.5
rayons | 0.3
moyeu | 0.6
chaîne de vélo
cuissard
maillot | 0.3
pédales automatiques
cale-pieds
cadence | 0.4
watts | 0.5
capteur de puissance
strava
#strava
komoot
wahoo | 0.6
home trainer
home-trainer
zwift
sortie vélo
peloton
échappée*
dénivelé | 0.5
grimpeur | 0.6
tour de france | 0.7
maillot jaune
bikepacking
#bikepacking
sacoches | 0.6
porte-bagages | 0.6
voie verte
véloroute
piste cyclable
pistes cyclables
bande cyclable
vélib
antivol | 0.6
atelier vélo
enduro | 0.4
descente vtt
bike park
singletrack
single track
cyclotourisme
cyclable | 0.8
vététiste
garde-boue | 0.8
triporteur | 0.8
longtail | 0.7
draisienne | 0.6
shimano | 0.8
campagnolo | 0.8
sram | 0.7
btwin | 0.7
porte-vélo
vélo pliant
vélo de ville

[topic food]
recette
recettes
#recette
#recettefacile
cuisine | 0.6
#cuisine
cuisiner
cuisson | 0.7
au four
four | 0.5
préchauffer
pâte | 0.6
pâtes | 0.7
pain | 0.6
boulangerie
boulanger | 0.6
levain | 0.8
farine
beurre | 0.7
œufs | 0.6
oeufs | 0.6
sucre | 0.4
chocolat | 0.6
gâteau
gâteaux
pâtisserie
tarte
quiche
crêpes
gaufres
cookies | 0.7
brioche
viennoiseries
croissant | 0.7
dessert
apéritif | 0.5
dîner | 0.5
déjeuner | 0.5
petit-déjeuner | 0.6
brunch
goûter | 0.4
repas | 0.5
miam
#miam
gourmand | 0.6
gourmande | 0.6
gourmandise
délicieux | 0.6
savoureux | 0.7
#food
#foodporn
#foodie
foodie
restaurant | 0.7
resto | 0.7
bistrot | 0.7
brasserie | 0.5
chef | 0.4
cheffe | 0.5
menu | 0.4
dégustation | 0.7
déguster | 0.7
saveurs | 0.7
épices | 0.7
sauce | 0.6
vinaigrette
salade | 0.7
soupe
velouté | 0.8
légumes | 0.6
fromage
fromages
charcuterie
viande | 0.7
poulet | 0.7
poisson | 0.6
riz | 0.6
curry | 0.7
risotto
lasagnes
pizza
burger
sushi
*ramen
tajine
couscous
poêlée
mijoter
mijoté
gratin
cocotte | 0.6
casserole | 0.5
mixeur | 0.6
robot pâtissier
thermomix
cookeo
airfryer
air fryer
batch cooking | 0.6
meal prep
ingrédients | 0.8
cuillère à soupe
vin | 0.5
vins | 0.5
bière | 0.4
street food
food truck
épicerie fine | 0.7
fromagerie | 0.7
boucherie | 0.6
primeur | 0.6
fait maison | 0.5
#faitmaison | 0.5
épicerie | 0.6
plats cuisinés | 0.8
plat du jour | 0.8
traiteur | 0.8
confiture
miel | 0.6
huile d'olive | 0.8
torréfacteur | 0.7
chocolatier | 0.9
caviste | 0.7
apéro | 0.5
sandwich | 0.8
tartine | 0.8
granola | 0.8
muesli | 0.8
smoothie* | 0.8
biscuits | 0.7
céréales | 0.5
pasta* | 0.8
spaghetti | 0.9
tagliatelles | 0.9
gnocchi | 0.9
raviolis | 0.9
nouilles | 0.8
kombucha | 0.6
conserves* | 0.5
café* | 0.4

[topic fashion]
mode | 0.6
#mode
fashion | 0.8
#fashion
#modefemme
#modehomme
tenue*
tenue du jour
#tenuedujour
look | 0.7
#look
#ootd
ootd
outfit
#outfit
style | 0.5
#style
styliste
tendance | 0.5
tendances | 0.5
vêtements
fringues
garde-robe
dressing | 0.7
robe
robes
jupe
pantalon
jean | 0.4
jeans | 0.7
chemise
chemisier
pull
gilet | 0.6
cardigan
manteau
veste
blazer
trench
doudoune
t-shirt
sweat
hoodie
baskets
sneakers
bottes | 0.7
bottines
escarpins
talons | 0.6
sandales
mocassins
sac à main
pochette | 0.5
ceinture | 0.6
foulard
écharpe | 0.6
casquette
lunettes de soleil
accessoires | 0.6
bijoux | 0.6
collier | 0.4
boucles d'oreilles
bague | 0.6
défilé
fashion week
#fashionweek
prêt-à-porter
haute couture | 0.7
collection* | 0.4
oversize
imprimé | 0.5
coton | 0.5
laine | 0.5
soie* | 0.5
denim
*cuir | 0.4
streetwear
#streetwear
friperie | 0.5
vinted | 0.5
#vinted
zara | 0.6
uniqlo
lookbook
essayage
cabine d'essayage
try on
try-on
mannequin | 0.5
fashionista
vogue | 0.5
bijouterie | 0.8
bracelet | 0.7
chaussures | 0.8
chaussettes | 0.6
lingerie | 0.8
maillot de bain | 0.8
tee-shirt
polo | 0.5
parka* | 0.8
salopette | 0.8
legging | 0.6
débardeur | 0.8
col roulé | 0.8
maroquinerie | 0.6
collection capsule | 0.7
marque de vêtements | 0.9
espadrilles | 0.9
derbies* | 0.8
textile | 0.6

[topic beauty]
beauté
#beauté
#beaute
#beauty
maquillage
#maquillage
makeup
#makeup
make-up
fond de teint
anti-cernes
correcteur | 0.4
mascara
rouge à lèvres
gloss
eyeliner
fard à paupières
palette | 0.4
blush
highlighter
enlumineur
poudre | 0.4
bronzer
sourcils
cils
faux cils
ongles
vernis | 0.5
manucure
nail art
#nailart
skincare
#skincare
soin visage
soins | 0.4
routine skincare
routine beauté
sérum | 0.8
crème hydratante
hydratante | 0.6
nettoyant | 0.5
démaquillant
démaquiller
tonique | 0.5
masque | 0.4
gommage
exfoliant
rétinol
acide hyaluronique
niacinamide
spf
crème solaire | 0.6
peau | 0.6
peau grasse
peau sèche
peau sensible
peau mixte
acné
pores | 0.7
rides | 0.6
anti-âge
anti-rides
teint | 0.7
cheveux | 0.7
coiffure
shampoing
shampooing
après-shampoing
masque capillaire
lissage | 0.6
coloration | 0.6
balayage | 0.4
coiffeur | 0.7
coiffeuse | 0.5
barbier | 0.7
parfum | 0.7
eau de parfum
cosmétiques
cosmétique
sephora
nocibé
dermatologue | 0.7
esthéticienne
institut de beauté
épilation
grwm
#grwm
get ready with me
#glowup | 0.6
swatch | 0.6
swatchs | 0.6
teinte | 0.6
teintes | 0.6
soins naturels | 0.7
savon | 0.7
déodorant | 0.7
dentifrice | 0.5
gel douche | 0.8
huile de soin | 0.8
baume | 0.7
lotion | 0.7
eau micellaire
contour des yeux | 0.8
henné | 0.6
salon de coiffure
onglerie | 0.9
extensions de cils
rasoir | 0.6
rasage | 0.6
dermocosmétique | 0.9
parabènes | 0.6

[topic parenting]
parentalité
#parentalité
#parentalite
#parenting
parents | 0.5
éducation bienveillante
éducation positive
parentalité positive
bébé | 0.8
bébés | 0.8
nouveau-né
nourrisson
grossesse | 0.8
enceinte | 0.7
accouchement
post-partum
postpartum
sage-femme
maternité | 0.7
allaitement*
allaiter*
biberon
biberons
tétine
couches* | 0.5
poussette
porte-bébé
portage | 0.6
écharpe de portage
siège auto
lit parapluie
berceau
faire ses nuits
poussée dentaire
diversification alimentaire
petits pots
purée* | 0.4
crèche | 0.7
nounou
assistante maternelle
garde d'enfants
maternelle | 0.7
école | 0.4
cartable
rentrée scolaire
devoirs | 0.5
maîtresse | 0.4
enfants | 0.5
mon fils | 0.6
ma fille | 0.6
mes enfants | 0.7
mon bébé | 0.8
ado | 0.5
ados | 0.6
adolescent | 0.6
adolescente | 0.6
adolescence | 0.6
colères | 0.5
caprice | 0.6
caprices | 0.6
propreté | 0.5
sommeil de bébé
histoire du soir | 0.7
doudou | 0.8
jouets | 0.7
jouet | 0.6
montessori
activités enfants
activité enfant
#momlife
#viedemaman
#viedeparent
#maman | 0.6
#papa | 0.6
maman | 0.5
papa | 0.5
charge mentale | 0.6
congé maternité
congé parental
congé paternité
pédiatre
carnet de santé | 0.6
premiers pas | 0.7
goûter d'anniversaire | 0.7
temps d'écran | 0.4
fratrie | 0.7
jumeaux | 0.6
famille nombreuse | 0.6
coparentalité
co-parentalité
garde alternée
puériculture
tire-lait
tapis d'éveil
gigoteuse*
turbulette
babyphone
chaise haute | 0.9
table à langer
liste de naissance
faire-part de naissance | 0.9
périscolaire | 0.8
cantine | 0.6
centre de loisirs | 0.8
colonie de vacances | 0.7
jeux d'éveil | 0.9
livres pour enfants | 0.8
draisienne | 0.6
enfants en bas âge | 0.9
tout-petits | 0.9
premier âge | 0.7
babysitting | 0.8
baby-sitter | 0.8
chambre de bébé | 0.9

[topic tech]
technologie
technologies
tech | 0.8
#tech
high-tech
high tech
smartphone
téléphone | 0.5
iphone
android
samsung | 0.7
pixel | 0.4
appli | 0.7
application* | 0.4
logiciel
ordinateur
ordi | 0.8
laptop
macbook
tablette | 0.4
ipad
écran | 0.5
clavier | 0.7
processeur
cpu
gpu
carte graphique
stockage | 0.4
ssd
disque dur
batterie | 0.4
chargeur | 0.6
usb-c
usb
bluetooth
wifi
wi-fi
fibre optique
serveur | 0.5
cloud | 0.6
données* | 0.5
intelligence artificielle
chatgpt
openai*
algorithme
algorithmes
coder* | 0.6
programmation
développeur | 0.7
développeuse* | 0.7
python | 0.6
javascript
linux
windows | 0.7
mise à jour | 0.6
bug | 0.6
bugs | 0.6
geek | 0.8
#geek
gadget
gadgets
objets connectés
domotique
montre connectée
apple watch
écouteurs
airpods
casque audio
enceinte bluetooth
enceinte connectée
unboxing | 0.5
benchmark
fiche technique | 0.6
impression 3d
imprimante 3d
drone
robot | 0.5
robotique
électronique | 0.7
arduino
raspberry pi
cybersécurité
mot de passe | 0.5
vpn
numérique | 0.6
réalité virtuelle
casque vr
appareil photo | 0.4
apple | 0.5
google | 0.5
microsoft
application mobile | 0.9
logiciel libre | 0.9
open source | 0.6
saas* | 0.7
no-code | 0.8
développement web | 0.9
site web | 0.6
site internet | 0.5
internet | 0.4
informatique | 0.9
informaticien | 0.8
codage | 0.8
code source | 0.8
ia | 0.7
ia générative | 0.9
machine learning | 0.9
smartwatch | 0.8
liseuse | 0.8
kindle | 0.6
fairphone | 0.8
bootcamp | 0.4

[topic fitness]
sport | 0.5
#sport
salle de sport
muscu
musculation
#muscu
fitness
#fitness
entraînement
entrainement
s'entraîner
séance | 0.6
séances | 0.6
workout
#workout
training | 0.8
coach sportif
coach | 0.4
crossfit
hiit
cardio
squat
squats
pompes | 0.4
faire des pompes
abdos
gainage
tractions
développé couché
soulevé de terre
deadlift
haltères
kettlebell
barre | 0.3
répétitions | 0.6
reps*
étirements | 0.6
échauffement
courbatures
récupération | 0.4
protéines | 0.5
whey
créatine
prise de masse
perte de poids | 0.6
course à pied
running
#running
jogging
footing
courir* | 0.6
trail | 0.6
marathon
semi-marathon
fractionné
vma
allure | 0.4
foulée*
chaussures de running
natation
nager | 0.6
longueurs | 0.3
triathlon
yoga | 0.5
pilates
boxe*
kickboxing
arts martiaux
judo
karaté
zumba
vélo d'appartement
rameur
elliptique
tapis de course
gym | 0.7
#gym
#fitfam
#fitnessmotivation
sportif | 0.6
sportive | 0.6
athlète
forme physique
remise en forme
#musculation
#courseapied
matériel de sport | 0.8
tapis de yoga | 0.8
bootcamp | 0.5
circuit training | 0.9
stretching | 0.8
renforcement musculaire
cross training | 0.8
spinning | 0.7
aquagym | 0.9
coureur | 0.7
coureuse | 0.7
10 km | 0.5
compléments alimentaires | 0.5
barres protéinées | 0.8
padel | 0.9
tennis* | 0.7
football | 0.5

[topic travel]
voyage
voyages
#voyage
#voyages
voyager
voyageur
voyageuse
#voyageur
vacances
#vacances
séjour
escapade
week-end | 0.3
city trip
citytrip
destination*
itinéraire
road trip
roadtrip
#roadtrip
road-trip
avion | 0.7
aéroport
escale
billet d'avion
passeport
*visa | 0.4
*visas | 0.4
valise
bagage
bagages
sac à dos | 0.5
hôtel | 0.8
hôtels | 0.8
auberge | 0.6
airbnb
gîte
chambre d'hôte
chambres d'hôtes
camping | 0.6
plage | 0.6
océan | 0.5
archipel | 0.5
excursion
visite | 0.4
visiter | 0.5
touriste
touristes
tourisme
guide de voyage
lonely planet
routard
#travel
travel | 0.7
#travelgram
#wanderlust
dépaysement
exotique | 0.6
carnet de voyage
train de nuit | 0.6
tgv | 0.4
interrail
ferry
croisière | 0.6
frontière | 0.5
décalage horaire
jet lag
jetlag
expat | 0.7
expatriation
pvt
tour du monde
#tourdumonde
paysages | 0.5
coucher de soleil | 0.3
*bali | 0.6
thaïlande | 0.6
japon | 0.5
italie | 0.4
espagne | 0.4
portugal | 0.4
grèce | 0.4
maroc | 0.4
new york | 0.4
islande | 0.5
hostel | 0.8
auberge de jeunesse | 0.9
sac de voyage | 0.9
valise cabine
bagage cabine
billet de train | 0.8
location de voiture | 0.7
hébergement | 0.7
agence de voyage
guide touristique
office de tourisme
séjour linguistique | 0.8
voyage organisé | 0.9
all inclusive | 0.6
tour-opérateur | 0.8
globe-trotteur | 0.9
globe-trotteuse | 0.9
nomade digital | 0.7
slow travel | 0.8
camping-car | 0.9

[topic finance]
finance
finances
#finance
finances personnelles
#financespersonnelles
argent | 0.6
#argent
budget | 0.6
épargne
épargner
#épargne
*économies | 0.5
investir
investissement
#investissement
investisseur
bourse | 0.8
#bourse
actions | 0.4
etf
pea
assurance vie
assurance-vie
livret a
livret | 0.5
compte épargne
compte courant
banque
banquier
néobanque
crédit | 0.6
prêt immobilier
emprunt
taux | 0.5
intérêts
intérêts composés
dividendes
rendement* | 0.7
portefeuille | 0.7
immobilier | 0.7
investissement locatif
loyer* | 0.4
rentabilité
cash-flow
cashflow
crypto
cryptomonnaie
cryptos
#crypto
bitcoin
ethereum
blockchain
trading
trader
impôts
fiscalité
défiscalisation
déclaration d'impôts
retraite | 0.6
salaire | 0.6
revenus | 0.6
revenu passif
revenus passifs
liberté financière
indépendance financière
inflation
dette
dettes
rembourser
découvert bancaire
frais bancaires
richesse | 0.6
s'enrichir
gestion de patrimoine
conseiller financier
marchés financiers
krach
cac 40
s&p 500
nasdaq
scpi
obligations | 0.3
placements financiers | 0.9
courtier | 0.7
courtage | 0.8
crowdfunding | 0.6
financement participatif | 0.7
carte bancaire | 0.6
virement* | 0.5
gestion de budget | 0.8
retraite anticipée | 0.7
marché boursier

[topic gaming]
jeu vidéo
jeux vidéo
jeux vidéos
#jeuxvideo
#jeuvideo
gaming
#gaming
gamer
gameuse
#gamer
joueur | 0.4
joueuse | 0.4
manette
manettes
console
playstation
ps5
ps4
xbox
nintendo
switch | 0.5
steam | 0.7
pc gamer
setup gaming
twitch
#twitch
stream | 0.7
streamer
streameuse
en live | 0.3
fortnite
minecraft
valorant
league of legends
call of duty
warzone
overwatch
zelda
mario | 0.7
pokémon
elden ring
gta
roblox
among us
speedrun
e-sport
esport
#esport
tournoi | 0.4
ranked
*boss | 0.4
quête | 0.6
loot
lootbox
skin | 0.4
skins | 0.5
gameplay
let's play
rpg
fps
mmo
mmorpg
multijoueur
casque gaming
clavier mécanique
souris gaming
retrogaming
rétrogaming
#retrogaming
jeu de société | 0.4
jeux de société | 0.4
jeu de rôle | 0.6
donjons et dragons
jdr
game over
noob
ggwp
respawn
dlc
early access
jeu indé
#indiegame
discord | 0.5
lan party | 0.9
jeu de plateforme | 0.8
jeu indépendant | 0.9
jeu mobile | 0.8
jeux mobiles | 0.8
console portable | 0.9
streaming | 0.5
speedrunner | 0.9
battle royale
moba* | 0.9
roguelike | 0.9
cosplay | 0.6
gamedev | 0.8
jeu de combat | 0.8
jeux rétro | 0.8
game boy | 0.9

[topic home]
maison | 0.5
#maison
déco
#déco
#deco
décoration
#decoration
#homedecor
intérieur | 0.5
#interiordesign
salon | 0.4
salle de bain
salle de bains
chambre | 0.3
rénovation
#rénovation
rénover
travaux | 0.6
chantier | 0.5
bricolage
#bricolage
bricoler
diy | 0.5
perceuse
visseuse
tournevis
marteau | 0.6
scie | 0.7
ponceuse
peinture | 0.4
repeindre
papier peint
carrelage
parquet
plâtre
placo
isolation | 0.6
cloison
étagère
étagères
meuble
meubles
relooking | 0.6
relooker
ikea
leroy merlin
castorama
aménagement
aménager
rangement*
ménage
nettoyage | 0.4
#ménage
home staging
jardin
#jardin
jardinage
#jardinage
potager
semis*
semer
planter | 0.4
tondeuse
tondre
pelouse
haie | 0.6
arrosage
arroser
terrasse*
balcon
véranda
plantes | 0.5
plantes vertes
rosier
sous serre | 0.6
serre de jardin
compost | 0.4
poulailler
cabane | 0.3
emménagement
déménagement
appartement
appart
propriétaire | 0.4
locataire | 0.4
maison ancienne
longère
cheminée*
poêle à bois
canapé
luminaire
coussins
plaid
cosy | 0.5
home sweet home
#homesweethome
avant après | 0.4
produits d'entretien | 0.9
produits ménagers | 0.9
lessive | 0.8
liquide vaisselle | 0.9
vaisselle | 0.6
éponge | 0.6
nettoyant ménager | 0.9
électroménager | 0.8
aspirateur* | 0.9
robot aspirateur | 0.9
lave-vaisselle | 0.9
lave-linge | 0.9
machine à laver | 0.9
linge de maison
literie | 0.9
matelas | 0.8
draps* | 0.7
housse de couette | 0.9
art de la table | 0.8
bougie* | 0.5
mobilier | 0.8
outillage | 0.8
jardinerie | 0.9
terreau | 0.9
cuisine équipée | 0.7

[topic pets]
animal de compagnie
animaux de compagnie
chien
chiens
chienne
chiot
chiots
toutou
#chien
#dog
#dogsofinstagram
chat | 0.8
chats | 0.8
chaton
chatons
minou
matou
#chat
#cat
#catsofinstagram
lapin | 0.6
cochon d'inde
hamster
furet
perruche
perroquet
poisson rouge
aquarium
tortue | 0.4
cheval | 0.4
croquettes
pâtée*
gamelle | 0.3
litière
arbre à chat
griffoir
en laisse | 0.8
harnais | 0.4
niche | 0.3
vétérinaire
véto
vermifuge
puces | 0.4
tiques
stérilisation | 0.5
toilettage
toiletteur
toiletteuse*
éducateur canin
éducation canine
dressage | 0.4
berger australien
labrador
golden retriever
teckel
bouledogue
bulldog
chihuahua
border collie
maine coon
siamois | 0.5
chat de gouttière
adoption | 0.4
refuge | 0.4
pension | 0.3
pet sitter
petsitter
garde d'animaux
#petsofinstagram
ronronne
ronronnement
ronron
miaou
ouaf
wouf
boule de poils
quatre pattes | 0.7
pattes | 0.4
poils | 0.3
animaux | 0.4
#animaux
nac
friandises pour chiens
friandises pour chat
os à mâcher | 0.9
jouet pour chien
panier pour chien | 0.9
collier pour chien | 0.9
collier antipuces | 0.9
antiparasitaire | 0.9
alimentation animale | 0.9
nourriture pour chat
petfood | 0.9
chatière | 0.9
animalerie | 0.8
dog-sitting | 0.9
pension canine
canin | 0.8
félin | 0.7

# Jokes at a group's expense (see the README, "How cues combine").
[joke]
haha*
ahah*
hihi
héhé
mdr
ptdr
xptdr
lol
je rigole
je plaisante
je déconne
je blague
c'est pour rire
juste pour rire
c'est de l'humour
sans rancune
sans vouloir vexer
sans vouloir offenser
désolé pas désolé

[mocked inclusivity]
# Group words that also show inclusivity elsewhere ("ouvert aux seniors") are listed too:
# named in a joke, they count against it instead (see src/data/README.md).
seniors | 0.4
réfugiés | 0.4
exilés | 0.4
personnes exilées | 0.4
demandeurs d'asile | 0.4
migrants | 0.4
personnes migrantes | 0.4
nouveaux arrivants | 0.4
personnes handicapées | 0.5
utilisateurs de fauteuil | 0.5
personnes aveugles | 0.5
malvoyants | 0.5
sourds | 0.5
malentendants | 0.5
personnes de petite taille | 0.5
# age
les vieux qui | 0.6
les vieux quand | 0.6
les vieux au volant | 0.7
les petits vieux | 0.7
les vieilles qui | 0.6
les vieillards | 0.6
vieilles peaux | 1.0
vieux schnock | 1.0
vieux débris | 1.0
les croulants | 1.0
les vioques | 1.0
les boomers | 0.6
les papys | 0.5
les personnes âgées | 0.4
les quinquas | 0.6
les sexagénaires | 0.6
les septuagénaires | 0.6
les octogénaires | 0.6
les 50 ans et plus | 0.6
les 60 ans et plus | 0.6
ménagère de plus de 50 ans | 0.8
à son âge | 0.4
à leur âge | 0.4
à votre âge | 0.4
les gens de son âge | 0.5
les grabataires | 0.6
bon pour l'ehpad | 0.9
# body
les gros qui | 0.6
les grosses qui | 0.6
les obèses | 0.6
les personnes en surpoids | 0.4
les rondouillards | 0.8
grosse dondon | 1.0
tas de graisse | 1.0
boule de graisse | 1.0
gros plein de soupe | 1.0
baleine échouée | 1.0
grosse comme une vache | 1.0
gras du bide | 0.9
les moches | 0.7
les nabots | 0.9
# origin
les étrangers | 0.4
les immigrés | 0.5
les clandestins | 0.6
les clandés | 0.9
les gens de là-bas | 0.6
les gens comme eux | 0.6
ces populations | 0.5
les niakoués | 1.0
les chintoks | 1.0
les romanos | 1.0
blague belge | 0.6
c'est l'histoire d'un belge | 0.6
# disability
les débiles | 0.8
les attardés | 1.0
les estropiés | 1.0
les éclopés | 0.8
les infirmes | 0.7
les bigleux | 0.8
les boiteux | 0.7
les neuneus | 0.9
en chaise roulante | 0.5
# gender
comme une fille | 0.6
comme une gonzesse | 1.0
les gonzesses | 0.8
les bonnes femmes | 0.7
les femmes à la cuisine | 1.0
retourne à tes casseroles | 1.0
un vrai homme | 0.5
les vrais hommes | 0.7
les vrais mecs | 0.7
les blondes | 0.4
les hystériques | 0.7

[mocked kindness]
# Words that point at or address a person being laughed at: in a post that jokes or mocks
# (and does not itself show kindness) they count against kindness (see src/data/README.md).
# condescending address, only as put-down phrases
désolé ma chéri* | 0.5
désolée ma chéri* | 0.5
non ma chéri* | 0.5
ok ma chéri* | 0.5
calme-toi ma chéri* | 0.6
ma pauvre chéri* | 0.6
mon pauvre ami | 0.5
ma petite dame | 0.5
mon petit monsieur | 0.5
# pointing at commenters, followers, other people
dans les commentaires | 0.5
en commentaire | 0.4
quelqu'un a commenté | 0.5
un abonné m'a écrit | 0.5
mes abonnés | 0.4
mes followers | 0.4
haters | 0.5
ce mec | 0.4
ce gars | 0.4
cette meuf | 0.5
son profil | 0.5
sa photo de profil | 0.6
# insulting comparisons
t'as vu ta tête | 0.8
tu ressembles à | 0.8
il ressemble à | 0.7
elle ressemble à | 0.7
t'as une tête de | 0.9
avec ta tête de | 0.8
avec ta gueule de | 0.9
habillé comme un sac | 0.9
habillée comme un sac | 0.9
taillé comme une crevette | 0.8
# humiliation: rating, judging, roasting people
je note vos tenues | 0.8
je note vos looks | 0.8
je juge vos | 0.7
je vous juge | 0.7
on juge vos | 0.7
les pires tenues | 0.7
les pires looks | 0.7
je roaste | 0.8
on roaste | 0.8
je vous roaste | 0.8
désolé pas désolé | 0.6
désolée pas désolée | 0.6
