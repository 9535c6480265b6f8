# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----

T.append("""AI: Thanks for joining me today. To start, could you tell me a little about your role and where you're based?

User: Happy to. I'm [[Rebecca Thornton|PERSON]], I'm [[43|AGE]], and I'm a [[Senior Policy Adviser|JOB_TITLE]] at the [[Department for Work and Pensions|ORGANIZATION]]. I work out of the [[Leeds|CITY]] office, though most of my team is split between there and [[Sheffield|CITY]]. I joined the civil service in [[2009|DATE]] as a fast streamer, straight after a master's at [[Durham University|SCHOOL]], so I've seen a few waves of "transformation" come and go.

AI: How does AI show up in your day-to-day work at the moment?

User: More modestly than the headlines suggest. We've had [[Microsoft Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]] since a departmental pilot started in [[October 2023|DATE]]. I mostly use it to summarise long email chains and to turn my meeting notes into actions. We are absolutely not allowed to put anything containing claimant data into [[ChatGPT|AI_PRODUCT]] or any other public tool, which I think is right. [[My deputy director|GENERIC_ROLE]] is an enthusiast and sends round a "prompt of the week" every [[Friday|GENERIC_TIME]], which people either love or quietly mute.

AI: Could you walk me through a specific time it helped, or didn't?

User: The clearest example was a submission I drafted in [[March 2024|DATE]], back when [[Rishi Sunak|PUBLIC_FIGURE]] was still in Number 10 and everything had a pre-election feel. My colleague [[Tomasz Wójcik|PERSON]] and I had about forty pages of consultation responses. [[Copilot|AI_PRODUCT]] gave us a decent thematic summary in minutes, but when [[Tomasz|PERSON]] checked it against the source it had invented a statistic - it said most respondents supported a change when it was closer to a third. So now the rule in our team is that it drafts, humans verify, and nothing goes up to [[the private office|GENERIC_ROLE]] without a named checker.

AI: You mentioned [[Tomasz|PERSON]] checking the output. Do others in the team use it the same way?

User: Not at all. [[Tomasz|PERSON]] is the sceptic, he'd rather read everything himself. Our analyst [[Grace Adeyemi|PERSON]] uses it constantly for [[Excel|SOFTWARE]] formulas, and honestly by the grace of [[Copilot|AI_PRODUCT]] she's cut a day off our monthly reporting. [[Will|PERSON|name_is_word]], our newest [[policy officer|JOB_TITLE]], uses it for everything, which worries me a bit. I've had to remind him that it will happily sound confident about things it doesn't know.

AI: Has there ever been a moment where something went wrong with data?

User: Once, yes. A new starter in [[Grace|PERSON]]'s team pasted a row from a spreadsheet into a public chatbot to "tidy the formatting". It included a National Insurance number, [[JR 63 41 88 B|NATIONAL_ID]], and a home address, [[27 Harehills Lane|ADDRESS]]. I only remember the details because I wrote the incident report with [[our data protection officer|GENERIC_ROLE]]. Nothing came of it, but it led to proper training for the whole directorate. Going forward, what I'd really want is better grounding in our own guidance. If it could search the internal policy library properly rather than guessing, I'd use it twice as much. And clearer rules across government - friends at [[HMRC|ORGANIZATION]] seem to have a completely different set of dos and don'ts to us.

AI: Thank you, [[Rebecca|PERSON]]. Is there anything else you'd like to add, or a way to follow up with you?

User: Only that I'm cautiously positive. If you do want to follow up, my personal email is best - [[rthornton81 at outlook dot com|OBF_EMAIL|spelled_at_dot]]. I'd rather not mix research things with the work address.""")

T.append("""AI: Hi, thanks for taking part. Can you start by telling me what you do?

User: hi! so im [[Ciarán Buckley|PERSON]], [[thirty-one|AGE]], im the [[supervising pharmacist|JOB_TITLE]] in [[Lehane's Pharmacy|ORGANIZATION]] in [[Ballincollig|CITY]], just outside [[Cork|CITY]] city. qualified from [[RCSI|SCHOOL]] in [[2016|DATE]] and been with [[lehanes|ORGANIZATION]] about 5 years now

AI: How do you use AI tools in the pharmacy, if at all?

User: honestly mostly [[ChatGPT|AI_PRODUCT]] on my phone for the boring writing stuff, i tried [[Copilot|AI_PRODUCT]] once but didnt get on with it. like if a patient needs a plain english explanation of how to take their new inhaler, or a leaflet for the flu clinic we do every [[October|GENERIC_TIME]]. i never use it for actual clinical checking, for interactions i use the proper references and whats built into [[Touchstore|SOFTWARE]], our dispensing system. my boss [[eileen|PERSON]] is fine with it as long as nothing identifiable goes in

AI: You mentioned [[Eileen|PERSON]] setting that rule. How did that come about?

User: ha, there was a bit of a scare. one of our counter staff was trying to get it to write a letter for a patients medical card renewal and she typed in the whole thing, name, dob, PPS number [[7834512TA|NATIONAL_ID]], the lot. [[Eileen|PERSON]] nearly had a canary. we reported it internally, nothing happened, but after that we made a little laminated sign for the dispensary that says NO NAMES NO NUMBERS lol

AI: Are there other people on the team who use it?

User: our tech [[Joy Manalo|PERSON]] is the real power user, shes from [[Cebu|CITY]] originally and uses it to double check her english in emails to suppliers and the wholesaler which i think is fair enough, her english is better than mine anyway. my girlfriend [[siobhán|PERSON]] is a [[staff nurse|JOB_TITLE]] in the [[Mercy|ORGANIZATION]] and she uses it the same way. i tried to get it working for rotas but no joy, it kept putting [[Joy|PERSON]] on two shifts at once haha. the irony

AI: What about the busy times - does it change how you work then?

User: over [[Christmas|GENERIC_TIME]] its mental, and every [[saturday|GENERIC_TIME]] too, everyone wants their prescriptions at once, and i find i use it even more for quick stuff, like rewording a message to Dr. [[Fitzgerald|PERSON]]'s practice so it sounds polite and not like im losing my mind. i'd love something that actually reads the scripts and flags stuff but i dont trust it yet, id want it properly approved by [[the regulator|GENERIC_ROLE]] first and honestly, make them work offline and make them know irish stuff! it keeps giving me guidance from the [[UK|COUNTRY]] when we're in [[Ireland|COUNTRY]], drives me mad

AI: Thanks so much, [[Ciarán|PERSON]]. Would you be open to a follow-up?

User: ya sure, text is easiest, its [[oh eight seven, two two one, four nine six three|OBF_PHONE|digits_as_words]]. evenings are better""")


T.append("""AI: Hello, and thank you for your time. Could you introduce yourself and your work?

User: Hello. My name is [[Aniket Deshpande|PERSON]], I am [[34|AGE]] years old and I am working as [[Assistant Project Manager|JOB_TITLE]] with [[Larsen & Toubro|ORGANIZATION]] on one metro package here in [[Pune|CITY]]. Originally I am from [[Nashik|CITY]]. I did my B.Tech civil from [[COEP|SCHOOL]] and after that M.Tech from [[IIT Bombay|SCHOOL]]. I joined [[L&T|ORGANIZATION]] in [[June 2015|DATE]].

AI: How do you use AI tools in your work as an engineer?

User: Mainly for documentation. In construction there is lot of paperwork - method statements, RFI replies, minutes of meeting. I use [[ChatGPT|AI_PRODUCT]] to make first draft and then I correct. For drawings we are using [[AutoCAD|SOFTWARE]] and for schedule [[Primavera P6|SOFTWARE]], there AI is not coming much. Sometimes I use [[Gemini|AI_PRODUCT]] also because it is there in my phone. My senior [[Ramesh|PERSON]] sir is little old school, he says "first learn to write yourself", but now even he is asking me to make his letters with [[ChatGPT|AI_PRODUCT]], haha.

AI: Can you tell me about a time it was particularly useful?

User: Yes, in monsoon last year there was waterlogging near one station box and we had to send a delay justification to client within one day. My colleague [[Sunny Malhotra|PERSON]] and I gave all site photos description and rainfall data, and [[ChatGPT|AI_PRODUCT]] made a very clean report structure. [[Sunny|PERSON|name_is_word]] checked all the numbers. Client accepted it. Even on a sunny day that report would take two days normally.

AI: Did anything go wrong, or surprise you?

User: One mistake I did. I pasted the vendor registration form to ask it to make a summary, and inside was the PAN number of the subcontractor proprietor, [[BQXPD4821K|NATIONAL_ID]], and his home address [[Flat 12, Shivneri Apartments, Karve Road|ADDRESS]]. After I realised I deleted the chat, but our IT team told that deleting is not enough. So now we are having a company approved tool and I use only that for anything with vendor or client data.

AI: How do other people around you feel about it?

User: Young engineers are using a lot, site supervisors not so much. My wife [[Snehal|PERSON]] is [[school teacher|JOB_TITLE]] and she is more against it than me, she says students are copying everything. Our daughter is only [[five|AGE]] so for now no problem! In [[India|COUNTRY]] I think construction industry will be slow to adopt, but in [[Japan|COUNTRY]] and [[Europe|CONTINENT]] they are using it for site monitoring also.

AI: Thank you, [[Aniket|PERSON]]. What would you like these tools to do better?

User: They should understand Indian codes properly, IS codes, not only American standards. Many times it gives me ACI reference when I asked for IS 456. If you want to contact me further, my LinkedIn is [[linkedin.com/in/aniket-deshpande-pe|URL]], you can message there.""")

T.append("""AI: Thank you for joining. Could you start by describing your role?

User: Of course. I'm [[Michelle Tan Hui Min|PERSON]], and I lead talent acquisition at [[Kestrel Freight Asia|ORGANIZATION]], a regional logistics company headquartered in [[Singapore|CITY]]. My title is [[Talent Acquisition Lead|JOB_TITLE]], and I have a team of four recruiters covering hiring across [[Asia|CONTINENT]], mainly [[Malaysia|COUNTRY]], [[Vietnam|COUNTRY]] and [[Indonesia|COUNTRY]]. I'm [[38|AGE]], a [[NUS|SCHOOL]] graduate, and I've been in HR for about fifteen years.

AI: Where does AI fit into your recruiting work?

User: It's everywhere now, to be honest. Our applicant tracking system is [[Workday|SOFTWARE]], and it has built-in matching, which I treat with some suspicion. We use [[ChatGPT Enterprise|AI_PRODUCT]] for drafting job descriptions and interview guides, and we trialled [[Textio|AI_PRODUCT]] to check our adverts for biased language. I personally use it most for outreach messages on [[LinkedIn Recruiter|SOFTWARE]], where you need to write fifty slightly different notes in an afternoon.

AI: Is there a specific example you could share?

User: Last quarter we were hiring a warehouse operations manager in [[Ho Chi Minh City|CITY]], and my [[recruiter|JOB_TITLE]] [[Arjun Pillai|PERSON]] used AI to translate and localise the job ad into Vietnamese. A local colleague, [[Pham Minh Chau|PERSON]], then reviewed it and said it read like a government notice - technically correct but very stiff. So [[Arjun|PERSON]] rewrote it with her help. The final version got almost double the applications. That's the pattern: the tool gets you seventy percent, a human gets you the rest.

AI: Have there been any concerns around candidate data?

User: Yes, one that I still think about. A junior coordinator pasted a full CV into the public version of [[ChatGPT|AI_PRODUCT]] to summarise it, and the CV included the candidate's NRIC, [[S8734512D|NATIONAL_ID]], plus a home address in [[Tampines|CITY]]. Under the PDPA that's a real issue. My boss, [[Hope Lim|PERSON]], handled it with our [[Data Protection Officer|GENERIC_ROLE]], and we tightened the policy afterwards. I hope we've learnt from it - we now strip identifiers before anything touches an AI tool.

AI: You mentioned [[Hope|PERSON|name_is_word]]. How does leadership view AI more broadly?

User: [[Hope|PERSON]] is pragmatic. She wants efficiency but she's very aware of fairness. Our [[CHRO|GENERIC_ROLE]] is more bullish - after every regional conference in [[November|GENERIC_TIME]] he comes back wanting a new tool. I'm somewhere in the middle.

AI: Thank you, [[Michelle|PERSON]]. How can we follow up with you?

User: You can email me at [[michelle.tan@kestrelfreight.sg|EMAIL_ADDRESS]] or find me at [[linkedin.com/in/michelletanhm|URL]]. Either is fine.""")

T.append("""AI: Hi there, thanks for chatting with me. What do you do for work?

User: hey :) im [[thandi|PERSON]], well [[Thandiwe Mokoena|PERSON]] on my payslip lol. im a [[customer support agent|JOB_TITLE]] at [[Vodacom|ORGANIZATION]], the contact centre in [[Century City|CITY]]. i'm [[26|AGE]], been there since [[2021|DATE]]. i stay in [[Khayelitsha|CITY]] so the taxi in the morning is a whole thing

AI: How does AI come into your work?

User: so our ticketing is [[Zendesk|SOFTWARE]] and last year they switched on [[Zendesk AI|AI_PRODUCT]] which gives u suggested replies. sometimes its actually good, sometimes it tells a customer to restart there router when they phoned about a billing thing haha. we also have a bot on [[whatsapp|SOFTWARE]] that handles the easy stuff before it comes to us. i use [[ChatGPT|AI_PRODUCT]] on my own phone sometimes to help me say something nicely when a customer is being really rude

AI: Can you tell me about a specific time with the suggested replies?

User: ok so [[Black Friday|GENERIC_TIME]] in [[November 2023|DATE]] was crazy, like 80 tickets a shift. the ai replies saved me honestly. but one time a customer gave their delivery address in the chat, [[14 Protea Road|ADDRESS]], [[Claremont|CITY]], and the bot copied it into a reply that went to a different customer!! my tl [[ruan|PERSON]] ([[Ruan van Wyk|PERSON]]) had to log it as an incident. it wasnt me but we all had to do retraining

AI: What did [[Ruan|PERSON]] say about it?

User: [[Ruan|PERSON]] was chill about it, he said the tool must help us not replace our eyes. now we have to read every suggestion before sending, which obviously we should anyway. my friend [[Mark Jacobs|PERSON]] sits next to me and he just clicks accept accept accept, i keep telling him mark it as reviewed only when u actually read it. [[Mark|PERSON|name_is_word]] never listens

AI: How do you feel about AI in your job long term?

User: bit scared tbh. they keep saying the bots will take the simple tickets and we will do "complex" ones but then why do they need so many of us. my mom [[Nomsa|PERSON]] works at [[Absa|ORGANIZATION]] in [[Bellville|CITY]] and they already cut her team. jobs in [[South Africa|COUNTRY]] are not easy to find. on [[weekends|GENERIC_TIME]] i do a course in IT support at [[CPUT|SCHOOL]] just in case

AI: That's really useful context, thank you. Anything you'd like to add or a way to reach you?

User: nah thats it i think. if u want to follow up im [[@thandi_m_za|SOCIAL_HANDLE]] on tiktok or instagram, same name both. thanks for listening!!""")


T.append("""AI: Thanks for making time for this. Could you tell me about your job?

User: Sure. I'm [[Declan O'Rourke|PERSON]], a [[senior reporter|JOB_TITLE]] at the [[Northside Courier|ORGANIZATION]], which is a small independent masthead covering [[Brunswick|CITY]], [[Coburg|CITY]] and the inner north of [[Melbourne|CITY]]. I've been there since [[2016|DATE]], before that I did a journalism degree at [[RMIT|SCHOOL]] and a couple of years of court reporting. I'm in my [[late thirties|AGE]], which in this industry makes me a veteran.

AI: How are you using AI in your reporting?

User: The biggest one by far is transcription. I record interviews and run them through [[Otter|AI_PRODUCT]], which turns an hour of council meeting into searchable text. That alone gives me back half a day a week. I use [[Perplexity|AI_PRODUCT]] occasionally for background, but I treat it like a tip from a stranger at the pub - interesting, unverified. Our editor has banned [[ChatGPT|AI_PRODUCT]] for writing copy, full stop.

AI: You mentioned the editor's ban. How did that come about?

User: [[Priyanka Raman|PERSON]], our editor, saw what happened at a few overseas outlets where AI-written stories went out with fabricated quotes. She wrote a one-page policy in about [[February 2023|DATE]]: AI can help you find, sort and transcribe, but every word the reader sees is written by a human. I think [[Priyanka|PERSON]] got it exactly right. Our credibility is all we've got.

AI: Can you think of a time AI got something wrong in your work?

User: Yes. [[Otter|AI_PRODUCT]] misheard a councillor - [[Anh Tran|PERSON]], she's the member for the east ward - and the transcript had her saying the opposite of what she meant about a housing development near the tram depot. I caught it because I'd been in the room. If I'd relied on the transcript it would have been a correction, maybe a defamation letter. It's also rubbish at Australian accents in a noisy hall.

AI: How do you think about AI more broadly, in the news industry?

User: Mixed. The big platforms are training on our work for free. When [[Elon Musk|PUBLIC_FIGURE]] or whoever talks about AI replacing journalism, they mean replacing the cheap end, and we're the cheap end. At the same time, I watched [[Anthony Albanese|PUBLIC_FIGURE]]'s press conference last week through an auto-captioned stream and thought, that's genuinely good for accessibility. Both things are true. At home it's different. My daughter [[Ruby|PERSON]] is [[eleven|AGE]] and uses it for homework, which we argue about. I mostly use it to plan our trips - we're going to [[Europe|CONTINENT]] over the [[Christmas|GENERIC_TIME]] break and it built a decent itinerary for [[Portugal|COUNTRY]].

AI: Thanks, [[Declan|PERSON]]. Is there a way to follow up with you?

User: I'm [[@declanorourke_news|SOCIAL_HANDLE]] on X, though I'm barely on there now, and [[declanor.bsky.social|SOCIAL_HANDLE]] on Bluesky is where I actually post.""")

T.append("""AI: Hello, thanks for participating. Can you tell me about yourself and your work?

User: Hi, yes. I am [[Sanne de Vries|PERSON]], I am [[39|AGE]] and I work as [[project architect|JOB_TITLE]] at [[Atelier Kade 9|ORGANIZATION]], it is a small office of around twelve people in [[Rotterdam|CITY]], close to the [[Kop van Zuid|CITY]]. I studied at [[TU Delft|SCHOOL]] and I am working here since [[2017|DATE]]. We do mostly housing renovation and some small public buildings.

AI: How does AI appear in your architectural work?

User: In the beginning of the design we use [[Midjourney|AI_PRODUCT]] a lot for mood images, to talk with the client about atmosphere. It is very fast but the pictures are also a bit dangerous because clients fall in love with things that cannot be built, haha. For the real work we use [[Revit|SOFTWARE]] and [[Rhino|SOFTWARE]], and we tried [[Veras|AI_PRODUCT]] which is a plugin that makes renders from the model. Also [[ChatGPT|AI_PRODUCT]] for writing the explanation texts for the municipality, because Dutch bureaucracy language is its own language.

AI: Could you give me an example of a project where this mattered?

User: Yes, in [[spring 2023|DATE]] we did a renovation of an old merchant house for a private client, the address is [[Mathenesserlaan 212|ADDRESS]], [[3021 HP|ADDRESS]] [[Rotterdam|CITY]]. Monumental building so very strict rules. My colleague [[Emre Yıldız|PERSON]] used [[ChatGPT|AI_PRODUCT]] to summarise all the heritage regulations, around eighty pages, and it helped us find the important parts quickly. But it also missed one rule about the window frames, and [[Emre|PERSON]] only found it because the city advisor told us. So we learned it is a start, not the answer.

AI: How does your team feel about these tools?

User: Our partner [[Joost|PERSON]] is sceptical, he says architecture is about thinking with the hand, drawing. He always mentions [[Rem Koolhaas|PUBLIC_FIGURE]] and how he works with ideas not images. The younger ones love it. I am in the middle. Every [[Tuesday|GENERIC_TIME]] we have a studio meeting and often the discussion goes to AI, it is a bit tiring honestly.

AI: Are there concerns around client data or privacy?

User: Yes. We had a small incident when a trainee uploaded the floor plans with the client name and his BSN number, [[204857361|NATIONAL_ID]], because it was in the permit form, to a free online AI tool. [[Joost|PERSON]] was very angry. Now we have the rule: only anonymous drawings to external tools. Also we work sometimes with clients in [[Belgium|COUNTRY]] and there the rules feel different again.

AI: Thank you, [[Sanne|PERSON]]. Is there anything else, or a way to contact you?

User: I think that is all. You can find my portfolio on [[sannedevries.nl|URL]], there is a contact form.""")


T.append("""AI: Thanks for joining. Could you start by telling me about your research and your role?

User: Sure. I'm [[Oluwaseun Adebayo|PERSON]] - most people call me [[Seun|PERSON]]. I'm a [[postdoctoral fellow|JOB_TITLE]] in computational epidemiology at [[McGill University|SCHOOL]] in [[Montreal|CITY]]. I started here in [[September 2022|DATE]] after finishing my PhD at the [[University of Toronto|SCHOOL]]. Before that I did my undergrad at the [[University of Ibadan|SCHOOL]] back in [[Nigeria|COUNTRY]]. I'm [[33|AGE]].

AI: How do you use AI tools in your research?

User: Quite a lot, but in narrow ways. For coding I use [[GitHub Copilot|AI_PRODUCT]] inside [[VS Code|SOFTWARE]] - most of our modelling pipeline is in [[Python|SOFTWARE]], and it's great for the boilerplate, plotting, data wrangling. For literature I've tried [[Elicit|AI_PRODUCT]] and [[Consensus|AI_PRODUCT]] to get a first map of a topic, then I do the actual reading and keep everything in [[Zotero|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] or [[Claude|AI_PRODUCT]] to tighten the English in grant drafts, honestly mostly to cut words.

AI: Could you describe a time it made a real difference?

User: The CIHR deadline on [[15 October|DATE]] last year. My PI, Prof. [[Hélène Gagnon|PERSON]], was travelling and we had three days to get a ten-page proposal down to the page limit. I used [[Claude|AI_PRODUCT]] to suggest cuts paragraph by paragraph and I accepted maybe a third of them. [[Hélène|PERSON]] said it was the cleanest draft I'd sent her. But I'm careful - I never let it write the scientific argument, because it will confidently cite papers that don't exist.

AI: You mentioned fabricated citations. Has that caused you problems?

User: Once, with a student. A master's student I co-supervise, [[Lin Jiahui|PERSON]], submitted a literature review with two references that turned out to be invented. She wasn't trying to cheat, she'd asked [[ChatGPT|AI_PRODUCT]] for "key papers" and trusted it. [[Jiahui|PERSON]] was mortified. We turned it into a lab meeting about verification, and now every [[Thursday|GENERIC_TIME]] someone presents one "AI fail" they've caught. It's become oddly fun.

AI: What do you think about the wider debate around AI in science?

User: I listen to people like [[Geoffrey Hinton|PUBLIC_FIGURE]] and I get the big-picture worries, but my daily concerns are smaller - reproducibility, who owns the code [[Copilot|AI_PRODUCT]] writes, whether reviewers are pasting our proposals into chatbots. That last one genuinely bothers me. Outside the lab it's simpler. My wife [[Funmi|PERSON]] is a [[nurse|JOB_TITLE]] at the [[Jewish General|ORGANIZATION]], and we joke that she has the job AI can't do. We live in [[Verdun|CITY]], with a toddler, so anything that saves me an evening matters.

AI: Thank you, [[Seun|PERSON]]. How could we follow up with you?

User: My code is public at [[github.com/seun-adebayo|URL]], and email is [[seun [dot] adebayo [at] mail [dot] mcgill [dot] ca|OBF_EMAIL|bracket_at_dot]]. Happy to talk more.""")

T.append("""AI: Buongiorno, and thank you for joining. Could you tell me about your work?

User: Buongiorno! I am [[Lorenzo Bellandi|PERSON]], I am [[52|AGE]] years, I am [[head chef|JOB_TITLE]] and owner of [[Trattoria da Nives|ORGANIZATION]] in [[Bologna|CITY]], in the zone of [[Bolognina|CITY]], near the station. The name is from my mother, [[Nives|PERSON]], she cooked here for thirty years. We opened again in [[2021|DATE]] after the covid closing. I studied cooking at [[ALMA|SCHOOL]], the school in [[Colorno|CITY]], many years ago.

AI: How do you use AI in the restaurant?

User: Honestly at first I was against. For me cooking is hands, not computer. But my son [[Matteo|PERSON]], he is [[24|AGE]], he convinced me. He uses [[ChatGPT|AI_PRODUCT]] to translate the menu in English and German, because many tourists now, and [[DeepL|AI_PRODUCT]] to check. Before we paid a translator and it took one week, now one hour. Also bookings come from [[TheFork|SOFTWARE]] and [[Matteo|PERSON]] uses AI to answer the reviews, the bad ones especially, because when I answer I get angry, haha.

AI: Can you share an example where it helped or failed?

User: One funny failure. [[ChatGPT|AI_PRODUCT]] translated "tortellini in brodo" as "tortellini in broth" okay, but "friggione" it wrote "fried onion thing". Not elegant! My [[sous chef|JOB_TITLE]] [[Rose Asante|PERSON]], she is from [[Ghana|COUNTRY]] and speaks very good English, she fixed all the menu. [[Rose|PERSON|name_is_word]] also asked it for ideas for a dessert with rose water and pistachio, for a special evening, and the idea was not bad, we changed it a little.

AI: Are there things you would never use it for?

User: Recipes of my mother, never. Also I don't put in it the data of customers. One time [[Matteo|PERSON]] wanted to upload the list of the phone numbers for the newsletter and I said no, absolutely. Chefs like [[Massimo Bottura|PUBLIC_FIGURE]] maybe use technology in creative way, but for a trattoria the important is the taste and the people.

AI: How do busy periods change things?

User: In [[August|GENERIC_TIME]] we close two weeks, like everybody in [[Italy|COUNTRY]]. Before closing, and at [[Easter|GENERIC_TIME]], is very busy, and [[Matteo|PERSON]] makes the social posts with AI so I have time for the kitchen. Every [[Sunday|GENERIC_TIME]] lunch is full with families, no time for anything.

AI: Thank you, [[Lorenzo|PERSON]]. Is there a way to contact you after?

User: Yes, for bookings or for you, the number is [[tre tre nove, quattro uno due, otto otto sette zero|OBF_PHONE|italian_digit_words]], or write to [[trattoriadanives chiocciola libero punto it|OBF_EMAIL|italian_words]]. [[Matteo|PERSON]] reads the email, not me!""")


T.append("""AI: Hi, thanks for doing this. Can you tell me what you do?

User: yeah no problem. I'm [[Brandon Kowalski|PERSON]], [[senior claims adjuster|JOB_TITLE]] at [[Nationwide|ORGANIZATION]], auto claims mostly. I work hybrid, the office is in downtown [[Columbus|CITY]], [[Ohio|CITY]], but I live out in [[Hilliard|CITY]] so I'm home three days a week. I'm [[forty-one|AGE]], went to [[Ohio State|SCHOOL]] for business and kind of fell into insurance after.

AI: How does AI fit into your claims work?

User: So our core system is [[Guidewire ClaimCenter|SOFTWARE]] and over the last couple years they've bolted on a bunch of AI stuff. There's photo estimating where the customer uploads pics of the damage and it spits out a repair estimate, and there's an internal assistant that summarizes the claim file. I also use [[ChatGPT|AI_PRODUCT]] at home sometimes to help me word a denial letter so it doesnt sound like a robot, which is ironic I know.

AI: Can you walk me through a specific claim where the AI mattered?

User: Sure, one from [[April 2024|DATE]]. Rear-end collision, customer uploads photos, the estimating tool, [[CCC ONE|SOFTWARE]], says like $2,800. My coworker [[Jack Nguyen|PERSON]] goes out to look at it, cause something felt off, and the frame was bent - the car had literally come off the jack at the body shop when they lifted it. Real number was over nine grand. [[Jack|PERSON|name_is_word]] caught it, the AI didn't. So thats kind of how I see it, good first pass, not the last word.

AI: Has there been any issue with sensitive information?

User: yeah actually. Someone on another team pasted a claimant's info into a public chatbot to draft a letter. Full name, the address [[2870 Sawmill Parkway|ADDRESS]], [[Powell|CITY]], and the guy's social, [[412-68-3095|NATIONAL_ID]]. Our DLP software flagged it within like an hour and there was a big all-hands about it with [[the VP of claims|GENERIC_ROLE]]. My supervisor [[Denise Carter|PERSON]] made every one of us redo the privacy training. [[Denise|PERSON]] doesnt mess around.

AI: How do you feel about where this is heading for adjusters?

User: honestly a little nervous. Simple claims, like windshield stuff, are basically automated already. My daughter [[Kayleigh|PERSON]] is [[twelve|AGE]] and she asked me if robots are gonna take my job, and I didn't have a great answer. My wife [[Tara|PERSON]] said tell her the robots can't handle [[Denise|PERSON]], which, fair. I think the complicated stuff, injury claims, fraud, people being upset on the phone, that stays human for a while. Seasons matter too. Winter is brutal here, ice storms, so [[January|GENERIC_TIME]] and [[February|GENERIC_TIME]] we lean on the automation way more. Same with hail season in the [[spring|GENERIC_TIME]]. And around [[Fourth of July|GENERIC_TIME]] there's always fireworks claims, don't ask.

AI: Thanks, [[Brandon|PERSON]]. Anything else, or a way to follow up?

User: nope thats about it. My cell is [[(614) 307-2281|PHONE_NUMBER]] if you need me, text first though, I dont pick up unknown numbers.""")

T.append("""AI: Olá, thank you for joining. Could you tell me about your work?

User: Olá! My name is [[Mariana Ferreira Lopes|PERSON]], I am [[36|AGE]] years old. I work as [[relationship manager|JOB_TITLE]] - in Portuguese we say [[gerente de relacionamento|JOB_TITLE]] - at [[Itaú|ORGANIZATION]], in one agency in [[Pinheiros|CITY]], [[São Paulo|CITY]]. I am in the bank since [[2014|DATE]]. I studied business administration at [[FGV|SCHOOL]].

AI: How do you use AI tools in your work at the bank?

User: The bank has internal AI tools that we must use, they are approved. For example, there is one assistant that helps to prepare the investment proposal for the client, it reads the profile and suggests products. I use [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Excel|SOFTWARE]] for summaries and tables. Public tools like [[ChatGPT|AI_PRODUCT]] are blocked on the work computer, but of course many people use in the phone, even if they should not.

AI: Could you give an example where this helped you?

User: Yes, in the end of the year, before [[Christmas|GENERIC_TIME]], all clients want to talk about investments and 13th salary. I had forty meetings in two weeks. The assistant prepared the summary of each client before the meeting, and this saved me maybe one hour per day. My colleague [[Thiago Nascimento|PERSON]] says it made him lazy, he doesn't read the file anymore, only the summary. I think [[Thiago|PERSON]] is exaggerating, but maybe a little true.

AI: Have there been any problems with client data?

User: One time, yes, not with me but with an intern. He copied a client registration into [[ChatGPT|AI_PRODUCT]] in his phone to make a letter, and it had the CPF [[312.457.889-06|NATIONAL_ID]] and the address, [[Rua Teodoro Sampaio, 1450, apto 82|ADDRESS]]. The client never knew, but our manager [[Cláudia|PERSON]] made a formal report to compliance. After this, everybody did a new training. In [[Brazil|COUNTRY]] we have the LGPD, it is serious.

AI: You mentioned [[Cláudia|PERSON]]. How does management see AI?

User: [[Cláudia|PERSON]] is positive but careful. The bank directors talk a lot about AI, they make big events. I think for the clients the human relation is still the most important, especially older clients. My mother is [[seventy|AGE]] and she would never accept investment advice from a robot! Outside work I use it only a little. My son [[Davi|PERSON]], he is [[seven|AGE]], asks it questions about dinosaurs. During [[Carnaval|GENERIC_TIME]] we travelled to [[Salvador|CITY]] and I used it to plan the trip.

AI: Thank you very much, [[Mariana|PERSON]]. How can we contact you?

User: You can send [[WhatsApp|SOFTWARE]]: [[onze, nove oito sete quatro dois, três três um zero|OBF_PHONE|portuguese_digit_words]]. I prefer message, not call.""")


T.append("""AI: Thank you for joining. Could you describe your role for me?

User: Certainly. I'm [[Oliver Whitcombe|PERSON]], an [[Associate Partner|JOB_TITLE]] at [[Harrow & Vance|ORGANIZATION]], a boutique strategy consultancy of around sixty people in [[Clerkenwell|CITY]]. We do a lot of operating-model work for mid-sized retailers and a couple of housing associations. I'm in my [[early forties|AGE]]; I did economics at the [[LSE|SCHOOL]] and an MBA at [[INSEAD|SCHOOL]], and I spent eight years at [[Accenture|ORGANIZATION]] before joining here in [[2018|DATE]].

AI: How is AI changing your day-to-day work?

User: Substantially, and faster than I expected. Eighteen months ago we ran a controlled pilot with [[ChatGPT Enterprise|AI_PRODUCT]] and [[Claude|AI_PRODUCT]], and we've since rolled both out firm-wide. The analysts use them for desk research, first-draft slide narratives and cleaning up interview notes. I use them mostly to pressure-test storylines: I'll paste in an anonymised deck outline and ask it to argue against me as a sceptical board member would. We also trialled [[Gamma|AI_PRODUCT]] for generating decks, but the output looked like everyone else's, so we went back to [[PowerPoint|SOFTWARE]] with our own templates.

AI: Can you give an example of a specific engagement where this played out?

User: Last autumn we had a two-month diagnostic for a fashion retailer. My engagement manager, [[Amara Nwosu|PERSON]], used [[Claude|AI_PRODUCT]] to synthesise about ninety store-manager interviews into themes in an afternoon - that used to take an analyst a full week. [[Amara|PERSON]]'s team then validated the themes against the raw notes and found the model had under-weighted complaints from the [[Scotland|COUNTRY]] stores, probably because those interviews were shorter. A good reminder that synthesis isn't neutral.

AI: You mentioned [[Amara|PERSON]]'s team validating the output. How has that changed roles in the firm?

User: It's squeezed the pyramid. We're hiring fewer graduates this year, and that's a real concern for the profession - where do future partners learn the craft if the grunt work disappears? I read [[Dario Amodei|PUBLIC_FIGURE]]'s essay about AI compressing a decade of progress into a few years, and whatever you think of it, the junior-consultant role is where that's being felt first. [[The managing partner|GENERIC_ROLE]] is more relaxed than I am about it.

AI: How do clients react when they learn you're using AI?

User: Mixed. Some insist on a clause saying none of their data touches an external model. Others ask why our fees haven't dropped. One client's [[COO|GENERIC_ROLE]] quoted [[Jensen Huang|PUBLIC_FIGURE]] at me in a steering committee, which was a first. At home it's another story. My partner, [[Isobel|PERSON]], is a [[GP|JOB_TITLE]] and deeply unimpressed by all of it. Our two boys are [[nine|AGE]] and [[six|AGE]], and the older one has discovered that [[Claude|AI_PRODUCT]] will write limericks about his teachers, so we've had conversations.

AI: Thank you, [[Oliver|PERSON]]. Is there a good way to follow up?

User: LinkedIn is simplest: [[https://www.linkedin.com/in/oliverwhitcombe/|URL]]. I'm reasonably responsive there, except in [[August|GENERIC_TIME]].""")

T.append("""AI: Kia ora, thanks for joining. Can you tell me a bit about your work?

User: kia ora, I'm [[Aroha Ngata|PERSON]], [[fifty-three|AGE]], I'm a [[social worker|JOB_TITLE]] with [[Oranga Tamariki|ORGANIZATION]] in the [[Hornby|CITY]] site, [[Christchurch|CITY]]. been a [[social worker|JOB_TITLE]] since i graduated from [[University of Canterbury|SCHOOL]] back in [[1996|DATE]], so a long time now. mostly care and protection, working with whānau

AI: How does AI come into your work, if it does?

User: not a lot to be honest, and thats on purpose. we're told very clearly not to put any case info into [[ChatGPT|AI_PRODUCT]] or anything public. our case notes go in [[CYRAS|SOFTWARE]] which is the old case management system, its clunky but it's what we've got. we got [[Copilot|AI_PRODUCT]] on our laptops this year and i use it for emails and for summarising long policy documents, that's about it

AI: Is there a time you found it useful?

User: yeah actually, after a really long hui with a family, like three hours, I had to write up a plan and i used [[Copilot|AI_PRODUCT]] to help me structure it from my own notes - no names in, just "the mother", "the [[14-year-old|AGE]]" etc. it gave me a decent structure and i filled in the rest. saved me staying til 8pm. my supervisor [[Bill|PERSON|name_is_word]] checked it and was happy

AI: You mentioned [[Bill|PERSON]]. Does your supervisor have a view on AI?

User: [[Bill|PERSON]]'s pretty old school like me, we both worry about the relationship side. this work is about trust, you can't outsource sitting on someone's couch. but he's also realistic that our caseloads are crazy and anything that cuts the paperwork helps. if it could sort out the power bill at home too i'd be grateful haha. here in [[Aotearoa|COUNTRY]] we're always a few years behind anyway

AI: Have you seen anything go wrong?

User: one of the newer workers, [[Mere Paewai|PERSON]]... no sorry, I won't name her, it wasn't her fault. someone put a young person's name and the address, [[47 Amyes Road|ADDRESS]], into a translation tool to help with a letter to a family that speaks Samoan. it got picked up and there was a privacy review. everyone was shaken. after the quakes in [[February 2011|DATE]] we've had a lot of change in this city but this stuff is a different kind of change. going forward, i think it'll come whether we like it or not. i just want the people designing it to talk to actual social workers and to Māori and Pasifika communities, not just managers in [[Wellington|CITY]]. my daughter [[Hinewai|PERSON]] is a [[policy analyst|JOB_TITLE]] at [[MSD|ORGANIZATION]] down there and she uses it way more than me, she's [[29|AGE]] so it's normal for her. the risk of biased tools deciding which families get looked at is real, they've seen it in the [[United States|COUNTRY]] with those risk-scoring tools

AI: Thank you, [[Aroha|PERSON]]. Is there a way to follow up?

User: sure, email [[aroha . ngata @ xtra . co . nz|OBF_EMAIL|spaced_symbols]], I check it most evenings. ngā mihi""")


T.append("""AI: Hello, thank you for your time. Could you introduce yourself?

User: Hello, I am [[Katarzyna Zielińska|PERSON]], but everyone says [[Kasia|PERSON]]. I am [[sworn translator|JOB_TITLE]] of English and Polish, I work freelance with my own small company, [[LinguaBrama|ORGANIZATION]]. I live and work in [[Kraków|CITY]], in [[Podgórze|CITY]] district. I finished English philology at [[Jagiellonian University|SCHOOL]] in [[2009|DATE]] and I have the [[sworn translator|JOB_TITLE]] licence since [[2015|DATE]].

AI: How has AI affected your work as a translator?

User: Very much, it is maybe the biggest change in my career. Now almost every agency sends me "post-editing" jobs, which means the text was already translated by machine, by [[DeepL|AI_PRODUCT]] or [[Google Translate|AI_PRODUCT]], and I must correct it. And they pay less, of course. For my own work I use [[Trados|SOFTWARE]] with translation memory and sometimes [[ChatGPT|AI_PRODUCT]] for checking terminology or style alternatives. But for sworn translation, birth certificates, court documents, I do everything myself, because I put my stamp and my responsibility.

AI: Could you describe a specific job where AI was involved?

User: Yes, last year I had a big contract for a law firm, [[Kancelaria Nowak i Wspólnicy|ORGANIZATION]], about two hundred pages of a share purchase agreement. The client wanted fast and cheap, so the first version was [[DeepL|AI_PRODUCT]]. It was fluent, very fluent, but in three places it changed the meaning of obligations - "shall" became something like "may". This is dangerous in a contract. I found it, but if someone less experienced did the post-editing, maybe not.

AI: Have you had concerns about confidential information?

User: Big concerns. Many documents have PESEL numbers, addresses, medical information. One time a client sent me a scan where I could see that another translator before me had used a free online tool, and the PESEL, [[85031207468|NATIONAL_ID]], was in the tool history in the screenshot! I told the client. Now in my contracts I write clearly which tools I use. My husband [[Paweł|PERSON]] is an IT specialist and he set up everything offline for me where possible.

AI: You mentioned [[Paweł|PERSON]] helping with the setup. Does AI come up much at home?

User: Ha, yes, [[Paweł|PERSON]] is very enthusiastic, I am more critical. Our daughter [[Zosia|PERSON]] is [[sixteen|AGE]] and she wants to study translation too, and I am not sure if to encourage her. I read an interview with [[Olga Tokarczuk|PUBLIC_FIGURE]] where she talked about translators as co-authors, and I think literature translators will survive, but technical translation will be mostly machine. What would help? Fair rates for post-editing, and tools that show clearly where the machine is not sure. Also I would like that agencies in [[Poland|COUNTRY]] and in [[Europe|CONTINENT]] in general stop pretending post-editing is easy. In [[May|GENERIC_TIME]] there is always the long weekend and agencies send everything on the [[Thursday|GENERIC_TIME]] before, with deadline [[Monday|GENERIC_TIME]], typical!

AI: Thank you, [[Kasia|PERSON]]. How can we contact you?

User: My website is [[www.linguabrama.pl|URL]] and email is [[kasia.zielinska małpa onet kropka pl|OBF_EMAIL|polish_words]] - małpa is the @, we say monkey in Polish, haha.""")

T.append("""AI: Hola, thanks for joining us. Can you tell me what you do?

User: Hola! I am [[José Luis Navarro|PERSON]], [[45|AGE]] years old, I am [[real estate agent|JOB_TITLE]], [[asesor inmobiliario|JOB_TITLE]], with [[Casas Tapatías|ORGANIZATION]], an agency in [[Zapopan|CITY]], that is next to [[Guadalajara|CITY]] in [[Jalisco|CITY]]. I sell mostly houses and apartments for families, and lately a lot of Americans and Canadians who come to live here. I studied at [[ITESO|SCHOOL]], marketing, in the nineties.

AI: How do you use AI in real estate?

User: Every day now! I use [[ChatGPT|AI_PRODUCT]] to write the descriptions for the listings in Spanish and English, because the portals like [[Inmuebles24|SOFTWARE]] want long texts. Before it took me twenty minutes each one, now three. For photos, my assistant [[Lupita|PERSON]] uses [[Canva|SOFTWARE]] and an app for virtual staging, it puts furniture in empty rooms. Also I use it to answer [[WhatsApp|SOFTWARE]] messages from clients in English, because my English is okay but not perfect, you see, haha.

AI: Could you give me an example of a specific sale?

User: Yes, in [[Semana Santa|GENERIC_TIME]] this year I had a couple from [[Canada|COUNTRY]], retired, looking for a house in [[Colonia Jardines Universidad|CITY]]. The property was at [[Av. Patria 1891|ADDRESS]]. They asked many questions about the fideicomiso and taxes, and I used [[ChatGPT|AI_PRODUCT]] to prepare explanations in English. But careful, one time it gave wrong information about the capital gains tax in [[Mexico|COUNTRY]], it used old rules. The notary, Lic. [[Arturo Ibarra|PERSON]], found it. I always send everything to him before.

AI: You mentioned your assistant [[Lupita|PERSON]]. How does the team feel about AI?

User: [[Lupita|PERSON]] loves it, she is young. My boss, don [[Rafael Orozco|PERSON]], the owner of the agency, he is [[68|AGE]] and says the business is about trust and tequila, not computers, haha. But even don [[Rafael|PERSON]] now asks me to make his posts for [[Facebook|SOFTWARE]] with AI.

AI: Are there any concerns with client information?

User: Yes, I learned to be careful. Clients send me photos of their INE or passport for the contract, and I never put this in [[ChatGPT|AI_PRODUCT]]. My daughter [[Ximena|PERSON]], she is [[seventeen|AGE]], she explained me that the information can stay in the system. She is smarter than me with technology.

AI: Thank you, [[José Luis|PERSON]]. Is there a way to reach you?

User: Of course, the cell is [[treinta y tres, dieciocho, cuarenta y dos, cincuenta y seis, noventa|OBF_PHONE|spanish_number_words]], or email [[joseluis arroba casastapatias punto mx|OBF_EMAIL|spanish_arroba_punto]]. Anyone who wants a house in [[Zapopan|CITY]], call me!""")


T.append("""AI: Konnichiwa, thank you for joining. Could you please tell me about your work?

User: Thank you for inviting me. My name is [[Kenji Morimoto|PERSON]], I am [[31|AGE]]. I work as [[logistics planner|JOB_TITLE]] for [[Naniwa Butsuryu|ORGANIZATION]], a third-party logistics company. My office is at the warehouse in [[Suminoe|CITY]] ward, [[Osaka|CITY]]. I graduated from [[Kobe University|SCHOOL]] in [[2015|DATE]], economics, and I joined this company same year.

AI: How do you use AI in your planning work?

User: Mainly for delivery route planning and for documents. Our main system is [[SAP|SOFTWARE]], and for planning we still use very big [[Excel|SOFTWARE]] files, with macros. I use our company version of [[ChatGPT|AI_PRODUCT]] to write and fix the [[Excel|SOFTWARE]] VBA macros, because the person who made them already retired, and nobody understand them. Also I use [[Gemini|AI_PRODUCT]] sometimes on my smartphone to translate emails from overseas partners.

AI: Could you tell me about a particular situation where it helped?

User: Yes. From [[April 2024|DATE]] in [[Japan|COUNTRY]] there is new rule that truck drivers cannot do so much overtime, we call it the "2024 problem". We had to change all the delivery schedules to the [[Kansai|CITY]] area. My manager, [[Tanaka|PERSON]]-san, asked me to make new plans in two weeks. With [[ChatGPT|AI_PRODUCT]] I made a macro to test many patterns of routes, something I could not code by myself. [[Tanaka|PERSON]]-san was surprised. But AI did not know the real road situation, for example the narrow streets near the port, so I still needed the experience of drivers.

AI: How do your colleagues use these tools?

User: Young people use it, older people not so much. We have some technical intern trainees from [[Vietnam|COUNTRY]], and one of them, [[Nguyen Thi Lan|PERSON]], uses AI to translate the safety manual to Vietnamese for the others. [[Lan|PERSON]] is very clever, she checks it with her friends also. I think this is good use.

AI: Have there been any problems or risks?

User: Our company rule is we cannot put customer names or shipment details into the public AI. Once I almost did it - I copied a delivery list to translate and it had a customer address, [[3-14-7 Nanko-kita, Suminoe-ku|ADDRESS]]. I noticed before pressing enter. After that I am more careful. During busy season like [[Golden Week|GENERIC_TIME]] and [[Obon|GENERIC_TIME]], everyone is tired, so mistakes happen more. In future I hope AI can understand Japanese business customs better. The English answers are good but Japanese business emails have many polite rules, keigo, and AI sometimes sounds strange or too casual. Also it should connect with [[SAP|SOFTWARE]] directly, but our IT department says maybe next year.

AI: Thank you very much, [[Kenji|PERSON]]. How may we contact you later?

User: You can use my work email, [[k.morimoto@naniwa-butsuryu.co.jp|EMAIL_ADDRESS]], or my mobile [[０９０－４８２７－３３１６|OBF_PHONE|fullwidth_digits]]. Thank you.""")

T.append("""AI: Hey, thanks for hopping on. What do you do?

User: hey! im [[jenna macdonald|PERSON]], [[29|AGE]], [[store manager|JOB_TITLE]] at the [[Sobeys|ORGANIZATION]] in [[Dartmouth|CITY]], [[Nova Scotia|CITY]]. been in grocery since i was [[16|AGE]] honestly, started as a [[cashier|JOB_TITLE]]. did a commerce degree at [[Saint Mary's|SCHOOL]] part time while working, finished in [[2019|DATE]]

AI: How does AI come into running a store?

User: more than youd think! scheduling is all in [[UKG|SOFTWARE]] and it has a thing that predicts how busy we'll be and suggests staffing. ordering has forecasting built in too. then i use [[ChatGPT|AI_PRODUCT]] on my phone constantly for writing - staff memos, responses to complaints, the notes for the district meeting. and head office gave us [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] last year

AI: Can you tell me about a time it was really useful, or not?

User: ok so the forecasting is great normally but around [[Thanksgiving|GENERIC_TIME]] it totally underestimated how many turkeys we'd need because of some promo a competitor ran. we sold out by noon on the [[saturday|GENERIC_TIME]]. my [[assistant manager|JOB_TITLE]] [[Frank Doucette|PERSON]] had actually said we should order more and the system overruled him basically lol. to be frank i trust [[Frank|PERSON|name_is_word]] more than the algorithm, he's been there 22 years

AI: It sounds like [[Frank|PERSON]]'s experience counted. How do your staff feel about the tech?

User: [[Frank|PERSON]]'s skeptical, the teenagers dont care. we've got a lot of students in the [[summer|GENERIC_TIME]] and they use [[chatgpt|AI_PRODUCT]] for everything, one of our cashiers, [[Summer Paul|PERSON]], literally asked it how to deal with a rude customer and showed me the answer, it was pretty good actually. [[Summer|PERSON|name_is_word]] is gonna be a good manager someday

AI: Any worries about privacy or data?

User: yeah, we had a thing where someone put an employee's full name and SIN into [[chatgpt|AI_PRODUCT]] to help fill out a form, [[529 381 776|NATIONAL_ID]] or something like that, i only saw it because they asked me to check the output. i made them delete it and told HR. i think people just dont think of it as "sharing" when its a chatbot. outside work, im a single mom, my son [[Liam|PERSON]] is [[four|AGE]], so anything that saves me 10 min matters. i use it for meal plans lol, which is funny since i run a grocery store

AI: Thanks so much, [[Jenna|PERSON]]. Anything else, or a way to follow up?

User: nope! if u wanna reach me im on insta [[@jennmacd.hfx|SOCIAL_HANDLE]], thats easiest""")


T.append("""AI: Hola, thanks for joining. Can you tell me about your role?

User: Hola! I am [[Lucía Martínez Ortega|PERSON]], I have [[34|AGE]] years - sorry, I am [[34|AGE]], in Spanish we say "have" haha. I work as [[HR Business Partner|JOB_TITLE]] in [[Cerámicas Levante|ORGANIZATION]], a ceramic tiles company with the factory in [[Castellón|CITY]] and offices in [[Valencia|CITY]]. I live in [[Ruzafa|CITY]], the neighbourhood in the centre. I studied Labour Relations in the [[Universitat de València|SCHOOL]] and a master in [[ESIC|SCHOOL]].

AI: How are you using AI in HR?

User: Our HR software is [[Factorial|SOFTWARE]], for holidays, payroll, absences, and now it has some AI functions. I use [[ChatGPT|AI_PRODUCT]] a lot for writing - job offers, internal communications, the policy for remote work. And [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] for the meeting summaries, this is very useful when the meeting is with the works council and it is three hours long, in Spanish and Valencian mixed!

AI: Could you tell me about a specific situation?

User: Yes, in [[September 2023|DATE]] we had to make a new protocol for harassment prevention, it is obligatory by law in [[Spain|COUNTRY]]. My colleague [[Jordi Puig|PERSON]] from the legal team and I used [[ChatGPT|AI_PRODUCT]] to make the structure and compare with the law. It saved us time, but [[Jordi|PERSON]] found two articles that were from an old version of the law, not updated. So always we check.

AI: Have there been concerns with employee data?

User: This is my big worry. In HR we have everything: salaries, sick leave, the DNI numbers. One time a colleague from payroll put a table in [[ChatGPT|AI_PRODUCT]] to calculate something, with names and one DNI, [[48392017K|NATIONAL_ID]], of a worker. I saw it in her screen. We talked with our boss, [[Amparo Ferrer|PERSON]], and [[Amparo|PERSON]] decided we need a company policy. Now we have a paid version with data protection agreement. With the new EU AI Act also we must be careful with AI in recruitment, it is "high risk".

AI: You mentioned the AI Act. How does the company view AI in general?

User: [[The director general|GENERIC_ROLE]] is very enthusiastic, he saw a talk of [[Satya Nadella|PUBLIC_FIGURE]] and now he wants AI everywhere, haha. In the factory the workers are more worried, they think AI is for replacing people. My job is to be in the middle. During [[Fallas|GENERIC_TIME]] in [[March|GENERIC_TIME]] the office is half empty and we do nothing, so no problem there!

AI: Thank you, [[Lucía|PERSON]]. How can we contact you later?

User: My phone is [[+34 612 48 93 07|PHONE_NUMBER]], or by LinkedIn, [[linkedin.com/in/lucia-martinez-ortega-rrhh|URL]]. Hasta luego!""")

T.append("""AI: Hi, thanks for taking the time. Could you tell me about your job?

User: Sure! I'm [[Priya Venkataraman|PERSON]], I'm [[27|AGE]], and I'm a [[mechanical design engineer|JOB_TITLE]] at [[Lonestar Thermal Systems|ORGANIZATION]] in [[Round Rock|CITY]], just north of [[Austin|CITY]], [[Texas|CITY]]. We design cooling systems for data centers, which is funny because a lot of our demand right now is literally from AI companies. I did my undergrad and master's at [[Georgia Tech|SCHOOL]] and started here in [[August 2021|DATE]].

AI: How do you use AI tools in your engineering work?

User: A bunch of ways. For CAD it's [[SolidWorks|SOFTWARE]] and for simulation [[ANSYS Fluent|SOFTWARE]], and neither has AI I'd trust yet. But around those I use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] constantly - writing [[Python|SOFTWARE]] scripts to post-process simulation results, sanity-checking heat transfer calcs, drafting test reports. And our IT rolled out [[GitHub Copilot|AI_PRODUCT]] for the people who code, which I sort of count as.

AI: Can you walk me through a specific example?

User: Last month I needed a script to batch-process like 200 CFD runs and pull out pressure drops. [[Claude|AI_PRODUCT]] wrote most of it in ten minutes. My manager [[Rahul Mehta|PERSON]] asked me how long it took and I kind of undersold it, honestly, because I didn't want him to think I'd just outsourced my job. But when I walked [[Rahul|PERSON]] through it he was cool, he just said make sure you understand every line, which is fair.

AI: Has it ever gotten something wrong in a way that mattered?

User: Yeah, once it gave me the wrong units on a thermal conductivity value and I didn't catch it for a day. Our lab tech, [[Amber Reyes|PERSON]], noticed the numbers in the test report didn't match what she'd measured. [[Amber|PERSON|name_is_word]] basically saved me from sending a bad report to a customer. The amber warning light on the test rig was on the whole time, too, which in hindsight was kind of poetic.

AI: How do you think about the bigger picture, working in an industry that's partly fueled by AI?

User: It's weird. Our whole business is booming because [[Nvidia|ORGANIZATION]] chips run hot. Everyone quotes [[Elon Musk|PUBLIC_FIGURE]] saying AI will do every job, meanwhile I'm out here in a hard hat measuring airflow. I think engineers who use it well will be fine, here or in [[India|COUNTRY]] or wherever. My mom [[Lakshmi|PERSON]], who's a [[structural engineer|JOB_TITLE]] back in [[Chennai|CITY]], thinks I'm getting lazy though.

AI: Thanks, [[Priya|PERSON]]. How can we reach you if we have follow-up questions?

User: My GitHub is [[github.com/pvenkat-thermal|URL]], or email me at [[priya.venkataraman.me@gmail.com|EMAIL_ADDRESS]]. Happy to help!""")

T.append("""AI: Hello, thank you for joining. Could you please introduce yourself?

User: Hello, my name is [[Mohammed Irfan Sheikh|PERSON]], I am [[32|AGE]] years. I am [[Team Lead - Customer Support|JOB_TITLE]] at [[Kaveri Fintech|ORGANIZATION]], we are a payments startup in [[Bengaluru|CITY]]. Our office is in [[Koramangala|CITY]] and I stay in [[HSR Layout|CITY]], very near. I did my BBA from [[Christ University|SCHOOL]] in [[2013|DATE]] and I am in customer support since then, before this I was in [[Flipkart|ORGANIZATION]] for four years.

AI: How does AI show up in your support team's work?

User: In a big way. We are using [[Freshdesk|SOFTWARE]] for ticketing and it has [[Freddy AI|AI_PRODUCT]] which suggests replies and also auto-categorises tickets. My team is fourteen agents. Also we have a chatbot in the app which handles basic queries like "where is my refund", and only complex ones come to us. Personally I use [[ChatGPT|AI_PRODUCT]] for making SOPs and training material, and [[Gemini|AI_PRODUCT]] for quick translations in Kannada and Hindi.

AI: Can you share a specific example?

User: Sure. During [[Diwali|GENERIC_TIME]] sale time the ticket volume becomes three times. Last year, one of my agents, [[Divya Ramachandran|PERSON]], noticed that [[Freddy|AI_PRODUCT]] was tagging all UPI failure tickets as "general query", so they were going in the slow queue. [[Divya|PERSON]] caught it after two days, by then we had many angry customers on [[Twitter|SOFTWARE]]. We fixed the rules. I told [[my manager|GENERIC_ROLE]] that AI categorisation needs human audit every week, now every [[Monday|GENERIC_TIME]] morning [[Rakesh|PERSON]] does a sample check.

AI: You mentioned [[Rakesh|PERSON]] doing the audit. Have there been any issues with customer data?

User: Yes, one serious. An agent copied a customer's full KYC details into [[ChatGPT|AI_PRODUCT]] to write a reply, including Aadhaar number [[4829 1736 5502|NATIONAL_ID]] and address [[No. 27, 3rd Cross, 5th Block, Jayanagar|ADDRESS]]. Our compliance team found it in audit. The agent was not bad person, just he did not think. After that [[our CTO|GENERIC_ROLE]] blocked all public AI tools on office laptops. In [[India|COUNTRY]] now with the DPDP Act companies are becoming more strict.

AI: How do your agents feel about AI?

User: Mixed. Freshers are happy, it makes job easy. Senior agents are worried about job loss. I tell them, AI can handle "what is my balance", but when an uncle is crying because his pension money is stuck, only a human can handle. My father is [[sixty-two|AGE]] and he also hates talking to bots, so I understand the customers.

AI: Thank you, [[Irfan|PERSON]]. How can we reach you?

User: You can email me - [[irfan.sheikh87 at the rate gmail dot com|OBF_EMAIL|at_the_rate]]. Thank you for this conversation.""")


T.append("""AI: Hi, thanks for joining. Could you tell me about your role?

User: Hi! I'm [[Hannah Le|PERSON]], I'm a [[senior pharmacist|JOB_TITLE]] in the cancer care team at the [[Princess Alexandra Hospital|ORGANIZATION]] in [[Woolloongabba|CITY]], [[Brisbane|CITY]]. I'm [[35|AGE]]. I did my pharmacy degree at the [[University of Queensland|SCHOOL]], graduated in [[2011|DATE]], and I've been at the [[PA|ORGANIZATION]] since [[2015|DATE]]. My parents came over from [[Vietnam|COUNTRY]] in the eighties, so I grew up in [[Inala|CITY]], just down the road really.

AI: How do you use AI in a hospital pharmacy setting?

User: Carefully! Clinical decisions go through our electronic medical record, [[ieMR|SOFTWARE]], and the approved references - nobody's asking a chatbot about chemo doses, I promise. Where AI helps is the admin around it. We got [[Microsoft Copilot|AI_PRODUCT]] through [[Queensland Health|ORGANIZATION]] last year and I use it for summarising guideline updates and drafting education sessions for the nurses. Some of the doctors are trialling an AI scribe called [[Heidi|AI_PRODUCT]] in outpatient clinics, and we're watching that closely from a medication-safety angle.

AI: Could you give an example where it mattered?

User: In [[May 2023|DATE]] we were rolling out a new oral chemo protocol and I had to build a patient handout. My colleague [[May Santos|PERSON]] and I used [[Copilot|AI_PRODUCT]] to turn a dense twelve-page protocol into a two-page plain-language version. [[May|PERSON|name_is_word]] then checked every dose and timing against the original, and she found it had dropped a line about taking the tablets with food. Small thing, but that's exactly the kind of thing that causes harm. So, useful draft, human check, always.

AI: You mentioned the AI scribe, [[Heidi|AI_PRODUCT]]. What's the concern from pharmacy's side?

User: [[Heidi|AI_PRODUCT]] itself seems good, but if it mishears a drug name - there are so many sound-alike drugs in oncology - that error ends up in the clinic letter and then in the GP's records. Our [[Director of Pharmacy|GENERIC_ROLE]] has asked us to audit a sample of scribe letters every month. I've been doing that since [[May|GENERIC_TIME]] this year.

AI: Have you seen any privacy near-misses?

User: One. A student on placement pasted a discharge summary into a free chatbot to "make it shorter", and it had the patient's Medicare number, [[2953 71846 2|NATIONAL_ID]], on it. We caught it because she asked me to check the output. It was handled as a privacy incident and the university, [[Griffith|SCHOOL]], was really good about the follow-up training. I felt for her, she just didn't think of it as sharing. Outside work I use it a bit. My partner [[Tom Whitfield|PERSON]] uses [[ChatGPT|AI_PRODUCT]] to plan our hikes on the [[Sunshine Coast|CITY]], and my mum [[Mai|PERSON]] uses it to translate forms from English to Vietnamese, which honestly worries me more than the hospital stuff.

AI: Thanks so much, [[Hannah|PERSON]]. How could we get back in touch?

User: Mobile's easiest: [[0412 883 067|PHONE_NUMBER]]. I'm on nights some weeks so text first.""")

T.append("""AI: Good morning, thanks for your time. Please tell me a bit about your work.

User: Morning. I'm [[Lerato Mahlangu|PERSON]], I'm a [[town planner|JOB_TITLE]] with the [[City of Tshwane|ORGANIZATION]] - the municipality that covers [[Pretoria|CITY]] and the surrounding areas in [[Gauteng|CITY]]. I work in land use management, so rezoning applications, building plan comments, that kind of thing. I'm [[36|AGE]], I studied at the [[University of Pretoria|SCHOOL]] and I've been with the city since [[2014|DATE]]. I live in [[Centurion|CITY]].

AI: How does AI fit into your work in local government?

User: Slowly, and mostly unofficially if I'm honest. The city hasn't got a formal AI policy yet. I use [[ChatGPT|AI_PRODUCT]] on my own laptop to help draft reports to the planning tribunal and to summarise long submissions from developers. For the spatial side we use [[ArcGIS|SOFTWARE]], and there's some AI in there for classifying land cover from satellite images, which our [[GIS technician|JOB_TITLE]], [[Johan Venter|PERSON]], has started to explore. With load-shedding and the backlog, anything that saves time is welcome.

AI: Can you walk me through a specific case?

User: Last year we had a big rezoning for a mixed-use development in [[Hatfield|CITY]] with over three hundred public objections. My colleague [[Nomvula Khumalo|PERSON]] and I had to categorise them for the tribunal report. We used [[ChatGPT|AI_PRODUCT]] to group them into themes - traffic, student housing, heritage. It worked well, but [[Nomvula|PERSON]] noticed that objections written in Afrikaans or Sepedi were sometimes summarised badly, or the meaning changed. So we re-did those manually. In [[South Africa|COUNTRY]] you can't have a tool that only properly understands English.

AI: You mentioned [[Nomvula|PERSON]] catching that. How do senior people feel about it?

User: My manager, Mr [[Pieterse|PERSON]], is cautious. He's close to retirement and says the tribunal must never see anything AI wrote without a planner signing it. I agree with him on that. [[The municipal manager|GENERIC_ROLE]] talks about "smart city" a lot, but the budget isn't there.

AI: Any data or privacy issues?

User: Yes, we have to be careful with POPIA. I once nearly pasted an application form into [[ChatGPT|AI_PRODUCT]] that had the owner's ID number, [[8807150234081|NATIONAL_ID]], and the erf address, [[412 Duncan Street|ADDRESS]], [[Brooklyn|CITY]]. I caught myself. Now I strip everything first. I think many colleagues don't realise the risk though. Bigger picture, I'm hopeful. When [[Cyril Ramaphosa|PUBLIC_FIGURE]] talks about the fourth industrial revolution it sounds like a slogan, but for planners across [[Africa|CONTINENT]], where cities are growing so fast, tools that help us process data quickly could really matter. We just need them trained on our context.

AI: Thank you, [[Lerato|PERSON]]. How could we follow up?

User: Email is best: [[lerato.mahlangu@outlook.com|EMAIL_ADDRESS]]. I'll respond after hours.""")


T.append("""AI: Hi, thanks for chatting. Can you tell me about yourself and your work?

User: hiya, so I'm [[Aoife Brennan|PERSON]], [[31|AGE]], [[general manager|JOB_TITLE]] at [[The Copper Kettle|ORGANIZATION]], its a bistro in [[Stoneybatter|CITY]] in [[Dublin|CITY]]. about 40 covers, busy brunch trade. I did hospitality management in [[TU Dublin|SCHOOL]], finished [[2014|DATE]], and I've been [[GM|JOB_TITLE]] here since [[2019|DATE]]

AI: How do you use AI in running the restaurant?

User: loads more than I expected tbh. I use [[ChatGPT|AI_PRODUCT]] for rotas - not to make them but to sanity check them, like "does anyone have less than 11 hours between shifts". Also for the allergen matrix when the menu changes, and for replying to reviews on Google and [[TripAdvisor|SOFTWARE]]. The POS is [[Square|SOFTWARE]] and bookings come through [[OpenTable|SOFTWARE]], both have little AI bits now that predict covers. [[the owner|GENERIC_ROLE]] tried [[Jasper|AI_PRODUCT]] for our marketing for a few months, the instagram captions were so cringe we stopped

AI: Can you give me an example where it went well or badly?

User: ok so badly first lol. [[St Patrick's Day|GENERIC_TIME]] weekend, I asked it to update the allergen info for a new special and it said the soda bread was nut free. our [[head chef|JOB_TITLE]] [[Wojtek Nowicki|PERSON]] went mad because we use the same flour supplier that handles nuts, its "may contain". [[Wojtek|PERSON]] now double checks everything AI touches, and fair enough. good one was when it helped me write a proper grievance response for a staff issue, it made me sound way more calm and professional than I was feeling haha

AI: You said [[Wojtek|PERSON]] checks everything. How does the kitchen team feel about it?

User: the chefs hate it basically, they think its a gimmick. the floor staff are younger and use it for everything, even to figure out wine pairings. we have loads of staff from [[Brazil|COUNTRY]] and [[Spain|COUNTRY]] and they use it to translate stuff, which is actually great. my boyfriend [[Cian|PERSON]] thinks I'm addicted to it lol

AI: Has anything ever gone wrong with data, like staff or customer details?

User: one small thing. I was sorting out a delivery issue and pasted a supplier email into [[chatgpt|AI_PRODUCT]], and it had their warehouse address, [[Unit 4, Ballymount Industrial Estate|ADDRESS]], [[D12 X5R8|ADDRESS]], and the driver's mobile in it. not a disaster but after that I started being more careful. our [[accountant|JOB_TITLE]] [[Colm|PERSON]] gave me a whole lecture about GDPR. anyway it'll never replace the actual hospitality part. [[Gordon Ramsay|PUBLIC_FIGURE]] isn't gonna be replaced by a robot shouting at people lol. but the admin side, rotas, HR, emails, it's a lifesaver. in [[January|GENERIC_TIME]] when it's dead I actually have time to learn new tools

AI: Thanks, [[Aoife|PERSON]]. Anything else, or a way to reach you?

User: no thats it! I'm [[@aoifeb_hospo|SOCIAL_HANDLE]] on insta if you want to follow up, DMs are open""")

T.append("""AI: Dzień dobry, thank you for participating. Could you describe your role?

User: Dzień dobry. I am [[Michał Kowalczyk|PERSON]], [[28|AGE]] years old. I work as [[AML compliance analyst|JOB_TITLE]] at [[mBank|ORGANIZATION]] in [[Warsaw|CITY]]. My team is transaction monitoring - we review alerts about suspicious transactions and decide if we report to GIIF, the financial intelligence unit. I graduated from [[SGH|SCHOOL]], finance and accounting, in [[2020|DATE]], and I joined the bank in [[2022|DATE]]. I live in [[Mokotów|CITY]], so I can cycle to the office.

AI: How is AI used in your compliance work?

User: The monitoring system itself, we use [[Actimize|SOFTWARE]], has machine learning models for scoring alerts, so in some sense AI decides what I see every morning. For my own work, public tools like [[ChatGPT|AI_PRODUCT]] are blocked - for a bank this is obvious. From [[Q3 2024|DATE]] we have an internal assistant based on a language model, and I use it to summarise long customer files and draft the narrative part of the report. I also write [[Python|SOFTWARE]] scripts for data analysis, and the assistant helps with code. Tasks are in [[Jira|SOFTWARE]].

AI: Can you give an example of how this changed your work?

User: Before, writing the case narrative for one complex alert took me maybe two hours. Now the assistant prepares a draft in few minutes and I edit. But my manager, [[Agnieszka Wróbel|PERSON]], is very strict - she reads every narrative and she can see immediately when someone just copied the AI text. [[Agnieszka|PERSON]] says the regulator will ask "who made this decision", and the answer must be a person, not a model. Every [[Friday|GENERIC_TIME]] she picks random cases for calibration.

AI: You mentioned [[Agnieszka|PERSON]]'s view. Do colleagues share it?

User: Mostly yes. My colleague [[Dawid Sikora|PERSON]] is more enthusiastic, he thinks in five years most level-one alerts will be closed automatically. We also have an intern from [[Ukraine|COUNTRY]], [[Oksana Hnatiuk|PERSON]], and for her the assistant is helpful because she can ask in Ukrainian and get answers about Polish procedures. [[Oksana|PERSON]] is very fast learner.

AI: Have you seen risks with customer data?

User: In our bank it is very controlled, but I heard from a friend at another bank about an employee who put a customer's PESEL, [[92071503318|NATIONAL_ID]], and IBAN into a public chatbot to check something. He was fired. In [[Poland|COUNTRY]] and generally in [[Europe|CONTINENT]], with GDPR and now the AI Act, banks are very afraid of this. Also [[Christine Lagarde|PUBLIC_FIGURE]] and the regulators talk a lot about AI risks in finance.

AI: Thank you, [[Michał|PERSON]]. How can we contact you?

User: You can call or SMS me: [[601-two-two-eight, 4 5 7|OBF_PHONE|mixed_words_digits]]. Please not during working hours, it is difficult.""")

T.append("""AI: Kia ora, thanks for joining. What's your role?

User: Kia ora. I'm [[Hamish Gallagher|PERSON]], [[senior recruitment consultant|JOB_TITLE]] at [[Kōwhai Talent|ORGANIZATION]], we're a specialist tech and digital recruitment agency based in [[Te Aro|CITY]], [[Wellington|CITY]]. I'm [[41|AGE]], live out in [[Lower Hutt|CITY]], did a BA in psychology at [[Victoria University of Wellington|SCHOOL]] a long time ago and fell into recruitment in [[2008|DATE]] when the GFC hit and nobody was hiring psych grads. Been at [[Kōwhai|ORGANIZATION]] since [[2017|DATE]].

AI: How does AI fit into recruitment for you?

User: It's changed the job massively in the last two years. Our CRM is [[Bullhorn|SOFTWARE]], and it's got AI matching now. I use [[ChatGPT|AI_PRODUCT]] for writing job ads and candidate summaries for clients, and we trialled [[Metaview|AI_PRODUCT]] for interview notes - it sits in the call and writes up the notes. Ads go up on [[Seek|SOFTWARE]] and [[LinkedIn|SOFTWARE]]. The flip side is that candidates are all using AI too, so every CV now looks polished and says the same things.

AI: Can you share a specific example?

User: Sure. Earlier this year I was hiring a data engineer for a government agency client. Got about 180 applications in three days, and honestly maybe a third were obviously AI-written cover letters. My colleague [[Chidinma Obi|PERSON]] built a little screening process where we asked candidates one specific question about a past project, and the generic answers stood out a mile. [[Chidinma|PERSON]]'s approach cut our shortlist time in half. We placed a great candidate in the end.

AI: You mentioned [[Chidinma|PERSON]]'s approach. What concerns do you have about AI in hiring?

User: Bias is the big one. The matching tools learn from past hires, and past hires in tech in [[New Zealand|COUNTRY]] skew a certain way. I also worry about data. We had a junior consultant paste a candidate's full application into a free tool, including their IRD number, [[118-342-907|NATIONAL_ID]], because it was on a payroll form. Our [[director|JOB_TITLE]], [[Sarah-Jane Whitlock|PERSON]], shut that down fast and we did training.

AI: How does this affect you personally?

User: Honestly it makes me more productive, but I wonder about the juniors coming through. My partner [[Kiri|PERSON]] is a [[teacher|JOB_TITLE]] and says the same about her students, and our son [[Nikau|PERSON]] is [[eight|AGE]] and already asks [[Copilot|AI_PRODUCT]] to do his maths. We get a lot of candidates from [[Australia|COUNTRY]] too, same story there. We've got a long weekend coming up for [[Matariki|GENERIC_TIME]] and I'm trying not to think about work at all.

AI: Thanks, [[Hamish|PERSON]]. How can we reach you?

User: Easiest is email - [[hamish[at]kowhaitalent[dot]co[dot]nz|OBF_EMAIL|bracket_at_dot]]. Or ring the office and ask for me.""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_p")
