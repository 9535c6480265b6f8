"""Blind evaluation set 'cc': 25 synthetic interview transcripts with a typical cross-section of workers in English-speaking countries talking about AI at work. Every person, number, email, address and ID is invented. Build with: python3 make_set_cc.py"""
from markup import write_set

T = []

# 1. United States - payroll specialist, Columbus OH - typed chat
T.append("""AI: Hi, and thanks for taking part in this study on how people use AI in their work. To start, could you tell me what you do and a bit about where you work?

User: sure. im a [[payroll specialist|JOB_TITLE]] at [[Nationwide|ORGANIZATION|org_common_word]] in [[Columbus|CITY]], been there since [[2016|DATE]]. before that i did AP for a little HVAC company out in [[Grove City|CITY]]. our team is 6 ppl, my lead is [[Tamika Rhodes|PERSON]] and she reports up to [[Greg Ostrowski|PERSON]] who is the [[VP of Total Rewards|JOB_TITLE]]. oh and im [[Jess|PERSON]] btw

AI: Nice to meet you, [[Jess|PERSON]]. What does a normal week look like, and where does AI come into it?

User: mostly reconciling, fixing garnishments, answering tickets in [[Workday|SOFTWARE]] and [[ServiceNow|SOFTWARE]]. we got [[Copilot|AI_PRODUCT]] [[last spring|GENERIC_TIME]] and honestly i use it mostly for the emails nobody wants to write. like when somebodys check is short and theyre mad. i paste the situation in and ask it to make me sound less annoyed lol. also [[excel|SOFTWARE|lowercase]] formulas, i used to bug [[Dana|PERSON]] for those

AI: Could you walk me through a recent example of that?

User: ok so [[last week|GENERIC_TIME]] a guy from claims, [[will pruitt|PERSON|lowercase_name]], emails me bc his overtime didnt hit. he put his employee # [[E0048817|NATIONAL_ID]] AND his full ssn [[287-41-9063|NATIONAL_ID|id_like_phone]] in the ticket which like... please dont. so i had to strip that out before pasting anything in [[copilot|AI_PRODUCT|lowercase]], our policy says no PII in prompts. then it wrote a super polite reply and [[will|PERSON|name_is_word]] actually said thank you which never happens

AI: That's a helpful example. How do you feel about having employee information so close to these tools?

User: nervous tbh. [[Tamika|PERSON]] is strict about it, she made us all redo the training module in [[October|GENERIC_TIME]]. my bigger worry is [[Greg|PERSON]] thinking [[copilot|AI_PRODUCT|lowercase]] = one less headcount. [[Dana|PERSON]]'s retiring in [[June|GENERIC_TIME]] after like 30 yrs and they already said her req isnt getting backfilled. shes [[64|AGE]] and she trained literally all of us. and the team is split. [[Kevin|PERSON]] (the other [[payroll specialist|JOB_TITLE]]) loves it, he uses [[ChatGPT|AI_PRODUCT]] on his phone for everything, even asked it how to talk to his ex lol. me and [[Priya|PERSON]] are more like ok but who checks the output. when [[copilot|AI_PRODUCT|lowercase]] summarized the vendor migration notes for us it straight up invented a deadline and [[Priya|PERSON]] almost sent it to [[the whole department|GENERIC_ROLE]]

AI: Does AI show up in your life outside of work at all?

User: my daughter [[Kayla|PERSON]] is [[fifteen|AGE]] and uses it for homework at [[Hilliard Davidson|SCHOOL]], which i have feelings about. my husband [[Marcus|PERSON]] talks to [[Alexa|AI_PRODUCT|product_named_like_person]] more than to me. and my mom keeps forwarding me videos of [[Sam Altman|PUBLIC_FIGURE]] saying the jobs are going away, thanks mom. my parents came from [[Mexico|COUNTRY]] and my dad says the same thing happened at the plant in [[the 80s|GENERIC_TIME]] with the machines

AI: Is there anything you'd want the people building these tools to understand?

User: that payroll is peoples rent. if it makes a mistake someone cant pay rent. idk. also if you guys need a follow up my personal email is [[jess.alvarado82@yahoo.com|EMAIL_ADDRESS]] or text me [[614-808-3471|PHONE_NUMBER]], just not during close week lol""")

# 2. United Kingdom (Filipino immigrant) - staff nurse, Leicester - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you start by telling me about your job and where you work?

User: Yes, hi. So, um, my name is [[Maricel Dizon|PERSON]], I'm a [[band six staff nurse|JOB_TITLE]] at the [[Leicester Royal Infirmary|ORGANIZATION]], um, on the acute medical unit. I came over from the [[Philippines|COUNTRY]] in, uh, [[twenty eighteen|DATE|date_in_words]], through the international recruitment, so six years now. Before that I was at [[St. Paul's Hospital|ORGANIZATION]] in [[Iloilo|CITY]] for, like, four years.

AI: Thank you, [[Maricel|PERSON]]. What does a typical shift look like, and where does AI show up in it?

User: Long days, twelve and a half hours. Um, a lot of it is documentation, honestly. We use [[Nervecentre|SOFTWARE]] for the obs and the handover. And then, uh, there's a pilot on our unit with [[Heidi|AI_PRODUCT|product_named_like_person]], the AI scribe thing, it listens on the ward rounds and writes up the notes. Our [[consultant|JOB_TITLE]], Doctor [[Okon Joe|PERSON|misheard_name]], she loves it because before she was staying late every night dictating. But [[Heidi|AI_PRODUCT|product_named_like_person]] sometimes mishears, like it wrote "no known allergies" when the patient said "penicillin", so I always read it back.

AI: Have you used AI tools yourself, outside that pilot?

User: Yeah, um, [[ChatGPT|AI_PRODUCT]] on my phone. When I was doing my revalidation for the [[NMC|ORGANIZATION|abbreviation]], I used it to help me write the reflective accounts. And it, um, it even asked for my PIN to make the form, and I typed it in, [[one seven C zero nine two five O|NATIONAL_ID|spoken_digits]], which, you know, probably I shouldn't have. And my friend [[Joy|PERSON|name_is_word]] from the ward, she's also from home, she uses it for the emails to our [[matron|JOB_TITLE]], Sister [[Agnes Whitfield|PERSON]], because [[Agnes|PERSON]] is very, um, particular about how things are written.

AI: How do you feel about the scribe pilot, and about AI in nursing more generally?

User: Mixed, um. It's good for [[the doctors|GENERIC_ROLE]]. For the nurses I worry they'll use it as a reason to, you know, give us more patients. We are already one to eight [[on nights|GENERIC_TIME|lowercase]]. And the consent, um. There was an older gentleman, Mr [[Pickering|PERSON]], he's [[eighty-seven|AGE]], he didn't want the recording, and [[the junior doctor|GENERIC_ROLE]] just said, "it's fine, it's fine". I had to step in and say no, we switch it off. I told the [[matron|JOB_TITLE]] after and she agreed with me.

AI: Does AI come up at home, with your family?

User: Oh yes. My husband [[Rodel|PERSON]] works at the [[Amazon|ORGANIZATION]] warehouse in [[Coalville|CITY]], they have all the robots there, he jokes he's training his replacement. And our son [[Miggy|PERSON|nickname]], he's [[nine|AGE]], he asks the [[Google Assistant|AI_PRODUCT]] everything, the homework, the football. He's at [[Hope Hamilton Primary|SCHOOL|name_is_word]], and the teacher, Miss [[Begum|PERSON]], she said they are not allowed to use it for the spelling tests, ha ha.

AI: What about your colleagues who were also recruited from abroad? Do you see differences in how they use these tools?

User: Um, yes, I think for us, [[the international nurses|GENERIC_ROLE]], AI helps a lot with the language, with the confidence. Like, [[Joy|PERSON|name_is_word]] and me, we came in the same cohort with [[Sandeep|PERSON]] from [[Kochi|CITY]], and he used it to practise for the, um, the OSCE, the clinical exam, and he passed first time. [[The British nurses|GENERIC_ROLE]], some of them, they think it is cheating. And my mum back in [[Iloilo|CITY]] still calls me every day on [[Messenger|SOFTWARE]] asking if the robots are taking my job, ha ha. If you need me for follow-up, my number is [[oh seven seven one two, four eight three, nine zero six|OBF_PHONE|spoken_digits]], or the email is [[maricel dot dizon at nhs dot net|OBF_EMAIL|spelled_at_dot]].""")

# 3. Ireland (Polish immigrant) - warehouse team leader, Dublin - typed chat
T.append("""AI: Hi, thanks for joining. Can you tell me about your job and where you're based?

User: hi, im [[Tomasz|PERSON]] but everyone in work calls me [[tomek|PERSON|nickname]]. im [[night shift team leader|JOB_TITLE]] in the distribution centre for [[Musgrave|ORGANIZATION|org_looks_like_person]] out in [[Ballycoolin|CITY]]. came to [[Ireland|COUNTRY]] in [[2009|DATE]] from [[lodz|CITY|no_diacritics]], first job was stacking shelves in [[Dunnes|ORGANIZATION|org_looks_like_person]] lol

AI: Welcome, [[Tomasz|PERSON]]. What does your work involve day to day, and does AI come into it?

User: i manage 14 pickers, we make sure orders go out to the stores before 5am. the system is [[Manhattan|SOFTWARE|software_named_like_place]], its the WMS, it tells [[the pickers|GENERIC_ROLE]] the route. this year they put some AI forecasting inside it for labour, it tells me how many people i need each night. honestly its wrong alot on [[bank holidays|GENERIC_TIME|lowercase]]. i also use [[DeepL|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] for writing emails to [[Siobhan|PERSON]] in HR because my english writing is not so good, speaking ok

AI: Your written English seems fine to me! Can you tell me about a time the forecasting got it wrong?

User: thanks haha. ye so [[paddys day|GENERIC_TIME|lowercase]] this year it said i need 9 people. i knew from experience we need 16, the pubs order so much. i told [[my manager|GENERIC_ROLE]] [[Declan Furlong|PERSON]] and he said trust the system. we were 3 hours late for 40 stores. next day [[Declan|PERSON]] says ok [[tomek|PERSON|nickname]] you were right. so now i can override it but i have to write a reason every time, in english, so again [[DeepL|AI_PRODUCT]] haha

AI: Are there concerns about AI among you or your team?

User: some of the lads worry. [[Andrius|PERSON]] from [[Lithuania|COUNTRY]] he says next they bring robots like [[Ocado|ORGANIZATION]] and we all go home. and [[the pickers|GENERIC_ROLE]] have the scanners on the wrist that count every second, now with AI they calculate a "productivity score". one girl [[Precious|PERSON|name_is_word]], very good worker, from [[Nigeria|COUNTRY]], she got a warning because the score said she is slow but actually she was on the chill section which is much harder. i had to fight for her with [[Declan|PERSON]], i sent [[Siobhan|PERSON]] the whole report with her staff number [[MG-77102|NATIONAL_ID]] and in the end they took the warning off

AI: That sounds like it mattered a lot. Has AI been useful for anything outside work?

User: my wife [[Kasia|PERSON]] uses [[chatgpt|AI_PRODUCT|lowercase]] for everything, she is doing accounting course in [[TU Dublin|SCHOOL]]. my son [[Kuba|PERSON|nickname]] is [[11|AGE]] and he talks to the bot in [[Snapchat|SOFTWARE]] which i dont like. [[last year|GENERIC_TIME]] i used [[chatgpt|AI_PRODUCT|lowercase]] to understand a letter from [[Revenue|ORGANIZATION|org_common_word]] about my tax and i put my pps [[8814372TA|NATIONAL_ID]] in it without thinking, [[kasia|PERSON|lowercase_name]] was so angry with me lol

AI: Is there anything else you'd like to add?

User: just that the system is only as good as the people who know the floor. if u want to talk more my number is [[087 914 2236|PHONE_NUMBER]], or [[tomek.wieczorek@eircom.net|EMAIL_ADDRESS]]. we live [[14 Hazelbury Green|ADDRESS]], [[Clonee|CITY]], [[D15 X2F7|ADDRESS|eircode]] if u need to post anything""")

# 4. Canada - high school science teacher, Winnipeg - speech-to-text
T.append("""AI: Hi there, thanks for joining. Could you tell me a little about your work?

User: Sure, yeah. So I'm, uh, [[Brent Kowalchuk|PERSON]], I teach chemistry and, um, grade ten science at [[Kelvin High School|SCHOOL]] in [[Winnipeg|CITY]]. Been teaching, oh, twenty-two years now? Started out in [[Steinbach|CITY]] back in, uh, [[two thousand two|DATE|date_in_words]]. And I'm the [[science department head|JOB_TITLE]] since [[last year|GENERIC_TIME]], which is mostly paperwork, honestly.

AI: Thanks, [[Brent|PERSON]]. How does AI show up in your teaching?

User: Oh, it's everywhere now. Um, so on my side, I use [[MagicSchool|AI_PRODUCT]] for rubrics, and [[ChatGPT|AI_PRODUCT]] to make, like, five versions of the same lab so [[the kids|GENERIC_ROLE]] can't copy each other. And on the student side it's, uh, it's the wild west. The division put out guidance, the [[Winnipeg School Division|ORGANIZATION]], but it's pretty vague. And [[Turnitin|SOFTWARE]] has an AI detector now, which, um, I don't trust it.

AI: Can you give me an example of a situation with a student?

User: Yeah, so, um, there's a kid, [[Jordan Beaulieu|PERSON]], grade eleven, really bright kid, and his lab report came back, like, ninety-eight percent AI on the detector. And I knew he wrote it, 'cause I watched him write half of it in class. His mom, [[Renée|PERSON]], she came in, she was furious, and rightly so. So I went to our [[vice principal|JOB_TITLE]], [[Harpreet Sandhu|PERSON]], and we, um, we threw the score out. [[Jordan|PERSON|name_like_country]] was fine in the end but he was pretty shaken.

AI: How do you feel about AI detectors and AI in schools more broadly?

User: I mean, the detectors, no. I told [[the staff|GENERIC_ROLE]] at our PD day, don't use them to accuse anybody. Um, the AI itself, it's a tool, like a calculator, but [[the kids|GENERIC_ROLE]] who struggle with reading are the ones who lean on it hardest, and that worries me. The union, the [[Manitoba Teachers' Society|ORGANIZATION]], they've been pretty active on it. And, uh, you know, when the guy who basically invented this stuff, [[Geoffrey Hinton|PUBLIC_FIGURE]], says he's scared, I kind of pay attention.

AI: Does AI come up at home at all?

User: Oh, yeah. My wife [[Colleen|PERSON]] is a [[respiratory therapist|JOB_TITLE]] at [[Health Sciences Centre|ORGANIZATION]], and she's more of a skeptic than me. Our daughter [[Maddie|PERSON]]'s at [[U of M|SCHOOL|abbreviation]], she's [[nineteen|AGE]], doing engineering, and she says everybody uses [[Claude|AI_PRODUCT|product_named_like_person]] for the coding. And we went to [[Jordan|COUNTRY|country_like_name]] [[last summer|GENERIC_TIME]] for our anniversary, and I had [[ChatGPT|AI_PRODUCT]] plan the whole itinerary, which, um, it did pretty good actually.

AI: Any worries about where teaching is heading with AI?

User: Uh, a bit. I'm [[fifty-one|AGE]], I've got maybe ten more years, so I'll be fine, but [[the young teachers|GENERIC_ROLE]], I dunno. Oh, and here's a thing, the division made us all register for this provincial AI course with our employee number, [[four four zero nine one two|NATIONAL_ID|spoken_digits]], and our home address, and I thought, why does a course need my home address? I'm on [[Lanark Street|ADDRESS|partial_address]], that's nobody's business.""")

# 5. Australia - self-employed electrician, Geelong - speech-to-text
T.append("""AI: Hi, thanks for making the time. Could you start by telling me what you do?

User: Yeah, no worries. So I'm a [[sparky|JOB_TITLE|slang_title]], electrician, self-employed, I run [[Burgess Electrical|ORGANIZATION]] out of [[Geelong|CITY]], just me and an [[apprentice|JOB_TITLE]]. I'm [[Lachie|PERSON|nickname]], well, [[Lachlan Burgess|PERSON]] if you want the full thing. Did my apprenticeship through [[The Gordon|SCHOOL|org_looks_like_person]], finished in [[2015|DATE]], so, yeah.

AI: Thanks, [[Lachie|PERSON]]. Where does AI come into running the business?

User: Mate, mostly the admin. Quotes, invoices, chasing people who don't pay. I use [[ServiceM8|SOFTWARE]] for the jobs and [[Xero|SOFTWARE]] for the books, and, um, [[ChatGPT|AI_PRODUCT]] for writing up quotes so they sound professional. Like, I'll just talk into it in the ute, "switchboard upgrade, three-phase, Mrs [[Pappas|PERSON]] in [[Torquay|CITY|place_name_ambiguous]]", and it spits out a proper quote.

AI: Could you tell me more about that job?

User: Yeah, so, [[Helen Pappas|PERSON]], lovely lady, she's like [[eighty-two|AGE]], her place is on, uh, [[14 Darian Road|ADDRESS]], old fibro house, the board was still ceramic fuses. Her son [[Nick|PERSON]] rang me, he lives up in [[Brisbane|CITY]]. And the quote [[ChatGPT|AI_PRODUCT]] gave me had the wrong cable size in it, like, it just made something up. So I always double check, you can't trust it with the wiring rules. If I'd sent that to [[Nick|PERSON]] he'd have thought I was an idiot.

AI: What about licensing and compliance, does AI help there?

User: Not really, that's all on me. The certificates of electrical safety go through [[Energy Safe Victoria|ORGANIZATION]], and I have to put my REC number on every one, [[REC twenty-eight seven one three|NATIONAL_ID|spoken_digits]]. Funny thing, I asked [[ChatGPT|AI_PRODUCT]] to make me an invoice template and it put a fake ABN on it, so I had to put my real one in, [[51 824 619 307|NATIONAL_ID|id_like_phone]]. My [[accountant|JOB_TITLE]] [[Raj|PERSON]] at [[Chan & Naidoo|ORGANIZATION|org_looks_like_person]] nearly had a heart attack when he saw the fake one.

AI: Do you have any worries about AI in your trade?

User: Not for the hands-on stuff, no robot's crawling through a roof in [[January|GENERIC_TIME]]. My [[apprentice|JOB_TITLE]] [[Kirra|PERSON]], she's [[nineteen|AGE]], she uses it for her theory at [[TAFE|SCHOOL|generic_looking_school]] and she's flying. The worry's more [[the DIY blokes|GENERIC_ROLE]] watching videos and asking AI how to wire stuff, then I get called out to fix it. And everybody wants a battery now because of [[Elon Musk|PUBLIC_FIGURE]], half of them don't need one. The boys at [[Bunnings|ORGANIZATION]] are selling them like sausages.

AI: Thanks, that's really helpful. Anything you'd like to add?

User: Nah, that's about it. My partner [[Shannon|PERSON]], she's a [[nurse|JOB_TITLE]] at [[Barwon Health|ORGANIZATION]], she reckons AI will take over her paperwork before it takes over my job, and I reckon she's right. If you need me, mobile's [[oh four one two, double seven three, five eight one|OBF_PHONE|spoken_digits]], or just google [[Burgess Electrical|ORGANIZATION]] [[Geelong|CITY]], we're on [[Facebook|SOFTWARE]].""")

# 6. New Zealand - retail store manager, Hamilton - typed chat
T.append("""AI: Kia ora, and thanks for taking part. Could you tell me about your job?

User: kia ora! im [[Aroha|PERSON]], [[store manager|JOB_TITLE]] at [[The Warehouse|ORGANIZATION|org_common_word]] in [[Te Rapa|CITY]], thats [[Hamilton|CITY]]. been with them since i was [[17|AGE]] doing checkouts, so 20 odd years, im [[38|AGE]] now lol. about 60 staff incl casuals

AI: Thanks, [[Aroha|PERSON]]. Where does AI show up in running the store?

User: rosters mostly. we use [[Deputy|SOFTWARE|software_named_like_title]] and it has an auto-schedule thing now that uses AI to guess how busy we'll be. and head office gave all managers [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] so i use that to write up the weekly report for my area manager [[Bryce Whitcombe|PERSON]]. he loves a bullet point haha

AI: How has the auto-scheduling worked out in practice?

User: honestly its ok for normal weeks. but it doesnt know things. like it doesnt know [[Grace|PERSON|name_is_word]] cant do [[sundays|GENERIC_TIME|lowercase]] cos church, or that [[hemi|PERSON|lowercase_name]] is doing his apprenticeship and can only do after 4. so i fix it by hand every week. one time it gave [[Grace|PERSON|name_is_word]] a 14 hour day across two shifts, i was like oh no no no. [[Grace|PERSON|name_is_word]]'s [[sixty-three|AGE]] bless her

AI: Do you or your team have any worries about AI?

User: a bit. the self checkouts already took some hours off [[the checkout girls|GENERIC_ROLE]] and now theres talk about AI cameras for loss prevention. [[Bryce|PERSON]] says its about theft not watching staff but yeah nah. also when i started using [[ChatGPT|AI_PRODUCT]] at home for my own stuff i put my whole IRD number [[049-372-815|NATIONAL_ID|id_like_phone]] in it to help with a tax return thing from [[Inland Revenue|ORGANIZATION]] and then i read you shouldnt do that. oops

AI: That's a common worry. Does AI come up at home in other ways?

User: my partner [[Tama|PERSON]] works at [[Fonterra|ORGANIZATION]] in [[Te Awamutu|CITY]] and they use it for all sorts, milk forecasting or whatever. my boy [[Nikau|PERSON]] is [[7|AGE]] and thinks [[Siri|AI_PRODUCT|product_named_like_person]] is a real lady lol. my cousin [[Mereana|PERSON]] moved to [[Perth|CITY]] in [[Aussie|COUNTRY|nickname]] and shes a [[teacher aide|JOB_TITLE]] there and they banned it in her school

AI: Is there anything else you'd like the researchers to know?

User: just that retail people arent dumb, we can use this stuff fine, we just need time to learn it and nobody gives us time. if you want to follow up email me [[aroha.tewhata@xtra.co.nz|EMAIL_ADDRESS]] or txt [[021 448 9017|PHONE_NUMBER]]. oh and i voted for [[Jacinda|PUBLIC_FIGURE|first_name_public_figure]] if that matters haha it doesnt""")

# 7. South Africa - call centre agent, Durban - typed chat
T.append("""AI: Hi, thanks for joining us today. Could you start by telling me about your work?

User: Hi. my name is [[Nomvula Dlamini|PERSON]], im [[29|AGE]]. im a [[customer service agent|JOB_TITLE]] at [[CCI|ORGANIZATION|abbreviation]] in [[Umhlanga|CITY]], its a call centre. we take calls for a [[UK|COUNTRY|abbreviation]] energy company, [[British Gas|ORGANIZATION]], so i talk to british customers all day lol. i travel from [[Umlazi|CITY]] [[every morning|GENERIC_TIME|lowercase]] with two taxis

AI: Thanks, [[Nomvula|PERSON]]. What does your day look like and where does AI come in?

User: we use [[Salesforce|SOFTWARE]] and [[this year|GENERIC_TIME|lowercase]] they switched on the [[Einstein|AI_PRODUCT|product_named_like_public_figure]] thing, it listens to the call and suggests what to say on the screen. sometimes its helpful, like it pulls up the tariff info fast. sometimes it suggests things that make [[the customer|GENERIC_ROLE]] more angry haha. also after the call it writes the summary which saves like 2 min per call. our AHT went down and then [[management|GENERIC_ROLE]] just increased the targets

AI: Could you tell me about a specific call where the suggestions went wrong?

User: ok so there was a gentleman from [[Sheffield|CITY]], very old, crying because his bill was high and his wife passed. and [[Einstein|AI_PRODUCT|product_named_like_public_figure]] was suggesting "would you like to hear about our smart meter offer" lol. i just ignored it and stayed with him 40 min. then QA flagged the call for long handling time. my QA is [[Kershnee Naidoo|PERSON]] and she listened and said no, you did the right thing, and my [[team leader|JOB_TITLE]] [[Thandeka|PERSON]] agreed. but the system still counts it against me

AI: How do you feel about AI in your job going forward?

User: scared a bit. they already have a bot answering the easy calls. my friend [[Lindiwe|PERSON]] was on the chat channel and they moved the whole chat team to voice because the bot does chat now. im doing my degree part time at [[UNISA|SCHOOL|abbreviation]], BCom, so i hope by the time they replace us i have something else. my mom says [[Trevor Noah|PUBLIC_FIGURE]] also started from nothing so i must just push

AI: Have you used AI tools outside of work, for your studies perhaps?

User: yes [[ChatGPT|AI_PRODUCT]] for assignments, not to cheat, to explain. and once i used it to fill in my bursary form from [[NSFAS|ORGANIZATION|abbreviation]] and i pasted my ID no [[950714 5823 081|NATIONAL_ID|id_like_phone]] in it. my sister [[Zanele|PERSON]] shouted at me, she works at [[Capitec|ORGANIZATION]] and she says people steal IDs like that. she is the clever one in the family

AI: Thank you for sharing all this. Is there anything you'd like to add?

User: just that we are people not AHT numbers. you can whatsapp me on [[072 318 4409|PHONE_NUMBER]] if you have more questions, or email [[nomvula.dlamini95@gmail.com|EMAIL_ADDRESS]]. not the work email please, [[Thandeka|PERSON]] reads everything lol""")

# 8. India - software engineer, Bengaluru - typed chat
T.append("""AI: Hello, and thanks for joining. Could you tell me what you do and where?

User: hi. i am [[Karthik Subramanian|PERSON]], [[27|AGE]], [[senior systems engineer|JOB_TITLE]] at [[Infosys|ORGANIZATION]], [[Electronic City|CITY]] campus, [[Bangalore|CITY]]. working on a project for a [[US|COUNTRY|abbreviation]] bank, [[Wells Fargo|ORGANIZATION]], mostly java microservices. joined in [[2019|DATE]] right after btech from [[PSG Tech|SCHOOL|abbreviation]] in [[Coimbatore|CITY]]

AI: Thanks, [[Karthik|PERSON]]. How does AI fit into your work?

User: [[github copilot|AI_PRODUCT|lowercase]] is approved for our account since [[last year|GENERIC_TIME]]. i use it daily for boilerplate, unit tests etc. personally i like [[Claude|AI_PRODUCT|product_named_like_person]] more for explaining legacy code but client policy says only approved tools. our [[TL|JOB_TITLE|abbreviation]] [[Ramesh|PERSON]] sir is very strict, he checks [[Jira|SOFTWARE]] comments also to see if anyone pasted client code outside

AI: Can you give me an example of a time it helped or caused a problem?

User: helped: we had a 15 yr old batch job nobody understood, [[Divya|PERSON]] and me used [[copilot|AI_PRODUCT|lowercase]] chat to document it in 2 days. problem: [[Ankit|PERSON]] from my team accepted a suggestion that had a hardcoded test account number and it went till UAT. [[Ramesh|PERSON]] sir escalated to the [[DM|JOB_TITLE|abbreviation]] [[Sunita Rao|PERSON]] and we all had to do the secure coding training again on [[saturday|GENERIC_TIME|lowercase]] lol

AI: How do you and your colleagues feel about AI and your jobs?

User: honestly everyone is tensed. in service companies the billing is per head so if AI makes us 30% faster client will ask for fewer people. my parents in [[Madurai|CITY]] keep telling me [[Sundar Pichai|PUBLIC_FIGURE]] is also from [[Madurai|CITY]] so dont worry lol. i am preparing to switch to a product company, applied to [[Zoho|ORGANIZATION]] and [[Swiggy|ORGANIZATION]]

AI: Do you use AI tools for things outside your job?

User: yes lot. for my marriage arrangements with [[Priya|PERSON]]'s family, i used [[chatgpt|AI_PRODUCT|lowercase]] to compare wedding hall quotes. also for KYC stuff, i asked it how to link aadhaar and pan and stupidly i typed both, aadhaar [[4721 9083 5516|NATIONAL_ID|id_like_phone]] and pan [[BKRPS4417M|NATIONAL_ID]]. my friend [[Vignesh|PERSON]] said da are you mad. now i use temporary chat

AI: Thank you, that's really useful. Anything else you'd like to mention?

User: only that companies should give proper training, not just a 1 hour video. if needed my number is [[+91 98450 32187|PHONE_NUMBER]], mail [[karthik.subbu94@gmail.com|EMAIL_ADDRESS]]. i stay at [[flat 302, Sri Sai Residency, 14th Main|ADDRESS]], [[HSR Layout|CITY]] if any courier lol. my [[infy|ORGANIZATION|nickname]] emp id is [[1187342|NATIONAL_ID]] if you need to verify i work there""")

# 9. Nigeria - bank relationship manager, Lagos - speech-to-text
T.append("""AI: Good afternoon, and thank you for joining. Could you tell me about your work?

User: Good afternoon. Okay, so my name is [[Adaeze Nwosu|PERSON]], but everybody calls me [[Ada|PERSON|nickname]]. I'm a [[relationship manager|JOB_TITLE]] with [[GTBank|ORGANIZATION]], uh, I'm in the [[Adeola Odeku|ADDRESS|street_named_like_person]] branch in [[Victoria Island|CITY]], [[Lagos|CITY]]. I've been in banking since, um, [[twenty fifteen|DATE|date_in_words]], I started as a [[teller|JOB_TITLE]] in [[Enugu|CITY]].

AI: Thanks, [[Ada|PERSON]]. How does AI come into your work?

User: Hmm. So officially, the bank has its own tools, there's, um, a credit scoring model that tells us which [[customers|GENERIC_ROLE]] to, you know, to push for loans. And we use [[Finacle|SOFTWARE]] for the core banking. Unofficially, eh, everybody is using [[ChatGPT|AI_PRODUCT]] to write proposals. My colleague [[Ngozi|PERSON]], she writes all her credit memos with it, then she cleans it up.

AI: Could you tell me about a time one of those tools made a difference, good or bad?

User: Okay, so there's a customer, Alhaji [[Musa Danjuma|PERSON]], he has a, um, a haulage business, trucks going up to [[Kano|CITY]]. The scoring model flagged him as high risk because his inflows were irregular. But I know him, I know his business is seasonal, [[harvest season|GENERIC_TIME|lowercase]], so I pushed it up to my [[branch manager|JOB_TITLE]], Mr [[Ola Tunji|PERSON|misheard_name]], and we approved the facility. He has never missed a payment. So the model, it doesn't know the, the human side.

AI: Have there been concerns about customer data and these tools?

User: Yes o. Compliance sent a circular in, um, [[January|GENERIC_TIME]], that nobody should put customer BVN or account details into public AI, because someone, I won't say who, pasted a full statement in [[ChatGPT|AI_PRODUCT]]. And honestly, even me, I have done it with my own details. When I was doing my NIN verification I pasted my NIN, [[seven zero one two three four nine eight four five two|NATIONAL_ID|spoken_digits]], and my BVN, [[22184730915|NATIONAL_ID|id_like_phone]], to ask it why the names were not matching. My husband said, [[Ada|PERSON]], you of all people!

AI: How do you feel about AI and the future of your job?

User: I'm not too worried for relationship management, because in [[Nigeria|COUNTRY]], banking is relationship. People want to see your face. But [[the tellers|GENERIC_ROLE]], the customer service, hmm, I'm worried for them. My younger brother [[Chidi|PERSON]], he's [[twenty-four|AGE]], he just finished at [[UNN|SCHOOL|abbreviation]], he's learning, um, data analysis. I tell him, learn AI, don't fear it. Even [[Ngozi Okonjo-Iweala|PUBLIC_FIGURE]] is talking about AI and trade, so it's serious. And at home, my husband [[Emeka|PERSON]] works at [[Dangote|ORGANIZATION|org_looks_like_person]], at the refinery in [[Lekki|CITY]], he's an [[instrumentation engineer|JOB_TITLE]], they have AI for the maintenance. Our daughter [[Chidera|PERSON]], she's [[six|AGE]], she talks to the [[Alexa|AI_PRODUCT|product_named_like_person]] her aunty bought from [[London|CITY]], and now she's speaking with a small American accent, ha!

AI: Thank you, [[Ada|PERSON]]. Is there anything you'd like to add?

User: Just that, please, the tools should understand our names, our English. When I use the voice typing, it never gets my name. If you want to reach me, my number is [[zero eight zero three, four one two, seven seven six nine|OBF_PHONE|spoken_digits]], and my email is [[ada dot nwosu eighty-nine at gmail dot com|OBF_EMAIL|spelled_at_dot]].""")

# 10. Kenya - NGO field officer, Nakuru - speech-to-text
T.append("""AI: Hello, thanks for joining. Could you tell me about your work?

User: Hello, yes. I am [[Wanjiru Kamau|PERSON]], people call me [[Shiru|PERSON|nickname]]. I work with [[One Acre Fund|ORGANIZATION]] as a [[field officer|JOB_TITLE]], um, covering farmers in [[Molo|CITY]] and [[Njoro|CITY]], [[Nakuru|CITY]] side. I studied agriculture at [[Egerton University|SCHOOL]], I finished in, eh, [[two thousand and eleven|DATE|date_in_words]].

AI: Thanks, [[Shiru|PERSON]]. What does your work involve, and where does AI come in?

User: So I visit farmers, I train them on planting, on fertiliser, and I collect the repayments, they pay through [[M-Pesa|SOFTWARE]]. For AI, we have an app on the tablet, it can look at a photo of a maize leaf and tell you if it is, eh, fall armyworm or a nutrient problem. Also some of the farmers now use [[Nuru|AI_PRODUCT|product_named_like_person]], it's an app from [[PlantVillage|ORGANIZATION]], for the cassava and the potatoes. And I use [[ChatGPT|AI_PRODUCT]] in the evening for writing my reports to [[my supervisor|GENERIC_ROLE]], Mr [[Cheruiyot|PERSON]].

AI: Can you give me an example where the tool helped, or didn't?

User: Yes. There is an old farmer, Mzee [[Kiprono Langat|PERSON]], he's maybe [[seventy|AGE]], in [[Elburgon|CITY]]. His potatoes had a blight and the app said it was, eh, drought stress. And Mzee [[Kiprono|PERSON]] said no, this is blight, I have been farming since [[nineteen seventy-nine|DATE|date_in_words]]. He was right. So the app is good, but the farmer knows more. Another time it helped, Mama [[Njeri|PERSON]] from the [[Tumaini Women Group|ORGANIZATION]], she caught the armyworm early because of the photo, and she saved the whole plot.

AI: Do you have concerns about these tools, for you or for the farmers?

User: Eh, the data. When we register [[a farmer|GENERIC_ROLE]] we take their national ID number, their phone, their plot, everything. My own ID is on the system, [[two eight eight one three zero four seven|NATIONAL_ID|spoken_digits]], and my [[KRA|ORGANIZATION|abbreviation]] PIN, [[A004718263X|NATIONAL_ID]], for the payroll. We don't know where all of it goes. And the farmers, some of them think the app is spying for the government. My colleague [[Brian Otieno|PERSON]] had [[a farmer|GENERIC_ROLE]] chase him away from the shamba, ha!

AI: Does AI come up in your family life?

User: My daughter [[Hope|PERSON|name_is_word]], she's [[eight|AGE]], she is at [[Njoro Hills Academy|SCHOOL]], and her teacher says the children should not use AI for homework. My husband [[Peter Mwangi|PERSON]] works for [[Safaricom|ORGANIZATION]] in [[Nairobi|CITY]], so he comes home [[on weekends|GENERIC_TIME|lowercase]]. He says AI will do everything. And I tell him, can AI walk to [[Elburgon|CITY]] in the rain? Ha! I always think of [[Wangari Maathai|PUBLIC_FIGURE]], she was from the same area as my mother, she would say the land comes first.

AI: Thank you, [[Shiru|PERSON]]. Is there anything you'd like to add, and how could we reach you for follow-up?

User: Only that AI should speak Kikuyu and Kalenjin and Swahili properly, then the farmers will trust it. You can call me on [[zero seven two two, four one five, eight zero six|OBF_PHONE|spoken_digits]], or email [[shiru kamau at yahoo dot com|OBF_EMAIL|spelled_at_dot]].""")

# 11. Singapore - logistics coordinator, Singapore - typed chat
T.append("""AI: Hi, thanks for joining this study. Could you tell me about your work?

User: hello! im [[Tan Wei Ling|PERSON|surname_first]], can call me [[Wei Ling|PERSON]]. [[logistics coordinator|JOB_TITLE]] at [[DHL Supply Chain|ORGANIZATION]], our warehouse is in [[Tuas|CITY]]. we do fulfilment for e-commerce, mostly [[Shopee|ORGANIZATION]] and [[Lazada|ORGANIZATION]] sellers. been there since [[2018|DATE]], before that i was at [[NTUC|ORGANIZATION|abbreviation]] doing admin

AI: Thanks, [[Wei Ling|PERSON]]. What does your day involve, and how does AI fit in?

User: whole day firefighting lah. inbound, outbound, chasing [[the drivers|GENERIC_ROLE]]. we use [[SAP|SOFTWARE]] and [[Power BI|SOFTWARE]], and company gave us [[Copilot|AI_PRODUCT]] [[last year|GENERIC_TIME]]. i use it to summarise the long email chains from [[the client|GENERIC_ROLE]] and to write the incident reports. also [[ChatGPT|AI_PRODUCT]] for excel formula, very useful. [[my boss|GENERIC_ROLE]] [[Jeremy Koh|PERSON]] uses it to write his linkedin posts haha dont tell him i said

AI: Could you walk me through a recent situation where you used it?

User: ok during [[11.11|GENERIC_TIME|date_like_sale_day]] sale volume went 5x. one night the forecast was totally off, we were short 20 pickers. i used [[Copilot|AI_PRODUCT]] to draft the message to the agency for extra manpower and to make the incident report for [[Jeremy|PERSON]] next morning. but it made up a number for the backlog, said 3,000 orders when actually 8,400. lucky [[Muthu|PERSON]] from night shift checked. if not i kena scolding from Mr [[Lim|PERSON]]... sorry i mean our [[ops director|JOB_TITLE]] [[Lim Boon Hock|PERSON|surname_first]]

AI: Are there worries about AI among you or your team?

User: some. [[the uncles|GENERIC_ROLE]] in the warehouse worry about the robots, we already have the AMR robots moving racks. the aunties at packing worry also. for me the worry is more data, because we handle consignee names and addresses and people paste into [[chatgpt|AI_PRODUCT|lowercase]]. my colleague [[Siti|PERSON]] once pasted a whole manifest. after that IT blocked the website, now only [[Copilot|AI_PRODUCT]] allowed. [[Siti|PERSON]] is very good at karaoke by the way, she sings [[Siti Nurhaliza|PUBLIC_FIGURE|shares_name_with_person]] songs at every D&D lol

AI: Does AI come up outside of work for you?

User: my son [[Ethan|PERSON]] is [[10|AGE]], primary 4 at [[Nanyang Primary|SCHOOL]], the school uses some AI for maths practice. my husband [[Desmond|PERSON]] is a [[cabin crew|JOB_TITLE]] with [[SIA|ORGANIZATION|abbreviation]] so he is always flying, [[Europe|CONTINENT]], [[Australia|COUNTRY]], so i use the AI to plan everything at home. i am also doing part time degree at [[SUSS|SCHOOL|abbreviation]], supply chain, i use it for assignments. once i had to upload my NRIC for the school portal and i accidentally pasted [[S8934217D|NATIONAL_ID]] into the chat window instead lol

AI: Thanks for sharing all that. Anything else you'd like to add?

User: i think AI is ok but in [[Singapore|COUNTRY]] management always think tech can replace experience. cannot. if you need to contact me my hp is [[8712 0493|PHONE_NUMBER|local_format]] or email [[weiling.tan89@hotmail.com|EMAIL_ADDRESS]]. i stay [[Blk 412 Jurong West St 42 #08-117|ADDRESS]] if need to send the voucher haha""")

# 12. Philippines - BPO team lead, Cebu City - typed chat
T.append("""AI: Hi! Thanks for joining. Could you tell me a bit about your work?

User: hello po! im [[Jericho Villanueva|PERSON]] but pls call me [[Echo|PERSON|nickname]] hehe. [[team lead|JOB_TITLE]] at [[Concentrix|ORGANIZATION]] here in [[Lahug|CITY]], [[Cebu City|CITY]], we handle a [[US|COUNTRY|abbreviation]] telco account, [[T-Mobile|ORGANIZATION]]. [[graveyard shift|GENERIC_TIME|lowercase]]. im [[31|AGE]], been in BPO since [[2014|DATE]], right after i stopped at [[USC|SCHOOL|abbreviation]]

AI: Thanks, [[Echo|PERSON]]. How does AI show up in your work?

User: a lot na. we have [[Observe.AI|AI_PRODUCT]] that scores 100% of calls now, before QA only listened to like 5 calls per agent per month. also a real time coach that pops up when the agent talks too fast or the customer sounds angry. agents use [[Grammarly|AI_PRODUCT]] for chat. and me personally i use [[ChatGPT|AI_PRODUCT]] to make coaching logs and to rewrite my emails to our [[OM|JOB_TITLE|abbreviation]], Sir [[Jun|PERSON]], because hes very particular with english

AI: Could you tell me about a specific time the call scoring affected someone on your team?

User: yes. one of [[my agents|GENERIC_ROLE]], [[Princess|PERSON|name_is_word]], shes really good, top CSAT. but [[Observe.AI|AI_PRODUCT]] gave her low empathy score for like 2 weeks. turns out she was speaking soft bc her baby was sleeping in the next room, she works from home in [[Talisay|CITY]]. the AI read it as "low energy". i had to calibrate with QA, Ma'am [[Joy|PERSON|name_is_word]] hmm i mean [[Joy Ocampo|PERSON|name_is_word]] from QA, and we got the scores overturned. [[Princess|PERSON|name_is_word]] almost resigned tbh

AI: How do you and your agents feel about AI long term?

User: scared talaga. a lot of accounts are moving chat to bots. my cousin [[Bong|PERSON|nickname]] lost his job in [[Makati|CITY]] when their account went full AI chat. i tell [[my agents|GENERIC_ROLE]] upskill, learn the tools. but also like, my mama is an OFW in [[Dubai|CITY]] for 15 yrs, the family depends on jobs like this. if BPO goes, the [[Philippines|COUNTRY]] is in trouble. even [[Manny Pacquiao|PUBLIC_FIGURE]] was talking about it on tv lol

AI: Has AI been useful for anything in your personal life?

User: for the govt stuff yes. i asked [[chatgpt|AI_PRODUCT|lowercase]] how to update my contributions and i typed my SSS [[34-2918475-6|NATIONAL_ID|id_like_phone]] and PhilHealth [[12-204817365-9|NATIONAL_ID]] and my TIN [[418-552-907-000|NATIONAL_ID|id_like_phone]] like a noob. my gf [[Kring|PERSON|nickname]] said delete it haha. she works at [[Accenture|ORGANIZATION]] also in [[Cebu|CITY|short_form]], shes more careful than me

AI: Thank you, [[Echo|PERSON]]. Anything you'd like to add?

User: just that AI should help the agents not spy on them. if you want to follow up you can msg me [[0917.845.2290|OBF_PHONE|odd_separators]] or [[echo.villanueva@yahoo.com|EMAIL_ADDRESS]], im also on ig [[@echo.villa_|SOCIAL_HANDLE]] salamat po!""")

# 13. Jamaica - hotel front desk supervisor, Montego Bay - speech-to-text
T.append("""AI: Good day, and thanks for taking part. Could you tell me about your job?

User: Good day. Yes, so I'm [[Shanique Campbell|PERSON]], I'm a [[front desk supervisor|JOB_TITLE]] at [[Sandals Montego Bay|ORGANIZATION]], been there from, um, [[twenty nineteen|DATE|date_in_words]]. Before that I did the hospitality course at [[HEART|SCHOOL|org_common_word]], the training institute, and then I did a little time at [[Half Moon|ORGANIZATION|org_common_word]] too, that's another resort.

AI: Thank you, [[Shanique|PERSON]]. What does your day look like, and where does AI come in?

User: Check-ins, check-outs, complaints, everything, you know. We use [[Opera|SOFTWARE|software_named_like_word]] for the reservations. And now management bring in a chatbot on the website and the [[WhatsApp|SOFTWARE]], it answer [[the guests|GENERIC_ROLE]] questions before they reach. Me personally, I use [[ChatGPT|AI_PRODUCT]] to write the replies to the reviews on [[TripAdvisor|SOFTWARE]], 'cause [[my manager|GENERIC_ROLE]], Mr [[Lindo|PERSON]], want every review answer same day.

AI: Can you give me an example where the chatbot or [[ChatGPT|AI_PRODUCT]] helped or caused a problem?

User: Yes, man. So, a guest from [[Toronto|CITY]], Mrs [[Feldman|PERSON]], she ask the chatbot if the airport transfer free, and it tell her yes. It's not free for her package. So she reach at the desk vex, and she show me the chat. And I had to call [[Ru Shawn|PERSON|misheard_name]], he's the [[transport coordinator|JOB_TITLE]], and we just comp it, because what to do, the bot say so. Mr [[Lindo|PERSON]] wasn't happy but he understand.

AI: How do you feel about AI in hospitality going forward?

User: Hmm. I don't think a robot can do what we do, the warmth, you know, that's [[Jamaica|COUNTRY]]. Tourists come for that, from [[Canada|COUNTRY]], [[Europe|CONTINENT]], everywhere. But the reservations girls, them worried. Is [[high season|GENERIC_TIME|lowercase]] now so everybody busy, but in [[the slow months|GENERIC_TIME]] they might cut. My friend [[Tash|PERSON|nickname]] in reservations already get her hours cut.

AI: Does AI come up at home?

User: My son [[Jaden|PERSON]] is [[four|AGE]], him love the [[YouTube|SOFTWARE]], and my grandmother, Miss [[Icy|PERSON|nickname]], she's [[eighty-one|AGE]], she think the phone listening to her, ha ha! And honestly, when I was doing my TRN for the new job, I ask [[ChatGPT|AI_PRODUCT]] to check the form and I put in the whole thing, [[one one two, eight four seven, three zero five|NATIONAL_ID|spoken_digits]]. I live in [[Granville|CITY]], just outside [[Montego Bay|CITY]], so it's not far, I take a route taxi.

AI: Thank you so much. Is there anything you'd like to add, or a way we can reach you?

User: Only that AI must learn how we talk, 'cause it don't understand patois at all. [[Bob Marley|PUBLIC_FIGURE]] couldn't use it, ha ha. You can call me, [[eight seven six, four six nine, two seven one eight|OBF_PHONE|spoken_digits]], or email, [[shanique C campbell at gmail dot com|OBF_EMAIL|spelled_at_dot]].""")

# 14. United States (Mexican-American) - construction estimator, San Antonio - speech-to-text
T.append("""AI: Hi, thanks for joining us. Can you start by telling me what you do?

User: Yeah, sure. So, uh, I'm [[Rogelio Garza|PERSON]], everybody calls me [[Roy|PERSON|nickname]]. I'm a [[senior estimator|JOB_TITLE]] at [[Zachry|ORGANIZATION|org_looks_like_person]], here in [[San Antonio|CITY]]. Commercial construction, mostly, hospitals, a couple of schools. I've been estimating, gosh, since [[two thousand six|DATE|date_in_words]]. I grew up in [[Laredo|CITY]], my dad was a [[drywall foreman|JOB_TITLE]], so I kind of came up through the trades.

AI: Thanks, [[Roy|PERSON]]. Where does AI show up in your estimating work?

User: So the big one is takeoffs. We use [[Bluebeam|SOFTWARE]] and [[Procore|SOFTWARE]], and we've been piloting this tool, [[Togal|AI_PRODUCT]], that reads the drawings and, um, counts the doors, measures the walls, all that. Used to take me two, three days on a big set. Now it's like an afternoon, and then I check it. And I use [[ChatGPT|AI_PRODUCT]] for scope letters and for, uh, reading those long spec books. My boss, [[Bill Hartman|PERSON]], he was skeptical, but now he asks me to run everything through it.

AI: Can you tell me about a time it saved you or got you in trouble?

User: Oh, both. The trouble one, we were bidding a clinic for [[UT Health|ORGANIZATION]], and the AI takeoff missed a whole floor, because the sheet was, uh, labelled weird. So our number came in way low. [[Bill|PERSON|name_is_word]] caught it at, like, ten at night before the bid was due. Saved my butt. The good one, there was a bid for an [[H-E-B|ORGANIZATION|abbreviation]] store and the subcontractor, [[Ramirez Concrete|ORGANIZATION|org_looks_like_person]], their price came in weird, and [[ChatGPT|AI_PRODUCT]] helped me spot they'd left out the vapor barrier. [[Danny Ramirez|PERSON]], the owner, he called me to say thanks.

AI: How do people on your team and in the field feel about AI?

User: [[The young guys|GENERIC_ROLE]] love it. [[Kaitlyn|PERSON]], she's [[twenty-six|AGE]], [[project engineer|JOB_TITLE]], she's on it all day. [[The old-timers|GENERIC_ROLE]], [[the superintendents|GENERIC_ROLE]], they don't trust it. And honestly, the worry for me, I'm [[forty-five|AGE]], is, okay, if a tool does my takeoffs in an afternoon, do they need four estimators? They're not saying it, but, you know. And then you got guys like [[Mark Cuban|PUBLIC_FIGURE]] on TV saying everybody needs to learn AI or get left behind.

AI: Does AI show up at home for you?

User: Yeah, my wife [[Leticia|PERSON]] uses it for her, uh, her cake business, the captions for [[Instagram|SOFTWARE]]. My daughter [[Jazmín|PERSON]]'s at [[UTSA|SCHOOL|abbreviation]], studying nursing, and she says they use it to study. My mom, who lives in [[Nuevo Laredo|CITY]] across the border in [[Mexico|COUNTRY]], she thinks it's the devil. And one time I used it to fill out my renewal for the license and I read out my whole Texas DL, [[two four seven one eight zero nine three|NATIONAL_ID|spoken_digits]], to the voice mode. [[Leticia|PERSON]] was like, why would you do that.

AI: Thank you, [[Roy|PERSON]]. Anything else you want to add, and how can we reach you?

User: Just, it's a good tool, it's not an estimator. You gotta know what a building is. My cell is [[two one oh, eight eight two, four one seven three|OBF_PHONE|spoken_digits]], and email, [[roy dot garza seventy nine at outlook dot com|OBF_EMAIL|spelled_at_dot]]. Not the work one.""")

# 15. United Kingdom (Wales) - secondary school exams officer, Cardiff - typed chat
T.append("""AI: Hello, thanks for taking part. Could you tell me about your role?

User: hiya! im [[Rhian Pritchard|PERSON]], [[exams officer|JOB_TITLE]] at [[Whitchurch High School|SCHOOL]] in [[Cardiff|CITY]], been there since [[2011|DATE]]. before that i was in the council offices, [[Cardiff Council|ORGANIZATION]], housing benefits. im [[48|AGE]] so ive seen a few computer systems come and go lol

AI: Thanks, [[Rhian|PERSON]]. What does the job involve, and where does AI come in?

User: basically everything to do with GCSE and A level entries, access arrangements, seating plans, [[the invigilators|GENERIC_ROLE]], results. we use [[SIMS|SOFTWARE]] for the data and the exam boards portals, [[WJEC|ORGANIZATION|abbreviation]] mostly because we're in [[Wales|COUNTRY]], bit of [[AQA|ORGANIZATION|abbreviation]]. the council rolled out [[Gemini|AI_PRODUCT]] in [[Google Workspace|SOFTWARE]] for staff so i use it for letters home and the invigilator rota

AI: Could you give me an example of something it helped with or got wrong?

User: got wrong: i asked it to make a seating plan from a list and it mixed up two candidates with the same surname, both [[Cerys Jones|PERSON]]... well one is [[Cerys Ann Jones|PERSON]]. candidate numbers [[4172|NATIONAL_ID|candidate_number]] and [[4173|NATIONAL_ID|candidate_number]]. if i hadnt checked one of them would have sat the wrong tier paper. the head, Mr [[Evans|PERSON]], was horrified when i told him. now i only use it for wording not data

AI: How do colleagues at the school feel about AI, especially around exams?

User: the teachers are worried about coursework obviously, the NEA. [[Gareth|PERSON|shares_name_with_public_figure]] in history found three essays that were clearly [[chatgpt|AI_PRODUCT|lowercase]], all had the same made up quote. funny thing [[Gareth|PERSON|shares_name_with_public_figure]] looks a bit like [[Gareth Bale|PUBLIC_FIGURE]] so the pupils call him [[bale|PERSON|nickname]] lol. [[Dai|PERSON|nickname]] our [[network manager|JOB_TITLE]] is the only one who really understands it. [[the kids|GENERIC_ROLE]] are way ahead of us all to be honest

AI: Does AI come into your life outside school?

User: my husband [[Huw|PERSON]] works at [[Admiral|ORGANIZATION|org_common_word]] in claims and theyve got AI doing half the claims triage now, he's not thrilled. our daughter [[Ffion|PERSON]] is at [[Aber|SCHOOL|nickname]] doing law and she says everyone uses it. i used it to sort out a tax code letter from [[HMRC|ORGANIZATION|abbreviation]] and typed my NI number [[JT568312B|NATIONAL_ID]] straight in, [[Ffion|PERSON]] went mad at me

AI: Thanks, that's really helpful. Anything you'd like to add?

User: just that schools need proper guidance, not a two page pdf in [[September|GENERIC_TIME]]. i write a little blog about exams admin at [[rhianexams.wordpress.com|URL]] if anyone's interested lol. email me [[rhian.pritch@btinternet.com|EMAIL_ADDRESS]] or ring [[029 2061 4478|PHONE_NUMBER|local_format]] after [[results day|GENERIC_TIME|lowercase]] please not before!!""")

# 16. Canada (Nigerian immigrant) - senior accountant, Calgary - typed chat
T.append("""AI: Hi, thank you for joining. Could you tell me about your work?

User: Hi, good morning. Im [[Oluwatobi Adeyemi|PERSON]], [[Tobi|PERSON|nickname]] for short. [[senior accountant|JOB_TITLE]] at [[Cenovus|ORGANIZATION]] in [[Calgary|CITY]], corporate reporting team. moved to [[Canada|COUNTRY]] from [[Lagos|CITY]] in [[August 2021|DATE]] through express entry, before that i was an [[audit senior|JOB_TITLE]] at [[KPMG|ORGANIZATION]] back home for 6 years. still writing my CPA exams with [[CPA Western School of Business|SCHOOL]]

AI: Welcome, [[Tobi|PERSON]]. How does AI come into your day to day?

User: [[month end|GENERIC_TIME|lowercase]] and [[quarter end|GENERIC_TIME|lowercase]] mostly. we're on [[SAP|SOFTWARE]] and [[BlackLine|SOFTWARE]] for recs. [[Copilot|AI_PRODUCT]] is approved in [[Outlook|SOFTWARE]] and [[Excel|SOFTWARE]]. i use it to draft variance commentary, like "opex up 4% due to..." and then i fix the numbers. [[my manager|GENERIC_ROLE]] [[Heather MacLeod|PERSON]] likes that the first draft comes in earlier now

AI: Can you give an example where it helped or went wrong?

User: went wrong: in [[Q3|GENERIC_TIME]] it wrote commentary saying revenue dropped because of lower production at one site, but actually it was pricing. it just guessed. [[Chad Morrison|PERSON|name_like_country]] from FP&A caught it in review and made jokes about it in the team chat for a week lol. [[Chad|PERSON|name_like_country]] is good like that. helped: i used it to learn canadian tax stuff fast, T4s, RRSP, TFSA, because nothing is like [[Nigeria|COUNTRY]]

AI: How do you feel about AI and your career?

User: honestly mixed. as an immigrant you already have to prove yourself twice, "canadian experience" and all that. if AI does the junior work then how do new immigrants get the first job? my friend [[Segun|PERSON]] has been applying since [[January|GENERIC_TIME]], he is a [[chartered accountant|JOB_TITLE]] with [[ICAN|ORGANIZATION|abbreviation]] and he is driving [[Uber|ORGANIZATION]]. that one pains me. but for me i will use it as an edge

AI: Does AI come up at home?

User: my wife [[Funmi|PERSON|nickname]] is a [[registered nurse|JOB_TITLE]] at [[Foothills|ORGANIZATION|short_form]], they use AI for scheduling and she hates it. our kids [[Tiwa|PERSON]] and [[Dami|PERSON]] are [[8|AGE]] and [[5|AGE]], they talk to the [[Google Home|AI_PRODUCT]] in yoruba and it doesnt understand lol. when we were doing our PR card renewal i used [[chatgpt|AI_PRODUCT|lowercase]] to check the form and i put my SIN [[946 218 573|NATIONAL_ID|id_like_phone]] in, not my proudest moment. we live in [[Saddle Ridge|CITY]] by the way, [[118 Savanna Crescent NE|ADDRESS]], lots of naija people in that area

AI: Thank you so much, [[Tobi|PERSON]]. Anything else you want to add?

User: just that these tools should be tested with accents and with immigrants, not only people in california. connect with me on linkedin [[linkedin.com/in/tobi-adeyemi-cpa|URL]] or email [[tobi.adeyemi@outlook.com|EMAIL_ADDRESS]], cell [[(403) 619-2274|PHONE_NUMBER]]""")

# 17. Australia (Indian immigrant) - personal care worker in aged care, Adelaide - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you tell me about your job?

User: Hello. Um, so I'm [[Simranjeet Kaur|PERSON]], everyone say [[Simran|PERSON|nickname]]. I'm a [[personal care worker|JOB_TITLE]] in aged care, with [[Resthaven|ORGANIZATION|org_common_word]], at the, um, the site in [[Marion|CITY|place_named_like_person]], in [[Adelaide|CITY]]. I came from [[India|COUNTRY]], from [[Ludhiana|CITY]], in, uh, [[twenty twenty|DATE|date_in_words]] on a student visa, I did my Cert Three at [[TAFE SA|SCHOOL]], and now I'm on the, the sponsorship.

AI: Thanks, [[Simran|PERSON]]. What's a typical shift, and where does AI come in?

User: Morning shift, seven to three. Showering, medication prompts, meals, then the notes. We use [[AutumnCare|SOFTWARE]] for the progress notes. And now there is these, um, sensors in some rooms, AI sensors, they detect if a resident fall, and it send alert on the phone. And I use [[ChatGPT|AI_PRODUCT]] on my break to fix my English in the notes, 'cause the [[RN|JOB_TITLE|abbreviation]], [[Kylie|PERSON]], she is very strict, she say the notes must be professional.

AI: Could you tell me about a time the sensors or [[ChatGPT|AI_PRODUCT]] made a real difference?

User: Yes, one night, I was [[on nights|GENERIC_TIME|lowercase]] that week, the sensor alert for Mrs [[Dorothy Kemp|PERSON]], she is [[ninety-four|AGE]], and she was on the floor in the bathroom. We reach in, like, two minutes. Before, we only find on the round. So that was good. But also it give false alerts, like, Mr [[Vlahos|PERSON]], he just sit on the edge of the bed, alert, alert, alert, whole night. Mr [[Vlahos|PERSON]]'s daughter, [[Eleni|PERSON]], she complain that [[the staff|GENERIC_ROLE]] keep coming in and waking him.

AI: How do you and your colleagues feel about AI in aged care?

User: Um, mixed. The management, they like the data. [[The residents|GENERIC_ROLE]], some of them don't like, they think it's camera watching them, but it's not camera, it's sensor. My friend [[Mercy|PERSON|name_is_word]], she's from [[Zimbabwe|COUNTRY]], she say in her old job in [[Harare|CITY]] they had nothing like this, they just walk more. And the worry is, they already cut one person [[on nights|GENERIC_TIME|lowercase]], because they think the sensors do the job.

AI: Does AI come into your life at home?

User: My husband [[Jaspreet|PERSON]], he drive for [[Uber|ORGANIZATION]], and the app decide everything for him, which ride, the price. He says the algorithm is his boss, ha. We call family in [[Ludhiana|CITY]] [[every Sunday|GENERIC_TIME]], my mum ask me if the robots will take my job. Also for the visa, I ask [[ChatGPT|AI_PRODUCT]] about the papers and I say my Medicare number out loud in the voice mode, [[two four two eight, seven seven one nine three, one|NATIONAL_ID|spoken_digits]], silly me. And my NDIS worker screening number, [[four one zero zero, seven three two one|NATIONAL_ID|spoken_digits]], that one also.

AI: Thank you, [[Simran|PERSON]]. Is there anything else, and how can we reach you?

User: Only that in aged care, AI can help but cannot hold the hand. [[Anthony Albanese|PUBLIC_FIGURE]], he talk about aged care funding on the news, I wish he come and do one shift, ha. My mobile is [[oh four three three, nine oh two, one six eight|OBF_PHONE|spoken_digits]], and email is [[simran k two eight at gmail dot com|OBF_EMAIL|spelled_at_dot]]. I'm in [[Morphettville|CITY]], near the racecourse.""")

# 18. United States - retired reliability engineer, now consultant, Tucson - speech-to-text
T.append("""AI: Hi, thanks for joining. Could you tell me a bit about your work these days?

User: Sure. Well, I'm, uh, I'm retired, technically. I'm [[Walt|PERSON]], I'm [[seventy-one|AGE]], I spent, oh, thirty-four years at [[Raytheon|ORGANIZATION]] here in [[Tucson|CITY]], mostly as a [[reliability engineer|JOB_TITLE]] on missile systems, and since I retired in, um, [[twenty nineteen|DATE|date_in_words]], I do consulting for a few small machine shops. Quality systems, audits, that kind of thing.

AI: Thanks, [[Walt|PERSON]]. How did you start using AI?

User: My grandson, [[Tyler|PERSON]], set me up with [[ChatGPT|AI_PRODUCT]] [[at Thanksgiving|GENERIC_TIME]], oh, [[two years ago|GENERIC_TIME]]. He's at [[ASU|SCHOOL|abbreviation]], computer science, rival school, I went to the [[University of Arizona|SCHOOL]], class of [[seventy-five|DATE|date_in_words]]. I was skeptical, I've been around long enough to see a lot of hype. But I use it now for drafting procedures, reading standards, and I've been trying [[Claude|AI_PRODUCT|product_named_like_person]] and [[Perplexity|AI_PRODUCT]] too. I still do the real math in [[MATLAB|SOFTWARE]], and the shops all live in [[Excel|SOFTWARE]] and [[SolidWorks|SOFTWARE]].

AI: Can you give me an example of how it fits into a consulting job?

User: Sure. One of my clients, [[Sonoran Precision|ORGANIZATION]], small shop, fifteen people, they had a corrective action from a customer, a bad batch of brackets. And I had [[ChatGPT|AI_PRODUCT]] help me draft the root cause report, the eight-D format. It did a decent skeleton. But then it invented a clause number from the standard that doesn't exist. If [[the auditor|GENERIC_ROLE]] had seen that, we'd have been laughed out of the room. So I check everything. The owner, [[Dale|PERSON]], he'd have just sent it.

AI: What worries you, if anything, about AI in engineering?

User: [[The young engineers|GENERIC_ROLE]] not learning the fundamentals. When I started, in [[the seventies|GENERIC_TIME]], we did it by hand, slide rules early on. And look, I'm not a Luddite, [[Neil Armstrong|PUBLIC_FIGURE]] went to the moon with less computer than my wristwatch. But you have to know when the answer is wrong. The tool doesn't know when it's wrong. That's the whole job, knowing when it's wrong. And with defense work, you can't paste anything anyway, export control.

AI: Does AI show up in the rest of your life?

User: Oh, I ask it about everything. Gardening, my blood pressure, which my doctor, Doctor [[Aguilar|PERSON]], rolls her eyes at. My wife passed in [[twenty twenty-one|DATE|date_in_words]], and honestly, some evenings I just chat with it. I know it's a program. My daughter [[Karen|PERSON]] up in [[Denver|CITY]] worries about that. And I talk to [[Alexa|AI_PRODUCT|product_named_like_person]] in the kitchen, mostly to set timers.

AI: Thank you, [[Walt|PERSON]]. Anything you'd like to add?

User: Just that people my age aren't hopeless with this stuff. We built the foundations, for heaven's sake. If you need me, email's fine, [[walt dot kessler at cox dot net|OBF_EMAIL|spelled_at_dot]].""")

# 19. United Kingdom (Scotland) - housing officer, Glasgow - speech-to-text
T.append("""AI: Hello, and thanks for making time for this. Could you tell me about your job?

User: Aye, no bother. So I'm [[Kirsty Dunlop|PERSON]], I'm a [[housing officer|JOB_TITLE]] with [[Wheatley|ORGANIZATION|org_looks_like_person]], the housing association, in [[Glasgow|CITY]]. My patch is [[Easterhouse|CITY]], about four hundred tenancies. I've been there since, eh, [[twenty fourteen|DATE|date_in_words]]. Before that I was on the phones at the council.

AI: Thanks, [[Kirsty|PERSON]]. What does a normal week look like, and where does AI come into it?

User: Och, [[Monday mornings|GENERIC_TIME]] are repairs complaints, the rest of the week is rent arrears, antisocial behaviour, home visits. Everything's logged on [[Northgate|SOFTWARE|software_named_like_place]], which is ancient. The AI bit is, they gave us [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]], so after a home visit I dictate my notes into it and it tidies them up. And there's a new thing that flags [[the tenants|GENERIC_ROLE]] who might go into arrears, based on their payment patterns.

AI: Can you tell me about a time that arrears prediction was right or wrong?

User: Aye, so, there was a gentleman, Mr [[Docherty|PERSON]], case number [[H S G twenty-four oh eight eight one seven|NATIONAL_ID|spoken_digits]], he's [[seventy-eight|AGE]], lives alone, and the system flagged him as high risk because his payments had gone all over the place. Turns out his pension had changed and his granddaughter, [[Shivon|PERSON|misheard_name]], had been paying it for him and then she moved to [[Aberdeen|CITY]]. So it wasn't that he wouldnae pay, it was that nobody had told him how. The system just sees numbers.

AI: How do you and your colleagues feel about these tools?

User: Mixed. My [[team leader|JOB_TITLE]], [[Alasdair|PERSON]], he's dead keen, he's always on about efficiency. The older officers, like [[Senga|PERSON|nickname]], she's been there thirty year, she says a computer cannae smell damp. And she's right, you walk into a flat and you know. The union, [[Unison|ORGANIZATION|org_common_word]], they've asked for a consultation on the arrears tool, because there's a worry it'll be used to push evictions faster, especially [[over the winter|GENERIC_TIME]], nobody wants to be chasing folk at [[Hogmanay|GENERIC_TIME]].

AI: Does AI come into your life at home?

User: My partner [[Stevie|PERSON|nickname]] is a [[bus driver|JOB_TITLE]] with [[First Glasgow|ORGANIZATION]], and they've got these cameras now that watch for yawning, he hates it. Our boy [[Callum|PERSON]], he's [[twelve|AGE]], first year at [[St Andrew's Secondary|SCHOOL]], and he's using it for his homework, which, och, I don't know. I watched a thing with [[Nicola Sturgeon|PUBLIC_FIGURE]] talking about AI and I thought, even she doesn't know what's coming.

AI: Thanks, [[Kirsty|PERSON]]. Anything else you'd like to add, or a way to reach you?

User: Just that in housing, it's people's homes, and [[Scotland|COUNTRY]]'s got enough of a housing crisis. You cannae let a computer decide who's at risk of losing their home. If you want to follow up, my mobile's [[oh seven eight four five, two oh three, one one nine|OBF_PHONE|spoken_digits]], or email [[kirsty dunlop eighty five at hotmail dot co dot uk|OBF_EMAIL|spelled_at_dot]].""")

# 20. Ireland - community pharmacist, Galway - typed chat
T.append("""AI: Hi, thanks for joining. Could you tell me a bit about your work?

User: hi! im [[Niamh|PERSON]], [[supervising pharmacist|JOB_TITLE]] in [[Hickey's|ORGANIZATION|org_looks_like_person]] in [[Salthill|CITY]], [[Galway|CITY]]. qualified from [[RCSI|SCHOOL|abbreviation]] in [[2015|DATE]], im originally from [[Ballinasloe|CITY]]. my PSI reg is [[9847|NATIONAL_ID|short_number]] if that matters for the study lol

AI: Thanks, [[Niamh|PERSON]]. What does a typical day look like, and where does AI come in?

User: dispensing, counselling [[the patients|GENERIC_ROLE]], chasing prescriptions from GPs, methadone, vaccines during [[flu season|GENERIC_TIME|lowercase]]. our dispensing system is [[Socrates|SOFTWARE|software_named_like_public_figure]] which is not AI at all haha. i use [[ChatGPT|AI_PRODUCT]] on my phone for rewording patient leaflets into plain english, and [[Copilot|AI_PRODUCT]] on the laptop for emails to the [[HSE|ORGANIZATION|abbreviation]] and [[PCRS|ORGANIZATION|abbreviation]] about claims

AI: Could you share an example where it helped or caused problems?

User: so an elderly lady, Mrs [[Joyce|PERSON|shares_name_with_public_figure]], [[83|AGE]], on about 14 meds, her daughter [[Aoife|PERSON]] asked for a simple chart of what to take when. i made one with [[chatgpt|AI_PRODUCT|lowercase]] (no names in it obviously) and then checked every line. it had put one of the meds twice a day that should be once weekly. if i hadnt checked... thats my whole worry in one example. [[Ciara|PERSON]] my [[pharmacy tech|JOB_TITLE]] caught a similar thing [[last month|GENERIC_TIME]]. we joke that Mrs [[Joyce|PERSON|shares_name_with_public_figure]]'s med list is longer than [[James Joyce|PUBLIC_FIGURE]]'s Ulysses

AI: How do you and your colleagues feel about AI in pharmacy?

User: cautiously interested? one of the GPs we deal with, Dr [[Madden|PERSON]], uses an AI scribe now and honestly his scripts are clearer. the owner [[Declan Hickey|PERSON|shares_name_with_org]] is grand about it and our [[area manager|JOB_TITLE]] [[Colm|PERSON]] wants to use AI for stock ordering which makes sense. the worry is the online pharmacies, [[Boots|ORGANIZATION|org_common_word]] and the big chains, theyll use it to undercut everyone. and people already ask [[ChatGPT|AI_PRODUCT]] about their meds instead of asking us

AI: Does AI come up outside work for you?

User: my boyfriend [[Cathal|PERSON]] is an engineer in [[Medtronic|ORGANIZATION]] out in [[Parkmore|CITY]], he uses it all day for code. my mam thinks its witchcraft. i used it to plan our trip to [[Portugal|COUNTRY]] in [[the summer|GENERIC_TIME]]. oh and i post pharmacy tips on insta [[@niamh.the.pharmacist|SOCIAL_HANDLE]], i use it to help with captions but never for the actual advice

AI: Thanks so much, [[Niamh|PERSON]]. Anything else you'd like to add?

User: just that pharmacists are the most accessible health professional in [[Ireland|COUNTRY]] and nobody asks us about this stuff. my mobile is [[086 3374 120|PHONE_NUMBER|odd_grouping]] or work landline [[091 524 887|PHONE_NUMBER|local_format]], email [[niamh.fahy.pharm@gmail.com|EMAIL_ADDRESS]]""")

# 21. India - government school teacher, Jaipur - speech-to-text
T.append("""AI: Namaste, and thank you for joining. Could you tell me about your work?

User: Namaste. So, I am [[Meenakshi Choudhary|PERSON]], I am [[senior teacher|JOB_TITLE]], English and social science, at [[Government Senior Secondary School, Malvia Nagar|SCHOOL|misheard_place]], [[Jaipur|CITY]]. I am teaching since, uh, [[two thousand and five|DATE|date_in_words]], first posting was in a village near [[Tonk|CITY]]. I am [[forty-four|AGE]] now.

AI: Thank you, [[Meenakshi|PERSON]]. How does AI come into your teaching?

User: Actually, the department wants everything on [[Shala Darpan|SOFTWARE|software_named_like_person]], the portal, attendance, marks, everything. And [[DIKSHA|SOFTWARE]] for the, um, the teacher training. For AI, I am using [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] on the phone, for making question papers, for lesson plans in Hindi and English both. And [[the children|GENERIC_ROLE]], they are using [[Google Lens|AI_PRODUCT]] to solve the homework, they just take photo, ha.

AI: Can you share an example of using it in class?

User: Yes. So one girl, [[Pooja Meena|PERSON]], class nine, very bright but shy, she was not understanding the French Revolution chapter. So I asked [[ChatGPT|AI_PRODUCT]] to explain it like a story, in Hindi, with a village example. Next day she explained it to the whole class. Our principal, [[Rathore|PERSON]] sir, he was sitting at the back, he was very happy. But another time it gave me wrong dates for the Mughal emperors, and a student, [[Ravi|PERSON]], he caught it. Very embarrassing!

AI: What concerns do you have about AI in schools?

User: The main concern is the, um, the rural children. In my first posting there was no internet even. So AI will make the gap bigger. And [[the parents|GENERIC_ROLE]], [[the parents|GENERIC_ROLE]], they think if child is using phone he is studying. Also the data, the department asks for everything, my employee ID is [[R J J P two zero zero five one four four eight two|NATIONAL_ID|spoken_digits]], my Aadhaar, bank, all on portal. One time I put my Aadhaar in [[ChatGPT|AI_PRODUCT]] by mistake while filling form, [[five five one two, eight zero three three, six one nine zero|NATIONAL_ID|spoken_digits]]. My son scolded me!

AI: Tell me a little about your family and how they use AI.

User: My husband [[Vikram|PERSON]] is [[branch manager|JOB_TITLE]] in [[SBI|ORGANIZATION|abbreviation]], [[Sanganer|CITY]] branch, they have AI for fraud alerts. My son [[Arjun|PERSON]] is [[seventeen|AGE]], he is in [[Kota|CITY]] doing coaching at [[Allen|SCHOOL|org_looks_like_person]] for JEE, and he uses AI for doubts at two a.m. And my daughter [[Ishita|PERSON]], she is in class six, she likes [[Shah Rukh Khan|PUBLIC_FIGURE]] and asks AI to write stories about him, ha ha. During [[Diwali|GENERIC_TIME]] she made the whole rangoli design from AI.

AI: Thank you, [[Meenakshi|PERSON]]. Is there anything you'd like to add, and how can we contact you?

User: Only that teachers in government schools also want training, not only private schools. You can call me on [[nine eight two nine, double four one, seven three six two|OBF_PHONE|spoken_digits]], or email [[meenakshi choudhary seventy nine at rediffmail dot com|OBF_EMAIL|spelled_at_dot]].""")

# 22. United States - university student and part-time shift supervisor at a coffee chain, Austin - typed chat
T.append("""AI: Hey, thanks for joining! Could you tell me about your job?

User: hiii ok so im [[Kenzie|PERSON|nickname]] ([[Mackenzie Albright|PERSON]] if ur being formal lol), im [[20|AGE]], a junior at [[UT Austin|SCHOOL]] studying advertising and i work part time as a [[shift supervisor|JOB_TITLE]] at the [[starbucks|ORGANIZATION|lowercase]] on [[Guadalupe|ADDRESS|partial_address]] by campus. like 25 hrs a week during the semester which is a lot

AI: That's a lot to juggle, [[Kenzie|PERSON]]. Where does AI show up at work?

User: ok so corporate has this thing called [[Deep Brew|AI_PRODUCT]] that does the inventory and the staffing predictions. it decides how many partners we get on the floor and it is WRONG on game days lol. like [[football saturdays|GENERIC_TIME|lowercase]] we are slammed and it gives us 4 ppl. my [[SM|JOB_TITLE|abbreviation]] [[Marco|PERSON]] has to fight it every week. schedules come out in the [[Partner Hours|SOFTWARE]] app and [[the regulars|GENERIC_ROLE]] can tell when were understaffed bc they get mad at us not the algorithm

AI: Could you tell me about a specific shift where that happened?

User: omg yes homecoming weekend. [[Deep Brew|AI_PRODUCT]] said normal staffing, we had a line out the door, mobile orders stacked to like 60. [[Summer|PERSON|name_is_word]] was on bar and she literally cried in the back. i called [[Jaylen|PERSON]] in on his day off and he came bc hes an angel. [[Marco|PERSON]] wrote it up and sent it to our [[district manager|JOB_TITLE]] but idk if anyone reads those

AI: And outside the café, how do you use AI for school?

User: [[chatgpt|AI_PRODUCT|lowercase]] for literally everything lol. brainstorming ad campaigns, fixing my resume, and [[Grammarly|AI_PRODUCT]] for essays. my professor Dr [[Whitlock|PERSON]] lets us use it if we disclose, but my other prof bans it and uses a detector thru [[Canvas|SOFTWARE|software_named_like_word]]. my roommate [[Sky|PERSON|name_is_word]] got flagged for an essay she wrote at 3am with zero AI, she had to show her [[google docs|SOFTWARE|lowercase]] version history to prove it. during [[finals week|GENERIC_TIME|lowercase]] that was the last thing she needed

AI: Do you have any worries about AI, for your job now or your future career?

User: lowkey yes. advertising is like the first thing AI is coming for. my mom works at [[Dell|ORGANIZATION|org_looks_like_person]] in [[Round Rock|CITY]] and they just did layoffs and she said AI was part of it. and all the creators on [[tiktok|SOFTWARE|lowercase]] say ur cooked if u go into marketing. but then [[Taylor Swift|PUBLIC_FIGURE]] fans dragged that AI fake merch so maybe humans still care about real stuff?? also we have to do an AI ethics module on [[Canvas|SOFTWARE|software_named_like_word]] thats logged to your EID, mine is [[ma48523|NATIONAL_ID|lowercase_id]], and i still havent done it lol

AI: Thanks, [[Kenzie|PERSON]]. Anything else you want to share, or a way to follow up?

User: just that service workers use AI too not just tech bros lol. my [[tiktok|SOFTWARE|lowercase]] is [[@kenzbrews|SOCIAL_HANDLE]] i post barista stuff. text me at [[512 77O 3394|OBF_PHONE|letter_o_for_zero]] (yes thats an O i dont want bots) or [[kenzie.albright@utexas.edu|EMAIL_ADDRESS]]. im from [[Plano|CITY]] originally so if ur ever up in [[Dallas|CITY]] lmk haha""")

# 23. New Zealand (Samoan immigrant) - bus driver, Auckland - speech-to-text
T.append("""AI: Talofa, and thanks for joining us. Could you tell me about your work?

User: Talofa lava. Yeah, so I'm [[Tavita Faleolo|PERSON]], most people call me [[Tav|PERSON|nickname]]. I'm a [[bus driver|JOB_TITLE]] with [[NZ Bus|ORGANIZATION]], out of the depot in [[Glen Innes|CITY]], here in [[Auckland|CITY]]. I came over from [[Samoa|COUNTRY]] when I was [[nineteen|AGE]], worked at the freezing works first, then buses since, uh, [[two thousand and three|DATE|date_in_words]].

AI: Thanks, [[Tav|PERSON]]. Where does AI come into your job?

User: Ah, mainly the cameras, eh. They put in this system, [[Guardian|AI_PRODUCT|product_named_like_word]], it watches your eyes, if you look down or you look tired, the seat vibrates and it sends a clip to [[the control room|GENERIC_ROLE]]. And the ticketing, the [[AT HOP|SOFTWARE]] card, that's all computers. And now [[Auckland Transport|ORGANIZATION]] use AI for the timetables. Me, I don't really use the [[ChatGPT|AI_PRODUCT]], but my daughter showed me, so I use it for the church newsletter.

AI: Could you tell me about a time the [[Guardian|AI_PRODUCT|product_named_like_word]] system affected you?

User: Yeah, so one time I was on the early shift, it flagged me for, ah, fatigue, because I was squinting, the sun was coming up on the motorway. So I get called in, my [[duty manager|JOB_TITLE]], [[Craig|PERSON]], he shows me the clip. And I said, bro, that's the sun. He laughed, but it still goes on the record. And one of the younger fellas, [[Sione|PERSON]], he got three flags in one week and they stood him down for a day. He's got four kids. That's not right.

AI: How do the drivers feel about it generally?

User: Ah, mixed, eh. [[The drivers|GENERIC_ROLE]], the older ones especially, we feel like we're being watched like criminals. The union, [[First Union|ORGANIZATION]], they're fighting about how the clips are used. But the safety side, honestly, I've seen fellas nodding off [[in the afternoons|GENERIC_TIME]], so there's some good in it. [[The passengers|GENERIC_ROLE]] don't know anything about it, they just want the bus on time.

AI: Does AI come into your life outside work?

User: At church mostly, ha. I do the newsletter for the [[Ōtāhuhu Samoan Methodist Church|ORGANIZATION]], and I use it to help translate between English and Samoan, but it's not great at Samoan, eh. My wife [[Losa|PERSON]] does the checking. Our daughter [[Malia|PERSON]] is at [[AUT|SCHOOL|abbreviation]], and for [[White Sunday|GENERIC_TIME]] she made the whole kids' programme with it. And my grandson wants to be the next [[Jonah Lomu|PUBLIC_FIGURE]], he asks the AI about rugby all day. We live in [[Ōtāhuhu|CITY]], so church is just down the road.

AI: Thank you, [[Tav|PERSON]]. Anything else you'd like to add?

User: Just that the machine should help the driver, not spy on the driver. My driver number is [[four one seven seven|NATIONAL_ID|spoken_digits]] if you want to check I'm real, ha. You can ring me, [[oh two seven, three one four, eight eight two six|OBF_PHONE|spoken_digits]], after five, 'cause I'm driving till then.""")

# 24. Ghana - mobile money territory sales executive, Kumasi - typed chat
T.append("""AI: Hello, thanks for taking part. Could you tell me what you do?

User: hello. my name is [[Kwabena Owusu-Ansah|PERSON]] but everybody calls me [[Kobby|PERSON|nickname]]. i am a [[territory sales executive|JOB_TITLE]] for [[MTN|ORGANIZATION|abbreviation]] [[MoMo|SOFTWARE]], merchant side, covering [[Adum|CITY]] and [[Kejetia|CITY]] in [[Kumasi|CITY]]. i am [[26|AGE]], finished [[KNUST|SCHOOL|abbreviation]] in [[2020|DATE]] with marketing

AI: Thanks, [[Kobby|PERSON]]. How does AI fit into your work?

User: we have targets [[every month|GENERIC_TIME]], onboarding merchants and pushing them to use [[momo|SOFTWARE|lowercase]] pay. the company app now has AI that tells us which shops to visit based on transactions. me i use [[ChatGPT|AI_PRODUCT]] and [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] to write promo messages in english and twi for [[the merchants|GENERIC_ROLE]]. my supervisor Madam [[Akosua Frimpong|PERSON]] says my messages are too long so now AI makes them short lol

AI: Could you give me an example where AI helped you close a deal, or didn't?

User: yes. there is a provision shop, [[Blessed Hands Enterprise|ORGANIZATION|org_looks_generic]], the owner is Auntie [[Ama|PERSON]], she is like [[60|AGE]]. the app said her transactions are low so she is "low potential". but i know she sells a lot, she just prefers cash. i used [[chatgpt|AI_PRODUCT|lowercase]] to make a simple explanation in twi of how [[momo|SOFTWARE|lowercase]] pay saves her from fake notes, printed it, went to her. now she is one of my top merchants. the app was wrong. [[Yaw|PERSON]] my colleague also does the same thing with his market women

AI: Do you have any worries about AI and your job?

User: yes small. they say head office in [[Accra|CITY]] is testing AI agents that can onboard merchants on [[whatsapp|SOFTWARE|lowercase]] without a sales person. if that happens plenty of us will go. my brother [[Kofi|PERSON]] is in [[Germany|COUNTRY]] doing his masters and he says in [[Europe|CONTINENT]] everybody is talking about AI laws but in [[Ghana|COUNTRY]] nobody is talking. also i once asked [[chatgpt|AI_PRODUCT|lowercase]] how to link my ghana card to my sim and i typed the full number [[GHA-718294035-6|NATIONAL_ID]] lol

AI: Does AI come into your personal life?

User: i use it for my small side business, i resell sneakers on [[instagram|SOFTWARE|lowercase]] on [[weekends|GENERIC_TIME|lowercase]]. and for church, Pastor [[Mensah|PERSON]] asked me to make the harvest flyers with AI. my girlfriend [[Abena|PERSON]] is a [[nurse|JOB_TITLE]] at [[Komfo Anokye|ORGANIZATION|org_looks_like_person]], she says AI cannot replace nurses and she is right. i also love [[Sarkodie|PUBLIC_FIGURE]] and i asked AI to write rap like him, it was terrible haha

AI: Thank you, [[Kobby|PERSON]]. Anything else you want to add?

User: AI should learn twi properly, then it will help plenty people in [[Africa|CONTINENT]]. you can reach me [[024 481 7730|PHONE_NUMBER|local_format]] or [[kobby.ansah@gmail.com|EMAIL_ADDRESS]], on X im [[@kobby_sells|SOCIAL_HANDLE]]""")

# 25. South Africa (Zimbabwean immigrant) - bookkeeper, Cape Town - speech-to-text
T.append("""AI: Hello, and thanks for joining. Could you tell me about your work?

User: Hello, thank you. So my name is [[Tendai Moyo|PERSON]], I am a [[bookkeeper|JOB_TITLE]] at a small practice, [[Van der Merwe and Associates|ORGANIZATION|org_looks_like_person]], in [[Bellville|CITY]], [[Cape Town|CITY]]. I came from [[Zimbabwe|COUNTRY]], from [[Bulawayo|CITY]], in, um, [[two thousand and nine|DATE|date_in_words]], when things were very bad there. I studied accounting at [[NUST|SCHOOL|abbreviation]] back home, but here they didn't recognise it at first, so I started as a [[data capturer|JOB_TITLE]].

AI: Thanks, [[Tendai|PERSON]]. What does your work involve, and where does AI come in?

User: So we do the books for small businesses, restaurants, plumbers, a few guest houses. We use [[Sage|SOFTWARE|software_named_like_person]] and some clients are on [[Xero|SOFTWARE]]. Now we have [[Dext|AI_PRODUCT]], it reads the slips, the invoices, and it, um, codes them automatically. It used to take me two days per client at [[month end|GENERIC_TIME|lowercase]] to capture slips, now it's like two hours. And I use [[ChatGPT|AI_PRODUCT]] for understanding the new rules from [[SARS|ORGANIZATION|abbreviation_ambiguous]], the tax people, because they change every year, especially in [[tax season|GENERIC_TIME|lowercase]].

AI: Can you give me an example where it helped, or went wrong?

User: Okay, so one client, a restaurant in town, [[Mama Africa|ORGANIZATION|org_contains_continent]], the owner is [[Riaan|PERSON]]. [[Dext|AI_PRODUCT]] coded his whole meat supplier as entertainment, for three months, because the supplier name was, um, [[Ou Kaapse Slaghuis|ORGANIZATION]], it didn't understand the Afrikaans. So the VAT return was wrong. I caught it before we submitted. My boss, Mrs [[Van der Merwe|PERSON|shares_name_with_org]], she said, [[Tendai|PERSON]], this is why we still need you, ha ha.

AI: What worries you about AI in your field?

User: Hmm, the worry is real. If the machine captures the slips, then the junior jobs, [[the data capturers|GENERIC_ROLE]], they go. That's how I started. My nephew [[Tapiwa|PERSON]], he's [[twenty-two|AGE]], he's trying to get in now, and it's hard. And for us foreigners, the permit, the papers, already it's difficult. I renewed my work permit [[last year|GENERIC_TIME]], my passport number is [[F N four eight two nine one seven|NATIONAL_ID|spoken_digits]], and I even asked [[ChatGPT|AI_PRODUCT]] to help with the letter for [[Home Affairs|ORGANIZATION|org_common_word]]. And then [[Cyril Ramaphosa|PUBLIC_FIGURE]] talks about AI on the news like it's only good news for [[South Africa|COUNTRY]].

AI: Does AI come into your family life?

User: My wife [[Rudo|PERSON]] is a [[caregiver|JOB_TITLE]] for an old lady in [[Durbanville|CITY]], and our kids, [[Tatenda|PERSON]] and [[Nyasha|PERSON]], they're at [[Bellville Primary|SCHOOL]]. They use AI for homework, and we speak Ndebele at home, and the AI doesn't know Ndebele at all. Oh, and my tax number, [[zero four seven three, two one nine, one eight six|NATIONAL_ID|spoken_digits]], I once read that into the voice thing too, [[Rudo|PERSON]] was not happy.

AI: Thank you, [[Tendai|PERSON]]. Anything else, and how can we reach you?

User: Just that AI must not forget the people who do the small jobs. You can call me on [[zero seven nine, four three eight, two six one oh|OBF_PHONE|spoken_digits]], or email, [[tendai dot moyo at webmail dot co dot za|OBF_EMAIL|spelled_at_dot]].""")

write_set(T, "set_cc")
