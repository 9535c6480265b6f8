import sys
from markup import write_set
T = []
T.append("""AI: Thanks for joining me today. To start, could you tell me a little about yourself and your job?

User: Of course. I'm [[Rebecca Holloway|PERSON]], though everyone at school calls me [[Becky|PERSON]]. I'm [[38|AGE]] and I teach geography. I'm a [[secondary school teacher|JOB_TITLE]] at [[Fallowfield Park Academy|SCHOOL]] in south [[Manchester|CITY]], and I've been there since [[2016|DATE]]. Before that I trained at [[Manchester Metropolitan University|SCHOOL]] and did a couple of years of supply teaching around [[Stockport|CITY]], which I wouldn't wish on anyone.

AI: And how did AI first come into your work?

User: Honestly, out of desperation. It was [[autumn 2023|DATE]], I had three new Year 9 groups plus a GCSE class, and I was planning until midnight most nights. A friend from uni, [[Hannah|PERSON]], who teaches English in [[Leeds|CITY]], sent me a screenshot of [[ChatGPT|AI_PRODUCT]] turning a dense textbook page into three versions for different reading ages. I tried it that [[Sunday night|GENERIC_TIME]] on our coasts and rivers unit and I think I actually said "oh my god" out loud. My partner [[Dev|PERSON]] came in to check I was alright. These days [[Google Classroom|SOFTWARE]] is the backbone, everything goes on there. For planning I mostly use [[ChatGPT|AI_PRODUCT]], and since the trust moved us onto [[Microsoft 365|SOFTWARE]] we've also got [[Copilot|AI_PRODUCT]], which is the one we're officially allowed to put anything school-related into. The rule, which came down from [[Northern Lights Learning Trust|ORGANIZATION]] [[last year|GENERIC_TIME]], is no student names, no data, and nothing out of [[Arbor|SOFTWARE]], which is our MIS, goes into the free tools. So I do a lot of "make me a retrieval quiz", "give me a worked example about longshore drift", "reword this for EAL students". [[Tuesdays|GENERIC_TIME]] I've got a double free and that's basically my AI hour.

AI: You mentioned no student names. How does that play out in practice?

User: It's harder than it sounds. Say I'm writing a report comment. I've got a lad, [[Tyler|PERSON]], lovely kid, has never once brought a pen. If I want help phrasing something kind but honest, the temptation is to paste everything in. What I do now is write "Student A" and fill the name in afterwards. Our [[teaching assistant|JOB_TITLE]], Mrs [[Okonjo|PERSON]], caught me once about to paste a chunk of an SEN plan into it and gave me a look, and she was right. [[Aaliyah|PERSON]] in my Year 11 group has an EHCP, and there is no way that belongs in a chatbot.

AI: Has your [[head of department|GENERIC_ROLE]] or the leadership team said anything about how you use it?

User: My [[head of department|GENERIC_ROLE]], [[Graham Whitlock|PERSON]], is a bit of a sceptic. He's been teaching thirty years and he says it makes the kids' homework "suspiciously fluent", which, fair. But our [[deputy head|GENERIC_ROLE]], [[Priya Sandhu|PERSON]], ran a twilight session in [[January|GENERIC_TIME]] showing everyone how to use [[Copilot|AI_PRODUCT]] for marking rubrics, and that won a lot of people over. Then there's the national stuff. [[Bridget Phillipson|PUBLIC_FIGURE]] keeps talking about AI cutting teacher workload, and half the staffroom rolled their eyes, because we've heard that about every initiative since [[Michael Gove|PUBLIC_FIGURE]]. [[Ofsted|ORGANIZATION]] haven't said much that's useful yet.

AI: Are there things you'd never use it for?

User: Marking actual student work, for one. It's not fair on them and it gets the nuance wrong. Anything safeguarding goes through [[CPOMS|SOFTWARE]] and to the safeguarding lead, full stop, no AI anywhere near it. And I don't trust it on facts. It once put the Atacama in [[Bolivia|COUNTRY]] instead of [[Chile|COUNTRY]] on a worksheet I'd skimmed, and a Year 8 called me out on it in front of everyone. I was mortified, but honestly it was a great teaching moment about checking sources. As for reactions, parents mostly don't know. Students absolutely know. At parents' evening in [[March|GENERIC_TIME]] a dad asked me if "the robot" set the homework, half joking. The kids use [[Snapchat|SOFTWARE]]'s [[My AI|AI_PRODUCT]] constantly, and the ones who are clever about it use it to explain things rather than write things. My niece [[Maisie|PERSON]] is [[fourteen|AGE]] and she uses it to revise, which I can't really argue with.

AI: If other teachers wanted to get in touch about how you've set things up, is there a way?

User: Yeah, I've put together a little guide for the trust. People can email me, it's [[r dot holloway at fallowfieldpark dot org dot uk|OBF_EMAIL|spelled_at_dot]]. I write it like that because the last time I put my email on a conference slide I got spam for a month. Or find me on [[Bluesky|SOFTWARE]], I'm [[@beckyteachesgeog|SOCIAL_HANDLE]]. As for the next few years, I'm cautiously fine. I think it'll be like interactive whiteboards, lots of hype and then it settles into being a normal tool. My mum, [[Linda|PERSON]], taught primary for forty years and she says the photocopier was supposed to save teachers time too. It just meant more worksheets.""")

T.append("""AI: Hi, thank you for making time after a night shift. Could you start by introducing yourself?

User: No problem, I'm running on coffee. My name is [[Sherin Mathew|PERSON]], I'm [[34|AGE]], and I'm a [[registered nurse|JOB_TITLE]] on a cardiac step-down unit at [[Sunnybrook|ORGANIZATION]] in [[Toronto|CITY]]. I grew up in [[Kottayam|CITY]], in [[Kerala|CITY]], did my BSc at [[Pushpagiri College of Nursing|SCHOOL]], worked in [[Dubai|CITY]] for three years and came to [[Canada|COUNTRY]] in [[October 2019|DATE]].

AI: How does AI show up in your day-to-day work on the unit?

User: Two ways, the official way and the unofficial way. Officially, the hospital started piloting an ambient documentation tool with some of the [[physicians|GENERIC_ROLE]], [[DAX Copilot|AI_PRODUCT]], the one that listens to the conversation and drafts the note. We aren't on it yet, but we see those notes in [[Epic|SOFTWARE]], and sometimes they're, let's say, creative. Unofficially, a lot of us use [[ChatGPT|AI_PRODUCT]] on our phones for things like "explain this drug interaction in plain language" so we can teach patients, or to make flashcards. I'm studying for my cardiovascular certification, so I get it to quiz me at four in the morning when the unit is quiet.

AI: Can you give me an example where it was genuinely useful?

User: Yes. We had an older gentleman, Mr. [[Kowalczyk|PERSON]], [[82|AGE]], post-MI, very anxious, and his English wasn't strong. His daughter [[Agnieszka|PERSON]] was doing all the translating and she was exhausted. I used [[ChatGPT|AI_PRODUCT]] to write a really simple teaching sheet about his new medications and then had it translated into Polish, and [[Agnieszka|PERSON]] checked it. She said it was mostly right, it just had one strange word for "blood thinner". I didn't put his name or anything in, only the med list. Our [[charge nurse|JOB_TITLE]], [[Marisol Reyes|PERSON]], looked it over before I gave it to him. We do have a policy now, it came out in [[spring 2024|DATE]]. Basically no patient identifiers in any public tool, and only approved tools for anything clinical. Our [[nurse manager|GENERIC_ROLE]], [[Dwayne|PERSON]], did a reminder at the huddle every [[Monday|GENERIC_TIME]] for about a month. People mostly follow it. The problem is the approved stuff is slow, and when a call bell is going and a pump is alarming, nobody is logging into a special portal to ask a question.

AI: How do you feel about the AI-drafted notes you see from the [[physicians|GENERIC_ROLE]]?

User: Mixed. One note said a patient "denies chest pain" when she had literally told me she had chest pain at three a.m. I flagged it with the [[resident|JOB_TITLE]], Dr. [[Okafor|PERSON]], and he fixed it right away, he was grateful actually. But it worries me, because the note looked so clean and confident. If I hadn't been the one in the room, who would have caught it? Nurses end up being the safety net for everything. And honestly, everyone is tired. Our premier, [[Doug Ford|PUBLIC_FIGURE]], talks about innovation, and meanwhile we're short four RNs on nights. If AI did the charting, great, I'd spend more time with my patients. But I don't think a chatbot will replace somebody holding a scared person's hand at two in the morning. My worry is that management sees the time saved and just gives us six patients instead of five.

AI: Outside of work, does your family use these tools?

User: My husband [[Jibin|PERSON]] works in IT at [[Rogers|ORGANIZATION]], so he's on [[Copilot|AI_PRODUCT]] all day. Our son [[Aaron|PERSON]] is [[seven|AGE]] and talks to [[Alexa|AI_PRODUCT]] like she's his aunty. And my mother back in [[India|COUNTRY]] sends me [[WhatsApp|SOFTWARE]] forwards that are very obviously AI-generated, prayers with pictures of glowing elephants, that kind of thing.

AI: Thank you. Is there anything else you'd like to add, or a way to follow up?

User: If your team wants to talk to more nurses from the [[Kerala|CITY]] community here, there's a group and I'm happy to connect you. My cell is [[647-555-0148|PHONE_NUMBER]], text is better than calling because of the shifts. Or email [[sherin.mathew.rn@gmail.com|EMAIL_ADDRESS]].""")

T.append("""AI: Good afternoon, and thanks for joining from [[Lagos|CITY]]. Can you tell me about yourself and your role?

User: Good afternoon. I'm [[Oluwaseun Adebayo|PERSON]], but please call me [[Seun|PERSON]]. I'm [[29|AGE]], a [[site engineer|JOB_TITLE]] with [[Greenfield Structures Limited|ORGANIZATION]]. We do mostly residential and some commercial buildings, and right now I'm on a twelve-storey block in [[Lekki|CITY]]. I studied civil engineering at [[University of Lagos|SCHOOL]], graduated in [[2018|DATE]], did my service year with [[NYSC|ORGANIZATION]] in [[Kaduna|CITY]], and joined [[Greenfield|ORGANIZATION]] in [[2020|DATE]].

AI: Where does AI fit into a [[site engineer|JOB_TITLE]]'s day?

User: Mostly around the paperwork, not the engineering itself. Morning I do the site walk, check the rebar, check the formwork, argue with the concrete supplier. My daily reports used to take me one full hour every evening. Now I record voice notes to myself on [[WhatsApp|SOFTWARE]] as I walk, then paste the transcript into [[ChatGPT|AI_PRODUCT]] and say "turn this into a daily site report in this format". Fifteen minutes. For design checks we use [[ETABS|SOFTWARE]] and [[AutoCAD|SOFTWARE]], and the AI doesn't touch those. Sometimes I ask it to explain a clause in the British Standard when I'm rusty, but I always go back to the actual document. And it does make mistakes. Once it gave me a lap length that was wrong, it mixed up two bar diameters. I caught it because I had done that calculation before in [[Excel|SOFTWARE]]. My [[project manager|GENERIC_ROLE]], Engr. [[Chukwuemeka Obi|PERSON]], we call him [[Emeka|PERSON]], has a rule: "AI can write your English, it cannot sign your calculations." And he's right, because the person who signs is liable. My [[COREN|ORGANIZATION]] registration number is on my stamp, [[R.48217|NATIONAL_ID]], and I'm not putting that stamp on something a chatbot guessed.

AI: How do others on the team feel about it?

User: It depends on the person. Our [[quantity surveyor|JOB_TITLE]], [[Funmilayo Adeyemi|PERSON]], everybody says [[Funmi|PERSON]], uses [[Copilot|AI_PRODUCT]] inside [[Excel|SOFTWARE]] for the bills of quantities and she loves it. Our [[foreman|GENERIC_ROLE]], Baba [[Tunde|PERSON]], doesn't trust anything on a phone, he writes everything in a hardcover notebook and honestly his notebook has saved us more than once. The real headache on this project is not AI, it's cement prices. [[Dangote Cement|ORGANIZATION]] moved prices twice in one quarter. I joke that if [[Aliko Dangote|PUBLIC_FIGURE]] built an AI to bring the price down, I would use it every day.

AI: Do the clients know you use AI?

User: The developer's representative, Mrs. [[Ibekwe|PERSON]], is very sharp. She noticed the reports became neater and more consistent and she asked if we had hired a secretary. I told her the truth, and she was fine with it as long as the numbers are checked. The [[client|GENERIC_ROLE]] cares about the building standing and the schedule, not how I type. Power is the other thing. Ah, this is [[Nigeria|COUNTRY]]. On site we have a generator, and data depends on which network is behaving that day, [[MTN|ORGANIZATION]] or the other one. So I do a lot of the AI work at night at home. I use [[Gemini|AI_PRODUCT]] on my phone sometimes because it's already there on [[Android|SOFTWARE]] and it works offline for small things, or it seems to.

AI: If we wanted to follow up with you, what's the best way?

User: [[WhatsApp|SOFTWARE]] is best. The number is [[zero-eight-zero-three, one-four-five, five-two-nine-seven|OBF_PHONE|number_words]]. I write it that way online because of scammers, they have bots scraping numbers. You can also see my projects on [[linkedin.com/in/seun-adebayo-civil|URL]].

AI: Last one: where do you see this going for engineers in [[Nigeria|COUNTRY]]?

User: I think younger engineers will adopt it quickly. My junior brother [[Tobi|PERSON]] is in his third year at [[Covenant University|SCHOOL]] and his whole class uses it for assignments, sometimes too much. The risk is people who never learn to do the calculation by hand. The government talks about smart cities, [[Sanwo-Olu|PUBLIC_FIGURE]] talks about it, but on site the basics still matter. Level, plumb, cover to reinforcement. A chatbot can't see a honeycombed column.""")

T.append("""AI: Thank you for making time today. Could you introduce yourself and your work?

User: Claro. I'm [[Mariana Figueiredo Lopes|PERSON]], I'm [[42|AGE]], and I'm a [[labour lawyer|JOB_TITLE]], in [[Brazil|COUNTRY]] we say advogada trabalhista. I'm a [[senior associate|JOB_TITLE]] at [[Tavares & Bragança Advogados|ORGANIZATION]] in [[São Paulo|CITY]], our office is in [[Jardins|CITY]]. We defend companies, mostly retail and logistics, in employment claims. I graduated from [[PUC-SP|SCHOOL]] in [[2005|DATE]], so almost twenty years now.

AI: How has AI changed the day-to-day at the firm?

User: A lot, and mostly in the last year. The firm licensed [[ChatGPT Enterprise|AI_PRODUCT]] in [[February 2024|DATE]], and we also use [[Jus IA|AI_PRODUCT]], from [[Jusbrasil|ORGANIZATION]], for case law research. Before, our [[estagiária|JOB_TITLE]] would spend days in [[PJe|SOFTWARE]] and on the [[TST|ORGANIZATION]] website copying decisions into a spreadsheet. Now in one afternoon we have a first map of how the regional courts decided on, for example, overtime for truck drivers. It doesn't replace reading the decisions, but it tells you where to look.

AI: Tell me more about how the junior people use it.

User: Our [[estagiária|JOB_TITLE]], [[Beatriz|PERSON]], we call her [[Bia|PERSON]], is [[23|AGE]] and in her fourth year at [[Mackenzie|SCHOOL]], and she is faster than me with prompts. She built a set of prompts for the first draft of our defences, the contestação, with all the standard preliminary arguments. I review every line, and she knows I do. What I tell her is: the machine is a very confident student who never attended class. It writes beautifully and sometimes invents a precedent. Last year a lawyer in another state was fined for citing decisions that did not exist, it was in all the news, and the [[CNJ|ORGANIZATION]] has been discussing rules for AI in the courts since then.

AI: How have the partners and your clients reacted?

User: Our founding [[partner|GENERIC_ROLE]], Dr. [[Ricardo Tavares|PERSON]], is [[67|AGE]] and he was the most sceptical person in the building. Now he sends me [[WhatsApp|SOFTWARE]] audios saying "[[Mari|PERSON]], ask the robot to summarise this for me". Clients are more interesting. An [[HR director|GENERIC_ROLE]] at one of our supermarket clients, [[Cláudia|PERSON]] from [[Grupo Sol Nascente|ORGANIZATION]], asked in a meeting if we would reduce our fees now that AI does the work. Everybody laughed, but she was half serious. We ended up moving some routine hearings to a fixed fee.

AI: What about confidentiality, given that you handle workers' personal data?

User: This is the part I worry about most. With the LGPD we have to be careful, and labour cases are full of sensitive data: medical certificates, salaries, sometimes harassment complaints. Our internal rule is that we anonymise before anything goes into the tool. The worker becomes "Reclamante", the CPF is removed, names of managers become "Gestor 1", "Gestor 2". In [[Word|SOFTWARE]] we have a macro that does part of it. And the enterprise licence means, in theory, our data is not used for training. In theory. I still don't put in anything I wouldn't want to see in the newspaper. And yes, it gets things wrong, many times. It mixes Portuguese law with American ideas, like "at-will employment", which doesn't exist here. It once told me a deadline was fifteen days when the CLT says eight. If [[Bia|PERSON]] had filed based on that, we would have lost the appeal before it started. So everything with a deadline, we check in the law itself and in [[Astrea|SOFTWARE]], which is our case management system, not in the chat.

AI: Is there anything you'd like to add, or a way to follow up?

User: My son [[Pedro|PERSON]] is studying computer engineering at [[Unicamp|SCHOOL]] in [[Campinas|CITY]] and he says I'm using it "like a boomer", which I think is a compliment. If you want to write to me, it's [[mariana ponto lopes arroba tbadv ponto com ponto br|OBF_EMAIL|arroba_ponto]]. And if you need to confirm I'm a real lawyer, my [[OAB|ORGANIZATION]] registration is [[214.873|NATIONAL_ID]], [[São Paulo|CITY]] section.""")

T.append("""AI: Thanks for joining. Could you tell me about yourself and your work?

User: Good morning. [[Tomasz Wierzbicki|PERSON]], I'm [[51|AGE]], and I'm a [[certified accountant|JOB_TITLE]]. I run a small bookkeeping office, [[Biuro Rachunkowe Wierzbicki|ORGANIZATION]], in [[Nowa Huta|CITY]], which is the eastern part of [[Kraków|CITY]]. The office is at [[ul. Ludźmierska 12, 31-234|ADDRESS]], a ground floor flat we converted. It's me and two employees, [[Ewa|PERSON]] and [[Kasia|PERSON]], and about sixty clients: small shops, a bakery, a dentist, and a lot of IT freelancers on B2B contracts.

AI: How did you start using AI?

User: My daughter [[Zuzia|PERSON]] studies computer science at [[AGH|SCHOOL]] and in [[2023|DATE]] she installed [[ChatGPT|AI_PRODUCT]] on my laptop and said, "Tato, you will thank me." At first I used it for letters to the tax office, because writing official Polish that is polite but firm takes me forever. Now I also use [[Copilot|AI_PRODUCT]] inside [[Excel|SOFTWARE]] for formulas, and sometimes [[Claude|AI_PRODUCT]] when I need to read a long tax interpretation from [[KIS|ORGANIZATION]] and find the one paragraph that matters. For the actual bookkeeping we use [[Comarch ERP Optima|SOFTWARE]], and AI doesn't help there at all.

AI: Can you give an example of something it helped with recently?

User: The national e-invoicing system, [[KSeF|SOFTWARE]], becomes mandatory in [[February 2026|DATE]], and my clients are panicking. I used [[ChatGPT|AI_PRODUCT]] to write a simple FAQ in plain language, what changes, what they have to do, what happens to paper invoices. I sent it by email to everyone. One client, pani [[Basia|PERSON]], who runs the bakery, called me and said it was the first thing about taxes she ever understood. I didn't tell her it was half written by a robot. Well, now I'm telling you. But it also gives wrong answers, and this is dangerous in my job. Once it quoted me a paragraph of the VAT act with a number that looked exactly right and did not exist. Very confident. If I had put that in a letter to the tax office, I would look like an idiot, or worse. So my rule is: AI for language, never for law. I check every article in the official text. Also the rules change all the time. The finance minister, [[Andrzej Domański|PUBLIC_FIGURE]], announces something on television and two weeks later it's different, and the AI knows only the old version.

AI: What about client data and confidentiality?

User: I'm paranoid about it. Never a client's NIP, PESEL, bank account, nothing. I write "client X, one-person company, flat-rate tax" and that's all. [[Kasia|PERSON]] once pasted a whole table of a client's salaries into it, with names, and I was very angry, we had a serious talk. GDPR, here we say RODO, is not a joke, and my clients trust me with everything. My own NIP is public anyway, it's on the website and on every invoice I issue, [[678-102-44-19|NATIONAL_ID]], so that one I don't worry about.

AI: Do you see AI as a threat to a business like yours?

User: Partly. Young freelancers now use online services like [[inFakt|ORGANIZATION]] and some of them think they don't need an accountant at all, until the tax office sends them a letter. Then they come to me. I think small offices will survive if we become more like advisers and less like typists. [[Ewa|PERSON]] is [[58|AGE]] and she says she will retire before she learns "prompt engineering". I told her she already does it, she just calls it "explaining things to the new girl". Here in [[Poland|COUNTRY]] the state is digitising everything, which is good, but they do it in a hurry. First [[KSeF|SOFTWARE]] was postponed, then the date was moved again. Politicians, [[Donald Tusk|PUBLIC_FIGURE]] or whoever, they like to talk about AI and innovation, but in real life my client with the dentist clinic still sends me receipts in a shoebox. So there is a long way to go.

AI: If we'd like to follow up, how can we reach you?

User: Email is best, [[biuro@wierzbicki-ksiegowosc.pl|EMAIL_ADDRESS]], or the office phone, [[+48 12 644 17 30|PHONE_NUMBER]], from eight to four. I also post short tax tips on [[linkedin.com/in/tomasz-wierzbicki-ksiegowy|URL]], mostly for the freelancers.""")
T.append("""AI: Thanks for coming in before service. Could you introduce yourself and tell me where you work?

User: Yeah, no worries. I'm [[Danny Nguyen|PERSON]], well, [[Daniel|PERSON]] on paper, I'm [[31|AGE]] and I'm the [[sous chef|JOB_TITLE]] at [[Lotus & Lime|ORGANIZATION]], a Vietnamese place on [[212 Brunswick Street|ADDRESS]] in [[Fitzroy|CITY]]. It's owned by Auntie [[Lan|PERSON]], who's not actually my auntie but everyone calls her that. She opened it in [[2017|DATE]] and I started on the pass there about six years ago. Before that I was in a hotel kitchen in [[Sydney|CITY]] and honestly hated it.

AI: Where does AI come into a restaurant kitchen?

User: Not at the stove, mate, don't worry. It's all the stuff around the cooking. Rosters, ordering, menu descriptions, allergen sheets. We roster on [[Deputy|SOFTWARE]] and take payments on [[Square|SOFTWARE]], and last year I started using [[ChatGPT|AI_PRODUCT]] to sort out the ordering. I'll paste in what we sold the week before, with no names or anything, just dish counts from [[Square|SOFTWARE]], and ask it how much pork belly and how many kilos of herbs I need for the coming week. It's not perfect, it doesn't know there's a footy final on or that it's going to be forty degrees, but it's a better starting point than my gut at eleven at night. Our [[head chef|JOB_TITLE]], [[Marco Bellini|PERSON]], thought it was a gimmick until we had a week with basically zero wastage on the herbs.

AI: You mentioned menu descriptions and allergen sheets. How does that work?

User: Menu descriptions, yeah, it's great at that, maybe too great. [[Lan|PERSON]] read one and said "this sounds like a hotel in [[Dubai|CITY]]", so now I tell it to write like a tired chef who loves his food, and it's better. Allergens I'm much more careful with. I'll get it to draft the matrix from the recipes, but then I go through every line by hand, because if it misses sesame in a dressing and someone ends up in hospital, that's on me, not on the robot. Our [[waiter|JOB_TITLE]], [[Sunny|PERSON]], has a peanut allergy himself, so he double-checks it as well. He's the best at catching stuff because it's personal for him.

AI: How do the rest of the staff feel about it?

User: Mixed bag. The young ones on the floor use it for everything, uni assignments, visa stuff, messages to their landlords. Our [[dishwasher|JOB_TITLE]], [[Bikram|PERSON]], uses it to translate his texts to his wife back in [[Nepal|COUNTRY]]. [[Marco|PERSON]] is old school, he'll say, "[[Gordon Ramsay|PUBLIC_FIGURE]] didn't need a computer to tell him how much basil to buy," and I'm like, [[Gordon Ramsay|PUBLIC_FIGURE]] has a team of forty people, [[Marco|PERSON]]. The owner side is more about money. [[Lan|PERSON]] wants me to use it for the social media too, because we pay a girl to do our [[Instagram|SOFTWARE]] and it's not cheap.

AI: Do you use it for the restaurant's social media?

User: A bit. We're [[@lotusandlime.fitzroy|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], and the captions are half written by AI now, I won't lie. There's also [[Meta AI|AI_PRODUCT]] built right into the app, which is a bit creepy. I tried getting an image generator to make a photo of our pho for a promo and it came out with noodles that looked like wet rope, so we went back to my phone and a good window. Customers can tell. The food has to look like the food. There's a whole thing online now about restaurants using fake AI photos on [[Uber Eats|ORGANIZATION]] and people are pretty angry about it, and fair enough.

AI: If we wanted to follow up, how can we reach you?

User: Text is easiest, but I don't like my number floating around in plain digits, I got heaps of scam calls after I put it on a catering flyer. So write it down like this: [[0 4 1 2   7 7 3   0 5 6|OBF_PHONE|spaced_digits]]. Or just come in and eat, mention my name and [[Sunny|PERSON]] will look after you. Best time's [[Tuesday|GENERIC_TIME]] arvo when it's dead quiet.""")

T.append("""AI: Thanks for joining. Could you start by telling me about yourself and your role?

User: Sure. I'm [[Kiran Raghunathan|PERSON]], [[27|AGE]], and I'm a [[backend developer|JOB_TITLE]] at [[PaySetu Technologies|ORGANIZATION]], a fintech startup in [[HSR Layout|CITY]], [[Bengaluru|CITY]]. We build payment reconciliation for small merchants on UPI. I did my BE at [[RV College of Engineering|SCHOOL]], graduated in [[2019|DATE]], then two years at [[Infosys|ORGANIZATION]] in [[Mysuru|CITY]] before I joined [[PaySetu|ORGANIZATION]] in [[March 2021|DATE]]. Mostly I write Go services and too much SQL.

AI: What AI tools are part of your work now?

User: Quite a lot. The company pays for [[GitHub Copilot|AI_PRODUCT]] for everyone, and I personally use [[Cursor|AI_PRODUCT]] as my editor, which our [[CTO|GENERIC_ROLE]] allowed after a long debate. For design questions or when I'm stuck on some [[PostgreSQL|SOFTWARE]] locking issue, I ask [[Claude|AI_PRODUCT]]. Tickets are in [[Jira|SOFTWARE]], we chat on [[Slack|SOFTWARE]], and everything runs on [[Kubernetes|SOFTWARE]]. Honestly [[Copilot|AI_PRODUCT]]-style autocomplete is now like electricity, I don't even notice it until it's gone. When the VPN blocked it for a day in [[September|GENERIC_TIME]], the whole team was slower, like people had forgotten how to write a for loop.

AI: You said there was a long debate about [[Cursor|AI_PRODUCT]]. What was that about?

User: Security, mostly. We handle merchant bank data, so our [[tech lead|GENERIC_ROLE]], [[Arjun Mehta|PERSON]], was worried about code being sent to outside servers. He's not anti-AI, he just reads every terms of service. In the end we agreed on privacy mode, and a rule that no production data, no keys, no customer anything goes into a prompt. One guy did paste a stack trace with a merchant's account number in it, and we had an incident review about it. Now there's a pre-commit hook that scans for secrets. My teammate [[Meenakshi|PERSON]], we call her [[Meenu|PERSON]], wrote that hook, mostly with [[Claude|AI_PRODUCT]] helping, which is funny.

AI: Has AI changed how you learn or how juniors on the team learn?

User: That's the part I think about a lot. When I started, I learned by breaking things and reading [[Stack Overflow|SOFTWARE]] for hours. Our new [[intern|JOB_TITLE]], [[Rohit|PERSON]], is [[21|AGE]] and super sharp, but he'll accept whatever the tool suggests if the tests pass. Last month he shipped a retry loop that [[Copilot|AI_PRODUCT]] wrote, and it retried a payment callback without idempotency, so one merchant got double notifications. Nobody lost money, but it was a good lesson. Now I make him explain every AI-written function in the code review, line by line. [[Arjun|PERSON]] calls it "the viva".

AI: Do company policies or anything outside the company shape how you use it?

User: The [[RBI|ORGANIZATION]] is strict on data localisation, so compliance is always in the conversation. And there's a lot of noise in the industry. [[Sam Altman|PUBLIC_FIGURE]] says one thing, [[Nandan Nilekani|PUBLIC_FIGURE]] says [[India|COUNTRY]] should build its own models, and every founder on [[LinkedIn|SOFTWARE]] says developers are finished. My mom in [[Mysuru|CITY]] forwards me those posts and asks if I'm losing my job. I tell her, Amma, somebody still has to debug the thing at two in the morning. My badge got flagged once by the access system, employee number [[PST-20431|NATIONAL_ID]], because I was in the office so late, so I think the job is safe for now.

AI: If we want to follow up, how can we reach you?

User: My code is mostly on [[github.com/kiranr-dev|URL]], the personal stuff at least. For email I use [[kiran.r [at] proton [dot] me|OBF_EMAIL|bracket_at_dot]], I write it that way on public pages. I'm also on [[X|SOFTWARE]] as [[@kiran_codes|SOCIAL_HANDLE]], though I mostly just complain about cricket there.""")

T.append("""AI: Thank you for joining. Could you tell me who you are and what you do?

User: Gern. My name is [[Katrin Albers|PERSON]], I am [[46|AGE]], and I work as a [[Sachbearbeiterin|JOB_TITLE]], a case officer, in the housing benefit office at [[Bezirksamt Friedrichshain-Kreuzberg|ORGANIZATION]] in [[Berlin|CITY]]. So when people apply for Wohngeld, the application lands on my desk, or in my inbox, and I calculate whether they are entitled and how much. I have been in public administration since [[2009|DATE]]. I grew up in [[Cottbus|CITY]] and came to [[Berlin|CITY]] for my training.

AI: How does AI play a role in that kind of work?

User: Less than people think, more than my [[boss|GENERIC_ROLE]] knows. Officially, the [[Berlin|CITY]] administration has been testing an assistant called [[BärGPT|AI_PRODUCT]] for some internal tasks, summarising texts, drafting letters, and our office is in the pilot since [[autumn 2024|DATE]]. It runs on their own servers, so we are allowed to use it for work texts, but not with personal data of applicants. The actual calculation happens in [[PROSOZ|SOFTWARE]], and there is no AI in there, it's a very old system. Privately, many colleagues use [[DeepL|AI_PRODUCT]] to write letters in simple language or in English, because a lot of our applicants don't speak German well.

AI: Can you describe a situation where it helped, or where it didn't?

User: Helped: our standard letters are terrible, long sentences, legal words, nobody understands them. I took one letter where we ask for missing documents and asked [[BärGPT|AI_PRODUCT]] to rewrite it in Leichte Sprache, easy language. My [[Referatsleiterin|GENERIC_ROLE]], Frau Dr. [[Brandt|PERSON]], liked it so much she sent it to the legal department, and after three months of discussion it is now the new template. Didn't help: I asked it once about a rule for students and housing benefit, and the answer was confident and completely wrong, it mixed up BAföG rules with something else. My colleague Herr [[Yılmaz|PERSON]], who sits across from me, laughed and said, "[[Katrin|PERSON]], that's why they still pay us."

AI: How do you handle the personal data of applicants with these tools?

User: Very strictly. Our [[data protection officer|GENERIC_ROLE]] gave a training in [[January 2025|DATE]], and the rule is simple: no names, no addresses, no tax IDs, nothing from a file goes into any AI. If I want help with a difficult case, I describe it abstractly, "single mother, two children, one child over eighteen in training". I also would never paste a scan. People trust us with their rent contracts, their salary slips, sometimes letters from the Jobcenter. Once a colleague in another district put a whole file into a private chatbot and there was a disciplinary procedure, we all heard about it.

AI: Do you think AI will change the public administration in the coming years?

User: Everyone says so. The mayor, [[Kai Wegner|PUBLIC_FIGURE]], talks about the digital [[Berlin|CITY]], and at federal level they talk about it since [[Angela Merkel|PUBLIC_FIGURE]] called the internet "Neuland". But we still receive faxes. Honestly, I would already be happy if the applications came in digitally and complete. If AI could check which documents are missing, that would save me maybe two hours a day. But then the question is who is responsible if it makes a mistake, and in [[Germany|COUNTRY]] that question can take ten years.

AI: If we would like to follow up with you, what's the best way?

User: Please write to my private address, not the office one, because the office mail is archived. It is [[katrin.albers(at)posteo(punkt)de|OBF_EMAIL|paren_at_punkt]]. For anything official, I would need permission from the office, and they would ask for my Personalnummer, which is [[0047113|NATIONAL_ID]], so they can find me in the system. But I hope an informal talk is fine.""")

T.append("""AI: Thank you for joining from [[Kyoto|CITY]]. Could you introduce yourself and your research?

User: Thank you for having me. I'm [[Haruka Ishida|PERSON]], I'm [[33|AGE]], and I'm a [[postdoctoral researcher|JOB_TITLE]] in structural biology at [[Kyoto University|SCHOOL]]. I work in the lab of Professor [[Kenji Tanaka|PERSON]], on membrane transport proteins, mainly trying to understand how certain transporters change shape. I did my PhD at [[Osaka University|SCHOOL]], finished in [[2020|DATE]], then spent two years at [[EMBL Heidelberg|ORGANIZATION]] in [[Germany|COUNTRY]] before coming back to [[Japan|COUNTRY]] in [[April 2022|DATE]].

AI: How has AI changed your field, and your own work?

User: Completely, in structural biology it's not an exaggeration. [[AlphaFold|AI_PRODUCT]] changed what a first step looks like. Before, if we wanted a model of a protein, we might spend a year on crystallisation. Now I start with an [[AlphaFold|AI_PRODUCT]] prediction, look at it in [[ChimeraX|SOFTWARE]], and decide which parts are confident and which are, let's say, imagination. Our experimental work with cryo-EM is still the core, but the prediction guides which constructs we make. When [[Demis Hassabis|PUBLIC_FIGURE]] and [[John Jumper|PUBLIC_FIGURE]] got the Nobel Prize, our lab had a small party, because honestly it was our whole field being recognised.

AI: And what about tools like chatbots, in the everyday side of research?

User: I use [[ChatGPT|AI_PRODUCT]] and [[DeepL|AI_PRODUCT]] mostly for English. Writing papers and grant applications in English is very tiring for me, and for [[Tanaka|PERSON]]-sensei it is even harder. I write a draft, sometimes with Japanese sentences mixed in, and ask it to make the English natural. But I'm careful with the science parts, because it likes to add claims that are stronger than our data. I also used it to help write [[Python|SOFTWARE]] scripts for analysing particle data. My former colleague in [[Heidelberg|CITY]], [[Stefan Richter|PERSON]], says I write better English than him now, which is not true, but kind.

AI: Are there rules about AI use at your university or from funders?

User: The university published guidelines in [[2023|DATE]], mostly about students and reports. For research, the main rule is you must not put unpublished data into external services, which is reasonable. [[JSPS|ORGANIZATION]] also has guidance for grant reviewers that they must not upload applications to chatbots. Some journals require you to declare AI use, so in my last paper we wrote that [[ChatGPT|AI_PRODUCT]] was used for language editing. Our [[lab secretary|JOB_TITLE]], [[Mika Fujimoto|PERSON]], keeps a folder with all these policies, she is more organised than all of us together.

AI: How does it fit with your life outside the lab?

User: I have a one-year-old son, [[Sota|PERSON]], so my time is very limited, and AI is one reason I can still keep up. My husband [[Takumi|PERSON]] is a [[pharmacist|JOB_TITLE]] and he jokes that I talk to [[ChatGPT|AI_PRODUCT]] more than to him. On the train from [[Uji|CITY]] in the morning I often use it to summarise new papers, then I decide which to read properly. It is a bit dangerous, because the summary is not the paper, but with a baby, what can I do.

AI: If we'd like to follow up, how can we reach you?

User: My ORCID profile has my publications, [[orcid.org/0000-0002-7715-4093|URL]]. For email, on the lab website it is written as [[haruka.ishida★kyoto-u.ac.jp|OBF_EMAIL|star_for_at]], you change the star to an at mark, that is the usual style at Japanese universities to avoid spam. The lab phone is [[+81 75 753 4412|PHONE_NUMBER]], but I am often in the microscope room.""")

T.append("""AI: Thanks for taking the time. Could you start by telling me about yourself and your trade?

User: No bother. [[Eoin Fitzgerald|PERSON]], I'm [[44|AGE]], I'm a [[self-employed electrician|JOB_TITLE]] based in [[Ballincollig|CITY]], just outside [[Cork|CITY]] city. I've been qualified since [[2002|DATE]] and out on my own since the crash, [[2010|DATE]], when there was no work going with anyone else. Trading as [[Fitzgerald Electrical|ORGANIZATION]], it's me, my [[apprentice|JOB_TITLE]] [[Jack|PERSON]], and my wife [[Niamh|PERSON]] who does the books and keeps me alive, basically. Mostly domestic, rewires, EV chargers, heat pumps, a bit of solar.

AI: How did AI end up in an electrician's work?

User: Quotes, first of all. I hate writing quotes. I'd come home after a ten-hour day and have six of them to do, and I'd put them off and lose the job. Now I talk into my phone in the van, "three-bed semi, full rewire, new consumer unit, twelve double sockets", whatever, and [[ChatGPT|AI_PRODUCT]] turns it into a proper written quote with the terms and conditions, and [[Niamh|PERSON]] puts the numbers into [[Tradify|SOFTWARE]] and sends it. Then every [[Friday|GENERIC_TIME]] she does the invoicing in [[Xero|SOFTWARE]]. Prices I do myself, never the AI, it has no clue what a spool of cable costs in [[Ireland|COUNTRY]] this year.

AI: Have you used it for anything on the technical side?

User: Careful now. I'll use it to remind myself of something, like what the regs say about RCD protection in a bathroom, but I check everything in the actual rulebook. It told me something about earthing once that was straight out of the American code, completely different system. If [[Jack|PERSON]] believed that, someone could get killed. So with him I'm strict. He's [[nineteen|AGE]], he's sharp, he uses [[Gemini|AI_PRODUCT]] for his college assignments, but on site, you test it, you don't ask the phone. My [[Safe Electric|ORGANIZATION]] registration, [[SE-20817|NATIONAL_ID]], is on every cert I sign, and that's my name on the line, not the chatbot's.

AI: What about customers? Does AI come up with them?

User: It does, funny enough. Heat pumps are the big thing with the grants from [[SEAI|ORGANIZATION]], and people arrive having asked [[ChatGPT|AI_PRODUCT]] what size they need, half of them wrong. I had a lovely woman in [[Douglas|CITY]], Mrs [[Hegarty|PERSON]], [[seventy-eight|AGE]], and her grandson had printed out an AI answer saying she could run the whole house off a tiny unit. I had to explain gently. Others are grand, they just want it done. And everybody has an opinion on it since [[Eamon Ryan|PUBLIC_FIGURE]] was pushing the retrofits, so you get a bit of politics thrown in with the job.

AI: Is there anything that worries you about it for your trade?

User: Not really the trade itself. You can't rewire a house from a laptop. What worries me more is the lads who'll use it to look like they know what they're doing when they don't, nice glossy quotes, then a cowboy job. Customers can't tell the difference on paper any more. Also, [[Niamh|PERSON]] worries about the privacy, she won't put customer addresses into it, and she's right, so the quote has "customer" at the top until she fills it in.

AI: If we wanted to follow up, what's the best way to get you?

User: Phone, but not before seven in the evening, I'll be up a ladder. It's [[087 314 2290|PHONE_NUMBER]]. Or email [[eoin@fitzgeraldelectrical.ie|EMAIL_ADDRESS]], [[Niamh|PERSON]] reads that one so you'll actually get an answer. The website is [[fitzgeraldelectrical.ie|URL]], though it hasn't been updated since [[Jack|PERSON]] started.""")
T.append("""AI: Thank you for joining. Could you tell me a bit about yourself and your job?

User: Hello, it's a pleasure. My name is [[Lerato Dlamini|PERSON]], I'm [[36|AGE]] years old, and I'm a [[front-end supervisor|JOB_TITLE]] at [[Pick n Pay|ORGANIZATION]] in [[Soweto|CITY]]. That means I look after the tills, the cashiers, the queues, the refunds, all the things that make customers shout. I've been with the company since [[2014|DATE]], I started as a packer. I'm also studying a diploma in retail management part-time with [[UNISA|SCHOOL]], so my evenings are full.

AI: How does AI come into a job like yours?

User: More than you'd think. The store side is mostly systems, the tills, the stock, the rosters come from head office. But me personally, I use [[ChatGPT|AI_PRODUCT]] on my phone nearly every day. For my assignments first, I'll be honest, but also for work. When I have to write an incident report, like when a customer was aggressive with one of my cashiers, I write what happened in my own words and then ask it to make it formal and neat. My English is good, but formal English for head office is another language. And [[Meta AI|AI_PRODUCT]] is inside [[WhatsApp|SOFTWARE]] now, so the young cashiers use that for everything, even to settle arguments about soccer.

AI: Can you tell me about the people you work with and how they use it?

User: I have eleven cashiers on my shifts. [[Sipho|PERSON]] is the clever one, he's [[22|AGE]], he made a little guide on his phone with [[ChatGPT|AI_PRODUCT]] for how to handle the [[Smart Shopper|SOFTWARE]] card problems, the loyalty points, and now the new cashiers read it. [[Precious|PERSON]] is older, she doesn't trust it at all, she says it's "the thing that listens". Our [[store manager|GENERIC_ROLE]], Mr [[Pillay|PERSON]], uses it to write the notices for the staff room. You can tell because suddenly the notices have words like "furthermore" and "kindly be advised". We laugh, but quietly.

AI: Have there been any problems or worries with using it?

User: Yes. The biggest one for me was a scam, not the AI itself exactly. There was a message going around, "[[Pick n Pay|ORGANIZATION]] staff bonus, register with the AI assistant", and it looked very real, with the logo. I almost did it. It asked for my ID number and I typed it, [[880712 0456 083|NATIONAL_ID]], and then I stopped before pressing send, because [[Sipho|PERSON]] shouted at me from the next till. After that we did a short talk with all the staff about it. Also load-shedding. When [[Eskom|ORGANIZATION]] cuts the power, the tills go to the generator and the wifi is gone, so all this AI is nothing in that moment.

AI: How do you see AI affecting retail jobs in the next few years?

User: People are scared about self-checkout more than chatbots. In the shops in [[Sandton|CITY]] they already have self-checkout, and the cashiers there ask what happens to us. I think somebody still has to help the gogo who doesn't understand the machine. And the president, [[Cyril Ramaphosa|PUBLIC_FIGURE]], always talks about jobs for young people, so I hope they think about it. For me, AI helped me get better marks and write better reports, and I'm hoping that helps me get promoted. My daughter [[Karabo|PERSON]] is [[ten|AGE]] and she says she wants to be a "prompt engineer", she doesn't even know what it is.

AI: If we want to follow up with you, how can we reach you?

User: [[WhatsApp|SOFTWARE]] is best. I'll say it the way I always say it on voice notes: [[oh seven two, four one eight, nine oh three six|OBF_PHONE|number_words_oh]]. Please don't call during trading hours, I can't answer on the floor. After six is fine, or on [[Sunday|GENERIC_TIME]] afternoons.""")

T.append("""AI: Muchas gracias for joining. Could you introduce yourself and tell me about your school?

User: Con gusto. I'm [[Guadalupe Hernández Ruiz|PERSON]], but everybody calls me [[Lupita|PERSON]], even the children, well, they say Maestra [[Lupita|PERSON]]. I'm [[45|AGE]] and I'm a [[primary school teacher|JOB_TITLE]], I teach fourth grade at [[Escuela Primaria Leona Vicario|SCHOOL]] in [[Iztapalapa|CITY]], in [[Mexico City|CITY]]. I have thirty-four students this year. I studied at the [[Escuela Nacional de Maestros|SCHOOL]] and I have been teaching since [[2003|DATE]].

AI: How did AI come into your classroom, or your planning?

User: It started with my son [[Emiliano|PERSON]], he is at university and he showed me [[ChatGPT|AI_PRODUCT]] during the [[Christmas holidays|GENERIC_TIME]]. I said, this is going to be a disaster for homework. And it is, a little. But then I started using it to plan. The [[SEP|ORGANIZATION]] changed the whole curriculum with the new model, new textbooks, projects instead of subjects, and honestly we teachers were lost. So I ask it, "give me a project for fourth grade about water in my community, with activities for three weeks", and it gives me a structure. Then I change almost everything, but the structure helps. I also use [[Canva|SOFTWARE]] a lot for the materials, and it has [[Magic Write|AI_PRODUCT]] now, so the children's worksheets look beautiful.

AI: Do your students use it?

User: They're nine and ten, so not officially. But their older brothers and sisters do, and the parents do. [[Last month|GENERIC_TIME]] [[Santiago|PERSON]] brought a homework about the Aztecs that was too perfect, words like "cosmovisión", and I asked him to explain it and he couldn't. I didn't punish him, I just sat with him and we did it again together. Another girl, [[Ximena|PERSON]], uses the voice assistant on her mom's phone to ask questions about animals, and I think that's lovely. With the school accounts we have [[Gemini|AI_PRODUCT]] in the [[Google Workspace|SOFTWARE]], but the internet at school is very bad, so mostly I plan at home.

AI: How do the school leadership and parents feel about it?

User: The [[directora|GENERIC_ROLE]], maestra [[Rocío Salgado|PERSON]], is very practical. She said: use it for planning, never for grading, and never put the children's names or CURP or anything from the school control system into it. The parents communicate with us in [[WhatsApp|SOFTWARE]] groups, and sometimes a mother sends a message that is clearly written by [[ChatGPT|AI_PRODUCT]], very formal, "Estimada docente, por medio del presente", and we laugh, because normally she writes "maestra, mi hijo no trajo la tarea". There's also a lot of talk in the news, the president, [[Claudia Sheinbaum|PUBLIC_FIGURE]], talks about technology and science, but in my school the projector doesn't work since [[March|GENERIC_TIME]].

AI: Is there a particular moment that made you think differently about it?

User: Yes. I have a student with hearing loss, [[Mateo|PERSON]], and I didn't have materials adapted for him. I used the AI to help me make visual sequences and simpler instructions, and I showed them to his mother, Señora [[Domínguez|PERSON]], and she cried a little because she said nobody had done that for him before. I cried too. So for me it's not about the machine, it's about having more time and ideas for the children who need it most.

AI: If we'd like to follow up with you, what's the best way?

User: You can write to me at [[lupita.hdz.maestra@gmail.com|EMAIL_ADDRESS]]. Or send me a message, my number is [[cinco cinco, veintiuno, cuarenta y tres, ochenta y ocho, setenta y seis|OBF_PHONE|spanish_number_words]]. Sorry, I say it in Spanish, it's a habit, in pairs like we say in [[Mexico|COUNTRY]].""")

T.append("""AI: Thanks for joining us from [[Nairobi|CITY]]. Could you introduce yourself and your work?

User: Thank you. I'm [[Brian Otieno|PERSON]], [[32|AGE]], and I'm a [[community pharmacist|JOB_TITLE]]. I own and run [[Afya Bora Pharmacy|ORGANIZATION]] in [[Kilimani|CITY]], a small retail chemist. It's me, one [[pharmaceutical technologist|JOB_TITLE]], [[Mercy Wambui|PERSON]], and a [[cashier|JOB_TITLE]] who is also my cousin, [[Kevin|PERSON]]. I studied at [[University of Nairobi|SCHOOL]], graduated in [[2015|DATE]], did my internship at [[Kenyatta National Hospital|ORGANIZATION]], and opened the pharmacy in [[2019|DATE]].

AI: Where does AI fit into running a pharmacy?

User: Mostly the business side, and a little on the clinical side with a lot of caution. For the business, I use [[ChatGPT|AI_PRODUCT]] to help me analyse sales. I export the sales from our POS into [[Excel|SOFTWARE]], remove anything about customers, and ask it which products move slowly, what to reorder before the end of the month. For [[M-Pesa|SOFTWARE]] reconciliation also, it helps me write formulas. On the clinical side, I use [[Medscape|SOFTWARE]] for interactions, that's my reference. Sometimes I ask [[Gemini|AI_PRODUCT]] to explain a new drug in simple Swahili so I can counsel a patient better, but I never take its dosage.

AI: Can you give an example where it helped or where it went wrong?

User: Where it helped: a mother came with a prescription for her baby, and the instructions from the clinic were confusing. I used it to make a simple dosing chart with pictures of the syringe, in Swahili and English, and she came back later to thank us. Where it went wrong: [[Mercy|PERSON]] asked it about a brand of antimalarial and it gave a brand that is not registered in [[Kenya|COUNTRY]] at all. If we didn't know, we could have told a patient to look for something that doesn't exist here. So my rule for [[Mercy|PERSON]] and [[Kevin|PERSON]] is: the chatbot is a helper for words, the [[Pharmacy and Poisons Board|ORGANIZATION]] list and the reference books are the truth.

AI: What about regulation and licensing? Does that shape your use?

User: Very much. My practice licence from the Board, number [[PPB/P/4471|NATIONAL_ID]], is on the wall, and I'm the one responsible. Also the tax side, I submit returns on [[iTax|SOFTWARE]] with my [[KRA|ORGANIZATION]] PIN, [[A014928375Z|NATIONAL_ID]], and once I asked the AI to explain a new tax rule and it was from another country. And now there's the new health insurance, [[SHA|ORGANIZATION]], which the government of [[William Ruto|PUBLIC_FIGURE]] introduced, and everybody is confused. Patients ask me questions about claims every day, and I myself am not sure. I used AI to make a one-page FAQ, and then I checked every line with someone at the county office.

AI: How do you see this developing for pharmacies in [[Kenya|COUNTRY]]?

User: I think the big chains, like [[Goodlife Pharmacy|ORGANIZATION]], will build their own systems, chatbots for orders and so on. For small ones like me, it's about using free tools cleverly. My worry is patients using the chatbots instead of coming to a pharmacist. My uncle in [[Kisumu|CITY]], he is [[68|AGE]], he asked [[ChatGPT|AI_PRODUCT]] about his blood pressure pills and stopped one because it said something about side effects. I had to call him and shout a little, respectfully. So I think our job becomes more about explaining and correcting.

AI: If we'd like to follow up, how can we reach you?

User: Email me at [[brian_otieno AT yahoo DOT com|OBF_EMAIL|uppercase_at_dot]], I write it in capitals like that because of the spam bots. On [[X|SOFTWARE]] I post health tips as [[@PharmBrianKE|SOCIAL_HANDLE]]. And of course you can pass by the pharmacy any day except [[Sunday|GENERIC_TIME]].""")

T.append("""AI: Bonjour, and thank you for joining. Could you tell me about yourself and your work?

User: Bonjour. I'm [[Camille Bertrand|PERSON]], I'm [[39|AGE]], and I'm a [[freelance translator|JOB_TITLE]], English and Spanish into French, based in [[Lyon|CITY]], in the [[Croix-Rousse|CITY]]. I mostly do marketing and technical texts, cosmetics, outdoor equipment, some medical devices. I studied at [[Université Lumière Lyon 2|SCHOOL]] and then at [[ISIT|SCHOOL]] in [[Paris|CITY]], and I've been freelancing since [[2012|DATE]]. I work with a few agencies, [[TransPerfect|ORGANIZATION]] is the biggest, and about ten direct clients.

AI: Translation is one of the professions most affected by AI. How has that been for you?

User: Violently, to be honest. Machine translation was already there, but [[DeepL|AI_PRODUCT]] in [[2017|DATE]] and then [[ChatGPT|AI_PRODUCT]] changed the market. Agencies now send me "MTPE" jobs, machine translation post-editing, at maybe half my old rate per word. The text is already translated by the machine, and I'm supposed to "just check". But checking a bad translation properly is sometimes slower than translating. In [[Trados Studio|SOFTWARE]] the MT suggestions are everywhere now, and you have to fight the temptation to accept them, because they are fluent and wrong in small ways. A cream that "nourishes the skin in depth" becomes something slightly ridiculous in French.

AI: Do you use AI yourself in ways you find useful?

User: Yes, I'm not a dinosaur. I use [[Claude|AI_PRODUCT]] for terminology research and to check consistency in long documents, and [[Le Chat|AI_PRODUCT]], the French one, sometimes out of patriotism. For a client in [[Grenoble|CITY]], an outdoor brand, the [[marketing director|GENERIC_ROLE]], [[Mathilde Rousseau|PERSON]], asked me to adapt slogans, and I used AI to generate fifty ideas and then I chose and rewrote three. She was happy, and I charged for creative work, not for words. That's the strategy many of us are moving to, selling expertise, not volume. My friend [[Inès|PERSON]], who translates legal texts, says the same thing.

AI: What about confidentiality with client texts?

User: It's a real problem. Some clients send confidential product launches, and their contracts say no online machine translation. So for those I use a local setup, or nothing. [[Julien|PERSON]], my partner, is a [[developer|JOB_TITLE]], and he installed an open model on my computer, so nothing leaves the machine. For the agencies, they have their own rules. [[TransPerfect|ORGANIZATION]] has their own engine. I also had a client who pasted my translation into a chatbot to "check" it and then sent me the corrections, which were wrong. That was a long email.

AI: How do you feel about the future of the profession?

User: Mixed. I think there will be fewer translators, and the ones who stay will be specialists or something like language consultants. [[Yann LeCun|PUBLIC_FIGURE]] says AI will make everyone more productive, and maybe, but productive for whom? My income went down about twenty percent since [[2023|DATE]]. On the other hand, I have more interesting work than before, because the boring manuals go to the machine. My mother, who is [[71|AGE]], asks me every [[Christmas|GENERIC_TIME]] if I'm going to change jobs. Maybe, in ten years.

AI: If we want to follow up, how can we contact you?

User: My email is [[camille​.bertrand​@​traductions-cb​.fr|OBF_EMAIL|zero_width_chars]], it's on my website, though I put invisible characters in it on the site so robots can't copy it, so you may need to type it by hand. For invoices, clients need my SIRET, [[852 417 903 00021|NATIONAL_ID]]. And my mobile is [[+33 6 48 90 37 15|PHONE_NUMBER]].""")

T.append("""AI: Thanks for joining. Could you start with a little about yourself and your role?

User: Sure. I'm [[Nurul Aisyah Rahman|PERSON]], I'm [[30|AGE]], and I'm an [[HR business partner|JOB_TITLE]] at [[Kestrel Freight Asia|ORGANIZATION]], a logistics company. Our office is in [[Jurong|CITY]], and we have warehouses in [[Tuas|CITY]] and a small team in [[Johor Bahru|CITY]] across the causeway. I support the operations side, so about four hundred people, drivers, warehouse staff, planners. I studied psychology at [[NUS|SCHOOL]] and joined [[Kestrel|ORGANIZATION]] in [[2021|DATE]].

AI: What AI tools do you use in your HR work?

User: Our main system is [[Workday|SOFTWARE]], and they added some AI features, like suggested job descriptions. The company also rolled out [[Microsoft Copilot|AI_PRODUCT]] last year, so I use it in [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]] to summarise long email threads and meeting notes. For recruitment we trialled [[HireVue|AI_PRODUCT]] for video interviews for the graduate programme, but we stopped because candidates found it stressful and honestly we weren't sure what it was measuring. I also use [[Pair|AI_PRODUCT]] sometimes, the government one, when I need to check employment law things, and then I always verify on the [[MOM|ORGANIZATION]] website.

AI: Can you walk me through a recent example?

User: Recently we had to restructure the night shift in [[Tuas|CITY]]. I had to write a communication to about sixty workers, many of them from [[Bangladesh|COUNTRY]] and [[India|COUNTRY]], explaining the new hours and the extra allowance. I drafted it myself, asked [[Copilot|AI_PRODUCT]] to simplify it, and then our [[warehouse supervisor|GENERIC_ROLE]], [[Ravi Chandran|PERSON]], checked the Tamil version with a friend, because the machine translation was a bit stiff. My colleague [[Jia Hui|PERSON]] made a short video version in [[Canva|SOFTWARE]]. It went well, fewer complaints than last time.

AI: Are there things you deliberately keep away from AI?

User: Definitely. Anything with disciplinary cases, medical leave, performance ratings, I don't put into any tool. We have NRIC numbers and salary data, and PDPA is very strict here. My [[boss|GENERIC_ROLE]], the [[regional HR director|GENERIC_ROLE]], Mr [[Lim|PERSON]], is quite pro-AI, but even he said, "If it's about a person, it's not for [[Copilot|AI_PRODUCT]]." One time a [[manager|GENERIC_ROLE]] in another department used [[ChatGPT|AI_PRODUCT]] to write a termination letter and it had a made-up clause about a notice period. Luckily legal caught it.

AI: How do the workers themselves feel about it?

User: The younger staff are curious. The older drivers, some of them are in their fifties, they worry it will be used to monitor them more. Our trucks already have telematics, so I understand. When the prime minister, [[Lawrence Wong|PUBLIC_FIGURE]], talked about AI and jobs in his speech, a few of them asked me directly if their jobs were safe. I try to be honest: I don't know everything, but I know no chatbot is driving a prime mover to [[Tuas|CITY]] at three a.m. anytime soon. My own mother, who is [[58|AGE]], is a cleaner at a hospital, so I think about these questions personally, not only as HR.

AI: If we'd like to follow up, how can we reach you?

User: Work email is fine, [[nurul.a@kestrelfreight.com.sg|EMAIL_ADDRESS]]. Or [[Telegram|SOFTWARE]], I'm [[@nurul_hrbp|SOCIAL_HANDLE]]. My mobile I usually give like this to avoid the bots: [[9-one-7-three 8-two-0-four|OBF_PHONE|mixed_digits_words]]. Anyone in [[Singapore|COUNTRY]] will know it's eight digits.""")
T.append("""AI: Kia ora, and thanks for joining. Could you tell me about yourself and your mahi?

User: Kia ora. I'm [[Mereana Walker|PERSON]], I'm [[41|AGE]], and I'm an [[intensive care paramedic|JOB_TITLE]] with [[Hato Hone St John|ORGANIZATION]], based out of the [[Manukau|CITY]] station in South [[Auckland|CITY]]. I've been on the road since [[2011|DATE]]. Before that I was a [[vet nurse|JOB_TITLE]], believe it or not. I did my paramedic degree at [[AUT|SCHOOL]] as a mature student with two little kids, which I don't recommend.

AI: Where does AI come into your work as a paramedic?

User: On the road itself, hardly at all. You're in someone's lounge at three in the morning with a koro who's gone grey and sweaty, you're not asking a chatbot. The paperwork is where it creeps in. Our patient records are on the [[ePRF|SOFTWARE]] on the tablets, and there's been talk of trialling an AI scribe, something like [[Heidi|AI_PRODUCT]], which some of the [[GPs|GENERIC_ROLE]] use. Personally I use [[ChatGPT|AI_PRODUCT]] for study, I'm doing a postgrad paper, and I use it to turn the clinical guidelines into quiz questions so I can test myself on the drive home. Never with patient details.

AI: Can you tell me about the people you work with and how they see it?

User: My crewmate is [[Tamati Hohaia|PERSON]], everyone calls him [[Tama|PERSON]], and he's the opposite of me. He thinks it's all a fad and says the only AI he needs is the defib telling him to stand clear. Our [[clinical support officer|JOB_TITLE]], [[Hemi Parata|PERSON]], is more into it. He ran a session in [[June|GENERIC_TIME]] on using AI to draft the reflective pieces we have to write for our registration, and everyone got a bit excited until someone asked whether that counts as your own reflection. Good question, no answer yet. The [[Paramedic Council|ORGANIZATION]] hasn't said much.

AI: Is there a moment where it made a real difference, or a real mistake?

User: A mistake, yeah, luckily only in study. I asked it about a drug dose for a kid, just to check my understanding, and it gave me the adult concentration. If a new grad trusted that at two a.m. with a screaming toddler, that's a disaster. So I tell the students who ride with us: our clinical procedures and guidelines are the bible, the chatbot is a mate who's had a few drinks, sounds confident, often wrong. On the good side, it helped me write a really difficult complaint response after a family was upset about our wait time, there were no ambulances for forty minutes. It helped me find words that were honest without being defensive. Our [[manager|GENERIC_ROLE]] signed off on it almost unchanged.

AI: Does AI come up in the bigger picture, health funding, workload, that sort of thing?

User: Everyone's stretched, all over [[New Zealand|COUNTRY]]. Ambulances ramping outside [[Middlemore|ORGANIZATION]] for hours, crews missing meal breaks. When the politicians talk, [[Christopher Luxon|PUBLIC_FIGURE]] or whoever, they talk about technology and efficiency, and we just want more crews. If AI can cut the paperwork after a job by ten minutes, brilliant, that's ten minutes back on the road. But it won't fix the fact that there's no bed for the patient at the end. My son [[Nikau|PERSON]] is [[twelve|AGE]] and he asked me if robots will drive the ambulances one day. I said if they can find a house in [[Ōtara|CITY]] at night with no street numbers, good luck to them.

AI: If we'd like to follow up, what's the best way to reach you?

User: Text me, but I write my number like this online now because of the bots: [[０２１ ４８７ ３３０２|OBF_PHONE|full_width_digits]]. If it doesn't work, just type the normal numbers. Or email, [[mereana.walker.icp@gmail.com|EMAIL_ADDRESS]]. I'm on nights from [[Thursday|GENERIC_TIME]], so a reply might take a day or two.""")

T.append("""AI: Buongiorno, and thanks for joining. Could you introduce yourself and your practice?

User: Buongiorno. I'm [[Alessandro Conti|PERSON]], I'm [[48|AGE]], and I'm an [[architect|JOB_TITLE]]. I run a small practice with my partner [[Giulia Ferraris|PERSON]], [[Studio Conti Ferraris Architetti|ORGANIZATION]], here in [[Milan|CITY]], in the [[Isola|CITY]] neighbourhood. We are eight people. Mostly residential renovations, some small commercial spaces, a library in [[Bergamo|CITY]] that we finished last year. I studied at the [[Politecnico di Milano|SCHOOL]], graduated in [[2001|DATE]], and worked for some years in [[Rotterdam|CITY]] before coming back.

AI: How has AI entered an architecture studio like yours?

User: In two very different places. The first is images. For early concepts, we use [[Midjourney|AI_PRODUCT]] to explore atmospheres, light, materials, before anything is drawn. And now there are plugins like [[Veras|AI_PRODUCT]] that take a rough model from [[Rhino|SOFTWARE]] and produce a render in seconds. The second place is text: competition reports, the endless documents for the comune, the permits. There, [[ChatGPT|AI_PRODUCT]] is very useful, because Italian bureaucratic language is a special art. But the actual design and the construction drawings are still in [[Revit|SOFTWARE]] and [[AutoCAD|SOFTWARE]], done by people.

AI: Can you give an example of using it with a client?

User: Yes, and it taught me something. We had a couple, the [[Bianchi|PERSON]] family, renovating an old apartment near the [[Navigli|CITY]]. Early on, our [[junior architect|JOB_TITLE]], [[Matteo Galli|PERSON]], made some beautiful AI images to show the mood. Signora [[Bianchi|PERSON]] fell in love with one image, and it showed a window that cannot exist in that building, the facade is protected. So we spent three meetings managing expectations created by a picture we made ourselves. Now my rule is: AI images only internally, or clearly marked as "mood", never something that looks like a promise.

AI: How do the younger and older people in the studio differ in how they use it?

User: [[Matteo|PERSON]] is [[27|AGE]] and uses it like a pencil, everything, all the time, and he's fast. [[Giulia|PERSON]] is more critical, she says the images all look the same, the same golden light, the same plants on every balcony, everything looks like a bad copy of the Bosco Verticale. [[Stefano Boeri|PUBLIC_FIGURE]] should ask for royalties. And I'm in the middle. I worry that young architects will lose the habit of drawing by hand, which is how you think. [[Renzo Piano|PUBLIC_FIGURE]] still sketches everything with a green felt pen, you know. There is a reason.

AI: What about legal or professional concerns?

User: Copyright, for sure. For competition entries, some juries now ask you to declare AI-generated images. The Ordine degli Architetti did a seminar about it in [[November|GENERIC_TIME]]. Also confidentiality, because some of our clients are private people, their homes, their floor plans. We don't upload plans of real homes with addresses into public tools. Our administration, the invoices, the Partita IVA, [[07461230968|NATIONAL_ID]], that all goes through our [[accountant|GENERIC_ROLE]], no AI there.

AI: If we'd like to follow up, how can we reach you?

User: Email is best: [[a.conti@contiferraris.it|EMAIL_ADDRESS]]. Our work is on [[behance.net/alessandroconti-cfa|URL]]. And if you're ever in [[Milan|CITY]], the studio is at [[Via Pastrengo 18|ADDRESS]], come for a coffee, we have a very serious machine.""")

T.append("""AI: Thanks for making time. Could you tell me a bit about yourself and your work?

User: Yeah, of course. I'm [[Tanisha Brooks|PERSON]], I'm [[35|AGE]], and I'm a [[child welfare caseworker|JOB_TITLE]] with [[DCFS|ORGANIZATION]] here in [[Chicago|CITY]]. I work mostly on the [[South Side|CITY]], [[Englewood|CITY]] and around there, doing intact family cases, so families where the kids are still at home but there's been a report. I got my MSW from [[Loyola|SCHOOL]] in [[2014|DATE]] and I've been with the department since [[2016|DATE]].

AI: How does AI show up in your work, if at all?

User: It's complicated. Officially, the state has been really cautious. We got [[Microsoft Copilot|AI_PRODUCT]] through our work accounts in [[2024|DATE]], the version that's supposed to keep data inside, and there's guidance on what you can use it for. Case notes go in our system, [[SACWIS|SOFTWARE]], and nothing AI touches that directly. What I use it for is, like, rewriting a letter to a parent so it's at a sixth-grade reading level, or summarizing a forty-page policy update. Some people use [[ChatGPT|AI_PRODUCT]] on their phones, which you're absolutely not supposed to do with anything about a family.

AI: Can you describe a time it helped with a family?

User: Sure, without details. There's a mom, I'll call her [[Keisha|PERSON]], that's not her name, she was really overwhelmed by the service plan. Six appointments a week, different agencies, she couldn't keep track, and her English is her second language. Some folks use [[Google Translate|AI_PRODUCT]] for that, but we're supposed to use the interpreter line, which can take a while on a [[Friday|GENERIC_TIME]] afternoon. I took the plan, stripped every identifying thing, and asked [[Copilot|AI_PRODUCT]] to make it into a simple weekly calendar with plain language. She put it on her fridge. My [[supervisor|GENERIC_ROLE]], Ms. [[Delgado|PERSON]], asked me to share the template with the whole unit. Small thing, but that's what my job is, small things.

AI: Are there worries for you about AI in child welfare?

User: Big ones. There's been all this talk nationally about risk-scoring algorithms, predicting which families will abuse, and I've read about how they flag Black and poor families more. That scares me. The decision to remove a child should never come from a score. I'm also worried about people getting lazy with notes. A coworker, [[Jason|PERSON]], showed me notes he'd "cleaned up" with AI and they said things the parent never said, the tone was different. In court that's a problem. The [[judge|GENERIC_ROLE]] reads that. The [[public defender|GENERIC_ROLE]] reads that.

AI: How do you think about this in relation to the bigger picture, politics and funding?

User: The department is always in the news, always underfunded. [[JB Pritzker|PUBLIC_FIGURE]] announces things, the mayor, [[Brandon Johnson|PUBLIC_FIGURE]], announces things, and we're still carrying too many cases. If AI actually took away the duplicate paperwork, we could be in homes more. But I've been doing this long enough to know new tech usually means new forms. My grandmother raised me in [[Pilsen|CITY]], she's [[81|AGE]], and she says every new machine just means somebody has to learn a new password.

AI: If we'd like to follow up, how can we reach you?

User: Please use my personal email, not work. I write it with spaces on forums: [[t b r o o k s . m s w @ o u t l o o k . c o m|OBF_EMAIL|spaced_letters]]. Or call [[(312) 555-0187|PHONE_NUMBER]] after five. If anybody at the department needs to verify it's me, my employee ID is [[4471902|NATIONAL_ID]].""")

T.append("""AI: Hola, thanks for joining from [[Argentina|COUNTRY]]. Could you introduce yourself?

User: Hola, sí. I'm [[Federico Gallardo|PERSON]], [[Fede|PERSON]] for everybody, I'm [[37|AGE]] and I'm an [[agronomist|JOB_TITLE]], ingeniero agrónomo. I work as an independent crop advisor in the southeast of [[Córdoba|CITY]] province, around [[Marcos Juárez|CITY]]. I advise about twenty producers on soy, corn, wheat, and I also work part-time with [[Cooperativa La Unión|ORGANIZATION]], a farmers' cooperative. I studied at the [[Universidad Nacional de Córdoba|SCHOOL]], graduated in [[2011|DATE]].

AI: How does AI fit into agronomy in your region?

User: Agriculture here is quite technological already. The producers have [[Climate FieldView|SOFTWARE]] in the combines, yield maps, satellite images with NDVI from [[Auravant|SOFTWARE]]. So data we have too much, the problem is to interpret it. I use [[ChatGPT|AI_PRODUCT]] mainly to help with the reports: I send each producer a report after each visit, and before, I wrote them at night in the truck. Now I dictate in [[WhatsApp|SOFTWARE]], and then I ask the AI to organise it into diagnosis, recommendations, next steps. Also for [[Excel|SOFTWARE]] formulas for the margins, because the economics change every month here.

AI: Can you give an example of a recommendation where AI was involved?

User: Last season, with the leafhopper problem in corn, the chicharrita, everybody was desperate. I used AI to summarise the technical bulletins from [[INTA|ORGANIZATION]] and some papers in Portuguese from [[Brazil|COUNTRY]], because they had the problem before. That saved me many hours. But the decision, which hybrid, which planting date, that I made with the producers. One of them, Don [[Ernesto Pautasso|PERSON]], he's [[74|AGE]], he told me, "[[Fede|PERSON]], if the machine says to plant corn in [[October|GENERIC_TIME]], the machine can pay my losses." And he's right. His son [[Lucas|PERSON]] is more open, he asks me if we can use AI to decide the fertiliser doses variable by zone.

AI: Have you had problems with the information it gives?

User: Sometimes it mixes up agronomy from the [[United States|COUNTRY]] with ours, different climate, different products, different registrations. It recommended a herbicide that is not approved here by [[SENASA|ORGANIZATION]]. If a young advisor doesn't know, that's a legal problem and an environmental problem. Also the economics, it doesn't know the exchange rate, the export duties, all the chaos. With [[Javier Milei|PUBLIC_FIGURE]] the retenciones changed a few times, and the AI always had the old numbers.

AI: How do you see the future for advisors like you?

User: I think the companies, the big input sellers, will give free AI advice to producers to sell more product. That's a risk for independent advisors. But the producers trust a person who walks their fields, who knows that lot flooded in [[2019|DATE]]. My daughter [[Cata|PERSON]] is [[seven|AGE]] and she comes with me sometimes in summer, and she asks the phone what bug is on the leaf. Maybe her generation will trust it more. For invoicing I'm a monotributista, my CUIT is [[20-31458972-6|NATIONAL_ID]], and even that system has a chatbot now that never understands me.

AI: If we'd like to follow up, how can we contact you?

User: Write to me at [[fgallardo [arroba] agroasesor [punto] com [punto] ar|OBF_EMAIL|bracket_arroba_punto]], I write it like that on the cooperative's website. Or on [[Instagram|SOFTWARE]] I'm [[@fede.agro.mj|SOCIAL_HANDLE]], where I post pictures of crops and, sometimes, of asados.""")

T.append("""AI: Thanks for joining. Could you start by telling me about yourself and your job?

User: Sure. I'm [[Mariam Hassan El-Sayed|PERSON]], I'm [[28|AGE]], and I'm a [[data analyst|JOB_TITLE]] at [[Vodafone Egypt|ORGANIZATION]], in the customer analytics team. Our offices are in [[Smart Village|CITY]], on the desert road, and I live in [[Maadi|CITY]], so I spend a lot of my life in traffic. I studied computer engineering at [[Ain Shams University|SCHOOL]] and joined the company in [[2019|DATE]] as a graduate trainee.

AI: What kind of AI tools do you use in your daily work?

User: The main tools are [[Power BI|SOFTWARE]], [[SQL Server|SOFTWARE]] and [[Python|SOFTWARE]]. Now there's [[Copilot|AI_PRODUCT]] inside [[Power BI|SOFTWARE]], which can build a first version of a report from a description, and it's honestly not bad for simple dashboards. For code, I use [[ChatGPT|AI_PRODUCT]] a lot, to write pandas code or to explain an error message. For Arabic text, like classifying customer complaints written in Egyptian dialect, we tested [[Jais|AI_PRODUCT]], the Arabic model from the [[Emirates|COUNTRY]], and compared it to the big ones. Egyptian dialect is hard for all of them, honestly, they understand Gulf Arabic or formal Arabic better.

AI: Could you walk me through a project where AI played a part?

User: Last year we worked on churn, which customers are likely to leave. My [[team lead|GENERIC_ROLE]], Eng. [[Karim Mostafa|PERSON]], asked me to build the features and the model. I used [[ChatGPT|AI_PRODUCT]] to brainstorm features and help me write cleaner code, but all the data stayed inside, we never pasted customer data anywhere outside. We have very strict rules, the telecom regulator, [[NTRA|ORGANIZATION]], and our internal security. My colleague [[Omar|PERSON]] once pasted a sample with phone numbers into a public chatbot by mistake, and he had to go through a whole security training again. He still hears jokes about it.

AI: How do colleagues and [[managers|GENERIC_ROLE]] feel about AI in the team?

User: [[Managers|GENERIC_ROLE]] love the word "AI" in presentations. Every quarterly review has a slide with "AI-powered" on it. But the people doing the work are more careful. [[Karim|PERSON]] is good, he asks "how do you know it's right?" every time. The older analysts sometimes feel threatened, and the younger ones sometimes trust it too much. I'm somewhere in the middle. For fun, I once built a small demo predicting [[Mohamed Salah|PUBLIC_FIGURE]]'s goals for a team event, and the AI-written code had a bug that made him score negative goals. Everybody loved that.

AI: Do you think about your career differently because of AI?

User: Yes. I'm studying for a master's part-time at [[Nile University|SCHOOL]], machine learning, because I think pure dashboard work will be automated. My mother says I should become a teacher instead because "computers can't replace teachers", and I told her they are already trying. My younger sister [[Nour|PERSON]] is [[19|AGE]] and uses AI for all her homework, and I'm the strict one in the house about it, which is funny given my job.

AI: If we'd like to follow up, how can we contact you?

User: You can write to [[mariam.h.elsayed (at) gmail (dot) com|OBF_EMAIL|paren_at_dot]], and my notebooks and competitions are on [[kaggle.com/mariamhelsayed|URL]]. I'm also on [[LinkedIn|SOFTWARE]] but I'm not active there.""")
T.append("""AI: Merhaba, and thanks for joining. Could you tell me about yourself and where you work?

User: Merhaba. I'm [[Burak Şahin|PERSON]], I'm [[26|AGE]], and I'm a [[front office agent|JOB_TITLE]], basically a receptionist, at [[Galata Loft Hotel|ORGANIZATION]] in [[Beyoğlu|CITY]], [[Istanbul|CITY]]. It's a boutique hotel, forty-two rooms, very close to the Galata Tower, so we get tourists from everywhere. I studied tourism management through open education at [[Anadolu University|SCHOOL]] while working, I finished in [[2020|DATE]], and I started at this hotel in [[May 2022|DATE]].

AI: How does AI fit into reception work?

User: Much more than I expected. The biggest use is languages. We have guests from [[Germany|COUNTRY]], [[Iran|COUNTRY]], [[Korea|COUNTRY]], the Gulf, everywhere, and the messages come through [[Booking.com|ORGANIZATION]], [[Expedia|ORGANIZATION]], [[WhatsApp|SOFTWARE]], email. I speak English and some German, but for Farsi or Korean I use [[ChatGPT|AI_PRODUCT]] to translate and to write a polite answer. The reservations are in [[Opera PMS|SOFTWARE]], that has no AI, it's an old friend. And reviews: every review needs an answer, and the management wants it personal, not a copy-paste. So I write a few words and ask the AI to make it warm and professional, in the guest's language.

AI: Can you tell me about a situation where it really mattered?

User: Yes. Last winter we had a German couple, the [[Webers|PERSON]], an older couple, and Mr. [[Weber|PERSON]] had a problem with his heart medication, he forgot it at the previous hotel in [[Cappadocia|CITY]]. His English was not good and my German was not enough for medical things. I used the voice mode on my phone to translate between us, and I called the pharmacy with it. Our [[night receptionist|JOB_TITLE]], [[Zeynep|PERSON]], continued at night and we found the medicine the next morning. They left a review that mentioned both of us by name, which the [[general manager|GENERIC_ROLE]] printed and put on the wall.

AI: What do your managers and colleagues think about using it?

User: My [[front office manager|GENERIC_ROLE]], [[Selin|PERSON]] Hanım, is careful. She said we can use AI for translation and writing, but never put passport numbers, credit card details, or the guest's full name into it. In [[Turkey|COUNTRY]] the hotel must send guest identity information to the police system, so there's a lot of personal data at reception, and she's right to be strict. Even my own e-signature for the system is linked to my TC number, [[18473920516|NATIONAL_ID]], so I know how serious it is. [[Zeynep|PERSON]] is more relaxed, she uses [[Gemini|AI_PRODUCT]] for everything, even to write poems for her boyfriend.

AI: Do guests ever notice or comment on AI?

User: Sometimes. One guest from the [[United States|COUNTRY]] asked me if our replies were "written by a bot" because they were too perfect, and I was honest, I said "half me, half bot". He laughed. Another guest asked for a recommendation of where [[Orhan Pamuk|PUBLIC_FIGURE]]'s museum is, the Museum of Innocence, and he told me [[ChatGPT|AI_PRODUCT]] had sent him to the wrong street. So I think people still want a human at the desk, someone who knows the neighbourhood, which restaurants are good, which taxi drivers are cheating tourists.

AI: If we'd like to follow up with you, how can we reach you?

User: Email is good. I write it this way on public pages: [[burak.sahin (@) galataloft (.) com (.) tr|OBF_EMAIL|paren_symbols]]. You can also find me on [[Instagram|SOFTWARE]], [[@burak.frontdesk|SOCIAL_HANDLE]], I post photos of the city at sunrise after night shifts. Best days to reach me are [[Monday|GENERIC_TIME]] and [[Tuesday|GENERIC_TIME]], those are my days off.""")

T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Thank you. My name is [[Park Ji-won|PERSON]], in the Korean order, family name first. I'm [[52|AGE]], or [[53|AGE]] in Korean age, which we officially stopped using but my mother still insists on. I'm an [[associate professor|JOB_TITLE]] of business administration at [[Hanyang University|SCHOOL]] in [[Seoul|CITY]], teaching marketing and consumer behaviour. I did my PhD at the [[University of Wisconsin|SCHOOL]], finished in [[2003|DATE]], worked at [[Samsung|ORGANIZATION]] in strategy for a few years, then came to the university in [[2010|DATE]].

AI: How has AI changed your teaching?

User: Dramatically, since [[early 2023|DATE]]. At first I was a little afraid. Students submitted essays that were suddenly very fluent, with no mistakes but also no ideas. So I changed my assessments. Now I ask them to use AI openly, [[ChatGPT|AI_PRODUCT]] or [[HyperCLOVA X|AI_PRODUCT]] from [[Naver|ORGANIZATION]], whatever they like, and to submit the conversation together with their essay, and I grade how they questioned and corrected the AI. My colleague, Professor [[Kang Hye-rim|PERSON]], thought I was crazy, but now she does something similar in her course.

AI: Can you give an example from a class?

User: Last semester a student, [[Yoon-seo|PERSON]], asked the AI to analyse the marketing of a Korean cosmetics brand entering [[Vietnam|COUNTRY]]. The AI invented market share numbers, very precise, like 23.7 percent. She noticed that the number didn't exist in any source and wrote a whole section about how the AI "hallucinated" and how she verified it. That was the best part of her paper. Also an exchange student from [[Canada|COUNTRY]], [[Daniel Kim|PERSON]], used it to translate Korean articles, and he said it helped him participate in discussions for the first time.

AI: How do you use AI in your own research and administration?

User: For research, mostly for literature searches and for polishing English in papers, and I disclose that. For data, I'm careful, survey data with personal information never goes in. Administration is where it saves me the most. The university has many reports, evaluations, and I use AI to draft them. My teaching assistant, [[Jung Min-jae|PERSON]], is a PhD student, and he built a small tool for grading rubrics. Also, the [[Ministry of Education|ORGANIZATION]] is pushing AI digital textbooks in schools, and many parents are worried, my sister included, she has two children in middle school.

AI: What about the broader discussion of AI in [[Korea|COUNTRY]]?

User: It's everywhere. Chips, [[Samsung|ORGANIZATION]], [[SK Hynix|ORGANIZATION]], the newspapers every day. My students are fascinated by [[Jensen Huang|PUBLIC_FIGURE]], he's like a rock star here. When he ate fried chicken in [[Seoul|CITY]] with [[Lee Jae-yong|PUBLIC_FIGURE]], it was the top news. But my concern is more basic, whether students still learn to think slowly. My son [[Seo-jun|PERSON]] is [[17|AGE]] and preparing for the suneung, the university entrance exam, and the hagwon teachers now use AI to generate practice questions. Nobody knows yet if that is good or bad.

AI: If we'd like to follow up, how can we contact you?

User: The easiest is [[KakaoTalk|SOFTWARE]], my ID is [[jiwon_park72|SOCIAL_HANDLE]]. For email, Korean people often write it like this to avoid spam: [[jwpark 골뱅이 hanyang 점 ac 점 kr|OBF_EMAIL|korean_golbaengi]]. Golbaengi means the at sign, like a snail, and jeom means dot.""")

T.append("""AI: Hej, and thank you for joining. Could you tell me about yourself and your work?

User: Hej! I'm [[Johan Lindqvist|PERSON]], [[43|AGE]], and I'm a [[dentist|JOB_TITLE]], tandläkare, at [[Folktandvården|ORGANIZATION]], the public dental service, at a clinic on [[Södermalm|CITY]] in [[Stockholm|CITY]]. I trained at [[Karolinska Institutet|SCHOOL]], graduated in [[2007|DATE]], worked up north in [[Luleå|CITY]] for four years, and came back to [[Stockholm|CITY]] when our first child was born.

AI: How does AI come into dentistry for you?

User: The most concrete is X-rays. Our region started testing an AI tool that marks possible caries and bone loss on bitewing radiographs, [[Second Opinion|AI_PRODUCT]], from an American company. It draws coloured boxes on the image. It's useful as a second pair of eyes, especially late in the day, on a [[Friday|GENERIC_TIME]] afternoon when you've seen twenty patients. But I see it miss things, and I see it flag things that are just a shadow. So I treat it like a keen student: worth listening to, but I decide. The patient records are in [[T4|SOFTWARE]], that's the journal system, and that has no AI, it's from another century.

AI: And beyond the X-rays, in the daily work of the clinic?

User: Writing. Referrals to specialists, letters to patients, information sheets. I use [[Copilot|AI_PRODUCT]], which the region gave us, to write patient information in simple Swedish and also in Arabic and Somali, because many of our patients in [[Rinkeby|CITY]], where I worked before, didn't read Swedish well. My [[dental nurse|JOB_TITLE]], [[Sara Nyström|PERSON]], checks the Arabic with her sister, because the machine sometimes writes very formal, strange Arabic. We never put a personnummer or a name into it, of course. When I log in to the journal with my SITHS card, it's tied to my own personnummer, [[811014-3379|NATIONAL_ID]], so you feel very aware of who is responsible for what.

AI: Have there been situations where AI caused confusion with patients?

User: Yes, more and more. Patients come with answers from [[ChatGPT|AI_PRODUCT]]. A man, around [[sixty|AGE]], came in sure that he needed a specific expensive implant because the chatbot said so. After the examination, he needed a simple filling. Other patients ask it about fluoride and get strange ideas from the internet mixed in. I don't get angry, I try to explain. Our [[clinic manager|GENERIC_ROLE]], [[Anders|PERSON]], says we should make a leaflet "what the chatbot didn't tell you", which is a good idea actually.

AI: What about your colleagues, and the public debate in [[Sweden|COUNTRY]]?

User: Colleagues are split, as everywhere. The older dentists are sceptical, the younger ones are curious. In the public debate, the politicians, [[Ulf Kristersson|PUBLIC_FIGURE]] included, talk about AI in healthcare as a solution for queues, and [[Region Stockholm|ORGANIZATION]] has projects. But in dentistry our biggest problem is that adults pay a lot themselves and postpone visits. AI won't fix that. At home, my wife [[Karin|PERSON]] is a [[software tester|JOB_TITLE]] and she is the true expert, she tells me all the ways these systems fail. Our daughter [[Elsa|PERSON]] is [[nine|AGE]] and thinks it's hilarious that I ask a computer for help writing letters.

AI: If we want to follow up, how can we contact you?

User: You can mail me privately, in Swedish we say the at sign is "snabel-a", elephant's trunk, so: [[johan punkt lindqvist snabel-a gmail punkt com|OBF_EMAIL|swedish_snabel_a]]. And the clinic phone is [[08-123 614 40|PHONE_NUMBER]], but then you have to go through reception.""")

T.append("""AI: Thanks for joining. Could you tell me about yourself and what you do?

User: Sure thing. Name's [[Ramón Villarreal|PERSON]], but everybody calls me [[Ray|PERSON]]. I'm [[57|AGE]], and I'm a [[freight dispatcher|JOB_TITLE]] for [[Gulf Coast Freightways|ORGANIZATION]] out of [[Pasadena|CITY]], just east of [[Houston|CITY]]. We run about sixty trucks, mostly flatbeds and reefers, all over [[Texas|CITY]] and the Southeast. I drove myself for nineteen years before my back gave out, so I came inside in [[2012|DATE]]. My old CDL number, [[31847722|NATIONAL_ID]], I still know it by heart, that's how long I was on the road.

AI: How does AI show up in a dispatcher's day?

User: More every month. The trucks all have [[Samsara|SOFTWARE]] now, so I see where everybody is, hours of service, speed, all of it, and it's got some AI stuff built in, like the cameras that flag when a driver's on his phone or looks drowsy. The loads come in through [[McLeod|SOFTWARE]] and I look for backhauls on [[DAT|SOFTWARE]]. And I started using [[ChatGPT|AI_PRODUCT]] last year, my grandson [[Gabriel|PERSON]] set it up on my phone. I use it to write emails to brokers when I'm mad, so they come out professional instead of how I really feel. It's saved me a couple of customers, honest.

AI: How do the drivers feel about the AI cameras and tools?

User: They hate the cameras, mostly. One of my best drivers, [[Lashonda Pierce|PERSON]], twenty years no accidents, got flagged three times in a week for "distraction" because she was drinking coffee. I had to go to my [[boss|GENERIC_ROLE]] and argue it out. Then there's [[Big Mike|PERSON]], who says if a robot's gonna watch him drive, the robot can unload the truck too. I get it. There's a line between safety and babysitting. On the other hand, the drowsy alert woke up a young guy on I-10 at four a.m. and I'm pretty sure it saved his life. So I don't know. Both things are true.

AI: Has [[ChatGPT|AI_PRODUCT]] or anything similar ever given you bad information?

User: Oh, sure. I asked it once about hours-of-service rules for a specific situation, split sleeper, and it gave me an answer that sounded good but was wrong. If I'd told the driver that and he got pulled in at a weigh station, that's a violation on him and on us. So for regulations I call our safety guy, [[Terrence|PERSON]], or I check the [[FMCSA|ORGANIZATION]] site. AI's good for words, not for rules. Also it doesn't know [[Houston|CITY]] traffic, nobody does.

AI: Do you think AI will change dispatching as a job?

User: People say so. [[Elon Musk|PUBLIC_FIGURE]] says self-driving trucks are right around the corner, and they've been around the corner for ten years. There's some autonomous trucks testing between [[Dallas|CITY]] and [[Houston|CITY]], I know that. But somebody has to handle the weird stuff. A reefer breaks down with ten thousand dollars of strawberries, the receiver in [[Atlanta|CITY]] won't take the load, the driver's wife is in labor. That's my job. The computer can find the load, but it can't calm down a driver who's crying in a truck stop in [[Louisiana|CITY]]. My wife [[Dolores|PERSON]] says I'm a therapist with a headset.

AI: If we'd like to follow up, how can we reach you?

User: Call the dispatch line, it's in the public directory anyway, or my cell. I write it with dots like this on the trucker forums so the scrapers don't grab it: [[7.1.3-5.5.5-0.1.9.4|OBF_PHONE|dotted_digits]]. Don't call between six and nine in the morning, and never on a [[Monday|GENERIC_TIME]], that's when everybody's rolling and I'm on three lines at once.""")

T.append("""AI: Thanks for joining. Could you introduce yourself and the work you do?

User: Thanks for having me. I'm [[Kwesi Boateng|PERSON]], [[34|AGE]], and I'm a [[freelance journalist|JOB_TITLE]] and content writer based in [[Accra|CITY]], in [[Osu|CITY]]. I grew up in [[Kumasi|CITY]]. I studied at the [[Ghana Institute of Journalism|SCHOOL]], graduated in [[2012|DATE]], worked at a newspaper for five years, and I've been freelancing since [[2018|DATE]]. Half my work is journalism, business and tech stories for outlets like [[The Accra Ledger|ORGANIZATION]], and the other half is content for companies, blog posts, reports, that kind of thing, which pays the rent.

AI: How does AI come into that work?

User: In two very different ways, because of the two halves. For journalism, I'm strict. I use [[Otter.ai|AI_PRODUCT]] to transcribe interviews, which is a huge time saver, though it struggles with Ghanaian accents and Twi words. I check every quote against the audio. I don't let AI write my stories. For content work, it's different. Clients like [[Kudipay|ORGANIZATION]], a fintech, want ten blog posts a month about savings and mobile money. There I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Jasper|AI_PRODUCT]] for outlines and first drafts, then I rewrite heavily, add local examples, interview someone if I can. [[Grammarly|AI_PRODUCT]] runs on everything. Drafts live in [[Google Docs|SOFTWARE]].

AI: Has AI changed how editors or clients treat you?

User: Very much. My [[editor|JOB_TITLE]] at the [[Ledger|ORGANIZATION]], [[Efua Asante|PERSON]], made everyone sign a declaration last year saying we don't submit AI-generated copy. She runs some paragraphs through a detector, which I think is unreliable, and I told her so. One of my paragraphs was flagged as "98 percent AI" and I had written it myself at two in the morning, so maybe I just write like a machine when I'm tired. On the content side, some clients cut my rates because "AI can do it now". One marketing lady, [[Abena|PERSON]], literally said that on a call. I lost that client. Others value that I know the market, the people, the context, and they pay more for that.

AI: Are there ethical or political aspects that concern you?

User: Elections, definitely. During the [[2024|DATE]] elections here we saw AI-generated audio going around on [[WhatsApp|SOFTWARE]], fake clips of politicians, including one supposedly of [[John Mahama|PUBLIC_FIGURE]] saying things he never said. I did a fact-check piece on it. Most people couldn't tell, my own uncle forwarded it to me. Also, the big AI companies train on African content but the tools don't serve African languages well. My friend [[Yaw Darko|PERSON]] works on a Twi language dataset project at [[KNUST|SCHOOL]], and they struggle for funding while everyone talks about "AI for [[Africa|CONTINENT]]".

AI: If we'd like to follow up, how can we reach you?

User: My newsletter is at [[kwesiboateng.substack.com|URL]], and on [[X|SOFTWARE]] I'm [[@kwesi_writes|SOCIAL_HANDLE]]. My email I write backwards on my website as a little test for bots, so if you're human you'll manage: [[moc.liamg@gnetaob.isewk|OBF_EMAIL|reversed_string]]. And you can call, [[+233 24 418 7702|PHONE_NUMBER]]. For official commissions, clients sometimes need my Ghana Card number for payment, [[GHA-723948105-3|NATIONAL_ID]], but I only send that once we have a contract.""")
write_set(T, "set_av")
