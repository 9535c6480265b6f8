# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----

T.append("""AI: Hi, thanks for taking the time today. To start, could you tell me a bit about your role and where you work?

User: sure. im [[Bethany Okafor|PERSON]], [[senior paralegal|JOB_TITLE]] at [[Brindley Marsh LLP|ORGANIZATION]] in [[Leeds|CITY]], mostly commercial property. been there since [[2017|DATE]] so ive seen the whole AI thing arrive lol

AI: Thanks, [[Bethany|PERSON]]. What AI tools does the firm use day to day?

User: the big one is [[Harvey|AI_PRODUCT|name_like_tool]], the firm rolled it out to all fee earners. we also have [[CoCounsel|AI_PRODUCT]] on a trial and obviously [[Copilot|AI_PRODUCT]] inside [[Outlook|SOFTWARE]]. the confusing bit is one of our trainees is literally called [[Harvey Lund|PERSON]], so we all call the software "the robot" now to avoid mixups. [[Harvey|PERSON]] finds it hilarious, he signs his emails "the human one"

AI: That's quite a clash. How do you use [[Harvey|AI_PRODUCT|name_like_tool]], the tool, in your own work?

User: mainly first pass on leases, pulling break clauses, rent review dates, that kind of thing. also drafting reports on title for [[a client|GENERIC_ROLE]]. [[my supervising partner|GENERIC_ROLE]] still wants everything checked by a human which, fair. we had one where it mixed up two break dates and [[a paralegal|GENERIC_ROLE]] in the other team nearly sent it out to [[the other side|GENERIC_ROLE]]

AI: Are there rules about what you can put into these tools?

User: yes, strict-ish. nothing goes into [[ChatGPT|AI_PRODUCT]] or anything public. client names, addresses, the lot stay inside the robot. honestly i slipped once, pasted a whole completion statement into the wrong window with the buyers address on it, [[14 Thornfield Mews|ADDRESS]], [[Headingley|CITY]], [[LS6 3QT|ADDRESS]], deleted it straight away and told [[the compliance officer|GENERIC_ROLE]]. nothing came of it but i went bright red

AI: Are there particular times of year when you lean on AI more? And do you follow the wider conversation about legal AI?

User: [[March|GENERIC_TIME]] is mad because of year end, and the run up to [[Christmas|GENERIC_TIME]] everyone wants to complete before the holidays. [[Fridays|GENERIC_TIME]] are completion days so [[thursday|GENERIC_TIME]] nights i basically live in the robot. on the wider stuff, a bit, i listen to a podcast that had [[Richard Susskind|PUBLIC_FIGURE]] on, hes been saying this stuff for like 30 years. and my mum sends me every article about [[Keir Starmer|PUBLIC_FIGURE]] and AI growth zones haha. half the profession is in [[Europe|CONTINENT]] panicking about the AI act and half is pretending it isnt happening

AI: If other paralegals wanted to talk to you about your experience, how could they reach you?

User: im on linkedin, [[linkedin.com/in/bethany-okafor-paralegal|URL]], or email [[bethany (dot) okafor (at) brindleymarsh (dot) co (dot) uk|OBF_EMAIL|paren_at_dot]]. happy to chat, just not on a completion day ha. cheers""")

T.append("""AI: Hello! Thanks for joining. Can you start by telling me what you do?

User: hi! im [[Kristine Bautista|PERSON]] but everyone calls me [[Tin|PERSON]] hehe. im a [[content strategist|JOB_TITLE]] at [[Kalye Creative|ORGANIZATION]], small agency in [[Makati|CITY]], like 14 people only. we do social media for restaurants and a few skincare brands

AI: Nice to meet you, [[Tin|PERSON]]. Which AI tools are part of your workflow?

User: mostly [[Jasper|AI_PRODUCT|name_like_tool]] for captions and first drafts, [[Canva|SOFTWARE]] magic write sometimes, and [[ChatGPT|AI_PRODUCT]] for brainstorming. funny thing our video editor is [[Jasper Villanueva|PERSON]], so in our group chat we say "[[jasper|AI_PRODUCT|name_like_tool]] ai" for the tool and "kuya [[jas|PERSON]]" for the human lol

AI: Ha, that must get confusing. How does the [[Jasper|AI_PRODUCT|name_like_tool]] tool fit into a typical week?

User: every [[monday|GENERIC_TIME]] we plan the content calendar with ma'am [[Joy|PERSON]], she's our [[account director|JOB_TITLE]]. then i generate like 30 caption options in [[jasper|AI_PRODUCT|name_like_tool]] and pick maybe 5. the rest sounds too american, too much "elevate your glow". i fix the taglish myself, AI cant do taglish properly yet. its not exactly a joy writing 40 captions a day but its faster

AI: Are there times of year when you rely on it more?

User: ber months!! from [[September|GENERIC_TIME]] its already [[christmas|GENERIC_TIME]] here, all the clients want holiday campaigns, then the [[11.11|GENERIC_TIME]] and [[12.12|GENERIC_TIME]] sales on [[Shopee|SOFTWARE]] and [[Lazada|SOFTWARE]]. i think in [[November|GENERIC_TIME]] i made like 600 captions

AI: What do clients think about AI-written content?

User: one client, a milk tea chain, said they only want "human" captions, but honestly [[the owner|GENERIC_ROLE]] uses [[chatgpt|AI_PRODUCT]] himself haha. another client is obsessed with [[MrBeast|PUBLIC_FIGURE]] style thumbnails and [[Sarah Geronimo|PUBLIC_FIGURE]] references. ma'am [[Joy|PERSON]] says just dont tell them which lines are from AI. i dont fully agree but shes the boss. once a caption said the promo was until end of month but it was only until the 15th, and kuya [[jas|PERSON]] already made the video with the wrong date, so we redid everything on a [[sunday|GENERIC_TIME]]

AI: Thank you. If we have follow up questions, how should we contact you?

User: email is fine [[tin.bautista@kalyecreative.ph|EMAIL_ADDRESS]] or viber me at [[0917 five two three 44 81|OBF_PHONE|mixed_words_digits]]. i also post about content stuff on tiktok as [[@tinwritescaptions|SOCIAL_HANDLE]]. salamat po!""")

T.append("""AI: Kia ora, thanks for joining. Could you introduce yourself and your work?

User: kia ora, im [[Hana Whitcombe|PERSON]], [[nurse practitioner|JOB_TITLE]] at [[Harbourside Family Health|ORGANIZATION]] in [[Devonport|CITY]], [[Auckland|CITY]]. been nursing about 20 years, NP since [[2019|DATE]]

AI: Thank you, [[Hana|PERSON]]. How does AI show up in your clinical day?

User: the biggest change is [[Heidi|AI_PRODUCT|name_like_tool]], the AI scribe. it listens to the consult and writes the notes straight into [[Medtech|SOFTWARE]]. patients sometimes think [[heidi|AI_PRODUCT|name_like_tool]] is a person in the room lol, i have to explain its software and that nobody is listening in from a call centre. mostly they're fine. older ones ask where the recording goes. one koro said he'd only trust it if [[Ashley Bloomfield|PUBLIC_FIGURE]] approved it personally haha. i tell them the audio is deleted and they can say no, [[the practice manager|GENERIC_ROLE]] made a little sign for reception

AI: Are there privacy rules you follow?

User: yes, no NHIs into anything outside the PMS. i did catch myself once, typing a patients NHI, [[ZKT4821|NATIONAL_ID]], into [[ChatGPT|AI_PRODUCT]] to draft a referral letter, stopped before sending. [[the practice manager|GENERIC_ROLE]] ran a refresher for everyone after that, not because of me i think lol

AI: Do you use AI outside of work too?

User: a bit. my daughter [[Aurora|PERSON]] is [[six|AGE]] and she gets me to ask [[chatgpt|AI_PRODUCT]] for stories about taniwha at bedtime. shes named after the southern lights, we used to chase the aurora every [[winter|GENERIC_TIME]] before she came along

AI: What about workload, are there busier periods?

User: [[Matariki|GENERIC_TIME]] weekend and school holidays are quieter, then [[winter|GENERIC_TIME]] is flu season and its chaos. [[Mondays|GENERIC_TIME]] are always the worst, everyone who got sick over the weekend. [[heidi|AI_PRODUCT|name_like_tool]] saves me maybe an hour a day in [[winter|GENERIC_TIME]], which means i actually get home for dinner

AI: Would you be open to a follow-up conversation?

User: sure, email me at [[hana.w@harboursidefh.co.nz|EMAIL_ADDRESS]] or text [[021 448 3907|PHONE_NUMBER]]. dr [[Mere Tipene|PERSON]], one of our GPs, is keen too, shes way more sceptical than me. ka kite""")

T.append("""AI: Hi, thanks for making time. What's your role?

User: hey. [[Marcus Delgado|PERSON]], [[staff backend engineer|JOB_TITLE]] at [[Saguaro Health Tech|ORGANIZATION]]. office is in [[Phoenix|CITY]] but i live out in [[Tempe|CITY]]. im [[34|AGE]], been writing code since high school basically

AI: Thanks, [[Marcus|PERSON]]. What AI tools do you and your team rely on?

User: [[Cursor|AI_PRODUCT]] is my main editor now. we trialed [[Devin|AI_PRODUCT|name_like_tool]] for a couple months on the boring migration tickets. and for our LLM features we trace everything in [[Phoenix|SOFTWARE|place_like_tool]], the arize one, which yes is confusing when your office is also in [[Phoenix|CITY]] lol. "[[phoenix|SOFTWARE|place_like_tool]] is down" has caused at least one panicked call to facilities

AI: How did the [[Devin|AI_PRODUCT|name_like_tool]] trial go?

User: mixed. good at bumping dependencies and writing tests. bad at anything touching our [[Epic|SOFTWARE]] integration. also my teammate is [[Devin Marsh|PERSON]] and he got so many [[slack|SOFTWARE]] pings meant for the bot. [[Devin|PERSON]] eventually changed his display name to "[[devin|PERSON]] (human)" which is the most engineer fix possible

AI: What rules does your company have about patient data in these tools?

User: super strict, we're healthcare adjacent so HIPAA. no PHI in prompts ever, we generate synthetic patients for tests. [[our CISO|GENERIC_ROLE]] reviews every new tool and [[the VP of engineering|GENERIC_ROLE]] has to sign off. took four months to get [[cursor|AI_PRODUCT]] approved

AI: Do you follow the public debate around AI coding?

User: yeah i watch [[Andrej Karpathy|PUBLIC_FIGURE]] videos, the vibe coding thing is kind of a meme on our team. i read [[Simon Willison|PUBLIC_FIGURE]]'s blog basically daily. and [[Dario Amodei|PUBLIC_FIGURE]] saying AI will write 90% of code, lol not at our company yet

AI: When do you use these tools most, and where can we find you if we want to follow up?

User: sprint end, [[Thursdays|GENERIC_TIME]] before demo day. and [[summer|GENERIC_TIME]] honestly, its 115 outside so nobody goes anywhere and we just ship. i rewrote our whole claims parser one weekend with [[cursor|AI_PRODUCT]] and a lot of iced coffee. for follow up, [[github.com/mdelgado-codes|URL]] has some side projects, or [[marcus.delgado@saguarohealth.io|EMAIL_ADDRESS]]. dont call, i never pick up lol""")

T.append("""AI: Good afternoon, thanks for joining. Please introduce yourself and tell me about your work.

User: Good afternoon. My name is [[Oluwaseun Adebayo|PERSON]], most people call me [[Seun|PERSON]]. I'm [[29|AGE]], working as a [[data analyst|JOB_TITLE]] with [[Kobo Ledger|ORGANIZATION]], a small fintech in [[Yaba|CITY]], [[Lagos|CITY]]. We do savings and small loans for market traders.

AI: Thanks, [[Seun|PERSON]]. How do you use AI in your analysis work?

User: Mainly [[Julius|AI_PRODUCT|name_like_tool]] for quick analysis, I upload a CSV and ask it to plot repayment curves. Then [[Excel|SOFTWARE]] and [[Power BI|SOFTWARE]] for the dashboards management see. Sometimes [[Claude|AI_PRODUCT]] for writing SQL when I'm tired. Funny thing, my oga [[Julius Eze|PERSON]], he is [[Head of Risk|JOB_TITLE]], he was the one who found the app and he was very proud it has his name lol. When he says "just run it through [[Julius|AI_PRODUCT|name_like_tool]]" he means the AI, not himself, he doesn't do any running for anybody 😂

AI: What about customer data, how careful do you need to be?

User: Very. CBN rules and NDPR. We are not supposed to upload BVN or NIN to any external tool. [[An intern|GENERIC_ROLE]] once uploaded a full loan file to [[Julius|AI_PRODUCT|name_like_tool]] with customer NIN inside, I still remember one of them, [[40817726153|NATIONAL_ID]], because I had to list them all for [[the DPO|GENERIC_ROLE]]. After that [[our CTO|GENERIC_ROLE]] set up masking before any export.

AI: Are there busy periods when you rely on AI more?

User: Month end of course, and before [[Sallah|GENERIC_TIME]] and [[Christmas|GENERIC_TIME]] because traders borrow more for stock. [[December|GENERIC_TIME]] is crazy. During [[Ramadan|GENERIC_TIME]] some of our customers in the north change repayment patterns too, so the tool helps me spot that quickly before the weekly risk meeting

AI: Do you follow any of the big names in AI or tech?

User: Small small. I like [[Jensen Huang|PUBLIC_FIGURE]] story, from washing dishes to that level. And [[Iyinoluwa Aboyeji|PUBLIC_FIGURE]] because he shows that [[Africa|CONTINENT]] can build. Honestly I play [[Burna Boy|PUBLIC_FIGURE]] while I clean data, that one is my real productivity tool.

AI: How can we reach you for a follow-up?

User: [[WhatsApp|SOFTWARE]] [[+234 803 551 2968|PHONE_NUMBER]] or email [[seun.adebayo@koboledger.ng|EMAIL_ADDRESS]]. I'm also on X as [[@seun_analyses|SOCIAL_HANDLE]]. Thank you for having me.""")

T.append("""AI: Dzień dobry! Thanks for joining. Could you tell me about your role?

User: hello, I am [[Katarzyna Zielińska|PERSON]], [[customer support team lead|JOB_TITLE]] at [[Allegro|ORGANIZATION]] in [[Warszawa|CITY]]. My team is 11 agents, we handle sellers complaints mostly, and I am there since [[2018|DATE]].

AI: Thanks, [[Katarzyna|PERSON]]. Which AI tools does your team use?

User: We have [[Ada|AI_PRODUCT|name_like_tool]] as the first-line chatbot, it answers in polish and english, and agents work in [[Zendesk|SOFTWARE]]. Now management evaluate [[Sierra|AI_PRODUCT|name_like_tool]] also, because the bot is not so good with complicated cases. I use [[Copilot|AI_PRODUCT]] for write reports for [[my director|GENERIC_ROLE]].

AI: Is there anything confusing about the tool names in practice?

User: haha yes. One of my best agents is [[Ada Wiśniewska|PERSON]]. When customer complains "[[Ada|AI_PRODUCT|name_like_tool]] promised me a refund" we check logs, usually it was the bot, but [[Ada|PERSON]] the human is very offended every time 😄 She says she never promise anything to anybody.

AI: I believe the product may be named after [[Ada Lovelace|PUBLIC_FIGURE]]. Does that come up?

User: Maybe, I don't know. Our [[Ada|PERSON]] is named after her grandmother. But yes the young agents know [[Ada Lovelace|PUBLIC_FIGURE]], we had a poster for women in tech day. About data, we are strict, no PESEL, no addresses in [[Copilot|AI_PRODUCT]]. But agents copy paste from tickets without thinking, once I saw in the prompt history full address like [[ul. Grzybowska 9/14|ADDRESS]], [[00-132|ADDRESS]] [[Warszawa|CITY]] and PESEL [[85041207735|NATIONAL_ID]]. We did training after that, [[the DPO|GENERIC_ROLE]] came personally. In [[Europe|CONTINENT]] with GDPR you cannot joke.

AI: Are there busy seasons?

User: [[Black Friday|GENERIC_TIME]], and before [[Christmas|GENERIC_TIME]], and [[Mikołajki|GENERIC_TIME]] on [[6 December|GENERIC_TIME]], people buy gifts last minute and then complain the parcel is late. In [[summer|GENERIC_TIME]] it is calm, half of team is on Mazury.

AI: How should we contact you for follow-up?

User: email [[k.zielinska małpa allegro kropka pl|OBF_EMAIL|polish_words_at_dot]] (sorry, habit, I don't write emails openly) or phone [[+48 601 two two nine 480|OBF_PHONE|mixed_words_digits]]. Dziękuję!""")

T.append("""AI: Hello, thank you for participating. Could you describe your work?

User: Hello. I'm [[Park Ji-hoon|PERSON]], [[postdoctoral researcher|JOB_TITLE]] in bioinformatics at [[Seoul National University|SCHOOL]]. I finished my PhD in [[February 2023|DATE]] and I am [[31|AGE]] now. I live near campus in [[Gwanak-gu|CITY]].

AI: Thank you, Dr. [[Park|PERSON]]. How do you use AI tools in your research?

User: For literature, [[Elicit|AI_PRODUCT]] and [[Consensus|AI_PRODUCT]]. [[Elicit|AI_PRODUCT]] is good to make table of papers, sample size, method. For writing english I use [[Claude|AI_PRODUCT]] and sometimes [[Papago|AI_PRODUCT]]. References in [[Zotero|SOFTWARE]]. Protein structure we check with [[AlphaFold|AI_PRODUCT]] predictions.

AI: Does your lab have a policy on AI use?

User: My PI, Prof. [[Lee Soo-jin|PERSON]], she is okay with AI for english polishing but not for analysis code without review. One student in our lab used [[ChatGPT|AI_PRODUCT]] to write R code and the p-values were wrong, Prof. [[Lee|PERSON]] found it in lab meeting, we have every [[Wednesday|GENERIC_TIME]]. Also [[the journal editor|GENERIC_ROLE]] ask for AI disclosure now. Genomic data from hospital cohort never goes to cloud AI, only public data.

AI: Do you follow any public figures in AI?

User: Of course [[Demis Hassabis|PUBLIC_FIGURE]], after the Nobel everyone in our field talk about him. And [[Fei-Fei Li|PUBLIC_FIGURE]]. In [[Korea|COUNTRY]] people follow [[Lee Jae-yong|PUBLIC_FIGURE]] from Samsung but that is more business news. I think [[Asia|CONTINENT]] labs are catching up quickly.

AI: When is your workload heaviest?

User: Before grant deadline in [[spring|GENERIC_TIME]], and before [[Chuseok|GENERIC_TIME]] because everyone wants to finish before holiday. During [[Chuseok|GENERIC_TIME]] I go to my parents in [[Jeonju|CITY]] and try not to open laptop 😅

AI: How could we reach you for follow-up?

User: Email [[jhpark 골뱅이 snu 점 ac 점 kr|OBF_EMAIL|korean_words_at_dot]] or my page on the lab site [[bigbio.snu.ac.kr/~jhpark|URL]]. Thank you!""")

T.append("""AI: Hi, thanks for joining us tonight. Could you tell me about your job?

User: hello, good evening. im [[Rommel Santos|PERSON]], [[night manager|JOB_TITLE]] at [[Al Noor Creek Hotel|ORGANIZATION]] in [[Deira|CITY]], [[Dubai|CITY]]. [[42|AGE]] years old, from [[Batangas|CITY]] originally, here in [[UAE|COUNTRY]] since [[2014|DATE]].

AI: Thanks, [[Rommel|PERSON]]. What does your shift look like, and where does AI come in?

User: 11pm to 7am. i handle late check ins, complaints, night audit. we use [[Opera Cloud|SOFTWARE]] for PMS. for AI i use [[ChatGPT|AI_PRODUCT]] to write the shift handover for [[the day manager|GENERIC_ROLE]] and reply to bad reviews on [[TripAdvisor|SOFTWARE]]. english is my second language so it helps make it more polite. management also start a pilot with guest messaging bot built on [[Gemini|AI_PRODUCT]], [[the GM|GENERIC_ROLE]] is very excited about it.

AI: How do you handle guest data with these tools?

User: passport copies are the big thing. guests send passport photo on [[whatsapp|SOFTWARE]] before arrival. one time my colleague [[Yousef|PERSON]] asked [[chatgpt|AI_PRODUCT]] to read a blurry passport and type the details, passport number [[N4471829|NATIONAL_ID]]... i told him habibi no, delete. now we have rule, no guest documents in AI. [[Yousef|PERSON]] laughs about it now.

AI: Are there times of year that change your work?

User: [[Ramadan|GENERIC_TIME]] is different, iftar and suhoor times, restaurants change hours, so night is busier actually. [[Eid|GENERIC_TIME]] very full. and [[New Year's Eve|GENERIC_TIME]] with fireworks, hotel full, i dont sleep. in [[summer|GENERIC_TIME]] its quiet, too hot for tourists.

AI: Who do you follow when it comes to AI news?

User: not much, i watch [[Manny Pacquiao|PUBLIC_FIGURE]] more haha. but my nephew keep sending me videos of [[Elon Musk|PUBLIC_FIGURE]] talking about robots doing hotel jobs. i tell him robot cannot calm down angry guest at 3am.

AI: If we have follow-up questions, how can we reach you?

User: [[whatsapp|SOFTWARE]] [[٠٥٠ ٣٨٢ ٦٦١٧|OBF_PHONE|arabic_indic_digits]] haha i write like my colleagues here. or email [[rommel.santos.nm@gmail.com|EMAIL_ADDRESS]]. good night maam""")

T.append("""AI: Hi there, thanks for joining. Tell me a bit about yourself and your work.

User: hey yall. im [[Tamika Rhodes|PERSON]], [[realtor|JOB_TITLE]] with [[Bayou Crest Realty|ORGANIZATION]] here in [[Houston|CITY]], mostly the [[Third Ward|CITY]] and [[Pearland|CITY]] areas. been licensed since [[2012|DATE]].

AI: Thanks, [[Tamika|PERSON]]. What AI tools do you use?

User: my big one is [[Lindy|AI_PRODUCT|name_like_tool]]. i built an assistant in it that answers [[zillow|SOFTWARE]] leads at 2am and books showings in my calendar. plus [[Follow Up Boss|SOFTWARE]] for CRM and [[ChatGPT|AI_PRODUCT]] for listing descriptions, it writes "sun-drenched" way too much lol

AI: How has the [[Lindy|AI_PRODUCT|name_like_tool]] assistant worked out?

User: honestly great except my broker is [[Lindy Carver|PERSON]] 😂 clients would get a text signed "[[Lindy|AI_PRODUCT|name_like_tool]], assistant to [[Tamika|PERSON]]" and then call the office and get my actual broker, who is NOT my assistant. [[Lindy|PERSON]] made me rename the bot to "TR Assistant" after the third time, fair enough

AI: What about client information, what goes into the tools?

User: names and numbers go in the CRM obviously. i try not to paste stuff into [[chatgpt|AI_PRODUCT]] but listing addresses go in for descriptions, like [[4417 Larkspur Bend Dr|ADDRESS]], [[Pearland|CITY]], [[TX 77584|ADDRESS]] was last weeks. thats public anyway once its listed. i would never put a social or bank info in there, [[lindy|PERSON]] would kill me, and [[a title officer|GENERIC_ROLE]] i work with got phished last year so im paranoid

AI: Are there seasonal patterns in your work, and anyone in real estate or tech you follow?

User: [[spring|GENERIC_TIME]] is busy season, families want to move over [[summer|GENERIC_TIME]] before school starts. from [[Thanksgiving|GENERIC_TIME]] to [[New Year|GENERIC_TIME]] it dies. my son [[Jack|PERSON]] is [[15|AGE]] so [[summer|GENERIC_TIME]] im also a taxi service lol. i follow [[Barbara Corcoran|PUBLIC_FIGURE]] for sure, and [[Jack|PERSON]] thinks [[Jack Dorsey|PUBLIC_FIGURE]] is a genius because of bitcoin, he wont stop talking about it at dinner

AI: How can we reach you for a follow-up?

User: cell is [[(832) 614-2297|PHONE_NUMBER]], email [[tamika@bayoucrestrealty.com|EMAIL_ADDRESS]], or IG [[@tamikasellshouston|SOCIAL_HANDLE]]. anytime!""")

T.append("""AI: Hi, thanks for joining. Could you tell me about your role?

User: Hi! I'm [[Linh Tran|PERSON]], [[executive assistant|JOB_TITLE]] to [[the CEO|GENERIC_ROLE]] at [[Northvale Capital|ORGANIZATION]], a mid-size investment firm in [[Toronto|CITY]]. Been there about six years, I also support [[our CFO|GENERIC_ROLE]] when his assistant is away.

AI: Thanks, [[Linh|PERSON]]. What AI tools are part of your day?

User: [[Otter|AI_PRODUCT|name_like_tool]] for meeting notes, [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] for drafting, and we used [[Clara|AI_PRODUCT|name_like_tool]] for scheduling for a while. That was funny because our controller is [[Clara Nguyen|PERSON]] and people kept cc'ing her on calendar invites thinking she was the bot lol

AI: Ha. Did [[Clara|PERSON]] mind?

User: She was a good sport, she started signing emails "[[Clara|PERSON]] (the human one)". We dropped the tool anyway, it couldn't handle [[my boss|GENERIC_ROLE]]'s travel across time zones. [[Otter|AI_PRODUCT|name_like_tool]] is the tricky one now, it records everything and [[our general counsel|GENERIC_ROLE]] got nervous, so it's off for anything with deal names. Once [[Copilot|AI_PRODUCT]] autocompleted [[my boss|GENERIC_ROLE]]'s home address into a draft, [[88 Rosedale Heights Dr|ADDRESS]], which freaked me out because I never typed it there.

AI: What does a typical week look like?

User: [[Mondays|GENERIC_TIME]] are board prep, the [[Otter|AI_PRODUCT|name_like_tool]] transcripts from the week before get summarized into action items. [[Friday|GENERIC_TIME]] afternoons I do expenses. During [[Tết|GENERIC_TIME]] I take a few days to be with my family in [[Mississauga|CITY]], and that's when [[the CEO|GENERIC_ROLE]] realizes how much he depends on me haha.

AI: Are there any public figures whose views on AI you pay attention to?

User: I listened to [[Mark Carney|PUBLIC_FIGURE]] talk about AI and productivity, and I follow [[Geoffrey Hinton|PUBLIC_FIGURE]]. Honestly his warnings scare me a bit. My mom in [[Vietnam|COUNTRY]] sends me his clips with subtitles lol.

AI: How can we follow up with you?

User: [[linh.tran[at]northvalecap[dot]com|OBF_EMAIL|bracket_at_dot]] is best. My direct line is [[416 830 2271|PHONE_NUMBER]]. Thanks!""")

T.append("""AI: Good morning, thank you for joining. Please tell me about yourself.

User: Good morning. I am [[Akosua Mensah|PERSON]], a [[JHS maths teacher|JOB_TITLE]] at [[Ridgeview Preparatory School|SCHOOL]] in [[Adabraka|CITY]], [[Accra|CITY]]. I am [[thirty-eight|AGE]] years, I trained at [[University of Cape Coast|SCHOOL]] and I have been teaching since [[2011|DATE]].

AI: Thank you, Madam [[Mensah|PERSON]]. How do you use AI in your teaching?

User: I use [[ChatGPT|AI_PRODUCT]] to make questions for different levels, and [[MagicSchool|AI_PRODUCT]] for lesson notes. The GES lesson note format is long so it helps a lot. I share with the other teachers on [[WhatsApp|SOFTWARE]].

AI: Do colleagues use it as well?

User: Some. My colleague [[Grace Owusu|PERSON]] who teaches science uses it more than me, she even made a quiz bot for her class. [[Grace|PERSON]] says by God's grace the children will not find out how to use it to cheat 😂. [[The headmistress|GENERIC_ROLE]] is cautious, she wants us to use it only for our own preparation. When I type report comments I used to put the child's full name, now I use only initials, because one parent complained to [[the PTA chairman|GENERIC_ROLE]] about a teacher who put her son's details inside.

AI: When in the year is AI most helpful to you?

User: End of term when we write reports, especially before [[Christmas|GENERIC_TIME]] break. And before the mock exams in [[March|GENERIC_TIME]]. During [[Easter|GENERIC_TIME]] I rest 😊. My daughter [[Efua|PERSON]] is [[nine|AGE]] and she wants to use it for her homework, I said no, first learn your times tables.

AI: Are there any public figures in AI or education you follow?

User: I quote [[Kwame Nkrumah|PUBLIC_FIGURE]] on education to my students. For AI, I saw [[Sundar Pichai|PUBLIC_FIGURE]] on TV when they opened the AI research centre here in [[Ghana|COUNTRY]]. I think [[Africa|CONTINENT]] should not be left behind.

AI: How can we contact you for follow-up?

User: My number is [[zero two four, four six one, eight eight three two|OBF_PHONE|number_words]] or email [[akosua.mensah24@gmail.com|EMAIL_ADDRESS]]. God bless.""")

T.append("""AI: Olá! Thanks for joining. Could you tell me about your work?

User: hi, i'm [[Rafael Nogueira|PERSON]], [[accountant|JOB_TITLE]] (contador) at [[Nogueira & Pimentel Contabilidade|ORGANIZATION]], my father's firm, in [[Pinheiros|CITY]], [[São Paulo|CITY]]. we have around 200 clients, mostly small businesses and MEIs

AI: Thanks, [[Rafael|PERSON]]. What AI tools do you use?

User: [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]], a lot. [[Gemini|AI_PRODUCT]] because we use google workspace. our ERP is [[Conta Azul|SOFTWARE]], which now has some AI features. a few bigger clients use [[SAP|SOFTWARE]] and i hate exporting from there lol

AI: Do others in the firm use them too?

User: my colleague [[Will|PERSON]], actually [[Willian Prado|PERSON]] but we call him [[Will|PERSON]], he is the [[excel|SOFTWARE]] guy, he will build a macro for anything. [[Will|PERSON]] also started asking [[ChatGPT|AI_PRODUCT]] to explain the new rules from the reforma tributária, which... i will be honest, sometimes it invents things. the risk is client data, we handle CPF, CNPJ, salaries. rule is no CPF in public AI. but i saw [[an intern|GENERIC_ROLE]] paste a client's IR declaration with CPF [[318.442.907-15|NATIONAL_ID]] in [[chatgpt|AI_PRODUCT]] to "organize it". we had a conversation. LGPD is serious here.

AI: Are there busy seasons for you?

User: IR season, [[March|GENERIC_TIME]] to [[May|GENERIC_TIME]], is hell. after [[Carnaval|GENERIC_TIME]] nobody works until ash wednesday so we start late every year lol. [[December|GENERIC_TIME]] is 13th salary calculations. in those weeks [[copilot|AI_PRODUCT]] saves my life

AI: Do you follow any public figures on AI or economics?

User: [[Fernando Haddad|PUBLIC_FIGURE]] because of tax reform, obviously. and [[Lula|PUBLIC_FIGURE]] talking about AI regulation. for tech, i watch [[Satya Nadella|PUBLIC_FIGURE]] keynotes sometimes. my wife [[Luana|PERSON]] says i'm the only person in [[Brazil|COUNTRY]] who watches microsoft keynotes for fun

AI: How can we reach you for follow-up?

User: [[rafael.nogueira arroba nogueirapimentel ponto com ponto br|OBF_EMAIL|portuguese_words_at_dot]], or pass by the office, [[Rua Cardeal Arcoverde, 1520, sala 83|ADDRESS]], [[05407-002|ADDRESS]]. valeu!""")

T.append("""AI: Hola, thanks for joining. Can you tell me about your work?

User: hola! soy [[Valeria Ortiz Mendoza|PERSON]], [[reporter|JOB_TITLE]] at [[El Vigía Metropolitano|ORGANIZATION]], a digital outlet in [[CDMX|CITY]]. I cover local government and transport. I'm [[27|AGE]], studied communication at [[UNAM|SCHOOL]].

AI: Thanks, [[Valeria|PERSON]]. How do you use AI in your reporting?

User: transcription is the big one. I use [[Otter|AI_PRODUCT|name_like_tool]] for english interviews and [[Whisper|AI_PRODUCT]] for spanish ones because [[Otter|AI_PRODUCT|name_like_tool]] is bad with chilango accent lol. [[Pinpoint|SOFTWARE]] for big document dumps, and [[Perplexity|AI_PRODUCT]] for quick background, but I always verify.

AI: Has AI ever caused a problem in a story?

User: once [[perplexity|AI_PRODUCT]] gave me a quote from [[Claudia Sheinbaum|PUBLIC_FIGURE]] that was totally invented. [[my editor|GENERIC_ROLE]] caught it thank god. and my colleague [[Chuy Ramírez|PERSON]], well [[Jesús|PERSON]] but everyone says [[Chuy|PERSON]], almost published an AI summary of a [[Clara Brugada|PUBLIC_FIGURE]] press conference that mixed up two metro lines. now we have a rule, no AI summary goes out without the audio checked.

AI: How do you protect sources when using these tools?

User: very important. sources' names never go in the cloud. sensitive interviews I transcribe locally with [[whisper|AI_PRODUCT]] on my laptop. a whistleblower once sent me a photo of his INE to prove who he was, CURP [[RAGJ850716HDFMRN04|NATIONAL_ID]], I deleted it right after writing down what I needed. [[the lawyer|GENERIC_ROLE]] of the outlet told me I should not even keep that.

AI: Are there periods that are particularly busy?

User: elections, obviously. [[Día de Muertos|GENERIC_TIME]] we do a lot of features. [[Semana Santa|GENERIC_TIME]] the city empties and it's calm. [[Sundays|GENERIC_TIME]] I'm on the weekend desk, alone with [[Otter|AI_PRODUCT|name_like_tool]] and coffee.

AI: Do you have a personal site or handle where your work appears, and how can we reach you?

User: yes, [[valeriaortizm.com|URL]] has my clips and on X I'm [[@vale_ortizm|SOCIAL_HANDLE]]. email [[vortiz arroba vigiametropolitano punto mx|OBF_EMAIL|spanish_words_at_dot]]. gracias!""")

T.append("""AI: Merhaba, thanks for joining. Could you introduce yourself?

User: Merhaba. I am [[Elif Kaya|PERSON]], [[pharmacist|JOB_TITLE]], I own a small pharmacy, [[Moda Eczanesi|ORGANIZATION]] in [[Kadıköy|CITY]], [[İstanbul|CITY]]. I am [[46|AGE]], graduated from [[Hacettepe University|SCHOOL]] in [[2002|DATE]].

AI: Thank you, [[Elif|PERSON]]. How does AI fit into your work at the pharmacy?

User: For drug interactions I still trust the official sources. But I use [[Gemini|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] to explain to patients in simple words, or to translate for tourists, many Arabic and Russian speakers come. Prescriptions go through [[Medula|SOFTWARE]], the SGK system, there is no AI there.

AI: Do you have staff who use these tools too?

User: Yes my assistant [[Deniz Aydın|PERSON]], he is young, he uses AI for everything, even our [[Instagram|SOFTWARE]]. [[Deniz|PERSON]] made a bot for our [[WhatsApp|SOFTWARE]] answering "is the pharmacy on duty tonight". But this worries me also, once he pasted a prescription photo into [[ChatGPT|AI_PRODUCT]] to read the doctor's handwriting, with patient name and TC kimlik no [[28471936650|NATIONAL_ID]]. I was angry. KVKK fines are big. Now I tell him, handwriting we read ourselves, like old times 😄

AI: Are there busy times in the year?

User: Before [[Kurban Bayramı|GENERIC_TIME]] and [[Ramazan Bayramı|GENERIC_TIME]] everyone buys medicine for the holiday, and [[winter|GENERIC_TIME]] with flu. Also nöbet days, we are on night duty one night every two weeks, usually a [[Tuesday|GENERIC_TIME]].

AI: Are there public figures in science or AI you follow?

User: [[Aziz Sancar|PUBLIC_FIGURE]], our Nobel prize scientist, I am proud of him. And I read about [[Mustafa Suleyman|PUBLIC_FIGURE]], he has same name like our sultan haha, he wrote a book about AI.

AI: How can we reach you for a follow-up?

User: Pharmacy address is [[Moda Caddesi No: 48/A|ADDRESS]], [[Kadıköy|CITY]]. Phone [[sıfır beş yüz otuz iki 418 27 90|OBF_PHONE|turkish_words_digits]], or email [[elif.kaya.ecz@hotmail.com|EMAIL_ADDRESS]]. Teşekkürler.""")

T.append("""AI: Hi, thanks for joining. Tell me about your role.

User: Hi. I'm [[Thandeka Dlamini|PERSON]], [[HR business partner|JOB_TITLE]] at [[Mzansi Mutual Assurance|ORGANIZATION]] in [[Sandton|CITY]]. I look after about 600 employees in the call centres.

AI: Thanks, [[Thandeka|PERSON]]. How do you use AI in HR?

User: [[Workday|SOFTWARE]] has some AI features now for job descriptions. I use [[Copilot|AI_PRODUCT]] for policy drafts and summarising grievance hearings. Our sales side uses [[Einstein|AI_PRODUCT|name_like_tool]] in [[Salesforce|SOFTWARE]], and I always joke the real [[Albert Einstein|PUBLIC_FIGURE]] would be disappointed by our sales forecasts lol.

AI: Who else on your team works with these tools?

User: My manager [[Frank Botha|PERSON]] is [[Head of People|JOB_TITLE]], he's old school, to be frank he still prints everything. My colleagues [[Precious Molefe|PERSON]] and [[Gift Nkosi|PERSON]] use [[ChatGPT|AI_PRODUCT]] a lot. [[Gift|PERSON]] says AI is a gift for someone who hates writing 😂 and [[Precious|PERSON]] uses it to prep for disciplinary hearings.

AI: You mentioned [[Frank|PERSON]] prints everything. Has he come round to AI at all?

User: Slowly. He let me pilot an AI screening tool for CVs but [[the CEO|GENERIC_ROLE]] stopped it because of bias worries, which I agree with. ID numbers are everywhere in HR here, I once saw one in a [[Copilot|AI_PRODUCT]] chat, [[9104155823087|NATIONAL_ID]], somebody's payroll query. POPIA says we must protect that, so now IT has a rule that blocks 13-digit numbers.

AI: Busy times of year, and public figures you follow?

User: [[February|GENERIC_TIME]] to [[March|GENERIC_TIME]] is increases and bonuses. [[Heritage Day|GENERIC_TIME]] we do culture events, and [[December|GENERIC_TIME]] everyone is on leave. I follow [[Cyril Ramaphosa|PUBLIC_FIGURE]] on digital skills, and [[Trevor Noah|PUBLIC_FIGURE]] did a podcast episode on AI I loved, he grew up in [[Soweto|CITY]] like me.

AI: How can we contact you?

User: [[thandeka.d@mzansimutual.co.za|EMAIL_ADDRESS]] or [[082 417 3356|PHONE_NUMBER]]. Pleasure.""")

T.append("""AI: Hey, thanks for joining. What do you do?

User: hey! i'm [[Jordan Whitfield|PERSON]], [[lead character artist|JOB_TITLE]] at [[Larchwood Animation|ORGANIZATION]] in [[Burnaby|CITY]]. mostly creature work for streaming shows. [[thirty-one|AGE]], went to [[Emily Carr|SCHOOL]] for animation

AI: Thanks, [[Jordan|PERSON]]. How does AI fit into your pipeline?

User: carefully lol. we model in [[Maya|SOFTWARE|name_like_tool]] and [[ZBrush|SOFTWARE]], sims in [[Houdini|SOFTWARE|name_like_tool]]. AI-wise the studio allows [[Midjourney|AI_PRODUCT]] only for mood boards, never final assets. and [[ChatGPT|AI_PRODUCT]] for python scripts in [[Maya|SOFTWARE|name_like_tool]], which is actually the most useful part

AI: Do colleagues use it differently?

User: my lead [[Mark|PERSON]] is super anti-AI, he'll mark up any concept that looks [[midjourney|AI_PRODUCT]]-ish in red. and our rigger is [[Maya Reyes|PERSON]], best/worst name for this industry, people say "open it in [[Maya|SOFTWARE|name_like_tool]]" and she turns around every time. [[Maya|PERSON]] says shes changing her name to [[Blender|SOFTWARE]]. we also have a co-production with a studio in [[Jordan|COUNTRY]], so yes, [[Jordan|PERSON]] working with [[Jordan|COUNTRY]] is a running joke

AI: What concerns do you have about AI in your field?

User: honestly jobs. [[Hayao Miyazaki|PUBLIC_FIGURE]] calling AI "an insult to life itself" is pinned in our [[slack|SOFTWARE]] lol. then you see [[Mark Zuckerberg|PUBLIC_FIGURE]] saying everyone will have AI friends... i just want to sculpt monsters man

AI: When is crunch for you?

User: before delivery, usually [[fall|GENERIC_TIME]]. and at [[Lunar New Year|GENERIC_TIME]] my partner's family does a big dinner so i take the day. my partner [[Liu Yuxin|PERSON]] is a [[gameplay programmer|JOB_TITLE]] at [[EA|ORGANIZATION]] so we crunch at the same time 😩 [[Yuxin|PERSON]] uses [[Copilot|AI_PRODUCT]] all day, i tease her about it

AI: Where can people see your work?

User: [[artstation.com/jwhitfield|URL]] and insta [[@jordansculpts|SOCIAL_HANDLE]]. cheers""")

T.append("""AI: Hi, thanks for joining. Could you describe your role?

User: hiya, I'm [[Aoife Brennan|PERSON]], [[admissions officer|JOB_TITLE]] at [[Maynooth University|SCHOOL]], international admissions mostly. I report to [[the registrar|GENERIC_ROLE]], well, to [[the deputy registrar|GENERIC_ROLE]] technically, and [[my line manager|GENERIC_ROLE]] sits between us.

AI: Thanks, [[Aoife|PERSON]]. What AI tools do you use?

User: [[Copilot|AI_PRODUCT]] is the approved one, its in [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]]. our CRM is [[Salesforce|SOFTWARE]]. I use [[Copilot|AI_PRODUCT]] to draft replies to applicants, same 20 questions all day. and [[Grammarly|AI_PRODUCT]] because my spelling is woeful. my colleague [[Rose Keane|PERSON]] built a whole prompt library in a shared doc, [[Rose|PERSON]]'s the reason our response times fell. applications rose about 30% and we got no extra staff

AI: What about applicant data, passports, transcripts?

User: thats the scary bit. applicants email passport scans, we're meant to upload to the student system only. I did see someone paste an applicant's PPS number, [[7723419RA|NATIONAL_ID]], into [[Copilot|AI_PRODUCT]] to "check the format" 🙈. and passport numbers from [[Nigeria|COUNTRY]], [[India|COUNTRY]], [[Malaysia|COUNTRY]] all the time. [[the DPO|GENERIC_ROLE]] sent a very stern email after

AI: Are there peak periods?

User: [[August|GENERIC_TIME]] is CAO offers season, madness. [[January|GENERIC_TIME]] intake for internationals. [[Paddy's Day|GENERIC_TIME]] is the one day nobody emails lol. around [[Diwali|GENERIC_TIME]] we get loads of emails from applicants' parents, very polite ones, and I use [[Copilot|AI_PRODUCT]] to make sure I reply in the same tone

AI: Any public figures whose take on AI you follow?

User: not really, I saw [[Leo Varadkar|PUBLIC_FIGURE]] on the late late talking about AI and jobs, and I read a [[Patrick Collison|PUBLIC_FIGURE]] interview once. mostly I follow [[my own manager|GENERIC_ROLE]]'s advice which is "dont put anything in it you wouldnt put on a postcard"

AI: How can we follow up?

User: [[aoife.brennan@mu.ie|EMAIL_ADDRESS]], or mobile [[087.412.2903|OBF_PHONE|dotted_digits]]. I live in [[Celbridge|CITY]] so I'm on campus most days anyway. no bother!""")

T.append("""AI: Xin chào! Thanks for joining. Please tell me about your work.

User: xin chào. I am [[Nguyễn Thị Thu Hà|PERSON]], freelance [[translator|JOB_TITLE]] french and english into vietnamese, living in [[Bình Thạnh|CITY]], [[Hồ Chí Minh City|CITY]]. I am [[35|AGE]]. I studied at [[University of Social Sciences and Humanities|SCHOOL]].

AI: Thank you, [[Hà|PERSON]]. Which AI tools do you use?

User: [[DeepL|AI_PRODUCT]] for first draft, then [[Claude|AI_PRODUCT]] to check style. [[Trados|SOFTWARE]] for client projects that require it. [[ChatGPT|AI_PRODUCT]] sometimes, but [[Claude|AI_PRODUCT]] is better for literary french in my opinion.

AI: Who are your main clients?

User: a small publisher in [[France|COUNTRY]], [[Éditions Maraude|ORGANIZATION]]. my editor there is [[Claude Lefèvre|PERSON]], yes same name as the AI 😅. once I wrote him "I checked the chapter with [[Claude|AI_PRODUCT]]" and he thought I asked his opinion and he never received anything! now I write "the AI" for the tool and "monsieur [[Lefèvre|PERSON]]" for him. contract says I must disclose AI, monsieur [[Lefèvre|PERSON]] is ok if final text is mine. one agency in [[Singapore|COUNTRY]] said no AI at all and then paid me less anyway lol

AI: Do you have privacy concerns with the documents you translate?

User: yes, some are legal, birth certificates, immigration papers with CCCD number, like [[079188004512|NATIONAL_ID]] on one last month, I never put these in AI, I translate by hand. [[the notary|GENERIC_ROLE]] checks every line anyway.

AI: When are you busiest, and are there any public figures you follow?

User: before [[Tết|GENERIC_TIME]] everyone wants documents for visa, and [[September|GENERIC_TIME]] for students going to [[France|COUNTRY]]. I listen to [[Trịnh Công Sơn|PUBLIC_FIGURE]] while I work. For AI, [[Yann LeCun|PUBLIC_FIGURE]] because he is French, I read his posts in french to practise.

AI: How can we contact you?

User: email [[thuha.dich a còng gmail chấm com|OBF_EMAIL|vietnamese_words_at_dot]] or Zalo [[0903 718 426|PHONE_NUMBER]]. profile [[linkedin.com/in/thuha-translator|URL]]. cảm ơn bạn!""")

T.append("""AI: Halo, thanks for joining. Tell me about your business.

User: halo kak. saya [[Rina Kusumawati|PERSON]], [[33|AGE]], I run online batik shop [[Batik Sekar Arum|ORGANIZATION]] from home in [[Cimahi|CITY]], near [[Bandung|CITY]]. my husband [[Budi|PERSON]] handle packing and i do marketing and CS.

AI: Thanks, [[Rina|PERSON]]. How do you use AI for the shop?

User: [[ChatGPT|AI_PRODUCT]] for product descriptions in bahasa and english, [[Canva|SOFTWARE]] for photos, [[CapCut|SOFTWARE]] for tiktok videos. now [[Gemini|AI_PRODUCT]] also because its free on my android. we sell on [[Shopee|SOFTWARE]] and [[Tokopedia|SOFTWARE]]. descriptions are good, but once [[chatgpt|AI_PRODUCT]] wrote our batik is "hand-painted by royal artisans" lol, not true, we are small home business, mas [[Budi|PERSON]] laughed for one week

AI: How do you handle customer data?

User: addresses are in [[shopee|SOFTWARE]] system. but custom orders chat on [[whatsapp|SOFTWARE]] and send address, sometimes i copy to [[chatgpt|AI_PRODUCT]] to make the invoice nice... ya i know not good. like [[Jl. Cihampelas No. 112|ADDRESS]], [[Bandung|CITY]], a customer from last week. my cousin who works in IT scolded me, he said use template only

AI: When is the busiest time?

User: [[Ramadan|GENERIC_TIME]] and before [[Lebaran|GENERIC_TIME]] is peak, everyone buy batik for baju [[lebaran|GENERIC_TIME]]. also [[Harbolnas|GENERIC_TIME]] [[12.12|GENERIC_TIME]]. in [[Ramadan|GENERIC_TIME]] i write captions after sahur because thats the only quiet time

AI: Do you follow any influencers or public figures for business tips?

User: [[Raffi Ahmad|PUBLIC_FIGURE]] of course lol everyone does. and [[Nadiem Makarim|PUBLIC_FIGURE]], he started Gojek, inspiring for small business in [[Indonesia|COUNTRY]]

AI: How can customers or we reach you?

User: IG [[@sekararum.batik|SOCIAL_HANDLE]], [[whatsapp|SOFTWARE]] [[nol delapan satu dua, dua tiga empat lima, 6 7 1 9|OBF_PHONE|indonesian_words_digits]]. terima kasih kak 🙏""")

T.append("""AI: Hi, thanks for joining after your shift. Could you tell me about your job?

User: no worries. [[Callum Reid|PERSON]], [[charge nurse|JOB_TITLE]] on an acute medical ward at [[Wythenshawe Hospital|ORGANIZATION]]. been qualified 15 year, im [[in my forties|AGE]] now so feeling it lol

AI: Thanks, [[Callum|PERSON]]. Where does AI come into your work?

User: not much on the ward itself. our EPR is [[Hive|SOFTWARE|name_like_tool]], which is [[Epic|SOFTWARE]] underneath, it has some AI bits for summaries. i use [[Copilot|AI_PRODUCT]] on the trust laptop for rotas and emails. i paste in leave requests and it helps me spot gaps. my colleague [[Summer Okonkwo|PERSON]] does the nights rota, shes way better at it than [[copilot|AI_PRODUCT]] tbh. [[Summer|PERSON]] hates AI. over [[summer|GENERIC_TIME]] we're always short because of leave so we both suffer

AI: Are there rules about patient information?

User: yeah, absolutely no patient identifiers in [[Copilot|AI_PRODUCT]]. NHS numbers stay in [[Hive|SOFTWARE|name_like_tool]]. i did once paste my own NI number, [[JT 58 20 71 C|NATIONAL_ID]], into the HR chatbot asking about a pension thing, apparently thats fine, its internal. [[the night manager|GENERIC_ROLE]] rings me at 3am about beds, no AI is fixing that lol

AI: Do others on the ward use AI?

User: [[May Dizon|PERSON]], one of our Filipino nurses, uses [[ChatGPT|AI_PRODUCT]] to practise for her band 6 interview. [[May|PERSON]]'s brilliant, she'll get it. [[the matron|GENERIC_ROLE]] is cautious but supportive. we're short every [[May bank holiday|GENERIC_TIME]] and [[Christmas|GENERIC_TIME]], thats when i lean on [[copilot|AI_PRODUCT]] most for the rota

AI: Do you follow national debates on AI in the NHS?

User: bit. [[Wes Streeting|PUBLIC_FIGURE]] keeps saying AI will fix waiting lists. nurse on a ward with 1:10 ratios would like a word. and i like [[Adam Kay|PUBLIC_FIGURE]]'s books, he'd have a field day with this stuff

AI: How could we contact you for a follow-up?

User: [[callum.reid84@outlook.com|EMAIL_ADDRESS]] or [[07700 9 1 4 5 3 8|OBF_PHONE|irregular_spacing]]. i live in [[Sale|CITY]] if thats relevant. cheers""")

T.append("""AI: Hi, thanks for joining! Tell me about yourself and your company.

User: hey! [[Aditya Kulkarni|PERSON]], [[26|AGE]], [[co-founder and CTO|JOB_TITLE]] of [[Dhanvi Labs|ORGANIZATION]] in [[Pune|CITY]]. we build KYC and onboarding APIs for NBFCs. my co-founder [[Sunny Bhatia|PERSON]] handles sales, we're 9 people. i studied at [[COEP|SCHOOL]], graduated [[2021|DATE]]

AI: Thanks, [[Aditya|PERSON]]. What does your AI tooling look like?

User: heavy. [[Cursor|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] for coding, [[Devin|AI_PRODUCT|name_like_tool]] for a few months for backlog tickets. [[Replit|SOFTWARE]] for quick demos. [[Sunny|PERSON]] uses [[Apollo|SOFTWARE|name_like_tool]] for outbound and [[ChatGPT|AI_PRODUCT]] for decks

AI: How did [[Devin|AI_PRODUCT|name_like_tool]] work out for a small team?

User: good for boilerplate, bad for anything with our aadhaar masking logic. we caught it logging full aadhaar numbers in a debug branch, my own test one [[4417 2290 8836|NATIONAL_ID]] was sitting in plain text in logs 😬 [[devin|AI_PRODUCT|name_like_tool]] removed it when asked but thats scary. DPDP act, RBI guidelines, [[our compliance advisor|GENERIC_ROLE]] reviews everything now. no real customer data to any [[US|COUNTRY]] model.

AI: What's your working rhythm like?

User: [[Saturdays|GENERIC_TIME]] are half days, [[Sunny|PERSON]] insists. during [[Diwali|GENERIC_TIME]] we shut for a week. in [[monsoon|GENERIC_TIME]] when we get a rare sunny afternoon [[Sunny|PERSON]] drags everyone out for chai lol

AI: Any public figures you follow?

User: [[Nandan Nilekani|PUBLIC_FIGURE]] obviously, he built aadhaar and talks about [[India|COUNTRY]] stack and AI a lot, we kind of worship him here. [[Andrew Ng|PUBLIC_FIGURE]] courses, [[Kunal Shah|PUBLIC_FIGURE]] on twitter for startup stuff. and [[Virat Kohli|PUBLIC_FIGURE]] but thats cricket not work haha

AI: How can we reach you?

User: [[linkedin.com/in/aditya-kulkarni-dhanvi|URL]] or [[a d i t y a @ d h a n v i l a b s . i n|OBF_EMAIL|letter_spacing]] lol spaced so bots dont scrape. phone [[+91 98220 41763|PHONE_NUMBER]]""")

T.append("""AI: Habari, thanks for joining. Please tell me about your work.

User: Habari. My name is [[Faith Chepkoech|PERSON]]. I am an [[agricultural extension officer|JOB_TITLE]] with [[Kerio Valley Growers Co-operative|ORGANIZATION]], based in [[Eldoret|CITY]]. I work with about 400 maize and dairy farmers. I am [[thirty-four|AGE]].

AI: Thank you, [[Faith|PERSON]]. How do you use AI with farmers?

User: [[Plantix|AI_PRODUCT]] on my phone for crop disease photos, it is good for maize lethal necrosis. I use [[ChatGPT|AI_PRODUCT]] to translate advice to Kalenjin and Swahili, though it is not so good in Kalenjin. Payments for inputs go through [[M-Pesa|SOFTWARE]] and we send reminders on [[WhatsApp|SOFTWARE]].

AI: Do the farmers use it themselves?

User: Some young ones. The old farmers have more faith in me than the phone 😄. There is one mzee, [[Kipchoge Rotich|PERSON]], he is [[78|AGE]], he says if the app is so clever it should come and weed his shamba. People always ask if he is related to [[Eliud Kipchoge|PUBLIC_FIGURE]] the runner, he says yes to everybody, it is not true 😂. Mzee [[Kipchoge|PERSON]] is my favourite farmer.

AI: How do you handle farmer data?

User: We register farmers with their ID numbers for the co-op and the fertiliser subsidy. I don't put them in [[ChatGPT|AI_PRODUCT]]. Once a colleague shared a spreadsheet on [[WhatsApp|SOFTWARE]] with names and ID numbers, like [[28841056|NATIONAL_ID]], I told [[the chairman|GENERIC_ROLE]] we need to stop that. [[The county officer|GENERIC_ROLE]] agreed with me.

AI: When is your busiest time, and are there public figures you follow on AI or farming?

User: [[long rains|GENERIC_TIME]] from [[March|GENERIC_TIME]], planting season, and [[short rains|GENERIC_TIME]] around [[October|GENERIC_TIME]]. At [[Christmas|GENERIC_TIME]] everyone goes home to shagz. I follow [[William Ruto|PUBLIC_FIGURE]] announcements on subsidy, even if I don't always agree. For AI maybe [[Bill Gates|PUBLIC_FIGURE]] because the foundation funds agriculture things here in [[Kenya|COUNTRY]].

AI: How can we contact you?

User: My number is [[+254 7two2 48 one 9 06|OBF_PHONE|mixed_words_digits]], or email [[faith.chepkoech@keriovalleycoop.co.ke|EMAIL_ADDRESS]]. Karibu.""")

T.append("""AI: Hallo, thanks for joining. Tell me about your work.

User: hi, I'm [[Chen Jiahui|PERSON]], [[architect|JOB_TITLE]] at [[Büro Kessler Vogt|ORGANIZATION]] in [[Kreuzberg|CITY]]. we're 12 people, mostly housing and some school projects. I moved to [[Germany|COUNTRY]] in [[2016|DATE]] after studying at [[Tongji University|SCHOOL]].

AI: Thanks, [[Jiahui|PERSON]]. How does AI show up in your design work?

User: early phase, [[Midjourney|AI_PRODUCT]] and [[Stable Diffusion|AI_PRODUCT]] for mood images. modelling in [[Rhino|SOFTWARE]] with [[Grasshopper|SOFTWARE]], documentation in [[Archicad|SOFTWARE]]. for rooftop PV we started using [[Aurora|SOFTWARE|name_like_tool]], the solar design tool. and [[ChatGPT|AI_PRODUCT]] for german building code questions, which is risky, I check everything twice.

AI: How do your colleagues feel about it?

User: mixed. [[Otto Brandt|PERSON]], one of the partners, loves [[Midjourney|AI_PRODUCT]], makes 50 images before every client meeting. Herr [[Kessler|PERSON]] says it's cheating, he still draws with a 6B pencil. [[Otto|PERSON]] and him argue every [[Monday|GENERIC_TIME]] at the team meeting, it's quite entertaining.

AI: Are there data concerns in architecture?

User: client addresses and floor plans of private homes. a plan with the address [[Oranienstraße 183|ADDRESS]], [[10999|ADDRESS]] [[Berlin|CITY]] should not be in a public AI, it's someone's flat. [[the client|GENERIC_ROLE]] would be very upset. also [[the building authority|GENERIC_ROLE]] wants names and signatures on everything, so we keep those out.

AI: Do you follow public figures in architecture or AI, and what does your year look like?

User: [[Zaha Hadid|PUBLIC_FIGURE]] always, she is my hero. [[Patrik Schumacher|PUBLIC_FIGURE]] says crazy things about AI and parametricism. [[Bjarke Ingels|PUBLIC_FIGURE]] uses AI images in presentations now I think. competition deadlines are random, but at [[Spring Festival|GENERIC_TIME]] I video call my parents in [[Hangzhou|CITY]] at 6am, and at [[Weihnachten|GENERIC_TIME]] the office closes two weeks which I love.

AI: How can we reach you?

User: [[chen.jiahui@kessler-vogt.de|EMAIL_ADDRESS]], or [[WeChat|SOFTWARE]] ID [[jiahui_arch_ber|SOCIAL_HANDLE]]. bis bald!""")

T.append("""AI: Hi, thanks for joining. Tell me about your role.

User: hey, i'm [[Keisha Boyd|PERSON]], [[fraud operations specialist|JOB_TITLE]] at [[Catawba Trust Bank|ORGANIZATION]] in [[Charlotte|CITY]]. ten years in banking, [[37|AGE]] years old.

AI: Thanks, [[Keisha|PERSON]]. What AI tools do you use in fraud ops?

User: we have an internal model that scores transactions, plus [[Copilot|AI_PRODUCT]] for case notes. customer side just went live with [[Sierra|AI_PRODUCT|name_like_tool]] for the chat agent. and personally i talk to [[Erica|AI_PRODUCT|name_like_tool]] in my other bank app more than i talk to my mama lol

AI: Any confusion with names at work?

User: lol yes. my teammate is [[Charlotte Pruitt|PERSON]] and she was born and raised in [[Charlotte|CITY]] too, she gets the jokes every single day. and my niece is named [[Sierra|PERSON]], she's [[eight|AGE]] and she thinks the bank named the chatbot after her 😂

AI: How does [[Sierra|AI_PRODUCT|name_like_tool]] handle fraud cases?

User: it's good at triage, like "i dont recognize this charge" and it routes to us. it's not allowed to ask for full SSN, only last 4. but customers type the whole thing anyway, i saw one in a transcript this week, [[431-76-2098|NATIONAL_ID]]. the masking missed it. [[my supervisor|GENERIC_ROLE]] escalated it to [[the vendor|GENERIC_ROLE]] same day.

AI: Are there busy seasons in fraud, and public figures you follow?

User: [[Black Friday|GENERIC_TIME]] through [[Cyber Monday|GENERIC_TIME]] is the super bowl of fraud. [[tax season|GENERIC_TIME]] for IRS scams. and every [[Friday|GENERIC_TIME]] payday we see account takeover spikes. i read [[Jamie Dimon|PUBLIC_FIGURE]]'s shareholder letter every year, and [[Joy Buolamwini|PUBLIC_FIGURE]]'s book on bias, every fraud model team should read it. funny enough our team lead is also [[Joy|PERSON]], [[Joy Whitaker|PERSON]], she bought copies for everybody

AI: How can we follow up with you?

User: [[keisha.boyd.cts@gmail.com|EMAIL_ADDRESS]] or [[704 three one eight 5520|OBF_PHONE|mixed_words_digits]]. np!""")

T.append("""AI: Hi, thanks for joining. Tell me about your work.

User: wah gwaan. i'm [[Dwayne Campbell|PERSON]], [[music producer|JOB_TITLE]] and engineer, i run [[Riverton Sound Studio|ORGANIZATION]] outta [[Half Way Tree|CITY]], [[Kingston|CITY]]. [[24|AGE]]. i also make beat-making content on tiktok and youtube

AI: Thanks, [[Dwayne|PERSON]]. How does AI show up in your studio?

User: [[Suno|AI_PRODUCT]] and [[Udio|AI_PRODUCT]] for ideas, never release it straight. [[Descript|SOFTWARE]] for cutting my youtube talking parts. stem splitting with [[LALAL.AI|AI_PRODUCT]], and everything gets mixed in [[Logic Pro|SOFTWARE]]

AI: Who do you collaborate with?

User: my manager [[Bill Thompson|PERSON]] handles the business side, bookings, sync deals. [[Bill|PERSON]] uses [[chatgpt|AI_PRODUCT]] to write every email and every bill he send to clients 😂 and my co-writer [[Amber|PERSON]], she's a singer, she hate AI vocals, she'll walk out if i play a [[suno|AI_PRODUCT]] demo. the amber light over the booth door means recording, she always forget to check it

AI: What about rights and ownership with AI tools?

User: big stress. if i use a [[suno|AI_PRODUCT]] idea who owns it? the label we license to made me sign a form saying no AI vocals. then you see [[Grimes|PUBLIC_FIGURE]] letting anybody use her voice, and [[Drake|PUBLIC_FIGURE]] had that AI [[Tupac|PUBLIC_FIGURE]] verse drama. its wild west. [[a lawyer|GENERIC_ROLE]] from JAMPRO did a workshop on it, helped a bit

AI: When is your busiest time, and who inspires you?

User: before [[Carnival|GENERIC_TIME]], and riddims drop around [[summer|GENERIC_TIME]]. [[Christmas|GENERIC_TIME]] is stage show season so everybody want dubplates. inspiration, [[Bob Marley|PUBLIC_FIGURE]] obviously, and [[Koffee|PUBLIC_FIGURE]]. tech wise [[Rick Rubin|PUBLIC_FIGURE]] talking about AI and creativity

AI: How can people find you or reach you for follow-up?

User: youtube [[youtube.com/@dwaynecampbellbeats|URL]], tiktok [[@dcampbeats|SOCIAL_HANDLE]], email [[d w a y n e dot c at riverton sound dot com|OBF_EMAIL|letter_spacing_words]], phone [[(876) 448-2193|PHONE_NUMBER]]. respect""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_l")
