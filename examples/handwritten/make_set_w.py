# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys
from markup import write_set
T = []

# 1 South Africa - claims assessor, Johannesburg
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and the work you do?

User: Sure. I'm [[Thandeka Mokoena|PERSON]], I'm [[34|AGE]], and I'm a [[claims assessor|JOB_TITLE]] at [[Ubuntu Mutual Assurance|ORGANIZATION]]. Our office is in [[Rosebank|CITY]], in [[Johannesburg|CITY]], but I stay in [[Soweto|CITY]] with my mom and my son [[Lwazi|PERSON]], so the commute is its own story. I've been at the company since [[2017|DATE]]. Mostly I handle motor claims: somebody bumps a taxi at a robot, they phone in, and the file lands with me. I check the photos, the police report, the quotes from the panel beaters, and I decide whether we pay and how much.

AI: And where does AI come into that for you?

User: Honestly, it started small. Around [[March 2023|DATE]] a [[colleague|GENERIC_ROLE]] of mine, [[Sipho Dlamini|PERSON]], showed me how he was using [[ChatGPT|AI_PRODUCT]] to clean up his emails to brokers. [[Sipho|PERSON]] is our [[team leader|GENERIC_ROLE]], so when he does something, the rest of us copy. Now I use it every day. I paste in the claimant's statement, with the names taken out, and ask it to list what doesn't match the assessor's report. Then in [[Guidewire|SOFTWARE]], which is our claims system, I write my notes myself. Later the company gave us [[Microsoft Copilot|AI_PRODUCT]] inside [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]], so now there are two of them and I use whichever one is open.

AI: You mentioned taking the names out. Can you say more about how you handle personal information?

User: Ja, that one is serious for us because of POPIA. Our [[compliance officer|JOB_TITLE]], [[Precious Nkosi|PERSON]], ran a session in [[February|GENERIC_TIME]] where she basically said: if you wouldn't read it out loud in a taxi, don't paste it into a chatbot. Before that, I'm embarrassed to say, I once pasted a whole claim form, ID number and all. The claimant's ID was [[8501015800086|NATIONAL_ID]] and I still remember it because I had to phone [[Precious|PERSON]] and report it myself. Nothing came of it, but it gave me a fright. Now I replace the name with "Claimant A" and I never paste the ID or the bank details.

AI: What kinds of tasks does it genuinely help with, and where does it fall short?

User: It's very good with the boring writing. Repudiation letters, for example. When we decline a claim the letter must be polite but firm, and it must quote the policy wording. I used to take forty minutes on one. Now I give it the clause and my reasons and I edit what it gives me, maybe fifteen minutes. Where it falls short is local knowledge. It doesn't know that panel beaters in [[Gauteng|CITY]] quote differently from the ones in [[Pretoria|CITY]], or that a "robot" is a traffic light. Once it told me a quote was suspicious because the labour rate was high, but that's just what labour costs at a dealership in [[Sandton|CITY]]. My [[manager|GENERIC_ROLE]], [[Ruth van Wyk|PERSON]], always says the tool is a junior clerk, not an assessor.

AI: Does [[Ruth|PERSON]] encourage the team to use these tools?

User: She's cautious but fair. Every [[Monday|GENERIC_TIME]] we have a huddle and people share a prompt that worked. [[Sipho|PERSON]] is the enthusiast; he'd automate his lunch if he could. There's also [[Blessing|PERSON]] from the [[Durban|CITY]] office, who built a little checklist in [[Excel|SOFTWARE]] that we run alongside the AI. Me, I'm in the middle. I like it, but I read everything twice. I saw a show where [[Trevor Noah|PUBLIC_FIGURE]] joked that AI is confident like an uncle at a braai, and that's exactly it.

AI: How do you think this will change your role over the next few years?

User: I think the simple claims, windscreens and small dents, will go straight through without anybody like me. From what I read that's already happening in [[Europe|CONTINENT]]. The complicated ones, hijackings, write-offs, somebody who is lying, those will still need a person. I'm doing a part-time diploma at [[Unisa|SCHOOL]] in risk management, because I'd rather move into fraud work than wait for the machine to reach me. My son [[Lwazi|PERSON]] is [[nine|AGE]] and he already asks [[Gemini|AI_PRODUCT]] to explain his homework, so for his generation this will be normal. If I could tell the people designing these tools one thing: make it understand [[South Africa|COUNTRY]]. Our addresses, our eleven languages, the way people write when they're upset. Half the statements I read switch between English and isiZulu in one sentence, and the tool just gets lost. And if your team wants to follow up, you can [[WhatsApp|SOFTWARE]] me on [[zero eight two, four four one, nine three zero six|OBF_PHONE|spelled_digits]]. I'd rather not type the number in the form, you understand.""")

# 2 Ghana - M&E officer, agritech
T.append("""AI: Good afternoon, and thank you for joining. Could you start by introducing yourself and your role?

User: Good afternoon. I am [[Kwabena Asante|PERSON]], but everybody calls me [[Kobby|PERSON]]. I'm [[29|AGE]]. I work as a [[monitoring and evaluation officer|JOB_TITLE]] with [[FarmLink Ghana|ORGANIZATION]], it's an agritech startup. We are based in [[Accra|CITY]], at [[East Legon|CITY]], but most of my work is with cocoa and maize farmers around [[Kumasi|CITY]] and [[Techiman|CITY]]. I studied agricultural economics at [[KNUST|SCHOOL]] and joined [[FarmLink|ORGANIZATION]] in [[2021|DATE]], right after national service.

AI: What does a typical week look like for you?

User: [[Monday|GENERIC_TIME]] and [[Tuesday|GENERIC_TIME]] I am usually in the office cleaning the survey data. Our field agents collect it on tablets using [[KoboToolbox|SOFTWARE]], so each week I get maybe eight hundred new records: farm size, yields, whether the farmer got the fertiliser on time, and so on. [[Wednesday|GENERIC_TIME]] to [[Friday|GENERIC_TIME]] I'm mostly on the road. The data is messy because the agents type fast under the sun, so the names of communities are spelled five different ways. That's where AI helps me most.

AI: How exactly do you use it for the cleaning?

User: I export to [[Google Sheets|SOFTWARE]], then I paste the column of community names into [[ChatGPT|AI_PRODUCT]] and ask it to group the ones that are likely the same place. It's not perfect, it doesn't know the small villages in [[Bono East|CITY]], but it gets me seventy percent of the way. Then [[Akosua|PERSON]], she is our [[GIS analyst|JOB_TITLE]], checks against her maps. I also use it to write the [[Python|SOFTWARE]] scripts behind our dashboards in [[Power BI|SOFTWARE]]. Before, I was copying code from forums and praying. Now I ask it to explain each line so I actually learn something.

AI: Are there things you avoid putting into these tools?

User: Yes, plenty. The farmer records have phone numbers for mobile money and sometimes the national ID card number. Our [[director|GENERIC_ROLE]], Mr. [[Yaw Boateng|PERSON]], made a rule that only anonymised extracts go to any AI tool, so I strip those columns before exporting. It's extra work, but the farmers trust us, and in a small community if one person's loan information leaks, everybody knows by evening. One time an agent typed his own card number, [[GHA-723945610-4|NATIONAL_ID]], into the notes field as a test, and it went out to the whole team in the weekly extract. We laughed, but it showed me how easily these things travel.

AI: Has using AI changed how people see your work?

User: A bit. Some of the older field agents think I am just pressing a button. [[Gift|PERSON]], who supervises the agents in [[Techiman|CITY]], teased me that the computer is doing my job, so I showed him the raw file and he stopped laughing. But the reports go faster now, and our funders in [[Germany|COUNTRY]] and the [[Netherlands|COUNTRY]] noticed. Last [[October|GENERIC_TIME]] we delivered the mid-season report two weeks early. That had never happened before. What worries me? Two things. First, it is very confident about Ghanaian things it doesn't know. I asked it the average cocoa yield in [[Western North|CITY]] and it gave me a number with a decimal, very precise, completely invented. Second, the internet. When the light goes off and the data bundle finishes, I'm back to doing everything by hand, so I don't want to forget how. My younger sister [[Adwoa|PERSON]] is in SHS and she uses it for everything; I tell her to do the maths first and check with it after. Even [[Sundar Pichai|PUBLIC_FIGURE]] says you should check its answers, I told her, so don't argue with me.

AI: Last question: if we want to share the findings with you, how should we reach you?

User: Email is best, [[kobby.asante@farmlinkgh.com|EMAIL_ADDRESS]], or [[+233 24 555 0187|PHONE_NUMBER]] on [[WhatsApp|SOFTWARE]]. I also post about agritech data on [[X|SOFTWARE]] as [[@KobbyFarmsData|SOCIAL_HANDLE]], so I'd like to share your report there if that's allowed.""")

# 3 Egypt - clinical pharmacist, Cairo
T.append("""AI: Thank you for taking the time. Could you tell me who you are and what you do?

User: Yes of course. My name is [[Yasmin Farouk|PERSON]], I am [[31|AGE]] years old. I am [[clinical pharmacist|JOB_TITLE]] in [[Nile Care Hospital|ORGANIZATION]] in [[Maadi|CITY]], it is in the south of [[Cairo|CITY]]. I graduated from Faculty of Pharmacy, [[Cairo University|SCHOOL]] in [[2015|DATE]]. My work is to review the medication orders for the inpatients, mostly the ICU and the internal medicine wards, and to check the doses, the interactions, the renal adjustment, these things.

AI: When did you first start using AI in that work?

User: Honestly, first time was not for work. My husband [[Karim|PERSON]] is [[software engineer|JOB_TITLE]], he installed [[ChatGPT|AI_PRODUCT]] on my phone in [[Ramadan|GENERIC_TIME]] two years ago and said, ask it anything. I asked for recipes first, haha. Then one night in the ward I had a patient on many drugs, maybe fourteen, and I wanted a quick list of the interactions, so I tried it. The list was good but two of them were wrong, it invented one interaction that doesn't exist. So from the first day I learned that I must check with [[Lexicomp|SOFTWARE]] or [[UpToDate|SOFTWARE]].

AI: So how do you use it now, day to day?

User: Now I use it more for writing, not for the clinical decision. For example, I prepare the patient counselling leaflets. Many patients in [[Egypt|COUNTRY]] don't read English, and the ones from [[Upper Egypt|CITY]] often prefer very simple Arabic, not the formal one. So I write the main points and ask the AI to make it in simple Egyptian Arabic, then I correct it. Also for the monthly report of interventions to our [[head of department|GENERIC_ROLE]], Dr. [[Hany Mostafa|PERSON]]. He likes the report in [[Excel|SOFTWARE]] with charts, and I ask [[Copilot|AI_PRODUCT]] to help me with the formulas.

AI: Do you have any rules about patient data?

User: Yes, it's very strict, it must be. We never put the name, the file number, or the national ID. The national number here is fourteen digits and it contains the birth date and the governorate, so it's very identifying. I saw a trainee, [[Nour|PERSON]], she copied a whole discharge summary with the ID [[29103150102345|NATIONAL_ID]] on top into the chatbot, and I stopped her. She didn't know. She is young and very clever but nobody told her. After that I made a small one-page guide for the trainees. I used AI to make the guide, which is funny.

AI: How do your colleagues feel about it?

User: It is mixed. The young pharmacists use it a lot. Some of the older doctors are against it completely, they say it will make us lazy. Dr. [[Hany|PERSON]] is in the middle, he uses it to translate articles. The IT department blocked the website on the hospital computers [[last summer|GENERIC_TIME]], so now everybody uses it on the phone, which is worse for privacy I think. I told this to the [[quality manager|GENERIC_ROLE]] but nothing changed yet. And if I can change something in the tools: I wish it knows the Egyptian drug names. Here we have many local brands, generics from [[EIPICO|ORGANIZATION]] or [[Pharco|ORGANIZATION]], and the AI only knows the American names. Also the doses for children in our protocol are sometimes different. If it was trained on our national formulary it would be much more useful. And I hope it doesn't replace the pharmacist, because the machine doesn't see the patient's face. My father watches football all day and he says even [[Mohamed Salah|PUBLIC_FIGURE]] has a bad match sometimes. The AI also.

AI: Thank you. If we have follow-up questions, where can we reach you?

User: You can email me, but write it carefully please: [[yasmin.farouk91 [at] yahoo [dot] com|OBF_EMAIL|bracket_at_dot]]. I don't like to write it normal because of the spam. Or through [[Karim|PERSON]], he knows my schedule better than me, haha.""")

# 4 Turkey - export coordinator, Izmir
T.append("""AI: Thanks for joining us. Could you introduce yourself briefly?

User: Of course. I'm [[Elif Demir|PERSON]], [[38|AGE]], I work as [[export coordinator|JOB_TITLE]] at [[Ege Tekstil|ORGANIZATION]], a home textile producer: towels, bathrobes, bed linen. The head office is in [[Izmir|CITY]] but the factory is in [[Denizli|CITY]], so I go there twice a month. I've been in this company since [[2012|DATE]], after I finished business administration at [[Dokuz Eylül University|SCHOOL]]. Our customers are mostly in [[Germany|COUNTRY]], [[Poland|COUNTRY]] and the [[UK|COUNTRY]].

AI: What does your job involve, in practice?

User: Very much communication. A [[buyer|GENERIC_ROLE]] in [[Hamburg|CITY]] wants to change the colour of 4,000 towels two weeks before shipping, and I have to check with production, with dyeing, with logistics, and answer them in a polite but short email. Mostly I coordinate between [[Nordhaus Home|ORGANIZATION]], our biggest customer, and the factory. Our [[production planner|JOB_TITLE]], [[Deniz|PERSON]], is the person I call ten times a day. And [[Emre|PERSON]] from logistics handles the containers from the port.

AI: Where does AI fit into this?

User: First was translation. I speak good English but my German is basic, so I used [[DeepL|AI_PRODUCT]] for years. Since last year I use [[ChatGPT|AI_PRODUCT]] more, because it not only translates, it changes the tone. Turkish business style is more warm, more personal, we say "dear friend" and so on; the Germans want it short. So I write in Turkish what I want to say and I ask it: write this for a German customer, short and clear. I also use it with the [[Logo Tiger|SOFTWARE]] reports. I export the order list to [[Excel|SOFTWARE]] and ask it to make formulas that show which orders are late.

AI: Does your employer have a policy on these tools?

User: Not a written one. [[Murat|PERSON]] Bey, our [[general manager|GENERIC_ROLE]], said in a meeting "use it, but don't give our prices to the robot." That's the policy, haha. Prices and customer names I don't put. But sometimes it's difficult, because the whole email is about price. And our HR colleague, [[Ayşe|PERSON]] Hanım, once asked me to help her with a payroll letter and it had the employee's TC number in it, [[38245716092|NATIONAL_ID]]. I said, [[Ayşe|PERSON]] Hanım, please, delete this before you paste it anywhere.

AI: How has it changed your working day?

User: Maybe one hour saved every day. In the season, [[September|GENERIC_TIME]] to [[November|GENERIC_TIME]] is the busy time for Christmas orders, that's a lot. But also new stress, because the [[buyers|GENERIC_ROLE]] now also use AI. Their emails are longer and more, how to say, perfect, and they expect answers faster. [[Deniz|PERSON]] jokes that the robots are now emailing each other and we are only the postmen. About the future, for my job I'm not so worried, because the relationships are human. The [[buyer|GENERIC_ROLE]] from [[Nordhaus Home|ORGANIZATION]] came to [[Izmir|CITY]] [[last spring|GENERIC_TIME]] and we ate fish in [[Alsancak|CITY]]; no AI can do this. But for the young people who do only translation or data entry, yes, I'm worried. My nephew [[Kerem|PERSON]] studies translation and I don't know what to tell him. He loves [[Orhan Pamuk|PUBLIC_FIGURE]] and wants to translate literature, maybe that is safer.

AI: Thank you, [[Elif|PERSON]]. How can we reach you if we have a follow-up?

User: My mobile is [[0532 ４１７ ８８ ２０|OBF_PHONE|fullwidth_digits]], sorry, my keyboard is in a strange mode today. Email is also fine: [[elif.demir@egetekstil.com.tr|EMAIL_ADDRESS]].""")

# 5 Italy - architect, Bologna
T.append("""AI: Good morning. Could you start by telling me about yourself and your practice?

User: Good morning! I'm [[Chiara Bellini|PERSON]], I'm an [[architect|JOB_TITLE]], [[forty-five|AGE]] years old, and I run a small studio in [[Bologna|CITY]] with my partner [[Matteo Ferri|PERSON]]. Partner in business and in life, which is sometimes complicated. We are four people: the two of us, a [[junior architect|JOB_TITLE]], [[Serena|PERSON]], and an intern from the [[University of Bologna|SCHOOL]]. We do mostly renovations: old apartments in the historic centre, some farmhouses in the hills toward [[Modena|CITY]]. I studied at the [[Politecnico di Milano|SCHOOL]] and came back home in [[2008|DATE]].

AI: How do you use AI in the studio?

User: In three ways, more or less. First, images. For the early concept we try [[Midjourney|AI_PRODUCT]] to show the [[client|GENERIC_ROLE]] a mood: warm, minimal, with terracotta. Second, text. The relazione tecnica, the technical report for the comune, is very bureaucratic, and [[ChatGPT|AI_PRODUCT]] is quite good at bureaucratic Italian, sadly. Third, [[Matteo|PERSON]] uses [[Claude|AI_PRODUCT]] to check the building regulations, but I don't trust it for that.

AI: Why don't you trust it for the regulations?

User: Because the rules here change from one comune to the next. [[Bologna|CITY]] has its own building code, [[Casalecchio|CITY]] has another, and the national law is on top, and then the seismic rules. Once it told [[Matteo|PERSON]] a window could be enlarged without a permit, and it was completely wrong for a listed building. He had already told the [[client|GENERIC_ROLE]], Signor [[Bassi|PERSON]], and we had to call him and apologise. Now the rule in the studio is: AI writes, a human checks with the [[geometra|JOB_TITLE]]. Our [[geometra|JOB_TITLE]], [[Franco|PERSON]], is [[sixty-eight|AGE]] and doesn't even have a smartphone, so it's a good balance. For drawing we use [[Revit|SOFTWARE]], and [[AutoCAD|SOFTWARE]] for the old projects. There are AI plugins now, but they are expensive for a small studio. I tried one in [[January|GENERIC_TIME]] that generates floor plans; it made a bathroom with no door. Very creative! For now the real help is administrative: invoices, emails, the folder of documents for each [[client|GENERIC_ROLE]], the reminders to our [[accountant|GENERIC_ROLE]] about deadlines.

AI: Do you worry about data, your clients' or your own?

User: A little. When I register on these platforms I don't put much. But for the paperwork with the comune I must put my codice fiscale, [[BLLCHR79M52A944K|NATIONAL_ID]], on every form, and once I caught myself about to paste a whole form into the chat to fix the formatting. I stopped. Also the clients' addresses: a house is a person, no? If I write "renovation at [[Via Santo Stefano 38|ADDRESS]]" everybody in the neighbourhood knows whose house it is. So I write "apartment B".

AI: How do you see the profession changing?

User: I think the drawing part will become faster, and the talking part will become more important. My nonna, [[Pina|PERSON]], had a builder who knew every wall in her village, and that knowledge is not online. The young ones, like [[Serena|PERSON]], are fantastic with the tools, but they need to stand in a cold apartment in [[November|GENERIC_TIME]] and feel the humidity. Also, honestly, I admire [[Renzo Piano|PUBLIC_FIGURE]] but I don't think he asks [[Midjourney|AI_PRODUCT]] for a mood board!

AI: Thank you, [[Chiara|PERSON]]. If we want to send you the summary, where should it go?

User: By email, please. I'll spell it the Italian way so the robots don't catch it: [[chiara chiocciola studiobellini punto it|OBF_EMAIL|italian_chiocciola]]. The studio is at [[Via Castiglione 41, 40124|ADDRESS]] [[Bologna|CITY]] if you prefer paper, but nobody sends paper anymore.""")

# 6 France - HR business partner, Lyon
T.append("""AI: Hello, and thank you for agreeing to talk with us. Can you describe your job?

User: Hello. So, I am [[Sandrine Lefèvre|PERSON]], I am [[HR business partner|JOB_TITLE]] at [[Groupe Vireval|ORGANIZATION]], we make diagnostic equipment for laboratories. I am based at the head office in [[Lyon|CITY]], near [[Part-Dieu|CITY]], and I cover about six hundred employees, mostly the R&D teams and the factory in [[Villeurbanne|CITY]]. I have been in HR for almost thirty years and at [[Vireval|ORGANIZATION]] since [[2006|DATE]], so I have seen many "revolutions" that were supposed to change everything.

AI: And does AI feel like one of those revolutions, or something different?

User: Different, I must admit. With the previous ones, the migration to [[Workday|SOFTWARE]] for example, it was a tool imposed from the top. With AI, it's the employees who arrived with it before us. Two years ago a young engineer sent me a complaint letter that was obviously written by [[ChatGPT|AI_PRODUCT]]: perfect, very long, with references to the Code du travail, and one article that does not exist. That was my first meeting with it, let's say.

AI: How do you use it yourself now?

User: Carefully. The company signed for [[Le Chat|AI_PRODUCT]], the French one, of course, it's a question of sovereignty for our [[CEO|GENERIC_ROLE]], and it runs in a protected space. I use it for first drafts: job descriptions, the internal announcement when somebody leaves, the summary of a long meeting with the unions. Our [[HR data analyst|JOB_TITLE]], [[Mathis Garnier|PERSON]], who is [[twenty-six|AGE]] and thinks I am a dinosaur, built a small assistant that answers employees' questions about the holiday rules. It answers maybe two hundred questions a month that used to come to my inbox.

AI: Are there things you would not use it for?

User: Absolutely. Anything with a real person's file: disciplinary cases, sick leave, salaries. In [[France|COUNTRY]] the social security number contains your sex, your year and month of birth, your département. When I see something like [[2 72 03 69 123 456 78|NATIONAL_ID]] on a form, I know immediately this is a woman born in [[March 1972|DATE]] in the [[Rhône|CITY]]. So this never goes into any tool. [[Rose|PERSON]], our [[HR assistant|JOB_TITLE]], prepares anonymised versions when we need help with the wording of a difficult letter. Names become "Employee X", dates become "date", and the site becomes "site 2".

AI: How have colleagues reacted to the assistant [[Mathis|PERSON]] built?

User: The [[managers|GENERIC_ROLE]] love it, because their teams stop asking them. The unions were suspicious at first. I had to present it at the works council in [[September|GENERIC_TIME]] and explain that it only uses the public company agreement, not personal data. One delegate, [[Pierre-Yves|PERSON]], asked if it would decide on promotions. No! Never. But his question was fair, because in the [[United States|COUNTRY]] these tools are already screening CVs, and the European law is strict on this. As for my own role, yes, it will change. The administrative part, the letters and the contracts, already shrinks. What stays is the human part: the person who cries in my office because her mother is ill, the conflict between two engineers who don't speak to each other. My daughter [[Margaux|PERSON]] studies at [[Sciences Po|SCHOOL]] in [[Paris|CITY]] and she says HR will be the last job to be automated, because nobody wants to be fired by a machine. I hope she is right. I am [[fifty-two|AGE]], I would like to finish my career as a human. Even [[Emmanuel Macron|PUBLIC_FIGURE]] talks about AI every week now, so we cannot ignore it.

AI: Thank you, [[Sandrine|PERSON]]. Could you leave a contact for the follow-up survey?

User: Yes, but my personal one, not the work address: [[sandrine point lefevre arobase orange point fr|OBF_EMAIL|french_arobase]]. I write it like this, it's a habit from the forums. Or you can call the office at [[04 72 55 18 30|PHONE_NUMBER]] and ask for me.""")

# 7 Netherlands - vessel planner, Rotterdam
T.append("""AI: Thanks for joining. Tell me a little about yourself and your job.

User: Sure. [[Joost van der Berg|PERSON]], [[41|AGE]], I'm a [[vessel planner|JOB_TITLE]] at [[Noordzee Container Terminal|ORGANIZATION]] on the [[Maasvlakte|CITY]], which is the far end of the port of [[Rotterdam|CITY]]. Basically I decide where every container goes on a ship, so that it's stable, the cranes don't get in each other's way, and the boxes for the next port are on top. I've been doing it since [[2010|DATE]]. Before that I studied maritime logistics at [[Erasmus University Rotterdam|SCHOOL]]. Well, started it. I never finished the thesis.

AI: Where does AI show up in that kind of work?

User: In two very different ways. The serious one is inside the terminal system, [[Navis N4|SOFTWARE]], where there's an optimisation module that the vendor now calls AI. Honestly, it's maths that's been there for years with a new sticker on it. It proposes a stowage plan and I correct it. The other way is [[Copilot|AI_PRODUCT]], which the company rolled out last year, and [[ChatGPT|AI_PRODUCT]] on my own phone, which I'm officially not supposed to use for work.

AI: What do you use the chat tools for?

User: Emails to shipping lines, mostly. When a vessel from [[Maersk|ORGANIZATION]] arrives eighteen hours late and we have to re-plan everything, I have to explain to three parties why their boxes missed the connection. That's a lot of diplomatic English, and I'm Dutch, we're not famous for diplomacy. [[Copilot|AI_PRODUCT]] softens it. My [[colleague|GENERIC_ROLE]] [[Sanne|PERSON]] calls it the "politeness filter". She runs the night shift planning and she uses it even more than I do, to summarise the handover notes in the morning. I also use it for [[Excel|SOFTWARE]] macros and for the queries in [[SAP|SOFTWARE]] that I never remember.

AI: Is there any information you're careful about?

User: Yes, security in a port is serious business. Everyone has a badge, mine is [[RTM-44817|NATIONAL_ID]], and customs data, crew lists, what's in the containers, that all stays inside. I had a training in [[April|GENERIC_TIME]] where they showed a case from another terminal where someone pasted a crew list into a public chatbot, with passport numbers. After that, IT blocked the public sites on the planning PCs. Privately I'm the same. My BSN, [[204738915|NATIONAL_ID]], I typed into the [[Belastingdienst|ORGANIZATION]] website [[this spring|GENERIC_TIME]] for my tax return, and that's the only place it goes.

AI: How do people on your team feel about it overall?

User: Split by age, more or less, but not completely. [[Bas|PERSON]], our [[shift leader|GENERIC_ROLE]], is [[58|AGE]] and he's the biggest fan; he uses it to write the speeches for retirement parties. The young planners from [[Delft|CITY]] are more critical, funnily enough, because they know how the models work. My wife [[Fleur|PERSON]] teaches at a school in [[Schiedam|CITY]] and she's fighting a different battle, with kids handing in essays written by [[My AI|AI_PRODUCT]] in [[Snapchat|SOFTWARE]].

AI: Last question: anything you'd want from these tools that they don't do yet?

User: Understand the physical world. It can write a beautiful email about a delayed vessel, but it has no idea that a crane can't reach row fourteen when the wind is above force seven. It's like [[Max Verstappen|PUBLIC_FIGURE]]: you can have the best simulator, you still need the feel of the car. If you want to keep in touch, I'm on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/joostvdberg-planning|URL]], or mail me at [[j.vanderberg@ncterminal.nl|EMAIL_ADDRESS]].""")

# 8 Romania - QA automation engineer, Cluj-Napoca
T.append("""AI: Hi, thanks for being here. Could you tell me about yourself and what you do?

User: Hi! I'm [[Ioana Mureșan|PERSON]], I'm [[27|AGE]] and I work as a [[QA automation engineer|JOB_TITLE]] at [[Transilvania Software Labs|ORGANIZATION]] in [[Cluj-Napoca|CITY]]. We are an outsourcing company, so we build and test software for [[clients|GENERIC_ROLE]] in the West; my project is for a German car parts company, I can say the name, [[Bosch|ORGANIZATION]], it's on our website anyway. I finished computer science at [[Babeș-Bolyai University|SCHOOL]] in [[2019|DATE]] and I'm originally from [[Oradea|CITY]].

AI: What does your day look like?

User: Standup at ten, then I write automated tests in [[Playwright|SOFTWARE]], check the failed runs from the night pipeline, and log bugs in [[Jira|SOFTWARE]]. The [[client|GENERIC_ROLE]] is in [[Stuttgart|CITY]] and they are very precise, every bug report must have steps, expected result, actual result, screenshots. I use [[GitHub Copilot|AI_PRODUCT]] all day in the editor and [[ChatGPT|AI_PRODUCT]] in the browser when I need to think about something bigger. Our [[scrum master|GENERIC_ROLE]], [[Radu|PERSON]], jokes that I have three teammates: him, [[Florin|PERSON]] and the robot.

AI: Can you give me an example where the AI really helped, and one where it didn't?

User: Helped: last [[November|GENERIC_TIME]] we had to migrate like four hundred old [[Selenium|SOFTWARE]] tests to [[Playwright|SOFTWARE]]. [[Copilot|AI_PRODUCT]] did maybe sixty percent of the boring translation and I fixed the rest. Without it, two months; with it, three weeks. Didn't help: it writes tests that pass. That sounds good but it's bad! Sometimes it writes an assertion that is always true, so the test is green and tests nothing. [[Florin|PERSON]] found one of mine in code review and put it in the team chat with a clown emoji. I deserved it.

AI: Does your company have rules about what you can share?

User: Yes, the [[client|GENERIC_ROLE]] contract says no project code in public AI tools. So the [[GitHub Copilot|AI_PRODUCT]] we use is the business version that the company pays for, and [[ChatGPT|AI_PRODUCT]] only for general questions. Personally I'm also careful with my own data. When I did the paperwork for my apartment I had to send my CNP, [[2970412125784|NATIONAL_ID]], to like five different people by email, and I was thinking, this number is my whole identity, birth date and county and everything, and now it's sitting in five inboxes. Later I was asking the AI to help me with a tax form and I stopped myself right before pasting it.

AI: How do you feel about the future of testing as a job?

User: A bit nervous, honestly. In [[Romania|COUNTRY]] IT was the golden ticket, everybody's mother wanted them to be a programmer. My mother [[Doina|PERSON]] still thinks I'm a programmer, I stopped explaining. Now the companies in [[Bucharest|CITY]] and [[Timișoara|CITY]] are hiring less juniors, and people say AI will write and test everything. I don't believe it completely, because somebody must decide what "correct" means, and the requirements from the [[client|GENERIC_ROLE]] are always a bit contradictory. But I'm learning performance testing and security, because those feel safer. My father always says I should be stubborn like [[Simona Halep|PUBLIC_FIGURE]], so I keep training.

AI: Thanks, [[Ioana|PERSON]]. Anything else you'd like to add, or a way to reach you?

User: Only that, please, don't make AI tools that pretend to be sure. I prefer "I don't know". You can find my side project on [[GitHub|SOFTWARE]], my user is [[ioana-tests|SOCIAL_HANDLE]], and my number is [[0 7 4 2 3 1 8 5 6 0|OBF_PHONE|spaced_digits]]. I write it like this because of scammers, we get a lot of calls from fake couriers here.""")

# 9 Ukraine - online English teacher, Lviv (typed casually)
T.append("""AI: Hi, thanks so much for joining. Could you start by telling me a bit about yourself and your work?

User: hi! sorry my english typing is fast and messy, speaking is better lol. im [[oksana|PERSON]], [[33|AGE]], [[english teacher|JOB_TITLE]] but now mostly online. originally from [[kharkiv|CITY]], we moved to [[lviv|CITY]] in [[2022|DATE]] for obvious reasons. i work for [[skyline english school|ORGANIZATION]] its an online school, students from all over [[ukraine|COUNTRY]] and some from [[poland|COUNTRY]] and [[germany|COUNTRY]] who left like us. plus private students in the evenings

AI: How did you start using AI in your teaching?

User: honestly out of tiredness. first year i had like 34 lessons a week and no time to prepare anything. my [[colleague|GENERIC_ROLE]] [[bohdan|PERSON]] showed me [[chatgpt|AI_PRODUCT]] can make a whole lesson plan in 10 sec. now i use it for reading texts at the right level, like i say "make a B1 text about coffee shops with 8 phrasal verbs" and boom. also exersices, quizes, answer keys. i put them in [[quizlet|SOFTWARE]] or [[google docs|SOFTWARE]] and share in the lesson on [[zoom|SOFTWARE]]. i tell students i use it, no secret. some of them use it too for homework which is the funny part, i see it immediately bc a student who writes "i goed to shop" suddenly writes like a british lord. one teenager [[maksym|PERSON]], [[15|AGE]] y.o., sent me essay with "As an AI language model" still inside haha. i didnt punish, we talked about it

AI: Are there any worries for you about privacy or data?

User: yes a little. the school keeps student names and phones in the crm and my [[director|GENERIC_ROLE]] [[iryna|PERSON]] said dont put any student info in [[chatgpt|AI_PRODUCT]], so i write "student A" etc. for me personally, i registered as fop (individual entrepreneur) to get paid from private students and i remember i almost pasted my tax number [[3245178906|NATIONAL_ID]] in a chat to ask how to fill the declaration. then i thought no wait. my husband [[taras|PERSON]] works in it security and he would kill me lol

AI: How has the situation in the country affected the way you work with these tools?

User: in [[winter|GENERIC_TIME]] with the blackouts i was teaching from a cafe with generator, sometimes from phone with mobile internet. ai helped bc i could prepare everything in 20 minutes when the light was on and then just teach. also my daughter [[sofiyka|PERSON]] (shes [[6|AGE]]) learns english with some app with ai voice, she thinks its a person and says thank you to it every time. cute and a bit scary

AI: Do you think AI will change your job in the long run?

User: maybe. some schools already sell "ai teacher" cheaper. but people come to me bc they want to talk to a human who understands why they are learning. like my student who wants to work in a hospital in [[kraków|CITY]], she is nervous, the bot doesnt care about that. i think teachers who use ai will replace teachers who dont, thats it, everyone says this idk who said it first. also i teach with [[taylor swift|PUBLIC_FIGURE]] songs sometimes and kids like it more than any ai text

AI: Thank you, [[Oksana|PERSON]]. Could you share a contact for a follow-up?

User: sure. [[telegram|SOFTWARE]] is easiest [[@oksana_speaks|SOCIAL_HANDLE]] or email [[oksanka_teach (at) ukr (dot) net|OBF_EMAIL|paren_at_dot]] i write it like that so bots dont spam me. and sorry for typos again!!""")

# 10 Bangladesh - compliance officer, garment factory
T.append("""AI: Thank you for joining us today. Please tell me about yourself and your work.

User: Thank you for inviting me. My name is [[Nasrin Akter|PERSON]]. I am [[36|AGE]] years old. I am working as [[compliance officer|JOB_TITLE]] in [[Meghna Apparels Ltd.|ORGANIZATION]], it is a knitwear factory in [[Gazipur|CITY]], near [[Dhaka|CITY]]. We have around 3,200 workers. My job is social compliance: worker safety, fire safety, working hours, wages, and preparing for the audits from the buyers. I am doing this job since [[2015|DATE]], before that I was in HR section. I did my MBA from [[BUFT|SCHOOL]].

AI: What do buyer audits involve, and where does AI come in?

User: The audit is very heavy work. Buyer like [[H&M|ORGANIZATION]] or other European brand sends [[auditor|GENERIC_ROLE]], they check everything: attendance records, overtime, the fire exits, the day care room. Before audit, we must prepare hundreds of documents in English. My English is okay but writing formal reports is taking long time for me. Since last year I am using [[ChatGPT|AI_PRODUCT]] for this. I write in Bangla what happened, for example "fire drill was done on this date, 400 workers participated, evacuation took 3 minutes", and I ask to make it proper English report. It is saving me maybe two hours every day.

AI: Are there any tasks where you've found it isn't reliable?

User: Yes, with laws. For [[Bangladesh|COUNTRY]] labour law it is giving sometimes wrong section numbers, or it mixes with Indian law. Once it told me the overtime rate wrongly. [[Rahim|PERSON]] bhai from the legal team caught it before the report went out. After that I always check with him. Also with numbers in [[Excel|SOFTWARE]] it is good, but I must check the formula. My [[colleague|GENERIC_ROLE]] [[Joy|PERSON]], he is [[IT officer|JOB_TITLE]] in our factory, he made one template where the attendance data goes in and the overtime summary comes out. He also used AI to make it.

AI: How do you handle workers' personal information?

User: This is very important point. Our worker files have NID number, photo, mobile number for salary payment, everything. [[Joy|PERSON]] told us never to paste this to any website, and I follow this. But I must confess, once I was filling my own passport application and I asked AI to check the form, and I put my NID [[4617283950|NATIONAL_ID]] inside. After I realised, I deleted the chat, but I don't know if it is really deleted. I am not technical person.

AI: How do the workers and management feel about AI being used?

User: Workers mostly don't know. They are using [[Facebook|SOFTWARE]] and [[TikTok|SOFTWARE]] on phone, that's all. Management is happy because reports are faster. Our [[GM|GENERIC_ROLE]] sir said in meeting that maybe next year they will reduce one post in compliance, and everyone became quiet. My husband [[Shanto|PERSON]] says don't worry, the buyers will always want a human to sign. I hope. My daughter [[Mukta|PERSON]] is in class eight at [[Viqarunnisa Noon School|SCHOOL]] and she uses it for science homework, I am checking always. If I can say what to improve: it should understand Bangla properly, especially the way we write in factory, mixed Bangla and English. It should know local rules, not only American and European. And it should be cheaper. I am paying the subscription myself, twenty dollars, for a factory officer that is a lot of money. My brother says even [[Shakib Al Hasan|PUBLIC_FIGURE]] needs a local coach, and AI also needs one.

AI: Thank you, [[Nasrin|PERSON]]. How can we contact you later?

User: You can call me, I am writing my number in Bangla digits: [[০১৭১১-২৩৪৫৬৭|OBF_PHONE|bengali_digits]]. Or email at [[nasrin.akter@meghnaapparels.com.bd|EMAIL_ADDRESS]], but it is office email, so please don't send anything private. Our [[GM|GENERIC_ROLE]] reads everything, haha.""")

# 11 Sri Lanka - credit analyst, Colombo
T.append("""AI: Hello, thanks for joining. Could you introduce yourself and tell me what your job involves?

User: Hello! I'm [[Dilani Perera|PERSON]], I'm [[30|AGE]], and I work as a [[credit analyst|JOB_TITLE]] at [[Ceylon Trust Bank|ORGANIZATION]], in the SME lending unit at the head office in [[Colombo|CITY]]. I live in [[Nugegoda|CITY]] with my parents, so it's a short trip on a good day and an hour and a half on a bad one. I joined the bank in [[2018|DATE]] after my degree in finance at the [[University of Sri Jayewardenepura|SCHOOL]]. My job is to look at loan applications from small businesses, like a bakery in [[Kandy|CITY]] or a tyre shop in [[Galle|CITY]], and write a credit paper recommending yes or no.

AI: How does AI come into that process?

User: The bank hasn't officially introduced anything yet. There's a pilot with [[Microsoft Copilot|AI_PRODUCT]] in some departments, but not ours. So what I do is mostly on my own: I use [[ChatGPT|AI_PRODUCT]] to structure the credit paper. The template is long, maybe twelve sections, and for each one I have the numbers from [[Finacle|SOFTWARE]] and the financial statements, but writing the narrative takes time. I give it the anonymised ratios and ask for a draft of the risk section, then I rewrite it in our style. It saves me maybe forty-five minutes per file.

AI: You said anonymised. How do you do that in practice?

User: I remove the business name, the owner's name, the NIC and the address. Everything else is just numbers, and numbers alone don't tell you much. Our [[branch manager|GENERIC_ROLE]] is very strict about this, and honestly, after what happened to a friend, I'm strict too. A friend of mine from university, [[Tharushi|PERSON]], had her NIC, [[199456702231|NATIONAL_ID]], leaked from some online loan app, and for months she got calls from people she didn't know. So I know what it feels like. I also never use my personal details on these websites, I signed up with a separate email.

AI: What's your sense of how your colleagues feel about it?

User: It's a generational thing in our unit. [[Kasun|PERSON]], who sits next to me, uses it more than I do. He even asks it to write his [[WhatsApp|SOFTWARE]] messages to his girlfriend, which I think is a bit sad. [[Chaminda|PERSON]] aiya, who has been in credit for twenty years, doesn't trust it at all. He says a credit paper is a judgement, not an essay. And he's right in a way: the AI doesn't know that a hardware shop in the hill country has a bad season during the monsoon, or that the owner's brother also sits on the board of the supplier. Our [[head of credit|GENERIC_ROLE]], Mr. [[Fernando|PERSON]], is somewhere in the middle. He asked me to do a small presentation in [[June|GENERIC_TIME]] about how I use it, which was nerve-wracking.

AI: Do you think this will change your career path?

User: I think so, yes. The basic analysis will get automated; the bank has already started talking about automatic scoring for small loans below a certain amount. So I'm studying for the CFA, level two, and I want to move into risk modelling. My mother says I should just become a teacher like her, it's more secure. Maybe she's right! But I like numbers. Also, in [[Sri Lanka|COUNTRY]] after the crisis, a lot of people in banking left for [[Australia|COUNTRY]] or [[Canada|COUNTRY]], so there's actually more opportunity for those who stay. I'm a big [[Kumar Sangakkara|PUBLIC_FIGURE]] fan and he always talks about staying calm under pressure, so that's my approach.

AI: Thank you, [[Dilani|PERSON]]. Could you leave contact details for a follow-up?

User: Sure. Email is [[dilani dot perera at gmail dot com|OBF_EMAIL|spelled_at_dot]], and my mobile is [[077 345 6612|PHONE_NUMBER]]. Please don't call during work hours, we are not allowed phones at the desk. I check messages after five.""")

# 12 Indonesia - social media specialist, Bandung
T.append("""AI: Hi! Thanks for making time. Can you tell me about yourself and your job?

User: Hi, thank you! My name is [[Putri Ayu Lestari|PERSON]], you can call me [[Putri|PERSON]]. I am [[26|AGE]]. I work as [[social media specialist|JOB_TITLE]] for [[Batik Sekar Arum|ORGANIZATION]], a batik brand from [[Bandung|CITY]]. We have two shops, one in [[Bandung|CITY]] and one in [[Jakarta|CITY]], but most of the sales now are online. I handle [[Instagram|SOFTWARE]] and [[TikTok|SOFTWARE]], so content, captions, replying to comments, live selling. I graduated from [[Universitas Padjadjaran|SCHOOL]], communication science, in [[2020|DATE]].

AI: How do you use AI in this work?

User: Oh, every day! For captions I use [[ChatGPT|AI_PRODUCT]]. I give the product details, like "batik tulis, cotton, motif mega mendung, good for [[Lebaran|GENERIC_TIME]]", and ask for five caption options in casual Indonesian, some with English mixed in, because our followers like that. For design I use [[Canva|SOFTWARE]] and the AI feature inside to remove backgrounds. For video I use [[CapCut|SOFTWARE]] with auto subtitles. My [[boss|GENERIC_ROLE]], Bu [[Sari|PERSON]], she is the [[owner|GENERIC_ROLE]], was doubtful at first, but when the engagement went up she became a fan.

AI: Is there anything the AI doesn't get right?

User: Yes, the culture. Batik motifs have meaning. Some motifs come from the [[Yogyakarta|CITY]] palace and traditionally were only for certain people, or for weddings. The AI once wrote a caption saying a parang motif is "perfect for an everyday office look", and one follower, very knowledgeable, commented that it's disrespectful. [[Bintang|PERSON]], our [[batik designer|JOB_TITLE]], was upset with me. Now I always ask [[Bintang|PERSON]] before posting anything about the meaning. Also, sometimes our customers write in Sundanese and the AI is not so good with that.

AI: What about customers' data? Do you ever put that into these tools?

User: Hmm, sometimes I want to. When we have many DMs with complaints, I want to summarise them. But the DMs have names, shipping addresses, phone numbers. [[Budi|PERSON]] from the warehouse once showed me he pasted the whole order list into a chatbot to sort by city, with addresses like [[Jl. Dago No. 112|ADDRESS]] and everything, and I told him no, please, this is customers' private data. For myself, I also became careful after I had to upload my KTP for a marketplace seller account. The NIK, [[3273014506980002|NATIONAL_ID]], is on everything here, bank, phone SIM card, and I hear stories of people's KTP photos being used for online loans.

AI: How do you think your job will look in a few years?

User: I think AI will make more of the content, and my job will be more strategy and community. Already some brands use AI model photos instead of real models. Our [[owner|GENERIC_ROLE]] said no, we use real people. [[Indah|PERSON]] from the shop is our model and she is very happy about it, haha. I am a bit worried for friends who are freelance copywriters in [[Jakarta|CITY]], their prices are going down. I follow [[Raditya Dika|PUBLIC_FIGURE]] and he says creators must keep their own voice, and I agree, followers can feel when it's only AI.

AI: Thanks, [[Putri|PERSON]]. How can we contact you?

User: DM me on [[Instagram|SOFTWARE]], [[@putriayu.lst|SOCIAL_HANDLE]], or [[WhatsApp|SOFTWARE]]. I will write the number in Indonesian so it's not scraped: [[kosong delapan satu tiga, dua dua empat lima, enam tujuh delapan sembilan|OBF_PHONE|indonesian_number_words]]. And please follow our shop too, [[@sekararum.official|SOCIAL_HANDLE]], hehe.""")

# 13 Malaysia - legal associate, Kuala Lumpur
T.append("""AI: Hi, thank you for joining. Could you introduce yourself?

User: Hi, sure. I'm [[Nur Aisyah Ahmad|PERSON]], most people call me [[Aisyah|PERSON]]. I'm [[32|AGE]] and I'm a [[legal associate|JOB_TITLE]] at [[Tan, Rahman & Partners|ORGANIZATION]], a mid-sized firm in [[Kuala Lumpur|CITY]]. Our office is at [[Level 12, Menara Integra, 348 Jalan Ampang|ADDRESS]], near [[KLCC|CITY]]. I mostly do commercial disputes and some conveyancing. I studied law at [[International Islamic University Malaysia|SCHOOL]] and did my chambering in [[Penang|CITY]] in [[2016|DATE]].

AI: What does AI look like in a law firm like yours?

User: Very cautious, lah. The firm subscribed to [[Lexis+ AI|AI_PRODUCT]] last year because the [[partners|GENERIC_ROLE]] felt pressure, everyone was talking about it at the Bar events. It searches cases and gives summaries. For Malaysian cases I still prefer [[CLJ|SOFTWARE]], because the coverage is better and I know how to search it. Then, unofficially, many of the juniors use [[ChatGPT|AI_PRODUCT]] for drafting, the first draft of a letter of demand, for example, or to make a chronology from a messy bundle of emails.

AI: And you personally?

User: I use it, but I'm careful. I never paste [[client|GENERIC_ROLE]] names or IC numbers. You know, our MyKad number tells your birth date and state. Like mine is [[920315-14-5582|NATIONAL_ID]], so anyone can tell I was born in [[March 1992|DATE]] in [[KL|CITY]]. In a conveyancing file there's the purchaser's IC, the vendor's IC, the property address, the loan amount; it's basically an identity kit. So I make a copy, replace everything with [A], [B], and then ask for help with the structure only.

AI: Has it ever gone wrong?

User: Once, quite badly. My [[colleague|GENERIC_ROLE]], [[Ravi|PERSON]], used [[ChatGPT|AI_PRODUCT]] to find authorities for a submission and it gave him two Federal Court cases that don't exist. Luckily [[Wei Ling|PERSON]], our [[senior associate|JOB_TITLE]], checked every citation before filing, because she had read about the lawyer in [[New York|CITY]] who got sanctioned for the same thing. [[Ravi|PERSON]] was so embarrassed, he brought kuih for the whole team the next day. After that, Mr. [[Tan|PERSON]], the [[managing partner|GENERIC_ROLE]], sent a memo: any AI output must be verified against the primary source, and you must tell the supervising lawyer you used it. The support staff, on the other hand, are the most creative! Our [[secretary|JOB_TITLE]], [[Apple|PERSON]], yes, that's really her name, her sisters are [[Candy|PERSON]] and [[Cherry|PERSON]], uses it to fix the formatting in [[Microsoft Word|SOFTWARE]] and to write polite reminders to [[clients|GENERIC_ROLE]] who haven't paid. She's [[fifty-something|AGE]] and faster on it than me.

AI: How do you see your career in a few years with these tools around?

User: I think the junior work will shrink, research and first drafts. That worries me for the pupils coming in; how will they learn? But court work, negotiating, sitting with a family who is fighting over a house in [[Shah Alam|CITY]] after the father passed away, that needs a human. My husband [[Hafiz|PERSON]] is a [[doctor|JOB_TITLE]] and he says the same about medicine. Also, with [[Anwar Ibrahim|PUBLIC_FIGURE]] talking about making [[Malaysia|COUNTRY]] an AI hub, I think the firms that adapt will survive. I'm planning to do a short online course on legal tech after [[Hari Raya|GENERIC_TIME]].

AI: Thanks, [[Aisyah|PERSON]]. How can we reach you for the follow-up?

User: Email is best. I'll type my personal one: [[aisyah\u200b.ahmad\u200b@\u200bgmail.com|OBF_EMAIL|zero_width]]. If it doesn't work, it's because I copied it from my phone, it sometimes adds funny characters. Or the office line, [[03-2165 8830|PHONE_NUMBER]], and ask for [[Aisyah|PERSON]].""")

# 14 Thailand - revenue manager, Chiang Mai
T.append("""AI: Sawasdee, and thanks for joining. Could you tell me about yourself and your work?

User: Sawasdee ka! My name is [[Kanokwan Srisuk|PERSON]], but please call me [[Ploy|PERSON]], in [[Thailand|COUNTRY]] everyone uses a nickname. I am [[35|AGE]]. I am [[revenue manager|JOB_TITLE]] at [[Lanna Riverside Resort|ORGANIZATION]] in [[Chiang Mai|CITY]], it is a boutique hotel with 84 rooms near the Ping River. I have worked here since [[2019|DATE]]; before that I was six years in a big chain hotel in [[Bangkok|CITY]]. I graduated from [[Chiang Mai University|SCHOOL]], faculty of business administration.

AI: What does a [[revenue manager|JOB_TITLE]] do day to day?

User: I decide the room price every day for every channel. Our own website, [[Agoda|ORGANIZATION]], [[Booking.com|ORGANIZATION]], [[Expedia|ORGANIZATION]], and some travel agents from [[China|COUNTRY]] and [[Korea|COUNTRY]]. The price depends on season, events, what the competitors do. In high season, [[November|GENERIC_TIME]] to [[February|GENERIC_TIME]], and for [[Songkran|GENERIC_TIME]] and [[Yi Peng|GENERIC_TIME]], we can sell very high. In rainy season it is difficult.

AI: And how does AI help with that?

User: There is AI in our revenue system, [[IDeaS|SOFTWARE]], it recommends prices. Honestly, I follow maybe half. The other half I change because I know things the system does not know, like there is a big wedding at the hotel next door, or the road to [[Pai|CITY]] is closed by a landslide. Then for writing I use [[ChatGPT|AI_PRODUCT]] a lot. My English writing is not so strong, so for emails to agents, and the monthly report to the [[owner|GENERIC_ROLE]] in [[Bangkok|CITY]], I write in Thai or simple English and ask it to make it professional.

AI: Can you tell me about your team and how they use it?

User: We are a small team. [[Ice|PERSON]] is our [[sales executive|JOB_TITLE]], she uses [[Gemini|AI_PRODUCT]] on her phone to prepare proposals for corporate groups. [[Golf|PERSON]] is the [[front office manager|JOB_TITLE]]; he doesn't like AI so much, he says guests want a smile, not a chatbot. But last [[Songkran|GENERIC_TIME]] we were full and he used it to write the reply to all the guests asking about water fights, so... haha. My husband is [[Bank|PERSON]], he is a [[chef|JOB_TITLE]] in another hotel, and he asks [[ChatGPT|AI_PRODUCT]] for menu descriptions in English and Chinese. Yes, [[Ice|PERSON]], [[Golf|PERSON]], [[Bank|PERSON]], in [[Thailand|COUNTRY]] a nickname can be anything! My sister is called [[Pepsi|PERSON]].

AI: What about guest data? How do you handle that?

User: This is important. The guest passport details are in [[Opera|SOFTWARE]], our PMS, and we must report foreigners to immigration. We never put passports or names into AI. But I must be honest, my own ID number, [[1-5099-01234-56-7|NATIONAL_ID]], I once put in a chatbot when I asked for help to fill a bank form in English. Only afterwards I thought, oh, maybe not good. Thai people are a bit relaxed about the ID number, it's on so many photocopies everywhere, for the SIM card, for check-in, for everything.

AI: Last question: what do you hope or fear about AI in hospitality?

User: I hope it does the boring part, so my team can be with the guests. My fear is that small hotels cannot pay for the good tools, and the big chains become stronger. Also fake reviews written by AI, that is already a problem on [[Google Maps|SOFTWARE]]. Oh, and my nephew is crazy about [[Lisa|PUBLIC_FIGURE]] from [[BLACKPINK|PUBLIC_FIGURE]]; he made an AI picture of her at our pool and posted it, and I had to ask him to delete it, haha. If you want to contact me, my [[LINE|SOFTWARE]] is [[ploy.lanna|SOCIAL_HANDLE]], or email [[ploy_k[at]lannariverside[.]com|OBF_EMAIL|bracket_defang]].""")

# 15 South Korea - process engineer, Icheon
T.append("""AI: Hello, thank you for participating. Could you introduce yourself?

User: Hello. My name is [[Park Ji-woo|PERSON]]. I am [[29|AGE]] years old, international age. I am working as [[process engineer|JOB_TITLE]] at [[SK hynix|ORGANIZATION]], in the [[Icheon|CITY]] campus. My part is the etch process for DRAM. I live in [[Bundang|CITY]] and commute by company shuttle bus, it takes one hour. I studied materials science at [[Kyungpook National University|SCHOOL]] in [[Daegu|CITY]], that's my hometown, and then did my master's at [[KAIST|SCHOOL]]. I joined the company in [[2021|DATE]].

AI: How is AI used in your work?

User: Two kinds. First is inside the fab. We have many machine learning models for defect detection and for predicting equipment problems. I am not the developer of these, but I use the results every day. Second is generative AI for office work. Our company has an internal AI assistant, based on some big model, I don't know exactly which one. Public tools like [[ChatGPT|AI_PRODUCT]] are blocked on the company network because of security. Semiconductor is national security level in [[Korea|COUNTRY]], very strict.

AI: What do you use the internal assistant for?

User: Mostly documents. Report writing is a big part of an engineer's life in a Korean company. Every week a report to the [[team leader|GENERIC_ROLE]], every month a bigger report. I put my data summary and ask it to make the draft in company format. Our [[team leader|GENERIC_ROLE]], [[Kim Tae-hyun|PERSON]], reads everything in detail, so I cannot just copy the AI, he will find it. Also English: we have meetings with equipment vendors from the [[Netherlands|COUNTRY]] and [[Japan|COUNTRY]], and my English speaking is not so good, so I prepare the questions with the assistant. At home I use [[ChatGPT|AI_PRODUCT]] and sometimes [[HyperCLOVA X|AI_PRODUCT]], the Korean one, for studying. I am preparing a patent application with [[Min-jun|PERSON]] sunbae, he is two years senior, and I use it to understand the patent language. My girlfriend [[Seo-yeon|PERSON]] is a [[pharmacist|JOB_TITLE]] in [[Suwon|CITY]], she uses it even more than me, for insurance documents. We joke that our relationship is three people.

AI: Do you have any worries about privacy or security?

User: Yes, many. For the company, leak of technology is the biggest fear. There was news about engineers who leaked to competitors, so everyone is careful, maybe too careful. Personally: in [[Korea|COUNTRY]] the resident registration number is used everywhere, and there were many big leaks from companies before. My number, [[970512-2345678|NATIONAL_ID]], was probably leaked already in some shopping mall hacking, so I feel, what can I do? Still, I don't type it to AI. My mother in [[Daegu|CITY]] sends me [[KakaoTalk|SOFTWARE]] messages to check if some message is a scam or not, and now I ask AI to check also.

AI: How do you see your future as an engineer with AI?

User: I think AI will help the [[process engineer|JOB_TITLE]] a lot, maybe we need fewer people for routine monitoring. But the hard problems, when yield drops suddenly and nobody knows why, need experience and discussion. [[Jensen Huang|PUBLIC_FIGURE]] says every company will be an AI company, and for us, memory for AI is the main business now, HBM, so AI actually makes my job more busy. During the [[Chuseok|GENERIC_TIME]] holiday I was working because of HBM orders. My mother was not happy, haha.

AI: Thank you, [[Ji-woo|PERSON]]. Could you leave a contact?

User: Email is [[jiwoo.park.etch@gmail.com|EMAIL_ADDRESS]]. The phone I write in the Korean way: [[공일공 사사일칠 이이구공|OBF_PHONE|sino_korean_digits]]. Please send a message first, I don't answer unknown calls, there are too many spam calls.""")

# 16 China - e-commerce operations, Shenzhen
T.append("""AI: Hello, thank you for joining us. Could you introduce yourself?

User: Hello! My Chinese name is [[Chen Xiaoyu|PERSON]], but at work everyone calls me [[Summer|PERSON]], because our company deals with foreign customers and everyone has an English name. I am [[28|AGE]]. I am [[operations specialist|JOB_TITLE]] at [[Shenzhen Hailan Trading|ORGANIZATION]]. We sell small home appliances, like portable blenders, on [[Amazon|ORGANIZATION]] in the [[US|COUNTRY]] and [[Europe|CONTINENT]]. The office is in [[Nanshan|CITY]] district, [[Shenzhen|CITY]]. I come from [[Changsha|CITY]], I studied English at [[Hunan University|SCHOOL]] and came to [[Shenzhen|CITY]] in [[2018|DATE]].

AI: What does your work involve, and which AI tools do you use?

User: Listing optimisation, advertising, customer reviews, and talking with the factory. Each product page needs a title, five bullet points, description, keywords, in English, German, French. Before, we paid freelancers to write. Now mostly AI. Every day I also check ads data in [[Seller Central|SOFTWARE]] and in [[Excel|SOFTWARE]] and adjust the budget. Busy times are [[Prime Day|GENERIC_TIME]] in [[July|GENERIC_TIME]] and [[Black Friday|GENERIC_TIME]], and on the [[China|COUNTRY]] side, [[Double Eleven|GENERIC_TIME]]. For tools: [[ChatGPT|AI_PRODUCT]] is best for English listings, but in [[China|COUNTRY]] you need VPN, so the company has one account on a special computer and everybody shares it, sometimes it's slow. For Chinese tasks I use [[DeepSeek|AI_PRODUCT]] and [[Kimi|AI_PRODUCT]], they are free and very good now. [[Doubao|AI_PRODUCT]] I use on the phone for quick questions. Our [[boss|GENERIC_ROLE]], [[Liu|PERSON]] zong, is very excited about AI. He read about [[Liang Wenfeng|PUBLIC_FIGURE]] and [[DeepSeek|AI_PRODUCT]], and now in every meeting he says "we must use AI to cut cost."

AI: Can you give an example of it working well, and one not so well?

User: Well: customer reviews. We have a blender with three thousand reviews. I export them and ask AI to find the top complaints. It found that many people in [[Germany|COUNTRY]] complain the charging cable is too short, so we changed it in the next batch and the rating went up. Not so well: once [[ChatGPT|AI_PRODUCT]] wrote in the listing that the blender is "[[FDA|ORGANIZATION]] approved", which is not true, and [[Amazon|ORGANIZATION]] can punish you for false claims. My [[colleague|GENERIC_ROLE]] [[Zhang Wei|PERSON]], we have two [[Zhang Wei|PERSON]] in the company, this is the one in compliance, found it before publishing. Now the rule is: all claims about certificates must be checked by him.

AI: What about personal information? Do you think about that?

User: In [[China|COUNTRY]], personal information is everywhere already, haha. For real-name registration, every app needs your phone number and ID. My ID number, [[43010219960817262X|NATIONAL_ID]], I typed in so many places: train tickets, hotels, bank, even the gym. So people are not so sensitive. But for the company, the customer data from [[Amazon|ORGANIZATION]] is strict, we cannot export buyer addresses, those are the platform rules. One more problem: because the company shares one [[ChatGPT|AI_PRODUCT]] account, everybody can see the history of everybody. [[Lily|PERSON]] once saw my questions about how to write a resignation letter. It was for a friend! And everybody was joking about it for one week.

AI: How do you think AI will change jobs like yours?

User: Honestly, my job is changing already. Last year we had four people writing listings, now two. The other two moved to video content and live streaming. I think I am safe if I keep learning, like data analysis. My parents in [[Changsha|CITY]] worry a lot, they want me to take the civil servant exam, very stable. But I like this fast life. People here always tell the [[Jack Ma|PUBLIC_FIGURE]] story, start small and work hard, and I still believe it a little bit.

AI: Thank you, [[Summer|PERSON]]. How can we contact you?

User: [[WeChat|SOFTWARE]] is best, my ID is [[summer_cxy_1996|SOCIAL_HANDLE]]. Or email [[2417795530@qq.com|EMAIL_ADDRESS]]. The phone I write in Chinese: [[一三八 二六五七 四四零九|OBF_PHONE|chinese_numerals]].""")

# 17 Chile - risk prevention engineer, copper mine
T.append("""AI: Thanks for joining from [[Chile|COUNTRY]]. Could you tell me about yourself and your work?

User: Of course. I'm [[Camila Fuentes|PERSON]], I'm [[39|AGE]], and I'm a [[risk prevention engineer|JOB_TITLE]], prevencionista de riesgos, at [[Minera Cerro Alto|ORGANIZATION]], a copper mine about two hours from [[Calama|CITY]]. I work a 7x7 roster: seven days up at the mine, seven days at home in [[Antofagasta|CITY]] with my husband [[Rodrigo|PERSON]] and our son [[Benja|PERSON]]. I studied at [[Universidad Católica del Norte|SCHOOL]] and I've been at the mine since [[2014|DATE]].

AI: What does a typical shift look like for you?

User: Very early start, a 6 am safety talk with the crews, then field inspections: the crushers, the workshops, the haul roads. I investigate incidents and near misses, and I prepare the reports for [[Sernageomin|ORGANIZATION]], the mining regulator. A lot of paperwork, honestly. For every incident there's a formal investigation, root cause analysis, corrective actions, all in [[SAP|SOFTWARE]] and also in our own safety platform.

AI: Where has AI come into that?

User: Mostly in writing and analysis. The company gave us [[Copilot|AI_PRODUCT]] last year, in Spanish, so I use it to turn my field notes into the first draft of the investigation report. My notes are terrible, half Spanish, half chilenismos, full of abbreviations, and it organises them quite well. I also used [[ChatGPT|AI_PRODUCT]] to build a matrix of incident causes from three years of reports, which I showed to the [[general manager|GENERIC_ROLE]]. Before, nobody had time to read all of them. It showed that most hand injuries happen in the last two hours of the night shift, which we kind of knew, but now we had the numbers.

AI: Were there moments where you didn't trust the output?

User: Yes. Once it suggested a corrective action based on an [[OSHA|ORGANIZATION]] standard, which is from the [[United States|COUNTRY]] and doesn't apply here. And in an investigation you have to be very careful with blame. The AI tends to write "the worker failed to...", and that's not how we do it, we look at the system, not the person. My [[colleague|GENERIC_ROLE]] [[Paz|PERSON]], the [[occupational psychologist|JOB_TITLE]] on site, reads my reports and she caught that tone several times. Then there are the names of the workers. In an incident report there's the name, the RUT, the contractor company, and I strip all that before using AI. My own RUT, [[15.874.392-K|NATIONAL_ID]], is on everything in [[Chile|COUNTRY]], even at the pharmacy they ask for it, so I'm very aware how exposed it is.

AI: How do the workers and supervisors feel about AI on site?

User: The operators mostly don't care, as long as it doesn't replace them. The autonomous trucks worry them, but that's a different kind of AI. The [[shift supervisors|GENERIC_ROLE]] are mixed. [[Matías|PERSON]], one of the younger ones, uses [[ChatGPT|AI_PRODUCT]] to prepare his safety talks, and they're much better now, he even adds a little story each day. The older ones say it's cheating. Up there at 4,000 metres, in [[winter|GENERIC_TIME]], nobody cares who wrote the talk as long as everyone goes home safe.

AI: And what about the future of your role?

User: I think the reporting side will be mostly automated. What can't be automated is walking the site and seeing that a guard is missing, or that someone looks too tired to drive. That's the human part. [[Rodrigo|PERSON]] says AI will never play football like [[Alexis Sánchez|PUBLIC_FIGURE]], and I say it will never smell a burning conveyor belt either. [[Benja|PERSON]] is [[eleven|AGE]] and wants to be a youtuber, so I'm not sure he'll follow me into mining, haha. For follow-ups you can write to [[cfuentes arroba cerroalto punto cl|OBF_EMAIL|spanish_arroba]], or [[WhatsApp|SOFTWARE]] me at [[+56 9 8765 4321|PHONE_NUMBER]], but only on my days down, because up at the mine there's barely any signal.""")

# 18 Colombia - call centre quality analyst, Medellin
T.append("""AI: Hi [[Valentina|PERSON]], thanks for joining. Could you tell me about yourself?

User: Hi! Yes, I'm [[Valentina Ospina|PERSON]], everyone calls me [[Vale|PERSON]]. I'm [[27|AGE]], from [[Medellín|CITY]], and I live in [[Envigado|CITY]] with my mom. I work as a [[quality analyst|JOB_TITLE]] at [[ContactoSur|ORGANIZATION]], it's a call center, a BPO, we do customer service in English for companies in the [[United States|COUNTRY]]. My account is a phone company, [[Brightline Wireless|ORGANIZATION]]. I studied languages at [[Universidad de Antioquia|SCHOOL]], started as an agent in [[2019|DATE]], and got promoted to quality in [[2022|DATE]].

AI: What does a [[quality analyst|JOB_TITLE]] do in a call center?

User: I listen to calls, a lot of calls, and score them with a form: did the agent verify the customer, did they show empathy, did they offer the right plan, did they close correctly. Then I give feedback to the agents. Each analyst covers around twenty agents. The calls are recorded in [[Genesys|SOFTWARE]], and now there's an AI module that transcribes and scores every call automatically, so my job changed a lot in the last year.

AI: How did it change?

User: Before, I could listen to maybe five percent of the calls, a random sample. Now the AI scores all of them and flags the ones with low sentiment, or where the customer said "cancel" or "[[supervisor|GENERIC_ROLE]]". So I focus on those. It's more efficient, yes, but the AI doesn't understand accents well. Our agents are Colombian, the customers are from [[Texas|CITY]], [[Alabama|CITY]], [[New York|CITY]], and it marks good calls as bad because it didn't understand. My [[colleague|GENERIC_ROLE]] [[Luz|PERSON]] did an analysis and found that agents from the coast, with a stronger accent, got lower scores from the AI. We presented it to the [[account manager|GENERIC_ROLE]] and they adjusted some things.

AI: Do you use generative AI tools too, like chatbots?

User: Yes, [[ChatGPT|AI_PRODUCT]] for writing the feedback. Some agents are sensitive, especially the new ones, so I write what I want to say and ask it to make it kind but clear. Also for the coaching plans. [[Andrés|PERSON]], my [[supervisor|GENERIC_ROLE]], uses [[Gemini|AI_PRODUCT]] to prepare the weekly report for the [[client|GENERIC_ROLE]]. But we have strict rules about customer data, because they're American customers and there's a lot of compliance: no account numbers, no names, no addresses in any external tool. And our own data too. When I started here they asked for my cédula, [[1.036.658.902|NATIONAL_ID]], my bank account, and my fingerprint for the door. Everything.

AI: How do agents feel about being scored by AI?

User: Some hate it. They feel watched all the time, which... they are. [[Sebas|PERSON]], one of my agents, told me the machine doesn't know he had a customer screaming at him for ten minutes and he stayed calm; it only sees that the call was long. So I try to be the human in the middle. And there's fear, because everybody knows AI bots can answer simple calls now. In [[Bogotá|CITY]] some centers already reduced people. My mom, doña [[Gloria|PERSON]], asks me every week if I still have a job, haha. I tell her yes, ma, until the robots learn paisa Spanish. But I think, like [[Karol G|PUBLIC_FIGURE]], who is from here too, you need to reinvent yourself, so I'm studying data analytics in the evenings at [[EAFIT|SCHOOL]].

AI: Thanks, [[Vale|PERSON]]. How can we reach you for a follow-up?

User: [[Instagram|SOFTWARE]] is [[@vale.ospina.m|SOCIAL_HANDLE]], or [[WhatsApp|SOFTWARE]], I'll write it in Spanish: [[tres uno cinco, dos cero cero, cuatro siete ocho nueve|OBF_PHONE|spanish_number_words]]. Better after 6 pm, during the shift we can't have phones.""")

# 19 Argentina - public accountant, Cordoba
T.append("""AI: Good evening, thanks for joining. Could you introduce yourself and your work?

User: Good evening, che. I'm [[Martín Ferreyra|PERSON]], [[47|AGE]] years old, [[public accountant|JOB_TITLE]], contador público as we say. I have a small firm in [[Córdoba|CITY]], [[Estudio Ferreyra & Asociados|ORGANIZATION]], with my partner [[Gustavo|PERSON]] and four employees. We're in [[Nueva Córdoba|CITY]], near the university. I graduated from the [[Universidad Nacional de Córdoba|SCHOOL]] in [[2001|DATE]], right in the middle of the crisis, so I've seen everything. Our [[clients|GENERIC_ROLE]] are mostly small businesses: a couple of bakeries, a car dealership in [[Villa Carlos Paz|CITY]], doctors, and some people who work remotely for foreign companies and get paid in dollars, which is its own adventure here.

AI: How has AI entered your practice?

User: Slowly, and then suddenly. In [[Argentina|COUNTRY]] the tax rules change every five minutes, really. With every government there's a new regime, new resolutions from [[AFIP|ORGANIZATION]], now it's called [[ARCA|ORGANIZATION]], even the name changes. So the first thing I used [[ChatGPT|AI_PRODUCT]] for was to summarise the new resolutions. The problem is it doesn't know the latest ones, so you have to paste the text. [[Flor|PERSON]], our [[junior accountant|JOB_TITLE]], figured that out, and now she has a whole system: she pastes the Boletín Oficial text and asks for a summary in plain Spanish for the [[clients|GENERIC_ROLE]].

AI: What other tasks do you use it for?

User: Emails to [[clients|GENERIC_ROLE]] explaining why they have to pay so much, haha, that's the hardest part of the job. And [[Excel|SOFTWARE]] formulas, of course, for inflation adjustments, because with our inflation you need to adjust everything. Our accounting system is [[Tango|SOFTWARE]], which is very Argentine, and the AI doesn't know it well. [[Sol|PERSON]], our [[administrative assistant|JOB_TITLE]], uses it to answer the [[WhatsApp|SOFTWARE]] messages from [[clients|GENERIC_ROLE]] that arrive at midnight.

AI: How do you handle [[clients|GENERIC_ROLE]]' data when you use these tools?

User: Carefully, I hope. Here the CUIT is the key for everything, and your DNI number is inside it. Mine is [[20-25468731-9|NATIONAL_ID]], for example, so anybody can read my DNI in the middle. We never put the CUIT and the name together. But I must say, in the beginning I was naive. I pasted a whole balance sheet of a [[client|GENERIC_ROLE]], Don [[Aldo|PERSON]], who has a hardware store, with his name on top. Nothing happened, but when I told [[Flor|PERSON]] she looked at me like I had killed someone. She's [[twenty-six|AGE]] and she teaches me privacy. The world upside down.

AI: Do you think AI will change the profession?

User: Sure. The bookkeeping part, loading invoices, is already almost automatic. What remains is advising: should this guy register as monotributista or not, should he buy dollars or not. And the relationship. People in [[Córdoba|CITY]] want to come and drink mate in your office and complain about the government. With [[Milei|PUBLIC_FIGURE]] everything changed again, and no AI could have predicted that. My wife [[Luciana|PERSON]] says I'll retire the day AI understands Argentine taxes, so never. And our son is studying systems engineering in [[Rosario|CITY]], so at least someone in the family will understand the robots. It's like [[Messi|PUBLIC_FIGURE]]: even the best one needs a good team around him, and the robot can be part of the team, not the captain.

AI: Thanks, [[Martín|PERSON]]. Where can we send the summary?

User: Write to [[m-ferreyra AT estudioferreyra DOT com DOT ar|OBF_EMAIL|caps_at_dot]], I write it like that because the bots fill my inbox. Or the firm's phone, [[0351 422-7618|PHONE_NUMBER]], and ask for me or [[Sol|PERSON]].""")

# 20 New Zealand - large animal vet, Canterbury
T.append("""AI: Kia ora, thanks for joining us. Could you start by telling me about yourself?

User: Kia ora! I'm [[Aroha Tipene|PERSON]], I'm [[44|AGE]], and I'm a [[large animal vet|JOB_TITLE]] at [[Plains Vet Services|ORGANIZATION]], based in [[Ashburton|CITY]], mid [[Canterbury|CITY]]. Mostly dairy, some sheep and beef up towards [[Methven|CITY]]. I trained at [[Massey|SCHOOL]], and I've been with the practice since [[2011|DATE]]. Grew up in [[Rotorua|CITY]], so the [[South Island|CITY]] winters were a shock, I'll be honest.

AI: What does your work look like day to day?

User: Depends on the season. In [[spring|GENERIC_TIME]] it's calving, so we're flat out: calvings, milk fever, sick calves. Then mating, herd testing, pregnancy scanning in [[autumn|GENERIC_TIME]]. I'm on the road most of the day, ute full of gear, seeing maybe five or six farms. The paperwork happens at night at the kitchen table, which is where AI has crept in, to be honest.

AI: Tell me more about that.

User: So every visit needs clinical notes, and any treatment has to go into the farm's records for withholding periods, milk and meat. Our practice system is [[ezyVet|SOFTWARE]], and the farms use [[MINDA|SOFTWARE]] for their herd records. I started using [[ChatGPT|AI_PRODUCT]] on my phone to turn my voice memos into proper notes. I record in the ute, "cow 412, left hind lame, white line disease, trimmed, block applied", and it tidies it up. [[Bree|PERSON]], our [[vet nurse|JOB_TITLE]], showed me how to do it. Saves me an hour a night, easy, and that's an hour with my kids.

AI: Are there any concerns about data there?

User: A bit. Farms are businesses, and farmers can be private about their numbers, their production, their cell counts. I don't put farm names in. But it's a small community; if I say "the 900-cow herd on the corner past the school", everyone knows who that is. We live out on [[1287 Thompsons Track|ADDRESS]] ourselves, so I know all the neighbours' business anyway, ha. For my own stuff I'm careful with the tax number. My IRD number is [[049-091-850|NATIONAL_ID]], and I nearly gave it to a chatbot when I was doing the GST return, which was a bit silly. My partner [[Wiremu|PERSON]] runs a fencing business and does the books in [[Xero|SOFTWARE]], and that's got AI bits in it now too.

AI: How do your colleagues and the farmers feel about it?

User: The younger vets use it a lot, the older ones roll their eyes. [[Hemi|PERSON]], our [[senior vet|JOB_TITLE]], says he's been doing this for thirty years without a robot. The farmers, honestly, are more into tech than people think. Plenty of them have collar sensors on the cows already. Some ask me whether the AI says their cow is sick. One farmer's wife, [[Tui|PERSON]], used [[ChatGPT|AI_PRODUCT]] to diagnose a calf and was mostly right, so I had to eat humble pie.

AI: Looking ahead, how do you see AI affecting rural vets?

User: There's a real shortage of rural vets in [[New Zealand|COUNTRY]], so if AI takes the paperwork off me, that's a win, I can see more animals. It'll never put its arm in a cow, eh. I worry a bit about remote consults replacing farm visits, because you miss so much not being there. My son [[Nikau|PERSON]] is [[16|AGE]] and wants to be a vet too, and I told him, learn to use the tools but learn your anatomy first. I'm a rugby mum at heart, and the [[Richie McCaw|PUBLIC_FIGURE]] types always say get the basics right first. If you need me, text [[oh two one, double four seven, three nine oh two|OBF_PHONE|spelled_double]], though reception is patchy out past [[Methven|CITY]].""")

# 21 USA - dental hygienist, Oklahoma (typed casually)
T.append("""AI: Hi, thanks for taking the time. Could you tell me a little about yourself and your job?

User: hey! ya so im [[destiny|PERSON]], [[31|AGE]], im a [[dental hygienist|JOB_TITLE]] at [[riverside family dental|ORGANIZATION]] in [[broken arrow|CITY]], its right outside [[tulsa|CITY]]. been there since [[2017|DATE]] after i finished the hygiene program at [[tulsa community college|SCHOOL]]. i do cleanings mostly, xrays, perio charting, and i talk ppl out of being scared of the dentist lol

AI: Where does AI show up in your day, if at all?

User: more than youd think honestly. our practice software is [[dentrix|SOFTWARE]] and they added some ai thing that reads the xrays and circles stuff that might be cavities or bone loss. dr [[patel|PERSON]] loves it, he says it catches stuff at 5pm when your eyes are tired. i think its ok but it flags alot of stuff thats nothing, like old fillings. then i use [[chatgpt|AI_PRODUCT]] on my phone for like, writing stuff. the office has us post on [[facebook|SOFTWARE]] and i hate writing those so i just have it do them

AI: What kinds of things do you write with it?

User: the [[facebook|SOFTWARE]] posts, reminder texts, and honestly patient education stuff. like if someone has gum disease i have it explain it at a 6th grade level so they actually get it. [[hunter|PERSON]] who works our [[front desk|GENERIC_ROLE]] (yes her name is [[hunter|PERSON]] lol) uses it to write the appeal letters when insurance denies a claim. shes [[22|AGE]] and way better at it then me. the [[office manager|GENERIC_ROLE]] [[brenda|PERSON]] was kinda against it at first but when [[hunter|PERSON]] got a denied crown claim paid in like 2 days she changed her mind real quick

AI: Do you have any rules about patient information?

User: yeah HIPAA is a big deal, we did a training on it in [[january|GENERIC_TIME]]. so i never put names or birthdays in, i just say like "middle aged guy, smoker, bleeds a lot" or whatever. but ok confession, i did paste a form once for myself, not work, it was for my daughters daycare assistance thing and it had my ssn on it [[447-82-9013|NATIONAL_ID]] and i was like oh crap. deleted it right away. my boyfriend [[cody|PERSON]] works in IT at a bank and he gave me a whole lecture lol

AI: How do you feel AI is changing your job, or your field?

User: for hygienists i dont think its replacing us anytime soon, a robot isnt gonna scale your teeth lol. but the paperwork part yes. and the xray thing is kinda making patients trust the computer more then me which is weird. a lady said "well the computer didnt circle it" and im like maam i can SEE the tartar. my daughter [[kaylee|PERSON]] is [[4|AGE]] and she talks to [[alexa|AI_PRODUCT]] more than to me so idk what her generation is gonna be like. we watch [[mrbeast|PUBLIC_FIGURE]] together and even he uses ai stuff in his videos now

AI: Thanks, [[Destiny|PERSON]]. Anything you'd want the people building these tools to know? And how can we reach you?

User: make the xray thing less jumpy and make [[chatgpt|AI_PRODUCT]] stop using so many fancy words lol nobody in [[oklahoma|CITY]] talks like that. you can text me [[918-555-0143|PHONE_NUMBER]] or find me on [[tiktok|SOFTWARE]] [[@smilesbydestiny|SOCIAL_HANDLE]], i post hygiene tips there""")

# 22 USA - senior grant writer, Detroit
T.append("""AI: Thanks for joining. Can you introduce yourself and tell me about your role?

User: Happy to. I'm [[Marcus Bell|PERSON]], I'm [[52|AGE]], and I'm the [[senior grant writer|JOB_TITLE]] at [[Eastside Harvest Food Bank|ORGANIZATION]] in [[Detroit|CITY]]. Our warehouse is at [[4820 Mt. Elliott Street|ADDRESS]], and we move about nine million pounds of food a year through a network of pantries across [[Wayne County|CITY]]. I came to this work late. I spent twenty years as a reporter at the [[Detroit Free Press|ORGANIZATION]], and after the layoffs in [[2012|DATE]] I switched to nonprofits.

AI: How does AI fit into grant writing for you?

User: It's become a big part of it, and I have complicated feelings about that. Grant writing is a lot of repetition. Every funder wants the same information, need statement, program description, evaluation plan, budget narrative, but in their own format with their own word limits. I use [[Claude|AI_PRODUCT]] mainly, because I find it writes less like a brochure, and [[ChatGPT|AI_PRODUCT]] sometimes for brainstorming. We also use [[Instrumentl|SOFTWARE]] to find funders, which has AI matching built in now. A proposal to the [[Kresge Foundation|ORGANIZATION]] that used to take me two weeks, I can now draft in four days.

AI: What does the AI do well, and where do you still need to step in?

User: It's great at compressing. If I have a 1,200-word program description and the portal allows 500, it'll give me a decent cut in seconds. It's bad at the stories, and funders want to hear about real people. There's a grandmother in [[Hamtramck|CITY]], Miss [[Grace|PERSON]], that's what everyone at the pantry calls her, who raises three grandkids on a fixed income. The AI can't meet Miss [[Grace|PERSON]]. When I do write about her, I change details and I get her permission first. And I never paste [[client|GENERIC_ROLE]] intake data, names, addresses, SNAP case numbers, into any of these tools.

AI: How has your organisation responded to AI use?

User: Our [[executive director|GENERIC_ROLE]], [[Dolores Whitfield|PERSON]], asked me to write a policy, so I did, with some help from [[Claude|AI_PRODUCT]], which felt a little funny. The gist: no personal data from [[clients|GENERIC_ROLE]] or donors, disclose AI use if a funder asks, and a human reads every word before it goes out. [[Shanice|PERSON]], who runs our donor database in [[Salesforce|SOFTWARE]], was worried people would paste donor lists in there to write thank-you letters. She was right to worry; one of our interns did exactly that [[last summer|GENERIC_TIME]].

AI: Have funders said anything about AI-written proposals?

User: A couple have. One [[program officer|GENERIC_ROLE]] told me off the record that they're drowning in proposals that all sound the same now, so the ones with a real voice and real data stand out more. Some foundations have started asking applicants to disclose it, which I think is fair. And with [[MacKenzie Scott|PUBLIC_FIGURE]] giving out unrestricted money without applications at all, maybe the whole model changes anyway. My daughter [[Imani|PERSON]] is at [[Wayne State|SCHOOL]] studying public health, and she's going to come into a field where this is just normal. I want her to learn to write without it first.

AI: Thank you, [[Marcus|PERSON]]. Where can people find you or reach you for a follow-up?

User: My work email is [[mbell@eastsideharvest.org|EMAIL_ADDRESS]]. I keep some writing samples and a little blog at [[marcusbellwrites.com|URL]], and my cell is [[(313) 555-0178|PHONE_NUMBER]]. Call any time except around [[Thanksgiving|GENERIC_TIME]]; that's our busiest season and we're packing boxes day and night.""")

# 23 Nigeria - product designer, Lagos
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and what you do?

User: Hi! I'm [[Chiamaka Okonkwo|PERSON]], most people call me [[Amaka|PERSON]]. I'm [[30|AGE]], and I'm a [[product designer|JOB_TITLE]] at [[PayNaija|ORGANIZATION]], a fintech in [[Yaba|CITY]], [[Lagos|CITY]]. We do savings and small loans for market traders, mostly through a mobile app. I studied fine and applied arts at [[UNN|SCHOOL]] in [[Nsukka|CITY]], then did a UX bootcamp in [[2019|DATE]] and switched careers. I'm originally from [[Enugu|CITY]], but [[Lagos|CITY]] is home now, traffic and all.

AI: How do you use AI in your design work?

User: A lot, but maybe not how people think. I don't let it design screens for me; the generated UI is usually generic, like every other fintech app in [[San Francisco|CITY]]. I use [[ChatGPT|AI_PRODUCT]] for research synthesis. When we do user interviews with traders at the markets in [[Ikeja|CITY]] and [[Oshodi|CITY]], I record, transcribe, and then ask the AI to cluster the pain points. I also use [[Figma|SOFTWARE]]'s AI features to rename layers and generate placeholder text, which sounds small but saves hours. And for microcopy, like error messages, I ask it for ten versions and pick the one that sounds Nigerian, not American.

AI: You mentioned user interviews. How do you handle the participants' information?

User: That's the part I'm strict on. The traders trust us with a lot: their names, phone numbers, sometimes their BVN if they've started the loan process. A BVN is like the key to your whole banking life here. So I remove everything before I put any transcript into an AI tool, and I replace names with descriptions, like "fabric seller, woman, fifties". Our [[product manager|GENERIC_ROLE]], [[Tunde|PERSON]], once shared a screenshot in [[Slack|SOFTWARE]] that had a tester's BVN visible, [[22184619035|NATIONAL_ID]], and our [[security lead|GENERIC_ROLE]] nearly had a heart attack.

AI: How does the rest of your team feel about AI?

User: Mixed, but mostly positive. The engineers use [[Copilot|AI_PRODUCT]], the marketing girls use it for captions, especially around [[Detty December|GENERIC_TIME]] when everybody is in [[Lagos|CITY]] spending money. [[Favour|PERSON]], the other designer, is more sceptical. She says if we all use the same tools, all our apps will look the same, and I think she has a point. And there's the cost. Subscriptions are in dollars, and with how the naira has been, paying twenty dollars monthly is no joke. The company pays for some, but I pay for [[Midjourney|AI_PRODUCT]] myself for personal projects.

AI: And your own career, how do you think AI affects it?

User: Honestly, I think designers who understand people will be fine. The AI can make a screen; it can't sit with Mama [[Nkechi|PERSON]] at her pepper stall and understand why she doesn't trust an app that shows her balance in red. I'm thinking of moving more into research. My younger brother [[Chidi|PERSON]] is studying computer science at [[UNILAG|SCHOOL]] and he's all in on AI, he thinks I'm old-fashioned. I listen to [[Burna Boy|PUBLIC_FIGURE]] while I work and I always tell him, AI can't make that kind of music, so I'm not worried yet.

AI: Thanks, [[Amaka|PERSON]]. How can we stay in touch?

User: My portfolio is on [[behance.net/amakaokonkwo|URL]], and you can email me, it's just my name joined together, [[amakaokonkwo, on gmail|OBF_EMAIL|implicit_domain]]. Or on [[X|SOFTWARE]], I'm [[@amaka_designs|SOCIAL_HANDLE]].""")

# 24 Philippines - virtual assistant, Cebu
T.append("""AI: Hello! Thanks for joining. Can you introduce yourself and tell me about your work?

User: Hi po! I'm [[Kristine Mae Villanueva|PERSON]], but everyone calls me [[Tintin|PERSON]]. I'm [[26|AGE]], from [[Mandaue|CITY]], [[Cebu|CITY]]. I work from home as a [[virtual assistant|JOB_TITLE]] for a real estate team in [[Tampa|CITY]], [[Florida|CITY]]. I found them on [[Upwork|SOFTWARE]] back in [[2021|DATE]], during the pandemic, and they kept me full-time. Before that I was two years in a call center in [[IT Park|CITY]], graveyard shift. I graduated from the [[University of San Carlos|SCHOOL]], BS Accountancy, but I didn't pass the board exam on the first try, so, yeah.

AI: What does a [[virtual assistant|JOB_TITLE]] do for a real estate team?

User: Everything, haha! I manage the calendar of my [[client|GENERIC_ROLE]], [[Brad|PERSON]], he's the [[broker|JOB_TITLE]]. I update the leads in [[Follow Up Boss|SOFTWARE]], that's our CRM, I write the listing descriptions, make the social media posts in [[Canva|SOFTWARE]], answer emails, and sometimes I even call the title company. Because of the time difference I start at 9 pm [[Cebu|CITY]] time and finish at 6 am. My body is on American time already.

AI: How does AI come in?

User: Oh, it changed my work a lot. Before, one listing description took me one hour, because I had to study the house on [[Zillow|SOFTWARE]] and the photos and make it sound exciting. Now I give [[ChatGPT|AI_PRODUCT]] the details, three bedrooms, pool, near the beach, and it makes a draft in seconds, then I edit so it sounds like [[Brad|PERSON]]. He has a specific style, very folksy, he always says "y'all". I also use it to write follow-up emails for leads, and the AI notetaker in [[Zoom|SOFTWARE]] summarises our long calls. My co-VA on the team, [[Princess|PERSON]], she's from [[Davao|CITY]], and we share prompts in our group chat.

AI: Any concerns about data or privacy in this kind of remote work?

User: Yes, actually. The leads have names, phone numbers, sometimes home addresses, and the buyers send pre-approval letters with a lot of financial info. [[Brad|PERSON]] said it's okay to use AI, but don't paste documents, and I follow that. For myself, the [[client|GENERIC_ROLE]] asked for my TIN for the contract, [[312-457-890-000|NATIONAL_ID]], and [[Upwork|SOFTWARE]] asked for my PhilSys ID for verification, and I'm always a bit nervous sending those abroad. There was news about leaked IDs of Filipinos being sold online.

AI: How do you feel about the future of VA work with AI?

User: Honestly, a bit scared. Many [[clients|GENERIC_ROLE]] in the [[US|COUNTRY]] think, why hire a VA when there's AI? Some VA friends lost [[clients|GENERIC_ROLE]] last year. But my advantage is I know how to use the AI well, so I'm faster and still cheaper than hiring someone local. I'm also learning [[Zapier|SOFTWARE]] and automation so I can offer more. My mama, [[Lorna|PERSON]], is a [[public school teacher|JOB_TITLE]] in [[Lapu-Lapu|CITY]], and she says I should take the CPA board again because she worries about my sleep. But I'm a fighter like [[Manny Pacquiao|PUBLIC_FIGURE]], hehe. And during [[Sinulog|GENERIC_TIME]] I take two days off, that's non-negotiable!

AI: Thanks, [[Tintin|PERSON]]. How can we contact you?

User: My profile is [[upwork.com/freelancers/~01f3c9a7be52d8e4c6|URL]], you can message me there. Or text [[0917 8 two 4 5 5 1 3 nine|OBF_PHONE|mixed_words_digits]], I write it funny so the bots don't get it, hehe.""")

# 25 Poland - sworn translator, Wroclaw
T.append("""AI: Good morning. Could you please introduce yourself and your profession?

User: Good morning. My name is [[Agnieszka Nowak-Zielińska|PERSON]], I am [[49|AGE]], and I am a [[sworn translator|JOB_TITLE]] of German and English, based in [[Wrocław|CITY]]. In [[Poland|COUNTRY]] a [[sworn translator|JOB_TITLE]] is appointed by the state, so my translations have legal force: birth certificates, court judgments, contracts, diplomas. I have my own practice, with a small office at [[ul. Świdnicka 24/3, 50-068|ADDRESS]] [[Wrocław|CITY]]. I studied German philology at the [[University of Wrocław|SCHOOL]] and I have been sworn since [[2003|DATE]].

AI: How has machine translation and AI affected your work?

User: Enormously, and in two directions. First, the volume of ordinary translation has fallen. Companies that used to send me contracts for a normal, non-certified translation now run them through [[DeepL|AI_PRODUCT]] themselves. Second, there is more certified work, because of migration: many Ukrainians in [[Wrocław|CITY]] need documents translated, and many Poles work in [[Germany|COUNTRY]]. For certified work I am personally responsible, my stamp and my signature, so I cannot just trust a machine. But I use it. In [[Trados|SOFTWARE]] I have machine translation suggestions switched on, and for long contracts I let [[DeepL|AI_PRODUCT]] do a first pass and then I go through every sentence. It is maybe forty percent faster for standard contracts. For court judgments, less, because the legal language is very particular.

AI: Do you use chat tools like [[ChatGPT|AI_PRODUCT]] as well?

User: Yes, but differently. I use [[ChatGPT|AI_PRODUCT]] as a colleague to argue with. For example, what is the best equivalent of the German "Prokura" in Polish law, and what are the differences. It gives me arguments, which I then check in the sources. My friend [[Kasia|PERSON]], she is a [[conference interpreter|JOB_TITLE]] in [[Kraków|CITY]], uses it to prepare glossaries before conferences, and she says it saves her whole evenings.

AI: What about confidentiality? Your documents must be very sensitive.

User: Extremely. A birth certificate has the PESEL, the parents' names, the place of birth. A divorce judgment has everything about a family, and I am bound by professional secrecy. So I use only the paid version of [[DeepL|AI_PRODUCT]], where they promise not to keep the texts, and for anything with personal numbers I remove them first or translate those parts by hand. My own PESEL, [[76031508262|NATIONAL_ID]], is on every invoice I issue, so I know how exposed these numbers are. Last year a [[client|GENERIC_ROLE]] from [[Opole|CITY]] found her whole divorce file on a translation agency's unsecured server. Not mine, thank God.

AI: How do younger translators see it?

User: Divided. My son [[Kuba|PERSON]] is [[twenty-two|AGE]] and studies applied linguistics, and he is very pessimistic; half of his year wants to switch to IT. I teach a seminar for trainees preparing for the state exam, and I tell them: the machine will do the words, but you must do the responsibility. Somebody must sign. And literary translation is something else completely. I would never let a machine translate [[Olga Tokarczuk|PUBLIC_FIGURE]], for example, her sentences are too alive.

AI: Thank you very much. How may we reach you for the follow-up?

User: By email, which I will write the Polish way: [[agnieszka.nz małpa wp kropka pl|OBF_EMAIL|polish_malpa]]. "Małpa" means monkey, this is what we call the @ sign. Or by phone, [[+48 601 234 875|PHONE_NUMBER]], but not on [[Wigilia|GENERIC_TIME]], please. I am joking, of course you will write before.""")

write_set(T, "set_w")
