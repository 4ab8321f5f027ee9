# valuematch lexicon: English (en)
# Written from general knowledge of English and of social-media usage.
# Weights: ~1.0 clear value words, 0.5-0.8 concrete correlates, 0.2-0.4 weak hints.

[sponsored]
#ad
#ads
#advert
#advertisement
#advertising
#sponsored
#sponsoredpost
#sponsor
#spon
#paidpartnership
#paidpost
#paidad
#partner
#partnership
#partnered
#brandpartner
#brandambassador
#ambassador
#collab
#gifted
#giftedproduct
#prsample
#prpackage
#affiliate
#affiliatelink
#commissionsearned
#promo
paid partnership
paid partnership with
in paid partnership
sponsored by
sponsored post
this post is sponsored
this video is sponsored
this is sponsored
today's sponsor
thanks to our sponsor
for sponsoring
sponsoring this
in collaboration with
in partnership with
partnered with
proud partner
teamed up with
brand ambassador
use my code
use code
discount code
promo code
my discount code
affiliate link
affiliate links
i may earn a commission
earn a commission
i earn a commission
small commission
gifted by
kindly gifted
kindly sent
sent to me by
pr package
press sample
advertisement feature
advertorial

[negation]
not
no
never
nor
neither
none
nothing
nobody
no one
nowhere
cannot
can't
cant
don't
dont
doesn't
doesnt
didn't
didnt
won't
wouldn't
wouldnt
shouldn't
shouldnt
couldn't
couldnt
isn't
isnt
aren't
arent
wasn't
wasnt
weren't
werent
haven't
havent
hasn't
hasnt
hadn't
hadnt
mustn't
needn't
ain't
aint
never ever
no longer
not anymore
not even
hardly*
barely*
scarcely
quit
quitting
stopped buying
stopped using
stopped eating
stopped drinking
gave up
giving up
ditched
ditch
avoid
avoiding
no more
say no to
said no to
far from
lack of

[privative]
# "without"-words: a contradiction after them shows the value ("without plastic");
# a value word after them still shows the value ("sin crueldad animal").
without
instead of
rather than
free of
anti

[mockery]
spare me
eye roll
eyeroll
rolls eyes
rolling my eyes
so-called
so called
yeah right
yeah sure
sure jan
lol
lmao
overrated
virtue signalling
virtue signaling
virtue signal
couldn't care less
who cares
nobody asked
no one asked
give me a break
gimme a break
ok boomer
okay boomer
cringe
cringey
cringy
tree hugger
treehugger
tree huggers
hippie nonsense
woke agenda
go woke
special snowflake
snowflake generation
wokeness*
woke nonsense
imagine caring
touch grass
pretentious
what a joke
pfft
meh
ugh
laughable
*ridiculous
gimmick
scam
nonsense
bullshit
get over it
sick of hearing
tired of hearing
not this again
here we go again
heaven forbid
said no one ever
said nobody ever
good luck with that
soy latte
participation trophy
crybaby
yawn
hard pass
sure buddy
ok buddy
rofl
hoax
propaganda
performative*
holier than thou
preachy
oh no anyway
first world problems
boo hoo
how brave
so brave
clown world

[value sustainability]
sustainable
sustainability
#sustainability
#sustainableliving
#sustainablefashion
#sustainablestyle
eco-friendly
ecofriendly
environmentally friendly
climate
climate change
climate crisis
climate action
#climateaction
#climatestrike
fridays for future
carbon footprint
low carbon
carbon neutral | 0.7
net zero | 0.6
emissions | 0.6
zero waste
zerowaste
#zerowaste
#lowwaste
low waste
plastic-free
plastic free
#plasticfree
plastic free july
#plasticfreejuly
ocean plastic | 0.7
microplastics | 0.6
recycl*
upcycl*
repair | 0.9
repair cafe
repair café
right to repair | 0.8
mended | 0.9
#visiblemending
visible mending
patched | 0.6
darned | 0.8
resoled | 0.8
fixed it myself | 0.7
make do and mend | 0.8
second-hand | 0.9
secondhand | 0.9
second hand | 0.8
pre-loved | 0.9
preloved | 0.9
#preloved
pre-owned | 0.7
thrift* | 0.8
#secondhandfirst
charity shop | 0.8
op shop | 0.8
vintage | 0.5
hand-me-down | 0.6
hand-me-downs | 0.6
clothes swap | 0.9
#clotheswap
swap shop | 0.8
reuse | 0.9
reusable | 0.9
refill | 0.7
refillable | 0.9
refill station | 0.9
refill shop | 0.9
jars | 0.4
bulk store | 0.7
bulk bins | 0.7
package-free | 0.9
packaging-free | 0.9
unpackaged | 0.8
tote bag | 0.5
reusable bag | 0.9
beeswax wraps | 0.8
keepcup | 0.8
reusable cup | 0.9
biodegradable | 0.8
compostable | 0.8
compost | 0.8
composting | 0.9
wormery | 0.8
bokashi | 0.8
food waste | 0.7
solar | 0.6
solar panels | 0.8
heat pump | 0.8
renewable* | 0.9
wind power | 0.7
green energy | 0.8
bike commute | 0.8
cycled to work | 0.8
cycle to work | 0.8
cargo bike | 0.7
car-free | 0.9
carfree | 0.9
public transport | 0.6
took the train | 0.7
night train | 0.7
sleeper train | 0.7
overnight train | 0.7
train instead of plane | 1.0
flight-free | 1.0
#flightfree
slow travel | 0.8
slow fashion | 0.9
#slowfashion
capsule wardrobe | 0.5
buy less | 0.8
#buylessbuybetter
local produce | 0.7
locally grown | 0.7
locally sourced | 0.6
plant-based | 0.6
meatless monday | 0.6
organic | 0.5
regenerative | 0.8
permaculture | 0.9
rewilding | 0.9
biodiversity | 0.9
pollinators | 0.7
nature protection | 0.9
conservation* | 0.6
protect nature | 0.9
tree planting | 0.9
planted trees | 0.9
plant a tree | 0.8
beach clean | 0.9
beach clean-up | 0.9
#beachclean
#2minutebeachclean
litter pick | 0.9
litter picking | 0.9
plogging | 0.9
grow your own | 0.6
#growyourown
seed saving | 0.7
rainwater | 0.6
water butt | 0.6
circular economy | 0.9
earth day | 0.7
#earthday
environment | 0.4
environmental | 0.6
# second pass: how brands and creators say it
planet | 0.6
for the planet | 0.9
protect the planet
better for the planet | 0.9
planet-friendly
earth-friendly
1% for the planet
low impact | 0.8
lower impact | 0.8
environmental impact | 0.8
reduce waste
less waste | 0.9
less plastic | 0.9
minimal packaging | 0.9
organic cotton | 0.8
responsibly sourced | 0.8
responsibly made | 0.8
responsible production | 0.7
deadstock | 0.8
circular | 0.6
climate positive | 0.9
climate neutral | 0.8
carbon negative | 0.8
nature-positive | 0.9
fsc certified | 0.7
ocean-bound plastic | 0.8
take-back scheme | 0.8
take-back program | 0.8
built to be repaired
designed to be repaired
spare parts | 0.7
repair service | 0.9
leave no trace | 0.9
naturally dyed | 0.7
plant-dyed | 0.7
peat-free | 0.8
pesticide-free | 0.7
bee-friendly | 0.6
conscious consumption | 0.9
consciously made | 0.8
energy efficient | 0.7
electric vehicle | 0.5
future generations | 0.6
tree for every | 0.9
resale | 0.6
clothing rental | 0.7
b corp | 0.6
eco | 0.6
# third pass: scenes of lower-impact living
instead of flying
rather than fly
didn't fly | 0.7
no flights | 0.8
haven't flown | 0.8
stopped flying | 0.9
train over plane | 0.9
by train | 0.4
ferry instead | 0.7
patched the knees | 0.8
patched my jeans | 0.8
knee patches | 0.7
darned my socks | 0.8
sewed a button | 0.6
fixed the zip | 0.7
replaced the zip | 0.7
brought my own containers
own containers | 0.9
my own container | 0.9
my own cup | 0.8
bring your own | 0.7
tupperware | 0.4
loose veg | 0.6
loose fruit and veg | 0.7
milk delivery | 0.6
milkman | 0.6
glass bottles | 0.5
compost heap | 0.9
rain barrel | 0.6
greywater | 0.8
bags of litter | 0.9
picked up litter | 0.9
litter from the beach | 0.9
plastic from the beach | 0.9
cleaned up the beach | 0.9
river clean-up | 0.9
canal clean-up | 0.9
litter picker | 0.8
facebook marketplace | 0.5
vinted | 0.6
depop | 0.6
freecycle | 0.6
ebay find | 0.4
grew our own | 0.8
home-grown | 0.6
homegrown | 0.6
veg patch | 0.6
wildflower meadow | 0.7
no mow may
#nomowmay
bug hotel | 0.7
insect hotel | 0.7
insulated the loft | 0.8
loft insulation | 0.8
draught excluder | 0.6
draught-proofing | 0.7
sold the car | 0.8
got rid of the car | 0.8
car share | 0.6
car club | 0.6
lift share | 0.6
carpool | 0.6
walked to school | 0.6
meat-free | 0.6
less meat | 0.8
wonky veg | 0.7
ugly fruit | 0.5
root-to-stem | 0.7
scraps into stock | 0.7
air source | 0.5
green tariff | 0.7
bamboo toothbrush | 0.6
shampoo bar | 0.7
menstrual cup | 0.6
period pants | 0.5
cloth nappies | 0.8
washable | 0.4
safety razor | 0.6
planted a hedge | 0.7
hedgerow | 0.5
thrift haul | 0.5
charity shop haul | 0.6
secondhand haul | 0.5
second-hand haul | 0.5
instead of binning | 0.9
instead of throwing away | 0.9
rather than bin | 0.8
fix things | 0.5
# everyday uses that are not sustainability
organic reach | 0.1
organic growth | 0.1
organic traffic | 0.1
organic engagement | 0.1
organic chemistry | 0.1
patch notes | 0.1
security patch | 0.1
solar system | 0.1
work environment | 0.1

[value honesty]
*honest
honesty
dishonest | 0.4
transparent* | 0.7
transparency*
#transparency
truth
truthful
the truth
tell the truth
honest review
#honestreview
my honest opinion
honest opinion
honest thoughts | 0.9
unsponsored | 0.8
not sponsored | 0.6
nobody paid me | 0.8
no one paid me | 0.8
i paid for it myself | 0.9
paid for it myself | 0.9
bought with my own money | 0.9
with my own money | 0.7
i paid full price | 0.8
full disclosure
disclosure | 0.8
disclose | 0.8
to be transparent
to be honest | 0.4
tbh | 0.3
ngl | 0.3
real talk | 0.5
keeping it real | 0.6
#keepingitreal | 0.5
brutally honest
no sugarcoating | 0.8
sugarcoat | 0.6
unfiltered | 0.6
no filter | 0.5
#nofilter | 0.4
unedited | 0.6
#unedited | 0.6
unretouched | 0.8
no retouching | 0.8
no photoshop | 0.7
behind the scenes | 0.6
#behindthescenes | 0.5
how it's made | 0.6
how it is made | 0.6
supply chain | 0.4
cost breakdown | 0.7
price breakdown | 0.7
pros and cons | 0.7
downsides | 0.6
the downside | 0.6
drawbacks | 0.6
cons | 0.3
flaws | 0.5
not perfect | 0.4
didn't work for me | 0.7
wouldn't recommend | 0.7
not worth it | 0.5
returned it | 0.5
i was wrong
i made a mistake
my mistake | 0.8
i messed up | 0.6
messed up | 0.4
mistakes | 0.5
admit | 0.6
admitting | 0.6
own up | 0.8
owning my mistakes
apologise | 0.6
apologize | 0.6
apology | 0.6
accountab* | 0.8
correction* | 0.6
fact-check | 0.7
fact check | 0.7
debunk* | 0.6
misleading | 0.5
the truth about | 0.7
truth is | 0.5
confession | 0.4
what nobody tells you | 0.4
nobody talks about | 0.4
expectation vs reality | 0.6
expectations vs reality | 0.6
instagram vs reality | 0.8
#instagramvsreality | 0.8
reality check | 0.6
real skin | 0.5
#realskin
authentic | 0.4
authenticity | 0.6
genuine | 0.6
sincere | 0.6
integrity*
being candid | 0.6
to be candid | 0.6
candid review | 0.8
upfront | 0.6
openly* | 0.5
unbiased | 0.8
independent review | 0.8
long-term review | 0.7
long term review | 0.7
after a year of use | 0.6
this is an ad | 0.5
i get a commission | 0.5
i earn a commission | 0.5
honestly* | 0.3
open book | 0.5
# second pass: how brands and creators say it
whole supply chain | 0.9
show our supply chain
supply chain transparency
publish our factories | 0.9
factory list | 0.7
no hidden fees | 0.9
no hidden costs | 0.9
no fine print | 0.9
no small print | 0.9
what you see is what you get | 0.7
no false promises | 0.9
no false claims | 0.9
keep our promises | 0.7
keep our word | 0.7
no greenwashing | 0.9
greenwashing | 0.4
independently tested | 0.8
third-party tested | 0.8
independently verified | 0.8
independently certified | 0.7
full ingredient list | 0.8
every ingredient | 0.6
clearly labelled | 0.6
true cost | 0.7
straight talk | 0.7
plain english | 0.6
no jargon | 0.6
no hype | 0.7
open about | 0.5
practise what we preach | 0.7
practice what we preach | 0.7
trustworthy | 0.8
earn your trust | 0.8
build trust | 0.7
traceable | 0.7
candour | 0.7
candor | 0.7
no airbrushing | 0.8
real reviews | 0.6
upfront pricing | 0.8
straightforward pricing | 0.7
tell it like it is | 0.6
# third pass: scenes of owning up and showing the real thing
the brand sent me | 0.6
disclaimer | 0.7
bought it myself | 0.9
i got it wrong | 0.8
i stand corrected
misspoke | 0.8
clarification | 0.5
retraction* | 0.7
told the truth
came clean | 0.9
come clean | 0.8
admitted i was wrong
admitted it | 0.6
take responsibility | 0.8
took responsibility | 0.8
my fault | 0.8
i was in the wrong | 0.9
truth be told | 0.7
updated review | 0.8
long-term update | 0.8
months of use | 0.7
not recommending | 0.7
no longer recommend | 0.9
stopped recommending | 0.9
would not recommend | 0.7
not worth the money | 0.6
waste of money | 0.5
overpriced | 0.4
fell apart | 0.5
broke after | 0.6
stopped working after | 0.6
what i didn't like | 0.6
without filters | 0.8
no makeup | 0.6
makeup-free | 0.5
bare face | 0.5
spots and all | 0.9
warts and all | 0.9
unposed | 0.6
no edits | 0.6
unglamorous | 0.6
the unglamorous side | 0.8
not as glamorous as | 0.8
income report | 0.9
income breakdown | 0.9
revenue breakdown | 0.8
how much i earn | 0.8
how much we paid | 0.6
real numbers | 0.7
my earnings | 0.5
turned down a sponsorship
turned down the brand deal
said no to a brand | 0.9
declined the partnership | 0.9
gave back the sponsorship money
only work with brands i use
only promote what i use
only recommend what i use
i was paid for this | 0.9
opinions are my own | 0.9
opinions are mine | 0.9
nobody pays me | 0.8
not paid to say | 0.8
no paid reviews | 0.9
cited my sources | 0.9
sources linked | 0.8
sources in the description | 0.8
visited the factory | 0.7
factory visit | 0.6
here's the catch | 0.7
whistleblower | 0.6
blew the whistle | 0.7
receipts included | 0.8
what i spent | 0.6
the real cost | 0.7
actual costs | 0.6
update after | 0.5
the zip broke | 0.5
i used to promote | 0.7
this was gifted | 0.7
wouldn't buy it again | 0.8
i don't know the answer | 0.7
real figures | 0.7
less than people think | 0.6
commission if you buy | 0.7
# everyday phrases that are not honesty
admitted to hospital | 0.1
genuine leather | 0.1
transparent background | 0.1
transparent case | 0.1
transparent about | 1.0
be transparent | 1.0

[value community]
community
communities
#community
neighbour
neighbours
neighbor
neighbors
neighbourhood
neighborhood
neighbourly
our street | 0.9
street party | 0.9
block party | 0.9
potluck
pot luck
bring a dish | 0.8
meetup | 0.8
meet-up | 0.8
#meetup | 0.7
club | 0.5
clubs | 0.5
volunteer* | 0.8
togetherness*
together* | 0.3
belonging
sense of belonging
belong | 0.5
local | 0.3
locals | 0.5
village | 0.3
our town | 0.7
our village | 0.8
our city | 0.5
hometown | 0.5
home town | 0.5
town hall | 0.5
community garden
community centre
community center
community event
community kitchen
church hall | 0.5
parish | 0.4
food bank | 0.6
soup kitchen | 0.6
fundrais* | 0.7
charity run | 0.6
bake sale | 0.8
village fete | 0.8
fete | 0.6
jumble sale | 0.7
support local | 0.9
#supportlocal
#shoplocal
shop local | 0.9
local business | 0.8
local businesses | 0.8
small business | 0.5
#smallbusiness | 0.4
independent shops | 0.6
farmers market | 0.5
group ride | 0.6
club run | 0.6
parkrun | 0.7
#parkrun | 0.7
running club | 0.7
run club | 0.7
book club | 0.7
choir | 0.6
sunday league | 0.6
pub quiz | 0.5
quiz night | 0.5
game night | 0.4
teammates | 0.4
squad | 0.3
crew | 0.3
tribe | 0.4
gathering* | 0.6
get-together | 0.8
get together | 0.6
festival | 0.3
carnival | 0.3
parade | 0.3
fellowship
solidarity | 0.7
mutual aid
grassroots | 0.8
collective* | 0.6
cooperative | 0.6
co-op | 0.6
residents | 0.5
residents association
tenants | 0.4
newcomers | 0.5
everyone welcome | 0.7
all welcome | 0.7
join us | 0.6
come along | 0.5
see you there | 0.4
members | 0.4
supporters* | 0.4
cheering* | 0.4
clean-up | 0.6
community clean-up
litter pick | 0.5
lend a hand | 0.6
pitch in | 0.6
helping hands | 0.6
youth club | 0.7
scouts | 0.6
girl guides | 0.6
stronger together | 0.8
#strongertogether | 0.8
support each other | 0.8
lifting each other up | 0.8
sisterhood | 0.6
brotherhood | 0.6
regulars* | 0.5
local pub | 0.5
turnout | 0.6
great turnout | 0.8
organiser* | 0.6
organizer* | 0.6
men's shed | 0.8
allotment society | 0.7
community choir
local heroes | 0.7
open day | 0.4
workshop | 0.2
# second pass: how brands and creators say it
bring people together
brings together | 0.7
like-minded | 0.8
locally owned | 0.8
local makers | 0.7
local producers | 0.7
local artists | 0.7
local farmers | 0.7
local suppliers | 0.6
local causes | 0.8
local charities | 0.8
local events | 0.8
local economy | 0.8
local jobs | 0.6
meet new people | 0.7
make friends | 0.6
connecting people | 0.8
human connection | 0.8
a place to belong | 0.9
shared table | 0.7
share a meal | 0.7
social club | 0.7
supper club | 0.7
join the movement | 0.6
run by volunteers | 0.9
member-owned | 0.8
co-operative | 0.6
welcoming space | 0.7
meeting place | 0.7
common good | 0.8
in this together | 0.7
mutual support | 0.8
peer support | 0.6
support network | 0.6
open to everyone | 0.6
crowdfunded | 0.5
connect with others | 0.6
# third pass: scenes of neighbours and shared things
street whatsapp group | 0.9
neighbourhood whatsapp | 0.9
little free library
book swap | 0.8
tool library
library of things
seed swap | 0.8
plant swap | 0.8
toy swap | 0.8
community fridge
community pantry
community larder
food pantry | 0.8
little free pantry
help yourself | 0.5
honesty box | 0.7
free to a good home | 0.5
whole street came | 0.9
invited the whole street | 0.9
the whole village | 0.6
the whole town came out | 0.9
village hall | 0.8
community hall
scout hut | 0.6
parish council | 0.5
residents meeting | 0.8
raffle | 0.6
tombola | 0.7
coffee morning | 0.8
cake sale | 0.8
sponsored walk | 0.7
fun run | 0.6
raised money for the hospice
for the hospice | 0.6
community defibrillator | 0.9
defibrillator | 0.5
community mural
jubilee party | 0.6
open gardens | 0.6
village show | 0.7
flower show | 0.5
lantern parade | 0.8
lantern procession | 0.8
village fair | 0.7
school fair | 0.6
summer fair | 0.6
christmas fair | 0.6
county fair | 0.5
craft fair | 0.4
christmas market | 0.4
knocked on doors | 0.6
guerrilla gardening | 0.7
community orchard
community allotment
allotment* | 0.4
shared garden | 0.7
communal garden | 0.8
communal | 0.6
pta | 0.5
grassroots football | 0.9
holiday club | 0.6
village green | 0.6
brought a dish | 0.8
everyone brought | 0.6
bring and share | 0.8
community meal
community supper
community dinner
communal meal | 0.8
street feast | 0.9
big lunch | 0.6
warm space | 0.8
warm hub | 0.9
warm bank | 0.8
lunch club | 0.8
knit and natter | 0.9
craft club | 0.7
walking group | 0.8
walking club | 0.8
cycling club | 0.7
ramblers | 0.6
amateur dramatics | 0.7
am dram | 0.7
local theatre | 0.5
time bank | 0.8
timebank | 0.8
skill swap | 0.7
neighbourhood watch | 0.7
corner shop | 0.4
indie bookshop | 0.4
market traders | 0.5
community-owned
community shop
community pub
saved the pub | 0.8
saved the library | 0.8
community interest company | 0.8
welcomed the new family | 0.8
our road | 0.5
our estate | 0.5
our block | 0.5
chipped in | 0.6
working bee | 0.8
parkrun volunteer
lent our | 0.5
half the street | 0.7
shared tools | 0.7
tool share | 0.8
book group | 0.7

[value kindness]
*kind
kindness*
#kindness
#bekind
be kind
kindest
kind words
kind soul
compassion*
empathy
empathetic
empathise | 0.9
empathize | 0.9
caring* | 0.6
helping others
help | 0.3
donation | 0.7
donations | 0.7
donated | 0.7
donate | 0.7
charity | 0.6
shelter | 0.4
homeless | 0.6
homelessness | 0.6
rough sleepers | 0.7
food bank | 0.7
foodbank | 0.7
soup kitchen | 0.7
loneliness | 0.8
lonely | 0.5
isolation | 0.4
mental health | 0.7
#mentalhealth | 0.6
#mentalhealthawareness | 0.7
#mentalhealthmatters | 0.7
okay not to be okay | 0.8
ok not to be ok | 0.8
listened | 0.3
listen | 0.4
listening | 0.3
listening ear
checked in on | 0.8
check in on | 0.7
check on your friends | 0.9
reach out | 0.6
reached out | 0.6
you're not alone | 0.8
you are not alone | 0.8
here for you | 0.8
someone to talk to | 0.7
talk to someone | 0.6
supportive* | 0.6
hugs | 0.4
thank you | 0.3
grateful* | 0.3
gratitude | 0.5
thankful* | 0.4
generous
generosity
give back
giving back
pay it forward
random act of kindness
random acts of kindness
#randomactsofkindness
good deed
good deeds
stranger | 0.4
strangers | 0.4
elderly neighbour | 0.7
care home | 0.5
carer | 0.5
caregiver | 0.5
volunteered | 0.6
gentle | 0.3
warmth | 0.4
warm-hearted
big-hearted
heartwarming | 0.6
wholesome | 0.5
#wholesome | 0.5
sweet gesture | 0.6
comforting* | 0.5
condolence* | 0.6
sympathy | 0.6
forgive | 0.6
forgiveness | 0.6
held the door | 0.6
cheered up | 0.5
uplift* | 0.5
encourag* | 0.5
you got this | 0.3
proud of you | 0.5
sending love | 0.6
sending hugs | 0.7
thinking of you | 0.6
take care | 0.4
anti-bullying | 0.8
stand up to bullies | 0.8
therapy | 0.4
counselling | 0.5
samaritans | 0.8
helpline | 0.7
crisis line | 0.7
suicide prevention | 0.8
grief | 0.5
bereavement | 0.5
gofundme | 0.5
humanity* | 0.5
human kindness
*respect | 0.4
respectful* | 0.5
no judgement | 0.6
no judgment | 0.6
judgement-free | 0.6
safe space | 0.6
self-compassion | 0.6
selfless
altruism
altruistic
refugees | 0.4
mentor | 0.3
patience | 0.3
# second pass: how brands and creators say it
portion of profits | 0.7
percent of profits | 0.7
all proceeds | 0.7
proceeds go to | 0.6
profits to charity | 0.8
buy one give one | 0.9
for every purchase | 0.4
charity partner | 0.7
charitable | 0.7
nonprofit | 0.5
non-profit | 0.5
not-for-profit | 0.5
those in need
anyone in need | 0.9
helping hand | 0.7
make someone's day | 0.6
kinder world | 0.9
care for each other
help each other | 0.8
respect each other | 0.7
treat people with respect | 0.8
dignity and respect | 0.7
there for you | 0.7
be there for | 0.6
good-hearted | 0.8
no one left behind | 0.6
make a difference | 0.5
giving tuesday | 0.8
suspended coffee | 0.8
pay-as-you-feel | 0.6
emotional support | 0.7
peer support | 0.6
crisis support | 0.7
# idioms that contain "kind" without showing kindness: the longer match wins, at a token weight
kind of | 0.1
what kind | 0.1
any kind | 0.1
every kind | 0.1
all kinds | 0.1
one of a kind | 0.1
kind regards | 0.1
kind of you
kind of them
kind of him
kind of her
# third pass: scenes of kindness
paid for the person behind | 0.9
bought a coffee for a stranger
bought lunch for a homeless | 1.0
meals for the new parents | 0.9
meal train | 0.9
meals for a neighbour | 0.9
meals for a neighbor | 0.9
shopping for a neighbour | 0.9
neighbour's shopping | 0.8
bins out for my neighbour | 0.9
neighbour's bins | 0.8
cleared the snow for my neighbour | 0.9
soup on the doorstep | 0.9
dropped off some soup | 0.7
carried her shopping | 0.5
helped an old lady | 0.9
helped an old man | 0.9
helped an elderly | 0.9
helped a stranger
stayed with her until | 0.6
stayed with him until | 0.6
waited with her | 0.6
waited with him | 0.6
made sure she got home | 0.8
gave my coat | 0.5
sleeping rough | 0.8
sleeping in a doorway | 0.8
homeless shelter | 0.9
night shelter | 0.8
sleeping bags for the homeless
care package | 0.8
food parcel | 0.8
donated to the food bank
women's refuge | 0.8
toiletries for the refuge | 0.9
knitted hats for | 0.9
knitted blankets for | 0.9
knitting for charity
premature babies | 0.5
visited the care home | 0.8
letters to residents | 0.8
pen pal | 0.4
befriending | 0.9
telephone befriending
who never get visitors | 0.9
returned the wallet | 0.8
returned my lost wallet | 0.9
returned the lost | 0.8
handed in a wallet | 0.8
refused a reward | 0.8
drove her to chemo | 0.8
lifts to hospital | 0.8
how are you really doing | 0.8
sent flowers | 0.4
sympathy card | 0.8
get well soon | 0.6
comforted her | 0.7
comforted him | 0.7
offered my seat | 0.9
gave up my seat | 0.9
gave my seat | 0.9
complimented a stranger | 0.9
paid it forward
anonymous donation | 0.9
big issue seller | 0.8
buy a big issue | 0.8
foster care | 0.7
foster parents | 0.7
foster carers | 0.8
fostering children | 0.9
foster child | 0.7
blood donor | 0.8
gave blood | 0.9
donating blood | 0.9
blood donation | 0.9
organ donor | 0.8
stem cell donor | 0.9
hair donation | 0.8
shaved my head for | 0.6
listening volunteer | 0.9
helpline volunteer | 0.9
just listened | 0.7
really listened | 0.8
sat and listened | 0.8
listened without judging | 0.9
without judgement | 0.6
without judgment | 0.6
lend an ear | 0.8
shoulder to cry on | 0.8
felt heard | 0.7
feel heard | 0.7
kind gesture
kind-hearted
kindhearted
thoughtful* | 0.5
considerate* | 0.6
good samaritan | 0.9
make sure nobody eats alone
nobody eats alone | 0.9
alone at christmas | 0.7
kindness of strangers
young carers | 0.8
unpaid carer | 0.6
volunteer driver | 0.8
soup run | 0.9
street outreach | 0.9
outreach | 0.5
elderly neighbor | 0.7
cheer her up | 0.6
hospice | 0.4
humankind | 0.3
stood up for me | 0.6
paid for a stranger's coffee
coffee for the person behind | 0.9
who lives alone | 0.6
lives alone | 0.4
no visitors | 0.6
sat with an elderly | 0.8
gave a lift | 0.5
offered a lift | 0.6
stranded* | 0.4
who's been struggling | 0.6
picked up a prescription | 0.7
collected her prescription | 0.8
# everyday words that are not kindness
stranger things | 0.1
with respect to | 0.1
in that respect | 0.1
in this respect | 0.1
disrespect | 0.1
unkind | 0.1
mankind | 0.1
kindly gifted | 0.1
kindly sent | 0.1

[value inclusivity]
inclusive
inclusivity
inclusion
#inclusion
#inclusivity
diversity*
diverse* | 0.7
#diversity
#diversityandinclusion
equity | 0.6
accessib*
#accessibility
wheelchair | 0.8
wheelchair user | 0.9
wheelchair accessible
step-free | 0.9
step free access | 0.9
ramp | 0.3
disability | 0.8
disabilities | 0.8
disabled | 0.8
#disabilityawareness
#disabilitypride
neurodivergent
neurodiversity
neurodiverse
autism | 0.7
autistic | 0.7
adhd | 0.5
dyslexia | 0.5
dyslexic | 0.5
deaf | 0.7
sign language | 0.8
bsl | 0.6
blind | 0.4
visually impaired | 0.7
hard of hearing | 0.7
captions | 0.6
captioned | 0.6
subtitles | 0.4
alt text | 0.9
image description | 0.8
audio description | 0.8
chronic illness | 0.6
invisible illness | 0.7
#spoonie | 0.6
every body
all bodies
every body is welcome
#bodypositivity
#bodypositive
body positive
body positivity
body neutrality | 0.8
plus size | 0.7
plus-size | 0.7
#plussize | 0.7
size inclusive
size-inclusive
extended sizes | 0.9
extended sizing | 0.9
all sizes | 0.7
every size | 0.7
curvy | 0.3
all ages | 0.7
any age | 0.6
every age | 0.6
over 50 | 0.4
over 60 | 0.4
older women | 0.5
lgbtq
lgbtq+
lgbt
lgbtqia
queer | 0.7
pride | 0.4
#pride | 0.6
#pridemonth | 0.8
trans | 0.6
transgender | 0.8
nonbinary | 0.8
non-binary | 0.8
pronouns | 0.6
gay | 0.4
lesbian | 0.4
bisexual | 0.4
ally | 0.6
allyship
#loveislove
love is love
black-owned | 0.8
#blackowned | 0.8
women-owned | 0.6
#womenowned | 0.6
poc | 0.5
bipoc | 0.8
people of colour | 0.8
people of color | 0.8
representation | 0.8
underrepresented
marginali*
minorit* | 0.5
anti-racism
antiracism
anti-racist
racism | 0.5
discrimination | 0.5
equality* | 0.6
equal rights | 0.6
everyone welcome | 0.8
everyone is welcome | 0.8
all welcome | 0.8
welcoming* | 0.6
welcomes everyone | 0.9
no matter your | 0.3
regardless of | 0.5
multicultural | 0.7
immigrant | 0.4
immigrants | 0.4
refugee | 0.4
intersectional*
adaptive clothing
adaptive* | 0.5
para athlete | 0.8
paralympic | 0.8
paralympics | 0.8
prosthetic | 0.6
shade range | 0.6
all skin tones | 0.9
every skin tone | 0.9
skin tones | 0.5
deeper skin tones | 0.8
hijab | 0.4
modest fashion | 0.4
gender-neutral | 0.8
gender neutral | 0.8
unisex | 0.4
all abilities | 0.9
all abilities welcome
all levels | 0.5
beginner-friendly | 0.4
no experience needed | 0.4
women in tech | 0.7
women in stem | 0.7
female founders | 0.5
representation matters
#representationmatters
# second pass: how brands and creators say it
barrier-free
any origin | 0.9
every origin | 0.9
all origins | 0.9
whatever their background | 0.9
whatever your background | 0.9
all backgrounds
every background
regardless of background
no matter your background
whoever you are | 0.8
whatever your age | 0.9
whatever your size | 0.9
whatever your shape | 0.8
any body | 0.7
all genders
every gender | 0.9
any gender | 0.9
all ethnicities
all faiths | 0.9
all cultures | 0.8
made for everyone | 0.8
designed for everyone | 0.8
everyone belongs | 0.9
you belong here | 0.9
open to everyone | 0.8
no one is excluded | 0.9
nobody is excluded | 0.9
no one left behind | 0.8
nobody left behind | 0.8
women and girls | 0.5
girls in tech | 0.8
girls in stem | 0.8
women in science | 0.7
women in engineering | 0.7
underserved | 0.8
equal access | 0.9
universal design | 0.9
screen reader | 0.9
screen-reader friendly
easy read | 0.6
large print | 0.7
braille | 0.9
hearing loop | 0.9
wheelchair-friendly
sensory-friendly | 0.9
autism-friendly | 0.9
dementia-friendly | 0.9
relaxed performance | 0.8
quiet hour | 0.6
mobility aids | 0.8
assistive technology | 0.8
neuroinclusive | 0.9
neuro-inclusive | 0.9
minority-owned | 0.8
queer-owned | 0.8
woman-owned | 0.6
every shade | 0.8
all shades | 0.7
genderless | 0.7
gender fluid | 0.7
genderfluid | 0.7
anti-discrimination | 0.8
refugees welcome | 0.9
welcome here | 0.6
safe space | 0.6
# "all-inclusive" (holidays) is not inclusivity: the longer match wins, at a token weight
all-inclusive | 0.1
# third pass: scenes of access and welcome
closed captions | 0.9
captioned videos | 0.9
added captions | 0.9
videos have captions | 0.8
with subtitles | 0.5
sign language interpreter
bsl interpreter
asl interpreter
asl | 0.6
interpreter* | 0.4
signed performance
makaton | 0.9
wheelchair ramp
wheelchair basketball
wheelchair rugby
wheelchair dance
disabled toilet | 0.8
disabled parking | 0.6
blue badge | 0.6
changing places toilet
hoist | 0.4
lift access | 0.7
level access | 0.9
added a ramp | 0.9
portable ramp | 0.9
grab rails | 0.8
tactile paving | 0.9
dropped kerbs | 0.9
quiet room | 0.8
quiet space | 0.6
sensory room | 0.9
sensory bags | 0.9
ear defenders | 0.8
relaxed screening
relaxed session | 0.9
relaxed opening | 0.9
plain language | 0.7
dyslexia-friendly
high contrast | 0.5
audio described | 0.9
transcript | 0.6
full transcript | 0.8
adhd-friendly | 0.9
stimming | 0.7
stim toys | 0.7
special needs | 0.6
additional needs | 0.8
learning disability | 0.9
down syndrome | 0.8
down's syndrome | 0.8
cerebral palsy | 0.8
chronic pain | 0.5
mobility scooter | 0.7
guide dog | 0.8
assistance dog | 0.8
service dog | 0.7
hearing aid | 0.7
cochlear implant | 0.8
white cane | 0.8
amputee | 0.8
paralympian | 0.8
living with dementia | 0.6
memory cafe | 0.9
memory café | 0.9
partially sighted | 0.8
low vision | 0.7
colourblind | 0.7
colorblind | 0.7
colour-blind friendly
mobility issues | 0.6
limited mobility | 0.7
reduced mobility | 0.7
up to size | 0.7
sizes up to | 0.6
bigger sizes | 0.8
larger sizes | 0.8
all body types
body types | 0.5
fat acceptance | 0.9
fat-positive | 0.9
midsize | 0.6
mid-size | 0.5
older people | 0.5
older adults | 0.6
seniors* | 0.4
pensioners* | 0.4
over-60s | 0.5
over-70s | 0.5
never too old | 0.8
at any age | 0.8
age is just a number | 0.7
older models | 0.7
models of all ages | 0.9
all nationalities | 0.9
every nationality | 0.9
new arrivals | 0.4
newcomers | 0.5
asylum seekers | 0.6
migrants | 0.4
esol | 0.8
english classes for | 0.7
translated into | 0.6
multilingual | 0.6
prayer room | 0.7
multi-faith | 0.9
interfaith | 0.7
women-only | 0.5
trans-inclusive
gender-neutral toilets
all-gender toilets
pride flag | 0.8
rainbow flag | 0.7
pride march | 0.9
pride parade | 0.9
pride month | 0.8
my pronouns | 0.7
queer-friendly
lgbtq-friendly
lgbt-friendly
girls who code | 0.8
coding club for girls | 0.9
first-gen students | 0.8
free childcare | 0.6
childcare provided | 0.8
creche | 0.5
blind recruitment | 0.9
anonymised cvs | 0.9
pay what you can | 0.5
concessions | 0.4
no one left out | 0.9
nobody left out | 0.9
everyone can join | 0.9
anyone can join | 0.8
open to all ages
all ages welcome
beginners welcome | 0.5
seated exercise | 0.8
chair yoga | 0.8
chair-based | 0.8
induction loop | 0.9
women-led | 0.6
black history month | 0.8
international women's day | 0.5
#a11y | 0.9
# everyday phrases that are not inclusivity
blind date | 0.1
blind taste test | 0.1
roller blinds | 0.1
window blinds | 0.1
turn a blind eye | 0.1
fell on deaf ears | 0.1
trans fat | 0.1
pride and joy | 0.1
take pride | 0.1
pride myself | 0.1
pride ourselves | 0.1
ramp up | 0.1

[value wellbeing]
wellbeing
well-being
wellness*
#wellness
#wellbeing
#selfcare
self-care
self care
mental health | 0.6
balance | 0.5
balanced | 0.6
balanced diet
nutritious | 0.8
nourish* | 0.8
healthy | 0.6
health | 0.4
healthy habits
sleep | 0.6
slept | 0.5
good night's sleep | 0.8
eight hours sleep | 0.8
early night | 0.6
bedtime routine | 0.4
rest | 0.5
rest day | 0.7
#restday | 0.7
recovery | 0.4
nap | 0.4
walk | 0.4
walking | 0.4
daily walk | 0.8
long walk | 0.6
stroll | 0.4
nature walk | 0.7
fresh air | 0.7
forest bathing | 0.9
green space | 0.5
yoga | 0.7
#yoga | 0.7
pilates | 0.6
stretch* | 0.5
mobility* | 0.4
meditat* | 0.9
mindful*
breathwork | 0.9
breathing exercises | 0.9
deep breath | 0.5
breathe | 0.5
journaling* | 0.8
journalling* | 0.8
my journal | 0.4
gratitude journal | 0.8
therapy | 0.6
therapist | 0.6
counselling | 0.6
counseling | 0.6
burnout | 0.4
boundaries | 0.6
digital detox | 0.9
screen time | 0.4
phone-free | 0.8
unplug | 0.7
unplugged | 0.7
slow morning | 0.8
slow down | 0.6
slow living | 0.8
#slowliving | 0.8
sunshine | 0.3
vitamin d | 0.5
hydrate | 0.6
hydration | 0.6
drink water | 0.6
vegetables | 0.5
veggies | 0.5
fruit | 0.4
salad | 0.4
whole foods | 0.6
wholefood | 0.6
home-cooked | 0.5
gut health | 0.7
fibre | 0.4
fiber | 0.4
movement | 0.5
move your body | 0.8
exercise | 0.5
swim | 0.4
swimming | 0.4
sea swim | 0.5
cold water swim | 0.5
sauna | 0.4
bath | 0.3
morning routine | 0.4
relax | 0.6
relaxing | 0.6
relaxation | 0.7
calm | 0.6
calming | 0.6
peaceful | 0.5
inner peace | 0.8
anxiety | 0.5
stress | 0.4
stress-free | 0.6
de-stress | 0.7
destress | 0.7
unwind | 0.7
recharge | 0.5
listen to your body | 0.9
intuitive eating | 0.8
sober | 0.7
sobriety | 0.8
alcohol-free | 0.7
alcohol free | 0.7
dry january | 0.8
#dryjanuary | 0.8
sober curious | 0.8
mocktail | 0.4
quit smoking | 0.8
moderation* | 0.5
in moderation | 0.8
holistic | 0.5
physio | 0.4
physiotherapy | 0.4
posture | 0.4
health check | 0.5
check-up | 0.4
me time | 0.7
#metime | 0.7
day off | 0.4
mental health day | 0.9
feel good | 0.4
energy levels | 0.4
self-compassion | 0.7
# second pass: how brands and creators say it
body and mind | 0.8
mind and body | 0.8
healthy lifestyle | 0.9
healthy living | 0.9
healthy choices | 0.8
live well | 0.7
feel your best | 0.6
look after yourself | 0.8
take care of yourself | 0.8
look after your health | 0.8
work-life balance
stress relief | 0.8
stress less | 0.7
sleep better | 0.9
better sleep | 0.9
sleep hygiene | 0.9
wind down | 0.7
self-love | 0.7
stay active | 0.8
active lifestyle | 0.7
keep moving | 0.6
gentle movement | 0.8
joyful movement | 0.9
everyday movement | 0.7
prevent burnout | 0.8
screen-free | 0.7
emotional health | 0.8
mental fitness | 0.7
nutrition | 0.7
nutritionist | 0.6
dietitian | 0.6
nutrient-dense | 0.8
nutrient-rich | 0.8
no added sugar | 0.8
low sugar | 0.7
whole grain | 0.6
wholegrain | 0.6
gut-friendly | 0.7
probiotic | 0.5
clean ingredients | 0.6
no nasties | 0.6
non-toxic | 0.6
wholesome | 0.5
non-alcoholic | 0.6
leafy greens | 0.5
eat your greens | 0.6
# "the rest (of)" is not rest: the longer match wins, at a token weight
the rest | 0.1
rest of | 0.1
# third pass: scenes of looking after yourself
phone off | 0.7
phone away | 0.6
without my phone | 0.6
asleep by ten | 0.8
asleep by 10 | 0.8
in bed by | 0.6
to bed early | 0.7
instead of scrolling | 0.8
stopped scrolling | 0.7
put the phone down | 0.7
read before bed | 0.5
walked the long way | 0.6
clear my head | 0.8
got outside | 0.6
pottering* | 0.5
glass of water | 0.5
drinking more water | 0.8
drank more water | 0.8
cut down on sugar | 0.8
less sugar | 0.7
said no to overtime | 0.8
protect my energy | 0.8
protect my peace | 0.8
logged off | 0.6
annual leave | 0.4
went to therapy | 0.8
started therapy | 0.9
therapy session | 0.8
sleep schedule | 0.6
consistent bedtime | 0.8
blackout blinds | 0.4
magnesium | 0.4
chamomile | 0.5
herbal tea | 0.5
decaf | 0.4
cut out caffeine | 0.8
less caffeine | 0.7
sober october | 0.9
zero alcohol | 0.7
walk in the woods | 0.6
woodland walk | 0.7
walk by the sea | 0.6
sea air | 0.5
sea dip | 0.5
morning dip | 0.6
lunchtime walk | 0.7
walking meeting | 0.6
screen break | 0.6
power nap | 0.6
duvet day | 0.4
slow sunday | 0.6
cosy night in | 0.5
cozy night in | 0.5
bubble bath | 0.5
epsom salt | 0.5
smear test | 0.6
mammogram | 0.6
got checked | 0.6
journal prompts | 0.8
morning pages | 0.9
gratitude list | 0.8
box breathing | 0.9
support group | 0.5
gardening* | 0.3
bank balance | 0.1
balance sheet | 0.1
balance transfer | 0.1
content moderation | 0.1
turned off my notifications | 0.8
notifications off | 0.7

[value family]
family
families
#family
#familytime
family time
family first
mum | 0.5
mom | 0.5
mummy | 0.5
mommy | 0.5
dad | 0.5
daddy | 0.5
mother | 0.5
father | 0.5
parents | 0.5
parent | 0.5
grandma | 0.4
grandpa | 0.4
granny | 0.4
grandad | 0.4
granddad | 0.4
grandmother | 0.4
grandfather | 0.4
grandparents | 0.4
grandchildren | 0.6
grandkids | 0.6
grandson | 0.6
granddaughter | 0.6
nana | 0.4
nanna | 0.4
my nan | 0.5
my son
my daughter
my kids
my children
son | 0.6
daughter | 0.6
sons | 0.6
daughters | 0.6
kids | 0.5
children | 0.5
child | 0.4
kiddo | 0.7
kiddos | 0.7
toddler | 0.6
baby | 0.4
newborn | 0.6
little one | 0.8
little ones | 0.8
siblings | 0.6
sister | 0.4
brother | 0.4
twins | 0.5
cousin | 0.4
cousins | 0.4
aunt | 0.4
auntie | 0.4
uncle | 0.4
niece | 0.4
nephew | 0.4
in-laws | 0.4
mother-in-law | 0.5
husband | 0.5
wife | 0.5
hubby | 0.5
stepdad | 0.6
stepmom | 0.6
stepmum | 0.6
family dinner
family meal
sunday lunch | 0.8
sunday roast | 0.6
dinner table | 0.6
bedtime | 0.7
bedtime story | 0.9
bedtime stories | 0.9
story time | 0.6
homework | 0.5
school run | 0.8
school pickup | 0.8
first day of school | 0.8
birthday party | 0.4
family holiday
family vacation
family trip
board games | 0.4
family game night
movie night | 0.4
with the kids
with my kids
with the family
with my family
family recipe | 0.4
generations* | 0.3
three generations | 0.9
family business | 0.6
family-run | 0.6
family owned | 0.6
motherhood
fatherhood
parenthood
parenting | 0.5
#momlife
#mumlife
#dadlife
#parenting | 0.6
pregnant | 0.6
pregnancy | 0.6
maternity leave | 0.6
paternity leave | 0.7
raising kids
family reunion
reunion | 0.4
playground | 0.5
nursery | 0.4
nappy | 0.5
diaper | 0.5
pram | 0.5
stroller | 0.5
lullaby | 0.6
cuddles | 0.5
lunchbox | 0.4
mother's day
mothers day
father's day
fathers day
at home | 0.3
home together | 0.6
our little family
family of four
family of five
# second pass: how brands and creators say it
for the whole family
together at home | 0.6
quality time | 0.8
time together | 0.8
memories together | 0.6
make memories | 0.5
loved ones | 0.6
childhood | 0.4
childhood memories | 0.7
child-friendly | 0.8
new parents
expecting parents
bringing up kids
raising children
around the table | 0.6
sunday dinner | 0.7
school holidays | 0.5
multigenerational | 0.9
multi-generational | 0.9
intergenerational | 0.6
godparents | 0.6
teenagers | 0.5
teens | 0.5
playtime | 0.5
home life | 0.5
days out | 0.5
family-friendly
# "just kidding" is not about kids
just kidding | 0.1
no kidding | 0.1
# third pass: scenes of family time (explicit, at full weight)
four generations
took the kids to | 0.9
taking the kids | 0.9
with my two | 0.7
the kids and i | 0.8
me and the kids | 0.8
my husband and i | 0.7
my wife and i | 0.7
our kids
our son
our daughter
our children
our baby | 0.8
our girls | 0.5
our boys | 0.5
my little girl | 0.9
my little boy | 0.9
my boy | 0.6
my eldest | 0.9
my youngest | 0.9
my middle child | 0.9
bath time | 0.8
bathtime | 0.8
school gates | 0.5
nativity play | 0.7
sports day | 0.6
parents evening | 0.8
first steps | 0.5
first word | 0.6
first tooth | 0.8
first birthday | 0.6
my parents came to stay | 0.8
visit my parents | 0.8
visit grandma | 0.8
visited my grandparents | 0.8
visit nan | 0.8
sleepover at grandma's | 0.9
at grandma's | 0.6
at nan's | 0.6
grandparents' house | 0.6
played cards | 0.4
baked cookies together | 0.7
baking with the kids | 0.9
cooking with the kids | 0.9
baking with my daughter | 0.9
baking with my son | 0.9
sofa cuddles | 0.8
pillow fort | 0.8
blanket fort | 0.8
date night | 0.4
babysitting | 0.4
babysitter | 0.4
grandma babysits | 0.8
sandcastle | 0.6
bucket and spade | 0.6
half term | 0.6
our wedding | 0.5
wedding anniversary | 0.6
our anniversary | 0.5
vow renewal | 0.7
baby shower | 0.7
christening | 0.6
naming ceremony | 0.7
bar mitzvah | 0.6
bat mitzvah | 0.6
first communion | 0.6
empty nest | 0.8
empty nester | 0.8
flew the nest | 0.7
proud mum | 0.8
proud mom | 0.8
proud dad | 0.8
proud parent | 0.8
proud grandma | 0.8
mum of two
mum of three
mom of two
mom of three
dad of two
dad of three
mother of two
father of two
little sister | 0.6
little brother | 0.6
big sister | 0.5
my sister | 0.6
my brother | 0.6
dinner together | 0.7
breakfast together | 0.7
ate together | 0.6
eat together | 0.6
nursery pickup | 0.8
nursery drop-off | 0.8
co-parenting | 0.8
single mum | 0.8
single mom | 0.8
single dad | 0.8
stay-at-home mum | 0.9
stay-at-home mom | 0.9
stay-at-home dad | 0.9
sahm | 0.8
working mum | 0.8
working mom | 0.8
dad duties | 0.8
daddy daughter | 0.9
father-son | 0.8
mother-daughter | 0.8
adopted son | 0.9
adopted daughter | 0.9
adopting a child
adoptive parents | 0.9
nap time | 0.5
naptime | 0.5
potty training | 0.8
weaning | 0.6
breastfeeding | 0.6
night feeds | 0.8
teething* | 0.7
tantrum | 0.5
bedtime routine | 0.7
nonna | 0.3
abuela | 0.3

[value craftsmanship]
craftsmanship
craftmanship
craftsman
craftsmen
craftswoman
craft | 0.6
crafted
handcrafted
hand-crafted
handmade
hand-made
made by hand
#handmade
#handcrafted
hand-stitched
hand stitched
hand-sewn
hand-carved
hand carved
hand-painted | 0.8
hand-forged
hand-built
hand built
handbuilt
hand-finished
hand finished
hand-knitted | 0.9
artisan
artisanal
artisans
maker | 0.6
makers | 0.6
#makersgonnamake
workshop | 0.5
workbench | 0.7
woodwork
woodworking
#woodworking
carpentry
joinery
dovetail
dovetails
mortise
tenon
joiner | 0.6
carpenter
cabinetmaker
blacksmith
forge | 0.4
forged | 0.4
leatherwork
leathercraft
saddle stitch | 0.8
stitch* | 0.4
pottery | 0.6
ceramics | 0.5
potter | 0.6
wheel-thrown | 0.8
kiln | 0.6
weaving | 0.6
loom | 0.6
knitting | 0.5
embroidery | 0.5
quilting | 0.5
*tailor | 0.7
tailors* | 0.7
tailoring* | 0.6
tailored* | 0.3
bespoke | 0.7
made to measure
made-to-measure
cobbler | 0.7
shoemaker
goodyear welt
goodyear welted
resoled | 0.5
full-grain | 0.8
full grain leather
solid wood | 0.8
solid oak | 0.8
hardwood | 0.5
hand tools | 0.7
chisel | 0.6
whetstone | 0.6
sharpening | 0.4
lathe | 0.5
woodturning
wood turning
patina | 0.5
built to last
made to last
buy it for life
#buyitforlife
bifl | 0.8
lasts a lifetime
lifetime warranty | 0.6
durable | 0.9
durability | 0.9
sturdy | 0.5
robust | 0.4
quality | 0.6
high quality | 0.7
quality over quantity
well made
well-made
attention to detail
precision* | 0.7
meticulous
skill | 0.6
skilled
skills | 0.4
mastery
master craftsman
apprentice | 0.8
apprenticeship | 0.8
years of practice | 0.8
patience | 0.5
small batch | 0.8
small-batch | 0.8
heirloom | 0.6
restored | 0.6
restoration | 0.6
restoring | 0.6
refurbished | 0.5
from scratch | 0.6
sanding | 0.5
varnish | 0.4
frame builder | 0.8
framebuilder | 0.8
lugged steel | 0.7
watchmaker | 0.8
horology | 0.5
luthier
bookbinding
letterpress | 0.8
calligraphy | 0.5
stonemason
stone mason
masonry | 0.6
thatching | 0.8
dry stone wall | 0.8
glassblowing
silversmith
goldsmith
engraving | 0.4
# second pass: how brands and creators say it
built to be repaired | 0.8
designed to last | 0.9
engineered to last | 0.9
made to be repaired | 0.8
made in small batches | 0.9
made to order | 0.6
decades of experience | 0.7
years of experience | 0.5
quality materials | 0.8
finest materials | 0.7
workmanship
craftspeople
craftsperson
expertise | 0.6
savoir-faire | 0.8
hand-dyed | 0.8
hand-poured | 0.8
hand-woven | 0.9
handwoven | 0.9
hand-thrown | 0.9
hand-glazed | 0.8
hand-blown | 0.9
hand-cut | 0.7
hand-tied | 0.7
hand-assembled | 0.8
stitched by hand | 0.9
sewn by hand | 0.9
inspected by hand | 0.8
traditional techniques | 0.6
slow-made | 0.8
for years to come | 0.5
timeless design | 0.6
vegetable-tanned | 0.9
veg-tan | 0.8
selvedge | 0.8
solid brass | 0.7
solid walnut | 0.7
painstaking | 0.8
longevity | 0.6
quality control | 0.6
one-of-a-kind | 0.6
unique pieces | 0.6
# third pass: scenes from the workbench
hand-cut dovetails
hand-planed | 0.9
end grain | 0.7
plane iron | 0.8
card scraper | 0.8
spokeshave | 0.9
drawknife | 0.9
marking gauge | 0.9
honed | 0.4
waterstone | 0.7
oil stone | 0.7
turned on the lathe | 0.9
bowl turning | 0.9
turned bowl | 0.7
spoon carving | 0.8
waxed thread | 0.8
stitches per inch
edge burnishing | 0.9
burnished edges | 0.9
tooled leather | 0.8
pegged joints | 0.9
no screws | 0.6
no glue | 0.5
no nails | 0.6
without a single nail | 0.8
drawbored | 0.9
hand-cut joints
will outlive me | 0.9
last for generations | 0.9
re-soled | 0.8
new soles | 0.5
apprenticed to | 0.9
master saddler
saddler | 0.8
saddlery | 0.8
wheelwright
farrier | 0.6
bladesmith
knifemaker
knife maker | 0.9
boatbuilder | 0.9
boat building | 0.8
wooden boat | 0.5
violin maker
clockmaker | 0.9
clock restoration | 0.9
upholsterer | 0.8
reupholstered | 0.6
french polishing | 0.9
gilding | 0.8
marquetry
inlay | 0.5
stained glass | 0.8
enamelling | 0.8
stone carving | 0.9
letter cutting | 0.9
sign writing | 0.8
signwriter | 0.8
hand-lettered | 0.7
fired the kiln | 0.9
glaze firing | 0.8
bisque firing | 0.9
thrown on the wheel | 0.9
throwing on the wheel | 0.9
stoneware | 0.5
raku | 0.8
under a loupe | 0.7
loupe | 0.6
watch movement | 0.6
forged by hand
reclaimed iron | 0.5
anvil | 0.8
damascus steel | 0.8
hand-hammered | 0.8
every stitch | 0.8
hundreds of hours | 0.7
labour of love | 0.8
labor of love | 0.8
no shortcuts | 0.9
no corners cut | 0.9
never cut corners | 0.9
didn't cut corners | 0.9
done properly | 0.7
do it properly | 0.7
measure twice | 0.8
measure twice cut once
fit and finish | 0.5
flawless finish | 0.6
tight tolerances | 0.8
to the millimetre | 0.8
to the millimeter | 0.8
honing my craft
learning the craft | 0.8
tricks of the trade | 0.6
time-served | 0.8
journeyman | 0.7
guild | 0.5
master carpenter
master potter
master baker | 0.7
sashiko | 0.7
built it by hand | 0.9
carved by hand | 0.9
village blacksmith | 0.8
pole lathe | 0.8
basket weaving | 0.7
willow weaving | 0.8
lace making | 0.7
bobbin lace | 0.8
spinning wheel | 0.6
hand spinning | 0.8
hedge laying | 0.7
bodging | 0.7
tatting* | 0.6
rag rug | 0.6
patchwork quilt | 0.6
craft fair | 0.4
whittling | 0.8
carved | 0.4
built a guitar | 0.8
guitar build | 0.7
months to build | 0.6

[value creativity]
creative
creativity
creatively
#creativity
#creative
creation | 0.4
creating | 0.4
create | 0.3
art | 0.6
artist | 0.6
artists | 0.6
artwork | 0.8
#art | 0.6
#artistsoninstagram
#artoftheday
painting | 0.5
painted | 0.4
watercolour
watercolor
acrylic | 0.4
oil painting
sketch | 0.7
sketches | 0.7
sketching
sketchbook
#sketchbook
drawing* | 0.6
doodle | 0.6
doodles | 0.6
illustration | 0.8
illustrator | 0.8
design | 0.4
designing | 0.4
invent
inventor
innovat*
prototype | 0.7
prototyping | 0.8
experiment* | 0.8
tinker*
diy | 0.5
#diy | 0.5
new idea | 0.7
ideas | 0.4
idea | 0.3
brainstorm* | 0.6
imagination | 0.8
imaginative
inspiration | 0.4
inspired by | 0.4
originality* | 0.7
outside the box | 0.6
out of the box | 0.4
collage | 0.8
mixed media | 0.8
zine | 0.7
zines | 0.7
comic | 0.4
comics | 0.4
animation* | 0.6
animated* | 0.4
stop motion | 0.8
3d printed | 0.6
3d printing | 0.6
3d print | 0.6
arduino | 0.6
raspberry pi | 0.5
makerspace | 0.7
maker space | 0.7
hackathon | 0.6
songwriting | 0.8
wrote a song | 0.8
new song | 0.5
composing | 0.5
composed | 0.5
music production | 0.6
remix | 0.5
poetry | 0.6
poem | 0.6
poems | 0.6
writing | 0.3
short story | 0.6
photography | 0.5
film photography | 0.6
filmmaking | 0.7
short film | 0.7
choreography | 0.7
improv comedy | 0.8
improv class | 0.8
improv theatre | 0.8
improv show | 0.8
cosplay | 0.6
costume | 0.3
upcycled | 0.5
repurposed | 0.6
repurpose | 0.6
crafting | 0.5
craft project | 0.6
papercraft | 0.7
origami | 0.7
linocut | 0.8
lino print | 0.8
printmaking | 0.8
screen printing | 0.7
pottery | 0.5
ceramics | 0.4
sculpture | 0.8
sculpt* | 0.7
mural | 0.7
street art | 0.7
graffiti | 0.5
colour palette | 0.6
color palette | 0.6
moodboard | 0.6
mood board | 0.6
concept art | 0.8
fan art | 0.6
fanart | 0.6
work in progress | 0.6
#wip | 0.5
#workinprogress | 0.5
process video | 0.5
playful* | 0.4
whimsical | 0.5
surreal | 0.5
abstract | 0.4
reimagined | 0.7
reinvent* | 0.7
twist on | 0.5
my own recipe | 0.4
canvas | 0.5
ink | 0.3
#inktober | 0.8
procreate | 0.6
crochet | 0.4
#makersgonnamake | 0.5
# second pass: how brands and creators say it
think differently | 0.7
bold ideas | 0.7
fresh ideas | 0.6
big ideas | 0.5
self-expression
express yourself | 0.9
ingenuity | 0.8
ingenious | 0.7
artistry | 0.8
art supplies | 0.8
art materials | 0.8
craft supplies | 0.7
make your own | 0.5
studio | 0.4
visionary | 0.6
unconventional | 0.6
open-ended play | 0.7
lego | 0.4
new ways | 0.4
research and development | 0.6
ideation | 0.8
dreamers and doers | 0.6
art class | 0.8
storytelling | 0.5
hand-drawn | 0.8
original designs | 0.6
fresh perspective | 0.6
new perspective | 0.5
design thinking | 0.6
daydream | 0.5
# third pass: scenes of making things up
out of scraps | 0.7
from scraps | 0.6
scrap fabric | 0.6
offcuts | 0.4
out of cardboard | 0.7
cardboard castle | 0.7
junk modelling | 0.9
junk art | 0.8
found objects | 0.7
assemblage | 0.6
chalk drawings | 0.6
chalk art | 0.8
pavement chalk | 0.6
sidewalk chalk | 0.6
wrote a poem
wrote a novel | 0.8
my novel | 0.6
first draft | 0.6
nanowrimo | 0.9
writing prompt | 0.7
home recording | 0.6
bedroom producer | 0.8
made a beat | 0.7
beat making | 0.7
synth | 0.4
modular synth | 0.7
theremin | 0.7
built a synth | 0.9
circuit bending | 0.9
soldering | 0.4
breadboard | 0.5
electronics project | 0.7
claymation | 0.9
clay figures | 0.6
plasticine | 0.5
air-dry clay | 0.6
polymer clay | 0.6
life drawing | 0.9
urban sketching
daily sketch | 0.9
zentangle | 0.7
lettering* | 0.5
calligraphy | 0.5
designed my own | 0.8
my own design | 0.8
my own pattern | 0.7
pattern drafting | 0.8
self-drafted | 0.9
improvised | 0.5
jam session | 0.6
freestyle | 0.5
designed a board game
my own board game | 0.9
cyanotype | 0.9
darkroom | 0.7
pinhole camera | 0.9
long exposure | 0.6
double exposure | 0.7
light painting | 0.9
photo series | 0.6
photo project | 0.7
photo essay | 0.7
tried a new technique | 0.8
new technique | 0.6
playing around with | 0.5
messing around with | 0.4
blank canvas | 0.6
blank page | 0.6
the idea came | 0.6
had an idea | 0.6
crazy idea | 0.6
wild idea | 0.6
mashup | 0.6
mash-up | 0.6
fan fiction | 0.7
fanfic | 0.7
original character | 0.6
worldbuilding | 0.9
world-building | 0.9
diorama | 0.8
miniatures | 0.5
miniature painting | 0.7
model making | 0.7
papier-mâché | 0.8
papier mache | 0.8
paper mache | 0.8
scrapbook | 0.6
comic strip | 0.8
webcomic | 0.8
graphic novel | 0.6
storyboard | 0.8
animatic | 0.9
costume design | 0.9
prop making | 0.9
foam armour | 0.8
eva foam | 0.8
sfx makeup | 0.7
face paint | 0.5
body paint | 0.6
graphic design | 0.7
web designer | 0.4
ux designer | 0.4
game designer | 0.7
fashion designer | 0.6
product designer | 0.5
interior designer | 0.4
set design | 0.8
sound design | 0.8
colour mixing | 0.7
color mixing | 0.7
jury-rigged | 0.6
jerry-rigged | 0.6
macgyver | 0.7
contraption | 0.8
built a robot | 0.8
spoken word | 0.8
open mic | 0.5
# everyday uses that are not creativity
state of the art | 0.1
martial arts | 0.1
composed of | 0.1
prize draw | 0.1

[value adventure]
adventure
adventures
adventurous
#adventure
#adventuretime
#adventureawaits
explore | 0.6
exploring | 0.6
explorer | 0.6
exploration | 0.6
#explore | 0.6
#exploremore | 0.8
wild | 0.4
wilderness
wild camping
#wildcamping
remote | 0.3
off-grid | 0.8
off grid | 0.8
off the beaten path
off the beaten track
backcountry
backpacking | 0.8
trek | 0.7
trekking | 0.8
hike | 0.7
hiking | 0.7
#hiking | 0.7
summit | 0.7
summited | 0.9
mountain | 0.5
mountains | 0.5
climb | 0.4
climbing | 0.6
rock climbing | 0.7
bouldering | 0.5
mountaineering | 0.9
via ferrata | 0.8
scramble | 0.5
ridge | 0.4
glacier | 0.6
volcano | 0.5
jungle | 0.6
desert | 0.4
rainforest | 0.5
canyon | 0.4
caving | 0.8
kayak | 0.6
kayaking | 0.7
canoe | 0.6
canoeing | 0.7
packraft* | 0.8
rafting | 0.7
white water | 0.7
surf | 0.5
surfing | 0.6
sailing | 0.5
scuba | 0.6
freediving | 0.7
skydive | 0.9
skydiving | 0.9
paraglid* | 0.9
bungee | 0.8
base jump | 0.9
ski touring | 0.8
freeride | 0.6
expedition
bikepacking | 0.8
#bikepacking | 0.8
tent | 0.5
camping | 0.5
bivvy | 0.7
bivouac | 0.8
under the stars | 0.7
campfire | 0.5
solo travel | 0.9
solo trip | 0.9
#solotravel | 0.9
one-way ticket | 0.9
spontaneous | 0.8
spontaneity | 0.9
road trip | 0.7
#roadtrip | 0.7
vanlife | 0.8
#vanlife | 0.8
van life | 0.8
overland* | 0.7
into the unknown | 0.8
freedom | 0.6
free spirit | 0.8
wanderlust | 0.8
#wanderlust | 0.8
nomad | 0.7
digital nomad | 0.5
roam | 0.6
wander | 0.5
journey | 0.3
risk | 0.4
thrill | 0.8
thrilling | 0.8
adrenaline | 0.9
daring* | 0.8
brave | 0.4
fearless | 0.6
comfort zone | 0.8
out of my comfort zone | 0.9
epic | 0.3
trail | 0.5
trails | 0.5
trail running | 0.5
got lost | 0.5
map and compass | 0.7
headlamp | 0.5
headtorch | 0.5
arctic | 0.6
antarctica | 0.7
northern lights | 0.5
wild swimming | 0.6
wild swim | 0.6
cliff jump* | 0.8
independence* | 0.5
hitchhik* | 0.9
couchsurf* | 0.7
middle of nowhere | 0.7
island hopping | 0.5
uncharted | 0.9
unexplored | 0.9
#getoutside | 0.7
#optoutside | 0.7
#neverstopexploring | 0.8
microadventure | 0.9
# second pass: how brands and creators say it
outdoors | 0.8
the great outdoors
outdoor enthusiasts | 0.8
outdoorsy | 0.8
discover new places | 0.8
discover the world | 0.8
see the world | 0.7
into the wild | 0.9
wild places | 0.9
untamed | 0.8
open road | 0.8
hit the road | 0.6
go anywhere | 0.6
go further | 0.5
off-road | 0.6
all-terrain | 0.6
alpine | 0.6
high altitude | 0.6
trailhead | 0.6
thru-hike | 0.9
long-distance trail | 0.8
national park | 0.5
safari | 0.6
campers | 0.5
campervan | 0.6
campsite | 0.5
camping gear | 0.6
outdoor gear | 0.8
sleeping bag | 0.5
base camp | 0.8
the unknown | 0.5
discovery | 0.3
escape the everyday | 0.6
escape the city | 0.6
paddleboard* | 0.5
snowboard* | 0.5
skiing | 0.4
mountain biking | 0.6
abseil* | 0.8
zipline | 0.7
zip line | 0.7
coasteering | 0.9
spelunking | 0.9
take risks | 0.8
risk-taking | 0.8
brave the elements | 0.8
self-reliance | 0.6
globetrotter | 0.7
the road less travelled | 0.9
call of the wild | 0.8
push your limits | 0.5
# third pass: scenes from the wild and the road
bothy | 0.9
no phone signal | 0.7
no signal | 0.5
whiteout | 0.8
*fells | 0.6
fell running | 0.8
munro | 0.9
munro bagging
wainwrights | 0.8
summit push
crampons | 0.8
ice axe | 0.8
belay | 0.7
multi-pitch | 0.9
trad climbing | 0.9
ridge walk | 0.7
knife-edge ridge | 0.9
exposed ridge | 0.8
no plan | 0.5
no bookings | 0.6
no itinerary | 0.8
winging it | 0.6
figure it out on the road | 0.9
on the road | 0.4
cycled to the coast | 0.7
cycle touring | 0.9
bike touring | 0.9
panniers | 0.5
camped on an island | 0.9
camped on the beach | 0.7
slept under the stars | 0.9
slept on the summit
summit camp | 0.9
tarp | 0.4
hammock camping | 0.7
paddled | 0.6
paddled the length of | 0.9
sea kayaking | 0.9
open water | 0.5
sailed across | 0.8
ocean rowing
rowed across | 0.9
tombstoning | 0.8
jumped into the sea | 0.7
jumped into the freezing | 0.8
freezing sea | 0.6
summit at sunrise | 0.9
sunrise summit | 0.9
climbed through the night | 0.8
night hike | 0.8
alpine start | 0.9
quit my job to travel
left everything behind | 0.8
sold everything | 0.4
lost the trail | 0.7
bushwhacking | 0.8
off-trail | 0.9
river crossing | 0.7
forded the river | 0.9
caught in a storm | 0.6
blizzard | 0.6
went solo | 0.7
solo hike | 0.9
solo camping | 0.9
travelling solo | 0.9
solo female traveller | 0.9
chicken bus | 0.6
motorbike trip | 0.7
motorcycle trip | 0.7
live in a van | 0.8
van conversion | 0.5
full-time travel | 0.8
long-term travel | 0.8
gap year | 0.6
round the world | 0.7
around the world | 0.6
trans-siberian | 0.8
himalaya | 0.6
kilimanjaro | 0.7
inca trail | 0.7
camino | 0.6
pacific crest trail | 0.9
appalachian trail | 0.9
west highland way | 0.9
lejog | 0.9
heart pounding | 0.6
scariest thing | 0.6
spur of the moment | 0.8
on a whim | 0.8
last-minute | 0.4
remote island | 0.8
uninhabited island | 0.9
dawn patrol | 0.7
big wave | 0.6
rope swing | 0.6
tree climbing | 0.6
# everyday uses that are not adventure
remote work | 0.1
working remotely | 0.1
remote control | 0.1
remote job | 0.1
at risk | 0.1
that's wild | 0.1
this is wild | 0.1
so wild | 0.1
wild card | 0.1
wild guess | 0.1
explore the collection | 0.1
explore the range | 0.1

[value learning]
learn | 0.8
learning
learned | 0.8
learnt | 0.8
#learning
lesson | 0.4
lessons | 0.4
teach
teaching
teacher | 0.8
teachers | 0.8
taught | 0.8
tutor | 0.8
tutorial | 0.7
#tutorial | 0.6
explain* | 0.6
explainer* | 0.8
how to | 0.4
how-to | 0.6
step by step | 0.6
step-by-step | 0.6
beginner's guide | 0.8
guide | 0.3
tips | 0.3
did you know | 0.5
#didyouknow | 0.8
fun fact | 0.8
#funfact | 0.8
facts* | 0.4
science | 0.9
scientist | 0.8
scientists | 0.8
scientific | 0.8
#science | 0.8
#scicomm
study | 0.5
studying | 0.7
#studygram | 0.8
student | 0.5
students | 0.5
university | 0.4
college | 0.4
classroom | 0.7
course | 0.4
online course | 0.8
lecture | 0.8
seminar | 0.7
webinar | 0.7
masterclass | 0.7
research | 0.8
researcher | 0.8
researchers | 0.8
studies show | 0.8
evidence* | 0.5
curiosity
curious | 0.8
knowledge
knowledgeable
wisdom | 0.5
books* | 0.4
reading | 0.3
library | 0.4
#booktok | 0.6
#bookstagram | 0.6
currently reading | 0.7
reading list | 0.7
bookworm | 0.7
non-fiction | 0.7
nonfiction | 0.7
history | 0.4
physics* | 0.8
chemistry | 0.8
biology | 0.8
maths | 0.7
math | 0.6
mathematics | 0.8
astronomy | 0.8
geology | 0.8
engineering | 0.5
coding* | 0.5
programming* | 0.5
learn to code | 0.9
language learning | 0.9
duolingo | 0.8
vocabulary | 0.6
grammar | 0.6
fluent | 0.5
new skill | 0.8
upskill* | 0.8
self-taught | 0.8
self taught | 0.8
mentor | 0.5
mentoring | 0.6
mentorship | 0.6
homeschool* | 0.7
education
educational
educate | 0.9
#education
museum | 0.4
documentary | 0.5
ted talk | 0.6
deep dive | 0.6
breakdown | 0.3
analysis | 0.4
the science behind | 0.9
how it works | 0.7
how does | 0.4
today i learned | 0.9
graduated | 0.5
graduation | 0.5
a degree in | 0.6
my degree | 0.5
phd | 0.6
thesis | 0.6
exam | 0.5
exams | 0.5
revision* | 0.4
flashcards | 0.7
study tips | 0.8
study with me | 0.8
professor | 0.6
lifelong learning
lifelong learner
keep learning | 0.9
growth mindset | 0.5
beginner | 0.4
myth busting | 0.7
in simple terms | 0.7
eli5 | 0.7
# second pass: how brands and creators say it
discover | 0.3
workshop | 0.3
natural history museum | 0.8
curious minds
stay curious
inquisitive | 0.8
sense of wonder | 0.6
learners | 0.8
edtech | 0.5
expert-led | 0.6
taught by experts | 0.9
evidence-based | 0.7
stem toys | 0.7
stem education
online classes | 0.7
evening classes | 0.7
language classes | 0.8
cooking classes | 0.6
free courses | 0.7
curriculum | 0.7
literacy | 0.8
numeracy | 0.8
financial literacy | 0.8
reading skills | 0.7
scholarship | 0.7
bursary | 0.6
academic | 0.6
academy | 0.4
coding bootcamp | 0.9
trivia | 0.5
puzzles* | 0.3
field trip | 0.7
school trip | 0.6
planetarium | 0.8
observatory | 0.7
exhibition | 0.4
ask questions | 0.7
big questions | 0.6
how the world works | 0.8
demystify | 0.8
easy to understand | 0.6
better understand | 0.5
thought-provoking | 0.7
critical thinking | 0.9
problem-solving | 0.6
edutainment | 0.8
apprenticeship | 0.6
reskill* | 0.8
homework | 0.4
for people who want to learn
# "of course" is not a course
of course | 0.1
# third pass: scenes of finding things out
taught myself | 0.9
teaching myself | 0.9
finally understand | 0.8
finally understood | 0.8
finally clicked | 0.8
the penny dropped | 0.6
took it apart | 0.7
taking things apart | 0.8
night classes | 0.8
night school | 0.8
evening course | 0.8
went back to school | 0.8
back to uni | 0.6
mature student | 0.9
open university | 0.8
part-time degree | 0.7
bird count | 0.6
big garden birdwatch | 0.8
bioblitz | 0.9
nature journal | 0.7
field guide | 0.7
microscope | 0.7
telescope | 0.6
stargazing | 0.5
fossil hunting | 0.8
fossils | 0.6
rock pooling | 0.5
rockpooling | 0.5
magnifying glass | 0.6
kitchen science | 0.9
kitchen experiment | 0.8
volcano experiment | 0.8
theory test | 0.5
reading challenge | 0.8
goodreads | 0.6
finished reading | 0.7
book review | 0.5
audiobook | 0.4
annotating* | 0.6
read up on | 0.5
rabbit hole | 0.6
wikipedia rabbit hole | 0.9
spaced repetition | 0.9
anki | 0.8
practice test | 0.6
study group | 0.8
study session | 0.8
cramming | 0.4
helped with homework | 0.8
times tables | 0.8
phonics | 0.8
spelling test | 0.6
learned to read | 0.9
new word | 0.5
word of the day | 0.7
etymology | 0.9
ask an expert | 0.7
volunteer tutor | 0.9
reading volunteer | 0.8
teaching assistant | 0.6
lesson plan | 0.8
my students | 0.8
my pupils | 0.8
pupils* | 0.5
taught a class | 0.8
museum visit | 0.6
science museum | 0.9
code club | 0.9
maths club | 0.8
chess club | 0.6
debate club | 0.7
spelling bee | 0.7
science fair | 0.8
book fair | 0.5
language exchange | 0.9
practising my spanish | 0.8
practicing my spanish | 0.8
# everyday uses that are not learning
learn more | 0.1
main course | 0.1
golf course | 0.1
in due course | 0.1
over the course | 0.1
case study | 0.2

[value animal_welfare]
animal welfare
animal rights
animal lover | 0.6
#animallover | 0.5
animals* | 0.3
rescue | 0.6
rescued | 0.8
rescue dog
rescue cat
rescue dogs
rescue cats
rescue animal
rescue horse
#rescuedog
#rescuecat
#rescuedogsofinstagram
#adoptdontshop
adopt don't shop
adopt dont shop
adopted | 0.5
adoption | 0.5
adopt | 0.5
shelter | 0.6
animal shelter
shelter dog
shelter dogs
rspca | 0.9
aspca | 0.9
battersea | 0.6
dogs trust | 0.9
cats protection | 0.9
humane society | 0.9
foster | 0.5
fostering | 0.5
foster dog
foster kitten
foster kittens
#fosteringsaveslives
sanctuary | 0.8
animal sanctuary
farm sanctuary
cruelty-free
cruelty free
#crueltyfree
not tested on animals
leaping bunny
vegan | 0.6
#vegan | 0.5
plant-based | 0.4
free-range | 0.5
free range | 0.5
high welfare | 0.8
pasture-raised | 0.5
wildlife | 0.6
wildlife rescue
wildlife rehab
wildlife hospital
hedgehog | 0.5
hedgehog house | 0.7
hedgehog highway | 0.8
bird feeder | 0.5
bird box | 0.5
bee hotel | 0.6
habitat | 0.5
endangered | 0.6
endangered species | 0.7
conservation* | 0.5
anti-poaching | 0.9
poaching | 0.4
spay | 0.8
neuter | 0.8
spayed | 0.7
neutered | 0.7
microchipped | 0.5
vet | 0.3
senior dog | 0.6
senior cat | 0.6
three-legged | 0.5
special needs dog | 0.8
stray | 0.6
strays | 0.6
street dogs | 0.6
street cats | 0.6
trap neuter return | 0.9
rehome | 0.8
rehomed | 0.8
rehoming | 0.8
forever home | 0.9
#foreverhome | 0.9
gotcha day | 0.9
#gotchaday | 0.9
adoption day | 0.9
respect animals
respect for animals
kind to animals
fur-free
fur free
faux fur | 0.6
vegan leather | 0.5
animal testing | 0.5
factory farming | 0.5
puppy farms | 0.4
ban trophy hunting
injured bird | 0.7
found a stray | 0.8
fur baby | 0.3
furbaby | 0.3
animal welfare charity
volunteer at the shelter
rescued from | 0.8
saved from | 0.4
# second pass: how brands and creators say it
never tested on animals
no animal testing
animal-free | 0.8
animal-friendly | 0.9
no animal products | 0.9
no animal ingredients | 0.9
certified vegan | 0.8
peta-approved | 0.9
animal care | 0.8
animal wellbeing | 0.9
higher welfare | 0.8
wildlife-friendly | 0.8
dolphin-safe | 0.8
mulesing-free | 0.9
non-mulesed | 0.9
responsible down | 0.7
animal charities | 0.8
animal rescue
pet adoption | 0.9
every animal deserves | 0.9
sentient | 0.8
sentience | 0.8
voice for animals | 0.8
voice for the voiceless | 0.8
protect wildlife | 0.9
wildlife protection | 0.9
wildlife conservation | 0.9
marine conservation | 0.7
ocean conservation | 0.7
save the bees | 0.7
save the whales | 0.7
no fur | 0.9
leather-free | 0.7
peace silk | 0.7
humanely raised | 0.6
stray animals | 0.8
feeding strays | 0.8
# third pass: scenes of animal care
rescue centre | 0.9
rescue center | 0.9
animal rescue centre
rehoming centre
injured animal | 0.9
injured wildlife
injured hedgehog | 0.9
injured fox | 0.9
injured swan | 0.9
injured owl | 0.9
hit by a car | 0.3
orphaned | 0.4
orphaned kittens
orphaned hoglets
orphaned fox cubs
orphaned lambs | 0.7
hoglet | 0.9
hedgehog rescue
hedgehog hospital
hedgehog sanctuary
hedgehog hole | 0.9
hedgehog food | 0.8
food for the hedgehogs | 0.9
water for the hedgehogs | 0.9
toad patrol
toad crossing
toads across the road | 0.9
frog crossing | 0.8
migrating toads | 0.9
fat balls | 0.6
feeding the birds | 0.7
fed the birds | 0.6
bird table | 0.5
nest box | 0.7
swift bricks | 0.8
bat box | 0.6
bat rescue
ground-nesting birds | 0.9
nesting birds | 0.8
nesting season | 0.8
keep your dog on a lead | 0.9
dogs on leads | 0.7
dog on a leash | 0.6
foster puppies | 0.9
foster cat | 0.9
foster fail | 0.9
#fosterfail | 0.8
bottle-feeding kittens | 0.9
bottle-fed kittens | 0.9
neonatal kittens | 0.9
kitten season | 0.8
vet bills | 0.7
vet fees | 0.6
paid the vet | 0.6
stray cat | 0.9
stray dog | 0.9
stray kitten
fed the strays | 0.8
feral cats | 0.7
feral colony | 0.9
colony cats | 0.8
tnr | 0.9
trap and neuter | 0.9
neutering campaign
spay and neuter
low-cost neutering
ex-battery hens
ex-batts | 0.9
rescue hens
rescue chickens
rehomed hens
battery hens | 0.5
rescue greyhound
retired greyhound | 0.8
ex-racing greyhound | 0.9
rescue pup
rescue puppy
rescue kitten
rescue rabbit
rescue bunnies
rescue pony
rescue donkey
donkey sanctuary
cat sanctuary
dog sanctuary
wildlife sanctuary | 0.9
bird sanctuary | 0.6
adopted a senior dog
adopted a dog | 0.9
adopted a cat | 0.9
adopted a kitten | 0.9
adopted a puppy | 0.8
adopted a greyhound
adopted a rabbit | 0.9
adopted two cats | 0.9
adopt an older dog
nobody wanted him | 0.4
adopted from the shelter
adopted from a rescue
shelter volunteer
dog walking volunteer | 0.9
walking shelter dogs
socialising kittens | 0.8
socialising the cats | 0.8
no-kill shelter
kill shelter | 0.7
puppy farm rescue
rescued from a puppy farm
tangled in fishing line | 0.9
entangled | 0.4
ghost nets | 0.6
released back into the wild
back into the wild | 0.8
nursed back to health | 0.6
wildlife rehabilitator
wildlife team | 0.7
wildlife trust | 0.7
rspb | 0.7
pdsa | 0.8
blue cross | 0.6
humane* | 0.7
humane trap | 0.8
put the spider outside | 0.6
carried the spider outside | 0.8
sugar water for the bee | 0.8
exhausted bee | 0.7
wildlife pond | 0.6
wildlife garden | 0.6
pet food bank | 0.9
pet food donations | 0.9
donated dog food | 0.9
donated to the shelter | 0.9
blankets for the shelter | 0.8
shelter wishlist | 0.9
sponsor a dog | 0.8
sponsored a donkey | 0.8
tripod dog | 0.8
blind dog | 0.6
deaf dog | 0.6
special needs cat | 0.8
adoption fee | 0.7
home check | 0.6
report animal cruelty | 0.9
animal cruelty | 0.5
cage-free | 0.6
rspca assured | 0.7
wildlife crossing | 0.8
stranded dolphin | 0.7
stranded whale | 0.7
beached whale | 0.5
marine rescue
turtle rescue
seal rescue
swan rescue
animal ambulance
lost dog | 0.4
lost cat | 0.4
missing cat | 0.4
missing dog | 0.4
dogs die in hot cars | 0.9
water bowl for dogs | 0.7
dog water bowl | 0.6
respect wildlife | 0.9
stunned bird | 0.8
baby bird | 0.5
fledgling | 0.5
from the pound | 0.7
dog pound | 0.5
deer crossing | 0.5
fox cubs | 0.4
in a hot car | 0.6
toads | 0.5
# everyday phrases that are not about animals
came to the rescue | 0.1
rescue remedy | 0.1
bus shelter | 0.1
animal print | 0.1
toad in the hole | 0.1

[value fairness]
fairness*
*fair | 0.5
fair trade
fairtrade
#fairtrade
fair pay
fair wage
fair wages
living wage
#livingwage
paid fairly
pay fairly
fairly paid
equal pay
#equalpay
gender pay gap | 0.8
pay gap | 0.8
workers' rights
workers rights
labour rights
labor rights
workers | 0.5
worker | 0.4
union | 0.4
unions | 0.4
trade union | 0.8
unionise | 0.8
unionize | 0.8
picket line | 0.7
collective bargaining | 0.8
justice
social justice
#socialjustice
injustice | 0.6
equality* | 0.7
equal treatment
equal rights | 0.8
equal opportunity | 0.8
equal opportunities | 0.8
human rights | 0.8
ethical | 0.7
ethically made
ethically sourced
ethical sourcing
#ethicalfashion
#ethicallymade
transparent supply chain | 0.8
supply chain | 0.4
#whomademyclothes
who made my clothes
garment workers | 0.8
factory workers | 0.5
sweatshop | 0.5
sweatshops | 0.5
exploitation | 0.5
child labour | 0.5
child labor | 0.5
modern slavery | 0.5
b corp | 0.8
bcorp | 0.8
#bcorp | 0.8
fair share | 0.7
paid internship | 0.8
paid interns | 0.8
pay interns | 0.8
tip well | 0.6
support farmers | 0.6
direct trade | 0.8
small farmers | 0.6
smallholders | 0.6
producers* | 0.3
cocoa farmers | 0.6
coffee farmers | 0.6
minimum wage | 0.4
underpaid | 0.5
overworked | 0.4
level playing field | 0.8
fair play | 0.6
dignity | 0.6
decent work | 0.8
working conditions | 0.7
safe working conditions | 0.8
fair price | 0.7
fair prices | 0.7
pay the artist | 0.8
pay artists | 0.8
#payartists | 0.8
credit the artist | 0.7
give credit | 0.5
consumer rights | 0.5
anti-discrimination | 0.8
discrimination | 0.4
stand with | 0.5
solidarity | 0.6
advocacy | 0.5
petition* | 0.5
fair treatment
treated fairly
fair deal | 0.6
wage theft | 0.6
pay transparency | 0.8
salary transparency | 0.8
everyone deserves | 0.6
deserve better | 0.5
ethical brand | 0.8
ethical brands | 0.8
traceable | 0.6
traceability | 0.6
# second pass: how brands and creators say it
fairly compensated
paid a fair wage
decent wages | 0.9
properly paid | 0.9
pay people properly | 0.9
well paid | 0.6
worker welfare | 0.9
worker wellbeing | 0.8
no child labour
no child labor
no forced labour
no forced labor
forced labour | 0.5
forced labor | 0.5
pay equity | 0.9
equal chances | 0.7
empower workers | 0.9
empowering women | 0.6
worker cooperatives | 0.8
farmer-owned | 0.8
worker-owned | 0.9
employee-owned | 0.9
direct from farmers | 0.8
ethical trade | 0.9
wage transparency | 0.8
no sweatshops
no exploitation
exploitation-free
profit sharing | 0.8
equitable | 0.9
respect for workers | 0.8
paid leave | 0.6
parental leave | 0.6
sick pay | 0.7
audited factories | 0.8
social audits | 0.8
third-party audits | 0.7
supplier code of conduct | 0.7
dignified work | 0.9
dignity at work | 0.8
same pay | 0.7
fairer | 0.8
responsibly sourced | 0.6
no middlemen | 0.5
# "work ethic" is not ethics
work ethic | 0.1
# third pass: scenes of fair pay and fair dealing
interns are paid
paid from day one | 0.8
same hourly rate | 0.9
same rate | 0.6
paid the same | 0.7
equal share | 0.8
split the tips | 0.9
tips equally | 0.8
share of the tips | 0.8
full rate | 0.6
paid her full rate | 0.9
paid on time | 0.6
pay suppliers on time | 0.9
paid our suppliers | 0.7
invoices on time | 0.7
paid within 30 days | 0.7
credited the photographer | 0.9
tagged the artist | 0.7
paid for the licence | 0.8
paid for the license | 0.8
asked permission | 0.5
share in the profits | 0.9
employee ownership | 0.9
joined the picket | 0.9
on strike | 0.8
went on strike | 0.9
strike action | 0.8
general strike | 0.7
striking workers | 0.8
right to strike | 0.8
holiday pay | 0.7
proper contracts | 0.8
guaranteed hours | 0.8
delivery riders | 0.5
gig workers | 0.7
audited our pay | 0.9
pay audit | 0.9
gender pay audit
same job same pay
equal work | 0.7
paid farmers | 0.8
pay farmers | 0.8
farmgate price | 0.7
farm-gate price | 0.7
what the farmer earns | 0.8
directly from a cooperative | 0.9
sweatshop-free | 0.9
seamstresses | 0.5
pay our seamstresses | 0.9
publish our wages | 0.9
publish salaries | 0.9
published our salaries | 0.9
salary bands | 0.7
open salaries | 0.9
salary in the job advert | 0.8
paid trial shift | 0.8
gave the team a pay rise | 0.8
paid overtime | 0.8
overtime is paid | 0.8
pay our taxes | 0.6
paid our taxes | 0.6
legal aid | 0.6
tenants' rights | 0.8
renters' rights | 0.8
disability rights | 0.7
took turns | 0.5
take turns | 0.5
share equally | 0.8
split equally | 0.7
pay people what they're worth | 0.9
paid what they're worth | 0.8
fair to our suppliers | 0.8
boycott | 0.5
paid within a week | 0.7
pay freelancers on time | 0.9
paid our freelancers | 0.8
real wage | 0.7
same day rate | 0.8
paid within | 0.6
decent tip | 0.7
same pension scheme | 0.7
refuse to do unpaid | 0.9
refuse to do unpaid trials | 0.9
no unpaid internships | 0.9
# everyday uses of "fair" that are not fairness
fair enough | 0.1
to be fair | 0.1
in all fairness | 0.3
funfair | 0.1
fun fair | 0.1
fair skin | 0.1
fair hair | 0.1
fair weather | 0.1
job fair | 0.1
trade fair | 0.1
book fair | 0.1
science fair | 0.1
craft fair | 0.1
village fair | 0.1
summer fair | 0.1
christmas fair | 0.1
school fair | 0.1
county fair | 0.1
affair | 0.1
european union | 0.1
union jack | 0.1
student union | 0.1

[value tradition]
tradition
traditions
traditional
traditionally
heritage
#heritage
ancestral
ancestors
ancestry | 0.8
generation* | 0.6
passed down | 0.8
handed down | 0.8
old recipe | 0.9
old recipes | 0.9
family recipe | 0.8
grandma's recipe
granny's recipe
nan's recipe
mum's recipe | 0.7
old-fashioned | 0.6
old fashioned | 0.5
time-honoured
time-honored
age-old
centuries-old
century-old | 0.9
*folk | 0.7
folklore
folk music | 0.9
folk dance | 0.9
folk song | 0.9
folk songs | 0.9
folk costume | 0.9
morris dancing | 0.9
maypole | 0.9
ceilidh | 0.9
highland games | 0.9
bagpipes | 0.8
tartan | 0.5
kilt | 0.5
harvest festival | 0.9
harvest | 0.4
bonfire night | 0.6
pancake day | 0.6
shrove tuesday | 0.7
easter | 0.4
christmas | 0.3
advent | 0.5
christmas pudding | 0.6
mince pies | 0.5
yule | 0.6
thanksgiving | 0.5
diwali | 0.5
eid | 0.5
hanukkah | 0.5
lunar new year | 0.5
chinese new year | 0.5
ramadan | 0.5
passover | 0.5
burns night | 0.7
st patrick's day | 0.4
ritual | 0.5
rituals | 0.5
every year we | 0.4
local history | 0.9
history | 0.4
historic | 0.5
historical | 0.5
listed building | 0.5
restoration | 0.4
vintage | 0.3
antique | 0.5
antiques | 0.5
heirloom | 0.6
family heirloom
ancestral craft
heritage craft
heritage crafts
old ways | 0.8
the old way | 0.8
the traditional way
like grandma used to make
my grandmother's | 0.5
my grandfather's | 0.5
hand-me-down | 0.4
indigenous | 0.5
roots | 0.4
our roots | 0.8
culture | 0.4
cultural | 0.5
homeland | 0.5
regional dish | 0.8
local dish | 0.6
local specialty | 0.6
local speciality | 0.6
dialect | 0.6
mother tongue | 0.5
sunday roast | 0.5
afternoon tea | 0.4
cornish pasty | 0.5
real ale | 0.4
ancient | 0.5
old-school | 0.4
old school | 0.3
nostalgia | 0.4
nostalgic | 0.4
the good old days | 0.5
timeless | 0.5
genealogy | 0.8
family tree | 0.6
storytelling | 0.3
preserves | 0.4
pickling | 0.4
jam making | 0.5
canning | 0.4
stone-ground | 0.5
wood-fired | 0.5
heritage breed | 0.6
heritage grain | 0.6
heirloom tomatoes | 0.4
for generations | 0.9
for centuries | 0.8
our grandparents | 0.6
old traditions
keep the tradition alive
carry on the tradition
village festival | 0.7
fiesta | 0.4
# second pass: how brands and creators say it
grandmother's recipe
grandmothers' recipes
recipes of our grandmothers
recipe from grandma | 0.9
nonna's recipe | 0.9
established in | 0.5
over a century | 0.8
generation after generation | 0.9
from generation to generation | 0.9
time-tested | 0.8
old-world | 0.7
the old-fashioned way | 0.9
authentic recipe | 0.8
original recipe | 0.8
classic recipe | 0.6
regional specialties | 0.8
regional produce | 0.6
protected designation of origin | 0.7
legacy | 0.4
folk art | 0.9
where we come from | 0.7
long history | 0.6
national dish | 0.7
bygone | 0.6
yesteryear | 0.6
forefathers | 0.7
forebears | 0.7
decades-old | 0.6
terroir | 0.5
lost art | 0.7
dying art | 0.6
local customs | 0.8
old customs | 0.8
# third pass: scenes of customs kept and handed down
great-grandfather | 0.8
great-grandmother | 0.8
great-grandparents | 0.9
great grandma | 0.8
great grandad | 0.8
village fair | 0.8
county fair | 0.6
country fair | 0.7
agricultural show | 0.8
county show | 0.7
ploughing match | 0.9
sheepdog trials | 0.8
steam rally | 0.8
steam fair | 0.8
traction engine | 0.7
vintage tractors | 0.6
pilgrimage | 0.8
pilgrims | 0.5
holy well | 0.8
patron saint | 0.8
saint's day | 0.8
feast day | 0.8
procession* | 0.6
blessing of the boats | 0.9
well dressing
carnival masks | 0.9
masquerade | 0.4
the way my grandmother did | 0.9
the way grandma did | 0.9
the way my grandmother taught
like my grandmother used to | 0.9
like my nan used to | 0.9
just like my nan | 0.6
grandmother taught | 0.9
grandma taught | 0.9
granny taught | 0.9
nan taught | 0.9
grandad taught | 0.9
grandfather taught | 0.9
father taught | 0.6
mother taught | 0.6
dad taught | 0.5
mum taught | 0.5
as our grandparents did
as my grandmother did
like our grandparents did | 0.9
since my grandfather's time
in my grandfather's day | 0.9
in my grandmother's day | 0.9
in the old days | 0.7
olden days | 0.7
old-timers | 0.6
national costume | 0.8
dirndl | 0.6
lederhosen | 0.6
village blacksmith | 0.8
thatched cottage | 0.5
thatched roof | 0.5
harvest supper | 0.9
harvest home | 0.8
corn dolly
wassail
mummers
mummers play
plough monday
may day | 0.6
may queen | 0.9
morris dancers | 0.9
morris side | 0.9
morris men | 0.9
sword dancing | 0.8
clog dancing | 0.9
barn dance | 0.7
square dance | 0.6
bell ringing | 0.9
bell ringers | 0.9
change ringing | 0.9
church bells | 0.5
brass band | 0.6
pipe band | 0.8
folk club | 0.9
sea shanty | 0.8
shanty | 0.5
ballads | 0.5
fiddle tunes | 0.7
trad session | 0.8
irish dancing | 0.8
highland dancing | 0.9
scottish country dancing | 0.9
eisteddfod
gaelic | 0.7
welsh language | 0.7
cornish language | 0.8
irish language | 0.7
stir-up sunday
christmas cake | 0.5
yule log | 0.7
boxing day swim | 0.8
first footing
hogmanay | 0.7
auld lang syne | 0.7
burns supper | 0.9
haggis | 0.4
pancake race | 0.8
hot cross buns | 0.6
simnel cake | 0.9
easter bread | 0.8
egg rolling | 0.8
easter bonnet | 0.6
guy fawkes | 0.6
midsummer | 0.7
solstice | 0.5
beltane | 0.8
samhain | 0.7
lammas | 0.9
candlemas | 0.9
michaelmas | 0.9
twelfth night | 0.7
whitsun | 0.8
beating the bounds
cheese rolling | 0.9
remembrance sunday | 0.5
thanksgiving dinner | 0.6
day of the dead | 0.8
ofrenda | 0.9
red envelopes | 0.7
mooncakes | 0.7
mid-autumn festival | 0.8
dragon boat | 0.6
henna night | 0.7
mehndi | 0.5
rangoli | 0.8
iftar | 0.5
seder | 0.7
shabbat | 0.6
challah | 0.5
kwanzaa | 0.7
juneteenth | 0.6
name day | 0.7
st david's day | 0.6
st andrew's day | 0.6
st george's day | 0.6
bread oven | 0.6
hearth | 0.4
inglenook | 0.6
handwritten recipe | 0.9
recipe card | 0.5
recipe passed down
great-grandmother's recipe
local dialect | 0.9
regional dialect | 0.9
in dialect | 0.8
old sayings | 0.8
as my nan used to say | 0.9
as grandma used to say | 0.9
as my grandmother used to say | 0.9
my granny used to say | 0.9
folk wisdom | 0.9
old wives' tale | 0.5
proverb | 0.5
family farm | 0.6
fourth generation | 0.9
fifth generation | 0.9
sixth generation | 0.9
third generation | 0.7
second generation | 0.4
the family trade | 0.8
learned the trade | 0.8
learnt the trade | 0.8
village elders | 0.6
elders* | 0.4
history society | 0.8
old photos of the village | 0.8
old photographs | 0.5
parish records | 0.9
census records | 0.8
family history | 0.6
war memorial | 0.5
living history | 0.9
re-enactment | 0.7
reenactment | 0.7
reenactors | 0.7
heritage railway | 0.9
steam train | 0.5
old mill | 0.6
watermill | 0.7
windmill | 0.4
dry stone walling | 0.8
hedge laying
hedgelaying
coppicing | 0.8
charcoal burning | 0.7
bodging | 0.8
pole lathe | 0.8
basket weaving | 0.7
willow weaving | 0.8
lace making | 0.8
lacemaking | 0.8
bobbin lace | 0.9
spinning wheel | 0.8
hand spinning | 0.8
tatting* | 0.7
rag rug | 0.7
patchwork quilt | 0.6
quilting bee | 0.8
cider making | 0.7
cider press | 0.7
scrumpy | 0.6
mead | 0.4
soda bread | 0.6
bara brith | 0.8
welsh cakes | 0.7
pie and mash | 0.6
jellied eels | 0.7
ploughman's | 0.5
black pudding | 0.5
cullen skink | 0.7
lardy cake | 0.8
parkin | 0.8
figgy pudding | 0.7
grandmother's kitchen | 0.8
grandma's kitchen | 0.8
nan's kitchen | 0.8
grandfather clock | 0.5
family bible | 0.8
christening gown | 0.9
wore my mother's wedding dress
my grandmother's ring | 0.9
grandad's watch | 0.8
grandfather's watch | 0.8
my grandfather's tools | 0.9
grandad's tools | 0.9
grandmother's sewing machine | 0.9
nan's sewing machine | 0.9
keeping the craft alive | 0.9
keep the language alive | 0.9
refuse to let it die | 0.8
dying out | 0.5
since the 1700s | 0.9
since the 1800s | 0.8
since the 1900s | 0.6
for two hundred years | 0.8
for three hundred years | 0.9
for hundreds of years | 0.9
every christmas eve | 0.6
every easter | 0.6
the way it has always been done | 0.9
grandparents' language | 0.9
old stories | 0.7
tell the old stories | 0.8
folk tales | 0.9
folktales | 0.9
local legend | 0.6
myths and legends | 0.7
nonna | 0.5
nonno | 0.5
abuela | 0.5
abuelo | 0.5
babcia | 0.6
yiayia | 0.6
bubbe | 0.6
every christmas | 0.5
every december | 0.4
tamales | 0.4
pierogi | 0.5
like his father did | 0.6
like her mother did | 0.6
like my grandfather did | 0.8
like my grandmother did | 0.8
goes back centuries
dates back | 0.6
restored the old | 0.5
her handwriting | 0.5
in her handwriting | 0.6
great-uncle | 0.5
great-aunt | 0.5
# everyday uses that are not tradition
pop culture | 0.1
cancel culture | 0.1
company culture | 0.1
work culture | 0.1
hustle culture | 0.1
diet culture | 0.1
skincare ritual | 0.1
morning ritual | 0.1
evening ritual | 0.1
root cause | 0.1

[value humor]
funny
funniest
humor
humour
humorous
#humor
#humour
#funny
joke
jokes
joking
laugh
laughed
laughing
laughter
lol | 0.5
lmao | 0.5
lmfao | 0.5
rofl | 0.5
haha | 0.6
hahaha | 0.6
hahahaha | 0.6
hehe | 0.5
hilarious
comedy
comedian
comedic
stand-up comedy
standup comedy
stand-up show | 0.8
stand-up set | 0.8
meme
memes
#memes
#meme
pun
puns
punny
dad joke
dad jokes
#dadjokes
self-irony
self-deprecating
self deprecating
laugh at myself
irony | 0.5
ironic* | 0.4
sarcasm | 0.4
silly | 0.8
silliness
goofy | 0.8
goof | 0.7
banter | 0.8
prank | 0.7
pranked | 0.7
blooper | 0.9
bloopers | 0.9
outtakes | 0.8
fail | 0.4
fails | 0.5
#fail | 0.5
epic fail | 0.8
nailed it | 0.4
#nailedit | 0.6
plot twist | 0.7
me trying to | 0.5
relatable* | 0.5
#relatable | 0.5
cracked me up
crying laughing
wheeze | 0.4
giggle | 0.8
giggles | 0.8
chuckle | 0.8
witty
whimsy | 0.4
playful* | 0.7
fun | 0.4
having fun | 0.5
just for fun | 0.6
for the lols
for the laughs
tongue in cheek
tongue-in-cheek
cheeky | 0.5
lighten up | 0.4
parody
satire
satirical
spoof
caption this | 0.6
#captionthis | 0.6
fancy dress | 0.5
april fools
punchline
one-liner
one-liners
knock knock | 0.7
sitcom | 0.5
cartoon | 0.4
embarrassing | 0.3
awkward | 0.4
oops | 0.4
whoops | 0.4
classic me | 0.6
story of my life | 0.4
absolute unit | 0.5
chaos | 0.2
shenanigans | 0.8
tomfoolery
hijinks | 0.8
goofing around | 0.8
#funnyvideos
# second pass: how brands and creators say it
don't take ourselves too seriously
don't take ourselves seriously
never take ourselves too seriously
not taking ourselves too seriously
not taking ourselves seriously
without taking ourselves too seriously
doesn't take itself too seriously
doesn't take itself seriously
don't take yourself too seriously
don't take myself too seriously
never take yourself too seriously
never take myself too seriously
not taking myself too seriously
don't take life too seriously | 0.8
irreverent | 0.9
quirky | 0.6
light-hearted | 0.8
lighthearted | 0.8
fun-loving | 0.6
amusing | 0.5
put a smile on | 0.6
bring a smile | 0.6
make you smile | 0.6
raise a smile | 0.6
comic relief | 0.8
mischief | 0.7
mischievous | 0.7
absurdist | 0.7
deadpan | 0.8
wry | 0.6
slapstick | 0.9
skits | 0.8
wordplay | 0.8
play on words | 0.7
poke fun | 0.7
self-ironic | 0.9
running gag | 0.9
gags | 0.6
wacky | 0.8
zany | 0.8
goofball | 0.8
offbeat | 0.6
cheesy | 0.4
lighten the mood | 0.7
sharp wit | 0.8
quick wit | 0.8
dry wit | 0.8
just kidding | 0.6
# third pass: self-irony, comic understatement and everyday jokes
didn't go well | 0.7
did not go well | 0.7
it didn't go to plan | 0.7
did not go to plan | 0.7
went horribly wrong | 0.6
spoiler alert | 0.5
reader i failed | 0.9
my dignity | 0.6
left of my dignity | 0.9
my dignity left | 0.8
lost all dignity | 0.8
zero dignity | 0.8
no dignity | 0.6
dignity left the building
of course it rained | 0.8
because of course | 0.8
of course it did | 0.6
because why not | 0.6
ten out of ten would | 0.9
would do again | 0.4
zero out of ten | 0.8
typical me | 0.7
peak me | 0.6
on brand for me | 0.6
what could go wrong | 0.9
what could possibly go wrong
no idea what i'm doing | 0.8
technically alive | 0.8
by which i mean | 0.8
zero brain cells | 0.9
one brain cell | 0.8
two brain cells | 0.7
my last brain cell | 0.9
brain cell | 0.5
me, an adult | 0.8
a grown adult | 0.7
a fully grown adult | 0.8
adulting* | 0.6
#adulting | 0.6
adult with a mortgage | 0.8
mortal enemy | 0.7
arch-nemesis | 0.8
nemesis | 0.5
sworn enemy | 0.6
time is a construct
is a construct | 0.7
now a very expensive | 0.8
very expensive coat rack
expensive clothes rack
expensive clothes horse
not my finest hour
not my proudest moment
not my finest moment
not my best moment | 0.8
not ideal | 0.5
a bit of a disaster | 0.6
minor disaster | 0.6
total disaster | 0.5
absolute disaster | 0.6
absolute chaos | 0.7
utter chaos | 0.6
pure chaos | 0.6
chaotic | 0.4
controlled chaos | 0.5
chaos gremlin | 0.9
gremlin | 0.4
goblin mode | 0.8
unhinged | 0.5
could have gone better | 0.8
went as well as expected | 0.6
that escalated quickly
escalated quickly | 0.9
as one does | 0.8
as you do | 0.6
well that happened | 0.6
so that happened | 0.7
i regret nothing | 0.7
send help | 0.8
pray for me | 0.5
i'm deceased | 0.8
i'm dead | 0.4
cackling | 0.8
snort-laughed | 0.9
snorted | 0.5
belly laugh
in stitches | 0.9
died laughing
howling | 0.3
smirk | 0.4
the audacity | 0.6
the culprit | 0.5
main character | 0.5
main character energy | 0.8
villain era | 0.7
villain origin story | 0.9
origin story | 0.4
character development | 0.5
core memory | 0.5
side quest | 0.6
jk | 0.5
jokes aside | 0.8
only joking | 0.9
i'm kidding | 0.6
no joke | 0.1
no pun intended
pun not intended | 0.9
comic timing | 0.8
whoopee cushion | 0.9
fail compilation | 0.8
daft | 0.7
barmy | 0.5
bonkers | 0.6
absurd | 0.6
ludicrous | 0.5
preposterous | 0.5
buffoon | 0.5
class clown | 0.8
clowning around | 0.9
groan-worthy | 0.7
wrote a limerick | 0.8
mockumentary | 0.9
self-roast | 0.9
roast myself | 0.9
roast me | 0.6
my own worst enemy | 0.6
self-own | 0.8
clumsy | 0.5
clumsiest | 0.6
accident-prone | 0.6
butterfingers | 0.7
fell flat on my face | 0.8
face-planted | 0.8
faceplant | 0.8
walked into a glass door | 0.9
for legal reasons | 0.5
this is fine | 0.6
everything is fine | 0.7
the struggle is real | 0.8
sorry not sorry | 0.6
big mood | 0.5
me irl | 0.7
me when | 0.4
pov | 0.3
sarcastic | 0.5
tongue firmly in cheek
farce | 0.6
farcical | 0.6
dork | 0.5
dorky | 0.6
weirdo | 0.5
weird flex | 0.8
weird flex but ok | 0.9
chonky | 0.6
chonk | 0.6
chonker | 0.7
smol | 0.5
heckin | 0.7
derp | 0.7
derpy | 0.7
blep | 0.7
mlem | 0.7
dramatic reenactment | 0.8
dramatic re-enactment | 0.8
my therapist will hear about this
gone wrong | 0.5
lolol | 0.5
lololol | 0.5
lmaooo | 0.5
lmaoo | 0.5
ahaha | 0.5
ahahaha | 0.5
hahah | 0.5
bahaha | 0.6
bwahaha | 0.6
heh | 0.3
xd | 0.4
rotfl | 0.5
roflmao | 0.5
shitpost | 0.6
sketch comedy
doing a bit | 0.5
committed to the bit
*improv | 0.6
open mic | 0.4
panto | 0.5
pantomime | 0.5
googly eyes | 0.9
rubber chicken | 0.8
fake moustache | 0.7
inflatable dinosaur | 0.8
dinosaur costume | 0.6
silly hat | 0.8
in my defence | 0.6
in my defense | 0.6
allegedly | 0.4
had one job | 0.5
bold of me | 0.7
the bar is on the floor | 0.8
low bar | 0.4
lasted exactly | 0.6
smoke alarm | 0.4
set off the smoke alarm | 0.7
dog ate my homework | 0.8
mystery screws | 0.9
spare screws | 0.6
leftover screws | 0.6
i feel attacked | 0.8
personal attack | 0.5
why am i like this | 0.9
hold my beer | 0.8
send snacks | 0.7
the confidence i had | 0.7
i'll see myself out | 0.9
instructions unclear | 0.9
dear diary | 0.5
ask me how i know | 0.9
emotional damage | 0.8
my body said no | 0.8
in this economy | 0.8
well that went well | 0.8
a cautionary tale | 0.6
my bad | 0.3
told myself i'd only | 0.8
anyway here are | 0.5
anyway here's | 0.5
and i still talk about it | 0.7
in three acts | 0.7
judgy | 0.6
side-eye | 0.5
judging me | 0.5
mortifying | 0.4
walk of shame | 0.5
procrastinating | 0.3

[value ambition]
ambition
ambitious
win | 0.6
won | 0.7
winning | 0.6
winner
winners
#winning
victory
victorious
champion
champions
championship
medal | 0.8
gold medal
silver medal | 0.8
podium
#podium
first place
1st place
top spot | 0.8
record | 0.2
world record
new record
personal best
personal record
new pb | 0.9
#pb | 0.7
#personalbest
grind | 0.8
#grind
hustle | 0.8
#hustle
grindset
hard work | 0.8
#hardwork | 0.8
work hard | 0.8
discipline | 0.8
dedication* | 0.8
dedicated* | 0.4
determination* | 0.8
determined* | 0.6
relentless | 0.8
unstoppable | 0.8
no excuses | 0.8
#noexcuses | 0.8
goal | 0.6
goals | 0.6
#goals | 0.5
goal-setting | 0.8
crushed it | 0.8
crushing it | 0.8
smashed it | 0.7
level up | 0.7
levelled up | 0.7
leveled up | 0.7
next level | 0.4
success
successful | 0.9
#success
achieve | 0.9
achieved | 0.9
achievement | 0.9
accomplish* | 0.9
milestone | 0.7
milestones | 0.7
job promotion | 0.9
promotion at work | 0.9
got promoted
new job | 0.5
new role | 0.5
career | 0.6
#career | 0.5
ceo | 0.5
founder | 0.5
entrepreneur | 0.7
entrepreneurship | 0.7
#entrepreneur | 0.7
#entrepreneurlife | 0.8
startup | 0.4
scaling* | 0.3
revenue | 0.4
six figures | 0.8
seven figures | 0.8
growth | 0.3
girlboss | 0.6
#bossbabe | 0.6
motivation | 0.6
#motivation | 0.6
motivated | 0.5
mindset | 0.5
winning mindset
champion mindset
beast mode | 0.8
push harder | 0.7
push through | 0.5
no days off | 0.7
#nodaysoff | 0.7
5am club | 0.8
rise and grind
#riseandgrind
qualified | 0.5
qualify | 0.5
finals* | 0.5
competition | 0.6
*compete | 0.7
competing* | 0.7
competed* | 0.7
competitive | 0.7
race day | 0.5
finish line | 0.6
leaderboard | 0.7
ranking | 0.5
ranked | 0.5
outperform* | 0.7
performance* | 0.4
results* | 0.3
targets* | 0.3
dream big | 0.6
big goals | 0.8
chase your dreams | 0.6
chasing dreams | 0.6
make it happen | 0.6
keep pushing | 0.6
greatness* | 0.8
legacy | 0.4
elite | 0.5
award | 0.7
awards | 0.7
awarded | 0.7
award-winning | 0.7
nominated | 0.6
shortlisted | 0.6
top performer | 0.9
first ever | 0.4
hit my goal | 0.9
smashed my goal | 0.9
#goalcrusher | 0.9
# second pass: how brands and creators say it
never settle | 0.9
raise the bar | 0.8
set the standard | 0.7
high performance | 0.8
peak performance | 0.9
performance-driven | 0.8
results-driven | 0.8
driven | 0.4
be the best | 0.7
best version of yourself | 0.6
go the extra mile | 0.6
world-class | 0.8
world-leading | 0.7
industry-leading | 0.6
market leader | 0.6
pursuit of excellence
strive for excellence
strive | 0.6
high achievers | 0.9
aspire | 0.6
go-getter | 0.8
goal-getter | 0.8
limitless | 0.6
no limits | 0.7
push your limits | 0.6
record-breaking | 0.9
career growth | 0.8
career development | 0.8
professional development | 0.7
climb the ladder | 0.7
leadership | 0.6
future leaders | 0.8
elite athletes | 0.8
pro athletes | 0.6
train like a pro | 0.7
built for performance | 0.7
self-made | 0.8
bootstrapped | 0.6
trailblazer | 0.7
pioneer | 0.5
overachiever | 0.7
conquer | 0.6
work ethic | 0.9
# "won't" is not "won"
won't | 0.1
# third pass: scenes of goals reached
first marathon | 0.8
ran a marathon | 0.8
sub-4 | 0.6
promoted to | 0.7
head of department | 0.7
made partner | 0.9
made director | 0.8
up at five | 0.6
up at 5am | 0.8
5am | 0.5
4am | 0.5
side hustle | 0.9
side business | 0.8
funding round | 0.9
seed round | 0.9
series a | 0.6
investors | 0.5
pitch deck | 0.7
pitched to investors | 0.9
first client | 0.7
first customer | 0.7
first sale | 0.7
first hire | 0.7
hit our target | 0.9
smashed our target | 0.9
sales target | 0.5
revenue goal | 0.8
qualified for | 0.7
made the team | 0.6
got selected | 0.7
selected for | 0.6
call-up | 0.6
first cap | 0.7
passed the bar | 0.6
bar exam | 0.6
chartered | 0.5
certification* | 0.5
subscribers* | 0.4
10k subscribers | 0.8
hit 10k | 0.8
100k | 0.4
followers milestone | 0.8
10k followers | 0.8
hit ten thousand | 0.7
thousand subscribers | 0.7
million views | 0.6
first million | 0.8
bestseller | 0.7
sold out show | 0.8
book deal | 0.8
record deal | 0.8
dream job | 0.8
landed my dream | 0.9
landed the job | 0.7
got the job | 0.7
job offer | 0.6
broke my record | 0.9
beat my record | 0.9
beat my time | 0.8
fastest time | 0.7
all-time best | 0.8
set a record | 0.9
record time | 0.7
club record | 0.9
course record | 0.9
school record | 0.8
county record | 0.9
national record
record holder | 0.9
came first | 0.8
came second | 0.6
runner-up | 0.6
top three | 0.5
top of the league | 0.7
won the league | 0.9
won the title | 0.9
won gold
took gold | 0.9
won silver | 0.8
won bronze | 0.7
won the trophy | 0.9
lifted the trophy | 0.9
trophy cabinet | 0.7
consistency* | 0.5
outworked | 0.8
hungry for more | 0.6
next goal | 0.8
built a company | 0.8
built my business | 0.8
grew my business | 0.8
scale my business | 0.8
quit my job to start | 0.8
launch day | 0.6
went full-time | 0.7
my own boss | 0.8
acceptance letter | 0.7
accepted into | 0.6
med school | 0.6
law school | 0.5
climbed the ranks | 0.8
ranked up | 0.6
grandmaster | 0.6
signed my first | 0.7
ultramarathon | 0.8
ultra marathon | 0.8
finished the marathon | 0.8
marathon | 0.4
# everyday uses that are not ambition
chance to win | 0.1
enter to win | 0.1
win a free | 0.1
determined by | 0.1

[value luxury]
luxury
luxurious
#luxury
#luxurylifestyle
#luxurytravel
luxe | 0.8
vip
vip access
vip lounge
first class
first-class
business class | 0.7
private jet
yacht
yachts
superyacht
#yachtlife
champagne | 0.8
moët | 0.8
moet | 0.8
dom pérignon
dom perignon
caviar
oysters | 0.4
truffle | 0.4
wagyu | 0.6
michelin star
michelin-starred
michelin | 0.7
fine dining
tasting menu | 0.6
five-star
five star
5-star | 0.8
premium | 0.6
exclusive* | 0.6
exclusivity*
members-only
members only | 0.8
private club
invite-only
invitation only
limited edition | 0.6
designer* | 0.5
#designer | 0.6
haute couture
couture | 0.8
bespoke | 0.5
gucci
prada
chanel
louis vuitton
hermès
hermes
dior
cartier
rolex
patek philippe
audemars piguet
bentley
rolls-royce
rolls royce
lamborghini
ferrari
porsche | 0.7
maserati
aston martin
mclaren | 0.6
birkin
louboutin
balenciaga
versace
fendi
givenchy
saint laurent
ysl | 0.8
bulgari | 0.9
diamond | 0.6
diamonds | 0.6
gold watch
18k gold
penthouse
mansion
villa | 0.5
private villa
infinity pool | 0.5
*suite | 0.5
*suites | 0.5
presidential suite
butler
chauffeur
concierge
valet | 0.5
upgraded | 0.4
high-end
high end
top-shelf
top shelf
expensive taste
finer things
the finer things in life
treat yourself | 0.4
splurge | 0.6
splurged | 0.6
indulge | 0.5
indulgence | 0.5
opulent
opulence
lavish
glamorous | 0.8
glam | 0.4
elegant | 0.4
elegance | 0.4
sophisticated | 0.4
prestige
prestigious
status symbol
flex | 0.5
#flex | 0.5
bougie
boujee
baller | 0.8
ballin | 0.8
rich | 0.3
wealthy | 0.6
wealth | 0.4
millionaire | 0.6
billionaire | 0.6
old money | 0.6
#oldmoney | 0.6
quiet luxury
monaco | 0.8
st tropez | 0.8
saint-tropez | 0.8
maldives | 0.5
overwater villa
bottle service
gold-plated
cashmere | 0.5
ski chalet | 0.5
the ritz | 0.6
mandarin oriental | 0.8
supercar | 0.9
supercars | 0.9
#supercar | 0.9
#richlife | 0.9
# second pass: how brands and creators say it
discerning | 0.9
connoisseur | 0.7
refined taste | 0.9
exquisite | 0.8
sumptuous | 0.8
impeccable | 0.6
coveted | 0.6
sought-after | 0.6
finest | 0.6
upscale | 0.8
posh | 0.6
swanky | 0.8
plush | 0.5
glamour | 0.8
white-glove service | 0.9
white glove | 0.8
personal shopper | 0.8
private chef | 0.8
private dining | 0.7
private island | 0.9
private helicopter | 0.9
helicopter transfer | 0.8
by appointment only | 0.8
made to order | 0.4
monogrammed | 0.6
the best money can buy | 0.9
spare no expense | 0.9
no expense spared | 0.9
extravagant | 0.8
jet set | 0.8
jet-setter | 0.8
jetset | 0.8
haute cuisine | 0.8
grand cru | 0.8
premier cru | 0.7
haute horlogerie | 0.9
timepiece | 0.7
fine jewellery | 0.8
fine jewelry | 0.8
boutique hotel | 0.6
country club | 0.8
uncompromising | 0.5
pamper | 0.5
investment piece | 0.5
sports car | 0.6
glamping | 0.3
chateau | 0.5
for discerning customers
# "rich in protein" is not wealth
rich in | 0.1
# third pass: scenes of the high life
rooftop pool | 0.6
private pool | 0.7
wine pairing | 0.7
sommelier | 0.7
magnum of | 0.6
private terminal | 0.9
lounge access | 0.6
upgraded to business | 0.8
upgraded to first | 0.9
lie-flat | 0.6
private transfer | 0.6
boutique | 0.4
flagship store | 0.6
personal shopping | 0.8
numbered edition | 0.7
savile row | 0.9
spa weekend | 0.7
spa day | 0.5
robes and slippers | 0.6
room service | 0.5
turndown service | 0.8
grand hotel | 0.6
palace hotel | 0.7
the savoy | 0.8
claridge's | 0.9
the dorchester | 0.8
soho house | 0.8
members' club | 0.9
private members' club
submariner* | 0.7
richard mille
vacheron
tag heuer | 0.6
van cleef
tiffany | 0.5
bvlgari | 0.9
celine | 0.4
loewe | 0.7
bottega | 0.8
bottega veneta
valentino | 0.7
burberry | 0.6
moncler | 0.7
balmain | 0.8
miu miu | 0.8
loro piana
brunello cucinelli
tom ford | 0.8
jimmy choo | 0.8
manolo blahnik
goyard | 0.9
range rover | 0.6
g-wagon | 0.9
bugatti
maybach
net-a-porter | 0.7
harrods | 0.7
selfridges | 0.6
bond street | 0.7
rodeo drive | 0.8
courchevel | 0.9
st moritz | 0.9
gstaad | 0.9
bora bora | 0.6
the hamptons | 0.7
chef's table | 0.8
omakase | 0.7
lobster | 0.4
black truffle | 0.6
24k gold | 0.8
baccarat | 0.7
cristal | 0.9
krug | 0.9
front row | 0.5
fashion week | 0.5
red carpet | 0.6
gala | 0.5
black-tie | 0.6
private viewing | 0.7
private sale | 0.6
by invitation | 0.8
private chalet | 0.8
country estate | 0.7
second home | 0.6
holiday home | 0.5
housekeeper* | 0.6
splashed out | 0.6
designer bag | 0.9
designer handbag | 0.9
# everyday uses that are not luxury
exclusive discount | 0.1
exclusive code | 0.1
exclusive interview | 0.1
mutually exclusive | 0.1

[value frugality]
frugal
frugality
#frugal
#frugalliving
frugal living
thrifty
budget | 0.8
budgeting
#budgeting
on a budget
budget-friendly
budget friendly
savings* | 0.8
save money
saving money
saved money
money-saving
money saving
#moneysaving
#savemoney
cheap | 0.7
cheaper | 0.6
cheapest | 0.4
bargain | 0.8
bargains | 0.8
deal | 0.4
deals | 0.5
discount | 0.5
discounted | 0.5
clearance | 0.6
coupon | 0.8
coupons | 0.8
voucher | 0.5
vouchers | 0.5
cashback | 0.5
price match | 0.6
yellow sticker | 0.9
yellow stickers | 0.9
reduced section | 0.9
minimalism*
minimalist
#minimalism
#minimalist
minimal* | 0.4
declutter | 0.8
decluttering | 0.8
less is more | 0.7
buy less | 0.8
no-buy | 0.9
no buy | 0.8
#nobuy
no-spend
no spend
#nospend
no-spend month
low-buy | 0.9
low buy | 0.8
capsule wardrobe | 0.5
second-hand | 0.7
secondhand | 0.7
thrift* | 0.7
charity shop | 0.7
car boot | 0.8
car boot sale | 0.8
flea market | 0.6
facebook marketplace | 0.6
freecycle | 0.8
freebie | 0.5
freebies | 0.5
hand-me-downs | 0.6
diy | 0.5
homemade | 0.5
home-cooked | 0.5
homemade lunch | 0.8
packed lunch | 0.6
meal plan | 0.5
meal planning | 0.6
batch cook* | 0.6
leftovers | 0.6
grocery budget | 0.9
food budget | 0.9
aldi | 0.5
lidl | 0.5
own brand | 0.5
store brand | 0.5
hostel | 0.5
hostels | 0.5
budget travel | 0.8
couchsurf* | 0.5
camping | 0.3
spreadsheet | 0.3
sinking fund | 0.8
emergency fund | 0.8
debt-free
debt free
paid off | 0.5
pay off debt | 0.8
paying off debt | 0.8
financial independence | 0.6
penny pinching | 0.8
pinch pennies | 0.8
every penny | 0.7
thrifty living
make do and mend | 0.9
mend | 0.4
simple living | 0.8
simplicity | 0.6
simple life | 0.6
live simply | 0.8
within my means | 0.9
within your means | 0.9
needs vs wants | 0.8
cost of living | 0.4
affordable | 0.6
affordability | 0.5
inexpensive | 0.7
cost per wear | 0.8
value for money | 0.7
dupe | 0.5
dupes | 0.5
#dupe | 0.5
library card | 0.5
free entry | 0.4
cut back | 0.6
cutting back | 0.6
saving up | 0.8
piggy bank | 0.7
budget meals | 0.9
cheap eats | 0.8
bulk buy | 0.5
buy in bulk | 0.5
under budget | 0.9
half price | 0.5
#budgettravel | 0.8
# second pass: how brands and creators say it
low prices | 0.7
lowest prices | 0.6
affordable prices | 0.8
great value | 0.7
good value | 0.7
best value | 0.6
save more | 0.8
spend less | 0.9
without breaking the bank
won't break the bank
doesn't break the bank
didn't break the bank
no frills | 0.8
shoestring | 0.8
cost-effective | 0.6
cost-saving | 0.8
cost-conscious | 0.8
price-conscious | 0.8
money go further | 0.9
buy what you need | 0.7
only buy what you need | 0.9
less stuff | 0.8
own less | 0.8
fewer things | 0.7
essentials only | 0.7
just the essentials | 0.7
back to basics | 0.5
make do | 0.7
pre-owned | 0.6
preloved | 0.6
refurbished | 0.7
ex-display | 0.8
compare prices | 0.7
price comparison | 0.6
penny-wise | 0.7
savvy shoppers | 0.8
smart shopping | 0.6
low-cost | 0.7
student discount | 0.7
discount store | 0.7
dollar store | 0.7
pound shop | 0.7
op shop | 0.7
cheapskate | 0.6
# "deal with", "big deal" are not deals
deal with | 0.1
big deal | 0.1
# third pass: scenes of making money go further
meal prep | 0.6
for less than | 0.4
costs pennies | 0.9
for pennies | 0.7
next to nothing | 0.6
got it for free | 0.5
for free | 0.4
cancelled my subscriptions | 0.9
unused subscriptions | 0.8
uniform swap | 0.9
diy cleaner | 0.6
vinegar and bicarb | 0.7
instead of calling | 0.5
call-out fee | 0.6
saved a call-out fee
saved enough for | 0.8
saving for | 0.5
put aside | 0.6
money jar | 0.7
cut my own hair | 0.9
diy haircut | 0.8
home haircut | 0.7
walk to work | 0.5
saves me | 0.6
saved us | 0.6
reduced to clear | 0.9
whoops aisle | 0.9
reduced aisle | 0.9
too good to go | 0.8
spending freeze | 0.9
spending ban | 0.8
buy nothing | 0.8
buy nothing group | 0.9
buy nothing day | 0.8
budget spreadsheet | 0.9
envelope method | 0.9
cash stuffing | 0.9
cash envelopes | 0.8
unit price | 0.6
darned my socks | 0.8
borrowed instead of buying | 0.9
instead of buying | 0.5
rather than buy | 0.5
did without | 0.5
cheap and cheerful | 0.8
bulk cooking | 0.6
big pot of soup | 0.4
make it stretch | 0.6
turned the heating down | 0.6
heating off | 0.5
jumper instead of the heating | 0.8
extra jumper | 0.6
hot water bottle | 0.5
switched supplier | 0.5
free days out | 0.8
free activities | 0.8
free things to do | 0.7
picnic instead of | 0.6
brought a flask | 0.7
flask of tea | 0.5
homemade sandwiches | 0.6
bought nothing new
no new clothes | 0.9
debt payoff | 0.8
coffee at home | 0.6
made coffee at home | 0.7
latte factor | 0.8
sale rack | 0.6
in the sale | 0.4
bogof | 0.6
buy one get one free | 0.6
skint | 0.5
tight month | 0.6
thrift haul | 0.6
charity shop haul | 0.7
secondhand haul | 0.6
second-hand haul | 0.6
week of lunches | 0.6
# everyday uses that are not frugality
discount code | 0.1

[against sustainability]
haul | 0.8
#haul | 0.8
shein haul
fashion haul
clothing haul
try-on haul | 0.9
try on haul | 0.9
primark haul
fast fashion
shein | 0.7
temu | 0.6
wore it once | 0.8
only worn once | 0.7
throwaway | 0.7
disposable | 0.6
single-use
single use
plastic straws | 0.6
plastic cutlery | 0.6
paper plates | 0.4
bottled water | 0.5
new diesel
diesel pickup
diesel truck | 0.8
diesel | 0.4
jet ski
jetski
jet skiing
private jet
weekend flight
weekend flights
flew in for the weekend
quick flight | 0.7
short-haul flight | 0.5
frequent flyer | 0.5
air miles | 0.4
rolling coal
coal roller
straight pipe | 0.7
gas guzzler
gas-guzzler
monster truck | 0.4
speedboat | 0.5
powerboat | 0.5
new phone every year
upgrade every year
impulse buy | 0.5
impulse buys | 0.5
pr haul | 0.8
new wardrobe | 0.5
shopping spree | 0.5
balloon release
patio heater | 0.5
climate hoax
climate scam
ultra fast fashion
#shein | 0.8
#sheinhaul

[against animal_welfare]
trophy hunting
trophy hunt
trophy kill
trophy | 0.3
hunting trip | 0.8
big game hunting
big game | 0.6
my first kill | 0.9
bagged a | 0.5
shot a deer | 0.8
deer hunting | 0.8
hunting season | 0.6
duck hunting | 0.8
fox hunting
fox hunt
hunting | 0.5
fur coat
real fur
mink coat
mink | 0.6
fox fur
fur trim | 0.5
rodeo
bull riding | 0.8
bullfight
bullfighting
bullfights
corrida
matador
cockfight*
dogfight* | 0.6
dog fighting
greyhound racing | 0.6
circus animals
elephant ride | 0.8
elephant rides | 0.8
riding elephants | 0.8
swim with dolphins | 0.7
dolphin show | 0.8
tiger selfie
cub petting
exotic pet | 0.6
puppy mill | 0.5
foie gras | 0.7
veal | 0.4
shark fin | 0.8
ivory | 0.6
crocodile leather | 0.6
python skin | 0.6
exotic skins | 0.6
taxidermy | 0.5
pheasant shoot | 0.7
grouse shoot | 0.7
shooting party | 0.4

[against wellbeing]
crash diet
crash dieting
detox tea | 0.7
skinny tea | 0.8
juice cleanse | 0.6
starving myself
skip meals | 0.6
skipped meals | 0.6
energy drink
energy drinks
red bull | 0.6
monster energy | 0.6
pre-workout | 0.3
all-nighter
all nighter
pulled an all-nighter
no sleep
#nosleep
sleep is for the weak
sleep when i'm dead
three hours of sleep
running on coffee | 0.7
vape
vaping
vapes
juul
cigarette | 0.7
cigarettes | 0.7
smoking | 0.5
blackout drunk
hangover | 0.4
hungover | 0.4
bottomless brunch | 0.4
shots shots shots
binge | 0.5
binge drinking
bender | 0.6
sesh | 0.4
hustle until | 0.6
burn the midnight oil | 0.4
waist trainer | 0.6
fat burner | 0.6
fat burners | 0.6
diet pills
thinspo
#thinspo
lose weight fast | 0.7
rapid weight loss | 0.7
sunbed | 0.5
tanning bed | 0.5
doomscroll* | 0.4

[against kindness]
idiot
idiots
loser
losers
moron
morons
stupid | 0.5
dumb | 0.5
dumbest | 0.6
shut up
cry about it | 0.8
cope harder
stay mad
seethe
seething | 0.5
rage bait
ragebait
rage | 0.4
triggered | 0.5
crybaby | 0.6
pathetic | 0.6
ugly | 0.4
trash | 0.3
clowns | 0.5
get rekt
rekt | 0.7
haters | 0.4
dunk on | 0.5
nobody likes you
kill yourself
kys
go cry
you're dumb
brain dead
braindead
humiliated | 0.4
trolling | 0.5
troll | 0.4
mocking | 0.5
bully | 0.4
roasting my followers
l + ratio
ratio | 0.4
cry more
get a life | 0.6
# third pass: humiliating people for laughs, rage-bait
exposing my followers
laughing at my followers
laughing at a homeless
making fun of people | 0.7
made fun of people | 0.7
pointed and laughed | 0.8
public humiliation | 0.5
embarrassed him in front of | 0.6
prank on a homeless
homeless prank
rating strangers | 0.8
roasting strangers | 0.9
cringe compilation | 0.8
people of walmart | 0.9
laughing at the poor
snowflakes | 0.5
libtards
plebs | 0.6
peasants | 0.5
brokies | 0.8
broke boys | 0.7
get off my page | 0.6
cry harder | 0.9
laugh at them | 0.5
stay pressed | 0.7
you're ugly | 0.6
waste of space | 0.5
shut your mouth | 0.8
stfu | 0.9
gtfo | 0.7
dumbass | 0.8
dipshit | 0.8
imbecile | 0.8
cretin | 0.8
knobhead | 0.8
dickhead | 0.8
wanker | 0.8
twat | 0.8
outrage bait
start a fight in the comments | 0.9
fight in the comments | 0.6
this will make people angry | 0.8

[against frugality]
spending spree
shopping spree
treat yourself
#treatyourself
treat yo self
splurge | 0.6
splurged | 0.6
retail therapy
money is no object
money's no object
saving is for losers
saving money is for losers
broke mindset | 0.7
broke people | 0.6
you only live once | 0.6
yolo | 0.6
#yolo | 0.6
blew my paycheck
blew my paycheque
blew my wages
maxed out | 0.7
maxed out my credit card
buy now pay later | 0.7
klarna | 0.5
afterpay | 0.5
add to cart | 0.4
added to cart | 0.4
in every colour
in every color
impulse buy | 0.6
impulse purchase | 0.6
cost a fortune | 0.5
price tag | 0.3
haul | 0.4
life's too short to save

[against honesty]
never tried it but | 0.4
haven't tried it yet but | 0.4
obsessed with | 0.5
holy grail | 0.4
best product ever | 0.6
best thing ever | 0.3
life-changing | 0.5
life changing | 0.5
changed my life | 0.5
miracle | 0.5
miracle cure
guaranteed results
guaranteed | 0.3
not an ad
#notanad
not #ad
not an advert
fake reviews
buy followers
bought followers
fake followers
engagement pod | 0.7
facetune | 0.5
facetuned | 0.6
photoshopped | 0.4
trust me bro | 0.7
secret hack | 0.4
doctors hate
they don't want you to know
clickbait | 0.5
get rich quick
guaranteed income
dropshipping | 0.5
limited time only | 0.4
selling out fast | 0.4
can't live without | 0.4
# third pass: hiding the ad, praising what was never used
didn't tag it as an ad
no need to disclose
don't need to disclose
don't have to disclose
hide the ad | 0.9
hid the ad | 0.9
bury the hashtag | 0.9
doesn't look like an ad | 0.9
so it looks organic | 0.8
make it look organic
the brand wrote the caption | 0.9
brand sent the script | 0.8
they told me what to say | 0.9
paid me to say | 0.8
promote anything | 0.8
haven't even opened it | 0.6
before it even arrived | 0.9
before the package even arrived | 0.9
bought reviews
paid reviews | 0.6
review swap | 0.7
fake giveaway | 0.9
bought likes
buy likes
bought views
buy views | 0.9
botted* | 0.7
doctors don't want you | 0.9
one weird trick | 0.8
passive income | 0.3

[against inclusivity]
fat people
fatties*
fatso
old people shouldn't
boomers shouldn't
too old to | 0.5
too old for | 0.5
act your age | 0.5
real women | 0.6
real men | 0.5
man up | 0.6
like a girl | 0.5
throws like a girl
no fats
no fats no femmes
only skinny
ugly people
go back to your country
go back where you came from
foreigners* | 0.5
illegals* | 0.7
disabled people shouldn't
women can't | 0.3
women shouldn't
girls can't | 0.3
boys don't cry | 0.4
gender ideology | 0.6
only two genders
normal people | 0.5
women belong in the kitchen
get back in the kitchen
obese people | 0.6
overweight people | 0.5
no kids allowed | 0.4
# third pass: exclusion shown approvingly, in jokes and hiring
no one over fifty
no one over 50
no one over forty
no one over 40
nobody over fifty
nobody over 50
nobody over forty
nobody over 40
boomers can't | 0.9
boomers don't understand | 0.7
old people can't | 0.9
old people and technology | 0.7
too old to wear | 0.9
too old to hire
mutton dressed as lamb | 0.9
past her prime | 0.7
old hag | 0.9
senile | 0.6
too fat to
nobody wants to see | 0.7
no one wants to see | 0.7
shouldn't be wearing | 0.7
fatty | 0.8
lard-arse | 0.9
midget | 0.9
*cripple | 0.7
*retard
retarded*
spastic | 0.9
spaz | 0.9
schizo | 0.8
stealing our jobs | 0.9
immigrants ruin | 0.9
no blacks
ching chong
pikey | 0.9
chavs | 0.6
can't even speak english | 0.8
young and dynamic | 0.6
young dynamic team | 0.6
digital natives only | 0.8
native english speakers only | 0.8
native speakers only | 0.8
no girls allowed | 0.4
women are too emotional
hysterical woman | 0.5
make me a sandwich | 0.8
a woman's place | 0.6
not bad for a girl | 0.9
that's so gay | 0.6
no homo | 0.8
tranny
pick a gender | 0.8
identify as an attack helicopter
politically incorrect | 0.4
must be young | 0.9
young and attractive | 0.9
must be attractive | 0.9
imagine being over 40
imagine being over 50
at your age | 0.4

[against fairness]
cheapest labour
cheapest labor
paid them almost nothing
paid almost nothing
paid next to nothing
pay them nothing
unpaid intern
unpaid interns
unpaid internship
work for exposure
paid in exposure
for exposure | 0.7
cheap labour
cheap labor
outsourced to | 0.4
lowball* | 0.6
haggled them down | 0.6
haggled down | 0.5
squeezed suppliers
squeeze suppliers
union busting
union-busting
zero-hours contract | 0.6
zero hours contract | 0.6
no breaks | 0.5
unpaid overtime
work for free | 0.5
worked for free | 0.4
cheapest possible | 0.7
cheapest i could find | 0.7
who cares who made it
didn't tip | 0.5
no tip | 0.5
stiffed | 0.5
tax dodge | 0.6
tax avoidance | 0.4
cut wages | 0.8
slashed wages | 0.8
cut their pay | 0.8
# third pass: bragging about squeezing workers and suppliers
unpaid trial shift | 0.7
unpaid trial | 0.7
intern for free | 0.8
paid in pizza | 0.8
paid in experience | 0.9
great for your portfolio | 0.7
good for your portfolio | 0.7
for the exposure | 0.7
squeezed our suppliers
beat the supplier down | 0.8
negotiated them down | 0.7
negotiated the farmer down | 0.9
beat them down on price | 0.8
haggled the cleaner down | 0.9
no matter who made it
don't care who made | 0.9
don't care how it's made | 0.8
skimmed the tips | 0.6
never tip | 0.6
tipping is a scam | 0.7
cheap workers | 0.6
cheap staff | 0.6
cheaper to hire | 0.6
no raises | 0.6

[topic cycling]
bike
bikes
bicycle
bicycles
cycling
cyclist
cyclists
cycle | 0.6
cycled | 0.8
ride | 0.4
rode | 0.3
riding | 0.4
#cycling
#bikelife
#roadcycling
#cyclinglife
#lovecycling
road bike
gravel | 0.6
gravel bike
#gravelbike
mtb
mountain bike
mountain biking
e-bike
ebike
cargo bike
commuter bike
fixie
fixed gear
single speed | 0.7
bmx
tandem | 0.5
saddle | 0.7
chainring
cassette | 0.5
derailleur
shifters | 0.8
gears | 0.4
crank | 0.6
cranks | 0.6
pedal | 0.8
pedals | 0.8
pedalling
pedaling
clipless
cleats | 0.6
handlebar*
bar tape
drop bars
carbon frame | 0.8
steel frame | 0.7
tyre | 0.5
tyres | 0.5
tubeless | 0.8
inner tube | 0.8
puncture | 0.6
flat tyre | 0.6
wheelset
spokes* | 0.7
disc brakes | 0.7
helmet | 0.5
lycra | 0.7
bib shorts
bidon
bottle cage | 0.8
peloton | 0.7
sportive
gran fondo
criterium
crit | 0.4
time trial | 0.8
hill climb | 0.7
descent | 0.4
km | 0.3
kilometres | 0.3
elevation | 0.4
watts | 0.6
ftp | 0.6
cadence | 0.6
zwift
strava | 0.7
#strava | 0.7
komoot | 0.8
wahoo | 0.5
tour de france
giro | 0.7
vuelta | 0.7
velodrome
cycle path
cycle lane
bike lane
bike path
bike shop
bike fit
chain lube | 0.8
bikepacking
touring bike
panniers
mudguards
bike commute
bike to work
century ride
group ride
club run | 0.6
cafe stop | 0.7
headwind | 0.5
tailwind | 0.5
saddle sore
shimano
sram
campagnolo
brompton
cannondale
pinarello
cervelo
cervélo
# second pass: products and compounds
chamois | 0.7
bottom bracket | 0.9
groupset
dropper post | 0.9
seatpost | 0.9
freewheel | 0.8
rim brakes | 0.8
brake pads | 0.6
turbo trainer | 0.9
smart trainer | 0.7
indoor trainer | 0.7
power meter | 0.8
cyclocross
audax | 0.9
randonneur | 0.9
velo | 0.6
domestique | 0.9
singletrack | 0.9
hardtail | 0.9
full suspension | 0.8
enduro | 0.5
bunny hop | 0.6
clincher | 0.8
thru axle | 0.8
recumbent | 0.8
handcycle | 0.8
rapha | 0.8
cycling jersey
cycling shoes
flat tire | 0.6
tire pressure | 0.6

[topic food]
food | 0.6
#food
#foodie
foodie
recipe
recipes
#recipe
#recipes
cook | 0.8
cooking
cooked | 0.8
#cooking
bake
baking
baked | 0.8
#baking
bread
sourdough
dough
oven
stove | 0.7
kitchen | 0.5
ingredients
flour
butter
sugar | 0.5
garlic
onion
onions
olive oil
spices
herbs | 0.5
sauce
soup
stew
curry
pasta
noodles
rice | 0.5
pizza
burger
salad | 0.7
dessert
cake
cakes
cookies
biscuits | 0.8
pastry
brunch
breakfast | 0.7
lunch | 0.5
dinner | 0.6
meal | 0.7
meals | 0.7
snack | 0.7
snacks | 0.7
restaurant
cafe | 0.4
café | 0.4
bakery
chef
delicious
tasty
yummy
flavour
flavor
flavours
taste | 0.4
#foodporn
#instafood
#homecooking
home cooking
homemade | 0.5
roast | 0.5
grill | 0.7
grilled | 0.7
bbq
barbecue
vegetarian | 0.7
vegan | 0.4
marinade
knead*
simmer
sauté
saute
whisk
slow cooker
air fryer
cast iron | 0.5
cheese | 0.8
chocolate | 0.8
coffee | 0.4
wine | 0.4
cocktail | 0.4
leftovers | 0.6
meal prep
#mealprep
street food
takeaway | 0.6
menu | 0.5
dish | 0.5
tacos
sushi
ramen
dumplings
ferment*
kimchi
jam | 0.4
pickle* | 0.6
#foodblogger
tbsp
tsp
teaspoon
tablespoon
preheat
# second pass: products and compounds
spaghetti
lasagne
lasagna
risotto
gnocchi
pesto
tomato sauce
hummus
falafel
granola
porridge
oats | 0.7
smoothie | 0.8
pancakes
waffles | 0.8
omelette
eggs | 0.6
avocado | 0.8
toast | 0.4
sandwich | 0.8
casserole
roast chicken
pie | 0.5
crumble | 0.6
brownies
muffins
cupcakes
scones
croissant
baguette
focaccia
cinnamon | 0.8
paprika
cumin
turmeric | 0.6
chillies* | 0.7
chilli con carne
chilli flakes | 0.9
lentils
chickpeas
beans | 0.5
tofu
tempeh
quinoa
couscous
tortilla | 0.8
burrito
paella
stir-fry
fried rice
groceries | 0.6
supermarket | 0.5
butcher | 0.6
fishmonger | 0.7
greengrocer | 0.8
deli | 0.6
parmesan
mozzarella
cheddar
feta
yoghurt | 0.7
yogurt | 0.7
mayonnaise
ketchup | 0.8
vinegar | 0.6
soy sauce
miso | 0.8
hot sauce
seasoning* | 0.8
cookbook
chopping board | 0.7
saucepan | 0.9
frying pan | 0.8
wok | 0.8
dutch oven | 0.8
baking tray | 0.8
food processor | 0.9
stand mixer | 0.9
espresso | 0.5
matcha | 0.5
kombucha | 0.6
picnic | 0.5
meal kit | 0.9
ready meals | 0.7
takeout | 0.6
banana bread
tomatoes | 0.7
potatoes | 0.7
spinach | 0.7
broccoli | 0.7
cauliflower | 0.8
courgette | 0.8
zucchini | 0.8
aubergine | 0.8
eggplant | 0.8
mushrooms | 0.6
steak | 0.8
salmon | 0.6
prawns | 0.8
bacon | 0.7
sausage | 0.7
thyme | 0.8
oregano | 0.8
basil | 0.6

[topic fashion]
fashion
#fashion
#ootd
ootd
outfit
outfits
#outfitoftheday
style | 0.6
styled | 0.7
styling | 0.8
#style | 0.7
wardrobe
closet | 0.7
dress | 0.8
dresses
skirt
jeans
denim
jacket | 0.8
coat | 0.5
blazer
trousers
pants | 0.4
shirt | 0.8
t-shirt | 0.8
knitwear
jumper | 0.7
sweater | 0.8
hoodie | 0.8
cardigan
sneakers
trainers | 0.4
boots | 0.7
heels
shoes | 0.8
loafers
handbag
bag | 0.3
accessories | 0.8
jewellery
jewelry
earrings
necklace
scarf | 0.7
sunglasses | 0.5
runway
catwalk
fashion week
#fashionweek
designer* | 0.5
collection | 0.3
lookbook
capsule wardrobe
thrifted | 0.5
vintage | 0.4
streetwear
#streetwear
tailoring
linen | 0.5
cotton | 0.4
wool | 0.4
silk | 0.4
cashmere | 0.5
fabric | 0.5
textile*
sewing | 0.5
hemline
silhouette | 0.5
oversized | 0.5
trend | 0.5
trends | 0.5
aesthetic | 0.4
zara | 0.6
uniqlo | 0.6
shein | 0.5
try on haul
#grwm | 0.5
get ready with me | 0.5
fashion haul
stylist | 0.6
menswear
womenswear
couture
outfit inspo
#outfitinspo
#whatiwore
what i wore
layering | 0.4
mirror selfie | 0.4
#fashionblogger
#slowfashion | 0.6
# second pass: products and compounds
clothes
apparel | 0.9
garments | 0.8
outerwear | 0.9
footwear | 0.9
eyewear | 0.7
sportswear | 0.7
activewear | 0.6
athleisure | 0.8
loungewear | 0.8
swimwear | 0.8
lingerie | 0.8
ready-to-wear | 0.9
sneakerhead | 0.9
sweatshirt | 0.8
tracksuit | 0.7
leggings* | 0.6
bikini | 0.7
puffer jacket
trench coat
waistcoat | 0.8
beanie | 0.6
bracelet | 0.8
pendant | 0.7
brooch | 0.8
sandals | 0.8
flip-flops | 0.7
ballet flats
stilettos | 0.8
espadrilles
chelsea boots
brogues | 0.8
dungarees | 0.8
jumpsuit | 0.8
playsuit | 0.8
chinos | 0.8
cargo pants | 0.8
wide-leg | 0.8
crop top | 0.8
blouse | 0.8
crossbody | 0.8
boutique | 0.4

[topic beauty]
beauty*
#beauty
makeup
make-up
#makeup
skincare
skin care
#skincare
#skincareroutine
skincare routine
serum
moisturiser
moisturizer
cleanser
toner | 0.6
spf | 0.7
sunscreen
sunblock
retinol
niacinamide
hyaluronic acid
vitamin c serum
exfoliat*
face mask | 0.4
sheet mask
foundation | 0.5
concealer
mascara
eyeliner
eyeshadow
lipstick
lip gloss
lipgloss
lip balm | 0.5
blush | 0.6
bronzer
highlighter | 0.5
contour | 0.5
primer | 0.5
setting spray
brows
brow | 0.7
lashes
false lashes
nails | 0.8
manicure
pedicure
nail polish
gel nails
#nails
nail art
haircare
hair care
shampoo
conditioner | 0.7
hair mask
curls | 0.4
blowout | 0.5
hairstyle
haircut | 0.5
hair dye
balayage
salon | 0.5
fragrance
perfume
scent | 0.4
pores
acne
breakout
breakouts
complexion
glow | 0.4
dewy
glowy
#glowup | 0.4
sephora
the ordinary | 0.4
cerave
la roche-posay
drugstore | 0.5
swatch
swatches
shade | 0.4
undertone
undertones
vegan beauty
clean beauty
beauty routine
anti-aging
anti-ageing
wrinkles
fine lines
dark circles
dermatologist
facial
esthetician
lip filler
botox
beauty blender
#makeuptutorial
#beautytips
#motd
# second pass: products and compounds
cosmetics | 0.9
toiletries | 0.6
bb cream
cc cream
face oil | 0.8
eye cream | 0.9
night cream | 0.9
body lotion | 0.8
lotion | 0.6
body butter | 0.8
body wash | 0.7
shower gel | 0.7
bath bomb | 0.7
deodorant | 0.6
hand cream | 0.7
cuticle oil | 0.9
nail varnish
gel polish
micellar water
cleansing balm
double cleanse
salicylic acid
glycolic acid
peptides | 0.8
ceramides | 0.9
squalane | 0.9
hair oil | 0.7
hairspray | 0.8
hair dryer | 0.6
straighteners | 0.6
curling iron | 0.7
beard oil | 0.8
eau de parfum
cologne | 0.7
mua | 0.7
glass skin | 0.8
skin barrier | 0.8
sensitive skin | 0.7
oily skin | 0.8
dry skin | 0.7
skin type | 0.7
blackheads | 0.8
hyperpigmentation | 0.8
dermaplaning
microneedling
lash lift
brow lamination
fake tan | 0.8
self-tan | 0.8

[topic parenting]
parenting
#parenting
parent | 0.7
parents | 0.6
parenthood
motherhood
fatherhood
#momlife
#mumlife
#dadlife
#motherhood
mom | 0.6
mum | 0.6
dad | 0.6
baby | 0.8
babies
newborn
infant
toddler
toddlers
preschool
preschooler
kids | 0.7
children | 0.6
child | 0.6
kid | 0.5
son | 0.5
daughter | 0.5
pregnancy
pregnant
postpartum
breastfeeding
breastfeed
bottle feeding
nappy
nappies
diaper
diapers
potty training
teething
sleep regression
bedtime | 0.6
nap time
naptime
nursery | 0.6
daycare
childcare
school run
homework | 0.6
tantrum
tantrums
meltdown | 0.4
screen time | 0.4
playdate
playground | 0.7
pram
stroller
car seat
baby carrier
babywearing
baby-led weaning
weaning
lunchbox | 0.6
kids activities
sensory play
messy play
montessori
gentle parenting
#toddlerlife
toddler life
first steps | 0.6
first words
milestones | 0.4
paediatrician
pediatrician
midwife
due date
maternity leave
paternity leave
baby shower
gender reveal | 0.6
siblings | 0.6
sibling | 0.6
teenager | 0.6
teenagers | 0.6
tween
bedtime story
story time | 0.5
school holidays
half term
single mum
single mom
single dad
working mum
working mom
stay-at-home mum
stay-at-home mom
sahm
co-parenting
mum guilt
mom guilt
# second pass: products and compounds
baby monitor
changing bag | 0.8
baby bottle
formula milk | 0.8
pacifier | 0.8
cot | 0.6
crib | 0.5
moses basket
sleepsuit | 0.9
babygrow | 0.9
onesie | 0.5
high chair | 0.8
highchair | 0.8
playpen | 0.8
baby gym | 0.9
teether | 0.9
baby food
finger foods | 0.6
school uniform | 0.7
back to school | 0.6
picture books | 0.7
bath time | 0.7
bathtime | 0.7
sleep training | 0.9
night feeds | 0.9
colic | 0.8
baby wipes | 0.8
childminder | 0.9
nanny | 0.7
babysitter | 0.8
au pair | 0.8
kindergarten | 0.9
primary school | 0.7
soft play | 0.9
baby sensory | 0.9
toys | 0.6
educational toys | 0.8
wooden toys | 0.8
puberty | 0.7
trimester | 0.9
birth plan | 0.9
c-section | 0.9
maternity | 0.8
postnatal | 0.9
antenatal | 0.9
prenatal | 0.8
homeschool* | 0.6

[topic tech]
tech
#tech
technology
gadget
gadgets
smartphone
phone | 0.4
iphone
android
samsung
apple | 0.3
macbook
laptop
computer
desktop | 0.5
tablet | 0.4
ipad
smartwatch
apple watch
earbuds
airpods
headphones
noise cancelling
charger
usb-c
usb
battery life
battery | 0.4
screen | 0.3
oled
processor
cpu
gpu
chip | 0.3
ssd
software
hardware
app | 0.4
apps | 0.5
update | 0.3
firmware
operating system
ios
linux
macos
coding*
programming*
developer*
#coding
#programming
python | 0.5
javascript
github
open source
artificial intelligence
machine learning
chatgpt
llm
robot
robotics
drone
virtual reality
augmented reality
headset | 0.4
smart home
wifi
wi-fi
router
bluetooth
server | 0.6
servers | 0.6
cybersecurity
unboxing | 0.5
specs
benchmark
keyboard
mechanical keyboard
monitor | 0.4
desk setup
#desksetup
silicon valley
tech review
teardown
raspberry pi
arduino
3d printer
gadget review
firmware update
# second pass: products and compounds
journaling app | 0.8
mobile app | 0.8
web app | 0.8
saas | 0.8
cloud computing
database | 0.8
api | 0.7
algorithm | 0.6
ai | 0.6
generative ai
ai-powered | 0.8
chatbot | 0.8
neural network | 0.9
blockchain | 0.6
vr | 0.7
wearable | 0.7
fitness tracker | 0.8
smart ring | 0.8
e-reader | 0.8
kindle | 0.7
smart speaker | 0.9
mirrorless | 0.7
dslr | 0.7
webcam | 0.8
trackpad | 0.8
docking station | 0.8
power bank | 0.8
wireless charging | 0.8
5g | 0.7
broadband | 0.7
vpn | 0.8
password manager
antivirus | 0.8
malware | 0.8
encryption | 0.7
pull request
devops
frontend | 0.9
backend | 0.9
full-stack | 0.9
typescript
no-code | 0.8
coding bootcamp | 0.8
hackathon | 0.8
screen protector | 0.7
phone case | 0.7
chromebook | 0.9
source code | 0.8
write code | 0.8
graphics card | 0.8

[topic fitness]
fitness*
#fitness
#fitfam
gym
#gym
workout
workouts
#workout
training | 0.5
exercise
lifting*
weightlifting
powerlifting
deadlift
deadlifts
squat
squats
bench press
pull-ups
pull ups
pullups
push-ups
push ups
pushups
plank
burpees
reps
sets | 0.3
dumbbell*
barbell
kettlebell*
cardio
hiit
crossfit
running | 0.8
runner
run | 0.4
5k | 0.8
10k | 0.8
half marathon
marathon
parkrun | 0.7
jog
jogging
sprint* | 0.7
yoga | 0.5
pilates | 0.5
spin class
swimming | 0.4
protein | 0.6
protein shake
macros
calories | 0.5
gains*
muscle
muscles
abs
core | 0.3
glutes
leg day
arm day
#legday
personal trainer
coach | 0.3
stretching | 0.5
mobility* | 0.5
warm-up
warm up | 0.6
cool down | 0.4
rest day
recovery | 0.4
sweat | 0.5
sweaty | 0.4
#fitnessmotivation
gym selfie
#transformation
weight loss | 0.5
fat loss
bulking
physique
bodybuilding
athlete | 0.5
treadmill
rowing machine
resistance band*
personal best | 0.5
strength training
endurance
stamina
# second pass: products and compounds
bootcamp | 0.4
boot camp | 0.5
yoga mat | 0.8
foam roller | 0.9
free weights | 0.9
weights | 0.5
running shoes | 0.8
sports bra | 0.9
activewear | 0.8
heart rate | 0.7
vo2 max | 0.9
intervals | 0.6
tempo run | 0.8
long run | 0.7
triathlon | 0.9
duathlon | 0.9
ultramarathon | 0.9
trail running | 0.7
boxing* | 0.7
kickboxing | 0.9
martial arts | 0.8
jiu-jitsu | 0.9
bjj | 0.9
karate | 0.8
judo | 0.8
taekwondo | 0.9
calisthenics | 0.9
creatine | 0.9
supplements | 0.5
pre-workout | 0.8
electrolytes | 0.6
rowing* | 0.6
gym membership | 0.9

[topic travel]
travel
#travel
travelling
traveling
traveller
traveler
trip
#trip
holiday | 0.6
holidays | 0.5
vacation
#vacation
getaway
weekend away
city break
destination
itinerary
flight
flights
airport
plane | 0.5
boarding pass
passport
luggage
suitcase
carry-on | 0.5
hand luggage
backpack | 0.4
hotel
hostel
airbnb
resort
beach | 0.5
island | 0.5
sightseeing
tourist
tourists
tourism
guidebook
abroad
overseas
road trip
train journey
interrail
eurail
cruise
jet lag
jetlag
layover
visa | 0.4
travel tips
#traveltips
#travelgram
#wanderlust | 0.6
#instatravel
bucket list
backpacking
day trip
excursion
tour | 0.4
guided tour
old town | 0.4
landmark
souvenir
souvenirs
local food | 0.4
check-in | 0.4
departure
departures
arrivals*
terminal | 0.4
solo trip
#solotravel
travel diary
postcard
city guide
visited | 0.4
#travelblogger
#traveltheworld
# second pass: products and compounds
camping gear | 0.5
campsite | 0.6
glamping | 0.8
caravan | 0.7
motorhome | 0.8
campervan | 0.8
bed and breakfast | 0.8
guesthouse | 0.8
guest house | 0.8
homestay | 0.8
travel insurance | 0.8
packing list | 0.8
packing cubes | 0.9
travel adapter | 0.9
neck pillow | 0.7
airline | 0.8
rail pass | 0.8
ferry | 0.6
walking tour | 0.7
ski trip | 0.7
ski resort | 0.7
staycation | 0.9
honeymoon | 0.7
time zones | 0.5
stopover | 0.8
frequent flyer | 0.7
air miles | 0.6

[topic finance]
finance
#finance
personal finance
#personalfinance
money | 0.5
invest
investing
investment
investments
investor
#investing
stocks*
stock market
shares | 0.3
dividend
dividends
portfolio | 0.6
index fund
index funds
etf
etfs
pension
retirement
401k
stocks and shares isa
savings*
savings account
interest rate
interest rates
compound interest
mortgage
rent | 0.4
budget | 0.5
budgeting
debt
credit card
credit score
loan
loans
bank | 0.4
banking
crypto
cryptocurrency
bitcoin
ethereum
nft | 0.5
trading*
trader
forex
day trading
inflation
recession
economy | 0.4
tax | 0.6
taxes
tax return
income
salary
paycheck
paycheque
payday
side hustle
passive income
net worth
financial freedom
#financialfreedom
financial independence
wealth | 0.5
emergency fund
expenses
spending | 0.5
fees | 0.5
cash flow
cashflow
assets
liabilities
bonds
bear market
bull market
vanguard
robinhood
fintech
insurance | 0.4
#moneytips
money tips
# second pass: products and compounds
isa | 0.6
lifetime isa
premium bonds
high-yield savings
equities | 0.8
asset allocation
rebalancing | 0.8
fund | 0.4
mutual fund
hedge fund | 0.8
robo-advisor | 0.9
financial advisor | 0.9
financial adviser | 0.9
direct debit | 0.7
standing order | 0.6
overdraft | 0.8
bnpl | 0.6
apr | 0.7
bills | 0.4
utility bills | 0.7
energy bills | 0.6
council tax | 0.8
payslip | 0.8
pay rise | 0.6
invoice | 0.6
accountant* | 0.7
bookkeeping | 0.8
early retirement | 0.9
annuity | 0.9
market crash | 0.8
stablecoin | 0.9
altcoins | 0.9

[topic gaming]
gaming*
#gaming
gamer
gamers
#gamer
video game
video games
videogames
playstation
ps5
xbox
nintendo
nintendo switch
steam | 0.4
steam deck
pc gaming
console
controller* | 0.6
twitch
streamer
streaming | 0.4
livestream
let's play | 0.5
speedrun
speedrunning
esports
e-sports
tournament | 0.4
multiplayer
single-player
co-op | 0.4
fps | 0.4
rpg
mmo
mmorpg
open world
boss fight
respawn
loot
quest | 0.5
dungeon
raid | 0.4
minecraft
fortnite
roblox
zelda
mario
pokemon
pokémon
elden ring
call of duty
league of legends
valorant
gta
gaming setup
gaming chair
discord | 0.5
patch notes
dlc
indie game
retro gaming
#retrogaming
arcade
board game | 0.4
board games | 0.4
tabletop
dungeons and dragons
dnd | 0.5
achievement unlocked
noob
#gamingcommunity
#twitchstreamer
# second pass: products and compounds
gamepad | 0.9
joystick | 0.8
ps4 | 0.9
game pass | 0.9
playthrough | 0.9
walkthrough | 0.6
npc | 0.8
pvp | 0.9
pve | 0.9
battle royale
moba | 0.9
roguelike | 0.9
roguelite | 0.9
metroidvania
soulslike | 0.9
jrpg
cozy games | 0.9
cosy games | 0.9
game dev | 0.8
gamedev | 0.9
unreal engine | 0.8
modding* | 0.8
speedrunner | 0.9
gg | 0.6
lan party | 0.9
warhammer | 0.8
ttrpg
boss battle | 0.8
game boy | 0.8
sega | 0.8
atari | 0.8
gamertag | 0.9
graphics card | 0.6

[topic home]
home | 0.3
#home
#homedecor
home decor
interior
interiors
#interiordesign
interior design
decor
decorating
living room
bedroom
kitchen | 0.4
bathroom
renovation
renovating
reno
#renovation
diy | 0.7
#diy | 0.7
#homediy
home improvement
paint | 0.4
wallpaper
shelves
shelf
shelving
furniture
sofa
couch
rug
cushions
curtains
lighting | 0.4
lamp
candles | 0.4
houseplants
#houseplants
plants | 0.4
garden
gardening
#gardening
allotment
veg patch
vegetable garden
raised beds
seeds | 0.6
sowing
seedlings
compost | 0.5
lawn
mowing
pruning
weeding
greenhouse
flower bed
patio
decking
fence
shed | 0.5
power tools
drill | 0.6
sanding | 0.5
tiling
tiles
plastering
flooring
floorboards
upcycle | 0.4
upcycling | 0.4
makeover
before and after | 0.6
room makeover
cleaning* | 0.6
clean with me
declutter | 0.5
storage | 0.4
ikea
ikea hack
cosy | 0.4
cozy | 0.4
hygge
homeware
homewares
open plan
loft conversion
first home
new home
moving house
homeowner
# second pass: products and compounds
cleaning products | 0.9
detergent | 0.8
washing-up liquid | 0.8
laundry | 0.8
washing machine | 0.8
dishwasher | 0.7
vacuum | 0.6
hoover | 0.6
mop | 0.6
bleach | 0.5
spring clean | 0.8
deep clean | 0.7
pantry | 0.6
utility room | 0.8
hallway | 0.7
dining room | 0.8
kitchen island | 0.8
worktop | 0.8
countertop | 0.7
radiator | 0.6
boiler | 0.6
insulation | 0.6
feature wall | 0.9
gallery wall | 0.8
bedding* | 0.8
duvet | 0.7
throw pillows | 0.7
monstera | 0.8
succulents | 0.6
potting* | 0.7
planters | 0.6
garden centre | 0.9
lawnmower | 0.9
perennials | 0.8
polytunnel | 0.9
garden office | 0.8
flat-pack | 0.7
toolbox | 0.7
screwdriver | 0.7
sandpaper | 0.7
grout | 0.8
caulk | 0.8
skirting boards | 0.9
conservatory | 0.7
porch | 0.6
home office | 0.7
smart thermostat | 0.7
air purifier | 0.6

[topic pets]
pet
pets
#pets
dog
dogs
#dog
#dogsofinstagram
puppy
puppies
pup
pupper
doggo
cat
cats
#cat
#catsofinstagram
kitten
kittens
kitty
rabbit
bunny | 0.7
hamster
guinea pig
parrot
budgie
fish tank
aquarium
tortoise
horse | 0.6
pony
dog walk
walkies
dog walker
dog park
leash
harness | 0.4
collar | 0.5
vet
vets
veterinary
kibble
dog food
cat food
treats | 0.3
chew toy
dog toy
squeaky
grooming | 0.5
groomer
dog groomer
litter box
litter tray
scratching post
catnip
fetch | 0.5
zoomies
belly rubs
paws
paw
fur baby
furbaby
#furbaby
good boy
woof
meow
purr
purring
barking
tail wagging
puppy training
dog training
crate training
rescue dog | 0.6
breed | 0.4
labrador
golden retriever
spaniel
terrier
border collie
dachshund
french bulldog
frenchie
pug
greyhound
whippet
husky
corgi
poodle
cockapoo
beagle
tabby
maine coon
#petsofinstagram
pet parent
dog mum
dog mom
dog dad
cat mum
cat mom
cat lady
# second pass: products and compounds
dog treats | 0.9
cat treats | 0.9
cat tree | 0.9
cat flap | 0.9
raw feeding | 0.7
wet food | 0.6
flea | 0.7
worming* | 0.7
muzzle | 0.6
kennel | 0.8
cattery | 0.9
dog sitter | 0.9
canine | 0.9
feline | 0.9
pooch | 0.9
mutt | 0.7
moggy | 0.8
hound | 0.7
pupdate | 0.9
cavapoo | 0.9
labradoodle | 0.9
goldendoodle | 0.9
shih tzu | 0.9
chihuahua | 0.9
staffie | 0.9
jack russell | 0.9
schnauzer | 0.9
german shepherd | 0.9
bulldog | 0.9
ragdoll | 0.7
british shorthair | 0.9
ferret | 0.8
gerbil | 0.9
chinchilla | 0.8
gecko | 0.6
backyard chickens | 0.8
goldfish | 0.9
axolotl | 0.7
cockatiel | 0.9
parakeet | 0.8
equestrian | 0.6

# Jokes at a group's expense (see the README, "How cues combine").
[joke]
haha*
hehe*
lol
lmao
lmfao
rofl
jk
just kidding*
only kidding*
i'm kidding*
just joking
only joking
i'm joking
just a joke
only a joke
no offence
no offense
sorry not sorry
dark humour
dark humor

[mocked inclusivity]
# Group words that also show inclusivity elsewhere ("classes for the over-60s") are listed
# too: named in a joke, they count against it instead (see src/data/README.md).
the over-60s | 0.6
the over-70s | 0.6
pensioners | 0.5
seniors | 0.4
older people | 0.4
immigrants | 0.4
migrants | 0.4
disabled people | 0.5
wheelchair users | 0.5
# age
old people | 0.6
old people smell | 1.0
old codgers | 0.9
old geezers | 0.8
old biddies | 1.0
old crones | 1.0
little old ladies | 0.6
coffin dodgers | 1.0
blue rinse brigade | 0.9
elderly people | 0.4
elderly drivers | 0.6
senior citizens | 0.4
boomers | 0.5
oaps | 0.6
the over-40s | 0.5
the over-50s | 0.5
the over-80s | 0.5
at his age | 0.4
at her age | 0.4
at their age | 0.4
in his seventies | 0.4
in her seventies | 0.4
a man of 70 | 0.4
a woman of 70 | 0.4
one foot in the grave | 0.7
belongs in a nursing home | 0.9
# body ("fat people", "fatties", "obese people", "overweight people" are in [against inclusivity])
the fat ones | 0.8
fat folks | 0.8
fat chicks | 1.0
fat slobs | 1.0
fat pigs | 0.9
fat cows | 1.0
land whales | 1.0
landwhales | 1.0
beached whale | 0.8
lardass | 1.0
chubby people | 0.6
the chubby ones | 0.6
big boned | 0.5
built like a fridge | 0.9
thunder thighs | 1.0
bingo wings | 0.9
the obese* | 0.5
the overweight | 0.5
manlets | 1.0
# origin ("foreigners", "illegals" are against; "immigrants", "migrants", "refugee" show inclusivity)
those people | 0.4
typical foreigner | 0.8
illegal aliens | 0.9
fresh off the boat | 0.9
wetbacks | 1.0
beaners | 1.0
gooks | 1.0
wogs | 1.0
pakis | 1.0
towelheads | 1.0
ragheads | 1.0
gyppos | 1.0
polacks | 1.0
krauts | 0.9
# disability ("disabled", "wheelchair", "blind", "deaf" show inclusivity; "retard", "spastic", "midget" are against)
handicapped people | 0.6
cripples*
retards*
mongs | 1.0
mongoloids | 1.0
spackers | 1.0
window lickers | 1.0
short bus | 0.9
# gender ("like a girl", "real men", "real women" are in [against inclusivity])
women drivers | 0.6
woman driver | 0.7
typical woman | 0.8
typical women | 0.8
a real man | 0.5
nagging wife | 0.8
nagging wives | 0.8
hormonal women | 0.8
dumb blondes | 0.8
blonde jokes | 0.8
feminazis | 0.9
sissies | 0.8

[mocked kindness]
# Words that address or point at a person being laughed at. They count against kindness
# only in a text that jokes or mocks and does not itself show kindness (see src/data/README.md).
# Address forms only as put-down phrases: "sweetie", "honey", "buddy", "mate" alone are mostly friendly.
# "you look like" / "looks like a" are left out: "you", "he", "she" are stopwords, so they would
# match every "looks like" ("looks like rain lol"); comparisons below carry a content word.
# condescending address
sorry sweetie | 0.6
ok sweetie | 0.6
oh sweetie | 0.5
oh honey | 0.5
sorry hun | 0.5
bless your heart | 0.5
ok buddy | 0.5
sure buddy | 0.5
nice try buddy | 0.6
calm down mate | 0.6
calm down dear | 0.7
ok karen | 0.8
# insulting comparisons
face like a | 0.7
face for radio | 0.9
face only a mother could love | 1.0
built like a | 0.7
uglier than | 0.8
who dressed you | 0.7
imagine looking like | 0.9
no wonder you're single | 0.9
the state of him | 0.7
the state of her | 0.7
what a clown | 0.8
this clown | 0.8
# pointing at commenters, followers, other creators
my followers | 0.4
in the comments | 0.4
someone commented | 0.5
people in my comments | 0.6
commenter* | 0.5
haters | 0.4
this guy | 0.4
you lot | 0.5
his profile | 0.5
her profile | 0.5
her campaign | 0.4
who hurt you | 0.6
the audacity | 0.5
# humiliation
i rated your | 0.8
rating your outfits | 0.8
rating my followers | 0.9
judging your | 0.6
roasting you | 0.8
roasted him | 0.8
roasted her | 0.8
roasting people | 0.8
laughing at him | 0.8
laughing at her | 0.8
exposing him | 0.7
exposing her | 0.7
sorry not sorry | 0.4
