# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----

T.append("""AI: Thanks for making time today. To start, could you tell me a bit about your role and where you work?

User: Sure. I'm [[Deniz Aydın|PERSON]], I'm a [[senior product manager|JOB_TITLE]] at [[Kontora|ORGANIZATION]], we make invoicing software for small businesses. We're in [[Berlin|CITY]], the office is in [[Kreuzberg|CITY]] near the canal. I joined in [[2021|DATE]], before that I was four years at [[Zalando|ORGANIZATION]]. My squad is four engineers, one designer and me, and I report to our [[CPO|GENERIC_ROLE]], [[Henrike Vogt|PERSON]].

AI: Thanks, [[Deniz|PERSON]]. Where does AI show up in a normal week for you?

User: Mostly in the boring parts, to be honest. Customer calls get recorded with [[Fireflies|AI_PRODUCT]], then I paste the transcripts into [[Claude|AI_PRODUCT]] and ask it to cluster the pain points. We also have [[Notion AI|AI_PRODUCT]] switched on in the wiki, I use it to summarise long threads before planning on [[Mondays|GENERIC_TIME]]. Tickets still go into [[Jira|SOFTWARE]] by hand, because [[Henrike|PERSON]] wants a human name on every ticket, which I agree with.

AI: Can you think of a specific time it helped, or went wrong?

User: Both in the same project actually. In [[October 2023|DATE]] we were preparing for the e-invoicing mandate in [[Germany|COUNTRY]] and I had around forty interview transcripts. [[Claude|AI_PRODUCT]] grouped them in ten minutes, that would have been two days for me. But it also produced a very nice quote from a "bakery owner in [[Leipzig|CITY]]" that nobody ever said. My colleague [[Will Brandt|PERSON|word_name]] was on most of those calls and he said, this is not a real person, I would remember her. So now I always ask for the transcript line next to every quote.

AI: That's a useful habit. You mentioned [[Will|PERSON|word_name]] - does the rest of the team use these tools the same way?

User: No, very different. [[Will|PERSON|word_name]] is our [[UX researcher|JOB_TITLE]] and he is quite sceptical, he uses almost nothing except [[DeepL|AI_PRODUCT]] for the Turkish and Polish customers. Our designer [[Agnieszka Wróbel|PERSON]] plays a lot with [[Figma AI|AI_PRODUCT]] for first layouts, and the engineers all have [[GitHub Copilot|AI_PRODUCT]], our [[CTO|GENERIC_ROLE]] pays it from the tooling budget.

AI: Are there rules at [[Kontora|ORGANIZATION]] about what data can go into these tools?

User: There is a one-page policy since [[March 2024|DATE]], like probably every company in [[Europe|CONTINENT]] now. No customer personal data, nothing with tax numbers. It came after a small incident: an intern pasted a full support ticket into [[ChatGPT|AI_PRODUCT]] and it had the customer's Steuer-ID in it, [[47 219 830 561|NATIONAL_ID]], and his home address, [[Boxhagener Straße 58, 10245|ADDRESS]] [[Berlin|CITY]]. Nothing happened, but our [[data protection officer|GENERIC_ROLE]] was not amused and we all did a training.

AI: Last question - how do you feel about where this is heading, and is there anything you'd like to add?

User: Mixed. I read the interviews with [[Sam Altman|PUBLIC_FIGURE]] and everything sounds very big, but my daily reality is it saves me maybe five hours a week of writing. My dad in [[Izmir|CITY]] always asks if a robot will take my job, I tell him not before it can survive a roadmap meeting with [[Henrike|PERSON]]. If you publish something I'd like to read it, I'm [[linkedin.com/in/deniz-aydin-product|URL]] on [[LinkedIn|SOFTWARE]], or just write to [[deniz.aydin@kontora.de|EMAIL_ADDRESS]].""")

T.append("""AI: Hi, thank you for joining. Could you start by telling me what you do?

User: Good afternoon. My name is [[Chiamaka Obi|PERSON]], i'm a [[data analyst|JOB_TITLE]] with [[Kobofund Microfinance Bank|ORGANIZATION]] in [[Lagos|CITY]]. our office is in [[Yaba|CITY]] but i stay in [[Ikorodu|CITY]] so you can imagine the traffic lol. I'm [[29|AGE]], I studied statistics at [[University of Ibadan|SCHOOL]] and finished [[2017|DATE]].

AI: Thanks, [[Chiamaka|PERSON]]. What tools do you use day to day, and where does AI come in?

User: Our stack is [[Power BI|SOFTWARE]], [[PostgreSQL|SOFTWARE]] and plenty plenty [[Excel|SOFTWARE]] because management loves [[Excel|SOFTWARE]]. For AI i use [[ChatGPT|AI_PRODUCT]] mostly to write SQL when the query is long, and now they gave some of us [[Copilot|AI_PRODUCT]] licence inside [[Excel|SOFTWARE]] too. Sometimes i use [[Gemini|AI_PRODUCT]] on my phone when i'm in traffic, to think through a problem before i reach office.

AI: Can you walk me through a recent task where you used it?

User: ok so my oga [[tunde|PERSON]] asked for a loan default dashboard by branch, especially the [[Ogun State|CITY]] branches because the numbers were looking funny. I asked [[ChatGPT|AI_PRODUCT]] for a window function to get 90 days past due and it gave me something that looked correct but it was counting from disbursement date not due date. The dashboard was wrong for like three days before [[Tunde|PERSON]] noticed in the management meeting. Very embarassing. Since then i test every query on a small sample i can check by hand.

AI: That sounds stressful. Are there rules about what data you can put into these tools?

User: Now yes. Before nobody was talking about it. What changed it was in [[February 2024|DATE]], my colleague [[Ifeoluwa Adebayo|PERSON]] almost pasted a customer extract into [[ChatGPT|AI_PRODUCT]] to clean the addresses. First row was a real customer with NIN [[70314582916|NATIONAL_ID]] and address [[14 Adeniran Ogunsanya Street|ADDRESS]], [[Surulere|CITY]]. I saw it on her screen and shouted. [[Ifeoluwa|PERSON]] was not happy with me that day but our [[compliance officer|GENERIC_ROLE]] later thanked me. Now we have a rule, only masked data, and the CBN regulations are serious in [[Nigeria|COUNTRY]].

AI: How do you think AI is affecting your career?

User: Honestly it makes me faster, but i worry for juniors. If [[ChatGPT|AI_PRODUCT]] writes the SQL how will they learn? My younger sister [[adaeze|PERSON]] just started her NYSC in [[Abuja|CITY]] and she wants to enter data too, i told her learn the basics first. Also the electricity, when NEPA takes light in the evening even AI cannot help you haha. Every [[December|GENERIC_TIME]] the portfolio numbers scatter anyway because of festive spending.

AI: Is there anything you'd like to add before we wrap up?

User: Just that people outside [[Africa|CONTINENT]] think we are behind but my team is using the same tools as anybody. If your team needs more people to interview you can whatsapp me on [[0803 one four two 2791|OBF_PHONE|mixed_words_digits]].""")

T.append("""AI: Thank you for taking part. Could you tell me about your job and where you work?

User: Of course. My name is [[Hope Tremblay|PERSON|word_name]] and I'm a [[family law clerk|JOB_TITLE]], basically a senior paralegal, at [[Bastien Lowry LLP|ORGANIZATION]] in [[Toronto|CITY]]. We're a mid-size firm, about forty lawyers, office at [[181 Bay Street|ADDRESS]], downtown. I did the paralegal program at [[Humber College|SCHOOL]] and graduated in [[2015|DATE]], so almost ten years now. I'm [[thirty-four|AGE]].

AI: Thanks, [[Hope|PERSON|word_name]]. What does a typical day look like, and where do AI tools fit in?

User: A lot of it is document work - financial statements, disclosure briefs, drafting routine correspondence. Our matter management is [[Clio|SOFTWARE]]. Last year the firm started a pilot with [[Harvey|AI_PRODUCT]], and a couple of the associates also use [[Lexis+ AI|AI_PRODUCT]] for research. I mostly use [[Harvey|AI_PRODUCT]] to summarize long disclosure packages, like three hundred pages of bank statements, into a first-pass chronology. Funny thing, our IT guy is also called [[Harvey|PERSON]], so for the first month every email was confusing.

AI: Can you tell me about a time it worked well, or didn't?

User: The best example was a contested motion on [[12 February 2024|DATE]]. Ms. [[Rebecca Oduya|PERSON]], the lawyer I support, had a client whose ex-spouse had hidden income through a numbered company. The tool flagged a pattern of transfers I honestly might have missed at 11pm. But I still checked every single entry against the statements, because you hear about that lawyer in the [[US|COUNTRY]] who cited cases that didn't exist. [[Rebecca|PERSON]] is very strict, anything that goes in a brief gets verified by a human.

AI: What about confidentiality? How does the firm handle client information?

User: That's the part that keeps me up. The pilot tool is approved, but general tools like [[ChatGPT|AI_PRODUCT]] are banned on firm devices. We had a near miss - a junior clerk drafted a letter in a free chatbot and it included the client's name, Mr. [[Daniel Szymański|PERSON]], his SIN [[527 301 846|NATIONAL_ID]] and his home address, [[48 Glenholme Avenue|ADDRESS]], [[York|CITY]], [[Ontario|CITY]]. It was caught before anything was sent, but the [[managing partner|GENERIC_ROLE]] sent a firm-wide memo the next morning.

AI: Has AI changed how much time you spend on different tasks?

User: Definitely. Summaries that took me a full day now take maybe two hours including checking. That time goes to client calls, which I actually prefer. I hope the firm doesn't see it as a reason to hire fewer clerks though. My son [[Jack|PERSON|word_name]] is [[six|AGE]] and he already asks the smart speaker everything, so I think about what his jobs will look like.

AI: Anything else you'd like to share?

User: Only that the training matters more than the tool. The [[Law Society of Ontario|ORGANIZATION]] put out guidance and our firm ran sessions every [[Thursday|GENERIC_TIME]] over lunch for a month. People who went to those use it carefully; people who skipped them are the ones pasting things where they shouldn't.""")

T.append("""AI: Hi, thanks for joining today. Could you tell me a bit about yourself and your work?

User: hiya, sure. im [[Niamh Cotter|PERSON]], [[31|AGE]], im a [[dental hygienist|JOB_TITLE]] at [[Douglas Smile Studio|ORGANIZATION]] in [[Douglas|CITY]], thats in [[Cork|CITY]]. qualified from the dental school at [[University College Cork|SCHOOL]] in [[2016|DATE]] and been at this practice about five years now

AI: Thanks, [[Niamh|PERSON]]. How does AI come into your work, if at all?

User: more than youd think actually! so our x-ray software has this thing called [[Pearl|AI_PRODUCT]] built in now, it puts little coloured boxes on the bitewings where it thinks theres calculus or early caries. i use it as a second pair of eyes, not gospel. and i use [[ChatGPT|AI_PRODUCT]] at home to write patient leaflets in plain english, like how to use interdental brushes, cos the ones from the suppliers are awful

AI: How do patients and your colleagues react to the x-ray tool?

User: patients love it to be honest, they can see the box on the screen so theyre more likely to book the follow up. Dr. [[Kieran Madden|PERSON]] who owns the practice was a bit sniffy at first, he said he didnt train for 5 years to be corrected by a computer lol. but then it caught a lesion on the distal of a molar he missed so now hes a convert. even our [[associate dentist|GENERIC_ROLE]] checks the boxes now. our receptionist [[Rose|PERSON|word_name]] uses the AI in [[Dentally|SOFTWARE]] to send recall texts, the no-show rate went down a good bit since she started

AI: Has anything ever gone wrong or made you uncomfortable?

User: yeah one thing. [[Rose|PERSON|word_name]] was filling out a medical card form for a patient and she asked [[ChatGPT|AI_PRODUCT]] to check the wording, and she pasted the whole thing in, name, PPS number [[7291846TA|NATIONAL_ID]], address [[Apt 4, 17 Maryborough Hill|ADDRESS]], the lot. she didnt think about it. the [[practice manager|GENERIC_ROLE]] had a quiet word and now theres a laminated sign over the desk saying no patient info in chatbots lol. GDPR in [[Ireland|COUNTRY]] is no joke

AI: Does AI help with the admin side of your day?

User: a bit. i do my notes in [[Dentally|SOFTWARE]] and it has a voice thing now that types the perio chart while i call out the numbers, saves my neck from twisting. before [[Christmas|GENERIC_TIME]] its mental busy cos everyone wants a clean before the parties, so anything that saves 2 mins a patient is gold. [[Saturdays|GENERIC_TIME]] are the worst

AI: Is there anything you'd like to add?

User: just that i also do a bit of content on the side, tips and stuff, and i use [[CapCut|SOFTWARE]] with the auto captions. if anyone wants to see its [[@smilesbyniamh|SOCIAL_HANDLE]] on insta. my mam thinks its hilarious that im an influencer now, im really not lol""")

T.append("""AI: G'day, thanks for taking the time. Could you tell me what you do?

User: No worries. I'm [[Jake Moretti|PERSON]], [[42|AGE]], I'm a [[licensed electrician|JOB_TITLE]] and I run [[Moretti Sparks Electrical|ORGANIZATION]] on the northside of [[Brisbane|CITY]], we're based out of [[Chermside|CITY]]. It's me, two sparkies and an apprentice, [[Lachlan|PERSON]]. Did my apprenticeship through [[TAFE Queensland|SCHOOL]], ticketed in [[2004|DATE]].

AI: Thanks, [[Jake|PERSON]]. Where, if anywhere, does AI show up in your business?

User: Mostly the paperwork side mate. My wife [[Summer|PERSON|word_name]] does the books in [[Xero|SOFTWARE]] and the job management is [[Tradify|SOFTWARE]]. I started using [[ChatGPT|AI_PRODUCT]] for writing up quotes, I just talk into my phone in the ute, like "switchboard upgrade, forty year old ceramic fuses, rcbos, smoke alarms", and it spits out a proper quote with the wording sorted. Saves me an hour a night. [[Summer|PERSON|word_name]] reckons my quotes read better than her emails now haha.

AI: Do you ever use it for the technical side, like standards or troubleshooting?

User: I've tried and I'm careful. I asked it about cable sizing once and it quoted some table from the standard that was just wrong, confident as anything. You can't muck around with that, someone gets hurt. So for anything compliance it's the book or I ring [[the inspector|GENERIC_ROLE]]. Where it's good is explaining stuff to customers. Like solar and batteries, everyone's heard [[Elon Musk|PUBLIC_FIGURE]] talk about Powerwalls and they want one, so I get it to write a plain explainer of what it actually costs versus what they save.

AI: Has there been a time where using it caused a problem?

User: One. [[Lachlan|PERSON]] was using it to write a job summary for a customer in [[Wavell Heights|CITY]] and it mixed up two jobs, put the address as [[22 Rode Road|ADDRESS]] instead of the right one, and the invoice went to the wrong bloke. Nothing dramatic, he paid the other fella back. But I told [[Lachy|PERSON]] always read it before you hit send. He's [[nineteen|AGE]], he trusts the thing more than I do.

AI: How do you think AI will affect trades like yours?

User: Honestly it won't pull cable through a roof in [[summer|GENERIC_TIME]] when it's fifty degrees up there. Trades are safe I reckon. The office side, sure, it'll change. Other sparkies I know in [[Australia|COUNTRY]] are using it for marketing, replying to reviews, that sort of thing.

AI: Anything else you'd like to add?

User: Nah that's about it. If your mob wants to follow up, website is [[morettisparks.com.au|URL]] or ring the mobile, [[oh four one two, double three eight, five nine oh|OBF_PHONE|digit_words_double]]. Might be up a ladder though.""")
T.append("""AI: Hello, thanks for joining. Can you tell me about your work?

User: yeah no problem. I'm [[Kamil Nowak|PERSON]], plumber and heating engineer, got my own firm [[KN Plumbing & Heating Ltd|ORGANIZATION]] in [[Leeds|CITY]], mostly [[Headingley|CITY]] and [[Kirkstall|CITY]], lot of student houses. Im [[38|AGE]], came over from [[Poland|COUNTRY]] in [[2008|DATE]], did my NVQ at [[Leeds City College|SCHOOL]]. Work with my mate [[Frank|PERSON|word_name]] on the bigger jobs, boiler swaps and that.

AI: Thanks, [[Kamil|PERSON]]. How do you use AI tools, if at all?

User: to be frank i didnt think id use it at all but my daughter [[Zosia|PERSON]] showed me. Shes [[twelve|AGE]], uses [[ChatGPT|AI_PRODUCT]] for homework more than she should lol. Now i use it for replying to reviews on [[Checkatrade|SOFTWARE]], writing quotes, and the best one - i take a photo of a boiler fault code with [[Gemini|AI_PRODUCT]] and it tells me what the manual says. Some of these old Baxi and Ideal boilers, the manuals are long gone.

AI: Is it reliable for the fault codes?

User: mostly. maybe 8 out of 10. once it told me an F28 was a fan fault, it was ignition. [[Frank|PERSON|word_name]] laughed at me for a week. So now I use it to point me where to look, not to tell me the answer. In [[winter|GENERIC_TIME]] when im doing 6 breakdowns a day it still saves loads of time.

AI: What about the business side, like invoices or taxes?

User: invoices are in [[Powered Now|SOFTWARE]], that has nothing AI really. Tax is where I did something stupid. Doing the self assessment in [[January|GENERIC_TIME]] I put my whole letter from HMRC into [[ChatGPT|AI_PRODUCT]] to explain it, with my NI number on it, [[JR 62 48 17 C|NATIONAL_ID]]. Then my accountant [[Shazia|PERSON]] said dont do that mate. I didnt know. Also I once pasted a customers job sheet to make a quote and it had her address, [[7 Cardigan Road|ADDRESS]], [[LS6 3AG|ADDRESS]], her phone number everything. Now I delete that stuff first.

AI: That's a common learning moment. How do your customers feel about you using AI?

User: they dont know really, or dont care. landlords just want the job done cheap. Some of the student houses [[the landlord|GENERIC_ROLE]] is a big agency and they send their own AI chatbot messages, you can tell, all polite and weird. I prefer a phone call. Everything is about price now, with the cost of living and what [[Keir Starmer|PUBLIC_FIGURE]] is saying about heat pumps and the gas boiler ban, customers ask me every day should i get a heat pump. I ask AI to write a simple sheet about it for them.

AI: Would you like to add anything before we finish?

User: just that small firms like me, AI is like having an office girl i cant afford. sorry, office person. If you want to email its [[kamil@knplumbing.co.uk|EMAIL_ADDRESS]]. dont send me a bot though haha.""")

T.append("""AI: Thanks for joining. Could you tell me about your role?

User: Sure thing. My name's [[Tamika Rowe|PERSON]], I'm an [[outbound shift supervisor|JOB_TITLE]] at [[Buckeye Fulfillment Partners|ORGANIZATION]], it's a third-party logistics warehouse in [[Groveport|CITY]], just outside [[Columbus|CITY]]. I run second shift, about sixty associates. I've been there since [[2016|DATE]], got promoted to supervisor in [[2019|DATE]]. I'm [[44|AGE]], two kids, did my associate's in supply chain at [[Columbus State Community College|SCHOOL]] at night.

AI: Thanks, [[Tamika|PERSON]]. Where does AI come into a shift for you?

User: The big stuff is built into the systems. Our WMS is [[Manhattan|SOFTWARE]] and it does slotting and wave planning with some kind of machine learning, I don't touch that, engineering does. Scheduling is in [[Kronos|SOFTWARE]]. Where I use AI myself is [[ChatGPT|AI_PRODUCT]] on my phone for writing stuff - shift recaps, safety talks, and honestly write-ups. I'm not a writer, so I tell it what happened and it makes it professional. I even get it to explain weird codes on a carrier's bill of lading.

AI: Can you walk me through one of those?

User: So we had a forklift near-miss in dock 14 last fall. I put in the facts, who, what, when, and asked it for an incident summary for my ops manager, [[Bill Okafor|PERSON|word_name]]. It came out clean. [[Bill|PERSON|word_name]] actually asked if I took a class lol. For safety huddles I'll ask it for a five minute talk on heat stress in [[July|GENERIC_TIME]], and I'll translate it with it too because a lot of my associates speak Spanish or Nepali or Swahili.

AI: Has anything gone wrong, or made you uneasy?

User: Yeah, one bad one. I was doing a write-up for an associate, [[Jesús Ramírez|PERSON]], attendance stuff, and I copied his whole HR record in so the AI would have context. Social was in there, [[284-61-7390|NATIONAL_ID]]. I didn't realize until after. I told HR myself. They were cool about it but now there's a rule, no employee info in outside AI, and we got a company chatbot instead that's supposed to be locked down. [[Jesús|PERSON]] never found out and honestly I felt terrible.

AI: How do the associates feel about AI in the warehouse?

User: Mixed. Some are scared the robots are coming, they see the videos of those [[Amazon|ORGANIZATION]] buildings with the little orange robots and [[Jeff Bezos|PUBLIC_FIGURE]] on the news. One of my best pickers, [[Nguyen Thi Lan|PERSON]], asked me straight up if she should be looking for another job. I told her, we can't even get the conveyor fixed, we're not getting robots next year. But peak season, [[Black Friday|GENERIC_TIME]] through [[Christmas|GENERIC_TIME]], the forecasting stuff does help us staff better.

AI: Anything you want to add?

User: Just that supervisors like me don't get much training on this, we figure it out ourselves. If your team wants to talk to more people in the warehouse, I'm happy to connect you, my work cell is [[(614) 555-0183|PHONE_NUMBER]].""")

T.append("""AI: Hello! Thanks for joining. Can you tell me about your work?

User: Hi po! I'm [[Joy Villanueva|PERSON|word_name]], [[27|AGE]], [[senior graphic designer|JOB_TITLE]] at [[Bayanihan Creative Studio|ORGANIZATION]], a small agency in [[Quezon City|CITY]]. I live in [[Marikina|CITY]] so commute is like 1 hour plus haha. I also do freelance on the side. Graduated Fine Arts at [[UP Diliman|SCHOOL]] in [[2018|DATE]].

AI: Thanks, [[Joy|PERSON|word_name]]. How do you use AI in your design work?

User: A lot na actually. For moodboards I use [[Midjourney|AI_PRODUCT]], like if a client says "cozy but modern" I can show them 20 options in an hour instead of searching [[Pinterest|SOFTWARE]] all day. For retouching, [[Adobe Firefly|AI_PRODUCT]] inside [[Photoshop|SOFTWARE]] - generative fill is a lifesaver for extending backgrounds. For small clients I use [[Canva|SOFTWARE]] because they want to edit themselves after.

AI: Can you describe a specific project?

User: Last year we rebranded [[Kape Kanto|ORGANIZATION]], it's a small coffee chain, 6 branches. My boss ate [[Grace|PERSON|word_name]] wanted something Filipino-looking, not generic. I made the early concepts in [[Midjourney|AI_PRODUCT]] but everything final I drew myself, the jeepney pattern, the logo. Because the owner asked, can we trademark it? and we were not sure if AI images can be owned. [[Grace|PERSON|word_name]] said we do it by hand to be safe. It took longer but the client was very happy, sobrang saya ko.

AI: How do you feel about AI as a designer?

User: Mixed feelings talaga. It's helpful but the rates are going down. Before, a client will pay for 3 concepts, now they say "just use AI". Some of my batchmates from [[UP|SCHOOL]] lost freelance clients abroad. Also the Ghibli trend, everybody making [[Hayao Miyazaki|PUBLIC_FIGURE]] style pictures with [[ChatGPT|AI_PRODUCT]], I found it a bit sad, he worked so hard for that style. But no grace period for us, we must adapt.

AI: Does your agency have any guidelines?

User: Informal lang. Don't upload client files that are under NDA to random AI sites. And always tell the client if AI was used. My co-designer [[Paolo Dimaculangan|PERSON]] got in trouble once because he put a client's unreleased product photo in a free upscaler website. The client found out because it appeared in the site's gallery. Huhu.

AI: Is there anything else you'd like to share?

User: Maybe that in the [[Philippines|COUNTRY]] a lot of designers are freelancers for clients in [[Australia|COUNTRY]] and the [[US|COUNTRY]], so AI is really changing our income. If you want to see my work it's [[behance.net/joyvillanueva|URL]] and [[@joyvdesigns|SOCIAL_HANDLE]] on IG, or email [[joy.villanueva (at) yahoo (dot) com|OBF_EMAIL|paren_at_dot]]. Thank you po!""")

T.append("""AI: Hello, and thank you for joining this conversation. Could you tell me about your role?

User: Thank you. I am [[Wanjiru Kamau|PERSON]], I work as the [[school administrator|JOB_TITLE]] at [[Kilimani Junior Academy|SCHOOL]] in [[Nairobi|CITY]]. It is a private primary and junior secondary, about 450 learners. I handle admissions, fees, parents communication, and I support the principal, Mr. [[Otieno|PERSON]]. I am [[38|AGE]] years old and I joined the school in [[2022|DATE]]. Before that I was at a bank.

AI: Thank you, [[Wanjiru|PERSON]]. How do you use AI in your work?

User: Mostly for writing. Every term we send many circulars to parents, about fees, CBC projects, trips, and I use [[ChatGPT|AI_PRODUCT]] to draft them, then I correct the tone. Parents in [[Kilimani|CITY]] are very particular, if a letter sounds rude you will receive fifty [[WhatsApp|SOFTWARE]] messages. I also use it to make [[Google Sheets|SOFTWARE]] formulas for fee balances. Our school system is [[Zeraki|SOFTWARE]] for results, and fees come through [[M-Pesa|SOFTWARE]] paybill.

AI: Can you give an example of something that worked well?

User: In [[January|GENERIC_TIME]] admissions are very busy. Last year I asked [[ChatGPT|AI_PRODUCT]] to help me make a checklist and an FAQ for new parents, about uniform, transport routes, the CBC assessment. My colleague [[Mercy Achieng|PERSON]] who handles the front office printed it and the phone calls reduced a lot. [[Mercy|PERSON]] said it was the first [[January|GENERIC_TIME]] she could take lunch.

AI: Have you had any concerns about privacy or mistakes?

User: Yes. One day I was reconciling fees and I copied rows from the sheet to ask AI why the totals were not matching. One row had a parent's national ID, [[28471956|NATIONAL_ID]], because we collect it for the bursary forms, and the phone number [[0722 418 305|PHONE_NUMBER]]. I realised after and I felt bad. Now I remove those columns first. Mr. [[Otieno|PERSON]] also asked me to write a simple policy for the teachers, because the Data Protection Act in [[Kenya|COUNTRY]] is now enforced, people are being fined.

AI: How do the teachers at the school use AI?

User: Some use it for lesson plans and CBC rubrics, some are afraid. The older teachers say children will stop thinking. My daughter [[Njeri|PERSON]] is [[eleven|AGE]] and she is in grade six, I see her using it for homework and I don't allow it for composition. I studied education at [[Kenyatta University|SCHOOL]], and we never imagined this.

AI: Anything else you would like to add?

User: I think AI is good for administrators because we do a lot of repetitive writing. Even the President [[William Ruto|PUBLIC_FIGURE]] is talking about digital jobs for youth. But the internet and electricity must be reliable, otherwise it is only for schools like ours and not the public ones upcountry.""")

T.append("""AI: Hi, thanks for taking part. Could you introduce yourself and your work?

User: Hi! I'm [[Tan Mei Xin|PERSON]], [[key account manager|JOB_TITLE]] at [[Sinar Packaging Sdn Bhd|ORGANIZATION]], we make corrugated boxes and food packaging. Office is in [[Petaling Jaya|CITY]], factory in [[Shah Alam|CITY]]. I handle the big retail and F&B accounts. I'm [[34|AGE]], graduated from [[Taylor's University|SCHOOL]] in [[2012|DATE]], and yes everyone makes the [[Taylor Swift|PUBLIC_FIGURE]] joke, especially after the [[Singapore|COUNTRY]] concerts.

AI: Thanks, [[Mei Xin|PERSON]]. How do you use AI in your account work?

User: Our CRM is [[Salesforce|SOFTWARE]] and it has [[Einstein|AI_PRODUCT]], which gives lead scores and suggests next steps. Honestly the scores are not so useful for us because our customers are long-term, not many new leads. What I use daily is [[Microsoft Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] to summarise long email chains, and [[ChatGPT|AI_PRODUCT]] to switch my emails between Bahasa and English, or make them more polite for the Japanese clients. Not the real [[Einstein|PUBLIC_FIGURE]] lah, the clever one is the one who set up our pricing sheet haha.

AI: Can you describe a time it really helped or went wrong?

User: Helped - before [[Chinese New Year|GENERIC_TIME]] and [[Hari Raya|GENERIC_TIME]] every customer wants urgent stock at the same time. Last year I used [[ChatGPT|AI_PRODUCT]] to draft a capacity note to all accounts, explaining lead times, it was diplomatic but clear. My boss Encik [[Rahman|PERSON]] used it as the template for the whole sales team. Went wrong - [[Copilot|AI_PRODUCT]] once summarised a thread and said a client agreed to a 5% price increase, actually they said they will "consider". I almost wrote it in the contract.

AI: Are there rules at your company about what data goes into these tools?

User: We have IT policy since [[June 2023|DATE]]. No customer pricing into public AI. There was one case - my colleague [[Arjun Pillai|PERSON]] was helping a small customer with a credit application and he pasted the director's details to [[ChatGPT|AI_PRODUCT]] to fill the form, including MyKad number [[890514-10-5532|NATIONAL_ID]]. [[Arjun|PERSON]] reported it himself, so management was okay, but now we have training every quarter.

AI: How do you see your role changing?

User: The relationship part cannot be replaced. Clients in [[Malaysia|COUNTRY]] want to makan together, they want to call you when there is a problem. AI makes me faster on paperwork so I can visit more. [[My manager|GENERIC_ROLE]] says maybe one day AI will do quotations automatically, but pricing here is very personal, who you know, how long you worked together.

AI: Anything you'd like to add?

User: No, I think that's all. If you need me again, my work email is [[meixin.tan@sinarpack.com.my|EMAIL_ADDRESS]] or [[WhatsApp|SOFTWARE]] [[０１２－３８４ ７２１９|OBF_PHONE|fullwidth_digits]]. Sorry my phone keyboard is on Chinese mode, it types like that.""")
T.append("""AI: Hello, thank you for joining. Could you tell me about your job?

User: Assalam o alaikum. My name is [[Hamza Iqbal|PERSON]], I am [[24|AGE]] and I am working as [[customer support representative|JOB_TITLE]] in [[TeleConnect Solutions|ORGANIZATION]], it is a call centre in [[Gulberg|CITY]], [[Lahore|CITY]]. We are doing night shift for a telecom company in [[US|COUNTRY]], so my day starts 7pm and finishes 4am. I did my BCom from [[Punjab University|SCHOOL]] in [[2022|DATE]] and joined here after. I live in [[Johar Town|CITY]] with my family.

AI: Thank you, [[Hamza|PERSON]]. How is AI used in your work?

User: Many ways now. Our calls are on [[Genesys|SOFTWARE]], and it has agent assist, while customer is talking it shows suggested answers on side of screen, and after the call it makes summary automatically so we don't type notes. Also company started using [[Sanas|AI_PRODUCT]], it is accent software, it change my accent to sound more American in real time. Honestly I have mixed feeling about it.

AI: Could you say more about those mixed feelings?

User: It helps, customers are less rude, before some people would say "transfer me to an American" straight away. But it feels like they are hiding us. My team leader [[Sana|PERSON]] baji, she makes joke that the software is named after her because she is always fixing our accent haha. She is very good leader. But some of the agents feel sad about it, like our own voice is not good enough.

AI: Is there a time the AI suggestions went wrong?

User: Yes, many times in beginning. Once agent assist suggested to offer a customer 50% discount for 12 months because he mentioned "cancel", but that offer was expired. I read it out and then [[the quality analyst|GENERIC_ROLE]] marked the call and my score went down. [[Sana|PERSON]] baji defended me because the system gave it. Now I check the offer sheet also. And the AI summaries sometimes write wrong name of customer, like "[[Michael|PERSON]]" become "[[Michelle|PERSON]]".

AI: How does the company handle customer data with these tools?

User: Very strict, we cannot even bring phone on the floor. But in HR side there was problem. A friend in HR, [[Usman Tariq|PERSON]], used [[ChatGPT|AI_PRODUCT]] on his own laptop to format employee list, and it had CNIC numbers. I know because mine was in it also, [[35202-6138274-5|NATIONAL_ID]]. Nothing happen but we were all told in meeting. Also during [[Ramadan|GENERIC_TIME]] the shift is very hard, fasting and night shift together, so people make mistakes. And before [[Eid|GENERIC_TIME]] everybody wants leave at the same time.

AI: How do you think AI will affect jobs like yours in the future? And is there anything else you'd like to add?

User: Everyone is worried. [[Our manager|GENERIC_ROLE]] said the client wants more chatbot and less agents next year. I am learning [[Python|SOFTWARE]] on [[YouTube|SOFTWARE]] in free time so maybe I can move to data side. My younger brother [[Ali|PERSON]] is in FSc now and I tell him don't come in call centre. In [[Pakistan|COUNTRY]] call centre was good job for graduates but I don't know for how long. Only one thing more, please, the companies should ask agents before putting AI, we know the customers best. If you want to contact for more questions, my number is [[0 3 2 1 - 4 7 1 6 0 5 8|OBF_PHONE|spaced_digits]]. Thank you.""")

T.append("""AI: Good morning, thank you for speaking with me. Could you tell me about your work?

User: Good morning. I am [[Kwabena Asante|PERSON]], I am a farmer near [[Techiman|CITY]] in the [[Bono East|CITY]] region. I grow maize, yam and some cashew, about twelve acres. I am [[fifty-five|AGE]] years. I am also secretary of the [[Tuobodom Farmers Cooperative|ORGANIZATION]], we have around eighty members. My son [[Yaw|PERSON]] helps me with the phone things, he is studying agriculture at [[KNUST|SCHOOL]] in [[Kumasi|CITY]].

AI: Thank you, [[Kwabena|PERSON]]. How do you use AI, if at all, in your farming?

User: When [[Yaw|PERSON]] came home in [[2023|DATE]] he showed me an app called [[Plantix|AI_PRODUCT]]. You take picture of the leaf and it tells you the disease. That year fall armyworm was bad, and the app showed me quickly it was armyworm and not something else, so I bought the correct chemical. Also there is a voice service, I call and ask in Twi, it is from [[Farmerline|ORGANIZATION]], they have an assistant called [[Darli|AI_PRODUCT]]. For old farmers who cannot read well, the voice is very good.

AI: How did the other members of the cooperative react?

User: Some are interested, some say it is for young people. The extension officer Mr. [[Mensah|PERSON]] was happy because he alone cannot visit all the farms, he has more than five hundred farmers. Now when someone sends him a picture with the app result he can advise quickly. But the problem is the smart phone and data. Many members have only the small phone, and in the [[rainy season|GENERIC_TIME]] network is poor in the farms.

AI: Has anything gone wrong with these tools?

User: One time the app said my yam had a virus and I should uproot. I was about to do it. My wife [[Akosua|PERSON]] said wait and ask Mr. [[Mensah|PERSON]]. He came and said it was only water stress. So now I ask a person before big decisions. Also for the government fertilizer programme we register with the national ID card, and somebody from a company came to collect numbers for an "AI farming app". I gave mine, [[GHA-718204639-3|NATIONAL_ID]], before I learned they were not real. [[Yaw|PERSON]] was vexed with me.

AI: What do you think AI could do for farmers in your area?

User: Weather. If AI can tell us the rain correctly, that is the biggest help. The rains are changing, we don't know when to plant anymore. In the [[harmattan|GENERIC_TIME]] also the fires. I saw on the radio that [[Bill Gates|PUBLIC_FIGURE]] is giving money for AI in [[Africa|CONTINENT]] agriculture. I hope it reaches small farmers in [[Ghana|COUNTRY]] and not only the big companies.

AI: Is there anything else you'd like to tell me?

User: Only that the researchers should come to the farm and see. You can call me on [[024 719 3385|PHONE_NUMBER]] and I will show you around. God bless you.""")

T.append("""AI: Bonjour, and thanks for taking part. Can you present yourself and your work?

User: Bonjour! So I am [[Inès Haddad|PERSON]], I have [[32|AGE]] years, I am [[préparatrice en pharmacie|JOB_TITLE]] - pharmacy assistant in English I think - at the [[Pharmacie des Brotteaux|ORGANIZATION]] in [[Lyon|CITY]], in the [[6e arrondissement|CITY]]. I do this job since [[2014|DATE]], I did my diploma at the [[CFA Pharmacie Rhône-Alpes|SCHOOL]]. Sorry for my English, it is not perfect.

AI: Your English is great, [[Inès|PERSON]]. How does AI appear in your work?

User: Not so much at the counter, because it is very regulated in [[France|COUNTRY]]. Our software is [[LGPI|SOFTWARE]], it has alerts for drug interactions but I don't think this is AI, it is rules. Where I use AI is for me, on my phone. [[ChatGPT|AI_PRODUCT]] and sometimes [[Le Chat|AI_PRODUCT]] from [[Mistral|AI_PRODUCT]], because it is French and [[my boss|GENERIC_ROLE]] likes that haha. I use it to explain things to patients more simply, or to translate for tourists, many English and Italian people come in [[August|GENERIC_TIME]].

AI: Can you give me an example?

User: Yes. One old man, he had new inhalers and he did not understand the difference between the two. I asked [[ChatGPT|AI_PRODUCT]] to make a very simple sheet, big letters, "this one every morning, this one only if you cannot breathe". I checked with the pharmacist, Mme [[Sophie Garnier|PERSON]], she is the [[pharmacienne titulaire|JOB_TITLE]], the owner, and she said it was correct and now we print it for other patients also.

AI: Have there been any problems or worries?

User: Yes one time I did a mistake. A patient had a problem with his reimbursement and I wanted to write a letter to the CPAM, so I put the information in [[ChatGPT|AI_PRODUCT]]. With his numéro de sécurité sociale, [[1 79 03 69 388 142 27|NATIONAL_ID]], and his address [[22 rue Bossuet|ADDRESS]], [[69006|ADDRESS]] [[Lyon|CITY]]. After, I understood this is health data, very sensitive. [[Sophie|PERSON]] was not angry but she explained the RGPD and now we have a rule. Never the Vitale numbers, never names.

AI: How do you think AI will change your job?

User: Maybe the stock orders, the software can predict what we need, especially in [[winter|GENERIC_TIME]] with the flu and bronchiolitis. But the advice to patients, the human contact, no. People come to the pharmacy also to talk, especially old people alone. My colleague [[Théo|PERSON]] says in ten years there will be robots giving the boxes, like in [[Germany|COUNTRY]], but not the conversation.

AI: Anything else you would like to add?

User: Just that I read [[Emmanuel Macron|PUBLIC_FIGURE]] wants [[France|COUNTRY]] to be champion of AI, but in the small pharmacies nobody explained us anything. If you want to write me, it is [[ines point haddad arobase orange point fr|OBF_EMAIL|french_words]]. Merci!""")

T.append("""AI: Hola, thanks for joining. Can you tell me about your work?

User: Hola! Sure. I'm [[Martín Sosa|PERSON]], [[31|AGE]], freelance [[video editor|JOB_TITLE]] in [[Buenos Aires|CITY]], I live in [[Villa Crespo|CITY]]. Most of my work is for a production company, [[Productora Lumbre|ORGANIZATION]], in [[Palermo|CITY]], we do commercials and some content for brands, and also I edit a podcast. I studied at the [[Universidad del Cine|SCHOOL]], finished in [[2016|DATE]].

AI: Thanks, [[Martín|PERSON]]. How do you use AI in editing?

User: Everyday now. I edit in [[Premiere Pro|SOFTWARE]] and for color I go to [[DaVinci Resolve|SOFTWARE]]. Both have AI features inside, like auto reframe for vertical and the magic mask in Resolve that is incredible for rotoscoping. For the podcast I use [[Descript|AI_PRODUCT]], you edit the text and it edits the audio, it saves me like half of the time. And for temporary voice-over before we record the real actor, [[ElevenLabs|AI_PRODUCT]].

AI: Can you tell me about a project where AI made a real difference?

User: In [[December 2023|DATE]] we had a commercial for a beer brand and the director, [[Valentina Ruiz|PERSON]], wanted a shot that we did not film, a sunset over the river. There was no budget to go back. I generated it in [[Runway|AI_PRODUCT]], then I graded it to match. [[The client|GENERIC_ROLE]] never noticed. [[Valentina|PERSON]] was happy but also a bit nervous, because what if they ask for the raw file haha.

AI: Are there ethical questions that come up?

User: Totally. After the elections there were many deepfakes with [[Javier Milei|PUBLIC_FIGURE]] and also fake ads with [[Lionel Messi|PUBLIC_FIGURE]] selling crypto. One client asked me to make [[Messi|PUBLIC_FIGURE]] "say" something for an internal video, just as a joke. I said no. My girlfriend [[Sol|PERSON]] works in law and she told me the risk, so I have a clear rule: no real faces, no real voices without a contract.

AI: How is AI affecting your income or how clients see your work?

User: Here in [[Argentina|COUNTRY]] with inflation everything is complicated already, and now some clients think AI makes the edit alone so they want to pay less. I must explain that the taste is mine, the software only does the boring part. Also the invoices, I use [[ChatGPT|AI_PRODUCT]] to help with AFIP stuff, monotributo categories. Once I pasted my CUIT [[20-35482917-4|NATIONAL_ID]] and all my income to ask a question, and later I thought, maybe not smart.

AI: Anything else you'd like to share?

User: If you want to see my reel it's on [[vimeo.com/martinsosaedita|URL]] and on [[Instagram|SOFTWARE]] I'm [[@martinsosa.edit|SOCIAL_HANDLE]]. And say hi to the people in [[Europe|CONTINENT]], I hope to work there some day. Chau!""")

T.append("""AI: Good afternoon, thanks for joining us. Could you describe your role?

User: Good afternoon. I'm [[Rui Carvalho|PERSON]], I'm a [[procurement officer|JOB_TITLE]] at [[Metalúrgica do Vouga|ORGANIZATION]], we produce metal components for the automotive sector. Our plant is in [[Maia|CITY]], near [[Porto|CITY]]. I'm [[forty-six|AGE]], I studied mechanical engineering at [[FEUP|SCHOOL]] and moved to purchasing in [[2012|DATE]]. I buy raw materials, mainly steel coil and aluminium, and some indirect things.

AI: Thank you, [[Rui|PERSON]]. Where does AI come into your work?

User: Our ERP is [[SAP|SOFTWARE]] and for sourcing events we use [[SAP Ariba|SOFTWARE]]. The company gave us [[Microsoft Copilot|AI_PRODUCT]] last year, I use it in [[Excel|SOFTWARE]] to compare supplier quotes, it's quite good at making the comparison table from five different PDF formats. Also I use it to write emails in German, many of our suppliers are in [[Germany|COUNTRY]] and my German is from school only.

AI: Can you give an example of something that went well or badly?

User: Good example: a supplier in [[China|COUNTRY]] sent a 40 page contract for tooling. I asked [[Copilot|AI_PRODUCT]] to list the clauses about liability and payment terms, and it found that the payment was 100% before shipment, which my manager, Eng. [[Paulo Nunes|PERSON]], did not accept. Bad example: it translated an email to our supplier contact, Herr [[Schäfer|PERSON]], and used "du" instead of "Sie". Very informal. He replied very cold. [[Paulo|PERSON]] laughed a lot about that.

AI: What rules does your company have about using AI with supplier or personal data?

User: The rule is only [[Copilot|AI_PRODUCT]] with the company login, not the free [[ChatGPT|AI_PRODUCT]]. It came after my colleague [[Mariana Lopes|PERSON]] uploaded a supplier onboarding form to a free tool, it had the NIF of a sole trader, [[215 847 390|NATIONAL_ID]], and his bank details. [[Mariana|PERSON]] told IT herself. Since then we did a training, with the European AI Act and GDPR, everyone in [[Europe|CONTINENT]] is talking about it.

AI: Do you think AI will change procurement as a job?

User: Negotiation, no. Relationships with suppliers, no. But the analysis part, yes. With the steel prices so volatile, if AI can predict better, that's very valuable. I read something from [[Christine Lagarde|PUBLIC_FIGURE]] about inflation and AI productivity, but honestly for now it helps me save maybe three or four hours per week. In [[Portugal|COUNTRY]] salaries are low, so companies want productivity, and this is one way.

AI: Anything you'd like to add?

User: Only that if you need more details you can contact me at [[rui.carvalho[at]metvouga[dot]pt|OBF_EMAIL|bracket_at_dot]]. I write it like this because of spam, we receive a lot.""")
T.append("""AI: Hi, thanks for joining. Could you start by describing your role?

User: Hi! I'm [[Sneha Kulkarni|PERSON]], I'm an [[HR business partner|JOB_TITLE]] at [[Vardhan Auto Components|ORGANIZATION]], we are an auto parts manufacturer, plant is in [[Chakan|CITY]] and I sit partly there and partly in our corporate office in [[Baner|CITY]]. I live in [[Kothrud|CITY]], [[Pune|CITY]]. I support the manufacturing and quality functions, around 1,100 employees including contract workers. I'm [[36|AGE]], did my MBA in HR from [[Symbiosis Institute of Business Management|SCHOOL]] in [[2012|DATE]].

AI: Thanks, [[Sneha|PERSON]]. How do you use AI in HR work?

User: Quite a lot for drafting. Our HRMS is [[Darwinbox|SOFTWARE]], it has some AI features for resume screening but we are careful with that because of bias. I personally use [[ChatGPT|AI_PRODUCT]] for job descriptions, policy drafts, and sometimes for difficult emails, like a warning letter where I want the tone correct. [[Gemini|AI_PRODUCT]] I use inside [[Google Docs|SOFTWARE]] when I'm working with the plant team. My junior [[pooja|PERSON]] uses it to make training decks for the shop floor supervisors.

AI: Can you walk me through a specific example?

User: Last [[Diwali|GENERIC_TIME]] we had to communicate the bonus structure change, which was sensitive because the union was involved. [[Rajesh|PERSON]] sir, our [[plant head|JOB_TITLE]], wanted one version in English for staff and one in Marathi for workmen. I drafted in English, asked [[ChatGPT|AI_PRODUCT]] for Marathi, and then [[Rajesh|PERSON]] sir and the union representative checked it line by line. Two words were wrong in a way that could have been a problem legally. So the tool got us 80% but the 20% mattered a lot.

AI: What about employee data - how do you handle that?

User: This is my biggest concern. In [[August 2023|DATE]] one of our recruiters, trying to be fast, pasted a candidate's full onboarding form into a free AI tool to extract fields. It had his Aadhaar [[6284 1937 5520|NATIONAL_ID]], PAN [[BKRPS7316Q|NATIONAL_ID]], and home address in [[Pimpri-Chinchwad|CITY]]. We treated it as an incident under the new DPDP Act, informed the candidate. After that I wrote our AI usage guideline with IT, and we moved to an enterprise licence.

AI: How do employees feel about AI in HR processes?

User: White collar staff are curious, shop floor workers are suspicious. They think AI will decide who gets fired. Also there was that debate when [[Narayana Murthy|PUBLIC_FIGURE]] said young people should work 70 hours a week, and people joke that now AI will work 70 hours instead. My husband [[Amit|PERSON]] works in IT in [[Hinjewadi|CITY]] and his company is doing layoffs linked to AI, so I get these questions at home also.

AI: Anything else you would like to add?

User: I think HR people in [[India|COUNTRY]] need proper training, not just "use [[ChatGPT|AI_PRODUCT]]". Happy to connect if your team does more research - [[linkedin.com/in/sneha-kulkarni-hrbp|URL]] is my [[LinkedIn|SOFTWARE]].""")

T.append("""AI: Hi there, thanks for making the time. Could you tell me a little about your work?

User: Happy to! I'm [[Amber Lindqvist|PERSON|word_name]], I'm the [[grant writer|JOB_TITLE]] and development coordinator at [[Cascadia Food Share|ORGANIZATION]], a nonprofit food bank network in [[Portland|CITY]], [[Oregon|CITY]]. I've been there since [[2020|DATE]]. Before that I freelanced for arts nonprofits. I'm in my early [[forties|AGE]], live in [[St. Johns|CITY]], have a very loud dog, and went to [[Reed College|SCHOOL]] a long time ago.

AI: Thanks, [[Amber|PERSON|word_name]]. How does AI fit into your grant writing?

User: It's become part of the workflow, for better or worse. I use [[Instrumentl|SOFTWARE]] to find funders and track deadlines. For drafting, I mostly use [[Claude|AI_PRODUCT]] because it handles long documents well, I'll paste in our last three annual reports and the funder's RFP and ask it to map our programs to their priorities. I also tried [[Grantable|AI_PRODUCT]], which is built for grants, but I went back to [[Claude|AI_PRODUCT]]. Final drafts live in [[Google Docs|SOFTWARE]] where [[our executive director|GENERIC_ROLE]] edits.

AI: Can you describe a specific application?

User: Sure - we had a capacity grant due [[March 15|DATE]] this year to the [[Meyer Memorial Trust|ORGANIZATION]]. I used AI to produce a first draft of the needs statement from our county data, which saved me probably six hours. But it invented a statistic, something like "one in three children in [[Multnomah County|CITY]]", which sounded right but wasn't in any source I gave it. Our ED, [[Marcus Bell|PERSON]], caught it because he knows the numbers cold. So now every number gets a footnote or it gets cut.

AI: How do funders feel about AI-assisted applications?

User: It varies. One program officer I really like, [[Lucía Herrera|PERSON]], told me honestly they're getting a flood of polished but generic proposals, and the ones that stand out now are specific and a bit human, even a bit messy. So I use AI for structure and then put back the stories, like the volunteer who's been coming every [[Tuesday|GENERIC_TIME]] for eleven years. Some foundations now ask you to disclose AI use, which I think is fair.

AI: Are there concerns about privacy or client data?

User: Yes, we serve people in crisis, so I never paste client stories with names. We anonymize everything. There was a moment where a volunteer wrote a testimonial draft with a real client's name and street address on it, [[4417 N Lombard St|ADDRESS]], and wanted to "polish it in [[ChatGPT|AI_PRODUCT]]". [[Marcus|PERSON]] and I wrote a little one-page policy after that.

AI: Anything else you'd like to share?

User: Just that our budget has been flashing amber for two years and small nonprofits don't have money for enterprise tools, so we're all using whatever's free, which is a risk. I'm always happy to swap notes - [[amber@cascadiafoodshare.org|EMAIL_ADDRESS]], or I'm [[grantgremlin_pdx|SOCIAL_HANDLE]] on [[Reddit|SOFTWARE]] where I complain about RFPs. And [[MacKenzie Scott|PUBLIC_FIGURE]], if you're reading, call me.""")

T.append("""AI: Hej, thank you for joining. Could you tell me about your job?

User: Hej. I am [[Emir Hodžić|PERSON]], I work as a [[bus dispatcher|JOB_TITLE]], in Swedish trafikledare, at [[Transdev|ORGANIZATION]] in [[Gothenburg|CITY]]. We run city bus lines on contract for [[Västtrafik|ORGANIZATION]]. I sit in the traffic control centre in [[Hisingen|CITY]] and we follow all the buses in real time, handle delays, breakdowns, drivers calling in sick. I am [[39|AGE]], I was a bus driver myself for eight years before this.

AI: Thanks, [[Emir|PERSON]]. Where does AI come into dispatching?

User: The planning is in [[Hastus|SOFTWARE]], that is the schedule and the driver rosters. It has some optimisation, I would not call it AI but the vendor calls it AI now haha. The real-time system predicts arrival times with machine learning, that is what passengers see on the app. For me personally, I use [[ChatGPT|AI_PRODUCT]] for writing incident reports in English, because our reports go also to the group management in [[France|COUNTRY]], and my English writing is not so good. And we started with [[Microsoft Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] for meeting notes.

AI: Can you describe a situation where it helped?

User: On [[3 January 2024|DATE]] we had the big snowstorm, many buses stuck, some lines completely stopped. After, I had to write a report with the timeline for management. I had my log, hundreds of lines, and I asked [[ChatGPT|AI_PRODUCT]] to make a timeline and a summary. It took twenty minutes instead of maybe four hours. My colleague [[Linnea Berg|PERSON]] checked the times against the system and it was correct except two places.

AI: Have there been any mistakes or concerns?

User: One concern. In a sick leave report a colleague put the driver's personnummer, [[850317-4192|NATIONAL_ID]], in the text he pasted to the chatbot. Our [[union representative|GENERIC_ROLE]] was very upset, in [[Sweden|COUNTRY]] we are very careful with personnummer. After that [[Linnea|PERSON]] and I made a short guide for the control room. Also the AI does not know local things, it wrote "[[Gothenburg|CITY]] Central" but we say Centralen, and it doesn't know which lines share a stop.

AI: How do you see the future of your job with AI?

User: Maybe in some years AI will suggest which bus to take out of service when there is a breakdown, and I just approve. But when a driver calls and there is a fight on the bus, or a passenger is sick, you need a human on the radio. In [[winter|GENERIC_TIME]] especially, the situations are crazy. Before [[midsommar|GENERIC_TIME]] also, everybody wants vacation.

AI: Anything else you want to add?

User: No, I think that's all. If you need, you can call me on [[073 - 41 . 88 . 2 . 06|OBF_PHONE|mixed_separators]]. Or write [[emir.hodzic@transdev.se|EMAIL_ADDRESS]], that's my work one.""")

T.append("""AI: Merhaba, thank you for joining. Could you tell me about your work?

User: Merhaba! I am [[Merve Yıldız|PERSON]], I work as [[front office agent|JOB_TITLE]] at [[Lara Sunset Resort|ORGANIZATION]] in [[Antalya|CITY]], in the [[Lara|CITY]] area near the beach. It is a big all-inclusive hotel, 600 rooms. I am [[26|AGE]] years old, I graduated tourism management from [[Akdeniz University|SCHOOL]] in [[2020|DATE]]. I speak Turkish, English, German, and a little Russian.

AI: Thanks, [[Merve|PERSON]]. How is AI used at the front desk?

User: Our system is [[Opera PMS|SOFTWARE]], and [[the revenue manager|GENERIC_ROLE]] uses some AI pricing tool, I don't know the name. At the desk, I use [[ChatGPT|AI_PRODUCT]] on my phone a lot for guest messages, especially in Russian because my Russian is weak. Many guests come from [[Russia|COUNTRY]], [[Germany|COUNTRY]], [[Poland|COUNTRY]]. Also the hotel has a [[WhatsApp|SOFTWARE]] bot for guests, it answers "what time is breakfast", "where is the spa", so we have less calls.

AI: Can you tell me about a specific situation?

User: Yes, one night in [[summer|GENERIC_TIME]], a Russian family had a problem, the child was sick and they wanted a doctor. The mother was panicking, speaking fast. I used voice translation on my phone and also asked [[ChatGPT|AI_PRODUCT]] to help me write the instructions for the hospital. It worked, the doctor came. [[My manager|GENERIC_ROLE]] [[Serkan|PERSON]] Bey said good job next morning. Our night auditor [[Umut|PERSON]] says I should get a bonus in Russian lessons haha.

AI: Have you had any worries about guest data?

User: Yes, this is important. At check-in we scan passports. One time a new colleague, trying to help a guest with a visa letter, put a photo of the passport into a free AI to "read the details". It was a German guest, passport number [[C4J7R2K91|NATIONAL_ID]]. [[Serkan|PERSON]] Bey was very angry, because KVKK, the Turkish data law, is strict now. Now the rule is nothing from guests into AI, only general sentences.

AI: How do you think AI will change hotel front desk jobs?

User: Maybe some hotels will have self check-in kiosks, I saw in [[Istanbul|CITY]] some city hotels already. But in resorts, guests want a smile, they want to complain to a person haha. During [[Bayram|GENERIC_TIME]] holidays when the Turkish families come, it is very busy and very emotional, a robot cannot handle that. I think AI will do the emails and I will do the people.

AI: Anything else you'd like to add?

User: I'd like to work abroad one day, maybe in [[Dubai|CITY]]. If you want to see my life in the hotel, I am [[@merve.frontdesk|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]] haha. Thank you, it was nice talking.""")

T.append("""AI: Hola, thanks for joining. Could you tell me about your work?

User: Hola! I'm [[Catalina Fuentes|PERSON]], I'm a [[small animal veterinarian|JOB_TITLE]] at [[Clínica Veterinaria Los Aromos|ORGANIZATION]] in [[Ñuñoa|CITY]], [[Santiago|CITY]]. We are four vets and five technicians. I'm [[33|AGE]], I studied at [[Universidad Austral de Chile|SCHOOL]] in [[Valdivia|CITY]], graduated in [[2015|DATE]], and I've been at this clinic since [[2019|DATE]].

AI: Thanks, [[Catalina|PERSON]]. How do you use AI in your practice?

User: The biggest one is an AI scribe, [[ScribbleVet|AI_PRODUCT]]. It listens to the consultation and writes the SOAP notes. It's in English but it understands Spanish more or less, so I fix things after. It saves me maybe an hour every day, I used to finish notes at 10pm at home. I also use [[ChatGPT|AI_PRODUCT]] for client handouts, like post-surgery care, and sometimes [[Gemini|AI_PRODUCT]] to find recent papers, but I always read the papers myself.

AI: Have you ever used it for clinical decisions?

User: Carefully. Once I had a cat with a strange presentation and I asked for a differential list, just to see if I was forgetting something. It gave me a good list but then suggested a dose of meloxicam that was too high for cats. That could kill a cat. So no, never doses from AI. My colleague [[Tomás|PERSON]] says AI is like a very confident intern, and I agree.

AI: What about client information and privacy?

User: The scribe records the conversation with the owners, so we ask permission first. Most say yes. One time the technician, [[Francisca Morales|PERSON]], was preparing a payment plan and pasted the client's details in [[ChatGPT|AI_PRODUCT]] to make the document, including the RUT [[17.294.608-K|NATIONAL_ID]] and the address [[Av. Irarrázaval 3150, depto 42|ADDRESS]]. The dog was a labrador called Canela, I remember because she was so sweet. [[Francisca|PERSON]] did not know it was a problem. In [[Chile|COUNTRY]] the new data law is coming, so we made a rule.

AI: How do pet owners react to AI in the clinic?

User: Young people love it. Older clients sometimes ask "is the computer treating my dog?" and I say no, the computer is writing, I am treating. In [[September|GENERIC_TIME]], around [[Fiestas Patrias|GENERIC_TIME]], we have many emergencies, dogs scared of fireworks, dogs who ate empanadas, and the scribe really helps with the volume.

AI: Is there anything else you'd like to add?

User: I think vets in [[South America|CONTINENT]] need tools in Spanish, most are made for the [[US|COUNTRY]] market. If your team wants to follow up, my number is [[+56 9 seis ocho dos uno 4 4 7 3|OBF_PHONE|spanish_digit_words]], [[WhatsApp|SOFTWARE]] is better than calls because I'm usually in surgery.""")
T.append("""AI: Merhaba, thanks for joining today. Could you tell me about your work?

User: Sure. I'm [[Burak Şahin|PERSON]], [[freelance translator|JOB_TITLE]], English to Turkish mostly, some German. I live in [[Kadıköy|CITY]], on the Asian side of [[Istanbul|CITY]]. I'm [[forty-one|AGE]], I studied translation and interpreting at [[Boğaziçi University|SCHOOL]], graduated [[2006|DATE]], and I've been freelance since [[2011|DATE]]. Most of my work comes from agencies, the biggest is [[LinguaBridge GmbH|ORGANIZATION]] in [[Munich|CITY]], and I have a few direct clients, for example the marketing team at [[Arçelik|ORGANIZATION]].

AI: Thanks, [[Burak|PERSON]]. How has AI changed your work?

User: Completely, in five years. I work in [[Trados|SOFTWARE]] and sometimes [[memoQ|SOFTWARE]] when the agency requires. Now almost every job arrives as "MTPE", machine translation post-editing. The agency runs [[DeepL|AI_PRODUCT]] or their own engine, and I correct it. The rate is maybe 40% lower than a normal translation. For my direct clients I decide myself, I use [[ChatGPT|AI_PRODUCT]] for terminology research and to check my style in marketing texts.

AI: Can you give an example where AI helped or made things harder?

User: Harder: last year I had a user manual for washing machines, 30,000 words, MTPE. The machine output was fluent but it translated "spin" in three different ways in the same document. Fixing consistency was more work than translating from zero, but I was paid the MTPE rate. Helped: a slogan for a campaign, I asked [[ChatGPT|AI_PRODUCT]] for twenty Turkish options with rhyme, took two ideas and made my own. The client loved it. My wife [[Zeynep|PERSON]] says that one is my best work, but she is biased haha.

AI: Do confidentiality questions come up for you?

User: All the time. I also do sworn translations through [[a notary|GENERIC_ROLE]], birth certificates, diplomas, identity documents. These I never put into any AI, because they contain the TC kimlik number, like [[28460193754|NATIONAL_ID]] in a document I had last week. Agencies now write in the contract "no public AI", but at the same time they send me machine translated files, so it is a bit funny. My friend [[Deniz Kaya|PERSON]], also a translator, lost a client because she used a free online tool and the client's IT found it in the logs.

AI: How do you feel about the future of translation?

User: Honestly worried but not hopeless. Literary translation is still human, nobody wants [[Orhan Pamuk|PUBLIC_FIGURE]] translated by a machine. Legal and medical need a human responsible. But the middle, manuals, websites, that market is going away. Younger translators in [[Turkey|COUNTRY]] are moving to localisation project management or to AI training jobs, evaluating model outputs.

AI: Anything else you'd like to add?

User: If anyone needs to contact me, my site is [[buraksahin-ceviri.com|URL]], my ProZ profile is [[proz.com/profile/2847153|URL]], or email [[b u r a k @ s a h i n c e v i r i . c o m|OBF_EMAIL|spaced_letters]]. I write it with spaces because the bots are hungry.""")

T.append("""AI: Hi, thanks for joining. Can you tell me about your job?

User: hello! im [[Rhea Mae Dela Cruz|PERSON]], [[23|AGE]] yrs old, [[customer care associate|JOB_TITLE]] at [[Concentrix|ORGANIZATION]] here in [[Davao City|CITY]]. our account is a [[US|COUNTRY]] airline so we handle rebooking, refunds, baggage complaints. graveyard shift. i graduated BS Psych from [[Ateneo de Davao University|SCHOOL]] in [[2022|DATE]] and joined right after

AI: Thanks, [[Rhea|PERSON]]. Where does AI come into your work?

User: first line now is a chatbot, its called [[Ada|AI_PRODUCT]], the customer talks to the bot first and if the bot cant solve it comes to us. so the calls we get are the hard ones na, the angry ones lol. our tool is [[Zendesk|SOFTWARE]] and it has AI that suggests macros and summarizes the ticket history. funny because my seatmate is also named [[Ada|PERSON]], so she gets teased every time the bot messes up haha

AI: Can you tell me about a call where the AI helped or didnt?

User: helped - a passenger with like 14 previous tickets, the summary told me everything in 5 lines, i didnt have to read all. didnt help - the suggested macro said refund approved but the fare was non refundable, if i sent that its a big problem. my coach [[Mark Anthony Reyes|PERSON]] always says read before you click. [[Mark|PERSON|word_name]] is strict but fair, he checks if we mark the tickets correctly also

AI: How does the company handle personal data with these tools?

User: very strict on the floor, clean desk, no phones. but one time i was doing my own SSS loan application at home and i asked [[ChatGPT|AI_PRODUCT]] to help fill up the form, i typed my SSS number [[34-7281956-3|NATIONAL_ID]]. later i realized hmm maybe not good. my ate [[Liezl|PERSON]] who works in a bank told me never do that again. our [[team leader|GENERIC_ROLE]] also reminds us every huddle, no customer info outside [[Zendesk|SOFTWARE]]

AI: How do you feel about AI and the future of call centre jobs?

User: honestly scared a bit. the BPO industry is the biggest employer here in [[Mindanao|CITY]] and in the whole [[Philippines|COUNTRY]]. people say the AI will replace the simple calls. i saw a video of [[Mark Zuckerberg|PUBLIC_FIGURE]] saying AI agents will do many jobs. but the angry customers still want a human, they shout "i want to talk to a real person!" haha. during [[Holy Week|GENERIC_TIME]] and [[Christmas|GENERIC_TIME]] the volume is crazy, the bot cannot handle

AI: Anything else you'd like to add?

User: maybe just that us agents should be trained for the new skills not just replaced. i want to be a [[QA analyst|GENERIC_ROLE]] or trainer someday. you can add me on fb its [[facebook.com/rheamae.dc|URL]] if you want to ask more""")

T.append("""AI: Thanks for joining. Could you tell me about your work?

User: Sure. I'm [[Bronwyn Keogh|PERSON]], my husband [[Mick|PERSON]] and I run a mixed farm, wheat, canola and about 800 merinos, out near [[Ladysmith|CITY]], about half an hour from [[Wagga Wagga|CITY]] in [[New South Wales|CITY]]. It's a family business, [[Keogh Pastoral Co|ORGANIZATION]]. I'm [[fifty-two|AGE]], we took over from [[Mick|PERSON]]'s parents in [[1998|DATE]]. I do the books, the grants, the compliance, and drive the header when I have to.

AI: Thanks, [[Bronwyn|PERSON]]. Where does AI come into farming for you?

User: Bits and pieces. Our agronomist, [[Sunny Kaur|PERSON|word_name]], uses [[Agworld|SOFTWARE]] for our paddock plans and it's got some smart stuff for yield maps. The header has auto steer, I suppose that's AI-ish. Me personally, I started using [[ChatGPT|AI_PRODUCT]] last year for the paperwork. Drought grants, the BAS notes for [[the accountant|GENERIC_ROLE]], emails to [[the stock agent|GENERIC_ROLE]]. It's very good at taking my waffle and turning it into something a government department will read.

AI: Can you give a specific example?

User: We applied for a drought resilience grant in [[May 2024|DATE]]. The guidelines were forty pages. I pasted them in and asked what they actually wanted, and it gave me a checklist. Then I wrote our answers in dot points and asked it to make them into proper paragraphs. [[Sunny|PERSON|word_name]] read it over for the technical bits. We got the grant, first time in three tries. Mind you, after the [[2019|DATE]] drought I swore I'd never write another grant application again.

AI: Any problems or concerns with using it?

User: It doesn't know local conditions. I asked it about when to sow canola and it gave me an answer that suited somewhere in [[Europe|CONTINENT]], not a sunny dry paddock in the [[Riverina|CITY]]. [[Mick|PERSON]] thinks it's a toy. Also I did put our property address in once, [[1472 Tarcutta Road|ADDRESS]], for a grant form, then worried about it. Not sure who reads those things.

AI: How do the younger people in your family use it?

User: Our son [[Will|PERSON|word_name]]'s [[seventeen|AGE]], he's in year 11 at [[Kildare Catholic College|SCHOOL]] and he uses it for everything. He wants to do ag science at [[Charles Sturt|SCHOOL]]. He set up a spreadsheet that pulls weather data and he reckons one day it will tell us when to sell the lambs. I'll believe it when I see it. In [[spring|GENERIC_TIME]] he'll be out lamb marking with the rest of us anyway.

AI: Anything else you'd like to add?

User: Only that the internet out here is patchy, so all this talk about AI changing [[Australia|COUNTRY]] is a bit rich when I can't load a video. I heard [[Gina Rinehart|PUBLIC_FIGURE]] saying something about AI and mining, well good for her. If you want to follow up, [[bron.keogh@bigpond.com|EMAIL_ADDRESS]] is best.""")

T.append("""AI: Hi, thanks for joining. Could you describe your role?

User: Hi. I'm [[Mohammed Faizan|PERSON]], I work as a [[senior analyst|JOB_TITLE]] in the analytics team at [[Deloitte|ORGANIZATION]] in [[Hyderabad|CITY]], office is in [[Gachibowli|CITY]]. I'm [[26|AGE]], did my B.Tech from [[Osmania University|SCHOOL]] in [[2019|DATE]]. Our clients are mostly [[US|COUNTRY]] retail and healthcare, I'm on one retail client, building dashboards and data pipelines.

AI: Thanks, [[Faizan|PERSON]]. How do you use AI tools in your work?

User: Data is in [[Snowflake|SOFTWARE]], transformations in [[dbt|SOFTWARE]], dashboards in [[Tableau|SOFTWARE]]. The firm has an internal chatbot and we also got [[GitHub Copilot|AI_PRODUCT]] licences around [[April 2024|DATE]]. It writes most of my boilerplate SQL and [[Python|SOFTWARE]] now. Also documentation, which nobody likes writing, I ask the internal tool to generate it from the models and then I edit.

AI: Can you describe a time AI made a big difference, good or bad?

User: Good one - the client's contact, [[Brandon Kowalski|PERSON]], asked for a churn analysis on very short notice, 2 days, over [[Thanksgiving|GENERIC_TIME]] weekend for them. With [[GitHub Copilot|AI_PRODUCT]] I built the feature pipeline in one day. Bad one - it once suggested a join that duplicated rows and revenue came 2x. My manager [[Lakshmi|PERSON]] caught it in review, she has very good instinct for numbers. Now I always add row count checks, it's [[Lakshmi|PERSON]]'s rule.

AI: How does the firm handle client data with these tools?

User: Very strict. Only approved tools, never client data in public [[ChatGPT|AI_PRODUCT]]. There is training every year and an exam. One time I almost made a mistake outside work - I was helping my father with his income tax return and I pasted his Form 16 into [[ChatGPT|AI_PRODUCT]], with his PAN, [[AKTPF4829M|NATIONAL_ID]], and our home address in [[Tolichowki|CITY]]. My sister [[ayesha|PERSON]] saw and scolded me, she said you do data privacy training every year and you do this at home? Fair point.

AI: How do you see AI affecting your career in analytics?

User: The entry level work is shrinking, clearly. Last year's freshers are doing what I did in my second year. So I'm trying to move toward analytics engineering and some ML. I follow what [[Satya Nadella|PUBLIC_FIGURE]] and [[Andrej Karpathy|PUBLIC_FIGURE]] are saying, but honestly in [[India|COUNTRY]] the services companies will adapt slower. During [[Ramadan|GENERIC_TIME]] I work reduced hours and with [[GitHub Copilot|AI_PRODUCT]] I don't fall behind, that's a small but real thing for me.

AI: Anything you'd like to add?

User: Nothing much. If you want, my side projects are on [[github.com/faizan-analytics|URL]]. I post small [[dbt|SOFTWARE]] and [[Snowflake|SOFTWARE]] tips there, nothing client related of course.""")

T.append("""AI: Hello, thanks for joining. Could you tell me about your role?

User: Hello! I'm [[Gurpreet Sandhu|PERSON]], I'm the [[school business manager|JOB_TITLE]] at [[Oakfield Primary School|SCHOOL]] in [[Handsworth|CITY]], [[Birmingham|CITY]]. We're part of a multi-academy trust, [[Bridgeway Learning Trust|ORGANIZATION]], five schools. I look after finance, HR admin, premises, admissions, pretty much everything that isn't teaching. I'm [[47|AGE]] and I've been at [[Oakfield|SCHOOL]] since [[September 2022|DATE]], before that I was in [[NHS|ORGANIZATION]] admin for fifteen years.

AI: Thanks, [[Gurpreet|PERSON]]. Where does AI come into your work?

User: The trust rolled out [[Microsoft Copilot|AI_PRODUCT]] to central staff and business managers this year. I use it for drafting letters to parents, summarising long DfE guidance, and cleaning up the minutes from governors' meetings. Our MIS is [[Arbor|SOFTWARE]], and budgets are in a separate system. I also use [[ChatGPT|AI_PRODUCT]] at home for my own admin, though the trust says work stuff only in [[Copilot|AI_PRODUCT]].

AI: Can you give a concrete example?

User: Our office manager, [[May Thompson|PERSON|word_name]], and I redid the whole admissions pack last year. [[Copilot|AI_PRODUCT]] helped us rewrite it in plain English and then we did versions in Punjabi and Urdu with a parent volunteer checking, because lots of our families speak those at home. [[May|PERSON|word_name]] says the calls to the office in [[September|GENERIC_TIME]] dropped by half. Funny enough the busiest time is actually [[May|GENERIC_TIME]] with SATs and trips, so I'm already planning the same for that.

AI: Have there been any issues with privacy or data?

User: Yes, one that I reported. A supply teacher used a free AI tool to write a referral about a child and included the parent's details from a free school meals form, including the mum's National Insurance number, [[NX 73 51 92 B|NATIONAL_ID]], and their address, [[41 Soho Road|ADDRESS]], [[B21 9SN|ADDRESS]]. I had to log it with the trust's [[data protection officer|GENERIC_ROLE]]. It's the kind of thing nobody means badly, people are just trying to save time.

AI: How do staff and parents feel about AI in school?

User: Teachers are split. Some use it for planning, some think it's cheating. [[The head teacher|GENERIC_ROLE]] is cautiously positive. [[Bridget Phillipson|PUBLIC_FIGURE]] was on the news talking about AI cutting teachers' workload, and honestly if it means fewer evenings on paperwork, most people are for it. My own son [[Arjan|PERSON]] is [[fourteen|AGE]] and uses it for revision, which I keep an eye on.

AI: Anything else you'd like to add?

User: Only that school support staff get forgotten in these conversations, it's always about teachers. If your team wants to speak to other business managers I can put you in touch. The school office number is [[0121 496 0732|PHONE_NUMBER]], ask for me.""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_r")
