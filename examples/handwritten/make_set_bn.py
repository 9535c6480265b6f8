# Blind evaluation set "bn": 25 synthetic interview transcripts, knowledge and public work, 25 countries.
# Every person, number, email, handle, address and ID below is invented.
from markup import write_set

T = []

# 1. United Kingdom - academic liaison librarian, Reading
T.append("""AI: Thank you for agreeing to take part. To begin, could you tell me a bit about yourself and what your job involves?

User: Of course. I'm [[Siobhán Clarke-Mensah|PERSON]], though almost everyone calls me [[Shiv|PERSON|nickname]]. I'm the [[academic liaison librarian for the social sciences|JOB_TITLE]] at the [[University of Reading|SCHOOL]], which in practice means I look after politics, economics, sociology and a slightly random bundle of business modules. I've been in post since [[September 2016|DATE]]; before that I was on a fixed-term contract at [[Bath Spa University|SCHOOL]], so I have now worked in two towns named after ordinary English words. I live in [[Caversham|CITY]], just over the river from the centre of [[Reading|CITY|city_is_word]], and I turned [[38|AGE|indirect_age]] in [[February|GENERIC_TIME]], if you need that for your demographics.

AI: That's really helpful, thank you, [[Shiv|PERSON|nickname]]. How did generative AI first show up in your work?

User: Through the students, honestly, and not in a good way. In the autumn term of [[2022/23|DATE|academic_year]] we started getting enquiries at the help desk that were just... odd. Someone would bring in a reference list that looked immaculate, proper Harvard style with DOIs and page ranges, and half of the articles didn't exist. They had come out of [[ChatGPT|AI_PRODUCT]]. My colleague [[Tomasz Wrona|PERSON]], who covers law, began logging every fake citation in a shared [[Excel|SOFTWARE]] sheet, and by [[Christmas|GENERIC_TIME]] it had well over two hundred rows. There was one invented article attributed to [[Mary Beard|PUBLIC_FIGURE]] that was so plausible I actually emailed the journal to check. [[Tomasz|PERSON]]'s sheet became the backbone of a workshop we ran with the [[Study Advice|ORGANIZATION]] team in the [[spring of 2023|DATE|season_year]], and we've run it every term since.

AI: So the fabricated references were the trigger. How do you use these tools yourself now?

User: More than I would admit to some of the academics. The university licenses [[Copilot|AI_PRODUCT]] through our [[Microsoft 365|SOFTWARE]] accounts, so that's the default, and I pay for [[Claude|AI_PRODUCT|person_like_name]] myself because I find it better at rewriting things in plain English. A typical week goes something like this. I paste in the learning outcomes for a module and ask [[Claude|AI_PRODUCT|person_like_name]] which databases might map onto them, then check that against what we actually subscribe to, because it will happily recommend things we cancelled years ago. I use [[Elicit|AI_PRODUCT]] with PhD students who are scoping a systematic review, always with a big caveat about what it misses, and [[Zotero|SOFTWARE]] for everything reference-related. And the reading list system, [[Leganto|SOFTWARE]], now offers AI summaries of items, which [[my line manager|GENERIC_ROLE]] is quite keen on and I am... less keen on.

AI: Why less keen?

User: Because a summary on a reading list quietly becomes the reading. I have watched it happen. On a second-year development economics module run by Dr [[Fola Adeyemi|PERSON]] at [[Henley Business School|SCHOOL]], the seminar discussion after the summaries went live was, in [[Fola|PERSON]]'s words, "confidently shallow". Students knew the argument of every paper and could not tell you a single piece of evidence from any of them. I went up to [[London|CITY]] in [[November 2023|DATE]] to hear [[Kate Crawford|PUBLIC_FIGURE]] talk, and I came back thinking that libraries are one of the few places left whose whole job is to slow people down a little. That sounds grand. Mostly it means I am the person at the desk saying, have you actually opened the PDF?

AI: Has the workshop been shared beyond the university?

User: A little. [[Tomasz|PERSON]] and I presented it at the [[CILIP|ORGANIZATION|acronym]] conference, that's the [[Chartered Institute of Library and Information Professionals|ORGANIZATION]], and the slides are on my own site at [[shivclarkemensah.net/ai-citations|URL]]. I post about it on [[Bluesky|SOFTWARE]] as [[@shivreads.bsky.social|SOCIAL_HANDLE]] and on [[Mastodon|SOFTWARE]] as [[@shiv@glammr.us|SOCIAL_HANDLE]], although I'm trying to spend less time on both. If other librarians want the spreadsheet template they can email me at work, [[s.clarke-mensah@reading.ac.uk|EMAIL_ADDRESS|name_in_email]], and I'll send it over. We scrubbed the student names out of it first, obviously.

AI: Looking ahead, what worries you most, and what gives you some hope?

User: What worries me is the quiet deskilling. Not the dramatic stuff, not the robots-replacing-librarians headlines, but the second-year who has never once had to sit with a difficult search and work out why it isn't returning anything. Learning that is most of what a degree used to teach, in my view. [[My line manager|GENERIC_ROLE]] thinks I'm being nostalgic, and maybe I am. What gives me hope is that when we run the workshop and show them the fake article with the famous classicist's name on it, the room genuinely gasps. Nobody likes being lied to by something that sounded so sure of itself. That reaction is a teaching moment, and we are trying to use it while we still have it.""")

# 2. Canada - PhD candidate, marine ecology, Victoria BC
T.append("""AI: Hi, and thanks for making time for this. Can you start by introducing yourself and your research?

User: Sure. My name's [[Jonah Fairweather|PERSON]], I'm a fourth-year [[PhD candidate|JOB_TITLE]] in the [[School of Earth and Ocean Sciences|ORGANIZATION|department]] at the [[University of Victoria|SCHOOL]], or [[UVic|SCHOOL|acronym]] as everyone says. I work on kelp forest recovery along the west coast of [[Vancouver Island|CITY|region]], mostly bull kelp, and how it responds to marine heatwaves. I was born in [[1994|DATE|birth_year]] in [[Thunder Bay|CITY]], which is about as far from an ocean as you can get in [[Canada|COUNTRY]], and I moved out here for my master's in [[2018|DATE]]. I'm in [[Amara|PERSON]]'s lab, that's Dr. [[Amara Osei|PERSON]], she's [[my supervisor|GENERIC_ROLE]], and most of my fieldwork runs out of the [[Bamfield Marine Sciences Centre|ORGANIZATION]].

AI: Thanks, [[Jonah|PERSON]]. Where does AI come into that work?

User: In a few places, and it has changed a lot since I started. The most boring and most useful one is code. I do all my analysis in [[RStudio|SOFTWARE]], and since about the [[winter of 2022|DATE|season_year]] I've had [[GitHub Copilot|AI_PRODUCT]] switched on. It's great for the tedious stuff, reshaping drone survey data, writing the same plotting call for the fortieth time. It's less great when it invents a function argument that doesn't exist and you lose an afternoon. I also use [[ChatGPT|AI_PRODUCT]] for rubber-ducking statistical models, which [[my supervisor|GENERIC_ROLE]] is fine with as long as I can explain every line to my committee. Then there's [[Perplexity|AI_PRODUCT]] for quick literature checks, like what's been published on urchin barrens since the big heatwave, though I always go back to the papers themselves.

AI: You mentioned co-authors before we started recording. How do your collaborators feel about these tools?

User: It varies a lot. My main co-author is [[Victoria Lindqvist|PERSON]], who did her postdoc with [[Amara|PERSON]] and is now at [[Fisheries and Oceans Canada|ORGANIZATION]]. Yes, [[Victoria|PERSON|same_as_city]] from [[Victoria|CITY|city_is_name]]; she has heard every possible joke. [[Tori|PERSON|nickname]], as she actually goes by, is pretty anti-AI for writing. She will run your draft through a detector out of spite. For our preprint, posted [[2024-03-18|DATE|iso_date]], she insisted we put a statement in the methods saying exactly which parts of the code used [[GitHub Copilot|AI_PRODUCT]], which I think was the right call. The other co-author, [[Kenji Ashworth|PERSON]] at the [[Hakai Institute|ORGANIZATION]], is the opposite: he has [[Claude|AI_PRODUCT|person_like_name]] write first drafts of everything, including his emails to me, and you can tell.

AI: Are there things you won't use AI for?

User: Identifying species from the drone imagery. There are models for it, and another lab is doing cool work with them, but our sites are murky and the models were trained on clearer water further south, so they confuse understory kelp with surfgrass constantly. I did that classification by hand, twelve thousand frames, over the [[summer of 2023|DATE|season_year]]. The other line is anything involving the Nations whose territories we work in. The [[Huu-ay-aht First Nations|ORGANIZATION]] guardians have their own data agreements, and I'm not pasting their observations into a chatbot, full stop. That's not really an AI question, it's a consent question, but AI made it more urgent.

AI: How do you share your work publicly?

User: Probably too much. The code is all public at [[github.com/jfairweather-kelp|URL|name_in_url]], and my ORCID is [[0000-0003-4172-9958|NATIONAL_ID|orcid]] if you want the publication list. I'm [[@kelpjonah|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], mostly underwater photos, and [[@jonahfairweather.bsky.social|SOCIAL_HANDLE]] on [[Bluesky|SOFTWARE]], where I argue about science policy. At a public talk [[last fall|GENERIC_TIME]], someone in the audience asked if I'd ever use an AI voice to narrate my field videos, and I said only if it sounds like [[David Attenborough|PUBLIC_FIGURE]], which got a laugh, but honestly I'd rather not.

AI: Last question. Where do you see all this going by the time you finish?

User: I defend in [[spring 2026|DATE|season_year]], hopefully. By then I expect the thesis rules at [[UVic|SCHOOL|acronym]] will have caught up with what people are actually doing, because right now the guidance is one paragraph long and contradicts itself. I think the useful version of this is boring: AI doing the data wrangling so I can spend more time in the water. The bad version is a generation of marine ecologists who have never counted kelp stipes with their own cold hands. I'd like to be in the first camp. Ask me again after my defence.""")

# 3. United States - union field organizer, Concord NH
T.append("""AI: Thanks for joining. Could you start by telling me who you are and what you do?

User: Sure thing. I'm [[Deborah Ann Pruitt|PERSON]], [[Deb|PERSON|nickname]] to pretty much everybody, and I'm a [[field organizer|JOB_TITLE]] for the [[State Employees' Association of New Hampshire|ORGANIZATION]], which is [[SEIU Local 1984|ORGANIZATION]]. We're based in [[Concord|CITY|city_is_word]], right by the State House, but I cover the whole [[Seacoast|CITY|region]] plus [[Manchester|CITY|ambiguous_city]], so I'm in the car a lot. I've been with the union since the [[fall of '09|DATE|apostrophe_year]]. I started as a steward when I worked at the [[DMV|ORGANIZATION|acronym]], and I'm [[fifty-two|AGE|number_words]] now, so you can do the math on how long I've been doing this.

AI: How did AI tools come into your work, [[Deb|PERSON|nickname]]?

User: Kind of sideways. Our [[communications director|JOB_TITLE]], [[Marcus Oyelaran|PERSON]], set up [[ChatGPT|AI_PRODUCT]] Team accounts for staff in [[January 2024|DATE]] and basically said, play with it, but don't put member information in it. So the first thing I did was have it rewrite our Weingarten rights flyer at a sixth-grade reading level, because the one we had was written by a lawyer sometime in the nineties. Then I started using it for bargaining prep. Say we're going into a session on mandatory overtime at [[New Hampshire Hospital|ORGANIZATION]]; I'll ask it to summarize the last three contracts and pull out every clause about overtime. It's decent at that. Not perfect. It missed a side letter once, and [[Marcus|PERSON]] caught it, thank God.

AI: What about the members themselves? Do they use it?

User: Some do, and that's where it gets interesting. I had a member, [[Hope Lavallee|PERSON]], she's a [[corrections officer|JOB_TITLE]] up at the prison in [[Berlin|CITY|city_is_foreign_name]], that's [[Berlin|CITY|city_is_foreign_name]], [[New Hampshire|CITY|region]], not [[Germany|COUNTRY]], people always ask, and she used [[Gemini|AI_PRODUCT]] to write a grievance. It was beautifully written. It cited an article of the contract that does not exist. [[Hope|PERSON|name_is_word]] was mortified, but it turned into a good lesson for everybody. Now at steward trainings I show that grievance, with her permission and the names blacked out, and people get it immediately. Then in the [[spring of 2024|DATE|season_year]] members started asking whether management was using AI to watch them, which, in at least one agency, they kind of were, through some productivity add-on in [[Microsoft Teams|SOFTWARE]].

AI: How did the union respond to that?

User: We filed an information request, which is the boring but powerful answer. We wanted to know what data they collect, who sees it, how long they keep it, and whether any of it had been used in discipline. [[Our executive director|GENERIC_ROLE]] raised it at the [[Labor-Management Committee|ORGANIZATION]] and the state basically said it was a pilot and would be wound down. Back when [[Chris Sununu|PUBLIC_FIGURE]] was governor we couldn't get a meeting on anything, so honestly that felt like progress. I've been reading a lot about surveillance at work. [[Sara Nelson|PUBLIC_FIGURE]] from the flight attendants has been great on it, and [[Bernie Sanders|PUBLIC_FIGURE]] put out a report [[last year|GENERIC_TIME]] about AI and the thirty-two-hour week that I printed and handed around at a [[Tuesday|GENERIC_TIME]] night meeting. Half the room thought it was a fantasy. The other half wanted to know where to sign.

AI: Do you use any other tools for organizing?

User: [[Action Network|SOFTWARE]] for petitions and mass texts, [[Google Sheets|SOFTWARE]] for everything else, and [[Otter|AI_PRODUCT|person_like_name]] to transcribe meetings when members agree to it, which is less often than you'd think. People are nervous about being recorded, and they have good reason to be. I tell folks to text my work cell instead of calling the office line, and I say the number out loud at meetings like this, [[six oh three, two two eight, four one nine seven|OBF_PHONE|number_words]], because half the room is writing it on a napkin. I'm also on X as [[@DebPruittNH|SOCIAL_HANDLE]], though I mostly just repost strike news from other locals.

AI: Last one. What would you want the people who design these tools to understand about union work?

User: That trust is the whole product. A chatbot can write a nicer flyer than I can, fine. But the members who trust me do it because I drove up to the [[Laconia|CITY]] office at six in the morning to meet the night shift when their supervisor was written up for harassment. No model is doing that. So use it for the flyers and the contract summaries, sure. If it ever gets between a steward and a member, or if the state starts using it to decide who gets disciplined, then we've lost the plot, and we'll fight it like anything else.""")

# 4. Mexico - Zapotec-Spanish court interpreter, Oaxaca
T.append("""AI: Good afternoon, and thank you for taking part. Could you introduce yourself and describe your work?

User: Good afternoon. My name is [[Xóchitl Ramírez Bautista|PERSON]]. I am a [[Zapotec-Spanish court interpreter|JOB_TITLE]], and I also translate into English for some academic projects. I was born in [[San Bartolomé Quialana|CITY]], a small community in the [[Valles Centrales|CITY|region]], and now I live in the city of [[Oaxaca de Juárez|CITY]]. I studied languages at the [[Universidad Autónoma Benito Juárez de Oaxaca|SCHOOL|local_language]], the [[UABJO|SCHOOL|acronym]], and I finished in [[2013|DATE]]. Since [[2016|DATE]] I have worked with [[CEPIADET|ORGANIZATION|acronym]], the [[Centro Profesional Indígena de Asesoría, Defensa y Traducción|ORGANIZATION|local_language]], interpreting for Indigenous people in criminal and civil courts. I am [[thirty-four|AGE|number_words]] years old.

AI: Thank you, [[Xóchitl|PERSON]]. How do AI tools figure in your work?

User: For Zapotec, almost not at all, and that is the first thing I want to say. [[DeepL|AI_PRODUCT]] does not have any Zapotec. [[Google Translate|SOFTWARE]] added some languages of [[Mexico|COUNTRY]], but our variant is very different from the Zapotec of the [[Isthmus of Tehuantepec|CITY|region]], and even between villages ten kilometres apart the words change. When I tried [[ChatGPT|AI_PRODUCT]] in [[2023|DATE]] and asked it to translate one simple sentence, "the judge will decide [[next week|GENERIC_TIME]]", it gave me something that was half another variant and half invented. My grandmother would have laughed very much. People forget that [[Benito Juárez|PUBLIC_FIGURE]] himself was Zapotec, from [[Guelatao|CITY]], and still the state cannot find interpreters for half of its own hearings.

AI: So where do you use it, if anywhere?

User: In the Spanish and the English parts, and mostly for preparation. Before a hearing I make a glossary of legal terms, because the legal Spanish is itself a foreign language for most people in the villages. I ask [[ChatGPT|AI_PRODUCT]] to explain in simple words the difference between two kinds of appeal, for example, and then I think how to say that idea in Zapotec, which the machine cannot do. I also use [[Gemini|AI_PRODUCT]] on my phone to help me write the reports that [[the public defenders|GENERIC_ROLE]] ask for after each case. For the English work I translate abstracts for a linguist at [[UC San Diego|SCHOOL]], Dr. [[Rebecca Lindahl|PERSON]], and there I use [[DeepL|AI_PRODUCT]] first and correct after. [[Rebecca|PERSON]] knows this and she agrees, because the abstracts are technical and short. I am also registered as an expert translator with the [[Tribunal Superior de Justicia del Estado de Oaxaca|ORGANIZATION]], registration [[PT-0417/2019|NATIONAL_ID]], so my name goes on the documents and I am responsible for every word, with or without a machine.

AI: Are there risks you worry about in the courts?

User: Yes, very much. In a case in [[Tlacolula|CITY]] [[last year|GENERIC_TIME]], the prosecution presented a written statement from a woman who only speaks Zapotec. Someone had written it in Spanish and then, we believe, put it through a machine to make it sound formal. The statement used words she does not know, legal words, and it said she "recognised without doubt" a man she told me she only saw from far away. I said this in the hearing. [[The judge|GENERIC_ROLE]] was not happy with me. Some people think that if AI can do English, soon it will do Zapotec and they will not need us. [[The judge|GENERIC_ROLE]] in another hearing told me exactly this, smiling, as if it was good news. The writer [[Yásnaya Aguilar|PUBLIC_FIGURE]] says our languages are not dying, they are being killed, and I think about that a lot when I hear this kind of comment.

AI: Is there a way AI could help Zapotec speakers, in your view?

User: Maybe, if the communities control it. There is a group of young people from [[Teotitlán del Valle|CITY]] recording the elders and making transcriptions, and they tested [[Whisper|AI_PRODUCT]] to help with the first draft. My cousin [[Eleazar|PERSON]] is part of it. It works a little for Spanish loanwords and very badly for tone, and tone is everything in our language. But the recordings stay in the community, and they decide who can use them. That is the difference for me. If someone from a project wants to contact me about this kind of work, they can write to me at [[xochitl punto ramirez arroba gmail punto com|OBF_EMAIL|spelled_local_language]]. I write it like that on [[Facebook|SOFTWARE]] so the bots do not take it.

AI: Thank you. Any final thoughts?

User: Only that interpretation is not only words. The machine does not know that in my village you do not say no directly to an older person, that you say "we will see" and everybody understands. In court that matters. A woman says "we will see" and the transcript says she agreed. So for me the question is not whether AI is good or bad. It is who is in the room when it is used, and whether anybody there speaks the language of the person whose life is being decided.""")

# 5. Brazil - compounding pharmacist, Belo Horizonte
T.append("""AI: Hello, and thank you for joining. Could you start by telling me about yourself and your work?

User: Olá! I'm [[Luana Figueiredo Campos|PERSON]], and I am the [[farmacêutica responsável técnica|JOB_TITLE|local_language]], the responsible pharmacist, at a compounding pharmacy called [[Farmácia Flor de Lis|ORGANIZATION]], in [[Savassi|CITY]], which is a neighbourhood of [[Belo Horizonte|CITY]]. Everybody here just says [[BH|CITY|abbreviation]], "bê agá". I graduated from the [[Universidade Federal de Minas Gerais|SCHOOL|local_language]], the [[UFMG|SCHOOL|acronym]], in [[2012|DATE]], and my registration at the council is [[CRF-MG 28.415|NATIONAL_ID]]. That number has to be printed on every label that leaves the pharmacy, so it is not exactly a secret. I was born in [[1989|DATE|birth_year]] in [[Montes Claros|CITY]], up in the north of [[Minas|CITY|region]].

AI: Thank you, [[Luana|PERSON]]. How do you use AI at the pharmacy?

User: The owner, Dona [[Glória Assunção|PERSON]], is [[seventy-something|AGE|approximate]] and does not trust computers, so at the beginning it was only me, on my phone, during lunch. Now it is more. I use [[ChatGPT|AI_PRODUCT]] to draft the patient leaflets in simple Portuguese, how to apply a cream, how to store a capsule in the fridge, that kind of thing, and I always rewrite them after. I use [[Gemini|AI_PRODUCT]] inside [[Google Docs|SOFTWARE]] for our internal procedures, because the health inspection wants everything written down. But I never let it calculate a dose. Never. It is fast, it sounds very sure, and in [[March 2023|DATE]] it gave me a conversion between salt and base for a hormone that was wrong by a factor of ten. I caught it because I did the calculation by hand, like we learned in university. The actual formulas go in [[FórmulaCerta|SOFTWARE]], which is the pharmacy system, and that has no AI at all, thank God.

AI: Have you had problems with patients using AI?

User: Oh, every week. Almost all our orders arrive on [[WhatsApp Business|SOFTWARE]], and more and more patients send a screenshot of a chatbot together with the prescription, asking if they can "add" something. A lady came in [[last Tuesday|GENERIC_TIME]] with a list of supplements that [[ChatGPT|AI_PRODUCT]] told her to combine with her thyroid medication, and two of them interfere with absorption. She trusted it more than me, honestly. People here trust [[Drauzio Varella|PUBLIC_FIGURE]] on television first, the chatbot second, and the pharmacist third. And the doctors too. Dr. [[Henrique Tavares|PERSON]], a dermatologist who sends us many prescriptions, started using an AI scribe in his consultations, and twice the concentration of minoxidil came out wrong on the paper. I called him, and to his credit he changed his process. [[Henrique|PERSON]] is a good doctor; he was just tired.

AI: How do you handle patient data when you use these tools?

User: Very carefully, because of the LGPD, the data protection law, and because it is simply right. I never put the name, never the CPF, never the address of a patient into any of these tools. I describe the case in general terms. For our own pharmacy information it is different, because that is public: we are at [[Rua Paraíba, 1352, loja 2|ADDRESS]], and the [[WhatsApp|SOFTWARE]] for orders is [[(31) 98842-1173|PHONE_NUMBER]]. That is on our [[Instagram|SOFTWARE]], on the bags, everywhere. My colleague [[Thaís|PERSON]], the other pharmacist, thinks I am too strict with the AI, and we argue about it over coffee. She uses it for everything, even to answer customers, and [[the customers|GENERIC_ROLE]] can tell, because suddenly the pharmacy writes like a bank.

AI: Do you talk about this work outside the pharmacy?

User: A little, on [[Instagram|SOFTWARE]]. My profile is [[@luana.farma.bh|SOCIAL_HANDLE]], where I make short videos explaining compounding, why a capsule costs what it costs, things like that. Sometimes I use [[CapCut|SOFTWARE]] with the automatic subtitles, which is also AI I suppose. I gave a talk at the regional pharmacy council in [[October 2024|DATE]] about chatbots and self-medication, and afterwards a professor from [[UFMG|SCHOOL|acronym]], Prof. [[Marcelo Andrade Lima|PERSON]], invited me to speak to his fourth-year students. I was very nervous, because he was my professor.

AI: Last question. How do you see the next few years?

User: I think the chatbots will get better, and the patients will trust them even more, so the pharmacist will need to be more present, not less. A machine does not see that the old man asking for a vitamin is confused and maybe should not be living alone. I see that. Even Dona [[Glória|PERSON]], who hates computers, agrees with me on this point. The counter is where we meet people, and I do not want to give that to a screen.""")

# 6. Argentina - CONICET sociologist, Rosario (participant named like her city)
T.append("""AI: Hello, thanks for being here. Could you introduce yourself and your work?

User: Hola, yes. I'm [[Rosario Belén Iturralde|PERSON]], and I live in [[Rosario|CITY|city_is_name]], so I am [[Rosario|PERSON|same_as_city]] from [[Rosario|CITY|city_is_name]], and I have heard all the jokes since primary school. Most people call me [[Charo|PERSON|nickname]] anyway. I'm an [[investigadora adjunta|JOB_TITLE|local_language]] at [[CONICET|ORGANIZATION|acronym]], the [[Consejo Nacional de Investigaciones Científicas y Técnicas|ORGANIZATION|local_language]], and I teach qualitative methods at the [[Universidad Nacional de Rosario|SCHOOL|local_language]], the [[UNR|SCHOOL|acronym]]. My research is on platform work, mainly the delivery riders you see on bicycles with the big boxes on their backs. I turned [[forty-one|AGE|number_words]] in [[July|GENERIC_TIME]], which in [[Argentina|COUNTRY]] means I am still a "young researcher" for some funding calls and a dinosaur for my students.

AI: Thank you, [[Rosario|PERSON]]. How do AI tools come into your research?

User: In three places, and I have different feelings about each. First, transcription. I have about ninety interviews with riders from [[2021|DATE]] and [[2022|DATE]], long ones, in Rioplatense Spanish full of lunfardo and street noise. We transcribed them with [[Whisper|AI_PRODUCT]] running locally on [[Martín|PERSON]]'s laptop, never in the cloud, because that is what the consent forms say. [[Martín Sosa|PERSON]] is my co-investigator; he is the technical one. The transcripts were maybe eighty percent right, and the twenty percent that was wrong was exactly the slang, the jokes, the insults, which is the data I care about. So a student corrected every one by hand. Second, coding. We code in [[Atlas.ti|SOFTWARE]], and it now has an AI coding function. I tested it with my team in the [[segundo cuatrimestre de 2023|DATE|local_language]], the second term. It produced very tidy codes: "job insecurity", "algorithmic control", "solidarity". All the words from the literature. It did not see that when the riders talk about [[Messi|PUBLIC_FIGURE]] they are talking about dignity, about a boy from their city who made it. You need to know [[Rosario|CITY|city_is_name]] to hear that. [[Sosa|PERSON]] says I am being romantic. Maybe. Third, writing in English. For that I use [[DeepL|AI_PRODUCT]] and sometimes [[ChatGPT|AI_PRODUCT]] to polish, and there I have no guilt at all. English is a tax that researchers from the South pay, and if a machine lowers the tax, good.

AI: Has anything changed in your working conditions that affects how you use these tools?

User: Yes, a lot. In [[2024|DATE]] our project funding was frozen, like most of the system, after [[Javier Milei|PUBLIC_FIGURE]] came in with the chainsaw. We lost the money for the transcription assistant, which is one reason we relied more on [[Whisper|AI_PRODUCT]]. So the AI did not replace the assistant because it was better; it replaced her because [[Milei|PUBLIC_FIGURE]] cut the budget. I think that story is more common than the story the companies tell. Our research group meets in an office in [[Barrio Pichincha|CITY|neighbourhood]] that we rent ourselves now, because the institute building has leaks and no heating.

AI: Do you collaborate internationally?

User: Yes, with a colleague in [[Bologna|CITY]], [[Giulia Ferraresi|PERSON]], who studies riders in [[Italy|COUNTRY]]. We compare the two cases. [[Giulia|PERSON]] uses [[NVivo|SOFTWARE]] and I use [[Atlas.ti|SOFTWARE]], so every time we share files something breaks, and last time we asked [[Claude|AI_PRODUCT|person_like_name]] to help us convert the code books, which it did quite well. We submitted a comparative paper on [[15 de noviembre de 2023|DATE|local_language]] and it is still in review, which tells you everything about academic publishing.

AI: Where do you share your work with a wider public?

User: I write a newsletter in Spanish about work and technology, [[rosarioiturralde.substack.com|URL|name_in_url]], maybe once a month when I have energy. And I am on [[Instagram|SOFTWARE]] as [[@charo.iturralde|SOCIAL_HANDLE]], but that is more photos of my dog and the river. Sometimes riders write to me there, which is nice, and sometimes it is delicate, because I must keep the research relationship separate.

AI: Looking ahead, what worries you most?

User: That the machines will produce a sociology without listening. You can already ask a chatbot to "analyse" interviews and it will give you a perfect report in two minutes, with quotes. My students see this. One asked me in [[April|GENERIC_TIME]] why she should spend months in the field if the model can summarise the literature about riders. I told her the literature is written by people like me who once went to talk to them, and that if we stop going, the model will be summarising itself. She laughed. I was not completely joking.""")

# 7. Colombia - NGO project coordinator, Medellin
T.append("""AI: Thank you for joining today. Could you tell me a little about yourself and your organisation?

User: Claro, with pleasure. My name is [[Yurany Osorio Cardona|PERSON]], I'm [[29|AGE]], and I am the [[coordinadora de proyectos|JOB_TITLE|local_language]], the project coordinator, at [[Fundación Ladera Viva|ORGANIZATION]], a small NGO in [[Medellín|CITY]]. We work with young people in [[Comuna 13|CITY|numbered_district]] and in [[Manrique|CITY]], on employment and digital skills, and also on memory work about the armed conflict. I studied social work at the [[Universidad de Antioquia|SCHOOL|local_language]], the [[UdeA|SCHOOL|acronym]], and I grew up in [[Bello|CITY|city_is_word]], just north of the city. The name means beautiful, which is a little funny if you have been there.

AI: How does AI come into your work, [[Yurany|PERSON]]?

User: Mostly through writing, because we are only four people and the funders want a lot of documents. Our [[director|JOB_TITLE]], [[Leidy Johana Restrepo|PERSON]], writes the big proposals, and since [[2023|DATE]] she drafts the English versions with [[ChatGPT|AI_PRODUCT]]. Our English is okay, but slow, and international calls have deadlines that do not care. I do the reports to [[Fondo Acción|ORGANIZATION]], which is our main funder right now, and I use it to organise my notes into the format they ask for. [[Leidy|PERSON]] has one rule: the machine can write the structure, but the stories of the young people must be in their own words, never rewritten. We make the posters in [[Canva|SOFTWARE]], which also has AI now, and the surveys in [[KoboToolbox|SOFTWARE]].

AI: And the young people themselves, do they use AI?

User: All the time, and they taught me things. One of the boys, [[Brayan|PERSON]], he is [[seventeen|AGE|number_words]], discovered that [[Meta AI|AI_PRODUCT]] is inside [[WhatsApp|SOFTWARE]], and now the whole group uses it for homework and for writing their CVs. The CVs are a problem, because the AI writes "proactive professional with leadership skills" for a kid who has never had a formal job, and the employers in [[El Poblado|CITY]] read that and then meet him and feel tricked. So we did a workshop where they write the CV first by hand and then ask the AI only to correct spelling. Some of them also asked [[ChatGPT|AI_PRODUCT]] to write a story "like [[Gabriel García Márquez|PUBLIC_FIGURE]]" for a school contest, and the teacher found out immediately, because every story started with the same sentence about a firing squad. [[Gabo|PUBLIC_FIGURE|nickname]] would have found that funny, I think.

AI: You mentioned memory work. Does AI play any role there?

User: That is where I am most careful. We collect testimonies from families of people who disappeared, some of them connected to the search at [[La Escombrera|CITY|landmark]]. Those recordings never go into any AI tool. Not for transcription, not for summaries, nothing. The risk is not only privacy. It is that the families told us their story in a certain way, with silences, and a summary erases the silences. We transcribe by hand, with volunteers, and it takes months. On the [[9 de abril|DATE|local_language]], the national day of memory for the victims, we did an exhibition with fragments, and every fragment was approved by the family before. When the government of [[Gustavo Petro|PUBLIC_FIGURE]] talks about "total peace", I think about how slow real memory work is, and how no technology makes it faster without making it worse.

AI: How can people reach your organisation, and do you have a public profile yourself?

User: The foundation is on [[Instagram|SOFTWARE]] as [[@laderaviva.med|SOCIAL_HANDLE]], and I have a [[TikTok|SOFTWARE]], [[@yura.osorio|SOCIAL_HANDLE]], where I post about the workshops. For work, people can call or write to my phone; I always dictate it in voice notes like this, [[tres uno cero, cuatro cuatro dos, siete uno nueve ocho|OBF_PHONE|number_words_local_language]], because the kids laugh when I say it fast. [[Leidy|PERSON]] says I should not give my personal number to everybody, and she is right, but here people do not write emails, they send audios.

AI: Finally, what would you want people building these tools to know about your context?

User: That for many young people in the comunas the AI is the first "professional" voice that answers them politely, at any hour, without judging how they speak. That is powerful, and it is also sad. I do not want to take it from them. I want them to know that the polite voice was trained far from here, and that their own way of speaking is not an error to correct.""")

# 8. Chile - veterinarian, Valdivia
T.append("""AI: Hello, and thanks for taking part. Can you tell me about yourself and your work?

User: Hello, yes. My name is [[Ignacio Pincheira Soto|PERSON]]. I'm a [[médico veterinario|JOB_TITLE|local_language]], a large-animal vet, mostly dairy cattle, at the [[Clínica Veterinaria Los Notros|ORGANIZATION]] in [[Valdivia|CITY]], in the [[Los Ríos|CITY|region]] region in the south of [[Chile|COUNTRY]]. I also teach a practical course two afternoons a week at the [[Universidad Austral de Chile|SCHOOL|local_language]], the [[UACh|SCHOOL|acronym]], where I studied. I am [[36|AGE]], [[37|AGE]] in [[October|GENERIC_TIME]]. And yes, the city is named after the conquistador [[Pedro de Valdivia|PUBLIC_FIGURE]], which some people here are not proud of.

AI: Thank you, [[Ignacio|PERSON]]. How does AI come into your work?

User: Less in the field and more in the paperwork. Most days I am driving between farms near [[Paillaco|CITY]] and [[La Unión|CITY|city_is_word]], and in the afternoon I have to write reports for the farmers, for the milk company, for the animal health service. That is where I use [[ChatGPT|AI_PRODUCT]]. I dictate my notes in the truck, like "cow 4471, left hind quarter, clinical mastitis, grade two", and then I ask it to turn that into a clean report. The clinic system, [[ezyVet|SOFTWARE]], does not do that, and it is slow in the countryside because the signal is bad. A friend from university recommended [[Le Chat|AI_PRODUCT]] from [[Mistral|AI_PRODUCT|same_name_as_public_figure]], and I use it sometimes because it is fast. The first time I saw the name, I thought of [[Gabriela Mistral|PUBLIC_FIGURE]], like every Chilean, and I laughed that a French company used the name of our Nobel poet. Then someone told me it is a wind, not the poet. Anyway.

AI: Are there moments when you don't trust it?

User: Yes, with doses and withdrawal periods, always. For a dairy farmer, the milk withdrawal time after an antibiotic is money and it is also food safety. In the [[winter of 2019|DATE|season_year]] we had an outbreak of mastitis on a farm with eight hundred cows, before I used any AI, and I remember how careful we had to be. [[Last year|GENERIC_TIME]] a student in my course used a chatbot to answer a case about withdrawal periods and it gave the numbers for the [[United States|COUNTRY]], which are different from our registered labels. My colleague [[Consuelo Paredes|PERSON]], who runs the small animal side, tells her interns: the chatbot is a colleague who never went to class. [[Consuelo|PERSON|name_is_word]] is very direct.

AI: What about the farmers? Do they use these tools?

User: The young ones, yes. Old ones, no. Don [[Aurelio|PERSON]], who has a farm near [[Osorno|CITY]] and has been my client since I started, calls me on the phone at five in the morning, and that is all the technology he needs. But his grandson asked [[Gemini|AI_PRODUCT]] about a calf with diarrhoea and came to me with a list of six diseases and a face of panic. It was a simple case. The AI did not lie, exactly; it just gave him everything that was possible without telling him what was probable. That is the difference between a list and a diagnosis. There is also a new tool for faecal egg counts with a camera and AI, the [[Vetscan Imagyst|AI_PRODUCT]], and we tested it at the clinic. It is good. That one I trust more, because it does one thing and we can check it against the microscope.

AI: How do you manage client information with these tools?

User: I use numbers for the animals and I never put the farm name or the owner. The administrative part is more exposed than people think. I am an independent worker for the clinic, so I issue my own invoices with my RUT, [[15.628.904-3|NATIONAL_ID|rut]], and once I almost pasted a whole invoice into [[ChatGPT|AI_PRODUCT]] to ask about a tax doubt. I stopped myself. Now I only write the question. For the clinic, people can write to me at [[ipincheira@losnotros.cl|EMAIL_ADDRESS|name_in_email]], and that address is on all the reports, so it is not secret, but the data of the farmers is theirs.

AI: Last question. What do you hope for in the next years?

User: Better internet in the countryside, first. Seriously. Then, tools that work offline in the truck. And I hope the university teaches students to use AI as a second opinion and not the first. In my course since [[March 2024|DATE]] I make them write their own differential diagnosis before they are allowed to ask any chatbot, and then we compare. Usually their list is shorter and better. That gives me hope.""")

# 9. France - collections registrar, Musée Matisse, Nice
T.append("""AI: Bonjour, and thank you for agreeing to this interview. Could you introduce yourself?

User: Bonjour. I am [[Hélène Bouvier-Santini|PERSON]], and I am the [[régisseuse des collections|JOB_TITLE|local_language]], the collections registrar, at the [[Musée Matisse|ORGANIZATION]] in [[Nice|CITY|city_is_word]]. The museum is up on the hill in [[Cimiez|CITY]], in a red villa among the olive trees, and it belongs to the city, so technically my employer is the [[Ville de Nice|ORGANIZATION]]. I have been here since [[2019|DATE]]. Before that I was in [[Paris|CITY]] for ten years, after my studies at the [[École du Louvre|SCHOOL]]. I turned [[forty-six|AGE|number_words]] [[this spring|GENERIC_TIME]], which I mention only because my colleagues made a cake in the shape of a cut-out.

AI: Thank you, [[Hélène|PERSON]]. What does your job involve day to day, and where does AI come in?

User: A registrar is responsible for the movement and documentation of the objects: loans, insurance, condition reports, packing, couriers. If a drawing by [[Henri Matisse|PUBLIC_FIGURE]] goes to [[Tokyo|CITY]] for an exhibition, every step goes through me. Our database is [[Flora|SOFTWARE|person_like_name]], the collection management system that many French museums use. It has no AI, and honestly I am happy about that. Where AI comes in is with the documents around it. Loan agreements arrive in English, Japanese, German, and I use [[DeepL|AI_PRODUCT]] for a first reading, then I read the original with a dictionary for the clauses on liability. I also use [[Le Chat|AI_PRODUCT]], the assistant from [[Mistral|AI_PRODUCT]], because our IT department prefers a European tool for data reasons, and I use it to draft condition report summaries and the tedious emails to transport companies.

AI: Are there colleagues who use it differently from you?

User: Yes, and there is a small confusion in our team that you will enjoy. Our [[photographer|JOB_TITLE]] is called [[Claude Ferrand|PERSON]]. So when someone says "ask [[Claude|PERSON|same_name_as_ai]]", you must know if they mean [[Claude|PERSON|same_name_as_ai]] in the photo studio or [[Claude|AI_PRODUCT|same_name_as_person]] the chatbot, which our young mediators use for the texts of the workshops for children. [[Claude|PERSON|same_name_as_ai]] himself finds this very funny and says he was there first. He uses nothing with AI, except the automatic masks in [[Photoshop|SOFTWARE]], and even these he corrects by hand, because the edge of a paper cut-out is exactly where the machine hesitates.

AI: Have there been any difficulties or incidents with these tools?

User: One, in [[May 2023|DATE]]. A journalist wrote an article, obviously with [[ChatGPT|AI_PRODUCT]], which said we had lent a famous painting to a museum in [[Monaco|COUNTRY|city_state]]. We never did. It was completely invented, but very convincing, with dates and a curator name. People called us to ask about it for weeks. Since then, [[the director|GENERIC_ROLE]] asked me to prepare a short internal note on AI and reliability, and I presented it at a regional meeting of registrars in [[Marseille|CITY]]. Even the ministry is thinking about this now; [[Rachida Dati|PUBLIC_FIGURE]] spoke about AI and heritage [[last year|GENERIC_TIME]], but in very general words.

AI: How do people contact you professionally? Do you have any public presence?

User: Very little. I have a profile at [[linkedin.com/in/helene-bouvier-santini|URL|name_in_url]] which I never update. For loans, colleagues write to my professional address, and I always write it with the little spaces so the robots do not collect it: [[helene.bouvier-santini​@​ville-nice.fr|OBF_EMAIL|zero_width]]. You cannot see the spaces, but they are there, I promise. [[Our former director|GENERIC_ROLE]] taught me that trick.

AI: Looking forward, what would you like AI to do for museums, and what not?

User: I would like it to help with the boring documentation, the translation of the insurance clauses, maybe the first draft of an inventory record from a photograph. I would not like it to write the labels on the wall. A label is a small piece of scholarship, and in this museum it is also a conversation with the city, with [[Nice|CITY|city_is_word]] and its light, which is the reason [[Matisse|PUBLIC_FIGURE]] came here and stayed. A machine can tell you the date of a painting. It does not know why the light on the [[Promenade des Anglais|ADDRESS|street_only]] at four in the afternoon made an old man start cutting paper.""")

# 10. Germany - tax clerk in a small tax advisory firm, Essen
T.append("""AI: Guten Tag, and thank you for taking part. Could you introduce yourself and your work?

User: Gern. My name is [[Kerstin Haferkamp|PERSON]]. I am a [[Steuerfachangestellte|JOB_TITLE|local_language]], which is a tax clerk, and since [[2019|DATE]] also a certified [[Bilanzbuchhalterin|JOB_TITLE|local_language]], so I do the annual accounts for our smaller clients. I work at [[Steuerberatung Wolf & Koch|ORGANIZATION]], a small tax advisory office in [[Rüttenscheid|CITY]], which is a district of [[Essen|CITY|city_is_word]]. We are nine people. I have been there since [[2011|DATE]], and I am Jahrgang [[1979|DATE|birth_year]], as we say, born that year, so you can calculate.

AI: Thank you, Frau [[Haferkamp|PERSON]]. How do AI tools come into the work of the office?

User: Slowly, and with a lot of discussion. Our whole world is [[DATEV|SOFTWARE]], the accounting and tax software that almost every tax office in [[Germany|COUNTRY]] uses. The clients upload their receipts to [[DATEV Unternehmen online|SOFTWARE]], and the system already suggests booking accounts automatically, which I suppose is a kind of AI, though nobody calls it that. We have been fully on the cloud version since [[3.11.2021|DATE|german_format]]; I remember the date because the migration went wrong on the first day and we stayed until ten at night. The newer tools are the question. Herr [[Wolf|PERSON|name_is_word]], that is [[Bernd Wolf|PERSON]], one of the two partners, is very sceptical. Frau [[Koch|PERSON|name_is_word]], [[Sabine Koch|PERSON]], is the younger partner and more open. She allowed [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] for letters to clients, and I use [[DeepL|AI_PRODUCT]] a lot, because we have many clients from [[Turkey|COUNTRY]], [[Poland|COUNTRY]] and the former [[Yugoslavia|COUNTRY|former_country]] who get letters from the tax authority and do not understand them. I translate the letter, explain it in simple German, and then they understand why they must pay.

AI: Are there things you would not use it for?

User: The actual tax assessment, never. Tax law changes every year, and the chatbots mix the years. In [[January|GENERIC_TIME]] I asked [[ChatGPT|AI_PRODUCT]], only as a test, about the basic allowance, and it gave me the number from two years ago with complete confidence. When [[Christian Lindner|PUBLIC_FIGURE]] was finance minister the rules changed so often that even we had trouble following. A machine trained on old data is dangerous in this job. And the data protection. Once a client sent us an email in which she had obviously asked a chatbot about her situation, and she had pasted her full tax letter into the prompt, including her Steuer-ID, [[52 918 306 447|NATIONAL_ID|spaced_digits]]. She forwarded the whole conversation to us. I called her and explained kindly that this number is for life, like a fingerprint, and now it is on some server in [[America|CONTINENT|ambiguous_continent]]. She was shocked. Many people do not think about it.

AI: Has the profession given any guidance?

User: The [[Steuerberaterkammer Düsseldorf|ORGANIZATION]], which is the chamber for our region, published recommendations [[last year|GENERIC_TIME]], and Frau [[Koch|PERSON|name_is_word]] made us all read them. Basically: no client data in public tools, document everything, the advisor stays responsible. That is sensible. There is also training from [[DATEV|SOFTWARE]] about their own AI functions, which I did online on two [[Wednesday|GENERIC_TIME]] evenings. The trainer said AI will do the "simple bookings" and we will do "consulting". I am not sure the small clients, the kiosk owner and the hairdresser, want consulting. They want somebody to sort their receipts and call them when something is wrong.

AI: How do clients usually reach you?

User: By phone mostly, our number is [[0201 84773112|PHONE_NUMBER]], and the older ones still come with a shoebox of receipts. One client drives from [[Mülheim an der Ruhr|CITY]] every quarter with exactly such a box. I love him. A machine would never get his receipts in order, because half of them are on the back of other receipts.

AI: To finish, how do you see your job in five years?

User: Fewer bookings by hand, surely. That is fine; nobody becomes a tax clerk because they love typing numbers. But I think the explaining will become more important, not less. In the [[Ruhrgebiet|CITY|region]] many people are suspicious of the state, and of computers too. They trust a person they know. If AI makes me faster, good, then I have more time to talk to them. If the office uses it to reduce from nine people to five, then it is not progress for anyone here, only for the statistics.""")

# 11. Italy - architect, Florence (collaborator named Florence)
T.append("""AI: Buongiorno, and thank you for your time. Could you begin by introducing yourself?

User: Buongiorno. I am [[Lorenzo Bellandi|PERSON]], [[architetto|JOB_TITLE|local_language]], and together with my partner [[Chiara Nocentini|PERSON]] I run a small practice, [[Bellandi Nocentini Architetti Associati|ORGANIZATION]]. We are six people in total, in the [[Oltrarno|CITY]], the part of [[Florence|CITY|city_is_name]] across the river where the artisans are. I am registered with the [[Ordine degli Architetti PPC della Provincia di Firenze|ORGANIZATION|local_language]], number [[9142|NATIONAL_ID|registration_number]], since [[2004|DATE]]. I studied at the [[Politecnico di Milano|SCHOOL|local_language]] and came back home afterwards, as Florentines always do. I will be [[fifty|AGE|indirect_age]] [[next year|GENERIC_TIME]], so I belong to the last generation that learned to draw perspective by hand before learning CAD.

AI: Thank you, [[Lorenzo|PERSON]]. What kind of projects do you work on, and how does AI come into them?

User: Mostly restoration and adaptive reuse: old buildings, new uses. A former textile mill in [[Prato|CITY|city_is_word]] that we are turning into housing for the [[Comune di Prato|ORGANIZATION]], a private palazzo here in [[Firenze|CITY|local_language]] converted into apartments. The core tools are [[Revit|SOFTWARE]] for documentation and [[Rhino|SOFTWARE|name_is_word]] with [[Grasshopper|SOFTWARE|name_is_word]] for anything geometrically complicated. AI came in through the images. In the [[autumn of 2022|DATE|season_year]] one of our young collaborators started using [[Midjourney|AI_PRODUCT]] for mood images, atmospheres, and clients loved them. Too much, maybe. Then we tried [[Veras|AI_PRODUCT]], a plugin that turns the model into a rendering, and [[Stable Diffusion|AI_PRODUCT]] for some variations. Now in competitions everybody does this, so the images all look the same: the same golden light, the same elegant people with coffee, the same trees.

AI: How do you and your partner feel about that?

User: Differently. [[Chiara|PERSON]] is more enthusiastic. [[Chiara|PERSON]]'s view is that clients cannot read drawings, so whatever helps them understand the space is good. My view is that an image made by a machine promises things the building cannot deliver. A stone that in the rendering glows in the evening, in reality is grey for eight months. In a city of [[Brunelleschi|PUBLIC_FIGURE]] you feel a little ridiculous making images that nobody actually designed. But I also use [[ChatGPT|AI_PRODUCT]] every day for the bureaucracy, which in [[Italy|COUNTRY]] is enormous: summaries of regional regulations, drafts of technical reports for the heritage office, letters to the condominium. That saves me maybe one day a week, and I don't feel guilty at all about it.

AI: You mentioned working with people abroad. How does that work?

User: For the mill project we work with a [[lighting designer|JOB_TITLE]] in [[London|CITY]], [[Florence Adebayo-Hart|PERSON]]. Yes, her name is [[Florence|PERSON|same_as_city]], and she works on projects in [[Florence|CITY|city_is_name]], so our emails are a comedy. "[[Florence|PERSON|same_as_city]] will be in [[Florence|CITY|city_is_name]] on [[Thursday|GENERIC_TIME]]." Her parents chose the name after a holiday here, she told me. She is very strict about AI; she says light cannot be rendered by a model that never stood in a room. We did a site visit together on [[14 February 2024|DATE]], a cold grey day, and she made us all stand in the empty mill for one hour to watch how the light moved through the sheds. No AI can do that for you. I think she is right.

AI: Do clients or authorities ask about AI use?

User: The public clients, yes, more and more. For the [[Comune di Prato|ORGANIZATION]] job we had to declare in the tender whether we used generative AI for the documents. We said yes for text drafting and no for technical drawings. The private clients do not ask. They just want the nice picture. One client, an older lady, asked me to "make it look like a [[Renzo Piano|PUBLIC_FIGURE]]" and showed me an AI image that was not [[Piano|PUBLIC_FIGURE|name_is_word]] at all, just glass and wood and sunset. People find us by word of mouth, mostly, but we have a website, [[bnarchitetti.it|URL]], and an [[Instagram|SOFTWARE]] account, [[@lorenzo.bellandi.arch|SOCIAL_HANDLE]], which I should update more. The studio is at [[Via de' Serragli 47|ADDRESS]], on the ground floor, in an old carpenter's workshop. Clients like that it smells of wood.

AI: Last question: what do you hope for your profession?

User: That we remember architecture is made of weight and time. These tools are fast, and I use them, but buildings in this city have lasted six hundred years because someone thought very slowly about them. If AI gives us back time for thinking, wonderful. If it only gives us more images per week, then it is just another way to be tired.""")

# 12. Poland - senior reporter, Kraków
T.append("""AI: Dzień dobry, and thank you for taking part. Could you introduce yourself and your work?

User: Dzień dobry. I'm [[Agnieszka Wróblewska-Mazur|PERSON]], but please call me [[Aga|PERSON|nickname]], everybody does. I'm a [[senior reporter|JOB_TITLE]] at [[Tygodnik Powszechny|ORGANIZATION]], a weekly magazine based in [[Kraków|CITY]], or [[Cracow|CITY|exonym]] if you are an older British reader. I cover social issues: migration, healthcare, the housing crisis. I studied journalism and Polish philology at the [[Uniwersytet Jagielloński|SCHOOL|local_language]], the [[UJ|SCHOOL|acronym]], and I was born in [[1983|DATE|birth_year]] in [[Nowa Huta|CITY]], the socialist district, which explains many of my political opinions.

AI: How has AI changed your work as a reporter, [[Aga|PERSON|nickname]]?

User: In the boring parts it has changed a lot, and in the important parts almost nothing. Transcription is the biggest change. Before, I spent whole evenings typing interviews. Now I use [[Whisper|AI_PRODUCT]], which [[our IT colleague|GENERIC_ROLE]] installed on a laptop that is not connected to anything, because many of my sources are vulnerable people and I cannot send their voices to a cloud. For translation I use [[DeepL|AI_PRODUCT]], mostly for Ukrainian and English documents. Since [[24 lutego 2022|DATE|local_language]], when the full invasion started, I have interviewed hundreds of Ukrainian women, first at the border in [[Przemyśl|CITY]] and later here in the city. The good ones I always interview with a human interpreter, [[Oksana|PERSON]], who has worked with me from the first week. The machine translation I use only to check documents, official letters, the things they show me on their phones.

AI: Do you use chat assistants for writing?

User: For writing, honestly, very little. Our [[editor|JOB_TITLE]], redaktor [[Paweł Nowak|PERSON]], has a simple rule: if it has your name on it, you wrote it. [[Nowak|PERSON]] is not against technology; he just thinks a reader of a Catholic intellectual weekly deserves a human sentence. I sometimes ask [[ChatGPT|AI_PRODUCT]] to suggest headlines, and they are always terrible, full of words like "shocking" and "untold". There is also [[Bielik|AI_PRODUCT|name_is_word]], the Polish language model, which I tested because I was curious, and it writes Polish more naturally, but it still does not know what happened in [[Nowa Huta|CITY]] in the eighties, or it invents it. For research I use [[Pinpoint|SOFTWARE]] to search large document sets, for example when we received eight thousand pages from a public procurement case. That is a real help.

AI: Have you seen AI used against journalists, or in ways that worried you?

User: Yes. Before the elections in [[October 2023|DATE]] there were fake audio clips circulating, including one that sounded like [[Donald Tusk|PUBLIC_FIGURE]]. We spent two days verifying one of them with a colleague from a fact-checking organisation, [[Demagog|ORGANIZATION]]. And personally, after a story about a private clinic, someone made a fake account using my photo, with my name slightly changed, writing insulting comments. My real account on [[Bluesky|SOFTWARE]] is [[@agawroblewska.bsky.social|SOCIAL_HANDLE]], and on X I am [[@aga_wrob|SOCIAL_HANDLE]], and I had to post on both that the other one was not me. That was a strange feeling, to prove that you are yourself.

AI: How do sources contact you safely?

User: Through [[Signal|SOFTWARE|name_is_word]], mostly, and by email. On the website my address is written in a way that confuses the scrapers: [[a.wroblewska [at] tygodnikpowszechny [dot] pl|OBF_EMAIL|bracket_at_dot]]. It is a small thing, but it reduces the spam. We also got training from the [[Towarzystwo Dziennikarskie|ORGANIZATION|local_language]], the journalists' association, on digital security, and the trainer said that AI voice cloning makes phone verification much less reliable. Now, when a source calls from an unknown number with something big, I ask them a question only the real person would know.

AI: Which writers or journalists do you think about when you consider these tools?

User: [[Ryszard Kapuściński|PUBLIC_FIGURE]], of course, every Polish reporter does, even though we now know he invented some things. That is the irony. He was accused of making up details to make the story more beautiful, and this is exactly what the machines do. And [[Olga Tokarczuk|PUBLIC_FIGURE]], who said something about tenderness, the ability to see another person. A model can imitate style. It cannot go to [[Przemyśl|CITY]] at four in the morning and stand in the cold with a woman holding a child and a cat carrier and understand what she is not saying. That is still our job, and I think it will be for a long time.""")

# 13. Spain - principal trombone and conservatory teacher, Valencia
T.append("""AI: Hola, thanks for joining. Could you introduce yourself?

User: Hola, bon dia. I'm [[Vicent Llopis Ferrer|PERSON]], I'm [[forty-seven|AGE|number_words]], and I'm [[principal trombone|JOB_TITLE]] in the [[Banda Municipal de València|ORGANIZATION|local_language]]. I also teach at the [[Conservatori Superior de Música Joaquín Rodrigo|SCHOOL|local_language]], two days a week, chamber music and orchestral excerpts. I was born in [[Llíria|CITY]], which people call the city of music, and I started playing at nine in the [[Unió Musical de Llíria|ORGANIZATION]], like my father and my grandfather. In the [[Valencia|CITY|region]] region almost every town has a band, it is a whole culture.

AI: Thank you, [[Vicent|PERSON]]. Where does AI come into your work as a musician and teacher?

User: More than I expected. For arranging and copying parts I have used [[Sibelius|SOFTWARE|person_like_name]] since forever, and now also [[MuseScore|SOFTWARE]] because the students have it free. Funny, the software is named after [[Jean Sibelius|PUBLIC_FIGURE]], and I once had a student who thought [[Sibelius|PUBLIC_FIGURE|same_name_as_software]] the composer was named after the software. That is the generation. The AI part started with [[Moises|AI_PRODUCT|person_like_name]], an app that separates a recording into instruments. I take a recording of a symphony, remove the trombones, and the students can play their part with the real orchestra. That is fantastic, really, for a conservatory student who will never sit in a professional orchestra otherwise. I have used it since the course [[2021-22|DATE|academic_year]], my contract here started on [[01/09/2021|DATE|numeric_date]], and now every teacher in my department uses it.

AI: Are there uses you are less comfortable with?

User: [[Suno|AI_PRODUCT]], the one that makes complete songs. One of my students, [[Pau|PERSON|name_is_word]], made a pasodoble with it as a joke and played it in class, and honestly it was not bad. A bit generic, but a pasodoble is a little generic by nature. What worries me is the composers for bands. In our world there are hundreds of local composers who write pasodobles and marches for the fiestas, the Moros y Cristianos and the patron saint processions. They earn very little, and if a town commission can get a march from a machine for free, these people disappear. My colleague [[Amparo Sanhcis|PERSON|typo]], sorry, [[Sanchis|PERSON|correction_after_typo]], I type too fast, she plays clarinet in the band and composes, says she has already lost two commissions this year. [[Amparo|PERSON|name_is_word]] is not a dramatic person, so when she says it, I believe it.

AI: Do you use chat assistants for other parts of your job?

User: Yes, for the bureaucracy of the conservatory, which is infinite. Programs, evaluation criteria, reports for the regional ministry. I use [[ChatGPT|AI_PRODUCT]] to write the first version and then I correct it in Valencian, because its Valencian is a bit Catalan from [[Barcelona|CITY]], you know, not wrong but not ours. For the contracts, the administration asks for my DNI in every single document, [[24387719K|NATIONAL_ID|dni]], and once I noticed I had pasted a whole contract with it into the chatbot to ask what a clause meant. Now I am more careful. Also, I write the programme notes for the band's concerts, and there I use it for facts, dates of composers, and then I check everything, because it told me that [[Joaquín Rodrigo|PUBLIC_FIGURE]] was born in [[Valencia|CITY]] city, and he was born in [[Sagunt|CITY]]. And one more story. During the Falles, on [[19 de març de 2024|DATE|local_language]], the band played the big concert in the square, and a tourist posted a video where an app had "identified" our piece as a famous film soundtrack. It was a pasodoble by a local composer from [[Buñol|CITY]]. The comments said we were copying a film. That made me angry for a day, because the machine recognises only what is famous, and everything local becomes a copy of something famous.

AI: How can people reach you for lessons or collaborations?

User: Mostly through the conservatory, but many students' parents call me directly. I give my phone slowly, number by number, because the older parents write it down: [[6 1 2 4 4 8 0 9 1|OBF_PHONE|digits_spaced]]. On [[Instagram|SOFTWARE]] I am [[@vicent.trombo|SOCIAL_HANDLE]], where I post excerpts and warm-up routines.

AI: To finish, what would you say to a young musician about AI?

User: Use it to practise, use it to understand the score, use it to play with an orchestra in your bedroom. But the sound comes from your body, your air, your lips. A band in [[Llíria|CITY]] on a summer night, three hundred people playing together, the neighbours all listening, that cannot be generated. You can record it, yes. You cannot generate why it matters.""")

# 14. Nigeria - Catholic parish priest, Enugu
T.append("""AI: Good morning, Father, and thank you for taking part. Could you introduce yourself?

User: Good morning, and you are welcome. I am Rev. Fr. [[Chukwuemeka Sunday Eze|PERSON]], though the parishioners call me Father [[Emeka|PERSON|nickname]]. My middle name is [[Sunday|PERSON|name_is_word]] because I was born on a [[Sunday|GENERIC_TIME]], as my mother loves to tell everybody. I am the [[parish priest|JOB_TITLE]] of [[St. Mary's Catholic Church|ORGANIZATION]] in [[Uwani|CITY]], here in [[Enugu|CITY]], under the [[Catholic Diocese of Enugu|ORGANIZATION]]. I was trained at [[Bigard Memorial Seminary|SCHOOL]] and ordained on [[August 14, 2010|DATE]], and later I did a master's in mass communication at the [[University of Nigeria, Nsukka|SCHOOL]]. I am [[forty-one|AGE|number_words]] years old.

AI: Thank you, Father [[Emeka|PERSON|nickname]]. How does AI come into your ministry?

User: In ways I did not expect when I was a seminarian, I must say. The first was the parish bulletin. Every week we print a bulletin with announcements, the readings, a short reflection. My [[secretary|JOB_TITLE]], [[Blessing Nwankwo|PERSON]], discovered [[ChatGPT|AI_PRODUCT]] on her phone in [[2023|DATE]], and suddenly the bulletin had beautiful English. Too beautiful. One week the reflection quoted a saint who, when I checked, never said those words. [[Blessing|PERSON|name_is_word]] was very sorry, and now we have a rule that any quotation must be checked in a real book. We design the bulletin in [[Canva|SOFTWARE]], and for the parish groups we use [[WhatsApp|SOFTWARE]], where everything happens, the announcements, the condolences, the arguments.

AI: Do you use AI in preparing homilies?

User: This is a delicate question, and I will answer honestly. I do not let it write my homily. A homily is a word from the shepherd to the flock; it must come from prayer and from knowing the people. But I use it to prepare. For example, I ask [[Magisterium AI|AI_PRODUCT]], which is a tool trained on Church documents, to show me what the Catechism says about a topic, with references. That is useful, because it gives the paragraph numbers and I can check them. I have also used [[ChatGPT|AI_PRODUCT]] to help me translate some parts into Igbo for the early Mass on [[Sunday|GENERIC_TIME]], but its Igbo is poor. It writes like a foreigner who learned from a textbook. So our [[catechist|JOB_TITLE]], Mr. [[Godswill Okafor|PERSON]], corrects everything. [[Godswill|PERSON|name_is_word]] says the machine speaks Igbo like someone from the [[United Kingdom|COUNTRY]].

AI: What has the wider Church said about these tools, in your experience?

User: Pope [[Francis|PUBLIC_FIGURE]] spoke about artificial intelligence many times, about the dignity of the person and the danger of machines deciding about human lives. I used one of his messages for a parish talk in the Lenten season. [[Our bishop|GENERIC_ROLE]] has not given a specific instruction yet, but priests talk about it among ourselves. Some are enthusiastic, especially the young ones who are on [[TikTok|SOFTWARE]]. Others think it is the devil's tool. I am in the middle. I think of [[Chinua Achebe|PUBLIC_FIGURE]], who wrote about what happens when a new power arrives and the old ways cannot hold. Things fall apart, yes, but people also adapt. The question is what we keep. There was also a difficult case. A young woman came to confession, well, not confession but counselling, and she told me she had been talking every night to a chatbot, [[Meta AI|AI_PRODUCT]] inside her [[WhatsApp|SOFTWARE]], about her problems, because it was always available and never judged her. I understood her. A priest is not always available. But it also made me sad, because the machine does not pray for her. Since then I have made sure our youth group meets every [[Friday|GENERIC_TIME]] evening, so there is a human place to go.

AI: How do parishioners reach you?

User: Everybody has my number. I announce it after Mass and I say it slowly in words, because many of the elderly cannot see well: [[zero eight zero three, four one one, two nine eight seven|OBF_PHONE|number_words]]. I also have a [[Facebook|SOFTWARE]] page for the homilies, and on X I am [[@FrEmekaEze|SOCIAL_HANDLE]], where I post the daily reading. A priest must be where the people are, and the people are on their phones.

AI: What would you want people who build these technologies to know?

User: That people come to them lonely. Design for that. Tell the person, gently, go and talk to someone who loves you. If a machine can say that, it will do more good than a thousand beautiful bulletins.""")

# 15. Kenya - research scientist, Kisumu
T.append("""AI: Hello, and thank you for taking part. Could you introduce yourself and your work?

User: Thank you for having me. I'm Dr. [[Faith Achieng' Otieno|PERSON]], and I'm a [[research scientist|JOB_TITLE]] at [[KEMRI|ORGANIZATION|acronym]], the [[Kenya Medical Research Institute|ORGANIZATION]], based at the [[Centre for Global Health Research|ORGANIZATION]] in [[Kisumu|CITY]]. I work on malaria in children, mostly implementation research: how the new vaccines are actually being delivered in the clinics in [[Siaya|CITY]] county, what the mothers think, why some children miss the third dose. I did my PhD at the [[London School of Hygiene & Tropical Medicine|SCHOOL]], the [[LSHTM|SCHOOL|acronym]], and my MSc at [[Maseno University|SCHOOL]], just up the road. I'm in my [[late thirties|AGE|approximate]], if you need an age bracket.

AI: Thank you, Dr. [[Otieno|PERSON]]. How do AI tools figure in your research?

User: Please, [[Faith|PERSON|name_is_word]] is fine. It figures more each year. For literature, I started with [[Elicit|AI_PRODUCT]] in [[2023|DATE]] when I was preparing a grant, and now I also use [[Consensus|AI_PRODUCT|name_is_word]], which I like because it shows you the papers directly. But both are heavily biased toward published literature from the North. If you ask about malaria vaccine uptake, they show you modelling papers from [[Seattle|CITY]] and [[Geneva|CITY]] before they show you the community studies from [[Malawi|COUNTRY]] or [[Ghana|COUNTRY]]. I have to search the grey literature myself. For analysis, we use [[Stata|SOFTWARE]] and [[REDCap|SOFTWARE]] for data collection, and I use [[ChatGPT|AI_PRODUCT]] sometimes to debug [[Stata|SOFTWARE]] code, which is not glamorous but saves hours.

AI: How about your collaborators and students?

User: My former supervisor, Prof. [[Walter Odhiambo|PERSON]], is quite traditional, he still prints papers and writes in the margins. When I told him in [[Q3 2022|DATE|quarter]] that one of our field officers was using AI to translate consent forms into Dholuo, Prof. [[Odhiambo|PERSON]] nearly had a heart attack. And he was right, because the translation was wrong in a place that mattered, where it explained the right to withdraw. We redid it with a certified translator and a community review. My co-author [[Mercy Wambui|PERSON]], a [[social scientist|JOB_TITLE]], is the opposite. [[Mercy|PERSON|name_is_word]] uses [[Claude|AI_PRODUCT|person_like_name]] to draft first versions of discussion sections and is very open about it. We had a long argument about whether to declare it in the paper. In the end we did.

AI: Are there ethical concerns specific to your setting?

User: Many. Our data is about children, about mothers, about poor households in [[Kombewa|CITY]] and the villages around. None of that goes into a public chatbot, and our ethics committee is very clear. But the bigger issue is power. The AI tools are built in [[America|CONTINENT|ambiguous_continent]] and trained on data from everywhere, including from studies in [[Africa|CONTINENT]], but the benefit does not come back. [[Wangari Maathai|PUBLIC_FIGURE]] used to say that we must be the ones to plant the trees. I think about that. We need African researchers building these tools, not only using them. There is good work at [[Strathmore University|SCHOOL]] in [[Nairobi|CITY]] on Swahili models, for example.

AI: How do you share your work publicly?

User: Mostly through papers and conferences, and a little on social media. My ORCID page is [[orcid.org/0000-0001-7745-2093|URL|orcid]], which has all my publications, and I'm on X as [[@faith_achieng|SOCIAL_HANDLE]], though I post less since the platform changed. I also spoke on [[Radio Ramogi|ORGANIZATION]], the Dholuo station, about vaccines and misinformation, because people in [[Kisumu|CITY]] listen to radio more than they read anything. After that, a listener asked me on air whether the vaccine had been designed by AI to control the population. That was a long conversation.

AI: Looking forward, what would you like to see?

User: I would like AI that helps the community health volunteers, who are the backbone of our system, to record what they see without spending hours on forms. That would be a real gift. What I don't want is AI that makes research faster for the institutions in the North while the villages stay exactly the same. [[Kenya|COUNTRY]] has enough studies. We need the findings to change something.""")

# 16. Senegal - civil servant, digital services, Dakar
T.append("""AI: Bonjour, and thank you for agreeing to talk with us. Could you introduce yourself and your role?

User: Bonjour, merci. My name is [[Mame Diarra Ndiaye|PERSON]]. I am [[cheffe de division|JOB_TITLE|local_language]], head of the division for online public services, at the [[Ministère de la Communication, des Télécommunications et du Numérique|ORGANIZATION|local_language]]. Our offices are in the [[Plateau|CITY|city_is_word]], the administrative centre of [[Dakar|CITY]], but I live in [[Rufisque|CITY]], so the morning traffic is part of my job description. I took up this post on [[2 avril 2024|DATE|local_language]], the same day the new president was sworn in, which people find funny. I studied law at the [[Université Cheikh Anta Diop|SCHOOL|local_language]], [[UCAD|SCHOOL|acronym]], and then public administration at the [[ENA|SCHOOL|acronym]]. I am [[thirty-nine|AGE|number_words]].

AI: Thank you. How does AI come into your work at the ministry?

User: On two levels. First, in my daily work, like everybody. I write a lot: notes for the minister's cabinet, terms of reference, reports for partners. I use [[ChatGPT|AI_PRODUCT]] to make a first structure and to reformulate, and [[Gemini|AI_PRODUCT]] because it is in the [[Gmail|SOFTWARE]] accounts some colleagues use, even though officially we should use the government email. Then I finish everything in [[Microsoft Word|SOFTWARE]] myself, because the administrative French of [[Senegal|COUNTRY]] has its own style, and the machine writes like a consultant from [[Paris|CITY]]. Second, in policy. The government announced a new digital strategy, and AI is in it, so my division must think about which public services could use it, and how, without putting the data of citizens at risk.

AI: Can you give an example of a service you are thinking about?

User: Yes. Many citizens, especially in the regions, in [[Thiès|CITY]], in [[Kaolack|CITY]], in [[Ziguinchor|CITY]], speak Wolof or Pulaar or Serer much better than French, but all our online forms are in French. A colleague of mine, [[Ousmane Ba|PERSON]], is working on a pilot for a voice assistant in Wolof that can explain the steps to get a birth certificate or a business registration. When people hear "[[Ousmane|PERSON|same_name_as_public_figure]]" in the ministry they think of the Prime Minister, [[Ousmane Sonko|PUBLIC_FIGURE]], so my colleague introduces himself always with the surname. The pilot is very early. The models do not understand Wolof well, especially the Wolof of [[Dakar|CITY]], which is mixed with French every three words. And we must be careful: if a voice assistant gives wrong information about a legal procedure, the citizen loses time and money, and trust in the state.

AI: How do you think about data protection in this work?

User: Very seriously. We have a data protection commission, the [[CDP|ORGANIZATION|acronym]], and its opinion is required. In the ministry I made a rule for my team: no personal data of citizens in any public chatbot. No names, no national ID numbers, nothing. Also our own data. When I joined, the human resources file asked me to send my matricule, [[604 218/B|NATIONAL_ID|civil_service_number]], and my whole career history, and a young colleague suggested I just paste everything into [[ChatGPT|AI_PRODUCT]] to format the CV. I said no. Those data belong to the administration, not to an American company.

AI: Are there figures or ideas that guide how you think about technology and the state?

User: [[Cheikh Anta Diop|PUBLIC_FIGURE]], of course, for me and many Senegalese. He insisted that Africans can do science in their own languages, and that knowledge must not always come from outside. So when I see AI models that speak perfect English and very poor Wolof, I think: this is the same old problem in a new form. The President, [[Bassirou Diomaye Faye|PUBLIC_FIGURE]], talks about sovereignty, digital sovereignty also. I hope it will mean investment in local languages and local data centres, and not only speeches. As for contact, officially it goes through the ministry, but in practice everybody has my phone. I write it on documents with special characters so the bots do not catch it, [[my IT colleague|GENERIC_ROLE]] showed me: [[+221 77 ４５８ ２３ １６|OBF_PHONE|fullwidth_digits]]. On paper it looks normal. People call me on [[WhatsApp|SOFTWARE]] at all hours, even on [[Sunday|GENERIC_TIME]], even during [[Tabaski|GENERIC_TIME|holiday]].

AI: Finally, what are your hopes and worries for AI in public administration?

User: My hope is simple: that a woman selling fish in [[Joal|CITY]] can ask the state a question in her own language and get a correct answer, without travelling to [[Dakar|CITY]]. My worry is that we will buy expensive systems from outside, that nobody here understands, and that the data of [[Senegal|COUNTRY]] will live on servers in other continents. Between the two, the difference is whether we build competence here. That is why I push my team to learn, to test, to criticise. AI in [[Africa|CONTINENT]] must not be another thing that is done to us.""")

# 17. South Africa - teacher and PhD student, Durban
T.append("""AI: Sawubona, and thank you for joining. Could you tell me about yourself?

User: Yebo, sawubona. I'm [[Nokuthula Precious Mkhize|PERSON]]. At work and at varsity everyone calls me [[Thuli|PERSON|nickname]], but my gogo still calls me [[Precious|PERSON|name_is_word]], and if you call me that I'll know you've met my family. I'm [[Head of Department for Languages|JOB_TITLE]] at [[Zwelihle Secondary School|SCHOOL]] in [[Umlazi|CITY]], the big township south of [[Durban|CITY]], and I'm also doing a part-time PhD in education at the [[University of KwaZulu-Natal|SCHOOL]], [[UKZN|SCHOOL|acronym]]. My study is about how isiZulu-speaking learners use AI chatbots for English homework. I was born in [[1988|DATE|birth_year]], so I'm one of the older students in my cohort.

AI: Thanks, [[Thuli|PERSON|nickname]]. How did you come to this topic?

User: From my classroom, honestly. In [[Term 3 2023|DATE|school_term]] I noticed that the Grade 11 essays suddenly had this very smooth, very American English, with words like "delve" and "tapestry". These are learners who speak isiZulu at home and who struggle with English spelling, and suddenly they were writing like a magazine. Of course it was [[ChatGPT|AI_PRODUCT]] on their phones, using data bundles their parents bought. I was angry at first. Then I got curious, because some of them were using it in clever ways, asking it to explain a poem in isiZulu first and then in English. So I went to [[my supervisor|GENERIC_ROLE]], Prof. [[Sipho Dlamini|PERSON]], and said, I think this is my PhD. [[Dlamini|PERSON]] laughed and said, then you'd better start reading.

AI: How do you use AI in your own research?

User: Carefully, because my own university is strict. I use [[NVivo|SOFTWARE]] for coding my interviews, and I do not use its AI features for the actual analysis. I use [[Grammarly|AI_PRODUCT]] for my English drafts, and I have to declare it. For the isiZulu transcripts, I tested [[Vulavula|AI_PRODUCT]], which was built here in [[South Africa|COUNTRY]] for African languages, and it was much better than the big American tools at isiZulu, though it still struggled with the township slang, the way kids mix isiZulu, English and tsotsitaal in one sentence. Then our assignments go through [[Turnitin|SOFTWARE]], which now has an AI detector, and that detector is a problem.

AI: Why is the detector a problem?

User: Because it flags second-language writers more. I have seen it with my own learners and with other PhD students. A learner who writes simple, correct, slightly formal English, exactly the way we teach them, gets a high AI score. One of my best Grade 12 learners, [[Sbu|PERSON|nickname]], was accused by another teacher of using AI for an essay he wrote by hand in class. I had watched him write it. That is the kind of thing I want my thesis to show. The union, [[SADTU|ORGANIZATION|acronym]], has started to talk about AI and assessment too, but mostly about teacher workload.

AI: What personal information do you have to share in this work, and how do you handle it?

User: So much paperwork. For my registration as a teacher with [[SACE|ORGANIZATION|acronym]], the council, my number is [[1047732|NATIONAL_ID|professional_registration]], and for the ethics application and the department's permission to research in schools I had to give my ID number, [[8805120452087|NATIONAL_ID|id_encodes_birthdate]], on like six different forms. Anyone who knows our IDs can read my birthday from the first digits. The learners' data I anonymise completely. I give every learner a code, and the consent forms are in a locked cabinet, in the old way. I registered for the PhD on [[2023-02-01|DATE|iso_date]], my proposal defence is on [[14/11|DATE|day_month_numeric]], and since then I have signed more forms than in my whole teaching career. I connect with other teachers through [[WhatsApp|SOFTWARE]] groups mostly, and on X I'm [[@ThuliTeaches|SOCIAL_HANDLE]], where I share resources for isiZulu and English teachers. My university email is [[nokuthula.mkhize@stu.ukzn.ac.za|EMAIL_ADDRESS|name_in_email]], and teachers who want to join my study can write to me there. When [[Cyril Ramaphosa|PUBLIC_FIGURE]] spoke about the fourth industrial revolution some years ago, everyone in education got excited and then nothing reached our schools. Now AI reached our schools without anyone planning it, through the learners' phones.

AI: What would you like people building these tools to understand?

User: That a learner in [[Umlazi|CITY]] is not a problem to be detected. [[Madiba|PUBLIC_FIGURE|clan_name]] said education is the most powerful weapon to change the world, and now the learners have a new weapon in their pocket. I want the tools to help them think in isiZulu and write in English, and I want teachers to be trained, not just warned. My learners are clever. They deserve tools that respect their languages.""")

# 18. Egypt - senior cataloguer, Bibliotheca Alexandrina
T.append("""AI: Good afternoon, and thank you for joining us. Could you introduce yourself?

User: Good afternoon. My name is [[Mohamed Salah Abdel-Fattah|PERSON]]. Yes, [[Mohamed Salah|PUBLIC_FIGURE|same_name_as_person]], like the football player. My father gave me the name long before the famous one was born, but now every taxi driver in [[Alexandria|CITY]] makes the same joke and asks why I am not in [[Liverpool|CITY]]. I am a [[senior cataloguer|JOB_TITLE]] at the [[Bibliotheca Alexandrina|ORGANIZATION]], in the manuscripts and rare books section. Everybody here calls it [[BibAlex|ORGANIZATION|nickname]], and everybody calls the city [[Alex|CITY|nickname_city]]. I studied library and information science at [[Alexandria University|SCHOOL]], [[جامعة الإسكندرية|SCHOOL|other_script]], and I joined the library in [[2006|DATE]]. I will be [[forty-five|AGE|number_words]] in [[Shawwal|GENERIC_TIME|hijri_month]], insha'Allah.

AI: Thank you, [[Mohamed|PERSON]]. How do AI tools come into cataloguing work?

User: Cataloguing is a slow job, and the machines promise to make it fast, so naturally there is a lot of interest. Our library system is [[Koha|SOFTWARE]], and for shared records we use [[OCLC WorldShare|SOFTWARE]]. The AI part comes mostly in two places. The first is handwriting recognition. We have thousands of Arabic and Ottoman Turkish manuscripts that were never properly described, and we have been testing [[Transkribus|AI_PRODUCT]] to make first transcriptions of the colophons, the final pages where the copyist writes his name and the date. For naskh script it works surprisingly well; for some of the North African scripts, very badly. The second is subject headings. I ask [[ChatGPT|AI_PRODUCT]] to suggest subject headings in English and Arabic, and then I check them against the authority files. Perhaps half are correct. The other half look correct, which is worse.

AI: Have you tried Arabic-specific models?

User: Yes, my colleague Ustaza [[Shaimaa Fathy|PERSON]] tested [[Jais|AI_PRODUCT|person_like_name]], the Arabic model from the [[Emirates|COUNTRY]], and it is better at classical Arabic than the American ones. [[Shaimaa|PERSON]] is the real expert on the dates; she can convert Hijri to Gregorian in her head. The machines make mistakes here all the time. A manuscript dated 1102 Hijri, the model converts it to 1102 of the Common Era, six centuries wrong, and says it with great confidence. In [[Ramadan 1445|DATE|hijri_year]] we spent our whole evening shifts, after iftar, correcting such dates in a project file that [[a junior colleague|GENERIC_ROLE]] had filled with [[Gemini|AI_PRODUCT]].

AI: Are there other concerns for a library like yours?

User: The library has a symbolic weight. People remember the ancient library of [[Alexandria|CITY]] that burned, and this one was built to be its memory. If we put wrong information into the catalogue, it travels to every library in the world through the shared records. That responsibility makes me conservative. I also think of [[Naguib Mahfouz|PUBLIC_FIGURE]], who was from [[Cairo|CITY]] but wrote so much about our society. Somebody asked an AI to write a story in [[Mahfouz|PUBLIC_FIGURE]]'s style for a library event, and it produced something with all the surface, the alleys and the cafés, but none of the moral seriousness. We did not use it.

AI: How do colleagues from other institutions reach you?

User: Through my work email, [[mohamed.salah.af@bibalex.org|EMAIL_ADDRESS|name_in_email]], for anything official. For the cataloguing group of Arab libraries we have a [[WhatsApp|SOFTWARE]] group, and I give my mobile written in Arabic numerals, like this, [[٠١٢٢ ٤٨٧ ٣٠٩١|OBF_PHONE|arabic_indic_digits]], because our members read it easily and it keeps the automatic spam away. I live in [[Smouha|CITY]], which is close to the library, so if there is an emergency with a manuscript, I can come in twenty minutes.

AI: What do you hope AI could do for your field in the next few years?

User: I hope it helps us describe the manuscripts that nobody has ever described, the ones sitting in boxes in provincial libraries in [[Tanta|CITY]] or [[Damanhour|CITY]]. If a machine can do the first draft and a human can do the final judgement, we could open centuries of writing to researchers. But it must be a human who signs the record. The poet [[Cavafy|PUBLIC_FIGURE]], who lived in this city, wrote that the city will follow you. I think the mistakes also follow you. Once a wrong date is in the catalogue, it follows the manuscript forever.""")

# 19. India - postdoctoral fellow, climate science, Pune
T.append("""AI: Hello, and thank you for making time. Could you introduce yourself and your research?

User: Hi, happy to. I'm Dr. [[Radhika Kulkarni-Bhosale|PERSON]], and I'm a [[postdoctoral fellow|JOB_TITLE]] at the [[Indian Institute of Tropical Meteorology|ORGANIZATION]], [[IITM|ORGANIZATION|ambiguous_acronym]], in [[Pashan|CITY]], which is on the edge of [[Pune|CITY]]. My grandfather still insists on calling the city [[Poona|CITY|old_name]]. I work on extreme rainfall during the monsoon, specifically how well the climate models capture the very intense bursts over the [[Western Ghats|CITY|region]]. I did my PhD at [[IISER Pune|SCHOOL]] and my BSc at [[Fergusson College|SCHOOL|person_like_name]]. I grew up in [[Nashik|CITY]], and I turned [[33|AGE]] in the middle of my last paper's second round of review, which felt symbolic.

AI: Thank you, [[Radhika|PERSON]]. Where does AI come into your work?

User: Mostly in code, and increasingly in reading. My whole workflow is [[Python|SOFTWARE|name_is_word]]: [[xarray|SOFTWARE]] for the climate model output, a lot of plotting, a lot of regridding. Since [[2023|DATE]] I've used [[GitHub Copilot|AI_PRODUCT]] in the editor, and I'd say it writes maybe a third of my boilerplate now. For reading, I use [[Perplexity|AI_PRODUCT]] to get a quick sense of a literature I don't know, and [[Claude|AI_PRODUCT|person_like_name]] to help me understand dense methods sections, especially statistics papers that assume you already know everything. And we are starting to test machine learning weather models in our group, which is a whole other conversation, because that's AI as the object of research, not as the assistant.

AI: How do your colleagues and supervisor feel about this?

User: [[My mentor|GENERIC_ROLE]] here is Dr. [[Mitali Sen|PERSON]]. Not related to [[Amartya Sen|PUBLIC_FIGURE]], before you ask, people always ask. Dr. [[Sen|PERSON|same_name_as_public_figure]] is very pragmatic; she says use whatever helps, but you must be able to defend every number in front of a reviewer. My co-author [[Aniket Deshpande|PERSON]] is more enthusiastic. [[Aniket|PERSON]]'s code is half written by [[Copilot|AI_PRODUCT]], and sometimes it shows. Last year we found a bug where an AI-suggested line flipped the latitude axis, so the rainfall over the [[Ghats|CITY|region]] was being plotted over the Bay of Bengal. We caught it before submission, thankfully, but it was a scary week.

AI: Are there things you won't use AI for?

User: Writing the science, I don't. I use it to polish English sometimes, but the argument has to be mine. And I am careful with data from the [[India Meteorological Department|ORGANIZATION]] stations, because some of it is under a licence and can't be uploaded anywhere. There is also the question of Indian tools. I tried [[Krutrim|AI_PRODUCT]] and [[Sarvam|AI_PRODUCT]] out of curiosity, because it matters to me that we build our own, and they're improving quickly for Marathi and Hindi, though for technical climate science the big international models are still ahead. The bigger AI shift for us is the weather models themselves. Some of them forecast better than physics-based models for a few days, and everyone is asking what that means for people like me. There have been concrete moments, good and bad. During the [[monsoon of 2019|DATE|season_year]], when I was a PhD student, I was collecting data on floods in [[Kolhapur|CITY]] and [[Sangli|CITY]] and everything was manual, weeks of cleaning station data. If I'd had these tools then, I would have finished a year earlier. On the negative side, a journalist once quoted me from an AI summary of my paper that said exactly the opposite of my conclusion. It was a small regional portal, but my relatives in [[Nashik|CITY]] all shared it on [[WhatsApp|SOFTWARE]] and I had to explain to my aunt that no, I had not said the monsoon is ending.

AI: How do you make your work available to others?

User: All my analysis code is on [[github.com/radhika-kb|URL|name_in_url]], and my ORCID is [[0000-0002-6631-4087|NATIONAL_ID|orcid]]. For people who want to collaborate, my mobile is on the institute directory, but when I put it in slides I write it in Devanagari digits, like [[९८२२० ४७१३६|OBF_PHONE|devanagari_digits]], which is partly a joke for my Marathi-speaking friends and partly to avoid scrapers. I also write occasionally for a climate outreach blog, and I was inspired there by [[Sunita Narain|PUBLIC_FIGURE]], who has been explaining climate science to the public for decades.

AI: Looking ahead, what do you hope for?

User: That AI helps us give farmers in [[Maharashtra|CITY|region]] better warnings, two days earlier, in their own language. That would be real. What I fear is that climate research becomes a race of compute, where only a few big labs in the [[United States|COUNTRY]] or [[China|COUNTRY]] can train the models, and the rest of us just download the forecasts. I want Indian scientists in that room, not only as users but as builders.""")

# 20. Indonesia - imam and lecturer, Yogyakarta
T.append("""AI: Assalamualaikum, and thank you for taking part. Could you introduce yourself?

User: Waalaikumsalam. My name is [[Ahmad Fauzan Hidayatullah|PERSON]], and most people call me Ustaz [[Fauzan|PERSON]]. I am an [[imam|JOB_TITLE]], one of three, at [[Masjid Jogokariyan|ORGANIZATION]], in the kampung of [[Jogokariyan|CITY]] in [[Yogyakarta|CITY]], and I am also a [[dosen|JOB_TITLE|local_language]], a lecturer, at [[UIN Sunan Kalijaga|SCHOOL|local_language]], in the faculty of Islamic communication. I was born in [[Klaten|CITY]], not far from here, and I am [[43|AGE]] years old. I did my master's at [[Universitas Gadjah Mada|SCHOOL|local_language]], [[UGM|SCHOOL|acronym]], on religious programmes on television. Everybody here says [[Jogja|CITY|nickname]], not [[Yogyakarta|CITY]], by the way.

AI: Thank you. How does AI come into your work at the mosque and the university?

User: At the mosque, mostly in communication. Our mosque is well known for good management, for transparency, we publish the finances every week. The young volunteers in the media team use [[Canva|SOFTWARE]] for the posters and now [[ChatGPT|AI_PRODUCT]] to draft captions for [[Instagram|SOFTWARE]]. Sometimes I also use it to prepare the structure of a kajian, a study session. I ask it to collect the relevant verses and hadith on a topic, for example on honesty in trade, and then I check every reference in the original books. That checking is very important, because more than once it gave a hadith that does not exist, or mixed the narrator. In religion this is serious. To attribute to the Prophet, peace be upon him, something he did not say is a big sin, even if the machine did it.

AI: Are there tools designed specifically for religious use that you use?

User: For Qur'an recitation, yes, I recommend [[Tarteel|AI_PRODUCT]] to the young people. It listens to your recitation and shows mistakes. For memorisation it is a good help, though a teacher is still needed for tajwid, the rules of pronunciation. My colleague Bu [[Sri Wahyuni|PERSON]], who teaches the women's Qur'an class, was sceptical at first, but now she uses it for homework. At the university we discuss these tools in class. [[My students|GENERIC_ROLE]] in communication ask whether a sermon written by AI is valid. I tell them the sermon is valid if the content is correct and the khatib understands it, but a sermon that is only read from a screen has no soul. [[Gus Dur|PUBLIC_FIGURE|nickname]], [[Abdurrahman Wahid|PUBLIC_FIGURE]], the former president, was a great speaker because he spoke from life, with humour. A machine cannot give you that.

AI: How do religious organisations in [[Indonesia|COUNTRY]] approach AI?

User: The two big organisations, [[Muhammadiyah|ORGANIZATION]] and [[Nahdlatul Ulama|ORGANIZATION]], both have discussions about it. [[NU|ORGANIZATION|acronym]] held a forum on fiqh and technology, and [[Muhammadiyah|ORGANIZATION]] has universities that now teach about it. Our mosque is more close to [[Muhammadiyah|ORGANIZATION]] in tradition, but we welcome everyone. In [[Ramadan 1446|DATE|hijri_year]], which was [[March 2025|DATE]], we had a special session on AI and ethics for the youth, and more than three hundred came. Pak [[Budi|PERSON]], the [[head of our youth division|JOB_TITLE]], organised it, and he asked [[Gemini|AI_PRODUCT]] to make the poster, which had a mosque with two domes that looked nothing like ours. Everybody laughed.

AI: How do people follow your lectures or contact you?

User: My lectures are on [[YouTube|SOFTWARE]], at [[youtube.com/@kajianfauzan|URL]], and on [[Instagram|SOFTWARE]] I am [[@ustadzfauzan.jogja|SOCIAL_HANDLE]]. For invitations to give a talk, people contact me on [[WhatsApp|SOFTWARE]], [[0812-2740-5519|PHONE_NUMBER]], and my wife manages the schedule, otherwise I would accept everything. Some people send me questions at night, religious questions, family problems. I answer myself, never with AI. A person who asks an ustaz wants a human who will be responsible before God for the answer.

AI: What is your hope for the future regarding AI and faith communities?

User: That it helps people learn, especially those far from teachers, in the villages, in [[Papua|CITY|region]], anywhere. And that people remember knowledge in Islam has a chain, a sanad, from teacher to teacher. The machine has no sanad. It can be a tool, like a book, but it cannot be your teacher. If our young people understand this, then AI is a blessing. If not, it is a fitnah.""")

# 21. Japan - freelance translator, Sendai
T.append("""AI: Thank you for joining us. Could you start by introducing yourself?

User: Thank you for having me. My name is [[Haruka Mori|PERSON]], or [[Mori Haruka|PERSON|name_order]] in Japanese order. People sometimes laugh because "[[mori|PERSON|lowercase_name_as_word]]" means forest, and I live in a city that calls itself the city of trees. I'm a [[freelance translator|JOB_TITLE]], Japanese to English, mainly patents and video game localisation. I live in [[Aoba-ku|CITY]] in [[Sendai|CITY]], [[仙台|CITY|other_script]], and I grew up in [[Ishinomaki|CITY]], on the coast. I was born in [[Heisei 8|DATE|era_year]], so I'm [[twenty-nine|AGE|number_words]] now. I studied English literature at [[Tohoku University|SCHOOL]], [[東北大学|SCHOOL|other_script]], and I went freelance in [[Reiwa 2|DATE|era_year]], which was the pandemic year, so not the best timing.

AI: Thank you, [[Mori|PERSON]]-san. How does AI come into your translation work?

User: It is everywhere now, more than most clients realise. For patents, the agencies often send me machine translation output and ask me to "post-edit" it, at a lower rate. One of my regular agencies is [[Honyaku Center|ORGANIZATION]], and [[their coordinator|GENERIC_ROLE]] told me [[last spring|GENERIC_TIME]] that about half of their patent jobs now start from machine output. I work in [[memoQ|SOFTWARE]], and I connect [[DeepL|AI_PRODUCT]] inside it for suggestions. For patents, [[DeepL|AI_PRODUCT]] is actually quite good, because patent language is very repetitive and very literal. The danger is the claims, the legal part, where one particle can change the scope of the protection. There, I always translate myself and compare.

AI: And for game localisation?

User: That is the opposite. Game text is full of jokes, character voices, puns, dialect. A grumpy old blacksmith who speaks a thick northern dialect, for example. The machine makes him sound like a bank manager. I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Claude|AI_PRODUCT|person_like_name]] as a brainstorming partner, asking for ten English puns on a Japanese word, and maybe one is usable. My [[editor|JOB_TITLE]] at the game company, [[Tanaka|PERSON]]-san, knows I do this and is fine with it, as long as the final text is mine and the script never leaves our secure platform. That is important: unreleased game scripts are top secret, so I never paste them into any public chatbot. I describe the situation in general words instead.

AI: How do you feel about the profession overall?

User: Worried, honestly. Rates have gone down since [[2023|DATE]]. Some of my friends from university left translation completely. The [[Japan Association of Translators|ORGANIZATION]], [[JAT|ORGANIZATION|acronym]], holds seminars about how to position ourselves, and the advice is always to specialise in what machines do badly. But the things machines do badly get fewer every year. For literature it is different. I love how [[Jay Rubin|PUBLIC_FIGURE]] translated [[Haruki Murakami|PUBLIC_FIGURE]], and I cannot imagine a machine making those choices. [[Murakami|PUBLIC_FIGURE]]'s rhythm in English is really [[Rubin|PUBLIC_FIGURE]]'s rhythm, in a way. But literature is a very small market, and I need to pay rent.

AI: Has your own background shaped how you think about this?

User: Yes, maybe in a strange way. I was in junior high school in [[Ishinomaki|CITY]] on [[March 11, 2011|DATE]], when the tsunami came. Afterwards, many foreign volunteers came, and I translated for them as a teenager, with my school English. That is why I became a translator. In those days there was no good machine translation, and people had to sit together and use gestures and drawings and a paper dictionary. It was slow, but people really listened to each other. I sometimes think the machines are making communication faster and listening slower. These days clients find me mostly through my profile on [[ProZ|SOFTWARE]], [[proz.com/profile/2281947|URL]], and through [[LinkedIn|SOFTWARE]]. My business email is [[haruka.mori.trans@gmail.com|EMAIL_ADDRESS|name_in_email]], and for urgent jobs, agencies call me on [[090-4418-2736|PHONE_NUMBER]], though I prefer email, because I am a translator and I like to have things in writing.

AI: Last question. What would you like to see happen?

User: I would like clients to understand what they are buying. Machine output plus a tired human checking it quickly is not the same as translation. I would also like the agencies to be honest with the end clients about how much is machine. And for myself, I hope I can keep doing the creative work, the games, where a human still makes a difference. Perhaps one day I will translate a novel. [[Mori|PERSON]] the translator, in small letters on the cover. That would make my parents in [[Ishinomaki|CITY]] very happy.""")

# 22. Philippines - senior accountant in a small CPA firm, Cebu
T.append("""AI: Hello, and thank you for taking the time. Could you introduce yourself?

User: Hello po! I'm [[Maria Cristina Abellana|PERSON]], but everybody calls me [[Tintin|PERSON|nickname]]. I'm a [[senior accountant|JOB_TITLE]] at [[Dy Ocampo & Associates|ORGANIZATION]], a small CPA firm in [[Mandaue|CITY]], just beside [[Cebu City|CITY]]. Our office is at [[2/F Lim Building, A.C. Cortes Avenue|ADDRESS]], above a bakery, so the whole office smells of pandesal in the morning. I'm [[31|AGE]], I graduated from the [[University of San Carlos|SCHOOL]], [[USC|SCHOOL|ambiguous_acronym]], and I passed the CPA board exam in [[October 2016|DATE]]. My PRC license number is [[0129874|NATIONAL_ID|professional_registration]], it's printed on every audit report I sign.

AI: Thank you, [[Tintin|PERSON|nickname]]. How does AI come into your work at the firm?

User: Slowly, then suddenly! Our clients are mostly small businesses: a chain of three bakeries, some sari-sari store suppliers, a dive shop down south, a few freelancers who work for companies abroad. Before, everything was [[Excel|SOFTWARE]] and [[QuickBooks|SOFTWARE]], and the tax forms in [[eBIRForms|SOFTWARE]]. In [[2024|DATE]] [[the partners|GENERIC_ROLE]] got [[Copilot|AI_PRODUCT]] licences, and now I use it in [[Excel|SOFTWARE]] to clean up the messy client files, like bank statements where the dates are in three different formats. That saves me hours, especially near [[April 15|DATE|tax_deadline]], the annual income tax deadline, when we sleep in the office.

AI: Who decided to bring these tools in?

User: Our [[managing partner|JOB_TITLE]], Sir [[Jun|PERSON|nickname]], his real name is [[Rogelio Dy Jr.|PERSON]], he is very techy, he watches [[YouTube|SOFTWARE]] videos about AI on weekends. The other partner, Ma'am [[May Ocampo|PERSON]], is more careful. Ma'am [[May|PERSON|name_is_month]] said that in [[May|GENERIC_TIME]], after tax season, we would sit down and write a policy, and we did. The rule is: no client names, no TINs, nothing identifiable in [[ChatGPT|AI_PRODUCT]] or [[Gemini|AI_PRODUCT]]. Only in [[Copilot|AI_PRODUCT]], because it is under the company account. Even my own TIN, [[418-227-903-000|NATIONAL_ID|tin]], I don't put there. My officemate [[Cherry|PERSON|name_is_word]] once pasted a full payroll into a free chatbot, with names and salaries, to compute the thirteenth month pay. [[Cherry|PERSON|name_is_word]] didn't think about it. We had to tell the client, and Sir [[Jun|PERSON|nickname]] was very embarrassed.

AI: How do your clients feel about AI?

User: Mixed. Some of the young business owners ask, can't AI just do my taxes? And I say, AI can help, but when the BIR sends a letter, AI will not go to the office with you, I will. The older clients don't care, they just want to know how much to pay. There's also a funny thing, some clients send me advice from [[TikTok|SOFTWARE]], like videos saying "you don't need to pay tax if you are a freelancer", and those videos are obviously made with AI voices. I spend a lot of time correcting [[TikTok|SOFTWARE]].

AI: Are there government or public discussions you follow about this?

User: A bit. [[Bongbong Marcos|PUBLIC_FIGURE|nickname]] talked about AI and the BPO industry, because in [[Cebu|CITY|island_or_city]] many people work in call centres and back-office accounting, and they are worried their jobs will go to AI. My younger brother works in one of those in [[IT Park|CITY|landmark]]. For us in a small firm, I think the human relationship protects us a bit. The bakery owner trusts me, not a chatbot. I also think about our national hero [[Lapu-Lapu|PUBLIC_FIGURE]], because I live in [[Lapu-Lapu City|CITY|person_like]], and he defended his place against a foreign power. Maybe that's too dramatic for accounting, hehe. Clients reach me mostly on [[Viber|SOFTWARE]] and [[Facebook Messenger|SOFTWARE]], here everyone uses those. For documents, I give my email like this on our page so the spam bots don't get it: [[tintin.abellana(at)dyocampo(dot)ph|OBF_EMAIL|paren_at_dot]]. The older clients still walk in with an envelope full of receipts, and honestly, I like those days.

AI: Last question: what do you hope for in the next few years?

User: I hope AI takes the boring parts, the encoding, the reconciliation, so we can spend time advising the small businesses, helping them grow. In our culture, you go to your accountant almost like your doctor. I want to keep that trust. And I hope the young accountants still learn the basics, because if you don't know how to do a bank reconciliation by hand, you won't notice when the AI does it wrong.""")

# 23. Australia - rural reporter, Darwin
T.append("""AI: G'day, and thanks for taking part. Could you introduce yourself and your work?

User: No worries. I'm [[Bronwyn Tippett|PERSON]], [[Bron|PERSON|nickname]] to everyone except my mother. I'm a [[rural reporter|JOB_TITLE]] with [[ABC Radio Darwin|ORGANIZATION]], so I cover cattle stations, mango farms, fishing, and increasingly the gas industry, across the [[Top End|CITY|region]]. I've lived in [[Darwin|CITY|city_is_name]] most of my life, currently in [[Nightcliff|CITY]], though I spent five years down in [[Katherine|CITY|city_is_name]] running the regional office and only moved back up in [[twenty nineteen|DATE|spelled_out]]. I did journalism at [[Charles Darwin University|SCHOOL]] back when it was still the [[NTU|SCHOOL|former_acronym]], and yes, I know, the city and the uni are both named after [[Charles Darwin|PUBLIC_FIGURE]], who never actually set foot here. I turned [[fifty|AGE|number_words]] in [[the Dry|GENERIC_TIME|local_season]] [[last year|GENERIC_TIME]], and my mum, who lived through Cyclone Tracy, still thinks journalism is a phase.

AI: Thanks, [[Bron|PERSON|nickname]]. How has AI come into your reporting?

User: Transcription first, like every journo I know. I record everything, long chats in a ute with a station manager, a fisheries meeting in [[Borroloola|CITY]], and I used to spend nights typing them up. Now I drop the audio into [[Descript|SOFTWARE]], which transcribes and lets me edit the audio by editing the text. It's brilliant for a radio reporter. Before that I used [[Otter|AI_PRODUCT|person_like_name]] for a year or so. Neither of them copes with Kriol, or with a lot of the Aboriginal English I hear on the ground, or frankly with some of the old cattlemen's accents. So for anything from communities in [[Arnhem Land|CITY|region]], I listen back myself and check with the speaker. That's a respect thing as much as accuracy.

AI: Do you use chat assistants as well?

User: A bit. I use [[ChatGPT|AI_PRODUCT]] to get my head around technical reports, like an environmental impact statement for a gas project in the [[Beetaloo Basin|CITY|region]], three thousand pages, and I ask it to find the sections on water. Then I read those sections myself, because it has definitely told me things that weren't in there. [[Perplexity|AI_PRODUCT]] I use for quick background. What I don't do is let any of it write copy. My [[producer|JOB_TITLE]], [[April Nguyen|PERSON]], caught a colleague's script with that telltale chatbot rhythm a while back, and [[April|PERSON|name_is_month]] read it aloud in the morning meeting without saying who wrote it. Brutal, but effective. That was in [[April|GENERIC_TIME]], funnily enough, so now the newsroom calls it the [[April Fools'|GENERIC_TIME|holiday]] script.

AI: Have you seen AI cause problems in the stories you cover?

User: Plenty. During the wet season of [[2022–23|DATE|local_season_year]] there was a fake image of a croc in a flooded street in [[Palmerston|CITY|city_is_name]] that went around [[Facebook|SOFTWARE]] and people genuinely rang the station about it. Then, during the federal election, an AI-generated video of [[Anthony Albanese|PUBLIC_FIGURE]] supposedly promising to ban live cattle exports circulated through farmer groups. Total fake, but in cattle country that's explosive. We did a piece debunking it. Some listeners still believed [[Albo|PUBLIC_FIGURE|nickname]] had said it. And on X, [[Grok|AI_PRODUCT]] was confidently "confirming" it for people who asked. That's the worst bit, when one machine is used to verify another.

AI: How do sources and listeners get in touch with you?

User: Mostly by phone; in the bush, nobody emails. My work mobile is [[0412 883 615|PHONE_NUMBER]], and I'm happy for it to be out there, because a station owner with a story isn't going to fill in a web form. On X I'm [[@brontippett|SOCIAL_HANDLE]], and on [[Threads|SOFTWARE]] I'm [[@bron.tippett.nt|SOCIAL_HANDLE]], which is mostly photos of sunsets and buffalo. The union, [[MEAA|ORGANIZATION|acronym]], has been running sessions on AI and journalism, and the main message is protect your voice, literally. Someone could clone a radio reporter's voice in an afternoon.

AI: Last question. What do you want people building these tools to understand about your kind of work?

User: That the [[Territory|CITY|region]] is not the internet. Half the places I report from have no mobile coverage and the people there speak languages these tools have never heard. If AI journalism means stories generated from whatever's online, then places like [[Tennant Creek|CITY]] and [[Maningrida|CITY]] disappear from the news, because they barely exist online. The best thing I do all week is drive eight hours, sit under a tree, and listen. I'd love a tool that makes the paperwork faster so I can do more of that. I don't want one that pretends I don't need to go.""")

# 24. New Zealand - senior policy advisor, Nelson City Council
T.append("""AI: Kia ora, and thanks for making time to talk. Could you introduce yourself?

User: Kia ora. Ko [[Aroha Te Whata-Reynolds|PERSON]] tōku ingoa. I'm a [[senior policy advisor|JOB_TITLE]] at [[Nelson City Council|ORGANIZATION]], working on climate adaptation and, more recently, on how the council should use AI. I live in [[Nelson|CITY|city_is_name]], [[Whakatū|CITY|local_language]], and I grew up across the bay in [[Motueka|CITY]]. I studied public policy at [[Victoria University of Wellington|SCHOOL]], which is now [[Te Herenga Waka|SCHOOL|local_language]], and I worked in [[Wellington|CITY|city_is_name]] at a ministry for eight years before coming home. I'm [[forty-four|AGE|number_words]], and I've been at the council since [[1 July 2024|DATE]], the start of [[FY24/25|DATE|fiscal_year]], which I only remember because of the budget chaos.

AI: Thank you, [[Aroha|PERSON|name_is_word]]. How does AI come into your work?

User: In two ways. Like everyone, I use it. We have [[Copilot|AI_PRODUCT]] through our council licence, and I use it to summarise submissions. When we consulted on the flood recovery plan after the [[August 2022|DATE]] floods, we received over two thousand submissions, and reading them all by hand took weeks. Now, for smaller consultations, [[Copilot|AI_PRODUCT]] produces a first thematic summary, and then we read a sample to check it. I also use [[ChatGPT|AI_PRODUCT]] on my own device for drafting, never with council data. The second way is that I'm writing the council's AI guidance, so I spend a lot of time thinking about what could go wrong.

AI: What are the main things that could go wrong, from your perspective?

User: Three things. First, accuracy: summaries that smooth over the submissions from minority voices, because they're fewer. The twenty submissions from people in [[Atawhai|CITY]] whose houses slipped are more important than two hundred form letters, and a summary doesn't know that. Second, privacy. Council holds everything: rates, dog registrations, building consents, complaints. Our records system, [[Objective|SOFTWARE|name_is_word]], is full of personal information, and I want a clear wall between it and any generative tool. Third, Māori data sovereignty. Information about iwi, about whenua, about wāhi tapu, must be governed by Māori, not uploaded to an overseas server. The kaupapa of organisations like [[Te Hiku Media|ORGANIZATION]], who built [[Papa Reo|AI_PRODUCT|person_like_name]] for te reo Māori, shows there's another way to do AI, where the community owns the data.

AI: How do colleagues react to the guidance you're developing?

User: Mostly positively, though some want a list of rules and I keep giving them principles. Our [[GIS analyst|JOB_TITLE]], [[Hemi Nelson|PERSON|surname_is_city]], no relation to the admiral, he says, is the most enthusiastic; he's been testing AI features in [[ArcGIS|SOFTWARE]] for mapping flood risk. [[Hemi|PERSON]] has been great at explaining to [[elected members|GENERIC_ROLE]] what these tools can and can't do. At the national level, things have shifted. When [[Jacinda Ardern|PUBLIC_FIGURE]] was Prime Minister the focus was on the Christchurch Call and online harm; under [[Christopher Luxon|PUBLIC_FIGURE]] the message is much more about productivity. Councils are somewhere in between, trying to save money without losing trust.

AI: Do people know the city's name has a story of its own?

User: Oh, everyone here does. It's named after [[Horatio Nelson|PUBLIC_FIGURE]], and half our streets are named after his battles, [[Trafalgar Street|ADDRESS|street_only]] runs through the middle of town. I gave a talk about the AI guidance at a community drop-in at [[52 Hardy Street|ADDRESS]] in [[June|GENERIC_TIME]], and someone asked if AI would rename the streets. I said no, but we are working on restoring te reo Māori names alongside the colonial ones, and that's a human decision. People can reach me at [[aroha.tewhata-reynolds@ncc.govt.nz|EMAIL_ADDRESS|name_in_email]] or on [[027 448 1930|PHONE_NUMBER]], and I'm on [[LinkedIn|SOFTWARE]] too.

AI: Finally, what would a good outcome look like for local government and AI in, say, five years?

User: A council that uses AI to free up staff to be out in the community more, at the marae, at the river, at people's kitchen tables after a flood. Not less. And one where the community can see exactly what tools we use and why, published in plain language, in English and te reo. If we get that right in [[Te Tauihu|CITY|region]], other councils in [[Aotearoa|COUNTRY|local_language]] might follow. If we get it wrong, we'll lose trust that took decades to build, and trust is the only thing local government really runs on.""")

# 25. Jordan - head coach, girls' football, Amman
T.append("""AI: Marhaba, and thank you for joining. Could you introduce yourself and your work?

User: Marhaba, thank you. My name is [[Lina Khalil Haddad|PERSON]]. I am [[head coach|JOB_TITLE]] of the under-17 girls' team at the [[Orthodox Club|ORGANIZATION]] in [[Amman|CITY]], and I also run coaching workshops for the [[Jordan Football Association|ORGANIZATION]], the [[JFA|ORGANIZATION|acronym]]. I was born in [[1991|DATE|birth_year]] in [[Zarqa|CITY]], and I played as a midfielder until a knee injury in the [[summer of 2018|DATE|season_year]] ended my career. I studied sports science at the [[University of Jordan|SCHOOL]], [[الجامعة الأردنية|SCHOOL|other_script]], and I hold an [[AFC|ORGANIZATION|acronym]] B licence, number [[JO-B-2231|NATIONAL_ID|coaching_licence]]. I live in [[Jabal al-Weibdeh|CITY]], close to the club.

AI: Thank you, [[Lina|PERSON]]. How does AI come into your coaching?

User: More and more, especially with video. We film every match with [[Veo|SOFTWARE]], the camera that follows the ball automatically, and then I use [[Hudl|SOFTWARE]] to cut the clips for analysis. The AI tracks the players and makes heat maps, so I can show a girl where she was when the goal came. For a fifteen-year-old, seeing it is more powerful than hearing me shout. We also tried GPS vests from [[Catapult|SOFTWARE|name_is_word]] through a federation project, but only for one season, because they are very expensive. And I use [[ChatGPT|AI_PRODUCT]] for planning: I ask for session ideas for pressing drills, or how to adapt training during [[Ramadan|GENERIC_TIME]], when the girls are fasting. Some ideas are good, some are copied from men's professional football and make no sense for girls who go to school all day.

AI: Who else is involved in the coaching team?

User: My [[assistant coach|JOB_TITLE]] is an Englishman, [[Jordan Pike|PERSON|same_name_as_country]]. Yes, his name is [[Jordan|PERSON|same_name_as_country]] and he works in [[Jordan|COUNTRY]], and the girls never stop making jokes about it. [[Jordan|PERSON|same_name_as_country]] came with a development programme two years ago and stayed. He is the one who loves the data. Our [[goalkeeper coach|JOB_TITLE]], Captain [[Rami|PERSON]], is old school, he says the computer does not dive. The two of them argue every week, and I am in the middle. [[My players|GENERIC_ROLE]] find it very entertaining.

AI: Are there concerns about using AI and video with young players?

User: Yes, and especially with girls. Many families are supportive, but some are conservative about their daughters' images being online. So the rule is: the video stays inside [[Hudl|SOFTWARE]], private, and nothing goes on social media without permission from [[the parents|GENERIC_ROLE]]. Once, a club staff member used an AI app to make a highlight video with music and posted it on [[Instagram|SOFTWARE]] without asking. One father called me at eleven at night, very angry, and he was right. We took it down. Also, I never put the girls' names, ages, or medical information into [[ChatGPT|AI_PRODUCT]] or [[Gemini|AI_PRODUCT]]. If I want advice on a knee problem, I describe it generally, and anyway I send them to [[the physiotherapist|GENERIC_ROLE]].

AI: Who inspires you as a coach, and how do they relate to all of this?

User: Prince [[Ali bin Al Hussein|PUBLIC_FIGURE]] did a lot for women's football here, and the Women's Asian Cup we hosted was a big moment for all of us. As a coach, I watch [[Pep Guardiola|PUBLIC_FIGURE]], like everyone. [[Guardiola|PUBLIC_FIGURE]] uses huge amounts of data, but he also says the most important thing is to know your players as people. I agree. AI can tell me a girl ran less in the second half. It cannot tell me her family is moving to [[Irbid|CITY]] and she is sad about leaving her friends. I find that out by talking to her.

AI: How do parents and other coaches reach you?

User: The parents have my number, of course, and there is a [[WhatsApp|SOFTWARE]] group for each team. For coaches who want the workshop materials, I write my email on the slides like this: [[lina.haddad at hotmail dot com|OBF_EMAIL|spelled_at_dot]], so it does not get picked up. And on [[Instagram|SOFTWARE]] I am [[@coachlina.amman|SOCIAL_HANDLE]], where I post drills and sometimes videos of our matches, only with permission. For me, AI is a good assistant. But [[the head coach|GENERIC_ROLE|generic_use_of_title]] must still be a human who knows the girls, and that will not change, at least not while I am coaching in [[Asia|CONTINENT]] or anywhere else.""")

write_set(T, "set_bn")
