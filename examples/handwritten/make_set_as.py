import sys
from markup import write_set
T = []

# 1 Ireland - freelance journalist
T.append("""AI: Thanks for joining me. Could you start by telling me a little about yourself and what you do?

User: Grand, yeah. I'm [[Siobhán Keane|PERSON]], I'm [[38|AGE]], and I'm a [[freelance journalist|JOB_TITLE]] living in [[Salthill|CITY]], just outside [[Galway|CITY]] city. I do features and a bit of court reporting for the [[Western Courier|ORGANIZATION]], and the odd radio package for [[RTÉ|ORGANIZATION]]. I went freelance in [[2016|DATE]] after six years on staff at a paper in [[Sligo|CITY]] that doesn't exist anymore.

AI: And where does AI come into your week?

User: Honestly the biggest thing is transcription. I record everything on my phone and put it through [[Otter|AI_PRODUCT]], which saves me hours. Then sometimes I'll paste a rough draft into [[ChatGPT|AI_PRODUCT]] and ask it what's missing, like, what would a sceptical reader ask. It's decent at that. It's useless at the actual writing though, it sounds like a tourism brochure. My [[editor|GENERIC_ROLE]] can spot it a mile off.

AI: Can you give me an example of a story where you used it?

User: There was a piece [[last winter|GENERIC_TIME]] about a pub closing in [[Clifden|CITY]]. The owner, a man everyone just calls [[Murphy|PERSON]], talked for two hours straight, and his daughter [[Gráinne|PERSON]] kept jumping in to correct him. The transcript came out with the two voices mashed together, so I asked [[ChatGPT|AI_PRODUCT]] to split them by speaker. It got it maybe seventy percent right. It gave some of her lines to him and vice versa, which in a piece about a family falling out is not a small thing. So I went back to the audio for every single quote. I always do. After that it goes to [[Declan|PERSON]] on the news desk, he signs off my stuff. He said to me once, if a quote's wrong it's your name on it, not the robot's. And he's right. I learned a lesson early on, actually. I pasted an entire invoice into [[ChatGPT|AI_PRODUCT]] to tidy up the formatting, and only afterwards realised it had my PPS number on it, [[6829154TA|NATIONAL_ID]], and my home address, [[14 Rockbarton Park|ADDRESS]], [[Salthill|CITY]], [[H91 KX2P|ADDRESS]]. Nothing happened, as far as I know, but I felt sick about it.

AI: That sounds stressful. Did [[Declan|PERSON]] or anyone at the paper have guidance on that?

User: Not then. There's a one-page policy now that says basically don't paste anything you wouldn't shout across a pub. I also changed how I put my contact details out there. On my public pages I write my number as [[oh eight seven, four four one, nine two six three|OBF_PHONE|number_words]] so the scrapers don't grab it, but my email's there plain, [[siobhan.keane.writes@gmail.com|EMAIL_ADDRESS]], because I want people to tip me off. The portfolio's at [[siobhankeane.ie|URL]] and I'm [[@siobhankwrites|SOCIAL_HANDLE]] on [[Bluesky|SOFTWARE]]. As for people around me, everyone has an opinion. My sister [[Mairéad|PERSON]] is a [[solicitor|JOB_TITLE]] in [[Ennis|CITY]] and she's banned from using it for anything with a [[client|GENERIC_ROLE]]'s name in it, which I think is sensible. A young lad I mentor, [[Oisín|PERSON]], he's only [[23|AGE]], uses it for everything, headlines, pitches, the lot. I keep telling him the pitch is the one place your own voice matters most. Then there's [[J.J.|PERSON]], a [[photographer|JOB_TITLE]] I'm paired with a lot, who swears by the AI masking in [[Lightroom|SOFTWARE]]. He'd be lost without it now.

AI: How do you feel about where this is heading for local journalism?

User: Mixed. Somebody like [[Sally Rooney|PUBLIC_FIGURE]] will be fine, people want her voice specifically. Local reporting is where I worry. If a council meeting can be summarised by a machine, the paper stops paying someone to sit in the room, and then nobody notices what wasn't said. I had a text from [[ciara|PERSON]] at the [[Courier|ORGANIZATION]] [[last Tuesday|GENERIC_TIME]], all lower case as usual, "r u doing the council thing or r we using the AI summary", and that's the whole problem in one message.

AI: Last question: anything you'd want the people building these tools to understand?

User: That the boring parts of the job are where the accountability lives. Checking how a name's spelt, ringing back to confirm an age. I once had a woman tell me she was [[seventy-one|AGE]] and her son rang the desk the next morning to say she was [[sixty-nine|AGE]] and would I please fix it before the neighbours saw. No tool would have caught that. I caught it because I answered the phone.""")

# 2 Estonia - photographer
T.append("""AI: Hi, thanks for taking part. Can you tell me who you are and what kind of work you do?

User: Hi! I'm [[Kertu Saar|PERSON]], I'm a [[photographer|JOB_TITLE]], [[29|AGE]] years old. I have a small studio in [[Kalamaja|CITY]] in [[Tallinn|CITY]], it's called [[Valgusmaja Studio|ORGANIZATION]]. Mostly weddings in summer and commercial product work in winter, for brands and for an agency called [[Kuu Creative|ORGANIZATION]]. I started the studio in [[March 2019|DATE]], before that I was assisting other people for years.

AI: Where do AI tools fit into that?

User: Editing, mostly. A wedding is maybe two thousand frames, and culling used to take me two full days. Now I use [[Aftershoot|AI_PRODUCT]] to do the first pass, it throws out closed eyes and blurry ones, and then I do the real selection in [[Lightroom|SOFTWARE]]. For product work I use [[Photoshop|SOFTWARE]] with [[Generative Fill|AI_PRODUCT]] to extend backgrounds when the [[art director|GENERIC_ROLE]] suddenly wants a banner instead of a square. That used to be a reshoot. I don't do it alone, I have an [[assistant|GENERIC_ROLE]], [[Rain|PERSON]]. Yes, like the weather, it's a normal boy's name here, everybody in [[Finland|COUNTRY]] and the [[UK|COUNTRY]] laughs. He's [[24|AGE]] and much faster with the AI stuff than me. He also does second shooting at weddings. And my partner [[Tõnu|PERSON]] does the invoicing, he is an [[accountant|JOB_TITLE]] so he is strict about what goes into which tool.

AI: What kind of things is [[Tõnu|PERSON]] strict about?

User: Personal codes, mostly. In [[Estonia|COUNTRY]] everything is connected to your isikukood, and once I almost put a contract into [[ChatGPT|AI_PRODUCT]] to translate into English, and my code was right there in the header, [[49503124217|NATIONAL_ID]]. He saw it over my shoulder and shouted. Now I have a template where the personal part is separate, and only the text about the shoot goes to the AI.

AI: Can you describe a specific job where the AI helped, or didn't?

User: Last [[August|GENERIC_TIME]] there was a wedding in [[Tartu|CITY]], the couple [[Liis|PERSON]] and [[Marten|PERSON]]. His grandmother was in a wheelchair and in the big group photo she was half behind a cousin. The couple asked me to "fix it". [[Generative Fill|AI_PRODUCT]] made her look like a completely different old lady, honestly a bit scary. So I did it by hand, from three other frames, two hours of work. The AI is good for sky and walls. For faces of people's grandmothers, no.

AI: How do clients find you? Do you use any social media for that?

User: [[Instagram|SOFTWARE]] mostly, I'm [[@kertusaar.photo|SOCIAL_HANDLE]] there, and the portfolio is [[kertusaar.ee/portfolio|URL]]. On the website I don't put my email as a link because of spam bots, I write it like [[kertu ät valgusmaja punkt ee|OBF_EMAIL|estonian_at_dot]], Estonians understand it. And my phone I write with spaces, [[+372 5 1 9 4 8 2 7 3|OBF_PHONE|spaced_digits]], which maybe doesn't help at all, I don't know. With clients I also use [[ChatGPT|AI_PRODUCT]] for English emails, especially for the Latvian and Finnish clients. There was a [[brand manager|GENERIC_ROLE]] in [[Riga|CITY]], [[A.K.|PERSON]], very formal, and I was scared of writing to her, so the AI made my emails polite. [[Rain|PERSON]] says my emails sound like a bank now. Also sometimes I write quick notes to myself in lower case like "call [[mari|PERSON]] re prints" and I paste a week of them into the AI to make a to-do list. [[mari|PERSON]] is the lady from the print lab.

AI: Are there any parts of the work you'd never hand over to AI?

User: The shooting itself, obviously, and the talking. At a wedding half the job is making an uncle laugh so he stops standing like a soldier. I also don't like the AI portrait generators. A competitor, a guy called [[Tamm|PERSON]], started selling "AI headshots" for twenty euros and I think it will destroy the cheap end of the market. People like [[Annie Leibovitz|PUBLIC_FIGURE]] will always be fine. People like me in the middle, I'm not sure. So I try to be the person who is actually there, in the room, in [[June|GENERIC_TIME]], when it's raining on the wedding.""")

# 3 Jamaica - musician
T.append("""AI: Good afternoon, and thanks for doing this. Could you introduce yourself and tell me about your work?

User: Yes man. Name is [[Dwayne Campbell|PERSON]] but nobody call me that, everybody say [[Junior|PERSON]]. I'm a [[keyboard player|JOB_TITLE]] and [[producer|JOB_TITLE]], [[34|AGE]] years old, living in [[Portmore|CITY]] but the studio is in [[Half Way Tree|CITY]]. I play with a band named [[Rootsical Vibration|ORGANIZATION]], we do hotel gigs on the north coast and festivals, and I produce riddims for a few artists on the side.

AI: How do you use AI in that work?

User: Couple ways. For the production side, I use [[Lalal.ai|AI_PRODUCT]] to pull stems out of old recordings, like if an artist bring me a voice note with a guitar under it, I can separate the vocal. That was impossible before. I tried [[Suno|AI_PRODUCT]] too, just to see, and to be honest it frighten me. It make a one-drop riddim in thirty seconds. Not a good one, but not terrible. The mixing I still do in [[Logic Pro|SOFTWARE]] myself. The band side is more admin. Setlists, contracts, rider, all of that. Our [[bass player|JOB_TITLE]] [[Bigga|PERSON]] used to handle it, but him not a email person at all. So now I use [[ChatGPT|AI_PRODUCT]] to draft the emails to hotels. Like the [[Skyline Lounge|ORGANIZATION]] in [[Ocho Rios|CITY]], the lady who books the music there, Miss [[Ferguson|PERSON]], she want everything formal, so the AI help me sound professional. Then [[Sherine|PERSON]], she sing backing vocals, she read it over because she say the AI write like a foreigner sometimes.

AI: Is there an example where the AI got something wrong?

User: Yeah, one time it put a date wrong on a contract, it write the gig as a Saturday when it was a Friday, and [[Marlon|PERSON]] the [[drummer|JOB_TITLE]] turn up at the wrong night. Well, that one was half my fault because I never check it. But the bigger thing was when I ask it to help me register some songs, and I was pasting in my TRN, [[118-402-377|NATIONAL_ID]], and my mother's address in [[Mandeville|CITY]] for the paperwork, and my cousin [[Patience|PERSON]], who work in a bank, she tell me, [[Junior|PERSON]], you don't know where that go. So I stop doing that.

AI: How do people book the band? How do you share contact details?

User: Bookings email is [[rootsicalbookings@gmail.com|EMAIL_ADDRESS]], that one is public. My own number I don't put straight on flyers anymore because of the scammers, I write it funny, like [[876 - four 2 two - 8 one 6 3|OBF_PHONE|mixed_digits_words]], and people figure it out. [[Instagram|SOFTWARE]] is [[@juniorkeysja|SOCIAL_HANDLE]] and we have a page at [[linktr.ee/rootsicalvibration|URL]] with the videos.

AI: How do the other musicians you know feel about AI music tools?

User: Mixed, mixed. The older heads, like [[Winston|PERSON]] who play guitar with us, he's [[sixty-two|AGE]], he say music is a spiritual thing and a machine don't have a spirit. The youths in [[Spanish Town|CITY]] making dancehall, some of them using AI vocals already on demos. I think about [[Bob Marley|PUBLIC_FIGURE]], if somebody make a fake [[Bob|PUBLIC_FIGURE]] song with AI, that is disrespect. But at the same time I use it to clean up a voice note. So where is the line, you know? For me, if it help me do my work faster, fine. If it do the creative part and I put my name on it, that is lying. When I produce for an artist like [[Kemoy|PERSON]], a youngster from [[Spanish Town|CITY]], the melody have to come from him or from me. AI can clean the room noise, it can help me write the email to the [[promoter|GENERIC_ROLE]], it can tell me what rhyme with "Tuesday" when I'm tired. That's a tool. The riddim itself, that come from the bass and drum and the people in the room.

AI: Is there anything you'd like to add before we finish?

User: Only that for small musicians in [[Jamaica|COUNTRY]], the money is the problem, not the technology. If the hotel can play a AI playlist for free, why they going to pay five musicians? That is my worry, more than whether [[Suno|AI_PRODUCT]] can play one-drop.""")

# 4 Turkey - beautician
T.append("""AI: Merhaba, thank you for joining. Could you tell me a bit about yourself and your work?

User: Merhaba. I am [[Deniz Yıldırım|PERSON]], [[42|AGE]], I am a [[beautician|JOB_TITLE]], I own a small salon in [[Karşıyaka|CITY]], in [[İzmir|CITY]]. The salon name is [[Lale Güzellik|ORGANIZATION]], lale means tulip. We do skin care, waxing, lashes, brows. I opened it in [[2011|DATE]] after working for ten years in a bigger salon in [[Alsancak|CITY]]. My English is not perfect, sorry.

AI: Your English is great. How do you use AI in the salon?

User: Mostly for [[Instagram|SOFTWARE]] and for the customers' messages. My niece [[Ece|PERSON]] works with me as an [[apprentice|GENERIC_ROLE]], she is [[19|AGE]], and she showed me [[ChatGPT|AI_PRODUCT]]. Now I write "make a nice post about hydrafacial for autumn" and it writes it in Turkish and English, because we have many foreign customers in summer. Then I use [[Canva|SOFTWARE]] to make the picture. [[Ece|PERSON]] also tried [[Gemini|AI_PRODUCT]] but she says it writes too long. We get maybe fifty messages a day on [[WhatsApp|SOFTWARE]]. "How much is laser?", "Are you open Sunday?". The AI helps me write standard answers. But the relationship, that I do myself. For example [[Umut|PERSON]] Hanım, she is a customer for twelve years, if I send her a robot message she will be offended. And [[Sevgi|PERSON]] teyze, she is like eighty years old, she only calls on the phone, no messages.

AI: Has it ever gone wrong?

User: Once, yes. A customer, I will not say her name, asked if she can do a chemical peel while pregnant. I asked [[ChatGPT|AI_PRODUCT]], it said something, I was not sure. So I called my friend [[Nur|PERSON]], she is a [[dermatologist|JOB_TITLE]] at [[Ege University Hospital|ORGANIZATION]], and she said absolutely not. After that I decided, medical questions never to the AI, always to [[Nur|PERSON]] or a doctor.

AI: That seems like a sensible rule. Do you share any personal information with these tools?

User: I try not. But for the tax things, my husband [[Murat|PERSON]] does the accounts, and one time he put all the invoices into the AI to summarise, and my TC kimlik number was on them, [[38516470218|NATIONAL_ID]], and the salon address, [[1717 Sokak No: 12|ADDRESS]], [[Karşıyaka|CITY]]. I was angry. He said it is fine, but I don't know where this information goes, maybe to [[America|COUNTRY]]? Now we are more careful.

AI: How do new customers reach you?

User: [[Instagram|SOFTWARE]], [[@lalegüzellik.izmir|SOCIAL_HANDLE]]. On the [[Instagram|SOFTWARE]] bio I wrote the email in a special way, because [[Ece|PERSON]] said bots take it: [[lale.salon et gmail nokta com|OBF_EMAIL|turkish_et_nokta]]. And the phone number [[Ece|PERSON]] wrote with the big wide numbers, [[０５３２ ４１７ ８８ ０６|OBF_PHONE|fullwidth_digits]], she says the bots cannot read them. I don't know if it's true but it looks fancy. Other salons, some use AI, some not. There is a big salon in [[Bornova|CITY]], very modern, they have an AI skin analysis machine, the customer looks into a camera and it says your skin age is [[thirty-four|AGE]] or whatever. I think it's a show. My old [[boss|GENERIC_ROLE]], [[Filiz|PERSON]] Abla, she still writes appointments in a paper notebook and she is completely full every week. So I think the customers come for the hands and the talking, not for the technology. Like when [[Tarkan|PUBLIC_FIGURE]] is on the radio and everybody in the salon sings, that is the salon.

AI: Is there anything you wish these AI tools did differently?

User: I wish it understood [[İzmir|CITY]] Turkish better, and the way we talk to customers, with "canım", "tatlım". The AI is too polite, like a hotel. Also I wish it did the appointments properly, we still use a notebook and [[WhatsApp|SOFTWARE]] because the booking apps are expensive. If the AI could just read my [[WhatsApp|SOFTWARE]] and put everything in a calendar without sending my customers' phone numbers somewhere in [[Europe|CONTINENT]] or [[America|COUNTRY]], I would pay for that.""")

# 5 Guatemala - event planner
T.append("""AI: Hola, thank you for joining today. Could you tell me about yourself and your work?

User: Hola, of course. My name is [[María José Castillo|PERSON]], everyone calls me [[Majo|PERSON]]. I'm [[31|AGE]] and I'm an [[event planner|JOB_TITLE]], mostly weddings, some corporate events. I run a small company with my cousin, [[Eventos Volcán|ORGANIZATION]], we're based in [[Antigua Guatemala|CITY]] but half our clients come from [[Guatemala City|CITY]], from [[Zona 14|CITY]] and [[Zona 10|CITY]], and a lot of destination weddings from the [[United States|COUNTRY]].

AI: How does AI show up in your work?

User: Every day now. For destination weddings the couple is far away, so there are hundreds of emails. I use [[ChatGPT|AI_PRODUCT]] to write the timelines, to translate between Spanish and English, and to make the vendor lists. My cousin [[Rodrigo|PERSON]] does the money side in [[Google Sheets|SOFTWARE]] and he started using [[Gemini|AI_PRODUCT]] inside the sheets to make formulas, which honestly I don't understand at all.

AI: Could you walk me through a recent event?

User: Sure. In [[February|GENERIC_TIME]] we did a wedding for [[Andrea|PERSON]] and [[Pablo|PERSON]], he is from [[Texas|CITY]], she is from [[Quetzaltenango|CITY]]. Two hundred guests at [[Casa Santo Domingo|ORGANIZATION]]. I used the AI to make a seating plan from a list of names, and it was a disaster, it put the divorced parents together at table one. The AI doesn't know family drama. Doña [[Marta|PERSON]], the bride's grandmother, she knows all the family drama, so I called her and she fixed it in ten minutes. Where humans are essential is the vendors. Our [[caterer|JOB_TITLE]], Don [[Chepe|PERSON]], has been cooking for weddings for thirty years, he doesn't use email, only voice notes. His number is [[+502 4417 2290|PHONE_NUMBER]], I have it memorised. Our [[florist|JOB_TITLE]] is [[Flor|PERSON]], yes, a [[florist|JOB_TITLE]] named [[Flor|PERSON]], everybody makes the joke. And the marimba band from [[Chichicastenango|CITY]], the leader is a man named [[Tzoc|PERSON]], I just know him by his surname. None of them would answer an AI message.

AI: Do you worry about sharing client information with these tools?

User: A little, yes. For foreign couples we need passports for some permits, and once I pasted a whole PDF in [[ChatGPT|AI_PRODUCT]] to make a checklist and it had the groom's passport number, [[561837204|NATIONAL_ID]]. I deleted the chat, but still. Now [[Rodrigo|PERSON]] made a rule, names only with initials, like "[[A.M.|PERSON]] and [[P.R.|PERSON]] wedding". Also my own DPI, [[2547 81093 0101|NATIONAL_ID]], was on our company registration and I was about to paste that too. I stopped myself. Clients mostly find us on [[Instagram|SOFTWARE]], [[@eventosvolcan.gt|SOCIAL_HANDLE]], and the website [[eventosvolcan.com|URL]]. On the website we write the email like [[majo punto castillo arroba eventosvolcan punto com|OBF_EMAIL|spanish_arroba_punto]] so the robots don't send spam. And for Guatemalan clients, [[WhatsApp|SOFTWARE]], always. I put my number in the [[Instagram|SOFTWARE]] story as [[cinco cinco uno ocho, treinta, noventa y dos|OBF_PHONE|spanish_number_words]], people think it's cute.

AI: How do you see AI changing event planning in the next few years?

User: I think the paperwork part will be mostly AI. Timelines, budgets, translations. But the day itself, no. When it rains in [[Antigua Guatemala|CITY]] in the middle of a ceremony, and it does in [[October|GENERIC_TIME]], every time, no AI is moving two hundred chairs under the arches. It's me, [[Rodrigo|PERSON]], and a guy called [[Chus|PERSON]] who works for the venue. Also, I heard [[Ricardo Arjona|PUBLIC_FIGURE]] songs are the most requested at weddings and the AI put one in every playlist I asked for. So it learned that at least.

AI: Anything else you'd like to share?

User: Only that small companies like ours are using these tools because we can't pay an assistant. Before, I was working until two in the morning on emails. Now I finish at eleven. That's a real change for me, and for my daughter [[Sofía|PERSON]], who is [[six|AGE]] and wants her mamá at breakfast.""")

# 6 Portugal - translator
T.append("""AI: Olá, and thank you for making the time. Would you start by telling me about yourself and your work?

User: Of course. I'm [[Inês Figueiredo|PERSON]], I'm [[45|AGE]], and I'm a [[literary and legal translator|JOB_TITLE]], Portuguese, English and German. I live in [[Porto|CITY]], in [[Cedofeita|CITY]], and I've been freelance since [[2008|DATE]]. About half my work comes through an agency, [[LinguaNorte|ORGANIZATION]], and the rest is direct: a law firm in [[Braga|CITY]], a small publisher in [[Lisbon|CITY]], and the occasional tourist board brochure, which pays the least and annoys me the most.

AI: How has AI changed the way you translate?

User: Enormously, and not always for the better. The agency now sends me what they call post-editing jobs: they run the text through [[DeepL|AI_PRODUCT]] first and pay me a lower rate to fix it. The legal documents, honestly, [[DeepL|AI_PRODUCT]] is quite good at, the sentences are formulaic. For literary work it's a disaster. I had a novel last year with a narrator who is a fisherman from [[Póvoa de Varzim|CITY]], full of local expressions, and the machine turned him into a bank clerk. I work in [[Trados|SOFTWARE]] for the legal stuff and I sometimes ask [[ChatGPT|AI_PRODUCT]] for five alternatives for a difficult phrase, like a thesaurus that talks back. For example, the fisherman says something like "o mar não tem cabelos", literally "the sea has no hair", meaning you can't grab onto it, it's treacherous. [[ChatGPT|AI_PRODUCT]] gave me "the sea is bald", which made me laugh for a whole afternoon. In the end I asked my colleague [[Graça|PERSON]], she translates into English and she grew up in [[Leeds|CITY]] with Portuguese parents, and we came up with "the sea gives you nothing to hold". The [[editor|GENERIC_ROLE]] at the publisher, a British woman called [[Joy Pickering|PERSON]], loved it. So that's the pattern: the machine gives me bad options, and the bad options help me think. I was reading [[José Saramago|PUBLIC_FIGURE]] in English recently and wondered what the AI would make of his punctuation.

AI: Do you have concerns about confidentiality?

User: Huge ones, especially with the law firm. The [[partner|GENERIC_ROLE]] there, Dr. [[Baptista|PERSON]], made me sign an agreement that nothing goes into online tools, which is fair, it's divorce and inheritance cases, people's whole lives. So for them I use an offline memory only. But I'll confess something: once, before that agreement, I pasted an invoice template into [[ChatGPT|AI_PRODUCT]] to make it bilingual and it had my NIF, [[213 804 559|NATIONAL_ID]], and my address, [[Rua de Cedofeita 412|ADDRESS]], [[4050-174|ADDRESS]] [[Porto|CITY]]. It's silly, the NIF is on every invoice anyway, but it felt wrong.

AI: How do clients get in touch with you?

User: I have a simple site, [[inesfigueiredo-traducao.pt|URL]], and a [[LinkedIn|SOFTWARE]] page. For a while I wrote my email on the site as [[ines ponto figueiredo arroba sapo ponto pt|OBF_EMAIL|portuguese_arroba_ponto]], then my son [[Tiago|PERSON]], he's [[17|AGE]] and thinks he's a hacker, said that's useless and put invisible characters in it instead, so if you copy it you get [[ines.fig\u200bueiredo@\u200bsapo.pt|OBF_EMAIL|zero_width_chars]] with something hidden in the middle. I don't really understand it but the spam went down. The phone is on the site normally, [[+351 912 604 388|PHONE_NUMBER]], because lawyers like to call.

AI: How do other translators you know feel about all of this?

User: Angry, mostly. There's a group of us who meet once a month at a café in [[Matosinhos|CITY]], and [[Rui|PERSON]], who translates Japanese manga, says he has lost about forty percent of his work since [[2023|DATE]]. [[Filipa|PERSON]] has moved into subtitling live events, because that's still hard for the machines with accents. And one older colleague, Mr [[Albuquerque|PERSON]], he's [[seventy|AGE]] and refuses to touch any of it, he still sends translations by post to one publisher in [[Coimbra|CITY]]. I envy him a little.

AI: Where do you think your profession is heading?

User: I think the translator becomes a reviser and a kind of cultural consultant. The machine will do the first draft of everything, and we'll be paid to know that "the sea has no hair" is not about baldness. The problem is the rates. Post-editing is paid maybe half, but for literary work it takes almost as long as translating from zero, because you have to undo the machine's choices first. I've told [[LinguaNorte|ORGANIZATION]] this many times. They nod and send the next file.""")

# 7 Iran - graphic designer
T.append("""AI: Hello, and thank you for joining. Could you introduce yourself and your work?

User: Hi, sure. My name is [[Setareh Karimi|PERSON]], I'm [[27|AGE]], I'm a [[graphic designer|JOB_TITLE]] in [[Tehran|CITY]]. I work at a small branding studio in [[Yousefabad|CITY]] called [[Negarkhaneh|ORGANIZATION]], there are five of us, and I also do freelance illustration at night. I studied graphic design at [[University of Tehran|SCHOOL]], graduated in [[2020|DATE]], right in the middle of the pandemic.

AI: What does a typical project look like, and where does AI come in?

User: A typical project is a logo and packaging for a small business. Right now we're doing a café in [[Isfahan|CITY]], in the [[Jolfa|CITY]] neighbourhood, and a saffron exporter from [[Mashhad|CITY]]. I use [[Midjourney|AI_PRODUCT]] for mood boards at the beginning, to show the client directions quickly, and sometimes [[ChatGPT|AI_PRODUCT]] to write the little brand story text. But all of this needs a VPN, which is slow and sometimes just dies in the middle of a render. The real work is still in [[Illustrator|SOFTWARE]] and [[Figma|SOFTWARE]]. Clients react differently. The saffron man, Mr. [[Sadeghi|PERSON]], loved them, he wanted to use one of the AI images directly as the packaging. I had to explain to him that the hands in the image had six fingers and nobody would trust saffron from a six-finger farmer. The café owner, [[Bahar|PERSON]], who is actually a friend from university, was the opposite, she said the AI images looked "Turkish airport" and she wanted something with real [[Isfahan|CITY]] tiles. So I went to the bazaar with my brother [[Babak|PERSON]] and photographed tiles for a whole day. That became the logo.

AI: Are there any risks you think about when using these tools?

User: Yes. Two kinds. One is the normal privacy kind: I never upload client contracts, because they have national codes on them. I made that mistake once with my own, I pasted my freelance contract into [[ChatGPT|AI_PRODUCT]] to translate it for a client in [[Dubai|CITY]], and my code melli was there, [[0072485319|NATIONAL_ID]]. The other kind is more Iranian: accounts. A lot of these services block Iranian users, so we use accounts registered by friends abroad. My [[Midjourney|AI_PRODUCT]] is actually paid by my cousin [[Kaveh|PERSON]] in [[Toronto|CITY]]. If they close it, I lose everything. My [[boss|GENERIC_ROLE]], [[Mehrdad|PERSON]], says we shouldn't build the studio's process on something that can disappear tomorrow, and he's right.

AI: How do clients find you for the freelance work?

User: Mostly [[Instagram|SOFTWARE]] and [[Behance|SOFTWARE]]. My portfolio is [[behance.net/setarehkarimi|URL]], and [[Instagram|SOFTWARE]] is [[@setareh.draws|SOCIAL_HANDLE]]. I write my email like [[setareh.k [at] proton [dot] me|OBF_EMAIL|bracket_at_dot]], and on Persian posts I put the phone number in Persian numerals, [[۰۹۱۲ ۴۸۳ ۷۲۱۶|OBF_PHONE|persian_digits]], because the scam bots mostly look for English numbers. For Iranian clients, [[Telegram|SOFTWARE]] is still the main way, even with the filtering.

AI: How do other designers around you see AI?

User: Divided. My friend [[parisa|PERSON]], she writes her name all small letters everywhere, even on her business cards, she's completely against it, she thinks it's stealing from illustrators. Her work is beautiful, she draws everything with ink. [[Omid|PERSON]] at the studio uses [[Stable Diffusion|AI_PRODUCT]] locally on his own computer, because then no VPN and no account problems. He's the most technical of us. And our [[junior|GENERIC_ROLE]], [[Nilufar|PERSON]], she's [[22|AGE]], she grew up with these tools and she doesn't see the problem at all. I'm in the middle. I love looking at [[Shirin Neshat|PUBLIC_FIGURE]]'s work, that's a human eye, I don't think a model gives you that.

AI: Is there anything else you'd like to add?

User: Only that for us, AI is not only a creative question. It's a question of access. A designer in [[Germany|COUNTRY]] chooses whether to use it. We have to fight to get it, and then feel guilty using it. Sometimes I think the sanctions decide my workflow more than I do.""")

# 8 Kazakhstan - fitness trainer
T.append("""AI: Hello, thanks for agreeing to talk. Could you tell me about yourself and what you do?

User: Hello. I'm [[Yerlan Sadykov|PERSON]], [[33|AGE]], I'm a [[personal trainer|JOB_TITLE]] in [[Almaty|CITY]]. I work at [[Alatau Fit Club|ORGANIZATION]] in [[Bostandyk|CITY]] district, and I also train some clients privately, online, people in [[Astana|CITY]] and [[Shymkent|CITY]]. Before fitness I was a wrestler, I competed until about [[2015|DATE]], then my knee said stop.

AI: How do you use AI tools in your training work?

User: Programs and nutrition, mostly. I have maybe thirty clients, each one needs a plan for four weeks. Before I wrote all of them in [[Excel|SOFTWARE]] by hand, it took all Sunday. Now I give [[ChatGPT|AI_PRODUCT]] the client's goal, their level, injuries, what equipment they have, and it makes a first version. Then I correct it. It likes to give too much volume, like a bodybuilder from a magazine. For nutrition it doesn't understand our food. It says "eat Greek yogurt and quinoa", and my client says, coach, I eat beshbarmak at my grandmother's every weekend, what do I do? So I fix that part myself.

AI: Can you tell me about a specific client where that went well or badly?

User: Well, there's [[Dana|PERSON]], she's a [[dentist|JOB_TITLE]], she wanted to prepare for a half marathon. The AI plan was actually good for her, because she's very disciplined and likes numbers. Then there's an older man, Mr. [[Kim|PERSON]], he's [[sixty-eight|AGE]], with high blood pressure. The AI gave him intervals, sprints, which could be dangerous. I saw it immediately. So that's my rule: for anyone over sixty or with a medical problem, the AI doesn't even see them, I write it myself and I ask his doctor first. And my colleague [[Bolat|PERSON]] thinks I'm crazy to use it at all. He says his clients pay for his head, not for a robot's head.

AI: How do you communicate with clients, and does AI help there?

User: Mostly [[Telegram|SOFTWARE]]. I have a channel, [[@yerlan_trains|SOCIAL_HANDLE]], where I post exercises, and the AI helps me write the posts in both Russian and Kazakh, because my Kazakh writing is, let's say, not perfect. My wife [[Zhanna|PERSON]] checks the Kazakh ones, she's a [[teacher|JOB_TITLE]]. Email for business is [[yerlan.coach@mail.kz|EMAIL_ADDRESS]]. On the channel I wrote my number with letters instead of some digits, [[8 (7O1) 4O8-I9-63|OBF_PHONE|letter_for_digit]], O for zero, I for one, because I had spam calls from every betting company in the country.

AI: Do you ever put personal information about clients or yourself into these tools?

User: Health information, a little, but without names. I write "client A, female, forty, knee pain", not the name. Myself, once I made a mistake. I asked the AI to fill in a form for registering as individual entrepreneur, and I pasted everything, my IIN, [[910412300587|NATIONAL_ID]], my address, [[Samal-2, building 58, apartment 14|ADDRESS]]. After that I read an article about data leaks and I felt stupid. My friend [[Asel|PERSON]], she works in IT at a bank, told me, [[Yerlan|PERSON]], just never put the IIN anywhere you don't have to. Now I listen to her. As for what clients think, most don't care, some like it, they think it's modern. One young guy, [[timur|PERSON]], he writes to me always in small letters with no punctuation, he asked me if I'm "a real trainer or a [[chatgpt|AI_PRODUCT]]". That hurt a little, honestly. So now I record short voice messages for every client every week, my own voice, about their progress. The AI can't do that. Also the [[gym manager|GENERIC_ROLE]], [[Gulnara|PERSON]] apa, asked all trainers to tell clients when a plan is made with AI help. I think that's fair.

AI: Looking ahead, how do you see AI changing your job?

User: I think the plans will be free soon, the apps will make them. What stays is the person standing next to you when you want to stop. Like [[Gennady Golovkin|PUBLIC_FIGURE]] had his coach, every champion has one. Nobody in [[Kazakhstan|COUNTRY]] will pay a trainer for a PDF. They pay for somebody who sees their face at six in the morning in [[January|GENERIC_TIME]], minus twenty outside, and says, okay, today we do it lighter. So I use the AI to free my Sundays and I spend the saved time with people.""")

# 9 Scotland - estate agent
T.append("""AI: Hi there, thanks for joining. Could you tell me a bit about yourself and your job?

User: Aye, no bother. I'm [[Callum Fraser|PERSON]], I'm [[41|AGE]], and I'm an [[estate agent|JOB_TITLE]], a [[senior valuer|JOB_TITLE]] technically, with [[Clyde & Kelvin Property|ORGANIZATION]] in the [[West End|CITY]] of [[Glasgow|CITY]]. Mostly tenement flats in [[Hyndland|CITY]], [[Partick|CITY]], [[Dennistoun|CITY]] on the other side of town. I've been at it since [[October 2012|DATE]], before that I was selling cars in [[Paisley|CITY]], which people say explains a lot.

AI: How does AI come into your day-to-day work?

User: Property descriptions, first and foremost. That used to be the worst part of my week, writing "deceptively spacious" forty times. Now I take the notes from the viewing, drop them into [[ChatGPT|AI_PRODUCT]] with the room sizes, and it gives me a decent draft. Then I take out the nonsense. It loves the word "nestled". Nothing in [[Partick|CITY]] has ever been nestled. We also use [[Reapit|SOFTWARE]] for the client records and there's an AI thing bolted into that now for follow-up emails, which my colleague [[Hope|PERSON]] uses constantly. She's the lettings side.

AI: Could you talk me through a particular sale where AI played a role?

User: Aye, there was a flat at [[38 Crow Road|ADDRESS]], [[G11 7RT|ADDRESS]], a two-bed, owned by an older lady, Mrs [[Baird|PERSON]], who'd been there fifty years. The AI description was fine, technically, but it read like a hotel. Her daughter [[Shona|PERSON]] phoned me, upset, she said it doesn't mention the stained glass her dad put in. So I rewrote the whole thing with her on the phone. It sold in nine days, over the home report. I don't think that's because of the AI, I think it's because of the stained glass. Folk buy a story up here.

AI: Are there things you won't put into these tools?

User: Plenty. Anything with a buyer's finances, their mortgage in principle, that stays in the office. And I learned the hard way with my own stuff: I was doing my tax return and pasted a letter from the tax office to get it explained in plain English, and it had my National Insurance number on it, [[SN 48 27 91 C|NATIONAL_ID]]. Nothing came of it, but [[Big Davie|PERSON]], who runs the office, went white when I told him. He's old-school. He writes offers on the back of a fag packet.

AI: How do buyers and sellers usually reach you?

User: Phone, still, mostly. The office line is [[0141 496 0732|PHONE_NUMBER]]. My email's on the website but I type it out like [[callum(at)clydekelvin(dot)co(dot)uk|OBF_EMAIL|paren_at_dot]] on my own socials, because of the spam. I'm [[@callumsellsglasgow|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], which my wife [[Kirsty|PERSON]] set up and I'm slightly embarrassed by. She says every agent has to be a personality now, like [[Kirstie Allsopp|PUBLIC_FIGURE]] off the telly. I'm not a personality. I'm a guy from [[Govan|CITY]] with a tape measure. AI has changed what clients expect a bit, too. Younger buyers come in having asked an AI what a flat's worth, and they'll quote it at me. A couple from [[Edinburgh|CITY]] [[last spring|GENERIC_TIME]], first-time buyers, [[Fergus|PERSON]] and [[Ama|PERSON]], they'd got some valuation off a chatbot that was fifteen grand under. I had to explain it didn't know the close had just been done up, new roof, new entry system. They were nice about it. Our [[trainee|GENERIC_ROLE]], [[lewis|PERSON]], he's [[twenty|AGE]], he puts everything through [[Copilot|AI_PRODUCT]] and I keep telling him, go stand in the flat, smell the flat.

AI: Last question. Where do you see your job going?

User: The paperwork side will mostly go to the machines, I reckon. The bit that stays is being in a room with somebody who's selling the place their husband died in, or buying their first place and terrified. You can't automate reading a room. Or a close in [[Dennistoun|CITY]] on a wet [[November|GENERIC_TIME]] night when the buyer's wondering if they've made a huge mistake.""")

# 10 Norway - shop assistant
T.append("""AI: Hi, thanks for joining! Could you start by telling me a bit about yourself?

User: Hi! I'm [[Sunniva Haugland|PERSON]], I'm [[22|AGE]], and I work as a [[shop assistant|JOB_TITLE]] at an outdoor and sports shop in [[Bergen|CITY]], [[Fjellsport Bryggen|ORGANIZATION]]. It's near the harbour, so lots of tourists in summer. I'm also studying media part time at the [[University of Bergen|SCHOOL]], so I work maybe twenty-five hours a week. I started at the shop in [[August 2021|DATE]].

AI: How does AI come up in your job?

User: More than you'd think for a shop! The main thing is product questions. Customers ask things like, "which jacket is best for hiking around [[Odda|CITY]] in [[October|GENERIC_TIME]]", and I don't know every jacket. So I sometimes check quickly on [[ChatGPT|AI_PRODUCT]] on my phone behind the counter. Our [[manager|GENERIC_ROLE]], [[Eirik|PERSON]], doesn't love that, he says we have the product sheets for a reason. But the product sheets are in Norwegian and half the customers are German or American, so the AI helps me explain in English, which is faster.

AI: Has that ever gone wrong?

User: Once it was really bad. An American woman wanted boots for the glacier walk, and the AI said some boots were waterproof and they weren't. She came back two days later from [[Voss|CITY]] completely wet, very angry. My colleague [[Sol|PERSON]] had to deal with it because I wasn't on shift. Yes, her name is [[Sol|PERSON]], like the sun, she's from [[Tromsø|CITY]]. She told me after, "never trust the robot on boots". So now I only use it for language, not for facts about products. For admin, the shifts are in an app, and [[eirik|PERSON]] sends the week in our group chat, always all lower case, "[[sunniva|PERSON]] can u take sat", that kind of thing. [[Copilot|AI_PRODUCT]] is on the shop computer and [[Eirik|PERSON]] uses it for the order emails to suppliers in [[Sweden|COUNTRY]]. Me personally, I use AI more for my studies than for the shop. I wrote part of an exam essay with help from it last semester and then felt guilty and rewrote it.

AI: Do you ever share personal information with these tools?

User: I try not to, but I did once. I asked [[ChatGPT|AI_PRODUCT]] to help me fill in a tax card form, skattekort, and I pasted my fødselsnummer, [[14080245613|NATIONAL_ID]]. My boyfriend [[Magnus|PERSON]] saw and said that's basically your whole identity in [[Norway|COUNTRY]]. After that I'm more careful. For my small side job selling secondhand gear, I write my email in the listings as [[sunniva.h krøllalfa gmail punktum com|OBF_EMAIL|norwegian_krollalfa]], because krøllalfa is what we say for the at-sign, and the phone as [[9.4.8.2.6.1.3.7|OBF_PHONE|dotted_digits]]. People can still figure it out. And I'm [[@sunnivahaug|SOCIAL_HANDLE]] on [[Snapchat|SOFTWARE]], that one is public anyway.

AI: How do the customers feel about AI, from what you see?

User: Older customers from here, from [[Sandviken|CITY]] or [[Laksevåg|CITY]], they want to talk to a person and touch the jacket. A man, [[Snorre|PERSON]], comes in every [[Saturday|GENERIC_TIME]] just to chat, he's like [[eighty|AGE]], he would never ask a chatbot anything. Tourists are different, they come in with a list from AI already, "I need these five things for [[Norway|COUNTRY]]", and sometimes the list is silly, like crampons in [[July|GENERIC_TIME]]. Also, everyone asks what [[Erling Haaland|PUBLIC_FIGURE]] wears, because he's from near here, and honestly I just say the same jacket as everybody else.

AI: Is there anything you wish AI did better for someone in your job?

User: I wish it knew local things. Like that the weather in [[Bergen|CITY]] changes five times a day, so everybody needs a rain jacket, always, even if the forecast says sun. A human who lives here knows that. And I wish shop jobs were not the first ones people say will disappear. I think talking to people is the job, the AI can do the product sheets.""")


# 11 Spain - flamenco guitarist
T.append("""AI: Hola, thanks for joining. Could you tell me a little about yourself and your work?

User: Hola, claro. I'm [[Álvaro Reyes|PERSON]], I'm [[36|AGE]], I'm a [[flamenco guitarist|JOB_TITLE]] from [[Triana|CITY]], in [[Seville|CITY]]. I play five nights a week at a tablao, [[Tablao La Candela|ORGANIZATION]], for tourists mostly, and I teach guitar two mornings at the [[Conservatorio Profesional de Triana|SCHOOL]]. Professionally I've been playing since [[2009|DATE]], but in my family everybody plays, my grandfather, my uncles, it's not really a choice.

AI: Where does AI come into your work, if at all?

User: More than my grandfather would like. The main one is [[Moises|AI_PRODUCT]], the app that separates the tracks. I put in an old recording of [[Paco de Lucía|PUBLIC_FIGURE]], take out the guitar, and I can play along with the cante and the palmas. For teaching this is magic. My students, teenagers, they learn falsetas this way now. Also I use [[ChatGPT|AI_PRODUCT]] for the boring things, the emails to festivals in [[France|COUNTRY]] and [[Japan|COUNTRY]], in English, because my English in writing is a catastrophe. As for the people around me, at the tablao we are four. The [[singer|JOB_TITLE]] is [[Rocío|PERSON]], she's incredible, and she hates all this. She says flamenco is the opposite of a machine, it's about the moment. The [[dancer|JOB_TITLE]], [[Paco|PERSON]], not the famous one, our [[Paco|PERSON]], he uses AI to make the videos for [[TikTok|SOFTWARE]], the subtitles, the effects. And on cajón there's a guy everyone calls [[Chiqui|PERSON]], I don't even know his real name after eight years. Our [[manager|GENERIC_ROLE]], [[Mercedes|PERSON]], she does the bookings, and she's the one who pushes the AI, because she does the work of three people.

AI: Has there been a moment where the AI really helped or really failed you?

User: Failed, yes. [[Mercedes|PERSON]] asked [[ChatGPT|AI_PRODUCT]] to write the description of our show for a hotel in [[Marbella|CITY]], and it wrote that flamenco comes from the "gypsy dances of [[Madrid|CITY]]" and that the show includes "traditional castanets and sombreros". Sombreros! [[Rocío|PERSON]] saw it and almost quit. We rewrote it together, me and her, at two in the morning after the last show. Helped, also yes: a Japanese student, [[Haruto|PERSON]], he was studying with me online, and we used the AI to translate our lessons live. Without it impossible.

AI: How do people reach you for lessons or bookings? Do you think about privacy there?

User: For lessons they write me at [[alvaro.reyes.guitarra@gmail.com|EMAIL_ADDRESS]], or on [[TikTok|SOFTWARE]], [[@alvaroreyesguitar|SOCIAL_HANDLE]]. On posters my nephew put the phone number with those little emoji squares, [[6️⃣1️⃣4️⃣ 7️⃣0️⃣8️⃣ 3️⃣4️⃣5️⃣|OBF_PHONE|emoji_keycap_digits]], he says robots can't read it, I don't know. Privacy, I'm not so careful. Once I gave [[ChatGPT|AI_PRODUCT]] my full contract with the conservatorio, to understand a clause, and it had my DNI, [[28746193K|NATIONAL_ID]], and my address in [[Calle Pureza 61|ADDRESS]]. My wife [[Amparo|PERSON]], she's a [[nurse|JOB_TITLE]], she was furious, she deals with data protection every day at the hospital.

AI: How do you feel about AI-generated music more broadly?

User: Scared a little, honestly. I heard an AI "bulería" on [[YouTube|SOFTWARE]], and technically it was not bad, but the compás was too perfect, no breathing. A real guitarist pushes and pulls. But the tourists at the tablao, some of them can't tell. If a hotel in [[Benidorm|CITY]] can play AI flamenco in the lobby for free, what happens to the young guitarists from [[Jerez|CITY]] or [[Utrera|CITY]] who play in hotels to pay the rent? [[Rosalía|PUBLIC_FIGURE]] made flamenco famous in the whole world, which is good, but now everybody thinks they know what flamenco is, including the machines.

AI: Is there anything you'd like to add?

User: Only that I'll keep using the tools to teach, because for the students it's wonderful. But on stage, no. On stage it's me, [[Rocío|PERSON]], [[Paco|PERSON]], [[Chiqui|PERSON]], and whatever happens that night. Last [[Thursday|GENERIC_TIME]] an old man from the audience, Don [[Manuel|PERSON]], stood up and sang a soleá with us, completely unplanned. No AI will give you that.""")

# 12 Trinidad - carnival costume designer
T.append("""AI: Good morning, and thanks for taking the time. Could you introduce yourself and your work?

User: Morning! I'm [[Keisha-Ann Ramdial|PERSON]], I'm [[39|AGE]], and I'm a [[costume designer|JOB_TITLE]] for Carnival, mostly. I design sections for a mas band called [[Ember Mas|ORGANIZATION]] here in [[Port of Spain|CITY]]. The mas camp is in [[Woodbrook|CITY]], but I live in [[Diego Martin|CITY]]. The rest of the year I do wedding and event décor with my cousin, so it's design all year round, just different levels of feathers.

AI: How do you use AI in your design work?

User: Mostly at the concept stage. Every year the band picks a theme, and I have to come up with maybe eight sections, each with a frontline costume and backline costumes. I use [[Midjourney|AI_PRODUCT]] to generate mood images, like "hummingbird crossed with Moko Jumbie in gold and emerald", and it gives me wild stuff in seconds. Then I draw the real thing by hand, and my [[assistant|GENERIC_ROLE]] [[Rocky|PERSON]] turns it into clean files in [[Illustrator|SOFTWARE]] for the launch. I also tried [[Adobe Firefly|AI_PRODUCT]] because people said it's safer legally, and it is, but it's boring. And ooh, in the band it's a whole debate. Auntie [[Pearl|PERSON]], she's been sewing for mas since before I was born, she says AI is "bobol", cheating. [[Baptiste|PERSON]], the [[wire-bender|JOB_TITLE]], he actually likes it because the pictures show him the shape faster. The [[bandleader|GENERIC_ROLE]], [[KC|PERSON]], just wants the launch to look good on [[Instagram|SOFTWARE]]. Last year a rival band got dragged on social media because their whole presentation was obviously AI, six-fingered masqueraders and all. So [[KC|PERSON]] said, use it, but nobody must be able to tell.

AI: Can you describe a time when AI actually made a difference to a project?

User: Yes, the [[2024|DATE]] season. The section I'm proudest of, "Blue Devil Reef", started as a dumb prompt. The AI mixed up the Blue Devils from [[Paramin|CITY]] with coral, and it looked terrible, but there was this one colour, like a deep electric blue fading into coral pink, that I'd never have tried. I took that and built the whole section around it. Sold out in three weeks. And [[Peter Minshall|PUBLIC_FIGURE]] is still the king, no question, but I think even he would have played with these toys.

AI: Do you share any personal or business information with these tools?

User: I try to be careful, but I'm not perfect. The worst was when I asked [[ChatGPT|AI_PRODUCT]] to fix up my invoice template and the BIR number was on it, [[104-226-381|NATIONAL_ID]], with the mas camp address, [[22 Carlos Street|ADDRESS]], [[Woodbrook|CITY]]. Then [[shivani|PERSON]], she does our accounts, she always types everything in small letters in [[WhatsApp|SOFTWARE]], she sent me "girl u put the bir in the chatbot??" and I felt so stupid.

AI: How do masqueraders and clients get in touch with you?

User: For the band everything goes through the official page, but for my own décor business, clients find me on [[Instagram|SOFTWARE]], [[@keishadesignstt|SOCIAL_HANDLE]], and my portfolio is [[keishaannramdial.com|URL]]. On the site I put the email as [[keishaann{at}embermas{dot}com|OBF_EMAIL|curly_brace_at_dot]], and on flyers I write the number in words, [[eight-six-eight, seven-six-four, thirty-nine twenty-one|OBF_PHONE|grouped_number_words]], because a scammer once used my number from a flyer to pretend to sell costumes. People lost money. It was awful.

AI: Looking forward, how do you think AI will change Carnival design?

User: The pictures will get easier, the sewing won't. You can't AI a costume onto a body. Somebody still has to fit [[Machel Montano|PUBLIC_FIGURE]]'s fans into a costume at four in the morning on [[J'Ouvert|GENERIC_TIME]], somebody has to fix a broken wire on the road in [[San Fernando|CITY]]. I think the danger is for the young designers in [[Chaguanas|CITY]] and [[Arima|CITY]] who are just starting, if bands decide a prompt is good enough. My niece [[Zara|PERSON]], she's [[sixteen|AGE]] and wants to design mas, I tell her, learn to draw first, learn to sew, then play with the machine.""")

# 13 Costa Rica - real estate agent
T.append("""AI: Hi, thank you for joining. Could you tell me about yourself and what you do?

User: Pura vida, sure. I'm [[Andrés Vargas Solano|PERSON]], [[44|AGE]], and I'm a [[real estate agent|JOB_TITLE]] in [[Tamarindo|CITY]], in [[Guanacaste|CITY]]. I work with [[Pacífico Azul Realty|ORGANIZATION]], we sell mostly to foreigners, Canadians, Americans, some Europeans, houses and lots near the beach, from [[Tamarindo|CITY]] down to [[Nosara|CITY]]. Before this I was a [[surf instructor|JOB_TITLE]], until about [[2014|DATE]], so I know the beaches better than the contracts, my [[lawyer|JOB_TITLE]] says.

AI: How do you use AI in your work?

User: A lot, actually. My clients are almost all English speakers and my written English was not great, so [[ChatGPT|AI_PRODUCT]] helps me write the listings and the long emails about water rights, zoning, maritime zone, all of that. Then I use [[HeyGen|AI_PRODUCT]] to make short videos of me talking about a property in English and French, which is a little bit crazy, because I don't speak French. Clients from [[Quebec|CITY]] love it. For the tours I use [[Matterport|SOFTWARE]], and the CRM is [[HubSpot|SOFTWARE]]. The funny part is when the clients meet me. One couple, [[Bill|PERSON]] and [[Linda|PERSON]], retired from [[Calgary|CITY]], they saw the French video, then they arrived and started speaking French to me at the airport in [[Liberia|CITY]]. I had to confess. They laughed, thank God, and they bought the house. But I learned something. Now I put a small note on the videos that says the voice is translated by AI. My [[broker|GENERIC_ROLE]], [[Stephanie|PERSON]], insisted, she's from [[Florida|CITY]] and very worried about lawsuits.

AI: Do you worry about privacy or accuracy with these tools?

User: Accuracy, yes, very much. Costa Rican property law is complicated, and once the AI told a client that foreigners can own land in the maritime zone the same way as titled land, which is not true, it's a concession. Licenciado [[Mora|PERSON]], our [[lawyer|JOB_TITLE]] in [[Santa Cruz|CITY]], he caught it before it became a problem. Since then nothing legal goes to clients without him. Privacy, I'm more relaxed than I should be. I pasted a purchase agreement once, with the seller's cédula, [[5-0318-0744|NATIONAL_ID]], and my own, [[1-1284-0567|NATIONAL_ID]], to get a summary in English. The seller was Doña [[Olga|PERSON]], a lady who had the land from her father, eighty years in the family.

AI: How do people contact you?

User: [[WhatsApp|SOFTWARE]] mostly, my number is on every sign, [[+506 8841 2297|PHONE_NUMBER]]. The email I write on [[Facebook|SOFTWARE]] like [[andres.vargas(arroba)pacificoazul.cr|OBF_EMAIL|paren_arroba]], because the office got so much spam. And I have a [[YouTube|SOFTWARE]] channel, [[youtube.com/@andresvendetamarindo|URL]], where I post the property tours. My daughter [[Valeria|PERSON]] edits the videos, she's [[nineteen|AGE]] and studies at [[Universidad de Costa Rica|SCHOOL]], and honestly she is better with the AI than me.

AI: Has AI changed the relationship with the local community?

User: That's a hard question. Some people in [[Villarreal|CITY]], the town behind [[Tamarindo|CITY]], say people like me are selling the coast to gringos, and now with AI even faster. I understand. My neighbour, [[Chayo|PERSON]], she has lived there seventy years and the water is cut every dry season because of the new condos. I don't think AI is the problem, but it makes selling easier, and easier is not always better. Sometimes I think about what [[Sam Altman|PUBLIC_FIGURE]] would say about a town like this, probably nothing.

AI: Is there anything else you'd like to share?

User: Only that the human part is still the important part. When a family from [[Ohio|CITY]] is nervous about buying in a country they don't know, they don't want a robot. They want to eat gallo pinto with me in [[Huacas|CITY]] and hear that my kids go to school here and that the [[rainy season|GENERIC_TIME]] is beautiful, not scary. That I can't automate, and I don't want to.""")

# 14 Uzbekistan - interpreter
T.append("""AI: Hello, thank you for participating. Could you tell me about yourself and your work?

User: Hello. My name is [[Dilnoza Rashidova|PERSON]], I am [[30|AGE]] years old, and I'm a [[conference interpreter|JOB_TITLE]] and translator in [[Tashkent|CITY]]. I work with Uzbek, Russian, English and some Korean. Most of my regular work is for a textile company, [[Chorsu Textile Group|ORGANIZATION]], they have Korean partners, and also freelance conferences and official delegations. I graduated from [[Uzbekistan State World Languages University|SCHOOL]] in [[2016|DATE]].

AI: How do you use AI tools in your translation and interpreting work?

User: For written translation, I use [[ChatGPT|AI_PRODUCT]] and [[Yandex Translate|AI_PRODUCT]] for a first draft, especially Russian to English, they are good at that pair. Uzbek is weaker, the machines still make strange mistakes, they mix Latin and Cyrillic Uzbek, or they use Turkish words. For interpreting, AI doesn't help in the moment, but I prepare with it. Before a conference I ask [[ChatGPT|AI_PRODUCT]] to make a glossary, for example all the terms about cotton processing in three languages, and then I check it with real people, like my old teacher, [[Gulnora|PERSON]] opa, she still answers my questions on [[Telegram|SOFTWARE]] at eleven at night. And at the factory there is an [[engineer|JOB_TITLE]], [[Jasur|PERSON]], who explains the machines to me. Once the glossary from the AI translated a spinning machine part as something like "wheel of destiny", very poetic. [[Jasur|PERSON]] laughed for five minutes. At the negotiation the Korean [[director|GENERIC_ROLE]], Mr. [[Park|PERSON]], asked me what is this word, and I was happy I had checked.

AI: Are there any concerns you have about these tools?

User: Confidentiality is the biggest. Contracts between the company and the partners are secret, prices, volumes. My [[director|GENERIC_ROLE]] at [[Chorsu|ORGANIZATION]], [[Rustam|PERSON]] aka, made a rule: no contract text in any online AI. I agree. But for my own things I was careless. Last year I used [[ChatGPT|AI_PRODUCT]] to fill in a visa application for a conference in [[Seoul|CITY]], I put in my passport number, [[AB 4417832|NATIONAL_ID]], and my PINFL, [[31205924170034|NATIONAL_ID]]. My brother [[sardor|PERSON]] — he writes everything lowercase, even his own name — sent me an article about leaks, and I changed my habits.

AI: How do clients usually find you?

User: [[Telegram|SOFTWARE]] is everything here. I have a channel, [[@dilnoza_interpreter|SOCIAL_HANDLE]]. For email, in my Russian-language posts I write it like [[dilnoza.rash собачка mail.ru|OBF_EMAIL|russian_sobachka]], "sobachka" is the little dog, that's what we call the at-sign. My phone number I once posted backwards as a joke, "read from the end": [[3 0 5 4 7 1 1 9 0 8 9 9 +|OBF_PHONE|reversed_digits]]. Some clients actually called, so it works.

AI: How do your colleagues feel about AI replacing translators?

User: Many are worried. My friend [[Nodira|PERSON]] from [[Samarkand|CITY]] lost a big client, a hotel chain, because they now use machine translation for the website. The website is full of mistakes now, but they don't care, it's cheaper. Interpreting is safer for now. When I interpret for a delegation in [[Bukhara|CITY]], and the old craftsman tells a story with jokes and proverbs, the machine cannot do that. Our poet [[Alisher Navoi|PUBLIC_FIGURE]] wrote in Chagatai, and even people struggle with it. My mother [[Malika|PERSON]] reads him aloud at home, and I don't think any AI understands what she hears.

AI: Is there anything else you'd like to add?

User: Yes, that AI is teaching young people bad habits. Students in [[Yunusobod|CITY]] come to my evening course and they want to just copy from [[ChatGPT|AI_PRODUCT]]. I tell them, the machine gives you words, but you are responsible for the meaning. If you interpret wrong at a negotiation, the company loses money, and it is your name. I think we need to teach students to be editors of the machine, not secretaries of it.""")

# 15 Finland - culture journalist / podcaster
T.append("""AI: Hei, thanks for joining. Could you introduce yourself?

User: Hei! I'm [[Noora Lehtinen|PERSON]], [[35|AGE]], I'm a [[culture journalist|JOB_TITLE]] at [[Aamulehti|ORGANIZATION]] in [[Tampere|CITY]], and on the side I host a music podcast about the Finnish underground scene. I've been at the paper since [[spring 2015|DATE]], first as a summer intern, then they kept me. I live in [[Pispala|CITY]], the old workers' district on the ridge, very bohemian, lots of musicians.

AI: How does AI factor into your journalism?

User: Transcription, absolutely. I use [[Whisper|AI_PRODUCT]] through a little tool our IT team set up, so the audio stays on the company's servers. That was important for us, because sometimes you interview people who don't want their voices anywhere. Then for the podcast I edit in [[Descript|SOFTWARE]], which has AI features for removing "umm" and "niinku", which is the Finnish "like". I don't use [[ChatGPT|AI_PRODUCT]] for writing articles, there's a clear policy, but I do use it to brainstorm headlines, and they're usually terrible, which helps me find a good one. For example, [[last autumn|GENERIC_TIME]] I interviewed an old punk band from [[Hervanta|CITY]] for their thirtieth anniversary. The [[singer|JOB_TITLE]], [[Ville|PERSON]], he talks extremely fast and mixes [[Tampere|CITY]] dialect with English. [[Whisper|AI_PRODUCT]] did maybe eighty percent. The [[drummer|JOB_TITLE]], an older guy everyone calls [[Virta|PERSON]], only his surname, he mostly mumbled, the AI gave up completely on him. My colleague [[Onni|PERSON]], the [[photographer|JOB_TITLE]] on that story, said it was like trying to transcribe a cement mixer. So I listened myself. That interview became my favourite piece of the year.

AI: Are there concerns you have about AI in your newsroom?

User: Yes, trust mostly. [[Finland|COUNTRY]] has very high trust in media and we don't want to lose it. If one AI-written article with a made-up fact gets out, it's a disaster. Our [[editor-in-chief|GENERIC_ROLE]] has talked about this a lot. For me personally, I once made a privacy mistake, not with work but with my own tax papers. I asked [[ChatGPT|AI_PRODUCT]] to explain a letter from the tax office and didn't notice my henkilötunnus was in it, [[180389-127H|NATIONAL_ID]]. My partner [[Lumi|PERSON]], yes, [[Lumi|PERSON]], it means snow, she works in cybersecurity, and she was not impressed.

AI: How do sources and listeners get in touch with you?

User: For the paper, the work email. For the podcast, I write my email on the show notes as [[noora.lehtinen (miukumauku) gmail.com|OBF_EMAIL|finnish_miukumauku]], miukumauku is a funny Finnish word for the at-sign, it means something like meow-meow. And on a tip-line post I once wrote the number in Finnish words, [[nolla neljä nolla, seitsemän yksi kahdeksan, kaksi kaksi viisi kuusi|OBF_PHONE|finnish_number_words]], which was a bit of an experiment. I'm [[@nooraleh|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], and the podcast is at [[kellarikaiku.fi|URL]].

AI: How do the musicians you cover feel about AI?

User: Mixed, like everywhere. The young producers in [[Helsinki|CITY]] use AI tools for mastering and they don't care. The older guys, like the band from [[Hervanta|CITY]], they see it as the end of music. A [[singer|JOB_TITLE]] I really admire, [[Tuuli|PERSON]], wrote a whole album about it, she's [[twenty-eight|AGE]] and she's angry. Then of course everyone compares to [[Linus Torvalds|PUBLIC_FIGURE]], like, [[Finland|COUNTRY]] makes the technology and then complains about it. It's a Finnish joke.

AI: Anything else you'd like to add?

User: Only that in a city like [[Tampere|CITY]], culture journalism is about being there. At the small club on a [[Tuesday|GENERIC_TIME]] night, with twelve people in the audience, talking to the bass player outside in minus fifteen. No AI goes to those gigs. If we stop going, nobody writes that those bands existed.""")


# 16 Wales - personal trainer
T.append("""AI: Hiya, thanks for joining. Could you introduce yourself and your work?

User: Hiya! I'm [[Carys Pritchard|PERSON]], I'm [[29|AGE]], I'm a [[personal trainer|JOB_TITLE]] and I teach group classes at [[Bae Strength|ORGANIZATION]], a gym down in [[Cardiff Bay|CITY]]. I grew up in [[Pontypridd|CITY]], moved to [[Canton|CITY]] in [[2018|DATE]], and went self-employed at the gym the year after. Before that I did sports science at [[Cardiff Met|SCHOOL]].

AI: Where does AI come into your work?

User: Mostly the admin, which is the part nobody tells you about when you become a [[PT|JOB_TITLE]]. I've got about twenty-five one-to-one clients and each needs a program, check-ins, nutrition notes. I use [[ChatGPT|AI_PRODUCT]] to draft the programs, and then I put them into [[Trainerize|SOFTWARE]], which is the app the clients see. Food diaries come through [[MyFitnessPal|SOFTWARE]], and I've started asking [[Gemini|AI_PRODUCT]] to summarise a week of entries so I can see patterns quicker. It's handy. Sometimes wrong, but handy.

AI: Could you give an example of a client where that worked or didn't?

User: Yeah, so there's [[Dai|PERSON]], he's [[fifty-three|AGE]], ex-rugby, proper old-school, his knees are shot. The AI kept putting jump squats in his plan no matter how many times I typed "bad knees". So for [[Dai|PERSON]] I write it all myself now. Then there's [[Sky|PERSON]], yes that's her actual name, her mam was a hippie, and she's training for her first half marathon. For her the AI plans were brilliant, honestly better than what I'd have done on a Sunday night, knackered. And [[gareth|PERSON]], he only ever texts in lower case with no punctuation, he sent me a screenshot of a plan he'd made himself with AI, asking if it was alright. It had him deadlifting five days a week. I said [[gareth|PERSON]], no.

AI: Do you ever share personal details with these tools, yours or clients'?

User: Not names, I use initials, like "[[B.J.|PERSON]], female, postnatal". Health stuff I'm careful with. But I'll hold my hands up, when I was doing my tax I pasted a letter in, and it had my address on, [[Flat 4, 27 Severn Road|ADDRESS]], [[CF11 9LJ|ADDRESS]], and my CIMSPA membership number, [[0048213|NATIONAL_ID]]. Not the end of the world but I wouldn't do it again. My girlfriend [[Bethan|PERSON]], she's a [[paramedic|JOB_TITLE]], very strict about data, she gave me a lecture.

AI: How do clients get in touch with you?

User: [[Instagram|SOFTWARE]] mainly, [[@carys.lifts|SOCIAL_HANDLE]]. On there I write my email in Welsh as a bit of a joke, [[carys.pt malwen outlook dot com|OBF_EMAIL|welsh_malwen]], malwen is "snail", it's what we call the at-sign in Welsh. Only the Welsh speakers get it first time, which is a good filter to be fair. Booking's through the gym, but my mobile's on the flyers, [[07700 900418|PHONE_NUMBER]]. And I've got a little site, [[caryspritchardpt.co.uk|URL]], with prices. The other trainers at the gym, it depends who you ask. [[Jenkins|PERSON]], who runs the strength floor, everyone calls him by his surname, he thinks AI coaching apps will put half of us out of work within five years. Our [[gym manager|GENERIC_ROLE]], [[Lowri|PERSON]], is trying to get an AI chatbot on the website to answer membership questions. I think it's fine for "what time do you open", not for "I've got a bad back, what class should I do". People want a human for that. Even [[Gareth Bale|PUBLIC_FIGURE]] had a physio, not an app.

AI: Where do you see your job going with all this?

User: I reckon the programs will be free, basically, the apps will do that. What people pay me for is turning up at six on a wet [[Tuesday|GENERIC_TIME]] morning and someone being there who knows their name and notices they look tired. That's the job. The AI just gives me my Sunday nights back, and I'm grateful for that, honestly. My nan in [[Treorchy|CITY]] asked me [[last Christmas|GENERIC_TIME]] if a robot was going to take my job and I said, Nan, a robot can't make you laugh through a burpee.""")

# 17 Lithuania - fashion designer
T.append("""AI: Labas, and thank you for joining. Can you tell me about yourself and your work?

User: Labas! I'm [[Gabija Petrauskaitė|PERSON]], [[31|AGE]], a [[fashion designer|JOB_TITLE]]. I have a small label, [[Šilas Studio|ORGANIZATION]], with a workshop in [[Užupis|CITY]], in [[Vilnius|CITY]]. We make mostly coats and knitwear, small batches, around four hundred pieces a year. I studied at the [[Vilnius Academy of Arts|SCHOOL]] and started the label in [[2019|DATE]], with money from my grandmother, to be honest.

AI: How do AI tools fit into your design process?

User: At the beginning, for research. I collect images and I use [[Midjourney|AI_PRODUCT]] to mix ideas, like "Baltic linen coat, 1930s farm, brutalist", and it gives me a direction. Then I sketch by hand, and my pattern cutter does the patterns in [[CLO 3D|SOFTWARE]], which now has AI features too. For product descriptions in the shop, on [[Shopify|SOFTWARE]], I use [[ChatGPT|AI_PRODUCT]], because we sell to [[Germany|COUNTRY]], [[Sweden|COUNTRY]] and the [[UK|COUNTRY]] and writing in three languages takes forever.

AI: Who else works with you?

User: A small team. [[Danutė|PERSON]] is our [[seamstress|JOB_TITLE]], she's [[sixty-one|AGE]] and she has sewn since Soviet times, she doesn't touch computers at all. My boyfriend [[Mantas|PERSON]] does the photos, and [[Saulė|PERSON]], which means "sun", is a student who helps with social media. [[Saulė|PERSON]] uses AI for everything, captions, hashtags, even ideas for reels. Sometimes too much. One caption said our wool is "sustainably harvested from Lithuanian alpacas". We don't have alpacas. [[Lithuania|COUNTRY]] doesn't have alpacas. [[Danutė|PERSON]] laughed so much she had to sit down.

AI: Have there been any bigger problems with the tools?

User: Once, with a client. A buyer from a concept store in [[Stockholm|CITY]], [[Ebba Lind|PERSON]], asked for our line sheet and a proposal. I asked [[ChatGPT|AI_PRODUCT]] to write the proposal and it invented a discount that we never offered. I didn't read carefully, I sent it. She accepted, of course. So we lost money on that order. Since then everything with numbers, I read twice. Also my [[landlord|GENERIC_ROLE]], [[Kazlauskas|PERSON]], I only know him by surname, wanted a new lease and I almost pasted the whole thing into the AI with my asmens kodas, [[49306150238|NATIONAL_ID]]. [[Mantas|PERSON]] stopped me.

AI: How do customers and stores reach you?

User: Through the shop, [[silasstudio.lt|URL]], and [[Instagram|SOFTWARE]], [[@silas.studio.vilnius|SOCIAL_HANDLE]]. For wholesale I write the email on the line sheet as [[studio.silas (eta) gmail (taškas) com|OBF_EMAIL|lithuanian_eta_taskas]], "eta" is how we say the at-sign in Lithuanian. And the phone for the workshop is normal, [[+370 612 48905|PHONE_NUMBER]], because [[Danutė|PERSON]] answers it and she wouldn't understand anything complicated.

AI: How do you think AI will affect fashion design, especially for small labels like yours?

User: For big brands, AI will design the fast fashion, I'm quite sure. Trend prediction, images, everything. For small labels, the value is the hands, the story, the person. Customers in [[Kaunas|CITY]] or [[Klaipėda|CITY]] who buy our coats want to know that [[Danutė|PERSON]] sewed the buttons. I admire [[Vivienne Westwood|PUBLIC_FIGURE]] because she was so human and so angry, and I don't think an AI can be angry in the right way. Maybe that's the only thing we have left. I also worry for young designers, students like [[Saulė|PERSON]], if they learn to prompt before they learn to draw.""")

# 18 Dominican Republic - hair stylist
T.append("""AI: Hola, thanks for being here. Could you tell me about yourself and your work?

User: Hola mi amor, of course. I'm [[Yokasta Almonte|PERSON]], I'm [[37|AGE]], and I'm a [[hair stylist|JOB_TITLE]], a Dominican blowout specialist, if you want the fancy name. I have my own salon, [[Salón Divina|ORGANIZATION]], in [[Los Mina|CITY]], in [[Santo Domingo Este|CITY]]. I worked for other people since I was [[sixteen|AGE]] and I opened my salon in [[January 2017|DATE]].

AI: How does AI come into your salon?

User: My cousin [[Wendy|PERSON]] in [[New York|CITY]] showed me, she does nails in [[Washington Heights|CITY]] and she uses it for everything. So now I use [[ChatGPT|AI_PRODUCT]] to write the [[Instagram|SOFTWARE]] posts, the price lists, the promotions for [[Mother's Day|GENERIC_TIME]]. And I do the videos in [[CapCut|SOFTWARE]], it has the AI that takes out the background noise, because in a salon with six dryers going you can't hear nothing. The appointments are in [[Fresha|SOFTWARE]], which my [[assistant|GENERIC_ROLE]] [[Yeni|PERSON]] set up. Ay, and the surprises! One time I asked the AI to write a post about keratin treatment, and it wrote a whole thing in Spanish from [[Spain|COUNTRY]], with "vosotras" and all that. My clients laughed at me in the comments. [[Milagros|PERSON]], a client since fifteen years, she wrote "[[Yokasta|PERSON]], since when you are from [[Madrid|CITY]]?" So now I always say "write it like a Dominican woman from the capital", and I fix the words myself. Also it doesn't know our hair. It says "use a flat iron at low heat", and I'm like, mija, you never saw a Dominican blowout.

AI: Do you ever worry about the information you put into it?

User: Honestly, before, no. Now yes, a little. I was doing my papers for a bank loan to buy two new chairs, and I put all the documents in the AI to help me with the letter, with my cédula, [[402-2871653-9|NATIONAL_ID]], and my address in [[Calle 8, Residencial Las Palmas|ADDRESS]]. My daughter [[franchesca|PERSON]], she is [[fourteen|AGE]] and writes everything in small letters, she texted me "mami u crazy?? thats ur whole life". After that I delete the documents. And client information, no, never, I don't even write the names, I say "the lady with the curly hair from [[Villa Mella|CITY]]".

AI: How do clients reach you?

User: [[WhatsApp|SOFTWARE]], always [[WhatsApp|SOFTWARE]], [[+1 809 547 2280|PHONE_NUMBER]], that one is on the door. On [[Instagram|SOFTWARE]] I'm [[@salondivina.rd|SOCIAL_HANDLE]]. The email I don't use much, but [[Yeni|PERSON]] put it on the [[Instagram|SOFTWARE]] like this, with spaces, [[yokasta.almonte @ h o t m a i l . c o m|OBF_EMAIL|spaced_letters]], because somebody was sending spam. I think it looks strange, but okay, she's the one who knows.

AI: What do other stylists you know think about AI?

User: My old [[boss|GENERIC_ROLE]] in [[Naco|CITY]], Doña [[Altagracia|PERSON]], she says it's for lazy people. She's [[seventy|AGE]] and still works every day. The young ones, they love it, they make their own AI pictures to show the clients "this is the haircut you will look like", and then the client is upset because she doesn't look like the picture, because the picture is not real! A girl from [[Santiago|CITY]], [[Rosanna|PERSON]], she does the AI pictures and half her clients come back angry. Everybody wants to look like [[Natti Natasha|PUBLIC_FIGURE]] and nobody has her hair.

AI: Is there anything else you'd like to share?

User: Just that a salon is not only hair. A woman comes here and she tells me about her husband, her children, her pressure, her church. That is therapy, you know? The AI can write my posts, that's fine, it saves me time, and time is money when you have a loan for two chairs. But the chair, and the conversation in the chair, that's mine. And my mother, Doña [[Fefa|PERSON]], she taught me that when I was little in [[San Pedro de Macorís|CITY]].""")

# 19 Turkey - fact-checker journalist
T.append("""AI: Merhaba, thanks for joining. Could you tell me about yourself and your work?

User: Merhaba. I'm [[Barış Aksoy|PERSON]], [[46|AGE]], a [[fact-checker|JOB_TITLE]] and [[video journalist|JOB_TITLE]] in [[Istanbul|CITY]]. I work for a small independent newsroom, [[Gerçekçi Haber|ORGANIZATION]], our office is in [[Kadıköy|CITY]], near [[Moda|CITY]]. Before that I spent fourteen years at a national daily in [[Ankara|CITY]]. [[Barış|PERSON]] means peace, by the way, which is a funny name for someone who argues with the internet all day.

AI: How do you use AI in fact-checking?

User: In two opposite ways. First, as a tool. I use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] to summarise long documents, court decisions, ministry reports, so I find the relevant part faster. I use [[Google Lens|AI_PRODUCT]] and [[TinEye|SOFTWARE]] for reverse image search, and the [[InVID|SOFTWARE]] plugin for videos. Second, AI is the thing I'm checking. More and more of what we debunk is AI-generated: fake voices of politicians, fake photos of floods. So I'm using AI to catch AI, which is strange. A concrete example: after the earthquake in [[February 2023|DATE]], there were many fake images from [[Hatay|CITY]] and [[Antakya|CITY]], some recycled from other disasters, some generated. One image of a soldier carrying a child was shared millions of times. My colleague [[Ozan|PERSON]] and I spent a whole night on it. The AI detection tools said "probably real", "probably fake", different answers. In the end, what solved it was a human: a man called [[Kemal|PERSON]] Bey, a [[pharmacist|JOB_TITLE]] in [[Antakya|CITY]], who recognised the street and said, this building never looked like this. No tool could do that.

AI: Are there risks for you personally in this work?

User: Yes, this is a sensitive job here. Sometimes people are angry about a fact-check and they look for your address, your family. So I'm careful what I give to anything online. I once asked an AI to help fill in the renewal form for my press card, and only later I realised I had pasted the card number, [[34-0872-BK|NATIONAL_ID]], and my home address in [[Caferağa Mahallesi, Mühürdar Caddesi No: 41|ADDRESS]]. Probably nothing, but my wife [[Selin|PERSON]], she is a [[lawyer|JOB_TITLE]], said, [[Barış|PERSON]], you check everyone's facts and you give your own away for free.

AI: How do sources reach you safely?

User: For sensitive tips, [[Signal|SOFTWARE]]. I post the number in a strange font so scrapers don't collect it, like [[𝟎𝟓𝟑𝟐 𝟔𝟎𝟒 𝟏𝟖 𝟕𝟕|OBF_PHONE|math_bold_digits]]. The email is written as [[baris.aksoy[@]protonmail[.]com|OBF_EMAIL|bracketed_symbols]]. And I'm on [[X|SOFTWARE]] as [[@barisaksoy_dogrula|SOCIAL_HANDLE]], although since [[Elon Musk|PUBLIC_FIGURE]] bought it, half my followers are bots. Our [[editor|GENERIC_ROLE]], [[Zeynep|PERSON]] Hanım, wants us to move to [[Bluesky|SOFTWARE]], but the audience in [[Turkey|COUNTRY]] is still on [[X|SOFTWARE]].

AI: How do younger journalists around you use these tools?

User: Too trustingly, sometimes. We have an [[intern|GENERIC_ROLE]], [[ilkin|PERSON]], she writes her name in lower case on everything, very talented, [[twenty-two|AGE]]. She asked [[ChatGPT|AI_PRODUCT]] whether a quote from [[Orhan Pamuk|PUBLIC_FIGURE]] was real, it said yes and gave a source, and the source didn't exist. That was a good lesson for her, and honestly for me. I tell the interns: AI can give you a direction, but the phone call, the archive, the person on the street, that is verification.

AI: Is there anything you'd like to add?

User: Only that I'm worried about elections. Next time, there will be deepfake videos in the last two days before the vote, and we are a team of six people. My son [[Deniz|PERSON]] is [[twelve|AGE]] and he already asks me, baba, is this video real? If a [[twelve|AGE]]-year-old has to ask that, we have a problem as a society, not only as journalists.""")

# 20 Iran - setar player and teacher
T.append("""AI: Salaam, and thank you for joining. Could you tell me about yourself and your work?

User: Salaam. I am [[Arash Mohammadi|PERSON]], I am [[52|AGE]], I play setar and I teach Persian classical music in [[Shiraz|CITY]]. I am a [[musician|JOB_TITLE]] first, a [[music teacher|JOB_TITLE]] second. I teach at a private institute, [[Avaye Pars Music Institute|SCHOOL]], and I perform with a small ensemble in concerts, when we get permission, which is not always.

AI: How does AI fit into your work, if at all?

User: Less than for younger people, but more than I expected. My daughter [[Yasaman|PERSON]], she is [[24|AGE]] and studies computer engineering in [[Tehran|CITY]], she showed me [[ChatGPT|AI_PRODUCT]]. Now I use it to write the explanations of the dastgahs for my students, in simple Persian, and to make lesson plans. The notation I still do by hand, or sometimes in [[Sibelius|SOFTWARE]], but Persian music has quarter tones and the software doesn't like them. For recordings, I use [[Moises|AI_PRODUCT]] to take the voice out of an old recording so the students can play with the accompaniment.

AI: What do you think about AI-generated music?

User: [[Yasaman|PERSON]] played me a song from [[Suno|AI_PRODUCT]], "Persian traditional style". It was like a tourist's idea of [[Iran|COUNTRY]]. The melody went where no Persian player would go, the ornaments were in the wrong places. But I was surprised how close it was, also. For me, the tradition is not only notes. It is the teacher and the student, sitting on the carpet, many years. When I hear [[Shajarian|PUBLIC_FIGURE]], I hear his life in every phrase. The machine has no life to put in.

AI: Do your students use AI?

User: Yes, all of them. One student, [[Mahsa|PERSON]], very talented, she is [[seventeen|AGE]], she asked the AI to compose an exercise in Shur, and it made something. I told her, okay, now play it, and tell me what is wrong. She found three mistakes. That was a good lesson. Another student, [[navid|PERSON]], he writes to me always in lower case in [[Telegram|SOFTWARE]], even my name, "salam ostad [[arash|PERSON]]", which I forgive because he practises hard. He uses the AI to check his rhythm, it listens to the recording and tells him where he is late. I think that's useful. My [[luthier|JOB_TITLE]], Ostad [[Rahimi|PERSON]], who makes my instruments in [[Isfahan|CITY]], he thinks it's all nonsense.

AI: Do you have concerns about privacy or safety with these tools?

User: In [[Iran|COUNTRY]], you always think about who is listening. We use VPNs for [[ChatGPT|AI_PRODUCT]], and the account is in the name of my nephew [[Farhad|PERSON]] in [[Hamburg|CITY]], because the service doesn't accept Iranian users. I don't put anything political in it. Once I asked it to help with the paperwork for a concert permit, and I pasted my national code, [[2281439065|NATIONAL_ID]], and the address of the institute, [[Zand Boulevard, Alley 12, No. 7|ADDRESS]]. Later I thought, maybe not wise. But the permit office has all this already, so who knows.

AI: How do students find you?

User: Mostly by word of mouth, and [[Instagram|SOFTWARE]], my student manages it, [[@arash.setar.shiraz|SOCIAL_HANDLE]]. She wrote my email on the page as [[arash.setar at yahoo dot com|OBF_EMAIL|spelled_at_dot]], and for the phone she wrote it in Finglish words, [[sefr noh yek haft, chahar do se, shesh panj hasht yek|OBF_PHONE|persian_number_words_latin]], so only Iranians can read it. I think it is very clever. My wife [[Roya|PERSON]] thinks it's too complicated and nobody will call. She is probably right, as usual.""")


# 21 Kyrgyzstan - shop assistant
T.append("""AI: Hello, and thanks for joining. Could you tell me a bit about yourself and your job?

User: Hello. My name is [[Aizada Toktogulova|PERSON]], I'm [[24|AGE]], I work as a [[sales assistant|JOB_TITLE]] in a women's clothing boutique in [[Bishkek|CITY]], at [[Asia Mall|ORGANIZATION]]. The shop is called [[Ayim Style|ORGANIZATION]]. I've been there since [[September 2022|DATE]], before that I worked in my aunt's shop at the [[Osh Bazaar|ORGANIZATION]], selling fabric. So I know selling from both sides, the bazaar and the mall.

AI: Where does AI come into your work in the boutique?

User: Mostly for the shop's [[Instagram|SOFTWARE]] and for talking to customers. The [[owner|GENERIC_ROLE]], [[Kanat|PERSON]] baike, gave me the job of the social media because I'm the youngest. I use [[ChatGPT|AI_PRODUCT]] to write the captions in Russian and Kyrgyz, and sometimes English for the foreign customers from the embassies. It's good for Russian, for Kyrgyz not so good, it makes funny mistakes, so my colleague [[Bermet|PERSON]] checks. The stock and the prices are in [[1C|SOFTWARE]], that's the program everyone uses here, no AI there, only headaches.

AI: Can you tell me about a time the AI helped or caused trouble with a customer?

User: A woman came, she wanted a dress for a toi, a big wedding party, in [[Karakol|CITY]], and she asked me what is in fashion in [[Moscow|CITY]] now. I didn't know, so I asked the AI on my phone. It gave me a long list, half of it from two years ago. She laughed and showed me her own phone, she asked the same AI! So we both laughed. After that I decided: for fashion I look at real people on [[Instagram|SOFTWARE]], not at the AI. And the customers remember when you are honest. A regular, [[Tilek|PERSON]], a man who buys gifts for his wife every holiday, he always says, [[Aizada|PERSON]], just tell me what she will like, not what the internet says.

AI: Do you ever share personal information with these AI tools?

User: Once I made a mistake. I was applying for a work visa to [[South Korea|COUNTRY]], and I asked [[ChatGPT|AI_PRODUCT]] to check my form, and I put everything: my PIN, [[21403200050617|NATIONAL_ID]], my address in the [[7th microdistrict|CITY]], [[building 14|ADDRESS]], everything. My sister [[Aida|PERSON]], she lives in [[Moscow|CITY]] and works in a bank, she called me and said, are you crazy, delete it. Now I write "XXX" instead of numbers. And for the shop I never put customer phone numbers in it.

AI: How do customers reach the shop?

User: [[WhatsApp|SOFTWARE]] and [[Instagram|SOFTWARE]]. The shop [[Instagram|SOFTWARE]] is [[@ayimstyle.kg|SOCIAL_HANDLE]]. My own work email is [[aizada.ayimstyle@gmail.com|EMAIL_ADDRESS]]. The shop number on the posts I write with Russian letters instead of zero, like [[+996 7ОО 418 3О9|OBF_PHONE|cyrillic_o_for_zero]], the "О" is Cyrillic, so the spam bots don't find it, [[Kanat|PERSON]] baike's idea. Customers just call, they don't even notice. There's a boy, [[nurik|PERSON]], he writes to us every week in small letters "skidka est?" asking about discounts, he is maybe [[sixteen|AGE]], he buys gifts for his mother.

AI: How do you feel about AI and the future of your job?

User: I think shops in malls will have less people. Maybe robots at the kassa, like in some supermarkets. But in clothing, women want to talk, to try on, to hear "this colour is good for you". My grandmother in [[Naryn|CITY]] says the same thing about the bazaar: people go for the conversation, not only the things. [[Chingiz Aitmatov|PUBLIC_FIGURE]] wrote about people and horses and mountains, not about computers, and everybody here still reads him. I want to open my own boutique one day. I will use AI for the [[Instagram|SOFTWARE]], but I will stand in the shop myself.""")

# 22 Panama - DJ and event producer
T.append("""AI: Hola, thanks for joining. Could you tell me about yourself and your work?

User: ¿Qué xopá? Sorry, Panamanian greeting. I'm [[Luis Carlos Vergara|PERSON]], but everybody calls me [[Lucho|PERSON]]. I'm [[28|AGE]], I'm a [[DJ|JOB_TITLE]] and [[event producer|JOB_TITLE]] in [[Panama City|CITY]]. I run a small company with my partner [[Yariela|PERSON]], [[Marea Eventos|ORGANIZATION]], we do rooftop parties in [[Casco Viejo|CITY]], corporate events in [[Costa del Este|CITY]], and weddings in [[Boquete|CITY]] and [[Bocas del Toro|CITY]].

AI: How do you use AI in the music side of your work?

User: For the music, [[Serato|SOFTWARE]] now has stem separation, which is AI, so I can take the vocal of a salsa classic and put it over a reggaetón beat live. The crowd goes crazy. I also tried [[Suno|AI_PRODUCT]] for making intros with the name of the couple at weddings, like a little jingle, "[[Andrea|PERSON]] y [[Kevin|PERSON]], forever". People love that, honestly, even if it's a bit cheesy. For the production side, [[ChatGPT|AI_PRODUCT]] writes the run of show, the proposals, the English emails for the foreign companies.

AI: Can you tell me about an event where AI made a difference?

User: Last year a company from [[Singapore|COUNTRY]] had an event at a hotel, and the [[manager|GENERIC_ROLE]] there, Mr. [[Chen|PERSON]], wanted everything minute by minute. I made the whole timeline with the AI in one hour, before it took me a day. But then on the night the AI's timeline said the band starts at nine and the fireworks at nine, same time, it mixed up two lines. [[Yariela|PERSON]] saw it in the morning and fixed it, thank God. She reads everything. I'm more the creative guy, she's the one who stops me from disasters. Also our [[sound guy|JOB_TITLE]], [[Chombo|PERSON]], that's his nickname since school, he double-checks the technical rider, because the AI invents equipment that doesn't exist.

AI: Do you think about privacy when you use these tools?

User: More now. The company papers, the RUC, my cédula, [[8-912-2047|NATIONAL_ID]], all that was in a PDF I gave the AI to make an invoice template. [[Yariela|PERSON]] was not happy. And client lists, never. Some of our clients are politicians' families, very private people, they don't want anything online. For example a birthday for a lady we call only Doña [[Tita|PERSON]], we don't even write her surname in [[WhatsApp|SOFTWARE]].

AI: How do clients contact you?

User: [[Instagram|SOFTWARE]] mainly, [[@djlucho.pty|SOCIAL_HANDLE]], and the company page. My email I write like [[luchovergara AT gmail DOT com|OBF_EMAIL|uppercase_at_dot]], old style. And my phone, on the [[Instagram|SOFTWARE]] story I say it like a radio host, [[six triple-four, two one double-nine|OBF_PHONE|double_triple_words]], people think it's fun and the bots can't read it. For the website, [[mareaeventos.com.pa|URL]]. My little cousin [[kathe|PERSON]], she's [[fifteen|AGE]], she types everything lowercase, she made the website.

AI: Last question: how do you see AI affecting DJs and event producers?

User: DJs, I think the bad DJs will disappear, because AI can make a playlist. But a good selector reads the crowd. At a wedding in [[Boquete|CITY]] you see the grandmother sitting, and you play a [[Rubén Blades|PUBLIC_FIGURE]] song, and she stands up, and then the whole family comes to the dance floor. No AI sees the grandmother. And for production, I think it's a tool, like a very fast assistant who sometimes lies. The influencer [[Cielo|PERSON]], who hosts a lot of our parties, she says she's scared AI will replace influencers. I told her, no, [[Cielo|PERSON]], it will replace the boring ones.""")

# 23 Denmark - subtitler
T.append("""AI: Hej, thank you for taking part. Could you introduce yourself?

User: Hej. I'm [[Mette Kjærgaard|PERSON]], I'm [[48|AGE]], and I'm an [[audiovisual translator|JOB_TITLE]], which means mostly subtitles, English and Swedish into Danish. I live in [[Aarhus|CITY]], in [[Frederiksbjerg|CITY]], and I work freelance, mostly through an agency in [[Copenhagen|CITY]] called [[Nordtekst|ORGANIZATION]]. I've been subtitling since [[2001|DATE]], so I remember VHS, and I remember when we were paid properly.

AI: How has AI changed subtitling for you?

User: Completely, in the last three years. Now most jobs come as "post-editing": the agency runs the film through a speech recognition and machine translation pipeline, and I get a file with Danish subtitles already there, and I have to fix them. I work in [[EZTitles|SOFTWARE]], and sometimes I check phrases in [[DeepL|AI_PRODUCT]] or ask [[ChatGPT|AI_PRODUCT]] about slang. The rate for post-editing is maybe sixty percent of the old rate. The work is not sixty percent. For a comedy, it's more work, because the machine kills every joke and I have to bring it back to life.

AI: Could you give an example of a joke the machine killed?

User: There was a British sitcom, a character says "I'm not being funny, but", which in English means "I'm about to be rude". The machine translated it literally, "jeg er ikke sjov, men", which in Danish is just confusing, like the character is apologising for not being a comedian. Small thing, but the whole character is built on it. My old colleague [[Bo|PERSON]], he retired last year, used to say the machine translates words and we translate people. And the [[reviewer|GENERIC_ROLE]] at the agency, [[Lars|PERSON]], he agrees, but he is under pressure from the streaming clients.

AI: Do you have concerns about privacy or confidentiality?

User: For the films, yes, there are strict NDAs, we can't upload scripts to public AI tools, unreleased series are very secret. So for those I only use the agency's own system. For myself, I was a bit naïve once. I asked [[ChatGPT|AI_PRODUCT]] to help me understand a letter from the tax authority, and I pasted it with my CPR number, [[120576-1834|NATIONAL_ID]]. My son [[Frej|PERSON]], he's [[nineteen|AGE]] and studies computer science at [[Aarhus University|SCHOOL]], he explained to me why that was a bad idea. Twice.

AI: How do clients or agencies contact you?

User: Mostly through the agency platform. But I also take direct jobs from small film festivals, so I have a simple page, [[mettekjaergaard.dk|URL]]. There I wrote the email the Danish way, [[mette.kj snabel-a nordtekst punktum dk|OBF_EMAIL|danish_snabel_a]], "snabel-a" means "elephant trunk A". For the phone number, [[Frej|PERSON]] made a joke and wrote it in Danish number words, [[otteogtyve enoghalvfjerds fyrre seksoghalvfems|OBF_PHONE|danish_number_words]], which even Danes struggle to read, because our numbers are crazy. It's a kind of intelligence test for clients.

AI: How do other subtitlers feel about these changes?

User: Many have left. A friend from [[Aalborg|CITY]], [[Storm Lykke|PERSON]], yes, his name is [[Storm|PERSON]] and his surname means happiness, he went back to teaching because he couldn't live on post-editing rates. Another one, [[Karin|PERSON]] in [[Malmö|CITY]], does only literary translation now. The union is negotiating, but the big streaming companies don't really negotiate. I think of [[Mads Mikkelsen|PUBLIC_FIGURE]] in English-language films, people watch him with subtitles in forty countries, and nobody thinks about who wrote those subtitles. It's invisible work, and now the machines make it even more invisible.""")

# 24 Latvia - pilates instructor
T.append("""AI: Labdien, thank you for joining. Could you tell me about yourself and your work?

User: Labdien! I'm [[Laura Ozola|PERSON]], [[34|AGE]], I'm a [[pilates instructor|JOB_TITLE]] in [[Riga|CITY]]. I have a small studio with one partner, [[Kustība Studio|ORGANIZATION]], in [[Āgenskalns|CITY]], on the other side of the river from the old town. In summer we also do classes on the beach in [[Jūrmala|CITY]]. Before pilates I was a [[dancer|JOB_TITLE]] at the [[Latvian National Opera|ORGANIZATION]] until [[2016|DATE]], then my hip decided my career was over.

AI: How do you use AI in running the studio and teaching?

User: Mostly for the business side. Bookings are in [[Mindbody|SOFTWARE]], and I use [[ChatGPT|AI_PRODUCT]] to write newsletters and [[Instagram|SOFTWARE]] posts, in Latvian, Russian and English, because our clients are mixed. I also used [[Copilot|AI_PRODUCT]] to make a spreadsheet for prices, because my partner [[Zane|PERSON]] and I are both terrible with numbers. For the teaching itself, sometimes I ask the AI for new exercise variations when I'm out of ideas, but I always try them on my own body first.

AI: Can you tell me about a time where AI was useful or problematic with clients?

User: A client, [[Dzintra|PERSON]], she's [[seventy-two|AGE]], very lively, she asked the AI at home about pilates for osteoporosis and it gave her exercises with a lot of spinal flexion, which is exactly what you should not do with osteoporosis. She came to class proud of her "AI program". I had to be very gentle. Since then I tell all clients: bring me whatever the AI says, and we look at it together. Another client, [[ilze|PERSON]], writes me in lowercase every morning "can i come 9 today", she's a [[nurse|JOB_TITLE]] on shifts, and for her the AI helped me make a flexible plan she can do at home.

AI: Do you think about privacy when using these tools?

User: Yes, because health information is sensitive. I don't write client names, only "[[K.|PERSON]], [[45|AGE]], lower back". But for myself, once I asked the AI to help with the lease for the studio, and the contract had my personas kods, [[150690-12748|NATIONAL_ID]], and the [[landlord|GENERIC_ROLE]]'s name, [[Bērziņš|PERSON]]. My husband [[Jānis|PERSON]] works in IT security, so of course he found out and made a whole presentation for me about data. Very romantic.

AI: How do clients get in touch with you?

User: [[Instagram|SOFTWARE]], [[@kustiba.pilates|SOCIAL_HANDLE]], or the website, [[kustibastudio.lv|URL]]. My email I put on the website, but my nephew wrote it with Russian letters mixed in, [[lаura.ozolа@inbox.lv|OBF_EMAIL|cyrillic_homoglyph]], two of those "a"s are Cyrillic, so it looks normal but bots can't match it. If people copy it, it doesn't work, which is maybe a problem, so the phone is normal, [[+371 29417738|PHONE_NUMBER]]. Most older clients just call.

AI: How do you see the future of your work with AI?

User: The online fitness apps will take some clients, the young ones who want cheap. But pilates is about precision and touch, the small correction on the shoulder. [[Joseph Pilates|PUBLIC_FIGURE]] himself was very hands-on, famous for poking people. An app can't poke you. And the community, the ladies who come on [[Wednesday|GENERIC_TIME]] mornings and drink tea after, some of them come more for each other than for pilates. A friend from [[Liepāja|CITY]], [[Rasa|PERSON]], opened an "AI pilates" studio with screens and cameras, and after one year she closed it. People wanted her, not the screens.""")

# 25 Northern Ireland - makeup artist
T.append("""AI: Hi, thanks so much for joining. Could you tell me a bit about yourself and your work?

User: Hiya, no bother at all. I'm [[Orla McCann|PERSON]], I'm [[33|AGE]], I'm a [[makeup artist|JOB_TITLE]], mostly bridal, based in [[Belfast|CITY]]. I work out of a wee studio in [[Stranmillis|CITY]] and travel a lot for weddings, [[Holywood|CITY]], [[Newcastle|CITY]], all over, and down south too sometimes, [[Dublin|CITY]], [[Kildare|CITY]]. I've been doing it full-time since [[2017|DATE]], before that I was on the counter for [[MAC|ORGANIZATION]] in a department store.

AI: How does AI come into your work?

User: Honestly, more for the business than the makeup. I use [[ChatGPT|AI_PRODUCT]] to write my [[Instagram|SOFTWARE]] captions and reply to enquiries, because in wedding season I get maybe forty a week and they all ask the same things. I use an app called [[YouCam Makeup|AI_PRODUCT]] for virtual try-ons with some brides who can't come for a trial. It's grand for colours, useless for actual skin, it makes everyone look like a filter. And my bookkeeping's in [[Xero|SOFTWARE]], which has started suggesting things, which I mostly ignore.

AI: Could you tell me about a booking where AI helped or got in the way?

User: There was a bride [[last summer|GENERIC_TIME]], [[Nuala|PERSON]], from [[Derry|CITY]], gorgeous girl, who'd used an AI app to "design" her look and brought me the image. The problem was the AI had given her a different nose. Like, a whole different face shape. She was in tears at the trial because it didn't look like the picture, and I had to explain, love, that picture isn't you, it's the robot's idea of you. We got there in the end and she looked stunning. Her mum, [[Bronagh|PERSON]], rang me after and said thank you for telling her the truth.

AI: Do you share personal information with these tools?

User: I try not to. But I did a stupid thing applying for a van lease, I got [[ChatGPT|AI_PRODUCT]] to tidy the form and it had my driving licence number, [[MCCAN961191OM9JK|NATIONAL_ID]], and my home address in [[Finaghy|CITY]]. My sister [[Ciara|PERSON]], she's a [[police officer|JOB_TITLE]], near had a stroke when I told her. For brides I never put their names in, I'll write "bride, [[June|GENERIC_TIME]], [[Ballymena|CITY]], 8 bridesmaids", that's it.

AI: How do people book you?

User: [[Instagram|SOFTWARE]] mostly, I'm [[@orlamua.belfast|SOCIAL_HANDLE]]. I stopped putting my number on public posts because I got loads of spam calls, so now in my bio I write it as [[oh seven seven double-oh, nine double-oh, three one two|OBF_PHONE|uk_double_words]]. The email's on my website written as [[orla.mua at hotmail dot co dot uk|OBF_EMAIL|spelled_at_dot]], and the site's [[orlamccannmakeup.com|URL]]. My friend [[Big Sean|PERSON]] who does weddings as a [[photographer|JOB_TITLE]] told me to do that, he got scraped something terrible.

AI: How do you think AI will change your industry?

User: The content side is already changed, everyone's captions sound the same now, all "radiant" and "timeless". The filter thing worries me more, young girls coming in wanting to look like an AI face that isn't possible. I'm [[thirty-three|AGE]] and I grew up with [[Kim Kardashian|PUBLIC_FIGURE]] contouring, that was bad enough. But doing makeup is hands on skin, a bride's nerves at six in the morning, her granny crying. A robot can't hold a bride's hand in a hotel in [[Portrush|CITY]] while her dad's stuck in traffic on the M2. That's the job, honestly.""")


write_set(T, "set_as")
