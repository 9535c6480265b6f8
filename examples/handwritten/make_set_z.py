import sys
from markup import write_set
T = []

# 1 - UK, NHS staff nurse, Leeds
T.append("""AI: Thanks for making the time today. To start, could you tell me a bit about yourself and what your job involves day to day?

User: Yeah, no problem. I'm [[Karen Whitfield|PERSON]], I'm a [[staff nurse|JOB_TITLE]] on an elderly care ward at [[St James's University Hospital|ORGANIZATION]] in [[Leeds|CITY]]. Been qualified since [[2009|DATE]], so fifteen years give or take. Day to day it's meds rounds, handovers, families, chasing the doctors for discharge letters, and paperwork, so much paperwork. I'm [[52|AGE]] so I wouldn't call myself a tech person, but I'm not a dinosaur either.

AI: How did AI first come into your working life?

User: Honestly it was my daughter, [[Megan|PERSON]]. She's [[19|AGE]], she's at [[Leeds Beckett|SCHOOL]] doing physio, and at [[Christmas|GENERIC_TIME]] she showed me [[ChatGPT|AI_PRODUCT]] writing her revision notes. I thought, hang on, that could do my rota swap emails. So I started using it on my phone, at home, for non-patient stuff only. We're not allowed to put anything identifiable in, the trust is really strict, and quite right too. Then in the [[spring|GENERIC_TIME]] IT rolled out [[Copilot|AI_PRODUCT]] to some of the band sevens and above, and our [[matron|GENERIC_ROLE]] got it, and she lets me sit with her sometimes when we're doing the audit reports.

AI: What kinds of tasks do you use it for now?

User: Mostly writing. Letters to relatives about visiting, the ward newsletter, reflective pieces for my revalidation, that sort of thing. [[Last month|GENERIC_TIME]] I had to do a reflection for the [[NMC|ORGANIZATION]] and I just could not get started, so I typed in the bare bones and asked it to help me structure it. I rewrote most of it, mind, because it sounded like a greetings card. And [[Debbie|PERSON]], who runs our ward, uses it to summarise the minutes from the [[Tuesday|GENERIC_TIME]] meetings in [[Teams|SOFTWARE]]. Oh, and [[Precious|PERSON]], one of our [[healthcare assistants|JOB_TITLE]], she's from [[Zimbabwe|COUNTRY]], she uses it to check her English in incident reports on [[Datix|SOFTWARE]] because she worries about her grammar. Her English is better than mine, to be fair.

AI: Have there been moments where it didn't work well, or caused problems?

User: Oh yes. One of the newer girls, [[Aoife|PERSON]], asked it about a drug interaction on a night shift and it gave her a really confident answer that was just wrong. The dose it suggested would have been far too high for a frail old lady. Thankfully she ran it past [[Raj|PERSON]], our ward [[pharmacist|JOB_TITLE]], in the morning before anything happened. We had a big chat about it at safety huddle. Now the rule on our ward is clinical questions go to a human, full stop. [[Aoife|PERSON]] was mortified, poor thing, but I said better you learn it like that than the other way.

AI: How do you feel about AI in nursing more generally?

User: Mixed, if I'm honest. I saw [[Wes Streeting|PUBLIC_FIGURE]] on the news going on about AI scribes and cutting admin, and part of me thinks, brilliant, if it gives me back even half an hour a shift to actually sit with my patients, I'll take it. But the other part of me has seen so many new systems come in with a big fanfare and then half of them don't talk to each other. We've got [[Nervecentre|SOFTWARE]] for obs, something else for bed management, [[Datix|SOFTWARE]] for incidents, and none of it joins up. An AI on top of that mess is just a faster mess. What I'd really like is training. Proper training, in work time, not a video you click through at two in the morning. My friend [[Sandra|PERSON]] works at [[Harrogate District Hospital|ORGANIZATION]] and they had actual sessions with someone from digital, and a little cheat sheet of what you can and can't put in. Here it's all word of mouth. Half the ward thinks it's banned, the other half are using it on their personal phones anyway. That's worse, isn't it, from a data point of view.

AI: Thank you, this has been really helpful. Would you be happy for us to contact you for a short follow-up later in the year? If so, what's the best way?

User: Yeah, go on. Email's best, [[k.whitfield09@outlook.com|EMAIL_ADDRESS]], the 09 is the year I qualified before you ask. Or text me on [[07700 900461|PHONE_NUMBER]], but not during a shift, I won't see it till gone nine at night.""")

# 2 - India, senior accounts executive, logistics, Pune
T.append("""AI: Hello, and thanks for joining. Could you introduce yourself and tell me what your work involves?

User: Hello, good afternoon. Myself [[Ravi Kulkarni|PERSON]], I am working as [[senior accounts executive|JOB_TITLE]] in [[Shreeji Freight Movers|ORGANIZATION]]. It is a mid-size logistics company, head office is in [[Pune|CITY]], [[Hadapsar|CITY]] side, and we are having branches in [[Nashik|CITY]] and [[Aurangabad|CITY]] also. I am [[34|AGE]] years. I joined here in [[June 2017|DATE]] after my M.Com from [[BMCC|SCHOOL]]. Mainly I am handling vendor payments, GST reconciliation, TDS, and month-end closing. Everything is in [[Tally|SOFTWARE]] and [[Excel|SOFTWARE]], and now a little bit AI also.

AI: How did you start using AI in your job?

User: First I was using [[ChatGPT|AI_PRODUCT]] free version for [[Excel|SOFTWARE]] formulas only, like VLOOKUP and all. My [[colleague|GENERIC_ROLE]] [[Pooja|PERSON]] showed me, she is very fast in these things. Then [[last year|GENERIC_TIME]] our [[CFO|GENERIC_ROLE]], Mr. [[Deshpande|PERSON]], he attended one conference in [[Mumbai|CITY]] and came back very excited, he told everybody "from [[next quarter|GENERIC_TIME]] we are AI-first company". So the company took [[Gemini|AI_PRODUCT]] with [[Google Workspace|SOFTWARE]] licence. Now everybody is having it inside [[Gmail|SOFTWARE]] and [[Sheets|SOFTWARE]].

AI: Can you give me an example of a task where it helps?

User: Yes, one good example. Every month we get around four hundred invoices from transporters, truck owners, small small parties. Matching them with the bank statement was taking me almost three days. Now I export the statement, give it to [[Gemini|AI_PRODUCT]] in [[Sheets|SOFTWARE]] and ask it to flag mismatches. It is not perfect, maybe eighty percent, the remaining I check manually. Also for replying to GST notices, I give the notice text and ask it to draft a reply in proper format. Then [[Sneha|PERSON]] ma'am, our [[company secretary|JOB_TITLE]], she checks the language before sending. She is very strict about commas, she will send back even for one comma.

AI: Have there been any problems or mistakes?

User: Yes, definitely. One time it calculated TDS at wrong rate, one percent instead of two percent for one contractor, and I did not notice. The [[auditor|GENERIC_ROLE]] from [[Joshi & Pathak Associates|ORGANIZATION]] caught it in [[September|GENERIC_TIME]]. [[Deshpande|PERSON]] sir was not happy with me that day, I can tell you. Now I am double checking every figure. Also there is worry about data, we are putting vendor PAN and bank details inside. Our IT person [[Kiran|PERSON]] said it is okay because it is enterprise version and data is not used for training, but honestly I don't fully understand these things. I trust him only.

AI: Has it changed how you feel about your job or your career?

User: Little bit scary, I will tell you honestly. My wife [[Anjali|PERSON]] is [[teacher|JOB_TITLE]] in [[Vibgyor High|SCHOOL]], and she keeps saying you learn [[Python|SOFTWARE]], then nobody can replace you. Maybe she is right. I saw one interview of [[Nandan Nilekani|PUBLIC_FIGURE]] where he said AI will make more jobs than it takes. I hope he is correct. But in our office, two data entry boys already shifted to [[Nashik|CITY]] branch for operations work because their work is reduced. So it is happening, slowly slowly. My father still thinks accounts job is safe government-type job, I don't tell him all this.

AI: That's really useful, thank you. We may want a short follow-up in a few months. What is the best way to reach you?

User: Sure, no problem. You can mail me on [[ravi dot kulkarni87 at the rate gmail dot com|OBF_EMAIL|at_the_rate]], I am writing like this because last time I put my email in some survey form and got so much spam. Or [[WhatsApp|SOFTWARE]] on [[98220 41736|PHONE_NUMBER]], but after 7 pm only, in office time I am not checking personal phone.""")

# 3 - Brazil, supermarket store manager, Curitiba
T.append("""AI: Hi, thanks for taking part. Could you start by telling me about yourself and your job?

User: Hi! Yes. My name is [[Juliana Ferreira|PERSON]], I am [[41|AGE]], I live in [[Curitiba|CITY]], in the south of [[Brazil|COUNTRY]]. I am [[store manager|JOB_TITLE]] in a supermarket of [[Condor|ORGANIZATION]], the unit in [[Água Verde|CITY]] neighbourhood. Sorry my English, I studied in [[CCAA|SCHOOL]] but many years ago. I work in supermarkets since [[2001|DATE]], I started as [[cashier|JOB_TITLE]] when I was [[18|AGE]] and now I manage around ninety people.

AI: How does AI come into your work?

User: In many ways, some official and some not so official haha. Official: the company put a system for orders, it uses AI to predict how much to buy of each product, like bread, fruits, meat. It is inside [[SAP|SOFTWARE]], I don't know the name exactly, we just call it "the robot". Not official: I use [[ChatGPT|AI_PRODUCT]] in my phone to write the messages for the team in [[WhatsApp|SOFTWARE]], the notices about holidays, the rules for uniform. And I use it to make the escala, the work schedule, in [[Excel|SOFTWARE]]. Before I did by hand and it took all my [[Sunday|GENERIC_TIME]].

AI: How well does the ordering system work for you?

User: For normal products, good. But it doesn't understand our neighbourhood. For example in [[June|GENERIC_TIME]] we have Festa Junina, everybody buys pinhão, corn, peanuts, and the robot did not order enough, we were without pinhão on the [[Saturday|GENERIC_TIME]]. Imagine, no pinhão in [[Curitiba|CITY]] in [[June|GENERIC_TIME]]! Dona [[Cida|PERSON]] from the bakery, she has thirty years of experience, she told me two weeks before, "[[Ju|PERSON]], the robot is crazy, order more." She was right. Now I always check with her before I confirm the suggestion. The people from the head office don't like so much, they want we trust the system.

AI: Have you had any worrying experiences?

User: Yes, one. The company has a chatbot for HR, for holidays and payslip. You enter with your matrícula, mine is [[448213|NATIONAL_ID]], and a password. One day I asked about my banco de horas, the extra hours, and it showed me the hours of another person, [[Rodrigo Alves|PERSON]] from the [[Portão|CITY]] store, with his salary! I took a print and sent to [[Thiago|PERSON]] in the IT and they fixed it in two days. But it made me think, if it shows me his data, who is seeing my data? I did not tell [[Rodrigo|PERSON]], I was embarrassed.

AI: How does your team feel about AI?

User: The young ones love. [[Kauã|PERSON]], he is [[19|AGE]], works in the stock, he uses AI for everything, even to write message for his girlfriend haha. The older ones are afraid it will take their job. Especially because the company is testing the self-checkout with camera in stores in [[São Paulo|CITY]]. I tell them, people in [[Água Verde|CITY]] want to talk with somebody at the checkout, they know the girls by name, they ask about the family. A machine cannot do that. But my son [[Pedro|PERSON]], he is [[16|AGE]], he says I am old fashioned and in ten years everything will be machine. We will see.

AI: Thank you so much. Would you be open to a short follow-up interview later? How could we contact you?

User: Yes, of course. My email, I write separate because of the robots: [[juliana ponto ferreira arroba uol ponto com ponto br|OBF_EMAIL|portuguese_arroba_ponto]]. Or [[WhatsApp|SOFTWARE]] [[(41) 99812-3307|PHONE_NUMBER]]. Better in the morning before 10, after that the store is crazy.""")

# 4 - Germany, master electrician, Esslingen
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself and your work?

User: Sure. I'm [[Tobias Brenner|PERSON]], [[38|AGE]], I'm an [[electrician|JOB_TITLE]], actually [[master electrician|JOB_TITLE]], Elektromeister, since [[2015|DATE]]. I work for [[Elektro Haller GmbH|ORGANIZATION]] in [[Esslingen|CITY]], near [[Stuttgart|CITY]]. We are twelve people. We do houses, small offices, and the last years a lot of heat pumps and solar installations, wallboxes for electric cars. I am on the construction site maybe sixty percent, the rest is planning, quotes, and sitting in kitchens with customers drinking their coffee.

AI: Where does AI fit into that?

User: For me mostly the office side. Writing the Angebote, the quotes, is my least favourite thing in the world. We do quotes and invoices in [[sevDesk|SOFTWARE]]. Now I write the description of the work in bullet points on my phone and [[ChatGPT|AI_PRODUCT]] makes it into nice sentences for the customer. Customers like long text, they think it is more professional, haha. Also I use it to explain to customers why their old fuse box must be replaced, in simple words, without sounding like I want to sell them something. For the technical norms, the VDE rules, I do not trust it. One time I asked about a cable cross-section and it gave me a value that is maybe normal in the [[USA|COUNTRY]] but not here.

AI: Does anyone else at the company use it?

User: The [[boss|GENERIC_ROLE]], Herr [[Haller|PERSON]], he is [[63|AGE]] and he hates computers, he still writes everything on paper in a little book. His daughter [[Sabine|PERSON]] does the office and the bookkeeping, she uses [[Copilot|AI_PRODUCT]] a lot for emails with suppliers and for the reminders when customers don't pay. And [[Florin|PERSON]], our [[apprentice|JOB_TITLE]], he is from [[Romania|COUNTRY]], he uses [[DeepL|AI_PRODUCT]] to translate the material from the vocational school, because the German technical words are terrible, even for Germans. I think that is a very good use, honestly. He is learning faster than I did.

AI: Have there been situations where the AI caused problems on a job?

User: Once, yes, and it was my fault. A customer in [[Plochingen|CITY]], older lady, Frau [[Maurer|PERSON]], she wanted to know if her house can take a heat pump without upgrading the house connection. I was in a hurry, I let [[ChatGPT|AI_PRODUCT]] write the letter from my notes and it added a sentence that "no changes to the grid connection are necessary". I never said that. The grid operator, [[Netze BW|ORGANIZATION]], said different and she was angry, and she was right to be angry. Since then I read every word before it goes out. Sounds obvious, but when it is nine in the evening and you still have five quotes to do, you get lazy.

AI: How do you see the future of AI in the trades?

User: Honestly, nobody will replace me with a robot soon for pulling cables in an old attic in [[August|GENERIC_TIME]]. But the paperwork, yes, that will change. And the bigger problem is finding people. We have almost no young people coming. If AI makes the office work faster, maybe I can be more on the sites, where I actually earn the money. My wife [[Katrin|PERSON]] says I should make videos on [[YouTube|SOFTWARE]] explaining heat pumps, because after [[Robert Habeck|PUBLIC_FIGURE]] and the heating law everybody was confused. Maybe when the kids are older.

AI: Thank you. Could we contact you for a follow-up at some point? What would be the best way?

User: Yes, okay. Best is mobile, I write it with spaces so the spam bots don't get it: [[0 1 7 6 - 2 4 8 3 9 1 5 7|OBF_PHONE|spaced_digits]]. Or write on [[Instagram|SOFTWARE]], the company is [[@elektro.haller.esslingen|SOCIAL_HANDLE]], but [[Sabine|PERSON]] reads those messages, so say it is for [[Tobi|PERSON]].""")

# 5 - USA, county auditor's office records specialist, Toledo, Ohio
T.append("""AI: Thanks so much for joining. Could you start by telling me about yourself and your role?

User: Sure thing. I'm [[Denise Kowalczyk|PERSON]], I'm [[57|AGE]], and I've worked for the county going on twenty-two years, the last nine at the [[Lucas County Auditor's Office|ORGANIZATION]] in downtown [[Toledo|CITY]]. My title is [[Real Estate Records Specialist II|JOB_TITLE]], which mostly means I answer questions from homeowners about their property values and fix errors in the records. Before that I was in the dog warden's office, believe it or not. Different kind of biting.

AI: How has AI shown up in your work?

User: Slowly, and then all at once, ha. The county rolled out [[Microsoft Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]] about a year ago. There was a policy memo, you can't put taxpayer information in anything that isn't approved, so I mostly use it to clean up my emails. I can be, let's say, a little blunt in writing. My [[coworker|GENERIC_ROLE]] [[Alexa|PERSON]], yes, like the speaker, she's heard every joke, she calls it my "nice filter." I write what I actually think, and [[Copilot|AI_PRODUCT]] turns it into something that won't get me a phone call from the commissioners.

AI: Can you tell me about a time it really helped, or didn't?

User: Well, both at once. We had a gentleman come in [[last spring|GENERIC_TIME]], very upset, waving a printout he got from one of those AI chatbots saying his house at [[2214 Glendale Avenue|ADDRESS]] was overvalued by forty thousand dollars and the county owed him a refund. That's not how any of it works. It had made up a law, basically. But afterward I used [[ChatGPT|AI_PRODUCT]] on my own phone, no personal info, to help me put together a plain-English one-pager on how the appeals process actually works. My [[supervisor|GENERIC_ROLE]], [[Gary Pfeiffer|PERSON]], liked it so much it's on the website now. So the AI caused the problem and the AI helped fix it.

AI: Do you have any concerns?

User: Oh, plenty. I worry about the younger folks not learning the job. We hired a girl, [[Kaylee|PERSON]], she's [[24|AGE]], sharp as a tack, but she'll ask the chatbot before she'll ask me, and it doesn't know our parcel system. We're on [[iasWorld|SOFTWARE]] and half the quirks aren't written down anywhere, they're in my head and in [[Gary|PERSON]]'s head. And then the scams. My husband [[Rick|PERSON]] almost got fooled by a voice clone call in [[January|GENERIC_TIME]] pretending to be our grandson [[Tyler|PERSON]], saying he'd been arrested in [[Dayton|CITY]] and needed bail money. It sounded just like him. That scared me more than anything at work ever has.

AI: How do you feel about AI overall, looking ahead?

User: Cautiously okay. I'm not going to be the one dragging my feet, and I'm retiring in [[2027|DATE]] anyway, lord willing. I listened to a podcast where [[Sam Altman|PUBLIC_FIGURE]] was talking about AI doing everybody's jobs and I thought, honey, come try to reassess a flooded basement in [[Sylvania|CITY]] from a server farm. There's a human part to this job. People cry at my counter. They've lost a spouse and can't figure out the homestead exemption. A chatbot isn't going to hand them a tissue.

AI: That's a great note. Would you be willing to be contacted for a follow-up? What's the best way to reach you?

User: Sure, just not my work email, they keep everything for public records. Use [[dkowal419@gmail.com|EMAIL_ADDRESS]] or call or text [[(419) 555-0182|PHONE_NUMBER]]. Evenings are best, after supper.""")

# 6 - Philippines, hotel front office supervisor, Lapu-Lapu / Cebu
T.append("""AI: Good morning, and thank you for joining. Could you introduce yourself and tell me about your work?

User: Good morning po! I'm [[Maria Cristina Dela Cruz|PERSON]] but everyone calls me [[Tin|PERSON]]. I'm [[29|AGE]] years old and I'm a [[front office supervisor|JOB_TITLE]] at [[Bayfront Suites Mactan|ORGANIZATION]] in [[Lapu-Lapu City|CITY]], near the airport in [[Cebu|CITY]]. I graduated BS Hospitality Management in [[University of San Carlos|SCHOOL]] in [[2016|DATE]] and I've been in hotels since then. I handle check-in, check-out, guest concerns, the night audit reports, and I train the new front desk agents. It's a resort so we have a lot of Korean, Chinese and Japanese guests, plus Aussies and some Europeans.

AI: How do you use AI tools in your job?

User: Honestly, every day already. The biggest one is replying to reviews on [[TripAdvisor|SOFTWARE]] and [[Agoda|SOFTWARE]]. Before, our [[GM|GENERIC_ROLE]], Ma'am [[Lorna|PERSON]], would make us write the replies and then she would correct all our grammar in red ink, super nakakahiya. Now I ask [[ChatGPT|AI_PRODUCT]] to draft the reply, I put the tone "warm but professional", then I edit it so it doesn't sound like robot. Also for our Korean guests I use [[Papago|SOFTWARE]] on my phone, it's better than [[Google Translate|SOFTWARE]] for Korean. One time a guest from [[Busan|CITY]] was crying because she lost her passport at the beach and we talked the whole time through [[Papago|SOFTWARE]]. We found it in the end, it was with the lifeguard.

AI: Has the hotel introduced any AI systems officially?

User: Yes, this year they connected a chatbot to our [[Facebook|SOFTWARE]] page and the website for bookings. It's okay for simple questions like "what time is breakfast". But sometimes it promises things we don't have! It told one guest we have airport shuttle for free. We don't, it's 500 pesos. Then the guest is angry at the front desk, not at the chatbot. [[Jun-jun|PERSON]], our [[bellboy|JOB_TITLE]], he now jokes "the chatbot said" every time somebody asks him for something impossible, like extra towel when we have no towels left. Our property system is [[Opera|SOFTWARE]], the AI is not connected there yet, thank God, because that one is sensitive, it has passport details and credit cards.

AI: Do you have any worries about AI in hospitality?

User: A little. Some of my batchmates in [[Manila|CITY]] are working in BPO and they say the voice AI is already taking the simple calls. For hotels I think guests still want a smile, a human who remembers their name. But the management likes to save. My mama in [[Bohol|CITY]] asks me every time I call if robots will replace me, I tell her "Ma, the robot cannot do the welcome drink." Also privacy, because some staff are putting guest complaints with full names into the free [[ChatGPT|AI_PRODUCT]]. I told them don't, remove the name first, but I am not sure if they follow.

AI: How did you learn to use these tools?

User: Mostly [[TikTok|SOFTWARE]] and [[YouTube|SOFTWARE]], haha. And my cousin [[Kristine|PERSON]], she works in a call center in [[IT Park|CITY]] and she taught me how to make good prompts. The hotel had one seminar, half day, in [[March|GENERIC_TIME]], but it was more about the rules, what we cannot do. Nobody showed us how to do it properly. So the younger staff learn from each other, and the older ones, they just avoid it.

AI: Thank you, [[Tin|PERSON]]. If we want to follow up with you in a couple of months, how can we reach you?

User: Sure po! You can text or [[Viber|SOFTWARE]] me, I'll type it like this so it's not picked up by scammers: [[oh-nine-one-seven, two-two-eight, four-four-six-one|OBF_PHONE|spoken_digits]]. Or message me on [[Instagram|SOFTWARE]], [[@tincruz.travels|SOCIAL_HANDLE]], I check it on my break.""")

# 7 - Nigeria, bank relationship manager, Lagos
T.append("""AI: Thank you for joining us. Can you start by telling me a little about yourself and your job?

User: You're welcome. My name is [[Oluwaseun Adebayo|PERSON]], most people call me [[Seun|PERSON]]. I'm [[31|AGE]]. I'm a [[relationship manager|JOB_TITLE]] in the SME banking unit of [[Keystone Meridian Bank|ORGANIZATION]], [[Allen Avenue|ADDRESS]] branch in [[Ikeja|CITY]]. I handle a portfolio of about sixty business customers, mostly traders, manufacturers, a few private schools and clinics. I studied Banking and Finance at [[UNILAG|SCHOOL]] and I joined the bank as a graduate trainee in [[2016|DATE]]. I live in [[Ikorodu|CITY]], so if my voice sounds tired it's from the traffic, not the work.

AI: How does AI come into your day-to-day work?

User: Several ways. For writing, I use [[ChatGPT|AI_PRODUCT]] for the first draft of credit proposals, the business background section, industry analysis, things like that. Before, one proposal could take me a full day, now maybe half. I also use it to summarise [[CBN|ORGANIZATION]] circulars, because those ones are long and the language is heavy. The bank also introduced an internal assistant inside [[Microsoft Teams|SOFTWARE]], it's built on [[Copilot|AI_PRODUCT]], for policy questions, like "what is the maximum tenor for this product". It's useful but sometimes it quotes the old policy, so you still have to confirm.

AI: Can you describe a specific time it made a real difference?

User: Yes. One of my customers, Alhaji [[Bello|PERSON]], he runs [[Bello & Sons Plastics|ORGANIZATION]] in [[Agege|CITY]], he needed a working capital facility urgently because the naira moved and his raw material import cost almost doubled. I used [[ChatGPT|AI_PRODUCT]] to quickly structure the memo and stress-test the cash flow assumptions, of course without putting his name or account details. The credit committee approved in one week. Alhaji now calls me "my son the computer man". My [[line manager|GENERIC_ROLE]], Mrs. [[Okafor|PERSON]], used my memo as a template for the whole team after that.

AI: Are there rules at the bank about using these tools?

User: Yes, compliance sent a circular in [[February|GENERIC_TIME]]: no customer statements, no BVN, no account numbers in public AI tools. Some people were uploading full bank statements to get analysis, which is very dangerous. My [[colleague|GENERIC_ROLE]] [[Godspower|PERSON]] got a query for that, he almost lost his job. I understand the bank's position, data protection is serious in [[Nigeria|COUNTRY]] now with the [[NDPC|ORGANIZATION]]. But the internal tool is slow, so people find ways around it. My friend [[Blessing|PERSON]] in operations says the same thing happens in her department with the reports from [[Finacle|SOFTWARE]].

AI: How do you feel about the future of your role?

User: I think relationship banking will survive because of the "relationship" part. Nigerians like to deal with a person they know. My customers will call me at ten at night on a [[Sunday|GENERIC_TIME]]. Nobody will call a chatbot at that time to beg for a loan extension, ha. But the analyst jobs, the back office, I think those ones will reduce. I watched [[Tony Elumelu|PUBLIC_FIGURE]] speak at an event in [[Abuja|CITY]] where he said African youth should see AI as opportunity, not threat. I agree, but the banks should train us, not just send circulars. I paid for an online course myself on [[Coursera|SOFTWARE]].

AI: Thank you, [[Seun|PERSON]]. If we'd like to follow up later this year, what is the best way to reach you?

User: No problem. Email is better: [[seun.adebayo[at]yahoo[dot]com|OBF_EMAIL|bracket_at_dot]], I write it that way because of spam. You can also call [[0803 412 7765|PHONE_NUMBER]], or connect on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/seun-adebayo-rm|URL]], I'm quite active there.""")

# 8 - Japan, logistics coordinator, Osaka
T.append("""AI: Thank you for joining. Please tell me about yourself and your job.

User: Hello. My name is [[Kenji Morimoto|PERSON]]. I am [[45|AGE]] years old. I am working for [[Naniwa Butsuryu|ORGANIZATION]], it is logistics company in [[Osaka|CITY]]. My job is [[logistics coordinator|JOB_TITLE]] for import cargo. We receive containers at the port and deliver to our warehouse in [[Sakai|CITY]], then to customers in [[Kansai|CITY]] area. I joined the company [[April 2003|DATE]], after [[Kansai University|SCHOOL]]. My English is not so good, so sorry for mistakes.

AI: Your English is fine. How do you use AI in your work?

User: Thank you. Main use is English email. We have many overseas shippers, [[China|COUNTRY]], [[Vietnam|COUNTRY]], [[Germany|COUNTRY]]. Before, I wrote email in Japanese and then used [[DeepL|AI_PRODUCT]], and [[Tanaka|PERSON]]-san in our team checked it. Now I use [[ChatGPT|AI_PRODUCT]], the company contract version. I write in Japanese what I want to say, for example "the container is delayed because of typhoon, sorry, new date is [[Thursday|GENERIC_TIME]]", and [[ChatGPT|AI_PRODUCT]] makes polite English. Sometimes too polite, haha. One German shipper said my email is like a love letter.

AI: Are there other tasks where you use it?

User: Yes. [[Excel|SOFTWARE]] macro. I am not programmer, but we have many [[Excel|SOFTWARE]] files for shipment tracking. [[ChatGPT|AI_PRODUCT]] writes VBA code for me, I copy and paste. When it works, very good. When it does not work, very big trouble, because I cannot fix. One time the macro deleted one month of data. My [[boss|GENERIC_ROLE]], [[Yamaguchi|PERSON]]-san, was very angry. Luckily there was backup. Now I always test macro on copy file first. Also I use it for checking customs documents, HS code. But final check is always our customs broker, [[Hanshin Tsukan|ORGANIZATION]].

AI: How do your [[colleagues|GENERIC_ROLE]] feel about AI?

User: Different by age. Young people, like [[Sato|PERSON]]-kun, he is [[24|AGE]], he uses it for everything, even for his wedding speech. Older people, like our [[director|GENERIC_ROLE]], they do not trust. In Japanese company, decision is slow, we need approval, many hanko stamps. AI is fast but company is slow, haha. Also some people worry about job. Our industry has driver shortage, new overtime rules for truck drivers. Maybe AI helps route planning, but AI cannot drive the truck. Not yet.

AI: Is there anything about AI that worries you personally?

User: My daughter [[Yui|PERSON]] is [[15|AGE]], she uses AI for homework. I worry she does not think by herself. Also at work, information security. Our customer [[Kobe Precision|ORGANIZATION]] asked us to sign paper that we do not put their data in AI. So we must be careful. My wife [[Naoko|PERSON]] works part-time in a supermarket in [[Higashiosaka|CITY]], and there they introduced AI camera for the self-checkout. She says old customers are confused and always call her anyway, so her job is same, only more stress. I think AI is like new forklift. Very useful, but need license and training, if not, accident.

AI: That's a nice comparison. May we contact you later for a follow-up? How can we reach you?

User: Yes, OK. My mobile is [[０９０－３３８１－７２４６|OBF_PHONE|fullwidth_digits]], sorry, my Japanese keyboard makes big numbers. Email is [[k.morimoto1979@docomo.ne.jp|EMAIL_ADDRESS]]. Please email first, phone I cannot answer during work.""")

# 9 - Australia, plumber and gasfitter, Logan / Brisbane
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself and what you do?

User: Yeah, no worries. [[Dean Maloney|PERSON]], I'm [[44|AGE]], I'm a [[plumber|JOB_TITLE]] and [[gasfitter|JOB_TITLE]], been on the tools since I was [[16|AGE]]. Got my own business, [[Maloney Plumbing & Gas|ORGANIZATION]], based out of [[Logan|CITY]], south of [[Brisbane|CITY]]. It's me, two other plumbers and a young fella, [[Brayden|PERSON]], who's doing his apprenticeship with us. Mostly maintenance, blocked drains, hot water systems, bit of new-build work when the builders actually pay on time.

AI: How does AI come into running the business?

User: Mate, it's the paperwork. Nobody gets into plumbing 'cause they love paperwork. My missus, [[Sharon|PERSON]], does the books in [[Xero|SOFTWARE]], and we run jobs through [[ServiceM8|SOFTWARE]]. About a year ago [[Shaz|PERSON]] started using [[ChatGPT|AI_PRODUCT]] to write up quotes and the follow-up emails, and now I do it too. I just talk into the phone in the ute between jobs, like "replaced 250 litre electric, new tempering valve, two hours labour", and it turns that into a proper job report for the customer. Saves me an hour a night, easy. That's an hour with the kids instead of sitting at the kitchen table swearing at the laptop.

AI: Have you had any issues with it?

User: Yeah, a couple. It'll make stuff up if you let it. I asked it once about the compliance requirements for a backflow device in [[Queensland|CITY]] and it gave me some rule from [[New Zealand|COUNTRY]] or somewhere, totally wrong. You gotta know your trade. That's the thing, it's fine for me 'cause I've got twenty-odd years, I can smell when it's wrong. [[Brayden|PERSON]] is [[17|AGE]], he'd just believe it. I caught him asking it how to size a gas line the other week and I said, mate, that's how you blow up a house in [[Springwood|CITY]]. Go get the standards book out of the ute.

AI: How do your customers react to AI, if at all?

User: Most don't know. Some of the older ones say "oh, that's a lovely email, [[Dean|PERSON]]." Ha. The real estate agents are full on with it though, they've all got these AI property managers now that send you work orders at three in the morning. One agency in [[Redcliffe|CITY]], [[Bayside Realty Group|ORGANIZATION]], their bot kept booking me for the same leaking tap three times. Had to ring a human to sort it. And we get a lot of work off [[Instagram|SOFTWARE]] now. [[Shaz|PERSON]] runs that, [[@maloneyplumbing_qld|SOCIAL_HANDLE]], and she uses [[Canva|SOFTWARE]] for the posts, it's got some AI thing in it too that writes the captions.

AI: What do you think AI means for the trades in the long run?

User: Honestly, I reckon trades are the safest gig going. You can't download a tradie. [[Albo|PUBLIC_FIGURE]] can talk all he wants about the future of work, but somebody's still gotta crawl under a house in [[Beenleigh|CITY]] in the middle of [[February|GENERIC_TIME]] when it's forty degrees. Where it'll help is the admin, and maybe diagnostics, like drain cameras that tell you what the blockage is. Even small stuff. Every quote has to have my QBCC licence number on it, [[1298774|NATIONAL_ID]], and [[Shaz|PERSON]] got the AI to stick it in the template automatically, which is the kind of thing I like.

AI: Thanks, [[Dean|PERSON]]. Would you be up for a follow-up chat later on? What's the best way to get you?

User: Yeah, righto. Ring or text me: [[oh-four-one-two, double-three-nine, eight-seven-six|OBF_PHONE|spoken_double]]. If I don't pick up I'm under a house. Or there's the website, [[maloneyplumbing.com.au|URL]], the contact form goes to [[Shaz|PERSON]] and she's better at getting back to people than me anyway.""")

# 10 - Spain, restaurant floor manager, Valencia
T.append("""AI: Hello, thanks for taking part. Could you tell me about yourself and your work?

User: Hello! I am [[Lucía Martínez Soler|PERSON]], I have [[36|AGE]] years, sorry, in Spanish we say it like this. I am the [[encargada|JOB_TITLE]], like the [[floor manager|JOB_TITLE]], in a restaurant of rice dishes, paella and all that, called [[Casa Amparo|ORGANIZATION]]. It is in [[El Cabanyal|CITY]], the old fishermen neighbourhood of [[Valencia|CITY]], very near the beach. The address is [[Carrer de la Reina, 74|ADDRESS]] if you come one day! We are a family business, the [[owner|GENERIC_ROLE]] is [[Vicente|PERSON]], the son of the lady who opened it. I work there nine years now.

AI: How do you use AI at the restaurant?

User: The main things are translation of the menu and answering reviews. We have many tourists, English, German, Dutch, French, and now many Americans because of the cruises. Before we paid a translator, but every time [[Paco|PERSON]], our [[chef|JOB_TITLE]], changes the menu, it's again money. So I started with [[ChatGPT|AI_PRODUCT]] in the [[summer|GENERIC_TIME]]. It is good, but not perfect. It translated "all i pebre", it's a traditional eel stew, as "garlic and pepper" only, and a German lady ordered it thinking it was a sauce for bread, haha. She ate it anyway, she liked it. Now I write a small explanation for each dish and then I ask it to translate, it works much better.

AI: What about the reviews?

User: Ay, the reviews. [[Google Maps|SOFTWARE]] and [[TheFork|SOFTWARE]]. [[Vicente|PERSON]] wanted to answer every bad review personally, and he answers very, how do you say, hot-blooded. One time he told a [[client|GENERIC_ROLE]] from [[Madrid|CITY]] that he doesn't know what is a real paella. So now I answer, with help of the AI. I put "answer politely but defend the restaurant" and it does it. [[Vicente|PERSON]] reads it and says it's too soft, but the rating went up from 4.3 to 4.6 in six months, so he stopped complaining.

AI: Are there things you would not use AI for?

User: Allergies. Never. The allergen list I do myself with [[Paco|PERSON]] in the kitchen, ingredient by ingredient, because if the AI makes a mistake, a person with celiac goes to hospital. Also I don't use it for the shifts of the waiters because it doesn't understand people. It doesn't know that [[Rubén|PERSON]] cannot work [[Sunday|GENERIC_TIME]] mornings because he has his daughter those days, or that [[Marisa|PERSON]] and [[Toni|PERSON]] cannot be in the same shift since they broke up. Haha, this is the real restaurant life.

AI: How do you think AI will change hospitality in [[Spain|COUNTRY]]?

User: In the big chains, yes, a lot, maybe ordering with tablets, robots bringing the plates, I saw that in a video from [[China|COUNTRY]]. But here in [[Spain|COUNTRY]] people come to a restaurant for the noise, for the waiter making a joke. [[Ferran Adrià|PUBLIC_FIGURE]] said something like the kitchen is emotion, and emotion you cannot download. I agree. But for the boring part, the papers, the social media, the translation, AI is a good help.

AI: Thank you, [[Lucía|PERSON]]. May we contact you for a follow-up? What's the best way?

User: Of course. My email is [[lucia.msoler arroba gmail punto com|OBF_EMAIL|spanish_arroba_punto]], I write it in Spanish, it's a habit from my cousin who works in security. Or phone [[+34 612 48 93 07|PHONE_NUMBER]]. Not between 1 and 4 or between 8 and 12 at night, those are service hours, I will not answer!""")

# 11 - Poland, payroll specialist, Wroclaw shared services centre
T.append("""AI: Hi, thank you for joining. Could you introduce yourself and describe your job?

User: Hi, sure. I am [[Agnieszka Wróbel|PERSON]], I'm [[33|AGE]], and I work as a [[payroll specialist|JOB_TITLE]] at [[Nordvik Business Services|ORGANIZATION]] in [[Wrocław|CITY]]. It is a shared service centre, we do payroll for the Nordic companies of the group, so my countries are [[Norway|COUNTRY]] and [[Denmark|COUNTRY]]. I joined in [[October 2019|DATE]], before that I was in a small accounting office in [[Opole|CITY]], where I come from. I studied finance at [[Uniwersytet Ekonomiczny we Wrocławiu|SCHOOL]], so I never really left this region.

AI: How is AI used in your team?

User: Officially, only [[Microsoft Copilot|AI_PRODUCT]], the company version. [[ChatGPT|AI_PRODUCT]] is blocked on the laptops since [[last year|GENERIC_TIME]], after some incident in another centre, I don't know the details. We use [[Copilot|AI_PRODUCT]] mostly for emails to employees in English, and for summarising changes in the tax rules, because the documents from [[Skatteetaten|ORGANIZATION]] are in Norwegian and my Norwegian is, let's say, survival level. My [[team lead|GENERIC_ROLE]], [[Marta|PERSON]], made a library of prompts in [[SharePoint|SOFTWARE]] for the whole team, which is really nice of her, nobody asked her to do it.

AI: What kinds of tasks does it help with, and where does it fall short?

User: It helps with the communication part. Employees write angry emails, "why is my salary lower this month", and I need to explain holiday pay, feriepenger, in a nice way. [[Copilot|AI_PRODUCT]] gives me a good first version. Where it falls short: calculations. We do the payroll in [[SAP SuccessFactors|SOFTWARE]] and the AI doesn't see inside, and honestly I would not want it to. Once I tested it, I typed my own employee number, [[NBS-20931|NATIONAL_ID]], to see if it can find my payslip, and it said it has no access. Good! My [[colleague|GENERIC_ROLE]] [[Kuba|PERSON]] tried to use it for a reconciliation in [[Excel|SOFTWARE]] and it invented a total that did not exist. He noticed only because the difference was exactly a round number, very suspicious.

AI: How do you feel about data privacy in your work with AI?

User: I am very careful. Payroll is the most sensitive data in the company, salaries, sick leave, sometimes union membership, bank accounts. We had a GDPR training in [[June|GENERIC_TIME]] and the trainer said, if you would not post it on [[Facebook|SOFTWARE]], don't put it in the AI. Maybe simple, but I remember it. My problem is more with the new people. They are young, they are used to using AI for everything at university, and they paste whole tables without thinking. [[Marta|PERSON]] had to talk to one girl twice about it.

AI: Do you think AI will change your job in the next few years?

User: Yes, definitely. Our centre had around nine hundred people when I joined, now it's maybe seven hundred fifty, and part of that is automation. In [[Poland|COUNTRY]] there is a lot of talk that the service centre sector will shrink because of AI, even [[Donald Tusk|PUBLIC_FIGURE]] was talking about AI investments. My parents think I have a safe office job, I don't tell them too much. I am learning [[Power BI|SOFTWARE]] in the evenings, to move more to analytics. My boyfriend [[Paweł|PERSON]] is a [[programmer|JOB_TITLE]], he says his job is in more danger than mine, so who knows.

AI: Thank you, [[Agnieszka|PERSON]]. Could we contact you for a short follow-up in a few months?

User: Yes, sure. Private email is best: [[agnieszka.wrobel\u200b@\u200bo2\u200b.pl|OBF_EMAIL|zero_width_chars]], I copied it from my phone notes so sorry if it looks strange. Or phone [[+48 601 224 987|PHONE_NUMBER]], but I don't answer unknown numbers, so send SMS first.""")

# 12 - South Africa, community pharmacist, Umhlanga / Durban
T.append("""AI: Hello, thank you for joining. Could you introduce yourself and your work?

User: Hi, sawubona. I'm [[Nomvula Dlamini|PERSON]], I'm [[39|AGE]], and I'm a [[pharmacist|JOB_TITLE]]. I'm the [[responsible pharmacist|JOB_TITLE]] at a [[Clicks|ORGANIZATION]] store in [[Umhlanga|CITY]], just north of [[Durban|CITY]]. I did my degree at [[UKZN|SCHOOL]] on the [[Westville|CITY]] campus and I've been registered since [[2009|DATE]]. We're very busy, chronic medication, the clinic, vaccines, and a lot of patients on ARVs or diabetes meds who come every month like clockwork.

AI: Thanks, [[Nomvula|PERSON]]. How does AI come into your work?

User: Quietly, mostly. The dispensing system has some clever features now, interaction alerts and so on, but I don't know if they call that AI. Where I actively use it is [[ChatGPT|AI_PRODUCT]] for patient information. Many of our patients are more comfortable in isiZulu, so I ask it to help me explain, say, how to use an inhaler or when to take metformin, in simple isiZulu, and then I fix it, because isiZulu is my home language and I can hear when it's off. The first versions were funny, very formal, like a government gazette. My [[pharmacist's assistant|JOB_TITLE]], [[Thandiwe|PERSON]], and I laugh about it and correct it together. Now we have a little folder of leaflets we printed.

AI: Are there places where you don't trust it?

User: Dosing, definitely. And anything with children. A mother came in last month with a screenshot from some app that told her to give her [[4|AGE]]-year-old an adult dose of paracetamol. She hadn't given it yet, thank God. And it knows nothing about traditional medicines, which many people take alongside their chronic meds. Umhlonyane, African potato, all of that. A patient will tell me, not the app. Also, when there's load-shedding, nothing works anyway, the system is down and we're back to paper and calculators.

AI: What about the wider organisation, is the company doing anything with AI?

User: Head office in [[Cape Town|CITY]] has started a chatbot for customers on [[WhatsApp|SOFTWARE]], for repeat prescriptions and stock checks. It's helpful for the queues. My [[area manager|GENERIC_ROLE]], [[Riaan|PERSON]], says it cut phone calls to the stores by thirty percent. But people ask it medical questions it's not supposed to answer, so it sends them to us anyway, and then they arrive already annoyed because they've been talking to a robot for twenty minutes.

AI: How do you feel about AI and the future of pharmacy?

User: The [[SAPC|ORGANIZATION]], our council, hasn't given clear guidance yet, so everyone is doing their own thing. [[Cyril Ramaphosa|PUBLIC_FIGURE]] talks about the fourth industrial revolution in every speech, but in the public clinics they still don't have enough stock. My younger brother [[Sipho|PERSON]] is [[27|AGE]] and he's a [[data scientist|JOB_TITLE]] in [[Johannesburg|CITY]], and he says pharmacy will be fine, it's the call centre people who should worry. I hope he's right. My mother in [[Pietermaritzburg|CITY]] still goes to the same chemist lady she's known for twenty years. Trust like that, you can't automate.

AI: Thank you. Would you be willing to be contacted for a follow-up? What's the best way?

User: Yes, happy to. [[nomvula.dlamini.rph@gmail.com|EMAIL_ADDRESS]] is fine. Or my cell, [[O82 557 19O4|OBF_PHONE|letter_o_for_zero]], sorry, I type it like that on forms because I get so many spam calls from insurance people. [[WhatsApp|SOFTWARE]] on the same number works too.""")

# 13 - Canada, truck dispatcher, Winnipeg
T.append("""AI: Thanks for being here. Can you tell me about yourself and your work?

User: Sure. [[Jason Thiessen|PERSON]], [[48|AGE]], I'm a [[dispatcher|JOB_TITLE]] at [[Red River Freightways|ORGANIZATION]] out of [[Winnipeg|CITY]]. We're a mid-size carrier, about a hundred and forty trucks, mostly dry van and reefer, running across the [[Prairies|CITY]] and down into the [[States|COUNTRY]] through [[Emerson|CITY]]. I drove truck myself for twelve years before my back gave out, so I moved into the office in [[2014|DATE]]. I grew up in [[Steinbach|CITY]], Mennonite family, so I'm the first one in a while who didn't farm.

AI: How does AI show up in dispatch?

User: Couple ways. Our TMS, we use [[McLeod|SOFTWARE]], added some load-matching stuff that suggests which driver to put on which load based on hours of service and where they're at. It's not bad. Then we've got [[Samsara|SOFTWARE]] cameras in the cabs, those have AI that flags hard braking, phone use, following distance. The drivers hate those, honestly. [[Gurpreet|PERSON]], one of my best guys, got flagged for distracted driving because he was scratching his beard. And personally I use [[ChatGPT|AI_PRODUCT]] to write the safety bulletins and memos, because writing isn't my thing. I can tell you how to get a load of potatoes to [[Fargo|CITY]] in a blizzard, but don't ask me to write a paragraph.

AI: How do the drivers feel about it more broadly?

User: Mixed bag. A lot of our drivers are newcomers, Punjabi, Filipino, some Ukrainian guys the last couple years, and I use [[Google Translate|SOFTWARE]] and [[ChatGPT|AI_PRODUCT]] to send stuff out in their languages. They appreciate that, I think. But the cameras feel like somebody's always watching. [[Manny|PERSON]], he's [[63|AGE]], been driving since before I was born pretty much, he told me, "[[Jason|PERSON]], if the computer wants to drive so bad, let it drive to [[Thunder Bay|CITY]] in a whiteout."

AI: Have there been times AI got it wrong in a way that mattered?

User: Oh yeah. In [[January|GENERIC_TIME]] the load-matching thing put a driver on a run to [[Kenora|CITY]] with like an hour of buffer on his hours, and didn't account for the highway being closed for weather. It doesn't watch the road reports the way a person on the desk does. He ended up sitting on the shoulder for four hours. Nobody hurt, but that's the kind of thing. Me and my [[operations manager|GENERIC_ROLE]], [[Kelly Fehr|PERSON]], had a talk and now the suggestions are just suggestions, a human signs off on every one.

AI: What are your thoughts on where this is heading?

User: Everybody keeps asking about self-driving trucks. [[Elon Musk|PUBLIC_FIGURE]] has been promising that for ten years. Maybe on the interstates in [[Texas|CITY]], sure, but not on the Trans-Canada in [[February|GENERIC_TIME]] with black ice. What I think will actually happen is you'll need fewer of us in the office. One guy can handle more trucks with the AI doing the boring matching. That worries me for the younger people. My son [[Tanner|PERSON]] is [[22|AGE]], he wanted to get into dispatch, and I told him, learn the software side, be the guy who fixes the thing.

AI: Thanks, [[Jason|PERSON]]. Could we reach out to you for a follow-up? What's the best way?

User: Sure. Email's [[jthiessen at mymts dot net|OBF_EMAIL|spelled_at_dot]], I spell it out, old habit from the trucking forums. Or my cell, [[204-555-0147|PHONE_NUMBER]]. I'm on days this month, so evenings are good.""")

# 14 - France, benefits advisor at CAF, Lyon area
T.append("""AI: Bonjour, and thank you for joining. Could you tell me about yourself and your job?

User: Bonjour! I am [[Sandrine Morel|PERSON]], I am [[46|AGE]] years old, and I work at the [[CAF du Rhône|ORGANIZATION]], it is the public organism for family benefits, housing aid, RSA, all that. I am [[conseillère|JOB_TITLE]], so an [[advisor|JOB_TITLE]], I receive people in the agency in [[Vénissieux|CITY]], near [[Lyon|CITY]], and I also do appointments by phone. I started there in [[2004|DATE]], after my BTS in [[Villeurbanne|CITY]]. My English is okay, I watched a lot of series.

AI: How does AI come into your work, if at all?

User: Officially, not a lot. The institution is very careful, we are public service, the data is very sensitive, the [[CNIL|ORGANIZATION]] is watching. There is an internal tool in test to help answer the emails from allocataires, the beneficiaries. It proposes a response and we validate. It's based on [[Mistral|AI_PRODUCT]], I think, French AI, they are proud of that. Personally, at home, I use [[Le Chat|AI_PRODUCT]] sometimes, and [[ChatGPT|AI_PRODUCT]] for my son's homework, haha, no, to help him understand, not to do it for him.

AI: Can you describe how the internal email tool works in practice?

User: The person writes, for example, "why is my housing aid reduced". The tool reads the file and proposes an answer with the rules. Sometimes perfect. Sometimes it applies the rule for a couple when the person is separated since three months, because the file is not updated yet. So you must always check. And there is something funny: my [[colleague|GENERIC_ROLE]] is called [[Claude|PERSON]]. So in our team, when you say you asked [[Claude|PERSON]], we always have to say, the human one or the American AI? Because some young people use the AI called [[Claude|AI_PRODUCT]] at home. [[Claude|PERSON]], the human, is [[61|AGE]] and he refuses all the AI, he says he will retire before it arrives on his desk.

AI: How do the people you serve react?

User: Many are stressed. They think the computer decides everything. There is a lot of fear, because there was the story about the algorithm of the [[CAF|ORGANIZATION]] that gives a risk score to people for the controls, the journalists of [[Le Monde|ORGANIZATION]] wrote about it. A lady last week, Madame [[Benali|PERSON]], she cried because she thought a robot cut her benefits. I had to explain, no, it is a human, it is me, and we will fix it together. It was just a missing document. But the trust is damaged.

AI: What do you think about AI in the public sector in general?

User: I am divided. [[Emmanuel Macron|PUBLIC_FIGURE]] wants [[France|COUNTRY]] to be the champion of AI, with the big summit in [[Paris|CITY]] and all. But in the agencies we still have printers that don't work. If AI can do the repetitive answers and give me more time for the people who need a face, good. If it is to close agencies, no. My union, the [[CGT|ORGANIZATION]], is asking for guarantees. My husband [[Olivier|PERSON]] works at the [[SNCF|ORGANIZATION]] and they have exactly the same discussion there.

AI: Merci, [[Sandrine|PERSON]]. Could we contact you for a follow-up?

User: Avec plaisir. Email: [[sandrine.morel69 arobase free point fr|OBF_EMAIL|french_arobase_point]]. Phone, [[06 71 42 88 30|PHONE_NUMBER]], but I prefer the email, on the phone my English is worse.""")

# 15 - Kenya, medical insurance claims officer, Nairobi
T.append("""AI: Hi, thanks for joining. Could you start by telling me a bit about yourself?

User: Hi, thank you for having me. I'm [[Wanjiru Kamau|PERSON]], [[28|AGE]] years old, and I work as a [[claims officer|JOB_TITLE]] at [[Savanna Mutual Assurance|ORGANIZATION]] in [[Nairobi|CITY]]. Our office is in [[Upper Hill|CITY]], and I live in [[Rongai|CITY]], so I spend a lot of my life in matatus. I handle medical claims mostly. Hospitals send us invoices for our members, and we check them against the policy and either pay or raise a query. I studied actuarial science at [[Strathmore University|SCHOOL]], graduated in [[2018|DATE]]. Maybe that's too much information?

AI: Not at all. How is AI used in your work?

User: The company brought in a fraud detection system [[last year|GENERIC_TIME]], it scores each claim, green, amber, red. The red ones come to us for deep review. It has helped us catch some hospitals doing upcoding. For example, one facility in [[Thika|CITY]] was billing every simple malaria case as severe malaria with admission. The system flagged it, we investigated, and it was true. Then for me personally, I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Gemini|AI_PRODUCT]] to draft query letters to hospitals and to summarise long medical reports, with the names removed of course.

AI: Has the fraud system ever gotten things wrong?

User: Yes, and that's my concern. It flagged claims from [[Nairobi Hospital|ORGANIZATION]] a lot, just because they are expensive, not because they are fraud. And worse, it seemed to flag claims from rural facilities more, maybe because their documentation is handwritten and scanned. My [[colleague|GENERIC_ROLE]] [[Otieno|PERSON]] did a small analysis in [[Excel|SOFTWARE]] and showed our [[manager|GENERIC_ROLE]], Mrs. [[Njoroge|PERSON]]. She escalated to the vendor. I don't know what happened after that. That's the problem, it's a black box, nobody can tell you why it decides.

AI: How do members or hospitals react to AI-driven decisions?

User: Members don't even know AI is involved, they just see "claim under review". Some call crying because they are admitted and need approval to be discharged. There was an old man, Mzee [[Kiprono|PERSON]], he was [[74|AGE]], he stayed in the ward two extra days because the system flagged his claim and the review queue was long. His daughter called me every two hours. I fought for him and we approved it, but two days is two days of bills. I think there should always be a human who can override quickly.

AI: What are your thoughts on AI in [[Kenya|COUNTRY]]'s workforce more broadly?

User: [[Kenya|COUNTRY]] is interesting because many young people work online, data labelling, transcription, for foreign companies. You saw the case of the content moderators in [[Nairobi|CITY]] who sued [[Meta|ORGANIZATION]]. [[William Ruto|PUBLIC_FIGURE]] talks about the digital economy and jobs for youth, but many of these jobs pay very little. My brother [[Kevin|PERSON]] does this work from [[Nakuru|CITY]], labelling images for a company in [[America|COUNTRY]], and sometimes he works the whole night. For me, I want to learn data analysis, maybe [[Python|SOFTWARE]], so I'm the one checking the AI and not the one replaced by it.

AI: Thank you, [[Wanjiru|PERSON]]. Would you be open to a follow-up? How can we reach you?

User: Sure. Email [[wanjiru(dot)kamau(at)gmail(dot)com|OBF_EMAIL|parenthesised_at_dot]]. Phone or [[WhatsApp|SOFTWARE]] [[+254 722 318 406|PHONE_NUMBER]]. I'm also on [[X|SOFTWARE]], [[@wanjiru_k|SOCIAL_HANDLE]], but I rarely post there.""")

# 16 - Mexico, warehouse supervisor, Apodaca / Monterrey
T.append("""AI: Hello, thanks for joining. Could you tell me a bit about yourself and your job?

User: Hello, good afternoon. My name is [[José Luis Garza|PERSON]], I am [[50|AGE]] years, and I am [[warehouse supervisor|JOB_TITLE]] in a distribution center of [[Grupo Logístico Regio|ORGANIZATION]] in [[Apodaca|CITY]], that is next to [[Monterrey|CITY]], in [[Nuevo León|CITY]]. We distribute for supermarkets and convenience stores in all the north of [[Mexico|COUNTRY]]. I have sixty people in my shift, the night shift. I started here in [[2008|DATE]] as [[forklift operator|JOB_TITLE]] and I grew inside the company, step by step.

AI: How is AI used in the warehouse?

User: The big change was the new WMS, the system for the warehouse, it is [[Manhattan|SOFTWARE]], like the island, haha. It decides the slotting, where to put each product, and the picking routes for the people. It has AI, the provider says, to predict the demand. In the beginning it was chaos, because it moved the products every week and the pickers got lost. [[Chuy|PERSON]], one of my best pickers, he told me, "[[jefe|GENERIC_ROLE]], the computer is drunk." Now it's better, they adjusted the parameters, but it took three months of suffering.

AI: Do you use AI tools personally for your work?

User: Yes, a little. My daughter [[Fernanda|PERSON]] studies industrial engineering in the [[Tec de Monterrey|SCHOOL]], she installed [[ChatGPT|AI_PRODUCT]] on my phone and taught me. I use it to write the reports for my [[manager|GENERIC_ROLE]], he is from [[Texas|CITY]], the company has American investors, so the reports are in English. Before I suffered a lot, now I write in Spanish and ask it to translate, and then I ask [[Lupita|PERSON]], our [[HR coordinator|JOB_TITLE]], to read it because her English is perfect. Also I use it to prepare the safety talks, the pláticas de seguridad every [[Monday|GENERIC_TIME]], with examples so the people don't fall asleep.

AI: Have you seen any problems with AI at work?

User: Yes. The cameras. They put cameras with AI to check productivity, how many boxes per hour each person. The people feel like criminals. One guy, [[Everardo|PERSON]], he is older, [[58|AGE]], he has a problem in his knee, and the system marked him as low productivity three weeks in a row, and HR almost fired him. I had to fight, I said he is the one who trains all the new ones, the system doesn't see that. They kept him, but now he is scared all the time. The machine sees the numbers, not the person.

AI: How do you feel about the future of warehouse work with AI?

User: Honestly, I worry. In [[Guadalajara|CITY]] the company has a new center with robots, the little orange ones that carry the shelves. Maybe in five years we will have it here also. The young people, okay, they can learn to maintain the robots. But the people like [[Everardo|PERSON]], what will they do? I saw [[Carlos Slim|PUBLIC_FIGURE]] on the TV saying in the future people will work only three days a week. Ojalá, haha. But I don't think he was talking about warehouse people.

AI: Thank you, [[José Luis|PERSON]]. Would you be willing to talk again for a follow-up? How can we contact you?

User: Yes, with pleasure. My [[WhatsApp|SOFTWARE]], I write it like my daughter told me, so the bots don't catch it: [[ocho uno, uno cuatro cinco dos, siete siete tres nueve|OBF_PHONE|spanish_number_words]]. Email is [[jl.garza.almacen@hotmail.com|EMAIL_ADDRESS]]. Better after three in the afternoon, I sleep in the morning because of the night shift.""")

# 17 - Ireland, hairdresser and salon owner, Salthill / Galway
T.append("""AI: Hi there, thanks for doing this. Can you tell me a bit about yourself and what you do?

User: Hiya, no bother. I'm [[Siobhán Kenny|PERSON]], I'm [[31|AGE]], and I'm a [[hairdresser|JOB_TITLE]]. I own my own salon, [[Cut Above|ORGANIZATION]], in [[Salthill|CITY]], just outside [[Galway|CITY]] city. Opened it in [[March 2021|DATE]], mid-lockdown, which everyone told me was mental, but we survived. There's four of us now, me, [[Aoife|PERSON]] and [[Ciara|PERSON]] who are both [[senior stylists|JOB_TITLE]], and [[Niamh|PERSON]], our [[junior|JOB_TITLE]], she's only [[18|AGE]]. I trained at [[Galway Technical Institute|SCHOOL]] and then worked in a big salon in [[Dublin|CITY]] for a few years before coming home.

AI: How does AI fit into running a salon?

User: More than you'd think! The booking system, [[Fresha|SOFTWARE]], has a thing now that predicts no-shows and sends extra reminders, and it's actually cut our no-shows loads. Then [[Instagram|SOFTWARE]] is basically my whole marketing, and I use [[ChatGPT|AI_PRODUCT]] for captions because I'm dyslexic and writing stresses me out. I'd have a photo of a balayage ready and I'd sit there for twenty minutes trying to write two lines. Now I just tell it "soft blonde balayage, [[client|GENERIC_ROLE]] wanted low maintenance, cheeky tone, [[Galway|CITY]]" and it gives me five options. Oh, and [[Canva|SOFTWARE]] for the posters in the window.

AI: Have there been any downsides?

User: Ah, a few. The captions started sounding a bit samey, everyone's salon page sounds the same now, all "elevate your look" and that. My mam said to me, "that doesn't sound like you at all, [[Siobhán|PERSON]]," and she was right. So now I write the caption myself first, badly, and ask it to fix the spelling only. And one time a customer asked the booking chatbot about a bleach allergy and it told her she didn't need a patch test. That's a big no. You always need a patch test. I had to go in and change the settings, and now any question about allergies comes straight to me.

AI: How do your [[clients|GENERIC_ROLE]] feel about AI?

User: Some of them ask me to use it! Mrs [[Fahy|PERSON]], she's one of my regulars, she's [[82|AGE]], she brought in a picture her grandson made with one of those AI apps, of her with a pixie cut, to see would it suit her. It was hilarious, she had about six fingers in it, but it did give us an idea. The younger ones bring in [[TikTok|SOFTWARE]] filters and want to look exactly like that, which is impossible because the filter's after changing their whole face shape too. And every few months somebody still comes in with a photo of [[Jennifer Aniston|PUBLIC_FIGURE]] from the nineties, AI or no AI, that never changes.

AI: Do you see AI changing hairdressing in the future?

User: Not the actual cutting, no way. You can't have a robot doing a fringe on a toddler who won't sit still. But the business side, yeah. I'd love an AI that does the VAT returns for me, honestly. Our [[accountant|JOB_TITLE]], [[Declan|PERSON]], says it's coming but not yet, and the [[Revenue|ORGANIZATION]] are very strict. My biggest worry is the big chains using AI to undercut small places like mine on price, with all the automated marketing. But people in a small place come back for the chat as much as the cut.

AI: Thanks, [[Siobhán|PERSON]]. Would you be happy for us to get in touch for a follow-up?

User: Course, yeah. Email me at [[siobhan_AT_cutabovesalthill_DOT_ie|OBF_EMAIL|caps_at_dot]], I always write it that way on forms. Or ring the salon, [[091 524 877|PHONE_NUMBER]], and ask for me, but not on a [[Saturday|GENERIC_TIME]], it's chaos. Or DM the salon page, [[@cutabove_salthill|SOCIAL_HANDLE]].""")

# 18 - Vietnam, chief accountant, garment exporter, Ho Chi Minh City
T.append("""AI: Hello, thank you for joining. Could you introduce yourself and your work?

User: Hello. My name is [[Nguyễn Thị Thu Hà|PERSON]], you can call me [[Hà|PERSON]]. I am [[37|AGE]] years old. I am [[chief accountant|JOB_TITLE]] of [[Sao Việt Apparel|ORGANIZATION]]. The factory is in [[Bình Dương|CITY]], but my office is in [[District 7|CITY]], [[Ho Chi Minh City|CITY]]. We make clothes for export, for brands in [[Europe|CONTINENT]] and [[Japan|COUNTRY]]. The company [[owner|GENERIC_ROLE]] is Korean. I studied at [[University of Economics Ho Chi Minh City|SCHOOL]] and graduated in [[2009|DATE]], so I am working fifteen years in accounting.

AI: How do you use AI in your work?

User: I use it a lot for language. The [[director|GENERIC_ROLE]], Mr. [[Park|PERSON]], speaks Korean and a little English, I speak Vietnamese and English, so we meet in the middle, haha. Before we used [[Papago|SOFTWARE]], now I use [[ChatGPT|AI_PRODUCT]] because it understands accounting words better. For example "công nợ", receivables, [[Papago|SOFTWARE]] sometimes translates very strange. Also I use it to explain the Vietnamese tax rules to Mr. [[Park|PERSON]], because the rules change very often, the circulars from the [[Ministry of Finance|ORGANIZATION]]. I paste the circular and ask for a summary in English, then I explain with my own words.

AI: Are there accounting tasks where you use AI?

User: Some. Our accounting software is [[MISA|SOFTWARE]], it has a new AI assistant that reads the e-invoices and suggests the accounting entry. Maybe seventy percent correct. The other thirty percent my staff must fix. [[Linh|PERSON]], our [[accounting assistant|JOB_TITLE]], she is young, [[24|AGE]], very good with technology, she checks the suggestions every morning. I don't let AI touch the tax declaration. If there is a mistake, the tax officer comes, and I am the one who signs, so I am the one in trouble.

AI: What concerns do you have about using these tools?

User: Data. Our customer contracts have confidentiality. One buyer from [[Sweden|COUNTRY]], [[Lindqvist Outdoor|ORGANIZATION]], asked in the audit if we use AI with their data. I said no, which is mostly true, haha. I only paste numbers without names. Also I worry for the young accountants. If AI does the entries, how do they learn? I learned by doing thousands of entries by hand, my first [[boss|GENERIC_ROLE]], Mrs. [[Lan|PERSON]], made me redo everything in pencil. It was painful, but now I see mistakes immediately, like a smell.

AI: How do you see AI changing work in [[Vietnam|COUNTRY]]?

User: Very fast. Young people learn on [[TikTok|SOFTWARE]] and [[Zalo|SOFTWARE]], everyone is using AI. The government talks about digital transformation all the time. When [[Jensen Huang|PUBLIC_FIGURE]] came to [[Hanoi|CITY]], everyone was so excited, like a pop star. But in garment factories, the workers sewing, AI cannot replace soon. My husband [[Tuấn|PERSON]] works in a bank, he says his department is already using an AI chatbot for customers, and some of the tellers are moved to sales.

AI: Thank you, [[Hà|PERSON]]. Can we contact you for a follow-up?

User: Yes. Email: [[thuha . nguyen87 @ gmail . com|OBF_EMAIL|spaced_symbols]], please remove the spaces. And [[Zalo|SOFTWARE]] is same as my phone, [[0908 771 254|PHONE_NUMBER]].""")

# 19 - Netherlands, municipal policy advisor, Utrecht
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself and your role?

User: Sure. I'm [[Maarten de Vries|PERSON]], [[42|AGE]], and I work as a [[policy advisor|JOB_TITLE]] at the [[Gemeente Utrecht|ORGANIZATION]], the municipality of [[Utrecht|CITY]]. I'm in the social domain, specifically the Wmo, that's the law on social support: home care, wheelchairs, house adaptations for people with a disability. I've been there since [[2016|DATE]]. I live in [[Amersfoort|CITY]], so it's twenty minutes on the train and then the bike. Very Dutch.

AI: How is AI being used at the municipality?

User: Carefully, to put it mildly. After the toeslagenaffaire, the childcare benefits scandal, where the [[Belastingdienst|ORGANIZATION]] used an algorithm that discriminated against people with a second nationality, every government organisation in the [[Netherlands|COUNTRY]] is extremely nervous about algorithms. We have a public algorithm register now, everything must be in there. For generative AI, we had a ban on [[ChatGPT|AI_PRODUCT]] for a while, and now there is a pilot with [[Copilot|AI_PRODUCT]] for about two hundred civil servants. I'm in the pilot.

AI: What do you use it for in the pilot?

User: Mostly for summarising. Policy documents, council letters, evaluation reports of eighty pages. I ask it for a summary and a list of open questions, and then I read the parts that matter. It saves me maybe three hours a week. My [[colleague|GENERIC_ROLE]] [[Fatima|PERSON]] uses it to rewrite letters to residents at B1 level, plain Dutch, because our letters were famous for being unreadable. She did a test with a panel of residents from [[Overvecht|CITY]] and they understood the new letters much better. That was a real win, honestly.

AI: Have there been concerns or problems?

User: Yes. Someone in my team, [[Jeroen|PERSON]], pasted a summary of a complaint, with the name of the resident in it, into the public [[ChatGPT|AI_PRODUCT]] instead of [[Copilot|AI_PRODUCT]], just before the pilot started. He reported it himself, which I respect, and it went to our [[privacy officer|GENERIC_ROLE]]. It was registered as a data breach with the [[Autoriteit Persoonsgegevens|ORGANIZATION]]. Nobody was fired, but it was a big lesson for everyone. And there is a deeper worry: if AI writes all the summaries, who still reads the actual reports? Who notices the footnote that changes everything?

AI: How do you see the role of AI in local government going forward?

User: Useful for the back office, dangerous for decisions. The Wmo is about people, someone with MS who needs a stairlift. If an AI makes a pre-selection of who gets an assessment, we are back at the toeslagenaffaire. Remember, the whole cabinet of [[Mark Rutte|PUBLIC_FIGURE]] resigned over that scandal. The politicians in [[The Hague|CITY]] like to talk about AI and efficiency, but in the municipalities we see the people behind the files. My partner [[Sanne|PERSON]] is a [[social worker|JOB_TITLE]] in [[Amersfoort|CITY]] and she says the same, the human conversation at the kitchen table is the whole point.

AI: Thank you, [[Maarten|PERSON]]. Can we contact you for a short follow-up?

User: Yes, of course. Our office is in the Stadskantoor, [[Stadsplateau 1, 3521 AZ|ADDRESS]] [[Utrecht|CITY]], but it's better to reach me privately: [[m.devries apenstaartje ziggo punt nl|OBF_EMAIL|dutch_apenstaartje_punt]], apenstaartje is the Dutch word for the at-sign, a little monkey tail. Phone [[06 1839 2247|PHONE_NUMBER]].""")

# 20 - Egypt, resort guest relations officer, Hurghada
T.append("""AI: Hello, thanks for joining us. Could you please introduce yourself and your work?

User: Hello, welcome, thank you for inviting me. My name is [[Mohamed Samir|PERSON]], I am [[27|AGE]], and I work as [[guest relations officer|JOB_TITLE]] at [[Red Sea Pearl Resort|ORGANIZATION]] in [[Hurghada|CITY]]. I am originally from [[Mansoura|CITY]], in the [[Delta|CITY]], and I came here for work after I finished my studies in the faculty of tourism and hotels at [[Helwan University|SCHOOL]] in [[2019|DATE]]. Our guests are mostly from [[Germany|COUNTRY]], [[Poland|COUNTRY]], [[Czech Republic|COUNTRY]] and some from [[Russia|COUNTRY]]. I speak Arabic, English and German, and a little bit Russian.

AI: How do you use AI in your job?

User: Every day. First for the reviews. Our [[general manager|GENERIC_ROLE]] is very focused on [[TripAdvisor|SOFTWARE]] and [[HolidayCheck|SOFTWARE]], the German guests use [[HolidayCheck|SOFTWARE]] a lot. I answer every review in the language of the guest, and [[ChatGPT|AI_PRODUCT]] helps me with Polish and Czech, I don't speak these. Also when a guest has a complaint, I sometimes use the voice translation on my phone, for Russian especially. The guest speaks, the phone translates, I answer. It's not perfect but they see I'm trying, and that is half of guest relations.

AI: Can you give an example of something that went well or badly?

User: One funny and one bad. Funny: a Polish family, the grandmother told the phone something and it translated "I want to marry the pool man". Actually she wanted to complain that the pool was too cold, haha. We all laughed, my [[colleague|GENERIC_ROLE]] [[Mina|PERSON]] from the animation team still calls the pool guy "the groom". Bad: one time [[ChatGPT|AI_PRODUCT]] wrote a reply to a German review that promised a free room upgrade on the next visit. I did not read carefully. The guest came back and asked for the upgrade! My [[manager|GENERIC_ROLE]], Mr. [[Hossam|PERSON]], was not happy, but we gave it. Now I read every line before I post.

AI: Did the hotel give you any training on these tools?

User: Not really. The group has a training academy in [[Sharm El Sheikh|CITY]], but it's more about service standards and upselling. I learned from [[YouTube|SOFTWARE]] and from my friend [[Karim|PERSON]], he is [[front office manager|JOB_TITLE]] in another resort in [[El Gouna|CITY]]. He showed me how to give [[ChatGPT|AI_PRODUCT]] the style of our hotel, like "friendly, short, no promises". The "no promises" part I added myself after the upgrade story, haha. Now the younger staff at the reception ask me to teach them, so I am the AI teacher without extra salary.

AI: How do you feel about AI and jobs in tourism in [[Egypt|COUNTRY]]?

User: Tourism is the life of [[Hurghada|CITY]]. Everybody works in hotels, diving, safari. I don't think AI will replace the human here, because guests come for the Egyptian hospitality, the smile, the jokes. But the office jobs, reservations, maybe yes. My cousin [[Hoda|PERSON]] works in a call center in [[Cairo|CITY]] for a British company, and she says they already have AI answering the easy calls. Also, everybody here loves [[Mohamed Salah|PUBLIC_FIGURE]], and one English guest asked me if I am his cousin because we have the same first name, haha. I said yes, of course, and he gave me a big tip.

AI: Thank you, [[Mohamed|PERSON]]. Can we contact you for a follow-up interview?

User: Yes, sure. My [[WhatsApp|SOFTWARE]] is [[٠١٠٠٤٥٧٢١٣٨|OBF_PHONE|arabic_indic_digits]], sorry, my phone keyboard is in Arabic. Email is [[m.samir.gro@gmail.com|EMAIL_ADDRESS]]. Please message in the afternoon, in the morning I am at the reception with check-outs.""")

# 21 - USA, home health aide, San Antonio, Texas
T.append("""AI: Hi, thank you for joining. Can you tell me about yourself and your work?

User: Hi, yes. My name is [[Rosa Elena Treviño|PERSON]], I'm [[45|AGE]], I live in [[San Antonio|CITY]], on the south side. I'm a [[home health aide|JOB_TITLE]], and a [[CNA|JOB_TITLE]] too, I got my certification in [[2012|DATE]] at [[Palo Alto College|SCHOOL]]. I work for [[Alamo Home Care Partners|ORGANIZATION]], they send me to the houses of elderly people, mostly. Right now I have four [[clients|GENERIC_ROLE]], I go to each one two or three times a week. Bathing, meals, medication reminders, light cleaning, and a lot of listening, you know.

AI: How does AI come into your work?

User: Ay, more than I thought. The agency uses an app, [[AxisCare|SOFTWARE]], where I clock in and out with GPS and write my notes. Now it has a button where you speak and it writes the note for you. That helps me a lot, because my English writing is not perfect, I speak better than I write. I talk in the car after the visit, and it makes a nice note. Sometimes it puts words I didn't say. One time it wrote "patient reports chest pain" and I said "patient reports chess game", because Mr. [[Hargrove|PERSON]] beat me again at chess, haha. I caught it, thank God, imagine the office calling 911 for that.

AI: Are there other AI tools you use?

User: My daughter [[Dani|PERSON]], she's [[20|AGE]] and she's at [[UTSA|SCHOOL]], she put [[ChatGPT|AI_PRODUCT]] on my phone and showed me I can ask in Spanish. So when a [[client|GENERIC_ROLE]] gets a new medicine, I ask it in Spanish what it's for and what to watch out for. Not to change anything, just to understand, because the pharmacy paper is so small and full of big words. And one of my [[clients|GENERIC_ROLE]], Mrs. [[Delgado|PERSON]], she's [[91|AGE]], her son put an [[Alexa|AI_PRODUCT]] in her kitchen. It reminds her of her pills and plays [[Vicente Fernández|PUBLIC_FIGURE]] all day. She talks to it like it's a person, she says "gracias, mija" to it. It keeps her company when I'm not there.

AI: Do you have any concerns about these tools?

User: Yes, privacy. With the voice notes, I'm saying the name of the person, their medicines, their problems, and I don't know where that goes. My [[supervisor|GENERIC_ROLE]], [[Brenda|PERSON]], says it's HIPAA compliant, whatever that means. I trust her, but I don't trust the internet. Also the GPS thing. One time I was at the clinic with Mr. [[Hargrove|PERSON]] waiting three hours and the app said I was "out of location", and they didn't pay me for that time until I complained. The computer thinks the job is only inside the house.

AI: How do you see the future of caregiving with AI?

User: Honestly, there are not enough of us. Everybody is getting old and nobody wants this job because the pay is low. In [[Texas|CITY]] it's like eleven, twelve dollars an hour at some agencies. So maybe the robots will help, I saw in the news that in [[Japan|COUNTRY]] they have robots that lift people from the bed. But a robot cannot notice that Mrs. [[Delgado|PERSON]] is sad because it's the anniversary of her husband passing. I notice, because I know her. My mom took care of my grandma in [[Laredo|CITY]] for years, so for me this is family work, not just a job.

AI: Thank you, [[Rosa|PERSON]]. Would you be open to a follow-up? How can we reach you?

User: Sure, mija. My email: [[rosatrev210 (arroba) yahoo (punto) com|OBF_EMAIL|spanish_arroba_parens]], my daughter said write it like that. And my cell [[210-555-0139|PHONE_NUMBER]], text is better, I can't answer when I'm bathing someone, you understand.""")

# 22 - Italy, bookkeeper in family packaging-machinery firm, Bologna
T.append("""AI: Good morning, thank you for joining. Could you introduce yourself and tell me about your work?

User: Good morning. I am [[Chiara Benedetti|PERSON]], I am [[55|AGE]] years old, and I am the [[bookkeeper|JOB_TITLE]], in Italian we say contabile, for a family company, [[Benedetti Imballaggi|ORGANIZATION]]. We make packaging machines for food and cosmetics, and we export a lot. The company is in [[Casalecchio di Reno|CITY]], just outside [[Bologna|CITY]]. It is the company of my husband's family, my brother-in-law [[Stefano|PERSON]] is the [[CEO|GENERIC_ROLE]] and my husband [[Marco|PERSON]] does the technical side. I started working here in [[1994|DATE]], when I married, so thirty years now. Before, I studied economics at the [[Università di Bologna|SCHOOL]].

AI: How do you use AI in your work?

User: I will be honest, at the beginning I was against it. When the [[Garante|ORGANIZATION]] blocked [[ChatGPT|AI_PRODUCT]] in [[Italy|COUNTRY]] for some weeks, I thought, good, somebody is protecting us. Then my daughter [[Giulia|PERSON]], she is [[26|AGE]] and works in [[Milan|CITY]] in marketing, showed me how to use it. Now I use it for the emails to foreign customers in English and German, and to understand the new rules, for example on electronic invoicing. The rules change every year and the [[Agenzia delle Entrate|ORGANIZATION]] publishes circulars of forty pages. For the invoicing itself we use [[TeamSystem|SOFTWARE]], and there the AI does not enter.

AI: Have there been mistakes or surprises?

User: Yes, one very interesting. I wanted to test if it knows the Italian codice fiscale, the tax code, so I gave it my own, [[BNDCHR69E52A944K|NATIONAL_ID]], and asked what it can understand from it. It told me my birth date, correct, and the city, [[Bologna|CITY]], correct, but then it said I am a man! Because it did not know that for women they add forty to the day. So I thought, okay, it is clever but not so clever. After, I felt a bit stupid to have given it my codice fiscale. [[Giulia|PERSON]] scolded me like I was the daughter.

AI: How about your [[colleagues|GENERIC_ROLE]] or the wider company?

User: The company is small, forty people. The young engineers use AI for code, for the PLC programs, and for the technical manuals in English. [[Stefano|PERSON]] is enthusiastic, he went to a fair in [[Milan|CITY]] and came back saying we must use AI for everything. [[Marco|PERSON]] is more skeptical, like me. Our [[commercialista|JOB_TITLE]], Dott. [[Galli|PERSON]], says the AI will never sign a balance sheet, so his job is safe. I think he is a little too optimistic, but he is [[68|AGE]], so for him maybe it is true.

AI: What do you think about AI and the future of work in [[Italy|COUNTRY]]?

User: In [[Italy|COUNTRY]] we are slow, the bureaucracy is slow, the small companies are slow. Maybe this protects us a little, haha. [[Giorgia Meloni|PUBLIC_FIGURE]] even invited [[Pope Francis|PUBLIC_FIGURE]] to the G7 to talk about AI, imagine. For people of my age the risk is to be pushed aside because we are not fast with the new tools. But I have knowledge of the company that no AI has. I know which customer pays late and why, which supplier you can call on a [[Sunday|GENERIC_TIME]]. This is not in any database.

AI: Thank you, [[Chiara|PERSON]]. May we contact you for a follow-up?

User: Certainly. My email is [[chiara.benedetti chiocciola libero punto it|OBF_EMAIL|italian_chiocciola_punto]], chiocciola is the snail, it is our name for the at. Office phone [[051 614 2278|PHONE_NUMBER]], I am there every morning from half past eight.""")

# 23 - Singapore, AML compliance analyst, bank
T.append("""AI: Hi, thanks for joining today. Could you start by introducing yourself?

User: Hi! Sure. I'm [[Tan Wei Ling|PERSON]], but most people call me [[Wei Ling|PERSON]]. I'm [[30|AGE]], and I'm an [[AML compliance analyst|JOB_TITLE]] at [[Straits Meridian Bank|ORGANIZATION]], in the financial crime team. Office is at [[Marina Bay|CITY]], but I stay in [[Tampines|CITY]] with my parents, very typical Singaporean lah. I studied business at [[SMU|SCHOOL]], graduated in [[2016|DATE]], and joined the bank straight after.

AI: How is AI used in your team?

User: Quite a lot actually, the bank is very big on it. We have an internal tool called [[MeridianGPT|AI_PRODUCT]], it's built on [[GPT-4|AI_PRODUCT]] but hosted internally, so we're allowed to put customer data in. I use it to draft the narratives for suspicious transaction reports, the STRs. Like, I give it the transaction pattern and the customer profile, and it writes the first draft. Then I edit. Before, one STR could take me half a day, now maybe two hours. The transaction monitoring system also has machine learning to reduce false positives, that one is from [[Actimize|SOFTWARE]].

AI: What's your experience of the quality of those drafts?

User: It's okay for structure but it's too... confident, you know? It'll write "the customer appears to be engaged in layering" when I only said the pattern is unusual. For STRs that wording matters a lot, because it goes to [[STRO|ORGANIZATION]] and the police may act on it. So I'm very careful. My [[team lead|GENERIC_ROLE]], [[Darren|PERSON]], has a rule: every AI sentence must be backed by a fact in the case file. [[Siti|PERSON]], my [[colleague|GENERIC_ROLE]], made a checklist for this and now the whole department uses it.

AI: Have there been any incidents or worries?

User: One time someone in another team used the public [[ChatGPT|AI_PRODUCT]] on their phone to summarise a case, and the screenshot was found during an audit. Very serious, the person got a formal warning. [[MAS|ORGANIZATION]] is also very strict, they put out guidelines on AI risk management. Personally my worry is more about deskilling. The juniors who joined this year have never written an STR from scratch. If the tool goes down, can they still do it? I'm not so sure.

AI: How do you feel about your own career with AI?

User: Honestly a bit anxious but also excited. PM [[Lawrence Wong|PUBLIC_FIGURE]] keeps saying [[Singapore|COUNTRY]] must ride the AI wave, and there's SkillsFuture credit for courses, so I'm doing a data analytics course at [[NUS|SCHOOL]] on [[weekends|GENERIC_TIME]]. My boyfriend [[Jun Hao|PERSON]] is in tech, he says compliance will always need humans because somebody has to be accountable. Hopefully he's right lor. My mum keeps asking if I'll lose my job to [[ChatGPT|AI_PRODUCT]], I tell her, Ma, if I lose my job, who's going to pay for your [[Korea|COUNTRY]] trips?

AI: Thanks, [[Wei Ling|PERSON]]. Can we contact you for a follow-up?

User: Sure! Email [[weiling.tan.92@gmail.com|EMAIL_ADDRESS]], or [[Telegram|SOFTWARE]], [[@wltan_sg|SOCIAL_HANDLE]]. Phone is [[+65 nine one seven three 8204|OBF_PHONE|mixed_words_digits]], I write half in words, habit from a scam awareness talk haha. [[LinkedIn|SOFTWARE]] also can, [[linkedin.com/in/tanweiling-aml|URL]].""")

# 24 - New Zealand, council building inspector, Hamilton
T.append("""AI: Kia ora, thanks for joining. Could you tell me a bit about yourself and your job?

User: Kia ora. I'm [[Hemi Walker|PERSON]], [[49|AGE]], I'm a [[building inspector|JOB_TITLE]] at [[Hamilton City Council|ORGANIZATION]]. Been there since [[2011|DATE]], and before that I was a [[builder|JOB_TITLE]] for twenty years, did my apprenticeship in [[Rotorua|CITY]]. I live out in [[Ngāruawāhia|CITY]] with my wife [[Mere|PERSON]] and our youngest, [[Tama|PERSON]], he's [[15|AGE]]. The older two have flown the nest, one's in [[Australia|COUNTRY]], like half of [[NZ|COUNTRY]].

AI: How does AI come into building inspection?

User: It's creeping in. We do inspections on the iPad, photos, checklists, all through [[GoGet|SOFTWARE]]. Now there's a trial where an AI reads the photos and flags things, like missing fixings on a brace or the wrong building wrap. It's alright, catches the obvious stuff. And the consent processing team uses [[Copilot|AI_PRODUCT]] to summarise the applications, some of them are three hundred pages. Personally I use [[ChatGPT|AI_PRODUCT]] at home to help me write my reports clearer. Writing was never my strong point, I left school at [[16|AGE]].

AI: Can you give an example where it helped or caused trouble?

User: Trouble first. The photo AI flagged a whole lot of cladding as non-compliant on a job in [[Rototuna|CITY]]. Turned out the light was just weird, late afternoon, and it thought the cavity battens were missing. The [[builder|JOB_TITLE]], [[Gareth|PERSON]] from [[Waikato Homes Ltd|ORGANIZATION]], was ropeable, he'd lost half a day waiting. I went back, had a look with my own eyes, all good. Helped: my [[colleague|GENERIC_ROLE]] [[Aroha|PERSON]] used [[ChatGPT|AI_PRODUCT]] to turn the Building Code clauses into plain English handouts for homeowners doing their own renos. Those have been really popular, saved us heaps of phone calls.

AI: How do people in the industry feel about it?

User: Split. The young builders love anything on a phone. The old boys reckon it's just another way for council to slow them down. There's a lot of frustration with councils anyway, everyone wants consents faster. [[Chris Bishop|PUBLIC_FIGURE]] keeps saying AI will speed up consenting, and maybe for the paperwork it will. But we had the leaky homes crisis here in the nineties, cost billions. If an AI misses a flashing detail, who's liable? Council is. Ratepayers are. So we're careful.

AI: How do you feel personally about where it's heading?

User: I'm okay with it, as long as it's a tool and not the [[boss|GENERIC_ROLE]]. I've got maybe fifteen years left in me. What I'd like is for it to do the admin so I'm out on site more, that's the good part of the job, talking to builders, seeing the houses go up. [[Mere|PERSON]] says I'm a dinosaur because I still print my diary, ha. And there's something in our culture about kanohi ki te kanohi, face to face. You can't do that with a chatbot.

AI: Ngā mihi, [[Hemi|PERSON]]. Would you be happy for us to contact you for a follow-up?

User: Yeah, sweet as. Email's [[hemi dot walker at xtra dot co dot nz|OBF_EMAIL|spelled_at_dot]], or flick me a text on [[021 448 3091|PHONE_NUMBER]]. Work email goes through the council filters and half the stuff never arrives.""")

# 25 - Turkey, quality control engineer, textile factory, Bursa
T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your work?

User: Hello, thank you. I am [[Elif Yıldırım|PERSON]], [[32|AGE]] years old. I work as [[quality control engineer|JOB_TITLE]] at [[Uludağ Tekstil|ORGANIZATION]], a textile factory in [[Bursa|CITY]], in the [[Nilüfer|CITY]] organized industrial zone. We produce home textile, towels, bed sheets, mostly for export to [[Europe|CONTINENT]]. I graduated textile engineering from [[Uludağ University|SCHOOL]] in [[2015|DATE]], and I am in this factory since [[2017|DATE]]. My team is eleven people, quality inspectors on the lines and in final inspection.

AI: How is AI used in your factory?

User: The most important is the camera system on the weaving and finishing lines. It is from an Italian company. It checks the fabric with cameras and AI, finds defects like holes, stains, broken threads, colour differences. Before, our people looked at the fabric on a light table for eight hours, very tiring for the eyes. Now the system flags, and a person confirms. Detection is better, especially for small defects. But in the beginning it flagged too much, every little fluff was "defect". We trained it for three months with our own samples.

AI: What about for you personally, in your own tasks?

User: I use [[ChatGPT|AI_PRODUCT]] for reports in English for our customers. Our biggest customer is a Swedish home brand, [[Nordhem|ORGANIZATION]], and they want 8D reports when there is a complaint, very detailed, root cause analysis. English is my second language, so AI helps to make it professional. Also I use [[DeepL|AI_PRODUCT]] for German customers. And for statistics, I ask it to help with [[Minitab|SOFTWARE]], control charts, capability analysis. I learned statistics at university but I forgot half, haha.

AI: Have you seen any problems or concerns?

User: Yes. First, the inspectors were afraid. [[Ayşe|PERSON]] Hanım, she is our most experienced [[inspector|JOB_TITLE]], [[54|AGE]] years old, thirty years in textile, she thought she will lose her job. We talked with the [[factory manager|GENERIC_ROLE]], [[Mehmet|PERSON]] Bey, and he promised nobody will be fired because of the cameras, they will move to other tasks. Until now this is true. Second, the AI sometimes makes me lazy in reports. One time it invented a root cause, "operator training deficiency", that we never found. The customer's [[auditor|GENERIC_ROLE]] asked for the training records and there was no problem with training. Embarrassing. Now I write the root cause myself, AI only for the language.

AI: How do you see AI and work in [[Turkey|COUNTRY]] in the coming years?

User: In [[Turkey|COUNTRY]], textile is under pressure, labour cost is increasing, inflation, and competition from [[Egypt|COUNTRY]] and [[Bangladesh|COUNTRY]]. So companies want automation to survive. I think AI will reduce some jobs but also save the industry here, if we are smart. Many young engineers are going abroad, to [[Germany|COUNTRY]], to the [[Netherlands|COUNTRY]]. My brother [[Emre|PERSON]] is [[software developer|JOB_TITLE]] in [[Berlin|CITY]], he says I should learn [[Python|SOFTWARE]]. Everyone says this, haha. We are proud of people like [[Selçuk Bayraktar|PUBLIC_FIGURE]] for technology, but in textile we are still learning.

AI: Thank you, [[Elif|PERSON]]. Could we contact you for a follow-up?

User: Yes, of course. Email: [[elif.yildirim et hotmail nokta com|OBF_EMAIL|turkish_et_nokta]], "et" is how we say the @ in Turkish, and "nokta" is dot. Phone [[0532 417 88 36|PHONE_NUMBER]], [[WhatsApp|SOFTWARE]] is the same number.""")

write_set(T, "set_z")
