# valuematch lexicon: Portuguese (pt)
# Covers European (pt-PT) and Brazilian (pt-BR) usage. Entries are stemmed like post text.

[sponsored]
#publi
#publicidade
#ad
#anúncio
#anuncio
#patrocinado
#patrocinada
#sponsored
#parceria
#parceriapaga
#publipost
#recebido | 0.7
#recebidos | 0.7
#presskit
#colab | 0.6
#colaboração
#colaboracao
#embaixadora | 0.8
#embaixador | 0.8
#afiliado
#linkdeafiliado
#conteudopatrocinado
#jabá | 0.7
publicidade* | 0.8
parceria paga
parceria remunerada
colaboração paga
colaboração remunerada
em parceria com | 0.5
conteúdo patrocinado
post patrocinado
vídeo patrocinado
video patrocinado
este vídeo é patrocinado
patrocinado por
patrocinada por
publipost
essa publi
usa o meu código
usa o código
use meu cupom
use o cupom
usem o cupom
cupom de desconto
código de desconto
código promocional
cupão de desconto
link de afiliado
links de afiliado
link afiliado
recebi da marca
recebidos da marca
enviado pela marca
oferecido pela marca
presente da marca
produto cedido
cedido pela marca
embaixadora da marca
embaixador da marca
anúncio pago
esta publi
uma publi

[negation]
não*
ñ
nunca
jamais
nem
nada
ninguém
nenhum
nenhuma
nenhuns
tampouco
nem sequer
nem pensar
de jeito nenhum
de forma nenhuma
de modo nenhum
de maneira nenhuma
já não*
ainda não*
nunca mais
nada disso
nops

[privative]
# "without"-words: a contradiction after them shows the value ("without plastic");
# a value word after them still shows the value ("sin crueldad animal").
sem

[mockery]
sqn
só que não*
#sqn
aham sei
revirar os olhos
revirando os olhos
pseudo | 0.5
sobrevalorizado
sobrevalorizada
superestimado
superestimada
superestimados
overrated
que se lixe
quero lá saber
estou-me nas tintas
pouco me lixando
tou-me a marimbar
lacração
lacrou | 0.5
lacradores
lacrar | 0.5
sinalização de virtude
virtue signalling
lavagem verde
mimimi
vitimismo* | 0.6
politicamente correto | 0.5
politicamente correcto | 0.5
floco de neve | 0.6
floquinho de neve
woke | 0.5
hipocrisia
hipócrita
hipócritas
papo furado
conversa fiada
conversa para boi dormir
balela
baboseira
baboseiras
treta | 0.4
tretas | 0.5
vergonha alheia
cringe
ridículo | 0.6
ridícula | 0.6
patético
patética
modo ironia
#ironia
ironia | 0.6
sarcasmo | 0.6
#sarcasmo
lol | 0.5
meh
grande coisa | 0.6
grande merda
blá blá blá
blablablá
fachada | 0.4
puro marketing
jogada de marketing | 0.6
marketing barato
modinha | 0.6
gourmetização | 0.6
gourmetizado | 0.5
coach quântico
biscoiteiro | 0.6
biscoiteira | 0.6
pra inglês ver
para inglês ver
queridinho do momento | 0.5
dito cujo | 0.4
pouco me importa
me erra | 0.6
ah tá | 0.5
até parece | 0.6
conta outra
quem se importa | 0.6
tô nem aí
é só marketing

[value sustainability]
sustentáv*
sustentab*
ecológico | 0.8
ecológica | 0.8
ecologista
meio ambiente
ambiental | 0.7
ambientalista
alterações climáticas
mudanças climáticas
crise climática
emergência climática
pegada de carbono
pegada ecológica
emissões | 0.6
descarboniz*
lixo zero
desperdício zero
zero waste
#zerowaste
#lixozero
#sustentabilidade
#sustentável
#ecofriendly
#meioambiente
#fridaysforfuture
#plasticfree
#semplastico
#reciclagem
#segundamão
#brechó
#consumoconsciente
#modasustentavel
#slowfashion
#compostagem
#limpezadepraia
moda sustentável
slow fashion
moda circular
economia circular
consumo consciente
consumo responsável
recicl*
reutiliz*
reaproveit*
reparar | 0.8
reparação | 0.7
consertar
conserto | 0.7
remendar
remendado
cerzir
direito à reparação
repair café
trocar a sola | 0.8
prolongar a vida útil
obsolescência programada | 0.6
segunda mão
em segunda mão
segunda vida
roupa usada
roupas usadas
garimpo | 0.6
feira da ladra | 0.8
feira de usados
troca de roupas
vintage | 0.5
upcycling
compostagem
composteira
minhocário
a granel
frascos de vidro | 0.6
recarga | 0.3
refil | 0.6
retornáve* | 0.7
livre de plástico
saco de pano | 0.7
sacola retornável | 0.8
ecobag | 0.8
garrafa reutilizável
escova de bambu | 0.7
painéis solares | 0.8
placas solares | 0.8
energia solar | 0.8
energias renováveis
renováveis | 0.5
energia eólica | 0.7
carro elétrico | 0.5
bike para o trabalho
bicicleta para o trabalho | 0.8
transporte público | 0.7
de comboio | 0.6
de trem | 0.5
comboio e não avião
trem e não avião
horta urbana | 0.8
horta | 0.5
produto local | 0.6
produtos locais | 0.6
feira de produtores
quilómetro zero
km zero
plantar árvores
reflorestamento
reflorestar
limpeza de praia
mutirão de limpeza
recolha de lixo | 0.7
biodiversidade | 0.8
proteger o planeta
cuidar do planeta
salvar o planeta | 0.7
poluição | 0.4
biodegradável | 0.8
compostáve* | 0.8
orgânico | 0.4
agricultura biológica | 0.8
agroecologia
agrofloresta
permacultura
desperdício alimentar
aproveitar as sobras | 0.7
sobras* | 0.4
cozinha de aproveitamento
eficiência energética | 0.6
poupar água | 0.7
economizar água | 0.7
água da chuva | 0.5
boleia* | 0.4
carona solidária | 0.6
ativismo climático
greve climática
ecoansiedade | 0.6
ecofriendly
# second pass: brand-statement language, product and compound words
feito para durar | 0.6
pensado para durar | 0.6
concebido para durar | 0.6
construído para durar | 0.6
durabilidade | 0.6
fácil de reparar | 0.9
fácil de consertar | 0.9
pensado para ser reparado | 0.9
feito para ser reparado | 0.9
serviço de reparação | 0.8
serviço de conserto | 0.8
peças de reposição | 0.7
peças sobressalentes | 0.6
recondicionado | 0.8
seminovo | 0.6
neutro em carbono
carbono neutro | 0.9
zero emissões
baixas emissões | 0.8
compensação de carbono | 0.6
impacto ambiental | 0.7
baixo impacto | 0.7
menor impacto | 0.6
pegada ambiental
pegada hídrica | 0.8
reduzir resíduos
sem plástico | 0.8
granel | 0.7
embalagem recarregável | 0.8
estação de recarga | 0.5
estação de reabastecimento | 0.8
produtos de proximidade | 0.7
de proximidade | 0.5
agricultura regenerativa
pecuária regenerativa
ecodesign | 0.9
circularidade
energia verde | 0.8
energia limpa | 0.8
madeira certificada | 0.7
fsc | 0.6
gots | 0.5
b corp | 0.6
proteger a natureza
respeito pela natureza | 0.8
cuidar da natureza
gerações futuras | 0.8
futuras gerações | 0.8
planeta | 0.4
aluguel de roupas | 0.7
aluguer de roupa | 0.7
programa de recompra | 0.7
logística reversa | 0.8
plástico recuperado | 0.8
embalagem mínima | 0.6
corantes naturais | 0.5
tingimento natural | 0.6
algodão orgânico | 0.7
algodão biológico | 0.7
fibras naturais | 0.5
shampoo sólido | 0.8
champô sólido | 0.8
cosmética sólida | 0.8
fraldas de pano | 0.8
absorvente de pano | 0.8
copinho menstrual | 0.8
coletor menstrual | 0.8
copo menstrual | 0.8
mobilidade suave | 0.7
mobilidade ativa | 0.7
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
levo o meu próprio copo
copo próprio | 0.8
caneca própria | 0.8
palhinha de inox | 0.7
canudo de inox | 0.7
canudo de metal | 0.7
apanhei lixo na praia
apanhar lixo | 0.9
catar lixo | 0.9
beatas de cigarro | 0.8
bitucas de cigarro | 0.8
bitucas | 0.4
microplásticos | 0.7
plogging
ecoponto | 0.8
separar o lixo | 0.9
separação de resíduos | 0.9
coleta seletiva
lixo orgânico | 0.7
vermicompostagem
composto caseiro | 0.9
comprei usado | 0.9
dei nova vida | 0.7
em vez de deitar fora | 0.9
em vez de jogar fora | 0.9
em vez de comprar novo | 0.9
vendi o carro | 0.7
vida sem carro | 0.9
sem carro | 0.5
levar os frascos | 0.8
frascos reutilizados | 0.9
banhos curtos | 0.7
fechar a torneira | 0.6
reaproveitar a água | 0.8
cisterna | 0.5
sementes crioulas | 0.8
polinizadores | 0.7
jardim selvagem | 0.6
relva por cortar | 0.7
secar a roupa ao sol | 0.6
roupa a secar ao sol | 0.6
lavar a 30 graus | 0.6
usar até gastar | 0.7
descarte correto | 0.9
descarte consciente | 0.9
pilhas usadas | 0.6
óleo usado | 0.6
ponto de recolha | 0.6
devolver as embalagens | 0.8
tara retornável | 0.9
passe mensal | 0.3
comboio em vez do avião
trem em vez de avião
sem voar | 0.7
deixei de voar | 0.9
brechó* | 1.0
remendo* | 1.0

[value honesty]
honestidade
honesto
honesta
sinceridade
sincero
sincera*
transparência
transparente | 0.8
verdade | 0.2
vou ser sincera
vou ser sincero
vou ser honesta
vou ser honesto
sendo sincera
sendo sincero
sendo honesta
sendo honesto
para ser honesta
para ser honesto
sem filtro | 0.5
sem filtros | 0.5
#semfiltro
#semfiltros
#vidareal | 0.5
#honestidade
#transparencia
#transparência
opinião sincera
opinião honesta
review sincera
review honesta
resenha honesta
resenha sincera
avaliação honesta
minha opinião real
opinião real
pontos positivos e negativos
o que não gostei | 0.8
não gostei | 0.6
não recomendo | 0.7
não me convenceu | 0.6
decepcionante | 0.5
dececionante | 0.5
errei
eu errei
me enganei
enganei-me
admito
assumo o erro
reconheço | 0.6
peço desculpa | 0.7
peço desculpas | 0.7
minhas desculpas | 0.7
desculpas | 0.4
retratação | 0.8
corrigindo | 0.4
correção | 0.3
correcção | 0.3
esclarecimento | 0.6
esclarecer | 0.5
comprei com meu dinheiro
paguei do meu bolso
realidade vs instagram
expectativa vs realidade
expectativa x realidade
instagram vs realidade
bastidores | 0.5
por trás das câmeras
por trás das câmaras
como é fabricado | 0.4
origem dos materiais
cadeia de fornecimento | 0.6
cadeia de produção | 0.5
rastreabilidade | 0.8
sem retoques | 0.7
sem edição | 0.7
sem photoshop | 0.7
foto sem edição
#semedição
#semedicao
#semphotoshop
#semretoques
pele real | 0.6
corpo real | 0.5
corpos reais | 0.5
realista | 0.5
honestamente | 0.7
sinceramente | 0.6
confesso | 0.6
confissão | 0.5
tenho que confessar | 0.6
tenho de confessar | 0.6
mostrar a realidade | 0.7
a dura realidade | 0.5
papo reto | 0.8
falar abertamente | 0.7
sem papas na língua | 0.6
coerência | 0.6
coerente | 0.5
integridade*
ética | 0.5
prestar contas | 0.7
cumpri a promessa | 0.7
promessa cumprida | 0.6
checagem de fatos | 0.7
verificação de factos | 0.7
fact check | 0.6
desmentir | 0.6
desmistificar | 0.5
fake news | 0.4
desinformação | 0.5
fontes | 0.3
citar as fontes | 0.6
vulnerabilidade | 0.5
o que ninguém conta | 0.6
sem pose | 0.5
sem máscaras | 0.5
transparência total
prós e contras | 0.7
erro meu | 0.6
foi erro meu
de onde vem | 0.4
como é feito | 0.5
do meu bolso | 0.6
# second pass: brand-statement language, product and compound words
decomposição do preço | 0.9
composição do preço | 0.8
custo real | 0.7
custo de produção | 0.6
sem letras miudinhas | 0.9
sem letra miúda | 0.9
sem letras pequenas | 0.9
sem truques | 0.6
sem enganos | 0.8
sem mentiras | 0.8
sem segredos | 0.7
contar a verdade | 0.8
dizer a verdade | 0.8
falar a verdade | 0.8
nada a esconder | 0.8
não escondemos nada | 0.8
sem esconder nada | 0.8
mostrar o processo | 0.6
processo de fabrico | 0.5
nossas fábricas | 0.5
lista de fornecedores | 0.8
nossos fornecedores | 0.5
auditoria independente | 0.9
auditoria | 0.5
certificação independente | 0.7
rotulagem clara | 0.8
rótulo claro | 0.7
informação clara | 0.6
linguagem clara | 0.6
lista completa de ingredientes | 0.7
origem dos ingredientes | 0.7
rastreável | 0.8
admitir erros | 0.8
reconhecer erros | 0.8
aprender com os erros | 0.6
erramos | 0.7
sem ingredientes escondidos | 0.8
sem custos escondidos | 0.8
sem taxas escondidas | 0.8
clareza | 0.5
veracidade | 0.8
avaliações verificadas | 0.6
relatório de impacto | 0.7
fotos reais | 0.6
resultados reais | 0.5
verdade nua e crua | 0.7
dar a cara | 0.6
assumir a responsabilidade | 0.7
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
devolvi a carteira
devolvi o troco a mais
troco a mais | 0.9
devolvi o dinheiro | 0.6
afinal estava errada | 0.9
eu estava errada | 0.8
estava enganada | 0.8
dei informação errada | 0.9
informação errada | 0.6
corrigi o post | 0.7
errata | 0.8
mea culpa
a culpa foi minha | 0.9
pedir desculpa | 0.7
fiz asneira | 0.5
não tenho vergonha de admitir | 0.7
vou ser transparente
números reais | 0.7
quanto ganhei | 0.8
quanto faturei | 0.7
mostrar os números | 0.7
partilho os números | 0.8
rendimentos do mês | 0.6
isto é publicidade
isto é uma publi
isto é publi
a marca não viu | 0.9
a marca não aprovou | 0.9
apesar de ser publi | 0.9
mesmo sendo publi | 0.9
opinião continua a ser minha | 0.9
a opinião é minha | 0.8
não recomendaria | 0.6
não vale o preço | 0.6
não funcionou comigo | 0.4
não resultou comigo | 0.4
testei durante | 0.7
testei por um mês | 0.8
usei durante três meses | 0.8
depois de um mês de uso | 0.8
cara lavada | 0.4
pele de verdade | 0.6
poros à vista | 0.6
sem maquiagem | 0.4
sem maquilhagem | 0.4
verdade seja dita | 0.6
vou abrir o jogo
falar a real | 0.8
a real é que | 0.6
não vou mentir | 0.8
vou ser sincera convosco | 0.9
fábrica por dentro | 0.7
visita à fábrica | 0.6
quanto custa produzir | 0.8
custo de cada peça | 0.7
margem de lucro | 0.6
sem rodeios | 0.7
o lado menos bonito | 0.7
nem tudo é perfeito | 0.7
nem tudo são flores | 0.7
vida real | 0.4
achei uma carteira | 0.5

[value community]
comunidade*
comunitári*
vizinhos | 0.8
vizinhas | 0.8
vizinho | 0.7
vizinha | 0.7
vizinhança | 0.8
vizinhança unida
bairro | 0.5
meu bairro | 0.6
nosso bairro | 0.8
festa do bairro
festa de bairro
associação de moradores
junta de freguesia | 0.5
freguesia | 0.4
voluntários | 0.8
voluntárias | 0.8
voluntariado | 0.8
voluntário | 0.7
voluntária | 0.7
mutirão*
mutirões
encontrinho | 0.6
meetup
juntos | 0.5
juntas | 0.5
todos juntos | 0.6
juntos somos mais
coletivo | 0.6
colectivo | 0.6
cooperativa | 0.6
associação | 0.4
clube | 0.4
grupo de corrida | 0.6
grupo de leitura | 0.7
clube do livro | 0.7
clube de leitura | 0.7
horta comunitária
banco de tempo
rede de apoio | 0.8
apoio mútuo
ajuda mútua
entreajuda
tecido social
sentimento de pertença
sentimento de pertencimento
pertencimento | 0.7
pertença | 0.6
comércio local | 0.8
comércio de bairro
comércio do bairro
lojas do bairro
compre do pequeno
compre local | 0.8
apoie o comércio local
apoiar o comércio local
pequenos negócios | 0.6
pequenos produtores | 0.5
#compredopequeno
#comerciolocal
#compralocal
#comunidade
#voluntariado
#mutirão
#mutirao
#juntossomosmais
#bairro | 0.4
churrasco com os vizinhos
almoço comunitário
jantar comunitário
leva um prato | 0.7
piquenique | 0.4
arraial | 0.6
santos populares | 0.6
festa junina | 0.5
quermesse | 0.7
bazar solidário | 0.6
feira solidária | 0.7
brechó solidário | 0.7
campanha de arrecadação | 0.7
reunião de moradores
reunião de condomínio | 0.4
assembleia | 0.5
assembleia de moradores
organizamos | 0.4
participantes | 0.4
convivência | 0.6
convívio | 0.7
confraternização | 0.6
integração | 0.4
nossa comunidade | 0.9
esta comunidade | 0.8
essa comunidade | 0.8
obrigada comunidade | 0.8
obrigado comunidade | 0.8
em comunidade
colaborar | 0.4
cooperar | 0.5
partilhar | 0.3
compartilhar | 0.3
solidariedade entre vizinhos
rede de vizinhos
grupo do bairro
grupo de vizinhos
limpeza do bairro
pintura do mural | 0.5
mural coletivo | 0.7
biblioteca comunitária
centro comunitário
centro cultural | 0.4
casa do povo | 0.6
coletividade | 0.8
colectividade | 0.8
sociedade recreativa
escuteiros | 0.5
escoteiros | 0.5
escotismo | 0.5
torcida | 0.3
tribo | 0.5
minha tribo | 0.6
galera do bairro
pessoal do bairro
malta do bairro
todos convidados | 0.3
entrada livre | 0.4
entrada gratuita | 0.4
roda de conversa | 0.6
sarau | 0.6
roda de samba | 0.5
batucada | 0.4
ocupação cultural | 0.6
economia solidária
associativismo
associação cultural | 0.6
pertencer | 0.5
# second pass: brand-statement language, product and compound words
juntar as pessoas | 0.9
unir as pessoas | 0.9
reunir pessoas | 0.8
espaço de encontro | 0.8
ponto de encontro | 0.7
lugar de encontro | 0.7
sentir-se parte | 0.8
vida de bairro | 0.8
espírito de bairro | 0.8
economia local | 0.7
criar laços | 0.7
trabalho em rede | 0.6
projeto colaborativo | 0.8
iniciativa local | 0.7
associações locais | 0.7
entidades locais | 0.6
clubes locais | 0.6
artistas locais | 0.5
portas abertas | 0.5
mesa partilhada | 0.8
mesa compartilhada | 0.8
horta partilhada | 0.8
horta compartilhada | 0.8
espaço partilhado | 0.6
espaço compartilhado | 0.6
conviver | 0.6
coesão social | 0.9
participação cidadã | 0.9
participação cívica | 0.8
orçamento participativo
pequeno comércio | 0.8
economia social | 0.8
grande família | 0.5
irmandade | 0.6
fraternidade | 0.6
unir forças | 0.7
rede de solidariedade | 0.8
todos unidos | 0.6
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
jantar de vizinhos
almoço de vizinhos
festa de rua
mesa comprida na rua | 0.8
grupo de whatsapp do prédio | 0.8
grupo do prédio | 0.8
vizinhos do prédio | 0.9
novos vizinhos | 0.9
biblioteca de rua
troca de livros | 0.9
feira de trocas | 0.9
troca de sementes
mercearia do bairro
mercearia da esquina | 0.8
padaria do bairro
tasca do bairro | 0.9
café da esquina | 0.6
todos se conhecem | 0.7
toda a gente se conhece | 0.9
todo mundo se conhece | 0.9
pedalada coletiva | 0.9
bicicletada* | 0.8
massa crítica | 0.6
roda de leitura | 0.8
coro da aldeia | 0.8
banda filarmónica | 0.8
filarmónica | 0.7
banda da terra | 0.8
escola de samba | 0.6
bloco de rua | 0.7
torneio de bairro | 0.8
campeonato do bairro | 0.8
torneio solidário | 0.9
ajudar a vizinha | 0.8
regar as plantas da vizinha | 0.7
emprestar ferramentas | 0.7
biblioteca de ferramentas
partilhar ferramentas | 0.8
toda a gente ajudou | 0.7
todo mundo ajudou | 0.7
a aldeia inteira | 0.8
o bairro inteiro | 0.8
a rua inteira | 0.6
a vila inteira | 0.7
gente da terra | 0.6
nossa gente | 0.5
pessoal da rua | 0.6
moradores | 0.5
rede de mães | 0.8
grupo de mães | 0.7
encontro de seguidores | 0.7
bem-vindos ao bairro | 0.8
lojistas do bairro | 0.9
horta do bairro | 0.9
festival de bairro | 0.9
cinema de bairro | 0.8
cinema ao ar livre | 0.4
arregaçar as mangas | 0.4
quotas da associação | 0.6
sócios da colectividade | 0.9
sócios do clube | 0.5
bombeiros voluntários | 0.8
grupo de caminhada | 0.7
caminhada de grupo | 0.6
corrida do bairro | 0.8
vizinhos que se tornaram amigos

[value kindness]
gentileza
gentil | 0.7
bondade
bondoso
bondosa
empatia*
empático*
empática*
compaixão
compassiv*
generosidade*
generoso* | 0.8
generosa* | 0.8
solidariedade
solidári* | 0.8
altruísmo
altruísta
desinteressadamente | 0.8
ajuda desinteressada
ajudar | 0.4
ajudei | 0.5
ajudamos | 0.4
dar uma mão | 0.8
dar uma força | 0.7
escutar | 0.4
me escutou | 0.6
escuta ativa | 0.8
escuta activa | 0.8
obrigado por ouvir | 0.6
peça ajuda | 0.8
pedir ajuda | 0.7
gratidão | 0.4
grata* | 0.4
grato* | 0.4
agradecida | 0.5
agradecido | 0.5
doar* | 0.8
doação | 0.8
doações | 0.8
doamos | 0.8
doei | 0.8
donativo | 0.8
donativos | 0.8
banco alimentar
banco de alimentos
cesta básica | 0.7
cestas básicas | 0.7
sopa dos pobres
refeitório social
abrigo | 0.4
situação de rua | 0.7
sem-abrigo | 0.7
sem abrigo | 0.6
moradores de rua | 0.6
#semabrigo
solidão | 0.5
solidão indesejada
acompanhar | 0.4
saúde mental | 0.7
#saudemental | 0.7
#saúdemental | 0.7
ansiedade | 0.3
depressão | 0.3
apoio emocional
acolher | 0.6
acolhimento | 0.6
acolhedor | 0.3
cuidar dos outros | 0.4
abraço | 0.4
abraços | 0.4
abraço apertado | 0.5
carinho | 0.4
ternura | 0.5
boa ação
boas ações
boa acção
boas acções
ato de bondade
atos de bondade
gesto bonito | 0.6
gestos bonitos | 0.6
alegrar o dia | 0.6
alegrou o meu dia | 0.6
alegrou meu dia | 0.6
café pendente
nossos idosos | 0.6
lar de idosos | 0.5
asilo | 0.5
campanha solidária
corrida solidária | 0.8
caminhada solidária | 0.8
angariar fundos
angariação de fundos
arrecadar | 0.6
arrecadação | 0.6
arrecadamos | 0.8
vaquinha | 0.5
recolha de alimentos
arrecadação de alimentos
campanha do agasalho
doação de roupas
ajuda humanitária | 0.8
refugiad* | 0.5
cruz vermelha | 0.6
cáritas | 0.6
ong | 0.5
doar sangue
dador de sangue
doador de sangue
doadores | 0.6
dadores | 0.6
doação de sangue
doação de medula
dador de medula
respeito | 0.4
paciência | 0.3
compreensão | 0.5
perdoar | 0.5
amor ao próximo
bullying | 0.4
cyberbullying | 0.4
ciberbullying | 0.4
#stopbullying | 0.6
#gentileza
#gentilezageragentileza
#bondade
#solidariedade
#empatia
gentileza gera gentileza
seja gentil
sejam gentis
sejamos gentis
palavras bonitas | 0.5
mensagens bonitas | 0.5
setembro amarelo | 0.8
cvv | 0.7
prevenção do suicídio | 0.8
linha de apoio | 0.7
sos voz amiga | 0.8
consolar* | 0.7
sorriso | 0.2
desconhecido | 0.3
pode contar comigo
fazer o bem
estou aqui para ouvir
quem mais precisa | 0.8
pensar nos outros
# second pass: brand-statement language, product and compound words
cuidar das pessoas | 0.7
com carinho | 0.5
atendimento humanizado | 0.8
calor humano | 0.7
ajudar os outros | 0.9
ajudar o próximo | 0.9
causas sociais | 0.7
ação social | 0.7
acção social | 0.7
impacto social | 0.6
parte dos lucros | 0.6
parte das vendas | 0.6
revertido para | 0.6
instituições de caridade | 0.8
caridade | 0.7
beneficente | 0.8
voluntariado corporativo | 0.8
apoio psicológico | 0.7
não estás sozinho | 0.8
respeito mútuo | 0.6
sem esperar nada em troca | 0.9
mão amiga | 0.8
estender a mão | 0.9
impacto positivo | 0.6
pessoas vulneráveis | 0.7
famílias carenciadas | 0.8
famílias carentes | 0.8
crianças carentes | 0.8
em risco de exclusão | 0.8
cuidado com o outro | 0.7
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
paguei o café | 0.6
paguei as compras | 0.7
ajudei uma senhora | 0.8
ajudei um desconhecido
ajudar um estranho
ajudei uma idosa
carregar as compras | 0.6
ajudei a atravessar a rua
cedi o lugar | 0.8
distribuir refeições | 0.9
distribuição de refeições
quentinhas para moradores de rua
quentinhas* | 0.6
refeições para os sem-abrigo
sopa solidária
ronda solidária
rondas noturnas | 0.8
visitar os idosos
visita ao lar | 0.4
fazer companhia | 0.8
fiz companhia | 0.8
ouvir sem julgar
escutar sem julgar
sem julgamentos | 0.7
está tudo bem não estar bem
cartas para idosos
adotar um avô
doei sangue
doei o cabelo
doar cabelo
cabelo para perucas
doei roupa | 0.9
doação de brinquedos
pai natal solidário
papai noel dos correios
cartinhas do papai noel | 0.9
pequeno gesto | 0.7
gesto simples | 0.6
gesto de carinho | 0.7
bondade de estranhos
gentileza de um estranho
ombro amigo | 0.8
ombro para chorar | 0.8
pedir ajuda não é fraqueza
deixou um bilhete | 0.4
levei sopa | 0.6
compras para a vizinha | 0.8
vizinha idosa | 0.6
dar sem esperar | 0.9
fiz questão de ajudar | 0.8
mandei mensagem a perguntar | 0.6
como estás a sentir-te | 0.6
cuida de ti | 0.4
força para ti | 0.4
força pra você | 0.4

[value inclusivity]
inclusão
inclusivo*
diversidade
diverso | 0.6
diversa | 0.6
acessibilidade
acessíve* | 0.7
igualdade | 0.7
equidade | 0.6
todos os corpos | 0.6
todos os tamanhos | 0.5
todas as idades | 0.5
todos os géneros | 0.5
todos os gêneros | 0.5
todes* | 0.8
todxs | 0.8
cabe todo mundo
aqui cabe todo mundo
todos são bem-vindos | 0.4
diversidade corporal
positividade corporal
body positive
bodypositive
#bodypositive
#bodypositivity
#diversidadecorporal
#todososcorpos
#todocorpoeumcorpo
#inclusão
#inclusao
#diversidade
#acessibilidade
#igualdade
#orgulho
#pride
#lgbtqia
#lgbt
#lgbtq
lgbt | 0.8
lgbtq | 0.8
lgbtqia | 0.8
lgbtqia+ | 0.8
lgbti | 0.8
orgulho lgbt
parada lgbt
marcha do orgulho
queer* | 0.7
pessoas trans
não binário | 0.7
não binárie | 0.7
pronomes | 0.6
identidade de género | 0.6
identidade de gênero | 0.6
diversidade sexual | 0.8
plus size | 0.6
tamanhos grandes | 0.6
gordofobia | 0.6
capacitis* | 0.8
etaris* | 0.7
idadismo* | 0.7
racismo | 0.5
antirracista
antirracismo
xenofobia | 0.5
deficiência | 0.7
pessoas com deficiência
pcd | 0.8
pcds | 0.8
cadeira de rodas | 0.6
cadeirante* | 0.8
rampa | 0.4
língua gestual | 0.8
língua de sinais | 0.8
legendas descritivas | 0.8
legendado* | 0.4
audiodescrição | 0.8
#pracegover | 0.9
#paratodosverem | 0.9
braille | 0.7
autismo | 0.6
autista | 0.5
neurodivergente | 0.8
neurodiversidade | 0.8
tdah | 0.5
síndrome de down | 0.6
surdo | 0.4
surda | 0.4
cego | 0.3
cega | 0.3
pessoas idosas | 0.5
terceira idade | 0.4
com qualquer idade
em qualquer idade | 0.7
independentemente da idade
venha de onde vier | 0.8
imigrantes | 0.5
migrantes | 0.5
pessoas migrantes | 0.6
refugiad* | 0.5
multicultural | 0.8
interculturalidade | 0.8
intercultural | 0.7
povos indígenas | 0.5
povos originários | 0.6
feminismo | 0.5
feminista | 0.5
representatividade | 0.8
representação | 0.2
visibilidade | 0.5
visibilizar | 0.6
lugar de fala | 0.5
espaço seguro | 0.8
acolhimento | 0.4
respeito à diversidade
sem preconceito | 0.6
sem preconceitos | 0.6
quebrar estereótipos
derrubar estereótipos
estereótipos | 0.4
adaptado | 0.3
adaptada | 0.3
desporto adaptado
esporte adaptado
paralímpico | 0.6
paralímpicos | 0.6
casa de banho acessível
banheiro acessível
famílias diversas
família diversa
duas mães* | 0.6
dois pais | 0.5
unissex | 0.4
sem género | 0.5
sem gênero | 0.5
moda inclusiva
moda adaptativa
linguagem inclusiva | 0.7
linguagem neutra | 0.6
mulheres negras | 0.5
pessoas negras | 0.5
consciência negra | 0.7
mês da consciência negra
seja quem for | 0.6
tal como és | 0.5
inclusiva*
# second pass: brand-statement language, product and compound words
cada corpo | 0.8
qualquer corpo | 0.8
todo tipo de corpo | 0.6
todos os tipos de corpo | 0.6
corpos reais | 0.7
ampla gama de tamanhos | 0.7
grade ampliada | 0.7
numeração ampliada | 0.7
todas as pessoas | 0.5
para todos | 0.3
para todo mundo | 0.4
para toda a gente | 0.4
independentemente da origem
seja qual for a origem | 0.9
de qualquer origem | 0.9
qualquer género | 0.8
deficiências invisíveis | 0.8
todas as culturas | 0.6
diversidade cultural | 0.9
todas as famílias | 0.6
todo tipo de família | 0.8
famílias monoparentais | 0.6
ninguém fica para trás | 0.9
ninguém fique para trás | 0.9
não deixar ninguém para trás | 0.9
sem deixar ninguém para trás | 0.9
ninguém fica de fora | 0.9
sem excluir ninguém | 0.9
sem discriminação | 0.9
não discriminação | 0.8
igualdade de oportunidades | 0.6
mulheres na tecnologia
mulheres na ciência
meninas na tecnologia
meninas na ciência
mulheres e meninas | 0.6
mulheres em stem
#mulheresnatecnologia
#mulheresnaciencia
igualdade de género | 0.8
equidade de género | 0.9
perspectiva de género | 0.6
sem barreiras | 0.9
livre de barreiras
eliminar barreiras
barreiras arquitetónicas | 0.8
design universal | 0.8
desenho universal | 0.8
design para todos | 0.8
mobilidade reduzida | 0.8
pictogramas | 0.7
em risco de exclusão | 0.6
pluralidade | 0.6
letramento racial | 0.8
equidade racial | 0.9
interseccionalidade | 0.7
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
com legendas | 0.4
vídeos legendados | 0.7
legendas para surdos
closed caption | 0.8
legendagem | 0.5
intérprete de língua gestual
intérprete de libras
em libras | 0.8
tradução em libras
janela de libras
língua brasileira de sinais
aula de libras | 0.8
comunidade surda
pessoas surdas
pessoas cegas
baixa visão | 0.8
deficiência visual | 0.9
deficiência auditiva | 0.9
deficiência intelectual | 0.9
deficiência motora | 0.9
cão-guia | 0.8
piso tátil
piso podotátil
sem degraus | 0.9
acesso sem degraus
entrada acessível
rampa de acesso
acessível a cadeiras de rodas
utilizadores de cadeira de rodas
usuários de cadeira de rodas
casa de banho adaptada
banheiro adaptado
leitura fácil | 0.6
linguagem simples | 0.4
texto alternativo | 0.9
descrição da imagem | 0.9
alt text | 0.8
leitor de ecrã
leitor de tela
hora silenciosa
horário silencioso
sessão relaxada | 0.8
sessões adaptadas | 0.9
sessão azul | 0.9
sobrecarga sensorial | 0.7
cordão de girassol
deficiências ocultas | 0.9
mobilidade condicionada | 0.9
cardápio em braille
menu em braille
corpo gordo | 0.7
pessoas gordas | 0.8
ativismo gordo
corpos maiores | 0.8
corpos diferentes | 0.8
dos 8 aos 80 | 0.8
dos 7 aos 77 | 0.8
intergeracional | 0.8
mulheres mais velhas | 0.5
modelos maduras | 0.7
recém-chegados | 0.6
refugiados são bem-vindos
refugees welcome
acolher refugiados
aulas de português para imigrantes
português para estrangeiros | 0.7
português língua de acolhimento
mediadores culturais | 0.8
traduzido para | 0.4
disponível em várias línguas | 0.6
em vários idiomas | 0.5
multilingue | 0.6
mulheres na programação
meninas que programam
casamento igualitário
nome social | 0.9
mulher trans | 0.9
homem trans | 0.9
casa de banho neutra | 0.9
banheiro neutro | 0.9
banheiro unissex | 0.8
quilombola | 0.6
comunidades indígenas | 0.6
comunidade cigana | 0.6
pessoas racializadas | 0.9
afrodescendentes | 0.7
ações afirmativas | 0.9
acção afirmativa | 0.9
cotas raciais | 0.7
não importa a idade | 0.7
não importa o tamanho | 0.6
não importa de onde vens | 0.9
não importa de onde você vem | 0.9
sem distinção de | 0.8
boccia | 0.7
goalball | 0.9
paradesporto
paratleta | 0.9
trissomia 21 | 0.7
todos cabem | 0.7
há lugar para todos | 0.7
cabem todos | 0.7

[value wellbeing]
bem-estar
saúde | 0.4
saudáv* | 0.8
vida saudável
hábitos saudáveis
comida saudável
alimentação saudável
alimentação equilibrada
dieta equilibrada
equilíbrio | 0.6
autocuidado
cuidar de mim | 0.4
cuidar de si | 0.7
self care
selfcare
#selfcare
#autocuidado
#bemestar
#vidasaudavel
#saudemental
#mindfulness
#yoga | 0.6
#descanso
saúde mental
saúde física | 0.7
dormir bem | 0.5
horas de sono | 0.7
noite bem dormida | 0.8
descanso | 0.6
descansar | 0.6
sesta | 0.5
soneca | 0.5
rotina de sono
higiene do sono
deitar cedo | 0.8
dormi cedo | 0.7
desligar | 0.3
desconectar | 0.6
detox digital | 0.8
desintoxicação digital
menos ecrãs | 0.7
menos telas | 0.7
menos tempo de ecrã
menos tempo de tela
meditação | 0.8
meditar | 0.8
mindfulness | 0.8
respiração | 0.6
respirar fundo | 0.6
ioga | 0.6
yoga | 0.6
pilates | 0.4
alongamento | 0.4
alongamentos | 0.4
alongar | 0.5
caminhar* | 0.5
caminhada* | 0.5
passeio a pé | 0.5
10 mil passos | 0.6
movimento | 0.3
mexer o corpo | 0.6
exercício físico | 0.6
atividade física | 0.6
actividade física | 0.6
natureza | 0.3
banho de floresta
ar livre | 0.4
hidratação | 0.3
beber água | 0.6
fruta | 0.4
legumes | 0.4
verduras | 0.4
leguminosas | 0.4
comida caseira | 0.4
comida de verdade | 0.6
comida de panela | 0.4
sem açúcar | 0.4
menos açúcar
terapia | 0.6
psicóloga | 0.6
psicólogo | 0.6
ir à terapia | 0.8
fazer terapia | 0.8
ansiedade | 0.4
stress | 0.4
estresse | 0.4
gerir o stress
lidar com o estresse
gestão emocional | 0.8
inteligência emocional | 0.6
emoções | 0.4
calma | 0.6
tranquilidade | 0.5
paz interior | 0.8
paz de espírito | 0.8
serenidade | 0.7
impor limites | 0.8
colocar limites | 0.8
saber dizer não | 0.6
ouvir o corpo | 0.8
escutar o corpo | 0.8
ouvir o meu corpo
sem culpa | 0.5
dia de descanso | 0.8
sem pressa | 0.5
slow living
vida lenta | 0.6
#slowliving
abrandar | 0.6
desacelerar | 0.7
diário de gratidão | 0.7
journaling | 0.7
banho relaxante | 0.5
massagem | 0.4
fisioterapia | 0.5
fisio | 0.4
check-up | 0.5
exames de rotina | 0.5
saúde hormonal | 0.6
ciclo menstrual | 0.5
menopausa | 0.4
nutricionista | 0.6
relação com a comida | 0.5
alimentação intuitiva
comer intuitivo
sem dietas | 0.5
me sinto melhor | 0.5
sinto-me melhor | 0.5
corpo e mente
mente e corpo
mente sã | 0.8
comer bem | 0.5
no meu ritmo | 0.5
# second pass: brand-statement language, product and compound words
por dentro e por fora | 0.5
vida equilibrada | 0.8
saúde integral | 0.8
bem-estar integral
holístico | 0.6
corpo são | 0.7
nutrição | 0.5
nutritivo | 0.6
sem aditivos | 0.6
sem conservantes | 0.5
sem açúcar adicionado | 0.6
dormir melhor | 0.7
sono reparador | 0.8
qualidade do sono | 0.7
reduzir o stress | 0.8
reduzir o estresse | 0.8
menos stress | 0.6
menos estresse | 0.6
gerir a ansiedade | 0.7
lidar com a ansiedade | 0.7
bem-estar emocional | 0.9
saúde emocional | 0.8
equilíbrio emocional | 0.8
autoestima | 0.6
amor próprio | 0.6
cuidado pessoal | 0.6
vida ativa | 0.7
vida activa | 0.7
envelhecimento ativo | 0.7
envelhecimento activo | 0.7
longevidade | 0.6
saúde preventiva | 0.7
relaxamento | 0.6
bem-estar digital | 0.8
viver melhor | 0.5
comida real | 0.6
sem ultraprocessados | 0.8
dieta mediterrânica | 0.7
autocompaixão | 0.7
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
dormi oito horas | 0.8
sem telemóvel no quarto | 0.9
sem celular no quarto | 0.9
pausa das redes | 0.8
pausa das redes sociais | 0.9
menos redes sociais | 0.7
modo avião | 0.4
desliguei o telemóvel | 0.7
desliguei o celular | 0.7
desligar do trabalho | 0.8
dia para mim | 0.6
tempo para mim | 0.6
um chá e um livro | 0.6
caminhada matinal | 0.8
ir a pé para o trabalho | 0.7
respirar ar puro | 0.6
sopa de legumes | 0.5
prato colorido | 0.6
refeição equilibrada | 0.9
pequeno-almoço equilibrado | 0.8
café da manhã equilibrado | 0.8
comer devagar | 0.7
cozinhar em casa | 0.4
consulta de psicologia | 0.8
descanso ativo | 0.8
banho de mar | 0.4
duche frio | 0.4
banho frio | 0.4
treino leve | 0.6
postura | 0.3
fisioterapeuta | 0.5
consulta de rotina | 0.6
rastreio do cancro | 0.6
rastreio do câncer | 0.6
mamografia | 0.6
exame preventivo | 0.7
outubro rosa | 0.6
novembro azul | 0.6
não há problema em descansar | 0.9
respeitar o meu corpo | 0.8
sem pressão | 0.4
saúde acima de tudo | 0.8
primeiro a saúde | 0.7
dormir o suficiente | 0.8
acordar sem despertador | 0.8
rotina da manhã | 0.4
rotina matinal | 0.4
pausa para respirar | 0.8
passeio na natureza | 0.6
caminhada na natureza | 0.7

[value family]
família
familiar | 0.4
em família
minha família
nossa família
tempo em família
programa em família
passeio em família
almoço de família
almoço em família
jantar em família
jantar de família
reunião de família
encontro de família
pai | 0.4
*papá | 0.5
meus pais | 0.3
os meus pais | 0.3
minha mãe* | 0.5
meu pai | 0.5
avó | 0.4
avô | 0.4
avós | 0.4
vovó | 0.5
vovô | 0.5
vózinha | 0.5
avozinha | 0.5
neto | 0.5
neta | 0.5
netos | 0.5
filho | 0.6
filha | 0.6
filhos | 0.8
meu filho | 0.9
minha filha | 0.9
meus filhos | 0.9
os miúdos | 0.6
miúdos | 0.4
as crianças | 0.5
crianças | 0.4
o bebé | 0.7
o bebê | 0.7
nenê | 0.7
neném | 0.7
recém-nascido | 0.8
recém-nascida | 0.8
irmão | 0.4
irmã | 0.4
irmãos | 0.4
meu irmão | 0.5
minha irmã | 0.5
tios | 0.3
tia | 0.3
titia | 0.7
tio | 0.3
sobrinho | 0.7
sobrinha | 0.7
sobrinhos | 0.7
sogra | 0.4
sogro | 0.4
sogros | 0.4
meu marido | 0.7
minha esposa | 0.7
meu esposo | 0.7
maternidade | 0.8
paternidade | 0.8
maternar | 0.8
criar os filhos
criação dos filhos
educar os filhos
parentalidade | 0.8
parentalidade positiva
criação com apego
gravidez | 0.7
gestação | 0.7
gestante | 0.7
amamentação | 0.6
amamentar | 0.6
hora do banho | 0.5
hora de dormir | 0.6
historinha | 0.6
história para dormir | 0.7
história de ninar | 0.7
canção de ninar | 0.7
trabalho de casa | 0.5
trabalhos de casa | 0.5
dever de casa | 0.5
lição de casa | 0.5
buscar na escola | 0.6
ir buscar à escola | 0.6
saída da escola | 0.6
almoço de domingo
domingo em família
casa da vó | 0.7
casa dos avós | 0.7
casa dos meus pais | 0.7
casa da avó | 0.7
aniversário da | 0.3
batizado | 0.6
batismo | 0.5
primeira comunhão | 0.6
bodas de ouro | 0.8
quatro gerações | 0.6
três gerações | 0.6
lar | 0.3
tempo de qualidade | 0.6
férias em família
viagem em família
família numerosa
família grande | 0.6
ser mãe* | 0.8
ser pai | 0.8
mãe de primeira viagem
pai de primeira viagem
#família
#familia
#emfamília
#emfamilia
#maternidade
#paternidade
#maternidadereal
#maternidadesemfiltro
#mãe
#mae
#maedemenino
#maedemenina
#paidemenina
#avó
#vovó
#familiafeliz
#tempoemfamília
minha mulher | 0.5
meu bebê | 0.8
do bebé | 0.6
do bebê | 0.6
# second pass: brand-statement language, product and compound words
para famílias | 0.6
para toda a família | 0.8
toda a família | 0.7
pequenos e graúdos | 0.8
miúdos e graúdos | 0.8
grandes e pequenos | 0.7
adultos e crianças | 0.6
pais e filhos | 0.8
mães e filhas | 0.8
avós e netos | 0.8
momentos em família | 0.9
memórias em família | 0.8
empresa familiar | 0.4
negócio de família | 0.4
terceira geração | 0.4
os mais pequenos | 0.7
a criançada | 0.7
a pequenada | 0.7
infância | 0.3
crescer juntos | 0.6
laços familiares | 0.8
vínculo familiar | 0.8
conciliação familiar | 0.8
tempo juntos | 0.6
passeios com crianças | 0.8
com crianças | 0.5
mamães e papais | 0.8
famílias monoparentais | 0.7
mãe solo | 0.6
mãe solteira | 0.6
família em primeiro lugar | 0.8
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
brincar com os meus filhos
brincadeiras com os miúdos | 0.9
tarde com os miúdos | 0.8
noite de filmes em família
noite de jogos | 0.6
jantar todos juntos | 0.8
à mesa todos juntos | 0.8
ler histórias aos filhos
ler para os filhos
levar os miúdos à escola | 0.8
levar as crianças à escola | 0.8
fui buscar os miúdos | 0.8
ser avó | 0.9
os primeiros passos | 0.5
primeiros passos do bebé
primeiro dente | 0.8
primeira palavra | 0.4
primeiro dia de escola | 0.8
primeiro dia de aulas | 0.6
pai presente
paternidade ativa
licença de paternidade | 0.8
licença de maternidade | 0.8
licença parental | 0.7
mudar fraldas | 0.8
trocar a fralda | 0.8
dar colo | 0.7
colo de mãe | 0.8
cozinhar com os filhos
bolo com as crianças | 0.8
passeio com os miúdos | 0.9
visitar os avós | 0.8
almoço na casa da sogra | 0.7
reunir a família
juntar a família
a família toda | 0.9
família reunida
irmãos a brincar | 0.8
dia do pai | 0.9
dia da mãe | 0.9
dia dos pais | 0.9
dia dos avós | 0.9
os meus netos | 0.9
com os netos | 0.9
com os meus pais | 0.7
tempo com os filhos
tempo com as crianças | 0.9
deitar os miúdos | 0.8
adormecer o bebé | 0.8
*mãe | 0.4
mães e pais | 0.6
mãezinha | 0.5
mãezona | 0.5
mamãe* | 0.6
*papai | 0.6
a mamã | 0.6
*grávida | 0.5
*grávidas | 0.5
meu primo | 0.4
minha prima | 0.4
primos* | 0.4
primas* | 0.4
caça ao tesouro | 0.5
caça aos ovos | 0.6
*mamães | 0.6

[value craftsmanship]
artesanato
artesanal
artesão
artesã
artesãos
artesãs
feito à mão
feita à mão
feitos à mão
feitas à mão
handmade
#handmade
#feitoamão
#feitoamao
#artesanato
#artesanal
#feitoemportugal
#feitonobrasil
#madeinportugal | 0.6
#slowmade
ofício | 0.7
ofícios | 0.7
mestre artesão
oficina* | 0.5
ateliê | 0.7
atelier | 0.7
qualidade | 0.3
alta qualidade | 0.6
de qualidade | 0.5
qualidade acima da quantidade
qualidade e não quantidade
duradouro | 0.8
duradoura | 0.8
durável* | 0.8
duráveis* | 0.8
feito para durar
materiais nobres | 0.8
madeira maciça | 0.8
couro | 0.5
curtimento vegetal | 0.8
cerâmica | 0.7
ceramista
olaria
oleiro
torno de oleiro
roda de oleiro
marceneiro
marcenaria
carpinteiro | 0.7
carpintaria | 0.7
entalhe | 0.7
entalhado à mão
escultura em madeira
marchetaria
forja
ferreiro*
forjado à mão
cutelaria
cuteleiro
ourives
ourivesaria
joalheiro | 0.5
filigrana
encadernação | 0.8
encadernar | 0.8
sapateiro | 0.6
sapataria artesanal
costurado à mão
cosido à mão
costura | 0.5
costureira | 0.7
alfaiate
alfaiataria
feito sob medida
modelagem | 0.6
bordado* | 0.7
bordado à mão
bordar* | 0.7
tricô | 0.6
tricotar | 0.6
tricot | 0.6
crochê | 0.6
croché | 0.6
tear | 0.8
tecelagem | 0.8
tecelã | 0.8
macramê | 0.6
renda de bilros | 0.8
azulejaria | 0.8
azulejo pintado à mão
vidro soprado
luthier
restauro* | 0.6
restaurar* | 0.6
restaurado* | 0.6
lixar* | 0.5
verniz | 0.4
acabamento* | 0.6
acabamento à mão
atenção ao detalhe
atenção aos detalhes
cada detalhe | 0.3
precisão | 0.6
minucioso | 0.8
minuciosa | 0.8
meticuloso | 0.8
meticulosa | 0.8
paciência | 0.3
horas de trabalho | 0.6
horas de oficina | 0.8
técnica tradicional | 0.6
maestria | 0.8
destreza | 0.8
aprendiz | 0.6
peça única | 0.8
peças únicas | 0.8
pequenos lotes | 0.7
pequena produção | 0.7
produção própria | 0.7
produção local | 0.6
fabrico próprio | 0.7
fabricação própria | 0.7
feito em portugal | 0.5
feito no brasil | 0.5
processo artesanal
slow made
formão* | 0.8
goiva | 0.8
pão de fermentação natural | 0.6
fermentação natural | 0.5
massa mãe | 0.5
levain | 0.5
cerveja artesanal | 0.5
queijo artesanal | 0.6
café especial | 0.4
torra artesanal
costuras reforçadas
rebites | 0.5
sola cosida | 0.8
goodyear welt
envelhece bem
melhora com o tempo
sob medida | 0.7
# second pass: brand-statement language, product and compound words
concebido para durar | 0.8
construído para durar | 0.8
fabricado à mão | 0.9
pintado à mão | 0.9
montado à mão | 0.8
feito na nossa oficina | 0.9
oficina própria | 0.8
artesãos locais | 0.8
saber fazer | 0.8
savoir-faire | 0.8
know-how | 0.5
materiais de primeira qualidade | 0.8
primeira qualidade | 0.7
máxima qualidade | 0.7
qualidade excecional | 0.7
qualidade excepcional | 0.7
matérias-primas | 0.4
cada peça | 0.6
peça a peça | 0.7
com esmero | 0.8
esmero | 0.8
cuidado nos detalhes | 0.9
atenção ao pormenor | 0.9
perfeição | 0.5
fabricado em portugal | 0.6
garantia vitalícia | 0.8
garantia para toda a vida | 0.8
robusto | 0.5
séries limitadas | 0.5
com as nossas mãos | 0.7
manufatura | 0.6
manufactura | 0.6
ofício de família | 0.7
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
lixei à mão | 0.8
horas a lixar | 0.8
demãos de verniz | 0.8
camadas de verniz | 0.6
encaixes à mão | 0.9
malhete
espiga e mecha
plaina | 0.7
serrote | 0.5
banco de carpinteiro | 0.8
bancada de trabalho | 0.5
torneado à mão | 0.9
madeira recuperada | 0.6
pedra de afiar | 0.7
amolador | 0.8
afiar as facas | 0.5
têmpera do aço | 0.7
bigorna | 0.9
ponto cruz | 0.6
agulha e linha | 0.6
moldes próprios | 0.7
ajustes à medida | 0.8
vidrado* | 0.6
cozedura | 0.6
forno cerâmico | 0.8
modelado à mão | 0.9
moldado à mão | 0.9
argila | 0.5
*barro | 0.4
peças de barro | 0.7
tear manual
fio a fio | 0.8
tecido à mão | 0.9
tingido à mão | 0.9
anos de prática | 0.6
anos a aperfeiçoar | 0.9
aperfeiçoar a técnica | 0.9
aprimorar a técnica | 0.9
dominar a técnica | 0.8
aprendi com o mestre | 0.8
até ficar perfeito | 0.8
refiz três vezes | 0.7
refiz tudo | 0.5
cada costura | 0.7
costuras perfeitas | 0.8
remendo invisível | 0.7
relojoeiro | 0.9
relojoaria | 0.6
estofador* | 0.8
empalhador | 0.9
cesteiro | 0.9
calceteiro | 0.9
seleiro | 0.8
latoeiro | 0.9
serralheiro | 0.5
trabalho manual | 0.7
trabalhos manuais | 0.6
perícia | 0.6
rigor | 0.4
levou semanas a fazer | 0.3
cestaria* | 0.8
talha dourada | 0.8
arte da talha | 0.9
ganha pátina | 0.8
pátina do tempo | 0.8
com pátina | 0.6
crochetei | 0.6
ofício aprendido | 0.8

[value creativity]
criatividade
criativo | 0.8
criativa | 0.8
criar | 0.3
criação | 0.5
criações | 0.6
imaginação | 0.8
imaginar | 0.5
inspiração | 0.5
ideia | 0.3
ideias | 0.3
experimentar | 0.6
experimento | 0.7
experimentando | 0.6
tentativa e erro | 0.7
inovação | 0.8
inovador | 0.8
inovadora | 0.8
inventar | 0.8
invenção | 0.8
inventei | 0.8
protótipo | 0.7
design | 0.4
desenhar | 0.6
desenho | 0.6
desenhei | 0.8
esboço | 0.8
esboços | 0.8
rascunho | 0.5
sketch | 0.7
sketchbook | 0.8
caderno de esboços
ilustração | 0.8
ilustradora | 0.8
ilustrador | 0.8
pintura | 0.6
pintar | 0.5
aguarela | 0.8
aquarela | 0.8
óleo sobre tela
mural | 0.7
grafite | 0.6
graffiti | 0.7
arte urbana | 0.8
street art | 0.7
arte | 0.5
artista | 0.6
colagem | 0.8
fotografia | 0.5
animação* | 0.6
stop motion | 0.8
curta-metragem | 0.7
guião | 0.5
escrever | 0.4
poesia | 0.7
poema | 0.7
compor | 0.6
composição | 0.4
música nova | 0.6
nova música | 0.6
improvisar | 0.7
improviso | 0.7
artesanato | 0.4
trabalhos manuais | 0.7
diy | 0.5
bricolagem | 0.4
tinkering | 0.8
gambiarra | 0.6
impressora 3d | 0.6
impressão 3d | 0.6
arduino | 0.6
raspberry pi | 0.6
lego* | 0.5
customizar | 0.7
customização | 0.7
customizado | 0.6
personalizar | 0.5
reinventar | 0.8
reinventei | 0.8
dar uma nova vida | 0.5
projeto pessoal | 0.6
projecto pessoal | 0.6
projeto criativo
processo criativo
bloqueio criativo | 0.8
fora da caixa
pensar diferente | 0.7
paleta de cores | 0.5
estampa própria | 0.6
obra | 0.3
exposição | 0.5
cerâmica | 0.4
#criatividade
#arte
#art | 0.6
#ilustração
#ilustracao
#illustration
#desenho
#drawing
#aquarela
#aguarela
#watercolor
#sketchbook
#diy | 0.6
#facavocemesmo | 0.6
#artesanato | 0.4
#processocriativo
#creative
#inspiração | 0.4
#artistasbrasileiros | 0.6
#artistasportugueses | 0.6
faça você mesmo | 0.5
faz tu mesmo | 0.5
# second pass: brand-statement language, product and compound words
ideias novas | 0.6
novas ideias | 0.6
originalidade* | 0.8
expressão artística | 0.9
design próprio | 0.7
design original | 0.7
artistas emergentes | 0.8
artistas locais | 0.6
laboratório de ideias | 0.8
chuva de ideias | 0.7
tempestade de ideias | 0.7
brainstorming | 0.7
pensamento lateral | 0.8
vanguarda | 0.7
experimental | 0.6
fugir do óbvio | 0.7
fora da curva | 0.5
quebrar padrões | 0.7
disruptivo | 0.5
arte contemporânea | 0.7
design gráfico | 0.7
tipografia | 0.6
lettering | 0.7
caligrafia | 0.6
reimaginar | 0.8
dar forma | 0.5
upcycling | 0.5
música | 0.3
inventores | 0.7
artes plásticas | 0.8
artes visuais | 0.8
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
tela em branco | 0.8
folha em branco | 0.5
caderno de ideias | 0.8
moodboard | 0.8
mood board | 0.8
pincel | 0.5
pincéis* | 0.5
guache | 0.7
nanquim | 0.7
linogravura
gravura | 0.6
serigrafia | 0.8
fanzine
zine | 0.9
banda desenhada | 0.7
cosplay | 0.7
maquete | 0.6
diorama | 0.8
origami | 0.8
papercraft | 0.8
escultura | 0.6
esculpir | 0.7
modelagem 3d | 0.6
compus uma música
compus uma canção
escrevi uma música | 0.9
escrevi uma canção | 0.9
produzi um beat | 0.8
jam session | 0.7
escrevi um conto | 0.9
microconto
a escrever o meu livro | 0.8
ideia maluca | 0.8
ideia doida | 0.8
ideia louca | 0.7
experimentei misturar | 0.8
a partir de sucata
feito com sucata
sucata | 0.4
brinquedo de cartão | 0.7
casinha de cartão | 0.7
inventámos um jogo | 0.9
criámos um jogo | 0.8
jogo de tabuleiro caseiro | 0.7
remix | 0.6
mashup | 0.7
reinterpretação | 0.7
fotografia analógica | 0.7
câmara escura | 0.7
dupla exposição | 0.7
cianotipia
pintei um | 0.4
pintei uma | 0.4
desenhei à mão | 0.9
bordado livre | 0.7
maker* | 0.7

[value adventure]
aventura
aventuras
aventureiro
explorar | 0.8
exploração | 0.6
descobrir | 0.3
expedição
roteiro | 0.3
pé na estrada
na estrada | 0.5
on the road
roadtrip | 0.8
road trip | 0.8
viagem de carro | 0.6
motorhome | 0.7
autocaravana | 0.7
campervan | 0.7
vanlife | 0.9
#vanlife
#aventura
#explorar
#wanderlust
#outdoor | 0.7
#montanha
#trekking
#trilha
#trilhas
#caminhada | 0.5
#mochilão
#mochileiro
mochilão | 0.9
mochileiro
mochileira
mochila nas costas
backpacking | 0.8
viajar sozinha | 0.8
viajar sozinho | 0.8
viagem solo
sozinha pelo mundo
boleia* | 0.5
pedir boleia | 0.8
carona | 0.4
pedir carona | 0.8
sem planos | 0.5
improvisado | 0.4
espontâneo | 0.6
espontaneidade | 0.7
liberdade | 0.7
selvagem | 0.6
natureza selvagem
lugares remotos
remoto | 0.4
fim do mundo | 0.5
montanha | 0.6
montanhas | 0.6
cume | 0.7
topo da montanha
subida | 0.2
ascensão | 0.7
via ferrata
alpinismo
alpinista
montanhismo
montanhista
canyoning
espeleologia
rapel | 0.7
rappel | 0.7
trilha | 0.7
trilhas | 0.7
trekking | 0.8
caminhada de vários dias
travessia de vários dias
acampar | 0.8
acampamento | 0.7
campismo | 0.6
camping | 0.5
bivaque | 0.9
saco de dormir | 0.6
tenda* | 0.3
barraca | 0.3
refúgio de montanha | 0.7
abrigo de montanha | 0.7
glaciar | 0.6
vulcão | 0.6
deserto | 0.6
selva | 0.6
floresta | 0.4
gruta | 0.5
caverna | 0.5
cânion | 0.6
desfiladeiro | 0.6
cachoeira | 0.5
cascata | 0.4
caiaque | 0.7
canoagem | 0.7
rafting | 0.8
surf | 0.6
surfar | 0.6
mergulho | 0.7
mergulhar | 0.6
velejar | 0.6
parapente
paraquedismo
salto de paraquedas
bungee jump
esqui de travessia | 0.8
fora de pista | 0.7
freeride | 0.8
bikepacking | 0.9
cicloviagem | 0.9
cicloturismo | 0.8
ultra trail | 0.6
risco | 0.3
adrenalina | 0.7
zona de conforto | 0.6
arriscar | 0.6
me arrisquei | 0.7
arrisquei-me | 0.7
ousar | 0.6
atrevi-me | 0.7
rumo ao desconhecido
desconhecido | 0.3
fora do roteiro | 0.7
sem sinal | 0.5
nômad* | 0.7
nômade digital | 0.5
volta ao mundo | 0.8
interrail | 0.7
patagónia | 0.5
patagônia | 0.5
himalaia | 0.6
chapada diamantina | 0.6
caminho de santiago | 0.5
# second pass: brand-statement language, product and compound words
ao ar livre | 0.7
outdoor | 0.8
espírito livre | 0.7
novos horizontes | 0.7
alta montanha | 0.9
material de montanha | 0.6
equipamento de campismo | 0.7
equipamento de camping | 0.7
material de campismo | 0.7
equipamento outdoor | 0.8
mochila de trekking | 0.7
mochila de trilha | 0.7
botas de montanha | 0.7
botas de caminhada | 0.6
isolante térmico | 0.5
fogareiro | 0.6
lanterna de cabeça | 0.6
bússola | 0.6
mapa topográfico | 0.7
stand up paddle | 0.6
snowboard | 0.6
esqui | 0.5
raquetes de neve | 0.7
boulder | 0.6
fogueira | 0.4
dormir sob as estrelas | 0.8
dormir debaixo das estrelas | 0.8
coragem | 0.5
audaz | 0.6
ousadia | 0.6
vida selvagem | 0.6
mundo para descobrir | 0.7
overlanding | 0.8
viagem de moto | 0.6
famílias aventureiras | 0.9
explorar a natureza | 0.9
trilheiro | 0.7
desbravar | 0.8
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
dormimos na tenda | 0.8
noite ao relento | 0.9
ao relento | 0.7
acampamento selvagem
campismo selvagem
fiz-me à estrada
só de ida | 0.7
bilhete só de ida
passagem só de ida
larguei tudo | 0.7
larguei o emprego | 0.7
deixei o emprego para viajar
ano sabático | 0.8
chegar ao topo | 0.6
estrada de terra | 0.6
off-road | 0.6
offroad | 0.6
trilha de moto | 0.7
boleia de estranhos
couchsurfing | 0.9
sem mapa | 0.7
sem gps | 0.7
sem destino | 0.7
mar aberto | 0.6
veleiro | 0.6
banho no rio | 0.5
águas abertas | 0.7
nadar em águas abertas | 0.8
tirolesa | 0.7
slackline | 0.7
highline | 0.9
cordada* | 0.8
mosquetões | 0.6
crampons | 0.8
piolet | 0.8
aurora boreal | 0.6
nascer do sol no topo | 0.8
geocaching | 0.7
lugares escondidos | 0.6
fora dos roteiros turísticos | 0.9
longe dos turistas | 0.7
longe de tudo | 0.6
no meio do nada | 0.8
meio do mato | 0.6
mato adentro | 0.8
perdemo-nos | 0.4
travessia* | 0.8
escalada* | 0.8
escalar a montanha
fui escalar | 0.9
trail running | 0.7
prova de trail | 0.7
corrida de trilha | 0.7
chapada dos veadeiros | 0.6
chapada dos guimarães | 0.6
amazônia* | 0.5
subida ao pico | 0.7
subida à serra | 0.7

[value learning]
aprender
aprendi
aprendendo
aprendizagem
aprendizado
aprendemos
hoje aprendi
o que aprendi
lições aprendidas | 0.7
ensinar | 0.8
ensino | 0.6
ensinamento | 0.7
vou te ensinar | 0.8
vou-vos ensinar | 0.8
explicar | 0.6
explico | 0.6
explicação | 0.7
explicado | 0.6
explicadinho | 0.8
como funciona | 0.4
você sabia | 0.4
sabias que | 0.5
curiosidade | 0.7
curiosidades | 0.7
curioso | 0.4
conhecimento* | 0.8
educação | 0.8
educativo | 0.8
educativa | 0.8
educar | 0.5
divulgação científica
divulgador científico
divulgadora científica
divulgação | 0.5
ciência | 0.8
científico | 0.7
científica | 0.7
cientista | 0.7
investigação | 0.5
pesquisa | 0.5
pesquisar | 0.5
estudo | 0.4
um estudo | 0.5
segundo um estudo | 0.7
evidência científica | 0.9
método científico
hipótese | 0.7
física | 0.5
química | 0.5
biologia | 0.6
astronomia | 0.7
matemática | 0.6
história | 0.2
filosofia | 0.6
idiomas | 0.6
línguas | 0.4
aprender inglês | 0.8
aula | 0.4
aulas | 0.4
curso | 0.4
cursos | 0.4
workshop | 0.3
masterclass | 0.4
formação | 0.4
estudar | 0.7
estudando | 0.7
estudei | 0.7
resumos | 0.6
apontamentos | 0.7
anotações | 0.5
exame | 0.3
exames nacionais | 0.6
vestibular | 0.6
enem | 0.6
concurso público | 0.5
faculdade | 0.5
dissertação | 0.6
professor | 0.6
professora | 0.6
prof | 0.5
profe | 0.5
docente | 0.7
alunos | 0.6
alunas | 0.6
estudantes | 0.5
sala de aula | 0.6
biblioteca | 0.6
livro* | 0.3
ler | 0.2
leitura | 0.4
dica de leitura | 0.6
documentário | 0.6
podcast | 0.4
tutorial | 0.5
tutoriais | 0.5
guia | 0.2
passo a passo | 0.4
fio explicativo
resumo | 0.4
aprendizagem contínua
aprender sempre
nunca pare de aprender
autodidata | 0.9
autodidacta | 0.9
mentor | 0.6
mentoria | 0.7
partilhar conhecimento
compartilhar conhecimento
dúvidas | 0.3
tirar dúvidas | 0.6
mito | 0.5
mitos | 0.5
desmistificando | 0.8
mito ou verdade | 0.8
mito ou facto | 0.8
erro comum | 0.6
erros comuns | 0.6
dica | 0.2
dicas | 0.2
#aprender
#educação
#educacao
#ciência
#ciencia
#divulgaçãocientífica
#divulgacaocientifica
#vocêsabia
#vocesabia
#curiosidades
#estudos
#studygram
#estudar
#professor | 0.7
#professora | 0.7
#concurseiro | 0.6
#aprendanotiktok
# second pass: brand-statement language, product and compound words
didático | 0.8
didáctico | 0.8
pedagógico | 0.8
descobrir | 0.3
mentes curiosas | 0.9
espírito crítico | 0.8
pensamento crítico | 0.9
museus | 0.5
workshops | 0.3
palestra | 0.4
conferência | 0.5
seminário | 0.6
webinar | 0.7
formação contínua | 0.8
educação continuada | 0.8
escola | 0.3
bootcamp | 0.7
lições | 0.6
aprender fazendo | 0.9
aprender a fazer | 0.8
aprender brincando | 0.9
ensinar brincando | 0.9
ciência cidadã | 0.9
stem | 0.4
robótica educativa | 0.9
programação para crianças | 0.8
laboratório | 0.5
telescópio | 0.6
microscópio | 0.7
enciclopédia | 0.7
cultura geral | 0.7
compreender | 0.5
alfabetização | 0.8
literacia | 0.8
incentivar a leitura | 0.9
promover a leitura | 0.9
hábito de leitura | 0.8
amor pela leitura | 0.8
gosto pela leitura | 0.8
bolsas de estudo | 0.8
querem aprender | 0.9
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
aprendi sozinho | 0.9
aprendi no youtube | 0.8
voltei a estudar
voltei à faculdade | 0.9
voltei à escola | 0.8
explicar aos miúdos | 0.9
explicar às crianças | 0.9
expliquei | 0.7
expliquei à minha filha | 0.9
experiência científica | 0.9
vulcão de bicarbonato | 0.9
bicarbonato e vinagre | 0.6
observar as estrelas | 0.8
observação de aves | 0.7
birdwatching | 0.7
identificar plantas | 0.7
guia de campo | 0.7
caderno de campo | 0.8
herbário | 0.8
fósseis* | 0.6
planetário | 0.8
centro ciência viva
ciência viva | 0.9
feira de ciências | 0.9
olimpíadas de matemática | 0.9
tabuada* | 0.5
livros que li | 0.6
terminei o livro | 0.5
acabei de ler | 0.5
artigo científico | 0.9
revisão por pares
segundo os investigadores | 0.8
estudo publicado | 0.8
os dados mostram | 0.7
análise de dados | 0.5
entender como funciona | 0.7
perceber como funciona | 0.7
facto curioso | 0.8
fato curioso | 0.8
etimologia | 0.8
origem da palavra | 0.8
gramática | 0.6
ortografia | 0.5
línguas estrangeiras | 0.6
intercâmbio | 0.5
erasmus | 0.5
duolingo | 0.6
flashcards | 0.7
sessão de estudo | 0.8
estudar comigo | 0.8
study with me | 0.8
reforço escolar | 0.8
ensinar a ler
ensinei o meu avô | 0.8
ensinar os avós | 0.8
estudar para a prova | 0.8
estudar para o exame | 0.8
mestrado* | 0.6
doutorad* | 0.6
doutoramento* | 0.6
tese* | 0.6
*stôra | 0.6
universidade* | 0.5
museu* | 0.5

[value animal_welfare]
bem-estar animal | 0.5
direitos dos animais
direitos animais
proteção animal
protecção animal
causa animal
protetora de animais
protetores de animais
associação de proteção animal
abrigo de animais
abrigo animal | 0.9
canil municipal | 0.6
santuário | 0.8
santuário animal
resgate | 0.5
resgatado | 0.8
resgatada | 0.8
resgatamos | 0.8
cão resgatado
cachorro resgatado
gato resgatado
adotar | 0.6
adoptar | 0.6
adoção | 0.7
adopção | 0.7
adotado | 0.8
adotada | 0.8
adoptado | 0.8
adote | 0.8
adota | 0.7
adotamos | 0.9
para adoção | 0.9
para adopção | 0.9
procura família | 0.8
procura um lar | 0.8
lar temporário
família de acolhimento | 0.8
adote não compre
adote um vira-lata
#adotenãocompre
#adotenaocompre
#adoptdontshop
#adote
#adoção
#adocao
#adopção
#resgate
#causaanimal
#protecaoanimal
#bemestaranimal
#crueltyfree
#livredecrueldade
#vegan | 0.6
#vegano | 0.6
#viralata
#viralatacaramelo
#srd
cruelty free
livre de crueldade
não testado em animais
sem testes em animais
certificado leaping bunny
leaping bunny
vegano | 0.5
vegana | 0.5
veganismo | 0.7
vegetariano | 0.4
antiespecista | 0.9
antiespecismo | 0.9
especismo* | 0.8
maus-tratos | 0.7
maus tratos | 0.7
maus-tratos a animais
abandono animal | 0.7
contra os maus-tratos
castração | 0.7
castrar | 0.7
esterilização | 0.7
esterilizar | 0.7
colónia de gatos
colônia de gatos
colónias de gatos
gatos de rua | 0.7
cães abandonados | 0.7
animais abandonados | 0.7
animais de rua | 0.7
vira-lata | 0.5
vira-latas | 0.5
viralata | 0.5
sem raça definida | 0.6
srd | 0.6
cuidadora de colónia
alimentar gatos de rua
voluntária do abrigo
voluntariado no abrigo
veterinário | 0.4
veterinária | 0.4
fauna selvagem | 0.7
fauna silvestre | 0.7
fauna | 0.5
centro de recuperação | 0.8
centro de reabilitação | 0.6
tráfico de animais | 0.5
soltura | 0.5
devolvido à natureza | 0.7
respeito pelos animais
respeito aos animais
amor animal | 0.6
amantes de animais | 0.5
ovos caipiras | 0.5
galinhas ao ar livre | 0.6
galinhas resgatadas
pecuária extensiva | 0.6
pastoreio | 0.4
livre de gaiolas | 0.7
sem gaiolas | 0.6
meu cachorro | 0.3
meu cão | 0.3
meu gato | 0.3
minha gata | 0.3
minha cachorra | 0.3
cãozinho | 0.4
gatinho | 0.3
patudo | 0.4
patudos | 0.4
quatro patas | 0.4
peludinho | 0.4
posse responsável
guarda responsável
tutor responsável
adoção responsável
adoção consciente
microchip | 0.5
antitouradas | 0.9
antitourada | 0.9
abolição das touradas
#touradanão
#stopmaustratos
circo sem animais
circos sem animais
apadrinhar | 0.6
apadrinhamento | 0.7
apadrinhe | 0.7
lar de acolhimento | 0.7
# second pass: brand-statement language, product and compound words
cosmética vegana | 0.8
sem crueldade | 0.9
origem vegetal | 0.6
sem ingredientes de origem animal | 0.8
couro vegano | 0.8
pele vegana | 0.8
couro vegetal | 0.7
livre de peles | 0.9
fur free | 0.9
tratamento digno dos animais | 0.9
amigo dos animais | 0.6
segunda chance | 0.5
segunda oportunidade | 0.5
pecuária biológica | 0.6
pesca sustentável | 0.6
galinhas livres | 0.7
conservação de espécies | 0.8
espécies ameaçadas | 0.8
em perigo de extinção | 0.8
ameaçadas de extinção | 0.8
ética animal | 0.9
dignidade animal | 0.9
seres sencientes | 0.9
cage free | 0.7
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
ouriço atropelado
ouriço ferido
animal ferido | 0.9
animais feridos | 0.9
cão ferido | 0.9
gato ferido | 0.9
pássaro ferido | 0.9
passarinho ferido | 0.9
ave ferida | 0.9
caiu do ninho | 0.7
filhote de passarinho | 0.5
cria de pássaro | 0.5
levei ao veterinário | 0.7
resgate de fauna
fauna atropelada | 0.9
atropelamento de animais | 0.8
travessia de sapos
travessia de anfíbios
passagem de fauna | 0.9
casa para ouriços | 0.9
comedouro para pássaros | 0.8
comedouros para aves | 0.8
bebedouro para pássaros | 0.8
caixa-ninho | 0.7
hotel de insetos | 0.6
ração para os gatos de rua
dar comida aos gatos | 0.8
cão de rua | 0.7
cachorro de rua | 0.7
cachorro abandonado | 0.9
gatinhos abandonados | 0.9
ninhada abandonada | 0.9
rafeiro | 0.6
cão idoso | 0.7
cão sénior | 0.7
cachorro idoso | 0.7
gato idoso | 0.6
adotar um sénior
adotei um cão
adotei um cachorro
adotei uma cadela
adotei um gato
adotei um patudo
recolhi um gato | 0.7
castração solidária
campanha de castração
campanha de esterilização
mutirão de castração
capturar esterilizar devolver
contas do veterinário | 0.8
despesas veterinárias | 0.8
vaquinha para a cirurgia | 0.7
cães com trela | 0.6
trela nas zonas de nidificação
época de nidificação | 0.9
zona de nidificação | 0.9
ninhos de tartaruga | 0.8
tartarugas marinhas | 0.6
baleia encalhada | 0.7
golfinho encalhado | 0.8
voluntária no canil | 0.9
voluntário no canil | 0.9
passear os cães do abrigo
passear os cães do canil
canil | 0.5
gatil | 0.6
associação zoófila | 0.9
protetora independente | 0.9
animais resgatados | 0.9
doação de ração
ração para o abrigo
diga não ao abandono
feira de adoção
feira de adopção
evento de adoção
encontrei um cão perdido | 0.7
animal perdido | 0.6
cão de três patas | 0.6
animais de quinta resgatados

[value fairness]
comércio justo
#comerciojusto
#fairtrade
fair trade
fairtrade
preço justo | 0.9
salário justo
salário digno
salários dignos
ordenado digno
trabalho digno
trabalho decente | 0.9
condições dignas
condições de trabalho | 0.7
direitos laborais
direitos trabalhistas
direitos dos trabalhadores
trabalhador* | 0.5
sindicato | 0.7
sindical | 0.6
greve | 0.5
contratação coletiva | 0.7
justiça social
justiça | 0.6
equitativ* | 0.8
equidade | 0.7
igualdade salarial
disparidade salarial | 0.7
desigualdade salarial | 0.7
igualdade de oportunidades
igualdade | 0.5
pagar o justo
remuneração justa
estágio remunerado | 0.9
estágios remunerados | 0.9
exploração laboral | 0.6
trabalho infantil | 0.5
trabalho escravo | 0.6
trabalho análogo à escravidão | 0.6
escravidão moderna | 0.6
escravatura moderna | 0.6
cadeia de produção | 0.4
rastreabilidade | 0.6
produção ética | 0.9
moda ética | 0.9
ético | 0.7
ética | 0.5
#modaetica
#whomademyclothes
#quemfezminhasroupas
costureiras | 0.6
produtores | 0.5
pequenos produtores | 0.8
agricultores | 0.5
agricultura familiar | 0.7
direto do produtor | 0.7
directo do produtor | 0.7
sem intermediários | 0.6
cooperativa | 0.6
cooperativas | 0.6
divisão justa
partes iguais | 0.6
transparência salarial
horas extra pagas
horas extras pagas
contratos dignos
precariedade | 0.6
precário | 0.5
precarização | 0.6
uberização | 0.6
direitos* | 0.4
direitos humanos | 0.7
dignidade | 0.6
discriminação | 0.5
tratamento igualitário
tratamento justo
mesmas oportunidades
paridade | 0.6
redistribuição | 0.6
impostos justos | 0.6
apoiar os produtores
comprar direto | 0.6
preço real | 0.5
o preço real | 0.6
reivindicar | 0.5
reivindicação | 0.6
luta dos trabalhadores | 0.7
primeiro de maio | 0.5
dia do trabalhador | 0.5
reforma agrária | 0.5
#justiçasocial
#justicasocial
#precariedade
#direitostrabalhistas
#salariodigno
quem fez minhas roupas
mesmo salário
pagar bem | 0.6
pagamos bem | 0.7
# second pass: brand-statement language, product and compound words
bem pago | 0.8
artesãos bem pagos | 0.9
pagos de forma justa | 0.9
pagamento justo | 0.9
remuneração digna | 0.9
de forma justa | 0.6
condições de trabalho justas | 0.9
condições justas | 0.9
relação justa | 0.7
comércio ético | 0.9
fornecimento ético | 0.9
emprego digno | 0.9
emprego de qualidade | 0.7
contratos estáveis | 0.7
inserção profissional | 0.8
cooperativas de mulheres | 0.8
mulheres artesãs | 0.8
partilha de lucros | 0.8
participação nos lucros | 0.7
igualdade de tratamento | 0.9
sem exploração | 0.9
livre de exploração | 0.9
direitos sociais | 0.7
injustiça | 0.6
equidade salarial | 0.9
living wage | 0.9
economia social | 0.8
economia solidária | 0.8
empresa social | 0.7
negócio social | 0.7
b corp | 0.6
comércio direto | 0.8
comércio directo | 0.8
relação direta com os produtores | 0.8
salário igual | 0.8
trabalho justo | 0.8
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
pagamento a tempo e horas | 0.9
pagar a tempo | 0.5
sem regatear | 0.7
o agricultor recebe | 0.8
quanto recebe o produtor | 0.9
direto para o agricultor | 0.9
a costureira recebe | 0.8
quem fez as nossas peças | 0.7
aumento salarial | 0.5
subimos os salários | 0.9
acima do salário mínimo
estagiários pagos
estágio pago
remunerado | 0.5
pagar os artistas | 0.8
pagar pelo trabalho | 0.5
pagar os freelancers | 0.8
pagar aos criadores | 0.7
orçamento justo | 0.7
férias pagas | 0.8
licença parental | 0.6
horário justo | 0.8
semana de quatro dias | 0.6
direito a desligar | 0.8
piquete de greve | 0.9
sindicalizado | 0.8
convenção coletiva | 0.8
comissão de trabalhadores | 0.8
mesmo trabalho mesmo salário | 0.6
salário igual para trabalho igual
diferença salarial | 0.7
partilha de gorjetas | 0.8
dividimos as gorjetas | 0.7
justo para todos | 0.8
o que é justo | 0.5
não é justo | 0.5
injusto | 0.5
regras iguais para todos | 0.8
tratamento igual | 0.8
sem favoritismos | 0.9
sem cunhas | 0.9
trabalhadores imigrantes | 0.6
trabalhadores sazonais | 0.6
greve dos entregadores | 0.9
breque dos apps
direitos dos estafetas | 0.9
contrato de trabalho | 0.3
carteira assinada | 0.7

[value tradition]
tradição
tradicional
tradições
como antigamente | 0.7
à moda antiga | 0.7
à moda da avó
receita da avó
receita de família
receita da minha avó
receita da minha mãe* | 0.7
receita tradicional
receitas tradicionais
cozinha tradicional
comida de vó
caderno de receitas
folclore
folclórico
rancho folclórico
grupo folclórico
herança | 0.7
herança cultural
património | 0.8
patrimônio | 0.6
patrimônio cultural
património imaterial
raízes | 0.7
nossas raízes
ancestral
ancestrais | 0.8
antepassados | 0.8
de geração em geração
herdado | 0.5
legado* | 0.7
memória | 0.3
história local | 0.8
história da terra
a nossa terra | 0.3
terra natal | 0.6
aldeia | 0.5
voltar à aldeia | 0.7
identidade cultural | 0.8
cultura popular | 0.7
típico | 0.4
típica | 0.4
prato típico | 0.7
comida típica | 0.7
cozinha regional
regional | 0.4
autóctone | 0.7
ofícios tradicionais
ofício antigo
técnica ancestral
festas populares
santos populares | 0.7
festa de são joão | 0.5
festa junina
quadrilha | 0.5
arraial | 0.4
romaria* | 0.8
procissão | 0.6
semana santa | 0.6
círio de nazaré
festa do divino
bumba meu boi
carnaval | 0.4
maracatu | 0.7
frevo | 0.7
samba de roda | 0.8
capoeira | 0.6
folia de reis
congada | 0.7
natal | 0.3
consoada | 0.6
bolo-rei | 0.7
bolo rei | 0.7
rabanadas | 0.6
filhoses | 0.6
vindima | 0.7
desfolhada
matança do porco
pisar as uvas | 0.8
forno a lenha | 0.7
fogão a lenha | 0.7
panela de barro | 0.8
tacho de barro | 0.8
pão caseiro | 0.5
enchidos caseiros | 0.6
fumeiro | 0.6
compota caseira | 0.5
marmelada | 0.4
feijoada | 0.5
cozido à portuguesa | 0.7
bacalhau | 0.4
caldo verde | 0.6
moqueca | 0.5
acarajé | 0.6
pão de queijo | 0.4
chimarrão | 0.6
churrasco gaúcho | 0.5
traje tradicional
traje regional
fado* | 0.8
cante alentejano
gaita de foles
viola caipira | 0.8
viola braguesa
cavaquinho | 0.6
música tradicional
música de raiz | 0.7
moda de viola | 0.8
forró pé de serra | 0.7
cordel | 0.8
literatura de cordel
ditado popular | 0.7
provérbio | 0.7
provérbios | 0.7
*lenda | 0.5
lendas* | 0.5
contos populares
centro histórico | 0.5
casa típica | 0.6
casario | 0.5
calçada portuguesa | 0.6
azulejos antigos | 0.6
museu etnográfico
etnografia | 0.8
rito | 0.5
ritual | 0.3
como manda a tradição
fiel à tradição
#tradição
#tradicao
#folclore
#património
#patrimonio
#raízes
#raizes
#receitadavó
#receitadevó
#cozinhatradicional
#festajunina
#santospopulares
#fado
# second pass: brand-statement language, product and compound words
receitas de sempre | 0.8
receitas de antigamente | 0.9
como faziam as nossas avós | 0.9
como a avó fazia | 0.9
história da família | 0.7
fundada em | 0.4
quarta geração | 0.7
quinta geração | 0.7
várias gerações | 0.7
centenário | 0.7
mais de cem anos | 0.6
ofício de família | 0.8
cultura local | 0.7
gastronomia local | 0.6
denominação de origem | 0.7
indicação geográfica | 0.7
sabor de antigamente | 0.8
à antiga | 0.6
moinho de pedra | 0.7
mó de pedra | 0.7
seco ao sol | 0.6
memória coletiva | 0.7
enraizado | 0.7
terroir | 0.7
de antigamente | 0.8
outrora | 0.6
milenar | 0.6
nostalgia | 0.4
segredos de família | 0.8
cozinha de avó | 0.8
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
bisavô
bisavó
bisavós
trisavô
trisavó
como fazia a minha avó | 0.9
como fazia a minha bisavó
como se fazia antigamente | 0.9
tal como os nossos avós | 0.8
desde o tempo do meu avô | 0.5
no tempo dos meus avós | 0.5
desde o tempo da minha bisavó
passada de mãe para filha | 0.9
passada de avó para neta | 0.9
herdei da minha avó | 0.8
herdei dos meus avós | 0.8
receita da bisavó
livro de receitas antigo | 0.8
folar* | 0.8
folar da páscoa
broa de milho | 0.5
forno comunitário | 0.9
forno da aldeia | 0.9
cozer o pão | 0.6
feira da aldeia | 0.8
festa da aldeia | 0.9
festa da terra | 0.8
festa do padroeiro
santo padroeiro | 0.9
padroeira | 0.8
festa em honra | 0.8
festa de nossa senhora | 0.8
marchas populares | 0.9
sardinhada* | 0.5
peregrinação | 0.7
a pé até fátima | 0.8
romeiros | 0.8
procissão das velas | 0.9
caretos*
entrudo
máscaras de carnaval | 0.6
chocalheiros | 0.9
pauliteiros
baile tradicional | 0.8
danças tradicionais | 0.9
cantares ao desafio
desgarrada
concertina | 0.7
sanfona | 0.6
sanfoneiro | 0.7
repentista*
ciranda | 0.7
coco de roda | 0.8
jongo | 0.9
reisado* | 0.9
cavalhadas | 0.9
boi-bumbá | 0.9
lavagem do bonfim | 0.9
traje típico | 0.9
traje de minhota
lenço dos namorados
bordados de viana | 0.9
dialeto | 0.8
dialecto | 0.8
mirandês
expressões antigas | 0.7
palavras antigas | 0.6
ferreiro da aldeia | 0.9
moleiro | 0.8
moinho de água | 0.7
lagar de azeite | 0.8
lagar de vinho | 0.7
apanha da azeitona | 0.9
apanha da castanha | 0.8
magusto
festa das colheitas
ceifa | 0.6
tosquia | 0.7
transumância
cantar as janeiras
janeiras* | 0.9
cantar os reis
dia de reis | 0.6
presépio | 0.6
presépio de barro | 0.9
missa do galo | 0.8
árvore genealógica | 0.7
genealogia | 0.7
história da aldeia | 0.8
história da vila | 0.8
património local | 0.9
igreja matriz | 0.4
à maneira antiga | 0.7
doces conventuais | 0.9
doçaria conventual | 0.9
doces regionais | 0.8
aguardente caseira | 0.6
alambique | 0.6
queijo da serra | 0.5
pamonha | 0.4
canjica | 0.4
quentão | 0.5
churrasco de chão | 0.8
fogo de chão | 0.7
galpão crioulo | 0.9
ctg | 0.7
pilcha | 0.9
cuia | 0.4
benzedeira | 0.7
chás da avó | 0.7
mezinhas | 0.7
remédios caseiros da avó | 0.8
contava a minha avó | 0.8
histórias da avó | 0.8
histórias dos avós | 0.8
a minha avó ensinou-me | 0.9
aprendi com a minha avó | 0.9
ainda se faz assim | 0.8
é tradição lá em casa | 0.9
tradição de família
todos os anos desde pequena | 0.6
caderno da avó | 0.9
caderno antigo | 0.6
usos e costumes
costumes antigos | 0.9
velhos costumes | 0.9
costumes da terra | 0.9
costumes locais | 0.8
*careto

[value humor]
humor
sentido de humor
senso de humor
com humor | 0.8
humor negro | 0.7
humor absurdo
engraçado | 0.8
engraçada | 0.8
divertido | 0.6
divertida | 0.6
piada | 0.8
piadas | 0.8
piadinha | 0.8
piada ruim | 0.9
piada seca
piadas secas
trocadilho | 0.9
trocadilhos | 0.9
rir | 0.7
rindo | 0.7
ri muito | 0.5
riso | 0.7
risos | 0.7
risada | 0.8
risadas | 0.8
gargalhada
gargalhadas
morri de rir
morrendo de rir
chorei de rir
chorando de rir
rachei de rir
partir a moca | 0.8
brincadeira | 0.6
zoeira | 0.8
zoar | 0.6
zueira | 0.8
#zoeira
#zueira
comédia | 0.7
cómico | 0.7
cômico | 0.7
humorista | 0.8
stand up | 0.6
standup | 0.6
meme | 0.8
memes | 0.8
kkk* | 0.6
rsrs* | 0.5
haha* | 0.5
ahah* | 0.5
lol | 0.5
autoironia
rir de mim mesma
rir de mim mesmo
rir de si mesmo
fail | 0.6
epic fail | 0.8
paródia | 0.8
imitação | 0.4
bloopers | 0.9
erros de gravação | 0.9
palhaço | 0.5
palhaçada | 0.5
palhaçadas | 0.6
fazer palhaçada
pegadinha | 0.6
mico | 0.5
pagar mico | 0.8
paguei mico | 0.8
plot twist | 0.6
expectativa vs realidade | 0.4
desastrada | 0.5
desastrado | 0.5
trapalhada | 0.7
tombo | 0.4
dia das mentiras | 0.7
disfarce | 0.3
hilário | 0.9
hilária | 0.9
hilariante | 0.9
impagável | 0.7
sátira | 0.7
satírico | 0.7
ironia | 0.3
sketch | 0.5
esquete | 0.7
tirinha | 0.6
cartoon | 0.5
#humor
#memes
#meme
#piada
#piadas
#comedia
#comédia
#humorbrasileiro
#humorportuguês
#fail | 0.6
#lol | 0.6
#kkkk | 0.8
#standup | 0.7
# second pass: brand-statement language, product and compound words
fazer rir | 0.9
fazer as pessoas rirem | 0.9
arrancar um sorriso | 0.8
tirar um sorriso | 0.7
não se levar a sério | 0.9
não nos levamos demasiado a sério | 0.9
sem se levar a sério | 0.9
humorístico | 0.9
diversão | 0.6
brincalhão | 0.6
brincalhona | 0.6
lúdico | 0.6
descontraído | 0.7
descontração | 0.6
irreverente | 0.8
bem-humorado | 0.8
rir de nós mesmos
sorrisos | 0.4
entretenimento | 0.4
quadrinhos | 0.4
leveza | 0.5
teatro de improviso | 0.6
picardia | 0.6
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
spoiler não correu bem
spoiler não deu certo
spoiler deu errado
spoiler correu mal
spoiler alert | 0.5
claro que choveu | 0.8
obviamente choveu | 0.8
claro que deu errado | 0.9
claro que correu mal | 0.9
o que poderia dar errado | 0.9
lá se foi a dignidade
lá se vai a dignidade
adeus dignidade
a minha dignidade | 0.8
minha dignidade | 0.8
perdi a dignidade | 0.9
zero dignidade | 0.9
dignidade zero | 0.9
faria de novo | 0.4
dez de dez | 0.5
típico de mim | 0.8
clássico de mim | 0.8
caí que nem um patinho | 0.8
virou cabide
virou cabide de roupa
serve de cabide | 0.9
serve de estendal | 0.9
agora é um cabide | 0.9
cabide muito caro
eu do passado | 0.6
sou um desastre | 0.9
desastre ambulante
falhei miseravelmente
falhanço épico
fracasso épico
fail épico
falhanço | 0.5
tentativa falhada | 0.6
nailed it | 0.8
igualzinho à foto | 0.8
pinterest vs realidade
no pinterest parecia mais fácil
parecia tão fácil | 0.5
na teoria era fácil | 0.7
minha cara quando | 0.7
eu tentando | 0.5
eu a tentar | 0.5
absolutamente ninguém | 0.9
piada interna | 0.7
autodepreciação
gozar comigo mesmo
rir da própria desgraça
rir das minhas desgraças
rir para não chorar
trocadalho do carilho
piada de pai
piada de tiozão
piadas do pavê
é pavê ou pacumê
piada de tio | 0.9
piada infame | 0.9
piada sem graça | 0.8
pregar uma partida
preguei uma partida
primeiro de abril | 0.6
cenas cortadas | 0.6
caos | 0.3
caos total | 0.5
nonsense | 0.6
tosquice | 0.6
pateta* | 0.5
patetice | 0.7
parvoíce | 0.7
palermice | 0.7
bobeira | 0.3
besteirol | 0.8
humor pastelão
humor físico | 0.8
humor seco | 0.8
humor britânico | 0.7
humor ácido | 0.8
ironia fina | 0.8
morto de rir | 0.9
a rebolar a rir
ri até chorar
fartei-me de rir
ataque de riso
crise de riso
não consigo parar de rir
me mijei de rir
shuashua | 0.5
huehue* | 0.5
que humilhação | 0.6
vergonha alheia de mim | 0.8
passei vergonha | 0.6
paguei o maior mico | 0.9
fiz figura de parva | 0.9
fiz figura de urso | 0.9
pagar um king kong | 0.8
mico do ano
o meu gato julga-me | 0.7
olhar de julgamento | 0.6
modo palhaço | 0.8
só para rir | 0.6
rir um bocado | 0.6
rir um pouco | 0.5
boas gargalhadas | 0.9
dancinha | 0.4
fantasia ridícula | 0.6
spoiler | 0.3

[value ambition]
ambição
ambicioso
ambiciosa
metas* | 0.5
objetivo cumprido
objectivo cumprido
meta batida
bater a meta
batemos a meta
missão cumprida | 0.7
conquista | 0.7
conquistas | 0.7
conquistei
conquistamos
consegui | 0.4
conseguimos | 0.4
ganhar* | 0.5
ganhei | 0.6
ganhamos | 0.6
vencer | 0.7
venci | 0.8
vencemos | 0.8
vencedor | 0.8
vencedora | 0.8
vitória | 0.8
campeão | 0.9
campeã | 0.9
campeonato | 0.8
medalha | 0.8
medalha de ouro
primeiro lugar | 0.9
terceiro lugar | 0.6
recorde pessoal
melhor marca | 0.8
melhor marca pessoal
melhor tempo | 0.8
personal best
superaç* | 0.8
superar-me | 0.8
me superar | 0.8
desafio | 0.5
desafios | 0.5
competir | 0.7
competição | 0.7
classificado | 0.4
classificada | 0.4
finalista* | 0.8
prémio | 0.6
prêmio | 0.6
premiado | 0.6
premiada | 0.6
fui promovida
fui promovido
promovida | 0.3
promovido | 0.3
novo cargo | 0.7
cargo de chefia | 0.7
ceo | 0.6
fundador | 0.6
fundadora | 0.6
empreender | 0.7
empreendedor | 0.7
empreendedora | 0.7
empreendedorismo | 0.7
empreendimento | 0.4
startup | 0.6
minha empresa | 0.3
meu negócio | 0.3
faturação | 0.6
faturamento | 0.6
faturar | 0.6
faturei | 0.7
escalar o negócio | 0.8
rodada de investimento | 0.8
ronda de investimento | 0.8
investidores | 0.4
primeiro milhão | 0.9
disciplina | 0.5
constância | 0.6
consistência | 0.5
foco | 0.5
esforço | 0.5
sacrifício | 0.5
trabalho duro | 0.8
dar o máximo | 0.8
bora pra cima | 0.8
grind | 0.9
hustle | 0.9
sem desculpas | 0.6
no excuses | 0.7
mentalidade vencedora
mentalidade de campeão
mindset | 0.6
produtividade* | 0.6
produtivo* | 0.5
alta performance | 0.8
alto rendimento | 0.8
desempenho | 0.5
acordar às 5 | 0.6
clube das 5
5am | 0.5
bem-sucedido | 0.7
bem-sucedida | 0.7
liderança | 0.7
líder* | 0.5
próximo nível | 0.6
next level | 0.6
sonhar grande
sonhe grande
mirar alto | 0.8
carreira | 0.4
crescimento profissional
passei no concurso | 0.8
aprovada | 0.3
aprovado | 0.3
formatura | 0.4
maratona | 0.4
ironman | 0.6
#metas
#objetivos
#foco
#motivação
#motivacao
#sucesso
#empreendedor
#empreendedorismo
#hustle
#grind
#mindset
#disciplina
#nopainnogain | 0.8
#semdesculpas | 0.8
#vencedor
#campeão
#focoforçafé
foco força e fé
segundo lugar | 0.6
número um | 0.7
# second pass: brand-statement language, product and compound words
liderar o mercado | 0.8
líderes do setor | 0.8
líder de mercado | 0.8
máximo desempenho | 0.8
máxima performance | 0.8
superar limites | 0.9
ir mais longe | 0.7
competitivo | 0.7
triunfar | 0.8
crescimento | 0.4
profissionais exigentes | 0.7
exigência | 0.5
atletas de elite | 0.9
alto nível | 0.6
dar o melhor | 0.6
realizar sonhos | 0.5
alcançar metas | 0.9
mentalidade de crescimento | 0.8
growth mindset | 0.8
empresários | 0.5
pioneiros | 0.6
troféu | 0.5
ranking | 0.5
líder em vendas | 0.7
crescer na carreira | 0.8
subir na carreira | 0.8
ser o melhor | 0.6
ser a melhor | 0.6
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
bati o meu recorde
novo recorde
recorde mundial
recorde nacional
recorde de vendas
recordista*
primeira maratona | 0.9
terminei a maratona | 0.9
cruzei a meta | 0.9
cortar a meta | 0.8
medalha de prata | 0.9
medalha de bronze | 0.9
top 10 | 0.5
top 3 | 0.6
meta de vendas | 0.8
metas do ano | 0.8
plano de carreira | 0.8
promoção no trabalho | 0.9
fui contratada | 0.7
consegui o emprego | 0.8
emprego dos sonhos | 0.8
primeiro cliente | 0.7
milhão de seguidores | 0.7
abri a minha empresa | 0.9
abri o meu negócio | 0.9
nova sede | 0.6
internacionalização | 0.7
ano recorde | 0.8
vendas recorde | 0.9
ninguém acreditava | 0.7
provar que estavam errados | 0.9
trabalho enquanto eles dormem
enquanto eles dormem | 0.9
foco total | 0.8
rumo ao topo | 0.9
nota máxima | 0.8
melhor aluno | 0.6
vencer na vida | 0.9
subir na vida | 0.8
independência financeira | 0.5
liberdade financeira | 0.5
dei o meu melhor | 0.6
finalmente consegui | 0.7
meses de treino | 0.6
sem dias de folga | 0.6
pódio* | 0.9
*sucesso | 0.8
objetivo* | 0.5
objectivo* | 0.5
imparáve* | 0.8
*sucessos | 0.8

[value luxury]
luxo
luxuoso
luxuosa
de luxo
exclusivo | 0.8
exclusiva | 0.7
exclusividade
vip | 0.9
área vip
sala vip
camarote | 0.7
premium | 0.8
topo de gama
alto padrão | 0.8
alta costura
haute couture
alta joalharia
marca de luxo
marcas de luxo
grife | 0.7
grifes | 0.7
jóias | 0.6
joias | 0.6
diamantes | 0.8
diamante | 0.7
ouro 18 quilates
relógio de luxo
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
balenciaga
saint laurent
ysl | 0.8
versace
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
iate
iates
superiate
jatinho | 0.8
jato privado
avião privado
primeira classe
classe executiva | 0.8
business class
suíte | 0.6
suite presidencial
hotel de cinco estrelas
cinco estrelas | 0.8
resort | 0.6
villa privada
mansão | 0.8
cobertura duplex | 0.8
penthouse | 0.9
piscina infinita | 0.7
infinity pool | 0.7
estrela michelin | 0.8
estrelas michelin | 0.8
menu de degustação | 0.6
caviar
champanhe | 0.8
champagne | 0.8
moët | 0.9
dom pérignon
wagyu | 0.8
quinta do lago | 0.6
jurerê internacional | 0.7
mónaco | 0.6
saint tropez | 0.8
st barth | 0.8
dubai | 0.5
maldivas | 0.6
courchevel | 0.8
tapete vermelho | 0.5
front row | 0.6
personal shopper | 0.8
mordomo | 0.7
motorista particular | 0.7
chofer | 0.5
concierge | 0.6
spa privado | 0.8
dar-me um luxo
vida de luxo
alto nível | 0.4
elite | 0.6
edição limitada | 0.6
peça de colecionador | 0.6
peça de coleção | 0.5
caxemira | 0.6
cashmere | 0.6
clube de golfe | 0.5
clube privado | 0.8
convite exclusivo
evento exclusivo
lista vip
milionário | 0.6
milionária | 0.6
caríssimo | 0.5
sofisticado | 0.5
sofisticada | 0.5
requinte | 0.7
requintado | 0.7
glamour | 0.6
glamouroso | 0.7
ostentação | 0.7
ostentar | 0.6
#luxo
#luxury
#luxurylifestyle
#luxurytravel
#vip
#richlife
#firstclass
#champagne | 0.7
#rolex
#ferrari
#chanel
#gucci
#louisvuitton
#ostentação
# second pass: brand-statement language, product and compound words
clientes exigentes | 0.8
paladares exigentes | 0.7
os mais exigentes | 0.7
gosto refinado | 0.9
distinção | 0.5
quiet luxury | 0.9
old money | 0.7
atendimento personalizado | 0.6
serviço personalizado | 0.6
por convite | 0.8
apenas por convite | 0.9
unidades limitadas | 0.6
edição numerada | 0.7
os melhores materiais | 0.5
ouro | 0.3
veludo | 0.4
pérolas | 0.5
alta relojoaria | 0.9
esmeraldas | 0.6
trufa negra | 0.6
adega privada | 0.7
chef privado | 0.9
chef particular | 0.9
helicóptero | 0.6
limusine | 0.8
hotel boutique | 0.6
alto poder aquisitivo | 0.8
endinheirado | 0.7
abastado | 0.6
ricaço | 0.6
boutique | 0.5
showroom privado | 0.7
alta sociedade | 0.8
jet set | 0.8
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
upgrade para executiva | 0.9
lounge do aeroporto | 0.8
restaurante estrelado | 0.9
carro desportivo | 0.7
carro esportivo | 0.7
bolsa de marca | 0.6
mala de marca | 0.6
ibiza | 0.4
mykonos | 0.5
st moritz | 0.7
gstaad | 0.8
veuve clicquot | 0.9
charuto | 0.5
lagosta | 0.4
trufas | 0.3
omakase | 0.7
garrafa de mil euros | 0.8
custou mil euros | 0.6
mais caro do mundo | 0.8
preço não importa | 0.7
dinheiro não é problema | 0.8
gostos caros | 0.7
louboutin
jimmy choo
*valentino | 0.7
*bulgari
bvlgari
van cleef
tag heuer | 0.7
bugatti
range rover | 0.6
piscina privativa | 0.8
piscina privada | 0.8
heliponto | 0.8
villa de luxo
condomínio de luxo
mesa vip | 0.9
reserva impossível | 0.7
lista de espera de anos | 0.8
edição exclusiva | 0.8
peça exclusiva | 0.8
feito por encomenda | 0.4
#prada
da prada
bolsa prada
óculos prada
fendi*
seleto* | 0.6
seleta* | 0.6

[value frugality]
poupança
poupar
poupei
poupamos
economizar
economizei
economizamos
economia | 0.3
economias | 0.6
desafio de poupança
orçamento | 0.8
orçamento mensal
orçamento familiar
controlar os gastos
controle de gastos
gastos do mês | 0.7
gastei só | 0.8
barato | 0.7
barata | 0.7
baratinho | 0.8
mais barato | 0.6
sai mais barato
econômico | 0.5
económico | 0.5
low cost | 0.8
lowcost | 0.8
pechincha
achadinho | 0.6
promoção | 0.4
promoções | 0.4
desconto | 0.3
saldos | 0.3
comparar preços
preço por quilo
marca branca
marca própria | 0.4
lidl | 0.4
aldi | 0.4
atacarejo | 0.6
atacadão | 0.5
segunda mão | 0.8
em segunda mão | 0.8
brechó* | 0.8
garimpo | 0.6
vinted | 0.7
olx | 0.7
custojusto | 0.7
feira da ladra | 0.6
roupa usada | 0.6
diy | 0.4
caseiro | 0.4
caseira | 0.4
feito em casa | 0.5
comida caseira | 0.5
marmita | 0.8
levar marmita
marmitas da semana
marmitinha | 0.8
batch cooking | 0.6
cardápio semanal | 0.6
ementa semanal | 0.6
lista de compras | 0.6
lista de supermercado | 0.6
aproveitar as sobras
sobras* | 0.5
gasto zero
mês sem gastos
#nospend
minimalismo | 0.8
minimalista | 0.8
vida simples
simplicidade | 0.8
vida simples e feliz
austeridade | 0.5
frugal
frugalidade
reserva de emergência
fundo de emergência
colchão financeiro | 0.8
finanças pessoais | 0.6
educação financeira | 0.4
sair das dívidas
quitar dívidas | 0.8
pagar as dívidas | 0.7
método dos envelopes
planilha de gastos | 0.8
fim do mês | 0.4
conta de luz | 0.4
fatura da luz | 0.4
albergue | 0.6
hostel | 0.6
viajar barato
viajar gastando pouco
mochila de cabine | 0.5
só bagagem de mão | 0.5
sanduíche | 0.3
lancheira | 0.5
piquenique | 0.3
água da torneira | 0.6
grátis* | 0.5
gratuito | 0.5
programa gratuito | 0.6
programas grátis
troca | 0.2
trocas | 0.2
emprestado | 0.4
roupa herdada | 0.8
remendar | 0.6
cerzir | 0.6
consertar | 0.5
reaproveitar | 0.5
cortar cabelo em casa
unhas em casa | 0.6
armário cápsula | 0.7
guarda-roupa cápsula | 0.7
capsule wardrobe | 0.7
compra consciente | 0.6
compra inteligente | 0.7
cêntimos* | 0.5
centavos | 0.5
quanto gastei | 0.6
meus gastos | 0.8
os meus gastos | 0.8
#poupança
#poupar
#economizar
#economia | 0.5
#finançaspessoais
#financaspessoais
#minimalismo
#minimalista
#lowcost
#promoção | 0.5
#orçamento
#frugal
#vidasimples
#segundamão
#brechó
#brecho
#achadinhos | 0.6
#marmita
#vinted | 0.6
menos é mais | 0.6
comprar menos | 0.8
consumir menos | 0.8
faça você mesmo | 0.6
# second pass: brand-statement language, product and compound words
com pouco orçamento | 0.9
com pouco dinheiro | 0.8
orçamento apertado | 0.9
orçamento reduzido | 0.8
baixo orçamento | 0.9
sem gastar uma fortuna | 0.9
sem gastar muito | 0.8
gastando pouco | 0.8
preços acessíveis | 0.9
bom preço | 0.7
preços baixos | 0.7
baixo custo | 0.8
relação qualidade-preço | 0.8
custo-benefício | 0.8
todos os bolsos | 0.9
qualquer bolso | 0.8
ao alcance de todos | 0.6
mais por menos | 0.6
o essencial | 0.5
só o necessário | 0.7
sem luxos | 0.8
sem frescura | 0.6
sem firulas | 0.6
comprar só o necessário | 0.8
aproveitar ao máximo | 0.7
outlet | 0.6
gastos fixos | 0.6
despesas fixas | 0.6
viver com pouco | 0.9
viver com menos | 0.8
precisar de menos | 0.7
consertar em vez de comprar | 0.8
reparar em vez de comprar | 0.8
menos coisas | 0.6
desapego | 0.6
destralhar | 0.4
barganha | 0.8
preço de banana | 0.7
a preço de saldo | 0.6
economia doméstica | 0.8
gastos formiga | 0.8
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
levo almoço de casa | 0.9
almoço de casa | 0.4
sobras do jantar | 0.8
folheto do supermercado | 0.8
fim de validade | 0.5
too good to go | 0.9
toogoodtogo | 0.9
cortei as subscrições | 0.9
cancelei a assinatura | 0.8
cancelei o streaming | 0.8
cortar gastos | 0.9
cortar despesas | 0.9
reduzir despesas | 0.8
mudei de tarifário | 0.8
poupar na luz | 0.8
mealheiro | 0.9
cofrinho | 0.8
desafio das 52 semanas
juntar dinheiro | 0.8
guardar dinheiro | 0.8
pagar a pronto | 0.6
sem prestações | 0.6
sem dívidas | 0.9
dívida zero | 0.9
usar até acabar | 0.7
pedi emprestado | 0.6
férias baratas | 0.8
viagem barata | 0.8
passagens baratas | 0.6
sem gastar nada | 0.9
custo zero | 0.8
de graça | 0.3
fiz eu mesma | 0.4
cozinhar em casa | 0.5
comprar a granel | 0.5
roupa da irmã mais velha | 0.8
roupa herdada dos primos | 0.8
vendi no enjoei | 0.8
comprei no enjoei | 0.8
vendi na vinted | 0.8
comprei na vinted | 0.8
vendi no olx | 0.8
feira de trocas | 0.6
mês de gastos | 0.5
renda baixa | 0.4
casa pequena | 0.3

[against sustainability]
haul
mega haul
haul de roupa
haul de roupas
haul da shein
#haul
#sheinhaul
#shein
#temu
#comprinhas | 0.5
shein | 0.8
temu | 0.6
shopee | 0.4
primark | 0.5
aliexpress | 0.3
encomenda da shein
comprinhas | 0.4
fast fashion | 0.5
moda rápida | 0.5
roupa nova toda semana
look novo todo dia
usar e deitar fora
usar e jogar fora
descartáve* | 0.5
copos de plástico | 0.5
pratos de plástico | 0.5
canudos de plástico | 0.5
plástico de uso único | 0.6
soltura de balões | 0.7
mota de água
moto aquática
jet ski
jetski
#jetski
*lancha | 0.4
quadriciclo | 0.4
picape diesel
carrinha a gasóleo | 0.5
nova picape | 0.6
caminhonete nova | 0.6
v8 | 0.4
motor v8 | 0.7
queimar pneu | 0.7
escapadinha de avião | 0.7
terceiro voo do mês
voos baratos | 0.4
jatinho | 0.6
jato particular | 0.8
jacto privado | 0.8
cruzeiro | 0.5
cruzeiros | 0.5
ar condicionado no máximo | 0.6
celular novo todo ano
deitei fora | 0.4
joguei fora | 0.4
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
*lanchas | 0.4
passeio de lancha | 0.5

[against animal_welfare]
*caçada
montaria* | 0.6
jornada de caça
temporada de caça | 0.8
troféu de caça
caça grossa
safari de caça
caçador | 0.6
caçadores | 0.6
*abati | 0.5
javali abatido
veado abatido
#caça
#hunting
#montaria
casaco de pele
casaco de vison
vison | 0.7
pele de raposa
estola de pele
pele verdadeira | 0.5
pele de crocodilo | 0.6
rodeio | 0.8
rodeios | 0.8
#rodeio
vaquejada
vaquejadas
prova de laço | 0.6
peão de boiadeiro | 0.6
festa do peão | 0.6
tourada*
corrida de touros
corrida de toiros
praça de touros
#touradas
#tauromaquia
tauromaquia | 0.8
toureiro
cavaleiro tauromáquico
grupo de forcados | 0.8
forcados amadores | 0.8
pega de caras | 0.7
largada de touros | 0.7
farra do boi
rinha de galo
rinhas de galo
briga de galo
nadar com golfinhos | 0.6
passeio de elefante | 0.8
montar elefante | 0.8
selfie com tigre
delfinário | 0.5
circo com animais | 0.7
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
*caçadas
ir à caça | 0.7
dia de caça
época de caça
caça ao javali
caça ao veado
caça desportiva
caça esportiva
licença de caça | 0.8
espingarda de caça | 0.8
fui caçar | 0.8
caça à perdiz
caça ao coelho | 0.9

[against wellbeing]
dieta milagrosa
dieta da moda | 0.5
dieta detox | 0.5
emagrecer rápido
kg numa semana
kg em um mês
chá emagrecedor | 0.7
remédio para emagrecer
inibidor de apetite | 0.7
jejum extremo
pular refeições
saltar refeições
bebida energética
bebidas energéticas
energético* | 0.3
red bull | 0.6
redbull | 0.6
monster | 0.3
quinto café | 0.6
dormir é para fracos
dormir é pra fracos
dormir 4 horas
4 horas de sono
virar a noite
virei a noite
noitada* | 0.6
sem dormir | 0.6
vapear
vape | 0.8
#vape
#vapelife
narguilé | 0.6
narguile | 0.6
shisha | 0.6
fumar | 0.5
cigarro | 0.5
bebedeira | 0.6
*porre | 0.6
open bar | 0.4
shots | 0.4
ressaca | 0.4
no pain no gain | 0.4
treinar lesionado
trabalhar 16 horas | 0.6
#energetico
#teamnosleep
fazer uma directa | 0.6
shake para secar
chá para secar
shake detox | 0.6
kg em 10 dias
kg em uma semana
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
tomei um porre
*porres | 0.6

[against kindness]
idiotas
imbecis
imbecil
otários
otário
babacas
babaca
trouxas* | 0.6
perdedores | 0.6
fracassados* | 0.7
falhados* | 0.6
*palhaços | 0.4
cala a boca
cala-te
calem a boca
que se danem
que se lixem
#choramais
cry about it
mimizento | 0.7
lixo de pessoa
dá nojo | 0.5
nojentos | 0.6
escória
gentalha
corja
*tapado | 0.5
vai à merda | 0.4
vai tomar no cu
humilhar | 0.6
humilhado | 0.5
humilhei
ridicularizar
deixei no chinelo | 0.4
pegadinha pesada
pegadinhas pesadas
prank | 0.4
#prank | 0.4
rage bait
ragebait
isca de raiva
exposed | 0.5
você é um lixo
és um lixo
chora mais | 0.6
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
gozar com os seguidores
gozar com os comentários | 0.6
expor os comentários | 0.7
expus o seguidor
comentários mais burros
seguidores burros
trollar | 0.6
trollagem | 0.6
tirar sarro | 0.5
gozar com os pobres
rir da desgraça alheia | 0.8
rir da cara dele | 0.7
pegadinha humilhante
humilhação pública
envergonhar publicamente
expor publicamente | 0.9
para gerar polémica | 0.8
só para irritar | 0.8
para dar engajamento | 0.6
vai ficar ofendido | 0.7
quem se ofender | 0.6
ofendidinhos | 0.9
geração de cristal | 0.8
geração floco de neve | 0.7
geração nutella | 0.6
aceita que dói menos | 0.8
segue o choro | 0.8
lixo humano
bando de fracassados
bando de falhados
seus burros | 0.8
sua burra | 0.8
seu burro | 0.8
seus palhaços | 0.8
feio que dói | 0.6
gorda feia | 0.8

[against frugality]
às compras | 0.4
dia de compras | 0.5
comprinhas | 0.5
shopping | 0.3
febre de compras
torrei o salário
torrei o ordenado
torrar o dinheiro | 0.7
cartão a arder
estourei o cartão
estourar o cartão
cartão estourado | 0.7
sem olhar o preço
sem olhar ao preço
eu mereço | 0.5
tu mereces | 0.5
você merece | 0.4
treat yourself
#treatyourself
#eumereço
yolo | 0.6
#yolo | 0.6
se vive uma vez | 0.6
poupar é para pobres
coisa de pobre | 0.5
economizar é para pobres
dinheiro é para gastar
gastar sem pensar
compras compulsivas | 0.6
compra compulsiva | 0.6
mega haul
haul | 0.6
unboxing | 0.3
black friday | 0.4
carrinho cheio | 0.5
parcelei em 12x | 0.6
parcelado | 0.3
deitar dinheiro fora | 0.5
esbanjar | 0.5
sem poupar | 0.5
mimo para mim | 0.5
comprei tudo | 0.5
gastar tudo | 0.6

[against honesty]
nunca experimentei mas
nunca usei mas
nem testei mas
sem ter testado
obcecada com | 0.4
obcecado com | 0.4
obcecada por | 0.4
mudou a minha vida | 0.4
mudou minha vida | 0.4
literalmente mágico | 0.6
milagros* | 0.5
produto milagroso | 0.6
resultados garantidos | 0.6
não é publi | 0.6
isto não é publi | 0.6
isso não é publi | 0.6
não é publicidade | 0.6
não é patrocinado | 0.6
não recebi nada | 0.4
não me pagaram | 0.5
ninguém me pagou | 0.5
corre comprar
corram comprar
comprem já | 0.6
facetune | 0.5
comprar seguidores | 0.7
seguidores comprados
likes comprados
avaliações falsas | 0.6
reviews falsas | 0.6
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
não precisa dizer que é publi
sem marcar como publi | 0.9
sem dizer que é publi
sem dizer que é pago
ninguém precisa saber que é pago
finge que não é publi
finjo que não é publi
nem abri mas já amo
nem abri ainda | 0.6
nem testei e já amo
nunca usei mas recomendo
não usei mas recomendo
recomendo de olhos fechados | 0.4
melhor produto do mundo | 0.5
resultado em 24 horas | 0.5
antes e depois com filtro | 0.8
grupo de engajamento | 0.6
pod de engajamento | 0.7
sorteio falso | 0.9
reviews pagas | 0.8
avaliações pagas | 0.8
em troca de avaliação | 0.9
em troca de uma review | 0.9
pagam-me para dizer | 0.9
fingir que gosto | 0.8
finjo que gosto | 0.8
publi disfarçada | 0.9
publicidade disfarçada | 0.8
apaguei o publi | 0.8
tirei o #publi | 0.8

[against inclusivity]
gente gorda
gorda nojenta
gordo nojento
piada de gordo
piadas de gordo
velhos não deviam
velho demais para
velha demais para
ok boomer | 0.4
piadas de velha
piada de deficiente
piadas de deficiente
ilegais | 0.3
imigrantes ilegais | 0.6
volta pra tua terra
volta pro seu país
invasão de imigrantes
ideologia de género
ideologia de gênero
só existem dois géneros
só existem dois gêneros
feminazi
feminazis
vai lavar louça
mulher na cozinha | 0.6
coisa de menina | 0.4
coisa de mulherzinha
corre como uma menina
só gente bonita
direito de admissão | 0.4
#orgulhohetero | 0.8
mimimi de minoria
vitimismo das minorias
vai para a cozinha
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
ninguém com mais de cinquenta
ninguém com mais de 50
só perfis jovens
perfil jovem e dinâmico
jovem e dinâmico | 0.8
jovens e dinâmicos | 0.8
idade máxima | 0.5
exige-se boa aparência
os velhos não sabem usar
velhos não sabem | 0.9
boomers não sabem usar
*boomer | 0.3
velho gagá | 0.8
já passou da validade | 0.7
gordo demais para
demasiado gordo | 0.8
rolha de poço
bola de banha
saco de banha
gordo preguiçoso
quem é gordo é porque quer
não queremos gordos
gente dessa laia
esse tipo de gente | 0.7
gente como essa | 0.6
piada de preto
coisa de cigano
ciganada*
bando de ciganos
vai para a tua terra
aleijado | 0.8
*retardado | 0.9
*retardada | 0.9
mongoloide
débil mental | 0.9
pareces autista
pareces um deficiente
viadinho
viado | 0.8
maricas* | 0.8
paneleiro
traveco
coisa de maricas
mulher ao volante perigo constante
mulher não sabe conduzir
mulher não sabe dirigir
lugar de mulher é na cozinha
só contratamos jovens
não contratamos mulheres
não contrato grávidas
preferencialmente do sexo masculino
preferência por homens | 0.9

[against fairness]
mão de obra barata
mão-de-obra barata
o mais barato possível
o fornecedor mais barato
pagar o mínimo
pagar o mínimo possível
pago quase nada
pagamos quase nada
estagiários sem salário
estágio não remunerado
estágios não remunerados
estágio sem remuneração
trabalhar de graça | 0.7
trabalho de graça | 0.6
em troca de visibilidade
pago em visibilidade
pagar com visibilidade
sem contrato | 0.6
sem carteira assinada | 0.6
a recibos verdes | 0.4
falsos recibos verdes
pagar por fora
horas extra não pagas
horas extras não pagas
horas extras de graça
pejotização | 0.6
chorar o preço | 0.4
cortar salários
baixar salários
demissão em massa | 0.4
deslocalizar | 0.5
deslocalização | 0.4
terceirizar tudo | 0.5
não importa quem fez
sem sindicato
salários baixos | 0.4
paguei uma miséria
tanto faz quem fez
pagando uma miséria | 0.8
# third pass: scenes and deeds (what a post describing the value contains), self-irony, exclusion, precision
estagiários a custo zero
trabalhar por exposição
em troca de exposição
pago em permuta | 0.6
só permuta | 0.5
não pago estagiários
negociei até ao osso | 0.9
espremi o fornecedor
apertar os fornecedores
esmagar os preços | 0.7
esmagar as margens | 0.8
comprei o mais barato | 0.5
não quero saber quem fez a roupa
desde que seja barato | 0.8
dei o calote
calote | 0.6
atrasar os salários | 0.9
salários em atraso | 0.5
vestir a camisola | 0.3
jornadas de 12 horas | 0.7
sem folgas | 0.7
ninguém tira férias | 0.8
descontar do salário | 0.6
demiti por whatsapp
despedi por mensagem | 0.9
furar a greve | 0.8
pagar abaixo do mínimo
abaixo do salário mínimo | 0.8
regatear com o artesão | 0.7
estagiário não precisa de salário

[topic cycling]
bicicleta
bicicletas
bike
bikes
bici | 0.6
ciclismo
ciclista
ciclistas
pedalar
pedalada
pedal | 0.7
pedais* | 0.7
pedalei
pedal de domingo
sapatilhas de encaixe
taquinhos | 0.6
selim
guiador
guidão
guidom
quadro de carbono
garfo | 0.3
corrente | 0.3
desviador
cassete | 0.5
pedaleiro
pneu | 0.4
pneus | 0.4
câmara de ar
tubeless
furo | 0.4
furou o pneu
aros | 0.5
rodas | 0.4
travões de disco
freio a disco
freios a disco
bretelle
bermuda de ciclismo
camisola de ciclismo
jersey de ciclismo
capacete | 0.4
ciclocomputador
strava
garmin | 0.6
watts | 0.6
potenciómetro
potenciômetro
ftp | 0.5
cadência | 0.6
subida | 0.3
serra | 0.3
altimetria | 0.7
ganho de elevação | 0.7
desnível | 0.6
quilómetros | 0.4
quilômetros | 0.4
km | 0.3
pelotão
grupeta | 0.8
pedal em grupo
sprint | 0.4
contrarrelógio
etapa | 0.4
tour de france
volta a portugal
gravel
mtb
btt
bike de estrada
bicicleta de estrada
speed | 0.3
mountain bike
downhill | 0.6
enduro | 0.5
xco
ciclocross
bmx
fixie
bicicleta elétrica
bicicleta eléctrica
e-bike
bicicleta dobrável
ciclovia
ciclofaixa
ciclovias
massa crítica
bicicletada
bikepacking
cicloturismo
cicloviagem
rolo de treino
zwift
oficina de bicicletas
mecânico de bicicletas
canote
cubo | 0.3
#ciclismo
#bike
#bicicleta
#pedal
#cycling
#mtb
#gravel
#roadbike
#bikepacking
#strava | 0.7
#pedalando
# second pass: brand-statement language, product and compound words
guarda-lamas | 0.9
para-lama | 0.9
bagageiro | 0.7
alforjes | 0.9
alforges | 0.9
cadeado* | 0.6
bomba de ar | 0.6
bike de carga | 0.9
bicicleta de carga | 0.9
cargo bike | 0.9
shimano | 0.9
sram | 0.9
campagnolo | 0.9
caloi | 0.9
pinarello | 0.9
cannondale | 0.9
paraciclo | 0.9
bicicletário | 0.9
ciclorrota | 0.9
velódromo | 0.9

[topic food]
receita
receitas
cozinhar
cozinha | 0.6
cozinhando
cozinhei
comida* | 0.5
jantar | 0.5
almoço | 0.5
pequeno-almoço | 0.5
café da manhã | 0.5
lanche | 0.5
petisco | 0.7
petiscos | 0.7
prato | 0.4
ingredientes
ingrediente
forno | 0.7
frigideira
panela | 0.8
tacho | 0.7
assar | 0.7
assado | 0.6
farinha
fermento
pão* | 0.6
pão caseiro
fermentação natural
bolo*
bolachas
biscoitos
sobremesa
sobremesas
doce | 0.4
doces | 0.5
doçaria
confeitaria
pastelaria
molho | 0.4
refogado
azeite
alho | 0.6
cebola
tomate | 0.7
especiaria*
tempero
temperos
sal e pimenta
legumes | 0.6
leguminosas
feijão
grão-de-bico
arroz | 0.6
macarrão
esparguete
pizza
hambúrguer
sopa
caldo | 0.5
ensopado
guisado
salada*
omelete
bacalhau
feijoada
francesinha
pastel de nata
brigadeiro
coxinha
tapas
restaurante
restaurantes
tasca
tasquinha
boteco
brunch
delicioso | 0.6
deliciosa | 0.6
gostoso | 0.4
saboroso | 0.7
sabor | 0.6
*chef
cozinheiro
cozinheira
gastronomia
gastronómico
gastronômico
foodie
vegano | 0.4
vegetariano | 0.4
sem glúten | 0.5
air fryer | 0.7
airfryer | 0.7
mercado | 0.3
#receita
#receitas
#comida
#foodie
#culinária
#culinaria
#receitasfáceis
#receitasfaceis
#receitasaudavel
#food
#foodporn
#instafood
#gastronomia
#sobremesa
#doces
#pão
#fermentacaonatural
# second pass: brand-statement language, product and compound words
massa | 0.4
lasanha
nhoque
talharim
risoto
ramen*
queijo | 0.7
enchidos | 0.7
presunto | 0.6
chouriço | 0.6
linguiça | 0.6
chocolate | 0.5
geleia* | 0.7
compota | 0.6
conservas* | 0.5
picles
hummus
abacate
torrada* | 0.6
tosta | 0.6
iogurte
granola
smoothie
sumo de laranja | 0.8
sumo natural | 0.8
suco | 0.7
café | 0.3
cerveja | 0.5
padaria
fritadeira de ar
bimby | 0.8
thermomix
panela de pressão
robô de cozinha
liquidificador | 0.7
wok
churrasco | 0.6
grelhados | 0.7
peixe | 0.7
frango | 0.7
marisco | 0.7
camarão* | 0.6
camarões* | 0.6
polvo | 0.6
salmão
atum | 0.5
sushi
empadas
açaí* | 0.7
tapioca | 0.7
cuscuz | 0.6
sorvete | 0.7
pudim | 0.8
mousse | 0.6
brownie
cheesecake
tarte | 0.6
torta | 0.6
croissant
aperitivos | 0.5
prato do dia | 0.8
menu do dia | 0.7
harmonização de vinhos | 0.8
prova de vinhos | 0.8
frutos secos | 0.7
castanhas* | 0.5
quinoa
tofu
seitan
tempeh
proteína vegetal | 0.6
alimentos | 0.5
sanduíche | 0.6
sandes | 0.7
bifana | 0.8
marmita | 0.5

[topic fashion]
moda*
look | 0.6
looks | 0.6
lookbook
look do dia
outfit
outfits
styling
estilista
consultora de imagem
tendência | 0.5
tendências | 0.5
roupa
roupas
peças* | 0.4
guarda-roupa
armário | 0.4
closet
vestido
vestidos
saias*
calças
calça
jeans
calças de ganga
camisa
camiseta
t-shirt
blusa
camisola | 0.6
suéter
moletom
sweatshirt
casaco
jaqueta
blazer
sobretudo
trench coat
sapatos
sapatilhas | 0.6
ténis | 0.5
tênis | 0.5
sneakers
botas*
botins
sandálias
saltos
salto alto
bolsa | 0.4
carteira | 0.3
cinto
lenço
acessórios
bijuteria
bijuterias
brincos*
anel | 0.4
óculos de sol
tamanho | 0.3
tecido | 0.5
estampa
estampado
coleção
colecção
primavera verão | 0.5
outono inverno | 0.5
passerelle
passarela
desfile
semana de moda
fashion week
designer de moda
marca de roupa
street style
streetwear
vintage | 0.5
armário cápsula
combinar | 0.4
conjunto | 0.4
provador
#ootd
#lookdodia
#moda
#fashion
#look
#estilo
#streetstyle
#modasustentavel
#outfitoftheday
#tendencias
#modafeminina
#modamasculina
#modabrasileira
minissaia
saia midi
saia longa
# second pass: brand-statement language, product and compound words
joias | 0.6
pulseira
relógio | 0.4
boné
chapéu
óculos | 0.5
meias* | 0.5
lingerie
roupa interior | 0.8
roupa íntima | 0.8
fato de banho | 0.8
biquíni
pijama
parka*
corta-vento | 0.6
fato de treino | 0.8
legging
*colete
gravata
mocassins
alpercatas | 0.8
alpargatas | 0.8
pochete | 0.8
tote bag
têxtil | 0.5
algodão | 0.5
linho* | 0.4
denim
coleção cápsula | 0.7

[topic beauty]
beleza
maquilhagem
maquiagem
make | 0.3
makeup
skincare
cuidados com a pele
rotina de skincare
rotina facial
pele*
pele oleosa
pele seca
pele mista
pele sensível
acne
borbulhas
espinhas
rugas
manchas | 0.5
creme
cremes
sérum
serum
hidratante
protetor solar
protector solar
fps | 0.4
spf
limpeza de pele
tónico
tônico
esfoliante
máscara facial
retinol
niacinamida
ácido hialurónico
ácido hialurônico
vitamina c
base | 0.3
corretivo*
blush
bronzer
iluminador
sombras
paleta de sombras
rímel
máscara de pestanas
máscara de cílios
pestanas
cílios
sobrancelhas
delineador
eyeliner
batom
gloss
unhas
manicure
pedicure
verniz | 0.4
esmalte | 0.5
unhas de gel
cabelo
cabelos
champô
xampu
shampoo
condicionador
máscara capilar
cronograma capilar
tinta | 0.3
madeixas
luzes | 0.3
cabeleireiro
salão de beleza
corte de cabelo
cachos
cacheada
crespo
transição capilar
perfume
fragrância
cosmética
cosméticos
dermatologista
tratamento facial
estética
#skincare
#maquiagem
#maquilhagem
#makeup
#beleza
#beauty
#cuidadoscomapele
#rotinafacial
#unhas
#nails
#cabelo
#cachos
#cronogramacapilar
#crueltyfree | 0.5
# second pass: brand-statement language, product and compound words
cosmética natural
pincel | 0.5
pincéis | 0.5
esponja de maquilhagem
esponja de maquiagem
pó compacto | 0.7
primer* | 0.6
lábios | 0.5
sabonete | 0.6
gel de banho | 0.8
desodorizante | 0.8
desodorante | 0.8
antirrugas
antienvelhecimento | 0.8
anti-idade
contorno de olhos
olheiras
água micelar
desmaquilhante
demaquilante
óleo facial
bálsamo | 0.6
peeling
dermocosmética
colagénio
colágeno
ácido salicílico
ceramidas*
barbearia
barbeiro | 0.7
depilação
alisamento
escova progressiva | 0.9
queratina
descoloração
balayage
microblading
eau de parfum
nécessaire | 0.6
harmonização facial | 0.8
botox | 0.6
preenchimento labial | 0.8

[topic parenting]
maternidade
paternidade
parentalidade
*mãe
mãezinha
pai | 0.5
mamãe*
*papai
o bebé
bebês
o bebê
bebés
recém-nascido
filho | 0.6
filha | 0.6
filhos
crianças | 0.7
miúdos | 0.7
gravidez
*grávida
*grávidas
gestação
parto*
pós-parto
puerpério
amamentação
aleitamento materno
biberão
mamadeira
chupeta
fraldas
fralda
carrinho de bebé
carrinho de bebê
cadeirinha
ovinho
babywearing
sling
cama partilhada
cama compartilhada
berço
papinha
introdução alimentar
blw
dentição
cólicas
pediatra
creche
infantário
jardim de infância
escola | 0.4
trabalho de casa
dever de casa
reunião de pais
birras
birra
pirraça
limites | 0.4
disciplina positiva
criação com apego
parentalidade positiva
montessori
waldorf
brincadeiras
brincar
contação de histórias
hora de dormir
sono do bebé
sono do bebê
adolescente
adolescentes
adolescência
licença de maternidade
licença de paternidade
licença parental
babysitter
babá
mãe de primeira viagem
pai de primeira viagem
*mamães
papais*
mães e pais
#maternidade
#paternidade
#maternidadereal
#amamentação
#gravidez
#bebê
#bebe
#mãe
#mae
#momlife
#dadlife
#maedemenino
#maedemenina
#família | 0.6
meu bebê
do bebé
do bebê
# second pass: brand-statement language, product and compound words
brinquedos | 0.6
livros infantis
literatura infantil
roupa de bebé
enxoval | 0.8
babete | 0.7
babador | 0.8
trocador | 0.8
marsúpio | 0.8
mochila escolar | 0.6
volta às aulas | 0.8
regresso às aulas | 0.8
material escolar
atividades extracurriculares | 0.7
actividades extracurriculares | 0.7
parque infantil
baloiço | 0.7
festa infantil
aniversário infantil
leite em pó | 0.5
fórmula infantil | 0.8
extrator de leite | 0.8
bomba de leite | 0.8
puericultura
ecografia | 0.7
infantil | 0.6
educar os filhos | 0.8
tempo de ecrã | 0.7
tempo de tela | 0.7
controlo parental | 0.8
toalhitas | 0.5
lenços umedecidos | 0.6
gémeos* | 0.5
desfralde | 0.9
tirar a fralda | 0.9

[topic tech]
tecnologia
tecnológico
tech
gadget
gadgets
telemóvel
celular*
smartphone
iphone
android
samsung
xiaomi
tablet
portátil | 0.6
notebook
computador
pc | 0.4
mac | 0.3
macbook
processador*
chip | 0.4
memória ram
armazenamento
bateria* | 0.5
carregador
usb
usb-c
fones de ouvido
auscultadores
earbuds
bluetooth
wifi
wi-fi
router
roteador
fibra ótica
5g | 0.5
ecrã
tela | 0.4
câmara do telemóvel
câmera do celular
app
aplicativo
aplicação | 0.5
apps
software
hardware
atualização
actualização
sistema operativo
sistema operacional
windows
linux
ios
programar
programação
programador
programadora
desenvolvedor
desenvolvedora
inteligência artificial
chatgpt
machine learning
algoritmo
nuvem | 0.3
cibersegurança
palavra-passe
senha
hacker
startup | 0.4
domótica
casa inteligente
smart home
relógio inteligente
smartwatch
realidade virtual
vr | 0.4
drone
drones
impressora 3d
unboxing | 0.5
review | 0.4
análise | 0.3
especificações
benchmark
#tecnologia
#tech
#gadgets
#android
#iphone
#apple
#programação
#programacao
#inteligenciaartificial
#ia | 0.5
#ai | 0.5
# second pass: brand-statement language, product and compound words
saas | 0.7
código aberto
open source
github
python
javascript
backend
frontend
base de dados | 0.8
banco de dados | 0.8
privacidade | 0.4
gestor de palavras-passe | 0.8
gerenciador de senhas | 0.8
vpn
teclado | 0.5
monitor | 0.4
coluna inteligente | 0.8
assistente de voz
google | 0.4
apple | 0.5
huawei
lenovo
chromebook
ipad
airpods
apple watch
placa gráfica | 0.6
placa de vídeo | 0.6
gpu
ssd
disco rígido | 0.8
placa-mãe | 0.8
prompt | 0.6
chatbot
automação | 0.6
internet | 0.5
wearable
pulseira de atividade | 0.6
kindle | 0.5
impressora | 0.5
realidade aumentada
metaverso
app de notas | 0.8
app de produtividade | 0.8
app de diário | 0.7

[topic fitness]
fitness
ginásio
academia | 0.7
gym
treino
treinar
treinei
treinando
rotina de treino
exercício
exercícios
musculação
pesos*
halteres
kettlebell
agachamento
agachamentos
levantamento terra
supino
barra fixa
flexões
prancha | 0.5
abdominais
abdominal
treino de core | 0.8
glúteos
perna | 0.4
dia de perna
treino de perna
bíceps
tríceps
ombros | 0.4
cardio
hiit
crossfit
wod
calistenia
funcional | 0.4
treino funcional
séries* | 0.3
repetições
reps
hipertrofia
proteína
whey
creatina
macros
défice calórico
déficit calórico
calorias*
correr
corrida | 0.6
running
runner
corredor
corredora
10k
meia maratona
maratona
trail running
pace
ritmo | 0.3
yoga | 0.5
pilates
spinning
alongamentos
mobilidade
aquecimento
personal trainer
treinador | 0.5
coach | 0.4
shape | 0.5
marombeiro
marombeira
#fitness
#gym
#academia
#treino
#ginásio
#musculação
#running
#corrida
#crossfit
#fit
#workout
#legday
#treinodeperna
#yoga | 0.6
# second pass: brand-statement language, product and compound words
bootcamp | 0.5
ténis de corrida | 0.7
roupa desportiva | 0.7
roupa esportiva | 0.7
roupa de treino | 0.7
tapete de ioga | 0.7
tapete de yoga | 0.7
faixas elásticas | 0.7
elásticos | 0.5
corda de saltar | 0.7
pular corda | 0.7
máquina de remo | 0.8
hip thrust
burpees
tabata
fartlek
frequencímetro | 0.8
batimentos cardíacos | 0.5
vo2max
dor muscular | 0.6
lesão | 0.5
boxe | 0.8
kickboxing
artes marciais
jiu-jitsu | 0.9
muay thai | 0.9
judo*
natação
nadar* | 0.5
piscina | 0.4
triatlo | 0.9
duatlo | 0.9
padel | 0.6
futebol | 0.4
basquete | 0.4
basquetebol | 0.4
vôlei | 0.4
desporto* | 0.4
esporte* | 0.4
atleta | 0.6
aulas de grupo | 0.7
zumba | 0.8
body pump
suplementos | 0.6
pré-treino | 0.7
massa muscular | 0.7
perder gordura | 0.6
queimar gordura | 0.6
tonificar | 0.7
definição muscular | 0.6
ganho de massa | 0.7

[topic travel]
viagem
viagens
viajar
viajando
viajei
viajante
viajantes
férias
escapadinha
destino
destinos
turismo
turista
turistas
voo
voos
avião
aeroporto
escala | 0.3
conexão | 0.3
comboio | 0.5
autocarro | 0.4
ônibus | 0.4
ferry
barco | 0.4
mala de viagem
bagagem
mochila | 0.5
passaporte
hotel
hotéis
hostel
pousada
alojamento
hospedagem
airbnb
reserva | 0.3
check-in
roteiro | 0.6
itinerário
guia de viagem
mapa | 0.4
praia* | 0.6
montanha | 0.4
ilha
ilhas
litoral
vila | 0.3
cidade histórica
centro histórico
museu | 0.5
monumento
miradouro
mirante
excursão
passeio* | 0.4
visita guiada
free walking tour
road trip
roadtrip
motorhome
autocaravana
campismo
cruzeiro
jet lag
fronteira
estrangeiro
no estrangeiro
intercâmbio | 0.5
mochilão
interrail
#viagem
#viagens
#viajar
#travel
#travelgram
#wanderlust
#turismo
#férias
#ferias
#instatravel
#mochilão
#roadtrip
#dicasdeviagem
pôr do sol | 0.4
# second pass: brand-statement language, product and compound words
mochila de viagem | 0.7
mala de cabine | 0.6
bagagem de mão | 0.6
passagem aérea | 0.8
passagens aéreas | 0.8
bilhete de avião | 0.8
bilhetes de comboio | 0.7
companhia aérea | 0.8
casa rural | 0.7
alojamento local | 0.8
glamping | 0.7
resort | 0.5
percorrer | 0.5
guia turístico | 0.8
seguro de viagem | 0.8
cartão de embarque | 0.8
embarque | 0.6
safari | 0.5
tour guiado | 0.8
city tour | 0.8
passeio de barco | 0.7
nómada digital | 0.6
lua de mel | 0.8
viagem de núpcias | 0.8
souvenir | 0.7
lembrancinha | 0.5
alfândega | 0.6
couchsurfing | 0.8
troca de casas | 0.8
workaway | 0.8
au pair | 0.6

[topic finance]
finanças
finanças pessoais
dinheiro | 0.6
grana | 0.5
poupança
poupar
economizar
investimento
investimentos
investir
investidor
investidora
bolsa de valores
ações | 0.4
acções | 0.4
dividendo*
fundos de índice
fundo de índice
fundo de investimento
fundos imobiliários
fiis
etf
etfs
carteira de investimentos
juros compostos
rentabilidade
rendimento | 0.5
renda fixa
renda variável
tesouro direto
certificados de aforro
cdb
cdi
selic
plano de previdência
previdência privada
ppr
reforma | 0.3
aposentadoria
aposentar
independência financeira
liberdade financeira
crédito habitação
financiamento
empréstimo
empréstimos
crédito | 0.5
dívida
dívidas
cartão de crédito
banco | 0.4
conta poupança
depósito a prazo
obrigações* | 0.4
inflação
taxa de juro
taxa de juros
euribor
impostos
irs
imposto de renda
declaração de irs
autónomo | 0.4
recibos verdes | 0.5
salário
ordenado
rendimentos
renda extra
renda passiva
rendimento passivo
gastos
despesas
orçamento
património | 0.4
patrimônio | 0.4
cripto
criptomoedas
bitcoin
ethereum
blockchain
trading
trader
corretora
mercados
economia | 0.4
educação financeira
pix | 0.5
#finanças
#financas
#finançaspessoais
#financaspessoais
#investimentos
#investir
#poupança
#dinheiro
#educacaofinanceira
#educaçãofinanceira
#bolsadevalores
#bitcoin
#cripto
#liberdadefinanceira
# second pass: brand-statement language, product and compound words
sp500 | 0.8
nasdaq | 0.8
ibovespa | 0.9
psi 20 | 0.8
fundo de emergência | 0.7
reserva de emergência | 0.7
robo advisor | 0.9
banco digital | 0.7
neobanco | 0.8
mbway | 0.5
mb way | 0.5
transferência | 0.5
comissões | 0.4
seguro de vida | 0.6
aumento salarial | 0.6
aumento de salário | 0.6
side hustle | 0.6
património líquido | 0.9
conta corrente | 0.7
conta à ordem | 0.7
cartão de débito | 0.7
juros* | 0.5
imobiliário | 0.6
aposentadoria antecipada | 0.9
reforma antecipada | 0.9
nft | 0.5
gestora de ativos | 0.7
lci | 0.8
inss | 0.6

[topic gaming]
videojogo
videojogos
videogame
videogames
jogos | 0.5
jogo | 0.3
gaming
gamer*
jogar | 0.4
jogando | 0.5
partida* | 0.4
consola
console
consoles
playstation
ps5
ps4
xbox
nintendo
switch | 0.4
steam
pc gamer
controle | 0.3
manete
stream | 0.5
streaming | 0.5
live | 0.3
twitch
streamer
speedrun
chefão
boss
multiplayer
servidor
fps | 0.4
shooter
rpg
mmorpg
battle royale
fortnite
minecraft
league of legends
valorant
call of duty
free fire
fifa
ea fc
zelda
pokémon
elden ring
gta
jogo indie
indie*
esports
e-sports
torneio | 0.4
ranqueada
ranked
skin | 0.4
skins
dlc
troféus
platinar
platinei
platina | 0.4
retro | 0.4
retrogaming
arcade
fliperama
joystick
teclado mecânico
rato gaming
mouse gamer
setup
#gaming
#gamer
#videogame
#videojogos
#playstation
#xbox
#nintendo
#twitch
#streamer
#pcgamer
#retrogaming
#esports
# second pass: brand-statement language, product and compound words
desportos eletrónicos | 0.9
esportes eletrônicos | 0.9
jogo de tabuleiro | 0.5
rpg de mesa | 0.8
jogabilidade | 0.9
gameplay | 0.9
modo história | 0.7
mundo aberto | 0.8
consola portátil
steam deck | 0.9
headset | 0.6
rtx | 0.7
clã | 0.6
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
jogatina | 0.8
zerei o jogo | 0.9

[topic home]
casa | 0.3
lar | 0.3
apartamento
apê | 0.6
decoração
decorar
decora*
decor
design de interiores
quarto | 0.3
cozinha | 0.4
casa de banho | 0.5
banheiro | 0.5
varanda
terraço
quintal
jardim
jardinagem
plantas
planta | 0.3
vasos
vaso | 0.3
horta
sementes
semear*
plantar
regar
relva
grama | 0.3
compostagem
bricolage
bricolagem
reforma | 0.3
remodelação
obras | 0.4
pintar | 0.3
pintura | 0.3
parede
paredes
azulejos
piso | 0.3
soalho
pavimento | 0.3
prateleira
prateleiras
estante
móvel | 0.5
móveis
sofá
mesa* | 0.3
cadeira | 0.4
candeeiro
luminária
cortinas
tapete
almofadas
ikea
restauro de móveis
berbequim
furadeira
parafusos
ferramentas | 0.4
lixar*
organização | 0.4
arrumação
arrumar
organizar a casa
limpeza
limpar
faxina
marie kondo
destralhar
mudança de casa
inquilino
arrendamento
aluguel
aluguer | 0.3
#decoração
#decoracao
#decor
#casa
#lar
#homedecor
#diy
#bricolagem
#jardinagem
#plantas
#horta
#reforma
#homesweethome
#apê
faça você mesmo
sala de estar | 0.4
# second pass: brand-statement language, product and compound words
produtos de limpeza
detergente
amaciador | 0.8
lava-loiça | 0.6
lava-louças | 0.6
máquina de lavar | 0.7
máquina de secar | 0.6
lixívia | 0.8
água sanitária | 0.8
multiusos | 0.6
esfregona | 0.8
aspirador* | 0.8
robô aspirador | 0.9
pano de limpeza | 0.7
estendal | 0.7
varal | 0.7
lavar roupa | 0.6
passar a ferro | 0.7
passar roupa | 0.6
mangueira | 0.6
corta-relva | 0.8
cortador de grama | 0.8
podar* | 0.7
adubo | 0.7
substrato | 0.6
estufa | 0.5
loiça | 0.5
roupa de cama | 0.8
lençóis | 0.7
edredão | 0.7
edredom | 0.7
colchão | 0.5
travesseiro | 0.6
velas aromáticas | 0.6
papel de parede | 0.8
eletrodomésticos | 0.7
micro-ondas | 0.6
canalizador | 0.7
encanador | 0.7
eletricista | 0.6
lixadeira | 0.7
chave de fendas | 0.7
martelo | 0.5
persianas | 0.5

[topic pets]
animal de estimação
animais de estimação
pet | 0.5
pets
cão* | 0.8
cães*
cachorro
cachorros
cachorrinho
cachorrinha
cadela
cãozinho
doguinho
filhote
filhotes
gato
gatos
gatinho
gatinha
gata
bichano
felino
canino
peludo
peludos
patudo
patudos
au au
miau
pet friendly
veterinário
veterinária
vacinas
vacinação
desparasitar
vermífugo
ração
comida para cão
caixa de areia
areia para gatos
arranhador
trela
coleira
peitoral | 0.5
passeio com o cão
passear o cão
passear o cachorro
adestramento
adestrador
treino canino
socialização
obediência
raça | 0.5
srd
vira-lata
rafeiro
golden retriever
labrador
bulldog francês
chihuahua
pastor alemão
border collie
shih tzu
pinscher
coelho
hamster
porquinho-da-índia
papagaio
periquito
calopsita
aquário
tartaruga
adotar
adoção
abrigo
#pet
#pets
#cachorro
#cão
#gato
#gatos
#cães
#cachorros
#petlovers
#dogsofinstagram
#catsofinstagram
#adotenãocompre
#viralata
#gatosdoinstagram
# second pass: brand-statement language, product and compound words
petiscos para cães | 0.9
petiscos para cachorro | 0.9
biscoitos para cães | 0.9
bifinhos | 0.8
snacks para cães | 0.9
comida húmida | 0.8
comida úmida | 0.8
sachê | 0.7
barf | 0.8
caixa de transporte | 0.8
cama para cão | 0.8
brinquedos para cães | 0.9
coleira antipulgas | 0.9
antipulgas | 0.8
pipeta | 0.7
pulgas* | 0.6
carrapatos | 0.6
carraças | 0.6
tosquia | 0.8
banho e tosa | 0.9
creche canina | 0.9
creche para cães | 0.9
hotel para cães | 0.9
hotelzinho | 0.7
passeador de cães | 0.9
dog walker | 0.9
furão | 0.8
dog friendly | 0.8
aceita pets | 0.8
poodle | 0.9
caniche | 0.8
maine coon | 0.9
siamês | 0.8
husky | 0.9
beagle | 0.9
schnauzer | 0.9
bichon | 0.9
pug | 0.9
buldogue | 0.8
yorkshire | 0.8
spitz | 0.8
lulu da pomerânia | 0.9
dachshund | 0.9
cocker | 0.8
podengo | 0.9

# Jokes at a group's expense (see the README, "How cues combine").
[joke]
kkk*
rsrs*
haha*
ahah*
hehe
lol
brincadeirinha
é só brincadeira
só uma piada
tô zoando
to zoando
zoeira
sem ofensa
sem querer ofender
humor negro
morri de rir
chorando de rir
rachei de rir

[mocked inclusivity]
# Group words that also show inclusivity elsewhere ("aulas para a terceira idade") are listed
# too: named in a joke, they count against it instead (see src/data/README.md).
terceira idade | 0.5
pessoas idosas | 0.4
imigrantes | 0.4
migrantes | 0.4
pessoas migrantes | 0.4
refugiados | 0.4
recém-chegados | 0.4
pessoas com deficiência | 0.5
pcds | 0.5
cadeirantes | 0.5
utilizadores de cadeira de rodas | 0.5
usuários de cadeira de rodas | 0.5
pessoas surdas | 0.5
pessoas cegas | 0.5
pessoas gordas | 0.5
# age
os velhos que | 0.6
os velhos quando | 0.6
as velhas que | 0.6
os velhos ao volante | 0.7
os velhinhos | 0.6
as velhinhas | 0.6
os velhotes | 0.7
as velhotas | 0.7
os cotas | 0.5
os coroas | 0.6
os tiozões | 0.6
as tias do zap | 0.7
os boomers | 0.6
os idosos | 0.4
os reformados | 0.5
os aposentados | 0.5
os maiores de 60 | 0.6
os cinquentões | 0.6
os sessentões | 0.6
os setentões | 0.6
na idade dele | 0.4
nessa idade | 0.4
os caquéticos | 0.9
fugiu do asilo | 0.8
# body
os gordos que | 0.6
as gordas que | 0.6
os gordinhos | 0.6
as gordinhas | 0.6
os obesos | 0.6
os banhudos | 0.9
as banhudas | 0.9
baleia encalhada | 1.0
gorda como uma vaca | 1.0
gordo como um porco | 1.0
os acima do peso | 0.5
pessoas acima do peso | 0.4
as feias | 0.6
# origin
os estrangeiros | 0.4
os gringos | 0.4
os brasucas | 0.8
os zucas | 0.9
os paraíbas | 1.0
os ciganos | 0.6
olhos puxados | 0.5
essa gente | 0.4
# disability
os retardados | 1.0
os débeis mentais | 1.0
os doentes mentais | 0.5
os anormais | 0.9
os coxos | 0.7
os mancos | 0.7
os ceguinhos | 0.8
os zarolhos | 0.7
os vesgos | 0.7
# gender
mulher ao volante | 0.8
perigo constante | 0.6
como uma menina | 0.6
como uma mulherzinha | 0.9
homem de verdade | 0.6
macho de verdade | 0.6
sexo frágil | 0.8
mulher no fogão | 0.9
as loiras | 0.4
as louras | 0.4
as histéricas | 0.7

[mocked kindness]
# Words that address or point at a person being laughed at: condescending address, insulting
# comparisons, commenters/followers/other creators, humiliation verbs. They count against
# kindness only in a post that jokes or mocks and does not itself show kindness (see
# src/data/README.md); elsewhere they are no evidence.
# condescending address (only in put-down phrases)
menos minha filha | 0.6
menos meu filho | 0.6
senta lá cláudia | 0.6
calma amiga | 0.4
ok amigão | 0.5
coitadinho | 0.4
# insulting comparisons
você parece um | 0.8
você parece uma | 0.8
vc parece um | 0.8
tu pareces um | 0.8
ele parece um | 0.7
ela parece uma | 0.7
vocês parecem | 0.7
com essa cara | 0.6
com essa roupa | 0.5
tá parecendo um | 0.7
parece um palhaço | 0.9
cara de bunda | 0.9
cara de jumento | 0.9
feio que dói | 0.8
vestida como uma | 0.6
vestido como um | 0.6
# pointing at commenters, followers, other creators
nos comentários | 0.4
alguém comentou | 0.4
meus seguidores | 0.5
uma seguidora | 0.5
um seguidor | 0.5
haters | 0.5
hater | 0.5
esses influencers | 0.5
os comentaristas | 0.4
os comentadores | 0.4
esse cara | 0.4
essa criatura | 0.6
esse indivíduo | 0.5
essa figura | 0.5
blogueirinha | 0.6
perfil dele | 0.5
campanha dela | 0.4
# humiliation for laughs
avaliando os looks | 0.8
julgando os looks | 0.8
julgando vocês | 0.7
dando nota | 0.6
dei nota | 0.6
piores looks | 0.8
roast | 0.6
expondo seguidor | 0.9
expondo os comentários | 0.8
vergonha alheia | 0.6
sorry not sorry | 0.6
