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
lol | 0.5
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
woke | 0.5
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
chorrada
chorradas
paparruchas
patrañas
vende humo
vendehumos
puro cuento
cuentos chinos
a otro perro
no me lo creo
vergüenza ajena
qué vergüenza | 0.5
cringe
ironía | 0.6
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
ridículo | 0.6
ridícula | 0.6
patético
patética
meh
chale
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
recargable | 0.4
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
renovables | 0.5
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
orgánico | 0.4
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
cómo se hace | 0.4
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

[value community]
comunidad*
comunitari*
vecinos | 0.8
vecinas | 0.8
vecino | 0.7
vecina | 0.7
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
encuentro* | 0.4
juntos | 0.5
juntas | 0.5
todos juntos | 0.6
todos unidos | 0.6
club | 0.5
asociación | 0.4
colectivo | 0.5
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
organizamos | 0.4
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

[value kindness]
amabilidad
amable | 0.7
bondad
bondadoso
empatía
empático
empática
compasión
compasivo
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
ayudar | 0.6
ayudé | 0.7
ayudamos | 0.6
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
refugio | 0.4
personas sin hogar | 0.7
situación de calle | 0.7
#sinhogar | 0.7
soledad | 0.5
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
cuidados | 0.4
abrazo | 0.4
abrazos | 0.4
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
refugiados | 0.5
cruz roja | 0.6
cáritas | 0.6
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
consolar | 0.7
consuelo | 0.6
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
orgullo | 0.4
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
capacitismo | 0.7
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
refugiadas | 0.5
multicultural | 0.8
interculturalidad | 0.8
intercultural | 0.7
mestizaje | 0.6
pueblos indígenas | 0.5
feminismo | 0.5
feminista | 0.5
representación | 0.4
representatividad | 0.7
visibilidad | 0.5
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
equilibrio | 0.6
equilibrada | 0.4
autocuidado
cuidarse | 0.5
cuidarme | 0.5
cuidarte | 0.5
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
tranquilidad | 0.5
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

[value family]
familia
familiar | 0.7
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
mamá | 0.7
mami | 0.7
papá | 0.7
papi | 0.6
madre* | 0.4
padre | 0.4
mis padres | 0.8
mi madre | 0.8
mi padre | 0.8
abuela | 0.8
abuelo | 0.8
abuelos | 0.8
abuelita | 0.9
abuelito | 0.9
yaya | 0.8
yayo | 0.8
nieto | 0.8
nieta | 0.8
nietos | 0.8
hijo | 0.7
hija | 0.7
hijos | 0.8
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
hermano | 0.5
hermana | 0.6
hermanos | 0.6
mi hermano | 0.7
mi hermana | 0.7
primos* | 0.5
tíos | 0.3
tía | 0.2
mi tía | 0.6
mi tío | 0.6
sobrino | 0.7
sobrina | 0.7
suegra | 0.6
suegro | 0.6
suegros | 0.6
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
embarazada | 0.7
lactancia | 0.6
hora del baño | 0.5
hora de dormir | 0.6
cuento antes de dormir
cuento para dormir | 0.7
deberes | 0.5
los deberes | 0.6
tareas del cole | 0.6
el cole | 0.6
recoger a los niños | 0.8
salida del cole | 0.7
comida del domingo
domingo en familia
comida de los domingos
sobremesa | 0.5
casa de la abuela
casa de mis padres
casa de los abuelos
casa del pueblo | 0.5
cumpleaños de | 0.4
bautizo | 0.6
comunión | 0.5
primera comunión | 0.6
aniversario | 0.4
bodas de oro | 0.8
cuatro generaciones | 0.9
tres generaciones | 0.9
hogar | 0.4
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
#mama
#mamablogger
#papá
#papa | 0.5
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
taller* | 0.6
calidad | 0.5
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
tallar* | 0.6
tallado a mano
talla en madera
forja
herrero
forjado a mano
cuchillero
cuchillería
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
tejer | 0.6
tejido a mano
telar* | 0.8
ganchillo | 0.6
calceta | 0.6
macramé | 0.6
cestería | 0.8
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
paciencia | 0.5
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

[value creativity]
creatividad
creativo | 0.8
creativa | 0.8
crear* | 0.5
creación | 0.6
creaciones | 0.6
imaginación | 0.8
imaginar | 0.5
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
pintar* | 0.6
acuarela | 0.8
óleo* | 0.6
lienzo | 0.7
mural | 0.7
grafiti | 0.7
graffiti | 0.7
arte | 0.6
artista | 0.6
arte urbano | 0.8
collage | 0.8
fotografía | 0.5
composición | 0.4
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
cacharrear | 0.8
trastear | 0.7
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

[value adventure]
aventura
aventuras
aventurero
aventurera
explorar
exploración
explorando
descubrir | 0.5
descubriendo | 0.5
expedición
travesía* | 0.8
ruta | 0.4
rutas | 0.4
en ruta | 0.6
on the road
carretera | 0.4
roadtrip | 0.8
road trip | 0.8
viaje por carretera
furgo | 0.7
furgoneta camper
camper* | 0.7
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
remoto | 0.5
fin del mundo | 0.5
montaña | 0.6
montañas | 0.6
cumbre | 0.7
cima | 0.6
hacer cumbre
ascensión | 0.7
escalada | 0.8
escalar | 0.8
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
navegar | 0.5
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
trail | 0.5
riesgo | 0.5
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
curioso | 0.4
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
estudio | 0.3
un estudio | 0.5
según un estudio | 0.7
evidencia científica | 0.9
método científico
experimento | 0.5
hipótesis | 0.7
datos | 0.3
física | 0.5
química | 0.5
biología | 0.6
astronomía | 0.7
matemáticas | 0.6
filosofía | 0.6
idiomas | 0.6
aprender idiomas
aprendiendo inglés | 0.8
clase | 0.4
clases | 0.4
curso | 0.5
cursos | 0.5
taller* | 0.3
masterclass | 0.5
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
doctorado | 0.6
tesis | 0.6
profesor | 0.6
profesora | 0.6
profe | 0.6
maestra | 0.6
maestro | 0.4
docente | 0.7
alumnos | 0.6
alumnas | 0.6
estudiantes | 0.5
aula | 0.6
biblioteca | 0.6
libro* | 0.4
leer | 0.5
lectura | 0.5
leyendo | 0.5
reseña del libro | 0.5
recomendación de lectura
documental | 0.6
podcast | 0.4
tutorial | 0.7
tutoriales | 0.7
guía | 0.4
paso a paso | 0.6
hilo explicativo
te lo explico en
resumen | 0.4
aprendizaje continuo
seguir aprendiendo
nunca dejes de aprender
autodidacta | 0.9
mentor | 0.6
mentoría | 0.7
compartir conocimiento
preguntas | 0.3
respondo preguntas | 0.6
dudas | 0.3
resolver dudas | 0.6
mito* | 0.5
desmontando mitos | 0.9
mito o realidad | 0.8
error común | 0.6
errores comunes | 0.6
consejo | 0.3
consejos | 0.3
tips | 0.3
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
descubrir | 0.4
mentes curiosas | 0.9
espíritu crítico | 0.8
pensamiento crítico | 0.9
museo | 0.5
charla | 0.5
conferencia | 0.5
ponencia | 0.7
seminario | 0.6
webinar | 0.7
formación continua | 0.8
academia | 0.6
escuela | 0.4
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
adoptar | 0.8
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
callejero | 0.4
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
trabajador* | 0.5
trabajadoras* | 0.5
sindicato | 0.7
sindical | 0.6
huelga | 0.5
convenio | 0.4
convenio colectivo | 0.7
justicia social
justicia | 0.6
equitativo | 0.8
equitativa | 0.8
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
derechos* | 0.4
derechos humanos | 0.7
dignidad | 0.6
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

[value tradition]
tradición
tradicional
tradiciones
costumbre | 0.7
costumbres | 0.8
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
herencia | 0.7
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
típico | 0.4
típica | 0.4
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
fallas* | 0.4
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
belén | 0.4
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
cocido* | 0.5
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
leyenda | 0.5
leyendas | 0.5
cuentos populares
lengua materna | 0.5
dialecto | 0.5
casco antiguo | 0.5
casco histórico | 0.5
románico | 0.6
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
cómico | 0.7
cómica | 0.7
comedia | 0.7
monólogo | 0.6
stand up | 0.6
humorista | 0.8
cómicos | 0.6
meme | 0.8
memes | 0.8
momazo
momazos
momos | 0.8
jaja* | 0.6
jeje* | 0.4
lol | 0.5
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
plot twist | 0.6
pov | 0.3
cuando te das cuenta | 0.4
expectativa vs realidad | 0.4
torpe | 0.4
torpeza | 0.5
caída épica | 0.6
inocentada | 0.8
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

[value ambition]
ambición
ambicioso
ambiciosa
objetivo | 0.5
objetivos | 0.6
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
victoria | 0.8
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
nominado | 0.5
nominada | 0.5
ascenso | 0.7
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
facturación | 0.6
facturar | 0.6
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
presupuesto | 0.8
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
albergue | 0.6
hostel | 0.6
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
aprovechar | 0.4
me corto el pelo
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
caza | 0.5
cacería*
montería*
jornada de caza
temporada de caza | 0.8
trofeo de caza
caza mayor
safari de caza
cazador | 0.6
pieza abatida
abatido | 0.4
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
rodeo | 0.8
#rodeo
jaripeo
charreada | 0.7
coleo | 0.7
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
jabalí | 0.4

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
fracasados | 0.8
fracasado | 0.7
tontos | 0.4
payasos | 0.4
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
funar | 0.5
funado | 0.5
zasca | 0.3
que te den
llora más | 0.6

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
milagroso | 0.5
producto milagro | 0.6
resultados garantizados | 0.6
no es publi | 0.6
esto no es publi | 0.6
no es publicidad | 0.6
no es patrocinado | 0.6
no patrocinado | 0.4
sin patrocinio | 0.4
no me pagan por | 0.6
nadie me paga por | 0.6
no me han pagado | 0.5
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

[against inclusivity]
los gordos
la gente gorda
gordos | 0.5
gordas | 0.5
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
tejido | 0.5
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
dominadas
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
camper*
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
refugio
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
