# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----

T.append("""AI: Hi, thanks for joining today. Could you start by telling me a bit about yourself and your job?

User: yeah of course. I'm [[Shauna Whitfield|PERSON]], [[Band 6 staff nurse|JOB_TITLE]] on an acute medical ward at [[St James's University Hospital|ORGANIZATION]] in [[Leeds|CITY]]. qualified in [[2012|DATE]], trained at [[Leeds Beckett|SCHOOL]]. I turned [[40|AGE]] last year so im one of the old hands now lol. live out in [[Horsforth|CITY]] with my partner and our two lads

AI: Thanks, [[Shauna|PERSON]]. How does AI show up in your working day, if at all?

User: honestly less than people think. the trust switched on [[Microsoft Copilot|AI_PRODUCT]] for some of us in [[spring 2024|DATE]]. I use it mostly for rota swap emails and summarising the policy docs that come down from [[the matron|GENERIC_ROLE]]. clinical stuff all lives in [[Nervecentre|SOFTWARE]] and [[HealthRoster|SOFTWARE]] does the shifts, theres no AI in those that I know of. my [[ward manager|JOB_TITLE]] [[Grace Adeyemi|PERSON]] is a big fan tho, she got us doing a little pilot

AI: What did the pilot with [[Grace|PERSON]] involve?

User: so [[Grace|PERSON]]'s idea was to get handover notes tidier. we tried one of those ambient scribe things, [[Heidi|AI_PRODUCT]], for about six weeks on days only. it listens and writes a summary. [[the consultants|GENERIC_ROLE]] in outpatients loved it but on a ward with 28 beds and call bells going off it was a bit of a mess. it once wrote that a lady "denied chest pain" when she'd actually said she'd had it since [[Tuesday|GENERIC_TIME]]. we caught it but still. we gave it a grace period of a month and then stopped

AI: That's a worrying error. How did the team respond?

User: we put it through as an incident and [[Grace|PERSON]] escalated it to [[Tobi Okonkwo|PERSON]], he's the [[Band 8a digital nurse lead|JOB_TITLE]] for the division. he was really good about it actually, said the vendor would look at it. the [[HCA|JOB_TITLE]] on nights, [[bev|PERSON]], just laughed and said she'd rather write it all by hand. [[bev|PERSON]]'s been doing this 30 odd years and she's usually right

AI: You mentioned policy documents. Do you ever put patient information into [[Copilot|AI_PRODUCT]]?

User: no never, its drummed into us. i only paste trust stuff thats already public. i did once paste my own email signature in by accident, with [[shauna.whitfield@nhs.net|EMAIL_ADDRESS]] and my mobile [[07834 612 905|PHONE_NUMBER]] on it, not the end of the world but it made me think. and [[Wes Streeting|PUBLIC_FIGURE]] keeps going on the telly about AI fixing the [[NHS|ORGANIZATION]] and I'm like, come and do a night shift mate. I moan about it on the nursing subreddit as [[shaz_on_nights|SOCIAL_HANDLE]], which is about as political as I get

AI: That's fair, [[Shauna|PERSON]]. Is there anything you'd like AI to help with that it currently doesn't?

User: discharge letters. if something could draft the TTO paperwork and the referrals id be thrilled. my mate [[Kelly|PERSON]] who's a [[Band 5|JOB_TITLE]] on the ward next door uses [[ChatGPT|AI_PRODUCT]] at home to practise her revalidation reflections, which i think is clever. and [[Grace|PERSON]] reckons by [[Christmas|GENERIC_TIME]] they'll be trialling something new over at [[Wharfedale Hospital|ORGANIZATION]]""")

T.append("""AI: Hello and thanks for taking part. Could you tell me about your role?

User: Hi, no problem at all. My name is [[Siobhán Healy|PERSON]] and I'm a [[home support coordinator|JOB_TITLE]] with the [[HSE|ORGANIZATION]], based in [[Ballincollig|CITY]] just outside [[Cork|CITY]]. I'm [[fifty-two|AGE]], I've been in care one way or another since I left [[UCC|SCHOOL]] in [[1995|DATE]]. I organise the carers who go into older people's homes, so it's rosters, travel, complaints, the lot.

AI: How did you first start using AI tools in that work?

User: My daughter [[Aoife|PERSON]] set me up with [[ChatGPT|AI_PRODUCT]] around [[Easter 2023|DATE]]. She's [[twenty|AGE]] and she was fed up of me ringing her to fix my emails! Now I use it for letters to families and for turning my scribbles into something I can send up to [[the area manager|GENERIC_ROLE]]. My manager [[Frank Dineen|PERSON]] is very frank about it, he says use it but never put a client's name in.

AI: Do you follow [[Frank|PERSON]]'s advice?

User: Mostly yes. I write "Mrs X" and "Carer A" and fill it in after in [[Outlook|SOFTWARE]]. There was one slip back in [['19|DATE]] no wait that was before I had it, sorry, it was last year. I had a complaint from the son of Mrs [[Rose Kiely|PERSON]] in [[Bishopstown|CITY]], and I pasted his whole email in to get help replying, his number and all, [[087 314 2298|PHONE_NUMBER]]. I felt sick after. Costs rose for everyone that year and he was upset about the hours being cut, fair enough.

AI: What happened after you realised?

User: I told [[Frank|PERSON]] and he said to note it and move on, nothing leaves the building as such. But it made me careful. Now one of our carers, [[Katarzyna Wójcik|PERSON]], [[Kasia|PERSON]] we call her, she's Polish and she uses the translate on her phone and [[Gemini|AI_PRODUCT]] to write her visit notes in English. Her English is grand but she likes the check. From the [[HSE|ORGANIZATION]] itself, not really any AI tools. We have [[Excel|SOFTWARE]] for the rosters, would you believe, and a scheduling thing that was meant to come in [[spring of 2022|DATE]] and never did. They talk about [[Copilot|AI_PRODUCT]] coming. [[Stephen Donnelly|PUBLIC_FIGURE]] was on the radio about digital health years ago and we're still waiting.

AI: If someone wanted to follow up with you, how would they reach you?

User: Email is best, it's [[siobhan dot healy at hse dot ie|OBF_EMAIL|spelled_at_dot]], or the mobile, [[oh eight five, seven seven one, four oh three six|OBF_PHONE|digits_as_words]]. Don't ring on a [[Monday|GENERIC_TIME]] morning though, that's when all the sick calls come in.

AI: Thanks so much, [[Siobhán|PERSON]]. Any last thoughts?

User: Only that it's a help but it doesn't know [[Ireland|COUNTRY]], it kept spelling things American and telling me about Medicaid!""")

T.append("""AI: Thanks for joining. Can you tell me who you are and what you do?

User: sure. [[Darlene Koopman|PERSON]], I'm the [[deputy county auditor|JOB_TITLE]] for [[Hardin County|ORGANIZATION]] here in [[Iowa Falls|CITY]], [[Iowa|CITY]]. I'm [[sixty-one|AGE]], been in the courthouse since [[1998|DATE]]. we do elections, payroll, the property transfers, claims, a little of everything. small office, four of us.

AI: And how does AI fit into that, if it does?

User: well it didn't til my grandson set me up. he's [[17|AGE]] and he uses [[ChatGPT|AI_PRODUCT]] for everything. I started using it on my own phone for writing up the board of supervisors minutes summaries, just the public stuff. our [[county engineer|JOB_TITLE]] [[Bill Hensley|PERSON]] uses it to draft his road reports and honestly his reports got a lot more readable lol

AI: Is there anything you won't use it for?

User: anything with names or numbers from the property side, absolutely not. Or voter stuff. After the [[June 2024|DATE]] primary we had a lady come in very upset about a mailer and I wouldn't dream of putting that into a chatbot. Our payroll runs on [[Tyler Munis|SOFTWARE]] and the rest is [[Excel|SOFTWARE]] and paper. [[Bill|PERSON]] sends me his bills on paper still, he's a dinosaur like me.

AI: You mentioned your grandson. Does your family shape how you use these tools?

User: oh yes. my son [[Jack|PERSON]] farms out on [[2734 County Road D41|ADDRESS]] south of town, and he has me look up things with [[Gemini|AI_PRODUCT]] about crop insurance rules since I'm good at reading fine print. [[Jack|PERSON]]'s boy is the grandson. He'll jack up the font size on my phone every time he visits so I can see it lol. my granddaughter [[Kaylee|PERSON]] is [[seven|AGE]] and she just talks to [[Alexa|AI_PRODUCT]].

AI: How do you feel about AI in local government more broadly?

User: mixed. We had a training from the state association back in [['22|DATE]] and the fella said AI would do our claims review. I thought, not in [[Hardin County|ORGANIZATION]] it won't, half our vendors still fax. [[Kim Reynolds|PUBLIC_FIGURE]] talks about efficiency in state government, fine, but a computer doesn't know that the [[Hensleys|PERSON]] and the [[Koopmans|PERSON]] are cousins and you recuse.

AI: That's a great point about local knowledge, [[Darlene|PERSON]]. Anything else before we wrap up?

User: if you want to reach me the office line is [[(641) 555-0192|PHONE_NUMBER]], I answer it myself. Oh and I watched every [[Caitlin Clark|PUBLIC_FIGURE]] game last year, had nothing to do with AI but my grandson made me a highlight reel with some app, that was fun. anyway thanks hon, good luck with the study""")

T.append("""AI: Hi, thanks for doing this. Could you introduce yourself?

User: Hey. I'm [[Tomasz Kowalczyk|PERSON]], most ppl call me [[Tomek|PERSON]]. I'm a [[shift supervisor|JOB_TITLE]] at [[Northbound Freight|ORGANIZATION]], its a 3PL warehouse in [[Mississauga|CITY]] near the airport. I'm in my [[late thirties|AGE]], came to [[Canada|COUNTRY]] from [[Poland|COUNTRY]] in [[2011|DATE]]. before this I was at [[Amazon YYZ4|ORGANIZATION]] for three years as a [[PA|JOB_TITLE]], process assistant.

AI: What does your day look like and where does AI come in?

User: I run nights, about 40 ppl, inbound and putaway. we use [[Manhattan WMS|SOFTWARE]] and [[Kronos|SOFTWARE]] for punches. AI mostly I use [[ChatGPT|AI_PRODUCT]] for writing safety talks and the incident reports, my English is ok but writing formal is not my strong side. also for making the schedule fair, i paste the headcount in and ask it how to split the crews.

AI: Do you paste names into those schedules?

User: at the start yes, I'll be honest. first names and the employee numbers. then my lead hand [[Harpreet Sandhu|PERSON]] told me that's not smart and now i use initials. [[Harpreet|PERSON]] is very careful, she did HR course at [[Sheridan College|SCHOOL]]. another guy on my crew, [[Sunny|PERSON]], he's the forklift trainer, he uses [[Copilot|AI_PRODUCT]] on the office PC to make the training quizzes.

AI: How has that worked out for [[Sunny|PERSON]]?

User: good actually! the quizzes are better than the old ones. only problem one time it made a question about forklifts driving on sunny days vs rain, which is nonsense inside a warehouse haha. he fixed it. [[Sunny|PERSON]]'s quizzes are now used by day shift too.

AI: Any concerns about AI in your workplace?

User: the company wants to bring cameras with AI for "productivity" in [[spring of 2025|DATE]]. ppl are nervous. I was at [[Amazon|ORGANIZATION]], I know how it is with the rate. [[Doug Ford|PUBLIC_FIGURE]] talks about jobs jobs jobs but nobody talks about what it feels like to be watched by a computer all night. on the fun side, I post little forklift tips on [[TikTok|SOFTWARE]], [[@tomek_lifts|SOCIAL_HANDLE]], like 3k followers lol. my wife [[Ewelina|PERSON]] thinks its funny. We live in [[Streetsville|CITY]], she works at a dental office there, [[Mullen Family Dental|ORGANIZATION]].

AI: Thanks, [[Tomek|PERSON]]. Anything you'd like to add?

User: only that AI helps me most with the language. i think for immigrants in warehouse it's big, more than for [[the bosses|GENERIC_ROLE]]. my boss [[raj|PERSON]] never had to write in second language so he doesnt see it""")

T.append("""AI: G'day, thanks for making the time. Can you tell me a bit about yourself?

User: no worries! I'm [[Bec Thornton|PERSON]], [[Rebecca|PERSON]] on paper. I own and run a little cafe in [[Fremantle|CITY]] called [[Little Wren|ORGANIZATION]], so I'm owner, [[head barista|JOB_TITLE]], bookkeeper, dishie, whatever's needed haha. I'm [[34|AGE]], opened the doors in [[October 2019|DATE]] which was great timing obviously. live in [[Beaconsfield|CITY]] just up the road.

AI: How do you use AI in running the cafe?

User: heaps more than I expected. [[ChatGPT|AI_PRODUCT]] writes my menu descriptions and my insta captions, and I use it to draft job ads. Rostering's in [[Deputy|SOFTWARE]] and the till is [[Square|SOFTWARE]], and I pull the sales reports out of [[Square|SOFTWARE]] and ask [[ChatGPT|AI_PRODUCT]] what sells on rainy days vs hot ones. it's pretty good at spotting stuff

AI: Do your staff use these tools too?

User: yeah my [[2IC|JOB_TITLE]] [[Amber Walsh|PERSON]] does the socials with me, she's [[twenty-three|AGE]] and way better at it. [[Amber|PERSON]] uses [[Meta AI|AI_PRODUCT]] right inside the app to come up with hashtags. our [[chef|JOB_TITLE]] [[Minh Tran|PERSON]] uses it differently, he asks it for allergen checks on his specials. I told him double check everything, especially when the amber light's flashing on the dishwasher and we're slammed, that's when mistakes happen.

AI: Has anything gone wrong with it?

User: once! [[ChatGPT|AI_PRODUCT]] told me our award rates were lower than they actually are, which would've been a nightmare if I'd paid people off that. I checked with [[Fair Work|ORGANIZATION]] and sorted it. so now I don't trust it for anything legal. my [[accountant|JOB_TITLE]] [[Anjali Mehta|PERSON]] at [[Coastline Accounting|ORGANIZATION]] had a good laugh at me about it.

AI: How do you feel about AI more broadly in hospitality?

User: it's a tool. I saw [[Matt Preston|PUBLIC_FIGURE]] on some panel saying AI would design menus and I thought mate, AI's never tasted a flat white. but for a small business with no office staff it's a lifesaver. we had the World Cup semi on the telly in [[August 2023|DATE]], packed out, and [[ChatGPT|AI_PRODUCT]] helped me whip up a promo in ten mins. [[Sam Kerr|PUBLIC_FIGURE]] on the big screen, best day of trade we ever had.

AI: Thanks, [[Bec|PERSON]]. If people want to find the cafe or you online, where do they go?

User: cafe is [[@littlewrenfreo|SOCIAL_HANDLE]] on insta, and my own one is [[@bec.pours|SOCIAL_HANDLE]]. email is [[bec at littlewren dot com dot au|OBF_EMAIL|spelled_at_dot]] if anyone wants to do a collab. we're at [[Shop 3/41 South Terrace|ADDRESS]], come say hi. cheers, this was fun""")

T.append("""AI: Kia ora, thanks for talking with me. Could you tell me a bit about yourself and your work?

User: kia ora. I'm [[Tama Ngata|PERSON]], [[forty-four|AGE]], I'm a [[50/50 sharemilker|JOB_TITLE]] on a 420 cow farm out past [[Morrinsville|CITY]] in the [[Waikato|CITY]]. the farm is [[Kowhai Downs|ORGANIZATION]], owned by an older couple, and me and my wife [[Aroha|PERSON]] run it. did my diploma at [[Massey|SCHOOL]] back in the day, [[2001|DATE]] I think.

AI: How does AI come into dairy farming for you?

User: more than you'd think. the cows wear [[Halter|SOFTWARE]] collars now so a lot of the shifting is done from the phone, maybe thats not AI the way you mean but it has smarts in it. records are in [[MINDA|SOFTWARE]]. [[Aroha|PERSON]] does the books in [[Xero|SOFTWARE]] and she uses [[ChatGPT|AI_PRODUCT]] to help write up our health and safety plan and the staff contracts, and the captions for her farm page, she's [[@aroha.on.the.farm|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]]. we've got two fulltime staff, [[Jomar Dela Cruz|PERSON]] and [[Rey Santos|PERSON]], both from the [[Philippines|COUNTRY]], great workers. [[Jomar|PERSON]] uses [[Gemini|AI_PRODUCT]] to translate the SOPs into Tagalog for [[Rey|PERSON]] whos newer, and then they check each other. its been good, fewer mistakes in the shed since they did that

AI: What about calving or busy seasons, does AI help there?

User: in calving, [[July|GENERIC_TIME]] and [[August|GENERIC_TIME]], I'm too tired to use anything lol. but I did ask [[ChatGPT|AI_PRODUCT]] about a metabolic thing once at 3am and it gave a decent answer, then I rang [[the vet|GENERIC_ROLE]] anyway. our [[vet|JOB_TITLE]] [[Sarah-Jane Muir|PERSON]] at [[Piako Vets|ORGANIZATION]] said it was about right but told me not to make a habit of it.

AI: Are there concerns you have about these tools?

User: data. who owns it. the collar company, the co-op, [[Fonterra|ORGANIZATION]], they all want our data. [[Christopher Luxon|PUBLIC_FIGURE]] talks up agritech heaps but its us farmers taking the risk. and for [[Aroha|PERSON]]'s sake I won't put our IRD number in anything, she freaked out once when I nearly typed [[118-402-937|NATIONAL_ID]] into a chatbot for a tax question.

AI: If we wanted to send you the summary of this research, where should it go?

User: post is fine, [[1187 Kiwitahi Road, RD 3|ADDRESS]], [[Morrinsville|CITY]] [[3373|ADDRESS]]. or text [[oh two one, double four eight, two oh nine seven|OBF_PHONE|digits_as_words]].

AI: Thanks heaps, [[Tama|PERSON]]. Anything else to add?

User: only that the young ones coming through the [[Primary ITO|SCHOOL]] courses are way better with this stuff than me. [[Richie McCaw|PUBLIC_FIGURE]] could probably milk 400 cows with an app, but not me haha""")

T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your work?

User: Thank you. My name is [[Mercy Chebet|PERSON]], I am [[twenty-nine|AGE]] years old. I work as a [[ward agricultural extension officer|JOB_TITLE]] with the [[County Government of Nakuru|ORGANIZATION]], covering [[Njoro|CITY]] and some parts of [[Mau Narok|CITY]]. I studied at [[Egerton University|SCHOOL]], finished [[2017|DATE]], then I was employed by the county in [[January 2020|DATE]].

AI: What does a normal week look like, and where does AI come in?

User: Mostly I am in the field visiting farmers, maize, potatoes, dairy. Farmers bring me photos of sick plants on [[WhatsApp|SOFTWARE]]. For diagnosis I use [[PlantVillage Nuru|AI_PRODUCT]], it is an app that looks at the leaf and tells you if it is fall armyworm or late blight. Then for reports to the sub-county office I use [[ChatGPT|AI_PRODUCT]] to make my English more formal.

AI: How reliable have you found [[PlantVillage Nuru|AI_PRODUCT]]?

User: For armyworm it is very good. For potato diseases sometimes it confuses. Last season, [[March 2023|DATE]] long rains, it told one farmer, mama [[Njeri|PERSON]], that her potatoes had bacterial wilt but it was actually blight. I went physically and saw. My supervisor mr [[kiprop|PERSON]] says the machine cannot replace boots on the ground. He is the [[sub-county agricultural officer|JOB_TITLE]], very experienced.

AI: Do you keep any records using these tools?

User: We collect farmer data on [[KoboToolbox|SOFTWARE]], names, ID numbers, phone numbers, acreage. I never put those in [[ChatGPT|AI_PRODUCT]]. But I will confess one time I was filling a loan form for myself and I asked [[ChatGPT|AI_PRODUCT]] to check it, and I typed my own ID number [[29481736|NATIONAL_ID]] inside. After that my colleague [[Kiprono|PERSON]] told me it is dangerous, so now I am careful.

AI: How do farmers themselves feel about AI?

User: The young ones like it, they watch videos on [[TikTok|SOFTWARE]]. The old ones want to see a person. In [[Kenya|COUNTRY]] we have many new apps and many are from outside [[Africa|CONTINENT]], they do not know our conditions. Even [[William Ruto|PUBLIC_FIGURE]] was talking about digital agriculture for youth but the network in the upper parts of [[Mau Narok|CITY]] is very poor, you cannot load anything.

AI: That's really useful context, [[Mercy|PERSON]]. If farmers need to reach you, how do they do it?

User: They call me directly, my number is [[sifuri saba mbili mbili, nne moja nane, tisa sifuri tatu|OBF_PHONE|swahili_digit_words]]. I write it in Kiswahili on the posters because then the scammers who use computers to collect numbers do not get it easily. Also farmers can find me on [[Facebook|SOFTWARE]], [[facebook.com/mercy.chebet.agri|URL]]. I am always busy on [[Fridays|GENERIC_TIME]] because that is market day. Even [[Eliud Kipchoge|PUBLIC_FIGURE]] is a farmer now, you know, so the young people are interested more than before!""")

T.append("""AI: Good afternoon, thanks for joining. Could you introduce yourself?

User: Good afternoon. I am [[Kwabena Asante-Boateng|PERSON]], [[programme officer|JOB_TITLE]] at [[Bright Steps Foundation|ORGANIZATION]], a small NGO in [[Kumasi|CITY]] working on girls education and menstrual health. We are six staff. I am [[33|AGE]] and I live in [[Bantama|CITY]]. I did my first degree at [[KNUST|SCHOOL]], sociology, then joined [[Bright Steps|ORGANIZATION]] in [[2018|DATE]].

AI: How does AI fit into your work at [[Bright Steps|ORGANIZATION]]?

User: Mainly proposal writing. Funding is very competitive. I use [[ChatGPT|AI_PRODUCT]] and lately [[Claude|AI_PRODUCT]] to draft concept notes, then [[our director|GENERIC_ROLE]] edits. Our [[director|JOB_TITLE]] is Mrs [[Comfort Owusu|PERSON]], she founded the organisation in [[2009|DATE]]. She was not comfortable with AI at first but now she tells me "[[Kwabena|PERSON]], let your [[Claude|AI_PRODUCT]] do the first draft". Haha.

AI: What changed Mrs [[Owusu|PERSON]]'s mind?

User: We won a small grant from the [[Global Fund for Children|ORGANIZATION]] in [[December 2022|DATE]] and I drafted it with help from [[Claude|AI_PRODUCT]]. After that she believed. But she insists we never share the real names of the girls or their schools. Even in the thank you reports to donors in [[Europe|CONTINENT]] we change everything.

AI: How do you handle the girls' information in practice?

User: We keep the register in [[Google Sheets|SOFTWARE]], only me and our [[M&E officer|JOB_TITLE]] [[Abena Frimpong|PERSON]] can open it. When I need AI to analyse attendance, I remove names first. [[Abena|PERSON]] built a small formula to replace names with codes. One time our [[national service person|JOB_TITLE]], [[kojo|PERSON]], pasted the full sheet into [[ChatGPT|AI_PRODUCT]] to make a chart, with names and all. [[Abena|PERSON]] nearly fainted. We deleted it and did a small training after.

AI: Are there any tools you tried and stopped using?

User: [[Grammarly|AI_PRODUCT]] we stopped, the free one was making our Ghanaian English into American. And one transcription tool, [[Otter|AI_PRODUCT]], could not understand Twi at all in the community meetings. It wrote nonsense. For [[Ghana|COUNTRY]] the tools still need to learn. I was reading [[Ama Ata Aidoo|PUBLIC_FIGURE]] with the girls in the book club and I asked [[ChatGPT|AI_PRODUCT]] about her, it mixed her up with another writer.

AI: Thanks, [[Kwabena|PERSON]]. How can we contact you if we have follow-up questions?

User: My email is [[kwabena[dot]asante[at]brightsteps[dot]org|OBF_EMAIL|bracket_at_dot]] or message me on [[WhatsApp|SOFTWARE]], [[024 581 3307|PHONE_NUMBER]]. Our office is at [[Plot 14, Block C|ADDRESS]], [[Adum|CITY]], digital address [[AK-039-5028|ADDRESS]]. We close early on [[Fridays|GENERIC_TIME]].""")

T.append("""AI: Hi, thanks for joining us! Can you tell me about yourself?

User: Hello po! I'm [[Maricel Bautista|PERSON]], [[thirty-one|AGE]], [[Front Office Supervisor|JOB_TITLE]] at [[Coral Bay Resort & Spa|ORGANIZATION]] in [[Lapu-Lapu City|CITY]], [[Mactan|CITY]], [[Cebu|CITY]]. I graduated HRM at [[University of San Carlos|SCHOOL]] in [[2014|DATE]] and I have been in the hotel line since then.

AI: How do you use AI in your job?

User: Every day po. Guest emails, replies to reviews. We have many Korean and Chinese guests so I use [[ChatGPT|AI_PRODUCT]] and [[Papago|AI_PRODUCT]] for translating. Our system is [[Opera PMS|SOFTWARE]], no AI inside, so I copy the guest request to [[ChatGPT|AI_PRODUCT]] to draft the reply. I remove the name and booking number first, our [[FOM|JOB_TITLE]] Sir [[Rommel|PERSON]] is strict about that because of the Data Privacy Act.

AI: Has [[Rommel|PERSON]] set any other rules?

User: Yes, no screenshots of the guest folio, and no personal phone at the counter. But honestly everyone uses. My co-worker [[Joy|PERSON]] is the [[night auditor|JOB_TITLE]], she asks [[Gemini|AI_PRODUCT]] to explain the variance reports when the numbers do not tally. [[Joy|PERSON]] is so funny, she talks to it like a bestie, for her it is pure joy haha. Also our [[bellboy|JOB_TITLE]] [[jun-jun|PERSON]] uses it to write his love letters lol.

AI: How about during busy periods?

User: During [[Sinulog 2024|DATE]] we were 100% occupied and I used [[ChatGPT|AI_PRODUCT]] to make a quick FAQ for walk-in guests, like where is the parade, what roads are closed. Saved my life. I was on duty 16 hours straight. My son [[Migs|PERSON]] is only [[six|AGE]] so my mother took care of him in our house in [[Brgy. Pajo|CITY]].

AI: Do you have any worries about AI in hospitality?

User: Maybe the jobs, because owners can say AI can answer the emails, no need for three agents. But guests still want the Filipino warmth, AI cannot do that. I saw [[Vice Ganda|PUBLIC_FIGURE]] joking about AI on TV and I agree, the robot cannot make you laugh. Also [[Manny Pacquiao|PUBLIC_FIGURE]] was in a commercial for some app, so now even my tita [[Luz|PERSON]] trusts AI haha.

AI: Thank you, [[Maricel|PERSON]]. Can we send you a copy of the findings?

User: Sure po, email me at [[maricel.bautista.hrm @ gmail . com|OBF_EMAIL|spaced_at_dot]] or text [[0917 8 4 2 3 3 1 6|OBF_PHONE|split_digits]]. Or send to my home, [[Blk 4 Lot 12, Villa Verde Subd.|ADDRESS]], [[Brgy. Pajo|CITY]], [[Lapu-Lapu City|CITY]]. Salamat po!""")

T.append("""AI: Assalam-o-alaikum, thanks for joining. Please tell me about yourself.

User: Walaikum assalam. I am [[Usman Tariq|PERSON]], working as [[Assistant Director (BPS-17)|JOB_TITLE]] in the [[Local Government and Community Development Department|ORGANIZATION]], [[Punjab|CITY]]. Posted in [[Lahore|CITY]] since [[2018|DATE]]. Age is [[38|AGE]]. I did MPA from [[University of the Punjab|SCHOOL]]. Living in [[Johar Town|CITY]] with wife and three kids.

AI: What kind of work do you do day to day?

User: Mostly file work. Summaries for [[the Secretary|GENERIC_ROLE]], replies to assembly questions, monitoring of union council schemes. Lot of drafting in English which is time consuming. Since [[Ramzan 2023|DATE]] I started using [[ChatGPT|AI_PRODUCT]] for drafting the summaries, and now some juniors are also using [[DeepSeek|AI_PRODUCT]] because it is free and fast.

AI: Is there any official policy on these tools?

User: No formal policy yet. The [[PITB|ORGANIZATION]] people gave one session about [[e-Office|SOFTWARE]] and they mentioned AI. My senior, [[Ayesha Siddiqui|PERSON]] madam, she is [[Deputy Director (BPS-18)|JOB_TITLE]], she has told us verbally: no official secret documents in [[ChatGPT|AI_PRODUCT]], no CNIC numbers of citizens. [[Ayesha|PERSON]] madam is very sharp.

AI: Has that rule ever been tested?

User: Yes one time a [[junior clerk|JOB_TITLE]], [[bilal|PERSON]], pasted a complaint in which was the CNIC of the complainant. I only saw later. For example my own CNIC is [[35202-4481923-7|NATIONAL_ID]], this type of number was there. We deleted the chat but who knows where it is going. After that [[Ayesha|PERSON]] madam made a rule, first remove names and numbers, then paste.

AI: How do you see AI in government more broadly in [[Pakistan|COUNTRY]]?

User: There is lot of talk. [[Maryam Nawaz|PUBLIC_FIGURE]] sahiba announced many digital initiatives for [[Punjab|CITY]], that is good. But in union councils there is no proper internet even. English drafting is good but Urdu output is still weak, the Nastaliq is breaking. My son [[Hamza|PERSON]] is [[fourteen|AGE]], he uses it for homework and he is more expert than our whole section haha. He is big fan of [[Babar Azam|PUBLIC_FIGURE]], he made a poem on him with AI.

AI: Thanks, [[Usman|PERSON]]. How can we reach you for follow up?

User: Email is better, [[usman.tariq83 at the rate gmail dot com|OBF_EMAIL|at_the_rate]]. My profile is also on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/usman-tariq-pas|URL]]. Or mobile [[0300-4817265|PHONE_NUMBER]] but please after office timings, and not at [[Friday|GENERIC_TIME]] prayer time.""")

T.append("""AI: Hi, thanks for joining. Could you tell me a bit about your role?

User: Hi! I'm [[Nadia Rahman|PERSON]], I'm an [[HEO policy adviser|JOB_TITLE]] at the [[Department for Education|ORGANIZATION]], based in the [[Darlington|CITY]] office. [[Higher Executive Officer|JOB_TITLE]] if you're not civil service. I'm in my [[early thirties|AGE]], did history at [[Durham University|SCHOOL]] and joined in the [[autumn of 2021|DATE]].

AI: How do you use AI in your policy work?

User: we've got [[Microsoft Copilot|AI_PRODUCT]] on our work laptops now, and there's also [[Humphrey|AI_PRODUCT]], which is the cross-government set of AI tools, named after the Yes Minister character obviously. [[Humphrey|AI_PRODUCT]] has a consultation analysis tool which is genuinely brilliant. We had about 4,000 responses to one consultation and it clustered them in an afternoon.

AI: Who on your team uses these tools most?

User: my [[G7|JOB_TITLE]], [[Will Thackeray|PERSON]], is very keen. [[Will|PERSON]] will try anything once haha. He'd have us draft every submission with [[Copilot|AI_PRODUCT]] if he could. Our [[Grade 6|JOB_TITLE]], [[Olumide Bakare|PERSON]], is more cautious, he's seen a few things go wrong. He always says [[the minister|GENERIC_ROLE]] will read every word so we'd better know every word.

AI: What kinds of things have gone wrong?

User: nothing dramatic. [[Copilot|AI_PRODUCT]] once summarised a stakeholder meeting and attributed a quote to the wrong union. and it invented a statistic once, a 12% figure that doesn't exist anywhere. [[Olumide|PERSON]] caught it before it went up. We have a rule now, every number gets checked against the source, and [[Olumide|PERSON]]'s rule is that you should be able to say where it came from without looking.

AI: Does the political context affect how you use it?

User: a bit. [[Bridget Phillipson|PUBLIC_FIGURE]] has been quite positive about AI in schools, so we're expected to know it. But there's a line, we never put anything marked OFFICIAL-SENSITIVE into [[Copilot|AI_PRODUCT]]. I'm careful on [[LinkedIn|SOFTWARE]] too, I only talk about work in general terms. My profile's [[linkedin.com/in/nadia-rahman-dfe|URL]] if you want to check I'm real haha.

AI: Thanks, [[Nadia|PERSON]], that's really helpful. Anything else you'd like to add?

User: just that the [[Darlington|CITY]] office is a lot of people who moved up from [[London|CITY]], like me, I'm originally from [[Tower Hamlets|CITY]]. so we lean on teams tools more than people who sit next to each other. and my mum [[Rukhsana|PERSON]] still thinks I write the laws lol""")

T.append("""AI: Hi there, thanks for joining. Tell me a little about yourself?

User: hey! Im [[Crystal Barnes|PERSON]], [[27|AGE]], [[assistant store manager|JOB_TITLE]] at the [[Dollar General|ORGANIZATION]] in [[Baxley|CITY]], [[Georgia|CITY]]. small town, we're the only store open til 10 for like 20 miles lol. been with [[DG|ORGANIZATION]] since [[2019|DATE]], started as a [[cashier|JOB_TITLE]].

AI: How does AI come into your work?

User: honestly mostly on my own phone. I use [[ChatGPT|AI_PRODUCT]] to help me write the schedule notes and to figure out how to word stuff to [[my DM|GENERIC_ROLE]] when something goes wrong. My [[DM|JOB_TITLE]] [[Dale Pruitt|PERSON]] is ok but he wants everything a certain way. Work stuff is all on the handheld and in [[Workday|SOFTWARE]], no AI there that I see.

AI: What kinds of situations do you use it for with [[Dale|PERSON]]?

User: like when we got short staffed over [[Black Friday 2023|DATE]] and I had to explain why the truck didnt get worked. [[ChatGPT|AI_PRODUCT]] helped me write it so it didnt sound like excuses. Also theft reports. a guy walked out with a whole case of energy drinks and I had to write it up, I used it to make it professional. I didnt put the guy's name in. My [[cashier|JOB_TITLE]] [[Marisol Reyes|PERSON]] knew him, he's her cousin's friend, small town lol.

AI: Do your coworkers use AI too?

User: [[Marisol|PERSON]] uses it to practice English for her citizenship test, she's doing classes at [[Coastal Pines Technical College|SCHOOL]]. she asks [[Snapchat My AI|AI_PRODUCT]] questions, which, I told her that one's kinda weird lol. our [[stocker|JOB_TITLE]] [[Tyrell|PERSON]] uses it for his fantasy football picks.

AI: What about at home, any uses there?

User: yeah my daughter [[Summer|PERSON]] is [[eight|AGE]] and my son [[Jace|PERSON]] is [[eleven|AGE]] and I use it to help with their homework when I don't remember the math. this summer I'm gonna use it to plan a cheap trip to the beach, [[Summer|PERSON]] has never seen the ocean. I saw [[Oprah|PUBLIC_FIGURE]] do a special on AI and she made it sound scary but its just a tool.

AI: Thanks, [[Crystal|PERSON]]. Is there a way to reach you for follow-up?

User: yeah text me [[(912) 555-0136|PHONE_NUMBER]] or find me on facebook, [[facebook.com/crystal.barnes.912|URL]]. dont call during [[Thanksgiving|GENERIC_TIME]] week tho, retail is crazy lol""")

T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your work?

User: Hiya. I'm [[Rhian Evans|PERSON]], I'm the [[deputy manager|JOB_TITLE]] at [[Bryn Celyn|ORGANIZATION]], it's a 40 bed residential home in [[Sketty|CITY]], [[Swansea|CITY]]. We're owned by [[Oakwood Care Group|ORGANIZATION]], they've got six homes across [[South Wales|CITY]]. I'm [[45|AGE]], been in care since I was [[seventeen|AGE]], did my level 5 diploma at [[Gower College|SCHOOL]] in [[2016|DATE]].

AI: How does AI come into your work at [[Bryn Celyn|ORGANIZATION]]?

User: we went digital with care notes a few years back, we use [[Nourish|SOFTWARE]] on handheld devices, the carers log everything there. the AI bit is newer. [[Oakwood|ORGANIZATION]] brought in [[Magic Notes|AI_PRODUCT]] for the managers in [[March 2024|DATE]] to record reviews with families and write them up. And I use [[ChatGPT|AI_PRODUCT]] on my own for policies and rotas, and for the dreaded action plans after an inspection.

AI: What's your experience of [[Magic Notes|AI_PRODUCT]] been like?

User: mostly good. It saves me two hours on a review easily. But it doesn't get Welsh names, it wrote one of our ladies, [[Gwenllian|PERSON]], as "[[Gwen Lee Ann|PERSON]]" lol. and Mr [[Emrys Pritchard|PERSON]]'s daughter [[Sian|PERSON]] wasn't happy being recorded, so we turned it off for her. you have to ask every time. [[Emrys|PERSON]] himself thinks it's marvellous, he's [[93|AGE]] and he wants to know how it all works.

AI: Have there been any privacy concerns?

User: one near miss. I was doing a staff reference in [[ChatGPT|AI_PRODUCT]] at home and pasted in a form that had one of the carers' NI numbers on it, [[JT 48 29 61 B|NATIONAL_ID]]. I realised straight away and deleted it but I had to report it to our [[registered manager|JOB_TITLE]] [[Lowri Harries|PERSON]]. [[Lowri|PERSON]] was fine about it, she said better to say than hide it, and we added a line to our data protection training.

AI: Do the care staff use AI themselves?

User: some do. [[Hope Villanueva|PERSON]], she's a [[senior carer|JOB_TITLE]] from the [[Philippines|COUNTRY]], uses [[Gemini|AI_PRODUCT]] to check her English in incident reports. [[Hope|PERSON]]'s brilliant, I hope she goes for her level 3 this year. The younger ones ask their phones everything, which I'm not keen on, but you can't stop it.

AI: How do you feel about AI in care more broadly, [[Rhian|PERSON]]?

User: honestly if it took the paperwork off us we'd have more time with residents. But [[Care Inspectorate Wales|ORGANIZATION]] will want to know who's accountable. [[Eluned Morgan|PUBLIC_FIGURE]] was on the news about the care workforce and I thought, come and talk to us first. Over [[Christmas|GENERIC_TIME]] we were four carers short and no AI was covering that. If you want to send me anything it's [[rhian.evans@bryncelyncare.co.uk|EMAIL_ADDRESS]].""")

T.append("""AI: Hello, thanks for joining. Can you tell me about yourself?

User: Hi. My name is [[Le Thi Thanh Huong|PERSON]], everyone at work calls me [[Huong|PERSON]]. I'm an [[RN Grade 3|JOB_TITLE]], [[clinical care coordinator|JOB_TITLE]] at [[Wattle Grove Aged Care|ORGANIZATION]] in [[Wendouree|CITY]], [[Ballarat|CITY]]. I'm in my [[mid-fifties|AGE]]. I came to [[Australia|COUNTRY]] from [[Vietnam|COUNTRY]] in [[2008|DATE]] and redid my nursing at [[Federation University|SCHOOL]].

AI: Where does AI come into your work, [[Huong|PERSON]]?

User: Our clinical system is [[AutumnCare|SOFTWARE]], it has some alerts but I don't think it is real AI. The new thing is [[Lyrebird|AI_PRODUCT]], the [[GP|JOB_TITLE]] who visits us, Dr [[Nathan Cole|PERSON]], he uses it to record his consults and it writes his notes. I don't use it myself. I use [[ChatGPT|AI_PRODUCT]] to help write care plans in better English and to summarise the new aged care rules, there is so much reading.

AI: How do you make sure the care plans are accurate?

User: I never put resident names, I write like "resident A, [[87|AGE]] years, dementia, falls risk". Then I read every line. My colleague [[May Lim|PERSON]], she is our [[clinical educator|JOB_TITLE]], she made a checklist for us. [[May|PERSON]] is very strict, she says AI writes like a robot who never met an old person haha. In [[May|GENERIC_TIME]] we have the accreditation audit so she is checking everything double.

AI: Have there been times it got things wrong?

User: Yes, once it told me a wrong dose range when I asked a general question about a medication. I knew it was wrong. Also one time it made the care plan say "enjoys gardening" when I never wrote that, I think it guess. [[Our DON|GENERIC_ROLE]] said we must report any AI mistakes in the team meeting every [[Wednesday|GENERIC_TIME]].

AI: Does your family use these tools?

User: my son [[Bao|PERSON]] is [[24|AGE]], he is a [[software tester|JOB_TITLE]] at [[Bendigo Bank|ORGANIZATION]], he set everything up for me. My cousin [[thanh|PERSON]] in [[Footscray|CITY]] uses it for her nail salon bookings. My husband no, he still reads the paper on paper haha.

AI: What do you think about AI in aged care in the future?

User: Since the Royal Commission everything is about more staff time with residents, [[Anthony Albanese|PUBLIC_FIGURE]] talks about it too. If AI can do the documentation, good. But in aged care we need hands and heart. Oh, if you need me again my number is [[０４１２ ７３８ ９０５|OBF_PHONE|fullwidth_digits]], text is better than call, I am on the floor all day.""")

T.append("""AI: Hi, thanks for joining today. Could you introduce yourself?

User: Sure! I'm [[Geneviève LeBlanc|PERSON]], I'm a [[Planner II|JOB_TITLE]] with the [[Town of Antigonish|ORGANIZATION]] in [[Nova Scotia|CITY]]. I'm [[thirty-six|AGE]], grew up in [[Chéticamp|CITY]], did my undergrad at [[St. Francis Xavier University|SCHOOL]] right here in [[Antigonish|CITY]] and then planning at [[Dalhousie|SCHOOL]]. Came back home in [[2016|DATE]].

AI: How does AI show up in your planning work?

User: the big one is [[Otter|AI_PRODUCT]] for public meetings. We used to have someone typing minutes by hand. Now [[our clerk|GENERIC_ROLE]] runs [[Otter|AI_PRODUCT]] and cleans it up after. I use [[Copilot|AI_PRODUCT]] in [[Word|SOFTWARE]] for staff reports, and [[ArcGIS|SOFTWARE]] has some new AI features for mapping that I'm playing with. Agendas go out through [[eScribe|SOFTWARE]].

AI: How have councillors and residents reacted?

User: mixed. Some councillors love it. One resident, [[a retired teacher|GENERIC_ROLE]], asked at a public hearing whether "the robot" was listening to her, and honestly it was a fair question. Our [[CAO|JOB_TITLE]], [[Jacques Doucet|PERSON]], decided we'd announce it at the start of every meeting. [[Jacques|PERSON]] is careful like that.

AI: Was there a specific moment that shaped your approach?

User: after Fiona, in [[September 2022|DATE]], we were doing damage assessments and I used [[ChatGPT|AI_PRODUCT]] to draft the recovery update for council. It was fast but it got the provincial program name wrong and it invented a funding number. I caught it the night before. Since then I treat it like a summer student, useful but you check the work. My colleague [[Grace MacIsaac|PERSON]] in engineering jokes that the summer student is at least cheaper.

AI: Does provincial politics affect your use of AI?

User: a little. [[Tim Houston|PUBLIC_FIGURE]] and the province are pushing housing approvals hard, so there's pressure to move applications faster, and AI gets pitched as the answer. I'm skeptical, small towns don't have the data. also lots of Acadian families here, and the French output is European French, not how anyone talks in [[Chéticamp|CITY]].

AI: Thanks, [[Geneviève|PERSON]]. How can people follow your work?

User: I write a little newsletter on planning in small towns, [[genevieveleblanc.substack.com|URL]]. or email me at work, [[gleblanc@antigonishtown.ca|EMAIL_ADDRESS]]. Town hall's at [[274 Main Street|ADDRESS]] if anyone wants to drop by, just not on [[Thursdays|GENERIC_TIME]], that's council day.""")

T.append("""AI: Hi, thanks for joining. Tell me about yourself?

User: Hello. My name is [[Guadalupe Morales|PERSON]], everybody calls me [[Lupe|PERSON]]. I am [[housekeeping supervisor|JOB_TITLE]] at a big casino hotel on the [[Las Vegas|CITY]] Strip, [[Caesars Palace|ORGANIZATION]]. I am [[52|AGE]] years old, I came from [[Zacatecas|CITY]], [[Mexico|COUNTRY]] when I was [[nineteen|AGE]]. Twenty three years in this hotel. I am also [[shop steward|JOB_TITLE]] with the [[Culinary Union Local 226|ORGANIZATION]].

AI: How does AI come into your work, [[Lupe|PERSON]]?

User: The hotel uses [[HotSOS|SOFTWARE]] to send the room assignments, and now they say it has "smart" features that decide which rooms first. I don't know if it is AI but the ladies feel it is pushing them faster. For me, I use [[ChatGPT|AI_PRODUCT]] on my phone to write the emails in English to [[my manager|GENERIC_ROLE]], because my English writing is not so good. My son [[Ángel|PERSON]] showed me.

AI: What kinds of emails do you write with it?

User: Schedules, complaints, sometimes when a room attendant gets hurt I have to write the report. I write it in Spanish and it makes it English. I don't put the names, I put "room attendant 1". My friend [[Araceli Fuentes|PERSON]] from the third floor does the same. The engineering guy [[Frank Delgado|PERSON]] laughs at us, he says to be frank, just write bad English, nobody cares. But they do care.

AI: How does the union view AI?

User: Very important topic. After the strike vote in [[September 2023|DATE]] the new contract has language about technology, they have to tell us before bringing new tech. Politicians like [[Catherine Cortez Masto|PUBLIC_FIGURE]] talk about protecting hospitality jobs, but we are the ones who have to read the contract.

AI: Do you remember when you started using [[ChatGPT|AI_PRODUCT]]?

User: During covid the hotel closed on [[the 17th of March 2020|DATE]], everybody home. [[Ángel|PERSON]] was [[sixteen|AGE]] and he said mama, you need to learn the computer. [[ChatGPT|AI_PRODUCT]] came later, [[2023|DATE]] I think. Now [[Frank|PERSON]] asks me to help him with it haha.

AI: Thank you so much, [[Lupe|PERSON]]. Is there a way to contact you for a follow-up?

User: Yes, email [[lupe.morales68 arroba gmail punto com|OBF_EMAIL|spanish_words]], I write it like that so the robots don't find it. Or if you send papers, my house is [[4120 E Charleston Blvd, Apt 217|ADDRESS]], [[Las Vegas|CITY]], [[NV 89104|ADDRESS]].""")

T.append("""AI: Hello, thanks for joining. Could you tell me a bit about yourself?

User: Howya. [[Declan Ryan|PERSON]], I'm [[fifty-eight|AGE]], I milk 90 cows outside [[Cashel|CITY]] in [[Co. Tipperary|CITY]] and I do three days a week as a [[milk quality advisor|JOB_TITLE]] with [[Tipperary Co-op|ORGANIZATION]]. Went to [[Gurteen College|SCHOOL]] back in [['84|DATE]], farming all my life.

AI: How did you end up using AI?

User: my son [[Mark|PERSON]] is [[26|AGE]] and he's home farming with me now, he did ag science in [[UCD|SCHOOL]]. [[Mark|PERSON]] put [[ChatGPT|AI_PRODUCT]] on my phone last winter, and he has me on [[Twitter|SOFTWARE]] too, [[@tippmilker58|SOCIAL_HANDLE]], mostly for the weather and the mart prices. I use it for writing up the farm visit reports for the co-op, I just talk into it in the jeep and it tidies it up. Saves me an hour a night. The herd records are on [[Herdwatch|SOFTWARE]], that's the app most lads use.

AI: Do you use it with the farmers you advise?

User: not directly. Some of the older lads would run you out of the yard if you mentioned AI. But I'll use [[Perplexity|AI_PRODUCT]] to look up the nitrates rules before a visit, the derogation changes are a nightmare. Then I check with [[Teagasc|ORGANIZATION]]. My boss in the co-op, [[Noreen Fogarty|PERSON]], she's the [[quality manager|JOB_TITLE]], she'd mark you down if you quoted a chatbot in a report, and fair enough.

AI: Has it ever let you down?

User: it told me a grant scheme closed on the wrong date, I nearly missed the TAMS deadline in [[May 2023|DATE]] over it. My wife [[Bernie|PERSON]] caught it, she reads everything twice. Since then it's a helper, not the boss.

AI: What do you think of AI in farming generally?

User: it's coming whether we like it or not. I watched [[Jeremy Clarkson|PUBLIC_FIGURE]] messing around with the drone and the apps on the telly and I laughed, but there's something in it. Lads in [[New Zealand|COUNTRY]] have cows on collars now. Down here the broadband is shocking, [[Cashel|CITY]] town is grand but out the road you've one bar.

AI: Thanks, [[Declan|PERSON]]. Where can we send the results?

User: post it to [[Ballyknock|ADDRESS]], [[Cashel|CITY]], [[Co. Tipperary|CITY]], [[E25 K8P3|ADDRESS]]. or ring [[0 8 six 2 2 four seven 9 1 3|OBF_PHONE|mixed_words_digits]], I'm in the parlour till half seven most evenings.""")

T.append("""AI: Hello, thanks for joining. Please introduce yourself.

User: Jambo. I am [[Abdallah Said Mwinyi|PERSON]], [[41|AGE]] years. I am [[operations supervisor|JOB_TITLE]] at [[Pwani Cargo Movers|ORGANIZATION]], clearing and forwarding company in [[Mombasa|CITY]], the office is near the port in [[Shimanzi|CITY]]. I stay in [[Nyali|CITY]]. I am in logistics since [[2006|DATE]], first at [[Kenya Ports Authority|ORGANIZATION]] as casual, then here.

AI: What does your job involve, and how does AI come in?

User: We move containers from the port to clients upcountry and to [[Uganda|COUNTRY]]. I coordinate 30 trucks. Customs declarations go through [[iCMS|SOFTWARE]], tracking on [[Wialon|SOFTWARE]]. For AI, I use [[ChatGPT|AI_PRODUCT]] for emails to the shipping lines and for checking HS codes, but carefully. And the drivers talk to [[Meta AI|AI_PRODUCT]] in [[WhatsApp|SOFTWARE]] for directions and even for jokes.

AI: Can you tell me about a time it helped, or didn't?

User: Helped: our biggest client is [[Bidco|ORGANIZATION]], they wanted a report on delays for [[Q3 2023|DATE]]. I exported from [[Excel|SOFTWARE]], removed the driver names, gave it to [[ChatGPT|AI_PRODUCT]] and it made a nice summary with reasons. My manager [[Fatuma Ali|PERSON]] presented it and the client was happy. Didn't help: it gave me a wrong HS code for solar panels, the [[KRA|ORGANIZATION]] officer rejected the entry. [[Fatuma|PERSON]] was not happy with me that day haha.

AI: Do your drivers or team have concerns?

User: The drivers worry the company will use AI tracking to punish them. One driver, [[otieno|PERSON]], told me "boss, the computer doesn't know the weighbridge jam". He is right. Another young guy in the office, [[baraka|PERSON]], is teaching the others to use it to write CVs. His name means blessing in Swahili and he is a blessing to us haha.

AI: How do you feel about AI for logistics in [[Kenya|COUNTRY]] overall?

User: It can help us compete with the port in [[Tanzania|COUNTRY]]. The young people are ready. But big companies from [[Asia|CONTINENT]] and [[Europe|CONTINENT]] will bring systems that replace clerks, so we must be careful. [[Hassan Joho|PUBLIC_FIGURE]] used to talk about making [[Mombasa|CITY]] a smart city, I am still waiting for the smart roads haha.

AI: Thank you, [[Abdallah|PERSON]]. How can we reach you?

User: Call me on [[0 7 3 3 - 5 0 6 - 2 1 8|OBF_PHONE|spaced_digits]] or email [[abdallah.mwinyi@pwanicargo.co.ke|EMAIL_ADDRESS]]. Not on [[Friday|GENERIC_TIME]] afternoon, I go to mosque.""")

T.append("""AI: Kia ora, thanks for joining. Could you tell me about yourself?

User: hi! I'm [[Park Ji-woo|PERSON]], but at work I go by [[Jenny|PERSON]]. I'm a [[Customer Services Officer|JOB_TITLE]] at [[Christchurch City Council|ORGANIZATION]], on the phones and the front counter at the [[Riccarton|CITY]] service centre. I'm [[27|AGE]], moved here from [[Busan|CITY]] when I was [[twelve|AGE]], in [[2010|DATE]]. Did my BA at [[University of Canterbury|SCHOOL]].

AI: What does a typical day look like for you, [[Jenny|PERSON]]?

User: lots of calls about rates, bins, dog registration, potholes lol. everything gets logged in [[TechOne|SOFTWARE]]. the council rolled out [[Copilot|AI_PRODUCT]] for some teams last year and my team leader [[Mereana Tipene|PERSON]] put us on the trial. I use it to summarise long email complaints and draft replies. honestly the bin complaints are the longest emails you've ever seen.

AI: How has [[Mereana|PERSON]] approached the trial?

User: she's really thoughtful about it. [[Mereana|PERSON]] made us agree we never paste a ratepayer's name or address into it, even though it's the enterprise version. She also made sure the te reo Māori in our templates is checked by a person, because [[Copilot|AI_PRODUCT]] gets macrons wrong and sometimes makes up words. our [[Pou Tikanga|JOB_TITLE]], [[Wiremu|PERSON]], checks all of it.

AI: Do you use any other AI tools?

User: yeah [[Papago|AI_PRODUCT]] when Korean residents call in, and [[ChatGPT|AI_PRODUCT]] at home sometimes. my coworker [[Ivy Chen|PERSON]] uses it to help write her toastmasters speeches lol. and I'm a bit into making food content, I'm [[jiwoo.eats.chch|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], I use AI for captions there too.

AI: Are there any local issues where AI is controversial?

User: for sure. after the earthquakes everyone here is sensitive about council getting things right. my mum still talks about [[the 22nd of February 2011|DATE]]. people get upset if a reply feels like a robot wrote it. and the mayor [[Phil Mauger|PUBLIC_FIGURE]] got asked about AI at some community meeting and said something like "as long as the potholes get fixed" haha, which, fair.

AI: Thanks, [[Jenny|PERSON]]. Anything else you'd like to add?

User: just that it's helped my confidence writing in English, even after all these years. oh and if you need me for follow up, my personal email is [[jiwoo.park.nz (at) gmail (dot) com|OBF_EMAIL|paren_at_dot]]. i live in [[Ilam|CITY]] so I can come into [[Christchurch|CITY]] central whenever.""")

T.append("""AI: Good morning! Thank you for joining. Could you tell me about yourself?

User: Good morning po. I am [[Rowena Sumalinog|PERSON]], [[Teacher III|JOB_TITLE]] at [[Buhangin Central Elementary School|SCHOOL]] here in [[Davao City|CITY]]. I am [[forty-two|AGE]] years old, 18 years already in [[DepEd|ORGANIZATION]]. I graduated BEEd at [[University of Mindanao|SCHOOL]] in [[2004|DATE]].

AI: How do you use AI in your teaching?

User: Lesson plans mostly. [[DepEd|ORGANIZATION]] requires the daily lesson log every week, it takes hours. I use [[ChatGPT|AI_PRODUCT]] and [[MagicSchool|AI_PRODUCT]] to make the first draft, then I adjust to our curriculum. Also for quizzes and reading materials in Bisaya. I even have a small channel for other teachers, [[youtube.com/@TeacherWenaDavao|URL]], where I share my prompts. For grades we use [[LIS|SOFTWARE]] and the [[Excel|SOFTWARE]] templates, no AI there.

AI: How does your school leadership view it?

User: Our [[principal|JOB_TITLE]] Ma'am [[Edith Caballero|PERSON]] is supportive but careful. In our LAC session in [[August 2023|DATE]] she said use it but don't copy-paste blindly. Ma'am [[Edith|PERSON]] also said no learner names or LRN in [[ChatGPT|AI_PRODUCT]]. My co-teacher [[Faith|PERSON]], the [[Grade 4 adviser|JOB_TITLE]], has too much faith in AI haha, she wanted it to write all the report card comments.

AI: Have you encountered problems with the tools?

User: Yes, sometimes it gives examples from [[America|COUNTRY]] like dollars and snow. Our pupils never saw snow! And for Filipino subject it mixes Tagalog and Bisaya wrongly. Also the internet in school is slow so I do the AI work at home at night in [[Cabantian|CITY]]. My son [[Paolo|PERSON]], he is [[fourteen|AGE]], helps me when I am stuck.

AI: What about the bigger picture, AI in public schools in the [[Philippines|COUNTRY]]?

User: I think it can help teachers who are overloaded. We have 48 pupils in one section! When [[Sara Duterte|PUBLIC_FIGURE]] was still the secretary there was already talk about AI, and now [[Sonny Angara|PUBLIC_FIGURE]] also. But the training is not enough. We need our own tools in Bisaya.

AI: Thank you, [[Rowena|PERSON]]! How can we contact you if we have more questions?

User: You can email [[rowena.sumalinog AT deped DOT gov DOT ph|OBF_EMAIL|caps_at_dot]] or text [[zero nine one eight, 5 5 4, 7 1 zero 2|OBF_PHONE|mixed_words_digits]]. And if there is honorarium, my TIN is [[318-552-907-000|NATIONAL_ID]]. Salamat po!""")

T.append("""AI: Hello, thanks for joining. Please tell me a little about yourself.

User: Hi, I'm [[Hira Naqvi|PERSON]], I'm [[twenty six|AGE]], working as [[pharmacist in charge|JOB_TITLE]] at [[Shifa Medical Store|ORGANIZATION]], a retail pharmacy in [[Gulshan-e-Iqbal|CITY]], [[Karachi|CITY]]. I did my Pharm-D from [[Dow University of Health Sciences|SCHOOL]] in [[2021|DATE]].

AI: What does a day at the pharmacy involve, and where does AI come in?

User: Dispensing, checking prescriptions, inventory. We are open till 2am so I do evening shift. Stock is in [[PharmaPlus POS|SOFTWARE]]. For AI, I use [[ChatGPT|AI_PRODUCT]] to check drug interactions quickly, but always confirm in the proper reference. Also to read bad handwriting of doctors haha, I take photo and ask [[Gemini|AI_PRODUCT]] what is written, but honestly it is only fifty percent right.

AI: Do prescriptions have patient details on them?

User: Yes, name, age, sometimes phone number. So now I crop the top before uploading. The owner, Mr [[Khurram Sheikh|PERSON]], didn't know I was doing this, when he found out first he was angry then he asked me to teach him lol. My brother [[faisal|PERSON]] works in IT in [[Dubai|CITY]], he is the one who told me never upload the full image.

AI: Do your colleagues use AI as well?

User: My senior [[saima|PERSON]] baji, she is [[senior pharmacist|JOB_TITLE]] at our other branch in [[Bahadurabad|CITY]], she doesn't trust it at all. [[The salesboys|GENERIC_ROLE]] use it for cricket scores only haha. [[Saima|PERSON]] baji says in [[Pakistan|COUNTRY]] the drug names are different brands so AI gets confused, and she is right, it suggested a brand that is not even registered here.

AI: How do customers react to AI?

User: Most don't know. Some aunties ask "beta, did you check in the computer". A few young customers show me what [[ChatGPT|AI_PRODUCT]] told them and want antibiotics without prescription. That is a big problem, I say no. Others come with the [[Ada|AI_PRODUCT]] symptom app result and say give me this medicine, and I say first go to [[the doctor|GENERIC_ROLE]]. There was a morning show, [[Nida Yasir|PUBLIC_FIGURE]] had some guest saying AI will replace doctors, after that more people came asking haha.

AI: Thanks, [[Hira|PERSON]]. How can we reach you later?

User: I post medicine awareness on [[Instagram|SOFTWARE]], [[@pharmacist.hira|SOCIAL_HANDLE]], you can DM. Or call [[sifar teen teen do, saat chaar aath, ek paanch nau do|OBF_PHONE|urdu_digit_words]]. Home address if needed is [[Flat B-7, Rufi Heights, Block 13-D|ADDRESS]], [[Gulshan-e-Iqbal|CITY]].""")

T.append("""AI: Hello, thank you for joining. Could you please introduce yourself?

User: Thank you. My name is [[Yaw Darko|PERSON]]. I am [[forty-seven|AGE]] years. I work as [[purchasing clerk|JOB_TITLE]] for [[Kuapa Kokoo|ORGANIZATION]], the cocoa farmers cooperative, in the [[Sefwi Wiawso|CITY]] area, [[Western North Region|CITY]]. I buy the cocoa from farmers, weigh it, record and pay. I am doing it since [[2016|DATE]]. Before that I was teaching at [[Sefwi Wiawso Senior High|SCHOOL]].

AI: Where does AI come into that work, if at all?

User: Small small. The cooperative now uses tablets for the farmer register with GPS of the farms, because of the new rules from [[Europe|CONTINENT]] on deforestation. I don't think that one is AI. But me, I use [[ChatGPT|AI_PRODUCT]] on my phone to check the payment calculations when network allows, and to write letters to [[the district officer|GENERIC_ROLE]]. Also [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]], my son showed me.

AI: Can you give me an example?

User: At the start of the [[2024/25 season|DATE]] [[COCOBOD|ORGANIZATION]] announced the new farmgate price and the farmers were confused about per bag and per tonne. I asked [[ChatGPT|AI_PRODUCT]] to make a simple table and I printed it. Opanyin [[Kofi Boadu|PERSON]], he is [[seventy-something|AGE]], didn't trust the table until I showed him with the scale. [[Kofi|PERSON]] is a wise man, he said "the phone does not carry cocoa".

AI: Do you share farmer information with these tools?

User: No names. But the tablet has everything, names, national ID numbers, farm size. I am careful. Once I snapped my own national ID card, [[GHA-718392045-3|NATIONAL_ID]], to ask AI to read the expiry date, and my wife [[Akosua|PERSON]] scolded me. She is a [[staff midwife|JOB_TITLE]] at [[Sefwi Wiawso Municipal Hospital|ORGANIZATION]], she knows about data.

AI: How do you see AI for cocoa farmers in [[Ghana|COUNTRY]]?

User: It can help with disease, the swollen shoot. There are apps that check the leaf. But the young men are leaving cocoa for galamsey, AI cannot solve that. [[John Mahama|PUBLIC_FIGURE]] promised to fight galamsey, we are watching. My son is [[19|AGE]], he says he will do agric at [[UENR|SCHOOL]] and come back with drones. I pray so.

AI: Thank you, [[Yaw|PERSON]]. How can we reach you for a follow-up?

User: Call me on [[024 771 0586|PHONE_NUMBER]], or my second line [[zero five five, three one eight, double four two zero|OBF_PHONE|digits_as_words]]. My house digital address is [[WN-0120-4471|ADDRESS]]. God bless.""")

T.append("""AI: Hi, thanks for joining. Could you introduce yourself and your organisation?

User: hiya, I'm [[Ciara McAllister|PERSON]], [[Fundraising & Comms Officer|JOB_TITLE]] at [[Lagan Lights Trust|ORGANIZATION]], we're a tiny mental health charity in east [[Belfast|CITY]]. I'm 0.8 FTE and the only paid comms person. I'm [[31|AGE]], grew up in [[Lurgan|CITY]], did English at [[Queen's|SCHOOL]] and a masters at [[Ulster University|SCHOOL]] back in [['17|DATE]].

AI: How do you use AI in fundraising and comms?

User: constantly lol. [[Claude|AI_PRODUCT]] is my go-to for grant applications, it's better at long-form than [[ChatGPT|AI_PRODUCT]] I find. I tried [[Jasper|AI_PRODUCT]] for a while too but it was too pricey for us. [[Canva|SOFTWARE]] for graphics and the magic resize thing. Our donor database is [[Beacon|SOFTWARE]] and newsletters go out on [[Mailchimp|SOFTWARE]]. I've a prompt library in [[Notion|SOFTWARE]] that I share with other small charities.

AI: Who else at the charity is involved?

User: our [[CEO|JOB_TITLE]] [[Noel Magee|PERSON]], he's [[sixty-three|AGE]] and thinks AI is witchcraft haha. but he signed off my AI policy in [[January 2024|DATE]] after I showed him it wrote a first draft of our [[National Lottery Community Fund|ORGANIZATION]] bid in twenty minutes. And our [[volunteer coordinator|JOB_TITLE]], [[Patience Okafor|PERSON]], uses it for rotas and training handouts.

AI: Is there anything you won't put into these tools?

User: anything about service users, full stop. Their stories are the heart of fundraising but I write those by hand with consent. I did slip once, I pasted a donor thank-you list into [[ChatGPT|AI_PRODUCT]] to personalise letters and it had a donor's home address on it, [[48 Kensington Road|ADDRESS]], [[BT5 6NF|ADDRESS]]. I told [[Noel|PERSON]] and we logged it internally. Since then [[Patience|PERSON]] and I strip everything first.

AI: How do you share your work publicly?

User: I'm [[@ciaramca_raises|SOCIAL_HANDLE]] on X and on [[LinkedIn|SOFTWARE]] at [[linkedin.com/in/ciara-mcallister-fundraising|URL]]. I did a talk at a [[NICVA|ORGANIZATION]] event on AI for small charities on [[30 November 2023|DATE]]. People kept asking would we all be replaced. I said [[Stephen Nolan|PUBLIC_FIGURE]] hasn't been replaced by a robot yet so I think I'm grand.

AI: Thanks, [[Ciara|PERSON]]. Any final thoughts?

User: just that for tiny charities AI is a leveller, we can't afford [[a bid writer|GENERIC_ROLE]]. but it's only as good as the person checking it. you need patience with it, it's not magic. and [[Noel|PERSON]]'s come round, he asked me last week to show him how to use it for his speech at the [[Christmas|GENERIC_TIME]] fundraiser.""")

T.append("""AI: Hi, thanks for joining. Could you tell me a bit about yourself?

User: Sure. I'm [[Renee Old Horn|PERSON]]. I'm a [[Child Protection Specialist II|JOB_TITLE]] with [[CFSD|ORGANIZATION]], that's the [[Child and Family Services Division|ORGANIZATION]], in [[Great Falls|CITY]], [[Montana|CITY]]. I'm in my [[forties|AGE]], grew up on the [[Crow Reservation|CITY]] near [[Lodge Grass|CITY]]. Got my BSW at [[University of Montana|SCHOOL]] in [[2009|DATE]].

AI: How does AI figure into child protection work for you?

User: carefully, lol. the state case system is [[CAPS|SOFTWARE]], ancient, no AI there. the state turned on [[Copilot|AI_PRODUCT]] in [[Microsoft 365|SOFTWARE]] for us in the [[spring of 2024|DATE]]. I use it for summarizing policy memos and drafting training materials. Case notes, no. my [[supervisor|JOB_TITLE]] [[Marty Kessler|PERSON]] is firm that nothing identifying goes near it.

AI: Has anyone on the team pushed those limits?

User: once. a newer worker, I won't say who, pasted a whole intake into [[ChatGPT|AI_PRODUCT]] on her personal phone to get help writing the report, the kid's social and everything, [[516-48-2291|NATIONAL_ID]], I saw it on her screen. we had to report it as a privacy incident. [[Marty|PERSON]] handled it well, no shaming, but it was a wake-up call for the whole unit.

AI: Are there places where AI genuinely helps, [[Renee|PERSON]]?

User: translation sometimes. we have families who speak Spanish, and [[Gemini|AI_PRODUCT]] does ok for a first pass, we still get [[a real interpreter|GENERIC_ROLE]] for anything formal. for Crow nothing works, which honestly I'm glad about, some things should stay ours. I drive 300 miles some weeks across [[Cascade County|CITY]] and out to the reservations, so mostly AI is just not part of my day.

AI: What do you think policymakers should understand?

User: that a tool can't do a home visit. [[Greg Gianforte|PUBLIC_FIGURE]] talks about modernizing state IT and fine, [[CAPS|SOFTWARE]] needs it. but kids need workers who stay, our turnover is brutal. my partner in the unit, [[Bill Running Crane|PERSON]], says AI isn't going to pay anyone's bills or sit with a scared kid at 2am. [[Bill|PERSON]]'s been doing this longer than me.

AI: Thanks so much. Anything else you'd like to share?

User: If you write anything up, my work email's [[renee.oldhorn@mt.gov|EMAIL_ADDRESS]]. I'm off the week of the [[Fourth of July|GENERIC_TIME]] though. and my daughter [[Winona|PERSON]], she's [[thirteen|AGE]], thinks it's hilarious that I'm being interviewed about AI.""")

T.append("""AI: G'day, thanks for joining. Tell us a bit about yourself?

User: g'day. [[Craig McKenzie|PERSON]], but everyone calls me [[Macca|PERSON]]. I'm [[fifty-six|AGE]], drove trucks thirty years and now I'm [[fleet coordinator|JOB_TITLE]] at [[Downs Haulage|ORGANIZATION]] in [[Toowoomba|CITY]], up on the [[Darling Downs|CITY]]. 22 trucks, mostly grain and cattle.

AI: How does AI come into your job, [[Macca|PERSON]]?

User: didn't think it did til my daughter pointed it out. the trucks run [[MTData|SOFTWARE]] telematics and we've got fatigue cameras, [[Guardian|AI_PRODUCT]], that use AI to spot if a driver's nodding off. and I use [[ChatGPT|AI_PRODUCT]] for writing up toolbox talks and the chain of responsibility paperwork, which is endless.

AI: How do the drivers feel about the fatigue cameras?

User: hated them at first. one of my blokes, [[Dusty Wallace|PERSON]], real name [[Dustin|PERSON]], reckoned it was spying. then it woke him up on the highway out past [[Dalby|CITY]] one night in [[winter 2022|DATE]] and he changed his tune quick. now [[Dusty|PERSON]] is the biggest fan. roads out there are dusty and long, you do nod off.

AI: Do you put driver information into [[ChatGPT|AI_PRODUCT]]?

User: nah. rosters are in [[Excel|SOFTWARE]] and driver details stay there. my daughter [[Jess|PERSON]], she's [[24|AGE]] and does the books part time, showed me how to turn off the chat history thing. she's on [[TikTok|SOFTWARE]] as [[@jess.does.trucks|SOCIAL_HANDLE]] showing life in a trucking family, got a fair few followers now.

AI: What about AI more broadly in transport?

User: they keep talking about driverless trucks. I'll believe it when one backs a B-double into a cattle yard in the wet. [[Johnathan Thurston|PUBLIC_FIGURE]] could probably do it, he could do anything lol. seriously though, the fatigue stuff saves lives, the rest is a lot of hype. [[Elon Musk|PUBLIC_FIGURE]] can keep his robot trucks.

AI: Thanks, [[Macca|PERSON]]. How can we reach you if needed?

User: mobile's [[0427.319.550|OBF_PHONE|dot_split]], or the depot, [[14 Carrington Road|ADDRESS]], [[Torrington|CITY]]. email's [[craig.mckenzie@downshaulage.com.au|EMAIL_ADDRESS]]. just not during harvest, [[November|GENERIC_TIME]] is flat out.""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_j")
