# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---------- 1: secondary teacher, Cork ----------
T.append("""AI: Hi, thanks so much for doing this. To start, could you tell me a little about yourself and the work you do?

User: Sure. I'm [[Aoife Callaghan|PERSON]], I teach English and History at [[Scoil Bhríde Community School|SCHOOL]] in [[Ballincollig|CITY]], just outside [[Cork|CITY]]. I've been there [[since 2014|DATE]], and for my sins I'm also [[Year Head|JOB_TITLE]] for fifth years this year, so half my day is chasing lads about uniform.

AI: Thanks, [[Aoife|PERSON]]. Where do AI tools fit into a typical week for you?

User: mostly the boring stuff tbh. I'd use [[ChatGPT|AI_PRODUCT]] to make comprehension questions or differentiate a worksheet, and the school got [[MagicSchool|AI_PRODUCT]] licences for everyone this year. My colleague [[Grace Twomey|PERSON]] is the one who got me into it, she teaches Irish and she's basically the unofficial IT department. [[Grace|PERSON|word_name]] is all about [[Gemini|AI_PRODUCT]] because it's built into our Google accounts. I still prefer the other one, no disrespect to her.

AI: You mentioned [[Grace|PERSON]] got you started. Can you walk me through a specific time AI made a real difference?

User: yeah one stands out. I've a boy in fifth year, [[Darragh|PERSON]], dyslexic, bright as anything but the Hamlet notes were a wall of text for him. I put the notes (no names obviously) into [[Claude|AI_PRODUCT]] and asked for a plain-English version with headings. [[Darragh|PERSON]]'s mam rang the school the [[Friday|GENERIC_TIME]] after to say he'd read the whole thing for the first time. [[Shakespeare|PUBLIC_FIGURE]] would be spinning but I don't care.

AI: That's a lovely outcome. Have there been any concerns, from parents, management or yourself?

User: loads. [[The principal|GENERIC_ROLE]] is very nervous about GDPR so there's a rule that no student names go into anything, and all parent contact stays on [[VSware|SOFTWARE]]. One dad at parent-teacher meetings told me [[Elon Musk|PUBLIC_FIGURE]] says there'll be no jobs in ten years so what's the point of essays. I said sure [[Elon|PUBLIC_FIGURE]] hasn't written an essay in his life either. As for my own stuff, I'm more careful now, but when I was sorting out my maternity benefit I pasted the whole form into [[ChatGPT|AI_PRODUCT]] to understand it and my PPS number was right there, [[6402183E|NATIONAL_ID]]. Copped on after. I'm [[38|AGE]], you'd think I'd know better by now.

AI: Do you share the resources you make with other teachers?

User: I do, I have a little blog, [[misscallaghanenglish.ie|URL]], where I put up the adapted notes. Teachers from [[Limerick|CITY]] and [[Galway|CITY]] have emailed me about them. I write the address on the site as [[aoife dot callaghan at eircom dot net|OBF_EMAIL|spelled_at_dot]] so the spam bots don't get it, not sure that even works anymore.

AI: Looking ahead, how do you see AI changing teaching in [[Ireland|COUNTRY]]?

User: I think it'll change homework more than class. Every [[June|GENERIC_TIME]] we'll all be correcting the same essay written by the same chatbot, so maybe it's back to handwriting in class. But the relationship bit - knowing a kid like [[Darragh|PERSON]] needs something different - no app does that.""")

# ---------- 2: ICU nurse, Toronto (Filipina) ----------
T.append("""AI: Thanks for joining today. Could you start by telling me what you do and where?

User: Hi! I'm [[Rowena|PERSON]], [[Rowena Bautista|PERSON]], I'm a [[registered nurse|JOB_TITLE]] in the ICU at [[Humber River Hospital|ORGANIZATION]] in [[Toronto|CITY]]. I came to [[Canada|COUNTRY]] from the [[Philippines|COUNTRY]] in [[2009|DATE]], mostly worked nights since then.

AI: What does your use of AI look like at work, [[Rowena|PERSON]]?

User: honestly not a lot on the unit itself. We chart in [[Epic|SOFTWARE]] and there's an AI thing in there now that drafts the handoff summary but most of us don't trust it yet. Where I use it more is studying - I'm doing my critical care certificate part time at [[George Brown College|SCHOOL]] and I ask [[ChatGPT|AI_PRODUCT]] to quiz me on vasopressors lol. On the hospital computers we only get [[Copilot|AI_PRODUCT]].

AI: Could you tell me about a time it helped, or caused problems?

User: ok so one night we had an [[82-year-old|AGE]] man, post-op, very confused, and he only spoke Ilocano. Interpreter line had a 40 minute wait. My friend [[Joy|PERSON|word_name]], she's Ilocano too, was off that night, so I used [[Google Translate|SOFTWARE]] on my phone. It was maybe 70 percent right. [[The charge nurse|GENERIC_ROLE]] was fine with it because it was urgent, but officially we're not supposed to. Nights are no joy sometimes. I was nervous and relieved, both. After, I sent the translations to [[Joy|PERSON|word_name]] and she laughed so hard at some of them. She's the one who keeps telling me to use it more.

AI: Does AI come up in your life outside work?

User: my daughter [[June|PERSON|word_name]] uses it way more than me, she's [[15|AGE]] and thinks I'm ancient. We go back to [[Manila|CITY]] every [[June|GENERIC_TIME]] for my mom and [[June|PERSON|word_name]] plans the whole itinerary with [[ChatGPT|AI_PRODUCT]].

AI: Are there things you'd never put into an AI tool?

User: patient stuff, never. I also run a little group chat for new Filipino nurses doing their licensing exams, they text me at [[four one six, five five five, zero one nine two|OBF_PHONE|digit_words]] - I post it like that on Facebook so it doesn't get scraped.

AI: That's generous of you. How do you see AI changing nursing over the next few years?

User: documentation for sure. If it could do the charting I'd have more time at the bedside. But an AI can't hold someone's hand at 3am. I'm [[44|AGE]], I'll probably retire before the robots take my job haha. They can have the [[Christmas|GENERIC_TIME]] shifts though.""")

# ---------- 3: family solicitor, Manchester ----------
T.append("""AI: Hello, and thank you for taking part. Could you describe your role?

User: Of course. I'm [[Priyanka Mistry|PERSON]], an [[associate solicitor|JOB_TITLE]] in the family team at [[Hargreaves Lund LLP|ORGANIZATION]] in [[Manchester|CITY]]. Mostly divorce and financial remedy, some child arrangements. I read law at the [[University of Leeds|SCHOOL]] and qualified in [[2016|DATE]].

AI: Thanks, [[Priyanka|PERSON]]. How do AI tools show up in your work?

User: The firm rolled out [[Harvey|AI_PRODUCT]] for the whole practice, plus [[Copilot|AI_PRODUCT]] inside [[Outlook|SOFTWARE]]. Our case management system is [[Clio|SOFTWARE]]. I use [[Harvey|AI_PRODUCT]] mostly for first drafts of position statements and for summarising disclosure - bank statements, hundreds of pages of them.

AI: Can you give an example of when it worked well, or didn't?

User: Our [[trainee solicitor|JOB_TITLE]], [[Will Ashworth|PERSON]], ran a client's Form E through it and it invented a pension that didn't exist. I will say in his defence it was very late. [[Will|PERSON|word_name]] caught it himself the next morning, but it shook everyone. The [[senior partner|JOB_TITLE]], [[Mark Hargreaves|PERSON]], now insists everything gets checked twice.

AI: It sounds like [[Will|PERSON]]'s mistake turned into a useful lesson. Do clients know you use these tools?

User: Some ask. I had a client recently, lovely woman, she's [[72|AGE]] and divorcing after forty years, and she'd already asked [[ChatGPT|AI_PRODUCT]] what she was entitled to. It had given her the rules for [[Scotland|COUNTRY]] rather than [[England|COUNTRY]]. She also emailed me her National Insurance number in the clear, [[JT 48 21 93 C|NATIONAL_ID]], with a note saying "for your AI". I had to explain very gently that's not how it works.

AI: How do you handle confidentiality more generally?

User: Strictly. Nothing identifying goes into anything public, and [[Harvey|AI_PRODUCT]] is ring-fenced for the firm. [[The judge|GENERIC_ROLE]] on one of my matters actually asked in a hearing whether AI had been used for a skeleton argument. Sir [[Geoffrey Vos|PUBLIC_FIGURE]] has been giving speeches about it, so the bench is paying attention. Personally I'd like it to stop sounding so cheerful about divorce. [[Mark|PERSON|word_name]] reckons we'll all be replaced by [[Easter|GENERIC_TIME]], but he says that every year. [[Mondays|GENERIC_TIME]] are when I lean on it most, after a weekend of clients emailing.

AI: Thank you. Is there anything else you'd like to add?

User: Only that if anyone from the study wants to follow up, my work email is [[priyanka.mistry(at)hargreaveslund(dot)co(dot)uk|OBF_EMAIL|paren_at_dot]] - I always write it that way on forms now. And please mark it "research" in the subject or it'll vanish.""")

# ---------- 4: plumber, Brisbane ----------
T.append("""AI: Hi, thanks for making time. Could you tell me what you do for work?

User: yeah no worries. [[shane pickering|PERSON]], i run [[Pickering Plumbing & Gas|ORGANIZATION]] out of [[Brisbane|CITY]], northside. been a [[licensed plumber|JOB_TITLE]] 30 odd years, im [[52|AGE]]. its me, my apprentice [[jayden|PERSON]] and the missus [[Kylie|PERSON]] does the books

AI: Thanks, [[Shane|PERSON]]. How, if at all, do you use AI tools in the business?

User: mostly quotes and emails. used to hate writing quotes, now i tell [[Siri|AI_PRODUCT]] the job in the ute, it goes in my notes, then i paste it into [[ChatGPT|AI_PRODUCT]] and say make this sound professional. then it goes into [[Tradify|SOFTWARE]]. [[Kylie|PERSON]] reckons my quotes got ten times more polite lol

AI: Could you walk me through one specific job where this came up?

User: had a hot water job at [[27 Wattle Street|ADDRESS]], [[Paddington|CITY]] a few weeks back, old lady, nightmare access under the house. i put the photos into [[chatgpt|AI_PRODUCT]] and asked what the fitting was cos it was some ancient thing from the 60s. it got it right actually. [[the customer|GENERIC_ROLE]] was stoked

AI: Is there anything you wouldn't trust it with?

User: gas compliance certs. thats on me, my licence, not some robot. also [[Kylie|PERSON]]'s funny about the money side, she does everything in [[MYOB|SOFTWARE]] and wont let [[chatgpt|AI_PRODUCT]] near it. tho she did once paste my tax file number into some AI thing to sort the BAS, [[453 928 178|NATIONAL_ID]], and i went off at her lol

AI: How has [[Jayden|PERSON]] taken to it, as someone just starting out?

User: ha [[jayden|PERSON]] uses it for everything, hes [[19|AGE]]. his [[TAFE Queensland|SCHOOL]] assignments, the lot. i tell him [[steve irwin|PUBLIC_FIGURE]] never needed a chatbot. nah hes a good kid

AI: Any advice for other tradies thinking about it?

User: just try it. if anyone wants a yarn my number's on the website, [[pickeringplumbing.com.au|URL]], or text me [[oh four one two, three eight eight, five oh one|OBF_PHONE|digit_words_oh]]. dont ring on a [[sunday|GENERIC_TIME]] tho, thats footy. oh and [[Christmas|GENERIC_TIME]] is flat out with blocked drains and no AI is unblocking those haha. and its made the paperwork side of running a small business in [[Australia|COUNTRY]] bearable""")

# ---------- 5: backend engineer, Amsterdam (Indian) ----------
T.append("""AI: Hi, thanks for joining. Can you tell me about your role?

User: Hey! Sure. I'm [[Karthik Subramanian|PERSON]], [[senior backend engineer|JOB_TITLE]] at [[Adyen|ORGANIZATION]] in [[Amsterdam|CITY]], payments infra, mostly Java. Moved here from [[Bengaluru|CITY]] in [[2019|DATE]], before that I was at [[Flipkart|ORGANIZATION]]. We live in [[Amstelveen|CITY]] now because, well, rent.

AI: How do AI tools fit into your day, [[Karthik|PERSON]]?

User: constantly lol. [[GitHub Copilot|AI_PRODUCT]] in the IDE, [[Claude|AI_PRODUCT]] for design docs, [[Cursor|AI_PRODUCT]] for side projects. Someone on the platform team is trialling [[Devin|AI_PRODUCT]]. Funny thing is [[my team lead|GENERIC_ROLE]] is a French guy literally named [[Claude Moreau|PERSON]], so we call the model "the robot" and the human one is just [[Claude|PERSON]].

AI: Could you describe a specific time AI helped or hurt your work?

User: ok so in [[March 2024|DATE]] we had an incident, settlement files stuck, and I used the robot to go through like 40k lines of logs, found the pattern in minutes. But also once [[Copilot|AI_PRODUCT]] suggested a retry loop that would have double-charged people. Caught in code review by [[Pieter de Graaf|PERSON]], thank god.

AI: How do you think about what you share with these tools?

User: work code only in the approved enterprise setup. personally I'm sloppier tbh. When the [[Belastingdienst|ORGANIZATION]] sent us a letter in Dutch I just pasted the whole thing into [[ChatGPT|AI_PRODUCT]] for translation, BSN and all - mine is [[237419051|NATIONAL_ID]], it was right at the top. Not my finest moment.

AI: Does your family use these tools too?

User: my wife [[Divya|PERSON]] is a [[UX researcher|JOB_TITLE]] at [[Booking.com|ORGANIZATION]], she's way more skeptical than me. Her parents back in [[India|COUNTRY]] use [[Gemini|AI_PRODUCT]] on their phones for recipes, which is wholesome. At [[Diwali|GENERIC_TIME]] my mom asked it how to make Mysore pak with Dutch butter and the answer was hilarious.

AI: Do you share your side projects publicly?

User: yeah, [[github.com/ksubra-dev|URL]], and I post about them on X as [[@karthik_builds|SOCIAL_HANDLE]]. Nothing huge, a Dutch verb flashcard thing mostly. I studied at [[IIT Madras|SCHOOL]] so I feel obligated to have side projects haha. Long term? less typing, more reviewing. [[Linus Torvalds|PUBLIC_FIGURE]] said AI is ninety percent marketing and I half agree. In [[Europe|CONTINENT]] the regulation might slow things down a bit, which is fine. I'm [[31|AGE]], I'll still be coding in twenty years, just differently.""")

# ---------- 6: dairy farmer, Morrinsville NZ ----------
T.append("""AI: Kia ora, thanks for joining. Could you start by telling me about your work?

User: Kia ora. I'm [[Bridget Dunlop|PERSON]], my husband [[Frank|PERSON|word_name]] and I milk about 420 cows on our farm near [[Morrinsville|CITY]]. On paper we're [[Dunlop Dairies Ltd|ORGANIZATION]], supplying [[Fonterra|ORGANIZATION]]. I'm the [[farm manager|JOB_TITLE]], I do the herd side, he does machinery and the books, or he's supposed to.

AI: How do you use AI tools on the farm, [[Bridget|PERSON]]?

User: More than you'd think. Herd records are in [[MINDA|SOFTWARE]], and the cows wear collars that flag heats and health stuff with some algorithm. Then I use [[ChatGPT|AI_PRODUCT]] for all the compliance writing - the farm environment plan, health and safety docs. [[Frank|PERSON|word_name]] thinks it's witchcraft. To be frank he thinks email is witchcraft.

AI: Could you describe a specific moment where it made a difference?

User: Calving, so [[spring|GENERIC_TIME]], I'm running on four hours sleep. Our sharemilker's son [[Sione|PERSON]], he's from [[Tonga|COUNTRY]] originally, he's [[23|AGE]], set up a thing where the collar alerts get summarised every morning by [[Copilot|AI_PRODUCT]] into a list of which cows to check. Saved us hours every day.

AI: Are there things you're wary of?

User: The data. Who owns it? [[Fonterra|ORGANIZATION]] wants it, the collar company has it, the bank wants it. And I did a silly thing - I asked [[ChatGPT|AI_PRODUCT]] to help with a letter to [[Inland Revenue|ORGANIZATION]] and put my IRD number in, [[491-273-852|NATIONAL_ID]]. [[Our accountant|GENERIC_ROLE]] in [[Hamilton|CITY]] nearly had a fit.

AI: What about the wider farming community around you?

User: Older blokes are slow on it. There's a discussion group that meets every second [[Tuesday|GENERIC_TIME]] at the pub and half of them think it's a fad. Someone played a clip of [[Sam Altman|PUBLIC_FIGURE]] saying farms will run themselves and they nearly threw their beers at the telly. The farmers over in [[Australia|COUNTRY]] are ahead of us with drones.

AI: Is there anything else you'd like to add?

User: If anyone from the study wants the spreadsheet template I made, flick me an email, [[bridget.dunlop at xtra dot co dot nz|OBF_EMAIL|spelled_at_dot]], or text [[021 zero four zero 7731|OBF_PHONE|mixed_words_digits]]. The farm's at [[1422 Tauwhare Road|ADDRESS]], [[Morrinsville|CITY]], if anyone wants to see the setup. I'm [[58|AGE]] and if I can do it, anyone in [[New Zealand|COUNTRY]] can.""")

# ---------- 7: audit manager, Johannesburg ----------
T.append("""AI: Hi, thank you for joining. Could you tell me about your job?

User: Hi. I'm [[Thandeka Mokoena|PERSON]], most people call me [[Thandi|PERSON]]. I'm an [[audit manager|JOB_TITLE]] at [[Deloitte|ORGANIZATION]] in [[Johannesburg|CITY]] - I did my articles at [[KPMG|ORGANIZATION]] before that, and qualified as a CA in [[2018|DATE]]. I studied at [[Wits|SCHOOL]].

AI: Thanks, [[Thandi|PERSON]]. What role does AI play in your work?

User: Audit is all spreadsheets so [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] has been a game changer for me. Audit files live in [[CaseWare|SOFTWARE]]. For management letters I use the firm's internal version of [[ChatGPT|AI_PRODUCT]]. [[My manager|GENERIC_ROLE]] was against it at first, now she asks me to teach her.

AI: Could you tell me about a specific time it helped or went wrong?

User: Year-end, we had a client, a logistics company in [[Germiston|CITY]], and the [[financial director|JOB_TITLE]], Mr [[Pieterse|PERSON]], kept sending us [[Pastel|SOFTWARE]] exports that didn't reconcile. I had [[Copilot|AI_PRODUCT]] compare two years of ledgers and it found a duplicated supplier in minutes. [[Pieterse|PERSON]] was not happy with his team, eish.

AI: How do you feel about putting sensitive information into these tools?

User: At work it's locked down. At home... my little sister [[Hope|PERSON|word_name]] is [[19|AGE]], doing BCom at [[UJ|SCHOOL]], and she uses free [[ChatGPT|AI_PRODUCT]] for everything. I keep saying I hope you're not putting your ID number in there. Then I went and did it myself on the [[SARS|ORGANIZATION]] eFiling form - [[9102270147080|NATIONAL_ID]], just pasted it in. Right before my birthday on the [[27th of February|DATE]], too.

AI: Does AI come up in your life outside work at all?

User: Ja, my brother [[Sipho|PERSON]] runs a car wash in [[Soweto|CITY]] and I set him up with [[Gemini|AI_PRODUCT]] for his social media posts. [[Sipho|PERSON]]'s page is [[@siphoshine_soweto|SOCIAL_HANDLE]] on Instagram, go follow him.

AI: How do you see the future of accounting in [[South Africa|COUNTRY]]?

User: People say AI will kill audit. I don't think so - [[Cyril Ramaphosa|PUBLIC_FIGURE]] can't even keep the lights on, we'll still need humans checking the numbers haha. But the juniors will learn differently. Across [[Africa|CONTINENT]] there's such a skills gap, maybe these tools help close it. For me personally, I'm [[34|AGE]] and I've seen more change in the last two years than the eight before. If anyone wants to chat, [[thandi.m [at] outlook [dot] com|OBF_EMAIL|bracket_at_dot]] - not my work email please. And don't call me on [[Heritage Day|GENERIC_TIME]], I'm braaiing.""")

# ---------- 8: head chef, Barcelona ----------
T.append("""AI: Hola, and thanks for joining. Could you tell me about your work?

User: Hola! yes. My name is [[Marc Vidal Soler|PERSON]], I'm [[head chef|JOB_TITLE]] and co-owner of [[Can Roureda|ORGANIZATION]], a small restaurant in [[Gràcia|CITY]], in [[Barcelona|CITY]]. Forty covers, Catalan food but modern. Sorry for my English, I write it with a bit of help hehe

AI: Your English is great, [[Marc|PERSON]]. How do you use AI tools in the restaurant?

User: menus first. we change the menu every week and I need Catalan, Spanish, English, sometimes French for the tourists. I use [[ChatGPT|AI_PRODUCT]] and [[Le Chat|AI_PRODUCT]], the French one, and compare. Reservations are in [[CoverManager|SOFTWARE]] and I answer the reviews with help also.

AI: Can you tell me about a time it helped or went badly?

User: ha, badly first. It translated "cap i pota" as "head and foot", which is true but nobody will order it lol. Our [[pastry chef|JOB_TITLE]] [[Rose|PERSON|word_name]], she is English, from [[Bristol|CITY]], she laughed a lot and fixed the English menu. Now [[Rose|PERSON|word_name]] checks every English menu before we print.

AI: What about the business side?

User: costs. Since the olive oil prices rose like crazy I ask [[ChatGPT|AI_PRODUCT]] to recalculate the escandall, the cost sheets, every [[Monday|GENERIC_TIME]]. [[My gestor|GENERIC_ROLE]] asked for my DNI for some form and I was lazy and gave it to [[ChatGPT|AI_PRODUCT]] to fill, [[48217365G|NATIONAL_ID]]. My wife [[Núria|PERSON]] was angry, she says I am too confident with these things. About AI in general, [[Ferran Adrià|PUBLIC_FIGURE]] talks about creativity and machines, very interesting. [[Gordon Ramsay|PUBLIC_FIGURE]] I think hates it hehe. For me AI cannot taste. In [[Spain|COUNTRY]] we are a bit slow with technology in kitchens but the young cooks use it for everything.

AI: How about your team - do they use it?

User: yes, my [[sous chef|JOB_TITLE]] [[Jordi|PERSON]] is [[26|AGE]] and he makes our Instagram with AI pictures, the account is [[@canroureda_bcn|SOCIAL_HANDLE]]. I don't like the fake food pictures, I tell him, real food only. We close every [[August|GENERIC_TIME]] like everyone in [[Barcelona|CITY]] and for [[Sant Joan|GENERIC_TIME]] we do a special coca.

AI: Anything you'd like to add, [[Marc|PERSON]]?

User: only if a journalist or other chef wants to talk, my WhatsApp is [[seis uno cero, cuatro dos, uno siete, nueve cero|OBF_PHONE|spanish_words]]. haha I write it like this because of spam. I'm [[41|AGE]] and still learning every day.""")

# ---------- 9: patrol sergeant, Ohio ----------
T.append("""AI: Thanks for participating. Could you tell me about your work?

User: Sure. [[Bill Kowalski|PERSON]], I'm a [[patrol sergeant|JOB_TITLE]] with the [[Parma Police Department|ORGANIZATION]], just south of [[Cleveland|CITY]]. Twenty-two years on the job, [[46|AGE]] years old. I supervise a shift of nine officers, mostly second shift.

AI: Thanks, [[Bill|PERSON|word_name]]. How do AI tools come into your work?

User: The big one is report writing. We piloted [[Draft One|AI_PRODUCT]], it takes the body cam audio and drafts the narrative. Officers still have to edit and sign it. Everything gets stored in [[Evidence.com|SOFTWARE]]. Personally I use [[ChatGPT|AI_PRODUCT]] for stuff like policy summaries, never case info.

AI: Could you walk me through a time it helped or raised a concern?

User: One of my officers, [[Denise Ruiz|PERSON]], she's sharp, she caught the draft putting a statement in the wrong person's mouth - had the victim saying what the suspect said. If she'd just signed it, that's [[a defense attorney|GENERIC_ROLE]]'s dream. [[Denise|PERSON]] wrote up a memo and now we do a second read on anything going to [[the prosecutor|GENERIC_ROLE]].

AI: So [[Denise|PERSON]]'s catch changed your process. How do the officers on your shift feel about it overall?

User: Split. The young guys love it. The older ones, one guy I came up with - we call him [[Frankie|PERSON]], his name's [[Francis Dunleavy|PERSON]] - he says it's lazy. [[Frankie|PERSON]] writes everything longhand first, still. I'm in the middle. It does cut an hour off a bad shift, and [[Fridays|GENERIC_TIME]] and the [[Fourth of July|GENERIC_TIME]] are where it really pays off.

AI: Have you had any concerns about your own personal data?

User: Yeah, kind of embarrassing. I was doing pension paperwork for the [[Ohio Police & Fire Pension Fund|ORGANIZATION]] and asked [[ChatGPT|AI_PRODUCT]] to explain a section, and I pasted the whole page, social security number and all - [[512-48-3097|NATIONAL_ID]]. My wife [[Carol|PERSON]] about killed me. Twenty-two years a cop and I fall for the easiest mistake there is.

AI: Do you do any training on this for others?

User: I teach a night class on report writing at [[Tri-C|SCHOOL]], [[Cuyahoga Community College|SCHOOL]], and the students all want to know about AI. Other departments reach me at [[bkowalski_fop @ gmail . com|OBF_EMAIL|spaced_symbols]] or on my cell, [[216 five five five 0173|OBF_PHONE|mixed_words_digits]]. Every department in the [[United States|COUNTRY]] is trying to figure this out right now. What worries me is deepfakes. We had a grandma wire money because a fake voice sounded like her grandson. Excites me? Less paperwork, and the city won't have to foot the bill for so much overtime. Mark my words, in five years nobody types a report.""")

# ---------- 10: pharmacist, Bologna ----------
T.append("""AI: Buongiorno, and thanks for joining. Could you tell me about your work?

User: Buongiorno! I am [[Lucia Ferrari|PERSON]], the [[pharmacist in charge|JOB_TITLE]] - in Italian "farmacista titolare" - at [[Farmacia Santo Stefano|ORGANIZATION]] in [[Bologna|CITY]]. It's a family pharmacy, my father opened it, we are at [[Via Santo Stefano 88|ADDRESS]], right in the historic centre. I studied at [[Università di Bologna|SCHOOL]].

AI: Thanks, [[Lucia|PERSON]]. Where do AI tools come into your work?

User: Less than people think. Our management software is [[Wingesfar|SOFTWARE]], it does the orders automatically with some prediction. I use [[ChatGPT|AI_PRODUCT]] to prepare explanations for customers, for example how to take a medicine, in simple Italian or in English for the tourists. And my husband [[Stefano|PERSON]] - yes, same name as the street, everybody laughs - he is an engineer and he put [[Gemini|AI_PRODUCT]] on my phone.

AI: Could you tell me about a specific situation?

User: Yes. A client, an old lady, signora [[Venturi|PERSON]], she is [[91|AGE]] and she takes eleven medicines. Her son asked me to check everything. I have the professional database, but I also asked [[ChatGPT|AI_PRODUCT]], without her name, to make a simple calendar for the pills. It was very good, I printed it very big. [[Venturi|PERSON]]'s son was so happy he brought us a cake.

AI: Did anything worry you about that?

User: Of course. AI is not a pharmacist. One time it gave me a dosage for adults when I asked for children. So I always check. And privacy - here the codice fiscale is on everything. I once photographed my own health card to ask [[ChatGPT|AI_PRODUCT]] to explain a form, [[FRRLCU86M52A944F|NATIONAL_ID]] right there in the picture. In [[Italy|COUNTRY]] people are very suspicious, but I was not suspicious enough.

AI: How does your team feel about it?

User: My colleague [[Giuseppe Lanzoni|PERSON]] is [[sixty-three|AGE]] and he refuses completely. The young one, [[Chiara|PERSON]], uses it for our social media. [[Pope Francis|PUBLIC_FIGURE]] said we must use AI with ethics, and [[Giuseppe|PERSON]] repeats this like it's a reason not to use it at all hehe.

AI: Is there anything you'd like to add?

User: We close for [[Ferragosto|GENERIC_TIME]] like everybody, and that is the only time I don't think about work. If other pharmacists want to exchange ideas, my email is [[lucia.ferrari＠farmaciasantostefano.it|OBF_EMAIL|fullwidth_at]] and the pharmacy WhatsApp is [[３４７ ２２１ ８８０５|OBF_PHONE|fullwidth_digits]]. In [[Europe|CONTINENT]] we are all learning together.""")

# ---------- 11: data reporter, Stockholm ----------
T.append("""AI: Hi, thanks for taking part. Could you tell me about your job?

User: Hi! I'm [[Elin Lindqvist|PERSON]], I'm a [[data reporter|JOB_TITLE]] at [[Dagens Nyheter|ORGANIZATION]] in [[Stockholm|CITY]]. Climate and energy mostly. I've been at [[DN|ORGANIZATION]] [[since 2012|DATE]], before that I did local news up in [[Umeå|CITY]].

AI: How do AI tools fit into your reporting, [[Elin|PERSON]]?

User: Transcription is the big one. I record interviews and run them through [[Trint|SOFTWARE]], or [[Whisper|AI_PRODUCT]] locally on my laptop when it's sensitive. [[ChatGPT|AI_PRODUCT]] sometimes for summarising long EU documents. Newsroom policy is that no AI-generated text gets published, which I agree with.

AI: Can you give a specific example where that mattered?

User: I had a source, a whistleblower at an energy company, and I caught myself about to upload the interview recording to a cloud tool. Stopped, ran it locally instead. [[My editor|GENERIC_ROLE]], [[Johan Ek|PERSON]], was very relieved when I told him. [[Johan|PERSON]] is old school, he'd rather we used tape recorders.

AI: How do you think about privacy for yourself?

User: Ironically I'm worse with my own stuff. In [[Sweden|COUNTRY]] your personnummer is on everything, and I pasted my lease into [[Copilot|AI_PRODUCT]] to check a clause with [[790311-4283|NATIONAL_ID]] right at the top. And I'm [[@elinlindqvist|SOCIAL_HANDLE]] on Bluesky, so it's not like I'm invisible. I'm [[46|AGE]], I should know better.

AI: Do you also cover AI itself as a topic?

User: Sometimes. Everyone wants a [[Greta Thunberg|PUBLIC_FIGURE]] angle on AI, the energy use of data centres and so on. And when [[Ulf Kristersson|PUBLIC_FIGURE]] admitted he used [[ChatGPT|AI_PRODUCT]] for second opinions, the whole newsroom had a field day. Colleagues are mixed. My colleague [[Amira Haddad|PERSON]] on the culture desk refuses to touch it. We studied together at [[JMG|SCHOOL]] in [[Gothenburg|CITY]] and she still edits on paper! At [[midsommar|GENERIC_TIME]] we argued about it for three hours straight.

AI: Anything else you'd like to add?

User: If a source wants to reach me securely it's Signal, [[noll sju noll – fyra fem tre 12 88|OBF_PHONE|swedish_words_mixed]], that's how it's written on my profile. And honestly [[Norway|COUNTRY]] is ahead of us on newsroom AI rules.""")

# ---------- 12: long-haul trucker, Laredo TX ----------
T.append("""AI: Thanks for joining. Could you tell me about your work?

User: Yes ma'am, or sir, whatever you are lol. Name's [[Raymond Castillo|PERSON]], everybody calls me [[Ray|PERSON]]. I drive long haul for [[Werner|ORGANIZATION]] out of [[Laredo|CITY]]. Thirty-one years driving. I'm [[61|AGE]] so I've seen everything from paper logbooks to this.

AI: Thanks, [[Ray|PERSON]]. How do AI tools show up in your work?

User: The truck's got a camera watching me, [[Samsara|SOFTWARE]], beeps if I look at my phone. The logs are all automatic now. And personally I talk to [[ChatGPT|AI_PRODUCT]] on voice mode on long nights out on I-10, keeps me awake, we talk history, baseball. My wife [[Faith|PERSON|word_name]] thinks it's weird I talk to a robot. I told her I got more faith in it than in [[dispatch|GENERIC_ROLE]] lol.

AI: Could you describe a specific time it mattered?

User: Got caught in an ice storm near [[Amarillo|CITY]] one [[February|GENERIC_TIME]]. Truck stops were full, [[Google Maps|SOFTWARE]] kept sending me down a closed road. I asked [[ChatGPT|AI_PRODUCT]] what my options were and it found me a lot about forty miles back. I use [[Siri|AI_PRODUCT]] to call [[Faith|PERSON]] so I'm hands free, she stayed on the line the whole way.

AI: Are there things about these tools that concern you?

User: The camera one. Feels like big brother. And the self-driving trucks, [[Elon Musk|PUBLIC_FIGURE]] and them. I'm not worried for me, I'm [[61|AGE]], but my grandson [[mateo|PERSON]] wants to drive and I don't know if there'll be a job. He's [[eight|AGE]] lol.

AI: Do you ever share personal information with these tools?

User: Probably too much. I had it help me with my CDL medical renewal and I read it my license number, [[41829375|NATIONAL_ID]]. Gave it my email so it could write a letter, [[raycastillo1964@yahoo.com|EMAIL_ADDRESS]]. I was born in [[Nuevo Laredo|CITY]], [[Mexico|COUNTRY]], back in [[1964|DATE]], we didn't have none of this.

AI: Anything else you'd like to share?

User: Tell the young drivers eyes on the road not the screen. And if anybody from the study wants to talk trucking, call me, [[nine five six, five five five, oh one three eight|OBF_PHONE|digit_words]]. Not on [[Thanksgiving|GENERIC_TIME]] though, that's family. [[Willie Nelson|PUBLIC_FIGURE]] on the radio and [[Faith|PERSON]]'s tamales.""")

# ---------- 13: realtor, Vancouver ----------
T.append("""AI: Hi, thanks for joining us. Could you tell me about what you do?

User: hi!! I'm [[Jennifer Huang|PERSON]], [[Jen|PERSON]] to everyone. I'm a [[realtor|JOB_TITLE]] with [[Royal LePage|ORGANIZATION]] in [[Vancouver|CITY]], mostly the west side - [[Kitsilano|CITY]], [[Point Grey|CITY]], [[Dunbar|CITY]]. Licensed [[since 2013|DATE]].

AI: Thanks, [[Jen|PERSON]]. How are you using AI tools in your work?

User: omg everything. Listing descriptions in [[ChatGPT|AI_PRODUCT]], social posts in [[Canva|SOFTWARE]], virtual staging with some app, and my CRM is [[Follow Up Boss|SOFTWARE]], which now drafts follow-up texts for me. First-time house hunters love the fast replies.

AI: Can you tell me about a specific listing where AI played a role?

User: A while back I listed a house at [[4120 West 11th Avenue|ADDRESS]] in [[Point Grey|CITY]] and [[ChatGPT|AI_PRODUCT]] wrote "steps from the beach" - it's like a fifteen minute walk uphill lol. The sellers were an older couple, [[Doug|PERSON]] and [[Marion Fairbairn|PERSON]], she's [[78|AGE]], and [[Marion|PERSON]] caught it before it went live. She was not impressed with me.

AI: How do you handle clients' personal information?

User: Carefully? I hope. We have to collect ID so I see passports all day. I had a buyer from [[Hong Kong|CITY]], Mr [[Leung|PERSON]], who just texted me a photo of his passport, number [[K48213906|NATIONAL_ID]], and I almost forwarded it to my assistant on [[WhatsApp|SOFTWARE]]. That scared me.

AI: Do you think AI will change real estate more broadly?

User: the portals in the [[US|COUNTRY]] already do AI valuations, it'll come here. Lots of my buyers are from mainland [[China|COUNTRY]] and [[Asia|CONTINENT]] generally and they research neighbourhoods with [[DeepSeek|AI_PRODUCT]] and [[Ernie|AI_PRODUCT]]. [[Ryan Reynolds|PUBLIC_FIGURE]] supposedly looked at a place in [[Kitsilano|CITY]] once and buyers still ask me about it lol. even at home - my son [[Hunter|PERSON|word_name]] is [[7|AGE]] and asks [[Alexa|AI_PRODUCT]] everything. At [[Chinese New Year|GENERIC_TIME]] he asked it to explain red envelopes to his grandma, who obviously knows more about red envelopes than [[Alexa|AI_PRODUCT]]. [[Hunter|PERSON]]'s a character.

AI: Is there anything else you'd like to mention?

User: just follow me lol, [[@jenhuang.sells|SOCIAL_HANDLE]] on insta, and my site is [[jenhuangrealty.ca|URL]]. Or email [[jen [dot] huang [at] royallepage [dot] ca|OBF_EMAIL|bracket_at_dot]], or call the office at [[(604) 555-0187|PHONE_NUMBER]]. I'm [[39|AGE]] and I still can't believe I'm an influencer now.""")

# ---------- 14: postdoc, Helsinki (Nigerian) ----------
T.append("""AI: Hello, thank you for joining. Could you start by telling me about your work?

User: Hello. My name is [[Chukwuemeka Nwosu|PERSON]] - everyone here calls me [[Emeka|PERSON]], Finns find the full name a bit difficult. I'm a [[postdoctoral researcher|JOB_TITLE]] in atmospheric sciences at the [[University of Helsinki|SCHOOL]]. I came to [[Finland|COUNTRY]] in [[2020|DATE]], right after my PhD at the [[University of Ibadan|SCHOOL]] in [[Nigeria|COUNTRY]].

AI: Thank you, [[Emeka|PERSON]]. How do AI tools fit into your research?

User: Literature first. I use [[Elicit|AI_PRODUCT]] and [[Consensus|AI_PRODUCT]] to find papers, [[Zotero|SOFTWARE]] to manage them, and [[ChatGPT|AI_PRODUCT]] or [[Claude|AI_PRODUCT]] to help with the Python for the aerosol data. Writing is in [[Overleaf|SOFTWARE]]. In my field there is no consensus yet on whether you should even disclose it, so I just disclose everything.

AI: Could you describe a particular time it helped you, or misled you?

User: Misled, yes. I was writing a grant and asked for a reference about black carbon over [[Africa|CONTINENT]]. It gave me a beautiful citation - authors, journal, volume, year - completely invented. [[My supervisor|GENERIC_ROLE]], Professor [[Leena Mäkinen|PERSON]], found it when she read the draft. She was kind about it but I was so embarrassed. Now I verify every single reference by hand.

AI: That sounds like a hard lesson. Has AI affected your life outside the lab too?

User: Finnish bureaucracy! [[Kela|ORGANIZATION]] letters, the tax card, daycare forms, all in Finnish. I use [[DeepL|SOFTWARE]] and [[ChatGPT|AI_PRODUCT]] to translate. I have to admit I once put my henkilötunnus into it, the personal identity code, [[140289-317U|NATIONAL_ID]], because the form needed it and it was late and I was tired. My daughter [[Adaeze|PERSON]] had just started daycare in [[Kallio|CITY]] and there were so many forms.

AI: How do your colleagues feel about these tools?

User: Divided. The Finnish colleagues are very practical, they just use it. My office mate [[joonas|PERSON]] - sorry, [[Joonas|PERSON]], I type too fast - builds his own small models. The older professors quote [[Geoffrey Hinton|PUBLIC_FIGURE]] about the risks, which is fair. And I keep thinking of [[Chimamanda Ngozi Adichie|PUBLIC_FIGURE]] and the danger of a single story. Whose stories did these models learn from? Not many from Ibadan, I promise you.

AI: Is there anything else you'd like to add?

User: Only that I'm [[36|AGE]] and sometimes I feel my whole career will be shaped by this. My publications are at [[orcid.org/0000-0002-4817-3395|URL]] if you want to see them, and you can reach me at [[emeka.nwosu at helsinki.fi|OBF_EMAIL|spelled_at]]. The [[winter|GENERIC_TIME]] here is long, so I have plenty of time to read papers!""")

# ---------- 15: graphic designer, Copenhagen ----------
T.append("""AI: Hi, thanks for taking part. Can you tell me about your work?

User: hey. [[Mikkel Holm|PERSON]], [[freelance graphic designer|JOB_TITLE]], I run [[Holm Studio|ORGANIZATION]] out of a shared office in [[Nørrebro|CITY]] in [[Copenhagen|CITY]]. before going freelance I was six years in-house at [[LEGO|ORGANIZATION]] in [[Billund|CITY]], which is a different planet honestly

AI: Thanks, [[Mikkel|PERSON]]. How do AI tools figure into your design work?

User: complicated relationship. I use [[Midjourney|AI_PRODUCT]] for moodboards and [[Adobe Firefly|AI_PRODUCT]] inside [[Photoshop|SOFTWARE]] for generative fill, the boring retouching stuff. final work is always [[Illustrator|SOFTWARE]] and [[Figma|SOFTWARE]], by hand. my partner [[Jonas|PERSON]] is an illustrator so I'd never hear the end of it otherwise

AI: Could you tell me about a specific project where this came up?

User: a brewery client - [[Carlsberg|ORGANIZATION]] actually, a small seasonal label for the [[Christmas|GENERIC_TIME]] beer - the brief literally said "something like [[Greg Rutkowski|PUBLIC_FIGURE]]", who is the artist whose name got put into every prompt on the internet. I said no, I'll draw it myself. the [[art director|JOB_TITLE]] there, [[Sofie Dahl|PERSON]], backed me up, which I really appreciated.

AI: How do you feel about the ethics of it more broadly?

User: bad, mostly. people I know got scraped. [[Jonas|PERSON]] found his own drawings in a training dataset. he's [[31|AGE]], been drawing since he was a kid, and now anyone can type his style into a box. [[Bjarke Ingels|PUBLIC_FIGURE]] can be excited about AI for buildings, fine, buildings don't get scraped the same way

AI: What about the admin side of running a studio?

User: oh that's where it's actually great. [[ChatGPT|AI_PRODUCT]] writes my invoice text and helps me with [[SKAT|ORGANIZATION]], the tax authority. I did paste my CPR number into it once when I registered the business, [[230591-1839|NATIONAL_ID]]. classic. [[Denmark|COUNTRY]] puts your CPR on everything so you stop thinking of it as secret.

AI: Is there anything else you'd like to share?

User: portfolio is [[behance.net/mikkelholmstudio|URL]] and I'm [[@holm.studio.cph|SOCIAL_HANDLE]] on insta. mail: [[m i k k e l @ h o l m s t u d i o . d k|OBF_EMAIL|spaced_letters]] - yes spaced on purpose, the scrapers are worse than the AI. or call the studio, [[+45 28 91 44 07|PHONE_NUMBER]]. I'm [[34|AGE]], hopefully still drawing when I'm old. and [[Europe|CONTINENT]] needs stronger rules on training data, write that down""")

# ---------- 16: deputy principal, Auckland (Samoan) ----------
T.append("""AI: Hi, and thanks for joining. Could you tell me a little about your role?

User: Talofa lava! I'm [[Fetu Aiono|PERSON]], I'm the [[deputy principal|JOB_TITLE]] at [[Favona Primary School|SCHOOL]] in [[Māngere|CITY]], [[South Auckland|CITY]]. I still teach a Year 5/6 class three days a week. I've been teaching [[since 2006|DATE]], same community the whole time.

AI: Thanks, [[Fetu|PERSON]]. How do you use AI in your teaching?

User: Planning mostly. I use [[ChatGPT|AI_PRODUCT]] to make reading texts at different levels, and sometimes in Samoan for our bilingual unit, though it's not great at Samoan, it mixes it up with Tongan haha. Families get updates on [[Seesaw|SOFTWARE]]. A few of us trialled [[Khanmigo|AI_PRODUCT]] for maths but the kids were too clever for it.

AI: Can you tell me about a specific moment that stuck with you?

User: One of our teachers, [[Hope Tanielu|PERSON]], she's a [[beginning teacher|JOB_TITLE]], used AI to write all her report comments and they were nearly identical - the parents noticed straight away. [[Hope|PERSON|word_name]] was in tears in my office. I sat with her and we rewrote them together. I told her there's always hope, everyone stuffs up in their first year.

AI: That sounds like a kind way to handle it. How do families in your community feel about AI?

User: Mixed. A lot of our parents work shifts and they use [[Google Translate|SOFTWARE]] for school notices. My own mum just turned [[seventy|AGE]] and she asks the [[Alexa|AI_PRODUCT]] my brother bought her to play hymns every [[Sunday|GENERIC_TIME]] morning. Everyone at church calls her Aunty [[Malia|PERSON]]. She thinks the [[Alexa|AI_PRODUCT]] is a very polite young woman.

AI: Have you had any worries about privacy?

User: Yes actually. I help my aunty with her tax letters because she doesn't read English well, and I took a photo of one and put it in [[ChatGPT|AI_PRODUCT]] to explain it, with her IRD number on it, [[118 234 561|NATIONAL_ID]]. Afterwards I thought hmm, maybe not the best idea.

AI: Looking ahead, what do you hope for?

User: I want our kids to be makers, not just users. [[Taika Waititi|PUBLIC_FIGURE]] always talks about telling your own stories and that's what I want with AI. At [[Matariki|GENERIC_TIME]] we did a digital storytelling project. My family is from [[Apia|CITY]] in [[Samoa|COUNTRY]] and now my students make books in their own languages. Schools in [[New Zealand|COUNTRY]] need more support for this though. If other schools want our planning templates, text me on [[0 2 2 - 4 1 9 - 6 6 0 3|OBF_PHONE|spaced_digits]] - I space it out because of spam bots. I'm [[47|AGE]] and not on TikTok so that's the best way! Fa'afetai.""")

# ---------- 17: paramedic, Cape Town ----------
T.append("""AI: Hi, thanks for joining. Could you describe what you do?

User: Howzit. I'm [[Ruan Botha|PERSON]], I'm an [[advanced life support paramedic|JOB_TITLE]] with [[Western Cape EMS|ORGANIZATION]], based at the station in [[Bellville|CITY]], [[Cape Town|CITY]]. Twelve-hour shifts, four on four off. Studied at [[CPUT|SCHOOL]].

AI: Thanks, [[Ruan|PERSON]]. How do AI tools come into your work, if at all?

User: Not officially, hey. On the road it's you, your partner and the patient. But I use [[ChatGPT|AI_PRODUCT]] a lot for revising protocols and drug calcs, and [[Google Translate|SOFTWARE]] for isiXhosa sometimes, though mostly the family helps translate. And [[WhatsApp|SOFTWARE]] for literally everything, shift swaps, the lot.

AI: Can you tell me about a specific call where technology played a role?

User: [[New Year's Eve|GENERIC_TIME]], call in [[Khayelitsha|CITY]], an old gogo, she was [[84|AGE]], chest pain, only spoke isiXhosa. My crew partner that night, [[Mark Jacobs|PERSON]], he's from [[Mitchells Plain|CITY]], speaks Afrikaans and English like me, no isiXhosa. We used [[Google Translate|SOFTWARE]] for the basics until her grandson arrived. Afterwards [[Mark|PERSON|word_name]] said mark my words, they'll put an AI in every ambulance in five years.

AI: What stays with you from that call in [[Khayelitsha|CITY]]?

User: That it worked well enough, but "well enough" isn't great when it's someone's heart. Families also show us what [[ChatGPT|AI_PRODUCT]] said before we arrive, sometimes useful, sometimes rubbish.

AI: Do you share personal information with these tools?

User: Ja, I was dof once. I put my whole ID number into a chatbot to help with a bank form, [[8806145123081|NATIONAL_ID]]. My ma nearly fainted. I'm [[37|AGE]], I know better. My girlfriend [[Chantelle|PERSON]] is the opposite, hey, she teaches at [[Bellville High School|SCHOOL]] and uses AI for lesson plans way more than me. [[Siya Kolisi|PUBLIC_FIGURE]] was in some ad about AI and now my dad thinks it's all safe haha.

AI: Is there anything else you'd like to share?

User: Just that in [[South Africa|COUNTRY]] we don't have enough paramedics, so anything that cuts admin, I'll take. If other medics want my study notes, I'm on [[zero eight two, 555, 0 one 9 eight|OBF_PHONE|mixed_words_digits]] - sorry I write it funny because of bots - or [[ruan.botha.medic@gmail.com|EMAIL_ADDRESS]]. Just not on a [[Friday|GENERIC_TIME]] night, that's chaos.""")

# ---------- 18: HR business partner, Dublin (Polish) ----------
T.append("""AI: Hello, thanks for taking part. Could you tell me about your role?

User: Hi, sure. I'm [[Agnieszka Wójcik|PERSON]] - [[Aga|PERSON]] is easier for everyone. I'm an [[HR business partner|JOB_TITLE]] at [[Stripe|ORGANIZATION]] in [[Dublin|CITY]], I support the engineering org. Before that I was four years in HR at [[Ryanair|ORGANIZATION]], which was... an experience. I moved from [[Wrocław|CITY]] in [[2012|DATE]].

AI: Thanks, [[Aga|PERSON]]. How do AI tools show up in your HR work?

User: everywhere now. Our HR system is [[Workday|SOFTWARE]] and it has AI features built in, we use [[Glean|AI_PRODUCT]] to search internal docs and [[Copilot|AI_PRODUCT]] to summarise meetings. I use it for drafting job descriptions, calibration notes, policy FAQs. Strict rule though - no employee names in any public tool.

AI: Can you give me a specific example of where that got tested?

User: yes, a tricky one. A manager I support wanted to use AI to "score" exit interviews for flight risk. my boss [[ciarán|PERSON]] shut it down straight away, he said in [[Europe|CONTINENT]] that's basically high-risk under the AI Act and we'd need a whole assessment. He was right. I learned a lot from [[Ciarán|PERSON]] on that one.

AI: What about your own use outside work?

User: Oh I'm terrible, honestly. I used [[ChatGPT|AI_PRODUCT]] to help with my citizenship application and pasted in my PPS number, [[3915726LA|NATIONAL_ID]], plus my passport details. My husband [[Tomasz|PERSON]] was like, you work in HR, you of all people! Our son [[Kuba|PERSON]] is [[six|AGE]] and already talks to [[Alexa|AI_PRODUCT]] in Polish and English, she doesn't understand his Polish at all.

AI: How do you think people across the company feel about it?

User: Engineers love it, obviously. HR people are more nervous. [[Sheryl Sandberg|PUBLIC_FIGURE]] told everyone to lean in, now it's like the AI is leaning in for us lol. There's some fear about jobs. My mum in [[Poland|COUNTRY]] asks every phone call if the robots will take my job. I tell her not before [[St Patrick's Day|GENERIC_TIME]] at least.

AI: Is there anything else you'd like to add?

User: We live in [[Drumcondra|CITY]], I walk to work when it's not raining, so basically never. If anyone from the study wants to reach me personally it's [[aga.wojcik{at}proton{dot}me|OBF_EMAIL|curly_at_dot]]. I'm [[36|AGE]] and I think HR in [[Ireland|COUNTRY]] will look totally different in ten years.""")

# ---------- 19: electrician, Glasgow ----------
T.append("""AI: Hi, thanks for making time for this. Could you tell me about your work?

User: aye nae bother. [[Stevie McLaren|PERSON]], self-employed [[electrician|JOB_TITLE]], trading as [[McLaren Electrical|ORGANIZATION]] in [[Glasgow|CITY]]. mostly domestic, rewires, EV chargers, the odd commercial job. did my apprenticeship wi [[Dalziel & Reid Electrical|ORGANIZATION]] and college at [[Glasgow Clyde College|SCHOOL]].

AI: Thanks, [[Stevie|PERSON]]. How do you use AI tools in the business?

User: quotes n invoices mainly. i talk intae my phone, [[ChatGPT|AI_PRODUCT]] tidies it up, goes into [[ServiceM8|SOFTWARE]], then [[Xero|SOFTWARE]] for the money side. saves me sittin up till midnight on a [[sunday|GENERIC_TIME]] doin paperwork

AI: Could you tell me about a specific job where it came in?

User: had an old boy in [[Partick|CITY]], [[flat 2/1, 48 Dumbarton Road|ADDRESS]], some cowboy had done his board. took pics, asked [[chatgpt|AI_PRODUCT]] whit the regs said and it was wrang aboot the RCD bit, so i checked the regs book anyway. lovely man, [[Wullie Brennan|PERSON]], he's [[eighty-one|AGE]] and made me a cup of tea every hour.

AI: It sounds like you double-check what it tells you.

User: have tae. it's my name on the cert. my pal [[gary|PERSON]], another sparky, trusted it on a cable size and nearly cooked a shower circuit. lesson learned for both of us. the family use it an aw, my wee girl [[Isla|PERSON]] uses it for homework, she's [[twelve|AGE]], and she thinks [[Siri|AI_PRODUCT]] is her pal. the wife, [[Lorraine|PERSON]], uses it at her work at [[Glasgow City Council|ORGANIZATION]] for writing letters tae folk

AI: Any concerns about privacy with these tools?

User: no really, i'm no that interesting haha. although i did type my national insurance number intae it once for a CIS tax form, [[SK 62 90 14 B|NATIONAL_ID]]. [[HMRC|ORGANIZATION]] wid have a fit if they knew

AI: Is there anything else you'd like to share?

User: aye, if anybody wants a sparky in the west end I'm on facebook as [[McLarenElectricalGlasgow|SOCIAL_HANDLE]] or text [[o77oo 9oo 461|OBF_PHONE|letter_o_for_zero]]. I'm [[33|AGE]], been daein this since school. [[Andy Murray|PUBLIC_FIGURE]] is aboot the only famous person my maw trusts, no the robots. and I'm no working at [[Hogmanay|GENERIC_TIME]], [[Scotland|COUNTRY]] shuts doon""")

# ---------- 20: veterinarian, Oslo ----------
T.append("""AI: Hello, thank you for joining. Could you tell me about your job?

User: Hello! I'm [[Ingrid Haugen|PERSON]], I'm a [[small-animal veterinarian|JOB_TITLE]] at [[Dyreklinikken Majorstuen|ORGANIZATION]] in [[Oslo|CITY]]. Mostly dogs and cats, some rabbits, the occasional bearded dragon. I trained at [[NMBU|SCHOOL]] and I've been in practice [[since 2011|DATE]].

AI: Thanks, [[Ingrid|PERSON]]. How do you use AI tools at work?

User: The biggest change is the AI scribe. We use [[ScribbleVet|AI_PRODUCT]], it listens to the consultation and writes the journal entry into [[Provet Cloud|SOFTWARE]]. It saves me maybe an hour a day. I also use [[ChatGPT|AI_PRODUCT]] to write client handouts in Norwegian and English.

AI: Could you describe a case where it made a difference, good or bad?

User: A funny one. A client came in with a dachshund called Kaffe, and the scribe wrote that the owner was giving the dog coffee twice a day. The owner, fru [[Berit Sandvik|PERSON]], was very offended when she got the summary, haha. Same week it confused a cat called Mons with "mouse". Now my colleague [[Kari Nilsen|PERSON]] reads every summary before it goes out.

AI: Are there things you are cautious about?

User: Drug doses, never trust it for that. And the client data, names and addresses are all in the system. Personally I was stupid once: I asked [[Copilot|AI_PRODUCT]] to help with a form from [[NAV|ORGANIZATION]] and my fødselsnummer was in the text, [[17098423621|NATIONAL_ID]]. I'm [[40|AGE]], you'd think I'd know.

AI: How do your family feel about AI?

User: My husband [[Bjørn|PERSON]] works at [[Equinor|ORGANIZATION]] and he's very pro-AI. Our daughter [[Sigrid|PERSON]] is [[fourteen|AGE]] and teaches me all the new things. She quotes [[Magnus Carlsen|PUBLIC_FIGURE]] on chess engines all the time. In [[Norway|COUNTRY]] we're generally quite trusting of technology, maybe too trusting.

AI: Anything else you'd like to add?

User: Only that the clinic is closed on [[syttende mai|GENERIC_TIME]], so no AI that day either. We're right by the T-bane in [[Majorstuen|CITY]] if anyone visits. If other vets in [[Sweden|COUNTRY]] or [[Denmark|COUNTRY]] want to compare notes on the scribe, write to [[ingrid.haugen(a)dyreklinikken-majorstuen.no|OBF_EMAIL|paren_a]] or call [[nine one two, 45 678|OBF_PHONE|mixed_words_digits]].""")

# ---------- 21: support team lead, Madrid (Venezuelan) ----------
T.append("""AI: Hi, thank you for being here. Could you tell me about your work?

User: hii yes. I'm [[Daniela Méndez Rojas|PERSON]], I'm [[customer support team lead|JOB_TITLE]] at [[Cabify|ORGANIZATION]] here in [[Madrid|CITY]]. I manage 11 agents doing chat support for riders and drivers in [[Spain|COUNTRY]] and [[South America|CONTINENT]].

AI: Thanks, [[Daniela|PERSON]]. How does AI show up in your team's work?

User: a lot!! We use [[Zendesk|SOFTWARE]] and it has AI that suggests replies and tags tickets. We also tested a bot called [[Fin|AI_PRODUCT]] for the first answer. I personally use [[ChatGPT|AI_PRODUCT]] to write the macros and [[DeepL|SOFTWARE]] when the Portuguese tickets come in.

AI: Could you walk me through a specific example?

User: sure, one time a rider wrote super angry because the driver left her in the rain with her baby, and the AI suggested a reply like "We're so sorry for the inconvenience 😊" haha. horrible. One of my agents, a guy called [[Yeray Santana|PERSON]], he's from [[Las Palmas|CITY]], caught it and rewrote it with real empathy. Now [[Yeray|PERSON]] trains the new people on when to ignore the suggestion.

AI: How do you feel about AI taking on more of support work?

User: honestly a little scared. Some people on my team think they will lose the job. My boyfriend [[Álvaro|PERSON]] works at a call centre for [[Movistar|ORGANIZATION]] and they already cut people. [[Sam Altman|PUBLIC_FIGURE]] says agents will do everything, ok [[Sam|PUBLIC_FIGURE]], come answer the tickets at 3am lol.

AI: Do you use AI in your personal life?

User: yes for papers!! I came from [[Venezuela|COUNTRY]] in [[2018|DATE]], from [[Maracaibo|CITY]], and the bureaucracy here is crazy. I used [[ChatGPT|AI_PRODUCT]] to understand the extranjería letters and I put my NIE without thinking, [[Y4092716H|NATIONAL_ID]]. My mom still lives in [[Maracaibo|CITY]], she's [[sixty-two|AGE]], and I taught her to use [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]].

AI: Is there anything else you'd like to share?

User: we live in [[Lavapiés|CITY]], close to the office. I'm [[30|AGE]]. In [[Semana Santa|GENERIC_TIME]] everybody is on holiday so the bot handles more tickets haha. And I listen to [[Rosalía|PUBLIC_FIGURE]] all day while I work. If you want more details write me, [[daniela.mendez\u200b@\u200bgmail.com|OBF_EMAIL|zero_width]] or [[whatsapp|SOFTWARE]] [[+34 6.2.2.1.8.4.0.7.3|OBF_PHONE|dotted_digits]].""")

# ---------- 22: child protection practitioner, Melbourne ----------
T.append("""AI: Thanks for joining. Could you tell me a bit about your work?

User: Sure. I'm [[Rebecca Thornton|PERSON]], most people call me [[Bec|PERSON]]. I'm a [[child protection practitioner|JOB_TITLE]] with the [[Department of Families, Fairness and Housing|ORGANIZATION]] in [[Melbourne|CITY]], based out of the [[Footscray|CITY]] office. Been doing this [[since 2008|DATE]], straight after my social work degree at [[RMIT|SCHOOL]].

AI: Thanks, [[Bec|PERSON]]. What role do AI tools play in your work?

User: Right now, very little, and for good reason. There was that case here in Victoria where a worker used [[ChatGPT|AI_PRODUCT]] on a protection report and it ended up with wrong information in front of the court. After that it got banned across the department. We can use [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] for non-client stuff like meeting notes. Case notes go into [[CRIS|SOFTWARE]] and that's strictly human-written.

AI: Can you tell me about a time that policy affected your day-to-day?

User: All the time, honestly. [[My team leader|GENERIC_ROLE]], [[Donna|PERSON]], pushed back a bit because we're drowning in paperwork, some nights I'm writing reports till eleven. But [[the magistrates|GENERIC_ROLE]] want detail, not waffle, and a chatbot would give them waffle. [[Donna|PERSON]]'s view now is: use it for the admin, never for the kids.

AI: How about outside work?

User: It's different at home. My wife [[Joy|PERSON|word_name]] is a [[primary school teacher|JOB_TITLE]] and uses AI heaps for planning. Our son [[Lachlan|PERSON]] is [[17|AGE]] and doing VCE, and we argue about whether he can use it for his essays. Not a lot of joy in those conversations.

AI: Have you ever shared personal details with AI tools yourself?

User: Yep. At tax time I asked [[ChatGPT|AI_PRODUCT]] about work-from-home deductions and typed my whole TFN in, [[876 120 344|NATIONAL_ID]]. Realised about five seconds later. Very on brand for someone who lectures families about online safety.

AI: What do you think the future holds for AI in social work?

User: What worries me is it being used to "predict" which families are risky. Look at the [[Netherlands|COUNTRY]] and the childcare benefits scandal, that's the nightmare scenario. Even the premier, [[Jacinta Allan|PUBLIC_FIGURE]], got asked about it on the radio. I'm [[49|AGE]], I've seen a lot of shiny systems come and go in [[Australia|COUNTRY]]. If anyone from the research wants to follow up, I'm at [[bec.thornton AT bigpond DOT com|OBF_EMAIL|caps_at_dot]] or text [[oh four one three, triple five, two oh seven|OBF_PHONE|triple_digit_words]]. Just not on [[Melbourne Cup|GENERIC_TIME]] day, it's the one day I properly switch off.""")

# ---------- 23: data analyst, Chicago (Vietnamese-American) ----------
T.append("""AI: Hi there, thanks for joining. Can you tell me about your job?

User: hey! sure. I'm [[Linh Tran|PERSON]], [[senior data analyst|JOB_TITLE]] at [[Walgreens|ORGANIZATION]], pharmacy ops side. I'm hybrid, the office is in [[Deerfield|CITY]] but I live in [[Uptown|CITY]] in [[Chicago|CITY]]. went to [[UIUC|SCHOOL]] for stats.

AI: Thanks, [[Linh|PERSON]]. How do AI tools fit into your work?

User: SQL mostly. [[Snowflake|SOFTWARE]] has its own AI stuff built in, I use [[Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]] to write queries, and dashboards are in [[Tableau|SOFTWARE]]. when I need to explain things to stakeholders I'll run drafts through [[Claude|AI_PRODUCT]]. I tried [[Julius|AI_PRODUCT]] for quick analyses too, it's fine.

AI: Could you walk me through a specific project?

User: every [[winter|GENERIC_TIME]] we forecast flu-shot staffing, and this year [[Copilot|AI_PRODUCT]] wrote me a join that silently dropped stores with a missing region code. [[my manager|GENERIC_ROLE]], [[Deepa Raman|PERSON]], caught that the totals looked low. [[Deepa|PERSON]]'s rule now: any AI-written query gets a row count check before it goes anywhere.

AI: Do you use these tools outside of work?

User: lol for my mom's salon. she runs a nail salon back in [[Garden Grove|CITY]], [[Hoa's Nails|ORGANIZATION]] on [[10452 Westminster Ave|ADDRESS]]. my mom [[Hoa|PERSON]] is [[61|AGE]] and I set her up with [[ChatGPT|AI_PRODUCT]] to write the customer texts in English. I also did her taxes with [[Claude|AI_PRODUCT]]'s help which meant her ITIN was sitting in the chat, [[912-78-4403|NATIONAL_ID]]. which, yeah, in hindsight. [[Tết|GENERIC_TIME]] is her busiest week so I do all this in [[January|GENERIC_TIME]].

AI: How do you feel about the privacy side of that?

User: conflicted. at work I'm the one telling everyone not to paste patient data into chatbots, HIPAA and all that, and then family stuff just feels different somehow. I'm [[28|AGE]], I grew up with everything online. [[Nate Silver|PUBLIC_FIGURE]] wrote something about forecasters leaning on AI that I think about a lot.

AI: Anything else you'd like to add?

User: if anyone wants to chat I'm on linkedin, [[linkedin.com/in/linhtran-analytics|URL]], or [[linh.tran.data＠gmail．com|OBF_EMAIL|fullwidth_at_dot]]. text is fine too: [[seven seven three - 555 - oh one four two|OBF_PHONE|mixed_words_digits]]. my parents came over from [[Vietnam|COUNTRY]] in the 90s and honestly my relatives in [[Asia|CONTINENT]] are way more chill about AI than anyone here lol""")

# ---------- 24: project architect, Rotterdam ----------
T.append("""AI: Hello, thanks for taking part. Could you tell me about your work?

User: Hi! I'm [[Sanne Bakker|PERSON]], [[project architect|JOB_TITLE]] at [[MVRDV|ORGANIZATION]] in [[Rotterdam|CITY]]. I studied at [[TU Delft|SCHOOL]], graduated in [[2006|DATE]], and worked at [[OMA|ORGANIZATION]] for a few years before this. Mostly housing now.

AI: Thanks, [[Sanne|PERSON]]. How do AI tools fit into your work?

User: Early-stage design, a lot. We use [[Midjourney|AI_PRODUCT]] and [[Veras|AI_PRODUCT]] for quick renders from massing models, and [[Autodesk Forma|SOFTWARE]] for daylight and wind. Production drawings are in [[Revit|SOFTWARE]], still very manual. The younger ones script in [[Grasshopper|SOFTWARE]] with [[ChatGPT|AI_PRODUCT]] helping them.

AI: Can you describe a particular project where that played out?

User: A social housing block in [[Utrecht|CITY]]. We showed the residents' committee AI images and one lady, mevrouw [[Ans de Jong|PERSON]], she's [[seventy-eight|AGE]], said it looked like a hotel in [[Dubai|CITY]]. She was right! We went back to hand sketches for the participation evenings, and [[Ans|PERSON]] came to every single one.

AI: What concerns do you have about these tools?

User: Authorship, mainly. Who designed it? I always think of [[Zaha Hadid|PUBLIC_FIGURE]]'s sketches, they had so much personality. And privacy - I pasted a letter from the [[Gemeente Rotterdam|ORGANIZATION]] into [[ChatGPT|AI_PRODUCT]] to understand a permit thing and my BSN, [[618293747|NATIONAL_ID]], was right there in the header. Silly.

AI: How is AI present in your family life?

User: My partner [[Joost|PERSON]] is a [[history teacher|JOB_TITLE]] at [[Erasmiaans Gymnasium|SCHOOL]] and he spends half his time fighting students' AI essays. Our daughter [[Fenna|PERSON]] is [[11|AGE]] and made a [[Koningsdag|GENERIC_TIME]] poster with AI and won a prize, which [[Joost|PERSON]] found very funny. We live at [[Kruiskade 112|ADDRESS]], right in the centre, so the school is close.

AI: Oh, so [[Joost|PERSON]] has mixed feelings about it?

User: Very mixed! He says it's like every [[Monday|GENERIC_TIME]] morning is a detective story. Architecture in the [[Netherlands|COUNTRY]] is very collaborative, so I think AI will just be one more voice at the table. If anyone wants to talk, [[sanne (dot) bakker (at) ziggo (dot) nl|OBF_EMAIL|paren_words]] or [[nul zes, 41 28 77 39|OBF_PHONE|dutch_words_mixed]]. I'm [[44|AGE]] - I've lived through CAD, BIM and now this.""")

# ---------- 25: claims adjuster, Atlanta (Ghanaian) ----------
T.append("""AI: Hello, thank you for joining. Could you tell me about your job?

User: Hello, yes. My name is [[Akosua Mensah|PERSON]]. I'm a [[senior claims adjuster|JOB_TITLE]] with [[State Farm|ORGANIZATION]], auto and property, working the [[Atlanta|CITY]] area. I came from [[Ghana|COUNTRY]] in [[2001|DATE]] and did my degree at [[Georgia State University|SCHOOL]] at night.

AI: Thank you, [[Akosua|PERSON]]. Where do AI tools come into your work?

User: For auto claims, customers upload photos and an AI estimates the damage before I even look - I believe it's [[Tractable|AI_PRODUCT]]. Our claims system is [[Guidewire|SOFTWARE]], and [[Copilot|AI_PRODUCT]] helps me write file notes. Anything big, I still inspect myself.

AI: Could you tell me about a time it got something wrong?

User: Oh yes. After a hail storm in [[Marietta|CITY]], the AI estimated a roof at about eight hundred dollars and the roof was destroyed. The policyholder, [[a retired teacher|GENERIC_ROLE]], Mrs [[Loretta Simmons|PERSON]], she's [[seventy-four|AGE]], called me crying. I drove out myself - full replacement. [[Loretta|PERSON]] sends me a [[Christmas|GENERIC_TIME]] card every year now.

AI: How did that experience shape your trust in these tools?

User: Trust, but verify, like [[Reagan|PUBLIC_FIGURE]] said. My husband [[Kofi|PERSON]] - no, not [[Kofi Annan|PUBLIC_FIGURE]], everybody asks - he's a [[maintenance engineer|JOB_TITLE]] at [[Delta|ORGANIZATION]] and he says the same about the systems there. The delta between what the computer says and what is real, that is where we earn our money.

AI: Do you use AI at home?

User: Yes, a lot for church. I'm the [[church secretary|JOB_TITLE]] at [[Ebenezer Methodist Church|ORGANIZATION]] in [[Decatur|CITY]] and I use [[ChatGPT|AI_PRODUCT]] for the bulletin and the [[Easter|GENERIC_TIME]] programme. Our daughter [[Efua|PERSON]] is [[20|AGE]], she's at [[Georgia Tech|SCHOOL]] and she says I use it more than her friends do.

AI: Have you ever shared personal information with these tools?

User: I'm embarrassed to say yes. When I was renewing my [[Ghana|COUNTRY]] passport I asked [[ChatGPT|AI_PRODUCT]] to help with the form and typed the passport number straight in, [[G1849273|NATIONAL_ID]]. And our home address so it could fill everything, [[3318 Kirkwood Lane|ADDRESS]], [[Decatur|CITY]]. I just turned [[fifty|AGE]], I should know better. One more thing: people from [[Africa|CONTINENT]] use these tools more than Americans think - my cousins in [[Kumasi|CITY]] run their businesses with it. If you need me, [[akosua dot mensah at yahoo dot com|OBF_EMAIL|spelled_at_dot]] or [[4 zero 4 - 5 5 5 - 0 1 6 8|OBF_PHONE|mixed_spaced]]. [[Kwame Nkrumah|PUBLIC_FIGURE]] said we face neither East nor West, we face forward. That's how I feel about AI.""")

write_set(T, "set_e", id_prefix="sete")
