# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----

T.append("""AI: Thanks for joining today. To start, could you tell me a bit about yourself and your role?

User: Of course. I'm [[Bronwen Hale|PERSON]], I'm [[44|AGE]], and I work as a [[charge nurse|JOB_TITLE]] on an acute medical ward at [[St James's University Hospital|ORGANIZATION]] in [[Leeds|CITY]]. I trained at the [[University of Huddersfield|SCHOOL]] and qualified in [[2004|DATE]], so I've seen a lot of systems come and go.

AI: That's a long time on the wards, [[Bronwen|PERSON]]. Where does AI actually show up in your day?

User: Less than people think, honestly. The trust started piloting an ambient scribe called [[Tandem Notes|AI_PRODUCT]] last [[autumn|GENERIC_TIME]], and it drafts the nursing handover from what we say at the bedside. Everything still ends up in [[Nervecentre|SOFTWARE]] though. Our matron, [[Will Achterberg|PERSON]], pushed hard for the pilot. [[Will|PERSON]] is lovely but he will sign up for anything that comes with free training cake.

AI: How has the scribe worked out on your ward?

User: Mixed. It's brilliant on a quiet [[Tuesday|GENERIC_TIME]] and hopeless on a busy night shift when three call bells are going. One of my staff nurses, [[Grace Mensah|PERSON]], caught it writing "patient mobilising independently" for a lady who'd had a fall that morning. [[Grace|PERSON]]'s catch went into the incident log on [[14 November 2023|DATE]] and it became the example everyone quotes in training now. So we treat it as a first draft, never the record. By God's grace nobody was hurt.

AI: Do you use any general-purpose tools like [[ChatGPT|AI_PRODUCT]]?

User: At home, yes, [[ChatGPT|AI_PRODUCT]] for rewording my appraisal objectives. At work we're not allowed to put anything patient-identifiable in it, which is right. I did use [[Copilot|AI_PRODUCT]] inside [[Outlook|SOFTWARE]] to summarise a thirty-email thread about the rota, which saved me maybe twenty minutes. [[My manager|GENERIC_ROLE]] asked me to write up a one-pager on it for the [[directorate lead|GENERIC_ROLE]].

AI: What worries you most about where this is heading?

User: Deskilling. My daughter [[Ffion|PERSON]] is [[nineteen|AGE]] and just started her nursing degree at [[Leeds Beckett|SCHOOL]], and I worry her cohort will learn to trust the summary rather than the patient in front of them. I said as much on a panel with the [[chief nursing officer|GENERIC_ROLE]] for [[England|COUNTRY]], and people nodded, but nodding isn't policy.

AI: If people from the research team want to follow up, how should they reach you?

User: My [[NHS|ORGANIZATION]] email is fine, [[bronwen.hale2@nhs.net|EMAIL_ADDRESS]], or the ward phone on [[0113 206 4471|PHONE_NUMBER]] if it's urgent, ask for me or for [[Grace|PERSON]]. I'm off most of [[August|GENERIC_TIME]] though, we go to [[Portugal|COUNTRY]] every year.""")

T.append("""AI: Good afternoon, and thank you for making time. Please tell me about your work.

User: Good afternoon. My name is [[Adebayo Ogunleye|PERSON]], I am [[38|AGE]] years, I teach mathematics and further maths at [[Bright Future Model College|SCHOOL]] in [[Bodija|CITY]], [[Ibadan|CITY]]. I am the [[Head of Mathematics Department|JOB_TITLE]] since [[2019|DATE]]. Before that I was at [[Government College Ibadan|SCHOOL]] for six years.

AI: Thank you, Mr [[Adebayo|PERSON]]. How do you use AI tools in your teaching?

User: Mostly for preparing the lesson note and the questions. I use [[ChatGPT|AI_PRODUCT]] free version and sometimes [[Gemini|AI_PRODUCT]] on my phone because data is cheaper for me on [[MTN|ORGANIZATION]]. I ask it to generate WAEC-style questions, then I check it myself because it make mistake in simultaneous equations, sometime the answer is not correct at all. Also [[our proprietor|GENERIC_ROLE]], Chief Mrs [[Folake Adeyemi-Ojo|PERSON]], she want us to use [[Google Classroom|SOFTWARE]] for all the SS2 and SS3 students.

AI: How do the students respond?

User: They are ahead of us! One boy in SS3, [[Tobiloba|PERSON]], he is only [[sixteen|AGE]], he submit an assignment that is too perfect, with words like "furthermore" and "in conclusion". I call him and ask him to explain step by step and he could not. So now I give oral defence for assignments. My colleague [[mr. okafor|PERSON]] who teach physics, he is doing the same thing.

AI: Has the school given any guidance on AI?

User: Not yet formally. We had a workshop on [[Saturday 9 March 2024|DATE]] organised by [[Oyo State Teaching Service Commission|ORGANIZATION]] and the facilitator show us [[Khanmigo|AI_PRODUCT]] but it is not available in [[Nigeria|COUNTRY]] easily. I wrote a small guidance document myself and gave it to [[the principal|GENERIC_ROLE]].

AI: Would you be willing to share that document with us?

User: Yes no problem. Send me message on [[WhatsApp|SOFTWARE]] [[0803 five two one 4 4 9 0|OBF_PHONE|mixed_words_digits]] or email [[adebayo.ogunleye at yahoo dot com|OBF_EMAIL|spelled_at_dot]]. I am also on X as [[@MathsWithBayo|SOCIAL_HANDLE]], I post past questions there every [[Sunday|GENERIC_TIME]] evening.

AI: That's very generous. Is there anything else you'd like to add?

User: Only that the government should train teachers, not only buy tablets. In [[Africa|CONTINENT]] we can use this technology well if the teacher is carried along. Thank you for the opportunity.""")

T.append("""AI: hi, thanks for hopping on. can you start by telling me what you do?

User: hey yeah sure. im [[rohit|PERSON]], [[rohit venkataraman|PERSON]] full name, [[senior backend engineer|JOB_TITLE]] at [[Zeptolabs|ORGANIZATION]], its a fintech startup in [[koramangala|CITY]], [[bangalore|CITY]]. been there since [[jan 2021|DATE]]. before that [[Infosys|ORGANIZATION]] in [[mysore|CITY]] for like 3 yrs straight out of [[PES University|SCHOOL]]

AI: Thanks [[Rohit|PERSON]]. What does AI look like in your day-to-day engineering work?

User: honestly its everywhere now. [[github copilot|AI_PRODUCT]] in [[vscode|SOFTWARE]] all day, [[cursor|AI_PRODUCT]] for bigger refactors, and i paste stack traces into [[claude|AI_PRODUCT]] when im stuck. our payments service is in go and [[copilot|AI_PRODUCT]] is weirdly good at writing table driven tests. my lead [[Sunny Arora|PERSON]], he was v skeptical at first but now he uses it more than me lol. its a sunny day in [[blr|CITY]] today btw so im in a good mood

AI: Has it changed how your team reviews code?

User: ya a lot. PRs got bigger so reviews got harder. we had an incident on [[15 aug 2023|DATE]], independence day, a generated migration dropped an index and latency went crazy on [[UPI|SOFTWARE]] callbacks. after that [[Sunny|PERSON]] made a rule that any AI generated SQL needs two approvals. [[the CTO|GENERIC_ROLE]] backed it

AI: Do you use it for anything outside coding?

User: writing design docs in [[Confluence|SOFTWARE]], and [[jira|SOFTWARE]] tickets. also my wife [[deepa|PERSON]] is a doctor and she laughs that i talk to [[claude|AI_PRODUCT]] more than to her. i read [[Andrej Karpathy|PUBLIC_FIGURE]]'s stuff a lot, and i think his point about "vibe coding" is kinda true for junior folks

AI: What concerns do you have?

User: juniors not learning debugging. we hired two freshers from [[VIT Vellore|SCHOOL]] last batch and they're smart but if [[copilot|AI_PRODUCT]] is wrong they dont know where to start. also IP stuff, our legal team in [[Singapore|COUNTRY]] keeps sending memos

AI: if we want to reference any of your public work, where can we find it?

User: github is [[github.com/rohitv-dev|URL]], and i blog sometimes at [[rohitv.dev|URL]]. twitter [[@rohit_v_codes|SOCIAL_HANDLE]] but i barely post""")

T.append("""AI: Olá! Thanks for joining. Could you introduce yourself and your job?

User: Hi, yes. I am [[Larissa Bezerra Monteiro|PERSON]], [[31|AGE]] years old, I work as [[performance marketing coordinator|JOB_TITLE]] in [[Agência Maré Alta|ORGANIZATION]], a small agency in [[Pinheiros|CITY]], [[São Paulo|CITY]]. We are 14 people. Our biggest client is a cosmetic brand, [[Natura|ORGANIZATION]], but only one product line.

AI: Thanks, [[Larissa|PERSON]]. How do you use AI in your marketing work?

User: Every day, for many things. For copy I use [[ChatGPT|AI_PRODUCT]] and [[Jasper|AI_PRODUCT]], but [[Jasper|AI_PRODUCT]] we cancel in [[December|GENERIC_TIME]] because is expensive in dollar. For images, [[Midjourney|AI_PRODUCT]] for moodboards and [[Adobe Firefly|AI_PRODUCT]] for final because of the license. For reports I export from [[Meta Ads Manager|SOFTWARE]] to [[Looker Studio|SOFTWARE]] and ask the AI to write the insight paragraph.

AI: Do clients know that you use these tools?

User: Some yes, some no. [[My director|GENERIC_ROLE]], [[Thiago|PERSON]], he prefer not to say too much. Once we had a problem: the AI write a caption mentioning [[Anitta|PUBLIC_FIGURE]] like she was endorsing the product, which is not true, and it almost go live. [[Joana Ferraz|PERSON]], my colleague from the social team, she saw it at 11pm. Since that day, on [[22 de maio de 2023|DATE]], we have a checklist.

AI: That sounds like a close call. What does the checklist include?

User: Names of famous people, prices, claims about health, and the Portuguese accent marks, because sometimes the AI write like [[Portugal|COUNTRY]] Portuguese and not [[Brazil|COUNTRY]]. [[Joana|PERSON]] made it in [[Notion|SOFTWARE]] and everybody must tick.

AI: How do you feel about the future of your role?

User: A bit worried and a bit excited. My mother asked me if I will lose my job, she is [[62|AGE]] and she read about it in the news. I think the junior positions will change. I did my MBA at [[FGV|SCHOOL]] in [[2022|DATE]] and even there the professors did not agree with each other.

AI: If we have follow-up questions, how can we contact you?

User: You can write me: [[larissa ponto monteiro arroba maremkt ponto com ponto br|OBF_EMAIL|foreign_words_at_dot]]. Or my [[LinkedIn|SOFTWARE]], [[linkedin.com/in/larissabmonteiro|URL]].""")

T.append("""AI: Hello and welcome. Can you tell me a little about yourself and your work?

User: Hi there. I'm [[Nomvula Dlamini|PERSON]], I'm a [[chartered accountant|JOB_TITLE]], and I'm an [[audit manager|JOB_TITLE]] at [[Khumalo & Pillay Inc.|ORGANIZATION]] in [[Umhlanga|CITY]], just north of [[Durban|CITY]]. I'm [[thirty-six|AGE]]. I did my articles at [[Deloitte|ORGANIZATION]] and studied at [[UKZN|SCHOOL]].

AI: Thanks, [[Nomvula|PERSON]]. How does AI feature in your audit work?

User: We're a mid-tier firm, so we're careful. We use [[CaseWare|SOFTWARE]] for working papers and we've started testing [[MindBridge|AI_PRODUCT]] for journal entry analysis, which flags unusual postings. For drafting, some of the team use [[Copilot|AI_PRODUCT]] in [[Word|SOFTWARE]], but client data never goes into public [[ChatGPT|AI_PRODUCT]]. Our [[IT manager|JOB_TITLE]], [[Rajen Naidoo|PERSON]], blocked it on the network after an incident.

AI: What happened?

User: A first-year trainee pasted a client's payroll schedule in to "tidy it up". It had staff names and ID numbers on it. I remember because one of them was an ID like [[8507120345082|NATIONAL_ID]], and it was sitting in a chat history somewhere. [[Rajen|PERSON]]'s team had to report it to our information officer. That was [[February 2024|DATE]], right before year-end crunch.

AI: How did the firm respond beyond blocking it?

User: We wrote a policy, and the partners did a training. [[The managing partner|GENERIC_ROLE]], [[Sipho Khumalo|PERSON]], he's one of the founders, he said he'd rather we be slow than be in the news. Fair enough. I still use AI for things like summarising IFRS updates and writing the management letter first draft.

AI: Do you see it changing the profession?

User: Definitely. Sampling will change. If the tool can look at a hundred percent of transactions, why sample? But [[SAICA|ORGANIZATION]] hasn't caught up. My husband [[Lwazi|PERSON]] is an [[actuary|JOB_TITLE]] and he's way more excited than me.

AI: How should we reach you if we need to clarify anything?

User: Email me at [[nomvula.dlamini@khumalopillay.co.za|EMAIL_ADDRESS]] or call [[+27 31 566 0192|PHONE_NUMBER]]. Mornings are best, I'm in the office from [[Monday|GENERIC_TIME]] to [[Thursday|GENERIC_TIME]].""")

T.append("""AI: Thank you for participating. Could you describe your role?

User: Sure. I'm [[Marcus T. Feldman|PERSON]], [[senior associate|JOB_TITLE]] in the employment litigation group at [[Hargrove Lindqvist LLP|ORGANIZATION]] in [[Chicago|CITY]]. I'm [[34|AGE]], went to law school at [[Northwestern|SCHOOL]], graduated [[2016|DATE]].

AI: Thanks, [[Marcus|PERSON]]. How do you and your firm use AI?

User: The firm licensed [[Harvey|AI_PRODUCT]] about a year ago, and we use [[CoCounsel|AI_PRODUCT]] through [[Westlaw|SOFTWARE]] for research. [[Harvey|AI_PRODUCT]] is good at first-pass document review summaries. Everything gets verified, though. After those sanctions cases, everyone's terrified of citing a case that doesn't exist. [[The partner|GENERIC_ROLE]] I work for most, [[Ellen Bjornstad|PERSON]], makes us pull every cite ourselves.

AI: Can you give an example of where it helped?

User: We had a wage-and-hour class action with about forty thousand pages of emails. [[Harvey|AI_PRODUCT]] helped us build a chronology in a couple of days. One funny thing: the plaintiff's name was [[Frank Delacroix|PERSON]], and the tool kept treating "frank" in emails, like "to be frank", as references to him. [[Frank|PERSON]]'s counsel would have loved that.

AI: Has AI ever created a risk with client data?

User: Once, sort of. A [[paralegal|JOB_TITLE]], [[Keisha|PERSON]], was using a personal [[ChatGPT|AI_PRODUCT]] account to reformat an intake form, and the form had a social security number on it, [[412-67-9083|NATIONAL_ID]]. She caught it herself and deleted the chat, and we reported it internally. [[Keisha|PERSON]]'s fine, she's actually the one who now runs our AI training. [[ChatGPT|AI_PRODUCT]] on personal accounts is banned now.

AI: How do you think about billing when AI speeds things up?

User: That's the big fight. Clients like [[Walgreens|ORGANIZATION]]... well, I shouldn't say which clients, but the big corporate clients are asking for discounts. [[The general counsel|GENERIC_ROLE]] at one told us flat out she won't pay associate rates for machine output. I think fixed fees are coming.

AI: Anything you'd like to add?

User: Just that [[Sam Altman|PUBLIC_FIGURE]] saying lawyers will be replaced is not helpful. We're not going anywhere, we're just changing. If you want to follow up, [[mfeldman@hargrovelindqvist.com|EMAIL_ADDRESS]] works.""")
T.append("""AI: Hi, thanks for joining. Can you tell me about your job?

User: hello po! im [[Maricel Dumaguete|PERSON]] but everyone calls me [[Cel|PERSON]]. im [[27|AGE]], [[team leader|JOB_TITLE]] for a telco account at [[Stellarsource BPO|ORGANIZATION]] in [[IT Park|CITY]], [[Cebu City|CITY]]. night shift kasi [[US|COUNTRY]] clients. i started as agent in [[2018|DATE]] after i graduated from [[University of San Carlos|SCHOOL]]

AI: Thanks, [[Cel|PERSON]]. How is AI used on the floor?

User: a lot now!! we have an "agent assist" in [[Zendesk|SOFTWARE]] that suggests replies, i think its powered by [[GPT-4|AI_PRODUCT]] but the vendor dont tell us. also there's a QA bot that scores 100% of calls, before it was only 5 calls per agent per week scored by humans. my agents are scared of the bot haha. one of them, [[Jhun-Jhun Abellera|PERSON]], got flagged for "negative sentiment" because the customer was the one shouting lol

AI: How did you handle that?

User: i disputed it with our [[QA lead|JOB_TITLE]] ma'am [[Rowena|PERSON]]. she agreed the bot was wrong and [[Jhun-Jhun|PERSON]] score was fixed. but it take like 2 weeks. the [[ops manager|JOB_TITLE]] sir [[Paolo Quimpo|PERSON]] said we should trust the bot more than before, i dont agree tbh

AI: Do you use AI tools yourself outside the company system?

User: yes [[ChatGPT|AI_PRODUCT]] for my coaching notes and for english grammar when i write escalation emails to the client in [[Dallas|CITY]]. also [[Grammarly|AI_PRODUCT]]. but i never put customer account number there, thats a big no. our trainer [[Joy|PERSON]] always says "if in doubt, leave it out". [[Joy|PERSON]] is the best trainer, she brings pandesal every [[Friday|GENERIC_TIME]] which is pure joy for us haha

AI: That sounds like a good rule. How do you feel about the future of your job?

User: honestly worried a bit. they said in [[2025|DATE]] maybe some chat queues will be full AI already. my papa is [[58|AGE]] and he keep asking if im gonna lose my job. i told him team leaders will still be needed to handle the bot. i hope so. i want to save for my masters sa [[Ateneo|SCHOOL]]

AI: If we need to follow up, how can we reach you?

User: u can text me [[0917 - 884 - 2305|OBF_PHONE|dashes_spaces]] or my email is [[cel.dumaguete(at)gmail(dot)com|OBF_EMAIL|paren_at_dot]]. fb is [[facebook.com/maricel.dumaguete.7|URL]] but mostly memes there hahaha""")

T.append("""AI: Thanks for chatting today. What do you do?

User: G'day. I'm [[Amber Kowalczyk|PERSON]], I'm the [[social media manager|JOB_TITLE]] at [[Hops & Harbour Brewing Co.|ORGANIZATION]] down in [[Collingwood|CITY]] in [[Melbourne|CITY]]. Been there just over two years. I'm [[29|AGE]], studied comms at [[RMIT|SCHOOL]].

AI: Thanks, [[Amber|PERSON]]. How do you use AI in your social work?

User: Heaps. Captions first drafts in [[ChatGPT|AI_PRODUCT]], scheduling in [[Later|SOFTWARE]], and I use [[CapCut|SOFTWARE]]'s auto-captions for Reels. For our beer label mockups our [[designer|JOB_TITLE]] [[Tae-yang Shin|PERSON]] uses [[Midjourney|AI_PRODUCT]] and then redraws everything properly. The amber ale launch was the first time we used AI for the teaser video, which was a bit of a risk.

AI: How did it go?

User: Engagement was up, but a couple of regulars called it soulless in the comments. [[The owner|GENERIC_ROLE]], [[Declan Moore|PERSON]], told me to reply to every single one personally. [[Declan|PERSON]]'s very old-school like that. The handle for the brewery is [[@hopsandharbour|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], and my own is [[@amberkoz.creates|SOCIAL_HANDLE]] where I post my freelance stuff.

AI: Are there any guidelines about AI-generated content at the brewery?

User: Only what I wrote. Basically: no AI faces, no fake customers, and nothing about alcohol and health. The Victorian liquor rules are strict, and [[Australia|COUNTRY]] in general is tough on alcohol ads. We got a complaint once in [[March 2023|DATE]] about a post that showed a bloke who looked under 25. It wasn't even AI, it was a real photo of my brother [[Kuba|PERSON]], who's [[31|AGE]]!

AI: That's quite a story. How do you think your role will change?

User: More strategy, less typing. I saw [[Gary Vaynerchuk|PUBLIC_FIGURE]] saying every brand needs a hundred posts a day now, which is nuts for a team of one. I'd rather do fewer, better posts. [[My boss|GENERIC_ROLE]] agrees mostly.

AI: If we want to contact you later, what's the best way?

User: Email [[amber@hopsandharbour.com.au|EMAIL_ADDRESS]] or my mobile [[0412 557 903|PHONE_NUMBER]]. Not on [[weekends|GENERIC_TIME]] though, that's when the taproom's busiest and I'm filming.""")

T.append("""AI: Welcome, and thanks for your time. Please introduce yourself.

User: Thank you. I am Eng. [[Wanjiru Kamau|PERSON]], a [[civil engineer|JOB_TITLE]] with [[Mwangaza Consulting Engineers|ORGANIZATION]]. Our office is at [[14 Ngong Road|ADDRESS]], [[Kilimani|CITY]], [[Nairobi|CITY]]. I am [[33|AGE]]. I studied at [[JKUAT|SCHOOL]] and did my masters at [[University of Nairobi|SCHOOL]].

AI: Thanks, [[Wanjiru|PERSON]]. How do you use AI in civil engineering?

User: Mostly in the design office. We do roads and drainage for county governments. I use [[ChatGPT|AI_PRODUCT]] to draft method statements and to check my understanding of the Eurocodes, though I verify everything. We run [[Civil 3D|SOFTWARE]] and [[AutoCAD|SOFTWARE]], and recently [[Autodesk Forma|SOFTWARE]] has some AI features for site analysis. For site photos, our junior, [[Brian Otieno|PERSON]], tried an app that detects cracks in concrete from photos.

AI: How did that work out?

User: It was okay for obvious cracks, but it flagged shadows as cracks also. [[Brian|PERSON]]'s report had like 300 "defects" on one culvert in [[Machakos|CITY]]. [[Our director|GENERIC_ROLE]], Eng. [[Peter Mwangi|PERSON]], he laughed but he also said we should keep testing. That was around [[June 2023|DATE]].

AI: Are there concerns about responsibility when AI is involved?

User: Yes, very much. The engineer signs, not the software. If a bridge fails, [[EBK|ORGANIZATION]] will not ask [[ChatGPT|AI_PRODUCT]]. I tell the graduates this every week. Also, the AI tools are trained mostly on European and American standards; here in [[Kenya|COUNTRY]] we have our own road design manuals, and in [[Africa|CONTINENT]] generally the soils are different.

AI: Do you use it for anything outside technical work?

User: Proposals. We bid for a lot of tenders, and AI helps me write the technical approach faster. My husband [[Kipchoge|PERSON]] — not the runner, ha — he is a [[quantity surveyor|JOB_TITLE]] and he uses it for BOQs.

AI: If we need to reach you, what's best?

User: Email [[w.kamau@mwangaza-eng.co.ke|EMAIL_ADDRESS]] or [[WhatsApp|SOFTWARE]] [[+254 722 318 604|PHONE_NUMBER]].""")

T.append("""AI: Thanks for joining. Could you describe your work?

User: Certainly. My name is [[Mark Oduya-Fraser|PERSON]], and I'm a [[reference and instruction librarian|JOB_TITLE]] at the [[Halifax Central Library|ORGANIZATION]] in [[Halifax|CITY]], [[Nova Scotia|CITY]]. I've been with the library since [[2011|DATE]]. I'm [[fifty-two|AGE]], and I did my MLIS at [[Dalhousie University|SCHOOL]].

AI: Thanks, [[Mark|PERSON]]. How does AI come up in your work?

User: In two ways. First, patrons ask about it constantly. People come in wanting help with [[ChatGPT|AI_PRODUCT]] for résumés, or they bring printouts of citations that [[Perplexity|AI_PRODUCT]] gave them and ask us to find the books. About a third of those books don't exist. I keep a little tally on a sticky note. Second, we use it internally: our catalogue runs on [[Polaris|SOFTWARE]], and we've been trialling a tool that suggests subject headings.

AI: How do patrons react when the sources don't exist?

User: Embarrassed, usually. One gentleman, Mr. [[Lafleur|PERSON]]... actually I'll just call him a regular patron. He was writing a family history and an AI had invented an entire ship manifest. I had to mark my words carefully. We ran a workshop after that with my colleague [[Hope Tremblay|PERSON]] called "Trust but Verify". [[Hope|PERSON]]'s slides are honestly better than mine.

AI: Does the library have an AI policy?

User: We drafted one in [[April 2024|DATE]]. [[The CEO|GENERIC_ROLE]] of the library system signed off on it. It says staff can use AI for drafting and translation, but not for anything involving patron records. We're very careful about privacy in [[Canada|COUNTRY]]; libraries have a long tradition of that.

AI: What do you personally find useful?

User: Translation, honestly. We have lots of newcomers from [[Syria|COUNTRY]] and [[Ukraine|COUNTRY]], and [[DeepL|AI_PRODUCT]] helps me make signage and handouts quickly. A volunteer, [[Yusuf Haddad|PERSON]], checks the Arabic for me every [[Wednesday|GENERIC_TIME]].

AI: If we need to follow up, where can we reach you?

User: My work email is [[mark.oduya-fraser@halifaxlibraries.ca|EMAIL_ADDRESS]]. I also have a small blog on information literacy at [[markreadsthefineprint.ca|URL]].""")

T.append("""AI: Kia ora, thanks for taking part. Tell me about yourself.

User: Kia ora! I'm [[Rose Te Aho|PERSON]], I own a little cafe and bakery called [[Flat White Fox|ORGANIZATION]] at [[212 Cuba Street|ADDRESS]], [[Te Aro|CITY]], [[Wellington|CITY]]. I'm [[41|AGE]]. Opened it in [[November 2017|DATE]] after ten years cheffing, mostly at [[Logan Brown|ORGANIZATION]] and a couple of years in [[Sydney|CITY]]. I trained at [[WelTec|SCHOOL]] back in the day.

AI: Thanks, [[Rose|PERSON]]. How does AI fit into running a cafe?

User: More than I expected! I use [[ChatGPT|AI_PRODUCT]] for writing the specials board, and I do the [[Instagram|SOFTWARE]] graphics in [[Canva|SOFTWARE]]. Our barista [[Mei Lin Zhou|PERSON]] does the captions now, she's better at it than me. I use [[Xero|SOFTWARE]] for accounts and it has some auto-categorising that's a bit AI-ish. And our POS is [[Square|SOFTWARE]], which gives sales forecasts so I know how many croissants to bake on a [[Saturday|GENERIC_TIME]]. My head baker [[Jack Fonoti|PERSON]] was suspicious but now he checks the forecast before he does the lamination.

AI: Has it made a real difference to waste?

User: Yeah, honestly. We were chucking out maybe twenty croissants on a wet day. Now it's more like five, because the forecast knows rain in [[winter|GENERIC_TIME]] kills foot traffic on our street. That's real money for a place our size. [[Jack|PERSON]]'s still better at guessing [[long weekends|GENERIC_TIME]] though.

AI: Anything that hasn't worked?

User: I tried an AI phone answering thing for bookings. It told a customer we had gluten-free scones when we didn't, and she had coeliac disease. Nobody got sick, thank god, but I turned it off straight away. My partner [[Sione|PERSON]], he's a [[builder|JOB_TITLE]], said "told you so", which he loves doing.

AI: How do you feel about AI in hospitality more broadly?

User: It's a tool. The warm bit, the rose on top of the latte, the chat with regulars, that's the business. I watched [[Nigella Lawson|PUBLIC_FIGURE]] talk about it on telly and she said something similar. In [[New Zealand|COUNTRY]] people want a human at the counter.

AI: How can we reach you if we have more questions?

User: The cafe site is [[flatwhitefox.co.nz|URL]], or call the cafe on [[04 385 2291|PHONE_NUMBER]]. My direct email is [[rose@flatwhitefox.co.nz|EMAIL_ADDRESS]].""")

T.append("""AI: Hello, thank you for joining. Can you describe your job?

User: Hallo. Yes, I am [[Youssef El Amrani|PERSON]], I am [[35|AGE]], I am [[courier driver|JOB_TITLE]] for [[PostNL|ORGANIZATION]] but as self-employed, ZZP we say. I drive in [[Rotterdam-Zuid|CITY]], mostly [[Feijenoord|CITY]] and [[Charlois|CITY]]. I am doing this since [[2020|DATE]], in the corona time. Originally I come from [[Tangier|CITY]] in [[Morocco|COUNTRY]].

AI: Thanks, [[Youssef|PERSON]]. How does AI or automation affect your day?

User: The route. Every morning the app makes my route, it is like [[Google Maps|SOFTWARE]] but stronger, it is AI they say, it decides the order of the stops. Sometimes is very good, sometimes is crazy, it send me two times to the same street. Also the app estimate the time for every stop, and if I am slower, the planner see it. I don't like that, it feel like a boss in my pocket.

AI: Do you use any AI tools yourself?

User: Yes, [[ChatGPT|AI_PRODUCT]] for my taxes, for understanding letters from the [[Belastingdienst|ORGANIZATION]] because my Dutch is okay but official Dutch is difficult. Also [[Google Translate|AI_PRODUCT]]. One time I put the whole letter in [[ChatGPT|AI_PRODUCT]], with my BSN number [[204518733|NATIONAL_ID]] inside, and after I think, oh no, maybe not smart. My friend [[Mehmet Yıldız|PERSON]], he is [[accountant|JOB_TITLE]], he say me never do that again.

AI: That's a good lesson. Are there moments when the AI routing creates problems with customers?

User: Yes. For example a customer at [[Putselaan 118B|ADDRESS]], old lady, she need more time to come to the door. The app does not know this. I know this. So I go first to her even if the app say otherwise. The planner, [[Sanne|PERSON]], she understand, she is nice. But the system count it as a "deviation".

AI: What would you want the companies building these tools to know?

User: That the driver is a person. I have a daughter, [[Noor|PERSON]], she is [[six|AGE]], and my wife [[Samira|PERSON]] works nights in the [[Erasmus MC|ORGANIZATION]], and I want to be home for dinner. If the algorithm give me 180 stops on [[Black Friday|GENERIC_TIME]] week, I cannot. In the [[Netherlands|COUNTRY]] there is a discussion now about platform workers, I hope it help.

AI: If we have follow-up questions, how can we reach you?

User: You can mail to [[youssef punt elamrani apenstaartje outlook punt com|OBF_EMAIL|foreign_words_at_dot]]. Phone I prefer not.""")
T.append("""AI: Hey, thanks for doing this. What's your line of work?

User: hey no problem. so im [[Dale Riggins|PERSON]], [[senior field adjuster|JOB_TITLE]] with [[Prairieland Mutual Insurance|ORGANIZATION]], i cover [[Tulsa|CITY]] and most of northeast [[Oklahoma|CITY]]. mostly property, hail and wind claims. been adjusting since [[2009|DATE]], im [[46|AGE]] now so thats a while lol

AI: Thanks, [[Dale|PERSON]]. Where does AI come into your claims work?

User: ok so the big one is the photo estimating. we take pics of a roof with the drone and the software, its called [[Hover|SOFTWARE]], builds the measurements, and then theres an AI in [[Xactimate|SOFTWARE]] that suggests line items. its pretty dang good on shingles, not so good on metal roofs. after the storm on [[may 2 2024|DATE]] we had like 900 claims in a week and there was no way we do that without it

AI: Were there problems with the AI estimates during that surge?

User: yeah couple. one homeowner, mrs. [[patterson|PERSON]] out in [[Broken Arrow|CITY]], the AI said her roof was like 20 squares and it was actually 34, it missed a whole back section cause of a tree. she was pretty hot about it and rightly so. i went back out myself. my [[supervisor|GENERIC_ROLE]] [[Bill Nakamura|PERSON]] signed off on the supplement same day, [[Bill|PERSON]]'s good about that. theres a bill of lading joke in there somewhere but whatever

AI: How do you feel about being evaluated alongside the AI?

User: thats the part i dont love. corporate tracks "cycle time" and compares us to the desk adjusters who just use the AI estimate. but somebody has to climb the ladder. my buddy [[Ray Gutierrez|PERSON]] at another carrier said they cut half their field staff in [[2023|DATE]]. that scares me a little, i got two kids, my oldest [[Kaylee|PERSON]] is [[fifteen|AGE]] and starting to look at colleges

AI: Do you use general chatbots at all?

User: [[chatgpt|AI_PRODUCT]] sometimes to write the denial letters nicer, but never with the policy number or the insureds name in it. compliance would kill me. i also use it to explain policy language to folks, like what "actual cash value" means, in plain english and honestly the tech is great when the weather is normal, but oklahoma weather aint normal. and [[Elon Musk|PUBLIC_FIGURE]] talking about robots doing everything, he should come climb a 12/12 pitch roof in [[July|GENERIC_TIME]].

AI: If we need to follow up, how should we reach you?

User: work cell is [[918.555.0147|PHONE_NUMBER]], or email [[d.riggins@prairielandmutual.com|EMAIL_ADDRESS]]""")

T.append("""AI: Hello, and thank you for participating. Could you tell me about your role?

User: Hello. I'm [[Katharina Brenner|PERSON]], [[Senior UX Researcher|JOB_TITLE]] at [[Zalando|ORGANIZATION]] in [[Berlin|CITY]], in the checkout and payments area. I'm [[37|AGE]]. I have a background in psychology from [[LMU München|SCHOOL]], and I moved into UX in [[2015|DATE]].

AI: Thanks, [[Katharina|PERSON]]. How do you use AI in your research practice?

User: Carefully. The biggest use is synthesis. We record interviews in [[Dovetail|SOFTWARE]], which now has AI summaries and auto-tagging. It's a good starting point, but it flattens nuance. For example, a participant said a checkout flow was "not bad", and in German "nicht schlecht" can actually be quite positive, and the tool tagged it as a negative. My colleague [[Emre Aksoy|PERSON]] and I did a side-by-side comparison on twenty interviews and published it internally.

AI: What did you find?

User: The AI themes overlapped with ours about 70 percent. The missing 30 percent were the interesting ones, the edge cases: people using assistive tech, older shoppers. [[Emre|PERSON]]'s section on accessibility was the most discussed. [[Our VP of product|GENERIC_ROLE]] wanted to replace half the manual synthesis with AI, and the study slowed that down. Good, I think.

AI: Do you use AI with participant data?

User: Only inside tools we have a DPA with. Under GDPR we're very strict. I never paste transcripts into [[ChatGPT|AI_PRODUCT]]. I do use [[Claude|AI_PRODUCT]] on our enterprise workspace to draft discussion guides. I also used [[Otter|AI_PRODUCT]] once for a personal project and then deleted everything because I wasn't sure where the data went.

AI: Has your role changed since these tools arrived?

User: Yes. Less time on transcription, more time on stakeholder management. Honestly the hardest part of UX research was always convincing people, not doing the research. I gave a talk on this at a meetup in [[Kreuzberg|CITY]] in [[September 2023|DATE]], and someone from [[SAP|ORGANIZATION]] asked me to repeat it for their team in [[Walldorf|CITY]]. On privacy, I think [[Europe|CONTINENT]] is right to be cautious. People think [[Germany|COUNTRY]] is slow, but we remember why privacy matters. My grandmother, who is [[ninety-one|AGE]], still talks about the Stasi files.

AI: How can we contact you for follow-up?

User: [[LinkedIn|SOFTWARE]] is best: [[linkedin.com/in/katharina-brenner-ux|URL]]. For post, our studio office is [[Valeska-Gert-Straße 5, 10243|ADDRESS]] [[Berlin|CITY]], but please use [[LinkedIn|SOFTWARE]].""")

T.append("""AI: Hi, thanks for joining us. Could you introduce yourself?

User: Hi! I'm [[Tan Wei Ling|PERSON]], you can call me [[Wei Ling|PERSON]]. I'm a [[talent acquisition lead|JOB_TITLE]] at [[Kestrel Bay Partners|ORGANIZATION]], it's a recruitment agency in [[Tanjong Pagar|CITY]], [[Singapore|COUNTRY]]. We do tech and finance hiring across [[Asia|CONTINENT]]. I'm [[32|AGE]], graduated from [[NUS|SCHOOL]] in [[2014|DATE]].

AI: Thanks, [[Wei Ling|PERSON]]. How does AI come into recruiting for you?

User: Sourcing and screening mostly lah. We use [[LinkedIn Recruiter|SOFTWARE]] which now has AI search, and our ATS is [[Bullhorn|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] to write job descriptions and boolean strings. And some clients use these one-way video interview tools that "score" candidates, which I'm not a fan of honestly.

AI: Why not?

User: Because of bias lor. One candidate, [[Muhammad Hafiz bin Rahman|PERSON]], strong engineer, got a low "communication score" from a client's video tool, I suspect because of his accent. I pushed back and the hiring manager interviewed him live. [[Hafiz|PERSON]] got the job! Now he's a [[team lead|JOB_TITLE]] at [[Grab|ORGANIZATION]]. I still message him on his birthday haha.

AI: That's a great outcome. Do you ever handle sensitive documents with AI?

User: We're not supposed to. Candidates sometimes send their NRIC in their CV, like [[S8834127D|NATIONAL_ID]], which they really shouldn't, and we have to mask it before it goes into any system. My boss, [[Jasmine Koh|PERSON]], is very strict about PDPA. [[Jasmine|PERSON]]'s rule is that if an NRIC shows up, we redact first, read later.

AI: How do you see the future of recruiting?

User: The admin part will shrink. The relationship part will stay. [[Satya Nadella|PUBLIC_FIGURE]] said something about AI being a copilot, and I think for recruiters that's right. Also I'm hoping to do a part-time masters at [[SMU|SCHOOL]] next year.

AI: How can candidates or researchers reach you?

User: Email me at [[weiling [dot] tan [at] kestrelbay [dot] sg|OBF_EMAIL|bracket_at_dot]], I write it like that because of spam bots. Or [[Telegram|SOFTWARE]] [[@weiling_hires|SOCIAL_HANDLE]].""")

T.append("""AI: Hola, thank you for joining. Tell me about your work, please.

User: Hola, sure. I am [[Rodrigo Garza Villarreal|PERSON]], I am [[gerente regional de ventas|JOB_TITLE]], regional sales manager, for [[Aceros del Norte Industrial|ORGANIZATION]] in [[Monterrey|CITY]], [[Nuevo León|CITY]]. We sell steel products to construction companies. I am [[44|AGE]] years old. I studied at the [[Tec de Monterrey|SCHOOL]], engineering, and after an MBA at [[EGADE|SCHOOL]].

AI: Gracias, [[Rodrigo|PERSON]]. How do you and your team use AI?

User: The CRM is [[Salesforce|SOFTWARE]], and this year they activated [[Einstein|AI_PRODUCT]], which gives a score to the opportunities. My team is eight sellers. Some of them love it, some ignore it. For emails in English to clients in [[Texas|CITY]] I use [[ChatGPT|AI_PRODUCT]] to correct. For the forecast [[my director|GENERIC_ROLE]], Lic. [[Ernesto Salinas|PERSON]], he wants the AI forecast and the human forecast side by side every month.

AI: Which one is usually more accurate?

User: Ha, depends. In [[enero|GENERIC_TIME]] the AI was better, because my sellers are always too optimistic after vacations. But in [[2023|DATE]], when the nearshoring boom started, the AI was very wrong, it did not understand that new factories were coming from [[China|COUNTRY]] and the [[United States|COUNTRY]]. One of my sellers, [[Lupita Cárdenas|PERSON]], she closed a huge deal that the AI gave 12 percent probability. [[Lupita|PERSON]]'s commission was the biggest of the year.

AI: Do you worry about how the AI score affects your team?

User: Yes. If the director look only at the score, the sellers play with the data. I tell them, the score is a flashlight, not a judge. My son [[Emiliano|PERSON]] is [[twelve|AGE]] and he uses AI for homework, and I tell him the same.

AI: Anything else you want to mention?

User: In [[Latin America|CONTINENT]] the relationships are very personal. A lunch with a client is worth more than any score. AI can help with admin, but the carne asada on [[Saturday|GENERIC_TIME]] with the client, no.

AI: How can we reach you if we need more information?

User: My cell is [[ocho uno uno, dos tres cuatro, cinco cinco siete ocho|OBF_PHONE|spanish_digit_words]], [[WhatsApp|SOFTWARE]] is better. Email [[rgarza@acerosdelnorte.mx|EMAIL_ADDRESS]].""")

T.append("""AI: Thank you for joining today. Could you introduce yourself?

User: Yes, thank you. My name is [[Haruka Nishimura|PERSON]]. I am [[associate professor|JOB_TITLE]] at [[Kansai Gaidai University|SCHOOL]] in [[Hirakata|CITY]], near [[Osaka|CITY]]. I teach English academic writing and also second language acquisition. I am [[forty-eight|AGE]] years old. I did my PhD in [[University of Leeds|SCHOOL]] in [[2008|DATE]].

AI: Thank you, Professor [[Nishimura|PERSON]]. How does AI affect your teaching?

User: Very much since [[2023|DATE]]. Students use [[ChatGPT|AI_PRODUCT]] and [[DeepL Write|AI_PRODUCT]] for essays, it is very difficult to know. At first our faculty wanted to ban, but I think ban is impossible. Now I ask students to submit the AI conversation together with essay, and to write reflection: what they accept, what they refuse. My seminar student, [[Kenta Morioka|PERSON]], he wrote very honest reflection that the AI made his English "too beautiful, not me". I was moved.

AI: Do you use AI for your own research or admin?

User: Yes, I use it for first draft of English emails to international partners, for example to [[Monash University|SCHOOL]] in [[Australia|COUNTRY]] where we have exchange program. And for grading rubrics. But for research paper I do not use, because journal rules. My colleague Dr. [[Lee Min-jun|PERSON]], he is from [[Korea|COUNTRY]], he uses [[Elicit|AI_PRODUCT]] for literature review, he says it saves two weeks.

AI: What worries you most?

User: The motivation of students. In [[Japan|COUNTRY]] many students think English is only for TOEIC score. If AI can write, why learn? I must show them that communication is human connection. Also my daughter [[Sakura|PERSON]] is [[17|AGE]], she is preparing for university entrance exam and she asks [[Gemini|AI_PRODUCT]] for explanation every night, in [[spring|GENERIC_TIME]] season of cherry blossoms I hope she go out more.

AI: If we would like to follow up, how can we reach you?

User: Please email, [[h-nishimura＠kansaigaidai.ac.jp|OBF_EMAIL|fullwidth_at]]. Or office phone [[０７２－８０５－２８３１|OBF_PHONE|fullwidth_digits]]. I am in office every [[Thursday|GENERIC_TIME]] afternoon.

AI: Thank you very much, Professor [[Nishimura|PERSON]].

User: Thank you, it was interesting conversation.""")

T.append("""AI: Hi, thanks for taking part. What do you do for work?

User: Hola! I am [[Lucía Ferrer Navarro|PERSON]], I am [[fisioterapeuta|JOB_TITLE]], physiotherapist, I have my own small clinic, [[Fisio Turia|ORGANIZATION]], in [[Ruzafa|CITY]], in [[Valencia|CITY]]. I am [[39|AGE]]. I studied in the [[Universitat de València|SCHOOL]] and I opened the clinic in [[2016|DATE]], with my partner [[Álvaro|PERSON]].

AI: Thanks, [[Lucía|PERSON]]. How do you use AI at the clinic?

User: Mainly for admin and exercises. The booking software is [[Doctoralia|SOFTWARE]], and it sends reminders automatic. For the exercise programs I use an app, [[Physitrack|SOFTWARE]], and now I ask [[ChatGPT|AI_PRODUCT]] to help me explain the exercises in simple words for older patients. Some patients are foreigners, English, Dutch, so the translation is very useful.

AI: Have you tried any AI tools for assessment or diagnosis?

User: We tried one app with the camera that analyses posture and movement. It was interesting for the runners, but for a patient with a knee prosthesis it gave nonsense. My colleague [[Marta Gil|PERSON]] tested it more than me. [[Marta|PERSON]]'s opinion was that it is good for motivation, not for clinical decisions. We stopped the subscription in [[octubre de 2023|DATE]].

AI: How do you handle patient data with these tools?

User: Very carefully, in [[Spain|COUNTRY]] the health data is very protected. I never put the name or DNI of a patient in [[ChatGPT|AI_PRODUCT]]. Once a new [[receptionist|JOB_TITLE]], [[Iker|PERSON]], scanned a DNI, [[48391027K|NATIONAL_ID]], and saved in the shared folder with the exercise PDFs, and we had to fix everything. Now we have a protocol.

AI: How do you see AI changing physiotherapy?

User: The hands will stay. Nobody wants a robot to massage the shoulder, haha. But documentation, yes. I spend maybe one hour every day writing notes, if AI can do half, I can see one more patient. I follow [[Rafael Nadal|PUBLIC_FIGURE]]'s team a little, they use a lot of technology for recovery, but that is elite sport, not my clinic.

AI: If we need to contact you, how should we do it?

User: The web is [[fisioturia.es|URL]] and you can call the clinic, [[963 41 27 58|PHONE_NUMBER]]. The address is [[Carrer de Cádiz 47, bajo|ADDRESS]], [[46006|ADDRESS]] [[Valencia|CITY]].""")

T.append("""AI: Buongiorno, thanks for joining. Please tell me about yourself.

User: Buongiorno! I am [[Giulia Benassi|PERSON]], I am a [[baker|JOB_TITLE]], I have a forno, a bakery, with my brother [[Matteo|PERSON]]. It is called [[Forno Benassi|ORGANIZATION]], in [[Via San Vitale 63|ADDRESS]], [[Bologna|CITY]]. Our grandfather opened in [[1961|DATE]]. I am [[thirty-four|AGE]]. My brother is [[38|AGE]]. Before, I studied economics at [[Università di Bologna|SCHOOL]], but the bread called me back, haha.

AI: Thanks, [[Giulia|PERSON]]. Does AI have any role in a traditional bakery?

User: More than you think! I use [[ChatGPT|AI_PRODUCT]] for the [[Instagram|SOFTWARE]] posts in English for tourists, and for the menu translations, and the posters I make in [[Canva|SOFTWARE]]. Our shop girl [[Chiara Rinaldi|PERSON]] says my English posts are better than my Italian ones! The cash register, it is [[Cassa in Cloud|SOFTWARE]], it gives me statistics, for example how many tortellini sell on rainy days. And I ask the AI to help me calculate the costs when the flour price go up, like in [[2022|DATE]] with the war, it was terrible.

AI: How does your brother feel about it?

User: [[Matteo|PERSON]]? He hate it! He says the mother yeast does not need an algorithm. He is the artist, I am the business. But he admit that the [[accountant|JOB_TITLE]], dottor [[Franco Zanetti|PERSON]], was happy with my spreadsheets. Dottor [[Zanetti|PERSON]]'s office is in [[Casalecchio|CITY]], and he also uses AI now, he told me.

AI: Have you had any problems with AI?

User: Yes, one funny. I asked the AI to write a post about our "certosino", a typical [[Christmas|GENERIC_TIME]] cake, and it wrote that it is from [[Sicily|CITY]]! Our clients were very offended, the certosino is Bolognese! Even [[Massimo Bottura|PUBLIC_FIGURE]] would be offended. I deleted after ten minutes. Also, one time I put my codice fiscale in a chat, [[BNSGLI90M52A944T|NATIONAL_ID]], to fill a form for a grant, I think it was not a good idea.

AI: How do you see the future?

User: The tourists will come anyway, they want the real thing. The AI can help with the paper, the taxes, the bureaucracy, in [[Italy|COUNTRY]] we have too much bureaucracy. At [[Natale|GENERIC_TIME]] I work sixteen hours per day, so any help is welcome.

AI: How can we reach you for more questions?

User: Email [[giulia chiocciola fornobenassi punto it|OBF_EMAIL|foreign_words_at_dot]] or [[Instagram|SOFTWARE]] [[@fornobenassi_bo|SOCIAL_HANDLE]].""")
T.append("""AI: Hi, thank you for joining. Can you tell me about your job?

User: hi, thank you. my name [[Dewi Lestari Wibowo|PERSON]], i am [[perawat|JOB_TITLE]], a nurse in the ICU at [[RS Husada Utama|ORGANIZATION]] in [[Surabaya|CITY]]. i am [[30|AGE]] years old. i graduate from [[Universitas Airlangga|SCHOOL]] in [[2016|DATE]], then work in ICU since [[2018|DATE]]

AI: Thanks, [[Dewi|PERSON]]. Do you use AI in the ICU?

User: not so much directly to patient. the hospital have a system for early warning score, it is automatic from the monitor, they say it have AI inside, it give alarm if patient maybe going to sepsis. sometimes too many alarm, we call it "alarm fatigue". my [[head nurse|JOB_TITLE]] Ibu [[Ratna|PERSON]] say we cannot ignore, even if 10 alarm false and 1 true. she is very strict but correct.

AI: How about outside the clinical monitoring?

User: for myself i use [[ChatGPT|AI_PRODUCT]] and also [[Meta AI|AI_PRODUCT]] in [[whatsapp|SOFTWARE]], for study. i am preparing for exam to go work in [[Japan|COUNTRY]] as caregiver or nurse, so i ask AI to explain japanese words and medical terms. my friend [[Putri Anggraini|PERSON]] already go to [[Nagoya|CITY]] last year and she say the AI help her a lot for the language.

AI: Are there rules at your hospital about using AI?

User: not official yet. but after one case, we are more careful. one junior nurse, i will not say name, she take photo of patient lab result with name on it and ask AI to explain. [[The hospital director|GENERIC_ROLE]] was angry. after that, there is socialisation, every nurse must sign. it was on [[Senin 12 Februari 2024|DATE]], i remember because it is before Chinese new year holiday.

AI: How do you feel about AI in nursing in the future?

User: i think good if it help documentation. we write so much, in [[SIMRS|SOFTWARE]] and also paper. if AI can write, we have more time for patient and for family. but AI cannot hold hand of patient. my mother also nurse, she is [[57|AGE]], she say same thing. also the internet in some hospitals in [[Indonesia|COUNTRY]] is not stable, so AI in the cloud is problem. in [[Jakarta|CITY]] ok, but in small city not. also the AI english is better than indonesian, sometimes the translation is strange

AI: How can we contact you later?

User: you can email [[d e w i . l w i b o w o @ g m a i l . c o m|OBF_EMAIL|spaced_letters]], or [[instagram|SOFTWARE]] [[@dewi.icu.nurse|SOCIAL_HANDLE]]""")

T.append("""AI: hi! thanks for joining, can you tell me a bit about you and your job

User: hi!! sure. im [[kelsey|PERSON]], [[kelsey brandt|PERSON]], i teach 4th grade at [[Maple Run Elementary|SCHOOL]] in [[Westerville|CITY]], [[Ohio|CITY]], just outside [[Columbus|CITY]]. im [[26|AGE]], this is my 4th year teaching. went to [[Otterbein|SCHOOL]] for undergrad

AI: Thanks, [[Kelsey|PERSON]]. How do you use AI in your classroom?

User: mostly for planning tbh. i use [[magicschool|AI_PRODUCT]] for differentiated reading passages, like the same text at 3 reading levels, thats a lifesaver. and [[chatgpt|AI_PRODUCT]] for parent emails when im too tired to sound nice lol. we're a [[google|SOFTWARE]] school so everything lives in [[google classroom|SOFTWARE]] and [[docs|SOFTWARE]]. my teammate [[marisol|PERSON]] next door uses [[Diffit|AI_PRODUCT]] instead and we argue about which is better

AI: Do your students use AI?

User: not officially, theyre 9 and 10. but kids find stuff. one of my kiddos, i wont say his name, asked [[snapchat|SOFTWARE]]'s [[my ai|AI_PRODUCT]] to do his spelling sentences and it used words way above grade level, so obvious haha. we had a whole class talk about it after. my [[principal|GENERIC_ROLE]] mr. [[hollis|PERSON]] wants a district policy but the district is slow

AI: What do parents think?

User: mixed!! one mom, [[Summer|PERSON]], is super pro ai and wants us teaching prompt engineering in 4th grade lol. others are scared. i did a parent night on [[oct 17|DATE]] about it, [[Summer|PERSON]] brought like 20 articles. over the [[summer|GENERIC_TIME]] i took a free course from [[Code.org|ORGANIZATION]] about ai in classrooms which helped me prep

AI: How do you feel personally about AI in teaching?

User: honestly it gave me my evenings back. i used to spend [[sundays|GENERIC_TIME]] planning, now its like 2 hours. but i worry about the kids who struggle with reading already. the AI can make a passage easier but it cant sit with a kid and sound out words. my mom is a retired teacher from [[Dayton|CITY]], shes [[61|AGE]], and she thinks im cheating lmao teachers need training!! we had one PD session on it and it was a [[youtube|SOFTWARE]] video of [[Sal Khan|PUBLIC_FIGURE]]. not enough

AI: How can we reach you if we want to follow up?

User: school email is [[kbrandt@westerville-k12.org|EMAIL_ADDRESS]], or my teacher insta [[@msbrandtreads|SOCIAL_HANDLE]]""")

T.append("""AI: Namaste, thanks for joining. Could you tell us about your work?

User: Namaste. I am [[Anand Kulkarni|PERSON]], a [[chartered accountant|JOB_TITLE]] and a [[partner|JOB_TITLE]] in a small CA firm, [[Kulkarni Deshpande & Associates|ORGANIZATION]], in [[Kothrud|CITY]], [[Pune|CITY]]. I am [[fifty-one|AGE]] years old. I qualified CA in [[1998|DATE]], my articleship was in [[Mumbai|CITY]].

AI: Thanks, [[Anand|PERSON]]. How is AI used in your firm?

User: We are twelve people. Our main work is GST filing, income tax returns and audit of small businesses. We use [[Tally|SOFTWARE]] for accounting and [[ClearTax|SOFTWARE]] for filings. From last year my nephew [[Siddharth|PERSON]], who joined as [[article assistant|JOB_TITLE]], he started using [[ChatGPT|AI_PRODUCT]] to read notices from the income tax department and draft replies. Initially I was not comfortable, but the drafts are quite good.

AI: What made you uncomfortable?

User: Confidentiality. Our clients trust us with PAN, Aadhaar, bank statements. Once [[Siddharth|PERSON]] pasted a notice with the PAN of a client, [[AKRPD4471M|NATIONAL_ID]], into the chat. I explained to him that this data should not go outside. Now we mask everything first. My [[partner|JOB_TITLE]], [[Vinay Deshpande|PERSON]], made a written policy in [[July 2023|DATE]].

AI: Do you see any benefits for your clients?

User: Definitely. Small shopkeepers in [[Kothrud|CITY]] do not understand the GST language. With AI, I can make a simple Marathi explanation in two minutes. Also for reconciliation, we tested a tool that matches bank entries to invoices, it saves maybe 30 percent time. But ICAI guidelines are still developing, so we are cautious.

AI: How do you think the profession will change?

User: Younger CAs will do more advisory and less data entry. My daughter [[Gauri|PERSON]] is [[23|AGE]], doing her CA final now, and she says the exam itself should change. I agree. I read [[Nandan Nilekani|PUBLIC_FIGURE]]'s views on digital public infrastructure, [[India|COUNTRY]] can build good tools for small businesses.

AI: How can we reach you if we need to follow up?

User: Office number is [[020 2546 7713|PHONE_NUMBER]], email [[anand@kdaca.in|EMAIL_ADDRESS]]. Office address is [[Flat 4, Shivneri Apartments, Paud Road|ADDRESS]], [[Kothrud|CITY]], [[Pune|CITY]] [[411038|ADDRESS]].""")

T.append("""AI: Hi, thanks for joining. Could you introduce yourself and your work?

User: Hiya, yeah. I'm [[Jodie Clarke|PERSON]], I'm an [[in-house recruiter|JOB_TITLE]] for [[Northgate Freight Ltd|ORGANIZATION]], a logistics firm based in [[Trafford Park|CITY]], [[Manchester|CITY]]. We hire a lot of warehouse staff and HGV drivers. I'm [[33|AGE]]. Before this I was at an agency, [[Reed|ORGANIZATION]], for five years.

AI: Thanks, [[Jodie|PERSON]]. How are you using AI in recruitment?

User: Quite a lot now. We've got [[Workday|SOFTWARE]] as our HR system, and they've turned on some AI screening that ranks applicants. I use [[ChatGPT|AI_PRODUCT]] for job adverts and for writing interview questions. And I've started using [[Teams|SOFTWARE]] Premium to transcribe interviews. My manager, [[Priyanka Shah|PERSON]], is dead keen on all of it.

AI: How well does the AI ranking work for warehouse roles?

User: Honestly, badly at first. It kept ranking people higher if their CVs had words like "stakeholder" and "leverage", which isn't what you need for a forklift driver. One of the best lads we hired, [[Callum|PERSON]], was ranked in the bottom ten. I only saw him because I checked the bottom of the pile. [[Callum|PERSON]]'s now a [[shift supervisor|JOB_TITLE]]. So I told [[Priyanka|PERSON]] we can't trust the ranking blind.

AI: Do you deal with sensitive data in these tools?

User: Right to work checks, yeah. We see passports, and NI numbers on the starter forms, like [[QH 42 71 93 C|NATIONAL_ID]]. That never goes in [[ChatGPT|AI_PRODUCT]], obviously. There was a bit of a scare in [[January 2024|DATE]] when someone uploaded a scanned starter pack to an AI summariser, and [[the DPO|GENERIC_ROLE]] had to get involved. We've had GDPR training twice since.

AI: How do you feel about where recruiting is going?

User: Worried for the candidates more than me. A lot of our applicants don't have polished CVs, some are from [[Poland|COUNTRY]] or [[Romania|COUNTRY]], English is their second language, and the AI might mark them down. I think you need a human. My nan, she's [[eighty-two|AGE]], always says you can tell more from a handshake than a form, and she's not wrong.

AI: How can we get hold of you for follow-up?

User: Work email is [[jodie.clarke@northgatefreight.co.uk|EMAIL_ADDRESS]], or mobile [[07700 9OO 482|OBF_PHONE|letter_o_for_zero]]. Sorry, I always type it with O's. [[LinkedIn|SOFTWARE]]'s fine too, just search my name.""")

T.append("""AI: Good morning, thank you for joining. Could you tell me about your work?

User: Good morning. I am [[Chidinma Eze|PERSON]], [[customer experience supervisor|JOB_TITLE]] at [[Moniepath|ORGANIZATION]], a payments company. Our office is at [[27 Adeola Odeku Street|ADDRESS]], [[Victoria Island|CITY]], [[Lagos|CITY]]. I have been there since [[2021|DATE]]. I am [[29|AGE]] years old. I studied Mass Communication at [[UNILAG|SCHOOL]].

AI: Thanks, [[Chidinma|PERSON]]. How is AI used in your customer service team?

User: We have a chatbot on the app, built with [[Dialogflow|SOFTWARE]], that answers first level questions like "where is my money". If it cannot solve, it passes to my agents on [[Freshdesk|SOFTWARE]]. We also use AI to tag complaints, failed transfer, POS issue, card issue, and the dashboards go to management every [[Monday|GENERIC_TIME]] morning.

AI: How well does the chatbot handle your customers?

User: For simple questions, fine. But Nigerians speak in different ways, Pidgin, Yoruba, Igbo mixed with English. If customer write "abeg my money never land", the bot sometimes not understand. One of my agents, [[Emeka Nwosu|PERSON]], he built a list of local phrases and we trained the bot with it. After that, escalation dropped by maybe 20 percent. [[Emeka|PERSON]]'s list is now used by the product team.

AI: That's impressive. Do you use general AI tools yourself?

User: Yes, [[ChatGPT|AI_PRODUCT]] to write performance reviews and to summarise long complaint threads. But I remove account numbers and BVN first. Our [[compliance officer|JOB_TITLE]], Mrs. [[Adaeze Okoro|PERSON]], gave a strong warning after one incident where an agent copy a customer BVN, [[22184736591|NATIONAL_ID]], into a public tool. CBN rules are strict.

AI: What do you think about the future of customer service jobs?

User: Some jobs will reduce, that is true. But in [[Nigeria|COUNTRY]] trust is very important, people want to hear a human voice when their money is missing. I told my younger brother [[Obinna|PERSON]], who is [[twenty|AGE]] and wants to join customer service, to learn data also. I like what [[Tony Elumelu|PUBLIC_FIGURE]] says about young Africans building skills.

AI: How can we reach you for follow-up?

User: Call or [[WhatsApp|SOFTWARE]] me on [[zero eight zero, three three one, seven two, nine eight four|OBF_PHONE|digit_words]]. Email is [[chidinma.eze AT moniepath DOT com|OBF_EMAIL|caps_at_dot]].""")

T.append("""AI: Hello, thanks for joining. Could you tell me about your role?

User: Hi, thanks for having me. I'm [[Thabo Mokoena|PERSON]], a [[senior lecturer|JOB_TITLE]] in the Department of Information Systems at the [[University of Cape Town|SCHOOL]]. I live in [[Observatory|CITY]] in [[Cape Town|CITY]]. I'm [[forty-three|AGE]]. I did my PhD at [[Wits|SCHOOL]] and joined [[UCT|SCHOOL]] in [[2014|DATE]].

AI: Thanks, [[Thabo|PERSON]]. How has AI changed your teaching and research?

User: Profoundly, and in ways we're still working out. In teaching, the first-year programming course had to be redesigned after [[November 2022|DATE]], when [[ChatGPT|AI_PRODUCT]] came out. We moved to more in-person assessments and oral exams. My co-lecturer, [[Fatima Davids|PERSON]], designed a "code walkthrough" assessment where students explain their code line by line. [[Fatima|PERSON]]'s approach has been adopted by two other departments.

AI: How do students respond to those changes?

User: Some are relieved, some are anxious. Many of our students are first-generation university students from townships like [[Khayelitsha|CITY]] and [[Gugulethu|CITY]], and they're often the most careful about AI because they're worried about being accused of cheating. Meanwhile, wealthier students just pay for [[ChatGPT Plus|AI_PRODUCT]]. There's an equity problem there.

AI: What about your research?

User: I study digital labour, so AI is both a tool and a subject. I use [[NVivo|SOFTWARE]] for qualitative coding and I've tested its AI auto-coding, which is adequate for a first pass. I also used [[Claude|AI_PRODUCT]] to help me restructure a grant application to the [[National Research Foundation|ORGANIZATION]]. I always disclose it. My PhD student [[Ayanda|PERSON]] is studying content moderators in [[Kenya|COUNTRY]] and [[South Africa|COUNTRY]], which is a really important topic after the stories about workers training these models.

AI: Are there institutional guidelines at your university?

User: Yes, [[UCT|SCHOOL]] published guidance in [[2023|DATE]]. It's sensible but it leaves a lot to individual lecturers. I'd like a shared framework across [[Africa|CONTINENT]]; our contexts are different from the [[US|COUNTRY]] and [[Europe|CONTINENT]]. I find [[Timnit Gebru|PUBLIC_FIGURE]]'s work really helpful on this.

AI: How can we reach you for a follow-up?

User: My staff page is [[uct.ac.za/staff/thabo-mokoena|URL]], and my email is [[thabo.mokoena@uct.ac.za|EMAIL_ADDRESS]]. I'm also on [[Bluesky|SOFTWARE]] as [[@thabomokoena.bsky.social|SOCIAL_HANDLE]].""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_s")
