import sys
from markup import write_set, build
T = []

# 1 Kenya, litigation lawyer
T.append("""AI: Thanks for making the time today. To start, could you tell me a bit about yourself and the work you do?

User: Sure. I'm [[Achieng Otieno|PERSON]], I'm [[thirty-eight|AGE]], and I'm a [[senior associate|JOB_TITLE]] at [[Mwangi & Odera Advocates|ORGANIZATION]]. We're a mid-sized firm, our office is in [[Westlands|CITY]] here in [[Nairobi|CITY]]. Mostly commercial litigation, a bit of employment work on the side. I joined them in [[2017|DATE]]. Before that I was at a small practice in [[Kisumu|CITY]], which is home, that's where my mum still lives.

AI: How did AI tools first come into your work?

User: Through my little brother, honestly. [[Brian|PERSON]] is doing computer science at [[Strathmore|SCHOOL]] and he was showing everyone [[ChatGPT|AI_PRODUCT]] at a family lunch, this was [[December 2022|DATE]]. I asked it a question about limitation periods just to test it, and it gave me a very confident answer that was about half wrong. And I thought, okay, this is dangerous, but it's also interesting. For a few months I used it quietly on my phone, only for small things, like tidying up the tone of emails to [[clients|GENERIC_ROLE]] when I was annoyed and didn't want to sound annoyed. Now the firm has [[Copilot|AI_PRODUCT]] through our [[Microsoft 365|SOFTWARE]] licence, so it's approved, and that makes a big difference psychologically. The main thing for me is bundles. A commercial dispute can come with four hundred pages of letters and invoices, and I'll ask [[Copilot|AI_PRODUCT]] to build me a chronology, who said what and when. Then our [[paralegal|JOB_TITLE]], [[Njeri|PERSON]], checks every single date against the originals. She's very strict. Once she found it had invented a site meeting on a [[Sunday|GENERIC_TIME]], which was funny, because nobody at that company works [[Sundays|GENERIC_TIME]]. So it's a first draft of the facts, never the facts.

AI: Were there concerns in the firm about using it?

User: Oh, plenty. Mr. [[Odera|PERSON]], one of the founding [[partners|GENERIC_ROLE]], was completely against it in the beginning. His view was that anything you type goes to [[America|COUNTRY]] and ends up on the internet. He softened after the [[Law Society of Kenya|ORGANIZATION]] started running sessions on it. Now we have a simple rule. No names of parties, no ID numbers, no figures from settlement talks. You anonymise first, then you paste. Some people find that slow, but I think it's fair.

AI: Can you give me an example where it really helped, or really didn't?

User: It helped [[last March|GENERIC_TIME]]. We had a wrongful dismissal matter for a hotel in [[Mombasa|CITY]], and I had two days to put together submissions. I used it to structure the argument and to suggest what the other side would say, which is actually where it's best, playing the opponent. Where it didn't help, it cited a Court of Appeal decision that simply does not exist. Beautiful citation, parties, year, everything. I almost kept it. My [[colleague|GENERIC_ROLE]] [[Kip|PERSON]] caught it, because he went to pull the judgment and there was nothing.

AI: So [[Kip|PERSON]] caught it before anything was filed?

User: Yes, thank God. [[Kip|PERSON]] reads everything twice, it's his personality. He's also the one who uses these tools the most, funnily enough. He writes little threads about legal tech, he has a small following, he's [[@kip_litigates|SOCIAL_HANDLE]] if you ever want to look. But he has this saying, the machine is a junior who has never been to court. You'd never let a junior file something without reading it. Overall, for me it means less time on the blank page, more time on the phone with people, which is the part of the job I actually like. I leave the office by six most days now, which was not the case three years ago. My husband [[Daniel|PERSON]] noticed before I did, to be honest. He said I was less grumpy. I also use it to prepare for meetings with the [[managing partner|GENERIC_ROLE]], I ask it what questions he's likely to ask about a file, and it's usually right about two out of three.

AI: Last question. Is there anything you'd like the people building these tools to know? And would you be open to a short follow-up?

User: That it knows English law and American cases far better than ours, so for us it's a bit like working with a foreign-trained lawyer who hasn't done the bar exams here. It needs more local material. And yes, happy to do a follow-up. [[WhatsApp|SOFTWARE]] is the easiest, it's [[oh seven two two, four one eight, nine nine three|OBF_PHONE|number_words]]. Evenings are better, after seven.""")

# 2 Philippines, HR business partner at a BPO
T.append("""AI: Hi, thank you for joining. Could you introduce yourself and tell me about your role?

User: Hello! I'm [[Kristina Dela Cruz|PERSON]], but everyone calls me [[Tin|PERSON]]. I'm an [[HR business partner|JOB_TITLE]] at [[Lumen Contact Solutions|ORGANIZATION]], it's a BPO, we do customer support for telcos and a couple of airlines. Our site is in [[Bonifacio Global City|CITY]] in [[Taguig|CITY]]. I support around six hundred agents across three accounts, so a lot of my week is people stuff, attrition, coaching, disciplinary cases, that kind of thing. I've been in HR since [[2016|DATE]], right after I graduated from [[UST|SCHOOL]]. I was a [[recruiter|JOB_TITLE]] first for two years, then I moved to employee relations, then to this role in [[2021|DATE]]. I'm [[twenty-nine|AGE]] now, so kind of young for an [[HRBP|JOB_TITLE]], my [[boss|GENERIC_ROLE]] jokes about it.

AI: Where do AI tools fit into that work?

User: Mostly writing and analysis. For example, every month we do an attrition report, and before I used to just stare at the numbers in [[Google Sheets|SOFTWARE]] for hours. Now I export from [[Workday|SOFTWARE]], remove all the names and employee numbers, and ask [[Gemini|AI_PRODUCT]] what patterns it sees by tenure and by shift. It found that people on the graveyard shift who live far, like from [[Cavite|CITY]] or [[Bulacan|CITY]], leave around month four. We kind of knew, but seeing it written down helped me convince the [[site director|GENERIC_ROLE]] to fund a shuttle.

AI: That's a concrete outcome. What about the sensitive parts of HR, like disciplinary cases?

User: That's where I'm careful. I will never put a real case in there. What I do is I write a fake version, like, an agent was late eleven times in [[October|GENERIC_TIME]], and ask it to help me draft a notice to explain that is fair and not scary. Because our [[team leads|GENERIC_ROLE]] sometimes write very harsh memos, and in the [[Philippines|COUNTRY]] labor law is strict about due process. Hmm, actually I should say, Ate [[Liza|PERSON]] from our legal team, she reviews everything anyway. She's the one who taught me to always keep the two-notice rule.

AI: Sorry, just to check, is [[Liza|PERSON]] her name, and Ate a title?

User: Yes, sorry, Ate is like older sister, we say it to older colleagues as respect. So just [[Liza|PERSON]]. And then Sir [[Jomar|PERSON]] is our [[compensation specialist|JOB_TITLE]], he uses [[ChatGPT|AI_PRODUCT]] for salary benchmarking summaries, but he double checks with the actual survey data from [[Mercer|ORGANIZATION]].

AI: How do the agents themselves feel about AI in the workplace?

User: Mixed. Some are scared, because the [[clients|GENERIC_ROLE]] are piloting chatbots for simple tickets like balance inquiries. In town halls people ask, will we lose our jobs. I don't lie to them. I say some simple work will go, but the difficult calls stay with humans, and we are training people for those. Others love it, they use it to practice English pronunciation or to write their [[Facebook|SOFTWARE]] captions, haha. My mom in [[Batangas|CITY]] even uses it now for her sari-sari store inventory, my sister [[Joy|PERSON]] set it up for her. For my own work, it means I have more time for floor walks. Before, I was always in my chair doing documents. Now I can go to the production floor at two in the morning during the night shift and actually talk to agents. That's the real HR work, I think. The tool doesn't know that [[Marvin|PERSON]] on the airline account has a sick father, and that's why he's absent. Only a person knows that.

AI: Is there anything else you'd like to add, and may we follow up with you later?

User: Only that companies should train HR first, not last. We're the ones who have to write the policy, but we're usually the last to get licenses. And yes, sure. My work email is [[kristina.delacruz@lumencs.com.ph|EMAIL_ADDRESS]], or you can message me on [[linkedin.com/in/tin-delacruz-hr|URL]], I check it every [[Sunday|GENERIC_TIME]] night.""")

# 3 Brazil, marketing manager at a cosmetics brand
T.append("""AI: Good afternoon, and thanks for agreeing to talk. Could you start by telling me what you do?

User: Of course. My name is [[Rafael Nogueira|PERSON]], I'm [[34|AGE]], and I'm the [[marketing manager|JOB_TITLE]] at [[Casa Jabuticaba|ORGANIZATION]], which is a small natural cosmetics brand in [[São Paulo|CITY]]. We sell shampoos, body oils, things with Brazilian fruits and plants. I joined in [[March 2020|DATE]], which was maybe the worst possible month to start a job, one week later everybody was at home. The team is small. Me, two people and an intern. [[Bia|PERSON]], well, [[Beatriz|PERSON]], is our [[designer|JOB_TITLE]], she has been with the company longer than me. And [[Lucas|PERSON]] does social. We also work with an agency for paid media, [[Agência Tropa|ORGANIZATION]], they're in [[Vila Madalena|CITY]], close to our office in [[Pinheiros|CITY]].

AI: How are you using AI tools in marketing?

User: A lot, but less than people imagine. For copy, I use [[ChatGPT|AI_PRODUCT]] to generate options, like twenty headlines for a campaign, and then I throw away eighteen. It's good for quantity. For translation into Spanish, because we started selling in [[Chile|COUNTRY]] and [[Uruguay|COUNTRY]], we use [[DeepL|AI_PRODUCT]] and then a freelancer fixes it. For images, we tested [[Midjourney|AI_PRODUCT]] for mood boards, but [[Bia|PERSON]] was not happy at first.

AI: Why was she unhappy?

User: Because she felt it was a threat, and also because the results looked like every other brand. All these perfect women with perfect skin and golden light. Our brand is the opposite, we show real people, sometimes with stretch marks, freckles, whatever. So now we have an agreement, AI images are only for internal mood boards, never for the final campaign. Final images are photos or [[Bia|PERSON]]'s illustrations. I think it was the right decision, and honestly our engagement on [[Instagram|SOFTWARE]] is better with real photos.

AI: Have you had any surprises, good or bad?

User: One good surprise was data. We export our sales from [[Shopify|SOFTWARE]] and the leads from [[RD Station|SOFTWARE]], and I asked the AI to help me understand which campaigns brought repeat customers. It wrote formulas for [[Excel|SOFTWARE]] that I would never write myself. A bad surprise was when [[Lucas|PERSON]] used it to write a post about a celebrity, a post mentioning [[Anitta|PUBLIC_FIGURE]], and the text said she was using our product, which is not true. We caught it before it went out, but it was close. Our [[lawyer|GENERIC_ROLE]] would have killed us.

AI: How does the company leadership see all this?

User: The [[founder|GENERIC_ROLE]], Dona [[Helena|PERSON]], hmm, I should say, her name is [[Helena Batista|PERSON]], she's [[sixty-three|AGE]] and she started the company in her kitchen. She doesn't use it at all, but she's curious. Every [[Monday|GENERIC_TIME]] she asks me, so what did the robot do this week? She's happy if the results are good and the brand stays honest. That's her main worry, that we will start sounding like a multinational. For me personally, I spend less time writing and more time editing, and more time thinking about strategy. Also, my wife [[Camila|PERSON]] says I talk to the computer too much, haha. She works at [[Itaú|ORGANIZATION]], in compliance, and her bank is very strict, they can't use any of these tools freely. So at home we have these debates.

AI: Thank you. Anything you'd like to add, and may we contact you again?

User: Just that for a small brand, it's like having two more junior people, but junior people who never learn from their mistakes. You have to repeat the same instructions every time. And yes, of course. You can write to me, [[rafa ponto nogueira arroba casajabuticaba ponto com ponto br|OBF_EMAIL|arroba_ponto]]. Sorry, I always say it in Portuguese. I answer email in the mornings, before the meetings start.""")

# 4 India, structural engineer
T.append("""AI: Thank you for joining. Could you tell me a bit about yourself and your job?

User: Yes, hi. I'm [[Snehal Kulkarni|PERSON]], I'm a [[structural engineer|JOB_TITLE]] with [[Deshpande Infra Projects|ORGANIZATION]] in [[Pune|CITY]]. We do mid-rise residential and some commercial buildings, and right now I'm on a metro-adjacent project near [[Shivajinagar|CITY]]. I studied at [[COEP|SCHOOL]], graduated in [[2015|DATE]], and I've been with this company since [[2018|DATE]]. Before that I was with a consultancy in [[Mumbai|CITY]] for three years, but the commute was killing me. My week is half office, half site. In office it's design checks in [[STAAD.Pro|SOFTWARE]], drawings in [[AutoCAD|SOFTWARE]], and a lot of [[Excel|SOFTWARE]]. On site it's meeting the contractor, checking reinforcement before a pour, arguing about why the column is not where it is on the drawing. That part no AI can do, I promise you.

AI: So where does AI come in?

User: Mostly in documentation and in learning. When I need to check a clause in the IS codes, I sometimes ask [[ChatGPT|AI_PRODUCT]] to explain it in simple language first, and then I go to the actual code book and verify. It's wrong maybe one time in five, especially with the numbers, so I never take the numbers from it. Also for writing method statements and reports for the client, it's very good with structure. My [[senior|GENERIC_ROLE]], [[Ganesh|PERSON]] sir, he is [[fifty-four|AGE]] and he used to write everything by hand, and even he now asks me to put his notes into [[ChatGPT|AI_PRODUCT]] and make them proper English.

AI: Does the company have any official policy?

User: Not really written. Our [[MD|GENERIC_ROLE]], Mr. [[Deshpande|PERSON]], said in a meeting, use it but don't upload drawings of client projects. That's the policy. I think that's okay for now, but we will need something more proper, because younger engineers are using all kinds of free tools. One of our trainees, [[Rohit|PERSON]], was uploading PDFs to some random website to summarise them. I had to sit with him and explain why that is not okay.

AI: Have you seen any tools built specifically for structural engineering?

User: There are some. Our [[IT team|GENERIC_ROLE]] showed us a demo of an AI feature inside a BIM tool, [[Revit|SOFTWARE]], that suggests layouts. It's interesting but for Indian conditions, with our codes, our seismic zones and the way contractors actually build, I don't trust it yet. I read an interview with [[Nandan Nilekani|PUBLIC_FIGURE]] where he said [[India|COUNTRY]] will build AI use cases not models, and I thought, okay, somebody should build one for site engineers, for checking bar bending schedules. That would save me hours. Personally I feel positive but tired about all this, haha. I'm [[31|AGE]], so I'm in between. The freshers use it for everything, the seniors don't trust it. I use it when it makes sense. At home my husband [[Amit|PERSON]] is in IT, at [[Infosys|ORGANIZATION]], and he is always telling me about new tools, so I hear about them before most people in my office. My parents are in [[Kolhapur|CITY]] and my father has started asking it about farming, fertilisers, this and that.

AI: What would you change about how you use it?

User: I would like it to work with our actual files, like read my [[STAAD|SOFTWARE]] output and tell me which members are close to failing. Right now I copy and paste, and that takes time and is risky. Also I wish it understood Marathi better, because half the site conversations are in Marathi and the labour contractor sends voice notes on [[WhatsApp|SOFTWARE]].

AI: Thank you. Would you be open to a follow-up call?

User: Yes, sure, but please call on the weekend, weekdays I'm on site and can't pick up. My number is [[9 8 2 2 0  4 7 1 5 6|OBF_PHONE|spaced_digits]]. Please message first, otherwise I'll think it's a loan app calling, haha.""")

# 5 France, research engineer at a chemistry lab
T.append("""AI: Bonjour, and thank you for taking part. Could you introduce yourself and your work?

User: Bonjour. I'm [[Élodie Marchand|PERSON]], I'm a [[research engineer|JOB_TITLE]], what we call ingénieure de recherche, at the [[CNRS|ORGANIZATION]]. I work in a materials chemistry lab in [[Villeurbanne|CITY]], just next to [[Lyon|CITY]], on the campus of [[Université Claude Bernard Lyon 1|SCHOOL]]. My job is a mix of running instruments, mostly X-ray diffraction, supporting PhD students, and writing the technical parts of grant proposals. I defended my PhD in [[2008|DATE]], in [[Grenoble|CITY]], then did a [[postdoc|JOB_TITLE]] in [[Germany|COUNTRY]], and I got this permanent position in [[2011|DATE]]. So quite a long time now. I'm [[45|AGE]], which in the lab means I'm the one who remembers where everything is.

AI: How do AI tools appear in your daily work?

User: Quite a lot in writing, a little in code. For writing, English is not my first language, so I use [[DeepL|AI_PRODUCT]] for years already and now also [[Le Chat|AI_PRODUCT]], from [[Mistral|ORGANIZATION]], partly because it's French and our institute is more comfortable with that. For code, I write small [[Python|SOFTWARE]] scripts to process diffraction data, and [[Claude|AI_PRODUCT]] helps me when I'm stuck. But the analysis itself, the refinement, that I do in our usual software, and I check every step.

AI: Do the students you supervise use these tools?

User: Of course, all of them. [[Thibault|PERSON]], who is in his third year, writes with it all the time, and honestly his English improved. But I had a difficult conversation with him in [[January|GENERIC_TIME]], because one section of his thesis draft had references that did not exist. He didn't do it on purpose, he asked the tool for references and copied them into [[Zotero|SOFTWARE]] without checking. His [[supervisor|GENERIC_ROLE]] was furious. We now have a rule in the team, every reference must be opened, at least the PDF, before it goes into a document.

AI: Have there been discussions at the institute level?

User: Yes, there are guidelines now from the [[CNRS|ORGANIZATION]], quite general, about not putting unpublished data into public tools. For us that's important, because some of our projects are with industrial partners, for example we have a collaboration with [[Arkema|ORGANIZATION]], and the contract says clearly what we can share. My colleague [[Camila Reyes|PERSON]], she is a [[postdoc|JOB_TITLE]] from [[Chile|COUNTRY]], she asked the legal office whether she could use AI to summarise the meeting notes with the company, and it took three weeks to get an answer, which was basically, no.

AI: How do you feel about the broader debate on AI in science?

User: I'm in the middle. I listened to [[Yann LeCun|PUBLIC_FIGURE]] on the radio, he is very optimistic, and then I read colleagues who think it will destroy peer review. I think both are exaggerating. In my daily life it's a good assistant for language and for small code problems. It doesn't understand crystals. When I ask about a specific phase, it invents peaks. So for the science, no, for the paperwork, yes, please. It has also changed my work-life balance a little. Grant writing used to eat my evenings. Now the first draft of the administrative sections goes much faster. My partner [[Karim|PERSON]] says I'm home earlier on [[Thursdays|GENERIC_TIME]], which is our deadline day for internal reports. And I have more time for the instruments, which I prefer.

AI: Thank you very much. May we contact you for a follow-up?

User: Yes, with pleasure. My professional address is [[e.marchand [at] cnrs [dot] fr|OBF_EMAIL|bracket_at_dot]], I write it like that to avoid spam. I'm in the lab until [[mid-July|GENERIC_TIME]], then on holidays in [[Brittany|CITY]], so before is better.""")

# 6 New Zealand, policy analyst
T.append("""AI: Kia ora, and thanks for making time for this. Could you tell me a little about yourself and what you do?

User: Kia ora. I'm [[Aroha Ngata|PERSON]], I'm a [[senior policy analyst|JOB_TITLE]] at the [[Ministry for the Environment|ORGANIZATION]] in [[Wellington|CITY]]. I work mostly on freshwater policy, so a lot of reading submissions, writing briefings for the Minister's office, and going to hui with iwi and councils. I've been in the public service since [[2014|DATE]], started as a graduate at a different agency, and came here in [[2019|DATE]]. I live over in [[Petone|CITY]] with my partner and our two kids, so it's a train ride in every morning.

AI: Where do AI tools come into that work?

User: Carefully, is the honest answer. Government agencies in [[New Zealand|COUNTRY]] have been quite cautious. We got access to [[Copilot|AI_PRODUCT]] as part of a pilot [[last year|GENERIC_TIME]], inside [[Teams|SOFTWARE]] and [[Word|SOFTWARE]], and only for material that's unclassified. The biggest use for me is the first pass through submissions. When a consultation closes we might have two thousand submissions, some are one line, some are forty pages from a regional council. [[Copilot|AI_PRODUCT]] helps me sort them into themes, and then a human, usually me or my colleague [[Sione|PERSON]], reads a sample in each theme to make sure it hasn't lumped things together wrongly. And it does get things wrong. It's not great with te reo Māori, for one. Some submitters write partly or fully in te reo, and the summaries flattened those into something like general support for the proposal, which missed the point completely. [[Sione|PERSON]] picked that up, he's fluent, I'm still learning, I go to night classes at [[Te Wānanga o Aotearoa|SCHOOL]] on [[Tuesdays|GENERIC_TIME]]. So we made a rule that anything in te reo gets read in full by a person, full stop. I think that's the right call anyway, because those are often the submissions that matter most for Treaty obligations.

AI: How do your managers and the wider team feel about using it?

User: My [[team leader|GENERIC_ROLE]], [[Fiona|PERSON]], is pretty pragmatic. Her line is, it's a tool like any other, and you own what you send up. The [[chief executive|GENERIC_ROLE]] sent round an all-staff email setting out the guidance, which basically says don't paste anything sensitive, always disclose when you've used it for drafting, and don't use it for final advice. Some of the older analysts refuse to touch it, which is fine. A couple of the younger ones, I think, rely on it a bit too much. I saw a briefing draft [[last month|GENERIC_TIME]] that had that smooth, slightly empty tone, and I could tell. Ministers' offices can tell too.

AI: Can you describe a time when it was genuinely useful?

User: Select committee prep, definitely. Before a hearing you need to anticipate the questions. I'll give it the public version of the bill and the departmental report and ask it to play an opposition MP, be tough, find the weak points. It's surprisingly good at that. I also use it to turn my own messy meeting notes into action lists. At home I've used [[ChatGPT|AI_PRODUCT]] for silly things, like helping my daughter [[Mere|PERSON]] with a school speech about [[Whina Cooper|PUBLIC_FIGURE]], and honestly it made a few historical mistakes that she corrected, which was a proud parent moment.

AI: Do you have concerns about the direction things are going?

User: A few. One is data sovereignty, where the data sits, who trains on it, particularly anything relating to iwi. Another one is that the public service is already stretched, and there's a risk that leaders see these tools as a reason to cut more roles. I'm [[42|AGE]], I've seen a couple of restructures, so I'm a bit wary. But I also don't want to be the person who says no to everything. There's a middle path.

AI: Thank you, that's really helpful. Would you be happy for us to contact you again?

User: Yes, that's fine. Probably best to use my work email so it's all above board, that's [[aroha\u200b.ngata@\u200bmfe.govt\u200b.nz|OBF_EMAIL|zero_width]]. I'm away for the school holidays in [[July|GENERIC_TIME]], we go up to my mum's place in [[Gisborne|CITY]], but otherwise I'm around. Ngā mihi.""")

# 7 Uganda, NGO programme coordinator
T.append("""AI: Hello, and thank you for joining from [[Kampala|CITY]]. To begin, could you tell me about yourself and your organisation?

User: Thank you for having me. I'm [[Brenda Nakato|PERSON]], I'm [[33|AGE]], and I'm a [[programme coordinator|JOB_TITLE]] at [[Mwana Mugimu Foundation|ORGANIZATION]]. We're a local NGO working on adolescent girls' health and keeping girls in school. Our head office is in [[Ntinda|CITY]], in [[Kampala|CITY]], and we have field offices in [[Gulu|CITY]] and [[Mbale|CITY]]. I joined in [[2019|DATE]] as a field officer in [[Gulu|CITY]], then I moved to [[Kampala|CITY]] when I got this position. I studied social work at [[Makerere|SCHOOL]].

AI: What does your work involve day to day?

User: A lot of reporting, honestly. We have three donors, and each one wants a different template, different indicators, different deadlines. Then coordinating with the field teams, planning trainings, visiting schools. I would say half my time is writing. That's where AI came in. Our [[M&E officer|JOB_TITLE]], [[Opio|PERSON]], he's the one who started using [[ChatGPT|AI_PRODUCT]] first, to clean up the narrative parts of the quarterly reports. He showed me, and at first I was sceptical, because the language it produced was very, how can I say, very American, full of words like empower and leverage.

AI: How did you make it work for you?

User: I started giving it our old reports as examples, with names removed, and saying write like this. That helped a lot. Now I use it for first drafts of donor reports, for concept notes, and for translating training materials. We have materials in Luganda and in Acholi, and for those it is weak, so we still pay translators. For the data side, we collect survey data in [[KoboToolbox|SOFTWARE]] and clean it in [[Excel|SOFTWARE]], and sometimes I ask the AI to explain a formula or to suggest charts. But [[Opio|PERSON]] does the real analysis.

AI: Are there particular risks you worry about in your sector?

User: Yes, very much. Our data is about girls, some of them survivors of violence. So there is a strict rule from our [[executive director|GENERIC_ROLE]], nothing with a real name, a school name, a village, nothing, goes into any AI tool. Even the case stories we write for donors, we change the names ourselves before any drafting. I also worry about donors. Some donors now seem to expect that reports will be longer and more polished because AI exists, but our budget for staff has not increased. And when everyone's proposal sounds the same, I fear the small local organisations will lose to the big international ones who have more people to make it look nice.

AI: Has any donor or partner said anything about AI use?

User: One of our partners, a foundation in the [[Netherlands|COUNTRY]], asked in their new application form whether we used AI in writing the proposal. I answered honestly, yes, for editing. They said it was fine. The bigger donors have not said much. At a regional meeting in [[Nairobi|CITY]] [[last year|GENERIC_TIME]], someone from a [[Gates Foundation|ORGANIZATION]] grantee talked about using AI for monitoring, and somebody asked whether [[Bill Gates|PUBLIC_FIGURE]] himself is going to write our reports now, everyone laughed. Outside work, I use it a little. My son [[Elijah|PERSON]] is seven and he asks it for stories about lions, he loves that. My husband [[Moses|PERSON]] is a [[teacher|JOB_TITLE]] at a secondary school in [[Mukono|CITY]], and he is more worried than me, because the students have started to copy their homework from it. He spends weekends reading essays that all sound the same.

AI: Thank you so much. Is there anything you'd like to add, and can we reach you for a follow-up?

User: Only that tools should be made for people like us too, with our languages and our realities, not only for offices in [[Europe|CONTINENT]]. And yes, you can call or [[WhatsApp|SOFTWARE]] me on [[+256 772 418 305|PHONE_NUMBER]]. The network is sometimes poor when I'm in the field, so if I don't pick up, leave a message and I will call back. I'm also on [[@brenda_nakato_ug|SOCIAL_HANDLE]], but I don't post much.""")

# 8 Vietnam, B2B sales executive at a logistics company
T.append("""AI: Hi, thanks for joining us. Could you tell me a bit about yourself and your job?

User: Hi, sure. My name is [[Trần Minh Khoa|PERSON]], people at work call me [[Khoa|PERSON]]. I'm [[27|AGE]] years old. I work as a [[sales executive|JOB_TITLE]] at [[Sài Gòn Cold Chain Logistics|ORGANIZATION]], we do refrigerated warehousing and trucking, mostly for seafood and fruit exporters. The office is in [[District 7|CITY]], in [[Ho Chi Minh City|CITY]]. I joined the company in [[2020|DATE]], right after I finished my degree at [[RMIT Vietnam|SCHOOL]].

AI: What does a normal sales day look like for you?

User: Many calls, many messages. In [[Vietnam|COUNTRY]] most business communication is on [[Zalo|SOFTWARE]], not email, so my phone is always buzzing. I manage maybe forty accounts, some small, some big, like a shrimp exporter in [[Cà Mau|CITY]] and a dragon fruit company in [[Bình Thuận|CITY]]. I visit clients, prepare quotations, and follow up on complaints, for example when a container is late at the port. We log everything in [[HubSpot|SOFTWARE]], but honestly some of my older colleagues still keep their own notebooks.

AI: How have AI tools become part of your work?

User: The first thing was English and Korean. We have a few clients from [[Korea|COUNTRY]] and [[Japan|COUNTRY]], and their emails are very formal. I use [[ChatGPT|AI_PRODUCT]] to help me reply politely in English, and for Korean I use [[Papago|AI_PRODUCT]] and then ask my friend to check. The second thing is quotations. I give it the route, volume, temperature and it helps me write the proposal text, but the price I calculate myself in [[Excel|SOFTWARE]] with the formula from the finance team. If the price is wrong, the [[sales director|GENERIC_ROLE]] will kill me, haha.

AI: What does your [[manager|GENERIC_ROLE]] think about it?

User: My direct [[manager|GENERIC_ROLE]] is anh [[Tuấn|PERSON]], he is very open, he actually bought a paid account for our team. He says the clients don't care how you write the email, they care if the truck arrives on time. But he made one rule: we don't paste the client's contract or their prices into the tool. Because in logistics, if your competitor knows your rate, you lose the deal. Last [[Tết|GENERIC_TIME]] there was a story in the industry about a company whose price list leaked, nobody knows how, but everyone became more careful.

AI: Could you share an example where it made a real difference?

User: Yes. One time a big Japanese buyer sent a forty-page tender document, all in English, with very technical requirements about temperature logging. I had three days. I used the AI to summarise each section and make a checklist, then I went through the checklist with our operations guy, [[Phúc|PERSON]]. We found two requirements that our warehouse could not meet, so we told the client early instead of pretending. We didn't win that tender, but they invited us for the next one, because they said we were honest. For me that was a good use, it helped me understand faster, not to cheat. It also changed how I see my career a bit. My girlfriend [[Vy|PERSON]] works in marketing, and she says in a few years AI will do all the quotation and email work, so I need to be better at relationships and at solving problems. I think she is right. I also started learning a bit of data analysis on [[Coursera|SOFTWARE]], because our company wants to predict which clients will leave. And my father, who runs a small rice business in [[Long An|CITY]], asks me to use it for him too, so now I'm also his IT support.

AI: Thank you, [[Khoa|PERSON]]. Would it be okay to contact you again if we have more questions?

User: Yes, no problem. Better to call or message on [[Zalo|SOFTWARE]], the number is [[không chín không ba, tám một hai, bốn bốn bảy|OBF_PHONE|vietnamese_number_words]]. Sorry, I said it in Vietnamese, it's zero nine zero three and then the rest. Please message before calling, I'm often driving to the port.""")

# 9 Portugal, customer support team lead at a fintech
T.append("""AI: Olá, thank you for taking part. Could you start by introducing yourself?

User: Olá. So, I'm [[Inês Carvalho|PERSON]], I'm [[41|AGE]], and I'm a [[customer support team lead|JOB_TITLE]] at [[Pagaqui|ORGANIZATION]], a payments startup in [[Lisbon|CITY]]. Well, not so much a startup anymore, we're about three hundred people. I lead a team of fourteen agents who handle tickets in Portuguese, Spanish, English and French. Before this I spent eight years at [[Vodafone Portugal|ORGANIZATION]], in the call centre, so I've been doing support basically my whole adult life.

AI: How did AI arrive in your team's work?

User: It arrived from above, like most things. About a year and a half ago the company added an AI agent to the chat on the website and the app, [[Fin|AI_PRODUCT]], from [[Intercom|ORGANIZATION]]. It answers the simple questions first, where is my card, how do I change my PIN, that kind of thing. If it can't solve it, it passes to a human. At the beginning it was chaos, because it was passing customers who were already angry, after five minutes of talking to a bot. So my team was getting the worst mood of the customer, every time.

AI: How did you deal with that?

User: We worked with the product team for weeks. We wrote better handover rules, like if the customer says fraud, or stolen, or uses a lot of capital letters, go straight to a person. My colleague [[Tiago|PERSON]], who is our [[knowledge base specialist|JOB_TITLE]], rewrote maybe two hundred help articles so the bot would give correct answers. That was a huge amount of work that nobody outside saw. Now the bot resolves about forty percent of chats and the team has more time for complex cases, chargebacks, blocked accounts.

AI: Do the agents use AI tools themselves?

User: Yes, inside [[Zendesk|SOFTWARE]] there's a feature that suggests replies and summarises long ticket histories. The summaries are really useful. If a customer has written twelve times in three languages, you get the story in five lines. The suggested replies are more dangerous, because new agents click send without reading. [[Marta|PERSON]] from our quality team found a reply that promised a refund in forty-eight hours, which is not our policy at all. So I tell my agents, the suggestion is a colleague who has never worked here.

AI: Are there any tensions in the team about it?

User: Some. People fear for their jobs, which is normal. In my team there is a girl, [[Catarina|PERSON]], very good agent, who told me she was thinking of leaving support because she thinks in five years there will be no support. I told her the job changes, it doesn't disappear, but I'm not sure I totally believe it myself. What I see is that the easy tickets go to the bot, and what stays for people is harder and more emotional. That's more tiring. We had to change the schedule so people have more breaks. My [[manager|GENERIC_ROLE]] agreed, which was nice. Outside of work, I use [[ChatGPT|AI_PRODUCT]] to plan meals, haha, and my son [[Duarte|PERSON]], he's twelve, uses it for homework, which I control. We live in [[Almada|CITY]], on the other side of the river, so I have a long ferry ride, and sometimes I use that time to ask it things about management, how to give feedback, that kind of thing. It's like a free coach. Not a great coach, but free.

AI: Thank you, [[Inês|PERSON]]. Would you be open to a follow-up conversation?

User: Yes, claro. My phone is [[９１２ ６０４ ３７７|OBF_PHONE|fullwidth_digits]], I copied it from my notes, I hope it looks normal on your side. Better after six, or during the ferry, between [[Cacilhas|CITY]] and [[Cais do Sodré|CITY]], I have twenty minutes with nothing to do.""")

# 10 South Africa, candidate attorney
T.append("""AI: Hi, thanks for joining. Could you introduce yourself and tell me about your role?

User: Hi. I'm [[Lerato Dlamini|PERSON]], I'm a [[candidate attorney|JOB_TITLE]] at [[Khumalo Venter Inc.|ORGANIZATION]], it's a law firm in [[Sandton|CITY]], [[Johannesburg|CITY]]. So basically I'm doing my articles, I started in [[January 2024|DATE]], and I'll write the board exams next year. I'm [[26|AGE]]. I did my LLB at [[Wits|SCHOOL]], and I grew up in [[Soweto|CITY]], my family is still there, in [[Orlando West|CITY]]. The firm does mostly property and family law, some labour matters. A typical day for me is drafting, going to the deeds office, sitting in on consultations, and a lot of research for my [[principal|GENERIC_ROLE]], Ms [[Venter|PERSON]]. She's one of the two [[directors|GENERIC_ROLE]]. The other one is Mr [[Khumalo|PERSON]], who mostly does litigation, I don't see him that much. And there's load-shedding on top of everything, so some days the research happens on my phone in the car, haha.

AI: Where do AI tools come in?

User: Research and first drafts. We have a subscription to [[Lexis+ AI|AI_PRODUCT]], which searches the South African case law and gives summaries with links to the actual judgments, so that's much safer than asking [[ChatGPT|AI_PRODUCT]]. I still use [[ChatGPT|AI_PRODUCT]] for things like rewording a letter, or explaining a concept from the Deeds Registries Act in simple words so that I can explain it to a client. But Ms [[Venter|PERSON]] made it very clear in my first week: you never file anything, you never send anything, that you haven't checked against the source yourself.

AI: Has there been a moment where that rule really mattered?

User: Yes. There was that case in [[KwaZulu-Natal|CITY]] where lawyers submitted fake citations from AI, it was in the news, and she printed the article and stuck it on the notice board in the kitchen. But also in my own work. I was preparing heads of argument for a divorce matter, and the tool gave me a summary of a judgment that said the opposite of what the judgment actually said. I only noticed because I read the full thing. The client, Mrs [[Pillay|PERSON]], would have been in a worse position if I hadn't.

AI: How do you feel about AI in relation to your career?

User: Mixed. On one side, it helps me learn faster. Articles can be lonely, you're expected to know things nobody taught you, and it's like having a patient tutor. On the other side, the work that candidates traditionally did, like the first draft of a contract, the basic research, that's exactly what these tools do. So I'm thinking, if the firms need fewer juniors, how will people like me get trained? My cousin [[Sipho|PERSON]] is doing articles at a big firm in [[Cape Town|CITY]], and he says they already hired fewer candidates this year.

AI: Do you think the legal profession in [[South Africa|COUNTRY]] is adapting well?

User: Slowly. The [[Legal Practice Council|ORGANIZATION]] has said a few things, but not detailed rules. Big firms have their own policies, small firms just improvise. I think the profession needs to think about access to justice too. Most people in [[South Africa|COUNTRY]] can't afford a lawyer, and if AI can help someone understand their lease or their maintenance rights, that's good, even if it's not perfect. [[Thuli Madonsela|PUBLIC_FIGURE]] said something like that at a talk I watched online, that technology must serve the poor first.

AI: Thanks, [[Lerato|PERSON]]. Can we contact you for a follow-up?

User: Sure. Email is best, it's [[lerato.d at khumaloventer dot co dot za|OBF_EMAIL|spelled_at_dot]], or on weekends my personal one is [[lerato.dlamini98@gmail.com|EMAIL_ADDRESS]]. Please don't put my name on anything, my [[principal|GENERIC_ROLE]] is quite private about the firm.""")

# 11 Malaysia, recruiter at an agency
T.append("""AI: Hello, thanks for joining. Could you tell me a bit about yourself and your work?

User: Hi, hello. My name is [[Nurul Aisyah Rahman|PERSON]], just call me [[Aisyah|PERSON]]. I'm a [[senior recruitment consultant|JOB_TITLE]] at [[TalentBridge Asia|ORGANIZATION]], we are a recruitment agency in [[Kuala Lumpur|CITY]], our office is in [[Bangsar South|CITY]]. I focus on engineering and technical roles, mostly for semiconductor and electronics companies up north in [[Penang|CITY]] and [[Kulim|CITY]]. I've been in recruitment since [[2017|DATE]], first in-house at a bank, then agency side. I'm [[30|AGE]] this year.

AI: How do AI tools show up in your day-to-day work?

User: Everywhere now, to be honest. Sourcing is the big one. We use [[LinkedIn Recruiter|SOFTWARE]], which now has AI features that suggest candidates and even write the first message. Then our own database is in [[Bullhorn|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] a lot for job descriptions, because the hiring managers from the client side send me something like three bullet points and say, can you make it attractive. Also for boolean search strings, it's very good at that, like find me process engineers with wafer fab experience but not in sales.

AI: Are there parts of recruitment where you don't want AI involved?

User: Screening decisions. Some of our clients, especially the bigger multinationals, have AI tools that score CVs or video interviews, and I'm honestly not comfortable with it. I had a candidate last year, very strong engineer, but his CV was in a very old format, tables everywhere, and the client's system scored him low. I pushed, the [[hiring manager|GENERIC_ROLE]] agreed to talk to him, and he got the job. If I had trusted the score, he would just disappear. So in our team, the rule is AI can help you find and write, but a human decides who goes forward.

AI: How does the rest of your team use it?

User: Differently. Kak [[Yati|PERSON]], she's our [[team manager|GENERIC_ROLE]], she's been recruiting for twenty years, she uses it only to check her English, she says she knows engineers better than any machine, and she's right. [[Kavitha|PERSON]] sits next to me, she uses it for everything, even to prepare salary negotiation scripts. And [[Jia Hui|PERSON]], our newest [[consultant|JOB_TITLE]], she built a little prompt library in [[Notion|SOFTWARE]] for the whole team. That was a nice initiative. Our regional [[director|GENERIC_ROLE]] in [[Singapore|COUNTRY]] liked it so much that she presented it at the quarterly meeting.

AI: Do candidates use AI as well, from what you see?

User: Oh yes, very obvious. Cover letters now all sound the same, very polite, very long, with words like passionate and dynamic. Some candidates even use it during online interviews, you can see their eyes reading. So we moved some first interviews back to phone calls, or we ask more personal questions, like tell me about a machine that broke on your shift. You can't really fake that. I don't blame them, though. It's a tough market, and people use what they have. My younger brother [[Hakim|PERSON]] just graduated from [[UiTM|SCHOOL]] and he sent thirty applications written with AI, and got two replies.

AI: Thank you. Anything else you'd like to add, and may we get in touch again?

User: Maybe one thing. For [[Malaysia|COUNTRY]], language matters. Candidates write in English, Malay, sometimes Mandarin, and the tools are not equal in all of them. I'd like that to improve. And yes, you can email me at [[aisyah(at)talentbridge(dot)asia|OBF_EMAIL|paren_at_dot]]. I'm going back to [[Kota Bharu|CITY]] for [[Hari Raya|GENERIC_TIME]], so I'll be slow to reply that week, but after that no problem.""")

# 12 Nigeria, data analyst at a microfinance bank
T.append("""AI: Good morning, and thanks for joining. Could you start by telling me about yourself?

User: Good morning. I'm [[Oluwaseun Adeyemi|PERSON]], most people call me [[Seun|PERSON]]. I'm [[29|AGE]], and I work as a [[data analyst|JOB_TITLE]] at [[Crestline Microfinance Bank|ORGANIZATION]] in [[Lagos|CITY]]. Our head office is on [[Victoria Island|CITY]], but I live in [[Yaba|CITY]], so the traffic is a whole part of my day. I studied statistics at [[University of Ibadan|SCHOOL]], did my service year with [[NYSC|ORGANIZATION]] in [[Kano|CITY]] in [[2018|DATE]], and joined the bank in [[2020|DATE]].

AI: What kind of analysis do you do, and where does AI fit in?

User: Mostly loan performance and customer behaviour. We have many small business customers, market women, traders, people who take loans of say two hundred thousand naira, and my team tracks repayment, defaults, which branches are doing well. I build dashboards in [[Power BI|SOFTWARE]] and write queries in [[SQL Server|SOFTWARE]]. For AI, I use [[GitHub Copilot|AI_PRODUCT]] when I'm writing [[Python|SOFTWARE]], it saves me a lot of typing, and I use [[ChatGPT|AI_PRODUCT]] to explain errors or suggest better ways to structure a query. Sometimes I ask it to write the summary paragraph for management reports, because my [[manager|GENERIC_ROLE]], Mr. [[Balogun|PERSON]], likes reports to have a story, not just numbers.

AI: Banking is heavily regulated. How does the bank handle the data side?

User: Very strictly, and I understand why. The [[Central Bank|ORGANIZATION]] has rules, and we also have the data protection law now. So no customer data goes into any public AI tool. No BVN, no account numbers, nothing. What I do is I create fake sample data with the same structure, ask the AI to help with the logic, then run the real code inside our environment. Our [[compliance officer|JOB_TITLE]], [[Chidinma|PERSON]], even did a session for the whole analytics team, and she showed an example of someone in another bank who pasted a customer list into a chatbot. I don't know if it was true or a story, but it scared everybody.

AI: Has AI changed the kind of work you do?

User: Yes, a bit. The boring part of coding is faster, so I have more time to go to the branches and actually understand the numbers. Last year I visited our branch in [[Ikorodu|CITY]] because the default rate was strange there, and it turned out one loan officer was recording repayments late, on [[Fridays|GENERIC_TIME]] only. No AI would have found that from the data alone. It needed someone to sit with them. I also started teaching two junior analysts, and I tell them, use the tools, but you must understand the query you are running, otherwise you are just copying and pasting magic.

AI: Outside your job, do you follow the wider conversation about AI in [[Nigeria|COUNTRY]]?

User: A little, yes. I follow some data people online, and I post sometimes, I'm [[@seun_on_data|SOCIAL_HANDLE]]. There's a lot of excitement in the tech scene in [[Lagos|CITY]], people building things for local languages, Yoruba, Hausa, Igbo. I read something [[Ngozi Okonjo-Iweala|PUBLIC_FIGURE]] said about [[Africa|CONTINENT]] not being left behind in AI, and I agree, but we also need electricity and data costs to be reasonable. My sister [[Funmi|PERSON]] is a [[nurse|JOB_TITLE]] in the [[UK|COUNTRY]], and she says even there the hospitals are slow to adopt these tools, so maybe it's not only us.

AI: Thank you, [[Seun|PERSON]]. Is there anything you'd add, and could we reach you for a follow-up?

User: Just that people think AI will replace analysts, but in my experience it makes the good ones faster and exposes the ones who don't understand their data. For follow-up, call me, the number is [[oh-eight-oh-three, three-one-one, double four, seven-two|OBF_PHONE|words_with_double]]. I'm usually free at lunch, around one.""")

# 13 Colombia, content strategist at a marketing agency
T.append("""AI: Hola, thanks for being here. Could you tell me a bit about yourself and your job?

User: Hola, sure. I'm [[Valentina Restrepo|PERSON]], I just turned [[36|AGE]], and I'm a [[content strategist|JOB_TITLE]] at [[Agencia Colibrí|ORGANIZATION]], a digital marketing agency in [[Medellín|CITY]]. Our office is in [[El Poblado|CITY]], the typical neighbourhood for agencies, lots of cafés and coworkings. I'm actually from [[Pereira|CITY]], in the coffee region, and I moved here in [[2015|DATE]] after my master's at [[EAFIT|SCHOOL]]. At the agency we handle about twelve accounts, from a coffee brand to a regional bank.

AI: How do you and your team use AI tools in your work?

User: For me it's brainstorming and first drafts. Say a client like [[Café Tres Cordilleras|ORGANIZATION]] wants a campaign for [[December|GENERIC_TIME]], I'll ask [[ChatGPT|AI_PRODUCT]] for thirty concepts, then we sit together and laugh at most of them, and two or three give us a real idea. For social posts we use [[Canva|SOFTWARE]], which has AI features now for resizing and backgrounds, and the paid media people use the AI options in [[Meta Ads Manager|SOFTWARE]]. My colleague [[Andrés|PERSON]], we call him el [[Mono|PERSON]] because he's blond, he's our [[data analyst|JOB_TITLE]] and he uses it to read [[Google Analytics|SOFTWARE]] reports and explain them to clients in plain Spanish.

AI: Sorry, just so I understand, you call [[Andrés|PERSON]] "el [[Mono|PERSON]]"?

User: Yes, haha, in [[Colombia|COUNTRY]] mono means blond, it's very normal, nobody is offended. Anyway, [[Mono|PERSON]] is the one who is most enthusiastic. The [[creative director|GENERIC_ROLE]], on the other hand, is very against using AI for anything visual. She says our clients pay for a point of view, and AI doesn't have one. I'm in the middle. I think it's great to get rid of the blank page, but the voice of a brand, especially a Colombian brand, with our humour, our regional expressions, paisa, costeño, that the tools don't get. They write like a Mexican telenovela, or like a bank in [[Spain|COUNTRY]].

AI: Have clients reacted to the use of AI at all?

User: Some clients ask directly, are you using AI for our content? And we're honest. We say yes for research and drafts, no for the final creative. One client, a bank, [[Bancolombia|ORGANIZATION]], well, not the main account, a small project for one of their foundations, had a very strict rule, no generative AI at all, because of legal reasons. So for that project we did everything by hand like the old days. It took longer but it was kind of nice, honestly. Another client, a fashion brand, wanted posts that sounded like [[Karol G|PUBLIC_FIGURE]], and we had to explain that copying the style of a real artist with AI is a legal problem too.

AI: Has AI changed anything about your own job or your life outside work?

User: My job has become more editing than writing. That makes me a bit sad sometimes, because I studied literature first, I love writing. But I also have more time for strategy and for talking to people, which is where I'm strongest. Outside work, my boyfriend [[Juanpa|PERSON]] is a [[chef|JOB_TITLE]], he has a small restaurant in [[Laureles|CITY]], and I helped him use AI to translate the menu into English for the tourists. He refuses to use it for anything else. He says a recipe written by a machine has no grandmother behind it.

AI: That's lovely. Anything else you'd like to add, and can we reach you later?

User: Just that people in marketing should learn to write prompts like they write briefs, clear and with context. That's the skill. And yes, write to me, my email is [[valentina punto restrepo arroba agenciacolibri punto co|OBF_EMAIL|arroba_punto]]. Or on [[Instagram|SOFTWARE]], [[@vale.escribe|SOCIAL_HANDLE]], I answer DMs faster than email, to be honest.""")

# 14 Germany, development engineer at an automotive supplier
T.append("""AI: Guten Tag, and thank you for taking the time. Could you introduce yourself and describe your role?

User: Guten Tag. My name is [[Jonas Weber|PERSON]], I am [[39|AGE]], and I work as a [[development engineer|JOB_TITLE]] at [[Bosch|ORGANIZATION]], in the powertrain area, at the site in [[Feuerbach|CITY]], in [[Stuttgart|CITY]]. My focus is on thermal management for electric drive units, so basically how to keep motors and inverters cool. I studied mechanical engineering at the [[KIT|SCHOOL]] in [[Karlsruhe|CITY]] and have been with the company since [[2012|DATE]]. We live in [[Ludwigsburg|CITY]], my wife and two children.

AI: How are AI tools used in your engineering work?

User: There are two different worlds. One is the official world: the company has an internal chatbot based on [[GPT-4|AI_PRODUCT]] that we are allowed to use for internal documents, because the data stays inside. I use that for summarising long specifications, writing test reports, translating between German and English, because our customers are everywhere, [[Japan|COUNTRY]], the [[USA|COUNTRY]], [[China|COUNTRY]]. The other world is simulation and design, where we use [[CATIA|SOFTWARE]], [[MATLAB|SOFTWARE]] and our CFD tools. There, AI is more in the form of surrogate models, which a separate team is developing. That is interesting, but it's not chatbots, it's real maths.

AI: What was it like getting access to the internal tool?

User: Typically German, I would say. There was a training, an online module, a quiz, then you had to open an IT ticket with your personnel number, I still remember it because I typed it maybe ten times, [[00482913|NATIONAL_ID]], and your cost centre and the approval of your [[supervisor|GENERIC_ROLE]]. It took three weeks. My colleague [[Aylin|PERSON]] said it was faster to get a new laptop than to get permission to use a chatbot. But I understand, the works council also had to agree, and they wanted to make sure it's not used to monitor employees' performance. That's important here.

AI: Could you describe a situation where it really helped or really failed?

User: Helpful: a customer complaint, an 8D report, the root cause analysis. I had notes from four meetings, half in German, half in English, very messy. The chatbot structured it into a clear first draft in twenty minutes. That saves maybe half a day. Failure: I asked it once to estimate a heat transfer coefficient for a specific coolant and geometry, just out of curiosity, and it gave a number with great confidence that was off by a factor of three. Our [[team leader|GENERIC_ROLE]], Herr [[Schulze|PERSON]], saw it in my notes and said, you see, this is why we still need engineers. He was quite happy about it, I think.

AI: How do you see the future of your profession with these tools?

User: I'm not afraid. The boring parts will go, documentation, formatting, searching old reports in [[SharePoint|SOFTWARE]], which honestly nobody will miss. But physical testing, judgment, responsibility for safety, that stays with people. What worries me more is the industry in general, with the transition to electric and the pressure from [[China|COUNTRY]], there are job cuts happening anyway, and AI is sometimes used as an argument. When [[Elon Musk|PUBLIC_FIGURE]] says robots will do everything, management listens, even if it's nonsense for our products.

AI: Thank you. Anything else, and may we contact you for a follow-up?

User: Perhaps that engineers should be involved when the company chooses these tools, not only IT and purchasing. And yes, you can call me, [[+49 171 4829306|PHONE_NUMBER]], that's my private mobile, but please not on [[Wednesday|GENERIC_TIME]] evenings, I coach my son's football team, the under-tens at [[TSV Ludwigsburg|ORGANIZATION]].""")

# 15 Bangladesh, research assistant in public health
T.append("""AI: Hello, thank you for joining us. Could you tell me about yourself and your work?

User: Hello, thank you. I'm [[Farhana Akter|PERSON]], I'm [[25|AGE]], and I work as a [[research assistant|JOB_TITLE]] at [[icddr,b|ORGANIZATION]], in [[Mohakhali|CITY]], [[Dhaka|CITY]]. I'm in a maternal and child health team, we run a study in a few rural upazilas in [[Sylhet|CITY]] division about how mothers use health services. I finished my MPH at [[BRAC University|SCHOOL]] in [[2022|DATE]] and joined in [[February 2023|DATE]]. My work is data cleaning, coordinating with field staff, and helping write papers.

AI: How do you use AI tools in that research?

User: In many small ways. For literature, I use [[Elicit|AI_PRODUCT]] to find papers, but I always read the abstract myself, because sometimes it says a paper found something that it did not. For writing, [[Grammarly|SOFTWARE]] and [[ChatGPT|AI_PRODUCT]], mainly to improve my English. For analysis we use [[Stata|SOFTWARE]], and sometimes I ask [[ChatGPT|AI_PRODUCT]] for the syntax, for example for a mixed effects model, and then I check it with the manual and with my [[supervisor|GENERIC_ROLE]], Dr. [[Mahbub|PERSON]]. He is very kind but very strict. He once asked me, do you know what this code is doing, or do you only know it runs? I didn't have a good answer, so now I always understand it first.

AI: Are there rules about data in your team?

User: Yes, very clear. We have ethical approval, and the protocol says exactly who can access the data, so we never put participant data in any online tool. Not even the de-identified data. There was a discussion last year about using an AI transcription tool for our qualitative interviews, because we have hundreds of hours of recordings in Bangla and Sylheti. The tools are not good with Sylheti at all, and also it would mean sending voices of mothers to a server abroad. Our [[PI|GENERIC_ROLE]], Dr. [[Tahmina Sultana|PERSON]], said no. So we still transcribe by hand, with the field team.

AI: Sorry, to clarify, is the [[PI|GENERIC_ROLE]] a different person from your [[supervisor|GENERIC_ROLE]]?

User: Yes, sorry. Dr. [[Tahmina Sultana|PERSON]] is the [[principal investigator|GENERIC_ROLE]] of the whole study, and Dr. [[Mahbub|PERSON]] is my direct [[supervisor|GENERIC_ROLE]], he's a [[statistician|JOB_TITLE]]. Both are quite careful about AI, but in different ways. Apa, I mean Dr. [[Tahmina|PERSON]], worries about ethics and trust in the community. [[Mahbub|PERSON]] sir worries about wrong results.

AI: How do you personally feel about these tools?

User: Grateful, but a bit guilty sometimes. English is my second language, and in research, everything is in English, journals, conferences. The tools help me sound more professional, and that gives me confidence. But sometimes I feel my own voice is disappearing. My younger sister [[Nusrat|PERSON]] is in school and she uses it for homework, and my father in [[Sylhet|CITY]] says, then what is the point of school? We argue about it at dinner. I also think for people in [[Bangladesh|COUNTRY]], these tools could be very useful in health, for community health workers, if they worked properly in Bangla.

AI: Thank you very much. Is there anything you'd like to add, and can we contact you again?

User: Only that researchers from countries like mine should be included when people make rules about AI in science. And yes, of course. You can email me at [[farhana underscore akter at yahoo dot com|OBF_EMAIL|spelled_underscore_at_dot]], or call [[01711-582934|PHONE_NUMBER]]. [[Weekends|GENERIC_TIME]] here are [[Friday|GENERIC_TIME]] and [[Saturday|GENERIC_TIME]], so please keep that in mind.""")

# 16 Australia, strategic planner at a local council
T.append("""AI: Hi, thanks for coming along. Could you start by telling me a little about yourself and your role?

User: Sure. I'm [[Priya Raman|PERSON]], I'm a [[strategic planner|JOB_TITLE]] at [[City of Moreton Bay|ORGANIZATION]], which is the council just north of [[Brisbane|CITY]]. I work on growth planning, so where new housing goes, what infrastructure it needs, that sort of thing. I'm [[44|AGE]], I grew up in [[Chennai|CITY]] and moved to [[Australia|COUNTRY]] in [[2009|DATE]] to do my master's at [[QUT|SCHOOL]], and I've been at council since [[2013|DATE]]. We live in [[Redcliffe|CITY]], so I'm working for my own community, which I like.

AI: How have AI tools come into your planning work?

User: Slowly, and mostly around the edges. Council rolled out [[Copilot|AI_PRODUCT]] to a pilot group [[last year|GENERIC_TIME]] and I put my hand up. I use it mostly for summarising. When we do community consultation on a new neighbourhood plan, we'll get hundreds of comments through the online portal, and it helps me group them. People are very passionate about parking, I can tell you that. For the spatial work we use [[ArcGIS|SOFTWARE]], and [[Esri|ORGANIZATION]] has been adding AI features, but I haven't found them that useful yet. The real work is still in the maps and in the meetings.

AI: What have you learned about its limits?

User: That it's confident about local things it knows nothing about. I asked it once about flood overlays for a specific suburb, [[Burpengary|CITY]], just to see, and it gave me an answer that sounded like a planning scheme but was completely made up. If someone had put that in a report, that's a legal problem, because flood mapping affects what people can build and their insurance. So the rule in our team is, anything that touches the planning scheme or a development application, you go to the source. My [[colleague|GENERIC_ROLE]] [[Bruce|PERSON]], who's been in planning for thirty-odd years, calls it the very confident intern. He won't use it at all.

AI: How do the rest of your team feel?

User: It's generational, a bit, but not entirely. [[Mel|PERSON]], who's our [[urban designer|JOB_TITLE]], is in her twenties and she's more sceptical than I am, she worries about the environmental cost of the data centres, which is fair. Our [[coordinator|GENERIC_ROLE]] is enthusiastic, he wants us to use it for everything, reports to councillors, briefing notes. I think it's good for a first draft but councillors can tell when something's been written by a machine, and they don't like it. There's also the public records side. Anything we write is potentially subject to a right to information request, so you have to be careful what you type into it.

AI: Has it changed anything about your work or life outside work?

User: It's given me back a bit of time, maybe an hour or two a week, which mostly goes into site visits, which I love. At home, my son [[Arjun|PERSON]] is in Year 11 and he's using it for assignments, and we've had interesting conversations about what counts as cheating. My husband [[Karthik|PERSON]] is a [[pharmacist|JOB_TITLE]] and he's quite anti, he says it can't even get drug interactions right. Politically it's all over the news too, I saw [[Anthony Albanese|PUBLIC_FIGURE]] talking about productivity and AI the other day, but on the ground in local government, it's much more modest than the headlines.

AI: Thanks, [[Priya|PERSON]]. Would you be open to a follow-up, and how should we reach you?

User: Yes, happy to. Email's best, [[priya.raman@moretonbay.qld.gov.au|EMAIL_ADDRESS]]. And if you're sending the thank-you voucher by post, send it to the office, not home: [[220 Gympie Road|ADDRESS]], [[Strathpine|CITY]] [[QLD|CITY]] [[4500|ADDRESS]]. Attention strategic planning, otherwise it gets lost in the mailroom.""")

# 17 Peru, fundraising coordinator at an NGO
T.append("""AI: Hola, and thank you for making time for this interview. Could you introduce yourself?

User: Hola, good afternoon. I'm [[Rosa Quispe Huamán|PERSON]], I'm [[fifty|AGE]] years old, and I'm the [[fundraising coordinator|JOB_TITLE]] at [[Fundación Manos Andinas|ORGANIZATION]]. We work with weaving cooperatives in the highlands, women artisans in [[Cusco|CITY]] and [[Puno|CITY]], helping them sell their textiles and manage their money. I'm from [[Cusco|CITY]] originally, from [[Chinchero|CITY]], but our office is here in [[Lima|CITY]], in [[Jesús María|CITY]]. I've been with the foundation since [[2011|DATE]].

AI: How do you use AI in fundraising?

User: I started only last year, because my daughter insisted. [[Milagros|PERSON]], she's studying engineering at the [[PUCP|SCHOOL]], she sat with me one [[Sunday|GENERIC_TIME]] and showed me [[ChatGPT|AI_PRODUCT]]. At first I didn't trust it. But now I use it for grant applications in English. My English is okay for reading, but writing a proposal for an American foundation, with all their words, theory of change, outcomes, it was always very hard. Before, I paid a translator, and it took two weeks. Now I write in Spanish, the AI helps me translate and adjust the style, and then a volunteer, [[Sarah|PERSON]], a retired teacher from [[Canada|COUNTRY]], reviews it for free.

AI: Have you noticed any problems with the drafts it produces?

User: Yes, of course. Sometimes it exaggerates. I write that a cooperative increased sales a little, and it says the cooperative transformed the lives of the community. That is not honest, and donors who visit will see the real situation. Also it doesn't understand our context. Once it wrote about the women using mobile banking apps, which most of them don't, many don't even have smartphones, they come to the cooperative meeting with cash. So I always read everything, word by word. And I never put the names of the artisans or their photos into these tools. They trust us. Doña [[Eusebia|PERSON]], who is the president of the cooperative in [[Chinchero|CITY]], she would never forgive me.

AI: Does your organisation have any guidelines about it?

User: Not written, we are a small foundation, twelve people. Our [[director|GENERIC_ROLE]], Señor [[Alfredo Mamani|PERSON]], said we can use it for writing but not for deciding anything. For the donor database we use [[Salesforce|SOFTWARE]], the nonprofit version, that was a donation too, and for newsletters [[Mailchimp|SOFTWARE]]. I think [[Mailchimp|SOFTWARE]] has some AI now, but I don't use it. For images for the campaigns, we use real photos that [[Wilber|PERSON]] takes, he's our [[photographer|JOB_TITLE]], with the consent of the women. AI images of Andean women would be, for me, a kind of lie.

AI: How do you feel about AI more generally, for organisations like yours?

User: Hopeful and worried. Hopeful because small organisations like ours can now compete a little better with big international NGOs that have whole teams for writing. Worried because donors receive so many applications now that all look perfect, how will they choose? Maybe the ones who visit will choose better. I read an interview with [[Mario Vargas Llosa|PUBLIC_FIGURE]], before he died, where he said literature cannot be replaced by machines. I think also relationships cannot be replaced. Our biggest donor, [[Fundación Telefónica|ORGANIZATION]], supports us because they came to [[Puno|CITY]] and ate with the women, not because of a beautiful proposal.

AI: Thank you, [[Rosa|PERSON]]. Anything to add, and may we contact you later?

User: Only that I would like the tools to speak Quechua better, for the artisans. And yes, you can call me, my number is [[nueve nueve cuatro, dos uno dos, ocho ocho cero|OBF_PHONE|spanish_number_words]], sorry, in Spanish it's easier for me. In [[August|GENERIC_TIME]] I travel to the communities, so it's better before.""")

# 18 Poland, key account manager at a packaging manufacturer
T.append("""AI: Dzień dobry, thanks for joining. Could you tell me about yourself and your job?

User: Dzień dobry. I'm [[Tomasz Wiśniewski|PERSON]], everyone says [[Tomek|PERSON]]. I'm [[35|AGE]], and I'm a [[key account manager|JOB_TITLE]] at [[Polmet Packaging|ORGANIZATION]], we make cardboard and plastic packaging for food companies. Our headquarters and the main plant are near [[Warsaw|CITY]], in [[Piaseczno|CITY]]. I handle big clients, dairy, snacks, some frozen food, in [[Poland|COUNTRY]], and also in [[Germany|COUNTRY]] and the [[Czech Republic|COUNTRY]]. I studied at [[SGH|SCHOOL]], and I started here in [[2014|DATE]] as a sales assistant, so I've been here more than ten years.

AI: Where do AI tools fit into your sales work?

User: Mostly in preparation and communication. Before a meeting with a client, I ask [[ChatGPT|AI_PRODUCT]] to summarise what happened in their industry, new regulations about plastic, for example, because the EU rules change all the time and clients expect me to know. For emails in German, I use [[DeepL|AI_PRODUCT]], which is honestly better than my German from school. We also have [[Salesforce|SOFTWARE]], and the company turned on [[Einstein|AI_PRODUCT]], the AI in [[Salesforce|SOFTWARE]], which suggests next steps and predicts which deals will close. I look at it, but I don't believe it much. It said a deal with a snack producer had ninety percent probability, and then they chose a Turkish competitor because of price.

AI: How does your manager see these predictions?

User: My [[boss|GENERIC_ROLE]], Pan [[Zbigniew|PERSON]], he loves the dashboards. He's the [[sales director|GENERIC_ROLE]], he's about [[sixty|AGE]], and he discovered that he can ask the AI to make nice charts for the board. So every [[Monday|GENERIC_TIME]] we have a meeting with these charts. I think the charts are sometimes more confident than the reality. My colleague [[Kasia|PERSON]], from marketing, she is more critical, she says the CRM data is bad because salespeople don't update it, so the AI is predicting from garbage. I have to admit, I'm one of those salespeople, haha. I update it on [[Friday|GENERIC_TIME]] afternoons, all at once.

AI: Has AI changed how you interact with clients?

User: A little. Some purchasing people at the big clients now send me questions that I'm quite sure were written by AI, very long, very structured, twenty questions about sustainability. So I answer with AI too, and then it's machines talking to machines, haha. But the real deal still happens on the phone or over dinner. For example, with a dairy in [[Mazury|CITY]], the owner, Pan [[Henryk|PERSON]], doesn't even read emails. He calls me, we talk about fishing for ten minutes and then about the order. No AI can do that.

AI: And outside of work, do you use these tools?

User: Sometimes. My wife [[Ania|PERSON]] is a [[physiotherapist|JOB_TITLE]], she uses it to write posts for her small practice. Our daughter [[Zosia|PERSON]] is five, so she just likes to ask the voice assistant to tell jokes. We live in [[Wilanów|CITY]], and on weekends I'm mostly on the bike, not on the computer. I think it's healthy to keep some distance.

AI: Thank you, [[Tomek|PERSON]]. Is there anything else you'd like to add, and may we contact you?

User: Only that in sales, trust is everything, and if the client feels that everything you send is generated, you lose trust. So I use it, but quietly. And sure, my email is [[tomasz.wisniewski@polmet.com.pl|EMAIL_ADDRESS]], or my [[LinkedIn|SOFTWARE]], [[linkedin.com/in/tomek-wisniewski-kam|URL]]. Phone is [[+48 601 238 774|PHONE_NUMBER]] if it's urgent.""")

# 19 Ghana, customer experience supervisor at a telco
T.append("""AI: Hello, and thank you for joining. Could you tell me about yourself and what you do?

User: Hello! I'm [[Abena Owusu-Ansah|PERSON]]. [[Abena|PERSON]] because I was born on a [[Tuesday|GENERIC_TIME]], that's how our names work in [[Ghana|COUNTRY]]. I'm [[31|AGE]], and I'm a [[customer experience supervisor|JOB_TITLE]] at [[MTN Ghana|ORGANIZATION]], at the contact centre. I supervise a team of about twenty agents who handle calls and chats, mostly about mobile money, data bundles, SIM issues. I studied at [[KNUST|SCHOOL]] in [[Kumasi|CITY]], and I've been with the company since [[2018|DATE]], first as an agent myself.

AI: How are AI tools used in your contact centre?

User: We have the chatbot on [[WhatsApp|SOFTWARE]] and the app, it's called [[Zigi|AI_PRODUCT]], and it handles a lot of the simple requests now, like checking balance or buying bundles. Then for the agents, the system we use, [[Genesys|SOFTWARE]], has some AI features, like transcribing calls and detecting when a customer is getting angry. And for myself, I use [[ChatGPT|AI_PRODUCT]] to prepare coaching notes and to write the weekly report for my [[manager|GENERIC_ROLE]]. Before, that report took me half of [[Friday|GENERIC_TIME]].

AI: How well do these tools handle the languages your customers speak?

User: Not well at all, to be honest. Many customers start in English and then switch to Twi, or Ga, or Ewe, or they mix everything in one sentence. The transcription gets confused, and the angry-customer detection is funny, because in [[Ghana|COUNTRY]] people talk loudly when they are happy too, haha. So it flags calls as angry when the customer is just excited. My agent [[Blessing|PERSON]], she is very good, she had a call flagged as escalation risk, and when I listened, the man was thanking her and blessing her family. We laughed about that for a week.

AI: Are there concerns among the agents about automation?

User: Yes, definitely. When the chatbot came, the call volumes dropped, and people were afraid. Some of my team asked me directly, Madam [[Abena|PERSON]], are they going to sack us? I told them honestly that the simple calls are reducing, but the difficult ones, fraud, mobile money reversals, those need a human. [[Precious|PERSON]] and [[Kofi|PERSON]] from my team were moved to the fraud desk, which is actually a better job. But I can't promise anything for the future. I'm also worried about myself, if the teams get smaller, there will be fewer supervisors.

AI: Have you had any experience with data privacy in this context?

User: Yes, because customer data is very sensitive, especially mobile money. We have training every year, and the rule is clear, no customer number, no name, no transaction ID in any external tool. I only use [[ChatGPT|AI_PRODUCT]] for general things, like how to give feedback to an agent who is always late. My cousin [[Efua|PERSON]], she's a [[software developer|JOB_TITLE]] in [[Accra|CITY]], she keeps telling me these companies keep everything you type, so I'm careful even at home.

AI: Thank you, [[Abena|PERSON]]. Anything else you'd like to add, and how can we reach you?

User: Just that they should build these tools with African voices, not only American ones. And for contact, email me, it's [[abena-dot-oa-at-outlook-dot-com|OBF_EMAIL|hyphen_spelled]], just replace the words. If you want to send the consent form by courier, my house is [[No. 12 Mensah Wood Street|ADDRESS]], [[East Legon|CITY]], and the GhanaPost digital address is [[GA-492-7781|ADDRESS]].""")

# 20 Indonesia, tax lawyer
T.append("""AI: Selamat siang, thank you for joining. Could you introduce yourself and your work?

User: Selamat siang. My name is [[Dimas Prasetyo|PERSON]], I'm [[37|AGE]], and I'm a [[tax lawyer|JOB_TITLE]] at [[Wibisono Tax & Legal|ORGANIZATION]] in [[Jakarta|CITY]], our office is in [[Kuningan|CITY]]. I mostly handle tax disputes, objections and appeals at the tax court, for mid-size companies, manufacturing, some e-commerce. I studied law at [[Universitas Indonesia|SCHOOL]], then worked at a Big Four firm for five years, and I joined this firm in [[2016|DATE]]. I live in [[BSD|CITY]], in [[Tangerang|CITY]], so I spend a lot of time on the toll road.

AI: How do you use AI tools in your tax practice?

User: Mainly for research and drafting, but with a lot of care. Indonesian tax regulations change very often, there are ministerial regulations, circulars from the [[DJP|ORGANIZATION]], court decisions. The public AI tools are not updated enough, and they mix old and new rules. So for example I use [[ChatGPT|AI_PRODUCT]] or [[Gemini|AI_PRODUCT]] to explain a concept or to structure an argument in an objection letter, but the legal basis I check myself in the official sources. Since the new [[Coretax|SOFTWARE]] system started, clients have many questions, and I sometimes use AI to draft a simple explanation for them in Bahasa.

AI: Have you had any situation where the AI was wrong in a way that mattered?

User: Yes, once. I asked about the treatment of a certain type of service fee under a tax treaty, between [[Indonesia|COUNTRY]] and [[Singapore|COUNTRY]], and it gave me a confident answer based on the wrong article. My [[junior associate|JOB_TITLE]], [[Nadia|PERSON]], she was the one who noticed, she said, Pak, this article is about something else. Pak is how we say Mr., or sir. I was a bit embarrassed, but I was also proud of her. Now in our team we say, AI is like a first-year intern who talks a lot.

AI: What about client confidentiality?

User: That is a big issue. Tax data is very sensitive, company revenues, transfer pricing, sometimes personal tax of the owners. We never put client documents into public tools. Our [[managing partner|GENERIC_ROLE]], Ibu [[Ratna Wibisono|PERSON]], is very strict. She made everyone sign a statement [[last year|GENERIC_TIME]]. Honestly, tax people are a bit paranoid by nature. I even know my own NPWP by heart, [[09.254.294.3-407.000|NATIONAL_ID]], haha, it's that kind of profession, and I would never type even that into a chatbot.

AI: How do you see AI affecting the profession?

User: For routine compliance, like preparing monthly returns, it will change a lot, fewer people needed. For disputes, I think less, because at the end you need to stand in front of the judges and argue, and understand what the tax officer really wants. [[Sri Mulyani|PUBLIC_FIGURE]], when she was minister, talked a lot about digitalisation of the tax system, and I think the government will use AI more to detect risky taxpayers. That will create more disputes, so maybe more work for me, haha. My wife [[Rina|PERSON]] is an [[accountant|JOB_TITLE]], and she is more worried, because her work is more routine.

AI: Thank you, Pak [[Dimas|PERSON]]. Anything to add, and how may we contact you?

User: Only that I hope there will be a good AI tool trained on Indonesian tax law, from a reliable provider, and approved by the regulator. That would help many small companies that can't afford lawyers. For contact, [[WhatsApp|SOFTWARE]] is best, [[kosong delapan satu dua, delapan tujuh tujuh tiga, lima sembilan kosong satu|OBF_PHONE|indonesian_number_words]]. I say it in Indonesian because that's how I remember it.""")

# 21 Sri Lanka, HR executive at an apparel manufacturer
T.append("""AI: Hello, and thanks for joining. Could you tell me a little about yourself and your work?

User: Hello. I'm [[Dilani Perera|PERSON]], I'm [[34|AGE]], and I work as an [[HR executive|JOB_TITLE]] at [[MAS Holdings|ORGANIZATION]], in one of the apparel plants near the free trade zone in [[Katunayake|CITY]]. We make sportswear and intimate wear for international brands. My work is mostly employee relations, welfare and training for about two thousand workers, mostly women. I joined in [[2015|DATE]], after I finished my degree at the [[University of Colombo|SCHOOL]]. I live in [[Nugegoda|CITY]], so it's a long journey every day, I leave home at six.

AI: How have AI tools become part of your HR work?

User: Quite recently. Our head office gave some of us access to [[Copilot|AI_PRODUCT]] last year, and I also use [[ChatGPT|AI_PRODUCT]] on my own. The main use is communication. We have to prepare notices, training materials and announcements in three languages, Sinhala, Tamil and English. The AI is okay with English, not bad with Sinhala, but the Tamil is often strange, so [[Fathima|PERSON]], our [[welfare officer|JOB_TITLE]], always corrects the Tamil version. She says sometimes it sounds like a government gazette from a hundred years ago, haha.

AI: Do you use it with employee data at all?

User: No, never directly. Our data is in [[SuccessFactors|SOFTWARE]], and the company policy is clear, no employee records go into external tools. Even I, when I log in, I have to use my employee number and a token, the number is [[MH-074219|NATIONAL_ID]], I type it so many times a day I know it better than my phone number. What I do is I take summary figures, like absenteeism by line or by month, with no names, and ask the AI to help me see patterns or write the monthly report. For example, it helped me notice that absenteeism increases after [[Avurudu|GENERIC_TIME]], the new year holidays in [[April|GENERIC_TIME]], because many workers go back to their villages and some don't return. That we knew, but now we can plan for it.

AI: How do your colleagues and managers feel about it?

User: Our [[HR manager|GENERIC_ROLE]], [[Ruwan|PERSON]] aiya, aiya means elder brother, it's how we call him, he is very supportive. He wants us to use it to save time on reports so we spend more time on the floor with workers. The production side is more suspicious. Some supervisors think HR will use AI to monitor workers, which is not true, but there are rumours, because another company in the zone installed cameras with some kind of AI for efficiency. The workers' council asked us directly about it, and we said no, we are not doing that. I think trust is very fragile in a factory.

AI: Has it changed your work or life in other ways?

User: It has given me some evenings back. Before, the monthly report took two or three evenings at home. Now it's one. I spend that time with my son [[Sahan|PERSON]], he's six, and my mother, who moved from [[Kandy|CITY]] to stay with us. My husband [[Nuwan|PERSON]] works in a bank, in [[Colombo|CITY]] city, and he is more into these tools than me, he uses them for everything, even to plan our trip to [[Ella|CITY]]. I'm more careful, I think because in HR you see what happens when information goes to the wrong place.

AI: Thank you, [[Dilani|PERSON]]. Is there anything else, and may we contact you later?

User: Just that training is important. Most of our staff never got any training, they just heard about it on [[TikTok|SOFTWARE]]. And yes, you can email me at [[dilani.perera＠gmail.com|OBF_EMAIL|fullwidth_at]], I typed it from my phone keyboard, I hope the at sign comes out right. [[Weekdays|GENERIC_TIME]] after eight in the evening is best.""")

# 22 Romania, QA automation engineer
T.append("""AI: Hi, thanks for taking part. Could you introduce yourself and describe what you do?

User: Hi. I'm [[Andrei Pop|PERSON]], I'm [[28|AGE]], and I'm a [[QA automation engineer|JOB_TITLE]] at [[Someș Software|ORGANIZATION]], a software services company in [[Cluj-Napoca|CITY]]. We mostly work for clients in the [[UK|COUNTRY]] and [[Germany|COUNTRY]], and my current project is a mobile banking app for a fintech in [[London|CITY]]. I write automated tests, maintain the test framework, and work with the developers to figure out why things break. I studied at [[UTCN|SCHOOL]], the technical university here, and started working in [[2019|DATE]], still as a student.

AI: How are AI tools used in your testing work?

User: A lot, honestly, it's part of the daily routine now. I use [[GitHub Copilot|AI_PRODUCT]] in the IDE, and sometimes [[Cursor|AI_PRODUCT]] for bigger refactors. For writing tests in [[Playwright|SOFTWARE]] it's really good, it knows the API, it suggests locators, it writes the boring setup code. I'd say it saves me maybe thirty percent of typing. But the thinking part, what to test, what could go wrong, edge cases in a payment flow, that's still on me. The AI tends to write happy path tests, everything works, user logs in, money arrives. The bugs are never there.

AI: Can you give an example of where it got something wrong?

User: Sure. A few months ago it generated a test for a transfer limit, and the test passed, everything green in [[Jenkins|SOFTWARE]]. But when I looked carefully, the assertion was checking the wrong field, so the test would pass even if the limit was broken. That's worse than no test, because it gives you false confidence. My colleague [[Ioana|PERSON]], she's our [[test lead|GENERIC_ROLE]], found two more like that in the code review. Now we have a rule in the team: every AI-generated test has to be made to fail once on purpose, to prove it actually tests something.

AI: What does the client think about you using these tools?

User: That was a long discussion. The client is a regulated financial company, so their security people were worried about code going to external services. In the end they approved [[Copilot|AI_PRODUCT]] with the business licence, where the code isn't used for training, but not other tools. So officially I use only [[Copilot|AI_PRODUCT]] on that project. For my side projects I use whatever I want. [[Vlad|PERSON]], one of our developers, he joked that we need an AI to read the AI policy, because it's forty pages. Our [[delivery manager|GENERIC_ROLE]] had to make a one-page summary, and I'm pretty sure she made it with [[ChatGPT|AI_PRODUCT]], haha.

AI: How do you think it affects your career?

User: I think about it a lot. Manual testing jobs are definitely going down, I see it with friends. Automation needs people who understand systems, so I think I'm okay for now, but I'm learning more about performance testing and security, to be safe. My girlfriend [[Bianca|PERSON]] is a [[UX designer|JOB_TITLE]], and she's more worried, because the AI design tools are getting good very fast. My parents in [[Bistrița|CITY]] don't really understand what I do anyway, my mother tells people I fix computers. I also read what [[Linus Torvalds|PUBLIC_FIGURE]] said about AI being mostly marketing hype, and I half agree with him.

AI: Thank you, [[Andrei|PERSON]]. Would you be open to a follow-up, and how should we contact you?

User: Yes, sure. Email is [[andrei.pop.qa@proton.me|EMAIL_ADDRESS]], and my open source stuff is at [[github.com/andreipop-qa|URL]] if you're curious. I'm also on [[Discord|SOFTWARE]] as [[andrei.tests|SOCIAL_HANDLE]], in a few testing communities, that's where I'm most active, honestly.""")

# 23 Rwanda, epidemiologist at a public health agency
T.append("""AI: Good afternoon, and thank you for joining. Could you tell me about yourself and your role?

User: Good afternoon. My name is [[Jean-Paul Habimana|PERSON]], I'm [[46|AGE]], and I'm an [[epidemiologist|JOB_TITLE]] at the [[Rwanda Biomedical Centre|ORGANIZATION]] in [[Kigali|CITY]]. I work in disease surveillance, mostly malaria and some outbreak response. I did my first degree at the [[University of Rwanda|SCHOOL]], then a master's at the [[Institute of Tropical Medicine|SCHOOL]] in [[Antwerp|CITY]], in [[Belgium|COUNTRY]], and I have been with the centre since [[2012|DATE]]. I live in [[Kicukiro|CITY]] with my wife and three children.

AI: How do AI tools come into your surveillance work?

User: In a few ways. Our surveillance data is in [[DHIS2|SOFTWARE]], the health information system that many countries use, and we analyse it mostly in [[R|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] to help me write [[R|SOFTWARE]] code faster, for example for maps or for time series. It's very helpful for that, though sometimes it uses packages that don't exist, and you have to check. For writing, I use it to help prepare reports and presentations, because we write in English but many of us think in Kinyarwanda or French first.

AI: Are there any AI tools used more formally in the health system?

User: There are pilots. For example, some partners are testing AI models to predict malaria outbreaks using rainfall and temperature data, and I sit on the technical working group that reviews them. My colleague [[Claudine|PERSON]], she is a [[data scientist|JOB_TITLE]] in our unit, she does most of the technical review. Honestly, some of these models look very nice in presentations but perform poorly when you test them on our districts, for example in [[Nyagatare|CITY]] or [[Bugesera|CITY]], where the patterns are different. So we insist on local validation before anything is used for decisions.

AI: What are your main concerns about AI in public health?

User: First, data protection. Health data is very sensitive, and we have a data protection law now, so we cannot just send data to foreign servers. Second, dependency. If all the tools are built elsewhere, we depend on companies that may change their prices or conditions. Third, skills. Young epidemiologists must still learn the basics. Dr. [[Uwase|PERSON]], who heads our division, always says, a model is only as good as the person who questions it. I agree with her. I heard [[Tedros Adhanom Ghebreyesus|PUBLIC_FIGURE]] speak about AI at a meeting, and he also emphasised equity, that [[Africa|CONTINENT]] should not only be a consumer.

AI: Has using AI changed your daily work or your life outside work?

User: Yes, a little. I can finish reports faster, so I spend more time supervising the district teams and visiting health centres. That is the part I enjoy. At home my eldest daughter, [[Ineza|PERSON]], is preparing for university and uses it to study chemistry. I check that she understands and not only copies. My wife [[Josiane|PERSON]] is a [[midwife|JOB_TITLE]] at the hospital in [[Kibagabaga|CITY]], and she does not trust it at all for medical things, which I think is wise.

AI: Thank you, [[Jean-Paul|PERSON]]. Anything else to add, and may we contact you for a follow-up?

User: Only that partnerships should be fair, with local researchers as equals. And yes, you can call me, my number is [[two-five-zero, 788, 30 41 92|OBF_PHONE|mixed_words_digits]], with the country code at the start. Please avoid the last week of [[June|GENERIC_TIME]], we have a big review meeting then.""")

# 24 Chile, procurement analyst at a government agency
T.append("""AI: Hola, thanks for joining us. Could you tell me about yourself and what you do?

User: Hola, yes. I'm [[Francisca Muñoz Soto|PERSON]], I'm [[thirty-nine|AGE]], and I'm a [[procurement analyst|JOB_TITLE]] at [[ChileCompra|ORGANIZATION]], the public procurement agency, in [[Santiago|CITY]]. My work is supporting public institutions, hospitals, municipalities, with their purchasing processes, reviewing tenders, answering questions, training people. I studied public administration at the [[Universidad de Chile|SCHOOL]] and I've been here since [[2016|DATE]]. Before that I worked at a municipality in [[Valparaíso|CITY]], where I'm from.

AI: How do AI tools show up in your work?

User: More and more. We receive many questions from buyers and suppliers, and answering them well takes time. I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Gemini|AI_PRODUCT]] to help me write clear answers, because the regulations are complicated and people need simple language. Also for summarising long tender documents on [[Mercado Público|SOFTWARE]], which is our platform, some tenders have hundreds of pages of technical specifications. But I'm always careful, because a wrong answer from us can affect a whole procurement process, and that has legal consequences.

AI: Has the agency set rules about using these tools?

User: Yes, there are guidelines for the public sector now, and also internal rules. The most important is that we don't put information from tenders that are still open into these tools, because that could give an advantage to a supplier if it leaked. And no personal data of suppliers, no RUT numbers, no names of people. My [[boss|GENERIC_ROLE]], don [[Patricio|PERSON]], is very strict about that, he's been in the public sector for thirty years and has seen many scandals. He says, in procurement, the appearance of a problem is already a problem.

AI: Could you tell me about a time the tool was especially useful or especially unhelpful?

User: Useful: [[last winter|GENERIC_TIME]] a hospital in the south, in [[Temuco|CITY]], needed to understand how to do a framework agreement for medical supplies, and they had a new person in purchasing who was completely lost. I used the AI to make a step-by-step guide in simple words, then I checked everything against the regulation, and sent it. She told me it was the first time she understood the process. Unhelpful: once it invented an article of the procurement law, with a number and everything. My colleague, la [[Coni|PERSON]], [[Constanza|PERSON]], she saw it and said, that article doesn't exist, [[Fran|PERSON]]. We laugh about it now but it was a lesson.

AI: Sorry, just to check, [[Coni|PERSON]] and [[Constanza|PERSON]] are the same colleague?

User: Yes, yes, sorry, [[Coni|PERSON]] is short for [[Constanza|PERSON]], in [[Chile|COUNTRY]] we shorten everything. She's our [[legal analyst|JOB_TITLE]]. And [[Fran|PERSON]] is me. Outside work, I use these tools a little, for recipes or to help my son [[Benjamín|PERSON]] with English homework. My partner [[Rodrigo|PERSON]] is a [[journalist|JOB_TITLE]] and he is very critical, he writes about disinformation and deepfakes, especially around elections. We had a big discussion at home when [[Gabriel Boric|PUBLIC_FIGURE]] talked about regulating AI, he thinks it's too little, I think it's a start.

AI: Thank you, [[Francisca|PERSON]]. Anything to add, and may we contact you again?

User: Only that transparency is very important for the public sector, citizens should know when a public institution uses AI. And yes, write to me, it's [[fran guion bajo munoz arroba gmail punto com|OBF_EMAIL|spanish_arroba_guion]]. I live in [[Ñuñoa|CITY]], close to the office, so I'm usually online early.""")

# 25 Fiji, customer service officer at an insurer
T.append("""AI: Bula, and thank you for joining us. Could you tell me a little about yourself and your job?

User: Bula vinaka. My name is [[Mereani Vakacegu|PERSON]], I'm [[27|AGE]], and I work as a [[customer service officer|JOB_TITLE]] at [[Pacific Shield Insurance|ORGANIZATION]] in [[Suva|CITY]]. We do motor, home and some health insurance. My job is answering calls, [[Messenger|SOFTWARE]] chats and walk-in customers, and helping with claims, especially after cyclones. I started in [[2019|DATE]], after I finished my diploma at [[Fiji National University|SCHOOL]]. I'm from [[Taveuni|CITY]], my village is there, but I've lived in [[Suva|CITY]] since high school.

AI: How are AI tools used where you work?

User: Just starting. The company put a chatbot on the website and on [[Facebook Messenger|SOFTWARE]] last year, for simple questions like office hours or how to make a claim. It works in English only, so when people write in Fijian or Hindi, it gets confused and sends them to us anyway. For us officers, we use [[Freshdesk|SOFTWARE]] for tickets, and it has some AI features to suggest replies, but most of us don't use them because they sound too foreign. I use [[ChatGPT|AI_PRODUCT]] on my phone sometimes, to help me write a clear email for complicated claims, like explaining why something is not covered. Those are the hardest emails.

AI: Can you tell me about a time it helped or didn't help?

User: After Cyclone Yasa, not last season but before, we had hundreds of claims from the north, from [[Labasa|CITY]] and [[Savusavu|CITY]]. Everyone was working overtime. My team used AI to make templates for claim updates, so we could reply faster, and that helped a lot. But one template, the AI wrote something like, we deeply regret the inconvenience, and a customer who lost his whole roof called me very angry, he said, inconvenience? My house is gone. After that, my [[supervisor|GENERIC_ROLE]], Mrs. [[Lal|PERSON]], said every template must be checked by someone who understands how people here feel.

AI: Just to confirm, Mrs. [[Lal|PERSON]] is your direct [[supervisor|GENERIC_ROLE]]?

User: Yes, [[Sunita Lal|PERSON]], she's the [[customer service manager|GENERIC_ROLE]]. She's strict but fair. My colleague [[Ravneel|PERSON]] is the one who is really into technology, he wants to build a chatbot that speaks Fijian, he's learning [[Python|SOFTWARE]] at night. I think it's a great idea, because many of our customers, especially older people in the villages, are not comfortable in English. My grandmother in [[Taveuni|CITY]] would never talk to a chatbot, haha, she would only talk to a real person, and she would want to know whose family you are from first.

AI: Do you have any worries about AI and your job?

User: A little. If the chatbot gets better, maybe they will need fewer officers. But I think in the Pacific, people still prefer to talk to someone. Also the internet is not always good, especially on the outer islands, so the phone and the office will stay. I'm more worried about scams, honestly. People are using AI to make fake messages that look like they come from insurance companies or banks. We had customers in [[Nadi|CITY]] who received fake claim forms. That part scares me more.

AI: Thank you, [[Mereani|PERSON]]. Anything else you'd like to add, and how can we contact you?

User: Only that it should learn our languages and our way of talking. And you can reach me on [[920 four-five-one-eight|OBF_PHONE|mixed_digits_words]], that's my [[Vodafone|ORGANIZATION]] number, or on [[Instagram|SOFTWARE]], [[@mere.vaka|SOCIAL_HANDLE]]. Vinaka vakalevu for listening.""")

for i, raw in enumerate(T, 1):
    text, spans = build(raw.strip())
    n = len(text.split())
    assert 500 <= n <= 1100, (i, n)
    print(i, "words", n, "spans", len(spans))

write_set(T, "set_ah")
