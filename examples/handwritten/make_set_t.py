# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys
from markup import write_set
T = []

# 1 office - executive assistant, Manchester UK
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about your role and where you work?

User: Of course. I'm [[Joanne Whitfield|PERSON]], I'm an [[executive assistant|JOB_TITLE]] at [[Harcourt Property Group|ORGANIZATION]] — we do commercial lettings, mostly offices and light industrial units around [[Manchester|CITY]] and [[Stockport|CITY]]. I've been there since [[2011|DATE]], so I'm practically part of the furniture. I look after two of the [[directors|GENERIC_ROLE]], which means diaries, board packs, travel, minutes, and about a hundred emails a day that aren't really mine.

AI: And how did AI tools first come into that work?

User: Honestly it was [[Will|PERSON]], one of our surveyors. He'd been using [[ChatGPT|AI_PRODUCT]] on his phone to tidy up his inspection notes, and he showed me over lunch one [[Thursday|GENERIC_TIME]]. I remember thinking, well, that's half my job right there. Then [[last spring|GENERIC_TIME]] IT rolled out [[Copilot|AI_PRODUCT]] across the whole company because we're on [[Microsoft 365|SOFTWARE]] anyway, so now it sits inside [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]] and I use that more than anything. [[Will|PERSON]] still takes the credit for converting me, and fair enough.

AI: What does a typical day of using [[Copilot|AI_PRODUCT]] look like for you, and has it changed how long things take?

User: Mornings I ask it to summarise what's come in overnight and flag anything from landlords or solicitors that needs a reply that day. Then minutes — that's the big one. We record the [[Monday|GENERIC_TIME]] management meeting in [[Teams|SOFTWARE]] and it produces a first draft. I still go through it line by line, because it gets names wrong. It kept spelling our [[managing director|GENERIC_ROLE]]'s name with a J instead of a G, and [[Geoff|PERSON]] is very particular about that. He noticed before I did, which was embarrassing. Time-wise, minutes used to take me the best part of a morning. Now it's maybe forty minutes including my checking. Board packs are quicker too — I ask it to pull figures from the [[Excel|SOFTWARE]] rent roll into a summary table. I've learned to check every number, though, because once it swapped two tenants' arrears and I only caught it because I know the buildings inside out. If that had gone to the board I'd never have heard the end of it.

AI: Are there things you won't put into it? And do you use these tools outside work?

User: Anything personal about tenants, definitely. We had a training session with a woman from our IT provider, [[Northgate Digital|ORGANIZATION]], and she was very clear that even though it's the company licence, you think before you paste. I also don't put anything about staff in it — sickness, disputes, that sort of thing. When [[Priti|PERSON]] in HR asked me to help with a letter about someone's performance, I wrote that one myself, start to finish. [[Priti|PERSON]] was a bit surprised, I think she assumed I'd just get the robot to do it. At home, a bit. My son [[Callum|PERSON]] is at uni in [[Leeds|CITY]] — [[Leeds Beckett|SCHOOL]] — and he rolls his eyes at me using it, which is rich given he uses it for everything. I used [[Gemini|AI_PRODUCT]] to plan our trip to [[Portugal|COUNTRY]] in [[June|GENERIC_TIME]], and to help with a speech for my mum's birthday party. [[Callum|PERSON]] said the speech sounded like a greetings card, so I rewrote most of it.

AI: Is there anything that worries you about where this is going?

User: I'm [[54|AGE]], and there's a little voice that says, how long before a [[director|GENERIC_ROLE]] decides they don't need an assistant at all? [[Geoff|PERSON]] says it'll never happen because [[Copilot|AI_PRODUCT]] can't stop him double-booking himself, which is true. But I've started a short course in project coordination through the [[Open University|SCHOOL]], just so I've got something else on the CV. I'd rather be the person who runs the tools than the person the tools replaced.

AI: That makes sense. Last question — if we wanted to follow up with you about the study, what's the best way?

User: Email's easiest. Not the work one, please, use my personal: [[jowhitfield.home@gmail.com|EMAIL_ADDRESS]]. I check it most evenings.""")

# 2 care - senior healthcare assistant, South Auckland NZ
T.append("""AI: Kia ora, and thanks for joining. Could you start by telling me what you do?

User: Kia ora. My name's [[Losa|PERSON]], [[Losa Tuilagi|PERSON]]. I'm a [[senior healthcare assistant|JOB_TITLE]] at [[Pōhutukawa Lodge|ORGANIZATION]], it's a rest home and hospital-level care place in [[Manurewa|CITY]], [[South Auckland|CITY]]. I've been in aged care about fourteen years, I started when my kids were small and I needed night work.

AI: Where does AI show up in your work, if at all?

User: Not officially, to be honest. The facility uses a care system called [[VCare|SOFTWARE]] for the notes and the medications, and there's no AI in that as far as I know. But a lot of us use [[ChatGPT|AI_PRODUCT]] on our phones for the progress notes. English is my second language, Samoan is my first, and when I write the notes at the end of a night shift I'm tired and I worry it sounds wrong. So I write it rough and ask [[ChatGPT|AI_PRODUCT]] to make it sound professional, then I type it into [[VCare|SOFTWARE]].

AI: Do you put resident details into it?

User: This is the thing. At the start, yes, I did, I'm not proud of it. I'd write "Mrs so-and-so in room twelve refused her tablets" with her real name. Then our [[clinical manager|JOB_TITLE]], [[Bernadette|PERSON]], caught one of the girls doing it and we had a big meeting in the staff room. Now the rule is no names, no room numbers, no dates of birth. I just write "the resident" and fix it up after. She's strict but she's fair. She said, if it was your mum in that bed, would you want her name going to some company in [[America|COUNTRY]]? And everyone went quiet, because half of us have our mums in care or about to be. After that nobody argued. She also printed a little sign for the nurses' station that says "No names in the robot," which the residents' families think is very funny.

AI: Are there other ways you use it?

User: Yes, for my own study. I'm doing my Level 4 certificate in health and wellbeing through [[Manukau Institute of Technology|SCHOOL]], and the assessments are a lot of writing. My daughter [[Faith|PERSON]], she's [[seventeen|AGE]], she showed me how to ask it to explain things in simple words, and sometimes in Samoan, though its Samoan is funny, like a palagi trying hard. [[Faith|PERSON]] laughs at it more than I do. She wants to be a nurse herself, so she's always asking me about the job. But the care itself is the same, it's hands. [[ChatGPT|AI_PRODUCT]] can't turn someone or sit with them when their family hasn't visited for weeks. But I think my notes are better and the RNs actually read them now. [[Tevita|PERSON]], one of the RNs on nights, told me my notes are the clearest on the floor, which made me laugh because it's half the computer. I didn't tell him that. Maybe [[Tevita|PERSON]] will read this and find out.

AI: Do you have any worries about it?

User: Some of the newer staff, they don't think before they paste. They'd put anything in. And I worry the owners will see it and think they can cut hours — like, the computer writes the notes, so give them less time at handover. The Lodge is owned by a bigger group, [[Evergreen Aged Care|ORGANIZATION]], and they are always looking at costs. Handover isn't only writing, it's talking, it's noticing. You can't cut that.

AI: Thank you, [[Losa|PERSON]]. Would it be okay for us to contact you for a follow-up conversation?

User: Yes, that's fine. Text is best, [[021 448 3096|PHONE_NUMBER]]. If you call, make it after two in the afternoon, because I sleep in the morning after nights. Or you can post things to me at home, [[27 Alfriston Road|ADDRESS]], [[Manurewa|CITY]] [[2102|ADDRESS]]. My husband checks the letterbox.""")

# 3 teaching - middle school science teacher, Ohio US
T.append("""AI: Thanks for joining. Could you tell me a bit about your job?

User: Sure. I'm [[Marcus Bell|PERSON]], I'm a [[science teacher|JOB_TITLE]] — eighth grade — at [[Kettering Ridge Middle School|SCHOOL]], just outside [[Dayton|CITY]]. This is my eleventh year in the classroom. Before that I was a lab tech for a few years, then I went back and got my teaching license and later my master's from [[Wright State|SCHOOL]] in [[2016|DATE]]. I'm [[38|AGE]], so I'm kind of in the middle of the staff, age-wise.

AI: How did you start using AI tools in your teaching?

User: Honestly, peer pressure. [[Summer|PERSON]], who teaches ELA across the hall from me, started using [[MagicSchool|AI_PRODUCT]] the year the district approved it, and she kept coming in at lunch saying "you have to see this." She made a whole unit on persuasive writing in a weekend. So I tried it for lab rubrics and I was hooked. Now I use [[MagicSchool|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] pretty much every day, plus [[Canva|SOFTWARE]] for slides.

AI: What kinds of tasks do you use them for?

User: The biggest one is differentiation. I have kids reading at a third-grade level in the same room as kids reading at a tenth-grade level. I'll take one article about, say, plate tectonics and ask [[ChatGPT|AI_PRODUCT]] to make three versions. That used to be a [[Sunday afternoon|GENERIC_TIME]] job; now it's twenty minutes. I also use it to write parent emails when I'm frustrated, because it takes the edge off. I'll write what I actually want to say, and it turns it into something my [[principal|GENERIC_ROLE]] would approve of.

AI: Do you use it with students directly?

User: Carefully. The district piloted [[Khanmigo|AI_PRODUCT]] with a couple of grade levels, and I was skeptical, but some of my kids who never ask questions out loud will ask the tutor fifty questions. I saw [[Sal Khan|PUBLIC_FIGURE]] give a talk about it and thought he was overselling it, but for the quiet kids it does something. What I don't do is let them use [[ChatGPT|AI_PRODUCT]] for lab reports. We had a whole mess [[last spring|GENERIC_TIME]] where we ran essays through [[GPTZero|SOFTWARE]] and it flagged a kid who I know for a fact wrote his own work. That shook me. So I went to [[Summer|PERSON]] and to our [[assistant principal|GENERIC_ROLE]] and basically said we can't use detectors as evidence. We stopped. Now I have students do more writing in class, on paper, and I grade the thinking. It's old-school, but it's the only thing I trust. [[Summer|PERSON]] went the other way — she has them write with the AI and then critique what it wrote, which honestly works better for her subject than mine. At home, my wife [[Dana|PERSON]] is a [[nurse|JOB_TITLE]], and she thinks it's funny that teachers are panicking about AI while hospitals are just quietly using it for charting. [[Dana|PERSON]] is more relaxed about it than I am. Our daughter is [[six|AGE]], so she just thinks the computer tells stories. Which, to be fair, it does.

AI: What's your biggest concern looking ahead?

User: That we'll let it do the planning that actually makes us good teachers. When I build a lesson myself, I'm thinking about [[Jaylen|PERSON]] in third period who needs to move around, or the kid who's new. [[MagicSchool|AI_PRODUCT]] doesn't know any of that, and I don't want to feed it that stuff, for privacy reasons. So the tool gets me a draft, and I do the part that knows the kids.

AI: Thanks, [[Marcus|PERSON]]. Is there a good way to reach you for follow-up?

User: Yeah, use my personal email, not the district one, because the district one filters everything. It's [[marcus dot bell dot teaches at gmail dot com|OBF_EMAIL|spelled_at_dot]]. I usually answer on weekends.""")

# 4 trade - electrician, Logan QLD Australia
T.append("""AI: G'day, thanks for joining. Can you tell me what you do for work?

User: No worries. I'm [[Darren Kowalski|PERSON]], but everyone calls me [[Dazza|PERSON]]. I'm a [[licensed electrician|JOB_TITLE]], been sparkying about twenty years, and I run a small outfit called [[Bright Spark Electrical|ORGANIZATION]] out of [[Logan|CITY]], south of [[Brisbane|CITY]]. It's me, one other sparky, and an apprentice. My wife [[Shelley|PERSON]] does the books and the phones, otherwise we'd be broke.

AI: How did AI end up being part of the business?

User: [[Shelley|PERSON]], mostly. She was spending her nights writing quotes and chasing invoices, and her sister told her about [[ChatGPT|AI_PRODUCT]]. Now she puts in the job notes — like, "switchboard upgrade, six new double GPOs, two downlights in the ensuite" — and it writes up a proper quote with the scope and exclusions. She pastes that into [[ServiceM8|SOFTWARE]] and sends it off. Quotes used to take her most of [[Sunday|GENERIC_TIME]]. Now she's got her [[Sundays|GENERIC_TIME]] back, mostly.

AI: Do you use it yourself on the tools?

User: Bit. I'll ask it stuff on site, like cable sizing for a long run or what the standard says about RCDs in an older house. But I don't trust it on the standards. It told me something about AS/NZS 3000 once that was flat wrong, and if I'd gone with it, the inspector would've torn me a new one. So it's like asking a bloke at the pub. Could be right, but you check. Where it does help is explaining things. Last month we did a reno at [[14 Banksia Court|ADDRESS]], [[Springwood|CITY]] — old Queenslander, wiring from the seventies, bit of a nightmare. The owner wanted a full rewire and solar-ready board, and she had about fifty questions. I used it to write a plain-English explainer of what we were doing and why it cost what it cost. She said it was the first time a tradie had explained anything to her properly. Bit of a backhanded compliment, but I'll take it.

AI: What about your apprentice — does he use it?

User: [[Rocky|PERSON]]? Constantly. He's [[nineteen|AGE]] and he asks it everything. His real name's [[Rhys|PERSON]] but nobody's called him that since he got kicked by a horse at a mate's farm, long story. I've got no problem with him using it for his assignments — he's at [[TAFE Queensland|SCHOOL]] doing his Cert III — but I told him on site he asks me or [[Kev|PERSON]] first, not the phone. [[Rocky|PERSON]] reckons I'm a dinosaur. For me it's mostly helped with customers, in writing. I'm not a writer, never have been. Now when someone leaves a one-star review on Google because we were twenty minutes late, [[Shelley|PERSON]] gets it to write a calm reply instead of me writing what I actually think. That's probably saved the business, honestly. We get a lot of work off reviews.

AI: Any concerns about it?

User: I'm [[forty-four|AGE]], I don't think a robot's going to climb into a roof at forty degrees any time soon. What worries me more is blokes using it to cut corners — asking it how to do a job they're not licensed for. You'll get a house fire out of that. The regulator, [[Electrical Safety Office|ORGANIZATION]], has put out warnings about dodgy DIY and I reckon this makes it worse.

AI: Thanks, [[Darren|PERSON]]. What's the best way to reach you if we have follow-up questions?

User: Call the mobile, [[0 4 1 3 2 2 6 9 8 1|OBF_PHONE|spaced_digits]]. If I'm up a ladder, [[Shelley|PERSON]] will pick up.""")

# 5 hospitality - restaurant manager, Dublin Ireland
T.append("""AI: Hi, thanks for taking part. Could you tell me about your work?

User: Hi! So I'm [[Aoife Brennan|PERSON]], I'm the [[restaurant manager|JOB_TITLE]] at [[Brannigan's Kitchen|ORGANIZATION]] in [[Stoneybatter|CITY]], in [[Dublin|CITY]]. We're about sixty covers, modern Irish, busy at weekends and brunch. I've been there since [[2019|DATE]], started as a server, worked my way up. I'm [[thirty-one|AGE]] now, which in hospitality years is about ninety.

AI: Where do AI tools come into your day?

User: All over the place, honestly. The rota is the big headache, and we use [[7shifts|SOFTWARE]], which has some auto-scheduling in it now. Then I use [[ChatGPT|AI_PRODUCT]] for the boring writing — replies to reviews, job ads, the staff handbook update we finally did in [[January|GENERIC_TIME]]. And menu descriptions. Our [[head chef|JOB_TITLE]], [[Tomasz|PERSON]], writes the dishes like a shopping list, "hake, mussels, leek, sauce." I get [[ChatGPT|AI_PRODUCT]] to make that into something you'd actually want to order.

AI: How does [[Tomasz|PERSON]] feel about that?

User: [[Tomek|PERSON]]? He pretends to hate it. He says it makes everything sound like a wedding menu. Once it wrote "kissed with" something, and he came out of the kitchen with the printout like it was a crime scene. So now there's a rule: no kissing, no "nestled," no "symphony." I actually put that in my prompt. He still reads every description before it goes out, and fair play, he's caught a couple of allergens it made up. Once it added pine nuts to a pesto description because that's what pesto usually has, but ours is a wild garlic and hazelnut one. If a customer with a nut allergy reads that wrong, that's serious. So allergen info never comes from the AI. That comes from [[Tomek|PERSON]]'s spec sheets and our allergen matrix in [[Google Sheets|SOFTWARE]], full stop. I use the AI for tone, never for facts.

AI: What about social media?

User: That's half my job now. The [[owner|GENERIC_ROLE]] wants three posts a week on [[Instagram|SOFTWARE]] — our account is [[@branniganskitchen.dub|SOCIAL_HANDLE]] — and I used to dread it. Now I'll take the photos on a [[Friday|GENERIC_TIME]] afternoon, ask for five caption options, pick one and fix it. I did try one of those AI photo things to make a dish look better and it gave the chowder six spoons. Nobody needs that.

AI: Has anyone on the team pushed back?

User: [[Niamh|PERSON]], one of our [[supervisors|GENERIC_ROLE]], is quite against it, and I respect that. She's doing a part-time degree at [[TU Dublin|SCHOOL]] in culinary arts and she's very much of the view that if you let a machine write your menu, you'll forget why the dish is on it. We argue about it over staff dinner. She's not wrong. But she's also not the one doing payroll at midnight. Outside work, my partner [[Cian|PERSON]] and I used it to plan a trip to [[Lisbon|CITY]], which worked grand. And I asked it once what [[Gordon Ramsay|PUBLIC_FIGURE]] would say about our brunch menu, just for a laugh. It was brutal. [[Cian|PERSON]] made me read it out at dinner.

AI: Thanks, [[Aoife|PERSON]]. Anything else you'd want us to know?

User: Just that in hospitality nobody has time to learn this stuff properly. We're figuring it out between lunch and dinner service. If you want to reach me, DM the restaurant account or my own one, [[@aoifeb_eats|SOCIAL_HANDLE]].""")


# 6 logistics - freight dispatcher, Poznań Poland
T.append("""AI: Thanks for joining us. Could you start by describing your job?

User: Yes, sure. My name is [[Krzysztof Nowak|PERSON]] — for English speakers I am usually [[Chris|PERSON]], it's easier for everybody. I work as a [[freight dispatcher|JOB_TITLE]] at [[TransBalt Logistics|ORGANIZATION]] in [[Poznań|CITY]]. We are a mid-size road transport company, about ninety trucks, mostly routes from [[Poland|COUNTRY]] to [[Germany|COUNTRY]] and the [[Netherlands|COUNTRY]] — [[Rotterdam|CITY]], [[Hamburg|CITY]], sometimes [[Lyon|CITY]]. My job is to match loads with trucks, plan the routes and talk with drivers all day, and sometimes all night. I am [[41|AGE]], I have done this since [[2012|DATE]], after I finished at [[Poznań University of Economics and Business|SCHOOL]].

AI: Where does AI fit into that work?

User: Translation first. Our drivers are Polish, Ukrainian, a few from [[Belarus|COUNTRY]] and [[Georgia|COUNTRY]], and the clients are German, Dutch, French. Before, I wrote to German clients with my school German, which is terrible. Now I use [[DeepL|AI_PRODUCT]] for almost every email and [[ChatGPT|AI_PRODUCT]] when I need to explain a problem, like a delay or a damaged pallet, in a polite way. Germans like a very specific kind of politeness. [[ChatGPT|AI_PRODUCT]] knows it better than me. Also the drivers send voice messages on [[WhatsApp|SOFTWARE]], sometimes in Russian, sometimes in Georgian, and I use the transcription and translation to understand them at three in the morning when I cannot think.

AI: Can you give an example of a situation where that mattered?

User: Yes, in [[February|GENERIC_TIME]] we had a driver, [[Oleksandr|PERSON]] — we call him [[Sasha|PERSON]] — stuck near the border with a refrigerated load of yogurt, the unit was failing. He was sending long voice messages, very stressed, and my Ukrainian is only okay. I put them through translation, I understood the temperature was going up, I called the client in [[Hamburg|CITY]] and we organised a transfer to another truck. [[Sasha|PERSON]] said after that I was the first dispatcher who understood him at night. That was a good day for the machines.

AI: Are there rules at the company about what you can put into these tools?

User: Now, yes. At the start nothing. Then our [[boss|GENERIC_ROLE]], [[Marek|PERSON]], went to a conference in [[Warsaw|CITY]] about data protection and came back very nervous. So now we have a short policy: no registration plates, no driver surnames, no client names in [[ChatGPT|AI_PRODUCT]]. For [[DeepL|AI_PRODUCT]] we pay the Pro version, so [[Marek|PERSON]] says it is safer, but I still remove the names. My colleague [[Gosia|PERSON]], who sits next to me, she does not use any of it. She says she has forty years of German in her head and does not need a robot. She is probably right, her emails are better than mine.

AI: What about planning and routes — does AI help there?

User: The freight exchange we use, [[Trans.eu|SOFTWARE]], now suggests prices, and our transport system from [[Transporeon|SOFTWARE]] gives arrival estimates. They are useful, but sometimes they suggest a route that breaks the driving-time rules — the tachograph rules are strict in [[Europe|CONTINENT]], forty-five minutes break after four and a half hours. The system does not always know that the driver already drove in the morning. So I check everything. If the inspection finds a violation, it's a fine for the company and for the driver, not for the algorithm.

AI: Thank you, [[Krzysztof|PERSON]]. How can we reach you if we have more questions?

User: Best is phone or [[WhatsApp|SOFTWARE]]. I will write it like this so the spam bots don't catch it: [[plus four eight, six zero one, five five two, eight one seven|OBF_PHONE|number_words]]. Evenings are better, after nine my time, when the trucks are parked and my wife [[Ania|PERSON]] has put the kids to bed.""")

# 7 finance - chartered accountant, Pune India
T.append("""AI: Hello, thank you for joining. Could you tell me a little about yourself and your work?

User: Hello! I'm [[Priyanka Deshmukh|PERSON]], I'm a [[chartered accountant|JOB_TITLE]], [[29|AGE]] years old, working at [[Kulkarni & Associates|ORGANIZATION]] in [[Pune|CITY]]. It's a mid-sized CA firm, around forty people, and our clients are mostly small and medium businesses — manufacturers in [[Chakan|CITY]] and [[Pimpri|CITY]], some traders, a few startups. I handle GST returns, audits, and income tax for a portfolio of about sixty clients. I did my B.Com from [[Symbiosis College|SCHOOL]] and cleared my CA finals in [[November 2020|DATE]], in the middle of Covid, which was its own adventure.

AI: How do you use AI tools in your work?

User: Mostly [[ChatGPT|AI_PRODUCT]] and now [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]]. [[ChatGPT|AI_PRODUCT]] I use for drafting — replies to GST notices, explaining to a client why their input tax credit is blocked, that kind of thing. Many of our clients are not very comfortable in English, so sometimes I ask it to write the explanation in simple Marathi or Hindi. For [[Excel|SOFTWARE]] it helps with formulas, reconciliations between [[Tally|SOFTWARE]] exports and the GST portal data. That used to take me a full day at month-end; now it's maybe three hours.

AI: Have there been any mistakes or close calls?

User: One, and I still think about it. Early on, I pasted a whole ledger into [[ChatGPT|AI_PRODUCT]] to find a mismatch, and I didn't notice the client's PAN was in the header — [[BQRPS6618K|NATIONAL_ID]]. I remember it exactly because I had to go and tell him. He was very decent about it, but [[Kulkarni|PERSON]] sir — our [[senior partner|GENERIC_ROLE]] — was not happy. After that he made a rule: anything going into an AI tool must have PAN, Aadhaar, bank account numbers and names removed. We even have a small macro now that masks them. [[Kulkarni|PERSON]] sir calls it "the [[Priyanka|PERSON]] rule," which is a bit embarrassing.

AI: How do your colleagues feel about it?

User: It's mixed. The articles — our trainees — use it for everything, sometimes too much. One of them, [[Ishaan|PERSON]], submitted a tax note that quoted a circular that does not exist. The section number looked real, the date looked real, but it was invented. So now I tell the juniors: [[ChatGPT|AI_PRODUCT]] can write, but it cannot be your source. The older staff, like our [[office manager|GENERIC_ROLE]], prefer to do things the traditional way. My husband [[Rohit|PERSON]] works at [[Infosys|ORGANIZATION]] and they have their own internal tools, so at dinner we compare which one hallucinates more.

AI: Do you think AI will change the profession?

User: Definitely the lower-level work. Data entry, basic reconciliations, standard notices — that will go. I saw [[Nandan Nilekani|PUBLIC_FIGURE]] talking about how AI plus India Stack will change small business finance, and I think he's right, but the judgement part stays with us. When a client is about to get a notice, they don't want a chatbot, they want someone who knows their history and their family business. Still, I'm doing a certificate course on data analytics on weekends, just to be safe. My mother-in-law thinks I am working too much.

AI: Thank you, [[Priyanka|PERSON]]. How should we contact you for the follow-up?

User: Email please — I'll write it this way because our firm's inbox already gets too much spam: [[priyanka[dot]deshmukh[at]kulkarniassoc[dot]in|OBF_EMAIL|bracket_at_dot]]. Please mention the study in the subject line, otherwise it may get lost between notices.""")

# 8 legal - paralegal, Toronto Canada
T.append("""AI: Thanks for taking the time. Could you introduce yourself and describe your role?

User: Sure. I'm [[Jasmine Okafor-Reid|PERSON]], I'm a [[litigation paralegal|JOB_TITLE]] at [[Lindqvist Barrow LLP|ORGANIZATION]], a mid-sized firm in downtown [[Toronto|CITY]]. We do mostly commercial litigation and some employment work. I've been licensed with the [[Law Society of Ontario|ORGANIZATION]] since [[2018|DATE]], after the paralegal program at [[Humber College|SCHOOL]]. Day to day it's document review, drafting, managing deadlines, preparing motion records, and keeping lawyers from missing filing dates, which is half the job.

AI: What AI tools are part of that?

User: The firm licensed [[CoCounsel|AI_PRODUCT]] about a year ago, and we've got [[Lexis+ AI|AI_PRODUCT]] through our research subscription. Matter management is in [[Clio|SOFTWARE]]. And everyone has [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] now, though I mostly turn the suggestions off because it keeps trying to be friendly in emails to opposing counsel. I use [[CoCounsel|AI_PRODUCT]] for first-pass review: I'll give it a set of a few hundred emails and ask it to pull out everything that mentions a particular shipment or meeting. It's very good at that. Then I verify.

AI: How does the firm manage the risks?

User: There was a lot of nervousness after those cases in the States where lawyers filed briefs with fake citations from [[ChatGPT|AI_PRODUCT]]. Our managing partner sent around an article about it with the subject line "Don't." So the policy is: no public tools for client work, only the licensed ones, and every citation gets pulled and read. [[Daniel|PERSON]], the [[senior associate|JOB_TITLE]] I work with most, is very strict — he'll ask me, "Did you read the actual case, or did you read the robot's summary of it?" And if I say the summary, he sends me back. [[Daniel|PERSON]] is annoying about it, but he's right.

AI: Has it changed the kind of work you do?

User: Definitely. Five years ago I'd spend a week on a privilege log; now it's a couple of days, and I spend more time on the judgement calls — is this document actually privileged, is this the right witness. I also get pulled into more strategy conversations because I know the record so well. The worry is for the people coming up behind me. The entry-level review work is how I learned. My younger brother [[Tobi|PERSON]] is in his first year at [[Toronto Metropolitan University|SCHOOL]] thinking about law, and honestly I don't know what I'd tell him about where the ladder starts now.

AI: Do you use AI for anything outside work?

User: A little. My mum runs a small catering business in [[Brampton|CITY]] — Nigerian and Jamaican food, because that's our family — and I helped her set up [[ChatGPT|AI_PRODUCT]] to write her menus and invoices. She calls it "the boy," I have no idea why. I saw [[Sam Altman|PUBLIC_FIGURE]] say in an interview that everyone will have a personal assistant, and I thought, my mum already does, and she bosses it around more than she bosses me.

AI: Thank you, [[Jasmine|PERSON]]. What's the best way to reach you?

User: Email is best: [[jasmine.okaforreid@gmail.com|EMAIL_ADDRESS]]. Or text [[647-382-1945|PHONE_NUMBER]]. Please don't call the firm line, reception will just put you into [[Daniel|PERSON]]'s voicemail by accident.""")

# 9 public sector - housing officer, Glasgow UK
T.append("""AI: Thanks for agreeing to talk with us. Can you tell me about your role?

User: Aye, no bother. I'm [[Fraser McLeish|PERSON]], I'm a [[housing officer|JOB_TITLE]] with [[Glasgow City Council|ORGANIZATION]]. I cover a patch in the south side, mostly [[Govan|CITY]] and bits of [[Ibrox|CITY]]. That means tenancy sign-ups, repairs that have gone wrong, rent arrears, antisocial behaviour, and an awful lot of phone calls. I'm [[36|AGE]], been with the council about eight years, before that I was at a housing association.

AI: How has AI come into your work?

User: Slowly, because it's the council. We got put on a [[Copilot|AI_PRODUCT]] pilot last year — about two hundred staff across different departments. To get on it you had to email your staff number to the digital team and do a wee online module. Mine's [[408817|NATIONAL_ID]], I know it off by heart because you need it for everything from payslips to the canteen. The woman running the pilot in HR, [[Hope|PERSON]], was brilliant — she ran drop-in sessions every [[Wednesday|GENERIC_TIME]] and basically held our hands through it.

AI: What do you use [[Copilot|AI_PRODUCT]] for now?

User: Summarising case notes, mainly. Some of our tenants have files going back fifteen years, and when a case comes to me I need the story quickly. [[Copilot|AI_PRODUCT]] can read through the notes in our housing system and give me a timeline. It's not perfect — it once merged two tenants with the same surname and I nearly sent a letter to the wrong one. I also use it for drafting letters in plain English. Council letters are famously terrible. [[Hope|PERSON]] showed us how to ask it to write at a reading age of about nine, and the difference in responses is real. People actually phone back.

AI: Are there things you're not allowed to do with it?

User: Loads. We're not allowed to use anything public, so no [[ChatGPT|AI_PRODUCT]] on work devices, it's blocked. Nothing about children or child protection goes near it. And any decision — eviction, a transfer, a priority award — has to be made and written by a person. The information governance team were very clear about that. My [[team leader|GENERIC_ROLE]], [[Alasdair|PERSON]], is a bit of a sceptic, so he checks anything that's obviously been drafted by the tool. He can tell, apparently — he says it uses the word "ensure" too much.

AI: How do you feel about it overall?

User: Mixed. It saves me maybe four or five hours a week, which in this job is huge — that's an extra two home visits. But I worry about the politics of it. You hear [[Keir Starmer|PUBLIC_FIGURE]] on the news talking about AI making the public sector more efficient, and what that usually means in practice is fewer staff, not better service. My partner [[Mhairi|PERSON]] is a [[teacher|JOB_TITLE]] and she gets the same speech. We joke that by the time we retire it'll be two robots talking to each other about rent arrears. I studied social policy at [[Stirling|SCHOOL]], and honestly none of this was on the course.

AI: Thanks, [[Fraser|PERSON]]. Is there a good way to contact you about a follow-up?

User: Work mobile's best during the day, [[07700 918 442|PHONE_NUMBER]]. If I don't answer I'm probably at a door in [[Govan|CITY]] getting shouted at about a boiler. Or email [[f.mcleish.housing@outlook.com|EMAIL_ADDRESS]], that's my own one.""")

# 10 creative - freelance illustrator/designer, Cape Town South Africa
T.append("""AI: Hi, thanks so much for joining. Could you tell me about your work?

User: Hi! I'm [[Thandiwe Mokoena|PERSON]] — everyone calls me [[Thandi|PERSON]]. I'm a [[freelance illustrator and graphic designer|JOB_TITLE]] based in [[Woodstock|CITY]], in [[Cape Town|CITY]]. I'm [[twenty-seven|AGE]]. I do branding, packaging and a lot of illustration for small food and drink businesses. I studied at [[Vega School|SCHOOL]] and then worked at an agency for two years before going freelance in [[2021|DATE]], which was maybe brave, maybe stupid.

AI: How do AI tools fit into your creative process?

User: It's complicated, honestly. I use [[Midjourney|AI_PRODUCT]] for moodboards at the very start of a project, just to get a feeling — colours, textures, vibes — before I talk to the client. I use [[Adobe Firefly|AI_PRODUCT]] inside [[Photoshop|SOFTWARE]] for boring things, like extending a background or removing a cable from a product photo. And [[ChatGPT|AI_PRODUCT]] for proposals and invoices, because I hate writing those. But the actual illustrations, the thing people pay me for, I draw by hand or in [[Procreate|SOFTWARE]]. That line matters to me.

AI: Why does that line matter?

User: Because I've seen what these tools were trained on. There was that whole thing where people were typing "in the style of [[Greg Rutkowski|PUBLIC_FIGURE]]" into every prompt, and he hadn't agreed to any of it. A friend of mine, [[Lerato|PERSON]], found images that looked exactly like her linework coming out of one of these generators. So I'm careful. I'd never prompt with another living artist's name. And I tell clients up front which parts used AI. Some of them don't care. Some of them care a lot.

AI: Can you give an example of a client conversation about it?

User: Yes — last year I did packaging for [[Fynbos Coffee Roasters|ORGANIZATION]], a small roastery in [[Stellenbosch|CITY]]. The owner, [[Pieter|PERSON]], asked me straight away if the illustrations would be AI, because his customers are very into handmade, local, all of that. I showed him my sketchbook and my moodboards, and explained the moodboard was partly [[Midjourney|AI_PRODUCT]] but the final art was mine. He was fine with it. [[Pieter|PERSON]] actually ended up using my process photos on their [[Instagram|SOFTWARE]], which brought me three new clients. On the other hand, a wine estate asked me to "just do it with AI, it's cheaper" and I said no.

AI: How does it affect your income and how you see your future?

User: It's scary. Rates for simple stuff — social media graphics, basic logos — have dropped because people think a generator can do it. My partner [[Sipho|PERSON]] works in IT and he keeps telling me to learn the tools properly so I'm the one selling AI-assisted design instead of competing with it. Maybe he's right. But my best work comes from drawing things I've seen — the fynbos, the old shopfronts down our road, my gran's kitchen in [[Soweto|CITY]]. No model has my gran's kitchen.

AI: Thank you, [[Thandi|PERSON]]. Where can people find your work, and how can we reach you?

User: My portfolio is [[behance.net/thandimokoena|URL]], and I'm [[@thandi.makes.things|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]]. For the study, email works: [[hello@thandimokoena.co.za|EMAIL_ADDRESS]].""")


# 11 care - staff nurse, Leeds UK (from the Philippines)
T.append("""AI: Thank you for joining. Could you tell me about your work?

User: Hello po — sorry, habit! I'm [[Maricel Santos|PERSON]], I'm a [[staff nurse|JOB_TITLE]] on an acute medical ward at [[St James's University Hospital|ORGANIZATION]] in [[Leeds|CITY]] — everyone here calls it [[Jimmy's|ORGANIZATION]]. I'm [[34|AGE]]. I trained at [[Cebu Doctors' University|SCHOOL]] back home, worked in [[Manila|CITY]] for a few years, and came to the [[UK|COUNTRY]] in [[March 2019|DATE]] through international recruitment. So this is my sixth winter here, and I still can't get used to the dark at four o'clock.

AI: Where do you come across AI in your job?

User: Two places. At work, officially, the trust is trialling an ambient scribe called [[Heidi|AI_PRODUCT]] in some outpatient clinics, but not on our ward yet. We use [[Nervecentre|SOFTWARE]] for observations and it has an early-warning score, but I wouldn't call that AI, it's just a calculation. The bigger place is unofficial: my revalidation. Every three years we need reflective accounts for the [[NMC|ORGANIZATION]], and English writing is not my strength when I'm tired. My friend [[Joy|PERSON]], she's also Filipino, also on nights, she showed me how to use [[ChatGPT|AI_PRODUCT]] to organise my reflections with the Gibbs cycle.

AI: How do you make sure those reflections are still yours?

User: I write everything first, in my own words, even in Taglish sometimes. Then I ask it to put it into the structure. I never put patient details — no names, no ages, no bed numbers. I'll write "an elderly patient with sepsis" and that's it. [[Joy|PERSON]] is more relaxed than me, she pastes more, and I always tell her, "Ate, delete that." Our [[ward manager|GENERIC_ROLE]], [[Bernie|PERSON]], she found out that half the Filipino nurses were using it and instead of being angry she asked us to do a teaching session for the others. So now I'm the unofficial AI person on the ward, which is funny because I'm not techy at all.

AI: Has it helped in other ways, maybe beyond writing?

User: For learning, yes. When a new drug comes up that I don't know, I check the BNF first, always, but sometimes I ask [[ChatGPT|AI_PRODUCT]] to explain it like I'm a student. Also, I'm doing my preceptorship mentoring for two new nurses from [[Kerala|CITY]] and [[Lagos|CITY]], and I use it to make little quizzes for them. Sister [[Bernie|PERSON]] checked the first quiz and found one wrong answer about potassium, so now she checks all of them. Good thing, because that would be a dangerous mistake.

AI: How do you feel about AI coming more into nursing?

User: Hopeful but careful. If [[Heidi|AI_PRODUCT]] or something like it can do the documentation, I would have more time at the bedside, and that's why I became a [[nurse|JOB_TITLE]]. But I worry they will use it to say one of us can take more patients. We already have twelve sometimes on nights. Also my mum back in [[Cebu|CITY]], she's [[68|AGE]], she asks [[ChatGPT|AI_PRODUCT]] — sorry, she asks "the robot" — about her diabetes instead of going to her doctor, and I have to call her every [[Sunday|GENERIC_TIME]] to undo the advice.

AI: Thank you, [[Maricel|PERSON]]. How can we reach you for a follow-up?

User: You can message me on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/maricel-santos-rn|URL]], I check it more than email. Or text [[07943 226 718|PHONE_NUMBER]], but after [[Wednesday|GENERIC_TIME]] please, I'm on three long days.""")

# 12 finance - mortgage broker, Melbourne Australia
T.append("""AI: Thanks for joining today. Could you tell me about your work?

User: Sure. I'm [[Georgia Papadopoulos|PERSON]], I'm a [[mortgage broker|JOB_TITLE]], and I run [[Merri Creek Home Loans|ORGANIZATION]] with my brother [[Nick|PERSON]] out of a little office in [[Northcote|CITY]], in [[Melbourne|CITY]]'s north. We're both Greek-Australian — sorry, you probably don't need that. Anyway, we've been going since [[2014|DATE]]. We write mostly first-home-buyer loans and refinances, some small-business lending. We're with [[Connective|ORGANIZATION]] as our aggregator.

AI: How does AI show up in your day?

User: A lot more than two years ago. We use [[Fathom|AI_PRODUCT]] to record and summarise client meetings on [[Zoom|SOFTWARE]] — with consent, we always ask at the start. It writes the fact-find notes, which used to take me forty minutes after every meeting. Our CRM is [[Mercury|SOFTWARE]] and I paste the summary in there. Then [[ChatGPT|AI_PRODUCT]] for explaining things in plain language — like why a lender's assessing a client at a buffer rate, or what [[Michele Bullock|PUBLIC_FIGURE]]'s latest announcement means for their repayments. People get very anxious around rate decisions.

AI: Are there any concerns about privacy, given what you handle?

User: Massive ones. We handle payslips, tax returns, bank statements, driver's licences, the lot. So there's a firm rule — documents never go into [[ChatGPT|AI_PRODUCT]], only my own words with the identifying bits stripped. Even the [[Fathom|AI_PRODUCT]] summaries, I go through and delete things like the client's account numbers if they read them out. [[Nick|PERSON]] and I had a proper argument about whether to use [[Fathom|AI_PRODUCT]] at all. He's more old-school, he said, "If the meeting leaks, that's our licence." In the end we agreed: recording only for clients who say yes, and we tell them where the data's stored.

AI: Can you think of a moment where it made a real difference for a client?

User: Yeah. There was a young couple earlier this year — I'll just say [[Jack|PERSON]] and [[Mei|PERSON]] — buying their first place in [[Reservoir|CITY]]. [[Mei|PERSON]]'s parents were helping with a guarantee, and her parents' English isn't strong. I had [[ChatGPT|AI_PRODUCT]] draft an explanation of how a family guarantee works, then I had it translated into Chinese and checked by [[Mei|PERSON]] herself, so her mum and dad actually understood what they were signing. That's the stuff that matters. The old way, they'd have nodded along and signed.

AI: Do you see risks for the industry?

User: Sure. Comparison sites are already using chatbots to pre-qualify people, and some of the big banks want customers to go direct. I'm [[45|AGE]], I've seen a few waves of "brokers are finished," and we're still here, because people want someone on their side. But I'd be lying if I said it doesn't keep me up some nights. My yiayia used to say, people don't buy a house, they buy a feeling. A chatbot can't sit with you while you cry about a valuation coming in low.

AI: Thanks, [[Georgia|PERSON]]. What's the best way to reach you?

User: Mobile's easiest — I'll type it the weird way so the scrapers don't get it: [[０４２１ ３３８ ９０５|OBF_PHONE|fullwidth_digits]]. Or just ring the office and ask for me, [[Nick|PERSON]] will put you through.""")


# 13 call centre - quality & training coordinator, Zapopan Mexico
T.append("""AI: Hola, thanks for joining. Could you tell me about your job?

User: Hola! Yes. I'm [[Alejandra Ruiz|PERSON]], but please call me [[Ale|PERSON]]. I'm [[33|AGE]] and I work as a [[quality and training coordinator|JOB_TITLE]] at [[Conecta BPO|ORGANIZATION]], a contact center in [[Zapopan|CITY]], next to [[Guadalajara|CITY]]. We do customer service in English for companies in the [[United States|COUNTRY]] — one streaming service, one airline, I can't say which. I started as an agent on the phones in [[2015|DATE]] while I was finishing my degree at the [[Universidad de Guadalajara|SCHOOL]], and now I train the new agents and listen to calls for quality.

AI: How is AI used in your contact center?

User: Everywhere now, and it changed very fast. [[Zendesk|SOFTWARE]] writes the ticket summaries automatically, and it suggests replies for chat agents. The company also tested a tool called [[Sanas|AI_PRODUCT]] that changes the accent of the agent in real time so the customer hears a more "American" voice. That one I have strong feelings about. And for training I use [[ChatGPT|AI_PRODUCT]] a lot — I ask it to pretend to be an angry customer whose flight was cancelled, and the new agents practise with it before they go live.

AI: You mentioned strong feelings about the accent tool. Can you say more?

User: Yes. Our agents worked very hard on their English. [[Memo|PERSON]] — his name is [[Guillermo|PERSON]], but nobody calls him that — he grew up in [[Los Angeles|CITY]], his English is perfect, with a little accent. And the tool made him sound like a robot from a movie. He said he felt erased. Other agents liked it because customers insulted them less. So it's complicated. In the end the pilot stopped, for cost, not for ethics. I wrote a long message to my [[manager|GENERIC_ROLE]] about it and she said "noted," which in corporate means nothing.

AI: What about the role-play training — how has that worked?

User: Very well, actually. Before, I had to play the angry customer myself, eight hours a day, and I was losing my voice. Now the trainees do two or three rounds with [[ChatGPT|AI_PRODUCT]], then one with me, and I can focus on coaching. [[Lupita|PERSON]], who trains with me, made a library of prompts — "elderly customer, confused about billing," "customer who is crying," things like that. We never use real calls or real customer data for this, because the clients' contracts are very strict. [[Lupita|PERSON]] checks every scenario so there's no real name or account number from a real ticket.

AI: Do you worry about AI replacing the agents?

User: Of course. Everyone in [[Guadalajara|CITY]] who works in this industry worries. The chatbots already take the easy tickets — password, tracking number, refund status. What comes to the humans are the difficult ones, so the job is more stressful, with fewer people. My son [[Santi|PERSON]] is [[nine|AGE]], and he asked me if the robot will take my job, because he heard it at school. I told him the robot can't calm a lady whose dog is alone in the airport. I hope that's still true when he's grown up.

AI: Gracias, [[Ale|PERSON]]. How can we contact you for a follow-up?

User: By email is better, I write it in Spanish way so the bots don't read it: [[aleruiz.gdl arroba gmail punto com|OBF_EMAIL|arroba_punto]]. I answer at night, after [[Santi|PERSON]] sleeps.""")

# 14 marketing - content marketer, Seoul South Korea
T.append("""AI: Thank you for joining. Could you introduce yourself and your job?

User: Hello, nice to meet you. I'm [[Park Ji-won|PERSON]] — in English order [[Ji-won Park|PERSON]]. I'm a [[content marketer|JOB_TITLE]] at [[Dalbit Lab|ORGANIZATION]], a small skincare brand with an office in [[Seongsu-dong|CITY]], [[Seoul|CITY]]. I'm [[28|AGE]], or [[29|AGE]] in Korean age, but we don't use that officially anymore. I studied media at [[Ewha Womans University|SCHOOL]]. My job is social content and product copy for overseas markets — [[Japan|COUNTRY]], the [[US|COUNTRY]], and now [[Vietnam|COUNTRY]].

AI: How do you use AI in that work?

User: Almost every hour! For Korean copy I use [[HyperCLOVA X|AI_PRODUCT]], because it understands Korean nuance and trends better. For English I use [[ChatGPT|AI_PRODUCT]]. For Japanese, first draft in [[Papago|AI_PRODUCT]], then our Japanese freelancer checks. All our plans are in [[Notion|SOFTWARE]] and we use [[Notion AI|AI_PRODUCT]] to summarise meeting notes. And [[Canva|SOFTWARE]] for quick visuals. Before, one product launch needed three weeks of copy. Now maybe one week, but the checking is more work than people think.

AI: What kind of checking?

User: Cosmetics advertising rules are very strict. In [[Korea|COUNTRY]] we cannot say a product "treats" anything, and in the [[US|COUNTRY]] also the [[FDA|ORGANIZATION]] rules are different. The AI loves big claims — "erases wrinkles," "heals acne." Very dangerous. My [[team lead|GENERIC_ROLE]], [[Min-jae|PERSON]], once almost approved a caption that said our toner "cures" sensitivity, because he was reading fast at midnight. [[Sunny|PERSON]] caught it. [[Sunny|PERSON]] is our regulatory person — her Korean name is [[Seon-hee|PERSON]], but since her time in [[Sydney|CITY]] everybody calls her [[Sunny|PERSON]]. Now she reviews every caption that has any health word.

AI: Are there rules about what data you put into these tools?

User: Yes, after [[Min-jae|PERSON]] read a news story about engineers at a big company leaking code to [[ChatGPT|AI_PRODUCT]]. So we do not paste unreleased formulas, supplier prices, or influencer contracts. Influencer work is sensitive, because the fees are secret. Once I asked [[ChatGPT|AI_PRODUCT]] to suggest a campaign "like the one with [[Son Heung-min|PUBLIC_FIGURE]]," only as style reference, and it was fine, but I would never put our real negotiation details in. I type the structure, not the numbers.

AI: How do you feel about your future in this field?

User: Honestly, a little anxious. Many junior copywriter jobs in [[Seoul|CITY]] are disappearing, my friends from university are looking for work for months. What I can do that AI can't is understand what is cool this week in [[Seongsu-dong|CITY]] — which pop-up has a line, which colour everybody is wearing. So I go out a lot and take photos, that is my research. My mother says I'm just shopping. Maybe she is a little bit right. But I also think the brands that survive will be the ones with a real human taste behind them. Anyone can generate a hundred captions in a minute now, so the hundred captions are not the value anymore. Choosing the one that feels true for our customers, that is the value, and I want to be the person who chooses.

AI: Thank you, [[Ji-won|PERSON]]. How can we contact you later?

User: [[KakaoTalk|SOFTWARE]] is easiest, my ID is [[jiwon_pk93|SOCIAL_HANDLE]]. Or email [[jiwon.park@dalbitlab.kr|EMAIL_ADDRESS]], but the work email, my [[boss|GENERIC_ROLE]] can see, so maybe [[Kakao|SOFTWARE]] is better.""")

# 15 teaching - university lecturer, Nairobi Kenya
T.append("""AI: Thank you for making time for this. Could you introduce yourself?

User: Thank you for having me. I'm Dr. [[Wanjiru Kamau|PERSON]], a [[senior lecturer in communication|JOB_TITLE]] at [[Strathmore University|SCHOOL]] here in [[Nairobi|CITY]]. I teach media writing and research methods to undergraduates, and I supervise a handful of master's students. I'm [[46|AGE]]. I did my PhD at the [[University of Leeds|SCHOOL]] and came back home in [[2013|DATE]]. We live in [[Karen|CITY]], so my day starts with a very long drive to [[Madaraka|CITY]], which is where I listen to podcasts about, yes, AI.

AI: How has AI changed your teaching?

User: It forced me to redesign almost every assessment. In [[2023|DATE]], when [[ChatGPT|AI_PRODUCT]] exploded, I received a set of essays that were suddenly very fluent and very empty. My colleague [[Otieno|PERSON]] in the law school had the same experience. We sat in the staff canteen and said, the take-home essay is dead. Now my students write reflections in class, they do oral presentations, and they submit their drafts with the prompts they used. I tell them: show me the conversation, not only the answer.

AI: What about AI detection tools?

User: We have [[Turnitin|SOFTWARE]] with the AI indicator, through [[Moodle|SOFTWARE]]. I don't trust it alone. Last year a student — I'll call him [[Brian|PERSON]], that's his real first name but there are fifty Brians on campus — was flagged at ninety percent. He came to my office in tears. He writes English the way he learned it in a very formal secondary school, and that style looks "machine" to the detector. I believed him, and I argued for him with the [[head of department|GENERIC_ROLE]]. After that I never use the score as evidence, only as a reason to have a conversation.

AI: Do you use AI for your own work?

User: Yes, and I'm honest with students about that. I use [[Gemini|AI_PRODUCT]] to draft course outlines and [[Otter.ai|AI_PRODUCT]] to transcribe my research interviews, which were in Kiswahili and Sheng, and it struggles. My husband, [[Njoroge|PERSON]], laughs when he hears me correcting the transcripts out loud at night. I also think about language a lot — I teach [[Ngũgĩ wa Thiong'o|PUBLIC_FIGURE]]'s essays on decolonising the mind, and these tools mostly think in English. When my daughter [[Wambui|PERSON]] asks [[Gemini|AI_PRODUCT]] for help with Kiswahili homework, the answers are often stiff and strange.

AI: What do you think universities in [[Kenya|COUNTRY]] should do?

User: Train the lecturers first. Many of my colleagues are afraid and either ban it or ignore it. I'd rather we teach students to use it critically, especially about bias — ask it about [[Africa|CONTINENT]] and see what it assumes. Also cost: the paid versions cost more per month than some students' transport. That's a new inequality. A student in [[Kibera|CITY]] and a student whose parents pay for the premium version are not doing the same assignment, even if the question is the same.

AI: Thank you, Dr. [[Kamau|PERSON]]. How can we reach you about the follow-up?

User: My phone is [[+254 722 418 907|PHONE_NUMBER]], [[WhatsApp|SOFTWARE]] also. Email, written so the harvesters miss it: [[wkamau AT strathmore DOT edu|OBF_EMAIL|caps_at_dot]]. Please avoid [[Mondays|GENERIC_TIME]], that is my heaviest teaching day.""")


# 16 trade - plumber & heating engineer, Bristol UK (lower-case typing)
T.append("""AI: Hi, thanks for joining. Could you tell me a bit about what you do?

User: alright. im [[gareth hughes|PERSON]] but nobody calls me that, its [[gaz|PERSON]]. [[plumbing and heating engineer|JOB_TITLE]], self employed, been at it since i was an apprentice in [[1991|DATE]] so you can do the maths, im [[51|AGE]]. i run [[hughes & son plumbing|ORGANIZATION]] round north [[bristol|CITY]], [[bishopston|CITY]], [[horfield|CITY]], that way. the son is my lad [[ryan|PERSON]], hes been with me three years now

AI: Thanks, [[Gaz|PERSON]]. How did AI tools come into your work?

User: [[ryan|PERSON]] again lol. he put [[chatgpt|AI_PRODUCT]] on my phone and showed me you can just talk to it. so now when im sat in the van after a job i just say what i did, like "replaced diverter valve on a worcester combi, flushed system, topped up pressure" and it writes the invoice wording nice. my wife [[bev|PERSON]] used to do all that at the kitchen table at 10 at night, she says its saved our marriage, shes only half joking. [[last winter|GENERIC_TIME]] when we had the big freeze and every boiler in [[bristol|CITY]] packed up at once, it was doing twenty invoices a day. and [[ryan|PERSON]] set up a [[whatsapp|SOFTWARE]] thing that answers people on a [[sunday|GENERIC_TIME]] saying well get back to them [[monday|GENERIC_TIME]]

AI: Do you use it for the technical side at all, like fault-finding?

User: a bit but i dont trust it. boilers are all different and it'll give you a confident answer thats wrong. one time it told me an error code meant the fan had gone when it was the pcb, would have cost the [[customer|GENERIC_ROLE]] a fortune if id listened. now i mostly use it for the boring stuff, quotes, replying to reviews on [[checkatrade|SOFTWARE]], emails to letting agents who want everything in writing. for gas work theres no way im asking a chatbot, thats my [[gas safe|ORGANIZATION]] registration on the line, number [[604117|NATIONAL_ID]], if something goes wrong its my name

AI: Do you ever put [[customer|GENERIC_ROLE]] details into it?

User: not names no. [[ryan|PERSON]] told me not to and then i read about it in the trade mag. i'll put "[[customer|GENERIC_ROLE]] in [[horfield|CITY]], older lady, wants a quote for a new bathroom" but not her name or house number. theres one [[customer|GENERIC_ROLE]], lovely woman, [[maureen|PERSON]], i've done her heating for twenty years, and she asked me "are you using that computer thing to write my bill now" and i said yes and she said good, your handwriting was terrible. [[maureen|PERSON]] is sharper than most of my younger customers

AI: How do you see AI affecting your trade going forward?

User: honestly, i dont think a robot is crawling under [[maureen|PERSON|possessive_no_apostrophe]]s floorboards any time soon. the bit that worries me is the heat pump stuff, the government wants everyone off gas and theres a load of paperwork and design calcs, and i can see the software doing more of that and the big firms like [[british gas|ORGANIZATION]] squeezing the little guys. [[ryan|PERSON]] is doing his heat pump course at [[city of bristol college|SCHOOL]] now so hes the future, im just the bloke who knows which pipe is which

AI: Thanks so much. What's the best way to get hold of you for a follow-up?

User: phone is best, ill spell it so it dont get scraped, [[oh seven seven eight four, two nine one, six six oh|OBF_PHONE|number_words]]. or drop a note through the door at the yard, [[unit 3, 18 filton road|ADDRESS]], [[bs7 0pa|ADDRESS]]. mornings before 8 is best or after 5, otherwise im under a sink""")


# 17 logistics - owner-operator truck driver, Laredo TX US
T.append("""AI: Thanks for calling in. Could you tell me a little about yourself and your work?

User: Sure thing. Name's [[Ray Delgado|PERSON]] — [[Raymundo|PERSON]] on my birth certificate, but my mother's the only one who ever used it. I'm an [[owner-operator|JOB_TITLE]], I drive my own truck under my own authority, [[Delgado Freight LLC|ORGANIZATION]], out of [[Laredo|CITY]]. Been driving since [[1989|DATE]], owned my own rig since [[2007|DATE]]. I'm [[fifty-eight|AGE]]. I haul dry van mostly, [[Laredo|CITY]] up to [[Dallas|CITY]], [[Memphis|CITY]], sometimes all the way to [[Chicago|CITY]], lot of freight that comes across from [[Monterrey|CITY]].

AI: How does AI fit into life on the road?

User: More than you'd think for an old guy. The big one is the voice thing on [[ChatGPT|AI_PRODUCT]]. My granddaughter set it up. I can't be typing while I drive, and I wouldn't, but I can talk to it hands-free when I'm parked or at a fuel stop. I'll ask it to figure out if a load pays once you count fuel and deadhead miles, or to help me write back to a [[broker|GENERIC_ROLE]] who's jerking me around on detention pay. My ELD is [[Samsara|SOFTWARE]], and it's got some AI in it too, scores your driving, which I don't love. And I find loads on [[DAT|SOFTWARE]].

AI: You mentioned brokers. How do you use it with them?

User: Negotiating. I'm not a smooth talker. My [[dispatcher|JOB_TITLE]], [[Drew|PERSON]], he's a young guy, works for a dispatch service I pay a percentage to, and he's good on the phone. But when it's in writing, I run my reply through the AI first so I don't say something I regret. [[Last month|GENERIC_TIME]] a [[broker|GENERIC_ROLE]] tried to cut my rate after I'd already delivered. I was hot. I told the thing what happened and it wrote a polite letter citing the rate confirmation. Got paid in full. [[Drew|PERSON]] asked me who wrote it, I said me and my lawyer. He knew.

AI: Is there anything you won't use it for?

User: Medical stuff, I go to the [[doctor|GENERIC_ROLE]], I don't care what the computer says — I got my [[DOT|ORGANIZATION]] physical coming up and I ain't asking a chatbot about my blood pressure. And anything with my numbers on it, I'm careful. My USDOT number's public anyway, [[3318402|NATIONAL_ID]], anybody can look it up, but I don't put in my bank info or my wife's social or none of that. My wife [[Lupe|PERSON]] does the books on [[QuickBooks|SOFTWARE]] and she's stricter than me. [[Lupe|PERSON]] says if I paste the wrong thing she's changing the passwords.

AI: What do you think AI means for trucking in the long run?

User: Everybody talks about self-driving trucks. [[Elon Musk|PUBLIC_FIGURE]] been promising that for years. Maybe on the interstate between two big warehouses, sure, in good weather. But you put a robot truck in a [[Laredo|CITY]] rail yard at two in the morning with the border backed up, good luck. What I see more is the AI being used against us — brokers using it to squeeze rates, insurance companies using cameras to decide you're a risk. My son-in-law [[Beto|PERSON]] drives for one of the big carriers, and they got a camera pointed at his face the whole shift. That's the part that worries me.

AI: Thank you, [[Ray|PERSON]]. How should we get in touch if we have more questions?

User: Call or text, [[(956) 724-3318|PHONE_NUMBER]]. If I don't pick up I'm driving, I'll call back when I stop. Don't call [[Drew|PERSON]], he'll try to sell you a load.""")

# 18 office - HR generalist, Offenbach Germany
T.append("""AI: Thank you for joining. Could you start by introducing yourself and your role?

User: Gladly. My name is [[Sabine Hoffmann|PERSON]], I am [[49|AGE]] years old and I work as an [[HR generalist|JOB_TITLE]] at [[Kessler Maschinenbau GmbH|ORGANIZATION]] in [[Offenbach|CITY]], near [[Frankfurt|CITY]]. We build packaging machines, about 650 employees, family-owned, third generation. I have been there since [[2008|DATE]]. Before, I studied business at [[Goethe University Frankfurt|SCHOOL]]. My work is everything from recruiting and onboarding to sick-leave administration and, more and more, helping with the digital topics.

AI: How has AI arrived at your company?

User: Slowly and with a lot of discussion, which is typical German, I think. In [[Germany|COUNTRY]] the works council — the Betriebsrat — has a right of co-determination when you introduce technical systems that could monitor employees. So before we could use [[Microsoft Copilot|AI_PRODUCT]], we needed a works agreement. That took eleven months. [[Jürgen|PERSON]], our [[works council chair|JOB_TITLE]], read every page of the documentation. At first I was frustrated, but honestly, he asked the right questions. For example, can the managers see what employees ask the AI? The answer must be no, and now it is written down.

AI: What do you use it for in HR now?

User: Job advertisements, first of all. We need engineers and technicians, and our old job ads were terrible, very stiff. Now I write the facts and let [[Copilot|AI_PRODUCT]] make a first version, then I adjust, and I check that it is gender-neutral, which is a legal requirement here — "(m/w/d)". I also use [[DeepL|AI_PRODUCT]] a lot, because we have colleagues from [[Turkey|COUNTRY]], [[Romania|COUNTRY]], [[India|COUNTRY]], and the onboarding documents should be understandable. Our HR system is [[SAP SuccessFactors|SOFTWARE]], and it has some AI features for matching candidates, but those we have switched off.

AI: Why switched off?

User: Because of the risk of discrimination, and because of the EU AI Act — recruiting is a high-risk area. My colleague from recruiting, Frau [[Yilmaz|PERSON]], tested it for two weeks and saw that it ranked candidates with gaps in their CV very low — very often women after parental leave. [[Ursula von der Leyen|PUBLIC_FIGURE]] can talk about trustworthy AI in [[Brussels|CITY]], but in [[Offenbach|CITY]] it is Frau [[Yilmaz|PERSON]] who sees the list. So we said: no automatic ranking. A human reads every application.

AI: Are there things you personally will not put into the AI?

User: Health data, absolutely never. Sick notes, disability status, anything about pregnancy. Also salaries — [[Copilot|AI_PRODUCT]] runs inside our own Microsoft environment, but still. When I write a warning letter or a termination, I use the templates from our [[lawyer|GENERIC_ROLE]], not the AI. And privately the same: my daughter [[Lena|PERSON]] is [[nineteen|AGE]] and she uses [[ChatGPT|AI_PRODUCT]] for her university applications, and I told her exactly the same — no personal things, no health, no address. She said, "Mama, you sound like [[Jürgen|PERSON]]." That was not a compliment.

AI: Thank you, [[Sabine|PERSON]]. How can we contact you for a follow-up?

User: By email, please. I write it the old German way: [[s.hoffmann(at)kessler-mb.de|OBF_EMAIL|paren_at]]. I read emails in the morning before eight, so you will get a fast answer.""")


# 19 finance/insurance - property claims adjuster, Halifax NS Canada
T.append("""AI: Thanks for joining. Could you tell me about your job?

User: Yeah, sure. I'm [[Colin MacIsaac|PERSON]], I'm a [[property claims adjuster|JOB_TITLE]] with [[Bluenose Mutual Insurance|ORGANIZATION]], based in [[Halifax|CITY]]. I'm [[39|AGE]]. I handle home claims mostly — water damage, fire, wind, the odd tree through a roof. Did commerce at [[Saint Mary's|SCHOOL]], fell into insurance after, been here since [[2012|DATE]]. Lots of driving around the province, lots of wet basements.

AI: Where does AI come into claims handling?

User: More every year. Our claims system is [[Guidewire|SOFTWARE]], and the company's brought in [[Tractable|AI_PRODUCT]], which looks at photos the customer uploads and gives a first estimate on damage. For estimating the repair itself we use [[Xactimate|SOFTWARE]]. And we've got [[Copilot|AI_PRODUCT]] for emails and summarising files. Public [[ChatGPT|AI_PRODUCT]] is blocked on work laptops, which I understand — we've got people's whole lives in those files, their banking, their medical stuff if it's a contents claim for equipment.

AI: Can you describe a time when AI made a real difference, good or bad?

User: After Fiona, the hurricane, we were drowning. Thousands of claims in a couple of weeks across [[Cape Breton|CITY]] and the [[Northumberland Shore|CITY]]. [[Tractable|AI_PRODUCT]] let us fast-track the simple ones — fence down, shingles off — so people got paid in days instead of months. That was genuinely good. But it also lowballed a few older homes because it couldn't see what was behind the drywall. [[Frank|PERSON]], who's been adjusting for thirty years, went out to one in [[Sydney|CITY]] — the [[Cape Breton|CITY]] one, not [[Australia|COUNTRY]] — and found the whole sill rotted. The photo estimate was eight grand, the real number was closer to sixty. [[Frank|PERSON]] still brings that one up every time someone mentions automation.

AI: How do you decide when to trust the AI estimate?

User: Rule of thumb, if the house is older than me or the customer's elderly or alone, I go look. [[Copilot|AI_PRODUCT]] drafts my file notes from my voice memos, and that's handy, but I read every line because a file note can end up in front of a judge if a claim goes sideways. I had it once write that a claimant "admitted negligence" when what she'd said was that she forgot to shut a window. That's a big difference. My [[team leader|GENERIC_ROLE]] saw it in the audit and we had a chat about it.

AI: How do you feel about the future of your job?

User: Mixed. The desk adjusters are going to get squeezed first, I think — the simple claims will be basically automatic. Field work, somebody still has to stand in a flooded basement with a moisture meter and a crying family. My wife [[Shannon|PERSON]] says I'm the human part of the insurance company, which is maybe the nicest thing anybody's said about insurance. Our boy's [[eleven|AGE]] and he thinks I should just let the robots do it so I'm home more. He has a point on that one.

AI: Thanks, [[Colin|PERSON]]. What's the best way to reach you for a follow-up?

User: Email, my personal one, typed the sneaky way: [[colin_macisaac {at} hotmail {dot} com|OBF_EMAIL|curly_at_dot]]. Or if you want to mail the consent form, send it to the house: [[41 Pinecrest Drive|ADDRESS]], [[Dartmouth|CITY]], [[B2W 1K7|ADDRESS]].""")

# 20 legal - labour lawyer, São Paulo Brazil
T.append("""AI: Olá, thank you for participating. Could you introduce yourself?

User: Olá! Of course. I'm [[Rafael Teixeira|PERSON]], I'm a [[labour lawyer|JOB_TITLE]] — advogado trabalhista — at [[Almeida Prado & Fontes Advogados|ORGANIZATION]], in [[São Paulo|CITY]]. Our office is on [[Avenida Paulista, 1842, conjunto 113|ADDRESS]], in [[Bela Vista|CITY]]. I'm [[32|AGE]]. I studied law at [[Mackenzie|SCHOOL]] and got my [[OAB|ORGANIZATION]] registration in [[2017|DATE]] — [[OAB/SP 412.877|NATIONAL_ID]], it's public, every lawyer's number is on the documents we file. We represent mostly companies in labour claims: retail chains, a hospital group, some tech startups.

AI: How do you use AI in your legal work?

User: A lot, and the firm is quite open about it. We use [[Jus IA|AI_PRODUCT]], which is the AI from [[Jusbrasil|SOFTWARE]], to search case law from the labour courts, and it's very good at finding decisions from the [[TRT|ORGANIZATION]] of the second region. For drafting, the firm pays for [[ChatGPT|AI_PRODUCT]] Team, and I use it to build the first structure of a defence — the facts, the arguments, the requests. And our document management is in [[Projuris|SOFTWARE]], which now has some summarising features.

AI: Have you had any problems with accuracy?

User: Yes, and it's a famous problem here. There was a case where a lawyer cited decisions that did not exist and a judge fined him, it was in all the legal news. So I check every decision number on the court's own website, always. Once [[ChatGPT|AI_PRODUCT]] invented a súmula of the [[TST|ORGANIZATION]], with a number and a text that sounded perfect. My colleague [[Duda|PERSON]] — [[Maria Eduarda|PERSON]], but nobody calls her that — found it in my draft and wrote "fake!!" in red in the margin. [[Duda|PERSON]] is the most careful person in the office, thank God.

AI: What about client data — how do you handle that?

User: Under the LGPD, our data protection law, we have to be careful. Labour claims have very sensitive information: salaries, health conditions, sometimes harassment details. The rule at the firm is that in [[ChatGPT|AI_PRODUCT]] we only use anonymised text — "the employee," "the company," no CPF numbers, no names. The partners were worried after [[Alexandre de Moraes|PUBLIC_FIGURE]] and the [[STF|ORGANIZATION]] started talking about regulating platforms; everyone in law became more nervous about technology. Our [[IT coordinator|GENERIC_ROLE]] set up a rule that blocks pasting documents into the browser tool, which is annoying but correct.

AI: How do you see the future of your profession?

User: I think the junior work is already changing. When I was an intern, I spent months summarising hearing transcripts. Now the AI does it in minutes, so the interns do other things — or the firm hires fewer interns. My girlfriend [[Camila|PERSON]] is a [[doctor|JOB_TITLE]] and she says medicine has the same debate. My opinion: the lawyer who knows how to use AI will replace the lawyer who doesn't. But the hearing, the negotiation with the other side, looking at the judge — that stays human, at least in [[Brazil|COUNTRY]].

AI: Obrigado, [[Rafael|PERSON]]. How can we contact you for the follow-up?

User: [[WhatsApp|SOFTWARE]] is best, everyone in [[Brazil|COUNTRY]] uses it. I will write in Portuguese so robots don't copy it: [[onze, nove, oito quatro dois sete, três um cinco nove|OBF_PHONE|number_words_pt]]. Send a message first, please, I don't answer unknown calls — too many scams.""")


# 21 hospitality - cafe co-owner, Portland OR US (lower-case typing)
T.append("""AI: Hi, thanks for doing this. Could you tell me about your work?

User: hey! so im [[jess lindgren|PERSON]], i co-own a coffee shop called [[little fern coffee|ORGANIZATION]] in [[sellwood|CITY]], which is in southeast [[portland|CITY]]. me and my business partner [[rowan|PERSON]] opened it in [[2022|DATE]] after we both got laid off from the same bakery lol. im [[29|AGE]]. i do the front of house, the ordering, the [[instagram|SOFTWARE]], payroll, basically everything thats not roasting. [[rowan|PERSON]] does the roasting and fixes the espresso machine when it screams

AI: Where do AI tools come into running the café?

User: honestly mostly marketing and admin. i use [[chatgpt|AI_PRODUCT]] for captions, our little newsletter, and job posts when we hire. our POS is [[square|SOFTWARE]] and it has some AI stuff now that tells you like "oat milk lattes sell more on rainy [[mondays|GENERIC_TIME]]" which, yes, this is [[portland|CITY]], every [[monday|GENERIC_TIME]] is rainy. and [[canva|SOFTWARE]] for the menu boards. i tried the AI image thing in [[canva|SOFTWARE]] for a pumpkin spice post and it gave the latte three handles so that was a no

AI: Has it changed how you communicate with customers or staff?

User: kind of! staff stuff mostly. we have six people, all part time, mostly students at [[psu|SCHOOL]]. scheduling around their classes is chaos, so i ask [[chatgpt|AI_PRODUCT]] to help me puzzle out a schedule from everyones availability, no last names or anything, just like "someone cant do [[tuesdays|GENERIC_TIME]]." our [[barista|JOB_TITLE]] [[sky|PERSON]] is the best latte artist we have and also the hardest to schedule because theyre in a band. [[sky|PERSON]] thinks the AI is biased against drummers. also i used it to write our first proper employee handbook, which apparently we legally needed, whoops

AI: Are there things you've decided not to use it for?

User: yeah, anything with money in a serious way. our [[bookkeeper|JOB_TITLE]] is a real person, [[deb|PERSON]], shes like [[70|AGE]] and terrifying and i love her. i asked [[chatgpt|AI_PRODUCT]] a tax question once and then asked [[deb|PERSON]] and they said opposite things, and [[deb|PERSON]] was right obviously. also i dont let it write reviews replies for the angry ones. if someone says we were rude i want to actually say sorry in my own words. [[rowan|PERSON]] disagrees, he thinks i take [[yelp|SOFTWARE]] reviews too personally, which, fair

AI: How do you feel about AI in small businesses like yours more generally?

User: mixed? it saves me maybe five hours a week and when youre working 60 hour weeks thats real. but i also see the big chains using it to squeeze everything, like the apps that decide your shift with 12 hours notice. i read something where [[howard schultz|PUBLIC_FIGURE]] was talking about technology and the third place and i was like, buddy, the third place is just a tired kid behind the counter being nice to you. we're small on purpose. the AI can write the caption but it cant remember that the guy with the corgi wants his drip extra hot

AI: Thanks, [[Jess|PERSON]]. How can we reach you for a follow-up?

User: dm us at [[@littlefern.pdx|SOCIAL_HANDLE]] or email [[jess@littlefernpdx.com|EMAIL_ADDRESS]]. mornings are chaos so afternoons are better""")

# 22 care - disability support worker, Adelaide Australia
T.append("""AI: Thank you for joining. Could you tell me about your work?

User: Hi, yes. I'm [[Lan Nguyen|PERSON]], [[Nguyen Thi Lan|PERSON]] in the Vietnamese order. I'm a [[disability support worker|JOB_TITLE]] with [[Southgate Community Supports|ORGANIZATION]], an [[NDIS|ORGANIZATION]] provider in [[Adelaide|CITY]]. I mostly work in the northern suburbs — [[Elizabeth|CITY]], [[Salisbury|CITY]], around there. I'm [[42|AGE]]. I've been doing support work for nine years. Before that I did nails, so, a big change! I have about eight regular participants — that's what [[NDIS|ORGANIZATION]] calls the clients — some with intellectual disability, some with physical disability, one with early-onset dementia.

AI: How does AI come into that work?

User: Our rostering and notes app is [[ShiftCare|SOFTWARE]], and this year it started offering to tidy up the shift notes with AI. You speak into the phone after the shift, and it writes the note. For me this is good, because writing English is slow for me and I'm tired after a long shift. My [[coordinator|GENERIC_ROLE]], [[Tash|PERSON]] — [[Natasha|PERSON]], but she hates that — she said the notes from the AI are better organised than before, but she also found one where it wrote that a participant "ate lunch independently" and actually I helped him with every bite. So now I read everything before I submit.

AI: That's an important catch. Do you use other AI tools?

User: Yes, [[ChatGPT|AI_PRODUCT]] a little, and [[Google Translate|AI_PRODUCT]] a lot. One participant's family speaks only Vietnamese, the mother is elderly, so sometimes the agency asks me to explain the support plan to her. I use [[ChatGPT|AI_PRODUCT]] to make the plan simpler in English first, then I translate myself, because the machine Vietnamese sounds like a government letter from the north. My own mum laughs when I read it to her. I never put the participant's name or address or diagnosis. I just write "the [[client|GENERIC_ROLE]]" and "the support plan".

AI: What worries you about AI in disability support?

User: That the companies will think the note is the job. The job is being with the person. One of my participants, I'll just say [[Trevor|PERSON]], he's non-verbal, and I know from his eyes and his hands if he's in pain. No app knows that. If the AI writes "[[client|GENERIC_ROLE]] was settled" and I don't correct it, maybe nobody finds out he was actually unwell. Also I worry about the monitoring — the app tracks our GPS to check we're at the house. [[Tash|PERSON]] says it's for safety, but it feels like being watched.

AI: Is there anything that's made you more positive about it?

User: My son, [[Kevin|PERSON]], he's at [[Flinders University|SCHOOL]] studying nursing, and he showed me how to use [[ChatGPT|AI_PRODUCT]] to practise for my Certificate IV assessments, asking me questions like a teacher. I passed! So for learning, it's good. [[Kevin|PERSON]] says I should do the diploma next, maybe become a [[coordinator|GENERIC_ROLE]] like [[Tash|PERSON]]. We'll see. My hands are still better than my typing.

AI: Thank you, [[Lan|PERSON]]. How can we contact you for a follow-up?

User: Please call or text, my number is [[oh-four-one-two, 7 7 3, oh 5 8|OBF_PHONE|mixed_words_digits]]. I don't answer when I'm on a shift, so leave a message and I'll call back in the evening.""")


# 23 public sector - child protection social worker, Minneapolis US
T.append("""AI: Thanks for taking the time. Could you tell me about your role?

User: Sure. My name is [[Abdirahman Hassan|PERSON]], most people call me [[Abdi|PERSON]]. I'm a [[child protection social worker|JOB_TITLE]] with [[Hennepin County|ORGANIZATION]] in [[Minneapolis|CITY]]. I'm [[35|AGE]]. I did my MSW at the [[University of Minnesota|SCHOOL]] and started at the county in [[2016|DATE]]. I carry a caseload of around fifteen families, mostly ongoing cases, a lot of them East African families, because I speak Somali and there aren't many of us on the team.

AI: How has AI entered your work?

User: Carefully, because of what we handle. The county rolled out [[Copilot|AI_PRODUCT]] last year with a lot of guardrails. Our case management system is [[SSIS|SOFTWARE]], the state system, and there's no AI connected to it, which I think is right. What I use [[Copilot|AI_PRODUCT]] for is the general stuff: drafting a training agenda, summarizing a new policy memo, rewriting a letter to a parent so it's readable at a sixth-grade level. Anything with a child's name, a family's details, a case number — none of that goes in. Ever.

AI: Has there been pressure to use it more?

User: A little. Documentation is the thing that burns everyone out. We're in the field visiting homes, going to court, and then at night you're writing case notes until eleven. When the vendors come and demo tools that write case notes from a recording of a home visit, people get excited. My [[supervisor|GENERIC_ROLE]], [[Karen|PERSON]] — and yes, she knows, she jokes about it — she's been doing this work for twenty-five years and she's very skeptical. [[Karen|PERSON]] asked the [[vendor|GENERIC_ROLE]], "If your tool mishears a parent and writes it in the record, and that ends up in a court report, who takes responsibility?" They didn't have a good answer.

AI: You mentioned speaking Somali. Does AI help or hurt there?

User: Both. Machine translation for Somali is still weak. I tested [[Google Translate|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] on a standard safety plan, just the template, no family info, and the Somali came back with wrong words for legal things — "custody" became something closer to "prison." Imagine a mother reading that. So I still translate myself, or we use the county's certified interpreters. My mom lives in [[Cedar-Riverside|CITY]] and when I showed her the machine version, she laughed and then she got serious and said, "This will scare people."

AI: How do you see the future of AI in child welfare?

User: I worry about prediction tools. Some counties in other states have used risk algorithms to score which families should get investigated, and the research shows they can repeat bias against Black and poor families. I saw [[Tim Walz|PUBLIC_FIGURE]] talk about using technology to make government more efficient, and efficiency is fine for permits, but this is families. I'd use AI to take paperwork off my plate so I can spend more time with kids. I would never want it deciding who gets a knock on the door. My wife [[Hodan|PERSON]] is a [[teacher|JOB_TITLE]] and she says the same about schools.

AI: Thank you, [[Abdi|PERSON]]. How can we reach you for a follow-up?

User: Personal email, please, not the county one — records requests, you know. I'll write it with spaces: [[abdihassan612 @ gmail . com|OBF_EMAIL|spaced_symbols]]. Evenings after eight, once the kids are asleep.""")

# 24 creative - video editor / YouTube producer, Lagos Nigeria
T.append("""AI: Hi, thanks for joining. Can you tell me about what you do?

User: Hi! I'm [[Chidera Eze|PERSON]], but online and with friends I'm [[Dera|PERSON]]. I'm a [[video editor|JOB_TITLE]] and producer, [[26|AGE]], based in [[Yaba|CITY]], [[Lagos|CITY]]. I edit for three [[YouTube|SOFTWARE]] channels — one tech review channel, one comedy skit channel, one personal finance channel — and I do brand videos on the side for startups. I studied mass communication at [[Unilag|SCHOOL]], graduated [[2020|DATE]] during lockdown, and I've been freelancing since.

AI: What does your AI toolkit look like?

User: It's big now. [[Premiere Pro|SOFTWARE]] for the main edit, [[CapCut|SOFTWARE]] for quick vertical cuts for [[TikTok|SOFTWARE]] and [[Reels|SOFTWARE]]. [[Descript|SOFTWARE]] for transcripts and removing "ehms." [[Runway|AI_PRODUCT]] for some effects — like removing a generator from the background of a shot, because in [[Lagos|CITY]] there's always a generator. [[ElevenLabs|AI_PRODUCT]] I use carefully, mainly to fix one or two words when a creator misspoke and can't re-record. And [[ChatGPT|AI_PRODUCT]] for titles, thumbnails ideas, and scripts for the finance channel.

AI: You said you use the voice tool carefully. What does careful mean for you?

User: Only with written permission from the person whose voice it is, and only small fixes. The comedy guy I work with, [[Tunde|PERSON]], once asked me to clone his voice so he could "record" a whole episode while he was in [[Abuja|CITY]] for a wedding. I refused. It's his face and his name on the channel; if people find out, the trust is gone. [[Tunde|PERSON]] was vexed for like two days, then he agreed. There are already fake ads going around using [[Davido|PUBLIC_FIGURE]]'s voice to sell crypto scams. I don't want any part of that.

AI: How has AI changed your business?

User: Clients expect everything faster and cheaper now. A startup — a fintech in [[Lekki|CITY]] — told me, "We can do it with AI in a day, why is your quote one week?" I showed them the AI version of their ad next to mine. The AI one had a woman holding a phone with six fingers and the naira sign wrong. They signed with me. But I've also lost small jobs to people who just run everything through templates. My brother [[Ikenna|PERSON]] is an [[engineer|JOB_TITLE]] at [[Andela|ORGANIZATION]], and he keeps saying I should build my own tools. [[Ike|PERSON]] thinks everything is a coding problem.

AI: Anything about the local context that shapes how you use these tools?

User: Data and power. Uploading 4K footage to a cloud AI tool on Nigerian data is expensive, and if the light goes off mid-render, you start again. So I do most work offline and only use the cloud tools when I must. Also, the AI voices don't sound like us. If I need a Nigerian English voice or Yoruba or Igbo, the options are poor. My mum speaks to me in Igbo on voice notes and I've joked with her that no AI can copy her proverbs.

AI: Thanks, [[Dera|PERSON]]. Where can people find your work, and how can we reach you?

User: My reel is on [[youtube.com/@deraedits|URL]], and I'm [[@dera.cuts|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]]. Email is [[dera\u200b.eze\u200b@gmail\u200b.com|OBF_EMAIL|zero_width_chars]] — just copy it, it should work.""")


# 25 office - sales administrator at a trading company, Osaka Japan
T.append("""AI: Thank you for joining us. Could you please introduce yourself?

User: Yes, thank you. My name is [[Haruka Tanaka|PERSON]]. I am [[31|AGE]] years old, and I work as a [[sales administrator|JOB_TITLE]] — in Japanese, eigyō jimu — at [[Naniwa Trading|ORGANIZATION]], a mid-size trading company in [[Umeda|CITY]], [[Osaka|CITY]]. We import and export industrial parts, mostly with partners in [[Vietnam|COUNTRY]], [[Thailand|COUNTRY]] and [[China|COUNTRY]]. I joined the company in [[April 2016|DATE]], right after graduating from [[Doshisha University|SCHOOL]] in [[Kyoto|CITY]]. My work is order processing, quotations, shipping documents, and supporting the sales staff, who are always outside visiting customers.

AI: How do you use AI in your daily work?

User: Since last year, the company has an in-house version of [[ChatGPT|AI_PRODUCT]] that the IT department set up. You log in with your employee number — mine is [[20417|NATIONAL_ID]] — and every conversation is recorded, so people are a little careful. I use it for English emails to overseas partners, and for summarising long email threads in [[Outlook|SOFTWARE]]. For translation I also use [[DeepL|AI_PRODUCT]]. Order data is in [[kintone|SOFTWARE]] and in [[Excel|SOFTWARE]], and sometimes I ask the AI to write formulas or a small macro. Before, I had to ask my colleague [[Mari|PERSON]]-chan, who is the [[Excel|SOFTWARE]] master of our floor.

AI: How did your team react when the tool was introduced?

User: Very differently by age. The young people started using it immediately. My [[section chief|GENERIC_ROLE]], [[Yamamoto|PERSON]]-san, is much older than us, and at first he said, "A machine cannot understand our customers' feelings." But then he saw that I finished the monthly shipping report in half the time, and now he asks me to "ask the AI" for him, because he does not want to type it himself. So I am a kind of secretary for the AI as well. [[Mari|PERSON]]-chan says I should ask for a salary increase.

AI: Have there been any mistakes or problems?

User: Yes. Once the AI translated a Vietnamese partner's email and changed "delivery delayed by two days" into "delivery cancelled." I almost told a customer the order was cancelled. Luckily [[Yamamoto|PERSON]]-san knows the partner well and he said, "Strange, Mr. [[Hoang|PERSON]] would call me if it was cancelled." We checked, and it was only a delay. Since then, for important content, I ask the partner to confirm in simple English. Also, Japanese business emails have many polite expressions, keigo, and the AI sometimes makes them too polite, like writing to the emperor.

AI: How do you feel about the future of your job?

User: Honestly, jimu work is a job many women in [[Japan|COUNTRY]] do, and I think it will change the most. Maybe in five years, order entry is automatic. [[Masayoshi Son|PUBLIC_FIGURE]] says AI will be smarter than humans soon — I don't know about that, but it is already faster than me at typing. I am studying for the trade business certificate, so I can do more specialised work. My husband [[Kenta|PERSON]] works in a bank and he says the same changes are happening there. We talk about it often at dinner.

AI: Thank you very much, [[Tanaka|PERSON]]-san. How can we contact you for a follow-up?

User: Please use my private email: [[haruka.t.0418@gmail.com|EMAIL_ADDRESS]]. I check it in the evening, after I come home on the train.""")

write_set(T, "set_t")
