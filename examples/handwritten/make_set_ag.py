import sys, re
from markup import write_set, build

T = []

# ---------------------------------------------------------------- 1
T.append("""AI: Thanks for making the time today. Could you start by telling me a bit about your job?

User: Yeah, course. I'm [[Siobhan|PERSON]], I'm a [[planning officer|JOB_TITLE]] at [[Leeds City Council|ORGANIZATION]], been there since [[2016|DATE]]. Mostly householder applications, so extensions, loft conversions, the odd dormer that the neighbours hate. I'm [[38|AGE]], so I just about remember when everything came in on paper and we had a whole room of plan chests. Now it's all through [[Uniform|SOFTWARE]] and the online portal, and honestly I don't miss the paper cuts.

AI: And where does AI come into that, if at all?

User: Officially, not a huge amount. The council's policy says we can use [[Copilot|AI_PRODUCT]] inside [[Teams|SOFTWARE]] and [[Outlook|SOFTWARE]], because that's covered by the enterprise licence, but nothing public like [[ChatGPT|AI_PRODUCT]] with anything that has applicant details in it. So I mostly use [[Copilot|AI_PRODUCT]] to summarise consultation responses. On a bigger scheme you can get two hundred objections, and a lot of them say the same three things about parking and overlooking. It'll group them for me, which saves me an afternoon. I still read them, mind. You have to, legally, and also people can tell when you haven't.

AI: Is that something your [[colleagues|GENERIC_ROLE]] do as well, or is it more of a personal habit?

User: It's a mix. My [[team leader|GENERIC_ROLE]], [[Gareth|PERSON]], is really keen. He went on the training day over in [[Wakefield|CITY]] [[last spring|GENERIC_TIME]] and came back a convert. He's the one forwarding articles about [[Sam Altman|PUBLIC_FIGURE]] on a [[Monday morning|GENERIC_TIME]] before anyone's had a coffee. Then there's me and [[Priya|PERSON]] from enforcement, and we're a bit more wary. [[Priya|PERSON]]'s had a proper bad experience with it.

AI: What happened with [[Priya|PERSON]], if you don't mind me asking?

User: She asked it to help draft a breach of condition notice, just the boilerplate bit, and it pulled an address from a different case she'd had open earlier. So the draft said [[42 Grange Avenue|ADDRESS]] in [[Headingley|CITY]] when the actual site was somewhere else entirely. She caught it, thank God, but if that had gone out it would've been a letter threatening the wrong household. Since then she won't let it near anything with a site address. I don't blame her. I think [[Gareth|PERSON]] underestimates how much of our job is just being careful. Me, I treat it like a first-year placement student. It's quick and keen and it's wrong maybe one time in ten, but confidently wrong. So anything factual, a policy number, a date a consultation closed, I go back to the file. Where it's genuinely good is tone. Some of the letters we send are horribly stiff, and I'll ask it to make something clearer for a member of the public without losing the legal bit. My mum's a retired [[teacher|JOB_TITLE]] over in [[Sligo|CITY]] and she said my last letter to her sounded like a planning refusal, so maybe I need it for personal emails too. Funnily enough she's on [[Gemini|AI_PRODUCT]] on her phone doing crossword clues. She's [[71|AGE]] and more relaxed about it than half my office. I think because nothing she does with it can end up in front of a planning inspector.

AI: If the council could change one thing about how it supports staff with AI, what would it be?

User: Proper guidance with examples from our actual work, not generic slides. The slides we got were clearly written for somebody in finance. And a channel where we can flag when it's gone wrong without feeling like we're grassing on ourselves. We talked about it at the [[Thursday|GENERIC_TIME]] team meeting and everyone agreed, then nothing happened, which is very local government.

AI: That's really helpful. Is there anything you'd like to add before we finish?

User: Only that if your project wants a follow-up, I'm happy to do one. Best to use my own email rather than work, it's [[sgallagher.planning@btinternet.com|EMAIL_ADDRESS]]. Work filters half of everything into quarantine anyway.""")

# ---------------------------------------------------------------- 2
T.append("""AI: Kia ora, thanks for joining. Can you tell me what you do for a living?

User: Kia ora. Yeah, I'm [[Tama Ngata|PERSON]], I'm a registered [[electrician|JOB_TITLE]], self-employed, based out of [[Hamilton|CITY]]. I'm [[forty-one|AGE]], been on the tools since I left school, and I went out on my own in [[2013|DATE]], so the business is [[Ngata Electrical|ORGANIZATION]], just me, my [[apprentice|GENERIC_ROLE]] and my wife doing the books part time. Mostly residential rewires, heat pumps, bit of light commercial for a couple of builders we've got a relationship with.

AI: And how does AI fit into a small trade business like that?

User: Honestly it started with the quoting. Quotes used to be my [[Sunday night|GENERIC_TIME]], sitting at the kitchen table till eleven. Now I walk the job, talk into my phone, and get [[ChatGPT|AI_PRODUCT]] to turn my rambling into a proper scope of works. Then it goes into [[Tradify|SOFTWARE]] and [[Xero|SOFTWARE]] for the actual pricing and invoicing. I don't let it do the numbers, it's hopeless with my supplier prices, but the wording it's good at. Customers like it, they reckon the quotes look more professional.

AI: You mentioned your [[apprentice|GENERIC_ROLE]]. Does he use it too?

User: [[Josh|PERSON]]? Yeah, more than me. He's second year, [[twenty-two|AGE]], and he uses it like a study buddy for his theory. Asks it about the wiring rules, clearances for bathrooms and that. I've told him straight, you check anything it says against the actual standard, because if you get a zone wrong in a bathroom someone can get hurt. He's pretty good about it. [[Last month|GENERIC_TIME]] he caught it quoting the Australian version of a rule instead of ours, so the [[New Zealand|COUNTRY]] and [[Australia|COUNTRY]] stuff gets mixed up sometimes. He noticed because he's got his textbook from [[Wintec|SCHOOL]] and it didn't match. So he came and asked me, and we sat in the van at smoko and went through it. That was actually a good moment, teaching-wise. I was a bit proud of him.

AI: And what about your wife, you said she does the books?

User: [[Mere|PERSON]], yeah. She's more careful than both of us. She uses [[Copilot|AI_PRODUCT]] because it came with the [[Microsoft 365|SOFTWARE]] subscription, mostly to write the chasing emails when people haven't paid. She's too polite, so she gets it to write the firm version and then softens it again, which sort of defeats the point. But it's quicker for her. She works at the primary school in the mornings so she's only got a couple of hours a day for our stuff.

AI: Are there parts of your work where you wouldn't use it?

User: Anything safety. Certificates of compliance, the electrical safety certificates, that's my signature and my licence on the line. No way. And I wouldn't put customer addresses or their alarm codes into it, because I don't really know where that goes. Some of my customers are elderly, they give you the key safe code like it's nothing, and that stays in my head and nowhere else. New customers find me by word of mouth mostly, and [[Instagram|SOFTWARE]]. I post before and after photos of switchboards, people love a tidy board apparently. I'm [[@ngata.sparky|SOCIAL_HANDLE]] on there. [[Mere|PERSON]] says I should get it to write my captions but I reckon people can tell.

AI: Good point. Anything else you'd like to share about the experience overall?

User: Just that for a one-man band it's been a genuine help with the paperwork side, which is the bit that burns people out. I know a few sparkies who packed it in because of admin, not the work. If your researchers want to chat more, best to ring me after four, the number's [[oh two one, four four seven, nine oh three two|OBF_PHONE|spelled_digits]]. If I don't pick up I'm probably in a ceiling.""")

# ---------------------------------------------------------------- 3
T.append("""AI: Dzień dobry, and thanks for joining. Could you introduce yourself and your role?

User: Sure. My name is [[Krzysztof Wójcik|PERSON]], but everybody at work calls me [[Krzysiek|PERSON]]. I am a [[warehouse shift supervisor|JOB_TITLE]] in a distribution centre for [[Polmax Logistyka|ORGANIZATION]], in [[Gądki|CITY]], just outside [[Poznań|CITY]]. We do mostly grocery for the supermarkets, chilled and ambient. I have been there since [[2011|DATE]], I started on the forklift, then I was a [[team leader|GENERIC_ROLE]] for some years, and now I run the night shift. I am [[52|AGE]] years old, so one of the old ones.

AI: What does a normal night look like for you?

User: We start at ten. First thing, I look at the plan in [[SAP|SOFTWARE]], how many pallets, which trucks go first, who is sick. Then I have a briefing with around forty people. This is where AI comes in for me, actually. Maybe half of my shift now is from [[Ukraine|COUNTRY]], and some speak good Polish but some not yet. So the safety briefing, I write it in Polish and I put it into [[DeepL|AI_PRODUCT]] for Ukrainian, and sometimes [[ChatGPT|AI_PRODUCT]] when I want it simpler. Then I print it and put it on the board by the canteen.

AI: How do you know the translation is right?

User: I don't, a hundred percent. So I ask [[Olena|PERSON]]. She is a [[team leader|GENERIC_ROLE]] on my shift, very good, she was an [[English teacher|JOB_TITLE]] in [[Kharkiv|CITY]] before the war. She reads it and tells me when it is strange. One time it translated "reach truck" like a truck that is reaching for something, like a person, and the guys were laughing for a week. Now we have a small glossary, she made it, and I paste it into the prompt every time. My [[manager|GENERIC_ROLE]] knows about all this, yes. He knows and he is happy, because the accidents went down a little bit [[last year|GENERIC_TIME]]. I cannot say it is only because of translation, but people understand the rules better. Officially the company has no policy. In [[Germany|COUNTRY]], at the head office, they are writing one, I heard, but nobody told us anything yet.

AI: Are there things you don't put into these tools?

User: Names of the workers, I don't put. Also the accident reports, never, those go only into our system. And the rota, no. I think about it like this: if I would not put it on the board in the canteen, I don't put it in [[ChatGPT|AI_PRODUCT]]. My login on everything is my badge number, [[PX-40219|NATIONAL_ID]], and I am careful even with that, because with this number you can book holidays for me, so I keep it away from all these websites.

AI: How do the people on your shift feel about AI in general?

User: Mixed. The young ones use it for everything, for the school of their kids, for writing CVs. Some older ones are afraid, they watch the news about robots and they think the warehouse will be automatic in five years. In [[Stryków|CITY]] there is a new warehouse from another company with robots already, so it is not crazy to think. I tell them, the robots cannot drive a forklift at three in the morning when the floor is wet and the truck came late. Not yet.

AI: Is there anything you would like your employer to do differently?

User: Training, real training, in Polish and Ukrainian, not a video in English. And maybe to pay for a proper translation tool for the company, so I am not using my private account at night. [[Olena|PERSON]] also says we need the glossary in the system for everybody, not only on her phone. If you need more from me, write to me, but not to work email. My private is [[krzysiek.wojcik[at]wp[dot]pl|OBF_EMAIL|bracket_at_dot]]. I read it in the morning when I come home.""")

# ---------------------------------------------------------------- 4
T.append("""AI: Hello and welcome. Could you tell me a bit about yourself and your work?

User: Thank you. I'm [[Wanjiru Kamau|PERSON]], I teach Grade 5 at [[Lanet Hills Primary School|SCHOOL]] in [[Nakuru|CITY]]. I'm a [[class teacher|JOB_TITLE]], so I have the same forty-six learners for most subjects, and then I also handle Science for Grade 6. I've been teaching since [[2014|DATE]], after I finished at [[Kenyatta University|SCHOOL]]. I'm [[thirty-four|AGE]], married, two small boys who think I know everything.

AI: When did you first start using AI tools in your teaching?

User: It was during the change to the new curriculum, the CBC. There was so much new paperwork. Schemes of work, lesson plans with learning outcomes, assessment rubrics for every strand. My friend [[Akinyi|PERSON]], who teaches Grade 4 next door, showed me [[ChatGPT|AI_PRODUCT]] on her phone in the staffroom in [[2023|DATE]]. She typed in "rubric for Grade 5 Science, water cycle" and it gave her a full table. I was shocked. I went home and tried it that same evening. Now I use it mostly for planning. I will give it the strand and sub-strand from the curriculum design and ask it for activities that work with no electricity and forty-six children, because many examples online assume you have a projector. It's good when you tell it exactly. I also use it to make simple reading passages in English, because some of my learners are still struggling, and I ask for stories set in places that look like ours, with matatus and maize, not always snow and big houses. The children respond better to that.

AI: That's a nice detail. How does the school administration see it?

User: Our [[head teacher|GENERIC_ROLE]] is Mr. [[Otieno|PERSON]]. He is supportive but careful. He said we can use it for planning but the marks and the reports to parents must be our own. I agree with that. A parent would be very annoyed to find that the comment about their child was written by a machine. Also the county officers sometimes check our records, and they would not like it.

AI: Are there challenges you face using these tools?

User: Data bundles, first. It uses a lot when you are on your phone, and the school Wi-Fi only works in the office. So I do most of it at home in the evening, with [[Safaricom|ORGANIZATION]] bundles that I pay for myself. Second, sometimes the answers are too American or too British. It talks about snow, or about dollars. I have to remind it that we are in [[Kenya|COUNTRY]]. And third, honestly, time. Even with AI, checking everything takes time.

AI: Do your learners ever use it?

User: Not at school, they are too young and there are no devices. But some of the older ones have seen it at home on their parents' phones. One boy brought homework that was clearly from a chatbot, very perfect English, and I called his mother. She laughed and said his uncle in [[Nairobi|CITY]] had helped him. So I think it will come to us whether we are ready or not.

AI: What would help teachers like you most?

User: Training from the ministry, with examples from our curriculum, and maybe some offline tool. And a place for teachers to share good prompts. [[Akinyi|PERSON]] and I started a [[WhatsApp|SOFTWARE]] group for this, we are twenty-three teachers now from four schools around [[Nakuru|CITY]]. If you want to talk again, you can call or [[WhatsApp|SOFTWARE]] me on [[+254 722 418 906|PHONE_NUMBER]]. Evenings are best, after eight, when the boys are sleeping.""")

# ---------------------------------------------------------------- 5
T.append("""AI: Olá, thank you for joining. Could you tell me about your job?

User: Olá! So I'm [[Inês|PERSON]], I work at the front desk at [[Hotel Ribeira Azul|ORGANIZATION]] in [[Porto|CITY]], it's a small boutique hotel, thirty-two rooms, near the river. I'm a [[receptionist|JOB_TITLE]] but honestly in a small hotel you do everything, check-in, reservations, reviews, sometimes I'm carrying suitcases up because the lift is broken again. I started there in [[March 2021|DATE]], right when tourism was coming back after the pandemic. I'm [[27|AGE]].

AI: How do you use AI in your work?

User: Most of all for writing to guests. We get messages in every language, French, German, Korean, a lot of Americans. Before, I was using [[Google Translate|AI_PRODUCT]] and it was a bit robotic. Now I use [[ChatGPT|AI_PRODUCT]] to write the reply in a nice tone, and then [[DeepL|AI_PRODUCT]] if I want to double check the translation. Also for the reviews, when someone writes a bad review, I ask it to help me answer in a calm way, because sometimes I'm angry, you know, when a guest says the room was dirty and it wasn't.

AI: Does your [[manager|GENERIC_ROLE]] know you use it?

User: Yes, our [[manager|GENERIC_ROLE]], [[Rui|PERSON]], he actually pays for the premium account now, for the hotel. At first he was suspicious, he thought it was cheating. Then he saw how fast I answered the emails on a busy [[Saturday|GENERIC_TIME]] and he changed his mind. He's like that, he says no to everything and then two months later it was his idea.

AI: Are there any rules about what information you put into it?

User: Not written rules, but I have my own. I don't paste the guest's full name or their booking number. I write "the guest" or I change the name. The reservation system, we use [[Opera|SOFTWARE]], has everything, passport numbers, cards, so I never copy from there into the chat. A friend who works in a bigger hotel in [[Lisbon|CITY]] told me her company had a problem with that, someone pasted a whole guest list, and after that they blocked all these websites on the work computers. At the front desk we are four. [[Beatriz|PERSON]] uses it even more than me, she's studying tourism management at [[Universidade do Porto|SCHOOL]] in the evenings and she uses it for everything. [[Sandro|PERSON]], who does the night shift, refuses completely. He says his Portuguese and his English are good enough and the machine makes everyone sound the same. And actually he's not wrong, some of the replies we send now all start with "Thank you so much for your lovely feedback", it's a bit much. With the guests, hmm. Our review scores on [[TripAdvisor|ORGANIZATION]] went up a little bit, but I think that's because we answer faster, not because the answers are better. Guests like to feel someone read their message. I try to add one real detail every time, like "I hope you enjoyed the francesinha at the place we recommended", so it doesn't feel like a machine.

AI: Is there anything that worries you about it?

User: A bit, yes. I don't want the hotel to think they need fewer people at the desk because the emails are faster. The emails are maybe twenty percent of the job. The rest is people, somebody crying because they lost their passport, somebody who needs a pharmacy at midnight. No chatbot will walk a guest to the pharmacy at midnight in the rain.

AI: Thank you. Anything else before we close?

User: No, that's it, I think. If you want to send me the results, my email is [[ines ponto carvalho arroba sapo ponto pt|OBF_EMAIL|portuguese_arroba_ponto]], the Portuguese way. Sorry, I'm used to saying it like that on the phone with guests.""")

# ---------------------------------------------------------------- 6
T.append("""AI: Hi, thanks for joining us. Could you start by introducing yourself and your role?

User: Sure. I'm [[Tan Wei Ling|PERSON]], most people at work just call me [[Wei Ling|PERSON]]. I'm an [[AML compliance analyst|JOB_TITLE]] at [[Straits Meridian Bank|ORGANIZATION]], so anti-money laundering, mostly transaction monitoring for the retail side. I joined straight after graduating from [[NUS|SCHOOL]] in [[2015|DATE]], so almost ten years now, which is a bit scary to say out loud. I'm [[31|AGE]] this year.

AI: What does a typical day involve?

User: A lot of alerts. The system, we use [[Actimize|SOFTWARE]], flags transactions that look unusual, and then an analyst has to look at each one and decide, is this fine, or do we escalate. Most are fine. Somebody's auntie sent a big ang bao for a wedding, that kind of thing. But you still have to write a rationale for every single one, because the regulator, [[MAS|ORGANIZATION]], can ask to see it. So a big part of my day is writing. Short, dry paragraphs explaining why something isn't suspicious.

AI: And is that where AI comes in?

User: Partly. The bank rolled out an internal chatbot [[last year|GENERIC_TIME]], it runs on one of the big models but inside our own environment, so we're allowed to put customer data into it. Only that one, though. Public [[ChatGPT|AI_PRODUCT]] is blocked on the work laptops. I use the internal one to draft the rationale from my notes, and then I edit. It's quite good at the structure but it likes to sound very certain, "there is no indication of any suspicious activity", and in compliance you never write like that. You write "based on the information available". So I'm always toning it down. My [[team lead|GENERIC_ROLE]], [[Marcus|PERSON]], actually made a little prompt template for the whole team with the phrases we should and shouldn't use.

AI: That sounds like [[Marcus|PERSON]] put real thought into it.

User: He did, he's very methodical. He also insisted that every draft still gets a four-eyes check by a second analyst, same as before. So the AI hasn't reduced the checking, only the typing. I also use [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] when I'm doing the monthly trend numbers, mainly because I always forget how to do XLOOKUP with two conditions. Overall I'm relieved, honestly, but a bit worried for the juniors. When I started, writing those rationales a hundred times is how I learned what suspicious actually looks like. If the new joiners just accept what the chatbot writes, they might never build that instinct. We had an [[intern|GENERIC_ROLE]] in [[June|GENERIC_TIME]] who was very fast, but when I asked her why she closed an alert, she couldn't really explain. That worried me more than any hallucination.

AI: Does AI come up outside of work for you?

User: All the time, my husband [[Jun Hao|PERSON]] is obsessed. He watches every [[Jensen Huang|PUBLIC_FIGURE]] keynote like it's a concert. He works in procurement for a shipping company and he uses [[Claude|AI_PRODUCT]] for his supplier emails. At dinner in our flat in [[Tampines|CITY]] it's AI, AI, AI, and my mother-in-law just rolls her eyes. She's from [[Ipoh|CITY]] and she says in her day you just used your brain.

AI: She might have a point. Is there anything you wish your employer did differently?

User: Clearer rules for the grey areas. Like, can I paste a news article about a customer into it? Nobody knows. And I'd like the training to be by people who actually do the work, not a vendor. Anyway, if you want to follow up, my profile is [[linkedin.com/in/tanweiling-aml|URL]], or my number, I'll type it here: [[９１２７ ４４０８|OBF_PHONE|fullwidth_digits]]. [[Weekday evenings|GENERIC_TIME]] are fine.""")

# ---------------------------------------------------------------- 7
T.append("""AI: Good afternoon, and thank you for taking part. Could you tell me a little about your work?

User: Good afternoon. My name is [[Chidinma Okafor|PERSON]], I'm a [[healthcare assistant|JOB_TITLE]] doing home care. I work for [[BrightPath Homecare|ORGANIZATION]], it's an agency, and we cover mostly [[Tallaght|CITY]], [[Clondalkin|CITY]] and around there, in [[Dublin|CITY]]. I came to [[Ireland|COUNTRY]] from [[Enugu|CITY]] in [[2018|DATE]], and I started in care in [[2019|DATE]]. I'm [[36|AGE]], I have two girls in primary school, so my days are very full. My day starts around seven. I have maybe eight or nine calls a day, some are thirty minutes, some are one hour. Morning calls are personal care, getting people up, breakfast, medication prompts. Then lunch calls, then evening. Everything goes in the app, the agency uses [[Birdie|SOFTWARE]], you check in when you arrive, tick the tasks, write a note. My staff ID is [[BPH-7731|NATIONAL_ID]], I type it so many times a day that I dream about it.

AI: Where does AI come into that for you?

User: The notes, a little, but not how you think. I don't put anything about the clients into other websites, the agency was very strict about that in the induction. But I am doing my Level 6 in health and social care, at night, at [[Ballyfermot College of Further Education|SCHOOL]], and I use [[ChatGPT|AI_PRODUCT]] to help me understand the theory and to check my English in the assignments. English is my language, you know, but the academic way of writing is different. My [[tutor|GENERIC_ROLE]] says my writing got much better this year, and my notes in the app are better too, more clear.

AI: Do you ever use it for the care work itself?

User: Sometimes to understand things. Like one of my clients, Mrs. [[Doyle|PERSON]], she's [[ninety-one|AGE]], she had a new medication after hospital and I didn't know it. I asked it what are the common side effects, so I would know what to watch. But I didn't put her name or anything, only the medicine. And then I still rang the office and told [[Aoife|PERSON]], she's our [[care coordinator|JOB_TITLE]], because if something is wrong it's the nurse who decides, not me and not a computer.

AI: How do your colleagues feel about it?

User: Different. The younger carers, like [[Joy|PERSON]] who I sometimes do double calls with, she uses it for everything, even her CV. Some of the older Irish ladies think it's nonsense. [[Joy|PERSON]] showed one of them how to ask it for a recipe for soft food for a client who can't chew well, and now that lady uses it more than anybody. So it changes.

AI: Is there anything about the technology that worries you?

User: Yes. I heard the agency is looking at a system where the notes are written automatically from what you say. I don't know if that's true. If it is, I worry they will use it to cut the time of the calls even more. Already thirty minutes is not enough for someone like Mrs. [[Doyle|PERSON]]. The paperwork is not the problem, the time is the problem. Also, my husband [[Emeka|PERSON]] says the machine will be listening to everything, and that's not fair for the clients in their own home.

AI: That's an important point. If we wanted to follow up with you, how could we reach you?

User: You can ring me, but please only after the evening calls, after nine. My number is [[oh eight seven, double four, two six, nine one five|OBF_PHONE|spelled_digits_double]]. Or text first and I'll call back when the girls are in bed.""")

# ---------------------------------------------------------------- 8
T.append("""AI: Thanks for taking the time. Tell me a little about yourself and what you do.

User: Sure thing. [[Héctor Ramírez|PERSON]], I'm a [[master plumber|JOB_TITLE]], I run [[Ramírez & Sons Plumbing|ORGANIZATION]] out of [[San Antonio|CITY]]. My dad started it in [[1987|DATE]] and I took it over when he retired. I'm [[58|AGE]], been doing this since I was a kid holding the flashlight for him. We've got six trucks now, eight guys, and my son [[Danny|PERSON]] runs the office side.

AI: How did AI end up in a plumbing business?

User: Honestly, that's all [[Danny|PERSON]]. He went to [[UTSA|SCHOOL]] for business, came back with all these ideas. First thing he did was move us onto [[ServiceTitan|SOFTWARE]] for dispatch, which I fought him on for a year and now I can't live without. Then the AI stuff. He uses [[ChatGPT|AI_PRODUCT]] for the website, for answering reviews, for the little blog posts about how to stop your pipes freezing. We had that big freeze in [[2021|DATE]] and people still search for it every winter, so it brings in work. The site's [[ramirezsonsplumbing.com|URL]], he built the whole thing himself. Me, I use it a little. Mostly the voice thing on my phone, I talk to it in the truck. Like if I've got a weird old fixture, some brand I've never seen from the fifties, I'll describe it and ask what it could be. It's right maybe half the time. The other half it makes up a brand that sounds real. [[Danny|PERSON]] says I need to give it a picture, but I'm not the picture guy. I also had it help me write a letter to the city about a permit, because I get heated, you know, and it kept it professional.

AI: What about the guys in the field?

User: Mixed bag. [[Luis|PERSON]], he's my best [[journeyman|JOB_TITLE]], he's been with me twenty years, he wants nothing to do with it. He says he don't need a robot to tell him how to sweat a joint, and he's right. Then the young guy, [[Tyler|PERSON]], he's [[nineteen|AGE]], uses it to study for his license exam. I tell him, fine, but the code book is the code book. The [[inspector|GENERIC_ROLE]] doesn't care what the chatbot said.

AI: Have you run into any problems with it?

User: One time, yeah. [[Danny|PERSON]] had it write a reply to a customer complaint online, a lady over in [[Alamo Heights|CITY]] who was upset about her bill. The reply it wrote was polite, real polite, but it promised her a full refund we never offered. He posted it without reading close enough. So now we had to honor it, four hundred bucks. Lesson learned. Now nothing goes out with our name on it unless me or [[Danny|PERSON]]'s wife [[Crystal|PERSON]] reads it first. She does our books, she's sharper than both of us.

AI: Ouch. So what do you think about AI in the trades more broadly?

User: It's not taking my job, I'll tell you that. You can't send [[ChatGPT|AI_PRODUCT]] under a house in [[August|GENERIC_TIME]] to find a slab leak. Where it helps is the stuff around the job. Paperwork, marketing, answering the phone after hours maybe. You hear [[Elon Musk|PUBLIC_FIGURE]] saying robots will do everything, and maybe someday, but he's never been in a crawlspace with a possum. What worries me more is finding young guys who want to do the work at all. That's the real crisis in [[Texas|CITY]], in the whole [[United States|COUNTRY]] really.

AI: Anything else you'd like to share, or a good way for us to follow up?

User: Email's best, I'm not great on the phone during the day, I'm usually under somebody's sink. It's [[hector@ramirezsonsplumbing.com|EMAIL_ADDRESS]]. Put something in the subject so I know it's not spam.""")

# ---------------------------------------------------------------- 9
T.append("""AI: Goedemiddag, and thanks for joining. Could you introduce yourself?

User: Yes, hello. I'm [[Sander de Vries|PERSON]], I'm [[45|AGE]], and I work as a [[customs officer|JOB_TITLE]] for the [[Douane|ORGANIZATION]], the Dutch customs, in the port of [[Rotterdam|CITY]]. I've been with them since [[2004|DATE]]. These days I'm in a team doing container inspections, mostly on the [[Maasvlakte|CITY]], that's the big part of the port out on reclaimed land, very windy, very flat.

AI: How much of a role does AI play in customs work?

User: More than people think, but not in the way they think. The selection of which containers we scan, there's risk analysis behind that, and there's more machine learning in it now, but I'm not allowed to say much, and honestly I don't know the details, that's the analysts at head office. What I see is the scan images. We have the big X-ray scanners and now there's software that marks areas of the image that look abnormal, a density that doesn't match what's on the declaration. Then it's up to us to decide whether we open the container.

AI: How do you and your colleagues feel about that software?

User: It's helpful on a long night. After six hours of looking at scans of bananas your eyes get tired. But it gives a lot of false alarms. My [[colleague|GENERIC_ROLE]] [[Fatima|PERSON]], she's been doing scans longer than me, she says it's like a nervous new trainee who calls you over for everything. And once in a while it misses something she sees straight away. [[Last winter|GENERIC_TIME]] she spotted a false wall in a reefer full of pineapples that the software had marked as normal. I won't say what was behind it, but you can guess. So we trust our own eyes first.

AI: Do you use chatbots like [[ChatGPT|AI_PRODUCT]] at work?

User: No, on the work laptop [[ChatGPT|AI_PRODUCT]] and those kinds of sites are blocked. The government is very careful, and with the data we handle that makes sense. Also, in the [[Netherlands|COUNTRY]] we had the childcare benefits scandal at the [[Belastingdienst|ORGANIZATION]], where an algorithm treated thousands of families as fraudsters, and the whole government under [[Mark Rutte|PUBLIC_FIGURE]] resigned over it in the end. So everybody in public service is a bit nervous about algorithms now. Which is healthy, I think. At home it's different. My daughter [[Lotte|PERSON]] is [[fifteen|AGE]] and uses it for her homework, and I use it for practical things. We are renovating our house in [[Schiedam|CITY]] and I ask it about insulation and the subsidy rules. It gets the Dutch rules wrong quite often, I must say, it mixes them up with Belgian ones.

AI: How does [[Lotte|PERSON]]'s school handle it?

User: Every teacher is different. Her Dutch teacher says zero AI, her biology teacher says you can use it if you say so. My wife [[Marloes|PERSON]] teaches at [[Albeda|SCHOOL]], the vocational college, and she has seen everything already, students handing in essays with "as an AI language model" still in the text. She laughs about it, mostly.

AI: That's a familiar story. How could we reach you if we had follow-up questions?

User: Signal is easiest, my username there is [[sander.dv.07|SOCIAL_HANDLE]]. Or you can call, my mobile is [[nul zes, twee acht, vier een, negen zeven, drie vijf|OBF_PHONE|dutch_number_words]]. Sorry, I always say numbers in Dutch, it's a habit from work.""")

# ---------------------------------------------------------------- 10
T.append("""AI: Bonjour, thanks for being here. Could you tell me about your work?

User: Bonjour! I'm [[Élodie Tremblay|PERSON]], I'm a [[philosophy teacher|JOB_TITLE]] at the [[Cégep du Vieux Montréal|SCHOOL]]. For people outside [[Quebec|CITY]], a cégep is a college between high school and university, so my students are mostly just out of high school. Every student in [[Quebec|CITY]] has to take philosophy courses, so I get everybody, future nurses, future engineers, kids in the arts. I've been teaching since [[2006|DATE]], after my master's at [[Université Laval|SCHOOL]]. I'm [[49|AGE]].

AI: How has AI changed your teaching, if at all?

User: Oh, completely, in a way. The first term after [[ChatGPT|AI_PRODUCT]] came out, I received essays on [[Kant|PUBLIC_FIGURE]] that were perfect and completely empty. Very polished, no argument. It took me a while to even understand what I was reading. Now I've changed most of my assessments. More writing in class, by hand, more oral exams. Which is more work for me, by the way, nobody gave us more hours for this.

AI: Do you use it yourself?

User: Yes, and I'm not embarrassed about it. I use it to generate counter-arguments when I'm preparing a seminar, because I want the students to face the strongest version of a position. And I use it to create discussion questions. But I write my own feedback. For French grammar I still use [[Antidote|SOFTWARE]], which every teacher here has on their computer, it's almost a religion here. And everything goes onto [[Moodle|SOFTWARE]] and [[Omnivox|SOFTWARE]], the student portal.

AI: How do your colleagues in the department see it?

User: It's a fight, a friendly one. Our [[department chair|GENERIC_ROLE]], [[Jean-François|PERSON]], wants a common policy for all philosophy courses. Some colleagues want a total ban. Me and [[Nadia|PERSON]], who teaches ethics with me, think that's impossible and that we should teach them to use it critically. We ran a workshop together in [[February|GENERIC_TIME]] where students compared an AI answer on euthanasia to a real philosopher's text. It went really well, actually. Some of them were shocked how vague the machine was.

AI: Are there any bigger debates you bring into class?

User: Of course, we're in [[Montréal|CITY]], the AI people are everywhere here. I show them interviews with [[Yoshua Bengio|PUBLIC_FIGURE]], since his institute, [[Mila|ORGANIZATION]], is just a few metro stops away, and with [[Geoffrey Hinton|PUBLIC_FIGURE]] about the risks. The students find it fascinating that the people who built these systems are now worried about them. It's a perfect philosophy lesson, responsibility, prediction, all of that. Outside of work it follows me too. My partner [[Mathieu|PERSON]] is an [[architect|JOB_TITLE]] and he uses image generators for early sketches, which annoys his older colleagues. We live in [[Rosemont|CITY]], and our neighbour's teenager asked me to check whether his essay "sounded like AI". So I'm the AI detective of the street now. Honestly, I don't mind. Philosophy was always about asking who is really speaking in a text, and now that question is suddenly very practical. My students roll their eyes when I say that, but they remember it.

AI: Thank you. How could we contact you if we want to follow up?

User: By email, but not my college one, it's full. Write to [[elodie point tremblay arobase videotron point ca|OBF_EMAIL|french_arobase_point]]. That's how we say it in French, you'll figure it out.""")


# ---------------------------------------------------------------- 11
T.append("""AI: Hi [[Minh|PERSON]], thanks for joining after what sounds like a late service. Could you tell me about your work?

User: Yeah, no worries, [[Sunday|GENERIC_TIME]]'s our quiet night. So I'm the [[head chef|JOB_TITLE]] and co-owner of [[Bếp Mẹ|ORGANIZATION]], it's a Vietnamese place in [[Footscray|CITY]], in [[Melbourne|CITY]]'s west. "[[Bếp Mẹ|ORGANIZATION]]" means mum's kitchen, because half the menu is literally my mum's recipes. We opened in [[November 2019|DATE]], so, great timing, four months later we were doing takeaway out the side window during lockdown. I'm [[33|AGE]], I trained at [[William Angliss Institute|SCHOOL]] and worked in hotels in the city for a few years before this.

AI: Where does AI fit into running a restaurant kitchen?

User: Not in the cooking, that's for sure. Mostly it's everything around the food. Menu descriptions, for one. I'm good at cooking, I'm not good at writing "fragrant, slow-braised" whatever. I'll tell [[ChatGPT|AI_PRODUCT]] what's in the dish and how we make it and it gives me three versions, and I pick one and fix it. The other big one is the allergen matrix. Every dish, every allergen, it's a massive spreadsheet in [[Google Sheets|SOFTWARE]], and when we change a sauce, everything changes. I use it to double-check I haven't missed something, like fish sauce in a dressing that's supposedly vegetarian. But my [[sous chef|JOB_TITLE]] [[Linh|PERSON]] checks it again by hand. You can't mess around with allergies. And it does get things wrong. Once it told me a particular brand of hoisin was gluten free and it isn't. [[Linh|PERSON]] caught it because she'd read the jar. So now the rule in our kitchen is the jar wins. Whatever the computer says, you read the label. She's stricter than me, honestly, she came from a big hotel group where they had a whole food safety team.

AI: What about the rest of your staff?

User: We're about fourteen people with the casuals. [[Kenji|PERSON]], our [[pastry chef|JOB_TITLE]], uses it to scale recipes, like if he's going from a batch of twelve to a batch of eighty. Rosters are in [[Deputy|SOFTWARE]], and the [[front-of-house manager|JOB_TITLE]], [[Bella|PERSON]], uses the AI thing inside that to suggest shifts based on bookings. It's okay. It doesn't know that [[Thursday|GENERIC_TIME]] is our student night and gets smashed, so she overrides it every week.

AI: Do you use it for the business side, like marketing?

User: Yeah, [[Instagram|SOFTWARE]] mostly. We're [[@bepme.footscray|SOCIAL_HANDLE]], and I get it to help with captions when I'm too tired to be clever. My little sister [[Vy|PERSON]] does our photos on [[weekends|GENERIC_TIME]] and she hates the AI captions, she says they all sound like a real estate ad. She's probably right. I also watched that [[Gordon Ramsay|PUBLIC_FIGURE]] thing where he was going on about AI in kitchens and I thought, mate, it can't even taste.

AI: How does your mum feel about her recipes being on a menu written partly by AI?

User: Ha. She doesn't really get what it is. I showed her once, asked it for a recipe for canh chua and she read it and said it was wrong, too much sugar, no tamarind. So she's not worried about being replaced. She still comes in on [[Saturdays|GENERIC_TIME]] to make the stock for the week, she's [[64|AGE]] and won't retire, and nobody's allowed to touch it.

AI: Thanks so much. Is there a good way to reach you for a follow-up?

User: Email's best, I'll paste it here so you've got it exactly: [[minh\u200b.nguyen\u200b@\u200bbepme.com.au|OBF_EMAIL|zero_width_chars]]. If it bounces, just DM the restaurant account, [[Bella|PERSON]] checks it every morning.""")

# ---------------------------------------------------------------- 12
T.append("""AI: Good evening, thanks for joining. Could you introduce yourself and what you do?

User: Good evening. I'm [[Adebayo Ogunleye|PERSON]], but everyone calls me [[Bayo|PERSON]]. I'm an [[audit senior|JOB_TITLE]] at [[Okonjo Adeyemi & Co|ORGANIZATION]], it's a mid-sized accounting firm in [[Victoria Island|CITY]], [[Lagos|CITY]]. I've been there since [[2019|DATE]], after my degree at [[University of Ibadan|SCHOOL]] and my professional exams. I'm [[29|AGE]]. Right now we're in busy season, year-end audits, so forgive me if I sound tired.

AI: How are you using AI tools in audit work?

User: Carefully, because of confidentiality. Our firm allows [[Copilot|AI_PRODUCT]] through the company [[Microsoft 365|SOFTWARE]] account, but nothing else with client data. So, practical things. I'll use it to summarise long board minutes, or to write the first draft of a management letter point when we find a weakness in controls. The working papers are in [[CaseWare|SOFTWARE]] and a lot of the analysis is still [[Excel|SOFTWARE]], pivot tables, sampling. At home I use [[ChatGPT|AI_PRODUCT]] to study for the IFRS updates, which is allowed because there's no client information. The drafts save time, but they need work. The thing writes like a consultant from abroad. Very smooth, very general. Our clients here want you to be specific and respectful at the same time. My [[manager|GENERIC_ROLE]], Mrs. [[Bello|PERSON]], reviews everything and she can smell AI writing. She sent one of my drafts back and wrote "who wrote this, [[Bayo|PERSON]] or the robot?" I was embarrassed but she was right, it said nothing. Now I use it for structure and I write the substance myself.

AI: Are there challenges particular to working in [[Lagos|CITY]]?

User: Power, first. When there's no light you're on the generator and the internet is slow, so tools that need a good connection, forget it. Traffic, second, I spend three hours a day on the road between [[Ikorodu|CITY]] where I live and the office. I actually use that time, I do voice notes, and then I ask the AI to turn them into a to-do list. And cost. Subscriptions are in dollars and the naira has lost so much value. Most of my colleagues use the free versions only.

AI: How about your colleagues and clients? What's the attitude?

User: The younger ones are excited, the partners are cautious. One of our clients, [[Lekki Breweries|ORGANIZATION]], asked us in a meeting whether we use AI on their audit, and the engagement partner said no, very quickly. I think clients are worried about their data going abroad. There's also a lot of hype, people posting about how AI will make everyone rich, quoting [[Tony Elumelu|PUBLIC_FIGURE]] and so on. I'm more practical. It's a tool, like [[Excel|SOFTWARE]] was a tool.

AI: Has it changed how you think about your career?

User: A bit. I used to think I would stay in audit and become a partner. Now I'm thinking of moving into data analytics for audit, because I see that's where things are going. My wife [[Folake|PERSON]] says I should go abroad, to [[Canada|COUNTRY]] or the [[UK|COUNTRY]] like everybody else, but my mother is in [[Abeokuta|CITY]] and she's getting older, so I'm not sure yet.

AI: Thank you, [[Bayo|PERSON]]. If we wanted to follow up, how could we reach you?

User: You can email me on [[ade underscore ogunleye at yahoo dot com|OBF_EMAIL|spelled_underscore_at_dot]], all lower case. Or [[WhatsApp|SOFTWARE]], [[+234 803 412 7765|PHONE_NUMBER]]. After nine is best, when I'm finally home.""")

# ---------------------------------------------------------------- 13
T.append("""AI: Thank you for joining today. Could you tell me about yourself and your job?

User: Yes, thank you. My name is [[Matsumoto Haruka|PERSON]]. I am a [[certified care worker|JOB_TITLE]] at a nursing home called [[Sakura no Sato|ORGANIZATION]] in [[Sakai|CITY]], in [[Osaka|CITY]] prefecture. I started working in elderly care in [[2008|DATE]], and I have been at this home for nine years. I am [[44|AGE]] years old. My English is not perfect, so please excuse me.

AI: Your English is great. How does AI come into your work?

User: Mostly for communication with our foreign staff. We have many now. At our home there are six technical intern trainees, from [[Indonesia|COUNTRY]], [[Vietnam|COUNTRY]] and [[Myanmar|COUNTRY]]. They are very hard working, but Japanese care records are difficult, many kanji, many special words. So I use [[ChatGPT|AI_PRODUCT]] to rewrite the care manual in simple Japanese, easy words, and sometimes to add furigana. Also we use a translation device, [[Pocketalk|AI_PRODUCT]], when we talk with new staff in their first weeks. The trainees like it. One of them, [[Dewi|PERSON]], she came from [[Surabaya|CITY]] two years ago, she told me the simple manual helped her pass the care worker exam practice. Now she helps the newer ones. She is like a [[senpai|GENERIC_ROLE]] for them. She uses AI on her phone to check her Japanese before she writes in the record, so the record is correct. I think this is a good way to use it.

AI: Are there limits to what you use it for?

User: Yes. We never put the residents' names or their health information into it. Our [[facility director|GENERIC_ROLE]] was very clear. For example, one resident, I will not say the name, he is [[ninety-three|AGE]] and has dementia, sometimes he says strange things in the night. I would like to ask the AI how to respond, but I ask only in general, "how to respond to a person with dementia who wants to go home at night", not about him. Also the records must be written by staff, by law, so AI cannot do that part.

AI: Do you think AI or robots will change elderly care in [[Japan|COUNTRY]]?

User: Maybe some things. We tried a robot for lifting, like a suit, and a small robot seal, the [[Paro|AI_PRODUCT]], for residents with dementia. Some residents love the seal. The lifting suit was too slow, nobody used it after one month. The big problem in [[Japan|COUNTRY]] is not enough people. More elderly, fewer young workers. AI can help with paper, translation, maybe night monitoring with sensors. But the care, the touching, the talking, people must do it. My colleague [[Ishida|PERSON]]-san says the residents can feel if you are in a hurry. A robot is always in a hurry, she says.

AI: That's a lovely way of putting it. What about outside of work?

User: My son is [[fifteen|AGE]], he uses AI for school, and I worry a little. My husband does not use it at all. He is a [[bus driver|JOB_TITLE]] in [[Osaka|CITY]] city and he says his job has enough technology already. Sometimes I use AI to plan our meals for the week, because after night shift I have no energy to think.

AI: Thank you so much. How can we contact you for a follow-up?

User: Please use [[LINE|SOFTWARE]], my ID is [[haru_m0308|SOCIAL_HANDLE]]. Or you can email me at [[haruka.matsumoto.care@gmail.com|EMAIL_ADDRESS]]. I check in the afternoon, before my shift starts.""")

# ---------------------------------------------------------------- 14
T.append("""AI: Hey, thanks for joining. Could you start by telling me what you do?

User: Sure, no problem. I'm [[Harpreet Sandhu|PERSON]], I'm a [[dispatcher|JOB_TITLE]] at [[Prairie Wind Freight|ORGANIZATION]] in [[Calgary|CITY]]. We're a trucking company, about thirty-five trucks, mostly long haul, [[Alberta|CITY]] down to [[California|CITY]] and back, some runs out to [[Vancouver|CITY]]. I drove myself for six years before I moved into the office in [[2017|DATE]]. I'm [[39|AGE]]. Came to [[Canada|COUNTRY]] from [[Ludhiana|CITY]] back in [[2010|DATE]].

AI: What does dispatching involve, for someone who doesn't know the industry?

User: Basically I'm matching loads to trucks and keeping the drivers moving. I'm on the load boards, mostly [[DAT|SOFTWARE]], finding freight, negotiating rates with brokers, then planning who takes what. All the trucks have ELDs, we use [[Samsara|SOFTWARE]], so I can see where everybody is and how many hours they've got left. A lot of phone calls. A lot. Drivers calling at two in the morning because a receiver won't unload them.

AI: Where does AI come in?

User: Couple of places. [[Samsara|SOFTWARE]] has some AI features now, like it predicts when a driver is going to run out of hours and flags it. Useful. Then I personally use [[ChatGPT|AI_PRODUCT]] for emails to brokers, and for checking rules, like the hours of service differences between the [[US|COUNTRY]] and Canadian side. But I double-check those, because one time it gave me the wrong rest break rule for the [[US|COUNTRY]] side and if I'd followed it, my driver could've got a violation in [[Montana|CITY]].

AI: How do the drivers feel about all this technology?

User: Depends who you ask. The older guys, like [[Dave|PERSON]], he's been driving thirty years, he hates the cameras. We put in the AI dash cams [[last year|GENERIC_TIME]] and they beep at you if you look at your phone or get too close. [[Dave|PERSON]] says it's like having his ex-wife in the cab, sorry. The younger drivers, like my cousin [[Gurpreet|PERSON]], they don't care, they're used to it. Actually the cameras saved us once, a guy cut in front of one of our trucks and braked, and the footage showed it wasn't our fault. Insurance went our way. Rules about AI, there aren't really any. The [[owner|GENERIC_ROLE]], Mr. [[Dhillon|PERSON]], is old school, he's happy as long as the trucks are full. I'm the one who told the other dispatchers, don't put driver licence numbers or customer contracts in there. Common sense. My wife [[Simran|PERSON]] works in HR at a hospital and she says they have a whole policy, forty pages. We have nothing, just me saying be careful.

AI: Do you think AI will change dispatching as a job?

User: Yeah, probably. There are already startups saying they'll automate dispatch completely. Maybe for simple lanes. But the job is relationships. Knowing which driver you can call at midnight, which broker is lying about the weight. [[Elon Musk|PUBLIC_FIGURE]] keeps saying self-driving trucks are coming, but have you seen the mountain passes in [[January|GENERIC_TIME]]? I'll believe it when I see it.

AI: Thanks so much. How could we reach you again?

User: Email is fine, [[harpreet.dispatch.yyc@gmail.com|EMAIL_ADDRESS]]. Or call, my cell is [[four oh three, 555, twenty-one eighty-eight|OBF_PHONE|mixed_words_digits]]. If I don't answer I'm on with a driver, just leave a message.""")

# ---------------------------------------------------------------- 15
T.append("""AI: Hola, thanks for joining us. Can you tell me a bit about your job?

User: Hola, sure. I'm [[Lucía Fernández|PERSON]], I work at [[ANSES|ORGANIZATION]], that's the social security administration here in [[Argentina|COUNTRY]], at the local office in [[La Plata|CITY]]. I'm a [[customer service officer|JOB_TITLE]], so I attend the public, people coming for pensions, child allowances, all of that. I started in [[2008|DATE]], so I've seen a lot of governments come and go. I'm [[42|AGE]].

AI: How does AI come into your work, if at all?

User: Officially, almost nothing. Our system is internal and old, you would laugh if you saw it. But unofficially, many of us use [[ChatGPT|AI_PRODUCT]] on our phones for small things. For example, when the rules change, and they change all the time, a new resolution comes out in legal language and I ask it to explain it to me simply, so I can explain it to a pensioner who is very old and very worried. Of course I check with my [[section head|GENERIC_ROLE]] before I tell anybody anything. I never put the DNI numbers or names of the people, never.

AI: What do your colleagues think?

User: Mixed. There is a [[colleague|GENERIC_ROLE]], we call him el [[Flaco|PERSON|nickname]], his real name is [[Gustavo|PERSON]], he is the expert, he made a group on [[WhatsApp|SOFTWARE]] where we share prompts and summaries of new resolutions. Very useful. Then there are others who think it is dangerous, they think the government will use it to replace us. With everything happening with [[Javier Milei|PUBLIC_FIGURE]] and the cuts in the public sector, people are scared, and you can understand it. In our office two people already took the voluntary retirement.

AI: Do you see any risks in how you're using it?

User: Yes. Sometimes it invents things with a lot of confidence. Once it told me a benefit had a different age limit than the real one, and if I had said that to the person, she would have lost a month coming back for nothing. So I always verify in the official website or with [[Gustavo|PERSON]]. Also, the internet at the office is terrible, so sometimes I write the question on the bus and read the answer when I arrive. At home, my daughter [[Martina|PERSON]] is at the [[Universidad Nacional de La Plata|SCHOOL]], studying law, and she uses it much more than me. She corrects my prompts! She says "Mamá, you write to it like you are writing a letter to a judge." Which, maybe yes. My husband [[Raúl|PERSON]] is a [[taxi driver|JOB_TITLE]] and uses it to translate for tourists, mostly Brazilians, which is funny because he could just speak a bit of portuñol like everybody.

AI: Interesting. Is there anything that would help you use it better at work?

User: A proper tool inside our system, approved, where I can ask about the regulations and get the article number. And training. For the registration with your project they asked for my CUIL, I gave it, it is [[27-28456190-4|NATIONAL_ID]], I hope that is okay, normally I don't say it so easy.

AI: That's fine, thank you. How should we contact you for follow-up?

User: By email is best: [[lucia punto fernandez arroba gmail punto com|OBF_EMAIL|spanish_arroba_punto]]. I read it at night, after dinner, which here is very late.""")


# ---------------------------------------------------------------- 16
T.append("""AI: Hei, and thanks for taking part. Could you tell me a bit about yourself and your work?

User: Hei. Yes, my name is [[Øyvind Haugen|PERSON]], I'm a [[carpenter|JOB_TITLE]], working for [[Vestbygg AS|ORGANIZATION]] in [[Bergen|CITY]]. We are maybe sixty people, we do mostly renovation of old wooden houses and some new small apartment buildings. I started as an [[apprentice|GENERIC_ROLE]] in [[1993|DATE]], so I have been swinging a hammer for more than thirty years. I'm [[50|AGE]] now, my knees tell me every morning. Right now we are on a job in [[Sandviken|CITY]], an old house from the eighteen hundreds at [[Sandviksveien 88|ADDRESS]], where everything is crooked and nothing is like the drawings.

AI: How does AI come into your work on a site like that?

User: Not with the wood, no. But there is so much paperwork now in construction in [[Norway|COUNTRY]]. Safety documentation, safe job analysis before every risky task, deviation reports, photos, checklists. We use [[Smartdok|SOFTWARE]] on the phone for all of that. And my problem is, I'm good with my hands, I'm slow with writing. So [[last autumn|GENERIC_TIME]] my daughter showed me how to use [[ChatGPT|AI_PRODUCT]] to write the safety analysis. I tell it in Norwegian, on the phone, "we are taking down a chimney, two people, scaffolding on the north side", and it writes a list of risks and measures. Then I fix it and put it in the system.

AI: Is it accurate?

User: Often it's good, it finds things I forget to write, though of course I know them. But sometimes it's too much, it writes about risks that have nothing to do with the job, like chemicals when there are no chemicals. And one time it wrote that we should use a kind of fall protection that is not allowed here, I think it came from American rules. Our [[foreman|GENERIC_ROLE]], [[Stig|PERSON]], saw it and said, "[[Øyvind|PERSON]], did the robot write this?" So now I read more carefully.

AI: You mentioned your daughter showed you. Does your family use these tools a lot?

User: My daughter [[Ingrid|PERSON]] is [[twenty-three|AGE]], she studies engineering at [[NTNU|SCHOOL]] in [[Trondheim|CITY]], and for her it is completely normal, she uses it every day. My son is an [[electrician|JOB_TITLE]] like his grandfather, and he doesn't care for it. My wife thinks it's funny that I, the old man, now write better reports than the young guys at work. The young apprentices are actually worse with the paperwork, they know the phone but not how to describe a job.

AI: What does the company think about this?

User: The company is positive but careful. We had a meeting in [[January|GENERIC_TIME]] where the [[HSE leader|GENERIC_ROLE]] said we can use it for help with text, but not to put in names of clients or private information about the houses, like where the key is or when the owners are travelling. That makes sense. Also the unions are talking about it, there was something in the news with [[Jonas Gahr Støre|PUBLIC_FIGURE]] about AI and work life, but I didn't follow it so much.

AI: Thank you. If we have a few more questions later, how can we get in touch?

User: Send me a message, mobile is [[9 4 8 1  2 0 7 3|OBF_PHONE|spaced_digits]], I always write it like that so I can read it. Or email [[oyvind.haugen@vestbygg.no|EMAIL_ADDRESS]]. I'm on site till three, after that it's fine.""")

# ---------------------------------------------------------------- 17
T.append("""AI: Hi, thank you for joining. Could you start by introducing yourself?

User: Hello po! I'm [[Maria Cristina Reyes|PERSON]], but please call me [[Tin|PERSON|nickname]], everyone does. I'm the [[school registrar|JOB_TITLE]] at [[St. Agatha Academy|SCHOOL]], a private Catholic school in [[Quezon City|CITY]], elementary and high school. I've been there since [[2012|DATE]], I started as a [[clerk|JOB_TITLE]] in the registrar's office and then got promoted. I'm [[37|AGE]], a mother of two.

AI: What does a registrar's work look like day to day?

User: Records, records, records. Enrollment, transcripts, certificates, forms for transferring students, reports to [[DepEd|ORGANIZATION]]. Around [[June|GENERIC_TIME]], before classes open, it's crazy, parents lining up outside my window from six in the morning. We use [[Google Workspace|SOFTWARE]] for most things and an enrollment system that a local company built for us. It's okay, but it crashes when everybody logs in at the same time. As for AI, I started using [[ChatGPT|AI_PRODUCT]] in [[2023|DATE]], because a co-teacher showed it to me. I use it mostly for communication. Announcements to parents, in English and in Tagalog, and replies to very angry emails. Filipinos are very polite in person but online, grabe, some parents are not shy. So I ask it to help me answer nicely but firmly. I also use [[Gemini|AI_PRODUCT]] inside [[Google Sheets|SOFTWARE]] for formulas when I'm making reports of enrollment numbers. I'm not a formula person.

AI: Are there limits on what you'll use it for?

User: Yes, of course. Student records are confidential, so no names, no grades, no birth certificates go into it. Our [[principal|GENERIC_ROLE]], Sister [[Josefina|PERSON]], is very strict about the Data Privacy Act. She even had somebody from a law firm give us a seminar in [[Makati|CITY]] about it. She said, if you wouldn't post it on [[Facebook|SOFTWARE]], don't put it in the AI. I think that's a good rule. She is [[seventy|AGE]] but she is sharp, she knows more about these things than the young teachers.

AI: How do your coworkers feel about using AI?

User: Mixed, like everywhere. The young teachers use it to make lesson plans and quizzes, and our IT guy, [[Jomar|PERSON]], he's very into it, he follows [[Sam Altman|PUBLIC_FIGURE]] on everything. Some of the older teachers are scared it will make students lazy. And honestly, they're not wrong, we've had students submit essays that were obviously AI. The worst was one that said "As of my last knowledge update" in the middle of a reflection paper about their lola. We laughed, but also it's sad.

AI: Does AI play a role in your life outside work?

User: A little. My husband [[Rodel|PERSON]] works in [[Dubai|CITY]], he's an [[HVAC technician|JOB_TITLE]] there, so we video call every night, and sometimes he asks me to use AI to help him write emails to his employer because his English is not as confident. My kids use it for homework and I check. That's my life, checking, at work and at home.

AI: Thank you, [[Tin|PERSON]]. How can we contact you for a follow-up?

User: My email is [[tinreyes.registrar (at) gmail (dot) com|OBF_EMAIL|paren_at_dot]], the personal one, not the school one. I'm free after four on [[weekdays|GENERIC_TIME]], or [[Saturday|GENERIC_TIME]] morning before the market.""")

# ---------------------------------------------------------------- 18
T.append("""AI: Hi there, thanks for joining. Could you introduce yourself and your business?

User: Sharp, thanks for having me. I'm [[Thabo Mokoena|PERSON]], I own a small coffee shop called [[Side Street Roasters|ORGANIZATION]] in [[Woodstock|CITY]], [[Cape Town|CITY]]. I'm the [[owner|GENERIC_ROLE]] but also the main [[barista|JOB_TITLE]], cleaner, accountant, whatever is needed. We opened in [[2020|DATE]], right in the middle of COVID, which everyone told me was madness. I'm [[31|AGE]]. I grew up in [[Soweto|CITY]] and came down here to study at [[UCT|SCHOOL]], then I dropped out to make coffee, which my mother still hasn't forgiven me for.

AI: How does AI fit into running a café?

User: It's my unofficial business partner, honestly. I use [[ChatGPT|AI_PRODUCT]] for the menu descriptions, for the [[Instagram|SOFTWARE]] captions, and for figuring out stuff like pricing when the cost of beans goes up. And load-shedding planning. When [[Eskom|ORGANIZATION]] publishes the schedule, I paste it in and ask it to help me plan which hours to run the machine on the inverter and what we can still serve. That's very South African, hey, AI for load-shedding.

AI: Are there things it gets wrong?

User: Plenty. It doesn't understand the neighbourhood. It suggested I do avocado toast at R180, like I'm in [[Camps Bay|CITY]]. My customers are artists, students, people working in the studios around here. Also it thinks every coffee shop should have oat milk lattes with lavender. I said no. My [[head barista|JOB_TITLE]], [[Zinhle|PERSON]], laughed so hard when I read her some of its ideas. She's been with me since day one, she knows our customers better than any computer. Another time it gave me a cold brew recipe with the ratios completely wrong, and we made twenty litres of something that tasted like battery acid. I poured it down the drain in front of everyone, very humbling. So now I test everything small first, one cup, then a batch.

AI: How does your team feel about you using it?

User: There's only five of us. [[Zinhle|PERSON]] doesn't use it at all, she says her brain works fine. [[Kyle|PERSON]], who does [[weekends|GENERIC_TIME]], uses it to study, he's doing his matric again through an online school. I use it more than anyone. My payments are on [[Yoco|SOFTWARE]], and the stock is on a spreadsheet, and I ask the AI to help me see which products are making money. We found out the muffins were losing money, so now no more muffins. People complained for a week.

AI: What's your view on AI more broadly, for small businesses like yours?

User: It's a levelling thing, a bit. Big chains have marketing departments. I have my phone. So it helps. But I worry about people trusting it too much. My girlfriend [[Lerato|PERSON]] works at a bank in [[Sandton|CITY]] and she says the big companies are going to cut jobs with it. I heard [[Cyril Ramaphosa|PUBLIC_FIGURE]] talk about AI and jobs in a speech, all very positive, but I don't know. Here unemployment is already so high.

AI: Thanks. Is there a way for people to find you, or for us to follow up?

User: Pop in for a flat white! No, seriously, the website is [[sidestreetroasters.co.za|URL]], and I'm on [[Instagram|SOFTWARE]] as [[@thabo_pours|SOCIAL_HANDLE]]. Or call me, [[082 614 3390|PHONE_NUMBER]]. Mornings are chaos though, so after two.""")

# ---------------------------------------------------------------- 19
T.append("""AI: Guten Tag, thank you for joining. Could you tell me about yourself and your job?

User: Guten Tag, yes. I'm [[Emre Yıldız|PERSON]], I'm a [[claims handler|JOB_TITLE]] for property insurance at [[Mainversicherung AG|ORGANIZATION]] in [[Frankfurt|CITY]]. I did my apprenticeship there from [[2015|DATE]] to [[2018|DATE]] and stayed. I'm [[34|AGE]]. I was born in [[Offenbach|CITY]], my parents came from [[Kayseri|CITY]] in the eighties, so I grew up with German at school and Turkish at home, which is actually useful for my job sometimes.

AI: What does a [[claims handler|JOB_TITLE]] do on a normal day?

User: People call or write because something happened. Water damage, storm, a fire in the kitchen, burglary. I check the policy, ask for documents, photos, invoices, sometimes send an assessor, and then decide how much we pay. We work in [[Guidewire|SOFTWARE]]. On a normal day I have maybe thirty, forty cases open. After a big storm, like the one we had in [[July 2021|DATE]] with the floods, it was hundreds. That summer was terrible.

AI: How is AI used in that process?

User: The company introduced an internal assistant [[last year|GENERIC_TIME]]. It reads incoming documents, like invoices from craftsmen, and pulls out the amounts and dates. It also suggests text for letters to customers. It runs on our own servers, because of data protection, the works council insisted on that. I use it for the letters mostly. Insurance German is terrible, very long sentences, and customers don't understand it. So I ask the assistant to make it simple, and then I check it. For Turkish-speaking customers I sometimes use [[DeepL|AI_PRODUCT]] to prepare an explanation, but only general text, never the personal data.

AI: How do you and your colleagues feel about it?

User: Honestly, divided. My [[team leader|GENERIC_ROLE]], Frau [[Schäfer|PERSON]], is very enthusiastic, she presents numbers every month about how much faster we are. My colleague [[Jana|PERSON]] and I are more careful. One time the assistant read an invoice wrong, it took the date of the invoice as the date of damage, and that made it look like the damage happened after the policy ended. If [[Jana|PERSON]] hadn't checked, the customer would have got a rejection. That's a family with a flooded cellar, you know. So we always look at the original.

AI: Are you worried about your job?

User: A little bit, yes. There is talk that simple claims, like a broken phone screen, will be fully automatic in a few years. I think that's probably true. The difficult claims will stay with people, I hope. Where somebody is crying on the phone because their house burned. My father, who was a [[bus mechanic|JOB_TITLE]] his whole life, says "they said the same with computers in the nineties". Maybe he's right. [[Olaf Scholz|PUBLIC_FIGURE]] also said something like that once, AI won't take jobs but change them. We'll see.

AI: Thank you. Could you share a way for us to reach you for follow-up?

User: Sure, my private email, not work please: [[emre punkt yildiz at posteo punkt de|OBF_EMAIL|german_punkt_at]]. For your consent form you asked my employee number, it's [[0048817|NATIONAL_ID]], but please don't send anything to the company.""")

# ---------------------------------------------------------------- 20
T.append("""AI: Hello, and thanks for taking the time. Could you tell me about your work?

User: Aye, no bother. I'm [[Aisha Rahman|PERSON]], I'm a [[social worker|JOB_TITLE]] with [[Glasgow City Council|ORGANIZATION]], in a children and families team in the south of the city. I qualified in [[2010|DATE]] from [[Strathclyde|SCHOOL]], so fifteen years now, nearly. I'm [[41|AGE]], I've got two teenagers, and I'm tired, basically, that's my whole profile.

AI: How much of your job is paperwork versus seeing families?

User: Too much paperwork, that's the honest answer. You do a home visit for an hour and then spend two hours writing it up. Case notes, assessments, reports for children's hearings, chronologies. Everything goes into the case recording system, we use [[CareFirst|SOFTWARE]]. If it's not recorded it didn't happen, that's what they drill into you at uni. AI has changed that a bit, actually. We're in a pilot, since [[September|GENERIC_TIME]]. A few teams got a tool called [[Magic Notes|AI_PRODUCT]], it records the visit, with the family's consent, and then drafts a summary. Some councils in [[England|COUNTRY]] were using it first. It's honestly been a big help for me on some visits. But I don't use it for every visit. If a mum is in a crisis, or there's domestic abuse, I don't want a phone recording on the table. It changes how people talk to you. So I'm selective.

AI: How do your colleagues feel about the pilot?

User: My pal [[Callum|PERSON]], who sits next to me, loves it. He says he finally leaves on time. Our [[team manager|GENERIC_ROLE]] is cautious, she keeps reminding us that we're responsible for every word that goes in the file, not the machine. And that's right, because the drafts can be off. One time it wrote that a child's gran was "unsupportive" when what she'd actually said was she was unwell. Big difference in a report that goes in front of a panel. [[Callum|PERSON]] had a similar one where it mixed up two siblings' names. So you read everything, line by line.

AI: Do you use any other AI tools, outside of the pilot?

User: I use [[Copilot|AI_PRODUCT]] sometimes to make my reports clearer, and at home my son uses [[ChatGPT|AI_PRODUCT]] for his Highers, which I keep an eye on. My mum lives round the corner in [[Pollokshields|CITY]] and she uses it to translate letters from the council from English to Urdu for her friends at the mosque, which is lovely, actually. She's [[68|AGE]] and she's more of an early adopter than me.

AI: Is there anything you'd want the people designing these tools to understand?

User: That our work is relationships. The notes matter, but the trust matters more, and if families feel they're being recorded by some big tech thing, you lose them. People read about [[Mark Zuckerberg|PUBLIC_FIGURE]] and all that and they don't trust tech. I'd also want them to think about accents. It struggles with broad Glaswegian, honestly. And with families who speak English as a second language, it makes a mess of what they've said, and those are exactly the families who get misunderstood already.

AI: That's a really important point. How could we reach you if we have follow-up questions?

User: Best is my mobile, text first because I'm often in a visit. It's [[oh seven seven double oh, nine hundred, three eight two|OBF_PHONE|spelled_digits_mixed]]. I'll get back to you, it might just take a day or two.""")


# ---------------------------------------------------------------- 21
T.append("""AI: Hello, thanks for joining. Could you tell me about yourself and what you do?

User: Hello, thank you. I'm [[Karthik Subramanian|PERSON]], I work as a [[shipping coordinator|JOB_TITLE]] at [[Coromandel Freight Forwarders|ORGANIZATION]] in [[Chennai|CITY]]. We handle export shipments, mostly garments and auto parts, from the factories to the port. I joined in [[2019|DATE]], right after my engineering degree at [[Anna University|SCHOOL]], which has nothing to do with logistics, but that's how it goes in [[India|COUNTRY]]. I'm [[27|AGE]].

AI: What does your day usually involve?

User: Coordination, non-stop. A client's container has to reach the port before the cut-off, so I'm talking to the factory, the transporter, the shipping line, and the [[customs broker|GENERIC_ROLE]] all at the same time. Most of it happens on [[WhatsApp|SOFTWARE]], honestly, every shipment has its own group. The filings go through [[ICEGATE|SOFTWARE]], that's the customs portal, and the billing is in [[Tally|SOFTWARE]]. One of our biggest clients is a knitwear exporter in [[Tiruppur|CITY]], and during the Christmas season in [[Europe|CONTINENT]] they ship like crazy, so [[October|GENERIC_TIME]] and [[November|GENERIC_TIME]] I barely sleep. Where AI fits in is mostly documents and emails. Overseas buyers send long emails with instructions, sometimes in broken English, sometimes in German or Italian, and I use [[ChatGPT|AI_PRODUCT]] to summarise and translate. I also use it to check HS codes, like which classification a product might fall under, but only as a first guess. Our [[customs broker|GENERIC_ROLE]] always has the final word, because if the code is wrong there's a penalty and the shipment gets held. Once it suggested a code for knitted cotton T-shirts that was for woven ones, and [[Lakshmi|PERSON]] akka from the documentation team caught it in two seconds. She's been doing this for twenty years, she doesn't need any AI.

AI: What does your [[manager|GENERIC_ROLE]] think of you using it?

User: Our [[manager|GENERIC_ROLE]], [[Venkat|PERSON]] sir, he's fine with it, as long as nothing goes wrong. He's a practical man. He said, use whatever helps, but if a client's invoice values or buyer names go into some website and the client finds out, you are finished. So I remove names and numbers before pasting. It takes extra time, but it's okay. Some of the younger guys don't bother, and I keep telling them.

AI: Do you think AI will change freight forwarding?

User: It already is, a bit. The big international forwarders have their own platforms with automatic tracking and quotes. For small companies like ours the advantage is still relationships, knowing the right person at the terminal, that kind of thing. I watched [[Sundar Pichai|PUBLIC_FIGURE]] say that AI is more profound than fire or electricity, and I thought, okay sir, but can it get my container out of the port during a strike? No. But I do think in five years the documentation work will be much less. That's why I'm doing an online course in supply chain analytics on [[Coursera|ORGANIZATION]] at night, to be safe.

AI: How about outside work, does it come up with family or friends?

User: My father is a retired [[bank clerk|JOB_TITLE]] and he thinks it's all a scam. My sister [[Divya|PERSON]] is doing her MBBS in [[Madurai|CITY]] and she uses it to revise, but her professors are very strict. My friends mostly use it for cricket fantasy teams, which is the most important application, obviously.

AI: Thank you. How could we reach you for follow-up?

User: Email is [[karthik.s.freight@gmail.com|EMAIL_ADDRESS]], or my mobile, [[+91 98401 57723|PHONE_NUMBER]]. Please don't call between four and seven, that's when the trucks are moving and I'm shouting at everyone.""")

# ---------------------------------------------------------------- 22
T.append("""AI: Hi, thanks for coming along. Could you introduce yourself and your job?

User: Hiya. I'm [[Agnieszka Nowak|PERSON]], but at work everyone says [[Aga|PERSON|nickname]], because nobody can say [[Agnieszka|PERSON]] properly, which is fine. I'm a [[phlebotomist|JOB_TITLE]] at the [[Queen Elizabeth Hospital|ORGANIZATION]] in [[Birmingham|CITY]], so I take blood, all day, every day. Outpatients mostly, and the wards in the morning. I came from [[Gdańsk|CITY]] in [[2006|DATE]], worked in a care home first, then the hospital since [[2011|DATE]]. I'm [[45|AGE]].

AI: How does AI come into a job like yours?

User: Directly, not much, you can't get a computer to find a vein, thank God. The labels and requests are all in the electronic patient record, which is [[Oracle Health|SOFTWARE]] now, we all still call it by the old name. But around the job, yes. I did my Care Certificate and then a level 3 course, and I used [[ChatGPT|AI_PRODUCT]] to help with the written parts, because my spoken English is fine but writing an essay, I panic. I didn't copy, I used it to explain things and fix my grammar. My assessor was happy.

AI: Do colleagues use it too?

User: Some. My friend [[Precious|PERSON]], she's from [[Zimbabwe|COUNTRY]], she works on the same team, she uses it to write complaints to HR, very polite ones. [[Bogdan|PERSON]] in the lab uses it for everything, he has it write his shopping lists, his emails to his landlord, I think his wedding speech too. Our [[team lead|GENERIC_ROLE]] is more careful, she reminded us in a huddle that we can't put patient details in any of these apps, not even first names, and that the Trust has its own rules about it. Fair enough.

AI: Have you seen AI used on the hospital side, in the systems?

User: They talk about it. There's something in radiology, reading X-rays, I heard, and there was a pilot with a tool that writes discharge letters. Nobody asked us about phlebotomy, we're always the last ones. I saw [[Wes Streeting|PUBLIC_FIGURE]] on the news saying AI is going to fix the [[NHS|ORGANIZATION]], and everybody in the staff room just laughed. We need more people and working machines first. Half the time the printer for the blood labels doesn't work, never mind AI.

AI: Is there something you'd worry about with AI in healthcare?

User: Mistakes with patients. If a blood sample is labelled wrong, it can be very dangerous, wrong transfusion, anything. So I worry if people start trusting the computer more than checking the wristband. We have a rule, always ask the patient name and date of birth out loud, every time, even if you saw them yesterday. I hope no AI ever makes people skip that. Also my daughter [[Zuzia|PERSON]], she's [[seventeen|AGE]], she wants to be a doctor, and she asks the AI medical questions, and I tell her, ask your teachers, not the robot.

AI: Thanks, [[Aga|PERSON]]. How would you like us to contact you for follow-up?

User: Email is easiest, it's [[aga nowak seven seven at hotmail dot co dot uk|OBF_EMAIL|spelled_at_dot]], all together, no spaces. I check it on my break.""")

# ---------------------------------------------------------------- 23
T.append("""AI: Hi, thanks for joining by chat. Could you tell me a bit about yourself and your role?

User: hi! sorry in advance, i type in lowercase, it's a habit. i'm [[ji-woo park|PERSON]], [[mortgage specialist|JOB_TITLE]] at [[Maple Harbour Credit Union|ORGANIZATION]], at the branch in [[North York|CITY]], [[toronto|CITY]]. i've been there since [[2014|DATE]], started as a [[teller|JOB_TITLE]]. i'm [[35|AGE]]. my parents immigrated from [[Busan|CITY]] when i was little and they ran a dry cleaner downtown for twenty years, so i grew up doing math at the counter lol

AI: Thanks, [[Ji-woo|PERSON]]. How does AI come into your work?

User: a few ways. our CRM is [[Salesforce|SOFTWARE]] and it has the [[Einstein|AI_PRODUCT]] stuff built in, which suggests next steps and drafts follow-up emails. honestly it's hit or miss. the applications go through [[Filogix|SOFTWARE]], no ai there, thank god, that needs to be exact. i use [[Copilot|AI_PRODUCT]] for internal things like summarising policy updates, because the rules change a lot, stress tests, insured vs uninsured, all that. and on my own phone i use [[ChatGPT|AI_PRODUCT]] to explain concepts in simpler words for clients, never with client info though

AI: Can you give an example of explaining things to clients?

User: sure. i had a young couple, first-time buyers, the [[Chens|PERSON]], super nervous, and they didn't get what amortization vs term meant. i asked [[chatgpt|AI_PRODUCT]] for a plain-language analogy, generic, no numbers from their file, and then i used my own version of it with them. it worked. they said it was the first time anyone explained it without making them feel dumb. i also have clients who prefer korean, and i'm fluent-ish, but for financial terms i sometimes check my wording with it

AI: Are there any rules at work about this?

User: yes, there's a policy, we had to do a training module in [[February|GENERIC_TIME]]. no member data in public tools, period. our [[branch manager|GENERIC_ROLE]], [[Priyanka|PERSON]], is pretty strict about it, she literally walked around checking browser tabs one day lol. which, fair. there was a story about a bank in the [[US|COUNTRY]] where someone pasted loan files into a chatbot and it became a whole thing

AI: What do you think AI will mean for your job in the long run?

User: mixed feelings. the simple renewals could be automated, probably will be. but buying a house is emotional, people cry in my office, good and bad crying. i saw [[Mark Carney|PUBLIC_FIGURE]] talking about AI and productivity and i get it, but people still want a person when it's the biggest purchase of their life. my partner [[dan|PERSON]] is a [[software developer|JOB_TITLE]] and he's much more doom-y about it than me, he thinks every office job is toast in ten years. also i wish the tools understood canadian stuff better. half the time [[chatgpt|AI_PRODUCT]] gives me american mortgage info, like 30 year fixed rates, which we basically don't have here. you have to keep saying "in [[Canada|COUNTRY]]", "in [[Ontario|CITY]]"

AI: Thank you. How can we follow up with you?

User: easiest is to book a slot on my calendar, [[calendly.com/jiwoopark-mortgages|URL]], just pick "other" as the reason. or email [[jiwoo.park.mtg@gmail.com|EMAIL_ADDRESS]]""")

# ---------------------------------------------------------------- 24
T.append("""AI: Buenas tardes, thanks for joining. Could you tell me about your work?

User: Buenas tardes. I'm [[Alejandro Ruiz Cárdenas|PERSON]], I'm a [[maintenance technician|JOB_TITLE]] in the water network for [[SIAPA|ORGANIZATION]], the water and sewer utility here in [[Guadalajara|CITY]]. I go out with a crew to fix leaks, broken pipes, valves, sometimes collapsed sewers after the rains. I studied civil engineering technology at [[UdeG|SCHOOL]] and I've been with the utility since [[2003|DATE]]. I'm [[46|AGE]] years old, with three kids, and I know every street in [[Tlaquepaque|CITY]] because I've dug up half of them.

AI: How does AI come into your work?

User: More than I expected. The big thing is reports. Every job we do, we have to report with photos, the location, what materials we used. Before, it was on paper, then they gave us tablets with [[ArcGIS|SOFTWARE]] for the maps. Now I take a voice note on the truck and I use [[ChatGPT|AI_PRODUCT]] to turn it into the formal report format, because the office wants very formal Spanish and I talk like a plumber. Also my crew uses [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]], because it's just there, for quick questions, like how to convert inches to millimetres for old pipes.

AI: Who is on your crew, and how do they feel about it?

User: We're four. The [[crew chief|GENERIC_ROLE]] is Don [[Memo|PERSON|nickname]], he's been there more than thirty years, he doesn't use anything, he says the pipe doesn't read [[ChatGPT|AI_PRODUCT]]. Then [[Güero|PERSON|nickname]], that's what we call him because he's very light-skinned, his real name is [[Luis Ángel|PERSON]], he's the youngest, he uses it for everything, even to write messages to his girlfriend. Sometimes the answers are wrong, it told [[Güero|PERSON]] that a valve brand we use in [[Zapopan|CITY]] didn't exist, so we learn not to trust it blindly.

AI: What about the utility as an organisation, does it have a position on AI?

User: Not really, not officially. There are some engineers at the central office who are working on leak detection with sensors and software, to predict where pipes will break. That's a good idea, because [[Guadalajara|CITY]] loses a lot of water in leaks. But for us in the field, nobody told us anything, no rules. I only put in the street, not the names of the neighbours who complain. For the internal system they ask for my employee number, [[23-1187|NATIONAL_ID]], and that one I never put anywhere else.

AI: Do you follow the wider debate about AI in [[Mexico|COUNTRY]]?

User: A little. [[Claudia Sheinbaum|PUBLIC_FIGURE]] talked about technology in the government, digital this and that, but in the water department we still have trucks from [[2008|DATE]]. My wife [[Rocío|PERSON]] is a [[primary school teacher|JOB_TITLE]] and she worries more, because her students copy homework from AI. My oldest son is [[nineteen|AGE]] and studying at [[ITESO|SCHOOL]], and he says AI is going to do the engineering work, so I tell him, good, then it can also come down into the sewer with me at two in the morning.

AI: Thank you, [[Alejandro|PERSON]]. How could we reach you for a follow-up?

User: On [[WhatsApp|SOFTWARE]] is best. My number, I'll say it like we say it here: [[treinta y tres, dieciocho, veintisiete, cuarenta y cinco, noventa|OBF_PHONE|spanish_number_pairs]]. It's from [[Mexico|COUNTRY]], so you put the country code first.""")

# ---------------------------------------------------------------- 25
T.append("""AI: Salam, and thanks for joining. Could you tell me about your job?

User: Salam, thank you. I'm [[Youssef El Amrani|PERSON]], I'm the [[riad manager|JOB_TITLE]] at [[Riad Dar Yasmina|ORGANIZATION]], it's a guesthouse with nine rooms in the medina of [[Marrakech|CITY]], in [[Mouassine|CITY]]. I've worked there since [[2015|DATE]], first at reception, then I became manager in [[2019|DATE]]. I'm [[38|AGE]]. The owners are a French couple, Monsieur and Madame [[Girard|PERSON]], they live in [[Lyon|CITY]] most of the year and come in [[December|GENERIC_TIME]] and [[April|GENERIC_TIME]].

AI: How does AI come into running a riad?

User: Mostly in the messages with guests, which is maybe half my day. Guests write before arrival on [[Booking.com|ORGANIZATION]] or [[Airbnb|ORGANIZATION]] or directly on [[WhatsApp|SOFTWARE]], in English, French, Spanish, sometimes Chinese. I speak Darija, Arabic, French and English, but Spanish and Chinese, no. So I use [[ChatGPT|AI_PRODUCT]] to reply in their language, and [[Google Translate|AI_PRODUCT]] when I need something fast. I also use it to write the descriptions of the rooms and the excursions, like the day trip to the mountains near [[Imlil|CITY]] or the desert.

AI: Does the rest of the staff use it?

User: Our [[cook|JOB_TITLE]], [[Fatima Zahra|PERSON]], no, never. She cooks like her grandmother, and guests love it, they ask for her tagine recipe all the time. I once asked the AI to write a recipe for her chicken with preserved lemon to give to a guest, and she read it and said it was a lie. [[Hamza|PERSON]], my younger brother, works at reception with me, and he uses it a lot, also to learn Spanish. The housekeeping ladies don't use it, they use [[WhatsApp|SOFTWARE]] voice notes for everything.

AI: Have there been any problems?

User: Yes, one time it was embarrassing. A guest asked about the hammam, whether it was mixed or separate, and the AI wrote a very confident answer that was wrong, and she was upset when she came. Now I check every answer before I send it. And I don't put in passport numbers or guest names. The police need the guest forms, the fiches, and those I do by hand. Monsieur [[Girard|PERSON]] also said, no guest data in AI, because in [[Europe|CONTINENT]] they are very strict with privacy and some of our guests are European.

AI: How do you see the future of AI in tourism here?

User: It will help small places like ours compete with big hotels, because we can answer fast in every language. But [[Marrakech|CITY]] is about people, the welcome, the mint tea when you arrive. A computer cannot make mint tea. When a guest arrives tired after the taxi drops them at the wrong gate, and they are lost in the alleys with their suitcase, they need somebody to come and find them, not a message. That is still my job, and I like that part the most. Also many young people in [[Morocco|COUNTRY]] work in call centres for French companies, and I think those jobs are in danger. My cousin works in one in [[Rabat|CITY]] and he is worried.

AI: Thank you. How can we contact you for a follow-up?

User: My email is [[youssef_amrani{at}outlook{dot}fr|OBF_EMAIL|curly_brace_at_dot]], or [[WhatsApp|SOFTWARE]] [[+212 661 48 27 90|PHONE_NUMBER]]. In the afternoon is better, in the morning I'm busy with breakfasts and check-outs.""")



def _words(raw):
    text, _ = build(raw.strip())
    return len(text.split())

for i, raw in enumerate(T, 1):
    w = _words(raw)
    print("words", i, w)
    assert 500 <= w <= 1100, (i, w)

write_set(T, "set_ag")
