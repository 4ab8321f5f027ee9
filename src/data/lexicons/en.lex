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
hardly
barely
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
wokeness
woke nonsense
imagine caring
touch grass
pretentious
what a joke
pfft
meh
ugh
laughable
ridiculous
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
performative
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
patched | 0.7
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
conservation | 0.6
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
environment | 0.6
environmental | 0.6

[value honesty]
honest
honesty
dishonest | 0.4
transparent
transparency
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
i messed up | 0.8
messed up | 0.4
mistakes | 0.5
admit | 0.6
admitting | 0.6
own up | 0.8
owning my mistakes
apologise | 0.6
apologize | 0.6
apology | 0.6
accountability | 0.8
accountable | 0.8
correction | 0.6
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
authentic | 0.6
authenticity | 0.6
genuine | 0.6
sincere | 0.6
integrity
candid | 0.6
upfront | 0.6
openly | 0.5
unbiased | 0.8
independent review | 0.8
long-term review | 0.7
long term review | 0.7
after a year of use | 0.6
this is an ad | 0.5
i get a commission | 0.5
i earn a commission | 0.5
honestly | 0.3
open book | 0.5

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
together | 0.5
togetherness
belonging
sense of belonging
belong | 0.5
local | 0.4
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
gathering | 0.7
get-together | 0.8
get together | 0.6
festival | 0.3
carnival | 0.3
parade | 0.3
fellowship
solidarity | 0.7
mutual aid
grassroots | 0.8
collective | 0.6
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
supporters | 0.4
cheering | 0.4
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
regulars | 0.5
local pub | 0.5
everyone who came | 0.7
turnout | 0.6
great turnout | 0.8
organisers | 0.6
organizers | 0.6
men's shed | 0.8
allotment society | 0.7
community choir
local heroes | 0.7
open day | 0.4
workshop | 0.2

[value kindness]
kind
kindness
#kindness
#bekind
be kind
kindest
kind words
kind soul
compassion
compassionate
empathy
empathetic
empathise | 0.9
empathize | 0.9
caring | 0.6
care | 0.3
helped | 0.6
helping | 0.5
helping others
help | 0.3
helpful | 0.4
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
listened | 0.7
listen | 0.4
listening | 0.5
listening ear
checked in on | 0.8
check in on | 0.7
check on your friends | 0.9
reach out | 0.6
reached out | 0.6
you're not alone | 0.8
you are not alone | 0.8
here for you | 0.8
i'm here for you | 0.9
someone to talk to | 0.7
talk to someone | 0.6
supportive | 0.6
hugs | 0.4
thank you | 0.4
grateful | 0.4
gratitude | 0.5
thankful | 0.4
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
gentle | 0.4
warmth | 0.4
warm-hearted
big-hearted
heartwarming | 0.6
wholesome | 0.5
#wholesome | 0.5
sweet gesture | 0.6
comfort | 0.4
comforting | 0.5
condolence* | 0.6
sympathy | 0.6
forgive | 0.6
forgiveness | 0.6
held the door | 0.6
cheered up | 0.5
uplift* | 0.5
encourag* | 0.5
you've got this | 0.4
proud of you | 0.5
sending love | 0.6
sending hugs | 0.7
thinking of you | 0.6
take care | 0.4
anti-bullying | 0.8
stand up for | 0.5
therapy | 0.4
counselling | 0.5
samaritans | 0.8
helpline | 0.7
crisis line | 0.7
suicide prevention | 0.8
grief | 0.5
bereavement | 0.5
gofundme | 0.5
humanity | 0.5
human kindness
respect | 0.4
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

[value inclusivity]
inclusive
inclusivity
inclusion
#inclusion
#inclusivity
diversity
diverse
#diversity
#diversityandinclusion
equity | 0.6
accessible
accessibility
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
marginalised
marginalized
minorities | 0.5
anti-racism
antiracism
anti-racist
racism | 0.5
discrimination | 0.5
equality | 0.6
equal rights | 0.6
everyone welcome | 0.8
everyone is welcome | 0.8
all welcome | 0.8
welcoming | 0.6
welcomes everyone | 0.9
no matter your | 0.6
regardless of | 0.5
multicultural | 0.7
immigrant | 0.4
immigrants | 0.4
refugee | 0.4
intersectional
adaptive clothing
adaptive | 0.5
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

[value wellbeing]
wellbeing
well-being
wellness
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
mobility | 0.4
meditat* | 0.9
mindful*
breathwork | 0.9
breathing exercises | 0.9
deep breath | 0.5
breathe | 0.5
journaling | 0.8
journal | 0.4
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
greens | 0.4
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
moderation | 0.8
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

[value family]
family
families
#family
#familytime
family time
family first
mum
mom
mummy
mommy
dad
daddy
mother
father
parents
parent | 0.6
grandma
grandpa
granny
grandad
granddad
grandmother
grandfather
grandparents
grandchildren
grandkids
grandson
granddaughter
nana
nanna
my nan | 0.9
my son
my daughter
my kids
my children
son | 0.8
daughter | 0.8
sons | 0.8
daughters | 0.8
kids | 0.8
children | 0.7
child | 0.6
kiddo
kiddos
toddler | 0.8
baby | 0.6
newborn | 0.8
little one | 0.8
little ones | 0.8
siblings | 0.9
sister | 0.6
brother | 0.6
twins | 0.7
cousin | 0.6
cousins | 0.6
aunt | 0.6
auntie | 0.6
uncle | 0.6
niece | 0.7
nephew | 0.7
in-laws | 0.5
mother-in-law | 0.7
husband | 0.6
wife | 0.6
hubby | 0.6
stepdad | 0.8
stepmom | 0.8
stepmum | 0.8
family dinner
family meal
sunday lunch | 0.8
sunday roast | 0.6
dinner table | 0.6
bedtime | 0.7
bedtime story | 0.9
bedtime stories | 0.9
story time | 0.6
homework | 0.6
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
family recipe | 0.6
generations | 0.5
three generations | 0.9
family business | 0.6
family-run | 0.6
family owned | 0.6
motherhood
fatherhood
parenthood
parenting | 0.7
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
workshop | 0.6
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
forge | 0.5
forged | 0.6
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
tailor | 0.7
tailored | 0.6
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
precision | 0.8
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
painting | 0.6
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
drawing | 0.6
doodle | 0.6
doodles | 0.6
illustration | 0.8
illustrator | 0.8
design | 0.4
designing | 0.4
invent*
innovat*
prototype | 0.7
prototyping | 0.8
experiment | 0.7
experimenting | 0.8
experimental | 0.7
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
original | 0.3
outside the box | 0.6
out of the box | 0.4
collage | 0.8
mixed media | 0.8
zine | 0.7
zines | 0.7
comic | 0.4
comics | 0.4
animation | 0.6
animated | 0.4
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
composing | 0.6
composed | 0.5
music production | 0.6
remix | 0.5
poetry | 0.6
poem | 0.6
poems | 0.6
writing | 0.4
short story | 0.6
photography | 0.5
film photography | 0.6
filmmaking | 0.7
short film | 0.7
choreography | 0.7
improv | 0.6
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
playful | 0.4
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

[value adventure]
adventure
adventures
adventurous
#adventure
#adventuretime
#adventureawaits
explore | 0.8
exploring | 0.8
explorer | 0.8
exploration | 0.8
#explore | 0.6
#exploremore | 0.8
wild | 0.5
wilderness
wild camping
#wildcamping
remote | 0.4
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
journey | 0.4
risk | 0.5
thrill | 0.8
thrilling | 0.8
adrenaline | 0.9
daring | 0.8
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
independence | 0.5
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

[value learning]
learn | 0.8
learning
learned | 0.8
learnt | 0.8
#learning
lesson | 0.6
lessons | 0.5
teach
teaching
teacher | 0.8
teachers | 0.8
taught | 0.8
tutor | 0.8
tutorial | 0.7
#tutorial | 0.6
explain* | 0.8
explainer | 0.8
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
facts | 0.4
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
university | 0.5
college | 0.4
classroom | 0.7
course | 0.5
online course | 0.8
lecture | 0.8
seminar | 0.7
webinar | 0.7
masterclass | 0.7
research | 0.8
researcher | 0.8
researchers | 0.8
studies show | 0.8
evidence | 0.5
curiosity
curious | 0.8
knowledge
knowledgeable
wisdom | 0.5
books | 0.5
book | 0.3
reading | 0.5
library | 0.5
#booktok | 0.6
#bookstagram | 0.6
currently reading | 0.7
reading list | 0.7
bookworm | 0.7
non-fiction | 0.7
nonfiction | 0.7
history | 0.4
physics | 0.8
chemistry | 0.8
biology | 0.8
maths | 0.7
math | 0.6
mathematics | 0.8
astronomy | 0.8
geology | 0.8
engineering | 0.5
coding | 0.5
programming | 0.5
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
museum | 0.5
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
degree | 0.4
phd | 0.6
thesis | 0.6
exam | 0.5
exams | 0.5
revision | 0.4
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

[value animal_welfare]
animal welfare
animal rights
animal lover | 0.6
#animallover | 0.5
animals | 0.3
rescue | 0.7
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
adopted | 0.6
adoption | 0.6
adopt | 0.6
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
foster | 0.6
fostering | 0.6
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
conservation | 0.5
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

[value fairness]
fair | 0.8
fairness
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
union | 0.5
unions | 0.5
trade union | 0.8
unionise | 0.8
unionize | 0.8
strike | 0.4
picket line | 0.7
collective bargaining | 0.8
justice
social justice
#socialjustice
injustice | 0.6
equality | 0.7
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
producers | 0.3
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
petition | 0.5
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
generations | 0.6
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
folk | 0.7
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
customs | 0.5
custom | 0.2
ritual | 0.5
rituals | 0.5
every year we | 0.5
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
roots | 0.5
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
stand-up | 0.6
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
ironic | 0.4
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
plot twist | 0.5
me trying to | 0.5
relatable | 0.5
#relatable | 0.5
cracked me up
crying laughing
wheeze | 0.4
giggle | 0.8
giggles | 0.8
chuckle | 0.8
witty
wit | 0.4
whimsy | 0.4
playful | 0.6
playfulness
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

[value ambition]
ambition
ambitious
win | 0.8
won | 0.7
winning | 0.8
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
record | 0.5
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
dedication | 0.8
dedicated | 0.4
determination | 0.8
determined | 0.7
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
promotion | 0.7
promoted | 0.8
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
scaling | 0.4
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
qualified | 0.6
qualify | 0.6
finals | 0.5
competition | 0.6
compete | 0.7
competing | 0.7
competitive | 0.7
race day | 0.5
finish line | 0.6
leaderboard | 0.7
ranking | 0.5
ranked | 0.5
outperform* | 0.7
performance | 0.4
results | 0.4
targets | 0.4
dream big | 0.6
big goals | 0.8
chase your dreams | 0.6
chasing dreams | 0.6
make it happen | 0.6
keep pushing | 0.6
greatness | 0.8
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
premium | 0.8
exclusive
exclusivity
members-only
members only | 0.8
private club
invite-only
invitation only
limited edition | 0.6
designer | 0.7
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
suite | 0.5
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
rich | 0.5
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
savings | 0.8
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
minimalism
minimalist
#minimalism
#minimalist
minimal | 0.4
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
never tried it but
haven't tried it yet but
haven't even tried
obsessed with | 0.5
holy grail | 0.4
best product ever | 0.6
best thing ever | 0.5
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

[against inclusivity]
fat people
fatties
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
foreigners | 0.5
illegals | 0.7
disabled people shouldn't
women can't
women shouldn't
girls can't
boys don't cry | 0.4
gender ideology | 0.6
only two genders
normal people | 0.5
women belong in the kitchen
get back in the kitchen
obese people | 0.6
overweight people | 0.5
no kids allowed | 0.4

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
chain | 0.5
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
tire | 0.4
tires | 0.4
tubeless | 0.8
inner tube | 0.8
puncture | 0.6
flat tyre | 0.6
wheelset
spokes | 0.7
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
designer | 0.5
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

[topic beauty]
beauty
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
code | 0.4
coding
programming
developer
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

[topic fitness]
fitness
#fitness
#fitfam
gym
#gym
workout
workouts
#workout
training | 0.5
exercise
lifting
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
gains
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
mobility | 0.5
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
arrivals
terminal | 0.4
solo trip
#solotravel
travel diary
postcard
city guide
visited | 0.4
#travelblogger
#traveltheworld

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
stocks
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
savings
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
trading
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

[topic gaming]
gaming
#gaming
gamer
gamers
#gamer
video game
video games
videogames
game | 0.3
games | 0.3
playstation
ps5
xbox
nintendo
nintendo switch
steam | 0.4
steam deck
pc gaming
console
controller | 0.6
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
cleaning | 0.6
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
