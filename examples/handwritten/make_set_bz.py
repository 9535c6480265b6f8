"""Blind evaluation set 'bz': 25 synthetic interview transcripts with office and knowledge workers talking about AI at work, a typical cross-section of such a study. Every person, number, email, address and ID is invented. Build with: python3 make_set_bz.py"""
from markup import write_set

T = []

# 1. United States - senior FP&A analyst, Charlotte - typed chat
T.append("""AI: Hi, thanks for joining this interview about AI at work. To start, could you tell me a little about your job and where you do it?

User: sure. im a [[senior FP&A analyst|JOB_TITLE]] at [[Truist|ORGANIZATION]], based out of the uptown office in [[Charlotte|CITY]]. been there since [[2018|DATE]], before that i was at [[Duke Energy|ORGANIZATION]] for like 3 yrs doing rate case models. mostly i build forecasts for the consumer lending side, monthly close variance stuff, board deck numbers. oh and im [[Dwayne|PERSON]] btw

AI: Nice to meet you, [[Dwayne|PERSON]]. Which tools do you use day to day, and where does AI come in?

User: [[Excel|SOFTWARE]] all day lol, plus [[Hyperion|SOFTWARE]] and [[Power BI|SOFTWARE]]. we got [[Microsoft 365 Copilot|AI_PRODUCT]] rolled out in [[October|GENERIC_TIME]] to a pilot group and i got in bc [[Denise Whitfield|PERSON]] put my name forward, she's the [[VP of consumer finance|JOB_TITLE]]. honestly i use [[ChatGPT|AI_PRODUCT]] more on my phone for stuff like "explain this DAX error" bc [[copilot|AI_PRODUCT|lowercase]] inside [[excel|SOFTWARE|lowercase]] is kinda slow

AI: Could you give me a concrete example of a task where AI helped recently?

User: ok so last [[Tuesday|GENERIC_TIME]] i had to reconcile the auto loan forecast against actuals and there was a $2.3M gap. i pasted the pivot (scrubbed, we're not supposed to paste real data, i replaced the names) into [[chatgpt|AI_PRODUCT|lowercase]] and asked where the variance probably came from. it pointed at prepayment speeds which was right. saved me maybe two hours. then [[Raj Venkataraman|PERSON]], he's the [[data engineer|JOB_TITLE]] who owns the pipeline, confirmed a feed from [[Black Knight|ORGANIZATION|org_looks_like_name]] had dropped a day

AI: So [[Raj|PERSON]] caught the feed issue while the model pointed you in the right direction. Do you ever worry about what you paste into these tools?

User: yeah constantly. we had a training where [[marcus|PERSON|lowercase_name]] from infosec showed how someone at another bank pasted a sheet with customer SSNs into a public chatbot. my own info is everywhere anyway, when i refinanced in [[2021|DATE]] [[the lender|GENERIC_ROLE]] emailed my whole loan file unencrypted with my ssn [[529-41-8836|NATIONAL_ID]] on page 1. i had to call them from my cell [[(704) 318-2290|PHONE_NUMBER]] like 6 times to get it pulled

AI: That sounds stressful. Does AI show up in your life outside of work too?

User: my wife [[Keisha|PERSON]] uses it for lesson plans, she's a [[4th grade teacher|JOB_TITLE]] at [[Ballantyne Elementary|SCHOOL]]. and our son [[Jaylen|PERSON]] is [[nine|AGE]] and honestly talks to [[Alexa|AI_PRODUCT|product_named_like_person]] more than to us. he asked it to do his spelling homework [[last week|GENERIC_TIME]]. at work what worries me is job stuff tbh. [[Jamie Dimon|PUBLIC_FIGURE]] said on some podcast AI will touch every job at [[JPMorgan|ORGANIZATION]] and ppl at work passed that clip around for days. im [[34|AGE]], i got maybe 30 yrs of work left, idk what an analyst even does in ten years. [[my manager|GENERIC_ROLE]] says we'll be "reviewers" but reviewers of what

AI: Is there anything you'd want the people building these tools to know, or anything else to add?

User: make it work with locked down corporate data, thats the whole problem. also if anyone from the study wants to follow up im [[dwayne.t.harris88@gmail.com|EMAIL_ADDRESS]] or on [[linkedin|SOFTWARE|lowercase]] [[linkedin.com/in/dwayneharris-fpa|URL]]. dont put that in the report tho lol""")

# 2. United Kingdom - HR business partner, Leeds - speech-to-text
T.append("""AI: Hello, and thank you for agreeing to talk with me. Could you start by telling me what you do for work?

User: Yeah, of course. Um, so I'm, I'm an [[HR business partner|JOB_TITLE]] at [[Asda|ORGANIZATION]], at the head office in [[Leeds|CITY]]. I look after, er, the supply chain side, so depots mainly, about four thousand colleagues across the north. I've been in HR since, um, [[twenty eleven|DATE|date_in_words]], I started at [[Morrisons|ORGANIZATION]] in [[Bradford|CITY]] actually.

AI: What does a typical week look like, and where do AI tools fit in?

User: So a lot of it is employee relations. Disciplinaries, grievances, sickness absence. We use [[Workday|SOFTWARE]] for everything, and, er, we've got [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] now, so it'll summarise the meeting notes. Which is brilliant for, like, an investigation meeting that goes on for two hours. Before that my [[HR advisor|JOB_TITLE]], [[Shavaun|PERSON|misheard_name]], she'd be typing everything up till seven at night.

AI: You mentioned [[Siobhan|PERSON]] typing up notes. Can you walk me through an example of using [[Copilot|AI_PRODUCT]] for an investigation?

User: Yeah, so, um, there was a case in, in [[February|GENERIC_TIME]], a grievance at the [[Wakefield|CITY]] depot, a lad called [[Connor Bates|PERSON]] raised it against his shift manager. So I ran the hearing on [[Teams|SOFTWARE]], [[Copilot|AI_PRODUCT]] did the summary, and honestly it was good, but it got the speakers mixed up. It said [[Gaz|PERSON|nickname]], which is what everyone calls the shift manager, [[Gary Pickersgill|PERSON]], had said things that actually [[the note-taker|GENERIC_ROLE]] said. So I had to go through it line by line. And the case reference came out as, um, [[E R twenty-three oh four one seven|NATIONAL_ID|spelled_out]], which it then put in the title of the summary, so anyone in the channel could see it.

AI: That's a significant error in a sensitive context. How did you handle it?

User: I flagged it to [[Priya Chaudhry|PERSON]], she's our [[people director|JOB_TITLE]], and she said, right, we can use it but a human checks every summary before it goes on the file. Which, fair. The other thing is personal data. Like I had someone's national insurance number read out in a meeting, [[J T four eight two nine seven one C|NATIONAL_ID|spelled_out]], because payroll had messed up his tax code, and it went straight into the transcript. Word for word.

AI: Do you use any AI tools outside the company-approved ones, and how do you feel about AI in HR overall?

User: Um, [[ChatGPT|AI_PRODUCT]] at home. I'm doing my CIPD level seven at, er, [[Leeds Beckett|SCHOOL]], so I use it to check my referencing, not to write it, I promise. My daughter [[Poppy|PERSON]], she's [[fifteen|AGE]], she's always on [[Snapchat|SOFTWARE]] talking to the [[My AI|AI_PRODUCT]] thing, which I find a bit weird to be honest. Overall? Mixed. I'm, I'm [[forty-six|AGE]], I've seen loads of systems come and go. Recruitment is where I worry, because of bias. Everyone remembers the [[Amazon|ORGANIZATION]] CV tool that marked down women. And the union, [[GMB|ORGANIZATION]], they've already asked us for a consultation on any AI in the disciplinary process, which I think is right.

AI: Thank you, that's really helpful. Is there anything else you'd like to add?

User: Just that it's a tool, not a, not a decision maker. Oh, and if you need me again, my work email is, um, [[s dot kelleher at asda dot co dot uk|OBF_EMAIL|spelled_at_dot]]. [[Kelleher|PERSON]] with two Ls. Or the mobile, [[oh seven seven oh oh, nine one two, four four six|OBF_PHONE|spelled_digits]].""")

# 3. Canada - litigation paralegal, Winnipeg - typed chat
T.append("""AI: Thanks for joining. Could you tell me about your work and how long you've been doing it?

User: hi! im [[Tanis|PERSON]], a [[litigation paralegal|JOB_TITLE]] at [[Thompson Dorfman Sweatman|ORGANIZATION|org_looks_like_name]] in [[Winnipeg|CITY]], going on 7 years. before that i did the paralegal program at [[Red River College|SCHOOL]]. i work mostly for two partners on insurance defence files, so a lot of document review, drafting affidavits of documents, chasing medical records

AI: What tools do you use, and has AI changed that work?

User: our DMS is [[iManage|SOFTWARE]] and we use [[PCLaw|SOFTWARE]] for billing. the firm licensed [[Lexis+ AI|AI_PRODUCT]] [[last spring|GENERIC_TIME]] and some of us use [[Claude|AI_PRODUCT|product_named_like_person]] for first drafts of chronologies but only with anonymized stuff. [[hope|PERSON|name_is_word]] (other paralegal, [[Hope Mackenzie|PERSON]]) is way more into it than me, she made a whole prompt library in [[OneNote|SOFTWARE]] and now ppl ask her instead of [[the partners|GENERIC_ROLE]] lol

AI: Can you describe a recent example where you used it?

User: ya so in [[November|GENERIC_TIME]] we got ~900 pages of clinical records on a motor vehicle file. plaintiff is a [[52|AGE]] yr old [[long haul trucker|JOB_TITLE]] from [[Brandon|CITY]], Mr. [[Delorme|PERSON]]. i ran the records thru [[lexis|AI_PRODUCT|lowercase]] to build a treatment chronology and it did like 80% of it in 10 min. but it also pulled his PHIN [[204 718 553|NATIONAL_ID|id_like_phone]] into the summary table which freaked me out a bit bc thats his health number and it looks exactly like a phone number. told [[Carla Nowicki|PERSON]] ([[partner|JOB_TITLE]] on the file) and she said redact before upload from now on. the court file number is fine to leave in, [[CI 22-01-38815|NATIONAL_ID]], thats public anyway, but the [[MPI|ORGANIZATION]] claim number [[2217-66043-01|NATIONAL_ID]] we swap for xxx

AI: Thanks, [[Tanis|PERSON]]. How do your colleagues feel about these tools?

User: split. [[hope|PERSON]] loves it obviously. [[gord|PERSON|lowercase_name]] the [[senior partner|JOB_TITLE]] calls it "the robot" and refuses to read anything it touched. [[Gord Halvorsen|PERSON]] has been practising since [[1989|DATE]] so i kinda get it. and the [[articling students|GENERIC_ROLE]] use it for everything which is a problem bc they dont check cites. theres that [[US|COUNTRY]] case where a lawyer got sanctioned for fake citations from [[chatgpt|AI_PRODUCT|lowercase]], everyone here knows that story

AI: Do you use AI outside work at all?

User: a bit. i used [[chatgpt|AI_PRODUCT]] to write a complaint letter to [[my landlord|GENERIC_ROLE]] when our heat went out in [[January|GENERIC_TIME]]. pasted my whole lease in, with my address and everything, [[3-88 Lipton St|ADDRESS]], [[Winnipeg|CITY]]. and my sin was on the rental application page, [[512 884 309|NATIONAL_ID|id_like_phone]], which i only noticed after. not my smartest moment. the letter worked tho, [[Prairie Sky Property Management|ORGANIZATION]] fixed it in 2 days

AI: What concerns do you have about AI in legal work, and is there anything else you'd like to add?

User: confidentiality mostly. the [[Law Society of Manitoba|ORGANIZATION]] put out guidance but its pretty vague. and billing, if the AI does a chronology in 10 min do we bill 10 min? [[Intact|ORGANIZATION|org_looks_like_word]] is our biggest client and their claims people are already asking. anyway if u need me for the consent form its [[tanisrichardson@shaw.ca|EMAIL_ADDRESS]] or [[204-995-3170|PHONE_NUMBER]], and im [[thirty-one|AGE]] if that matters for your demographics""")

# 4. Australia - senior project engineer, Perth - speech-to-text
T.append("""AI: Thanks for making time. Could you start by telling me about your role?

User: Yeah, no worries. So I'm a, um, [[senior project engineer|JOB_TITLE]] with [[Woodside|ORGANIZATION]], so, oil and gas, LNG. I'm based in [[Perth|CITY]] but I do a fly-in fly-out rotation up to [[Karratha|CITY]], two weeks on, one off. I've been there since, uh, [[twenty fifteen|DATE|date_in_words]], pretty much straight out of uni at [[Curtin|SCHOOL]].

AI: What does your work involve, and where do AI tools come in?

User: So it's a lot of, like, scheduling, change management, vendor documents. We live in [[Primavera|SOFTWARE]], [[SAP|SOFTWARE]], and a document system called [[Aconex|SOFTWARE]]. The company's been trialling an internal chatbot, it's built on, um, [[Azure OpenAI|AI_PRODUCT]], and everyone just calls it [[Wilma|AI_PRODUCT|product_named_like_person]], nobody knows why. And you can ask it stuff like, what's the torque spec in this vendor manual, and it'll find it across ten thousand pages. That's been a game changer, honestly.

AI: Could you tell me about a specific time it helped, or didn't?

User: Yeah so, um, we had a shutdown in, uh, [[March|GENERIC_TIME]], and [[Bazza|PERSON|nickname]], sorry, [[Barry Tonkin|PERSON]], he's the [[maintenance superintendent|JOB_TITLE]] up at site, he rang me at like four AM asking for the isolation procedure for a compressor. And I asked [[Wilma|AI_PRODUCT]] and it gave me a procedure for the wrong train, like the wrong unit. If I'd just sent that... yeah. So I double-checked with [[Mei Ling|PERSON]] in the control room and she sent me the right one. So now I use it as a pointer, not an answer.

AI: That sounds like a close call. Do you use AI outside of work?

User: Um, yeah, a bit. My partner [[Jess|PERSON]] and I are doing up a house in [[Fremantle|CITY]], and I've been using [[ChatGPT|AI_PRODUCT]] for, like, council stuff. I put in our address, [[twenty-two Attfield Street|ADDRESS|number_words]], and asked it to find the heritage rules, and it just made some up. Also it helped me understand my tax deductions, and I stupidly typed my tax file number in, which is, like, [[four one seven, two two nine, oh eight six|NATIONAL_ID|spelled_out]]. [[Jess|PERSON]] was not impressed.

AI: You mentioned [[Fremantle|CITY]] and the renovation. How do you feel about where AI is heading in your industry?

User: Honestly I'm a bit worried about [[the graduates|GENERIC_ROLE]]. [[The grads|GENERIC_ROLE]] we got [[this year|GENERIC_TIME]], they use it for everything and they don't build the intuition. When I started, [[my mentor|GENERIC_ROLE]], [[Doug Keogh|PERSON]], made me walk every line on the plant with a P and ID in my hand. My mate [[Tommo|PERSON|nickname]] moved up to [[Darwin|CITY|place_also_person]] to work for [[Inpex|ORGANIZATION]] and they're going even harder on AI there. And you've got [[Twiggy Forrest|PUBLIC_FIGURE|nickname]] on the news every week saying it'll run the mines by itself. I don't buy that.

AI: Thanks so much. Is there anything else you want to add?

User: Nah, I think that's it. It's [[Callum|PERSON]], by the way, [[Callum Reid|PERSON]], I'm [[thirty-three|AGE]]. If you want to follow up, my personal number's [[oh four one two, five five eight, three oh one|OBF_PHONE|spelled_digits]], or just email, um, [[callum reid eighty-nine at bigpond dot com|OBF_EMAIL|spelled_at_dot]].""")

# 5. Ireland - customer support team lead, Cork - typed chat
T.append("""AI: Hi, thanks for taking part. Can you tell me what you do and where?

User: hiya, im a [[team lead|JOB_TITLE]] in customer support for [[Apple|ORGANIZATION]] in [[Cork|CITY]], out at the [[Hollyhill|CITY]] campus. i manage 14 advisors on an EMEA chat queue. been there 6 yrs, before that i was in [[Dell|ORGANIZATION|org_looks_like_name]] in [[Limerick|CITY]] doing tech support on the phones

AI: Which tools do you use and where does AI come in?

User: internal tools mostly, cant say much about those tbh. we're not allowed use [[Apple Intelligence|AI_PRODUCT]] on customer data yet either. outside that i use [[chatgpt|AI_PRODUCT|lowercase]] for writing the weekly team update and coaching notes. like i'll write "[[ciara|PERSON|lowercase_name]] was 3 mins over AHT, be nice about it" and it turns it into something HR-friendly lol. [[ciara|PERSON]] if ur reading this ur doing great

AI: Could you walk me through a recent example in more detail?

User: so theres a lad on my team, [[tadhg|PERSON|lowercase_name]] ([[Tadhg Ó Súilleabháin|PERSON]], good luck to any AI spelling that), hes brilliant with customers but his written QA scores were bad. i used [[Gemini|AI_PRODUCT]] to make a practice set of tricky customer emails and he did them over 2 weeks. scores went from 71 to 88. [[my own manager|GENERIC_ROLE]] [[Fionnuala|PERSON]] wants me to present it at the site all-hands on the [[14th of June|DATE]]

AI: That's a great outcome. Are there things you worry about?

User: tbh yes. data protection is huge here, the [[Data Protection Commission|ORGANIZATION]] is literally up the road in [[dublin|CITY|lowercase]]. and personally i had a scare [[last yr|GENERIC_TIME|lowercase]], my PPS number [[7719342KA|NATIONAL_ID]] was in a scanned mortgage doc i put thru some random pdf summariser website. [[AIB|ORGANIZATION]] said it was probably fine but i was sick over it for a week

AI: You mentioned the mortgage. Does AI come up at home too?

User: yeah my husband [[Ronan|PERSON]] uses it for the farm accounts, his family have a dairy farm out near [[Macroom|CITY]]. and my mam, shes [[sixty-eight|AGE]], thinks [[Siri|AI_PRODUCT|product_named_like_person]] is a real woman in [[America|COUNTRY]]. we're in [[14 Ard na Gréine|ADDRESS]], [[Ballincollig|CITY]] now so the commute is grand

AI: Thanks, that's really helpful. Anything else you'd like to add?

User: just that it should help ppl not replace them. if u want to follow up im [[aoife.dineen@icloud.com|EMAIL_ADDRESS]] or text [[087 441 2903|PHONE_NUMBER]]. [[Aoife|PERSON]] btw, [[39|AGE]], [[UCC|SCHOOL]] commerce class of [[2007|DATE]]""")

# 6. New Zealand - head of science at a secondary school, Hamilton - speech-to-text
T.append("""AI: Kia ora, and thanks for joining me. Could you tell me a bit about yourself and your work?

User: Kia ora. Yeah, so I'm [[Aroha Tipene|PERSON]], I'm the [[head of science|JOB_TITLE]] at [[Fraser High School|SCHOOL]] in [[Hamilton|CITY]]. I've been teaching since, um, gosh, [[two thousand and six|DATE|date_in_words]]. I trained at the [[University of Waikato|SCHOOL]], just down the road really.

AI: Where does AI show up in your teaching or your admin work?

User: Mostly admin, honestly. Reports, um, moderation paperwork, emails to parents. I use [[ChatGPT|AI_PRODUCT]] and, er, the school's got [[Gemini|AI_PRODUCT]] through [[Google Workspace|SOFTWARE]]. For report comments it's amazing, I give it three bullet points about a kid and it writes a paragraph. But you have to be careful with names. Like I had a Year 11 boy, [[Wiremu|PERSON]], and it kept writing "[[William|PERSON|name_anglicised]]" instead. Every single report.

AI: Could you give me a specific example where AI caused a problem?

User: Yeah. So, um, [[last term|GENERIC_TIME]] one of my teachers, [[Hemi|PERSON]], he's our [[physics teacher|JOB_TITLE]], he put a whole class list into some free marking website, with their national student numbers, like [[one three seven four four two nine eight one|NATIONAL_ID|spelled_out]], that sort of thing. And we had to report it to our [[principal|JOB_TITLE]], [[Grace Whaanga|PERSON]].

AI: How did [[Grace|PERSON|name_is_word]] respond?

User: She was great, actually. She rang the [[Ministry of Education|ORGANIZATION]] and the [[Office of the Privacy Commissioner|ORGANIZATION]], and we had to write to all the families. Some were pretty upset. One dad, Mr [[Patel|PERSON]], he's a [[software developer|JOB_TITLE]] at [[Gallagher|ORGANIZATION|org_looks_like_name]], he came in and gave us a whole lecture on data security, which, fair enough. [[Hemi|PERSON]] felt terrible. He's only, like, [[twenty-four|AGE]], first year out of teachers' college.

AI: Does AI come up at home, with your own family?

User: Oh, all the time. My son [[Nikau|PERSON]]'s [[sixteen|AGE]] and he's obsessed with [[Lewis Hamilton|PUBLIC_FIGURE|shares_city_name]], asks [[ChatGPT|AI_PRODUCT]] about F1 stats all night. My husband's a [[dairy farmer|JOB_TITLE]] out at [[Te Awamutu|CITY]], he uses it for, um, writing to the bank, [[ANZ|ORGANIZATION]]. And we've got [[Alexa|AI_PRODUCT]] in the kitchen which only seems to understand him, not me.

AI: What's your biggest concern, and is there anything you'd like to add?

User: The kids not learning to think, really. The union, the [[PPTA|ORGANIZATION]], has been pushing for proper guidelines. Um, if you want to reach me, my school email's [[a dot tipene at fraserhigh dot school dot nz|OBF_EMAIL|spelled_at_dot]]. I'm [[forty-eight|AGE]]. And my teacher registration is [[three four one two seven seven|NATIONAL_ID|spelled_out]] if you need to check I'm real, ha.""")

# 7. South Africa - audit manager, Durban - typed chat
T.append("""AI: Hi there, thanks for joining. Could you start by telling me about your work?

User: hi. im an [[audit manager|JOB_TITLE]] at a mid size firm in [[Durban|CITY]], [[Naidoo Pillay & Associates|ORGANIZATION|org_looks_like_name]], we do audits and tax for family businesses mostly, sugar, logistics, car dealers. qualified as a CA(SA) in [[2014|DATE]] after articles at [[Deloitte|ORGANIZATION]]. studied at [[UKZN|SCHOOL]] [[Westville|CITY]] campus

AI: Which tools do you work with, and how does AI fit in?

User: [[CaseWare|SOFTWARE]] for the audit files, [[Sage Pastel|SOFTWARE]] and [[Xero|SOFTWARE]] on the client side, [[eFiling|SOFTWARE]] for [[SARS|ORGANIZATION]]. AI wise i use [[chatgpt|AI_PRODUCT|lowercase]] plus [[Copilot|AI_PRODUCT]] now that the firm moved to [[M365|SOFTWARE]]. mostly for drafting management letters and checking IFRS wording. the [[clerks|GENERIC_ROLE]] use it way more tho, esp [[Precious|PERSON|name_is_word]], shes a [[second year trainee|JOB_TITLE]] and honestly faster than me with prompts

AI: Could you share an example where AI helped or caused a problem?

User: ok so in [[feb|GENERIC_TIME|lowercase]] we had a client, a trucking company in [[Pietermaritzburg|CITY]], the owner is mr [[Govender|PERSON]] (Mr [[Deven Govender|PERSON]]), and [[his bookkeeper|GENERIC_ROLE]] sent us a spreadsheet with all the drivers ID numbers and salaries. [[precious|PERSON|lowercase_name]] pasted part of it into [[chatgpt|AI_PRODUCT]] to clean up the formatting before i could stop her. one of the rows was like [[8807125123088|NATIONAL_ID]], an sa id, so basically that guys birthday and gender in one number. we reported it to [[Sipho|PERSON]], our [[information officer|JOB_TITLE]] under POPIA, and he logged it

AI: How did the team respond after that incident with [[Precious|PERSON]]?

User: we made a rule, nothing with IDs or bank details goes in. [[Sipho Mthembu|PERSON]] ran a session on it. honestly the bigger issue is load shedding lol, when [[Eskom|ORGANIZATION]] cuts power the AI is the least of our worries. but ya ppl are more careful now. then i went and did my own return thru [[eFiling|SOFTWARE]] and asked [[chatgpt|AI_PRODUCT]] to explain the medical aid credit, and gave it my tax ref no [[0387214569|NATIONAL_ID|id_like_phone]] before i realised. same mistake lol

AI: Do you use AI in your personal life much?

User: my daughter [[Lerato|PERSON]] is [[12|AGE]] and uses it for isiZulu homework which is funny bc it gets the grammar wrong and my mom corrects it. we live in [[Umhlanga|CITY]], [[27 Sandown Crescent|ADDRESS]], my mom stays with us. my wife [[Nomvula|PERSON]] is a [[pharmacist|JOB_TITLE]] at [[Netcare uMhlanga Hospital|ORGANIZATION]] and she refuses to touch it

AI: Thank you. What are your hopes or worries about AI in accounting, and anything else to add?

User: worry: junior jobs. the big 4 are already cutting trainee intake, [[PwC|ORGANIZATION]] in the [[UK|COUNTRY]] cut grads, so who becomes a manager in 10 yrs? hope: less grunt work. oh for your records im [[Kiran Naidoo|PERSON]] (yes the firm is my uncles lol), [[36|AGE]], my [[SAICA|ORGANIZATION]] number is [[20118734|NATIONAL_ID]] and cell [[082 554 7190|PHONE_NUMBER]]""")

# 8. India - tech lead at an IT services company, Pune - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you introduce yourself and your work?

User: Yes, hi, hello. So I am [[Shreyas Cool Karni|PERSON|misheard_name]], I am working as [[senior software engineer|JOB_TITLE]], actually [[tech lead|JOB_TITLE]] now since, uh, [[April twenty twenty-three|DATE|date_in_words]], in [[Persistent Systems|ORGANIZATION|org_looks_like_word]], in [[Pune|CITY]], [[Hinjewadi|CITY]] office. Total experience is around nine years. I did my B.Tech from [[COEP|SCHOOL]], then first job was [[Infosys|ORGANIZATION]], training in [[Mysore|CITY]], then [[Bangalore|CITY]].

AI: Thanks, [[Shreyas|PERSON]]. What kind of work does your team do, and which AI tools do you use?

User: So we are doing, uh, modernisation for one banking client in [[US|COUNTRY]], I cannot say the name, NDA is there. Java, Spring Boot, microservices, migrating from mainframe. For AI we have [[GitHub Copilot|AI_PRODUCT]] enterprise licence, and for documentation we use [[ChatGPT|AI_PRODUCT]] but only the company version, not personal. Also [[Jira|SOFTWARE]], [[Confluence|SOFTWARE]], all the [[Atlassian|ORGANIZATION]] things. My team is twelve people, mostly [[freshers|GENERIC_ROLE]].

AI: Could you describe a specific time AI made a difference in your work?

User: Yes, so, in [[December|GENERIC_TIME]] we had a production issue, one COBOL batch job logic we had to rewrite in Java, and nobody in team knows COBOL. Only one senior person, [[Deshpande|PERSON]] sir, who is [[fifty-eight|AGE]] and retiring [[next year|GENERIC_TIME]]. So I gave the COBOL code to [[Copilot|AI_PRODUCT]] and it explained line by line. Then [[Sneha|PERSON]] from my team wrote the Java and [[Deshpande|PERSON]] sir verified. Two days work instead of two weeks.

AI: That's impressive. Are there any concerns you have about using these tools?

User: Concern is, uh, [[juniors|GENERIC_ROLE]] are not learning. One boy, [[Vicky|PERSON|nickname]], [[Vikram Jadhav|PERSON]], he is copying [[Copilot|AI_PRODUCT]] code without reading, and one time it put hardcoded password in config file. Security team caught it. And then everybody is joking about [[Narayana Murthy|PUBLIC_FIGURE]] sir's seventy hour week, saying AI will do the seventy hours for us.

AI: How about outside work? Do you or your family use AI?

User: Yes, my wife [[Pooja|PERSON]] is [[HR executive|JOB_TITLE]] in [[TCS|ORGANIZATION]], she uses it for job descriptions. My father in [[Nagpur|CITY]], he is [[sixty-six|AGE]], he asked me to use [[ChatGPT|AI_PRODUCT]] to fill some, uh, pension form, and I was typing his Aadhaar, [[four eight two one, six three nine oh, five five one seven|NATIONAL_ID|spelled_out]], and PAN also, [[A B C P K four eight two one M|NATIONAL_ID|spelled_out]], then I thought no, no, and I deleted everything.

AI: What would you like the people building these tools to know? Anything else to add?

User: Make it understand Indian context, like names, addresses. It cannot understand our addresses, like mine is [[Flat 402, Sai Krupa Apartments, Baner Road|ADDRESS]], [[Pune|CITY]], it keeps changing it. My email is [[shreyas dot k eighty-eight at gmail dot com|OBF_EMAIL|spelled_at_dot]], and number is [[nine eight two two oh, four five one seven three|OBF_PHONE|spelled_digits]]. I am [[thirty-two|AGE]] years.""")

# 9. Nigeria - area sales manager (FMCG), Lagos - typed chat
T.append("""AI: Good afternoon, and thanks for joining. Could you tell me about your job?

User: good afternoon. I'm an [[area sales manager|JOB_TITLE]] with [[Nestlé Nigeria|ORGANIZATION]], covering [[Lagos|CITY]] mainland and some parts of Ogun. my office is in [[Ilupeju|CITY]] but honestly i'm always on the road, [[Ikeja|CITY]], [[Oshodi|CITY]], [[Mushin|CITY]]. 11 yrs in FMCG, started at [[Unilever|ORGANIZATION]] as a [[sales rep|JOB_TITLE]] in [[Onitsha|CITY]] in [[2013|DATE]]

AI: What tools do you use, and where does AI come into your day?

User: [[WhatsApp Business|SOFTWARE]] is everything for us. all my distributors and key retailers are on [[whatsapp|SOFTWARE|lowercase]]. we have [[Salesforce|SOFTWARE]] but [[the reps|GENERIC_ROLE]] hardly update it, i chase them every [[friday|GENERIC_TIME|lowercase]]. AI wise i use [[ChatGPT|AI_PRODUCT]] to draft my weekly sales report to [[my regional manager|GENERIC_ROLE]] and [[Meta AI|AI_PRODUCT]] inside [[whatsapp|SOFTWARE]] sometimes for quick translations to pidgin or yoruba for [[the market women|GENERIC_ROLE]] lol

AI: Could you give me an example of a time AI helped you close a deal or solve a problem?

User: yes o. there's one big distributor in [[Idumota|CITY]], Alhaji [[Musa Abdulkadir|PERSON]]. he was owing us like ₦14m and not picking calls. i used [[chatgpt|AI_PRODUCT|lowercase]] to write a very respectful but firm letter, you know how it is with elders here, you cannot just write "pay now". it suggested the tone and i adjusted. he paid half in 2 weeks. my oga Mr. [[Adeyemi|PERSON]] said the letter was "too polite" lol but it worked

AI: That's a great example. Do you have any worries about using AI?

User: data. [[my reps|GENERIC_ROLE]] send me customer pictures, names, phone numbers on [[whatsapp|SOFTWARE]] and some of them have started pasting it into AI to make reports. one of [[my reps|GENERIC_ROLE]] [[Blessing|PERSON|name_is_word]] pasted a whole retailer list, including Mama [[Chioma|PERSON]]'s number [[0803 412 7765|PHONE_NUMBER]] and even [[Godwin|PERSON]]'s BVN from one refund wahala, [[22183746510|NATIONAL_ID|id_like_phone]]. i had to sit them all down. they took it fine sha. they're young, [[Blessing|PERSON]] is [[24|AGE]], she just finished [[NYSC|ORGANIZATION]]. they don't think of data as something that can be stolen. meanwhile everybody knows someone whose account was emptied by yahoo boys. my own sister [[Ngozi|PERSON]] lost 300k to a fake [[Opay|ORGANIZATION]] agent [[last year|GENERIC_TIME]]

AI: How do you and your family use AI outside of work?

User: my kids use it for school. my first son [[Tobi|PERSON]] is in JSS2 at [[Corona School|SCHOOL|school_looks_like_word]], started there during [[Covid|GENERIC_TIME]] ironically. my wife runs a small catering business in [[Lekki|CITY]] and uses it to write [[instagram|SOFTWARE|lowercase]] captions. honestly [[Aliko Dangote|PUBLIC_FIGURE]] should just build a naija [[chatgpt|AI_PRODUCT]] lol

AI: Thank you so much. Is there anything else you'd like to share?

User: just that AI should learn our accents and names. when i use voice typing it writes my name as "[[chin a do|PERSON|misheard_name]]" lol. my name is [[Chinedu Okafor|PERSON]], [[UNILAG|SCHOOL]] alumnus, [[38|AGE]]. email [[chinedu.okafor.ng@yahoo.com|EMAIL_ADDRESS]], phone [[+234 803 552 9014|PHONE_NUMBER]]""")

# 10. Kenya - programme officer at a health NGO, Kisumu - speech-to-text
T.append("""AI: Hello, thank you for joining today. Could you start by describing your work?

User: Hello, thank you. So, um, I'm a [[programme officer|JOB_TITLE]] with [[Living Goods|ORGANIZATION|org_looks_like_phrase]], it's an NGO working on community health. I'm based in [[Kisumu|CITY]] and I cover, eh, [[Siaya|CITY]] and [[Busia|CITY]] as well. I supervise the data side for about, eh, three hundred community health promoters. Before this I was at [[AMREF|ORGANIZATION]] in [[Nairobi|CITY]].

AI: What tools do you use, and where does AI come in?

User: We use a mobile app for the health workers, and [[KoboToolbox|SOFTWARE]] for surveys, and [[Power BI|SOFTWARE]] for dashboards. AI, eh, I use [[ChatGPT|AI_PRODUCT]] a lot for writing donor reports. [[The donors|GENERIC_ROLE]] want long narratives every quarter, and English is my third language after Dholuo and Swahili, so it helps me polish. Also, um, [[Gemini|AI_PRODUCT]] on my phone, because it's free.

AI: Could you share an example where it helped or went wrong?

User: Yes. [[Last quarter|GENERIC_TIME]] I had to write a report on, eh, immunisation drop-off, and I asked [[ChatGPT|AI_PRODUCT]] to summarise the focus group notes. The notes had names of mothers, like, eh, [[Akinyi|PERSON]] from [[Ugunja|CITY]], and their phone numbers for follow-up. I forgot to remove. And the summary came back with, eh, "Mrs [[Achieng Otieno|PERSON]], [[twenty-three|AGE]], said..." which is quoting a real person. [[My supervisor|GENERIC_ROLE]], Dr. [[Wanjiru Kamau|PERSON]], she caught it before it went to the donor.

AI: That's an important catch. What happened afterwards?

User: We made a, a checklist. Remove names, phone numbers, ID numbers. Because you know in [[Kenya|COUNTRY]] the ID number is everywhere, even to enter a building you write it in the book at the gate. I myself gave my ID number to so many places, [[two nine four four one seven three eight|NATIONAL_ID|spelled_out]]. And the KRA PIN also, [[A zero one two three four five six seven eight Z|NATIONAL_ID|spelled_out]], I asked [[ChatGPT|AI_PRODUCT]] how to file on [[iTax|SOFTWARE]] and I just pasted the whole screen.

AI: Do you use AI in your personal life?

User: Eh, a bit. My husband [[Otieno|PERSON]] is a [[chemistry teacher|JOB_TITLE]] at [[Kisumu Boys|SCHOOL]], he uses it for schemes of work. Our daughter [[Hope|PERSON|name_is_word]], she is [[seven|AGE]], she talks to the phone in Swahili to see if it answers, ha. And with [[M-Pesa|SOFTWARE]] there are these fake AI voice calls now. Someone called my mother pretending to be me, asking for money.

AI: What are your hopes and concerns about AI in your sector? Anything else to add?

User: My wish is that it can reduce paperwork so [[the health promoters|GENERIC_ROLE]] spend time with families. Concern is the data of poor people being used without consent. Also [[William Ruto|PUBLIC_FIGURE]] is talking about AI and the digital superhighway but the network in [[Ugunja|CITY]] is still bad. You can reach me on [[oh seven two two, four one eight, nine three six|OBF_PHONE|spelled_digits]], I'm [[Mercy Atieno|PERSON|name_is_word]], [[mercy dot atieno at gmail dot com|OBF_EMAIL|spelled_at_dot]]. I studied at [[Maseno University|SCHOOL]], finished in [[twenty fourteen|DATE|date_in_words]].""")

# 11. Singapore - senior product manager, Singapore - typed chat
T.append("""AI: Hi, thanks for joining! Could you tell me about your role and company?

User: hello! im a [[senior product manager|JOB_TITLE]] at [[Grab|ORGANIZATION|org_looks_like_word]], on the [[GrabFood|SOFTWARE]] merchant side. based in [[Singapore|COUNTRY|city_state]] at the [[one-north|CITY]] office. before this i was at [[Shopee|ORGANIZATION]] for 3 yrs. studied comp sci at [[NUS|SCHOOL]], grad [[2015|DATE]]

AI: What does a normal week look like and where does AI fit in?

User: lots of PRDs, stakeholder meetings, staring at dashboards in [[Amplitude|SOFTWARE]], arguing with eng lol. AI is everywhere now: [[Claude|AI_PRODUCT]] for PRD drafts, [[Perplexity|AI_PRODUCT]] for competitor research, and our eng team uses [[Cursor|AI_PRODUCT]]. [[Figma|SOFTWARE]] has AI stuff too but i dont use much. honestly i'd say 30% of my writing is AI first draft now

AI: Could you walk me through a specific example?

User: ok so [[last month|GENERIC_TIME]] we were deciding whether to launch a merchant loan feature in [[Vietnam|COUNTRY]] and [[Indonesia|COUNTRY]]. i had like 40 merchant interview transcripts. i put them into [[claude|AI_PRODUCT|lowercase]] (the enterprise one, approved by legal) and asked for themes. it found that [[warung owners|GENERIC_ROLE]] in [[Jakarta|CITY]] care about daily payouts way more than loan size, which our [[UXR|JOB_TITLE]] [[Jun Jie|PERSON]] had also flagged but nobody listened lol. so we changed the roadmap

AI: It sounds like [[Jun Jie|PERSON]] felt vindicated. Are there things that worry you?

User: haha yes he did. worries: one of the transcripts had a merchant's NRIC in it bc she read it out to prove she's the owner, [[S7234519H|NATIONAL_ID]], plus her HP [[9178 2406|PHONE_NUMBER]]. we caught it in review. also i worry PMs become prompt monkeys. [[Serene Tan|PERSON|name_is_word]], our [[head of product|JOB_TITLE]], says judgment is the job now, not writing

AI: How about outside work?

User: my mum is [[sixty-one|AGE]] and forwards AI scam videos of [[Lawrence Wong|PUBLIC_FIGURE]] promoting crypto lol, i keep telling her its a deepfake. my bro "[[Ah Boy|PERSON|nickname]]" (real name [[Wei Ming|PERSON]]) is a [[nurse|JOB_TITLE]] at [[TTSH|ORGANIZATION]] and hates all of it. we all still live together at [[Blk 512 Bishan St 13 #08-221|ADDRESS]], typical HDB life

AI: Thanks so much. Anything else you'd like to add?

User: nope, happy to chat more. im [[Jasmine Chua|PERSON]], [[31|AGE]], [[@jasminechua.pm|SOCIAL_HANDLE]] on [[Threads|SOFTWARE]] or [[jasmine.chua.sg@gmail.com|EMAIL_ADDRESS]]""")

# 12. Philippines - quality analyst at a BPO, Lapu-Lapu City - speech-to-text
T.append("""AI: Hello, and thank you for joining. Could you tell me about your work?

User: Hi po, hello. So, um, I'm a [[quality analyst|JOB_TITLE]] at [[TaskUs|ORGANIZATION]], at the [[Mactan|CITY]] site in [[Lapu-Lapu City|CITY|place_also_person]]. I've been there, uh, since [[twenty nineteen|DATE|date_in_words]]. Before that I was an agent at [[Convergys|ORGANIZATION]] in [[Cebu City|CITY]]. I graduated, um, from [[University of San Carlos|SCHOOL]], psychology.

AI: What does your work as a QA involve, and where does AI come in?

User: So I listen to calls and check chat transcripts of our agents, for a, um, a [[US|COUNTRY]] e-commerce client, I can't say. We score them on a form. Now we have an AI tool, they call it, um, [[Sherlock|AI_PRODUCT|product_named_like_person]], it auto-scores one hundred percent of the interactions and I only review the ones it flags. Before, we only sampled, like, five calls per agent per week. Also we use [[Zendesk|SOFTWARE]], and, um, [[Google Sheets|SOFTWARE]] for calibration.

AI: Can you give me an example where the AI's scoring was right or wrong?

User: Ah yes, many. One time it flagged an agent, [[Jhun-Jhun|PERSON|nickname]], uh, [[Reynaldo Bautista Jr.|PERSON]], for "rude tone" because he said "sige po, ma'am" very fast. But that's actually polite, it's just our Bisaya way, fast. So I had to override it and explain to our [[operations manager|JOB_TITLE]], Ma'am [[Joy|PERSON|name_is_word]]. And then, eh, [[Joy|PERSON]] raised it to the client so they retrain the model with our accents.

AI: Interesting. Are there any concerns you have?

User: Yes, the, [[the agents|GENERIC_ROLE]] are scared. If AI scores everything, one bad day and you're on a coaching plan. And also, um, when customers read out their information, the transcript keeps it. For us also, HR uses a chatbot for payslips and I asked it about my SSS loan and it showed my SSS number, [[three four, five six seven eight nine oh one, two|NATIONAL_ID|spelled_out]], in the chat, plain text. And my PhilHealth also.

AI: How about outside work?

User: Um, my mother, she's [[fifty-nine|AGE]], she's a [[public school teacher|JOB_TITLE]] in [[Dumaguete|CITY]], she uses [[ChatGPT|AI_PRODUCT]] for lesson plans, I taught her. My younger brother [[Paolo|PERSON]] is working in [[Dubai|CITY]], [[UAE|COUNTRY]], and we talk on [[Messenger|SOFTWARE]] every [[Sunday|GENERIC_TIME]]. And my boyfriend, uh, [[Kenneth|PERSON]], he uses AI to make [[TikTok|SOFTWARE]] edits about [[Manny Pacquiao|PUBLIC_FIGURE]] fights. Ha.

AI: Thank you. Is there anything else you want to add?

User: Just, um, please make the AI understand Filipino English. And if you need me, my [[Gmail|SOFTWARE]] is [[tin tin underscore rivera at gmail dot com|OBF_EMAIL|spelled_at_dot]], and my number is [[oh nine one seven, eight two three, four four one nine|OBF_PHONE|spelled_digits]]. I'm [[Cristina Rivera|PERSON]], [[Tin-Tin|PERSON|nickname]] to everyone, I'm [[twenty-eight|AGE]].""")

# 13. Germany - strategic buyer, Stuttgart - typed chat (English as a second language)
T.append("""AI: Hello and thank you for taking part. Could you tell me about your job?

User: Hello. I am working as [[strategic buyer|JOB_TITLE]] for electronic components at [[Bosch|ORGANIZATION]], in [[Stuttgart|CITY]]-[[Feuerbach|CITY]], since [[2016|DATE]]. Before I studied Wirtschaftsingenieurwesen at [[Hochschule Esslingen|SCHOOL]]. my english is not perfect, sorry for mistakes

AI: Your English is great. What tools do you use and how does AI come into your work?

User: Mostly [[SAP Ariba|SOFTWARE]] and of course [[Excel|SOFTWARE]], many many [[Excel|SOFTWARE]] lists. For AI we have an internal chatbot based on [[GPT|AI_PRODUCT]], and I use [[DeepL|AI_PRODUCT]] every day because suppliers in [[Asia|CONTINENT]] write in english and I must answer in good english. Sometimes [[ChatGPT|AI_PRODUCT]] private on my phone but this is not allowed for company data, so only for general questions.

AI: Could you give me an example of how you use it with a supplier?

User: Yes. [[Last year|GENERIC_TIME]] we still had problems after the chip shortage, a supplier in [[Shenzhen|CITY]] wanted 18% price increase. I let the chatbot analyse the contract clauses for price adjustment and it found the index clause, which my colleague Frau [[Yılmaz|PERSON]] then confirmed, she is the [[contract lawyer|JOB_TITLE]] for our department. We got only 6%. [[My boss|GENERIC_ROLE]] Herr [[Bauer|PERSON|surname_is_word]] was very happy, he said I should get a bonus, but we will see haha.

AI: Are there things you are worried about with AI?

User: Yes, the [[Betriebsrat|ORGANIZATION]] (works council) is very strict, every tool must be approved, they are afraid of performance monitoring. I understand. In [[Germany|COUNTRY]] we are careful with data, it is history also. But sometimes I think we are too slow compared to [[USA|COUNTRY]] and [[China|COUNTRY]]. Also private: I asked [[ChatGPT|AI_PRODUCT]] to help with my Steuererklärung and I copied my Steuer-ID [[47 036 892 815|NATIONAL_ID|id_like_phone]] inside. Then I read that this is bad idea.

AI: How do you use AI outside of work?

User: My husband [[Jürgen|PERSON]] is [[Mathelehrer|JOB_TITLE]] at the [[Leibniz-Gymnasium|SCHOOL|school_named_after_person]] here in [[Reutlingen|CITY]], and he is against AI because [[the students|GENERIC_ROLE]] write all homework with it. Our son [[Finn|PERSON]] is [[14|AGE]] and he knows more about it than both of us. We talk about it at dinner on [[Sundays|GENERIC_TIME]], it is always a fight.

AI: Thank you. Anything else you would like to add?

User: Only that I wish AI will take the boring [[Excel|SOFTWARE]] work and leave the negotiation to people. You can write me on [[s.hoffmann.rt@web.de|EMAIL_ADDRESS]] or [[0171 4482930|PHONE_NUMBER]]. I am [[Sabine|PERSON]], [[44|AGE]] years old. Also on [[XING|SOFTWARE]] as [[xing.com/profile/Sabine_Hoffmann47|URL]].""")

# 14. Brazil - performance marketing analyst, Curitiba area - speech-to-text (English as a second language)
T.append("""AI: Hello, thanks for joining. Could you tell me a bit about yourself and your job?

User: Hi, yes, so, my name is [[Larissa Fagundes|PERSON]], I'm [[marketing analyst|JOB_TITLE]], um, performance marketing, at [[Grupo Boticário|ORGANIZATION]]. The headquarters is in [[São José dos Pinhais|CITY]], near [[Curitiba|CITY]]. I work hybrid. I'm there since, eh, [[March of twenty twenty-one|DATE|date_in_words]]. Before I was at a small agency, [[Agência Pimenta|ORGANIZATION]], in [[Florianópolis|CITY]].

AI: What does your day look like, and which AI tools do you use?

User: So, um, I do the campaigns in [[Meta Ads|SOFTWARE]] and [[Google Ads|SOFTWARE]]. And with AI, we use a lot [[ChatGPT|AI_PRODUCT]] for the copies, like twenty versions of one headline, and [[Midjourney|AI_PRODUCT]] for, eh, the moodboards, not the final images. Also [[Canva|SOFTWARE]], it has the AI inside now. And, um, for the reports, [[Looker Studio|SOFTWARE]].

AI: Could you walk me through one campaign where AI played a role?

User: Yes, so for, um, [[Dia dos Namorados|GENERIC_TIME]], it's like [[Valentine's Day|GENERIC_TIME]] in [[Brazil|COUNTRY]], in [[June|GENERIC_TIME]], we made a campaign and the AI generated a slogan that was, eh, too similar to another brand, from [[Natura|ORGANIZATION|org_looks_like_word]]. [[My coordinator|GENERIC_ROLE]], [[Ju|PERSON|nickname]], the [[Juliana Matsumoto|PERSON]], she saw it just before it went live. Imagine the problem with legal! So now we check every copy in [[Google|SOFTWARE]], ha.

AI: Good catch by [[Juliana|PERSON]]. Are there things that worry you about AI?

User: Yes, um, for [[the designers|GENERIC_ROLE]] mostly. My friend [[Gabi|PERSON]], she's [[illustrator|JOB_TITLE]], freelance, she lost two clients to [[Midjourney|AI_PRODUCT]] [[this year|GENERIC_TIME]]. And for me, in marketing, the, um, customer data. We have the LGPD, it's like your GDPR. And, eh, one time I put a list of influencers with their CPF for the payment in the [[ChatGPT|AI_PRODUCT]] to organise, and one was mine, [[zero four two, eight eight one, three nine six, dash one seven|NATIONAL_ID|spelled_out]]. I deleted it after, but...

AI: How do you use AI in your personal life?

User: Ah, a lot. I'm planning my wedding for the [[fourteenth of November|DATE|date_in_words]], and my fiancé [[Thiago|PERSON]], he's a [[civil engineer|JOB_TITLE]] at [[Sanepar|ORGANIZATION]], we ask [[ChatGPT|AI_PRODUCT]] for the budget spreadsheet. And my grandmother, Dona [[Cida|PERSON]], she's [[eighty-two|AGE]], she loves to ask the [[Alexa|AI_PRODUCT|product_named_like_person]] to play [[Roberto Carlos|PUBLIC_FIGURE|public_figure_common_name]] all day.

AI: Thank you, [[Larissa|PERSON]]. Anything else you want to add?

User: No, I think is all. I'm [[twenty-nine|AGE]], I studied at [[PUCPR|SCHOOL]]. If you need, my [[Instagram|SOFTWARE]] is, um, [[arroba lari underline fagundes|SOCIAL_HANDLE|spelled_out]], and [[WhatsApp|SOFTWARE]] is [[quarenta e um, nove nove oito um dois, três três sete quatro|OBF_PHONE|other_language]].""")

# 15. Mexico - logistics coordinator, Monterrey area - typed chat
T.append("""AI: Hi, thank you for joining. Can you tell me about your job?

User: hola! sure. i am [[coordinadora de logística|JOB_TITLE]] ([[logistics coordinator|JOB_TITLE]]) at [[Solistica|ORGANIZATION]], its part of [[FEMSA|ORGANIZATION]]. i am in the [[Apodaca|CITY]] hub, near [[Monterrey|CITY]]. we move cargo to [[Laredo|CITY|ambiguous_location]] and the border every day, lots of cross-border with [[USA|COUNTRY]]. i studied industrial engineering in the [[Tec de Monterrey|SCHOOL]], graduated [[2012|DATE]]

AI: What tools do you use, and where does AI help?

User: [[SAP TM|SOFTWARE]] for planning, [[Samsara|SOFTWARE]] for the trucks gps, and [[whatsapp|SOFTWARE|lowercase]] groups with all [[the drivers|GENERIC_ROLE]] (like 60 drivers lol). AI: i use [[chatgpt|AI_PRODUCT|lowercase]] to write emails in english to the american customers, and to make macros in [[excel|SOFTWARE|lowercase]]. and now [[Copilot|AI_PRODUCT]] in [[outlook|SOFTWARE|lowercase]] summarizes the long email chains, that is very useful

AI: Could you share an example?

User: si, in [[marzo|GENERIC_TIME|other_language]] a truck was stuck at the border in [[Nuevo Laredo|CITY]] for 3 days because one customs document was wrong, the pedimento. the driver, [[Chuy|PERSON|nickname]] ([[Jesús Garza|PERSON]]), sent me photos by [[whatsapp|SOFTWARE]]. i put the photos in [[chatgpt|AI_PRODUCT]] and it found the error, the weight in kilos vs pounds. the [[customs broker|JOB_TITLE]], Lic. [[Mendoza|PERSON]], fixed it the same day. my boss, el inge [[Treviño|PERSON]], invited me tacos lol

AI: That's a great save. What worries you about AI?

User: [[the drivers|GENERIC_ROLE]] are worried about the AI cameras in the trucks, [[samsara|SOFTWARE|lowercase]] detects if you are sleepy or using phone. they feel watched. [[chuy|PERSON|lowercase_name]] says "me van a correr por bostezar" (they will fire me for yawning) lol. also the data, in the pedimento there is everything. once i sent to [[chatgpt|AI_PRODUCT]] a photo with [[Chuy|PERSON]]'s licencia federal and his CURP [[GAZJ850611HNLRRS04|NATIONAL_ID]]. now i cover it with my finger haha

AI: Does AI show up in your life outside work?

User: yes my daughter [[Valeria|PERSON]] is [[9|AGE]] and she asks [[Gemini|AI_PRODUCT]] for help with math homework. my mom lives in [[Saltillo|CITY]] and sends me fake videos of [[Claudia Sheinbaum|PUBLIC_FIGURE]] giving money lol, i tell her mamá that is AI. also everybody here still talks about [[Elon Musk|PUBLIC_FIGURE]] and the [[Tesla|ORGANIZATION]] plant that never came

AI: Thank you. Anything else to add?

User: no thats all, gracias! im [[Lupita|PERSON|nickname]], well [[Guadalupe Ramírez|PERSON]], [[33|AGE]]. my cel is [[81 1457 2290|PHONE_NUMBER]] and my RFC if you need it for the gift card lol [[RAGG910227MQ4|NATIONAL_ID]]. email [[lupita.ramirez.log@hotmail.com|EMAIL_ADDRESS]]""")

# 16. Ghana - AML compliance officer at a bank, Kumasi - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you tell me about your role?

User: Yes, good morning. I'm a [[compliance officer|JOB_TITLE]] at [[GCB Bank|ORGANIZATION]], the [[Kumasi|CITY]] regional office at [[Adum|CITY]]. I handle AML, anti-money laundering, and KYC reviews for the branches in the region. I have been with the bank since [[twenty seventeen|DATE|date_in_words]]. I studied at [[KNUST|SCHOOL]].

AI: What tools do you use, and where does AI fit into your compliance work?

User: So we have a transaction monitoring system, it generates alerts, and, eh, honestly about ninety percent are false positives. Head office in [[Accra|CITY]] is piloting an AI model to rank the alerts. For my own work I use [[ChatGPT|AI_PRODUCT]] to help me write the suspicious transaction report narratives, without customer names, and to understand new [[Bank of Ghana|ORGANIZATION]] directives. And we use [[Microsoft Teams|SOFTWARE]], and [[Oracle FLEXCUBE|SOFTWARE]] for core banking.

AI: Can you tell me about a case where AI helped or created problems?

User: Yes, eh, [[last year|GENERIC_TIME]] there was a customer, a gold dealer from [[Obuasi|CITY]], many cash deposits just below the threshold. The AI scoring put him low risk because his business type was registered as "trader". But the [[branch manager|JOB_TITLE]] at [[Bantama|CITY]], Mr [[Kofi Asante|PERSON]], knew him personally and flagged it. So human knowledge was better. We filed the report to the [[Financial Intelligence Centre|ORGANIZATION]].

AI: What are your concerns about AI in banking?

User: My concern is, eh, the people who are not well in the system. In [[Africa|CONTINENT]] many people, their names are spelled five different ways. My own mother, [[Abena|PERSON]], her ID card says one spelling, her passport another. The AI will flag her as mismatch. And the Ghana Card number, people share it on [[WhatsApp|SOFTWARE]] for everything, mine is [[G H A, seven one two, four four eight, nine three one, dash five|NATIONAL_ID|spelled_out]], you see, I just told you, ha.

AI: How do you use AI outside work?

User: Eh, my husband [[Yaw|PERSON]] is a [[pharmacist|JOB_TITLE]] in [[Suame|CITY]], he uses it to check drug interactions sometimes, I tell him be careful. And Auntie [[Akos|PERSON]] in our church, she asked me to use [[Gemini|AI_PRODUCT]] to write the funeral programme for her late husband. Very sad, but it did well.

AI: Thank you. Is there anything else you'd like to add?

User: Only that AI should be trained on African data. If you need me, I'm [[Adwoa Mensah-Bonsu|PERSON]], [[thirty-seven|AGE]]. My number is [[oh two four, three three one, eight eight two seven|OBF_PHONE|spelled_digits]], the [[MoMo|SOFTWARE]] number is the same, ha.""")

# 17. Pakistan - freelance content writer, Lahore - typed chat
T.append("""AI: Hi, thanks for joining. Could you tell me about your work?

User: hi! i'm a [[freelance content writer|JOB_TITLE]] and SEO person, working from home in [[Lahore|CITY]], [[Johar Town|CITY]]. mostly on [[Upwork|SOFTWARE]] and [[Fiverr|SOFTWARE]], clients in [[UK|COUNTRY]], [[US|COUNTRY]], [[Australia|COUNTRY]]. doing this since [[2019|DATE]], before that i taught english at [[Beaconhouse|SCHOOL]] for 2 yrs. did my BA from [[Kinnaird College|SCHOOL]]

AI: How has AI changed your freelance work?

User: honestly it almost killed it lol. when [[chatgpt|AI_PRODUCT|lowercase]] came my rates dropped from $0.08 a word to like $0.02. clients started saying "just edit the AI draft". now i do AI-assisted writing, i use [[Claude|AI_PRODUCT]] for outlines, [[Surfer SEO|SOFTWARE]] for keywords, [[Grammarly|SOFTWARE]], and [[Originality.ai|AI_PRODUCT]] because clients check for AI detection. its so ironic

AI: Can you give me an example of a recent project?

User: ya so one client, mr [[Jacobs|PERSON]] (Mr [[Darren Jacobs|PERSON]]), he runs a roofing company in [[Tulsa|CITY]], [[Jacobs Roofing & Gutters|ORGANIZATION|org_looks_like_name]], wanted 40 blog posts in 2 weeks. i used [[claude|AI_PRODUCT|lowercase]] for drafts, then rewrote maybe 50%. he paid via [[Payoneer|SOFTWARE]]. then his detector said one post was "87% AI" and he refused to pay for it, even though that one i wrote fully myself!! i had to send him my [[Google Docs|SOFTWARE]] version history lol

AI: That sounds frustrating. Are there other worries?

User: yes, [[fiverr|SOFTWARE|lowercase]] verification needs my CNIC, [[35202-4478193-2|NATIONAL_ID]], and once a "client" asked for it on chat, was a scammer. my friend [[Sana|PERSON]] got her account banned bc someone used AI to copy her portfolio. [[noor|PERSON|lowercase_name]] and [[bilal|PERSON|lowercase_name]] from our freelancer [[whatsapp|SOFTWARE|lowercase]] group moved to [[Dubai|CITY]] to do the same work for agencies. and the internet here, when they shut it down in the protests after [[Imran Khan|PUBLIC_FIGURE]] was arrested, we lost clients

AI: You mentioned friends moving to [[Dubai|CITY]]. How about your family, do they use AI?

User: my brother [[Hamza|PERSON]] is [[22|AGE]], doing CS at [[FAST|SCHOOL|school_looks_like_word]], he builds [[chatgpt|AI_PRODUCT]] wrappers lol. my abu is a retired [[engineer|JOB_TITLE]] from [[WAPDA|ORGANIZATION]] and thinks its all a fitna. ammi uses it for recipes in urdu, every [[eid|GENERIC_TIME|lowercase]] she asks it for a new biryani

AI: Thank you. Anything else?

User: just that freelancers from [[Pakistan|COUNTRY]] need better payment options, [[PayPal|SOFTWARE]] doesnt work here. find me at [[upwork.com/freelancers/~01a9c4e7f2b3d58e61|URL]] or [[@ayesha.writes.pk|SOCIAL_HANDLE]] on [[insta|SOFTWARE|nickname]]. [[Ayesha Siddiqui|PERSON]], [[29|AGE]]. [[whatsapp|SOFTWARE]] [[0321-4455871|PHONE_NUMBER]]""")

# 18. Netherlands - UX researcher at a bank, Utrecht - speech-to-text (English as a second language)
T.append("""AI: Hi, thanks for joining. Could you tell me what you do?

User: Yes, hi. So, uh, I'm a [[UX researcher|JOB_TITLE]] at [[Rabobank|ORGANIZATION]], in [[Utrecht|CITY]], at the head office near the station. I do mostly qualitative research for the mobile app, interviews with customers, usability tests. Before that I did my master's in, eh, human-technology interaction at [[TU Eindhoven|SCHOOL]].

AI: What does your research process look like, and where does AI come in?

User: So normally I recruit [[the participants|GENERIC_ROLE]] through a panel, I do the interviews on [[Teams|SOFTWARE]] or in our lab, and then the analysis in [[Dovetail|SOFTWARE]]. [[Dovetail|SOFTWARE]] now has AI built in, it does automatic tagging and summaries. And I use [[Microsoft Copilot|AI_PRODUCT]] for writing the report in English, because [[the product owners|GENERIC_ROLE]] are international. Also [[Miro|SOFTWARE]] for the synthesis workshops, usually on [[Thursday|GENERIC_TIME]] afternoons.

AI: Could you give me an example of the AI tagging helping or getting it wrong?

User: Yeah, so, um, we did a study with older customers about fraud, like [[WhatsApp|SOFTWARE]] scams, the "hoi mam" fraud. And the AI summary said that most participants trusted the app, but actually it was sarcasm! Dutch people, we are very direct, but also sarcastic. One lady, mevrouw [[Van den Heuvel|PERSON]], she was [[seventy-eight|AGE]] and she said "oh yes, I trust it completely" with a very dry voice. My colleague [[Sunny|PERSON|misheard_name]] was note-taking and she caught it too, so we corrected it.

AI: That's a great example of nuance. What concerns do you have about AI in research?

User: Hmm. The privacy part. Our participants share very personal things, like their debts, their divorces. When you upload a recording, it goes to a server maybe in [[America|COUNTRY]], so [[the legal team|GENERIC_ROLE]] had to check it for AVG, that's GDPR. And in [[Europe|CONTINENT]] now there is the AI Act, so everybody is nervous. And one time a participant read his BSN out loud during a test because the prototype asked for it, [[two three seven, four four one, eight nine six|NATIONAL_ID|spelled_out]]. I had to cut it from the video by hand.

AI: Does AI show up in your life outside of work?

User: A little. My boyfriend [[Bram|PERSON]], he's a [[huisarts|JOB_TITLE]], a [[GP|JOB_TITLE]], in [[Zeist|CITY]], and they have an AI that writes the notes from the consultation. He likes it a lot. I take the train every day from [[Amersfoort|CITY]], and on the train I ask [[ChatGPT|AI_PRODUCT]] to explain Dutch politics to me, because since [[Mark Rutte|PUBLIC_FIGURE]] left nobody understands anything anymore, ha.

AI: Thank you. Is there anything else you'd like to add?

User: Just that AI can find patterns but not the meaning. My name is [[Lotte de Wit|PERSON]], I'm [[thirty-one|AGE]]. If you want the report of our study, email me, [[lotte punt dewit apenstaartje gmail punt com|OBF_EMAIL|other_language]].""")

# 19. Poland - localization QA lead at a game studio, Wrocław - typed chat (English as a second language)
T.append("""AI: Hello, thanks for joining. Could you tell me about your work?

User: hi :) i work as [[localization QA lead|JOB_TITLE]] at [[Techland|ORGANIZATION]] in [[Wrocław|CITY]], we make games ([[Dying Light|SOFTWARE]]). i check translations in 14 languages inside the game, bugs in text, cut strings, wrong gender forms etc. since [[2017|DATE]]. before i studied english philology at [[Uniwersytet Wrocławski|SCHOOL]]

AI: How does AI come into localization QA?

User: a lot now. we have [[memoQ|SOFTWARE]] with machine translation, [[DeepL|AI_PRODUCT]], and we test an LLM for first pass of checking. i use [[ChatGPT|AI_PRODUCT]] to explain slang in brazilian portuguese or japanese when [[the translators|GENERIC_ROLE]] are not available. [[Jira|SOFTWARE]] for all bugs. we have standup every [[monday|GENERIC_TIME|lowercase]] and everyone talks about AI now

AI: Can you give an example of AI catching or missing a problem?

User: yes. [[last sprint|GENERIC_TIME]] the LLM checker marked 300 strings as ok that were cut on screen, because it doesn't see the UI, only text. [[Tomek|PERSON]] our [[Polish lead translator|JOB_TITLE]] found them in one afternoon just by playing. so my manager [[Grzesiek|PERSON|nickname]] ([[Grzegorz Wiśniewski|PERSON]]) said ok, we keep the human pass. but it did catch many wrong numbers and placeholders, that part is good

AI: What worries you about AI in your field?

User: jobs of translators for sure. my friend [[kasia|PERSON|lowercase_name]] was freelance translator for 10 yrs, now she gets only post-editing jobs for half price. she moved to [[Kraków|CITY]] and works in a bank now, [[UBS|ORGANIZATION]]. also in [[Europe|CONTINENT]] there is the AI Act and we don't know yet what it means for games. and [[voice actors|GENERIC_ROLE]] are very worried, in [[USA|COUNTRY]] they had a strike about it

AI: Do you use AI privately?

User: yes, for my PIT (tax return) in [[e-Urząd Skarbowy|SOFTWARE]] i asked [[chatgpt|AI_PRODUCT|lowercase]] some questions and pasted my PESEL by accident, [[91052307418|NATIONAL_ID|id_like_phone]]. also my mother in [[Opole|CITY]] is [[63|AGE]] and uses [[Gemini|AI_PRODUCT]] for crosswords lol. my husband [[Paweł|PERSON]] is a [[backend developer|JOB_TITLE]] and says all this is a bubble

AI: Thank you, anything else?

User: no i think that's all. [[Marta Zielińska|PERSON]], [[33|AGE]], [[marta.zielinska91@o2.pl|EMAIL_ADDRESS]], [[+48 601 482 337|PHONE_NUMBER]]. i'm on [[discord|SOFTWARE|lowercase]] as [[martaz_loc|SOCIAL_HANDLE]]. and [[Andrzej Sapkowski|PUBLIC_FIGURE]] is my hero haha, he wrote the witcher books and he would hate AI""")

# 20. United Arab Emirates - leasing administrator at a real estate brokerage, Dubai - speech-to-text
T.append("""AI: Hello, thanks for taking part. Could you tell me about your job?

User: Hi, yes, um, so I'm [[Rania Haddad|PERSON]], I work as a [[leasing administrator|JOB_TITLE]] at [[Betterhomes|ORGANIZATION|org_looks_like_phrase]] in [[Dubai|CITY]], our office is in [[Business Bay|CITY]]. So I handle the paperwork side of rentals, tenancy contracts, [[Ejari|SOFTWARE]] registration, cheques, renewals. I moved here from [[Beirut|CITY]] in, um, [[twenty nineteen|DATE|date_in_words]], just before [[Covid|GENERIC_TIME]].

AI: Which tools do you use, and how has AI changed your work?

User: So we have [[Salesforce|SOFTWARE]] for leads, and the listings go to [[Bayut|SOFTWARE]] and [[Property Finder|SOFTWARE]]. For AI, honestly [[ChatGPT|AI_PRODUCT]] for writing the listing descriptions, in English and Arabic, and [[the agents|GENERIC_ROLE]] use it for [[WhatsApp|SOFTWARE]] messages to [[the landlords|GENERIC_ROLE]]. The company also has an AI that reads the Emirates ID and passport and fills the contract automatically. That saves me, like, hours.

AI: Could you give an example of that ID-reading tool working well or badly?

User: Yeah, so, um, [[last month|GENERIC_TIME]] a tenant, a [[nurse|JOB_TITLE]] at [[Mediclinic|ORGANIZATION]], Miss [[Joy Abiodun|PERSON|name_is_word]], from [[Nigeria|COUNTRY]], her Emirates ID was scanned and the AI read the number wrong, it put [[seven eight four, nineteen ninety-one, five five two oh one eight three, dash two|NATIONAL_ID|spelled_out]], one digit different, and the [[Ejari|SOFTWARE]] got rejected. So she couldn't connect [[DEWA|ORGANIZATION]], no electricity for three days in [[August|GENERIC_TIME]]. In [[Dubai|CITY]] in [[August|GENERIC_TIME]]! I felt so bad. [[My manager|GENERIC_ROLE]], [[Ahmed|PERSON]], he said always double check the numbers by eye.

AI: That sounds stressful for [[Joy|PERSON]]. What concerns do you have about AI more generally?

User: Mostly the data. We have so many copies of passports and IDs, and people send them on [[WhatsApp|SOFTWARE]], everything on [[WhatsApp|SOFTWARE]]. And the new AI tools, nobody knows where the data goes. Also my own Emirates ID was on a contract I asked [[ChatGPT|AI_PRODUCT]] to translate once, [[seven eight four, nineteen eighty-nine, four four one two eight seven six, dash three|NATIONAL_ID|spelled_out]]. Yeah. Not great.

AI: How do you use AI outside of work?

User: Um, my husband [[Karim|PERSON]] is a [[civil engineer|JOB_TITLE]] with [[Emaar|ORGANIZATION]], he uses it for technical specs. And my kids, [[Lea|PERSON]] and [[Adam|PERSON]], they're [[ten|AGE]] and [[seven|AGE]], they're at [[GEMS Wellington Academy|SCHOOL|school_named_after_person]], they ask [[Siri|AI_PRODUCT|product_named_like_person]] everything. We live in [[Al Barsha|CITY]], [[Villa 14, Street 7B|ADDRESS]], and even the security guard uses AI to write his poems, ha.

AI: Thank you, [[Rania|PERSON]]. Anything else you'd like to share?

User: No, just, um, AI is good but humans must check. My mobile is [[oh five oh, seven seven two, one nine four six|OBF_PHONE|spelled_digits]]. I'm [[thirty-eight|AGE]]. And [[Sheikh Mohammed|PUBLIC_FIGURE]] wants [[Dubai|CITY]] to be the AI capital, so I think we will see more and more.""")

# 21. Jamaica - senior claims adjuster, Kingston - typed chat
T.append("""AI: Hi, thanks for joining us. Could you start by telling me about your work?

User: hi, yes. i'm a [[senior claims adjuster|JOB_TITLE]] at [[Sagicor|ORGANIZATION]] general insurance in [[Kingston|CITY|ambiguous_location]], the [[New Kingston|CITY]] office. mostly motor and property claims. going on 9 years, i studied at [[UTech|SCHOOL]] then did my insurance cert thru the [[College of Insurance and Professional Studies|SCHOOL]]

AI: What tools do you use, and where does AI fit in?

User: claims system is [[Guidewire|SOFTWARE]]. photos come in on [[whatsapp|SOFTWARE|lowercase]] mostly, [[the customers|GENERIC_ROLE]] just send whatever lol. we started a pilot where an AI estimates damage from car photos. and i use [[chatgpt|AI_PRODUCT|lowercase]] for letters, especially the denial letters bc those need to be careful. [[Copilot|AI_PRODUCT]] in [[outlook|SOFTWARE|lowercase]] too

AI: Could you tell me about a claim where AI helped or got it wrong?

User: after [[Hurricane Beryl|GENERIC_TIME|event]] in [[july|GENERIC_TIME|lowercase]] we had hundreds of roof claims from [[Mandeville|CITY]] and [[Black River|CITY|place_looks_like_phrase]]. the photo AI was useless for roofs, it only trained on cars lol. for motor it was mostly ok but one case, a taxi driver in [[Spanish Town|CITY]], mr [[Dwight Lindo|PERSON]], the AI said just bumper and headlight, like $180k. i went to see the car myself and the frame was bent. he was [[61|AGE]] and that taxi is his whole livelihood, he would of been badly underpaid

AI: It sounds like seeing the car in person made a difference for Mr [[Lindo|PERSON]].

User: yes man. and data is a big thing. customers send their TRN and license pic on [[whatsapp|SOFTWARE]]. like [[Shanique|PERSON]], our [[CSR|JOB_TITLE]], forwarded a whole chat into the AI tool with a TRN in it [[112-438-907|NATIONAL_ID|id_like_phone]] and the customer's cell [[876-554-2190|PHONE_NUMBER]], and we had to report it to [[Marlon|PERSON]], our [[data protection officer|JOB_TITLE]]. [[Jamaica|COUNTRY]] has the data protection act now so its serious

AI: Do you use AI in your personal life?

User: my daughter [[Precious|PERSON|name_is_word]] is at [[UWI Mona|SCHOOL]] doing law and she says they're not allowed use it for essays. my mom Miss [[Pearl|PERSON|name_is_word]] is [[78|AGE]] and thinks AI is the devil lol. i use it to plan meals for the week. and i watch every [[Usain Bolt|PUBLIC_FIGURE]] AI video on [[youtube|SOFTWARE|lowercase]], they have him racing cheetahs lol

AI: Thank you. Anything else to add?

User: just that AI needs to understand our context, our roads, our houses, our patois. name is [[Andrea Campbell-Brown|PERSON]], [[47|AGE]], [[andreacb.ja@gmail.com|EMAIL_ADDRESS]]. we live at [[14 Braeton Parkway|ADDRESS]], [[Portmore|CITY]] if u want to send the voucher""")

# 22. Malaysia - senior lecturer in management, Penang - speech-to-text
T.append("""AI: Hello, and thanks for joining. Could you tell me about your work?

User: Hello, hello. Yes, so I'm a [[senior lecturer|JOB_TITLE]] in the School of Management at [[Universiti Sains Malaysia|SCHOOL]], [[USM|SCHOOL]], in [[Penang|CITY]]. I teach organisational behaviour and research methods, and I supervise about six PhD students. I did my own PhD at [[Monash|SCHOOL]] in [[Melbourne|CITY]], came back in, uh, [[twenty sixteen|DATE|date_in_words]].

AI: Where does AI show up in your teaching and research?

User: Everywhere, lah. For teaching, [[the students|GENERIC_ROLE]] all use [[ChatGPT|AI_PRODUCT]], so I changed my assessments, more presentations, more in-class writing. For research, I use [[Elicit|AI_PRODUCT]] for literature search, and, um, [[NVivo|SOFTWARE]] now has AI coding also. And [[Turnitin|SOFTWARE]] with the AI detection, which I don't trust, honestly.

AI: Why don't you trust the AI detection?

User: Because, eh, [[last semester|GENERIC_TIME]] it flagged one of my students, [[Nurul Izzati|PERSON]], as ninety percent AI, and she's a very careful writer, her English is very formal because she learnt from textbooks. She cried in my office. I checked her [[Google Docs|SOFTWARE]] history and she wrote it herself. I had to write to the [[dean|JOB_TITLE]], Prof. [[Ramesh Subramaniam|PERSON]], to defend her. So now I tell [[my colleagues|GENERIC_ROLE]], don't use the score alone.

AI: What other concerns do you have?

User: Um, the research data. My students interview factory workers in [[Bayan Lepas|CITY]], in the electronics companies, like [[Intel|ORGANIZATION]]. And some of them upload the transcripts to [[ChatGPT|AI_PRODUCT]] to do thematic analysis, with the real names of the workers. Our ethics committee, [[JEPeM|ORGANIZATION]], is now writing rules. And for myself, my IC number is on every form, [[eight eight oh five one two, oh seven, five two three one|NATIONAL_ID|spelled_out]], every conference registration asks for it.

AI: Do you use AI at home?

User: Ya, my wife [[May Fong|PERSON|misheard_name]], she's a [[pharmacist|JOB_TITLE]] at [[Gleneagles Penang|ORGANIZATION]], she uses it for, um, patient leaflets in Chinese. Our son [[Ethan|PERSON]], he's [[twelve|AGE]], uses [[Gemini|AI_PRODUCT]] for his homework, and my mother-in-law in [[Ipoh|CITY]] asks me to make AI songs in the voice of [[Siti Nurhaliza|PUBLIC_FIGURE]], ha.

AI: Thank you. Is there anything you'd like to add?

User: Only that in [[Asia|CONTINENT]] we need AI that understands Bahasa and Manglish properly. You can contact me, I'm Dr. [[Lim Chee Keong|PERSON]], [[thirty-seven|AGE]], email [[c k lim at usm dot my|OBF_EMAIL|spelled_at_dot]], or [[oh one two, four seven eight, three three two one|OBF_PHONE|spelled_digits]].""")

# 23. Spain - tax advisor at a small gestoría, Valencia - typed chat (English as a second language)
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: hola, hello. i am [[asesora fiscal|JOB_TITLE]], [[tax advisor|JOB_TITLE]], in a small gestoría in [[Valencia|CITY|ambiguous_location]], [[Gestoría Llorens Ferrer|ORGANIZATION|org_looks_like_name]]. we are 6 people. many of [[our clients|GENERIC_ROLE]] are autónomos and also foreigners who live in the coast, english, germans, dutch. i work here since [[2011|DATE]], i studied ADE in the [[Universitat de València|SCHOOL]]

AI: What tools do you use and how does AI help?

User: we use [[a3ASESOR|SOFTWARE]] for accounting and the web of the [[Agencia Tributaria|ORGANIZATION]] for everything, [[Renta Web|SOFTWARE]] for the income tax. AI, i use [[ChatGPT|AI_PRODUCT]] to translate letters from [[Hacienda|ORGANIZATION|org_looks_like_word]] to english for the british clients, because they receive a "requerimiento" and they panic lol. and to explain in simple words the modelo 720, nobody understands it, not even me some days

AI: Can you give me an example with a specific client?

User: yes. one english man in [[Jávea|CITY]], mr [[Graham Whitlock|PERSON]], [[72|AGE]] years, retired [[airline pilot|JOB_TITLE]] from [[British Airways|ORGANIZATION]], he got a letter that he did not declare his [[UK|COUNTRY]] pension. his NIE is [[Y2847193M|NATIONAL_ID]]. i gave the letter to [[ChatGPT|AI_PRODUCT]] (i erased the NIE first!!) and it made a good summary in english, but it said the deadline wrong, 10 days instead of 10 working days. i corrected it. his wife [[Margaret|PERSON]] called me crying "[[Maite|PERSON]], are we going to jail" lol no

AI: It sounds like the [[Whitlocks|PERSON|plural_surname]] trust you a lot, [[Maite|PERSON]]. What worries you about AI in your work?

User: that they will trust the AI more than me haha. seriously, some clients now come with answers from [[chatgpt|AI_PRODUCT|lowercase]] and they are wrong, about the [[Beckham|PUBLIC_FIGURE|law_named_after_person]] law for example. and the data. my boss [[Pepe|PERSON|nickname]], [[José Llorens|PERSON]], he is [[64|AGE]] and he says never put a DNI in any AI. but [[Mari Carmen|PERSON]] from the office put a whole [[excel|SOFTWARE|lowercase]] with clients, DNI like [[20458913Q|NATIONAL_ID]] and the CIF of the small companies like [[B46839215|NATIONAL_ID]], to make a summary. we had a long meeting about data protection after this, on a [[friday|GENERIC_TIME|lowercase]] at 7pm, nobody was happy

AI: How about AI outside of work?

User: my husband [[Vicent|PERSON]] is [[profesor de valenciano|JOB_TITLE]] in the [[IES Tirant lo Blanc|SCHOOL|school_named_after_fiction]] in [[Torrent|CITY|place_looks_like_word]], he hates it because all the students copy. our kids [[Nerea|PERSON]] and [[Pau|PERSON|name_is_place]] use it for homework anyway. my mother asks [[Alexa|AI_PRODUCT|product_named_like_person]] for the [[Mercadona|ORGANIZATION]] opening hours lol, she thinks [[Juan Roig|PUBLIC_FIGURE]] is the best man in [[spain|COUNTRY|lowercase]]

AI: Thank you. Anything else you'd like to add?

User: that AI should be a help for the gestor, not a replacement. for the study: [[María Teresa Soler|PERSON]], [[46|AGE]], [[maite.soler@gestorialf.es|EMAIL_ADDRESS]], office [[963 41 22 78|PHONE_NUMBER]], mobile [[612 48 93 07|PHONE_NUMBER]]. the office is [[Carrer de Cuba 27, 3º|ADDRESS|address_contains_country]], [[Valencia|CITY]]. and my DNI if you need it for the payment, [[48291736K|NATIONAL_ID]]""")

# 24. Sri Lanka - clinical research coordinator, Kandy - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: Hello. Yes, so, I'm working as a [[clinical research coordinator|JOB_TITLE]] in the clinical trials unit of the [[University of Peradeniya|SCHOOL]], and we do the trials at [[Teaching Hospital Peradeniya|ORGANIZATION]], near [[Kandy|CITY]]. I have been there from [[twenty eighteen|DATE|date_in_words]]. Before that I did my nursing degree at [[Sri Jayewardenepura University|SCHOOL]] in [[Colombo|CITY]].

AI: What does your work involve and where does AI come in?

User: So I coordinate the patient visits, the consent forms, data entry into [[REDCap|SOFTWARE]], and I prepare the reports for the ethics committee and [[the sponsor|GENERIC_ROLE]], which is a university in the [[UK|COUNTRY]]. For AI, I use [[ChatGPT|AI_PRODUCT]] to improve my English in the reports, and to translate the patient information sheets into Sinhala and Tamil, but then we always do back translation with a human. Our [[principal investigator|JOB_TITLE]], Dr. [[Chandima Fernando|PERSON]], she encourages it, but carefully.

AI: Could you give me a concrete example?

User: Yes, so, um, [[last year|GENERIC_TIME]] we had an adverse event, one patient had a bad reaction, and I had to write the SAE report within twenty-four hours. It was a [[Poya day|GENERIC_TIME]], a holiday, and nobody was in the office. So I used [[ChatGPT|AI_PRODUCT]] to structure the narrative. I used only the study number, [[K dash zero zero four seven|NATIONAL_ID|spelled_out]], not the name. But then the ward sister, Sister [[Kumudini|PERSON]], she sent me the discharge summary on [[WhatsApp|SOFTWARE]] with the full name and the NIC number, [[one nine eight four, five six two, oh one nine three seven|NATIONAL_ID|spelled_out]].

AI: What did you do with that information?

User: I deleted it from my phone and I informed the [[PI|JOB_TITLE]], and we did a small training for [[the nurses|GENERIC_ROLE]]. Because in [[Sri Lanka|COUNTRY]], [[WhatsApp|SOFTWARE]] is how the hospital works, honestly. Even [[the consultants|GENERIC_ROLE]] send lab reports on [[WhatsApp|SOFTWARE]]. The AI is not the main risk, the phone is the main risk.

AI: Does AI play a role in your personal life?

User: Yes, a little. My husband [[Nuwan|PERSON]] is a [[tea factory manager|JOB_TITLE]] in [[Nuwara Eliya|CITY]], he comes home on [[weekends|GENERIC_TIME]], and he uses AI for English emails to buyers in [[Dubai|CITY]] and [[Russia|COUNTRY]]. My son is [[eight|AGE]], he is mad for cricket, he asks [[Google Assistant|AI_PRODUCT]] about [[Kumar Sangakkara|PUBLIC_FIGURE]] all the time. And my younger sister [[Tilly Knee|PERSON|misheard_name]], she's doing her A/Ls, she uses it for physics.

AI: Thank you. Anything else you would like to share?

User: Only that, um, AI is useful but the data is very sensitive in trials, especially here in [[Asia|CONTINENT]] where the rules are still coming. My name is [[Dilini Wickramasinghe|PERSON]], I'm [[thirty-four|AGE]]. My phone is [[oh seven seven, six one two, four four eight nine|OBF_PHONE|spelled_digits]].""")

# 25. Egypt - senior talent acquisition specialist, Cairo - typed chat
T.append("""AI: Hi, thanks for joining today. Could you tell me about your work?

User: hi :) i'm a [[senior talent acquisition specialist|JOB_TITLE]] at [[_VOIS|ORGANIZATION]], thats [[Vodafone|ORGANIZATION]]'s shared services company, in [[Cairo|CITY]]. i hire mostly for call center and IT roles. i live in [[6th of October|CITY|place_looks_like_date]] so the commute is long lol. graduated from [[Cairo University|SCHOOL]], faculty of commerce, in [[2016|DATE]]

AI: What tools do you use and where does AI come in?

User: [[LinkedIn Recruiter|SOFTWARE]], [[Workday|SOFTWARE]], and we have an AI screening tool that ranks CVs. i use [[ChatGPT|AI_PRODUCT]] all the time for job descriptions and boolean search strings. also [[Copilot|AI_PRODUCT]] for summarizing interview notes from [[Teams|SOFTWARE]]. in busy weeks, like before [[ramadan|GENERIC_TIME|lowercase]], i do like 30 phone screens a day

AI: Can you walk me through a recent example?

User: ok so [[last quarter|GENERIC_TIME]] we needed 120 [[German-speaking agents|GENERIC_ROLE]] for a client in [[Germany|COUNTRY]]. the AI screener ranked candidates and i noticed it put women from [[Assiut|CITY]] and [[Sohag|CITY]] lower, maybe bc their universities are less known. [[Abdo|PERSON|nickname]], my [[team lead|JOB_TITLE]], agreed to re-check manually. we hired [[Nour|PERSON|name_is_word]] from the bottom of the list and she's now the top performer lol

AI: That's a striking example. What concerns do you have about AI in hiring?

User: bias like i said. also [[the candidates|GENERIC_ROLE]] now use AI to write everything, i get 500 CVs that all say "results-driven professional" lol. and some use AI during the phone interview, you can hear them typing. next thing is fake candidates with deepfake video, [[my manager|GENERIC_ROLE]] already saw one from a fake agency in [[Europe|CONTINENT]]

AI: Do you use AI outside work?

User: yes for my assignments, i'm doing an MBA at [[AUC|SCHOOL]] part time. and my little brother [[Youssef|PERSON]] uses it to learn football tactics, he worships [[Mohamed Salah|PUBLIC_FIGURE]]. my mom asks it for recipes every [[Friday|GENERIC_TIME]] before the family lunch

AI: Thank you so much. Anything else?

User: just that HR people should learn this stuff, not fear it. i'm [[Salma|PERSON]], [[31|AGE]], you can find me at [[linkedin.com/in/salma-elsherif-ta|URL]]""")

write_set(T, "set_bz")
