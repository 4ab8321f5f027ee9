# valuematch lexicon: Spanish (es)
# Covers Spain and Latin American usage. Entries are stemmed like post text.

[sponsored]
#publi
#publicidad
#ad
#anuncio
#patrocinado
#patrocinada
#sponsored
#colaboracion
#colaboración
#colaboracionpagada
#colab | 0.6
#publirreportaje
#cedido
#productocedido
#embajadora | 0.8
#embajador | 0.8
#afiliado
#enlacedeafiliado
#canje | 0.8
#pauta | 0.7
#regalodemarca
#spon
publicidad* | 0.8
colaboración pagada
colaboración remunerada
asociación pagada
contenido patrocinado
publicación patrocinada
patrocinado por
patrocinada por
en colaboración con | 0.5
en alianza con | 0.5
gracias a la marca | 0.8
producto cedido
cedido por
regalo de la marca
publirreportaje
usa mi código
código de descuento
código descuento
cupón de descuento
enlace de afiliado
link de afiliado
enlaces de afiliado
pauta pagada
post patrocinado
video patrocinado
vídeo patrocinado
este vídeo está patrocinado
gracias por patrocinar
anuncio pagado
con mi código
con mi cupón
mi cupón | 0.7
embajadora de | 0.7
embajador de | 0.7
enviado por la marca

[negation]
no
nunca
jamás
ni
nada
nadie
ninguno
ninguna
ningún
tampoco
nunca más
ni siquiera
en absoluto
para nada
de ninguna manera
de ningún modo
ni de coña
ni hablar
ya no
todavía no
aún no
nop
nel

[privative]
# "without"-words: a contradiction after them shows the value ("without plastic");
# a value word after them still shows the value ("sin crueldad animal").
sin

[mockery]
claro que sí guapi
ahórrate
ahórratelo
ahorraos
presuntamente | 0.4
mal llamado
autodenominado
autoproclamado
sobrevalorado
sobrevalorada
sobrevalorados
overrated
postureo
postureo verde
ecopostureo
postureo moral
ecologismo de postureo
lavado verde
lavado de imagen
señalización de virtud
virtue signalling
buenismo
buenista
moralina
ofendiditos
pijoprogre
progretas
ofendidito
me da igual
me importa un bledo
me importa un pimiento
me importa un comino
me la suda
me la pela
me la trae floja
me vale madre
me vale verga
qué pereza | 0.5
qué flojera | 0.5
qué hueva | 0.5
vaya tontería
menuda tontería
qué tontería
tonterías*
chorrad*
paparruchas
patrañas
vende humo
vendehumos
puro cuento
cuentos chinos
a otro perro
no me lo creo
vergüenza ajena
cringe
modo ironía
#ironía
#sarcasmo
sarcasmo | 0.6
ojos en blanco
blablabla
bla bla bla
de boquilla
hipocresía
hipócrita
hipócritas
farsa
paripé
teatrillo
patético
patética
meh
no mames | 0.4
cuñadismo
como si importara | 0.5
menudo chiste
ya claro | 0.6
sí cómo no
lo que tú digas
anda ya | 0.6
los llamados | 0.5
qué original | 0.5
qué novedad | 0.5
a quién le importa
quién se lo cree
qué cuento | 0.6
# third pass
agenda woke | 0.5
lo woke | 0.5
cultura woke | 0.5
qué ridículo
qué ridícula
es ridículo | 0.8
es ridícula | 0.8
lo ridículo | 0.6
qué vergüenza de | 0.5

[value sustainability]
sostenib*
sustentab*
ecológico | 0.8
ecológica | 0.8
ecologista
medio ambiente
medioambiente
medioambiental
cambio climático
crisis climática
emergencia climática
justicia climática
acción climática
huella de carbono
huella ecológica
emisiones | 0.6
descarboniz*
neutro en carbono
cero residuos
residuo cero
basura cero
zero waste
#zerowaste
#residuocero
#basuracero
#cerodesperdicio
#sostenibilidad
#sostenible
#ecofriendly
#medioambiente
#crisisclimatica
#fridaysforfuture
#plasticfree
#sinplastico
#sinplásticos
#reciclaje
#upcycling
#segundamano
#consumoresponsable
#modasostenible
#slowfashion
#modalenta
#km0
#compost
#limpiezadeplaya
#vidasostenible
moda sostenible
moda lenta
slow fashion
moda circular
economía circular
consumo responsable
consumo consciente
compra consciente
recicl*
reutiliz*
reparar | 0.8
reparación | 0.7
lo reparé
remendar
remendado
remiendo*
zurcir
zurcido
parche | 0.4
derecho a reparar
repair café
resuelar
cambiar la suela
alargar la vida
obsolescencia programada | 0.6
segunda mano | 0.8
de segunda mano | 0.8
segunda vida
ropa usada | 0.7
mercadillo | 0.5
rastro | 0.3
trueque | 0.7
intercambio de ropa
vintage | 0.5
upcycling
suprarreciclaje
reciclaje creativo
compost
compostaje
vermicompost*
a granel | 0.8
tarros de cristal | 0.6
frascos de vidrio | 0.6
recargabl* | 0.4
retornable* | 0.7
libre de plástico
bolsa de tela | 0.7
cantimplora | 0.5
cepillo de bambú | 0.7
paneles solares | 0.8
placas solares | 0.8
energía solar | 0.8
energía renovable
energías renovables
renovabl* | 0.5
energía eólica | 0.7
autoconsumo | 0.6
coche eléctrico | 0.5
bici al trabajo | 0.8
en bici al trabajo | 0.8
transporte público | 0.7
en tren | 0.5
tren y no avión
tren nocturno | 0.6
huerto urbano | 0.8
huerto | 0.5
de temporada | 0.5
producto local | 0.6
productos locales | 0.6
productores locales | 0.6
kilómetro cero
km 0 | 0.7
plantar árboles
reforestación
reforestar
limpieza de playa
recogida de basura | 0.7
biodiversidad | 0.8
proteger el planeta
cuidar el planeta
salvar el planeta | 0.7
contaminación | 0.4
biodegradable | 0.8
compostable | 0.8
orgánic* | 0.4
agricultura ecológica | 0.8
desperdicio alimentario
aprovechar las sobras | 0.7
sobras* | 0.4
cocina de aprovechamiento
ahorro energético | 0.7
eficiencia energética | 0.6
ahorrar agua | 0.7
compartir coche | 0.6
activismo climático
huelga por el clima
ecoansiedad | 0.6
ecofriendly
# second pass: brand-statement language, product and compound words
diseñado para durar | 0.6
pensado para durar | 0.6
fabricado para durar | 0.6
hecho para durar | 0.6
durabilidad | 0.6
diseñado para repararse | 0.9
fácil de reparar | 0.9
pensado para repararse | 0.9
hecho para repararse | 0.9
construido para durar | 0.6
estación de rellenado | 0.9
servicio de reparación | 0.8
piezas de recambio | 0.7
piezas de repuesto | 0.7
recambios | 0.5
reacondicionado | 0.8
neutral en carbono
carbono neutral | 0.9
cero emisiones
bajas emisiones | 0.8
compensar emisiones | 0.6
impacto ambiental | 0.7
bajo impacto | 0.7
menor impacto | 0.6
huella ambiental
huella hídrica | 0.8
reducir residuos
sin plástico | 0.8
granel | 0.7
envase rellenable | 0.8
botella rellenable | 0.7
punto de rellenado | 0.8
estación de recarga | 0.5
formato recarga | 0.7
productos de proximidad | 0.7
de proximidad | 0.5
agricultura regenerativa
ganadería regenerativa
ecodiseño
circularidad
energía verde | 0.8
energía limpia | 0.8
madera certificada | 0.7
fsc | 0.6
gots | 0.5
b corp | 0.6
proteger la naturaleza
respeto por la naturaleza | 0.8
generaciones futuras | 0.8
futuras generaciones | 0.8
planeta | 0.4
alquiler de ropa | 0.7
programa de recompra | 0.7
plástico recuperado | 0.8
embalaje mínimo | 0.6
tintes naturales | 0.6
algodón orgánico | 0.7
fibras naturales | 0.5
champú sólido | 0.8
jabón sólido | 0.6
pañales de tela | 0.8
compresas de tela | 0.8
copa menstrual | 0.8
cero kilómetros | 0.8
# third pass: scenes and deeds (concrete things a post describing the value contains)
en vez de comprar | 0.6
en lugar de comprar | 0.6
arreglar en vez de comprar
arreglar la ropa | 0.8
arreglo de ropa | 0.6
cambiar la cremallera | 0.7
coser un botón | 0.5
llevo mis tarros | 0.8
llevo mis bolsas | 0.7
mis propios envases | 0.8
sin generar residuos | 0.9
en vez de coger el avión | 0.9
en vez del avión | 0.9
sin coger aviones | 0.8
dejar de volar | 0.8
sin volar | 0.6
kilos de plástico | 0.7
kilos de basura | 0.7
recogimos plástico | 0.8
recogimos basura | 0.8
basura en la playa | 0.7
limpiamos la playa | 0.9
limpiamos el río | 0.9
limpieza del río | 0.8
limpiamos el monte | 0.8
limpieza del monte | 0.8
limpieza del parque | 0.6
recoger colillas | 0.8
plogging | 0.9
repoblación forestal | 0.8
plantar encinas | 0.9
plantar robles | 0.9
plantamos árboles
nada se tira | 0.8
no se tira nada | 0.8
no tirar comida | 0.8
agua de lluvia | 0.5
recoger agua de lluvia | 0.8
apagar la calefacción | 0.6
bajar la calefacción | 0.6
ahorrar energía | 0.8
duchas cortas | 0.6
sin comprar ropa | 0.9
no compro ropa nueva | 0.8
año sin comprar | 0.8
ropa de segunda mano | 0.9
mercadillo de intercambio | 0.8
hotel de insectos | 0.7
voy al trabajo en bici | 0.8
vamos en bici al cole | 0.8
pajitas de metal | 0.6
cocinar las sobras | 0.6
aerotermia | 0.8
bomba de calor | 0.6
dejar el coche | 0.6
cambiar el coche por la bici | 0.9
coche por la bici | 0.7

[value honesty]
honestidad
honesto
honesta
sinceridad
sincero
sincera
transparencia
transparente | 0.8
con transparencia
seré honesta
seré honesto
voy a ser sincera
voy a ser sincero
siendo sincera
siendo sincero
para ser honesta
para ser honesto
sin filtro | 0.5
sin filtros | 0.5
#sinfiltros
#sinfiltro
#realidad | 0.4
#honestidad
#transparencia
opinión sincera
opinión honesta
reseña honesta
review honesta
review sincera
mi opinión real
opinión real
pros y contras | 0.7
no me gustó | 0.6
no lo recomiendo | 0.7
no me convenció | 0.6
decepcionante | 0.5
me equivoqué
me he equivocado
me equivoco | 0.6
fue mi error | 0.6
admito
lo admito
reconozco | 0.6
pido perdón | 0.7
pedir disculpas | 0.6
mis disculpas | 0.7
disculpas | 0.5
rectificar | 0.7
rectifico
fe de erratas
corrección | 0.3
aclaración | 0.5
aclaro | 0.5
para que quede claro | 0.6
compré con mi dinero
os cuento la verdad
realidad vs instagram
expectativa vs realidad
expectativas vs realidad
instagram vs realidad
detrás de cámaras | 0.5
detrás de las cámaras | 0.5
behind the scenes | 0.5
cómo se fabrica | 0.4
origen de los materiales
cadena de suministro | 0.6
trazabilidad | 0.8
ingredientes reales | 0.5
sin retoques | 0.7
sin editar | 0.7
sin photoshop | 0.7
foto sin editar
#sinretoques
#sinphotoshop
#sineditar
cara lavada | 0.4
piel real | 0.6
cuerpo real | 0.5
realista | 0.5
honestamente | 0.7
sinceramente | 0.6
a decir verdad | 0.6
confieso | 0.6
confesión | 0.5
tengo que confesar | 0.6
mostrar la realidad | 0.7
la cruda realidad | 0.6
hablemos claro | 0.7
hablar claro | 0.7
decir las cosas claras | 0.7
coherencia | 0.6
coherente | 0.5
integridad*
ética | 0.5
rendir cuentas | 0.7
cumplir mi palabra | 0.7
di mi palabra | 0.6
promesa cumplida | 0.6
fact check | 0.6
verificado | 0.4
contrastar | 0.5
desmentir | 0.6
bulo | 0.5
bulos | 0.5
desinformación | 0.5
fuentes | 0.3
citar fuentes | 0.6
vulnerabilidad | 0.5
mostrarme vulnerable | 0.6
lo que nadie cuenta | 0.6
sin postureo | 0.7
con mi dinero | 0.6
pagado por mí | 0.7
lo pagué yo | 0.7
mi error | 0.6
cómo se hace | 0.2
de dónde viene | 0.4
cómo está hecho | 0.5
# second pass: brand-statement language, product and compound words
desglose de precios | 0.9
desglose de costes | 0.9
coste real | 0.7
coste de producción | 0.6
sin letra pequeña | 0.9
sin trampa ni cartón | 0.8
sin trucos | 0.6
sin engaños | 0.8
sin mentiras | 0.8
contar la verdad | 0.8
nada que ocultar | 0.8
no ocultamos nada | 0.8
sin ocultar nada | 0.8
mostrar el proceso | 0.6
proceso de fabricación | 0.5
nuestras fábricas | 0.5
lista de proveedores | 0.8
nuestros proveedores | 0.5
auditoría independiente | 0.9
auditoría | 0.5
certificación independiente | 0.7
etiquetado claro | 0.8
información clara | 0.6
lenguaje claro | 0.6
lista completa de ingredientes | 0.7
origen de los ingredientes | 0.7
trazable | 0.8
rendición de cuentas | 0.8
admitir errores | 0.8
reconocer errores | 0.8
aprender de los errores | 0.6
nos equivocamos | 0.7
sin ingredientes ocultos | 0.8
sin costes ocultos | 0.8
sin comisiones ocultas | 0.7
claridad | 0.5
veraz | 0.8
veracidad | 0.8
reseñas verificadas | 0.6
informe de impacto | 0.7
fotos reales | 0.6
resultados reales | 0.5
# third pass: scenes and deeds (concrete things a post describing the value contains)
me lo regalaron pero | 0.5
me la regalaron pero | 0.5
me lo enviaron pero | 0.6
aunque me lo regalaron | 0.6
aunque sea publi | 0.8
es publi | 0.6
esto es publi | 0.7
esto es publicidad | 0.7
aviso que es publi | 0.9
la opinión es mía | 0.8
opinión 100% mía | 0.8
lo bueno y lo malo | 0.8
lo malo también | 0.6
os cuento lo malo | 0.8
puntos negativos | 0.6
no cumple lo que promete | 0.8
no me funcionó | 0.5
me dio alergia | 0.3
números reales | 0.8
cifras reales | 0.7
cuánto gané | 0.6
cuánto gano | 0.6
cuánto cobro | 0.6
mis ingresos reales | 0.8
os enseño mis ingresos | 0.8
tenía filtro | 0.6
llevaba filtro | 0.6
sin maquillaje | 0.5
error mío | 0.8
la cagué | 0.5
metí la pata | 0.6
los errores que cometí | 0.9
cometí un error | 0.9
mis errores | 0.6
lo que hice mal | 0.7
mi fracaso | 0.5
fracasé | 0.4
era una pose | 0.7
os mentí | 0.8
os he mentido | 0.8
retiro lo dicho | 0.8
me retracto | 0.8
autocrítica | 0.6
dar la cara | 0.6
os debo una disculpa | 0.9
perdón por el retraso | 0.4
devolví el cambio | 0.8
cambio de más | 0.5
devolví la cartera | 0.9
devolví el dinero | 0.7
que no os engañen | 0.8
leer la letra pequeña | 0.5
en la vida real | 0.5
sin trucos de cámara | 0.9
el proceso real | 0.6
fuentes en los comentarios | 0.6
sin rodeos | 0.6
me han pagado por | 0.6
la marca me paga | 0.5
no es oro todo lo que reluce | 0.4
perdí dinero | 0.5

[value community]
comunidad*
comunitari*
vecinos | 0.8
vecinas | 0.8
vecino | 0.5
vecina | 0.5
vecindario | 0.7
el barrio | 0.6
mi barrio | 0.7
nuestro barrio | 0.8
del barrio | 0.6
nuestra calle | 0.3
asociación de vecinos
asociación vecinal
fiesta del barrio
fiestas del barrio
fiesta de barrio
voluntarios | 0.8
voluntarias | 0.8
voluntariado | 0.8
voluntario | 0.7
voluntaria | 0.7
quedada* | 0.7
quedadas* | 0.7
meetup
encuentro* | 0.2
juntos | 0.4
juntas | 0.4
todos juntos | 0.6
todos unidos | 0.6
club | 0.3
asociación | 0.4
colectivo | 0.3
cooperativa | 0.6
huerto comunitario
huerto vecinal
banco de tiempo
grupo local | 0.7
grupo de running | 0.6
grupo de lectura | 0.7
club de lectura | 0.7
club de corredores | 0.6
whatsapp del barrio
comida compartida | 0.8
cada uno trae algo
comida popular | 0.7
paella popular | 0.7
verbena | 0.6
fiestas patronales | 0.5
minga | 0.7
kermés | 0.6
kermesse | 0.6
bazar solidario | 0.6
mercadillo solidario | 0.7
recogida solidaria | 0.7
apoyo mutuo
ayuda mutua
red de apoyo | 0.8
tejido social
sentido de pertenencia
pertenencia | 0.7
comercio local | 0.8
comercio de barrio
tiendas de barrio
tienda del barrio | 0.6
compra en el barrio
#comerciolocal
#compralocal
#comunidad
#barrio | 0.5
#voluntariado
#juntossomosmas
#juntosmejor
juntos somos más
apoya lo local
apoyar lo local
consume local | 0.7
pequeños negocios | 0.6
emprendedores locales | 0.6
nos juntamos | 0.6
nos reunimos | 0.5
reunión de vecinos
asamblea | 0.6
asamblea vecinal
organizamos | 0.3
participantes | 0.4
convivencia | 0.6
integración | 0.4
familia del club | 0.6
nuestro pueblo | 0.3
el pueblo entero | 0.6
limpieza del barrio
pintar el mural | 0.5
mural colectivo | 0.7
biblioteca del barrio | 0.6
centro cívico | 0.7
centro social | 0.6
casal | 0.5
ateneo | 0.5
parroquia | 0.3
scouts | 0.5
campamento de verano | 0.3
equipo del barrio | 0.6
hinchada | 0.4
tribu | 0.5
mi tribu | 0.6
nuestra comunidad | 0.9
esta comunidad | 0.8
la comunidad | 0.7
gracias comunidad | 0.8
en comunidad
colaborar | 0.4
cooperar | 0.5
compartir | 0.3
solidaridad vecinal
redes vecinales | 0.8
intercambio | 0.3
todos invitados | 0.6
estáis todos invitados | 0.6
entrada libre | 0.4
entre todos | 0.5
entre todas | 0.5
mi gente | 0.3
los que vinieron | 0.4
os esperamos | 0.3
# second pass: brand-statement language, product and compound words
juntar a la gente | 0.9
unir a la gente | 0.9
reunir a personas | 0.8
espacio de encuentro | 0.8
punto de encuentro | 0.7
lugar de encuentro | 0.7
sentirse parte | 0.8
hacer barrio | 0.9
vida de barrio | 0.8
barrio | 0.4
economía local | 0.7
vecinal | 0.8
tejer redes | 0.8
trabajo en red | 0.6
proyecto colaborativo | 0.8
iniciativa local | 0.7
asociaciones locales | 0.7
entidades locales | 0.6
clubes locales | 0.6
artistas locales | 0.5
puertas abiertas | 0.5
compartir mesa | 0.7
mesa compartida | 0.8
huerto compartido | 0.8
espacio compartido | 0.6
convivir | 0.6
cohesión social | 0.9
participación ciudadana | 0.9
presupuestos participativos
pequeño comercio | 0.8
economía social | 0.8
gran familia | 0.5
hermandad | 0.6
peña | 0.4
fraternidad | 0.6
unir fuerzas | 0.7
# third pass: scenes and deeds (concrete things a post describing the value contains)
entre vecinos | 0.8
vecinos mayores | 0.7
nuevos vecinos | 0.6
bienvenida a los nuevos vecinos | 0.9
vecinos de toda la vida | 0.7
gente del barrio | 0.7
la gente del pueblo | 0.6
todo el barrio | 0.7
el barrio entero | 0.8
el barrio se volcó | 0.9
todo el pueblo se volcó | 0.9
los del pueblo | 0.5
cena vecinal | 0.9
comida vecinal | 0.9
fiesta vecinal | 0.9
cena en la plaza | 0.6
comida en la plaza | 0.6
cada familia trajo | 0.8
cada vecino trajo | 0.8
cada uno trajo | 0.8
whatsapp de la escalera | 0.9
whatsapp del edificio | 0.8
whatsapp de vecinos | 0.9
chat de vecinos | 0.9
grupo de vecinos | 0.8
junta de vecinos | 0.9
junta vecinal | 0.9
biblioteca de cosas | 0.9
préstamo de herramientas | 0.8
banco de herramientas | 0.8
nevera solidaria | 0.9
frigorífico solidario | 0.9
olla común | 0.9
ollas comunes | 0.9
comedor popular | 0.8
limpiamos el parque | 0.7
jornada de limpieza | 0.6
comisión de fiestas | 0.9
pasacalles | 0.7
chocolatad* | 0.8
sardinad* | 0.7
paellad* | 0.7
fiestas del pueblo | 0.5
mercado de intercambio | 0.8
intercambio de juguetes | 0.8
ampa | 0.6
peña ciclista | 0.7
club ciclista | 0.6
grupeta | 0.6
coro del barrio | 0.8
hicimos piña | 0.8
hacer piña | 0.8
arrimar el hombro | 0.7
hombro con hombro | 0.6
cuidamos unos de otros | 0.8
nos conocemos todos | 0.6
auzolan | 0.9
tequio | 0.9
faena comunitaria
recogida de firmas | 0.5
sindicato de inquilinas | 0.7
intergeneracional | 0.6
nuestra asociación | 0.7
la asociación del barrio | 0.9
tienda de la esquina | 0.4
panadería del barrio | 0.6
bar del pueblo | 0.4
plaza del pueblo | 0.4
entre todos lo hicimos | 0.9
gracias a todos los que vinieron | 0.7
cada uno baja algo | 0.8
cada uno lleva algo | 0.8

[value kindness]
amabilidad
amable | 0.7
bondad
bondadoso
empatía*
empátic*
compasión
compasiv*
generosidad*
generoso* | 0.8
generosa* | 0.8
solidaridad
solidario | 0.8
solidaria | 0.8
altruismo
altruista
desinteresado | 0.7
desinteresadamente | 0.8
ayuda desinteresada
ayudar | 0.4
ayudé | 0.4
ayudamos | 0.4
echar una mano | 0.8
echarle una mano | 0.8
te escucho | 0.8
escuchar | 0.4
me escuchó | 0.6
escucha activa | 0.8
gracias por escuchar | 0.6
pide ayuda | 0.8
pedir ayuda | 0.7
gracias | 0.2
agradecida | 0.5
agradecido | 0.5
agradecimiento | 0.5
donar* | 0.8
donaci* | 0.8
donativ* | 0.8
donamos* | 0.8
banco de alimentos
comedor social
personas sin hogar | 0.7
situación de calle | 0.7
#sinhogar | 0.7
soledad | 0.4
soledad no deseada
acompañar | 0.5
acompañamiento | 0.5
salud mental | 0.7
#saludmental | 0.7
ansiedad | 0.3
depresión | 0.3
apoyo emocional
cuidar de los demás
pensar en los demás
cuidados* | 0.4
abrazo | 0.3
abrazos | 0.3
un abrazo fuerte | 0.5
cariño | 0.4
ternura | 0.5
buena acción
buenas acciones
acto de bondad
actos de bondad
gesto bonito | 0.6
gestos bonitos | 0.6
alegrar el día | 0.6
me alegró el día | 0.6
café pendiente
nuestros mayores | 0.6
residencia de ancianos | 0.5
visitar a los abuelos | 0.4
campaña solidaria
carrera solidaria | 0.8
recaudar fondos
recaudación | 0.6
recaudamos | 0.8
recogida de juguetes
recogida de alimentos
ayuda humanitaria | 0.8
cruz roja | 0.6
ong | 0.5
donar sangre
donante de sangre
donantes | 0.6
donación de sangre
donante de médula
respeto | 0.4
paciencia | 0.3
comprensión | 0.5
perdonar | 0.5
prójimo | 0.7
amor al prójimo
bullying | 0.4
acoso escolar | 0.4
ciberacoso | 0.4
#stopbullying | 0.6
#bondad
#solidaridad
#empatia
#amabilidad
#sebueno
sé amable
sed amables
seamos amables
palabras bonitas | 0.5
mensajes bonitos | 0.5
mucho ánimo | 0.4
te mando fuerza | 0.7
os mando fuerza | 0.7
prevención del suicidio | 0.8
teléfono de la esperanza
línea de ayuda | 0.7
consolarl* | 0.7
consolar a | 0.7
consuelo | 0.4
sonrisa | 0.2
desconocido | 0.3
regalar | 0.3
quien lo necesita | 0.6
voluntariado | 0.5
estoy aquí para ti
aquí para ti | 0.8
hacer el bien
hoy por ti
cuenta conmigo | 0.8
mucha fuerza | 0.4
quien lo necesite | 0.6
quienes más lo necesitan | 0.8
# second pass: brand-statement language, product and compound words
cuidar de las personas | 0.7
con cariño | 0.5
trato cercano | 0.5
trato humano | 0.7
calidez | 0.5
empatizar | 0.9
ayudar a los demás | 0.9
causas sociales | 0.7
acción social | 0.7
impacto social | 0.6
beneficios se destinan | 0.7
parte de los beneficios | 0.6
organizaciones benéficas | 0.8
benéfico | 0.8
voluntariado corporativo | 0.8
apoyo psicológico | 0.7
no estás solo | 0.8
no estás sola | 0.8
respeto mutuo | 0.6
buen trato | 0.7
gentileza | 0.8
sin esperar nada a cambio | 0.9
mano amiga | 0.8
tender la mano | 0.9
impacto positivo | 0.6
personas vulnerables | 0.7
colectivos vulnerables | 0.7
familias vulnerables | 0.7
en riesgo de exclusión | 0.8
# third pass: scenes and deeds (concrete things a post describing the value contains)
ayudar a un desconocido
ayudé a una señora | 0.8
ayudé a un señor | 0.8
ayudé a una anciana | 0.9
ayudar a cruzar | 0.6
la acompañé hasta | 0.7
lo acompañé hasta | 0.7
le ayudé con las bolsas | 0.9
le llevé las bolsas | 0.8
señora mayor | 0.4
un desconocido me ayudó | 0.9
una desconocida me ayudó | 0.9
no quiso aceptar nada | 0.8
sin pedir nada a cambio | 0.9
nada a cambio | 0.6
pagué el café | 0.4
le pagué la compra | 0.7
café para el de detrás | 0.8
le paseo el perro a mi vecina | 0.9
riego las plantas de mi vecina | 0.8
le hago la compra | 0.8
compra a mi vecina | 0.7
compra a mi vecino | 0.7
nota de ánimo | 0.8
mensaje de ánimo | 0.8
mensajes de ánimo | 0.8
palabras de ánimo | 0.8
llevamos mantas | 0.5
recogida de mantas | 0.8
caldo caliente | 0.4
repartimos bocadillos | 0.8
duermen en la calle | 0.8
duerme en la calle | 0.8
sin techo | 0.7
indigentes | 0.6
escríbeme por privado | 0.6
mis mensajes están abiertos | 0.6
si necesitas hablar | 0.8
si necesitas desahogarte | 0.9
te leo sin juzgar | 0.9
sin juzgar | 0.7
escuchar sin juzgar | 0.9
le llevé comida | 0.6
le cociné | 0.4
para que no tenga que preocuparse | 0.6
personas mayores que viven solas | 0.9
mayores que viven solos | 0.9
cartas para mayores | 0.8
cartas a los abuelos de la residencia | 0.9
visito a los mayores | 0.8
residencia de mayores | 0.5
le presté mi abrigo | 0.8
le di mi abrigo | 0.8
le di mi chaqueta | 0.8
cedí mi asiento | 0.9
le cedí el sitio | 0.7
pregunté si estaba bien | 0.7
le pregunté cómo estaba | 0.7
devolví la cartera | 0.6
ayudar a una familia | 0.7
doné sangre
doné el pelo | 0.9
doné ropa | 0.8
doné mis juguetes | 0.8
pequeño gesto | 0.6
pequeños gestos | 0.6
un gesto amable | 0.8
buen samaritano | 0.9
buena samaritana | 0.9
voluntariado en cáritas | 0.8
refugiad* | 0.5
refugio para personas sin hogar
acoger refugiados | 0.7
hacerle la vida más fácil | 0.6
le hice compañía | 0.8
hacer compañía | 0.7
cuidé de su bebé | 0.6
cuidé de sus hijos | 0.6
llamé a una ambulancia | 0.6
no le dejé solo | 0.7
no la dejé sola | 0.7
me senté a su lado | 0.5
hasta que se calmó | 0.5
vive sola | 0.4
vive solo | 0.4

[value inclusivity]
inclusión
inclusivo*
diversidad
diverso | 0.6
diversa | 0.6
accesibilidad
accesible* | 0.7
igualdad | 0.7
equidad | 0.6
todos los cuerpos | 0.6
todas las tallas | 0.4
todas las edades | 0.5
todos los géneros | 0.5
todes* | 0.8
todxs | 0.8
aquí cabemos todos
cabemos todos
diversidad corporal
positividad corporal
body positive
bodypositive
#bodypositive
#bodypositivity
#diversidadcorporal
#todosloscuerpos
#inclusion
#inclusión
#diversidad
#accesibilidad
#igualdad
#orgullo
#pride
#lgtbi
#lgbtq
#lgbt
lgtbi | 0.8
lgtb | 0.8
lgbtq | 0.8
lgbt | 0.8
lgbtiq | 0.8
orgullo | 0.3
queer* | 0.7
trans | 0.5
personas trans
no binario | 0.7
no binarie | 0.7
pronombres | 0.6
identidad de género | 0.6
diversidad sexual | 0.8
tallas grandes | 0.6
talla grande | 0.6
curvy | 0.5
plus size | 0.5
gordofobia | 0.6
capacitis* | 0.7
edadismo* | 0.7
racismo | 0.5
antirracista
antirracismo
xenofobia | 0.5
discapacidad | 0.7
personas con discapacidad
diversidad funcional
silla de ruedas | 0.6
rampa | 0.4
lengua de signos | 0.8
lenguaje de señas | 0.8
subtítulos | 0.5
subtitulado | 0.5
audiodescripción | 0.8
lectura fácil | 0.7
braille | 0.7
autismo | 0.6
autista | 0.5
neurodivergente | 0.8
neurodiversidad | 0.8
tdah | 0.5
síndrome de down | 0.6
sordo | 0.4
sorda | 0.4
ciego | 0.3
ciega | 0.3
personas mayores | 0.5
mayores de 60 | 0.5
a cualquier edad | 0.7
sin importar la edad
sin importar tu cuerpo
vengas de donde vengas | 0.8
seas quien seas | 0.8
migrantes | 0.5
inmigrantes | 0.5
personas migrantes | 0.6
multicultural | 0.8
interculturalidad | 0.8
intercultural | 0.7
mestizaje | 0.6
pueblos indígenas | 0.5
feminismo | 0.5
feminista | 0.5
representación | 0.4
representatividad | 0.7
visibilidad | 0.4
visibilizar | 0.6
espacio seguro | 0.8
lugar seguro | 0.5
bienvenida | 0.3
acogida | 0.5
respeto a la diversidad
sin etiquetas | 0.5
sin prejuicios | 0.6
derribar estereotipos
romper estereotipos
estereotipos | 0.4
adaptado | 0.3
adaptada | 0.3
deporte adaptado
baño accesible | 0.8
acceso para sillas
familias diversas
familia diversa
dos mamás | 0.6
dos papás | 0.6
unisex | 0.4
sin género | 0.5
moda inclusiva
moda adaptativa
todos bienvenidos | 0.3
de dónde vengas | 0.6
tal como eres | 0.5
inclusiva*
# second pass: brand-statement language, product and compound words
cada cuerpo | 0.8
cualquier cuerpo | 0.8
todo tipo de cuerpos | 0.6
cuerpos reales | 0.7
amplia gama de tallas | 0.7
todas las personas | 0.5
para todos | 0.3
para todo el mundo | 0.4
sin importar su origen
sin importar de dónde vengas
de cualquier origen | 0.9
cualquier género | 0.8
cualquier capacidad | 0.8
todas las capacidades | 0.7
diferentes capacidades | 0.8
capacidades diferentes | 0.8
todas las culturas | 0.6
diversidad cultural | 0.9
todas las identidades | 0.7
todas las familias | 0.6
todo tipo de familias | 0.8
familias monoparentales | 0.6
nadie se queda atrás | 0.9
nadie se queda fuera | 0.9
no dejar a nadie atrás | 0.9
sin dejar a nadie atrás | 0.9
sin excluir a nadie | 0.9
sin discriminación | 0.9
no discriminación | 0.8
igualdad de oportunidades | 0.6
mujeres en tecnología
mujeres en la ciencia
niñas en tecnología
mujeres y niñas | 0.6
mujeres en stem
#mujeresenstem
brecha de género | 0.6
perspectiva de género | 0.6
sin barreras | 0.9
libre de barreras
eliminar barreras
barreras arquitectónicas | 0.8
diseño universal | 0.8
diseño para todos | 0.8
movilidad reducida | 0.8
pictogramas | 0.7
bucle magnético | 0.8
hora silenciosa | 0.6
en riesgo de exclusión | 0.6
inserción laboral | 0.6
pluralidad | 0.6
# third pass: scenes and deeds (concrete things a post describing the value contains)
intérprete de lengua de signos
intérprete de signos | 0.9
intérprete de lsm | 0.9
lengua de señas | 0.9
aprender a signar | 0.9
sordera | 0.5
personas sordas | 0.8
comunidad sorda | 0.9
sordociego* | 0.7
implante coclear | 0.5
personas ciegas | 0.8
baja visión | 0.6
bastón blanco | 0.6
perro guía | 0.5
vídeos subtitulados | 0.8
con subtítulos | 0.6
subtítulos para personas sordas
texto alternativo | 0.8
alt text | 0.7
sin escalones | 0.8
acceso sin escalones | 0.9
ascensor adaptado | 0.7
baño adaptado | 0.8
baños adaptados | 0.8
aseo adaptado | 0.8
rampa de acceso | 0.8
pusimos una rampa | 0.8
usuaria de silla de ruedas | 0.8
usuario de silla de ruedas | 0.8
baloncesto en silla de ruedas | 0.9
zona de calma | 0.8
sala de calma | 0.7
hora tranquila | 0.7
hora sin ruido | 0.8
horario silencioso | 0.7
sobrecarga sensorial | 0.6
amigable con el autismo | 0.9
niños autistas | 0.8
personas autistas | 0.8
espectro autista | 0.7
niños con tea | 0.7
discapacidad intelectual | 0.8
parálisis cerebral | 0.5
paralímpico* | 0.6
atleta paralímpica | 0.8
ven como seas | 0.8
ven como eres | 0.7
sin importar la talla | 0.9
hasta la talla 60 | 0.6
tallaje amplio | 0.7
ropa adaptada | 0.8
sin límite de edad | 0.8
de 8 a 80 años | 0.6
de 0 a 99 años | 0.6
personas recién llegadas | 0.8
español para migrantes | 0.9
español para extranjeros | 0.6
castellano para migrantes | 0.9
clases de español gratuitas | 0.6
familias refugiadas | 0.8
personas refugiadas | 0.8
refugiados bienvenidos | 0.9
refugees welcome | 0.9
refugiad* | 0.5
mujeres programadoras | 0.8
chicas programadoras | 0.8
niñas programadoras | 0.8
mujeres ingenieras | 0.7
mujeres en la ingeniería | 0.8
equipo diverso | 0.9
plantilla diversa | 0.9
de distintas culturas | 0.6
de diferentes culturas | 0.6
diferentes nacionalidades | 0.6
distintas nacionalidades | 0.6
baños neutros | 0.7
baño neutro | 0.7
baños para todos los géneros | 0.9
matrimonio igualitario | 0.8
salir del armario | 0.5
todos los cuerpos son válidos | 0.9
personas racializadas | 0.8
racializadas | 0.6
afrodescendiente* | 0.6
dislexia | 0.5
muletas | 0.3
prótesis | 0.3
menú en braille | 0.9
carta en braille | 0.9
accesible para todos | 0.9
todo el mundo es bienvenido | 0.7
sin dejar a nadie fuera | 0.9

[value wellbeing]
bienestar
saludabl* | 0.8
vida sana
vida saludable
hábitos saludables
comer sano
comida sana
alimentación saludable
alimentación equilibrada
dieta equilibrada
equilibrio | 0.5
equilibrada | 0.4
autocuidado
cuidarse* | 0.5
cuidarme* | 0.5
cuidarte* | 0.5
self care
selfcare
#selfcare
#autocuidado
#bienestar
#vidasana
#saludmental
#mindfulness
#yoga | 0.6
#descanso
salud mental
dormir bien | 0.5
dormir ocho horas
horas de sueño | 0.7
descanso | 0.6
descansar | 0.6
siesta | 0.5
rutina de sueño
higiene del sueño
me acosté temprano | 0.8
acostarme pronto | 0.8
desconectar | 0.6
desconexión digital
detox digital | 0.8
sin móvil | 0.5
menos pantallas | 0.7
meditación | 0.8
meditar | 0.8
mindfulness | 0.8
respiración | 0.6
respirar | 0.4
yoga | 0.6
pilates | 0.4
estiramientos | 0.6
estirar | 0.4
caminar | 0.5
paseo* | 0.3
pasear* | 0.4
salir a caminar
dar un paseo | 0.5
pasos diarios
10000 pasos | 0.6
movimiento | 0.4
ejercicio | 0.5
hacer ejercicio | 0.6
naturaleza | 0.3
baño de bosque
aire libre | 0.4
hidratación | 0.5
beber agua | 0.6
fruta | 0.4
verduras | 0.4
legumbres | 0.4
comida casera | 0.4
cocinar en casa | 0.4
sin azúcar | 0.4
menos azúcar
batch cooking | 0.4
terapia | 0.6
psicóloga | 0.6
psicólogo | 0.6
ir al psicólogo | 0.8
ansiedad | 0.4
estrés | 0.4
gestionar el estrés
gestión emocional | 0.8
emociones | 0.4
calma | 0.6
tranquilidad | 0.3
paz mental | 0.8
paz interior | 0.8
serenidad | 0.7
poner límites | 0.8
decir que no | 0.6
escuchar a tu cuerpo
escuchar mi cuerpo
sin culpa | 0.5
día de descanso | 0.8
ritmo propio | 0.6
sin prisas | 0.5
slow living
slow life | 0.6
#slowliving
bajar el ritmo
diario de gratitud | 0.7
gratitud | 0.5
journaling | 0.7
escribir un diario | 0.5
baño relajante | 0.5
ducha fría | 0.3
masaje | 0.4
fisioterapia | 0.5
fisio | 0.4
revisión médica | 0.5
chequeo | 0.5
salud hormonal | 0.6
ciclo menstrual | 0.5
menopausia | 0.4
nutricionista | 0.6
dietista | 0.5
relación con la comida | 0.5
comer consciente
alimentación intuitiva
comer intuitivo
sin dietas | 0.5
me siento mejor | 0.5
cuerpo y mente
mente y cuerpo
salud física | 0.7
# second pass: brand-statement language, product and compound words
por dentro y por fuera | 0.5
vida equilibrada | 0.8
salud integral | 0.8
bienestar integral
holístico | 0.6
mente sana | 0.8
cuerpo sano | 0.7
nutritivo | 0.6
sin aditivos | 0.6
sin conservantes | 0.5
sin azúcares añadidos | 0.6
dormir mejor | 0.7
sueño reparador | 0.8
calidad del sueño | 0.7
reducir el estrés | 0.8
menos estrés | 0.6
gestionar la ansiedad | 0.7
bienestar emocional | 0.9
salud emocional | 0.8
equilibrio emocional | 0.8
autoestima | 0.6
amor propio | 0.6
cuidado personal | 0.6
vida activa | 0.7
envejecimiento activo | 0.7
longevidad | 0.6
salud preventiva | 0.7
relajación | 0.6
bienestar digital | 0.8
vivir mejor | 0.5
sentirse bien | 0.5
comida real | 0.6
realfooding | 0.8
#realfooding | 0.8
sin ultraprocesados | 0.8
dieta mediterránea | 0.7
actividad física | 0.7
# third pass: scenes and deeds (concrete things a post describing the value contains)
me acosté pronto | 0.8
dormí ocho horas | 0.8
dormí nueve horas | 0.8
dormí del tirón | 0.8
duermo mejor | 0.7
duermo bien | 0.5
paseo por el monte | 0.6
caminata | 0.4
la cabeza me lo agradece | 0.6
el cuerpo me lo agradece | 0.7
mi cuerpo me lo agradece | 0.7
hoy toca descanso | 0.8
día libre | 0.3
me tomé el día libre | 0.6
apagué las notificaciones | 0.8
silenciar las notificaciones | 0.8
desactivar las notificaciones | 0.8
modo avión | 0.4
sin mirar el móvil | 0.7
sin pantallas | 0.7
comer sin prisas | 0.8
comer con calma | 0.8
sin presión | 0.4
pausas activas | 0.8
hacer una pausa | 0.5
tomarme un respiro | 0.7
infusión | 0.3
leer antes de dormir | 0.6
rutina nocturna | 0.5
rutina de noche | 0.5
cuidar mi salud | 0.8
priorizar mi salud | 0.9
priorizar el descanso | 0.9
mi salud primero | 0.8
dejé de fumar | 0.9
dejar de fumar | 0.9
dejar el alcohol | 0.8
un mes sin alcohol | 0.8
sin alcohol | 0.4
dry january | 0.6
me tomé un día de salud mental | 0.9
día de salud mental | 0.9
me siento más ligera | 0.4
me siento con más energía | 0.6
ir a terapia | 0.8
empecé terapia | 0.8
dejé el café | 0.4
nadar por gusto | 0.6
sin obsesionarme | 0.6
duermo como un bebé | 0.7
natación | 0.3

[value family]
familia | 0.7
familiar | 0.5
en familia
mi familia
nuestra familia
tiempo en familia
plan en familia
planes en familia
planazo en familia
comida familiar
comida en familia
cena familiar
cena en familia
reunión familiar
mamá | 0.3
mi mamá | 0.7
ser mamá | 0.8
soy mamá | 0.8
mami | 0.5
papá | 0.3
mi papá | 0.7
ser papá | 0.8
soy papá | 0.8
papi | 0.4
madre* | 0.3
padre | 0.3
mis padres | 0.6
mi madre | 0.5
mi padre | 0.5
abuela | 0.4
abuelo | 0.4
abuelos | 0.4
abuelita | 0.5
abuelito | 0.5
yaya | 0.4
yayo | 0.4
nieto | 0.6
nieta | 0.6
nietos | 0.6
hijo | 0.5
hija | 0.5
hijos | 0.6
mi hijo | 0.9
mi hija | 0.9
mis hijos | 0.9
mis hijas | 0.9
los niños | 0.6
las niñas | 0.6
los peques | 0.8
peques | 0.7
peque | 0.7
mi peque | 0.9
chiquitines | 0.7
el bebé* | 0.5
mi bebé* | 0.8
recién nacido | 0.8
hermano | 0.4
hermana | 0.4
hermanos | 0.4
mi hermano | 0.5
mi hermana | 0.5
primos* | 0.4
tíos | 0.3
tía | 0.2
mi tía | 0.6
mi tío | 0.6
sobrino | 0.5
sobrina | 0.5
suegra | 0.4
suegro | 0.4
suegros | 0.4
mi marido | 0.7
mi esposa | 0.7
mi esposo | 0.7
mi pareja | 0.5
crianza | 0.8
criar | 0.7
crianza respetuosa
maternidad | 0.8
paternidad | 0.8
conciliación | 0.6
conciliar | 0.4
embarazo | 0.7
embarazad* | 0.7
lactancia | 0.6
hora del baño | 0.5
hora de dormir | 0.6
cuento antes de dormir
cuento para dormir | 0.7
deberes | 0.4
los deberes | 0.6
tareas del cole | 0.6
el cole | 0.6
recoger a los niños | 0.8
salida del cole | 0.7
comida del domingo
domingo en familia
comida de los domingos
sobremesa | 0.5
casa de la abuela | 0.6
casa de mis padres | 0.6
casa de los abuelos | 0.6
casa del pueblo | 0.5
cumpleaños de | 0.4
bautizo | 0.6
comunión | 0.5
primera comunión | 0.6
aniversario | 0.4
bodas de oro | 0.8
cuatro generaciones | 0.9
tres generaciones | 0.9
hogar | 0.3
juntos en casa | 0.6
tiempo de calidad | 0.6
vacaciones en familia
viaje en familia
familia numerosa
#familia
#enfamilia
#maternidad
#paternidad
#crianza
#mamá
#mama | 0.5
#mamablogger
#papá
#papa | 0.3
#abuela
#familiafeliz
#tiempoenfamilia
#maternidadreal
#crianzarespetuosa
la bebé* | 0.5
del bebé* | 0.5
# second pass: brand-statement language, product and compound words
para familias | 0.6
para toda la familia | 0.8
toda la familia | 0.7
pequeños y mayores | 0.7
grandes y pequeños | 0.7
padres e hijos | 0.8
madres e hijas | 0.8
abuelos y nietos | 0.8
momentos en familia | 0.9
recuerdos en familia | 0.8
negocio familiar | 0.7
empresa familiar | 0.7
tercera generación | 0.7
los más pequeños | 0.7
los pequeños de la casa | 0.8
infancia | 0.5
niñez | 0.5
crecer juntos | 0.6
vínculo familiar | 0.8
lazos familiares | 0.8
conciliación familiar | 0.8
tiempo juntos | 0.6
planes con niños | 0.8
con niños | 0.5
niños y niñas | 0.5
mamás y papás | 0.8
familias monoparentales | 0.7
madre soltera | 0.6
# third pass: scenes and deeds (concrete things a post describing the value contains)
mis hijos y yo | 0.9
con mis hijos | 0.8
tiempo con mis hijos | 0.9
jugar con mis hijos | 0.9
jugar con los niños | 0.7
mi madre y yo | 0.8
mi padre y yo | 0.8
mi hermana y yo | 0.7
mi hermano y yo | 0.7
cabaña de mantas | 0.7
fuerte de cojines | 0.7
noche de juegos | 0.6
noche de pelis | 0.5
peli y palomitas | 0.5
tarde de juegos | 0.5
merendamos juntos | 0.7
merienda con los niños | 0.8
sin ruedines | 0.7
montar en bici sin ruedines | 0.9
primer día de cole | 0.8
primer diente | 0.8
sus primeras palabras | 0.8
primeros pasos | 0.3
cambiar pañales | 0.6
dar el pecho | 0.6
bañar a los niños | 0.7
cuento y a dormir | 0.6
mis gemelos | 0.7
mis mellizos | 0.7
mi pequeño | 0.6
mi pequeña | 0.6
reunión de primos | 0.8
visitar a la abuela | 0.6
llamar a la abuela | 0.6
comida con la familia | 0.9
toda la familia junta | 0.9
los nietos | 0.7
con los nietos | 0.8
hacer los deberes con | 0.6
llevar a los niños al cole | 0.8
madre de dos | 0.6
padre de dos | 0.6
madre de tres | 0.6
padre de tres | 0.6

[value craftsmanship]
artesanía
artesanal
artesano
artesana
artesanos
hecho a mano
hecha a mano
hechos a mano
handmade
#handmade
#hechoamano
#artesania
#artesanal
#hechoenespaña
#madeinspain | 0.6
#oficio
#slowmade
oficio | 0.7
buen oficio
maestro artesano
taller* | 0.5
calidad | 0.3
alta calidad | 0.6
de calidad | 0.6
calidad antes que cantidad
calidad sobre cantidad
duradero | 0.8
duradera | 0.8
hecho para durar
materiales nobles | 0.8
madera maciza | 0.8
cuero | 0.5
piel curtida | 0.7
curtido vegetal | 0.8
algodón orgánico | 0.5
cerámica | 0.7
ceramista
alfarería
alfarero
torno | 0.5
ebanista
ebanistería
carpintero | 0.7
carpintería | 0.7
ensamble | 0.6
cola de milano | 0.8
marquetería
tallado a mano
talla en madera
forja
herrero
forjado a mano
cuchillero
orfebre
orfebrería
joyero | 0.5
engastar | 0.7
encuadernación | 0.8
encuadernar | 0.8
zapatero | 0.6
zapatería artesanal
cosido a mano
costura | 0.5
costurera | 0.7
sastre | 0.8
sastrería | 0.8
hecho a medida
patronaje | 0.8
bordado* | 0.7
bordado a mano
bordar* | 0.7
tejer* | 0.6
tejiendo* | 0.6
tejido a mano
ganchillo | 0.6
calceta | 0.6
macramé | 0.6
vidrio soplado
soplador de vidrio
luthier
guitarrero | 0.8
restaurar* | 0.6
restaurad* | 0.6
lijar | 0.5
barniz | 0.5
acabados* | 0.6
acabado a mano
detalles | 0.3
cada detalle | 0.3
atención al detalle
precisión | 0.6
minucioso | 0.8
minuciosa | 0.8
meticuloso | 0.8
paciencia | 0.4
horas de trabajo | 0.6
horas de taller | 0.8
horas de dedicación | 0.6
técnica | 0.4
técnica tradicional | 0.6
dominar la técnica
maestría | 0.8
destreza | 0.8
aprendiz | 0.6
pieza única | 0.8
piezas únicas | 0.8
pequeño lote | 0.7
pequeñas series | 0.7
producción pequeña | 0.7
series cortas | 0.6
fabricado en | 0.4
fabricación local | 0.7
fabricación propia | 0.7
proceso artesanal
slow made
formón | 0.8
gubia | 0.8
banco de trabajo | 0.6
pan de masa madre | 0.6
masa madre | 0.5
obrador | 0.6
cerveza artesana | 0.5
queso artesano | 0.6
café de especialidad | 0.5
tostado artesanal
costuras reforzadas
remaches | 0.5
suela cosida | 0.8
cosido goodyear
pátina | 0.7
envejece bien
mejora con el tiempo
para toda la vida | 0.6
de por vida | 0.4
# second pass: brand-statement language, product and compound words
diseñado para durar | 0.8
fabricado a mano | 0.9
construido para durar | 0.8
pintado a mano | 0.9
montado a mano | 0.8
elaborado a mano | 0.9
elaboración propia | 0.7
hecho en nuestro taller | 0.9
taller propio | 0.8
artesanos locales | 0.8
saber hacer | 0.8
savoir faire | 0.8
materiales de primera calidad | 0.8
primera calidad | 0.7
máxima calidad | 0.7
calidad excepcional | 0.7
materias primas | 0.4
cada pieza | 0.6
pieza a pieza | 0.7
con mimo | 0.7
con esmero | 0.8
esmero | 0.8
cuidado por el detalle | 0.9
mimo por el detalle | 0.9
perfección | 0.5
hecho en españa | 0.6
hecho en méxico | 0.6
fabricado en españa | 0.6
garantía de por vida | 0.8
garantía vitalicia | 0.8
robusto | 0.5
lotes pequeños | 0.7
series limitadas | 0.5
con nuestras manos | 0.7
manufactura | 0.6
oficio familiar | 0.7
# third pass: scenes and deeds (concrete things a post describing the value contains)
pulir | 0.5
pulido a mano | 0.9
encolar | 0.5
ensamblaje | 0.5
sin tornillos | 0.6
nogal | 0.4
roble macizo | 0.7
madera de nogal | 0.6
aceite de linaza | 0.8
cera de abejas | 0.3
lija | 0.5
lijado | 0.5
suela nueva | 0.7
poner suela | 0.7
punto de silla | 0.9
hilo encerado | 0.9
afilar | 0.5
piedra de afilar | 0.8
piedra de agua | 0.6
tornear | 0.5
torneado | 0.5
torneado a mano | 0.9
una por una | 0.3
tallé una cuchara | 0.8
talla de cucharas | 0.9
tallar madera | 0.9
tallad* | 0.6
talland* | 0.7
cuchara de madera | 0.3
cuchillo forjado | 0.8
mi primer cuchillo | 0.6
repasé las costuras | 0.7
acabado perfecto | 0.8
se nota la calidad | 0.8
me duran años | 0.6
duran toda la vida | 0.8
años de oficio | 0.8
años de práctica | 0.6
meses de trabajo | 0.6
encuadernadora | 0.9
punto de cruz | 0.6
bolillos | 0.8
encaje de bolillos | 0.9
tricot | 0.6
crochet | 0.6
rueca | 0.8
teñido a mano | 0.9
tintado a mano | 0.9
estampado a mano | 0.9
grabado a mano | 0.9
soplado a mano | 0.9
lo hice a mano | 0.8
serigrafía | 0.5
linograbado | 0.7
vidriera* | 0.7
tapicero | 0.7
retapizar | 0.7
restauración de muebles | 0.9
relojero | 0.7
guarnicionero | 0.9
talabartero | 0.9
canterí* | 0.8
herrería | 0.8
vidriero | 0.8
tonelero | 0.9
oficios artesanos | 0.9
*telar | 0.8
*telares | 0.8
cester* | 0.8
cuchiller*
afinar la técnica | 0.7
horas y horas | 0.3
silla de enea | 0.8
restauram* | 0.6

[value creativity]
creatividad
creativo | 0.8
creativa | 0.8
crear* | 0.5
creación | 0.6
creaciones | 0.6
imaginaci* | 0.8
imaginar | 0.3
inspiración | 0.5
inspirado | 0.3
idea | 0.3
ideas | 0.3
nueva idea | 0.5
ocurrencia | 0.4
original | 0.4
experimentar | 0.7
experimento | 0.7
experimentando | 0.7
probando cosas nuevas
prueba y error | 0.7
innovación | 0.8
innovador | 0.8
innovadora | 0.8
inventar | 0.8
invento | 0.8
inventé | 0.8
prototipo | 0.7
diseño | 0.5
diseñar | 0.6
diseñé | 0.7
boceto | 0.8
bocetos | 0.8
sketch | 0.7
sketchbook | 0.8
cuaderno de bocetos
dibujo | 0.7
dibujar | 0.7
dibujé | 0.8
ilustración | 0.8
ilustradora | 0.8
ilustrador | 0.8
pintura | 0.6
pintar* | 0.5
acuarela | 0.8
lienzo | 0.7
mural | 0.7
grafiti | 0.7
graffiti | 0.7
arte | 0.6
artista | 0.6
arte urbano | 0.8
collage | 0.8
fotografía | 0.5
composición | 0.3
animación* | 0.6
stop motion | 0.8
cortometraje | 0.7
guion | 0.5
escribir | 0.4
poesía | 0.7
poema | 0.7
relato* | 0.6
novela | 0.5
componer | 0.6
composición musical
canción nueva | 0.6
nueva canción | 0.6
improvisar | 0.7
improvisación | 0.7
maqueta | 0.5
manualidad* | 0.7
bricolaje | 0.4
diy | 0.5
tinkering | 0.8
cacharrear | 0.5
trastear | 0.4
maker | 0.7
impresora 3d | 0.6
impresión 3d | 0.6
arduino | 0.6
raspberry pi | 0.6
lego* | 0.5
customizar | 0.7
personalizar | 0.5
personalizado | 0.4
reinventar | 0.8
darle una vuelta | 0.7
darle otra vida | 0.5
proyecto personal | 0.6
proyecto creativo
proceso creativo
bloqueo creativo | 0.8
musa | 0.6
fuera de la caja
pensar diferente | 0.7
colores | 0.3
paleta de colores | 0.5
estampado propio | 0.6
mi primera obra | 0.6
obra | 0.3
exposición | 0.5
cerámica | 0.4
#creatividad
#arte
#art | 0.6
#ilustracion
#illustration
#dibujo
#drawing
#acuarela
#watercolor
#sketchbook
#diy | 0.6
#manualidades
#handmade | 0.4
#artistasoninstagram
#procesocreativo
#creative
#inspiracion | 0.4
hazlo tú mismo | 0.5
# second pass: brand-statement language, product and compound words
ideas nuevas | 0.6
expresión artística | 0.9
diseño propio | 0.7
diseño original | 0.7
artistas emergentes | 0.8
artistas locales | 0.6
laboratorio de ideas | 0.8
lluvia de ideas | 0.7
brainstorming | 0.7
pensamiento lateral | 0.8
vanguardia | 0.7
vanguardista | 0.7
experimental | 0.6
salir de lo común | 0.6
romper moldes | 0.8
disruptivo | 0.5
arte contemporáneo | 0.7
diseño gráfico | 0.7
tipografía | 0.6
lettering | 0.7
caligrafía | 0.6
reimaginar | 0.8
dar forma | 0.5
upcycling | 0.5
música | 0.3
inventores | 0.7
# third pass: scenes and deeds (concrete things a post describing the value contains)
palés | 0.4
palets | 0.4
le di una segunda vida | 0.6
transformar | 0.3
compuse | 0.8
compuse una canción
grabé una canción | 0.8
escribí una canción | 0.9
plastilina | 0.6
pinté un cuadro | 0.9
pinté un retrato | 0.9
pinté el armario | 0.6
cuento ilustrado | 0.8
escribiendo un cuento | 0.7
escribiendo una novela | 0.8
retales | 0.6
patchwork | 0.7
cianotipia* | 0.8
fanzine | 0.8
escenografía | 0.6
disfraz casero | 0.8
dar rienda suelta | 0.7
idea loca | 0.7
se me ocurrió | 0.3
apaño casero | 0.6
pinceles | 0.5
pincel | 0.5
rotulador* | 0.3
cuaderno de dibujo | 0.8
pintura al óleo | 0.9
al óleo | 0.7
hice un mural | 0.8
juego de mesa casero | 0.8
inventé un juego | 0.9
hecho con lo que tenía | 0.6
con cartón y | 0.4
remix | 0.5
versión propia | 0.6
escultura | 0.7
esculpir | 0.7
origami | 0.7
papiroflexia | 0.8
fotomontaje | 0.6
storyboard | 0.7

[value adventure]
aventura
aventuras
aventurero
aventurera
explorar
exploración
explorando
descubrir | 0.3
descubriendo | 0.3
expedición
travesía* | 0.8
ruta | 0.3
rutas | 0.3
en ruta | 0.6
on the road
carretera | 0.3
roadtrip | 0.8
road trip | 0.8
viaje por carretera
furgo | 0.7
furgoneta camper
vanlife | 0.9
#vanlife
#aventura
#explorar
#wanderlust
#outdoor | 0.7
#montaña
#trekking
#senderismo
#mochilero
#naturaleza | 0.4
mochilero
mochilera
mochila al hombro
con la mochila | 0.6
backpacking | 0.8
viajar sola | 0.8
viaje en solitario
autostop | 0.8
sin planes | 0.5
improvisado | 0.4
espontáneo | 0.6
espontaneidad | 0.7
libertad | 0.7
salvaje | 0.6
naturaleza salvaje
lugares remotos
remoto | 0.3
fin del mundo | 0.5
montaña | 0.6
montañas | 0.6
cumbre | 0.7
cima | 0.6
hacer cumbre
ascensión | 0.7
vía ferrata
alpinismo
alpinista
barranquismo
espeleología
rappel | 0.7
senderismo | 0.7
trekking | 0.8
travesía de varios días
acampar | 0.8
acampada | 0.8
vivac | 0.9
vivaquear
saco de dormir | 0.6
tienda de campaña | 0.7
refugio de montaña | 0.7
camping | 0.5
glaciar | 0.6
volcán | 0.6
desierto | 0.6
selva | 0.6
jungla | 0.6
cueva | 0.5
acantilado | 0.5
kayak | 0.7
piragua | 0.7
rafting | 0.8
surf | 0.6
surfear | 0.6
buceo | 0.7
bucear | 0.7
apnea | 0.6
navegar | 0.3
parapente
paracaidismo
puenting
salto en paracaídas
esquí de travesía | 0.8
fuera de pista | 0.7
freeride | 0.8
bikepacking | 0.9
cicloviaje | 0.9
travesía en bici | 0.8
ultra trail | 0.6
*trail | 0.5
riesgo | 0.3
adrenalina | 0.7
zona de confort | 0.6
atreverse | 0.7
me atreví | 0.7
a lo desconocido | 0.3
lugares desconocidos | 0.7
fuera de ruta | 0.7
sin cobertura | 0.6
nómada* | 0.7
nómada digital | 0.5
vuelta al mundo | 0.8
interrail | 0.7
patagonia | 0.5
himalaya | 0.6
pirineos | 0.4
ruta 40 | 0.5
camino de santiago | 0.5
viajar solo | 0.8
por libre | 0.5
a dedo | 0.8
primera vez | 0.3
# second pass: brand-statement language, product and compound words
al aire libre | 0.7
outdoor | 0.8
espíritu libre | 0.7
nuevos horizontes | 0.7
alta montaña | 0.9
material de montaña | 0.6
material de acampada | 0.7
equipamiento outdoor | 0.8
mochila de trekking | 0.7
botas de montaña | 0.7
esterilla | 0.5
hornillo | 0.6
linterna frontal | 0.6
brújula | 0.6
mapa topográfico | 0.7
paddle surf | 0.6
snowboard | 0.6
esquí | 0.5
raquetas de nieve | 0.7
boulder | 0.6
búlder | 0.6
hoguera | 0.4
dormir bajo las estrellas | 0.8
valentía | 0.6
audaz | 0.6
osadía | 0.6
vida salvaje | 0.6
mundo por descubrir | 0.7
overlanding | 0.8
ruta en moto | 0.6
familias aventureras | 0.9
explorar la naturaleza | 0.9
# third pass: scenes and deeds (concrete things a post describing the value contains)
al raso | 0.9
dormir al raso
bajo las estrellas | 0.6
alforjas | 0.7
viaje en bici | 0.7
recorrer el mundo | 0.8
dejé el trabajo para viajar | 0.9
con una mochila | 0.6
mochila a la espalda | 0.8
rápel | 0.7
barranco | 0.6
pozas | 0.4
nos perdimos | 0.4
no salía en el mapa | 0.7
fuera del mapa | 0.6
sin mapa | 0.5
*camper | 0.7
*campers | 0.7
camperiz* | 0.8
tresmil | 0.8
tresmiles | 0.8
ochomil | 0.8
crampones | 0.8
piolet | 0.8
ruta de varios días | 0.8
ruta de montaña | 0.7
sin rumbo | 0.7
sin rumbo fijo | 0.8
solo con lo puesto | 0.6
tirolina | 0.5
navegar a vela | 0.6
velero | 0.4
cruzar el océano | 0.7
paracaídas | 0.7
submarinismo | 0.8
sendero | 0.4
escalada* | 0.8
escalador* | 0.7
ir a escalar | 0.8
escalar en roca | 0.9
escalar montañas | 0.9
solo ida | 0.6
sin billete de vuelta | 0.9
cruzamos la frontera | 0.5
ruta en kayak | 0.8
noche en la montaña | 0.7
en furgoneta | 0.5
donde nos pillaba la noche | 0.8
dormir en la furgo | 0.8
durmiendo en la furgo | 0.8

[value learning]
aprender
aprendí
aprendiendo
aprendizaje
aprendimos
hoy aprendí
lo que aprendí
lecciones aprendidas | 0.7
enseñar | 0.8
enseñanza | 0.8
enseño | 0.7
os enseño | 0.8
te enseño | 0.8
explicar | 0.6
explico | 0.7
os explico | 0.8
te explico | 0.8
explicación | 0.7
explicado | 0.6
cómo funciona | 0.4
sabías que | 0.9
dato curioso | 0.9
datos curiosos | 0.9
curiosidad | 0.7
curiosidades | 0.7
curioso | 0.3
conocimiento* | 0.8
educación | 0.8
educativo | 0.8
educativa | 0.8
educar | 0.6
divulgación | 0.9
divulgador | 0.9
divulgadora | 0.9
divulgación científica
ciencia | 0.8
científico | 0.7
científica | 0.7
investigación | 0.7
investigar | 0.6
estudio | 0.2
un estudio | 0.5
según un estudio | 0.7
evidencia científica | 0.9
método científico
experimento | 0.5
hipótesis | 0.7
datos | 0.2
física | 0.3
química | 0.3
biología | 0.6
astronomía | 0.7
matemáticas | 0.6
filosofía | 0.6
idiomas | 0.6
aprender idiomas
aprendiendo inglés | 0.8
clase | 0.3
clases | 0.3
curso | 0.3
cursos | 0.3
taller* | 0.2
masterclass | 0.4
formación | 0.6
formarse* | 0.6
estudiar | 0.7
estudiando | 0.7
estudié | 0.7
apuntes | 0.7
examen | 0.5
exámenes | 0.5
oposiciones | 0.5
universidad* | 0.5
máster | 0.4
doctorad* | 0.6
tesis | 0.6
profesor | 0.6
profesora | 0.6
profe | 0.6
maestra | 0.6
maestro | 0.3
docente | 0.7
alumnos | 0.6
alumnas | 0.6
estudiantes | 0.5
aula | 0.6
biblioteca | 0.6
libro* | 0.3
leer | 0.3
lectura | 0.4
leyendo | 0.3
reseña del libro | 0.5
recomendación de lectura
documental | 0.6
podcast | 0.3
tutorial | 0.5
tutoriales | 0.5
guía | 0.3
paso a paso | 0.4
hilo explicativo
te lo explico en
resumen | 0.3
aprendizaje continuo
seguir aprendiendo
nunca dejes de aprender
autodidacta | 0.9
mentor | 0.6
mentoría | 0.7
compartir conocimiento
preguntas | 0.2
respondo preguntas | 0.6
dudas | 0.2
resolver dudas | 0.6
mito* | 0.4
desmontando mitos | 0.9
mito o realidad | 0.8
error común | 0.6
errores comunes | 0.6
consejo | 0.2
consejos | 0.2
tips | 0.2
#aprender
#educación
#educacion
#ciencia
#divulgación
#divulgacion
#sabiasque
#datocurioso
#aprendeconmigo
#aprendeentiktok
#estudiar
#studygram
#profesor | 0.7
#docente | 0.7
compartir lo que sé | 0.6
# second pass: brand-statement language, product and compound words
robótica educativa | 0.9
didáctico | 0.8
pedagógico | 0.8
descubrir | 0.3
mentes curiosas | 0.9
espíritu crítico | 0.8
pensamiento crítico | 0.9
museo | 0.4
charla | 0.4
conferencia | 0.4
ponencia | 0.7
seminario | 0.6
webinar | 0.7
formación continua | 0.8
academia | 0.4
escuela | 0.3
bootcamp | 0.7
lecciones | 0.6
aprender haciendo | 0.9
ciencia ciudadana | 0.9
stem | 0.5
programación para niños | 0.8
laboratorio | 0.5
telescopio | 0.6
microscopio | 0.7
enciclopedia | 0.7
cultura general | 0.7
comprender | 0.5
alfabetización | 0.8
fomentar la lectura | 0.9
amor por la lectura | 0.8
hábito de lectura | 0.8
becas | 0.6
quieren aprender | 0.9
# third pass: scenes and deeds (concrete things a post describing the value contains)
nunca es tarde para aprender
volver a estudiar | 0.9
me he matriculado | 0.6
matricularme | 0.6
practicar idiomas | 0.8
intercambio de idiomas | 0.9
idioma nuevo | 0.8
nuevo idioma | 0.8
duolingo | 0.7
días seguidos practicando | 0.8
clases particulares | 0.7
doy clases | 0.6
clases de refuerzo | 0.8
refuerzo escolar | 0.9
ayuda con los deberes | 0.7
experimento casero | 0.8
feria de ciencias | 0.9
museo de ciencias | 0.9
planetario | 0.7
agujeros negros | 0.5
dato del día | 0.8
sabíais que | 0.9
paró de preguntar | 0.6
explicado fácil | 0.7
explicado para niños | 0.8
artículo científico | 0.9
estudio publicado | 0.7
bibliotecaria | 0.6
curso online | 0.6
leí un libro sobre | 0.7
libro de divulgación | 0.9
sesión de estudio | 0.6
por qué ocurre | 0.5
preparando el examen | 0.5
me saqué el título | 0.6
hice un curso de | 0.5
leer a los niños | 0.6
cuentacuentos | 0.6
apuntarme a clases | 0.5

[value animal_welfare]
bienestar animal
derechos de los animales
derechos animales
protección animal
protectora | 0.9
protectora de animales
refugio de animales
santuario | 0.8
santuario animal
rescate | 0.6
rescatado | 0.8
rescatada | 0.8
rescatamos | 0.8
perro rescatado
gato rescatado
adoptar | 0.7
adopción | 0.8
adoptado | 0.8
adoptada | 0.8
adopta | 0.8
adopta no compres
adoptamos | 0.9
en adopción | 0.9
busca hogar
busca familia | 0.8
acogida | 0.6
casa de acogida
en acogida | 0.8
acogimiento | 0.7
perrito en acogida
#adoptanocompres
#adoptdontshop
#adopta
#adopcion
#adopción
#rescate
#protectora
#bienestaranimal
#crueltyfree
#sincrueldad
#vegano | 0.6
#vegan | 0.6
#gatosenadopcion
#perrosenadopcion
cruelty free
libre de crueldad
no testado en animales
sin testar en animales
no probado en animales
certificado leaping bunny
leaping bunny
vegano | 0.5
vegana | 0.5
veganismo | 0.7
vegetariano | 0.4
antiespecista | 0.9
antiespecismo | 0.9
especismo | 0.8
maltrato animal | 0.7
abandono animal | 0.7
contra el maltrato
stop maltrato animal
esterilización | 0.7
esterilizar | 0.7
castrar | 0.5
colonia felina | 0.9
colonias felinas
gatos callejeros | 0.7
perros abandonados | 0.7
animales abandonados | 0.7
callejero | 0.2
cuidadora de colonias
alimentar a los gatos
voluntaria de la protectora
voluntariado en protectora
veterinario | 0.4
veterinaria | 0.4
fauna silvestre | 0.7
fauna | 0.5
centro de recuperación | 0.8
recuperación de fauna
liberamos | 0.6
aves rapaces | 0.4
erizo | 0.4
respetar a los animales
respeto animal
amor animal | 0.6
amantes de los animales | 0.5
huevos camperos | 0.5
gallinas camperas | 0.6
gallinas rescatadas
ganadería extensiva | 0.6
pastoreo | 0.4
libre de jaulas | 0.7
sin jaulas | 0.6
mi perro | 0.3
mi gata | 0.3
mi gato | 0.3
perrhijo | 0.4
michi | 0.3
huellitas | 0.4
peludo | 0.4
peludos | 0.4
peluditos | 0.5
cuatro patas | 0.4
plan antiabandono
microchip | 0.5
tenencia responsable
adopción responsable
abolición | 0.4
antitaurino | 0.9
antitaurina | 0.9
#stopmaltratoanimal
#noalmaltratoanimal
#antitaurino
tortura no es cultura
#torturanoescultura
circos sin animales
apadrinar | 0.6
apadrinamiento | 0.7
apadrina | 0.7
# second pass: brand-statement language, product and compound words
cosmética vegana | 0.8
sin crueldad | 0.9
origen vegetal | 0.6
sin ingredientes animales | 0.8
piel vegana | 0.8
cuero vegano | 0.8
cuero vegetal | 0.7
sin pieles | 0.8
libre de pieles | 0.9
fur free | 0.9
trato digno a los animales | 0.9
respetuoso con los animales | 0.9
amigos de los animales | 0.6
segunda oportunidad | 0.5
ganadería ecológica | 0.6
pesca sostenible | 0.6
gallinas libres | 0.7
conservación de especies | 0.8
especies amenazadas | 0.8
en peligro de extinción | 0.8
ética animal | 0.9
dignidad animal | 0.9
seres sintientes | 0.9
no compres adopta
# third pass: scenes and deeds (concrete things a post describing the value contains)
refugio* | 0.5
erizo atropellado | 0.9
erizo herido | 0.9
animal herido | 0.9
animales heridos | 0.9
pájaro herido | 0.9
perro herido | 0.8
gato herido | 0.8
lo llevé al veterinario | 0.7
fauna salvaje | 0.7
caseta para erizos | 0.9
casita para erizos | 0.9
refugio para erizos | 0.9
comedero para pájaros | 0.8
comederos para aves | 0.8
bebedero para aves | 0.7
caja nido | 0.8
cajas nido | 0.8
respetar los nidos | 0.8
nidos de golondrina | 0.6
paso de sapos | 0.8
cruzar a los sapos | 0.9
migración de anfibios | 0.8
época de nidificación | 0.8
zona de nidificación | 0.8
perros atados | 0.5
no molestar a la fauna | 0.8
hasta que encuentren familia | 0.9
hasta que encuentren un hogar | 0.9
hogar temporal | 0.9
hogar de tránsito | 0.9
perro mayor | 0.6
perros mayores | 0.6
perro senior | 0.7
gato senior | 0.7
adoptar un perro mayor
colonia de gatos | 0.9
gatos de la colonia | 0.9
dar de comer a los gatos | 0.7
gatos del barrio | 0.6
perro callejero | 0.7
gato callejero | 0.7
perrito callejero | 0.7
gatito abandonado | 0.8
camada abandonada | 0.8
facturas del veterinario | 0.7
gastos veterinarios | 0.7
perros del refugio | 0.9
gatos del refugio | 0.9
voluntaria en el refugio | 0.9
refugio de perros | 0.9
refugio de gatos | 0.9
albergue de animales | 0.9
sacar de la perrera | 0.9
perrera municipal | 0.6
sacrificio cero | 0.9
caído del nido | 0.8
polluelo | 0.5
campaña de esterilización
castración | 0.4
método cer | 0.8
perro maltratado | 0.8
perro abandonado | 0.8
granja santuario | 0.9
cerdos rescatados | 0.9
abolición de la tauromaquia
prohibir las corridas | 0.9
abolir las corridas | 0.9
rescatista* | 0.8
nidos de tortuga | 0.8
liberación de tortugas | 0.8
tortugas marinas | 0.4
pesca sin muerte | 0.5
llevar al perro atado | 0.6
gatos de la calle | 0.7
perros de la calle | 0.7

[value fairness]
comercio justo
#comerciojusto
#fairtrade
fair trade
fairtrade
precio justo | 0.9
salario justo
sueldo justo
salario digno
sueldo digno
salarios dignos
trabajo digno
condiciones dignas
condiciones laborales | 0.7
derechos laborales
derechos de los trabajadores
derechos de las trabajadoras
trabajador* | 0.3
trabajadoras* | 0.3
sindicato | 0.7
sindical | 0.6
huelga | 0.5
convenio | 0.4
convenio colectivo | 0.7
justicia social
justicia | 0.6
equitativ* | 0.8
equidad | 0.7
igualdad salarial
brecha salarial | 0.7
igual salario
igualdad de oportunidades
igualdad | 0.5
pagar lo justo
pagado justamente
remunerado | 0.5
prácticas remuneradas | 0.9
becarios pagados | 0.8
explotación laboral | 0.6
explotación | 0.4
abusos laborales | 0.6
trabajo infantil | 0.5
esclavitud moderna | 0.6
cadena de suministro | 0.4
trazabilidad | 0.6
producción ética | 0.9
moda ética | 0.9
ético | 0.7
ética | 0.5
#modaetica
#whomademyclothes
costureras | 0.6
productores | 0.5
pequeños productores | 0.8
agricultores | 0.5
ganaderos | 0.4
precio justo al productor
directo del productor | 0.7
sin intermediarios | 0.6
cooperativa | 0.6
cooperativas | 0.6
reparto justo
reparto equitativo
a partes iguales | 0.6
transparencia salarial
conciliación | 0.4
horas extra pagadas
descanso digno
contratos dignos
precariedad | 0.6
precario | 0.5
mileuristas | 0.4
derechos* | 0.3
derechos humanos | 0.7
dignidad | 0.4
discriminación | 0.5
trato igualitario
trato justo
mismas oportunidades
paridad | 0.6
redistribución | 0.6
impuestos justos | 0.6
apoyar a los productores
comprar directo | 0.6
vale lo que cuesta | 0.5
el precio real | 0.6
precio real | 0.5
reivindicar | 0.5
reivindicación | 0.6
lucha obrera | 0.7
primero de mayo | 0.5
#justiciasocial
#precariedad
#derechoslaborales
#salariodigno
misma paga
pagar bien | 0.7
pagamos bien | 0.8
quién hizo mi ropa
quién hace tu ropa
# second pass: brand-statement language, product and compound words
bien pagado | 0.8
artesanos bien pagados | 0.9
pagados dignamente | 0.9
remuneración justa | 0.9
de forma justa | 0.6
condiciones de trabajo justas | 0.9
condiciones justas | 0.9
relación justa | 0.7
comercio ético | 0.9
abastecimiento ético | 0.9
empleo digno | 0.9
empleo de calidad | 0.7
contratos estables | 0.7
inserción laboral | 0.8
cooperativas de mujeres | 0.8
mujeres artesanas | 0.8
reparto de beneficios | 0.8
beneficios compartidos | 0.7
igualdad de trato | 0.9
sin explotación | 0.9
libre de explotación | 0.9
derechos sociales | 0.7
injusticia | 0.6
equidad salarial | 0.9
salario vital | 0.9
living wage | 0.9
economía social | 0.8
economía solidaria | 0.8
empresa social | 0.7
b corp | 0.6
trato directo | 0.6
comercio directo | 0.8
mismo salario | 0.8
# third pass: scenes and deeds (concrete things a post describing the value contains)
por encima del convenio | 0.9
contrato indefinido | 0.8
contratos indefinidos | 0.8
directamente al productor | 0.8
directamente a los agricultores | 0.8
caficultores | 0.6
cafetaleros | 0.6
productores de cacao | 0.6
por encima del precio de mercado | 0.9
el doble del precio | 0.5
becarios cobran | 0.8
becarias cobran | 0.8
prácticas pagadas | 0.9
cobran lo mismo | 0.8
cobrar lo mismo | 0.8
mismo sueldo | 0.8
igual sueldo | 0.8
a igual trabajo igual salario
publicamos los sueldos | 0.9
sueldos públicos | 0.7
horario digno | 0.8
salir a su hora | 0.5
propinas a partes iguales | 0.9
repartir las propinas | 0.7
pagar las horas extra | 0.8
denuncié a la empresa | 0.7
denunciar abusos | 0.8
inspección de trabajo | 0.7
contrato laboral | 0.6
ley rider | 0.8
repartidores | 0.3
sin regatear | 0.8
kellys | 0.8
camareras de piso | 0.6
convenio digno | 0.9
talleres clandestinos | 0.6
trabajo esclavo | 0.6
explotación infantil | 0.6
nadie cobra menos de | 0.8
vacaciones pagadas | 0.8
bajas pagadas | 0.7
apoyamos la huelga | 0.9
caja de resistencia | 0.8
comité de empresa | 0.6
subida salarial | 0.6
subir el sueldo | 0.6
pagar a tiempo | 0.7
pagar a los proveedores a tiempo | 0.9
precio digno | 0.9
trabajo decente | 0.9
derecho a desconectar | 0.7
jornaleros | 0.5
temporeros | 0.5
que el agricultor cobre | 0.8
mismo trato | 0.7
sin abusos | 0.6
me niego a comprar | 0.4
pago justo | 0.9
pagamos a los agricultores | 0.7
luchar por los derechos | 0.8
defender a los trabajadores | 0.8
cobrar a tiempo | 0.5
auditoría social | 0.7
sin trabajo infantil | 0.9
quién cosió tu ropa | 0.8
salario mínimo | 0.4
reparto de propinas | 0.8

[value tradition]
tradición
tradicional
tradiciones
costumbre | 0.5
costumbres | 0.6
como hacía mi abuela
receta de la abuela
receta de mi abuela
receta de mi madre | 0.7
receta familiar
receta tradicional
cocina tradicional
guiso de la abuela
recetario | 0.6
cuaderno de recetas
folclore
folklore
folclórico
herencia | 0.5
herencia cultural
patrimonio | 0.8
patrimonio cultural
patrimonio inmaterial
raíces | 0.7
nuestras raíces
mis raíces
ancestral
ancestros | 0.8
antepasados | 0.8
de generación en generación
heredado | 0.5
legado* | 0.7
memoria | 0.3
historia local | 0.8
historia del pueblo
el pueblo | 0.3
volver al pueblo | 0.6
pueblo de mis abuelos
identidad cultural | 0.8
cultura popular | 0.7
típico | 0.3
típica | 0.3
plato típico | 0.7
comida típica | 0.7
autóctono | 0.7
autóctona | 0.7
oficios tradicionales
oficio antiguo
técnica ancestral
artesanía tradicional
fiestas patronales
romería*
procesión | 0.6
semana santa | 0.6
cofradía | 0.6
feria de abril
san fermín | 0.6
moros y cristianos
carnaval | 0.4
día de muertos
día de los muertos
altar de muertos
ofrenda | 0.5
las posadas
nochebuena | 0.4
reyes magos | 0.5
roscón de reyes | 0.7
roscón | 0.6
turrón | 0.4
polvorones | 0.5
belén | 0.3
villancicos | 0.5
vendimia | 0.7
trashumancia
pastoreo | 0.5
dehesa | 0.6
hórreo | 0.8
horno de leña | 0.7
olla de barro | 0.8
a fuego lento | 0.5
pan de pueblo | 0.7
embutido casero | 0.6
conservas caseras | 0.6
membrillo | 0.5
cocido* | 0.3
cocido madrileño | 0.7
fabada | 0.6
puchero | 0.6
potaje | 0.5
paella | 0.4
tamales | 0.6
pozole | 0.6
mole poblano | 0.6
arepas | 0.4
traje regional
traje típico
traje tradicional
traje de flamenca | 0.8
mantón de manila
mantilla | 0.6
flamenco | 0.6
sevillanas | 0.7
jota | 0.6
sardana | 0.8
muñeira | 0.8
gaita | 0.6
castañuelas | 0.7
cante jondo | 0.8
mariachi | 0.6
son jarocho | 0.8
folclore andino
danza tradicional
baile tradicional
música tradicional
refrán | 0.7
refranes | 0.7
dicho popular | 0.7
cuentos populares
lengua materna | 0.5
dialecto | 0.5
casco antiguo | 0.5
casco histórico | 0.5
románic* | 0.6
museo etnográfico
etnografía | 0.8
rito | 0.5
como manda la tradición
fiel a la tradición
#tradicion
#tradición
#folclore
#patrimonio
#raices
#recetasdelaabuela
#cocinatradicional
#diademuertos
#semanasanta | 0.6
de toda la vida | 0.7
como antes | 0.4
como se hacía antes
recetas de siempre | 0.7
cocina de siempre | 0.7
# second pass: brand-statement language, product and compound words
recetas de toda la vida | 0.9
historia familiar | 0.7
fundada en | 0.4
cuarta generación | 0.7
quinta generación | 0.7
varias generaciones | 0.7
centenario | 0.7
más de cien años | 0.6
solera | 0.7
castizo | 0.7
oficio familiar | 0.8
cultura local | 0.7
gastronomía local | 0.6
denominación de origen | 0.7
sabor de siempre | 0.8
a la antigua | 0.7
a la antigua usanza | 0.9
usanza | 0.8
horno de piedra | 0.5
molino de piedra | 0.7
molido en piedra | 0.7
secado al sol | 0.6
memoria colectiva | 0.7
arraigo | 0.8
nuestra tierra | 0.6
terruño | 0.8
de antaño | 0.8
antaño | 0.7
milenario | 0.6
como lo hacían nuestros abuelos | 0.9
nostalgia | 0.4
# third pass: scenes and deeds (concrete things a post describing the value contains)
bisabuela | 0.7
bisabuelo | 0.7
tatarabuela | 0.8
tatarabuelo | 0.8
receta de mi bisabuela
como hacía su madre | 0.8
como hacía mi madre | 0.7
como se hacía antiguamente | 0.9
antiguamente* | 0.5
desde tiempos de mi abuelo | 0.9
desde tiempos inmemoriales | 0.8
desde hace generaciones | 0.9
de padres a hijos | 0.8
de madres a hijas | 0.8
heredé de mi abuela | 0.8
heredé de mi abuelo | 0.8
tradición familiar
costumbre familiar | 0.9
receta antigua | 0.8
antigua receta | 0.8
recetario manuscrito | 0.9
libreta de recetas | 0.8
oficio de mi abuelo | 0.9
oficio de mi padre | 0.7
taller de mi abuelo | 0.7
lengua de mis abuelos | 0.9
historias de los abuelos | 0.8
contaba mi abuelo | 0.8
contaba mi abuela | 0.8
cuentos de la abuela | 0.8
al amor de la lumbre | 0.8
lumbre | 0.4
desde hace más de un siglo | 0.8
como toda la vida | 0.6
como las de antes | 0.4
matanza | 0.3
la matanza del cerdo | 0.9
herrero del pueblo | 0.9
fragua | 0.5
trilla | 0.7
trillo | 0.5
siega | 0.3
*lagar | 0.7
pisar la uva | 0.8
pan de muerto | 0.8
cempasúchil | 0.9
calaverita* | 0.6
papel picado | 0.6
tamalada | 0.9
rosca de reyes | 0.8
traje de huertana | 0.9
traje de huertano | 0.9
traje de fallera | 0.9
fallera* | 0.8
fallero* | 0.7
fallas de valencia | 0.8
mascletà | 0.8
traje de charro | 0.8
santo patrón | 0.8
la patrona | 0.3
fiestas de mi pueblo | 0.6
ermita | 0.5
peregrinación | 0.7
costaleros | 0.8
nazarenos | 0.6
bable | 0.8
euskera | 0.3
quechua | 0.3
náhuatl | 0.7
guaraní | 0.3
mapudungun | 0.8
lengua indígena | 0.7
lengua originaria | 0.8
pueblos originarios | 0.7
belén viviente | 0.8
montamos el belén | 0.7
misa del gallo | 0.6
castañad* | 0.8
magosto | 0.9
calçotada | 0.7
fiesta de la cosecha | 0.8
fiesta de la vendimia | 0.8
noche de san juan | 0.7
hogueras de san juan | 0.8
chirigota* | 0.6
comparsa* | 0.4
murga* | 0.4
gigantes y cabezudos | 0.9
castellers | 0.9
dulzaina | 0.8
txistu | 0.8
rondalla | 0.8
baile regional | 0.9
bailes regionales | 0.9
grupo de danzas | 0.7
coros y danzas | 0.9
coplas | 0.6
romancero | 0.8
costumbrista | 0.7
aperos de labranza | 0.8
labranza | 0.5
yunta de bueyes | 0.8
esquileo | 0.7
conservas de la abuela | 0.8
cocido montañés | 0.7
cocido maragato | 0.7
cocido de la abuela | 0.9
encaje de bolillos | 0.7
peineta | 0.6
cuenta la leyenda | 0.8
leyenda local | 0.8
leyendas populares | 0.9
leyendas del pueblo | 0.9
honrar a nuestros muertos | 0.8
ofrenda floral | 0.7
como manda la costumbre | 0.9
mantón | 0.5
gaitero | 0.7
mi abuela hacía | 0.6

[value humor]
humor
sentido del humor
con humor | 0.8
humor absurdo
humor negro | 0.7
gracioso | 0.8
graciosa | 0.8
divertido | 0.6
divertida | 0.6
risa | 0.8
risas | 0.8
reír | 0.8
reírse | 0.8
nos reímos | 0.9
me muero de risa
muerta de risa
muerto de risa
me parto de risa
me troncho
lloré de risa
llorando de risa
descojone
me descojono
me meo | 0.6
carcajada
carcajadas
chiste
chistes
chistaco
chiste malo
chistes malos
chistes de padre
broma | 0.8
bromas | 0.8
bromear | 0.8
de broma | 0.7
bromista | 0.8
chistoso | 0.8
chistosa | 0.8
cómico | 0.5
cómica | 0.5
comedia | 0.7
monólogo | 0.6
stand up | 0.6
humorista | 0.8
cómicos | 0.5
meme | 0.8
memes | 0.8
momazo
momazos
momos | 0.8
jaja* | 0.6
jeje* | 0.4
lmao | 0.6
autoironía
reírse de uno mismo
reírme de mí misma
reírme de mí mismo
juego de palabras
fail | 0.6
epic fail | 0.8
parodia | 0.8
imitación | 0.4
tomas falsas | 0.9
bloopers | 0.9
cosas que pasan | 0.4
payaso | 0.5
payasadas | 0.7
hacer el payaso | 0.8
cachondeo | 0.8
guasa | 0.8
vacile | 0.7
vacilar | 0.6
chascarrillo | 0.9
ocurrente | 0.7
la lié | 0.6
la liamos | 0.6
la he liado | 0.6
plot twist | 0.8
pov | 0.3
cuando te das cuenta | 0.4
expectativa vs realidad | 0.4
torpe | 0.4
torpeza | 0.5
caída épica | 0.6
día de los inocentes | 0.7
disfraz | 0.4
disfrazado | 0.4
disfrazada | 0.4
pasarlo genial | 0.4
qué risa | 0.6
risoterapia | 0.8
tronchante | 0.9
desternillante | 0.9
hilarante | 0.9
cachondo | 0.5
cachonda | 0.5
sketch | 0.5
sátira | 0.7
satírico | 0.7
ironía | 0.3
#humor
#memes
#meme
#chistes
#risas
#comedia
#humorespañol
#fail | 0.6
#lol | 0.6
#jajaja | 0.8
#momos
#humorlatino
#standup | 0.7
me río | 0.7
me parto | 0.8
mi cara cuando | 0.5
hacer el tonto | 0.6
# second pass: brand-statement language, product and compound words
hacer reír | 0.9
sacar una sonrisa | 0.8
arrancar una sonrisa | 0.8
no tomarse en serio | 0.9
no nos tomamos demasiado en serio | 0.9
humorístico | 0.9
diversión | 0.6
risueño | 0.6
juguetón | 0.6
lúdico | 0.6
desenfadado | 0.8
desenfado | 0.8
irreverente | 0.8
gamberro | 0.6
reírnos de nosotros mismos
reírse de sí mismo
guiño | 0.5
chispa | 0.4
sonrisas | 0.4
entretenido | 0.4
retranca | 0.9
sorna | 0.6
socarrón | 0.8
picardía | 0.6
viñetas | 0.7
tira cómica | 0.9
teatro de improvisación | 0.6
# third pass: scenes and deeds (concrete things a post describing the value contains)
*lol | 0.5
inocentad* | 0.8
salió fatal | 0.6
salió regular | 0.5
salió un ladrillo | 0.7
spoiler | 0.3
qué podía salir mal | 0.9
qué podría salir mal | 0.9
diez de diez | 0.6
10 de 10 | 0.5
lo volvería a hacer | 0.4
mi dignidad | 0.6
dignidad perdida | 0.7
adiós a mi dignidad | 0.9
perdí la dignidad | 0.8
lo que queda de mi dignidad | 0.9
giro de guion | 0.7
giro de guión | 0.7
típico de mí | 0.7
muy yo | 0.4
brillante como siempre | 0.7
impecable como siempre | 0.6
mi autocontrol | 0.6
fuerza de voluntad cero | 0.8
perchero carísimo | 0.9
tendedero carísimo | 0.9
perchero muy caro | 0.9
tendedero muy caro | 0.9
ahora sirve de perchero | 0.9
gastar una broma | 0.9
le gasté una broma | 0.9
bromita | 0.6
detector de humo | 0.3
mis dotes culinarias | 0.5
me comí el suelo | 0.7
besé el suelo | 0.6
me comí una farola | 0.8
me comí la puerta | 0.7
me pegué un leñazo | 0.6
me pegué un tortazo | 0.5
hice el ridículo | 0.7
haciendo el ridículo | 0.7
tierra trágame | 0.8
que me trague la tierra | 0.8
la lié parda | 0.8
la he liado parda | 0.8
soy un desastre | 0.7
soy una desastre | 0.7
desastre andante | 0.9
desastre total | 0.4
caos absoluto | 0.4
bendito caos | 0.6
absurdo | 0.3
surrealista | 0.3
patoso* | 0.6
patosa* | 0.6
manazas | 0.6
me hace gracia | 0.6
me hizo gracia | 0.6
qué gracia | 0.5
chiste fácil | 0.8
doble sentido | 0.5
albur | 0.6
albures | 0.6
vacilón | 0.7
vacilona | 0.7
pitorreo | 0.8
de coña | 0.6
es coña | 0.6
choteo | 0.7
payasear | 0.6
risa floja | 0.8
ataque de risa | 0.9
me entró la risa | 0.8
no podía parar de reír | 0.9
no paro de reírme | 0.9
me duele la barriga de reír | 0.9
me duele la tripa de reír | 0.9
jajs* | 0.5
ajaj* | 0.5
jsjs* | 0.5
xd | 0.5
nos partimos | 0.8
me río de mí misma
me río de mí mismo
sin tomarnos en serio | 0.8
modo payaso | 0.7
fracaso épico | 0.8
fail épico | 0.8
misión fallida | 0.6
intento fallido | 0.5
lo tenía todo controlado | 0.6
todo bajo control | 0.4
mi yo del pasado | 0.6
mi yo del futuro | 0.6
no sé si reír o llorar | 0.7
parecía más fácil | 0.6
en el tutorial parecía fácil | 0.8
se veía más fácil en el vídeo | 0.8
pinterest vs realidad | 0.8
lo que pedí vs lo que recibí | 0.8
salió regular tirando a mal | 0.9
broma interna | 0.6
menuda risa | 0.7
risas aseguradas | 0.9
risas garantizadas | 0.9
humor gráfico | 0.8
humor blanco | 0.8
monologuista | 0.8
chirigota* | 0.6
tutorial de cómo no | 0.8
absolutamente nadie | 0.5
ironías de la vida | 0.7
metí la pata | 0.4
la cagué | 0.3
me caí de culo | 0.6
deportista de élite claramente | 0.8
nivel experto | 0.3
mucha dignidad | 0.6
toda la dignidad | 0.6
duró exactamente | 0.5
asesina de plantas | 0.8
asesino de plantas | 0.8

[value ambition]
ambición
ambicioso
ambiciosa
objetivo* | 0.5
objetivo cumplido
meta cumplida
misión cumplida | 0.7
cumplir objetivos
lograr | 0.6
logro | 0.8
logros | 0.8
lo logré
lo logramos
lo conseguí
lo hemos conseguido | 0.8
conseguido | 0.4
ganar* | 0.5
gané* | 0.7
ganamos* | 0.6
ganador | 0.8
ganadora | 0.8
victoria | 0.6
campeón | 0.9
campeona | 0.9
campeonato | 0.8
medalla | 0.8
medalla de oro
podio* | 0.9
podium | 0.9
primer puesto | 0.9
primera posición | 0.8
segundo puesto | 0.7
tercer puesto | 0.6
nuevo récord | 0.9
batir el récord | 0.9
récord mundial | 0.9
récord del mundo | 0.9
récord personal
marca personal | 0.9
mejor marca | 0.8
mi mejor marca
mejor tiempo | 0.8
personal best
superarme* | 0.8
superaci* | 0.8
superación personal
reto | 0.5
retos | 0.5
desafío | 0.5
competir | 0.7
competición | 0.7
clasificado | 0.5
clasificada | 0.5
me clasifiqué | 0.8
finalista* | 0.8
premio | 0.6
premiado | 0.6
premiada | 0.6
galardón | 0.7
ascenso | 0.5
me han ascendido
ascendida | 0.8
ascendido | 0.7
nuevo puesto | 0.6
nuevo cargo | 0.7
ceo | 0.6
fundador | 0.6
fundadora | 0.6
emprender | 0.7
emprendedor | 0.7
emprendedora | 0.7
emprendimiento | 0.7
startup | 0.6
mi empresa | 0.3
mi negocio | 0.3
facturamos | 0.7
escalar el negocio | 0.8
ronda de inversión | 0.8
inversores | 0.4
primer millón | 0.9
hito | 0.7
hitos | 0.7
disciplina | 0.7
constancia | 0.6
esfuerzo | 0.5
sacrificio | 0.5
trabajo duro | 0.8
dar el máximo | 0.8
darlo todo | 0.7
grind | 0.9
hustle | 0.9
no excuses | 0.7
mentalidad ganadora
mentalidad de campeón
mindset | 0.6
productividad* | 0.6
productivo* | 0.5
rendimiento | 0.6
alto rendimiento | 0.8
madrugar | 0.4
club de las 5
5am | 0.5
imparable | 0.8
éxito | 0.8
exitoso | 0.7
exitosa | 0.7
liderazgo | 0.7
líder | 0.5
número uno | 0.7
top 1 | 0.6
siguiente nivel | 0.6
next level | 0.6
subir de nivel | 0.4
soñar en grande
sueña en grande
apuntar alto | 0.8
carrera profesional | 0.6
crecimiento profesional
aprobé | 0.5
matrícula de honor | 0.7
graduación | 0.4
maratón | 0.4
ironman | 0.6
sub3 | 0.7
#objetivos
#metas
#motivacion
#motivación
#exito
#éxito
#emprendedor
#emprendimiento
#hustle
#grind
#mindset
#disciplina
#nopainnogain | 0.8
#noexcuses | 0.8
#winner
#campeon
#campeona
a por todas | 0.8
a por ello | 0.6
vamos a por | 0.4
# second pass: brand-statement language, product and compound words
liderar el mercado | 0.8
líderes del sector | 0.8
líder del sector | 0.8
máximo rendimiento | 0.8
superar límites | 0.9
llegar más lejos | 0.7
competitivo | 0.7
triunfar | 0.8
crecimiento | 0.4
profesionales exigentes | 0.7
exigencia | 0.5
deportistas de élite | 0.9
atletas de élite | 0.9
élite | 0.5
alto nivel | 0.6
rendir al máximo | 0.9
dar lo mejor | 0.6
cumplir sueños | 0.5
alcanzar metas | 0.9
mentalidad de crecimiento | 0.8
growth mindset | 0.8
empresarios | 0.5
pioneros | 0.6
trofeo | 0.5
ranking | 0.5
líder en ventas | 0.7
# third pass: scenes and deeds (concrete things a post describing the value contains)
primera maratón | 0.7
bajar de tres horas | 0.6
aprobé las oposiciones
saqué la plaza | 0.9
conseguí plaza | 0.8
plaza fija | 0.5
me han nombrado | 0.6
nombrada directora | 0.9
nombrado director | 0.9
me levanto a las cinco | 0.7
levantarme a las 5 | 0.7
sin excusas | 0.7
récord de ventas | 0.9
cifra récord | 0.8
juegos olímpicos | 0.6
olimpiadas | 0.5
firmar con una editorial | 0.7
ronda de financiación | 0.9
levantar capital | 0.8
cumplí mi sueño | 0.7
sueño cumplido | 0.8
lo he conseguido | 0.8
años de esfuerzo | 0.7
top ventas | 0.7
subir de categoría | 0.6
mi propio negocio | 0.7
montar mi empresa | 0.7
ser el mejor | 0.5
ser la mejor | 0.5
nominaci* | 0.6
nominada al premio | 0.8
nominado al premio | 0.8
facturaci* | 0.6
mi objetivo | 0.5
el triple que | 0.4
torneo | 0.4
medalla de plata | 0.8
superé mi marca | 0.9
conseguí el trabajo de mis sueños | 0.8
segunda tienda | 0.6
ampliamos el equipo | 0.5
años de trabajo | 0.4
expandirnos a | 0.6
internacionalizar* | 0.7

[value luxury]
lujo
lujoso
lujosa
de lujo
lujazo
alto lujo
exclusivo | 0.8
exclusiva | 0.7
exclusividad
vip | 0.9
zona vip
sala vip
premium | 0.8
alta gama
gama alta
alta costura
haute couture
alta joyería
marca de lujo
marcas de lujo
firma de lujo
joyas | 0.6
diamantes | 0.8
diamante | 0.7
quilates | 0.8
oro de 18 quilates
reloj de lujo
rolex
patek philippe
audemars piguet
cartier
tiffany | 0.8
louis vuitton
vuitton
chanel
hermès
birkin
dior
gucci
prada
balenciaga
saint laurent
ysl | 0.8
versace
fendi
bottega veneta
loewe | 0.8
givenchy
burberry | 0.8
moncler
ferrari
lamborghini
porsche | 0.8
bentley
rolls royce
maserati
aston martin
mclaren
yate
yates
superyate
jet privado
avión privado
primera clase
business class
clase business | 0.8
suite | 0.6
suite presidencial
hotel de cinco estrellas
cinco estrellas | 0.8
gran lujo
resort | 0.6
villa privada
mansión | 0.8
ático de lujo
penthouse | 0.9
piscina infinita | 0.7
infinity pool | 0.7
estrella michelin | 0.8
estrellas michelin | 0.8
menú degustación | 0.6
caviar
champán | 0.8
champagne | 0.8
moët | 0.9
dom pérignon
wagyu | 0.8
marbella | 0.5
puerto banús | 0.8
mónaco | 0.6
montecarlo | 0.7
saint tropez | 0.8
st barth | 0.8
dubái | 0.5
maldivas | 0.6
bora bora | 0.6
courchevel | 0.8
alfombra roja | 0.5
front row | 0.6
personal shopper | 0.8
mayordomo | 0.7
chófer | 0.6
chofer privado
concierge | 0.6
spa privado | 0.8
capricho | 0.5
darse un capricho | 0.5
darse un lujo | 0.7
vida de lujo
alto standing | 0.8
élite | 0.6
selecto | 0.7
selecta | 0.7
edición limitada | 0.6
pieza de coleccionista | 0.6
cachemir | 0.6
cashmere | 0.6
club de golf | 0.5
club privado | 0.8
invitación exclusiva
evento exclusivo
lista vip
millonario | 0.6
millonaria | 0.6
carísimo | 0.5
carísima | 0.5
precio de lujo
sofisticado | 0.5
sofisticada | 0.5
glamour | 0.6
glamuroso | 0.7
#lujo
#luxury
#luxurylifestyle
#luxurytravel
#vip
#millonario
#richlife
#firstclass
#champagne | 0.7
#rolex
#ferrari
#chanel
#gucci
#louisvuitton
# second pass: brand-statement language, product and compound words
clientes exigentes | 0.8
paladares exigentes | 0.7
los más exigentes | 0.7
gusto exquisito | 0.9
exquisito | 0.5
exquisitez | 0.6
distinción | 0.5
quiet luxury | 0.9
old money | 0.7
servicio personalizado | 0.6
atención personalizada | 0.6
por invitación | 0.8
solo con invitación | 0.9
membresía | 0.5
unidades limitadas | 0.6
edición numerada | 0.7
los mejores materiales | 0.5
oro | 0.3
terciopelo | 0.4
cuero italiano | 0.7
perlas | 0.5
joyería fina | 0.8
alta relojería | 0.9
esmeraldas | 0.6
zafiro | 0.5
trufa negra | 0.6
bodega privada | 0.7
chef privado | 0.9
helicóptero | 0.6
limusina | 0.8
hotel boutique | 0.6
alto poder adquisitivo | 0.8
adinerado | 0.7
cheto | 0.5
boutique | 0.5
showroom privado | 0.7
bolso de diseñador | 0.7
# third pass: scenes and deeds (concrete things a post describing the value contains)
cena privada | 0.7
reloj suizo | 0.7
piscina privada | 0.8
isla privada | 0.9
cala privada | 0.8
supercoche | 0.8
clase preferente | 0.6
beach club | 0.6
club de playa | 0.5
mykonos | 0.5
langosta | 0.4
trufa blanca | 0.7
maridaje | 0.3
colección privada | 0.6
uber black | 0.6
glamping | 0.4
barra libre de champán | 0.9
suite con vistas | 0.8
me regalé un reloj | 0.7
relojes de lujo | 0.9
coches de lujo | 0.9
tarjeta black | 0.8
tarjeta platino | 0.7
reloj de oro | 0.7
conductor privado | 0.8
servicio de chófer | 0.8
jacuzzi privado | 0.7
rodeo drive | 0.8
avenue montaigne | 0.8
la moraleja | 0.6
ático con vistas | 0.5
cena de gala | 0.5
esmoquin | 0.4
botella de champán | 0.7
coleccionista de relojes | 0.8

[value frugality]
ahorro
ahorros | 0.8
ahorrar
ahorré
ahorramos
ahorrando
ahorrado
reto de ahorro
ahorro mensual
presupuesto | 0.6
presupuestar
presupuesto mensual
presupuesto familiar
control de gastos
controlar gastos
gastos del mes | 0.7
gastar menos
gasté solo | 0.8
gasté sólo | 0.8
barato | 0.7
barata | 0.7
baratísimo | 0.8
más barato | 0.6
sale más barato
económico | 0.3
económica | 0.3
low cost | 0.8
lowcost | 0.8
chollo
chollos
ganga
gangas
oferta | 0.4
ofertas | 0.4
descuento | 0.3
rebajas | 0.3
comparar precios
precio por kilo
marca blanca
lidl | 0.4
aldi | 0.4
mercadona | 0.3
segunda mano | 0.8
de segunda mano | 0.8
wallapop | 0.8
vinted | 0.7
milanuncios | 0.7
tiendas de segunda mano
thrift | 0.8
ropa usada | 0.6
diy | 0.4
casero | 0.4
hecho en casa | 0.5
comida casera | 0.5
llevar táper | 0.8
táper* | 0.6
tupper | 0.6
fiambrera | 0.6
batch cooking | 0.6
menú semanal | 0.6
lista de la compra | 0.6
aprovechar las sobras
sobras* | 0.5
gasto cero
mes de gasto cero
#nospend
minimalismo | 0.8
minimalista | 0.8
vida sencilla
sencillez | 0.8
simplicidad | 0.7
vida simple
austeridad | 0.8
austero | 0.8
austera | 0.8
frugal
frugalidad
fondo de emergencia
colchón financiero | 0.8
finanzas personales | 0.6
educación financiera | 0.4
salir de deudas
pagar deudas | 0.7
método de sobres
regla 50 30 20
hoja de gastos | 0.8
excel de gastos
fin de mes | 0.4
cuesta de enero | 0.5
factura de la luz | 0.4
albergue | 0.4
hostal | 0.4
viajar barato
viajar low cost
mochila de cabina | 0.5
equipaje de mano | 0.4
bocadillo | 0.3
picnic | 0.3
agua del grifo | 0.6
gratis | 0.5
gratuito | 0.5
planes gratis
planes gratuitos
trueque | 0.7
intercambio | 0.3
ropa heredada
remendar | 0.6
zurcir | 0.6
reparar | 0.5
aprovechar | 0.3
me corto el pelo | 0.3
manicura en casa | 0.6
armario cápsula | 0.7
capsule wardrobe | 0.7
comprar con cabeza
compra inteligente | 0.7
sacarle partido | 0.5
céntimos | 0.5
precio por persona | 0.3
cuánto me gasté | 0.5
cuánto gasto | 0.6
en qué gasto | 0.6
mis gastos | 0.8
#ahorro
#ahorrar
#ahorrodinero
#finanzaspersonales
#minimalismo
#minimalista
#lowcost
#chollos
#presupuesto
#frugal
#vidasencilla
#segundamano
#wallapop
#vinted | 0.6
#thrift
#thrifting
#hazlotumismo | 0.6
menos es más | 0.6
comprar menos | 0.8
vivir con menos
hazlo tú mismo | 0.6
# second pass: brand-statement language, product and compound words
con poco presupuesto | 0.9
presupuesto ajustado | 0.9
bajo presupuesto | 0.9
sin gastar una fortuna | 0.9
sin gastar | 0.7
precios asequibles | 0.9
asequible | 0.7
buen precio | 0.7
precios bajos | 0.7
bajo coste | 0.8
relación calidad precio | 0.8
calidad precio | 0.6
todos los bolsillos | 0.9
cualquier bolsillo | 0.8
al alcance de todos | 0.6
más por menos | 0.6
lo esencial | 0.5
lo justo y necesario | 0.7
sin lujos | 0.8
sin florituras | 0.7
comprar lo necesario | 0.8
solo lo necesario | 0.7
aprovechar al máximo | 0.7
outlet | 0.6
gastos fijos | 0.6
vivir con poco | 0.9
necesitar menos | 0.7
consumir menos | 0.7
reparar antes que comprar | 0.8
menos cosas | 0.6
desapego | 0.6
decluttering | 0.4
ofertón | 0.6
chollazo | 0.8
tirado de precio | 0.7
a precio de saldo | 0.6
economizar | 0.9
economía doméstica | 0.8
gastos hormiga | 0.8
# third pass: scenes and deeds (concrete things a post describing the value contains)
cancelar suscripciones | 0.8
cancelé suscripciones | 0.8
suscripciones | 0.3
vacaciones baratas | 0.8
vendí la ropa | 0.5
vender lo que no uso | 0.7
hucha | 0.8
alcancía* | 0.8
regalos caseros | 0.7
regalos hechos a mano | 0.6
apunto cada gasto | 0.9
apuntar los gastos | 0.8
libreta de gastos | 0.8
cada gasto | 0.6
sin gastar un euro | 0.9
no compro nada | 0.5
reto de no comprar | 0.9
un año sin comprar ropa | 0.9
sin comprar ropa | 0.8
recortar gastos | 0.9
reducir gastos | 0.9
apretarse el cinturón | 0.8
llegar a fin de mes | 0.6
cortarme el pelo en casa
me corto el pelo sola | 0.9
con las sobras | 0.6
comprar al por mayor | 0.5
*hostel | 0.6
*hostels | 0.6
llevo bocadillo | 0.7
en vez de pedir comida | 0.8
cocinar en casa en vez de | 0.8
saco libros de la biblioteca | 0.7
compro en el mercadillo | 0.6
esperar a las rebajas | 0.5
hasta que se rompa | 0.6
regalos de segunda mano | 0.8
bote de monedas | 0.6
sin pagar de más | 0.7
me lo apaño con poco | 0.8

[against sustainability]
haul
mega haul
haul de ropa
haul de shein
#haul
#sheinhaul
#shein
#temu
shein | 0.8
temu | 0.6
primark | 0.5
aliexpress | 0.3
pedido de shein
fast fashion | 0.5
moda rápida | 0.5
ropa nueva cada semana
outfit nuevo cada día
usar y tirar
desechable | 0.5
desechables | 0.5
vasos de plástico | 0.5
platos de plástico | 0.5
suelta de globos | 0.7
moto de agua
motos de agua
jet ski
jetski
#jetski
lancha motora | 0.6
quad | 0.4
pickup diésel
nuevo diésel | 0.7
diésel | 0.4
motor v8 | 0.7
todoterreno nuevo | 0.6
suv nuevo | 0.6
quemar rueda | 0.7
escapada en avión | 0.7
vuelo de finde
finde en avión
tercer vuelo del mes
vuelos baratos | 0.4
jet privado | 0.8
avión privado | 0.8
crucero | 0.5
cruceros | 0.5
aire acondicionado a tope | 0.6
calefacción a tope | 0.6
móvil nuevo cada año
tirar la ropa | 0.5
de un solo uso | 0.8
otro vuelo | 0.4

[against animal_welfare]
*caza | 0.5
cacería*
montería*
jornada de caza
temporada de caza | 0.8
trofeo de caza
caza mayor
safari de caza
*cazador | 0.6
*cazadores | 0.6
pieza abatida
abatido | 0.3
abatí
primer jabalí | 0.7
venado abatido
#caza
#hunting
#montería
#monteria
abrigo de piel
abrigo de visón
visón | 0.7
piel de zorro
estola de piel
piel auténtica | 0.5
piel de cocodrilo | 0.6
*rodeo | 0.3
rodeo chileno | 0.9
temporada de rodeo | 0.8
jinete de rodeo | 0.9
#rodeo
jaripeo
charread* | 0.7
*coleo | 0.7
corrida de toros
corridas de toros
tarde de toros
plaza de toros | 0.8
toros | 0.6
#toros
tauromaquia | 0.8
#tauromaquia
taurino | 0.7
afición taurina
torero | 0.8
matador | 0.6
dos orejas
oreja y rabo
salió a hombros | 0.7
toro embolado
bous al carrer
pelea de gallos
peleas de gallos
gallos de pelea
nadar con delfines | 0.6
paseo en elefante | 0.8
montar en elefante | 0.8
selfie con tigre
delfinario | 0.5
circo con animales | 0.7
rehala | 0.6
taxidermista | 0.8
taxidermia | 0.8
jabalí | 0.2

[against wellbeing]
dieta milagro
dieta express
dieta detox | 0.5
adelgazar rápido
kilos en una semana
quemagrasas | 0.6
pastillas para adelgazar
ayuno extremo
saltarme comidas
me salté la comida | 0.5
bebida energética
bebidas energéticas
red bull | 0.6
redbull | 0.6
monster | 0.3
quinto café | 0.6
dormir es para débiles
dormiré cuando muera
dormir 4 horas
4 horas de sueño
toda la noche despierto
noche en vela | 0.6
all nighter
trasnochar | 0.5
vapear
vapeo
vaper
#vape
#vapelife
cachimba | 0.6
shisha | 0.6
hookah | 0.6
fumar | 0.5
cigarro | 0.5
borrachera | 0.6
botellón | 0.6
chupitos | 0.5
cubatas | 0.5
resaca | 0.4
hasta el amanecer | 0.4
atracón | 0.5
no pain no gain | 0.4
entrenar lesionado
trabajar 16 horas | 0.6
#energydrink
#dietamilagro
#teamnosleep
batido detox | 0.7
kg en una semana

[against kindness]
idiotas
imbéciles
imbécil
gilipollas
pringados
pringao
perdedores | 0.7
fracasad* | 0.5
tontos | 0.3
cállate
cállate ya
callaos
que se jodan
lloricas
llorones
cry about it
basura de persona
das asco
dais asco
escoria
gentuza
chusma
vete a la mierda
a la mierda | 0.4
humillar | 0.6
humillado | 0.5
lo dejé en ridículo
dejar en ridículo
ridiculizar
río en tu cara
broma pesada | 0.5
bromas pesadas | 0.5
prank | 0.4
#prank | 0.4
rage bait
ragebait
cebo de rabia
funar* | 0.5
funad* | 0.5
zasca | 0.3
que te den
llora más | 0.6
# third pass
mis seguidores tontos | 0.8
lárgate | 0.5
pringado | 0.8
pringada | 0.8
broma cruel | 0.9
bromas crueles | 0.9
bromas a desconocidos | 0.6
nos reímos de ellos | 0.8
nos reímos de él | 0.8
nos reímos de ella | 0.8
reírse de los demás | 0.9
reírse de la gente | 0.8
burlarse de | 0.6
me burlé de | 0.7
humillación pública | 0.9
exponer a un seguidor | 0.8
eres tonto | 0.5
eres tonta | 0.5
sois tontos | 0.8
sois unos payasos | 0.7
subnormal | 0.7
*paleto | 0.5
*paletos | 0.5
garrulo | 0.6
pobretón | 0.7
mindundi | 0.6
lerdo | 0.7
inútiles | 0.4
que rabien | 0.8
para que rabiéis | 0.8
a ver cuántos se ofenden | 0.9
para que se piquen | 0.6
le hice bullying | 0.9
grabando a desconocidos | 0.5
los comentarios más patéticos | 0.8
reírnos de los seguidores | 0.9
me río de mis seguidores | 0.9

[against frugality]
de compras | 0.4
día de compras | 0.5
shopping | 0.4
fiebre de compras
me he fundido | 0.6
fundirme el sueldo
fundí la tarjeta
fundir la tarjeta
tarjeta echando humo
sin mirar el precio
date un capricho | 0.6
caprichazo | 0.7
te lo mereces | 0.5
me lo merezco | 0.5
consiéntete | 0.6
treat yourself
#treatyourself
yolo | 0.6
#yolo | 0.6
ahorrar es de pobres
ahorrar es para pobres
ahorrar es de pringados
dinero es para gastarlo
gastar sin pensar
gastarlo todo | 0.7
compras compulsivas | 0.6
compra compulsiva | 0.6
mega haul
haul | 0.6
unboxing | 0.3
black friday | 0.4
carrito lleno | 0.5
casa por la ventana | 0.6
derrochar | 0.5
sin escatimar | 0.5
se vive una vez | 0.6
me lo llevé todo | 0.6
lo quiero todo | 0.4

[against honesty]
nunca lo he probado | 0.6
sin haberlo probado
obsesionada con | 0.4
obsesionado con | 0.4
me cambió la vida | 0.4
literalmente mágico | 0.6
milagroso* | 0.4
producto milagro | 0.6
resultados garantizados | 0.6
no es publi | 0.6
esto no es publi | 0.6
no es publicidad | 0.6
no es patrocinado | 0.6
no patrocinado | 0.4
sin patrocinio | 0.4
no me pagan por | 0.3
nadie me paga por | 0.3
no me han pagado | 0.3
corred a comprarlo
compradlo ya | 0.6
el mejor del mundo | 0.3
facetune | 0.5
comprar seguidores | 0.7
seguidores comprados
likes comprados
reseñas falsas | 0.6
reseñas compradas
lo necesitas | 0.4
necesitas esto | 0.5
# third pass
ni la he abierto | 0.8
ni lo he abierto | 0.8
ni lo he probado | 0.8
ni la he probado | 0.8
sin abrirlo | 0.6
no lo he usado | 0.3
nunca lo he usado | 0.6
quité el hashtag de publi | 0.9
sin poner publi | 0.8
sin decir que es publi | 0.9
que no se note que es publi | 0.9
publi encubierta | 0.9
publicidad encubierta | 0.6
me lo pidió la marca | 0.6
la marca me pidió | 0.6
me pagan por decir | 0.8
recomiendo sin probar | 0.8
sin haberlo usado | 0.9
comprar reseñas | 0.8
crema milagrosa | 0.6
me mandó la marca | 0.6
la marca me mandó | 0.6
ni la he leído | 0.5

[against inclusivity]
los gordos
la gente gorda
gordos | 0.3
gordas | 0.3
gorda asquerosa
gordo asqueroso
chistes de gordos
los viejos
los viejos no deberían
demasiado viejo para
demasiado vieja para
ok boomer | 0.4
chistes de viejas
chistes de discapacitados
chistes de gangosos
ilegales | 0.5
inmigrantes ilegales | 0.6
vuelvan a su país
vuelve a tu país
invasión | 0.4
ideología de género
solo hay dos géneros
hay dos géneros
feminazi
feminazis
vete a fregar
mujeres a la cocina
corres como una niña
cosas de niñas | 0.4
solo gente guapa
derecho de admisión | 0.4
#orgullohetero | 0.8
a fregar | 0.6
como una niña | 0.4
eso es de chicas | 0.5
# third pass
nadie mayor de | 0.7
no contrato a mayores de | 0.9
los viejos no saben | 0.8
los boomers no saben | 0.8
los boomers | 0.5
típico de boomer | 0.6
cosas de viejos | 0.6
perfiles jóvenes | 0.8
perfil joven y dinámico | 0.9
jóvenes y dinámicos | 0.7
buena presencia | 0.8
solo gente joven | 0.9
solo jóvenes | 0.7
solo delgadas | 0.8
solo chicas guapas | 0.8
demasiado gorda para | 0.9
demasiado gordo para | 0.9
gordo de mierda
gorda de mierda
no apto para gordos | 0.9
prohibido gordos | 0.9
gente como esa | 0.6
ese tipo de gente | 0.6
burlarse de su acento | 0.9
imitando su acento | 0.7
imitando a los chinos | 0.9
acento de chino | 0.8
pareces retrasado
eres un retrasado
subnormal | 0.9
subnormales | 0.9
mongolo* | 0.9
mongólic* | 0.9
tullido | 0.6
maricón | 0.6
maricones | 0.6
travelo* | 0.9
sudaca | 0.9
sudacas | 0.9
panchito | 0.8
panchitos | 0.8
moros de mierda
negrata | 0.9
gitanos de mierda
cosas de gitanos | 0.8
vuelvan a su tierra | 0.9
esas viejas | 0.6
viejas chochas | 0.9
mujer tenías que ser
conduce como una mujer | 0.8
las mujeres no saben | 0.8
cosa de hombres | 0.7
gay de mierda
pareces discapacitado
chistes de mariquitas | 0.9
chistes de negros | 0.9
chistes de chinos | 0.9
abstenerse mayores de | 0.9
jóvenes y delgadas | 0.8

[against fairness]
mano de obra barata
lo más barato posible
el proveedor más barato
pagarles lo mínimo
pagarles casi nada
les pago casi nada
becarios sin sueldo
prácticas no remuneradas
prácticas sin cobrar
trabajar gratis | 0.7
trabajo gratis | 0.6
pagar en visibilidad
te pago con visibilidad
sin contrato | 0.6
pagar en negro
cobrar en negro
horas extra sin pagar
horas extras gratis
horas sin cobrar
falsos autónomos
le regateé | 0.5
regatear | 0.3
recortar salarios
bajar sueldos
despido masivo | 0.4
deslocalizar | 0.5
deslocalización | 0.4
a destajo | 0.4
igual quién lo haga
igual quién lo fabrique
sin sindicatos
trabajar por visibilidad | 0.8
les pago una miseria
sueldos bajos | 0.4
becarios gratis | 0.8
por visibilidad | 0.7
en negro | 0.5
casi gratis | 0.4
pagando una miseria | 0.8
# third pass
regateé al proveedor | 0.8
apretar al proveedor | 0.8
exprimir a los proveedores | 0.9
apretarle en el precio | 0.8
becarios no cobran | 0.9
no cobran pero aprenden | 0.9
igual dónde lo fabriquen | 0.9
me da igual dónde se fabrique | 0.9
siempre lo más barato | 0.5
pagar lo menos posible | 0.8
pagarles lo menos posible | 0.8
sueldos de miseria | 0.8
prácticas gratis | 0.8
sin dar de alta | 0.8
cuanto más barato mejor | 0.6
retrasar los pagos | 0.8
pagar tarde a los proveedores | 0.8
le pagué la mitad | 0.5
trabajar por la cara | 0.7
gratis a cambio de visibilidad | 0.9
a los becarios no les pagamos | 0.9
no pagamos a los becarios | 0.9

[topic cycling]
bici
bicis
bicicleta
bicicletas
ciclismo
ciclista
ciclistas
pedalear
pedaleo
pedalada
pedal | 0.8
pedales | 0.8
sillín
manillar
cuadro de carbono
horquilla | 0.6
cadena | 0.4
desviador
plato y piñón
piñón | 0.6
piñones | 0.6
cassette | 0.5
bielas
cubierta | 0.3
cubiertas | 0.4
tubeless
pinchazo | 0.7
pinchar | 0.4
radios | 0.3
llantas | 0.5
ruedas | 0.4
frenos de disco
zapatas* | 0.5
culotte
maillot
casco | 0.4
cuentakilómetros
strava
garmin | 0.6
vatios | 0.6
potenciómetro
ftp | 0.5
cadencia | 0.6
puerto de montaña
subir el puerto
coronar* | 0.6
desnivel | 0.6
desnivel positivo
metros de desnivel
kilómetros | 0.4
km | 0.3
salida en grupo | 0.6
grupeta
pelotón
escapada | 0.3
sprint | 0.4
contrarreloj
etapa | 0.4
tour de francia
vuelta a españa
giro de italia
gravel
mtb
bici de montaña
btt
bici de carretera
ciclocross
bmx
fixie
e-bike
bici eléctrica
bicicleta eléctrica
bici plegable
carril bici
ciclovía
ciclovia
ciclopaseo
bicicletada
masa crítica
bikepacking
cicloturismo
cicloturista
rodillo | 0.5
zwift
taller de bicis
mecánico de bicis
tija
buje
#ciclismo
#bici
#bicicleta
#cycling
#mtb
#gravel
#roadbike
#ciclismodecarretera
#bikepacking
#strava | 0.7
# second pass: brand-statement language, product and compound words
guardabarros | 0.9
portabultos | 0.9
alforjas | 0.9
candado | 0.6
bombín | 0.7
bicimensajero | 0.9
bici de carga | 0.9
bicicleta de carga | 0.9
cargo bike | 0.9
shimano | 0.9
sram | 0.9
campagnolo | 0.9
orbea | 0.9
pinarello | 0.9
cannondale | 0.9
aparcabicis | 0.9
bicicletero | 0.7
ciclocarril | 0.9
velódromo | 0.9
ciclismo urbano
ruta en bici
cicloruta | 0.9
ciclorruta | 0.9
bici urbana

[topic food]
receta
recetas
cocinar
cocina | 0.6
cocinando
cociné
comida* | 0.5
cena | 0.5
almuerzo | 0.5
desayuno | 0.5
merienda | 0.6
plato* | 0.4
ingredientes
ingrediente
horno | 0.7
al horno
sartén
olla | 0.8
cazuela
hornear
horneado
harina
levadura
pan | 0.6
pan casero
masa madre
bizcocho
tarta
pastel | 0.7
galletas
postre
postres
repostería
salsa | 0.5
sofrito
aceite de oliva
ajo | 0.5
cebolla
tomate | 0.7
pimentón
especias*
sal y pimienta
verduras | 0.6
legumbres
lentejas
garbanzos
arroz | 0.7
pasta | 0.5
pizza
hamburguesa
tacos | 0.5
guiso
estofado
sopa
crema de verduras
ensalada
tortilla
tortilla de patatas
croquetas
tapas
tapeo
pintxos
restaurante*
brunch
delicioso | 0.6
riquísimo
sabor | 0.6
sabroso
chef
cocinero
cocinera
gastronomía
gastronómico
foodie
vegano | 0.4
vegetariano | 0.4
sin gluten | 0.5
batch cooking
tupper | 0.4
mercado | 0.3
#receta
#recetas
#comida
#foodie
#cocina
#recetasfaciles
#recetassaludables
#food
#foodporn
#instafood
#gastronomia
#postres
#reposteria
#panadería
#masamadre
# second pass: brand-statement language, product and compound words
espaguetis
macarrones
lasaña
ñoquis
fideos
ramen*
risotto
aove | 0.8
queso | 0.7
embutidos | 0.7
jamón | 0.7
chorizo | 0.6
chocolate | 0.5
mermelada
conservas* | 0.6
encurtidos
hummus
aguacate
tostada | 0.6
huevos* | 0.5
yogur
granola
smoothie
zumo | 0.7
café | 0.3
cerveza | 0.5
panadería
freidora de aire
airfryer
thermomix
olla exprés
robot de cocina
batidora
wok
barbacoa
parrilla
asado | 0.6
pescado
carne picada | 0.8
carne asada | 0.8
pollo*
ternera
marisco
gambas
pulpo
bacalao
salmón
sushi
ceviche
empanadas
guacamole
quesadillas
helado*
flan
natillas
churros
tiramisú
tarta de queso
brownie
magdalenas
bollería
aperitivo | 0.5
picoteo | 0.7
menú del día | 0.8
maridaje | 0.8
cata de vinos | 0.8
caldo
frutos secos
quinoa
tofu
seitán
tempeh
proteína vegetal | 0.6
alimentos | 0.5
bocadillo | 0.6
bocata | 0.7
sándwich

[topic fashion]
moda*
outfit
outfits
look | 0.6
looks | 0.6
lookbook
estilismo
estilista
tendencia | 0.5
tendencias | 0.5
ropa
prenda
prendas
armario
vestido
vestidos
falda
pantalón
pantalones
vaqueros
jeans
camisa
camiseta
jersey
sudadera
chaqueta
abrigo
blazer
gabardina
americana | 0.4
zapatos
zapatillas
sneakers
botas*
botines
sandalias
tacones
bolso*
cinturón
bufanda
accesorios
complementos
joyería | 0.5
pendientes | 0.3
collar | 0.5
anillo | 0.5
gafas de sol
tejido* | 0.5
estampado
colección
temporada | 0.3
primavera verano | 0.5
otoño invierno | 0.5
pasarela
desfile
semana de la moda
fashion week
diseñador | 0.5
diseñadora | 0.5
marca de ropa
street style
streetwear
vintage | 0.5
armario cápsula
combinar | 0.5
conjunto
#ootd
#outfit
#moda
#fashion
#look
#lookdeldia
#estilo
#streetstyle
#modasostenible
#outfitoftheday
#tendencias
tallas* | 0.5
# second pass: brand-statement language, product and compound words
calzado | 0.7
bisutería
pulsera
reloj | 0.4
gorra
sombrero
gafas | 0.6
calcetines
ropa interior
lencería
bañador
bikini
pijama
plumífero
parka*
cazadora*
chándal
leggings
blusa
chaleco
trajes* | 0.5
traje de chaqueta | 0.8
traje de novia | 0.6
corbata
mocasines
alpargatas
riñonera
tote bag
textil | 0.5
algodón | 0.5
lino* | 0.4
lana | 0.3
denim
probador | 0.6
tallaje | 0.6
colección cápsula | 0.7

[topic beauty]
belleza
maquillaje
maquillarse
maquillada
skincare
cuidado de la piel
rutina de skincare
rutina facial
piel
piel grasa
piel seca
piel mixta
piel sensible
acné
granitos
arrugas
manchas | 0.5
crema
cremas
sérum
serum
hidratante
protector solar
spf
limpiador
limpiadora | 0.4
tónico
exfoliante
mascarilla
retinol
niacinamida
ácido hialurónico
vitamina c
base de maquillaje
corrector | 0.6
colorete
bronceador
iluminador
sombras | 0.6
paleta de sombras | 0.6
máscara de pestañas
rímel
pestañas
cejas
delineador
eyeliner
labial
pintalabios
gloss
manicura
pedicura
esmalte de uñas
uñas de gel
pelo | 0.3
cabello
champú
acondicionador
mascarilla capilar
tinte
mechas
peluquería
corte de pelo
rizos
método curly
perfume
fragancia
cosmética
cosmético
dermatóloga
dermatólogo
tratamiento facial
estética
#skincare
#maquillaje
#makeup
#belleza
#beauty
#cuidadodelapiel
#rutinafacial
#nails
#uñas
#cabello
#cosmetica
#crueltyfree | 0.5
# second pass: brand-statement language, product and compound words
cosmética natural
brocha
esponja de maquillaje
polvos | 0.5
prebase
contouring
bronzer
labios | 0.5
uñas | 0.6
esmalte | 0.6
jabón | 0.5
gel de ducha
desodorante
crema solar
fotoprotector
antiarrugas
antiedad
contorno de ojos
ojeras
poros
agua micelar
desmaquillante
aceite facial
bálsamo | 0.6
peeling
dermocosmética
colágeno
ácido salicílico
ceramidas*
peluquero
barbería
barbero
afeitado
depilación
alisado
keratina
decoloración
balayage
microblading
eau de parfum
neceser* | 0.6

[topic parenting]
crianza
criar
maternidad
paternidad
mamá
papá
madre* | 0.5
padre | 0.5
el bebé*
bebés*
recién nacido
hijo | 0.6
hija | 0.6
hijos
peques
niños | 0.7
niñas | 0.7
embarazo
embarazada
parto*
posparto
puerperio
lactancia
lactancia materna
biberón
pañales
pañal
carrito | 0.4
cochecito
silla de coche
portabebés
porteo
colecho
cuna
papilla
alimentación complementaria
blw
baby led weaning
dentición
cólicos
pediatra
guardería*
escuela infantil
el cole
colegio
deberes
tutoría
reunión de padres
ampa
rabietas
rabieta
berrinche
límites | 0.5
disciplina positiva
crianza respetuosa
montessori
waldorf
juegos en familia
cuentacuentos
hora de dormir
sueño infantil
adolescente
adolescentes
adolescencia
conciliación
baja de maternidad
baja de paternidad
excedencia
canguro | 0.5
niñera
mamá primeriza
papá primerizo
primeriza
mamá bloguera
mamás
papás
#maternidad
#paternidad
#crianza
#crianzarespetuosa
#lactancia
#embarazo
#bebé
#bebe
#mamá
#mamablogger
#maternidadreal
#momlife
#dadlife
#familia | 0.6
mi bebé*
del bebé*
# second pass: brand-statement language, product and compound words
juguetes | 0.6
juegos infantiles
cuentos infantiles
libros infantiles
literatura infantil
ropa de bebé
ropa infantil
canastilla
chupete
babero
trona
cambiador
fular | 0.6
mochila escolar | 0.6
vuelta al cole | 0.8
material escolar
extraescolares
parque infantil
columpios
cumpleaños infantil
fiesta infantil
leche de fórmula
sacaleches
puericultura
ecografía
infantil | 0.6
educar a los hijos | 0.8
tiempo de pantalla | 0.7
control parental | 0.8
toallitas | 0.5
gemelos | 0.4
mellizos | 0.6
operación pañal | 0.9
dejar el pañal | 0.9

[topic tech]
tecnología
tecnológico
gadget
gadgets
móvil | 0.6
smartphone
iphone
android
samsung
pixel | 0.4
tablet
tableta | 0.4
portátil
ordenador*
computadora
pc | 0.4
mac | 0.3
macbook
procesador*
chip | 0.4
memoria ram
almacenamiento
batería* | 0.5
cargador
usb
usb-c
auriculares
cascos inalámbricos
bluetooth
wifi
router
fibra óptica
5g | 0.5
pantalla | 0.5
cámara del móvil
app
aplicación
aplicaciones
software
hardware
actualización
sistema operativo
windows
linux
ios
programar
programación
programador
programadora
developer
desarrollador
desarrolladora
inteligencia artificial
ia | 0.3
chatgpt
machine learning
algoritmo
datos | 0.3
nube | 0.4
ciberseguridad
contraseña
hackeo
startup | 0.4
domótica
smart home
reloj inteligente
smartwatch
realidad virtual
vr | 0.4
dron
drones
impresora 3d
unboxing | 0.5
review | 0.4
análisis | 0.3
especificaciones*
benchmark
#tecnologia
#tech
#gadgets
#android
#iphone
#apple
#programacion
#inteligenciaartificial
#ia | 0.5
#ai | 0.5
# second pass: brand-statement language, product and compound words
apps
saas | 0.7
código abierto
open source
github
python
javascript
backend
frontend
base de datos
privacidad | 0.4
gestor de contraseñas
vpn
teclado | 0.5
monitor | 0.4
altavoz inteligente
asistente de voz
google | 0.4
apple | 0.5
xiaomi
huawei
lenovo
chromebook
ipad
airpods
apple watch
tarjeta gráfica | 0.6
gpu
ssd
disco duro
placa base
prompt | 0.6
chatbot
automatización | 0.6
internet | 0.5
wearable
pulsera de actividad | 0.6
kindle | 0.5
impresora | 0.5
realidad aumentada
metaverso
app de notas | 0.8
app de productividad | 0.8
app de diario | 0.7

[topic fitness]
fitness
gimnasio
gym
entrenamiento
entrenar
entreno
entrené
rutina | 0.4
rutina de ejercicios
ejercicio
ejercicios
pesas*
mancuernas
kettlebell
pesa rusa
sentadilla
sentadillas
peso muerto
press banca
press de banca
dominadas*
flexiones
plancha | 0.4
abdominales
core | 0.5
glúteos
pierna | 0.4
día de pierna
bíceps
tríceps
hombros* | 0.4
espalda | 0.3
cardio
hiit
crossfit
wod
calistenia
funcional | 0.4
entrenamiento funcional
repeticiones
reps
volumen | 0.3
definición | 0.3
hipertrofia
proteína
proteínas
batido de proteínas
creatina
macros
déficit calórico
calorías*
correr
running
runner
corredor
corredora
carrera | 0.3
10k
media maratón
maratón
trail running
zancada
ritmo | 0.3
yoga | 0.5
pilates
spinning
estiramientos
movilidad*
calentamiento
entrenador personal
entrenadora
coach | 0.4
#fitness
#gym
#gimnasio
#entrenamiento
#running
#crossfit
#fit
#fitnessmotivation
#workout
#legday
#yoga | 0.6
#runner
# second pass: brand-statement language, product and compound words
saltar a la comba | 0.8
bootcamp | 0.5
zapatillas de correr | 0.7
ropa deportiva | 0.7
esterilla de yoga | 0.7
esterilla | 0.5
bandas elásticas | 0.7
press militar
remo | 0.5
hip thrust
burpees
tabata
fartlek
pulsómetro
pulsaciones | 0.6
vo2max
agujetas | 0.8
lesión | 0.5
boxeo
kickboxing
artes marciales
jiu jitsu
judo*
natación
nadar* | 0.5
piscina | 0.4
triatlón
duatlón
pádel | 0.6
tenis | 0.5
fútbol | 0.4
baloncesto | 0.4
deporte | 0.4
atleta | 0.6
personal trainer
clases dirigidas | 0.7
zumba
body pump
suplementos | 0.6
whey
preentreno | 0.7
masa muscular | 0.7
perder grasa | 0.6
tonificar | 0.7

[topic travel]
viaje
viajes
viajar
viajando
viajé
viajero
viajera
vacaciones
escapada
destino
destinos
turismo
turista
turistas
vuelo
vuelos
avión
aeropuerto
escala | 0.3
tren | 0.5
autobús | 0.4
ferri
ferry
maleta
mochila | 0.5
equipaje
pasaporte
visado
hotel
hoteles
hostel
albergue
alojamiento
airbnb
reserva | 0.4
check in
ruta | 0.5
itinerario
guía de viaje
mapa | 0.4
playa | 0.6
playas
montaña | 0.4
isla
islas
pueblo con encanto
pueblos bonitos
casco antiguo
museo | 0.5
monumento
mirador
atardecer | 0.4
excursión
visita guiada
free tour
road trip
roadtrip
furgoneta | 0.4
*camper
*campers
camperiz*
autocaravana
camping
crucero
jet lag
frontera
extranjero
en el extranjero
mochilero
interrail
lonely planet
#viajes
#viajar
#travel
#viaje
#travelgram
#wanderlust
#turismo
#escapada
#vacaciones
#instatravel
#mochilero
#roadtrip
# second pass: brand-statement language, product and compound words
mochila de viaje | 0.7
maleta de cabina | 0.6
equipaje de mano | 0.6
billete de avión | 0.8
billetes de tren | 0.7
aerolínea
hostal | 0.7
casa rural | 0.8
glamping | 0.7
resort | 0.5
parador | 0.7
recorrer | 0.5
guía turística
seguro de viaje
tarjeta de embarque
embarque | 0.6
safari | 0.5
tour | 0.5
nómada digital | 0.6
viaje de novios | 0.8
luna de miel | 0.8
souvenir | 0.7
aduana | 0.6
couchsurfing | 0.8
intercambio de casas | 0.8
workaway | 0.8
au pair | 0.6

[topic finance]
finanzas
finanzas personales
dinero | 0.6
ahorro
ahorrar
ahorros
inversión
inversiones
invertir
inversor
inversora
bolsa de valores
acciones | 0.4
dividendos
dividendo
fondos indexados
fondo indexado
fondo de inversión
etf
etfs
cartera | 0.4
cartera de inversión
interés compuesto
rentabilidad
rentabilidades
plan de pensiones
pensión | 0.5
jubilación
jubilarme
independencia financiera
libertad financiera
hipoteca
hipotecas
euríbor
préstamo*
crédito | 0.5
deuda
deudas
tarjeta de crédito
banco | 0.4
cuenta de ahorro
cuenta remunerada
depósito
letras del tesoro
bonos
inflación
ipc
tipos de interés
impuestos
declaración de la renta
hacienda | 0.6
irpf
autónomo | 0.5
autónomos | 0.5
factura | 0.4
facturas | 0.4
nómina
sueldo
salario
ingresos
gastos
presupuesto
patrimonio | 0.4
cripto
criptomonedas
bitcoin
ethereum
blockchain
trading
trader
broker
bróker
mercados
economía
educación financiera
ingresos pasivos
#finanzas
#finanzaspersonales
#inversion
#invertir
#ahorro
#dinero
#educacionfinanciera
#bolsa
#bitcoin
#cripto
#libertadfinanciera
# second pass: brand-statement language, product and compound words
sp500 | 0.8
nasdaq | 0.8
ibex | 0.8
fondo de emergencia | 0.7
renta fija | 0.9
renta variable | 0.9
roboadvisor | 0.9
neobanco | 0.8
bizum | 0.5
transferencia | 0.5
comisiones | 0.4
seguro de vida | 0.6
subida de sueldo | 0.6
aumento de sueldo | 0.6
ingresos extra | 0.7
side hustle | 0.6
patrimonio neto | 0.9
cuenta corriente | 0.7
tarjeta de débito | 0.7
inmobiliario | 0.6
jubilación anticipada | 0.9
nft | 0.5
gestora | 0.6

[topic gaming]
videojuego
videojuegos
gaming
gamer*
gamers
jugar | 0.4
jugando | 0.4
partida*
partidas*
consola
consolas
playstation
ps5
ps4
xbox
nintendo
switch | 0.4
steam
pc gaming
mando* | 0.4
streaming | 0.5
stream | 0.5
twitch
en directo | 0.3
streamer
speedrun
nivel | 0.3
jefe final
boss
misión | 0.3
multijugador
servidor
fps
shooter
rpg
mmorpg
battle royale
fortnite
minecraft
league of legends
valorant
call of duty
fifa
ea fc
zelda
pokémon
elden ring
gta
indie*
juego indie
esports
e-sports
torneo | 0.4
ranked
clasificatoria | 0.5
skin | 0.4
skins
dlc
platino | 0.5
retro | 0.4
retrogaming
arcade
joystick
teclado mecánico
ratón gaming
setup
#gaming
#gamer
#videojuegos
#playstation
#xbox
#nintendo
#twitch
#streamer
#pcgaming
#retrogaming
#esports
# second pass: brand-statement language, product and compound words
deportes electrónicos | 0.9
juego de mesa | 0.5
juego de rol | 0.7
jugabilidad | 0.9
gameplay | 0.9
let's play | 0.8
modo historia | 0.7
mundo abierto | 0.8
consola portátil
steam deck | 0.9
headset | 0.6
tarjeta gráfica | 0.6
rtx | 0.7
clan | 0.6
pixel art | 0.7
roguelike | 0.9
metroidvania | 0.9
soulslike | 0.9
mmo | 0.8
moba | 0.9
simulador* | 0.5
speedrunner
mario kart | 0.9
super mario | 0.8
animal crossing | 0.9
counter strike | 0.9
overwatch
apex legends
genshin
roblox
among us | 0.7
final fantasy | 0.9
resident evil | 0.9
god of war | 0.9
dark souls | 0.9
hollow knight | 0.9
stardew valley | 0.9
emulador | 0.8
cartucho | 0.6
game boy | 0.9
game pass | 0.9

[topic home]
casa | 0.3
hogar
bricolaje casero | 0.6
piso | 0.4
apartamento
decoración
decorar
deco*
interiorismo
salón
dormitorio
cocina | 0.4
baño | 0.4
terraza
balcón
jardín
jardinería
plantas
planta | 0.4
macetas
maceta
huerto
semillas
sembrar
trasplantar
regar
césped
compost
bricolaje
diy
reforma
reformas
obra | 0.4
pintar* | 0.4
pintura | 0.4
pared*
paredes
azulejos
tarima
parquet
estantería
estanterías
mueble
muebles
sofá*
mesa* | 0.3
silla | 0.4
lámpara
cortinas
alfombra
cojines
ikea
restaurar muebles
taladro
herramientas
tornillos
lijar
organización | 0.4
ordenar*
limpieza
limpiar
marie kondo
declutter
mudanza
inquilino
alquiler | 0.5
hipoteca | 0.4
#decoracion
#deco
#hogar
#interiorismo
#homedecor
#diy
#bricolaje
#jardineria
#plantas
#huerto
#reforma
#casa
#homesweethome
hazlo tú mismo
# second pass: brand-statement language, product and compound words
productos de limpieza
detergente
suavizante | 0.7
lavavajillas | 0.6
lavadora | 0.6
secadora | 0.5
friegasuelos
lejía*
multiusos | 0.6
fregona
aspiradora*
robot aspirador
bayeta
estropajo
colada* | 0.5
tender la ropa | 0.7
planchar* | 0.6
tendedero
manguera | 0.6
cortacésped
podar* | 0.7
abono para plantas | 0.8
sustrato | 0.6
invernadero | 0.6
riego | 0.5
vajilla | 0.5
menaje | 0.7
ropa de cama
sábanas | 0.7
edredón | 0.7
almohada | 0.6
colchón | 0.5
velas aromáticas | 0.6
papel pintado
electrodomésticos
microondas | 0.6
fontanero
electricista | 0.6
lijadora
destornillador
martillo | 0.5
persianas | 0.5

[topic pets]
mascota
mascotas
perro
perros
perrito
perrita
cachorro
cachorros
gato
gatos
gatito
gatita
michi
michis
minino
gatuno
perruno
peludo
peludos
peluditos
perrhijo
perrhija
gathijo
veterinario
veterinaria
vacunas
desparasitar
pienso para perros
pienso para gatos
comida para perros
arenero
arena para gatos
rascador
correa*
collar | 0.4
arnés
pasear al perro
adiestramiento
educador canino
adiestrador
socialización
obediencia
raza
mestizo
galgo
podenco
golden retriever
labrador
bulldog
chihuahua
pastor alemán
border collie
teckel
conejo
hámster
cobaya
loro
periquito
pecera
acuario
tortuga
adoptar
adopción
protectora
refugio*
acogida
#perro
#perros
#gato
#gatos
#mascotas
#perrosdeinstagram
#gatosdeinstagram
#dogsofinstagram
#catsofinstagram
#michi
#adoptanocompres
#perrhijo
# second pass: brand-statement language, product and compound words
premios para perros | 0.9
chuches para perros | 0.9
snacks para perros | 0.9
golosinas para perros | 0.9
comida para gatos | 0.9
comida húmeda | 0.8
barf | 0.8
transportín | 0.9
cama para perros | 0.8
juguetes para perros | 0.9
collar antiparasitario | 0.9
pipeta | 0.7
pulgas* | 0.6
garrapatas | 0.6
peluquería canina | 0.9
guardería canina | 0.9
paseador de perros | 0.9
residencia canina | 0.9
canino | 0.6
felino | 0.6
hurón | 0.8
pet friendly | 0.8
dog friendly | 0.8
admiten perros | 0.8
caniche | 0.8
maine coon | 0.9
siamés | 0.8
bodeguero | 0.7
mastín | 0.8
husky | 0.9
beagle | 0.9
schnauzer | 0.9
bichón | 0.9
pug | 0.9
carlino | 0.9
shih tzu | 0.9
cocker | 0.8
yorkshire | 0.8
pastor belga | 0.8

# Jokes at a group's expense (see the README, "How cues combine").
[joke]
jaja*
jeje*
jsjs*
jiji
haha*
lol
lmao
es broma
era broma
solo bromeo
estoy bromeando
es coña
sin ánimo de ofender
sin ofender
no te ofendas
humor negro
me muero de risa
muerto de risa
me meo de risa

[mocked inclusivity]
# Group words that also show inclusivity elsewhere ("clases para personas mayores") are listed
# too: named in a joke, they count against it instead (see src/data/README.md).
mayores de 60 | 0.6
personas mayores | 0.4
migrantes | 0.4
inmigrantes | 0.4
personas migrantes | 0.4
refugiados | 0.4
personas refugiadas | 0.4
personas recién llegadas | 0.4
personas con discapacidad | 0.5
usuario de silla de ruedas | 0.5
personas sordas | 0.5
personas ciegas | 0.5
personas autistas | 0.5
# age
los viejitos | 0.5
los vejetes | 0.7
los vejestorios | 1.0
los carcamales | 1.0
los abueletes | 0.6
los yayos | 0.6
los carrozas | 0.8
los ancianos | 0.4
los jubilados | 0.5
los pensionistas | 0.5
los del imserso | 0.6
los del inserso | 0.6
los cincuentones | 0.6
las cincuentonas | 0.6
los sesentones | 0.6
los setentones | 0.6
los mayores de 50 | 0.6
a su edad | 0.4
a sus años | 0.4
a esa edad | 0.4
para el geriátrico | 0.8
carne de geriátrico | 1.0
viejo verde | 0.6
# body
los obesos | 0.6
las obesas | 0.6
los gorditos | 0.6
los rellenitos | 0.5
los fofos | 0.7
los fondones | 0.6
las fondonas | 0.6
personas con sobrepeso | 0.4
ballena varada | 1.0
bola de sebo | 1.0
como un tonel | 0.9
como una vaca | 0.7
los enanos | 0.5
las feas | 0.6
los feos | 0.6
# origin
los extranjeros | 0.4
los guiris | 0.4
los gabachos | 0.6
los chinitos | 0.7
los negritos | 0.8
los moracos | 1.0
los gitanos | 0.6
esa gente | 0.4
los de fuera | 0.4
ojos rasgados | 0.5
# disability
retrasados mentales | 1.0
deficientes mentales | 1.0
los minusválidos | 0.6
los lisiados | 0.9
los mancos | 0.7
los tuertos | 0.7
los cegatos | 0.8
los cieguitos | 0.8
los gangosos | 0.8
los paralíticos | 0.7
los down | 0.7
# gender
mujer al volante | 0.8
peligro constante | 0.6
vete a la cocina | 0.9
hombre de verdad | 0.6
macho de verdad | 0.6
sexo débil | 0.8
las rubias | 0.4
las histéricas | 0.7
las marujas | 0.7
las solteronas | 0.8

[mocked kindness]
# Palabras para señalar o interpelar a alguien de quien uno se ríe: en un post que bromea o se
# burla (y que no muestra amabilidad) cuentan en contra de kindness (ver src/data/README.md).
# tratamiento condescendiente, solo en frases
lo siento cariño | 0.5
tranquila cariño | 0.5
ay cariño | 0.4
mira cariño | 0.4
vale campeón | 0.6
tranquilo campeón | 0.6
tranquila bonita | 0.6
vale reina | 0.5
lo siento reina | 0.5
mira chaval | 0.5
# señalar a comentaristas, seguidores, otras personas
en los comentarios | 0.5
en comentarios | 0.4
alguien comentó | 0.5
un seguidor me escribió | 0.5
mis seguidores | 0.4
hater* | 0.5
este tío | 0.4
esta tía | 0.4
este señor | 0.4
su perfil | 0.5
# comparaciones insultantes
tienes cara de | 0.9
tiene cara de | 0.8
eres igualito a | 0.7
eres igualita a | 0.7
eres clavadito a | 0.7
con esa cara | 0.8
con esas pintas | 0.8
menudas pintas | 0.9
vaya pintas | 0.9
va vestida como | 0.8
va vestido como | 0.8
# humillación: puntuar, juzgar, roast
os pongo nota | 0.8
pongo nota a vuestros | 0.8
puntuando vuestros outfits | 0.8
juzgando vuestros | 0.8
os juzgo | 0.7
los peores outfits | 0.7
los peores looks | 0.7
roasteando | 0.7
sorry not sorry | 0.6
lo siento pero no lo siento | 0.6
