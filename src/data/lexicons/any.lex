# Entries shared by every language: emoji and international hashtags.
# Only single emoji and #hashtags may appear here (words belong in LANG.lex).
# Emoji are weak hints (they decorate more than they say), so weights stay low.

[sponsored]
#ad
#ads
#sponsored
#sponsoredpost
#paidpartnership
#partner
#publi
#collab

[value humor]
😂 | 0.5
🤣 | 0.5
😅 | 0.4
😆 | 0.4
🙈 | 0.3
😜 | 0.3
🤪 | 0.3
😹 | 0.4
🤡 | 0.3
#humor | 0.5
#humour | 0.5
#funny | 0.5
#comedy | 0.6
#meme | 0.4
#memes | 0.4
#standup | 0.6
#selfirony | 0.8

[value sustainability]
♻ | 0.8
🌱 | 0.3
🌍 | 0.3
🌎 | 0.3
🌏 | 0.3
#zerowaste
#sustainability
#sustainable | 0.8
#slowfashion
#secondhand | 0.8
#upcycling
#upcycled
#repair
#rightorepair
#fridaysforfuture
#climateaction
#plasticfree
#thrifted | 0.8
#vintage | 0.4
#bikecommute | 0.7
#refill | 0.7

[value animal_welfare]
#adoptdontshop
#rescuedog
#rescuecat
#adopt | 0.7
#crueltyfree
#vegan | 0.5
#animalrescue
#fostering | 0.7

[value kindness]
🤗 | 0.3
🫶 | 0.3
#mentalhealth | 0.7
#kindness
#bekind

[value inclusivity]
🌈 | 0.3
♿ | 0.8
#inclusion
#diversity
#accessibility
#bodypositivity
#pride | 0.6
#disability | 0.7
#lgbtq | 0.7

[value wellbeing]
🧘 | 0.4
#selfcare | 0.7
#wellbeing
#wellness | 0.7
#mindfulness | 0.8
#sleep | 0.5

[value family]
👪 | 0.5
👶 | 0.3
#family | 0.7
#familytime
#momlife | 0.8
#dadlife | 0.8
#parenting | 0.6

[value craftsmanship]
🧵 | 0.4
🪡 | 0.4
🪵 | 0.3
🔨 | 0.3
#handmade
#craftsmanship
#woodworking | 0.8
#makersgonnamake | 0.7
#handcrafted

[value creativity]
🎨 | 0.5
💡 | 0.3
#art | 0.6
#diy | 0.6
#creativity
#maker | 0.6

[value adventure]
🏔 | 0.4
⛺ | 0.5
🧗 | 0.5
🏕 | 0.5
🧭 | 0.4
#adventure
#wanderlust | 0.7
#explore | 0.6
#vanlife | 0.7
#backpacking | 0.7
#hiking | 0.6

[value learning]
📚 | 0.4
🔬 | 0.5
🧪 | 0.4
🎓 | 0.4
#science | 0.8
#education
#stem | 0.7
#learning | 0.8

[value community]
🤝 | 0.4
#community | 0.8
#local | 0.5
#volunteer
#volunteering

[value fairness]
#fairtrade
#fairwages
#whomademyclothes

[value tradition]
#tradition
#heritage
#folklore

[value ambition]
🏆 | 0.5
🥇 | 0.5
💪 | 0.2
#goals | 0.6
#hustle | 0.8
#grind | 0.6
#winning | 0.7
#motivation | 0.5
#pb | 0.6

[value luxury]
💎 | 0.5
🥂 | 0.4
🍾 | 0.4
🛥 | 0.6
#luxury
#luxurylifestyle
#richlife
#vip | 0.7
#firstclass

[value frugality]
💰 | 0.2
#frugal
#frugalliving
#budget | 0.8
#minimalism | 0.8
#nospend
#savemoney

[topic cycling]
🚴 | 0.8
🚲 | 0.8
#cycling
#bikelife
#gravel | 0.8

[topic food]
🍝 | 0.6
🍞 | 0.6
🥖 | 0.6
🍲 | 0.6
🥗 | 0.5
🍰 | 0.5
🍕 | 0.5
🥘 | 0.6
#foodie
#recipe
#cooking

[topic fashion]
👗 | 0.6
👠 | 0.5
👜 | 0.4
#ootd
#fashion
#style | 0.6

[topic beauty]
💄 | 0.7
💅 | 0.6
#skincare
#makeup
#beauty

[topic parenting]
🍼 | 0.6
#parenting
#momlife | 0.8
#dadlife | 0.8

[topic tech]
📱 | 0.5
💻 | 0.6
⌨ | 0.6
🤖 | 0.4
#tech
#coding
#programming

[topic fitness]
🏋 | 0.7
🏃 | 0.6
#fitness
#workout
#running | 0.8

[topic travel]
✈ | 0.6
🧳 | 0.6
🗺 | 0.5
#travel
#travelgram

[topic finance]
📈 | 0.5
💸 | 0.3
#investing
#personalfinance

[topic gaming]
🎮 | 0.8
🕹 | 0.8
#gaming
#gamer
#esports

[topic home]
🪴 | 0.5
🏡 | 0.5
🌻 | 0.3
#garden | 0.8
#diy | 0.5
#homedecor

[topic pets]
🐶 | 0.8
🐕 | 0.8
🐱 | 0.8
🐈 | 0.8
🐾 | 0.8
#dogsofinstagram
#catsofinstagram
#pets

[joke]
# Laughter: a post with these is joking (see [mocked ...] in the language files).
😂
🤣
😆
😹
🤭
😜

[against kindness]
# Hashtags of posts that mock people for laughs.
#roast | 0.6
#roasting | 0.6
#hatersgonnahate | 0.6
#sorrynotsorry | 0.5
#savage | 0.4
#cringe | 0.4
#fail | 0.2
