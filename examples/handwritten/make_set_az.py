import sys
from markup import write_set
T = []

# 1 UK - staff nurse, Leeds
T.append("""AI: Thanks for making time for this. To start, could you tell me a bit about yourself and the work you do?

User: Yeah, course. So I'm [[Kerry-Ann Doyle|PERSON]], I'm [[38|AGE]], and I'm a [[staff nurse|JOB_TITLE]] on an acute medical ward at [[St James's University Hospital|ORGANIZATION]] in [[Leeds|CITY]]. I've been there since [[2013|DATE]], so... over ten years now, God. I trained at the [[University of Bradford|SCHOOL]] and then just sort of never left [[Yorkshire|CITY]]. Most of my shifts are long days, seven till half eight, three or four a week.

AI: And where does AI come into your working week, if at all?

User: Honestly, less than people think. We're not allowed to put anything patient-identifiable into [[ChatGPT|AI_PRODUCT]] or anything like that, the trust's been really clear about it. But I use it at home for the admin side. I'm on the practice development group, and our [[ward manager|GENERIC_ROLE]], [[Bernadette Okafor|PERSON]] — everyone calls her [[Bernie|PERSON]] — asked me to redo the falls-prevention teaching pack. So I had [[ChatGPT|AI_PRODUCT]] turn my scruffy notes into, like, a proper structure with learning outcomes and a little quiz at the end. Took twenty minutes instead of a whole evening.

AI: So [[Bernie|PERSON]] asked you to redo the pack, and you used it to structure it. How did that go down?

User: Fine, mostly! She said it read a bit "American", which, fair. It kept saying "health care provider" and one of the scenarios had a patient calling her mum "Mom". I had to go through and make it sound like us. And then [[Darren|PERSON]], he's one of our [[healthcare assistants|JOB_TITLE]], he read it and said, "[[Kez|PERSON]], this is miles better than the actual trust one," which honestly made my week.

AI: That's nice to hear. Are there tools the hospital itself provides, and is there anything you avoid using AI for?

User: We've got [[Microsoft Copilot|AI_PRODUCT]] on the trust laptops now, since about [[February|GENERIC_TIME]]. Nobody really knows what it's for. I've used it in [[Outlook|SOFTWARE]] to summarise the endless email chains from the [[matron|GENERIC_ROLE]], which is, um, genuinely useful, I'll give it that. The rota's on [[Allocate|SOFTWARE]] and the notes and obs are on [[Nervecentre|SOFTWARE]], and none of that has any AI in it that I can tell. Or if it does, nobody told us. One thing I've deliberately stopped using it for, though, is reflections. For revalidation you have to write these reflective accounts, and I tried getting it to write one for me once, about a night where we lost a patient quite suddenly, and it was just — hollow. It said all the right words. Empathy, learning, escalation. I deleted it and wrote it myself on the bus home. My husband [[Gareth|PERSON]] says I'm a Luddite, but it's not that. It's that it's supposed to be me doing the thinking, you know? Otherwise what's the point.

AI: That's a really interesting distinction. Does your team talk about AI much?

User: A bit, on the group chat. [[Priya|PERSON]], she's an [[F2 doctor|JOB_TITLE]] with us this rotation, posted, "has anyone tried the [[Heidi|AI_PRODUCT]] scribe thing, my mate in [[Sheffield|CITY]] swears by it," and [[Bernie|PERSON]] replied with just the eyes emoji. So, that's where the ward stands, basically. [[Priya|PERSON]] was half joking but I think the doctors would use it tomorrow if IT let them. Some of the [[consultants|GENERIC_ROLE]] are very keen, they've been reading about [[Wes Streeting|PUBLIC_FIGURE]] going on about AI in hospitals every other week.

AI: Would you want something like that on the ward, [[Kerry-Ann|PERSON]], for nursing?

User: For handover, maybe. Handover is where stuff gets lost. If something listened at the bedside and drafted the SBAR, and I checked it, I'd take that. But it'd have to be something the trust bought, not us sneaking things onto our phones. Anyway — if your team wants to follow up, my mobile's [[oh-seven-seven-one-two, double four nine, three-oh-six|OBF_PHONE|spoken_digits]], best after six, or email is fine, [[kerryann.doyle7@nhs.net|EMAIL_ADDRESS]]. Good luck with it all.""")

# 2 Mexico - senior accountant, Guadalajara
T.append("""AI: Hi, thanks for joining. Could you introduce yourself and tell me about your job?

User: Sure. My name is [[Mariana Castañeda Ruiz|PERSON]], I'm [[thirty-one|AGE]], and I work as a [[senior accountant|JOB_TITLE]] at a mid-size firm in [[Guadalajara|CITY]], [[Despacho Villaseñor y Asociados|ORGANIZATION]]. We do taxes and bookkeeping for small companies, mostly — restaurants, a couple of tequila distributors out in [[Tlaquepaque|CITY]], a dental clinic in [[Zapopan|CITY]]. I studied at the [[Universidad de Guadalajara|SCHOOL]], graduated in [[2015|DATE]], and I've been at the firm since [[March 2018|DATE]]. A typical month is two weeks calm, two weeks crazy. Before the monthly declarations everybody is in the office until late. We use [[CONTPAQi|SOFTWARE]] for the accounting itself and [[Excel|SOFTWARE]] for, well, everything else. And since last year I use [[ChatGPT|AI_PRODUCT]] almost every day.

AI: For what kinds of tasks?

User: Mainly explaining things to clients. The tax rules change and a client like Don [[Chuy|PERSON]] from [[Mariscos El Güero|ORGANIZATION]] — he's a sweetheart, but he does not want to read a circular from the government. So I paste the general rule, never his data, and ask it, "explain this like for a restaurant owner, in simple Spanish, three bullet points." Then I fix it, because sometimes it invents an article number, which is... not good, for a tax explanation. My colleague [[Lupita|PERSON]] — well, [[Guadalupe|PERSON]], but nobody calls her that — she uses [[Gemini|AI_PRODUCT]] inside [[Google Sheets|SOFTWARE]] for formulas. She's better at the spreadsheets than me.

AI: Did the firm introduce these tools, or did you bring them in yourselves?

User: We brought them. Then in [[April 2023|DATE]] the licenciado [[Villaseñor|PERSON]], the owner, saw [[Lupita|PERSON]] doing a reconciliation in like half the time, and he said, okay, the firm pays [[ChatGPT Plus|AI_PRODUCT]] for the four seniors. But he is very old school. He prints the emails. He still thinks AI is something from the news, like when [[Elon Musk|PUBLIC_FIGURE]] says it will take all the jobs.

AI: Have there been any moments where you felt uneasy about using it?

User: Yes, one. I was tired, it was like eleven at night, and I pasted a whole tax certificate to ask something, with the RFC and the address and everything. It was [[Lupita|PERSON]]'s actually, I do her personal declaration too — [[PEGL880923QX2|NATIONAL_ID]], I know it by memory now. I noticed after and I deleted the chat, but I felt terrible. Since then I have a rule: I write "CLIENTE X" and fake numbers. My [[manager|GENERIC_ROLE]] doesn't know about that story, so please don't... well, it's anonymous, right?

AI: Yes, everything is anonymised. Has it changed how you see your career?

User: A little. My mom, she was a bookkeeper in [[Aguascalientes|CITY]] for thirty years, she says accounting is dying. I don't think so. The part that is dying is typing. The part that is staying is the client calling you crying because the bank froze his account. No chatbot is going to go with Don [[Chuy|PERSON]] to the bank. I'm also thinking of doing a diploma in data analysis, maybe at [[ITESO|SCHOOL]], because I think the accountant who can also do some [[Power BI|SOFTWARE]] is the one who survives. And honestly, people in [[Mexico|COUNTRY]] use these tools much more than companies admit. Everybody has it open in another tab. If you want the summary of the study, write me at [[mariana punto castaneda arroba despachovya punto mx|OBF_EMAIL|spanish_arroba_punto]], I'd like to read it.

AI: I'll make sure it reaches you. Thank you, [[Mariana|PERSON]], it was fun talking with you.

User: Thank you, it was fun for me too.""")

# 3 India - HR executive, Pune
T.append("""AI: Hello, and thank you for agreeing to talk. Could you start by telling me about your role?

User: Hi, yes. I'm [[Ananya Deshpande|PERSON]], [[27|AGE]] years old, working as an [[HR executive|JOB_TITLE]] at [[Kaveri Softech Solutions|ORGANIZATION]]. It's an IT services company, around 900 people, our office is in [[Hinjewadi|CITY]], [[Pune|CITY]]. I joined in [[August 2021|DATE]], right after my MBA from [[Symbiosis|SCHOOL]]. I handle recruitment for two delivery units and some of the onboarding.

AI: Where does AI show up in that work?

User: Mostly in writing, na. Job descriptions, offer letter templates, rejection mails — those are the worst to write, so I let [[ChatGPT|AI_PRODUCT]] do the first draft and make it a bit softer. Then there is screening. We get something like four hundred CVs on [[Naukri|SOFTWARE]] for one Java opening. Our HRMS is [[Darwinbox|SOFTWARE]], and it has some AI ranking feature, but honestly I don't fully trust it. Last month it ranked one candidate very low, [[Mohit|PERSON]] something, only because his CV was in a two-column format. He turned out to be the best one in the technical round.

AI: How did you find that out?

User: [[Sneha|PERSON]] — she is my senior in the team — she had a gut feeling and pulled his CV manually. Then she messaged me on [[WhatsApp|SOFTWARE]], "[[Ananya|PERSON]] pls check [[Mohit|PERSON]]'s profile before 4, [[Rajesh|PERSON]] sir is asking why he was rejected." So that became a whole thing. [[Rajesh|PERSON]] sir is our [[HR head|GENERIC_ROLE]]. After that he said no auto-rejection at all, every rejection a human must see. From that same week. Which is correct, but it also means more work for us. That's why I use [[ChatGPT|AI_PRODUCT]] even more for the writing side, to save that time. I also use [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] to get meeting notes from the [[hiring manager|GENERIC_ROLE]] syncs. Earlier I was typing notes and trying to listen at the same time.

AI: So [[Rajesh|PERSON]]'s rule actually pushed you towards using it more. Are there things you avoid putting into these tools?

User: Salary, for sure. And any candidate's PAN or Aadhaar, those come in the joining documents. Even my own employee code, [[KSS-20417|NATIONAL_ID]], I don't put. Our IT team sent a circular in [[January 2024|DATE]] about data leakage, after some company in [[Bengaluru|CITY]] had a problem. And my father keeps forwarding me articles, [[Narayana Murthy|PUBLIC_FIGURE]] saying this, some minister saying that, "beta, will AI take your job?" I tell him, Papa, AI cannot do salary negotiation with a candidate who has three offers.

AI: And how do your colleagues feel about it in general?

User: Mixed. The younger ones are all using it. [[Sneha|PERSON]] uses it for [[Excel|SOFTWARE]] formulas and for making the monthly hiring dashboard. But one [[senior recruiter|JOB_TITLE]], [[Vandana|PERSON]] ma'am, she is very against it, she says the JDs all sound the same now. Which... she's not wrong! Every company's JD now says "dynamic, fast-paced environment." I have started removing those words myself.

AI: That's a good point, [[Ananya|PERSON]]. Is there anything you wish your company would provide?

User: Training, properly. Right now it is like, use it but be careful, and careful means what? Nobody explains. If your team is doing any follow-up sessions, you can contact me, my mail is [[ananya dot d at the rate kaverisoftech dot in|OBF_EMAIL|at_the_rate]]. I'm happy to share more.""")

# 4 Germany - project manager, Esslingen
T.append("""AI: Good morning, and thanks for taking part. Could you describe your job for me?

User: Morning. Yes, so, I'm [[Tobias Brandt|PERSON]], [[44|AGE]], I'm a [[project manager|JOB_TITLE]] at [[Hegele Antriebstechnik|ORGANIZATION]], we're an automotive supplier in [[Esslingen|CITY]], just outside [[Stuttgart|CITY]]. We make, let's say, small electric motors for seat adjustment and sunroofs. I run customer projects, so from the quotation to start of production, usually three or four years per project. I've been with the company since [[October 2019|DATE]], before that I was at [[Bosch|ORGANIZATION]] for eight years.

AI: And how does AI fit into that?

User: Um, in small pieces. The big one for me is [[DeepL|AI_PRODUCT]]. Our customers are German, French, one in [[Japan|COUNTRY]], and the specifications come in English that is... creative. So I translate a lot, and I write emails in English and let [[DeepL Write|AI_PRODUCT]] polish them. Then since this year we have [[Copilot|AI_PRODUCT]] in the company, the [[Microsoft 365|SOFTWARE]] version, after a long discussion with the works council. That took almost a year, honestly.

AI: Why did it take so long?

User: In [[Germany|COUNTRY]] anything that could monitor employees needs agreement with the works council. And [[Copilot|AI_PRODUCT]] can, in theory, see everything: my mails, [[Teams|SOFTWARE]] chats, who attends which meeting. So there were rules written: it cannot be used for performance evaluation, and so on. Frau [[Schüler|PERSON]] from the works council was very strict, which I think was good. Now it's allowed, but not for the [[SAP|SOFTWARE]] data and not for anything in the customer portal.

AI: What do you actually use [[Copilot|AI_PRODUCT]] for day to day?

User: Meeting summaries, mostly. I have maybe twenty meetings a week. And it's good for "what did [[Kai|PERSON]] say about the tooling delay," because [[Kai|PERSON]] — he's our [[tooling engineer|JOB_TITLE]] — speaks very fast and in Swabian dialect, and the transcript is sometimes funny. It wrote "Spätzle" once where he said "Spritzguss", that's injection moulding. We laughed a lot about it.

AI: That's a good one. Have you used it for planning or risk work?

User: I tried. I put our [[MS Project|SOFTWARE]] plan, exported, and asked it for critical path risks. It gave very general points, "supplier delays may occur." Yes, thank you. What helped more was asking it to read the last twelve lessons-learned documents from old projects and list what repeats. That was actually good. The same three problems every time: late sample parts, change requests after the design freeze, and [[Jira|SOFTWARE]] tickets nobody closes. My [[boss|GENERIC_ROLE]] liked that, he put it in the quarterly review. And risks for me personally? Not to the job, I think. The job is people. The customer's purchaser calls me angry and I need to calm him, and I need to convince our production to do an extra shift. But the risk is that we trust the summaries too much. If [[Copilot|AI_PRODUCT]] writes "[[Kai|PERSON]] confirmed tool release in week 32" and he only said "maybe", that's a problem with a customer like ours. So I read them.

AI: Thank you, [[Tobias|PERSON]]. Is there anything else you'd like to share?

User: Maybe that at home it's different. My wife [[Steffi|PERSON]] is a [[Grundschullehrerin|JOB_TITLE]], a [[primary teacher|JOB_TITLE]], and she is much more sceptical, she sees what the kids do with [[ChatGPT|AI_PRODUCT]]. We discuss a lot at dinner. If you need anything more, my private mail is [[t punkt brandt ät posteo punkt de|OBF_EMAIL|german_punkt_aet]], I don't want to use the work address for this.""")

# 5 Nigeria - fashion business owner, Lagos
T.append("""AI: Hello, thank you for joining. Could you tell me a bit about yourself and your work?

User: Hello! My name is [[Adaeze Nwosu|PERSON]], but everybody calls me [[Ada|PERSON]]. I'm [[thirty-four|AGE]], and I run a small fashion business, [[Ada's Threads|ORGANIZATION]], in [[Surulere|CITY]], [[Lagos|CITY]]. We make ready-to-wear and also custom pieces — owambe outfits, asoebi for weddings, that kind of thing. I started it in [[2017|DATE]] from my room, and now we have a shop at [[14 Bode Thomas Street|ADDRESS]] and three people working with me.

AI: How do you use AI in the business?

User: Oh, a lot, for the marketing side especially. I use [[ChatGPT|AI_PRODUCT]] to write captions for [[Instagram|SOFTWARE]]. Before, I would spend one hour thinking what to write under one picture. Now I tell it, "write a caption for a green adire two-piece, playful, [[Lagos|CITY]] girl energy, not too long," and it gives me five, I pick one and add my own pidgin. Our page is [[@adasthreads_ng|SOCIAL_HANDLE]], you can check it, the captions since [[January|GENERIC_TIME]] are mostly AI plus me.

AI: Does anyone else in the team use it?

User: [[Tobi|PERSON]], my apprentice, he's [[nineteen|AGE]], he uses it more than me! He uses [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] because it's free and it's already there. He asks it things like how to price a new style, how much to charge for express delivery to [[Abuja|CITY]]. Sometimes the answer is nonsense because it doesn't know [[Lagos|CITY]] prices, fabric in [[Idumota|CITY]] market is not the same price as what the internet thinks. I tell him, "[[Tobi|PERSON]], it doesn't know the market, you know the market."

AI: That's a nice way to put it. What about customers — does AI change how you deal with them?

User: A bit. Customers send voice notes, long long voice notes, and I reply with text. Sometimes I use it to make my reply polite when I'm vexed. Like one client, Mrs [[Adebayo|PERSON]], she changed her design four times and then said the dress was late. I wrote my reply, it was... strong. I asked [[ChatGPT|AI_PRODUCT]] to make it professional. It saved my business that day, honestly. My sister [[Chioma|PERSON]], who is a [[lawyer|JOB_TITLE]] in [[Abuja|CITY]], said I should keep using it for every complaint.

AI: Are there things you don't trust it with?

User: Measurements and money. I don't put customers' measurements or their phone numbers anywhere online. And designs — I don't upload my sketches to those image generators, because I heard they train on them. I saw people using [[Midjourney|AI_PRODUCT]] to make fake "fashion week" pictures, even one that looked like [[Tiwa Savage|PUBLIC_FIGURE]] wearing a dress she never wore. That one scared me small. If someone takes my design and makes it with AI, how will I prove it was mine?

AI: I can see why. How do people usually reach you for orders, and where do you see AI in your business in, say, two years, [[Ada|PERSON]]?

User: Orders come on [[WhatsApp|SOFTWARE]] mostly. My business line is [[0803 412 7765|PHONE_NUMBER]]. But on [[Instagram|SOFTWARE]] I write it in the bio as [[080three412seven7six5|OBF_PHONE|digits_and_words]] because if you put plain numbers sometimes the post gets less reach, or spammers pick it up, that's what they say anyway. [[Tobi|PERSON]] taught me that trick. For the future, I want it to help with accounts. Right now my bookkeeping is one exercise book and [[Excel|SOFTWARE]] that [[Chioma|PERSON]] set up for me. If something could read my bank alerts and tell me which month I made profit, I will pay for it. But the sewing, the fitting, the customer trusting you — that one is me and my girls. AI cannot do a fitting in [[Surulere|CITY]] at 7pm with the light gone again.""")

# 6 Philippines - customer support agent, Cebu
T.append("""AI: Hi, thanks for being here. Can you tell me about yourself and your work?

User: Hi po! I'm [[Rhea Mae Villanueva|PERSON]], [[26|AGE]], I'm a [[customer support specialist|JOB_TITLE]] at [[Apex Reach Solutions|ORGANIZATION]], it's a BPO in [[Cebu City|CITY]], in [[IT Park|CITY]]. I handle chat and email support for a [[US|COUNTRY]] internet provider, I can't say the name of the account, sorry, NDA. I've been there since [[November 2022|DATE]]. Night shift, because of the [[US|COUNTRY]] time zones, so my day starts at 9pm.

AI: No problem at all. How does AI come into your shift?

User: It's built into the tool now. We use [[Zendesk|SOFTWARE]], and since, hmm, maybe [[May|GENERIC_TIME]], there's an AI that suggests replies. It reads the customer's message and drafts something. Some agents just click send, send, send. Our [[TL|GENERIC_ROLE]], [[Joy|PERSON]], she always reminds us, "read it first, guys, the bot doesn't know the promo ended." Because it happened already — it offered a discount that expired, and the customer screenshot it, and then it became a whole escalation to the [[account manager|GENERIC_ROLE]].

AI: So your team lead, [[Joy|PERSON]], is quite careful about it. How about you personally?

User: I'm in the middle. I use the suggestions for the standard ones — password reset, billing date, "is there an outage in my area." But for angry customers I write myself, because the AI is too... it's too sorry? It says "I completely understand your frustration" every time, and the customers notice. One guy typed, "are you a robot." I was like, sir, I am a tired Filipina at 3am, I promise I'm real. Also I use [[ChatGPT|AI_PRODUCT]] on my phone during breaks, to check my English grammar for the QA evaluations. Our QA is strict, like, one wrong tense and there's a deduction.

AI: Is the company okay with people using outside tools like that?

User: Officially no. We can't have phones on the floor, it's a clean desk policy, they keep them in lockers. So it's only during break. And you cannot paste anything from the account, never. Our badges even have the policy printed at the back, under the employee number — mine is [[ARS-118-0934|NATIONAL_ID]]. My friend [[Jhun-Jhun|PERSON]], he's in the other building, the health insurance account, he got a written warning because he took a photo of his screen to ask [[Gemini|AI_PRODUCT]] how to phrase a reply. He didn't even send it, but it was on his phone.

AI: That sounds stressful. Do you think about how AI will affect jobs like yours?

User: Everyone does. There's always news, like, "AI will replace call centers," and our President [[Bongbong Marcos|PUBLIC_FIGURE]] also talked about upskilling for BPO workers. My mama in [[Bohol|CITY]] calls me every week, "[[Rhea|PERSON]], anak, do you still have work?" Haha. I tell her, Ma, they still need us for the hard cases. The simple chats, yes, maybe the bot will take them. But then they need people to check the bot, to train it, to handle escalations. I'm trying to move to a QA or a workforce role, I'm taking a short course online.

AI: That's a thoughtful plan. Anything else you'd like to add, or a way to follow up if needed?

User: Just that I wish the company asked agents before adding these features. We know what customers hate. For follow-up you can text me, I'll type it for you here: [[０９１７ ５５２ ８８１０|OBF_PHONE|fullwidth_digits]]. I write it in wide numbers always, because in the [[Facebook|SOFTWARE]] job groups the scammers scrape normal numbers. Or [[Viber|SOFTWARE]], same number. Thank you po!""")

# 7 Brazil - marketing analyst, Sao Paulo
T.append("""AI: Olá, and thanks for joining. Could you start by introducing yourself?

User: Olá! Sure. I'm [[Camila Rocha|PERSON]], [[29|AGE]] years old, [[marketing analyst|JOB_TITLE]] at [[Grupo Sabiá Cosméticos|ORGANIZATION]]. We're a Brazilian cosmetics brand, mid-size, head office in [[Pinheiros|CITY]], in [[São Paulo|CITY]]. I'm in the performance and content team, so social media campaigns, email marketing, a bit of influencer stuff. I studied advertising at [[ESPM|SCHOOL]] and I joined [[Sabiá|ORGANIZATION]] in [[2020|DATE]], in the middle of the pandemic, all remote at first.

AI: How is AI part of your work today?

User: Nossa, everywhere. [[ChatGPT|AI_PRODUCT]] for briefs and first drafts of copy, [[Midjourney|AI_PRODUCT]] for moodboards — not final images, only moodboards, the legal team is very clear — and [[Canva|SOFTWARE]] with its AI things for quick resizes. Our CRM is [[RD Station|SOFTWARE]], and now it writes subject lines for you, which, honestly, are bad. Very generic. "Don't miss this!" No one opens that.

AI: Has the team agreed on how to use these tools?

User: More or less. My [[manager|GENERIC_ROLE]], [[Fernanda|PERSON]], made a little guide in [[Notion|SOFTWARE]] in [[August 2023|DATE]], one page, like: never put customer data, never publish AI images as product photos, always check claims. For cosmetics that last one is very important, because if the AI writes "reduces wrinkles in 7 days," that's a regulatory problem. [[Zé|PERSON]] from the design team — his name is [[José Ricardo|PERSON]] but everyone says [[Zé|PERSON]] — he printed the guide and stuck it on the coffee machine, as a joke, but it worked.

AI: Can you give me an example of a campaign where AI really helped, or didn't?

User: Helped: we did a [[Mother's Day|GENERIC_TIME]] campaign, in [[May|GENERIC_TIME]], and I needed forty variations of the copy for different audiences, different regions, [[Nordeste|CITY]], [[Sul|CITY]]... I did that in an afternoon. Didn't help: we tried to make a script for a video with a creator and the AI wrote something that sounded like a bank commercial. The creator, [[Juninho|PERSON]] — he's a [[makeup artist|JOB_TITLE]] from [[Recife|CITY]] with a big following — read it and sent me an audio: "[[Camila|PERSON]], amiga, I'm not saying this, it's not me." He rewrote it in his own voice and it was so much better. Real people still win.

AI: What about your own career — does AI change how you see it?

User: I think it changes what "junior" means. When I started I spent a year writing captions. Now the juniors... what do they do? [[Fernanda|PERSON]] and I talk about this a lot. I think the job becomes more about taste, choosing, knowing the brand. I follow a lot of people on [[LinkedIn|SOFTWARE]] who talk about it, and honestly half of it is hype. Everybody quoting [[Sam Altman|PUBLIC_FIGURE]]. My profile is [[linkedin.com/in/camilarocha-mkt|URL]] if you want to see, I post about this sometimes, more realistic stuff.

AI: Thanks, [[Camila|PERSON]]. Is there a way we can reach you for a short follow-up?

User: Sure, [[WhatsApp|SOFTWARE]] is easiest. My number is [[onze, nove, nove-quatro-sete-um, oito-oito-zero-dois|OBF_PHONE|portuguese_words]] — sorry, I said it in Portuguese, it's [[eleven, nine, nine four seven one, eight eight zero two|OBF_PHONE|spoken_digits]]. Ah, and one more thing: please tell the companies that making AI mandatory without training is a bad idea. We learned everything alone, in [[YouTube|SOFTWARE]] videos at night.""")

# 8 Kenya - secondary school teacher, Nakuru
T.append("""AI: Good afternoon, and thank you for talking with me. Could you introduce yourself?

User: Good afternoon. My name is [[Achieng Otieno|PERSON]]. I am [[thirty-three|AGE]] years old and I am a [[secondary school teacher|JOB_TITLE]], I teach English and Literature at [[Menengai Hill Secondary School|SCHOOL]] in [[Nakuru|CITY]]. I trained at [[Kenyatta University|SCHOOL]] and I was posted here in [[2016|DATE]]. I also coordinate the drama club, so in [[term two|GENERIC_TIME]] I basically do not sleep.

AI: How do you use AI in your teaching, if at all?

User: I started [[last year|GENERIC_TIME]]. A [[colleague|GENERIC_ROLE]], Madam [[Wanjiru|PERSON]], who teaches Kiswahili, showed me [[ChatGPT|AI_PRODUCT]] in the staffroom during lunch, and I was shocked. I asked it to make a lesson plan on figures of speech for Form Three and it made one in seconds. Now I use it to make comprehension passages, quiz questions, sometimes to adjust the language for the weak learners. With the new curriculum there is so much paperwork — schemes of work, records of work, assessment rubrics — and it helps me with the format so I can spend time on the actual teaching. For quick quizzes I use [[Google Forms|SOFTWARE]] and send the link on the class [[WhatsApp|SOFTWARE]] group.

AI: Is that something the school encourages?

User: Our [[principal|GENERIC_ROLE]], Mr [[Kiprono|PERSON]], he is neutral. He said, as long as the results are good. But he is worried about students using it for compositions, and he is right. [[Last term|GENERIC_TIME]] a boy, let me call him [[Brian|PERSON]], because that's his name, haha, no, I shouldn't — anyway, he submitted an essay about a village wedding that used the word "tapestry" three times. No Form Three student in [[Nakuru|CITY]] writes "tapestry." I called him and asked him to tell me the story verbally, and he could not. We had a good talk after. I am not punishing, I am teaching.

AI: How do you handle that in general, with the students?

User: I make them write in class more now, by hand, like before. And for homework I ask for personal things, about their family, their estate, their shamba, things the machine cannot know. Also, I show them how it makes mistakes. I asked it in front of the class who wrote "The River and the Source," and it gave the right answer, [[Margaret Ogola|PUBLIC_FIGURE]], but then it invented a second novel she never wrote. The students loved that. They said, "Madam, it is lying like [[Otieno|PERSON]]!" — that is another student, also [[Otieno|PERSON]], my surname, no relation.

AI: That's a great classroom moment. Are there challenges for you with access or cost?

User: Yes, data bundles. I use my own phone and my own [[Safaricom|ORGANIZATION]] bundles. The school has one computer lab with twenty machines for over a thousand students. The internet is there sometimes. So AI is for me at home, at night, not for the students in school. I think about the rural schools in [[Baringo|CITY]], where my cousin teaches, it's even worse. In [[Kenya|COUNTRY]] the government talks about digital learning, even President [[William Ruto|PUBLIC_FIGURE]] mentioned AI in a speech, but the teacher is still buying her own data.

AI: Thank you, [[Achieng|PERSON]]. Is there anything else you'd like us to know, and how can we reach you?

User: Only that teachers need training, real training, not a one-day seminar in a hotel. You can write to me at [[achieng.otieno[at]gmail[dot]com|OBF_EMAIL|bracket_at_dot]] — I write it like that always on forms, because of spam. Please share the results with teachers, not only with ministries. Thank you.""")

# 9 Japan - municipal civil servant, Sapporo
T.append("""AI: Thank you for joining today. Could you please introduce yourself and your work?

User: Yes. My name is [[Kenji Tanaka|PERSON]]. I am [[41|AGE]] years old. I work for the city of [[Sapporo|CITY]], in the ward office of [[Kita Ward|CITY]], in the resident services section. I am a [[municipal official|JOB_TITLE]], so, a civil servant. Mainly I handle procedures for childcare allowance and moving-in registrations. I joined the city in [[April 2007|DATE]], after graduating from [[Hokkaido University|SCHOOL]].

AI: How does AI appear in your work, if it does?

User: In [[2023|DATE]] the city started a trial with a generative AI tool, a version of [[ChatGPT|AI_PRODUCT]] on a closed system, so data does not go outside. We can use it only on the internal network terminal, not on the terminal that has the residents' information. There are two separate computers on my desk, actually. It is a bit old-fashioned, but it is the rule.

AI: What do you use it for, on that internal terminal?

User: Drafting. Many documents in city hall are written in very polite and formal Japanese, and the formats are strict. For example, notices to residents, explanations for the city council members, internal reports. I write the content, then I ask the AI to make it into the correct format. Also summarising long guidance documents from the national ministry. Before, my senior colleague [[Sato|PERSON]]-san would check every sentence with a red pen. Now, well, [[Sato|PERSON]]-san still checks, but there is less red.

AI: Is [[Sato|PERSON]]-san comfortable with the AI drafts?

User: Ah, he is careful. He says, "the AI writes beautiful Japanese that says nothing." [laughs] It's true. Sometimes it is too polite and the resident cannot understand what they must do. So we ask it also to make an "easy Japanese" version, for foreign residents. In [[Sapporo|CITY]] there are more and more foreign residents now, from [[Vietnam|COUNTRY]], [[Nepal|COUNTRY]], [[China|COUNTRY]]. That use is very good, I think. My [[section chief|GENERIC_ROLE]] wants to make it a standard practice.

AI: Are there concerns among staff?

User: Yes. Younger staff like [[Yuki|PERSON]] in my team use it quickly, maybe too quickly. Older staff are afraid of mistakes, because in public administration a mistake in a notice is a big problem, it can appear in the newspaper, the [[Hokkaido Shimbun|ORGANIZATION]]. Also there is a worry that the number of staff will be reduced. The city has a shortage of staff already, so I don't think so, but people worry. I think [[Yuki|PERSON]] will be fine; she once made the AI write the whole section's year-end party invitation in the style of a haiku, and the [[section chief|GENERIC_ROLE]] did not notice. At home my wife jokes that I should ask the AI to do the snow removal instead. In [[February|GENERIC_TIME]] that would be very helpful.

AI: [laughs] Thank you, [[Kenji|PERSON]]. Is there anything else, and may we contact you for a follow-up?

User: I think public sector use is different from companies, please remember that. For contact, I will paste my private address into the chat, not the city one: [[k.tanaka​@​snowmail.jp|OBF_EMAIL|zero_width_chars]]. If it does not work, please tell me, sometimes my keyboard adds strange characters. Thank you very much.""")

# 10 Poland - logistics coordinator, Wroclaw
T.append("""AI: Hi, thanks for taking the time. Could you tell me who you are and what you do?

User: Hi. So, I'm [[Dominika Wiśniewska|PERSON]], I'm [[36|AGE]], and I'm a [[logistics coordinator|JOB_TITLE]] at [[TransOdra Logistyka|ORGANIZATION]], a warehouse and transport company near [[Wrocław|CITY]], in [[Bielany Wrocławskie|CITY]], where all the big warehouses are. We do fulfilment for e-commerce, our biggest client is [[Zalando|ORGANIZATION]]. I plan inbound deliveries, docks, and I deal with carriers when trucks are late, which is... daily. I've been here since [[2019|DATE]].

AI: Where does AI come into that?

User: Emails, first of all. Half of our carriers are Ukrainian, some Lithuanian, some German, and I communicate with them in Polish, English, a bit of Russian, and when it's hard I use [[DeepL|AI_PRODUCT]]. And [[ChatGPT|AI_PRODUCT]] for the annoying emails — you know, "dear partner, for the third time this week your driver arrived without the CMR." It helps me to be angry but polite. Our WMS is [[SAP EWM|SOFTWARE]], no AI there, and for reports I use [[Excel|SOFTWARE]] and now a little [[Power BI|SOFTWARE]].

AI: Has the company introduced anything officially?

User: Since this year we have [[Copilot|AI_PRODUCT]], officially. My [[boss|GENERIC_ROLE]], pan [[Marek|PERSON]], was very enthusiastic, he went to some conference in [[Warsaw|CITY]] and came back and said, "everybody must use AI, we will be more efficient." Okay, but how? No training. So [[Kasia|PERSON]] from the planning team and I, we made our own small test. We took one week of delay data and asked it to find patterns. It found that one carrier is always late on Mondays. We knew that already! But now it was in a nice chart, so pan [[Marek|PERSON]] believed it. [laughs]

AI: So the chart made the difference for [[Marek|PERSON]]?

User: Exactly. That's the funny part. The knowledge was ours, the AI only gave it a format that management trusts. But I don't complain, that carrier got a warning. [[Tomek|PERSON]], who is our [[shift supervisor|GENERIC_ROLE]] on the warehouse floor, says next they will put AI cameras to check how fast the pickers work, and this is a real worry for the people there. In some warehouses in [[Poland|COUNTRY]] they already have such systems. I don't like that direction.

AI: Are there things you avoid putting into AI tools?

User: Personal data, yes. Drivers' names, ID numbers, plates. We had a GDPR training, and HR told us a story about someone in another company who pasted a whole list of employees with PESEL numbers into a chatbot. Crazy. I even feel strange giving my own PESEL at the doctor, and that guy just pasted hundreds. My mother in [[Opole|CITY]] asks me, "[[Domi|PERSON]], is this AI safe?" and I say, Mama, it's like a very clever intern who talks to everybody. You don't tell him secrets.

AI: That's a nice comparison. Anything you'd like to add before we close, and a contact for follow-up?

User: Only that I'd like to see AI in planning, real planning, not just emails. Like predicting which trucks will be late before it happens. That would change my life. Contact — my private email is [[d.wisniewska małpa wp kropka pl|OBF_EMAIL|polish_malpa_kropka]], sorry, in Polish we say "małpa," monkey, for the at sign. I'm also on [[LinkedIn|SOFTWARE]], but I check it rarely. Watching football is more my thing, I'm a big [[Lewandowski|PUBLIC_FIGURE]] fan.""")

# 11 France - administrative assistant at a notary office, Lyon
T.append("""AI: Bonjour, and thank you for joining. Could you tell me a little about yourself?

User: Bonjour! So, I'm [[Nathalie Berthier|PERSON]], I'm [[forty-six|AGE]], and I'm an [[assistante de direction|JOB_TITLE]] — executive assistant, I suppose — at a notary office, [[Étude Perrin & Associés|ORGANIZATION]], at [[12 rue de la République|ADDRESS]], [[69002|ADDRESS]] [[Lyon|CITY]]. Three notaries, eleven staff. I manage the agendas, the signature appointments, the mail, and honestly a bit of everything. I've worked there since [[September 2009|DATE]], so I know every file in the cupboard.

AI: And how does AI fit into your work?

User: Ah, it's a funny story, actually. I started using [[Claude|AI_PRODUCT]] [[last winter|GENERIC_TIME]], at home first, to rewrite letters. And one day in a meeting I said, "I asked [[Claude|AI_PRODUCT]] to prepare the draft," and Maître [[Perrin|PERSON]] — his first name is [[Claude|PERSON]], [[Claude Perrin|PERSON]], the senior notary — he looked at me like, what? I never asked you anything! [laughs] Everybody laughed. Now in the office we say "le robot" for the AI and "Maître" for him, to avoid confusion.

AI: That's wonderful. So what do you use the AI for now?

User: Letters to clients, mostly the standard ones: the list of documents to bring for a sale, reminders for a signature appointment, explanations of the fees. I give the AI the structure without any names and it makes the French clearer, less heavy. Notarial French is very heavy, you know. Also I use [[Le Chat|AI_PRODUCT]], from [[Mistral|ORGANIZATION]], because my colleague [[Sandrine|PERSON]], the [[clerc de notaire|JOB_TITLE]], she says we should support a French product. It's a bit political, she likes [[Emmanuel Macron|PUBLIC_FIGURE]] talking about "AI sovereignty." I just use whichever works.

AI: Are there rules about what you can put into these tools?

User: Very strict, yes. A notary office holds everything: wills, divorces, inheritances, people's whole lives. The [[Chamber of Notaries|ORGANIZATION]] sent a note in [[2024|DATE]]. No client names, no addresses, no amounts, nothing from the deeds. Our deeds software is [[Genapi|SOFTWARE]], and nothing leaves it. Honestly I feel a bit nervous even using it for letters, so I always replace the names with "Madame X" and "Monsieur Y." [[Sandrine|PERSON]] does the same.

AI: Has AI changed your workload, or your role?

User: My workload, a little lighter for writing. My role — I worry more for the younger ones. We had an [[intern|GENERIC_ROLE]] [[this spring|GENERIC_TIME]], [[Inès|PERSON]], very clever, and she did in one afternoon what used to take me two days, a full table of the fees for the website. But she didn't check it, and one number was wrong. Maître [[Perrin|PERSON]] saw it. So I think my experience is still useful: knowing where the traps are. My son [[Mathis|PERSON]], he's [[seventeen|AGE]], tells me I'm "super à jour" now, which from a teenager is the biggest compliment possible.

AI: Thank you, [[Nathalie|PERSON]]. Would you be open to a follow-up, and how could we reach you?

User: Yes, with pleasure. Not the office address, please. My personal one is [[nath.berthier69 arobase free point fr|OBF_EMAIL|french_arobase_point]] — I say it the French way, "arobase," you understand? And please, if you publish something, don't say which office. In [[Lyon|CITY]] everybody knows everybody in this profession, and I still want to work there next year. Merci beaucoup.""")

# 12 USA - plumbing/HVAC business owner, Dayton
T.append("""AI: Hi, thanks for hopping on. Could you tell me a bit about yourself and your business?

User: Sure thing. I'm [[Rick Miller|PERSON]], I'm [[52|AGE]], and I own [[Miller Bros. Plumbing & Heating|ORGANIZATION]] in [[Dayton|CITY]], [[Ohio|CITY]]. My dad started it in [[1979|DATE]], my brother and I took it over in [[2004|DATE]], and now it's me, my wife [[Deb|PERSON]] who runs the office, and nine guys in the field. Residential mostly — water heaters, furnaces, AC, the occasional disaster in somebody's basement.

AI: Where does AI come into a business like yours?

User: Honestly I was a skeptic. [[Deb|PERSON]] dragged me into it. The big thing for us is reviews. We live and die on [[Google|SOFTWARE]] reviews, and we get a lot, and you're supposed to answer every one. I'm not a writer. So now [[Deb|PERSON]] pastes the review into [[ChatGPT|AI_PRODUCT]] and says, "write a short, friendly reply from a family plumbing company in [[Dayton|CITY]], don't be cheesy." And then I read it and take out the cheesy part anyway. [laughs] She also has it help with the [[QuickBooks|SOFTWARE]] categories at tax time, and with the little flyers she makes in [[Canva|SOFTWARE]] for the furnace tune-up special every [[October|GENERIC_TIME]].

AI: Has it helped with anything on the field side?

User: Little bit. [[Luis|PERSON]], he's my [[lead tech|JOB_TITLE]], sharpest guy I've got, he uses it on his phone to look up old furnace model numbers and error codes, stuff from the '90s where the manual's long gone. Sometimes it's right, sometimes it makes up a part number that doesn't exist, so he always double-checks with the supply house. We also started using the AI thing in [[ServiceTitan|SOFTWARE]], that's our dispatch software, it writes the job summary from the tech's notes. Saves the guys maybe ten minutes a day of typing on a phone with greasy thumbs.

AI: How do your customers react, if they know?

User: Most don't know, I guess. One older lady, Mrs. [[Kowalski|PERSON]], she's been a customer since my dad's day, she called the office and said, "[[Debbie|PERSON]], your emails got so fancy, did you go to college?" [laughs] So [[Deb|PERSON]] told her the truth, and Mrs. [[Kowalski|PERSON]] said, "well, don't let the robot fix my boiler." Fair enough.

AI: Are there worries for you, as an [[owner|GENERIC_ROLE]]?

User: The trades are short on people, everyone knows that. [[Mike Rowe|PUBLIC_FIGURE]]'s been saying it for twenty years. So I'm not worried AI takes my guys' jobs. Nobody's crawling under a house with a chatbot. What worries me is the scammy stuff — fake reviews, fake competitors. Somebody set up a fake listing [[last year|GENERIC_TIME]] with a name almost like ours. And my son [[Tyler|PERSON]] wants me to do AI ads, and I don't want to spend money on something I don't understand. He's at [[Sinclair|SCHOOL]] for HVAC right now, so maybe he'll run that side when he comes in.

AI: Thanks, [[Rick|PERSON]]. Anything you'd like to add, or a way to reach you?

User: Just that small businesses need this stuff to be simple. I don't have an IT department, I have [[Deb|PERSON]]. [laughs] Office number's on the trucks, [[(937) 555-0148|PHONE_NUMBER]], and the website's [[millerbrosdayton.com|URL]]. If you email, it goes to her anyway: [[deb(at)millerbrosdayton(dot)com|OBF_EMAIL|paren_at_dot]] — she wrote it that way on the website after we got a ton of spam.""")

# 13 Egypt - site engineer, New Cairo
T.append("""AI: Hello, thank you for joining. Could you introduce yourself and your work?

User: Hello, welcome. I'm [[Omar Hassan El-Sayed|PERSON]], I'm [[30|AGE]], a [[site engineer|JOB_TITLE]], civil, working for [[Nile Delta Contracting|ORGANIZATION]]. Right now I'm on a residential compound project in [[New Cairo|CITY]], eight buildings, I'm responsible for two of them, the concrete works and the finishing schedule. I graduated from [[Ain Shams University|SCHOOL]] in [[2016|DATE]], civil engineering, and I'm registered in the [[Engineers Syndicate|ORGANIZATION]], my number is [[2847195|NATIONAL_ID]].

AI: How does AI show up on a construction site?

User: [laughs] On the site itself, not so much. The site is dust, trucks, workers, and the foreman shouting. But in the site office, yes. I use [[ChatGPT|AI_PRODUCT]] for the reports. Every day I write a daily report and every week a progress report for the [[consultant|GENERIC_ROLE]]. English reports. My English is good but technical writing takes time, so I write the points in Arabic and English mixed and ask it to make a proper report. Also for method statements, the first draft.

AI: What about the engineering itself — calculations, planning?

User: For calculations, no, never. I don't trust it. One time I asked it a simple thing, quantity of steel for a slab, and it gave a number that was wrong, with a big confidence. If I use this number, the building has a problem. So the calculations are [[Excel|SOFTWARE]] and [[ETABS|SOFTWARE]], and the drawings are [[AutoCAD|SOFTWARE]]. For the schedule we use [[Primavera P6|SOFTWARE]], and my [[project manager|GENERIC_ROLE]], Eng. [[Karim|PERSON]], he asked me to try if the AI can read the [[P6|SOFTWARE]] export and find the delays. It was okay. It said what we already knew, that the facade subcontractor is late.

AI: How do the workers and foremen react to all this?

User: They don't care, honestly. [laughs] Our foreman, [[Abu Youssef|PERSON]], he's maybe [[sixty|AGE]], forty years of experience, he doesn't have a smartphone even, he has a small old phone with buttons. He knows more about concrete than any AI. When the pour is going wrong, he knows from the sound. But the young engineers, like [[Hoda|PERSON]], she joined last year, she uses [[Gemini|AI_PRODUCT]] for everything, even to explain the Egyptian code. I tell her, read the code itself, the AI can make a mistake in one article and you sign on it.

AI: Do you see AI changing your career path?

User: Maybe. Many engineers from [[Egypt|COUNTRY]] go to [[Saudi Arabia|COUNTRY]] or the [[UAE|COUNTRY]] for work, the salaries are better, and there they use more technology, BIM, drones, AI for scheduling. I'm thinking about it, to go in two, three years. My wife [[Nour|PERSON]] is not happy with this idea. [laughs] I'm also studying for PMP, and I use [[ChatGPT|AI_PRODUCT]] to make practice questions, it's very good for that.

AI: Thank you, [[Omar|PERSON]]. Would you be available for a follow-up, and how can we reach you?

User: Yes, of course. On [[WhatsApp|SOFTWARE]], my number is [[٠١٠٠ ٤٥٦ ٧٨٩٢|OBF_PHONE|arabic_indic_digits]] — I type it in Arabic numbers, my phone keyboard is Arabic, I hope it's fine. Or you can find me on [[LinkedIn|SOFTWARE]], [[Omar El-Sayed|PERSON]], there are many, look for the one with the hard hat picture. [laughs]""")

# 14 Australia - policy officer, Canberra
T.append("""AI: Hi, thanks for joining. Can you start by telling me a bit about yourself and your role?

User: Yeah, no worries. I'm [[Jess Nguyen|PERSON]], I'm [[38|AGE]], and I'm a [[policy officer|JOB_TITLE]] in the federal public service in [[Canberra|CITY]]. I'm at the [[Department of Social Services|ORGANIZATION]], in a team that works on aged care workforce policy. I've been in the APS since [[2016|DATE]], I came over from a research job at [[ANU|SCHOOL]]. Mostly I write — briefs, minutes, talking points, responses to ministerial correspondence. Endless writing, really. On a big week, like before Budget in [[May|GENERIC_TIME]], I might do fifteen briefs, and half of them get rewritten three times by people above me.

AI: So where does AI come into that?

User: So we were part of the [[Copilot|AI_PRODUCT]] trial across the public service, in [[2024|DATE]]. Before that, nothing official, and you absolutely couldn't use [[ChatGPT|AI_PRODUCT]] on the network. It's blocked. After Robodebt, everyone in the public service is, um, very wary about automation doing anything near decision-making, and fair enough. So the trial was really cautious: drafting, summarising, searching our own documents.

AI: What did you find it useful for?

User: Summarising long documents, definitely. Inquiry reports, stakeholder submissions, we get hundreds. And for meeting notes in [[Teams|SOFTWARE]]. It's bad at finding stuff in our records system, which is [[Objective|SOFTWARE]] — it just doesn't see most of it. And it can't do the "departmental voice" thing. My [[director|GENERIC_ROLE]], well, my [[EL2|GENERIC_ROLE]], [[Sharon|PERSON]], she can tell instantly when a brief has been [[Copilot|AI_PRODUCT]]'d. She sent one back to [[Macca|PERSON]] — that's [[Liam McAllister|PERSON]], he sits next to me — with a sticky note saying "who wrote this, a chatbot?" and he had to own up. [laughs] Poor [[Macca|PERSON]].

AI: That sounds like a memorable moment. Has it changed how you write briefs?

User: A bit. I use it to get the first shape, then I rewrite everything. The value is in knowing what the [[minister|GENERIC_ROLE]]'s office actually cares about this week, and [[Copilot|AI_PRODUCT]] doesn't know that. It doesn't know that [[Anthony Albanese|PUBLIC_FIGURE]] said something on [[ABC|ORGANIZATION]] radio that morning and now everyone's panicking. That context is the job. And the accountability — if something I drafted goes to Senate Estimates and it's wrong, it's my name on it, not the AI's.

AI: Outside the department, do you use AI?

User: Yeah, at home, for life admin. I've got two kids and I use [[ChatGPT|AI_PRODUCT]] for meal plans, school forms, that kind of thing. My partner [[Bec|PERSON]] reckons I use it more than the kids do. I also post about public service stuff on [[Threads|SOFTWARE]] — carefully, within the social media policy — I'm [[@jessinthecapital|SOCIAL_HANDLE]] there, mostly about work-life balance and, you know, the cost of childcare in the [[ACT|CITY]].

AI: Thanks, [[Jess|PERSON]]. Anything else you'd like to add, and could we contact you for a follow-up?

User: Only that I think the APS is right to be careful, even if it's frustrating sometimes. Contact-wise, please use my personal email, it's [[jessnguyen85 -at- proton -dot- me|OBF_EMAIL|dash_at_dot]]. I spell it out like that everywhere now, habit from the spam. Cheers.""")

# 15 Spain - hotel receptionist, Benalmadena
T.append("""AI: Hola, thanks for your time. Could you tell me about yourself and your job?

User: Hola, yes. I'm [[Lucía Moreno Delgado|PERSON]], [[twenty-eight|AGE]], and I work as a [[receptionist|JOB_TITLE]] at the [[Hotel Mirador del Sol|ORGANIZATION]] in [[Benalmádena|CITY]], on the [[Costa del Sol|CITY]], near [[Málaga|CITY]]. It's a four-star hotel, about two hundred rooms, many guests from the [[UK|COUNTRY]], [[Germany|COUNTRY]], [[Sweden|COUNTRY]] in winter. I'm at the front desk, check-in, check-out, complaints, everything. Since [[2021|DATE]] here; before that I did my tourism degree at the [[Universidad de Málaga|SCHOOL]].

AI: Where does AI come into your day at the front desk?

User: A lot in the reviews and messages. We get reviews on [[Booking|SOFTWARE]] and [[TripAdvisor|SOFTWARE]], and my [[manager|GENERIC_ROLE]], [[Paco|PERSON]], wants every review answered in the guest's language. I speak Spanish, English, some French, but German, Swedish — no. So I use [[ChatGPT|AI_PRODUCT]] to draft the replies and then [[DeepL|AI_PRODUCT]] to check the translation back, to see it says what I want. Our hotel system is [[Opera|SOFTWARE]], and now there's a chatbot on the website too, but I don't like it, it promises things. Last month it told a guest we have a spa. We don't have a spa! [laughs] We have a jacuzzi, which is broken half the year.

AI: [laughs] What happened with that guest?

User: He came to the desk, Mr. [[Henderson|PERSON]], very polite British gentleman, with the phone, "the assistant said there is a spa." I had to explain. [[Maribel|PERSON]], my colleague on the night shift, she wrote to [[Paco|PERSON]] on [[WhatsApp|SOFTWARE]]: "[[Paco|PERSON]], el bot otra vez, now it's a spa, tomorrow it's a helipad." We laughed, but it's not funny for the guest. [[Paco|PERSON]] complained to the company that made the bot.

AI: Do you worry about AI replacing jobs like yours?

User: Some hotels have self check-in kiosks now, and the chain in [[Torremolinos|CITY]] nearby has a robot — an actual robot — that brings towels. I think it's a show for [[Instagram|SOFTWARE]]. People on holiday want a person. When a family arrives at midnight with tired children and the room is not ready, they want someone who says, "I'm so sorry, I'll fix it." Not a screen. So, for now, no. But for the back office, the invoices, the group bookings, maybe yes.

AI: Is there any personal data you handle that you're careful with?

User: Passports, always. We scan every passport for the police registration, it's the law in [[Spain|COUNTRY]]. I would never put that in an AI. Even my own DNI, [[53912847Q|NATIONAL_ID]], I had to give it to the hotel for my contract, and I was nervous about that. My boyfriend [[Álvaro|PERSON]] works in IT and he always says, "[[Lu|PERSON]], the problem is not the AI, it's the people who paste everything in it."

AI: Thank you, [[Lucía|PERSON]]. Anything else, and how can we reach you?

User: No, I think that's all. My mobile is [[seis cuatro siete, veintiocho, diecinueve, cero cinco|OBF_PHONE|spanish_words]] — sorry, in Spanish, it's [[six four seven, twenty-eight, nineteen, oh five|OBF_PHONE|spoken_number_groups]]. [[WhatsApp|SOFTWARE]] is better than calls, with the shifts. Gracias!""")

# 16 South Africa - supply chain practitioner, municipality, Durban
T.append("""AI: Sawubona, and thanks for joining. Could you tell me about yourself and your work?

User: Yebo, hello! I'm [[Nomsa Dlamini|PERSON]], I'm [[36|AGE]], and I work as a [[supply chain practitioner|JOB_TITLE]] at [[eThekwini Municipality|ORGANIZATION]], in [[Durban|CITY]]. So, procurement basically — I handle quotations and tenders for the water and sanitation unit. Pipes, pumps, chemicals, contractors. Lots of paperwork, lots of compliance. I've been there since [[2014|DATE]], I started as an intern after my diploma at [[DUT|SCHOOL]].

AI: Where does AI come into procurement work like that?

User: Ay, carefully. [laughs] Procurement in government is very sensitive, you know, everyone is watching for corruption, the [[Auditor-General|ORGANIZATION]] comes [[every year|GENERIC_TIME]]. So nobody is going to let a chatbot choose a supplier. But for writing, yes. I use [[ChatGPT|AI_PRODUCT]] on my own phone to help with specifications — like, "write a technical specification for a submersible sewage pump, these are the requirements" — and then I check with the engineers. It saves me a lot of going back and forth. Before, [[Sipho|PERSON]] from the technical side used to send me a spec written on a napkin, nearly.

AI: Is it officially allowed at the municipality?

User: Not really officially, not really forbidden. There was a circular in [[March|GENERIC_TIME]] saying staff must not upload municipal documents to "external platforms." So I don't upload, I type the requirements myself. Our systems are [[SAP|SOFTWARE]] and the central supplier database, and there's no AI in those. My [[manager|GENERIC_ROLE]], Mr [[Pillay|PERSON]], he's okay with it as long as he doesn't see it. [laughs] He says, "[[Nomsa|PERSON]], I don't want to know how the sausage is made, I just want the spec by [[Friday|GENERIC_TIME]]."

AI: [laughs] And your colleagues — do they use it too?

User: The younger ones, yes. [[Thandeka|PERSON]], our [[receptionist|JOB_TITLE]] at the unit, she uses it to write minutes for the bid committee, which is maybe too much, I told her to be careful. And my friend [[Lwazi|PERSON]], in finance, he asked it about the PFMA — no, sorry, the MFMA, the finance act for municipalities — and it mixed up the sections. So he got in trouble with his [[supervisor|GENERIC_ROLE]] because he quoted the wrong section in a memo. Since then we joke, "did you ask the oracle?"

AI: How do you personally feel about AI in your job long-term?

User: Mixed. On one side, with load shedding and the backlogs, anything that saves time is good. On the other side, I worry that management will use AI as an excuse not to fill posts. We are already short of people. My gogo in [[Pietermaritzburg|CITY]] always says, "machines don't feed families." [laughs] She's right. And when [[Cyril Ramaphosa|PUBLIC_FIGURE]] talks about the digital economy, I think, okay, but first give us laptops that work. My laptop is older than my nephew.

AI: Thank you, [[Nomsa|PERSON]]. Anything else you'd like to add, and is there a way to reach you?

User: Only that people in government in [[South Africa|COUNTRY]] are using these tools already, so it's better to train them than pretend. My personal email is [[nomsa underscore dlamini at yahoo dot co dot za|OBF_EMAIL|spelled_underscore_at_dot]], I say it like that on the phone always. Please don't send to the municipal address, the filters eat everything. Thank you!""")

# 17 Canada - insurance claims adjuster, Halifax
T.append("""AI: Hi there, thanks for taking part. Could you tell me a bit about yourself?

User: Hi! Yeah, so, I'm [[Shauna MacDonald|PERSON]], I'm [[forty-two|AGE]], and I'm a [[property claims adjuster|JOB_TITLE]] with [[Maritime Mutual Insurance|ORGANIZATION]] here in [[Halifax|CITY]], [[Nova Scotia|CITY]]. I handle home claims, so water damage, fire, storm damage — after the big hurricane in [[September|GENERIC_TIME]] of [[2022|DATE]] it was insane, we were working seven days a week for months. I've been with the company since [[2011|DATE]], and before that I did business admin at [[Saint Mary's University|SCHOOL]].

AI: How does AI come into your work?

User: Um, it's starting to. The claims system is [[Guidewire|SOFTWARE]], and the company added some AI feature that, like, flags claims for fraud risk and suggests a reserve amount. Which — okay, I get it, but it flagged a lady in [[Dartmouth|CITY]] whose basement flooded twice in a year, and the reason it flooded twice is her street has terrible drainage. That's not fraud, that's the city. So I override it a lot. My [[team lead|GENERIC_ROLE]], [[Gord|PERSON]], always says "the flag is a question, not an answer," which I like.

AI: That's a good way to frame it. Do you use general tools like [[ChatGPT|AI_PRODUCT]]?

User: At work we have [[Copilot|AI_PRODUCT]], the company one. I use it to write the letters, especially denial letters, because those have to be really clear and really kind at the same time, and honestly after ten hours on the phone I'm not always kind. [laughs] I write the facts and the policy wording and it helps me soften the tone. I never put the claimant's name or address in, I fill that in after. [[ChatGPT|AI_PRODUCT]] I only use at home. My daughter [[Ellie|PERSON]] showed me how to use it for her science fair, and I was like, oh, this could do my letters.

AI: Can you tell me about a time AI helped, or didn't, with a real claim?

User: So there was a claim [[last fall|GENERIC_TIME]], an older gentleman, Mr. [[Boudreau|PERSON]], out near [[Antigonish|CITY]]. His house had a chimney fire and he'd sent like forty photos and a handwritten list of contents, three pages. I used [[Copilot|AI_PRODUCT]] to turn his list into an [[Excel|SOFTWARE]] sheet — I typed it in first, I didn't upload his writing — and it organized it by room and flagged duplicates. That saved me a whole afternoon. Then it also, like, guessed values for some items, which I didn't ask for, and some were ridiculous. A 1970s fiddle at twelve dollars. He'd have been heartbroken.

AI: Are there concerns among your coworkers?

User: Oh for sure. [[Darlene|PERSON]], who's been here thirty years, she thinks they'll use AI to cut adjusters. There was a memo from head office in [[Toronto|CITY]] about "efficiency," and everyone panicked. I don't think you can replace someone standing in a burnt kitchen with a homeowner who's crying. But I do think the desk adjusters, the ones doing small claims on the phone, they're worried, and I get it.

AI: Thanks, [[Shauna|PERSON]]. Anything else, and can we reach you for a follow-up?

User: Just that insurance companies should be careful with the fraud stuff, because it can be unfair to people who are already having the worst week of their lives. For follow-up, my cell is [[902-555-0187|PHONE_NUMBER]], or I'll type it spaced out for the chat bot thing here, [[9 0 2 - 5 5 5 - 0 1 8 7|OBF_PHONE|spaced_digits]], if that helps. Email is [[shauna.macd@eastlink.ca|EMAIL_ADDRESS]]. Happy to help.""")

# 18 Italy - export sales manager at a winery, Alba
T.append("""AI: Buongiorno, thank you for joining us. Could you introduce yourself and your job?

User: Buongiorno! I'm [[Giulia Ferraris|PERSON]], I'm [[33|AGE]], and I'm the [[export sales manager|JOB_TITLE]] at [[Cantina Ferraris|ORGANIZATION]], which is my family's winery, near [[Alba|CITY]], in the [[Langhe|CITY]]. We make Barolo, Barbaresco, some Dolcetto. My grandfather started it, my father runs it, and I do the selling abroad — [[United States|COUNTRY]], [[Germany|COUNTRY]], [[Switzerland|COUNTRY]], and now a little bit [[Japan|COUNTRY]]. I came back to the family business in [[2018|DATE]] after a master's at [[Bocconi|SCHOOL]] in [[Milan|CITY]].

AI: How does AI fit into your work?

User: Well, mostly in writing and preparation. I write a lot of emails to importers, in English, German sometimes, and I use [[ChatGPT|AI_PRODUCT]] to check the tone, because Italians are — how to say — very long in emails. [laughs] The Americans want three lines. Also I prepare the technical sheets for each wine, and the AI helps me translate the tasting notes into something less poetic. My father writes "sa di bosco dopo la pioggia," it smells like a forest after rain, and the importer in [[Chicago|CITY]], [[Dave Kowalczyk|PERSON]], he said to me once, "[[Giulia|PERSON]], I love your dad, but I need numbers: acidity, alcohol, residual sugar." [laughs]

AI: [laughs] Does your father use any of it himself?

User: My father? No, no. Papà writes in a notebook with a pencil. My brother [[Matteo|PERSON]], he's the [[winemaker|JOB_TITLE]], he's more curious. He tried to use an app with AI to predict the harvest date from weather data, and it said to pick the Nebbiolo in early [[September|GENERIC_TIME]], which is crazy, Nebbiolo is [[October|GENERIC_TIME]]. So now he doesn't trust it. I think for the vineyard the knowledge is in the hands and in the old people. Our vineyard worker, [[Beppe|PERSON]], he is [[seventy-one|AGE]] and he knows every row.

AI: What about marketing and social media?

User: Yes, there I use it more. We have [[Instagram|SOFTWARE]], and I use [[Canva|SOFTWARE]] for the posts, and sometimes the AI to write captions in three languages. But I must be careful, because wine marketing has many rules, especially for the American market, you cannot say health things. And I refuse to use AI images of the vineyard. Our vineyard is real, why would I invent one? There was a big discussion in [[Italy|COUNTRY]] about AI and "Made in [[Italy|COUNTRY]]," even [[Giorgia Meloni|PUBLIC_FIGURE]]'s government talked about protecting it. I agree on that one at least. [laughs]

AI: Are there any concerns you have about using these tools?

User: Data, a little. Our price lists to importers are confidential, so I never paste them. And once, for a wine course, I had to give my codice fiscale, [[FRRGLI91C52A124K|NATIONAL_ID]], to an online platform that said it used AI for "personalised learning," and I thought afterwards, why does an AI need my tax code? Also I worry that everything starts to sound the same. Every winery newsletter now sounds like it was written by the same person.

AI: Thank you, [[Giulia|PERSON]]. Would you be happy to be contacted again?

User: Sì, certo. My personal email is [[giulia.ferraris chiocciola libero punto it|OBF_EMAIL|italian_chiocciola_punto]] — "chiocciola" is the snail, it's how we say the at sign. Please don't use the winery address, my father reads it. [laughs] Grazie mille!""")

# 19 Indonesia - faculty administrative staff, Yogyakarta
T.append("""AI: Selamat siang, and thank you for joining. Could you tell me about yourself and your job?

User: Selamat siang. My name is [[Rina Kusumawati|PERSON]], I am [[35|AGE]] years old, and I work as [[administrative staff|JOB_TITLE]] in the academic office of the Faculty of Economics at [[Universitas Gadjah Mada|SCHOOL]], in [[Yogyakarta|CITY]]. I handle student letters, thesis schedules, lecturer timetables, and sometimes the accreditation documents, which are very, very long. I am a civil servant, since [[2015|DATE]]. My NIP is [[198804122015042003|NATIONAL_ID]], that's our civil servant number, we have to write it on everything.

AI: How do you use AI in that work?

User: At first I did not. Then in [[2023|DATE]] a young lecturer, Pak [[Arief|PERSON]], showed us [[ChatGPT|AI_PRODUCT]] in a workshop. Now I use it mostly for letters in English — for international students, for partner universities in [[Malaysia|COUNTRY]], [[Australia|COUNTRY]]. My English is okay for reading but writing formal letters is difficult. And for the accreditation documents, I use it to summarise. Also [[Gemini|AI_PRODUCT]], because it is inside our [[Google Workspace|SOFTWARE]] account from the university.

AI: Can you give an example of a typical day?

User: In the morning, many students come, "Mbak, I need a letter for internship." Then the lecturers send messages on [[WhatsApp|SOFTWARE]]. My [[head of office|GENERIC_ROLE]], Bu [[Sri|PERSON]], she sends very short messages, like "[[rina|PERSON]], surat utk pak [[budi|PERSON]] sdh?" — it means, "[[Rina|PERSON]], the letter for Mr [[Budi|PERSON]], is it done?" She always writes my name in small letters, [laughs] she is in a hurry always. Pak [[Budi|PERSON]] is the [[vice dean|GENERIC_ROLE]]. So I make the letter from a template, and if it's in English I ask [[ChatGPT|AI_PRODUCT]] to check it.

AI: So [[Sri|PERSON]] is your [[supervisor|GENERIC_ROLE]] — how does she feel about AI?

User: Bu [[Sri|PERSON]] is careful. She is afraid the students use it to write theses, which they do, of course. [laughs] The faculty made a rule in [[August 2024|DATE]], every thesis must be checked by [[Turnitin|SOFTWARE]] including the AI detection. But the detection is not so accurate. One student, [[Dimas|PERSON]], he cried in my office because it said his thesis was 60 percent AI, and he wrote it himself, I know because he asked me for the template many times. His English is just very formal, like the AI. We had to send it to the lecturer to check manually.

AI: That sounds difficult. Do you have any worries about AI for your own job?

User: A little. Administrative work is the thing everyone says AI will replace. But in [[Indonesia|COUNTRY]], bureaucracy needs the stamp, the signature, the person. [laughs] Maybe in ten years. My colleague [[Dewi|PERSON]] is more worried, she says her daughter told her that in [[China|COUNTRY]] there are offices with no admin staff. I am thinking to study again, maybe a short course in data, at the [[Universitas Terbuka|SCHOOL]], the open university, on weekends.

AI: Thank you, [[Rina|PERSON]]. Is there a way we could contact you again?

User: Yes, you can contact me on [[WhatsApp|SOFTWARE]]: [[08l2-7734-9O15|OBF_PHONE|letter_for_digit]]. Sorry, I always write it with letters inside, with the small "l" and big "O," because my number was stolen before and I got so many spam calls from loan apps. You understand, right? Terima kasih!""")

# 20 Netherlands - backend software engineer, Amsterdam
T.append("""AI: Hi, thanks for joining. Could you introduce yourself?

User: Hi, sure. I'm [[Ruud Janssen|PERSON]], [[31|AGE]], [[backend engineer|JOB_TITLE]] at [[Klaverpay|ORGANIZATION]], a payments startup in [[Amsterdam|CITY]], about 120 people. I live in [[Haarlem|CITY]], so it's the train every day, or working from home [[Tuesdays|GENERIC_TIME]] and [[Fridays|GENERIC_TIME]]. I studied computer science at [[TU Delft|SCHOOL]] and I've been at [[Klaverpay|ORGANIZATION]] since [[January 2022|DATE]]. Before that a couple of years at a bank, which I won't name. [laughs]

AI: How does AI fit into your day as an engineer?

User: Pretty deeply by now. I use [[GitHub Copilot|AI_PRODUCT]] in the editor all day, mostly for boilerplate, tests, that kind of thing. For bigger stuff I switch to [[Cursor|AI_PRODUCT]] or ask [[Claude|AI_PRODUCT]] to explain some legacy module nobody understands. We have a lot of that. There's a service written by a guy who left in [[2020|DATE]], everyone calls it "the [[Maarten|PERSON]] service," and honestly the AI understands it better than any of us. [laughs] Sorry, [[Maarten|PERSON]], if you ever read this.

AI: [laughs] Are there rules at the company about using it?

User: Yes, and they matter because we're in payments, regulated by [[De Nederlandsche Bank|ORGANIZATION]]. No production data into any AI tool, no customer data, no keys, obviously. [[Copilot|AI_PRODUCT]] is the business version, so code isn't used for training. [[Sanne|PERSON]], our [[security engineer|JOB_TITLE]], did a whole review [[last spring|GENERIC_TIME]], and she's strict — once she caught someone with an API key in a prompt and posted in [[Slack|SOFTWARE]], "whoever just pasted a live key into a chatbot, come see me, now." [laughs] Everyone went very quiet. She's great though.

AI: Has AI changed how your team works together?

User: Code review changed. Pull requests got bigger, because writing code is cheap now, and reviewing is the bottleneck. [[Joost|PERSON]], our [[tech lead|GENERIC_ROLE]], made a rule: if the AI wrote it, you still have to be able to explain every line in the review. We also had a junior, [[Bram|PERSON]], he's on [[Slack|SOFTWARE]] as [[@bvdberg|SOCIAL_HANDLE]], who was shipping really fast and then couldn't debug anything when it broke at 2am. So now we pair with juniors more, and the juniors have to write the first version of a fix without any assistant, just to keep the muscle. Some of them hate it. [[Bram|PERSON]] called it "coding with oven mitts" in the retro. I think the risk is that people stop learning the fundamentals.

AI: What about you personally — do you feel more productive, or something else?

User: More productive, yes, maybe thirty percent on some days. But also a bit more tired? Because I'm reviewing all day instead of writing. There's that thing [[Andrej Karpathy|PUBLIC_FIGURE]] called "vibe coding," and I think for side projects it's fun, but not for payments. My side stuff is on [[github.com/ruudjanssen-dev|URL]], that's where I experiment. My girlfriend [[Femke|PERSON]] is a [[nurse|JOB_TITLE]] and she laughs at me when I complain — she says, "at least your mistakes can be reverted."

AI: Thanks, [[Ruud|PERSON]]. Anything else, and could we reach you again?

User: Sure. Mail me at [[ruud apenstaartje janssen punt dev|OBF_EMAIL|dutch_apenstaartje_punt]] — "apenstaartje" is the little monkey tail, it's what we call the at sign in Dutch. I'm curious what the other interviews say. Doei!""")

# 21 Vietnam - sales admin at a garment factory, Binh Duong
T.append("""AI: Xin chào, and thank you for joining. Could you tell me a bit about yourself?

User: Xin chào! My name is [[Nguyễn Thị Thu Trang|PERSON]], but at work everybody calls me [[Trang|PERSON]], or my English name, [[Tracy|PERSON]]. I'm [[27|AGE]]. I work as a [[sales admin|JOB_TITLE]] at [[Hanvina Apparel|ORGANIZATION]], it's a Korean-owned garment factory in [[Bình Dương|CITY]], near [[Ho Chi Minh City|CITY]]. We make sportswear for export. I handle purchase orders from buyers, shipment schedules, and I translate between the Korean managers and the Vietnamese production team. I joined in [[2021|DATE]], after I graduated from [[Hoa Sen University|SCHOOL]].

AI: So you work across three languages. Where does AI come in?

User: Yes, Vietnamese, English, and Korean — my Korean is only medium. So translation is the biggest. I use [[Papago|AI_PRODUCT]] for Korean, it's better than others for Korean, and [[ChatGPT|AI_PRODUCT]] for English emails to the buyers in [[Europe|CONTINENT]] and [[North America|CONTINENT]]. Our [[director|GENERIC_ROLE]], Mr. [[Park|PERSON]], speaks very fast Korean in meetings, so sometimes I record and then check the translation after. He knows, I asked him first. [laughs]

AI: How does Mr. [[Park|PERSON]] feel about you using AI?

User: He likes it, he says it's "smart working." But he also tests me. One time he wrote an email in Korean with a joke inside, some Korean idiom, and asked me to translate it for the Vietnamese team. [[Papago|AI_PRODUCT]] translated it word by word and it became very strange, something about a frog in a well. The [[team leader|GENERIC_ROLE]], anh [[Tuấn|PERSON]], replied in our [[Zalo|SOFTWARE]] group, "sếp nói con ếch gì vậy [[Trang|PERSON]]??" — it means, "what frog is the [[boss|GENERIC_ROLE]] talking about, [[Trang|PERSON]]??" [laughs] Then I had to explain. So I learned, idioms I must do myself.

AI: [laughs] What else do you use it for?

User: [[Excel|SOFTWARE]]. We track all the orders in big [[Excel|SOFTWARE]] files, and the formulas are very complicated, the person who made them left the company. My senior, chị [[Hương|PERSON]], and I, we ask [[ChatGPT|AI_PRODUCT]] to explain the formulas and fix them. We never paste the buyer names or prices, only the structure. Also I use it to prepare for buyer audits — the compliance questions, about working hours, safety. I make a practice list. The buyers are very strict now, especially the European brands.

AI: Are there worries about AI among people at the factory?

User: The office people, a little. The workers on the sewing lines, not really, because sewing is still by hand, machines can't do it well. But I read that [[Jensen Huang|PUBLIC_FIGURE]] came to [[Vietnam|COUNTRY]] and everyone was talking about chips and AI, and my mother asked me if my job is safe. I told her, Mẹ, the AI can translate, but it can't drink beer with the Korean managers after work and make them happy. [laughs] That is also part of my job, honestly.

AI: Thank you, [[Trang|PERSON]]. Anything else, and how could we contact you?

User: Maybe that companies should pay for the good version. We all use free versions on our phones. You can message me on [[Zalo|SOFTWARE]], my number is [[không chín không tám, bốn năm sáu, bảy tám chín|OBF_PHONE|vietnamese_words]] — oh sorry, I said it in Vietnamese! It's the same number as my [[Zalo|SOFTWARE]]. Or on [[Facebook|SOFTWARE]], my name there is [[tracy.nguyen.9x|SOCIAL_HANDLE]]. Cảm ơn!""")

# 22 Turkey - pharmacy owner, Izmir
T.append("""AI: Merhaba, thank you for joining. Could you tell me about yourself and your work?

User: Merhaba. I'm [[Ayşe Yıldız|PERSON]], [[49|AGE]] years old, a [[pharmacist|JOB_TITLE]], and I own a neighbourhood pharmacy, [[Yıldız Eczanesi|ORGANIZATION]], in [[Alsancak|CITY]], [[İzmir|CITY]]. The address is [[Kıbrıs Şehitleri Caddesi No: 41|ADDRESS]], if anyone wants to visit, we have very good coffee. [laughs] I studied at [[Ege University|SCHOOL]], faculty of pharmacy, and I opened the pharmacy in [[2003|DATE]]. Two technicians work with me, and my daughter helps in [[summer|GENERIC_TIME]].

AI: How does AI come into running a pharmacy?

User: Slowly. The main system we use is from the state, [[MEDULA|SOFTWARE]], for prescriptions and reimbursements, and it has no AI, it has only problems. [laughs] But for myself, I use [[ChatGPT|AI_PRODUCT]] sometimes to check drug interactions quickly, as a second opinion, never the first. I always confirm in the official drug database. Once it told me two medicines were safe together, and I knew they were not, so I trust it only like a young intern — useful, but you check everything.

AI: Do your technicians use it too?

User: [[Emre|PERSON]] does, he's my [[senior technician|JOB_TITLE]], [[thirty-two|AGE]]. He uses [[Gemini|AI_PRODUCT]] to write our [[Instagram|SOFTWARE]] posts — sunscreen in [[summer|GENERIC_TIME]], flu vaccines in [[winter|GENERIC_TIME]]. He is more modern than me. The other one, [[Zeynep|PERSON]] Hanım, she is older, she doesn't like it. She says, "[[Ayşe|PERSON]] Hanım, the patient wants to talk to a human, not a phone." And she is right. Many old people come just to talk, to measure blood pressure, to complain about their children. [laughs] No AI is doing that.

AI: Are there situations where patients bring AI into the pharmacy?

User: Yes! More and more. People come with a screenshot, "[[ChatGPT|AI_PRODUCT]] said I should take this." One man, [[Mehmet|PERSON]] Bey — no, I shouldn't say names — a regular customer, he wanted an antibiotic without prescription because the AI said he had a bacterial infection. In [[Turkey|COUNTRY]] it's not allowed now, you need prescription. I explained, he was angry, then he went to the [[doctor|GENERIC_ROLE]] and it was a virus. [laughs] Also, people ask me about the prescriptions and their TC number — the national ID — is it safe in the app, and I don't know what to say.

AI: That's interesting — the AI arriving through the patients. How do you feel about AI in pharmacy generally?

User: I think it will come for stock management first. Every morning I calculate what to order from the warehouse, and there are shortages of some medicines in [[Turkey|COUNTRY]] now, so it's a real puzzle. If an AI can predict this, good. But the counselling, the trust — my patients know me twenty years. My husband [[Serkan|PERSON]] jokes, "if the robot takes your job, you finally can take holiday." [laughs]

AI: Thank you, [[Ayşe|PERSON]] Hanım. Is there any way we can reach you again if needed?

User: Of course. Write to the pharmacy email, I read it every night: [[yildizeczanesi et gmail nokta com|OBF_EMAIL|turkish_et_nokta]] — in Turkish we say "et" for the at sign, sorry, "nokta" is dot. Or call the pharmacy, [[0232 463 18 72|PHONE_NUMBER]], but not on [[Saturday|GENERIC_TIME]], it's very busy. Kolay gelsin!""")

# 23 Ireland - GP practice manager, Galway
T.append("""AI: Hi, thanks for taking part. Could you tell me a bit about yourself and your role?

User: Hi, yeah, no bother. I'm [[Siobhán Kennedy|PERSON]], I'm [[fifty-five|AGE]], and I'm the [[practice manager|JOB_TITLE]] at [[Claddagh Medical Centre|ORGANIZATION]], a GP practice in [[Galway|CITY]]. Four doctors, two practice nurses, three of us on reception and admin. I've been there since [[2008|DATE]], before that I was in the bank for years, so I came to healthcare through the back door, you could say.

AI: What does your working day involve, and where does AI come in?

User: Everything that isn't clinical, basically: rotas, payroll, the accounts, [[HSE|ORGANIZATION]] claims, complaints, the building, the phones — God, the phones. As for AI, it's only really started in the last year. Our practice software is [[Socrates|SOFTWARE]], and there's talk of AI features but nothing yet. I've been using [[ChatGPT|AI_PRODUCT]] for the admin writing — policies, staff handbook updates, and the dreaded complaint responses. And [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]], a bit, for the rota, though I don't fully trust it.

AI: How do the doctors feel about it?

User: Mixed bag. Dr [[Fitzgerald|PERSON]], the [[senior partner|GENERIC_ROLE]] — we all call him [[Fitzy|PERSON]] behind his back, God forgive us — he's [[sixty-three|AGE]] and he's very against it. He says, "[[Siobhán|PERSON]], if I wanted a machine writing my letters I'd have stayed in the hospital." [laughs] But Dr [[Okonkwo|PERSON]], the youngest GP, she's been trialling one of those AI scribes that listens to the consultation and writes the notes. She asks every patient first. Most say yes. The older farmers out towards [[Oughterard|CITY]] sometimes say, "is it the guards listening?" [laughs]

AI: [laughs] What about patient data — how careful do you have to be?

User: Extremely. GDPR, the [[Data Protection Commission|ORGANIZATION]], all of it. I never put a patient's name or anything in [[ChatGPT|AI_PRODUCT]], never. When I'm drafting a complaint response I change all the details. I even had a fright once — I was doing my own pension form at home and nearly pasted the whole thing in with my PPS number, [[7391845TA|NATIONAL_ID]], just to ask what a box meant. Stopped myself. My son [[Cian|PERSON]] gave out to me for even thinking about it. He's in IT in [[Dublin|CITY]], so he's very much "Mam, read the terms and conditions."

AI: Has it changed the workload for you and your team?

User: For me, a bit lighter on the writing. For reception, no, because the phones are the phones. [[Aoife|PERSON]], one of our [[receptionists|JOB_TITLE]], asked could we get one of those AI phone answering things, and I looked into it, but honestly, our patients would hate it. Half of them ring just to have a chat with [[Aoife|PERSON]]. [laughs] The [[HSE|ORGANIZATION]] has been talking about AI in primary care, and there was something from [[Stephen Donnelly|PUBLIC_FIGURE]] when he was [[Minister|GENERIC_ROLE]], but nothing concrete has reached us.

AI: Thank you, [[Siobhán|PERSON]]. Anything to add, and can we contact you for follow-up?

User: Just that small practices need guidance — we haven't the time to be reading up on the EU AI Act on top of everything. You can ring me on the mobile, [[oh-eight-seven, double two, triple five, one-nine-oh|OBF_PHONE|double_triple_words]]. Or post, if you're old-fashioned like me — the practice is at [[14 Sea Road|ADDRESS]], [[Galway|CITY]], [[H91 X2P4|ADDRESS]]. Mark it for my attention. Best of luck with the study.""")

# 24 Argentina - quality engineer at a dairy plant, Rafaela
T.append("""AI: Hola, thanks for joining us. Could you introduce yourself and what you do?

User: Hola, ¿qué tal? I'm [[Florencia Quiroga|PERSON]], [[Flor|PERSON]] for everyone, I'm [[39|AGE]], and I'm a [[quality engineer|JOB_TITLE]] — ingeniera en alimentos — at [[Lácteos Santa Rita|ORGANIZATION]], a dairy company in [[Rafaela|CITY]], in the province of [[Santa Fe|CITY]]. We make cheese mostly, and some dulce de leche. I'm in charge of quality control and food safety audits for one of the plants. I studied at the [[Universidad Nacional del Litoral|SCHOOL]] and I've been at the company since [[2012|DATE]].

AI: Where does AI fit into quality and food safety work?

User: More in the documents than in the cheese. [laughs] We have tons of procedures, HACCP plans, audit reports, and now the clients from [[Brazil|COUNTRY]] and [[Chile|COUNTRY]] ask for everything in Portuguese or English. I use [[ChatGPT|AI_PRODUCT]] to translate and to rewrite procedures so the operators can understand them — short sentences, clear steps. Before, the procedures were written by engineers for engineers. Also I use it to prepare for audits, I ask it to play the auditor and make hard questions. It's actually very good for that.

AI: Have your colleagues picked it up as well?

User: Some, yes. [[Tincho|PERSON]] — [[Martín|PERSON]], from maintenance — he uses it to find spare parts for old machines, like the Italian ones from the 90s. And el [[Colo|PERSON]], we call him that because he's redhead, he's the [[microbiologist|JOB_TITLE]] in the lab, he's very skeptical. He says, "che, [[Flor|PERSON]], the robot doesn't taste the cheese." True! My [[boss|GENERIC_ROLE]], [[Gustavo|PERSON]], is in the middle. He wants us to use it, but he's worried about sensitive data, our formulas, the supplier prices. We had a meeting in [[November|GENERIC_TIME]] to make some rules.

AI: What rules did you come up with?

User: Simple: nothing about formulas, nothing about clients, no lab results with the batch numbers. For the numbers we use [[Excel|SOFTWARE]] and our system, [[SAP Business One|SOFTWARE]], and those stay inside. The funny thing is, the biggest leak risk is [[WhatsApp|SOFTWARE]], not AI. Everyone sends photos of the lab results to the [[WhatsApp|SOFTWARE]] group. [laughs] Also the economy here, you know, with inflation and everything, the company doesn't want to pay for licences in dollars. So everyone uses the free version on their own phone. With [[Milei|PUBLIC_FIGURE]] and the dollar, every subscription is a drama.

AI: How do you feel about AI for your own career?

User: I think it helps me, honestly. I'm a mother of two, I don't have time to do a master's. So I use it to learn — statistics for process control, new regulations. My husband [[Pablo|PERSON]] says I talk more to [[ChatGPT|AI_PRODUCT]] than to him. [laughs] And I have a small side project on [[Instagram|SOFTWARE]], [[@flor.calidad|SOCIAL_HANDLE]], where I explain food safety for small producers, cheese makers from the countryside, and the AI helps me with the scripts. It's not much, like two thousand followers.

AI: Thank you, [[Flor|PERSON]]. Anything else, and is there a way to contact you?

User: Just that in the interior of [[Argentina|COUNTRY]], in small companies, AI is not a luxury, it's the only way to keep up. My email, let me type it in the chat, with spaces so the bots don't catch it: [[f l o r . q u i r o g a @ h o t m a i l . c o m|OBF_EMAIL|spaced_letters]]. ¡Gracias, un beso!""")

# 25 Sweden - social worker, Malmo
T.append("""AI: Hej, thank you for joining. Could you tell me about yourself and your job?

User: Hej! I'm [[Sara Lindqvist|PERSON]], I'm [[39|AGE]], and I'm a [[socialsekreterare|JOB_TITLE]] — a [[social worker|JOB_TITLE]] — at the [[City of Malmö|ORGANIZATION]], in the children and family unit in [[Rosengård|CITY]]. I investigate reports of concern about children, so — heavy work. I've done it since [[2014|DATE]], after my social work degree at [[Lund University|SCHOOL]]. Before that I worked in a youth centre in [[Helsingborg|CITY]].

AI: How does AI come into your work, if it does?

User: Very little, officially. The city has been careful, which I think is right, because what we write is extremely sensitive. We document everything in [[Treserva|SOFTWARE]], the case system, and there's no AI there. We are not allowed to use [[ChatGPT|AI_PRODUCT]] for anything with clients, not even anonymised, because with children's cases you can sometimes identify a family from small details. In [[2024|DATE]] the city started a pilot with [[Copilot|AI_PRODUCT]], but only for general administration, not casework.

AI: So what do you use it for, within those limits?

User: General things. Writing information letters that are not about a specific family — like, what happens in an investigation, in easy Swedish. Many of our families speak Arabic, Somali, Dari, so I ask for simpler language and then we get it translated by a real interpreter. And for my own learning: I ask it to explain new legislation, the new social services act. My colleague [[Linnéa|PERSON]] uses it to plan training days for the team. My [[unit manager|GENERIC_ROLE]], [[Annika|PERSON]], she allows that, but she said, "if I see one case note that smells of AI, we'll have a conversation." [laughs]

AI: [laughs] Has anyone in the team pushed back against it?

User: Yes, [[Pelle|PERSON]] — [[Per-Erik|PERSON]], but nobody calls him that — he's been a [[social worker|JOB_TITLE]] for thirty years, and he thinks the whole profession is about listening and writing with care, and that AI will make us lazy. He says it at every workplace meeting. [laughs] But he also asked me secretly to help him write a birthday poem for his wife with it. So. [laughs] I think he is half right. The writing is where we think. If AI writes the assessment, who did the assessment?

AI: Do you personally feel any worry about how AI could be used in social services?

User: Yes, actually. I read about [[Denmark|COUNTRY]] and the [[Netherlands|COUNTRY]], where they used algorithms to find "risk families," and it went very wrong, especially for immigrant families. That scares me. Here in [[Sweden|COUNTRY]] there's a lot of political pressure on social services right now, and I'm afraid someone will see AI as a quick fix. When [[Ulf Kristersson|PUBLIC_FIGURE]] talks about efficiency in the public sector, I think, okay, but which families pay for the mistakes?

AI: Thank you, [[Sara|PERSON]]. Anything else you'd like to add, and how can we reach you?

User: Only that social work needs more people, not more software. [laughs] You can email me privately at [[sara.lindqvist snabel-a telia punkt com|OBF_EMAIL|swedish_snabel_a]] — "snabel-a" is the elephant-trunk a, that's what we call the at sign in Swedish. My personal number I won't give, you know, [[19850314-4521|NATIONAL_ID]]... oh no, I just said it! Please cut that part. [laughs] Tack så mycket.""")

write_set(T, "set_az")
