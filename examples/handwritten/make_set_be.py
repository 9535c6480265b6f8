import sys
from markup import write_set
T = []

# 1 Nigeria - tailoring business owner
T.append("""AI: Thanks for making time today. To start, could you tell me a little about yourself and the work you do?

User: Sure. My name is [[Funmilayo Adeyemi|PERSON]], but everybody calls me [[Funmi|PERSON]]. I'm [[38|AGE]], and I run a small fashion and tailoring business called [[Adire Lane Couture|ORGANIZATION]] in [[Yaba|CITY]], [[Lagos|CITY]]. We do mostly bridal wear and aso-ebi orders for weddings. I have four tailors, a girl who is learning the work, and my younger brother [[Tunde|PERSON]] does deliveries on his okada when he is not in lectures at [[UNILAG|SCHOOL]].

AI: How did AI first come into the business?

User: Honestly, it was my niece. [[Ifeoma|PERSON]] came to stay with us for the holidays in [[December 2022|DATE]] and she saw me at two in the morning typing captions for [[Instagram|SOFTWARE]] with one finger. She just took my phone, installed [[ChatGPT|AI_PRODUCT]], and said "Aunty, talk to it like you talk to me." I laughed at her, but I tried it. The first thing I asked was a caption for a green lace buba, and it gave me something so dramatic, like a poem. I told it, make it sound like a [[Lagos|CITY]] babe, not like a church bulletin, and the second one was actually good. Since then I use it almost every day.

AI: Can you walk me through a typical way you use it now?

User: Okay, let me use yesterday. A [[client|GENERIC_ROLE]], Mrs [[Bankole|PERSON]], wants six outfits for her daughter's introduction ceremony in [[Ibadan|CITY]]. She sent me maybe eleven voice notes on [[WhatsApp|SOFTWARE]], with measurements mixed inside gist about her in-laws. So I listened, typed the key points roughly, and asked [[ChatGPT|AI_PRODUCT]] to turn it into an order sheet: measurements, fabric yards, style, deadline. Then I copy that into [[Google Sheets|SOFTWARE]] and print it for the workshop. My [[head cutter|JOB_TITLE]], we call him Baba [[Sule|PERSON]], he does not read long messages, so the table is everything for him. Before, I would write it on paper and he would complain that my handwriting is like a doctor's.

AI: You mentioned typing in details about clients. How do you feel about what goes into the tool?

User: That one I think about small. I don't put the full names of clients anymore, I just write "customer B" or "the [[Ibadan|CITY]] bride". My cousin [[Chidi|PERSON]] works in IT at [[Access Bank|ORGANIZATION]] and he warned me that whatever I type can be stored somewhere. But to be honest, phone numbers slip in sometimes, because when I ask it to draft a reply I paste the whole message, signature and all. My own details are already everywhere anyway. On every caption it adds "DM [[@adirelane.couture|SOCIAL_HANDLE]] or call [[0803 555 2190|PHONE_NUMBER]]", and for the foreign customers I tell them to email [[adirelanecouture at gmail dot com|OBF_EMAIL|spelled_at_dot]]. I write it like that so the spam people don't catch it. The foreign ones are mostly diaspora. Nigerians in the [[UK|COUNTRY]], in [[Canada|COUNTRY]], some in [[Houston|CITY]]. They see a style on [[Instagram|SOFTWARE]], maybe something [[Tiwa Savage|PUBLIC_FIGURE]] wore to an award show, and they want it before a wedding in [[August|GENERIC_TIME]]. For them I use the AI to convert measurements, because some send inches, some send centimetres, and some just send a photo of themselves standing next to a door, which is not a measurement. It also helps me explain shipping, customs, [[DHL|ORGANIZATION]] timelines, all of that, politely. My [[accountant|GENERIC_ROLE]] said I should use it for invoices too, but I still do invoices myself in [[Excel|SOFTWARE]] because I don't trust it with money.

AI: Has anything ever gone wrong?

User: Yes! Once I asked it to reply to an angry bride whose gele was late, and it apologised so much that it offered her a full refund. I didn't read properly and I sent it. She took the refund and the gele. My husband, [[Kunle|PERSON]], is still laughing at me. Now I read everything twice and I remove any promises before I press send. My staff are mixed about it. [[Blessing|PERSON]], the girl learning the work, she is [[nineteen|AGE]] and she uses it more than me, she asks it for pattern ideas and fabric combinations. Baba [[Sule|PERSON]] doesn't care as long as the paper is correct. One of the tailors, [[Emeka|PERSON]], thinks it will take our jobs, but I tell him, the day a robot can sew a mermaid gown, I will retire to [[Abeokuta|CITY]] and plant plantain.

AI: Last question. If you could change one thing about how you use AI, what would it be?

User: I wish it understood voice notes in pidgin properly. When I try [[Gemini|AI_PRODUCT]] with voice, it hears "abeg" as something else entirely. If they fix that, I will save maybe two hours every [[Monday|GENERIC_TIME]], because [[Monday|GENERIC_TIME]] is when all the weekend wedding people wake up and remember they need clothes.""")

# 2 Poland - warehouse shift coordinator
T.append("""AI: Hi, thank you for joining. Could you start by telling me what you do and where?

User: Yes, of course. I am [[Agnieszka Wróbel|PERSON]], I work as a [[shift coordinator|JOB_TITLE]] in a distribution warehouse for [[Trans-Odra Logistyka|ORGANIZATION]], just outside [[Wrocław|CITY]], near [[Bielany Wrocławskie|CITY]]. We handle goods for big retail chains, a lot of electronics and garden furniture. I've been there since [[2016|DATE]], first as a [[picker|JOB_TITLE]], then in the office for a while, and now I coordinate the night shift, around sixty people.

AI: Where does AI come in for you?

User: Mostly language, at the beginning. Maybe half my people are from [[Ukraine|COUNTRY]], and some from [[Colombia|COUNTRY]] and [[Nepal|COUNTRY]] now too. So the safety briefings, the changes in procedures, I write them in Polish and put them through [[DeepL|AI_PRODUCT]], and lately [[Copilot|AI_PRODUCT]], because the company bought licences for all coordinators [[last autumn|GENERIC_TIME]]. [[Oksana|PERSON]], who is my right hand on the shift, she checks the Ukrainian version, because the first time the machine translated "pallet jack" as something like "pallet jacket" and people were very confused. The other big thing is reports. Every morning at six I send a handover to the day shift and to my [[manager|GENERIC_ROLE]], [[Paweł Nowicki|PERSON]]. It's numbers from [[SAP|SOFTWARE]]: how many lines picked, errors, damaged goods, who was absent. Before, I wrote it by hand in [[Outlook|SOFTWARE]], forty minutes, at the end of a twelve-hour shift with my eyes closing. Now I export to [[Excel|SOFTWARE]], paste the summary into [[Copilot|AI_PRODUCT]] and say "write handover, short, in Polish, problems first". Ten minutes. [[Paweł|PERSON]] says the reports are better now, which is a little bit insulting, but okay.

AI: Do you put any personal information about workers into it?

User: I try not to. In the handover I must say who was absent or injured, but I use badge numbers, not names. Like "employee [[WR-20417|NATIONAL_ID]] left early, back pain". But I will be honest, when I'm tired I just write "[[Dmytro|PERSON]] left early". [[Dmytro|PERSON]] has a bad back since the accident with the forklift, everybody knows. [[Gosia|PERSON]] from HR told us in the training that we should not do this, there was a whole presentation about data protection with a cartoon of a padlock. I also use it for scheduling, a little. The shifts, holidays, who can drive the reach truck, who has the certificate. I have a very messy spreadsheet, and I ask [[ChatGPT|AI_PRODUCT]] on my own phone, not the company one, how to make formulas. My son [[Kuba|PERSON]] showed me this. He studies computer science at [[Politechnika Wrocławska|SCHOOL]], he is [[twenty-one|AGE]] and he thinks I'm a dinosaur. He says "Mama, just ask it for VLOOKUP", and I said what is this VLOOKUP, it sounds like a disease.

AI: How has your team reacted?

User: The young ones love it. [[Oksana|PERSON]]'s husband [[Taras|PERSON]] works on the docks, and he uses it to write messages to the truck drivers in Polish so they stop ignoring him. The older Polish guys, not so much. [[Zbyszek|PERSON]], he's been driving a forklift here longer than me, he says if a computer tells him where to put a pallet he will go and work for [[Amazon|ORGANIZATION]] in [[Poznań|CITY]]. Which is funny, because [[Amazon|ORGANIZATION]] is all computers.

AI: If we wanted to follow up with you later, what's the best way to reach you?

User: Email is best, my work one is [[a.wrobel@trans-odra.pl|EMAIL_ADDRESS]], but I don't read it at [[weekends|GENERIC_TIME]]. Or you can call, the number is [[six zero two, one one four, eight eight three|OBF_PHONE|number_words]]. If I don't answer I'm sleeping, because of nights, so send a text.

AI: Anything else you'd like to add?

User: Only that I wish the company made a clear rule. Right now it's like the Wild West, everyone does what they want. My sister works in [[Germany|COUNTRY]], in a warehouse in [[Leipzig|CITY]], and there they have a list: this tool yes, this tool no. Here we have a poster that says "be careful with AI" and a picture of a robot. That's all.""")

# 3 Philippines - freelance virtual assistant
T.append("""AI: Hello, and thanks for being here. Can you tell me about your work?

User: Hi! So I'm [[Jerome Villanueva|PERSON]], [[29|AGE]], and I'm a [[freelance virtual assistant|JOB_TITLE]] based in [[Davao City|CITY]]. I've been doing this full time since [[2020|DATE]], when the pandemic hit and the call centre I worked at, [[Teleperformance|ORGANIZATION]], cut our account. Right now I have three regular clients, all abroad. Two in the [[US|COUNTRY]] and one in [[Australia|COUNTRY]]. The biggest one is a [[realtor|JOB_TITLE]] in [[Phoenix|CITY]], [[Brenda Kowalski|PERSON]]. I manage her inbox, her calendar, her listings, and her social media. Then there's a dental clinic in [[Parramatta|CITY]], [[Harbourview Family Dental|ORGANIZATION]], where I do appointment reminders and recall emails for Dr. [[Nguyen|PERSON]]. And the third one is smaller, a guy in [[Austin|CITY]] who sells coffee gear online, I just do his product descriptions and customer emails. He likes to be called [[Big Mike|PERSON]] even in emails, which is funny.

AI: Where does AI show up in a normal day?

User: Everywhere, honestly. My day starts around nine at night here, because of the time zones. First thing, I open [[Brenda|PERSON]]'s inbox, and I use [[ChatGPT|AI_PRODUCT]] to sort what's urgent. I paste the subject lines and a little preview, and it groups them: offers, showings, lenders, spam. Then for the listings, I take her voice memo, like "three bed, two bath, big yard, near the good school", and [[Claude|AI_PRODUCT]] turns it into a proper listing description. I prefer [[Claude|AI_PRODUCT]] for long writing, it sounds less like a robot selling vitamins. For the graphics I use [[Canva|SOFTWARE]], which also has AI now, and I schedule everything in [[Trello|SOFTWARE]] so I don't lose my mind.

AI: Do your clients know you use these tools?

User: [[Brenda|PERSON]] knows. Actually she encouraged it, she watches a lot of [[Alex Hormozi|PUBLIC_FIGURE]] videos and she says "[[Jerome|PERSON]], automate everything". Dr. [[Nguyen|PERSON]], I'm not sure. I told the [[office manager|GENERIC_ROLE]] there, [[Kylie|PERSON]], and she said okay, but just don't put patient names in. So for the recall emails I build a template with placeholders, like FIRSTNAME, and then I merge it in their system, not in the AI. I think that's the right way. But for [[Big Mike|PERSON]] I'm pretty sure he doesn't care at all.

AI: How do you think about privacy for yourself?

User: Ha, that's a good question, because as a [[freelancer|JOB_TITLE]] I have to put myself out there. My portfolio is on [[jeromeva.carrd.co|URL]], and I'm on [[LinkedIn|SOFTWARE]] as [[jerome-villanueva-va|SOCIAL_HANDLE]]. On the freelancing sites they block you if you put your email, so people write it weird, like [[jerome.v.assist[at]gmail[dot]com|OBF_EMAIL|bracket_at_dot]]. I did that too, in the beginning. And the phone I write with spaces, like [[0 9 1 7 5 5 5 3 2 8 4|OBF_PHONE|spaced_digits]], so the filter doesn't see it. Everybody does it, it's like a Pinoy secret.

AI: Has AI changed how much you earn or how you price your work?

User: Yes. Before, one listing description took me maybe forty-five minutes. Now ten. So I could take on [[Big Mike|PERSON]] without quitting sleep. My wife [[Kat|PERSON]] says I should raise my rates, because I'm faster, but clients think "oh, it's AI, it should be cheaper". I'm still figuring that out. My friend [[Arnel|PERSON]], he's also a [[VA|JOB_TITLE]] in [[Tagum|CITY]], he started charging per task instead of per hour. Maybe I'll try that next year. What I don't use AI for is phone calls. When a buyer calls [[Brenda|PERSON]]'s line and she's busy, I pick up, and that's just me. And anything with money. I had one time where I asked it to calculate a commission split and it was off by like two hundred dollars. Thankfully I checked it in [[Google Sheets|SOFTWARE]] before sending. Also, the emails to Dr. [[Nguyen|PERSON]] himself, because he's very formal and I'm scared of him. Haha.

AI: Thanks, [[Jerome|PERSON]]. Anything else?

User: Just that I hope people don't think VAs are going to disappear. My mom, she worked in [[Dubai|CITY]] for eleven years so we could study. I studied at [[University of Mindanao|SCHOOL]] because of her. Now I can earn a dollar salary from my bedroom. AI is part of that, not the end of it.""")

# 4 Canada - electrician, small shop owner
T.append("""AI: Thanks for joining. Can you tell me a little about what you do?

User: Yeah, no problem. I'm [[Rob Sinclair|PERSON]], I'm a [[journeyman electrician|JOB_TITLE]], and I've owned a little shop called [[Red River Sparks|ORGANIZATION]] in [[Winnipeg|CITY]] since [[2011|DATE]]. I'm [[47|AGE]]. It's me, another [[journeyman|JOB_TITLE]], [[Dale|PERSON]], and an [[apprentice|JOB_TITLE]], [[Jayden|PERSON]], who's in his second year. My wife [[Shelley|PERSON]] does the books and answers the phone when I'm up a ladder, which is most of the time.

AI: How did you start using AI in the business?

User: [[Jayden|PERSON]], honestly. He's [[twenty|AGE]], he uses it for everything. He was using [[ChatGPT|AI_PRODUCT]] on his phone on a job site to look up how to size a sub-panel, and I almost lost it, because it gave him an answer from the American code, the NEC, and we work under the Canadian code here in [[Manitoba|CITY]]. So my first experience with it was me yelling at [[Jayden|PERSON]] in a basement in [[River Heights|CITY]]. But after that I got curious, and I started using it for the office side, not the wiring side. On the office side it's quotes, mostly. I hate writing quotes. So I'll walk a job, take photos, talk into my phone like "two hundred amp upgrade, old fuse panel, needs a new mast, customer wants two EV chargers in the garage", and I paste that into [[ChatGPT|AI_PRODUCT]] and say "make this a quote a normal person understands". Then I punch the numbers into [[Jobber|SOFTWARE]], which is what we use for scheduling and invoicing, and [[Shelley|PERSON]] syncs that with [[QuickBooks|SOFTWARE]]. I never let the AI do the prices. It doesn't know what copper costs this week at [[Guillevin|ORGANIZATION]].

AI: Do any customer details go into it?

User: Probably more than should, if I'm being honest. Like, last week I had a panel job for an older lady, Mrs. [[Kowalchuk|PERSON]], at [[1184 Lindsay Street|ADDRESS]], and I just dumped my notes in, address and all, because I wanted it to write the permit description for the city. I didn't think about it until my daughter said something. [[Maddie|PERSON]] is in nursing at the [[University of Manitoba|SCHOOL]], and they have these whole privacy courses, so she gave me a lecture at supper. Now I try to write "customer" and "the house" instead.

AI: What about your commercial work?

User: We've got a couple of regular commercial clients. The biggest is [[Prairie Oak Dental|ORGANIZATION]], they've got three locations and something's always flickering. Their [[facilities manager|GENERIC_ROLE]], [[Gord|PERSON]], emails me these long rambling messages, so I paste them in and ask it to pull out the actual list of what's broken. That's been a real time saver. I also used it to write a safety procedure for lockout-tagout, for when we bring on a new guy. [[Dale|PERSON]] read it and said it was better than the one the union gave us, which, coming from [[Dale|PERSON]], is basically a medal. What I won't use it for is anything on the tools. Code calculations, box fill, voltage drop, I do those myself or with the app from the code book people. I've seen it be confidently wrong. It's like that guy on the crew who's never worked in the trade but watched every episode of [[Mike Holmes|PUBLIC_FIGURE]]. Sounds great, will burn your house down.

AI: How do customers reach you, and has AI changed that at all?

User: Most folks still just call. The shop number is [[(204) 555-0178|PHONE_NUMBER]], it's on the truck. For email I had my nephew build a little website and he wrote the address on there as [[rob (at) redriversparks (dot) ca|OBF_EMAIL|parenthesis_at_dot]], said it stops the bots. What AI has changed is how fast I get back to people. Before, I'd answer emails on a [[Sunday|GENERIC_TIME]] night, cranky. Now I can knock them out at lunch in the truck.

AI: Last one. Where do you see this going for a shop like yours?

User: I think it'll be the paperwork guy. Not the electrician. There's a shortage of trades in [[Canada|COUNTRY]], everybody knows that, and the young guys coming up, they're good with this stuff. If it means [[Jayden|PERSON]] spends less time on forms and more time learning to bend conduit properly, great. But every [[January|GENERIC_TIME]] when it's minus forty and somebody's furnace igniter fails at three in the morning, no chatbot's driving out to [[Transcona|CITY]]. That's still me.""")

# 5 Brazil - primary school teacher
T.append("""AI: Hello, and thank you for taking part. Could you introduce yourself?

User: Hello! I'm [[Luciana Ferreira|PERSON]], people call me [[Lu|PERSON]]. I'm a [[primary school teacher|JOB_TITLE]], I teach fourth grade at [[Escola Municipal Vereador Carlos Pessoa|SCHOOL]], in [[Sarandi|CITY]], which is in the north zone of [[Porto Alegre|CITY]]. I'm [[forty-one|AGE]], I have been teaching for almost eighteen years, all of them in public schools.

AI: How did you start using AI for your teaching?

User: It was after the floods, in [[May 2024|DATE]]. Our school was under water, the whole neighbourhood was. We lost books, notebooks, the computers, everything. When we came back we were teaching in a borrowed church hall, and I had no materials at all. A [[colleague|GENERIC_ROLE]], [[Daniela|PERSON]], who teaches the fifth grade, showed me [[ChatGPT|AI_PRODUCT]] on her phone. She asked it for a reading activity about water and rain for nine-year-olds, and in one minute it was there. I cried a little, to be honest, because I was so tired.

AI: How do you use it now, in a normal week?

User: On [[Sunday|GENERIC_TIME]] night I plan the week. I tell it the topic from the curriculum, for example fractions, and ask for three versions of the same exercise: one normal, one easier, and one with pictures. Then I make it beautiful in [[Canva|SOFTWARE]] and post it on [[Google Classroom|SOFTWARE]] for the families who have internet. For the families who don't, I print. I also use [[Gemini|AI_PRODUCT]] sometimes because it's already inside the school's [[Google|SOFTWARE]] account, our [[pedagogical coordinator|JOB_TITLE]], Dona [[Cida|PERSON]], prefers that we use it because of the data agreement with the municipality. The three versions are where AI helps me most. I have thirty-two students, and one of them, [[Enzo|PERSON]], is autistic and does not read yet. Another girl, [[Yasmin|PERSON]], came from [[Venezuela|COUNTRY]] last year and is still learning Portuguese. Before, adapting everything for them took me hours, or honestly, I didn't do it and I felt guilty. Now I ask for a version with short sentences, big letters, and a picture for each word. For [[Yasmin|PERSON]] I ask it to put the instructions in Spanish also. Her mother wrote me a message saying thank you, and I showed it to my husband because I was so proud. With students' information, I learned to be careful. At the beginning I wrote "[[Enzo|PERSON]] has autism, level 1, he likes dinosaurs". Now I write "a student with autism who likes dinosaurs". Dona [[Cida|PERSON]] did a training about this, she showed us the law, the LGPD, and said student names never go in. So I fixed that. But I admit, the first months, I put everything.

AI: How do your colleagues feel about AI?

User: It's divided. The young teachers use it all the time. [[Daniela|PERSON]] makes whole projects with it. Some older colleagues say it's cheating, that [[Paulo Freire|PUBLIC_FIGURE]] would be turning in his grave. I think [[Paulo Freire|PUBLIC_FIGURE]] would want us to use any tool that gives the poor kids the same material as the private schools. My husband [[Rodrigo|PERSON]] is a [[bus driver|JOB_TITLE]] for [[Carris|ORGANIZATION]], and he jokes that I talk more to the robot than to him. Maybe it's true in [[March|GENERIC_TIME]], when the school year starts.

AI: Have you shared your materials with other teachers?

User: Yes, I have a small group. Teachers from [[Canoas|CITY]], [[Alvorada|CITY]], even one from [[Argentina|COUNTRY]] who saw my posts. I post some activities on [[Instagram|SOFTWARE]], my profile is [[@prof.lu.alfabetiza|SOCIAL_HANDLE]]. When people ask for the editable files, I say send an email to [[lu.ferreira.prof arroba gmail ponto com|OBF_EMAIL|arroba_ponto]], I write it like that in the comments because [[Instagram|SOFTWARE]] hides links and also because of spam.

AI: Is there anything that worries you about using it?

User: That it makes everything the same. The texts it writes are correct but they don't have the flavour of here, of the south. The kids here say "bah" and "tri", they talk about chimarrão and the river. So I always change the stories, I put the names of streets they know, the football teams, [[Grêmio|ORGANIZATION]] and [[Internacional|ORGANIZATION]], half the class fights about that. The machine doesn't know these children. I know them. That part, it can't do.""")

# 6 Germany - tax assistant at a small tax advisory firm
T.append("""AI: Good morning, and thanks for joining. Could you tell me a bit about your job?

User: Morning! So, I'm [[Derya Aksoy|PERSON]], I'm [[33|AGE]], and I'm a [[tax assistant|JOB_TITLE]], in German we say [[Steuerfachangestellte|JOB_TITLE]], at a small tax advisory firm in [[Leipzig|CITY]], [[Kanzlei Brandt & Vogel|ORGANIZATION]]. We're eight people. Mostly we do bookkeeping and annual returns for small businesses: bakeries, hairdressers, a couple of craftsmen, some freelancers from the creative scene in [[Plagwitz|CITY]]. I did my training there from [[2010|DATE]] to [[2013|DATE]] and just never left.

AI: How does AI fit into that kind of work?

User: Carefully, let's say. Our main software is [[DATEV|SOFTWARE]], and that's a closed world, everything stays in there. The AI part is more around it. Herr [[Brandt|PERSON]], my [[boss|GENERIC_ROLE]], was very sceptical at first. Then his son, who studies in [[Dresden|CITY]], showed him [[ChatGPT|AI_PRODUCT]] over [[Christmas|GENERIC_TIME]], and suddenly in [[January|GENERIC_TIME]] we had a team meeting about "Chancen der KI". Now we have a company account for [[DeepL Write|AI_PRODUCT]] and we're allowed to use [[Copilot|AI_PRODUCT]] inside [[Outlook|SOFTWARE]] for emails, but the rule is: no [[client|GENERIC_ROLE]] names, no tax numbers, nothing that identifies anybody.

AI: And in practice, does everyone stick to that rule?

User: Mostly. Honestly, the problem happened once, and that's why the rule is so strict now. A [[colleague|GENERIC_ROLE]], [[Jens|PERSON]], he pasted a whole letter from the tax office into [[ChatGPT|AI_PRODUCT]] to ask what it meant, and the letter had the [[client|GENERIC_ROLE]]'s Steuer-ID on top, [[65 929 970 489|NATIONAL_ID]], and the full address. He told us himself at lunch, he didn't even think it was a problem. Frau [[Vogel|PERSON]] went completely pale. Since then we have a checklist printed next to every screen. I think [[Jens|PERSON]] still feels bad about it.

AI: How do you personally use it, then?

User: Three main things. First, explaining. Clients send me questions like, "Can I deduct my dog?" and I know the answer, but writing it kindly and simply takes time, so I let [[Copilot|AI_PRODUCT]] do a first draft and then I fix it. Second, our [[Azubi|JOB_TITLE]], [[Lea|PERSON]], she's in her first year, and I use it to make little practice cases for her with invented numbers, like "a baker in [[Chemnitz|CITY]] buys an oven for 18,000 euros, how do you depreciate it". She loves that. And third, for myself, I'm doing the Steuerfachwirt exam next year, evening courses at the [[IHK|ORGANIZATION]], and I use it to quiz me at night when my daughter is asleep.

AI: That sounds like a lot on your plate. How do the clients react when they find out AI is involved?

User: Most don't know, and most don't care. The older ones, like Herr [[Sommer|PERSON]] from the bakery, [[Bäckerei Sommer|ORGANIZATION]], he would probably be shocked, he still brings his receipts in a shoebox every [[March|GENERIC_TIME]]. The younger freelancers ask me if I can just "do everything with AI" and make it cheaper. I tell them, the AI doesn't sign the return, Herr [[Brandt|PERSON]] does, and he's liable. There was a thing on the news, [[Christian Lindner|PUBLIC_FIGURE]] talking about digitalising the tax administration, and every [[client|GENERIC_ROLE]] suddenly thought their taxes would be done by a robot by [[summer|GENERIC_TIME]]. No.

AI: Is there anything about it that worries you, for your own career?

User: A little. The boring bookkeeping, the receipts, the bank statements, that's already mostly automatic with the bank feeds. If AI takes more of that, what's left for people like me is the advice part and the talking part. That's why I'm doing the exam. My partner [[Basti|PERSON]] works in IT at [[Porsche|ORGANIZATION]] out by the motorway, and he says I should learn [[Python|SOFTWARE]], but I think my strength is people, not code. My mother, she came from [[Turkey|COUNTRY]] in [[1987|DATE]] and cleaned offices in [[Sachsen|CITY]] for twenty years, and she's so proud that I sit in an office now. I don't want a robot to take that away, you know? If you want to send me the results of the study, my private email is [[derya.aksoy (ät) gmx (punkt) de|OBF_EMAIL|german_at_punkt]]. Not the work one, please, Frau [[Vogel|PERSON]] reads everything.""")

# 7 India - freelance graphic designer
T.append("""AI: Hi, thanks so much for doing this. Could you start by telling me about yourself?

User: Hi, yes. I'm [[Sneha Deshpande|PERSON]], I'm a [[freelance brand designer|JOB_TITLE]], [[27|AGE]] years old, working from home in [[Kothrud|CITY]], [[Pune|CITY]]. I studied communication design at [[MIT Institute of Design|SCHOOL]] and after graduating I worked two years at an agency in [[Mumbai|CITY]], [[Pixelwala Studios|ORGANIZATION]]. Then in [[2022|DATE]] I came back home and went freelance, because the [[Mumbai|CITY]] rent was eating my whole salary.

AI: What kind of clients do you work with now?

User: All types. Right now my steady ones are a café chain here, [[Chai Chowk|ORGANIZATION]], they have six outlets, I do their menus, their [[Instagram|SOFTWARE]] posts, festival campaigns. Then a small fintech startup in [[Dubai|CITY]], the [[founder|GENERIC_ROLE]] is a college senior of mine, [[Kabir|PERSON]]. And weddings, lots of weddings. Wedding invites are where the money is, honestly. There's one [[wedding planner|JOB_TITLE]], Mrs. [[Mehta|PERSON]], we all call her [[Meher|PERSON]] aunty, she sends me like four couples every season.

AI: Where does AI come into your design work?

User: Mostly at the start and the end, not really the middle. At the start, for mood boards, I use [[Midjourney|AI_PRODUCT]] to explore directions fast. Like for [[Chai Chowk|ORGANIZATION]]'s monsoon campaign, I generated maybe sixty images of rainy streets and kettles, picked the feeling I liked, and then drew the actual thing myself in [[Illustrator|SOFTWARE]]. In the middle it's still me, [[Photoshop|SOFTWARE]], [[Figma|SOFTWARE]], my hand. At the end, [[ChatGPT|AI_PRODUCT]] helps me write the captions, the presentation text, and the emails where I explain why the logo cannot be "bigger and also smaller". Every designer knows that email.

AI: How do your clients feel about AI-generated visuals?

User: Different reactions. [[Kabir|PERSON]] loves it, he's a tech guy, he wants everything fast. [[Meher|PERSON]] aunty is the opposite, one of her couples found out I used [[Adobe Firefly|AI_PRODUCT]] for a background and the bride's mother said "we are paying for art, not for computer". So now I tell people upfront. My friend [[Aditi|PERSON]], she's a [[UX designer|JOB_TITLE]] at [[Infosys|ORGANIZATION]], told me to add a line in my contract about AI tools, so I did that last [[Diwali|GENERIC_TIME]] when I redid all my paperwork.

AI: Does any personal or financial information go into these tools?

User: Oh, that's a good point, because when I made the contract template with [[ChatGPT|AI_PRODUCT]], I first typed my own details into it, my PAN, [[BQKPD4417M|NATIONAL_ID]], my GST number, bank details, everything, and asked it to format. Later I felt stupid about that. The clients need the PAN for TDS, so it's in every invoice anyway, but still. My father keeps saying, "[[Sneha|PERSON]], you put your whole life on the internet." He worked thirty-two years at [[Tata Motors|ORGANIZATION]] in [[Pimpri|CITY]], he still prints his emails. On my portfolio I'm more careful. It's [[behance.net/snehadeshpande|URL]] and [[@sneha.draws|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], and in the bio I wrote the email like [[sneha dot designs at the rate gmail dot com|OBF_EMAIL|at_the_rate]], because bots were scraping it. For serious clients, I just share my number directly, [[+91 98220 41573|PHONE_NUMBER]], on [[WhatsApp|SOFTWARE]].

AI: Last question: how do you see the future for freelancers like you?

User: Honestly, a bit scary and a bit exciting. The cheap logo work is gone, anyone can make a logo in ten seconds now. Even my cousin in [[Bengaluru|CITY]] made his own for his cloud kitchen. But brands still want a person who understands them, who knows that a [[Pune|CITY]] crowd and a [[Delhi|CITY]] crowd are different. Like, [[Shah Rukh Khan|PUBLIC_FIGURE]] is not replaceable because there are good cameras now, right? I'm not comparing myself to him, haha, but you get the idea. I think I'll be fine. I just have to keep learning, and keep my prices honest.""")

# 8 Kenya - pharmaceutical technologist at a community pharmacy
T.append("""AI: Thank you for joining. To begin, could you tell me about your work?

User: Thank you for having me. My name is [[Wanjiru Kamau|PERSON]]. I'm a [[pharmaceutical technologist|JOB_TITLE]] at [[Menengai Chemists|ORGANIZATION]] in [[Nakuru|CITY]], along [[Kenyatta Avenue|ADDRESS]] near the market. I'm [[thirty-one|AGE]]. I trained at [[KMTC|SCHOOL]], the [[Nakuru|CITY]] campus actually, and I've been at this pharmacy since [[2017|DATE]]. It's a busy place. We see maybe two hundred customers on a good day, more at month end when people get paid.

AI: How did you begin using AI tools?

User: Through my [[colleague|GENERIC_ROLE]] [[Kip|PERSON]]. Everybody calls him that because his name is [[Kipkorir|PERSON]] and he runs every morning, so people joke he is [[Eliud Kipchoge|PUBLIC_FIGURE]]'s cousin. He is not. He showed me [[ChatGPT|AI_PRODUCT]] in [[2023|DATE]] when we were trying to write a notice for customers about the new prices after the tax changes. I was surprised how polite it was. Kenyans can be very direct, so it helped us soften things.

AI: What do you use it for now, day to day?

User: Several things, but I want to be clear first: I never use it to decide a dose or a treatment. That one I check in the BNF and with Dr. [[Otieno|PERSON]], who owns the pharmacy and is the [[superintendent pharmacist|JOB_TITLE]]. But I use it to write our [[WhatsApp|SOFTWARE]] broadcast for regular customers, like "Reminder: your blood pressure refill is due", in English and in Kiswahili. I use it to help me draft stock orders to [[Surgipharm|ORGANIZATION]], the distributor, because I can paste what is low and it makes a neat list. And sometimes, when a customer has a long prescription from the hospital, I ask it to explain the medicines in simple words, and then I check it before I say anything.

AI: Have you had any situations where it gave you something wrong?

User: Yes, once. A mama came with her child's prescription, and I asked it something about the syrup, just the storage. It told me one thing, but the package insert said another. I trusted the insert, of course. Since then I tell the young ones, [[Achieng|PERSON]] who is on attachment with us, and [[Brian|PERSON]] who does the till, that AI is like a friend who talks too much at a wedding. Sometimes correct, always confident. [[Achieng|PERSON]] laughed but I think she understood.

AI: What about patient privacy? How do you handle that?

User: We are supposed to be very careful, and the [[Pharmacy and Poisons Board|ORGANIZATION]] is strict. My registration number, [[PPB/PT/08812|NATIONAL_ID]], is on the wall certificate, so that one everyone can see anyway. But for customers, I never put names or phone numbers in the AI. I write "female, adult, diabetic". Dr. [[Otieno|PERSON]] made a rule about this after he read something in the [[Daily Nation|ORGANIZATION]] about data being leaked. Also, [[M-Pesa|SOFTWARE]] numbers, we don't put them. People pay using [[M-Pesa|SOFTWARE]] and the number shows on our phone, so it's easy to copy by mistake.

AI: Finally, is there anything you'd want the people who build these tools to know?

User: That here, many people share one phone. A mother, her husband, the grandmother, all one phone. So when you think of privacy, think of that. And make it work with our language better. When I write in Sheng, it gets confused. My sister in [[Eldoret|CITY]], she is a teacher, she says the same with her students. If someone from your study wants to call me, the number is [[oh-seven-double-two, four-five-one, triple-nine-eight|OBF_PHONE|number_words_double]]. Please call after six, because during the day I'm standing at the counter. Or on [[Saturday|GENERIC_TIME]] afternoon, which is quieter, unless it's end month.""")

# 9 Mexico - HR coordinator at an auto-parts plant
T.append("""AI: Thanks for joining us today. Could you start by describing your role?

User: Of course. My name is [[María Fernanda Ríos|PERSON]], but at work everyone says [[Marifer|PERSON]]. I'm the [[HR coordinator|JOB_TITLE]] at [[Autopartes Occidente|ORGANIZATION]], it's a plant in [[El Salto|CITY]], just outside [[Guadalajara|CITY]]. We make brake components, mostly for export to the [[United States|COUNTRY]]. About nine hundred employees in three shifts. I've been there since [[October 2018|DATE]], before that I was in recruitment at a staffing agency, [[Grupo Talento Jalisco|ORGANIZATION]].

AI: What does a typical week look like, and where does AI come into it?

User: A typical week is chaos, honestly. Recruitment for operators, because turnover is high, payroll incidents, the union, training, and a lot of reports in English for the corporate people in [[Detroit|CITY]]. AI helps most with the English part. My English is okay but writing formal reports takes me double time. So I write my ideas in Spanish and ask [[Copilot|AI_PRODUCT]] to make a professional version. Our plant [[manager|GENERIC_ROLE]], [[Greg Thompson|PERSON]], he's American, and he once told me my reports got "really sharp" this year. I didn't tell him why. Well, now he knows, if he reads your study. Hi, [[Greg|PERSON]].

AI: What about the recruitment side?

User: There I use [[ChatGPT|AI_PRODUCT]] a lot for job postings. Before, our postings were like a list of requirements, very cold. Now I ask it to write something that sounds human, that talks about the transport service and the cafeteria, because that's what the operators care about. We post on [[Facebook|SOFTWARE]] groups and on [[OCC Mundial|ORGANIZATION]]. Applications went up, I think, maybe twenty percent. But the screening I don't let the AI do. I read the CVs myself, or my [[assistant|GENERIC_ROLE]] [[Lupita|PERSON]] does.

AI: Do you ever put candidate or employee data into these tools?

User: This is the part where I have to be honest. At the beginning, yes. I remember once I pasted a whole candidate file to ask it to summarise, and it had the CURP, [[RIGM880412MJCSRR05|NATIONAL_ID]], the address in [[Tlaquepaque|CITY]], everything. Later we had a training from corporate about data privacy and I felt terrible. Now the policy is we only use the [[Copilot|AI_PRODUCT]] that comes with our company account, and never with personal data. IT even blocked the free [[ChatGPT|AI_PRODUCT]] on the plant computers for a while, but then the engineers complained so much they opened it again. [[Toño|PERSON]], my husband, works in IT at another company, at [[Flex|ORGANIZATION]], and he says every company in [[Jalisco|CITY]] is having the same fight.

AI: How do the employees on the floor feel about AI?

User: They don't see it much, it's more an office thing. But there is fear. When the news says robots and AI will replace jobs, the operators ask me, "Licenciada, are they going to close the line?" And I tell them, look, the AI is helping me write the memo, it's not welding brakes. Some of the young ones use it to study, though. We have an agreement with [[Universidad de Guadalajara|SCHOOL]] for operators who want to finish their high school, the prepa abierta, and a few of them use [[ChatGPT|AI_PRODUCT]] to explain mathematics. That makes me happy.

AI: Is there anything else you'd like to add?

User: Just that I think HR will change a lot. My daughter [[Regina|PERSON]] is [[eight|AGE]], and she already asks the phone to tell her stories. By the time she works, this will be normal. For the study, if you need to reach me, my email is [[marifer.rios arroba autopartesoccidente punto com punto mx|OBF_EMAIL|arroba_punto]], I write it like that because the spam filter at the plant is very aggressive, or you can call my cell, [[33 1845 7720|PHONE_NUMBER]]. Not during [[Semana Santa|GENERIC_TIME]], please, we go to the beach in [[Puerto Vallarta|CITY]] every year, and that week I don't answer even if [[Checo Pérez|PUBLIC_FIGURE]] himself calls me.""")

# 10 Japan - hotel front office manager
T.append("""AI: Thank you for taking the time. Could you introduce yourself and your work?

User: Yes, thank you. My name is [[Kenta Mori|PERSON]]. I am [[42|AGE]] years old. I work as [[front office manager|JOB_TITLE]] at [[Hotel Lilac Sapporo|ORGANIZATION]], a business hotel near [[Susukino|CITY]] in [[Sapporo|CITY]]. We have about one hundred and forty rooms. I joined the hotel in [[April 2009|DATE]] as a [[front desk clerk|JOB_TITLE]], so this is a long time. My English is not perfect, please excuse me.

AI: Your English is great. How do you use AI in your work?

User: Thank you. The biggest use is for communication with foreign guests. After the pandemic, many guests came from [[Australia|COUNTRY]], [[Taiwan|COUNTRY]], [[Thailand|COUNTRY]], [[Korea|COUNTRY]]. In [[winter|GENERIC_TIME]] especially, many ski guests going to [[Niseko|CITY]] stay one or two nights with us. Our staff can speak some English but not Thai or Korean. So we use [[DeepL|AI_PRODUCT]] and also [[ChatGPT|AI_PRODUCT]] for guest emails and for signs. For example, the sign for the onsen rules. The old sign was only Japanese and a little English, and guests made mistakes, like wearing swimsuit in the bath. Now we have five languages.

AI: Who on your team uses these tools, and how?

User: Mostly me and [[Tanaka|PERSON]]-san, the [[reservations supervisor|JOB_TITLE]]. She is very good at it, better than me. Also we have a young staff from [[Vietnam|COUNTRY]], [[Nguyen Thi Lan|PERSON]], she came through the technical intern program. [[Lan|PERSON]]-san uses [[ChatGPT|AI_PRODUCT]] on her phone to check her Japanese keigo, the polite language, before she answers the phone. I think this is very smart. The [[general manager|GENERIC_ROLE]] was worried at first that it is not professional, but now he also asks me to make his speech for the new year party with AI.

AI: Are there rules about what information goes into the tools?

User: Yes, the head office in [[Tokyo|CITY]] made a guideline [[last year|GENERIC_TIME]]. We must not put guest names, passport numbers, or credit card information. This is important because at check-in we copy the passport of foreign guests, it is the law. Once, a new staff took a photo of a passport, number [[TZ4481937|NATIONAL_ID]], and asked the AI to read the name, because the handwriting on the registration card was unclear. I stopped this and we had a small meeting. Our PMS system, [[Opera|SOFTWARE]], has the data, so there is no need. I explained it like this: the AI is a very clever guest, but still a guest. You do not give the guest the master key.

AI: That's a lovely way to put it. Has AI changed your own workload?

User: Yes, a little less overtime. Before, reply to English complaint emails took me one hour, because I worry about every word. Now maybe twenty minutes. My wife [[Yumi|PERSON]] is happy, I come home for dinner more. My daughter studies at [[Hokkaido University|SCHOOL]], agriculture, and she laughs that her father is finally using technology. But in [[February|GENERIC_TIME]], during the Snow Festival, nothing helps. Everybody is too busy, even the AI cannot save us.

AI: Finally, is there anything you'd like to share for the research?

User: Maybe one thing. Japanese hospitality is omotenashi, the heart. AI helps with words, but the guest can feel if the heart is there or not. Many guests write in reviews about [[Tanaka|PERSON]]-san's smile, not about our perfect English sign. If the researchers want to contact me, the hotel phone is [[０１１－２５５－７８４０|OBF_PHONE|fullwidth_digits]], please ask for [[Mori|PERSON]] at front office. Also, I am a big fan of [[Shohei Ohtani|PUBLIC_FIGURE]], so if you can put him in your study, that would be nice.""")

# 11 Ireland - plumber / heating engineer, sole trader
T.append("""AI: Thanks for making the time, I know you're busy. Can you tell me a bit about yourself?

User: No bother. [[Declan O'Sullivan|PERSON]], I'm a [[plumber|JOB_TITLE]] and [[heating engineer|JOB_TITLE]], sole trader, based in [[Ballincollig|CITY]], just west of [[Cork|CITY]] city. I'm [[fifty-four|AGE]], been at it since I was sixteen, and I went out on my own in [[2008|DATE]], which was the worst possible year to do it, the crash hit about three months later. The business is [[Lee Valley Heating|ORGANIZATION]], it's just me, my young lad [[Cian|PERSON]] who's doing his apprenticeship with me, and the wife, [[Mairéad|PERSON]], does all the invoicing and keeps me alive, basically.

AI: How did you come to start using AI?

User: The grants, honestly. Everyone's putting in heat pumps now, and there's a grant from the [[SEAI|ORGANIZATION]], and the paperwork for that is unreal. The customer has to apply, but they all ring me and say, "[[Declan|PERSON]], what do I put in box seven?" So [[Cian|PERSON]] showed me [[ChatGPT|AI_PRODUCT]], and I started asking it to explain the forms in plain English so I could send a little guide to customers. Saved me hours on the phone. I'd never have tried it otherwise. I thought it was for students cheating on essays.

AI: What else do you use it for now?

User: Quotes, and the reviews. I hate writing. I'd be grand talking to you all day, but put a pen in my hand and I'm useless. So I'll say into the phone, "boiler swap, combi, existing pipework, system flush, two days", and it writes up a proper quote, and then [[Mairéad|PERSON]] puts it into [[Xero|SOFTWARE]] with the right prices. For [[Google|SOFTWARE]] reviews, I get it to write the replies, because if I write them myself it's just "thanks a million" forty times. Though one time it wrote back to a bad review, a landlord called [[Hegarty|PERSON]], and it was so polite it nearly admitted we flooded his kitchen. We didn't. The tenant did. I rewrote that one myself.

AI: Do you put customer details like names or addresses into it?

User: Ah, I probably have, yeah. Like I'd say, "job at [[14 Orchard Close|ADDRESS]], [[Douglas|CITY]], [[T12 X5R8|ADDRESS]], old oil boiler, customer elderly", because I wanted it to plan my route for the week with the other jobs. Then [[Cian|PERSON]] told me you're not meant to do that, and to just use [[Google Maps|SOFTWARE]] for the route like a normal person. He's studying part time at [[MTU|SCHOOL]] as well, the building services course, so he knows all this data protection stuff. Makes me feel old. Now I'd just say "customer in [[Douglas|CITY]]".

AI: Has it changed how customers find or contact you?

User: A small bit. I had it help me write the website, and there was a problem with spam, so my nephew set it up so the number reads like [[oh-eight-seven, 915, thirty-three sixty-two|OBF_PHONE|mixed_digits_words]] instead of just the digits. I don't know if that works, but the spam calls went down. Mostly it's still word of mouth though. Somebody's mother tells somebody's cousin, and the next thing I'm in a hot press in [[Carrigaline|CITY]] on a [[Saturday|GENERIC_TIME]] morning. That's the job.

AI: Last question: anything you'd want people building these tools to understand about trades like yours?

User: That we're not on a laptop. I'm under a sink, or in an attic, hands covered in flux. The voice thing is the only way it works for me. And the accent, it doesn't always get the accent, it wrote "combi" as "convey" twice last week. Also, people think tradesmen are anti-technology. We're not, we just don't have time for nonsense. If it saves me an hour, I'll use it. If it costs me an hour, it's gone, like [[Roy Keane|PUBLIC_FIGURE]] walking out on the World Cup. Sorry, that's a very [[Cork|CITY]] reference. Put that in your study.""")

# 12 Australia - registered nurse in aged care
T.append("""AI: Hi, thanks for joining. Could you tell me about your role?

User: Hi! Yeah, so I'm [[Harpreet Kaur|PERSON]], I'm [[35|AGE]], and I'm a [[registered nurse|JOB_TITLE]] working as the [[care coordinator|JOB_TITLE]] at [[Bellarine Gardens Aged Care|ORGANIZATION]] in [[Belmont|CITY]], which is in [[Geelong|CITY]]. We've got ninety-six residents across three wings, one of them is a secure dementia unit. I came to [[Australia|COUNTRY]] from [[Punjab|CITY]] in [[2013|DATE]] as a student, did my nursing degree at [[Deakin University|SCHOOL]], and I've been in aged care pretty much ever since.

AI: How does AI show up in aged care, in your experience?

User: More than people would think. The biggest thing is documentation. We use [[AutumnCare|SOFTWARE]] for the clinical notes, and they've added a feature where it summarises the progress notes for the handover. That's been a game changer, honestly. At the end of a shift you've got forty notes from the carers, some of them half a page, and now you get a summary of who had a fall, who's off their food, who had a behaviour. I still read the originals if something's flagged. Our facility [[manager|GENERIC_ROLE]], [[Trish|PERSON]], she made it really clear that the summary doesn't replace clinical judgment.

AI: Do you use any general tools like [[ChatGPT|AI_PRODUCT]] as well?

User: Yeah, I use [[ChatGPT|AI_PRODUCT]] on my own time, mostly for writing. Like, emails to families are really hard sometimes. We had a resident, Mr. [[Pickering|PERSON]], he was [[ninety-one|AGE]], and he was declining, and his daughter [[Leanne|PERSON]] was ringing every day, really upset, quite angry at the staff. I wanted to write her something kind but also clear about what palliative care means. So I wrote it without any names, just "resident, 91, daughter", and asked it to help with the tone. Then I rewrote it in my own words. I'd never put his Medicare number or anything in. Actually, funny, one of the new grads did paste a whole care plan into it once, Medicare number [[2953 41870 1|NATIONAL_ID]] and all. [[Trish|PERSON]] nearly had a heart attack.

AI: How do the carers on your team feel about these tools?

User: A lot of our PCAs are from overseas too, [[Nepal|COUNTRY]], the [[Philippines|COUNTRY]], [[Kenya|COUNTRY]], and English is their second or third language. Some of them use the AI to help write their notes, which I think is actually great, because the notes are clearer now. [[Sunita|PERSON]], she's one of our best carers, she writes in Nepali into [[Google Translate|AI_PRODUCT]] and then cleans it up. [[Jomar|PERSON]] uses [[Copilot|AI_PRODUCT]] on his phone. The only thing I tell them is, don't make it sound fancy. If Mrs. [[Daly|PERSON]] was "a bit cranky after lunch", write that. Don't let the computer turn it into "exhibited agitation".

AI: Has the sector's situation, the staffing and funding, changed how you think about AI?

User: Definitely. After the royal commission, everyone's talking about care minutes, more RN hours, and we just don't have the staff. [[Anthony Albanese|PUBLIC_FIGURE]] can say whatever he wants on the news, but on a [[Sunday|GENERIC_TIME]] night shift it's me and four carers for ninety-six people. So if AI gives me back half an hour of paperwork, that's half an hour I can spend with someone who's dying. That's how I see it. My husband [[Gurpreet|PERSON]] drives for [[Toll|ORGANIZATION]], he does long hauls to [[Adelaide|CITY]], and he says the trucks are getting smarter too, but nobody's replacing the driver. I feel the same about nurses.

AI: Is there anything else you want to add, or any way you'd like us to follow up?

User: Just that I hope the research actually reaches the people making these tools for aged care, because most of them have never done a night shift. If you need me, my work email is fine, I'll write it how we're told to on forums: [[harpreet DOT kaur AT bellarinegardens DOT com DOT au|OBF_EMAIL|caps_at_dot]]. And please don't call during [[Anzac Day|GENERIC_TIME]] week, it's a big one for our residents, lots of the old blokes were in the services, and we do a whole morning tea.""")

# 13 Vietnam - remote QA engineer
T.append("""AI: Hello, thanks for joining from [[Vietnam|COUNTRY]]. Can you introduce yourself?

User: Hello, thanks for inviting me. My name is [[Trần Minh Khoa|PERSON]], but on work calls everybody calls me [[Kevin|PERSON]], because foreigners struggle with the tones. I'm [[31|AGE]], I live in [[Đà Nẵng|CITY]], and I work remotely as a [[QA engineer|JOB_TITLE]], [[software tester|JOB_TITLE]], for a payments company in [[Singapore|COUNTRY]] called [[Lumora Pay|ORGANIZATION]]. I've been with them since [[2021|DATE]]. Before that I was at [[FPT Software|ORGANIZATION]] here in the city, testing for Japanese clients.

AI: What does your work involve, and where does AI come in?

User: I test the mobile app and the APIs before each release. We do two-week sprints. The AI part is big now. For writing test cases I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Claude|AI_PRODUCT]]. I paste the user story from [[Jira|SOFTWARE]], without the customer data of course, and ask it to list edge cases. It's really good at edge cases, like "what if the user has two accounts and the same phone number", things a tired human forgets at five p.m. For automation I write [[Playwright|SOFTWARE]] scripts, and [[GitHub Copilot|AI_PRODUCT]] finishes half of my code. My [[team lead|GENERIC_ROLE]], [[Wei Ling|PERSON]], she's in [[Singapore|COUNTRY]], she approved all of that as long as we follow the security policy.

AI: What does the security policy say about data?

User: Very strict, because it's a payment company. No production data in any AI tool, ever. We have test accounts with fake names like "Test User Alpha". But there was one incident I can tell you about, without details. A [[developer|JOB_TITLE]], [[Arjun|PERSON]], in the [[Bangalore|CITY]] office, copied some application logs into the AI to debug a crash, and inside the logs there was a real customer's CCCD, the Vietnamese citizen ID, [[048201003917|NATIONAL_ID]]. I found it in a screenshot he shared in [[Slack|SOFTWARE]] and I reported it. It was awkward, because [[Arjun|PERSON]] is my friend, but that's my job, finding bugs, including human bugs.

AI: How has AI changed your day-to-day productivity?

User: Honestly, maybe thirty percent faster on writing, but not faster on thinking. The hard part of QA is understanding what the product should do, and AI doesn't know that. It only knows what I tell it. Sometimes it also invents things, like it told me an API endpoint existed that didn't exist. I spent half an hour looking for it. [[Wei Ling|PERSON]] laughed and said "welcome to the club". Also, the company bought us [[Postman|SOFTWARE]] with the AI assistant inside, and that one is useful for generating test data. Fake data. Only fake data, haha.

AI: Do you use AI outside your job too?

User: Yes, for my wife's business. [[Linh|PERSON]] has a small coffee shop near the beach in [[Sơn Trà|CITY]], it's called [[Cà Phê Gió|ORGANIZATION]]. I used [[ChatGPT|AI_PRODUCT]] to write her menu in English and Korean, because so many Korean tourists come now. And I made a little script that reads her sales from the POS and makes a weekly summary. She thinks I'm a genius, so please don't tell her it was mostly AI. My younger brother is studying at [[Danang University of Science and Technology|SCHOOL]], and he doesn't even try to code without AI. That worries me a little. When I studied there, we had to suffer.

AI: Last question. Is there anything you'd like to add, or a way to follow up with you?

User: I think people in my job are worried, because AI can write tests now. But somebody has to decide what "correct" means. I don't think [[Jensen Huang|PUBLIC_FIGURE]] is going to come to [[Đà Nẵng|CITY]] and test our payment app on a slow 4G connection during [[Tết|GENERIC_TIME]]. If you want to follow up, my [[GitHub|SOFTWARE]] is [[khoa-tests|SOCIAL_HANDLE]], my [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/tranminhkhoa-qa|URL]], or email [[tranminh\u200bkhoa.qa@gmail\u200b.com|OBF_EMAIL|zero_width]]. I copied that from my notes, I hope it pastes correctly.""")

# 14 South Africa - estate agent
T.append("""AI: Hi there, thanks for taking part. Could you tell me about your work?

User: Sure! My name is [[Thandiwe Mkhize|PERSON]], most people call me [[Thandi|PERSON]]. I'm an [[estate agent|JOB_TITLE]] with [[Coastline Properties|ORGANIZATION]], we're based in [[Umhlanga|CITY]], just north of [[Durban|CITY]]. I'm [[44|AGE]], I've been in property for twelve years, and before that I was a [[bank teller|JOB_TITLE]] at [[Nedbank|ORGANIZATION]] for a long time. I specialise in sectional title units and family homes, from [[Durban North|CITY]] up to [[Ballito|CITY]].

AI: Where does AI fit into your work as an agent?

User: Listings, first. Writing a listing is an art. You have to make a two-bedroom flat with a view of the parking lot sound like paradise, but without lying, because the buyers see it in person. I use [[ChatGPT|AI_PRODUCT]] for the first draft. I give it the facts, the size, the levies, the rates, the schools nearby, and it gives me something nice for [[Property24|SOFTWARE]] and [[Private Property|SOFTWARE]]. Then I add the local flavour myself. The AI doesn't know that everyone wants to be near [[Gateway|ORGANIZATION]] but not too near, because of the traffic. My [[colleague|GENERIC_ROLE]] [[Riaan|PERSON]] does his in Afrikaans and English, and he swears by [[Gemini|AI_PRODUCT]] for the Afrikaans.

AI: What about the admin side, contracts and compliance?

User: Ja, that's where it gets risky. We have FICA, so for every buyer and seller I must collect ID documents, proof of address, all that. The temptation is to paste everything into the AI and say "make me a summary". I did that once, early on, I'll admit it. The ID number of a buyer, [[8203155123081|NATIONAL_ID]], went right in there with her address at [[23 Chartwell Drive|ADDRESS]], [[Umhlanga Rocks|CITY]]. My [[principal|GENERIC_ROLE]], Mr. [[Naidoo|PERSON]], sat me down and explained the POPIA rules, and now I don't do it. My own Fidelity Fund Certificate number, [[FFC2024/118563|NATIONAL_ID]], is on my email signature anyway, that's required, but clients' data, no.

AI: Has AI changed how you deal with clients?

User: It's changed my speed. Clients expect you on [[WhatsApp|SOFTWARE]] twenty-four seven. Especially the ones from [[Joburg|CITY]] buying holiday places, they message at eleven at night, "[[Thandi|PERSON]], is the pool heated?" I use the AI to help me write polite but firm replies, like, "thank you, I'll come back to you in the morning". Ha! And when there's load shedding and I'm writing on my phone in the dark with one bar of battery, it helps me write fast. There's a young guy in our office, [[Sipho|PERSON]], he's an [[intern|JOB_TITLE]], and he made a whole system with [[Canva|SOFTWARE]] and AI for our social media. Our [[Instagram|SOFTWARE]] followers doubled. Mr. [[Naidoo|PERSON]] was very impressed.

AI: How do you handle your own contact details and privacy online?

User: Agents must be reachable, that's the job. But I had a stalker situation a few years ago, a man who kept calling after a show day. So now on public posts I put my number a bit disguised, like [[O82 44I 7789|OBF_PHONE|letter_for_digit]], with letters instead of zeros and ones, so the scrapers don't pick it up, and real people can still read it. My email I give only in person. My son, he's at [[Durban High School|SCHOOL]], he told me that trick, he's very clever with these things. I worry about what he puts online more than about myself, honestly.

AI: Anything you'd like to add before we finish?

User: Just that the human part of this job will never go. People buy houses when they're getting married, getting divorced, when someone died. You need to sit with them. AI can write "spacious open-plan living", it can't hold someone's hand when they're selling their late mother's house in [[Westville|CITY]]. I watched [[Siya Kolisi|PUBLIC_FIGURE]] lift the cup and I cried, and I'm not even a rugby person. That's people. Machines don't make you cry like that. Oh, and the [[December|GENERIC_TIME]] holidays, please never schedule research then, that's when all of [[Gauteng|CITY]] comes down to the coast and I don't sleep.""")

# 15 Egypt - secondary English teacher and private tutor
T.append("""AI: Good evening, and thank you for joining. Could you tell me about yourself and your work?

User: Good evening. I'm [[Mona Abdelrahman|PERSON]], I'm [[thirty-nine|AGE]], and I'm an [[English teacher|JOB_TITLE]] at a language school in [[Smouha|CITY]], in [[Alexandria|CITY]]. The school is [[El Nasr Girls' College|SCHOOL]], maybe you know it, it's very old, since the British time. I teach the upper classes, the IGCSE students, so fifteen, sixteen years old. And like most teachers in [[Egypt|COUNTRY]], I also give private lessons in the evening, because the salary alone, you know. I graduated from [[Alexandria University|SCHOOL]], Faculty of Arts, in [[2007|DATE]].

AI: How did you start using AI in your teaching?

User: Actually, the students started first, and I followed. In [[2023|DATE]] I noticed the essays suddenly became perfect. Too perfect. One girl who could not write a correct paragraph in [[October|GENERIC_TIME]] wrote like [[Jane Austen|PUBLIC_FIGURE]] in [[November|GENERIC_TIME]]. So I opened [[ChatGPT|AI_PRODUCT]] to understand the enemy, and I discovered it could help me, too. Now I use it to make practice papers in the style of [[Cambridge|ORGANIZATION]] exams, reading comprehension, with different levels. Before, I spent my whole [[Friday|GENERIC_TIME]] making worksheets. Now I spend one hour, and my [[Friday|GENERIC_TIME]] is for my family again.

AI: How do you deal with students using it for their essays?

User: I changed my strategy. Now most writing is in class, on paper, in front of me. At home, I let them use AI but they must show me the conversation. Our [[head of department|GENERIC_ROLE]], Mr. [[Sherif|PERSON]], he wanted to ban phones completely, but I told him, Mr. [[Sherif|PERSON]], they will use it at university, at work, everywhere, better they learn to use it honestly. He agreed in the end, more or less. My [[colleague|GENERIC_ROLE]] [[Nermeen|PERSON]] teaches biology, and she made the students ask [[Gemini|AI_PRODUCT]] questions and then find the mistakes in the answers. That was very clever. The girls loved catching the machine being wrong.

AI: And for your private lessons, is AI useful there too?

User: Very much. I have groups, maybe twenty-five students in total, and I communicate with the parents in a [[WhatsApp|SOFTWARE]] group and on [[Telegram|SOFTWARE]]. I use AI to write the weekly reports to parents, in Arabic and English, because some parents want English to show off, honestly. I type notes like "good progress in vocabulary, weak in tenses", and it makes a nice paragraph. I don't put the student's full name, just the first name, like "[[Youssef|PERSON]]", and I add the rest myself after. [[Youssef|PERSON]] is my most difficult student, by the way, but his mother is the nicest woman. Parents call me on my mobile, [[٠١٠٠ ٥٥٥ ٢٨٤٧|OBF_PHONE|arabic_indic_digits]], I always write it in Arabic numbers on the flyers, people here find that easier.

AI: Are there things about AI that concern you?

User: Two things. First, the fake reading. Students read the AI summary of a novel, not the novel. When we did "Animal Farm", half of them could tell me the plot and none of them could tell me how it felt. Second, for teachers of my generation, some are afraid. They think the ministry will replace us with a tablet. My husband [[Amr|PERSON]] is an [[engineer|JOB_TITLE]] at [[Alexandria Petrochem|ORGANIZATION]], and at his company they are already using AI for reports and safety checks, so he says it will come to schools also. Maybe. But a tablet cannot call a mother and say "your son is sad this week, something is wrong at home."

AI: Thank you, [[Mona|PERSON]]. Anything you'd like to add before we close?

User: Only that in [[Ramadan|GENERIC_TIME]] I use it the most, because I am tired, fasting, teaching, and cooking iftar for everyone. [[ChatGPT|AI_PRODUCT]] is my assistant in [[Ramadan|GENERIC_TIME]], haha. And I want to say, the people who make these tools should think about Arabic more. When I ask in Egyptian Arabic, not classical, the answers are strange, it talks like a newspaper from [[Cairo|CITY]] in the sixties. My daughter [[Salma|PERSON]] laughs at it. She is [[twelve|AGE]] and she already says she will be a programmer at [[Google|ORGANIZATION]]. Inshallah.""")

# 16 Spain - family restaurant owner
T.append("""AI: Hola, and thank you for joining. Could you tell me about yourself and your business?

User: Hola, thank you. I am [[Vicent Soler|PERSON]], I am [[fifty-eight|AGE]], and I own a rice restaurant in [[El Cabanyal|CITY]], the old fishermen's neighbourhood of [[Valencia|CITY]]. It's called [[Arrossería La Barraqueta|ORGANIZATION]]. My father opened it in [[1974|DATE]], and I took over in [[1999|DATE]] when he got sick. We are twenty-two tables, and in [[summer|GENERIC_TIME]] with the terrace maybe forty. Paella, arròs negre, fideuà, the classics. Nothing modern, I promise you.

AI: Nothing modern in the kitchen, but you do use AI. How did that start?

User: My daughter. [[Laia|PERSON]] is [[twenty-six|AGE]], she studied marketing at the [[Universitat de València|SCHOOL]], and two years ago she came to help with the business and she said, "Papa, your menu in English says 'rice with black'. Just 'rice with black'." So she put the menu in [[ChatGPT|AI_PRODUCT]] and we made proper translations in English, German, French, Dutch. Half our customers in [[summer|GENERIC_TIME]] are from the [[Netherlands|COUNTRY]] and [[Germany|COUNTRY]] now, and from all over [[Europe|CONTINENT]] really. The Dutch are funny, they want paella at six in the evening. We open the kitchen at one and eight, like civilised people.

AI: What else do you use it for besides translation?

User: Reviews, mostly. We are on [[TheFork|SOFTWARE]] and on [[Google|SOFTWARE]], and one bad review can hurt. [[Laia|PERSON]] uses the AI to answer, but I read every answer before. Once a tourist wrote that our paella had no chorizo and it was "not authentic", and the AI answered very sweetly, "We are sorry you did not enjoy it." I said no, no, no. We explain, kindly, that in [[Valencia|CITY]] we do not put chorizo in paella, and if you want chorizo, [[Jamie Oliver|PUBLIC_FIGURE]] has a recipe for you. [[Laia|PERSON]] did not let me post that last part.

AI: Does your kitchen team use AI at all?

User: Our [[head chef|JOB_TITLE]], [[Paco|PERSON]], he has been with me twenty years, he does not touch it. He says the rice tells him when it's ready, not the telephone. But for the food costs, I started using it myself. Prices from [[Mercavalencia|ORGANIZATION]] change every week, rice, prawns, oil, and I have an [[Excel|SOFTWARE]] that my [[gestor|JOB_TITLE]], [[Rafa Miralles|PERSON]], made for me. I ask [[Gemini|AI_PRODUCT]] how to fix the formulas when I break them, which is often. And one of our waiters, [[Nico|PERSON]], he is from [[Argentina|COUNTRY]], he uses it to write the daily specials on the board in three languages. Very quick, that boy.

AI: Have you thought about what information you put into these tools?

User: A little, since [[Laia|PERSON]] told me. I did a stupid thing at the start: I asked it to make an invoice template for group dinners and I wrote everything, our company tax number, [[B46738215|NATIONAL_ID]], the bank account, the address on [[Carrer de la Reina 118|ADDRESS]]. [[Rafa|PERSON]] said that's not so secret, it's on every invoice anyway, but don't put the bank account. So now I don't. Customers' details, reservations, allergies, those stay in [[TheFork|SOFTWARE]]. I don't put those anywhere else.

AI: Finally, how would you like people to reach the restaurant, and anything else to add?

User: People should call. Really. For big groups, weddings, communions, call me, the number is [[seiscientos cuarenta y siete, veintidós, ochenta y uno, treinta|OBF_PHONE|spanish_number_words]], that's how I say it on the phone to the Spanish customers, and they understand. And I will say one thing: the AI helps with the words, with the paper, with the tourists. But the rice, the socarrat, the fire, the conversation with the old fishermen at the bar, that is not a program. During [[Fallas|GENERIC_TIME]], when the city goes crazy and we do three hundred covers a day, no AI can help me. Only [[Paco|PERSON]] and a lot of coffee.""")

# 17 USA - trucking dispatcher
T.append("""AI: Hi, thanks for hopping on. Could you tell me a bit about what you do?

User: Yeah, of course. I'm [[Tanisha Dawson|PERSON]], I'm a [[dispatcher|JOB_TITLE]] for [[Buckeye Freightways|ORGANIZATION]], it's a mid-size trucking company out of [[Grove City|CITY]], [[Ohio|CITY]], just south of [[Columbus|CITY]]. We run about sixty trucks, mostly dry van, regional and some long haul to [[Chicago|CITY]], [[Atlanta|CITY]], down to [[Laredo|CITY]]. I'm [[36|AGE]]. Been dispatching since [[2015|DATE]], before that I was at a call center for [[Nationwide|ORGANIZATION]], so I'm used to people yelling at me on the phone.

AI: How does AI fit into dispatching?

User: It's kind of everywhere and nowhere, if that makes sense. Our fleet tracking is [[Samsara|SOFTWARE]], and that has AI built in now, it flags hard braking, it predicts ETAs, stuff like that. Our TMS is [[McLeod|SOFTWARE]], and we pull loads off the [[DAT|SOFTWARE]] board. Then on top of that I personally use [[ChatGPT|AI_PRODUCT]] for a bunch of stuff. Like writing emails to brokers when a load's gonna be late, because if I write them when I'm mad, it's not gonna go well. I type "tell this [[broker|GENERIC_ROLE]] the truck broke down outside [[Effingham|CITY]], be professional", and it makes me sound like a saint.

AI: Tell me more about the drivers. How do they interact with any of this?

User: Oh, the drivers are a whole thing. Some of them love tech, some of them would throw the tablet out the window. [[Big Lou|PERSON]], he's been driving for thirty years, he calls the AI "the snitch", because [[Samsara|SOFTWARE]] catches him on his phone. [[Ramón|PERSON]] uses [[ChatGPT|AI_PRODUCT]] to translate stuff, his English is okay but he likes to be sure, so he'll paste the shipper's instructions in there. I told him, [[Ramón|PERSON]], take the PO number and the addresses out first. He was pasting in everything, even his own CDL number once, [[TX 48291736|NATIONAL_ID]], because it was on the bill of lading photo. I'm not a lawyer, but I don't think that's a good idea.

AI: Is there a company policy about that?

User: Kind of. Our [[safety director|GENERIC_ROLE]], [[Denise|PERSON]], did a lunch-and-learn about it after one of the other dispatchers pasted a whole rate confirmation into an AI, with the customer's name and the rate and everything, and the customer found out somehow. Not from the AI, I think from a rumor, but still. Mr. [[Hoffman|PERSON]], the [[owner|GENERIC_ROLE]], his family's owned the company since the seventies, he doesn't really get it. He asked me if [[ChatGPT|AI_PRODUCT]] was the same as [[Siri|AI_PRODUCT]]. I said, kind of, sir. But now the rule is: no customer names, no rates, no driver info. Use it for words, not for data.

AI: Do you think about your own privacy when you use these tools or post online?

User: A little. I do this thing on [[TikTok|SOFTWARE]], funny dispatch videos, like "things drivers say at 3am", I'm [[@dispatchqueen_t|SOCIAL_HANDLE]] on there. And people message me all the time asking for jobs or for advice on getting into dispatching. I don't put my real email, I write it like [[tdawson at buckeyefreightways, all one word, dot com|OBF_EMAIL|spelled_with_instruction]], because otherwise I get spam from every load board in [[America|COUNTRY]]. My son [[Jaylen|PERSON]] is [[fourteen|AGE]] and he's so embarrassed by the videos. He says, "Mom, nobody says 'on fleek' anymore."

AI: Last one: where do you see your job going?

User: Honestly, people keep saying AI's gonna replace dispatchers. Maybe some of the load matching, sure. But when it's [[Thanksgiving|GENERIC_TIME]] week and a driver's wife is in labor in [[Dayton|CITY]] and he's stuck in [[Memphis|CITY]] with a load of frozen chicken, somebody's gotta figure that out like a human being. [[Elon Musk|PUBLIC_FIGURE]] can keep his self-driving semis. I'm taking a logistics course at [[Columbus State|SCHOOL]] in the evenings, and I'm gonna be the person who runs the AI, not the person who gets replaced by it.""")

# 18 UK - supermarket store manager
T.append("""AI: Hiya, thanks for joining. Could you start by telling me about your job?

User: Yeah, course. I'm [[Imran Hussain|PERSON]], I'm [[41|AGE]], and I'm a [[store manager|JOB_TITLE]] for [[Morrisons|ORGANIZATION]], at one of the bigger stores in [[Leeds|CITY]], out in [[Harehills|CITY]]. I've been with the company since [[2006|DATE]], started as a [[shelf stacker|JOB_TITLE]] on nights while I was at [[Leeds Beckett|SCHOOL]], and just sort of never left. It's about a hundred and eighty colleagues in my store, depending on the season.

AI: Where does AI come into running a supermarket?

User: Loads of places you wouldn't notice. The ordering is mostly automated now, the system predicts how much bread, milk, whatever, based on sales and the weather. Then head office gave store managers [[Copilot|AI_PRODUCT]] [[last spring|GENERIC_TIME]], and that's been the big one for me personally. I use it in [[Teams|SOFTWARE]] to summarise the calls with my [[area manager|GENERIC_ROLE]], [[Sharon|PERSON]], because she talks for an hour and there's three actions in it. And I use it for writing, like the weekly update to the colleagues, or when I have to write up an investigation, it helps me keep it neutral and factual.

AI: Can you say more about the investigations?

User: Yeah, so, like, if there's a grievance, or a theft, or a [[colleague|GENERIC_ROLE]]'s off sick a lot, I have to do a write-up. That's sensitive stuff. The rule from HR is you can use [[Copilot|AI_PRODUCT]] because it's inside our system, but you don't name anyone in the prompt, you use the [[colleague|GENERIC_ROLE]] number. So I'd say "[[colleague|GENERIC_ROLE]] [[40017723|NATIONAL_ID]] was observed..." and it helps me structure it. Honestly my deputy, [[Kelly|PERSON]], is better at that than me, she's ex-police, her write-ups are dead clean. She doesn't trust the AI at all. Says it writes like a politician.

AI: How do the staff on the shop floor feel about AI?

User: Mixed. The younger lot don't even think about it, they use [[ChatGPT|AI_PRODUCT]] for everything, their uni essays, their CVs. One of my checkout colleagues, [[Summer|PERSON]], she's doing her nursing degree, she told me she used it to write her application for a job with us. Then [[last summer|GENERIC_TIME]] she got the promotion to [[team leader|GENERIC_ROLE]], so fair play. The older colleagues worry it's going to mean self-checkouts everywhere and fewer jobs. And that's not a daft worry, to be fair. I tell them what I know, which is not much. Our rotas are on [[Fourth|SOFTWARE]], and even that's got AI suggestions now for who should work when. [[Dev|PERSON]], one of my shift leaders, he overrides it all the time because it doesn't know who's got kids and who's doing [[Eid|GENERIC_TIME]].

AI: Do you use AI outside work?

User: A bit. My mum's family is from [[Mirpur|CITY]], in [[Pakistan|COUNTRY]], and my dad's side too, and I help my mum with forms and letters, council stuff, GP stuff. I'll use [[ChatGPT|AI_PRODUCT]] to explain things in simple English and then I translate into Urdu for her in my head. My wife [[Nadia|PERSON]] thinks I'm on it too much. She's a [[pharmacist|JOB_TITLE]] at [[St James's|ORGANIZATION]], so she's very strict about what goes into these things, and she'll say, "[[Imran|PERSON]], don't put my mum's NHS number in there." I wouldn't! Probably.

AI: Anything else you'd like to add, or a way for us to follow up?

User: Only that I think retail's going to change a lot in the next five years, and the people on the floor need to be brought along, not just told. If you want to follow up, my store number's [[oh one one three, four nine six, oh seven two one|OBF_PHONE|oh_for_zero]], ask for [[Imran|PERSON]], they'll get me. Not on [[Boxing Day|GENERIC_TIME]], mind, that's chaos. And don't quote me saying anything nice about [[Marcus Rashford|PUBLIC_FIGURE]], my lads are [[Leeds|CITY]] fans and they'll never forgive me.""")

# 19 Sweden - social worker
T.append("""AI: Hello, and thank you for participating. Could you describe your work?

User: Hello. Yes, I'm [[Amra Hodžić|PERSON]], I'm [[50|AGE]], and I work as a [[social worker|JOB_TITLE]], in Swedish socialsekreterare, for [[Malmö stad|ORGANIZATION]], the municipality. I'm in the team for families with children, in the eastern part of [[Malmö|CITY]], so [[Rosengård|CITY]], [[Fosie|CITY]], those areas. I came to [[Sweden|COUNTRY]] from [[Bosnia|COUNTRY]] in [[1993|DATE]] as a refugee, I was [[eighteen|AGE]], so in a way I know the other side of the desk too.

AI: How is AI being used, if at all, in your work?

User: Very carefully, and very new. The municipality opened [[Copilot|AI_PRODUCT]] for us in the [[autumn|GENERIC_TIME]], but with strong rules. Our case system is [[Treserva|SOFTWARE]], and nothing from there, nothing, can go into the AI. Not names, not personal numbers, nothing. We had a training where they showed an example of a personnummer, [[19780412-3391|NATIONAL_ID]], a fake one they said, and they said: if you ever see something like this in a prompt, stop. I think it's correct. The families we work with are very vulnerable, and trust is everything.

AI: So what do you use it for, within those rules?

User: General things. Writing information letters to families in simpler Swedish, because the official language of the municipality is terrible, even Swedes don't understand it. I write the text, I ask it to make it easier to read, then I check. Also preparing for meetings, I ask it things like "what are good questions to ask a teenager who doesn't want to talk". And my [[colleague|GENERIC_ROLE]] [[Johan|PERSON]], he uses it to help with the research for reports, like summarising new guidelines from [[Socialstyrelsen|ORGANIZATION]]. Our [[team leader|GENERIC_ROLE]], [[Karin|PERSON]], is positive, but she reads everything we produce with AI twice. Maybe three times.

AI: Have there been moments where you were uncertain about using it?

User: Yes. With interpreters, especially. Many families speak Arabic, Somali, Dari, and sometimes we wait two weeks for an interpreter. The temptation is to use [[Google Translate|AI_PRODUCT]] on the phone in the meeting. Some colleagues did that. I understand why. But for a conversation about whether a child is safe at home, a wrong word is dangerous. My [[colleague|GENERIC_ROLE]] [[Fatima|PERSON]], she speaks Arabic, she heard the app translate "worried" as "angry" once. Imagine that in a child protection meeting. So for me, no. For a small practical thing, like "the meeting is moved to [[Thursday|GENERIC_TIME]]", okay.

AI: How do you feel personally about AI in social work?

User: Two feelings. It helps me with the paper, and social work in [[Sweden|COUNTRY]] is maybe seventy percent paper. If AI gives me one hour more per week with families, that is good. But I'm afraid of the next step, when someone in an office decides to use AI to predict which families are "risk". I read about that from the [[Netherlands|COUNTRY]], the child benefit scandal, and it was terrible. My son [[Emir|PERSON]] studies at [[Malmö universitet|SCHOOL]], computer science, and he says I'm too pessimistic. Maybe. He also thinks [[Zlatan|PUBLIC_FIGURE]] is the greatest philosopher from [[Rosengård|CITY]], so.

AI: Is there anything you'd like to add, or a way we can reach you later?

User: Only that I hope the people who build these systems talk to social workers, not only to the IT department. If you want to contact me, please use my private email, I don't want research mail in the work system. It's [[amra.hodzic snabel-a telia punkt com|OBF_EMAIL|snabel_a]], in Swedish we say snabel-a, the elephant trunk, for the at sign. I'm on holiday around [[midsummer|GENERIC_TIME]], but otherwise I answer.""")

# 20 Turkey - customs broker
T.append("""AI: Merhaba, thank you for joining. Could you introduce yourself and your work?

User: Merhaba, thank you. My name is [[Burak Yıldız|PERSON]], I'm [[45|AGE]], and I'm a [[licensed customs broker|JOB_TITLE]], [[gümrük müşaviri|JOB_TITLE]], in [[İzmir|CITY]]. I have a small firm with six employees, [[Ege Gümrük Müşavirliği|ORGANIZATION]], our office is in [[Alsancak|CITY]], five minutes from the port. I got my licence in [[2009|DATE]] after working eight years as an assistant for another broker. Before that I studied economics at [[Dokuz Eylül University|SCHOOL]].

AI: What does a customs broker do day to day, and where does AI fit?

User: We prepare the declarations for import and export, we classify the goods with the correct tariff codes, we talk with the customs officers, and we explain to our clients why their container is waiting. Most of our clients are exporters from the [[Aegean|CITY]] region, olive oil, dried figs, textiles, some machinery parts going to [[Germany|COUNTRY]], [[Iraq|COUNTRY]], and more and more to [[Africa|CONTINENT]]. For the declarations we use the customs system, [[BİLGE|SOFTWARE]], and that has no AI, it's very old style. The AI I use is on the side: [[ChatGPT|AI_PRODUCT]] to help with tariff classification research, and [[DeepL|AI_PRODUCT]] for the English and German correspondence.

AI: Can you say more about the tariff classification part?

User: Yes, this is interesting. Classification is the heart of our job. One product, a different code, a different duty, maybe a penalty. So when a [[client|GENERIC_ROLE]] brings something strange, like last month a heated seat cover for trucks, I describe it to the AI and ask: which chapters could apply, and why? It gives me a starting point, and then I check the official notes and the rulings myself. It is wrong maybe one time in four, very confidently wrong. My [[colleague|GENERIC_ROLE]] [[Selin|PERSON]] Hanım, our [[senior specialist|JOB_TITLE]], she calls it "the intern who reads fast but doesn't think". She is right.

AI: What about [[client|GENERIC_ROLE]] information? Does any of that go into these tools?

User: We try to keep it clean. Invoices, packing lists, they have company names, tax numbers, prices, all sensitive. I had one bad moment, I admit. I pasted a commercial invoice into the AI to extract the item list quickly, and I forgot the header had the [[client|GENERIC_ROLE]]'s tax number, [[4820391756|NATIONAL_ID]], and his company name. The [[client|GENERIC_ROLE]] was [[Ahmet|PERSON]] Bey from an olive oil company in [[Ayvalık|CITY]], a very old [[client|GENERIC_ROLE]], like family. Nothing happened, but I felt terrible. After that, my nephew [[Emre|PERSON]], who works in IT at [[Arçelik|ORGANIZATION]], set up a little tool for us that removes names and numbers before we paste. Now we use that every time.

AI: How has AI changed the business overall?

User: It makes the office faster on the writing side. Emails to foreign buyers, explanations of new regulations, the new EU carbon border rules, all this is much quicker. But the profession is changing also because of digitalisation in customs itself, not only AI. Many young people don't want to become brokers anymore, they think a computer will do it. I tell my daughter [[Defne|PERSON]], she is [[seventeen|AGE]], you can be anything, but learn to think, because the computer doesn't go to the port at seven in the morning to argue with an inspector. She wants to be a footballer like [[Arda Güler|PUBLIC_FIGURE]] anyway, so.

AI: Thank you, [[Burak|PERSON]]. Anything you'd like to add, or how can we reach you?

User: Only that [[Türkiye|COUNTRY]] sits between [[Europe|CONTINENT]] and [[Asia|CONTINENT]], and our job is translating between systems, between languages, between people. AI can help with the language part. For contact, my office line is [[0232 463 18 50|PHONE_NUMBER]], or write to [[burak.yildiz et işareti egegumruk nokta com nokta tr|OBF_EMAIL|turkish_et_nokta]]. But please not in [[Kurban Bayramı|GENERIC_TIME]], the office is closed and I'm at my mother's village with no signal.""")

# 21 Indonesia - online food seller
T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your business?

User: Halo, thank you for inviting me. My name is [[Rina Wulandari|PERSON]], I'm [[33|AGE]], and I sell homemade sambal and snacks online from my house in [[Rungkut|CITY]], [[Surabaya|CITY]]. The brand is [[Sambal Mbak Rina|ORGANIZATION]]. I started in [[2020|DATE]], when my office job at a travel agency ended because of the pandemic. At first it was just for neighbours, now we ship all over [[Indonesia|COUNTRY]], and some orders go to [[Malaysia|COUNTRY]] and [[Singapore|COUNTRY]].

AI: How do you use AI in the business?

User: Oh, a lot, for the selling side. We sell on [[Shopee|SOFTWARE]], [[Tokopedia|SOFTWARE]], and [[TikTok Shop|SOFTWARE]]. Each product needs a description, and the platform likes long descriptions with keywords. I used to copy from competitors, honestly, haha. Now I ask [[ChatGPT|AI_PRODUCT]] in Indonesian: "make a description for sambal bawang, spicy level 5, no preservatives, for young office workers". It gives me a good text, I add my own style, a little bit Suroboyoan, so it feels local. I also use [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] sometimes to reply to customers when I'm busy cooking.

AI: Who else works with you?

User: My husband, Mas [[Arif|PERSON]], he works in the daytime at [[PT Pelindo|ORGANIZATION]] at the port, and in the evenings he does the packing with me. Then we have Bu [[Sri|PERSON]], our neighbour, she is the [[cook|JOB_TITLE]], her sambal recipe is actually better than mine, please don't write that. And [[Yogi|PERSON]], a university student who does the live selling on [[TikTok|SOFTWARE]] with me two nights a week. [[Yogi|PERSON]] uses AI for scripts, like what to say in the live stream, jokes, promotions. He studies at [[Universitas Airlangga|SCHOOL]], communication, so he's very good at talking.

AI: Has anything gone wrong with AI, or made you worried?

User: Yes, one time. The marketplace asked us to verify the shop [[owner|GENERIC_ROLE]] again, and I was confused by the form, so I took a screenshot and asked the AI to explain. But the screenshot had my KTP on it, my NIK, [[3578046512890003|NATIONAL_ID]], and my address, [[Jl. Rungkut Asri Timur VII No. 15|ADDRESS]]. I only realised later. My cousin who works in a bank scolded me, she said people can use that for online loans, pinjol, in my name. So now I'm more careful. I crop everything. Also, once the AI wrote that our sambal is "halal certified by [[MUI|ORGANIZATION]]" before we got the certificate. I almost posted that. Dangerous.

AI: How do customers contact you, and does AI help with that?

User: Mostly chat in the apps. But for resellers and big orders, they contact me directly. On [[Instagram|SOFTWARE]] I'm [[@sambalmbakrina|SOCIAL_HANDLE]]. I don't write my number normally in the bio because the app sometimes blocks it, so I write it like "WA [[kosong delapan satu dua, tiga empat lima, enam tujuh, delapan sembilan nol|OBF_PHONE|indonesian_number_words]]", in words, and the customers understand. The AI helps me make templates for resellers: price lists, minimum orders, shipping with [[JNE|ORGANIZATION]] or [[J&T|ORGANIZATION]]. That saves a lot of time before [[Lebaran|GENERIC_TIME]], because everyone orders hampers.

AI: Final question: what would you like to see from AI tools in the future?

User: Something that can help with the money. Now I do the bookkeeping in a notebook and a little bit in [[Excel|SOFTWARE]], and at the end of the month I'm always confused where the money went. My daughter [[Nabila|PERSON]], she's only [[seven|AGE]], she says "Mama, ask the robot". Haha. If the robot can do my taxes and tell me the profit of each sambal, I will be very happy. And I hope it will understand Javanese better. When I type in Suroboyoan, it thinks I'm angry. We are not angry, we just talk like that in [[Surabaya|CITY]]. Even [[Raffi Ahmad|PUBLIC_FIGURE]] couldn't sell as many hampers as we did during the last [[Harbolnas|GENERIC_TIME]], and he has forty million followers.""")

# 22 Pakistan - HR and admin executive at a textile exporter
T.append("""AI: Assalam-o-alaikum, and thanks for joining. Could you tell me a little about your job?

User: Wa-alaikum-assalam. Thank you. I'm [[Ayesha Malik|PERSON]], I'm [[28|AGE]], and I work as an [[HR and admin executive|JOB_TITLE]] at [[Ravi Textiles|ORGANIZATION]], a home textiles exporter in [[Lahore|CITY]]. Our head office is in [[Gulberg|CITY]] and the factory is on [[Sheikhupura Road|ADDRESS]]. We make bedsheets and towels, mostly for buyers in [[Europe|CONTINENT]] and the [[US|COUNTRY]]. I joined in [[January 2022|DATE]], right after my master's from [[Kinnaird College|SCHOOL]].

AI: How does AI come into your day?

User: Mostly writing, in English. Our factory has around eleven hundred workers, and a lot of my job is policies, notices, letters. Everything official has to be in English, but many supervisors read Urdu better, so I do both. I write in English with [[ChatGPT|AI_PRODUCT]]'s help, and then I ask it for an Urdu version, and I correct it, because its Urdu is very bookish, like a newspaper. Also for the foreign buyers' social compliance audits, they send these long questionnaires, and [[Copilot|AI_PRODUCT]] helps me understand what they actually want. My [[boss|GENERIC_ROLE]], [[Kamran|PERSON]] sahib, we call him Sir [[Kamran|PERSON]], he was suspicious at first, but now he sends me his own emails to "make them nice".

AI: Do employee details ever go into these tools?

User: I have to be careful, because HR has everything, CNIC copies, salaries, medical leave. One time, I was making an experience letter for an employee, and I pasted his details so it would format properly, his CNIC, [[35202-4417893-2|NATIONAL_ID]], his joining date, everything. My [[colleague|GENERIC_ROLE]] [[Bilal|PERSON]] from IT saw it on my screen and he said, "[[Ayesha|PERSON]] baji, what are you doing?" He's younger than me but he calls me baji, it means elder sister.

AI: What changed after that?

User: [[Bilal|PERSON]] made a simple rule sheet for the HR team: no CNIC, no salary figures, no names. Use "Employee A". And he set up [[Copilot|AI_PRODUCT]] with the company account, so at least it's not my personal one. We also had a short session, and [[Kamran|PERSON]] sahib joined, which is rare. Honestly, in [[Pakistan|COUNTRY]] companies, most people don't think about data privacy at all, so I feel proud that our office is trying.

AI: Do you use AI outside work as well?

User: Yes, for learning. I'm preparing for a CIPD certification online, and it helps me understand the case studies. Also with load-shedding and the heat, sometimes I work from home in the evening and I use it on my phone. My cousin [[Hina|PERSON]] in [[Karachi|CITY]] is a [[software engineer|JOB_TITLE]] at [[Systems Limited|ORGANIZATION]], and she teaches me prompts on video call, she's like my AI teacher. My father worked thirty years at [[WAPDA|ORGANIZATION]] and he still can't believe I talk to a computer. He asks it cricket questions, about [[Babar Azam|PUBLIC_FIGURE]]'s average, and then argues with the answer.

AI: Is there anything you'd like to add, or a way to reach you?

User: Just that women in offices here use these tools a lot, quietly, and it helps us be taken seriously, because our English emails are perfect now. My work email is [[ayesha.malik@ravitextiles.pk|EMAIL_ADDRESS]], but for research please use my personal one, [[ayesha underscore malik at hotmail dot com|OBF_EMAIL|spelled_underscore]]. And please avoid [[Eid ul Fitr|GENERIC_TIME]] week, the whole of [[Lahore|CITY]] shuts down and I'll be at my nani's house eating too much.""")

# 23 Argentina - freelance sworn translator
T.append("""AI: Hola, thanks for joining. Could you tell me about yourself and your work?

User: Hola! I'm [[Valentina Ruiz|PERSON]], [[Vale|PERSON]] for friends, I'm [[34|AGE]] and I'm a [[sworn translator|JOB_TITLE]], English to Spanish and back, based in [[Rosario|CITY]], in [[Santa Fe|CITY]] province. I graduated from [[Universidad Nacional de Rosario|SCHOOL]] in [[2013|DATE]], and I've been freelance the whole time. I'm registered with the [[Colegio de Traductores de Santa Fe|ORGANIZATION]], my registration number is [[T-0981|NATIONAL_ID]], that goes on every certified translation with my stamp.

AI: What kind of work do you do, and who are your clients?

User: Two very different worlds. One is certified documents for people: birth certificates, university diplomas, criminal records, mostly for people emigrating to [[Spain|COUNTRY]] or [[Italy|COUNTRY]], because half of [[Argentina|COUNTRY]] has an Italian grandmother. The other world is agencies. My biggest agency [[client|GENERIC_ROLE]] is [[LinguaNova|ORGANIZATION]] in [[Madrid|CITY]], they send me pharmaceutical stuff, clinical trial documents, patient leaflets. The [[project manager|GENERIC_ROLE]] there, [[Irene|PERSON]], she's lovely but she always sends things at six p.m. on a [[Friday|GENERIC_TIME]].

AI: How has AI changed translation work for you?

User: Completely. I'd say my profession is the one that AI hit first, before everyone else noticed. Five years ago agencies started sending "MTPE" jobs, machine translation post-editing. They run the text through [[DeepL|AI_PRODUCT]] or their own engine, and I fix it, for about half my normal rate. Now with [[ChatGPT|AI_PRODUCT]] it's even more. I use [[Trados|SOFTWARE]] for the agency work, and it has AI suggestions built in. For the certified documents, honestly, I don't use AI, because I sign them legally, and a birth certificate with a mistake can ruin someone's visa.

AI: Do you ever put clients' personal information into AI tools?

User: This is a real tension. The certified documents are full of personal data, names, ID numbers, parents' names. Those never go into an online tool, I type them myself. For pharma, the documents are confidential, and [[LinguaNova|ORGANIZATION]] has a clause in the contract that forbids public AI tools. So I use the engine inside [[Trados|SOFTWARE]], which they approve. But I know colleagues who just paste everything into [[ChatGPT|AI_PRODUCT]]. My friend [[Caro|PERSON]], she does legal translation, she told me a lawyer sent her a divorce settlement, and she put it in without thinking, with the DNI numbers and the addresses in [[Fisherton|CITY]] and everything. She panicked later. I think many translators don't realise.

AI: How do you find new clients now?

User: Mostly my profile on [[proz.com/profile/2284513|URL]], and word of mouth. For individuals, they find me through the [[Colegio|ORGANIZATION]] website. I write my email a bit broken on public pages, like [[vale . ruiz @ traduccionesvr . com . ar|OBF_EMAIL|spaced_symbols]], with spaces, because I was getting hundreds of spam emails in Russian. My partner [[Facu|PERSON]], he's a [[physiotherapist|JOB_TITLE]], jokes that my inbox is the most international thing in [[Rosario|CITY]] after [[Messi|PUBLIC_FIGURE]]. Also, people send me [[WhatsApp|SOFTWARE]] audios at eleven at night asking "how much for a translation, urgent". Everything is urgent here.

AI: Finally, how do you feel about the future of your profession?

User: Mixed, to be honest. The easy work is gone. Product descriptions, simple emails, nobody pays a human for that anymore. But the sworn translations, the legal responsibility, that still needs a person, at least here in [[South America|CONTINENT]], because the law requires a translator's signature. And literature, of course. Can you imagine [[Borges|PUBLIC_FIGURE]] translated by a machine? Well, it exists, and it's terrible. I'm doing a postgraduate course in audiovisual translation now, starting in [[March|GENERIC_TIME]], because subtitles still need a human ear for jokes. And if not, I'll open a café with [[Facu|PERSON]] near the river.""")

# 24 Ghana - senior midwife at a teaching hospital
T.append("""AI: Good afternoon, and thank you for making time after your shift. Could you tell me about your work?

User: Good afternoon, you're welcome. My name is [[Abena Owusu-Ansah|PERSON]]. I'm a [[senior midwife|JOB_TITLE]] at [[Komfo Anokye Teaching Hospital|ORGANIZATION]] in [[Kumasi|CITY]], in the maternity unit. I'm [[forty-six|AGE]], and I qualified in [[2001|DATE]] from the nursing and midwifery training college in [[Sunyani|CITY]]. So I have delivered, oh, I stopped counting after three thousand babies.

AI: That's remarkable. How does AI come into your work?

User: In the ward itself, not so much. We use [[LHIMS|SOFTWARE]], the hospital records system, for patient records, and that one doesn't have AI that I know of. Where I use AI is for teaching. I run antenatal classes for the mothers every [[Tuesday|GENERIC_TIME]] and [[Thursday|GENERIC_TIME]], and I also supervise the student midwives. So I use [[ChatGPT|AI_PRODUCT]] on my phone to prepare the health talks, danger signs in pregnancy, breastfeeding, family planning. I ask it to write simple English, and then I say it in Twi myself, because it cannot do proper Twi yet. It tries, but the mothers would laugh at it.

AI: How do the student midwives use it?

User: Ei, they use it for everything. Assignments, care plans, even their reflections, which is supposed to be their own feelings! I told them, you cannot ask a machine how you felt at your first delivery. [[Akosua|PERSON]], she is our [[ward in-charge|JOB_TITLE]], we call her Sister [[Akosua|PERSON]], she made a rule that all care plans must be handwritten first on the ward, then they can type. I agree with her. But I also use it to make quiz questions for them, and that helps. Dr. [[Boateng|PERSON]], the [[obstetrician|JOB_TITLE]] on our unit, he even asked me to share my quiz prompts with the house officers.

AI: Do you ever put patient information into it?

User: No. Never names, never folder numbers. That is our oath. But I will tell you something that happened. A young nurse on night duty took a photo of a partograph to ask the AI to interpret it. The photo had the woman's name and her [[Ghana|COUNTRY]] Card number, [[GHA-718293045-6|NATIONAL_ID]], at the top. Sister [[Akosua|PERSON]] found out and it went to the [[matron|GENERIC_ROLE]]. The nurse was not trying to do harm, she was alone and afraid and wanted help at three in the morning. That is the real problem: we are short of staff, so people reach for anything.

AI: How do you feel about AI in healthcare more broadly?

User: I have hope and worry. Hope, because in the rural areas, in places like [[Ejisu|CITY]] and beyond, a midwife may be alone with no doctor for many kilometres. If a good tool can help her recognise danger early, it can save mothers. [[Africa|CONTINENT]] loses too many women in childbirth. Worry, because the tools are made far away and do not know our situation, our drugs, our transport. My husband [[Kwame|PERSON]] is a [[headmaster|JOB_TITLE]] at a JHS here, and he says the same about education. And my son [[Yaw|PERSON]] is studying biomedical engineering at [[KNUST|SCHOOL]], so maybe he will build the right one. [[Kofi Annan|PUBLIC_FIGURE]] used to say that knowledge is power, and information is liberating, so let it be our information.

AI: Thank you, [[Abena|PERSON]]. Is there anything else, and how can we reach you if needed?

User: Only that I would like the researchers to come and see a labour ward before they design anything. For contact, call me, the number is [[plus two three three, two four, four four four, one nine two seven|OBF_PHONE|number_words_plus]]. Or [[WhatsApp|SOFTWARE]] on the same number, that's easier because I am often in theatre. But not during [[Easter|GENERIC_TIME]] week, that is when I visit my mother in [[Accra|CITY]].""")

# 25 New Zealand - landscaping business owner
T.append("""AI: Kia ora, thanks for joining. Could you tell me a bit about yourself and your work?

User: Kia ora. Yeah, I'm [[Tama Ngata|PERSON]], I'm [[39|AGE]], and I run a landscaping business in [[Hamilton|CITY]], [[Waikato Green Landscapes|ORGANIZATION]]. I'm a [[landscaper|JOB_TITLE]] by trade, did my certificate at [[Wintec|SCHOOL]] back in the day, worked for a big outfit in [[Auckland|CITY]] for a few years, then came home and started my own thing in [[2016|DATE]]. There's four of us on the tools: me, my cousin [[Jacko|PERSON]], and two young fellas, [[Sione|PERSON]] and [[Liam|PERSON]]. My partner [[Aroha|PERSON]] does the admin, the quoting, the invoices, and she's basically the [[boss|GENERIC_ROLE]] if I'm honest.

AI: How did AI end up in a landscaping business?

User: [[Aroha|PERSON]] found it first. She was drowning in quotes. Every job's different, retaining walls, decks, planting, paving, and clients want a proper written quote with a breakdown, not just "two grand, mate". So she started using [[ChatGPT|AI_PRODUCT]] to turn my scribbled notes into something professional. Then we'd load it into [[Tradify|SOFTWARE]], that's our job management app, and the invoices go through [[Xero|SOFTWARE]]. It cut her quote time in half. She reckons it gave her back her [[Sunday|GENERIC_TIME]] afternoons.

AI: Do you use it yourself, on the job side?

User: A bit. Mostly for plants, actually. A [[client|GENERIC_ROLE]] will say "I want something native, low maintenance, won't drop leaves in the pool", and I'll ask it for options for the [[Waikato|CITY]] climate, then check it against what the nursery's actually got. It's decent, but it once recommended a plant that's on the pest list here, so you've gotta know your stuff. I also used one of those AI design apps to show a [[client|GENERIC_ROLE]] in [[Cambridge|CITY]], the [[Cambridge|CITY]] down the road, not the English one, what her backyard could look like. She loved it, though the picture had a fountain in it we never quoted for. Had to have an awkward chat about that.

AI: What about the admin and money side, is there anything sensitive that goes into these tools?

User: Yeah, I had a bit of a wake-up there. When [[Aroha|PERSON]] was setting up the GST returns template, she pasted in our whole details, including my IRD number, [[112-345-678|NATIONAL_ID]], and she asked me later if that was okay. Our [[accountant|GENERIC_ROLE]] said probably not the smartest move. Now she leaves that stuff out. Clients' addresses, we try to just put the suburb, like "job in [[Rototuna|CITY]]", not the full address. [[Sione|PERSON]] still sends me voice notes with the full address and the [[client|GENERIC_ROLE]]'s phone number and then asks the AI to plan the day, but he's [[nineteen|AGE]], he'll learn.

AI: How do the younger guys on your crew feel about AI?

User: They think it's normal, which is the wild part. [[Liam|PERSON]] used it to write his CV and cover letter when he applied with us, which I only found out later, because his cover letter was way more polished than he is, no offence to him. [[Sione|PERSON]] uses it to help his little sister with her homework in Tongan and English. [[Jacko|PERSON]] won't touch it. He says if it can't lay a paver, it's no use to him. Fair enough. My brother's over in [[Australia|COUNTRY]] working on the mines in [[Perth|CITY]], and he says they've got AI checking the trucks over there, so it's coming for everyone one way or another.

AI: Last question: anything you'd like to add, or a way to get in touch afterwards?

User: Just that small businesses like ours get forgotten. The big companies get the fancy tools and the training, and we're figuring it out at the kitchen table at ten at night. If you want to follow up, best is email, [[tama at waikatogreen dot co dot nz|OBF_EMAIL|spelled_at_dot]], or the office number, [[07 855 2043|PHONE_NUMBER]], and [[Aroha|PERSON]] will probably pick up. We're on [[Facebook|SOFTWARE]] too. Not over [[Matariki|GENERIC_TIME]] weekend though, we go up north to the marae. And if you see [[Richie McCaw|PUBLIC_FIGURE]], tell him I'll do his garden for free.""")

write_set(T, "set_be")
