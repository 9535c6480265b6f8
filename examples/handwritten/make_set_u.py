# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys
from markup import write_set
T = []

# 1 UK, Leeds, hospital nurse
T.append("""AI: Thanks for making time for this, I know your shifts are long. Could you start by telling me a bit about yourself and your job?

User: Course, no problem. I'm [[Gemma Hargreaves|PERSON]], I'm [[thirty-eight|AGE]], and I'm a [[senior staff nurse|JOB_TITLE]] on one of the acute medical wards at [[St James's University Hospital|ORGANIZATION]] in [[Leeds|CITY]]. Everyone calls it [[Jimmy's|ORGANIZATION|nickname]], so if I say that, that's what I mean. I've been there since [[October 2015|DATE]], came straight from my training at [[Leeds Beckett|SCHOOL]]. Day to day it's patient care, obviously, but honestly a huge chunk of it is admin now. Rotas, discharge paperwork, audits, chasing beds.

AI: Where does AI fit into that, if at all?

User: Officially, not loads. The trust switched on [[Microsoft Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]] for some of us, and I got access in [[January 2024|DATE]] because I'm one of the digital champions. Unofficially, half the ward has [[ChatGPT|AI_PRODUCT]] on their phones. Our [[ward manager|GENERIC_ROLE]] is lovely, but she was very clear in a huddle: nothing with a patient's name or hospital number goes anywhere near it. And she's right, to be fair.

AI: Can you walk me through a task where you actually use it?

User: The rota's the big one. The real rostering is done in [[HealthRoster|SOFTWARE]], but requests come at you from everywhere: [[WhatsApp|SOFTWARE]], sticky notes on the office door, people grabbing you by the drugs trolley. So I type them up with initials only and ask [[Copilot|AI_PRODUCT]] to spot clashes. Last [[February|GENERIC_TIME]] it properly saved me. [[Dev|PERSON]] wanted three nights off for his sister's wedding, [[Kirsty|PERSON]] had swapped a long day with [[Olu|PERSON]] without telling anyone, and our [[ward clerk|JOB_TITLE]] [[Maureen|PERSON]] had a different version written up on the whiteboard. [[Copilot|AI_PRODUCT]] flagged that we'd have had two registered nurses on a [[Saturday|GENERIC_TIME]] night for twenty-eight beds. I'd have missed that, I was on my fourth long day in a row.

AI: Is there anything you use it for with patients, directly or indirectly?

User: Leaflets, mostly. Our discharge leaflets read like legal documents. I take the generic text, no patient details at all, and ask [[ChatGPT|AI_PRODUCT]] to rewrite it for a reading age of about nine, or to translate it. We get a lot of patients from [[Poland|COUNTRY]] and [[Romania|COUNTRY]], and the interpreter line can be a forty-minute wait. I always get [[Kasia|PERSON]], one of our HCAs, to check the Polish version, because the first time it came out really stiff. She said it sounded like a letter from the tax office.

AI: Have there been moments where it went wrong, or you felt uneasy about it?

User: Yeah, one. I can talk about it because it went through the proper process. A student on placement, [[Callum|PERSON]], lovely lad, copied a whole handover sheet into [[ChatGPT|AI_PRODUCT]] to "make it look neater". Names, dates of birth, NHS numbers, the lot. [[Kirsty|PERSON]] spotted it on his screen and came to get me. We had to report it on [[Datix|SOFTWARE]], and you have to put your own ESR number on the form, mine's [[4471902|NATIONAL_ID]], I know it off by heart, which is a bit tragic. Information governance were fair with him in the end, it was treated as a learning thing, but it shook him. It shook me as well, because I'd been the one showing people how handy it was. Since then, opinions on the ward are split. [[Olu|PERSON]] does his reflective accounts for revalidation with it, which I've told him the [[NMC|ORGANIZATION]] might have views on. Some of the older staff think it's all a way to cut posts. Every time [[Wes Streeting|PUBLIC_FIGURE]] is on the news saying AI will fix waiting lists, somebody in the staff room rolls their eyes. [[Maureen|PERSON]]'s line is that it can have her job the day it can find a porter on a [[Sunday|GENERIC_TIME]] afternoon.

AI: Last question, really. If you could change one thing about how AI is brought into your work, what would it be? And is there anything else you'd like to add?

User: Training that's actually about our work. We got a two-hour e-learning module that was all "prompt engineering" with examples about writing marketing emails. I don't write marketing emails. Show me how to summarise a falls audit without putting anything identifiable in. And a proper approved tool on the ward computers, so people stop using their own phones. If the right thing is the easy thing, people will do the right thing. Oh, and I'm happy to do a follow-up if it's useful. My work email is [[gemma.hargreaves7@nhs.net|EMAIL_ADDRESS]], but I'm rubbish at checking it on days off, so text me on [[07700 900461|PHONE_NUMBER]] if that's easier. Before half seven in the morning is best, or any [[Tuesday|GENERIC_TIME]], that's my admin day.""")

# 2 US, Columbus, HVAC SME
T.append("""AI: Thanks for jumping on a call. Could you introduce yourself and tell me a little about your business?

User: Sure thing. Name's [[Darnell Whitaker|PERSON]], I own [[Whitaker Heating & Cooling|ORGANIZATION]] out of [[Columbus|CITY]], [[Ohio|CITY]]. I started as an [[HVAC technician|JOB_TITLE]] back in [[1996|DATE]], bought out my old [[boss|GENERIC_ROLE]] in [[2009|DATE]], and now we're fourteen people, eleven in the field and three in the office. The shop's at [[2250 Cleveland Ave|ADDRESS]] if you're ever in town. I'm [[fifty-two|AGE]], so I'm probably not who you picture when you think about AI.

AI: How did you first start using it?

User: Honestly? My daughter [[Keisha|PERSON]]. She runs the office: dispatch, the books, payroll, our [[Instagram|SOFTWARE]], all of it. Around the [[spring of 2023|DATE]] she started using [[ChatGPT|AI_PRODUCT]] to clean up our estimates so they don't read like I wrote them on the hood of the truck, which, to be fair, I usually did. She pulls the job details out of [[ServiceTitan|SOFTWARE]] and the pricing out of [[QuickBooks|SOFTWARE]], drops them in, and it gives her something that looks professional. Close rate went up, I'd say maybe ten, fifteen percent. Could be the economy, could be the estimates. I'm giving her the credit either way.

AI: What else does it help with?

User: Troubleshooting, which I did not expect. My guys will send a photo of a data plate and a fault code and ask it what's going on. [[Big Mike|PERSON|nickname]], that's [[Mike Kowalczyk|PERSON]], he's been with me nineteen years, he thought the whole thing was garbage. Then in [[January|GENERIC_TIME]] our youngest tech, [[Luis|PERSON]], was on a no-heat call up in [[Dublin|CITY]], the [[Ohio|CITY]] one, not [[Ireland|COUNTRY]], and it was ten below. Heat pump kept short-cycling. [[Luis|PERSON]] couldn't reach [[Mike|PERSON]], couldn't reach me, so he asked the app, and it walked him through checking a defrost sensor. That was it. [[Mike|PERSON]] still grumbles, but I caught him using it on his phone last week.

AI: Have there been any problems along the way?

User: One big one. It wrote an estimate for a lady over in [[Westerville|CITY]], Mrs. [[Patterson|PERSON]], and somewhere in there it said "ten-year parts and labor warranty". We do ten years on parts through the manufacturer; labor is one year. [[Keisha|PERSON]] didn't catch it, I didn't read it, customer signed. Two years later the blower motor goes and Mrs. [[Patterson|PERSON]] pulls out the paperwork. We honored it. Cost me about eleven hundred bucks and a long talk with my [[accountant|GENERIC_ROLE]]. Now the rule is a human reads every word before it goes out. There was another thing, smaller. [[Keisha|PERSON]] was filling out a vendor form and pasted our whole W-9 into it to ask what one box meant, EIN and all, [[31-4829107|NATIONAL_ID]]. Probably nothing bad came of it. But she didn't love that she did it.

AI: How do you feel about where this is all heading?

User: Mixed. People on TV, [[Elon Musk|PUBLIC_FIGURE]] and those guys, talk like robots are gonna be crawling around in attics next year. Nah. Nobody's replacing a tech in a hundred-and-thirty-degree attic in [[August|GENERIC_TIME]]. But the office side, yeah, that's changing. [[Keisha|PERSON]] does in a morning what used to take her till [[Thursday|GENERIC_TIME]]. What I worry about is the young guys leaning on it instead of learning. [[Luis|PERSON]] is sharp, but I want him to know why the defrost sensor matters, not just that the phone said so. So now we do a [[Friday|GENERIC_TIME]] breakfast where somebody walks through a tough call they had, no phones on the table.

AI: Last one from me. Is there anything you'd want the people who build these tools to know, or anything else before we wrap up?

User: Make it easier to keep our customers' stuff private. I don't really understand where that information goes once you hit enter, and we've got people's home addresses, alarm codes, when they're out of town. If there was a version that just stayed on our own computers, I'd pay for it tomorrow. And hey, if you want to talk to [[Keisha|PERSON]], she'd honestly give you better answers than me. Office line is [[(614) 555-0187|PHONE_NUMBER]], ask for her. Or message us on [[Instagram|SOFTWARE]], [[@whitakerhvac614|SOCIAL_HANDLE]], she checks that more than her email.""")

# 3 Canada, Winnipeg, teacher
T.append("""AI: Thank you for joining me after school. Could you tell me a little about yourself and your work?

User: Sure. I'm [[Marie-Claude Fortin|PERSON]], but honestly nobody uses the whole thing, the kids and staff all call me [[MC|PERSON|nickname]]. I'm a [[Grade 7 French immersion teacher|JOB_TITLE]] at [[École Lavallée|SCHOOL]] in [[St. Vital|CITY]], in [[Winnipeg|CITY]], so we're part of the [[Louis Riel School Division|ORGANIZATION]]. I did my B.Ed. at the [[Université de Saint-Boniface|SCHOOL]] and I've been teaching since [[September 2009|DATE]], so this is year sixteen. I'm [[44|AGE]], which my students find absolutely ancient.

AI: How does AI show up in your work?

User: In two very different ways. There's how I use it, and there's how the kids use it, and they are not the same conversation. For me, it's planning. I use [[MagicSchool|AI_PRODUCT]] for differentiated reading passages, because in a class of twenty-seven I have kids reading at a Grade 4 level and kids reading like they're in university. And I use [[ChatGPT|AI_PRODUCT]] for the French side, to generate dialogues at a certain level, or to check my instructions make sense. Then everything goes into [[Google Classroom|SOFTWARE]].

AI: Could you give me an example of planning with it?

User: Last [[October|GENERIC_TIME]] my teaching partner, [[Jen Kowal|PERSON]], and I did a whole unit on the fur trade. [[Jen|PERSON]] teaches the English and social studies half, I do French and science. We asked [[ChatGPT|AI_PRODUCT]] to build a choose-your-own-adventure story in French where you're a voyageur, at three reading levels. It was maybe seventy percent there. Our [[resource teacher|JOB_TITLE]], [[Harpreet|PERSON]], went through the easiest version with two of her students and flagged that it used the passé simple everywhere, which no twelve-year-old reads comfortably. So we fixed it. That's the pattern, I'd say. It gets me a draft in ten minutes that would have eaten my [[Sunday|GENERIC_TIME]] afternoon, and then a real person who knows the kids fixes it.

AI: And the students' side?

User: That's the hard part. At report card time our [[principal|GENERIC_ROLE]] sent a note saying teachers could use AI to draft comments, but no student names in the prompt. Fine, I agree. Meanwhile half my class is using the [[My AI|AI_PRODUCT]] thing inside [[Snapchat|SOFTWARE]] to do their French homework. I had one boy hand in a paragraph with the subjunctive used perfectly, and this is a boy who cannot conjugate "aller". I didn't make it a big drama. I asked him to tell me about his paragraph, in French, and he laughed and said, "Madame, c'est le robot." At least he was honest.

AI: How do your colleagues feel about it?

User: All over the map. [[Jen|PERSON]] is more enthusiastic than me. Our [[vice-principal|GENERIC_ROLE]], Mr. [[Okafor|PERSON]], ran a PD session in [[February|GENERIC_TIME]] showing [[Khanmigo|AI_PRODUCT]], and he played a clip of [[Sal Khan|PUBLIC_FIGURE]] saying every kid will have a personal tutor. Some of the older teachers were, let's say, not convinced. [[Harpreet|PERSON]] asked the best question of the day: who sees the data when a kid with an IEP types their struggles into it? Nobody had a great answer. The division is working on guidelines, but right now it's a lot of individual judgement. And my own wish is tools that are properly Canadian French. A lot of them give you [[France|COUNTRY]] French, and we're in [[Manitoba|CITY]], the kids need to hear how people actually talk here, in [[St-Boniface|CITY]], in [[Quebec|CITY]], in [[Acadia|CITY]].

AI: Thank you so much. Is there anything else before we finish?

User: If you write anything up, I'd love to read it. My school email is easiest, it's [[mcfortin [at] lrsd [dot] net|OBF_EMAIL|bracket_at_dot]]. I write it like that because otherwise I get ten emails a day from people selling me "AI lesson plan bundles". Mornings before the bell, or after three-thirty, I'm usually in my room marking.""")

# 4 Australia, Riverina, farm
T.append("""AI: Thanks for talking with me. Could you tell me a bit about yourself and the farm?

User: No worries. I'm [[Bronwyn McKenzie|PERSON]], everyone calls me [[Bron|PERSON|nickname]]. I'm [[sixty-one|AGE]], and I'm a [[grain and sheep farmer|JOB_TITLE]] out past [[Tarcutta|CITY]], south of [[Wagga Wagga|CITY]] in the [[Riverina|CITY]]. My husband [[Ray|PERSON|name_is_word]] and I have run [[Bellbird Creek|ORGANIZATION]] since we got married in [[1986|DATE]]. It's about two thousand hectares, wheat, canola, a bit of barley, and around three thousand merinos depending on the season. Our son [[Lachie|PERSON]] came home from uni three years ago, and he's the reason we're even talking about AI.

AI: How did [[Lachie|PERSON]] bring it in?

User: He's a gadget boy. He set us up on [[Agworld|SOFTWARE]] for the paddock records and [[AgriWebb|SOFTWARE]] for the mobs, and then one night at tea he showed me [[ChatGPT|AI_PRODUCT]] on his phone. These days he's fiddling with [[Gemini|AI_PRODUCT]] as well, because it came on his [[Android|SOFTWARE]] and he can talk to it with his hands full. I asked it to write a letter to [[Wagga Wagga City Council|ORGANIZATION]] about the state of our road after the floods, and it did a better job than I would have, honestly. More polite. I'd have called them a pack of galahs.

AI: What do you use it for now, day to day?

User: Paperwork, mainly. There's so much of it now, chemical records in [[Excel|SOFTWARE]], stock movements, grant applications, the BAS for our [[accountant|GENERIC_ROLE]] every quarter. When the drought assistance forms came out I had it explain each section in plain English. And [[Lachie|PERSON]] uses it for spray planning, checking what he's reading against the labels. But I'll tell you a story, because it's not all roses. [[Last winter|GENERIC_TIME]] [[Ray|PERSON]] asked it about drench rates for a mob of weaners, and it gave him a number that was well off. He nearly went with it. Our [[agronomist|JOB_TITLE]], [[Tash|PERSON]] from [[Elders|ORGANIZATION]], happened to ring that afternoon about something else, and when he mentioned it she said, "[[Ray|PERSON]], don't you dare." Now the rule in our house is, anything that goes into an animal or onto a paddock, you check with [[Tash|PERSON]] or the label. Full stop.

AI: How does the rest of the family feel about it?

User: [[Ray|PERSON]]'s suspicious, but he uses it more than he lets on. I've caught him asking it about the cricket. When [[Anthony Albanese|PUBLIC_FIGURE]] was on the telly talking about AI and jobs, [[Ray|PERSON]] said, "Let's see it crutch a ewe." Our daughter [[Jess|PERSON]] is a [[primary school teacher|JOB_TITLE]] in [[Albury|CITY]], and she's the opposite, she's worried it'll make the kids lazy. Our neighbour [[Col Brennan|PERSON]] reckons it's spying on him, but [[Col|PERSON]] reckons the [[Bureau of Meteorology|ORGANIZATION]] is spying on him too, so you take that with a grain of salt.

AI: Are there any worries you have about using it?

User: Privacy, a bit. [[Lachie|PERSON]] told me not to put our bank details or the property identification numbers in, so I don't. And I worry about young people trusting it too much. Out here, if you get something wrong, a mob dies or a crop fails. It's not like a typo in an email. But mostly I worry about the signal. Half the farm has no reception, so the clever stuff is only clever at the kitchen table. Every [[April|GENERIC_TIME]] when we're sowing, I'm out of range from dawn till dark, so it's no use to me then anyway.

AI: That makes sense. Is there anything you'd like to add before we finish?

User: Only that you're welcome to come out and see how it all works, if you're ever down this way. We're at [[1840 Tarcutta Road|ADDRESS]], the gate with the old cream can on the post. Best to ring first, the mobile is [[oh-four-one-two, triple five, three-eight-one|OBF_PHONE|number_words]]. If I don't answer I'm probably on the header, so leave a message and I'll ring you back after dark.""")

# 5 Ireland, Galway, dental practice manager, pasted signature
T.append("""AI: Thanks for joining. Would you mind introducing yourself and your role?

User: Not at all. I'm [[Siobhán Byrne|PERSON]], I'm the [[practice manager|JOB_TITLE]] at [[Byrne & Walsh Dental|ORGANIZATION]] in [[Galway|CITY]]. No relation to the [[Byrne|PERSON]] on the sign, before you ask, everyone asks. That was old Dr. [[Byrne|PERSON]], who retired. I'm [[forty-five|AGE]], God help me, I've been in the practice since [[2012|DATE]], and before that I did a business degree at what's now [[University of Galway|SCHOOL]], back when it was still [[NUI Galway|SCHOOL]]. We've two dentists, Dr. [[Ciarán Walsh|PERSON]], who's the [[principal dentist|JOB_TITLE]], and Dr. [[Emeka Obi|PERSON]], plus our [[hygienist|JOB_TITLE]] [[Aoife|PERSON]] and [[Niamh|PERSON]] on the front desk.

AI: Where does AI come into the running of the practice?

User: Mostly on my side, the admin. Our practice software is [[Dentally|SOFTWARE]], which has a few smart bits now, but the main things I use are [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]], because we're on [[Google Workspace|SOFTWARE]] and [[Gemini|AI_PRODUCT]] is sort of just there in [[Gmail|SOFTWARE]]. I use it for staff rotas, policy documents, the [[Dental Council|ORGANIZATION]] paperwork, and a lot of emails. Complaints, mostly. People don't give out about the dentistry, they give out about the bill.

AI: Could you tell me about a specific time it helped, or didn't?

User: Ah, I've a good one. Back in [[March|GENERIC_TIME]] I asked [[Gemini|AI_PRODUCT]] to tidy up my email signature because [[Aoife|PERSON]] said it looked like something off a fax machine. Here's what I had, I'll paste it in so you can see:
[[Siobhán Byrne|PERSON]] | [[Practice Manager|JOB_TITLE]]
[[Byrne & Walsh Dental|ORGANIZATION]]
[[14 Quay Street|ADDRESS]], [[Galway|CITY]] [[H91 X2Y7|ADDRESS]]
T: [[+353 91 555 0147|PHONE_NUMBER]] | M: [[+353 87 555 2290|PHONE_NUMBER]]
[[siobhan@byrnewalshdental.ie|EMAIL_ADDRESS]] | [[linkedin.com/in/siobhan-byrne-galway|URL]]
Grand, nothing wrong with it. The new version it gave me was lovely, nice layout, but it had moved my mobile up to the top in bold and added a line underneath saying "Available 24/7 for patient queries". I did not notice. For about three weeks every email out of that practice went with that line, and I had a man ringing my mobile on a [[Sunday|GENERIC_TIME]] night about his crown. [[Niamh|PERSON]] thought it was hilarious. I did not.

AI: How does the rest of the team use it?

User: [[Aoife|PERSON]] uses [[ChatGPT|AI_PRODUCT]] to write up patient-friendly explanations of gum disease, no names, just the general stuff. [[Ciarán|PERSON]] is a bit old-school but he'll use it for letters to the [[HSE|ORGANIZATION]] about medical card patients, which are a nightmare. [[Emeka|PERSON]] is the keenest, he's been trialling one of those AI X-ray tools, [[Pearl|AI_PRODUCT]], to see if it picks up things on the bitewings. The rule I made is no patient names, no PPS numbers, no dates of birth in anything that isn't [[Dentally|SOFTWARE]]. I printed it out and stuck it above the kettle, because that's the only place anyone in this building reads anything.

AI: Do you have any worries about it, longer term?

User: GDPR, obviously, we're very careful, the [[Data Protection Commission|ORGANIZATION]] would eat a small practice like us alive. And cost, honestly. Every tool wants a monthly subscription now, and in [[Ireland|COUNTRY]] a practice our size is already watching every euro. I'd rather one good tool than five half-tools. I also worry a bit for [[Niamh|PERSON]]'s job, if I'm honest. The AI phone answering things are getting good, and she's the heart of the place. Patients ask for her by name.

AI: Thank you, that's really useful. Anything else you'd like to add?

User: Only that if you want to follow up, sure you have my signature now, ha. The mobile's the quickest, but [[LinkedIn|SOFTWARE]] is better for anything research-y, I'm on there a fair bit in the evenings.""")

# 6 Germany, Bielefeld, manufacturing SME
T.append("""AI: Thank you for joining. Could you please introduce yourself and your work?

User: Yes, hello. My name is [[Jörg Baumann|PERSON]], I am [[49|AGE]] years old, and I work as [[quality engineer|JOB_TITLE]] at [[Hoffmeister Präzisionsteile GmbH|ORGANIZATION]] in [[Bielefeld|CITY]]. We are a typical Mittelstand company, family-owned, about 180 people. We make turned parts and small assemblies, mostly for pump makers and a little bit automotive. I am there since the [[first of April 2011|DATE]], so, long time. Before, I studied mechanical engineering at [[FH Bielefeld|SCHOOL]], and I did my apprenticeship as machinist before that, so I know the shop floor also from below.

AI: How is AI used in your work at the moment?

User: Officially, it is still a discussion. The works council, in German we say Betriebsrat, must agree to every new software that could monitor employees, so it goes slowly, which is okay. But we use [[DeepL|AI_PRODUCT]] for years already, everybody uses it for customer emails, because our customers are also in [[France|COUNTRY]], in [[Czechia|COUNTRY]], in [[Mexico|COUNTRY]]. And since [[last autumn|GENERIC_TIME]] we have [[Microsoft Copilot|AI_PRODUCT]] for a test group of twelve people. I am in this group. Our ERP is [[SAP|SOFTWARE]], and for statistics I use [[Minitab|SOFTWARE]], these are not AI, but I put results from them into [[Copilot|AI_PRODUCT]] to make the text.

AI: Can you give an example of a task?

User: The 8D reports. When a customer has a complaint, we must write an 8D report: problem description, root cause, actions, and so on. Last [[November|GENERIC_TIME]] we had burrs on a valve housing for [[Wilo|ORGANIZATION]], one of our big customers. My colleague Frau [[Schulte|PERSON]] from purchasing found out that the supplier of the bar stock changed the material batch without telling us. Our [[apprentice|JOB_TITLE]] [[Lukas|PERSON]], he is very clever with computers, prepared the measurement data, and I gave [[Copilot|AI_PRODUCT]] my notes and the summary and asked it to write the 8D in English. It was maybe 80 percent good. But it wrote "the root cause was confirmed" when we only had a hypothesis. In a customer report, this is a big difference. If [[Wilo|ORGANIZATION]] reads "confirmed", they expect the topic is closed, and then if it comes again, we look very bad. So now I tell [[Lukas|PERSON]]: the machine writes nice sentences, but you must read every word like it is a contract.

AI: How did your colleagues react to these tools?

User: Very different. Herr [[Hoffmeister|PERSON]] junior, he is now the [[managing director|GENERIC_ROLE]], is enthusiastic. He went to a conference in [[Munich|CITY]] and came back with maybe twenty ideas. Old Herr [[Hoffmeister|PERSON]], his father, thinks it is all nonsense and says so in every meeting. On the shop floor, some machine operators are worried about their jobs, but honestly, a chatbot cannot set up a CNC lathe. [[Dragan|PERSON]], our [[shift leader|GENERIC_ROLE]], said to me, "When the AI can find the chip in the coolant filter, call me." Frau [[Schulte|PERSON]] uses it a lot for supplier letters, she says it makes her sound more friendly than she is. Her words, not mine!

AI: What concerns do you have?

User: Data, mostly. We have drawings from customers under NDA. If somebody puts a drawing into [[ChatGPT|AI_PRODUCT]] at home on his private laptop, this is a real problem, and we cannot see it. Our [[data protection officer|GENERIC_ROLE]] is very nervous since the AI Act, and I understand. Also, I see that young engineers ask the tool before they think themselves. When I started, my [[Meister|GENERIC_ROLE]] made me measure a part by hand ten times before I was allowed to touch the CMM. I don't say we go back to this, but something in the middle.

AI: Thank you, that is very helpful. Is there anything else you want to add?

User: I can send you our internal guideline for AI if it helps, it is in German, but [[DeepL|AI_PRODUCT]] can translate, haha. Write to me: [[joerg punkt baumann ät hoffmeister-pt punkt de|OBF_EMAIL|german_spoken]]. Or you call [[+49 521 555 3380|PHONE_NUMBER]], but please in the morning, after lunch I am on the shop floor and I don't hear the phone.""")

# 7 Spain, Valencia, startup
T.append("""AI: Hi [[Lucía|PERSON]], thanks for joining. Could you start by telling me about yourself and where you work?

User: Hi! So, I'm [[Lucía Navarro Gil|PERSON]], I'm [[twenty-nine|AGE]], and I work as [[growth marketer|JOB_TITLE]] in [[Tramontana Labs|ORGANIZATION]], a startup in [[Valencia|CITY]]. We make booking software for padel clubs, which, if you know [[Spain|COUNTRY]], you know is a big market now, padel is everywhere. Our office is in [[Ruzafa|CITY]], above a bakery, so it always smells amazing. I joined in [[February 2022|DATE]], when we were only five people, now we are twelve. Well, thirteen with the dog.

AI: What does AI look like in your day-to-day?

User: Honestly, it's everywhere in my job. I use [[ChatGPT|AI_PRODUCT]] for copy, all the newsletters, the ads in Spanish, English and Catalan. We use [[HubSpot|SOFTWARE]] for the CRM and it has its own AI now, I use it a little for subject lines. For images we tried [[Midjourney|AI_PRODUCT]], and for internal docs we have [[Notion AI|AI_PRODUCT]]. Our [[CTO|GENERIC_ROLE]], [[Pau|PERSON]], also built a small thing with the [[ChatGPT|AI_PRODUCT]] API that writes the first reply to support tickets, and then a human checks it.

AI: Can you tell me about a time it didn't go as planned?

User: Oh yes, the famous fingers. Last year in [[May|GENERIC_TIME]] we did a campaign for club owners. [[Marta|PERSON]], our [[designer|JOB_TITLE]], was on holidays, so [[Quique|PERSON|nickname]] from sales and me, we made the images with [[Midjourney|AI_PRODUCT]]. Players, rackets, sunset, very nice. We posted on [[LinkedIn|SOFTWARE]] and [[Instagram|SOFTWARE]]. Two days later the owner of [[Club Pádel Turia|ORGANIZATION]], one of our biggest clients, sends me a screenshot: one of the players has six fingers on the racket hand. And he writes, "Is this your software also?" Everybody in the office laughed, except me. When [[Marta|PERSON]] came back she was very angry, not about the fingers, about the idea that we don't need her. And we need her, obviously. Since then, no AI images without [[Marta|PERSON]] looking first.

AI: How do your colleagues feel about it in general?

User: It's funny, it's like a spectrum. [[Pau|PERSON]] thinks everything should be automated, if he could automate lunch he would. [[Quique|PERSON]], his real name is [[Enrique Soler|PERSON]] but nobody calls him that, is the opposite. He is the oldest of us, he sells by phone and by going to the clubs and drinking coffee with the owners, and he says no robot will drink a cortado with a club owner in [[Castellón|CITY]] at nine in the morning. Our [[CEO|GENERIC_ROLE]], [[Nerea|PERSON]], is in the middle. She watches every [[Sam Altman|PUBLIC_FIGURE]] interview and then comes on [[Monday|GENERIC_TIME]] with big ideas, and then [[Pau|PERSON]] explains what is possible with our budget, which is not a lot.

AI: Do you have any worries about how it's used?

User: Yes, two. First, the data of the players. The support tickets have names, phone numbers, sometimes people complain about other players, you know, drama. [[Pau|PERSON]] says he removes the personal data before it goes to the API, and I trust him, but I don't really understand how. Second, my own job, to be honest. Growth marketer is a job that AI can do maybe half of. I studied advertising at [[Universitat de València|SCHOOL]] and my professors never imagined this. I think the part that stays is knowing the clubs, knowing the people, knowing what is funny in Valencian and what is offensive. That part is still me.

AI: Thank you! Is there anything else you'd like to add?

User: Only that you can follow me if you want, I post about marketing stuff, I'm [[@lucianavgil|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]]. And for the study, my email is [[lucia.navarro arroba tramontanalabs punto com|OBF_EMAIL|arroba_punto]]. Sorry, I write it like this because of spam bots, it's a habit from old Spanish forums.""")

# 8 Poland, Krakow, accounting office, pasted chat
T.append("""AI: Good morning, and thank you for taking part. Could you introduce yourself?

User: Good morning. I am [[Katarzyna Wiśniewska|PERSON]], but please, [[Kasia|PERSON]]. I have [[41|AGE]] years, sorry, in Polish we say it like this, I am [[41|AGE]]. I am [[certified accountant|JOB_TITLE]] and I work at [[Biuro Rachunkowe Wisła|ORGANIZATION]], it is a small accounting office in [[Kraków|CITY]], in [[Podgórze|CITY]]. We are nine people and we keep books for about 140 small firms: shops, restaurants, a few IT freelancers. I work there since [[2008|DATE]], right after I finished [[Cracow University of Economics|SCHOOL]].

AI: How does AI fit into your work?

User: In our office it came like a wave, in one year. [[Tomek|PERSON]], I mean [[Tomasz Zieliński|PERSON]], he is the youngest, only [[26|AGE]], started with [[ChatGPT|AI_PRODUCT]] to explain new regulations. Polish tax law changes every five minutes, really. Then came [[KSeF|SOFTWARE]], the national e-invoice system, and everybody was confused, so the chat helped us understand. Our main program is [[Comarch Optima|SOFTWARE]], we export to [[Excel|SOFTWARE]], and there I use [[Copilot|AI_PRODUCT]] for formulas. I was always bad with formulas, now I am a queen of formulas.

AI: Is there a moment that stands out for you?

User: Yes, I can show you. This is from our [[Teams|SOFTWARE]] chat, I kept it because it became a little famous in the office. I paste it:
[09:14] [[Tomasz Zieliński|PERSON]]: [[Kasia|PERSON]] mozesz wrzucic faktury od [[Piekarnia Nowak|ORGANIZATION]] do czata? niech zrobi zestawienie za [[marzec|GENERIC_TIME]]
[09:15] [[Tomasz Zieliński|PERSON]]: NIP [[677-245-18-93|NATIONAL_ID]], szybko bo pani [[Ewa|PERSON]] pyta
So he asks me to put all the invoices from the bakery, our client, into the chat, meaning [[ChatGPT|AI_PRODUCT]], to make a summary for [[March|GENERIC_TIME]], and he writes their tax number too. Pani [[Ewa|PERSON]] is the [[owner|GENERIC_ROLE]] of our office. And I said no, [[Tomek|PERSON]], this is client data. We had a long discussion, and then pani [[Ewa|PERSON]] decided: no client documents in public AI, only the assistant inside [[Comarch|SOFTWARE]] which stays in our system, or everything anonymised. [[Tomek|PERSON]] was a little offended for one day, then he brought pączki for everybody, so it was fine.

AI: How do your other colleagues use it?

User: [[Ola|PERSON]], she does payroll, she is a bit scared of it. Payroll is full of PESEL numbers, salaries, sick leave, very sensitive, so she uses it only to write emails to the [[ZUS|ORGANIZATION]], the social insurance office, without any numbers. And the funny part is the clients. Some of them use it themselves and come to us with answers from AI. One [[restaurant owner|GENERIC_ROLE]] told me, "[[ChatGPT|AI_PRODUCT]] says I can deduct my dog." I said, is your dog working in the kitchen? One programmer client argued with me one hour about IP Box tax relief with printouts from the chat. He was wrong, but very well formatted.

AI: What would help you use these tools better?

User: Clear rules from the [[Ministry of Finance|ORGANIZATION]], first. And a tool that really knows Polish law, in Polish, not translated from American. The answers in English are better than in Polish, which is strange for Polish taxes. Sometimes I think about it like this: even [[Robert Lewandowski|PUBLIC_FIGURE]] has an accountant, and I hope his accountant does not just copy from the chat.

AI: Thank you very much. Is there anything else before we finish?

User: If you need more, write to me: [[k.wisniewska małpa biurowisla kropka pl|OBF_EMAIL|malpa_kropka]]. Małpa is how we say the at sign, it means monkey, and kropka is dot. Every foreigner laughs when I explain it.""")

# 9 Nigeria, Lagos, fintech startup
T.append("""AI: Thanks for joining, [[Seun|PERSON]]. Could you start by introducing yourself?

User: My pleasure. Full name is [[Oluwaseun Adebayo|PERSON]], but everybody calls me [[Seun|PERSON]]. I'm [[31|AGE]], I'm a [[backend engineer|JOB_TITLE]] at [[PayNest|ORGANIZATION]], we're a payments startup in [[Yaba|CITY]], [[Lagos|CITY]]. We do collections and payouts for small merchants, market women, pharmacies, that kind of business. I joined in [[November 2021|DATE]] after two years at a bank. I studied computer science at [[Unilag|SCHOOL]], the [[University of Lagos|SCHOOL]], so I didn't move far, ha.

AI: How do you and your team use AI?

User: Plenty. Everybody on the engineering side uses [[GitHub Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]], the company pays for it. Some of us use [[Cursor|AI_PRODUCT]], and for thinking through design I prefer [[Claude|AI_PRODUCT]], it explains its reasoning better. [[ChatGPT|AI_PRODUCT]] too, for quick things. We track work in [[Jira|SOFTWARE]] and talk on [[Slack|SOFTWARE]], and somebody is always posting a screenshot of an AI answer with "is this correct?"

AI: Can you give an example of a time it really helped?

User: Last [[December|GENERIC_TIME]], peak season, everybody is paying for everything, a settlement job started failing at night. Baba [[Femi|PERSON]], we call him Baba because he's the oldest on the team, he's [[44|AGE]], and I were on call. The logs were thousands of lines. I described the pattern to [[Claude|AI_PRODUCT]], no real data, just the structure, and it helped me write a query in [[Postgres|SOFTWARE]] to find the duplicate references. We found it in maybe forty minutes. Before, that would have been the whole night. [[Femi|PERSON]] still doesn't trust it, he read every line of the query twice, but he admitted it was fast.

AI: And a time it went wrong?

User: Ah. [[Tunde|PERSON]]. I love him, but. He was debugging a failed payout and he pasted a log excerpt straight into [[ChatGPT|AI_PRODUCT]], and inside that log were customer names, phone numbers and BVNs. BVN is the bank verification number, it's like the national ID for banking here. Our [[head of compliance|JOB_TITLE]], [[Ifeoma Eze|PERSON]], saw it during a screen share and, eh, the meeting became very quiet. We have obligations to the [[Central Bank of Nigeria|ORGANIZATION]] and under the data protection act, so it became a whole process. [[Tunde|PERSON]] did the training again, and our [[product manager|JOB_TITLE]], [[Chiamaka|PERSON]], wrote a new policy in one week. Now we have a small redaction script that masks account numbers and BVNs before anything is copied out of the logs. Like what you people are doing, I guess.

AI: How do you see the future of this for people like you?

User: I'm not scared for my job, not yet. [[Jensen Huang|PUBLIC_FIGURE]] says everybody is a programmer now, fine, but somebody must still understand why the money didn't arrive. The real challenge in [[Nigeria|COUNTRY]] is not AI, it's light and data. When [[NEPA|ORGANIZATION]] takes light and my router dies, no [[Copilot|AI_PRODUCT]] can help me. [[Ifeoma|PERSON]] says the opportunity for [[Africa|CONTINENT]] is local language models, Yoruba, Igbo, Hausa, Pidgin, for the merchants who don't read English well. I agree with her. That is where I want to work in five years.

AI: Thanks so much. Is there anything else you'd like to share?

User: You can see my side projects on [[github.com/seun-adebayo-dev|URL]], and I'm [[@seunbuilds|SOCIAL_HANDLE]] on X, I post small threads about payments. If you want to call, it's [[plus two three four, eight zero three, 555 0192|OBF_PHONE|mixed_words_digits]]. [[WhatsApp|SOFTWARE]] is better than normal call, network here can be funny.""")

# 10 Kenya, Kisumu, NGO
T.append("""AI: Thank you for making time for this. Could you introduce yourself and your organisation?

User: You're welcome. I'm [[Grace Akinyi Odhiambo|PERSON]], I'm [[36|AGE]], and I work as the [[monitoring and evaluation officer|JOB_TITLE]], people just say [[M&E officer|JOB_TITLE]], at [[Lake Basin Health Trust|ORGANIZATION]]. We are a health NGO based in [[Kisumu|CITY]], with programmes in [[Homa Bay|CITY]] and [[Siaya|CITY]], mostly maternal health and HIV follow-up in the villages. I joined in [[2017|DATE]] after my master's at [[Maseno University|SCHOOL]].

AI: How does AI come into your work?

User: Mostly in the reporting, because M&E is reports, reports, reports. Our community health promoters collect data on phones with [[KoboToolbox|SOFTWARE]], it comes to me, I clean it in [[Excel|SOFTWARE]], then we push the numbers to [[DHIS2|SOFTWARE]] for the county and make dashboards in [[Power BI|SOFTWARE]]. Where AI comes in is the writing. Donors want long narrative reports, and I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Gemini|AI_PRODUCT]] to turn my bullet points into paragraphs. I also ask it for [[Excel|SOFTWARE]] formulas when I am stuck, which is often.

AI: Can you tell me about a specific experience, good or bad?

User: A bad one first, because it taught us. Last year [[Wanjiru Kamau|PERSON]], our [[finance officer|JOB_TITLE]], was finishing a quarterly report late at night and she asked [[ChatGPT|AI_PRODUCT]] to "write the results section". She gave it the headings but not all the numbers. It invented numbers. Very confident numbers, like 87 percent of mothers attended four antenatal visits. Our real figure was much lower. Luckily I reviewed before it went to the donor. [[Wanjiru|PERSON]] was so embarrassed, but honestly, it is not her fault alone, we never told people the tool can make things up. After that I made a small one-page guide, in English and in Swahili, about what to never do.

AI: And a good experience?

User: The field team. Mama [[Rose|PERSON|name_is_word]], she leads the health promoters in [[Homa Bay|CITY]], she is maybe the most respected woman in that sub-county. She is not so comfortable writing in English. Now she sends me voice notes in Dholuo on [[WhatsApp|SOFTWARE]], I use a tool to transcribe and translate, and then I check with her. Her stories from the field finally get into the reports in her own words, not just my summary. Even our [[driver|JOB_TITLE]], [[Otieno|PERSON]], who takes us to the sites, started using [[Gemini|AI_PRODUCT]] to check the routes and fuel costs. Everybody is learning.

AI: What worries you about using these tools in your context?

User: Patient confidentiality, first. We deal with HIV status, it is very sensitive in the community. Nothing with a name or a phone number or a village goes into these tools, ever. Second, funding. When the [[USAID|ORGANIZATION]] funding was frozen in [[January 2025|DATE]] after [[Donald Trump|PUBLIC_FIGURE]] came in, we lost two projects overnight. Now everybody says "use AI to do more with less", but AI cannot walk to a homestead in the rain to check on a mother. Technology is good, but it does not replace people on the ground. In [[Kenya|COUNTRY]] we say, haraka haraka haina baraka, hurry hurry has no blessing.

AI: Thank you, [[Grace|PERSON]]. Is there anything else you'd like to add?

User: Only that I am happy to share the one-page guide, I think other NGOs could use it. You can write to me at [[grace.odhiambo(at)lbht.or.ke|OBF_EMAIL|paren_at]], or call or [[WhatsApp|SOFTWARE]] [[+254 722 555 019|PHONE_NUMBER]]. Afternoons are better, mornings I am usually in the field with no network.""")

# 11 India, Pune, municipal government
T.append("""AI: Namaste, and thank you for joining. Could you please introduce yourself and your role?

User: Namaste. I am [[Ashwini Kulkarni|PERSON]], [[thirty-four|AGE]] years, and I am [[assistant engineer|JOB_TITLE]] in the water supply department of [[Pune Municipal Corporation|ORGANIZATION]]. Everyone says [[PMC|ORGANIZATION]] only. I sit in the ward office at [[Kothrud|CITY]], but my work is across three wards. I joined in [[2016|DATE]] after clearing the [[MPSC|ORGANIZATION]] exam, and before that I did my civil engineering from [[COEP|SCHOOL]], [[College of Engineering Pune|SCHOOL]].

AI: How does AI come into your work at the corporation?

User: See, officially there is no AI policy yet, a circular is "under consideration", you know how it is in government. But practically, many of us are using. I use [[ChatGPT|AI_PRODUCT]] for drafting letters and replies to complaints. Citizens write complaints in Marathi, in Hindi, in English, sometimes in mix, and we must reply formally. I also tried [[Bhashini|AI_PRODUCT]], the government translation tool, for Marathi to English, it is improving. For the technical side we have [[AutoCAD|SOFTWARE]] and the pipeline data in [[Excel|SOFTWARE]], and the billing is in [[SAP|SOFTWARE]], but that is another department's headache.

AI: Could you share an example of a task where you used it?

User: Last monsoon, in [[July|GENERIC_TIME]], we had many complaints about contaminated water in one society. Almost two hundred complaints in one week on the portal and on [[WhatsApp|SOFTWARE]]. Our [[executive engineer|JOB_TITLE]], [[Prakash Sawant|PERSON]], wanted a summary for the [[commissioner|GENERIC_ROLE]]'s meeting by next morning. So I removed names and mobile numbers, and gave the complaint texts to [[ChatGPT|AI_PRODUCT]] and asked it to group by problem and by location. In one hour I had a clean table: smell, colour, low pressure, no supply. [[Sawant|PERSON]] sir was very happy, he thought I had stayed till midnight. I did not tell him, ha. Later I told him, and now he asks me to "do the AI thing" for every meeting.

AI: Has anything gone wrong, or made you uncomfortable?

User: One incident. Our [[junior engineer|JOB_TITLE]], [[Vikrant|PERSON]], very smart boy but very fast, was filling an online form for a training programme, and he uploaded a photo of his PAN card to [[ChatGPT|AI_PRODUCT]] to read the details for him. The PAN number was clearly visible, [[BKTPV4471M|NATIONAL_ID]]. He showed me proudly, and I said, [[Vikrant|PERSON]], what have you done? He did not think it was a problem, because it is "only PAN". But with PAN and date of birth, people can do many frauds. Also complaints sometimes have Aadhaar numbers attached, because citizens think it will make the complaint stronger. So now in our section the rule is, first we blank out everything, then only we use any tool. [[Meenal|PERSON]] ma'am, our [[section head|GENERIC_ROLE]], made a small checklist and pasted it near the printer.

AI: How do you see AI in government work more broadly?

User: There is a lot of talk. [[Narendra Modi|PUBLIC_FIGURE]] speaks about AI for [[Bharat|COUNTRY]], and there are many announcements. At ground level, we still have files moving physically from table to table. I think AI can help a lot in the small things: drafting, translation, summarising. But decisions, like where to lay a new pipeline, which society gets the tanker first, these must stay with accountable officers. If something goes wrong, the citizen will come to my office, not to a chatbot. Also older staff are not comfortable, and some are afraid it will be used to monitor them. Trust has to be built.

AI: Thank you, that's very helpful. Is there anything else you'd like to add?

User: If you need any clarification, please write to me at [[ashwini.kulkarni@punecorporation.org|EMAIL_ADDRESS]]. For official records they asked my employee code when I registered for your study, it is [[PMC-WS-20871|NATIONAL_ID]], just in case you need to match. Please do not call during office hours, we are very busy, emails are better. And best of luck with your research.""")

# 12 Pakistan, Lahore, cloth shop
T.append("""AI: Assalam-o-alaikum, and thanks for joining. Could you tell me about yourself and your business?

User: Walaikum assalam. My name is [[Muhammad Hamza Iqbal|PERSON]], but just call me [[Hamza|PERSON]]. I am [[27|AGE]]. We have a cloth shop, [[Iqbal Cloth House|ORGANIZATION]], in [[Anarkali|CITY]] bazaar in [[Lahore|CITY]]. My father started it in [[1994|DATE]], with one small counter, now we have two floors. Lawn, chiffon, unstitched suits, wedding stuff. On my [[LinkedIn|SOFTWARE]] I wrote "e-commerce manager", but honestly I am a [[shopkeeper|JOB_TITLE]], I sit at the counter like my father.

AI: How does AI fit into running the shop?

User: Mostly for the online side. Two years back, [[Bilal|PERSON]] bhai, my elder brother, said we must sell online because young girls are not coming to [[Anarkali|CITY]] anymore, they buy from [[Instagram|SOFTWARE]]. So we started a page, [[@iqbalclothhouse|SOCIAL_HANDLE]], and we also sell on [[Daraz|ORGANIZATION]]. I use [[ChatGPT|AI_PRODUCT]] to write product descriptions in English and in Roman Urdu, and captions for posts. [[Meta AI|AI_PRODUCT]] is also inside [[WhatsApp|SOFTWARE]] now, so sometimes I ask it quickly while customers are waiting. We do most business on [[WhatsApp Business|SOFTWARE]], customers send voice notes, pictures, "bhai yeh wala design hai?", you know.

AI: Can you tell me about a time it really helped, or didn't?

User: Before [[Eid|GENERIC_TIME]] last year, it was crazy. Hundreds of messages every day. My younger brother [[Usman|PERSON]] and I made a list of common questions, price, delivery time to [[Karachi|CITY]] and [[Islamabad|CITY]], return policy, cash on delivery, and asked [[ChatGPT|AI_PRODUCT]] to make short replies in Urdu and English. We saved them as quick replies. It saved us so much time. But one funny thing, it translated "lawn" as grass in one description, so a customer asked, "Bhai, is this a carpet?" Ha. [[Usman|PERSON]] still teases me about the grass suit.

AI: Have you ever worried about what you put into these tools?

User: Yes, one time I did something stupid. I was filling the form for our sales tax registration with [[FBR|ORGANIZATION]], it was very confusing, so I copied the whole form into [[ChatGPT|AI_PRODUCT]] with my own CNIC, [[35202-5558812-3|NATIONAL_ID]], my father's name, our address, everything, and asked it to explain. After, my cousin [[Ayesha|PERSON]], she is a [[software engineer|JOB_TITLE]] in [[Dubai|CITY]], she told me, why you gave them your CNIC? I didn't think about it. Now I am careful. Also customers send their CNIC pictures sometimes for cash on delivery verification, and I never put those in any app. I delete them.

AI: What do your father and the older staff think about all this?

User: Abbu thinks it is magic, but he doesn't trust magic, ha. He still keeps the accounts in a red register. Our oldest salesman, [[Rasheed|PERSON]] chacha, he has been with us since before I was born, he knows every customer's family, who is getting married, who is in mourning. No AI can do that. When I showed him [[ChatGPT|AI_PRODUCT]] he asked it about [[Babar Azam|PUBLIC_FIGURE]]'s batting average, and when it gave an old number he said, "See, it doesn't even watch cricket." For him, that was the end of the discussion.

AI: Thank you, [[Hamza|PERSON]]. Anything else you'd like to add?

User: Only, if you want to buy a suit for your wife or your mother, we do delivery all over [[Pakistan|COUNTRY]] and also [[UK|COUNTRY]]. You can call or [[WhatsApp|SOFTWARE]] me, [[0 3 0 0 - 4 5 5 5 1 2 7|OBF_PHONE|spaced_digits]]. I write it with spaces because otherwise on [[Facebook|SOFTWARE]] the page gets spam. Thank you for asking about small shops, everyone only talks about big companies.""")

# 13 Philippines, Cebu, hospital HR
T.append("""AI: Hi, thank you for joining. Could you introduce yourself and tell me about your job?

User: Hello! I'm [[Maricel Dela Cruz|PERSON]], [[27|AGE]] years old, I'm an [[HR assistant|JOB_TITLE]] at [[Chong Hua Hospital|ORGANIZATION]] in [[Cebu City|CITY]]. I was born [[March 14, 1998|DATE]], so I'm a Pisces, if that matters, ha ha. I handle recruitment mostly, and also some payroll concerns and onboarding for new nurses and staff. I graduated psychology from [[University of San Carlos|SCHOOL]] and this is my second job.

AI: How do you use AI at work?

User: A lot, honestly, sobrang helpful. For recruitment I use [[ChatGPT|AI_PRODUCT]] to draft job postings, like for medical technologists or nursing aides, then I post on [[JobStreet|SOFTWARE]] and [[Facebook|SOFTWARE]]. I also use it to make interview questions. Our HRIS is [[Sprout|SOFTWARE]], and we track applicants in [[Google Sheets|SOFTWARE]], and sometimes I ask [[Gemini|AI_PRODUCT]] to help with the formulas, because our sheet is a monster already. And for the onboarding slides I use [[Canva|SOFTWARE]], it has AI now also.

AI: Could you tell me about a specific time it helped your team?

User: Last [[June|GENERIC_TIME]] we had a hiring rush because many nurses left for abroad, for [[Saudi Arabia|COUNTRY]], the [[UK|COUNTRY]], [[Canada|COUNTRY]]. It's a big problem here. Our [[HR head|GENERIC_ROLE]], Ma'am [[Lorna|PERSON]], asked us to make fifty job offers in one week. Ate [[Joy|PERSON|name_is_word]], she's our [[payroll officer|JOB_TITLE]], and Kuya [[Jun|PERSON]], the one in charge of documents, and me, we made a template with [[ChatGPT|AI_PRODUCT]] for the offer letters, and then we filled in the names manually in [[Word|SOFTWARE]], not in the AI. Ate [[Joy|PERSON]] was very strict with that. She said, "[[Maricel|PERSON]], no names in the chatbot, ha!" because of the Data Privacy Act. We finished in four days instead of two weeks. Ma'am [[Lorna|PERSON]] bought us lechon. Ha ha.

AI: Have there been any mistakes or worries?

User: Yes, one that was my fault. When I was applying for my own SSS salary loan, I was confused with the form, so I typed my SSS number into [[ChatGPT|AI_PRODUCT]], [[34-5558123-7|NATIONAL_ID]], with my birthday, to ask if I filled it right. Kuya [[Jun|PERSON]] saw my screen and said, "Uy, delikado yan," that's dangerous. He's right, I didn't think about it. Now I use it only for general questions. Another worry is the applicants. Some of them use [[ChatGPT|AI_PRODUCT]] for their cover letters and all of them sound the same, "I am a passionate and dedicated professional". Ma'am [[Lorna|PERSON]] now asks them to write a short paragraph by hand during the interview, just to see the real person.

AI: What do you think about the future of AI in your field?

User: I think HR will still need people, because hospital work is about people, you know. Some doctors are very demanding, some nurses are very tired, you need to talk to them face to face. AI cannot comfort a nurse crying after a double shift. But the paperwork, yes, I hope AI takes it. I saw [[Manny Pacquiao|PUBLIC_FIGURE]] in an ad for some AI app, I was like, even [[Manny|PUBLIC_FIGURE]]? Ha ha. Everybody is in AI now.

AI: Thank you so much! Anything else you want to share?

User: You're welcome! If you have follow-up questions you can text me at [[0917 555 2846|PHONE_NUMBER]], I'm always on my phone, or message me on [[Viber|SOFTWARE]] with the same number. Weekends are better, weekdays I'm buried in requirements from applicants.""")

# 14 Vietnam, Buon Ma Thuot, coffee cooperative
T.append("""AI: Hello, thank you for joining. Could you introduce yourself and your work?

User: Hello. My name is [[Nguyễn Thị Hồng Nhung|PERSON]], you can call me [[Nhung|PERSON]], it is easier for foreigners. I am [[34|AGE]] year old. I work as [[export coordinator|JOB_TITLE]] for [[Ea Tu Coffee Cooperative|ORGANIZATION]] in [[Buôn Ma Thuột|CITY]], in [[Đắk Lắk|CITY]] province. This is the coffee capital of [[Vietnam|COUNTRY]], mostly robusta. Our cooperative has around three hundred farmer families. I started there in [[2019|DATE]], before that I worked for a trading company in [[Ho Chi Minh City|CITY]]. Sorry, my English is not so good, I learn from work.

AI: Your English is great. How do you use AI in your job?

User: Thank you. I use [[ChatGPT|AI_PRODUCT]] every day, really every day. Mostly for writing emails to buyers in [[Europe|CONTINENT]], because I want to sound professional, not like Google translation. Our biggest buyer is [[Kaffeehaus Röstwerk|ORGANIZATION]] in [[Hamburg|CITY]], a specialty roaster. Also I use it to understand documents, contracts, certification rules. Inside [[Vietnam|COUNTRY]] we talk on [[Zalo|SOFTWARE]], with farmers, with the board, with everybody. The data I keep in [[Excel|SOFTWARE]], and the maps of the farms in [[Google Earth|SOFTWARE]].

AI: Can you give me an example of a difficult task where it helped?

User: Yes, the EUDR, the European rule about deforestation. From next year, every bag of coffee we sell to [[Europe|CONTINENT]] must prove it does not come from forest land cut after the cutoff date in the rule. So we need the GPS polygon of every farm. Very complicated. I asked [[ChatGPT|AI_PRODUCT]] to explain the regulation in simple Vietnamese, step by step, and to help me make a checklist for the farmers. Then anh [[Tuấn|PERSON]], he is the [[chairman|GENERIC_ROLE]] of our cooperative, and chị [[Lan|PERSON]], our [[accountant|JOB_TITLE]], went village to village with the young staff to walk the borders of the farms with phones. Chị [[Lan|PERSON]] is very organised, she made the schedule. For the buyer in [[Hamburg|CITY]] I wrote the report in English with help from [[ChatGPT|AI_PRODUCT]]. Mr. [[Becker|PERSON]] from [[Röstwerk|ORGANIZATION]] said it was the clearest report he received from [[Vietnam|COUNTRY]]. I was very proud.

AI: Were there times it gave wrong or risky answers?

User: Yes. One time it told me a deadline for the EUDR that was already changed, because the EU postponed it. If I did not check on the official website, we would plan wrong. Now I always check the source. Also there is a privacy question. The farm maps have the farmer's name, his ID card number, his plot, his family. Anh [[Tuấn|PERSON]] was worried when he heard I use [[ChatGPT|AI_PRODUCT]], he asked me, "[[Nhung|PERSON]], where does this information go? To [[America|COUNTRY]]?" So I never put the farmer list inside. I only ask general questions, and I do the real data myself in [[Excel|SOFTWARE]].

AI: How do the farmers and older colleagues feel about it?

User: The old farmers, they don't care about AI, they care about price. Last year the price of robusta was very high, everybody was happy, nobody asked questions. Some young farmers, sons and daughters, they use [[ChatGPT|AI_PRODUCT]] on their phones to ask about fertiliser, about coffee leaf rust. Sometimes the answer is for [[Brazil|COUNTRY]] or [[Colombia|COUNTRY]], not for our soil, so I tell them, ask the extension officer also. Anh [[Tuấn|PERSON]] is [[62|AGE]], he is learning slowly, now he can ask it to translate, he is very proud of himself.

AI: Thank you very much. Is there anything else you would like to add?

User: Thank you for listening to people like us, from the farm side, not only big companies. If you want to contact me, my email is [[nhung.nguyen​@​eatucoffee.vn|OBF_EMAIL|zero_width]]. Or phone [[+84 905 555 218|PHONE_NUMBER]], I have [[Zalo|SOFTWARE]] also on this number. Please message first, I am often at the drying yard and I cannot hear the phone.""")

# 15 Brazil, Florianopolis, online swimwear shop
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your business?

User: Oi! Yes, of course. I'm [[Thaís Ribeiro|PERSON]], I'm [[trinta e três|AGE]], sorry, [[thirty-three|AGE]], I always answer numbers in Portuguese first. I'm a [[fashion designer|JOB_TITLE]], but in a small business you are everything, designer, marketing, customer service, and the person who goes to the post office. I have a swimwear brand, [[Maré Alta|ORGANIZATION]], handmade bikinis and sunga for men, here in [[Florianópolis|CITY]], in [[Lagoa da Conceição|CITY]]. I opened it in [[December 2020|DATE]], in the middle of the pandemic, which was crazy, but it worked. I studied fashion at [[UDESC|SCHOOL]].

AI: How does AI come into your work?

User: Everywhere in the marketing. Our store is on [[Nuvemshop|SOFTWARE]], and we sell mostly through [[Instagram|SOFTWARE]], our profile is [[@marealta.floripa|SOCIAL_HANDLE]]. I use [[ChatGPT|AI_PRODUCT]] for captions, product descriptions, and the emails to customers. I use [[Canva|SOFTWARE]] for the posts, it has the magic tools now. And my cousin [[Bruna|PERSON]], she takes care of the orders and the [[WhatsApp|SOFTWARE]], she started to use [[Meta AI|AI_PRODUCT]] for quick answers, like "does it have a lining", "what size for me".

AI: Can you tell me about a time it worked really well, or not?

User: Okay, so, funny story. [[Last summer|GENERIC_TIME]], [[January|GENERIC_TIME]], everybody wanted the bikini that [[Anitta|PUBLIC_FIGURE]] used in a video, a kind of crochet model. We don't copy, but we had something similar. [[Rafa|PERSON]], our [[photographer|JOB_TITLE]], made the photos at [[Praia Mole|CITY]], beautiful, and I asked [[ChatGPT|AI_PRODUCT]] to write a description "inspired by" the video. It wrote the text with [[Anitta|PUBLIC_FIGURE]]'s name three times, like she was our partner! [[Bruna|PERSON]] read it before posting, thank God, and she said, "[[Thaís|PERSON]], are you crazy, we'll get a lawyer letter." So we changed it. Now we have a rule: no famous names in the texts.

AI: What about your production team, do they use it?

User: Dona [[Cida|PERSON]], our [[seamstress|JOB_TITLE]], she is [[sixty-eight|AGE]] and she sews better than any machine. She doesn't use AI, she uses her hands and her radio. But she asked me once to make [[ChatGPT|AI_PRODUCT]] write a birthday message for her granddaughter, and she cried when I read it. So, maybe she is a fan now, ha. [[Rafa|PERSON]] uses AI to edit photos, remove people from the background on the beach, fix the light. Sometimes too much, the girls look like plastic, and I tell him, [[Rafa|PERSON]], natural, natural.

AI: Have you had any worries about privacy or data?

User: Yes. In [[Brazil|COUNTRY]] everything needs the CPF, it is like the tax ID for people. For the invoices, the nota fiscal, I need the CPF of the customer. One day I was doing my own MEI registration, the small business registration, and I asked [[ChatGPT|AI_PRODUCT]] to help me fill the form and I pasted my CPF, [[318.555.472-06|NATIONAL_ID]], and my address, everything. Later I read about LGPD, our data protection law, and I thought, hmm, not smart. Now [[Bruna|PERSON]] and I never put customer data there. We anonymise, we say "client A", "client B".

AI: Thank you! Anything else you'd like to add?

User: Only that small brands like us can compete with big ones because of these tools, that is the good part. Before, I needed an agency, now I need a good phone and patience. If you want to talk more, my email is [[thais.ribeiro arroba gmail ponto com|OBF_EMAIL|arroba_ponto]]. I write like this because of robots. And if you come to [[Floripa|CITY]] in the summer, visit the shop, we have coffee.""")

# 16 Mexico, Uruapan, avocado packing house
T.append("""AI: Buenas tardes, thank you for joining. Could you introduce yourself?

User: Buenas tardes. My name is [[Javier Ortega Ruiz|PERSON]], I am [[47|AGE]] years old, and I am [[ingeniero agrónomo|JOB_TITLE]], an [[agronomist|JOB_TITLE]]. I work for [[Empacadora San Lorenzo|ORGANIZATION]], we have avocado orchards and a packing house near [[Uruapan|CITY]], in [[Michoacán|CITY]]. We export mostly to the [[United States|COUNTRY]], some to [[Japan|COUNTRY]] and [[Canada|COUNTRY]]. I am with the company since [[2005|DATE]]. I studied at [[Chapingo|SCHOOL]], the [[Universidad Autónoma Chapingo|SCHOOL]], near [[Mexico City|CITY]].

AI: How does AI come into your work?

User: Little by little. Two years ago my daughter showed me [[ChatGPT|AI_PRODUCT]]. Now I use it to write reports in English for the buyers and for the inspectors from the [[USDA|ORGANIZATION]], because the export program has many rules and my English for writing is not as good as for talking. Also we started to use drones for the orchards, we fly with [[DJI Terra|SOFTWARE]] to make maps, and I ask [[ChatGPT|AI_PRODUCT]] or [[Gemini|AI_PRODUCT]] to help me understand the vegetation indexes. The field team sends me everything by [[WhatsApp|SOFTWARE]], photos of leaves, of fruit, of pests, and I keep records in [[Excel|SOFTWARE]].

AI: Could you describe a specific situation?

User: Yes. Last year in [[September|GENERIC_TIME]], Don [[Chuy|PERSON]], our [[foreman|JOB_TITLE]], he has maybe forty years in avocados, he sent me a photo of some branches with a strange damage. He thought it was the seed weevil, which is a big problem for export, if the inspectors find it they can stop the whole orchard. I put the photo in [[ChatGPT|AI_PRODUCT]] and it said, with a lot of confidence, that it was a fungus. Don [[Chuy|PERSON]] said, "No, ingeniero, that is not fungus, I know this thing." We sent samples to the lab. Don [[Chuy|PERSON]] was right. He laughed at me for a week. So for me, the tool is a helper, but the forty years of Don [[Chuy|PERSON]] are worth more.

AI: How do others at the company use it?

User: [[Lupita|PERSON]], she is in administration, she uses it for the invoices and emails. The [[owner|GENERIC_ROLE]], Lic. [[Arturo Méndez|PERSON]], he is more traditional, but he likes when I give him a nice summary in one page. One problem: [[Lupita|PERSON]] once pasted the company data and my RFC, [[ORRJ780312KT5|NATIONAL_ID]], the tax ID, into [[ChatGPT|AI_PRODUCT]] to make a template for the invoice. Nothing happened, but we talked about it. Also, you know, in [[Michoacán|CITY]] security is complicated. Information about where are the orchards, who owns what, how much money moves, this is sensitive information here, for real safety reasons. So we are careful what we put in these tools.

AI: What do you think about the future of AI in agriculture?

User: It can help a lot with water, with pests, with predicting the harvest. But the trees don't read [[ChatGPT|AI_PRODUCT]], ha. The experience of the people in the field is still the most important. And I worry about the small producers, the ones with five hectares. They don't have drones or good internet. If only the big companies use AI, the gap becomes bigger. I saw that [[Claudia Sheinbaum|PUBLIC_FIGURE]] talked about technology for the countryside, I hope it reaches the small ones too.

AI: Thank you very much. Is there anything else you'd like to add?

User: With pleasure. If you need something else, you can call me, my number is [[cuatro cinco dos, uno cinco cinco, cuarenta y ocho, diecinueve|OBF_PHONE|spanish_number_words]], from outside you add plus fifty-two. I say it in Spanish, sorry, that is how I remember it. Better in the evening, after seven, in the day I am in the orchards.""")

# 17 Japan, Sapporo, pharmacist
T.append("""AI: Thank you for joining today. Could you please introduce yourself?

User: Thank you for inviting me. My name is [[Sato Yumiko|PERSON]], in [[Japan|COUNTRY]] we say the family name first, so in English order it is [[Yumiko Sato|PERSON]]. I became [[forty-two|AGE]] this year. I am a [[pharmacist|JOB_TITLE]] at [[Kita Sakura Pharmacy|ORGANIZATION]], a dispensing pharmacy near a big clinic in [[Sapporo|CITY]], in [[Hokkaido|CITY]]. I moved here in [[Heisei 30|DATE]], so, [[2018|DATE]], from [[Nagoya|CITY]]. I graduated from the pharmacy school of [[Hokkaido University|SCHOOL]], so for me it was like coming back home.

AI: How is AI used in your pharmacy?

User: Not so much officially. Japanese pharmacies are quite careful. Our system for prescriptions is [[Musubi|SOFTWARE]], it has some smart functions, for example it suggests what to say to patients, but we do not call it AI. Personally, I use [[ChatGPT|AI_PRODUCT]] at home, not at work, to prepare explanations in English. In [[Sapporo|CITY]] we have many tourists, especially in winter for the snow festival, and also foreign students. When they come with a prescription from the clinic, I want to explain side effects clearly. I prepare standard explanation sheets in English, Chinese and Korean with help from [[ChatGPT|AI_PRODUCT]], and then a native speaker checks them.

AI: Could you describe a specific situation with your colleagues?

User: Yes. Last [[February|GENERIC_TIME]], during the snow festival, a tourist from [[Australia|COUNTRY]] came with a child with high fever. My English is okay but I was nervous. [[Mori|PERSON]]-kun, our youngest [[pharmacist|JOB_TITLE]], he is [[26|AGE]], took his phone and used a translation app with AI voice, and it helped a lot. But [[Tanaka|PERSON]]-san, the [[pharmacy manager|GENERIC_ROLE]], she was a little angry after, because the app may save the conversation, and the conversation included the child's name and medicine. In [[Japan|COUNTRY]], personal information protection is very strict. So we had a meeting, and now we have one tablet for the pharmacy only, with a translation tool that the company approved. [[Mori|PERSON]]-kun was a bit sad, he likes his phone, ha.

AI: How do your colleagues feel about AI in general?

User: Different by age, like everywhere. [[Tanaka|PERSON]]-san is very careful, she says AI can make mistakes with doses and then the patient is in danger. The [[owner|GENERIC_ROLE]] of the pharmacy, [[Okada|PERSON]]-sensei, is an old [[pharmacist|JOB_TITLE]], he reads newspapers, he saw [[Masayoshi Son|PUBLIC_FIGURE]] talking about super intelligence and he asked me, "[[Sato|PERSON]]-san, will robots take my pharmacy?" I said no, robots cannot talk with old grandmothers about their knees for twenty minutes. For us, communication with elderly patients is a big part of the job.

AI: Are there tasks you wish AI could take over?

User: Yes, the paperwork for the insurance claims and the records. Every month we spend many hours. Also the medication history notebook, okusuri techo, some patients still use the paper one, and we must write everything by hand or sticker. If AI can help with this, we have more time for patients. But data must stay in [[Japan|COUNTRY]] and in a safe system. I do not want patient data in a foreign chatbot.

AI: Thank you very much. Is there anything else you would like to add?

User: Thank you for listening. If you have more questions, please contact me by phone or [[LINE|SOFTWARE]], my number is [[０８０－５５５１－２３４８|OBF_PHONE|fullwidth_digits]]. Sorry, I typed it on my Japanese keyboard, it is the full-width numbers. In the evening after eight o'clock is best, the pharmacy closes at seven.""")

# 18 UK, Bristol, council housing officer
T.append("""AI: Thanks for taking the time to talk to me. Could you tell me a bit about yourself and your role?

User: Yeah, sure. I'm [[Kwame Asante|PERSON]], I'm a [[housing officer|JOB_TITLE]] at [[Bristol City Council|ORGANIZATION]]. I cover a patch in [[Easton|CITY]] and [[Lawrence Hill|CITY]], mostly council flats and a couple of tower blocks. I've been at the council since [[2003|DATE]], started on the phones in the contact centre, worked my way up. I hit the big [[five-oh|AGE]] in [[June|GENERIC_TIME]], so I've been doing this for more than half my life. Hmm, [[50|AGE]], and still climbing stairs in tower blocks when the lifts are broken.

AI: How does AI show up in your work?

User: It's crept in, really. We got [[Copilot|AI_PRODUCT]] in [[Microsoft Teams|SOFTWARE]] about a year ago, and it does meeting notes, which is handy. Our housing management system is [[Northgate|SOFTWARE]], which is ancient, so nothing clever there. Where I use it most is letters. Tenancy warnings, responses to complaints, that kind of thing. I draft it with [[Copilot|AI_PRODUCT]] and then make it sound like a human wrote it, because the first version always sounds like a robot lawyer.

AI: Can you give me an example of that?

User: Yeah. A while back I had a tenant, Mrs [[Adeyemi|PERSON]], in a flat on [[Stapleton Road|ADDRESS]], with terrible damp and mould, kids with asthma. Since the new rules on damp and mould, we have strict timescales. I had to write a response explaining what repairs were coming and when. [[Stan|PERSON]] from repairs had given me the dates, and I put the letter through [[Copilot|AI_PRODUCT]] to make it clearer. It changed "we aim to complete works within" to "we will complete works by", which is a promise I can't make, because [[Stan|PERSON]]'s team were short-staffed. I caught it, but only because I read it out loud. My [[team leader|GENERIC_ROLE]], [[Jo|PERSON]], now tells everyone: read it out loud before you send it.

AI: What about your colleagues? How do they use it?

User: [[Priya Chauhan|PERSON]], who sits next to me, she's brilliant with it. She uses it to turn her visit notes into case summaries. But she's careful, she puts initials instead of names. A couple of the older officers won't touch it at all, they say it's the first step to closing the office. And to be fair, councils are skint, we've all seen what's happened to budgets. When [[Michael Gove|PUBLIC_FIGURE]] was housing secretary there was all this talk about digital transformation, and then nothing changed on the ground, so people are cynical.

AI: Are there any risks you worry about, specifically in housing?

User: Loads. We deal with really vulnerable people: domestic abuse, mental health, immigration status. If any of that ended up in a public AI tool, it would be a disaster. Council policy is clear that you don't put personal data into anything that isn't approved, but policy and practice aren't the same thing at half four on a [[Friday|GENERIC_TIME]]. Also, I worry about AI deciding priority. Who gets a transfer, who gets a repair first. That's a human call, with human accountability.

AI: Thanks so much. Anything you'd like to add before we finish?

User: Just that I'm happy to chat more. My desk number is [[0117 555 8824|PHONE_NUMBER]], or you can find me on X, I'm [[@kwame_housing|SOCIAL_HANDLE]], I mostly post about [[Bristol City|ORGANIZATION]] losing, to be honest. Our team office is at [[BS5 0NW|ADDRESS]] if you want to post anything, though post takes forever to reach me.""")

# 19 US, Detroit, food pantry NGO
T.append("""AI: Thanks for joining me today. Could you start by introducing yourself and your work?

User: Sure, baby. I'm [[Denise Marshall|PERSON]], but everybody calls me Miss [[Dee|PERSON|nickname]]. Well, just [[Dee|PERSON]] is fine. I'm [[fifty-eight|AGE]], and I'm the [[volunteer coordinator|JOB_TITLE]] at [[Eastside Community Pantry|ORGANIZATION]] in [[Detroit|CITY]], over in [[Jefferson-Chalmers|CITY]]. We feed about four hundred families a week. I've been there since the [[fall of 2014|DATE]], after I retired from the post office.

AI: How does AI come into your work at the pantry?

User: Lord, I didn't think it would. But we got this intern, [[Ethan|PERSON]], a student from [[Wayne State|SCHOOL]], and he came in like a tornado. He set up [[ChatGPT|AI_PRODUCT]] on the office computer and showed me how to write the volunteer emails with it. Now I use it for the newsletter, the thank-you letters to donors, the social media posts. Our volunteer database is [[Salesforce|SOFTWARE]], which I hate, and [[Ethan|PERSON]] showed me I can ask [[Claude|AI_PRODUCT]] how to do things in [[Salesforce|SOFTWARE]] instead of calling the help line and waiting forty minutes.

AI: Can you tell me about a time it really made a difference?

User: Last [[November|GENERIC_TIME]], before [[Thanksgiving|GENERIC_TIME]], we needed a hundred volunteers for the turkey giveaway. Usually that's two weeks of phone calls. [[Ethan|PERSON]] made a sign-up with [[Google Forms|SOFTWARE]], and [[ChatGPT|AI_PRODUCT]] helped me write the messages, different ones for the church groups, the high school kids, the corporate folks. Pastor [[Ron Gibbs|PERSON]] from [[Greater Grace Temple|ORGANIZATION]] read one out at [[Sunday|GENERIC_TIME]] service. We filled every slot in four days. [[Tamika|PERSON]], our [[warehouse lead|GENERIC_ROLE]], cried, because she was the one who used to make all those calls with me.

AI: Has anything gone wrong or worried you?

User: Mm-hmm. For volunteers who work with the kids' program, we have to do background checks, so we collect Social Security numbers. One day I came in and [[Ethan|PERSON]] had a spreadsheet open with all those numbers, and he was about to paste it into [[ChatGPT|AI_PRODUCT]] to "clean it up". I said, baby, stop right there. He didn't know, he wasn't being bad, he just didn't think. We talked to our [[executive director|GENERIC_ROLE]], and now we have a rule written on a sticky note on the monitor: no names, no numbers, no addresses in the robot. [[Tamika|PERSON]] calls it "the robot" too, that's where I got it.

AI: How do the people you serve feel about this?

User: Most of our clients don't know or care, they care about getting food. But some of the seniors are scared of all this stuff. They get scam calls every day. So I'm careful to never let it feel like a machine is between us and them. And honestly, I watched that [[Oprah|PUBLIC_FIGURE]] special about AI, and she said something I liked, that it should make us more human, not less. That's how I try to use it. It writes my thank-you letters so I have more time to sit with Miss [[Evelyn|PERSON]] and talk about her grandbabies.

AI: Thank you, Miss [[Dee|PERSON]]. Is there anything else you'd like to share?

User: If you want to come volunteer, we always need hands on [[Saturday|GENERIC_TIME]] mornings. And if you need me for your research, write to me at [[dee dot marshall at gmail dot com|OBF_EMAIL|spelled_at_dot]]. I spell it out like that because [[Ethan|PERSON]] told me the robots steal emails, ha. God bless.""")

# 20 Australia, Brisbane, independent bookshop
T.append("""AI: Hi, thanks for chatting with me. Can you tell me about yourself and the shop?

User: Yeah, happy to. I'm [[Hamish Doyle|PERSON]], I'm [[thirty-one|AGE]], [[thirty-two|AGE]] in [[March|GENERIC_TIME]], and I own a little independent bookshop in [[West End|CITY]] in [[Brisbane|CITY]], called [[Dog-Eared Books|ORGANIZATION]]. I'm a [[bookseller|JOB_TITLE]], basically. I took over the lease in [[mid-2019|DATE]], which in hindsight was perfect timing, right before the pandemic. We're at [[112 Boundary Street|ADDRESS]], next to the Vietnamese bakery, if you know the area.

AI: How does AI come into running a bookshop?

User: More than you'd think, and less than people assume. The back end is [[Lightspeed|SOFTWARE]] for the till and stock, and [[Shopify|SOFTWARE]] for the online store. I use [[ChatGPT|AI_PRODUCT]] for the boring stuff, like product descriptions for the website and the weekly newsletter. And I use [[Perplexity|AI_PRODUCT]] a bit when customers come in with one of those, you know, "it's a blue book, there's a dog on the cover, my aunt read it years ago" requests.

AI: How has that worked out?

User: Mixed, honestly. Once a customer asked for a new [[Trent Dalton|PUBLIC_FIGURE]] novel she'd read about, and I couldn't find it in any catalogue, so I asked [[Perplexity|AI_PRODUCT]], and it gave me a title, a publication date, a plot summary, the whole lot. Completely made up. There was no such book. [[Mei|PERSON]], who's worked with me since the start, she's our [[kids' section buyer|JOB_TITLE]], she just rang the distributor and sorted it in five minutes. So now the joke in the shop is, "Did you ask [[Mei|PERSON]] or did you ask the robot?"

AI: How do your staff feel about AI more broadly?

User: We've got four of us. [[Mei|PERSON]]'s pretty sceptical. [[Tilly|PERSON]], who does our events, loves it, she uses [[Claude|AI_PRODUCT]] to help write the author interview questions, but always rewrites them. Our casual, [[Bodhi|PERSON]], he's [[nineteen|AGE]], he's a uni student, he refuses to use it, on principle. He says authors are getting their books scraped to train these things without permission, and he's not wrong. We had an event with a local author last year who found her novel was in one of those training datasets, and she was really upset. That made it real for all of us. And we get a lot of customers asking whether a book was written by AI now. There's a lot of junk on the big online stores.

AI: Are there any concerns about customer data?

User: A bit. Our newsletter list has a couple of thousand emails, and I'd never put that into [[ChatGPT|AI_PRODUCT]]. I do use it to write the copy, but I paste the text into [[Mailchimp|SOFTWARE]] myself. The bigger thing for me is trust. People come to an indie bookshop because a real human recommends them a book. If [[Sally Rooney|PUBLIC_FIGURE]] recommends something, people buy it because she's [[Sally Rooney|PUBLIC_FIGURE]], not because an algorithm said so. That's what we sell, really, human taste.

AI: Thank you! Anything else before we wrap up?

User: Only that you should come in for a coffee and a browse. You can find us on [[instagram.com/dogearedbooks.bne|URL]], and my personal one, where I mostly post about books and my dog, is [[@hamishreads|SOCIAL_HANDLE]]. We do a book club every second [[Wednesday|GENERIC_TIME]], and everyone's welcome.""")

# 21 India, Chennai, hospital radiologist
T.append("""AI: Good evening, Doctor, and thank you for joining. Could you introduce yourself?

User: Good evening. I am Dr. [[Lakshmi Venkataraman|PERSON]], I'm a [[consultant radiologist|JOB_TITLE]] at [[Kaveri Multispeciality Hospital|ORGANIZATION]] in [[Chennai|CITY]], the [[Adyar|CITY]] branch. I'm [[39|AGE]]. I did my MBBS and MD at [[Madras Medical College|SCHOOL]], and I have been at [[Kaveri|ORGANIZATION]] since [[02/08/2017|DATE]], that's [[second August|DATE]], not [[February|GENERIC_TIME]], we write dates the British way here.

AI: How is AI used in your department?

User: Radiology is probably the department where AI came first. We use [[qXR|AI_PRODUCT]] for chest X-rays, it flags possible TB, nodules, effusions, and it is quite good for triage in the night when the volume is high. Reporting is done in [[PowerScribe|SOFTWARE]] with voice dictation. And personally, I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Gemini|AI_PRODUCT]] for non-clinical things: preparing teaching slides for the residents, summarising new guidelines, drafting emails to the administration.

AI: Can you tell me about a specific case or incident?

User: There is one I use in my teaching now. One of our residents, [[Divya|PERSON]], very hardworking girl, was preparing a case presentation. She copied a full CT report into [[ChatGPT|AI_PRODUCT]] to make the language simpler for the slides. The report had the patient's name and the UHID number, that's our hospital ID, and the referring doctor's name. Our [[PACS administrator|JOB_TITLE]], [[Arun|PERSON]], noticed because she was using the hospital network and he monitors some of the traffic. He informed Dr. [[Senthil|PERSON]], our [[HOD|GENERIC_ROLE]], and we had a long discussion in the department meeting. [[Divya|PERSON]] was very upset, she didn't do it with bad intention. But it showed me that we had never taught our residents about data protection with these tools. Now it's part of the orientation.

AI: How do your colleagues feel about AI in radiology?

User: Mixed. The younger ones, like [[Farhan|PERSON]], our second-year resident, are very excited, he wants to do research on AI in mammography. Dr. [[Senthil|PERSON]] is more cautious. He says AI is good at detecting but not at understanding the clinical context. For example, [[qXR|AI_PRODUCT]] may flag an old healed TB scar as active, and a junior may just accept it. I agree with him. I saw [[Sundar Pichai|PUBLIC_FIGURE]] saying AI will transform healthcare, and he is from [[Chennai|CITY]] only, so my mother forwarded me the video on [[WhatsApp|SOFTWARE]] saying "See, your job is in danger," ha. I told her, Amma, my job is changing, not disappearing.

AI: Are there specific concerns for patients?

User: Yes. Many of our patients speak only Tamil, and the reports are in English. I tried asking [[ChatGPT|AI_PRODUCT]] to explain a report in simple Tamil for a patient's family, of course with no identifying details, and the result was okay but some medical terms were wrong in a way that could scare people. So I don't use it directly with patients. Also, the new data protection law in [[India|COUNTRY]], DPDP Act, makes the hospital much more careful. The management is now talking about a private AI tool on our own servers.

AI: Thank you, Dr. [[Lakshmi|PERSON]]. Is there anything else you'd like to add?

User: Only that I'm happy to help if your team is talking to more radiologists. My email is [[lakshmi.v@kaverihospitals.in|EMAIL_ADDRESS]]. For any formal purpose, my TNMC registration number is [[78412|NATIONAL_ID]], in case your ethics committee wants to verify that I'm a real doctor, ha. Please email rather than call, I'm usually in the reporting room.""")

# 22 Canada, Toronto, community legal clinic
T.append("""AI: Thanks for joining me. Could you introduce yourself and describe your job?

User: Sure. I'm [[Rajinder Singh|PERSON]], but most people call me [[Raj|PERSON]]. I'm a [[paralegal|JOB_TITLE]] at [[Parkdale Community Legal Services|ORGANIZATION]] in [[Toronto|CITY]]. We're a legal aid clinic, so our clients are low-income tenants, people on social assistance, workers who didn't get paid. I've been there since [[2014|DATE]], after I finished the [[paralegal|JOB_TITLE]] program at [[Humber College|SCHOOL]]. I'm [[forty-one|AGE]], no, wait, [[forty-two|AGE]]. I always forget my own birthday, my wife has to remind me.

AI: How does AI come into your work?

User: Carefully, let's put it that way. Most of my work is at the [[Landlord and Tenant Board|ORGANIZATION]], eviction hearings, maintenance applications. Our case management system is [[Clio|SOFTWARE]]. Research we do on [[CanLII|SOFTWARE]]. Some of us use [[ChatGPT|AI_PRODUCT]] or [[Copilot|AI_PRODUCT]] to draft letters or to summarise long documents, like a landlord's hundred-page disclosure package. But we have strict rules because our clients are very vulnerable.

AI: Could you share an example where it helped or caused a problem?

User: I'll tell you about both, from the same week. Our [[articling student|JOB_TITLE]], [[Hana|PERSON]], was preparing submissions for a hearing. She asked [[ChatGPT|AI_PRODUCT]] for cases about a landlord's duty to repair, and it gave her three cases, with citations, with quotes. Looked perfect. [[Mireille|PERSON]], our [[staff lawyer|JOB_TITLE]], checked them on [[CanLII|SOFTWARE]], and two of them didn't exist. Completely invented. If that had gone to the Board, it could have been really embarrassing, maybe even a complaint to the [[Law Society|ORGANIZATION]]. [[Hana|PERSON]] was mortified, but honestly, she did the right thing by having it reviewed. That same week, [[Deshawn|PERSON]], our [[intake worker|JOB_TITLE]], used [[Copilot|AI_PRODUCT]] to turn a client's twenty-minute voicemail into a clean summary, with no names, just the facts, and it saved him maybe an hour. So, same tools, very different outcomes.

AI: How does your team decide what's okay?

User: We have a policy now. [[Mireille|PERSON]] wrote it in the spring. Never put client names, addresses, case numbers or anything identifying into a public tool. Never rely on AI for legal research without checking the source yourself. And always tell your [[supervisor|GENERIC_ROLE]] if you used it for anything that goes to a tribunal. We also talk a lot about the clients themselves using it. Some tenants come in with letters [[ChatGPT|AI_PRODUCT]] wrote for them, and sometimes they're good, sometimes they threaten the landlord with laws that don't exist in [[Ontario|CITY]].

AI: Do you worry about AI being used against your clients?

User: Yes, a lot. Big landlords are using software to screen tenants, to set rents, and the people we serve don't know what's being decided about them. With the housing crisis here, and [[Doug Ford|PUBLIC_FIGURE]]'s government changing tenant protections, I worry that automation makes evictions faster and cheaper for landlords. Our clients don't have AI lawyers. They have us, and we're already overloaded.

AI: Thank you, [[Raj|PERSON]]. Is there anything else you'd like to add?

User: If you want to talk more, my email is [[r . singh @ pclstoronto . ca|OBF_EMAIL|spaced_symbols]], with no spaces obviously, I just write it like that in public. Or call the clinic at [[416-555-0193|PHONE_NUMBER]] and ask for me. Best time is [[Wednesday|GENERIC_TIME]] afternoon, no hearings.""")

# 23 Nigeria, Enugu, secondary school teacher
T.append("""AI: Good afternoon, ma. Thank you for joining. Could you introduce yourself?

User: Good afternoon. My name is Mrs. [[Chinwe Obi|PERSON]]. I am a [[chemistry teacher|JOB_TITLE]] at [[Queen's School Enugu|SCHOOL]], a government girls' secondary school in [[Enugu|CITY]]. I clocked [[45|AGE]] in [[April|GENERIC_TIME]], so I have been teaching for more than twenty years. I did my NYSC in [[2002|DATE]], then I started teaching properly in [[2004|DATE]]. I studied at [[UNN|SCHOOL]], the [[University of Nigeria, Nsukka|SCHOOL]].

AI: How do you use AI in your teaching?

User: I started last year. My niece showed me [[ChatGPT|AI_PRODUCT]]. Now I use it to prepare lesson notes, to generate practice questions for [[WAEC|ORGANIZATION]], and to explain difficult topics in simpler ways. For example, organic chemistry, the girls find it very hard, so I ask [[ChatGPT|AI_PRODUCT]] to give me examples from everyday life, like palm oil, soap-making, kerosene. Also [[Meta AI|AI_PRODUCT]] is on my [[WhatsApp|SOFTWARE]] now, so I ask it quick things even when I'm in the bus. We use [[Google Classroom|SOFTWARE]] a little, but many students don't have data, so mostly I print.

AI: Can you tell me about a specific experience with colleagues?

User: Yes. Our [[Vice Principal Academics|GENERIC_ROLE]], Mrs. [[Eze|PERSON]], called a meeting in the second term because many students were submitting assignments that looked the same. She said, "These girls are copying from one machine!" Mr. [[Ugo|PERSON]], the [[physics teacher|JOB_TITLE]], he's the youngest of us and very good with technology, suggested that instead of banning it, we teach the girls to use it properly. So we did a small workshop. Mr. [[Ugo|PERSON]] showed them how to ask questions and check the answers. Aunty [[Nkechi|PERSON]], our [[bursar|JOB_TITLE]], even joined because she wanted to learn for the school accounts, ha. It was a good day.

AI: Have there been any challenges or worries?

User: Many. First, electricity and data. Sometimes there is no light for two days, so the phone is dead. Data from [[MTN|ORGANIZATION]] is expensive, a teacher's salary cannot handle it every month. Second, sometimes [[ChatGPT|AI_PRODUCT]] gives wrong chemistry, like a wrong equation for a reaction. If a student copies it for [[WAEC|ORGANIZATION]], she will fail. I always tell the girls: check with your textbook. Third, I worry about the girls' privacy. Some of them put their names, their photos, their problems, into these apps. They don't know where it goes. I tell them, don't tell a machine what you won't tell your mother.

AI: What do you hope for the future of AI in Nigerian schools?

User: I hope the government gives schools proper computers and internet, not just speeches. I want AI that speaks Igbo, so that the younger ones in the villages can learn in their own language. And I want our girls to be creators, not just users. You know [[Chimamanda Ngozi Adichie|PUBLIC_FIGURE]] grew up in [[Nsukka|CITY]], in the university quarters. I tell my students, you can also come from here and be known all over the world. AI should help them get there, not make them lazy.

AI: Thank you very much, ma. Is there anything else you'd like to add?

User: Thank you for asking teachers. If you need me, you can call me on [[O8O3 555 2741|OBF_PHONE|letter_o_for_zero]]. Please call after [[4pm|GENERIC_TIME]], I'm in class in the morning. God bless you.""")

# 24 Kenya, Nakuru, county government ICT, pasted chat
T.append("""AI: Hi, thanks for joining. Could you start by introducing yourself?

User: Sawa, thanks. I'm [[Kipchirchir Langat|PERSON]], but in the office everyone says [[Kip|PERSON]]. I'm [[29|AGE]]. I'm an [[ICT officer|JOB_TITLE]] with the [[County Government of Nakuru|ORGANIZATION]], based at the county headquarters in [[Nakuru|CITY]] town, but I also support the sub-county offices, like [[Naivasha|CITY]] and [[Molo|CITY]]. I reported on [[3rd March 2022|DATE]], so it's been about three years. Before that I did my degree in computer science at [[Egerton University|SCHOOL]], just nearby in [[Njoro|CITY]].

AI: What does your work involve, and where does AI come in?

User: My work is a bit of everything. Networks, user support, fixing printers, helping departments with systems. The big systems are national, like [[IFMIS|SOFTWARE]] for finance and [[eCitizen|SOFTWARE]] for payments, and revenue collection through [[M-Pesa|SOFTWARE]]. We use [[Google Workspace|SOFTWARE]] internally. For AI, I use [[ChatGPT|AI_PRODUCT]] and [[Copilot|AI_PRODUCT]] for scripting, like writing small [[Python|SOFTWARE]] scripts to clean payroll exports or automate reports. Honestly it has made me maybe twice as fast. Also people from other departments come to me to ask, "[[Kip|PERSON]], how do I use this [[ChatGPT|AI_PRODUCT]] thing?"

AI: Could you give me an example of a typical day where AI helped?

User: Okay, let me show you a message from our team [[WhatsApp|SOFTWARE]] group, this is very typical. I'll paste it:
[[Wambui|PERSON]]: [[Kip|PERSON]] pls the payroll export is failing again, HR wants it by [[2pm|GENERIC_TIME]] 🙏
[[Omondi|PERSON]]: I think it's the date format again, same as last month
[[Wambui|PERSON]]: Madam [[Chebet|PERSON]] is asking 😬
So, [[Wambui|PERSON]] is my colleague in ICT, [[Omondi|PERSON]] is our attachment student from [[JKUAT|SCHOOL]], and Madam [[Chebet|PERSON]] is the [[director|GENERIC_ROLE]] of ICT. The problem was the export file had dates in different formats. I described the structure to [[ChatGPT|AI_PRODUCT]], with fake data, not real employee records, and it gave me a script in ten minutes. [[Omondi|PERSON]] tested it, we sent the file before two. Madam [[Chebet|PERSON]] was happy. Without AI, that would have been my whole afternoon.

AI: Have there been any problems or risks?

User: Yes, two that I remember. First, one officer in communications used [[ChatGPT|AI_PRODUCT]] to draft a speech for the [[Governor|GENERIC_ROLE]], [[Susan Kihika|PUBLIC_FIGURE]], and it included statistics about the county that were invented. Someone from planning caught it before the event, thank God. Second, privacy. People paste things without thinking. One day a colleague in revenue asked me to "just check" an [[Excel|SOFTWARE]] file in [[ChatGPT|AI_PRODUCT]], and it had names, ID numbers, KRA PINs of traders. I stopped it. Even my own KRA PIN, [[A014557823K|NATIONAL_ID]], I once put in a form helper tool, and later I thought, why did I do that? [[Kenya|COUNTRY]] now has the Data Protection Act and the [[ODPC|ORGANIZATION]] is serious, so we must be careful.

AI: How do senior staff feel about AI in government?

User: Mixed. Some see it as modernisation, they want to show the county is digital. Others fear it will expose how much work is manual, or replace clerks. I think the real problem is training. Most staff have never been trained. So [[Wambui|PERSON]] and I are proposing a short course, two days, practical, with a focus on what data should never go into these tools. If Madam [[Chebet|PERSON]] approves the budget, we start next quarter.

AI: Thanks, [[Kip|PERSON]]. Anything else you'd like to add?

User: You can reach me on [[0711 555 304|PHONE_NUMBER]], calls or [[WhatsApp|SOFTWARE]]. On X I'm [[@kip_codes|SOCIAL_HANDLE]], I share scripts and tips sometimes. Thanks for including people from the counties, not just [[Nairobi|CITY]].""")

# 25 Japan, Niigata, rice farmer
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Hi, thank you. I'm [[Kenta Ishikawa|PERSON]]. I'm [[35|AGE]], no, wait, [[36|AGE]], my birthday was last week and I still forget. I'm a [[rice farmer|JOB_TITLE]] in [[Minamiuonuma|CITY]], in [[Niigata|CITY]]. This area is famous for Koshihikari rice, the most expensive in [[Japan|COUNTRY]]. Until [[2020|DATE]] I worked in IT at [[Rakuten|ORGANIZATION]] in [[Tokyo|CITY]], then my father got sick, and I came back to take over the family farm. Now we have about twelve hectares, which is big for [[Japan|COUNTRY]] but small for [[America|COUNTRY]], ha.

AI: How does AI come into your farming?

User: Quite a lot, because of my IT background. For the fields, we use [[KSAS|SOFTWARE]] from [[Kubota|ORGANIZATION]], it records work and yield by field, and [[Xarvio|SOFTWARE]] for some crop monitoring with satellite images. I use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] for the business side. We sell directly to customers online through [[BASE|SOFTWARE]], and I write the product pages in Japanese and English. We have customers in [[Taiwan|COUNTRY]], [[Hong Kong|CITY]], [[Singapore|COUNTRY]], they love [[Niigata|CITY]] rice. And I use AI to translate customer emails, and to help with the subsidy applications, which are very complicated.

AI: Could you describe a specific situation where it helped, or not?

User: Last [[August|GENERIC_TIME]] was very hot, record heat, and the rice quality was a worry. I asked [[ChatGPT|AI_PRODUCT]] how to manage water temperature in the paddy during heat waves. It gave a general answer, okay, but not specific to our area. Then our neighbour, [[Hayashi|PERSON]]-san, he is [[78|AGE]] and has farmed here all his life, told me to flow water at night from the mountain stream because it is colder. Very simple, very effective. That was better than AI. My grandmother, [[Fumiko|PERSON]], also had an opinion, of course, she always has. She said, "The computer never stood in a paddy." She is right.

AI: How do the people around you react to your use of AI?

User: My father thinks I am playing with toys. But he changed his mind a bit when the online sales grew. Last year online was almost forty percent of our sales. The local cooperative, [[JA Uonuma|ORGANIZATION]], is interested, they asked me to give a small talk to younger farmers. Many young people leave the countryside, and farmers are getting old, average age is almost seventy. If AI can make farming less heavy and more profitable, maybe more young people will come back. I saw [[Shohei Ohtani|PUBLIC_FIGURE]] in an advertisement for a rice brand, ha, if he can't make young people eat rice, nobody can.

AI: Are there risks you think about?

User: Customer data, yes. I have a list of maybe eight hundred customers with addresses, and I never put it into [[ChatGPT|AI_PRODUCT]]. For emails I remove the names first. Also, I worry about dependence on big tech companies. The tractors, the apps, the AI, all from big companies, if they change the price or the rules, small farmers have no power. I like open tools when possible.

AI: Thank you very much. Anything else you'd like to share?

User: Thank you. If you want to contact me, my email is [[kenta.ishikawa＠uonuma-kome.jp|OBF_EMAIL|fullwidth_at]]. The at mark is full-width, sorry, my Japanese input does that sometimes, please fix it when you write. And if you come to [[Niigata|CITY]] in autumn, after the harvest, I'll give you new rice.""")

write_set(T, "set_u")
