import sys
from markup import write_set
T = []

# 1 - UK, practice administrator
T.append("""AI: Thanks for making time today, I know lunchtimes are precious. Could you start by telling me a bit about yourself and what your job involves?

User: Course, love. I'm [[Maureen Ashworth|PERSON]], I'm [[52|AGE]], and I'm the [[practice administrator|JOB_TITLE]] at [[Moorside Medical Centre|ORGANIZATION]] in [[Chapel Allerton|CITY]], which is just north of [[Leeds|CITY]] city centre. I've been there since [[2009|DATE]], so I remember when all the notes were paper in those big grey cabinets. Basically I keep the place running: staff rotas, locum invoices, complaints, the phone queue, all the bits the [[doctors|GENERIC_ROLE]] don't want to think about. We've about eleven thousand patients on the list, so it's never quiet.

AI: How did AI first come into that work for you?

User: Through my daughter, if I'm honest. [[Chloe|PERSON]]'s at uni in [[Sheffield|CITY]] doing psychology, and she came home at [[Christmas|GENERIC_TIME]] going on about [[ChatGPT|AI_PRODUCT]]. I said, can it write a rota? And she said, Mum, it can write anything, which I doubted. So I had a go on the free one on my own laptop. That was [[January 2023|DATE]], I think, because I remember it was the week the boiler went. First thing I asked it was to redo the letter we send when someone's removed from the list for being abusive to staff. That letter always took me an hour, because you've got to be firm but not give them anything to complain about. And it was better than mine, which was a bit annoying! I still changed bits. It said "we regret to inform you", and our [[practice manager|JOB_TITLE]], [[Gillian Pryce|PERSON]], can't stand that phrase, so out it went. Now we've got [[Copilot|AI_PRODUCT]] through the work [[Microsoft 365|SOFTWARE]] account, because the [[ICB|ORGANIZATION]] told all the practices not to put anything into the free tools. Quite right, really. Nothing with a patient's name goes in, ever. [[Gillian|PERSON]] was very clear about that, and when she's clear, she's clear.

AI: What do you actually use [[Copilot|AI_PRODUCT]] for, day to day?

User: Minutes, mostly. We have a [[partners|GENERIC_ROLE]]' meeting every other [[Wednesday|GENERIC_TIME]] on [[Teams|SOFTWARE]], and it does a summary at the end. It's not perfect. It called Dr [[Okonkwo|PERSON]] "Dr [[Oven|PERSON]]" once and he's never let it go, he brings it up every meeting. Then the rota. I put the rules in, like [[Bev|PERSON]] can't do [[Mondays|GENERIC_TIME]] because she has her grandson, and locums have to be booked six weeks ahead, and it gives me a draft in [[Excel|SOFTWARE]]. Our [[receptionist|JOB_TITLE]] [[Tasha|PERSON]] checks it over because she's sharper than me with numbers. She types like the wind, that girl.

AI: Are there things you won't let it near?

User: Complaint responses I write myself now. I tried it once and it came out sounding like a bank. When someone's mum has died and they're upset about a referral that went missing, they don't want "we value your feedback". They want a human being to say sorry properly and tell them what we're changing. And anything clinical, obviously. I'm not clinical, I'm admin, and I'm not having a chatbot pretend it is. The [[doctors|GENERIC_ROLE]] are split on it. Dr [[Okonkwo|PERSON]] uses one of those ambient scribe things in his consultations, [[Heidi|AI_PRODUCT]] I think it's called, and he swears by it. Dr [[Sandhu|PERSON]], the younger one, won't touch it. You'd think it'd be the other way round.

AI: Has it changed how your days feel?

User: I go home on time more. That's the honest answer. I used to stay till seven on a [[Friday|GENERIC_TIME]] doing the rota for the next month. My husband [[Keith|PERSON]] noticed before I did, he said, you're home for the soaps, what's happened? But there's a worry underneath it too. [[Tasha|PERSON]] and the other young ones on reception, I do wonder what their jobs look like in ten years if the phones get answered by a robot. The [[ICB|ORGANIZATION]] are already trialling an AI phone system over in [[Bradford|CITY]]. I'm alright, I'll be retired, but they won't be.

AI: Thank you, [[Maureen|PERSON]], that's really useful. Would you be happy for us to contact you again in a few months for a follow-up?

User: Yes, that's fine. Don't use the surgery inbox though, it goes through three people before it gets to me. My own one is [[mo dot ashworth at btinternet dot com|OBF_EMAIL|spelled_at_dot]]. Or you can post something to the surgery, [[14 Harrogate Road|ADDRESS]], [[Leeds|CITY]], [[LS7 4PE|ADDRESS]], and put "for the attention of" on it, otherwise whoever's on the front desk will open it. Good luck with it all, love.""")

# 2 - Philippines, customer service representative
T.append("""AI: Hi, thank you for joining. Can you introduce yourself and tell me what you do?

User: Hello po, good evening, well, good morning for me, haha, I just finished my shift. I'm [[Reyna Codilla|PERSON]], [[26|AGE]] years old, and I'm a [[customer service representative|JOB_TITLE]] at [[Bluewave Contact Solutions|ORGANIZATION]] in [[Cebu City|CITY]], in the IT Park. Our account is an internet provider in the [[US|COUNTRY]], I'm not allowed to say which one. So I handle billing and tech support, calls and chats, mostly from customers in [[Texas|CITY]] and [[Florida|CITY]]. I'm on graveyard shift, ten PM to seven AM our time. I started in [[November 2021|DATE]], so almost three years now.

AI: How does AI show up in your work?

User: Many ways po. First, inside our system there's an agent assist, it's in [[Zendesk|SOFTWARE]], it reads the chat and suggests replies and knowledge articles. Sometimes it's very helpful, sometimes the suggestion is totally wrong, like the customer asks about a refund and it gives me the article for router reset, haha. Our [[TL|GENERIC_ROLE]], Sir [[Jomar|PERSON]], always reminds us, don't copy-paste blindly, read first, because the auditors will catch it and your score will go down. Second, I use [[ChatGPT|AI_PRODUCT]] on my phone during break, to check my English, like if a customer is very angry and I want to write a nice apology but not too robotic. American customers, they can hear if you are reading a script. My seatmate [[Kimberly|PERSON]], we call her [[Kim|PERSON]], she uses [[Gemini|AI_PRODUCT]] because she got the free [[Google One|SOFTWARE]] with her phone promo.

AI: Is using your phone like that allowed by your company?

User: Hmm, officially we cannot bring phones on the production floor, it's a clean desk policy, lockers only. So only during break, and we never put account numbers or customer names, of course. Last year one agent from another team was terminated because he pasted a customer's full details into some AI website to translate Spanish. Everyone got a refresher after that, a two-hour e-learning module with a quiz. Sir [[Jomar|PERSON]] made us screenshot our certificates and send them to the group chat.

AI: How do you feel about the AI tools overall?

User: Mixed po. They help, but they also make the metrics harder. Before, our handle time target was eight minutes, now it's six, because [[management|GENERIC_ROLE]] says the agent assist makes us faster. And there's a voice bot now answering first, so by the time the customer reaches me they are already angry because the bot asked them three times to say "billing". Sometimes they just shout "representative! representative!" haha. There are rumours the client will move more chats to full AI by [[next year|GENERIC_TIME]]. That's scary for me because I'm the breadwinner. I send money to my mother in [[Bohol|CITY]] and for my younger brother [[Jun-Jun|PERSON]]'s tuition. He's taking nursing at [[Holy Name University|SCHOOL]] in [[Tagbilaran|CITY]].

AI: Have you thought about what you'd do if those jobs change?

User: Yes, actually. Every [[Saturday|GENERIC_TIME]] I study an online certificate in data analytics from [[Google|ORGANIZATION]], I'm on course four. Some of my batchmates already moved to AI training projects, like rating chatbot answers, it pays per task in dollars. My friend [[Angelica|PERSON]] does that from home in [[Mandaue|CITY]] and she earns more than me, but no HMO, no 13th month pay, and sometimes no tasks for one week. So I'm not sure. For now I stay, the company is okay, and my [[TL|GENERIC_ROLE]] is kind.

AI: Thank you, [[Reyna|PERSON]]. Would it be okay to contact you for a follow-up later this year?

User: Yes po, okay lang. You can text or [[Viber|SOFTWARE]] me at [[0917 482 3361|PHONE_NUMBER]], but text is better because I'm sleeping in the daytime. Or message me on [[Facebook|SOFTWARE]] or [[Instagram|SOFTWARE]], I'm [[@reyna.codilla|SOCIAL_HANDLE]] on both. Thank you also, this was fun, my first interview like this.""")

# 3 - USA, ICU nurse
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself and your role?

User: Sure. My name's [[Jessica Holbrook|PERSON]], most people call me [[Jess|PERSON]]. I'm [[thirty-eight|AGE]], and I'm an [[ICU nurse|JOB_TITLE]]. I've been in critical care about eleven years, all of it at [[Mercy Scioto Valley Hospital|ORGANIZATION]] in [[Columbus|CITY]], [[Ohio|CITY]]. Twenty-four bed medical unit. I work three twelves, nights mostly, though I've been picking up some days since my youngest started kindergarten.

AI: Where does AI come into your work?

User: So the biggest one is in [[Epic|SOFTWARE]], our charting system. About a year ago they rolled out this feature that summarizes the chart when you get a new admission or a transfer. Instead of scrolling through like nine hundred notes, you get a paragraph: history of heart failure, admitted with sepsis, on two pressors, whatever. And then there's the sepsis alert, which has been AI-ish for years, honestly. It fires constantly. We call it the boy who cried wolf. The physicians have [[DAX Copilot|AI_PRODUCT]] now too, it listens during rounds and writes their notes. Some of the [[residents|GENERIC_ROLE]] love it, some of the [[attendings|GENERIC_ROLE]] think it's creepy.

AI: How do you feel about the summaries? Do you trust them?

User: I trust them like I trust a new grad. Helpful, but I'm gonna check. Had one [[last spring|GENERIC_TIME]] where the summary said no known allergies and the patient was allergic to vancomycin. It was buried in a scanned document from an outside hospital. I caught it because I always ask the family. Our [[charge nurse|JOB_TITLE]] that night, [[Tamika|PERSON]], wrote it up as a safety event, and now it's a whole thing with the informatics team. Which is good! But it tells you something. The summary sounds so confident. A tired nurse at four in the morning is gonna believe it.

AI: Do you use any AI tools outside the hospital systems, and has the hospital said anything about that?

User: [[ChatGPT|AI_PRODUCT]], for studying mostly. I'm finishing my master's online through [[Ohio State|SCHOOL]], I want to go into education eventually, and I have it quiz me on hemodynamics while I'm on the treadmill. And for life stuff, like it planned my son [[Mason|PERSON]]'s birthday party, the whole dinosaur theme. My husband [[Derek|PERSON]] thinks it's hilarious. He's a [[lineman|JOB_TITLE]] for [[AEP|ORGANIZATION]] and he's like, you're asking a robot how many juice boxes to buy? As for the hospital, there's a policy: no patient information in any public AI, period. We had to do a module on it in [[HealthStream|SOFTWARE]]. And everything's tied to your badge anyway. My badge number's on every med I pull from the [[Pyxis|SOFTWARE]], [[40872|NATIONAL_ID]], so if I did something dumb it'd be traced back to me in about five minutes. Our [[manager|GENERIC_ROLE]], [[Pam|PERSON]], is pretty reasonable about it. She said use your brain, and if you wouldn't say it in the elevator, don't type it into a chatbot.

AI: What worries you, if anything, about where this is going?

User: Staffing. Honestly. If [[administration|GENERIC_ROLE]] decides the AI makes us faster, they'll give us three patients instead of two. That's already the rumor for the [[next budget year|GENERIC_TIME]]. There's also talk about a virtual nursing program, where someone on a camera does admissions and discharge teaching remotely. I'm not against tech. I was the one who taught half the unit how to use the new pumps. I'm against tech being the excuse. My daughter [[Lily|PERSON]] asked me the other day if robots were going to be nurses, and I said, baby, not as long as patients still throw up.

AI: Thanks, [[Jess|PERSON]]. Would you be okay with a follow-up later in the year?

User: Yeah, totally. Email's hit or miss with me, text is better. It's [[six one four, five five five, oh two nine three|OBF_PHONE|number_words]]. Just say it's about the study so I don't think it's spam, I get like four calls a day about my car's extended warranty.""")

# 4 - Nigeria, relationship officer
T.append("""AI: Good afternoon, and thanks for joining from [[Lagos|CITY]]. Could you introduce yourself?

User: Good afternoon. My name is [[Adaeze Nwosu|PERSON]], I am [[31|AGE]], and I work as a [[relationship officer|JOB_TITLE]] with [[Crestfield Bank|ORGANIZATION]], at our [[Ikeja|CITY]] branch on [[Obafemi Awolowo Way|ADDRESS]]. I manage SME customers: traders, pharmacies, a few small manufacturers, people who import from [[China|COUNTRY]]. I joined the bank in [[June 2019|DATE]] as a graduate trainee, after my youth service in [[Kano|CITY]].

AI: How does AI come into your work?

User: Honestly, mostly through my phone. [[ChatGPT|AI_PRODUCT]] is my assistant. When I have to write a credit memo for a customer's overdraft request, I write the facts myself, then I ask it to make it structured and formal, because the credit people at head office in [[Victoria Island|CITY]] are very particular about format. If your memo is rough, it will come back with twenty comments and the customer will be calling you every day. I also use [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]], since it's just there, for quick things like drafting a broadcast message to my customers about new loan rates.

AI: Does the bank have any official AI tools?

User: Not really, not yet. They talk about it at every town hall. There is a chatbot on our mobile app for customers, they named her [[Zara|AI_PRODUCT]], and my customers complain to me about her. One madam told me, "[[Zara|AI_PRODUCT]] does not understand me, I want to talk to a human." Internally we use [[Finacle|SOFTWARE]] for core banking, and there's a fraud monitoring system that flags transactions. I think it has machine learning, but nobody explains it to us, they just say "the system flagged it." My colleague [[Sunday Okoro|PERSON]], who sits beside me, used [[ChatGPT|AI_PRODUCT]] to prepare for his professional exams and he passed two papers in one sitting, so now he's our AI ambassador. Anything new, we ask [[Sunday|PERSON]].

AI: Are there risks you worry about?

User: Yes. Customer data first. Our [[branch manager|GENERIC_ROLE]], Mrs [[Balogun|PERSON]], warned everyone after the [[CBN|ORGANIZATION]] sent a circular about data protection: never put account numbers, BVN, anything, inside these apps. Every login is tied to your staff ID, mine is [[CB-22817|NATIONAL_ID]], so if anything leaks they will know who. Then fraud. Fraudsters are using AI now. A customer of mine, an elderly man in [[Surulere|CITY]], got a voice note that sounded exactly like his son asking for money. He almost transferred eight hundred thousand naira. Since [[Tinubu|PUBLIC_FIGURE]] removed the fuel subsidy, everybody is hustling, and the scams have increased.

AI: Has it changed your workload, or your evenings?

User: Traffic in [[Lagos|CITY]] decides my evenings, not AI, haha. I leave the office by six and reach home in [[Ajah|CITY]] by nine, so anything that saves me time in the office is gold. Before, a memo took me maybe half a day, now one hour, and I can close early on a [[Friday|GENERIC_TIME]]. On [[Sunday|GENERIC_TIME]] after church I plan my week with it, which customers to visit, which files are pending. My husband [[Chidi|PERSON]] says I talk to [[ChatGPT|AI_PRODUCT]] more than I talk to him. Our daughter [[Munachi|PERSON]] is [[three|AGE]], she calls it "Mummy's friend."

AI: Would you be willing to take part in a follow-up interview? If so, how should we reach you?

User: Yes, no problem. Please use my personal email, not the bank one, because the bank one blocks almost everything external. It's [[adaezenwosu91@gmail.com|EMAIL_ADDRESS]]. If I don't reply in two days, just send a [[WhatsApp|SOFTWARE]] to [[+234 803 415 2297|PHONE_NUMBER]] and remind me. I'm happy to help.""")

# 5 - Germany, dispatcher
T.append("""AI: Hello, thank you for joining. Can you tell me who you are and what your job is?

User: Yes, hello. My name is [[Thomas Brandt|PERSON]], I am [[45|AGE]] years old. I am a [[dispatcher|JOB_TITLE]], in German we say [[Disponent|JOB_TITLE]], at [[Spedition Kempken|ORGANIZATION]] in [[Duisburg|CITY]]. We are a middle-size freight company, around sixty trucks, mostly driving to the [[Netherlands|COUNTRY]], [[Belgium|COUNTRY]] and also [[Poland|COUNTRY]]. I make the tours for the drivers, and I talk with the customers when something goes wrong, which is every day, haha. I am there since [[2004|DATE]], I made my apprenticeship there, so twenty years now. My English is not so good, sorry.

AI: Your English is great, no need to apologise. How do you use AI in your job?

User: Okay. So, first, [[DeepL|AI_PRODUCT]]. Every day. Many drivers are from [[Romania|COUNTRY]] or [[Bulgaria|COUNTRY]], so I write the instruction in German and [[DeepL|AI_PRODUCT]] makes it Romanian for the driver. It works very good, the drivers say it is better than my Romanian, which is zero. Then since maybe one year we have [[ChatGPT|AI_PRODUCT]], the company pays for the team version. Our [[boss|GENERIC_ROLE]], Herr [[Kempken|PERSON]], the son, not the old one, he is very interested in these things. He said in the meeting, everybody must try it, no excuses.

AI: What do you use [[ChatGPT|AI_PRODUCT]] for?

User: Emails to customers when a delivery is late. Before, I write very short, like "truck is late, arrive 14 o'clock." Customers don't like this. Now [[ChatGPT|AI_PRODUCT]] writes it more friendly, with sorry and so on. Also the damage reports for the insurance, this is a lot of paper. My colleague [[Jens|PERSON]] uses it for [[Excel|SOFTWARE]] formulas, he is the [[Excel|SOFTWARE]] king now. The planning itself we make in [[Transporeon|SOFTWARE]] and our own old system, and there is now an AI function for route optimisation, but honestly, I don't trust it so much. It does not know that the driver [[Marek|PERSON]] cannot drive in the night because of his eyes, or that at the customer in [[Krefeld|CITY]] the gate is closed from twelve to one for lunch. This is in my head, not in the system.

AI: Has AI changed anything about how your team works together?

User: A little bit. The young colleague [[Lea|PERSON]], she is in second year of apprenticeship, she asks [[ChatGPT|AI_PRODUCT]] before she asks me. Sometimes this is good, sometimes she gets a wrong answer about the rules for driving times and I must explain again. The machine says it very sure, this is the problem. Also the works council wants an agreement about AI, because they are afraid the company uses it to check the drivers, the GPS and the breaks and so on. I understand this. In [[Germany|COUNTRY]] we are careful with data, maybe too careful, I don't know.

AI: How do you feel about the future of your job?

User: My son [[Lukas|PERSON]] is [[19|AGE]], he makes now his apprenticeship as [[mechatronics technician|JOB_TITLE]] at a car company. He says, Papa, in ten years the computer makes the tours. Maybe. But when the truck is broken on the motorway at two in the night and the driver calls me, who answers? [[ChatGPT|AI_PRODUCT]]? I don't think so. My wife [[Sabine|PERSON]] says I should be happy if the computer makes the boring part and I do the people part. She is right, mostly. She is always right, haha.

AI: Thank you, [[Thomas|PERSON]]. Could we contact you again for a short follow-up?

User: Yes, of course. Please write to my work email, it is [[t.brandt(at)kempken-logistik.de|OBF_EMAIL|bracket_at]]. I write it always like this because of the spam. I answer mostly in the morning, before seven, when it is still quiet in the office.""")

# 6 - India, primary teacher
T.append("""AI: Namaste, and thank you for joining. Could you tell me a little about yourself?

User: Namaste. I am [[Sneha Joshi|PERSON]], I am [[34|AGE]] years old, and I am a [[primary teacher|JOB_TITLE]] at [[Shree Vidya Niketan English Medium School|SCHOOL]] in [[Kothrud|CITY]], [[Pune|CITY]]. I teach Class 3, mostly English and EVS, environmental studies, and I am also class teacher for 3B, so forty-two children and forty-two sets of parents, haha. I did my B.Ed from [[Savitribai Phule Pune University|SCHOOL]] in [[2013|DATE]] and I am teaching since then. This is my second school.

AI: How did you start using AI tools?

User: Actually, during the lockdown only I started with technology properly, online classes on [[Google Meet|SOFTWARE]], making PDFs, all that. Then last year my husband [[Rohan|PERSON]] showed me [[ChatGPT|AI_PRODUCT]]. He works in [[Infosys|ORGANIZATION]] in [[Hinjewadi|CITY]], so he knows all these things. First I asked it for a story about saving water at Class 3 level, and it gave such a nice story with a frog character, I was very impressed. Now I use it almost daily for lesson plans, worksheets and comprehension passages. Also [[Gemini|AI_PRODUCT]] sometimes, because it is there in my phone already.

AI: Can you walk me through how you'd use it for a typical lesson?

User: Suppose the topic is "Our Helpers", the postman, the farmer, the cobbler. I write: make a lesson plan for forty minutes, Class 3, CBSE pattern, with one activity and five questions. It gives the structure. Then I change it, because it will say "divide children in groups and give each group chart paper", but in my class there is no space to move benches, and chart paper we are buying from our own pocket, haha. So I adjust to reality. For children from Marathi-medium backgrounds who are weak in English, I ask it to make the same passage in simple words, sometimes with Marathi meanings in brackets. That part is really helpful. Our [[principal|GENERIC_ROLE]], Mrs [[Kulkarni|PERSON]], saw my worksheets and asked me to show everybody in the staff meeting on [[Saturday|GENERIC_TIME]].

AI: Are there any concerns, for you or for the school?

User: Yes, some. One is the older children, not mine, but Class 8 and 9, they are copying homework from [[ChatGPT|AI_PRODUCT]]. My colleague [[Farzana|PERSON]] ma'am, she teaches Class 9 science, she caught three boys with the exact same answer, word to word, even the same spelling mistake. Second is the parents. Some parents send me [[WhatsApp|SOFTWARE]] messages that are clearly written by AI, very long, very formal, "Respected Madam, I humbly wish to bring to your kind notice". Haha, I know that father, he does not write like this! And third, honestly, the information itself. Once it gave me a wrong year for [[Shivaji Maharaj|PUBLIC_FIGURE]]'s coronation and I almost printed it in the worksheet. After that I check everything with the textbook.

AI: Does the school give any guidance or training?

User: Not formally. There was one workshop by a company selling some AI software for schools, but it was more like an advertisement, with free pens. The government has the [[DIKSHA|SOFTWARE]] app for teachers, which has some good content, but nobody told us about AI rules. Some senior teachers are not comfortable with all this, so they ask me to make their question papers also, haha. I don't mind, but then they say, "[[Sneha|PERSON]], you are the computer expert", and I am not! I just try things. My son [[Aarav|PERSON]] is [[seven|AGE]] and he is already better with the phone than me.

AI: Thank you, [[Sneha|PERSON]]. Would you be open to a follow-up conversation, and how can we contact you?

User: Yes, sure. My number is [[9 8 2 2 0 4 1 7 3 6|OBF_PHONE|spaced_digits]], please send a [[WhatsApp|SOFTWARE]] message first, and after 4 pm only, because in school time I cannot see the phone. My mother-in-law also stays with us, so evenings are busy, but I will manage some time.""")

# 7 - Brazil, sales representative
T.append("""AI: Hi, thank you for joining. Could you tell me about yourself and your work?

User: Hi! Of course. My name is [[João Pedro Lima|PERSON]], but everybody calls me [[JP|PERSON]]. I am [[29|AGE]], I was born in [[1995|DATE]], and I work as [[sales representative|JOB_TITLE]] for [[AgroSul Insumos|ORGANIZATION]], we sell fertilizers and seeds for farmers. The office is in [[Curitiba|CITY]] but I am more in the car than in the office, haha. My region is the west of [[Paraná|CITY]], so [[Cascavel|CITY]], [[Toledo|CITY]], this area. I drive like four thousand kilometers per month.

AI: How does AI fit into a job that's so much on the road?

User: The phone is my office. I use [[ChatGPT|AI_PRODUCT]] with voice, in the car, when I am driving between farms. I just talk: "make a summary of the visit, the client wants two hundred tons of urea for the soy planting, he complained about the delivery last time." Then it organizes everything, and when I stop for coffee I copy this to [[RD Station|SOFTWARE]], our CRM. Before, I did this at night in the hotel, very tired, and many times I forgot things. Now it is almost the same moment. Also, [[WhatsApp|SOFTWARE]] is everything in [[Brazil|COUNTRY]]. The farmers don't read email, they send audio of three minutes. Sometimes I ask the AI to summarize the audio, haha.

AI: What kind of clients are they, and do they know you use AI?

User: Mostly family farms, some big ones. One of my best clients, Seu [[Valdir Kraemer|PERSON]], he has a farm near [[Toledo|CITY]], he does not trust computers. If he knows a robot is writing the message, he will be offended. So I never say. But the young ones, like his grandson [[Matheus|PERSON]], who studied agronomy at [[UTFPR|SCHOOL]], he uses [[ChatGPT|AI_PRODUCT]] more than me! He asks it about the international price of soy and the weather for the harvest. The farms are changing with this generation.

AI: Does your company have rules about using it?

User: My [[manager|GENERIC_ROLE]], [[Rodrigo|PERSON]], he is very enthusiastic, he wants everybody to use. But the [[directors|GENERIC_ROLE]] made a rule after a problem with the data protection law. No CPF of clients, no price tables in the AI. Because our price table is secret, the competitors would love it. I understand. So I use it for text, summary, ideas, never for numbers of the company. The company also has now a tool for predicting which client will buy, in [[Power BI|SOFTWARE]], but it says things I already know, haha. "This client buys in [[August|GENERIC_TIME]]." Yes, I know, he buys every [[August|GENERIC_TIME]], I drink coffee with him every [[August|GENERIC_TIME]]!

AI: How do you feel about AI and the future of sales work?

User: I think the relationship is the job. The farmer buys from me because I went to his daughter's wedding, because I know the name of his dog, haha. AI cannot drink chimarrão with him in the morning. But I see the big companies making apps where the farmer buys directly, with AI recommending fertilizer from satellite images. Maybe in ten years my job is different. My girlfriend [[Larissa|PERSON]] is a [[veterinarian|JOB_TITLE]] and she says her job is safer, because no robot will put the arm inside a cow, haha. Also [[Lula|PUBLIC_FIGURE]] talks about AI now in the speeches, but for the farmers here, what matters is the price of diesel.

AI: Thanks, [[JP|PERSON]]. Can we contact you for a follow-up?

User: Sure! Email is better than phone, because I am always driving. It's [[joaopedro.lima arroba hotmail ponto com|OBF_EMAIL|arroba_ponto]]. Sorry, I say it in Portuguese, it is the habit. I answer at night, from the hotel, haha.""")

# 8 - Australia, electrician
T.append("""AI: Thanks for jumping on the call. Can you tell me a bit about yourself?

User: Yeah, no worries. [[Dean Whitford|PERSON]], I'm [[41|AGE]], I'm a [[sparky|JOB_TITLE]], an [[electrician|JOB_TITLE]], been on the tools since I left school. I run my own business, [[Corio Bay Electrical|ORGANIZATION]], down in [[Geelong|CITY]]. It's me, one other qualified bloke and an apprentice. Mostly residential, bit of light commercial, and solar and batteries are huge at the moment. Got my A-grade licence in [[2006|DATE]], so I've seen a few things.

AI: Where does AI come into a trade business like yours?

User: Paperwork, mate. The tools part, no. AI's not climbing into a roof space in [[January|GENERIC_TIME]] when it's fifty degrees up there. But quoting, invoices, emails, that's where it's saved me. I use [[ChatGPT|AI_PRODUCT]] to write up quotes. I'll chuck in my notes, like "switchboard upgrade, twelve circuits, RCBOs, old ceramic fuses, asbestos backing board, needs testing", and it turns it into something that looks professional. Then I put the numbers into [[Tradify|SOFTWARE]], that's our job management app, and [[Xero|SOFTWARE]] does the invoicing. My wife [[Mel|PERSON]] does the books two days a week and she reckons my quotes have gone from caveman to actually readable.

AI: Are there things you've tried that didn't work?

User: Yeah, I asked it about the wiring rules once, the standards, and it gave me an answer that was confidently wrong. Like, would've failed an inspection wrong. So I don't use it for anything technical. That's on me and my licence, not a chatbot. Also tried one of those AI receptionist things that answers your phone when you're on a job. Lasted a week. It booked a lady in [[Belmont|CITY]] for a "power point install" when she actually had sparks coming out of the wall. That's an emergency, not a quote! Had to ring her back from a roof in [[Torquay|CITY]]. Never again.

AI: What about the rest of your crew, how do they use it?

User: [[Jacko|PERSON]], my apprentice, he's [[19|AGE]], he uses it for his assignments at [[Gordon TAFE|SCHOOL]], which, look, I said to him, if you don't learn the theory you'll kill yourself, simple as that. He's a good kid though. [[Bazza|PERSON]], my other qualified guy, is old school and wouldn't know [[ChatGPT|AI_PRODUCT]] from a toaster. He still writes his timesheets on the back of a [[Bunnings|ORGANIZATION]] receipt. Drives [[Mel|PERSON]] up the wall.

AI: Has using AI changed anything about how you run the business?

User: Honestly, I quote faster, so I win more jobs. Customers get a quote the same night instead of a week later, and in this game whoever answers first gets the job. I reckon it's saved me five, six hours a week, which is time with the kids. [[Ruby|PERSON]]'s got netball on [[Saturdays|GENERIC_TIME]] and [[Finn|PERSON]]'s just started Auskick, so that matters. The government, [[Albo|PUBLIC_FIGURE]] and that lot, keep saying we need thousands more sparkies for the energy transition, and they're not wrong. I can't find a second apprentice for love nor money. If AI takes the paperwork off us, good. Nobody got into this trade to do paperwork.

AI: Thanks, [[Dean|PERSON]]. Can we contact you for a follow-up down the track?

User: Yep. Best is the mobile, [[0412 558 093|PHONE_NUMBER]], but if I don't pick up I'm probably up a ladder, so leave a message. Or email the business, [[admin@coriobayelectrical.com.au|EMAIL_ADDRESS]], [[Mel|PERSON]] checks that one. Workshop's at [[Unit 3, 22 Fyans Street|ADDRESS]], [[South Geelong|CITY]], if you ever want to post anything, and the ABN's [[51 824 753 556|NATIONAL_ID]] if your uni needs it for the voucher.""")

# 9 - Kenya, front desk agent
T.append("""AI: Thank you for joining. Please tell me about yourself and your work.

User: Thank you for having me. My name is [[Wanjiru Kamau|PERSON]], I am [[27|AGE]] years, and I work as a [[front desk agent|JOB_TITLE]] at [[Kilindini Palms Resort|ORGANIZATION]] in [[Diani|CITY]], on the south coast, near [[Mombasa|CITY]]. I grew up in [[Nyeri|CITY]], so the heat here was a shock at first! I studied hospitality at [[Kenya Utalii College|SCHOOL]] and I joined the resort in [[March 2022|DATE]]. We have many guests from [[Germany|COUNTRY]], [[Italy|COUNTRY]], the [[UK|COUNTRY]], and lately many Kenyans also, for long weekends.

AI: How does AI come into your daily work?

User: Mostly for communication. Our hotel system is [[Opera|SOFTWARE]], it doesn't have AI, it's very old-fashioned. But I use [[ChatGPT|AI_PRODUCT]] on my phone to reply to online reviews. My [[supervisor|GENERIC_ROLE]] gave me that responsibility last year because my English writing is good. When a guest writes a bad review, like the one who complained the beach had seaweed, we cannot control the ocean, haha, I ask [[ChatGPT|AI_PRODUCT]] to help me reply politely without admitting anything wrong. And for Italian guests I use [[Gemini|AI_PRODUCT]] to translate the welcome message and the excursion list.

AI: Does the resort have any policies about it?

User: Not written, no. Our [[general manager|GENERIC_ROLE]], Mr [[Shah|PERSON]], he is the old school type, he said "use whatever helps but don't put guest passports in it." Because we scan passports at check-in for the police register, and that data is sensitive. So I never put names or room numbers. My colleague [[Baraka|PERSON]], on night shift, uses it to write the incident reports, like when the monkeys enter rooms and steal breakfast, haha. That happens every week here.

AI: Have you found any problems with the AI's answers?

User: Yes. Once a guest asked me about visa rules for her husband, and [[ChatGPT|AI_PRODUCT]] said one thing, but the government website said another. I learned: for anything official, I check the source. Also, sometimes it sounds too American. "Awesome!" "Super excited!" Our guests are mostly older Europeans, they don't like that. So I tell it: write like a polite British hotel. Haha, that works. Also it doesn't know local things, like the matatu to [[Ukunda|CITY]], or which day the fish at the market is freshest. That I know better.

AI: How do you see AI affecting hospitality jobs here?

User: I think front office will change. Some big hotels in [[Nairobi|CITY]] already have a chatbot for bookings. But guests come here for the human welcome. Nobody flies eight hours to talk to a robot at reception. For me, I want to grow. I'm learning digital marketing online on [[Sundays|GENERIC_TIME]], maybe one day I'll be in revenue management. My little sister [[Njeri|PERSON]] is in form four and she already uses it for revision, so her generation will be different from mine.

AI: Thank you, [[Wanjiru|PERSON]]. May we contact you for a follow-up?

User: Yes, please. My email is [[wanjiru.kamau.wk@gmail.com|EMAIL_ADDRESS]], I check it daily. And I post my travel photos on [[Instagram|SOFTWARE]], [[@wanjiru_travels|SOCIAL_HANDLE]], if you want to see [[Diani|CITY]], haha. You should visit one day.""")

# 10 - Canada, accounts payable clerk
T.append("""AI: Thanks for taking the time today. Could you start by introducing yourself?

User: Sure thing. I'm [[Lorraine Dufresne|PERSON]], I'm [[58|AGE]], and I'm an [[accounts payable clerk|JOB_TITLE]] at [[Prairie Keystone Foods|ORGANIZATION]]. We're a food distributor, we supply restaurants and grocery stores across [[Manitoba|CITY]] and into northwestern [[Ontario|CITY]]. I've been there twenty-two years, since [[2002|DATE]]. Our office is out in [[St. Boniface|CITY]], in [[Winnipeg|CITY]]. I process something like fourteen hundred invoices a month, so yeah, I know paper.

AI: How has AI changed that work?

User: It's been a big change in the last year and a half. We moved to an invoice capture system, it's called [[Dext|SOFTWARE]], where you snap or email the invoice and it reads it, pulls out the vendor, the amount, the GST and PST, and codes it. Before that [[Linh|PERSON]] and I keyed everything by hand into [[Dynamics|SOFTWARE]]. It's maybe ninety percent right. The ten percent is where I earn my money! It'll read a handwritten seven as a one on a farm invoice, or code a walk-in freezer repair as office supplies. And then the company gave us [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Excel|SOFTWARE]] this [[spring|GENERIC_TIME]].

AI: How did you feel when those changes were announced?

User: Honestly? Scared. At my age you hear "automation" and you think, well, that's me out the door. Our [[controller|GENERIC_ROLE]], [[Gord|PERSON]], sat us down and said nobody's losing their job, we're just not going to replace [[Wendy|PERSON]] when she retires. Which, okay, at least that's honest. So now it's me and [[Linh|PERSON]] doing what three of us used to do, plus the robot. [[Linh|PERSON]]'s younger and she took to it like a duck to water. I had to take an [[Excel|SOFTWARE]] course at [[Red River College|SCHOOL]], evening classes, because my daughter [[Danielle|PERSON]] pushed me into it.

AI: What do you actually use [[Copilot|AI_PRODUCT]] for?

User: Mostly [[Excel|SOFTWARE]]. I'm not a formulas person. I type in plain English, like "show me all the invoices from [[Sysco|ORGANIZATION]] over five thousand dollars that are past thirty days", and it builds the thing. That's magic, I won't lie. In [[Outlook|SOFTWARE]] it summarizes the vendor email chains, which is handy when a supplier's been arguing with purchasing for three weeks and then cc's me on the whole mess. I don't use it for writing, though. I've been writing polite payment reminders since before those kids in [[California|CITY]] were born. [[Sam Altman|PUBLIC_FIGURE]] doesn't need to teach me how to say "please remit".

AI: Is there anything you worry about?

User: Fraud. We had a fake invoice come in last [[November|GENERIC_TIME]], looked perfect, letterhead, everything, asking us to update the banking details for a real vendor. The system read it beautifully and coded it, because why wouldn't it. I caught it because the vendor rep's name was spelled wrong. [[Gord|PERSON]] said, that's exactly why you're still here, [[Lorraine|PERSON]]. That made my week. The other thing is my retirement. I'm planning to go in [[June 2026|DATE]], when I get my full pension, and I want to train whoever's next properly, not just hand them a login and wish them luck.

AI: Thank you, [[Lorraine|PERSON]]. Would you be willing to do a follow-up interview?

User: Happy to. My cell is [[204 five five five 01 88|OBF_PHONE|mixed_digits_words]]. I wrote it that way on your form too, because my granddaughter told me never to put phone numbers online in plain numbers. She's [[twelve|AGE]] and she knows everything. Call after supper on weekdays, that's best.""")

# 11 - Spain, chef and restaurant owner
T.append("""AI: Hola, thank you for joining us. Can you tell me about yourself and your work?

User: Hola, yes. I am [[Vicent Roig Mollà|PERSON]], I have [[47|AGE]] years, sorry, I am [[47|AGE]], in Spanish we say "have". I am [[chef|JOB_TITLE]] and owner of a small restaurant, [[Casa Lola|ORGANIZATION]], in [[Ruzafa|CITY]], it is a neighbourhood in [[Valencia|CITY]]. [[Lola|PERSON]] was my grandmother, she taught me everything. We opened in [[2015|DATE]], me and my wife [[Pilar|PERSON]]. Thirty-two covers, tapas and rice dishes, and paella on [[Sundays|GENERIC_TIME]] only, because a real paella needs time.

AI: How do you use AI in the restaurant?

User: At the beginning I was very against. For me, cooking is the hands, the market, my grandmother. But my nephew [[Quique|PERSON]], he is [[23|AGE]], he does our social media, and he showed me [[ChatGPT|AI_PRODUCT]]. Now I use it for the menu in English, German, French. We have many tourists, and before, the translations were a disaster. Once a German guest laughed for five minutes because of how we translated the cuttlefish, I still don't know what it said, haha. The texts for [[Instagram|SOFTWARE]], [[Quique|PERSON]] also makes with AI. And the reservations now are with [[CoverManager|SOFTWARE]], it sends automatic messages to the clients, reminders and so on.

AI: Have you used it for anything in the kitchen itself?

User: A little. For the allergens table. In [[Europe|CONTINENT]] it is obligatory to show the fourteen allergens, and with the menu changing every season it is a headache. I give the recipes to [[ChatGPT|AI_PRODUCT]] and it makes the table, but then I check everything with my [[sous-chef|JOB_TITLE]], [[Amparo|PERSON]], because if a client has allergy to nuts and the machine forgot the almonds in the romesco, that is my responsibility, not the machine's. Also I asked it for ideas to use the leftovers, to have less waste. Some ideas were good, some were crazy, like paella with pineapple. In [[Valencia|CITY]] this is a crime, haha.

AI: What about the business side, like costs and staff?

User: My wife [[Pilar|PERSON]] does the accounts. She uses it to understand the letters from [[Hacienda|ORGANIZATION]], the tax office, which are impossible to understand, even for Spanish people. For the staff we have five waiters, some are students, and the schedule is complicated because of the hours law. We tried to make the schedule with the AI, but it didn't understand that [[Nacho|PERSON]] cannot work on [[Thursday|GENERIC_TIME]] because he has university, and that [[Amparo|PERSON]] and [[Nacho|PERSON]] cannot be together on the same shift because they were a couple and now they are not, haha. This the machine cannot know.

AI: How do you feel about AI and the future of restaurants like yours?

User: The big chains will use robots, maybe. I see videos from [[China|COUNTRY]] with a robot making noodles. But people come to [[Casa Lola|ORGANIZATION]] for me, for my face, for the conversation. After the pandemic, when we closed in [[March 2020|DATE]], I learned that people need the places where somebody knows their name and what they like to drink. AI can help me with the papers, perfect, but the rice I make myself. Always.

AI: Thank you, [[Vicent|PERSON]]. Can we contact you again for a follow-up?

User: Yes, claro. The email of the restaurant is [[casalola(arroba)gmail(punto)com|OBF_EMAIL|bracket_arroba_punto]], [[Quique|PERSON]] wrote it like this on the website to avoid the spam robots. Or you come to eat, haha, we are in [[Carrer de Sueca 58|ADDRESS]], closed on [[Mondays|GENERIC_TIME]].""")

# 12 - Japan, postdoctoral researcher
T.append("""AI: Thank you for joining us from [[Sendai|CITY]]. Could you introduce yourself?

User: Thank you. My name is [[Kenta Morita|PERSON]]. I am [[33|AGE]]. I am a [[postdoctoral researcher|JOB_TITLE]] at [[Tohoku University|SCHOOL]], in the [[Institute for Materials Research|ORGANIZATION]]. Our lab works on thin-film magnetic materials. Before that, I did my PhD at [[Osaka University|SCHOOL]] and finished in [[2019|DATE]]. I came to [[Sendai|CITY]] in [[April 2020|DATE]], just at the beginning of the pandemic, so in my first months I only saw my colleagues on [[Zoom|SOFTWARE]].

AI: How do you use AI in your research?

User: Several ways. The biggest one is writing in English. My English is okay for reading papers, but writing is slow. I used [[DeepL|AI_PRODUCT]] for a long time, now I mostly use [[ChatGPT|AI_PRODUCT]] and sometimes [[Claude|AI_PRODUCT]] for polishing the manuscript. I write the draft myself, in my Japanese-English, and ask it to correct grammar but not change the meaning. For coding, I use [[GitHub Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]] for [[Python|SOFTWARE]] scripts that analyze the X-ray diffraction data. It saves a lot of time, maybe thirty percent. For literature search I tried [[Elicit|AI_PRODUCT]], but for my field it is not so good, it misses many Japanese conference papers.

AI: Are there any rules in your lab or university about using it?

User: The university published guidelines [[last year|GENERIC_TIME]]. We can use it for language editing, but we must disclose it, and we must not input unpublished data into external services. My [[supervisor|GENERIC_ROLE]], Professor [[Hasegawa|PERSON]], is a bit traditional. He still prints papers and writes comments with a red pen. He said, use it for English, okay, but if the AI wrote your discussion section, I will know. Haha. He can feel it, I think. Also the journals now ask you to declare AI use. Last month I wrote in the acknowledgements that [[ChatGPT|AI_PRODUCT]] was used for language editing. It was the first time, and I felt a little bit embarrassed.

AI: Has it changed how you think about your career?

User: Yes, a little. A postdoc position in [[Japan|COUNTRY]] is usually a contract for a few years, and my contract ends in [[March 2026|DATE]]. So I am applying for assistant professor positions, and for the research statement in English I used AI to help me. My friend [[Aoi|PERSON]], who moved to [[Hitachi|ORGANIZATION]], says industry uses AI much more aggressively than academia. Sometimes I think the skill of writing code by hand will become less important, and the skill of asking good questions more important. When [[Demis Hassabis|PUBLIC_FIGURE]] got the Nobel Prize for [[AlphaFold|AI_PRODUCT]], everybody in our building talked about it for one week. But I don't believe AI will do experiments by itself soon. The machine cannot clean the vacuum chamber, haha.

AI: And outside work, does it come into your life?

User: My wife [[Yuki|PERSON]] is pregnant, our first baby is due in [[January|GENERIC_TIME]], so I asked [[ChatGPT|AI_PRODUCT]] many questions about babies at two in the morning. Also for planning the trip to her parents in [[Morioka|CITY]] for the New Year. She laughs at me because I ask the AI before I ask her mother. Her mother is the real expert, of course.

AI: Thank you, [[Kenta|PERSON]]. How can we contact you for a follow-up?

User: My university email is fine, [[kenta.morita.c3@tohoku.ac.jp|EMAIL_ADDRESS]]. I also have a personal website with my publications, [[https://kmorita-lab.github.io|URL]], there is a contact form there too. I will stay in [[Sendai|CITY]] at least until the contract ends.""")

# 13 - South Africa, call centre team leader
T.append("""AI: Thanks for joining. Can you tell me about yourself and your job?

User: Sure, thanks for having me. I'm [[Nomvula Dlamini|PERSON]], but everyone calls me [[Vuvu|PERSON]]. I'm [[36|AGE]] and I'm a [[team leader|JOB_TITLE]] in the claims call centre at [[Shield Direct Insurance|ORGANIZATION]]. We're based in [[Umhlanga|CITY]], just north of [[Durban|CITY]]. I've got fourteen agents on my team, we handle car and household claims: accidents, burglaries, storm damage. After the big floods a couple of years back we were drowning ourselves, excuse the pun. I started as an agent in [[2014|DATE]] and became a [[team leader|JOB_TITLE]] in [[2019|DATE]].

AI: How is AI used in your call centre?

User: The big one is speech analytics. Every single call is recorded and transcribed, and the AI scores it: did the agent read the compliance script, was the customer angry, how many times did someone say "cancel". It runs in [[Genesys|SOFTWARE]]. Before, the quality people listened to maybe three calls per agent per month. Now it's all of them. So on paper I have more information than ever. I can open a dashboard and see that [[Sipho|PERSON]]'s sentiment score dropped on [[Tuesday|GENERIC_TIME]]. What it doesn't tell me is that [[Sipho|PERSON]]'s granny passed away that weekend.

AI: How do your agents feel about being scored like that?

User: Mixed. Some like it because it's fairer. Before, if someone happened to listen to your one bad call, you were finished. Now it's averaged. But some feel watched all the time. [[Nomsa|PERSON]], she's one of my best, she speaks isiZulu to a lot of the older callers because that's what they're comfortable with, and the system scored her badly because it couldn't understand isiZulu properly. It marked her calls as silence and non-compliant. I had to fight with the [[quality manager|GENERIC_ROLE]] for two weeks to get her scores corrected. Now there's a manual override for language, but imagine how many agents across the country got penalised before anyone noticed.

AI: Do you use any AI tools yourself, outside the call centre system?

User: Ja, I use [[ChatGPT|AI_PRODUCT]] for my own admin, writing the monthly performance reviews and the coaching notes. I don't put the agent's name or ID in, I write "Agent A". Our agent IDs look like [[ZA-40391|NATIONAL_ID]], that one's mine from when I was still on the phones, and I'd never paste that anywhere. Also with load shedding, I use it on my phone to draft things when the laptops are dead. [[Eskom|ORGANIZATION]] has made us all very creative, haha. Our [[operations manager|GENERIC_ROLE]], [[Riaan|PERSON]], says we'll get [[Copilot|AI_PRODUCT]] [[next year|GENERIC_TIME]], but he's been saying that since the year before.

AI: Do you worry about jobs in your industry?

User: Very much. Call centres are a big employer here, for young people especially. My younger brother [[Lwazi|PERSON]] is [[22|AGE]] and he's looking for work, and I told him, look for something where you fix things with your hands. The chatbot on our website already handles something like thirty percent of the "where's my claim" questions. The President, [[Ramaphosa|PUBLIC_FIGURE]], talks about digital jobs and bringing more outsourcing work to [[South Africa|COUNTRY]], but those are exactly the jobs AI is eating first. I don't want to be negative, but I see the numbers every day.

AI: Thank you, [[Vuvu|PERSON]]. Would you be happy to be contacted for a follow-up?

User: Yes, definitely. Rather call me after hours on my cell, it's [[oh eight two, double five three, seven one nine oh|OBF_PHONE|spoken_double]]. If I don't answer I'm probably at my son's soccer practice in [[Westville|CITY]], so just send a [[WhatsApp|SOFTWARE]] and I'll come back to you.""")

# 14 - Poland, senior accountant
T.append("""AI: Dzień dobry, thanks for joining. Could you introduce yourself?

User: Dzień dobry! I'm [[Ewa Zielińska|PERSON]], I'm [[40|AGE]], and I work as a [[senior accountant|JOB_TITLE]] at [[Nordvik Business Services|ORGANIZATION]] in [[Wrocław|CITY]]. It's a shared services centre for a Scandinavian manufacturing group, so we do the accounting for companies in [[Norway|COUNTRY]], [[Sweden|COUNTRY]] and [[Finland|COUNTRY]] from here. I'm in the record-to-report team: month-end closing, reconciliations, accruals, intercompany. I started in [[September 2016|DATE]]. Before that I was at a small accounting office in [[Opole|CITY]], my hometown.

AI: How does AI come into your work?

User: In a few ways, some official, some not so official, haha. Officially, the company rolled out [[Microsoft Copilot|AI_PRODUCT]] for everyone in the centre [[last autumn|GENERIC_TIME]]. We use it in [[Teams|SOFTWARE]] meetings for notes, and in [[Excel|SOFTWARE]]. Our reconciliations run in [[BlackLine|SOFTWARE]], which now has some machine learning for matching transactions, and the ERP is [[SAP|SOFTWARE]]. The matching is actually good, it cut maybe forty percent of the manual work in bank reconciliations. Unofficially, before [[Copilot|AI_PRODUCT]] came, many people used [[ChatGPT|AI_PRODUCT]] on private phones for formulas and macros. My colleague [[Tomek|PERSON]] built half of our team's macros that way, and nobody really knows how they work, including [[Tomek|PERSON]].

AI: Can you give an example of something that changed?

User: Month-end commentary. Every month we must explain variances to the [[controllers|GENERIC_ROLE]] in [[Oslo|CITY]], like why the cost of freight is up twelve percent compared to budget. Before, I wrote these comments myself, in English, which is my second language, and it took a whole day. Now I put the numbers and my short notes into [[Copilot|AI_PRODUCT]] and it writes a first version. But I still must know the reason! The AI doesn't know that freight is up because a ship was stuck somewhere, it will invent something general like "increased market prices". Once a junior colleague sent the AI version without checking, and it explained a variance that didn't exist. The [[financial controller|GENERIC_ROLE]] in [[Oslo|CITY]] was not amused.

AI: How do people in your team feel about it?

User: Honestly, there is fear. The shared services sector in [[Poland|COUNTRY]] is huge, in [[Wrocław|CITY]], [[Kraków|CITY]], [[Łódź|CITY]], thousands of young people doing transactional work, accounts payable, invoicing. That is exactly what automation takes first. Our [[team lead|GENERIC_ROLE]], [[Agnieszka|PERSON]], we call her [[Aga|PERSON]], is very honest with us. She said the centre will not disappear, but in five years our jobs will be more analysis and less typing. For me that's okay, I like analysis. For the younger ones in accounts payable, it is less okay.

AI: And outside work?

User: My son [[Kuba|PERSON]] is [[fourteen|AGE]], and he uses AI for school, which his teachers hate. We argue about it at dinner, haha. I tell him, you can use it to check, not to think for you. My husband [[Paweł|PERSON]] is a [[tram driver|JOB_TITLE]] for [[MPK|ORGANIZATION]], so his job is safe from AI for now, he says, until the trams drive themselves. We live in [[Krzyki|CITY]], quite far from the office, so I listen to podcasts about AI on the tram, ironically.

AI: Thank you, [[Ewa|PERSON]]. Can we contact you for a follow-up?

User: Sure. Please write to my private address, [[ewa.zielinska[at]onet[dot]pl|OBF_EMAIL|square_bracket_at_dot]]. Sorry for writing it like that, it's a habit from old internet forums. I check it in the evenings, after [[Kuba|PERSON]] goes to bed.""")

# 15 - Ireland, healthcare assistant
T.append("""AI: Thanks very much for talking to me today. Could you tell me a bit about yourself?

User: Not at all, you're very welcome. I'm [[Bernadette Keane|PERSON]], [[Bernie|PERSON]] to everyone, and I'm [[61|AGE]]. I'm a [[healthcare assistant|JOB_TITLE]] in [[St. Enda's Nursing Home|ORGANIZATION]] out in [[Oranmore|CITY]], just outside [[Galway|CITY]] city. I've been there since [[2011|DATE]]. Before that I was in [[Boston|CITY]] for near twenty years, minding children and then working in a care home in [[Dorchester|CITY]]. I came home in [[2009|DATE]] when my mother took sick, God rest her.

AI: How does AI come into your work, if at all?

User: Well, I wouldn't have said it did, until my granddaughter pointed it out. We have the tablets now for the care notes, a system called [[Nourish|SOFTWARE]], and there's a bit in it where you talk into it and it types the note for you. Sure that's AI, Nana, she says. Grand, says I, I thought it was just clever. I use that every shift now because my typing is woeful. You say "Mrs [[Flaherty|PERSON]] had her breakfast, ate half the porridge, in good form, sat out in the day room", and it writes it up. It doesn't like my accent some days, mind. It wrote "porridge" as "partridge" once and the [[nurse|GENERIC_ROLE]] on duty nearly fell off her chair laughing.

AI: Are there other tools the home uses?

User: There's the falls sensors, the mats and the wee sensors in some rooms. Not cameras that film you, now, they just know if someone's gone down. Our [[director of nursing|GENERIC_ROLE]], [[Siobhán|PERSON]], brought them in after a bad fall [[last winter|GENERIC_TIME]]. They're great at night. Before, you'd be doing rounds every hour and you'd still miss someone. And a few of the residents have [[Alexa|AI_PRODUCT]] in their rooms, the families bought them. Mr [[Joyce|PERSON]] has his playing [[the Clancy Brothers|PUBLIC_FIGURE]] all day long, and God help you if you turn it down.

AI: What about [[ChatGPT|AI_PRODUCT]] or similar tools, have you tried those?

User: My granddaughter [[Aoife|PERSON]] put it on my phone, the [[ChatGPT|AI_PRODUCT]]. I use it for the odd thing. I asked it to help me write a card for a family when one of our ladies passed, because I'd known her nine years and I couldn't find the words myself. It gave me something lovely and I changed a few bits to make it hers. I wouldn't use it for anything to do with the residents' care, no. That's for the nurses and the [[doctor|GENERIC_ROLE]]. And we were told at the training day not to put any names into it, data protection and all that.

AI: How do you feel about where this is all going, for care work?

User: Sure look, nobody's going to replace us with a robot to wash and dress people, not in my lifetime anyway. I saw a thing on the news about robots in nursing homes in [[Japan|COUNTRY]], and I thought, God help them. What the residents need is someone to sit with them and hold their hand and listen to the same story about the dance hall in [[Tuam|CITY]] for the hundredth time. What I'd love is for AI to do the paperwork so we'd have more time for that. But the way things go, they'll use it to cut staff instead. That's my worry. We're short as it is.

AI: Thank you, [[Bernie|PERSON]]. Would you be happy for us to get in touch for a follow-up?

User: I would, of course. Ring me on [[087 341 2266|PHONE_NUMBER]], I'm off [[Tuesdays|GENERIC_TIME]] and [[Wednesdays|GENERIC_TIME]]. Or write to me at home, [[7 Cois Cuain|ADDRESS]], [[Salthill|CITY]], [[Galway|CITY]], [[H91 X2T7|ADDRESS]]. I don't do the email much, I'd only lose it.""")

# 16 - Mexico, warehouse supervisor
T.append("""AI: Hola, thanks for joining. Could you tell me about yourself and your job?

User: Hola, yes, thank you. I am [[Héctor Garza Villarreal|PERSON]], I am [[39|AGE]] years old, and I am [[warehouse supervisor|JOB_TITLE]], in Spanish "[[jefe de almacén|JOB_TITLE]]", at the distribution center of [[Refacciones del Norte|ORGANIZATION]]. We distribute auto parts to all the north of [[Mexico|COUNTRY]]. The warehouse is in [[Apodaca|CITY]], next to the airport, in the metropolitan area of [[Monterrey|CITY]]. I have forty-five people in two shifts: pickers, forklift operators, the people in receiving and in shipping. I started in [[2012|DATE]] as an inventory analyst and I grew from there.

AI: How does AI show up in the warehouse?

User: The most important is in the warehouse management system, we use [[Manhattan|SOFTWARE]]. Since last year it has a module that decides the slotting, where to put each part depending on how fast it moves, and it also predicts how many people we need for each shift. At the beginning the predictions were bad, because the system doesn't know that in [[December|GENERIC_TIME]] the workshops buy a lot before the holidays, or that when [[Tigres|ORGANIZATION]] play in the final, half of my second shift calls in sick, haha. Now we adjust it by hand, and it's better.

AI: Do you use AI tools yourself?

User: Yes, [[ChatGPT|AI_PRODUCT]], in Spanish mostly. I use it to write the weekly report in English for the corporate people in [[San Antonio|CITY]], because my English writing is not so professional. And in [[Excel|SOFTWARE]], the company gave us [[Copilot|AI_PRODUCT]], I ask it to make pivot tables of picking errors by person and by aisle. Also for the safety talks. Every morning we do a five-minute talk, and I ask [[ChatGPT|AI_PRODUCT]] for a topic, like the correct way to lift boxes, or heat stroke, because in [[August|GENERIC_TIME]] inside the warehouse it's forty degrees. There are rules now, after a problem. Someone in purchasing pasted the full price list of a supplier into a free AI to compare prices, and the IT people found out. Now the policy is only [[Copilot|AI_PRODUCT]] with the company account, no other AI with company data. Every user is tracked with the employee number, mine is [[0048213|NATIONAL_ID]], so if I break the rule they know immediately. Our [[plant manager|GENERIC_ROLE]], Ingeniero [[Treviño|PERSON]], is strict but fair, he explained why, and that's important.

AI: How do the people on your team feel about it?

User: The operators don't see the AI directly, they see the scanner telling them where to go. Some of the older ones, like Don [[Chuy|PERSON]], who has been driving forklifts for thirty years, he says "the computer sends me to the wrong aisle", and many times he is right! He knows the warehouse better than the system. My best picker, we call him [[El Güero|PERSON]] because he is very white, haha, his real name is [[Rogelio|PERSON]], he is fast with the scanner and he likes the technology. But the young ones are afraid of the robots. They see videos of [[Amazon|ORGANIZATION]] warehouses and they ask me, jefe, when do the robots arrive? I tell them not soon, the investment is too big for us.

AI: How do you see your job changing in the next few years?

User: More data, less shouting, haha. Before, a [[supervisor|GENERIC_ROLE]] was the guy who shouts. Now I spend half my day in dashboards. My wife [[Mariana|PERSON]] says I bring the dashboards home, because I check the phone at dinner. My daughters [[Regina|PERSON]] and [[Sofía|PERSON]] use AI for school. [[Regina|PERSON]] is [[15|AGE]] and she made a presentation about nearshoring, how all the factories are coming to [[Nuevo León|CITY]]. [[Elon Musk|PUBLIC_FIGURE]] said he would build a [[Tesla|ORGANIZATION]] plant in [[Santa Catarina|CITY]], everyone got excited, and then nothing, haha.

AI: Thank you, [[Héctor|PERSON]]. How can we reach you for a follow-up?

User: With pleasure. I'll type my cell here in the chat, it has [[WhatsApp|SOFTWARE]]: [[８１ ２２４５ ６７０９|OBF_PHONE|fullwidth_digits]]. Sorry if it looks strange, I copied it from my profile. Better in the afternoon, after the first shift closes.""")

# 17 - Vietnam, freelance illustrator
T.append("""AI: Hi, thanks for joining. Can you tell me about yourself and what you do?

User: Hi! I'm [[Trần Thị Mỹ Linh|PERSON]], but clients know me as [[Linh Tran|PERSON]], it's easier for them. I'm [[24|AGE]], and I'm a [[freelance illustrator|JOB_TITLE]] and [[graphic designer|JOB_TITLE]] based in [[Ho Chi Minh City|CITY]], in [[Bình Thạnh|CITY]] district. I graduated from the [[University of Architecture Ho Chi Minh City|SCHOOL]] in [[2022|DATE]], graphic design major. I do packaging, branding for small food and drink shops, and sometimes book covers. Half my clients are local, half from [[Singapore|COUNTRY]] and [[Australia|COUNTRY]].

AI: How does AI come into your creative work?

User: It's complicated, honestly. I use [[Midjourney|AI_PRODUCT]] for moodboards at the start, like when a client can't explain what they want, I generate twenty images and ask, more like this or this? It's faster than searching [[Pinterest|SOFTWARE]] for hours. [[Photoshop|SOFTWARE]] has [[Generative Fill|AI_PRODUCT]] now and I use it for boring things, extending a background, removing a cable from a photo. But the final illustration I draw myself, in [[Procreate|SOFTWARE]]. That's my line. Also [[ChatGPT|AI_PRODUCT]] for emails to foreign clients, because my English is okay but when I negotiate price I get nervous and write "sorry" too many times.

AI: Why is drawing it yourself your line?

User: Because it's my style, it's what people pay me for. And because of the ethics. Those models were trained on artists' work without asking. Like [[Greg Rutkowski|PUBLIC_FIGURE]], his name was used in millions of prompts and he never agreed. I have friends whose style got copied. My friend [[Thảo|PERSON]], she's also an illustrator, she found a shop on [[Shopee|ORGANIZATION]] selling t-shirts with AI images that look exactly like her work, even her signature half-melted in the corner. She reported it, nothing happened.

AI: Has AI affected your income or your clients?

User: Yes. Some small clients now make their logo themselves with AI and then come to me to "fix it a little", which is actually more work than starting from zero, haha. The rates went down for simple work. But for packaging and brand systems, people still want a human who understands printing, colors, the Vietnamese market. One client, [[Mây Tea House|ORGANIZATION]], a bubble tea chain, the owner, chị [[Hạnh|PERSON]], told me directly: we tried AI, it looks like every other shop, we want something with soul. That made me happy for a whole week.

AI: Do you have rules for how you use it with clients?

User: I tell clients in my contract if I used AI for references. And I never upload a client's unreleased product or logo to these tools, because I don't know where it goes. My boyfriend [[Khoa|PERSON]] is a [[backend developer|JOB_TITLE]] at a fintech in [[District 1|CITY]], and he explained to me about training data, so now I'm careful. Also [[Midjourney|AI_PRODUCT]] is expensive for me, around thirty dollars a month, so I only pay when I have a big project. My mom thinks I'm crazy to pay for a robot, haha.

AI: Thanks, [[Linh|PERSON]]. Where can we reach you for a follow-up?

User: My portfolio is [[behance.net/linhtran_art|URL]], and on [[Instagram|SOFTWARE]] I'm [[@linh.ve.tranh|SOCIAL_HANDLE]], "vẽ tranh" means drawing pictures, haha. For email I'll paste it in the chat: [[linh\u200btran\u200b.art@gmail\u200b.com|OBF_EMAIL|zero_width]]. Email is better than messages, I'm often drawing with headphones.""")

# 18 - France, English teacher
T.append("""AI: Bonjour, thank you for joining. Could you introduce yourself?

User: Bonjour! I am [[Nathalie Girard|PERSON]], I teach at the [[Lycée Ampère|SCHOOL]] in [[Lyon|CITY]], I am an [[English teacher|JOB_TITLE]], "[[professeure d'anglais|JOB_TITLE]]". I turned [[fifty|AGE]] in [[April|GENERIC_TIME]], which was a shock, haha. I have been teaching since [[2001|DATE]], first in a collège in [[Vénissieux|CITY]], then here since [[2010|DATE]]. I have classes of seconde and terminale, and about a hundred and forty students in total.

AI: How do you and your students use AI?

User: The students, oh là là, they use it for everything. [[ChatGPT|AI_PRODUCT]], and the [[My AI|AI_PRODUCT]] inside [[Snapchat|SOFTWARE]], for homework, essays, even for preparing the oral exam. In [[September|GENERIC_TIME]] I gave an essay about social media and I received twelve essays that started with "In today's fast-paced digital world". Twelve! So now I do more writing in class, on paper, like in the old days. For myself, I use it to prepare materials, texts at different levels, comprehension questions. I use [[Le Chat|AI_PRODUCT]] from [[Mistral|ORGANIZATION]] because it's French, and a colleague told me it's better for the data protection.

AI: You mentioned a colleague. Does your school have guidance on this?

User: Ah, my colleague [[Claude Mercier|PERSON]], he teaches philosophy. It's funny, because there is also the AI called [[Claude|AI_PRODUCT]], so when he says in the staff room "I asked [[Claude|PERSON]]", we never know if he means himself or the machine, haha. But he is very anti-AI, so it's never the machine. He says it's the death of thinking. For the school, our [[proviseure|GENERIC_ROLE]], Madame [[Bertrand|PERSON]], organized a training day in [[January|GENERIC_TIME]] with someone from the [[Académie de Lyon|ORGANIZATION]], but it was mostly "be careful" and "here are the rules". Students must not use it for graded work unless the teacher allows. Okay, but how do I prove it? There are detectors, like [[GPTZero|AI_PRODUCT]], but they are not reliable. It accused a girl of cheating whose English is just very good, because her mother is from [[Manchester|CITY]].

AI: How has it changed the way you teach?

User: More oral, more in class, more process. I ask them to show their drafts. And honestly I also teach them how to use it well, because they will use it anyway. We did an exercise: [[ChatGPT|AI_PRODUCT]] writes an essay, and they correct it and find the errors and the clichés. They loved it, because they could criticize the machine. For me, it saves time with the administrative things, like the comments for the class council. I write short notes, it makes them into full sentences, and I copy them into [[Pronote|SOFTWARE]]. But I check, because once it wrote "excellent and engaged student" for a boy who never came to class.

AI: Any worries on a personal level?

User: My daughter [[Manon|PERSON]] is [[19|AGE]] and she's studying translation at [[Université Lumière Lyon 2|SCHOOL]]. And I worry, because translation is the first job the machines take. [[Macron|PUBLIC_FIGURE]] says [[France|COUNTRY]] must be a leader in AI, okay, but what about the translators? [[Manon|PERSON]] says she will specialize in literary translation, because machines can't do poetry. I hope she's right. I'm not sure.

AI: Thank you, [[Nathalie|PERSON]]. Can we contact you for a follow-up?

User: Avec plaisir. My personal email is [[nathalie.girard69 arobase laposte point net|OBF_EMAIL|arobase_point]]. Sorry, in French we say "arobase" for the at sign, it's automatic. I prefer not the school email, it's full of [[Pronote|SOFTWARE]] notifications.""")

# 19 - USA, real estate agent
T.append("""AI: Thanks for joining! Could you start by telling me about yourself?

User: Absolutely. I'm [[Diana Ruiz-Whitaker|PERSON]], I'm [[44|AGE]], and I'm a [[real estate agent|JOB_TITLE]] with [[Saguaro Realty Group|ORGANIZATION]] here in [[Tucson|CITY]], [[Arizona|CITY]]. I've been licensed since [[2013|DATE]], mostly residential, lots of first-time buyers and retirees moving down from places like [[Minnesota|CITY]]. Before real estate I was a [[dental hygienist|JOB_TITLE]] for almost ten years, so I'm used to people who are nervous and don't want to be there, ha!

AI: How do you use AI in your business?

User: Oh, every day. Listing descriptions, first of all. I used to spend an hour writing "charming three-bedroom with mountain views" fifteen different ways. Now I give [[ChatGPT|AI_PRODUCT]] the details and it gives me a draft in thirty seconds. I use [[Canva|SOFTWARE]] for flyers and social posts, and it has [[Magic Write|AI_PRODUCT]] built in. There's also a virtual staging tool, you take a photo of an empty living room and it puts furniture in. That's huge for vacant properties. And my CRM, [[Follow Up Boss|SOFTWARE]], drafts follow-up texts for me now, which is kind of funny given the name.

AI: Are there any concerns or rules you follow?

User: Fair housing, big time. AI can write things that violate fair housing without you noticing, like "perfect for a young family" or "walking distance to churches", which you cannot say, because that's steering. So I always edit for that. Our [[broker|GENERIC_ROLE]], [[Glenn|PERSON]], sent out a memo about it after an agent in another office got a complaint. With virtual staging you have to disclose it. I had a buyer walk into a house expecting the furniture, I swear, she was like, where's the sectional? And I'm not putting clients' financial info into these tools. Ever.

AI: How have your clients reacted to AI?

User: Mixed. Younger buyers are already asking [[ChatGPT|AI_PRODUCT]] about neighborhoods before they even call me. A couple I worked with last month, the [[Hendersons|PERSON]], asked an AI about school ratings and got data that was three years old, and they almost passed on a great house because of it. Older clients, like a retired couple from [[Minnesota|CITY]] I'm working with right now, don't care how I write the listing, they want me to pick up the phone. And the scams are scary. Wire fraud, fake emails from title companies, now deepfake voices. I tell everyone, call me before you wire a penny.

AI: Has it changed your workload or your life outside work?

User: I get my evenings back, mostly. My husband [[Marco|PERSON]] and I have twins, [[Ava|PERSON]] and [[Eli|PERSON]], they're [[eleven|AGE]], and real estate is a seven-days-a-week job. Anything that gives me an hour back is an hour at a swim meet. But honestly, I also think AI is going to shrink the industry. If [[Zillow|ORGANIZATION]] can do it all with a chatbot, some agents won't survive. The ones who will are the ones with relationships.

AI: Thanks, [[Diana|PERSON]]. How can we reach you for a follow-up?

User: Oh, I'm the easiest person in the world to find, that's my job! Cell is [[(520) 555-0173|PHONE_NUMBER]], my website's [[www.dianaruizhomes.com|URL]], and I'm [[@DianaSellsTucson|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]] and [[TikTok|SOFTWARE]]. Office is [[4420 E Broadway Blvd, Suite 210|ADDRESS]], [[Tucson|CITY]] [[85711|ADDRESS]]. And my license number's on every listing anyway, it's [[SA658210000|NATIONAL_ID]].""")

# 20 - New Zealand, plumber
T.append("""AI: Kia ora, thanks for joining. Could you tell me a bit about yourself?

User: Kia ora. I'm [[Tama Ngata|PERSON]], I'm [[35|AGE]], and I'm a [[plumber|JOB_TITLE]] and [[gasfitter|JOB_TITLE]]. I've got a small business, [[Waikato Pipe & Drain|ORGANIZATION]], based in [[Hamilton|CITY]], over in [[Frankton|CITY]]. Three of us plus me. I qualified in [[2012|DATE]], did my apprenticeship with my uncle's firm in [[Rotorua|CITY]] before I moved up here.

AI: How does AI come into your work?

User: Mostly the office side. We run everything through [[Fergus|SOFTWARE]], that's our job management app. Yeah, it's software, not a guy, my mum thought I'd hired someone, ha. It's got some AI bits now, like it suggests what to put in a quote based on past jobs. Then I use [[ChatGPT|AI_PRODUCT]] for the stuff I hate writing: letters to [[Hamilton City Council|ORGANIZATION]] about consents, emails to [[property managers|GENERIC_ROLE]], the toolbox talks for health and safety. And I've been using it to translate posts into te reo for our [[Facebook|SOFTWARE]] page, though I get my aunty to check those, because it makes some real howlers.

AI: Can you give an example of a howler?

User: Ha, yeah. It translated "blocked drain" into something my aunty [[Mere|PERSON]] said was closer to "constipated river". She laughed for a week. So now anything in te reo goes through her first. That's the thing with these tools, they're confident, but they don't know our stuff, our language, our local knowledge. Like it doesn't know that half the houses in [[Dinsdale|CITY]] were built with the same dodgy pipes back in the seventies. That's the kind of thing you only learn by crawling under them.

AI: How do your staff feel about it?

User: [[Hemi|PERSON]], my senior guy, doesn't touch it, reckons it's a fad. My apprentice [[Jayden|PERSON]], he's [[20|AGE]], uses it for everything, including his theory for the apprenticeship through [[Wintec|SCHOOL]]. I had to tell him, mate, the AI doesn't have to sit the gas exam, you do. My [[office manager|GENERIC_ROLE]], [[Kiri|PERSON]], she's my partner too, she's the one who really uses it, for invoices and chasing payments. She says it's like having a second admin person who never takes a smoko. She's tried to get me onto the voice notes thing, where you talk at the end of a job and it writes the job sheet, but I'm usually muttering under a house with my torch in my mouth, so it comes out as rubbish.

AI: Do you have any concerns about AI in your industry?

User: Not that it'll take the jobs. You can't unblock a toilet with a chatbot. More that the big outfits will use it to undercut us with automatic quoting, and the small guys get squeezed. And the cost, every app wants another subscription now. I saw [[Chris Luxon|PUBLIC_FIGURE]] on the news saying AI's going to boost productivity, and I'm like, mate, we need more apprentices, not more apps. Half the plumbers in [[New Zealand|COUNTRY]] are heading to [[Australia|COUNTRY]] for the money anyway.

AI: Thanks, [[Tama|PERSON]]. How can we reach you for a follow-up?

User: Best to flick me a text. It's [[oh two one, triple four, eight two oh six|OBF_PHONE|spoken_triple]]. Or ring the office and [[Kiri|PERSON]]'ll track me down, she always knows which job I'm on.""")

# 21 - Egypt, customer experience specialist
T.append("""AI: Thank you for joining. Could you please introduce yourself?

User: Hello, thank you. My name is [[Nour El-Sayed|PERSON]], I'm [[30|AGE]], from [[Alexandria|CITY]]. I work at [[NileLink Telecom|ORGANIZATION]] as a [[customer experience specialist|JOB_TITLE]] in the digital channels team. I joined in [[2017|DATE]] as a call center agent, after I graduated from [[Alexandria University|SCHOOL]], Faculty of Commerce. Our office is in [[Smouha|CITY]]. Now my job is mostly about the chatbot: I review its conversations, I find where it fails, and I write the new answers and flows.

AI: Tell me more about the chatbot. How does it work?

User: It's on [[WhatsApp|SOFTWARE]] and inside our app. Customers ask about bundles, balance, complaints about internet speed. The first version was rule-based, very stupid, buttons only. Last year they connected it to a large language model, I think from [[Microsoft|ORGANIZATION]] through [[Azure|SOFTWARE]], but they don't tell us the details. The big problem is the Arabic. Customers write in Egyptian dialect, and sometimes in "Franco", Arabic with English letters and numbers, like "3ayez a5od bundle". The model understands Modern Standard Arabic well, but the Franco it gets wrong a lot. So my colleague [[Mahmoud|PERSON]] and I build lists of examples to improve it, hundreds and hundreds of them.

AI: Do you use AI tools for your own work as well?

User: Yes. [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]], both. To write variations of the answers, the same answer formal, friendly, short. And to analyze the complaint logs: I export to [[Excel|SOFTWARE]], I remove the numbers, and I ask it to classify the topics. Our [[manager|GENERIC_ROLE]], [[Yasmine|PERSON]], wants a weekly report with the top ten reasons customers escalate to a human. Before, this took me two days, now half a day. But I always remove the phone numbers and national IDs first. This is very important in our company, because telecom data is sensitive here.

AI: How do customers react to talking with the bot?

User: Egyptians like to talk to a person, honestly. Many customers type "agent" or "I want a human" in the first message, haha. Older people especially. My father is [[sixty-four|AGE]] and he calls the hotline and shouts "I want to talk to someone, not a machine!" But the young customers don't care, they just want the answer fast. The bot now handles maybe forty percent of chats without any agent, which the company loves. For the agents, it's different. Some of my old friends from the call center were moved to other teams, some left. Nobody was fired officially, but they didn't hire new agents for [[Ramadan|GENERIC_TIME]], which is usually the busiest time.

AI: How do you feel about your own future in this field?

User: I feel lucky, because I moved from the phone side to the bot side at the right time. I'm taking an online course in conversational design, and maybe I want to work for a company in the Gulf, [[Dubai|CITY]] or [[Riyadh|CITY]], the salaries there are much better. My husband [[Karim|PERSON]] is an [[engineer|JOB_TITLE]] at [[Alexandria Port|ORGANIZATION]], and he says if we move, we move together, so we are looking. With the economy in [[Egypt|COUNTRY]] and the pound going down, everyone is thinking about leaving.

AI: Thank you, [[Nour|PERSON]]. How can we contact you for a follow-up?

User: Sure. My email is [[nour.elsayed94@yahoo.com|EMAIL_ADDRESS]], I don't use the work email for outside things. And on [[LinkedIn|SOFTWARE]] I'm [[linkedin.com/in/nour-elsayed-cx|URL]], I accept messages from everyone.""")

# 22 - Netherlands, HR advisor
T.append("""AI: Thanks for joining. Could you introduce yourself?

User: Sure. I'm [[Marloes de Vries|PERSON]], I'm [[42|AGE]], and I'm an [[HR advisor|JOB_TITLE]] at [[Domstad Wonen|ORGANIZATION]], a housing corporation in [[Utrecht|CITY]]. We manage about fourteen thousand social rental homes. I've worked there since [[2018|DATE]]. Before that I was at [[Randstad|ORGANIZATION]], the temp agency, for eight years. I live in [[Houten|CITY]], so I cycle to work every day, very Dutch, haha.

AI: How does AI come into HR work?

User: Carefully, is the honest answer. We have [[Copilot|AI_PRODUCT]] since the beginning of this year, in [[Word|SOFTWARE]] and [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]]. I use it for vacancy texts. We want them at B1 language level, simple Dutch, so more people can apply, and [[Copilot|AI_PRODUCT]] is good at simplifying. Also for summarizing long documents, like the collective labour agreement, which is a hundred and twenty pages. Our HR system is [[AFAS|SOFTWARE]], and we don't connect AI to that. That's a hard line. Personal data of employees, sick leave, performance, salaries, never goes into an AI tool.

AI: Why such a hard line?

User: Because of the GDPR, and because the works council would kill us, haha. No, seriously: we had a discussion in the company about using AI for screening CVs. Some recruitment tools offer that now. Our [[HR manager|GENERIC_ROLE]], [[Ingrid|PERSON]], and I were against it. You know the childcare benefits scandal at the [[Belastingdienst|ORGANIZATION]], where an algorithm flagged people with a second nationality as fraud risks? The cabinet of [[Mark Rutte|PUBLIC_FIGURE]] even resigned over it. That is still very fresh in the [[Netherlands|COUNTRY]]. So for us, no AI deciding about people. AI can help me write, not decide.

AI: Do colleagues use AI in ways that worry you?

User: Sometimes. A [[team leader|GENERIC_ROLE]] from the maintenance department sent me a draft warning letter for an employee that was clearly written by [[ChatGPT|AI_PRODUCT]]. It even referred to "at-will employment", which doesn't exist here, that's American. I had to rewrite everything. And my colleague [[Sanne|PERSON]] found out that someone pasted a whole exit interview, with the name, into a free chatbot. We had to report it as a data incident to our [[privacy officer|GENERIC_ROLE]]. Since then we give a short training to all the [[managers|GENERIC_ROLE]], and I'm the one giving it.

AI: Has it changed your own workload?

User: A bit less writing, a bit more checking. And more questions, everybody asks HR "are we allowed to use this?" So I've become the unofficial AI policy person. My partner [[Joost|PERSON]] laughs at me, because at home I can't even program the thermostat. Our kids use it for homework, of course. [[Fenna|PERSON]] is [[thirteen|AGE]] and she uses it to make flashcards for French, which is fine, and [[Daan|PERSON]] tried to let it write a book report, which was not fine, haha.

AI: Thank you, [[Marloes|PERSON]]. Could we contact you for a follow-up?

User: Yes, of course. My private email is [[marloes.devries1982 @ ziggo . nl|OBF_EMAIL|spaced_symbols]], without the spaces, I always write it like that on forms. On [[Tuesday|GENERIC_TIME]] and [[Thursday|GENERIC_TIME]] I work from home, so those days are easiest for me.""")

# 23 - Ghana, midwife
T.append("""AI: Good morning, thank you for joining. Could you introduce yourself?

User: Good morning, thank you. My name is [[Akosua Mensah-Boateng|PERSON]], I am [[46|AGE]] years, and I am a [[senior staff midwife|JOB_TITLE]] at [[Komfo Anokye Teaching Hospital|ORGANIZATION]] in [[Kumasi|CITY]]. I trained at the [[Nursing and Midwifery Training College, Kumasi|SCHOOL]] and qualified in [[2001|DATE]], so I have been catching babies for over twenty years, haha. I work in the maternity block, on the labour ward mostly.

AI: How does AI come into your work?

User: Honestly, it is just starting. The hospital uses [[LHIMS|SOFTWARE]], that is the electronic records system the [[Ministry of Health|ORGANIZATION]] brought, and it doesn't have AI, it's just records, and when there is no network, we go back to paper. But personally, I use [[ChatGPT|AI_PRODUCT]] on my phone. My son [[Kofi|PERSON]] installed it for me last year. I use it to read the long guidelines, like the new [[WHO|ORGANIZATION]] recommendations on bleeding after delivery. I ask it to summarize in simple points, so I can teach the junior midwives in our morning meeting.

AI: Do you trust what it tells you?

User: For summaries, mostly, but I compare with the document. For clinical decisions, never. Once I asked it about the dose of a drug, just to test it, and the answer was different from our protocol. So I told the young ones: the protocol on the wall is the law, not the phone. Also there's a problem of context. It talks like we are in a hospital in [[America|COUNTRY]]: "call the anaesthetist", "send for a CT scan". Here, at two in the morning, there may be one doctor for the whole floor, and the scan machine is broken. It doesn't know our reality.

AI: Are others in your team using it?

User: Yes, the young midwives more than me. Sister [[Abena|PERSON]], she is our [[ward in-charge|GENERIC_ROLE]], uses it to prepare the duty roster and for her master's assignments at [[KNUST|SCHOOL]]. Also some mothers come with information from AI or from [[TikTok|SOFTWARE]]. One young mother refused an injection because an app told her it was dangerous for breastfeeding. We had to spend an hour with her and her husband. Misinformation is a real problem for us, more than the AI itself.

AI: What would you want AI to do for midwives, if anything?

User: The documentation! We write the same information in three books. If the machine could listen and fill the partograph and the notes while I'm with the woman, that would give me time for her. Also for the rural facilities, in the districts, like near [[Ejisu|CITY]], sometimes the midwife is alone, so maybe AI can help her recognize danger signs early. But the network, the electricity, the phones, these must come first. My husband [[Kwabena|PERSON]] is a [[teacher|JOB_TITLE]] in [[Bantama|CITY]], and he says the same for schools: first the basics, then the AI.

AI: Thank you, [[Akosua|PERSON]]. How can we contact you for a follow-up?

User: You can call or [[WhatsApp|SOFTWARE]] me. I'll write it in the chat: [[O24-417-7398|OBF_PHONE|letter_o_for_zero]]. I'm on night duty this week, so after twelve noon is better. God bless you and your work.""")

# 24 - Singapore, credit analyst
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your role?

User: Hi, sure. I'm [[Tan Wei Ling|PERSON]], I'm [[29|AGE]] this year, and I'm a [[credit analyst|JOB_TITLE]] in the SME banking team at [[DBS|ORGANIZATION]]. I've been there since I graduated from [[NUS|SCHOOL]] in [[2017|DATE]], so quite long already. The office is at [[Marina Bay|CITY]], but I still live in [[Tampines|CITY]] with my parents, like a lot of Singaporeans until our flat is ready, haha.

AI: How does AI come into your work?

User: The bank has been quite aggressive about it, actually. We have an internal chatbot, a GPT-based one, so we're not supposed to use the public [[ChatGPT|AI_PRODUCT]] for anything work-related, it's blocked on the office network anyway. I use the internal one to draft credit papers: I feed in the financial spreads and my notes, and it drafts the business overview and the industry section. Then I rewrite. For coding, I do some [[Python|SOFTWARE]] to pull data and it helps me debug. It's also good for reading annual reports of the bigger clients, it summarises the notes to the accounts, which are super long. Market data we still take from [[Bloomberg|SOFTWARE]], of course.

AI: Are there things you don't trust it with?

User: Numbers. It's surprisingly bad at reading financial tables sometimes, it'll swap the years or mix up a subsidiary's revenue with the group's. My [[VP|GENERIC_ROLE]], [[Rachel|PERSON]], caught one in my paper where the draft said revenue grew eighteen percent but it actually fell. I was so paiseh, so embarrassed. Since then I check every number against the spreadsheet myself. And the judgement, whether we lend or not, that's ours. The [[MAS|ORGANIZATION]] also has principles on fairness in AI for banks, so compliance is very careful.

AI: How has it affected the team, or how you think about your career?

User: For the junior analysts, there used to be a lot of grunt work, spreading financials line by line, and that's how you learn. Now it's semi-automated. So I wonder how the new joiners will learn what a bad balance sheet looks like if they never type one out. My friend [[Jia Hui|PERSON]] at another bank says they cut analyst hiring by a third. And our former [[CEO|GENERIC_ROLE]], [[Piyush Gupta|PUBLIC_FIGURE]], said publicly that AI would replace thousands of contract roles, so everyone took notice. I'm thinking of doing the CFA to stay relevant.

AI: And outside of work?

User: I use it a lot for fun, actually. [[Claude|AI_PRODUCT]] for planning holidays, and my mum asks me to ask it about her health things, which I try to stop. My boyfriend [[Darren|PERSON]] and I are getting married in [[November 2025|DATE]], and it made a whole spreadsheet for the guest list and the ang bao tracking, haha. Very Singaporean use case. My mum was impressed, which never happens.

AI: Thanks, [[Wei Ling|PERSON]]. How can we reach you for a follow-up?

User: Personal email please, the work one won't accept outside survey links. It's [[weiling underscore tan at gmail dot com|OBF_EMAIL|spelled_underscore_at_dot]]. Or text me at [[+65 9736 2184|PHONE_NUMBER]], I reply faster on [[Telegram|SOFTWARE]] with the same number.""")

# 25 - Sweden, bus traffic controller
T.append("""AI: Hej, thanks for joining. Could you tell me about yourself?

User: Hej! I'm [[Johanna Lindqvist|PERSON]], I'm [[37|AGE]], and I work as a [[traffic controller|JOB_TITLE]], "[[trafikledare|JOB_TITLE]]" in Swedish, for [[Öresund Buss|ORGANIZATION]], the operator that runs the city buses in [[Malmö|CITY]] on contract for [[Skånetrafiken|ORGANIZATION]]. I sit in the traffic control centre in [[Fosie|CITY]] and I keep the buses running: when a bus breaks down, when there's an accident, when a driver is sick, when there's a football match. I moved here from [[Gothenburg|CITY]] in [[2015|DATE]]. Before that I drove buses myself for six years.

AI: How does AI show up in traffic control?

User: We have a new system since [[last spring|GENERIC_TIME]] that predicts delays. It uses the GPS from all the buses and historical data, and it shows on the map where a bus will be late in twenty minutes, not only where it is late now. That's useful, it gives us time to react, like sending a reserve bus. But sometimes it predicts chaos that never comes, and sometimes it misses the chaos completely, like when there was a demonstration in [[Möllan|CITY]] and it had no idea. I also use [[Copilot|AI_PRODUCT]] at work, to write the deviation reports for [[Skånetrafiken|ORGANIZATION]], they must be in a certain format, and to translate messages for the drivers. Many drivers are from [[Syria|COUNTRY]], [[Iraq|COUNTRY]], [[Somalia|COUNTRY]], and when it's something complicated, a diversion with many streets, I send it in Arabic too.

AI: How do the drivers and your colleagues feel about it?

User: The drivers are skeptical of everything that comes from the office, haha, that's normal. My colleague [[Kalle|PERSON]] has been in traffic control for twenty-five years, and he says the prediction system is "a weather forecast for buses", sometimes right, never trust it completely. The younger colleague [[Amira|PERSON]] loves it. Our [[shift manager|GENERIC_ROLE]], [[Sven-Erik|PERSON]], is somewhere in the middle. And the union, [[Kommunal|ORGANIZATION]], has asked questions about whether the system is also used to monitor how the drivers drive, braking, speed and so on. That's a sensitive thing.

AI: Have there been situations where AI really helped or really failed?

User: Helped: during the storm in [[October|GENERIC_TIME]], trees everywhere, it suggested how to move the reserve buses much faster than we could do on paper. Failed: once the translation of a diversion told the drivers to "turn around" instead of "turn off", so three buses made a U-turn near [[Triangeln|CITY]] in the middle of rush hour. Haha, now it's funny. That day it was not funny. Since then, [[Kalle|PERSON]] reads every Arabic message with a driver before we send it, if it's complicated.

AI: How do you see the future of your job?

User: I think in ten years maybe the buses drive themselves on some lines. There are already tests with self-driving buses in some towns. Then traffic control becomes even more important, because someone must watch all of them. So I'm not afraid for my job. More for the drivers. My partner [[Oskar|PERSON]] is a [[bus driver|JOB_TITLE]] and he jokes that he will train the robot and then get fired by it. I hope it's only a joke.

AI: Thank you, [[Johanna|PERSON]]. Can we contact you for a follow-up?

User: Yes, call me, it's [[plus four six, seventy, seven one two, thirty-four, eighty-nine|OBF_PHONE|number_words_pairs]]. We say the numbers in pairs in Swedish, sorry, haha. Evenings are fine, or weekends when I'm not on shift.""")

write_set(T, "set_ae")
