import sys
from markup import write_set
T = []

# 1 warehouse, Mississippi / Tennessee, USA
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and what you do?

User: Sure. I'm [[Darnell Hayes|PERSON]], I'm [[34|AGE]], and I work as a [[process assistant|JOB_TITLE]] at a distribution center for [[Tri-State Logistics|ORGANIZATION]] out in [[Olive Branch|CITY]], right across the line from [[Memphis|CITY]]. I started there as a [[picker|JOB_TITLE]] in [[March 2019|DATE]] and moved up after about two years. Basically I'm the guy between the floor and the [[shift manager|GENERIC_ROLE]]. I make sure pick rates are where they need to be, I move people around when a zone backs up, stuff like that.

AI: And where does AI come into that, if at all?

User: More than I thought it would, honestly. The big thing is the system. We run [[Blue Yonder|SOFTWARE]] for the warehouse side and it's got forecasting built in now that tells us how many bodies we need per zone. Then on my own I use [[ChatGPT|AI_PRODUCT]] on my phone. Like, if I gotta write up a coaching note for somebody, I'll put the bullet points in and ask it to make it sound professional. I'm not a writer. My wife [[Tanya|PERSON]] used to proofread those for me at the kitchen table, and she finally said, babe, you need to find another way.

AI: So [[Tanya|PERSON]] was your editor before the chatbot was. Is there any official policy at work about using these tools?

User: Pretty much, yeah. She's a [[dental assistant|JOB_TITLE|relative_job]], she's got her own stuff going on. On the policy, kind of. There's a paragraph in the handbook that says don't put customer info or anything from the WMS into outside tools. Our [[GM|GENERIC_ROLE]], Mr. [[Okafor|PERSON]], brought it up at the huddle one [[Monday|GENERIC_TIME]], but it was like thirty seconds and then we moved on to safety numbers. Nobody really knows what counts. Is a shipment count customer info? I don't know. So I keep it to writing stuff and explaining things. And I take out names. I don't put "[[Keisha|PERSON]] was late three times" in there, I put "associate was late three times." That's something my [[lead|GENERIC_ROLE]], [[Keisha Brown|PERSON]], told me to do. She went to some training in [[Jackson|CITY]] about data and came back preaching about it.

AI: You said explaining things. What does that look like?

User: So a lot of my people, English is their second language. We got folks from [[Guatemala|COUNTRY]], from [[Honduras|COUNTRY]], a couple guys from [[Congo|COUNTRY]]. When we change a process, I'll write the instructions in plain English, have it translate into Spanish and French, and I'll print them and tape them up by the time clock. [[Yesenia|PERSON]], she's one of my pickers, checks the Spanish for me because sometimes it comes out real stiff. She laughs at it. She says it sounds like a cereal box.

AI: How do people on the floor feel about the forecasting, and has any of this changed your own job?

User: Mixed. The forecast is pretty good on normal weeks, but around [[Black Friday|GENERIC_TIME]] and [[peak season|GENERIC_TIME]] it's all over the place. And people feel like the rates keep getting pushed. You hear guys say stuff like, this is [[Jeff Bezos|PUBLIC_FIGURE]]'s robot telling us to go faster, even though we're not even [[Amazon|ORGANIZATION]]. I try to tell them the number comes from last year's volume, not from somebody upstairs wanting to squeeze them. Some of them believe me. For me, it's less time on paperwork, more time walking the floor, which is what I like. I lost like forty pounds since I got promoted because I'm not stuck in the office typing write-ups. [[Tanya|PERSON]] gives the chatbot credit for that. The worry is, if the system gets good enough at scheduling, do they still need somebody like me? My [[supervisor|GENERIC_ROLE]] says no way, they'll always need people people. We'll see.

AI: This has been really helpful, [[Darnell|PERSON]]. Is there anything you'd want the people who build these tools to know? And would you be open to a follow-up?

User: Make it work on a cheap phone with bad signal. Half that building is a dead zone. And make the translation sound like a person. Follow-up is fine. Text me, it's [[nine oh one, five five five, oh one eight two|OBF_PHONE|spelled_digits]], or I'm on [[TikTok|SOFTWARE]] as [[@dhayes.onthefloor|SOCIAL_HANDLE]]. I post warehouse stuff on there sometimes. Nothing about the company, just funny stuff. Anyway, good talking to you.""")

# 2 nurse, Sudbury, Canada
T.append("""AI: Hi, thanks for joining. Could you introduce yourself and your role?

User: Of course. My name is [[Marie-Claude Tremblay|PERSON]]. I'm a [[registered nurse|JOB_TITLE]] on the medical unit at [[Health Sciences North|ORGANIZATION]] in [[Sudbury|CITY]]. I've been nursing since [[1998|DATE]], so that's, oh, a long time. I'm [[52|AGE]] now. I did my training at [[Laurentian University|SCHOOL]] and I've basically stayed in the north ever since.

AI: How has AI shown up in your day-to-day work?

User: Slowly and then all at once, I'd say. For years it was nothing. We chart in [[Epic|SOFTWARE]], and there were always alerts and scores, the sepsis score, the fall risk, but nobody called that AI. Then [[last spring|GENERIC_TIME]] we got a pilot of an ambient scribe for the physicians and a few of the [[nurse practitioners|GENERIC_ROLE]]. It's a tool called [[Heidi|AI_PRODUCT]], which confused everybody, because our [[unit clerk|JOB_TITLE]] is also named [[Heidi|PERSON|name_equals_product]]. She took it well. She started signing her emails "the original."

AI: Do the nurses use the scribe themselves?

User: Not officially. But I see what it produces, because I read the notes. And honestly, the notes are more complete. Dr. [[Abdi|PERSON]], one of our [[hospitalists|JOB_TITLE]], says it saves him an hour a day. Where I get nervous is that it sometimes puts in things the patient didn't quite say. It'll write "denies chest pain" when the patient said "my chest feels a bit funny." Our [[charge nurse|JOB_TITLE]], [[Bev Lacroix|PERSON]], caught one of those and raised it with the [[unit manager|GENERIC_ROLE]].

AI: What happened after [[Bev|PERSON]] raised it?

User: They took it seriously, I'll give them that. There was a review, the vendor came in, and now the physicians have to read the note before signing, which they were supposed to do anyway. The lesson is the tool is only as good as the person checking it. At home I use [[ChatGPT|AI_PRODUCT]]. My daughter [[Chloé|PERSON]] set it up for me. She's in her third year at [[Queen's|SCHOOL]] in [[Kingston|CITY]], and she uses it for everything. I use it to study for my wound care certification, I ask it to quiz me. I never put anything about patients in it. That's a firing offence and it should be.

AI: How do your colleagues feel about these tools in general, and is there one you wish you had?

User: The younger nurses are curious. The older ones, my age, we're tired. We've seen a lot of tools come in promising to save time, and most of them add clicks. When the scribe came, my friend [[Denise|PERSON]], who's been on the unit even longer than me, said, "I'll believe it when it changes a bed." That's the mood. What would actually help us is staffing. No software fixes a night shift with two nurses short. But if you asked me what AI tool we need most, I'd say something for handover. Shift change is where things fall through the cracks. If something could pull together the last twelve hours, the meds, the vitals trends, the family calls, into a clean summary I could check in two minutes, that would be gold. And it has to work in French. Half my patients up here prefer French, and so do I, frankly. The version they showed us in the demo was trained in [[the States|COUNTRY]], and it had never heard of a provincial health card.

AI: That's a really clear answer, thank you, [[Marie-Claude|PERSON]]. Is there anything else you'd like to add, or a way to reach you later?

User: Only that I'm happy to talk again. My email is [[mctremblay.rn@gmail.com|EMAIL_ADDRESS]], not the work one, please. I try to keep the work inbox for work. And I'm off most [[Wednesdays|GENERIC_TIME]], so that's a good day to reach me. Bonne journée!""")

# 3 teacher, Guadalajara, Mexico
T.append("""AI: Good afternoon, and thanks for agreeing to talk. Can you tell me about your job?

User: Good afternoon. Yes, I'm [[Luis Alberto Ramírez|PERSON]], I teach English at a public middle school, [[Secundaria Técnica 118|SCHOOL]], in [[Tlaquepaque|CITY]], which is part of the [[Guadalajara|CITY]] metro area. I'm [[twenty-nine|AGE]]. I studied languages at the [[Universidad de Guadalajara|SCHOOL]] and I got my first permanent position in [[2019|DATE]]. Before that I was teaching in a private language academy in the afternoons.

AI: What does a normal week look like for you, and where does AI come into it?

User: I have five groups, around forty students each, so two hundred kids, more or less. Mornings only, because the afternoon shift is a different school in the same building. In the afternoons I plan, I grade, and I answer a lot of parents on [[WhatsApp|SOFTWARE]]. That's the part nobody warns you about. Parents write at ten at night. The [[coordinator|GENERIC_ROLE]], maestra [[Lupita|PERSON]], tells us not to answer after eight, but then she answers after eight, so. As for AI, I use mostly [[Gemini|AI_PRODUCT]], because the school gave us [[Google Workspace|SOFTWARE]] accounts and it's just there. I use it for making reading texts at the right level. The government textbook is fine, but the readings are very boring for thirteen-year-olds. So I'll ask for a short story about, I don't know, a kid who wants to be a footballer, using the past simple, A2 level, two hundred words. And then I change it. I always change it, because sometimes it writes like an American adult, not like a kid.

AI: Do your students use AI too?

User: Some of them, yes. Not as much as you'd think, because many don't have data on their phones. The ones who have it use it for homework, obviously. I had one boy, [[Kevin|PERSON]], turn in a paragraph about his weekend that was perfect grammar, and it said he went "horseback riding in the countryside." He lives next to the tianguis. I asked him, [[Kevin|PERSON]], you rode a horse? And he just laughed and said, "No, profe, the app did." I didn't punish him. I made him tell me about his real weekend in English, out loud, and it was much better. He went to his cousin's quinceañera in [[Tonalá|CITY]]. Now I ask them to talk more and write less in class, and the writing they do by hand.

AI: Is there guidance from the school or the Ministry about this?

User: Not really. There was a talk in the Consejo Técnico, the monthly meeting we have on the last [[Friday|GENERIC_TIME]], but it was very general. The [[principal|GENERIC_ROLE]] said we should be "critical and responsible." Okay, but what does that mean on [[Monday|GENERIC_TIME]] morning with forty kids? Some colleagues want to ban phones completely. Profe [[Chuy|PERSON]], who teaches math, says that's impossible. I think he's right.

AI: Do you think AI has changed how you see your profession?

User: A little. I was worried at first, like, will they need English teachers if everybody has a translator in their pocket? But I think the opposite now. The kids need someone to show them why it matters, to make them brave to speak. A machine doesn't make you brave. Also, honestly, I have more energy for the class because I spend less time making worksheets.

AI: Thank you, [[Luis|PERSON]]. If we want to follow up with you, what's the best way?

User: You can write to my personal mail. It's [[luisramirez punto profe arroba gmail punto com|OBF_EMAIL|spanish_arroba_punto]], all together. I don't check the school one, it's full of circulars. And if you publish something, I'd love to read it, maybe share it with the other teachers. It was nice to think about this, we never have time to think.""")

# 4 construction, Calgary, Canada
T.append("""AI: Thanks for jumping on the call. Can you start by telling me what you do?

User: Yeah, no problem. [[Kyle Brandt|PERSON]]. I'm a [[site superintendent|JOB_TITLE]] with [[PCL Construction|ORGANIZATION]], working out of [[Calgary|CITY]]. Right now I'm on a mid-rise residential job in the [[Beltline|CITY]], eighteen storeys, concrete. I've been in the trades since I was [[nineteen|AGE]], started as a [[carpenter|JOB_TITLE]] apprentice in [[2003|DATE]], and I've been with this company about eleven years. I'm [[41|AGE]], live up in [[Airdrie|CITY]], so the commute's a grind.

AI: Where does AI fit into a job like yours?

User: Ha. Five years ago I'd have said nowhere. Now it's creeping in. We use [[Procore|SOFTWARE]] for basically everything, RFIs, daily logs, drawings, and they've added some AI features, like it'll summarize a long RFI thread or flag when a submittal's overdue. The one I actually use every day is [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]], because my inbox is a disaster. Like three hundred emails a day from trades, consultants, the owner's [[rep|GENERIC_ROLE]]. I get it to summarize threads so I know what's on fire.

AI: What about on site itself, with the crews and with safety?

User: We tried a thing with 360 cameras where it walks the floor and compares it to the model. That's more of the [[project manager|GENERIC_ROLE]]'s toy, honestly. Out on the deck, the guys don't care about AI. They care if the pump truck shows up. My [[foreman|JOB_TITLE]], [[Big Dave|PERSON]], he's been doing concrete for thirty years, he won't even look at the tablet. He'll tell me what's going on and I'll type it into the daily log for him. That's fine. [[Dave|PERSON]]'s worth ten tablets. Safety, a bit. Our [[safety coordinator|JOB_TITLE]], [[Ravinder Gill|PERSON]], uses [[ChatGPT|AI_PRODUCT]] to draft toolbox talks. [[Every Tuesday morning|GENERIC_TIME]] we do a talk, and she'll have it write up something on, say, cold stress in [[January|GENERIC_TIME]], and then she rewrites it so it sounds like us. She won't let it write the hazard assessments, those have to be done by a person who walked the site. [[Ravinder|PERSON]] says the forms are what a lawyer reads after somebody gets hurt, so you don't let a chatbot write those.

AI: Has anything gone wrong with these tools?

User: One time, yeah. I had [[Copilot|AI_PRODUCT]] summarize a thread about a pour and it said the pour was moved to [[Thursday|GENERIC_TIME]]. It wasn't. Somebody had proposed [[Thursday|GENERIC_TIME]] and it got shot down further down the thread. I almost cancelled the pump. Luckily my [[assistant super|JOB_TITLE]], [[Mateo Sánchez|PERSON]], caught it because he'd read the whole thing. So now my rule is, the summary tells me what to read, it doesn't tell me what happened. There's a company policy too, a little online module, don't put drawings or client info into public tools. Most guys clicked through it in five minutes. And there's a lot of talk at the top, AI is going to fix the housing crisis, [[Danielle Smith|PUBLIC_FIGURE]] saying we need to build faster. Okay, sure. AI doesn't pour concrete.

AI: What would you want from AI if you could design it?

User: Scheduling. Weather, deliveries, trades, inspections, all moving around. If something could juggle that and tell me, "hey, if the rebar is late, here's what slides," that would be huge. Right now that's all in my head and a whiteboard in the trailer. And it has to be simple. If it takes more than two taps, my guys won't touch it.

AI: Great, thanks, [[Kyle|PERSON]]. If we want to follow up, how should we reach you?

User: Cell's easiest, [[403-555-0147|PHONE_NUMBER]]. If I don't answer I'm on the deck, just leave a text. Don't email, it'll get buried under the three hundred. Site office can also find me, just ask for [[Brandt|PERSON]], there's only one. Take care.""")

# 5 restaurant owner, Lima, Peru
T.append("""AI: Thank you for meeting with us. Could you tell me about yourself and your business?

User: Yes, of course. My name is [[Rosa Quispe|PERSON]], I'm [[forty-six|AGE]], and I have a small cevichería in [[Barranco|CITY]], in [[Lima|CITY]]. It's called [[El Muelle de Rosa|ORGANIZATION]]. My husband's idea, the name, not mine, I was embarrassed at first. We opened in [[2015|DATE]], we closed almost one year in the pandemic, and now we are back, twelve tables and a lot of delivery.

AI: And who works with you?

User: My husband [[Walter|PERSON]] does the buying, he goes to the fish terminal in [[Villa María del Triunfo|CITY]] at four in the morning. In the kitchen is Don [[Beto|PERSON]], he's been cooking forty years, nobody touches his leche de tigre. And my son [[Jhonatan|PERSON]], [[nineteen|AGE]], he does the phone, the [[Instagram|SOFTWARE]], the computer things. He studies at [[Cibertec|SCHOOL]] at night.

AI: How does AI come into the restaurant?

User: Through [[Jhonatan|PERSON]], all of it. He showed me [[ChatGPT|AI_PRODUCT]] maybe two years ago. First we used it for the menu in English, because [[Barranco|CITY]] has many tourists, and my English is, you see, so-so. Before, our menu said "fish in lemon with onion and corn of the big grain," something like that, and people laughed. Now it's correct. But I asked him to keep some Spanish words, because ceviche is ceviche, you don't translate it.

AI: Are there other ways you use it, and do you worry about anything with it?

User: Yes, for the posts. He writes the captions with the AI and I say yes or no. I always say make it shorter. And for the costs. I had a notebook, always a notebook, and now [[Jhonatan|PERSON]] puts it in [[Google Sheets|SOFTWARE]] and asks the AI how much the plate costs when the price of lenguado goes up. That was very useful when the fish prices went crazy with the warm water [[last summer|GENERIC_TIME]]. I saw that the tiradito was losing money. I didn't know before. I raised the price two soles. What worries me, sometimes it says things about food that are not true. Once it wrote a post that our ceviche was "the recipe of [[Gastón Acurio|PUBLIC_FIGURE]]." No! It's my mother's recipe, from [[Chiclayo|CITY]]. Imagine if someone sees that. My son deleted it fast. And I don't like when it writes "authentic" in every post. Everybody writes authentic.

AI: Has it changed how you run things?

User: A little. I spend less time at night with the notebook, more time sleeping, which is good at my age. But the customers, the regulars, I know them myself. There's a señora, [[Maruja|PERSON]], she comes [[every Sunday|GENERIC_TIME]] since we opened, always table four, always with her grandson. No computer is going to remember that she doesn't eat cilantro. Well, maybe it could, but it wouldn't bring her the little glass of chicha without asking. For delivery, the apps take thirty percent, so my son made our own ordering on [[WhatsApp|SOFTWARE]] with a little bot that sends the menu, and then I or [[Walter|PERSON]] confirm. Old people still call.

AI: Thank you, [[Rosa|PERSON]]. If someone from our team wants to visit or follow up, how can they reach you?

User: Call the restaurant or the cell. The cell is [[nueve nueve ocho, cuatro uno siete, dos dos seis|OBF_PHONE|spanish_number_words]], with the code of [[Peru|COUNTRY]] first, plus fifty-one. Or come eat! Come on a [[Saturday|GENERIC_TIME]] when it's nice, and ask for me. And tell your friends.""")

# 6 government clerk, Bogota, Colombia
T.append("""AI: Thanks for taking the time. Could you start by describing your job?

User: Sure. I'm [[Yuly Andrea Castaño|PERSON]], I'm [[38|AGE]], and I work at the [[Secretaría Distrital de Movilidad|ORGANIZATION]] here in [[Bogotá|CITY]]. My title is [[profesional universitario|JOB_TITLE]], which sounds like nothing, I know. In practice I answer citizen petitions, what we call PQRS: complaints about traffic fines, requests about a bus route, people asking why their street has had a hole for two years. I came in through the merit contest in [[2017|DATE]]. Before that I was a contractor, renewing every six months, which was very stressful.

AI: Where does AI come into your work?

User: Officially, it's new. [[Last October|GENERIC_TIME]] the district gave some of us [[Copilot|AI_PRODUCT]] licenses as a pilot, inside [[Microsoft 365|SOFTWARE]]. Before that, people used [[ChatGPT|AI_PRODUCT]] on their personal phones, quietly. Everybody knew, nobody said. Now at least it's inside the institution. I use it mostly for drafting responses. A petition comes in, very angry, sometimes three pages, and I need to identify what exactly the person is asking, which rule applies, and answer within fifteen business days. [[Copilot|AI_PRODUCT]] helps me summarize and make a first draft. Then I check the norms myself.

AI: Can you give an example of how that goes?

User: Yes. Last week a man wrote about a camera fine in [[Kennedy|CITY]], saying he was not driving, his brother-in-law was. Long letter, very emotional, with photos. The draft was polite, but it cited an article from a decree that, when I checked, had been modified. So it was wrong. My colleague [[Hernán|PERSON]], who is a [[lawyer|JOB_TITLE]] in the legal office, always says the machine doesn't read the Diario Oficial. He's right. Now I keep a folder with the current norms, and I tell it to use only what I paste.

AI: What about privacy, given the petitions contain personal information?

User: That is the big discussion. The petitions have cédula numbers, addresses, license plates, sometimes medical things, like a person asking for a disability parking permit. The rule from our [[director|GENERIC_ROLE]] is that we remove all that before putting anything in. But honestly, when you have forty petitions in the queue, some people don't. Our [[intern|JOB_TITLE]], [[Valentina|PERSON]], made a little checklist and put it on every desk: name, cédula, address, plate, phone. Cross them out first. It's simple but it works. Even me, once I pasted my own employee code, [[80412|NATIONAL_ID]], into a draft because it was in the signature block. Nothing happened, but it made me think.

AI: How do you feel about AI changing the job?

User: Mixed. I like spending less time on the boring part, and the boring part is huge in public administration. But I worry the bosses will see that with AI one person can answer a hundred petitions, and then they don't renew contracts. Many of my colleagues are still contractors like I was. Even [[Gustavo Petro|PUBLIC_FIGURE]] talks about AI in his speeches now, so the pressure comes from everywhere. And the citizens deserve a real person reading. There's a lady who writes every month from [[Usme|CITY]] about the same bus stop. She's not going to stop until someone fixes it, and she deserves that. I studied public administration at the [[Universidad Nacional|SCHOOL]], and what they taught us is that the State is the person at the window. Now the window is an email, but still.

AI: Thank you, [[Yuly|PERSON]]. If we wanted to follow up, how could we reach you?

User: Better the personal mail, not the institutional one, because that one has filters. It's [[yuly.castano[at]hotmail[dot]com|OBF_EMAIL|bracket_at_dot]]. And please don't use my name if you write about the petitions, the communications office is very strict with us.""")

# 7 gig driver, Houston, USA
T.append("""AI: Hi, thanks for doing this. Tell me a little about yourself and your work.

User: Yeah, for sure. I'm [[Tomás Villarreal|PERSON]], everybody calls me [[Tommy|PERSON]]. I'm [[27|AGE]], I live in [[Pasadena|CITY]], just east of [[Houston|CITY]]. I drive full time, [[Uber|ORGANIZATION]] mostly, and [[DoorDash|ORGANIZATION]] when rides are slow. I started in [[2021|DATE]] after I got laid off from a [[Kroger|ORGANIZATION]] distribution center. I was going to do it for a couple months. That was three years ago, so.

AI: Where does AI come into gig work for you?

User: Man, everywhere, but most of it you don't see. The apps themselves are AI, right? The pricing, who gets which ride, that's all algorithms. You'll be sitting in a parking lot in the [[Galleria|CITY]] area for forty minutes with nothing, and your buddy two miles away gets three pings. Nobody can explain it. Then there's the stuff I use on purpose. I use [[Gridwise|SOFTWARE]] to track my miles and earnings, and I use [[ChatGPT|AI_PRODUCT]] as basically my accountant.

AI: Your accountant, how so?

User: Taxes. I'm a 1099, so nobody takes anything out, and my first year I got wrecked. Owed like four grand in [[April|GENERIC_TIME]] and didn't have it. My girlfriend [[Brianna|PERSON]] was like, you have to figure this out. So now [[every Sunday night|GENERIC_TIME]] I export my stuff from [[Gridwise|SOFTWARE]], paste the totals in, and ask how much to put aside for the quarterly payments. It explains the mileage deduction way better than the government website does. I still have a real tax guy at the end of the year, Mr. [[Nguyen|PERSON]], he does my return out of a little office in [[Alief|CITY]], but I walk in knowing what's going on now.

AI: Do you trust what it tells you?

User: Mostly, but I double check the big stuff. One time it told me I could deduct my whole phone bill, and Mr. [[Nguyen|PERSON]] said no, only the part I use for work. It's always confident, that's the thing. My cousin [[Javi|PERSON]] drives too, and he asked it which hours are best out in [[Katy|CITY]], and it just made up numbers. Looked real. Totally made up.

AI: How do you feel about the algorithms that assign you work?

User: Honestly, that's the part that gets me. You can get deactivated and it's like talking to a wall. A buddy of mine got kicked off for a week because the selfie check didn't recognize him after he shaved his beard. A week with no money. And now everybody's talking about robotaxis, [[Elon Musk|PUBLIC_FIGURE]] saying the cars are gonna drive themselves and make money for the owners, and [[Waymo|ORGANIZATION]] is already running in [[Austin|CITY]]. I'm not scared yet, [[Houston|CITY]] traffic is a different animal. But in ten years? I don't know. I'm taking night classes at [[San Jacinto College|SCHOOL]] for HVAC, just in case.

AI: That makes sense. Thanks, [[Tommy|PERSON]]. Would you be open to being contacted again?

User: Yeah, sure. Email is [[tommyv.drives@gmail.com|EMAIL_ADDRESS]]. I also do a little [[YouTube|SOFTWARE]] channel about driving, tips and my weekly earnings, it's [[youtube.com/@tommydriveshtx|URL]]. Like three hundred subscribers, don't laugh. [[Brianna|PERSON]] makes the thumbnails. And if you're mailing the gift card, it's [[2417 Pecan Hollow Drive|ADDRESS]], [[Pasadena|CITY]], [[Texas|CITY]] [[77502|ADDRESS]].""")

# 8 executive assistant, Alajuela, Costa Rica
T.append("""AI: Thank you for joining. Could you tell me about your role?

User: With pleasure. I'm [[Mariela Jiménez|PERSON]], I'm [[33|AGE]], and I'm an [[executive assistant|JOB_TITLE]] at [[Boston Scientific|ORGANIZATION]], in the plant in [[El Coyol|CITY]], [[Alajuela|CITY]]. I support the [[plant director|GENERIC_ROLE]] and two of the [[operations managers|GENERIC_ROLE]]. Agenda, travel, expense reports, meetings, all of that. I've been there since [[August 2018|DATE]]. Before that I worked at a hotel in [[Guanacaste|CITY]] doing reservations.

AI: How do you use AI in that kind of work?

User: A lot, especially this year. We have [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] and [[Outlook|SOFTWARE]], and for me the most useful is the meeting summaries. My [[director|GENERIC_ROLE]] is in calls with the people in [[Minnesota|CITY]] all day, half in English, half in Spanish, and I used to take notes by hand. Now [[Copilot|AI_PRODUCT]] makes the summary and the action items, and I just clean it. I save maybe an hour every day.

AI: What does cleaning it involve?

User: Names, mostly. It gets our names wrong. We have an [[engineer|JOB_TITLE]] called [[Jeison|PERSON]], and it writes "[[Jason|PERSON|misrendered_name]]" every time. And [[Yendry|PERSON]] becomes "[[Wendy|PERSON|misrendered_name]]." Also it assigns action items to the wrong person sometimes, which is dangerous, because then people think I assigned it. So I always read before sending. My friend [[Fio|PERSON]], who works for the [[HR director|GENERIC_ROLE]], almost sent a summary where it wrote that someone was "going to be let go" when they actually said "we're going to let go of the project." Imagine that email.

AI: Do you use any tools outside the company ones?

User: At home, yes, [[ChatGPT|AI_PRODUCT]], for my kids' school things or recipes. At work, no, it's blocked, and IT is very strict. We did a training in [[June|GENERIC_TIME]] about what is confidential. Medical devices, everything is regulated. My husband [[Andrés|PERSON]] laughs because I'm so careful, I don't even take photos in the parking lot. But I understand why. A friend of mine from the hotel days, [[Karina|PERSON]], now works in a call center in [[Heredia|CITY]], and they fired two people there for pasting client data into a free chatbot. So when people say IT is exaggerating, I think of that. Also, honestly, the company tools are good enough. I don't need to go outside. The only thing I miss is that the company version is slower on [[Monday|GENERIC_TIME]] mornings, when everybody is using it at the same time.

AI: Has AI changed how you see your job or your future?

User: Yes. Some people say the assistant job will disappear. I don't think so, but it will change. My [[director|GENERIC_ROLE]] told me, "[[Mariela|PERSON]], learn this better than anyone," and I took that seriously. I did an online course from the [[Universidad de Costa Rica|SCHOOL]] about AI for productivity, on [[Saturdays|GENERIC_TIME]]. Now other assistants come to me with questions. I also listened to an interview with [[Satya Nadella|PUBLIC_FIGURE]] where he said it's a copilot, not an autopilot, and I said, yes, exactly, that's my life.

AI: Thank you, [[Mariela|PERSON]]. Could we contact you again if needed?

User: Of course. [[WhatsApp|SOFTWARE]] is best, I'll dictate it slowly: [[5 0 6 - 8 8 4 1 - 2 7 0 9|OBF_PHONE|spaced_digits]]. The first part is the country code for [[Costa Rica|COUNTRY]]. Pura vida, and good luck with the study.""")

# 9 bakery owner, Kingston, Jamaica
T.append("""AI: Good morning, thank you for speaking with me. Tell me about yourself and your work.

User: Morning, morning. I'm [[Sharon-Ann McKenzie|PERSON]], I'm [[fifty-eight|AGE]] years old, and I run a bakery in [[Half Way Tree|CITY]], [[Kingston|CITY]]. [[Sweet Hands Bakery|ORGANIZATION]]. Hard dough bread, bulla, gizzada, totoes, patties on a [[Friday|GENERIC_TIME]], and cakes for weddings and nine-nights. I opened in [[1994|DATE]]. Before that I was a [[bank teller|JOB_TITLE]] at [[NCB|ORGANIZATION]] for six years, and I hated every day of it, God forgive me.

AI: And how has AI come into a bakery?

User: Through my nephew, [[Rushane|PERSON]]. He's [[twenty-two|AGE]], he's studying at [[UTech|SCHOOL]], and he handles the phone side of the business. Him show me that [[WhatsApp|SOFTWARE]] have an AI inside it now, the [[Meta AI|AI_PRODUCT]]. At first I thought it was a person. I was saying please and thank you to it! Now I use it to write out my cake orders properly, because people send voice notes, long long voice notes, and I need it in writing: flavour, size, what name to pipe on it, what day they collecting.

AI: What other ways do you use it?

User: [[Rushane|PERSON]] use [[Canva|SOFTWARE]] and the AI in it to make the flyers. The Christmas cake flyer last year was beautiful, I must admit. And I ask the AI to help me with pricing, because flour gone up, sugar gone up, everything gone up, and I don't want to lose my regular customers. Miss [[Pansy|PERSON]] from the church buys bulla every single [[Saturday|GENERIC_TIME]] for thirty years. I can't raise price on Miss [[Pansy|PERSON]]. So the AI help me see which things I can raise and which I should leave alone.

AI: Is there anything about it that worries you?

User: Yes. One time a customer asked the AI, on our [[WhatsApp|SOFTWARE]], whether the black cake have nuts, and it answered her, "No nuts," confident, confident. It do have nuts! It have almonds! Thank God the lady called to double check because her son is allergic. After that I told [[Rushane|PERSON]], the AI doesn't answer customers, only me. It helps me, it doesn't talk for me. Also my daughter [[Kimberley|PERSON]], she's a [[pharmacist|JOB_TITLE|relative_job]] up in [[Mississauga|CITY]], she warned me about putting people's phone numbers in it. So I'm careful now.

AI: How do you see the future of your business with these tools?

User: Bakery is hands. That's why it's called [[Sweet Hands|ORGANIZATION]]. No computer going to knead dough. But the paperwork, the orders, the posting, yes, I will take the help. I saw the Prime Minister, [[Andrew Holness|PUBLIC_FIGURE]], on the news talking about digital this and digital that, and I said, well, me too! I'm not too old to learn. The ladies at church laugh at me, they say, [[Sharon|PERSON]], you and your robot. But then they come ask me to help write their letters, to the landlord, to the water company, and I do it for them with the AI, free of charge. Sister [[Joyce|PERSON]] got her water bill corrected that way, three months of overcharge. She brought me a bag of Julie mangoes to say thanks.

AI: Thank you, [[Sharon-Ann|PERSON]]. How can we reach you if we have more questions?

User: Call the shop, [[876-555-0193|PHONE_NUMBER]], or email [[sweethandsja at yahoo dot com|OBF_EMAIL|spelled_at_dot]]. And look for us on [[Instagram|SOFTWARE]], [[@sweethands_hwt|SOCIAL_HANDLE]], my nephew post every day. Come for a patty when you're in [[Kingston|CITY]].""")

# 10 accountant, Santiago, Chile
T.append("""AI: Thanks for being here. Could you describe your work?

User: Sure. My name is [[Felipe Muñoz|PERSON]], I'm [[44|AGE]], and I'm a [[contador auditor|JOB_TITLE]], which is like a certified accountant. I work at [[Cordillera Asesores|ORGANIZATION]], a mid-size accounting and tax firm in [[Providencia|CITY]], in [[Santiago|CITY]]. About forty people. I've been there since [[2008|DATE]], I started as a junior right out of the [[Universidad de Santiago|SCHOOL]]. Now I run the audit team for our mid-size clients: a salmon company in [[Puerto Montt|CITY]], a couple of wineries in the [[Colchagua|CITY]] valley, a chain of hardware stores.

AI: How does AI fit into audit and accounting work for you?

User: It's growing fast. The basic level is [[Copilot|AI_PRODUCT]] inside [[Excel|SOFTWARE]], which the firm pays for. I use it to write formulas I'm too lazy to write, and to find weird things in big ledgers, like duplicate invoices or payments on a [[Sunday|GENERIC_TIME]]. Then I pay myself for [[ChatGPT Plus|AI_PRODUCT]], and recently I started using [[Claude|AI_PRODUCT]] for long contracts. A lease agreement of eighty pages, I ask it to list the clauses that affect how we book the lease. It's very good at that, better than me at eleven at night.

AI: Does your firm have rules about this?

User: We do now. Our [[managing partner|GENERIC_ROLE]], [[Gonzalo|PERSON]], was very skeptical. He's [[sixty-something|AGE]] and he still prints everything. But after a client asked us in a tender whether we use AI and how we protect their data, he had to write a policy. Basically: client data only in the tools the firm licenses, never in personal accounts, and every output reviewed by a person who signs. So, technically, the contracts I put in [[Claude|AI_PRODUCT]] I first anonymize, I change the company names and the RUTs. It takes time, but fine.

AI: Has anything gone wrong?

User: Once, yes. I asked for the accounting standard for a specific thing and it gave me a paragraph number that doesn't exist. Very convincing. Our [[junior analyst|JOB_TITLE]], [[Catalina Rojas|PERSON]], caught it because she went to look for it. She's [[twenty-five|AGE]], she grew up with this, and she trusts it less than I do, which surprised me. She builds our [[Power BI|SOFTWARE]] dashboards and she's always telling me, "[[Felipe|PERSON]], it's a parrot, not an auditor."

AI: How do you think it will change the profession?

User: The junior work will change a lot. Vouching, tick marks, reconciling, the machine can do a big part. That worries me for the young people, because that's how you learn. You learn by doing the boring things a thousand times. [[Sam Altman|PUBLIC_FIGURE]] can say what he wants, but somebody has to sign the audit opinion and go to the meeting with the board when something is wrong. My wife [[Carolina|PERSON]], she's a [[kinesióloga|JOB_TITLE|relative_job]], says at least nobody is automating backs yet.

AI: Thank you, [[Felipe|PERSON]]. How can we reach you for a follow-up?

User: My [[LinkedIn|SOFTWARE]] is the best, [[linkedin.com/in/felipe-munoz-auditor|URL]], I check it every day. Or the email, [[fmunoz.cpa@gmail.com|EMAIL_ADDRESS]]. I'm in [[Chile|COUNTRY]] time, so mornings for you are probably fine.""")

# 11 dental hygienist, Winnipeg, Canada
T.append("""AI: Thanks for joining. Could you start by telling me about your work?

User: Sure thing. I'm [[Ashley Sinclair|PERSON]], I'm a [[dental hygienist|JOB_TITLE]] at [[Riverview Family Dental|ORGANIZATION]] in [[Winnipeg|CITY]]. I'm [[36|AGE]], I live in [[St. Vital|CITY]] with my partner and two boys. I graduated from the hygiene program at [[Red River College|SCHOOL]] in [[2010|DATE]], and I've been at this clinic for nine years. It's a small office, two dentists, three hygienists, four people at the front.

AI: Where has AI come into a dental office?

User: The x-rays, mostly. About a year ago Dr. [[Kowalski|PERSON]], who owns the practice, signed up for this program called [[Pearl|AI_PRODUCT]]. It reads the bitewings and puts little coloured boxes around anything it thinks is a cavity or bone loss or calculus. Funny thing, my grandma's name was [[Pearl|PERSON|name_equals_product]], so every time someone says "let's see what [[Pearl|AI_PRODUCT]] thinks," I get a little flashback to her kitchen. Anyway, the boxes show up on the screen in the operatory, right next to the chart in [[Dentrix|SOFTWARE]].

AI: How do patients react to it?

User: Honestly, they love it. It's visual. Before, I'd point at a grey smudge on an x-ray and say, see that shadow, and they'd nod and not believe me. Now there's a red box and they go, oh. It's made treatment acceptance go up, which the owner is happy about. But I have mixed feelings. Sometimes it flags things that aren't really there, like a burnout at the neck of the tooth, and then I have to explain to a worried patient that the computer is being dramatic. And I've had patients ask, "so the robot diagnosed me?" No. The dentist diagnoses. The software is a second opinion.

AI: Are there other tools you use?

User: Our [[office manager|GENERIC_ROLE]], [[Lorraine|PERSON]], uses [[ChatGPT|AI_PRODUCT]] for the recall texts and the [[Google|SOFTWARE]] review replies. She's [[sixty-one|AGE]] and she took to it faster than any of us. I use it a bit at home, to be honest, for patient education stuff. Like I'll ask it to explain periodontal disease at a grade six level, and then I make a handout. I don't put any patient information in. [[Manitoba|CITY]] has pretty strict health privacy rules, and we had a whole lunch-and-learn about it on a [[Wednesday|GENERIC_TIME]] with pizza.

AI: Has AI changed how you think about your job?

User: A little. I don't think anyone's going to replace the person scraping your teeth anytime soon, ha. That's the physical part. But the charting, the notes, I could see that getting automated, and I would not miss it. I spend maybe twenty minutes a day typing perio charts. My co-worker [[Mandeep|PERSON]] tried a voice charting thing on her phone, but the clinic didn't approve it, so she stopped. I do worry about the boxes making us lazy. New grads might trust the red box more than their own eyes, and that's how you miss something the software wasn't trained on.

AI: Thank you, [[Ashley|PERSON]]. If we want to get in touch again, what's the best way?

User: Email's good. I'll type it in the chat so it's spelled right: [[ashley\u200b.sinclair\u200b@\u200bshaw.ca|OBF_EMAIL|zero_width_chars]]. Oh, that's weird, it pasted funny from my notes app, but it should work. Or text, [[204-555-0162|PHONE_NUMBER]]. If you need to mail the consent form, send it to the clinic, [[1140 St. Mary's Road|ADDRESS]], [[Winnipeg|CITY]], [[R2M 3S9|ADDRESS]]. Evenings are better, the boys have hockey most [[Tuesdays|GENERIC_TIME]] and [[Thursdays|GENERIC_TIME]] but I'm free otherwise.""")

# 12 primary teacher, Trinidad
T.append("""AI: Good afternoon, and thanks for agreeing to this interview. Could you tell me about yourself?

User: Good afternoon. My name is [[Kavita Ramdass|PERSON]]. I'm a [[primary school teacher|JOB_TITLE]] at [[Tunapuna Hindu School|SCHOOL]], in [[Tunapuna|CITY]], just east of [[Port of Spain|CITY]]. I'm [[45|AGE]]. This year I have Standard Five, so the children are writing SEA in [[May|GENERIC_TIME]], which is the big exam that decides which secondary school they go to. So it's a very pressured year. I've been teaching since [[2002|DATE]], after I did my degree at [[UWI St. Augustine|SCHOOL]].

AI: How does AI show up in your teaching?

User: Slowly. Not everybody has devices, and the school wifi is, well, let me be kind and say it's shy. But I use [[ChatGPT|AI_PRODUCT]] at home to make practice questions. Creative writing is the hardest part of SEA for many of my students, so I'll ask it for story prompts that are local, you know, a child at [[Maracas|CITY]] beach, a lime with family for [[Divali|GENERIC_TIME]], a power cut during [[Carnival|GENERIC_TIME]]. It's better when I tell it to use local things. If I don't, it gives me snow days and [[Thanksgiving|GENERIC_TIME]] and my children look at me like I'm mad.

AI: Have you tried any tools made for teachers?

User: Yes, a younger colleague, [[Shanice Charles|PERSON]], showed me [[MagicSchool|AI_PRODUCT]]. It can make rubrics and differentiate a worksheet into three levels. That was helpful, because in one class I have children reading at Standard Two level and children reading at Form Two level. [[Shanice|PERSON]] is very into all of this, she has a little page on [[Facebook|SOFTWARE]] where she shares resources for other teachers.

AI: Are there concerns at your school about AI?

User: Our principal, Mr. [[Baptiste|PERSON]], is cautious. He said at the staff meeting that the Ministry hasn't given proper guidance yet, and until they do, nothing that goes home with a child should come straight from a machine. Which I agree with. Parents also worry. One father came in very upset because his son was using AI to do his Maths homework. I told him, sir, I know, because the boy showed working that he couldn't explain to me. We had a good talk, the three of us. The boy is doing better now.

AI: What about your own family? Do they use these tools?

User: My husband [[Ravi|PERSON]] works at [[Massy Stores|ORGANIZATION]], in the head office, and he uses it for reports. My daughter, she's [[fourteen|AGE]], at [[St. Augustine Girls'|SCHOOL]], and I watch her like a hawk with it. And my mother, who is [[seventy-eight|AGE]], thinks the phone is listening to her. Which, to be fair. She is a big cricket fan, and she asked the AI once whether [[Brian Lara|PUBLIC_FIGURE]] could still make the [[West Indies|ORGANIZATION]] team, and it gave her a long serious answer about his age and fitness. She laughed for a whole day.

AI: That's lovely. Thank you, [[Kavita|PERSON]]. How could we reach you for any follow-up?

User: You could call me after school, around four. The number is [[eight six eight, seven double-two, four nine one five|OBF_PHONE|double_digit_words]]. If I don't answer, I'm probably in traffic on the highway, so just send a [[WhatsApp|SOFTWARE]] and I'll get back to you in the evening.""")

# 13 HVAC technician, Phoenix, USA
T.append("""AI: Thanks for making the time, I know you're busy this time of year. Could you tell me about your job?

User: Yeah, [[July|GENERIC_TIME]] in [[Phoenix|CITY]], you picked the worst month, ha. I'm [[Bobby Tsosie|PERSON]], full name [[Robert|PERSON]], but nobody calls me that except my mom. I'm [[50|AGE]]. I'm an [[HVAC service technician|JOB_TITLE]] with [[Desert Air Mechanical|ORGANIZATION]], we're a mid-size residential outfit based in [[Glendale|CITY]]. I grew up on the reservation near [[Chinle|CITY]], moved down here for trade school at [[GateWay Community College|SCHOOL]], and I've been turning wrenches since [[1997|DATE]].

AI: How does AI come into HVAC work?

User: Two ways. The company side and my side. On the company side, we run [[ServiceTitan|SOFTWARE]] for dispatch and invoicing, and they added some AI stuff that suggests what to sell, like, this customer's system is fourteen years old, pitch a replacement. Our [[dispatcher|JOB_TITLE]], [[Gloria|PERSON]], says it also helps her route us so we're not driving from [[Peoria|CITY]] to [[Mesa|CITY]] and back in one day. On my side, I use [[ChatGPT|AI_PRODUCT]] on my phone, the voice mode. I'll be on a roof, hundred and fifteen degrees, looking at some old unit I've never seen, and I'll take a picture of the data plate and ask it for the wiring diagram or what the fault code means.

AI: Does it get those right?

User: Maybe seventy percent. It's good on the common brands. On weird old stuff it'll just invent an answer and sound sure about it. Once it told me a blinking pattern meant a bad pressure switch and it was actually a bad inducer motor. Cost me forty minutes. So I use it like I'd use a helper who just got out of school. Good for ideas, check everything. My son [[Tyler|PERSON]] is my apprentice this summer, he's [[nineteen|AGE]], and I have to remind him of the same thing. He believes whatever the phone says. I tell him the unit doesn't care what the phone says.

AI: How do you feel about the sales suggestions from the software?

User: Not great, honestly. I'm there to fix people's AC, not to push a twelve-thousand-dollar system on a retired lady in [[Sun City|CITY]] who just needs a capacitor. The office likes those numbers though. My [[service manager|GENERIC_ROLE]] and I have had words about it. He's not a bad guy, he's got targets from the owners. But I go by what I'd want somebody to do for my mom. That's my rule.

AI: Do you talk with other techs about AI?

User: Yeah, there's a big forum and a couple [[Facebook|SOFTWARE]] groups. I'm on the forum as [[coolbreeze_bobby|SOCIAL_HANDLE]]. Guys argue about it like everything else. Some old-timers think it's garbage. Some young guys basically can't work without it. I'm somewhere in the middle. The thing I'd love is a tool that actually knows the old manuals, the real ones, not guesses. Somebody should scan every install manual since 1980 and make it searchable. That would save me hours every week, especially in [[August|GENERIC_TIME]] when we're running twelve calls a day.

AI: Great, thanks, [[Bobby|PERSON]]. Is there a good way to follow up with you?

User: Call or text, [[(623) 555-0178|PHONE_NUMBER]]. Just not between ten and four in the summer, I'm on roofs. After [[Labor Day|GENERIC_TIME]] things calm down and I'll actually have time to talk.""")

# 14 call centre agent, San Pedro Sula, Honduras
T.append("""AI: Hi, thank you for talking with me today. Can you introduce yourself?

User: Yes, hello. I'm [[Jorge Luis Maradiaga|PERSON]], I'm [[24|AGE]], from [[San Pedro Sula|CITY]], [[Honduras|COUNTRY]]. I work as a [[bilingual customer service agent|JOB_TITLE]] for [[Startek|ORGANIZATION]], in the campaign for a phone company in [[the United States|COUNTRY]]. I answer calls from customers about their bills, their plans, when the internet doesn't work. I started in [[January 2022|DATE]]. I learned English mostly from video games and from my cousins in [[New Orleans|CITY]].

AI: How does AI appear in your daily work?

User: Everywhere now. In the computer we have a tool, an assistant, that listens to the call and suggests what to say, and shows the policy for the problem. It's like a little window on the side. Sometimes it's very helpful, like when a customer asks about a promotion I never heard of. And there is another tool, [[Sanas|AI_PRODUCT]], that changes the accent of my voice in real time, so the customer hears me more American. That one is strange. My [[team lead|GENERIC_ROLE]], [[Karla|PERSON]], says it improves the survey scores. But when I listen to the recording, it's not my voice. It's my words, but not me.

AI: How do you feel about that?

User: Honestly, mixed. Some customers are rude when they hear an accent, so the tool protects us a little. But also it's sad, no? Like my accent is a problem to fix. My friend [[Dayana|PERSON]] from the next row refused to use it at first, but the metrics went down and she had to accept. We also have the AI that scores every call, not only a sample. Before, a person from quality listened to five of your calls per month. Now the system listens to all of them and gives you a score for empathy, for following the script. You feel watched all the time.

AI: Do you use AI outside of work?

User: Yes, [[ChatGPT|AI_PRODUCT]] for my studies. I study industrial engineering at the [[UNAH|SCHOOL]], in the night program, [[Tuesdays|GENERIC_TIME]] and [[Thursdays|GENERIC_TIME]] and [[Saturdays|GENERIC_TIME]]. I use it to explain things from class when I'm too tired to read. Also for English, I ask it about expressions the customers use. One lady told me "bless your heart" and I thought she was being nice. [[ChatGPT|AI_PRODUCT]] told me, maybe not. Ha. My mom in [[La Ceiba|CITY]] thinks I talk to gringos all day for fun.

AI: Do you have any worries about your job in the future?

User: Yes, of course. If the AI can answer the simple calls, and it already does some of them, the chat part is almost all bots now, then maybe they need fewer agents. In the floor people talk about it. The company says no, they will move us to more complex calls. We'll see. For now I'm trying to finish the degree. I also watch what is happening, like everybody watched when [[Messi|PUBLIC_FIGURE]] went to [[Miami|CITY]], now everybody watches the AI news. And my agent ID, [[HN-44718|NATIONAL_ID]], is on every report they send, so I know they are measuring everything.

AI: Thank you, [[Jorge|PERSON]]. How can we reach you if we have more questions?

User: Better by email. It's [[jl guion bajo maradiaga arroba outlook punto com|OBF_EMAIL|spanish_guion_bajo_arroba]]. Don't send to the company email, they read everything.""")

# 15 social worker, Montreal, Canada
T.append("""AI: Thank you for taking the time. Could you describe your work to start?

User: Yes. I'm [[Widlyne Joseph|PERSON]], I'm a [[social worker|JOB_TITLE]] at the CLSC in [[Montréal-Nord|CITY]], which is part of the [[CIUSSS du Nord-de-l'Île-de-Montréal|ORGANIZATION]]. I work in the youth and family team. I'm [[31|AGE]], I studied at [[UQAM|SCHOOL]], and I've been in this job since [[September 2019|DATE]], so I started just a few months before the pandemic, which was quite the welcome.

AI: How does AI come into your work, if at all?

User: Officially, very little. In [[Quebec|CITY]] we have a strict privacy law now, Law 25, and the health network is very careful. We're not allowed to put any client information in outside tools, and [[Copilot|AI_PRODUCT]] on our work computers is turned off, at least for now. There's a committee studying it. So what I do is at home, on my own time, with [[ChatGPT|AI_PRODUCT]]. I use it to help me think through things in general, without any names or details. For example, how to explain a youth protection process to a parent who is scared, in simple words, in Creole. My mother speaks Creole with me, but my written Creole is not perfect, so it helps me find the words, and then I check with her.

AI: How do your colleagues approach it?

User: It depends a lot on age and on how tired people are. My colleague [[Marc-Antoine|PERSON]] is very enthusiastic, he wants the network to adopt something for writing notes, because we spend maybe forty percent of our time on notes. Our [[clinical coordinator|GENERIC_ROLE]] is more careful, she says the note is a legal document and a machine can't sign it. I understand both. Personally, I would love help with the notes, but I'm afraid of what it would write. Our notes describe families in crisis. If a tool writes "mother is uncooperative" when actually the mother was working a night shift and couldn't come, that sentence follows the family for years.

AI: Have you seen any problems from AI in your work, even indirectly?

User: Yes, with the families. Some parents arrive with letters written by [[ChatGPT|AI_PRODUCT]], very formal, very long, sometimes citing laws from [[France|COUNTRY]] or [[the United States|COUNTRY]] that don't apply here. They think it makes them more credible. I don't judge them, they're trying to protect their children. But it creates confusion. And teenagers, of course. One girl I follow, I won't say her name, she was talking to an AI companion app every night instead of sleeping. Her grandmother came to see me about it. That's a new kind of situation for us.

AI: What would you want decision-makers to know?

User: That our problem is not a lack of technology. It's a lack of people. We have waiting lists. [[François Legault|PUBLIC_FIGURE]] can announce all the AI investments he wants, but if a family waits six months to see anyone, no chatbot fixes that. If AI can take away the paperwork so we see families more, wonderful. If it's used to cut positions, then no. I say this also as someone who grew up in [[Saint-Michel|CITY]], not far from where I work. I know what it means when services are far away.

AI: Thank you, [[Widlyne|PERSON]]. How can we reach you later?

User: By my personal email, please, I'll say it in French because that's how I always give it: [[widlyne point joseph arobase gmail point com|OBF_EMAIL|french_arobase_point]]. I'm usually available on [[Friday|GENERIC_TIME]] afternoons, we have a lighter schedule then.""")

# 16 realtor, Miami, USA
T.append("""AI: Thanks for taking the time. Could you tell me a bit about yourself and what you do?

User: Of course! I'm [[Daniela Ferrer|PERSON]], but everybody calls me [[Dani|PERSON]]. I'm a [[realtor|JOB_TITLE]] with [[Coastline Realty Group|ORGANIZATION]] in [[Coral Gables|CITY]]. I'm [[39|AGE]], born and raised in [[Hialeah|CITY]], my parents came from [[Cuba|COUNTRY]] in the eighties. I got my license in [[2016|DATE]], after ten years at the front desk of a dental office, and I've never looked back. Mostly residential, a lot of first-time buyers, a lot of families moving down from up north.

AI: How do you use AI in real estate?

User: Oh my God, every day. Listing descriptions, first of all. I used to spend an hour on each one, now I give [[ChatGPT|AI_PRODUCT]] the bedrooms, the square footage, the upgrades, and I tell it, make it warm but not cheesy, and no "nestled," I hate "nestled." Then I fix it. I also use it for the Spanish versions, because half my clients prefer Spanish. And I use a virtual staging app for empty houses, it puts furniture in the photos. You have to disclose it in the listing, which I always do, because I had buyers, the [[Hendersons|PERSON]], walk into a house another agent listed and say, where's the couch? They felt tricked.

AI: What other tools are part of your work?

User: Our CRM is [[Follow Up Boss|SOFTWARE]], and it has AI now that writes follow-up texts. That one I'm careful with, because it'll write "Hi [[Maria|PERSON|misrendered_name]]!" to someone named [[Mario|PERSON]], you know? Which actually happened. [[Mario|PERSON]]'s a client from [[Doral|CITY]], he thought it was funny, thank God. My [[broker|GENERIC_ROLE]] says the brokerage is responsible for whatever goes out, so the rule is you read before you hit send. And the big portals have AI search now, so buyers show up having already "asked the house questions." Sometimes they believe wrong information about the flood zone, which in [[Miami|CITY]] is a very big deal.

AI: Has AI changed your relationship with clients?

User: Clients expect faster answers now. If it's eleven at night and they text me about an HOA fee, they expect an answer, because the chatbot answers at eleven at night. But the real work is still people. Negotiating, calming people down when the inspection comes back bad, sitting with an older couple who are selling the house where they raised their kids. Last [[December|GENERIC_TIME]] I closed for a widow in [[Kendall|CITY]], Mrs. [[Alvarado|PERSON]], and she cried at the closing table and I cried too. No app does that. My mom says I'm too soft for this business. Maybe, but my referrals say otherwise.

AI: Are there any concerns for you around AI in your industry?

User: Fair housing, for sure. You can't say "perfect for a young family" or anything that steers people, and the AI writes stuff like that all the time if you're not watching. We had a training on it from the [[Miami Association of Realtors|ORGANIZATION]]. Also fake listings and scams, wire fraud, people using AI voices to pretend to be the title company. That scares me. I tell every client, if someone calls about wiring money, call me first. Even [[Ron DeSantis|PUBLIC_FIGURE]] was talking about AI scams on TV the other day, so it's everywhere. Oh, and some people ask for my license number to check me out, which is smart. It's [[SL3459021|NATIONAL_ID]], anybody can look it up on the state website.

AI: Thank you, [[Dani|PERSON]]. What's the best way to reach you for a follow-up?

User: Text me, I'll type it so you have it: [[３０５-５５５-０１４８|OBF_PHONE|fullwidth_digits]]. Sorry, my keyboard does that weird wide thing sometimes. Or DM me on [[Instagram|SOFTWARE]], [[@danisellsmiami|SOCIAL_HANDLE]], I answer everything there, usually between showings.""")

# 17 librarian, Buenos Aires, Argentina
T.append("""AI: Good morning, and thank you for your time. Could you tell me about your work?

User: Good morning. I'm [[Lucía Fernández Paz|PERSON]], [[forty-nine|AGE]] years old, and I'm a [[librarian|JOB_TITLE]] at the [[Biblioteca Popular Alfonsina|ORGANIZATION]], a community library in [[Villa Urquiza|CITY]], in [[Buenos Aires|CITY]]. A biblioteca popular is a library run by a civil association, by neighbours, with a little help from the state, when there is help. I studied library science at the [[UBA|SCHOOL]] and I've been here since [[2005|DATE]]. We are three employees and many volunteers.

AI: How does AI come into the library?

User: In two ways. For our work, and for the people who come. For our work, I use [[ChatGPT|AI_PRODUCT]] sometimes to help with cataloguing, to suggest subject headings for a donated book when I'm not sure, and then I check against the real authority lists. Our catalogue is in [[Koha|SOFTWARE]], which is free software, and my colleague [[Gabo|PERSON]], [[Gabriel|PERSON]], he's the one who knows computers, he wanted to connect some AI to it to write summaries of books. We tried it with twenty books and three of the summaries were invented. One of them gave a plot to a poetry book. So we stopped.

AI: And the people who come to the library, how do they use it?

User: Students come with homework done by AI and ask us to help them find the sources, and the sources don't exist. That happens every week. I had a girl from the secondary school looking for a quote from [[Borges|PUBLIC_FIGURE]] that her AI gave her, very beautiful, about libraries and mirrors. It sounded like [[Borges|PUBLIC_FIGURE]], but it wasn't in any book. We spent an hour looking together. At the end she understood something important, that sounding right and being right are different. I think that is our job now.

AI: Do you run any activities around this?

User: Yes, since [[last year|GENERIC_TIME]] we do a workshop on [[Thursday|GENERIC_TIME]] evenings, "AI for curious people," mostly for retired neighbours. Don [[Aníbal|PERSON]], who is [[eighty-something|AGE]] and comes every day to read the newspapers, is the star. He uses the AI on his phone to ask about tango lyrics and football history, and then he corrects it, with great pleasure. He says it knows less about [[Boca|ORGANIZATION]] than he does. We also teach them about scams, because many old people get calls with voices pretending to be a grandson in trouble.

AI: How is the situation of the library in general?

User: Difficult. With the cuts, the subsidies for bibliotecas populares are uncertain. [[Milei|PUBLIC_FIGURE]] says the state should not pay for these things. So we depend on the membership fees and on events. That's also why AI is interesting for us, because we are few people with a lot of work. But I don't want a library without librarians. A library is a place where someone asks you, what do you need, and listens. My daughter, [[Sofía|PERSON]], who is studying design, made our new posters with an AI image tool, and they are beautiful, but I asked her to put a real photo of the reading room too.

AI: Thank you, [[Lucía|PERSON]]. How can we contact you if we have more questions?

User: Call me on the mobile, I'll say it the way we say it here: [[once, quince, cuarenta y dos, ochenta y ocho, diecinueve, cero tres|OBF_PHONE|spanish_paired_number_words]]. Or come visit, we're open from [[Monday|GENERIC_TIME]] to [[Saturday|GENERIC_TIME]], in the afternoon. There is always mate.""")

# 18 agronomist, coffee cooperative, Minas Gerais, Brazil
T.append("""AI: Thank you for making time for this. Could you start by telling me about your work?

User: Of course. My name is [[Edson Ribeiro|PERSON]], I'm [[55|AGE]], and I'm an [[agronomist|JOB_TITLE]] at [[Cooxupé|ORGANIZATION]], which is a coffee cooperative based in [[Guaxupé|CITY]], in the south of [[Minas Gerais|CITY]]. I do technical assistance for the cooperative members, mostly small and medium coffee producers. I visit farms, I look at the plants, the soil, the pests, and I help them plan fertilization and harvest. I've been with the cooperative since [[1996|DATE]], I graduated from [[UFLA|SCHOOL]] in [[Lavras|CITY]] the year before.

AI: Where does AI come into coffee farming for you?

User: More and more. We have satellite images and drone images now, and there are systems that use AI to identify areas with problems, like leaf rust, or water stress, or the coffee berry borer. The producer gets a map with colours. For the big farms it's normal already. For the small producer, it's new. We also use [[Aegro|SOFTWARE]], a farm management app, and it has some recommendations built in. And I use [[ChatGPT|AI_PRODUCT]] myself, for writing the technical reports. I write in a very technical way, and the producer wants something simple. So I ask it to rewrite my report in simple Portuguese, like I'm talking to the producer on the porch.

AI: How do producers react to these tools?

User: It depends a lot. Seu [[Zé Carlos|PERSON]], who has twelve hectares near [[Muzambinho|CITY]], he's [[seventy|AGE]] years old and he told me, "[[Edson|PERSON]], I don't need a satellite to tell me the coffee is sick, I see it from my window." And he's right, in part. But the satellite saw a problem in a corner of his farm he doesn't walk every day. So now he trusts it a little. The young ones, the sons and daughters who come back to the farm after studying, they love it. They ask me about AI before I even talk about it. His granddaughter [[Thaís|PERSON]] asks me questions every visit.

AI: Are there concerns about data or about who benefits?

User: Yes, this is an important discussion in the cooperative. The data of the farm, who owns it? If a company sells the app and collects data from thousands of small farms, they know more about the harvest than the producer, and that can affect prices. Our [[superintendent|GENERIC_ROLE]] talks about this in the assemblies. Also there is the risk that the AI recommends more product, more pesticide, because the company that makes the app is connected to the company that sells the chemicals. I always say, look at who paid for the tool.

AI: Has it changed your work personally?

User: I write faster, I have more time in the field, which is what I like. I also use it to study. Climate is changing very fast here, the frost of [[2021|DATE]] destroyed many farms, and then the drought. I ask the AI to summarize new research, but then I read the original. My daughter [[Larissa|PERSON]] is finishing agronomy at [[ESALQ|SCHOOL]], in [[Piracicaba|CITY]], and she laughs at me because I print the articles. The government talks a lot about AI in agriculture, even [[Lula|PUBLIC_FIGURE]] mentioned it in a speech, but out here the signal on the phone still drops on the way to the farm.

AI: Thank you very much, [[Edson|PERSON]]. How can we reach you later?

User: By email is best. In Portuguese we say it like this: [[edson ponto ribeiro arroba uol ponto com ponto br|OBF_EMAIL|portuguese_arroba_ponto]]. During the harvest, from [[May|GENERIC_TIME]] to [[August|GENERIC_TIME]], I take longer to answer, please be patient.""")

# 19 paramedic, Halifax, Canada
T.append("""AI: Thanks for talking with me. Could you tell me a bit about yourself and your job?

User: Yeah, for sure. I'm [[Connor MacIsaac|PERSON]], I'm [[29|AGE]], I'm a [[primary care paramedic|JOB_TITLE]] with [[EHS|ORGANIZATION]], that's [[Emergency Health Services|ORGANIZATION]], here in [[Nova Scotia|CITY]]. I work out of a base in [[Dartmouth|CITY]], mostly covering [[Halifax|CITY]] and the surrounding area. I grew up in [[Antigonish|CITY]], did my paramedic program at [[Holland College|SCHOOL]] over in [[PEI|CITY]], and I've been on the road since [[2017|DATE]].

AI: Where does AI come into your work, if at all?

User: Not a ton on the truck yet. The dispatch side uses some decision support to prioritize calls, so the system that decides whether we go lights and sirens has gotten smarter. Our charting is all electronic, we do it on a tablet, and there's talk of adding something that'll draft the narrative from what we say out loud. Honestly, I'd welcome it. After a bad call, the last thing you want is to sit in the hospital bay for forty minutes typing. Which we do, because offload delays at the [[QEII|ORGANIZATION]] are brutal.

AI: Do you use any AI tools personally?

User: Yeah, I use [[ChatGPT|AI_PRODUCT]] a lot for studying. I'm working toward my advanced care paramedic, so I'll paste in a protocol, no patient info, just the protocol, and have it quiz me with scenarios. Like, "you arrive at a sixty-year-old male with chest pain," and I have to walk through it. My partner on the truck, [[Jen Boudreau|PERSON]], thinks it's hilarious that I study with a robot, but then she borrowed my phone to quiz herself on pediatric doses, so. My girlfriend [[Sarah|PERSON]] is an [[ER nurse|JOB_TITLE|relative_job]] and she's more skeptical, she says it gets drug stuff wrong sometimes, and she's right. I double check everything against the actual protocol book.

AI: What about the dispatch system, how do crews feel about it?

User: Mixed. When it works, it's great. But sometimes a call gets downgraded by the system and then you get there and it's way worse than the caller described. That's not really the AI's fault, people panic and say weird things on the phone. There's a guy on my shift, [[Dwayne|PERSON]], who's been doing this twenty-five years, and he says no algorithm can hear the difference between a scared grandmother and a really sick one. I kind of agree. A lot of it is instinct. I talk about this stuff on [[Reddit|SOFTWARE]] sometimes, I'm [[u/medic_connor_ns|SOCIAL_HANDLE]], there's a good paramedic community on there.

AI: Has any of this affected how you think about the job long term?

User: Not really the AI stuff. What affects me is burnout. We're short staffed, the offloads are long, everybody's tired. If AI can get the paperwork off my plate, I'll take it. If it's used to squeeze more calls out of fewer crews, that's a problem. The province keeps announcing health tech, [[Tim Houston|PUBLIC_FIGURE]] was on the news talking about virtual care, but the trucks are still sitting outside the ER in [[January|GENERIC_TIME]]. My employee number is on every chart I write, [[E-20931|NATIONAL_ID]], and some nights I feel like that's all I am to the system.

AI: Thanks for sharing that, [[Connor|PERSON]]. What's the best way to reach you for a follow-up?

User: Email's good. It's [[connor.macisaac (at) outlook (dot) com|OBF_EMAIL|paren_at_dot]]. I work four on, four off, so if I'm slow to answer I'm probably on nights.""")

# 20 hotel receptionist, Cancun, Mexico
T.append("""AI: Hi, thanks for joining. Could you introduce yourself and your job?

User: Hello, yes. I'm [[Itzel Canché|PERSON]], I'm [[26|AGE]], and I'm a [[front desk agent|JOB_TITLE]] at [[Hotel Marea Azul|ORGANIZATION]], in the [[Hotel Zone|CITY]] in [[Cancún|CITY]]. I'm from [[Valladolid|CITY]], in [[Yucatán|CITY]], my family is Maya, my grandmother speaks only Maya. I came to [[Cancún|CITY]] in [[2018|DATE]] to study tourism at the [[Universidad del Caribe|SCHOOL]], and I started at the hotel during my internship and they hired me after.

AI: Where does AI come into your work at the hotel?

User: A lot with languages. We have guests from [[the United States|COUNTRY]], [[Canada|COUNTRY]], [[Brazil|COUNTRY]], now many from [[Poland|COUNTRY]] and [[Germany|COUNTRY]]. I speak Spanish, English, and a little Maya, but not Polish, ha. So we use [[DeepL|AI_PRODUCT]] on the computer for emails, and [[Google Translate|AI_PRODUCT]] on the phone for talking. The reservation system is [[Opera|SOFTWARE]], and the hotel added a chatbot on [[WhatsApp|SOFTWARE]] that answers the basic questions, like what time is breakfast, is there a shuttle. Before, we answered those a hundred times a day.

AI: How has that chatbot worked out?

User: Most of the time, well. But sometimes it promises things the hotel doesn't have. A guest came to the desk very angry because the bot told him he could have a late checkout at six in the evening for free. Our [[front office manager|GENERIC_ROLE]], Señor [[Ortega|PERSON]], had to give it to him because the bot said it. After that they changed the settings. And my colleague [[Brayan|PERSON]], the [[concierge|JOB_TITLE]], he uses [[ChatGPT|AI_PRODUCT]] to plan tours for guests, like a day in [[Tulum|CITY]] and [[Cobá|CITY]]. But once it recommended a cenote that was closed for two years. The guests drove one hour for nothing. Now [[Brayan|PERSON]] calls first.

AI: Do you use AI outside work?

User: Yes, for my little project. I make videos about Maya food and words on [[TikTok|SOFTWARE]], I'm [[@itzel.kaaj|SOCIAL_HANDLE]]. I use the AI for ideas and for captions in English. My grandmother appears sometimes, cooking. People love her. She doesn't know what [[TikTok|SOFTWARE]] is. My sister [[Yazmín|PERSON]] films. I never let the AI translate Maya, because it doesn't know it well, it mixes things. That makes me a little sad, and also a little happy, because it means we still have something they can't copy.

AI: How do you think AI will change jobs like yours?

User: I think the check-in will be automatic soon, with kiosks and phones. Some hotels already do it. But in this type of hotel, people want to be welcomed, they want someone to say "bienvenidos" and give them the towel and the drink. I worry more for the call center people and the reservations department. I want to grow, maybe become a guest relations supervisor, and I think knowing these tools will help me. I did a course on [[Coursera|SOFTWARE]] about AI, in English, at night.

AI: Thank you, [[Itzel|PERSON]]. How can we reach you if we have more questions?

User: [[WhatsApp|SOFTWARE]], sure. I'll write it the way I do for guests, half and half: [[nueve nueve ocho, 2 1 4, siete 7 cero 3|OBF_PHONE|mixed_language_digits]]. It's a [[Cancún|CITY]] number. Write me on a [[Tuesday|GENERIC_TIME]], that's my day off.""")

# 21 urban planner, Panama City, Panama
T.append("""AI: Thank you for joining us. Could you start by describing your role?

User: With pleasure. I'm [[Alberto Chen Batista|PERSON]]. I'm [[42|AGE]] years old and I work as an [[urban planner|JOB_TITLE]] in the planning directorate of the [[Alcaldía de Panamá|ORGANIZATION]], the city government of [[Panama City|CITY]]. My grandfather came from [[Guangdong|CITY]] and opened a grocery shop in [[Colón|CITY]], so I'm the first in the family to work for the government, my father still can't believe it. I studied architecture at the [[Universidad de Panamá|SCHOOL]], then a master's in urban planning in [[Bogotá|CITY]], and I joined the municipality in [[2014|DATE]].

AI: How does AI come into urban planning work?

User: Mainly through the maps. We use [[ArcGIS|SOFTWARE]] for everything, zoning, permits, flooding, and now it has AI tools that can detect new constructions from aerial images. That's useful because a lot of building here happens without permits, especially in the periphery, in places like [[Las Cumbres|CITY]] or [[Pacora|CITY]]. Before, we found out years later. Now we can see it within months. But we have to be careful, because detecting a building is not the same as understanding why a family built it there.

AI: Do you use general tools like chatbots too?

User: Yes, [[Copilot|AI_PRODUCT]] through the institution, and some colleagues use [[ChatGPT|AI_PRODUCT]]. The most useful case for me is public consultations. When we do a consultation about a new plan, for example the plan for [[Calidonia|CITY]], we receive hundreds of comments, on paper, by email, in the meetings. I use [[Copilot|AI_PRODUCT]] to group them by topic, parking, noise, security, trees, and then I read each group. Our [[architect|JOB_TITLE]], [[Yariela Pinzón|PERSON]], is very strict about this. She says every comment must be read by a human at least once, because the AI tends to ignore the comments that are angry or badly written, and those are often the most important.

AI: Has there been any controversy about using AI in the municipality?

User: A little. The mayor, [[Mayer Mizrachi|PUBLIC_FIGURE]], talks a lot about technology and innovation, so there is pressure from above to show results. Some of us worry that the AI becomes the excuse, like, the system said this area is low priority. A machine can't be responsible. Also there is the question of data. We have the cadastre, the names of owners, and we can't put that in a public tool. The IT department made rules in [[March 2023|DATE]], more or less, but they are general.

AI: How has it affected you personally?

User: I have more time for going to the field, which I love. I go with [[Rubén|PERSON]], our driver, who knows every street of the city better than any GIS. He says he's the original AI. And my wife [[Daniela|PERSON]] is a [[pediatrician|JOB_TITLE|relative_job]], and she says the hospital is much slower than us in adopting these tools. We compare at dinner. My kids just want me to ask the AI for help with their science fair.

AI: Thank you, [[Alberto|PERSON]]. How can we reach you if we need more information?

User: You can visit, our office is at [[Avenida Cuba y Calle 34|ADDRESS]], in [[Calidonia|CITY]], third floor. Or write to me, I'll describe it because people always get it wrong: [[first name alberto, then a dot, then chen, then the numbers eight three, at gmail|OBF_EMAIL|described_parts]]. I answer in the evenings, usually, after the traffic.""")

# 22 freelance translator and data annotator, Santo Domingo, Dominican Republic
T.append("""AI: Hi, thanks for making the time. Could you tell me about what you do for work?

User: Hi! Sure. I'm [[Yokasta Peña|PERSON]], I'm [[35|AGE]], and I live in [[Santo Domingo Este|CITY]], in [[Los Mina|CITY]]. I'm a [[freelance translator|JOB_TITLE]], English to Spanish, mostly legal and medical documents. I also do AI training work on the side, like rating chatbot answers and writing prompts in Spanish, for a platform called [[Outlier|ORGANIZATION]]. I've been freelancing since [[2020|DATE]]. Before that I worked at a call center in [[Santiago de los Caballeros|CITY]] for five years.

AI: So you work with AI from two sides. How does that feel?

User: Funny, honestly. In the morning I'm using [[DeepL|AI_PRODUCT]] and [[Trados|SOFTWARE]] to translate faster, and in the afternoon I'm teaching some model how to talk like a Dominican, ha. The translation side, the machine does the first draft and I do the post-editing. The clients pay less for that, of course, because they say the machine did most of the work. My biggest client is a law firm in [[New York|CITY]], [[Goldfarb & Levin|ORGANIZATION]], immigration cases mostly. Their [[paralegal|JOB_TITLE]], [[Stephanie|PERSON]], sends me birth certificates, police records, letters. That stuff I'm very careful with. I don't put it in any free tool.

AI: What does the AI training work involve?

User: It changes every week. Sometimes you compare two answers and say which is better and why. Sometimes you write a question and then correct the answer. They pay per hour, in dollars, which here is good money, but the work comes and goes. One week you have forty hours, the next week the project is paused and nobody tells you why. There's no person, just a dashboard. My cousin [[Wandy|PERSON]] got me into it, and he got removed from a project for "quality" and never found out what he did wrong. That's the part I don't like.

AI: Do you use AI in your personal life too?

User: Yes, [[ChatGPT|AI_PRODUCT]] for my son's homework, but carefully. [[Jean Carlos|PERSON]] is [[eleven|AGE]] and he already tries to use it to do everything. I tell him, papi, the AI is not going to take the test for you. And for myself, I ask it about recipes, things like that. I asked it once for the lyrics of a [[Juan Luis Guerra|PUBLIC_FIGURE]] song to sing at my mother's birthday and it invented half of the song! My mother noticed immediately. She knows every word.

AI: How do you see the future of your work?

User: Worried but also working on it. Translation is changing very fast. The simple jobs, like product descriptions, those are gone already. What stays is what needs a person to sign, certified translations, interpreting for hospitals and courts, things with responsibility. I'm studying to get certified, and I'm taking an online course with the [[Universidad APEC|SCHOOL]] in specialized translation. I think the person who knows both the language and the machine will survive.

AI: Thank you, [[Yokasta|PERSON]]. How can we contact you?

User: My profile is public, [[upwork.com/freelancers/yokastap|URL]], you can message me there. Or directly, [[yokasta.translates@gmail.com|EMAIL_ADDRESS]]. And [[WhatsApp|SOFTWARE]], [[+1 809 555 0127|PHONE_NUMBER]], the code is the same as the [[US|COUNTRY]], people always get confused.""")

# 23 truck dispatcher, Chicago area, USA
T.append("""AI: Thanks for joining. Could you start by telling me about yourself and your job?

User: Sure. My name's [[Agnieszka Wiśniewska|PERSON]], but please call me [[Aga|PERSON]], everybody does, nobody in [[America|COUNTRY]] can say the whole thing. I'm [[44|AGE]]. I'm a [[truck dispatcher|JOB_TITLE]] at [[Lakeshore Freight Lines|ORGANIZATION]] in [[Elk Grove Village|CITY]], right by the airport. We have about sixty trucks, dry van and reefer, mostly regional. I came from [[Rzeszów|CITY]] when I was [[twenty|AGE]], my husband [[Tomek|PERSON]] drives for the same company, and I've been dispatching since [[2011|DATE]].

AI: How does AI show up in dispatching?

User: Oh, it's everywhere now. Our TMS is [[McLeod|SOFTWARE]], and there's load matching that suggests which driver takes which load based on hours of service, location, all that. We find loads on [[DAT|SOFTWARE]], which now has AI pricing that tells you what a lane should pay. And every truck has a [[Samsara|SOFTWARE]] camera, road-facing and driver-facing, and the AI flags things like phone use, seatbelt, following distance, drowsiness. So when a driver does something, I get an alert on my screen before he even knows.

AI: How do the drivers feel about the cameras?

User: Most of them hate the driver-facing one. You're living in that cab for two weeks, and there's a camera looking at your face. One of my guys, [[Lamar|PERSON]], put a sticker over it and got written up. On the other hand, the cameras saved a driver last year. Somebody cut him off on I-55 and caused an accident, and the video proved it wasn't our guy. So it's complicated. I try to be the human in the middle. When the system flags "drowsiness," I call the driver and ask, are you okay, do you need to stop, not just send a warning. The owner, Mr. [[Kowalczyk|PERSON]], prefers the automatic warnings, cheaper. We argue.

AI: Do you use any AI tools like chatbots?

User: Yeah, [[ChatGPT|AI_PRODUCT]] for emails to brokers and customers, my English writing is okay but slow. And for my drivers who speak Polish, Ukrainian, Spanish, I translate safety messages. Also, honestly, for arguing with brokers. I paste in a rate confirmation and ask, what's wrong with this, and it finds the detention clause they hid. My daughter [[Natalia|PERSON]] showed me that trick. She's at [[DePaul|SCHOOL]], studying accounting, and she's much smarter than me with this stuff.

AI: Do you worry AI could replace dispatchers?

User: Some of the big companies already have automated dispatching for simple loads. But trucking is never simple. A driver calls at two in the morning, the receiver won't take the load, the reefer is broken, it's snowing in [[Indiana|CITY]], he hasn't seen his kids in three weeks. An algorithm doesn't talk him down. I think the dispatcher who uses AI will replace the dispatcher who doesn't. Like everybody says about every job, I know.

AI: Thanks, [[Aga|PERSON]]. How can we reach you for follow-up?

User: Phone is easiest, [[773.555.0119|PHONE_NUMBER]], that's my cell. Evenings after seven, or [[Sunday|GENERIC_TIME]]. Not during the day, during the day I'm on four phone calls at the same time.""")

# 24 pharmacy technician, Guatemala
T.append("""AI: Hello, thank you for participating. Can you tell me about yourself and your work?

User: Hello, thank you. I'm [[Josué Ajanel|PERSON]], I'm [[31|AGE]], and I'm a [[pharmacy technician|JOB_TITLE]] at a branch of [[Farmacias Batres|ORGANIZATION]] in [[Mixco|CITY]], just outside [[Guatemala City|CITY]]. I live in [[Villa Nueva|CITY]], so I spend two hours a day on the bus. I've been at the pharmacy since [[2016|DATE]]. I'm studying chemistry and pharmacy at the [[USAC|SCHOOL]], the public university, on weekends, very slowly, because I also help my parents.

AI: How does AI appear in your work at the pharmacy?

User: The company has an app and a chatbot where customers can order and ask if we have a product. That's from the head office. In the branch, what I see is the customers using AI. People come with their phone and say, [[ChatGPT|AI_PRODUCT]] says I should take this antibiotic. And we can't sell antibiotics without prescription, in theory, so I have to explain. Sometimes they get angry. An older man told me, "the internet knows more than you." Maybe, sir, but the internet doesn't have a license.

AI: Do you use AI yourself?

User: Yes, but carefully. I use [[ChatGPT|AI_PRODUCT]] to study for my university exams, pharmacology especially, it's a lot to memorize. And sometimes at the branch, if a customer asks about an interaction between two medicines and I'm not sure, I check in our reference book first, and then, I'll be honest, sometimes I ask the AI as a second check. But the final word is the [[pharmacist|GENERIC_ROLE]]. In our branch that's Licenciada [[Andrea Morales|PERSON]], she's our [[regente|JOB_TITLE]], the one legally in charge. She told me the AI is fine for studying but never the only source. Once it told me two medicines were safe together, and the book said there was a risk for older people. She was right.

AI: What kind of customers do you serve?

User: All kinds. Many older people, many mothers with small children, many people who speak K'iche' or Kaqchikel better than Spanish. My family is K'iche', from [[Totonicapán|CITY]], so sometimes I help translate. No AI does that well yet. A lady, Doña [[Chepita|PERSON]], comes every month for her diabetes medicine, and she always asks for me because I explain in her language. The AI can't do that. Also we have clients who pay with remittances from family in [[the United States|COUNTRY]], and they count every quetzal, so they ask for the generic always.

AI: What do you think about the future of pharmacy work with AI?

User: I think the inventory and the orders will be all automatic, the system will know what to buy. That's fine. But the counter, the talking, that stays. Maybe in ten years there's a robot for the capital and people in the towns still come to a person. I hope to finish my degree and become a [[pharmacist|GENERIC_ROLE]] myself, maybe open something in my town. My girlfriend [[Heidy|PERSON]] says I should make videos explaining medicines, like some doctors do on [[TikTok|SOFTWARE]]. I'm thinking about it.

AI: Thank you, [[Josué|PERSON]]. How could we reach you?

User: My [[Facebook|SOFTWARE]] is [[facebook.com/josue.ajanel.92|URL]], I answer messages there. Or the phone, I'll say it in pieces: [[fifty-five, thirty-four, twenty-eight, ninety-one|OBF_PHONE|paired_number_words]]. [[Guatemala|COUNTRY]] numbers are eight digits, so that's all of it.""")

# 25 salon owner, Quito, Ecuador
T.append("""AI: Hi, thank you for talking with us. Could you tell me about yourself and your business?

User: Hello, with pleasure. I'm [[Mayra Guamán|PERSON]], I'm [[37|AGE]], I'm a [[hairdresser|JOB_TITLE]], and I have a beauty salon in the north of [[Quito|CITY]], in [[Cotocollao|CITY]]. It's called [[Mayra Estilos|ORGANIZATION]]. I started cutting hair in my mother's house when I was [[seventeen|AGE]], then I worked for eight years in a salon in the [[Quicentro|CITY]] area, and in [[2019|DATE]] I opened my own place. Now we are four: me, two [[stylists|GENERIC_ROLE]], and a girl who does nails.

AI: How does AI come into running a salon?

User: Mostly the social media and the appointments. Everything for us is [[Instagram|SOFTWARE]] and [[WhatsApp|SOFTWARE]]. Before, I spent every night answering messages, how much is the keratin, do you have space on [[Saturday|GENERIC_TIME]]. Now we have [[WhatsApp Business|SOFTWARE]] with automatic answers, and I use [[ChatGPT|AI_PRODUCT]] to write the captions for the posts. My [[stylist|JOB_TITLE]] [[Jessi|PERSON]] is the one who is good at photos, and she uses an app that shows clients how a color will look on them before we do it. Clients love that. Less surprises, less crying.

AI: Has the preview app changed anything with clients?

User: Yes, in good and bad ways. Good, because people are more sure before we start. Bad, because the app shows a perfect blonde on dark hair in one click, and in reality it's three sessions and a lot of bleach. So I have to explain the reality. There was a client, [[Gaby|PERSON]], who showed me a photo from the app and said she wanted exactly that in one afternoon for her wedding. I said, mija, that's not possible without destroying your hair. She was disappointed, but she came back after the wedding and thanked me.

AI: Do you have concerns about AI in your business?

User: Some. The photos. There are salons that post pictures made with AI, hair that doesn't exist, and clients come asking for that. It's not fair competition. Also, I follow a famous beauty influencer from [[Colombia|COUNTRY]] and now everything she posts looks artificial, I can't tell anymore. And I worry about the data of my clients in [[WhatsApp|SOFTWARE]], their numbers, their photos. I don't really know where that goes. My daughter [[Camila|PERSON]], she's [[twelve|AGE]], she says, mami, everything goes to the cloud. I say, which cloud?

AI: How do you see the next few years for your salon?

User: I want to open a second place, maybe in [[Carcelén|CITY]]. AI helps me with the small business things, I asked it to help me make a budget and a simple plan for the bank loan, and the loan officer said it was very well organized. I didn't tell him about the AI. But the salon is about hands and trust. A client sits in my chair and tells me about her divorce, her kids, her job. No app does that. Even [[Shakira|PUBLIC_FIGURE]] has someone who does her hair, a real person, I'm sure.

AI: Thank you, [[Mayra|PERSON]]. How can people reach you?

User: The salon is at [[Av. de la Prensa N58-112 y Vaca de Castro|ADDRESS]], in front of the pharmacy. The phone is [[099 555 0173|PHONE_NUMBER]]. And for email, I write it like this so the bots don't get it: [[mayraestilos @ hotmail . com|OBF_EMAIL|spaced_symbols]]. On [[Instagram|SOFTWARE]] we are [[@mayraestilos.uio|SOCIAL_HANDLE]], there you can see our work.""")

write_set(T, "set_am")
