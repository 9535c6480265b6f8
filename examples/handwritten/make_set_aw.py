import sys
from markup import write_set, build

T = []

# 1 Kenya - nurse, Nairobi
T.append("""AI: Thank you for making time today. To start, could you tell me a little about yourself and the work you do?

User: Sure. My name is [[Wanjiru Kamau|PERSON]], I'm [[38|AGE]], and I'm a [[registered nurse|JOB_TITLE]] on the children's ward at [[Aga Khan University Hospital|ORGANIZATION]] in [[Nairobi|CITY]]. I've been there since [[2016|DATE]]. Before that I worked at a small mission clinic outside [[Nyeri|CITY]], which is where I grew up. Right now I'm mostly on nights, and honestly that is when I started using AI, because at three in the morning there is nobody to ask.

AI: Nights are a long stretch. What did you first use it for, [[Wanjiru|PERSON]]?

User: Handover notes, mostly. We chart in [[Cerner|SOFTWARE]], and the handover summary at the end of a shift takes forever. Let me be clear, I never put a patient's name or file number into anything outside the hospital system. But I would type the rough shape, like "toddler, day three, bronchiolitis, feeding better, mum worried about discharge", and ask [[ChatGPT|AI_PRODUCT]] to arrange it into a tidy structure. Then I type it back into the chart myself. After a few weeks our [[charge nurse|JOB_TITLE]], [[Achieng|PERSON]], noticed my handovers were suddenly very neat and she asked me what was going on.

AI: What did [[Achieng|PERSON]] make of it?

User: At first she was suspicious. [[Achieng|PERSON]] is old school, she trained at [[KMTC|SCHOOL]] long before smartphones and she believes in handwriting. She told me, "[[Wanjiru|PERSON]], the machine does not know our children." Which is true! But then she tried it for the duty rota, because every [[December|GENERIC_TIME]] the rota is a war, everyone wants to go upcountry for [[Christmas|GENERIC_TIME]]. She gave it the constraints and it produced a first draft in a minute. Now she calls it "the intern". Even Dr. [[Mwangi|PERSON]] asked her to send him the prompt.

AI: Are there things you've decided not to use it for? And does the hospital have rules about it?

User: Dosages, absolutely never. In paediatrics everything is by weight, and one decimal point in the wrong place is a disaster. I check doses in the formulary and with a second nurse, that is the rule and AI does not change the rule. I also keep it away from anything about a family's situation, like a safeguarding concern. That goes straight to the [[social worker|GENERIC_ROLE]]. Where it really helps is explaining things to parents. Many of our families speak Dholuo or Kikuyu at home, some came from [[Somalia|COUNTRY]], so I ask it for a simple explanation of, say, how to use an inhaler spacer, then I ask for it in Kiswahili. I always check the Kiswahili myself because sometimes it comes out too formal, like a leaflet from the [[Ministry of Health|ORGANIZATION]]. As for rules, there's a draft. IT sent an email in [[March 2024|DATE]] saying no patient identifiers in public AI tools, and they are piloting [[Copilot|AI_PRODUCT]] inside [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]], but only the admin side has it for now. My [[supervisor|GENERIC_ROLE]] says nurses will get it [[next year|GENERIC_TIME]], but she said the same thing [[last year|GENERIC_TIME]], so. Meanwhile people just use their phones in the sluice room, which is worse in my opinion.

AI: If you could change one thing about how AI is used on the ward, what would it be?

User: Proper training. Half the nurses are scared of it and the other half use it for everything, even their wedding speeches. Our [[clinical educator|JOB_TITLE]], [[Otieno|PERSON]], runs short sessions on digital tools every [[Thursday|GENERIC_TIME]] afternoon and I keep telling him to add one on AI. Everyone calls him [[Oti|PERSON]]. He said I can share his number if your team wants to talk to him, it's [[0 7 2 2 - 4 1 8 - 8 3 0|OBF_PHONE|spaced_digits]]. He is more of a techie than me, he even built a little quiz for the student nurses using [[Gemini|AI_PRODUCT]].

AI: That's very generous of him. Is there anything else you'd want us to know?

User: Only that it has made nights a bit less lonely, if that makes sense. It sounds silly. But at four in the morning, when my daughter [[Njeri|PERSON]] is at home in [[Kasarani|CITY]] with my mother and I'm finishing paperwork, it is nice to have something that answers back. I don't think it will replace nurses. Nobody is going to let a chatbot hold a crying baby. But the paperwork part, yes, I would happily hand that over tomorrow.""")

# 2 Brazil - electrician, Campinas
T.append("""AI: Olá, and thanks for joining. Could you start by telling me what you do for a living?

User: Of course. I'm [[Marcos Vinícius Andrade|PERSON]], [[forty-five|AGE]] years old, I'm an [[electrician|JOB_TITLE]], self-employed. I have a small company, [[Andrade Elétrica|ORGANIZATION]], just me, my nephew and sometimes a helper. We're in [[Campinas|CITY]], in the interior of [[São Paulo|CITY]] state. Mostly residential work and maintenance for condominiums, some small shops. I've been in this since [[2003|DATE]], I did my technical course at [[SENAI|SCHOOL]] when I was still a kid, basically.

AI: And where does AI come into a job like that?

User: You'd be surprised. The biggest one is quotes, orçamentos. Before, I wrote everything on paper in the van and then at night my wife [[Cláudia|PERSON]] typed it up in [[Word|SOFTWARE]] with me shouting numbers from the sofa. Now I send a voice message to [[ChatGPT|AI_PRODUCT]] from the site, like "replace panel, twelve circuits, two residual current breakers, three hours labour", and it gives me a nice formatted quote. [[Cláudia|PERSON]] still checks the prices, because the prices it invents are from another planet.

AI: So [[Cláudia|PERSON]] is still very much involved.

User: She's the real boss. She does the invoices, the taxes with our [[accountant|GENERIC_ROLE]], everything with money. She doesn't trust it at all. She says, "[[Marcos|PERSON]], this thing is going to bankrupt us with a smile." The other thing I use it for is the norms. In [[Brazil|COUNTRY]] we have NBR 5410 for low-voltage installations and NR-10 for safety. When a [[client|GENERIC_ROLE]] asks something technical, like can I put a socket this close to the shower, I ask the AI to remind me what the norm says, and then I check in the PDF. Because it has been wrong, it mixed up the numbers of two sections once.

AI: Has it ever got you into real trouble?

User: Almost, once. Seu [[Jorge|PERSON]], he's the [[síndico|GENERIC_ROLE]] of a building in [[Barão Geraldo|CITY]], wanted a quote for the garage lighting, forty LED fixtures. The AI calculated the cable size too small for the length of the run. I would have caught it on site, probably, but my nephew [[Pedro|PERSON]] caught it first. We call him [[Pedrinho|PERSON]] even though he's [[twenty-two|AGE]] and bigger than me. He looked at the printout and said, "Tio, this is wrong, the voltage drop will be terrible." He studies at night at [[Etec Bento Quirino|SCHOOL]], the technical school, and he uses AI more than me but more critically. He likes [[Perplexity|AI_PRODUCT]] because it shows where the information comes from.

AI: Do you use it for marketing or talking to customers?

User: Yes, for [[Instagram|SOFTWARE]]. [[Pedrinho|PERSON]] made the page, it's [[@andrade.eletrica.cps|SOCIAL_HANDLE]], and the AI writes the captions, "before and after" of a messy distribution board, that kind of thing. People love a before and after. I also use [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] sometimes to draft answers to clients at night, but I always read it before sending, because once it answered a lady in a very formal Portuguese, like a lawyer, and she thought I was angry with her. Some clients still want email, especially the companies. I tell them on the phone, "[[andrade ponto eletrica arroba gmail ponto com|OBF_EMAIL|pt_arroba_ponto]]", and they still get it wrong half the time.

AI: Do you worry that AI might change your trade?

User: Not the hands part. No robot is climbing into a ceiling in [[January|GENERIC_TIME]] in [[Campinas|CITY]] with forty degrees. Even [[Lula|PUBLIC_FIGURE]] is talking about artificial intelligence on the news now, but nobody says it will change a breaker. Maybe for the office jobs it's different. My daughter [[Bia|PERSON]] wants to study law at [[PUC-Campinas|SCHOOL]] and I told her, check first if the robots are becoming lawyers. For me, since I started in [[August 2023|DATE]], I save maybe five hours a week on paperwork. That's five hours more with the family, or, let's be honest, five hours more work. My advice to other electricians is simple: treat it like a helper who arrived yesterday. Useful, fast, but you check everything he does before you switch the power on.""")

# 3 Germany - freight forwarding clerk, Kornwestheim
T.append("""AI: Thanks for taking part. Could you briefly introduce yourself?

User: Gern. [[Sabine Köhler|PERSON]], I'm [[52|AGE]], and I work as a [[freight forwarding clerk|JOB_TITLE]], in German we say Speditionskauffrau, at [[Spedition Haller|ORGANIZATION]] in [[Kornwestheim|CITY]], just north of [[Stuttgart|CITY]]. We're a family business, about ninety people, trucks going mostly to [[Italy|COUNTRY]] and [[Austria|COUNTRY]]. I did my apprenticeship there starting in [[1990|DATE]] and never left, which my kids find hilarious.

AI: That's a long time at one firm. How did AI arrive there?

User: Through the back door, like everything. Our [[apprentice|JOB_TITLE]], [[Lukas|PERSON]], was using [[ChatGPT|AI_PRODUCT]] to write emails to Italian carriers, and suddenly his Italian was very elegant. Herr [[Haller|PERSON]], the founder's son, he's the [[managing director|GENERIC_ROLE]] now, found out and at first he wanted to ban it. Then his daughter [[Franziska|PERSON]], who does controlling, told him, "Papa, everyone is already doing it, better we make rules." So now we have a rule sheet: no customer data in the free tools, no prices, no driver names. For translation we have a paid [[DeepL|AI_PRODUCT]] account, that's allowed. And since [[autumn|GENERIC_TIME]] there's [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] for a test group. I'm in the test group, which is funny because I'm the oldest one in it. My colleague [[Jürgen|PERSON]] refused. [[Jürgen|PERSON]] says he has been doing customs papers since before the internet and he doesn't need a parrot.

AI: What do you actually use it for day to day?

User: Summarising long email threads, mainly. When a truck is stuck at the Austrian border and there are forty emails between the carrier's dispatcher, the customer and the warehouse in [[Verona|CITY]], I ask it what's the current status and who promised what. It's good at that. Not perfect. Once it told me the delivery slot was confirmed, when actually someone had written "confirmed?" with a question mark. So I always read the last three mails myself. The bookings are in [[SAP|SOFTWARE]] and some old [[Excel|SOFTWARE]] lists, and the AI isn't connected to [[SAP|SOFTWARE]], thank God.

AI: Do your customers know you're using it?

User: Some do. We do a lot of work for [[Bosch|ORGANIZATION]] suppliers, and those purchasing people are very strict. There was a supplier questionnaire in [[January 2025|DATE]] asking if we use generative AI with their data. We answered only [[DeepL Pro|AI_PRODUCT]] under contract. Which is true. Mostly. Well, people are people. I've seen younger colleagues paste an address list into the free version to "clean it up". I told [[Lukas|PERSON]], if you do that again, I'll tell your mother. His mother is [[Petra|PERSON]] from accounting, so it's a real threat. He hasn't done it again. But honestly the rule sheet is only as good as the people reading it. I'd prefer we had one approved tool for everything, so nobody needs to be creative.

AI: If researchers wanted to follow up on that rule sheet, who would be the right contact?

User: That would be me, actually, I wrote half of it with [[Franziska|PERSON]]. Let me paste my address, [[s.koehler\u200b@\u200bspedition-haller\u200b.de|OBF_EMAIL|zero_width]], copy it carefully, our spam filter is a bit paranoid. Or call the office, [[07154 8830-12|PHONE_NUMBER]] is my direct line, [[Monday|GENERIC_TIME]] to [[Thursday|GENERIC_TIME]]. On [[Friday|GENERIC_TIME]] I work from home and I don't pick up the landline, my husband [[Uwe|PERSON]] says that's the only discipline I have.

AI: And how do you feel about all this, personally?

User: Mixed. I'm not afraid of the tools. I'm afraid that in ten years nobody will know how to read a CMR waybill properly because the machine always did it for them. My daughter [[Lena|PERSON]] studies at [[Hochschule Esslingen|SCHOOL]] and she writes everything with AI, and I think, okay, but do you actually know it? Then again, my mother said exactly the same about calculators, and I turned out fine. More or less.""")

# 4 India - QA engineer, Pune
T.append("""AI: Hi, thanks for joining us. Could you tell me about yourself and your job?

User: Hi! I'm [[Rohan Deshpande|PERSON]], [[29|AGE]], I'm a [[QA engineer|JOB_TITLE]], test automation basically, at [[Infosys|ORGANIZATION]], the [[Hinjewadi|CITY]] campus in [[Pune|CITY]]. I've been here since [[July 2019|DATE]], joined straight after my B.Tech from [[COEP|SCHOOL]]. Right now I'm on a project for a [[UK|COUNTRY]] insurance [[client|GENERIC_ROLE]], I can't say the name, but it's a big policy administration migration. My father sold insurance in [[Nashik|CITY]] for thirty years, so at least at home somebody understands what I'm testing.

AI: How does AI fit into your testing work?

User: A lot, honestly. We've had [[GitHub Copilot|AI_PRODUCT]] enabled in [[VS Code|SOFTWARE]] on project laptops for about a year. I use it to write [[Selenium|SOFTWARE]] and [[Playwright|SOFTWARE]] scripts, page objects, all that boilerplate. Also for test data, generating fake policy holders with weird names, leap-year birthdays, addresses with apostrophes, edge cases like that. For test design, I paste the user story from [[Jira|SOFTWARE]], only the acceptance criteria, and ask for negative scenarios. It catches things I miss, like what happens if the premium is zero, or if someone cancels on the same day they buy.

AI: Does your whole team use it the same way?

User: No, no. My [[lead|GENERIC_ROLE]], [[Kavita|PERSON]] ma'am, is very careful. She reviews every AI-generated script line by line, she calls it "trust but verify". Then there is [[Aditya|PERSON]], we call him [[Adi|PERSON]], who just accepts whatever [[Copilot|AI_PRODUCT]] suggests and then wonders why the build is red. Last sprint he had a test that was literally asserting true equals true. [[Kavita|PERSON]] ma'am found it in review, and now it's a team joke, "don't do an [[Adi|PERSON]]". He takes it well, he bought samosas for everyone as punishment.

AI: What rules does the company or the [[client|GENERIC_ROLE]] set?

User: [[Infosys|ORGANIZATION]] has its own platform, [[Topaz|AI_PRODUCT]], and the policy is that [[client|GENERIC_ROLE]] data never goes into public tools. The [[client|GENERIC_ROLE]] also has their own rules, stricter than ours. So anything with real data stays inside approved tools. For personal learning I use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] on my own laptop, like when I was preparing for the ISTQB advanced exam in [[March|GENERIC_TIME]]. You know [[Narayana Murthy|PUBLIC_FIGURE]] said young people should work seventy hours a week? My mother forwarded me that clip. I told her with AI I can do seventy hours of work in forty. She did not find it funny.

AI: Do you share what you learn outside work?

User: Yes, I post small automation tips on [[X|SOFTWARE]], my handle is [[@rohan_tests|SOCIAL_HANDLE]], and longer write-ups on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/rohan-deshpande-qa|URL]]. Some recruiters message me there, which is flattering and a bit annoying. A few juniors from my college group ask questions too, so I made a small [[WhatsApp|SOFTWARE]] group with [[Sneha|PERSON]] and [[Tushar|PERSON]] from my batch where we share prompts for testing. The group name is literally "[[sneha|PERSON]] [[tushar|PERSON]] [[rohan|PERSON]] prompt gang", all small letters, [[Tushar|PERSON]] named it. [[Sneha|PERSON]] is at a fintech in [[Bengaluru|CITY]] now and she has much better prompts than me, she's very systematic. Earlier the fear was that manual testers would be replaced by automation. Now the fear is automation testers will be replaced by AI. I think the ones who survive will be the people who understand the business domain properly.

AI: Would you be open to a follow-up conversation later in the study?

User: Sure, happy to. Easiest is a call or [[WhatsApp|SOFTWARE]], the number is [[nine eight two two 4, 5 one 7 zero 6|OBF_PHONE|mixed_digit_words]]. I write it like that on public forums because of spam calls, you understand. Evenings after eight are best, or [[Saturday|GENERIC_TIME]] mornings before cricket.""")

# 5 USA - records clerk, Dayton
T.append("""AI: Thanks for joining us today. Could you start by telling me a bit about yourself and your job?

User: Well, I'm [[Denise Whitfield|PERSON]], I'm [[61|AGE]], and I'm a [[records clerk|JOB_TITLE]] at the [[Montgomery County Recorder's Office|ORGANIZATION]] here in [[Dayton|CITY]], [[Ohio|CITY]]. I've been with the county since [[1998|DATE]]. We record deeds, mortgages, liens, military discharge papers, all of it. I'm the one at the counter when you come in to file something, and I answer the phones, which is half the job.

AI: And how did AI come into the picture for you?

User: My grandson. [[Tyler|PERSON]] put [[ChatGPT|AI_PRODUCT]] on my phone at [[Thanksgiving|GENERIC_TIME]] two years ago because I was complaining about writing a letter to my homeowners association. He said, "Grandma, just tell it you're mad and it'll make it polite." And it did! He keeps telling me [[Gemini|AI_PRODUCT]] is better now, but I'm used to the one I've got. So then I started using it for work emails. I can be a little blunt. People ask the same question forty times a day, like "can you tell me who owns this house," and after a while my replies come out grumpy. Now I write what I want to say and ask it to make it friendlier.

AI: Is that something your office allows?

User: Sort of. There's no rule against using it for wording, as long as nothing from a record goes in there. And I'm very strict about that, because of Social Security numbers. [[Ohio|CITY]] made us redact them from anything posted online years ago, so we went back through decades of scanned documents. My [[supervisor|GENERIC_ROLE]], [[Ray|PERSON]], says if one number leaks we're on the evening news. So no, I'm not pasting deeds into a chatbot.

AI: Has the office itself brought in any AI tools?

User: Yes, that's the interesting part. Our document system is [[Laserfiche|SOFTWARE]], and the vendor added a feature that suggests redactions. It finds what looks like a Social Security number or a bank account and highlights it. [[Bev|PERSON]] and I tested it over the [[summer|GENERIC_TIME]]. [[Bev|PERSON]], that's [[Beverly Dunn|PERSON]], she's been here even longer than me. It caught most of them, but it missed handwritten numbers on the old forms, and it flagged things that weren't Social Security numbers at all, like parcel IDs. So a human still checks every page. [[Faith|PERSON]], our youngest [[clerk|JOB_TITLE]], does the second pass now. She's quicker than both of us put together, and she doesn't need reading glasses.

AI: How do members of the public react when AI comes up?

User: Most of them don't know and don't care. But we had one gentleman, very upset, he'd read something about [[Bill Gates|PUBLIC_FIGURE]] and thought the computer was going to change his deed. I had to explain, sir, the deed is the deed, it's recorded, nobody is changing it. Older folks especially get nervous, and I'm older folks myself, so I understand. I also use it to make the little handouts for the counter in [[Word|SOFTWARE]], like how to file a transfer on death affidavit, in plain English. [[Ray|PERSON]] approved those before we printed them, and people actually read them, which is a first.

AI: Is there anything you'd want to see change?

User: I'd like the county to give us proper training, not just a memo. [[Tyler|PERSON]] is in his second year at [[Sinclair Community College|SCHOOL]] and he knows more than our IT people, frankly. And I'd like an approved tool so I'm not using my personal phone. I retire in [[June 2026|DATE]], so maybe it's the next generation's problem. If your study wants to talk to the office, the main line is [[(937) 555-0148|PHONE_NUMBER]], or you can email me at [[dwhitfield@mcrecorder-oh.org|EMAIL_ADDRESS]] until I'm out the door.""")

# 6 Philippines - call centre agent, Cebu
T.append("""AI: Hello, and thank you for joining even after your shift. Could you introduce yourself and tell me what you do?

User: No problem, I'm used to being awake at this hour, haha. I'm [[Jomar Reyes|PERSON]], [[27|AGE]] years old, and I'm a [[customer service representative|JOB_TITLE]] at [[Concentrix|ORGANIZATION]] here in [[Cebu City|CITY]], the [[IT Park|CITY]] site. I handle a telco account from the [[US|COUNTRY]], mostly billing disputes and people who want to cancel. I started in [[October 2021|DATE]], right after the pandemic lockdowns. Before that I was in college, but I didn't finish.

AI: What does AI look like on your calls, [[Jomar|PERSON]]?

User: It's everywhere now, grabe. We have an agent assist tool built into the call platform. While the customer is talking, it listens and pops up suggestions on the side, like "offer the loyalty discount" or "verify the account first". It also writes the call summary at the end, so I don't have to type wrap-up notes anymore, which saved me maybe a minute per call. A minute doesn't sound like a lot, but when you take sixty calls a night that's one whole hour.

AI: Do you trust the suggestions?

User: Half-half. Sometimes it's really helpful, especially with the angry ones, because it gives you the right policy and you can just read it. But sometimes it suggests something that's not allowed for that account, and if you follow it, QA will mark you down, not the tool. Then you get the chat message, "[[jomar|PERSON]] pls see me after shift", and you know it's coaching time. My [[team leader|GENERIC_ROLE]], Sir [[Mark|PERSON]], always says, "The tool is your assistant, you are not its assistant." Sir [[Mark|PERSON]] is strict but fair. Our other TL, Ma'am [[Joy|PERSON]], she's more relaxed, she lets us use [[ChatGPT|AI_PRODUCT]] on our phones during breaks to practice difficult scenarios. Like I type "pretend you're a very angry customer whose bill doubled" and I practice my de-escalation.

AI: That's a creative use. Do you use AI outside of the call platform too?

User: Yes, for my English, honestly. My accent is okay, but sometimes my grammar in emails is very "Bisaya", you know? So I ask [[Grammarly|AI_PRODUCT]] or [[ChatGPT|AI_PRODUCT]] to check before I send anything to the client side. Even HR is AI now. There's a chatbot on the portal, you type your employee number, mine is [[2231874|NATIONAL_ID]], and it tells you your leave balance and your night differential. My friend [[Bong|PERSON]], his real name is [[Ronaldo|PERSON]] but nobody calls him that, he says the HR bot is smarter than the actual HR, haha.

AI: How do you feel about the future of your job with all this?

User: Scared, a little, to be honest. Everybody in the BPO industry talks about it. If the AI can answer the billing questions, why would they pay us? My girlfriend [[Kristine|PERSON]], we call her [[Tintin|PERSON]], she's a [[nurse|JOB_TITLE]] and she says at least nobody will replace her with a chatbot. But I think the hard calls will still need a person. Like last [[Christmas|GENERIC_TIME]] I had a lady whose husband passed away and she needed to transfer the account, and she was crying. The tool kept suggesting the upsell script. Imagine. I turned it off in my head and just talked to her.

AI: That sounds like a difficult call. Would you be willing to be contacted again for a follow-up?

User: Yes, sure. You can email me at [[J O M A R dot R E Y E S at yahoo dot com|OBF_EMAIL|spaced_letters]], sorry, I always spell it out like that because people write "[[Jomar|PERSON]]" with an H. I'm also on [[Facebook|SOFTWARE]] but I don't use it much anymore, mostly [[TikTok|SOFTWARE]] now. Best time is [[Tuesday|GENERIC_TIME]] or [[Wednesday|GENERIC_TIME]], those are my rest days. I'll be in [[Bohol|CITY]] for my mother's birthday the week after, so maybe not then.""")

# 7 Mexico - pharmacy branch manager, Guadalajara
T.append("""AI: Buenas tardes, thank you for your time. Can you tell me a little about yourself and your work?

User: Buenas tardes. My name is [[Guadalupe Hernández Ruiz|PERSON]], but everybody calls me [[Lupita|PERSON]]. I'm [[34|AGE]], and I'm the [[branch manager|JOB_TITLE]] of a pharmacy of [[Farmacias Guadalajara|ORGANIZATION]] in [[Chapalita|CITY]], in [[Guadalajara|CITY]]. It's open twenty-four hours, so I have three shifts of staff, eleven people in total. I studied pharmaceutical chemistry at the [[Universidad de Guadalajara|SCHOOL]] and I've been with the company since [[2015|DATE]], first as a [[pharmacist|JOB_TITLE]] and now running the branch.

AI: How do you use AI in managing the pharmacy, [[Lupita|PERSON]]?

User: The schedules, first of all. Before, I did the schedules by hand every two weeks, and it was always a fight, because [[Brenda|PERSON]] studies on [[Saturdays|GENERIC_TIME]], [[Chuy|PERSON]] has a second job, somebody's kid is sick. Now I write all the conditions in [[ChatGPT|AI_PRODUCT]], in Spanish, and it gives me a first version of the schedule in a table. Then I copy it to [[Excel|SOFTWARE]] and fix it. [[Chuy|PERSON]], his name is [[Jesús|PERSON]] but nobody calls him that, he says the robot is fairer than me, because it doesn't have favourites. Which, okay, maybe he's right.

AI: Do you use it with customers or with medicines at all?

User: With medicines, no. Never for a dose or an interaction, for that we have the official references and the system, and if there is doubt we call the [[doctor|GENERIC_ROLE]]. That is very clear for me. With customers, a little. We receive orders by [[WhatsApp|SOFTWARE]], and sometimes people write very long messages, with photos of prescriptions, questions about prices. I use it to help me answer politely and quickly, without the medical part. Also for the training of new staff. I asked it to make a small quiz about how to handle antibiotics without prescription, because by law we cannot sell them without it, and people get angry. The quiz was good, my [[district manager|GENERIC_ROLE]] liked it and shared it with other branches in [[Zapopan|CITY]].

AI: What does the company say about using these tools?

User: Officially there is a communication from [[February 2024|DATE]] that says don't put customer data in external applications. That's all. Licenciado [[Ortega|PERSON]], my [[district manager|GENERIC_ROLE]], said they are evaluating something internal, but you know how it is, these things take years. Meanwhile, we use our phones. I pay for [[ChatGPT Plus|AI_PRODUCT]] myself, two hundred something pesos a month, because the free one was too slow at night. My husband [[Iván|PERSON]] thinks I'm crazy to pay for work tools with my own money.

AI: Have you noticed any changes in how your team works since you started using it?

User: Yes, the younger ones use it for everything. [[Brenda|PERSON]] writes her university essays with it, I think, but that's her business. What I notice is that they ask me fewer questions about procedures, they ask the phone. That is good and bad. Good because I have more time. Bad because the phone doesn't know our branch, it doesn't know that the refrigerator for the insulin makes a strange noise on [[Mondays|GENERIC_TIME]] and you have to check it. Those things you only learn from people. Even the president, [[Claudia Sheinbaum|PUBLIC_FIGURE]], talks about artificial intelligence in the mañaneras now, so I think it is not going away.

AI: Thank you. Is it alright if we contact you for a follow-up?

User: Yes, of course. My personal email is [[lupita punto hdz arroba hotmail punto com|OBF_EMAIL|es_arroba_punto]], I write it like that because of the bots that collect emails. Or my cell, [[33 1458 2290|PHONE_NUMBER]], but better [[WhatsApp|SOFTWARE]] messages than calls, I'm always at the counter.""")

# 8 Nigeria - audit senior, Lagos
T.append("""AI: Good afternoon, thanks for joining. Could you start by introducing yourself?

User: Good afternoon. I'm [[Oluwaseun Adeyemi|PERSON]], most people call me [[Seun|PERSON]]. I'm [[33|AGE]], I'm an [[audit senior|JOB_TITLE]] at [[Adebayo Ojo & Co|ORGANIZATION]], a mid-sized chartered accounting firm in [[Ikeja|CITY]], [[Lagos|CITY]]. I studied accounting at [[UNILAG|SCHOOL]] and qualified with [[ICAN|ORGANIZATION]] in [[2017|DATE]]. Our clients are mostly manufacturing companies and a few schools and NGOs.

AI: How does AI show up in audit work, [[Seun|PERSON]]?

User: More than people think. The obvious one is drafting. After fieldwork we write the management letter, all the control weaknesses and recommendations, and it used to take days. Now I write bullet points and [[ChatGPT|AI_PRODUCT]] turns them into proper paragraphs, then I edit heavily, because the tone is sometimes too American, too dramatic. "Critical failure" for a missing signature, that kind of thing. I also use [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] to help me write formulas when I'm reconciling big ledgers from [[Sage|SOFTWARE]]. For the IFRS questions I still go to the standards themselves.

AI: What do your colleagues think of it?

User: Mixed. My colleague [[Sunday|PERSON]], he's the most sceptical person in the office. [[Sunday|PERSON]] says if the AI writes the letter, the AI should sign it. He thinks we are becoming lazy. Then there is [[Blessing|PERSON]], the [[tax associate|JOB_TITLE]], who uses it to summarise new circulars from [[FIRS|ORGANIZATION]], because they change things every few months and nobody has time to read forty pages. She checks it against the original, of course. The [[partner|GENERIC_ROLE]], Mr. [[Ojo|PERSON]], he is [[sixty-something|AGE]] and doesn't touch it himself, but he likes the output. He said the management letters read better now, and he didn't ask why.

AI: Are there rules at the firm about what you can put into these tools?

User: We made some rules after an incident, let me put it that way. Someone, I won't say who, pasted a whole trial balance with the client's name into the free version. Nothing happened, but the [[partners|GENERIC_ROLE]] were not happy. Now the rule is you anonymise everything, "Client A", round the numbers, remove the names of directors. I actually like the rule, because it forces me to think about what is really needed. The [[data protection officer|GENERIC_ROLE]] sent a memo in [[April 2024|DATE]] referencing the NDPA, the data protection act, and we all had to sign it.

AI: Has AI changed how you think about your career?

User: Yes. I am preparing to move, honestly. Many of my course mates have japa'd, one is in [[Manchester|CITY]], another in [[Calgary|CITY]]. The ones abroad tell me their firms use AI for sampling, for reading contracts, everything. If I want to compete, I need to be good at it. I'm doing an online course on data analytics on [[Sundays|GENERIC_TIME]] after church, and yes, my colleague [[Sunday|PERSON]] laughs at that, "[[Seun|PERSON]], you are using [[Sunday|GENERIC_TIME]] to replace [[Sunday|PERSON]]." Even [[Bola Tinubu|PUBLIC_FIGURE]] has been talking about training young people in tech, so maybe it's the direction everybody is going.

AI: Thank you. How can we reach you if we have follow-up questions?

User: My work email is [[seun.adeyemi@adebayoojo.com.ng|EMAIL_ADDRESS]], or my line, [[0803 552 7194|PHONE_NUMBER]]. Please not during busy season, [[January|GENERIC_TIME]] to [[March|GENERIC_TIME]], I won't see anything. My wife [[Funmi|PERSON]] says during busy season she is a single mother.""")

# 9 UK - plumber, Leeds
T.append("""AI: Thanks for doing this. Could you tell me a bit about yourself and what you do?

User: Yeah, no bother. [[Darren Whitworth|PERSON]], I'm [[44|AGE]], [[plumbing and heating engineer|JOB_TITLE]], self-employed. I trade as [[DW Heating|ORGANIZATION]], based in [[Horsforth|CITY]], that's north-west [[Leeds|CITY]]. Boilers mostly, servicing, breakdowns, the odd bathroom. I did my apprenticeship through [[Leeds City College|SCHOOL]], worked for a big firm for years, then went on my own in [[2015|DATE]].

AI: So where does AI come in for you, [[Darren|PERSON]]?

User: Paperwork, mainly, 'cause I hate it. Quotes, invoices, the emails nobody wants to write. I've got the [[ChatGPT|AI_PRODUCT]] app on my phone and I just talk to it in the van between jobs. "Quote for a combi swap, [[Worcester Bosch|ORGANIZATION]], thirty kW, flue through the wall, two days." And it writes it out proper. My missus, [[Nicola|PERSON]], used to do all that on a [[Sunday|GENERIC_TIME]] night and she's well chuffed she doesn't have to anymore. [[Nic|PERSON]] still does the accounts in [[Xero|SOFTWARE]], mind, I'm not letting a robot near the tax man.

AI: Do you use it for the technical side at all?

User: Bit. Say I'm on a job with a boiler I've not seen in years, an old [[Potterton|ORGANIZATION]] or summat, and it's throwing a fault code. I'll ask it, and sometimes it's spot on, sometimes it's talking rubbish. It once told me a fault code meant low pressure when it were actually the fan. So now I use it as a starting point and then I check the manufacturer manual. My [[apprentice|JOB_TITLE]] [[Kyle|PERSON]], he's [[nineteen|AGE]], he trusts it far too much. I keep telling him, [[Kyle|PERSON]], the phone's never had its hands in a boiler.

AI: What about customers? Do they know you use it?

User: Some of 'em have asked. I had one woman in [[Otley|CITY]], lovely, retired teacher, and she said, "[[Darren|PERSON]], your emails have got very posh lately." I told her, "I've got a secretary now, she lives in me phone." She laughed. I also use it to answer reviews online, because I'm rubbish at that, I either sound rude or I sound like a greeting card. What I won't do is give it customer addresses or anything. [[Gas Safe|ORGANIZATION]] are strict, and I'd rather not be the bloke whose customers got their details leaked.

AI: Anything you're worried about with it?

User: Honestly? Not really for me. Nobody's sending a robot up a loft ladder in [[January|GENERIC_TIME]]. My mate [[Big Steve|PERSON]], well, [[Steve Pearson|PERSON]], he's a [[sparky|JOB_TITLE]], we talk about this in the pub, and he reckons the young 'uns will use it to skip learning. That's what bothers me with [[Kyle|PERSON]]. If you don't learn to think it through, what happens when the signal's gone in some cellar in [[Headingley|CITY]]? I read that [[Elon Musk|PUBLIC_FIGURE]] reckons nobody'll need to work in future. Well, he's never bled a radiator, has he.

AI: That's a fair point. If we wanted to follow up with you, how would we get in touch?

User: Best to ring. It's [[oh-seven-seven-nine-eight, double four one, six-three-oh|OBF_PHONE|spoken_digits]]. If you need to check me out first, my [[Gas Safe|ORGANIZATION]] number's [[558213|NATIONAL_ID]], that's on the register. I'm normally finished by half five, except [[Fridays|GENERIC_TIME]] when I'm at me mum's. And the yard's at [[Unit 4, Calverley Lane|ADDRESS]], [[LS18 4RQ|ADDRESS]], if you ever fancy seeing how untidy a plumber's van can get.""")

# 10 Japan - general affairs, Higashiosaka
T.append("""AI: Thank you very much for agreeing to this interview. Could you please introduce yourself?

User: Thank you. My name is [[Mayumi Fujii|PERSON]]. I am [[47|AGE]] years old. I work in the [[general affairs|JOB_TITLE]] section at [[Naniwa Seimitsu|ORGANIZATION]], a company that makes precision metal parts in [[Higashiosaka|CITY]], near [[Osaka|CITY]]. We have about one hundred and twenty employees. I joined the company in [[April 1999|DATE]] after graduating from [[Kansai University|SCHOOL]], so I have been here a long time. General affairs means I do many things, like employee paperwork, events, the office supplies, sometimes reception.

AI: How did AI become part of your work, [[Fujii|PERSON]]-san?

User: Last year the company introduced [[ChatGPT Enterprise|AI_PRODUCT]] for the office staff. The [[president|GENERIC_ROLE]] saw a seminar by [[Masayoshi Son|PUBLIC_FIGURE]] and came back very excited, I think. Then the IT person, [[Okada|PERSON]]-san, made a small guide for us. At first I didn't use it. I thought it was for young people. But my colleague [[Sato|PERSON]]-san showed me how she uses it for writing the formal greeting letters, the seasonal greetings we send to customers. In Japanese business letters there are many fixed expressions, and it knows them very well.

AI: What else do you use it for now?

User: The biggest is English and Vietnamese communication. We have technical intern trainees from [[Vietnam|COUNTRY]], six of them now. I handle their dormitory, their health check, their documents. When I need to explain the rules about garbage sorting or the health check schedule, I write in Japanese and ask for a simple Japanese version and an English version. Some of them read English better than difficult Japanese. One trainee, [[Thanh|PERSON]], always checks the Vietnamese translation for the others and tells me if it is strange. He said once the translation made the garbage rules sound like a police warning, so now I ask for a "kind" tone.

AI: Are there things you are careful about?

User: Yes. The guide from [[Okada|PERSON]]-san says no personal information, so I never put the trainees' residence card numbers or addresses into it. I also don't use it for anything with money, like salary calculation, that is in our payroll system, [[Bugyo|SOFTWARE]]. And the [[department head|GENERIC_ROLE]] does not like it when the letters sound too perfect. He says customers in [[Osaka|CITY]] like a little human touch. So I always change one or two sentences myself. My younger colleague [[Kenta|PERSON]]-kun uses it for everything, even his [[LINE|SOFTWARE]] messages to his girlfriend, which I think is too much.

AI: Has it changed your workload?

User: I think it saves me maybe three or four hours a week. But the free time fills with new tasks, of course. That is how it is in a small company. One good thing: before, I was nervous to email the English-speaking customer in [[Thailand|COUNTRY]], now I am not nervous. I can check my English before sending. Also, I used it to plan the company trip to [[Arima Onsen|CITY]] in [[November|GENERIC_TIME]], the schedule and the bus timing. That worked well, except it recommended a restaurant that closed three years ago.

AI: Thank you. Could we contact you again if we have more questions?

User: Yes, it is fine. Please contact [[Okada|PERSON]]-san first, because he manages the AI project. He wrote his mobile for me like this, with the Japanese keyboard: [[０９０－３８４１－２２７６|OBF_PHONE|fullwidth_digits]]. Or you can write to me at the company address, [[m.fujii@naniwa-seimitsu.co.jp|EMAIL_ADDRESS]]. I am in the office from [[Monday|GENERIC_TIME]] to [[Friday|GENERIC_TIME]], until six.""")

# 11 France - communications officer, Lyon
T.append("""AI: Bonjour, and thanks for taking part. Could you introduce yourself and your job?

User: Bonjour! I'm [[Camille Moreau|PERSON]], I'm [[31|AGE]], and I'm a [[communications officer|JOB_TITLE]] at the [[Métropole de Lyon|ORGANIZATION]], so local government, basically. I've been there since [[September 2020|DATE]]. I work on public campaigns: waste sorting, the new cycle lanes, heatwave advice, that kind of thing. Before that I did my master's at [[Sciences Po Lyon|SCHOOL]] and an internship at a small agency in [[Villeurbanne|CITY]].

AI: How does AI fit into your work, [[Camille|PERSON]]?

User: It's funny, because the main person I work with is called [[Claude|PERSON]]. He's a [[graphic designer|JOB_TITLE]], [[fifty-something|AGE]], very talented, and he hates it when people say "I asked [[Claude|AI_PRODUCT]]". He says, "You asked me? No, you asked the machine." So in our team we say "[[Claude|PERSON]] the human" and "[[Claude|AI_PRODUCT]] the robot". I use the robot a lot for first drafts: press releases, social posts, the text for a leaflet. But I rewrite everything, because public administration French has its own rules and the AI writes like a startup founder.

AI: Does your employer encourage particular tools, or discourage them?

User: There's a lot of discussion. The official line since [[spring|GENERIC_TIME]] is that we should prefer French or European tools, so people are pushed towards [[Le Chat|AI_PRODUCT]], the French one from [[Mistral|AI_PRODUCT]]. There was a lot of national pride about that, you remember [[Emmanuel Macron|PUBLIC_FIGURE]] doing the summit and talking about it. In practice people use whatever works. For visuals we have [[Canva|SOFTWARE]] with its AI features, and [[Claude|PERSON]] uses [[Photoshop|SOFTWARE]] generative fill sometimes, though he'd never admit it in a meeting. The rule that matters is no personal data of residents in any tool, and for anything political, like a message from an elected official, a human writes it from zero.

AI: Why is that rule so important to you?

User: Because of the elections. In [[March|GENERIC_TIME]] there are municipal elections and everything we publish is watched. If a text sounds like a robot wrote it, the opposition will say we waste public money on gadgets. My [[head of unit|GENERIC_ROLE]], [[Nathalie|PERSON]], is very careful. [[Nathalie|PERSON]] reads every word of anything going out with the [[President|GENERIC_ROLE]]'s name on it. Also, honestly, a lot of our audience is older people in [[Croix-Rousse|CITY]] or in the suburbs who don't read French perfectly, and the AI is good at making simple versions, "facile à lire et à comprendre", but it sometimes simplifies too much and the legal meaning changes.

AI: Have you had a case where that happened?

User: Yes, with the heatwave plan. The AI wrote that vulnerable people "must register" with the town hall, but actually it's voluntary, they "can register". Tiny difference, big problem. My colleague [[Yasmine|PERSON]] caught it before printing. Since then we have a checklist: obligation or option, dates, phone numbers, names. We check those four things by hand every time. It takes ten minutes and saves a disaster.

AI: Would you be willing to speak with us again later in the project?

User: With pleasure. Better on my personal address, not the work one, because the work inbox is a black hole: [[camoreau arobase laposte point net|OBF_EMAIL|fr_arobase_point]]. I write it like that everywhere now, since I got so much spam after a conference in [[Grenoble|CITY]]. I'm also on [[Bluesky|SOFTWARE]], [[@camillemoreau.bsky.social|SOCIAL_HANDLE]], I post about public communication sometimes. And if you want [[Claude|PERSON]]'s point of view, he would love to complain to a researcher, I'm sure.""")

# 12 Poland - HR specialist, Wroclaw
T.append("""AI: Dzień dobry, thanks for joining. Could you introduce yourself?

User: Dzień dobry! I'm [[Agnieszka Wróbel|PERSON]], [[36|AGE]] years old, I'm an [[HR business partner|JOB_TITLE]] at [[Nordvik Business Services|ORGANIZATION]], it's a shared services centre in [[Wrocław|CITY]], about eight hundred people doing finance and IT support for a Scandinavian group. I've been there since [[2018|DATE]]. I studied psychology at [[Uniwersytet Wrocławski|SCHOOL]], and originally I'm from [[Opole|CITY]], so not far.

AI: How does AI come into HR work for you?

User: In many ways, some I like and some I don't. The good ones: writing job descriptions, policy summaries, FAQs for new joiners. We have [[Copilot|AI_PRODUCT]] in [[Microsoft 365|SOFTWARE]] since last year, company licence, and I use it in [[Teams|SOFTWARE]] to summarise long meetings, which honestly changed my life, because HR people are in meetings all day. And for translation between Polish, English and sometimes Norwegian, because the headquarters is in [[Oslo|CITY]].

AI: And the ones you don't like?

User: Recruitment screening. Our ATS, [[Workday|SOFTWARE]], has features that rank candidates, and there was pressure from the regional team to use it for the high-volume roles. I pushed back. With the AI Act in [[Europe|CONTINENT]], recruitment is high-risk, and I don't want to explain to a candidate why a machine rejected them. My [[manager|GENERIC_ROLE]], [[Tomek|PERSON]], [[Tomasz Nowicki|PERSON]], agreed with me after some discussion, so for now a human reads every CV. My colleague [[Kasia|PERSON]] jokes that I'm the last human resource in human resources.

AI: Tell me more about [[Kasia|PERSON]]'s view.

User: [[Kasia|PERSON]], [[Katarzyna Lis|PERSON]], she's our [[payroll specialist|JOB_TITLE]], and she's more enthusiastic than me. She built a small assistant with [[ChatGPT|AI_PRODUCT]] that answers questions about Polish payroll rules, like the PIT-2 form or holiday allowance, and she tests it every month against the real regulations. She found it makes mistakes with changes that came in [[January|GENERIC_TIME]], because the model didn't know about them yet. So she added the new rules herself as documents. I think she's a genius, but also she spends her [[Friday|GENERIC_TIME]] evenings on it, which is not healthy.

AI: Has AI changed how employees come to HR?

User: Yes, absolutely. People come with [[ChatGPT|AI_PRODUCT]] answers now. "[[ChatGPT|AI_PRODUCT]] says I have twenty-six days of holiday." Yes, you do, but it also told you something wrong about sick leave. Before, people came with something from a forum, now they come with something that sounds very confident. That's harder. Once somebody brought me a complaint letter written by AI, very aggressive, quoting laws from the [[UK|COUNTRY]]. We talked and it turned out the problem was a small misunderstanding with his [[team leader|GENERIC_ROLE]]. Without the AI letter it would have been a five-minute conversation. So now, in our onboarding, we tell people: use the tools if you want, but come and talk to us before you send anything official. A real person will usually solve it faster.

AI: Thank you. Can we contact you for a follow-up if needed?

User: Of course. Please write to my private email, the corporate one filters external messages: [[a.wrobel małpa onet kropka pl|OBF_EMAIL|pl_malpa_kropka]]. In Polish we say "małpa" for the at sign, it means monkey. Not the best time in [[June|GENERIC_TIME]] because my daughter [[Zosia|PERSON]] has her first communion and the whole family from [[Opole|CITY]] is coming.""")

# 13 Australia - grain and cattle farmer, Darling Downs
T.append("""AI: G'day, thanks for taking the time. Could you tell me about yourself and the farm?

User: No worries. [[Shane McAllister|PERSON]], I'm [[56|AGE]], I'm a [[grain and cattle farmer|JOB_TITLE]] out near [[Pittsworth|CITY]], on the [[Darling Downs|CITY]], about forty minutes from [[Toowoomba|CITY]]. Family place, it's called [[Glenroy Downs|ORGANIZATION]], my grandfather bought it after the war. I took over from Dad in [[1994|DATE]]. We run about two and a half thousand hectares, wheat, barley, sorghum in summer, and a few hundred head of Angus.

AI: Where does AI fit into farming for you, [[Shane|PERSON]]?

User: Honestly, more than I expected. Most of the smart stuff is in the machines now. The tractors and the header are all on [[John Deere Operations Center|SOFTWARE]], so yield maps, variable rate spreading, that's all been around a while. The new bit for me is the chatbot stuff. My son [[Lachie|PERSON]], [[Lachlan|PERSON]], he's back on the farm after uni, he set me up with [[ChatGPT|AI_PRODUCT]] and now I use it for the paperwork I can't stand. Grant applications, mostly. There's a drought resilience grant through the state, and the form is twelve pages of government speak. I tell it what we're doing, the water points, the fencing, and it helps me write it up in their language.

AI: Do you use it for agronomy decisions too?

User: No, not really. For that we've got [[Jess|PERSON]], our [[agronomist|JOB_TITLE]], she's been walking our paddocks for eight years and she knows every bit of dirt. Sometimes I'll ask the AI a question before she comes, like what's the withholding period for a chemical, just so I don't sound like a goose, but I always check the label. Labels are the law, not the chatbot. [[Jess|PERSON]] uses some AI in her own software to pick weeds out of drone photos, which is pretty clever. And the weather, I still go by the [[BOM|ORGANIZATION]] and my own rain gauge, though my wife [[Tracy|PERSON]] reckons I trust the gauge more than the [[Bureau|ORGANIZATION]].

AI: How does [[Tracy|PERSON]] feel about the AI?

User: She does the books, in [[Xero|SOFTWARE]], and she's the one who actually got into it properly. She uses it to write the posts for our farm page, we sell some beef direct, and the page is [[@glenroydowns_beef|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]]. She asks it for ideas and then writes it in her own voice, because the first time it called our cattle "artisanal" and she about fell off the chair. We're not artisanal, we're just blokes with cows.

AI: What worries you about AI, if anything?

User: The phone signal, mainly, ha. Half the farm's got no coverage, so a lot of this is useless in the paddock. Bigger picture, I worry about the young ones leaving and the jobs getting taken by machines, but out here the problem's the opposite, we can't get workers. If a machine can do a job nobody wants to do, good luck to it. I read [[Gina Rinehart|PUBLIC_FIGURE]] is putting money into ag tech, so maybe there's something in it. My bigger worry is data. Who owns the yield maps? The machinery companies have more information about my farm than the tax office.

AI: Thanks, [[Shane|PERSON]]. Would it be alright to follow up with you later?

User: Yeah, fine. Mobile's the best, [[0428 336 190|PHONE_NUMBER]], but try after dark, I'm not answering on the header. Or talk to [[Lachie|PERSON]], he's more switched on with all this anyway. He's going to a field day in [[Dalby|CITY]] in [[August|GENERIC_TIME]] about farm automation, he can tell you about it.""")

# 14 Canada - high school science teacher, Halifax
T.append("""AI: Hi, thanks for joining. Could you tell me a bit about yourself and your job?

User: Sure. I'm [[Kwame Asante|PERSON]], I'm [[41|AGE]], and I'm a [[high school science teacher|JOB_TITLE]] at [[Citadel High School|SCHOOL]] in [[Halifax|CITY]]. Chemistry and grade ten science mostly. I've been teaching since [[2012|DATE]], I did my B.Ed at [[Mount Saint Vincent University|SCHOOL]], and we live across the harbour in [[Dartmouth|CITY]]. So my employer is technically the [[Halifax Regional Centre for Education|ORGANIZATION]], which matters for the AI story, because they have a policy.

AI: What does that policy say?

User: It's pretty sensible, actually. It came out in [[August 2024|DATE]]. Teachers can use approved AI tools for planning and feedback, but no student names or identifying details go in, and students can't be required to create accounts on tools that aren't approved. Students under a certain age shouldn't be using most of these tools anyway. So in my classroom, the students use AI only when I've set it up, and I use it mostly behind the scenes.

AI: Behind the scenes how?

User: Lesson planning, labs, differentiation. If I have a lab on reaction rates, I'll ask [[MagicSchool|AI_PRODUCT]] or [[ChatGPT|AI_PRODUCT]] for three versions of the instructions: one standard, one with more scaffolding, one in simpler English, because I have a few newcomer students from [[Syria|COUNTRY]] and [[Ukraine|COUNTRY]] who are still learning the language. That used to take me a whole [[Sunday|GENERIC_TIME]] afternoon. Now it's forty minutes, including fixing its chemistry, which is occasionally wrong in a way that would set something on fire. Then I post everything in [[Google Classroom|SOFTWARE]].

AI: How do your colleagues approach it?

User: All over the map. Our [[vice-principal|GENERIC_ROLE]], [[Doug|PERSON]], is very keen, he runs little PD sessions after school. Ms. [[Chiasson|PERSON]] in the English department is the opposite, she's gone back to handwritten essays in class, because she was getting essays that were clearly generated. [[Rachelle|PERSON]], that's Ms. [[Chiasson|PERSON]], she says she's not a detective and she doesn't want to become one. I understand both sides. In science, the labs are hands-on, so it's harder to cheat the actual experiment, but the lab reports, yeah, those we had to redesign.

AI: What did you change about the lab reports?

User: More oral explanation. Students have to explain their graph to me for two minutes. You can tell right away who understands. And I'll be honest, I also used AI to design that new rubric. There's something funny about that. I showed the class that video where [[Sal Khan|PUBLIC_FIGURE]] talks about AI tutors and we had a debate about whether it's cheating to learn from a machine. My daughter [[Ama|PERSON]], she's in grade seven, says it's only cheating if you get caught, which worries me as a parent and as a teacher.

AI: If we wanted to follow up with you, how could we reach you?

User: Email is best. I give it out in this format because of the bots: [[k.asante [at] ednet [dot] ns [dot] ca|OBF_EMAIL|bracket_at_dot]]. Or on [[Mastodon|SOFTWARE]], where a lot of teachers hang out now. [[Wednesdays|GENERIC_TIME]] I coach the robotics club until five, so any other day is easier. Ha, robotics club, I guess I'm part of the problem.""")

# 15 South Africa - bank service consultant, Durban
T.append("""AI: Sawubona, and thanks for joining. Could you introduce yourself and your work?

User: Yebo, thank you. I'm [[Thandeka Mkhize|PERSON]], I'm [[26|AGE]], and I'm a [[service consultant|JOB_TITLE]] at [[Capitec|ORGANIZATION]], the branch in [[Umhlanga|CITY]], in [[Durban|CITY]]. I help clients open accounts, sort out their cards, fraud issues, loans sometimes. I started in [[March 2021|DATE]]. I grew up in [[Umlazi|CITY]], I still live there with my mom and my little brother [[Sbu|PERSON]].

AI: How does AI come into your day at the bank, [[Thandeka|PERSON]]?

User: There's AI we see and AI we don't see. The one we don't see is the fraud system, it flags strange transactions, and sometimes a client comes in furious because their card got blocked when they were buying something normal in [[Pietermaritzburg|CITY]]. Then I have to explain that it's the system protecting them, even if it got it wrong. The one we see is the internal assistant on our desktop. You type a question, like "what documents for a foreign national opening an account", and it finds the procedure. It's much faster than searching the intranet, which was terrible.

AI: Is it always right?

User: Mostly. When it's not sure, it tells you to escalate, which I like. My [[branch manager|GENERIC_ROLE]], Mrs. [[Naidoo|PERSON]], told us on day one, "If the assistant says one thing and the procedure says another, the procedure wins." My colleague [[Precious|PERSON]] is the expert on the assistant, she finds all the shortcuts. [[Sipho|PERSON]] doesn't trust it at all, he still has printouts in a file from when he started. We tease him, we call him "[[Uncle Paper|PERSON]]" even though he's only [[thirty|AGE]].

AI: Do you use AI outside of the bank's own tools?

User: For my studies, yes. I'm doing a BCom part-time through [[UNISA|SCHOOL]], and I use [[ChatGPT|AI_PRODUCT]] to explain things I don't understand in the study guide, like in econometrics. At work, no, never, because of client information. POPIA is serious. If I put a client's ID number in some app and it leaks, I lose my job and I deserve to lose it. Clients ask me sometimes, "Are you asking [[ChatGPT|AI_PRODUCT]] about me?" and I say no, ma'am, it's just our system.

AI: How do clients feel about AI in banking in general?

User: Older clients are scared of everything on the app, they think AI means a robot will take their money. Young clients want everything on the app and don't want to come in at all. I'm in the middle, translating. Also a lot of scams now use AI voices. Last [[December|GENERIC_TIME]] we had an auntie who almost sent her savings to someone who sounded exactly like her grandson. Even [[Cyril Ramaphosa|PUBLIC_FIGURE]] had fake videos going around on [[Facebook|SOFTWARE]] promising investment returns. So part of my job now is telling people, if it sounds like your family but asks for money urgently, phone them back on the number you know.

AI: That's such an important point. Could we contact you again for a follow-up?

User: Yes, of course. My cell is [[O82 4I7 O93O|OBF_PHONE|letter_for_digit]], sorry, I type it with letters so the scammers' bots don't pick it up, you know which ones are zeros. Or [[WhatsApp|SOFTWARE]] is fine. Not on [[Saturdays|GENERIC_TIME]] please, the branch is open and it's chaos.""")

# 16 Indonesia - batik shop owner, Solo
T.append("""AI: Selamat siang, thank you for joining. Could you tell me a bit about yourself and your work?

User: Selamat siang. My name is [[Sri Wahyuni|PERSON]], I am [[39|AGE]] years old. I own a small batik business, [[Batik Sekar Arum|ORGANIZATION]], in [[Laweyan|CITY]], that is the old batik area of [[Solo|CITY]], some people say [[Surakarta|CITY]]. We have a little shop in front of the house and a workshop behind, with six workers who do the stamping and the dyeing. But now most of our sales are online, on [[Shopee|SOFTWARE]] and [[Tokopedia|SOFTWARE]]. I started the business in [[2012|DATE]] with my husband, Mas [[Budi|PERSON]]. So I am the [[shop owner|JOB_TITLE]], but also the admin, the photographer, everything.

AI: How does AI fit into running the business, Ibu [[Sri|PERSON]]?

User: Mostly for the online side. Every new motif needs a product description, in Indonesian and sometimes English for buyers from [[Malaysia|COUNTRY]] and [[Singapore|COUNTRY]]. Before, I wrote them at night and they were all the same, "batik tulis halus, bahan katun primisima". Now I ask [[ChatGPT|AI_PRODUCT]] to explain the meaning of the motif, like parang or kawung, in a nice story. Buyers like the stories. But I must correct it, because sometimes it invents history. Once it said a motif was worn by a specific sultan, which is not true, and a customer who is a batik collector complained in the reviews. So now I check with Bu [[Tini|PERSON]], our oldest worker, she knows all the motifs by heart.

AI: Do you use it for images as well?

User: For the photos I use [[Canva|SOFTWARE]], it can remove the background automatically, very useful. My son [[Raka|PERSON]] tried to make AI pictures of models wearing our batik, but I didn't like it. The batik in the picture was wrong, the pattern was melting. If I sell batik tulis, hand-drawn, I cannot show a fake picture, that is not honest. [[Raka|PERSON]] said, "Ibu, everybody does it." I said, we are not everybody.

AI: What about talking to customers?

User: Yes, that is where it helps most. We get many chats on [[WhatsApp|SOFTWARE]] and in the marketplace apps, the same questions again and again: size, washing instructions, can you send to [[Kalimantan|CITY]]. My worker [[Yanto|PERSON]], he is young, he made templates with [[Gemini|AI_PRODUCT]] and now he answers fast. Our rating went up. During [[Ramadan|GENERIC_TIME]] and before [[Lebaran|GENERIC_TIME]] it is crazy busy, hundreds of chats a day, and without the templates we would not survive. Even [[Jokowi|PUBLIC_FIGURE]], when he was mayor here, always promoted batik from [[Solo|CITY]], so we feel we must keep the quality.

AI: Are you worried about anything with AI?

User: A little, about copying. Big factories already print fake batik, and now with AI anybody can make a motif design in one minute. The value of batik tulis is the hand, the time, the wax. I worry that young buyers will not see the difference. Also I worry about myself, because I am not young anymore and the technology moves fast. But [[Raka|PERSON]] is studying informatics at [[Universitas Sebelas Maret|SCHOOL]], so he teaches me on the [[weekend|GENERIC_TIME]], slowly.

AI: Thank you, Ibu. Could we contact you again for a follow-up?

User: Yes, please. You can [[WhatsApp|SOFTWARE]] me, I will say it in Indonesian like I do for customers on the phone: [[nol delapan satu dua, tiga tiga tujuh, lima nol, sembilan dua empat|OBF_PHONE|id_number_words]]. Or visit the shop, it's on [[Jalan Sidoluhur No. 27|ADDRESS]], across from the mosque. We are closed on [[Fridays|GENERIC_TIME]] until after the midday prayer.""")

# 17 Vietnam - graphic designer, Ho Chi Minh City
T.append("""AI: Xin chào, thanks for making time. Could you tell me about yourself and your work?

User: Hi! I'm [[Trần Minh Khoa|PERSON]], but at work everyone just calls me [[Khoa|PERSON]]. I'm [[28|AGE]], I'm a [[senior graphic designer|JOB_TITLE]] at [[Sóng Creative|ORGANIZATION]], an advertising agency in [[District 3|CITY]], [[Ho Chi Minh City|CITY]]. I graduated from [[University of Architecture Ho Chi Minh City|SCHOOL]] in [[2018|DATE]], I'm originally from [[Đà Lạt|CITY]]. We do campaigns for FMCG brands, milk, instant noodles, beer, a lot of social media content.

AI: How has AI changed your work as a designer?

User: Completely, in two years. At the start, around the time [[Midjourney|AI_PRODUCT]] got good, everyone in the studio was scared. Now it's just part of the workflow. I use [[Midjourney|AI_PRODUCT]] for moodboards and early concepts, because clients want to see ten directions before lunch. Then the real design is in [[Photoshop|SOFTWARE]] and [[Illustrator|SOFTWARE]], and I use [[Firefly|AI_PRODUCT]] generative fill to extend backgrounds for different formats, like from a square post to a vertical story. That used to take hours of cloning. [[ChatGPT|AI_PRODUCT]] I use for captions and for naming layers, honestly, because I'm lazy with that.

AI: What do your colleagues and clients think about it?

User: My [[art director|GENERIC_ROLE]], chị [[Hương|PERSON]], she's very strict about one rule: no AI image goes to the final artwork unless we own all the rights. For a dairy brand we had to reshoot everything with real photographers because legal said no. Anh [[Phúc|PERSON]], the [[copywriter|JOB_TITLE]], thinks AI is making us all the same, every campaign looks like the same shiny 3D style. I kind of agree. The clients love it for speed but then they ask for "something that doesn't look like AI", which is very funny.

AI: Have you had any difficult moments with it?

User: One time, yes. I made a concept for a [[Tết|GENERIC_TIME]] campaign, the grandmother and the kids making bánh chưng, with [[Midjourney|AI_PRODUCT]]. The grandmother had six fingers in one version and nobody noticed until the client meeting. The client's [[brand manager|GENERIC_ROLE]] laughed, but chị [[Hương|PERSON]] was not laughing. Since then we have a checklist, hands, text, faces. Also Vietnamese text, the AI can't write Vietnamese with the correct accents on images, so all text is done by hand.

AI: Do you share your work publicly?

User: Yes, my portfolio is on [[Behance|SOFTWARE]], [[behance.net/khoatranminh|URL]], and I post experiments on [[Threads|SOFTWARE]]. I even did a small talk at a design meetup in [[Thủ Đức|CITY]] about combining AI with traditional illustration. When [[Jensen Huang|PUBLIC_FIGURE]] came to [[Vietnam|COUNTRY]] everyone in the office was talking about AI for a week, the [[boss|GENERIC_ROLE]] even asked if we should buy more GPUs, haha. We are not that kind of company.

AI: Thank you, [[Khoa|PERSON]]. How can we reach you for a follow-up?

User: Email is fine, I'll write it the way we say it in Vietnamese so the bots don't catch it: [[khoa.tranminh a còng gmail chấm com|OBF_EMAIL|vi_acong_cham]]. I reply slowly during pitch weeks, sorry in advance. Usually the end of each month is pitch season. My girlfriend [[Linh|PERSON]] says she only sees me between deadlines.""")

# 18 Egypt - site engineer, Alexandria
T.append("""AI: Hello, and thank you for joining. Please introduce yourself and your work.

User: Hello, thank you. I'm [[Nourhan El-Sayed|PERSON]], [[33|AGE]] years old, and I'm a [[site engineer|JOB_TITLE]] with [[Hassan Allam|ORGANIZATION]], a construction contractor. Right now I'm on a residential project in [[Smouha|CITY]], in [[Alexandria|CITY]], twelve towers. I studied civil engineering at [[Alexandria University|SCHOOL]] and I've been working on sites since [[2015|DATE]]. Before this project I spent two years in [[New Alamein|CITY]] on the coast.

AI: What does AI look like on a construction site?

User: Less than you'd think on the site itself and more than you'd think in the site office. The schedule is in [[Primavera P6|SOFTWARE]], the drawings in [[AutoCAD|SOFTWARE]] and [[Revit|SOFTWARE]], and none of that is really AI yet. But I use [[ChatGPT|AI_PRODUCT]] every day for reports. Daily reports, weekly progress reports, letters to the [[consultant|GENERIC_ROLE]]. Engineers in [[Egypt|COUNTRY]] write reports in English, but we think in Arabic, so it helps a lot to make the English clean and formal. I also ask it to check my calculations sometimes, like quantities of rebar, but only as a second opinion, never as the first.

AI: How do the people on site react to that?

User: The older ones laugh at me. Eng. [[Karim|PERSON]], the [[project manager|GENERIC_ROLE]], he's a good man but he says, "[[Nourhan|PERSON]], in my time we wrote reports with a pen and they were still accepted." Then he asks me to make his reports too, haha. The [[foreman|JOB_TITLE]], Am [[Sayed|PERSON]], he doesn't use smartphones beyond calls and videos of his grandchildren, but he asked me once to use the AI to translate a safety instruction for the workers who came from [[Sudan|COUNTRY]]. And honestly, being a woman on site, people test you a lot. If my reports are perfect and fast, it helps. Nobody can say anything.

AI: Are there risks you worry about?

User: Yes. Structural things. I saw a junior engineer ask an AI for a slab thickness and just use it, without the code. That is dangerous, this is people's homes. Our company has a policy from [[November 2023|DATE]] that AI cannot be used for design decisions, only for documentation. I agree with the policy. Also, the drawings of the clients are confidential, we don't upload them. The [[QA/QC manager|GENERIC_ROLE]] checks random reports, and if he sees something that looks copied from AI without review, he sends it back.

AI: How do you think your career will change with AI?

User: I think the documentation part will become almost automatic, and then the value of an engineer is on the site, solving problems with people. That's the part I love anyway. Maybe later I'll do a master's in construction management, maybe abroad. My sister [[Salma|PERSON]] is in [[Germany|COUNTRY]] and she keeps telling me to come. But my parents are here in [[Sidi Gaber|CITY]], and my father, [[Hamdy|PERSON]], is not well, so for now I stay.

AI: Thank you, [[Nourhan|PERSON]]. How can we contact you if we need to follow up?

User: You can write to me, I'll put it the Arabic way so it is not scraped: [[nourhan_s آت hotmail دوت com|OBF_EMAIL|ar_at_dot]]. Or call, [[+20 122 418 5567|PHONE_NUMBER]], but after four, before that I'm on site with a helmet and no hearing. [[Thursday|GENERIC_TIME]] evenings are good, [[Friday|GENERIC_TIME]] is family day.""")

# 19 Spain - dental hygienist, Valencia
T.append("""AI: Hola, thank you for joining. Could you tell me about yourself and your job?

User: Hola, thanks! I'm [[Lucía Ferrer|PERSON]], I'm [[29|AGE]], and I'm a [[dental hygienist|JOB_TITLE]] at [[Clínica Dental Ruzafa|ORGANIZATION]] in [[Valencia|CITY]]. It's a small private clinic, two dentists, one orthodontist who comes on [[Tuesdays|GENERIC_TIME]], me, and two assistants at reception. I did my training at [[CIPFP Mislata|SCHOOL]] and I've been at the clinic since [[2019|DATE]]. I live in [[Torrent|CITY]], so I take the metro every morning.

AI: How does AI come into a dental clinic, [[Lucía|PERSON]]?

User: In small ways, but more every month. The clinic software is [[Gesden|SOFTWARE]], and they added an assistant that writes reminders and can suggest treatment plans from the odontogram, but Dr. [[Soler|PERSON]], the [[owner|GENERIC_ROLE]], doesn't trust it for treatment at all. For patient communication, though, we use it. I write the instructions after a deep cleaning, what to eat, how to brush, and I ask [[ChatGPT|AI_PRODUCT]] to make them simpler, and to make a version in Valencian and one in English, because we have lots of foreign residents in this area, from [[Italy|COUNTRY]], [[Argentina|COUNTRY]], the [[Netherlands|COUNTRY]].

AI: Who else in the clinic uses it?

User: [[Mari Carmen|PERSON]] at reception uses it the most. She answers the [[WhatsApp Business|SOFTWARE]] messages and the [[Google|SOFTWARE]] reviews. When someone writes an angry review, like "they made me wait forty minutes", she asks the AI for a calm answer, because her natural answer would not be calm, haha. And [[Pepa|PERSON]], our [[dental assistant|JOB_TITLE]], uses it to make the posts for the clinic's account, [[@clinicaruzafa|SOCIAL_HANDLE]]. Little tips, "five myths about whitening", that sort of thing. I check anything clinical before it goes out.

AI: Have you ever seen it get something wrong?

User: Yes. Once it wrote, in the aftercare instructions, that patients could use a mouthwash with alcohol right after periodontal treatment, which is not what we recommend. I caught it because I read everything. The bigger problem is that patients ask the AI too now. A man came in last [[spring|GENERIC_TIME]] convinced he needed a specific whitening treatment because the chatbot told him his gums looked healthy from a photo. His gums were not healthy. I spent the whole appointment explaining that a photo on a phone is not an examination. Dr. [[Soler|PERSON]] says it's like "Dr. [[Google|SOFTWARE]]" but more convincing.

AI: How do you feel about the future of your profession with AI?

User: I'm not worried about my job, because you can't clean teeth with a chatbot, and the robots for that are very far away. What I notice is that the paperwork becomes easier and the patients become more demanding, because they come with information, sometimes good, sometimes bad. My boyfriend [[Álex|PERSON]] works in a bank, and there they're much more worried. I read that [[Rafa Nadal|PUBLIC_FIGURE]] invested in some health tech company, so maybe even tennis players think this is the future, haha.

AI: Would you be happy for us to contact you again?

User: Sure. My mobile, I'll say it like we say it here: [[seis, cuatro, cero, doce, treinta y cuatro, cincuenta y seis|OBF_PHONE|es_number_words]]. I say it in pairs, it's how we do it in [[Spain|COUNTRY]]. Better in the afternoon, because mornings are full of patients. And not in [[August|GENERIC_TIME]], the clinic closes and I'm at my grandmother's village in [[Teruel|CITY]] with no coverage.""")

# 20 Italy - bookkeeper in family firm, near Bologna
T.append("""AI: Buongiorno, thank you for joining. Can you introduce yourself?

User: Buongiorno! I'm [[Giulia Rinaldi|PERSON]], I'm [[48|AGE]], and I'm the [[bookkeeper|JOB_TITLE]] of our family company, [[Rinaldi Imballaggi|ORGANIZATION]]. We make cardboard packaging, in [[Casalecchio di Reno|CITY]], just outside [[Bologna|CITY]]. My father [[Franco|PERSON]] started it, now my brother [[Stefano|PERSON]] runs production and I do the administration. Thirty-two employees. I studied economics at the [[Università di Bologna|SCHOOL]] and I came into the company in [[2001|DATE]], supposedly "for one year".

AI: How does AI fit into your work in administration?

User: Slowly, because in [[Italy|COUNTRY]] the administration is... special. Everything is electronic invoicing through the state system, and our accounting software is [[TeamSystem|SOFTWARE]], which now has some AI features for categorising invoices. That works quite well, maybe ninety percent. The rest I do by hand. Then I use [[ChatGPT|AI_PRODUCT]] for two things: writing emails to foreign customers, in English and German, and understanding new regulations. Every year there is a new decree with a name nobody understands, and I ask it to explain in simple words. Then I call our [[accountant|JOB_TITLE]], Dr. [[Bertelli|PERSON]], to check, because the AI doesn't always know the latest rules.

AI: Have you ever had a problem with it?

User: Once I made a mistake, not the AI, me. I was in a hurry and I pasted a whole invoice into [[ChatGPT|AI_PRODUCT]] to translate it, with our VAT number, [[03814520372|NATIONAL_ID]], and the customer's details. Nothing happened, but afterwards I felt terrible. [[Stefano|PERSON]] said, "[[Giulia|PERSON]], it's a VAT number, it's on our website." True, but the customer's data is not on our website. Since then I use the company account of [[Copilot|AI_PRODUCT]] that our [[IT consultant|GENERIC_ROLE]] set up, which is supposed to keep the data inside.

AI: How do the others in the company use it?

User: [[Stefano|PERSON]], we call him [[Ste|PERSON]], uses it for maintenance manuals of the machines, they're all in German. Our [[sales agent|JOB_TITLE]] for [[Emilia-Romagna|CITY]], [[Davide|PERSON]], uses it for quotes and he's very proud of his new English. My father, no. [[Franco|PERSON]] is [[seventy-eight|AGE]] and he still comes to the office every morning, reads the newspaper and says that artificial intelligence is for people without natural intelligence. He saw [[Giorgia Meloni|PUBLIC_FIGURE]] talking about AI at the G7 on TV and said, "Even her now."

AI: What about the employees in production?

User: For them, not much changes for now. The machines are the machines. What changed is the safety training, we made the materials with AI, more visual, simpler. Some of the workers are from [[Morocco|COUNTRY]] and [[Pakistan|COUNTRY]], and we translated the key instructions. Our [[safety officer|GENERIC_ROLE]] checked everything. I think that was the most useful thing we did with it, honestly, more than the emails. Before, the new workers signed a paper they could not read. Now at least they understand what they sign, and we can ask them questions afterwards to be sure.

AI: Thank you, [[Giulia|PERSON]]. May we contact you again?

User: Yes, certainly. Write to my personal email, the company one is read by three people: [[giulia chiocciola rinaldimballaggi punto it|OBF_EMAIL|it_chiocciola]]. Sorry, I write it like this because of spam. Better not in [[December|GENERIC_TIME]], with the end of year closing I don't sleep.""")

# 21 Netherlands - vessel planner, Rotterdam
T.append("""AI: Goedemiddag, thanks for joining. Could you introduce yourself?

User: Sure. I'm [[Sanne Bakker|PERSON]], [[35|AGE]], and I work as a [[vessel planner|JOB_TITLE]] at [[APM Terminals|ORGANIZATION]] on the [[Maasvlakte|CITY]], the big container terminal at the end of the port of [[Rotterdam|CITY]]. I plan where every container goes on a ship, and in which order they're loaded and discharged. I've been doing this since [[2016|DATE]], after studying at the [[STC|SCHOOL]], the shipping and transport college. I live in [[Schiedam|CITY]], so it's a forty-minute drive every day, more if the tunnel is closed.

AI: How does AI come into vessel planning?

User: Less than people think, and more than people think, both. The core system is [[Navis N4|SOFTWARE]], and a lot of the stowage is already automated with optimisation algorithms, which existed long before everybody started saying "AI". What's new is the prediction side. We now get forecasts for how long a crane will take per container, when a truck will arrive, that kind of thing, and those are machine learning models. My job is to look at the plan and say, no, that's nonsense, because I know that crane driver is slow on night shift, or that this reefer has to be near a power point.

AI: Do you use generative tools like chatbots at all?

User: Yes, since last year we have [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] and [[Outlook|SOFTWARE]]. I mostly use it to summarise the chaos of emails from shipping lines when a vessel is delayed, which is every week. I also use it to write queries for [[Power BI|SOFTWARE]], because I'm not a programmer and my [[team lead|GENERIC_ROLE]], [[Erik|PERSON]], wants dashboards for everything. [[Joost|PERSON]], one of the other planners, built a little prompt library in [[OneNote|SOFTWARE]] for the whole team. He's very proud of it. [[Joost|PERSON]] calls it "the planner's bible".

AI: Have you seen any tensions around it in the team?

User: A bit. Some of the older planners feel that management thinks AI will replace them, and they're not wrong that management thinks that, haha. But the reality is that when a ship comes in twelve hours late and the next one is early, the algorithm doesn't know which customer is more important to the commercial department. That's a human call. My colleague [[Fatima|PERSON]] said in a meeting, "The algorithm optimises boxes, we optimise relationships," and it became a kind of slogan. Even [[Mark Rutte|PUBLIC_FIGURE]] came to visit the port once and talked about innovation, but he didn't stay for a night shift.

AI: What about safety and privacy?

User: Safety is the big one. Dangerous goods placement is never left to a suggestion without checking, that's regulated and very strict. Privacy, we're careful with truck driver data and the customs information, that doesn't go into [[Copilot|AI_PRODUCT]] at all. There was a training in [[January|GENERIC_TIME]] about it. Honestly I think the bigger risk is that we trust the forecasts too much. If the system says the crane will be ready at three, people stop thinking.

AI: Thank you, [[Sanne|PERSON]]. How could we get in touch for a follow-up?

User: Via my private email, I write it the Dutch way in public places: [[sanne.bakker apenstaartje ziggo punt nl|OBF_EMAIL|nl_apenstaartje_punt]]. Apenstaartje means "little monkey tail", it's what we call the at sign. Or find me on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/sannebakker-planning|URL]]. I work a rotating roster, so mornings are unpredictable, but I always reply within a day or two.""")

# 22 Turkey - quality control inspector, Denizli
T.append("""AI: Merhaba, thank you for joining us. Can you tell me about yourself and your job?

User: Merhaba. I am [[Ayşe Kaya|PERSON]], I am [[42|AGE]] years old, and I work as a [[quality control inspector|JOB_TITLE]] at [[Ege Tekstil|ORGANIZATION]] in [[Denizli|CITY]]. We make towels and bathrobes, mostly for export to [[Europe|CONTINENT]]. I have been in the company since [[2006|DATE]]. I started on the production line and then moved to quality. I studied textile engineering for two years at [[Pamukkale Üniversitesi|SCHOOL]], a vocational programme, in the evenings.

AI: How has AI changed quality control in your factory?

User: Very much, in the last two years. We have a new camera system on the inspection machines. The fabric passes under the cameras and the system finds defects, holes, stains, wrong colour, broken threads. It is trained with thousands of photos. Before, we inspected everything with our eyes on a light table, for hours. Now the machine marks the defects and we check what it marked. It is faster, but it makes funny mistakes, like it thinks a small piece of fluff is a hole. So it is a team: machine and person.

AI: How do you and your colleagues feel about the camera system?

User: At first people were afraid. Some of the older ladies in inspection thought they would lose their jobs. [[Fatma|PERSON]] Hanım, she has been here thirty years, she said, "This machine cannot see what I see." And in some things she is right, for the feel of the towel, the softness, only a person can judge. Our [[production manager|GENERIC_ROLE]], [[Mehmet|PERSON]] Bey, promised no one will be fired because of the cameras, and so far it is true. Some people moved to other departments.

AI: Do you use AI tools like chatbots as well?

User: Yes, for the reports to the buyers. Our biggest customer is [[H&M|ORGANIZATION]], and they want reports in English with a certain format. My English is okay but not perfect, so I write in Turkish and ask [[ChatGPT|AI_PRODUCT]] to translate and make it professional. Before I used [[Google Translate|AI_PRODUCT]], but it was not good for technical textile words, like "pilling" or "GSM". Also my daughter [[Elif|PERSON]], she studies at [[Dokuz Eylül Üniversitesi|SCHOOL]] in [[İzmir|CITY]], she showed me how to make tables with it. She is very patient with me. On [[Sunday|GENERIC_TIME]] phone calls she always asks, "Anne, did you use the prompts I sent you?"

AI: Are there things you don't trust it with?

User: The final decision on a shipment, no. If the AQL result is borderline, I decide with [[Mehmet|PERSON]] Bey, not with a computer. Also, everything about the buyer's prices and orders, we don't put in these programs, our IT department said so in a meeting in [[September|GENERIC_TIME]]. We are a family company, but big buyers ask about data security now, so there are rules. I read that [[Selçuk Bayraktar|PUBLIC_FIGURE]] said [[Turkey|COUNTRY]] must be strong in AI, and everybody talks about it on the news, but in my daily life it is the camera and the translation, that's it.

AI: Thank you, [[Ayşe|PERSON]] Hanım. May we contact you again?

User: Yes, of course. I will write it in the Turkish way, because my son told me not to write emails openly on the internet: [[ayse.kaya et işareti egetekstil nokta com nokta tr|OBF_EMAIL|tr_et_isareti_nokta]]. I read my email in the morning before the shift starts at seven.""")

# 23 New Zealand - dairy farm manager, Waikato
T.append("""AI: Kia ora, thanks for joining. Could you tell me about yourself and your work?

User: Kia ora. I'm [[Hemi Walker|PERSON]], I'm [[31|AGE]], and I'm a [[dairy farm manager|JOB_TITLE]] on a farm near [[Morrinsville|CITY]], in the [[Waikato|CITY]]. The farm belongs to the [[Hendersons|PERSON]], [[Graham|PERSON]] and [[Lyn|PERSON]], and it's run as [[Kōwhai Farms|ORGANIZATION]]. We milk about six hundred cows. I've been managing it since [[2021|DATE]], before that I was a [[herd manager|JOB_TITLE]] down near [[Te Awamutu|CITY]]. Did my qualifications through [[Primary ITO|SCHOOL]] while working.

AI: What role does AI or smart technology play on the farm?

User: Quite a big one now. The cows wear [[Halter|SOFTWARE]] collars, so we can shift them between paddocks from an app, virtual fencing, and the collars also pick up when a cow's on heat or not ruminating properly, which can mean she's crook. So the app tells me "check cow 412", and most of the time it's right. Then the herd records are in [[MINDA|SOFTWARE]]. None of that I'd call a chatbot, but it's all data and algorithms making suggestions.

AI: And do you use chatbots at all?

User: Yeah, for the paperwork. The regional council wants a farm environment plan, nutrient budgets, all that, and the health and safety stuff for the staff. I keep a running list on my phone, like "ask [[graham|PERSON]] re collar sub" and "nutrient budget due", and I paste that in to get started. I use [[ChatGPT|AI_PRODUCT]] to help me draft the plan and make the language make sense. I always run it past our [[consultant|GENERIC_ROLE]] from the fertiliser co-op, because the rules in the [[Waikato|CITY]] are specific. My partner [[Mereana|PERSON]] says I talk to the chatbot more than to her during calving. That's probably true, ha, during [[August|GENERIC_TIME]] and [[September|GENERIC_TIME]] I barely see daylight.

AI: How does your team feel about it?

User: We've got two full-time staff and a relief milker. [[Jacko|PERSON]], real name [[Jack O'Connell|PERSON]], he's the old hand, he doesn't like the collars, reckons you can't farm from a phone. And he's got a point, you still need to look at your cows. [[Priya|PERSON]], our [[farm assistant|JOB_TITLE]], came from [[India|COUNTRY]] on a work visa two years ago, she loves the tech, she uses the AI to translate some of the technical stuff into Hindi to understand it better. Then she explains it to me better than the manual, honestly.

AI: Are there any concerns for you around AI in farming?

User: Data, mostly. Who owns the data the collars collect? [[Graham|PERSON]] asked the same thing. And there's a cost, it's a big subscription. Also, there's a thing in farming where the young ones trust the app over their own eyes. I saw that in myself. My koro, my grandfather, farmed with no technology at all and knew every cow by name. I don't want to lose that. I read [[Jacinda Ardern|PUBLIC_FIGURE]] talking about AI ethics stuff after she left politics, and I thought, yeah, good, somebody should.

AI: Thanks, [[Hemi|PERSON]]. Can we follow up with you later?

User: Sweet as. I write a little blog about farm life, [[hemiwalker.substack.com|URL]], and you can email me at [[hemi.walker@xtra.co.nz|EMAIL_ADDRESS]]. Phone's [[021 447 9082|PHONE_NUMBER]] but I won't answer during milking, that's five in the morning and three in the afternoon.""")

# 24 South Korea - production data analyst, Ulsan
T.append("""AI: Annyeonghaseyo, thank you for joining. Could you introduce yourself?

User: Hello, thank you. My name is [[Park Ji-hoon|PERSON]], I'm [[34|AGE]] years old. I work as a [[production data analyst|JOB_TITLE]] at [[HD Hyundai Heavy Industries|ORGANIZATION]] in [[Ulsan|CITY]], at the shipyard in [[Dong-gu|CITY]]. I joined in [[2017|DATE]] after I graduated from [[Pusan National University|SCHOOL]], industrial engineering. My hometown is [[Busan|CITY]], so I go back on [[weekends|GENERIC_TIME]] when I can.

AI: What does your work involve, and where does AI come in?

User: I analyse production data for the blocks. Ships are built in big sections called blocks, and I look at welding times, delays, material flow. AI comes in two ways. First, the company has its own AI projects, like predicting which welding jobs will be delayed, and I help prepare the data for those models. Second, I personally use [[ChatGPT|AI_PRODUCT]] and [[Clova X|AI_PRODUCT]] for coding help. I write [[Python|SOFTWARE]] scripts to clean the data from [[SAP|SOFTWARE]] and the shop floor systems, and the AI helps me with the pandas code. Then I make dashboards in [[Tableau|SOFTWARE]].

AI: How does your team use these tools?

User: It depends on age, honestly. My [[team leader|GENERIC_ROLE]], [[Lee|PERSON]] 팀장님, is in his [[fifties|AGE]], and he asks me to do the AI things for him. Like, "[[Ji-hoon|PERSON]] ssi, ask the AI to summarise this report." Then there is [[Kim|PERSON]] 과장, [[Kim Da-eun|PERSON]], she is the best at prompts in our team, she made a template for the weekly report in Korean and everyone copies it now. The younger engineers use it for everything, even for English emails to the ship owners' supervisors from [[Greece|COUNTRY]] and [[Norway|COUNTRY]]. My wife [[Soo-jin|PERSON]] says I should teach a class, but I'm not that good.

AI: Does the company have rules about using external AI?

User: Yes, very strict. Shipbuilding is security-sensitive, some projects are for the navy. In [[2023|DATE]] there was news about a big company where engineers leaked code into a chatbot, and after that our company blocked external AI sites on the work network. Now we have an internal platform based on a licensed model. For my coding questions I sometimes still use my phone, but only with fake data, never real drawings or numbers. My [[team leader|GENERIC_ROLE]] reminds us every month. The security team does random checks.

AI: How do you see your career changing?

User: I think the data analyst role will change a lot. The simple dashboards, AI will make them automatically soon. So I'm studying machine learning more deeply, an online course on [[Coursera|SOFTWARE]] from [[KAIST|SCHOOL]] professors. Everybody in [[Korea|COUNTRY]] is talking about AI, the president talks about becoming an AI top-three country, [[Lee Jae-yong|PUBLIC_FIGURE]] at [[Samsung|ORGANIZATION]] talks about it. Sometimes it feels like a race. But in the shipyard, in the end, a welder still has to weld. My son [[Minjun|PERSON]] is [[five|AGE]], and I wonder what jobs will exist when he grows up.

AI: Thank you, [[Ji-hoon|PERSON]]. How can we reach you?

User: Please email me. I write it the Korean way on public sites: [[jihoon.park 골뱅이 naver 점 com|OBF_EMAIL|ko_golbaeng_jeom]]. 골뱅이 is the snail, it means the at sign, and 점 is dot. I check it in the evening after work, and I usually finish around seven.""")

# 25 Argentina - municipal social worker, Rosario
T.append("""AI: Hola, thanks for joining us. Could you tell me about yourself and your work?

User: Hola, gracias. I'm [[María Laura Giménez|PERSON]], everybody calls me [[Malala|PERSON]], don't ask, it's a family thing from before that other [[Malala|PUBLIC_FIGURE]] was famous. I'm [[45|AGE]], and I'm a [[social worker|JOB_TITLE]] at the [[Municipalidad de Rosario|ORGANIZATION]], in a health and community centre in barrio [[Ludueña|CITY]], in [[Rosario|CITY]]. I've worked for the city since [[2008|DATE]]. I graduated from the [[Universidad Nacional de Rosario|SCHOOL]], like almost everybody here.

AI: How does AI show up in your work?

User: Officially, almost not at all. Unofficially, more and more. The municipality has its own system for case files, and that has no AI. But we write a lot of reports, social reports for the courts, for housing programmes, for food assistance, and it's a lot of writing. Some colleagues started using [[ChatGPT|AI_PRODUCT]] to improve the text. I was against it at first, because these are people's lives, you can't put a family's story into an American company's computer. So the rule we made in our team is: nothing with names, addresses, DNI numbers, or details that identify anyone. Only general things.

AI: What kinds of general things?

User: For example, I ask it to explain a new regulation from the province in simple words, so I can explain it to a mother who didn't finish school. Or I ask for a template for a letter to the school when a kid stops attending. Or I ask it to help me organise a workshop on gender violence for teenagers, activities, timing. That is useful. La [[Flaca|PERSON]], that's [[Verónica|PERSON]], my colleague, she uses it to prepare the slides for the workshops with [[Canva|SOFTWARE]]. And el [[Colo|PERSON]], [[Martín|PERSON]], the [[psychologist|JOB_TITLE]] in our team, he refuses completely, he says social work is relationships and a machine can't do relationships. We argue a lot about that, drinking mate in the office.

AI: Do you think he has a point?

User: Yes and no. The heart of the job is relationships, he's right. But the paperwork is killing us. We are few people for a huge neighbourhood, and if the AI saves me one hour writing, that's one more hour with a family. My worry is different: I see that some young colleagues copy what the AI writes without thinking, and the reports start to sound the same, like a brochure. A judge once called to ask why two reports from different families had the same paragraph. That was embarrassing for the whole centre.

AI: How is the economic situation affecting this?

User: A lot. With [[Javier Milei|PUBLIC_FIGURE]] the national programmes were cut, so more people come to the municipality, and we have fewer resources. Nobody is paying for licences. We all use the free versions on our phones. I also worry about scams, people in the barrio receiving messages with AI voices, pretending to be from [[ANSES|ORGANIZATION]] asking for their data. We do talks about that now. [[Rosario|CITY]] is the city of [[Messi|PUBLIC_FIGURE]], everybody here knows his face, and they made fake videos of him promoting a casino, and people believed it.

AI: Thank you, [[Malala|PERSON]]. How can we contact you for a follow-up?

User: Write to me, I'll give it the way I give it on the flyers: [[mlgimenez(arroba)rosario(punto)gob(punto)ar|OBF_EMAIL|es_paren_arroba]]. If they ask you for my file number in human resources, it's legajo [[41277|NATIONAL_ID]]. Not on [[Wednesdays|GENERIC_TIME]], that's the day of the workshop in [[Villa Gobernador Gálvez|CITY]], and I'm there all day with no signal.""")


def _check_words(T):
    ok = True
    for i, raw in enumerate(T, 1):
        text, _ = build(raw.strip())
        n = len(text.split())
        flag = "" if 500 <= n <= 1100 else "  <-- OUT OF RANGE"
        if flag: ok = False
        print(f"words {i:02d}: {n}{flag}")
    assert ok

_check_words(T)
write_set(T, "set_aw")
