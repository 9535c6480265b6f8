import sys
from markup import write_set
T = []

# 1 Nigeria, Lagos - fashion designer / small business owner
T.append("""AI: Thanks for joining me today. To start, could you tell me a little about yourself and the work you do?

User: Okay, thank you. So my name is [[Funmilayo Adeyemi|PERSON]], but everybody calls me [[Funmi|PERSON]]. I'm [[34|AGE]]. I'm a [[fashion designer|JOB_TITLE]], I have a small shop in [[Surulere|CITY]], [[Lagos|CITY]], the name is [[Laceland Couture|ORGANIZATION]]. We do mostly aso-ebi for weddings, and some, um, corporate uniforms for schools and churches. I started it in [[2016|DATE]] after I left the bank. I was at [[Zenith Bank|ORGANIZATION]] for like five years, customer service, ehn, I don't miss it at all.

AI: How did AI first come into the business?

User: Honestly it was my younger sister, [[Tolu|PERSON]]. She's in [[UNILAG|SCHOOL]], studying mass comm, and one day she saw me struggling to write captions for [[Instagram|SOFTWARE]] and she said, aunty — she calls me aunty just to tease me — just use [[ChatGPT|AI_PRODUCT]]. So I tried it. At first the captions were too, how do I say it, too American? Like "Slay your special day, queen!" Nobody in [[Lagos|CITY]] talks like that, haha. So I learned to tell it, write it like a [[Lagos|CITY]] babe, add small pidgin, don't use too many emojis. Now it's much better. Sometimes I even forget it was not me that wrote it.

AI: What kinds of tasks do you use it for now?

User: Captions, yes. Price lists. Replying customers when I'm tired, that one is the biggest one. Like, I had one customer, Mrs [[Olaniyan|PERSON]], she ordered twelve outfits for her daughter's wedding in [[December 2023|DATE]], and then she wanted to change the fabric after we had already cut it. I was vexed. I didn't want to reply with my emotions, you understand, so I pasted her message into [[ChatGPT|AI_PRODUCT]] and said make my reply polite but firm. Let me find it... okay, this is what I sent her:
"Good evening Ma, thank you for your message. Unfortunately the fabric for the 12 outfits has already been cut according to the approved samples. We can make small adjustments to the styling at no extra cost, but a change of fabric will attract a new charge of N85,000. Kindly let me know how you would like to proceed. Warm regards, [[Funmi|PERSON]]."
And she paid o! She paid the whole thing. So I said, thank you [[ChatGPT|AI_PRODUCT]], haha.

AI: That's a great example. Do other people in the business use it too?

User: I have four staff. My [[head tailor|JOB_TITLE]], Baba [[Sule|PERSON]], he's close to [[sixty|AGE]], he doesn't touch phone for work at all, he says the machine cannot measure shoulder. Which is true, sha. Then [[Chiamaka|PERSON]], she handles the [[Instagram|SOFTWARE]] and the orders on [[WhatsApp|SOFTWARE]], she uses that [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] sometimes to, like, make the reply sound sweet. And my [[apprentice|JOB_TITLE]], [[Kelechi|PERSON]], he mostly uses it to argue about football, whether [[Osimhen|PUBLIC_FIGURE]] is better than, I don't know, some other striker. Boys. But there are things I don't use it for at all. Money. I don't let it near my accounts. My husband, [[Emeka|PERSON]], he's an [[accountant|JOB_TITLE]], he does our books in [[Excel|SOFTWARE]] at [[month end|GENERIC_TIME]] and he says, [[Funmi|PERSON]], don't put our figures inside that thing. Also I don't put customer measurements or their phone numbers inside it. Because who knows where it goes? Maybe in [[America|COUNTRY]] somebody is reading it, I don't know. Also, um, the designs. If I sketch something new I don't upload it, because somebody can copy it. In this industry people copy you before you even finish sewing.

AI: How do customers usually reach you, and would you be okay sharing a contact in case we have follow-up questions?

User: Sure, no wahala. The shop line is on [[WhatsApp|SOFTWARE]], it's [[zero eight zero three, four one one, two nine eight seven|OBF_PHONE|spelled_digits]]. I write it like that in words now because the last time I put my number plain on [[Instagram|SOFTWARE]], the spam calls, ehn, loan apps, everybody. The shop itself is at [[14 Adelabu Street|ADDRESS]], [[Surulere|CITY]], opposite the filling station. For email you can use [[laceland.couture@gmail.com|EMAIL_ADDRESS]], [[Chiamaka|PERSON]] checks it [[every morning|GENERIC_TIME]].

AI: Thank you. Last question: how do you feel about AI for small businesses like yours, overall?

User: Hmm. It's like having an assistant who never sleeps but who also doesn't know [[Lagos|CITY]], if you understand me. It helps me maybe, I'd say, five hours a week? Maybe more during [[wedding season|GENERIC_TIME]], around [[November|GENERIC_TIME]], [[December|GENERIC_TIME]]. But the heart of the business is still the hand. Baba [[Sule|PERSON]] will tell you the same thing. The day the AI can cut lace straight, then I will worry, haha.""")

# 2 Brazil, Curitiba - freelance translator
T.append("""AI: Hi, thanks for taking part. Could you start by telling me about your work?

User: Hi! Yes, so, I'm [[Marina Okamoto|PERSON]], I'm a freelance [[translator|JOB_TITLE]], English and Spanish into Portuguese, mostly. I'm [[29|AGE]], I live in [[Curitiba|CITY]], in the south of [[Brazil|COUNTRY]]. I've been freelancing full-time since, hmm, [[March 2021|DATE]]? Before that I was in-house at an agency in [[São Paulo|CITY]], [[Verbo Traduções|ORGANIZATION]], but then the pandemic, everything went remote anyway, so I moved back here to be close to my parents.

AI: What does a typical week look like for you?

User: It's very, uh, irregular. Right now I have one big client, [[LinguaPonte|ORGANIZATION]], it's an agency in [[Portugal|COUNTRY]], in [[Porto|CITY]], and they send me a lot of pharma stuff. Package leaflets, clinical trial consent forms, that kind of thing. And then I have some direct clients, like a small winery in [[Bento Gonçalves|CITY]] that wants their website in English and Spanish. So some weeks I'm doing 15,000 words of medical text and some weeks I'm writing, like, tasting notes, haha. And where AI fits in... okay, so, it's complicated for translators, right? Because the agencies now send us MT output, machine translation, and they want us to post-edit for less money. [[LinguaPonte|ORGANIZATION]] uses [[DeepL|AI_PRODUCT]] on their side, I think, and then I get the segments in [[Trados|SOFTWARE]] already pre-filled. And they pay, like, 40% of the normal rate. Which, I mean, sometimes the [[DeepL|AI_PRODUCT]] output is good, honestly, but in medical text one wrong word is dangerous. Last month it translated "may cause drowsiness" as something like "can provoke sleep", which, okay, not wrong but no Brazilian leaflet says that.
For my own work I use [[ChatGPT|AI_PRODUCT]] more like a colleague? Like, I ask, is this term used in [[Brazil|COUNTRY]] or only in [[Portugal|COUNTRY]]? Or give me five ways to say "bold and fruity" for a wine that don't sound ridiculous. And [[Claude|AI_PRODUCT]] for long documents, to check consistency, because it takes bigger files.

AI: Do you ever put client documents into those tools?

User: Uh, not the confidential ones. The consent forms have patient stuff sometimes, no way. My [[project manager|GENERIC_ROLE]] at [[LinguaPonte|ORGANIZATION]], [[Inês|PERSON]], she was very clear, she sent an email — wait, I have it — she wrote: "Dear linguists, please note that uploading client files to any public AI tool is a breach of the NDA and may result in removal from our vendor database." So, yes. Very clear. Haha. But the winery, the owner, seu... sorry, the owner is called [[Aldo Bertolini|PERSON]], he actually asked me to use AI because he wants it cheap. He's like [[70|AGE]] years old and he says, [[Marina|PERSON]], the robot does it for free, why do I pay you? And I'm like, then ask the robot, seu [[Aldo|PERSON]]. He always comes back, though.

AI: How has it affected your income, if you don't mind me asking?

User: It went down. Not a lot, but yes. In [[2022|DATE]] I made more than last year, and I work more hours now. My boyfriend, [[Rafa|PERSON]], he's a [[developer|JOB_TITLE]], he keeps saying I should specialise more, do, like, legal or something that AI can't do. But everything AI can do a little bit, right? I did my degree at [[UFPR|SCHOOL]], Letras, and half of my class is not translating anymore. Some are teaching, some went to do UX writing.

AI: If other researchers wanted to follow up with you, how could they reach you?

User: Sure. My email is [[marina.okamoto.trad arroba gmail ponto com|OBF_EMAIL|other_language]] — I always write it like this, the Portuguese way, because of the bots. And I'm on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/marina-okamoto-trad|URL]], you can send me a message there too. I answer faster on [[WhatsApp|SOFTWARE]] but I'd rather not give the number here, sorry.

AI: Of course, that's totally fine. Anything else you'd like to add?

User: Just that, hmm, people think translation is only words. It's not. It's knowing that in [[Curitiba|CITY]] we say "vina" and in [[São Paulo|CITY]] they say "salsicha", you know? The AI knows the dictionary. I know the people. For now that's still worth something. I hope.""")

# 3 USA, Ohio - high school chemistry teacher
T.append("""AI: Thank you for joining. Can you tell me a little about your role?

User: Sure. I'm [[Denise Whitfield|PERSON]], I teach chemistry and one section of AP Environmental at [[Belmont Ridge High School|SCHOOL]], which is in [[Kettering|CITY]], just outside [[Dayton|CITY]], [[Ohio|CITY]]. I've been a [[chemistry teacher|JOB_TITLE]] since [[2001|DATE]], so, uh, I've seen a few "this will change education forever" things come and go. Smartboards. Clickers. Remember clickers? I'm [[52|AGE]], for context, so I was skeptical going in. But honestly, a colleague dragged me into it. [[Tran|PERSON]] — Mr. [[Tran|PERSON]], [[Danny Tran|PERSON]], he teaches physics across the hall — he was using [[MagicSchool|AI_PRODUCT]] to build his lab rubrics and he showed me during a PD day last fall. And I thought, okay, that's actually kind of useful. Now I use [[ChatGPT|AI_PRODUCT]] mostly, the paid one, which I pay for myself, by the way, the district doesn't cover it. And our district rolled out [[Gemini|AI_PRODUCT]] inside [[Google Classroom|SOFTWARE]] this year so I've been poking at that too.

AI: What do you actually use it for day to day?

User: Three things, mainly. One, differentiated versions of worksheets. Like, I'll have the standard stoichiometry worksheet and I'll ask it for a version with more scaffolding for my kids with IEPs, and one with extension problems for the kids who finish in eight minutes. Two, parent emails. Oh my gosh, the parent emails. And three, I use it to generate wrong answers, which sounds weird, but for multiple choice you need good wrong answers, distractors, and it's really good at guessing the mistakes kids make.

AI: Could you say more about the parent emails?

User: Yeah. So, there's a lot of, um, emotional labor in those. Let me pull one up, I saved a few. This one I wrote with help after a kid — I'll just call him J — after he got a zero on a lab report because it was copied. I gave [[ChatGPT|AI_PRODUCT]] my angry draft and it gave me this:
"Dear Mr. and Mrs. [[Castellano|PERSON]], I wanted to reach out regarding [[Jaylen|PERSON]]'s recent lab report. While I can see he understood the procedure, substantial portions of the analysis matched another student's submission. Per our department policy, the report received a zero; however, I would like to offer [[Jaylen|PERSON]] the opportunity to complete an alternate analysis by [[Friday|GENERIC_TIME]]."
And it went fine. The dad actually thanked me. My version had the word "blatant" in it twice, so, you know. Oops, I said his name. Can you take that out?

AI: Yes, we'll remove identifying details in the transcript. Are there things you won't use AI for?

User: Grading. Not the actual grading. I know some people do it, and our [[principal|GENERIC_ROLE]] kind of floated it at a staff meeting, like, could AI help with feedback on essays. And maybe for, like, first-pass comments. But a kid's grade is my professional judgment. Also I won't put student names or IDs into anything that isn't district-approved. That's FERPA, that's not optional. And the irony is the kids use it constantly. I've had lab conclusions that start with "Certainly! Here is a conclusion for your titration lab." Like, buddy. At least delete the first line.

AI: How do your colleagues feel about it generally?

User: Split. [[Luanne|PERSON]], who's been here even longer than me, she refuses. She says she'll retire before she lets a chatbot write her quizzes. And the younger teachers, the ones who came out of [[Wright State|SCHOOL]] in the last couple years, they use it for everything, lesson plans, slides, all of it. I'm somewhere in the middle. I watched a [[Sal Khan|PUBLIC_FIGURE]] talk about [[Khanmigo|AI_PRODUCT]] and he's very optimistic, and I'm like, sure, in a school where every kid has a laptop that works.

AI: If we have follow-up questions, how can we contact you?

User: My school email is fine, [[dwhitfield@belmontridge.k12.oh.us|EMAIL_ADDRESS]]. I check it way too often. Or the front office, [[937-555-0162|PHONE_NUMBER]], but honestly email is better, I'm teaching most of the day. Oh, and one more thing — teachers aren't scared of it the way people think. We're tired. If it saves me forty minutes on a [[Sunday night|GENERIC_TIME]], I'll take it. I just don't want the district to decide that means they can put thirty-eight kids in my room instead of thirty-two.""")

# 4 India, Pune - software engineer
T.append("""AI: Hello, thanks for joining. Could you introduce yourself and your work?

User: Hi, yeah. So I'm [[Aniket Kulkarni|PERSON]], [[27|AGE]], I'm a [[backend engineer|JOB_TITLE]] at [[Sahyadri Fintech|ORGANIZATION]], it's a mid-size payments company in [[Pune|CITY]], office is in [[Baner|CITY]]. Before this I was at [[Infosys|ORGANIZATION]] for two years, in [[Mysore|CITY]] for training and then [[Hyderabad|CITY]]. Joined here in [[August 2022|DATE]]. Mostly I work on, uh, the reconciliation service, [[Java|SOFTWARE]], [[Spring Boot|SOFTWARE]], some [[Kafka|SOFTWARE]].

AI: How does AI show up in your daily work?

User: Oh, everywhere now, honestly. We got [[GitHub Copilot|AI_PRODUCT]] licences for the whole team in, I think, early last year. So in [[IntelliJ|SOFTWARE]] it's always on, autocompleting. For boilerplate it's amazing — DTOs, mappers, test scaffolding. For the actual logic, like, the reconciliation rules, it's, hmm, fifty-fifty? It writes something that looks correct and then you realise it's comparing amounts as doubles. In payments! So you have to watch it like a hawk.
Then I use [[ChatGPT|AI_PRODUCT]] on my personal account for explaining stuff. Like if there's some weird [[Kafka|SOFTWARE]] consumer rebalancing issue I'll paste the stack trace — only the stack trace, no company code, that's the rule — and ask what's happening.

AI: You mentioned a rule. Can you tell me more about the company's policy?

User: Yeah so after some incident at another company, I think it was at some big electronics company, our security team sent a policy. My [[tech lead|GENERIC_ROLE]], [[Shreya|PERSON]], she made us all read it in the standup. Basically: no source code, no customer data, no credentials, no internal URLs in public tools. Even our employee IDs, they said don't paste. Like mine is [[SFT-04417|NATIONAL_ID]], it's on everything, the [[Jira|SOFTWARE]] tickets, the access requests, so you have to scrub it. Only [[Copilot|AI_PRODUCT]] is approved because it's the enterprise one and it doesn't train on our code, supposedly. Does everyone follow it? (laughs) Mostly. I mean... I'll be honest, people do copy some code into [[ChatGPT|AI_PRODUCT]] sometimes when [[Copilot|AI_PRODUCT]] chat is being dumb. Not whole files. One guy, I won't say the name — okay, it's [[Rohit|PERSON]], he knows, we tease him — he pasted a whole config file once with a database password in it. Test database, but still. [[Shreya|PERSON]] found out because he asked in the team channel "how to delete chat history". Ha. Now that's a team joke.

AI: Has AI changed how you learn or grow as an [[engineer|JOB_TITLE]]?

User: Good question. Yeah, I think so, both ways. When I was at [[COEP|SCHOOL]], doing my B.Tech, we had to figure everything from [[Stack Overflow|SOFTWARE]] and docs, it was painful but you learned. Now juniors who joined after me, they ask [[Copilot|AI_PRODUCT]] first, always. And I see in code reviews that they can't always explain why their code works. My [[manager|GENERIC_ROLE]] said in my last review, [[Aniket|PERSON]], you should mentor the interns more on fundamentals. So now I do like a small session [[every Thursday|GENERIC_TIME]], no AI allowed, just whiteboard. They hate it, haha, but they come.
Also outside work, I used it to prepare for my [[AWS|SOFTWARE]] certification. It made me quizzes. That was genuinely useful.

AI: How do you feel about the future of your role?

User: Mixed. My mother in [[Nashik|CITY]] calls every week and asks, is AI going to take your job? Because she saw something on the news about [[Satya Nadella|PUBLIC_FIGURE]] saying thirty percent of code is written by AI. And I tell her, Aai, somebody still has to know what the code is supposed to do. Payments are messy. Banks in [[India|COUNTRY]] send files in ten different formats. No model is fixing that soon.

AI: Would it be okay to share a way to contact you for a follow-up?

User: Sure, my personal mail is better, not work — [[aniket.kulkarni.dev@gmail.com|EMAIL_ADDRESS]]. And I'm on [[GitHub|SOFTWARE]] as [[@aniketk-dev|SOCIAL_HANDLE]], though mostly it's old college projects there, don't judge.""")

# 5 Kenya, Uasin Gishu - dairy farmer
T.append("""AI: Good morning, and thank you for agreeing to speak with me. Can you tell me about yourself and your farm?

User: Good morning. Yes. I am [[Grace Jepchirchir|PERSON]]. I am a [[dairy farmer|JOB_TITLE]] in [[Moiben|CITY]], that is in [[Uasin Gishu|CITY]], near [[Eldoret|CITY]]. I am [[46|AGE]] years. I have eleven cows now, Friesian and some crosses, and I grow maize also, and some vegetables for the house. I started with two cows in [[2009|DATE]], after my husband passed. So it has grown slowly, slowly.

AI: I'm sorry for your loss. How did AI come into your work on the farm?

User: Thank you. It was my son, [[Kibet|PERSON]]. He is at [[Moi University|SCHOOL]], doing agriculture. When he came home during the [[long holiday|GENERIC_TIME]] he put [[ChatGPT|AI_PRODUCT]] on my phone and he showed me I can ask in Kiswahili. Even in English, but I like Kiswahili better for talking. So now when a cow is not eating well, or the milk is going down, I ask it first, what can be the problem. For example, there was one cow, we call her Chebet — she is a cow, not a person, haha — her milk went down very much, from fourteen litres to maybe six. I described to the [[ChatGPT|AI_PRODUCT]], the udder is hot, the milk has small clots. And it said this can be mastitis, call a veterinary doctor, do not sell the milk. So I called Dr. [[Ochieng|PERSON]], he is the [[vet|JOB_TITLE]] who serves our area, and it was mastitis. He treated her. Before, maybe I would wait two or three days and lose more milk. So it helped me to act fast.
But I also use the camera one. [[Google Lens|AI_PRODUCT]]. When there is a pest on the maize, I take a photo. In [[2020|DATE]] we had the fall armyworm very bad and now I can see it quickly.

AI: Do you trust the advice it gives?

User: Hmm. Some of it. It is like a neighbour who has read many books but has never kept a cow. It will tell you feed this much dairy meal, but it does not know the price of dairy meal in [[Eldoret|CITY]] this month, which is very high. So I ask the [[extension officer|GENERIC_ROLE]] also, and my neighbour Mama [[Naliaka|PERSON]], she has kept cows for thirty years. If all three agree, then okay.
And one time it told me about a medicine that is not sold in [[Kenya|COUNTRY]]. It is for [[Europe|CONTINENT]] maybe. So you have to be careful.

AI: How do you sell your milk, and does AI play any part in that?

User: I sell to the cooperative, [[Kaptagat Dairy Farmers Cooperative|ORGANIZATION]]. They pay through [[M-Pesa|SOFTWARE]] at the [[end of the month|GENERIC_TIME]]. AI does not help there, haha, the price is the price. But [[Kibet|PERSON]] made me a small table on the phone, in [[Google Sheets|SOFTWARE]], and the AI helps me to see which cow gives more milk for the feed. Now I know one of the crosses, she eats a lot and gives little. Maybe she will go to the market. The problem for me is the bundles. Data is expensive. And the phone, sometimes the network in [[Moiben|CITY]] is poor during the [[rainy season|GENERIC_TIME]]. Also I worry my information goes somewhere. I do not put my [[M-Pesa|SOFTWARE]] PIN or the cooperative number, those things. My member number at the cooperative is [[KDFC-2291|NATIONAL_ID]], but I would never put it inside the phone like that. My son told me.

AI: Would it be okay for the research team to contact you again later?

User: Yes, you can call me. The number is [[0 7 2 2 - 4 1 8 - 3 0 6|OBF_PHONE|spaced_digits]]. I write it with spaces like that on the paper at the cooperative notice board, people read it better. Call in the afternoon, morning I am milking.

AI: Thank you so much, [[Grace|PERSON]]. Is there anything else you would like to share?

User: Only that I wish more farmers knew about this. Many of the older women here, they don't have smartphones, or they think it is for the young people. Even our [[MCA|GENERIC_ROLE]] was talking about it at a baraza, but he did not explain properly. If somebody can teach in the village, in our language, it would help us very much. Even the [[President|GENERIC_ROLE]], [[Ruto|PUBLIC_FIGURE]], talks about digital farmers. Okay, let them come to [[Moiben|CITY]] and see.""")

# 6 UK, Leeds - accountant in small practice
T.append("""AI: Thanks for making the time. Could you tell me about your job?

User: Yeah, no problem. I'm [[Gareth Lomax|PERSON]], I'm a [[chartered accountant|JOB_TITLE]], I work at a small practice in [[Headingley|CITY]], [[Leeds|CITY]] — [[Brannigan & Holt|ORGANIZATION]]. There's nine of us. Mostly sole traders, landlords, small limited companies, a few farms out towards [[Otley|CITY]]. I'm [[41|AGE]], qualified in [[2011|DATE]], been at this firm since [[2015|DATE]] or so.

AI: How has AI come into your work?

User: Slowly, then all at once, I suppose. [[Sandra Holt|PERSON]], she's one of the two partners, she's quite keen on tech, so about a year ago she got us all [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Excel|SOFTWARE]], the enterprise version. And I'll be honest, the [[Outlook|SOFTWARE]] bit is the bit I use most. Summarising long email threads. You get a client who's sent, like, fourteen emails about one van lease and you just want to know what they actually want.
And then [[Xero|SOFTWARE]] has its own AI bits now, for bank rec suggestions, which are... fine. Hit and miss. It keeps trying to code a particular client's sausage roll purchases as "entertainment", which, to be fair, is probably accurate, ha.

AI: Can you give an example of something you've written with AI help?

User: Yeah, let me find one. So [[January|GENERIC_TIME]] is self-assessment season, it's carnage, and you're chasing people for their paperwork. I had a client, [[Whitaker Joinery|ORGANIZATION]], [[Craig Whitaker|PERSON]], lovely fella but he's a nightmare for receipts. I asked [[Copilot|AI_PRODUCT]] to make my chaser sound firm but not rude, and it came out with:
"Hi [[Craig|PERSON]], just a friendly reminder that we still need your mileage log and the invoices for the [[March|GENERIC_TIME]] to [[April|GENERIC_TIME]] period in order to file your return before the 31st [[January|GENERIC_TIME]] deadline. If we don't receive them by the 20th, you may be charged a late filing penalty of at least £100. Give me a ring if it's easier to go through it over the phone. Cheers, [[Gareth|PERSON]]."
I took out "friendly", because nothing about it was friendly, but otherwise, yeah, sent as is. He sent them the next day. In a carrier bag. But he sent them.

AI: Are there rules at the firm about what you can put into these tools?

User: Yeah, [[Sandra|PERSON]] wrote a one-page policy. No client names or UTRs or National Insurance numbers into anything that isn't the enterprise [[Copilot|AI_PRODUCT]]. Nothing into [[ChatGPT|AI_PRODUCT]] at all, basically. I think some of the juniors do it on their phones anyway. [[Josh|PERSON]], our [[trainee|JOB_TITLE]], he's doing his ACCA exams and he uses [[ChatGPT|AI_PRODUCT]] to explain deferred tax to him, which, honestly, fair enough, I still can't explain deferred tax to anyone.

AI: Has AI changed how you think about your career?

User: A bit. Compliance work, basic bookkeeping, that's going to get squeezed, I think. When I did my degree at [[Leeds Beckett|SCHOOL]] the lecturers were saying the same about cloud accounting and it did squeeze things, but it also meant clients wanted more advice. Like, "should I go limited?" You can't ask a chatbot that and get a good answer because it depends on whether their wife works in the business and whether they're planning to sell in five years and whether they trust their brother-in-law, you know? Actually that last one comes up more than you'd think.
And the Budget — every time [[Rachel Reeves|PUBLIC_FIGURE]] stands up and changes something, the AI tools are months behind on it. I asked one about the new employer NI rates and it gave me last year's. Confidently. So I check everything. That's the job, really. An accountant who doesn't check things is just a person with a calculator. The summaries are usually right. The numbers, when it does numbers, I check every single time. And I've caught it inventing a reference to the tax manuals, like a made-up paragraph number. That was a bit of a wake-up call.

AI: If we want to follow up, what's the best way to reach you?

User: Office line's best, [[0113 496 0721|PHONE_NUMBER]], ask for [[Gareth|PERSON]]. Or [[g.lomax@branniganholt.co.uk|EMAIL_ADDRESS]]. Not in [[January|GENERIC_TIME]] though, I won't answer, ha. Any other time's fine.""")

# 7 Germany, Leipzig - employment lawyer
T.append("""AI: Thank you for participating. Could you briefly describe your professional background?

User: Yes, of course. My name is [[Katrin Vogel|PERSON]], I am a [[lawyer|JOB_TITLE]] — [[Rechtsanwältin|JOB_TITLE]] — specialised in employment law. I have my own small firm in [[Leipzig|CITY]] together with a colleague, [[Vogel & Sauer Rechtsanwälte|ORGANIZATION]]. I am [[38|AGE]]. I was admitted in [[2014|DATE]], after my studies at the [[Universität Leipzig|SCHOOL]] and the Referendariat in [[Dresden|CITY]]. Mostly we represent employees, sometimes works councils, rarely employers.

AI: How do you use AI tools in your practice?

User: Carefully, I would say. Very carefully. The professional secrecy obligations in [[Germany|COUNTRY]] are strict, and of course the GDPR. So for anything with client data, we use nothing that sends data to the [[USA|COUNTRY]]. That excludes a lot. We use [[DeepL|AI_PRODUCT]] Pro, because it is a German company and the contract is clear, for translation — we have many clients who are, for example, from [[Poland|COUNTRY]] or [[Syria|COUNTRY]] and work in logistics at the airport, and sometimes they send documents in their language.
For research, we use [[beck-online|SOFTWARE]], which now has an AI assistant built in. It is, hmm, okay. It finds the commentary quickly. But I always read the source myself.

AI: And general chatbots like [[ChatGPT|AI_PRODUCT]]?

User: [[ChatGPT|AI_PRODUCT]] I use privately, and for things without client data. For example, I write articles for a regional business magazine, and I ask it to make my German less — how do you say — less like a court document. Shorter sentences. My colleague, [[Jonas Sauer|PERSON]], he is more enthusiastic. He uses it to draft the first version of standard letters, but always with placeholders. So he writes "[Mandant]" instead of the name and "[Arbeitgeber]" instead of the company. Then he fills in by hand. I have one here, it is a template he made for a warning response — an Abmahnung. In English it would be roughly:
"Dear Sir or Madam, we hereby notify you that we represent [client]. Our client rejects the warning dated [date] as unfounded. The alleged late arrival on the date in question was due to a documented public transport strike. We request removal of the warning from the personnel file by [deadline]."
So you see, no real data. This is the rule in our office.

AI: Has anything gone wrong with AI use in your experience?

User: Not in our firm, thankfully. But in a case last year the other side, the employer's lawyers, they cited a decision of the highest labour court that did not exist. I checked the file number three times. Then I wrote to the court that the decision could not be found. It was a little embarrassing for them, I think. The judge did not comment directly but, hm, you could see it in her face.
Also, our [[paralegal|JOB_TITLE]], Frau [[Heinemann|PERSON]], she has been with us since the beginning and she is very sceptical. She says the AI is like a trainee who is confident about everything. She is [[61|AGE]] and she has seen many trainees. I think she is right.

AI: Do you think regulation will change how you use these tools?

User: Probably. The AI Act is coming step by step, and [[Ursula von der Leyen|PUBLIC_FIGURE]] talks a lot about trustworthy AI, but for a small firm like ours the practical question is simpler: can I prove where the data goes? If I cannot, I don't use it. The bar association in [[Saxony|CITY]] has also sent guidance. It was very long, of course. German.

AI: Thank you. In case we need to reach you again, how should we contact you?

User: By email: [[k.vogel@vogel-sauer-recht.de|EMAIL_ADDRESS]]. Or by post if you like, our office is at [[Karl-Liebknecht-Straße 88|ADDRESS]], [[04275|ADDRESS]] [[Leipzig|CITY]]. We are in the [[Südvorstadt|CITY]], near the tram. Please not by phone on [[Mondays|GENERIC_TIME]], that is our court day.""")

# 8 Philippines, Cebu - virtual assistant / gig worker
T.append("""AI: Hi, thank you for joining. Can you introduce yourself?

User: Hello po! Sorry, habit. Hi! I'm [[Joy Vasquez|PERSON]], [[31|AGE]], from [[Mandaue|CITY]], that's in [[Cebu|CITY]]. I'm a [[virtual assistant|JOB_TITLE]], freelance, I've been doing [[VA|JOB_TITLE]] work since [[2020|DATE]], like, pandemic time, when the call center I was working at, [[TeleServe Visayas|ORGANIZATION]], cut our hours. I found clients on [[Upwork|ORGANIZATION]] first, and now mostly through referrals. Right now I have three. The biggest is a real estate coach in [[Phoenix|CITY]], [[Arizona|CITY]], Coach [[Rick|PERSON]] — that's what everyone calls him, even his wife, haha. [[Rick Dallaire|PERSON]]. I manage his inbox, his calendar, his podcast show notes. Then a small skincare brand from [[Australia|COUNTRY]], and a dentist's office in [[Texas|CITY]] where I do appointment reminders. So I work [[US|COUNTRY]] hours mostly. Night shift, you know. I sleep from like 8am to 2pm.

AI: How does AI fit into your work as a [[VA|JOB_TITLE]]?

User: Oh my gosh, it changed everything. Before, I was typing show notes from the podcast by listening, pause, type, pause, type. Now I use [[Otter|AI_PRODUCT]] for the transcript and then [[ChatGPT|AI_PRODUCT]] to make the summary and the timestamps. What took four hours takes forty-five minutes. I also use [[Canva|SOFTWARE]] with the magic write thing for the skincare brand's posts, and [[Grammarly|AI_PRODUCT]] always, because my English is good but, you know, prepositions, haha.

AI: Did you tell your clients you use these tools?

User: Hmm, that's a, that's a good question. Coach [[Rick|PERSON]] knows because he actually asked me to use it. He said, [[Joy|PERSON]], I want you to be ten times faster, go learn that AI thing. But my rate didn't go up even if I'm producing more, so... yeah. The dentist's office I don't think they know. They just see the reminders are nicer now. For example I made this template with [[ChatGPT|AI_PRODUCT]]:
"Hi [first name]! This is a friendly reminder from [[Sunrise Family Dental|ORGANIZATION]] that your cleaning is scheduled for [day] at [time]. Reply C to confirm or R to reschedule. We can't wait to see your smile!"
The [[office manager|GENERIC_ROLE]] there, [[Brenda|PERSON]], she said the confirmation rate went up. So, win.

AI: Are there things you worry about with AI in this kind of work?

User: Yes, honestly. My friends in the [[VA|JOB_TITLE]] group chat, we talk about it all the time. If the AI can do the show notes, why will Coach [[Rick|PERSON]] pay a [[VA|JOB_TITLE]] from [[Cebu|CITY]]? Maybe next year he just uses an AI agent. So I'm trying to learn the, like, the higher-level stuff. Automation with [[Zapier|SOFTWARE]], building systems in [[Notion|SOFTWARE]]. Things the client doesn't have time to learn.
And also the data. I have access to Coach [[Rick|PERSON]]'s email. Everything. Bank notifications, his kids' school. I never paste those in [[ChatGPT|AI_PRODUCT]]. Only the podcast stuff, which is public anyway.

AI: How does your family feel about your work?

User: My husband, we call him [[Nonoy|PERSON]], he's a [[jeepney driver|JOB_TITLE]], and he was like, you're talking to a computer all night? Haha. But now I earn more than him so he's not complaining. My daughter [[Sofia|PERSON]] is [[six|AGE]], she thinks [[ChatGPT|AI_PRODUCT]] is my friend. She says, "Mama, ask your friend for a story." So I do. It makes stories about her and our dog. She loves it.
The hard part is the brownouts. When there's a brownout during [[US|COUNTRY]] business hours I go to my cousin [[Mylene|PERSON]]'s house in [[Lapu-Lapu|CITY]] because they have a generator. Clients don't care that there's a typhoon, you know?

AI: If we'd like to follow up, how can we reach you?

User: Sure! Email is [[joy.vasquez.va[at]proton[dot]me|OBF_EMAIL|bracket_at_dot]] — I write it like that on my [[Facebook|SOFTWARE]] page so the scrapers don't get it. Or you can find me on [[Instagram|SOFTWARE]], [[@joyfulva.cebu|SOCIAL_HANDLE]], I post tips for new VAs there. Message me anytime, I'm awake at night anyway, haha.""")

# 9 Australia, Queensland - electrician / sole trader
T.append("""AI: G'day, thanks for joining. Could you tell me a bit about what you do?

User: Yeah, no worries. [[Dean Fitzgerald|PERSON]], most people call me [[Fitzy|PERSON]]. I'm a [[sparky|JOB_TITLE]], an [[electrician|JOB_TITLE]], I run my own business out of [[Toowoomba|CITY]], [[Fitzy's Electrical|ORGANIZATION]]. Been on my own since [[2012|DATE]], before that I did my apprenticeship and a few years with [[Energex|ORGANIZATION]]. I'm [[45|AGE]]. Mostly residential — switchboard upgrades, solar, a bit of commercial for a couple of shops in town.

AI: How did you get into using AI?

User: Ha, my wife, [[Kerry|PERSON]], she does the books, and she was sick of me doing quotes at ten o'clock at night on the kitchen table. She saw a thing on [[Facebook|SOFTWARE]] about [[ChatGPT|AI_PRODUCT]] writing quotes, and she set it up on my phone. Now I sort of just talk to it in the ute. Like, "switchboard upgrade, old ceramic fuses, three-bedroom, add two RCDs, rewire the laundry circuit," and it spits out a quote description that sounds like I went to uni. Then I put the numbers in myself in [[ServiceM8|SOFTWARE]]. Here's one from last week:
"Supply and install new switchboard to replace existing ceramic fuse board. Includes four RCBOs for compliance with AS/NZS 3000, relocation of meter isolator, and testing of all circuits. Certificate of Testing and Safety provided on completion."
I'd never write "relocation of meter isolator". I'd write "move the isolator thing". Customers like the fancy version. They think they're getting more, ha.

AI: Are there areas where you don't trust it?

User: The actual electrical stuff. Mate, it's confident as. I asked it once about cable sizing for a long run out to a shed and it gave me an answer that was... not right for Aussie standards. Would've been undersized. I know that, but some young bloke might not. My [[apprentice|JOB_TITLE]], [[Tayla|PERSON]] — she's second year, she's sharp — I've told her, you can use it to study, but you check everything against the standards book or you ask me. She uses it to make flashcards for [[TAFE|SCHOOL]]. Fair enough.

AI: How about the business side — invoices, marketing?

User: [[Kerry|PERSON]] handles that in [[MYOB|SOFTWARE]]. She's started using the AI in there a bit, but she's old school, she likes to see it. Marketing, I don't really do any, word of mouth in [[Toowoomba|CITY]] is everything. Although [[Kerry|PERSON]] did get it to write a [[Google|SOFTWARE]] review reply when some bloke in [[Rangeville|CITY]] gave us one star because we wouldn't come out on [[Christmas Day|GENERIC_TIME]]. It came out real polite. My version was, let's say, shorter.

AI: Any concerns about privacy with these tools?

User: Not heaps. I don't put in customers' addresses or anything. Although I suppose it's got my voice now, hasn't it? Ha. The only thing I'm careful with is my licence number and my ABN, because those go on every quote and invoice. Like my ABN is [[51 824 753 556|NATIONAL_ID]] — see, it's on everything anyway, it's public, you can look it up. And the electrical licence, [[77419|NATIONAL_ID]], that's on the van. So there's not much private about my trade, really. And honestly, since I started with it, I'm home for tea most nights now. That's the big one. [[Kerry|PERSON]] reckons it's saved our marriage, ha, which is a joke. Mostly. The kids see me more. My eldest, [[Jack|PERSON]], he's [[sixteen|AGE]], he wants to get into the trade too, and he's already asking it questions about solar batteries. I told him, mate, you'll learn it properly first, like I did.

AI: Would you be happy to share a contact for follow-up?

User: Yeah, mobile's the easiest, [[0412 558 903|PHONE_NUMBER]]. If I don't answer I'm up in a roof. Leave a message. Or the business email, [[admin@fitzyselectrical.com.au|EMAIL_ADDRESS]], but that's [[Kerry|PERSON]]'s domain, so be nice, ha.""")

# 10 Mexico, Guadalajara - medical supplies sales rep
T.append("""AI: Hello, thank you for your time. Could you tell me about yourself and your work?

User: Hello, yes, with pleasure. My name is [[Héctor Ruiz Carranza|PERSON]]. I am [[36|AGE]] years old. I work as a [[sales representative|JOB_TITLE]] for a distributor of medical supplies, [[Insumos Médicos de Occidente|ORGANIZATION]]. We are based in [[Zapopan|CITY]], in the metropolitan area of [[Guadalajara|CITY]], [[Jalisco|CITY]]. I visit hospitals and clinics — private ones mostly — and I sell them everything from, um, surgical gloves to catheters to infusion pumps. I have been with the company since [[2017|DATE]].

AI: How has AI become part of your work?

User: Okay, so it started with the voice messages. In [[Mexico|COUNTRY]] everything is [[WhatsApp|SOFTWARE]], every [[purchasing manager|GENERIC_ROLE]], every doctor, they send you audios of three, four minutes. And I'm driving on the Periférico in traffic, I can't listen to all of them. So a friend told me about using [[ChatGPT|AI_PRODUCT]] to transcribe and summarise. Now I forward the audio, it gives me: they want two hundred boxes of nitrile gloves size M, delivery [[Tuesday|GENERIC_TIME]], and they complain about the last invoice. Perfect. Saves me maybe an hour a day. The other big one is proposals. My [[boss|GENERIC_ROLE]], el licenciado [[Ortega|PERSON]], he wants every proposal to look like it came from a multinational. Before I was copying old proposals and changing things and sometimes I forgot to change the hospital name, which is terrible. Once I sent [[Hospital San Javier|ORGANIZATION]] a proposal with the name of another hospital. Very embarrassing. Now I write the key points and ask [[ChatGPT|AI_PRODUCT]] to make a formal letter in Spanish. Like this one, let me read in English for you:
"Dear Dr. [[Medina|PERSON]], following our meeting on [[Thursday|GENERIC_TIME]], we are pleased to present a proposal for the supply of disposable surgical material for the second semester, with a preferential price and a delivery time of 48 hours within the metropolitan area."
Then I adjust the prices myself, of course. The prices I never put in, because the competition... who knows.

AI: Does the company have a policy about AI?

User: Not really, no. Licenciado... no, sorry, I mean, my [[boss|GENERIC_ROLE]] just says use whatever makes you sell more. The company uses [[HubSpot|SOFTWARE]] for the CRM and it has an AI now that writes email follow-ups, but honestly, our clients don't read emails. They read [[WhatsApp|SOFTWARE]]. So I don't use it much.

AI: How does your family see your use of AI?

User: Ha! My wife, [[Lupita|PERSON]], she uses it more than me now. She is a [[nutritionist|JOB_TITLE]], she makes meal plans with it. And my daughter, [[Ximena|PERSON]], she is turning [[fifteen|AGE]] in [[October|GENERIC_TIME]], and we asked [[ChatGPT|AI_PRODUCT]] to help plan the quinceañera. Budget, list of guests, everything. It suggested a DJ playlist with... I don't know, things from the [[United States|COUNTRY]], and my mother was like, no, no, no, there has to be mariachi. So we still needed the grandmother, haha. The risk I see, I think, is accuracy with the medical products. Once it told me a catheter was latex-free and it wasn't. I caught it because I know the catalogue, but a new salesperson maybe not. And the privacy, like patient information. I don't see patient information, but sometimes the nurses send photos of a label and there's a patient name on it. I delete those, I don't put them in the AI.

AI: If we need to contact you again, how can we do that?

User: My email, you can write it down: [[hector punto ruiz arroba imoccidente punto com punto mx|OBF_EMAIL|spanish_arroba_punto]]. And my cell is [[33 1845 2290|PHONE_NUMBER]], but [[WhatsApp|SOFTWARE]] is better, I don't answer unknown calls, too many extortion calls here. Write me first and say you are from the study.

AI: Thank you, [[Héctor|PERSON]]. Anything else you'd like to add?

User: Only that for salespeople, AI is like a good assistant that doesn't know anybody. The relationship is still mine. The doctor buys from [[Héctor|PERSON]], not from [[ChatGPT|AI_PRODUCT]]. For now, at least. Ha. Maybe in five years the hospital will have its own AI and my AI talks to their AI and we both go to watch the football. [[Checo Pérez|PUBLIC_FIGURE]], the races, something like that.""")

# 11 Japan, Osaka - mechanical engineer at auto parts supplier
T.append("""AI: Thank you for joining today. Could you please introduce yourself?

User: Yes. Thank you. My name is [[Mori Takahiro|PERSON]] — ah, in English order, [[Takahiro Mori|PERSON]]. I am [[44|AGE]] years old. I am a [[mechanical engineer|JOB_TITLE]] at [[Kansai Seimitsu Kogyo|ORGANIZATION]], we make brake components and some, um, suspension parts for automotive. Our main plant is in [[Higashiosaka|CITY]], in [[Osaka|CITY]] prefecture. I joined the company in [[April 2005|DATE]], right after graduate school at [[Osaka Metropolitan University|SCHOOL]] — at that time it had a different name, [[Osaka Prefecture University|SCHOOL]].

AI: How do you use AI in your engineering work?

User: In our company there is an internal tool, we call it [[KS-Assist|AI_PRODUCT]]. It is based on, I think, [[Azure OpenAI|AI_PRODUCT]], the IT department made it. Since last year we can use it for documents. Before that, using [[ChatGPT|AI_PRODUCT]] was forbidden completely, because of customer confidentiality. Our biggest customer is [[Denso|ORGANIZATION]], and they are very strict. Very, very strict.
So mainly I use [[KS-Assist|AI_PRODUCT]] for writing reports. For example, the 8D report, when there is a quality problem, we must write the root cause analysis, the countermeasure, in English and Japanese both. My English is... okay, but slow. The AI makes it faster. I write in Japanese, and it makes the English version, and then I check. I can show a little, with no confidential part. This is from a report in [[February|GENERIC_TIME]]:
"Root cause: Insufficient torque on the caliper mounting bolt due to worn socket on assembly line 3. Countermeasure: Replacement of socket and introduction of torque verification at each shift start. Effectiveness will be confirmed over a period of four weeks."
Before, our [[section chief|GENERIC_ROLE]] always corrected my English with red pen. Now he corrects less, haha. But he still corrects.

AI: What about the design work itself, CAD and simulation?

User: For CAD we use [[CATIA|SOFTWARE]] because of the customer requirement, and for simulation [[ANSYS|SOFTWARE]]. The AI inside these tools is not so much used yet. Some younger engineers try to ask the chatbot about FEM settings, mesh size, boundary conditions. I think this is, hmm, a little dangerous. The AI answers very confidently. My colleague, [[Sato|PERSON]]-san, he is more senior than me, he says the AI is like a new graduate who has read every textbook but never touched a real part. I agree with him.

AI: Has AI changed the culture in your team?

User: A little. Meetings are different. Now the meeting minutes are made automatically, from [[Teams|SOFTWARE]] recording. Before, the youngest person always wrote the minutes. That was always [[Nakamura|PERSON]]-kun for three years, haha. Now he is free, he is happy. But some older managers don't like the recording. They say people don't speak honestly when everything is recorded. Maybe true.
Also the language barrier with our plant in [[Thailand|COUNTRY]] became smaller. The Thai engineers and us, both not native English, both use AI, so the emails are now very clear. Maybe too polite, haha. Everybody writes "I hope this message finds you well".

AI: How do you feel about AI personally, outside work?

User: Personally I use it a little. My wife, [[Yuki|PERSON]], she uses it for recipes. My son is in junior high, he uses it for homework, which I worry about. And I use it to check baseball statistics, about [[Shohei Ohtani|PUBLIC_FIGURE]]. Haha. Every morning in the season. It is a small joy.

AI: Would you be willing to share contact details in case we have follow-up questions?

User: Yes. My personal mobile — I will write it in the chat like this: [[０９０－４４１２－７７３０|OBF_PHONE|full_width_digits]]. Sorry, my keyboard was in Japanese mode, it came out wide characters. Is it okay? Please call only after seven in the evening [[Japan|COUNTRY]] time. Or email is fine: [[t.mori.eng@gmail.com|EMAIL_ADDRESS]].""")

# 12 Poland, Wroclaw - bakery owner
T.append("""AI: Thank you for taking part. Could you tell me about yourself and your business?

User: Yes, hello. I am [[Zofia Nowicka|PERSON]], but please, everybody calls me [[Zosia|PERSON]]. I am [[57|AGE]]. I'm a [[baker|JOB_TITLE]], I have a bakery in [[Wrocław|CITY]], in the [[Nadodrze|CITY]] district, [[Piekarnia u Zosi|ORGANIZATION]]. We opened it in [[1994|DATE]], me and my husband [[Henryk|PERSON]], he passed away six years ago, so now it is me and my son [[Bartek|PERSON]] and four employees. Bread, rolls, and at [[Easter|GENERIC_TIME]] the babka, at [[Christmas|GENERIC_TIME]] the makowiec, you know, poppy seed cake. People come from the whole city for my makowiec, I'm not being modest, haha.

AI: How did AI come into the bakery?

User: [[Bartek|PERSON]], of course. He is [[29|AGE]], he studied marketing at the [[Wrocław University of Economics|SCHOOL]], and when he came to work with me he said, Mama, we need to be on [[Instagram|SOFTWARE]], we need [[Facebook|SOFTWARE]], we need a website. And I said okay, you do it. And he uses [[ChatGPT|AI_PRODUCT]] for everything, the posts, the descriptions. He writes in Polish and English because we have many tourists and also students from [[Ukraine|COUNTRY]] and [[India|COUNTRY]] now.
Me, I was afraid of it at first. But then the new allergen rules, all the labelling, I had to make a list of every product with allergens, and it was maybe sixty products. [[Bartek|PERSON]] showed me, you write the recipe, and it makes the allergen list. I still check everything, because if it's wrong and somebody with celiac eats it — no, no. But it saved me many evenings. It does make mistakes too, haha. Once it wrote that our rye bread is gluten-free. Rye! I caught it. And once for [[Instagram|SOFTWARE]] it wrote a post saying our pączki are "a traditional Italian delicacy". My daughter-in-law, [[Ola|PERSON]], she saw it before it was posted, thanks God. She said, Mama, the robot has never been to [[Tłusty Czwartek|GENERIC_TIME]]. That's [[Fat Thursday|GENERIC_TIME]], the day we sell two thousand pączki.

AI: Do you use it for anything in managing the business itself?

User: A little bit. For the employees' schedules, I use [[Excel|SOFTWARE]], and [[Bartek|PERSON]] made it ask [[Copilot|AI_PRODUCT]], like, who is free on [[Saturday|GENERIC_TIME]] morning. And for letters to the sanitary inspection, the [[Sanepid|ORGANIZATION]], those letters must be very formal, and my Polish is good but the official language, oh, it's terrible. So I write what I want to say and ask it to make it official. For example, I have this one — I'll translate:
"In response to the inspection of [[12 March 2024|DATE]], we inform that the cooling equipment in the production room has been replaced, and the temperature log is now kept twice daily in accordance with the recommendations."
Very official, yes? I would never write "in accordance with the recommendations" myself. I would write "we fixed the fridge, okay?"

AI: How do your employees feel about it?

User: Pani... sorry, I mean my oldest [[baker|JOB_TITLE]], [[Krystyna|PERSON]], she has worked with me for twenty-five years, she doesn't care at all. She says the bread doesn't know about AI. The young girl at the counter, [[Wiktoria|PERSON]], she uses it on her phone for her studies. Everybody is different.

AI: Would it be alright to share a contact in case we have follow-up questions?

User: Of course. The bakery is at [[ulica Jedności Narodowej 112|ADDRESS]], come and buy some bread, haha. And my phone, I will say it slowly: [[six-oh-one, 22, three, four five eight|OBF_PHONE|mixed_words_digits]]. That is my mobile. In the morning I'm in the bakery from four, so please call after lunch. Or [[Bartek|PERSON]] can answer emails, [[kontakt@piekarniauzosi.pl|EMAIL_ADDRESS]].

AI: Thank you, [[Zosia|PERSON]]. Is there anything else you'd like to say?

User: Only that I thought AI would be for the big companies, for the banks. But it helps a small bakery also. The bread we still make by hand. Like my mother-in-law taught me. Like [[Robert Lewandowski|PUBLIC_FIGURE]] still has to kick the ball himself, haha, the AI can't do that for him.""")

# 13 Canada, Halifax - real estate agent (Claude the colleague vs Claude the AI)
T.append("""AI: Thanks so much for joining. To start, can you tell me a bit about yourself?

User: Sure! I'm [[Colleen MacIsaac|PERSON]], I'm a [[real estate agent|JOB_TITLE]] — a [[REALTOR|JOB_TITLE]], capital letters, they're very particular about that — with [[Harbourview Realty|ORGANIZATION]] in [[Halifax|CITY]]. I mostly cover [[Dartmouth|CITY]] and [[Bedford|CITY]], some of the [[South Shore|CITY]] in [[summer|GENERIC_TIME]] when the cottage people come out. I'm [[49|AGE]], I got licensed in [[2008|DATE]], which was, uh, great timing, right before the crash. Ha.

AI: How do you use AI in your work?

User: Oh, listing descriptions, for sure. That's the big one. Writing "charming" and "sun-drenched" forty times a month gets old. So I use [[ChatGPT|AI_PRODUCT]] and honestly more and more [[Claude|AI_PRODUCT]] — and, okay, this is funny, because there's a [[Claude|PERSON]] in our office too. [[Claude Arsenault|PERSON]], he's one of our senior agents, Acadian guy, been selling houses since before I was born, practically. So when I say in the office "I asked [[Claude|AI_PRODUCT]]," he'll go, "you didn't ask me anything!" Every single time. It's his bit now. Anyway, here's one from last month, I gave it my notes, like "3 bed, new roof 2021, walk to the lake, kitchen dated," and it gave me:
"Welcome to [[42 Larch Street|ADDRESS]], a sunny three-bedroom family home steps from Lake Banook. Enjoy peace of mind with a newer roof, a spacious backyard, and a kitchen ready for your personal touch."
"Ready for your personal touch" — that's realtor for "dated", ha. The AI learned our code words fast. The sellers loved it. It sold in nine days, over asking.

AI: Are there parts of the job where you don't use it?

User: Negotiations, never. And anything with the client's finances. Like, if someone's going through a divorce and that's why they're selling, I'm not typing that into a chatbot. Our [[broker|GENERIC_ROLE]], [[Deb|PERSON]], sent around a memo saying no client personal info in public AI tools, and I think that's right. Also the photos — we use [[Matterport|SOFTWARE]] for the 3D tours, and there's AI virtual staging now, where it puts fake furniture in an empty room. I use it, but I always label it "virtually staged," because otherwise that's misleading. The regulator would have my head. For marketing, yeah, I use it for my [[Instagram|SOFTWARE]] captions. I'm [[@colleensellshfx|SOCIAL_HANDLE]], by the way, if you want to see my very glamorous life of open houses. My daughter, [[Maeve|PERSON]], she's at [[Dalhousie|SCHOOL]], she rolls her eyes at my captions. She says, Mom, you sound like a [[LinkedIn|SOFTWARE]] post. Which, fair. So now I ask the AI to make it "less cringe" and it kind of works?

AI: Has AI changed your relationship with clients in any way?

User: A bit, yeah. Buyers come in with [[ChatGPT|AI_PRODUCT]] answers now. Like, "[[ChatGPT|AI_PRODUCT]] says this neighbourhood is going to go up 12% next year." And I'm like, okay, [[ChatGPT|AI_PRODUCT]] doesn't know that the school is closing, or that the developer down the road went bust. So in a way I'm doing more myth-busting. It's like when [[Zillow|SOFTWARE]] estimates came in, years ago, the "Zestimate," everyone thought they knew what their house was worth.
The other thing is younger agents. We had a new one, [[Priya|PERSON]], who started [[last spring|GENERIC_TIME]], and she's very quick with all these tools. She does her market reports with AI and they look amazing. But she's still learning how to read a room, you know? AI can't tell you the wife hates the house and the husband loves it.

AI: In case we'd like to follow up, how can we reach you?

User: Cell's best: [[902-555-0148|PHONE_NUMBER]]. I answer everything, it's a curse of the job. Email's [[colleen.macisaac@harbourviewrealty.ca|EMAIL_ADDRESS]]. Oh, and if [[Claude|PERSON]] answers the office phone, tell him the AI sent you. He'll love that.

AI: Thank you, [[Colleen|PERSON]]. Anything else you'd like to add?

User: Just that real estate is a people business, and the AI makes the paperwork part easier, which leaves more time for the people part. At least that's how I use it. I know some agents who are using it to pump out fifty listings a week with no soul. You can tell. The houses can tell, ha.""")

# 14 South Africa, Durban - delivery gig worker and student
T.append("""AI: Hi, thanks for joining the call. Could you tell me a bit about yourself?

User: Hey, sharp. Yeah, I'm [[Sibusiso Dlamini|PERSON]], but everyone calls me [[Sbu|PERSON]]. I'm [[26|AGE]], from [[Umlazi|CITY]], in [[Durban|CITY]]. Right now I'm a [[delivery rider|JOB_TITLE]], mostly for [[Mr D|ORGANIZATION]] and sometimes [[Uber Eats|ORGANIZATION]], on a scooter. And I'm studying part-time, BCom accounting, through [[UNISA|SCHOOL]]. It's slow because of money, but I'm in my third year now. I finished matric in [[2016|DATE]], so yeah, it's been a long road.

AI: How do you use AI, either in the delivery work or your studies?

User: Okay so for the delivery side, it's mostly the apps themselves, you know, the app decides everything. Which orders you get, which route. I don't know if you'd call that AI but it's definitely a robot boss, haha. Sometimes it sends me to [[Umhlanga|CITY]] for like R30 and the traffic on the N2 is crazy. And there's no human to complain to. You message support and a bot answers.
Then for studying, yoh, [[ChatGPT|AI_PRODUCT]] is my tutor. Like seriously. When I'm waiting for orders outside a restaurant, I open my modules and ask it to explain things. Deferred tax, consolidations, that kind of thing. [[UNISA|SCHOOL]] doesn't have lectures like normal varsity, you mostly teach yourself, so it helps a lot. But I'll be honest with you. For the first assignment I used it, like I copied some parts, and I got caught by the [[Turnitin|SOFTWARE]] thing. Not a big case, just a warning, but I was scared. So now I use it to understand, and then I write myself. Also there's a guy in our [[WhatsApp|SOFTWARE]] study group, [[Lwazi|PERSON]], he's really good at this stuff, he showed us how to ask it to quiz you instead of giving answers. That changed everything for me, honestly.

AI: What about money and running your own finances as a gig worker?

User: Eish, that's a whole thing. Load-shedding is better now, but data costs, fuel, scooter repairs. I asked [[ChatGPT|AI_PRODUCT]] to help me make a budget in [[Google Sheets|SOFTWARE]] — see, I'm an accounting student but I didn't have a budget, ha, don't tell my lecturer. It showed me I was spending like R900 a month on airtime and data because I was buying small bundles. Now I buy monthly. Small things like that.
My sister [[Nomvula|PERSON]], she's a [[nurse|JOB_TITLE]] at [[Prince Mshiyeni|ORGANIZATION]], the hospital in [[Umlazi|CITY]], she also uses it now to help write her CV. She wants to go to the [[UK|COUNTRY]], like half the nurses.

AI: Do you have concerns about privacy with the apps or AI?

User: The apps, yes. They track everything, where you are, how fast you drive. With [[ChatGPT|AI_PRODUCT]], I don't put my personal stuff. But you know, for [[UNISA|SCHOOL]] you must type your student number on everything, mine is [[68412235|NATIONAL_ID]], and I once pasted an assignment with the cover page still on. So I guess it knows me now, haha. And my ID number I never put anywhere online, my mother taught me that.

AI: How do you see your future?

User: I want to finish the degree and do articles, become a CA. I think AI will change accounting a lot, maybe the junior work goes. But someone must check the AI, right? My plan is to be that person. Even [[Ramaphosa|PUBLIC_FIGURE]] talks about youth unemployment every year, so I know it's not easy. But I'm trying.

AI: Would you be willing to be contacted again for a follow-up?

User: Yes, for sure. My number is [[oh-eight-two, double-four-seven, one-nine-oh-six|OBF_PHONE|spoken_double]]. I wrote it like how I say it, hey. [[WhatsApp|SOFTWARE]] is best, calls I can't answer when I'm riding. Or email [[sbu.dlamini.za@gmail.com|EMAIL_ADDRESS]]. Thank you for asking about gig workers, nobody ever asks us.""")

# 15 Vietnam, Da Nang - English teacher at a language centre
T.append("""AI: Hello, and thank you for joining. Could you tell me about yourself and your job?

User: Hello! Yes. My full name is [[Nguyễn Thị Thu Hà|PERSON]], but my students call me Ms. [[Hà|PERSON]], or Ms. [[Thu Hà|PERSON]], and my foreign colleagues just say "[[Ha|PERSON]]" without the tone, haha, it's okay. I'm [[33|AGE]]. I'm an [[English teacher|JOB_TITLE]] at [[Bright Path English Centre|ORGANIZATION]] in [[Đà Nẵng|CITY]], in [[Hải Châu|CITY]] district. I teach kids in the afternoon and IELTS classes for adults in the evening. I've taught since [[2015|DATE]], after I graduated from the [[University of Foreign Language Studies|SCHOOL]] here.

AI: How do you use AI in your teaching?

User: Uhm, many ways now. The most is for making materials. For example the kids' classes, I need, like, a short story with the vocabulary of the unit, "farm animals" or "my house", and [[ChatGPT|AI_PRODUCT]] makes it in one minute. Then I put it into [[Canva|SOFTWARE]] with pictures. Before I spent my whole [[Sunday|GENERIC_TIME]] doing this. And for IELTS, I use it to generate, uh, sample answers at band 6, band 7, band 8, so students can see the difference. That is very useful, they understand better when they compare.
Also [[Quizizz|SOFTWARE]] now has AI to make quizzes, I use that for the kids. They love the game, the music, the leaderboard. And the students use AI too. Too much, haha. The IELTS students, they write the essay with [[ChatGPT|AI_PRODUCT]] and then they give it to me and I know immediately. Because, you know, a student who writes "the weather is very hot and I like it" in class suddenly writes "it is imperative to acknowledge the multifaceted nature of urbanisation". Hmm. So I started asking them to write by hand in class. My colleague [[Liam|PERSON]], he's from [[Ireland|COUNTRY]], he was very angry at first, he wanted to report them to the centre. But our [[academic manager|GENERIC_ROLE]], Ms. [[Phương|PERSON]], she said no, we teach them how to use it properly instead. So now we have a lesson on that.

AI: How do you communicate with parents?

User: Everything is [[Zalo|SOFTWARE]]. Every class has a [[Zalo|SOFTWARE]] group with the parents. And they message at ten, eleven at night, "Cô ơi, how is my son doing?" Haha. Sometimes I use [[Gemini|AI_PRODUCT]] to help me write the monthly comments, because for forty kids, writing nice different comments is very tiring. I write short notes in Vietnamese, like "good speaking, lazy homework", and it makes a polite paragraph in Vietnamese and English. Here is one I sent:
"Dear parents, this month [[Minh Khoa|PERSON]] showed great confidence in speaking activities and enjoyed our unit on animals. He could improve by completing homework more regularly. Thank you for your support!"
Oh — I should not say his name. Please remove it.

AI: Of course, we'll take care of that. Are there any concerns you have?

User: Yes. I worry sometimes the centre will think, okay, AI can make the materials, so we pay teachers less. Also I worry about the young kids, they use the AI voice on their parents' phone and they speak to it like a friend. My nephew, he is [[seven|AGE]], he talks to it every night. My husband [[Tuấn|PERSON]] says it's fine, it's good for English, but I don't know.
And about privacy, our [[centre manager|GENERIC_ROLE]] said don't put student names and scores in [[ChatGPT|AI_PRODUCT]]. But I just did it, haha, in the comment, with [[Gemini|AI_PRODUCT]]. So maybe I need to be more careful.

AI: Would you be okay to share a contact for follow-up questions?

User: Sure, sure. My phone is [[O9O5 318 442|OBF_PHONE|letter_o_for_zero]] — oh, I typed the letter O instead of zero, sorry, it's the same, haha, you understand. You can message me on [[Zalo|SOFTWARE]] with that number too. Or [[Facebook|SOFTWARE]], search [[Thu Ha|PERSON]] [[Bright Path|ORGANIZATION]], there is my photo with a cat.

AI: Thank you, [[Hà|PERSON]]. Anything else you'd like to share?

User: Only that I like AI, really. It gives me back my [[Sundays|GENERIC_TIME]]. But the students still need a real teacher to say "good job" and mean it. The AI says "great job" for everything, haha. Even for [[Sơn Tùng M-TP|PUBLIC_FIGURE]] lyrics it says "great job".""")

# 16 Argentina, Rosario - public accountant
T.append("""AI: Thanks for joining. Could you start by telling me about yourself and your work?

User: Sí, hola. Okay, in English. I'm [[Valeria Giménez|PERSON]], I'm a [[contadora pública|JOB_TITLE]], a [[public accountant|JOB_TITLE]], I have my own small practice in [[Rosario|CITY]], in [[Santa Fe|CITY]] province. I'm [[42|AGE]]. I graduated from the [[Universidad Nacional de Rosario|SCHOOL]] in [[2006|DATE]] and I worked at a big firm, [[Estudio Ferraro & Asociados|ORGANIZATION]], for some years, and then in [[2013|DATE]] I opened my own estudio. We are three: me, my partner — business partner, not husband, haha — everybody calls him el [[Colo|PERSON]] because he's red-haired, and a girl who does the admin part, [[Micaela|PERSON]].

AI: What kind of clients do you work with, and how does AI come into it?

User: Mostly monotributistas — that's like the simplified tax regime for small businesses — and small companies. A hairdresser, a few kioscos, a mechanic, two or three doctors, a guy who sells empanadas in [[Funes|CITY]]. So a lot of the work is the same every month: invoices, the categories, the declarations to [[AFIP|ORGANIZATION]] — well, now it's called [[ARCA|ORGANIZATION]], they changed the name, but everybody still says [[AFIP|ORGANIZATION]].
And the problem in [[Argentina|COUNTRY]] is the rules change all the time. Every month there is a new resolución, a new regime, inflation adjusts the categories. So I started using [[ChatGPT|AI_PRODUCT]] to read the resolutions and make me a summary. It's not perfect, sometimes it mixes with old rules, so I always go back to the official text. But to get the idea quickly, it's great. Also we use [[Tango Gestión|SOFTWARE]] for the accounting, and [[Excel|SOFTWARE]], always [[Excel|SOFTWARE]], of course.

AI: Could you share an example of something you wrote with AI?

User: Yes, wait, I have a message I sent to all the clients on [[WhatsApp|SOFTWARE]] last month — sorry, let me translate it as I read:
"Hola! We remind you that this month is the recategorización of the monotributo. Please send us before the 15th your total invoicing of the last 12 months and the electricity bill of your business. Any doubt, write to us. Saludos, [[Estudio Giménez|ORGANIZATION]]."
I wrote it like in three lines, very dry, and [[ChatGPT|AI_PRODUCT]] put the "Hola!" and the nice words. [[Micaela|PERSON]] says the clients respond more when the message is friendly. People are people.

AI: Are there things you won't put into these tools?

User: The CUIT numbers, the passwords to the [[AFIP|ORGANIZATION]]... I mean the tax portal, the bank stuff. Never. Although, look, my own CUIT, [[27-28456193-4|NATIONAL_ID]], is on every invoice I issue, so it's not a secret. But the clients' data, no. Also the clients themselves are a little afraid. One of them, Don [[Rubén|PERSON]], he has a hardware store in [[Fisherton|CITY]], he's like [[75|AGE]], he asked me, "[[Vale|PERSON]], the robot is going to tell the government how much I really sell?" Haha. I said, Don [[Rubén|PERSON]], the government already knows. Or not. Better not to ask.

AI: How do you feel about the future of your profession with AI?

User: Hmm. Mixed. The repetitive part, yes, that can go. But accounting in [[Argentina|COUNTRY]] is half accounting and half psychology, you know? With inflation, with [[Milei|PUBLIC_FIGURE]] changing everything, people are anxious. They call me at nine at night, "[[Vale|PERSON]], what do I do with my dollars?" The AI doesn't calm them down. I do. Also el [[Colo|PERSON]] says the AI will never understand the Argentine tax system because nobody understands it, not even the people who wrote it, haha.
My son, [[Thiago|PERSON]], he's [[twelve|AGE]], he already uses it for school, and I try to teach him that it can be wrong. I show him when it gives me wrong tax rates. He thinks it's funny that his mother corrects the computer.

AI: Would you be open to a follow-up? How could we contact you?

User: Claro. Email is [[vgimenez@estudiogimenez.com.ar|EMAIL_ADDRESS]], or the office phone [[0341 455-8120|PHONE_NUMBER]]. The office is on [[Córdoba 1452|ADDRESS]], in the centre of [[Rosario|CITY]], near the Monumento. But please not in the first two weeks of the month, those are the deadlines, I am like a zombie. Okay? Thank you, it was nice to talk about this.""")

# 17 Egypt, Alexandria - civil engineer
T.append("""AI: Thank you for joining us. Could you please introduce yourself?

User: Thank you, happy to be here. I'm [[Karim Abdelrahman|PERSON]], I'm a [[structural engineer|JOB_TITLE]], I work for a contractor called [[Nile Delta Construction|ORGANIZATION]], based in [[Alexandria|CITY]]. I'm [[35|AGE]]. I graduated from [[Alexandria University|SCHOOL]], Faculty of Engineering, in [[2012|DATE]]. Now I'm mostly on site, we are building a residential compound in [[Borg El Arab|CITY]], around fourteen buildings, plus I do some design checks in the office in [[Smouha|CITY]].

AI: How does AI fit into your work?

User: Okay, so, on the design side, we use [[ETABS|SOFTWARE]] and [[SAFE|SOFTWARE]] for analysis, [[AutoCAD|SOFTWARE]] for drawings, and for planning [[Primavera|SOFTWARE]]. These don't really have AI, or very little. Where I use AI is more, um, communication and documentation. Like the method statements, the RFIs, the letters to the [[consultant|GENERIC_ROLE]]. In [[Egypt|COUNTRY]] projects, the [[consultant|GENERIC_ROLE]] is very important, they approve everything, and the letters must be formal English. My English is good but writing formal letters all day is exhausting. So I write the points and [[ChatGPT|AI_PRODUCT]] makes it formal.
Also for checking code clauses. I ask it, according to the Egyptian code, what is the minimum cover for a footing exposed to groundwater? And it gives me an answer, but — this is important — sometimes it invents the clause number. So I use it only to remind me where to look, then I open the code book myself.

AI: Could you give an example of a letter you wrote with it?

User: Sure, I have one from last week, about a delay in concrete delivery:
"Dear Eng. [[Samir|PERSON]], please be advised that the casting of the raft foundation for Building B7 scheduled for [[Sunday|GENERIC_TIME]] has been postponed due to the unavailability of ready-mix trucks from the supplier. We will notify you of the revised date within 48 hours. Best regards."
My original was two lines in Arabic, haha, very angry at the supplier. The AI removed the anger. That's the most useful feature, removing the anger.

AI: How do your colleagues and managers feel about using it?

User: The site manager, Eng. [[Hossam|PERSON]], he's old school, he says in his time they wrote everything by hand and the buildings are still standing. Which is true! But he also asks me to write his letters now, haha, so I think he knows. The young engineers, they use it for everything, even to calculate quantities, which I don't like, because if you don't understand the calculation you can't see the mistake. A mistake in reinforcement quantity is not a small mistake, it's money and it's safety.
The company, there's no written policy yet. Our [[HR|GENERIC_ROLE]] sent an email once saying don't share project drawings on public websites, but nothing specific about AI. I think they will, eventually.

AI: Has it changed anything in your personal life?

User: Hmm, a little. My wife, [[Mai|PERSON]], she's a [[pharmacist|JOB_TITLE]], she uses it to check drug interactions sometimes — not to decide, just to double check. And I use it to plan trips. [[Last summer|GENERIC_TIME]] we went to [[Marsa Matrouh|CITY]] and it made the whole plan. Also, honestly, I use it to understand football tactics, haha. When [[Mohamed Salah|PUBLIC_FIGURE]] plays, I ask it why the coach changed formation. My friends say this is the most Egyptian use of AI.

AI: If we need to reach you again, what's the best way?

User: Email is best, but write it carefully: [[karim.abdelrahman (at) ndc-eg (dot) com|OBF_EMAIL|paren_at_dot]]. I write it like that on forums because of spam. Phone I prefer not, I'm on site, it's noisy, I can't hear anything. Also [[WhatsApp|SOFTWARE]] if needed, but email first please. Thank you, this was interesting, nobody asks engineers about this.""")

# 18 Ireland, Galway - solicitor
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself and your practice?

User: Of course. I'm [[Niamh O'Callaghan|PERSON]], I'm a [[solicitor|JOB_TITLE]] with [[Corrib Solicitors|ORGANIZATION]] in [[Galway|CITY]]. It's a small general practice — conveyancing, wills and probate, a bit of family law, and a lot of farmers, because we're the first stop for half of [[Connemara|CITY]], it feels like. I qualified in [[2011|DATE]], did my degree at [[University of Galway|SCHOOL]] back when it was still [[NUI Galway|SCHOOL]], and then [[Blackhall Place|SCHOOL]] for the professional course. I'm [[39|AGE]], if that matters.

AI: How do you use AI tools in your day-to-day work?

User: So, cautiously, like everyone in this profession, I'd say. Our practice management system is [[Clio|SOFTWARE]], and it has some AI features now, for summarising matters and drafting emails. And we have [[Copilot|AI_PRODUCT]] through our [[Microsoft 365|SOFTWARE]] licence. Now — funny thing — our [[practice manager|GENERIC_ROLE]] is [[Clíodhna|PERSON]], and everyone calls her [[Clio|PERSON]]. So when someone says "ask [[Clio|PERSON]]", nobody knows whether they mean her or the software. She's threatened to change her name to "the human one". Ha.
Mostly I use [[Copilot|AI_PRODUCT]] for first drafts of standard letters and for summarising long documents. A probate file can have, I don't know, three hundred pages of bank statements and correspondence. Getting a summary of what's in there saves hours. But I never rely on it for the law itself. There was that case in the [[States|COUNTRY]], you'll have heard of it, where the lawyers submitted fake cases from [[ChatGPT|AI_PRODUCT]]. The [[Law Society|ORGANIZATION]] has sent guidance and it's basically: you are responsible for everything with your name on it.

AI: Could you give me an example of a letter you've drafted with AI?

User: Yeah, I've one here. A client — I'll call him the farmer in [[Oughterard|CITY]], that's vague enough — needed a letter to a neighbour about a right of way dispute. I gave [[Copilot|AI_PRODUCT]] the facts with the names taken out and it drafted:
"We act on behalf of our client in relation to the right of way over the lane adjoining his lands. Our client has enjoyed uninterrupted use of this lane for in excess of twenty years. We would ask that the gate recently erected be removed within fourteen days of the date of this letter."
I tweaked it. The phrase "in excess of" is pure legalese, so the AI has definitely read a lot of our letters, ha. It was grand, actually, it saved me maybe twenty minutes.

AI: Are there any concerns about confidentiality or data protection?

User: Absolutely. Client confidentiality is the whole job. We have a rule: nothing identifying goes into any AI tool that isn't inside our own [[Microsoft 365|SOFTWARE]] tenancy. So no [[ChatGPT|AI_PRODUCT]] for client work. Our [[trainee|JOB_TITLE]], [[Darragh|PERSON]], he got a bit of a telling-off last year because he pasted a contract into a free tool to get it summarised before a meeting. No harm came of it, but the [[principal|GENERIC_ROLE]], Mr. [[Fahy|PERSON]], gave him a lecture he won't forget. [[Darragh|PERSON]] now says "data protection" in his sleep, I'd say.
Also, the other thing is the clients. A lot of our clients are older, in their seventies, eighties, and they want to sit down across the desk and talk. They don't care if I used AI for the letter as long as I'm the one who explains it to them.

AI: How do you think AI will affect smaller practices like yours?

User: Honestly? I think it could help us compete with the big [[Dublin|CITY]] firms. They've armies of trainees doing document review. We've [[Darragh|PERSON]]. If the AI can do some of that grunt work, a small firm in the west of [[Ireland|COUNTRY]] can take on bigger matters. But the bigger firms will have the better tools, the bespoke ones. So, I don't know. I'm hopeful, in a cautious Irish way.

AI: If we'd like to follow up, how can we reach you?

User: Email's best, but I'll say it the long way: [[niamh dot ocallaghan at corribsolicitors dot ie|OBF_EMAIL|spelled_at_dot]]. Or the office is at [[4 Dominick Street|ADDRESS]], [[Galway|CITY]], [[H91 T6X2|ADDRESS]] — post still works, believe it or not, we get more post than email from some clients. Phone the office and ask for [[Niamh|PERSON]], [[091 568 233|PHONE_NUMBER]]. Not a [[Friday|GENERIC_TIME]] afternoon though, that's closings.""")

# 19 New Zealand, King Country - sheep and beef farmer
T.append("""AI: Kia ora, thanks for joining. Could you tell me a bit about yourself and your farm?

User: Kia ora. Yeah, I'm [[Hemi Parata|PERSON]], [[sheep and beef farmer|JOB_TITLE]] out the back of [[Te Kūiti|CITY]], in the [[King Country|CITY]]. About 600 hectares, hill country, mostly Romney ewes and some Angus cattle. I'm [[61|AGE]]. Took the farm over from my dad in [[1991|DATE]], so I've been at it a while. My son [[Tama|PERSON]] works with me now, and my wife [[Aroha|PERSON]] does the books and most of the thinking, eh.

AI: How did AI come into your work on the farm?

User: Honestly, paperwork. There's a lot of it now. We had to do a farm environment plan for the regional council — [[Waikato Regional Council|ORGANIZATION]] — and for our meat processor, it's all about nitrogen and sediment and wetlands and whatnot. Pages and pages. [[Tama|PERSON]] showed me [[ChatGPT|AI_PRODUCT]] and we used it to, you know, turn my notes into the kind of words the council wants. Like, I'd say "fenced off the gully by the woolshed so the cows don't muck up the creek" and it'd write "riparian margin protection has been implemented to reduce sediment and E. coli loss to waterways." Ha! Same thing, sounds better.

AI: What else do you use it for?

User: Not heaps else, to be honest. [[Aroha|PERSON]] uses the AI in [[Xero|SOFTWARE]] a bit. And [[Tama|PERSON]], he's the tech one, he uses [[FarmIQ|SOFTWARE]] for the stock records and he's always asking [[ChatGPT|AI_PRODUCT]] about drench resistance and pasture covers. I'm more, ah, I'll ask it something when I'm stuck, like the weather models, or to explain some new rule from [[Wellington|CITY]]. The rules change every time the government changes. One year it's [[Jacinda Ardern|PUBLIC_FIGURE]]'s lot telling you to fence every creek, next year it's the other lot saying never mind. The AI doesn't know what the current rule is half the time, either. So I ring [[Beef + Lamb|ORGANIZATION]] or I ring the vet.

AI: Do you trust the information it gives?

User: About as much as I trust the [[stock agent|JOB_TITLE]], ha. No, that's not fair to [[Gavin|PERSON]], he's a good bloke. Look — it's useful for a first go, but it doesn't know this farm. It doesn't know that the back paddock floods every [[winter|GENERIC_TIME]] or that the shearing gang only comes when [[Bazza|PERSON]] can round them up. [[Bazza|PERSON]]'s our [[shearing contractor|JOB_TITLE]], been coming out since [[Tama|PERSON]] was a baby. No AI is going to sort out a shearing gang, I'll tell you that for free.
There was one time it told me a drench product that's not even registered in [[New Zealand|COUNTRY]]. American, I think. So you've got to have your wits about you.

AI: How do you think AI will change farming for the next generation?

User: For [[Tama|PERSON]]'s lot, it'll be normal, won't it. Drones, sensors, all that. There's already collars for cows that let you shift them with your phone, virtual fencing. I reckon the paperwork side will get easier, and that's a good thing, because farmers didn't get into farming to fill in forms. But the worry is the young ones trust the screen more than their eyes. You still have to walk the hill and look at the stock. That doesn't change.
And there's the cost, eh. Every subscription, every app, it all adds up. Lamb prices aren't what they were.

AI: Would you be willing to share a contact in case we have follow-up questions?

User: Yeah, sure. Mobile coverage is patchy out here, but try [[021, then 447, then 8092|OBF_PHONE|split_with_words]]. Evenings are best, after the dogs are fed. Or email, [[parata.farm@xtra.co.nz|EMAIL_ADDRESS]] — that's [[Aroha|PERSON]]'s really, she'll pass it on. Or if you're ever passing, the address is [[1450 Mangaokewa Road|ADDRESS]], [[RD 3|ADDRESS]], [[Te Kūiti|CITY]]. Come for a cuppa.""")

# 20 Indonesia, Yogyakarta - batik small business owner
T.append("""AI: Thank you for joining us. Could you introduce yourself and your business?

User: Yes, thank you. My name is [[Sri Wahyuni|PERSON]], but people call me Bu [[Yuni|PERSON]]. I am [[50|AGE]] years old. I have a small batik business in [[Kotagede|CITY]], [[Yogyakarta|CITY]], the name is [[Batik Ndalem Yuni|ORGANIZATION]]. We make batik tulis, hand-drawn, and also cap, the stamped one, because tulis is very expensive and not everybody can buy. I started in [[2008|DATE]], before that I was a [[batik maker|JOB_TITLE]] for another workshop, and my mother also, and her mother also. So it is in the family.

AI: How did AI come into your business?

User: Because of my nephew, [[Fajar|PERSON]]. He is studying at [[UGM|SCHOOL]], informatics, and he helps me with the online shop. We sell on [[Shopee|SOFTWARE]] and [[Tokopedia|SOFTWARE]], and [[Instagram|SOFTWARE]] also. Before, I wrote the product description myself, very short, like "batik tulis, cotton, 2 metres, motif parang." And [[Fajar|PERSON]] said, Bu, nobody will buy with this description. So he showed me [[ChatGPT|AI_PRODUCT]], and now the description tells the story of the motif, the meaning, how long it takes to make. The sales went up, maybe thirty percent? I am not sure exactly, but more.
Also [[Gemini|AI_PRODUCT]], because it is on my [[Android|SOFTWARE]] phone already. I talk to it in Indonesian, sometimes in Javanese even, haha, it understands a little bit.

AI: Could you share an example of a product description you made?

User: Yes, this one is for a scarf, I will read the English version because we also have buyers from [[Malaysia|COUNTRY]] and [[Singapore|COUNTRY]]:
"This hand-drawn batik scarf features the Sido Mukti motif, traditionally worn at Javanese weddings as a symbol of prosperity and happiness. Each piece takes our artisans up to three weeks to complete using natural indigo dyes."
Nice, yes? I told it the information, the motif, the dye, the time, and it wrote like this. But one time it wrote that the motif was from [[Solo|CITY]] when it is from [[Yogyakarta|CITY]] style. Small mistake for them, big mistake for us! People from [[Solo|CITY]] and people from [[Yogyakarta|CITY]] will argue about batik forever, haha.

AI: Do your workers use AI too?

User: I have seven ibu-ibu, ladies who do the canting, drawing with wax. They are older, they don't use it. One of them, Bu [[Parmi|PERSON]], she is the best, she has been drawing batik for forty years, her hands are, how to say, magic. She asked me once, can the AI draw batik? And I showed her the picture AI, [[Midjourney|AI_PRODUCT]], [[Fajar|PERSON]] made one "batik style". She laughed. She said this is not batik, this is a picture of batik. Which is true. Batik is the wax, the dye, the process. The picture is nothing.
But I do worry a little. There are factories that print batik patterns on cloth, cheap, from [[China|COUNTRY]] even, and now with AI they can make new patterns very fast. So the real batik makers have to explain why we are different. AI helps me explain, which is a little bit funny.

AI: Is there anything you are careful about when using AI?

User: Yes. The price, I never ask the AI. Because it does not know the price of wax and cloth in [[Yogyakarta|CITY]]. And the customer data from [[Shopee|SOFTWARE]], the names and addresses, I don't put in. [[Fajar|PERSON]] told me this is dangerous. Also I don't show it my new motif designs, because people can copy.
And the video, for [[TikTok|SOFTWARE]], [[Fajar|PERSON]] uses [[CapCut|SOFTWARE]] with AI voice. I don't like that voice, it sounds like a robot. I prefer my own voice, even if my voice is, haha, not so beautiful.

AI: If we would like to contact you again, how can we do that?

User: You can message on [[WhatsApp|SOFTWARE]], [[0812-2734-9051|PHONE_NUMBER]]. Or [[Instagram|SOFTWARE]], [[@batik.ndalemyuni|SOCIAL_HANDLE]]. If you come to [[Yogyakarta|CITY]], please visit the workshop, it is on [[Jalan Mondorakan 27|ADDRESS]], near the old market. [[Jokowi|PUBLIC_FIGURE]] wore batik to every event, you know, so we hope more young people will wear it too. Come, I will show you how to use the canting.""")

# 21 USA, El Paso - freelance graphic designer
T.append("""AI: Hey, thanks for joining. Could you tell me a little about yourself and your work?

User: Hi! Yeah, so, I'm [[Lena Marquez|PERSON]], I'm a freelance [[graphic designer|JOB_TITLE]] and [[illustrator|JOB_TITLE]], based in [[El Paso|CITY]], [[Texas|CITY]]. I'm [[28|AGE]]. I graduated from [[UTEP|SCHOOL]] in [[2019|DATE]] with a BFA, worked at a little ad agency downtown, [[Sunland Creative|ORGANIZATION]], for like two years, and then went freelance in [[2022|DATE]]. Mostly branding for small businesses — restaurants, a couple breweries, a yoga studio — and some editorial illustration when I can get it.

AI: How has AI affected your work as a designer?

User: Ugh, okay. Big question. [laughs] So, it's complicated. On one hand, I use some AI tools every single day. Like [[Photoshop|SOFTWARE]]'s generative fill is honestly amazing for boring stuff — extending a background, removing a random guy from a photo of a taco truck. That used to be an hour of cloning and now it's ten seconds. And [[Adobe Firefly|AI_PRODUCT]] for quick mockups. I'm fine with those because, like, they say it's trained on licensed stuff? Supposedly?
On the other hand, [[Midjourney|AI_PRODUCT]] and the image generators... they were trained on artists' work without permission, including people I know. People would literally type "in the style of [[Greg Rutkowski|PUBLIC_FIGURE]]" into it. So I don't use those for client work, like, as a personal rule.

AI: Have clients asked you to use AI, or asked whether you do?

User: Oh, both. One client, [[La Gordita Feliz|ORGANIZATION]] — it's a taco spot in [[Sunland Park|CITY]], the owner is this amazing lady, Doña [[Chela|PERSON]] — she asked me, mija, can't the computer just make the logo? Why am I paying you? And I was like, okay, let's try it. We sat down and made like forty [[Midjourney|AI_PRODUCT]] logos together and they were all... generic. Like, every taco logo in the world mashed into one. She looked at them and said, "ninguno tiene alma." None of them have soul. So I did it by hand, she loved it, and now she tells everybody. Best marketing I ever got.
But then I also lost a client — a brewery up in [[Las Cruces|CITY]] — because they decided to just do their can labels with AI. And, I mean, I get it, margins are tight. It still stings though.

AI: What about the business side of freelancing?

User: Oh yeah, that's where I use [[ChatGPT|AI_PRODUCT]] a ton. Proposals, contracts — well, templates, I had a lawyer look at the real one — and emails where I need to, like, chase invoices without sounding desperate. Here's one I literally sent last week:
"Hi [[Marcus|PERSON]]! Just following up on invoice #0347 for the brand refresh, which was due on the 15th. I know things get busy — would you be able to process it this week? Happy to resend if it got lost. Thanks so much!"
My original draft was "hey where's my money" lol. My mom, [[Rosario|PERSON]], she's a [[bookkeeper|JOB_TITLE]], she read the AI version and said that's too nice, you should add late fees. She's not wrong.

AI: Do you think AI will change the design field long-term?

User: Yeah, definitely. Entry-level stuff is already gone, kind of — the $50 logo on [[Fiverr|ORGANIZATION]], that's AI now. What's left is taste, strategy, knowing the client. And illustration, real illustration, I think people will pay more for it eventually, like handmade furniture vs flat-pack. Or that's what I tell myself at 2am, haha. My friend [[Isa|PERSON]] from design school switched to UX research because she thinks visual design is cooked. Maybe she's right. I hope not.

AI: If we want to follow up, where can we find you?

User: My portfolio's at [[lenamarquez.design|URL]], and I'm on [[Behance|SOFTWARE]] too, [[behance.net/lenamarq|URL]]. [[Instagram|SOFTWARE]] is [[@lenadraws915|SOCIAL_HANDLE]], that's where I post process videos. Email is [[hello​@​lenamarquez.design|OBF_EMAIL|zero_width]] — oh wait, I copied that from my site and I put invisible characters in it so scrapers don't grab it, so you might have to retype it. Sorry, designer brain.""")

# 22 Colombia, Huila - coffee grower and cooperative rep
T.append("""AI: Buenas tardes, and thank you for joining. Could you tell me about yourself?

User: Buenas tardes, con mucho gusto. Okay, my English is not perfect, I try. I am [[Jhon Fredy Castaño|PERSON]], I am [[47|AGE]] years. I am a [[coffee grower|JOB_TITLE]] — [[caficultor|JOB_TITLE]] — in [[Pitalito|CITY]], in the south of [[Huila|CITY]]. My farm is small, four hectares, Caturra and Castillo variety, and some Geisha now, because the buyers pay more for Geisha. Also I am the representative of my vereda in the cooperative, [[Cooperativa Cafetalera del Sur|ORGANIZATION]], so I go to the meetings and I bring the information to the other families.

AI: How did you start using AI?

User: It was my daughter, [[Yurani|PERSON]]. She studies at the [[SENA|SCHOOL]], a course in quality of coffee, cupping, and she uses it for everything. One day a buyer from [[Australia|COUNTRY]], from [[Melbourne|CITY]], wrote to me in English, a long message about the lot, the cup score, the price. And I did not understand everything. [[Yurani|PERSON]] put it in [[ChatGPT|AI_PRODUCT]] and it explained me in Spanish, and then helped me to answer in English. Since that, I use it myself. I talk to it with the voice, in Spanish, because typing in the phone with my fingers, no, haha, my fingers are for picking coffee.

AI: What kind of things do you ask it?

User: Many things. The weather, the rust — la roya, the disease of the leaves. I take a photo and I ask what is this, and it says maybe it is roya, maybe it is a deficiency of nutrients. Then I confirm with the technician of the [[Federación|ORGANIZATION]], the extensionist, because the AI is not always correct. And prices, I ask about the price in [[New York|CITY]], the bolsa, but it does not know the price of today. For that I look at the app of the [[Federación|ORGANIZATION]].
Also I use it for the cooperative. We write a letter to the municipality, to the alcaldía, asking for the road to be fixed, because in the rainy season the trucks cannot pass. I told it the problem and it wrote very formal, very nice. Here, I have the start:
"Respetado señor alcalde: Las familias caficultoras de la vereda [[La Esmeralda|CITY]] solicitamos respetuosamente la intervención de la vía terciaria..."
In English, we respectfully request the repair of the road. It sounds like a lawyer wrote it, haha. The mayor answered in two weeks. Before, never answered.

AI: Has it changed how you sell your coffee?

User: A little, yes. Before, all the coffee went to the cooperative at the normal price. Now for the special lots, I can write directly to buyers, with the description, the story of the farm, the altitude, the process. [[Yurani|PERSON]] made with the AI a small text about our farm, [[Finca El Mirador|ORGANIZATION]], with photos, and she put it on [[Instagram|SOFTWARE]]. One buyer from [[Japan|COUNTRY]] found us there. [[Japan|COUNTRY]]! From [[Pitalito|CITY]]! We sold him twelve sacks last harvest.
But I must say, not every farmer can do this. My neighbour, Don [[Aurelio|PERSON]], he is [[70|AGE]], he does not have a smartphone, he does not read very well. For him, the AI is nothing. So I help him when I can.

AI: Do you have any worries about these tools?

User: Some. The buyers, sometimes I think they also use AI, to negotiate, to write, and I don't know if I talk with the person or with the machine. And also the privacy — my identity card, my bank account, I never put it there. And the farm location, I don't put exactly, because there is, you know, security. In [[Colombia|COUNTRY]] you have to be careful who knows where you live.

AI: If we need to contact you again, how can we do it?

User: Better [[WhatsApp|SOFTWARE]]. The number I say in Spanish, like I say it to everybody: [[tres uno cinco, cuatro cuatro ocho, dos siete cero uno|OBF_PHONE|spanish_number_words]]. [[Yurani|PERSON]] will help me if it is in English, haha. And if you come to [[Huila|CITY]], you drink coffee with us. The best coffee of the world, not [[Juan Valdez|PUBLIC_FIGURE]], ours.""")

# 23 Turkey, Izmir - textile export sales manager
T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your job?

User: Hello, thank you for having me. I'm [[Ayşe Demirtaş|PERSON]], I'm [[37|AGE]], and I'm an [[export sales manager|JOB_TITLE]] at [[Özkan Tekstil|ORGANIZATION]] — we're a home textiles manufacturer in [[İzmir|CITY]], in the [[Torbalı|CITY]] industrial zone. Towels, bathrobes, bed linen, mostly for European retailers. I've been here since [[2015|DATE]]. Before that I was at [[Ege University|SCHOOL]], I studied textile engineering, and then I realised I like talking to people more than to machines, so, sales, haha.

AI: How does AI fit into your daily work?

User: Honestly, every day. Email is the biggest part of my job — I have customers in [[Germany|COUNTRY]], the [[Netherlands|COUNTRY]], [[Denmark|COUNTRY]], and I write maybe sixty, seventy emails a day. My English is good, my German is, eh, medium. So I use [[DeepL|AI_PRODUCT]] for German and [[ChatGPT|AI_PRODUCT]] for, how to say, tone. Because a German buyer and a Dutch buyer want very different emails. The German wants everything precise, numbers, dates. The Dutch wants it short and direct. The Danish, they want you to be friendly but not too friendly, haha.
Also our ERP is [[SAP|SOFTWARE]], and for the reports I export to [[Excel|SOFTWARE]] and ask [[Copilot|AI_PRODUCT]] to help me make the pivot tables. I was terrible at pivot tables. Now I'm just bad. Progress.

AI: Could you share an example of an email you wrote with AI help?

User: Sure, one second. This is to a customer in [[Düsseldorf|CITY]], Herr [[Brandt|PERSON]], from [[Kaufhaus Lindner|ORGANIZATION]], about a delay — the dyehouse had a problem, and we were late maybe ten days. I wrote in Turkish first, very emotional, apologising too much, you know how we are, and [[ChatGPT|AI_PRODUCT]] made it like this:
"Dear Mr. [[Brandt|PERSON]], due to an unexpected technical issue at our dyeing facility, shipment of order 24-0815 will be delayed by approximately ten days. The revised ETD is the end of next week. We sincerely apologise for the inconvenience and have prioritised your order for the next production slot."
Short, clear, no drama. He replied "Thank you for the early information." That's a very happy German, haha.

AI: How does your company feel about using these tools?

User: My boss, [[Mehmet|PERSON]] Bey — the owner's son, he runs the export side now — he's very positive. He's young, he's [[41|AGE]], he went to university in [[England|COUNTRY]], he loves new things. He actually pays for [[ChatGPT|AI_PRODUCT]] for the whole sales team. The older generation, his father, [[Hasan|PERSON]] Bey, he doesn't really know what we do on the computer. He just looks at the orders. If orders are good, everything is good.
There is one rule: no price lists and no customer contracts in the AI. Because if a competitor in [[Denizli|CITY]] or [[Bursa|CITY]] gets our prices, we are finished. Textile in [[Turkey|COUNTRY]] is very competitive, everybody knows everybody.

AI: Has it changed your role or your career plans?

User: A little. Before, half my job was writing, now maybe a quarter. So I have more time for visiting customers, for fairs — Heimtextil in [[Frankfurt|CITY]] every [[January|GENERIC_TIME]], that's the big one. I think this is good, because relationships are what sell towels. No AI is going to drink beer with a buyer in [[Frankfurt|CITY]], haha. But the younger colleagues, I worry a little, they don't learn to write a good email themselves, they always ask the machine.

AI: In case we want to follow up, how can we reach you?

User: Of course. Email is [[ayse AT ozkantekstil DOT com DOT tr|OBF_EMAIL|caps_at_dot]] — I write it like this on [[LinkedIn|SOFTWARE]] so the spam bots don't get it. And on [[LinkedIn|SOFTWARE]] you can find me too, search [[Ayşe Demirtaş|PERSON]], [[Özkan Tekstil|ORGANIZATION]]. Phone I prefer not, I'm always travelling. Thank you, it was fun to talk about this.""")

# 24 Spain, Valencia - primary school teacher
T.append("""AI: Hola, thanks for joining. Could you tell me a bit about yourself?

User: Hola! Yes, so, I'm [[Núria Ferrer|PERSON]], I'm a [[primary school teacher|JOB_TITLE]] — [[mestra|JOB_TITLE]], in Valencian — at [[CEIP Mestre Ramon Soler|SCHOOL]], it's a public school in [[Benimaclet|CITY]], in [[Valencia|CITY]]. I'm [[45|AGE]], I've been teaching since [[2004|DATE]], first as an interim, moving around, in [[Alzira|CITY]], in [[Gandia|CITY]], everywhere, and then I got my fixed position here in, uh, [[2012|DATE]], I think. This year I have fifth grade, twenty-three kids, ten and eleven years old.

AI: How do you use AI in your work as a [[teacher|JOB_TITLE]]?

User: Hmm, I'm a bit, how do you say, a late adopter? My colleague [[Pepa|PERSON]] — well, [[Josefa|PERSON]], but nobody calls her that — she started with [[ChatGPT|AI_PRODUCT]] two years ago and she kept showing me things in the staff room, look, it made me a whole unit about the water cycle, with activities, with a rubric. And I was like, okay, okay. Now I use it mostly for three things: adapting texts for kids with different levels, especially the newcomers who don't speak Spanish or Valencian yet — this year I have two girls from [[Ukraine|COUNTRY]] and a boy from [[Colombia|COUNTRY]]. And for the informes, the reports, and for ideas when I'm tired, which is always, haha.
Our school uses [[Google Workspace|SOFTWARE]] so we have [[Gemini|AI_PRODUCT]] also, but the [[Conselleria|ORGANIZATION]] said we must be careful with student data, so officially, hmm, it's complicated.

AI: Could you say more about the reports?

User: Yes. Three times a year we write reports for the families, and in [[ITACA|SOFTWARE]], which is the system of the Valencian government, it's, uf, it's terrible, everybody hates it. You write a comment for each kid, each subject. So I write quick notes, without the name, like "reads well, needs to participate more, very kind with classmates" and I ask [[ChatGPT|AI_PRODUCT]] to write it nicely in Valencian. Here is one, I translate:
"Your child has made good progress in reading comprehension this term. We encourage them to participate more actively in class discussions. We value their kindness and support towards classmates."
Then I copy it into [[ITACA|SOFTWARE]] and I change things so it sounds like me. The families know me, if it sounds like a robot they will notice. [[Amparo|PERSON]], our [[head|GENERIC_ROLE]], she reads all the reports, and she told me, [[Núria|PERSON]], your reports are much nicer this year. I didn't tell her, haha. Well, now I'm telling you.

AI: Do your students use AI?

User: They are ten years old, so officially no. But of course their older brothers and sisters do, and the parents. Last month a boy brought homework that said "As an AI language model" at the top, haha. His mother had done it. So that was a funny conversation at the tutoria.
My own son, [[Pau|PERSON]], he's [[fifteen|AGE]], he's in ESO at [[IES Benimaclet|SCHOOL]], and he uses it for everything. I fight with him about it. My husband, [[Vicent|PERSON]], says I'm a hypocrite, because I use it for my reports and I tell [[Pau|PERSON]] not to use it for his essays. Maybe he's right. But I already know how to write! [[Pau|PERSON]] is learning.

AI: What worries you about AI in schools?

User: That the politicians see it as a way to save money. More kids per class, less teachers, "the AI will help". No. The AI doesn't hug a kid who is crying because her parents are separating. Also the privacy of the kids. We should not put their names, their problems, their diagnoses into these tools. Never. And I worry about the inequality. Some kids have a tablet and a father who knows how to use AI, other kids share one phone with three siblings. In [[Spain|COUNTRY]] we talk a lot about digitalisation, but in the classroom it's very unequal.

AI: If we want to follow up with you, how can we reach you?

User: Better my personal email, not the school one. It's [[nuria f-e-r-r-e-r seventy-nine at gmail dot com|OBF_EMAIL|spelled_letters]] — all together, no spaces, no dots. I spell it like that because everybody writes [[Ferrer|PERSON]] with one R. And my phone, [[634 27 81 90|PHONE_NUMBER]], but [[WhatsApp|SOFTWARE]] please, during school hours I can't answer. After five, or at the weekend.""")

# 25 Chile, Punta Arenas - Antarctic logistics coordinator
T.append("""AI: Hi, thanks for joining. Could you introduce yourself and your work?

User: Hola, yes. I'm [[Tomás Vidal Ojeda|PERSON]], [[40|AGE]] years old, from [[Punta Arenas|CITY]], in the very south of [[Chile|COUNTRY]]. I work as a [[logistics coordinator|JOB_TITLE]] for [[Austral Polar Logística|ORGANIZATION]]. We supply the research stations in [[Antarctica|CONTINENT]] — food, fuel, scientific equipment, spare parts, everything. We work with the national programmes of several countries, our biggest client is the [[Chilean Antarctic Institute|ORGANIZATION]], [[INACH|ORGANIZATION]], which is here in [[Punta Arenas|CITY]] also. I've been doing this since [[2014|DATE]]. Before, I worked in the port, at [[Empresa Portuaria Austral|ORGANIZATION]].

AI: How does AI come into that kind of work?

User: Well, it's a strange job, and AI helps in strange ways, haha. The biggest thing is documents. Every shipment to [[Antarctica|CONTINENT]] needs environmental paperwork, because of the Antarctic Treaty, the Madrid Protocol — you cannot bring, for example, non-sterile soil, or certain plastics. And we coordinate with teams from [[Korea|COUNTRY]], [[Uruguay|COUNTRY]], [[Bulgaria|COUNTRY]], [[China|COUNTRY]], everybody writes in their own English. So I use [[ChatGPT|AI_PRODUCT]] to read these long documents and make checklists, and to write clear messages in simple English that everybody understands.
We also use [[SAP|SOFTWARE]] for inventory, and [[Copilot|AI_PRODUCT]] helps me with the [[Excel|SOFTWARE]] reports. And for weather, we use [[Windy|SOFTWARE]] and the models, and there is some AI forecasting now, but for the Drake Passage, honestly, I trust the captain more than any model.

AI: Could you share an example of a message you wrote with it?

User: Yes, this one went to a Korean team last [[November|GENERIC_TIME]], the start of the season:
"Dear colleagues, please note that the cargo window for the second flight has been moved to 23:00 local time due to wind conditions at the runway. All cargo must be palletised, weighed and labelled at our warehouse by 18:00. Fuel drums will travel separately by ship."
Very simple. Before, I wrote long messages in Spanglish and people misunderstood. One time a team brought sixty kilos of fresh fruit that was not declared, and it was a problem at the station. Now with clear messages, fewer problems.

AI: Are there limits to what you trust it with?

User: Of course. Safety, always a human. If the AI says a fuel calculation, I check two times, three times. Down there, a mistake is not an inconvenience, it's a crisis. My [[supervisor|GENERIC_ROLE]], [[Coni|PERSON]] — la [[Coni|PERSON]], we call her, [[Constanza Mardones|PERSON]] — she has twenty years in this, she has been to the stations many times, and she says the AI doesn't know what cold is. Which is true. It can tell you minus thirty degrees, but it doesn't know what happens to a diesel engine at minus thirty.
Also, the crew lists, passports, medical information, we never put in the AI. The station doctors send medical forms, that is very private. We have a clear rule.

AI: How do you feel about AI in your field going forward?

User: I think it will help a lot with planning, predicting what a station needs before they ask. Like, the AI can see, this station used so many litres of fuel per month for three years, so prepare this much. That's useful. But the Antarctic is unpredictable. [[Shackleton|PUBLIC_FIGURE]] had a plan too, you know? Haha. The ice decides.
My daughter, [[Florencia|PERSON]], she's [[nine|AGE]], she wants to be a glaciologist. She asks the AI about penguins every night. I tell her, one day you will go and see them yourself, not in the phone.

AI: If we'd like to follow up, how can we reach you?

User: Sure. My work email is [[tvidal@australpolar.cl|EMAIL_ADDRESS]], and my mobile is [[+56 9 6412 3387|PHONE_NUMBER]]. But between [[November|GENERIC_TIME]] and [[March|GENERIC_TIME]] it's the Antarctic season and I'm very busy, so maybe write first. In [[winter|GENERIC_TIME]], I have all the time in the world. It's dark at four in the afternoon here, haha.""")

write_set(T, "set_ab")
