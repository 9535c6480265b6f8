import sys
from markup import write_set
T = []

# 1 Nigeria
T.append("""AI: Good afternoon, and thanks for making time for this. To start, could you tell me a little about yourself and the work you do?

User: Good afternoon o! My name is [[Adaeze Okonkwo|PERSON]], but everybody calls me [[Ada|PERSON|nickname]]. I'm [[31|AGE]], and I'm an [[HR business partner|JOB_TITLE]] with [[Stanbic IBTC|ORGANIZATION]]. I sit at the head office in [[Victoria Island|CITY]], but the staff I support are mostly in the mainland branches, [[Ikeja|CITY]], [[Yaba|CITY]], [[Surulere|CITY]], so I spend more time in traffic on Third Mainland Bridge than I would like. My work is onboarding, performance reviews, employee relations, exits. And writing. So much writing. That's honestly where the AI came in.

AI: Thanks, [[Ada|PERSON]]. What does that writing look like day to day, and where does AI fit?

User: Okay so, take a disciplinary case. I have to draft the query letter, then a summary for [[my line manager|GENERIC_ROLE]], then sometimes a memo for Legal. Before, I'd pull a template from the shared drive that somebody saved in like [[2016|DATE]] and just be editing it, and it sounded very "you are hereby directed to show cause why", very colonial. Now I describe the situation in [[ChatGPT|AI_PRODUCT]], without names, and ask it to give me something firm but humane. My head of department, Mrs [[Balogun|PERSON]], reads everything before it goes out, and she used to always send it back with "[[Ada|PERSON]], soften it small, these are people." Since I started using the AI for the first draft, fewer of those comments. She even asked me [[last month|GENERIC_TIME]] which template I was using. I told her the truth. She laughed and said make I teach her.

AI: Did she have any concerns when you told her?

User: Small small. The bank brought a policy around [[April 2024|DATE]] that you can only use [[Copilot|AI_PRODUCT]] inside [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]] on the work laptop, because that one is the enterprise version and the data stays inside. [[ChatGPT|AI_PRODUCT]] on my personal phone is, let's say, a grey area. So what I do is, I never put a staff name or a staff number. I write "Employee A, branch on the mainland, three late resumptions in [[June|GENERIC_TIME]]". [[My colleague|GENERIC_ROLE]] [[Tunde|PERSON]], he's our [[compensation analyst|JOB_TITLE]], he was more careless. He once pasted a whole salary sheet into a free tool, I won't say which one, and IT called him the next morning. Since then he has become very holy. He even sends messages in our [[WhatsApp|SOFTWARE]] group like "[[ada|PERSON]] abeg is this one allowed", all lowercase, with a screenshot, before he types anything.

AI: That's a very concrete example. Do you use AI outside work as well?

User: Ah, yes. [[My younger brother|GENERIC_ROLE]] [[Chinedu|PERSON]] is in final year at [[UNILAG|SCHOOL|org_nickname]], mechanical engineering, and he uses it for everything, which worries me a bit. Me, I use it for [[my mum|GENERIC_ROLE]]'s business. She sells fabrics, ankara and lace, from a shop in [[Yaba|CITY]], and she sends me voice notes in Igbo about new stock. I turn them into price lists and captions for her [[Instagram|SOFTWARE]], because her customers are aunties in [[London|CITY]] and [[Houston|CITY]] and they want everything nice and polished. I also used [[Gemini|AI_PRODUCT]] to plan the budget for my traditional wedding in [[December 2023|DATE]]. [[My husband|GENERIC_ROLE]] [[Obinna|PERSON]] thought I was mad, I had a spreadsheet for aso-ebi colours, for small chops, for the MC. But we didn't overspend, so who is laughing now?

AI: What hasn't worked so well?

User: Context. It doesn't understand [[Nigeria|COUNTRY]] well. I asked it once about sick leave and it gave me something about "statutory sick pay" which is a [[UK|COUNTRY]] thing, and it quoted a section of our Labour Act that, when I checked, does not exist. It was very confident. So now anything legal, I send to Legal, full stop. Also the tone, sometimes it is too American, "Hey team! Super excited to share". Nobody in a Nigerian bank is super excited about anything on a [[Monday|GENERIC_TIME]] morning. I ask it to write "like a senior Nigerian HR professional" and it gets closer. And it flattens people. Like [[Chimamanda Ngozi Adichie|PUBLIC_FIGURE]] says, the danger of a single story. An employee who is late every day may have a sick mother in [[Ikorodu|CITY]]. The AI doesn't know that. I have to know that. As for my job, honestly, I'm not scared. HR is people. What I'm worried about is [[the junior officers|GENERIC_ROLE]] who will never learn to write a query letter from scratch, because they'll always start from the AI draft. When I was a graduate trainee in [[2017|DATE]], my first boss, Mr [[Adewale|PERSON]], he made me rewrite one letter seven times. I hated him then. Now I'm grateful. So I make my own trainee, [[Kemi|PERSON]], write the first version herself, then we compare with what the AI gives. Sometimes hers is better. Sometimes not. That conversation is the training.

AI: Thank you so much, [[Ada|PERSON]]. If we need to follow up, what's the best way to reach you?

User: Send me an email: [[adaeze dot okonkwo at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Or [[WhatsApp|SOFTWARE]] on [[0803 412 7759|PHONE_NUMBER]], but text first o, don't just call, I'm always in one meeting or the other.""")

# 2 Kenya
T.append("""AI: Hello, and thank you for joining. Could you start by introducing yourself and telling me what you do?

User: Sawa, thank you. I am [[Wanjiru Kamau|PERSON]], I'm [[38|AGE]] years old, and I'm a [[nursing officer|JOB_TITLE]] in the maternity wing at [[Mama Lucy Kibaki Hospital|ORGANIZATION]] in [[Embakasi|CITY]], [[Nairobi|CITY]]. I've been there since [[2015|DATE]]. Before that I was at a dispensary in [[Nyeri|CITY]], that's my home county. So my work is antenatal clinic, deliveries, postnatal care, and a lot of teaching mothers. We are very busy. On a good night we have maybe fifteen deliveries, on a bad night, eish, don't ask.

AI: Thanks, [[Wanjiru|PERSON]]. Where does AI come into that kind of work?

User: Mostly not on the ward, let me be honest. On the ward there is no time and the Wi-Fi is for the administration block only. Where I use it is preparing health talks. [[Every morning|GENERIC_TIME]] before clinic we give a talk to the mothers waiting, about breastfeeding, danger signs in pregnancy, family planning. I use [[ChatGPT|AI_PRODUCT]] on my phone to help me make the talk simple and put it in Kiswahili and sometimes Sheng, because many of our mothers are young girls from [[Mukuru|CITY]] and [[Kayole|CITY]] and they don't want a lecture. I ask it, "explain pre-eclampsia to a nineteen-year-old in simple Kiswahili," and then I fix it, because its Kiswahili is a bit, how can I say, Tanzanian. Too formal. Our girls will laugh at you. [[My in-charge|GENERIC_ROLE]], Sister [[Akinyi|PERSON]], she was against it at first. She said, "[[Wanjiru|PERSON]], that thing will kill someone." And she is not wrong to worry. But then she saw the posters I made with [[Canva|SOFTWARE]] and the AI text, about kangaroo mother care, and now she wants them for the newborn unit also. Dr [[Mutua|PERSON]], he is the [[obstetrician in charge|JOB_TITLE]], he uses it to summarise guidelines from the Ministry, the long PDFs. The young clinical officers use it for everything. I tell them, pole pole, check the dose in the book. The book does not hallucinate.

AI: Has there been a moment where it got something wrong?

User: Yes. Once I asked about the dose of magnesium sulphate, just to compare with what I remember, and it gave me a regimen that was not our national guideline. It was not dangerous maybe, but it was different. If a new nurse had followed it at three in the morning... So now in our unit [[WhatsApp|SOFTWARE]] group we have a rule: AI for words, not for drugs. Sister [[Akinyi|PERSON]] even pinned it. Someone wrote "ok sister noted 🙏" and then [[otieno|PERSON]], our lab guy, he wrote "what about for lab values", and we said no, also no. Ha, and that's [[Otieno|PERSON]] from the lab. Not to confuse with [[my husband|GENERIC_ROLE]], who is also... no, [[my husband|GENERIC_ROLE]] is [[Kariuki|PERSON]], he's a matatu owner, two vehicles on the [[Rongai|CITY]] route. He uses [[Gemini|AI_PRODUCT]] to argue with the county about licences, haha. He writes these long complaint letters to [[KeNHA|ORGANIZATION|org_nickname]] about the potholes and the AI makes them sound very official. At home also [[my daughter|GENERIC_ROLE]] [[Faith|PERSON]], she's in Form Three at [[Alliance Girls High School|SCHOOL]], she uses it for chemistry revision. I check her phone on [[Sunday|GENERIC_TIME]] evenings. Not to spy. Okay, a little to spy.

AI: How do you think AI will change nursing in [[Kenya|COUNTRY]]?

User: In our public hospitals the problem is not knowledge, it is staff. We are few. One nurse, thirty mothers. AI cannot hold a baby or notice a mother is too quiet. But for documentation, yes, if the records were digital it could help. Now we have the new system, [[KenyaEMR|SOFTWARE]], in some clinics, and if AI could fill the forms while I talk, I would save maybe two hours a shift. Then those two hours go to the mothers. That's what I want. Not a robot nurse. Just less paper.

AI: That's a clear wish. Before we close, is there a way to reach you for a follow-up?

User: Sure. My number is [[zero seven two two, four one eight, nine zero three|OBF_PHONE|digits_as_words]]. If I don't pick, I'm on shift, just send a message and I will call back after. Email I don't check, honestly. Maybe once a month, and then there are two hundred emails about seminars.""")

# 3 South Africa
T.append("""AI: Thanks for chatting with me today. Could you start by telling me who you are and what you do?

User: Howzit. Ja, I'm [[Sipho Ndlovu|PERSON]], [[44|AGE]], I'm a qualified electrician, [[master installation electrician|JOB_TITLE]] actually, and I run my own small business, [[Ndlovu Electrical & Solar|ORGANIZATION]]. We're based in [[Pinetown|CITY]], outside [[Durban|CITY]], and we do mostly residential, some small commercial. Since load-shedding got bad, around [[2022|DATE]], it's been seventy percent solar and inverter installs. Before that it was geysers and DB boards and compliance certificates for people selling houses.

AI: Thanks, [[Sipho|PERSON]]. How did AI come into a business like yours?

User: [[My son|GENERIC_ROLE]] [[Lwazi|PERSON]] showed me. He's doing his N6 at [[Mangosuthu University of Technology|SCHOOL]], and one evening I was sitting there with a calculator doing a quote for a 5 kVA system, batteries, panels, the whole thing, and he says, "[[Baba|GENERIC_ROLE]], just ask [[ChatGPT|AI_PRODUCT]]." I said, that thing doesn't know the price of cable in [[Durban|CITY]]. He said, no, you give it the prices, it makes it nice. And eish, he was right. Now I give it my list from the supplier, my labour, and it makes a proper quote with a breakdown, with the terms and conditions, deposit fifty percent, all of that. Before, my quotes were on a [[WhatsApp|SOFTWARE]] message. Now they look like a big company.

AI: Do you use it for the technical side too?

User: A bit, but carefully. I'll ask it, what's the cable size for this run, and then I check it against SANS 10142, the wiring code, because that's what [[the inspector|GENERIC_ROLE]] looks at, not what the computer says. Sometimes it's right, sometimes it's using American numbers, AWG and 110 volts, then it's useless. [[My apprentice|GENERIC_ROLE]] [[Thabo|PERSON]], he's twenty-two, he wanted to trust it for everything. I told him, my boy, if you burn Mrs [[Pillay|PERSON]]'s house down in [[Umhlanga|CITY]], [[ChatGPT|AI_PRODUCT]] is not going to court. You are. And me. She's one of our best clients, hey. She had a whole system put in, 8 kVA, at her place, [[27 Sunningdale Crescent|ADDRESS]] in [[Umhlanga|CITY]]. Lovely lady. She refers everyone. The AI also helps me with her type of client, because she'll send me a long email with twenty questions about warranty, about the inverter brand, about why the battery shows 80 percent. I paste the email in, I tell it the answers in my own words, short, and it writes a polite reply. My English is fine, but in writing I get short with people. [[My wife|GENERIC_ROLE]] [[Nomsa|PERSON]] says I write like a telegram. So the AI is like [[Nomsa|PERSON]] checking my emails, but it doesn't shout at me. Other tools, we use [[Xero|SOFTWARE]] for invoicing, [[my bookkeeper|GENERIC_ROLE]] [[Yolanda|PERSON]] set that up. She's not full-time, she comes in on [[Fridays|GENERIC_TIME]]. I use [[Google Maps|SOFTWARE]] for routing, obviously, and [[Gemini|AI_PRODUCT]] sometimes because it's on my Samsung already. For marketing, [[Lwazi|PERSON]] does our [[Facebook|SOFTWARE]] page, and he made a little video with some AI voice, which I didn't like, the voice sounded like a radio DJ from [[Joburg|CITY]]. I said make it sound like us. [[Durban|CITY]] people. Lekker, not fancy.

AI: Has AI changed how you see the future of the trade?

User: Look, a computer can't crawl in a roof at forty degrees in [[January|GENERIC_TIME]]. Trades are safe. But the paperwork side, the quotes, the COCs, the registration stuff with the [[Department of Labour|ORGANIZATION]], that is getting easier. That saves me maybe six, seven hours a week. That's a whole extra job. What worries me is the fly-by-nights, guys who aren't qualified using the AI to make professional-looking quotes and then doing dangerous work. The customer can't tell the difference from the paper anymore. So I tell clients, ask for the registration number. Ours is on every quote, company registration [[2017/345678/07|NATIONAL_ID]], and my electrician's registration with the department.

AI: That's a good tip for customers. If we want to follow up, how can we reach you?

User: [[WhatsApp|SOFTWARE]] is best, [[+27 82 614 3390|PHONE_NUMBER]]. Or the email, [[sipho[at]ndlovuelectrical.co.za|OBF_EMAIL|bracket_at]]. [[Nomsa|PERSON]] reads that one too, so be nice, hey.

AI: Will do. Thanks very much, [[Sipho|PERSON]].

User: Pleasure, my bru. Cheers.""")

# 4 Egypt
T.append("""AI: Good evening, and thank you for speaking with me. Could you introduce yourself?

User: Good evening. I'm [[Nourhan El-Sayed|PERSON]], I'm [[29|AGE]], and I teach English at [[El Raml Experimental Language School|SCHOOL]] in [[Smouha|CITY]], [[Alexandria|CITY]]. Officially my title is "[[mudarris awwal|JOB_TITLE]]", first teacher, but [[the students|GENERIC_ROLE]] just call me Miss [[Nourhan|PERSON]], or only 'Miss' when they want something. It's a government school but experimental, so the subjects are in English, and the classes are big, forty-five, fifty students. I teach preparatory stage, so ages twelve to fifteen.

AI: Thank you, [[Nourhan|PERSON]]. How do you use AI in your teaching?

User: Mainly for preparation. We have the Ministry book, and honestly it's boring and [[the students|GENERIC_ROLE]]' level is very mixed. Some of them watch [[Netflix|SOFTWARE]] all day and speak like Americans, some can barely read. So I use [[ChatGPT|AI_PRODUCT]] to make three versions of the same worksheet, easy, medium, hard. I say, "Make a reading passage about the Bibliotheca Alexandrina for Grade 8, A2 level, with five questions." Then the same for B1. Before this, I would spend my whole [[Friday|GENERIC_TIME]] doing this by hand. Now it's one hour. Then I print, and printing is the real problem, because the school printer has been broken since [[Ramadan|GENERIC_TIME]]. Some colleagues use it too. Mr [[Hany|PERSON]], he's the [[senior English teacher|JOB_TITLE]], he's in his fifties and he thinks it's cheating. But then he asked me secretly to help him write a speech for [[the headmistress|GENERIC_ROLE]]'s retirement, haha. Ustaz [[Sherif Abdelaziz|PERSON]], the ICT teacher, he's the opposite, he wants AI everywhere, he made a chatbot on [[Poe|AI_PRODUCT]] that answers questions about the exam timetable. It worked until it invented an exam on a day that was a public holiday. [[The parents|GENERIC_ROLE]]' [[WhatsApp|SOFTWARE]] group exploded. Ya salam. [[The headmistress|GENERIC_ROLE]], Mrs [[Magda|PERSON]], called him to her office. And [[the students|GENERIC_ROLE]], of course they use it. For essays, obviously. [[Last term|GENERIC_TIME]], I got twelve essays on "My Favourite Hobby" that all started with "In today's fast-paced world". Twelve! So now I do the writing in class, on paper. And I use it against them, a bit: I give them an AI paragraph and they have to find the mistakes or make it more personal. One boy wrote about [[Mohamed Salah|PUBLIC_FIGURE]] and he corrected the AI about which year [[Salah|PUBLIC_FIGURE]] joined Liverpool, and he was so proud. That is the kind of thing I want. They should argue with it, not copy it.

AI: Do you use AI outside school?

User: Yes, I give private lessons, like most teachers in [[Egypt|COUNTRY]], because the salary, you know. I have students in [[Sidi Gaber|CITY]] and [[Miami|CITY]], our [[Miami|CITY]], not the American one. I use [[Gemini|AI_PRODUCT]] to make IGCSE practice tests for them. And [[my mother|GENERIC_ROLE]] uses it, believe it or not. [[My brother|GENERIC_ROLE]] [[Karim|PERSON]] installed it on her phone and now she asks it for recipes and argues with it about molokhia. She says it doesn't know anything about cooking, which is true.

AI: How do you feel about AI in education overall?

User: Mixed. It saves my time, and I'm tired, so that's good. But the gap is getting bigger. The private international schools in [[New Cairo|CITY]] have AI tools, smart boards, everything. My students share one phone between two brothers. If AI becomes part of the exam system, my students lose. So I try to teach them how to use it on the free version, on the phone, with bad internet. That's the real life.

AI: Thank you. If we want to follow up, how can we contact you?

User: You can email me, [[nourhan.elsayed92 at yahoo dot com|OBF_EMAIL|spelled_at_dot]]. Or phone, it's [[٠١٠٠ ٢٣٤ ٧٨٩١|OBF_PHONE|arabic_indic_digits]], I wrote it how I type it on my phone, sorry, in English it's [[0100 234 7891|PHONE_NUMBER]].

AI: No problem at all. Thank you so much, [[Nourhan|PERSON]].

User: You're welcome. Ma'a salama.""")

# 5 India
T.append("""AI: Hi, thanks for joining. Could you tell me a bit about yourself and your work?

User: Hi! So I'm [[Sneha Kulkarni|PERSON]], [[27|AGE]], I'm a [[Senior QA Engineer|JOB_TITLE]] at [[Persistent Systems|ORGANIZATION]], in the [[Hinjewadi|CITY]] campus in [[Pune|CITY]]. I've been there almost five years, joined straight after my BE from [[COEP|SCHOOL|org_nickname]]. I work on a project for a US health insurance client, I can't say the name, let's call them [[the client|GENERIC_ROLE]]. We test their member portal, claims flows, that kind of thing. Mostly automation, [[Selenium|SOFTWARE]] with Java, some API testing in [[Postman|SOFTWARE]], and now more and more AI.

AI: Thanks, [[Sneha|PERSON]]. How does AI show up in your testing work?

User: Arre, everywhere now. Officially we have [[GitHub Copilot|AI_PRODUCT]] licences since [[March 2024|DATE]], the company rolled it out after a big pilot. So when I'm writing automation scripts, page objects, locators, [[Copilot|AI_PRODUCT]] suggests half of it. Honestly for boilerplate it's amazing. Then for test case design, we're allowed to use the internal chatbot, which is basically [[GPT-4|AI_PRODUCT]] hosted on [[Azure|SOFTWARE]], they call it something like "[[PiGPT|AI_PRODUCT]]" internally. I give it the user story from [[Jira|SOFTWARE]] and say, "generate positive, negative and edge test cases." It gives me forty. Twenty are useful, ten are duplicates, ten are nonsense. But the twenty useful ones, some of them I would not have thought of, like timezone issues for a member in [[Hawaii|CITY]].

AI: How does your team feel about it?

User: Mixed. [[My lead|GENERIC_ROLE]], [[Vikram|PERSON]] sir, [[Vikram Iyer|PERSON]], he's very pro. He tracks our "AI productivity" in the sprint retro, which is a bit much. [[My teammate|GENERIC_ROLE]] [[Aniket|PERSON]], he's the opposite. He says [[Copilot|AI_PRODUCT]] writes flaky tests and then he has to debug them at 11 pm when the US team is online. And he's not wrong! [[Last sprint|GENERIC_TIME]], one AI-generated wait condition was wrong and the whole regression suite failed on [[the client|GENERIC_ROLE]]'s CI. [[The client|GENERIC_ROLE]]'s QA manager, some lady called [[Brenda|PERSON]], sent a very polite but very angry email. [[Vikram|PERSON]] sir had to get on a call. After that, we added a rule: every AI-generated script needs a second reviewer. So now [[Aniket|PERSON]] reviews mine and I review his, and we fight in a friendly way.

AI: Do you use AI outside of work as well?

User: Haan, a lot. I used [[ChatGPT|AI_PRODUCT]] to do my income tax return [[this year|GENERIC_TIME]], like to understand old regime versus new regime. And okay, I did something stupid: I typed my full PAN, [[ABKPK4821M|NATIONAL_ID]], into it because I was copying from the Form 16. Later I realised, why did I do that? [[My father|GENERIC_ROLE]] would kill me. [[Aai|GENERIC_ROLE]] and [[Baba|GENERIC_ROLE]], [[my parents|GENERIC_ROLE]], they live in [[Kolhapur|CITY]], and [[Baba|GENERIC_ROLE]] is a retired bank officer, very strict about documents. I didn't tell him. [[My mom|GENERIC_ROLE]] also uses it, believe it or not. I set up [[Gemini|AI_PRODUCT]] on her phone, and she asks it recipes in Marathi, and how to talk to her sister-in-law, haha. And for my wedding planning, yes, that's happening, [[December|GENERIC_TIME]], the guy is [[Rohan Deshpande|PERSON]], he's in [[Bangalore|CITY]] at [[Infosys|ORGANIZATION]], so long distance for now. We used [[ChatGPT|AI_PRODUCT]] for the guest list spreadsheet and for deciding the menu. [[Rohan|PERSON]] asked it to write a speech, I refused. Some things you should write yourself, no?

AI: Looking ahead, how do you see AI affecting QA as a career?

User: This is the big fear in [[Hinjewadi|CITY]] honestly. Everybody is talking. "Manual testing is dead," people say. [[My cousin|GENERIC_ROLE]] [[Pooja|PERSON]] was a manual tester at a smaller company in [[Baner|CITY]] and her whole team was reduced from twelve to five after they brought AI test generation. She's now doing an ISTQB course and learning [[Playwright|SOFTWARE]]. For me, I think if you understand the domain, like insurance rules, claims logic, HIPAA, then AI is a tool. If you only click buttons, then, yes, bas, that job is going.

AI: That's a clear view. Last thing, if we'd like to follow up with you, how can we reach you?

User: LinkedIn is easiest, [[linkedin.com/in/sneha-kulkarni-qa|URL]]. Or email, [[sneha.kulkarni.qa@gmail.com|EMAIL_ADDRESS]]. Please don't send to my office ID, the filters are crazy.""")

# 6 Philippines
T.append("""AI: Hi, good morning! Thank you for joining. Can you tell me about yourself and your job?

User: Good morning po! I'm [[Maricel Dela Cruz|PERSON]], [[34|AGE]], but at work they call me [[Cel|PERSON|nickname]]. I'm a [[Team Leader|JOB_TITLE]] at [[Teleperformance|ORGANIZATION]], our site is in [[Cebu IT Park|CITY]], in [[Cebu City|CITY]]. I handle fifteen agents on a US telco account, mostly billing concerns and upgrades. I've been in BPO for eleven years, started as an agent in [[2013|DATE]] right after college at [[University of San Carlos|SCHOOL]]. Graveyard shift all my life, so sorry if my voice is tired, I just got off.

AI: No problem at all, thanks, [[Cel|PERSON]]. How is AI part of your work?

User: Grabe, a lot now. The agents have an AI assist tool on their screen, it listens to the call and suggests the next answer, and it auto-summarises the call at the end. Before, after-call work was like two minutes per call, now less than thirty seconds. So our AHT went down, which [[the client|GENERIC_ROLE]] loves. For me as TL, I use [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Excel|SOFTWARE]] to make my coaching logs and my reports to [[my OM|GENERIC_ROLE]], Sir [[Paolo|PERSON]], [[Paolo Villanueva|PERSON]]. He wants a report every shift about our metrics, CSAT, AHT, adherence, and I'm not a good writer, so [[Copilot|AI_PRODUCT]] helps me make it professional. At first the agents were scared. They thought it's to replace them. Some still think that, honestly. One of [[my agents|GENERIC_ROLE]], [[Jun-Jun|PERSON|nickname]], real name [[Arnel Sabado|PERSON]], he's very good at calls, very makulit with [[the customers|GENERIC_ROLE]], they love him. But the AI tool gave him low scores because he doesn't follow the script exactly, he jokes with customers. So I had to defend him to QA, like, look at his CSAT, it's ninety-five percent! The AI doesn't understand the Filipino way of making the customer comfortable. Another agent, [[Kristine|PERSON]], she's new, she depends on the suggestions too much. When the tool is lagging, she freezes. So I coach them both, opposite problems.

AI: Do you use any AI tools outside work?

User: Yes, [[ChatGPT|AI_PRODUCT]], the free one. I use it for [[my kids|GENERIC_ROLE]]' assignments, haha, not to cheat, to explain. [[My eldest|GENERIC_ROLE]], [[Princess|PERSON]], she's in Grade 6 at [[Talamban Elementary School|SCHOOL]], and sometimes the math is new method and I don't know it anymore. Also [[my husband|GENERIC_ROLE]] [[Rodel|PERSON]], he's an OFW, he works as a seaman, so he's on a ship, and we use it to translate documents for his contract, and to plan our budget for the house we're building in [[Liloan|CITY]]. Every peso counts, so I ask it to make a table of materials and cost. Then [[my mother-in-law|GENERIC_ROLE]] checks it, she's more strict than any AI. What doesn't work well? The accents! The AI transcription sometimes writes nonsense with Bisaya words, like if an agent says "sige, wait lang" it writes something weird. And for [[the customers|GENERIC_ROLE]] from the southern US, the accent also, it makes mistakes. Then the summary is wrong, then the next agent who reads the account notes gets confused. Also the company monitoring. Everything is measured now. The AI listens to every call. [[My agents|GENERIC_ROLE]] feel like Big Brother. I tell them, just do your best, I'm the one who reads the reports, not the robot.

AI: What do you think about the future of BPO work in the [[Philippines|COUNTRY]]?

User: Honestly, I'm worried. [[Cebu|CITY]] has so many BPOs, it's our bread and butter. If chatbots take the simple calls, only the hard calls will be left for humans, the angry customers, the complicated ones. So the job will be more stressful, maybe fewer seats. I'm taking a course online about data analytics, just in case, on [[Coursera|SOFTWARE]]. My friend [[Joy|PERSON]] from my old account, she moved to a team doing AI training data, labelling calls. That's also BPO now. So maybe we'll just change, like always.

AI: Thank you, [[Cel|PERSON]]. If we want to follow up, how can we reach you?

User: You can message me on [[Facebook|SOFTWARE]], [[facebook.com/maricel.delacruz.0917|URL]], or text me, [[0917 . 482 . 6613|OBF_PHONE|dotted_digits]]. Just text po, don't call in the daytime, I'm sleeping, haha.

AI: Got it. Salamat, [[Cel|PERSON]]!

User: Salamat din! Ingat.""")

# 7 Japan
T.append("""AI: Konnichiwa, thank you for making time. Could you introduce yourself and your work?

User: Yes, hello. I am [[Sato Haruka|PERSON]], [[Sato|PERSON]] is my family name. I am [[46|AGE]] years old. I work as a [[kaigo fukushishi|JOB_TITLE]], certified care worker, at [[Sakura no Sato|ORGANIZATION]], it is a tokuyo, a special nursing home for elderly people, in [[Sakai|CITY]], near [[Osaka|CITY]]. I have worked in care for twenty years. Now I am also [[floor leader|JOB_TITLE]] of the second floor, twenty-eight residents.

AI: Thank you, [[Sato|PERSON]]-san. How do you use AI in your work?

User: Ah, little by little. The biggest use is for our foreign staff. Now many care workers in [[Japan|COUNTRY]] come from other countries, technical intern trainees. On my floor we have [[Nguyen|PERSON]]-san from [[Vietnam|COUNTRY]] and [[Putri|PERSON]]-san from [[Indonesia|COUNTRY]]. They are very kind and very hard working, but the kaigo records must be in Japanese, with special words. So they write in simple Japanese or even in their language and then use [[ChatGPT|AI_PRODUCT]] to make it proper Japanese. Before, I had to correct every record, it took one hour after my shift. Now maybe twenty minutes. Of course I still check. Sometimes the AI writes too polite, or writes "the resident is happy" when [[Nguyen|PERSON]]-san meant "the resident is calm". Small difference, but in care it is important.

AI: Does your facility have rules about AI?

User: Yes, our shisetsucho, the facility director, [[Kobayashi|PERSON]]-san, made rules in [[October 2024|DATE]]. No names of residents in the AI, no photos. We write "Resident A, 89 years old, female". So it is okay. Also we use [[LINE|SOFTWARE]] for staff messages, and there is an AI translation in that, also helpful. But [[Kobayashi|PERSON]]-san worries about the family. The family members, if they know we use AI for records, maybe they feel bad. So we do not advertise.

AI: Can you share a moment where AI really helped, or didn't?

User: Helped: one resident, Mrs [[Yamamoto|PERSON]], she has dementia and she speaks [[Osaka|CITY]] dialect very strong, and she was angry every evening, sundowning. [[Putri|PERSON]]-san could not understand her. So [[Putri|PERSON]]-san used [[Google Translate|SOFTWARE]] voice, and it did not work for dialect. Then she asked [[ChatGPT|AI_PRODUCT]] "what does 'akan' and 'shindoi' mean" and learned. Now she uses dialect words with [[Yamamoto|PERSON]]-san, and she smiles. That was beautiful.
Not helped: I asked it once about pressure sore care, it gave me American nursing advice, products we don't use. So for medical things, I ask the kangoshi, the nurse, [[Tanaka|PERSON]]-san. Not AI. Outside work, [[my son|GENERIC_ROLE]] [[Daiki|PERSON]], he is a university student at [[Kansai University|SCHOOL]], he uses AI for his reports. I worry, but he says everyone does. [[My husband|GENERIC_ROLE]] is a taxi driver, he does not use it at all. He says his navigation is enough AI, ha ha. I use it sometimes for my hobby, I do haiku. I don't ask it to write haiku, that is cheating, but I ask it, "is this season word correct for [[November|GENERIC_TIME]]?" It is not always right. The old teacher at the community centre is better.

AI: How do you see the future of care work with AI?

User: [[Japan|COUNTRY]] has no people. That is the truth. Too many old people, not enough young care workers. The government talks about robots, care robots, AI sensors. We have a sensor under the beds now, it tells us if the resident gets up at night. That helps the night shift, we are only two staff for twenty-eight people at night. But AI cannot do bathing, eating, holding the hand at the end. That is kaigo. I hope AI does the paper, and we do the people.

AI: Thank you so much, [[Sato|PERSON]]-san. If we need to follow up, how can we contact you?

User: Please call the facility and ask for me, the number is [[０７２－２８４－６１９３|OBF_PHONE|fullwidth_digits]], sorry, my phone keyboard makes big numbers. Or my email, [[haruka.sato.kaigo@docomo.ne.jp|EMAIL_ADDRESS]].""")

# 8 Vietnam
T.append("""AI: Xin chào, thanks for joining today. Can you tell me about yourself and your job?

User: Xin chào! I'm [[Nguyễn Minh Thư|PERSON]], you can call me [[Thư|PERSON]], or foreigners call me [[Thu|PERSON]], no problem. I'm [[26|AGE]]. I'm [[store manager|JOB_TITLE]] at a [[Routine|ORGANIZATION]] store, it's a Vietnamese fashion brand, our store is on [[Nguyễn Trãi|ADDRESS]] street in [[District 5|CITY]], [[Ho Chi Minh City|CITY]]. I manage nine staff, mostly students working part-time. I've been [[store manager|JOB_TITLE]] since [[2023|DATE]], before that I was a sales assistant at the same store for three years.

AI: Thanks, [[Thư|PERSON]]. How do you use AI in a retail job?

User: Okay, so, the company has its own system for stock and sales, but for my own work I use [[ChatGPT|AI_PRODUCT]] a lot. First, for the staff schedule. I have nine people, all with university timetables that change every semester, and some want only [[weekends|GENERIC_TIME]], some only evenings. I give [[ChatGPT|AI_PRODUCT]] the list, who can work when, and it makes a draft schedule. Not perfect, but faster than me with paper. Second, for the small reports to my area manager, chị [[Lan|PERSON]]. She wants [[every week|GENERIC_TIME]] a report, sales, best sellers, problems, in a nice format. I write in Vietnamese quickly, messy, and ask AI to make it clean. [[My staff|GENERIC_ROLE]] use it too, the young ones, of course. One boy, em [[Tuấn|PERSON]], he's very creative, he uses AI to write captions for our store's [[TikTok|SOFTWARE]] videos. We do small videos, "outfit of the day", staff wearing new collection. The company marketing team does the big campaigns, but each store can do local content. [[Tuấn|PERSON]] writes captions with Gen Z slang and AI helps with hashtags. Our store videos got more views than [[District 1|CITY]] store [[last month|GENERIC_TIME]], hehe, I'm very proud. Also, customers message us on [[Zalo|SOFTWARE]] asking "size M còn không?", is size M still available. Sometimes forty messages a day. I made a list of ready answers with AI help, and staff copy-paste. Faster.

AI: Has anything gone wrong with it?

User: One time, yes. I asked AI to write a product description for a linen shirt, and it said "100% organic linen, made in [[Italy|COUNTRY]]". But our shirt is made in [[Vietnam|COUNTRY]], and it's linen blend! [[Tuấn|PERSON]] almost posted it. Luckily chị [[Lan|PERSON]] saw and she called me, very angry, "[[Thư|PERSON]] ơi, you want us to get a complaint?" So now the rule is: AI can write, but the product information must be copied from the tag. Also AI doesn't understand Vietnamese customer style. Customers here bargain, they joke, they ask "chị ơi, có giảm giá không?" AI answers too formal, like a bank. At home I use it to study English, actually. I want to apply to be area manager in two years, and the regional meetings sometimes have Korean and Singaporean partners, so English is important. I practise conversation with [[ChatGPT|AI_PRODUCT]] voice mode on the motorbike... no, not on the motorbike, when I'm stopped, haha. [[My mom|GENERIC_ROLE]], she sells bánh mì near [[Chợ Lớn|CITY]], she doesn't use AI, but I used it to make her a menu with English for tourists. [[My little brother|GENERIC_ROLE]] [[Khoa|PERSON]] studies at [[RMIT Vietnam|SCHOOL]], and he uses [[Claude|AI_PRODUCT]] for his essays, he says it writes better English than [[ChatGPT|AI_PRODUCT]]. I don't know, I only tried one.

AI: How do you think AI will change retail jobs in [[Vietnam|COUNTRY]]?

User: I think shopping is moving online, [[Shopee|SOFTWARE]], [[TikTok Shop|SOFTWARE]], everything. The store will be more like a showroom, for trying clothes, taking photos. Staff will need to be more like content creators, talk to customers, make videos. AI will do the boring parts, scheduling, reports, answering "còn size không". I hope it means fewer boring tasks and not fewer staff. [[My staff|GENERIC_ROLE]] are students, they need this money for tuition. If AI takes their jobs, where do they work?

AI: That's an important point. Finally, how can we contact you if we have follow-up questions?

User: You can [[Zalo|SOFTWARE]] me, same as my phone number, [[090 318 4427|PHONE_NUMBER]]. Or email, but I say it the Vietnamese way: [[minhthu.routine a còng gmail chấm com|OBF_EMAIL|foreign_words]]. You understand? "A còng" is the @ and "chấm" is dot. 

AI: Yes, got it. Cảm ơn nhiều, [[Thư|PERSON]]!

User: Dạ, không có gì! Thank you too.""")

# 9 Indonesia
T.append("""AI: Selamat siang, thank you for making time today. Could you introduce yourself?

User: Selamat siang! My name is [[Rini Wulandari|PERSON]], I'm [[35|AGE]] years old. I'm a batik designer and the owner of a small studio, [[Batik Sekar Rini|ORGANIZATION]], in [[Kotagede|CITY]], [[Yogyakarta|CITY]]. On my business card I write "[[pengrajin dan desainer batik|JOB_TITLE]]", craftsperson and batik designer. We make batik tulis, hand-drawn with canting, and some batik cap, stamped. I have six workers, mostly ibu-ibu from the neighbourhood, and my studio is in my house, at [[Jalan Kemasan No. 27|ADDRESS]].

AI: Thank you, [[Rini|PERSON]]. How does AI come into a traditional craft like batik?

User: Ha, good question, many people are surprised. I don't use AI for the batik itself, the batik is hand, wax, fire, that's the soul. But the business around the batik, yes. Most of our sales are online now, on [[Shopee|SOFTWARE]], [[Tokopedia|SOFTWARE]], and [[Instagram|SOFTWARE]]. Each piece needs a description, the story of the motif, the meaning, like Parang, Kawung, Truntum. I know the stories, [[my grandmother|GENERIC_ROLE]] taught me, but writing them in nice English for buyers from [[Australia|COUNTRY]] or [[Japan|COUNTRY]], that's difficult. So I tell [[ChatGPT|AI_PRODUCT]] the story in Indonesian, and it helps me write in English and Japanese. I check the English with [[my cousin|GENERIC_ROLE]] [[Ayu|PERSON]], she's an English teacher at [[SMA Negeri 3 Yogyakarta|SCHOOL]]. For design, I tried it only once. Mas [[Bayu|PERSON]], [[my husband|GENERIC_ROLE]], he's into technology, he showed me [[Midjourney|AI_PRODUCT]] and said, "Dik, try make new motif." We made some images, batik style with Borobudur and coffee plants. They looked beautiful on screen, but when Bu [[Sri|PERSON]] tried to draw it with canting, impossible. The lines were nonsense, no logic, the motif doesn't repeat properly. Bu [[Sri|PERSON]] is my best worker, she's been drawing batik for thirty years, and she just laughed and said, "Mbak [[Rini|PERSON]], komputer ora ngerti malam," the computer doesn't understand wax. So I stopped. Also, I felt it's not honest. If I sell batik tulis with an AI motif, is it still our heritage? I'm not sure.

AI: That's a really interesting tension. Are there other ways AI helps the business?

User: Yes, for [[Canva|SOFTWARE]] posters, and for replying to customers. Customers from [[Jakarta|CITY]] ask many questions, "can I wash in machine", "is this real tulis or printing". I made ready answers with AI. Also for bookkeeping, Mas [[Anto|PERSON]], he's my worker who does packing and also the money, he uses a spreadsheet and asks AI to make formulas. Before, our bookkeeping was a notebook. Now we know, oh, this month we made profit, that month not. Also I asked AI to help me write a proposal to the [[Dinas Perindustrian|ORGANIZATION]], the local industry office, for a training grant. We got it! Ten million rupiah for training young people in batik. At home, [[my daughter|GENERIC_ROLE]] [[Kirana|PERSON]], she's nine, she uses [[Gemini|AI_PRODUCT]] on my phone to ask about dinosaurs, hehe, and I'm a bit worried, she asks it everything instead of asking me. [[My mother-in-law|GENERIC_ROLE]] asks me to use it for Javanese calendar, weton, for choosing a good day for a wedding, and AI always gets it wrong, so she says, "lho, pinter apa ora?" is it smart or not? Ha ha.

AI: How do you see AI affecting crafts like yours in the future?

User: I'm worried about cheap printing with AI motifs from [[China|COUNTRY]], sold as "batik". It's already happening. Tourists can't tell the difference. But also I see opportunity: AI helps small makers like me reach the world without an expensive agency. So I think, AI for the shop, hands for the batik. And we should teach young people both. [[My nephew|GENERIC_ROLE]] [[Dimas|PERSON]], he's at [[UGM|SCHOOL|org_nickname]], he wants to make a website where each batik has a QR code with the video of the maker. That I like, that's honest.

AI: Lovely. Last question, how can we contact you for a follow-up?

User: [[Instagram|SOFTWARE]] is easiest, [[@batik.sekarrini|SOCIAL_HANDLE]]. Or [[WhatsApp|SOFTWARE]], I'll say it the way I say to customers: [[kosong delapan satu tiga, dua tujuh empat, lima sembilan nol satu|OBF_PHONE|foreign_words]], that's 0813 and so on. And email, [[rini.sekarbatik et gmail titik com|OBF_EMAIL|foreign_words]].

AI: Terima kasih banyak, [[Rini|PERSON]]!

User: Sama-sama! Matur nuwun.""")

# 10 Australia
T.append("""AI: G'day, thanks for jumping on. Could you tell me a bit about yourself and what you do?

User: Yeah, no worries. I'm [[Liam O'Connor|PERSON]], [[39|AGE]], I'm a [[licensed plumber and gasfitter|JOB_TITLE]]. I run my own business, [[O'Connor Plumbing & Gas|ORGANIZATION]], based out of [[Logan|CITY]], south of [[Brisbane|CITY]]. It's me, one other qualified bloke, and an apprentice. Mostly residential maintenance, blocked drains, hot water systems, a bit of new build work when the builders pay on time, which is never.

AI: Thanks, [[Liam|PERSON]]. How did AI end up in a plumbing business?

User: Honestly, it was [[my missus|GENERIC_ROLE]], [[Jess|PERSON]]. She does the books for us, part-time, and she's a primary school teacher the rest of the time. She was using [[ChatGPT|AI_PRODUCT]] for her lesson plans and she goes, "Why are you sitting up till ten at night writing quotes? Just get the robot to do it." So I started. I give it the job details, like "replace 315 litre electric hot water system with heat pump, includes removal, tempering valve, compliance plate," and my prices, and it spits out a tidy quote. Then I paste it into [[ServiceM8|SOFTWARE]], which is our job management app, and send it off. Cut my paperwork in half, easy. [[My apprentice|GENERIC_ROLE]], [[Macca|PERSON|nickname]], real name's [[Jordan McAllister|PERSON]], he's nineteen, second year at [[TAFE Queensland|SCHOOL]]. He uses it for his [[TAFE|SCHOOL|org_nickname]] assignments, I reckon, though he swears he doesn't. Ha. I've caught him asking it things on site, like "what size pipe for this fixture unit load", and look, sometimes it's right, but it'll give you numbers from some American code, or old AS/NZS 3500 stuff. So I told him, mate, the standard's in the ute, look it up properly, or ring me. [[Dave|PERSON]], my other plumber, he's fifty-eight, he won't touch it. Calls it "the toaster". "Ask the toaster, [[Liam|PERSON]]." Cheeky bugger.

AI: Any moments where AI really saved you, or let you down?

User: Saved me: we had a dispute with a builder over payment, big new build in [[Springfield Lakes|CITY]], and I'm not great at writing formal letters. Got [[ChatGPT|AI_PRODUCT]] to help me draft a payment claim under the [[Queensland|CITY]] security of payment rules, and then [[Jess|PERSON]] and I checked it against the [[QBCC|ORGANIZATION|org_nickname]] website. Got paid within a fortnight. That's eight grand I might've chased for months. Let down: I asked [[Gemini|AI_PRODUCT]] once for the wiring on a particular heat pump controller, and it confidently made something up. Didn't match the manual at all. Luckily I read manuals. Some blokes don't. At home, a bit. [[Jess|PERSON]] uses it heaps for school. [[My eldest|GENERIC_ROLE]], [[Harper|PERSON]], she's twelve, she uses it for homework, we've got rules on that. I've used it to plan a camping trip to [[Fraser Island|CITY]], well, [[K'gari|CITY]] now, it's good for packing lists and tide times. Well, it told me tide times but I double-checked with the [[Bureau of Meteorology|ORGANIZATION]] app, 'cause getting your four-wheel drive stuck in the tide is a bad day. Also for footy tipping, ha. It's useless at footy tipping. Tipped the Broncos [[every week|GENERIC_TIME]], just like me.

AI: How do you see AI affecting the trades going forward?

User: Can't unblock a drain with a chatbot, can you? The hands-on stuff is safe for a long time. But it's levelling the field with the office stuff. Small operators like me can look as professional as the big franchise mobs. And compliance, Form 4s, all that, it'll get easier. What I worry about is cowboys using AI to sound legit. So I always tell customers, check the licence. Mine's on the [[QBCC|ORGANIZATION]] site, licence number [[1287746|NATIONAL_ID]], anyone can look it up.

AI: Good advice. If we want to follow up, what's the best way to reach you?

User: Just ring or text the mobile, [[0412 338 905|PHONE_NUMBER]]. Email's [[liam@oconnorplumbing.com.au|EMAIL_ADDRESS]], but [[Jess|PERSON]] reads that, so, keep it clean, ha.

AI: Will do. Cheers, [[Liam|PERSON]].

User: No worries. Cheers.""")

# 11 New Zealand
T.append("""AI: Kia ora, thank you for joining. Could you introduce yourself and your mahi?

User: Kia ora. Ko [[Aroha Tipene|PERSON]] tōku ingoa. I'm [[52|AGE]], I'm a [[Senior Policy Advisor|JOB_TITLE]] at [[Christchurch City Council|ORGANIZATION]], here in [[Ōtautahi|CITY]]. I've been at council for about fourteen years, mainly on community wellbeing and housing policy, and more recently on how we engage with mana whenua on the district plan. Before that I was a social worker in [[Aranui|CITY]].

AI: Thanks, [[Aroha|PERSON]]. How does AI come into your policy work?

User: Carefully, is the short answer. Council has an AI guidance document, came out in [[mid-2024|DATE]], that says we can use [[Microsoft Copilot|AI_PRODUCT]] within our [[Microsoft 365|SOFTWARE]] tenancy, but not public tools like [[ChatGPT|AI_PRODUCT]] for anything with personal or sensitive information. So I mostly use [[Copilot|AI_PRODUCT]] for summarising. Like, we get hundreds of public submissions on a plan change, some of them thirty pages, some of them three lines, handwritten, scanned. [[Copilot|AI_PRODUCT]] helps me do a first pass, group them by theme. Then I read them myself, because a machine summary of someone's submission about their neighbourhood isn't the same as listening to them.

AI: How do your colleagues feel about it?

User: Bit of a spread. [[My manager|GENERIC_ROLE]], [[Stuart Fenwick|PERSON]], he's pretty keen, he's always pushing efficiencies because of the rates pressure, and councillors wanting lower costs. [[My colleague|GENERIC_ROLE]] [[Grace|PERSON]], she's brilliant, she's an analyst, she uses it to draft the boring sections of council reports, the "legal considerations" and so on. [[Hemi|PERSON]], who works with me on Māori engagement, he's more sceptical, and I agree with him on a lot. When I asked [[Copilot|AI_PRODUCT]] to summarise a hui we had, it flattened everything. People talked about whakapapa, about the awa, about things that happened to their tūpuna, and the summary said "stakeholders raised concerns about water quality." That's not wrong, but it's not right either. It misses the mana of it.

AI: That's a powerful example. What did you do about that?

User: We went back to doing those notes by hand, for anything with iwi. [[Hemi|PERSON]] and I wrote a short internal note about it, Māori data sovereignty, and [[Stuart|PERSON]] actually backed us, took it to the executive team. So there's now a line in the guidance about not using AI to summarise kōrero from hui without the community agreeing. Small win. For the technical stuff, though, it's handy. I asked it to compare our draft housing policy with [[Wellington|CITY]]'s and [[Auckland|CITY]]'s and it pulled out the differences quickly. Saved me a day. Outside work, my mokopuna use it more than me! My moko, [[Tama|PERSON]], he's eleven, he was showing me how to make songs with some app. [[My daughter|GENERIC_ROLE]] [[Maia|PERSON]] is doing her nursing degree at [[Ara Institute|SCHOOL]] and she uses [[ChatGPT|AI_PRODUCT]] to test herself for exams. I use it for te reo practice sometimes, but its te reo is, hmm, a bit dodgy. It makes up kupu. I'd rather ask [[my aunty|GENERIC_ROLE]]. She doesn't make things up. Well, mostly.

AI: How do you see AI shaping public sector work in [[Aotearoa|COUNTRY]]?

User: I think it'll take a lot of the grunt work out, and that's good, we're stretched. But councils have a special responsibility, we're spending ratepayers' money and we have Treaty obligations. If we let AI write policy, whose values are in it? Some model trained in [[California|CITY]] doesn't know what the Treaty of Waitangi means for a council in [[Canterbury|CITY]]. So, human in the loop, always, and Māori in the loop.

AI: Ngā mihi, [[Aroha|PERSON]]. What's the best way to reach you if we have follow-ups?

User: Email is fine, [[aroha.tipene at ccc dot govt dot nz|OBF_EMAIL|spelled_at_dot]], or my mobile, it's [[oh two one, five five eight, three oh four two|OBF_PHONE|spoken_parts]]. Evenings are better, I'm in meetings most of the day.""")

# 12 Brazil
T.append("""AI: Olá, thank you for joining. Could you start by telling me about yourself and your work?

User: Olá! I'm [[Juliana Ferreira Santos|PERSON]], [[41|AGE]], I'm a [[contadora|JOB_TITLE]], an accountant, and partner at [[Ferreira & Moura Contabilidade|ORGANIZATION]], a small accounting office in [[Savassi|CITY]], in [[Belo Horizonte|CITY]]. We are eight people and we have around one hundred and twenty clients, mostly small businesses, the MEIs, Simples Nacional companies: padarias, salons, dentists, a few restaurants. [[My partner|GENERIC_ROLE]] in the firm is [[Renata Moura|PERSON]], we studied together at [[PUC Minas|SCHOOL]]. I've been registered since [[2006|DATE]], my CRC is [[CRC-MG 087654/O-2|NATIONAL_ID]], very proud of that number, haha.

AI: Thanks, [[Juliana|PERSON]]. Where does AI fit into an accounting office like yours?

User: Nossa, it started with the clients, actually. The clients send us everything on [[WhatsApp|SOFTWARE]]: photo of a receipt, audio of four minutes explaining a problem, a PDF from the bank. Seu [[Joaquim|PERSON]], he owns a padaria in [[Pampulha|CITY]], he sends me audios at eleven at night, "[[Ju|PERSON|nickname]], minha filha, the bank charged me twice." So we started using [[ChatGPT|AI_PRODUCT]] to transcribe and summarise those audios and organise the requests. Then for the accounting itself, we use [[Domínio|SOFTWARE]], the accounting system, and now I use [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] to reconcile bank statements and find differences. Before, [[my assistant|GENERIC_ROLE]] [[Rafa|PERSON|nickname]], [[Rafael|PERSON]], spent two days every month closing one restaurant client. Now it's half a day.

AI: That's a big change. Do you trust it with tax questions?

User: No, no, no. Brazilian tax is, como se diz, a jungle. Every state has its own ICMS rules, and now with the tax reform, with CBS and IBS coming, nobody knows anything, not even the [[Receita|ORGANIZATION]]. I tested [[ChatGPT|AI_PRODUCT]] on a question about substituição tributária in [[Minas Gerais|CITY]], and it answered with [[São Paulo|CITY]] rules, with total confidence. If I had sent that to [[the client|GENERIC_ROLE]], he would pay a fine. So for tax, we use it only to find the legislation, then I read the law myself. [[Rafael|PERSON]] sometimes wants to go faster, he is twenty-four, and I tell him, "[[Rafa|PERSON]], a multa vem no seu nome," the fine comes with your name. He laughs, but he checks. Data privacy, yes, this worries me. We have the LGPD, the data protection law, and our clients' data includes CPF numbers, salaries of their employees, everything. So we decided: no CPF, no names in the public [[ChatGPT|AI_PRODUCT]]. We pay for a business version now, since [[January 2025|DATE]], where the data is not used for training, at least that's what they say. And for payroll we don't use AI at all, that goes straight into [[eSocial|SOFTWARE]]. Dra. [[Patrícia|PERSON]], a dentist client, asked me if I use AI on her documents, and I explained everything, and she said, "ótimo, I use it for my patients' brochures too." Everyone uses it, no one talks about it.

AI: Do you use it at home?

User: Muito! [[My kids|GENERIC_ROLE]], [[Pedro|PERSON]] and [[Lara|PERSON]], are fourteen and eleven, so it's a fight [[every night|GENERIC_TIME]] about homework. [[Pedro|PERSON]] uses [[Gemini|AI_PRODUCT]] for history, and I made him read the answers aloud to me, to check he understands. And I use it for recipes, for planning our trip to [[Porto Seguro|CITY]] [[last year|GENERIC_TIME]], and [[my husband|GENERIC_ROLE]] [[Marcelo|PERSON]] uses it to write complaints to the condomínio, he loves to complain. Also [[my mother|GENERIC_ROLE]], she's seventy, she asks it about her medications, which makes me nervous, so I told her, "Mãe, ask [[the doctor|GENERIC_ROLE]], not the robot."

AI: Looking ahead, how do you see AI changing accounting in [[Brazil|COUNTRY]]?

User: The bookkeeping part, classification, reconciliation, that will be almost all automatic in five years. The contador who only types entries will disappear. But the contador who advises, who explains to Seu [[Joaquim|PERSON]] why his padaria is losing money even selling a lot, that person is more valuable now. I'm training my team for that. And honestly, I don't miss the typing. I became an accountant because I like to solve problems for people, not to type numbers. If you need to contact me later, email is [[juliana arroba ferreiramoura ponto com ponto br|OBF_EMAIL|foreign_words]], the firm's domain, and my [[WhatsApp|SOFTWARE]] is [[+55 31 99812-4470|PHONE_NUMBER]]. And the office is at [[Rua Pernambuco, 1077, sala 602|ADDRESS]], if you ever come to [[BH|CITY|city_nickname]], come have a pão de queijo!

AI: That's very kind. Thank you so much, [[Juliana|PERSON]].

User: Imagina! It was a pleasure.""")

# 13 Mexico
T.append("""AI: Buenas tardes, thank you for joining. Could you please introduce yourself?

User: Buenas tardes. I'm [[Guadalupe Hernández Ríos|PERSON]], but everyone calls me [[Lupita|PERSON|nickname]], and the kids call me Maestra [[Lupita|PERSON]]. I'm [[37|AGE]]. I'm a [[maestra de primaria|JOB_TITLE]], primary school teacher, at the [[Escuela Primaria Urbana 452 "Miguel Hidalgo"|SCHOOL]] in [[Zapopan|CITY]], in the [[Guadalajara|CITY]] metro area. I have fourth grade [[this year|GENERIC_TIME]], thirty-eight children. I've been teaching for fourteen years, I studied at the [[Escuela Normal Superior de Jalisco|SCHOOL]].

AI: Thank you, [[Lupita|PERSON]]. How do you use AI in your teaching?

User: Mostly for the planeación, the lesson planning. With the Nueva Escuela Mexicana, the new curriculum, everything changed: now it's projects, "campos formativos", community projects. And the [[SEP|ORGANIZATION]] gives us the books, but the planning format is very long. So I use [[ChatGPT|AI_PRODUCT]] to help me make the planeación for each project. I say, "Make a two-week project for fourth grade about water care in the community, connected to the campo formativo Saberes y Pensamiento Científico." And it gives me a structure. Then I adapt it, because [[my kids|GENERIC_ROLE]] live in [[Colonia Santa Ana Tepetitlán|CITY]], and they don't have water some days, so the project must be real for them, not some idea from a book.

AI: How do the other teachers at your school feel about it?

User: Oye, it's funny. [[The directora|GENERIC_ROLE]], Profa. [[Martínez|PERSON]], [[Leticia Martínez|PERSON]], at first she said no, no, it's not allowed, we have to do our own planning. Then [[the supervisor|GENERIC_ROLE]] from the zona escolar came and said the [[SEP|ORGANIZATION]] is giving a course on AI, so now she asks me to teach the others, haha. [[My compañero|GENERIC_ROLE]] [[Chuy|PERSON|nickname]], [[Jesús Ortega|PERSON]], he teaches sixth grade, he uses it even more than me, he makes quizzes with [[Gemini|AI_PRODUCT]] and puts them on [[Google Classroom|SOFTWARE]]. But [[the older teachers|GENERIC_ROLE]], like Maestra [[Rosario|PERSON]], who is about to retire, she says, "Mija, I've been planning since before you were born, I don't need a machine." And she's a wonderful teacher, so, she's right for her. Mistakes, claro. One time it gave me a reading about the Independence with the wrong date for the Grito de Dolores, it said 1811. Ay, no. If I didn't check, thirty-eight children learn the wrong date. Also the Spanish, sometimes it writes like from [[Spain|COUNTRY]], "vosotros", "ordenador", and [[my kids|GENERIC_ROLE]] say, "Maestra, what is ordenador?" So I ask it to write in Mexican Spanish. And the images, I tried to make pictures of a family from [[Jalisco|CITY]] for a worksheet, and it made everyone look like they are in a Hollywood movie, with sombreros. That's not my students. That's a stereotype.

AI: Do you use AI at home too?

User: Sí, a lot. [[My husband|GENERIC_ROLE]] [[Toño|PERSON|nickname]], he's a mechanic, he has a small taller in [[Tlaquepaque|CITY]], and I used [[ChatGPT|AI_PRODUCT]] to make a logo and a [[Facebook|SOFTWARE]] page for his taller. Now he gets clients from the page! [[My son|GENERIC_ROLE]] [[Emiliano|PERSON]] is eight, he asks [[Alexa|AI_PRODUCT]] everything, like, "[[Alexa|AI_PRODUCT]], who is stronger, a lion or a gorila?" Ha. And I use it for my master's, I'm doing a maestría online at [[UdeG|SCHOOL|org_nickname]], in educational technology. Honestly it helps me with the readings in English, the academic articles, I ask it to explain in Spanish.

AI: What do you think AI means for public education in [[Mexico|COUNTRY]]?

User: I think it can help teachers a lot, with the paperwork we are drowning in. But many schools have no internet. My school has internet only in the dirección, the office. Many kids have no phone at home or the phone is the mom's. So if AI becomes important, the gap between private schools and public schools gets bigger. Like [[Benito Juárez|PUBLIC_FIGURE]] said, "el respeto al derecho ajeno es la paz", no? Everyone should have the right to the same tools. If you want to reach me later, my [[WhatsApp|SOFTWARE]] is [[tres tres, uno cuatro, ocho dos, seis siete, cero nueve|OBF_PHONE|foreign_words]], that's a [[Guadalajara|CITY]] number. And email [[lupita.hdz.rios@gmail.com|EMAIL_ADDRESS]].

AI: Thank you so much, Maestra [[Lupita|PERSON]].

User: Gracias a ustedes. Que les vaya bien.""")

# 14 Argentina
T.append("""AI: Hola, thanks for taking the time. Could you tell me a bit about yourself?

User: Hola, che, sure. I'm [[Tomás Giménez|PERSON]], [[33|AGE]], I'm a freelance [[diseñador gráfico|JOB_TITLE]] and illustrator, based in [[Rosario|CITY]], [[Santa Fe|CITY]]. I studied at the [[Universidad Nacional de Rosario|SCHOOL]], design, and I've been freelancing since [[2018|DATE]]. Before that I worked at an agency in [[Buenos Aires|CITY]] for three years, but I came back to [[Rosario|CITY]], life is cheaper and my family is here. My clients are mostly local: breweries, cafés, a couple of bands, a cooperative of yerba mate producers from [[Misiones|CITY]]. And some clients abroad, in [[Spain|COUNTRY]] and the [[US|COUNTRY]], who pay in dollars, which in [[Argentina|COUNTRY]] is, let's say, very important.

AI: Thanks, [[Tomás|PERSON]]. How does AI come into your work as a designer?

User: Mirá, it's complicated. I have a love-hate relationship. On one side, I use [[Photoshop|SOFTWARE]] with Generative Fill every day, for extending backgrounds, removing things from photos, boring stuff. That's a huge time saver, honestly. I use [[ChatGPT|AI_PRODUCT]] to write my presupuestos, my quotes, and emails to foreign clients in English, because my English is okay but my formal English is, bueno, not so good. On the other side, the image generators, [[Midjourney|AI_PRODUCT]], [[Firefly|AI_PRODUCT]], I have mixed feelings. They were trained on work from illustrators like me, without permission. My friend [[Colo|PERSON|nickname]], [[Nicolás Ferreyra|PERSON]], he's an illustrator too, he found images "in his style" online that he never made. That's a knife in the heart.

AI: Has AI changed the work your clients give you?

User: Totally. [[Last year|GENERIC_TIME]], a brewery I worked with for four years, I won't say the name, told me, "[[Tomi|PERSON|nickname]], we're going to try doing the labels with AI." I said okay, good luck. Three months later they came back, because the labels looked generic, everybody's labels look the same now with AI, that shiny weird style. So they came back, but they want to pay less, because "the AI does half". And that's the problem. Clients think design is pressing a button now. The budget went down maybe thirty percent for some jobs. For the small cafés, they now make their own [[Instagram|SOFTWARE]] posts with [[Canva|SOFTWARE]] and AI, so I lost those small laburos, the small jobs. But the bigger identity projects, the clients still want a human with ideas.

AI: How do you use it at home, outside work?

User: Ja, [[my partner|GENERIC_ROLE]] [[Flor|PERSON|nickname]], [[Florencia|PERSON]], she's a psychologist, she's against AI for almost everything, she says it's a machine for making people lazy. But she uses it to summarise papers, so, hypocrite, ¿no? Haha, don't tell her I said that. I use it for cooking, like, "what can I do with this squash and half an onion", and for the taxes. The monotributo, the [[AFIP|ORGANIZATION]], now [[ARCA|ORGANIZATION]], it's a nightmare, and AI helps me understand the categories. Although once it told me a wrong limit and I almost jumped to the wrong category. Also, [[my grandmother|GENERIC_ROLE]], my nona, she's Italian-descendant like half of [[Rosario|CITY]], she wanted to find documents for the Italian citizenship, and I used AI to write the letter in Italian to the comune. We're still waiting, of course.

AI: Has AI changed how you think about your future as a designer?

User: Sí, a lot. I started doing more things AI can't do well: hand lettering, risograph prints, real illustration with ink, workshops. People in [[Rosario|CITY]] love that, it's like a resistance, a bit punk. I also teach a workshop on [[Saturdays|GENERIC_TIME]] at a cultural center. And for the clients abroad, the value is my perspective, Latin American, a bit chaotic, not the perfect AI aesthetic. Like [[Messi|PUBLIC_FIGURE]], he's from [[Rosario|CITY]] too, you know? He doesn't play like a robot. He has his own style. I want that in design. If you want to see my work or contact me: my portfolio is [[behance.net/tomasgimenez_ilustra|URL]], my [[Instagram|SOFTWARE]] is [[@tomi.gimenez.dibuja|SOCIAL_HANDLE]], and email [[tomasgimenez.design (arroba) gmail.com|OBF_EMAIL|bracket_at]]. For invoices the clients also ask my CUIT, it's [[20-33481927-6|NATIONAL_ID]], but you probably don't need that, haha.

AI: Probably not! Thank you so much, [[Tomás|PERSON]].

User: De nada, che. Un abrazo.""")

# 15 Colombia
T.append("""AI: Hola, buenas. Thanks for making the time after your shift. Could you introduce yourself?

User: Hola, qué más. Yes, I'm [[Paula Andrea Restrepo|PERSON]], [[30|AGE]] years old, and I'm a [[jefe de enfermería|JOB_TITLE]], head nurse, in the emergency department at the [[Hospital Pablo Tobón Uribe|ORGANIZATION]] here in [[Medellín|CITY]]. I studied nursing at the [[Universidad de Antioquia|SCHOOL]] and I've been at the [[Pablo Tobón|ORGANIZATION|org_nickname]] since [[2019|DATE]]. In urgencias, we see everything, pues: motorcycle accidents, heart attacks, kids with fever, people from [[Bello|CITY]], [[Itagüí|CITY]], all the [[Valle de Aburrá|CITY]]. I coordinate [[the nurses|GENERIC_ROLE]] and [[the auxiliares|GENERIC_ROLE]] on my shift, around twenty people.

AI: Thanks, [[Paula|PERSON]]. Where does AI show up in your work?

User: Honestly, in the clinical part, not so much. The hospital has a triage system, the electronic record, and there is some AI in the background for alerts, like sepsis risk, but that's from the hospital, we don't choose. Where I personally use AI is for the admin part of being jefe. The shift schedules, the "cuadro de turnos", that's a nightmare, with vacations, incapacidades, people who study. I use [[ChatGPT|AI_PRODUCT]] to help me organise it, without names, just "Nurse 1, Nurse 2". Also for writing the reports to the coordinadora, Doña [[Gloria|PERSON]], [[Gloria Zapata|PERSON]]. She's very strict about reports. And for preparing the education sessions for the new auxiliares, about hand hygiene, patient safety, how to do a good "entrega de turno".

AI: How do your colleagues and doctors view AI?

User: Ay, mixed, like everywhere. [[The young doctors|GENERIC_ROLE]], [[the residentes|GENERIC_ROLE]], they use it for everything, they ask [[ChatGPT|AI_PRODUCT]] about doses, and I get nervous, qué pena, but I tell them check the protocol. The urgentólogo, Dr [[Arango|PERSON]], he's older, he says AI is "una calculadora con ínfulas", a calculator with pretensions, haha. [[My auxiliar|GENERIC_ROLE]] [[Yesenia|PERSON]], she's very smart, she's studying to be a nurse at night, she uses it to study pharmacology, and that I like. She makes it ask her questions, like an exam. That's the good use.

AI: Has there been a situation where AI caused a problem?

User: Once. A patient's daughter came to the emergency with her phone, and said, "[[ChatGPT|AI_PRODUCT]] says [[my mom|GENERIC_ROLE]] needs a CT scan now, why aren't you doing it?" Her mom had a fall, but she was stable, triage two. We had patients in worse condition. The daughter was very angry, she recorded us, it was very tense. [[Yesenia|PERSON]] was so patient with her. In the end, [[the doctor|GENERIC_ROLE]] explained, and the mom was fine. But now this happens more and more. Patients come with a diagnosis from the AI. Before it was "Dr. Google", now it's "Dr. [[ChatGPT|AI_PRODUCT]]". Parce, it makes the work harder sometimes. At home I use it for English, because I want to do a master's in [[Spain|COUNTRY]] or maybe work in [[Canada|COUNTRY]] someday, many Colombian nurses are going. I practise with [[Gemini|AI_PRODUCT]] talking. My mamá uses it for her empanada business, in [[Envigado|CITY]], she asks it for prices and [[Instagram|SOFTWARE]] ideas, and [[my brother|GENERIC_ROLE]] [[Mateo|PERSON]], he's nineteen, he studies at [[EAFIT|SCHOOL|org_nickname]], systems engineering, and he's the one who taught all of us. He's the family's IT department. And [[my boyfriend|GENERIC_ROLE]] [[Sebas|PERSON|nickname]], he's a motorizado, a delivery driver with [[Rappi|ORGANIZATION]], he uses the AI in the app, for routes.

AI: What do you think AI will mean for nursing in [[Colombia|COUNTRY]]?

User: We have too few nurses and too many patients, and very low salaries, that's why many leave the country. If AI helps with paperwork, with the schedules, with the records, maybe we can spend more time with patients, which is why we studied nursing, no? But the hospital administrators could also use AI as an excuse to hire fewer people. That's my fear. A machine can't hold the hand of a señora who is scared at three in the morning. If you want to talk again, my [[WhatsApp|SOFTWARE]] is [[300 . 614 . 2859|OBF_PHONE|dotted_digits]], or email [[paula.restrepo.enf@hotm\u0430il.com|OBF_EMAIL|unicode_lookalike]]. Better [[WhatsApp|SOFTWARE]], the email I almost never open.

AI: Perfect. Muchas gracias, [[Paula|PERSON]].

User: Con mucho gusto. Que estés bien.""")

# 16 USA
T.append("""AI: Hi there, thanks for joining. Could you start by telling me about yourself and your work?

User: Sure thing. I'm [[Marcus Johnson|PERSON]], I'm [[48|AGE]], and I'm a [[Senior Property Claims Adjuster|JOB_TITLE]] at [[Nationwide|ORGANIZATION]], out of the home office in [[Columbus|CITY]], [[Ohio|CITY]]. I've been in insurance twenty-two years, started as a field adjuster right out of [[Ohio State|SCHOOL]]. These days I'm mostly desk-based, I handle complex homeowner claims, fire, water, wind, the ones where the numbers get big and people are having the worst week of their lives.

AI: Thanks, [[Marcus|PERSON]]. How does AI play into your work?

User: So the company has rolled out a bunch of stuff over the last couple years. There's an internal AI assistant, I won't get into the name, that summarizes claim files. A claim file can be four hundred pages: photos, contractor estimates, emails, recorded statements. The tool gives me a two-page summary and flags gaps, like, "no receipt for this item." That's a real time saver. We also use [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Word|SOFTWARE]] for drafting letters. And [[Xactimate|SOFTWARE]], which is the estimating software the whole industry uses, has some automation now for measuring roofs off aerial imagery. I'm old enough to remember climbing every roof with a tape measure. My knees do not miss that.

AI: How does your team feel about these tools?

User: Depends who you ask. [[My team lead|GENERIC_ROLE]], [[Deb Kowalczyk|PERSON]], she's all in, she's on the pilot committee. [[My buddy|GENERIC_ROLE]] [[Big Mike|PERSON|nickname]], [[Mike Rinaldi|PERSON]], sits next to me, he doesn't trust anything the summary says, he reads every page anyway, which kind of defeats the purpose, but honestly, he catches stuff. [[Last month|GENERIC_TIME]] the summary missed that a policyholder had a prior water claim from [[2021|DATE]], because it was in a scanned handwritten note. [[Mike|PERSON]] caught it. So, there's a lesson. The tool's great at the ninety percent, and the ten percent is where the money and the fraud and the heartbreak is. I think about fairness a lot, too. These are people who just lost their house. One lady, I'll call her Mrs. [[K|PERSON|initial]], her whole kitchen burned, and she sent me a six-page handwritten letter about her late husband's woodworking tools in the garage. The AI summary said "claimant lists tools, approx value $8,000." Technically correct. But there's grief in that letter. I called her myself. I don't want a world where she gets an AI-generated letter back. Company policy is a human makes every coverage decision, and I'm glad. I'd push back hard if that changed.

AI: Do you use AI at home?

User: Oh yeah. [[My wife|GENERIC_ROLE]] [[Tanya|PERSON]] is a nurse at [[OhioHealth|ORGANIZATION]] and she uses [[ChatGPT|AI_PRODUCT]] for meal planning, because with her twelve-hour shifts we need a system. [[My daughter|GENERIC_ROLE]] [[June|PERSON]], she's a junior at [[Westerville North|SCHOOL]], she was born in [[June|GENERIC_TIME]], hence the name, [[my wife|GENERIC_ROLE]]'s idea. She uses it for college essays, and we've had some, uh, discussions. I told her, your voice, not the robot's voice. And me, I use it for fantasy football. I'm in a league with guys from church, and I asked it to analyze my draft. It told me to take a running back who was injured. I finished ninth out of ten. Don't trust it for fantasy, is my expert advice.

AI: Last question: where do you see claims work going, and how can we reach you for a follow-up?

User: I think in five years the small claims, hail on a roof, a busted pipe, will be mostly automated, photo in, payment out, maybe with a human spot-checking. The complex stuff, the fraud, the catastrophes, that'll still need adjusters. After a big storm season, you need boots on the ground and somebody who can look a family in the eye. So the job shrinks but it gets harder. I'd tell young folks, learn the tools but learn people first. As for reaching me, just email me, [[marcus.johnson.cbus@gmail.com|EMAIL_ADDRESS]], or call or text, [[(614) 378-2291|PHONE_NUMBER]]. Evenings are best, after seven, Eastern.

AI: Appreciate it. Thanks so much, [[Marcus|PERSON]].

User: Happy to help. Take care now.""")

# 17 Canada
T.append("""AI: Bonjour, thanks for joining. Could you introduce yourself?

User: Bonjour! So I'm [[Geneviève Tremblay|PERSON]], [[36|AGE]], I'm a [[parajuriste|JOB_TITLE]], a paralegal, at [[Lavoie Bergeron avocats|ORGANIZATION]], a mid-size law firm in [[Montréal|CITY]], in the [[Plateau|CITY]]. We do mostly family law and some employment law. I've been there eight years, before that I did my technique juridique at [[Cégep Garneau|SCHOOL]] in [[Québec City|CITY]], I'm from there originally. So I'm a transplant, as we say, from the [[Capitale-Nationale|CITY]].

AI: Merci, [[Geneviève|PERSON]]. How does AI fit into your work as a paralegal?

User: Ben, it's growing. At the firm, we have [[Copilot|AI_PRODUCT]] through Microsoft, and there's a legal research tool with AI now, from one of the big publishers, that lets you ask questions about jurisprudence. I mostly use AI for three things. First, translation. We're in [[Québec|CITY]], so everything is in French, but some clients are anglophones, some documents come from [[Ontario|CITY]] in English. I use [[DeepL|SOFTWARE]] a lot and now [[Copilot|AI_PRODUCT]] to draft bilingual letters. Second, summarising. In family files, you get long affidavits, forty pages of "he said, she said". I ask for a timeline. Third, first drafts of procedures, but that's where I'm very careful, because Me [[Bergeron|PERSON]], our senior partner, he reads everything and he hates when it sounds "traduit de l'anglais".

AI: Have there been any problems with it?

User: Oh là là, yes. Everybody heard about [[the lawyers|GENERIC_ROLE]] in the [[US|COUNTRY]] who filed fake cases from [[ChatGPT|AI_PRODUCT]]. We had a small version of that. A junior lawyer, I won't say her name, found a "decision" of the [[Cour supérieure|ORGANIZATION]] that sounded perfect for our argument. I went to check on [[CanLII|SOFTWARE]] and it didn't exist. Heureusement, I checked before the procedure was filed. Me [[Bergeron|PERSON]] was... let's say, not happy. Since then, we have a rule: every citation must be verified in [[CanLII|SOFTWARE]] or [[SOQUIJ|SOFTWARE]], with the link in the file. And clients' names never go into a public AI tool. The [[Barreau|ORGANIZATION]] also published guidance on that. [[My colleague|GENERIC_ROLE]] [[Karim|PERSON]], another paralegal, he's a big fan, he built all these prompts for the family files, he shares them on [[Teams|SOFTWARE]]. [[The lawyers|GENERIC_ROLE]] are more split. Me [[Isabelle Lavoie|PERSON]], the other partner, she likes it for the billing, because she can summarise what she did on a file and [[the client|GENERIC_ROLE]] understands the bill better. [[The assistants|GENERIC_ROLE]], [[the secretaries|GENERIC_ROLE]], some are afraid for their jobs, and honestly, tsé, they're not wrong to think about it. Transcription, simple letters, that's going to the machine.

AI: Do you use AI outside of work?

User: Yes! My chum [[Mathieu|PERSON]], [[my boyfriend|GENERIC_ROLE]], he's a high school physics teacher at [[École secondaire Jeanne-Mance|SCHOOL]], and we use it to plan our trips, [[this summer|GENERIC_TIME]] we went to the [[Gaspésie|CITY]] and [[ChatGPT|AI_PRODUCT]] made the itinerary. It was pretty good, except it sent us to a restaurant that closed in [[2020|DATE]], pendant la pandémie. [[My daughter|GENERIC_ROLE]] [[Chloé|PERSON]] is six, she talks to the voice mode and asks it to tell stories about her cat. I set it to French, bien sûr, but sometimes it answers in European French, "ma chérie, c'est génial", and she looks at me like, who is this lady? Haha.

AI: Where do you see your profession going, and how can we reach you later?

User: I think paralegals who know how to use AI well will be more valuable, not less. Someone needs to check, to know the law, to talk to the scared client who just got served divorce papers. That's not going to a chatbot. But the firm will probably hire fewer juniors. For contact, my email is [[genevieve.tremblay arobas lavoiebergeron point ca|OBF_EMAIL|foreign_words]], and my cell, [[514.273.8861|OBF_PHONE|dotted_digits]]. Text is better, I'm often in court with [[the lawyers|GENERIC_ROLE]].

AI: Parfait. Merci beaucoup, [[Geneviève|PERSON]].

User: Ça m'a fait plaisir. Bonne journée!""")

# 18 UK
T.append("""AI: Hello, thanks for taking part. Could you start by telling me a bit about yourself and your job?

User: Course, love. I'm [[Joanne Whitaker|PERSON]], [[Jo|PERSON|nickname]] to everyone, I'm [[54|AGE]], and I'm the [[Practice Manager|JOB_TITLE]] at [[Roundhay Road Surgery|ORGANIZATION]], a GP practice in [[Leeds|CITY]]. We've got about eleven thousand patients, six GPs, a couple of nurses, a clinical pharmacist, and a reception team that honestly deserves a medal. I've been in the [[NHS|ORGANIZATION]] twenty-six years, started on reception at the [[LGI|ORGANIZATION|org_nickname]] when I was twenty-eight, so I've seen a few computer systems come and go.

AI: Thanks, [[Jo|PERSON]]. How is AI being used at your practice?

User: It's early days, but it's creeping in. We use [[SystmOne|SOFTWARE]] for the clinical records and [[AccuRx|SOFTWARE]] for texting patients, and there's talk of an AI scribe for the GPs, that listens to the consultation and writes the notes. Two of our doctors are trialling one through the [[ICB|ORGANIZATION|org_nickname]]. Dr [[Adeyemi|PERSON]], that's [[Sunday Adeyemi|PERSON]], he loves it, says he's finally looking at patients instead of the screen. Dr [[Hollis|PERSON]] tried it for a week and gave up, said it wrote "patient reports chest pain" when the patient said "my chest's been a pain with this cough". [[Yorkshire|CITY]] English, you see. It doesn't speak it. For my own work, I use [[Copilot|AI_PRODUCT]], the [[NHS|ORGANIZATION]]-approved one, for rotas, policies, and all the letters. There's so much paperwork. [[CQC|ORGANIZATION|org_nickname]] inspection prep, complaints, HR. When we get a complaint, I draft the response with [[Copilot|AI_PRODUCT]], but never with the patient details in, I summarise the issue and it gives me a structure, then I write it properly. Complaints need a human voice, don't they? Someone's mum's been waiting three weeks for a call back, they don't want "we apologise for any inconvenience caused". [[Bev|PERSON]], my reception lead, she uses it for the notices in the waiting room, and they're much better now, less shouty, no more capital letters everywhere.

AI: What concerns, if any, do you have about AI in general practice?

User: Data, first and foremost. Patients trust us with everything. If some AI tool is sending recordings off to a server in [[America|COUNTRY]], I want to know about it. The [[ICB|ORGANIZATION|org_nickname]] is meant to have done the checks, the DPIA and all that, but I still read the small print. And the patients themselves, they're coming in with [[ChatGPT|AI_PRODUCT]] diagnoses now. A lad came in [[last month|GENERIC_TIME]] convinced he had something rare because the chatbot said so. It was hay fever. And the phones, eight o'clock in the morning, the scramble, if AI could help triage that, I'd be first in the queue. But it's got to be safe. One wrong call and someone's poorly at home who should've been seen.

AI: Do you use AI at home at all?

User: Bits. [[My husband|GENERIC_ROLE]] [[Will|PERSON]] uses it more than me, he's retired from [[Arla|ORGANIZATION]], the dairy, he drove lorries, and now he's doing the family tree, he uses [[ChatGPT|AI_PRODUCT]] to read old handwriting on census records. He's traced the [[Whitakers|PERSON]] back to some mill in [[Halifax|CITY]]. [[My daughter|GENERIC_ROLE]] [[Sophie|PERSON]] is at [[Leeds Beckett|SCHOOL]] doing nursing, and she's much more sensible about it than I expected. [[My grandson|GENERIC_ROLE]] is three, so he just shouts at [[Alexa|AI_PRODUCT]]. We go to church of a [[Sunday|GENERIC_TIME]] and [[the vicar|GENERIC_ROLE]] even used it for a sermon once, he admitted it. Bit flat, that one, to be fair.

AI: How do you see the future, and how can we reach you if we have follow-up questions?

User: I think it'll help with the admin, which is good, because we're drowning. But general practice is about relationships. Knowing Mrs So-and-so's husband died [[last year|GENERIC_TIME]], so when she rings, you put her through. A computer won't know that. For contact, work email is best, [[joanne.whitaker3@nhs.net|EMAIL_ADDRESS]], or the surgery, [[0113 496 0732|PHONE_NUMBER]], ask for [[Jo|PERSON]] the practice manager. Don't ring at eight, mind, nobody'll answer.

AI: Noted! Thanks very much, [[Jo|PERSON]].

User: No bother, love. Ta-ra.""")

# 19 Germany
T.append("""AI: Hallo, thanks for joining. Could you tell me a bit about yourself and your job?

User: Hallo, ja, gern. I'm [[Jonas Becker|PERSON]], I'm [[29|AGE]], and I'm a [[Kfz-Mechatroniker|JOB_TITLE]], automotive mechatronics technician, at [[Autohaus Schmid GmbH|ORGANIZATION]] in [[Bad Cannstatt|CITY]], that's a district of [[Stuttgart|CITY]]. We're a Mercedes-Benz service partner, so mostly Mercedes, some Smart, and a few older cars from regular customers who just refuse to give them up. I did my Ausbildung there, then I went to the [[Meisterschule der Handwerkskammer Region Stuttgart|SCHOOL]] and I finished my Meister in [[2023|DATE]]. So now I'm also responsible for the apprentices.

AI: Thanks, [[Jonas|PERSON]]. How does AI play into your work in the workshop?

User: So, first, the diagnostics. The cars themselves are computers now. We use [[XENTRY|SOFTWARE]], that's the Mercedes diagnosis system, and it already has guided troubleshooting, which is not really AI but it's going that direction. Where I use real AI is when I'm stuck. Like, a customer comes with an intermittent fault, the car goes into limp mode once a week, no fault code that makes sense. I describe the symptoms to [[ChatGPT|AI_PRODUCT]], the model, the mileage, the codes, and ask for possible causes. Sometimes it gives me an idea I didn't think of, like a ground connection or a specific connector that corrodes. It's like asking a colleague who read every forum on the internet. But also a colleague who sometimes talks nonsense very confidently, ne?

AI: How do your colleagues see it?

User: [[My Werkstattmeister|GENERIC_ROLE]], Herr [[Krüger|PERSON]], he's old school, he's been at [[Schmid|ORGANIZATION|org_nickname]] for thirty years. He says, "[[Becker|PERSON]], the car doesn't care what the chatbot thinks." Haha. But he's come around a bit, because I used [[DeepL|SOFTWARE]] and [[ChatGPT|AI_PRODUCT]] to help a customer, Frau [[Yılmaz|PERSON]], her mother only speaks Turkish and needed to understand the repair estimate. He thought that was good. And our Azubi, [[Leon|PERSON]], he's nineteen, he uses AI for his Berufsschule homework and for studying for the Gesellenprüfung. I told him, use it to explain, not to copy. He once wrote a whole report about a brake system that was from an American car, with the wrong brake fluid standard. His teacher was not amused. AI itself never caused a disaster, but once I almost wasted three hours. I asked it about a wiring pinout for a specific control unit, and it gave me pin numbers that looked totally plausible. But they were invented. When I checked in the official documentation, completely different. If I had measured on the wrong pins, maybe I damage the control unit, and that's a thousand euros. So now my rule is, AI for ideas, official data for facts. In the service office, the Serviceberater use [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] to write emails to customers, and [[our boss|GENERIC_ROLE]], [[Markus Schmid|PERSON]], the owner, he's thinking about an AI phone assistant for booking appointments. I'm not sure about that. Our customers in [[Cannstatt|CITY]], many are older, they want to talk to [[Sabine|PERSON]] at the front desk, not a robot.

AI: Do you use AI at home, and how do you see the future of your trade?

User: At home, yes. [[My girlfriend|GENERIC_ROLE]] [[Lena|PERSON]] is doing her Master's in [[Hohenheim|CITY]], agricultural science, and she uses it a lot. I use it for our vacation planning, we went to [[Lake Garda|CITY]] with the motorbikes [[last summer|GENERIC_TIME]], and for recipes, because I'm a terrible cook. My Oma, she's eighty-four, she asks me to ask the AI about her medicine side effects. I always say, Oma, ask the Apotheke. For the future: with electric cars, the job is changing anyway, more software, more high-voltage, fewer oil changes. AI will help with diagnosis, definitely. But somebody has to hold the wrench, lift the battery, feel if something is loose. In [[Germany|COUNTRY]] we have a big shortage of mechanics, so I'm not worried about my job. I'm more worried that young people think it's a dirty job and don't come.

AI: That makes sense. How can we reach you for a follow-up?

User: Email is easiest, [[jonas.becker(at)autohaus-schmid(punkt)de|OBF_EMAIL|bracket_at]], I write it like that because of spam. Or the workshop phone, [[0711 5409 2217|PHONE_NUMBER]], ask for [[Becker|PERSON]] in the Werkstatt. Not between twelve and one, that's Mittagspause, heilig.

AI: Understood. Vielen Dank, [[Jonas|PERSON]]!""")

# 20 France
T.append("""AI: Bonjour, thank you for joining. Could you introduce yourself and your work?

User: Bonjour! I'm [[Karim Benali|PERSON]], [[42|AGE]] ans, I'm an [[artisan boulanger|JOB_TITLE]], and I own a bakery, [[Le Fournil de la Croix-Rousse|ORGANIZATION]], in [[Lyon|CITY]], in the [[Croix-Rousse|CITY]] neighbourhood, the fourth arrondissement. [[My wife|GENERIC_ROLE]] [[Sabrina|PERSON]] and I opened it in [[2014|DATE]]. We make bread, baguettes, tradition, pain de campagne, and viennoiseries, and some pâtisserie, the praline tarte, because in [[Lyon|CITY]] you must have tarte aux pralines, it's the law, presque. We have five employees and one apprentice. I start at three in the morning, so excuse me if I yawn.

AI: Merci, [[Karim|PERSON]]. How does AI fit into running a bakery?

User: Ha, people don't expect it. Not in the bread, the bread is flour, water, salt, levain, time, and my hands. But the business around it, the paperwork, that's where [[ChatGPT|AI_PRODUCT]] helps. First, my fiches techniques and costing. The price of butter went crazy in [[2022|DATE]], completely crazy, so I had to recalculate the cost of every croissant, every pain au chocolat. I gave [[ChatGPT|AI_PRODUCT]] my recipes and my supplier prices, and it made me a table, cost per piece, margin. Before I did it on paper, or [[my accountant|GENERIC_ROLE]] did it and charged me. Second, the [[Instagram|SOFTWARE]]. [[Sabrina|PERSON]] used to do it, but she's busy with the shop, so I ask AI for captions, and I make the photos with my phone. Third, administration: letters to the [[URSSAF|ORGANIZATION]], to the bank, to the mairie for the terrace permit. French administration, you know, you need the right formula, "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées." AI knows all the formulas. [[My apprentice|GENERIC_ROLE]], [[Théo|PERSON]], he's seventeen, he's doing his CAP at the [[IFPM|SCHOOL|org_nickname]], the bakery school, and he uses it for revision, the theory part, the food hygiene. Very good for that. [[My vendeuse|GENERIC_ROLE]], Madame [[Duval|PERSON]], [[Martine|PERSON]], she's sixty-one, she doesn't touch it. She says, "[[Karim|PERSON]], your robot can't tell if the customer wants the baguette bien cuite or pas trop cuite." And she's right! She knows every customer, what they want before they ask. Monsieur [[Garnier|PERSON]], [[every morning|GENERIC_TIME]], two traditions, one well done, one pale, for thirty years. No AI knows that.

AI: Has AI ever given you bad advice?

User: Oui. I asked it for a recipe adjustment, for a brioche with less sugar, and the hydration it gave me was completely wrong, the dough was soup. I lost a whole batch. So I don't ask it about baking anymore. For baking I ask my old maître d'apprentissage in [[Villeurbanne|CITY]], or I watch videos from the real bakers. Also, it once wrote an [[Instagram|SOFTWARE]] post saying we were "Meilleur Ouvrier de [[France|COUNTRY]]". I am not MOF! That's a very serious title in [[France|COUNTRY]], you can get in trouble. [[Sabrina|PERSON]] saw it before I posted, thank God. She was laughing for one week. Like [[Philippe Conticini|PUBLIC_FIGURE]], yes, I'm not there, haha.

AI: Do you use AI at home, and how do you see the future?

User: At home, [[my son|GENERIC_ROLE]] [[Yanis|PERSON]], he's fourteen, uses it for his homework at the collège, and we fight. [[My daughter|GENERIC_ROLE]] [[Inès|PERSON]], she's ten, she likes to ask it to invent stories about our cat. For the future, I think the artisans who survive are the ones who use these tools for the paperwork and keep the hands for the product. The industrial bakeries, they'll use AI for everything, the ovens, the ordering. But people in [[Croix-Rousse|CITY]] come to us for the real thing. That won't change.

AI: Thank you. If we want to follow up, how can we reach you?

User: Come to the bakery! [[14 rue d'Austerlitz|ADDRESS]], in the 4th. No, seriously, the [[Instagram|SOFTWARE]] is [[@fournil.croixrousse|SOCIAL_HANDLE]], or email me, [[karim.benali69 arobase orange point fr|OBF_EMAIL|foreign_words]]. If you need it for an invoice, our SIRET is [[823 456 789 00017|NATIONAL_ID]], haha, [[my accountant|GENERIC_ROLE]] always says give the SIRET.

AI: Merci beaucoup, [[Karim|PERSON]]!""")

# 21 Poland
T.append("""AI: Cześć, thanks for joining. Could you tell me about yourself and your work?

User: Cześć! So I'm [[Agnieszka Wiśniewska|PERSON]], but everyone calls me [[Aga|PERSON|nickname]], I'm [[32|AGE]], and I'm a [[localisation specialist|JOB_TITLE]], in Polish "[[specjalistka ds. lokalizacji|JOB_TITLE]]", at [[Wawel Pixel Studio|ORGANIZATION]], an indie game studio in [[Kraków|CITY]], our office is in [[Zabłocie|CITY]], the old factory district. I studied English philology at the [[Jagiellonian University|SCHOOL]] and I was a freelance translator for six years before joining the studio in [[2021|DATE]]. I translate the game texts from English to Polish, and I coordinate the translators for other languages, German, French, Spanish, Japanese, Brazilian Portuguese.

AI: Thanks, [[Aga|PERSON]]. How is AI part of localisation work?

User: Oh, hugely. It's the profession most affected maybe, after illustrators. We use [[memoQ|SOFTWARE]], that's a CAT tool, with machine translation plugged in, [[DeepL|SOFTWARE]] mostly, and now also an LLM connection. So for UI strings, like "Settings", "Save game", "Are you sure you want to quit?", the machine does it and a human checks. That's fine, nobody will cry for those. But for the dialogue, the story, the jokes, that's where it gets difficult. Our current game is a dark fantasy with a lot of Slavic folklore, a bit like the Witcher vibe, and [[ChatGPT|AI_PRODUCT]] translates a drunk village priest like he's a customer service agent. No soul. So I use AI as a first pass for some things and for brainstorming: "give me ten Polish insults that a medieval peasant would say, PG-13." That's actually useful, haha.

AI: How does your team feel about it?

User: There's tension. Our lead producer, pan [[Tomasz Zieliński|PERSON]], he's under budget pressure, so he asked, "Why don't we do all the languages with AI and just have a proofreader?" I had to fight for the budget. I made a test: the same scene, AI plus proofreading versus a real translator, and we showed both to Polish players in a playtest. The human version won by far. Players said the AI version "felt like [[Google Translate|SOFTWARE]]". [[My colleague|GENERIC_ROLE]] [[Kuba|PERSON|nickname]], [[Jakub Nowak|PERSON]], the narrative designer, he was on my side, because he writes the English original and he hated seeing his jokes die. [[Marta|PERSON]] from QA, though, she loves AI for bug reports, she writes them in Polish and it translates to English for the devs in [[Montreal|CITY]].

AI: Have you had problems with AI output in the game?

User: Yes, once a funny one, once not so funny. The funny one: the German AI translation turned a character named "Old Crow" into "Alte Krähe", fine, but then in another place into "Alter Rabe", and in another "Opa Krähe". Players noticed, of course, there was a thread on [[Reddit|SOFTWARE]]. The not funny one: for the Japanese version we used more AI because we couldn't find a freelancer in time, and a reviewer in [[Japan|COUNTRY]] wrote that the text was unnatural. That cost us ratings. Since then, pan [[Zieliński|PERSON]] listens to me more. Small victory.

AI: And outside work?

User: Ha, [[my boyfriend|GENERIC_ROLE]] [[Piotrek|PERSON|nickname]] is a programmer, so our house is full of AI. He uses [[GitHub Copilot|AI_PRODUCT]] all day. I use it for cooking, travel, and to help [[my mum|GENERIC_ROLE]] in [[Tarnów|CITY]], she runs a small flower shop, and I made her a price list and some [[Facebook|SOFTWARE]] posts. She calls it "ta sztuczna inteligencja" with a very suspicious voice. I also write fantasy fiction in my free time, and I never use AI for that. That's mine. [[Andrzej Sapkowski|PUBLIC_FIGURE]] didn't need a chatbot, right? If you want to continue the conversation, my email is [[aga.wisniewska małpa proton kropka me|OBF_EMAIL|foreign_words]], and I'm on [[Bluesky|SOFTWARE]] as [[@agawis.bsky.social|SOCIAL_HANDLE]].

AI: Dziękuję bardzo, [[Aga|PERSON]]!""")

# 22 Italy
T.append("""AI: Buongiorno, thank you for joining. Could you please introduce yourself?

User: Buongiorno! I'm [[Francesca Rinaldi|PERSON]], I'm [[45|AGE]], and I'm an [[assistente sociale|JOB_TITLE]], a social worker, at the [[Comune di Bologna|ORGANIZATION]]. I work in the social services of the [[Quartiere Navile|CITY]], which is a big, very mixed neighbourhood in the north of [[Bologna|CITY]], [[Bolognina|CITY]], [[Corticella|CITY]], lots of families, lots of elderly people alone, lots of new arrivals from [[Morocco|COUNTRY]], [[Pakistan|COUNTRY]], [[Bangladesh|COUNTRY]], [[Ukraine|COUNTRY]]. I studied at [[Unibo|SCHOOL|org_nickname]], the university here, and I've been with the [[Comune|ORGANIZATION|org_nickname]] since [[2008|DATE]].

AI: Grazie, [[Francesca|PERSON]]. How does AI come into your work as a social worker?

User: Piano piano, slowly. The [[Comune|ORGANIZATION|org_nickname]] gave us [[Copilot|AI_PRODUCT]] with Microsoft, maybe one year ago, with a very long circular about privacy. In social services, privacy is everything, we know the most intimate things about people, violence, addiction, minors. So we cannot put any personal data in AI, never. What I use it for is the general part: writing a letter to a school about a project, preparing a presentation for a training, summarising a new regional law. The [[Emilia-Romagna|CITY]] region changes the rules on benefits every year, and the documents are sixty pages of bureaucratic Italian. [[Copilot|AI_PRODUCT]] makes me a first summary, then I read the law, of course.

AI: What do your colleagues and managers think about it?

User: [[My responsabile|GENERIC_ROLE]], dottoressa [[Ferri|PERSON]], [[Elena Ferri|PERSON]], she is prudent, very prudent. She went to a meeting with the [[Garante della privacy|ORGANIZATION]] people, and she came back scared, haha. She says, "[[Francesca|PERSON]], if one report with a name goes into the cloud, we're in the newspaper." [[My colleague|GENERIC_ROLE]] [[Matteo|PERSON]], he's younger, thirty-two, he's more enthusiastic, he wants to use AI to translate documents for families who don't speak Italian. And we really need that, because the cultural mediators are few, and you wait two weeks for an Urdu interpreter. But translation of a social services decision is delicate, if the AI translates wrong, a mother may think we're taking her children when we're offering support. So we use it only for general information leaflets, and for the decisions, a human mediator. A specific moment? Helped: I had an elderly man, I'll call him signor [[B.|PERSON|initial]], ninety years old, alone, he only speaks Bolognese dialect and a little Italian. I needed to explain the home assistance service. I didn't use AI with him, of course. But before the visit, I used it to create a very simple explanation with big letters and a drawing, and he understood, he kept the paper on his fridge. Went wrong: a colleague in another quartiere used [[ChatGPT|AI_PRODUCT]] at home to help write a report, with the initials only, and the report came out with phrases that sounded like a psychology textbook, "the subject presents maladaptive patterns". [[The judge|GENERIC_ROLE]] at the [[Tribunale per i minorenni|ORGANIZATION]] noticed it sounded strange. It was not a scandal, but it was a lesson. Our words have consequences for families.

AI: Do you use AI in your personal life, and how do you see the future of your profession?

User: At home, yes. [[My husband|GENERIC_ROLE]] [[Luca|PERSON]] is an engineer at [[Ducati|ORGANIZATION]], in [[Borgo Panigale|CITY]], so he's very into technology. [[My daughter|GENERIC_ROLE]] [[Giulia|PERSON]] is sixteen, at the [[Liceo Minghetti|SCHOOL]], and she uses it for Latin translation, which I think is terrible, because the point of Latin is to suffer, no? Haha. I use it for recipes, for planning the holidays in [[Puglia|CITY]]. For the profession: I think AI can free us from paperwork, we spend sixty percent of our time writing reports and filling forms. If that goes down, we have more time for home visits, for listening. But I'm afraid that politicians will see AI and say, "Ah, then we need fewer social workers." The relationship is the work. You cannot automate trust.

AI: That's a strong point. How can we contact you for a follow-up?

User: My personal email is better, [[francesca punto rinaldi chiocciola gmail punto com|OBF_EMAIL|foreign_words]], I write it in Italian, you understand, chiocciola is the at sign, the little snail. Or my mobile, [[333 718 4209|PHONE_NUMBER]], but only after five, please, before that I'm with families.

AI: Grazie mille, [[Francesca|PERSON]].""")

# 23 Sweden
T.append("""AI: Hej, thanks for joining. Could you introduce yourself?

User: Hej! I'm [[Amira Hassan|PERSON]], I'm [[34|AGE]], and I'm a [[förskollärare|JOB_TITLE]], a preschool teacher, at [[Förskolan Solrosen|ORGANIZATION]] in [[Rosengård|CITY]], in [[Malmö|CITY]]. It's a municipal preschool, so my employer is [[Malmö stad|ORGANIZATION]]. I came to [[Sweden|COUNTRY]] from [[Iraq|COUNTRY]] when I was nine, grew up in [[Lund|CITY]], and studied the teacher programme at [[Malmö universitet|SCHOOL]]. I've been at [[Solrosen|ORGANIZATION|org_nickname]] for seven years. My group is the older kids, four and five years old, twenty children, and most of them speak another language at home, Arabic, Somali, Bosnian, Dari.

AI: Tack, [[Amira|PERSON]]. How do you use AI in your work?

User: Mostly for communication with parents. We write a weekly letter, "veckobrev", about what we did, what's coming, remember rain clothes and so on. Many parents don't read Swedish well, so I write it in simple Swedish and then use [[ChatGPT|AI_PRODUCT]] to translate into Arabic, Somali, and English. Arabic I can check myself, it's my language. The Somali I ask one of [[the parents|GENERIC_ROLE]], [[Hodan|PERSON]], she's very kind, she checks for me sometimes. Once the Somali version said something like "children must bring their weapons" instead of "their boots", haha. [[Hodan|PERSON]] laughed so much. So, always check.
Also for the pedagogical documentation, we use [[Unikum|SOFTWARE]], the platform where we document the children's learning. The municipality says no AI with children's names or photos, so I don't. But I use AI to help me connect our activities to the läroplan, the curriculum. Like, we did a project about worms, and I ask, "which goals in Lpfö 18 does this relate to?" It's quite good at that.

AI: How do your colleagues feel about it?

User: [[My colleague|GENERIC_ROLE]] [[Lotta|PERSON|nickname]], [[Charlotte Lindqvist|PERSON]], she's another [[förskollärare|JOB_TITLE]], she's been working for thirty years, and she says preschool is about being present, not screens. And I agree! We don't use AI with the children at all. But she asked me to help her write her lönesamtal notes, the salary talk, haha, so now she's a bit converted. [[Johan|PERSON]], he's a barnskötare, childcare assistant, he uses it to make songs for the kids, new words to old melodies, about washing hands, about the seasons. The kids love it. Our rektor, [[Annika Holm|PERSON]], she's positive but careful, she follows what [[Skolverket|ORGANIZATION]] says, and they are careful too. What worries me is that some parents use AI to ask about their children's development instead of asking us or the BVC, the child health centre. One dad came and said, "[[ChatGPT|AI_PRODUCT]] says [[my son|GENERIC_ROLE]] maybe has autism because he doesn't talk much." The boy is three and a half, he speaks Arabic at home and he's just starting Swedish. That's normal! Two languages take time. I had to calm the dad down over fika, haha, with a kanelbulle. So I think we need to talk with parents about what AI can and can't say.

AI: And at home, do you use AI? How do you see your profession in the future?

User: At home, [[my husband|GENERIC_ROLE]] [[Ali|PERSON]] works as a bus driver for [[Skånetrafiken|ORGANIZATION]], he doesn't use it much. [[My kids|GENERIC_ROLE]], [[Yara|PERSON]] is eleven and [[Adam|PERSON]] is seven, [[Yara|PERSON]] uses it for school projects, and I try to teach her to question it. I use it for recipes, and for writing to the [[Försäkringskassan|ORGANIZATION]], because Swedish bureaucratic language is hard even for me. For the future, preschool teachers will always be needed. A robot can't comfort a crying child at drop-off or tie twenty pairs of shoes before going out in the rain. But AI can help with the documentation, which takes so much time. Less paper, more play, that's my dream.

AI: Lovely. How can we contact you for a follow-up?

User: Work email, [[amira.hassan@\u200bmalmo.se|OBF_EMAIL|zero_width]], or mobile, [[070-312 45 86|PHONE_NUMBER]]. Text is best, I can't answer when I'm with the children.

AI: Tack så mycket, [[Amira|PERSON]]!""")

# 24 Turkey
T.append("""AI: Merhaba, thanks for joining. Could you introduce yourself and your work?

User: Merhaba! I'm [[Emre Yıldız|PERSON]], [[34|AGE]] years old, and I work as a [[lojistik koordinatörü|JOB_TITLE]], logistics coordinator, at [[Arkas Lojistik|ORGANIZATION]], in [[İzmir|CITY]]. Our office is in [[Alsancak|CITY]], near the port. I coordinate export shipments, mostly for textile and food companies from the [[Aegean region|CITY]], dried figs, raisins, olive oil, cotton, going to [[Europe|CONTINENT]] and the Middle East. So, containers, customs declarations, trucks to the port, bookings with shipping lines, and a lot of phone calls. I graduated from [[Dokuz Eylül Üniversitesi|SCHOOL]], maritime business, in [[2013|DATE]].

AI: Teşekkürler, [[Emre|PERSON]]. How does AI fit into logistics coordination?

User: In many small ways. The company has [[SAP|SOFTWARE]] for operations, and now we have [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Excel|SOFTWARE]], since [[last year|GENERIC_TIME]]. I get maybe two hundred emails a day, from customers, from agents abroad, from customs brokers, in Turkish, English, sometimes German or Arabic. [[Copilot|AI_PRODUCT]] summarises the long threads, like when a container is stuck and twenty people are writing. That saves me a lot. Also I use [[ChatGPT|AI_PRODUCT]], the company version, to draft emails in English to foreign agents, and to check HS codes, the customs tariff codes, but only as a first idea. The real check is with our gümrük müşaviri, the customs broker, [[Hakan|PERSON]] Bey, [[Hakan Çelik|PERSON]], we say "Bey" for respect.

AI: How do your colleagues and your manager see these tools?

User: [[My manager|GENERIC_ROLE]], [[Murat|PERSON]] Bey, [[Murat Demir|PERSON]], he's fifty-five, very experienced, he knows every captain and every truck driver in [[İzmir|CITY]] personally. He doesn't use AI himself, but he likes the reports I make with it, because they are cleaner. He always says, "[[Emre|PERSON]], the machine doesn't drink tea with the customer." True! In [[Turkey|COUNTRY]], business is relationship, çay, phone calls, visiting. [[Zeynep|PERSON]] Hanım, [[Zeynep Aksoy|PERSON]], she's our customer service lead, she uses AI a lot for complaint responses, because customers can be very angry when a shipment is late, and she says AI helps her not answer angry. Haha, it's like a filter. AI has led me into mistakes too, yes, one I remember very well. A customer in [[Manisa|CITY]] wanted to export a new product, a kind of fig paste, and I asked [[ChatGPT|AI_PRODUCT]] for the HS code and the documents needed for [[Germany|COUNTRY]]. It gave a code that was close but not right, and it said a certificate wasn't needed. [[Hakan|PERSON]] Bey checked, and the certificate was needed, and the code was different, with a different duty rate. If we had sent it like that, the container would wait at [[Hamburg|CITY]] for weeks, with demurrage costs every day. So my rule now: AI drafts, humans decide. Also once, for my own things, I put my TC kimlik number, [[28491736502|NATIONAL_ID]], in a chat to help me fill an [[e-Devlet|SOFTWARE]] form, and later I thought, why did I do that? Now I'm more careful.

AI: Do you use AI outside work, and how do you see the future of logistics jobs?

User: At home, [[my wife|GENERIC_ROLE]] [[Elif|PERSON]] is a pharmacist in [[Karşıyaka|CITY]], and she uses it to check English documents from the pharmaceutical companies. Our son [[Can|PERSON]] is four, he talks to the voice assistant and asks it for cartoon songs. [[On weekends|GENERIC_TIME]] I use it for planning trips, we went to [[Çeşme|CITY]] and [[Alaçatı|CITY]] [[in the summer|GENERIC_TIME]]. For the future, I think the routine things, booking, tracking, documents, will be automatic. [[The coordinator|GENERIC_ROLE]] who only types bookings will disappear. But when the Suez Canal closes, or there's a strike in the port, or a storm, you need a person who knows people, who can call a friend at the shipping line at midnight. That's the job that stays.

AI: Great insight. How can we reach you for a follow-up?

User: My phone, I'll say it the Turkish way: [[sıfır beş yüz otuz iki, dört yüz on sekiz, yirmi yedi, altmış üç|OBF_PHONE|foreign_words]]. Or email, [[emre.yildiz.izmir@gmail.com|EMAIL_ADDRESS]]. And I'm on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/emreyildiz-logistics|URL]].

AI: Çok teşekkürler, [[Emre|PERSON]]!""")

# 25 Pakistan
T.append("""AI: Assalam-o-alaikum, thank you for joining. Could you introduce yourself?

User: Walaikum assalam! I'm [[Ayesha Tariq|PERSON]], I'm [[28|AGE]], and I'm a [[radio producer|JOB_TITLE]] at [[Radio Awaaz 98.2|ORGANIZATION]], a private FM station in [[Lahore|CITY]]. Our studio is in [[Gulberg|CITY]]. I produce the morning show, "Subah Savera", which is a mix of music, call-ins, news headlines, city traffic, and a segment about social issues. I studied mass communication at [[Kinnaird College|SCHOOL]], and I've been at the station since [[2019|DATE]]. Started as an intern, now I'm producer. Alhamdulillah.

AI: Thank you, [[Ayesha|PERSON]]. How do you use AI in radio production?

User: Oh, a lot now. First, scripts. Our show is in Urdu with a lot of English mixed in, like how people in [[Lahore|CITY]] actually talk. I use [[ChatGPT|AI_PRODUCT]] to draft segment ideas and to write the intros, but its Urdu is sometimes too formal, like [[PTV|ORGANIZATION]] news from [[the nineties|GENERIC_TIME]], so I tell it, "write like a Lahori RJ, casual, with English words." Second, audio. We use [[Adobe Podcast|SOFTWARE]] to clean up interviews recorded on phones, the noise removal is magic, especially with [[Lahore|CITY]] traffic in the background. And third, transcription. When we interview a guest for forty minutes, I use [[Whisper|AI_PRODUCT]], through a small app [[my colleague|GENERIC_ROLE]] set up, to get the transcript, then I pick the best bits for the promo.

AI: Who else at the station uses it, and how do they feel?

User: [[My colleague|GENERIC_ROLE]] [[Bilal|PERSON]] bhai, he's [[our sound engineer|GENERIC_ROLE]], he set up the [[Whisper|AI_PRODUCT]] thing on an old laptop, he's the tech genius. [[Our RJ|GENERIC_ROLE]], [[Sana|PERSON]], she's the voice of the show, she was worried at first because she heard about AI voices replacing presenters. And honestly, one station in [[Karachi|CITY]] tried an AI voice for late-night news, and people hated it. [[Sana|PERSON]] says, "[[Ayesha|PERSON]], a machine can't laugh at a caller's joke at seven in the morning." [[Our station manager|GENERIC_ROLE]], Sir [[Naveed|PERSON]], [[Naveed Akhtar|PERSON]], he likes anything that saves money, so he's very interested, which worries all of us a little. Problems, yes, a few. Once the AI transcription turned a guest's Punjabi line into something very rude in English, haha, we caught it before it went on the promo, thank God. More serious: we had a segment about the floods, and I asked AI for statistics, and it gave me numbers that looked real but I couldn't find the source. We're a news-adjacent show, we can't say wrong numbers on air. [[PEMRA|ORGANIZATION]] will be on us. So now every number needs a source, a real one. Also there's the deepfake problem. During the elections, there were fake audio clips of politicians going around on [[WhatsApp|SOFTWARE]]. People asked us, "Is this real?" And we couldn't always tell. That's scary for media.

AI: How about at home, and how do you see the future of your work?

User: At home, my [[Ammi|GENERIC_ROLE]] uses it for recipes, and [[my younger brother|GENERIC_ROLE]] [[Hamza|PERSON]] uses it for his CSS exam preparation, he wants to be a civil servant. I use it for everything, honestly, my wedding is in [[March|GENERIC_TIME]] and I used it to make the budget for the mehndi, the baraat, the walima. Don't tell [[my fiancé|GENERIC_ROLE]] [[Usman|PERSON]], he thinks I'm a natural planner, haha. For the future, I think radio will survive because of the human connection, a caller from [[Shahdara|CITY]] telling us about her day, you can't fake that. But production jobs will change, fewer people will do more with AI. I want to be the person who knows both. Like [[Babar Azam|PUBLIC_FIGURE]], you have to adapt to every format, Test, ODI, T20, or you get dropped, haha.

AI: Great comparison. How can we reach you for a follow-up?

User: I'm on [[X|SOFTWARE]] as [[@ayeshatariq_fm|SOCIAL_HANDLE]]. Email is [[ayesha.tariq.radio[at]gmail[dot]com|OBF_EMAIL|bracket_at_dot]], and my number, I'll type it how my phone writes it, [[۰۳۰۰-۴۸۱۲۷۶۵|OBF_PHONE|extended_arabic_indic_digits]]. For official forms the station always asks my CNIC too, [[35202-4819276-4|NATIONAL_ID]], but you won't need that.

AI: Bohat shukriya, [[Ayesha|PERSON]]!""")

write_set(T, "set_bg")
