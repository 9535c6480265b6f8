"""Blind evaluation set bq: 25 synthetic interview transcripts about AI at work (one per country)."""
from markup import write_set, build

T = []

# 1 Brazil - product manager, fintech
T.append("""AI: Hi, and thanks for joining this interview about AI at work. To start, could you tell me a little about yourself and what you do?

User: Sure! I'm [[Larissa Figueiredo|PERSON]], but everyone at work calls me [[Lari|PERSON|nickname]]. I'm [[33|AGE]] and I work as a [[senior product manager|JOB_TITLE]] at [[Nubank|ORGANIZATION]] in [[São Paulo|CITY]], in the office in [[Pinheiros|CITY|neighbourhood]]. I've been at [[Nu|ORGANIZATION|informal_short_name]] since [[2020|DATE]]; before that I spent almost four years at [[Stone|ORGANIZATION|name_is_word]], the payments company, where I started in credit risk. Today I own the credit limit experience for small business customers, so my week is a mix of discovery calls, writing specs, looking at dashboards and sitting with engineers and designers to decide what goes into the next quarter.

AI: Thanks, [[Lari|PERSON]]. How does AI fit into that work at the moment?

User: Honestly, it is everywhere now. I use [[ChatGPT|AI_PRODUCT]] almost every day, mostly to turn my messy notes into a first draft of a PRD or to rewrite a message for leadership in a calmer tone, haha. The company also has an enterprise version of [[Claude|AI_PRODUCT]] that Legal approved [[last year|GENERIC_TIME]], and the rule is simple: anything with customer data goes there and never into a personal account. [[Notion AI|AI_PRODUCT]] summarises our discovery boards, and the designers use the AI features inside [[Figma|SOFTWARE]] for quick variations. For numbers I still go to [[Looker|SOFTWARE]] and, when something looks strange, I ping [[Thiago|PERSON]], our [[analytics engineer|JOB_TITLE]], on [[Slack|SOFTWARE]]. The biggest change for me is that I almost never write from zero anymore. I dictate my thoughts in Portuguese and ask for a structured spec in English, because the squad has people from [[Colombia|COUNTRY]] and [[Mexico|COUNTRY]] too.

AI: Could you walk me through a specific example from the past few weeks?

User: Yes, a good one was [[last month|GENERIC_TIME]]. We saw a drop in people activating a new limit feature and nobody understood why. I exported around 400 support tickets from [[Zendesk|SOFTWARE]], removed names and CPF numbers with a script [[Thiago|PERSON]] wrote, and asked [[Claude|AI_PRODUCT]] to cluster the complaints. It found that many customers thought the limit increase was a loan, which honestly was not obvious to us. Then [[Camila|PERSON]], the designer in my squad, changed the copy in [[Figma|SOFTWARE]], we ran an A/B test for two weeks and activation went up. Before, this analysis would take me maybe three days of reading tickets. I still read a sample myself, because sometimes the model invents categories that sound very good but are not really in the data.

AI: How do you decide when you can rely on what it gives you?

User: My rule of thumb is: if it's a number, I check the source; if it goes to a customer, a human reviews it; if it touches credit policy, it goes through Risk and Legal no matter what. [[My manager|GENERIC_ROLE]], [[Renata Okumura|PERSON]], who is [[Head of Product|JOB_TITLE]] for the SMB area, is quite strict about this. In our [[Monday|GENERIC_TIME]] review she asks "did you check it or did the robot check it?" and everybody laughs, but she is right. I also learned the hard way. In [[March 2023|DATE]] I put a market-size number in a deck that came from [[ChatGPT|AI_PRODUCT]] and it was simply wrong, it mixed two different reports. Nobody outside the team saw it, but it was embarrassing.

AI: How do your colleagues feel about using these tools?

User: It really depends. [[The engineers|GENERIC_ROLE]] use [[Cursor|AI_PRODUCT]] and [[GitHub Copilot|AI_PRODUCT]] all day and think PMs are late to the party. Some of the senior people in Risk are more sceptical, which I understand, we are a bank in the end. [[The juniors|GENERIC_ROLE]] worry a bit about their careers; one of them asked me after a talk by [[Sam Altman|PUBLIC_FIGURE]] if product managers will still exist in five years. I told her the job is deciding what matters, and the tool doesn't carry that responsibility for you. When I did my MBA at [[Insper|SCHOOL]] in [[2019|DATE]], nobody talked about this; now the professors there use it in class.

AI: Looking ahead, what would you like to change about how you and your team use AI?

User: I would like better shared prompts and fewer people reinventing the same thing alone. [[Camila|PERSON]] and I started a small library in [[Notion|SOFTWARE]] with prompts that worked for interview synthesis, and other squads are copying it. I would also like the company to be clearer about what counts as sensitive data, because right now each tribe interprets the policy a bit differently. And personally I want to use it less for writing and more for thinking, like asking it to argue against my roadmap before I present it. If you need anything else for the research, you can write to me at [[lari.figueiredo.pm@gmail.com|EMAIL_ADDRESS]]. One more thing: I think the conversation in [[Brazil|COUNTRY]] is a bit different from what I read from the [[US|COUNTRY]]. Here people are excited but also very practical, they want to know if it saves time on a [[Monday morning|GENERIC_TIME]], not if it will become conscious. That's all, thanks for the chat!""")

# 2 Kenya - data analyst, telco
T.append("""AI: Hello, and thank you for taking part. Could you start by introducing yourself and your role?

User: Hi, I'm [[Wanjiru Kamau|PERSON]], [[28|AGE]]. I'm a [[data analyst|JOB_TITLE]] at [[Safaricom|ORGANIZATION]], in the consumer business unit, and I sit at the head office in [[Westlands|CITY|neighbourhood]], [[Nairobi|CITY]]. I joined in [[January 2022|DATE]] straight from the graduate programme at [[Equity Bank|ORGANIZATION|past_employer]]. Most of my work is around [[M-Pesa|SOFTWARE]] customer behaviour, things like why people stop using a product after the first month, which promotions actually work, and building the dashboards that the product managers look at every morning.

AI: What does a typical week look like, and where does AI come in?

User: [[Mondays|GENERIC_TIME]] are always requests, people from marketing want numbers for a campaign by yesterday, lol. Then I spend most of the week in SQL, [[Python|SOFTWARE]] and [[Power BI|SOFTWARE]]. AI comes in at a few points. I use [[GitHub Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]] for the boring parts of the code, like writing the same pandas transformations again and again. When I'm stuck with a query I paste the error into [[ChatGPT|AI_PRODUCT]] or [[Gemini|AI_PRODUCT]], but only the structure, never real customer numbers, that one is a red line here because of the Data Protection Act. And I use it a lot for writing, especially when I have to explain a model result to senior people who don't want to see a confusion matrix.

AI: Can you give me an example of explaining a result with it?

User: Sure. [[Last quarter|GENERIC_TIME]] I built a churn model for one of the data bundles and it showed that customers in some counties were leaving after a network upgrade, not because of price. [[My team lead|GENERIC_ROLE]], [[Mercy Chebet|PERSON]], asked me to present it to the directors. I wrote my findings in very technical language and asked [[ChatGPT|AI_PRODUCT]] to turn them into five bullet points a non-technical person would understand, then I rewrote them in my own words. [[Mercy|PERSON|name_is_word]] said it was the clearest deck I had done. But I also caught it writing "customers in [[Kisumu|CITY]]" when my data said [[Kakamega|CITY]], so you really have to read every line before it goes up.

AI: How do people around you feel about AI?

User: The young ones are very into it. Me and [[otieno|PERSON]] from data engineering have a small [[WhatsApp|SOFTWARE]] group where we share prompts and new tools, he is the one who got me to try [[Claude|AI_PRODUCT]] for long documents. Some of the older managers are worried, not so much about jobs but about data leaving the country, which is fair. There was a memo from Group IT [[last year|GENERIC_TIME]] saying which tools are allowed, and [[Copilot|AI_PRODUCT]] inside [[Microsoft 365|SOFTWARE]] is the approved one for documents. For me the bigger issue is that these models are trained mostly on data from the [[US|COUNTRY]] and [[Europe|CONTINENT]], and they don't understand Sheng or how people in [[Kenya|COUNTRY]] actually text, so classification on customer messages is still weak.

AI: Has using these tools changed how you learn or grow in your career?

User: Yes, a lot. When I was at [[Strathmore|SCHOOL|informal_short_name]] doing my BSc, we learned everything from [[Stack Overflow|SOFTWARE]] and [[YouTube|SOFTWARE]]. Now I learn by asking the model to explain a concept, then I go and check the documentation. I did [[Andrew Ng|PUBLIC_FIGURE]]'s machine learning course on [[Coursera|SOFTWARE]] and it made more sense because I could ask questions in between. In [[June 2023|DATE]] I presented a small project on mobile money churn at a Data Science [[Africa|CONTINENT|inside_event_name]] workshop in [[Kigali|CITY]], and I used AI to practise the Q&A, it asked me harder questions than the audience did, haha.

AI: Last question: what worries you most, and what excites you?

User: What worries me is people trusting the output without knowing the data. I've seen someone paste a chart from [[Gemini|AI_PRODUCT]] into a board pack with numbers it basically made up, and nobody asked where they came from. What excites me is that a small team like ours can now do things that used to need a consultancy. If you publish the study I'd love to read it, I'm on [[X|SOFTWARE]] as [[@wanjiru_analytics|SOCIAL_HANDLE]] and I usually share things like this. And I really hope companies in [[Africa|CONTINENT]] build their own tools instead of just waiting for whatever comes from [[Silicon Valley|CITY|region]]. We have the data and the people. Thanks for having me!""")

# 3 India - software engineer, IT services (lowercase chat style)
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your job?

User: hi! i'm [[karthik subramanian|PERSON]], [[26|AGE]], working as a [[senior systems engineer|JOB_TITLE]] at [[Infosys|ORGANIZATION]], [[Electronic City|CITY|neighbourhood]] campus in [[Bangalore|CITY]]. joined in [[2021|DATE]] as a fresher after my B.Tech from [[VIT Vellore|SCHOOL]], did the training at the [[Mysore|CITY]] campus like everyone and then got put on a project for a [[UK|COUNTRY]] insurance client. cant say the client name sorry. mostly java and spring boot microservices, some angular on the front end. team is around 14 people, half in [[blr|CITY|city_abbreviation]] and half in [[pune|CITY|lowercase]].

AI: Thanks, [[Karthik|PERSON]]. How do you use AI tools in your day-to-day work?

User: mainly [[github copilot|AI_PRODUCT]] in [[intellij|SOFTWARE]]. client approved it only [[last year|GENERIC_TIME]], before that it was blocked on the VDI. now it does maybe 30-40% of boilerplate, DTOs, test cases, mapper classes. for understanding legacy code i use [[chatgpt|AI_PRODUCT]] on my phone but never paste client code there, thats strictly not allowed, we had a mandatory training on it. [[infosys|ORGANIZATION]] also has its own platform, [[Topaz|AI_PRODUCT|employer_internal_tool]], but honestly in our project we mostly see it in the town halls and not in daily work lol

AI: Can you describe a recent situation where AI helped, or didn't help?

User: helped: [[last sprint|GENERIC_TIME]] i had to write unit tests for a premium calculation module that had zero coverage. [[copilot|AI_PRODUCT]] generated like 60 tests in one afternoon, i fixed maybe 15 of them. [[my TL|GENERIC_ROLE]] [[ramesh|PERSON]] was happy because coverage went from 0 to 70 in [[sonar|SOFTWARE]]. didnt help: i asked [[chatgpt|AI_PRODUCT]] to explain a weird batch job written in 2009 by some contractor, and it confidently explained a completely different logic. wasted half a day. [[divya|PERSON]] from QA caught that my fix broke a renewal scenario. now i always run it locally first and ask [[divya|PERSON]] before raising PR, she knows the business rules better than any model 😅

AI: How do your managers and colleagues see these tools?

User: mixed. [[the delivery manager|GENERIC_ROLE]] tracks "AI productivity" in some [[excel|SOFTWARE]] every week, which is a bit funny because how do you even measure that. [[the seniors|GENERIC_ROLE]] who have 15+ years are more careful, they say juniors are forgetting how to debug. maybe true. the freshers who joined this year directly ask [[copilot|AI_PRODUCT]] everything, even for git commands. i feel im somewhere in the middle. my dad is also in IT, 30 years at [[TCS|ORGANIZATION|relative_employer]], and he keeps sending me [[whatsapp|SOFTWARE]] forwards about AI taking all the jobs 😂

AI: Has it changed how you think about your career?

User: yes. earlier plan was to do MS in [[US|COUNTRY]] after 2-3 years of experience. now thinking maybe better to go deep in cloud and system design because writing code itself is getting cheap. i did the AWS solutions architect cert in [[march|GENERIC_TIME]] and using [[ChatGPT|AI_PRODUCT]] as a tutor for that was honestly really good, it made practice questions and explained why my answer was wrong. also [[Andrej Karpathy|PUBLIC_FIGURE]] videos on [[youtube|SOFTWARE]] helped me understand how these models actually work, before that it was just magic for me

AI: What about the rules around AI at work, are they clear to you?

User: not really. client says one thing, [[infosys|ORGANIZATION]] says another thing, project says a third thing. like we can use [[copilot|AI_PRODUCT]] inside the client VDI but not on the offshore laptops, and nobody knows about [[Claude|AI_PRODUCT]] or [[Cursor|AI_PRODUCT]], they are not on any list. so people just dont ask and use it quietly on personal devices for non client stuff. i think that is the bigger risk actually. also in [[India|COUNTRY]] the service companies are under pressure now because clients expect AI to reduce the bill, so the pressure comes to us developers. if you need to contact me for follow up you can [[whatsapp|SOFTWARE]] me on [[98450 31276|PHONE_NUMBER]], email i dont check much""")

# 4 UK - hospital pharmacist
T.append("""AI: Hello, thank you for agreeing to take part. Could you introduce yourself and tell me a bit about your role?

User: Hi, of course. My name is [[Aisha Rahman|PERSON]] and I'm a [[specialist oncology pharmacist|JOB_TITLE]] at [[Leeds Teaching Hospitals NHS Trust|ORGANIZATION]], based mostly at [[St James's|ORGANIZATION|possessive_like]], or [[Jimmy's|ORGANIZATION|informal_short_name]] as everyone in [[Leeds|CITY]] calls it. I qualified in [[2015|DATE]] after my MPharm at [[Bradford|SCHOOL|school_by_place_name]] and did my pre-reg year with [[Boots|ORGANIZATION|past_employer]] in [[Huddersfield|CITY]] before moving into hospital work. I've been in oncology since [[2018|DATE]]. Day to day I screen chemotherapy prescriptions, join the haematology ward round twice a week and answer an awful lot of queries from [[the nurses|GENERIC_ROLE]] and the junior doctors.

AI: Where, if anywhere, does AI come into that work?

User: Less than you might think for the clinical side, honestly. Anything that touches a patient's record has to stay in our own systems, [[PPM+|SOFTWARE|local_app]] and the e-prescribing system, and we are nowhere near letting a chatbot near a chemo prescription. Where I do use it is the admin and education side. We got [[Microsoft 365 Copilot|AI_PRODUCT]] for a small pilot group [[last autumn|GENERIC_TIME]] and I volunteered, so I use it in [[Teams|SOFTWARE]] to summarise long meetings and in [[Outlook|SOFTWARE]] to draft replies I'd otherwise put off. At home I've used [[ChatGPT|AI_PRODUCT]] to help plan teaching sessions for the foundation pharmacists, but I always check everything against the [[BNF|SOFTWARE]] and our own protocols before it goes anywhere near a slide.

AI: Can you describe a specific time it helped, or didn't?

User: A good one: Dr [[Hughes|PERSON|honorific_adjacent]], one of the consultant haematologists, asked me to put together a summary of a new myeloma regimen for the nursing teams. I gave [[Copilot|AI_PRODUCT]] the published protocol and asked for a one-page draft pitched at a band 5 nurse. The structure was decent, but it got the dose adjustment for renal impairment wrong, it basically merged two rows of a table. If I hadn't known the regimen I could easily have missed it. So it saved me maybe an hour on layout and cost me twenty minutes of very careful checking. My GPhC registration number, [[2087431|NATIONAL_ID]], goes on everything I sign off, so I'm not putting my name to something I haven't read line by line.

AI: How do your colleagues feel about these tools?

User: Quite split. [[Gareth|PERSON]], our [[lead pharmacist for cancer services|JOB_TITLE]], is enthusiastic and wants us to try it for audit write-ups. [[The senior nurses|GENERIC_ROLE]] worry that people will start asking a chatbot about doses instead of ringing pharmacy, and to be fair I've had a junior doctor show me a [[Gemini|AI_PRODUCT]] answer on his phone during a ward round. It wasn't even wrong, but it wasn't our local guidance either. There was also a story going round the [[WhatsApp|SOFTWARE]] groups about someone at another hospital pasting clinic letters into [[ChatGPT|AI_PRODUCT]], and Information Governance sent out a very stern email the following week. So people are curious but nervous.

AI: What would make AI more useful for you?

User: Proper integration with the systems we already use, with governance sorted before rollout rather than after. If something could pre-check a chemo prescription against the protocol and flag the odd ones, that would genuinely help on a busy [[Friday|GENERIC_TIME]] afternoon, but it would need to be validated like any other medical device. I went to a regional pharmacy conference in [[Harrogate|CITY]] in [[November 2024|DATE]] and every session ended up on AI, and most of the questions from the floor were about liability: if the tool gets it wrong, is it the pharmacist's fault? Everyone assumes the answer is yes.

AI: Has it changed how you see your own job or career?

User: A little. When I started I thought the valuable bit of my job was knowing things, remembering interactions and doses. Now I think it's more judgement and talking to people, explaining to a frightened patient why their treatment is delayed. No tool is doing that on the day unit. I'm [[34|AGE]], and I expect to still be doing this job in twenty years, but I'd like the paperwork half of it to shrink. [[My manager|GENERIC_ROLE]] has put me forward for a digital pharmacy fellowship next year, so maybe I'll end up being the AI person by accident. Honestly, the pressure on hospital pharmacy is huge right now, and I worry that AI gets sold as a way to cut posts rather than to give us time back. If it's the second, I'm all for it.""")

# 5 Germany - HR business partner at a software company
T.append("""AI: Hello and welcome. Could you begin by telling me about yourself and your job?

User: Hello! My name is [[Katrin Böhm|PERSON]], I'm [[45|AGE]] and I work as an [[HR Business Partner|JOB_TITLE]] at [[SAP|ORGANIZATION|employer_is_product]] in [[Walldorf|CITY]]. I support around 600 employees in two development units, so everything from reorganisations to performance conversations to difficult individual cases. I joined in [[2016|DATE]]; before that I was eight years in HR at [[BASF|ORGANIZATION|past_employer]] in [[Ludwigshafen|CITY]]. I studied business psychology at the [[Universität Mannheim|SCHOOL]] a long time ago, and I live in [[Heidelberg|CITY]], so my commute is short, which is nice.

AI: How do you use AI in your HR work?

User: Working at [[SAP|ORGANIZATION]], we of course have our own tools. In [[SAP SuccessFactors|SOFTWARE]] there are now AI features, for example suggestions for job descriptions and for goals, and [[Joule|AI_PRODUCT|name_is_word]], our copilot, is slowly appearing in more places. Internally there is also a chat tool that runs on different models, and for meetings I use [[Microsoft Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]]. Personally I use [[DeepL|AI_PRODUCT]] every day because I switch between German and English all the time, and sometimes [[ChatGPT|AI_PRODUCT]] at home for private things like a letter to my landlord. For HR there is one big rule: no employee data goes into any tool that is not approved, and even with approved tools we are careful, because the works council is watching closely.

AI: Can you give an example of using it for a real task?

User: [[Last year|GENERIC_TIME]] we had a reorganisation in one unit and I used the internal chat tool to draft the FAQ for employees from the official decision paper. It was helpful, it made a clear structure in ten minutes. But the tone was too American, too enthusiastic, "exciting new journey" and so on. In [[Germany|COUNTRY]] employees read this and think: okay, something bad is coming. So I rewrote it together with my colleague [[Jens|PERSON]] from Labour Relations, who has a very good feeling for how the works council will read a text. We also had to agree with the works council that the tool is used only for drafting and that no decision about a person is prepared by AI. This agreement was signed on [[1.4.2024|DATE|date_numeric_german]] and I printed it and put it on my wall, half as a joke.

AI: How do your colleagues and managers feel about it?

User: Very different. [[My manager|GENERIC_ROLE]], [[Sabine|PERSON]], uses it more than I do. She is [[Head of HR|JOB_TITLE]] for the board area and she wants us to save time on routine work so we have more time for people. The chair of our works council, Herr [[Krämer|PERSON|honorific_adjacent]], is sceptical and asks in every meeting where the data goes, which honestly is his job. Among my peers, some of the older colleagues are afraid they will not keep up, and some younger ones use it for everything, even for writing a birthday card. When our CEO [[Christian Klein|PUBLIC_FIGURE|ceo_of_employer]] talks about Business AI in the all-hands, everyone is excited, but in daily work the questions are much more practical.

AI: Has AI changed your own role or skills?

User: In a way, yes. I do more people analytics myself now. Before, I had to ask the analytics team for every small report, now I build simple things in [[SAP Analytics Cloud|SOFTWARE]] and ask the assistant to explain what I am doing wrong. I did an internal training in [[Q2|GENERIC_TIME]] about prompting and data protection, and I am less afraid of formulas in [[Excel|SOFTWARE]] now, ha. But the core of the job, sitting with a manager who has to tell someone that their position is gone, that is not changing. If anything, people need more of that because everything around them is changing so fast.

AI: Is there anything else you would like to add?

User: Maybe that in [[Europe|CONTINENT]] we are slower with AI, with the AI Act and the works councils and so on, and people from the [[USA|COUNTRY]] sometimes laugh about this. But for HR I think it is actually good. When it is about people's jobs and their careers, I prefer we are slow and correct rather than fast and sorry.""")

# 6 Japan - in-house translator
T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your work?

User: Hello. My name is [[Sato Haruka|PERSON|family_name_first]]. [[Sato|PERSON|surname_alone]] is my family name, so please call me [[Haruka|PERSON]]. I am in my [[late thirties|AGE|approximate_age]] and I work as an [[in-house translator|JOB_TITLE]] at [[Panasonic|ORGANIZATION]], at the head office in [[Kadoma|CITY]], [[Osaka|CITY]]. I joined in [[April 2012|DATE]] after graduating from [[Kobe City University of Foreign Studies|SCHOOL]]. My team translates technical documents, press materials and internal communications between Japanese and English. We are six people, and two of us also work with Chinese.

AI: Thank you, [[Haruka|PERSON]]. How do you use AI in your translation work?

User: Machine translation is not new for us. We have used MT engines inside [[Trados|SOFTWARE]] for many years, so the idea of a machine draft is normal. The big change in the last two years is generative AI. Now we have the company's internal assistant, [[ConnectAI|AI_PRODUCT|employer_internal_tool]], and I use it to check nuance, for example when an engineer's Japanese is very indirect, I ask it to list the possible meanings in English and explain the differences. Then I choose. [[DeepL|AI_PRODUCT]] is still the first draft for long manuals, and sometimes I compare with [[Gemini|AI_PRODUCT]]. For press releases and messages from top management I still translate mostly myself, because the tone is very important.

AI: Could you share a specific example from your recent work?

User: [[Last month|GENERIC_TIME]] we translated a user manual for a battery product for [[North America|CONTINENT]]. The first draft from [[DeepL|AI_PRODUCT]] was fluent, but some safety warnings became softer than the Japanese original, "should" instead of "must". In a safety text this is dangerous. [[Tanaka|PERSON|honorific_suffix]]-san, the engineer responsible, checked the terms with me, and we made a glossary so the assistant uses the same words every time. After that the quality became much better. I think the time saved was maybe forty percent, but the checking time did not go down. Only the typing time.

AI: How do your colleagues and manager feel about it?

User: [[My manager|GENERIC_ROLE]], Mr. [[Yamamoto|PERSON|honorific_adjacent]], is positive. He reports our productivity to the general affairs division every quarter, so he likes numbers that go up. [[The older translators|GENERIC_ROLE]] in my team are a little worried. One of them has worked here for more than thirty years and says the young people will never learn real translation if the machine always starts first. I partly agree. When I was a student we translated everything by hand, even the boring parts, and this is how I learned. In [[February|GENERIC_TIME]] I went to a seminar in [[Tokyo|CITY]] for corporate translators, and almost every company had the same discussion.

AI: Has AI changed how you think about your own career?

User: Honestly, I am a little anxious. Translation companies are already reducing rates because clients say "it is only post-editing". In-house it is safer, but I think my job will become more like a language quality manager than a translator. I am studying terminology management and a little [[Python|SOFTWARE]] now, so I can prepare data for the AI tools. Some friends from university who work freelance in [[Umeda|CITY|neighbourhood]] have already moved to other jobs, like localization project management or teaching. In [[Japan|COUNTRY]] English skills are still valuable, but the meaning of "English skills" is changing.

AI: Is there anything else you would like to add?

User: Only one point. People think AI is bad at Japanese because Japanese is difficult, but actually it is quite good now. The problem is context. A Japanese sentence often has no subject, and the AI guesses. A human who knows the company and the people guesses better. For now, this is my value. In the [[Kansai|CITY|region]] office we say: the machine is fast, but [[Tanaka|PERSON]]-san knows who "he" is.""")

# 7 Australia - civil engineer
T.append("""AI: Hi, thanks for your time today. Could you tell me about yourself and your work?

User: No worries. I'm [[Declan O'Sullivan|PERSON|apostrophe_name]], [[31|AGE]], a [[senior civil engineer|JOB_TITLE]] with [[Arup|ORGANIZATION]] in [[Melbourne|CITY]], in the transport team. I did civil at [[Monash|SCHOOL|informal_short_name]], graduated in [[2015|DATE]], spent two years at [[GHD|ORGANIZATION|past_employer]] in [[Geelong|CITY]] and I've been here since [[2017|DATE]]. Mostly road and rail drainage and civil design, a lot of level crossing removal work, bits of regional stuff. I got chartered [[last year|GENERIC_TIME]], so I'm CPEng and on the NER now, number [[3381947|NATIONAL_ID]], which honestly still feels a bit grown up for me.

AI: How are you using AI in your engineering work?

User: Carefully, haha. The core design software, [[Civil 3D|SOFTWARE]], [[12d Model|SOFTWARE]], [[Bluebeam|SOFTWARE]], doesn't have much genuine AI in the stuff we use daily, a bit of automation with [[Dynamo|SOFTWARE]] scripts and that's it. Where AI turns up is around the edges. We've got [[Copilot|AI_PRODUCT]] across [[Microsoft 365|SOFTWARE]] now, so I use it to pull actions out of [[Teams|SOFTWARE]] meetings and to rough out the structure of design reports. I use [[ChatGPT|AI_PRODUCT]] to help me write the [[Python|SOFTWARE]] bits for [[Dynamo|SOFTWARE]], which has saved me a heap of time, and sometimes I ask [[Claude|AI_PRODUCT]] to summarise a long clause from an Australian Standard, but I never take the numbers from it. The numbers come from the standard, full stop.

AI: Can you give me an example where it made a real difference, good or bad?

User: Yeah, one from [[March|GENERIC_TIME]]. We were doing a drainage report for a job out in [[Pakenham|CITY]] and I had about forty pages of geotech report to get through. I asked [[Copilot|AI_PRODUCT]] to summarise the groundwater observations and it gave me a lovely neat table. What it left out was a note about perched water in one borehole, which mattered for the pit design. [[Mick|PERSON]], our [[principal engineer|JOB_TITLE]], picked it up in review because he actually reads the appendices, bless him. No harm done, but it was a good lesson. Now I use it to find where things are in a document, not to tell me what's important.

AI: How do your colleagues and clients feel about it?

User: The grads love it. They'll get [[ChatGPT|AI_PRODUCT]] to explain a concept before they ask one of us, which is fine, I did the same with [[Google|SOFTWARE]]. [[The older principals|GENERIC_ROLE]] are sceptical but curious. Our main client for the crossing work is [[VicRoads|ORGANIZATION|client]], well, technically it's a different department now, but everyone still calls it that, and they've started asking in tender documents whether AI was used to produce deliverables. So there's a bit of nervousness about disclosure. Nobody wants to be the firm that used a chatbot on a bridge.

AI: Has AI changed what you think good engineering looks like?

User: Sort of. The stuff that used to eat my week, formatting reports, chasing actions, writing the same email five times, is getting faster. That leaves more time for the actual judgement, which is the bit you're paid for. I'm a member of [[Engineers Australia|ORGANIZATION|professional_body]] and they've put out some guidance, basically saying the chartered engineer is responsible no matter what tool they use. That's fair. I'd rather have that than some rule that bans it and everyone uses it on their phones anyway.

AI: Is there anything you'd like to see change?

User: Better tools that actually understand drawings. If something could read a set of civil drawings and flag clashes or missing levels, I'd pay for it myself. Also I'd like the firm to share what's working across offices. The [[Sydney|CITY]] team apparently built something for checking drainage calcs in [[Excel|SOFTWARE]] and we only heard about it by accident at the Christmas party. Anyway, I reckon the next five years will be interesting. And people outside engineering think we'll be replaced by AI overnight, and we won't. Someone still has to stand in a paddock in the rain in [[Gippsland|CITY|region]] and work out where the water goes. Cheers!""")

# 8 Nigeria - audit senior, accounting firm
T.append("""AI: Hello, thank you for taking part. Please introduce yourself and tell me about your role.

User: Good afternoon. My name is [[Chinonso Eze|PERSON]], I'm [[30|AGE]] years old, a chartered accountant and currently an [[Audit Senior|JOB_TITLE]] with [[Okafor Bello & Co|ORGANIZATION|firm_name_contains_person]], a mid-sized audit and tax firm on [[Victoria Island|CITY|neighbourhood]], [[Lagos|CITY]]. Our office is at [[14B Adeola Hopewell Street|ADDRESS]], just after the bank. I joined in [[2019|DATE]] after my NYSC, and I qualified with [[ICAN|ORGANIZATION|professional_body]] in [[2021|DATE]], membership number [[ICAN/M/052713|NATIONAL_ID]]. I studied accountancy at [[UNN|SCHOOL|acronym]] in [[Nsukka|CITY]]. I lead audit fieldwork for mostly manufacturing and FMCG clients, so I supervise three or four associates on each job.

AI: How does AI come into your audit work?

User: Mainly [[ChatGPT|AI_PRODUCT]]. The firm has not bought any enterprise tool yet, so people use the free versions on their phones, which is a concern I have raised more than once. I use it for drafting management letters, explaining IFRS requirements to clients in simple English, and writing formulas in [[Excel|SOFTWARE]]. [[Our clients|GENERIC_ROLE]] send trial balances from [[Sage|SOFTWARE|name_is_word]] or [[QuickBooks|SOFTWARE]], and our working papers are in [[CaseWare|SOFTWARE]]. Some of the younger staff also use [[Gemini|AI_PRODUCT]] because it comes with their [[Android|SOFTWARE]] phones. I don't put client names or figures in the prompts. I describe the structure and use fake numbers.

AI: Could you describe a specific example?

User: Yes. During the year-end audit of a manufacturing client in [[Ikeja|CITY]] in [[January|GENERIC_TIME]], we had to match about eighteen thousand bank lines with the cash book. Normally that is days of VLOOKUP and suffering. I described the columns to [[ChatGPT|AI_PRODUCT]] and it gave me a formula with XLOOKUP and some helper columns. The first two attempts failed, the third one worked. [[Blessing|PERSON|name_is_word]], one of the associates on my team, then tested a sample manually to confirm, and we found only a few timing differences. We finished reconciliation in one day instead of three. Mr. [[Adebayo|PERSON|honorific_adjacent]], the engagement partner, asked how we were so fast, and when I told him, he asked me to document the approach for the whole firm.

AI: How do the partners and your colleagues feel about AI?

User: [[The partners|GENERIC_ROLE]] are careful. Mr. [[Adebayo|PERSON]] is the most open, but the managing partner worries about confidentiality and about the regulators, because the FRC is quite strict. [[Our clients|GENERIC_ROLE]] are also starting to ask in engagement letters whether we use AI and where the data goes, especially the multinationals. [[The associates|GENERIC_ROLE]] use it for everything, sometimes too much. I have seen a draft memo that still had "As an AI language model" inside it. We laughed, but it was also a warning.

AI: Has it affected how you think about your career?

User: Yes. The routine work is reducing, so I think auditors who understand data and systems will be more valuable. I am studying for ACCA now and I use AI as a study partner, it explains topics when I am tired after work. Many of my colleagues are also planning to relocate to [[Canada|COUNTRY]] or the [[UK|COUNTRY]], and having these skills helps them. For me, I want to stay in [[Nigeria|COUNTRY]] for now and maybe become a manager in two or three years.

AI: Thank you. Is there anything else you'd like to add?

User: Just that firms in [[Africa|CONTINENT]] should not wait. If the partners don't provide proper tools, people will still use free ones, and that is more risky. If you want to send me the summary of the research, my email is [[chinonso dot eze at yahoo dot com|OBF_EMAIL|spelled_at_dot]]. I write it like that because of spam bots. Thank you for the opportunity.""")

# 9 South Africa - senior lecturer, university
T.append("""AI: Hi, thanks so much for joining. Could you start by telling me who you are and what you do?

User: Hi! I'm [[Nomvula Dlamini|PERSON]], a [[senior lecturer|JOB_TITLE]] in the [[Department of Information Systems|ORGANIZATION|department]] at the [[University of Cape Town|SCHOOL]]. I've been at [[UCT|SCHOOL|acronym]] since [[2014|DATE]]. Before that I did my PhD at [[Stellenbosch|SCHOOL|school_by_place_name]], or [[Stellies|SCHOOL|informal_short_name]] as we all call it, and worked at [[Old Mutual|ORGANIZATION|past_employer]] as a business analyst for a few years. I teach second-year systems analysis and a postgrad course on digital transformation, and I supervise about eight master's students. I'm [[42|AGE]], and I live in [[Observatory|CITY|name_is_word]], [[Obs|CITY|informal_short_name]] for short, so I can cycle up to campus on a good day.

AI: How has AI changed your teaching?

User: Completely, if I'm honest. When [[ChatGPT|AI_PRODUCT]] arrived, my first reaction was panic about assessments, because half of my second-year tasks could be answered by it in thirty seconds. Now I've redesigned most of them. Students submit their process as well as the final product, and we do short oral check-ins. We use [[Turnitin|SOFTWARE]], but I don't trust its AI score at all, I've seen it flag students who write in a second or third language. All course material lives on [[Vula|SOFTWARE|local_app]], our learning platform, and I now put a short note on every assignment saying which AI use is allowed and which isn't. I also use [[Claude|AI_PRODUCT]] myself to generate case-study variations, so every tutorial group gets a slightly different business scenario.

AI: Could you share a specific example with a student?

User: One of my master's students, [[Thabo|PERSON]], used [[Perplexity|AI_PRODUCT]] for his literature review, and about a third of the references it gave him didn't exist, or existed but said something different. He came to me very embarrassed. We sat together and went through each one in [[Zotero|SOFTWARE]], and it became a really good teaching moment, not a disciplinary one. Now I show that example, anonymised, in my research methods lecture. The students who use it well use it to find angles and then read the actual papers. The ones who struggle use it to avoid reading, and that shows very quickly in supervision.

AI: What about your own research?

User: I use [[Elicit|AI_PRODUCT]] to scan literature quickly and [[NVivo|SOFTWARE]] for qualitative coding, and I've experimented with asking an LLM to suggest first-round codes, but I don't trust it with interview data from participants, ethics wouldn't allow it anyway. I presented some of this at a conference in [[Durban|CITY]] in [[July 2023|DATE]], and the questions were mostly about bias. Most of these models know very little about township businesses or informal trade in [[South Africa|COUNTRY]]. They'll happily describe a small business in [[Ohio|CITY|state]], but not a spaza shop in [[Khayelitsha|CITY]].

AI: How do your colleagues and the department feel about it?

User: Mixed. Prof. [[Jacobs|PERSON|honorific_adjacent]], our [[HOD|JOB_TITLE|acronym]], set up a working group [[last year|GENERIC_TIME]] and I'm on it, so I'm partly responsible for the policy, which is a bit scary. Some colleagues want to ban everything, others are running whole courses on prompt engineering. [[The dean|GENERIC_ROLE]] wants consistency across the faculty, which is hard when the disciplines are so different. I also notice that a lot of the public conversation follows people like [[Andrew Ng|PUBLIC_FIGURE]] or [[Sam Altman|PUBLIC_FIGURE]], and it's very [[Silicon Valley|CITY|region]]. I'd like more voices from [[Africa|CONTINENT]] in it.

AI: Thank you, [[Nomvula|PERSON]]. Anything else you'd like to add?

User: Just one practical thing: load-shedding. When the power goes and the Wi-Fi goes, none of this works, so I always keep a version of every tutorial that can be done on paper. AI is amazing, but it doesn't help much at 6pm in a dark office. Thanks for having me!""")

# 10 USA - support team lead, SaaS startup
T.append("""AI: Hi, thanks for joining. Could you introduce yourself and your role?

User: Hey! I'm [[Marcus Reed|PERSON]], I'm [[37|AGE]], and I'm the [[Support Team Lead|JOB_TITLE]] at [[Fieldnote|ORGANIZATION]], a B2B SaaS startup in [[Austin|CITY]]. We make scheduling software for HVAC and plumbing companies. I've been here since [[August 2021|DATE]], so pretty early, back when we were about 30 people. Before that I spent six years in support at [[Dell|ORGANIZATION|past_employer]] up in [[Round Rock|CITY]]. I studied communications at [[Texas State|SCHOOL]] a long time ago. Now I manage nine agents, split between [[Austin|CITY]] and a few remote folks in [[Manila|CITY]] and [[Guadalajara|CITY]].

AI: How does AI show up in your support work?

User: A ton. Our help desk is [[Intercom|SOFTWARE]] and we turned on their AI agent, [[Fin|AI_PRODUCT|product_looks_like_name]], about a year ago. [[Fin|AI_PRODUCT]] resolves maybe 45% of incoming chats on its own now, mostly password resets, "how do I add a technician", billing dates, that kind of thing. My agents use the AI compose feature to fix tone, which helps a lot for the folks writing in their second language. Outside the help desk, I use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] to draft macros and help center articles, and we run everything through [[Slack|SOFTWARE]]. [[Salesforce|SOFTWARE]] is where account info lives, and honestly it's the least AI-friendly part of our stack.

AI: Could you walk me through a specific example?

User: Sure. Back in [[February|GENERIC_TIME]], [[Fin|AI_PRODUCT]] told a customer that we supported recurring jobs on a monthly schedule with custom exceptions, which we deprecated [[last year|GENERIC_TIME]]. The customer set up a whole workflow around it, it broke, and they escalated straight to [[our CEO|GENERIC_ROLE]] on [[LinkedIn|SOFTWARE]]. Not my favorite week. The root cause was our knowledge base, old articles nobody had archived. [[Sam|PERSON|shares_public_figure_name]] on my team took it on. He exported all 300-something articles and used [[Claude|AI_PRODUCT]] to find contradictions between them, and it flagged like forty conflicts. He and [[Dee|PERSON|nickname]] cleaned them up over two weeks. Since then our resolution rate actually went up and escalations went down.

AI: How does your team feel about AI?

User: Honestly, nervous. Whenever [[Sam Altman|PUBLIC_FIGURE]] says something on a podcast about agents replacing jobs, it's all over [[TikTok|SOFTWARE]] and my team sees it. [[Sam|PERSON]] jokes that he's not that [[Sam|PUBLIC_FIGURE|first_name_only]] and his job is safe. I've been really upfront with them: the bot takes the boring tickets, and they get the ones where a plumber in [[Phoenix|CITY]] is furious because his whole crew's schedule vanished. Those need a human. I also pushed for a new role, a knowledge base specialist, and [[Dee|PERSON]] moved into it. That's the kind of career path I want to show them.

AI: Has it changed how you measure performance?

User: Big time. CSAT and first response time used to be everything. Now first response is basically instant because of the bot, so it's meaningless. We look at resolution quality, reopen rate, and how often [[Fin|AI_PRODUCT]] hands off correctly. [[Last quarter|GENERIC_TIME]] I had to explain to the Board why ticket volume per agent went down while the team got better, which took some convincing. [[Looker|SOFTWARE]] dashboards helped, and a lot of coffee.

AI: Thanks, [[Marcus|PERSON]]. Anything else you'd like to add?

User: Just that support is usually the first place companies try AI, because it's seen as a cost center. I'd love for leaders to see it as the place where you learn the most about your customers. Happy to chat more, my cell is [[512-844-3907|PHONE_NUMBER]], or find me on [[LinkedIn|SOFTWARE]] at [[linkedin.com/in/marcusreed-cx|URL]].""")

# 11 Canada - secondary teacher, school board
T.append("""AI: Hello, and thanks for participating. Could you tell me about yourself and your work?

User: Hi! I'm [[Gurpreet Sandhu|PERSON]]. My students call me Ms. [[Sandhu|PERSON|honorific_adjacent]] and my friends call me [[Preet|PERSON|nickname]]. I'm a [[secondary science teacher|JOB_TITLE]] at [[Humber Heights Collegiate Institute|SCHOOL]] in [[Etobicoke|CITY]], which is part of the [[Toronto District School Board|ORGANIZATION]]. I've been with the [[TDSB|ORGANIZATION|acronym]] since [[2011|DATE]]. I teach Grade 11 and 12 chemistry and one section of Grade 9 science, and this year I'm also the [[assistant curriculum leader|JOB_TITLE]] for science. I did my B.Ed at [[OISE|SCHOOL|acronym]] after a science degree at [[McMaster|SCHOOL|informal_short_name]], and I'm in my [[mid-forties|AGE|approximate_age]], so I've seen a few waves of "this will change education forever".

AI: How do you use AI in your teaching at the moment?

User: Mostly for planning and differentiation. The board's approved option is [[Copilot|AI_PRODUCT]] with our staff accounts, so that's what I use for anything connected to school. I'll ask it for three versions of the same lab handout at different reading levels, which is huge for my English language learners. I've tried [[MagicSchool|AI_PRODUCT]] for rubrics and quiz questions, and at home I sometimes use [[ChatGPT|AI_PRODUCT]] to brainstorm demos. Everything for students still goes through [[Brightspace|SOFTWARE]], and some of my colleagues still use [[Google Classroom|SOFTWARE]] from the pandemic days. I never put student names or marks into any of these tools. That's a hard line for me.

AI: Can you describe a specific time it helped or caused a problem?

User: A good one: in [[October|GENERIC_TIME]] I had a Grade 12 student, [[Amira|PERSON]], who'd missed three weeks for family reasons. I used [[Copilot|AI_PRODUCT]] to turn my unit notes into a condensed catch-up guide with practice questions and worked solutions. I checked every answer, and two of the stoichiometry solutions were wrong, the numbers just didn't add up. If I'd handed it out unchecked, she would have learned it wrong. After fixing it, though, the guide was great and she caught up in about ten days. The problem side is assessment. I had a lab report come in that was clearly not written by a sixteen-year-old, perfect structure, no data from our actual lab. The AI detectors are useless, so I just had a conversation with the student and asked him to walk me through his results. He couldn't, and we went from there.

AI: How do your colleagues and the school administration feel about it?

User: All over the map. Mr. [[Tran|PERSON|honorific_adjacent]], our [[department head|JOB_TITLE]], is cautiously positive and runs a little lunch session once a month where we share what's worked. Some teachers in the English department are really struggling because essays are where it hits hardest. [[The principal|GENERIC_ROLE]] mostly wants us to follow board guidance and not end up in the newspaper. Our union, [[OSSTF|ORGANIZATION|union]], put out a bulletin saying AI shouldn't be used to evaluate students or replace teacher judgement, and I agree with that completely. [[The parents|GENERIC_ROLE]] are split too. At curriculum night [[last month|GENERIC_TIME]] one dad asked why I wasn't teaching the kids to use it, and another asked why I allowed it at all.

AI: Has it changed what you think students need to learn?

User: Yes. I spend more time on how to check a claim. In chemistry that's actually natural, because you can test things. I'll give the class an AI-generated explanation with a deliberate mistake and they have to find it, and they love catching the machine out. I also talk about where these tools come from. We watched a short clip of [[Geoffrey Hinton|PUBLIC_FIGURE]] talking about risks, which was a nice connection since he's at [[U of T|SCHOOL|acronym]], and the kids were surprised a scientist would be worried about his own field.

AI: Is there anything you'd like the board to do differently?

User: More training that's actually about teaching, not about which buttons to click. And clearer rules on what we can use with students under eighteen. Right now every teacher in [[Ontario|CITY|province]] is kind of making it up. If the board gave us time on a PD day in [[February|GENERIC_TIME]] to build shared resources by subject, that would be worth more than any licence. In the end, teaching is relational, and I don't see that changing. A chatbot can explain a mole calculation, but it can't notice that a kid is hungry or that something's off at home. That's still our job.""")

# 12 Mexico - head of content, marketing agency
T.append("""AI: Hi, thank you for joining. Could you tell me about yourself and your job?

User: Hola! I'm [[Ximena Orozco|PERSON]], [[29|AGE]], and I'm [[Head of Content|JOB_TITLE]] at [[Colibrí Digital|ORGANIZATION]], a small marketing agency in [[Guadalajara|CITY]], well, technically in [[Zapopan|CITY]]. We are 22 people. I've been at [[Colibrí|ORGANIZATION|informal_short_name]] since [[2019|DATE]], I started as a [[community manager|JOB_TITLE|past_job_title]] and grew into leading the content team. Before that I did an internship at [[Grupo Bimbo|ORGANIZATION|past_employer]] in [[CDMX|CITY|acronym]]. I studied communication at [[ITESO|SCHOOL|acronym]]. We do social media, campaigns and content for food, beverage and some tourism brands.

AI: How does AI fit into your content work?

User: It's part of almost every step now. I use [[ChatGPT|AI_PRODUCT]] for brainstorming and first drafts of copy, [[Midjourney|AI_PRODUCT]] for concept images when we pitch, and [[Canva|SOFTWARE]] because the designers and the clients already live there. For scheduling we use [[Meta Business Suite|SOFTWARE]] and [[Hootsuite|SOFTWARE]], and for short video the team edits in [[CapCut|SOFTWARE]], which has its own AI captions. The big thing for us is language. A lot of the AI copy sounds like Spanish from [[Spain|COUNTRY]] or like a translation from English, very neutral, no flavour. Mexican audiences notice that immediately, so we use AI for structure and ideas and then a human writes the final lines.

AI: Can you share a specific example with a client?

User: Our biggest client is [[José Cuervo|ORGANIZATION|org_looks_like_person]], one of the tequila brands. For [[Día de Muertos|GENERIC_TIME]] [[last year|GENERIC_TIME]] we pitched a campaign and I used [[Midjourney|AI_PRODUCT]] to create moodboards of altars with the bottles, which helped the client see the idea fast. But some images mixed in elements that were culturally wrong, like Halloween things, and our designer [[Lupita|PERSON|nickname]] pointed it out immediately. In the end we did a real photo shoot in the town of [[Tequila|CITY|name_is_word]], with real families, and AI was only for the pitch. The client loved it because it felt real, and the engagement numbers were the best we've had on that account.

AI: How do your colleagues and your boss feel about AI?

User: [[My boss|GENERIC_ROLE]], [[Arturo|PERSON]], our [[founder|JOB_TITLE]], is super enthusiastic, maybe too much. He went to a conference in [[Monterrey|CITY]] and came back saying we could produce twice the content with the same people. We can produce twice the drafts, yes, but not twice the good content. [[The designers|GENERIC_ROLE]] are more worried, especially about clients asking "why do I pay for illustration if the AI can do it". And there is the question of copyright, which nobody really knows how to answer in [[Mexico|COUNTRY]] yet. [[Lupita|PERSON]] has a rule: she will use AI for references, never for the final art, and I respect that.

AI: Has it changed how you hire or train people?

User: A bit. When we hired two juniors in [[January|GENERIC_TIME]], the writing test was with AI allowed, but they had to explain their choices and adapt the text for a very specific audience, like grandmothers in [[Jalisco|CITY|state]] or students in a [[CDMX|CITY]] neighbourhood. The ones who just pasted the output failed, because the text had no personality. I teach the team to use it like an intern who is very fast but has never been to [[Mexico|COUNTRY]].

AI: Is there anything else you'd like to add?

User: Only that small agencies in [[Latin America|CONTINENT|region_as_continent]] can compete with bigger ones now, and that's exciting. If you want to see some of the campaigns, I post about content and AI on [[Instagram|SOFTWARE]] as [[@ximena.escribe|SOCIAL_HANDLE]]. Gracias!""")

# 13 France - employment lawyer
T.append("""AI: Bonjour, and thank you for joining. Could you tell me about yourself and your work?

User: Bonjour! I am [[Camille Roux|PERSON]], [[34|AGE]], and I am a [[senior associate|JOB_TITLE]] in the employment law team at [[Perrin Vasseur Avocats|ORGANIZATION|firm_name_contains_person]], a business law firm of about forty lawyers in [[Lyon|CITY]], near [[Part-Dieu|CITY|neighbourhood]]. I have been registered at the [[Barreau de Lyon|ORGANIZATION|professional_body]] since [[2016|DATE]]. I studied law at [[Lyon 3|SCHOOL|informal_short_name]] and then did the bar school in [[Villeurbanne|CITY]]. Mostly I advise companies on dismissals and collective negotiations, and I plead before the labour courts a few times a month.

AI: How do you use AI in your legal work?

User: For research, the main tool is [[Doctrine|AI_PRODUCT|name_is_word]], a French legal database that now has AI summaries of decisions, and we also have [[Lexis+ AI|AI_PRODUCT]] on trial. The firm started a pilot with [[Le Chat|AI_PRODUCT|name_is_word]] from [[Mistral|PUBLIC_FIGURE|famous_company]] in [[September|GENERIC_TIME]], partly because the data stays in [[Europe|CONTINENT]], which our clients like to hear. Personally I use [[ChatGPT|AI_PRODUCT]] only for things without client information, like rewriting a dense paragraph in plain French for an HR director. I have also tried [[Claude|AI_PRODUCT|shares_person_name]], which always makes the team laugh, because our senior partner is Maître [[Claude Perrin|PERSON|shares_ai_product_name]]. So now in meetings we say "the AI" or "Maître [[Perrin|PERSON|surname_alone]]", never just the first name.

AI: That's a funny coincidence. Could you describe a specific case where AI helped or didn't?

User: Yes. In a collective dismissal case [[last winter|GENERIC_TIME]] I needed case law on the definition of economic difficulties for a group with subsidiaries abroad. [[Doctrine|AI_PRODUCT]] found relevant decisions of the Cour de cassation quickly and the summaries were accurate. Then, to save time, I asked [[ChatGPT|AI_PRODUCT]] for more examples, and it gave me a very convincing decision with a date and a number that does not exist. I checked everything, of course, but a trainee might not. The hearing was on [[14/02|DATE|date_numeric]], and I remember because I spent Valentine's evening verifying every reference in my conclusions a second time. Since then, in our team, the rule is: no reference goes into a document unless someone has opened the actual decision.

AI: How do your colleagues and the partners feel about these tools?

User: [[The partners|GENERIC_ROLE]] are divided by generation, not completely but mostly. [[Claude|PERSON]] is [[63|AGE|colleague_age]] and he is curious, but he says the client pays for our judgement, not for our typing. The younger partner in our team, [[Hélène Vasseur|PERSON]], pushed for the pilot and she wants us to measure the time saved. [[The trainees|GENERIC_ROLE]] use it constantly, and my job is partly to teach them to verify. There is also the billing question: if a memo takes two hours instead of six, do we bill two hours? Clients are starting to ask this directly, and I think the hourly model will have to change.

AI: Has it changed how you see your career?

User: A little. I was thinking about becoming a partner in four or five years, and I still am, but I think the skills are changing. Knowing where to find information is less valuable, explaining risk to a client and negotiating with unions is more valuable. I also write less and edit more. My first drafts in [[Word|SOFTWARE|name_is_word]] are now often AI drafts that I restructure completely. It is faster, but sometimes I miss the thinking that happens while writing.

AI: Thank you, [[Camille|PERSON]]. Is there anything else you'd like to add?

User: Only that lawyers in [[France|COUNTRY]] are more careful than in the [[United States|COUNTRY]], I think. We read a lot about American lawyers citing fake cases in court, and nobody wants to be the first French example. That fear is healthy, honestly.""")

# 14 Philippines - BPO team leader
T.append("""AI: Hi! Thanks for joining. Could you introduce yourself and tell me about your work?

User: Hello po! I'm [[Mary Grace Villanueva|PERSON]], but everyone at work calls me [[Ghie|PERSON|nickname]]. I'm [[29|AGE]] and a [[Team Leader|JOB_TITLE]] for customer support at [[Concentrix|ORGANIZATION]] here in [[Cebu IT Park|CITY|neighbourhood]], [[Cebu City|CITY]]. I handle 18 agents on a [[US|COUNTRY]] telecom account, sorry I can't say which one, NDA. I've been in BPO since [[2016|DATE]]. I started as an agent at [[Teleperformance|ORGANIZATION|past_employer]] in [[Mandaue|CITY]], moved here, and got promoted to [[TL|JOB_TITLE|acronym]] in [[2021|DATE]]. I finished BS Psychology at [[USC|SCHOOL|acronym]], and honestly it helps a lot with handling both customers and agents, haha.

AI: How does AI come into your work as a team leader?

User: A lot now. Our agents use [[Salesforce|SOFTWARE]] for the tickets and the client turned on [[Einstein|AI_PRODUCT|ai_product_is_famous_name]] for suggested replies and case summaries. So after a call, the summary is written automatically and the agent just edits it. That alone saves maybe a minute per call, and with our volume that is big. For my own work I use [[ChatGPT|AI_PRODUCT]] to prepare coaching scripts and to make role-play scenarios, and [[Grammarly|AI_PRODUCT]] because the client is very strict on written English in chat. We also have [[Copilot|AI_PRODUCT]] on our site laptops, but the account rules say no customer data outside [[Salesforce|SOFTWARE]], so I use it only for internal things like reports and schedules in [[Excel|SOFTWARE]].

AI: Can you give me a specific example?

User: Yes. One of my agents, [[Jomar|PERSON]], had very low CSAT for two months, always around 70 when the target is 85. When I listened to his calls, he was polite but he sounded scripted, customers felt he was not really listening. I asked [[ChatGPT|AI_PRODUCT]] to play an angry customer whose internet had been down for three days, and [[Jomar|PERSON]] practised with it during our coaching sessions on the [[graveyard shift|GENERIC_TIME|shift_name]]. Then we compared how he responded the first time and the fifth time. After three weeks his CSAT went up to 84. [[My OM|GENERIC_ROLE]], Sir [[Mark|PERSON|name_is_word]], asked me to share the method with the other TLs, so now four teams are doing it.

AI: How do the agents feel about these tools?

User: Mixed, and a bit scared. They read news that AI will replace call centers and that some accounts are moving work to chatbots. We lost one account on our floor [[last year|GENERIC_TIME]], not fully because of AI, but the agents believe it was. I try to be honest with them. The simple calls are going to bots, yes, but the difficult ones stay with people. [[The newer agents|GENERIC_ROLE]] actually adapt faster, they treat the summaries like autocorrect. The senior ones complain more when the AI summary is wrong, especially with Bisaya words or Taglish, it gets confused.

AI: What would you like to see change?

User: More training for TLs, not just agents. We are expected to coach people on AI tools we only learned the week before. I also hope the company creates new roles, like AI quality checker or knowledge base writer, so the agents who are good can move up instead of out. The [[Philippines|COUNTRY]] economy depends a lot on BPO, so this is not just my team, it's many families.

AI: Thank you so much, [[Ghie|PERSON]]. Anything else you'd like to add?

User: Thank you also! If you need to call me for follow-up, my number is [[oh-nine-one-seven 882 4136|OBF_PHONE|partly_spelled_out]], but text first please because I'm on night shift and sleeping in the daytime, haha.""")

# 15 Indonesia - civil servant, ministry of finance
T.append("""AI: Good afternoon, thank you for participating. Could you introduce yourself and your work?

User: Good afternoon. My name is [[Ratna Wulandari|PERSON]], colleagues usually call me Bu [[Ratna|PERSON|honorific_prefix]]. I am [[36|AGE]] years old and I work as a [[budget analyst|JOB_TITLE]] in the [[Directorate General of Budget|ORGANIZATION|department]] at the [[Ministry of Finance|ORGANIZATION]], or [[Kemenkeu|ORGANIZATION|acronym]] as we say. My office is at [[Jl. Dr. Wahidin Raya No. 9|ADDRESS|honorific_inside_address]], [[Jakarta Pusat|CITY]]. I have been a civil servant since [[2010|DATE]], after graduating from [[STAN|SCHOOL|acronym]], the state accounting college, and later I did my master's at [[Universitas Indonesia|SCHOOL]] in [[Depok|CITY]]. My work is reviewing budget proposals from line ministries, mostly in the education and health sectors.

AI: How do you use AI in your work?

User: Officially, the ministry is still preparing a full policy, but there is a circular letter that says we cannot upload confidential budget data into public AI tools. So I use AI for the parts that are not confidential. For example, I use [[ChatGPT|AI_PRODUCT]] to help me draft English summaries for meetings with the [[World Bank|ORGANIZATION|partner_org]] team, and [[Gemini|AI_PRODUCT]] on my phone to quickly understand a new regulation or a technical term. The budget itself is in [[SAKTI|SOFTWARE|local_app]], the ministry's financial application, and of course a lot of our analysis is still in [[Microsoft Excel|SOFTWARE]]. Coordination happens in [[WhatsApp|SOFTWARE]] groups, which is maybe not ideal, but that is the reality in government.

AI: Could you describe a specific example?

User: [[Last year|GENERIC_TIME]], during the budget cycle, I had to compare realisation reports from several regions, for example [[Papua|CITY|region]] and [[Aceh|CITY|region]], where spending patterns are very different. These are public reports, so I asked [[ChatGPT|AI_PRODUCT]] to help me structure a comparison table and suggest possible explanations. Some suggestions were useful, like the effect of the rainy season on construction. But it also used some terms wrongly in Indonesian, it confused two budget classifications that have similar names. Pak [[Hendra|PERSON|honorific_prefix]], [[my director|GENERIC_ROLE]], read the draft and immediately saw the mistake. He was not angry, but he reminded us that the AI does not know our regulations as well as it pretends.

AI: How do your colleagues feel about AI?

User: [[The younger staff|GENERIC_ROLE]] are very enthusiastic. My colleague [[Dimas|PERSON]] built a small [[Python|SOFTWARE]] script with help from [[Claude|AI_PRODUCT]] to clean data from many [[Excel|SOFTWARE]] files, and it saved our team many hours in [[August|GENERIC_TIME]], when the workload is highest. The senior officials are more careful, because they remember cases when data leaked and it became news. Our minister, Ibu [[Sri Mulyani|PUBLIC_FIGURE|honorific_prefix]], often speaks about digital transformation and integrity, so there is support from the top, but also pressure not to make mistakes. I think the most important thing is training, and I joined a course from [[BPPK|ORGANIZATION|acronym]], our training agency, in [[October|GENERIC_TIME]].

AI: Has AI changed how you think about your role?

User: Yes, a little. Before, a big part of my job was compiling and checking numbers. Now I think my value is more in understanding the context, why a program in one province is late, who to call, what the minister wants to know. The AI can write a memo, but it cannot attend the coordination meeting and read the room. I also think government in [[Indonesia|COUNTRY]] must build its own secure tools, because we cannot depend only on foreign platforms for sensitive work.

AI: Thank you, Bu [[Ratna|PERSON]]. Is there anything else you would like to add?

User: Only that many civil servants are curious but afraid to ask, because they think using AI is like cheating. I hope studies like this help show that it can be used responsibly. In [[Asia|CONTINENT]] many countries are moving quickly, and we do not want to be left behind.""")

# 16 Poland - backend developer (lowercase dev style)
T.append("""AI: Hi, thanks for joining! Could you tell me a bit about yourself and your job?

User: hey, sure. [[tomasz wiśniewski|PERSON]], everyone calls me [[tomek|PERSON|nickname]]. [[29|AGE]], backend dev, officially [[Senior Software Engineer|JOB_TITLE]] since [[january|GENERIC_TIME]]. i work at [[Ocado Technology|ORGANIZATION]] in [[kraków|CITY|lowercase]], office is near [[Kazimierz|CITY|place_is_first_name]]. i'm in the [[Fulfilment Platform|ORGANIZATION|team_name]] team, we do services that orchestrate the robots in the warehouses, mostly kotlin and some java, lots of kafka. joined in [[2022|DATE]], before that 3 years at [[Comarch|ORGANIZATION|past_employer]]. studied CS at [[AGH|SCHOOL|acronym]]

AI: How do you use AI tools when you code?

User: [[cursor|AI_PRODUCT|lowercase]] is basically my main editor now, took a while for security to approve it. inside i mostly use [[claude 3.5 sonnet|AI_PRODUCT]], sometimes switch to [[gpt-4o|AI_PRODUCT]] when [[sonnet|AI_PRODUCT|lowercase]] gets stuck in a loop. company also gives everyone [[GitHub Copilot|AI_PRODUCT]] licences for [[IntelliJ|SOFTWARE]], some people prefer that. rest of the stack is normal, [[GitLab|SOFTWARE]], [[Jira|SOFTWARE]], [[Slack|SOFTWARE]]. i use it for boilerplate, tests, reading unfamiliar code, and writing the boring migration scripts. i don't let it design anything important, it likes to over engineer

AI: Could you tell me about a specific situation where it helped or didn't?

User: good one: we migrated a service from java 11 to 21 [[last quarter|GENERIC_TIME]]. the agent mode in [[cursor|AI_PRODUCT]] did like 80% of the mechanical changes in an afternoon, which would have been 2-3 days before. bad one: on a [[friday|GENERIC_TIME|lowercase]] i let it "fix" a flaky test and it just removed the assertion lol. tests green, bug still there. [[kuba|PERSON|nickname]] from my team caught it in code review on [[monday|GENERIC_TIME|lowercase]], very embarrassing. after that we agreed in the team that AI generated changes get the same review as anything else, no "it's just a small fix". [[ola|PERSON|nickname]], who is our QA, now has a checklist specifically for AI-ish mistakes, like deleted checks or invented config keys

AI: How does your team feel about AI overall?

User: split. our tech lead [[Marek|PERSON]] is quite sceptical, he says it makes people faster at writing code they don't understand. i think he is half right. [[the juniors|GENERIC_ROLE]] are the most interesting case, they are super productive but sometimes can't explain their own PR. on the other hand i learn way faster now, i can ask about some kafka internals at 11pm and get a decent answer. there is also this whole hype thing, [[Andrej Karpathy|PUBLIC_FIGURE]] tweets about vibe coding and suddenly managers ask why we are not 10x faster. we are not, we are maybe 1.3x faster and only on some tasks

AI: Has it changed how you think about your career?

User: a bit. i think pure coding skills are less of a moat now, system design and knowing the domain are more important. warehouse robotics is pretty niche so i feel ok. some friends from [[AGH|SCHOOL]] who do frontend for agencies are more nervous. i'm thinking about moving towards staff engineer in a few years, more architecture and mentoring. also considering going to [[Germany|COUNTRY]] or the [[UK|COUNTRY]] at some point but honestly [[Poland|COUNTRY]] is good for devs right now. btw if you want to see the small tools i write for myself, my github is [[github.com/twisniewski-dev|URL]], there is a [[cursor|AI_PRODUCT]] rules repo there that some people found useful. cheers""")

# 17 Egypt - senior architect
T.append("""AI: Hello, and thank you for joining. Could you tell me about yourself and what you do?

User: Hello, I'm [[Nour El-Sayed|PERSON|hyphenated_surname]], [[34|AGE]], a [[senior architect|JOB_TITLE]] at [[Raqam Studio|ORGANIZATION]], a mid-size architecture and interiors practice in [[Zamalek|CITY|neighbourhood]], [[Cairo|CITY]]. I've been there since [[2017|DATE]]. I graduated in architecture from [[Cairo University|SCHOOL]] in [[2013|DATE]] and then worked for a few years at [[Dar Al-Handasah|ORGANIZATION|past_employer]] on big infrastructure projects, which taught me discipline but was not very creative. At [[Raqam|ORGANIZATION|informal_short_name]] we do mostly residential compounds in [[New Cairo|CITY]] and [[Sheikh Zayed City|CITY|city_named_after_person]], plus some boutique hotel interiors on the coast. I lead a small team of four architects and two interior designers.

AI: How do you use AI in your architectural work?

User: At the concept stage, a lot. I use [[Midjourney|AI_PRODUCT]] to explore mood and materials before we draw anything, and sometimes [[Stable Diffusion|AI_PRODUCT]] with [[ControlNet|AI_PRODUCT]] on top of my hand sketches, so I can show a client three facade options in an afternoon. Then the real work happens in [[Revit|SOFTWARE]] and [[Rhino|SOFTWARE|name_is_word]], and we render in [[Enscape|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] for writing: design statements, specifications, and translating between Arabic and English, because many of our clients and consultants switch between the two. And [[Photoshop|SOFTWARE]] generative fill is honestly the most used AI tool in the office, for cleaning up site photos.

AI: Could you give me a specific example?

User: Yes. [[Last spring|GENERIC_TIME]] we had a villa client in [[Sheikh Zayed|CITY|city_short_name]] who wanted something "modern but Egyptian". I generated maybe fifty images in [[Midjourney|AI_PRODUCT]] mixing mashrabiya screens with concrete, and the client fell in love with one image. The problem was that the image was impossible: the cantilevers had no structure, and the screens would have cost more than the whole villa. Eng. [[Karim|PERSON|honorific_adjacent]], our structural engineer, laughed for five minutes. It took us two months to bring the client back to reality. Since then, Dr. [[Hany|PERSON|honorific_adjacent]], who founded the studio and is our [[principal architect|JOB_TITLE]], has a rule: we only show AI images labelled as "mood", never as design.

AI: How do your colleagues feel about AI?

User: [[The young architects|GENERIC_ROLE]] love it, they are very fast with it. Some of the older draftsmen feel threatened, especially because visualisation used to be a separate job and now anyone can make an image. Dr. [[Hany|PERSON]] is in his sixties and he is surprisingly open, he says architecture survived the computer and it will survive this. What worries me more is the profession in [[Egypt|COUNTRY]] in general. Some small offices now sell AI renders to developers as if they were real designs, and the buildings that come out are very poor.

AI: Has AI changed how you see your own skills?

User: Yes. I draw by hand more now, not less. I realised that if I go straight to AI, all my ideas start to look like everyone else's, the same [[Pinterest|SOFTWARE]] style. So I sketch first, then I use AI to test the sketch. I also teach a design studio one evening a week at [[Cairo University|SCHOOL]], and I see students who can produce beautiful images but can't explain a section. I think the schools in the [[Middle East|CONTINENT|region_as_continent]] have to change quickly to teach thinking, not just images.

AI: Thank you, [[Nour|PERSON]]. Is there anything else you would like to add?

User: Only that I would be happy to share some before-and-after examples for your research if useful. My [[WhatsApp|SOFTWARE]] is [[٠١٠٠ ٤٧٢ ٨٣١٥|OBF_PHONE|arabic_indic_digits]], please message before calling because I am often on site.""")

# 18 Chile - political reporter
T.append("""AI: Hi, thank you for participating. Could you introduce yourself and your work?

User: Hola! I'm [[Francisca Muñoz|PERSON]], [[Fran|PERSON|nickname]] for everyone. I'm [[40|AGE]] and I'm a [[political reporter|JOB_TITLE]] at [[La Tercera|ORGANIZATION|name_is_phrase]] in [[Santiago|CITY]]. I've been covering Congress since [[2019|DATE]], so half my week is in [[Valparaíso|CITY]], where the Congress building is. Before that I was at [[BioBioChile|ORGANIZATION|past_employer]] in [[Concepción|CITY|name_is_word]] for almost seven years. I studied journalism at la [[Chile|SCHOOL|school_nickname_is_country]], the [[Universidad de Chile|SCHOOL]], and I live in [[Ñuñoa|CITY|neighbourhood]] with my partner and our cat.

AI: How does AI fit into your reporting work?

User: Mostly in the boring parts. I record long committee sessions and interviews and transcribe them with an app based on [[Whisper|AI_PRODUCT|name_is_word]], which is a huge time saver, it handles Chilean Spanish better than I expected. For big document dumps I use [[Pinpoint|SOFTWARE]], and [[Perplexity|AI_PRODUCT]] or [[ChatGPT|AI_PRODUCT]] to get quick background on a law or a politician's history, but only as a starting point. We write in [[Google Docs|SOFTWARE]] and I follow the political conversation on [[X|SOFTWARE]] all day, unfortunately. The newspaper has a guideline from [[last year|GENERIC_TIME]]: AI can help with research and transcription, but no AI-written text is published without a human rewriting it, and no AI images as news photos.

AI: Can you describe a specific situation where it helped or caused a problem?

User: During the pension reform vote in [[January|GENERIC_TIME]], I had about three hours of committee audio and a deadline. The transcription was good, and I asked [[ChatGPT|AI_PRODUCT]] to pull out the key quotes by speaker. One quote it attributed to President [[Boric|PUBLIC_FIGURE|honorific_adjacent]] was actually from a deputy who was paraphrasing him critically. If I had published that, it would have been a correction and a very bad day on social media. My editor, [[Rodrigo|PERSON]], always says: "the machine can listen, but it can't understand who is lying". I checked everything against the audio, and the piece was fine.

AI: How do your colleagues in the newsroom feel about it?

User: There is a lot of anxiety. Newsrooms in [[Chile|COUNTRY]] have been cutting jobs for years, and many people think AI is the next excuse. [[The photographers|GENERIC_ROLE]] are especially worried. [[The editors|GENERIC_ROLE]] like the productivity but are scared of errors, because one mistake can destroy credibility. I'm part of the [[Colegio de Periodistas|ORGANIZATION|professional_body]], and there were debates there about whether AI-generated content should be labelled. Younger journalists use it more, but sometimes they trust it too much, and I see stories where you can tell the background paragraph was not verified.

AI: Has it changed how you think about journalism as a career?

User: Yes. I started in [[2008|DATE]], when the crisis was about print dying. Now it's about text itself becoming cheap. I think the value is in being there, in the corridor of Congress, having sources who answer your [[WhatsApp|SOFTWARE]] at midnight. An AI can't do that. But I do worry for the people starting now, because the entry-level tasks, writing short news from press releases, are exactly what AI does well, and that's how I learned.

AI: Thank you, [[Fran|PERSON]]. Anything else you'd like to add?

User: Just that if you want to contact me about the results, my email is [[fran.munoz.periodista (arroba) gmail.com|OBF_EMAIL|arroba_spelled]], I write it like that because of bots. And I'm on [[X|SOFTWARE]] as [[@franmunoz_cl|SOCIAL_HANDLE]]. Suerte with the study!""")

# 19 New Zealand - policy analyst
T.append("""AI: Kia ora, thanks for joining. Could you tell me about yourself and your work?

User: Kia ora! I'm [[Aroha Paewai|PERSON]], [[27|AGE]], and I'm a [[policy analyst|JOB_TITLE]] at the [[Ministry of Social Development|ORGANIZATION]], [[MSD|ORGANIZATION|acronym]], in [[Wellington|CITY]], or [[Te Whanganui-a-Tara|CITY|indigenous_place_name]]. I've been at [[MSD|ORGANIZATION]] since [[2021|DATE]], straight after finishing my master's in public policy at [[Vic|SCHOOL|informal_short_name]]. I work on employment support for young people who aren't in work or study, so a lot of reading research, talking to frontline staff, and writing briefings and Cabinet papers. I grew up in [[Gisborne|CITY]] and now live in [[Porirua|CITY]], so the train is my second office.

AI: How do you use AI in your policy work?

User: Carefully, because the public service has quite clear guidance now. On our work laptops we have [[Microsoft Copilot Chat|AI_PRODUCT]] with the enterprise protections, and that's the approved tool. [[ChatGPT|AI_PRODUCT]] and others are blocked on the network. I use [[Copilot|AI_PRODUCT]] to summarise long research reports, to get a first structure for a briefing, and to tidy my writing. Meetings happen in [[Teams|SOFTWARE]], and I sometimes use the recap feature if everyone agrees. What I never do is put client information in, or anything classified above a certain level. And I don't use AI for anything in te reo Māori. The models are not good at it, and there are real questions about who owns that language data.

AI: Could you walk me through a specific example?

User: [[Last year|GENERIC_TIME]] we ran a consultation and got about sixty written submissions from community groups, iwi organisations and providers. [[My manager|GENERIC_ROLE]], [[Hemi|PERSON]], asked me to produce a summary of themes for [[the Minister|GENERIC_ROLE]]'s office in a week. I used [[Copilot|AI_PRODUCT]] to summarise each submission, then grouped them myself. It was really useful for the first pass, but it flattened the voices. A submission from a small Pasifika youth trust in [[Porirua|CITY]] had this powerful story about a young person, and the summary just said "concerns about access to services". So I went back and read every submission in full. The AI saved me time on the boring ones, but I wouldn't trust it to decide what matters.

AI: How do your colleagues feel about AI?

User: Pretty mixed. [[The senior analysts|GENERIC_ROLE]] worry about quality and about the public finding out a Cabinet paper was AI-assisted. The data team are excited, they're trying things for forecasting. Some frontline colleagues worry it'll be used to make decisions about people's benefits, and that's a legitimate fear, because there have been examples overseas, like the Robodebt scandal in [[Australia|COUNTRY]], where automated decisions went very wrong. [[Hemi|PERSON]] keeps saying we should be the people who make it safe, not the people who say no to everything, which I like.

AI: Has it affected how you see your career in the public service?

User: A bit. I thought a lot of my job was writing, and AI is good at writing. But the value is actually in knowing the system, the history of a policy, who to talk to, what [[the Minister|GENERIC_ROLE]]'s office will push back on. I'm doing a course on AI governance through the Public Service Commission in [[March|GENERIC_TIME]], because I think there'll be more jobs in that space. [[My mum|GENERIC_ROLE|family_role]] jokes that I'll end up writing the rules for the robots.

AI: Thank you, [[Aroha|PERSON]]. Anything else you'd like to add?

User: Just that in [[Aotearoa|COUNTRY|indigenous_country_name]] we have a chance to do this with Māori data sovereignty in mind from the start, instead of fixing it later. I hope the study captures that kind of context and not just the [[US|COUNTRY]] story. Ngā mihi!""")

# 20 Spain - startup founder
T.append("""AI: Hola, thanks for joining. Could you tell me about yourself and your work?

User: Hi! I'm [[Jordi Puig|PERSON]], [[38|AGE]], [[co-founder and CEO|JOB_TITLE]] of [[Tastia|ORGANIZATION]], a food-tech startup in [[Barcelona|CITY]]. We make demand-forecasting software for restaurants, so they know how much to prep and waste less food. Our office is in [[Poblenou|CITY|neighbourhood]], at [[Carrer de Pujades 77|ADDRESS]], in a shared building with other startups. I founded it in [[September 2022|DATE]] with [[Marta Soler|PERSON]], our [[CTO|JOB_TITLE|acronym]]. Before that I spent six years at [[Glovo|ORGANIZATION|past_employer]] in operations, and before that I did my MBA at [[ESADE|SCHOOL|acronym]], class of [[2016|DATE]]. We're eleven people now.

AI: How does AI fit into your work as a founder?

User: Everywhere, honestly. The product itself uses machine learning, but that's [[Marta|PERSON|possessive]]'s world. For me, AI is like having three assistants. I use [[Claude|AI_PRODUCT]] for investor updates, first drafts of contracts and difficult emails, [[ChatGPT|AI_PRODUCT]] for quick questions and voice mode when I'm walking, and [[Perplexity|AI_PRODUCT]] for market research. For prototypes I use [[Lovable|AI_PRODUCT|name_is_word]], I can build a clickable demo of a new feature in an hour and show it to a restaurant owner the same day. [[The engineers|GENERIC_ROLE]] use [[Cursor|AI_PRODUCT]]. Our CRM is [[HubSpot|SOFTWARE]] and everything internal lives in [[Notion|SOFTWARE]]. For customer data we use [[Mistral|AI_PRODUCT]] models hosted in the EU, because our restaurant clients in [[France|COUNTRY]] are very sensitive about that.

AI: Can you give me a specific example where AI made a real difference?

User: Our seed round. In [[spring 2024|DATE|season_year]] we were raising and I had to prepare the deck, the financial model and answers to due diligence questions, while also selling. I used [[Claude|AI_PRODUCT]] to stress-test the deck, I asked it to act as a sceptical investor and attack every slide. It found weak points that two real investors later asked about, word for word almost. For market sizing, [[Perplexity|AI_PRODUCT]] gave me sources quickly, but one number about the restaurant market in [[Catalonia|CITY|region]] was from a 2015 report, completely outdated. An associate at one of the funds caught it, which was embarrassing. We closed the round anyway, but now I check every number twice.

AI: How does your team feel about AI?

User: We're a small team, so the culture comes from the founders, and both of us are heavy users. [[Marta|PERSON]] is more careful than me, she insists on code review for anything the AI writes, and she is right. What changed is hiring. A year ago I would have hired two more developers, now we hired one senior and gave everyone better tools. I feel a bit guilty about that, because [[the juniors|GENERIC_ROLE]] need somewhere to learn. I also see a lot of hype. When [[Sam Altman|PUBLIC_FIGURE]] talks about the one-person unicorn, every founder in [[Barcelona|CITY]] shares it on [[LinkedIn|SOFTWARE]]. The reality is that restaurants are a human business, and our customers want to talk to a person when the forecast is wrong on a rainy [[Saturday|GENERIC_TIME]].

AI: What worries you about AI, as a founder?

User: Two things. First, that the big model companies will build what we build as a feature. If [[OpenAI|PUBLIC_FIGURE|famous_company]] or [[Google|PUBLIC_FIGURE|famous_company]] decide to do restaurant forecasting, we have a problem, so we focus on integrations with local POS systems that they will never care about. Second, regulation. The AI Act is fine for us, we are low risk, but it takes time from a small team to understand it, and [[our investors|GENERIC_ROLE]] ask about it in every board meeting.

AI: Thank you, [[Jordi|PERSON]]. Anything else you'd like to add?

User: Only that [[Europe|CONTINENT]] is not as far behind as people think, at least in using AI, maybe in building the models yes. If you want to follow up, write to [[jordi@tastia.io|EMAIL_ADDRESS]], or check the product at [[tastia.io|URL]]. Moltes gràcies!""")

# 21 Vietnam - data analyst, tech company
T.append("""AI: Hello, thank you for joining. Could you introduce yourself and your work?

User: Hi, my name is [[Nguyễn Thị Hoa|PERSON|family_name_first]]. At work people call me [[Hoa|PERSON|name_is_word]], and with foreign partners I use my English name, [[Lily|PERSON|english_name]]. I'm [[25|AGE]] and I work as a [[data analyst|JOB_TITLE]] at [[VNG|ORGANIZATION|acronym]], the company behind [[Zalo|SOFTWARE|employer_product]], in [[District 7|CITY|district]], [[Ho Chi Minh City|CITY|city_named_after_person]]. Most people here still just say [[Saigon|CITY|informal_city_name]]. I joined in [[August 2023|DATE]] after graduating from [[RMIT Vietnam|SCHOOL]]. I'm in the growth analytics team, so I look at how users adopt new features, run A/B tests and build reports for the product managers.

AI: How do you use AI in your data work?

User: Every day. Our data is in [[BigQuery|SOFTWARE]] and I build dashboards in [[Looker Studio|SOFTWARE]], and for analysis I use [[Python|SOFTWARE]] in notebooks. I use [[ChatGPT|AI_PRODUCT]] to help write complex SQL, especially window functions, and [[Gemini|AI_PRODUCT]] inside [[BigQuery|SOFTWARE]] to explain queries that other people wrote. Of course we cannot paste real user data into external tools, so I only share the schema and fake examples. The company also has its own AI products, like the [[Kiki|AI_PRODUCT|product_looks_like_name]] voice assistant, and some internal tools are being tested, but for my daily work the public tools are still faster.

AI: Could you describe a specific example?

User: [[Last month|GENERIC_TIME]] we tested a new message reaction feature. I had to analyse user feedback from the survey, around five thousand comments in Vietnamese. I asked [[ChatGPT|AI_PRODUCT]] to group the comments into topics, after removing any names or phone numbers. It did quite well in general, but it misunderstood some slang and teencode, for example it thought a sarcastic comment was positive. [[My manager|GENERIC_ROLE]], anh [[Tuấn|PERSON|vietnamese_kinship_honorific]], suggested I check a random sample of two hundred comments manually, and about fifteen percent were wrong. So we used the AI grouping only as a first draft. Chị [[Linh|PERSON|vietnamese_kinship_honorific]] from the product team still said the report was the most useful one she got that quarter.

AI: How do your colleagues feel about AI?

User: In my team everyone uses it, we are all young. The question is more about quality. [[The product managers|GENERIC_ROLE]] sometimes ask [[ChatGPT|AI_PRODUCT]] for numbers directly, and then they come to me asking why my number is different, haha. The engineers are excited about building AI features into the app. Older managers care about data security a lot, especially after some news about data leaks in [[Vietnam|COUNTRY]]. Before [[Tết|GENERIC_TIME]], everyone was very busy, and I saw people using AI to write all the holiday campaign texts, which was fun to watch.

AI: Has AI changed how you think about your career?

User: Yes. When I studied, I thought a [[data analyst|JOB_TITLE|generic_use_of_own_title]] is someone who writes SQL and makes charts. Now the AI can write SQL and make charts, so I think I must understand the business and the users more deeply. I want to do a master's in data science, maybe in [[Australia|COUNTRY]] or [[Singapore|COUNTRY]], in two or three years. I also follow [[Andrew Ng|PUBLIC_FIGURE]]'s courses and some Vietnamese AI communities on [[Facebook|SOFTWARE]].

AI: Thank you, [[Hoa|PERSON]]. Is there anything else you would like to add?

User: Only that Vietnamese language support is improving fast, but still not perfect, especially for southern slang and teencode. Companies in [[Asia|CONTINENT]] should build more local models. I am proud that our company is trying. Thank you for the interview!""")

# 22 Netherlands - postdoctoral researcher
T.append("""AI: Hello, thank you for taking part. Could you introduce yourself and your work?

User: Hi! I'm [[Sanne de Vries|PERSON]], [[32|AGE]], a [[postdoctoral researcher|JOB_TITLE]] at [[Utrecht University|SCHOOL]], in the [[Department of Media and Culture Studies|ORGANIZATION|department]]. I've been at [[UU|SCHOOL|acronym]] since [[February 2023|DATE]]; before that I did my PhD at the [[University of Amsterdam|SCHOOL]]. My project is funded by [[NWO|ORGANIZATION|funder]] and looks at platform work, so I interview food delivery riders and ride-hailing drivers about algorithmic management. My supervisor is Prof. [[Marieke van Dijk|PERSON|surname_particle]]. I live in [[Lombok|CITY|neighbourhood_named_like_island]], the neighbourhood in [[Utrecht|CITY]], and cycle everywhere, of course.

AI: How do you use AI in your research?

User: In quite a few places, but I'm careful. For literature I use [[Elicit|AI_PRODUCT]] and [[Consensus|AI_PRODUCT|name_is_word]] to find papers, and everything goes into [[Zotero|SOFTWARE]]. For the interviews, the university approved [[Amberscript|SOFTWARE]] for transcription, because the data stays in [[Europe|CONTINENT]] and it fits our data management plan. I code in [[ATLAS.ti|SOFTWARE]], which now has AI-suggested codes, and I tried them on a few transcripts, but I don't use them for the actual analysis. The university has [[Copilot|AI_PRODUCT]] with our accounts, and I use it and sometimes [[ChatGPT|AI_PRODUCT]] for writing help, but never with interview data. Our ethics committee would not be amused.

AI: Could you share a specific example where AI helped or caused a problem?

User: When I was writing a grant proposal [[last year|GENERIC_TIME]], I used [[ChatGPT|AI_PRODUCT]] to tighten the summary because the word limit was brutal. It made it shorter but also more generic, it removed the parts that made the project specific. My co-applicant, dr. [[Bram Visser|PERSON|lowercase_title]], said it sounded like "every other proposal about AI", which was painful but true. So I used it differently: I asked it to list what a reviewer might criticise, and that was actually useful. For the literature, [[Elicit|AI_PRODUCT]] once summarised a paper as saying the opposite of what it said, which I only noticed because I had read it before. I presented some reflections on this at a conference in [[Ljubljana|CITY]] in [[September 2024|DATE]], about AI tools in qualitative research.

AI: How do your colleagues and students feel about AI?

User: [[The PhD students|GENERIC_ROLE]] are quite pragmatic, they use it for coding help in R and for English editing. Some senior colleagues are very critical, partly because our field studies exactly the problems with these technologies, so there's a bit of irony in using them. In teaching, [[the students|GENERIC_ROLE]] use it a lot, and we've moved to more in-class writing and oral exams. [[Marieke|PERSON]] is pragmatic about it too, her view is that we have to study it and use it at the same time, but be transparent.

AI: Has it changed how you think about your career?

User: Academic careers in the [[Netherlands|COUNTRY]] are already precarious, and I'm on a temporary contract. I don't think AI will replace researchers, but it raises expectations about output, more papers, faster. That worries me more than replacement. I'd rather publish fewer, better things. I'm also thinking about a move to policy work, where my knowledge of platforms might be valued. Anyway, I'd love to read the results. My university email is [[s.devries@uu.nl|EMAIL_ADDRESS]], and if you want to cite any of my work, my ORCID is [[0000-0002-4817-3396|NATIONAL_ID|orcid]].""")

# 23 Ghana - senior HR business partner, telco
T.append("""AI: Hello, and thank you for joining. Could you introduce yourself and your role?

User: Good morning. My name is [[Kwabena Owusu-Ansah|PERSON|hyphenated_surname]], I'm [[39|AGE]], and I'm a [[Senior HR Business Partner|JOB_TITLE]] at [[MTN Ghana|ORGANIZATION]], based at the head office in [[Airport City|CITY|neighbourhood]], [[Accra|CITY]]. I have been with [[MTN|ORGANIZATION]] since [[2016|DATE]]. Before that I spent five years at [[Guinness Ghana|ORGANIZATION|past_employer]] in [[Kumasi|CITY]]. I did my first degree at [[KNUST|SCHOOL|acronym]] and my master's in human resource management at [[Legon|SCHOOL|school_by_place_name]]. I partner with the technology and network divisions, about 800 staff, on workforce planning, performance, employee relations and restructuring.

AI: How do you use AI in your HR work?

User: It has grown quickly in the last two years. Our HR system is [[Workday|SOFTWARE|name_is_word]], and some AI features have come in, for example skills suggestions. For documents and meetings we have [[Copilot|AI_PRODUCT]] in [[Microsoft 365|SOFTWARE]], which I use to summarise [[Teams|SOFTWARE]] meetings and draft policy documents. Recruitment uses [[LinkedIn Recruiter|SOFTWARE]], which now writes outreach messages. Personally I use [[ChatGPT|AI_PRODUCT]] for non-confidential work, like drafting a training outline. The [[MTN Group|ORGANIZATION|parent_company]] AI policy from [[Johannesburg|CITY]] is quite clear: no employee personal data in public tools, and all AI use in people decisions must have human review.

AI: Could you describe a specific example?

User: Yes. After our engagement survey [[last year|GENERIC_TIME]], we had over three thousand open comments. In the past we would spend weeks reading and coding them in [[Excel|SOFTWARE]]. This time the data was anonymised first and we used the approved tool to group the comments into themes. My colleague [[Comfort|PERSON|name_is_word]], who leads Talent, and I then reviewed samples from each theme. The AI was good at the big themes, like career growth and workload, but it missed something important: several comments from field engineers in the northern regions about safety when travelling at night. They were grouped under "working conditions" and lost. [[Comfort|PERSON]] caught it because she had visited [[Tamale|CITY]] the month before and heard the same complaint. We escalated it and the company changed the travel policy.

AI: How do your colleagues and leadership feel about AI?

User: Leadership is supportive. Our [[HR Director|JOB_TITLE]], Mrs. [[Boateng|PERSON|honorific_adjacent]], wants the HR team to be "AI-literate" by the end of the year, and she sponsored training for all of us. [[The line managers|GENERIC_ROLE]] are more divided. Some are excited about writing performance reviews faster, and honestly that worries me, because a review written by AI is not really feedback. Some staff fear that AI will be used to decide who is made redundant. We had to communicate clearly that this is not the case. In [[Ghana|COUNTRY]], job security is a very sensitive topic, so trust is everything.

AI: Has AI changed your role as an HR business partner?

User: Yes, I think it pushes me to be more strategic. The administrative parts, drafting letters, summarising policies, are faster. So I have more time for conversations with managers and employees. But I also have a new responsibility, to check how AI is being used in people processes and to make sure it is fair. I recently attended a workshop in [[Nairobi|CITY]] in [[May|GENERIC_TIME]] with HR leaders from across [[Africa|CONTINENT]], and everyone was asking the same questions about bias and local languages.

AI: Thank you, [[Kwabena|PERSON]]. Anything else you'd like to add?

User: Only that I'd like to receive the findings. You can reach me at [[kwabena.oa [at] gmail [dot] com|OBF_EMAIL|bracketed_at_dot]]. I use my personal address because work email filters external research invitations. Thank you.""")

# 24 South Korea - product manager, messenger platform
T.append("""AI: Hello, thanks for joining. Could you introduce yourself and your work?

User: Hi, I'm [[Kim Ji-hoon|PERSON|family_name_first]], but at work I go by [[Jay|PERSON|english_nickname]], because at [[Kakao|ORGANIZATION|employer_is_product]] everyone uses English names, even the executives. I'm [[35|AGE]], or [[36|AGE|korean_age]] in Korean age, though officially we don't use that anymore. I'm a [[product manager|JOB_TITLE]] working on commerce features in [[KakaoTalk|SOFTWARE]], mainly the gifting service. I joined in [[2019|DATE]], and before that I worked at [[Coupang|ORGANIZATION|past_employer]] for three years. I studied business at [[Yonsei|SCHOOL|informal_short_name]]. Our office is in [[Pangyo|CITY|district]], and I live nearby in [[Bundang|CITY]], so my commute is short compared to friends in [[Seoul|CITY]].

AI: How do you use AI in your product work?

User: Quite a lot. For writing specs and summarising research I use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]], through accounts approved by the company. Our own AI models are called [[Kanana|AI_PRODUCT|product_looks_like_name]], and we are starting to use them internally, which is interesting because we are also the users. [[Notion AI|AI_PRODUCT]] summarises our meeting notes, we track work in [[Jira|SOFTWARE]], and designers work in [[Figma|SOFTWARE]]. For Korean text, I sometimes compare with [[HyperCLOVA X|AI_PRODUCT]] from [[Naver|PUBLIC_FIGURE|famous_company]], because it understands Korean context and honorifics better in some cases.

AI: Could you describe a specific example?

User: Before [[Chuseok|GENERIC_TIME]] [[last year|GENERIC_TIME]], we prepared a gifting campaign, and I needed to analyse thousands of customer reviews about gift products. I used [[Claude|AI_PRODUCT]] with anonymised data to cluster complaints. It found that many people were unhappy because the gift message was cut off in the notification, which was a small UX issue but had a big effect. [[Seo-yeon|PERSON]], our designer, fixed the layout, and the campaign had a higher completion rate than the previous year. But the AI also misread some reviews written in very casual Korean with a lot of slang, so my team lead, [[Brian|PERSON|english_nickname]], asked me to double-check the negative ones manually.

AI: How do your colleagues feel about AI?

User: Mostly positive, because it's a tech company. [[The developers|GENERIC_ROLE]] use it the most. There is some pressure, because leadership talks about AI a lot and expects higher productivity. Some people worry that the company will hire fewer juniors. There are also privacy concerns, because [[KakaoTalk|SOFTWARE]] is used by almost everyone in [[Korea|COUNTRY]], so any mistake with data becomes national news immediately. We have strict internal rules, and every AI feature goes through a privacy review.

AI: Has AI changed how you think about your role as a [[product manager|JOB_TITLE|interviewer_echo]]?

User: Yes. I spend less time writing documents and more time deciding what problem is worth solving. I also think product managers need to understand AI limitations deeply, because users in [[Korea|COUNTRY]] are very sensitive to small mistakes, especially in messaging. I watch talks from people like [[Andrew Ng|PUBLIC_FIGURE]] and [[Demis Hassabis|PUBLIC_FIGURE]], but the practical knowledge comes from shipping and seeing what users complain about.

AI: Thank you, [[Jay|PERSON]]. Is there anything else you'd like to add?

User: Only that the Korean AI scene is very competitive right now, with big companies and startups all building models. It's exciting, but sometimes it feels like everyone is running without knowing where the finish line is. Thank you for the interview.""")

# 25 UAE - engagement manager, consulting firm
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your role?

User: Hi! I'm [[Farah Haddad|PERSON]], [[31|AGE]], an [[Engagement Manager|JOB_TITLE]] at [[McKinsey|ORGANIZATION]] in the [[Dubai|CITY]] office, we're in [[DIFC|CITY|district_acronym]]. I'm Lebanese, grew up in [[Beirut|CITY]], studied engineering at [[AUB|SCHOOL|acronym]] and did my MBA at [[INSEAD|SCHOOL]], on the [[Fontainebleau|CITY]] campus. I joined the firm in [[2021|DATE]]. I mostly work with public sector and energy clients across the Gulf, so a lot of time in [[Riyadh|CITY]] and [[Abu Dhabi|CITY]], and I manage teams of three to five consultants on each engagement.

AI: How do you use AI in your consulting work?

User: The firm has its own platform, [[Lilli|AI_PRODUCT|product_looks_like_name]], which searches our internal knowledge, past studies, expert interviews and so on, and summarises them. It's the first thing I open at the start of any engagement. [[Lilli|AI_PRODUCT]] is approved for client work within strict rules, while public tools like [[ChatGPT|AI_PRODUCT]] are not allowed for anything client-related. The rest is the classic toolkit: [[PowerPoint|SOFTWARE]], [[Excel|SOFTWARE]], [[think-cell|SOFTWARE]] for charts, and [[Teams|SOFTWARE]] all day. I also use [[Copilot|AI_PRODUCT]] to summarise long email threads, which saves my evenings.

AI: Could you describe a specific example?

User: Sure. [[Last quarter|GENERIC_TIME]] we did a benchmarking study on utility regulation for a client, comparing about ten countries, including [[Jordan|COUNTRY|name_is_person]], [[Egypt|COUNTRY]] and [[Morocco|COUNTRY]]. [[Jordan|PERSON|name_is_country]], one of the business analysts on my team, from [[Toronto|CITY]], used [[Lilli|AI_PRODUCT]] to find previous work the firm had done on similar topics, and within a day we had a solid starting point that normally would take a week. But when we asked it to summarise Arabic regulatory documents, it struggled, some translations were misleading. [[Rami|PERSON]], a consultant who reads Arabic legal language very well, had to go through them manually. The client was impressed with the speed, but the value came from the combination.

AI: How do your colleagues and clients feel about AI?

User: Internally, people are very enthusiastic, and leadership talks about AI in every meeting. [[The partners|GENERIC_ROLE]] want us to be faster and more analytical. [[The junior consultants|GENERIC_ROLE]] worry a bit that the research work they used to learn from is disappearing. [[Our clients|GENERIC_ROLE]] in the Gulf are very ambitious about AI, governments here have national AI strategies, and the [[UAE|COUNTRY]] even has a minister for AI. But they also ask hard questions about data sovereignty and whether the data leaves the country.

AI: Has AI changed how you see your career?

User: Yes. I think the job is shifting from producing analysis to judgement and relationships. A model can draft a market overview, but it can't sit with a minister's advisor in [[Riyadh|CITY]] and understand what they really need. I'm thinking about the next step, maybe partner track, maybe moving into industry. I listen to people like [[Satya Nadella|PUBLIC_FIGURE]] and [[Jensen Huang|PUBLIC_FIGURE]] talking about AI transformation, but the reality on the ground is slower and messier.

AI: Thank you, [[Farah|PERSON]]. Anything else you'd like to add?

User: Only that the region is moving very fast, and people outside the [[Middle East|CONTINENT|region_as_continent]] sometimes underestimate that. It's an exciting place to work on this topic right now.""")

# sanity: 25 transcripts, 500-900 words each
assert len(T) == 25, len(T)
for _i, _raw in enumerate(T, 1):
    _n = len(build(_raw.strip())[0].split())
    assert 500 <= _n <= 900, (_i, _n)

write_set(T, "set_bq")
