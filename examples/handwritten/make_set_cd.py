"""Blind evaluation set 'cd': 25 synthetic interview transcripts with remote, online and platform workers talking about AI at work. Every person, number, email, address and ID is invented. Build with: python3 make_set_cd.py"""
from markup import write_set

T = []

# 1. Nigeria - freelance copywriter on Upwork, Lagos - typed chat
T.append("""AI: Hi, thank you for taking part in this study. To start, could you tell me a bit about what you do for work and how you got into it?

User: hello ok so im [[Chidinma Okafor|PERSON]] but on [[upwork|ORGANIZATION]] everybody calls me [[Chi|PERSON|nickname]]. im a [[freelance copywriter|JOB_TITLE]], i live in [[Lagos|CITY]], [[Yaba|CITY]] side. i started on [[upwork|ORGANIZATION]] in [[2018|DATE]] right after my service year in [[Ilorin|CITY]], before that i studied mass comm at [[UNILAG|SCHOOL|abbreviation]] so writing was always my thing. now i mostly do email sequences and product descriptions for small brands abroad, mostly [[US|COUNTRY]] and [[UK|COUNTRY]] clients, few from [[Canada|COUNTRY]]

AI: Thanks, [[Chi|PERSON]]. What does a typical week look like for you, and where do AI tools come in?

User: [[monday|GENERIC_TIME]] i clear messages from my two biggest clients. one is [[Brightleaf Candle Co|ORGANIZATION]] in [[Columbus|CITY]], the owner is [[Derek Hasselbeck|PERSON]], very nice man but he replies at 3am my time lol. the other is a skincare brand called [[Glow by Maureen|ORGANIZATION|org_looks_like_person]], [[Maureen|PERSON]] herself is the founder and she is very strict. for drafts i use [[ChatGPT|AI_PRODUCT]] almost [[every day|GENERIC_TIME]], then i fix the tone myself because it writes like a brochure. [[Grammarly|SOFTWARE]] for checking. i tried [[Jasper|AI_PRODUCT|product_named_like_person]] before but it was too expensive for somebody earning in naira. i track everything in [[Google Sheets|SOFTWARE]] and [[Trello|SOFTWARE]]

AI: You mentioned [[Maureen|PERSON]] is strict. Has AI changed how you work with clients like her?

User: haha yes. [[last year|GENERIC_TIME]] she put in the contract "no AI generated content" and she runs everything through one detector. one time a paragraph i wrote myself, with my own two hands, came back 78% AI. i had to send her my [[Google Docs|SOFTWARE]] version history to prove it. after that i started recording my screen sometimes. my friend [[ifeoma|PERSON]] who also freelances said same thing happened to her with a client from [[Melbourne|CITY]], she lost the contract. so the worry is not that AI will take the job, its that people think you used it even when you didnt

AI: Could you tell me about one specific task where AI saved you time, or let you down?

User: ok one good one. [[Derek|PERSON]] wanted 40 product descriptions for the autumn collection, scents like "harvest fig" and "cedar porch". i gave [[ChatGPT|AI_PRODUCT]] his old descriptions and asked it to keep his voice, it did all of them in like one hour, then i spent maybe 3 hours editing. before that would be two full days. he paid $320 plus bonus. bad one: i asked [[Gemini|AI_PRODUCT]] to summarise a research article for [[Maureen|PERSON]]'s blog about niacinamide and it invented a study from a dermatology journal that doesnt exist. i almost published it. now i check every citation myself

AI: Who else is part of your working life, and how do you get paid?

User: mostly alone but theres a [[whatsapp|SOFTWARE]] group of like 200 nigerian freelancers, [[Tunde Bakare|PERSON]] is the admin, he also runs a small agency [[Inkwell Digital|ORGANIZATION]] in [[Ibadan|CITY]] and sometimes he sub-contracts me. at home its me, [[my mum|GENERIC_ROLE]] and my younger sister [[Adaeze|PERSON]] who is [[nineteen|AGE]] and always using my laptop for her [[JAMB|ORGANIZATION]] practice lol. light is the biggest problem, when there is no light i go to the co-working hub at [[23 Commercial Avenue|ADDRESS]], [[Yaba|CITY]], its 2500 naira per day. payment is [[Payoneer|SOFTWARE]] then i withdraw to my [[GTBank|ORGANIZATION]] account. [[upwork|ORGANIZATION]] did ID verification two times, first they wanted my international passport, then in [[March 2023|DATE]] they asked again and i used my NIN slip, the number is [[70451238896|NATIONAL_ID|id_like_phone]] i still have it in my phone notes because i always forget it. my bank also needed my BVN [[22190457731|NATIONAL_ID|id_like_phone]]. sorry i know i shouldnt type those things here lol but you said its anonymous right

AI: Thanks, [[Chidinma|PERSON]]. You don't need to share ID numbers with us, by the way. Looking ahead, what worries you most, and what would you want from the people building these tools?

User: worry is rates. in [[2019|DATE]] i was charging $0.08 per word, now clients say "[[chatgpt|AI_PRODUCT]] can do it for free" and offer $0.02. i want some kind of proof of human writing that clients will trust, not these detectors that flag nigerian english as AI because we write formal. i learnt to write properly from Mrs [[Alabi|PERSON]], she was my [[english teacher|JOB_TITLE]] at [[Queens College|SCHOOL]], if AI replaces people like her i dont know who will teach the next set. if u want to see my samples my portfolio is [[chidinmawrites.com|URL]] and on [[linkedin|SOFTWARE]] [[linkedin.com/in/chidinma-okafor-copy|URL]]. thats all, thank you""")

# 2. Philippines - virtual assistant for a US realtor, Mandaue (Cebu) - speech-to-text
T.append("""AI: Hello and thanks for joining. Could you start by telling me about your work?

User: Yes, hi, um, good evening po. So my name is [[Mary Grace Villanueva|PERSON]], but, uh, my clients call me [[Grace|PERSON|name_common_word]]. I'm a [[virtual assistant|JOB_TITLE]], I've been doing it since, um, [[twenty nineteen|DATE|date_words]], before that I was in a call center, [[Teleperformance|ORGANIZATION]], in [[Lahug|CITY]]. I'm from [[Mandaue|CITY]], that's in [[Cebu|CITY]], near the, uh, the old bridge going to [[Lapu-Lapu|CITY|place_also_person]]. My main client is a [[realtor|JOB_TITLE]] in [[Phoenix|CITY]], [[Linda Marchetti|PERSON]], she has a small brokerage, [[Desert Bloom Realty|ORGANIZATION]].

AI: Thanks, [[Grace|PERSON]]. What does a normal day look like for you with [[Linda|PERSON]]'s business?

User: Okay so, um, I start at nine P.M. here because it's morning there. I check the, uh, the CRM, it's [[Follow Up Boss|SOFTWARE]], and I update the leads. Then I make the listing posts in [[Canva|SOFTWARE]], and for the descriptions I use [[chat GBT|AI_PRODUCT|misheard_name]], I mean [[ChatGPT|AI_PRODUCT]], yeah. And then the calls, [[Linda|PERSON]] records her calls with buyers and I use [[Otter|AI_PRODUCT]] to get the notes. Sometimes the notes are wrong, like, um, one buyer named [[Kaylee|PERSON]], or [[Kayleigh|PERSON|spelling_variant]], I don't know the spelling, [[Otter|AI_PRODUCT]] wrote "[[Kelly|PERSON|misheard_name]]" so I sent the wrong name in the email. Hehe, so embarrassing. But she's okay, she just said, um, "double check names, hon". There's like a, a grace period with her, she gives you chances. Her [[transaction coordinator|JOB_TITLE]], [[Brent|PERSON]], he's the strict one, he checks my [[Google Drive|SOFTWARE]] folders [[every Friday|GENERIC_TIME]].

AI: Which other AI tools do you use, and for what?

User: Um, for the emails it's [[ChatGPT|AI_PRODUCT]] also, for the, uh, the property photos there is the virtual staging, like putting furniture in empty rooms, that's [[Virtual Staging AI|AI_PRODUCT]]. And then for my, uh, my side gig, I do bookkeeping for my neighbor Ate [[Lorna|PERSON]], she has a sari-sari store and a small eatery, [[Lorna's Lechon Haus|ORGANIZATION|org_looks_like_person]], I just use [[Excel|SOFTWARE]] for her. [[My husband|GENERIC_ROLE]] [[Jun-Jun|PERSON|nickname]], he's a [[Grab|ORGANIZATION]] driver, he uses only the, um, the [[Grab|ORGANIZATION]] app, no AI, he says the app is the AI, hehe.

AI: How do you get paid, and how did you find [[the clients|GENERIC_ROLE]]?

User: I found [[Linda|PERSON]] through [[OnlineJobs.ph|ORGANIZATION]], then she pays me by [[Wise|SOFTWARE|product_common_word]] to my [[GCash|SOFTWARE]]. Um, for the, the government stuff, since I'm freelancer I pay my own contributions, my SSS is, uh, [[34-5821937-6|NATIONAL_ID]], and my TIN is [[412-883-190-000|NATIONAL_ID|id_like_phone]], I needed that for the BIR registration in [[January twenty twenty-two|DATE|date_words]].

AI: You don't need to share those numbers with us. Could you tell me about a time AI made a real difference in your work, and whether anything about it worries you?

User: Ah yes, sorry po. Um, the big one is, [[last March|GENERIC_TIME]] [[Linda|PERSON]] had twelve open houses in one month, and I did all the flyers and the, um, the follow-up texts in one weekend because of [[ChatGPT|AI_PRODUCT]]. Before, that's like one week. She gave me a bonus, two hundred dollars, I used it for my daughter [[Princess|PERSON|name_common_word]], she's [[seven|AGE|number_words]], for her uniform at [[Mandaue City Central School|SCHOOL]]. The worry, um, honestly, my friend [[Joy|PERSON|name_common_word]], also VA, she lost her client because [[the client|GENERIC_ROLE]] said, uh, "I can just use AI now". So I'm scared. That's why I'm learning automations in [[Zapier|SOFTWARE]]. And also privacy, because I put [[Linda|PERSON]]'s client data in there sometimes, names, addresses of the houses like, um, [[4417 East Camelback Road|ADDRESS]], and I don't know where it goes.

AI: Thank you, that's really helpful. Is there anything else you'd like to share?

User: Um, just, if you need to contact me for the follow-up, my email is [[grace dot villanueva dot va at gmail dot com|OBF_EMAIL|spelled_at_dot]], and my [[Viber|SOFTWARE]] is [[oh nine one seven, five five two, eight eight one three|OBF_PHONE|number_words]]. Thank you po, ingat!""")

# 3. Kenya - data annotator at an outsourcing firm, Nairobi - typed chat
T.append("""AI: Hello, and thanks for agreeing to talk with us. Could you describe your current job?

User: hi. am [[Brian Otieno|PERSON]], [[27|AGE]] yrs, i work as a [[data annotator|JOB_TITLE]] for an outsourcing company in [[Nairobi|CITY]], its called [[Sama|ORGANIZATION|org_looks_like_person]], i think im not supposed to say who the end client is so i will just say "[[the client|GENERIC_ROLE]]" lol. our office is in [[Westlands|CITY]] but [[since covid|GENERIC_TIME]] most of us work from home. i stay in [[Kawangware|CITY]] with [[my cousin|GENERIC_ROLE]]. before this i did a diploma in IT at [[KCA University|SCHOOL]] and i was doing boda boda [[on weekends|GENERIC_TIME]]

AI: Thanks, [[Brian|PERSON]]. What kind of annotation work do you do, and which tools do you use?

User: mostly bounding boxes and text ranking. like for self driving cars we draw boxes on pedestrians, and for chatbots we rank which answer is better, sometimes we write the ideal answer ourselves. tool is [[CVAT|SOFTWARE]] for images and a web tool from [[the client|GENERIC_ROLE]] for text. my team lead is [[Wanjiru Kamau|PERSON]], she is the [[QA lead|JOB_TITLE]] for our batch, she checks accuracy, must be above 95% or you get a warning letter. my employee no. is [[SMK-20734|NATIONAL_ID]] and it shows on every screen when i log in lol. we have [[slack|SOFTWARE]] for the team but honestly the real talk is on the [[whatsapp|SOFTWARE]] group, [[kevo|PERSON|nickname]] is the one who started it

AI: So in a sense you are helping to build AI. How does that feel, and do you use AI tools yourself?

User: its funny. we train the models and then we use them to check our own work. i use [[chatgpt|AI_PRODUCT]] to check my grammar for the ideal responses because english is my third language after dholuo and swahili. but two guys in the team were fired for pasting [[ChatGPT|AI_PRODUCT]] answers directly, one of them was [[kevin mwangi|PERSON|lowercase_name]] thats [[kevo|PERSON]], he was my friend from campus. the QA system detects it somehow. also we saw [[Claude|AI_PRODUCT|product_named_like_person]] and [[Gemini|AI_PRODUCT]] answers inside the ranking tasks, so sometimes you are ranking one AI against another AI, i dont know who is training who anymore

AI: Are there parts of the work that are difficult?

User: yes the content. one project was moderation style, violent videos, self harm. they gave us a wellness session with Dr [[Achieng Odhiambo|PERSON]], the [[company counsellor|JOB_TITLE]], once per month but its 30 people in one [[zoom|SOFTWARE]] call so nobody talks. pay is around 38k shillings per month to [[M-Pesa|SOFTWARE]], if you calculate its like 1.5 dollars per hour. i send some to [[my mum|GENERIC_ROLE]] in [[Kisumu|CITY]] and my daughter [[Hope|PERSON|name_common_word]] who is [[three|AGE|number_words]] and stays with her. when they hired us they took everything, ID [[31457826|NATIONAL_ID|id_like_phone]], KRA pin [[A014523678Q|NATIONAL_ID]], even my NHIF card

AI: You don't need to share those numbers here. What do you hope for, looking forward?

User: ok sorry. i hope the big companies remember there are people in [[Africa|CONTINENT]] doing this. even [[Ruto|PUBLIC_FIGURE]] is always saying digital jobs for youth, but the digital jobs are this. i want to move to prompt engineering or ML, im doing free courses on [[Coursera|SOFTWARE]] [[at night|GENERIC_TIME]]. if there is any opportunity for [[Kenya|COUNTRY]] people you can reach me [[0722 418 903|PHONE_NUMBER|local_format]] or [[brian.otieno.ke at gmail.com|OBF_EMAIL|partly_spelled]]... actually use [[brianotieno254@gmail.com|EMAIL_ADDRESS]] thats the main one""")

# 4. India - remote front-end developer for a Berlin startup, Pune - speech-to-text
T.append("""AI: Thank you for joining. Could you tell me about your role and who you work for?

User: Yeah, sure, hi. So, um, I'm [[Rohit Deshpande|PERSON]], I'm a [[senior front-end developer|JOB_TITLE]], and I work fully remote from [[Pune|CITY]] for a logistics startup in [[Berlin|CITY]] called [[Fahrwerk|ORGANIZATION]]. Earlier I was at [[Infosys|ORGANIZATION]] in [[Hinjewadi|CITY]] from, uh, [[twenty sixteen|DATE|date_words]] to [[twenty twenty-one|DATE|date_words]], it was a service company so, you know, lots of maintenance work. Then a friend referred me and now I'm on [[Deel|ORGANIZATION|org_common_word]], so technically they are my employer on paper and [[Fahrwerk|ORGANIZATION]] is [[the client|GENERIC_ROLE]].

AI: Thanks, [[Rohit|PERSON]]. Which AI tools do you use day to day?

User: So [[GitHub Copilot|AI_PRODUCT]] is always on, in [[VS Code|SOFTWARE]]. Um, recently I moved to [[Cursor|AI_PRODUCT|product_common_word]] for some work, and for, like, bigger refactors I paste things into [[Claude|AI_PRODUCT|product_named_like_person]]. The company pays for the team plan, our [[CTO|JOB_TITLE]], [[Jonas Brenner|PERSON]], he was very excited about it, he even made it a, uh, a KPI, like how many PRs per sprint. Tickets are in [[Jira|SOFTWARE]], and standups are on [[Slack|SOFTWARE]] huddles at, um, one thirty my time.

AI: Could you walk me through a time when one of these tools helped, or caused a problem?

User: Yeah, there was one, uh, quite bad. So [[Copilot|AI_PRODUCT]] suggested a date formatting function, for the delivery slots, and I accepted it, it looked fine. But it used the browser time zone instead of the warehouse time zone, so for drivers in [[Hamburg|CITY]] the slots were showing one hour off after the clock change. [[Yonas|PERSON|misheard_name]], sorry, [[Jonas|PERSON]], he was on leave, so the [[product owner|JOB_TITLE]], [[Lena Vogt|PERSON]], she called me at, like, midnight. We fixed it in one hour but there were maybe two hundred wrong deliveries. After that [[Jonas|PERSON]] said no AI code in the date utils without tests. Fair, honestly.

AI: How has this changed the way you see your own job?

User: Um, honestly I'm faster, maybe thirty, forty percent on boilerplate. But I worry about juniors. [[My cousin|GENERIC_ROLE]] [[Aditya|PERSON]], he just finished at [[VIT Pune|SCHOOL]], he's, uh, [[twenty-two|AGE|number_words]], and he's not getting any calls, because companies think one senior plus [[Copilot|AI_PRODUCT]] is enough. And when [[Sundar Pichai|PUBLIC_FIGURE]] says some big percent of new code is AI written, [[my father|GENERIC_ROLE]] calls me and asks, "beta, is your job safe?" He was a [[bank clerk|JOB_TITLE]] at [[Bank of Maharashtra|ORGANIZATION]] in [[Nagpur|CITY]] for thirty-five years, so he worries.

AI: What about at home, does AI come up there too?

User: Ha, yes. [[My wife|GENERIC_ROLE]] [[Sneha|PERSON]], she's [[thirty-one|AGE|number_words]], she is an [[HR manager|JOB_TITLE]] at [[Persistent Systems|ORGANIZATION]], she uses it for job descriptions and, um, screening. We argue about that, because I think the screening tools reject people like [[my cousin|GENERIC_ROLE]]. Also for the [[Deel|ORGANIZATION]] onboarding I had to upload everything, PAN, uh, [[BQRPS 4471 K|NATIONAL_ID|spaced]], Aadhaar, [[four five six two, eight eight one nine, three three zero one|NATIONAL_ID|number_words]], and I used [[ChatGPT|AI_PRODUCT]] to understand the German contract, which, uh, maybe was not smart.

AI: That's useful to hear. Is there anything you'd like to add?

User: No, um, just that if you want code examples my [[GitHub|SOFTWARE]] is [[rohitd-dev|SOCIAL_HANDLE|handle_no_at]], and work email is [[rohit dot d at fahrwerk dot io|OBF_EMAIL|spelled_at_dot]]. Thanks, this was nice.""")

# 5. Brazil - motorcycle delivery rider on iFood, São Paulo - speech-to-text
T.append("""AI: Hi, thanks for joining us. Can you tell me about your work?

User: Hi, yes, uh, good afternoon. My name is [[Anderson Luiz Pereira|PERSON]], I am [[motoboy|JOB_TITLE]], delivery rider, for [[iFood|ORGANIZATION]] and sometimes [[Rappi|ORGANIZATION]], here in [[São Paulo|CITY]]. I live in [[Capão Redondo|CITY]], zona sul, but I work more in [[Pinheiros|CITY]] and [[Vila Madalena|CITY]], because the restaurants is there. I start in [[two thousand twenty|DATE|date_words]], [[in the pandemic|GENERIC_TIME]]. Before I was, how you say, [[cobrador|JOB_TITLE|non_english]], the man who take money in the bus, for [[Viação Campo Belo|ORGANIZATION]], but they finish this job.

AI: Where does AI come into your work, if at all?

User: AI, hmm. The app is the boss, you know? The algorithm decide who take the order, who don't take. Nobody explain. And me, I use [[ChatGPT|AI_PRODUCT]] for write the complaints to the support, because it write Portuguese more formal, more, uh, educated. In [[agosto de dois mil e vinte e três|DATE|non_english_date]] they block my account three days, they say the face recognition fail, because I have beard now. I send a message with [[ChatGPT|AI_PRODUCT]], very polite, and they open, the protocol was [[2023081945521|NATIONAL_ID|case_number]], I keep it in the photo. Three days no money.

AI: That sounds hard. Who helps you when things like that happen?

User: The other motoboys, we have the group. My friend, we call him [[Japa|PERSON|nickname]], he know everything about the app, and the [[Sindimoto|ORGANIZATION]] people also help, the union. And [[my wife|GENERIC_ROLE]], [[Jéssica|PERSON]], she sell brigadeiro in the [[Instagram|SOFTWARE]], [[@doces.dajessica|SOCIAL_HANDLE]], she use the AI for make the photos more beautiful and the text. She is more good with technology than me, ha.

AI: You mentioned [[Jéssica|PERSON]] uses AI for her business. Does the family use it in other ways?

User: Yes, my son [[Davi|PERSON]], he have [[four years|AGE]], he talk with [[Alexa|AI_PRODUCT|product_named_like_person]] all day, "[[Alexa|AI_PRODUCT]], play Galinha Pintadinha", all day, ha. And me I use [[Waze|SOFTWARE]] and the [[Google Maps|SOFTWARE]], that is AI also, no? For me the best is when the AI help [[the customers|GENERIC_ROLE]] put the right address, because many times the address is wrong and I lose time, and the rating go down.

AI: What worries you most about the future of this work?

User: The drone, the robot delivery. I see in the news. And the government, [[Lula|PUBLIC_FIGURE]] made the project for the app workers, but I don't know, nothing change for me. If you want to talk more, my [[WhatsApp|SOFTWARE]] is [[onze, nove oito sete três quatro, dois dois um zero|OBF_PHONE|non_english_words]]. Obrigado, thank you.""")

# 6. Mexico - ride-hailing driver on Uber and DiDi, Guadalajara - typed chat
T.append("""AI: Hello, thank you for participating. Could you start by telling me about your work?

User: hi ok. im [[jesus ramirez|PERSON|lowercase_name]] but everybody says [[Chuy|PERSON|nickname]]. i drive for [[uber|ORGANIZATION]] and [[DiDi|ORGANIZATION]] in [[Guadalajara|CITY]], mostly [[Zapopan|CITY]] and airport trips. im [[45|AGE]]. before i was [[jefe de almacen|JOB_TITLE|non_english]] (warehouse supervisor) at [[Coppel|ORGANIZATION]] for 11 yrs until they closed the warehouse in [[Tlaquepaque|CITY]] in [[2020|DATE]]

AI: Thanks, [[Chuy|PERSON]]. How do AI tools show up in your driving work?

User: the apps decide everything, price, which trip, if you are blocked. i dont control nothing. but for me the best AI is the translator, i use [[chatgpt|AI_PRODUCT]] voice with the gringos, many come for the tequila tours and the [[Chivas|ORGANIZATION]] games. before i only use [[google translate|SOFTWARE]] but [[chatgpt|AI_PRODUCT]] understand better when they talk fast. also [[waze|SOFTWARE]] always on

AI: Can you describe a specific moment with a passenger where that made a difference?

User: yes one lady from [[Austin|CITY]], [[Kelsey|PERSON]], she left her phone in my car and her flight was in 2 hrs. i used [[chatgpt|AI_PRODUCT]] to write to her hotel in english, perfect english, and they found her. she gave me 5 stars and 300 pesos tip. other time was bad, a man wanted to go to "la minerva" and the voice thing understood "la mineria" so i went wrong way, jesus the traffic at that hour... he gave me 1 star

AI: What worries you about how AI is used in these platforms?

User: the face check. [[every morning|GENERIC_TIME]] the app ask for selfie and if its dark it fails. my compadre [[Toño|PERSON|nickname]] was deactivated 2 weeks because of that, no human to talk. they have my CURP [[RAMJ790412HJCMRS08|NATIONAL_ID]] and my license and the car plate [[JKX-452-B|NATIONAL_ID|vehicle_plate]], all the data, but no person to answer. now there is the new law for app workers from [[Claudia Sheinbaum|PUBLIC_FIGURE]], lets see if that helps. [[the passengers|GENERIC_ROLE]] dont know any of this

AI: Is there anything else you'd like to tell us?

User: only that [[my wife|GENERIC_ROLE]] [[lupita|PERSON|lowercase_name]] says i spend more time with [[chatgpt|AI_PRODUCT]] than with her haha. if you need a driver in [[gdl|CITY|abbreviation]] [[whatsapp|SOFTWARE]] me [[33 1425 8890|PHONE_NUMBER|local_format]]""")

# 7. Pakistan - logo and brand designer on Fiverr, Lahore - typed chat
T.append("""AI: Hi, thank you for taking the time. Could you tell me about your work?

User: aoa. my name is [[Muhammad Hamza Sheikh|PERSON]], everyone calls me [[Hamza|PERSON]]. i am [[23|AGE]] and i do logo and brand identity design on [[fiverr|ORGANIZATION]], level 2 seller, my username there is [[hamzadesignstudio|SOCIAL_HANDLE|handle_no_at]]. i am from [[Lahore|CITY]], [[Johar Town|CITY]]. did BS from [[UCP|SCHOOL|abbreviation]] but left in 5th semester because [[fiverr|ORGANIZATION]] was paying more than [[my father|GENERIC_ROLE]]'s salary lol, he is [[headmaster|JOB_TITLE]] at a govt school in [[Sheikhupura|CITY]]

AI: Thanks, [[Hamza|PERSON]]. What AI tools are part of your design process?

User: [[midjourney|AI_PRODUCT]] for moodboards and first ideas, then i do the real vector in [[Illustrator|SOFTWARE]] because buyers need editable files and AI images are not vector. [[Adobe Firefly|AI_PRODUCT]] for mockups sometimes. and [[ChatGPT|AI_PRODUCT]] for replying to buyers, my english is ok but for long messages it helps, also for the brand story paragraph that clients always want. [[my cousin|GENERIC_ROLE]] [[Usman|PERSON]] does the mockups and social posts, and one friend [[Ali Raza|PERSON]] in [[Faisalabad|CITY]] does animation when a buyer wants logo reveal

AI: Could you describe one specific order where AI helped or caused trouble?

User: trouble one. a buyer from [[Dubai|CITY]], [[Khalid Al Mansoori|PERSON]], he owns [[Shawarma Stop|ORGANIZATION]], 4 branches. he wanted logo fast so i used a [[midjourney|AI_PRODUCT]] concept and refined it. after 2 months he found almost same logo on some restaurant in [[Houston|CITY]], probably same AI gave same idea to somebody else. he opened dispute and [[fiverr|ORGANIZATION]] support took 9 days, i refunded $150 and got 2 star review which killed my gig for a month. now my gig description says "AI used for concept only". good one is [[Usman|PERSON]] made 60 social posts for a gym in [[Manchester|CITY]] in one evening with AI captions, client was very happy

AI: How do you get paid, and what does your work setup look like?

User: [[Payoneer|SOFTWARE]] to my [[Meezan Bank|ORGANIZATION]] account, small amounts to [[JazzCash|SOFTWARE]]. for withdrawals they did CNIC verification, mine is [[35202-8814736-5|NATIONAL_ID]], took one week. setup is one laptop and a UPS because of load shedding, when its very bad i go to [[my uncle|GENERIC_ROLE]]'s office in [[Model Town|CITY]]. my elder brother [[Bilal|PERSON]] bhai says get a proper job, he is [[assistant manager|JOB_TITLE]] at [[Ufone|ORGANIZATION]], but he earns less than me haha

AI: What worries you about the future of this kind of work?

User: AI logo makers like [[Looka|AI_PRODUCT]] are 20 dollars, buyers from [[USA|COUNTRY]] ask why should i pay you 100. so i am moving to full brand identity, guidelines, packaging, things AI cant do alone yet. also [[Elon Musk|PUBLIC_FIGURE]] tweets something and next day all buyers want X style logos lol. if you want portfolio [[behance.net/hamzasheikh_designs|URL]] or email [[hamza.designs23@gmail.com|EMAIL_ADDRESS]], [[whatsapp|SOFTWARE]] [[0321-44-178-29|OBF_PHONE|odd_separators]]. shukriya""")

# 8. Bangladesh - SEO writer and small agency owner on Fiverr, Dhaka - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you please introduce yourself and your work?

User: Yes, assalamu alaikum. I am [[Nusrat Jahan|PERSON]], I am, uh, [[twenty-eight|AGE|number_words]], and I am an [[SEO content writer|JOB_TITLE]], I work on [[Fiverr|ORGANIZATION]] and a little on [[Upwork|ORGANIZATION]]. I live in [[Mirpur|CITY]], in [[Dhaka|CITY]]. Now actually I have a small team, four girls, we call it [[Nusrat Digital Hub|ORGANIZATION|org_looks_like_person]], it's not registered company, just, um, a [[Facebook|SOFTWARE]] page and a [[WhatsApp|SOFTWARE]] group. I learned freelancing from a course at [[BITM|SCHOOL|abbreviation]] in [[twenty eighteen|DATE|date_words]].

AI: Thanks, [[Nusrat|PERSON]]. Could you describe how your team uses AI tools?

User: Yes, so, uh, before AI we wrote everything by hand, one girl could write maybe three articles per day. Now we do outline with [[ChatGPT|AI_PRODUCT]], then [[Surfer SEO|SOFTWARE]] for the keywords, then we rewrite, and [[Tania|PERSON]] does the checking in [[Grammarly|SOFTWARE]]. [[Mim|PERSON]] and [[Sumaiya|PERSON]], they do the product listings for [[Amazon|ORGANIZATION]] sellers. Um, our biggest client is a dentist in [[Leeds|CITY]], Dr [[Priya Nair|PERSON]], she has [[Kirkstall Dental Care|ORGANIZATION]], we write all her blogs, like "how to whiten teeth", ha.

AI: Has anything gone wrong with the AI-assisted work?

User: Yes, yes. In, um, [[March|GENERIC_TIME]], [[Google|ORGANIZATION]] had the big update and Dr [[Nair|PERSON]]'s traffic went down like half. She was very upset, she said, "[[Nusrat|PERSON]], did you use AI?", and we did, but we edited. She reduced the order from twenty posts to eight. So now every article one human writes the intro and the experience part fully, no AI. [[Sumaiya|PERSON]], or, the transcript maybe writes it [[Shumaiya|PERSON|misheard_name]], she cried because she thought it was her fault.

AI: That sounds difficult for the team. How do you and the team get paid, and how do you organise things day to day?

User: [[Fiverr|ORGANIZATION]] pays to [[Payoneer|SOFTWARE]], then to my [[BRAC Bank|ORGANIZATION]] account, then I pay the girls by [[bKash|SOFTWARE]]. The [[bKash|SOFTWARE]] number is my personal, [[zero one seven one one, double four, five six, eight two one|OBF_PHONE|number_words]]. [[Payoneer|SOFTWARE]] asked for NID when I opened, the smart card one, [[six four one seven, two zero three, nine five eight|NATIONAL_ID|number_words]]. Day to day we work from my flat, [[House 12, Road 7, Block C|ADDRESS]], [[Mirpur|CITY]], [[my husband|GENERIC_ROLE]] gave us the drawing room. He is [[Rakib|PERSON]], [[network engineer|JOB_TITLE]] at [[Grameenphone|ORGANIZATION]], so at least internet is good, ha. Except in [[July|GENERIC_TIME]] during the quota movement, the internet was shut for days and we lost two clients.

AI: You mentioned the shutdown. What worries you most looking forward?

User: That clients will stop needing writers. Some clients in [[America|COUNTRY|place_also_continent]] already say, "we have [[ChatGPT|AI_PRODUCT]]". So I want to learn more, maybe AI automation, [[Make|SOFTWARE|product_common_word]], [[Zapier|SOFTWARE]]. Also I am worried for the girls, for them this is the only income, [[Mim|PERSON]] is only [[nineteen|AGE|number_words]]. In [[Bangladesh|COUNTRY]] many girls work like this from home. I was born on [[fourteenth April, ninety-six|DATE|date_words]], [[Pohela Boishakh|GENERIC_TIME|holiday]], so I always say, new year, new plan, ha. If you need, my email is [[nusrat dot seo at outlook dot com|OBF_EMAIL|spelled_at_dot]].""")

# 9. Indonesia - Gojek motorbike driver whose wife sells on TikTok live, Yogyakarta - typed chat
T.append("""AI: Hello, and thank you for joining this interview. Could you tell me about your work?

User: halo, saya [[Dimas Prasetyo|PERSON]], pak. i drive [[gojek|ORGANIZATION]] motorbike in [[jogja|CITY|nickname]] since [[2017|DATE]], sometimes also [[Maxim|ORGANIZATION|org_looks_like_person]] when [[gojek|ORGANIZATION]] is sepi (quiet). im [[36|AGE]] th. i live in [[Sleman|CITY]] near [[UGM|SCHOOL|abbreviation]] campus, i studied there 2 semester but no money so stop. my customers mostly students n tourists

AI: Thanks, [[Dimas|PERSON]]. Where does AI come into your work?

User: the [[gojek|ORGANIZATION]] app give the order, its AI i think, nobody know how it choose. drivers in the group always debate, "kalau rating turun, order sepi" (if rating drop, no order). i myself use [[chatgpt|AI_PRODUCT]] for english with tourist, and [[google maps|SOFTWARE]]. but the more AI is [[my wife|GENERIC_ROLE]] business. she sell batik on [[TikTok|SOFTWARE]] live, the account is [[@batiksri.jogja|SOCIAL_HANDLE]], [[my wife|GENERIC_ROLE]] name is [[Sri Wahyuni|PERSON]], people call her bu [[Sri|PERSON|name_common_word]]... ok bu is like mrs. she use [[CapCut|SOFTWARE]] auto caption and [[Meta AI|AI_PRODUCT]] in [[whatsapp|SOFTWARE]] to write the product text

AI: Could you tell me about a specific time AI helped or caused a problem for either of you?

User: helped: one live in [[ramadan|GENERIC_TIME|lowercase]] she sell 140 pcs batik in one night, [[chatgpt|AI_PRODUCT]] write the script for promo in english also so a buyer from [[Malaysia|COUNTRY]] buy 20. problem: [[gojek|ORGANIZATION]] suspend my account 3 days in [[august 2023|DATE]] because "GPS anomaly", they think i use fake gps app. i never. i send email many times, they reply with bot answer. finally my friend mas [[Yoyok|PERSON]] who is koordinator in the driver community call somebody in the office in [[Jakarta|CITY]] and it open

AI: Who else is in your daily life and work?

User: my son [[Bima|PERSON]] is [[7|AGE]], he want to be youtuber lol. [[my mother in law|GENERIC_ROLE]] live with us. in the driver community we have shelter near [[Jl. Kaliurang km 5|ADDRESS]], [[every night|GENERIC_TIME]] we sit there and wait order. for the app they have my KTP, NIK [[3404071203880002|NATIONAL_ID]] and my SIM C. my driver id is [[GJ-3471-0926|NATIONAL_ID|id_like_phone]]. if passengers need me directly its [[0812-2745-9031|PHONE_NUMBER]], but [[gojek|ORGANIZATION]] dont like we take passenger outside app haha

AI: Looking ahead, how do you feel about AI and your work?

User: honestly afraid of robotaxi like in [[China|COUNTRY]], but in [[jogja|CITY]] the small roads, gang, robot cannot haha. [[Jokowi|PUBLIC_FIGURE]] talk about digital economy but for driver its the same, tarif down, driver up. i hope AI can help us, like tell the best time and place, not only help company. thank you pak""")

# 10. Vietnam - online English tutor on Preply, Da Nang - speech-to-text
T.append("""AI: Hi, thank you for being here. Could you tell me about your work?

User: Yes, hello. My name is [[Nguyễn Thị Thu Hà|PERSON]], but my students, they call me [[Ha|PERSON|short_name]], ha ha, it's easy for them. I am an [[online English tutor|JOB_TITLE]] on [[Preply|ORGANIZATION]], I teach from my home in [[Da Nang|CITY]]. Most of my students are Japanese adults, business people, and some Vietnamese children, their parents find me on [[Zalo|SOFTWARE]].

AI: Thanks, [[Ha|PERSON]]. How do you use AI in your teaching?

User: Um, I use [[ChatGPT|AI_PRODUCT]] to make the lesson plans, for example, if a student works in, uh, in hotel, I ask it to make role-play for hotel check-in. It saves me maybe one hour [[every day|GENERIC_TIME]]. And for the kids I make the worksheets with [[Canva|SOFTWARE]], it has the magic, um, magic design thing. My student [[Takeshi|PERSON]], he is from [[Osaka|CITY]], he works for a car parts company, he is very, very polite, he asks me to correct his emails to his, uh, his boss in [[Germany|COUNTRY]], so we use [[ChatGPT|AI_PRODUCT]] together in the lesson and then I explain why.

AI: Are there moments where the tools get things wrong?

User: Yes, sometimes the grammar explanation is, um, too complicated, or it uses American words when the student needs British, for IELTS. One little girl, [[Minh Anh|PERSON]], she is [[nine|AGE|number_words]], she used it to write her homework and the teacher at her school, [[Lê Quý Đôn|SCHOOL|school_named_after_person]], found out. Her mother was very angry with me, but I did not do it, ha.

AI: How do you feel about the future of tutoring with AI?

User: Honestly a little scared. There are apps now, like [[Speak|AI_PRODUCT|product_common_word]], and [[Duolingo|SOFTWARE]] has the video call with the character, [[the students|GENERIC_ROLE]] can practise any time, cheaper. [[Takeshi|PERSON]] said he will continue with me because, um, he likes the human. But new students are fewer since [[last year|GENERIC_TIME]]. Before, I worked at [[FPT Software|ORGANIZATION]] as a [[translator|JOB_TITLE]], so maybe I go back to that, but translation is also AI now, so, ha.

AI: Is there anything else you would like to add?

User: No, I think that's all. If you want, my profile is [[preply.com/en/tutor/2384417|URL]]. Thank you, and happy almost [[Tết|GENERIC_TIME|holiday]]!""")

# 11. Egypt - call-centre agent on a UK broadband account, 6th of October City - speech-to-text
T.append("""AI: Hello, thanks for joining. Can you tell me about your job?

User: Hello, yes, thank you. So, um, I'm [[Youssef Abdelrahman|PERSON]], I'm [[twenty-six|AGE|number_words]], I work as a [[customer service agent|JOB_TITLE]], uh, at a call center in [[6th of October City|CITY|place_looks_like_date]], the company is [[Nile Connect Solutions|ORGANIZATION]]. We are on the, uh, the [[Sky|ORGANIZATION|org_common_word]] account, British broadband customers. On the floor we have English names, so on the phone I am [[Joseph|PERSON|alias]]. I studied English literature at [[Ain Shams University|SCHOOL]], graduated [[twenty twenty|DATE|date_words]].

AI: Thanks, [[Youssef|PERSON]]. What does a shift look like, and where does AI come in?

User: So the shift is from four P.M. to one A.M., because of the [[UK|COUNTRY]] time. AI is, um, everywhere now. There is the agent assist, it listens to the call and it shows me suggestions on the screen, what to say, the knowledge article. Then after the call it makes the summary automatically in [[Salesforce|SOFTWARE]], before I had to type it. And the QA, the quality, is also AI now, the system is called [[Observe.AI|AI_PRODUCT]], it scores every call, empathy, script, everything. My [[team leader|JOB_TITLE]], [[Mariam Hosny|PERSON]], she gets a dashboard with all our scores.

AI: How does it feel to have every call scored that way?

User: Honestly, um, stressful. Like, one customer, Mrs [[Hollingsworth|PERSON]] from [[Leicester|CITY]], she was very old, she was crying because the internet was off and her, uh, her husband passed, and she wanted to cancel his account. I took twenty-five minutes, I was kind, and the AI gave me sixty-one percent because I did not offer the retention offer and the "average handle time" was high. [[Mariam|PERSON]] defended me, she listened to the call, she changed it. But not every [[team leader|GENERIC_ROLE]] listens.

AI: You said not every [[team leader|GENERIC_ROLE]] listens. Are there other worries?

User: Yes, uh, the accent software. There is a pilot, it changes our accent to sound British, in real time. My friend [[Ahmed Samir|PERSON]] in the other wave said [[the customers|GENERIC_ROLE]] now think they talk to someone in [[Manchester|CITY]]. I feel it is a bit, um, a bit like hiding us. And we hear that the company wants to replace the first level with a bot, maybe [[next year|GENERIC_TIME]]. Also [[the customers|GENERIC_ROLE]], they talk about [[Mohamed Salah|PUBLIC_FIGURE]] when they hear I am Egyptian, ha, and they ask about [[Liverpool|ORGANIZATION|place_or_org]], that is the best part of the job.

AI: Is there anything else you'd like to share about your work or your life outside it?

User: Um, just, I live with [[my parents|GENERIC_ROLE]] in [[Haram|CITY]], I take two microbuses to work. In [[Ramadan|GENERIC_TIME|holiday]] the shift is very hard, because iftar is during the calls. My staff ID is [[EG-44718|NATIONAL_ID]], if you need to check I'm a real agent, and my national ID is, uh, [[two nine eight zero seven two three zero one zero two nine five three|NATIONAL_ID|number_words]]. Oh, sorry, maybe that's too much. My email is [[youssef.abdelrahman98 at yahoo dot com|OBF_EMAIL|partly_spelled]].""")

# 12. Ukraine - remote QA engineer for a US fintech, Lviv (from Kharkiv) - typed chat
T.append("""AI: Hi, thanks for agreeing to this interview. Could you tell me a bit about your work?

User: hi! im [[Olena Marchenko|PERSON]], friends call me [[Lena|PERSON|nickname]]. im a [[QA automation engineer|JOB_TITLE]], working remotely through [[SoftServe|ORGANIZATION]] for an american fintech client, [[Kestrel Pay|ORGANIZATION]]. originally im from [[Kharkiv|CITY]], studied at [[KhNURE|SCHOOL|abbreviation]], but since [[spring 2022|DATE]] we live in [[Lviv|CITY]]. before the war i was in the office, now fully remote, which is the only way to keep working honestly

AI: Thanks, [[Lena|PERSON]]. How do you use AI in your QA work?

User: a lot actually. we write e2e tests in [[Playwright|SOFTWARE]] and [[Copilot|AI_PRODUCT]] writes maybe half of the boilerplate. for test cases i give [[ChatGPT|AI_PRODUCT]] the user story from [[Jira|SOFTWARE]] and ask for edge cases, it finds maybe 70% of what i would, sometimes something i missed, like currency rounding for [[Japan|COUNTRY]] yen. [[my PM|GENERIC_ROLE]] on the client side, [[Travis Oduya|PERSON]], loves it, he thinks QA is now 2x faster. its not, the review takes time

AI: Could you share an example where AI helped or hurt the quality of your work?

User: hurt: [[last sprint|GENERIC_TIME]] [[ChatGPT|AI_PRODUCT]] generated test data with real looking card numbers and one of them passed validation in staging, [[Travis|PERSON]] freaked out that it was a real card lol. it wasnt but we had a security review. helped: during blackouts in [[winter|GENERIC_TIME]], i had only 2-3 hours of power and starlink, so i used AI to draft bug reports on my phone and then fixed them when the light came back. honestly that saved my performance review

AI: How is life around the work going?

User: its ok, complicated. my husband [[Andriy|PERSON]] is serving, near [[Zaporizhzhia|CITY]], so im alone with our son [[Maksym|PERSON]], he is [[10|AGE]] and does online school half of the time. air raid alerts come during standups, the americans are used to it now, i just say "sorry, alert" and go to the corridor. im registered as FOP (individual entrepreneur) for taxes, the tax number is [[3245817096|NATIONAL_ID|id_like_phone]], everything through [[Diia|SOFTWARE]]. [[my mom|GENERIC_ROLE]] is in [[Poland|COUNTRY]] with my sister [[Iryna|PERSON]]

AI: What would you want from AI tools, looking forward?

User: less hype. our client management listens to [[Sam Altman|PUBLIC_FIGURE]] and thinks testers will disappear. but somebody must decide what "correct" means, thats a human thing. also i would like AI to not need internet, for us thats real. if you want to talk more, [[telegram|SOFTWARE]] [[@olena_qa|SOCIAL_HANDLE]]. slava [[Ukraini|COUNTRY|non_english]]!""")

# 13. Poland - content moderator at a trust-and-safety outsourcer, Warsaw - speech-to-text
T.append("""AI: Hello, and thank you for taking part. Could you tell me what you do for work?

User: Yes, hello. So, um, my name is [[Katarzyna Wójcik|PERSON]], everybody says [[Kasia|PERSON|nickname]]. I am a [[content moderator|JOB_TITLE]], for the Ukrainian and Polish language queue, at a company in [[Warsaw|CITY]] called [[Vistula Trust & Safety|ORGANIZATION]]. I cannot say which platform, we have the NDA, but, um, you can guess, it's the blue one, ha. I am [[thirty-three|AGE|number_words]], I studied Ukrainian philology at the [[University of Warsaw|SCHOOL]], so that's why the queue.

AI: Thanks, [[Kasia|PERSON]]. How does AI figure into moderation work today?

User: Oh, it's, um, the AI does the first pass. So the classifier looks at everything and we only see what it is not sure about, or what users report. It sounds good, but it means we see only the worst, or the most confusing. Like war videos from [[Ukraine|COUNTRY]], is it news or is it glorifying violence? The machine cannot decide, so it comes to me. For the translation we have [[DeepL|AI_PRODUCT]] built into the tool, and my colleague [[Oksana|PERSON]], she is from [[Kyiv|CITY]], she says it is bad with the slang, so we always check.

AI: What is a typical shift like?

User: Eight hours, um, with the wellness breaks, but the handle time target is, like, forty seconds per item. Our [[team lead|JOB_TITLE]] is [[Tomasz|PERSON]], [[Tomek|PERSON|nickname]], he is okay, he fights for us with the client. We talk on [[Teams|SOFTWARE|product_common_word]]. Every [[Monday|GENERIC_TIME]] there is the calibration meeting, where we compare decisions with the AI labels. Sometimes the AI is right and we are wrong, sometimes the opposite, and the client only counts when we disagree with the policy team in [[Dublin|CITY]].

AI: Has the work affected you personally?

User: Yes, um, honestly. After one year I had sleep problems. The company gives us sessions with pani [[Ewa|PERSON]], she is the [[psychologist|JOB_TITLE]], it helps a bit. My partner, [[Paweł|PERSON]], he says I am different. I live with him in [[Praga-Północ|CITY]], and [[my mother|GENERIC_ROLE]] in [[Lublin|CITY]] thinks I do, um, "computer work", I never told her what I see. And when [[Mark Zuckerberg|PUBLIC_FIGURE]] says AI will do all moderation, I think, okay, please, take it, but then who checks the AI?

AI: What would you want from the people who design these systems?

User: Um, that they ask us. We see where it fails [[every day|GENERIC_TIME]]. And that they don't use our decisions to train the replacement without telling us, because that is, I think, what happens now. If you want to contact me, uh, it is [[kasia kropka wojcik małpa wp kropka pl|OBF_EMAIL|non_english_words]], the transcript maybe writes [[Kasha|PERSON|misheard_name]], but it's [[Kasia|PERSON]]. For the study payment they wanted my PESEL, it's [[nine one zero three one two, zero four five eight three|NATIONAL_ID|number_words]], and my badge is [[VTS-0917|NATIONAL_ID]].""")

# 14. Colombia - Twitch streamer and small creator, Medellín - typed chat
T.append("""AI: Hi! Thanks for joining us. Could you tell me about your work?

User: holaa :) im [[Valentina Restrepo|PERSON]], [[24|AGE]], i stream on [[twitch|SOFTWARE]] as [[valepixel|SOCIAL_HANDLE|handle_no_at]], mostly cozy games and just chatting, in spanish and a bit english. im from [[Medellín|CITY]], [[Laureles|CITY]] neighborhood. i studied design at [[EAFIT|SCHOOL|abbreviation]] but now streaming + editing for other creators is my full job. i have like 9k followers, affiliate not partner yet

AI: Thanks, [[Vale|PERSON|nickname]]... or should I say [[Valentina|PERSON]]? Where does AI come in for you?

User: [[vale|PERSON|lowercase_name]] is fine jaja. ok so [[ElevenLabs|AI_PRODUCT]] for the tts voice that reads the donations, people pay to make it say funny stuff. [[Opus Clip|AI_PRODUCT]] to cut the stream into tiktoks automatically, it finds the "viral moments" lol, like 60% are trash but saves me hours. [[Nightbot|SOFTWARE]] for the chat and [[ChatGPT|AI_PRODUCT]] for the sponsorship emails in english because my english writing is meh. [[OBS|SOFTWARE]] obviously

AI: You mentioned sponsorships. Could you tell me about one?

User: yes! my first real sponsor is a local energy drink [[Vatio Energy|ORGANIZATION]], the marketing guy is [[Julián Ospina|PERSON]], super nice. i used [[chatgpt|AI_PRODUCT]] to make the media kit and the contract reply, and i almost signed something that gave them rights to my face forever lmao, my friend [[Santi|PERSON]] who is one of my mods read it and said NO. hes studying law at [[UdeA|SCHOOL|abbreviation]]. another mod is [[el_parcero99|SOCIAL_HANDLE|handle_no_at]], i dont even know his real name after 2 years haha

AI: Are there things that worry you about AI in streaming?

User: deepfakes 100%. [[last year|GENERIC_TIME]] someone made a fake clip with my face using AI and posted it on a forum, and in the same thread somebody wrote my neighborhood and the name of my building, [[Edificio Los Almendros|ADDRESS]], [[Carrera 76 #34-21|ADDRESS]]. i had to move back with [[my mom|GENERIC_ROLE]], doña [[Gloria|PERSON]], for 3 months. i reported to the police and they gave me a case number NUNC [[050016000206202318734|NATIONAL_ID|case_number]] and nothing happened. [[twitch|SOFTWARE]] support was faster honestly. so now i never show my window on stream

AI: That sounds frightening. How do you handle your privacy now, and what would you like to see change?

User: i have a separate phone for business, [[+57 314 825 6071|PHONE_NUMBER]], and a business email [[contacto.valepixel@gmail.com|EMAIL_ADDRESS]]. for brands they ask the RUT and cedula for invoices, i give them by email only, cedula is [[1.036.654.321|NATIONAL_ID|id_like_phone]]... ok i just typed it here lol. change: platforms should detect AI fakes of real streamers faster, [[Ibai|PUBLIC_FIGURE]] can complain and they act in 1 hour, small girls like me wait weeks. also i love [[Karol G|PUBLIC_FIGURE]] and even she had AI fakes so imagine. ok gracias!! i stream [[every friday|GENERIC_TIME]] night if u want to pass by""")

# 15. Argentina - remote UX designer for a US health startup, Córdoba - speech-to-text
T.append("""AI: Hi, thank you for being part of this. Could you tell me a little about your job?

User: Sure, sure. Hi. So I'm [[Martín Sosa|PERSON]], I'm a [[product designer|JOB_TITLE]], UX mostly, and I work remote for a startup in [[Austin|CITY]] called [[Lumacare Health|ORGANIZATION]], they do, um, an app for people with diabetes. I live in [[Córdoba|CITY]], in [[Nueva Córdoba|CITY]], close to the university, I studied at the [[Universidad Nacional de Córdoba|SCHOOL]], but originally I'm from [[Río Cuarto|CITY]]. I'm [[35|AGE]], I've been doing remote since, eh, [[twenty nineteen|DATE|date_words]].

AI: Thanks, [[Martín|PERSON]]. How do you use AI tools in your design work?

User: A lot, but less than the hype, you know? In [[Figma|SOFTWARE]] there are the AI features, to rename layers, to make placeholder content, that's nice. For research, we do interviews with patients, and the recordings go to [[Dovetail|SOFTWARE]] and it makes the, eh, the themes, the tags, automatically. And [[ChatGPT|AI_PRODUCT]] I use for the UX writing drafts and, honestly, to write in English the [[Slack|SOFTWARE]] messages to [[my boss|GENERIC_ROLE]] when I'm angry, so they sound polite, ha. [[My boss|GENERIC_ROLE]] is [[Rachel Kim|PERSON]], she is the [[head of design|JOB_TITLE]], very good person.

AI: You mentioned patient interviews go into an AI tool. Can you say more about that?

User: Yes, this is the part that I think about. [[The patients|GENERIC_ROLE]] say very personal things, like, um, one lady, let's say [[Doris|PERSON]], she is, I think, [[seventy-two|AGE|number_words]], she told us about her insulin, her daughter, where she lives. All of that goes into the tool, and the AI makes a summary. We are supposed to remove names before, but when you have twelve interviews in a week, nobody does it perfect. I told [[Rachel|PERSON]] and now we have a checklist, but still.

AI: How does being paid from abroad work for you?

User: Ah, this is the [[Argentina|COUNTRY]] story, ha. I am monotributista, so I invoice with my CUIT, [[twenty, thirty-four five six seven eight nine zero, three|NATIONAL_ID|number_words]], and they pay in dollars to [[Payoneer|SOFTWARE]], and some months in USDT, crypto, because of the, eh, the exchange rate. In [[diciembre del veintitrés|DATE|non_english_date]] the peso lost half, [[my wife|GENERIC_ROLE]] [[Flor|PERSON|nickname]] and I, we, eh, we bought dollars the day before, lucky. She is [[psicóloga|JOB_TITLE|non_english]], she works at the [[Hospital Privado|ORGANIZATION]]. With [[Milei|PUBLIC_FIGURE]] now, who knows.

AI: What worries you about AI in your field?

User: That the junior designers don't have a place to learn. My friend [[Nico Ferreyra|PERSON]], he was [[UX writer|JOB_TITLE]] at [[Mercado Libre|ORGANIZATION]], they cut his team because of AI writing. And for me, maybe in two years the startup says, okay, one designer with AI in [[Argentina|COUNTRY]] is cheap, but zero designers is cheaper, ha. But, eh, [[the patients|GENERIC_ROLE]], they need someone to listen. If you want my portfolio, it's [[martinsosa.design|URL]], or email [[martin sosa ux arroba gmail punto com|OBF_EMAIL|non_english_words]]. Ciao.""")

# 16. South Africa - call-centre agent on a UK insurance account, Cape Town - typed chat
T.append("""AI: Hello, thank you for joining. To start, can you tell me about your job?

User: hi. my name is [[Thandeka Mokoena|PERSON]] but call me [[Thandi|PERSON|nickname]]. im [[27|AGE]], i work at [[Merchants|ORGANIZATION|org_common_word]] in [[Century City|CITY]] as a [[claims advisor|JOB_TITLE]] on a [[UK|COUNTRY]] insurance account, [[Hastings Direct|ORGANIZATION]]. i got in through [[Harambee|ORGANIZATION]], the youth jobs programme, after matric at [[Luhlaza High School|SCHOOL]]. i stay in [[Khayelitsha|CITY]] so its 2 taxis [[every day|GENERIC_TIME]]

AI: Thanks, [[Thandi|PERSON]]. Where does AI show up in your day?

User: everywhere now. the system ([[Genesys|SOFTWARE]]) transcribes the call live and gives me prompts on the side, like "offer courtesy car" or "customer sounds upset". after the call AI writes the notes, i just check. for emails we got [[Copilot|AI_PRODUCT]] [[last month|GENERIC_TIME]], its nice for long complaint replies. the bad side is AI also listens for "compliance" and flags you if you dont say the exact script words. [[my supervisor|GENERIC_ROLE]] gets a report [[every day|GENERIC_TIME]]

AI: Can you give an example of a call where the AI helped or got in the way?

User: helped: a man from [[Bristol|CITY]] had an accident and was confused, the live prompts showed me the right policy section straight away, before i would put him on hold. got in the way: the AI flagged me for "rapport building" when i was chatting to a [[granny|GENERIC_ROLE]] from [[Hastings|CITY|place_also_org]] about her dog. my [[team leader|JOB_TITLE]] [[Ruan van der Merwe|PERSON]] said ignore it but it still went in my scorecard. [[the customers|GENERIC_ROLE]] actually like that we are friendly, thats why they put the account in [[South Africa|COUNTRY]] hey, our accent is "neutral" lol

AI: What is life like outside work?

User: i have a son [[Lwazi|PERSON]], hes [[four|AGE|number_words]], [[my mom|GENERIC_ROLE]] watches him while im on shift. loadshedding was bad [[last year|GENERIC_TIME]], the office has generators but at home no, so when [[Eskom|ORGANIZATION]] cuts i cant even charge my phone for the alarm. for the job they have everything, my ID [[9705180642081|NATIONAL_ID]], bank details, even my employee number [[MCH-118204|NATIONAL_ID]] is printed on the lanyard. i want to study part time at [[UNISA|SCHOOL|abbreviation]], HR management

AI: Looking ahead, how do you feel about AI and your job?

User: scared a bit. they say chatbots will take the simple calls. but [[Cyril Ramaphosa|PUBLIC_FIGURE]] always says BPO is the future for youth jobs, so idk. if there is a study follow up my number is [[072 551 3094|PHONE_NUMBER|local_format]] or [[thandim at icloud dot com|OBF_EMAIL|spelled_at_dot]]""")

# 17. Ghana - transcription reviewer and online maths tutor, Kumasi - speech-to-text
T.append("""AI: Good morning, and thank you for joining. Could you start by telling me about your work?

User: Good morning. Yes. My name is [[Kwame Asante|PERSON]], I'm in [[Kumasi|CITY]], [[Ayeduase|CITY]], close to [[KNUST|SCHOOL|abbreviation]] where I did my first degree. I do two things. In the night I do transcription review for [[Rev|ORGANIZATION|org_common_word]], the American company, and in the afternoon I teach maths online to senior high students preparing for [[WAEC|ORGANIZATION]].

AI: Thanks, [[Kwame|PERSON]]. How has AI changed the transcription work?

User: Ah, a lot. Before, we typed everything from the audio. Now the AI makes the transcript and we only correct. The pay per minute went down, small small, because they say the work is easier. But with Ghanaian accents or Nigerian accents the AI makes many mistakes, so it is not easier for those files. I also use [[ChatGPT|AI_PRODUCT]] to make maths questions for [[the students|GENERIC_ROLE]], but I check every answer because one time it told my student [[Precious|PERSON|name_common_word]] that the answer was nine when it was twelve, and she argued with me, ha.

AI: How do you run the tutoring side?

User: It is on [[WhatsApp|SOFTWARE]] and [[Google Meet|SOFTWARE]]. I have about fifteen students. [[The parents|GENERIC_ROLE]] pay by MoMo, my number is [[zero two four, four six six, one nine zero three|OBF_PHONE|number_words]]. My friend [[Yaw|PERSON]] helps on [[Saturdays|GENERIC_TIME]] when I have too many. We are trying to register it as a small business, [[Asante Maths Academy|ORGANIZATION|org_looks_like_person]], for that I need my [[Ghana|COUNTRY]] Card number, [[GHA-712345678-3|NATIONAL_ID]], and the Registrar General, eh, the process is slow.

AI: What worries you, or excites you, about AI in this work?

User: Excites me, [[the students|GENERIC_ROLE]] in the villages can ask questions [[at night|GENERIC_TIME]], even when I'm sleeping. Worry, that transcription will finish completely, it is almost finished. And that [[the students|GENERIC_ROLE]] copy. In [[Ghana|COUNTRY]] we have good teachers, but AI will not know our syllabus well. That's all, thank you.""")

# 18. Morocco - AI trainer writing French and Darija responses on Outlier, Casablanca - typed chat
T.append("""AI: Hello, thank you for being here. Could you tell me what you do for work?

User: bonjour! im [[Yasmine El Idrissi|PERSON]], [[29|AGE]], from [[Fès|CITY]] but living in [[Casablanca|CITY]], [[Maârif|CITY]]. i work as [[AI trainer|JOB_TITLE]] on [[Outlier|ORGANIZATION|org_common_word]], i write and rate chatbot answers in french and darija. before that i was 4 years at [[Majorel|ORGANIZATION]] call center on a french telecom account, so i know how to talk to angry people lol. i studied french literature at [[Université Hassan II|SCHOOL|school_named_after_person]]

AI: Thanks, [[Yasmine|PERSON]]. What does the AI training work involve day to day?

User: you get a prompt, like "explique comment renouveler une CIN", and two answers from the model, you say which is better and why, then you rewrite the best one perfectly. for darija its funny because the models mix it with egyptian or with MSA. we dont know which company is the client but sometimes the answers say "i am [[Claude|AI_PRODUCT|product_named_like_person]]" or it looks like [[Mistral|AI_PRODUCT|product_common_word]] style, they have [[Le Chat|AI_PRODUCT|product_common_word]] which is so funny in french. my worker id is [[OTL-9f3a27c1|NATIONAL_ID]] and the reviewer who checks me is only a code, [[Reviewer_4471|SOCIAL_HANDLE|handle_no_at]], i never know who he is

AI: How are you paid, and how does the platform manage you?

User: pay is per hour but they track everything, if you are idle 5 min you lose it. payment goes to [[PayPal|SOFTWARE]] then i transfer to [[CIH Bank|ORGANIZATION]], its complicated in [[Morocco|COUNTRY]] to receive [[paypal|SOFTWARE]], my brother [[Anas|PERSON]] in [[Montreal|CITY]] helped me the first time with his account. the scary thing is projects end without warning. in [[ramadan|GENERIC_TIME|lowercase]] my main project stopped in one night, 200 people in the [[Discord|SOFTWARE]] lost work same day. the [[project manager|GENERIC_ROLE]] just posted "thank you for your contributions"

AI: Could you describe a specific task that stayed with you?

User: yes one prompt asked the model about a medical thing, a woman describing symptoms of her mother. the model answer was dangerous, it said some herbs instead of going to hospital. i wrote a long explanation and rewrote it to say go to the urgences, [[CHU Ibn Rochd|ORGANIZATION|org_named_after_person]] for example. i felt useful that day. other days its "write a poem about [[Achraf Hakimi|PUBLIC_FIGURE]] as a cat" 50 times haha

AI: Who is around you while you work, and who do you talk to about it?

User: i live with [[my mom|GENERIC_ROLE]], hajja [[Fatima|PERSON]], and my little sister [[Salma|PERSON]] who is [[seventeen|AGE|number_words]] and wants to do the same job already lol. my friend [[kenza|PERSON|lowercase_name]] also works on [[outlier|ORGANIZATION|lowercase_org_common_word]], we sit together in a café near [[Boulevard Zerktouni|ADDRESS|street_only]] when the internet at home is slow. in the [[discord|SOFTWARE]] i am [[yas.darija|SOCIAL_HANDLE|handle_no_at]]

AI: What are your hopes and worries looking ahead?

User: worry: its not a job, its a tap that opens and closes. no contract, no CNSS, nothing. hope: that darija becomes a real language for AI, not only french and english, and that they hire people from [[Africa|CONTINENT]] with real contracts. if you need me for more research: [[yasmine.elidrissi.fr@gmail.com|EMAIL_ADDRESS]] or [[whatsapp|SOFTWARE]] [[zero six six un, vingt-trois, quarante-cinq, soixante-dix-huit|OBF_PHONE|non_english_words]]. my CIN is [[BE847321|NATIONAL_ID]] if you need for payment. merci!""")

# 19. Turkey - e-commerce virtual assistant for German and Turkish sellers, İzmir - speech-to-text
T.append("""AI: Hello, and thank you for joining. Could you tell me about your work?

User: Hello, yes, merhaba. So I am [[Elif Yıldız|PERSON]], I am [[thirty-four|AGE|number_words]], I live in [[İzmir|CITY]], in [[Karşıyaka|CITY]]. I am an [[e-commerce assistant|JOB_TITLE]], freelance, I manage online stores for sellers. Mostly on [[Trendyol|ORGANIZATION]] and on [[Amazon|ORGANIZATION]] [[Germany|COUNTRY]], because I studied German language teaching at [[Dokuz Eylül University|SCHOOL|school_looks_like_date]], so I speak German well. My clients call me "[[Elif|PERSON]] Hanım", ha, it's polite, like Mrs.

AI: Thanks, [[Elif|PERSON]]. Could you describe your main clients and what AI does in that work?

User: Yes. The biggest is a German company, [[Nordwind Home GmbH|ORGANIZATION]], they sell kitchen textiles, the owner is Herr [[Schäfer|PERSON]], [[Dieter Schäfer|PERSON]]. I do the listings in German and English, and I use [[ChatGPT|AI_PRODUCT]] to write the first version, then [[DeepL|AI_PRODUCT]] to check, then I fix myself. For the photos, [[Photoroom|AI_PRODUCT]], it removes the background, makes the, um, the lifestyle pictures. And for keywords [[Helium 10|SOFTWARE]]. Before AI one listing was maybe two hours, now forty minutes.

AI: Has anything gone wrong with AI-generated listings?

User: Yes, one time, um, [[ChatGPT|AI_PRODUCT]] wrote that a tablecloth was "flame resistant", it was not, and [[Amazon|ORGANIZATION]] blocked the listing after a customer complaint. Herr [[Schäfer|PERSON]] was very angry, he said, "[[Elif|PERSON]], we can be sued." Since then I check every claim. Also the Turkish client, a small olive oil brand from [[Ayvalık|CITY]], [[Zeytin Dalı|ORGANIZATION|org_common_word]], the owner [[Mehmet|PERSON]] Bey... sorry, [[Mehmet Karaca|PERSON]], he wanted AI photos of olive trees, and people in the comments said "this is fake", it was bad for them.

AI: What does your home and working life look like?

User: I work from home, my address is, uh, [[Atatürk Caddesi No: 112 Daire 4|ADDRESS|public_figure_in_address]], [[Karşıyaka|CITY]], clients send samples there. [[My husband|GENERIC_ROLE]] [[Burak|PERSON]] is [[quality engineer|JOB_TITLE]] at [[Ford Otosan|ORGANIZATION]], and my daughter [[Deniz|PERSON|name_common_word]] is [[five|AGE|number_words]]. In [[February twenty twenty-three|DATE|date_words]], the earthquake, my aunt's family in [[Antakya|CITY]] lost their house, so for three months they lived with us, and I could not work much. The German clients were very kind, actually.

AI: I'm sorry to hear that. What do you want from AI tools in the future?

User: Thank you. Um, I want the tools to know the laws, like, product safety, marketplace rules, so they don't make these claims. And I worry that small sellers will do everything themselves with AI and not need me. [[Trendyol|ORGANIZATION]] now has its own AI for listings. For invoices I need my tax number, it's the TC number, [[38412570926|NATIONAL_ID|id_like_phone]], and my phone is [[beş yüz otuz iki, dört yüz on sekiz, yirmi yedi, doksan bir|OBF_PHONE|non_english_words]], and email [[elif.yildiz.eticaret@gmail.com|EMAIL_ADDRESS]]. The transcript will write my name maybe [[Eleaf|PERSON|misheard_name]], ha, it's [[Elif|PERSON]].""")

# 20. Romania - freelance translator and MT post-editor, Cluj-Napoca - typed chat
T.append("""AI: Hi, thank you for taking part. Could you tell me about your work?

User: hi, sure. im [[Ioana Pop|PERSON|surname_common_word]], freelance [[medical translator|JOB_TITLE]] EN/DE into romanian, based in [[Cluj-Napoca|CITY]]. i have my own PFA since [[2016|DATE]], registration [[F12/2214/2016|NATIONAL_ID|id_contains_year]]. i studied at [[UBB|SCHOOL|abbreviation]], faculty of letters, then a masters in specialised translation. most of my work comes from agencies, [[Lingua Nova SRL|ORGANIZATION]] in [[Bucharest|CITY]] and [[TransPerfect|ORGANIZATION]], plus direct clients from [[proz|ORGANIZATION|lowercase]]

AI: Thanks, [[Ioana|PERSON]]. How has AI changed translation for you?

User: completely. 5 years ago i translated from zero in [[Trados|SOFTWARE]]. now 70% of jobs are "MTPE", machine translation post-editing, the agency runs [[DeepL|AI_PRODUCT]] or their own engine and pays me 40-50% of the rate to fix it. my PM at [[lingua nova|ORGANIZATION|lowercase]], [[Sorin Dumitrescu|PERSON]], says its the market, he doesnt like it either. for terminology i use [[ChatGPT|AI_PRODUCT]] sometimes, and [[memoQ|SOFTWARE]] for one client that wants it

AI: Can you share a case where the machine translation caused trouble?

User: yes, medical is dangerous. a discharge letter for a patient going from [[Germany|COUNTRY]] to [[Spitalul Clinic Județean Cluj|ORGANIZATION]], the MT translated "nüchtern" as "sober" instead of "fasting" (on empty stomach). small word, but if the patient eats before surgery... i caught it. the files have full patient data, name, date of birth, everything, and the agency still sends them through the MT engine. i asked [[Sorin|PERSON]] if thats GDPR ok and he said [[the client|GENERIC_ROLE]] signed. ok

AI: What does your working setup look like outside the computer?

User: i work from home or from a coworking on [[Strada Memorandumului 21|ADDRESS]], [[Cluj|CITY]]. my partner [[Vlad|PERSON|name_also_public_figure]] is [[backend developer|JOB_TITLE]] at [[Endava|ORGANIZATION]], he laughs that i correct robots all day. my cat mitzi sits on the keyboard. for payments i invoice with [[SmartBill|SOFTWARE]], clients need my CNP sometimes for the contracts, [[2871103125784|NATIONAL_ID]], which i hate sending by email. we go to [[my parents|GENERIC_ROLE]] in [[Bistrița|CITY]] [[every second weekend|GENERIC_TIME]]

AI: Looking ahead, what concerns or hopes do you have?

User: concerns: rates go down every year, young translators dont enter the profession. i did EU institutional texts before, [[Ursula von der Leyen|PUBLIC_FIGURE]] speeches etc., now the EU does most with [[eTranslation|AI_PRODUCT]]. hope: medical and legal will always need a human who signs. im thinking of becoming sworn translator at the ministry, authorisation nr would be my new ID lol. contact: [[ioana.pop.translations@gmail.com|EMAIL_ADDRESS]], [[0740 123 987|PHONE_NUMBER|local_format]], profile [[proz.com/translator/3318840|URL]]""")

# 21. Venezuela - data labeller on Remotasks, Maracaibo - speech-to-text
T.append("""AI: Hello, thanks for joining us today. Can you start by telling me about your work?

User: Hello, yes, buenas tardes. My name is [[José Gregorio Fernández|PERSON]], like the saint, [[José Gregorio Hernández|PUBLIC_FIGURE|public_figure_like_participant]], [[my mother|GENERIC_ROLE]] is very religious, ha. I'm [[forty-one|AGE|number_words]], I live in [[Maracaibo|CITY]], sector [[La Limpia|CITY]]. I am, eh, [[petroleum engineer|JOB_TITLE]] by profession, I studied at [[LUZ|SCHOOL|abbreviation_common_word]], the [[Universidad del Zulia|SCHOOL]], and I worked for [[PDVSA|ORGANIZATION]] in [[Cabimas|CITY]] until [[twenty fourteen|DATE|date_words]]. Now I do data labelling online, on [[Remotasks|ORGANIZATION]], and other platforms when there is work.

AI: Thanks, [[José|PERSON]]. What kind of labelling work do you do?

User: At the beginning it was images, cars, traffic signs, like, eh, drawing the polygons. Now it's more text, for the chatbots, to compare answers, to write the, how they call it, the "reasoning". They prefer engineers for the maths and physics tasks, so that helps me. The company behind is [[Scale AI|ORGANIZATION]], everybody knows. We have a [[Discord|SOFTWARE]] for the project and the [[team lead|JOB_TITLE]] there is [[Dani_QA|SOCIAL_HANDLE|handle_no_at]], I don't know her real name, I think she is in [[Kenya|COUNTRY]] or the [[Philippines|COUNTRY]].

AI: How reliable is the work and the pay?

User: Eh, not reliable. In [[Venezuela|COUNTRY]] the platform closed the access at some moment, they said, eh, "compliance", so many people here lost the account from one day to the other. I had to, eh, I had help from my brother [[Luis|PERSON]], he lives in [[Bogotá|CITY]]. Pay comes to [[Airtm|SOFTWARE]], then I sell the dollars, or [[Binance|SOFTWARE]]. And when the luz goes, the electricity, in [[Maracaibo|CITY]] is very common, four, five hours, I lose the task and the timer continues. So I bought a small inverter, two hundred dollars, very expensive here.

AI: You mentioned the power cuts in [[Maracaibo|CITY]]. How do you manage around them?

User: I have a schedule, eh, I work [[at night|GENERIC_TIME]] because there is less cuts, from ten to four in the morning. [[My wife|GENERIC_ROLE]], [[Yusmary|PERSON]], she is a [[teacher|JOB_TITLE]] in a public school, [[Unidad Educativa Rafael Urdaneta|SCHOOL|school_named_after_person]], she earns like twenty dollars a month, so the labelling is the main income. My son [[José Andrés|PERSON]], he is [[fifteen|AGE|number_words]], he also wants to do it, but the platforms say eighteen. And la señora [[Carmen|PERSON]], [[my mother|GENERIC_ROLE]], she lives with us.

AI: Do you use AI tools yourself, outside the labelling?

User: Yes, [[ChatGPT|AI_PRODUCT]] for checking my English, and sometimes, eh, to check my maths in the tasks, but that is not allowed, if they catch you they ban. A friend, [[Ramón|PERSON]], he was banned for that, he pasted the answer of the AI into the task, and the AI detector found it. It's funny, no? We train the AI, but we cannot use the AI.

AI: Is there anything else you want to add?

User: Only that, eh, we are many engineers in [[South America|CONTINENT]] doing this, and it is good money for here but no stability. The account is with my email, [[jg.fernandez.mcbo@gmail.com|EMAIL_ADDRESS]], my cédula is [[V-18.456.321|NATIONAL_ID]], and my phone [[0414-6123387|PHONE_NUMBER|local_format]], if you need. And I don't talk about politics, [[Maduro|PUBLIC_FIGURE]] and all that, ha, better not.""")

# 22. Sri Lanka - remote bookkeeper for Australian accounting firms, Kandy - typed chat
T.append("""AI: Hello, thanks for joining this study. Could you tell me about your work?

User: hi, good evening. i am [[Dilani Perera|PERSON]], [[32|AGE]], i work as a [[remote bookkeeper|JOB_TITLE]] for small accounting firms in [[Australia|COUNTRY]], through [[Upwork|ORGANIZATION]] and now mostly direct. i live in [[Peradeniya|CITY]], close to [[Kandy|CITY]]. studied commerce at [[University of Peradeniya|SCHOOL]] and doing [[CIMA|ORGANIZATION|abbreviation]] slowly, 2 papers left. before this i was [[accounts assistant|JOB_TITLE]] at [[Hayleys|ORGANIZATION]] in [[Colombo|CITY]] but the travel was too much

AI: Thanks, [[Dilani|PERSON]]. What does your work involve, and where does AI come in?

User: i do bank reconciliations, BAS preparation, payroll for the clients of the firm. main firm is [[McAllister & Co Accountants|ORGANIZATION|org_looks_like_person]] in [[Brisbane|CITY]], the partner is [[Fiona McAllister|PERSON]], she is very organised. software is [[Xero|SOFTWARE]], and [[Dext|SOFTWARE]] reads the receipts with AI, and now [[Xero|SOFTWARE]] has [[JAX|AI_PRODUCT|product_named_like_person]], the AI assistant, it suggests the account codes. i also use [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] for formulas and [[ChatGPT|AI_PRODUCT]] to draft emails to [[Fiona|PERSON]]'s clients when they dont send documents on time

AI: Could you tell me about a time when the AI got something wrong?

User: yes, [[dext|SOFTWARE]] read a receipt from a cafe client, owner is [[Marco Bellini|PERSON]] in [[Fortitude Valley|CITY]], and it coded a $4,800 espresso machine as "meals and entertainment" lol. [[JAX|AI_PRODUCT]] agreed with it. if i didnt check, the GST claim would be wrong and [[Marco|PERSON]] would get trouble with the [[ATO|ORGANIZATION|abbreviation]]. i also had to enter his ABN manually because the AI mixed it with the phone number on the invoice, [[51 824 753 556|NATIONAL_ID|id_like_phone]] vs his mobile [[0412 883 615|PHONE_NUMBER|local_format]], they look the same format almost

AI: How does the time difference and your life at home fit around this?

User: [[brisbane|CITY|lowercase]] is 4.5 hours ahead so i start at 5 in the morning. i work from home, [[No. 47/2, Galaha Road|ADDRESS]], [[Peradeniya|CITY]], the [[Dialog|ORGANIZATION|org_common_word]] fibre is good now. in the [[2022|DATE]] crisis we had 10 hour power cuts and fuel queues, i almost lost [[Fiona|PERSON]] because i missed deadlines. [[my husband|GENERIC_ROLE]] [[Chaminda|PERSON]] drives a three wheeler with [[PickMe|ORGANIZATION|org_looks_like_phrase]], and my daughter [[Senuri|PERSON]] is [[six|AGE|number_words]], goes to [[Mahamaya Girls' College|SCHOOL]] primary. [[my mother in law|GENERIC_ROLE]] looks after her in the mornings. [[every Poya day|GENERIC_TIME|holiday]] we go to the temple, thats my only day off haha

AI: What worries or hopes do you have about AI in bookkeeping?

User: worry is honest: AI will do most data entry in 2-3 years, and Australian firms will not need someone in [[Sri Lanka|COUNTRY]] for that. hope: i move up to advisory, cashflow forecasts, things clients need a person for. [[Fiona|PERSON]] says she will keep me, but she also said her son [[Callum|PERSON]] is studying accounting at [[QUT|SCHOOL|abbreviation]] lol. for contracts they take my NIC [[199256701234|NATIONAL_ID|id_like_phone]] (old one was [[925670123V|NATIONAL_ID]]). contact [[dilani (dot) perera (at) yahoo (dot) com|OBF_EMAIL|spelled_at_dot]] or [[zero seven seven - three five six - two eight four one|OBF_PHONE|number_words]]. also please say hi to [[Sanath Jayasuriya|PUBLIC_FIGURE]] if u meet him haha [[my father|GENERIC_ROLE]] loves him""")

# 23. Nepal - remote WordPress developer for UK agencies, Pokhara - speech-to-text
T.append("""AI: Namaste, and thank you for joining. Could you tell me about yourself and your work?

User: Namaste, thank you. So, um, my name is [[Sujan Gurung|PERSON]], I'm a [[WordPress developer|JOB_TITLE]], I work remotely for, uh, mostly [[UK|COUNTRY]] agencies. I'm in [[Pokhara|CITY]], near [[Lakeside|CITY|place_common_word]], you know, the tourist area. I'm [[twenty-nine|AGE|number_words]], born in, uh, [[two thousand fifty-two Saun|DATE|non_gregorian]], in Bikram Sambat, so, um, [[nineteen ninety-five|DATE|date_words]]. I studied computer engineering at [[Pokhara University|SCHOOL]].

AI: Thanks, [[Sujan|PERSON]]. Who are your main clients and what does a day look like?

User: Main client is [[Bramble & Oak Digital|ORGANIZATION]], they are in [[Bristol|CITY]], small agency, they make websites for, um, cafés, dentists, yoga studios. The [[account manager|JOB_TITLE]] is [[Hannah Pryce|PERSON]], she sends me the tickets in [[Asana|SOFTWARE]], and the designer is [[Tom|PERSON]], or [[Thom|PERSON|spelling_variant]], I always forget, ha. I start at one P.M. and work until, uh, ten, eleven [[at night|GENERIC_TIME]], because of the [[UK|COUNTRY]] time. [[Elementor|SOFTWARE]], [[WooCommerce|SOFTWARE]], custom themes. I use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] a lot for PHP, for the, uh, the hooks and the custom blocks.

AI: Could you share a specific example where AI changed how you worked?

User: Yes, um, there was a café site, the client was [[Crumb & Kettle|ORGANIZATION]], and they wanted a booking plugin, something special. Before, I would take maybe three days. With [[Claude|AI_PRODUCT]] I made it in one day, and [[Hannah|PERSON]] was very happy. But then, um, after two weeks there was a security problem, the AI code did not sanitise one input, and someone put spam. The owner, [[Gemma Hollis|PERSON]], she called [[Hannah|PERSON]] angry. So now I, uh, I ask the AI to review its own code, and I use [[Wordfence|SOFTWARE]], and I check myself. I learned.

AI: How does payment and paperwork work for you in [[Nepal|COUNTRY]]?

User: Ah, this is the hard part. [[Payoneer|SOFTWARE]] works, [[PayPal|SOFTWARE]] does not work in [[Nepal|COUNTRY]]. So [[Payoneer|SOFTWARE]] to [[Nabil Bank|ORGANIZATION]], then [[eSewa|SOFTWARE]] for daily things. For the bank and the tax they need my citizenship number, it's, um, [[twenty-seven, zero one, seventy-five, zero one two three four|NATIONAL_ID|id_like_date]], and my PAN. The transcript will maybe write it like a date, ha. [[My brother|GENERIC_ROLE]] [[Pemba|PERSON]] works in [[Doha|CITY]], in [[Qatar|COUNTRY]], construction, and he says, "you are lucky, you sit in the room and get dollars."

AI: What about your family and life outside work?

User: [[My father|GENERIC_ROLE]] was in the [[British Army|ORGANIZATION]], Gurkha, he was posted in [[Hong Kong|CITY]] before I was born, so, um, the [[UK|COUNTRY]] connection is in the family, ha. Now he has a small guesthouse, [[Machhapuchhre View Guest House|ORGANIZATION]], at, uh, [[Street 17, Baidam|ADDRESS]], [[Lakeside|CITY]]. In [[Dashain|GENERIC_TIME|holiday]] I take two weeks off, the agency knows. My girlfriend [[Asmita|PERSON]], she is a [[nurse|JOB_TITLE]] at [[Manipal Teaching Hospital|ORGANIZATION]], she says AI should do my work so I can do more dishes, ha.

AI: Finally, is there anything you worry about, or anything else you want to add?

User: Worry, yes, that the agencies will use AI website builders and not need developers. But clients always want something special, so, um, I hope. And if you need to contact, my email is [[sujan gurung dev at proton dot me|OBF_EMAIL|spelled_at_dot]], all together, and my website is [[sujangurung.com.np|URL]]. Thank you, dhanyabad.""")

# 24. Chile - bicycle delivery rider on PedidosYa and Uber Eats, Santiago - speech-to-text
T.append("""AI: Hi, thanks for joining. Can you tell me about your work?

User: Hola, yes, um, hi. I'm [[Cristóbal Muñoz|PERSON]], [[twenty-three|AGE|number_words]], I do deliveries on bicycle, electric bicycle now, for [[PedidosYa|ORGANIZATION]] and [[Uber Eats|ORGANIZATION]], in [[Santiago|CITY]], mostly [[Providencia|CITY]] and [[Ñuñoa|CITY]]. I studied, eh, one year of programming at [[Duoc UC|SCHOOL]], but I stopped, no money, and the delivery pays more at the moment, weird but true.

AI: Thanks, [[Cristóbal|PERSON]]. How does AI show up in your delivery work?

User: The app is all algorithm. It decides the orders, the pay per order, if you are "top rider" or not. Nobody explains. With my friend, he's also called [[Santiago|PERSON|place_also_person]], ha, like the city, he's Venezuelan, we try to understand the algorithm, like, at what time to connect. He uses [[ChatGPT|AI_PRODUCT]] to analyse his screenshots of the earnings, he made a spreadsheet, and he found that [[on rainy days|GENERIC_TIME]] the bonus is less than before. And I use [[Google Maps|SOFTWARE]] and, uh, [[Strava|SOFTWARE]] just for fun, to see the kilometres.

AI: Can you tell me about a specific incident that stuck with you?

User: Yes, the accident. On, eh, [[the third of May|DATE|date_words]], a car opened the door in [[Avenida Irarrázaval|ADDRESS|street_only]] and I fell. Broken wrist. I went to the [[Hospital del Trabajador|ORGANIZATION]], but they said the platform insurance was not clear, so I paid part. The app, the chatbot, it only said, "we are sorry, your safety is important", like five times, no human. [[My girlfriend|GENERIC_ROLE]], [[Fernanda|PERSON]], [[Feña|PERSON|nickname]], she wrote the complaint with [[ChatGPT|AI_PRODUCT]], very formal, citing the new law for platform workers, and then they paid, after one month. The case number they gave is [[PY-CL-2024-0571983|NATIONAL_ID|case_number]], I have it saved.

AI: You mentioned [[Fernanda|PERSON]] helped you. Who else supports you in this work?

User: The riders' group, on [[WhatsApp|SOFTWARE]], we are like two hundred, many Venezuelans, Colombians, Haitians. There is one, we call him el [[Profe|PERSON|nickname]], because he was a [[history teacher|JOB_TITLE]] in [[Barquisimeto|CITY]], he translates the rules for the Haitian guys with AI, to Creole. And [[my mom|GENERIC_ROLE]], [[Patricia|PERSON]], she lives in [[Puente Alto|CITY]], she always says, "[[Cristóbal|PERSON]], find a real job." [[Boric|PUBLIC_FIGURE]] made the law, but for us, eh, in the street, it's the same.

AI: What would make this work better, from your point of view?

User: That the algorithm is transparent, you know, tell me why I got less money. And real people in support. To get paid they have my RUT, [[diecinueve millones, cuatrocientos doce mil, ochocientos treinta, guion k|NATIONAL_ID|non_english_words]], that's the, eh, the tax number, and the account in [[BancoEstado|ORGANIZATION]], the CuentaRUT. If you need me, my number is [[nueve, seis uno ocho dos, cuatro cuatro cero siete|OBF_PHONE|non_english_words]], or [[Instagram|SOFTWARE]] [[@cris.pedalea|SOCIAL_HANDLE]]. Chao, thanks.""")

# 25. Jamaica - BPO agent on a US medical billing account and part-time VA, Montego Bay - typed chat
T.append("""AI: Hi there, thank you for taking part. Could you tell me about your work?

User: hi!! yes so im [[Shanique Campbell|PERSON]], everybody call me [[Nique|PERSON|nickname]]. im [[26|AGE]], i work at [[Sutherland|ORGANIZATION|org_looks_like_person]] in [[Montego Bay|CITY]], [[Freeport|CITY|place_common_word]] side, on a [[US|COUNTRY]] medical billing account. im a [[patient billing specialist|JOB_TITLE]], i call patients about balances and insurance. i live in [[Granville|CITY]] with [[my grandmother|GENERIC_ROLE]] and my son. [[on weekends|GENERIC_TIME]] i do VA work on [[Fiverr|ORGANIZATION]] for a dentist in [[Orlando|CITY]]

AI: Thanks, [[Nique|PERSON]]. How do AI tools come into your BPO job?

User: the dialer is AI, it decides who we call and when. then theres a bot that listens and gives a score after every call, "empathy", "compliance", and if you dont say the HIPAA verification line word for word you get zero. we verify with date of birth and last 4 of SSN. so [[every day|GENERIC_TIME]] i hear like 80 birthdays lol. [[my supervisor|GENERIC_ROLE]] is [[Will|PERSON|name_common_word]], [[Will Bennett|PERSON]], he will tell you himself the bot is stupid sometimes but he cant change it. we use [[Salesforce|SOFTWARE]] and the AI summary writes the notes after

AI: Could you describe a call where the AI helped or got in the way?

User: got in the way: an old man, Mr [[Delgado|PERSON]] from [[Tampa|CITY]], he was confused about a bill from his knee surgery, the bot kept flashing "offer payment plan" but he just needed somebody to explain. i stayed 22 min, score went down. his account number was MRN [[00482931|NATIONAL_ID|patient_number]], i still remember because he read it to me like 5 times lol. helped: the AI translation for spanish patients, it gives me lines in spanish live, before i had to transfer and they wait 20 min

AI: Tell me about the VA work with the dentist. How do you use AI there?

User: Dr [[Alana Whitfield|PERSON]] of [[Whitfield Family Dental|ORGANIZATION|org_looks_like_person]], i do her [[instagram|SOFTWARE]] and [[google|SOFTWARE|lowercase]] reviews replies and appointment reminders. i use [[ChatGPT|AI_PRODUCT]] for the captions and [[Canva|SOFTWARE]]. she pays me on [[Fiverr|ORGANIZATION]] so i keep it clean, no outside payment. i also help Pastor [[Brown|PERSON|surname_common_word]] with the church flyers for free, he think AI is the devil haha but he like the flyers. my friend [[Patience|PERSON|name_common_word]] from work does the same thing for a real estate lady in [[Atlanta|CITY]]

AI: How do you feel about AI and the future of your work?

User: honestly the call centre work could go, they already testing AI voice bots on the simple calls. [[Jamaica|COUNTRY]] BPO is big, if that goes lots of young people in [[MoBay|CITY|nickname]] suffer. i want to do medical coding cert at [[HEART/NSTA Trust|SCHOOL]] to move up. my son [[Jaden|PERSON]] is [[six|AGE|number_words]] and already talking to [[Siri|AI_PRODUCT|product_named_like_person]] more than me lol. and [[Usain Bolt|PUBLIC_FIGURE]] did some AI ad [[last year|GENERIC_TIME]] and [[my granny|GENERIC_ROLE]] thought it was really him haha

AI: Thank you so much. Is there anything else you'd like to add?

User: just my contact if you do more studies: [[shanique.campbell876@gmail.com|EMAIL_ADDRESS]], or [[876 four three two - 99 one 7|OBF_PHONE|mixed_digits_words]]. my TRN for any payment is [[118-452-903|NATIONAL_ID|id_like_phone]]. blessings!""")

write_set(T, "set_cd")
