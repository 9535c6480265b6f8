import sys
from markup import write_set
T = []

# 1 — UK, practice manager, fluent
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and what you do?

User: Yeah, of course. I'm [[Gemma Whitfield|PERSON]], I'm [[38|AGE]], and I'm the [[practice manager|JOB_TITLE]] at [[Holloway Lane Surgery|ORGANIZATION]], which is a GP practice in [[Stockport|CITY]]. So not a doctor, before anyone asks! I look after the rotas, the budgets, complaints, the building, the contracts, basically anything that isn't clinical. We've got six GPs, two practice nurses and a reception team of about nine. I've been there since [[September 2016|DATE]]; before that I did twelve years in retail at [[Marks & Spencer|ORGANIZATION]], which honestly was good training for dealing with angry people at a counter.

AI: And where does AI come into your week at the moment?

User: Mostly [[Copilot|AI_PRODUCT]], because it came switched on in [[Outlook|SOFTWARE]] when the [[NHS|ORGANIZATION]] licences were renewed [[last spring|GENERIC_TIME]]. I use it for first drafts of complaint responses, for summarising the minutes of the [[partners|GENERIC_ROLE]]' meeting, and for tidying up policies that were written in about 2009 and never touched since. Then I've got [[ChatGPT|AI_PRODUCT]] on my phone, which I use more for my own stuff. The clinical system is [[EMIS|SOFTWARE]], and the rule is dead simple: nothing from [[EMIS|SOFTWARE]] goes into any AI, full stop. No names, no patient numbers, no dates of birth. Just to give you an example: [[last Tuesday|GENERIC_TIME]] we had a complaint from a patient's daughter about a repeat prescription that went missing between us and the chemist. It was quite an emotional letter. I strip out everything identifying and just type something like "adult daughter upset, medication delayed four days, pharmacy and practice both say the other lost it". [[Copilot|AI_PRODUCT]] gives me a draft that's calm and apologetic without admitting anything we shouldn't. Then I always get Dr [[Farooqi|PERSON]], one of the [[partners|GENERIC_ROLE]], to check the clinical bit, because the AI will happily invent a reason for the delay if you let it. It probably saves me forty minutes a letter, and we get maybe eight or ten a month.

AI: How does the reception team feel about these tools?

User: Mixed, really. Our senior [[receptionist|JOB_TITLE]], [[Dawn|PERSON]], has been there twenty-two years and she calls it "the robot". She won't touch it. Which is fine, [[Dawn|PERSON]] knows every patient by their voice, she doesn't need a robot. The younger ones, like [[Kayleigh|PERSON]], love it. [[Kayleigh|PERSON]] used it to rewrite the message you hear when you ring us at eight in the morning, and the number of people shouting at reception actually went down, which I did not expect. People just wanted to be told clearly where they were in the queue. It has gone wrong once, mind. [[Copilot|AI_PRODUCT]] summarised a meeting from the [[Teams|SOFTWARE]] recording and attributed a comment about the flu clinic to our [[clinical pharmacist|JOB_TITLE]], [[Imran|PERSON]], when it was actually one of the nurses who'd said it. [[Imran|PERSON]] was a bit put out because it made him sound like he was against the clinic. Since then I read every summary against my own notes before it goes round. And I never let it near anything to do with staff performance. That feels like a line.

AI: Does AI come up at home as well?

User: Oh, constantly. My husband [[Craig|PERSON]] uses it to pick his fantasy football team, which has not improved his results at all. Our son [[Alfie|PERSON]] is [[fourteen|AGE]] and uses it for homework, and we've had a few arguments about where "help" stops and "cheating" starts. I saw [[Keir Starmer|PUBLIC_FIGURE]] on the news saying AI was going to fix the [[NHS|ORGANIZATION]], and I just laughed, because half our problem is that the phones are from 2011. But at the admin level it does genuinely give me time back, I'll say that.

AI: That's really helpful. Would you be happy for us to contact you for a short follow-up, and if so, what's the best way?

User: Yes, happy to. Email's [[gemma.whitfield@outlook.com|EMAIL_ADDRESS]]. Or mobile, I'll read it out: [[oh-seven-seven-double-oh, nine-double-oh, four-eight-two|OBF_PHONE|spoken_digits]]. Evenings are better, or a [[Friday|GENERIC_TIME]] afternoon, because that's when the surgery's quieter.

AI: Thank you, [[Gemma|PERSON]]. That's everything from me today.

User: No problem at all, it was nice to actually talk about it rather than just being told to use it.""")

# 2 — India, accountant, moderately fluent
T.append("""AI: Hello [[Rohan|PERSON]], thank you for joining. Could you please introduce yourself and your work?

User: Yes, hello, no problem. So I am [[Rohan Iyer|PERSON]], [[29|AGE]] years, I am working as [[senior accountant|JOB_TITLE]] in [[Kulkarni & Associates|ORGANIZATION]]. It is a CA firm in [[Pune|CITY]], our office is near [[Kothrud|CITY]]. We are handling mostly small and medium businesses, their GST filing, TDS, bookkeeping, audit support also. I joined in [[2019|DATE]], just after my M.Com from [[Symbiosis College|SCHOOL]]. So five, almost six years now.

AI: How are you using AI tools in that work?

User: Mainly [[ChatGPT|AI_PRODUCT]], free version only, because firm is not paying for it, ha ha. Most use is for reconciliation. We are exporting data from [[Tally|SOFTWARE]] into [[Excel|SOFTWARE]], then I am asking [[ChatGPT|AI_PRODUCT]] to write the formulas, XLOOKUP, SUMIFS, those type, to match purchase register with the portal data. Before it was taking one full day for one client. Now maybe three, four hours. In [[March|GENERIC_TIME]] especially, year end, that is big help, because in [[March|GENERIC_TIME]] we are sleeping in office only, basically. But client information we are not putting, no. [[Kulkarni|PERSON]] sir is very strict on that point. He is the [[senior partner|GENERIC_ROLE]]. In the [[Monday|GENERIC_TIME]] meeting he told everybody, only column names, only dummy data, nothing with party names or PAN numbers. Actually one junior, [[Aniket|PERSON]], he pasted one full ledger with all party names, and sir saw it on his screen. [[Aniket|PERSON]] got very big lecture that day. After that nobody is doing it. I think it is correct also, because clients are trusting us. Funny thing is, some clients are using it themselves. One client, he is having garment shop in [[Hadapsar|CITY]], he is sending me screenshots of [[ChatGPT|AI_PRODUCT]] answers about tax rules and asking me, "why you are charging me fees when [[ChatGPT|AI_PRODUCT]] is telling free?" Ha. Then I have to explain him that answer is for old rules, or it is for some other state, or it is just wrong. So in a way it is more work for me, explaining. But mostly okay, he is nice person, only little bit stubborn. Other tools, not so much. Our [[Excel|SOFTWARE]] is old version, so no [[Copilot|AI_PRODUCT]] inside. I tried [[Gemini|AI_PRODUCT]] also on phone, it is okay for small questions. My wife [[Sneha|PERSON]] is [[primary school teacher|JOB_TITLE]], she is using [[Gemini|AI_PRODUCT]] more than me, for making worksheets, Marathi poems for kids, like that. My father is retired from [[Bank of Maharashtra|ORGANIZATION]], he thinks all this AI is some fraud only. He is saying, "in my time we used to do ledger with pen." Every [[Diwali|GENERIC_TIME]] we are having same argument in family.

AI: Has it ever given you something wrong that mattered?

User: Once, yes. It gave me formula that was looking correct, but it was matching on invoice number only, not invoice number plus GSTIN. So two different suppliers with same invoice number got matched. I caught it because total was not tallying. After that I am always checking with small sample first, ten, fifteen rows, manually. Trust but verify, like they say.

AI: Do you see AI changing your job in the next few years?

User: Honestly, little bit scared. Data entry type work will go, that is sure. But client handling, explaining, going to GST office for hearing, that will stay, I think. [[Kulkarni|PERSON]] sir says the CA who uses AI will replace the CA who doesn't. Maybe he read it in some LinkedIn post, ha. I am planning to do CA final again next year, so let's see.

AI: Would you be okay with a follow-up conversation? What is the best way to reach you?

User: Yes, sure. Email is [[rohan dot iyer 91 at the rate gmail dot com|OBF_EMAIL|at_the_rate]]. Or WhatsApp on [[+91 98220 55517|PHONE_NUMBER]], that is faster, I will reply same day only. After 7 pm is better.

AI: Thank you very much, [[Rohan|PERSON]].

User: Thank you, all the best for your research.""")

# 3 — Nigeria, bank customer service team lead, fluent
T.append("""AI: Good afternoon, and thank you for taking part. Could you start by telling me your name and what you do?

User: Good afternoon! My name is [[Blessing Okafor|PERSON]]. I'm a [[customer experience team lead|JOB_TITLE]] at [[Crestline Microfinance Bank|ORGANIZATION]] in [[Lagos|CITY]]. Our head office is in [[Ikeja|CITY]], that's where I sit. I supervise eleven agents who handle calls, WhatsApp chats, emails and complaints that come in through social media. I'm [[34|AGE]], and I've been in banking since [[2014|DATE]], started as a teller in [[Enugu|CITY]] before I moved to [[Lagos|CITY]].

AI: How does AI show up in your team's work?

User: So we use [[Freshdesk|SOFTWARE]] for tickets, and [[last year|GENERIC_TIME]] they switched on the AI suggested replies inside it. Separately, a lot of my agents use [[ChatGPT|AI_PRODUCT]] on their phones to polish emails, especially the younger ones who are not confident with formal writing. Officially, we are not supposed to paste customer details in, and I remind them every morning in our huddle. Account numbers, BVN, names, none of that goes in. What they do is type "customer angry about failed transfer, debited but not credited, three days" and get a nice polite response. To give you examples. Where it helped: there was a week in [[December|GENERIC_TIME]] when the switch had issues and we had hundreds of failed transfer complaints. [[Chidi|PERSON]], one of my agents, built a set of template replies with [[ChatGPT|AI_PRODUCT]] in one afternoon, and we loaded them into [[Freshdesk|SOFTWARE]]. That saved us. Didn't help: one time an agent, I won't say who, copied a reply that promised a refund "within 24 hours", which is not our policy at all. The customer held us to it. My [[regional manager|GENERIC_ROLE]] was not happy with me that day, I can tell you.

AI: How do the customers react when they notice a reply sounds AI-written?

User: Some of them notice, honestly. Nigerians can tell when you're speaking like a textbook, ha. One old man replied, "my daughter, who wrote this one for you?" So I tell my team, use it for structure, then put your own voice. Say "sorry for the wahala" if that's how the customer is talking. [[Tunde|PERSON]] is the best at that. [[Tunde|PERSON]] will take an AI draft and make it sound like your favourite cousin. Outside work, I use it for my small side business. I sell hair products on Instagram with my sister [[Precious|PERSON]]. [[Precious|PERSON]] does the pictures and I do the captions, and I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Meta AI|AI_PRODUCT]] inside WhatsApp for captions and price lists. My mum thinks it is magic. She asked it for a jollof rice recipe and then argued with it because it said to add bay leaves, ha ha.

AI: Are there concerns you have about AI in your workplace?

User: Jobs, to be honest. There's talk that the bank will bring in a chatbot to handle first-level queries. If that happens, maybe half my team is affected. My [[regional manager|GENERIC_ROLE]] says no one will be sacked, they'll be "redeployed", but we've all heard that before. I also worry about fraud, because fraudsters are using AI voices now to pretend to be customers. We had a case in [[Abuja|CITY]] branch where someone's voice was cloned.

AI: Thank you. Would you be willing to be contacted for a follow-up?

User: Yes, no problem. You can email me at [[blessing.okafor [at] yahoo [dot] com|OBF_EMAIL|bracket_at_dot]], I write it like that so the spammers don't pick it up. Or call [[+234 803 555 0172|PHONE_NUMBER]]. I'm also on X as [[@blessing_okafor_|SOCIAL_HANDLE]] but I hardly check it these days.

AI: Thanks so much, [[Blessing|PERSON]], this has been great.

User: You're welcome. Good luck with the research, and please tell the AI people to teach it pidgin properly!""")

# 4 — Brazil, logistics analyst, hesitant English
T.append("""AI: Hi, thank you for joining. Can you tell me a little about yourself and your job?

User: Hi, yes. Sorry for my English, is not perfect. My name is [[Thiago Nascimento|PERSON]], I have [[31|AGE]] years. I work like [[logistics analyst|JOB_TITLE]] in [[Rodolog Transportes|ORGANIZATION]], is a transport company in [[Campinas|CITY]], in [[São Paulo|CITY]] state. We move cargo for supermarkets and for factories, many trucks. I am there since [[2021|DATE]]. Before I work in a warehouse in [[Jundiaí|CITY]].

AI: No problem at all, your English is very clear. How do you use AI in your job?

User: Thank you. So, I use [[Gemini|AI_PRODUCT]] because the company have Google accounts, so it come together. I use for write emails in English, because some clients are from [[Argentina|COUNTRY]] and [[Chile|COUNTRY]] and we write in English or Spanish, and my Spanish is more bad than my English, ha. Also I use [[ChatGPT|AI_PRODUCT]] for the macros in [[Excel|SOFTWARE]]. We have [[SAP|SOFTWARE]] for the orders, but the reports from [[SAP|SOFTWARE]] are very ugly, so I export and I make the dashboard myself. One example: every [[Monday|GENERIC_TIME]] I need make a report of the deliveries of the week before, how many late, why late. Before, I spent all the morning. Now I ask [[ChatGPT|AI_PRODUCT]] to make a macro that take the data and do the table and the graphic. I don't know VBA, I never study this, but now I can do. My [[supervisor|GENERIC_ROLE]], [[Marcos|PERSON]], he was very surprised. He asked me, "[[Thiago|PERSON]], you do a course?" I said no, is the AI, ha ha. Now he wants I teach the other analysts.

AI: Are there rules at your company about using these tools?

User: Not very clear. [[Marcos|PERSON]] said only don't put the name of the clients or the values of the contracts. So I change the names, I put "Client A", "Client B". But I think many people don't do this. Nobody check. The IT is only two persons for all the company, they don't have time for this. And one problem: one time the [[Gemini|AI_PRODUCT]] translate one email to a client in [[Chile|COUNTRY]] and it used a word that is, how I say, a little rude in Chilean Spanish. Not very rude, but the client make a joke about it. After that I ask my [[colleague|GENERIC_ROLE]] [[Fernanda|PERSON]], she lived in [[Santiago|CITY]] two years, to check the important emails. [[Fernanda|PERSON]] laughs of me every time, but she helps.

AI: And outside work, do you use AI?

User: A little bit. My wife [[Juliana|PERSON]] use more. She is [[nutritionist|JOB_TITLE]] and she use for make diet plans and posts for Instagram. Our son [[Davi|PERSON]] is small, [[four|AGE]] years, he talk with the voice assistant and ask about dinosaurs all the day. Sometimes I use for plan the trips, like in [[July|GENERIC_TIME]] we go to the beach in [[Ubatuba|CITY]] and it helped me with the itinerary. About the future, I think the routes will be all automatic, the planning. Already there are systems. For me, I want learn more, maybe do a course of data analysis, so I don't lose the job. I see a video of [[Elon Musk|PUBLIC_FIGURE]] saying nobody will need work in the future, but I think he don't know the reality of a truck company in [[Brazil|COUNTRY]], ha.

AI: Thank you. For the follow-up and the participation voucher, could you share your contact details?

User: Yes. My email is [[thiago ponto nasc arroba gmail ponto com|OBF_EMAIL|portuguese_arroba_ponto]]. For the voucher the platform ask my CPF, is [[318.552.907-41|NATIONAL_ID]]. And phone is [[(19) 98755-3021|PHONE_NUMBER]], WhatsApp also.

AI: Thank you, [[Thiago|PERSON]]. That's everything.

User: Thank you! Was a pleasure.""")

# 5 — Germany, postdoc ecologist (scientist), fluent
T.append("""AI: Thanks for joining. Could you introduce yourself and your research?

User: Sure. I'm [[Katrin Vogel|PERSON]], I'm a [[postdoctoral researcher|JOB_TITLE]] in forest ecology at the [[University of Göttingen|SCHOOL]]. I'm [[36|AGE]]. My work is mostly about how beech forests respond to drought, so a lot of fieldwork in the [[Harz|CITY]] and in the [[Solling|CITY]], and then a lot of time in front of R with very messy sensor data. I did my PhD in [[Freiburg|CITY]], finished in [[2017|DATE]], and came here in [[2019|DATE]].

AI: Where does AI fit into your research workflow?

User: Mostly coding. I use [[ChatGPT|AI_PRODUCT]] and, more recently, [[Claude|AI_PRODUCT]] to help me write and debug R scripts, especially for the mixed models and for cleaning the dendrometer data, which has gaps and spikes everywhere. I also use [[DeepL|AI_PRODUCT]] constantly, because our project reports for the funder are in German but the papers are in English, and I switch back and forth. For literature I tried [[Elicit|AI_PRODUCT]] for a while but I didn't trust it enough. For example, two weeks ago, I had a [[Stan|SOFTWARE]] model that wouldn't converge. I pasted the model code, not the data, into [[Claude|AI_PRODUCT]], and it pointed out that one of my priors was basically nonsense on the scale I was using. That saved me probably a day. On the other hand, it also once told me with great confidence about a function in an R package that doesn't exist. My PhD student, [[Malte|PERSON]], spent an afternoon looking for it. So now I tell [[Malte|PERSON]] and the master's students: if it names a function, check the documentation first.

AI: How does your group or institution approach AI use?

User: It's evolving. The university put out guidelines in [[autumn|GENERIC_TIME]], fairly sensible: disclose it in papers, don't upload unpublished data from partners, don't use it for peer review. My [[supervisor|GENERIC_ROLE]], Prof. [[Brandt|PERSON]], is quite relaxed about coding help but very strict about writing. He says the discussion section is where you think, and if a machine writes it, you haven't thought. I mostly agree. I do use it to tighten up my English after I've written a draft, though. My own concerns are reproducibility, mainly. If I can't explain why a script does what it does, that's a problem for me, not for the AI. And authorship questions. A [[colleague|GENERIC_ROLE]] at [[Thünen Institute|ORGANIZATION]] had a reviewer accuse her of using AI for a paper because the English was "too smooth", which is slightly insulting for non-native speakers. And energy use, honestly, which is a bit ironic for someone who studies climate impacts on forests.

AI: Is AI part of life outside work for you?

User: Not much. My partner [[Jonas|PERSON]] is a [[carpenter|JOB_TITLE]] and he is very sceptical of all of it. He used it once to calculate roof angles and then measured everything again by hand anyway. I use it sometimes for planning hikes, or for recipes when the fridge is empty on a [[Sunday|GENERIC_TIME]]. I think we're quite a typical German household, a bit suspicious.

AI: Would you be open to a follow-up interview, and how could we reach you?

User: Yes, that's fine. My work email is [[katrin.vogel@forst.uni-goettingen.de|EMAIL_ADDRESS]]. My profile with the publications is at [[orcid.org/0000-0002-7731-4186|URL]] if that's useful for context. Phone, the office is [[+49 551 39 33 781|PHONE_NUMBER]], but I'm often in the field in summer, so email is better.

AI: Thank you, [[Katrin|PERSON]], that's really helpful.

User: You're welcome. I'm curious what you find.""")

# 6 — Philippines, BPO customer support, fluent with Taglish touches
T.append("""AI: Hi, thanks for joining today. Could you tell me a bit about yourself and your work?

User: Hi! Sure. I'm [[Maricel Dizon|PERSON]], but everyone calls me [[Cel|PERSON]]. I'm [[27|AGE]] and I work as a [[customer support specialist|JOB_TITLE]] at [[Brightwave Solutions|ORGANIZATION]], it's a BPO in [[Cebu City|CITY]], in the [[IT Park|CITY]]. Our account is a telco from the [[United States|COUNTRY]], so I'm on night shift, eleven PM to eight AM, handling billing concerns and some tech support. I've been on this account since [[June 2022|DATE]]. Before that I was in a smaller BPO in [[Mandaue|CITY]] doing collections, which was, honestly, very stressful.

AI: How do you use AI in your day-to-day work?

User: So our tool is [[Zendesk|SOFTWARE]], and the client added an AI assistant inside it [[last year|GENERIC_TIME]]. It suggests the answer based on the knowledge base while I'm chatting with the customer. It's useful maybe seventy percent of the time. The other thirty percent it suggests something from an old promo that already expired, so you really have to read it. Outside the tool, we're not allowed to use [[ChatGPT|AI_PRODUCT]] on the production floor, the sites are blocked. But on break, some agents use it on their phones to practise for QA evaluations, like, "how do I say this more empathetic". Our [[team leader|GENERIC_ROLE]], Ate [[Joy|PERSON]], actually encourages that. Ate is like "big sister", so [[Joy|PERSON]] is her name.

AI: Can you share a time when the AI assistant helped or caused a problem?

User: Okay, one time a customer was really irate, shouting, because his bill doubled. The assistant suggested an apology script plus the exact steps to check for a duplicate charge, and it was correct, so I resolved it in like six minutes instead of the usual fifteen. My AHT was so good that night, ha. But another time my seatmate [[Rodel|PERSON]] followed the suggestion and offered a credit that was only for a different state. The customer got the credit, and [[Rodel|PERSON]] got coaching. So now our [[team leader|GENERIC_ROLE]] says, "the AI is your buddy, not your boss."

AI: What about outside work? Do you use AI in your personal life?

User: Yes, a lot! I'm taking up a Psychology degree online on weekends with [[University of San Carlos|SCHOOL]], so I use [[ChatGPT|AI_PRODUCT]] to explain the readings when it's too deep, and [[Grammarly|SOFTWARE]] for my essays. But I don't let it write my essays, promise, ha ha. My mama in [[Bacolod|CITY]] uses [[Facebook|SOFTWARE]] a lot and she keeps sending me those AI videos that are fake, like fake news about celebrities, and I have to tell her, "Ma, that's AI, that's not real." She got fooled by one with [[Manny Pacquiao|PUBLIC_FIGURE]] selling some kind of herbal medicine. Grabe.

AI: How do you feel about the future of your job with AI?

User: Honestly, medyo worried. Everyone in the BPO industry is talking about it. If the chatbot can handle the simple billing questions, they need fewer agents. But the irate customers, the elderly ones who are confused, they still want a human. I'm hoping to move to the training team or QA, or finish my degree and go into HR. My [[operations manager|GENERIC_ROLE]], Sir [[Paolo|PERSON]], said they will upskill people, so let's see. Sir [[Paolo|PERSON]] is nice naman.

AI: Thank you, [[Cel|PERSON]]. Would you be okay with a follow-up? How can we reach you?

User: Yes, of course. My email is [[maricel(dot)dizon(at)gmail(dot)com|OBF_EMAIL|paren_at_dot]], just replace those words with the symbols. My number is [[0 9 1 7 - 5 5 5 - 2 3 8 4|OBF_PHONE|spaced_digits]], I'm usually awake in the afternoon, Philippine time. You can also find me on [[Facebook|SOFTWARE]], [[facebook.com/maricel.dizon.92|URL]].""")

# 7 — Kenya, agricultural extension officer, fluent
T.append("""AI: Thank you for joining. Could you start by introducing yourself?

User: Thank you for having me. I am [[Samuel Ouma|PERSON]], I am [[42|AGE]] years old, and I am an [[agricultural extension officer|JOB_TITLE]] with [[Lakeside Farmers Cooperative|ORGANIZATION]] in [[Kisumu|CITY]]. I work with small-scale farmers, mostly maize, sorghum and some fish farmers near the lake. My area covers [[Nyando|CITY]] and part of [[Muhoroni|CITY]]. I have been with the cooperative since [[2015|DATE]]. Before that I was with the county government for some years. I studied at [[Egerton University|SCHOOL]].

AI: How does AI come into your work?

User: Mostly through my phone. I use [[ChatGPT|AI_PRODUCT]], the free one, when I am preparing training sessions for the farmers. For example, when fall armyworm came back [[last season|GENERIC_TIME]], I asked it to help me make a simple explanation in English and then I translate to Dholuo myself, because the AI's Dholuo is very poor, it mixes things. I also use an app called [[PlantVillage Nuru|AI_PRODUCT]], it looks at a leaf photo and tells you the disease. That one the farmers like very much, because they can see it working. We keep records in [[Google Sheets|SOFTWARE]] and the groups communicate on [[WhatsApp|SOFTWARE]].

AI: Could you tell me about a time it made a real difference, or didn't?

User: There is one farmer, Mama [[Akinyi|PERSON]], she is a widow with about two acres. Her tomatoes were dying and she thought it was witchcraft from a neighbour, honestly. We took photos with the app, it said bacterial wilt, and we confirmed with the county lab. She changed the plot and rotated. She was very happy. But another time [[ChatGPT|AI_PRODUCT]] gave me a fertiliser rate that was for American conditions, in pounds per acre, and very high. If I had not checked with our agronomy manual I would have told farmers to waste money they don't have. So I always cross-check with [[KALRO|ORGANIZATION]] guidelines.

AI: How do your [[colleagues|GENERIC_ROLE]] and your employer see these tools?

User: The cooperative has no official policy. Our [[chairman|GENERIC_ROLE]] is an old man, he does not use a smartphone at all. My [[colleague|GENERIC_ROLE]] [[Wanjiru|PERSON]], she is the [[field accountant|JOB_TITLE]], she uses AI to make the monthly reports look professional for the donors. The donors like nice reports, ha. The younger officers use it more. I think if the cooperative made a simple guideline it would help, because some people are putting farmer names and phone numbers into it without thinking.

AI: Does AI come into your family life?

User: My daughter [[Faith|PERSON]] is in Form Three at [[Kisumu Girls High School|SCHOOL]], she uses it for homework when she is home. I worry she is copying. My wife [[Grace|PERSON]] runs a small shop in [[Kondele|CITY]], and she asked me to set it up so she can write a poster for her [[M-Pesa|SOFTWARE]] promotions. So yes, the whole family, in small ways. I also follow what [[William Ruto|PUBLIC_FIGURE]] says about the digital economy, but for farmers it is still far. Many farmers don't have smartphones, or they share one phone in the family.

AI: Thank you, [[Samuel|PERSON]]. Would you be willing to be contacted again, and how?

User: Yes, please. My email is [[samuel.ouma@lakesidecoop.co.ke|EMAIL_ADDRESS]]. Phone, I will write it in words because my last number was used by scammers after it was posted online: [[zero seven one two, five five five, nine zero three|OBF_PHONE|spoken_digits]]. That is also my [[WhatsApp|SOFTWARE]]. Mornings before eight or evenings after six are good, because in the day I am in the field.""")

# 8 — Mexico, freelance illustrator (creative), fluent
T.append("""AI: Hi, thanks for being here. Could you tell me a bit about yourself and your work?

User: Hi! Yes. I'm [[Daniela Ruiz|PERSON]], I'm a freelance [[illustrator|JOB_TITLE]] and [[graphic designer|JOB_TITLE]] based in [[Guadalajara|CITY]]. I'm [[29|AGE]]. I do packaging, labels, some editorial illustration for magazines, and a lot of stuff for small local brands, like coffee shops and a mezcal company. I studied design at [[Universidad de Guadalajara|SCHOOL]] and I've been freelance full-time since [[January 2020|DATE]], which, yeah, great timing, right before the pandemic.

AI: How do you use AI in your creative work, if at all?

User: It's complicated, honestly. I use some of it. I use [[Photoshop|SOFTWARE]]'s generative fill to extend backgrounds or remove stuff from reference photos, that's very practical. I use [[ChatGPT|AI_PRODUCT]] to write proposals and invoices in English for my clients in the [[United States|COUNTRY]]. But image generators like [[Midjourney|AI_PRODUCT]], I don't use them for final work. I tried it at the beginning, to see, and I felt kind of sick, because I could see other illustrators' styles in there. My whole thing is my hand, my line. I draw in [[Procreate|SOFTWARE]] and the texture is mine.

AI: Have clients asked you about AI, or used it themselves?

User: Oh, yes. One client, a restaurant in [[Zapopan|CITY]], sent me a [[Midjourney|AI_PRODUCT]] image and said "make it like this but cheaper because the AI already did half." That was a fun conversation, ha. On the other hand, [[Casa Altamira|ORGANIZATION]], the mezcal brand, they actually put in their contract that they want no AI-generated art, because they want to register the label as their trademark. So it goes both ways. My partner [[Memo|PERSON]], well, [[Guillermo|PERSON]], but everyone says [[Memo|PERSON]], he is a [[developer|JOB_TITLE]] and he uses [[GitHub Copilot|AI_PRODUCT]] all day, so we have very different feelings about this at the dinner table.

AI: How has AI affected your income or your market, if at all?

User: The small jobs went down. Like, before, I would get people asking for a simple logo for their taco stand or a birthday invitation, and now they do it themselves with [[Canva|SOFTWARE]] and the AI in there. That was maybe twenty percent of my income a few years ago. Now it's almost zero. The bigger clients stayed, because they want someone who understands the brand and can take responsibility. My friend [[Itzel|PERSON]], she does children's book illustration in [[Mexico City|CITY]], and she lost a publisher contract because they decided to "try AI" for a series. Six months later they came back to her, ha. But she had already taken other work.

AI: Is there anything you'd like the people who build these tools to hear?

User: Ask permission. Pay the artists whose work trained it. It's not that hard. And make it easy to say no. I put a note on my website that my work is not for AI training, but I don't know if anyone respects it. I saw [[Sam Altman|PUBLIC_FIGURE]] in an interview saying artists will be "empowered" and I was like, empowered to do what, compete with a copy of myself?

AI: Thank you, [[Daniela|PERSON]]. For a follow-up, how would you like us to contact you?

User: You can see my portfolio at [[danielaruiz.art|URL]], and my Instagram is [[@dani.ruiz.ilustra|SOCIAL_HANDLE]], that's where clients find me mostly. For email, write to [[hola arroba danielaruiz punto art|OBF_EMAIL|spanish_arroba_punto]], I check it every day. I prefer email to phone, I don't really answer unknown numbers.""")

# 9 — Poland, payroll specialist, fluent but formal
T.append("""AI: Thank you for joining. To begin, could you introduce yourself and describe your role?

User: Good morning. My name is [[Piotr Zieliński|PERSON]]. I am [[45|AGE]] years old and I work as a [[payroll specialist|JOB_TITLE]] at [[Hexagon Logistics Polska|ORGANIZATION]] in [[Wrocław|CITY]]. We have about six hundred employees, warehouses in [[Wrocław|CITY]] and [[Opole|CITY]], and I handle the payroll for the warehouse staff, including overtime, night shift allowances and sick leave. I have been in this company since [[2012|DATE]]. Before, I worked at an accounting office in [[Legnica|CITY]], my hometown.

AI: How do you use AI tools in your work?

User: Our company has [[Microsoft 365|SOFTWARE]], so since [[October|GENERIC_TIME]] we have [[Copilot|AI_PRODUCT]] licences for some departments, including HR and payroll. I use it mostly in [[Excel|SOFTWARE]], for checking formulas and finding anomalies, for example when someone's overtime is much higher than in previous months. The payroll system itself is [[Comarch ERP|SOFTWARE]], and there is no AI in it yet. Personally I don't use [[ChatGPT|AI_PRODUCT]] for work, because our IT department blocked it, and I think correctly, because payroll data is very sensitive. Salaries, PESEL numbers, bank accounts, medical leave.

AI: Can you describe a recent situation where the tool helped, or failed?

User: Yes. In [[December|GENERIC_TIME]], before the holidays, there is always a lot of overtime. I asked [[Copilot|AI_PRODUCT]] to highlight the employees whose hours were more than forty percent above their average. It found three people. Two were correct, very busy, but one was a mistake in the time system, the hours were counted twice. Without this I would probably find it, but later, and it would be a correction in [[January|GENERIC_TIME]] with a lot of explaining. On the other side, it once summarised a new regulation about minimum wage and gave the old amount. So for legal things I always check the official source.

AI: How do your [[colleagues|GENERIC_ROLE]] feel about AI at work?

User: It depends on the age, a little. My [[manager|GENERIC_ROLE]], [[Agnieszka|PERSON]], is very enthusiastic, she prepared a training for the whole department. The younger [[colleague|GENERIC_ROLE]], [[Kuba|PERSON]], uses it for everything, sometimes too much, I think. I am more careful. My [[manager|GENERIC_ROLE]] says I am the "controller" of the team, ha. I think this is a compliment. There is also fear among the warehouse staff that AI will decide who gets fired, because there was an article about algorithms in [[Amazon|ORGANIZATION]] warehouses. I try to explain that the payroll does not decide anything like this.

AI: And outside work, is AI part of your life?

User: A little. My wife [[Ewa|PERSON]] uses it for recipes, and my son [[Bartek|PERSON]], he is [[seventeen|AGE]], he uses it for everything, school, English, programming. Sometimes I worry he will not learn to think by himself. We have discussions about this at dinner. I also read what [[Robert Lewandowski|PUBLIC_FIGURE]] said in some interview about AI in football analysis, but this is just curiosity, not related to my work.

AI: Thank you, [[Piotr|PERSON]]. Would you agree to be contacted for a follow-up? If so, how?

User: Yes, I agree. Please use my private email, not the company one: [[piotr.zielin\u200bski@w\u200bp.pl|OBF_EMAIL|zero_width]]. I copied it from my notes, I hope it is correct. The phone is [[+48 601 555 238|PHONE_NUMBER]], but please send an SMS first, I don't answer unknown numbers at work.""")

# 10 — Japan, sales administrator, hesitant English
T.append("""AI: Thank you for joining us today. Could you please introduce yourself?

User: Yes, thank you. My name is [[Haruka Mori|PERSON]]. I am [[33|AGE]] years old. I work at [[Sakaguchi Seiki|ORGANIZATION]], it is a company making small parts for cars, in [[Nagoya|CITY]]. My job is [[sales administrator|JOB_TITLE]] in the overseas sales section. I make documents, quotations, and emails with customers in [[Thailand|COUNTRY]], [[Mexico|COUNTRY]] and [[Germany|COUNTRY]]. I joined the company in [[April 2014|DATE]], after I graduate from [[Nanzan University|SCHOOL]]. My English is not so good, sorry.

AI: Your English is very good, no need to apologise. How do you use AI tools at work?

User: Thank you. I use [[DeepL|AI_PRODUCT]] every day, very much. I write the email in Japanese, then [[DeepL|AI_PRODUCT]] make it English, then I check. Since last year I also use [[ChatGPT|AI_PRODUCT]], because the company made a special version, inside the company, so it is safe for the customer information, they say. I use it to make the English more polite, or more short. Japanese email is very long, with many greetings, but for overseas customers it is better short, I learned this.

AI: Could you give an example of a time it helped or caused difficulty?

User: Yes. One time a customer in [[Germany|COUNTRY]] was angry because the delivery was late. My Japanese email was very, very apologising, many times "sumimasen". [[DeepL|AI_PRODUCT]] translated it and it sounded like we made a big mistake and we accept all responsibility. My [[section chief|GENERIC_ROLE]], Mr. [[Ishida|PERSON]], he read it and said, no, this is dangerous, legally. So now I ask [[ChatGPT|AI_PRODUCT]], "please make this polite but do not accept responsibility." It works well. Mr. [[Ishida|PERSON]] now also uses it, a little, secretly, ha ha.

AI: How do your [[colleagues|GENERIC_ROLE]] feel about AI?

User: The young people like it. My senior, [[Kenji|PERSON]], he is [[engineer|JOB_TITLE]] in quality section, he uses it for making reports for the customer, with graphs. Older people are careful. In Japanese company, there are many rules, and the rules for AI are still changing. In [[January|GENERIC_TIME]] we had training about AI security. They told us do not put drawings of the parts into the external AI, only the company one.

AI: Is AI part of your life outside of work?

User: A little. I use it for planning travel. Last year I went to [[Taiwan|COUNTRY]] with my sister [[Aoi|PERSON]] and the AI made our plan for [[Taipei|CITY]]. Some restaurants were closed already, so not perfect. My mother lives in [[Gifu|CITY]] and she does not use AI at all, but she watches the news about it and worries about the jobs for young people. I think for my job, translation part will become less, but the relationship with customers is still human, I hope.

AI: Thank you, [[Haruka|PERSON]]. Would you be willing to be contacted for a follow-up?

User: Yes, it is okay. My phone number is [[０９０－５５５５－８２１４|OBF_PHONE|fullwidth_digits]], sorry, my keyboard is in Japanese mode. Or you can contact with LINE, my ID is [[haruka_m0ri|SOCIAL_HANDLE]]. Email is [[h.mori.0412@gmail.com|EMAIL_ADDRESS]]. Email is best, because I can take time to read.""")

# 11 — South Africa, HR business partner, fluent
T.append("""AI: Thanks for joining us. Could you start by telling me a little about yourself and your role?

User: Sure. I'm [[Thandeka Mokoena|PERSON]], I'm [[39|AGE]], and I'm an [[HR business partner|JOB_TITLE]] at [[Bophelo Mining Services|ORGANIZATION]]. We're a contractor to the big mines, so drilling, maintenance, some engineering. Head office is in [[Johannesburg|CITY]], in [[Rosebank|CITY]], but I support the sites in [[Rustenburg|CITY]] as well, so I'm on the N4 a lot. I've been with the company since [[March 2018|DATE]]. I live in [[Soweto|CITY]], born and bred, and I'm not moving, ha.

AI: How is AI used in your HR work?

User: We moved to [[SAP SuccessFactors|SOFTWARE]] two years ago and it has some AI features, like suggesting skills and job descriptions, which are honestly a bit generic. Then the company rolled out [[Microsoft Copilot|AI_PRODUCT]] to [[managers|GENERIC_ROLE]] and HR in [[February|GENERIC_TIME]]. I use it to summarise long disciplinary hearing notes, to draft policy updates, and to prep for meetings with the union. I'm careful, though. In HR you're dealing with people's medical records, their disciplinary history, sometimes very painful family things. I don't put that in anything unless I'm sure where it goes.

AI: Could you tell me about a time when it was particularly useful, or when it caused a problem?

User: Useful: we had to translate a safety communication about a new shift pattern into isiZulu, Setswana and Sesotho for the teams underground. [[Copilot|AI_PRODUCT]] gave a first draft, and then my [[colleague|GENERIC_ROLE]] [[Lerato|PERSON]], she's our [[training coordinator|JOB_TITLE]], fixed it, because the Setswana was, let's say, creative. Problem: one of the [[line managers|GENERIC_ROLE]] used AI to write a warning letter for a worker, and it cited a section of the Labour Relations Act that didn't say what it claimed. The worker's union rep picked it up immediately. It was embarrassing. We had to withdraw the letter and start again. After that, my [[HR director|GENERIC_ROLE]], [[Pieter van Wyk|PERSON]], sent an email saying nothing legal goes out without HR checking.

AI: How do employees react to AI being used in HR processes?

User: There's a lot of suspicion, and I understand it. When people hear "AI" and "HR" in the same sentence, they think retrenchments. Some of the guys at [[Rustenburg|CITY]] asked me straight, "Sisi, is the computer going to decide who gets the package?" And I said no, and I meant it, but I also can't promise what happens at group level. I think transparency matters. When I use AI to draft something, I'm not hiding it. I'll say in the meeting, I got a first draft from [[Copilot|AI_PRODUCT]] and then I changed it.

AI: Does AI play a role in your life outside work?

User: My daughter [[Naledi|PERSON]] is in matric, she's [[seventeen|AGE]], and she uses [[ChatGPT|AI_PRODUCT]] for studying, and we've agreed she has to explain the answer back to me in her own words. My younger sister [[Nomvula|PERSON]] is a [[paralegal|JOB_TITLE]] and she says they use it quite a lot at her firm. I watched [[Cyril Ramaphosa|PUBLIC_FIGURE]] talking about AI and the fourth industrial revolution at some summit and thought, okay, but [[Eskom|ORGANIZATION]] still can't keep the lights on, ha. Load-shedding and AI, what a combination.

AI: Thank you, [[Thandeka|PERSON]]. Would you be open to a follow-up, and how should we contact you?

User: Yes, definitely. Email me at [[thandeka.mokoena@bophelo-ms.co.za|EMAIL_ADDRESS]], or my cell, [[082 555 4391|PHONE_NUMBER]]. For the voucher your team asked for my employee number to confirm I'm a real HR person, it's [[BMS-440817|NATIONAL_ID]]. I hope that's not an issue.""")

# 12 — Australia, electrician / small business owner, casual
T.append("""AI: G'day, and thanks for taking the time. Could you tell me a bit about yourself and what you do?

User: No worries. I'm [[Jack McAllister|PERSON]], but no one calls me [[Jack|PERSON]], it's [[Macca|PERSON]] on every job site in the state. I'm a [[sparky|JOB_TITLE]], an electrician, been at it thirty-odd years, and I'm [[51|AGE]] now. I run my own business, [[McAllister Electrical|ORGANIZATION]], out of [[Geelong|CITY]], just me, my [[apprentice|GENERIC_ROLE]] and my wife doing the books. Mostly residential, some small commercial, a bit of solar these days. Started the business back in [[2004|DATE]] after working for [[Jemena|ORGANIZATION]] for a few years.

AI: Where, if anywhere, does AI come into your work?

User: Honestly, more than I'd have guessed. My wife [[Steph|PERSON]] put [[ChatGPT|AI_PRODUCT]] on my phone [[last winter|GENERIC_TIME]] and now I use it for quotes. I talk into it in the ute, like, "switchboard upgrade, three-bedroom house in [[Belmont|CITY]], twelve circuits, RCDs, new meter box", and it spits out a decent written quote that I then paste into [[ServiceM8|SOFTWARE]]. Saves me doing paperwork at nine o'clock at night, which [[Steph|PERSON]] is very happy about. She does the accounts in [[Xero|SOFTWARE]], and it's got some AI bits in it now too, categorising receipts and that.

AI: Have there been times it got things wrong?

User: Oh yeah. I asked it once about a clearance requirement for a switchboard and it gave me a figure that sounded right but wasn't what the standard says. If I'd been a first-year I might've believed it. That's the thing that worries me with the young blokes. My [[apprentice|GENERIC_ROLE]], [[Kyle|PERSON]], he's [[nineteen|AGE]], he'll ask it anything. I told [[Kyle|PERSON]], mate, you can ask it how to write a birthday card to your nan, but you check the wiring rules in the actual book. The book's the law, the phone's not. Electrical stuff, you get it wrong, someone gets hurt.

AI: How do your customers respond when they find out you use AI?

User: Most don't know, or don't care. One lady, retired teacher, noticed the quote was "very well written for a tradie", ha, I took that as a compliment. I've had a couple of customers come to me with a [[ChatGPT|AI_PRODUCT]] answer about how many solar panels they need, and it's usually a fair bit off because it doesn't know their roof or their usage. So I end up explaining, which is fine, it's part of the job. Customers reckon they know more than they used to, which cuts both ways.

AI: What do you think AI means for trades like yours over the next few years?

User: Can't see a robot crawling through a roof in [[January|GENERIC_TIME]] in forty-degree heat any time soon, mate. The paperwork side, yeah, that'll change, and good riddance. I reckon it'll help small operators like me compete with the big outfits on the admin. What I don't like is all these ads with [[Elon Musk|PUBLIC_FIGURE]] telling everyone robots will do every job. My old man was in the trade too and he'd have laughed at that.

AI: Thanks, [[Macca|PERSON]]. Would you be happy to be contacted for a follow-up?

User: Yeah, happy to. Best is my mobile, [[0412 555 781|PHONE_NUMBER]]. Email's [[mcallisterelectrical at bigpond, all one word, then dot com|OBF_EMAIL|spelled_at_dot]]. And if your lot needs my ABN for the payment, it's [[51 824 753 556|NATIONAL_ID]]. Don't ring before seven, I'm usually still in bed or on the road.""")

# 13 — Canada (Quebec), registered nurse, fluent bilingual
T.append("""AI: Thank you for joining. Could you start by introducing yourself and your work?

User: Of course. My name is [[Sophie Tremblay|PERSON]], I'm [[44|AGE]], and I'm a [[registered nurse|JOB_TITLE]] in the emergency department at [[Hôpital du Sacré-Cœur|ORGANIZATION]] in [[Montréal|CITY]]. I've been nursing for nineteen years, the last eleven in emergency. I did my nursing degree at [[Université de Montréal|SCHOOL]], and I also teach one clinical course per semester at the [[Cégep du Vieux Montréal|SCHOOL]]. I live in [[Laval|CITY]], so the bridge traffic is part of my life too.

AI: How does AI show up in your work, if at all?

User: In the clinical part, very little, officially. Our health records system doesn't have AI features yet, at least not ones we see. There is a pilot for AI triage support in some hospitals, but not ours. Where I use it is more on the side: I use [[ChatGPT|AI_PRODUCT]] to prepare my teaching, like making case scenarios for the students, and to translate patient education sheets into simpler language. Many of our patients are newcomers, from [[Haiti|COUNTRY]], [[Algeria|COUNTRY]], [[Syria|COUNTRY]], and the official sheets are written at university level. I never put real patient information, only the topic.

AI: Could you give me an example of using it for your teaching?

User: Sure. For a class on sepsis, I asked it to create three scenarios of an elderly patient with different presentations, with vital signs that change over time. It did a good job, maybe eighty percent correct. One scenario had a lactate value that was not consistent with the story, and my student [[Mathieu|PERSON]] caught it, which was actually perfect for teaching. [[Mathieu|PERSON]] was very proud of himself. Now I sometimes leave a mistake on purpose, ha.

AI: How do your [[colleagues|GENERIC_ROLE]] in the emergency department feel about AI?

User: Divided, like everywhere. My [[head nurse|GENERIC_ROLE]], [[Nathalie|PERSON]], is interested but worried about confidentiality, and the union has questions about workload, because every time they bring a new technology, they say it will save time and then they cut a position. Some of the residents use [[OpenEvidence|AI_PRODUCT]] on their phones to check guidelines quickly. A [[colleague|GENERIC_ROLE]], [[Jean-François|PERSON]], used an AI to write his schedule request letter and it was so formal the [[scheduler|GENERIC_ROLE]] thought it was from a lawyer, ha. For me, the biggest thing is: AI will not hold the hand of a patient at three in the morning.

AI: Is AI part of your life outside the hospital?

User: My husband [[Marc-André|PERSON]] is an [[accountant|JOB_TITLE]] and he uses it much more than me. My kids are [[twelve|AGE]] and [[fifteen|AGE]], and the school has rules now, which I'm glad about. I read a lot about [[Yoshua Bengio|PUBLIC_FIGURE]] because he is from here, from [[Montréal|CITY]], and his warnings about AI risks are taken seriously in [[Quebec|CITY]]. I think it's good that a local scientist is so careful.

AI: Thank you, [[Sophie|PERSON]]. Would you be willing to be contacted for a follow-up?

User: Yes. My personal email, I'll say it the French way: [[sophie point tremblay arobase videotron point ca|OBF_EMAIL|french_arobase_point]]. I prefer email, because with my shifts I can't always answer the phone. But if needed, it's [[514-555-0198|PHONE_NUMBER]].""")

# 14 — Indonesia, social media / content staff, hesitant English
T.append("""AI: Hello, thank you for joining. Can you tell me about yourself and your work?

User: Hello, thank you. My name is [[Agus Santoso|PERSON]], I am [[26|AGE]] years old. I work in [[Surabaya|CITY]], in company name [[Toko Kita Online|ORGANIZATION]], it is e-commerce for household things, like kitchen, bathroom. I am [[content staff|JOB_TITLE]] in marketing team. I make caption for Instagram and TikTok, also product description for marketplace, like [[Tokopedia|ORGANIZATION]] and [[Shopee|ORGANIZATION]]. I start work there [[August 2023|DATE]]. Before I study in [[Universitas Airlangga|SCHOOL]], communication.

AI: How do you use AI in your job?

User: Very much, every day. I use [[ChatGPT|AI_PRODUCT]] for write product description, because we have hundreds of products, and each one need description in Bahasa Indonesia and sometimes English. Also [[Canva|SOFTWARE]] for design, there is AI feature for remove background and make picture. My [[boss|GENERIC_ROLE]], Pak [[Budi|PERSON]], he say, "[[Gus|PERSON]], must be fast, must be many." Pak is like, how to say, "Mister". So AI is help me to be fast.

AI: Could you tell me about an example where it worked well or not so well?

User: Okay. Good example: in [[Ramadan|GENERIC_TIME]] we make big promotion, many posts. I ask [[ChatGPT|AI_PRODUCT]] to make fifty caption with [[Ramadan|GENERIC_TIME]] theme, different style, and I choose and edit. In one day finish, before maybe three days. Not good example: one time the AI write description of a frying pan say "oven safe up to 300 degrees", but actually the product is not oven safe. The customer complain, give one star. Pak [[Budi|PERSON]] very angry to me, not to AI, ha ha. So now I check with the supplier spec always.

AI: Do you use any other AI tools, at work or at home?

User: Yes, sometimes also [[Gemini|AI_PRODUCT]], because it is free in my Android. My friend [[Dewi|PERSON]] in the same team, she like [[Gemini|AI_PRODUCT]] more, she say the Bahasa is more natural. I think both same. We also try AI for make product video with [[CapCut|SOFTWARE]], that one is fun. For my family, my mother in [[Malang|CITY]] has small warung, food stall, and I help her make menu with AI. She is very happy, she show to all the neighbour.

AI: How do you feel about AI and your future career?

User: Little bit worry, honestly. If AI can make caption, why company need me? But I think, someone must know the customer, know what is viral, know the culture. AI don't know what is funny for [[Surabaya|CITY]] people, ha. I want to learn more, maybe become social media strategist. Next year I want to take online course about digital marketing, my company maybe will pay half. In our team there are five people, and only two are still doing things the old way, writing everything by hand in notebook first. I think they will need to change, because the target every month is more and more products. I follow [[Raditya Dika|PUBLIC_FIGURE]] on YouTube, he also talk about AI for creator, it is interesting.

AI: Thank you, [[Agus|PERSON]]. Would you be willing to have a follow-up conversation? How can we contact you?

User: Yes, can. My WhatsApp is [[O812-3555-772O|OBF_PHONE|letter_o_for_zero]], the O is zero, sorry, I write fast. Email is [[agus.santoso.sby@gmail.com|EMAIL_ADDRESS]]. Instagram [[@agus_nulis|SOCIAL_HANDLE]], nulis is "writing" in Indonesian, ha.""")

# 15 — Egypt, clinical pharmacist, fluent
T.append("""AI: Thank you for joining today. Could you introduce yourself and what you do?

User: Thank you for having me. I'm [[Mariam Adel|PERSON]], I'm a [[clinical pharmacist|JOB_TITLE]] at [[Al Salam Specialized Hospital|ORGANIZATION]] in [[Alexandria|CITY]]. I'm [[31|AGE]]. I graduated from the Faculty of Pharmacy at [[Alexandria University|SCHOOL]] in [[2015|DATE]], and I did a clinical pharmacy diploma after that. My work is mostly in the internal medicine and ICU wards, reviewing prescriptions, checking doses for kidney function, interactions, things like that. I've been at this hospital since [[2019|DATE]].

AI: How does AI come into your work?

User: Carefully, I would say. For drug information we rely on [[Lexicomp|SOFTWARE]] and [[UpToDate|SOFTWARE]], those are the references the hospital pays for. But I do use [[ChatGPT|AI_PRODUCT]] for other things. For example, when I'm preparing a lecture for the nurses about anticoagulants, I ask it to make a simple summary in Arabic, because many of the nurses prefer Arabic. Or when I write a patient leaflet. I never, ever use it as a dosing reference. I tested it once with a question about vancomycin dosing in dialysis, and the answer looked very professional, but the interval was wrong. If someone follows that, it could harm the patient.

AI: How do your [[colleagues|GENERIC_ROLE]], especially the physicians, feel about these tools?

User: Some of the young residents use it a lot, sometimes too much. One resident, I won't say the name, wrote a discharge summary with it and it included a medication the patient was never on. The ward [[consultant|GENERIC_ROLE]], Dr. [[Hossam|PERSON]], was furious. He is an old-school doctor, he writes everything by hand if he can. My [[head of department|GENERIC_ROLE]], Dr. [[Nevine Farouk|PERSON]], is more open. She asked me to prepare a short guideline for the pharmacy team about what is acceptable. So I spent two weekends on that, using... yes, I used [[ChatGPT|AI_PRODUCT]] to help structure it, ironically.

AI: Could you say a bit about how AI fits into your life beyond the hospital?

User: I'm preparing for the BCPS exam, the American board certification, so I use it to quiz myself, like it gives me a case and I answer. That's very helpful, although I double-check the explanations with the textbook. My brother [[Youssef|PERSON]] is a [[software engineer|JOB_TITLE]] in [[Cairo|CITY]] at [[Valeo|ORGANIZATION]], and he's the one who got me into all of this. My mother is suspicious, she saw something on TV about AI and she thinks it listens to her phone calls. I spend a lot of weekends in [[Cairo|CITY]] now because my brother just had a baby, so I'm the aunt who shows everybody the AI pictures on my phone.

AI: Do you have any concerns about where this is going?

User: Honestly, data privacy in [[Egypt|COUNTRY]] is something we don't talk about enough. Patients' names in screenshots on WhatsApp groups, that already happens, and adding AI makes it worse. Also I worry that hospital management will see AI as a reason not to hire more pharmacists. We are already three pharmacists for more than two hundred beds. A tool that answers fast is not the same as someone who stands next to the bed and looks at the patient.

AI: Thank you, [[Mariam|PERSON]]. Would you be happy for us to contact you about a follow-up interview?

User: Yes, of course. My email is [[mariam.adel.pharm at hotmail dot com|OBF_EMAIL|spelled_at_dot]], written normally with the symbols. My mobile is [[+20 100 555 7314|PHONE_NUMBER]], I'm on WhatsApp on the same number. Please message before calling, because in the ICU I cannot answer.""")

# 16 — Vietnam, QA engineer, hesitant English
T.append("""AI: Hello, and thank you for joining. Could you introduce yourself, please?

User: Hello. My name is [[Nguyễn Thị Lan|PERSON]], you can call me [[Lan|PERSON]]. I am [[28|AGE]]. I am [[QA engineer|JOB_TITLE]], software tester, at [[Sông Hàn Software|ORGANIZATION]] in [[Da Nang|CITY]]. Our company do outsourcing, most customers are from [[Japan|COUNTRY]] and some from [[Australia|COUNTRY]]. I work in this company from [[2020|DATE]], after I graduate [[Da Nang University of Technology|SCHOOL]]. My hometown is [[Quảng Ngãi|CITY]], small city, two hours from here.

AI: Thank you, [[Lan|PERSON]]. How do you use AI in your work?

User: I use [[ChatGPT|AI_PRODUCT]] for write test cases. Before, I read requirement document and write test case by hand in [[Excel|SOFTWARE]], it take long time. Now I give the requirement, not the real one, I change the customer name and remove the confidential, and ask it to suggest test cases, also edge cases. Then I import to [[Jira|SOFTWARE]]. Developers in my team use [[GitHub Copilot|AI_PRODUCT]] for code. I also use it to write automation script in [[Selenium|SOFTWARE]] and [[Playwright|SOFTWARE]], because my coding is not so strong.

AI: Can you describe a case where it was helpful, or not helpful?

User: Helpful: one project is booking system for a clinic in [[Osaka|CITY]]. AI suggested test for the date when the clinic change to summer time, but [[Japan|COUNTRY]] don't have summer time, ha ha. So not helpful that one. But it also suggest test for full-width characters in the name field, and we found a real bug. The customer was very happy. My [[team leader|GENERIC_ROLE]], [[Minh|PERSON]], told in the [[Friday|GENERIC_TIME]] meeting, everybody should use this way. [[Minh|PERSON]] is very strict but he like efficient.

AI: Are there rules at your company about AI use?

User: Yes. The company have policy since [[last year|GENERIC_TIME]]. We cannot put source code of the customer in public AI. For Japanese customers especially, they are very careful, some customers write in contract "no AI". So for those projects we don't use. The [[BrSE|JOB_TITLE]], [[bridge engineer|JOB_TITLE]], she is Japanese speaker, [[Thảo|PERSON]], she check everything before send to customer. [[Thảo|PERSON]] also use AI to translate, but she say AI Japanese is too direct, not polite enough for business. And my [[project manager|GENERIC_ROLE]] worry about security always.

AI: Does AI come into your life outside work?

User: I use it to study Japanese, because I want to pass JLPT N2 in [[December|GENERIC_TIME]]. It makes quiz for me. My younger brother [[Huy|PERSON]] is student, he use it for everything, homework, game. My parents don't use, they only use [[Zalo|SOFTWARE]] and [[Facebook|SOFTWARE]]. I think in the future testers must know AI, or they lose job. So I try to learn now. I watch video of [[Jensen Huang|PUBLIC_FIGURE]], he talk that everybody will be programmer with AI, but I think testing is still need human to think like the user.

AI: Thank you. Would you be willing to be contacted for a follow-up? What is the best way?

User: Yes, okay. You can message me on [[Zalo|SOFTWARE]] or call, number is [[0.9.0.3.5.5.5.1.2.7|OBF_PHONE|dotted_digits]], I write with dot between so the bot don't catch it, my friend teach me. Email is [[lan.nguyen.qa@gmail.com|EMAIL_ADDRESS]]. Thank you for interview, it is first time I do this.""")

# 17 — France, copywriter at ad agency (creative), fluent
T.append("""AI: Thanks for joining. Could you tell me about yourself and your work?

User: With pleasure. I'm [[Claire Fontaine|PERSON]], I'm [[35|AGE]], I'm a [[senior copywriter|JOB_TITLE]] at an advertising agency in [[Lyon|CITY]] called [[Maison Orange|ORGANIZATION]]. We do campaigns for regional brands mostly, a supermarket chain, a ski resort, the odd wine producer, and sometimes bigger things for national clients. I've been in advertising since [[2012|DATE]], first in [[Paris|CITY]], then I moved back to [[Lyon|CITY]] in [[2018|DATE]] because I'm from here and [[Paris|CITY]] rents are madness.

AI: How does AI fit into your creative work?

User: Well, this is going to be confusing, because I use [[Claude|AI_PRODUCT]] a lot, and my [[art director|JOB_TITLE]] is also called [[Claude|PERSON]]. Real person, [[fifty-five|AGE]] years old, moustache, very French. So when I mention it in a meeting, everyone laughs and asks if I mean the human or the machine. [[Claude|PERSON]], the human one, hates the AI, by the way. He calls it "l'autre", the other one. I use [[Claude|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] for brainstorming, to get fifty bad taglines quickly so I can find the two good ones. I use them to check puns in English for international clients. For images, the studio uses [[Midjourney|AI_PRODUCT]] for mood boards, never for final visuals.

AI: Could you give a concrete example of a recent project?

User: We did a campaign for a ski resort in the [[Alps|CITY]], winter season. The brief was "families, authenticity, not luxury". I spent a morning with the AI doing variations, and it gave me a lot of clichés, "create memories", "the magic of the mountains", all that. Useless as lines, but it showed me what everyone else would write, so I knew what to avoid. Then the idea came from [[Claude|PERSON]], the human, who told a story about his grandfather teaching him to ski with wooden skis. So the AI helped me eliminate, and the human gave the soul, if that's not too dramatic.

AI: How do your clients react to AI being used in the work?

User: Some ask for it, to reduce costs. The supermarket client, their [[marketing director|GENERIC_ROLE]] asked if we could "produce the social posts with AI and charge less". My [[boss|GENERIC_ROLE]], [[Sandrine|PERSON]], was diplomatic, she said yes for some volume work but not the brand campaign. Others are very worried about copyright, especially since the new European rules. In [[France|COUNTRY]] there's a lot of debate. Some of my friends who are translators have lost a lot of work already, that scares me.

AI: Is there anything about AI in your personal life you'd like to share?

User: My boyfriend [[Karim|PERSON]] teaches philosophy in a lycée and he's writing a lot about it, he's much more pessimistic than me. We listen to [[Yann LeCun|PUBLIC_FIGURE]] interviews together and argue. I use it for silly things, planning meals, writing a poem for my grandmother's ninetieth birthday, which I then rewrote completely because it was terrible. Some things should stay human.

AI: Thank you, [[Claire|PERSON]]. Would you be willing to take part in a follow-up? How should we contact you?

User: Yes, with pleasure. My email is [[claire.fontaine.redac@gmail.com|EMAIL_ADDRESS]], and my LinkedIn is [[linkedin.com/in/claire-fontaine-copy|URL]]. No phone please, I hate the phone, ha, I'm a writer.""")

# 18 — Ireland, secondary school maths teacher, fluent
T.append("""AI: Thanks for coming on. Would you like to start by telling me a bit about yourself?

User: Sure, no bother. I'm [[Declan Byrne|PERSON]], I'm [[forty-seven|AGE]], and I'm a [[maths teacher|JOB_TITLE]] at [[Coláiste Naomh Éanna|SCHOOL]], which is a secondary school in [[Galway|CITY]]. I also teach a bit of applied maths and I coach the under-sixteen hurling team, which takes up more of my life than the maths, to be honest. I've been teaching since [[2003|DATE]], came to this school in [[2010|DATE]]. Before that I was in [[Athlone|CITY]] for a few years.

AI: How does AI come into your teaching?

User: It's been a rollercoaster. When [[ChatGPT|AI_PRODUCT]] came out, the big panic was homework. The kids in sixth year discovered it before we did, obviously. Now I use it myself to generate practice questions, say, ten differentiation questions of increasing difficulty, with worked solutions. It's grand for that, though you'd be surprised how often it gets the arithmetic wrong in the solutions. I also use it to write differentiated versions of a worksheet for students with dyslexia. Our school uses [[Microsoft Teams|SOFTWARE]] and [[VSware|SOFTWARE]] for attendance and reports, and there's talk of bringing in [[Copilot|AI_PRODUCT]] as well.

AI: How has the school responded as an institution?

User: Our [[principal|GENERIC_ROLE]], [[Siobhán|PERSON]], set up a working group [[last September|GENERIC_TIME]], and I ended up on it, because I opened my mouth at a staff meeting. We wrote an acceptable use policy. The main rule is students have to declare if they used AI, and for the Leaving Cert projects there are strict rules from the Department. The English department, especially [[Fiona|PERSON]], has been great at redesigning assignments so they're done in class. Maths is a bit easier because the exam is on paper. You can't bring [[ChatGPT|AI_PRODUCT]] into the exam hall.

AI: Can you tell me about a student or classroom moment that stuck with you?

User: There was one lad, I won't name him, who handed in a project on probability that was far too polished, and when I asked him to explain one step he just went red. We had a chat, no drama, and he redid it. But then there's a girl in fifth year who uses it like a personal tutor, asking it to explain things five different ways until it clicks, and her grades went from a H5 to a H2. So it's a tool, depends on who's holding it. Same as a calculator really, and we had the same arguments about those in the eighties.

AI: Is AI part of life at home?

User: Ah, it is. My wife [[Aoife|PERSON]] is a [[pharmacist|JOB_TITLE]] and she won't touch it for work, too risky. Our twins are [[eleven|AGE]] and they think it's hilarious to make it write stories about our dog. That dog is famous in the AI world now, ha. I watched [[Simon Harris|PUBLIC_FIGURE]] say something about AI in schools on the news and I thought, come down to my classroom on a wet [[Thursday|GENERIC_TIME]] afternoon and then tell me.

AI: Thanks, [[Declan|PERSON]]. Would you be happy to be contacted for a follow-up, and how?

User: Yeah, no problem. My email is [[declanbyrne.maths@eircom.net|EMAIL_ADDRESS]]. Phone is [[oh-eight-seven, 2 3 4, five-five-one-nine|OBF_PHONE|mixed_words_digits]], sorry, that's how I always say it. If you're posting anything, the address is [[14 Cnoc na Gréine|ADDRESS]], [[Salthill|CITY]], [[H91 E2K7|ADDRESS]].""")

# 19 — Spain, hotel front office supervisor, intermediate English
T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your work?

User: Hello! Yes. I am [[Lucía Fernández Ortega|PERSON]], I am [[30|AGE]] years old, and I am [[front office supervisor|JOB_TITLE]] in the [[Hotel Brisa del Mar|ORGANIZATION]], it is a four-star hotel in [[Torremolinos|CITY]], near [[Málaga|CITY]]. I manage the reception team, eight people, and I do check-in, check-out, the complaints, the reviews online. I work in the hotel since [[May 2017|DATE]], I started like receptionist in [[summer|GENERIC_TIME]], temporary, and I stayed. I studied Tourism in the [[Universidad de Málaga|SCHOOL]].

AI: How do you use AI in the hotel?

User: The most is for answer the reviews. We have many reviews every day, in English, German, Dutch, French. Before, I answer only in English or Spanish and it was very slow. Now I use [[ChatGPT|AI_PRODUCT]] to write the answer in the language of the guest. I change the details, I never put the name of the guest or room number. Also the hotel system, [[Opera PMS|SOFTWARE]], now have some automatic things for upselling, like offer the sea view room. And for the schedules of my team I use [[Excel|SOFTWARE]], and [[ChatGPT|AI_PRODUCT]] help me with the formulas, because I am not good in this.

AI: Can you tell me about a specific situation where it helped or caused problems?

User: Yes, I have a funny one. A guest from [[Netherlands|COUNTRY]] wrote a very bad review, he said the pool was "too full of English people", ha. I asked the AI for a polite answer and it wrote something very, very formal, like from a lawyer. My [[general manager|GENERIC_ROLE]], [[Ignacio|PERSON]], read it and said, "[[Lucía|PERSON]], this sounds like a robot, write like a person." So now I use the AI for the first version and then I put my style, more warm, more Andalusian, ha. One bad situation was when a [[colleague|GENERIC_ROLE]], [[Rocío|PERSON]], used it to translate a message about a cancellation policy to a German guest and it said the opposite, that the cancellation was free. We had to give the refund.

AI: How do your team members feel about AI?

User: The young ones use it all the time, on the phone, for everything. [[Rocío|PERSON]] and [[Álvaro|PERSON]] are very fast with it. The older receptionist, [[Maribel|PERSON]], she have fifty-something years, she says she has worked thirty years without a machine that tells her what to say to a guest. And she is the best with the guests, honestly, the regulars from [[England|COUNTRY]] ask for her by name. So I think the human part is still the most important in a hotel. A robot cannot see that the guest is tired and needs a coffee.

AI: Does AI play a part in your personal life?

User: A little. I use it to practise my German, because in [[summer|GENERIC_TIME]] we have many German guests. My boyfriend [[Javi|PERSON]] is a [[chef|JOB_TITLE]] in a restaurant in [[Benalmádena|CITY]] and he tried to use it for new recipes, but he says the AI don't know how to cook, it only knows how to write recipes, ha. My mother watches the news and sees the fake videos, like the one with [[Rosalía|PUBLIC_FIGURE]], and she is scared of it.

AI: Thank you, [[Lucía|PERSON]]. Would you agree to a follow-up? How can we contact you?

User: Yes, of course. My email is [[lucia guion bajo fdez arroba hotmail punto es|OBF_EMAIL|spanish_words_underscore]], guion bajo is the underscore. My phone is [[+34 655 51 82 47|PHONE_NUMBER]], better by WhatsApp because of my shifts.""")

# 20 — Pakistan, textile export merchandiser, fluent South Asian English
T.append("""AI: Assalam-o-alaikum, and thanks for joining. Could you tell me a little about yourself and your job?

User: Walaikum assalam, thank you. My name is [[Usman Tariq|PERSON]]. I'm [[33|AGE]] and I'm a [[senior merchandiser|JOB_TITLE]] at [[Noor Textiles|ORGANIZATION]] in [[Faisalabad|CITY]]. We make home textiles, bedsheets, towels, mostly for export to [[Germany|COUNTRY]], [[Netherlands|COUNTRY]] and some to the [[UK|COUNTRY]]. I handle four buyers, from sampling to shipment. I've been there since [[2016|DATE]]. Before that I did my MBA from [[University of Agriculture Faisalabad|SCHOOL]], which people find funny, an MBA from an agriculture university, but it's a good programme.

AI: How do you use AI in your day-to-day work?

User: Mostly for communication. Our buyers are very particular about language, especially the Germans. I write emails with [[ChatGPT|AI_PRODUCT]], tech packs, follow-ups on delays. For example if the shipment is late because of port congestion in [[Karachi|CITY]], I need to explain it without sounding like we are making excuses. [[ChatGPT|AI_PRODUCT]] is good for that tone. I also use it for [[Excel|SOFTWARE]] formulas for the order tracking sheet. Our ERP is old and local, no AI in it. And a lot of communication with the mill happens on [[WhatsApp|SOFTWARE]] voice notes in Punjabi, so AI can't help there, ha.

AI: Could you give me a specific example from recently?

User: Last month a German buyer, Mr. [[Becker|PERSON]], rejected a lot of towels because of shade variation. He sent a very long complaint with lab reports. I used [[ChatGPT|AI_PRODUCT]] to summarise the lab report and find the exact points, then to help me write a reply with our corrective action plan. Mr. [[Becker|PERSON]] replied that it was "the most structured response" he had received from us. My [[GM|GENERIC_ROLE]] was happy, but I didn't tell him it was half AI, ha ha. The actual solution was from our dyeing master, [[Rafiq|PERSON]] sahab, who has thirty years of experience. AI did the English, [[Rafiq|PERSON]] sahab did the real work.

AI: How do others at your company view AI?

User: The [[owner|GENERIC_ROLE]]'s son, [[Hamza Noor|PERSON]], he came back from studying in the [[UK|COUNTRY]] and he is very excited about AI, he wants to use it for forecasting, for designs. The older staff are scared, and some think it is not halal to make pictures with AI, there was a debate on that. My own brother [[Bilal|PERSON]] is a [[software developer|JOB_TITLE]] in [[Lahore|CITY]], he tells me all the time that I'm using only five percent of what it can do. Maybe he is right. In [[Ramadan|GENERIC_TIME]] our working hours are short and I really depend on these tools to finish everything.

AI: Any concerns about AI in your industry?

User: Yes. Design jobs, maybe. Also our buyers are now asking for compliance data, traceability, and they use AI to check our documents. If our data is messy, AI will find it. That's pressure. And electricity, gas shortages, these are bigger problems for [[Pakistan|COUNTRY]] textile than AI, honestly. Nobody in the government talks about AI for us.

AI: Thank you, [[Usman|PERSON]]. Would you be available for a follow-up? How should we reach you?

User: Yes, sure. Email: [[usmantariq88 AT gmail DOT com|OBF_EMAIL|caps_at_dot]]. Phone and [[WhatsApp|SOFTWARE]]: [[+92 300 555 4417|PHONE_NUMBER]]. For the voucher, your form asked for CNIC, so it is [[33100-5518273-9|NATIONAL_ID]]. Please keep it safe.""")

# 21 — Ghana, biomedical scientist (scientist), fluent
T.append("""AI: Good morning, and thank you for joining. Could you please introduce yourself?

User: Good morning. My name is [[Akosua Mensah|PERSON]], I'm [[29|AGE]] years old, and I'm a [[biomedical scientist|JOB_TITLE]] in the haematology laboratory at [[Korle Bu Teaching Hospital|ORGANIZATION]] in [[Accra|CITY]]. I did my BSc at [[KNUST|SCHOOL]] in [[Kumasi|CITY]], then my national service at a district hospital in [[Ho|CITY]], and I've been at [[Korle Bu|ORGANIZATION]] since [[2021|DATE]]. Most of my day is full blood counts, blood films, coagulation tests, and sickle cell screening, which is a big part of our workload in [[Ghana|COUNTRY]].

AI: How does AI come into your work in the lab?

User: Directly, in the analysers, a little. Our newer haematology analyser has software that flags abnormal cells and suggests a classification, so in a way that is AI, though nobody calls it that. We still confirm every flagged film under the microscope. Outside of that, I use [[ChatGPT|AI_PRODUCT]] mostly for writing. I'm the one who updates our standard operating procedures, and it helps me to restructure them so they are clearer. I also use it to prepare for presentations at our [[Wednesday|GENERIC_TIME]] journal club, like summarising a paper before I read it in detail. And [[Perplexity|AI_PRODUCT]] sometimes, because it gives references, though I check every one of them.

AI: Could you describe a time when it was helpful, or when it went wrong?

User: Helpful: we had an external audit coming in [[November|GENERIC_TIME]], and our quality manual was a mess, written by five different people over ten years. I used [[ChatGPT|AI_PRODUCT]] to help reorganise it section by section, without putting any patient data of course. My [[lab manager|GENERIC_ROLE]], Mr. [[Owusu|PERSON]], said it was the first time the manual looked like one document. Went wrong: I asked it for the reference range of a test for children and it gave a range from a European population, which does not fit our population. If a junior staff member used that without thinking, they could misinterpret results. So we had a discussion in the lab, and now the rule is that reference ranges come only from our validated documents.

AI: How do your [[colleagues|GENERIC_ROLE]] see AI?

User: My [[colleague|GENERIC_ROLE]] [[Kwabena|PERSON]] is the tech guy, he is always trying new tools, and he even built a small tool in [[Python|SOFTWARE]] to check our QC data with some help from [[GitHub Copilot|AI_PRODUCT]]. The senior staff are more cautious. Internet is also not always stable in the lab, so sometimes you just can't use it. And there are questions about ethics, about what happens to data when it goes to servers in [[America|COUNTRY]] or wherever. I think [[Africa|CONTINENT]] needs its own rules and its own tools. I'm hoping to do a master's in [[Edinburgh|CITY]] or [[Cape Town|CITY]] next year, in clinical informatics, so these questions interest me a lot.

AI: And outside work?

User: My mum runs a provision shop in [[Madina|CITY]], and I helped her make a price list with AI, she was impressed. My fiancé [[Kofi|PERSON]] is a [[quantity surveyor|JOB_TITLE]] and he uses it to check his estimates. We are getting married in [[December 2025|DATE]], so I've been using it to plan the wedding budget too, ha, it keeps telling me to reduce the guest list, but this is [[Ghana|COUNTRY]], you can't reduce the guest list!

AI: Thank you, [[Akosua|PERSON]]. Would you be happy to be contacted for a follow-up? How can we reach you?

User: Yes, definitely. My email is [[akosua . mensah @ gmail . com|OBF_EMAIL|spaced_symbols]], without the spaces. And my phone is [[+233 24 555 8167|PHONE_NUMBER]]. I'm on X too, [[@akosua_labs|SOCIAL_HANDLE]], where I post about lab science and sickle cell awareness.""")

# 22 — Colombia, music producer (creative), hesitant-intermediate English
T.append("""AI: Hi, thank you for joining. Could you tell me a bit about yourself and what you do?

User: Hola, yes, thank you. I am [[Andrés Felipe Gómez|PERSON]], but everybody say [[Pipe|PERSON]], is the short for [[Felipe|PERSON]] in [[Colombia|COUNTRY]]. I am [[27|AGE]]. I am [[music producer|JOB_TITLE]] and [[sound engineer|JOB_TITLE]] in [[Medellín|CITY]], I have a small studio in [[Laureles|CITY]] with my partner, it is called [[Estudio La Cumbre|ORGANIZATION]]. We do reggaeton, some pop, also jingles for radio and for companies. I studied at [[Universidad EAFIT|SCHOOL]] but I did not finish, because the studio started to have too much work in [[2019|DATE]].

AI: How do you use AI in your music work?

User: Is a big question for producers now. I use some tools, yes. For mastering, sometimes I use [[LANDR|AI_PRODUCT]] to make a quick reference, to show the client, but the final master I do myself. For separate the voice from a song, for remix, I use AI stem separation, it is incredible, before this was impossible. In [[Ableton|SOFTWARE]] there are some plugins with AI. But [[Suno|AI_PRODUCT]], the one that make full songs, I tried it and I feel, how you say, scared. It make a reggaeton in ten seconds that sound okay. Not great, but okay. And many clients only need okay.

AI: Could you tell me about a specific time AI changed how a project went?

User: Yes. A company of supermarkets, I cannot say the name, they ask us for a jingle for [[December|GENERIC_TIME]], for Christmas. Their marketing person sent us a reference made with [[Suno|AI_PRODUCT]] and said "we want like this". So we did it, better, with real singers, but the budget they offer was very low, because they think the AI already did the work. My partner [[Valentina|PERSON]], she is the [[singer|JOB_TITLE]] and songwriter of the studio, she was very angry. [[Valentina|PERSON]] said we should not accept, but we need the money, so we accepted.

AI: How do other musicians around you feel about it?

User: Mixed, very mixed. My friend [[Juan Camilo|PERSON]], he is a [[session guitarist|JOB_TITLE]], he says AI will kill the small musicians, and I think partly he is right. Others use it for ideas, for demos. In [[Medellín|CITY]] there is a lot of music industry, and everyone is talking about this. I saw [[Karol G|PUBLIC_FIGURE]] said something about AI voices of artists, that it should be illegal to copy a voice without permission. I agree totally. Someone made a fake song with the voice of [[Bad Bunny|PUBLIC_FIGURE]] and it was everywhere.

AI: Is there anything else about AI in your life you'd like to share?

User: I use [[ChatGPT|AI_PRODUCT]] for the business part, the contracts, the emails in English for clients in [[Miami|CITY]]. My English is not so good so it help me a lot. My mother in [[Pereira|CITY]] thinks I will lose my job to robots and wants me to finish university, ha. Maybe she is right, maybe I go back.

AI: Thank you, [[Pipe|PERSON]]. Would you be open to a follow-up? How can we reach you?

User: Yes, sure. My email is [[andresfelipe.beats(arroba)gmail.com|OBF_EMAIL|paren_arroba]], and Instagram of the studio is [[@estudiolacumbre|SOCIAL_HANDLE]]. My phone is [[+57 304 555 6128|PHONE_NUMBER]], WhatsApp also. Write me, I answer fast.""")

# 23 — Turkey, civil engineer, fluent but non-native
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Of course. I'm [[Elif Yıldız|PERSON]], I'm [[32|AGE]], and I'm a [[civil engineer|JOB_TITLE]], working as a [[site engineer|JOB_TITLE]] for [[Ege Yapı İnşaat|ORGANIZATION]] in [[İzmir|CITY]]. Right now I'm on a residential project in [[Bornova|CITY]], eight blocks, about four hundred apartments. I studied at [[Middle East Technical University|SCHOOL]] in [[Ankara|CITY]], graduated in [[2015|DATE]], and after the earthquake in [[February 2023|DATE]] I also joined a volunteer group doing building inspections in [[Hatay|CITY]], which changed how I think about my job a lot.

AI: How does AI come into your work on site or in the office?

User: In the office, mostly. I use [[ChatGPT|AI_PRODUCT]] to help with reports and with long technical specifications, for example if the client sends a specification in English and I need to compare it with Turkish regulations. I use [[AutoCAD|SOFTWARE]] and [[Primavera P6|SOFTWARE]] daily, and recently I started to ask the AI to help me understand delays in the schedule, like "which activities are on the critical path if the concrete is late three days". It's not perfect, but it helps me think. On site, honestly, no AI. On site it's people, trucks, concrete, and weather.

AI: Could you tell me about a specific situation where AI helped, or didn't?

User: It helped with a conflict. We had a dispute with a subcontractor about the formwork, and the emails were getting very emotional, in Turkish that happens fast, ha. I asked the AI to rewrite my reply in a neutral, professional way. My [[project manager|GENERIC_ROLE]], [[Murat|PERSON]] Bey, read it and said, "this is not your style, [[Elif|PERSON]] Hanım, but it's good." Bey and Hanım are like Mr. and Mrs., we put them after the name. Where it didn't help: I asked for a reinforcement detail calculation once, just to compare, and the result was not correct according to our earthquake code. For structural things, I never trust it. After [[Hatay|CITY]], I can never trust a shortcut.

AI: What do your [[colleagues|GENERIC_ROLE]] and your company think about AI?

User: The company doesn't have a formal policy. Younger engineers like [[Emre|PERSON]] and [[Zeynep|PERSON]] use it a lot. The foremen on site, the old masters, they laugh at it. Our [[general manager|GENERIC_ROLE]] is interested in AI for cost estimation, he went to a conference in [[Istanbul|CITY]] and came back very excited. I think it can help with paperwork, but construction quality in [[Turkey|COUNTRY]] is about inspection and honesty, not software.

AI: Is AI part of your personal life too?

User: A little. My husband [[Kerem|PERSON]] is an [[architect|JOB_TITLE]] and he uses [[Midjourney|AI_PRODUCT]] for early concept images, which I find a bit strange, but the clients love it. I use AI for learning German, because we are thinking about moving to [[Germany|COUNTRY]] maybe in two years. My father, who is a retired teacher, he asks it questions about history and then argues with it.

AI: Thank you, [[Elif|PERSON]]. Would you be willing to be contacted for a follow-up?

User: Yes, with pleasure. My email is [[elifyildiz_88 [at] hotmail [.] com|OBF_EMAIL|bracket_at_symbol_dot]]. I'd prefer email, but my phone is [[+90 532 555 17 48|PHONE_NUMBER]] if it's urgent.""")

# 24 — Sweden, bus traffic controller, fluent
T.append("""AI: Hi, thanks for joining us. Could you tell me about yourself and your job?

User: Sure. My name is [[Erik Lindqvist|PERSON]], I'm [[56|AGE]] years old, and I work as a [[traffic controller|JOB_TITLE]] for the bus operations at [[Västtrafik|ORGANIZATION]] in [[Gothenburg|CITY]], or [[Göteborg|CITY]], as we say. Basically I sit in the control centre and make sure the buses run, deal with breakdowns, accidents, drivers who are sick, detours when there are roadworks, which in this city is always. I've worked in public transport since [[1991|DATE]], first as a bus driver for eleven years, then in the control room. I live in [[Kungälv|CITY]], just north of the city.

AI: How does AI show up in your work?

User: In the control centre we have a planning system, [[Hastus|SOFTWARE]], and there are prediction tools now for delays, based on traffic data. Whether that is "AI" or just statistics, I don't know, the salespeople call it AI. The company also gave us [[Microsoft Copilot|AI_PRODUCT]] [[last autumn|GENERIC_TIME]]. I use it to write the incident reports after a shift. Before, I would spend maybe forty minutes at the end of a night shift writing reports, now I dictate the main points and it makes a structured report. But I read it carefully, because if there was an accident, that report can end up with the police or insurance.

AI: Could you give me an example where it made a difference, or didn't?

User: One night in [[January|GENERIC_TIME]] we had heavy snow and four buses stuck on the hill in [[Biskopsgården|CITY]]. Afterwards I had to write a report on the whole evening, timeline, decisions, communication with drivers. [[Copilot|AI_PRODUCT]] made it from my notes in ten minutes, and my [[manager|GENERIC_ROLE]] said it was the clearest report she had seen from the control room. But another time it wrote that a driver "refused" to continue, when the driver had actually said the road was unsafe, which is his right. That is a big difference. If that report had gone out, it would have been unfair to him. So I am careful with the words it chooses.

AI: How do your [[colleagues|GENERIC_ROLE]] feel about AI?

User: We are mostly older people in the control room, and honestly some are sceptical. [[Lasse|PERSON]], who sits next to me, he has been there even longer than me, says he will retire before he talks to a computer. The younger ones, like [[Amira|PERSON]], she is very good with these tools and she helped me set up the dictation. The drivers are more worried about self-driving buses. There was a test with autonomous buses somewhere in [[Stockholm|CITY]] and everybody talked about it in the break room. I tell them, in a Swedish winter, we will need drivers for a long time.

AI: Do you use AI outside work?

User: My daughter [[Ebba|PERSON]] is [[twenty-two|AGE]] and studying medicine at [[Sahlgrenska Academy|SCHOOL]], she uses [[ChatGPT|AI_PRODUCT]] for studying but her teachers are strict. My wife [[Annika|PERSON]] thinks it's all a bit much. I use it sometimes for planning fishing trips, which is my hobby, and I asked it once to explain the news about [[Ulf Kristersson|PUBLIC_FIGURE]] and the AI strategy, because I didn't understand the article. It explained it better than the newspaper did, which is perhaps a little sad.

AI: Thank you, [[Erik|PERSON]]. Would you be willing to be contacted for a follow-up?

User: Yes, no problem. My email is [[erik punkt lindqvist snabel-a telia punkt com|OBF_EMAIL|swedish_snabel_a]], snabel-a is what we call the @ sign in Swedish, it means elephant's trunk. And phone is [[+46 70 555 32 19|PHONE_NUMBER]]. I work shifts, so if I don't answer, send an SMS.""")

# 25 — USA, insurance claims adjuster, fluent, older participant
T.append("""AI: Hi, thank you so much for joining today. Could you tell me a little about yourself?

User: Well, sure, hon. I'm [[Denise Harper|PERSON]], I'm [[61|AGE]] years old, and I've been a [[claims adjuster|JOB_TITLE]] for [[Red Prairie Mutual Insurance|ORGANIZATION]] for twenty-six years now, out of the [[Tulsa|CITY]] office. I started there in [[1999|DATE]], right after my divorce, and I never left. Mostly property claims, homeowners, hail damage, tornado damage, we get a lot of that in [[Oklahoma|CITY]]. I grew up in [[Muskogee|CITY]], went to [[Tulsa Community College|SCHOOL]] at night while my kids were little.

AI: How does AI come into your work these days?

User: Oh, it's come in whether I wanted it or not. Our claims system is [[Guidewire|SOFTWARE]], and about two years ago they added a tool that reads the photos from the field and gives an estimate of the damage. And they gave us all [[Copilot|AI_PRODUCT]], which I use mostly to write letters to policyholders. It's good at making a denial letter sound kinder, I'll give it that. I'm not the fastest typist, so it helps me. But I'll tell you, the photo estimate tool, I don't trust it. It looked at one roof after a hailstorm [[last May|GENERIC_TIME]] and said minimal damage, and when I climbed up there, and yes, I still climb ladders, half the shingles were bruised.

AI: Could you tell me more about that situation, and how it was handled?

User: The homeowner was an older gentleman, a veteran, living by himself out near [[Broken Arrow|CITY]]. If I'd gone by the computer he'd have gotten maybe eight hundred dollars. The real number was closer to fourteen thousand for a full replacement. I wrote it up, my [[supervisor|GENERIC_ROLE]], [[Kevin|PERSON]], backed me, but he also said the company's tracking how often we override the tool. That made me nervous. I don't want to be the adjuster who "overrides too much." [[Kevin|PERSON]]'s a good man, but he's got numbers to hit too.

AI: How do your [[coworkers|GENERIC_ROLE]] feel about the AI tools?

User: The young adjusters love it. [[Brittany|PERSON]], she's been with us three years, she does most of her estimates from her desk now with the drone pictures and the AI. I'm the one who still goes out and knocks on doors. Some of that's generational, I know. But policyholders, especially the older ones, they want a person. They want somebody to stand in their kitchen and say, "I'm sorry this happened to you." Can't get that from a computer. I read something where [[Sam Altman|PUBLIC_FIGURE]] said AI will make everybody's job easier, and I thought, well, he's never had to tell a widow her claim's denied.

AI: Do you use AI at all outside of work?

User: My grandson [[Tyler|PERSON]], he's [[sixteen|AGE]], he set up [[ChatGPT|AI_PRODUCT]] on my phone and showed me how to ask it for recipes. Now I use it to plan my church's potluck at [[Grace Fellowship|ORGANIZATION]] and to write the little devotional for our women's group. My daughter [[Jessica|PERSON]] lives in [[Dallas|CITY]] and she's a [[dental hygienist|JOB_TITLE]], she says they use AI to read the X-rays now. Isn't that something.

AI: Thank you, [[Denise|PERSON]]. Would you be willing to be contacted for a follow-up, and what's the best way?

User: Sure thing. My email, I'll spell it how my son-in-law told me to so the robots don't grab it: [[dharper61 at cox dot net|OBF_EMAIL|spelled_at_dot]]. Phone's [[(918) 555-0143|PHONE_NUMBER]]. And for that gift card you mentioned, you can mail it to [[2218 S. Yale Avenue|ADDRESS]], [[Tulsa|CITY]], [[OK|CITY]] [[74114|ADDRESS]].""")

write_set(T, "set_ac")
