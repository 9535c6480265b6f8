# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----

T.append("""AI: Hi, thanks for taking the time today. To start, could you tell me a little about yourself and the work you do?

User: Hallo! So, I am [[Lena Hartmann|PERSON]], [[34|AGE]], and I work as [[freelance UX designer|JOB_TITLE]] from [[Leipzig|CITY]]. Mostly I do projects for small agencies, and sometimes through them for bigger clients, for example one year I was almost full time for [[Deutsche Bahn|ORGANIZATION]] via an agency called [[Pixelwerk Sachsen GmbH|ORGANIZATION]]. Sorry, my english is not perfect, I learned it mostly on the job and from netflix.

AI: Your English is very clear, [[Lena|PERSON]]. How does AI fit into a normal week for you?

User: Quite a lot now. I use [[ChatGPT|AI_PRODUCT]] for the boring text, like microcopy variants or error messages, and [[DeepL Write|AI_PRODUCT]] to make my english emails less german. In [[Figma|SOFTWARE]] there is now the AI feature which makes first wireframes, it is ok but everything looks same like every other startup. For bookkeeping I use [[Lexware Office|SOFTWARE]] and [[my tax advisor|GENERIC_ROLE]] works with [[DATEV|SOFTWARE]]. My boyfriend [[Jonas|PERSON]] always laughs because I am discussing with a chatbot at 11 in the night like with a real person.

AI: Do you ever share client details or your own personal data with these tools?

User: To be honest yes, sometimes too much. In [[November 2023|DATE]] I pasted my whole invoice template into [[ChatGPT|AI_PRODUCT]], with my Steuer-ID [[57 214 098 361|NATIONAL_ID]] and my address [[Karl-Liebknecht-Straße 112|ADDRESS]], [[04275|ADDRESS]] [[Leipzig|CITY]], only because I wanted it to fix the table layout. After I realised, hm, maybe not so clever. My friend [[Frank|PERSON]] from the coworking space, he is backend developer, told me I should use a local model. He runs [[Llama 3|AI_PRODUCT]] with [[Ollama|SOFTWARE]] on his laptop and now I try this for invoices.

AI: How do clients usually find you and get in touch?

User: Mostly LinkedIn, my profile is [[linkedin.com/in/lena-hartmann-ux|URL]], and the portfolio is on Behance, [[behance.net/lenahartmann_design|URL]]. On Instagram I am [[@lena.draws.interfaces|SOCIAL_HANDLE]] and on Mastodon [[@lenah@chaos.social|SOCIAL_HANDLE]], I left X when [[Elon Musk|PUBLIC_FIGURE]] bought it. My email is [[lena.hartmann@pixelpost.de|EMAIL_ADDRESS]] but on my website I write it as [[lena.hartmann ät pixelpost punkt de|OBF_EMAIL|german_words]], because of the spam bots. Phone is [[+49 176 4419 2857|PHONE_NUMBER]], on the site it is written [[null eins sieben sechs / vier vier eins neun / zwei acht fünf sieben|OBF_PHONE|german_digit_words]]. Maybe paranoid but it works, I get less spam since.

AI: Has an AI tool ever caused a problem for you with a client, and what would make you trust these tools more?

User: Yes, once quite bad. In [[March 2024|DATE]] I made a landing page for a dental practice in [[Dresden|CITY]], [[Zahnarztpraxis Weller & Kühn|ORGANIZATION]]. I let [[Claude|AI_PRODUCT]] write placeholder testimonials and it invented a patient with full name and age, and somebody at the practice almost published it. Also [[Midjourney|AI_PRODUCT]] made a "dentist" photo which looked very much like a real dentist in the city. The owner, Dr. [[Sabine Kühn|PERSON]], was not amused. Since then I check every text two times. And to be frank, my rates went down because clients think AI does everything now. To trust more? If the servers are in [[Germany|COUNTRY]] or at least in [[Europe|CONTINENT]], with real GDPR and not only a checkbox. I tried [[Le Chat|AI_PRODUCT]] and a bit [[Aleph Alpha|AI_PRODUCT]] for this reason. And I want a button "do not train on my data" that really works. In [[August|GENERIC_TIME]] I have always less projects, so maybe then I test more local things with [[Frank|PERSON]].

AI: Thank you so much, [[Lena|PERSON]], this was really helpful.

User: Gern geschehen! If you need more people for the study, just write me.""")

T.append("""AI: Bonjour, and thank you for joining us. Could you start by introducing yourself?

User: Bonjour. I am Maître [[Camille Roux-Delorme|PERSON]], [[avocate en droit du travail|JOB_TITLE]], so employment lawyer, at [[Cabinet Delorme & Associés|ORGANIZATION]] in [[Lyon|CITY]]. Small firm, five lawyers and two assistants. I am [[forty-one|AGE]]. I studied at [[Université Jean Moulin Lyon 3|SCHOOL]] and after the bar school, [[EDA Rhône-Alpes|SCHOOL]].

AI: Thank you, [[Camille|PERSON]]. How do you use AI in your practice today?

User: With precaution! We had a demo of [[Harvey|AI_PRODUCT]] but it is made for the big anglo-saxon firms, too expensive for us. I use mostly [[Claude|AI_PRODUCT]] for the first draft of conclusions and for summarising long exchanges of emails between an employee and [[the HR director|GENERIC_ROLE]]. For case law we have [[Doctrine|SOFTWARE]] and [[Lexis 360|SOFTWARE]], both have now their AI assistant. The funny thing, my associate is named [[Claude Vasseur|PERSON]], so in the office there is always confusion when somebody says the name. [[Claude|PERSON]] himself refuses the american tools, he uses only [[Le Chat|AI_PRODUCT]] because it is french, he is a bit patriotic.

AI: Do you ever enter client information into these tools?

User: In principle no. The rule of [[the senior partner|GENERIC_ROLE]] is to anonymise everything, we replace names by "Salarié A", "Société B". But I confess one mistake. In [[janvier 2024|DATE]] I was exhausted and I pasted a dismissal letter with the real name of the client, Mme [[Nadia Benali|PERSON]], and even her numéro de sécurité sociale, [[2 79 11 13 055 218 34|NATIONAL_ID]], because it was on the payslip. I deleted the conversation after, but I don't know if that means anything. I did not tell her. Now I use a small script to remove numbers before I paste.

AI: That's an honest example. How do people contact you professionally?

User: The cabinet is at [[17 rue Grenette|ADDRESS]], [[69002|ADDRESS]] [[Lyon|CITY]], the standard is [[04 78 42 19 63|PHONE_NUMBER]]. My email is [[c.roux-delorme@delorme-avocats.fr|EMAIL_ADDRESS]], but on the directory of the bar I wrote it [[croux.delorme arobase delorme-avocats point fr|OBF_EMAIL|french_words]]. For urgent things, clients have my mobile, I give it only orally, [[zéro six, trente-deux, quatorze, quatre-vingt-sept, cinquante-neuf|OBF_PHONE|french_number_words]]. I am on LinkedIn, [[linkedin.com/in/camille-roux-delorme-avocate|URL]], and since last year on Bluesky as [[@camilleroux.bsky.social|SOCIAL_HANDLE]].

AI: How do you see AI changing your profession more broadly, and are there times of year when you rely on these tools more?

User: For the juniors it is a problem. Before, a first-year lawyer learned by doing the research. Now the research is done in two minutes. Our stagiaire, [[Théo|PERSON]], is very quick with [[ChatGPT|AI_PRODUCT]] but when I ask him to explain the jurisprudence, he cannot. Also clients come with an analysis from [[ChatGPT|AI_PRODUCT]] and think they know the law better than me. I listened [[Emmanuel Macron|PUBLIC_FIGURE]] talking about "AI sovereignty" for [[France|COUNTRY]], I hope it is not only words. For timing: in [[September|GENERIC_TIME]], after the holidays, the prud'hommes restart and there are many hearings, so then I use [[Claude|AI_PRODUCT]] all day. In [[August|GENERIC_TIME]] the city is empty and I don't touch a computer, I am at the sea with my children, they are [[nine|AGE]] and [[twelve|AGE]].

AI: Thank you very much, [[Camille|PERSON]], that was very interesting.

User: Avec plaisir. Good luck with the study.""")

T.append("""AI: Hola, thank you for taking part. Could you tell me about your role?

User: Yes of course. My name is [[Javier Ortega Llorens|PERSON]], I am [[médico de familia|JOB_TITLE]], general practitioner, in the [[Centro de Salud Ruzafa|ORGANIZATION]] in [[Valencia|CITY]]. I am [[52|AGE]], so more than twenty years in primary care. I studied medicine in the [[Universitat de València|SCHOOL]] and did the residency in [[Hospital La Fe|ORGANIZATION]].

AI: How is AI used in your health centre, officially and unofficially?

User: Officially, almost nothing. The clinical record is [[Abucasis|SOFTWARE]], very old, no AI at all, sometimes slow like a turtle. Unofficially many of us use [[ChatGPT|AI_PRODUCT]] in the phone to prepare leaflets for patients in easy spanish or in valenciano, and I use [[OpenEvidence|AI_PRODUCT]] to check guidelines quick between patients. My colleague [[Mark Tilley|PERSON]], he is english, came here in [[2019|DATE]] with his wife, he is more enthusiastic than me. He tried [[Heidi|AI_PRODUCT]], the AI scribe that listens the consultation, on his own laptop, and [[the coordinator|GENERIC_ROLE]] stopped him after one week.

AI: Why did [[the coordinator|GENERIC_ROLE]] stop [[Mark|PERSON]]?

User: Because of data protection, the voices of patients were going to a server somewhere, maybe [[Australia|COUNTRY]], maybe [[United States|COUNTRY]], nobody knew. [[Mark|PERSON]] was a bit angry, he said in the [[United Kingdom|COUNTRY]] many GPs use it. I understand both sides. Now I am careful, I never put the name, never the SIP number, only "male, diabetic, hypertension". And after I write the note myself and I mark it as reviewed in [[Abucasis|SOFTWARE]].

AI: Do you ever share your own data with these tools, and how do patients or colleagues reach you outside the centre?

User: Yes, this is a funny story. For a course of the [[Colegio de Médicos|ORGANIZATION]] I had to send a CV in english, and I gave to [[ChatGPT|AI_PRODUCT]] my old CV with everything: DNI [[24391857T|NATIONAL_ID]], address [[Calle de Sueca 27, 3º B|ADDRESS]], [[46006|ADDRESS]] [[Valencia|CITY]], my mobile [[+34 619 42 38 15|PHONE_NUMBER]]. My daughter [[lucía|PERSON|lowercase_name]], she is [[nineteen|AGE]] and studies law, she was scandalised when she saw. About contact: patients only by the centre phone, [[963 41 27 80|PHONE_NUMBER]]. Colleagues have my WhatsApp. For congresses I put my email like this, [[javi.ortega.ll arroba gmail punto com|OBF_EMAIL|spanish_words]], and I have ResearchGate, [[researchgate.net/profile/Javier-Ortega-Llorens|URL]]. On X I am [[@DrOrtegaAP|SOCIAL_HANDLE]], I post about primary care, mostly complaining. One congress printed my mobile in the programme as [[seis uno nueve, cuatro dos, tres ocho, uno cinco|OBF_PHONE|spanish_digit_words]] because I asked them not to put digits, ha.

AI: What do you think about the future of AI in primary care?

User: I read [[Eric Topol|PUBLIC_FIGURE]], he is very optimistic. I am more moderate. If the Conselleria gives us a good tool integrated in [[Abucasis|SOFTWARE]], with servers in [[Spain|COUNTRY]], I will use it, especially in [[winter|GENERIC_TIME]] with the flu, when we see fifty patients a day, and during [[Fallas|GENERIC_TIME]] it is chaos. But I don't want a machine deciding. The doctor must decide.

AI: Thank you, [[Javier|PERSON]]. This was very insightful.

User: De nada, thank you for listening to an old doctor.""")

T.append("""AI: Olá, thanks for joining. Can you tell me who you are and what you do?

User: Olá! I'm [[Inês Carvalho Moura|PERSON]], [[29|AGE]], [[data journalist|JOB_TITLE]] at [[Jornal do Norte Digital|ORGANIZATION]], a regional online newspaper in [[Porto|CITY]]. Before I was an intern at [[Público|ORGANIZATION]] in [[Lisbon|CITY]] in [[2019|DATE]]. I studied communication sciences at [[Universidade do Porto|SCHOOL]].

AI: Thanks, [[Inês|PERSON]]. What does AI do in your newsroom?

User: A lot of transcription. We use [[Whisper|AI_PRODUCT]] through a little app that our developer [[Tiago Freitas|PERSON]] built, [[Tiago|PERSON]]'s app is honestly better than the paid ones. Before we paid [[Otter|AI_PRODUCT]] but it is bad with portuguese from the north, it does not understand the accent of old people from the interior. For data I use [[Google Sheets|SOFTWARE]], [[Datawrapper|SOFTWARE]], and [[ChatGPT|AI_PRODUCT]] to write [[Python|SOFTWARE]] when I am lazy. There is also [[AMALIA|AI_PRODUCT]], the portuguese language model, I tested the beta, it is promising for european portuguese.

AI: Have you had any problems with sensitive data?

User: Yes, this is the big question in journalism, the sources. I never put a source name in [[ChatGPT|AI_PRODUCT]]. But I made a stupid thing with my own data: when I applied for a journalism grant in [[February 2024|DATE]], I asked [[Gemini|AI_PRODUCT]] to fill the form, and I gave my NIF [[237 915 408|NATIONAL_ID]] and the number of my Cartão de Cidadão, [[14820391 5 ZX8|NATIONAL_ID]]. Only later I read that conversations can be reviewed by humans. [[My editor|GENERIC_ROLE]] said nothing, but I felt very naive.

AI: How can readers and sources contact you?

User: Sources, only Signal, and I give the number in person. Readers write to [[ines.moura@jornaldonorte.pt|EMAIL_ADDRESS]]. On my personal site, [[inesmoura.pt|URL]], I write [[ines (arroba) inesmoura (ponto) pt|OBF_EMAIL|portuguese_words_brackets]]. On X I am [[@inesmoura_dados|SOCIAL_HANDLE]] and on Threads [[@ines.c.moura|SOCIAL_HANDLE]]. The newsroom number is [[+351 22 508 1190|PHONE_NUMBER]] and we are at [[Rua de Cedofeita 318, 2º Esq.|ADDRESS]], [[4050-174|ADDRESS]] [[Porto|CITY]]. On my press card the mobile is printed like [[9 1 2 - 4 0 8 - 3 7 7|OBF_PHONE|spaced_digits]], a designer friend did it, I don't know why, but it stayed.

AI: How do you feel about AI and the future of local journalism, and is there anything you would want AI developers to understand about your work?

User: Worried, and a little hopeful. Worried because of fakes: in [[Portugal|COUNTRY]] we had many scam ads with a deepfake of [[Cristiano Ronaldo|PUBLIC_FIGURE]] selling investments, and old people believed it. We did a series about that. Hopeful because small newsrooms can do data stories now that before only the big ones could do. Every [[June|GENERIC_TIME]], during [[São João|GENERIC_TIME]], the traffic of the site explodes and AI helps us to publish the practical info quickly. For developers: understand that protection of sources is not optional. If a tool keeps my interviews on a server in another country, I cannot use it. And please, better support for european portuguese, not only brazilian.

AI: Thank you, [[Inês|PERSON]], that's a really valuable perspective.

User: Obrigada! It was nice to talk about this.""")

T.append("""AI: Hi! Thanks for joining. Can you tell me a little about yourself and your business?

User: oi! sure. my name is [[Adriana Souza Lima|PERSON]], i have [[47|AGE]] years, and i own a small bakery and coffee, [[Padaria Pão de Queijo da Dri|ORGANIZATION]], in [[Belo Horizonte|CITY]], in the neighborhood [[Lourdes|CITY]]. we are 6 employees plus me and my husband [[Nelson|PERSON]]. sorry for my english, i study with [[Duolingo|SOFTWARE]] lol

AI: No need to apologise, [[Adriana|PERSON]]. How do you use AI in the bakery?

User: mostly for instagram and whatsapp. i use [[ChatGPT|AI_PRODUCT]] to write the posts, and [[Luzia|AI_PRODUCT]] inside whatsapp to transcribe the audios from customers, because people here send audio of 3 minutes to order one cake haha. for the stock and notas fiscais i use [[Bling|SOFTWARE]], and delivery is by [[iFood|SOFTWARE]]. my son [[rafa|PERSON|lowercase_name]], he is [[fourteen|AGE]], he made our new logo with [[Canva|SOFTWARE]] and the AI of the [[Canva|SOFTWARE]].

AI: Have you ever put personal data into these tools?

User: yes, i think everybody does. in [[2022|DATE]] when we changed the bakery from MEI to a bigger type of company, [[the accountant|GENERIC_ROLE]] sent me a list of documents, and i asked [[chatgpt|AI_PRODUCT]] to explain it and i copied my CPF [[418.293.706-52|NATIONAL_ID]] and my RG [[MG-14.382.907|NATIONAL_ID]] in the chat because i thought it needed. [[rafa|PERSON|lowercase_name]] saw and told me "mãe, never do that". kids today know more than us.

AI: How do customers find and contact you?

User: instagram [[@padariadadri.bh|SOCIAL_HANDLE]], tiktok [[@dri.paes|SOCIAL_HANDLE]], and whatsapp [[(31) 98742-1163|PHONE_NUMBER]]. in the instagram bio i put [[31 nove oito sete quatro dois 1163|OBF_PHONE|mixed_words_digits]] because they say robots steal the number, i dont know if its true. email is [[contato@padariadadri.com.br|EMAIL_ADDRESS]] and my personal is [[adriana.slima77@yahoo.com.br|EMAIL_ADDRESS]], on the website i wrote [[adriana.slima77 arroba yahoo ponto com ponto br|OBF_EMAIL|portuguese_words]]. the bakery is [[Rua dos Guajajaras, 1470, loja 2|ADDRESS]], [[Lourdes|CITY]], [[Belo Horizonte|CITY]] - [[MG|CITY]], [[30180-101|ADDRESS]]. come eat pão de queijo!

AI: Did the AI ever get something wrong in a way that mattered? And what would help you use AI better in your business?

User: one time [[chatgpt|AI_PRODUCT]] wrote a post saying we have "bolo sem glúten" and we dont! a customer with celiac disease came and asked, very embarrassing. now [[Nelson|PERSON]] reads everything before it goes out. also in [[December|GENERIC_TIME]], for [[Christmas|GENERIC_TIME]] orders, i tried to let the AI answer the whatsapp automatic and it promised panetone for a day we were closed. disaster, i had to call 12 customers. what would help? something in portuguese, made for small business in [[Brazil|COUNTRY]], and cheap. i saw [[Lula|PUBLIC_FIGURE]] talking about a brazilian AI plan, but i dont think it arrives for the padaria haha. and a course, simple, for people like me that are not from technology.

AI: Thank you so much, [[Adriana|PERSON]], and good luck with the bakery.

User: obrigada!! if you come to [[BH|CITY]] i give you a coffee.""")

T.append("""AI: Hi, thanks for taking part. Could you tell me a bit about yourself?

User: Hey! Sure. I'm [[Nicolás Méndez|PERSON]], [[31|AGE]], [[senior backend engineer|JOB_TITLE]], working remote from [[Córdoba|CITY]], [[Argentina|COUNTRY]], for a fintech in the [[United States|COUNTRY]] called [[Ledgerlight Inc.|ORGANIZATION]]. I studied systems engineering at the [[Universidad Tecnológica Nacional|SCHOOL]], the [[UTN|SCHOOL]] regional here, graduated in [[2016|DATE]].

AI: Thanks, [[Nicolás|PERSON]]. What does AI look like in your day-to-day coding?

User: Honestly its everywhere now. I use [[Cursor|AI_PRODUCT]] as editor, [[Claude Code|AI_PRODUCT]] for bigger refactors, and [[GitHub Copilot|AI_PRODUCT]] because the company pays the enterprise license. Tickets are in [[Jira|SOFTWARE]], code in [[GitLab|SOFTWARE]]. Last year the company tried [[Devin|AI_PRODUCT]], the "AI software engineer", and my tech lead [[Will|PERSON]] was super excited, and after two sprints he said it will never replace us, ha. It opened like 40 merge requests and most of them broke the tests.

AI: Do you ever paste anything sensitive into these tools? And how do people reach you, for work or for open source?

User: The company has rules, no customer data, no secrets, no prod logs. But logs sometimes have emails of users inside and you only notice after. Personally I did something dumb: for my monotributo invoice I asked [[ChatGPT|AI_PRODUCT]] to help with the AFIP form and I pasted my CUIT [[20-34587219-6|NATIONAL_ID]] and my DNI [[34.587.219|NATIONAL_ID]] without thinking. Is not like a secret in [[Argentina|COUNTRY]], everybody asks you the DNI for everything, but still. GitHub is [[github.com/nicomendez-dev|URL]], personal stuff on [[gitlab.com/nmendez|URL]], Mastodon [[@nicom@hachyderm.io|SOCIAL_HANDLE]], and on Telegram I'm [[@nico_mendez_cba|SOCIAL_HANDLE]]. Email [[nicolas.mendez@ledgerlight.io|EMAIL_ADDRESS]] for work, the personal one is in my GitHub readme written like [[nico (arroba) mendez (punto) dev|OBF_EMAIL|spanish_words_brackets]]. Phone [[+54 9 351 512-7738|PHONE_NUMBER]], or if you call from here [[0351 15-512-7738|PHONE_NUMBER]]. I live in [[Nueva Córdoba|CITY]], [[Av. Hipólito Yrigoyen 284, piso 7 depto C|ADDRESS]], sometimes the company sends hardware there from the [[US|COUNTRY]] and customs keeps it for weeks.

AI: How does your team collaborate across countries, and where does AI come in?

User: Team is very mixed. [[Will|PERSON]] is in [[Austin|CITY]], [[Sunny Bhatia|PERSON]] in [[Bangalore|CITY]], me here. [[Sunny|PERSON]] records the meetings and makes the notes with [[Otter|AI_PRODUCT]], and the summary sometimes invents decisions that nobody made, we joke that the bot is the real product owner. Standup is [[Mondays|GENERIC_TIME]] and [[Thursdays|GENERIC_TIME]] at 9 [[Austin|CITY]] time, that is fine for me, bad for [[Bangalore|CITY]].

AI: What's your view on AI and tech jobs in [[Argentina|COUNTRY]], and is there anything you'd change about how these tools handle your data?

User: Here, with the economy, [[Milei|PUBLIC_FIGURE]], inflation, many devs work for outside in dollars, so we are exposed. If AI makes one senior do the work of three, the juniors suffer first. I mentor juniors on a discord for devs in [[South America|CONTINENT]] and its harder for them to get the first job than for me in [[2016|DATE]]. Wait, that year I already said, never mind. About the data, I want to see exactly what goes to the server. [[Cursor|AI_PRODUCT]] has privacy mode but you have to trust them. I would pay more for something self-hosted that is good enough, maybe with [[Llama|AI_PRODUCT]] or [[Qwen|AI_PRODUCT]] models.

AI: Thanks a lot, [[Nicolás|PERSON]], this has been really useful.

User: De nada, suerte with the research!""")

T.append("""AI: Hello, thank you for participating. Could you describe your work?

User: Hello. I am Dr. [[Guadalupe Morales Ríos|PERSON]], everybody calls me [[Lupe|PERSON]]. I am [[associate researcher|JOB_TITLE]] at the [[Instituto de Ecología de la UNAM|SCHOOL]] in [[Ciudad de México|CITY]]. I study pollinators, bats mostly, the ones that pollinate agave. I am [[44|AGE]]. I did my PhD at [[University of Arizona|SCHOOL]], finished in [[2012|DATE]].

AI: Thank you, [[Lupe|PERSON]]. How do you use AI tools in your research?

User: For the literature first: [[Elicit|AI_PRODUCT]] and [[Consensus|AI_PRODUCT]] to find papers, [[Zotero|SOFTWARE]] to organise, and [[ChatGPT|AI_PRODUCT]] to help with code in [[RStudio|SOFTWARE]]. For bat calls we use [[BatDetect2|AI_PRODUCT]], a neural network, and [[Kaleidoscope Pro|SOFTWARE]]. My PhD student [[itzel|PERSON|lowercase_name]] retrained the model with calls of mexican species, she is brilliant. And for writing in english, because it is my second language, I use [[Writefull|AI_PRODUCT]] inside [[Overleaf|SOFTWARE]].

AI: Do you share personal or sensitive data with these tools?

User: Field data has coordinates of caves, that is sensitive for conservation, not personal, and we don't put it. But personal data yes, by accident. For my application to the national researchers system I used [[ChatGPT|AI_PRODUCT]] to translate the CV and my CURP [[MORG800314MDFRSD07|NATIONAL_ID]] was inside the text. Also my home address, because the form wanted it. Not very smart for someone who teaches data ethics, I know.

AI: How can colleagues and students contact you?

User: Institutional email is [[gmorales@ecologia.unam.mx|EMAIL_ADDRESS]], on the lab website I write [[gmorales [at] ecologia [dot] unam [dot] mx|OBF_EMAIL|bracket_at_dot]]. Office phone [[55 5622 9041|PHONE_NUMBER]], mobile [[+52 1 55 4128 9930|PHONE_NUMBER]] but please only WhatsApp. ResearchGate [[researchgate.net/profile/Guadalupe-Morales-Rios|URL]], ORCID [[orcid.org/0000-0002-7391-4486|URL]], and on X I am [[@LupeMurcielagos|SOCIAL_HANDLE]]. Some students send things to my house, [[Calle Tlaxcala 88, int. 5|ADDRESS]], [[Roma Sur|CITY]], [[06760|ADDRESS]] [[Ciudad de México|CITY]], which is not a good idea I know.

AI: Have AI tools caused any problems in your research? And what's your view on the future of AI in Mexican science?

User: Yes! [[ChatGPT|AI_PRODUCT]] invented references, three papers that don't exist, with real authors, and [[a coauthor|GENERIC_ROLE]] almost submitted a manuscript with them. And on [[12 October 2023|DATE]], at the mammalogy congress in [[Mérida|CITY]], a student showed a distribution map made by an AI tool with points in the ocean. Now the rule of the lab is: you verify everything, or you don't use it. About the future, our president [[Claudia Sheinbaum|PUBLIC_FIGURE]] is a scientist, climate scientist, so I hope the government invests in computing for science in [[Mexico|COUNTRY]]. Now the big models come from [[United States|COUNTRY]] or [[China|COUNTRY]], and they don't know our species, our names, our Spanish. During [[Día de Muertos|GENERIC_TIME]] we do outreach with the bats for kids, and I would love a small tool to answer their questions in Nahuatl and Spanish.

AI: Thank you, [[Lupe|PERSON]], this was fascinating.

User: Gracias a ti. Long live the bats!""")

T.append("""AI: Hello, and thanks for your time. Could you introduce yourself?

User: Hello, thank you. My name is [[Ahmed Mostafa El-Sayed|PERSON]], I am [[structural engineer|JOB_TITLE]] at [[Delta Crest Engineering Consultants|ORGANIZATION]] in [[Alexandria|CITY]]. I am [[thirty-six|AGE]] years old, I graduated from [[Alexandria University|SCHOOL]], faculty of engineering, in [[2011|DATE]].

AI: Thank you, [[Ahmed|PERSON]]. How do you use AI in structural engineering?

User: Not for the calculations, this is dangerous. The analysis we do in [[ETABS|SOFTWARE]] and [[SAP2000|SOFTWARE]], drawings in [[AutoCAD|SOFTWARE]] and [[Revit|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] for the reports and technical letters in english to the clients from the Gulf, and [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] for the quantity sheets. Some colleagues use [[Jais|AI_PRODUCT]] for the arabic documents because it understands the formal arabic better. Our [[technical director|JOB_TITLE]], eng. [[tarek|PERSON|lowercase_name]], is very strict, he says AI is like a fresh graduate: fast, confident, and sometimes completely wrong.

AI: Have you ever put personal or confidential data into an AI tool?

User: Project data, yes sometimes, like the numbers from the soil report. Personal, one time. I had to renew my membership in the engineers syndicate and the website was terrible, so I asked [[ChatGPT|AI_PRODUCT]] to help me prepare all the fields, and I wrote my national ID [[28807150201834|NATIONAL_ID]] and my membership number inside. After, my wife [[Nour|PERSON]] told me this is not wise, she works in a bank and they have trainings about this.

AI: How do clients and colleagues usually contact you?

User: The office is [[23 Fouad Street|ADDRESS]], [[Raml Station|CITY]], [[Alexandria|CITY]], telephone [[03 4871226|PHONE_NUMBER]]. My mobile and WhatsApp is [[+20 100 482 3917|PHONE_NUMBER]]. In the facebook engineering groups I write it with arabic numbers, [[٠١٠٠ ٤٨٢ ٣٩١٧|OBF_PHONE|arabic_indic_digits]], so the bots don't catch it. Email [[ahmed.elsayed.eng@deltacrest-eg.com|EMAIL_ADDRESS]] for work, personal one I write [[a_mostafa88 at hotmail dot com|OBF_EMAIL|spelled_at_dot]]. And LinkedIn [[linkedin.com/in/ahmed-elsayed-structural|URL]].

AI: Has AI ever given you a wrong answer that mattered, and does your use of AI change during the year?

User: Yes. Once [[ChatGPT|AI_PRODUCT]] gave me a wrong value for the minimum concrete cover from the egyptian code, very confident, with a clause number that does not exist. My junior colleague [[Mariam Fathy|PERSON]] checked the code book and caught it before the report went to [[the client|GENERIC_ROLE]]. [[Mariam|PERSON]]'s attention saved us from a big embarrassment. Since then every AI sentence with a number is checked by a human. About the year, in [[Ramadan|GENERIC_TIME]] the working hours are shorter so I use the AI more for the reports to finish faster. After [[Eid|GENERIC_TIME]] many new projects start. Also I am learning, I follow the courses of [[Andrew Ng|PUBLIC_FIGURE]] on [[Coursera|SOFTWARE]] in the evening. Many engineers from [[Egypt|COUNTRY]] go to [[Saudi Arabia|COUNTRY]] now for the giga projects, and there they ask if you know AI tools, so I prepare myself.

AI: Thank you very much, [[Ahmed|PERSON]]. This was really helpful.

User: You are welcome, good luck in your research.""")

T.append("""AI: Salam, and thank you for joining. Could you tell me about yourself?

User: Salam! I'm [[Yasmine Bennani|PERSON]], I'm [[23|AGE]]. I'm doing a master in data science at [[ENSIAS|SCHOOL]] in [[Rabat|CITY]], and on the side I work as [[freelance translator|JOB_TITLE]] arabic, french and english on [[Upwork|SOFTWARE]]. Before I did my licence at [[Université Ibn Tofail|SCHOOL]] in [[Kénitra|CITY]].

AI: Thanks, [[Yasmine|PERSON]]. How do you use AI for studying and for translation?

User: for study, [[ChatGPT|AI_PRODUCT]] and [[DeepSeek|AI_PRODUCT]] to explain things that [[the prof|GENERIC_ROLE]] explains too fast, and for code in [[Jupyter|SOFTWARE]]. My professor Pr. [[Hicham Alaoui|PERSON]] allows it but we must write which prompts we used, i think it is fair. For translation i use [[DeepL|AI_PRODUCT]] for the first version and then [[Smartcat|SOFTWARE]] to edit. But for darija, no tool is good, they mix with egyptian or they give classical arabic, so there i do it myself. my roommate [[salma|PERSON|lowercase_name]] laughs because i correct the AI out loud.

AI: Have you shared personal information with these tools?

User: honestly yes. When I applied for an internship in [[France|COUNTRY]] last year, I put my whole dossier in [[ChatGPT|AI_PRODUCT]] to correct the french, with my CIN [[AE284913|NATIONAL_ID]] and my address, [[Appt 6, Imm. 14, Rue Oued Ziz|ADDRESS]], [[Agdal|CITY]], [[Rabat|CITY]]. And for translation clients, sometimes the documents are birth certificates or contracts with names of people, and I put them in [[DeepL|AI_PRODUCT]]. I use the pro version now because they say they don't keep the texts, I hope it is true.

AI: How do clients reach you?

User: [[Upwork|SOFTWARE]] mostly, and my email [[yasmine.bennani@um5.ac.ma|EMAIL_ADDRESS]] from the university, or the personal which I write on my CV like [[y.bennani.translate (at) gmail (point) com|OBF_EMAIL|mixed_language_brackets]]. Phone [[06 61 28 47 93|PHONE_NUMBER]], from outside [[+212 661-284793|PHONE_NUMBER]]. On my little portfolio page I wrote it [[zéro six soixante et un, 28, 47, 93|OBF_PHONE|mixed_french_words_digits]], half words half numbers, its my invention lol. GitHub is [[github.com/yasbennani|URL]] and on TikTok I'm [[@yasmine.codes|SOCIAL_HANDLE]], I post small videos about data science in darija.

AI: That's a great idea. Have AI tools ever got you into trouble? And what do you think about AI for people in [[Morocco|COUNTRY]] or [[Africa|CONTINENT]] more generally?

User: One time in a translation of a contract, the AI translated a name of a company as a normal word, like it translated the meaning, and the client was angry. And one classmate got zero on a project because the detector said it was AI, but he wrote it himself. The detectors are a problem. About [[Morocco|COUNTRY]], we have a lot of talent in [[Morocco|COUNTRY]], but the models are made for english. I watched a talk of [[Yann LeCun|PUBLIC_FIGURE]] saying open source will help languages like ours, I hope. [[Africa|CONTINENT]] has more than 2000 languages, and darija is not even in most tools. In [[Ramadan|GENERIC_TIME]] I have less energy, so I use AI more, haha, honest answer.

AI: Thank you so much, [[Yasmine|PERSON]].

User: Merci, bon courage with the study!""")

T.append("""AI: Merhaba, thank you for joining us today. Could you introduce yourself?

User: Merhaba. I am Av. [[Selin Aydın|PERSON]], [[38|AGE]] years old, [[lawyer|JOB_TITLE]], I have my own small office, [[Aydın Hukuk Bürosu|ORGANIZATION]], in [[Alsancak|CITY]], [[İzmir|CITY]]. Mostly family law and some commercial cases. I am registered at the [[İzmir Barosu|ORGANIZATION]]. I graduated from [[Dokuz Eylül Üniversitesi|SCHOOL]] faculty of law in [[2010|DATE]].

AI: Thank you, [[Selin|PERSON]]. How do you use AI in your legal work?

User: Mainly for drafting and summarising. For legislation and decisions we use [[Lexpera|SOFTWARE]], and all the court filings go through [[UYAP|SOFTWARE]], which has no AI, very bureaucratic. I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Gemini|AI_PRODUCT]] to make first draft of petitions, then I rewrite, because the Turkish legal language it produces is a bit strange, like translated. My colleague [[Emre Kılıç|PERSON]] shares the office with me, he prefers [[Claude|AI_PRODUCT]], he says it is more careful. Our intern [[ayşe|PERSON|lowercase_name]] uses all of them at the same time, young people.

AI: Do you put client information into these tools?

User: We try not. [[Emre|PERSON]] made a rule: before anything goes to AI, we remove names, TC numbers, addresses. But once I made a mistake with my own data. For an application to a mediation training I gave [[ChatGPT|AI_PRODUCT]] my whole form to fix, with my TC Kimlik No [[38471920564|NATIONAL_ID]] inside. And in divorce cases, the stories are so personal, even without names someone in the city could recognise them. This worries me.

AI: How do clients contact your office?

User: Office address is [[Kıbrıs Şehitleri Cad. No: 47 D: 9|ADDRESS]], [[Alsancak|CITY]], [[Konak|CITY]]/[[İzmir|CITY]]. Office phone [[+90 232 463 15 80|PHONE_NUMBER]], my mobile [[0532 418 77 09|PHONE_NUMBER]]. On Instagram I am [[@av.selinaydin|SOCIAL_HANDLE]], I post short info about family law, and there I wrote the number like [[sıfır beş yüz otuz iki, dört yüz on sekiz, yetmiş yedi, sıfır dokuz|OBF_PHONE|turkish_number_words]] because the bar has rules about advertising and also for spam. Email I write [[av.selinaydin et gmail nokta com|OBF_EMAIL|turkish_words]] on the website.

AI: Has AI ever produced something wrong in your work, and how do you see the future of AI in the legal profession in [[Türkiye|COUNTRY]]?

User: Yes, it invented a decision of the Yargıtay, the court of cassation, with a number and date, everything looked real. I almost used it. Since then every citation I check in [[Lexpera|SOFTWARE]] one by one. Also [[a client|GENERIC_ROLE]] came with a petition written by AI and wanted me to sign it, it was a disaster, I had to explain why for two hours. About the future, in [[Türkiye|COUNTRY]] the Ministry of Justice talks about AI in [[UYAP|SOFTWARE]], but slowly. I read that [[Sam Altman|PUBLIC_FIGURE]] says AI will do the work of lawyers, I don't think so for family law, people need a human. The judicial recess is in [[July|GENERIC_TIME]] and [[August|GENERIC_TIME]], that time I want to take a course on legal tech, and also around [[Kurban Bayramı|GENERIC_TIME]] things are quiet.

AI: Thank you very much, [[Selin|PERSON]], that was really insightful.

User: Rica ederim. Good luck with your research.""")

T.append("""AI: Hello, thanks for joining the interview. Could you tell me about yourself and your work?

User: Hi, thank you. I am [[Reza Karimi|PERSON]], [[twenty-nine|AGE]], I am [[research assistant|JOB_TITLE]] and PhD candidate in mechanical engineering at [[Isfahan University of Technology|SCHOOL]], working on heat exchangers. Also part time I am [[CFD consultant|JOB_TITLE]] for a small company, [[Sepahan Fluid Systems|ORGANIZATION]], they make cooling for industry.

AI: Thank you, [[Reza|PERSON]]. How do you use AI tools in research and consulting?

User: For the simulations I use [[ANSYS Fluent|SOFTWARE]] and [[OpenFOAM|SOFTWARE]], post-processing in [[MATLAB|SOFTWARE]]. AI is mostly for writing papers in english and for debugging code. [[ChatGPT|AI_PRODUCT]] I can use only with VPN because of the sanctions, and many times my account was blocked because the IP changes. So now I use more [[DeepSeek|AI_PRODUCT]], it works without VPN and it is good for math. Also [[Perplexity|AI_PRODUCT]] for searching papers. My supervisor Dr. [[Hosseini|PERSON]] is old school, he says "first derive the equation by hand, then ask the machine."

AI: Have you shared personal information with these tools, and how do colleagues and companies contact you?

User: Yes. To apply for a postdoc in [[Germany|COUNTRY]] and [[Canada|COUNTRY]] I asked [[ChatGPT|AI_PRODUCT]] to help me with the forms and the motivation letter, and the forms had my national code [[1271845093|NATIONAL_ID]] and my passport details. I also gave my home address, [[No. 12, Golestan Alley, Chaharbagh-e Bala Street|ADDRESS]], [[Isfahan|CITY]]. Later I thought, with VPN and everything, who knows where this data goes. My sister [[negar|PERSON|lowercase_name]] is a lawyer and she was angry at me. For contact, university email [[r.karimi@me.iut.ac.ir|EMAIL_ADDRESS]], but many foreign servers block .ir emails, so for abroad I use gmail, I write it as [[reza.karimi.cfd {at} gmail {dot} com|OBF_EMAIL|curly_at_dot]]. In [[Iran|COUNTRY]] everybody uses Telegram, I'm [[@reza_cfd|SOCIAL_HANDLE]] there. Mobile is [[0913 274 8815|PHONE_NUMBER]], from outside [[+98 913 274 8815|PHONE_NUMBER]]. In the Telegram channel of our lab I wrote it in persian digits, [[۰۹۱۳ ۲۷۴ ۸۸۱۵|OBF_PHONE|persian_digits]], because there are many spam bots. GitHub [[github.com/rezakarimi-cfd|URL]], some [[OpenFOAM|SOFTWARE]] cases are there.

AI: Has AI ever given you wrong results that affected your work?

User: Yes, it gave me a correlation for Nusselt number with wrong exponent, very confident. I used it in a report for [[Sepahan Fluid Systems|ORGANIZATION]] and the numbers were 30 percent off. [[The owner of the company|GENERIC_ROLE]] was not happy, but my colleague [[Babak Rahimi|PERSON]] found the mistake before they built the prototype. [[Babak|PERSON]] said, "[[Reza|PERSON]], the AI is not your co-author." Now he calls me when he sees me using it, as a joke.

AI: Who do you look up to in how AI is used in science, and are there particular times when you use AI more?

User: [[Maryam Mirzakhani|PUBLIC_FIGURE]] is a hero for every Iranian student, she did everything by deep thinking, not by tools. Sometimes I think if she had these AI tools, maybe she would do even more, maybe less, I don't know. Also I like how [[Terence Tao|PUBLIC_FIGURE]] talks about using AI for proofs, carefully. Before [[Nowruz|GENERIC_TIME]] there are always deadlines, because after, everything closes for two weeks. Then I use it a lot for writing. And in [[summer|GENERIC_TIME]] when the electricity cuts happen in the afternoon, I work at night and the AI is my only colleague awake.

AI: Thank you so much, [[Reza|PERSON]].

User: Thank you, it was interesting to think about this.""")

T.append("""AI: Hi, and thank you for joining. Could you start by telling me a bit about yourself?

User: Hi! I'm [[Aditi Kulkarni|PERSON]], [[32|AGE]], I'm a [[freelance data analyst|JOB_TITLE]] based in [[Pune|CITY]]. I was at [[Infosys|ORGANIZATION]] for six years, left in [[2021|DATE]] to go independent. I did my BTech from [[College of Engineering Pune|SCHOOL]].

AI: Thanks, [[Aditi|PERSON]]. Who are your clients and how does AI fit in?

User: Mostly small and mid businesses. One big client is [[Shree Ganesh Pharma Distributors|ORGANIZATION]] in [[Nagpur|CITY]], I build their sales dashboards in [[Power BI|SOFTWARE]], they still do accounts in [[Tally|SOFTWARE]] so I export from there. Another is an edtech startup in the [[UK|COUNTRY]]. I use [[ChatGPT|AI_PRODUCT]] daily for DAX formulas and SQL, [[Copilot|AI_PRODUCT]] inside [[Excel|SOFTWARE]], and I've been testing the Indian ones, [[Krutrim|AI_PRODUCT]] and [[Sarvam|AI_PRODUCT]], mainly for Marathi and Hindi text from customer feedback. [[Sarvam|AI_PRODUCT]] is actually decent for Marathi.

AI: Do you ever upload client data or personal data to these tools?

User: Client data, only anonymised samples, that's in my contract. But personal, haan, I've been careless. When I was filing ITR in [[July 2023|DATE]] I uploaded my Form 16 and asked [[ChatGPT|AI_PRODUCT]] to explain the deductions. It had my PAN [[BQRPK4821M|NATIONAL_ID]] on it. And once for a KYC form for a new bank account I pasted my Aadhaar number, [[4829 1037 5562|NATIONAL_ID]], into a chat to format the address. My brother [[Sunny|PERSON]], he's in cybersecurity in [[Hyderabad|CITY]], gave me a full lecture on a video call. On a sunny [[Sunday|GENERIC_TIME]] morning, I was not in the mood.

AI: How do clients usually contact you?

User: Email, [[aditi.kulkarni.analytics@gmail.com|EMAIL_ADDRESS]], that's on my LinkedIn, [[linkedin.com/in/aditi-kulkarni-data|URL]]. I also have a Topmate page, [[topmate.io/aditi_kulkarni|URL]], for paid 1:1 calls with freshers. On X I'm [[@aditi_crunches|SOCIAL_HANDLE]]. For the backup email, on my resume I write [[aditi_k91 [at] outlook [dot] in|OBF_EMAIL|bracket_at_dot]]. Phone [[+91 98220 41735|PHONE_NUMBER]], and on public posts I write [[nine eight two two zero, four one seven three five|OBF_PHONE|digits_as_words]] so the loan recovery bots don't call me. Address for invoices is [[Flat 7B, Sai Prasad Apartments, Baner Road|ADDRESS]], [[Pune|CITY]] [[411045|ADDRESS]].

AI: Has AI ever caused a mistake in your client work? And what do you think about AI's impact on analysts in [[India|COUNTRY]]?

User: Once a big one. [[Copilot|AI_PRODUCT]] wrote a measure that double counted returns, and the pharma client's sales head presented inflated numbers to their distributor meeting. I caught it two days later. I called [[the sales head|GENERIC_ROLE]] myself and explained, he was okay but it was embarrassing. Now I have a checklist, every AI formula gets tested against a manual sample. About [[India|COUNTRY]], honestly mixed. [[Nandan Nilekani|PUBLIC_FIGURE]] keeps saying [[India|COUNTRY]] should be the use-case capital of AI, and I agree, but the entry level analyst jobs are going. My juniors at [[Infosys|ORGANIZATION]] tell me the training batches are smaller. Around [[Diwali|GENERIC_TIME]] every year clients want year-end style reports and I use AI a lot to keep up.

AI: Thank you, [[Aditi|PERSON]], that's been really helpful.

User: Happy to help! All the best.""")

T.append("""AI: Hello, thank you for joining. Could you introduce yourself and your work?

User: Hello. I am [[Tanvir Hasan Chowdhury|PERSON]], [[27|AGE]], I am a [[fact-checker|JOB_TITLE]] at [[SatyaCheck Bangladesh|ORGANIZATION]], a small fact-checking organisation in [[Dhaka|CITY]]. I studied mass communication and journalism at [[University of Dhaka|SCHOOL]]. Before I was reporter at a online portal.

AI: Thank you, [[Tanvir|PERSON]]. How does AI come into fact-checking, and have you seen a specific case that was hard?

User: From both sides! The false content is more and more AI, deepfake audio of politicians, fake images of floods. And we use AI to detect. We use [[Hive Moderation|AI_PRODUCT]] and [[AI or Not|AI_PRODUCT]] for images, [[InVID|SOFTWARE]] plugin for video frames, and [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] for translating and summarising long facebook posts. My colleague [[Joy Barua|PERSON]] handles the audio deepfakes, he built a small workflow with [[Whisper|AI_PRODUCT]] to transcribe Bangla audio. There is no joy in this job sometimes, you see so much hate. Before the election in [[January 2024|DATE]] there was a fake audio of a candidate, very convincing. The detector tools said 50-50. [[Joy|PERSON]] found the original speech in an old video and that's how we proved it. Also after [[August 2024|DATE]], when the government changed and [[Muhammad Yunus|PUBLIC_FIGURE]] became chief adviser, there were many fake quotes of him and of [[Sheikh Hasina|PUBLIC_FIGURE]], every day.

AI: Do you share personal information with AI tools?

User: Sometimes we must put screenshots which have names and phone numbers of ordinary people, we try to blur first. For myself, I registered on one AI detection tool with my NID [[5102948372|NATIONAL_ID]] because they asked for verification, later I found it was a very small company, not sure where data went. My sister [[nusrat|PERSON|lowercase_name]] told me I'm like the doctor who smokes.

AI: How can people contact you with a claim to check?

User: Our tipline is on WhatsApp. My work email is written on the site as [[tanvir dot hc at satyacheck dot org|OBF_EMAIL|spelled_at_dot]], and personal [[tanvirhc.dhaka@gmail.com|EMAIL_ADDRESS]]. Mobile [[+880 1711-428953|PHONE_NUMBER]], on facebook I write it in Bangla numbers, [[০১৭১১-৪২৮৯৫৩|OBF_PHONE|bengali_digits]]. My X handle is [[@tanvir_factchecks|SOCIAL_HANDLE]] and facebook [[facebook.com/tanvir.hasan.chy|URL]]. The office is [[House 32, Road 11, Block C|ADDRESS]], [[Banani|CITY]], [[Dhaka|CITY]] [[1213|ADDRESS]], but we don't advertise it because of threats.

AI: What would make AI tools work better for fact-checkers in [[Bangladesh|COUNTRY]]?

User: Bangla support, really. Most detectors are trained in english. Also speed: in [[monsoon|GENERIC_TIME]] with floods, fake images go viral in one hour. And around [[Eid|GENERIC_TIME]] there are many scams with fake [[bKash|SOFTWARE]] messages. In [[Bangladesh|COUNTRY]] people trust what comes on WhatsApp from family. We need tools that work in the phone, in Bangla, and are free.

AI: Thank you, [[Tanvir|PERSON]]. I appreciate you sharing this.

User: Thank you for asking about us, usually nobody does.""")

T.append("""AI: Hello, thank you for taking part. Could you tell me about yourself?

User: Ayubowan! I am [[Chaminda Wijesinghe|PERSON]], I am [[51|AGE]], I own and manage a small guesthouse, [[Hill View Kandy Guesthouse|ORGANIZATION]], eight rooms, near the lake. My wife [[Dilani|PERSON]] does the kitchen and I do bookings and guests. Before, I was accountant in a tea company for fifteen years.

AI: Thank you, [[Chaminda|PERSON]]. How do you use AI in running the guesthouse?

User: My son [[Kasun|PERSON]] showed me. He is only [[twelve|AGE]] but he knows more than me. Now I use [[ChatGPT|AI_PRODUCT]] to reply the reviews on [[Booking.com|SOFTWARE]] and [[TripAdvisor|SOFTWARE]], because my english writing is not so nice, speaking is ok. Also [[Gemini|AI_PRODUCT]] on the phone to translate messages from german and french guests. For accounts I still use [[Excel|SOFTWARE]], I am old accountant, I trust my own formulas.

AI: Has AI ever helped or hurt with a guest situation, and do you enter guest information or your own information into AI tools?

User: One english lady, [[Rose|PERSON]], wrote a long bad review because the hot water was not working. I asked [[ChatGPT|AI_PRODUCT]] to write the answer and it was too much sorry, like we are criminals. [[Dilani|PERSON]] said no, we rewrote. After, [[Rose|PERSON]] herself emailed and said thank you for the honest reply. Also after the crisis the prices rose so much, electricity, gas, and AI helped me to write a notice to guests explaining the new rates politely. About data, sometimes passport copies come by WhatsApp and I asked the AI to read the details to fill the police registration form. Now I stopped because [[my nephew|GENERIC_ROLE]] said it is not good. For myself, when I applied for a small business loan, I gave [[ChatGPT|AI_PRODUCT]] my NIC number [[197318402957|NATIONAL_ID]] and it made a nice application letter. [[The bank officer|GENERIC_ROLE]] said the letter was very good, haha.

AI: How do guests find and contact you?

User: The website is [[www.hillviewkandy.lk|URL]], Instagram [[@hillviewkandy|SOCIAL_HANDLE]]. Email [[hillview.chaminda@gmail.com|EMAIL_ADDRESS]], and on the website [[Kasun|PERSON]] wrote it like [[hillview dot chaminda at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Phone and WhatsApp [[077 341 2290|PHONE_NUMBER]], for foreigners [[+94 77 341 2290|PHONE_NUMBER]]. On the signboard on the road we wrote [[zero seven seven, three four one, double two nine zero|OBF_PHONE|digits_as_words]], it was the idea of the sign painter. Address is [[No. 41/3, Peradeniya Road|ADDRESS]], [[Kandy|CITY]].

AI: Are there busy seasons where you rely on AI more, and what do you think about AI for small tourism businesses in [[Sri Lanka|COUNTRY]]?

User: Yes, during [[Esala Perahera|GENERIC_TIME]] all rooms are full and many questions come, so AI helps to answer fast. From [[December|GENERIC_TIME]] to [[March|GENERIC_TIME]] also busy with [[Europe|CONTINENT]] tourists. On [[Poya|GENERIC_TIME]] days we don't serve alcohol and guests always ask why, so I made a nice explanation with AI and printed it. About AI for small business, it is helpful for small people like me who cannot pay marketing agency. But the big platforms take commission and now they also use AI to push prices. In [[Sri Lanka|COUNTRY]] after the economic crisis, tourism is everything. I hope the government gives training. Even [[Sanath Jayasuriya|PUBLIC_FIGURE]] is promoting tourism now, maybe he should promote AI training also, haha.

AI: Thank you so much, [[Chaminda|PERSON]].

User: Thank you. If you come to [[Kandy|CITY]], you are welcome to stay.""")

T.append("""AI: Hi, thanks for joining. Could you tell me a bit about yourself and your job?

User: Hi, I'm [[Lin Xiaowen|PERSON]], English name [[Vivian|PERSON]], I'm [[30|AGE]]. I'm a [[product manager|JOB_TITLE]] at [[Qingyun Robotics|ORGANIZATION]], a hardware startup in [[Shenzhen|CITY]], we make robot vacuums and window cleaners, mostly for export. I graduated from [[Sun Yat-sen University|SCHOOL]] in [[2016|DATE]].

AI: Thanks, [[Vivian|PERSON]]. How do you use AI tools at work, and is there guidance from your company on how to use them?

User: Every day. For internal we use [[Feishu|SOFTWARE]], it has AI summary of meetings and docs. For writing PRDs and competitor analysis I use [[DeepSeek|AI_PRODUCT]] and [[Kimi|AI_PRODUCT]], [[Kimi|AI_PRODUCT]] is good for very long PDFs like manuals of competitors. [[Doubao|AI_PRODUCT]] on the phone for quick things. For the export markets I need English and German listing text, so sometimes I use [[ChatGPT|AI_PRODUCT]] with VPN. Our designer [[Summer|PERSON]] uses AI for product renderings, it saves her a lot of time, in [[summer|GENERIC_TIME]] we launch new models so she is very busy. About guidance, our CEO [[Jack Zhou|PERSON]] is very pro-AI, he says every PM must use AI or leave, haha. But we have a rule: no engineering drawings or firmware into foreign AI tools, only [[Qwen|AI_PRODUCT]] deployed on our own server. [[Jack|PERSON]] got this idea after he saw [[Liang Wenfeng|PUBLIC_FIGURE]] interview, he thinks Chinese open models are enough now. [[Summer|PERSON]] disagrees, she says the image models abroad are still better.

AI: Have you put personal data into AI tools?

User: Yes, for my visa application to [[Germany|COUNTRY]] for IFA fair, I asked [[Kimi|AI_PRODUCT]] to fill the English forms and I gave it my resident ID number [[440305199407124528|NATIONAL_ID]] and my address, [[Room 1804, Building 3, 1088 Keyuan Road|ADDRESS]], [[Nanshan District|CITY]], [[Shenzhen|CITY]]. In [[China|COUNTRY]] we give the ID number for everything, train, hotel, so people don't feel it is so secret.

AI: How do suppliers and partners contact you?

User: WeChat mostly, my WeChat ID is [[linxw_vivian|SOCIAL_HANDLE]]. Email [[vivian.lin@qingyunrobotics.cn|EMAIL_ADDRESS]]. For personal I write [[vivianlin94 艾特 163 点 com|OBF_EMAIL|chinese_words]] in my Xiaohongshu profile, there I am [[@薇薇安做产品|SOCIAL_HANDLE]], I share PM experience. Phone [[+86 138 2719 4405|PHONE_NUMBER]], in some group chats I write it [[一三八 二七一九 四四零五|OBF_PHONE|chinese_digits]] so the platform doesn't block the message for ad. Also LinkedIn, [[linkedin.com/in/vivian-lin-xiaowen|URL]], for foreign buyers.

AI: Has AI ever caused a problem in your product work, and do you use it differently at different times of year?

User: Once [[DeepSeek|AI_PRODUCT]] gave me a wrong EU battery regulation date, I put it in the roadmap, and [[the compliance engineer|GENERIC_ROLE]] found it after two weeks. And AI translations of the manual for [[Japan|COUNTRY]] market were too casual, the distributor complained. Now we always have native reviewers. Before [[Spring Festival|GENERIC_TIME]] factories close, so everything must finish early, I use AI like crazy for documents. And around [[Singles' Day|GENERIC_TIME]] the marketing team uses it for thousands of product descriptions.

AI: Thank you, [[Vivian|PERSON]], this was very interesting.

User: You're welcome, bye bye!""")

T.append("""AI: Hello, thanks for joining today. Could you introduce yourself?

User: Hello, nice to meet you. I am [[Haruka Nishimura|PERSON]], [[27|AGE]] years old, I work as [[freelance illustrator|JOB_TITLE]] and also manga translator, Japanese to English, in [[Fukuoka|CITY]]. I graduated from [[Kyushu Sangyo University|SCHOOL]] art department in [[2019|DATE]]. My main client now is small publisher, [[Hakata Comics Works|ORGANIZATION]].

AI: Thank you, [[Haruka|PERSON]]. How does AI relate to your work as an illustrator and translator?

User: It is complicated feeling. For illustration, I don't use generative AI, many artists in [[Japan|COUNTRY]] are angry about [[Stable Diffusion|AI_PRODUCT]] and [[NovelAI|AI_PRODUCT]] because they learned from our drawings without permission. I put [[Glaze|SOFTWARE]] on my works before posting. I draw in [[Clip Studio Paint|SOFTWARE]]. But for translation I use [[DeepL|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] for first draft, then I fix. Manga has many jokes and onomatopoeia, AI makes them very flat.

AI: Have you ever shared personal information with AI tools?

User: Yes, a little embarrassing. For the tax return, kakutei shinkoku, in [[February|GENERIC_TIME]], I asked [[ChatGPT|AI_PRODUCT]] how to fill, and I typed my My Number [[4821 7730 9164|NATIONAL_ID]] because I copied whole line from the form. Also my address, [[Heights Daimyo 301, 2-6-38 Daimyo|ADDRESS]], [[Chuo-ku|CITY]], [[Fukuoka|CITY]] [[810-0041|ADDRESS]]. My friend [[yui|PERSON|lowercase_name]] works at the city office and she said never type My Number anywhere except official sites.

AI: How do clients contact you, and has AI affected your income or your clients' expectations?

User: Work email is [[h.nishimura@hakata-comics.co.jp|EMAIL_ADDRESS]] because I have a desk at their office two days a week. Personal email for commissions I write on my profile like [[haruka.n.illust アットマーク gmail ドット com|OBF_EMAIL|japanese_words]]. Japanese clients use LINE, my LINE ID is [[haru_illust27|SOCIAL_HANDLE]]. On X I am [[@haruka_nsmr|SOCIAL_HANDLE]], and my pixiv is [[pixiv.net/users/48213377|URL]]. Phone is [[090-4412-8873|PHONE_NUMBER]], from abroad [[+81 90 4412 8873|PHONE_NUMBER]]. On my commission sheet I write it in full-width, [[０９０－４４１２－８８７３|OBF_PHONE|fullwidth_digits]], because scraping tools read it badly. About income, yes. In [[2023|DATE]] one game company cancelled a character design job and said "we will try AI first". After three months they came back, ha, but the price was lower. My editor at [[Hakata Comics|ORGANIZATION]], [[Kenji Matsuda|PERSON]], protects us, he made a contract clause that our drawings cannot be used for AI training. [[Matsuda|PERSON]]-san is very kind, he is like a big brother.

AI: What do you think about the wider debate on AI and art, and are there times of year when you work differently?

User: [[Hayao Miyazaki|PUBLIC_FIGURE]] said AI animation is "an insult to life itself", many artists repeat this. I understand, but translators already live with AI since years. I think the problem is consent and money, not the technology. If a company pays artists to train, maybe ok. Before [[Golden Week|GENERIC_TIME]] and before [[Obon|GENERIC_TIME]] the publisher has deadlines, so I use [[DeepL|AI_PRODUCT]] more to go fast. In [[winter|GENERIC_TIME]] there is Comiket, I prepare my own doujinshi, all by hand, no AI, it is my pride.

AI: Thank you, [[Haruka|PERSON]], this was really thoughtful.

User: Thank you very much. Good luck.""")

T.append("""AI: Hello, thank you for participating. Could you tell me about your work?

User: Hello. I'm [[Kim Soo-jin|PERSON]], [[33|AGE]], [[internal medicine specialist|JOB_TITLE]]. I work at a local clinic, [[Haeundae Sarang Internal Medicine|ORGANIZATION]] in [[Busan|CITY]]. Before, I trained at [[Pusan National University Hospital|ORGANIZATION]], and I graduated from [[Pusan National University|SCHOOL]] medical school. I left the hospital during the doctors' strike in [[2024|DATE]], that's a long story.

AI: Thank you, [[Soo-jin|PERSON]]. How do you use AI in clinical work?

User: The clinic uses [[Uisarang|SOFTWARE]] as EMR, no real AI inside. For chest x-ray we have [[Lunit INSIGHT CXR|AI_PRODUCT]], it marks possible nodules, it is quite good, better than me when I'm tired at 6pm. For writing, I use [[HyperCLOVA X|AI_PRODUCT]] because it is good in Korean medical terms, and [[ChatGPT|AI_PRODUCT]] for reading english papers. Young doctors also use [[Wrtn|AI_PRODUCT]]. Our nurse manager [[Grace Park|PERSON]] uses AI to make patient education handouts for the elderly, big letters, simple words.

AI: Do you ever enter patient or personal information into these tools?

User: Patient, never names or resident numbers, we are strict, in [[Korea|COUNTRY]] privacy law is very hard. But I did a mistake with my own. When I applied for a research grant, I gave [[ChatGPT|AI_PRODUCT]] my whole application form to translate, and my resident registration number [[910415-2183746|NATIONAL_ID]] was in the header. [[Grace|PERSON]] saw it and said "doctor, you tell patients to be careful and you do this". There is no grace period for mistakes like that.

AI: How can colleagues or patients contact you?

User: Clinic address is [[78 Centum jungang-ro, 5F|ADDRESS]], [[Haeundae-gu|CITY]], [[Busan|CITY]]. Work email [[sjkim@sarangclinic.co.kr|EMAIL_ADDRESS]]. Personal one I write in Korean style to avoid bots, [[soojin.kim.md 골뱅이 naver 점 com|OBF_EMAIL|korean_words]]. Mobile [[010-4827-3391|PHONE_NUMBER]], from outside [[+82 10 4827 3391|PHONE_NUMBER]]. In the alumni group chat I wrote [[공일공 사팔이칠 삼삼구일|OBF_PHONE|korean_sino_digits]] as a joke, everyone understood. KakaoTalk ID is [[sjkim_im|SOCIAL_HANDLE]], and I have Instagram [[@dr.soojin_busan|SOCIAL_HANDLE]] for health tips.

AI: How do you feel about AI in medicine in the long run, and are there times when your AI use changes?

User: When [[AlphaGo|AI_PRODUCT]] beat [[Lee Sedol|PUBLIC_FIGURE]] in [[2016|DATE]], I was a medical student, and professors said radiologists will disappear. Not true yet. AI helps, but responsibility is with the doctor. And in [[Korea|COUNTRY]] now, with the doctor shortage, the government may push AI to replace doctors in rural areas, this worries me. As for timing, during [[Chuseok|GENERIC_TIME]] and [[Seollal|GENERIC_TIME]] the clinic is closed, I use AI to catch up papers. In [[winter|GENERIC_TIME]] with the flu season, no time for anything.

AI: Thank you, [[Soo-jin|PERSON]]. I appreciate your time.

User: You're welcome, thank you.""")

T.append("""AI: Hi, thanks for joining! Could you tell me about yourself?

User: hi! im [[Nguyễn Minh Khoa|PERSON]], [[21|AGE]], final year student in IT at [[Đại học Bách khoa Đà Nẵng|SCHOOL]], and part time [[junior frontend developer|JOB_TITLE]] at a small agency, [[Sông Hàn Digital|ORGANIZATION]]. In [[summer 2023|DATE]] I was intern at [[FPT Software|ORGANIZATION]]. sorry my english grammar is not so good.

AI: Your English is fine, [[Khoa|PERSON]]. How do you use AI in school and at work, and has it ever gone wrong?

User: too much maybe haha. [[GitHub Copilot|AI_PRODUCT]] is free for students so I use it in [[VS Code|SOFTWARE]] all the time, [[ChatGPT|AI_PRODUCT]] to explain errors, and [[v0|AI_PRODUCT]] to generate UI in [[React|SOFTWARE]] quickly. At the agency my team leader anh [[Tuấn|PERSON]] says ok to use AI but I must understand every line, because last time I pushed code from AI that had a key inside, he was very angry. My friend [[Huy|PERSON]] uses only [[Gemini|AI_PRODUCT]] because it is free with his Google account. The AI example code had a placeholder API key and I replaced with our real key of the client and pushed to public repo on GitHub. After two hours somebody used it. Anh [[Tuấn|PERSON]] had to rotate it and call the client. Now we have a pre-commit check. It was my fault, not AI, but AI made it look so easy.

AI: Have you shared personal information with AI tools?

User: yes, for the scholarship to study master in [[Japan|COUNTRY]] I asked [[ChatGPT|AI_PRODUCT]] to write my study plan, and I pasted my CV with CCCD number [[048203004517|NATIONAL_ID]], and address [[K45/12 Nguyễn Văn Linh|ADDRESS]], [[Hải Châu|CITY]], [[Đà Nẵng|CITY]]. My girlfriend [[thảo|PERSON|lowercase_name]] said the study plan sounded like a robot, so I rewrote it myself lol.

AI: How do people contact you, for work or projects?

User: in [[Vietnam|COUNTRY]] everybody uses Zalo, my Zalo is my phone number [[0905 318 442|PHONE_NUMBER]], for foreign [[+84 905 318 442|PHONE_NUMBER]]. In facebook groups I write it like [[không chín không năm, ba một tám, bốn bốn hai|OBF_PHONE|vietnamese_digit_words]] so [[the group admin|GENERIC_ROLE]] dont delete as spam. Email [[khoa.nm.dev@gmail.com|EMAIL_ADDRESS]], and another one I write [[khoanm203 a còng outlook chấm com|OBF_EMAIL|vietnamese_words]]. GitHub is [[github.com/khoanguyen-dn|URL]], and Threads [[@khoa.codes.dn|SOCIAL_HANDLE]].

AI: How do you see AI affecting your career, and are there times in the year you use it more or less?

User: I'm worried a little. When [[Jensen Huang|PUBLIC_FIGURE]] came to [[Vietnam|COUNTRY]], everyone was excited about AI jobs, but for junior frontend, AI can do a lot already. So I try to learn backend and cloud also. [[My teacher|GENERIC_ROLE]] says we should be the person who checks the AI, not the person the AI replaces. Before [[Tết|GENERIC_TIME]] there are many exams and project deadlines, so I use AI all night. During [[Tết|GENERIC_TIME]] I go home to [[Quảng Nam|CITY]] and no laptop, my grandmother doesnt allow.

AI: Thanks so much, [[Khoa|PERSON]]. This was great.

User: thank you! good luck!""")

T.append("""AI: Selamat siang, thank you for joining. Can you tell me about yourself and your business?

User: Selamat siang. My name is [[Sri Wahyuningsih|PERSON]], people call me Bu [[Sri|PERSON]]. I am [[45|AGE]] and I own a small batik business, [[Batik Sekar Jagad Wahyu|ORGANIZATION]], in [[Yogyakarta|CITY]]. We have workshop with 9 ladies who make batik tulis and cap, and we sell online and in our small shop.

AI: Thank you, Bu [[Sri|PERSON]]. How do you use AI in the business?

User: My daughter [[Putri|PERSON]] taught me, she is [[nineteen|AGE]] and studies at [[Universitas Gadjah Mada|SCHOOL]]. I use [[Meta AI|AI_PRODUCT]] inside WhatsApp to write product descriptions, and [[ChatGPT|AI_PRODUCT]] for English text for buyers from [[Japan|COUNTRY]] and [[Netherlands|COUNTRY]]. For videos on [[TikTok Shop|SOFTWARE]] we use [[CapCut|SOFTWARE]], it has AI voice. We sell also on [[Shopee|SOFTWARE]] and [[Tokopedia|SOFTWARE]]. My husband mas [[bayu|PERSON|lowercase_name]] does the packing and he doesn't trust the AI, he says "robot doesn't know batik".

AI: Has AI ever gotten something wrong about your products?

User: Yes! The AI wrote that our motif is "Parang from Solo" but it is a [[Jogja|CITY]] motif, for batik people this is a big difference. A customer complained in comments. Also the AI made an image of batik for a poster, and the pattern was nonsense, mixing motifs. Batik has meaning, you cannot just mix. I love [[Iwan Tirta|PUBLIC_FIGURE]], he made batik famous in the world, and I think AI doesn't understand this philosophy.

AI: Do you share personal information with these tools?

User: For the government program for small business loans, KUR, I asked [[ChatGPT|AI_PRODUCT]] to help me write the proposal, and I put my NIK [[3471065807790003|NATIONAL_ID]], our address and the bank account. [[Putri|PERSON]] said "ibu, this is dangerous" so now she helps me to delete the numbers first.

AI: How do customers contact you, and when is your busiest period?

User: Shop is at [[Jl. Parangtritis No. 88|ADDRESS]], [[Mantrijeron|CITY]], [[Yogyakarta|CITY]] [[55143|ADDRESS]]. WhatsApp [[0812-2745-6631|PHONE_NUMBER]], from abroad [[+62 812 2745 6631|PHONE_NUMBER]]. On the shop banner we wrote [[nol delapan satu dua, dua tujuh empat lima, enam enam tiga satu|OBF_PHONE|indonesian_digit_words]], [[the printer man|GENERIC_ROLE]] suggested, I don't know why. TikTok is [[@batiksekarjagad.jogja|SOCIAL_HANDLE]], Instagram [[@sriwahyu.batik|SOCIAL_HANDLE]]. Email [[batiksekarjagad@gmail.com|EMAIL_ADDRESS]], and my personal one [[Putri|PERSON]] wrote on the website as [[sri.wahyu79 et yahoo titik co titik id|OBF_EMAIL|indonesian_words]]. Busiest time is before [[Lebaran|GENERIC_TIME]] everyone buys batik for family, orders are crazy, so AI helps to answer the same questions in chat, size, price, delivery. And on [[Hari Batik Nasional|GENERIC_TIME]] in [[October|GENERIC_TIME]] we make promotion, AI helps with the captions. In [[Indonesia|COUNTRY]] now even [[Jokowi|PUBLIC_FIGURE]] wore batik at every event, so it is good for us.

AI: Thank you very much, Bu [[Sri|PERSON]].

User: Sama-sama. Matur nuwun, thank you for asking about small business like us.""")

T.append("""AI: Hello, thank you for joining. Could you introduce yourself?

User: Hi, I'm [[Farah Nadia Ismail|PERSON]], [[39|AGE]], I'm an [[audit manager|JOB_TITLE]] at [[Lim, Rahman & Co|ORGANIZATION]], a mid-size chartered accountants firm in [[George Town|CITY]], [[Penang|CITY]]. I studied accounting at [[Universiti Sains Malaysia|SCHOOL]] and did ACCA after.

AI: Thanks, [[Farah|PERSON]]. How does AI show up in your audit work?

User: Slowly, accountants are conservative haha. Most of our SME clients use [[AutoCount|SOFTWARE]] or [[SQL Account|SOFTWARE]], we pull the ledgers into [[CaseWare|SOFTWARE]] and [[Excel|SOFTWARE]]. I use [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] to write formulas and [[ChatGPT|AI_PRODUCT]] to draft management letters. Recently I tried [[MaLLaM|AI_PRODUCT]], the Malaysian model, for Malay letters, not bad. My senior associate [[May Cheah|PERSON]] is the real AI person in the team, she built a little [[Python|SOFTWARE]] thing to flag unusual journal entries.

AI: Tell me more about what [[May|PERSON]] built.

User: [[May|PERSON]] wrote it with help from [[ChatGPT|AI_PRODUCT]], it looks for entries posted on weekends, round numbers, that kind of thing. It may not be perfect but it found a real issue at a client last year, a staff was booking fake expenses. [[The partner|GENERIC_ROLE]] was very impressed and now [[May|PERSON]]'s script is part of our standard procedure.

AI: Do you ever put client or personal data into AI tools, and how do people reach you for work?

User: Client data we are strict, only on the firm's [[Copilot|AI_PRODUCT]] which is enterprise. Personal, I did once. When I renewed my passport I asked [[ChatGPT|AI_PRODUCT]] to check the form and my MyKad number [[850921-07-5526|NATIONAL_ID]] was in it. Also I pasted my home address, [[22-5-3, Jalan Sultan Ahmad Shah|ADDRESS]], [[10050|ADDRESS]] [[George Town|CITY]], to format it nicely for a letter. Silly, I know, for an auditor. For work, office email [[farah.ismail@limrahman.com.my|EMAIL_ADDRESS]], LinkedIn [[linkedin.com/in/farahnadia-ismail-acca|URL]]. My personal email I put in the alumni directory as [[farahnadia85 at gmail.com|OBF_EMAIL|at_word_only]]. Mobile [[012-478 3301|PHONE_NUMBER]], or [[+60 12-478 3301|PHONE_NUMBER]] from overseas. In one Telegram group I wrote it as [[o12 - 4 7 8 - 33 o1|OBF_PHONE|letter_o_spaced]] because the group bans numbers, haha, Malaysians are creative.

AI: Are there seasons when you rely on AI more, and how do you see AI changing the accounting profession in [[Malaysia|COUNTRY]]?

User: Peak season is from [[January|GENERIC_TIME]] to [[May|GENERIC_TIME]], because many companies close year in [[December|GENERIC_TIME]] and the tax deadlines come after. Then we use AI a lot for drafting. During [[Hari Raya|GENERIC_TIME]] and [[Chinese New Year|GENERIC_TIME]] the office is half empty, and we rush before. About the profession, [[Anwar Ibrahim|PUBLIC_FIGURE]] talks a lot about AI and digital economy, and the big four already use AI for audit sampling. Small firms like us must catch up or we lose clients. In [[Malaysia|COUNTRY]] and the rest of [[Asia|CONTINENT]] many juniors now do less manual ticking, I'm not sure they will learn judgement.

AI: Thank you, [[Farah|PERSON]], this was very helpful.

User: You're welcome, all the best with your study!""")

T.append("""AI: Dzień dobry, thank you for joining. Could you tell me about yourself?

User: Dzień dobry! I'm [[Katarzyna Wójcik-Zięba|PERSON]], but everybody says [[Kasia|PERSON]]. I am [[35|AGE]], [[postdoctoral researcher|JOB_TITLE]] in materials science at [[AGH University of Krakow|SCHOOL]], I work on thin films for solar cells. PhD I did at [[Jagiellonian University|SCHOOL]], defended in [[2018|DATE]].

AI: Thanks, [[Kasia|PERSON]]. How do you use AI in your research?

User: For literature, [[Scite|AI_PRODUCT]] and [[Elicit|AI_PRODUCT]], and [[Claude|AI_PRODUCT]] for reading long papers and helping with the english of my manuscripts. For data analysis, [[Python|SOFTWARE]] with [[ChatGPT|AI_PRODUCT]] helping, and plots still in [[Origin|SOFTWARE]] because my supervisor prof. [[nowak|PERSON|lowercase_name]] likes the [[Origin|SOFTWARE]] style, he is traditional. I also tested [[Bielik|AI_PRODUCT]] and [[PLLuM|AI_PRODUCT]], the polish models, for writing grant summaries in polish, they are surprisingly ok.

AI: Do you ever share personal data or unpublished results with these tools?

User: Unpublished results, I try to be careful, but honestly when the deadline is tomorrow you paste everything. Personal data, yes. For a grant application I needed to fill a form and I asked [[ChatGPT|AI_PRODUCT]] to help, and I pasted my PESEL [[89031204581|NATIONAL_ID]] with everything else. Also my address, [[ul. Karmelicka 54/7|ADDRESS]], [[31-128|ADDRESS]] [[Kraków|CITY]], was on the form. My husband [[Marek|PERSON]] is an IT security guy, so you can imagine his face.

AI: How do other researchers contact you, and has AI ever caused a problem in your research?

User: University email [[kwojcik@agh.edu.pl|EMAIL_ADDRESS]]. Private I write on my website as [[kasia.wz małpa gmail kropka com|OBF_EMAIL|polish_words]], małpa means monkey, this is how we say @ in [[Poland|COUNTRY]]. ORCID [[orcid.org/0000-0001-8842-3157|URL]], and I'm on Bluesky, [[@kasiawz.bsky.social|SOCIAL_HANDLE]], since many scientists left X. Phone [[+48 512 306 994|PHONE_NUMBER]], but in the conference booklet I wrote [[pięćset dwanaście, trzysta sześć, dziewięćset dziewięćdziesiąt cztery|OBF_PHONE|polish_number_words]], nobody will call me, haha, good. And a problem, yes: one student in our group, [[Bartek|PERSON]], used AI to write the introduction of his master thesis and it cited a paper of prof. [[nowak|PERSON|lowercase_name]] that does not exist. Imagine, inventing a paper of your own supervisor! He was very embarrassed. Now in our group we have a rule: every reference must be opened in [[Zotero|SOFTWARE]] before it goes in the text.

AI: What do you think about AI in European science more broadly, and are there times of year you use AI more?

User: In [[Europe|CONTINENT]] we are slow but careful, the AI Act and all that. [[Poland|COUNTRY]] is investing in its own models, which I like, because language matters. I always think of [[Marie Curie|PUBLIC_FIGURE]], she had nothing, a shed and a lot of patience. We have everything and still complain, haha. About timing, before [[Christmas|GENERIC_TIME]], the national science centre has deadlines in [[December|GENERIC_TIME]], so all of [[November|GENERIC_TIME]] is writing, writing, AI, AI. In [[summer|GENERIC_TIME]] I'm in the lab more, less writing.

AI: Dziękuję, [[Kasia|PERSON]], this was great.

User: Dziękuję! Good luck!""")

T.append("""AI: Hello, thank you for joining. Could you tell me about yourself?

User: Hello. I'm [[Oksana Hrytsenko|PERSON]], [[42|AGE]], [[freelance journalist|JOB_TITLE]] and fixer. I'm from [[Kharkiv|CITY]], but since [[March 2022|DATE]] I live in [[Lviv|CITY]] with my son [[Matviy|PERSON]], he is [[eleven|AGE]]. I work as stringer for foreign media, for example for [[Deutsche Welle|ORGANIZATION]], and I help foreign reporters with contacts, translation, logistics.

AI: Thank you, [[Oksana|PERSON]]. How does AI fit into your work?

User: Transcription is the biggest. Interviews with soldiers, with displaced people, hours of audio in Ukrainian and Russian mixed, surzhyk. I use [[Whisper|AI_PRODUCT]] on my own laptop, not in the cloud, because of safety. [[Otter|AI_PRODUCT]] I stopped, it sends everything to servers. For translation [[DeepL|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]]. My editor in [[London|CITY]], [[Hope Adeyemi|PERSON]], she asks me to always mark which parts were machine translated. I hope more editors do like her.

AI: Why is safety such a concern for your audio?

User: Because if the recordings leak, people can be identified, and some of them have family in occupied territories. [[Russia|COUNTRY]] has hackers who target journalists. So no cloud for sources. [[Hope|PERSON]] agrees, her newsroom has strict rules. For my own documents, I was less careful: I used [[ChatGPT|AI_PRODUCT]] to prepare my accreditation form and put my passport number [[FA482913|NATIONAL_ID]] and my tax number [[3384512907|NATIONAL_ID]] inside. Later I regretted it.

AI: How do editors and colleagues contact you?

User: Signal and Telegram, my Telegram is [[@oksana_hr_lviv|SOCIAL_HANDLE]]. Phone [[+380 67 412 5583|PHONE_NUMBER]], inside [[Ukraine|COUNTRY]] [[067 412 55 83|PHONE_NUMBER]]. On the public fixer list I wrote [[нуль шістдесят сім, чотириста дванадцять, п'ятдесят п'ять, вісімдесят три|OBF_PHONE|ukrainian_number_words]] so bots can't read it. Email [[oksana.hrytsenko@ukr.net|EMAIL_ADDRESS]], and for sensitive, [[o.hrytsenko собака proton крапка me|OBF_EMAIL|ukrainian_words]], we say "dog" for @ in Ukrainian. Address for deliveries [[vul. Horodotska 75, kv. 12|ADDRESS]], [[79007|ADDRESS]] [[Lviv|CITY]], but I don't share it with everybody.

AI: Has AI ever caused trouble in your reporting, and what would help journalists in [[Ukraine|COUNTRY]] use AI more safely?

User: Yes, once an AI translation turned a village name into a common word, and [[the editor|GENERIC_ROLE]] almost published a sentence without sense. Also deepfakes, there was the fake video of [[Volodymyr Zelensky|PUBLIC_FIGURE]] telling soldiers to surrender, in [[2022|DATE]], everybody remembers. Now I check every video with two tools and my own eyes. And [[ElevenLabs|AI_PRODUCT]] voices are so good now that audio is not evidence anymore. What would help: tools that work offline, in Ukrainian, free. Government app [[Diia|SOFTWARE]] is good example of digital in [[Ukraine|COUNTRY]], I would like something like that for secure transcription. And training for older journalists. At [[Christmas|GENERIC_TIME]] I will run a small workshop for colleagues from [[Kharkiv|CITY]], about [[Whisper|AI_PRODUCT]] offline.

AI: Thank you, [[Oksana|PERSON]]. Take care.

User: Thank you. Дякую.""")

T.append("""AI: Bună, thanks for joining. Could you tell me a bit about yourself?

User: Bună! I'm [[Mihai-Andrei Lungu|PERSON]], [[30|AGE]], [[co-founder and head of QA|JOB_TITLE]] at [[Testolia|ORGANIZATION]], a small startup in [[Cluj-Napoca|CITY]], we do test automation as a service. Before I was six years at [[Endava|ORGANIZATION]]. Studied computer science at [[Babeș-Bolyai University|SCHOOL]].

AI: Thanks, [[Mihai|PERSON]]. How does AI show up in testing?

User: Everywhere now. We write tests in [[Playwright|SOFTWARE]], some old clients still have [[Selenium|SOFTWARE]], test cases in [[TestRail|SOFTWARE]], bugs in [[Jira|SOFTWARE]]. [[GitHub Copilot|AI_PRODUCT]] writes maybe 40 percent of test code, [[ChatGPT|AI_PRODUCT]] generates test data. We evaluated [[Testim|AI_PRODUCT]] for self-healing locators, too expensive for us. My co-founder [[Bogdan Rusu|PERSON]] is more on sales side, he uses AI to write proposals, sometimes too long, [[Bogdan|PERSON]] loves adjectives.

AI: Do you use real personal data in test data?

User: This is the classic QA sin. Clients send production dumps "for realistic testing", with real names, real CNPs. We refuse now, we generate synthetic. But I confess, once I tested a form validation with my own CNP [[1940523125794|NATIONAL_ID]] and pasted it in [[ChatGPT|AI_PRODUCT]] asking why the checksum fails. Funny thing, our first client was a guy literally named [[Ion Marinescu|PERSON]], and the government had this AI "advisor" called [[Ion|AI_PRODUCT]], so every meeting there was a joke about which one will approve the budget.

AI: How do clients and candidates reach you?

User: Company email [[mihai@testolia.ro|EMAIL_ADDRESS]]. Personal on my blog I write [[mihai.lungu.qa arond gmail punct com|OBF_EMAIL|romanian_words]]. GitHub [[github.com/mlungu-qa|URL]], LinkedIn [[linkedin.com/in/mihai-andrei-lungu|URL]]. Phone [[0745 219 386|PHONE_NUMBER]], international [[+40 745 219 386|PHONE_NUMBER]]; on a meetup slide I wrote it [[zero șapte patru cinci, doi unu nouă, trei opt șase|OBF_PHONE|romanian_digit_words]], people laughed. Office is coworking, [[Str. Memorandumului nr. 21, ap. 4|ADDRESS]], [[Cluj-Napoca|CITY]] [[400114|ADDRESS]]. My girlfriend [[ioana|PERSON|lowercase_name]] says I give my number to too many people.

AI: Has AI ever caused a bug to slip through, and what's your view of the tech scene in [[Romania|COUNTRY]] and AI?

User: Yes, AI generated assertions that were always true, like checking that a variable equals itself. Tests were green, product was broken. A junior, [[Radu|PERSON]], did not notice, I did not notice in review. [[The client|GENERIC_ROLE]] found it in production on a [[Friday|GENERIC_TIME]] evening, of course. Now we do mutation testing to catch lazy tests. About the scene, [[Romania|COUNTRY]] is big outsourcing country, and AI is a threat to the body-shop model. Clients in [[Germany|COUNTRY]] ask "why should I pay five testers if AI writes tests". We must sell quality, not hours. Around [[Easter|GENERIC_TIME]] and in [[August|GENERIC_TIME]] it's quiet, I use the time to try new tools.

AI: Thank you, [[Mihai|PERSON]], this was really interesting.

User: Mersi! Good luck.""")

T.append("""AI: Hola, thanks for joining. Could you introduce yourself?

User: Hola! I'm [[Valeria Ixchel Domínguez|PERSON]], [[26|AGE]], I'm from [[Guadalajara|CITY]], [[Mexico|COUNTRY]], but I live in [[Barcelona|CITY]] since [[2022|DATE]]. I'm doing a master at [[Universitat Pompeu Fabra|SCHOOL]] and I work as [[freelance motion designer|JOB_TITLE]], mostly for a studio here, [[Estudio Brisa|ORGANIZATION]], and for brands back home.

AI: Thanks, [[Valeria|PERSON]]. How does AI fit into motion design for you?

User: It's a love hate thing. I use [[Runway|AI_PRODUCT]] for quick mockups and [[Midjourney|AI_PRODUCT]] for moodboards, [[Krea|AI_PRODUCT]] for upscaling, [[Suno|AI_PRODUCT]] for temp music before [[the real composer|GENERIC_ROLE]] comes in. Final work is in [[After Effects|SOFTWARE]], [[Blender|SOFTWARE]] and [[DaVinci Resolve|SOFTWARE]]. When [[Sora|AI_PRODUCT]] came out it scared everyone, my roommate [[Amber|PERSON]], she's an illustrator from [[Ohio|CITY]], cried a bit honestly. The amber light of the sunset in that demo was too perfect.

AI: How did you and [[Amber|PERSON]] deal with that worry, and have you shared personal information with AI tools?

User: [[Amber|PERSON]] decided to go full handmade, she does risograph now. I decided to learn the tools so I'm the one who directs them. [[Guillermo del Toro|PUBLIC_FIGURE]] said he'd rather die than use AI for animation, and I respect that, but I need to pay the rent here and it's crazy expensive. And personal info, yes, for the paperwork as a foreigner. I asked [[ChatGPT|AI_PRODUCT]] to explain the autónomo registration and I pasted my NIE [[Y4729183R|NATIONAL_ID]] and my address, [[Carrer de Verdi 63, 2n 1a|ADDRESS]], [[08012|ADDRESS]] [[Barcelona|CITY]], in [[Gràcia|CITY]]. Also once my CURP from back home, [[DOVV980611MJCMLL04|NATIONAL_ID]], for a consulate form. My mom [[lupita|PERSON|lowercase_name]] would kill me if she knew, she doesn't even give her name on the phone.

AI: How do clients find and contact you?

User: Portfolio is [[valeriaixchel.com|URL]] and Behance [[behance.net/valeixchel|URL]]. TikTok [[@vale.mueve.cosas|SOCIAL_HANDLE]], Threads [[@valeixchel|SOCIAL_HANDLE]]. Email [[vale.dominguez.motion@gmail.com|EMAIL_ADDRESS]], and on the site I put [[hola[arroba]valeriaixchel[punto]com|OBF_EMAIL|bracket_spanish_words]]. Spanish number [[+34 622 18 47 09|PHONE_NUMBER]], Mexican one still active [[+52 33 1847 2290|PHONE_NUMBER]]. On my instagram stories I wrote [[seis dos dos · uno ocho · cuatro siete · cero nueve|OBF_PHONE|spanish_digit_words]] for a giveaway, was a bad idea, got a lot of weird calls.

AI: Has AI caused any issues with clients, and are there busy periods when you lean on AI more?

User: A brand in [[Monterrey|CITY]] wanted a video "in the style of [[Rosalía|PUBLIC_FIGURE]]'s music video" with AI, I said no, copyright and also her face. They found somebody else who did it with AI and they got a takedown. Also [[Estudio Brisa|ORGANIZATION]] has a rule: clients must approve any AI element in writing. Busy periods: before [[Christmas|GENERIC_TIME]] all brands want campaigns, and around [[Sant Joan|GENERIC_TIME]] in [[June|GENERIC_TIME]] the city goes crazy so I try to finish before. [[Europe|CONTINENT]] stops in [[August|GENERIC_TIME]] but clients from [[Mexico|COUNTRY]] don't, so [[summer|GENERIC_TIME]] is actually busy for me.

AI: Thank you so much, [[Valeria|PERSON]].

User: Gracias! This was fun.""")

T.append("""AI: Olá, thank you for joining. Could you tell me about yourself and your work?

User: Olá. I am Dra. [[Fernanda Kessler Machado|PERSON]], [[family lawyer|JOB_TITLE]], I have my own office with one partner, [[Kessler Machado Advocacia|ORGANIZATION]], in [[Porto Alegre|CITY]], in the [[Moinhos de Vento|CITY]] neighbourhood. I am in my [[late fifties|AGE]], so not the typical AI user, haha. I graduated in law at [[PUCRS|SCHOOL]] a long time ago.

AI: Thank you, [[Fernanda|PERSON]]. How do you use AI in your practice?

User: My secretary, [[Rosemeire|PERSON]], everybody calls her [[Rose|PERSON]], convinced me. We use [[Jus IA|AI_PRODUCT]] to search jurisprudence, it's from [[Jusbrasil|SOFTWARE]], and [[ChatGPT|AI_PRODUCT]] to summarise long processes, some have 800 pages. All filings go through [[PJe|SOFTWARE]], and case management is in [[Projuris|SOFTWARE]]. [[Rose|PERSON]] uses [[Gemini|AI_PRODUCT]] to organise my agenda, she says I am a disaster with dates. I saw that [[Harvey|AI_PRODUCT]] exists for big firms, not for us.

AI: Has anything significant happened that changed how you work?

User: Yes, the floods of [[May 2024|DATE]]. Our office was on the ground floor then, water came up to the desks, we lost physical files. After that we digitised everything, and AI helped us to classify thousands of scanned pages. My stress rose a lot in those weeks, but AI was honestly a help. Many colleagues in [[Rio Grande do Sul|CITY]] did the same.

AI: Do you share client or personal data with these tools?

User: Family law is the most sensitive, divorces, custody, violence. So I am very strict, no names of children ever. But for myself, I was not careful: I put my CPF [[027.614.380-91|NATIONAL_ID]] in [[ChatGPT|AI_PRODUCT]] when I was doing a form for the insurance after the flood. My grandson is [[three|AGE]], and I think he will grow up never knowing what privacy was.

AI: How do clients contact your office, and what worries you most about AI in law?

User: New address now, first floor: [[Rua Padre Chagas, 342, sala 501|ADDRESS]], [[Moinhos de Vento|CITY]], [[Porto Alegre|CITY]]/[[RS|CITY]], CEP [[90570-080|ADDRESS]]. Office phone [[(51) 3346-2871|PHONE_NUMBER]], my cell [[+55 51 99183-4402|PHONE_NUMBER]]. On Instagram [[@fernandakessler.adv|SOCIAL_HANDLE]] I write the cell like [[nove nove um oito três, quatro quatro zero dois|OBF_PHONE|portuguese_digit_words]]. Email [[fernanda@kesslermachado.adv.br|EMAIL_ADDRESS]], and my old personal email, which I still use, is written on my [[Jusbrasil|SOFTWARE]] profile as [[fe.kessler(arroba)terra.com.br|OBF_EMAIL|bracket_arroba]]. What worries me most is that judges will also use it and nobody will read anymore. A minister of the supreme court, [[Alexandre de Moraes|PUBLIC_FIGURE]], talked about regulating fake news and AI, that's important before elections. In [[Brazil|COUNTRY]] the bar association already has guidelines. And my partner, [[Joyce|PERSON]], who is younger, says AI will never sit with a crying mother in a custody hearing. I agree.

AI: Thank you, [[Fernanda|PERSON]]. This was really valuable.

User: Obrigada, querida. Good luck with the research.""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_k")
