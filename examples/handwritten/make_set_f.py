# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----

T.append("""AI: Hi, thanks for taking the time today. To start, could you tell me a bit about yourself and what you do for work?

User: sure! so I'm [[Grace Tran|PERSON]], I'm [[36|AGE]], and I run a little wedding + elopement photography business out of [[Austin|CITY]]. it's basically me and my second shooter [[Hope Alvarado|PERSON]] on the big weekends. before this I was a [[marketing coordinator|JOB_TITLE]] at [[Dell|ORGANIZATION]] for like six years, which is honestly where I first started playing with [[ChatGPT|AI_PRODUCT]] for copy.

AI: Thanks, [[Grace|PERSON]]. How does AI show up in the business day to day?

User: mostly the boring admin stuff lol. client emails, timelines, the questionnaire couples fill out. I shoot, cull in [[Lightroom|SOFTWARE]], and then [[ChatGPT|AI_PRODUCT]] drafts the "your gallery is ready!!" email. [[Hope|PERSON]] uses [[Aftershoot|AI_PRODUCT]] for culling, which I was super skeptical of but it's saved us hours. I just hope it doesn't get so good that couples stop hiring humans haha. every [[October|GENERIC_TIME]] is insane so anything that saves time is a yes from me

AI: Have you ever shared personal details with these tools that you later thought twice about?

User: oh yes. early on I pasted my entire email signature in so it would "learn my voice" - [[grace@gracetranphoto.com|EMAIL_ADDRESS]], my cell [[(512) 555-0193|PHONE_NUMBER]], the studio address [[2210 E Cesar Chavez St|ADDRESS]], [[Austin|CITY]], [[TX|CITY]] [[78702|ADDRESS]], my site [[gracetranphoto.com|URL]] and my insta [[@gracetran.shoots|SOCIAL_HANDLE]]. my husband [[Will|PERSON]] was like why would you give a robot all that lol. now in my bio I write it as [[grace at gracetranphoto dot com|OBF_EMAIL|spelled_at_dot]] so scrapers leave me alone. I will say the emails it wrote after that did sound more like me tho

AI: You mentioned [[Will|PERSON]] wasn't thrilled. What about information about your clients?

User: that's where I got more careful. last [[spring|GENERIC_TIME]] I pasted a whole timeline for a bride named [[Khanh Linh Pham|PERSON]] and it had her mom's cell and the planner's cell and the venue in [[Dripping Springs|CITY]] and I was like... ok that's not mine to share. so now it's "Bride A, Groom B" and I fill the names back in after. [[Khanh Linh|PERSON]] would not have cared honestly but still

AI: Did you get any formal training on using AI?

User: not really, I took a night class in digital marketing at [[Austin Community College|SCHOOL]] back in [[2014|DATE]] and that was pre-everything. most of what I know is from youtube and from a facebook group for photographers. we did a [[Taylor Swift|PUBLIC_FIGURE]] themed reception last year and I had [[Midjourney|AI_PRODUCT]] make mockups of the signage for the couple, that was fun

AI: How do you feel about AI image generation in your field more broadly?

User: mixed. for mockups, fine. for actual wedding photos no way, people want their real day. a planner I work with, [[Deshawn Miller|PERSON]], jokes that one day couples will just send a selfie and get a whole fake album. I told [[Deshawn|PERSON]] over my dead body lol. if anyone wants a planner rec, he lists his email as [[deshawn {at} hillcountryevents {dot} com|OBF_EMAIL|brace_at_dot]] and [[Hope|PERSON]]'s booking line on our site is [[five one two · five five five · oh two two one|OBF_PHONE|words_middle_dots]], she did that herself. my big thing though is that small businesses like mine don't have an IT person or [[a lawyer|GENERIC_ROLE]] to ask what's safe, so clearer guidance from the companies would be great. even [[my accountant|GENERIC_ROLE]] just shrugs when I ask. ok I gotta run, [[Will|PERSON]] is making dinner!""")

T.append("""AI: Hello and thank you for joining. Could you start by describing your role?

User: Hello. My name is [[Tomasz Wiśniewski|PERSON]], I am [[quantity surveyor|JOB_TITLE]] in [[Leeds|CITY]], working for small firm, [[Harrow & Pike Surveyors|ORGANIZATION]], maybe twelve people. I come from [[Poland|COUNTRY]], from [[Rzeszów|CITY]], I am in [[UK|COUNTRY]] since [[2011|DATE]]. Before I was site labourer, then I did HNC at [[Leeds College of Building|SCHOOL]] and after degree at [[Leeds Beckett University|SCHOOL]].

AI: Thanks, [[Tomasz|PERSON]]. How do you use AI tools in your work?

User: Mostly [[Copilot|AI_PRODUCT]] inside [[Excel|SOFTWARE]] for cost plans, and [[Claude|AI_PRODUCT]] for reading long contracts, JCT contracts are very long and my English for legal words is not perfect. I ask it explain clause in simple words. My boss [[gareth|PERSON]] is a bit old school, he prints everything, but he likes when I give him summary in one page. [[Gareth Pike|PERSON]] is partner and founder, he says "[[Tomasz|PERSON]], if robot makes mistake it's your mistake". Fair enough.

AI: Have you ever put personal information into an AI tool?

User: Yes, one time, bit stupid. I was doing tax return and self employed side job, and I asked [[ChatGPT|AI_PRODUCT]] to check my form, I copied everything, also my NI number [[JT 48 21 93 B|NATIONAL_ID]] and my address [[Flat 3, 27 Cardigan Road|ADDRESS]], [[Headingley|CITY]], [[LS6 1LF|ADDRESS]]. My wife [[Agnieszka|PERSON]] saw it and she was angry, she works in bank so she knows about fraud. Now I use fake numbers when I ask. She gives her own number to agencies in Polish words, [[zero siedem siedem zero zero, dziewięć zero zero, jeden trzy sześć|OBF_PHONE|polish_words]], she thinks it confuses the robots.

AI: That's a common experience, and it sounds like [[Agnieszka|PERSON]] was right to flag it. Do you share colleagues' or clients' details?

User: Sometimes names come in emails. For example client [[Northgate Living Ltd|ORGANIZATION]], their [[project manager|JOB_TITLE]] is [[Oluwaseyi Adeleke|PERSON]] and his signature has mobile [[07700 900482|PHONE_NUMBER]]. When I paste email to make reply I forget delete signature. [[Seyi|PERSON]] is nice guy, I don't think he will mind, but now I try to remember. Also his colleague [[Marta Kowalska|PERSON]], she writes her email in signature like [[marta.k (at) northgateliving (dot) co (dot) uk|OBF_EMAIL|paren_at_dot]], so [[Marta|PERSON]] is more careful than me. Usually I send drafts to [[the site manager|GENERIC_ROLE]] first.

AI: How do you feel about AI changing your profession?

User: Measuring, take-offs, this will be automated, [[CostX|SOFTWARE]] already does lot. But negotiating with contractor on [[Friday|GENERIC_TIME]] afternoon when he is angry about variation, no AI can do it. My daughter [[Zofia|PERSON]] is [[seven|AGE]], she asks [[Alexa|AI_PRODUCT]] everything, so her generation will be different.

AI: Is there anything your employer has told you about using these tools?

User: Only one email from [[the office manager|GENERIC_ROLE]], saying no client drawings in free tools. If you want to follow up you can email me [[tomasz.w@harrowpike.co.uk|EMAIL_ADDRESS]] or my personal [[t.wisniewski [at] wp [dot] pl|OBF_EMAIL|bracket_at_dot]].""")

T.append("""AI: Thanks for joining this conversation. Can you tell me about your job and where you work?

User: hi! I'm [[Ananya Krishnamurthy|PERSON]], [[29|AGE]], [[senior data analyst|JOB_TITLE]] at [[Paywave Labs|ORGANIZATION]], it's a payments startup in [[Koramangala|CITY]], [[Bengaluru|CITY]]. before this I was at [[Infosys|ORGANIZATION]] in [[Mysuru|CITY]] for 3 years as a [[systems engineer|JOB_TITLE]], that's also where my parents stay so I go home most weekends

AI: Nice to meet you, [[Ananya|PERSON]]. How do you use AI at work?

User: a lot honestly. [[GitHub Copilot|AI_PRODUCT]] in VS Code for SQL and python, [[Cursor|AI_PRODUCT]] on my personal laptop, and [[Gemini|AI_PRODUCT]] because our company is on Google Workspace. my manager [[Rohit Bhandari|PERSON]] is very pro-AI, he literally said in standup "if you're writing a pivot by hand you're wasting the company's money" haha. [[Rohit|PERSON]]'s the one who pushed us to try it. he even put his email on the team wiki as [[rohit underscore b at paywavelabs dot in|OBF_EMAIL|spelled_underscore_at_dot]] so the vendors don't spam him

AI: Have there been moments where you felt uneasy about what you were sharing?

User: yes, two. one at work - I pasted a sample of transaction logs to debug a query and it had real merchant names and some UPI ids. our [[compliance head|GENERIC_ROLE]] found out in an audit and there was a whole training after that. second was personal - I was filling some bank KYC form late at night and I literally typed my Aadhaar [[4821 7730 9154|NATIONAL_ID]] and PAN [[BKRPK4821L|NATIONAL_ID]] into [[ChatGPT|AI_PRODUCT]] asking "is this format right". so dumb. my sister [[kavya|PERSON]] still teases me about it. she keeps her own number in her insta bio as [[nine eight eight 6 - 4 one 2 - zero 7 7|OBF_PHONE|mixed_words_digits]], very paranoid, she's a [[cybersecurity analyst|JOB_TITLE]] at [[Wipro|ORGANIZATION]]

AI: What did the training at work cover?

User: basically mask everything, use the internal sandbox, never paste customer PII. they showed a video of [[Satya Nadella|PUBLIC_FIGURE]] talking about responsible AI which nobody watched fully lol. now I use synthetic data for debugging

AI: Do you use AI for anything outside core analysis, like career development?

User: yes, I redid my resume with it. it has everything - [[ananya.krish@gmail.com|EMAIL_ADDRESS]], phone [[+91 98451 22870|PHONE_NUMBER]], my github [[github.com/ananyak-data|URL]] and linkedin [[linkedin.com/in/ananya-krishnamurthy|URL]]. I did my BTech at [[PES University|SCHOOL]] and a data science certificate from [[IIT Madras|SCHOOL]] online in [[2021|DATE]], it helped me phrase the projects better. when people ask for contact in forms I sometimes write [[ananya at the rate paywavelabs dot in|OBF_EMAIL|at_the_rate]] because that's how everyone in office says it anyway

AI: It sounds like [[Rohit|PERSON]] is quite enthusiastic. How do your other colleagues feel about all this?

User: mixed. my teammate [[Mohammed Irfan Siddiqui|PERSON]] refuses to use any of it, he says he wants to actually understand the code. [[Irfan|PERSON]] is probably right tbh. but deadlines are deadlines, especially around [[Diwali|GENERIC_TIME]] when transaction volume goes crazy. and honestly companies in [[India|COUNTRY]] are moving super fast on this and the policies are always six months behind. ok that's all from my side!""")

T.append("""AI: Good afternoon, and thanks for taking part. Could you tell me what you do?

User: Good afternoon o. I am [[Adebisi Oyelaran|PERSON]], I own a fashion brand called [[Bisi Couture|ORGANIZATION]], we make bridal and aso ebi for owambe. My shop is at [[14 Herbert Macaulay Way|ADDRESS]], [[Yaba|CITY]], [[Lagos|CITY]]. I started in [[2015|DATE]] with one sewing machine in my mother's parlour, now I have six tailors

AI: Congratulations, [[Adebisi|PERSON]]. How does AI come into your business?

User: Thank you! Honestly it has been a real blessing for the social media side. I use [[ChatGPT|AI_PRODUCT]] to write captions and reply DMs, [[Canva|SOFTWARE]] for flyers. My sister [[ngozi|PERSON]] is the one who showed me, she works in tech at [[Flutterwave|ORGANIZATION]]. Before I was typing every caption myself at 2am

AI: Do you ever put customer details into these tools?

User: Hmm. Yes sometimes. Like if a customer sends long voice note I transcribe it and paste to summarise the measurements and the date of the wedding. One customer, [[Blessing Eze|PERSON]], her wedding was [[12 April 2024|DATE]] in [[Enugu|CITY]] and I put her full measurements and her number in the chat. [[Blessing|PERSON]] is my friend so she laughed when I told her but I know it's not right. She even sent me her email in the chat like [[blessingeze2 (at) yahoo (dot) com|OBF_EMAIL|paren_at_dot]], I pasted that one too

AI: How do customers usually reach you?

User: Instagram mostly, [[@bisicouture_ng|SOCIAL_HANDLE]], and WhatsApp [[0803 417 2290|PHONE_NUMBER]]. Because of scammers I now put it on flyers like [[zero eight zero three, four one seven, twenty-two ninety|OBF_PHONE|digits_as_words]] so bots don't pick it. My email is [[bisicouture.lagos@gmail.com|EMAIL_ADDRESS]] but nobody in [[Nigeria|COUNTRY]] sends email for clothes lol. On the flyer my email is [[b i s i c o u t u r e . l a g o s @ gmail . com|OBF_EMAIL|spaced_letters]], my nephew designed it like that. [[My accountant|GENERIC_ROLE]] said it looks like a code

AI: Did you have any training in business or design?

User: I did fashion design at [[Yaba College of Technology|SCHOOL]], then a short digital marketing course with [[Lagos Business School|SCHOOL]] in [[2022|DATE]], they talked a little about AI but not much. My head tailor [[Chukwuemeka Obi|PERSON]] doesn't trust the phone for anything, he still writes measurements in exercise book. [[Chukwuemeka|PERSON]] is [[61|AGE]], he has been sewing since before I was born

AI: What inspires how you present the brand?

User: I like how [[Chimamanda Ngozi Adichie|PUBLIC_FIGURE]] dresses, very proudly Nigerian. I even asked [[Midjourney|AI_PRODUCT]] to make mood board in that style for [[Christmas|GENERIC_TIME]] collection. But the real magic is still the hands of my tailors, AI cannot sew agbada""")

T.append("""AI: Hi there, thanks for making time. Could you introduce yourself and your work?

User: Sharp. I'm [[Lwazi Ndlovu|PERSON]], [[34|AGE]], I own [[Ndlovu Solar & Electrical|ORGANIZATION]], we do solar, inverters, backup power, general electrical. Based in [[Soweto|CITY]] but we work all over [[Joburg|CITY]]. Before I started the company I was an [[electrician|JOB_TITLE]] at [[Eskom|ORGANIZATION]] for about seven years, then load shedding got so bad that everyone wanted solar so I went on my own in [[2020|DATE]]

AI: Thanks, [[Lwazi|PERSON]]. Where does AI fit in?

User: Quotes mostly. A customer sends me photos of the DB board and their electricity bill, I describe the house to [[ChatGPT|AI_PRODUCT]] and it helps me size the system and write the quote nicely. Then I put the final numbers in [[Sage|SOFTWARE]]. My guy [[Gift Mahlangu|PERSON]] does the installs with me, [[Gift|PERSON]] is better with the phone than me so he uses [[Gemini|AI_PRODUCT]] to check wiring regs. That boy is a gift honestly. His number is on the invoices as [[O72 339 81O4|OBF_PHONE|letter_o_for_zero]], with the letter O, his idea, so people must type it properly

AI: Have you ever shared something with an AI tool that you were unsure about?

User: Ja. When I registered on the municipal supplier database there was a long form and I asked [[ChatGPT|AI_PRODUCT]] to help me fill it, I pasted my ID number [[8807125093084|NATIONAL_ID]] and my home address, [[2291 Vilakazi Street|ADDRESS]], [[Orlando West|CITY]]. Afterwards I was like eish, why did I do that. My wife [[Nomvula|PERSON]] said there's nothing to do now because you can't change an ID number lol

AI: What about customer information?

User: The quotes have the customer name and address. I used to paste everything, now I write "client" and the suburb only. Even [[the site foreman|GENERIC_ROLE]] on the big jobs does that now. Like last month a big job for a doctor in [[Midrand|CITY]], I just said "doctor, [[Midrand|CITY]], 4 bedroom". Wait I said the suburb again haha. anyway that's better than before

AI: So you're more careful now, [[Lwazi|PERSON]]. How do customers find you?

User: Facebook and word of mouth. WhatsApp is [[082 519 4470|PHONE_NUMBER]], on the bakkie we painted it as [[082-five-one-nine-44-70|OBF_PHONE|mixed_words_digits]] because a guy said it stops the spam bots, I don't know if that's true. Email is [[lwazi@ndlovusolar.co.za|EMAIL_ADDRESS]] and the website is [[ndlovusolar.co.za|URL]]

AI: Did you do any courses along the way?

User: I did my trade test through [[Ekurhuleni West TVET College|SCHOOL]], and last year a free solar design course online, the PV one from [[SAPVIA|ORGANIZATION]]. Nobody taught us AI, I learnt from TikTok. There's a guy on TikTok, [[@sparky_mzansi|SOCIAL_HANDLE]], he posts how he uses [[ChatGPT|AI_PRODUCT]] for quotes, I copied his method. As for the future, if [[Cyril Ramaphosa|PUBLIC_FIGURE]] fixes the power maybe solar slows down lol. But AI makes a small guy like me look professional like the big companies. The customers in [[Sandton|CITY]] want a proper PDF quote, not a WhatsApp message, and now I can give them that in ten minutes""")

T.append("""AI: Thank you for joining. Could you share a bit about your role?

User: Sure. I'm [[Tan Wei Ling|PERSON]], most people call me [[Wei Ling|PERSON]]. I'm a [[UX researcher|JOB_TITLE]] at [[DBS|ORGANIZATION]], in the digital banking team. Been there since [[2019|DATE]], before that I was at a small agency called [[Pixelwright Studio|ORGANIZATION]] in [[Tiong Bahru|CITY]]

AI: Thanks, [[Wei Ling|PERSON]]. How do you use AI in your research work?

User: Quite a lot lah. We record interviews, then [[Otter|AI_PRODUCT]] transcribes, then I use the internal approved LLM to cluster themes. For my own side projects I use [[Claude|AI_PRODUCT]] and [[Dovetail|SOFTWARE]]. My colleague [[Nurul Huda binte Rahman|PERSON]] built a prompt library for affinity mapping, [[Nurul|PERSON]] is super good at that, she's [[nurul.makes.things|SOCIAL_HANDLE]] on Threads, she even shares the templates publicly, her email on the slides is [[nurulhuda.ux [at] gmail [dot] com|OBF_EMAIL|bracket_at_dot]]. [[Our team lead|GENERIC_ROLE]] asked her to present it to the whole department. The bank is very strict so anything with customer data stays inside

AI: Have you ever had a slip-up with personal data?

User: Not at work, the guardrails are too tight haha. But at home yes. I was applying for a BTO flat and the HDB form was confusing, so I pasted my NRIC [[S8834217H|NATIONAL_ID]] and address, [[Blk 512 Tampines Central 1, #08-214|ADDRESS]], [[Singapore|CITY]] [[520512|ADDRESS]], into a free chatbot to ask which section it goes. Then my husband [[Darren Lim|PERSON]] told me his cousin got scammed after something like that. Funny thing, [[Darren|PERSON]] himself gives his number to the aunties at the market in Chinese characters, [[八二四七 一三九六|OBF_PHONE|chinese_digits]], he says scammers cannot copy paste it. So I deleted the chat, not sure if that really deletes

AI: How do participants in your studies feel about AI being used?

User: Older aunties and uncles are a bit worried. One participant, a retiree in [[Ang Mo Kio|CITY]], asked if the robot is listening. We explain [[Otter|AI_PRODUCT]] is only transcribing. Younger ones don't care at all

AI: Did you learn research methods formally?

User: Yes, psychology at [[NUS|SCHOOL]], graduated [[2016|DATE]], then a UX certificate at [[General Assembly|SCHOOL]]. Last year my team did a prompt engineering workshop, the trainer was from [[AI Singapore|ORGANIZATION]]

AI: Do people contact you about your side projects?

User: Sometimes, I have a small portfolio site [[weilingtan.design|URL]]. I put my email there as [[weiling ＠ weilingtan ． design|OBF_EMAIL|fullwidth_symbols]] with the funny full-width symbols, and WhatsApp as [[９１２３ ４８７２|OBF_PHONE|fullwidth_digits]]. My real work email I don't put anywhere. Worries about the future? Aiyah, the usual. Jobs. But [[Lee Hsien Loong|PUBLIC_FIGURE]] and the government keep saying reskill, so I just keep learning. My mum is [[67|AGE]] and she uses [[ChatGPT|AI_PRODUCT]] to translate Chinese recipes now, so I think everyone will adapt""")

T.append("""AI: G'day and thanks for your time. Can you tell me about your work?

User: no worries. I'm [[Dan Kowalczyk|PERSON]], [[52|AGE]], [[licensed plumber|JOB_TITLE]], been running my own show, [[Kowalczyk Plumbing & Gas|ORGANIZATION]], out of [[Logan|CITY]] since [[2004|DATE]]. did my apprenticeship through [[TAFE Queensland|SCHOOL]] back in the 90s when you still did everything on carbon copy docket books

AI: Thanks, [[Dan|PERSON]]. How has AI come into that?

User: honestly my wife [[Amber|PERSON]] dragged me into it. [[Amber|PERSON]] does the books and she found that [[ChatGPT|AI_PRODUCT]] writes the quotes and the follow-up emails way better than me. we use [[ServiceM8|SOFTWARE]] for jobs and [[Xero|SOFTWARE]] for invoicing. I just yell at my phone in the ute and it turns it into a proper job note. the amber light on the dash came on the other day and I asked the chatbot what it was lol. my apprentice [[Jack Pereira|PERSON]], he's [[19|AGE]], uses it for everything. [[Jack|PERSON]]'s doing his cert III now and he asks it about AS/NZS 3500 clauses. I tell him double check with the actual standard coz it's wrong sometimes. he's put his number on his ute for side jobs as [[oh four one nine, double two six, five one eight|OBF_PHONE|double_digits_words]], cheeky bugger. good kid though

AI: Have you ever entered personal or sensitive info into an AI tool?

User: yeah one time doing the BAS, I typed the whole lot in to get it explained - my tax file number [[482 117 936|NATIONAL_ID]], the ABN, our address [[7 Banksia Crescent|ADDRESS]], [[Shailer Park|CITY]] [[QLD|CITY]] [[4123|ADDRESS]]. [[Amber|PERSON]] nearly killed me. [[the accountant|GENERIC_ROLE]] said don't do that, mate

AI: Sounds like [[Amber|PERSON]] keeps you honest. What about customers' information?

User: the job notes have names and addresses. like last week a hot water system for an old fella, [[Bill Hargreaves|PERSON]], [[33 Kingfisher Drive|ADDRESS]], [[Loganholme|CITY]], and his mobile. it goes in [[ServiceM8|SOFTWARE]] anyway, but I'd paste the note into the chatbot to tidy it up. now I just leave the address off. [[Bill|PERSON]]'s a good bloke, he'd probably just be chuffed someone's writing about him. the bill for that job was a shocker too, parts have gone up heaps

AI: How do customers contact you?

User: mobile [[0412 887 305|PHONE_NUMBER]], it's on the van. website's [[kowalczykplumbing.com.au|URL]] that a nephew set up. email [[dan@kowalczykplumbing.com.au|EMAIL_ADDRESS]]. [[Amber|PERSON]] put it on the facebook page as [[dan (at) kowalczykplumbing (dot) com (dot) au|OBF_EMAIL|paren_at_dot]] cos she read that on some forum

AI: Any worries about where this is all heading?

User: nah not for the tools. a robot's not crawling under a house in [[Beenleigh|CITY]] in [[January|GENERIC_TIME]] heat. I saw [[Elon Musk|PUBLIC_FIGURE]] reckon robots will do every job, good luck with a blocked sewer mate. for the office side yeah it's changed things, [[Amber|PERSON]] gets home by five now instead of doing invoices at ten at night""")
T.append("""AI: Thanks for joining today. To start, what's your role and where do you work?

User: Hi! I'm [[Farah Haddad|PERSON]], I'm a [[law clerk|JOB_TITLE]] at [[Mendelson Park LLP|ORGANIZATION]], it's a small real estate and wills firm in [[North York|CITY]], [[Toronto|CITY]]. I've been there since [[September 2020|DATE]], right in the middle of covid, onboarding over Zoom was wild. I did my diploma at [[Seneca College|SCHOOL]]

AI: Thanks, [[Farah|PERSON]]. How are AI tools used at the firm?

User: It's kind of a split. One of the partners, [[Frank Osei|PERSON]], is super into it, he got us a trial of [[Harvey|AI_PRODUCT]] for drafting. The other partner, [[Ruth Mendelson|PERSON]], is very skeptical, she says and I quote "I didn't go to [[Osgoode|SCHOOL]] so a chatbot could write my affidavits". To be frank I'm in the middle. We use [[Clio|SOFTWARE]] for practice management and I use [[Copilot|AI_PRODUCT]] in Outlook to summarise long email chains

AI: Have you ever shared client information with an AI tool?

User: Ugh, okay, confession. Before we had [[Harvey|AI_PRODUCT]], I used the free [[ChatGPT|AI_PRODUCT]] to reformat a closing document and it had the purchaser's name, [[João Pedro Albuquerque|PERSON]], the property address [[88 Ellerslie Avenue|ADDRESS]], [[North York|CITY]], [[ON|CITY]] [[M2N 1X9|ADDRESS]], and his SIN [[527 418 903|NATIONAL_ID]] because it was a tax form attached. His email was in there too, he'd actually typed it in his signature as [[joaopedro.alb arroba gmail ponto com|OBF_EMAIL|portuguese_words]], which is how they do it in [[Brazil|COUNTRY]] apparently. I caught it after like a minute and deleted the chat. [[Frank|PERSON]], who lists his cell on the firm bio as [[four one six. 555. O one nine one|OBF_PHONE|mixed_words_letter_o]], said it was probably fine but [[Ruth|PERSON]] made a whole policy out of it, which honestly, fair

AI: What does the policy say now?

User: Only [[Harvey|AI_PRODUCT]] for anything client related, no free tools, no SINs or IDs anywhere. And [[the office manager|GENERIC_ROLE]] does a spot check every [[Friday|GENERIC_TIME]]

AI: How do you feel personally about AI in your profession?

User: A bit anxious. Clerks do a lot of the drafting and document prep that these tools are good at. My mom keeps forwarding me articles where [[Sam Altman|PUBLIC_FIGURE]] says everything will change. But clients still want a human to call, especially older ones doing their wills

AI: Is there a way we can follow up with you?

User: Sure, work email is [[fhaddad@mendelsonpark.ca|EMAIL_ADDRESS]] but personal is better, [[farah.h [at] proton [dot] me|OBF_EMAIL|bracket_at_dot]]. Cell is [[(416) 555-0137|PHONE_NUMBER]]. I'm also on LinkedIn, [[linkedin.com/in/farahhaddad-lawclerk|URL]]""")

T.append("""AI: Kia ora, and thanks for joining. Could you tell me about your work?

User: Kia ora! I'm [[Aroha Te Whare|PERSON]], I teach chemistry and junior science at [[Onslow College|SCHOOL]] in [[Wellington|CITY]]. I'm [[41|AGE]], been teaching about fifteen years, started out at a school in [[Rotorua|CITY]] where I grew up

AI: Thanks, [[Aroha|PERSON]]. How do you use AI in your teaching?

User: Mostly planning. I use [[Gemini|AI_PRODUCT]] since the school is on Google, and [[MagicSchool|AI_PRODUCT]] for differentiated worksheets. Our HOD, [[Mere Parata|PERSON]], ran a PD session on it in [[Term 2 2023|DATE]] and that got a lot of us started. [[Mere|PERSON]] was quite careful to say no student names in anything, which I think is the right call

AI: Have you ever slipped up on that?

User: Once, yes. I was writing reports at the end of the year and I pasted a comment bank with student names in, like "[[Tama Ruatapu|PERSON]] has shown real growth in practical work". Realised halfway through. Now I use initials or "Student A". The kids are fourteen, fifteen, they deserve their privacy

AI: Outside school, do you use AI for personal admin?

User: Ha, yes, and I did something daft there too. I was sorting my tax and asked a chatbot about a letter from Inland Revenue and I typed in my IRD number, [[112-358-947|NATIONAL_ID]]. My partner [[Sunny|PERSON]] works in cyber security so [[Sunny Park|PERSON]] gave me a whole lecture over dinner. It was a sunny [[Saturday|GENERIC_TIME]] too, I just wanted to get it done and go to the beach

AI: It sounds like [[Sunny Park|PERSON]] had a point. How do colleagues feel about the tools?

User: Split. Some of the older staff think it's cheating. One of the deputy principals, [[Whetu Kingi|PERSON]], is really keen and wants us to teach the kids how to use it well rather than ban it. I'm with [[Whetu|PERSON]] on that. [[Whetu|PERSON]] writes his number in te reo on the staffroom board, [[kore rua rua, whitu whā toru, rima waru tahi iwa|OBF_PHONE|maori_words]], so only the staff who can read it call him, ha. [[The principal|GENERIC_ROLE]] is more cautious. The kids are using [[ChatGPT|AI_PRODUCT]] and [[Snapchat My AI|AI_PRODUCT]] whether we like it or not

AI: Did you get training in your teacher education on any of this?

User: Gosh no, I did my grad dip at [[Victoria University of Wellington|SCHOOL]] in [[2009|DATE]], we barely had smartboards. Everything I know is from PD and mucking around. Honestly, teachers need time, not just tools. Someone said once [[Jacinda Ardern|PUBLIC_FIGURE]] visited our school and said teachers are the backbone, well the backbone is tired haha. You can text me, [[oh two one, four four eight, three nine one seven|OBF_PHONE|digits_as_words]], or email [[aroha.tewhare@onslow.school.nz|EMAIL_ADDRESS]]""")

T.append("""AI: Thanks for joining us. Could you tell me about yourself and your business?

User: Sure thing. Name's [[Patrick Brennan|PERSON]], I'm [[58|AGE]], I own [[Brennan Heating & Cooling|ORGANIZATION]] in [[Dayton|CITY]], [[Ohio|CITY]]. My dad started it in [[1979|DATE]], I took over in [[2003|DATE]]. We've got eleven guys in trucks plus the office. My son [[Mark|PERSON]] is the [[service manager|JOB_TITLE]] now and he'll probably take it over when I retire

AI: Thanks, [[Patrick|PERSON]]. How does AI come into the business?

User: Honestly it was [[Mark|PERSON]] who pushed it. We run everything on [[ServiceTitan|SOFTWARE]], and they added some AI features for call summaries. Then our office manager, [[Rosalind Vukovic|PERSON]], started using [[ChatGPT|AI_PRODUCT]] for the newsletter and the Google review replies. [[Roz|PERSON]]'s been with us 22 years, if she says it's good I believe her. [[Mark|PERSON]] also runs our TikTok, [[@brennanhvac_dayton|SOCIAL_HANDLE]], and he's got his own, [[@markfixesair|SOCIAL_HANDLE]]. Marketing copy we tried [[Jasper|AI_PRODUCT]] for a while, it was fine but pricey

AI: Have you personally used these tools?

User: A little. And I'll be honest with you, I did something dumb. I was trying to figure out a question on my personal taxes and I typed my social into the chat, [[412-68-3097|NATIONAL_ID]], plus my home address, [[4417 Shroyer Road|ADDRESS]], [[Kettering|CITY]]. My accountant [[Linda Castellanos|PERSON]] about had a heart attack when I told her. She said, [[Pat|PERSON]], you wouldn't hand your wallet to a stranger at the gas station. Nothing bad came of it that I know of. But [[Mark|PERSON]] made a rule, no customer info, no employee info, no numbers. I'd mark that as the best rule we have. We had a customer once, old gal named [[Dolores Figueroa|PERSON]], who we'd been servicing for thirty years, and [[Roz|PERSON]] almost pasted her whole service history with her gate code into the thing. Caught it in time. Our dispatcher, [[Guadalupe Ramírez|PERSON]], [[Lupe|PERSON]] we call her, she's the careful one, she even writes her email on the job board as [[lupe.ramirez arroba brennanhvac punto com|OBF_EMAIL|spanish_words]] so the vendors' bots don't grab it

AI: Did anyone on the team get formal training?

User: [[Mark|PERSON]] did a business certificate at [[Sinclair Community College|SCHOOL]] and they had a module on AI tools. The techs all went through HVAC school at [[Sinclair Community College|SCHOOL]] too, funny enough. Me, I learned on a roof in [[July|GENERIC_TIME]]

AI: How do customers get hold of you?

User: Office line is [[(937) 555-0148|PHONE_NUMBER]], website [[brennanhvac.com|URL]], my email [[pat@brennanhvac.com|EMAIL_ADDRESS]]. [[Roz|PERSON]] puts the phone on Facebook as [[nine three seven . five five five . zero one four eight|OBF_PHONE|words_and_dots]] because she got spammed

AI: Anything you'd want policymakers or AI companies to know?

User: Small businesses aren't the big guys. We don't have a legal department. Make it simple and make it safe by default, that's all I ask""")

T.append("""AI: Hi, thanks so much for taking part. Could you tell me a little about your work?

User: hiya! I'm [[Beth Holloway|PERSON]], [[27|AGE]], freelance illustrator, mostly children's books and a bit of editorial. I work out of a shared studio at [[Unit 4, Islington Mill, 1 James Street|ADDRESS]], [[Salford|CITY]], [[M3 5HW|ADDRESS]]. Studied illustration at [[Manchester School of Art|SCHOOL]], graduated [[2019|DATE]]

AI: Thanks, [[Beth|PERSON]]. What's your relationship with AI tools like?

User: complicated lol. I don't use image generators for the art itself, like [[Midjourney|AI_PRODUCT]] or [[Adobe Firefly|AI_PRODUCT]], partly on principle and partly because my publisher clients forbid it in contracts. but I do use [[ChatGPT|AI_PRODUCT]] for invoices, chasing late payments and writing pitch emails because I hate admin. I paint in [[Procreate|SOFTWARE]] and finish in [[Photoshop|SOFTWARE]]

AI: You mentioned publisher clients. Can you say more about how AI comes up with them?

User: yeah so my main client is [[Tangerine Press|ORGANIZATION]], a little indie publisher in [[Bristol|CITY]]. the art director there, [[Rose Abernathy|PERSON]], put a no-AI clause in every contract since [[2023|DATE]]. [[Rose|PERSON]]'s brilliant, she fought for it. her email on the press website is [[rose dot abernathy at tangerinepress dot co dot uk|OBF_EMAIL|spelled_at_dot]], she's old school like that. my agent, [[Oyinkansola Bakare|PERSON]], agrees too. funny thing, [[Oyinkansola|PERSON]] uses [[Otter|AI_PRODUCT]] for every meeting, so it's not anti-AI exactly, just anti-AI-art. I get it, I'd hate to see a rose I painted turn up in someone's prompt

AI: Have you ever shared personal info with an AI tool?

User: probably loads without thinking. when I set up my invoicing template I pasted everything in, my bank details, the UTR, my address, email [[hello@bethholloway.art|EMAIL_ADDRESS]], mobile [[07700 900615|PHONE_NUMBER]]. I didn't even think twice. my boyfriend [[Kieran|PERSON]] was horrified, he's a [[software developer|JOB_TITLE]] at the [[BBC|ORGANIZATION]] so he's seen how the sausage is made

AI: [[Kieran|PERSON]] sounds like a useful person to have around. Where can people find your work?

User: portfolio is [[bethholloway.art|URL]], [[artstation.com/bethholloway|URL]], insta [[@bethdrawsthings|SOCIAL_HANDLE]] and on Bluesky I'm [[bethdraws.bsky.social|SOCIAL_HANDLE]]. on my about page I write the email as [[hello (at) bethholloway (dot) art|OBF_EMAIL|paren_at_dot]]

AI: How do you feel about the future of illustration?

User: scared and hopeful in equal measure. when the [[Greg Rutkowski|PUBLIC_FIGURE]] thing happened, where his name was used in like a million prompts, that really shook people. but clients like [[Tangerine Press|ORGANIZATION]] still want a human, and kids can tell, honestly. I'm doing a school visit in [[November|GENERIC_TIME]] and the kids always ask "did you really draw that". the one thing I'd add is that the big companies should pay artists whose work they trained on. that's it really, off to put the kettle on""")

T.append("""AI: Namaste, and thank you for your time. Could you please describe your work?

User: Namaste. Myself [[Vikram Deshpande|PERSON]], I am [[chartered accountant|JOB_TITLE]], running my own practice [[Deshpande & Associates|ORGANIZATION]] in [[Thane West|CITY]]. Age [[47|AGE]]. Practice was started by my father in [[1988|DATE]], I joined after qualifying in [[2003|DATE]]. We are total nine people, mostly article assistants

AI: Thank you, [[Vikram|PERSON]]. How are you using AI in the practice?

User: Mainly for drafting replies to notices from income tax department, GST notices, and explaining the law to clients in simple Marathi or Hindi. I use [[ChatGPT|AI_PRODUCT]] paid version and sometimes [[Perplexity|AI_PRODUCT]] for checking latest circulars. Accounts we keep in [[Tally|SOFTWARE]] and some clients on [[Zoho Books|SOFTWARE]]

AI: Have you ever had concerns about client data in these tools?

User: Yes, definitely. In the beginning my articleship trainee [[sneha|PERSON]], full name [[Sneha Kulkarni|PERSON]], she pasted full ITR computation of one client with PAN [[AFZPM7731K|NATIONAL_ID]] and his residential address [[B-402, Shanti Kunj Society, Ghodbunder Road|ADDRESS]], [[Thane|CITY]] [[400615|ADDRESS]] into the chat. [[Sneha|PERSON]] was only trying to find the mistake, she is very sincere girl, but I had to explain confidentiality under ICAI code. After that I made office rule, mask PAN and name always. The team follows it. The younger ones are anyway smarter than me with these tools. My son is [[12|AGE]] and he also uses it for homework, my wife [[Madhuri|PERSON]] scolds him daily. [[Madhuri|PERSON]] also does some bookkeeping for us, and on the office board her number is written like [[nau aath do do, shunya chaar saat, teen ek paanch|OBF_PHONE|hindi_words]], for the village clients who prefer to call her

AI: Did you receive any formal training on AI?

User: ICAI has done some webinars, and I did one certificate course from [[NMIMS|SCHOOL]] on data analytics for finance in [[2022|DATE]]. My graduation was B.Com from [[Mumbai University|SCHOOL]]. Honestly most of the learning is from YouTube and WhatsApp groups of CAs, and I am [[ca_vikram_thane|SOCIAL_HANDLE]] on Reddit, lurking in the tax subreddits

AI: How do clients usually reach you?

User: Office number [[022 2589 4410|PHONE_NUMBER]], and my mobile I give as [[९८२० ०४५ ११७|OBF_PHONE|devanagari_digits]] on some forums, in Devanagari numbers, so the spam fellows don't catch. Email [[vikram at the rate deshpandeassociates dot in|OBF_EMAIL|at_the_rate]]. During [[March|GENERIC_TIME]] and [[July|GENERIC_TIME]] we are very busy, year end and return filing, please don't call then ha ha

AI: Any thoughts on where this is heading for your profession?

User: After the budget speech, [[Nirmala Sitharaman|PUBLIC_FIGURE]] madam's team talked about AI in tax administration also. So department will use AI, we also must use. But the signature and responsibility is still of CA. AI cannot go for hearing in front of the officer""")

T.append("""AI: Good morning, and thank you for participating. Could you describe your work?

User: Good morning. I am Dr. [[Emeka Nwachukwu|PERSON]], an [[epidemiologist|JOB_TITLE]] with [[Northstar Health Initiative|ORGANIZATION]], an NGO based in [[Wuse II|CITY]], [[Abuja|CITY]]. We run malaria and maternal health surveillance in [[Kano|CITY]] and [[Bauchi|CITY]] states. I am [[39|AGE]]. I did my MPH at [[Ahmadu Bello University|SCHOOL]] in [[Zaria|CITY]] and later a short fellowship at [[LSHTM|SCHOOL]] in [[2018|DATE]]

AI: Thank you, Dr. [[Nwachukwu|PERSON]]. How do you use AI in your research?

User: Mainly for literature review and coding. [[Elicit|AI_PRODUCT]] and [[Consensus|AI_PRODUCT]] for finding papers, [[ChatGPT|AI_PRODUCT]] to help debug [[R|SOFTWARE]] and [[Stata|SOFTWARE]] scripts. My colleague [[Halima Bello|PERSON]], our [[data manager|JOB_TITLE]], uses it to write data cleaning code. [[Halima|PERSON]] is very careful, she never uploads raw data. Even her email on our reports is written [[halima.bello {at} northstarhealth {dot} org|OBF_EMAIL|brace_at_dot]]

AI: Have there been any incidents with sensitive data?

User: Not with study participants, thank God. Our ethics committee is strict. But I will confess something personal. When I was renewing my international passport the online form kept rejecting, and I pasted my NIN [[48213907765|NATIONAL_ID]] and my passport number [[A09917342|NATIONAL_ID]] into [[ChatGPT|AI_PRODUCT]] to ask why. Later I thought, this is exactly what we warn the field staff not to do

AI: You mentioned [[Halima Bello|PERSON]] is careful with raw data. How do your field staff use AI?

User: Some use it on their phones for translating consent scripts into Hausa, which is not perfect. One supervisor in [[Kano|CITY]], [[Abubakar Sani Danjuma|PERSON]], uses [[WhatsApp|SOFTWARE]] voice notes and then transcribes with AI. I told [[Abubakar|PERSON]] to stop sending recordings with participant names to any free tool. He shares his own line in the field team group as [[0803-SIX-one-2-four-NINE-zero-3-7|OBF_PHONE|mixed_words_digits]], the younger staff tease him about it. [[Our field coordinator|GENERIC_ROLE]] uses the same trick

AI: How do other researchers find and contact you?

User: My ORCID is [[orcid.org/0000-0002-4417-8830|URL]]. Email [[emeka.nwachukwu@northstarhealth.org|EMAIL_ADDRESS]]. Phone [[+234 809 552 1378|PHONE_NUMBER]]. On X I am [[@EmekaEpi|SOCIAL_HANDLE]], I post about malaria data. For conferences I sometimes write my Gmail as [[e m e k a n w a c h u k w u @ g m a i l . c o m|OBF_EMAIL|spaced_letters]], spaced out, to avoid spam

AI: What do you think about AI in global health more broadly?

User: It can help [[Africa|CONTINENT]] leapfrog some gaps, especially with few statisticians. But the models know more about [[America|COUNTRY]] and [[Europe|CONTINENT]] than about [[Bauchi|CITY]]. I listened to [[Bill Gates|PUBLIC_FIGURE]] say AI will transform health in poor countries. Maybe, but it needs local data and local people. Also, during [[Ramadan|GENERIC_TIME]] our field work slows and we use that time for analysis, and AI has made that period much more productive""")

T.append("""AI: Hi, thanks for being here. Could you tell me about your job?

User: hey! I'm [[Joy Nakamura|PERSON]], [[thirty-one|AGE]], [[senior copywriter|JOB_TITLE]] at [[Saltbush Creative|ORGANIZATION]], a small agency in [[Fitzroy|CITY]], [[Melbourne|CITY]]. we do a lot of wine, tourism, and a couple of councils. before this I was in the in-house comms team at [[Telstra|ORGANIZATION]] for four years which was... corporate lol

AI: Thanks, [[Joy|PERSON]]. How is AI used in your work?

User: we're quite open about it. first drafts, taglines, headline variations, I'll ask [[Claude|AI_PRODUCT]] for 40 options and then pick one and rewrite it. the agency pays for [[Jasper|AI_PRODUCT]] too but tbh most of us just use [[ChatGPT|AI_PRODUCT]] or [[Claude|AI_PRODUCT]]. design team uses [[Canva|SOFTWARE]] and [[Figma|SOFTWARE]]. my boss [[hamish|PERSON]] reckons AI is a "first draft intern" and that's kinda how I think about it too. it takes the joy out of it a bit if you let it write everything

AI: Have you ever shared client or personal information with these tools?

User: client briefs, yes, all the time, which is probably a grey area. one brief for a winery in the [[Yarra Valley|CITY]] had the owner's name, [[Giuseppe Marchetti|PERSON]], his mobile [[0438 229 614|PHONE_NUMBER]] and the launch date, [[18 October 2024|DATE]], which was under embargo. [[Giuseppe|PERSON]] would've been ropeable if it leaked. the cellar door number on the brief was even written out for the radio ad as [[oh-three, five nine six two, 1 4 0 8|OBF_PHONE|mixed_words_digits]]. [[Our creative director|GENERIC_ROLE]] loved that ad. nothing happened but [[Hamish Reid|PERSON]] - that's my boss - sent a memo after. basically: strip names and numbers, use the enterprise account only, never upload contracts. fair enough. our [[account director|GENERIC_ROLE]] still forgets though lol

AI: Did you study writing or marketing formally?

User: bachelor of communication at [[RMIT|SCHOOL]], finished in [[2015|DATE]]. then last year I did an online short course in AI for creatives through [[AWARD School|SCHOOL]]. it was useful mostly for the prompting side

AI: Do you use AI for your own profile or freelance work?

User: yeah I freelance a bit on the side. linkedin is [[linkedin.com/in/joynakamura-copy|URL]], on X I'm [[@joywrites_mel|SOCIAL_HANDLE]]. I used [[ChatGPT|AI_PRODUCT]] to rewrite my bio and I literally pasted my personal email and home address, [[5/118 Brunswick Street|ADDRESS]], [[Fitzroy|CITY]] [[VIC|CITY]] [[3065|ADDRESS]], because I wanted it to make an invoice template. on my site I now write the email as [[joy.nakamura AT outlook DOT com|OBF_EMAIL|caps_at_dot]]

AI: How do you feel about the future of copywriting?

User: a bit wobbly. the junior roles are disappearing, my mate [[Lachlan O'Connell|PERSON]] got made redundant from a big agency in [[Sydney|CITY]] in [[May 2024|DATE]] and they said AI was part of it. [[Lachlan|PERSON]]'s now retraining as a UX writer. if anyone's hiring, his email's on his folio as [[lachie_oc [at] icloud [dot] com|OBF_EMAIL|bracket_at_dot]]. but strategy, taste, knowing what a client actually means, that's still us. I read something where [[Sam Altman|PUBLIC_FIGURE]] said copywriters will be the first to go and I was like... rude""")

T.append("""AI: Thanks for joining. Could you tell me about your role?

User: yeah for sure. I'm [[Ji-hoon Park|PERSON]], go by [[Jay|PERSON]] at work. [[33|AGE]]. [[backend engineer|JOB_TITLE]] at [[Shopify|ORGANIZATION]], fully remote, I live in [[Burnaby|CITY]] just outside [[Vancouver|CITY]]. before that I was at a tiny fintech in [[Gastown|CITY]] called [[Ledgerleaf|ORGANIZATION]] that ran out of money in [[2022|DATE]]

AI: Thanks, [[Jay|PERSON]]. How does AI fit into your engineering work?

User: constantly. [[Cursor|AI_PRODUCT]] is my main editor now, [[GitHub Copilot|AI_PRODUCT]] before that. I use [[Claude|AI_PRODUCT]] for design docs and rubber ducking. our team lead [[Oksana Melnyk|PERSON]] is kinda the opposite, she writes everything in vim and reviews AI-generated PRs really hard. honestly [[Oksana|PERSON]]'s reviews made me better at prompting because I know she'll catch lazy stuff

AI: Have you ever pasted something sensitive into one of these tools?

User: once at the old job, yeah. I pasted a stack trace that had a customer's email and a partial card number in the log line. we were a startup, no DLP, nothing. at [[Shopify|ORGANIZATION]] the tooling is locked down way more. personally I've pasted my own stuff a lot, like when I was doing my taxes I gave it my whole T4 with my SIN [[612 774 085|NATIONAL_ID]] on it. my partner [[Zhang Yufei|PERSON]] is a [[privacy lawyer|JOB_TITLE]] so yeah, [[Yufei|PERSON]] was not thrilled. she won't even write her email normally, on her firm bio it's [[y u f e i . z h a n g @ outlook . com|OBF_EMAIL|spaced_letters]]

AI: How do your colleagues generally feel?

User: split by age kinda but not fully. a senior dev, [[Hyun-woo Choi|PERSON]], who's like [[fifty|AGE]], is the biggest AI nerd on the team. he literally writes his cell in hangul in the team channel, [[육공사 오오오 공일일이|OBF_PHONE|korean_words]], as a joke to see if the bots can parse it. meanwhile some new grads from [[UBC|SCHOOL]] refuse to use it during onboarding because they want to learn properly. I did my degree at [[UBC|SCHOOL]] too, and a [[Lighthouse Labs|SCHOOL]] bootcamp before that when I switched from being a [[lab technician|JOB_TITLE]]

AI: Do you share your work publicly?

User: a bit. github is [[github.com/jhpark-dev|URL]], I'm [[jhpark_dev|SOCIAL_HANDLE]] on Hacker News, mostly lurking. personal site [[jihoonpark.dev|URL]]. contact on there is [[jay at jihoonpark dot dev|OBF_EMAIL|spelled_at_dot]]. real gmail is [[jihoon.park.dev@gmail.com|EMAIL_ADDRESS]] but I don't post it

AI: Where do you see your job going?

User: idk man. [[Jensen Huang|PUBLIC_FIGURE]] says nobody needs to learn to code anymore, but every AI PR I review still needs a human to understand the system. I think the job becomes more reviewing and designing. ask me again next [[winter|GENERIC_TIME]] lol. honestly I just wish companies were clearer about what happens to the code we paste. the terms change every few months and nobody reads them. anyway, my cell is [[604-555-0129|PHONE_NUMBER]] if the research team wants a follow-up""")

T.append("""AI: Hello, thanks for joining. Could you describe your role?

User: Hi! I'm [[Adaeze Obi|PERSON]], [[clinical pharmacist|JOB_TITLE]] at [[Grady Memorial Hospital|ORGANIZATION]] in [[Atlanta|CITY]], mostly in the ICU. I'm [[34|AGE]]. Did my PharmD at [[Mercer University|SCHOOL]], residency at [[Emory|ORGANIZATION]] in [[2016|DATE]]. My parents are from [[Nigeria|COUNTRY]], I grew up in [[Decatur|CITY]]

AI: Thanks, [[Adaeze|PERSON]]. How does AI show up in your work?

User: Funny story, half the floor shortens my name and then the residents ask if I'm named after [[Ada|AI_PRODUCT]], the symptom checker app lol. At work it's mostly what's built into [[Epic|SOFTWARE]], some predictive sepsis alerts, and we use [[Lexicomp|SOFTWARE]] and [[UpToDate|SOFTWARE]] for references. Hospital policy says no public chatbots with patient data, full stop

AI: Do you use public tools for anything work-related?

User: For non-patient stuff, yes. I used [[ChatGPT|AI_PRODUCT]] to help draft a protocol update on vancomycin dosing, all generic. And I use [[Claude|AI_PRODUCT]] to study for my BCCCP recert. My director, [[Marcus Whitfield|PERSON]], is cautiously positive. [[Marcus|PERSON]] says use it to think, never to decide. He's old school, his pager-era habit is putting his cell in emails as [[4 0 4 - 5 5 5 - 0 1 9 8|OBF_PHONE|spaced_digits]] so the filters don't flag it

AI: Have you ever entered personal information into an AI tool?

User: Only my own. When I was applying for a job last year I had it rewrite my CV, so it has my email [[adaeze.obi.pharmd@gmail.com|EMAIL_ADDRESS]], phone [[(404) 555-0172|PHONE_NUMBER]], my apartment [[1180 Peachtree St NE, Apt 2306|ADDRESS]], [[Atlanta|CITY]], [[GA|CITY]] [[30309|ADDRESS]], and LinkedIn [[linkedin.com/in/adaeze-obi-pharmd|URL]]. I'm also [[@PharmDAdaeze|SOCIAL_HANDLE]] on X but I barely post. I didn't think twice then. Now I'd at least strip the address

AI: What about family or colleagues?

User: My daughter [[May|PERSON]] is [[four|AGE]] and her preschool sends these long forms. I've pasted the form into the chatbot to fill it, with her name and her pediatrician. [[May|PERSON]]'s birthday is in [[May|GENERIC_TIME]] too, which is why we named her that haha. Probably overshared there. My husband [[Chinedu|PERSON]] is more paranoid, he's an [[IT auditor|JOB_TITLE]] at [[Delta|ORGANIZATION]]

AI: How do you see AI changing pharmacy?

User: Verification and dose checks will get more automated. But ICU is messy, patients don't follow the textbook. I saw [[Eric Topol|PUBLIC_FIGURE]] talk about AI in medicine, he's optimistic but he always says keep the clinician in the loop. I agree. I'd also say healthcare workers need training on this, not just a policy PDF. We had one hour-long module in [[January|GENERIC_TIME]]. If you want to reach me afterwards, text [[four oh four, 555, oh one seven two|OBF_PHONE|mixed_words_digits]] or that gmail""")

T.append("""AI: Goeie middag, and thanks for taking part. Could you tell me about your work?

User: Hallo! I'm [[Anri van der Merwe|PERSON]], [[45|AGE]], I'm a freelance [[literary translator|JOB_TITLE]], Afrikaans to English and the other way, plus some legal and medical work to pay the bills. I work from home in [[Stellenbosch|CITY]]. My little business is [[VDM Vertalings|ORGANIZATION]], it's just me and a part-time proofreader

AI: Thanks, [[Anri|PERSON]]. How do you use AI in translation?

User: Carefully, haha. I use [[DeepL|AI_PRODUCT]] for a first pass on technical documents and then I rework everything in [[Trados|SOFTWARE]]. For literary work I don't use machine translation at all, but I will ask [[ChatGPT|AI_PRODUCT]] things like "what's a natural English idiom for this Afrikaans expression". It's surprisingly good at that but it makes up Afrikaans words sometimes

AI: Have you had concerns about confidentiality?

User: Ja, very much. Legal clients send me divorce papers, affidavits, medical reports. One job last year was a custody matter and the document had the mother's name, [[Chantelle Botha|PERSON]], her ID number [[8203150245087|NATIONAL_ID]] and the children's school in [[Paarl|CITY]]. I was tired and I put a paragraph into [[DeepL|AI_PRODUCT]] before I thought about it. Now I only use the paid version where they say they don't keep the text, and I anonymise first. My main clients are a publisher in [[Cape Town|CITY]], [[Kaapse Boekhuis|ORGANIZATION]], and a law firm, [[Steyn Jacobs Attorneys|ORGANIZATION]], in [[Bellville|CITY]]. The editor at the publisher, [[Pieter-Jan Steenkamp|PERSON]], asked me last year to sign a no-AI declaration for a novel. [[Pieter-Jan|PERSON]] is old school, but I respect that. His email in the contract was [[pj.steenkamp [at] kaapseboekhuis [dot] co [dot] za|OBF_EMAIL|bracket_at_dot]], I had to retype it properly

AI: Thanks, [[Anri|PERSON]]. Did you train formally as a translator?

User: Yes, I did a BA and then an MPhil in translation at [[Stellenbosch University|SCHOOL]], finished in [[2004|DATE]]. My husband [[Frik|PERSON]] jokes that I've spent twenty years becoming obsolete lol. [[Frik|PERSON]] is a farmer, he writes his number on the farm stall sign in Afrikaans, [[nul agt twee, drie ses een, vyf nege sewe vier|OBF_PHONE|afrikaans_words]], and tourists think it's charming. I did do a SATI workshop on post-editing machine translation in [[August 2023|DATE]]

AI: How do clients get in touch?

User: Office is at home, [[12 Dorp Street|ADDRESS]], [[Stellenbosch|CITY]], [[7600|ADDRESS]], if they want to drop off originals. Cell [[083 771 2046|PHONE_NUMBER]]. On my website I write the email in Afrikaans so bots get confused, [[anri by vdmvertalings punt co punt za|OBF_EMAIL|afrikaans_words]], "by" for at and "punt" for dot. Also on LinkedIn, [[linkedin.com/in/anrivdmerwe|URL]]

AI: How do you see the future of your profession?

User: For manuals and contracts, machines will do most of it. For literature I'm hopeful. Reading [[J.M. Coetzee|PUBLIC_FIGURE]] in translation, you see that every word is a choice. That's not something you can outsource. Ask me again in [[winter|GENERIC_TIME]] when the rates drop again though""")

T.append("""AI: Hello, thank you for joining. Could you tell me about your business?

User: Hello! I'm [[Muhammad Faizal bin Osman|PERSON]], [[38|AGE]], I run a small café called [[Kopi Loft|ORGANIZATION]] at [[Blk 55 Tiong Bahru Road, #01-23|ADDRESS]], [[Singapore|CITY]] [[160055|ADDRESS]]. Open since [[2018|DATE]]. Before that I was [[sous chef|JOB_TITLE]] at a hotel, [[Marina Bay Sands|ORGANIZATION]], for six years. I studied culinary at [[ITE College West|SCHOOL]]

AI: Thanks, [[Faizal|PERSON]]. How do you use AI for the café?

User: Menu descriptions, Instagram captions, sometimes to calculate food cost. I use [[ChatGPT|AI_PRODUCT]] and my wife [[Siti Aisyah|PERSON]] uses [[Canva|SOFTWARE]] Magic Write for the posters. Orders come through [[GrabFood|SOFTWARE]] and [[foodpanda|SOFTWARE]], and we use a POS called [[Qashier|SOFTWARE]]. [[Siti|PERSON]] is the creative one, I'm the kitchen one

AI: Have you ever put sensitive information into these tools?

User: Hmm yes. For the staff, I have two part-timers, one is from [[Indonesia|COUNTRY]], [[Dewi Kartika Sari|PERSON]], and when renewing her work permit I pasted her passport details, [[X2749183|NATIONAL_ID]], to ask [[ChatGPT|AI_PRODUCT]] how to fill the MOM form. After that I felt not so good. [[Dewi|PERSON]] didn't know. She gave me her number in Indonesian on the first day as a joke, [[delapan satu enam tiga, dua sembilan empat tujuh|OBF_PHONE|indonesian_words]], I still saved it like that. I think next time I must ask her first or just call the agent. My own details? Aiya, everything also. My NRIC [[S8512764D|NATIONAL_ID]] when I was applying for the SME grant, my HP, my email. I think many hawkers and small F&B owners same like me, no time to think, just want the form done before lunch crowd

AI: How do customers reach you?

User: Instagram [[@kopiloft.sg|SOCIAL_HANDLE]]. Email [[kopiloft.sg@gmail.com|EMAIL_ADDRESS]]. For catering orders I put the number on the flyer in Malay, [[lapan satu dua dua, empat tujuh sembilan tiga|OBF_PHONE|malay_words]], because my regular uncles think it's funny, and the bots cannot read. Actually my brother-in-law [[Hafiz|PERSON]] told me to do that, he does IT. His own email he writes as [[hafiz dot it at gmail dot com|OBF_EMAIL|spelled_at_dot]] on his namecard, very paranoid one

AI: Did you attend any training on digital tools?

User: Yes, under SkillsFuture I did a course on digital marketing for F&B at [[NTUC LearningHub|SCHOOL]] in [[2023|DATE]]. They showed us [[ChatGPT|AI_PRODUCT]] for half a day. Very useful, but the trainer also said don't put customer data, which I did not listen ha ha

AI: Any thoughts on AI for small businesses like yours?

User: For us, it's like having a marketing person we cannot afford. But food is still food, robot cannot make teh tarik with feeling. During [[Hari Raya|GENERIC_TIME]] I'm too busy to even open the app. I saw [[Lawrence Wong|PUBLIC_FIGURE]] talk about AI for SMEs on the news, maybe got more grants coming, I hope""")

T.append("""AI: Hi, thanks for joining. Could you tell me a bit about your research and role?

User: hi! I'm [[Eilidh MacLeod|PERSON]], [[28|AGE]], I'm a final year PhD student in marine ecology at the [[University of Glasgow|SCHOOL]], working on seaweed farming and carbon. started in [[October 2021|DATE]]. I live in [[Partick|CITY]], and I'm originally from [[Stornoway|CITY]] on [[Lewis|CITY]] so the sea's kind of in the blood

AI: Thanks, [[Eilidh|PERSON]]. How do you use AI in your research?

User: coding mostly. I do all my analysis in [[Python|SOFTWARE]] and [[ChatGPT|AI_PRODUCT]] is basically my pair programmer. for literature I use [[Perplexity|AI_PRODUCT]] to get started and then [[Zotero|SOFTWARE]] to manage references. my supervisor, Prof [[Oluwaseun Adebayo|PERSON]], is fine with it as long as I can explain every line. [[Seun|PERSON]] - he lets us call him that - is quite pragmatic about it

AI: Are there things you're careful not to share?

User: unpublished data, definitely. our industry partner, [[Hebridean Kelp Co|ORGANIZATION]], has an NDA with the uni. I once pasted a chunk of their yield data to get help with a plot and then panicked and told [[Seun|PERSON]]. he said it was probably fine but to use the uni's [[Copilot|AI_PRODUCT]] licence from then on. so now it's [[Microsoft Copilot|AI_PRODUCT]] for anything partner-related

AI: It sounds like [[Seun|PERSON]] handled that well. What about personal information?

User: honestly my CV and cover letters for postdoc applications are full of it. email [[eilidh.macleod.2@research.gla.ac.uk|EMAIL_ADDRESS]], mobile [[07700 900284|PHONE_NUMBER]], google scholar [[scholar.google.com/citations?user=kP4xQ2sAAAAJ|URL]]. I also pasted my passport number [[548219736|NATIONAL_ID]] when it helped me with a visa form for a conference in [[Canada|COUNTRY]]. which in hindsight, why

AI: Do you share your work publicly?

User: yeah I'm fairly active. on bluesky I'm [[@eilidhseaweed.bsky.social|SOCIAL_HANDLE]] and on mastodon [[@eilidhm@ecoevo.social|SOCIAL_HANDLE]]. my labmate [[Elif Yıldız|PERSON]] runs the lab's instagram. on the lab website my email's down as [[eilidh dot macleod at glasgow dot ac dot uk|OBF_EMAIL|spelled_at_dot]] which is some old uni policy

AI: How do other people in your department feel about AI?

User: really mixed. some senior folk think it's the end of scholarship. [[Elif|PERSON]] uses it for everything, she writes her email backwards on her conference posters, [[moc.liamtoh@zidliy.file|OBF_EMAIL|reversed_text]], which is very on brand, she's a [[research assistant|JOB_TITLE]] on a fixed-term contract so she's under real time pressure. I watched [[David Attenborough|PUBLIC_FIGURE]] documentaries as a kid and dreamed of fieldwork, not of debugging pandas at midnight, so anything that gets me back on the boat faster is a win. my one ask: PhD students need clearer guidance. our graduate school sent one email in [[spring|GENERIC_TIME]] and that was it""")

T.append("""AI: Hi, thanks for joining us today. Could you tell me about your work?

User: Hi!! I'm [[Maricel Dela Cruz|PERSON]], [[real estate broker|JOB_TITLE]] with [[Windermere|ORGANIZATION]] here in [[Seattle|CITY]], mostly [[Ballard|CITY]] and [[Shoreline|CITY]]. I'm [[44|AGE]], been in real estate since [[2012|DATE]]. Before that I was a [[dental hygienist|JOB_TITLE]] for almost ten years, long story lol. I came from the [[Philippines|COUNTRY]] when I was [[19|AGE]]

AI: Thanks, [[Maricel|PERSON]]. How do you use AI in your business?

User: oh my gosh every day. listing descriptions in [[ChatGPT|AI_PRODUCT]], virtual staging with an app called [[Virtual Staging AI|AI_PRODUCT]], social posts in [[Canva|SOFTWARE]]. my CRM is [[Follow Up Boss|SOFTWARE]] and it has some AI stuff built in for texting leads. my assistant [[Rodel Santos|PERSON]] handles most of the posting, [[Rodel|PERSON]] is my cousin actually, family business vibes. his email on our flyers is [[rodel.santos at gmail dot com|OBF_EMAIL|spelled_at_dot]] and he writes his number in Tagalog for the titas at church, [[dalawa sero anim, lima lima lima, sero isa apat walo|OBF_PHONE|tagalog_words]] lol

AI: Have you ever shared client details with an AI tool?

User: yes and I kinda cringe. for a listing I'd paste the whole MLS sheet with the seller's name, [[Gwendolyn Harper|PERSON]], and the address, [[2217 NW 58th St|ADDRESS]], [[Seattle|CITY]], [[WA|CITY]] [[98107|ADDRESS]], before it was public, plus the lockbox code in the agent remarks. [[Gwen|PERSON]] is a sweetheart, she'd never know, but our [[managing broker|GENERIC_ROLE]] told us in a meeting to stop putting seller info in free tools

AI: And your own information?

User: everywhere lol. my email signature, [[maricel.delacruz@windermere.com|EMAIL_ADDRESS]], cell [[(206) 555-0164|PHONE_NUMBER]], my instagram [[@maricel.sells.seattle|SOCIAL_HANDLE]], my website [[maricelsellsseattle.com|URL]]. realtors are the opposite of private haha, we want people to find us. although on Craigslist I write the number like [[two-oh-six 5 5 5 oh-one-six-four|OBF_PHONE|mixed_words_digits]] because of spam texts

AI: Did you receive any training on AI from your brokerage?

User: we had a lunch and learn in [[February|GENERIC_TIME]] where a tech person walked us through prompts. I also did my license course at [[Rockwell Institute|SCHOOL]] way back and obviously none of that existed. my teen son [[Paolo|PERSON]], [[paolo_dc07|SOCIAL_HANDLE]] on Roblox lol, he's [[sixteen|AGE]], honestly teaches me more than any class

AI: How do you feel about the future of real estate with AI?

User: the paperwork will be automated for sure. but buying a house is emotional, people cry at closing. a robot can't hug you. I read that [[Barbara Corcoran|PUBLIC_FIGURE]] said agents who use AI will replace agents who don't, and I believe that. honestly I just wish my CRM and [[ChatGPT|AI_PRODUCT]] talked to each other better lol. ok I have a showing in [[Fremont|CITY]] in 20 minutes, thank you!""")

T.append("""AI: Hi, thank you for participating. Could you tell us about your work?

User: hey hi. I'm [[Arjun Menon|PERSON]], I compose music for ads, short films and some Malayalam indie stuff. based in [[Kochi|CITY]], home studio in [[Edappally|CITY]]. [[32|AGE]] years old. I studied at [[KM Music Conservatory|SCHOOL]] in [[Chennai|CITY]], finished around [[2014|DATE]], then assisted a film composer for few years

AI: Thanks, [[Arjun|PERSON]]. How do you use AI in music?

User: quite experimental. [[Suno|AI_PRODUCT]] and [[Udio|AI_PRODUCT]] for quick reference tracks when a client can't explain what they want, like "make it feel like [[onam|GENERIC_TIME]] but modern". then I compose the real thing in [[Logic Pro|SOFTWARE]]. [[ElevenLabs|AI_PRODUCT]] for temp voiceovers. I never deliver AI audio as final, clients like [[Malabar Gold|ORGANIZATION]] want originality and clean rights

AI: How do clients and collaborators react?

User: depends. my regular lyricist, [[Sreejith Nair|PERSON]], hates it, he says it's stealing from people like him. [[Sreejith|PERSON]] and I fight about it over chai every week lol. he sends his number to producers like [[+91 nine four four 6 1 - 2 7 seven 0 3|OBF_PHONE|mixed_words_digits]], don't ask me why. but the ad agency guys in [[Bengaluru|CITY]] love it because turnaround is faster. one [[creative director|GENERIC_ROLE]] there literally sent me a [[Suno|AI_PRODUCT]] link as the brief

AI: Have you shared personal or sensitive information with AI tools?

User: yes for GST and invoices. I asked [[ChatGPT|AI_PRODUCT]] to make an invoice format and typed my PAN [[CQLPM6621R|NATIONAL_ID]], my GST number, my address [[Flat 3C, Skyline Riverside, Edappally North|ADDRESS]], [[Kochi|CITY]] [[682024|ADDRESS]]. my sister [[meera|PERSON]] is a CA so she scolded me properly. [[Meera Menon|PERSON]] is the responsible one in the family haha. her email on her CA website is [[meera.menon.ca [at] gmail [dot] com|OBF_EMAIL|bracket_at_dot]], she taught me that trick

AI: How do people find your work?

User: youtube channel [[youtube.com/@arjunmenonmusic|URL]], instagram [[@arjun.menon.sounds|SOCIAL_HANDLE]]. email [[arjunmenonmusic@gmail.com|EMAIL_ADDRESS]]. on the youtube about section I put it as [[arjunmenonmusic at gmail dot com|OBF_EMAIL|spelled_at_dot]]. whatsapp [[+91 94470 38821|PHONE_NUMBER]] for work only please lol

AI: What are your thoughts on where this is going?

User: honestly scared for the jingle market. small brands will just use [[Suno|AI_PRODUCT]]. but for films, the emotional stuff, people still want a human. [[A.R. Rahman|PUBLIC_FIGURE]] sir said something like technology is a tool, the soul is yours, I hold on to that. also music copyright in [[India|COUNTRY]] is already messy and AI makes it worse. someone should fix that before [[Onam|GENERIC_TIME]] season ad rush haha""")

T.append("""AI: Hi, thanks for joining. Could you start by telling me about your job?

User: Sure. I'm [[Kwame Asante|PERSON]], [[senior exploration geologist|JOB_TITLE]] with [[Rio Tinto|ORGANIZATION]], iron ore in the [[Pilbara|CITY]]. I'm FIFO, two weeks on, one off, home is [[Joondalup|CITY]] in [[Perth|CITY]]'s northern suburbs. I'm [[43|AGE]]. I'm originally from [[Kumasi|CITY]] in [[Ghana|COUNTRY]], did my first degree at [[KNUST|SCHOOL]] and then my masters at [[Curtin University|SCHOOL]] in [[2008|DATE]]

AI: Thanks, [[Kwame|PERSON]]. How do you use AI in geology?

User: We've got machine learning built into the modelling software, [[Leapfrog|SOFTWARE]] and some in-house tools, for predicting ore boundaries from drill data. For documents I use [[Microsoft Copilot|AI_PRODUCT]] because that's what the company approved. At home I play with [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]]. Our [[chief geologist|GENERIC_ROLE]] is keen but the company is very strict about drill data leaving the network, for good reason, it's market sensitive

AI: Have you ever been unsure about what you shared with an AI tool?

User: Personal stuff, yes. When I was renewing my Australian passport I asked [[ChatGPT|AI_PRODUCT]] to check the form and it had my passport number [[PA4821973|NATIONAL_ID]] and my address, [[19 Banksia Rise|ADDRESS]], [[Joondalup|CITY]] [[WA|CITY]] [[6027|ADDRESS]]. My wife [[Abena|PERSON]] told me off. [[Abena Asante|PERSON]] is a [[GP|JOB_TITLE]] so she's very big on privacy, she won't even put patient initials in anything. Her mobile on the practice website is written as [[zero four one two — 770 — three one nine|OBF_PHONE|mixed_words_digits]]. My son [[Kofi|PERSON]] is [[eleven|AGE]] and uses it for school projects, we have rules at home. My mum in [[Kumasi|CITY]] sends me WhatsApp voice notes in Twi and I sometimes get AI to help with words I've forgotten, which is a bit sad honestly

AI: It's interesting that [[Kofi|PERSON]] is growing up with this. How do colleagues on site feel about AI?

User: Mixed. The young grads love it. One of the field techs, [[Brayden Kowalski|PERSON]], uses it to write his shift handovers, they're better than mine now. [[Brayden|PERSON]]'s a good kid. He posts his email on the camp noticeboard as [[brayden.k at outlook dot com dot au|OBF_EMAIL|spelled_at_dot]] for the footy tipping. Some of the old hands are suspicious, especially after the news about autonomous trucks

AI: If other researchers wanted to contact you, how would they?

User: LinkedIn, [[linkedin.com/in/kwame-asante-geo|URL]]. Personal email [[kwame.asante(at)outlook(dot)com|OBF_EMAIL|paren_at_dot]], I write it that way on forums. Mobile [[0427 310 558|PHONE_NUMBER]]

AI: Any broader thoughts?

User: [[Gina Rinehart|PUBLIC_FIGURE]] and the big miners are all talking about AI and automation. Good for safety, fewer people in dangerous spots. But someone still needs to stand on the outcrop in the heat in [[December|GENERIC_TIME]] and actually look at the rock""")

T.append("""AI: Bonjour, and thank you for joining. Could you tell me about yourself and your work?

User: Bonjour! I'm [[Geneviève Tremblay|PERSON]], I own [[Boulangerie Le Pétrin|ORGANIZATION]] on the [[Plateau|CITY]] in [[Montréal|CITY]]. I'm [[fifty-three|AGE]], I opened in [[2009|DATE]] after twenty years as a [[pastry chef|JOB_TITLE]] in hotels, the last one was [[Fairmont The Queen Elizabeth|ORGANIZATION]]. I trained at [[ITHQ|SCHOOL]]. My English is okay, sorry for the mistakes

AI: Your English is great, [[Geneviève|PERSON]]. How does AI fit into the bakery?

User: Merci. Mostly the paperwork. I ask [[ChatGPT|AI_PRODUCT]] in French to write the menu in English for tourists, to calculate the costs when butter price go up, and to answer Google reviews. The cash is [[Square|SOFTWARE]], the inventory is in [[Excel|SOFTWARE]], very old school. My daughter [[Élodie|PERSON]] does the Instagram and she uses [[Canva|SOFTWARE]] and something called [[Copy.ai|AI_PRODUCT]]. She put her email on the shop page like [[elodie.tremblay arobase gmail point com|OBF_EMAIL|french_words]], I don't know why young people do that

AI: Do your employees use AI?

User: My head baker, [[Mamadou Diallo|PERSON]], he came from [[Senegal|COUNTRY]] in [[2017|DATE]], he uses it to translate recipes from French to Wolof for his cousin who has a bakery in [[Dakar|CITY]]. Very sweet. His TikTok is [[@mamadou.pain|SOCIAL_HANDLE]], he has more followers than the bakery. [[Mamadou|PERSON]] is the best baker I ever had, the croissants are better than mine honestly. He writes his number for the suppliers in French words, [[cinq un quatre, cinq cinq cinq, zéro un neuf neuf|OBF_PHONE|french_words]], because he says numbers in French are his real numbers

AI: Have you shared any personal or sensitive information with these tools?

User: Oui, for the payroll. I was confused with the RL-1 slips and I copy paste the whole thing, with the SIN of one employee, [[734 219 558|NATIONAL_ID]], and his address, [[6120 rue Chambord|ADDRESS]], [[Montréal|CITY]], [[QC|CITY]] [[H2G 3B9|ADDRESS]]. After, my accountant said never do this. I feel very bad. Now I call her instead, it costs more but I sleep better

AI: How do customers reach the bakery?

User: Phone [[(514) 555-0186|PHONE_NUMBER]], the shop is at [[4521 rue Saint-Denis|ADDRESS]]. For orders of wedding cakes the email is on the door written like [[commandes arobase lepetrin point ca|OBF_EMAIL|french_words]], because a customer told me robots read emails on websites. Instagram is [[@boulangerielepetrin|SOCIAL_HANDLE]]

AI: What do you think about AI for small businesses in the future?

User: It helps me save maybe five hours a week, that's a lot for me. But the bread, no. At [[Christmas|GENERIC_TIME]] we make four hundred bûches by hand. I saw [[Yoshua Bengio|PUBLIC_FIGURE]] on Radio-Canada, he is from [[Montréal|CITY]] too, he is worried about AI. Me I'm worried about the price of butter more. And the tools should speak better Québécois French, not the [[France|COUNTRY]] French, ha. My customers laugh when the reviews answers say things like a Parisian""")

T.append("""AI: Kia ora, thanks for joining. Could you tell me about your work?

User: kia ora bro. I'm [[Sione Fa'amausili|PERSON]], I'm a builder, got my own small company [[Southern Cross Carpentry|ORGANIZATION]] in [[Christchurch|CITY]]. me and three boys. mostly renovations and decks, plenty of rebuild work still from the quakes. I'm [[47|AGE]], did my apprenticeship through [[Ara Institute of Canterbury|SCHOOL]] back when it was still [[CPIT|SCHOOL]]

AI: Thanks, [[Sione|PERSON]]. How do you use AI on the job?

User: honestly my nephew set it up. I talk to [[ChatGPT|AI_PRODUCT]] on the phone in the van and it writes the quote and the email to the client. we use [[Buildertrend|SOFTWARE]] for the jobs and [[Xero|SOFTWARE]] for invoices. my apprentice [[Bill Maka|PERSON]] is [[20|AGE]], he's the one who uses it most, asks it about the building code, NZS 3604 and that. I tell [[Bill|PERSON]] always check with council tho, the robot's not signing off your work

AI: Have you ever shared personal information with these tools?

User: yeah probably too much. for a quote I'd put the client's name and address, like last month [[Helen Whitaker|PERSON]], [[14 Kowhai Avenue|ADDRESS]], [[Papanui|CITY]], [[Christchurch|CITY]] [[8053|ADDRESS]], her number and all. she's a nice lady, retired [[school principal|JOB_TITLE]]. when the bill went out it looked real professional, she was stoked. but yeah now I'm thinking maybe I shouldn't of put her address in. and my own stuff too, I asked it to explain a letter from IRD and typed my number in, [[094-417-260|NATIONAL_ID]]. my missus [[Losa|PERSON]] reckons I'm too trusting with everything. [[Losa|PERSON]] does the admin two days a week and she's way more careful. she puts her email on the invoices as [[losa.faamausili at xtra dot co dot nz|OBF_EMAIL|spelled_at_dot]]. and [[Bill|PERSON]] put his number in the church newsletter in Samoan, [[selo lua tasi, fitu lua valu, tolu ono fa iva|OBF_PHONE|samoan_words]], the aunties love it

AI: [[Losa|PERSON]] sounds like the safety net. How do clients get in touch with you?

User: mostly word of mouth and facebook. email [[sione@southerncrosscarpentry.co.nz|EMAIL_ADDRESS]]. on the trailer sign we put the number like [[0 2 2 . 6 1 8 . 4 4 0 3|OBF_PHONE|spaced_digits]] coz the sign guy said it looks cool lol. the real number is [[022 618 4403|PHONE_NUMBER]]. and the facebook page is [[facebook.com/southerncrosscarpentrychch|URL]]

AI: Did you ever do any formal training on business or tech?

User: I did a small business course through [[Te Pūkenga|SCHOOL]] in [[2021|DATE]], they had one session on social media. nothing on AI. my church, [[St Paul's Samoan Methodist|ORGANIZATION]] in [[Hornby|CITY]], ran a digital skills night for the elders and I went along to help, ended up learning heaps myself

AI: What do you think about AI in your trade?

User: not scared for the hands-on stuff. I watched [[Richie McCaw|PUBLIC_FIGURE]] talk about leadership and that's the thing, on site it's about the crew, trust, reading people. the robot can write the quote, sweet as. but it can't tell you when a wall's not plumb or when the client is unhappy. over [[summer|GENERIC_TIME]] we're flat out and AI saves me my evenings, that's the main win""")

T.append("""AI: Hi, thanks for taking part. Could you tell me about what you do?

User: hiya, I'm [[Nadia Rahman|PERSON]], I'm [[32|AGE]], freelance [[podcast producer|JOB_TITLE]] based in [[Bethnal Green|CITY]], east [[London|CITY]]. I used to be a [[broadcast assistant|JOB_TITLE]] at the [[BBC World Service|ORGANIZATION]], went freelance in [[2020|DATE]] when everyone suddenly wanted a podcast lol. did my MA in radio at [[City, University of London|SCHOOL]]

AI: Thanks, [[Nadia|PERSON]]. How does AI come into your production work?

User: massively. [[Descript|AI_PRODUCT]] is basically my whole workflow, it transcribes and you edit the audio by editing text. [[Riverside|SOFTWARE]] for remote recording. I use [[ChatGPT|AI_PRODUCT]] for show notes and episode titles, and sometimes [[Claude|AI_PRODUCT]] for research summaries before an interview. my main show is with a co-host, [[Femi Adeyinka|PERSON]], we do a culture and football pod. [[Femi|PERSON]] hates the AI voice clone feature, he thinks it's creepy. his email for guest bookings is [[femi(dot)adeyinka(at)gmail(dot)com|OBF_EMAIL|paren_at_dot]], he set that up after getting spammed by crypto bros

AI: Have you shared anything sensitive with these tools?

User: guests' stuff, yeah, a lot. every raw transcript goes into [[Descript|AI_PRODUCT]] and some guests say things off the record before we start recording. one guest, a nurse called [[Grace Mensah|PERSON]], talked about a patient incident before we'd hit record properly and it was all in the transcript that I then pasted into [[ChatGPT|AI_PRODUCT]] for show notes. I cut it and told [[Grace|PERSON]] but it shook me a bit

AI: That must have been unsettling with [[Grace|PERSON]]'s story. And your own information?

User: my invoice template has it all, which I made with AI - [[nadia@nadiarahmanaudio.co.uk|EMAIL_ADDRESS]], [[07700 900731|PHONE_NUMBER]], my flat [[Flat 12, Mulberry Court, 48 Globe Road|ADDRESS]], [[London|CITY]] [[E2 0JT|ADDRESS]], and my UTR and NI number [[PK 63 81 27 D|NATIONAL_ID]]. my mum still has a landline and keeps saying "beta why are you giving the computer everything" haha

AI: How do people find your work?

User: website [[nadiarahmanaudio.co.uk|URL]], on X and instagram I'm [[@nadiarahmanaudio|SOCIAL_HANDLE]], and there's a substack, [[nadiarahman.substack.com|URL]]. on the website I put my number as [[０７７００ ９００７３１|OBF_PHONE|fullwidth_digits]] because someone in a producers' slack group said it stops scrapers. email's on there as [[nadia [at] nadiarahmanaudio [dot] co [dot] uk|OBF_EMAIL|bracket_at_dot]]

AI: How do other people in your field feel?

User: split. my old colleague [[Elif Demir|PERSON]] at the [[BBC|ORGANIZATION]] says they've got strict rules on it now. the big shows are using AI for clipping, [[Joe Rogan|PUBLIC_FIGURE]]'s team clearly do. I think [[Louis Theroux|PUBLIC_FIGURE]] said something on his podcast about how the interview is the one bit you can't automate, and I agree. the other thing is freelancers have no IT department, no legal team, nothing. I make these calls alone at midnight. and [[Ramadan|GENERIC_TIME]] is coming up so my edit schedule's about to get very weird lol""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_f")
