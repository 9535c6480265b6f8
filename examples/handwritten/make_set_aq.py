import sys
from markup import write_set, build
T = []

# 1 — long-haul truck driver, Monterrey area, Mexico
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and the work you do?

User: Sure. My name is [[Rogelio Garza|PERSON]], I'm [[44|AGE]], and I've been a [[long-haul truck driver|JOB_TITLE]] since [[2009|DATE]]. Right now I drive for [[Transportes Halcón del Norte|ORGANIZATION]] out of [[Apodaca|CITY]], just next to [[Monterrey|CITY]]. Mostly I do the run up to [[Nuevo Laredo|CITY]] and back, sometimes [[Saltillo|CITY]] for the auto parts plants. A lot of the loads cross into the [[United States|COUNTRY]], so there is a lot of paperwork, and that is where the AI stuff came in for me.

AI: How did you first start using AI tools in that work?

User: Honestly it was my daughter, [[Ximena|PERSON]]. She studies industrial engineering at [[Universidad Autónoma de Nuevo León|SCHOOL]], and one weekend she saw me fighting with an email from a [[customs broker|GENERIC_ROLE]] in [[Laredo|CITY]], all in English, very formal, and she said, papá, just put it in [[ChatGPT|AI_PRODUCT]]. So she installed it on my phone. Now I use it maybe three, four times a week. I paste the message from the [[broker|GENERIC_ROLE]], I ask it to explain in Spanish what they want, and then I tell it what I want to answer and it writes it in English. My English for talking is okay, but for writing, no.

AI: Are there other tools in the cab, or at the yard, that use AI?

User: The trucks have [[Samsara|SOFTWARE]], the cameras and the GPS, and the company says it has AI that watches if you are tired or on the phone. It beeps if you eat a taco while driving, ha. One time in [[April 2021|DATE]] it flagged me for distraction because I was scratching my ear, and [[Maricela Ibarra|PERSON]], she is the [[night dispatcher|JOB_TITLE]], she had to call me and ask if I was okay. She knows me fifteen years, she laughed. But the report still went to the [[safety manager|GENERIC_ROLE]] and I had to sign a form. So that AI, I don't love it. It does not know the difference between a man scratching his ear and a man texting his girlfriend. With [[ChatGPT|AI_PRODUCT]] it's different, I am in charge, you understand? I decide what goes in and what comes out. With the camera, the company decides. I also use [[WhatsApp|SOFTWARE]] with my [[co-driver|JOB_TITLE]], [[Chuy|PERSON]], his real name is [[Jesús Villarreal|PERSON]] but nobody calls him that. When we do team runs to [[Dallas|CITY]], he sleeps and I drive, then we change. He uses [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] to check the hours-of-service rules, because the American rules are different from the Mexican ones and the fines are very expensive. Sometimes the answer is wrong, though. Once it told him something about the thirty-minute break that was not true, and a state trooper near [[San Antonio|CITY]] almost wrote us a ticket.

AI: What kind of information do you put into these tools? Do you ever share details about loads or about yourself?

User: I try to be careful, but sometimes I put too much. Like, the [[broker|GENERIC_ROLE]] asks for my licence and plates, so I copy everything: my federal licence, [[LFC-0394417-B|NATIONAL_ID|licence_number]], the tractor plate [[72-AK-9G|NATIONAL_ID|vehicle_plate]], and I ask [[ChatGPT|AI_PRODUCT]] to make a nice table. Later my daughter told me, papá, don't put your licence there. So now I write "XXX" and fill it in myself. For the customs forms I still use [[Excel|SOFTWARE]], the old way, because my [[boss|GENERIC_ROLE]], Don [[Ernesto|PERSON]], only trusts [[Excel|SOFTWARE]].

AI: Has using these tools changed how you feel about your job, or your future in it?

User: A little. I am not worried that a robot will drive my truck tomorrow. I heard [[Elon Musk|PUBLIC_FIGURE]] say that many years ago and still I am driving. But the paperwork side, yes, that is changing fast. The younger drivers, like [[Brayan|PERSON]] who started in [[January 2024|DATE]], he does everything with voice on his phone. My wife [[Leticia|PERSON]] says I should take a course, maybe become a [[dispatcher|GENERIC_ROLE]] before my back gives up. I am thinking about it. Maybe in two years, when [[Ximena|PERSON]] finishes her degree.

AI: Is there anything you would want the people who design these tools to understand about drivers like you, [[Rogelio|PERSON]]?

User: That we are not stupid, just tired. Give us something simple, in Spanish, that works with one hand and no signal, because between [[Sabinas Hidalgo|CITY]] and the border there is nothing, no signal at all. And if the researchers want to send me the summary of this study, they can write me at [[rgarza punto halcon arroba gmail punto com|OBF_EMAIL|spanish_arroba_punto]]. I check it on [[Sundays|GENERIC_TIME]] when I am home.""")

# 2 — warehouse picker, Coventry, UK
T.append("""AI: Hi, thanks for joining. Could you start by telling me what you do and where?

User: Yeah, of course. I'm [[Daniela Popescu|PERSON]], I'm [[31|AGE]], and I'm a [[picker|JOB_TITLE]] at [[Brightway Fulfilment|ORGANIZATION]], the big shed off the M6 near [[Ansty|CITY]], just outside [[Coventry|CITY]]. I've been there since [[March 2019|DATE]]. Before that I was cleaning hotels in [[Birmingham|CITY]]. I came over from [[Romania|COUNTRY]] in [[2016|DATE]], from [[Iași|CITY]].

AI: What does a normal shift look like for you?

User: Ten hours, four days. I'm on nights, so I start at six in the evening. You log in with your badge, mine is [[BF-220871|NATIONAL_ID|badge_number]], and the handheld gives you your first pick. Everything is on the scanner. The system is called [[Manhattan|SOFTWARE]], and on top of it there's this new thing that the company says is AI, it decides the order of the picks and your route through the aisles. Our target rose twice last year. Nobody asked us.

AI: How do you and your colleagues feel about that system deciding the route?

User: Mixed. [[Rose|PERSON]], she's my [[shift lead|GENERIC_ROLE]], she actually likes it, because before, people were fighting over the easy aisles. Now it's fair, the machine gives everybody the same mix. But [[Kowalczyk|PERSON]], the guy on the reach truck, he says it sends you zig-zag for no reason and you walk like fifteen kilometres a night. He put a step counter on and showed the [[manager|GENERIC_ROLE]]. The [[manager|GENERIC_ROLE]] said the algorithm is optimised for the whole building, not for one person. Which, okay, maybe true, but my feet are one person.

AI: Do you use any AI tools yourself, outside of the scanner?

User: Yes, [[Gemini|AI_PRODUCT]] on my phone, mostly. My English is fine for talking but when I have to write something official I get nervous. Like in [[November 2023|DATE]] I had a problem with my holiday, they said I didn't book it, but I did, through the app. So I wrote everything to [[Gemini|AI_PRODUCT]] in Romanian and asked it to make a polite but strong email to [[HR|GENERIC_ROLE]]. It worked, they fixed it. My friend [[Big Sam|PERSON]] from the goods-in team, he uses [[ChatGPT|AI_PRODUCT]] to check his payslips, he screenshots them and asks if the night premium is right. I wouldn't. There's my National Insurance number on it and my address. I'm not putting [[4 Ferndale Close|ADDRESS]], [[CV7 9JU|ADDRESS]] into some American server, sorry. [[Sam|PERSON]] says I'm paranoid. Maybe. My husband [[Marius|PERSON]] works in IT, sort of, he fixes tills for a supermarket chain, and he told me to blur things first. So if I use it for work stuff I cut out names. Like I'd write "my [[shift lead|GENERIC_ROLE]]" not [[Rose|PERSON]].

AI: Have you noticed AI changing anything about how the warehouse is managed?

User: The cameras, yes. They put new ones by the pack stations in [[January|GENERIC_TIME]], and there's a screen in the canteen with "productivity insights". It shows teams, not names, but everyone knows which team is which. And the agency workers, the ones from [[StaffLink|ORGANIZATION]], they are the most scared, because if the number is low they just don't get called back on [[Monday|GENERIC_TIME]]. I was agency for my first year, so I remember that feeling.

AI: What would make these tools better for people in your role, [[Daniela|PERSON]]?

User: Let us see our own data. If the computer knows I picked nine hundred units, show me, don't just show the [[supervisor|GENERIC_ROLE]]. And let us say "this route was stupid" in the app. And from [[October|GENERIC_TIME]] to [[Christmas|GENERIC_TIME]] all of this gets worse. The targets go up, the AI gives even more zig-zag, and my son [[Luca|PERSON]], he's [[seven|AGE]], he says I come home and talk like a robot. "Next pick, next pick." So yeah, that's it. And for the study, if you need to ask me more, my number is [[oh-seven-seven-double-oh, four-one-two, nine-nine-six|OBF_PHONE|spoken_british_digits]], text first because I sleep in the day.""")

# 3 — CNC machinist, Łódź, Poland
T.append("""AI: Good morning, and thank you for taking part. Could you introduce yourself and your job?

User: Good morning. I am [[Wojciech Nowicki|PERSON]], everybody calls me [[Wojtek|PERSON]]. I am [[fifty-two|AGE]] years old and I am a [[CNC machinist|JOB_TITLE]], five-axis mostly, at [[Metalplast Bałuty|ORGANIZATION]] in [[Łódź|CITY]]. I started there as a young man in [[1993|DATE]], when it was still half state factory, half chaos. We make precision parts, housings, brackets, a lot for [[Bosch|ORGANIZATION]] and for a Swedish [[client|GENERIC_ROLE]] in the truck business.

AI: How has AI come into your work, if at all?

User: Slowly, then suddenly, as they say. For programming we use [[Fusion 360|SOFTWARE]] for the CAM, and last year they added some automatic toolpath functions that the [[salesman|GENERIC_ROLE]] called "AI-driven". Honestly, it's a good start, but I still check every line. Then in [[May 2023|DATE]] my son [[Bartek|PERSON]], who studies mechatronics at [[Politechnika Łódzka|SCHOOL]], showed me [[Copilot|AI_PRODUCT]]. I asked it to explain a G-code macro that some engineer wrote many years ago and nobody understood anymore. It explained it very well. That was the moment I thought, okay, this is not just a toy.

AI: Can you describe a recent situation where you used [[Copilot|AI_PRODUCT]] on the shop floor?

User: Two weeks ago. We had a titanium part with a thin wall, and it was vibrating, chatter, you know. [[Wiesław|PERSON]], who runs the machine next to mine, he's been here even longer than me, he said reduce the speed, like always. I asked [[Copilot|AI_PRODUCT]] for ideas on the phone during the break, and it suggested changing the step-over and the tool engagement angle, which is more modern thinking. We tried both. [[Wiesław|PERSON]]'s idea was half right, [[Copilot|AI_PRODUCT]]'s idea was half right, and together it worked. He was not happy to share the credit, ha.

AI: How do younger and older workers at the plant approach these tools differently?

User: The young ones, like our [[apprentice|JOB_TITLE]] [[Kuba|PERSON]], he is [[nineteen|AGE]], they ask the phone first and the person second. I ask the person first. Both are a little wrong. The phone does not know our machines, the old lathe with the strange spindle and the [[Sinumerik|SOFTWARE]] controller that has its own moods. But the people, we sometimes repeat what we did in the nineties because it worked in the nineties. Our [[quality engineer|JOB_TITLE]], Pani [[Grażyna Sobczak|PERSON]], she says we need both: the experience and the fresh eyes. She is very wise. She also forbids us to upload customer drawings into any chatbot, and she is right about that. The contract with [[Bosch|ORGANIZATION]] says drawings are confidential. So the rule is: you can describe the problem in general words, "thin wall titanium, diameter so and so", but no drawing numbers, no logos, no screenshots. The [[production manager|GENERIC_ROLE]] sent an email in [[September 2023|DATE]] after somebody on the second shift uploaded a full PDF to [[ChatGPT|AI_PRODUCT]]. I will not say who. Everybody knows who.

AI: Has any of this changed how you see your own future at the plant?

User: I have eight years until pension, more or less, if the government does not change the rules again. I am not afraid the AI takes my job. I am more afraid nobody will be there to take my job when I leave. Young Poles go to [[Germany|COUNTRY]] or to the [[Netherlands|COUNTRY]] or into offices. So if the AI helps [[Kuba|PERSON]] learn faster, good, I am for it. I even wrote a small guide for him, my tricks, and [[Copilot|AI_PRODUCT]] helped me make it look nice.

AI: Would you be willing to share that guide with the research team?

User: Maybe, without the company name. You can write to me at [[wojtek kropka nowicki małpa o2 kropka pl|OBF_EMAIL|polish_malpa_kropka]], I check it in the evening. Małpa means monkey, that's how we say the at sign in Polish, ha. Please don't put it online with my name. And one more thing: the machine does not care if you are a robot or a man, it cares if the offsets are right. And the football tonight, [[Lewandowski|PUBLIC_FIGURE]] better score, or I will be in a bad mood at work tomorrow. My employee number is on the consent form, [[MB-04417|NATIONAL_ID|employee_number]], if you need it for the voucher.""")

# 4 — site foreman, Dubai, UAE
T.append("""AI: Thank you for joining us. Could you tell me about your role and where you work?

User: Yes, no problem. I am [[Suresh Pillai|PERSON]], [[39|AGE]] years, from [[Thrissur|CITY]] in [[Kerala|CITY]]. I am working as [[site foreman|JOB_TITLE]] for [[Gulf Crest Contracting|ORGANIZATION]] here in [[Dubai|CITY]]. Right now we are doing a residential tower in [[Business Bay|CITY]], forty-two floors, we are on level twenty-eight. I came to the [[UAE|COUNTRY]] in [[2011|DATE]] as a helper only, and step by step I came up.

AI: What does a typical day on site look like for you?

User: Bus from the camp in [[Al Quoz|CITY]] at 4.30 in the morning. Toolbox talk at six. I have around ninety men under me, Indian, Nepali, Pakistani, Bangladeshi, some Egyptians. Many languages. That is where I started using AI, actually. The safety talk must be understood by everybody, not just the ones who speak English. So I write my points in English, I give to [[ChatGPT|AI_PRODUCT]], and I ask it to make Hindi, Urdu and Nepali versions. Then I ask my [[steel fixer|JOB_TITLE]] [[Bikash|PERSON]] to read the Nepali one and tell me if it is correct. Mostly it is, [[Bikash|PERSON]] says eighty percent okay. Sometimes the words are too formal, like newspaper Nepali, and the boys laugh. [[Thapa|PERSON]], the older one, he said once it sounded like the King is speaking. So now [[Bikash|PERSON]] fixes it and reads it himself. Better than me reading Nepali, I can tell you. For Urdu, [[Imran|PERSON]], our [[crane operator|JOB_TITLE]], he checks. He is very strict, he corrects the spelling with a pen.

AI: Are there AI tools the company itself has brought onto the site?

User: The company uses [[Procore|SOFTWARE]] for drawings, RFIs, daily reports. Last year they added some AI feature that reads the photos and finds safety problems, like no harness, no helmet. The [[project manager|GENERIC_ROLE]], Mr. [[Haddad|PERSON]], he loves it. He sits in the office and gets a notification, "possible missing harness level 24", and then he calls me. Sometimes it is true. Sometimes it is a bag of cement that looks like a man. In [[July 2023|DATE]], the hottest week, it gave something like forty alerts in one afternoon and all of them were shadows.

AI: How do the workers feel about being monitored that way?

User: Honestly, they don't like cameras, but they like not dying. Safety is serious here. In summer, [[June|GENERIC_TIME]] to [[September|GENERIC_TIME]], there is the midday break rule, no outside work from 12.30 to 3. The AI system also watches that. I think it helps. What I worry is the men think the camera is watching to cut their salary. I tell them no, no, it's for safety. But I don't fully know what the company does with the photos, to be honest.

AI: Do you ever share personal details with these tools?

User: One mistake I made. When my visa was renewing, I asked [[ChatGPT|AI_PRODUCT]] to fill a letter, and I typed my Emirates ID, [[784-1985-4471203-6|NATIONAL_ID|emirates_id]], full number. Later my cousin [[Anil|PERSON]] told me this is not good, anybody can see. I don't know if that's true but I don't do it now. I just write "my ID number" and add it later with pen. Also, before, the engineers used to say, site people don't know English, site people only know shouting. Now my reports are very clean, very professional, because I make the draft in [[Copilot|AI_PRODUCT]] on the office laptop. The [[site engineer|JOB_TITLE]] [[Farah|PERSON]] asked me last month, [[Suresh|PERSON]], did you do a course? I said yes, [[Copilot|AI_PRODUCT]] university, ha. She laughed. But also it's true that I understand more now, I learned the words from reading the outputs.

AI: Is there anything you'd want to add, or any way we can follow up?

User: If you want to talk again you can [[WhatsApp|SOFTWARE]] me, [[+971 5 0 4 4 1 8 2 7 3 6|OBF_PHONE|spaced_digits]], but only after 6 in the evening, because on site the phone is in the locker. And please tell the people making these tools, the construction workers are also users, not only office people. My son [[Arjun|PERSON]] back home is [[twelve|AGE]], he wants to be an engineer. Maybe he will design the next AI for sites, who knows.""")

# 5 — hotel front office, Cape Town, South Africa
T.append("""AI: Hello, thank you for joining. Could you tell me a bit about your job?

User: Hi! So I'm [[Nomvula Dlamini|PERSON]], I'm [[27|AGE]], and I'm a [[front office agent|JOB_TITLE]] at the [[Atlantic Crest Hotel|ORGANIZATION]] in [[Sea Point|CITY]], [[Cape Town|CITY]]. It's a four-star, about 180 rooms, lots of international guests, especially in [[December|GENERIC_TIME]] and [[January|GENERIC_TIME]]. I started in [[February 2022|DATE]], straight after my diploma in hospitality management at [[Cape Peninsula University of Technology|SCHOOL]].

AI: Where does AI show up in your day-to-day work?

User: In a few places. Our system is [[Opera|SOFTWARE]], that's the property management system, and head office switched on some forecasting thing that suggests room rates. That's more for revenue, not me. For me it's mostly emails and reviews. I use [[ChatGPT|AI_PRODUCT]] on my phone and [[Copilot|AI_PRODUCT]] on the front desk computer, because that one the company pays for. Guests write long complaints, sometimes in German or French, and I have to reply nicely. For example, last month a guest, Mr. [[Henderson|PERSON]] from [[Leeds|CITY]], wrote a one-star review because the pool was closed for maintenance. My [[duty manager|GENERIC_ROLE]] asked me to draft the response. I put the review into [[Copilot|AI_PRODUCT]] and asked it to apologise but explain that it was scheduled and we sent a notice. The first version was so over the top, like "we are devastated", ha. I toned it down. I always change it. My [[colleague|GENERIC_ROLE]] [[Precious|PERSON]] says I should let the AI do it, but it doesn't sound like us.

AI: How do your colleagues use these tools differently?

User: [[Lucky Mahlangu|PERSON]], he's the [[night manager|JOB_TITLE]], he's been in hotels forever and he doesn't trust any of it. He prints things. Like actually prints them. But even [[Lucky|PERSON]] asked me in [[August|GENERIC_TIME]] to help him write a reference letter for a [[porter|JOB_TITLE]], [[Sipho|PERSON]], who was leaving for a cruise ship job, so I did it with [[ChatGPT|AI_PRODUCT]] and he was like, eish, that's actually good. And then our [[concierge|JOB_TITLE]] [[Yusuf Adams|PERSON]] uses it for restaurant recommendations and tour descriptions. Which is funny because [[Yusuf|PERSON]] knows the city better than any AI, he grew up in [[Bo-Kaap|CITY]].

AI: What about guest information? How do you handle privacy when you use these tools?

User: This is something I worry about. We had training in [[2023|DATE]] about POPIA, the privacy law. The rule is no passport numbers, no card details, no full names in external tools. But when you're busy, with a queue at check-in and the phone ringing, people cut corners. I once saw someone paste a whole booking, with the guest's passport number, into [[ChatGPT|AI_PRODUCT]] to translate it. I reported it to the [[front office manager|GENERIC_ROLE]]. I didn't say who.

AI: Has AI affected how you think about your career?

User: Yes. I want to go into revenue management eventually, and that's all data and forecasting now, so I'm learning [[Excel|SOFTWARE]] properly, pivot tables and all of that. My mom in [[Mthatha|CITY]] thinks AI will take all the hotel jobs, she saw some robot hotel on the news. I told her, Mama, nobody wants a robot to say sorry about the pool. People want a person. When [[Siya Kolisi|PUBLIC_FIGURE]] stayed with us once, before my time, the staff still talk about how he greeted everyone at the desk. No AI will ever give you that kind of story. But the back office, yes, that will change.

AI: What would make these tools more useful to you, [[Nomvula|PERSON]]?

User: If they understood South African English, and isiXhosa, properly. And if the hotel just had one approved tool instead of us using whatever. My staff number is [[AC-3391|NATIONAL_ID|staff_number]] if the research team needs to confirm I work there. And for follow-up, my personal email is [[nomvula[dot]d[at]gmail[dot]com|OBF_EMAIL|bracket_at_dot]], not the work one please.""")

# 6 — call-centre agent, Pune, India
T.append("""AI: Thanks for joining today. Could you introduce yourself and tell me what your job involves?

User: Hi, yes. I'm [[Kavya Raghunathan|PERSON]], [[26|AGE]] years old, and I work as a [[customer support associate|JOB_TITLE]] at [[Meridian CX Services|ORGANIZATION]] in [[Hinjewadi|CITY]], [[Pune|CITY]]. Basically it's a BPO. I'm on the inbound voice process for a British broadband company, so I take calls from customers in the [[UK|COUNTRY]] about slow internet, billing, router not working, all that. I joined in [[July 2022|DATE]], right after my B.Com from [[Savitribai Phule Pune University|SCHOOL]]. Originally I'm from [[Nashik|CITY]].

AI: Where does AI come into those calls?

User: Everywhere now, honestly. We use [[Genesys|SOFTWARE]] for the calls and [[Salesforce|SOFTWARE]] for the case notes, and since last year there's an AI assist panel on the side of the screen. It listens to the call live and suggests what to say, shows the knowledge article, and after the call it writes the summary automatically. Before, the after-call work was like forty seconds, now it's ten. Our [[team leader|GENERIC_ROLE]] [[Rohan|PERSON]] is very happy about the handle time. The suggestions are half useful, half annoying. When it's a simple billing question, perfect, it pops up the right policy. But when the customer is emotional, it still says things like "I understand your frustration" in the same robotic way. One lady, [[Margaret|PERSON]], from somewhere near [[Swindon|CITY]], she had been without internet for nine days and her husband was on oxygen at home, and the panel kept suggesting I offer a two-pound credit. I ignored it and escalated properly. Later our [[quality analyst|JOB_TITLE]], Ms. [[Fernandes|PERSON]], marked me down for not following the recommended script, but then [[Rohan|PERSON]] overrode it after listening to the call. So it depends on the humans around the AI, actually.

AI: There's been some discussion about AI that changes agents' accents in real time. Has that reached your floor?

User: They did a pilot in [[March 2024|DATE]] on another process, not mine. The software makes your Indian accent sound more American or British. My friend [[Sunny|PERSON]], he was in that pilot, he said customers were nicer to him, and he felt strange about it, like they were being nice to someone else. He's from [[Ludhiana|CITY]], very proud Punjabi, and suddenly he sounds like some guy from [[Ohio|CITY]]. He joked that even [[Shah Rukh Khan|PUBLIC_FIGURE]] couldn't act that well. But I think if they bring it to my process I will try it. If customers shout less, honestly I'll take it.

AI: Do you use any AI tools on your own, outside what the company provides?

User: [[ChatGPT|AI_PRODUCT]] on my phone, for preparing for interviews, because I want to move into a training role. And sometimes to understand British slang, ha, like when someone said "the router's gone tits up" I had no idea. On the floor personal phones are not allowed, they go in lockers, so it's only at home. The company is strict because of customer data. Every login is tracked with our agent ID, mine is [[AGT-55872|NATIONAL_ID|agent_id]], and if you copy anything out of [[Salesforce|SOFTWARE]] it gets flagged. And the pace is faster, definitely. Because the summary is automatic, they took those seconds and gave us more calls. So the AI saved time, but the time didn't come to us, it went to the company. My roommate [[Divya|PERSON]], she works at a different BPO in [[Kharadi|CITY]], same story. Night shifts are the hardest, we work [[UK|COUNTRY]] hours, so I sleep from ten in the morning. My mother calls at lunch and I'm asleep, she still doesn't understand.

AI: Would you like to be kept informed about the study?

User: Yes, please. You can message me on [[Instagram|SOFTWARE]], I'm [[@kavya.speaks|SOCIAL_HANDLE]], I post about interview tips for BPO jobs. Or [[WhatsApp|SOFTWARE]] on [[＋９１ ９８２３４ ５６７１０|OBF_PHONE|fullwidth_digits]]. I typed it like that from my phone keyboard, sorry, it's the same number.

AI: Thank you, [[Kavya|PERSON]]. Is there anything else you want to say about AI in call centres?

User: Only that people think the AI is replacing us, but right now it's more like it's sitting on our shoulder watching. Maybe in five years it will replace the easy calls. Then the ones left for us will be only the angry ones, ha. So [[Sunny|PERSON]] says we should all become trainers. Maybe he's right.""")

# 7 — dispatch coordinator, Lagos, Nigeria
T.append("""AI: Good afternoon, and thank you for joining. Could you tell me about your work?

User: Good afternoon. My name is [[Adaeze Nwosu|PERSON]], I'm [[34|AGE]], and I'm a [[dispatch coordinator|JOB_TITLE]] with [[Swiftdrop Logistics|ORGANIZATION]]. We do last-mile delivery with motorbikes and a few vans, mostly for online shops and pharmacies. Our hub is in [[Yaba|CITY]], [[Lagos|CITY]], and I manage about forty riders spread across [[Ikeja|CITY]], [[Surulere|CITY]], [[Lekki|CITY]] and sometimes as far as [[Ikorodu|CITY]]. I've been there since [[October 2020|DATE]], after I finished at [[University of Lagos|SCHOOL]] and did my service year.

AI: How do you use AI tools in dispatching?

User: The routing is the big one. We have a system built by a small startup, and it uses [[Google Maps|SOFTWARE]] traffic data with some AI on top to decide which rider gets which order. In theory it's beautiful. In practice, [[Lagos|CITY]] traffic laughs at theory. The system will tell [[Sunday Okafor|PERSON]] to go from [[Yaba|CITY]] to [[Lekki|CITY]] in thirty-five minutes on a [[Friday|GENERIC_TIME]] evening, and [[Sunday|PERSON]] will call me and say, madam, has this computer ever driven in this city on a [[Friday|GENERIC_TIME]]? So I override a lot. I override maybe one in five assignments. Especially when it rains. The AI doesn't know which roads flood in [[Surulere|CITY]] or which estates don't allow bikes after 7. My riders know. [[Blessing|PERSON]], one of our few female riders, she has a mental map that's better than any software. I actually started writing down her shortcuts in a [[Google Sheets|SOFTWARE]] file so that the new riders can learn them. Then I asked [[ChatGPT|AI_PRODUCT]] to turn the notes into a simple guide with bullet points, in English and Pidgin. The Pidgin version was funny, not exactly how we talk, but [[Blessing|PERSON]] corrected it.

AI: Are there things you'd never put into [[ChatGPT|AI_PRODUCT]]?

User: Customers' addresses and phone numbers, never. Our [[operations manager|GENERIC_ROLE]], Mr. [[Adeyemi|PERSON]], he was very clear on that. But rider details, I'll confess, I have done it. When one bike was impounded by task force in [[June 2023|DATE]], I asked [[ChatGPT|AI_PRODUCT]] how to write a petition letter, and I put the plate number, [[KJA 482 XY|NATIONAL_ID|vehicle_plate]], and the rider's name inside. It was [[Sunday|PERSON]] again, poor guy. Later I thought, hmm, maybe that was too much information.

AI: Has AI changed how riders are paid or assessed?

User: Yes, and this is where I have mixed feelings. The app gives each rider a score: on-time rate, customer rating, cancellations. Management uses it for bonuses. But the score doesn't know that a rider was late because the customer in [[Ajah|CITY]] gave the wrong gate. [[Chinedu|PERSON]] lost his bonus in [[May|GENERIC_TIME]] because of three bad ratings from one customer who was just angry about the price. I fought for him. I showed the chat logs. We won, but it took two weeks. Day to day, it's [[WhatsApp|SOFTWARE]] groups, voice notes, calls. Every [[Sunday|GENERIC_TIME]] evening I post the week's rota. I also have a small following online where I talk about logistics in [[Nigeria|COUNTRY]], my handle is [[@ada_dispatches|SOCIAL_HANDLE]]. People ask me all the time if AI will take the rider jobs. I tell them, when [[Aliko Dangote|PUBLIC_FIGURE]] builds a road with no potholes, then we can talk about robots.

AI: If we wanted to follow up with you, what's the best way?

User: Email is fine, [[adaeze (at) swiftdrop (dot) ng|OBF_EMAIL|paren_at_dot]], or call my line, [[+234 803 555 0192|PHONE_NUMBER]]. Please don't call during the lunch peak, between 12 and 2 it's chaos.

AI: Thank you, [[Adaeze|PERSON]]. Anything else you'd like to add?

User: Just that dispatch is a human job disguised as a data job. My mother in [[Enugu|CITY]] thinks I sit in an office pressing buttons. I tell her, Mummy, I'm holding forty men and women on the road with my phone. The AI helps, but it doesn't pray for them when it's raining.""")

# 8 — forklift operator, Ohio, US
T.append("""AI: Hey, thanks for taking the time. Can you start by telling me who you are and what you do?

User: Sure thing. I'm [[Darnell Whitaker|PERSON]], I'm [[38|AGE]], and I'm a [[forklift operator|JOB_TITLE]] at [[Great Lakes Cold Storage|ORGANIZATION]] down in [[Groveport|CITY]], right outside [[Columbus|CITY]]. Been there since [[2015|DATE]]. We store frozen food for grocery chains, so I spend ten hours a day in a freezer at minus ten, moving pallets. Before that I did two years at a tire plant in [[Akron|CITY]].

AI: Where have you run into AI at work?

User: Couple places. The warehouse system is [[Blue Yonder|SOFTWARE]], and they turned on some AI slotting [[last spring|GENERIC_TIME]], where it decides where pallets go based on what's gonna ship soon. Honestly? Works pretty good. Less driving around. Then the forklifts themselves got these new cameras with pedestrian detection. It beeps if somebody walks behind you. That one I love. Back in [[2019|DATE]] a guy got clipped on second shift, before the cameras. Nobody wants that again.

AI: Do you use any AI tools yourself, on your own time?

User: Yeah, [[ChatGPT|AI_PRODUCT]], mostly for my son. [[Jaylen|PERSON]]'s [[10|AGE]], and his math homework is not the math I learned, you know? So we sit at the kitchen table and I ask it to explain it like I'm five. Also I used it when I ran for [[union steward|JOB_TITLE]]. We're [[Teamsters Local 413|ORGANIZATION]]. I had to write a little statement and I'm not a writer, so I talked into my phone and had it clean it up. Won by eleven votes, ha.

AI: Has AI come up in your union work?

User: A lot, actually. Management brought in a productivity dashboard in [[January 2024|DATE]], and it ranks operators by pallets per hour. [[Tammy|PERSON]], my [[supervisor|GENERIC_ROLE]], she's cool, she knows the numbers don't tell the whole story. Like [[Hector Ruiz|PERSON]] gets all the awkward loads because he's the best at tight aisles, so his number looks bad. The dashboard doesn't know that. So we filed a grievance saying the rankings can't be used for discipline without a human review. We got it in the contract. I used [[ChatGPT|AI_PRODUCT]] to help me understand the legal words in the draft, but I didn't paste the whole thing in, just the confusing parts. I'm careful because my cousin works IT at a hospital and she's always on me about it. Plus our employee IDs are on everything. Mine's [[GLC-00913|NATIONAL_ID|employee_id]], it's on the dashboard export, on the grievance form, everywhere. If that stuff gets out, I don't know what somebody does with it, but I don't wanna find out. [[Big Mike|PERSON]] on nights, he pasted a whole screenshot of the rankings into some app to make a chart, names and all. [[Tammy|PERSON]] made him delete it.

AI: How do you see AI affecting jobs like yours over the next few years?

User: I'm not naive. I've seen the videos from the [[Amazon|ORGANIZATION]] places with the robots. [[Jeff Bezos|PUBLIC_FIGURE]] isn't building those for fun. But cold storage is tough on machines, batteries die fast in the freezer, the floors ice up. I think we got ten more years, maybe. After that, I'd like to be the guy who fixes the robots. I'm looking at a maintenance tech program at [[Columbus State Community College|SCHOOL]], night classes. My wife [[Keisha|PERSON]] says go for it. And put in there one thing: the guys on the floor aren't scared of AI. We're scared of the people using AI as an excuse. The tool's fine. It's who's holding it.

AI: If we want to follow up, [[Darnell|PERSON]], how can we reach you?

User: Email's easiest. It's [[d w h i t a k e r 8 4 @ y a h o o . c o m|OBF_EMAIL|spaced_letters]], I wrote it spaced out like that 'cause the last survey I did, I got spam for a month. Or my [[Facebook|SOFTWARE]], [[facebook.com/darnell.whitaker.413|URL]], I'm always posting football stuff, you'll find me.""")

# 9 — articulated-bus driver, Bogotá, Colombia
T.append("""AI: Hello, and thank you for being part of this study. Could you tell me a bit about yourself?

User: Hola, yes. I am [[Luz Marina Castañeda|PERSON]], I am [[forty-nine|AGE]], and I am a [[bus driver|JOB_TITLE]] for [[Sabana Express|ORGANIZATION]], which is one of the private operators of [[TransMilenio|ORGANIZATION]] here in [[Bogotá|CITY]]. I drive the articulated buses, the big red ones, mostly on the trunk line to [[Suba|CITY]]. I have been driving since [[2008|DATE]], first small buses in [[Soacha|CITY]], where I live, and then I did the course at [[SENA|SCHOOL]] to drive the articulated ones.

AI: How has AI appeared in your work?

User: The first thing was the fatigue camera. In [[2022|DATE]] the company installed a camera that looks at your eyes, and if you close them too long or yawn too much, it beeps and sends an alert to the control centre. I was angry at first. Ten hours in traffic in [[Bogotá|CITY]] and you cannot yawn? But then my compañero [[Ángel|PERSON]], we started on the same day, he told me the camera saved him once, he was falling asleep on a late return trip and it woke him. So now I accept it. Half accept it.

AI: Do you use AI tools yourself?

User: Yes, since my son taught me. [[Santiago|PERSON]] is [[twenty-three|AGE]], he studies systems engineering, and he put [[Gemini|AI_PRODUCT]] on my phone. I use it to prepare when I have disciplinary meetings, ha. I tell it what happened, in Spanish, and I ask how to explain myself calmly. In [[November 2023|DATE]] a passenger complained that I closed the doors on her bag, and the [[route supervisor|GENERIC_ROLE]], don [[Fabio|PERSON]], called me in. [[Gemini|AI_PRODUCT]] helped me organise what I wanted to say: the time, the station, that the sensor did not show the bag. It went well, they checked the video and I was right. But it gets things wrong too. [[Gemini|AI_PRODUCT]] told me once a wrong rule about the rest hours for drivers in [[Colombia|COUNTRY]], it mixed it with rules from [[Spain|COUNTRY]] I think. If I had said that in the meeting, imagine. So I always ask [[Santiago|PERSON]] or the [[union delegate|GENERIC_ROLE]] before I trust it. And the bus system has a program that plans the schedules, the shifts, and that is also some kind of AI. It gives me split shifts, four in the morning until ten, then three to seven. I live in [[Soacha|CITY]], I cannot go home in the middle. So I sleep in the bus depot in [[Usme|CITY]] on a bench.

AI: What personal information do you share with these tools?

User: Not much. [[Santiago|PERSON]] told me never put my cédula. But once I needed to renew my licence and I asked [[Gemini|AI_PRODUCT]] what papers I need, and I wrote my licence number, [[52.781.334|NATIONAL_ID|cedula_licence]], which is the same as my cédula here. I erased the chat after. And the bus I drive most days, the plate is [[WMK-482|NATIONAL_ID|vehicle_plate]], I put that in a complaint to the company about the broken mirror, but that was by email, not AI.

AI: How do other drivers feel about these changes?

User: The older ones, like [[Gustavo|PERSON]], he is [[sixty-one|AGE]], he says all this technology is for controlling us, not helping us. The younger ones don't care. The women drivers, we are few, maybe fifteen percent, we have a [[WhatsApp|SOFTWARE]] group called "Las Reinas del Articulado", and we share tips, also about AI. [[Yesenia|PERSON]] in the group uses [[ChatGPT|AI_PRODUCT]] to write letters to the company about the bathrooms, because at the end of the line there is no bathroom for women. Nobody listened for years. With a very formal letter, suddenly they listened. Somebody should tell [[Shakira|PUBLIC_FIGURE]] to ride [[TransMilenio|ORGANIZATION]] one day, then she will understand [[Bogotá|CITY]].

AI: How would you like us to contact you with the results, [[Luz Marina|PERSON]]?

User: Better by phone, I don't read email much. My cell is [[tres uno cinco, cuatro cuatro dos, siete siete ocho uno|OBF_PHONE|spanish_number_words]], I say it in Spanish so you write it well, ha. Call on [[Tuesday|GENERIC_TIME]] or [[Wednesday|GENERIC_TIME]], those are my days off this month.""")

# 10 — housekeeping supervisor, Doha, Qatar (from Ghana)
T.append("""AI: Hello, thank you for speaking with me. Could you tell me about yourself and your work?

User: You're welcome. My name is [[Abena Owusu-Ansah|PERSON]]. I am [[35|AGE]], from [[Kumasi|CITY]] in [[Ghana|COUNTRY]], and I work in [[Doha|CITY]] as a [[housekeeping supervisor|JOB_TITLE]] at the [[Pearl Marina Hotel|ORGANIZATION]] in [[West Bay|CITY]]. I came to [[Qatar|COUNTRY]] in [[2017|DATE]] as a [[room attendant|JOB_TITLE]], and I was promoted in [[April 2021|DATE]]. I studied hospitality at [[Kumasi Technical University|SCHOOL]] before I travelled.

AI: What does your work involve day to day?

User: I supervise fourteen room attendants on floors eight to fifteen. I check the rooms after they clean, I handle guest requests, I manage linen, and I do the reports. We use [[HotSOS|SOFTWARE]] for the tasks. Since last year it has a smart feature that assigns rooms to attendants automatically, based on checkout times and VIP status. It is supposed to be fair, but sometimes it gives all the heavy suites to one person. [[Maricris|PERSON]], from the [[Philippines|COUNTRY]], she had six suites in one day in [[Ramadan|GENERIC_TIME]] while fasting. I changed it by hand.

AI: Do you use AI tools outside of [[HotSOS|SOFTWARE]]?

User: Yes, [[ChatGPT|AI_PRODUCT]]. My team is from many countries: [[Nepal|COUNTRY]], the [[Philippines|COUNTRY]], [[Kenya|COUNTRY]], [[Sri Lanka|COUNTRY]], [[Uganda|COUNTRY]]. When I need to explain a new standard, I write it simply in English and ask [[ChatGPT|AI_PRODUCT]] to translate into Nepali and Tagalog. [[Sabin|PERSON]] reads the Nepali and tells me if it is okay. [[Wanjiru|PERSON]] says I should stop worrying because everybody understands English anyway, but I want to be sure, especially for chemical safety. The [[executive housekeeper|JOB_TITLE]], Mrs. [[D'Souza|PERSON]], she is from [[Goa|CITY]], she is very strict but fair. She said we can use AI for translation and writing, but never put guest names or room numbers. Once, a VIP guest left behind a bag with documents, and the attendant wanted to ask [[ChatGPT|AI_PRODUCT]] how to handle it, and she almost typed the guest's name. I stopped her. We called security, normal procedure.

AI: Has AI ever helped you with something personal, like paperwork for living abroad?

User: Yes, with my residence permit renewal. It explained the steps. But I did a silly thing. I typed my QID number, [[28428801234|NATIONAL_ID|qatar_id]], when asking about the fine for late renewal. After, I read about privacy and I felt uncomfortable. Now I use "my ID" only. My brother [[Kwame|PERSON]] in [[Accra|CITY]] works in a bank, he shouted at me on the phone, ha.

AI: How do you see your future in this work?

User: I want to run a whole housekeeping department one day, maybe in [[Dubai|CITY]] or back home when the big hotels open in [[Accra|CITY]]. I think AI will change scheduling and reports, but not the cleaning. A robot cannot make a bed the way a guest wants, with the corners tight and the towels folded like a swan. My daughter [[Nana Ama|PERSON]], she is [[nine|AGE]], she lives with my mother in [[Kumasi|CITY]]. She asks me on video calls if a robot cleans my rooms. I tell her, no, your mummy cleans them, and supervises them. People like us, hotel workers, we are invisible. Guests see the clean room, not the person. If AI can make our work lighter, good. But the people who build it should come and spend one day with us on floor twelve in a full house week. Then they will know what to build.

AI: If we want to share the findings, how can we reach you, [[Abena|PERSON]]?

User: Email me at [[abena.owusu\u200b@\u200byahoo\u200b.com|OBF_EMAIL|zero_width_chars]]. Or my [[Qatar|COUNTRY]] number, [[+٩٧٤ ٣٣١٢ ٤٥٦٧|OBF_PHONE|arabic_indic_digits]], my Arabic keyboard on the phone writes the numbers like that, my [[colleague|GENERIC_ROLE]] set it up. Please message before calling, I work early shifts, six to three.""")

# 11 — multilingual call-centre agent, Cluj-Napoca, Romania
T.append("""AI: Thank you for joining. Could you start by telling me about yourself and your role?

User: Sure. I'm [[Réka Szabó|PERSON]], I'm [[29|AGE]], and I'm a [[multilingual customer service agent|JOB_TITLE]] at [[Nordlys Support Services|ORGANIZATION]] in [[Cluj-Napoca|CITY]]. I work on the Italian and French desk for an airline [[client|GENERIC_ROLE]], so all day it's lost bags, cancelled flights, refunds, people crying at airports. I grew up in [[Odorheiu Secuiesc|CITY]], so my first language is Hungarian, then Romanian, and I learned Italian and French at [[Babeș-Bolyai University|SCHOOL]]. I've been at [[Nordlys|ORGANIZATION]] since [[August 2021|DATE]].

AI: How does AI show up in your daily work?

User: In three ways, I'd say. First, [[Zendesk|SOFTWARE]], our ticketing tool, now has AI that suggests replies and tags the emails automatically. Second, there's a chatbot on the airline's website that handles the easy questions before a customer ever gets to us. And third, unofficially, a lot of us use [[Claude|AI_PRODUCT]] or [[ChatGPT|AI_PRODUCT]] on our phones to polish French, because the [[client|GENERIC_ROLE]] is very picky about tone. The official line from our [[team lead|GENERIC_ROLE]], [[Florin|PERSON]], is that we shouldn't. The unofficial line from [[Florin|PERSON]], who signs every message just "[[flo|PERSON]]", is "just don't get caught", ha.

AI: What's changed since the website chatbot was introduced?

User: The easy calls disappeared. Before, maybe half my tickets were "where is my booking reference" or "can I bring a dog". Now the bot handles those, and what reaches me is the hard stuff. Like last month, Signor [[Bellandi|PERSON]], I remember his name forever. His mother's ashes were in a suitcase that went to [[Lisbon|CITY]] instead of [[Bari|CITY]]. The chatbot had told him three times to "fill out the baggage form". By the time he got to me he was shouting. I don't blame him. No AI suggestion could help with that one, I just listened for twenty minutes. And honestly, the AI makes the average ticket faster, so management raised the target from forty-five to sixty tickets a day. But the tickets that are left are heavier. My [[colleague|GENERIC_ROLE]] [[Dragoș|PERSON]] went on burnout leave in [[February 2024|DATE]], and I think that was part of it. We talked about it in the break room with [[Mircea|PERSON]] and [[Ilinca|PERSON]], and everybody felt the same. The machine took the easy work, the humans kept the grief. We had a wellbeing session with an external psychologist, which helped a little.

AI: How do you handle customer data when you use those tools on your phone?

User: I'm strict with myself. I never put booking references or names, I rewrite it like "customer says bag lost, wants compensation, angry", and ask [[Claude|AI_PRODUCT]] to help me phrase a French reply. But I know people who paste the whole email. Our badge numbers are also our login, mine is [[NSS-7781-CJ|NATIONAL_ID|badge_number]], and the [[client|GENERIC_ROLE]] audits everything, so if something leaked they'd trace it straight back. I'd rather lose two minutes than my job. My mother in [[Odorheiu Secuiesc|CITY]] still thinks I work at the airport, by the way. I've given up explaining.

AI: Where do you see yourself in a few years?

User: I'd like to move into quality or training. Or maybe into the AI side, actually, like writing the knowledge base the bot uses, because right now it's written by people who never spoke to a customer. I'm doing an online course on prompt writing. If you want to see my profile, it's [[linkedin.com/in/reka-szabo-cluj|URL]]. I'm not very active, but it's there. I'm also a big tennis fan, I was in [[Bucharest|CITY]] when [[Simona Halep|PUBLIC_FIGURE]] played an exhibition, so if you see a lot of tennis posts, that's why.

AI: Thanks, [[Réka|PERSON]]. How would you like to be contacted about the results?

User: Email is best, but let me spell it because it's always wrong: [[r-e-k-a underscore s-z at proton dot me|OBF_EMAIL|spelled_letters_underscore]]. It's short. And if you send it in Hungarian, even better, ha, but English is fine.""")

# 12 — shipyard welder, Varna, Bulgaria
T.append("""AI: Good morning. Thank you for agreeing to talk. Could you tell me about your work?

User: Good morning. I am [[Stoyan Georgiev|PERSON]], I am [[57|AGE]] years old, I am a [[welder|JOB_TITLE]], [[coded welder|JOB_TITLE]], at [[Odessos Shiprepair Yard|ORGANIZATION]] in [[Varna|CITY]]. I started at the yard in [[1989|DATE]], same year the system changed, so I have seen everything. We repair ships, bulk carriers, tankers, sometimes ferries. I live in [[Asparuhovo|CITY]], ten minutes from the gate. Originally I am from [[Dobrich|CITY]].

AI: Has AI come into your work at the shipyard?

User: At first I said no, what AI, we weld steel. But when I think more, yes. The ship owners, a lot of them Norwegian, Greek, they send us the welding procedures and the repair specifications in English, sometimes very technical. My English is from the nineties, from films, you understand. So my son [[Nikolay|PERSON]] showed me [[ChatGPT|AI_PRODUCT]]. He lives in [[England|COUNTRY]] now, in [[Leicester|CITY]], he drives a van for a delivery company. He showed me on [[Viber|SOFTWARE]] video how to take a photo of the paper and ask it to explain in Bulgarian. Now I do it myself. It is a good helper. Not perfect, but good. One time it helped: in [[March 2024|DATE]] we had a Norwegian tanker, and the procedure said something about preheat and interpass temperature in a way I did not understand, the numbers were in Fahrenheit, crazy. [[ChatGPT|AI_PRODUCT]] explained and converted. I still checked with our [[welding inspector|JOB_TITLE]], [[Petrova|PERSON]], she is very precise, and it was correct. Did not help: once I asked it about a special electrode and it invented a product that does not exist. [[Pepi|PERSON]], my partner on the night shift, he laughed at me for one week. He said, [[Stoyan|PERSON]], you trust a machine that has never held a torch.

AI: How do your co-workers feel about these tools?

User: Divided by age, mostly. The young ones, the ones who came back from working in [[Germany|COUNTRY]] or the [[Netherlands|COUNTRY]], they use everything, phones, apps. The old ones, like bai [[Kolyo|PERSON]], our [[foreman|GENERIC_ROLE]], he says all computers are spies. He is [[sixty-four|AGE]] and he still writes everything in a notebook. But even he asked me to translate a letter from the owner's [[superintendent|GENERIC_ROLE]] last month. I did it with [[ChatGPT|AI_PRODUCT]] and I did not tell him, ha. He thinks my English got better.

AI: Do you share any personal information when you use these tools?

User: Once I made a mistake, I think. I have a welding certificate, and it must be renewed, so I asked [[ChatGPT|AI_PRODUCT]] to help me write a letter to the certification body and I put the certificate number, [[BG-W-2231/19|NATIONAL_ID|certificate_number]], and my full name. After, [[Nikolay|PERSON]] told me, tate, don't do that, these things are stored. I don't know if it matters, but now I am careful. I write only "my certificate" and fill the number by hand on the printed letter.

AI: How do you see the future of your trade?

User: Welding robots exist already, in the car factories, in big new shipyards in [[Korea|COUNTRY]]. But ship repair is different, every ship is different, every crack is in a strange place, upside down, in a tank with no air. I do not see a robot crawling in a double bottom. For the paperwork, yes, AI will do it. After my wife [[Diana|PERSON]] died in [[2020|DATE]], I thought maybe I should stop working. But the yard is my life. I have maybe three, four more years, then pension.

AI: Thank you, [[Stoyan|PERSON]]. How can we send you the results?

User: Phone is best, or [[Viber|SOFTWARE]] on the same number. It is [[plus three-five-nine, eighty-eight, four-four-seven, twenty-one, ninety|OBF_PHONE|mixed_number_words]]. Say you are from the study, otherwise I think it is the bank, ha. And please, write that old welders are not against technology. We are against technology that does not respect experience. Like [[Stoichkov|PUBLIC_FIGURE]] said about football, you can have all the tactics, but in the end you need somebody who knows where to put the ball.""")

# 13 — scaffolder, Manchester, UK
T.append("""AI: Hiya, thanks for doing this. Could you introduce yourself and what you do?

User: Yeah, no bother. I'm [[Connor Brennan|PERSON]], most people call me [[Con|PERSON]], I'm [[24|AGE]] and I'm a [[scaffolder|JOB_TITLE]] with [[Northern Access Scaffolding|ORGANIZATION]]. We're based in [[Trafford Park|CITY]] but right now I'm on a big residential job in [[Ancoats|CITY]], [[Manchester|CITY]], twenty-odd storeys. I started my apprenticeship in [[September 2018|DATE]], did my college bits at [[Hopwood Hall College|SCHOOL]], and I've been [[advanced scaffolder|JOB_TITLE]] for about a year.

AI: Where does AI come into your work, if at all?

User: Honestly more than you'd think. Main thing is paperwork. Every job needs RAMS, risk assessments and method statements, and they're proper long. The office used to send them over and we'd sign without reading, let's be honest. Now my [[gaffer|GENERIC_ROLE]], [[Big Tony|PERSON]], writes them with [[ChatGPT|AI_PRODUCT]] and then I read them, because they actually make sense now. Weird, but true. And the design side uses some software called [[Smart Scaffolder|SOFTWARE]] that does the load calcs and drawings, and apparently that's got AI in it now as well.

AI: Do you use any AI tools yourself?

User: Yeah, mostly on my phone. [[Snapchat|SOFTWARE]] has that [[My AI|AI_PRODUCT]] thing and I ask it random stuff on my break. And I use [[ChatGPT|AI_PRODUCT]] for my [[TikTok|SOFTWARE]] captions, ha. I've got a little channel, [[@con_on_the_tubes|SOCIAL_HANDLE]], showing what it's like up there, the views and that. Got about eleven thousand followers. [[Amber|PERSON]], my girlfriend, she edits the videos. She's dead good at it. The company's fine with it as long as I don't show the [[client|GENERIC_ROLE]]'s logos or anyone's face without asking.

AI: Has anything gone wrong with these tools, or made you uneasy?

User: One thing. There was this new lad, [[Kaz|PERSON]], Polish, his English isn't great yet, and he was using some translation app on site to understand the toolbox talk. Fair enough. But then he tried to use it while we were up on the lift, phone in one hand, and that's a no. [[Tyrone|PERSON]] had a proper go at him. We sorted it, now I explain things to him slow, and he's teaching me Polish swear words. Also, there was a near miss on another site in [[Salford|CITY]] last year where someone followed a [[ChatGPT|AI_PRODUCT]] answer about tie spacing instead of the design. That got talked about a lot. AI's good for words, not for engineering. Not yet. I keep my CSCS card number away from it, for one. Someone told me you can get your identity nicked with that. It's [[0094 1127 3|NATIONAL_ID|cscs_card]], I'm only telling you 'cause it's a study, like. And addresses of sites, I don't put them online, there's been thefts from compounds. My mum in [[Wythenshawe|CITY]] would kill me if my face ended up on some dodgy website. She already thinks [[TikTok|SOFTWARE]] is the devil.

AI: Where do you see your career going?

User: I want to do my supervisor card next year and maybe move into design eventually. The lads who do the drawings earn good money and don't freeze in [[February|GENERIC_TIME]]. I reckon AI will help there. I'm not worried about robots putting scaffolds up. You've seen [[Manchester|CITY]], it rains nine months a year, the robot would rust, ha. I'd rather learn it than be scared of it, that's my attitude. Like [[Haaland|PUBLIC_FIGURE]], you adapt or you're on the bench.

AI: Cheers, [[Con|PERSON]]. What's the best way to get hold of you?

User: Text me on [[07700 900412|PHONE_NUMBER]], or email [[connor.brennan96[@]outlook[.]com|OBF_EMAIL|defanged_brackets]], I wrote it with the brackets 'cause my mate [[jordo|PERSON]] said that stops the bots. No idea if that's true.""")

# 14 — food-delivery rider, Dhaka, Bangladesh
T.append("""AI: Thank you for joining. Could you tell me about yourself and your work?

User: Thank you. My name is [[Rakibul Hasan|PERSON]], everybody calls me [[Rakib|PERSON]]. I am [[22|AGE]] years. I am a [[delivery rider|JOB_TITLE]] for [[Foodpanda|ORGANIZATION]] in [[Dhaka|CITY]], since [[January 2023|DATE]]. Mostly I work in [[Dhanmondi|CITY]] and [[Mohammadpur|CITY]], sometimes [[Gulshan|CITY]] when the app sends me far. In the morning I study, I am doing my honours at [[Dhaka College|SCHOOL]], accounting. In the evening I ride.

AI: How does AI affect your work as a rider?

User: The app decides everything. Which order, which route on [[Google Maps|SOFTWARE]], how much I earn for the trip. They say it is an algorithm, some say AI. On [[Friday|GENERIC_TIME]] nights I get very good orders, but sometimes it sends me from [[Mohammadpur|CITY]] to [[Gulshan|CITY]] in the evening traffic for very little money, and if I reject too many, my rating goes down. Nobody explains the logic. My friend [[Shuvo|PERSON]], he also rides, he thinks the app punishes you if you reject at night. We made a test, both of us rejecting on different days, and we still don't know. It is like a cricket match where nobody tells you the rules.

AI: Do you use any AI tools yourself?

User: Yes, [[ChatGPT|AI_PRODUCT]], for study mainly. I write in Bangla and it answers in Bangla, not perfect but okay. I use it for my accounting homework, and also to write my complaints to the rider support. Once, in [[August 2023|DATE]], during the heavy rain, my account was blocked for two days because the system said I was "inactive while online". I was actually standing under a bridge with water to my knees. I wrote a long complaint in English with [[ChatGPT|AI_PRODUCT]], very polite, and they unblocked me. My cousin [[Tanvir|PERSON]] said, see, English with AI is power.

AI: Do you ever share personal information in those complaints or with the AI?

User: In the complaint, yes, they need it. My rider ID is [[FP-DHK-40918|NATIONAL_ID|rider_id]], and the bike registration, [[Dhaka Metro-Ha 14-2291|NATIONAL_ID|vehicle_plate]]. When I asked [[ChatGPT|AI_PRODUCT]] to help write it, I put these also, I did not think. Later a senior in college, [[Farzana|PERSON]] Apu, Apu is how we say older sister, she studies computer science, and she told me never put your NID or your numbers into these chatbots. So now I don't. I also use [[bKash|SOFTWARE]] for money, and there I am very careful, because people are getting scam calls all the time.

AI: How do you see the future of this work for you?

User: This is not my future job, inshallah. After my degree I want a job in a bank or an audit firm. My father has a small shop in [[Narayanganj|CITY]], and he wants me to have a chair and a desk, not a bike in the rain. The riders who are older, like [[Jamal|PERSON]] bhai, "bhai" is brother, he is [[thirty-eight|AGE]], he has three children, for him this is the job. If the app becomes more AI and pays less, it is very hard for him. I worry more for him than for me.

AI: Thank you, [[Rakib|PERSON]]. If we want to contact you later, how should we do it?

User: Call or [[WhatsApp|SOFTWARE]], my number is [[০১৭১১-৪৫৬৭৮৯|OBF_PHONE|bengali_digits]], I write it in Bangla digits because that is my keyboard. Please not during the evening, from six to eleven I am on the bike. Also, if [[Shakib Al Hasan|PUBLIC_FIGURE]] ever reads this research, tell him the riders of [[Dhanmondi|CITY]] are all his fans, ha.""")

# 15 — fabric quality inspector, Faisalabad, Pakistan
T.append("""AI: Assalam-o-alaikum, and thank you for joining. Could you introduce yourself and your work?

User: Walaikum assalam. I am [[Nadia Parveen|PERSON]], I am [[31|AGE]], and I work as a [[quality inspector|JOB_TITLE]] at [[Chenab Textile Mills|ORGANIZATION]] in [[Faisalabad|CITY]]. I check finished fabric, mostly home textiles, bedsheets and towels, for export to [[Europe|CONTINENT]]. I joined in [[2016|DATE]] after my diploma from [[National Textile University|SCHOOL]]. At that time there were very few women in the quality department, now we are seven.

AI: How has AI come into your work at the mill?

User: In [[2023|DATE]] the company installed an automatic fabric inspection machine, with cameras and AI, on two of the lines. The fabric runs under it and the AI marks the defects: holes, stains, broken threads, shade variation. Before, we inspected everything by eye on the inspection table, four-point system, you know. Now the machine does the first check and we confirm. My [[shift in-charge|GENERIC_ROLE]], Ustad [[Bashir|PERSON]], he has thirty years in textiles, he did not trust it in the beginning. He used to say, this camera has never seen a [[Faisalabad|CITY]] summer, ha. Because of the dust and humidity it gives false alarms. Now it is like a junior who is very fast but sometimes foolish. It finds small holes that we miss when we are tired, that is true. But it calls a slub a defect, or it marks a shade difference when it is only the lighting. So I review its marks on the screen and I accept or reject. The buyer, a big Swedish company, [[IKEA|ORGANIZATION]], their [[auditor|GENERIC_ROLE]] came in [[October 2023|DATE]] and was very interested in this. She asked me many questions. I was nervous but my [[manager|GENERIC_ROLE]] said I explained better than him, ha.

AI: Do you use any AI tools outside of the inspection system?

User: Yes, at home I use [[ChatGPT|AI_PRODUCT]] in Urdu. Mostly for my English, because the reports go to buyers and my writing is slow. I write in Urdu what I want to say, and it gives English. Also my younger sister [[Sana|PERSON]] uses it for her FSc studies. At work we use [[Excel|SOFTWARE]] and [[WhatsApp|SOFTWARE]] groups for the reports. My husband [[Tariq|PERSON]] was a bit worried at first, he thought AI means the mill will not need inspectors. I told him, the machine still needs someone to argue with it.

AI: What kind of personal information do you keep out of these tools?

User: My CNIC, definitely. Once I was filling a form for a training course in [[Lahore|CITY]] and I almost pasted my CNIC, [[33100-4521876-2|NATIONAL_ID|cnic]], into [[ChatGPT|AI_PRODUCT]] to check the form. My cousin [[Hira|PERSON]] works in a bank and she always says, the CNIC is your whole life in [[Pakistan|COUNTRY]], don't give it anywhere. So I stopped. For work, no buyer names, no order numbers, because that is confidential.

AI: How do you see your future in the industry?

User: I want to become a [[quality manager|GENERIC_ROLE]] one day. I think the women who understand these machines will have an advantage. Many older inspectors are scared, but I see it as a chance. [[Malala Yousafzai|PUBLIC_FIGURE]] is my inspiration, not for textiles obviously, but for a woman speaking up. I want to do a course in data, maybe online. My daughter [[Zainab|PERSON]] is [[five|AGE]], I want her to see her mother using computers, not only sewing.

AI: Thank you so much, [[Nadia|PERSON]]. How would you like to receive the study results?

User: By email please, it is [[nadia.parveen31 at the rate gmail dot com|OBF_EMAIL|at_the_rate]]. In [[Pakistan|COUNTRY]] we say "at the rate" for that sign, I don't know why, ha. I check it on [[Fridays|GENERIC_TIME]], when I have half day.""")

# 16 — freight documentation officer, Tema, Ghana
T.append("""AI: Good afternoon, and thanks for making the time. Could you tell me about yourself and your work?

User: Good afternoon. I am [[Selasi Agbeko|PERSON]], [[40|AGE]] years old, and I am a [[documentation officer|JOB_TITLE]] with [[Volta Link Freight|ORGANIZATION]], a clearing and forwarding company at [[Tema|CITY]] port. I prepare the papers for containers coming in and going out: bills of lading, declarations, permits. I have been in this line since [[2012|DATE]], after I studied ports and shipping administration at [[Regional Maritime University|SCHOOL]]. I live in [[Ashaiman|CITY]], but my people are from [[Ho|CITY]], in the [[Volta Region|CITY]].

AI: Where does AI come into the documentation work?

User: The customs side is all on [[ICUMS|SOFTWARE]] now, that is the national system, it came in [[June 2020|DATE]] and at first it was a big headache. It has risk engines inside, some people call it AI, that decide which containers go for physical examination. You never know why one container is flagged. Then inside our office we have [[Copilot|AI_PRODUCT]] since the company moved to [[Microsoft 365|SOFTWARE]] last year. I use it to draft emails to shipping lines, to summarise long circulars, and to check my [[Excel|SOFTWARE]] formulas. Our biggest [[client|GENERIC_ROLE]] account is with [[Maersk|ORGANIZATION]], and their emails are very long, so [[Copilot|AI_PRODUCT]] summary is a blessing.

AI: Can you tell me about a time it helped or caused problems?

User: Helped: a [[client|GENERIC_ROLE]] was importing solar panels and there was a new exemption rule, the circular was fifteen pages. I asked [[Copilot|AI_PRODUCT]] to pull out the conditions, and it did it well, I checked it against the original. Problem: my [[colleague|GENERIC_ROLE]] [[Comfort|PERSON]] asked it for the HS code for a type of machine part and it gave a confident answer that was wrong. The duty difference was big. Luckily our [[operations manager|GENERIC_ROLE]], Mr. [[Quaye|PERSON]], caught it before we submitted. Since then he has a rule: AI can draft, a human must confirm every code. [[Comfort|PERSON]] was embarrassed, but it was a good lesson for all of us. Even [[Gift|PERSON]], our youngest staff, who thinks AI knows everything.

AI: What about personal or company information? How careful are you?

User: Very careful with [[client|GENERIC_ROLE]] data, because the shipping line contracts are strict. But the personal things are harder. When I registered my small side business last year I was using [[ChatGPT|AI_PRODUCT]] at home to understand the forms, and I typed my Ghana Card number, [[GHA-721044318-6|NATIONAL_ID|ghana_card]], and my TIN, [[P0012345678|NATIONAL_ID|tax_id]]. My wife [[Dzifa|PERSON]] saw it and said, [[Selasi|PERSON]], are you okay? Why are you giving the computer your whole life? She was right. I deleted the chats, but who knows. For the trucks, our drivers' details also go around on [[WhatsApp|SOFTWARE]]. Like [[Fiifi|PERSON]], one of the haulage drivers we use, his truck number [[GT 4471-21|NATIONAL_ID|vehicle_plate]] is in maybe fifty chats.

AI: How is AI changing your job and your colleagues' jobs?

User: The junior work is reducing. Before, a new officer spent one year just typing and checking. Now [[Copilot|AI_PRODUCT]] does the first draft, so the juniors must learn judgment faster. I worry for the young ones, like [[Kafui|PERSON]], who just finished national service, because the ladder is getting shorter. On the other side, I can handle more files per day. My [[boss|GENERIC_ROLE]] sees that, so maybe promotion for me, ha. I tell people, it is like when [[Abedi Pele|PUBLIC_FIGURE]] played, the ball did the work but the feet decided where it goes.

AI: Thank you, [[Selasi|PERSON]]. How can we share the results with you?

User: Please send to my personal email, not the office one. I will write it the way my nephew showed me, so the spam robots don't catch it: [[selasi.agbeko&#64;yahoo.com|OBF_EMAIL|html_entity_at]]. He says the funny part means the at sign. If that fails, just ask the research team to call the office, they know me.""")

# 17 — paint-shop technician, Rosslyn, South Africa
T.append("""AI: Hi, thank you for joining us. Could you introduce yourself and your job?

User: Hello. I'm [[Mpho Maluleke|PERSON]], I'm [[45|AGE]], and I'm a [[paint shop technician|JOB_TITLE]] at [[BMW Plant Rosslyn|ORGANIZATION]], north of [[Pretoria|CITY]]. I joined in [[1999|DATE]] on the assembly line, then moved to paint in [[2007|DATE]]. I look after the robots that spray the car bodies, the ovens, the quality checks. I live in [[Soshanguve|CITY]], it's not far, twenty minutes when the traffic is kind.

AI: Where has AI appeared in your work?

User: The paint shop was already full of robots, but those are not AI, they just follow a program. The new thing since [[2022|DATE]] is the camera inspection after the clear coat. It takes thousands of pictures of each body and an AI decides if there is dirt, a run, an orange peel texture. Before, we had inspectors with bright lights and gloves. Also predictive maintenance: the system looks at vibration and temperature on the robots and tells us which one will fail soon. That one has saved us many night callouts. Everything is logged in [[SAP|SOFTWARE]], and we get the alerts on a tablet. Every [[Monday|GENERIC_TIME]] my [[supervisor|GENERIC_ROLE]] puts the failure predictions on a [[Power BI|SOFTWARE]] screen in the break room, and we argue about them over tea.

AI: How has that changed the way you and your team work?

User: The inspectors did not lose their jobs, but their job changed. Now they check what the AI flagged and they teach it, they say "this is a real defect, this is not." [[Gift Nkosi|PERSON]], one of the inspectors, he was very suspicious in the beginning. He said the computer is learning from us so it can replace us. I understood him. Our [[shop steward|JOB_TITLE]] from [[NUMSA|ORGANIZATION]], Mr. [[Khumalo|PERSON]], negotiated that nobody is retrenched because of the system, at least for now. And [[Oupa|PERSON]], our oldest technician, we call him that because he's like everybody's grandfather, he still listens to the robots with his ears before he looks at the screen. Sometimes he is right before the AI.

AI: Do you use any AI tools personally?

User: [[ChatGPT|AI_PRODUCT]], yes, since my daughter [[Naledi|PERSON]] showed me. She studies IT at [[Tshwane University of Technology|SCHOOL]]. I use it to understand the German manuals, because some of the technical documents come from [[Munich|CITY]] and the English translation is not good. And I used it to prepare my presentation for the continuous improvement competition, ha, we came second. But I am careful. I don't put drawings or process parameters, that is confidential, they told us in a training in [[March 2023|DATE]]. And personal stuff, no. My clock number [[118824|NATIONAL_ID|clock_number]] is enough for the company to know me, the AI doesn't need my ID number. Once my wife [[Lerato|PERSON]] wanted me to ask it about her pension forms and she started typing her ID number, [[7903155123086|NATIONAL_ID|sa_id]], and I stopped her. We laughed, but it was serious.

AI: How do you see AI affecting the plant in the next few years?

User: Honestly, the plant is more worried about electricity than AI, ha. Load-shedding, the port delays, those are bigger threats. But yes, I think fewer people on the line eventually. The ones who will survive are the ones who can work with the systems. That is why I told [[Naledi|PERSON]], study IT, don't come to the line. Even the president, [[Cyril Ramaphosa|PUBLIC_FIGURE]], was talking about the fourth industrial revolution every speech. Everyone says it. But we are the ones who live it on night shift.

AI: Thank you, [[Mpho|PERSON]]. How would you like us to send the findings?

User: By [[WhatsApp|SOFTWARE]] is easiest. My number is [[zero seven two, triple five, one eight, four nine|OBF_PHONE|triple_digit_words]]. Send a message first, I don't answer unknown numbers, there are too many scammers these days.""")

# 18 — sous chef, Muscat, Oman (from Sri Lanka)
T.append("""AI: Hello, thank you for taking part. Could you tell me about yourself and what you do?

User: Hello, yes. My name is [[Dilshan Perera|PERSON]], I am [[33|AGE]], from [[Negombo|CITY]] in [[Sri Lanka|COUNTRY]]. I work as a [[sous chef|JOB_TITLE]] at [[Qurum Bay Resort|ORGANIZATION]] in [[Muscat|CITY]]. We have three restaurants and banqueting, and I run the main kitchen at night. I came to [[Oman|COUNTRY]] in [[2015|DATE]] as a [[commis|JOB_TITLE]], after I studied at [[Sri Lanka Institute of Tourism and Hotel Management|SCHOOL]].

AI: How does AI come into a kitchen like yours?

User: You would be surprised. The most important one for me is the menus and allergens. Every dish must have an allergen matrix, in English and Arabic, and the guests are from everywhere. I use [[ChatGPT|AI_PRODUCT]] to make the first draft of the menu descriptions and to check that I didn't forget an allergen. But it makes mistakes, so I always check. Our [[executive chef|JOB_TITLE]], Chef [[Marco Bellini|PERSON]], he is Italian, he writes beautiful menus himself, but he is very slow, so he gives me this work now. Also the hotel has a system connected to [[Simphony|SOFTWARE]], the POS, that forecasts how many covers we will have, and I use it for ordering. It is quite good, except in [[Ramadan|GENERIC_TIME]], when everything changes.

AI: Can you describe a time the AI got something wrong?

User: Yes, a dangerous one. In [[December 2023|DATE]] I asked [[ChatGPT|AI_PRODUCT]] to list allergens for a Sri Lankan dish, a curry with a paste that has Maldive fish. It did not say fish. If I had trusted it, a guest with fish allergy could be in hospital. [[Jonalyn|PERSON]], our [[pastry chef|JOB_TITLE]], she found another mistake with nuts in a praline. After that, Chef [[Marco|PERSON]] made a rule: AI can write the words, but the allergen list is checked by two humans and signed. I agree one hundred percent. [[Baldev|PERSON]], our tandoor guy, he says, the machine has no nose, how can it cook? Ha, I love him.

AI: What about your own information? Do you share personal details with these tools?

User: Not much. When I renewed my resident card I asked it about the procedure, but I didn't write the number. My card is [[118-442-907|NATIONAL_ID|oman_resident_card]], I know it by heart, but I keep it away from chatbots. My wife [[Nimali|PERSON]] is more careful than me, she works at a bank in [[Colombo|CITY]] and she sends me warnings from her IT department. What I do share is my cooking, I have an [[Instagram|SOFTWARE]], [[@chef.dilshan.lk|SOCIAL_HANDLE]], I post plating, my Sri Lankan recipes. Sometimes I use AI to write the captions, but the food is mine.

AI: How do you see the future of kitchens with AI?

User: Cooking is hands, fire, taste. No AI will make a hopper the way my amma makes it. But the office part of the kitchen, costing, ordering, menus, rotas, yes, AI will do a lot. Maybe that is good, because chefs hate paperwork. [[Gordon Ramsay|PUBLIC_FIGURE]] shouting at computers, ha, I would like to see that. For my career, I want to run my own kitchen in five years, maybe in [[Dubai|CITY]] or back in [[Sri Lanka|COUNTRY]] when tourism is stronger again.

AI: Thank you, [[Dilshan|PERSON]]. How would you like to receive the study results?

User: By email, it is [[dilshan perera eighty seven at outlook dot com|OBF_EMAIL|spelled_number_at_dot]], all one word. I write it this way because last time somebody copied my email from a comment and I got so much spam. Please send after [[Eid|GENERIC_TIME]], before that we are too busy with banquets.""")

# 19 — owner-operator truck driver, Amarillo, Texas, US
T.append("""AI: Hi there, thanks for joining. Could you tell me a little about yourself and your work?

User: Well, sure. I'm [[Brenda Kowalski|PERSON]], but everybody on the road calls me [[Bee|PERSON]]. I'm [[56|AGE]], and I'm an [[owner-operator|JOB_TITLE]], I own my own tractor, and I'm leased on with [[Lone Star Reefer Lines|ORGANIZATION]] out of [[Amarillo|CITY]]. Been driving since [[1994|DATE]]. I mostly haul refrigerated produce and beef, [[Texas|CITY]] to [[Arizona|CITY]] and [[California|CITY]], sometimes up to [[Denver|CITY]].

AI: Where does AI show up in your work these days?

User: Oh, everywhere, whether I like it or not. The electronic logging device is [[Motive|SOFTWARE]], and it's got the AI dash cam now, watches my face, watches the road. Gives me a little voice if I'm following too close. I'll be honest, the first month I wanted to throw it out the window. Then in [[February 2023|DATE]] a guy cut me off outside [[Flagstaff|CITY]] in the snow, and the camera footage showed it was him, not me. Saved me a lawsuit. So now we're friends, sort of. For parking I use [[Trucker Path|SOFTWARE]], and the load boards have those AI rate predictions now.

AI: Do you use any general AI tools, like chatbots?

User: My niece [[Kayleigh|PERSON]] set me up with [[ChatGPT|AI_PRODUCT]] on voice mode. I talk to it when I'm parked, never while driving. I use it to figure out my fuel tax paperwork and to argue with brokers, ha. Like, I'll tell it, a [[broker|GENERIC_ROLE]] offered me two dollars a mile from [[Fresno|CITY]] to [[Dallas|CITY]], what's the market saying, and help me write a counteroffer. It's not always right about rates, but it helps me sound like I went to business school. My buddy on the CB, goes by [[Tumbleweed|PERSON]], real name [[Earl Dunn|PERSON]], thinks I've gone soft. He still does everything with a paper atlas and a flip phone.

AI: What kind of information do you put into [[ChatGPT|AI_PRODUCT]]?

User: More than I should, probably. Once I had it help me with an appeal on a roadside inspection in [[New Mexico|CITY]], and I typed in my CDL number, [[TX 29418833|NATIONAL_ID|cdl_number]], and my truck plate, [[R92-4417|NATIONAL_ID|vehicle_plate]]. My husband [[Ray|PERSON]] about had a fit when I told him. He had a heart attack in [[2018|DATE]] and retired from driving, so now he's home reading about identity theft all day. He says I'm gonna get my identity stolen by a robot. Could be.

AI: How do you feel about the future of trucking with all this AI and automation talk?

User: I've been hearing about driverless trucks since before my grandkids were born. There's test trucks running between [[Dallas|CITY]] and [[Houston|CITY]] right now, I've passed 'em. But you try backing a fifty-three-foot reefer into a dock in downtown [[Los Angeles|CITY]] at 3 a.m. with a forklift guy yelling at you. I give it twenty years before a robot can do that. I'll be long retired. My dog, Biscuit, rides with me, and he's not worried either. I listen to [[Willie Nelson|PUBLIC_FIGURE]] and I don't lose sleep over it.

AI: Thanks so much, [[Bee|PERSON]]. How can we reach you with the results?

User: You can call, [[806-555-zero-one-four-four|OBF_PHONE|digits_and_words]], leave a message, I'll call back from a truck stop. Or my [[YouTube|SOFTWARE]], I do little videos from the road, it's [[youtube.com/@BeeHaulsTX|URL]]. Mostly sunsets and bad parking jobs, ha.""")

# 20 — telemarketing operator, São Paulo, Brazil
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your work?

User: Oi, sure. I'm [[Thiago Nascimento|PERSON]], I'm [[23|AGE]], and I'm a [[telemarketing operator|JOB_TITLE]] at [[Atento|ORGANIZATION]] in [[São Paulo|CITY]], in the unit near [[Santo Amaro|CITY]]. I work on the credit card line for a bank, [[Banco Horizonte|ORGANIZATION]]. I started in [[March 2023|DATE]], my first formal job with carteira assinada. Before that I did a technical course at [[Etec Parque da Juventude|SCHOOL]]. I live in [[Capão Redondo|CITY]], so it's almost two hours on bus and metro every day.

AI: How does AI show up in your job?

User: A lot. The biggest one is speech analytics. Every call is recorded and an AI listens to all of them, not just a sample like before. It gives a score: if I said the mandatory phrases, if I interrupted the customer, even my tone. The [[supervisor|GENERIC_ROLE]], [[Renata|PERSON]], gets a dashboard with everybody's scores. Also there's a chatbot on the bank's [[WhatsApp|SOFTWARE]], so the customers who reach me are the ones the bot couldn't solve, usually angry. And the dialer is automatic, calls come one after another with no break, that's also an algorithm.

AI: How do you and your colleagues feel about being scored by an AI?

User: Honestly it's stressful. My friend [[Jéssica|PERSON]], on the team chat she's just [[jess|PERSON]], got a low score because the AI said she had "negative sentiment". She was crying on the call because the customer was insulting her! The AI heard her voice and decided she was the problem. [[Wellington|PERSON]], from my team, he learned tricks, like he says the mandatory phrases very fast at the start, so the score is always high. Dona [[Cida|PERSON]], she's the oldest operator on the floor, she says in the old days at least the [[supervisor|GENERIC_ROLE]] knew your face. Now it's all number. But [[Renata|PERSON]] is fair, she listens to the calls when somebody complains about the score.

AI: Do you use AI tools yourself, outside the company's systems?

User: Yes, [[Gemini|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]]. I'm studying for the vestibular, I want to do systems analysis at a public university, so I use them to study. At work it's forbidden to use phone at the position, and honestly I wouldn't put customer data there anyway, the LGPD training was very clear. My login uses my employee number, [[448120|NATIONAL_ID|employee_number]], and everything is traced. Once I asked [[ChatGPT|AI_PRODUCT]] at home to explain my payslip and I almost pasted my CPF, [[312.445.678-09|NATIONAL_ID|cpf]]. Then I remembered the training, ha. My mom [[Rosângela|PERSON]] is more worried about AI taking my job than about data.

AI: Is she right to worry about that?

User: A little, yes. The bot already takes the easy calls. I think in a few years, the whole first line will be AI, with voice. So I'm trying to get out before that. My plan is to work in tech, maybe even build these systems. I also stream games in the evening, on [[Twitch|SOFTWARE]] I'm [[thiagonasc_gamer|SOCIAL_HANDLE]], small channel, but I talk about this stuff there too. People ask if AI will take their jobs, I say learn it, use it, like [[Neymar|PUBLIC_FIGURE]] learned to play in [[Europe|CONTINENT]], you adapt.

AI: Thanks, [[Thiago|PERSON]]. How can we send you the results?

User: Email is fine. It's [[thiago ponto nascimento arroba bol ponto com ponto br|OBF_EMAIL|portuguese_arroba_ponto]]. I wrote it in Portuguese, ponto is dot, arroba is the at sign. I check it at night after my shift, after [[9 p.m.|GENERIC_TIME]] usually.""")

# 21 — fleet coordinator, Jeddah, Saudi Arabia (from Egypt)
T.append("""AI: Thank you for joining. Could you please introduce yourself and your work?

User: Of course. My name is [[Mahmoud Abdelrahman|PERSON]], I am [[42|AGE]], from [[Mansoura|CITY]] in [[Egypt|COUNTRY]]. I work in [[Jeddah|CITY]] as a [[fleet coordinator|JOB_TITLE]] for [[Al Waha Water Distribution|ORGANIZATION]]. We deliver bottled water to homes, offices and mosques. I manage thirty-five trucks and their drivers, mostly from [[Bangladesh|COUNTRY]], [[Pakistan|COUNTRY]] and [[Sudan|COUNTRY]]. I came to [[Saudi Arabia|COUNTRY]] in [[2010|DATE]], and I have been with this company since [[2016|DATE]].

AI: How does AI come into managing the fleet?

User: The trucks have GPS trackers on [[Wialon|SOFTWARE]], and last year the company added a route optimisation module that they call AI. It plans the daily routes based on the orders from the app, the traffic, and the truck capacity. In the north, [[Obhur|CITY]] and [[Al Rawdah|CITY]], it works very nicely. In the old city, [[Al Balad|CITY]], it is a disaster, because it does not understand the narrow streets, and it sends a big truck where only a small pickup can go. So every morning I check the routes and I change maybe ten or fifteen stops by hand.

AI: How do the drivers respond to the system?

User: They trust me more than the system, honestly. [[Rashed|PERSON]], he has been driving for us seven years, he knows every building, he knows which guard will open the gate and which one is sleeping, ha. [[Osman|PERSON]], from [[Khartoum|CITY]], he is new and follows the screen exactly, even when it is wrong. In [[August|GENERIC_TIME]] he drove twenty minutes in a circle because the map had an old road closure. The system also scores the drivers on harsh braking and idling. In summer, when it is forty-eight degrees, of course they leave the engine on for the air conditioning. So I explained to the [[manager|GENERIC_ROLE]], [[Abu Faisal|PERSON]], that this score is not fair in [[July|GENERIC_TIME]] and [[August|GENERIC_TIME]]. He agreed to switch off the idling penalty in the summer months.

AI: Do you use AI tools yourself?

User: Yes, [[ChatGPT|AI_PRODUCT]] in Arabic. It writes very formal Arabic, sometimes too formal, like a newspaper. I use it for writing warning letters and training notes for the drivers, and then I ask it to translate into Bengali and Urdu. [[Rashed|PERSON]] checks the Bengali for me. For the company reports I use [[Excel|SOFTWARE]] and [[Power BI|SOFTWARE]], and last month I tried [[Copilot|AI_PRODUCT]] to make a summary of fuel costs. It was good, but it put the numbers in the wrong currency once, dollars instead of riyals, so I must check everything.

AI: Do you share personal information with these tools?

User: Once I made a mistake. I was renewing the truck registrations and I gave [[ChatGPT|AI_PRODUCT]] a whole list, the plates and the driver names, to make a table. For example, [[RSB 4821|NATIONAL_ID|vehicle_plate]], that is [[Osman|PERSON]]'s truck. Later I thought, this is company information, maybe it is not allowed. Also I almost typed my iqama number, [[2417839551|NATIONAL_ID|iqama]], when asking about the exit re-entry visa. I stopped myself. My daughter [[Malak|PERSON]], she is [[sixteen|AGE]] and very clever, she told me, Baba, never put your iqama into anything. The children know more than us now.

AI: Thank you, [[Mahmoud|PERSON]]. How would you like to receive the results of the study?

User: Please email my work address, [[m.abdelrahman@alwaha-water.sa|EMAIL_ADDRESS]], or my personal one, [[mahmoud.abdo＠outlook．com|OBF_EMAIL|fullwidth_at_dot]]. The second one I wrote with the Arabic keyboard, so the symbols look a bit strange, but it works. And if you write about us, please say the drivers are the heroes. In the [[Hajj season|GENERIC_TIME]] they work from dawn to midnight. Like [[Mohamed Salah|PUBLIC_FIGURE]], they run the whole match and nobody sees.""")

# 22 — head concierge, London, UK
T.append("""AI: Good evening, and thank you for taking part. Would you tell me a little about yourself and your work?

User: Good evening. I'm [[Olusegun Adebayo|PERSON]], though nobody has called me [[Olusegun|PERSON]] since my christening, it's [[Segun|PERSON]]. I'm [[51|AGE]] and I'm [[head concierge|JOB_TITLE]] at [[The Marlowe|ORGANIZATION]], a boutique hotel in [[Mayfair|CITY]], [[27 Brook Mews|ADDRESS]], [[W1K 4HR|ADDRESS]], should you ever need a room, ha. I've been in [[London|CITY]] hotels since [[1996|DATE]], and at the [[Marlowe|ORGANIZATION]] since [[2011|DATE]]. I'm a member of [[Les Clefs d'Or|ORGANIZATION]], the golden keys on my lapel.

AI: How has AI changed concierge work, if it has?

User: It has changed the questions guests bring to the desk. Ten years ago they asked me where to eat. Now they've asked [[ChatGPT|AI_PRODUCT]] or [[Perplexity|AI_PRODUCT]] before they come down, and they ask me to get them into the place the AI recommended, which is usually booked for three months. So my job has become less about knowledge and more about relationships. I know the maître d' at half the restaurants in [[Soho|CITY]]. No chatbot has that. On our side, we use [[OpenTable|SOFTWARE]] and the hotel's own guest app, and management put in an AI chat on the app last year to answer simple things like the Wi-Fi password and checkout time.

AI: How do you and your team feel about the guest app's AI?

User: Mixed. It takes the repetitive questions, which is welcome at two in the morning. But it also gives wrong answers with great confidence. In [[May 2024|DATE]] it told a guest that the spa opened at six, when it opens at eight, and a gentleman was standing in his robe at a locked door. My [[night concierge|JOB_TITLE]], [[Dev Malhotra|PERSON]], had to smooth that one over with a complimentary breakfast. Our [[general manager|GENERIC_ROLE]], Ms. [[Hartley|PERSON]], is keen on the technology, but she listens when we bring her examples like that. [[Ludmila|PERSON]] in housekeeping keeps a list of the bot's funniest mistakes on the staff noticeboard.

AI: Do you use AI tools yourself?

User: Quietly, yes. I use [[ChatGPT|AI_PRODUCT]] to draft itineraries, a day in the [[Cotswolds|CITY]], a theatre weekend, and then I rewrite them in my own voice. Guests can tell the difference, I think. I never put guest names into it. Discretion is the whole profession. We've had royalty, footballers, you name it. I'll only say [[David Beckham|PUBLIC_FIGURE]] once complimented our shoe shine, that's as far as I go. My son [[Tobi|PERSON]], who is studying computer science at the [[University of Kent|SCHOOL]], tells me the tools keep the data, so I'm careful. He set up my work profile, [[s.adebayo@themarlowe.co.uk|EMAIL_ADDRESS]], with two-factor everything.

AI: What do you think the future holds for your role?

User: The concierge will survive, but fewer of us. The hotels that compete on price will replace the desk with the app. The hotels that compete on service will keep people like me, because somebody has to get a sold-out show, find a paediatrician at midnight, or fetch a forgotten passport from the airport. My wife [[Funmi|PERSON]] says I'll be working until I'm eighty. Possibly. We live in [[Walthamstow|CITY]], and the commute is the only part of the job I'd happily give to a robot.

AI: Thank you, [[Segun|PERSON]]. What's the best way to reach you personally for follow-up?

User: My mobile, though I'll write it as my nephew taught me, with letters where the numbers should be, so the scrapers can't read it: [[+44 (0) 7700 9OO 5I8|OBF_PHONE|letter_homoglyphs]]. Those are capital O's and an I, you'll work it out. Evenings are best, after the [[Friday|GENERIC_TIME]] rush.""")

# 23 — inventory controller, Lviv, Ukraine
T.append("""AI: Hello, and thank you for joining. Could you tell me about yourself and your work?

User: Hello. I am [[Oksana Hrytsenko|PERSON]], I am [[38|AGE]], and I work as an [[inventory controller|JOB_TITLE]] at a [[Nova Poshta|ORGANIZATION]] sorting terminal near [[Lviv|CITY]]. Before the full-scale war I worked in [[Kharkiv|CITY]], also logistics, since [[2015|DATE]]. In [[March 2022|DATE]] I came west with my son and my mother, and I found this job in [[May 2022|DATE]]. So I am a displaced person, but working.

AI: Where does AI come into your work at the terminal?

User: The terminal is very automated, the sorting lines read the barcodes and send parcels to the right chute. Now there is also a system that predicts volumes, how many parcels will come tomorrow, by region, so we can plan staff. It uses AI, the IT people say. It is quite accurate, except for holidays or when something happens, like a big attack on the power grid, then everything is unpredictable. Our stock and accounting system is [[SAP|SOFTWARE]], and for daily communication we use [[Telegram|SOFTWARE]], everyone in [[Ukraine|COUNTRY]] uses [[Telegram|SOFTWARE]].

AI: Do you use AI tools yourself?

User: Yes, [[ChatGPT|AI_PRODUCT]], and sometimes [[Gemini|AI_PRODUCT]]. I use it to write instructions for new workers, and to make [[Excel|SOFTWARE]] formulas for discrepancy reports. Many of our new workers are also displaced people, from [[Zaporizhzhia|CITY]], from [[Mariupol|CITY]], some never worked in a warehouse. So I make simple step-by-step guides with the AI, and my shift [[colleague|GENERIC_ROLE]] [[Taras|PERSON]] adds photos. Pani [[Halyna|PERSON]], she is the oldest in our team, she said the guides are clearer than the official ones. She is [[sixty-seven|AGE]] and still works, can you imagine.

AI: Have there been moments where it got things wrong or made you uneasy?

User: Yes. Once it translated a Ukrainian term into Russian words without me asking, and I was very angry, because for us this is not a small thing. I told it, only Ukrainian, please. Another time [[Bohdan|PERSON]], our [[loader|JOB_TITLE]], asked it about his rights for overtime, and it gave him rules from another country. He almost argued with the [[shift supervisor|GENERIC_ROLE]] with wrong information. Also privacy. I don't put my tax number into chatbots. It is [[3124509876|NATIONAL_ID|rnokpp]], I know it because I write it on every form since I became displaced. All my documents are in [[Diia|SOFTWARE]], the government app, and I trust that more than an American chatbot.

AI: How do you see the future of this work for you?

User: Honestly, the future is hard to see when there are air alarms at night. But for the work, I think AI will take the planning and the reporting, and people will do the exceptions, the damaged parcels, the problems. I want to learn data analysis, maybe through a free course. My son [[Maksym|PERSON]], he is [[twelve|AGE]], he says, mama, you will be an AI [[manager|GENERIC_ROLE]]. Maybe. I would like one day to go back to [[Kharkiv|CITY]] and help rebuild logistics there. Like [[Andriy Shevchenko|PUBLIC_FIGURE]] once said, you play for your country even when the stadium is empty.

AI: Thank you, [[Oksana|PERSON]]. How can we send you the results?

User: You can write me on [[Telegram|SOFTWARE]], I am [[@oksana_lviv_sklad|SOCIAL_HANDLE]], sklad means warehouse. Or email, [[oksana.hr собака ukr.net|OBF_EMAIL|cyrillic_sobaka]], собака is how we say the at sign, it means dog. Or the work one, [[o.hrytsenko@novaposhta.ua|EMAIL_ADDRESS]], but I prefer personal.""")

# 24 — ride-hail taxi driver, Lima, Peru
T.append("""AI: Hello, thank you for joining. Can you tell me about yourself and what you do?

User: Hola, good. My name is [[Edwin Quispe Mamani|PERSON]], I am [[36|AGE]] years, and I am a [[taxi driver|JOB_TITLE]] in [[Lima|CITY]]. I work with the apps, [[InDrive|SOFTWARE]] and [[Uber|SOFTWARE]], with my own car. I live in [[San Juan de Lurigancho|CITY]], but most of my rides are in [[Miraflores|CITY]], [[San Isidro|CITY]] and to the airport in [[Callao|CITY]]. I am originally from [[Puno|CITY]], near the lake. I came to [[Lima|CITY]] in [[2012|DATE]] and I started with the apps in [[2017|DATE]].

AI: How does AI affect your work as a driver?

User: The apps are full of algorithms. In [[Uber|SOFTWARE]], the price is set by the app, and it changes with demand. I don't know how. Some nights I earn good, some nights nothing. [[InDrive|SOFTWARE]] is different, the passenger offers a price and I accept or counter, so I have more control. For navigation I use [[Waze|SOFTWARE]], it knows the traffic better than any person, except maybe my friend [[Chino|PERSON]], ha. We call him that but he is not Chinese, he just has narrow eyes, his name is [[Walter|PERSON]]. He drives twenty years, he knows every shortcut in [[Surco|CITY]].

AI: Do you use tools like [[ChatGPT|AI_PRODUCT]]?

User: Yes, since [[January 2024|DATE]], my daughter [[Milagros|PERSON]] installed [[ChatGPT|AI_PRODUCT]]. She is [[fourteen|AGE]]. I use it for English, because many tourists from [[Miraflores|CITY]] go to the airport, and they speak English. I ask [[ChatGPT|AI_PRODUCT]], how do I say "the traffic is very bad on the coast road, we must go another way", and I practise. Also with Quechua, my mother's language, I asked it some things, and it knows a little, but not well. Tourists love it when I say some words in Quechua, they give five stars.

AI: Have you ever shared personal information with these tools?

User: Yes, one time when the police gave me a fine, a papeleta, I asked [[ChatGPT|AI_PRODUCT]] to help me make the appeal. I wrote my DNI, [[45872310|NATIONAL_ID|dni]], and the car plate, [[BKR-274|NATIONAL_ID|vehicle_plate]]. My wife [[Roxana|PERSON]] said, [[Edwin|PERSON]], why you give all your data to the machine? She worries a lot, because there are many robberies of drivers here, and with the plate people can find you. Also the apps, they have my face, my licence, my bank account. I don't know who sees all that. For work I must accept it.

AI: How do you see the future for drivers like you?

User: The self-driving cars, I saw videos from [[United States|COUNTRY]], but in [[Lima|CITY]]? With the combis, the motos, people crossing everywhere? No, not in my life. The danger for us is more the apps taking bigger commission. Last year they went up, and nobody asked us. Me and other drivers, we have a group, and we talk about organising, like a union. [[Paolo Guerrero|PUBLIC_FIGURE]] scores for [[Peru|COUNTRY]], we drivers also need to score together, ha.

AI: Thank you, [[Edwin|PERSON]]. How can we contact you with the study results?

User: By [[WhatsApp|SOFTWARE]] is best. My number is [[nueve-nueve-ocho, 4 cuatro 7, tres-dos-1-0|OBF_PHONE|mixed_spanish_digits]], I mix Spanish and numbers so the bots don't take it, ha. Or you can call my house phone, [[01 482 6617|PHONE_NUMBER]], my wife answers. Morning is best, I drive in the night.""")

# 25 — site electrician, Abuja, Nigeria
T.append("""AI: Good morning, and thank you for being here. Could you introduce yourself and your work?

User: Good morning. My name is [[Ibrahim Danjuma|PERSON]], I am [[29|AGE]], and I am a [[site electrician|JOB_TITLE]] with [[Julius Berger Nigeria|ORGANIZATION]], on a government office complex in [[Abuja|CITY]]. I did my ND in electrical engineering at [[Kaduna Polytechnic|SCHOOL]], I am from [[Zaria|CITY]]. I joined the company in [[April 2019|DATE]] as a trainee, and now I am on the electrical team doing first fix and cable pulling on the site. I live in [[Kubwa|CITY]], so I am on the road by five in the morning.

AI: Where does AI come into your work on site?

User: The engineers use [[AutoCAD|SOFTWARE]] and [[Revit|SOFTWARE]] for the drawings, and I think some of the clash detection is AI now, but that is their side. For me, the main thing is my phone. I use [[ChatGPT|AI_PRODUCT]] to check cable sizing and to understand the wiring regulations, the British ones, because the book is thick and English is heavy. And [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]], because it is already there and data is expensive. I ask it, what does this symbol mean on the drawing, what is the difference between these two breakers. It helps me learn faster.

AI: Has it ever given you wrong information on something important?

User: Yes, and that is why I am careful. Once it told me a cable size that was too small for the load, because I forgot to say the cable was running in a hot ceiling. My [[supervisor|GENERIC_ROLE]], Engr. [[Okonkwo|PERSON]], checked my calculation and asked, who told you this? I said [[ChatGPT|AI_PRODUCT]]. He laughed and said, then let [[ChatGPT|AI_PRODUCT]] come and take the shock. Since then I always show him before I do anything. [[Emeka|PERSON]], who works with me on the cable pulling, he doesn't use AI at all, he says his father was an electrician for thirty years without a phone. But even [[Emeka|PERSON]] asked me to use [[ChatGPT|AI_PRODUCT]] to write his CV in [[December|GENERIC_TIME]], ha.

AI: What about personal information? Do you share any with these tools?

User: I try not to. When I was doing my NIN update, I did not put my number into anything. It is [[34781209554|NATIONAL_ID|nin]], I know it by heart because we use it for everything now, bank, SIM card, everything. My elder sister [[Hauwa|PERSON]] works at a bank in [[Kaduna|CITY]] and she told me, people are using NIN for fraud. Also on site they give us ID badges, mine is [[JBN-ABJ-20931|NATIONAL_ID|badge_number]], I don't post photos with it showing. Some boys post everything on [[TikTok|SOFTWARE]], badge, site, face. The security people complained in [[October 2023|DATE]].

AI: How do you see AI changing your work in the future?

User: For electricians, the hands will still be needed. AI cannot climb the scaffold and terminate a cable. But the planning, the calculations, the reports, AI will do more. I want to become a registered engineer one day, so I am studying for my HND part-time. I use AI to study. Even Mama [[Nkechi|PERSON]], the woman who sells food at the site gate, she uses AI to calculate her prices now, ha, everybody is using it. When [[Wizkid|PUBLIC_FIGURE]] is singing about money and the naira is falling, we must all be smart.

AI: Thank you, [[Ibrahim|PERSON]]. How would you like us to send you the results?

User: Email, please. The normal one is [[ibrahim.danjuma29@gmail.com|EMAIL_ADDRESS]], but for surveys I use this other one, I write it the hacker way so bots cannot read it: [[1br4h1m.d4njum4 at y4h00 d0t c0m|OBF_EMAIL|leetspeak]]. The numbers are letters, you will understand. Please don't call during the day, on site we are not allowed to use phones near the panels.""")


for i, raw in enumerate(T, 1):
    print(i, "words", len(build(raw.strip())[0].split()))
write_set(T, "set_aq")
