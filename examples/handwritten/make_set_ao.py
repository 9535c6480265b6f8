import sys
from markup import write_set
T = []

# 1 NZ plumber
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and the work you do?

User: Yeah, no worries. I'm [[Hemi Paraone|PERSON]], I'm a [[plumber and gasfitter|JOB_TITLE]], and I've been running my own outfit for about eleven years now. It's called [[Paraone Plumbing|ORGANIZATION]], based out of [[Petone|CITY]] in [[Lower Hutt|CITY]], though we cover most of [[Wellington|CITY]] really. It's me, my [[apprentice|JOB_TITLE]] [[Jayden|PERSON]], and my wife [[Aroha|PERSON]] does the books three days a week. I'm [[52|AGE]], so I'm not exactly a tech guy, but [[Aroha|PERSON]] pushed me into trying some of this AI stuff [[last winter|GENERIC_TIME]]. Mostly [[ChatGPT|AI_PRODUCT]] on my phone. The big one for me is quotes. A [[customer|GENERIC_ROLE]] rings up, say their hot water cylinder's gone, and they want a price by tonight. I used to scribble it on the back of an invoice pad and [[Aroha|PERSON]] would type it into [[Xero|SOFTWARE]] the next morning. Now I talk into the phone in the van, "two-hundred-litre cylinder, new tempering valve, four hours labour, two trips," and ask it to turn that into a tidy quote. Then I paste it into [[Xero|SOFTWARE]] myself. Saves a day, honestly, and in this game a day is the difference between getting the job or not.

AI: When you do that, do any details about the person end up in the prompt?

User: Ah. Look, at the start, yeah, I'd chuck the whole lot in. There was one for a Mrs [[Lavinia Tupou|PERSON]] up at [[38 Hautana Street|ADDRESS]], and I put her name, her address, her mobile, even the bit about her husband being crook, because I wanted the letter to sound kind. Then our [[accountant|JOB_TITLE]], [[Grant Ellery|PERSON]] from [[Ellery and Moss|ORGANIZATION]], gave me a bit of a talking-to about privacy at tax time. [[Grant|PERSON]]'s a good bloke, he didn't make me feel thick about it. So now it's just "[[customer|GENERIC_ROLE]] in the [[Hutt|CITY]], two-storey, access down the side" and I fill the name in after.

AI: You mentioned [[Aroha|PERSON]] does the books. How does she use these tools?

User: She's way better at it than me, eh. She uses [[Copilot|AI_PRODUCT]] because it came with our [[Microsoft 365|SOFTWARE]] plan, and she gets it to draft the reminder emails for overdue invoices. Nice ones first, then firmer. She sends them from [[accounts@paraoneplumbing.co.nz|EMAIL_ADDRESS]] so people know it's legit. Her sister [[Mere|PERSON]] runs a cleaning business over in [[Porirua|CITY]] and the two of them swap prompts like they're swapping recipes. [[Mere|PERSON]] reckons she's cut her admin in half.

AI: And [[Jayden|PERSON]]? Does he use it?

User: Oh, [[Jayden|PERSON]]'s [[nineteen|AGE]], he uses it for everything. He's doing his apprenticeship theory through [[Te Pūkenga|SCHOOL]] and he'll ask it to explain backflow prevention like he's five. I'm fine with that, as long as he checks it against the code. What I'm not fine with is when he asked it what size pipe to run for a gas hob and just went with it. I caught it, it was wrong, and I told him, mate, that's my licence on the line, not the robot's. Gas work I sign off myself, no AI near the compliance certificates. Ever. It's helped with the website too, a bit. [[Aroha|PERSON]]'s niece built it, [[paraoneplumbing.co.nz|URL]], and we used [[ChatGPT|AI_PRODUCT]] to rewrite the services page so it didn't sound like a brochure from 1985. And for the [[Google Business|SOFTWARE]] reviews, replying to them. We get a few a week. I'll have it draft a thank-you, and I change it so it sounds like me. If it sounds too polished people in [[Wainuiomata|CITY]] will think I've gone corporate.

AI: Is there anything you worry about with it?

User: Mostly that it makes stuff up with a straight face. And the phone number thing, weirdly. It wrote a flyer once and just invented a number for us. Our real one is [[021 447 3902|PHONE_NUMBER]], and it had put something totally different. Could've been some poor bugger's personal mobile. So I read everything now. The other worry is the bigger firms in [[Auckland|CITY]] using it to undercut on price, quoting in five minutes. But people still want a person turning up at the door.

AI: Last question: if you could change one thing about how you use it, what would it be?

User: I'd get [[Aroha|PERSON]] to teach me properly, on a [[Sunday|GENERIC_TIME]] when the phone's off. She keeps saying she will. And maybe get it to do my job scheduling, because right now that's a whiteboard in the garage and [[Jayden|PERSON]]'s bad handwriting.""")

# 2 Kenya tailor
T.append("""AI: Habari, and thank you for joining. Could you start by telling me what you do?

User: Thank you. My name is [[Wanjiru Kamau|PERSON]], I am a [[tailor|JOB_TITLE]] and designer. I have a small shop in [[Ngara|CITY]], [[Nairobi|CITY]], we make mostly dresses for weddings, ruracio, church functions, and school uniforms in [[January|GENERIC_TIME]] when the schools open. I have two [[machinists|JOB_TITLE]], [[Auma|PERSON]] and [[Brian Kiprono|PERSON]], and my younger sister [[Njeri|PERSON]] does our [[Instagram|SOFTWARE]] and the [[WhatsApp|SOFTWARE]] orders. I am [[thirty-four|AGE]].

AI: How did AI tools first come into the shop?

User: It was [[Njeri|PERSON]]. She was using [[ChatGPT|AI_PRODUCT]] for her college assignments at [[KCA University|SCHOOL]] and she said, dada, let me try it for captions. Before, our captions were just "new design, DM for price". Now she writes in English and some Sheng and it sounds very lively. Our page is [[@wanjiru.couture|SOCIAL_HANDLE]], and since we started we get maybe double the enquiries. Also she uses [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] to summarise the long voice notes. Some customers send a voice note of seven minutes describing the dress!

AI: What kinds of information go into those tools?

User: This one I have thought about. The measurements, yes, because I ask it to help with the fabric calculation. Bust, waist, hip, length, and how many metres of kitenge. But I do not put names. I write "client A, client B". Before I learned, [[Njeri|PERSON]] put a whole message from Mama [[Achieng|PERSON]], with her phone number and the name of her daughter who was getting married, [[Atieno Odhiambo|PERSON]], into the chat to ask for a reply. Mama [[Achieng|PERSON]] is a good [[customer|GENERIC_ROLE]], very loyal, five years. I felt that was not right, so now we clean first. It is also useful for pricing. My supplier, Mr [[Shah|PERSON]] at [[Gikomba|CITY]], changes the prices every month because of the dollar. I tell the AI, this fabric is now so much per metre, lining so much, buttons, my labour three days, and it gives me a table. I do the final number myself. And for quotations to schools. One school, [[St. Teresa's Girls Eastleigh|SCHOOL]], asked for a formal quotation with letterhead, and I did not know the format. It helped. The [[deputy principal|JOB_TITLE]], Mrs [[Mwikali|PERSON]], said it was very professional.

AI: How do customers usually contact you?

User: Mostly [[WhatsApp|SOFTWARE]]. On the flyers we write the number in Swahili words, because [[Njeri|PERSON]] read that the scam bots copy numbers from pictures. So it says "piga [[sifuri saba mbili mbili, tano nane tatu, moja sita tisa|OBF_PHONE|swahili_digit_words]]". People laugh but they understand. The shop email is [[orders.wanjiru@gmail.com|EMAIL_ADDRESS]] but nobody in [[Kenya|COUNTRY]] sends email for a dress, only the schools and the NGO ladies.

AI: Has anything gone wrong?

User: Once it suggested a design and said it was inspired by [[Lupita Nyong'o|PUBLIC_FIGURE]] at some event, and the [[customer|GENERIC_ROLE]] loved it, but [[Auma|PERSON]] checked and that dress never existed. It just invented it! So we stopped saying where the idea came from. And the fabric calculations for the mermaid style, it underestimated, we lost almost two metres. [[Brian|PERSON]] now checks every calculation before we cut. [[Brian|PERSON]] is very careful, he trained at a tailoring college in [[Eldoret|CITY]]. For the future, I want to sell to customers in [[Tanzania|COUNTRY]] and [[Uganda|COUNTRY]], maybe in [[Europe|CONTINENT]] also, the diaspora. For that I need a proper website, English descriptions, sizes in inches and centimetres. AI can help a small person like me look big. But the sewing, the fitting, talking to the bride's mother, that is still me. No machine will calm a mother three days before the wedding.

AI: Thank you, that's a lovely place to end. Anything you'd add?

User: Only that I wish it knew our fabrics better. When I say "kitenge" or "kanga" sometimes it gets confused and talks about African print like it is one thing. My mother, [[Wairimu|PERSON]], she would laugh at it.""")

# 3 Japan translator
T.append("""AI: Thank you for joining. Could you tell me about your work?

User: Sure. I'm [[Haruka Ishida|PERSON]], I'm a [[freelance translator|JOB_TITLE]], Japanese to English and English to Japanese, and I also teach English online a few evenings a week. I live in [[Tennoji|CITY]], in [[Osaka|CITY]]. I went freelance in [[April 2017|DATE]], after about six years at a patent office. I'm [[thirty-eight|AGE]] now, so that's a good part of my working life. The work is mostly pharmaceutical and medical device documents. My biggest direct client is a mid-sized company, [[Kinoshita Seiyaku|ORGANIZATION]], and my contact there is [[Tanaka|PERSON]]-san in regulatory affairs. I also get jobs through an agency, [[LinguaBridge|ORGANIZATION]], where the coordinator is a very kind woman called [[Megumi Sato|PERSON]]. And sometimes small things, like a ramen shop menu for my neighbour.

AI: Where do AI tools fit into that?

User: Well, for translation the first layer is [[DeepL|AI_PRODUCT]], honestly everyone uses it now, agencies pretend they don't. Then I use [[Claude|AI_PRODUCT]] for a second opinion on difficult sentences, or to check terminology consistency across a long document. I keep my glossary in [[Excel|SOFTWARE]] and I'll paste parts of it in. But the confidential documents from [[Kinoshita Seiyaku|ORGANIZATION]], clinical data, I do not put into any online tool. The NDA is very clear. For those I work the old way, with my CAT tool, [[Trados|SOFTWARE]], offline.

AI: How about the teaching side?

User: The teaching is more fun with AI. I have about ten regular students. One is a retired [[engineer|JOB_TITLE]], Mr [[Oda|PERSON]], he's [[seventy-one|AGE]] and wants to read English mystery novels. I ask [[ChatGPT|AI_PRODUCT]] to make vocabulary quizzes from the chapter he read, [[Agatha Christie|PUBLIC_FIGURE]] mostly. Another is a high school boy, [[Yuto|PERSON]], whose mother found me through my note account, [[@haruka_translates|SOCIAL_HANDLE]]. For [[Yuto|PERSON]] I make practice for the Eiken test. I don't put the students' names in, I just say "intermediate learner, likes baseball".

AI: How do new clients or students find you?

User: Word of mouth, mostly, and the note account. On my business card and on my profile I write the email the way a lot of Japanese freelancers do, to stop spam: [[h.ishida.honyaku アットマーク gmail.com|OBF_EMAIL|japanese_atmark]]. Japanese people understand immediately. Foreign clients sometimes write back confused, "what is this katakana?" My husband [[Kenji|PERSON]] says I should just put a contact form on a website, but I don't have a website yet.

AI: Has AI changed your rates or the kind of work you get?

User: Yes, quite a lot. The agencies now send "post-editing" jobs, where the machine translation is already done and I fix it, and they pay maybe sixty percent of the normal rate. At first I refused. Then in [[2023|DATE]] I had a quiet few months and I accepted. Honestly some post-editing is harder than translating from zero, because the mistakes are hidden in fluent sentences. [[Megumi|PERSON]] at the agency understands, she fights for better rates for us, but the clients above her don't. And I wish the tools understood Japanese politeness levels better. Sometimes the English is fine but when it goes back into Japanese it's too casual for a letter to a hospital, or too stiff for a shop. Also I wish I could trust where my text goes. I studied law a little at [[Kobe University|SCHOOL]], so maybe I'm too careful, but I read the terms of service, and they change.

AI: Thank you. Anything else you'd like to add?

User: Only that freelancers in [[Japan|COUNTRY]] talk about this a lot among ourselves, in small online groups. We share tips, we complain. It's lonely work, so AI is a little bit like a colleague, but a colleague that sometimes lies very confidently.""")

# 4 Montreal landlord
T.append("""AI: Thank you for taking the time. Can you tell me about what you do?

User: Of course. My name is [[Marie-Claude Bériault|PERSON]], I'm [[sixty-one|AGE]], and I'm what you'd call a small [[landlord|JOB_TITLE]]. I own two triplexes in [[Montréal|CITY]], one in [[Rosemont|CITY]] and one in [[Verdun|CITY]], so six units in total. I bought the first building in [[1998|DATE]] with my late husband, [[Gilles|PERSON]]. I used to be a [[nurse|JOB_TITLE]] at [[Hôpital Maisonneuve-Rosemont|ORGANIZATION]] and retired early, so now the buildings are basically my job.

AI: How do AI tools come into managing the buildings?

User: My son [[Étienne|PERSON]] set it all up. He's in software, he lives in [[Toronto|CITY]] now, and during the pandemic he got worried I was doing everything on paper. So he showed me [[ChatGPT|AI_PRODUCT]], and I use it to write letters, mostly. Letters are a big part of being a [[landlord|JOB_TITLE]] in [[Québec|CITY]]. Lease renewals, the notice of rent increase, which has to respect the rules of the [[Tribunal administratif du logement|ORGANIZATION]]. I write in French and sometimes I need English versions for tenants who don't read French.

AI: Do you include details about your tenants when you use it?

User: At first I copied everything. For example, the family on the second floor of the [[Rosemont|CITY]] building, the [[Nguyen|PERSON]] family, they have been with me twelve years. And the young man downstairs, [[Samir Haddad|PERSON]], he's a student at [[Concordia|SCHOOL]]. I put in the address, [[5521, rue Molson|ADDRESS]], the postal code [[H1Y 3C2|ADDRESS]], the rent, everything, because I thought the letter had to be exact. [[Étienne|PERSON]] told me, maman, you don't need to give it all that. Now I write "[[tenant|GENERIC_ROLE]], unit 2" and fill in afterwards in [[Word|SOFTWARE]]. It also helps with repairs. I have a [[handyman|JOB_TITLE]], [[Réjean Lapointe|PERSON]], who has worked with me since before [[Gilles|PERSON]] passed. [[Réjean|PERSON]] is wonderful but he explains things very badly. He'll text me "drain brisé, faut ouvrir le mur" and that's all. So I ask the AI, what does it mean, what should it cost roughly, what questions should I ask. Then I'm less lost. Also for the listings on [[Kijiji|ORGANIZATION]] when a unit is free. It writes a nice description, bright, close to the metro, but I remove the exaggerations. It once wrote "luxury finishes". There are no luxury finishes, the kitchen is from [[1987|DATE]].

AI: How do prospective tenants reach you?

User: By phone, [[514-555-0187|PHONE_NUMBER]], or by email. In the ads I write the email a bit disguised, because the first time I put it normally I got hundreds of scam messages. So I put [[mc.beriault arobase videotron point ca|OBF_EMAIL|french_arobase]]. People from here know "arobase". The anglophones sometimes ask me what it means, and I say, it's the little snail, the at sign.

AI: Are there things you won't use it for?

User: Choosing tenants. Absolutely not. [[Étienne|PERSON]] showed me an article about landlords in the [[United States|COUNTRY]] using software to screen applicants, and I found it horrible. I meet people. I look at them. I call their previous [[landlord|GENERIC_ROLE]]. Once I called a previous [[landlord|GENERIC_ROLE]], a Mr [[Kowalczyk|PERSON]] in [[Laval|CITY]], and he told me the truth about a candidate that no computer would know. Also I don't use it for anything legal where I could be wrong. For that I call the [[Corporation des propriétaires immobiliers du Québec|ORGANIZATION]], I'm a member. Overall I feel mixed, honestly. It makes me feel less alone with the paperwork, especially since [[Gilles|PERSON]]. But sometimes I think I'm relying on it for things I used to know. My friend [[Lise|PERSON]], who has a duplex in [[Verdun|CITY]] too, refuses to touch it. She says it will make us lazy. Maybe she's right. But she also spends her [[Sunday|GENERIC_TIME]] nights writing letters by hand, so.

AI: Thank you. Is there anything we didn't cover?

User: Just that I wish it understood the [[Québec|CITY]] rules better. Sometimes it answers with rules from [[Ontario|CITY]] or from [[France|COUNTRY]], very confidently. [[Étienne|PERSON]] says I have to tell it at the start, "I am in [[Québec|CITY]]". So now I always do.""")

# 5 Gothenburg salon
T.append("""AI: Hi, thanks for being here. Could you introduce yourself and your business?

User: Hi! I'm [[Linnea Ekström|PERSON]], I'm [[33|AGE]], and I'm a [[hairdresser|JOB_TITLE]]. I own a small salon called [[Salong Linnea|ORGANIZATION]] in [[Majorna|CITY]], in [[Gothenburg|CITY]]. Three chairs. It's me and two [[stylists|JOB_TITLE]], [[Fatima Yusuf|PERSON]] and [[Jonna|PERSON]], and on [[Saturdays|GENERIC_TIME]] my mum, [[Birgitta|PERSON]], does reception because she can't stand being retired. I opened in [[August 2019|DATE]], so right before covid, which was fun.

AI: How do you use AI in the salon?

User: A lot for the [[Instagram|SOFTWARE]], which is honestly where most new clients come from. We're [[@salonglinnea|SOCIAL_HANDLE]]. I take the before and after photos and I ask [[ChatGPT|AI_PRODUCT]] to write captions in Swedish and English, because we have a lot of international students around here. And hashtags. I used to spend an hour on a [[Sunday|GENERIC_TIME]] doing a week's captions, now it's fifteen minutes. I also tried [[Canva|SOFTWARE]]'s AI thing for posters, for the price list. Bookings go through [[Bokadirekt|SOFTWARE]], I don't use AI for that directly. But I use [[Gemini|AI_PRODUCT]] to help with the boring emails. Like the supplier, [[Nordhår AB|ORGANIZATION]], they messed up an order in [[March|GENERIC_TIME]] and I needed to write a complaint that was firm but polite, which is very Swedish, you know, and I'm bad at it. Their [[sales rep|JOB_TITLE]] is [[Mikael|PERSON]], he's nice, so I didn't want to be rude, but we were missing half the colour.

AI: Do client details ever go into those tools?

User: Hmm. Names, not really. But I did something once that I'm a bit embarrassed about. We have a client, [[Gunnel|PERSON]], she's been coming since the day I opened, she's in her eighties, lovely. She had a reaction to a dye, a mild one. And I put the whole story into the chat with her name and the product and asked how to document it. Afterwards [[Fatima|PERSON]] said, isn't that health information? And she was right. So now we have a rule, no names, no health stuff, in any AI tool. [[Jonna|PERSON]] made a little sign for the back room.

AI: That's interesting, that the rule came from within the team. How did [[Fatima|PERSON]] and [[Jonna|PERSON]] react to AI generally?

User: Very differently! [[Jonna|PERSON]] is [[twenty-two|AGE]] and uses it for everything, she even asks it for colour formulas, which I told her not to trust. [[Fatima|PERSON]] is more careful, she trained in [[Stockholm|CITY]] and she's very technical about colour chemistry. She uses it to translate for clients who speak Arabic or Somali, to explain aftercare. That's actually been really good.

AI: How do people contact the salon outside of booking?

User: Phone, [[031-24 57 80|PHONE_NUMBER]], or email. On the website I wrote the email in words, because of spam bots. It says [[linnea snabel-a salonglinnea punkt se|OBF_EMAIL|swedish_snabel_a]]. "Snabel-a" is what we call the at sign, like an elephant's trunk. The English speakers find it very funny. My website is [[salonglinnea.se|URL]], [[Jonna|PERSON]]'s boyfriend [[Oskar|PERSON]] made it for free, well, for free haircuts. One downside was taxes, kind of. I asked it a question about VAT on products versus services and it gave me a confident answer that was wrong for [[Sweden|COUNTRY]]. My [[accountant|GENERIC_ROLE]] caught it. Now anything about [[Skatteverket|ORGANIZATION]] I ask a human. Also, I worry a bit that every salon's [[Instagram|SOFTWARE]] will start to sound the same. Same emojis, same "glow up". I try to edit it so it sounds like me.

AI: Last question: what would you like AI to do for you that it doesn't yet?

User: Honestly, the phone. If it could answer the phone while my hands are full of bleach, and book people correctly, I'd pay for that. Right now [[Birgitta|PERSON]] does it on [[Saturdays|GENERIC_TIME]], and the rest of the week it just rings. But it would have to sound human. My older clients would hate talking to a robot.""")

# 6 Glasgow photographer
T.append("""AI: Thanks for joining me. Could you start by telling me a little about yourself and your work?

User: Aye, sure. I'm [[Eilidh MacInnes|PERSON]], I'm [[41|AGE]], and I'm a [[wedding and portrait photographer|JOB_TITLE]] based in [[Dennistoun|CITY]], in the east end of [[Glasgow|CITY]]. I went full-time in [[2016|DATE]] after years of doing it at weekends alongside an office job. I trained at [[Glasgow School of Art|SCHOOL]], a hundred years ago. These days it's me and a [[second shooter|JOB_TITLE]] I use for the big weddings, [[Kezia Boateng|PERSON]], and my partner [[Ruaridh|PERSON]] helps with the driving and the heavy bags and, frankly, the moral support.

AI: Where does AI show up in your work?

User: Editing, mostly, and that's where it's genuinely changed my life. I use [[Aftershoot|AI_PRODUCT]] for culling. A wedding is maybe four thousand frames between me and [[Kezia|PERSON]], and it'll pick out the blinks and the blurry ones and group the near-duplicates. [[Kezia|PERSON]] sends her raw files over the same night with a text that just says "done, [[kez|PERSON]] x", and by morning the cull's ready. Then [[Lightroom|SOFTWARE]] has the AI masking now, so skies and skin and that, which used to take me ages. I used to hand over a gallery in eight weeks. Now it's three, and couples love that. Then on the writing side I use [[ChatGPT|AI_PRODUCT]] for blog posts and the little "sneak peek" captions. My [[Instagram|SOFTWARE]]'s [[@eilidh.shoots|SOCIAL_HANDLE]] and honestly half the enquiries come from there.

AI: When you write those posts, how much of the couple's story goes in?

User: That's something I've had to think about. A blog post about a wedding is basically a story about two real people. Like, [[last June|GENERIC_TIME]] I did a gorgeous one at [[Auchenbrae House|ORGANIZATION]] for [[Priya|PERSON]] and [[Tom Wallace|PERSON]]. [[Priya|PERSON]]'s gran had flown over from [[India|COUNTRY]] and there was this whole lovely bit with her. I gave the AI all of that, names, the gran, the venue, the fact [[Tom|PERSON]]'s dad had passed and they left a chair for him. And it wrote something lovely, but afterwards I thought, I've just handed someone's grief to a tech company. So now I write the emotional bits myself and use the AI only for structure, and I always ask the couple before anything goes public. I've got a consent line in the contract on [[HoneyBook|SOFTWARE]] now.

AI: How do people usually get in touch with you?

User: Website first, [[eilidhmacinnesphoto.co.uk|URL]], there's a contact form. Email's [[hello@eilidhmacinnesphoto.co.uk|EMAIL_ADDRESS]]. And I've got an old-fashioned voicemail greeting, because a lot of the mums and dads phone rather than email. On it I say, "if you'd rather call back, it's [[oh-seven-seven-double-eight, four-one-two, nine-oh-six|OBF_PHONE|spelled_digits]]." My sister [[Catriona|PERSON]] says it sounds like a radio advert from nineteen ninety. But it works. Oh and I'm terrible at replying fast, so I've been trying [[Gemini|AI_PRODUCT]] in [[Gmail|SOFTWARE]] to draft first replies. It's a bit too cheery. I have to de-exclamation-mark everything.

AI: Have clients ever asked about AI in their photos?

User: Oh, constantly now. People have seen the stuff online, the fully generated images, and they'll ask, is it going to look fake? And I say no, I'm not adding anything that wasn't there. Removing an exit sign, aye. Swapping a sky, rarely, and I ask. But one couple asked me to remove an ex-girlfriend from the background of their group shot, which, you know, is a whole other conversation. [[Ruaridh|PERSON]] thought it was hilarious. I did it, by the way. It took the AI about four seconds.

AI: Is there anything about this shift that worries you?

User: Prices, definitely. There are people offering "AI-enhanced" weddings in [[Edinburgh|CITY]] for half what I charge, and couples don't always see the difference until the album turns up. And second shooters like [[Kezia|PERSON]] are worried that culling software means fewer paid hours for them. I still pay her for the full day, but I know photographers who've cut their assistant's hours. Also, my mum in [[Inverness|CITY]] keeps forwarding me articles saying AI will replace all photographers by [[Christmas|GENERIC_TIME]]. I tell her, Mum, the robot can't stand in the rain at [[Loch Lomond|CITY]] for nine hours being nice to a drunk uncle.""")

# 7 Texas HVAC
T.append("""AI: Thanks for taking the call. Could you tell me about yourself and your business?

User: Yeah, happy to. My name's [[Rogelio Castañeda|PERSON]], but everybody calls me [[Roy|PERSON]]. I'm an [[HVAC contractor|JOB_TITLE]], I own [[Castañeda Air & Heat|ORGANIZATION]] out of [[Pflugerville|CITY]], just north of [[Austin|CITY]]. I'm [[forty-seven|AGE]]. My dad came up from [[Mexico|COUNTRY]] and did this same work for other people, and I started my own company in [[2011|DATE]] with one truck. Now we got four trucks, three techs plus me. My wife [[Yesenia|PERSON]] runs the office, and my niece [[Marisol Peña|PERSON]] is one of the techs, she's honestly better at diagnostics than me.

AI: How are you using AI in the business right now?

User: Couple ways. The scheduling and dispatch is all in [[ServiceTitan|SOFTWARE]], and they've been adding AI features, like it'll suggest which tech to send based on the job. [[Yesenia|PERSON]] uses that. Me, I use [[ChatGPT|AI_PRODUCT]] on my phone mostly for two things: writing up estimates in plain English, and translating. A lot of our customers are Spanish speakers, a lot are English only, and I'm fine talking in either, but writing a formal estimate in Spanish, my spelling is terrible. So I'll have it clean up my Spanish. And the other way, [[Dustin|PERSON]], one of my guys, doesn't speak much Spanish, so he'll use the voice translate when he's in somebody's attic.

AI: What goes into those estimates when you have the AI draft them?

User: The equipment, the tonnage, the SEER rating, labor. At first also the customer's name and address, I didn't think about it. Like I did one for a Mr. [[Whitfield|PERSON]] over on [[Kelly Lane|ADDRESS]], full name and everything, and then [[Yesenia|PERSON]] saw it and said, [[Roy|PERSON]], you're putting people's houses into that thing? She had read something. So now it's "customer, two-story, attic unit, [[Round Rock|CITY]]", no name, no house number. And nothing about payment, never card numbers, never. Our business stuff, like the EIN, [[84-2719306|NATIONAL_ID]], that goes on the forms, not into the chat.

AI: You mentioned [[Marisol|PERSON]] earlier. How does she use these tools?

User: [[Marisol|PERSON]]'s [[twenty-six|AGE]], she came up through the HVAC program at [[Austin Community College|SCHOOL]], and she's the one who got me into it really. She uses it to look up error codes on weird equipment, like an old [[Carrier|ORGANIZATION]] unit from the nineties where the manual's long gone. She'll take a picture of the board and ask. It's right maybe seventy percent of the time, and she knows enough to catch the other thirty. [[Dustin|PERSON]], not so much, I had to tell him, don't trust it on refrigerant charging, check your gauges.

AI: How do customers get hold of you?

User: Phone mostly, [[(512) 555-0143|PHONE_NUMBER]], that's the office line, [[Yesenia|PERSON]] answers. The website has a form. On our [[Facebook|SOFTWARE]] page and the truck, for the Spanish-speaking folks, [[Yesenia|PERSON]] wrote my email out how you'd say it, kinda as a joke but also so the bots don't grab it: "[[roy punto castaneda arroba castanedaair punto com|OBF_EMAIL|spanish_arroba]]". Older customers, they like that. They'll read it out loud to me on the phone, "arroba," and I'm like, yep, that's it. Suppliers, like our rep at [[Ferguson|ORGANIZATION]], [[Kyle|PERSON]], he just texts me.

AI: Where do you think this is going for a business like yours?

User: Honestly, I think the big outfits are going to use it to do their call centers and we're going to look slow. But people in [[Texas|CITY]], when it's a hundred and six degrees and the AC quits, they want a human to call back in ten minutes. I heard [[Joe Rogan|PUBLIC_FIGURE]] talking about how AI's going to take over everything, and I was like, okay, send the robot up into a hundred-and-forty-degree attic and let's see. What I'd love is if it could do the permit paperwork for the city. That takes [[Yesenia|PERSON]] hours every [[Friday|GENERIC_TIME]]. My brother [[Arturo|PERSON]], he's got a roofing company in [[San Antonio|CITY]], he says the same thing. Paperwork is what kills small guys, not the work.""")

# 8 Seoul ceramics
T.append("""AI: Thank you for joining the interview. Could you introduce yourself?

User: Yes, hello. My name is [[Yoon Seo-yeon|PERSON]]. I am a [[ceramic artist|JOB_TITLE]] and I run a small online shop for tableware called [[Dalmoon Studio|ORGANIZATION]]. The studio is in [[Mangwon-dong|CITY]], in [[Mapo-gu|CITY]], [[Seoul|CITY]]. I'm [[thirty-six|AGE]] in Korean age, [[thirty-five|AGE]] in international age, it's confusing even for us now. I studied ceramics at [[Hongik University|SCHOOL]] and opened the shop in [[autumn 2020|DATE]].

AI: How does AI fit into running the shop?

User: Mostly the writing. I sell through [[Naver Smart Store|SOFTWARE]] and also to customers in [[Japan|COUNTRY]] and [[Taiwan|COUNTRY]] through [[Instagram|SOFTWARE]]. Every product needs a description, care instructions, dishwasher or not, and I need Korean, English and Japanese. I use [[ChatGPT|AI_PRODUCT]] for English and Japanese, and sometimes [[CLOVA X|AI_PRODUCT]] from [[Naver|ORGANIZATION]] for the Korean SEO, because it knows what Korean customers search. Before, my younger brother's wife, [[Kang Ji-hye|PERSON]], translated the Japanese for me, and I paid her in bowls! Now [[Ji-hye|PERSON]] only checks the final text.

AI: You mentioned customers abroad. Do their details ever go into the AI?

User: Sometimes the messages, yes. For example a Japanese customer, Ms [[Ueda|PERSON]], wrote a long complaint because a cup arrived broken. My Japanese is not good enough for a polite apology, so I pasted her message into [[ChatGPT|AI_PRODUCT]]. It had her name and her address in [[Fukuoka|CITY]] at the bottom of the email. I didn't notice until after. Since then I delete the bottom part first. My mother, who helps with packing on weekends, says I worry too much, but she doesn't use computers, so.

AI: How do customers contact you?

User: Koreans use [[KakaoTalk|SOFTWARE]], our channel is [[@dalmoonstudio|SOCIAL_HANDLE]]. That's the easiest. For email, I write it in the product pages like this: [[dalmoon 골뱅이 naver 점 com|OBF_EMAIL|korean_golbaengi]]. "Golbaengi" is the Korean word for the at sign, it means a sea snail. Korean customers understand, the crawlers don't. For overseas customers I give the plain email, [[hello@dalmoonstudio.kr|EMAIL_ADDRESS]], because they get confused by the snail. And my part-time helper, [[Minji|PERSON]], a student, answers the [[Instagram|SOFTWARE]] messages three afternoons a week.

AI: Has AI affected the creative side, the ceramics themselves?

User: I don't let it design. I tried once, I asked an image generator, [[Midjourney|AI_PRODUCT]], to show "moon jar with modern glaze", and the images were beautiful but impossible, you can't throw that on a wheel. Also I think many customers buy handmade because it is not from a machine. There was a moment when moon jars became very popular because [[RM|PUBLIC_FIGURE]] from [[BTS|ORGANIZATION]] collects them, and suddenly everybody wanted one. I used AI to write the blog post about moon jar history for that, but the jar is mine.

AI: Is there anything you'd like these tools to do better?

User: Shipping and customs. Sending ceramics to [[Japan|COUNTRY]] is fine, but for [[Germany|COUNTRY]] or [[the Netherlands|COUNTRY]] the customs rules confuse me, and the AI gives answers that sound right but are from two years ago. My kiln supplier, Mr [[Park|PERSON]], he says just use the courier company's staff, they know. He is old-fashioned but usually right. He has supplied my clay since I was a student, and he still sends invoices by fax, which I then photograph and ask the AI to put into a table for my accountant. That part works very well, actually, better than my own typing. Also I hope it learns Korean humour, the [[Instagram|SOFTWARE]] captions are sometimes too serious, too translated.""")

# 9 Kampala accountant
T.append("""AI: Thank you for joining. Could you tell me a bit about yourself and your practice?

User: Thank you for having me. I am [[Moses Ssekandi|PERSON]], I am a [[certified public accountant|JOB_TITLE]] and [[tax consultant|JOB_TITLE]]. I run a small firm, [[Ssekandi & Associates|ORGANIZATION]], in [[Ntinda|CITY]], [[Kampala|CITY]]. We are four: myself, my [[junior accountant|JOB_TITLE]] [[Patience Akello|PERSON]], a [[bookkeeper|JOB_TITLE]] called [[Isaac|PERSON]], and a [[receptionist|JOB_TITLE]] who is also my cousin, [[Esther Namutebi|PERSON]]. I qualified in [[2009|DATE]] after my studies at [[Makerere University Business School|SCHOOL]]. I am [[forty-four|AGE]].

AI: Who are your clients, and how does AI come into the work for them?

User: Mostly small and medium businesses. Hardware shops, salons, a few schools, transport companies, some NGOs. For example I do the books for a hardware shop owned by Mr [[Okello|PERSON]] in [[Nakawa|CITY]], and for a chain of three salons owned by [[Sarah Nakato|PERSON]]. AI came in mostly through [[Patience|PERSON]]. She is young, very sharp, and she started using [[ChatGPT|AI_PRODUCT]] to draft the management letters we send after the audit. Then I started using it myself for explaining tax changes to clients in simple language. When [[URA|ORGANIZATION]] changes something in [[EFRIS|SOFTWARE]], the electronic invoicing, my clients panic. I write one clear explanation with the help of the AI and send it to all of them on [[WhatsApp|SOFTWARE]].

AI: How do you handle client data when using it?

User: Very carefully, or I try. The rule in the office is: no TIN numbers, no names, no figures that can identify a client. We replace with "Client X, revenue about so much". [[Patience|PERSON]] made the rule, actually, after she attended a workshop by [[ICPAU|ORGANIZATION]], the institute. I myself once nearly pasted a client's whole trial balance from [[QuickBooks|SOFTWARE]] into the chat. [[Isaac|PERSON]] was standing behind me and he said, boss, the name is at the top! I was embarrassed. My own TIN, [[1004829317|NATIONAL_ID]], is on my letterhead anyway, that one is public, but the clients' are not mine to share.

AI: How do prospective clients reach you?

User: Phone is best, [[+256 772 418 905|PHONE_NUMBER]]. Or they walk in, many people still prefer to walk in. On our flyer and the signboard we put the email in a spaced-out way because we were getting so much spam, it reads [[moses.ssekandi (at) ssekandi-associates (dot) co (dot) ug|OBF_EMAIL|paren_at_dot]]. Some clients copy it exactly with the brackets and the email bounces! So [[Esther|PERSON]] now explains it on the phone. We also have a small website, [[ssekandi-associates.co.ug|URL]], which my nephew built.

AI: Have you seen any problems with the outputs?

User: Yes, several. The biggest: it does not know Ugandan tax law well. It will tell you about VAT thresholds from [[Kenya|COUNTRY]] or the [[United Kingdom|COUNTRY]] with full confidence. Once it gave a withholding tax rate that was wrong, and [[Patience|PERSON]] caught it before it went to Mr [[Okello|PERSON]]. If it had gone, he would have underpaid and got a penalty, and that penalty would be my name. So everything is checked against the Income Tax Act, the actual document. The AI is for language, not for law.

AI: Looking ahead, how do you see your profession changing?

User: I think the bookkeeping part will shrink. [[Isaac|PERSON]] worries about this, and I understand. But in [[Uganda|COUNTRY]] many small businesses still keep records in exercise books, so there is a long road. What will stay is trust. Mrs [[Nakato|PERSON]] does not come to me because I can calculate, she comes because she knows me, we attend the same church in [[Kireka|CITY]]. My wife [[Grace|PERSON]] says I should teach other accountants how to use AI safely. Maybe I will do a short training [[next year|GENERIC_TIME]], if [[Patience|PERSON]] helps me make the slides. She is better at that than me.""")

# 10 Cork piano teacher
T.append("""AI: Hi, thanks for doing this. Could you tell me about yourself and what you do?

User: Course. I'm [[Niamh Kearney|PERSON]], I'm [[twenty-nine|AGE]], and I'm a [[piano teacher|JOB_TITLE]]. I teach from home in [[Douglas|CITY]], on the south side of [[Cork|CITY]], and I go out to two primary schools one day a week as well. About thirty-five students, from six-year-olds up to a retired [[guard|JOB_TITLE]] in his seventies. I did my music degree at [[UCC|SCHOOL]] and started teaching properly in [[September 2020|DATE]], which, yeah, was a funny time to start. Lessons over [[Zoom|SOFTWARE]] for the first while.

AI: How do you use AI in your teaching or the admin around it?

User: Honestly more on the admin side. The admin is the bit nobody tells you about. Invoices every term, reminders, rescheduling, parents emailing at eleven on a [[Sunday|GENERIC_TIME]] night. I use [[ChatGPT|AI_PRODUCT]] to write the term letters and the polite "your fees are overdue" messages, because I'm a pushover and I'd never send them otherwise. For the teaching, I use it to make up little exercises, like rhythm games, and I'll get it to explain theory for the [[RIAM|SCHOOL]] exams in a way a nine-year-old gets. And [[MuseScore|SOFTWARE]] for arranging, like if a kid wants to play a [[Taylor Swift|PUBLIC_FIGURE]] song, I'll make a simplified version.

AI: Do you put anything about individual students into it?

User: I try not to, but I'll be honest, there's a grey area. I keep lesson notes in my phone, just stuff like "remind [[rory|PERSON]] re scales!!" or "[[Saoirse|PERSON]] nervous about exam". [[Saoirse|PERSON]]'s [[seven|AGE]], she's a dote. Sometimes I'll paste a few weeks of notes in and ask it to help me write a progress report for the parents. And then the names are in there. [[Saoirse|PERSON]]'s mum, [[Aoife Lynch|PERSON]], is a [[solicitor|JOB_TITLE]] and she asked me once, very nicely, where the reports were being written. That made me stop and think. So now I swap the names for initials before I paste, and I put [[Rory|PERSON]] back in at the end myself.

AI: How do parents and new students get in touch?

User: Mostly text, [[087 219 4471|PHONE_NUMBER]]. Or email. On my poster in the [[Centra|ORGANIZATION]] and on the parish newsletter I wrote the email as [[niamh[at]keysbythelee[dot]ie|OBF_EMAIL|bracket_at_dot]] because my boyfriend [[Cian|PERSON]] said I'd get spammed otherwise, he works in IT. And I do have a website, [[keysbythelee.ie|URL]], with the timetable, which is just a [[Google Sheets|SOFTWARE]] embed. For the home lessons I give the Eircode, [[T12 X2F8|ADDRESS]], only once someone's booked, not publicly. There's kids coming to the house, I'm careful about that.

AI: Have you come across any problems with what it produces?

User: Ah, a few. It invented a [[Chopin|PUBLIC_FIGURE]] piece once. Like, gave me a title and an opus number for a "beginner nocturne" that doesn't exist, and I went looking for it. Another time, the progress report it wrote for a little lad was so glowing that his dad rang me asking if he should be going for a scholarship! He shouldn't. So now I tone everything down. It's very American in its enthusiasm, if you know what I mean. Irish parents can smell that a mile off.

AI: Finally, how do you feel about AI in music teaching more broadly?

User: Mixed. There's apps now that listen to the kid play and tell them if the notes are right, and [[Declan|PERSON]], my retired [[guard|JOB_TITLE]], loves that, he practises with it every morning. But it doesn't tell you why your shoulders are up round your ears. My own [[teacher|JOB_TITLE]], Mrs [[Hegarty|PERSON]], used to tap my wrist with a pencil. No app is doing that. I think it'll take over the boring bits, which is great, and I'll keep the wrist-tapping.""")

# 11 Brisbane gig worker
T.append("""AI: Thanks for jumping on. Could you tell me a bit about yourself and what you do for work?

User: Yeah, no dramas. I'm [[Sione Latu|PERSON]], [[31|AGE]], I live in [[Woodridge|CITY]], that's down in [[Logan|CITY]], south of [[Brisbane|CITY]]. I'm a [[rideshare driver|JOB_TITLE]] mostly, [[Uber|ORGANIZATION]] and [[DiDi|ORGANIZATION]], and on slow nights I do food deliveries on [[DoorDash|ORGANIZATION]]. [[Weekends|GENERIC_TIME]] I've got a little lawn mowing side thing with my cousin [[Viliami|PERSON]]. My wife [[Mele|PERSON]] works at a childcare centre, and we've got two kids, [[Losa|PERSON]] and little [[Tomasi|PERSON]]. So it's busy.

AI: Where does AI come into that?

User: Honestly, the money side. Being a sole trader, you got the ABN, the GST, the quarterly stuff, and nobody teaches you that. My ABN's [[61 472 918 305|NATIONAL_ID]], I know it by heart now 'cause I type it everywhere. I use [[ChatGPT|AI_PRODUCT]] to explain things, like, can I claim my phone, how much of the car, what's the logbook method. Then I check with the [[ATO|ORGANIZATION]] website 'cause once it told me something that was only for the old rules. [[Mele|PERSON]] makes me double-check everything, she's the organised one. I keep the kilometres in a spreadsheet in [[Google Sheets|SOFTWARE]] and I'll ask the AI to help me build formulas.

AI: Do you ever use it while you're actually driving or delivering?

User: Not typing, no, that's how you lose your licence. But I'll use the voice mode at a red light sometimes, or parked outside a [[McDonald's|ORGANIZATION]] waiting for an order, to ask stuff. Like once a passenger left a bag in my car and I didn't know the process, I asked it. Turned out the app has a whole thing for that anyway. And I've asked it to help me write a message to [[Uber|ORGANIZATION]] support when they deactivated me for two days over a complaint that wasn't true. The passenger said I was rude, but I wasn't, I just wouldn't take six people in a five-seater. The AI helped me write it calm, 'cause I was angry. Got reinstated.

AI: Did you include that passenger's details when you asked for help?

User: I put the trip details in, the time, the pickup in [[Fortitude Valley|CITY]], the drop-off. I didn't have his full name, only what the app shows, "[[Jarrod|PERSON]]". I don't think I'd put someone's full name in. But yeah, now that you ask, I did put my own stuff in, my driver details, my ABN, my rating. Probably shouldn't have. My cousin [[Viliami|PERSON]] said they keep everything you type. I dunno if that's true.

AI: You mentioned the lawn mowing. How do people find you for that?

User: Mostly the [[Facebook|SOFTWARE]] community groups, like the [[Logan|CITY]] and [[Springwood|CITY]] buy-and-sell pages. We post a before and after photo. [[Viliami|PERSON]] types our number with gaps so the group doesn't auto-hide it, like this: [[0 4 1 2  6 3 8  5 5 7|OBF_PHONE|spaced_digits]]. The admins delete posts with normal phone numbers, something about scams. People just ring it. For bigger jobs people can email, [[sione.latu.mowing@outlook.com|EMAIL_ADDRESS]], and we've got a little [[TikTok|SOFTWARE]], [[@sione_mows_logan|SOCIAL_HANDLE]], where [[Viliami|PERSON]] posts the satisfying stripes videos. Those do numbers. The AI writes the captions, we just pick the song.

AI: How do you feel about AI more generally, given the kind of work you do?

User: Bit nervous, to be real. Everyone says the cars are gonna drive themselves soon. In [[America|COUNTRY]] they already got the robot taxis. So maybe in ten years there's no driving job for me. That's why I'm building the mowing thing, you can't send a robot to do a Tongan family's yard with a dog and three broken trampolines. My dad back in [[Tonga|COUNTRY]] laughs at me, he says, son, you worry about robots, worry about the price of petrol. He's got a point. But I reckon I'll keep using it for the paperwork side. That part it's honestly made easier. [[Last June|GENERIC_TIME]] was my first tax return where I didn't panic.""")

# 12 Utrecht bike shop
T.append("""AI: Thank you for joining. Could you start by telling me about yourself and your work?

User: Sure. I'm [[Bram Hoekstra|PERSON]], I'm [[forty-five|AGE]], and I'm a [[bicycle mechanic|JOB_TITLE]]. I own a repair shop called [[Fietsdokter Lombok|ORGANIZATION]], in the [[Lombok|CITY]] neighbourhood of [[Utrecht|CITY]]. I took it over from my uncle, ome [[Kees|PERSON]], in [[2008|DATE]]. He still comes by on [[Thursdays|GENERIC_TIME]] to drink coffee and criticise my wheel truing. We are three in the shop: me, [[Youssef El Amrani|PERSON]] who has been my right hand for nine years, and this year an [[intern|JOB_TITLE]] from the MBO, [[Fenna|PERSON]].

AI: How do you use AI in the shop?

User: Less than you'd think, more than I expected. The main thing is parts. E-bikes have made everything complicated, every brand has its own motor, its own error codes, its own diagnostic software. A customer comes in with a [[Bosch|ORGANIZATION]] error code I've never seen, and I'll ask [[ChatGPT|AI_PRODUCT]] what it probably means before I plug in the tester. [[Youssef|PERSON]] uses [[Copilot|AI_PRODUCT]] for the orders, he writes to our wholesaler, [[Van Dijk Tweewielers|ORGANIZATION]], in good Dutch now, he says the AI helps him sound less blunt. I think he sounds fine. His Dutch is better than mine.

AI: What about the administrative side of the business?

User: Invoicing is in [[Moneybird|SOFTWARE]], that does its own thing. But I use the AI for the tax letters from the [[Belastingdienst|ORGANIZATION]], which are written for robots anyway. I paste the letter in, with our KvK number and everything, [[71830264|NATIONAL_ID]], because I didn't think it mattered, it's public in the register. But then once I pasted a letter about a customer's dispute, with her name, mevrouw [[Jansen|PERSON]], and her address on the [[Kanaalstraat|ADDRESS]], and my daughter [[Lotte|PERSON]] saw it over my shoulder and was shocked. [[Lotte|PERSON]] studies law in [[Leiden|CITY]], so she lectured me about the AVG for half an hour at dinner. Since then, customer names stay out.

AI: How do customers get in touch?

User: Most just walk in. It's a neighbourhood shop. Phone is [[030 231 7745|PHONE_NUMBER]], but honestly I don't always hear it over the compressor. On the window we have the email written as [[bram apenstaartje fietsdokterlombok punt nl|OBF_EMAIL|dutch_apenstaartje]]. "Apenstaartje" means little monkey tail, it's what we call the at sign. [[Fenna|PERSON]] thought it was old-fashioned and wanted to replace it with a QR code. I said fine, make one, and she did. Now the window has both. Tourists take photos of the monkey tail.

AI: Has using AI changed anything about how you relate to customers?

User: A bit. Some customers come in having already asked the AI, and they tell me what's wrong with their bike. Sometimes they're right! Often not. One man told me the AI said his chain needed replacing, and I showed him the chain checker, it was fine, it was the derailleur hanger, bent. He was a bit disappointed, I think he wanted the AI to win. In [[the Netherlands|COUNTRY]] everyone has an opinion about bicycles. Even [[Mark Rutte|PUBLIC_FIGURE]] was famous for cycling to work, so you can't impress anybody.

AI: What do you think the future looks like for a shop like yours?

User: The repair work won't go anywhere. You can't download a wheel truing. But the knowledge gap is getting bigger. Old mechanics like [[Kees|PERSON]] could fix any bike with a spanner. Now you need a laptop. I'm sending [[Fenna|PERSON]] on the e-bike diagnostic course in [[Amersfoort|CITY]] [[next month|GENERIC_TIME]], and I think AI will be like a second apprentice that knows every manual but has never held a spanner. Useful, but you check its work.""")

# 13 Taipei tea shop
T.append("""AI: Thank you for joining us today. Could you tell me about yourself and your business?

User: Of course. My name is [[Lin Yi-chen|PERSON]], but most customers know me as [[Vivian|PERSON]]. I'm [[forty|AGE]], and I own a bubble tea shop called [[Cha Yuan|ORGANIZATION]] in [[Da'an District|CITY]], [[Taipei|CITY]]. My husband [[Chen Wei-ming|PERSON]] handles the accounts on weekends, he works at a bank during the week. We have four part-time staff, mostly students. The [[shift leader|JOB_TITLE]] is [[A-Hao|PERSON]], that's his nickname, his real name is [[Hsu Chih-hao|PERSON]], and there is [[Peggy|PERSON]], who is very good with the regulars.

AI: How do you use AI in the shop?

User: For the menu and the marketing. Every season we have new drinks, like in [[summer|GENERIC_TIME]] a mango series, in [[winter|GENERIC_TIME]] a brown sugar ginger series, and I need descriptions in Chinese and English, because we are near the universities and many exchange students come. I use [[ChatGPT|AI_PRODUCT]] for the English. Also for the posts on our [[LINE|SOFTWARE]] official account, our ID is [[@chayuan88|SOCIAL_HANDLE]], customers add it and get coupons. And the delivery platforms, [[Uber Eats|ORGANIZATION]] and [[foodpanda|ORGANIZATION]], each want different photos and different text lengths, so I ask it to rewrite.

AI: What information do you put into it?

User: Recipes, no. That's secret, my tapioca is from a supplier in [[Taichung|CITY]], Mr [[Huang|PERSON]], and the ratio of the brown sugar I will never tell a computer. Customer information, also no, we don't collect much anyway. But staff information, yes, that's where I made a mistake. I asked the AI to help me make the shift schedule, and I typed everyone's name, their class times, even that [[Peggy|PERSON]] has a health condition and can't do close shifts. Then my husband said, [[Wei-ming|PERSON]] always says this, "you are giving the American company our staff's private business". So now I use codes, [[A-Hao|PERSON]] is "S1" and so on.

AI: How can customers or companies reach you?

User: For normal customers, [[LINE|SOFTWARE]]. For companies who want to order for meetings, phone, [[02-2735-1846|PHONE_NUMBER]]. And the email is on our [[Instagram|SOFTWARE]] profile, written like [[chayuan.tea 小老鼠 gmail.com|OBF_EMAIL|chinese_little_mouse]]. In [[Taiwan|COUNTRY]] some people call the at sign "小老鼠", little mouse, because it looks like a mouse with a tail. My niece did that, she said the spam robots can't read it. For the company orders I also need our unified business number on the receipt, [[53917204|NATIONAL_ID]], so I put that in the template.

AI: Has AI caused any problems for you?

User: Once it translated "少冰" as "few ice" and "半糖" as "half a sugar" on the English menu and a customer from [[Australia|COUNTRY]] laughed a lot. It is not wrong, but it is funny. And once it wrote a caption that said our milk was "from [[Hokkaido|CITY]]" because I mentioned a [[Hokkaido|CITY]]-style drink. Our milk is from [[Taiwan|COUNTRY]]! A regular customer, Mrs [[Kuo|PERSON]], noticed and asked me. I was so embarrassed. Now [[Peggy|PERSON]] reads every post before it goes out.

AI: How do you see AI in the future of small shops like yours?

User: Everybody talks about AI now, because of [[Jensen Huang|PUBLIC_FIGURE]], he is a hero in [[Taiwan|COUNTRY]], all the uncles talk about [[Nvidia|ORGANIZATION]] stock. But for a small shop, I think AI is like a smart assistant for the boring work. The tea is still made by hand. The customers still want [[Peggy|PERSON]] to remember their order. A machine can remember the order, but it doesn't say "the usual?" with a smile.""")

# 14 Arusha safari
T.append("""AI: Karibu, and thank you for joining. Could you tell me about yourself and your work?

User: Asante. I am [[Baraka Mollel|PERSON]], [[thirty-eight|AGE]] years old, and I am a [[tour operator|JOB_TITLE]]. I run a small safari company, [[Kilele Trails|ORGANIZATION]], based in [[Arusha|CITY]]. We do mostly the northern circuit, [[Serengeti|CITY]], [[Ngorongoro|CITY]], [[Tarangire|CITY]], and some [[Kilimanjaro|CITY]] climbs with a partner company. We have three vehicles, two [[driver-guides|JOB_TITLE]], [[Joseph Massawe|PERSON]] and [[Lemayian|PERSON]], and my wife [[Neema|PERSON]] does bookings and the accounts. I started the company in [[2015|DATE]] after working eight years as a [[guide|JOB_TITLE]] for a big company.

AI: How has AI become part of running the company?

User: Mostly for communication with clients. Our clients are from [[Germany|COUNTRY]], the [[United States|COUNTRY]], [[France|COUNTRY]], [[Poland|COUNTRY]] lately, and they send many emails before they book. Many questions, "is it safe, what vaccines, can we see the migration in [[August|GENERIC_TIME]]". I use [[ChatGPT|AI_PRODUCT]] to help me write good answers quickly, and to translate to German when the client prefers. [[Neema|PERSON]] uses it to make the itineraries look professional, day by day, with lodges and times, then she puts it in [[Canva|SOFTWARE]] with photos.

AI: Do client details go into those tools?

User: The itinerary, yes, it has the names of the travellers. For example a couple from [[Munich|CITY]], [[Anja|PERSON]] and [[Felix Brandauer|PERSON]], they booked ten days for their honeymoon. [[Neema|PERSON]] put their names and passport numbers in, because the park permits from [[TANAPA|ORGANIZATION]] need the passport number, and she wanted one document with everything. I told her, no, the passport numbers go only in the permit system, not in the AI. We had a long discussion. Now the AI makes the itinerary with "Guest 1, Guest 2" and she adds names in [[Word|SOFTWARE]] at the end.

AI: How do clients find and contact you?

User: Website, [[kileletrails.co.tz|URL]], and [[TripAdvisor|ORGANIZATION]] reviews, and many from people who travelled with us before and tell their friends. [[WhatsApp|SOFTWARE]] is the main one, [[+255 754 302 118|PHONE_NUMBER]], because clients like to send voice messages from their home. The email on our brochure, we wrote it in a playful way, half in Swahili, so the robots don't collect it: "[[baraka kwa kileletrails nukta co nukta tz|OBF_EMAIL|swahili_kwa_nukta]]". "Nukta" means dot. Our guests love it, they learn their first Swahili word before they arrive. [[Joseph|PERSON]] also has his own [[Instagram|SOFTWARE]], [[@joseph.on.safari|SOCIAL_HANDLE]], with his animal photos, and clients ask for him by name.

AI: Has AI changed how you compete with bigger operators?

User: Yes. Before, the big companies in [[Arusha|CITY]] and the international agents had beautiful websites and fast replies, and we were slow because I was in the bush with no network. Now when I come back to town, I can answer twenty emails in one hour with AI helping. But there is a danger. Some small operators use AI to write fake reviews, or to describe lodges they never visited. My friend [[Emmanuel|PERSON]] who has a company in [[Moshi|CITY]] says the agents from [[Europe|CONTINENT]] are now suspicious of everything. So honesty is even more important.

AI: Is there anything else you would like to share?

User: Only that AI does not know the bush. It once told a client that the migration is in [[Ngorongoro|CITY]] in [[March|GENERIC_TIME]], which is wrong, the herds are in the southern [[Serengeti|CITY]] for calving. [[Lemayian|PERSON]] laughed for a long time. He grew up in [[Monduli|CITY]], he knows the land like his own hand. His knowledge is not on the internet. That is why guests come back to us and not to a computer.""")

# 15 Leipzig web developer
T.append("""AI: Thanks for taking part. Could you introduce yourself and your work?

User: Hi, sure. I'm [[Katharina Vogel|PERSON]], everyone calls me [[Kathi|PERSON]]. I'm [[35|AGE]], I'm a [[freelance web developer|JOB_TITLE]] in [[Leipzig|CITY]], in [[Plagwitz|CITY]]. I studied media informatics at [[HTWK Leipzig|SCHOOL]], worked at an agency for five years, and went freelance in [[2019|DATE]]. Mostly small business websites, [[WordPress|SOFTWARE]] and some custom stuff, for clients in [[Saxony|CITY]]. I rent a desk at a coworking space here, [[Werkbank Plagwitz|ORGANIZATION]].

AI: How do you use AI tools in your development work?

User: Every day, honestly. I use [[GitHub Copilot|AI_PRODUCT]] in the editor, and for the last few months I've been trying [[Cursor|AI_PRODUCT]], which is more aggressive about rewriting things. For explaining weird legacy code I use [[Claude|AI_PRODUCT]]. A lot of my work is taking over sites someone's nephew built in [[2012|DATE]] and nobody understands anymore. The AI is great at reading that spaghetti. My code is public, more or less, [[github.com/kathivogel-dev|URL]], so I'm not precious about pasting my own stuff in.

AI: What about client data?

User: That's where I'm strict, because of the DSGVO, GDPR. Some of my clients are exactly the kind who have sensitive data. For example I do the website and appointment booking for a dental practice, Dr. [[Ulrike Brandt|PERSON]]'s, and that booking database has patient names and phone numbers. None of that goes anywhere near an AI. If I need help with a database query, I make fake data first. Then there's [[Bäckerei Hentschel|ORGANIZATION]], a bakery, three branches, the owner [[Frank Hentschel|PERSON]] is lovely but he sends me his passwords by SMS. I've stopped fighting it. I just change them after.

AI: How do your clients usually find you?

User: Recommendations, mostly. One client tells another. [[Frank|PERSON]] has sent me maybe four other shops. On my website I write my email like [[kontakt (at) vogel-web (Punkt) de|OBF_EMAIL|german_punkt]], which is very typical in [[Germany|COUNTRY]], you'll see it on every Impressum. Ironic for a developer, I know, the bots can read that fine now. I also have a mobile for clients, [[0176 2841 9930|PHONE_NUMBER]], but I tell them text first. And legally the Impressum has to have my tax number, well, my Steuernummer, [[231/456/78901|NATIONAL_ID]], so that one's out there anyway.

AI: Has AI changed what clients expect from you?

User: A lot. Clients now think everything is five minutes. [[Frank|PERSON]] asked me, "can't the AI just make the online shop?" And a bit, yes, it can make a lot of the code. But then there's the payment provider, the shipping rules, the legal texts, the cookie banner, the accessibility. My sister [[Anke|PERSON]], she does my bookkeeping in [[lexoffice|SOFTWARE]], she says I should raise my prices because I'm faster now, not lower them. I think she's right. I also read a lot about [[Max Schrems|PUBLIC_FIGURE]] and the data transfer cases, so I think about where the AI companies store things, and I tell clients about it.

AI: Last question: what worries you most, if anything?

User: That junior developers won't learn the basics. At the coworking there's a young guy, [[Timo|PERSON]], who builds entire apps with [[Cursor|AI_PRODUCT]] and can't tell you what a foreign key is. When it breaks, he comes to me. Also the energy use, my partner [[Jule|PERSON]] works in climate research and she keeps sending me numbers. I don't have a good answer to that. I use it anyway, because my clients won't pay for me to be slow.""")

# 16 Fiji grocery
T.append("""AI: Bula, and thank you for talking with me. Could you tell me about yourself and your shop?

User: Bula, thank you. My name is [[Ravinesh Prasad|PERSON]], I am [[fifty-six|AGE]], and I am a [[shopkeeper|JOB_TITLE]]. I have a small grocery, [[Prasad's Mini Mart|ORGANIZATION]], in [[Nabua|CITY]], in [[Suva|CITY]]. My father opened it in [[1994|DATE]] and I took over when he got sick. My wife [[Sangeeta|PERSON]] works the counter with me, and we have one [[cashier|JOB_TITLE]], [[Litia Vunibola|PERSON]], she has been with us eleven years, she is like family now. My son [[Avinash|PERSON]] studies computing at [[USP|SCHOOL]], he is the one who brought the AI into the shop.

AI: How did [[Avinash|PERSON]] introduce it?

User: He put [[ChatGPT|AI_PRODUCT]] on my phone and said, Dad, ask it anything. At first I asked it silly things, cricket scores. Then I started asking about the shop. For example, the price of rice and flour keeps going up, and the supplier, [[Vatuwaqa Wholesalers|ORGANIZATION]], sends me a new list every month. I take a photo of the list and ask the AI to compare with last month and tell me which items went up most. That is very useful. Before, [[Sangeeta|PERSON]] would sit with a calculator on [[Sunday|GENERIC_TIME]] night for two hours.

AI: Are there things in the shop you keep away from the AI?

User: The credit book. We have many customers who take on credit and pay on payday, it's how small shops work here. Mr [[Naidu|PERSON]] from down the road, Bu [[Seini|PERSON]] who buys for her whole family, the boys from the bus depot. It is all in a red exercise book. [[Avinash|PERSON]] wanted to put it into a spreadsheet and ask the AI to send reminders. I said no. These are neighbours. If Bu [[Seini|PERSON]] is late, I don't need a computer to tell me, I will see her at church. And I don't want their names in some company in [[America|COUNTRY]].

AI: What about the tax side, or paperwork?

User: For the tax, yes, I use it to understand. The [[FRCS|ORGANIZATION]] letters are very formal, and VAT changes sometimes, so I ask it to explain simply. But I don't type our TIN into it. Well, I did once, [[50-48173-0-2|NATIONAL_ID]], when I asked it to help fill a form, and then [[Avinash|PERSON]] told me that is like writing it on the wall. Also, [[Litia|PERSON]] uses it for her [[M-PAiSA|SOFTWARE]] questions, when a customer's payment doesn't show. She asks it in Fijian sometimes and it answers in English, she finds that funny.

AI: How do customers contact the shop?

User: They just come! But for orders, like when a family has a function and needs twenty kilos of dhal and two crates of beer, they call. The shop number is [[+679 331 2847|PHONE_NUMBER]]. If I'm not there, they call [[Avinash|PERSON]]. On the notice board I wrote his number in Hindi so the old aunties can read it easily and the young fellas just think it's a song: "[[nau saat do, teen paanch, ek chhe|OBF_PHONE|hindi_digit_words]]". The aunties like that. [[Avinash|PERSON]] was embarrassed, but he gets more orders than me now.

AI: How do you feel about AI for a shop like yours in the future?

User: I think it will help a little, for the small things, the prices, the letters. But a shop like mine is about people. My father knew every customer's name and their children's names. When the [[Prime Minister|GENERIC_ROLE]], [[Sitiveni Rabuka|PUBLIC_FIGURE]], talks about digital [[Fiji|COUNTRY]], I think it's good for the young people, for [[Avinash|PERSON]]. For me, I want the AI to do my stock ordering so I have more time to talk. And maybe it can tell me when the cyclone is coming, before the whole of [[Suva|CITY]] comes to buy tinned fish at once!""")

# 17 Tromso electrician
T.append("""AI: Thank you for joining. Could you tell me a bit about yourself and your work?

User: Yes. I'm [[Eirik Johansen|PERSON]], [[39|AGE]] years old, [[electrician|JOB_TITLE]]. I run my own firm, [[Johansen Elektro AS|ORGANIZATION]], here in [[Tromsø|CITY]], we're based out on [[Kvaløya|CITY]]. Four people: me, two [[electricians|JOB_TITLE]], [[Sunniva Pedersen|PERSON]] and [[Hamid Rahimi|PERSON]], and an [[apprentice|JOB_TITLE]], [[Amund|PERSON]], who is [[seventeen|AGE]] and thinks he knows everything. I got my certificate in [[2010|DATE]] and started the firm in [[2017|DATE]].

AI: How do you use AI in the firm?

User: Mainly for writing. People in my trade hate writing. Every job needs documentation, the risk assessment, the declaration of conformity, and for the bigger jobs a full description for the customer. I use [[ChatGPT|AI_PRODUCT]] to turn my notes into proper Norwegian sentences. My notes are like "sikringsskap byttet, jordfeilbryter ok, kabel 2,5". It makes a nice paragraph out of that. And [[Sunniva|PERSON]] uses [[Copilot|AI_PRODUCT]] because it's in [[Tripletex|SOFTWARE]]-connected stuff, no wait, it's in the [[Microsoft|ORGANIZATION]] package we have. She does most of the quotes.

AI: Do customer details end up in the AI when you do that?

User: Not the name, usually. But the address, sometimes. We do a lot of cabins, hytter, and I'll write "cabin at [[Sommarøy|CITY]], old installation from the seventies". One job [[last winter|GENERIC_TIME]] was for a doctor from [[Oslo|CITY]], Dr. [[Hallvard Rønning|PERSON]], big cabin, and I remember I put his name in because the letter was to him. Later I read something from [[Datatilsynet|ORGANIZATION]], the data protection authority, and I thought, okay, maybe not. Now the AI gets "the customer" and I add the rest in [[Word|SOFTWARE]]. It's a small town, people would know from "big cabin at [[Sommarøy|CITY]]" anyway, so I'm more careful now.

AI: Are there parts of the work you don't let AI touch?

User: Everything to do with safety rules. The regulations from [[DSB|ORGANIZATION]], the standard NEK 400, I check myself, always. [[Amund|PERSON]] asked the AI once what cable size to use for a sauna heater and it gave an answer for [[Germany|COUNTRY]], different standard. If he had installed that, it could be a fire. I told him, you can ask the AI to explain things, but you look it up in the book, and you ask me or [[Hamid|PERSON]]. [[Hamid|PERSON]] was an [[electrician|JOB_TITLE]] in [[Iran|COUNTRY]] for ten years before he came here, so he's seen everything.

AI: How do customers reach you?

User: Phone, mostly, [[+47 915 38 204|PHONE_NUMBER]]. Or through the website, [[johansen-elektro.no|URL]]. On the van we wrote the email out in words, my wife [[Ingrid|PERSON]] thought it was funny: [[eirik krøllalfa johansen-elektro punktum no|OBF_EMAIL|norwegian_krollalfa]]. "Krøllalfa" is what we call the at sign, a curly alpha. Tourists take pictures of it. Also the org number, [[923 481 556|NATIONAL_ID]], is on the van, that's required. Suppliers, like [[Elektroskandia|ORGANIZATION]], they email [[Sunniva|PERSON]] directly.

AI: Looking ahead, how do you see AI affecting a trade like yours?

User: The hands-on part, nothing. Nobody is sending a robot up on a roof in [[January|GENERIC_TIME]] at minus fifteen in the dark. But the paperwork, yes, that will be much easier. I would like AI to read the old drawings, we have cabins where nobody knows what's in the walls. And maybe help with [[Amund|PERSON]]'s school stuff, he is at [[Kvaløya vgs|SCHOOL]] part-time. He spends more time talking about [[Erling Haaland|PUBLIC_FIGURE]] than studying. If the AI could make him interested in Ohm's law, I would pay a lot for that.""")

# 18 Hong Kong interior designer
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Sure. I'm [[Cheung Ka-yan|PERSON]], most clients call me [[Yannie|PERSON]]. I'm a [[freelance interior designer|JOB_TITLE]] in [[Hong Kong|CITY]], I have a small studio in [[Kwun Tong|CITY]], in one of those old industrial buildings. I'm [[forty-four|AGE]]. I studied at [[PolyU|SCHOOL]], worked at a big design firm for twelve years, and went on my own in [[2019|DATE]]. Now it's mostly flats, small flats, four hundred square feet, where every centimetre matters.

AI: How do you use AI in your design work?

User: For the early stage, mood and ideas. A client sends me three photos from [[Xiaohongshu|SOFTWARE]] and says "I want this but cosy", and I use [[Midjourney|AI_PRODUCT]] to make a few concept images quickly, so we agree on a direction before I spend hours in [[SketchUp|SOFTWARE]]. And for writing, I use [[Poe|AI_PRODUCT]] mostly, because it gives me different models in one place. I write proposals in English and Chinese. My English is fine but the AI makes it sound more polished for the expat clients.

AI: What kinds of client information go into those tools?

User: Photos of the flat, yes, I upload them, and floor plans. I think that's okay, but actually a floor plan with the building name is quite identifying in [[Hong Kong|CITY]]. One couple, [[Jasmine|PERSON]] and [[Kelvin Ho|PERSON]], in a flat in [[Tai Koo Shing|CITY]], I uploaded their plan and the block name was printed at the top. Another time a client's helper sent me the management office form, with the owner's HKID copy on it, [[Y482917(3)|NATIONAL_ID]], and I almost put the whole PDF into the AI to extract the text. I stopped. Now I crop everything and remove names before any upload.

AI: How do clients and contractors get in touch with you?

User: [[WhatsApp|SOFTWARE]] for everything. Contractors especially, my main one is [[Ah Keung|PERSON]], he does all the renovation, and the [[carpenter|JOB_TITLE]] is Mr [[Lam|PERSON]], he's almost [[seventy|AGE]] and only uses voice messages. For new clients, [[Instagram|SOFTWARE]], my account is [[@ky.interiors.hk|SOCIAL_HANDLE]], and my email is [[yannie@kystudio.hk|EMAIL_ADDRESS]]. On my [[Instagram|SOFTWARE]] bio I wrote my number in full-width digits, [[９１２３　４５６７|OBF_PHONE|fullwidth_digits]], because I heard it stops some scrapers. My friend who does web stuff said it probably doesn't, but it looks nice with the Chinese font.

AI: Has AI changed what clients expect?

User: Yes, now some clients come with AI images already, very beautiful rooms that can't exist. The window in the wrong place, a ceiling higher than the building allows. I have to explain, [[Hong Kong|CITY]] flats don't have that. One client, Mrs [[Tsang|PERSON]], wanted the exact room from an AI picture, and it had a bathtub in a flat where the plumbing is impossible. [[Ah Keung|PERSON]] laughed and said, you want it, I build it, but downstairs will have a waterfall. So now I spend time managing expectations. Also people quote [[Marie Kondo|PUBLIC_FIGURE]] at me, which is fine, small flats need that.

AI: Is there anything you'd like AI to do better for people like you?

User: Building regulations, the [[Buildings Department|ORGANIZATION]] rules. If it knew those properly, for minor works, it would save me so much time. Right now it mixes [[Hong Kong|CITY]] with [[Singapore|COUNTRY]] or the [[UK|COUNTRY]]. And I'd like it to understand Cantonese voice messages, because Mr [[Lam|PERSON]]'s messages are two minutes each and I listen to them on the [[MTR|ORGANIZATION]] with the volume very low. If AI could summarise "[[Lam|PERSON]] says the wood arrives [[Tuesday|GENERIC_TIME]]", that would change my life.""")

# 19 Ohio [[Etsy|ORGANIZATION]] seller
T.append("""AI: Hi, thanks for joining. Could you tell me a little about yourself and your work?

User: Hi! Sure. I'm [[Dana Whitlock|PERSON]], I'm [[37|AGE]], and I run an [[Etsy|ORGANIZATION]] shop selling printable planners and wall art. It's called [[Maple & Moss Prints|ORGANIZATION]]. I work from home in [[Lakewood|CITY]], outside [[Cleveland|CITY]]. I opened the shop in [[November 2018|DATE]], when my youngest was a baby. I was a [[dental hygienist|JOB_TITLE]] before that, and honestly I thought I'd go back, but the shop took off. My husband [[Travis|PERSON]] drives long-haul, so during the week it's me and the kids, [[Harper|PERSON]] and [[Owen|PERSON]].

AI: How do you use AI in the shop?

User: Oh, in a lot of ways now. Listing descriptions, first of all. [[Etsy|ORGANIZATION]] SEO is a whole thing, titles, tags, and I use [[ChatGPT|AI_PRODUCT]] to brainstorm those. I also use [[eRank|SOFTWARE]] for keyword research, and it has some AI stuff built in now. For the designs themselves, I draw in [[Procreate|SOFTWARE]] and lay out planners in [[Canva|SOFTWARE]]. I tried generating wall art with AI for a while, but I pulled those listings. Customers started leaving comments about it, and I didn't feel great selling something I didn't make.

AI: What about customer messages? Do those go into AI tools?

User: Sometimes, yeah. I get a lot of custom requests. Like a lady named [[Carol|PERSON]] in [[Phoenix|CITY]] wanted a family tree print with all her grandkids' names and birthdays, and I pasted her whole message into [[ChatGPT|AI_PRODUCT]] to help me lay out the text. Which, thinking about it now, that's like fifteen kids' names and birthdays. My mom, [[Deb|PERSON]], she helps me pack the physical orders on [[Wednesdays|GENERIC_TIME]], she was the one who said, "[[Dana|PERSON]], would you want someone putting [[Harper|PERSON]]'s birthday in a computer?" And no, I wouldn't. So now I replace the names with placeholders and type the real ones into [[Canva|SOFTWARE]] myself.

AI: How do customers contact you outside of [[Etsy|ORGANIZATION]]?

User: That's a sore spot! [[Etsy|ORGANIZATION]] doesn't like you sharing contact info in messages, it flags it. For wholesale inquiries, like a boutique in [[Columbus|CITY]] that wanted to stock printed planners, I needed to talk to them off-platform. A friend in a seller [[Facebook|SOFTWARE]] group showed me a trick where you put invisible characters in your email so the filter doesn't catch it, so I sent it like [[dana​@​mapleandmossprints​.com|OBF_EMAIL|zero_width]]. It looks normal when you read it. I don't know if that's allowed, honestly. Otherwise people find me through the shop, [[etsy.com/shop/MapleAndMossPrints|URL]], or on [[Pinterest|SOFTWARE]], where I'm [[@mapleandmossprints|SOCIAL_HANDLE]].

AI: Has the rise of AI affected your business in other ways?

User: Big time. The market is flooded with AI-generated printables now. You search "boho nursery print" and there's ten thousand of them, all slightly weird, hands with six fingers. Prices dropped. I've had to lean into being a real person. I do little videos of me drawing, [[Harper|PERSON]] sometimes helps pick colors, and customers love that. I even put "hand-drawn by [[Dana|PERSON]] in [[Ohio|CITY]]" in the listing. [[Martha Stewart|PUBLIC_FIGURE]] built an empire on being a real person making real things, right? That's my strategy, just smaller.

AI: Is there anything that worries you about it going forward?

User: Mostly that [[Etsy|ORGANIZATION]] itself will start pushing AI stuff, because it's cheaper for everyone. And taxes, kind of. I asked [[ChatGPT|AI_PRODUCT]] about the 1099-K rules and it gave me an answer that my [[accountant|JOB_TITLE]], [[Marcy Feldman|PERSON]], said was outdated. [[Marcy|PERSON]]'s great, she does a lot of [[Etsy|ORGANIZATION]] sellers around [[Cuyahoga County|CITY]]. I also worry about the kids growing up thinking everything comes from a prompt. [[Owen|PERSON]] is [[seven|AGE]] and he asked me [[last week|GENERIC_TIME]] if AI made his drawings too. I said no, buddy, you did. That's the whole point.""")

# 20 Addis coffee consultant
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Thank you. My name is [[Selamawit Tesfaye|PERSON]], most people call me [[Selam|PERSON]]. I am a [[coffee quality consultant|JOB_TITLE]] and a licensed [[Q grader|JOB_TITLE]]. I have a small consultancy, [[Buna Bridge|ORGANIZATION]], in [[Bole|CITY]], [[Addis Ababa|CITY]]. We connect smallholder cooperatives in [[Sidama|CITY]] and [[Yirgacheffe|CITY]] with specialty roasters abroad, and we do cupping and quality training. I am [[forty-two|AGE]]. I studied chemistry at [[Addis Ababa University|SCHOOL]] and started this work in [[2012|DATE]].

AI: How does AI come into your work?

User: Mostly in communication and documents. The buyers are in [[Norway|COUNTRY]], [[Japan|COUNTRY]], [[South Korea|COUNTRY]], the [[United States|COUNTRY]]. Each one wants reports in a certain style. I use [[ChatGPT|AI_PRODUCT]] to help write the cupping reports in good English, and sometimes to translate the farmers' stories, which my [[colleague|GENERIC_ROLE]] collects in Amharic or Sidamo, into English for the roasters' websites. My [[cupper|JOB_TITLE]], [[Dawit Alemu|PERSON]], he uses [[Gemini|AI_PRODUCT]] on his phone. He says it understands Amharic better. I'm not sure.

AI: What information do you share with these tools?

User: Cupping scores, the process, altitude, yes. That's not secret. But prices, no. The contract price between a cooperative and a roaster is sensitive. And the farmers' names, I'm careful. There is a farmer in [[Bensa|CITY]], Ato [[Tadesse Gemechu|PERSON]], his coffee scored eighty-nine [[last season|GENERIC_TIME]] and the roaster in [[Oslo|CITY]], [[Henrik|PERSON]] from [[Kaffebrenneriet Nord|ORGANIZATION]], wants to put his story and his photo on the bag. That's good for Ato [[Tadesse|PERSON]], but it's his choice. So I don't put his story into AI before he agrees. My brother [[Yonas|PERSON]] says I'm old-fashioned. Maybe.

AI: How do buyers and partners contact you?

User: [[Telegram|SOFTWARE]] is most common here, my handle is [[@selam_buna|SOCIAL_HANDLE]]. The international buyers prefer email or [[WhatsApp|SOFTWARE]], [[+251 911 62 4830|PHONE_NUMBER]]. On our brochure for the coffee fairs I wrote the email in capitals, spelled out, [[selam.tesfaye AT bunabridge DOT com|OBF_EMAIL|spelled_caps_at_dot]], because after the last fair in [[Amsterdam|CITY]] we got so many scam offers. Also the export documents need our TIN, [[0045821937|NATIONAL_ID]], and the license from [[ECTA|ORGANIZATION]], so those I type myself in the official forms, never in AI.

AI: Has AI created any problems in your work?

User: Yes, one funny and one serious. The funny one: it described a washed coffee from [[Guji|CITY]] as having "notes of blueberry jam", because that is what people expect from Ethiopian coffee, but it was a washed lot, very clean, tea-like. [[Dawit|PERSON]] was offended for the coffee! The serious one is about regulations. Export rules in [[Ethiopia|COUNTRY]] change often, and the AI gave me an old rule about direct export licences. If I had told a cooperative that, they could have lost a shipment. Now for rules I call my contact at the ministry, or I ask [[Yonas|PERSON]], who is a [[lawyer|JOB_TITLE]].

AI: How do you see AI affecting coffee in the future?

User: I think it will help the small players tell their stories. A cooperative in [[Sidama|CITY]] can now have a website in English and Japanese that looks professional. That's real. But it can also make everything sound the same, "floral, bright, complex". [[Abiy Ahmed|PUBLIC_FIGURE]] talks a lot about digital [[Ethiopia|COUNTRY]], and for the young people, for my nieces, it's exciting. For me, the coffee is still in the cup. You cannot cup with AI. You need a tongue.""")

# 21 Bordeaux wine shop
T.append("""AI: Bonjour, and thank you for joining. Could you tell me about yourself and your work?

User: Bonjour! I'm [[Sophie Lacombe-Marty|PERSON]], I'm [[fifty|AGE]], and I'm a [[caviste|JOB_TITLE]], so I run an independent wine shop. It's called [[Le Vin Passant|ORGANIZATION]], in the [[Chartrons|CITY]] quarter of [[Bordeaux|CITY]]. I opened it in [[2014|DATE]] after twenty years in marketing, and I did the wine diploma at the [[Université de Bordeaux|SCHOOL]] in my forties, which was very humbling, sitting with students half my age. It's me and [[Théo Garnier|PERSON]], who is [[twenty-four|AGE]] and training to be a [[sommelier|JOB_TITLE]], and on busy [[Saturdays|GENERIC_TIME]] my daughter [[Inès|PERSON]].

AI: How do you use AI tools in the shop?

User: For writing, mostly, and a little for the stock. Every week I write a newsletter, "the bottle of the week", and I used to spend my whole [[Monday|GENERIC_TIME]], when the shop is closed, writing it. Now I use [[Le Chat|AI_PRODUCT]], from [[Mistral|ORGANIZATION]], because it's French and, honestly, a bit of patriotism. Sometimes [[ChatGPT|AI_PRODUCT]] too. I give it my tasting notes, which are very messy, and the story of the winemaker, and it gives me a clean first draft. I rewrite maybe half. It's too enthusiastic, everything is "exceptional", and I have to remove the adjectives.

AI: The stories of the winemakers, do those involve personal details?

User: Yes, and I think about that. Most of my producers are small families. For example [[Jean-Marc Lestrade|PERSON]] at [[Château Lestrade|ORGANIZATION]], near [[Castillon|CITY]], he took over from his father, his wife [[Hélène|PERSON]] does the labels, their son came back from [[Paris|CITY]] to work the vines. It's a beautiful story, and it sells wine. But I always ask [[Jean-Marc|PERSON]] first, and I don't put anything private, like when his father was ill, even though he told me. The customers want the story, but not everything is for the newsletter.

AI: What about customer information?

User: We have a loyalty list, about four hundred customers, in [[Excel|SOFTWARE]]. I once asked the AI to help me segment it, who buys natural wine, who buys the classic châteaux, and I nearly pasted the whole list with names and emails. [[Théo|PERSON]] stopped me, he's young but he knows the RGPD better than me. So we did it with numbers only. A regular, Monsieur [[Ferreira|PERSON]], who buys a case of [[Pomerol|CITY]] every [[Christmas|GENERIC_TIME]], would not be happy to know his habits are in a computer in [[California|CITY]]!

AI: How do customers reach you for orders or events?

User: The shop email, [[contact@levinpassant.fr|EMAIL_ADDRESS]], or my mobile. On the chalkboard outside for the tasting evenings, I write the mobile in words, it's a little game, people like it: "[[zéro six, quarante-deux, dix-huit, soixante-treize, zéro neuf|OBF_PHONE|french_digit_words]]". The tourists who don't speak French take a photo and ask [[Inès|PERSON]] to translate. And we're on [[Instagram|SOFTWARE]], [[@levinpassant_chartrons|SOCIAL_HANDLE]], [[Théo|PERSON]] manages it. For the big corporate orders I need to give our SIRET, [[812 447 903 00021|NATIONAL_ID]], on the quote, and the AI helps me make the quote look professional, but I type the SIRET myself.

AI: How do you feel about AI in the wine world more broadly?

User: Mixed. There are apps, like [[Vivino|SOFTWARE]], where you photograph a label and get a score, and now AI sommeliers that recommend wine. Some customers arrive with their phone and say the AI told them this bottle is ninety-two points. It's a bit like the time of [[Robert Parker|PUBLIC_FIGURE]], when everyone bought according to the number. But a wine shop is a conversation. I ask, what are you eating, who is coming, what did you like last time. [[Théo|PERSON]] says AI will never taste, and that's true. But it will write about tasting, very well, and that's a little frightening for people like me who write.""")

# 22 Tampere sauna builder
T.append("""AI: Thank you for joining. Could you tell me about yourself and your work?

User: Yes. I am [[Jussi Mäkelä|PERSON]], [[48|AGE]], and I am a [[carpenter|JOB_TITLE]], but really I build saunas. My company is [[Löylypuu Oy|ORGANIZATION]], near [[Tampere|CITY]], we are based in [[Kangasala|CITY]]. Mostly private saunas for houses and summer cottages, some renovations. We are three: me, my son [[Eetu|PERSON]], who is [[twenty-three|AGE]] and finished at [[Tredu|SCHOOL]] two years ago, and [[Petri Laine|PERSON]], who has been with me since the beginning. My wife [[Tiina|PERSON]] does the marketing and the customer emails in the evenings.

AI: How did AI come into the business?

User: Through [[Tiina|PERSON]] and [[Eetu|PERSON]]. I was sceptical. [[Tiina|PERSON]] started using [[ChatGPT|AI_PRODUCT]] for the website texts and [[Facebook|SOFTWARE]] posts, in Finnish and English, because we get some customers from [[Germany|COUNTRY]] and [[Sweden|COUNTRY]] who have summer houses here. [[Eetu|PERSON]] uses it for calculations, how much wood, how much insulation, what stove size for the room volume. I check his numbers, because it once said a six kilowatt stove was enough for a big sauna and it was not. A Finn knows that.

AI: Do customer details go into the tools when you do that?

User: [[Tiina|PERSON]] is careful, I think more careful than me. When she writes the offer, she uses the AI for the text about the wood and the warranty, then adds the name herself. But I did once write to the AI, "sauna for the [[Virtanen|PERSON]] family in [[Pirkkala|CITY]], the old man has bad knees so the benches lower". I wanted help with the design. And then I thought, that is someone's health. [[Tiina|PERSON]] said, [[Jussi|PERSON]], you don't need the name for the bench height. She is right. Now I just write "customer with limited mobility".

AI: How can customers reach you?

User: Phone, [[040 718 2293|PHONE_NUMBER]], is the best. I'm often on a roof or in a cottage with no network, but I call back. The email is on our van and website, written in Finnish way: [[jussi ät löylypuu piste fi|OBF_EMAIL|finnish_at_piste]]. "Ät" is how we say the at sign, and "piste" is dot. [[Tiina|PERSON]] said it's good against spam, and also the "ö" and "y" in the domain confuse foreign people anyway, so we have a second address for them, [[info@loylypuu.fi|EMAIL_ADDRESS]]. Our business ID, [[3184527-6|NATIONAL_ID]], is on all the invoices from [[Procountor|SOFTWARE]].

AI: Has AI changed the way you work with suppliers or with [[Petri|PERSON]]?

User: [[Petri|PERSON]] doesn't use it at all. He is [[sixty|AGE]] and says his hands are smarter than any computer. And for the wood, it is true. He can feel if the aspen is dry enough. Our supplier, [[Sahanen Puutavara|ORGANIZATION]] in [[Orivesi|CITY]], sends price lists by email, and I ask the AI to compare them with [[last year|GENERIC_TIME]]. That saves me time. But the AI does not understand löyly. It writes "steam" and that is not the same thing. Löyly is more like the spirit of the sauna.

AI: What would you like AI to help with in the future?

User: The paperwork for the building permits, and the energy calculations that the municipality wants now. That's a lot of hours. And maybe drawing. [[Eetu|PERSON]] wants to try AI drawing tools with [[SketchUp|SOFTWARE]]. I am not against it. But the sauna itself, no. Every sauna is different, the place, the lake, the family. [[Sanna Marin|PUBLIC_FIGURE]] once said that sauna is part of Finnish identity, something like that, and I agree. You cannot download that.""")

# 23 Shenzhen developer
T.append("""AI: Thanks for joining. Could you introduce yourself and your work?

User: Sure. I'm [[Zhou Hao|PERSON]], [[twenty-nine|AGE]], a [[freelance mobile app developer|JOB_TITLE]]. I live in [[Nanshan|CITY]], [[Shenzhen|CITY]]. I studied software engineering at [[Hunan University|SCHOOL]], then worked three years at a big tech company, the 996 life, and quit in [[2022|DATE]]. Now I build mini-programs and small apps for small businesses, mostly inside [[WeChat|SOFTWARE]]. Clients are shops, a dental clinic, a few e-commerce sellers.

AI: How do AI tools fit into your work?

User: Completely, honestly. I code with [[DeepSeek|AI_PRODUCT]] open all day, and sometimes [[Kimi|AI_PRODUCT]] for reading long documents, because it handles long context well. [[Qwen|AI_PRODUCT]] from [[Alibaba|ORGANIZATION]] I use when the client's backend is on [[Alibaba Cloud|ORGANIZATION]], because it knows their APIs. [[ChatGPT|AI_PRODUCT]] isn't officially available here so I don't depend on it. For a small mini-program, I can do in two weeks what took two months when I started. The bottleneck is now the client, not the code.

AI: What about your clients' data?

User: This is something I think about a lot. For example one client, a seafood wholesaler, we call him [[Liang|PERSON]] [[laoban|GENERIC_ROLE]], "[[Boss|GENERIC_ROLE]] [[Liang|PERSON]]", he gave me his whole customer database as an [[Excel|SOFTWARE]] file to import into the new ordering system. Names, phone numbers, addresses of restaurants. I needed to clean the data, and the easy way is to paste it into the AI. I didn't. I wrote a script with the AI's help, using fake sample rows, then ran the script locally on the real data. [[China|COUNTRY]] has the Personal Information Protection Law now, and the dental clinic especially, Dr. [[Fang Jing|PERSON]] is very strict about patient records.

AI: How do clients contact you?

User: [[WeChat|SOFTWARE]], always. My ID is [[zhouhao_dev|SOCIAL_HANDLE]]. Email almost nobody uses here, but for the overseas clients, I have [[zhouhao.dev@163.com|EMAIL_ADDRESS]]. My code samples are on [[Gitee|SOFTWARE]], [[gitee.com/zhouhao-dev|URL]]. And when I post in developer groups, I write my phone number in pinyin, because the group bots delete messages with numbers, so it looks like "[[yao san ba, liu qi er ling, jiu si wu yao|OBF_PHONE|pinyin_digits]]". In phone numbers we say "yao" for one, not "yi". People in the group understand immediately.

AI: Has AI changed how you price your work?

User: A lot. Clients know AI exists now. [[Liang|PERSON]] [[laoban|GENERIC_ROLE]] asked me, "if the AI writes it, why is it so expensive?" I told him, the AI writes code, but it doesn't know your restaurants, your delivery routes, your cousin who does the accounts and hates new systems. That's what you pay me for. My girlfriend [[Xiaoyu|PERSON]] works in product at a startup in [[Futian|CITY]], and she says it's the same there, everyone expects ten times faster. I lowered my prices a little but took more clients.

AI: How do you feel about the future of your work?

User: Nervous and excited. When [[DeepSeek|AI_PRODUCT]] came out, everybody in [[Shenzhen|CITY]] was talking about [[Liang Wenfeng|PUBLIC_FIGURE]], and how a small team could do that. It made many young developers feel proud. But it also means the entry-level jobs are disappearing. My cousin [[Zhou Mingyu|PERSON]] just graduated and can't find a junior developer job. My parents in [[Changsha|CITY]] still ask when I'll get a "real job" with social insurance. Maybe they are right. But for now, freelancing with AI is the best money I've made.""")

# 24 Kigali tutoring centre
T.append("""AI: Murakoze, thank you for joining. Could you introduce yourself and what you do?

User: Thank you. I am [[Aline Uwimana|PERSON]], I'm [[thirty-one|AGE]], and I'm a [[private tutor|JOB_TITLE]]. I also run a small tutoring centre, [[Inyange Learning Hub|ORGANIZATION]], in [[Kimironko|CITY]], [[Kigali|CITY]]. We help secondary students prepare for national exams, mostly maths and English, and some adults who want English for work. We are three tutors: me, [[Eric Habimana|PERSON]] for maths and physics, and [[Claudine Mukamana|PERSON]] for English. I studied education at [[University of Rwanda|SCHOOL]] and opened the centre in [[January 2021|DATE]].

AI: How do you and your tutors use AI?

User: For preparing materials, a lot. I ask [[ChatGPT|AI_PRODUCT]] to make practice questions in the style of the national exam, then we check them. [[Eric|PERSON]] uses it to explain physics in simpler ways, and sometimes in Kinyarwanda, though the Kinyarwanda is not always good, it makes strange words. [[Claudine|PERSON]] uses it for essay feedback. We don't let students use it for homework without permission, that was a big debate in our team.

AI: Do you put any student information into it?

User: Here we are careful, because many students are minors. For feedback, [[Claudine|PERSON]] removes the names from the essays before pasting. Only once we had a problem: a parent, Mr [[Mugisha|PERSON]], wanted a detailed report about his son [[Kevin|PERSON]], who is [[sixteen|AGE]] and struggling with maths, and [[Eric|PERSON]] pasted all of [[Kevin|PERSON]]'s marks with his full name and his school, [[Lycée de Kigali|SCHOOL]], into the AI to write the report. I told him, we cannot do that. [[Rwanda|COUNTRY]] has a data protection law now, and the parents trust us. [[Eric|PERSON]] agreed, he just didn't think.

AI: How do parents and students contact the centre?

User: Phone and [[WhatsApp|SOFTWARE]], [[+250 788 451 920|PHONE_NUMBER]]. We also have an account on [[X|SOFTWARE]], [[@inyangehub|SOCIAL_HANDLE]]. For the email, my husband [[Jean-Paul|PERSON]], who works in IT, had an idea to avoid spam, we wrote it backwards on the poster, with a little arrow to read it from right to left: [[moc.liamg@bulhegnayni|OBF_EMAIL|reversed]]. Students think it's a puzzle and they enjoy it. The parents sometimes call to ask what it means! So maybe it was not the best idea for the parents.

AI: Has AI changed anything in the way students learn?

User: Yes, some students come with answers from AI and they cannot explain them. So now we do more oral questions. "Explain to me how you got this." [[Claudine|PERSON]] says it's like the old days when students copied from the smart friend, but now the smart friend is always awake. But it also helps. A shy student can ask the AI a "stupid question" at night without feeling shame, and come in the morning more confident. [[Eric|PERSON]] shows students [[Khan Academy|ORGANIZATION]] videos and the AI helper there too.

AI: What do you hope for, for your centre and AI in the future?

User: I hope AI can help us reach students outside [[Kigali|CITY]], in [[Musanze|CITY]] or [[Huye|CITY]], where there are fewer tutors. Maybe online sessions with AI practice between them. [[Paul Kagame|PUBLIC_FIGURE]] talks a lot about technology and [[Rwanda|COUNTRY]] becoming a knowledge economy, and I believe it, but the internet cost is still high for many families. Also I need help with registration on [[Irembo|SOFTWARE]] and the tax forms from [[RRA|ORGANIZATION]]. If AI could do those forms with me, I would have more time to teach.""")

# 25 Vancouver dog walker
T.append("""AI: Hey, thanks for joining. Could you tell me about yourself and what you do?

User: Yeah, for sure. I'm [[Marcus Tremblay-Lee|PERSON]], I'm [[26|AGE]], and I'm a [[dog walker|JOB_TITLE]] and [[pet sitter|JOB_TITLE]] in [[Vancouver|CITY]]. I mostly cover [[Mount Pleasant|CITY]] and [[Kitsilano|CITY]]. I started in [[spring 2021|DATE]] when I dropped out of [[Langara College|SCHOOL]], kind of by accident, walking my neighbour's dog during lockdown. Now I've got about twenty regular dogs, and I book through [[Rover|ORGANIZATION]] and also some private clients. My sister [[Tessa|PERSON]] covers for me on [[weekends|GENERIC_TIME]] when I'm slammed.

AI: How does AI fit into your work?

User: Mostly scheduling and messaging. I use [[ChatGPT|AI_PRODUCT]] to help write my walk reports, like the little updates owners get. I'll voice-note, "Biscuit pooped twice, met a golden retriever, ignored recall once," and it turns that into a cute message. Owners love it. And I use it for the routes, I describe where everyone lives in general terms, and it helps me group the dogs so I'm not zigzagging across the city. I keep the actual schedule in [[Google Calendar|SOFTWARE]].

AI: When you describe where people live, how specific do you get?

User: At first, pretty specific. Like, I'd literally type "pick up at [[2218 Ontario Street|ADDRESS]], then the lady on [[West 7th|ADDRESS]]". And that lady is Mrs [[Okonkwo|PERSON]], who's in her eighties and lives alone with her corgi. If you think about it, that's a lot of info about a vulnerable person. One of my clients, [[Harjit Gill|PERSON]], she's a [[nurse|JOB_TITLE]] at [[VGH|ORGANIZATION]], she asked me once, casually, what app I used for the reports, and I realized I'd never thought about it. Now I use intersections, not addresses, and first names of dogs only. The dogs don't mind.

AI: How do people find and contact you?

User: Through [[Rover|ORGANIZATION]] mostly, but [[Rover|ORGANIZATION]] takes a cut, so a lot of people move to private after a few walks. [[Rover|ORGANIZATION]] doesn't love you sharing contact info in the app, so I spell it out: "[[marcus underscore walks at outlook dot com|OBF_EMAIL|spelled_underscore]]". Their filter doesn't catch that. Outside the app, my phone's [[604-555-0199|PHONE_NUMBER]], and I'm on [[Instagram|SOFTWARE]] as [[@pawsonmain.yvr|SOCIAL_HANDLE]], where I post dog photos with the owners' permission. [[Tessa|PERSON]] runs that account honestly, she's better at captions, and she uses AI for hashtags.

AI: Has anything gone wrong with using AI in your work?

User: One time it wrote a report saying a dog "enjoyed a delicious treat from the park vendor," which I never said, it just made that up. The owner, a guy named [[Derek|PERSON]], freaked out because his dog has allergies. I had to call him and explain. Now I read every message before sending. Also, I once asked it about dog behaviour stuff, and it gave me advice that sounded like [[Cesar Millan|PUBLIC_FIGURE]] from like 2008, very old school, and the [[trainer|JOB_TITLE]] I work with, [[Noor|PERSON]], said that's outdated. So I stick with [[Noor|PERSON]] for training questions.

AI: Where do you see your work going in the next few years?

User: Honestly, I want to go full business. Get licensed properly with the [[City of Vancouver|ORGANIZATION]], get insurance, maybe hire a walker or two. I'd use AI for the business plan and the bookkeeping, I'm terrible with numbers. My dad, [[Kevin|PERSON]], owns a small landscaping company in [[Burnaby|CITY]] and he keeps telling me to use [[QuickBooks|SOFTWARE]] and get an accountant. But the actual walking, AI can't do that. You can't automate a golden retriever losing its mind over a squirrel.""")

write_set(T, "set_ao")
