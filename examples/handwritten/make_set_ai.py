import sys
from markup import write_set
T = []

# 1 health care, Winnipeg, Canada
T.append("""AI: Thanks for making time for this. To start, could you tell me a bit about yourself and what you do?

User: Sure. I'm [[Danielle|PERSON]], [[Danielle Fontaine|PERSON]]. I'm a [[charge nurse|JOB_TITLE]] on a medical unit at [[St. Boniface Hospital|ORGANIZATION]] in [[Winnipeg|CITY]]. I've been a [[nurse|JOB_TITLE]] since [[2009|DATE]], and I'm [[41|AGE]] now, so you can do the math on how many night shifts that is. I've been on the unit I'm on now since about [[2016|DATE]].

AI: Thanks, [[Danielle|PERSON]]. Where does AI come into your work, if at all?

User: Less than people think, honestly. The hospital started a pilot with [[Microsoft Copilot|AI_PRODUCT]] for the [[managers|GENERIC_ROLE]] [[last spring|GENERIC_TIME]], and a few of us charge nurses got access too. I mostly use it for the boring stuff. Writing up staffing summaries, rewording emails to bed management so they don't sound as cranky as I feel at three in the morning. At home I've got [[ChatGPT|AI_PRODUCT]] on my phone, and I'll be honest, I've used that one more.

AI: What kinds of things do you use [[ChatGPT|AI_PRODUCT]] for?

User: Mostly teaching. We get a lot of new grads, and I'm usually the one who ends up precepting them. One of our new girls, [[Kiana|PERSON]], she came out of the program at [[Red River College|SCHOOL]], she was really struggling with insulin sliding scales, so I asked it to make me little practice scenarios. Fake patients, fake numbers. I never put real patient info in there. That's a hard line for me and for our [[unit manager|GENERIC_ROLE]], [[Bev|PERSON]] — [[Bev Kowalchuk|PERSON]] — she would have my head. And there's an actual policy now. [[Shared Health|ORGANIZATION]] sent a memo out in [[February|GENERIC_TIME]], I think, basically saying don't put personal health information into public tools, use the approved one. The approved one being [[Copilot|AI_PRODUCT]] through our work login. Our [[clinical educator|JOB_TITLE]], [[Marcus Oyelaran|PERSON]], did a lunch-and-learn on it. He's great, he's very into the tech stuff. He showed us how to get it to summarize a policy document, which is actually useful, because some of our policies are forty pages long and nobody reads them.

AI: Is there anything you've tried that didn't work well?

User: Oh, lots. I tried to get [[Copilot|AI_PRODUCT]] to build our vacation schedule once. Total disaster. It doesn't know that [[Rhonda|PERSON]] can't do weekends because of her custody arrangement, or that two of the girls are married to each other and want the same week off. It spat out something that looked fair on paper and would have started a war on the unit. I went back to [[Excel|SOFTWARE]]. Me and [[Excel|SOFTWARE]] have an understanding. The new grads are a different story. They grew up with it. [[Kiana|PERSON]] uses it to study for everything. My worry is more that they trust it too much. I had one — not her, somebody else — who looked up a drug interaction on some random app and it was just wrong. Pharmacy caught it, thank God. So what I tell them is, check it against [[Lexicomp|SOFTWARE]], check it with pharmacy, then come check it with me.

AI: How do you feel about AI in nursing more generally?

User: Mixed. My husband, [[Luc|PERSON]], works in IT for the province, so I hear all the hype at the dinner table. For documentation I think it could save us a ton of time. There's talk about those ambient scribe things, the ones that listen and write the note for you, and some of the doctors at our site are piloting one. But I don't love the idea of a microphone recording a patient who's confused at two a.m. and telling me about their mother who died in the sixties. Some things should stay in the room.

AI: That's a really thoughtful point. Is there anything else you'd want us to know, or any way we could follow up?

User: Sure, follow up whenever. My work email is [[dfontaine2@sharedhealthmb.ca|EMAIL_ADDRESS]], but honestly I check my personal one more, it's [[danifontaine at shaw dot ca|OBF_EMAIL|spelled_at_dot]], all one word. Or just text me, [[204 five five five, zero one eight three|OBF_PHONE|mixed_digit_words]]. Evenings are best, I'm on days this rotation.""")

# 2 retail, May Pen, Jamaica
T.append("""AI: Good afternoon, and thank you for doing this. Could you start by telling me a little about your work?

User: Good afternoon. I'm [[Marcia Campbell-Reid|PERSON]], I'm [[fifty-three|AGE]], and I run a variety and hardware shop in [[May Pen|CITY]], down in [[Clarendon|CITY]]. [[Reid's Variety|ORGANIZATION]]. My husband's father started it, and I took it over in [[2004|DATE]] when he got sick. We sell everything — zinc, nails, school shoes, rice, phone credit. If you need it, we probably have it somewhere in the back.

AI: And how did AI first come into the picture for you?

User: My son, [[Andre|PERSON]]. He was home from [[UTech|SCHOOL]] [[last summer|GENERIC_TIME]] and he watch me sit down [[every Sunday night|GENERIC_TIME]] writing out the price list by hand, then typing it into the phone, and he said, Mummy, this is foolishness. He put [[ChatGPT|AI_PRODUCT]] on my phone and showed me how to paste in the list and tell it to make it neat, put the prices in a column, fix my spelling. Now it take me twenty minutes instead of two hours. The list goes to a [[WhatsApp|SOFTWARE]] group for regular customers, about three hundred people now. Contractors, church sisters, the school canteen, people like that. It goes out [[Monday|GENERIC_TIME]] morning. Everybody in [[Jamaica|COUNTRY]] is on [[WhatsApp|SOFTWARE]], so that is where the business is. We switched the shop number over to [[WhatsApp Business|SOFTWARE]] two years ago, and now there is that little [[Meta AI|AI_PRODUCT]] button in there too, but I don't really trouble that one.

AI: Does anyone else at the shop use these tools?

User: My [[cashier|JOB_TITLE]], [[Shanice|PERSON]], she's the real expert. She use it to answer messages when people ask if we have something in stock. Sometimes she use it too much. One time Miss [[Pearl|PERSON]], one of my oldest customers, she been buying from us since before I married in, she sent a message asking if the cement price going up again, and the answer that went back was so stiff and proper that she called the shop and said, [[Marcia|PERSON]], since when you talk like a bank? [[Shanice|PERSON]] couldn't stop laughing. So now the rule is, the thing can help you write, but you read it over and make it sound like us. The other thing I use it for is letters. When my [[supplier|GENERIC_ROLE]], [[Blue Mahoe Distributors|ORGANIZATION]], short me on an order, I used to just call and cuss. Now I tell it what happened and it write a proper letter, with the invoice number and the dates and everything. They respond faster when the letter sound like a lawyer wrote it. I also used it to help me fill out a form for a small business loan from the [[Development Bank of Jamaica|ORGANIZATION]], because those forms make my head hurt.

AI: Is there anything you won't use it for?

User: The credit book. In a small town, people trust you. Half of [[May Pen|CITY]] have a little account with us that they pay at the end of the month. I not putting Mr. [[Thompson|PERSON]]'s business into no computer so the whole world can know what he owe. No sir. Also I don't let it set prices. Prices, that is me. I know who can afford what, and that is not something a machine in [[California|CITY]] can tell me.

AI: How do you feel about where all this is going?

User: I go back and forth. Even [[Andrew Holness|PUBLIC_FIGURE]] was on the news talking about AI and jobs, so I know it's serious. I worry for young people like [[Shanice|PERSON]]. But for a small shop like mine, it's like having a nephew who went to school and will help you with the paperwork for free. I just don't let the nephew run the till.

AI: That's a great way of putting it. Anything you'd like to add before we finish?

User: Only that if you ever pass through, come check us. We're at [[27 Manchester Avenue|ADDRESS]], across from the gas station. We on [[Instagram|SOFTWARE]] too, [[@reidsvariety_mp|SOCIAL_HANDLE]], that is [[Andre|PERSON]] who run that. Or call the shop, [[eight seven six, triple five, two one nine oh|OBF_PHONE|digit_words_triple]], and ask for me or [[Shanice|PERSON]].""")

# 3 agriculture, Nizwa, Oman
T.append("""AI: Thank you for joining me today. Could you introduce yourself and tell me about your work?

User: Of course. My name is [[Salim Al-Rawahi|PERSON]], I'm [[34|AGE]]. I run my family's date farm near [[Nizwa|CITY]], in the [[Ad Dakhiliyah|CITY]] governorate. Officially I am the [[farm manager|JOB_TITLE]], but on a small farm that means I also fix pumps and argue with buyers. It's about eleven hectares, mostly Khalas and Khenaizi palms. I studied agricultural engineering at [[Sultan Qaboos University|SCHOOL]], finished in [[2013|DATE]], then worked some years at the [[Ministry of Agriculture, Fisheries and Water Resources|ORGANIZATION]] before my father asked me to come home. That was [[2018|DATE]].

AI: How does AI fit into running a date farm?

User: More than you would expect, and less than the companies selling it want you to believe. The main thing for us is water. We still have a share in the falaj, the old channel system, but we also put in drip lines, and three years ago we installed soil sensors from a company in [[Muscat|CITY]], [[Wadi Green Systems|ORGANIZATION]]. Their dashboard says it uses AI to predict how much each block needs. Whether that is really AI or just a very good spreadsheet, I honestly cannot tell you. But our water use is down, so I don't complain. For the office side I use [[ChatGPT|AI_PRODUCT]] mostly, in Arabic and English. I use it to write letters to the ministry, to draft contracts with buyers, and to translate instructions for the workers. Most of our workers are from [[Bangladesh|COUNTRY]] and [[India|COUNTRY]], so I ask it to put safety instructions into Bengali and Malayalam. Then I give them to our [[foreman|JOB_TITLE]], [[Raju|PERSON]], and he tells me which parts are nonsense. He has been with us since [[2006|DATE]], longer than me, so he checks everything. Sometimes he laughs at the Malayalam and says it sounds like a government announcement.

AI: Are there tools specific to farming that you use?

User: There is an app called [[Plantix|AI_PRODUCT]]. You take a photo of a leaf and it tells you what disease or pest it might be. For vegetables it is quite good. For palms, not so much, it was not trained on our problems. The big enemy for us is the red palm weevil. By the time you see it, often the tree is already finished. A friend from university, [[Khalid Al-Busaidi|PERSON]], he works with a research team that tests acoustic sensors — you put them in the trunk and it listens for the larvae chewing. We had two on our farm for a trial in [[2022|DATE]]. Interesting technology. Very expensive.

AI: How do you sell your dates? Does AI play a role there?

User: My cousin [[Hamed|PERSON]] handles the selling, especially online. He uses [[Canva|SOFTWARE]] and the AI inside it to make the pictures for [[Instagram|SOFTWARE]], and he writes the captions with [[Gemini|AI_PRODUCT]] because it is on his phone. He is younger, he is [[twenty-five|AGE]], he thinks differently. Our biggest buyers are still in [[Oman|COUNTRY]] and the [[UAE|COUNTRY]], but [[during Ramadan|GENERIC_TIME]] we get orders from [[Saudi Arabia|COUNTRY]] and even [[Malaysia|COUNTRY]]. The harvest is [[July|GENERIC_TIME]] and [[August|GENERIC_TIME]], very hot, very busy, and that is when I would most like a robot, but no robot climbs a palm tree yet.

AI: Do you have any concerns about these tools?

User: Some. My father doesn't trust any of it. He says the falaj worked for a thousand years without a dashboard. He is partly right. If the internet goes down, the sensors are useless and someone still has to open the channel by hand. I also worry about data. The sensor company has all our water and yield numbers now. What do they do with them? Nobody explained that clearly.

AI: Thank you, [[Salim|PERSON]]. Is there anything you'd like to add, or a way to reach you if we have follow-up questions?

User: You're welcome. For farm things, [[Instagram|SOFTWARE]] is [[@rawahi.dates|SOCIAL_HANDLE]], that is [[Hamed|PERSON]]'s work. For me directly, my email is [[salim.rawahi88@outlook.com|EMAIL_ADDRESS]]. And my mobile, I'll type it the way my keyboard does it: [[+٩٦٨ ٩٢٤٤ ٧١٣٠|OBF_PHONE|arabic_indic_digits]]. [[WhatsApp|SOFTWARE]] is the same number.""")

# 4 transport, Wroclaw, Poland
T.append("""AI: Hello, and thanks for agreeing to talk. Could you start by telling me who you are and what you do?

User: Hi. I'm [[Agnieszka Wróbel|PERSON]], I'm [[29|AGE]], and I'm a [[freight forwarder|JOB_TITLE]] — in Polish we say [[spedytor|JOB_TITLE]] — at [[Trans-Odra Logistics|ORGANIZATION]] in [[Wrocław|CITY]]. We're a medium company, maybe forty people in the office and a lot of subcontracted trucks. Most of our loads go to [[Germany|COUNTRY]] and the [[Netherlands|COUNTRY]], some to [[Czechia|COUNTRY]]. I started here in [[September 2021|DATE]], right after my master's at [[Uniwersytet Ekonomiczny we Wrocławiu|SCHOOL]]. A normal day for me is phone, phone, phone. A client calls with a load, I look for a truck on [[Trans.eu|SOFTWARE]] or [[TimoCom|SOFTWARE]], I negotiate with the carrier, then I follow the truck until it's unloaded, and in between something always goes wrong. A driver gets stuck at a border, a warehouse in [[Duisburg|CITY]] says the slot was for yesterday, the pallets were loaded wrong. It's very reactive work.

AI: Where does AI come in?

User: Honestly, mostly for language. Our drivers speak Polish, Ukrainian, Russian, sometimes Georgian. The warehouses speak German or Dutch. The clients write in English. So I use [[DeepL|AI_PRODUCT]] all day, and [[ChatGPT|AI_PRODUCT]] when I need something more than a translation, like when I need to explain to a German [[warehouse manager|GENERIC_ROLE]] very politely that it is their fault. My [[boss|GENERIC_ROLE]], pan [[Krzysztof|PERSON]], was against it at first, he said we are not paying for robots. Then he saw how fast I answer complaints, and now he asks me to write his emails too.

AI: Can you give me a concrete example of a time it helped?

User: Yes, [[last winter|GENERIC_TIME]]. One of our drivers, [[Oleksandr|PERSON]], he is from [[Ukraine|COUNTRY]], lives near [[Lviv|CITY]], he had an accident — not serious, a mirror, a small scratch on a car — on a parking lot in [[Belgium|COUNTRY]]. The other driver was French and very angry. [[Oleksandr|PERSON]] called me and I was on speaker, translating with [[ChatGPT|AI_PRODUCT]] voice mode between Ukrainian and French. It was slow and a bit funny, but we filled in the accident report correctly, and the insurance went smoothly. Without it, I don't know, maybe three hours on the phone looking for someone who speaks French.

AI: Are there things you don't trust it with?

User: Prices. Never. The freight market changes every day, diesel, tolls, whether it's before Christmas. I asked it once, just for fun, what a fair price is for [[Wrocław|CITY]] to [[Rotterdam|CITY]], and it gave me a number from maybe three years ago. Also I don't paste client contracts into it. Our IT guy, [[Tomek|PERSON]], made a whole presentation about that after some company had a leak. He is very dramatic, but he's right. In the office, people are split about all this. The older forwarders, people who started in the nineties with a fax machine, they think it's cheating. [[Tomek|PERSON]] and I are the enthusiasts. My colleague [[Ewa|PERSON]] uses it to write her reports but won't admit it. Everyone can tell, because suddenly her reports have bullet points and the word "furthermore". I tease her a lot.

AI: Do you think the job will change because of these tools?

User: The paperwork part, for sure. CMR documents, invoices, the [[Excel|SOFTWARE]] tables we send every [[Friday|GENERIC_TIME]]. That could be mostly automatic. But the part where a driver calls you at eleven at night crying because his truck broke down on the A2 and he hasn't eaten, a chatbot can't do that. Or it can, but it shouldn't.

AI: Thank you, that's very helpful. Is there a way we could contact you later?

User: Sure. My private email, I'll say it the Polish way so it looks less like an email: [[agnieszka.wrobel małpa wp kropka pl|OBF_EMAIL|polish_malpa_kropka]]. Małpa is the @ sign, it means monkey. Or call me, [[+48 601 482 337|PHONE_NUMBER]], but not during working hours, please, because I will not pick up.""")

# 5 manufacturing, Ulsan, South Korea
T.append("""AI: Thanks for joining. Could you introduce yourself and your role?

User: Yes. My name is [[Park Ji-hoon|PERSON]]. I work as a [[quality engineer|JOB_TITLE]] at [[Daesung Precision|ORGANIZATION]] in [[Ulsan|CITY]]. We make brake parts, calipers and brackets, and our main [[customer|GENERIC_ROLE]] is [[Hyundai Mobis|ORGANIZATION]]. I am [[thirty-six|AGE]]. In Korean age I was [[thirty-seven|AGE]], but the law changed, so now I am officially younger. I am happy about that. I joined the company in [[2015|DATE]] after I graduated from [[Pusan National University|SCHOOL]].

AI: How do you use AI in your work?

User: It's a little complicated. At first, in our company, [[ChatGPT|AI_PRODUCT]] was blocked on the office network. After the news about [[Samsung|ORGANIZATION]] engineers putting source code into it, many companies in [[Korea|COUNTRY]] became very nervous. So for a year we had nothing. Then [[last year|GENERIC_TIME]] the IT department introduced an internal assistant that is based on [[HyperCLOVA X|AI_PRODUCT]]. It runs on a private server, so we can put company documents inside. I use it mainly for reports. When there is a defect complaint from the [[customer|GENERIC_ROLE]], we must write an 8D report. This is a very long document: the problem, containment, root cause, corrective action, and so on. Before, it took me maybe two days. Now I give the assistant my notes and the measurement data from [[Minitab|SOFTWARE]], and it makes a first draft in English, because [[Hyundai Mobis|ORGANIZATION]] also sends reports to their plants in [[Alabama|CITY]] and [[Slovakia|COUNTRY]]. I still fix a lot, but it saves maybe half the time. Our [[team leader|GENERIC_ROLE]], Mr. [[Kim|PERSON]] — in the office nobody says his name, we only use the title, that is normal here — he is very careful. He always says the AI can write, but the signature is yours. There is a younger engineer, [[Seo-yeon|PERSON]], she joined two years ago, she is really good with these tools. She made a prompt template for the 8D format and shared it with everyone. Now half the department uses her template. I told her she should get a bonus.

AI: Have there been any problems with it?

User: Yes, one time it was embarrassing. The assistant wrote a root cause that sounded very professional, "insufficient torque verification at station 4", but station 4 does not do torque. It just invented it. I did not check carefully because I was tired, and Mr. [[Kim|PERSON]] found it before it went to the [[customer|GENERIC_ROLE]]. He did not shout, but his face was enough. After that I always check every number against [[SAP|SOFTWARE]] and the original [[Excel|SOFTWARE]] files.

AI: Outside of work reports, do you use AI for anything else?

User: For English emails I use [[Papago|AI_PRODUCT]] sometimes, but recently I use the assistant more, because it understands technical words better. At home, my wife [[Min-ji|PERSON]] uses [[ChatGPT|AI_PRODUCT]] to make study plans for our daughter. I am not so sure about that. She is only in elementary school. But everyone in our apartment complex does it, so what can I do.

AI: How do you see the future of AI in manufacturing?

User: I think in quality, the camera inspection will become much stronger. Already we have a vision system on the line from a vendor in [[Incheon|CITY]] that finds surface defects. It is faster than people, but it also rejects good parts sometimes, so someone must look again. Maybe like [[Jensen Huang|PUBLIC_FIGURE]] says, every company will become an AI company. I am not sure. For now, I think the engineer is still needed, to take responsibility.

AI: Thank you, [[Ji-hoon|PERSON]]. If we have a follow-up question, how could we reach you?

User: KakaoTalk is easiest. My ID is [[jihoon.qe|SOCIAL_HANDLE]]. Or my phone, I will write it: [[０１０－４４７２－９０１８|OBF_PHONE|fullwidth_digits]]. Sorry, my keyboard is in Korean mode, so the numbers look wide. Please send a message first, because I don't answer unknown calls.""")

# 6 real estate, Nairobi, Kenya
T.append("""AI: Hi, thanks for joining. Could you tell me a little about yourself and your work?

User: Sure. I'm [[Wanjiru Kamau|PERSON]], I'm [[thirty-one|AGE]], and I'm a [[property agent|JOB_TITLE]] with [[Kilele Realty|ORGANIZATION]] here in [[Nairobi|CITY]]. Our office is in [[Westlands|CITY]], but most of what I sell and let is in [[Kilimani|CITY]], [[Kileleshwa|CITY]] and lately a lot in [[Ruaka|CITY]], because that's where young families can still afford. I got into real estate in [[2017|DATE]], after I finished at [[Kenyatta University|SCHOOL]]. I actually studied economics, not property, but a friend's mum needed someone to show apartments over the holidays and I just never left.

AI: How do you use AI in your day-to-day work?

User: The biggest one is listings. Every unit needs a description for our website, for [[BuyRentKenya|SOFTWARE]], for [[Instagram|SOFTWARE]], for [[TikTok|SOFTWARE]], and they all need a different style. Before, I would copy-paste the same boring thing: spacious two-bedroom, master ensuite, ample parking. Now I give [[ChatGPT|AI_PRODUCT]] the details and say, write this for [[TikTok|SOFTWARE]], make it fun, make it sound like a young couple would actually want to live there. It's honestly very good at that.

AI: Does anyone else at the agency use it?

User: Everyone, but nobody admits it. Our [[photographer|JOB_TITLE]], [[Kevo|PERSON]], uses some AI app to brighten the photos and remove the power lines from the sky. I've told him, don't remove the water tank, the [[client|GENERIC_ROLE]] will come for the viewing and see the water tank and feel cheated. Our [[director|GENERIC_ROLE]], Mr. [[Otieno|PERSON]], is old school, he still prints listings. But [[last year|GENERIC_TIME]] he watched me close a deal with a [[client|GENERIC_ROLE]] in [[London|CITY]] over [[WhatsApp|SOFTWARE]] video, and since then he calls me the AI girl. A big part of our business now is Kenyans abroad — in the [[UK|COUNTRY]], the [[US|COUNTRY]], [[Qatar|COUNTRY]] — buying an apartment or land back home. They are nervous, and they should be, because there are many scams. So they ask a hundred questions: how does the search at the [[Ministry of Lands|ORGANIZATION]] work, what is a sale agreement, what is stamp duty. I used to answer the same questions every single week. Now I have a guide I built with [[ChatGPT|AI_PRODUCT]] that explains the process step by step, and I check it with our [[lawyer|JOB_TITLE]], [[Achieng|PERSON]], before I send it to anyone. She corrected a lot of things the first time. It was very confident and very wrong about stamp duty outside [[Nairobi|CITY]]. So now the rule in my head is, it can write, but a human who knows must read.

AI: Are there things you wouldn't use AI for?

User: Documents, never. People send me copies of their ID, their KRA PIN certificates, bank statements. I never put those into any AI. Also valuation. The AI doesn't know that one side of a road in [[Ruaka|CITY]] floods in [[April|GENERIC_TIME]] and the other side doesn't. That you learn by walking. And negotiation, no. Kenyans negotiate with their whole heart.

AI: How do you feel about the bigger picture, AI in property?

User: There's a lot of noise now because of the housing programme, [[William Ruto|PUBLIC_FIGURE]] is always on TV talking about affordable housing, and some proptech startups say they will use AI to match buyers with houses. Maybe. But in [[Kenya|COUNTRY]], property is about trust. My [[clients|GENERIC_ROLE]] buy from me because my sister [[Njeri|PERSON]] went to school with their cousin, or because I sold to their pastor. A computer cannot do that part.

AI: Thank you, [[Wanjiru|PERSON]]. Is there a way we can reach you if we have follow-up questions?

User: Yes, sure. My profile is on our site, [[kilelerealty.co.ke/agents/wanjiru-kamau|URL]], it has my email there. On [[TikTok|SOFTWARE]] I'm [[@wanjiru.homes|SOCIAL_HANDLE]]. Or call — my number is [[oh seven two two, forty-one, eighty-eight, oh six|OBF_PHONE|paired_number_words]]. If I don't pick, it means I'm showing a house, just send a text.""")

# 7 insurance, Columbus, Ohio, USA
T.append("""AI: Thanks for taking the time. Can you tell me about yourself and what you do?

User: Sure thing. [[Greg Halvorsen|PERSON]]. I'm a [[property claims adjuster|JOB_TITLE]] with [[Nationwide|ORGANIZATION]], based out of [[Columbus|CITY]], though I cover a lot of central and southeast [[Ohio|CITY]]. I'm [[58|AGE]]. I started in claims in [[1994|DATE]] at a little mutual company in [[Zanesville|CITY]] that doesn't exist anymore, and I've been with [[Nationwide|ORGANIZATION]] since [[2003|DATE]]. So I've seen a few technology waves come through. Fax to email, Polaroids to digital, clipboards to tablets. AI is just the latest one.

AI: How is AI showing up in your work right now?

User: A couple of ways. The biggest is on the estimating side. We write estimates in [[Xactimate|SOFTWARE]], that's the industry standard, and now there's aerial imagery and a roof measurement tool that uses machine learning to measure the roof from overhead photos and flag possible hail damage. Ten years ago I was climbing every roof with a tape measure. Now half the time I've got a roof report before I even pull into the driveway. My knees are grateful. Then [[last fall|GENERIC_TIME]] the company rolled out an internal assistant, built on [[GPT-4|AI_PRODUCT]] or something like it, that runs inside our own systems. You can ask it about policy language — is a detached garage covered under this endorsement, that kind of thing — and it pulls the right sections. Before we could use it we all had to do a training module and sign an acknowledgment, which meant typing my employee number, [[N447190|NATIONAL_ID]], about fifteen times in one afternoon.

AI: Has it changed how you handle claims?

User: It's changed the writing. Claim notes, reservation of rights letters, denial letters — those are touchy. My [[team lead|GENERIC_ROLE]], [[Ray Delgado|PERSON]], he's a good bit younger than me, he's been pushing us to use it for first drafts. And I'll admit it writes a cleaner letter than I do. But the tone can be off. I had a lady down in [[Chillicothe|CITY]], basement flooded, sewer backup, and she didn't have that endorsement. The AI draft was technically correct and cold as ice. I tore it up and called her myself. You can't email somebody that their family photos aren't covered and call it a day.

AI: How are your colleagues taking to it?

User: Mixed bag. [[Tasha|PERSON]], who sits next to me — well, "sits," we're all remote half the week — she uses it for everything and she's the fastest on the team. [[Ray|PERSON]] loves it, obviously. A couple of the older guys flat refuse. I'm somewhere in the middle. What actually worries me is the fraud side. Our special investigations folks told us people are sending in AI-edited photos now. Hail dents added to a car, water stains on a ceiling that was fine. So the same technology that helps us is helping the folks trying to pull one over on us. It's going to be an arms race. Somebody sells us a tool to catch the fakes, somebody else finds a way around it.

AI: Do you think AI changes what the job is about?

User: I hope not. [[Warren Buffett|PUBLIC_FIGURE]] said something once about insurance being a business of promises, and I think about that a lot. Whatever tools we use, somebody's house burned down or their roof caved in, and they need to trust that we'll pay what we owe. If AI makes that faster, great. If it makes it colder, we've lost something. My daughter [[Kristen|PERSON]] set me up with [[ChatGPT|AI_PRODUCT]] at home, and I mostly use it to plan fishing trips, which tells you how seriously I take it.

AI: Thanks, [[Greg|PERSON]]. If we have follow-up questions, how can we reach you?

User: Email's best. Personal one — it's [[g dot halvorsen at aol dot com|OBF_EMAIL|spelled_at_dot]]. Yes, AOL, my kids give me grief about it. Or my cell, [[(614) 555-0192|PHONE_NUMBER]]. I don't answer numbers I don't know during the day, because I'm usually standing on somebody's roof, so leave a message and I'll get back to you.""")

# 8 religious organisation, San Fernando, Trinidad
T.append("""AI: Good evening, thank you for speaking with me. Could you tell me about yourself and your role?

User: Good evening. My name is [[Sherry-Ann Ramdial|PERSON]]. I am the [[church secretary|JOB_TITLE]] at [[Hillside Presbyterian Church|ORGANIZATION]] in [[San Fernando|CITY]]. That is the title, anyway. In practice I do a bit of everything, from the accounts to mopping the hall after a wedding. I am [[forty-six|AGE]], I have been working at the church since [[2011|DATE]], but I have been a member since I was baptised as a baby. My mother sang in the choir for forty years.

AI: How did AI come into your work at the church?

User: Through the young people, as usual. Our [[youth leader|JOB_TITLE]], [[Kyle Mohammed|PERSON]], he is [[twenty-two|AGE]] and he knows everything about phones. During the pandemic we had to move everything online, [[Facebook Live|SOFTWARE]] for the [[Sunday|GENERIC_TIME]] service, [[Zoom|SOFTWARE]] for Bible study, and [[Kyle|PERSON]] set all of that up. Then one day he showed me [[ChatGPT|AI_PRODUCT]] and said, Auntie, you could do the bulletin in ten minutes with this. I didn't believe him. But he was right, more or less. Now I use it for the weekly bulletin, the announcements, the birthday greetings, and the flyers for harvest in [[October|GENERIC_TIME]], together with [[Canva|SOFTWARE]]. One thing I am strict about: the prayer list. The names of people who are sick, who lost somebody, who is going through a divorce, I never put those into the computer program. I type those in myself at the end. People tell the church things in confidence, and I take that seriously.

AI: How did the church leadership feel about it?

User: Our [[minister|JOB_TITLE]], Rev. [[Dexter Ali|PERSON]], was very skeptical at first. He said, [[Sherry|PERSON]], a machine cannot write a sermon. And I said, Reverend, nobody is asking it to write your sermon, I am asking it to write the notice about the car park. Now he uses it himself, to find cross-references and check dates for his Bible study notes. But he still writes every sermon by hand on a yellow pad, and I type it up [[Saturday|GENERIC_TIME]] night.

AI: What about the congregation? How do they respond?

User: The older members are curious more than anything. Miss [[Savitri|PERSON]], she is [[ninety-one|AGE]], asked me if the computer was going to pray for her. I told her no, darling, that is still our job. Some people are worried. Even Pope [[Francis|PUBLIC_FIGURE]] was talking about AI, and one of our elders brought that up at a meeting as if the Catholics knew something we didn't. We had a whole discussion. My view is simple: it is a tool, like the photocopier. The photocopier never made anybody holy either.

AI: Are there other ways AI has helped with the church's work?

User: Grant applications. We run a food hamper programme and an after-school homework centre, and every year I have to apply for funding from the [[Ministry of Social Development|ORGANIZATION]] and a couple of private foundations. Those forms are long and they want everything in their particular language — outcomes, indicators, beneficiaries. I explain what we do in my own words, and it helps me put it into the form language. [[Last year|GENERIC_TIME]] we got more money than ever, so somebody likes those words.

AI: Thank you, [[Sherry-Ann|PERSON]]. Is there anything else, or a way to contact the church?

User: Yes, of course. The office email is [[hillsidepcsando [at] gmail [dot] com|OBF_EMAIL|bracket_at_dot]], I write it like that on the flyers so the spam people don't get it. The phone is [[868-652-4471|PHONE_NUMBER]], office hours in the morning. And we are on [[Facebook|SOFTWARE]], [[facebook.com/HillsidePCSando|URL]]. We are at [[14 Coffee Street|ADDRESS]], just up from the roundabout. Anybody is welcome.""")

# 9 arts, Plovdiv, Bulgaria
T.append("""AI: Hi, thanks for talking with me. Could you introduce yourself?

User: Hi! I'm [[Desislava Petrova|PERSON]], but everybody calls me [[Desi|PERSON]]. I'm a [[freelance illustrator|JOB_TITLE]] in [[Plovdiv|CITY]], mostly children's books and some packaging. I'm [[27|AGE]]. I graduated from the [[National Academy of Arts|SCHOOL]] in [[Sofia|CITY]] in [[2020|DATE]], which was a wonderful year to graduate, as you can imagine, and moved back home to my parents' place for a while.

AI: How does AI come into your work — or does it?

User: Mostly as a threat, honestly. When [[Midjourney|AI_PRODUCT]] got good, a publisher I'd done two books with — I won't say which — just stopped answering my emails. A few months later I saw their new covers and I recognised the look. Not my style, but clearly generated. Everyone I know has a story like that. And it was worse because people were literally typing artists' names into prompts. [[Greg Rutkowski|PUBLIC_FIGURE]] became famous for that, and he never agreed to any of it.

AI: Do you use any AI tools yourself?

User: Some, carefully. [[Photoshop|SOFTWARE]] has generative fill now, which is [[Adobe Firefly|AI_PRODUCT]] underneath, and I use it to extend a background when a [[client|GENERIC_ROLE]] changes the format at the last minute. That's not creative work, that's just labour, so I don't feel bad. The drawing itself I do in [[Procreate|SOFTWARE]], all by hand. And I use [[ChatGPT|AI_PRODUCT]] for the business side. Invoices, contracts, and emails in German to my main [[client|GENERIC_ROLE]], [[Mondschaf Verlag|ORGANIZATION]] in [[Leipzig|CITY]]. My German is from school, so before, every email took me an hour and still sounded like a child wrote it. And they're actually good about AI, which surprised me. My [[editor|JOB_TITLE]] there, [[Friederike|PERSON]], told me they put a clause in all their contracts now that the illustrations must be made by a human. I almost cried when I read it. It's a small publisher, but it felt like someone was on our side. Bulgarian publishers are different, the budgets are tiny, and if a machine is cheaper, many of them will take the machine.

AI: How do other artists around you feel?

User: Angry, tired, some of them scared. My friend [[Boyan|PERSON]] does concept art for a game studio in [[Sofia|CITY]], and half of the concept team was let go [[last spring|GENERIC_TIME]]. My old [[professor|JOB_TITLE]], Prof. [[Ivanova|PERSON]], she is [[sixty-eight|AGE]], she just laughs and says they said the same thing about photography in her day. Maybe she's right. My boyfriend [[Niki|PERSON]] is a programmer, and he thinks it's all inevitable, so we argue about it at dinner a lot. He says I should learn to use it. I say he should learn to draw a hand.

AI: Is there anything that gives you hope about it?

User: Honestly, the kids. I do a workshop at the city library [[every Saturday|GENERIC_TIME]] for children, and they don't care about AI pictures at all. They want to see me draw a dragon in front of them, with a real pencil. When I make a mistake and turn it into something else, they scream. A machine doesn't make mistakes like that. I think people will pay more for the human thing, but there will be fewer of us.

AI: Thank you, [[Desi|PERSON]]. Where can people find your work, or how could we reach you?

User: My portfolio is on [[Behance|SOFTWARE]], [[behance.net/desipetrova|URL]], and on [[Instagram|SOFTWARE]] I'm [[@desi.draws|SOCIAL_HANDLE]]. Email, I'll write it the Bulgarian way, because it confuses the bots: [[desi точка petrova маймунка abv точка bg|OBF_EMAIL|bulgarian_maimunka_tochka]]. Маймунка means little monkey, it's what we call the @ sign.""")

# 10 community organisation, Amman, Jordan
T.append("""AI: Thank you for joining. Could you start by telling me about yourself and your organisation?

User: Sure. My name is [[Rania Haddad|PERSON]], I'm [[39|AGE]], and I'm the [[programme coordinator|JOB_TITLE]] at [[Jusoor Community Association|ORGANIZATION]] in [[Amman|CITY]]. We're a small community centre in [[Jabal al-Weibdeh|CITY]]. We run women's literacy classes, a sewing cooperative, homework support for kids, and we help families with paperwork. Most of the families are Jordanian, and many are refugees from [[Syria|COUNTRY]], [[Iraq|COUNTRY]], [[Sudan|COUNTRY]] and [[Yemen|COUNTRY]]. I joined in [[2014|DATE]], when the centre was basically two rooms and a kettle.

AI: Where does AI fit into that kind of work?

User: Mostly in the office, not in the classrooms. The biggest part is funding. We live on grants, from [[UNHCR|ORGANIZATION]], from [[GIZ|ORGANIZATION]], from some embassies, and every donor wants a different template, in English, with logframes and indicators. I think in Arabic. So I write my ideas in Arabic and use [[ChatGPT|AI_PRODUCT]] to help me turn them into donor English. We also got donated licences for [[Microsoft 365|SOFTWARE]], so we have [[Copilot|AI_PRODUCT]] in [[Word|SOFTWARE]] now, and I use that to summarise long reports from partners.

AI: Do your colleagues use it too?

User: Our [[case worker|JOB_TITLE]], [[Dina|PERSON]], uses it for translation sometimes, between Arabic and English, or to understand a letter from an embassy. But we have a very strict rule: no names, no case details, no photos of documents. Our families have been through war, some of them are afraid of any government, any database. If someone's name ended up somewhere it shouldn't, that could be dangerous for their relatives back home. Our [[director|GENERIC_ROLE]] made us all sign a data protection policy [[last year|GENERIC_TIME]], and honestly I was happy she did. For collecting information from families we use [[KoboToolbox|SOFTWARE]] for surveys, it's made for humanitarian work and the data stays on the server we choose. Then for the analysis I export to [[Excel|SOFTWARE]] and do it myself, or with [[Dina|PERSON]]. I tried once to ask the AI to find patterns in anonymised survey data, and it gave me very nice sentences that said nothing. Like a consultant.

AI: Have you seen AI used in the classes or activities at all?

User: A little, in a nice way. [[Abu Omar|PERSON]], he's the one who runs the sewing cooperative, he is [[sixty-three|AGE]] and very proud, and he refused to touch the computer for years. Then his granddaughter showed him how to take a photo of a pattern and ask the phone to explain it. Now he uses it to find designs and to calculate fabric for orders. He comes to the office [[every Thursday|GENERIC_TIME]] to show me what he asked it that week. And [[during Ramadan|GENERIC_TIME]] the women made greeting cards with an AI image app, which they loved, even if half the lanterns had strange shapes.

AI: What concerns do you have, looking ahead?

User: Two things. First, the donors. I worry they will start expecting us to produce twice the reports with the same staff, because "you have AI now". Second, the language. These tools are much better in English than in Arabic, and much better in Modern Standard Arabic than in the Jordanian or Syrian dialect people actually speak. So the people we serve are always a little bit outside of what the technology understands.

AI: Thank you, [[Rania|PERSON]]. How could we reach you for any follow-up?

User: My work email, but please write it carefully: [[rania(dot)haddad(at)jusoor.org.jo|OBF_EMAIL|paren_at_dot]]. Or [[WhatsApp|SOFTWARE]] me on [[0 7 9 5 5 1 8 4 2 6|OBF_PHONE|spaced_digits]]. I'm in the centre from [[Sunday|GENERIC_TIME]] to [[Thursday|GENERIC_TIME]], mornings are calmer.""")

# 11 health care, Toyonaka, Japan
T.append("""AI: Thank you for joining. Could you introduce yourself and tell me what you do?

User: Yes. My name is [[Tanaka Keiko|PERSON]] — in English order, [[Keiko Tanaka|PERSON]]. I am a [[pharmacist|JOB_TITLE]] at a community dispensing pharmacy, [[Sakura Yakkyoku|ORGANIZATION]], in [[Toyonaka|CITY]]. It's in the north of [[Osaka|CITY]] prefecture, near the big hospital, so most of our prescriptions come from there. I am [[44|AGE]]. I studied at [[Osaka University|SCHOOL]] and I have worked in pharmacies since [[2004|DATE]], this one since [[2012|DATE]].

AI: How does AI show up in your work?

User: The biggest change is our medication record system. We use [[Musubi|SOFTWARE]], which suggests the notes for each patient visit and helps with the guidance. Before, writing the medication history took a long time after the patient left. Now the system proposes a draft based on the prescription and past visits, and I correct it. It is not perfect, sometimes it suggests advice that is too general, like "please drink water", but it saves maybe twenty minutes every day. For a small pharmacy that is a lot.

AI: Do you use general chat tools like [[ChatGPT|AI_PRODUCT]] as well?

User: Yes, but only for some things. We are near the airport line, and since tourism came back we have more foreign customers, from [[China|COUNTRY]], [[Korea|COUNTRY]], [[Vietnam|COUNTRY]], also people working at the factories. I use [[ChatGPT|AI_PRODUCT]] to make simple explanation sheets in English and Vietnamese — how to take an antibiotic, what is a suppository, that kind of thing. I make them general, without any patient information, and then I print them. Our [[clerk|JOB_TITLE]], [[Watanabe|PERSON]]-san, she laminated them all and put them in a folder at the counter. Very useful.

AI: How do your colleagues feel about these tools?

User: Our [[owner|GENERIC_ROLE]], [[Mori|PERSON]]-san, is older and very traditional, but he likes anything that reduces overtime, so he agreed with [[Musubi|SOFTWARE]]. For [[ChatGPT|AI_PRODUCT]] he is more careful. He read in the newspaper about the guidance from the [[Ministry of Health, Labour and Welfare|ORGANIZATION]] and told us: nothing with a name, nothing with a date of birth, nothing with an insurance number. I agree. Also our young [[colleague|GENERIC_ROLE]], [[Yuto|PERSON]], sometimes asks it about drug interactions, and I told him, please check the package insert, the AI has no license. He said, "[[Tanaka|PERSON]]-san, you sound like my mother." Maybe I do.

AI: Is there something you wish AI could do for you?

User: Inventory. We have so many generic drugs now, and there are shortages every few months. Some weeks I spend hours calling wholesalers. If AI could predict the shortages, that would help me more than any chatbot. Also, honestly, the paperwork for the insurance claims at the end of the month. My husband [[Hiroshi|PERSON]] works at a bank and he says AI will do all of this in five years. He said the same thing five years ago. There was a lot of news about [[Son Masayoshi|PUBLIC_FIGURE]] and his big investments with [[OpenAI|ORGANIZATION]], and my husband talks about it at dinner. For me it feels far away from my pharmacy. My patients are mostly elderly, some of them take twelve different medicines, and what they need is someone to listen and check. The AI can help me have more time for that. That is the best case.

AI: Thank you, [[Tanaka|PERSON]]-san. If we have follow-up questions, how can we contact you?

User: You can use [[LINE|SOFTWARE]], my ID is [[keiko_yakuzaishi|SOCIAL_HANDLE]]. Or email, I will write it like my mother does: [[keiko.tnk アットマーク gmail.com|OBF_EMAIL|katakana_atmark]]. Please don't call the pharmacy, we are very busy in the afternoon.""")

# 12 retail, Lagos, Nigeria
T.append("""AI: Hello, thanks for joining. Can you tell me a bit about yourself and what you do?

User: Good afternoon. My name is [[Oluwaseun Adeyemi|PERSON]], but everybody calls me [[Seun|PERSON]]. I'm [[36|AGE]]. I'm a [[category manager|JOB_TITLE]] for fresh foods at [[Everfresh Stores|ORGANIZATION]]. We have nine supermarkets, seven in [[Lagos|CITY]] — [[Lekki|CITY]], [[Ikeja|CITY]], [[Surulere|CITY]] and so on — and two in [[Abuja|CITY]]. I joined in [[2019|DATE]]; before that I was at [[Shoprite|ORGANIZATION]] for five years, and before that [[UNILAG|SCHOOL]], where I studied agric economics.

AI: What does a [[category manager|JOB_TITLE]] for fresh foods actually do?

User: Tomatoes, pepper, onions, yam, plantain, chicken, fish — I buy them, I price them, I decide how much each store gets. The hardest part is that everything spoils and the prices move every week. When the fuel subsidy was removed, transport costs jumped, and a basket of tomatoes from [[Kano|CITY]] could double in price between [[Monday|GENERIC_TIME]] and [[Friday|GENERIC_TIME]]. So it's a lot of spreadsheets and a lot of phone calls with farmers and aggregators.

AI: Where does AI come into that?

User: Two places. First, forecasting. We work with a small analytics team, and our [[data analyst|JOB_TITLE]], [[Chidinma|PERSON]], built a model in [[Power BI|SOFTWARE]] that predicts demand per store. It's not fancy, but it learns from our sales history, public holidays, even when salaries are paid at the end of the month. Before, I was ordering by gut feeling and we were throwing away a lot of pepper. Second, [[ChatGPT|AI_PRODUCT]]. I use it every day for writing — supplier agreements, memos, the weekly report to the [[MD|GENERIC_ROLE]], Mrs. [[Bakare|PERSON]]. She likes short reports with bullet points, and the AI is very good at cutting my long story into bullets.

AI: Any examples where it got things wrong?

User: Plenty. I once asked it to suggest prices for the [[December|GENERIC_TIME]] festive season, just to compare with mine, and it gave me prices in dollars from some American website, for a chicken that cost like three times what our customers can pay. It doesn't understand the naira, it doesn't understand that our customer in [[Surulere|CITY]] is not the same as our customer in [[Lekki|CITY]]. So I use it for words, not for numbers. Numbers I do myself in [[Excel|SOFTWARE]], or I ask [[Chidinma|PERSON]].

AI: How do the people you work with feel about AI?

User: The farmers don't care, honestly, as long as we pay on time. One of my best suppliers, Alhaji [[Musa Garba|PERSON]], grows tomatoes near [[Kano|CITY]], and he does everything on [[WhatsApp|SOFTWARE]] voice notes in Hausa. I don't speak Hausa well, so sometimes I use a translation app to understand the voice note. It's not great, but between that and my small Hausa we manage. At the office, the younger staff use it a lot, the older ones think it's a shortcut for lazy people. Mrs. [[Bakare|PERSON]] said something funny at our retreat: if [[Aliko Dangote|PUBLIC_FIGURE]] can build a refinery, we can learn to use [[ChatGPT|AI_PRODUCT]].

AI: Thank you, [[Seun|PERSON]]. Is there anything else you'd like to add, or a way we can follow up?

User: Just that people should not think AI is only for big companies abroad. We are using it here in [[Nigeria|COUNTRY]], in our own way. You can email me at [[seun.adeyemi@everfreshstores.ng|EMAIL_ADDRESS]], or I'm on [[X|SOFTWARE]] as [[@SeunSellsTomatoes|SOCIAL_HANDLE]] — don't laugh, my wife chose it. Or call, [[oh-eight-oh-three, three-one-four, seven-double-five-nine|OBF_PHONE|digit_words_double]].""")

# 13 agriculture, Hincesti, Moldova
T.append("""AI: Good morning, and thank you for your time. Could you introduce yourself?

User: Good morning. My name is [[Ion Ciobanu|PERSON]]. I am [[52|AGE]] years old and I am the [[vineyard manager|JOB_TITLE]] at [[Crama Valea Lunga|ORGANIZATION]], a family winery near [[Hîncești|CITY]], in the centre of [[Moldova|COUNTRY]]. We have about sixty hectares of vines, Fetească Neagră, Rară Neagră, also Merlot and Chardonnay for export. I studied at the [[State Agrarian University of Moldova|SCHOOL]] in [[Chișinău|CITY]] and I finished in [[1995|DATE]], so I have been in vineyards almost thirty years.

AI: How does AI come into your work in the vineyard?

User: Slowly. Three years ago we got a weather station and a disease model through a project financed by [[USAID|ORGANIZATION]]. The station measures humidity and leaf wetness, and the software tells me when the risk of mildew is high, so I know when to spray. Before, I sprayed by calendar and by my nose. Now I spray less, maybe two or three times less in a dry year. That is good for the money and for the soil. Is it AI? They say so. For me it is a good tool.

AI: Do you use any of the chat tools, like [[ChatGPT|AI_PRODUCT]]?

User: My son [[Andrei|PERSON]] installed [[ChatGPT|AI_PRODUCT]] on my phone when he was home from [[Iași|CITY]], he studies there. I was surprised that it speaks Romanian quite well. I use it mostly for writing: applications for grants, reports, and the texts for our export labels. We sell to [[Romania|COUNTRY]], [[Poland|COUNTRY]], a little to [[China|COUNTRY]], and every market wants a different description. For Chinese I don't trust it alone, we have an importer in [[Shanghai|CITY]], and his assistant checks everything.

AI: Has anything gone wrong when using it?

User: One time, yes. I asked it how much sulphur to use for a specific problem, just to compare with what I know, and it gave me a number that was too high, dangerous for the vines. If a young person without experience followed that, they could burn the leaves. So I tell our young [[agronomist|JOB_TITLE]], [[Cristina|PERSON]], use it for writing, not for chemistry. She is very smart, she finished her master's [[last year|GENERIC_TIME]], and she uses it better than me, but she agrees.

AI: What are the main challenges for your work right now?

User: The climate first. Frost in [[April|GENERIC_TIME]], then drought in [[July|GENERIC_TIME]]. Two years ago we lost almost forty percent of the harvest to frost. No AI can stop frost. Then workers. Many young people from the villages went to [[Italy|COUNTRY]] or [[Germany|COUNTRY]] to work, and at harvest we need many hands. Our neighbour, [[Valentina Petrovna|PERSON]], is [[seventy|AGE]] and she still comes to pick every year because there is nobody else. And of course the situation in [[Ukraine|COUNTRY]], which is very close to us. We feel it in everything, the prices, the roads, the mood. Still, I think AI can help small farmers if it is cheap and if it speaks our language. The big farms will have drones and everything. For us, the weather model already made a difference. [[Maia Sandu|PUBLIC_FIGURE]] talks a lot about modernising agriculture for the EU, and I hope that means real support, not just conferences in [[Chișinău|CITY]].

AI: Thank you, [[Ion|PERSON]]. How could we reach you for follow-up?

User: My email is [[ion.ciobanu a rond mail punct md|OBF_EMAIL|romanian_arond_punct]] — "a rond" is how we say the at sign in Romanian. Or the phone, [[+373 69 482 107|PHONE_NUMBER]]. Better in the evening, in the day I am between the rows.""")

# 14 transport, Accra, Ghana
T.append("""AI: Thanks for joining. Could you tell me a little about yourself and your job?

User: Thank you. My name is [[Kofi Mensah-Bonsu|PERSON]], and I'll be [[forty|AGE]] in [[November|GENERIC_TIME]]. I'm the [[operations supervisor|JOB_TITLE]] at [[Adom Express|ORGANIZATION]], an intercity bus company. I work from our main terminal at [[Kaneshie|CITY]] in [[Accra|CITY]]. We run buses to [[Kumasi|CITY]], [[Takoradi|CITY]], [[Tamale|CITY]], and across the border to [[Lomé|CITY]] in [[Togo|COUNTRY]]. I studied logistics at [[KNUST|SCHOOL]] and joined the company in [[2012|DATE]] as a [[ticket officer|JOB_TITLE]]. Yes, I started at the window selling tickets.

AI: How does AI show up in running a bus company?

User: The most visible thing is the tracking system. All our buses have GPS and a camera facing the driver, from a vendor in [[South Africa|COUNTRY]]. The system uses AI to detect when a driver is on his phone, or his eyes are closing, or he is overspeeding, and it sends an alert to our control room. When we introduced it, the drivers were very angry. They called it the spy. Uncle [[Ebo|PERSON]], our most senior driver, he has been driving the [[Kumasi|CITY]] road for thirty years, he said, I have never had an accident, why should a computer watch me? Then one night the system caught a young driver falling asleep near [[Nkawkaw|CITY]] at four in the morning, and we stopped the bus before something terrible happened. After that even Uncle [[Ebo|PERSON]] said, okay, maybe it has a use.

AI: What about tools like [[ChatGPT|AI_PRODUCT]] — do you use those?

User: Yes, in the office. I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Gemini|AI_PRODUCT]] to write incident reports, letters to the [[DVLA|ORGANIZATION]], and our safety briefings. Our drivers speak Twi, Ga, Ewe, English, and I ask it to help me make the safety message short and clear. For Twi it's not good, honestly, it makes funny sentences, so my [[colleague|GENERIC_ROLE]] [[Abena|PERSON]] fixes those. She is our [[customer service officer|JOB_TITLE]], and she speaks everything. One thing I'm careful about is passenger information. When you book with us you give your name, your phone, and for the [[Lomé|CITY]] route your Ghana Card number. That stays in our booking system. Our [[manager|GENERIC_ROLE]], Mr. [[Owusu|PERSON]], made that very clear. Every login to the tracking dashboard is tied to your staff ID — mine is [[ADX-0417|NATIONAL_ID]] — so if something leaks, they know exactly who did it.

AI: Has AI changed how passengers deal with the company?

User: A bit. We started taking bookings on [[WhatsApp|SOFTWARE]], with [[MTN MoMo|SOFTWARE]] for payment, and there is a chatbot that answers the simple questions: what time is the [[Tamale|CITY]] bus, how much is the fare, can I carry a goat. People really ask that. The chatbot was set up by a small tech company in [[Osu|CITY]]. It works well in English, but many of our passengers are traders, market women, and they send voice notes in Twi, which the bot doesn't understand. So [[Abena|PERSON]] still answers those herself, and they prefer it.

AI: What would you most like AI to do for your field in the future?

User: Predict breakdowns. That is our biggest problem. A bus breaks down between [[Kintampo|CITY]] and [[Tamale|CITY]] at night, the passengers are stranded in the bush, it's terrible for everybody. If the system could tell us this bus's gearbox will fail next week, that would save money and maybe lives. I watched a video where [[Sundar Pichai|PUBLIC_FIGURE]] was talking about AI for [[Africa|CONTINENT]], and I thought, fine, but come and see our roads first.

AI: Thank you, [[Kofi|PERSON]]. How can we reach you if we have more questions?

User: I'll type my email in the chat so you get it correctly: [[kofi.mensah\u200bbonsu@gmail.com|OBF_EMAIL|zero_width]]. Or call me on [[024 417 3390|PHONE_NUMBER]]. My wife [[Akosua|PERSON]] says I answer the phone even in church, so don't worry, I'll pick.""")

# 15 manufacturing, Tlaquepaque, Mexico
T.append("""AI: Hi, thanks for taking part. Could you tell me about yourself and your work?

User: Hola, sure. I'm [[Alejandra Ruiz Cárdenas|PERSON]], I'm [[thirty-eight|AGE]], and I'm the [[production planner|JOB_TITLE]] at [[Muebles Arroyo Hondo|ORGANIZATION]], a furniture factory in [[Tlaquepaque|CITY]], right next to [[Guadalajara|CITY]]. We make solid wood furniture — dining tables, chairs, headboards — and about seventy percent goes to the [[United States|COUNTRY]]. I studied industrial engineering at [[ITESO|SCHOOL]], finished in [[2009|DATE]], and I've been here since [[2015|DATE]].

AI: What does your day look like, and where does AI come in?

User: My job is to make the plan: which orders go to which line, how much wood we need, when the lacquer booth will be free. Our ERP is [[SAP Business One|SOFTWARE]], but the real planning used to live in a giant [[Excel|SOFTWARE]] file that only I understood. Since [[last year|GENERIC_TIME]] I use [[Copilot|AI_PRODUCT]] inside [[Excel|SOFTWARE]] to help with formulas and to find problems in the plan. Like, I ask it, which orders will be late if the kiln is down for two days? It doesn't always get it right, but it's faster than me scrolling through two thousand rows.

AI: How does the rest of the factory relate to these tools?

User: The office, fine. The shop floor, that's another story. Our [[head carpenter|JOB_TITLE]], Don [[Chuy|PERSON]] — his real name is [[Jesús Ibarra|PERSON]] but nobody calls him that — has been making furniture for forty years, and he says the computer doesn't know what wood does when it's humid in [[July|GENERIC_TIME]]. He's right. In the rainy season the wood moves, and the plan has to change. So every [[Monday|GENERIC_TIME]] I sit with him and we adjust the plan together. I tell him what the AI suggested, he tells me why it's wrong, and usually we end up somewhere in the middle. Our [[plant manager|GENERIC_ROLE]], Ingeniero [[Salas|PERSON]], wants to put cameras with AI on the sanding line to find defects. Don [[Chuy|PERSON]] says he already has two cameras, and points at his eyes.

AI: Are you using AI in your communication with customers?

User: Yes, a lot. Most of our [[clients|GENERIC_ROLE]] are in [[Texas|CITY]] and [[Arizona|CITY]], and my English is okay, but not for formal emails when I have to explain a delay. So I use [[ChatGPT|AI_PRODUCT]] to polish them. Our biggest [[client|GENERIC_ROLE]] is a chain of furniture stores based in [[San Antonio|CITY]], and their [[buyer|JOB_TITLE]], [[Megan|PERSON]], once told me my emails had become much more professional. I didn't tell her why.

AI: How is the industry changing, from where you sit?

User: Everybody talks about nearshoring, companies moving production from [[China|COUNTRY]] to [[Mexico|COUNTRY]] to be closer to the [[US|COUNTRY]]. When [[Elon Musk|PUBLIC_FIGURE]] announced the [[Tesla|ORGANIZATION]] plant in [[Monterrey|CITY]], everyone here got very excited. For us it means more orders, but also more pressure: the American buyers want faster lead times, better tracking, sustainability certificates for the wood. The AI helps with the paperwork, but it can't dry the wood faster. My husband [[Rodrigo|PERSON]] works in logistics and says it's the same for him, more data, same trucks.

AI: Thank you, [[Alejandra|PERSON]]. How could we contact you later?

User: Sure. My personal email is [[ale punto ruiz arroba hotmail punto com|OBF_EMAIL|spanish_arroba_punto]] — I say it in Spanish because that's how I always dictate it. [[WhatsApp|SOFTWARE]] is [[33 1847 2290|PHONE_NUMBER]]. Or the office line, [[treinta y tres, treinta y seis, cincuenta y ocho, doce, cuarenta|OBF_PHONE|spanish_number_words]], extension two-fourteen.""")

# 16 real estate, Hong Kong
T.append("""AI: Hi, thank you for joining. Could you tell me about yourself and your work?

User: Sure. My name is [[Chan Wing-yan|PERSON]], but at work everybody knows me as [[Winnie|PERSON]]. I'm an [[estate agent|JOB_TITLE]] with [[Centaline|ORGANIZATION]], at a branch in [[Tai Koo Shing|CITY]] on [[Hong Kong Island|CITY]]. I'm [[thirty-three|AGE]]. I joined in [[2016|DATE]], right after I graduated from [[Hong Kong Polytechnic University|SCHOOL]], so eight years now. Mostly residential, flats for sale and rent, some for families, many for mainland professionals who come on the talent schemes.

AI: How do you use AI in your work?

User: Quite a lot, but in an unofficial way. [[ChatGPT|AI_PRODUCT]] is not officially available in [[Hong Kong|CITY]], so some people use a VPN, some people use [[Poe|AI_PRODUCT]], and the company gave us [[Copilot|AI_PRODUCT]] through our work account. I mostly use it for listing descriptions in three versions: English, traditional Chinese for local buyers, and simplified Chinese for buyers from [[Shenzhen|CITY]] and [[Shanghai|CITY]]. The style is different. Local buyers want school net, MTR distance, management fee. Mainland buyers want to know about the international schools and whether there is a clubhouse.

AI: Are there other AI tools in your day-to-day?

User: The listing platforms have AI features now. On [[28Hse|SOFTWARE]] and our own [[Centanet|SOFTWARE]] there are price estimates, and some customers come in already holding a number on their phone. That makes negotiation harder, because they trust the app more than me. Also [[DeepSeek|AI_PRODUCT]] became very popular with my mainland [[clients|GENERIC_ROLE]] [[last year|GENERIC_TIME]]. One buyer showed me a full analysis from it of a flat in [[Quarry Bay|CITY]], with rental yield and everything, and it was wrong about the building age by ten years. I had to show him the land search.

AI: How do your colleagues use these tools?

User: Everyone differently. Our [[branch manager|GENERIC_ROLE]], [[Ricky Lau|PERSON]], he is old style, he still writes everything on a whiteboard, but he likes that I can produce a nice market summary for the weekly meeting in ten minutes. My [[colleague|GENERIC_ROLE]] [[Ah Fai|PERSON]] uses AI to write his [[Facebook|SOFTWARE]] posts, and they all sound the same now, very happy, many emojis, "dream home", "rare opportunity". [[Ricky|PERSON]] wrote in the team chat, "[[ah fai|PERSON]] your posts look like robot selling flats lol". And honestly, there are rules too. Every advertisement must show our licence number — mine is [[S-418273|NATIONAL_ID]] — and the AI doesn't know those rules, so we must check everything before posting, or the [[Estate Agents Authority|ORGANIZATION]] will come after us.

AI: What worries you most about AI in your field?

User: That the young agents will stop learning the market. When I started, my mentor made me walk every building in [[Taikoo|CITY]], [[Quarry Bay|CITY]], [[North Point|CITY]], count the lifts, check the windows for the sea view, talk to the security guards. You learn things no database knows, like which building has a bad management company or a noisy neighbour. The AI can summarise data, but it cannot smell the corridor. Also the market is not good now, prices dropped a lot, and the government keeps changing the stamp duty rules. [[John Lee|PUBLIC_FIGURE]] removed the cooling measures, and for two weeks everyone was busy, and then quiet again.

AI: Thanks, [[Winnie|PERSON]]. If we have more questions, how could we reach you?

User: You can [[WhatsApp|SOFTWARE]] me: [[nine one two three, four four seven eight|OBF_PHONE|digit_words]]. Or email, [[winnie.chan.wy@gmail.com|EMAIL_ADDRESS]]. And if you are ever looking for a flat, my [[Instagram|SOFTWARE]] is [[@winniechan.property|SOCIAL_HANDLE]].""")

# 17 insurance, Bucharest, Romania
T.append("""AI: Hello, thank you for taking the time. Could you introduce yourself?

User: Hello. My name is [[Andreea Popescu|PERSON]], I'm [[45|AGE]], and I'm an [[insurance broker|JOB_TITLE]] at [[Carpatica Broker de Asigurare|ORGANIZATION]] in [[Bucharest|CITY]]. Our office is in [[Floreasca|CITY]]. I studied at [[ASE|SCHOOL]], the economics academy, and I have worked in insurance since [[2008|DATE]], first as a [[sales agent|JOB_TITLE]] for [[Allianz-Țiriac|ORGANIZATION]] — yes, that [[Ion Țiriac|PUBLIC_FIGURE]], the tennis one — and as a [[broker|JOB_TITLE]] since [[2014|DATE]]. I do car insurance, home insurance, and more and more fleet policies for transport companies.

AI: How does AI come into your work as a [[broker|JOB_TITLE]]?

User: The biggest help is with reading. A fleet policy from [[Groupama|ORGANIZATION]] or [[Omniasig|ORGANIZATION]] can be sixty pages of conditions, and the exclusions are hidden in strange places. I use [[ChatGPT|AI_PRODUCT]] to compare two sets of general conditions — I upload the public PDFs, not the client contract — and ask what is different about theft, about drivers under twenty-five, about goods in transit. It gives me a list in two minutes. Then I check each point in the real text, because once it told me something was excluded and it wasn't.

AI: Do your colleagues use it too?

User: My [[colleague|GENERIC_ROLE]] [[Mihai|PERSON]] uses it to write offers, and he's very fast. [[Ioana|PERSON]], who does the claims support, is more sceptical, she says the clients can tell when an email is written by a machine. I think she is partly right. In [[Romania|COUNTRY]], insurance is about trust, and people still remember when [[City Insurance|ORGANIZATION]] went bankrupt and [[Euroins|ORGANIZATION]] lost its licence. People call me at night and say, [[Andreea|PERSON]], is my RCA still valid? A chatbot cannot calm them down the same way.

AI: What about client information — how do you handle that?

User: Very carefully. For every policy we need the CNP, the personal numeric code, and the car registration, and the address. I never paste those into any AI. Our [[director|GENERIC_ROLE]] sent a note after the GDPR training: no personal data in public tools, full stop. We have a CRM, [[Pipedrive|SOFTWARE]], and that's where client data stays. If I need help with an email to a specific client, I write "the client" and "the car" and then fill in the details myself.

AI: Can you give an example of a time AI really helped you?

User: [[Last winter|GENERIC_TIME]] I had a transport company from [[Pitești|CITY]], about forty trucks, that wanted to change insurer in one week because their renewal price went up thirty percent. I had to compare four offers, in a hurry, with different deductibles and different conditions for [[Italy|COUNTRY]] and [[Germany|COUNTRY]], where their trucks go. With AI I built a comparison table in one evening that used to take me three days. The [[owner|GENERIC_ROLE]], Mr. [[Stănescu|PERSON]], signed the next morning. I went home and slept twelve hours.

AI: Thank you, [[Andreea|PERSON]]. How could we reach you if we have more questions?

User: Write me at [[andreea underscore popescu at yahoo dot ro|OBF_EMAIL|spelled_underscore_at_dot]], it's my personal one. Or call, [[0722 318 640|PHONE_NUMBER]]. I'm in the office [[Monday|GENERIC_TIME]] to [[Thursday|GENERIC_TIME]], and on [[Friday|GENERIC_TIME]] I visit clients.""")

# 18 religious/community, Dearborn, Michigan, USA
T.append("""AI: Thanks for joining me. Could you tell me a bit about yourself and what you do?

User: Yeah, of course. I'm [[Hussein Bazzi|PERSON]], I'm [[33|AGE]], and I'm the [[outreach coordinator|JOB_TITLE]] at the [[Al-Huda Community Center|ORGANIZATION]] in [[Dearborn|CITY]], [[Michigan|CITY]]. It's a mosque, but also a community center — we've got a food pantry, Arabic school on weekends, youth basketball, citizenship help. I grew up here, my dad worked at the Rouge plant for [[Ford|ORGANIZATION]] for thirty years, and I went to [[University of Michigan-Dearborn|SCHOOL]]. I started at the center in [[2019|DATE]], before that I was doing marketing for a car dealership.

AI: Where does AI come into your work at the center?

User: Mostly communications. We have a newsletter on [[Mailchimp|SOFTWARE]], an [[Instagram|SOFTWARE]] page, flyers in English and Arabic. I use [[ChatGPT|AI_PRODUCT]] to draft things and [[Canva|SOFTWARE]] to design them. The biggest thing is the [[Friday|GENERIC_TIME]] khutbah, the sermon. Our [[imam|JOB_TITLE]], Sheikh [[Ali Fawaz|PERSON]], gives it mostly in Arabic, and a lot of the young people don't fully follow. So I take his notes, with his permission, and use the AI to help me make a short English summary for the newsletter. Then he reads it and fixes it, because religious language is sensitive. One wrong word and you get fifty emails.

AI: Have there been any tricky moments with that?

User: Oh, definitely. Early on it translated a Quranic phrase in a way that was technically fine but, like, the tone was off, kind of casual. Sheikh [[Ali|PERSON]] caught it and said, [[Hussein|PERSON]], the machine doesn't have adab. Manners. That stuck with me. Now for any verse or hadith we use established translations, we don't let the AI come up with its own. And there's a bigger concern: kids asking chatbots religious questions. Is this halal, can I do this [[during Ramadan|GENERIC_TIME]]. The answers sound confident and sometimes they're just wrong, or they're from a completely different school of thought. Sheikh [[Ali|PERSON]] did a whole youth night on that.

AI: What about the other services, like the food pantry?

User: We're careful there. Families give us their names, addresses, sometimes immigration status, and there is no way that goes into a chatbot. Our pantry volunteers use a simple spreadsheet in [[Google Sheets|SOFTWARE]], and [[Zainab|PERSON]], who runs the pantry, is super strict about who has access. Where AI helps is the grant side. We applied to the [[Community Foundation for Southeast Michigan|ORGANIZATION]] [[last year|GENERIC_TIME]] and I used it to tighten up the narrative. We got it, too. Fifteen thousand for the pantry.

AI: How does the wider community feel about AI?

User: It's mixed, like everywhere. Older folks are suspicious — my mom thinks it's listening to her through the phone, and honestly, who knows. Young professionals use it for everything. There was a town hall a few months ago, [[Rashida Tlaib|PUBLIC_FIGURE]] came, and somebody asked about AI and surveillance, because in this community people have real history with being watched. That's a real thing here, and I think tech people in [[California|CITY]] don't always get that.

AI: Thanks, [[Hussein|PERSON]]. If we want to follow up, how can we reach you?

User: Sure. Email's easiest, I write it like this on flyers: [[hussein {at} alhudadearborn {dot} org|OBF_EMAIL|curly_at_dot]]. Or the center's number, [[(313) 555-0148|PHONE_NUMBER]], and just ask for me. We're at [[6120 Schaefer Road|ADDRESS]], if you ever want to come by for dinner [[during Ramadan|GENERIC_TIME]]. Everyone's welcome.""")

# 19 arts, Jacmel, Haiti
T.append("""AI: Bonjou, and thank you for speaking with me. Could you tell me about yourself and your work?

User: Bonjou. My name is [[Jean-Robert Désir|PERSON]]. I am a [[papier-mâché artist|JOB_TITLE]] in [[Jacmel|CITY]], in the south of [[Haiti|COUNTRY]]. I make masks for the carnival, and also sculptures, animals, wall pieces for people to buy. I am [[fifty|AGE]] now. I started in [[1991|DATE]] as an apprentice with my uncle, [[Fritz|PERSON]], who was a very well known [[mask maker|JOB_TITLE]] here. I also teach young people on [[Saturday|GENERIC_TIME]] mornings at [[Lekòl Atizay Jakmèl|SCHOOL]], a small art school.

AI: How does AI come into your work, if at all?

User: A little, through my nephew [[Wilson|PERSON]]. He is [[nineteen|AGE]], and he takes care of the [[Facebook|SOFTWARE]] page and the [[WhatsApp|SOFTWARE]] for selling. He uses [[ChatGPT|AI_PRODUCT]] to write the descriptions of each piece in French and English, for the galleries. Before, I would write two lines by hand: "Mask, bull, carnival, 60 cm." Now there is a whole paragraph about the tradition of the [[Jacmel|CITY]] carnival, the meaning of the bull, the process. The gallery in [[Montréal|CITY]] said the sales are better with these descriptions. So I say, okay, continue.

AI: How do you feel about the descriptions it writes?

User: Sometimes it is very beautiful, sometimes it is nonsense. One time it wrote that my mask was a symbol of some Vodou spirit, which was not true, it was just a cow I liked. People in other countries love when there is Vodou, so the machine puts Vodou everywhere. I told [[Wilson|PERSON]], you must read everything to me before it goes out. My friend [[Marie-Claude Lafleur|PERSON]], she is the [[gallery owner|JOB_TITLE]] in [[Montréal|CITY]], she also checks. She knows Haitian art very well.

AI: Has AI affected your work in other ways?

User: Times are hard here. Since the problems in [[Port-au-Prince|CITY]], the road is often blocked, tourists don't come, the cruise ships don't come. So now almost all my sales are online, to the diaspora in [[Miami|CITY]], [[New York|CITY]], [[Montréal|CITY]]. Without the internet I would have no income. Some people showed me pictures made by AI in the Haitian style, with bright colours and carnival masks, and it was a strange feeling. The computer copied our style and it never held the paper or the glue. [[Frankétienne|PUBLIC_FIGURE]] used to say that art is a scream against chaos. The machine doesn't scream. It doesn't know chaos. We know chaos very well.

AI: Is there anything you would like AI to do for you?

User: Help with the shipping papers! To send a mask to [[Canada|COUNTRY]], there are forms, customs, the courier in [[Port-au-Prince|CITY]], it is a headache. If the machine can help with that, very good. Also maybe for the students, to show them art from other countries, other traditions. But the hands must learn by doing. My uncle never used a computer in his life, and his masks are still the best in [[Jacmel|CITY]].

AI: Mèsi anpil, [[Jean-Robert|PERSON]]. How could we reach you for any follow-up?

User: You can write to me, I will say it the Kreyòl way: [[jrdesir arobaz gmail pwen com|OBF_EMAIL|kreyol_arobaz_pwen]]. Or [[WhatsApp|SOFTWARE]], [[+509 3712 4486|PHONE_NUMBER]]. If I don't answer, it's [[Wilson|PERSON]] who has the phone.""")

# 20 community organisation, Cape Town, South Africa
T.append("""AI: Hi, thanks for taking the time today. Could you tell me about yourself and your work?

User: Hey, sure. I'm [[Lwazi Mthembu|PERSON]], I'm [[28|AGE]], and I'm a [[youth worker|JOB_TITLE]] at [[Siyakhula Youth Hub|ORGANIZATION]] in [[Khayelitsha|CITY]], [[Cape Town|CITY]]. I grew up in [[Gugulethu|CITY]], studied social work at [[UWC|SCHOOL]], and I've been at the hub since [[2020|DATE]], which was a wild time to start, during lockdown. We run a coding club, CV and interview workshops, a homework room, and we help young people find learnerships and jobs.

AI: How does AI come into the work at the hub?

User: Honestly, the young people brought it in before us. Kids were showing up with CVs that were suddenly perfect, like, "results-driven team player with excellent communication skills," and they're still in high school. So we knew. Instead of fighting it, we started teaching it. Now in the CV workshop we use [[ChatGPT|AI_PRODUCT]] together on the big screen, and I show them how to tell it their real story — the spaza shop they helped run, looking after their siblings, coaching soccer — and then we fix what it writes so it still sounds like them.

AI: Have you seen it make a difference?

User: Yeah, for sure. One of our guys, [[Sipho|PERSON]], he's [[twenty|AGE]], he'd been applying for a year, nothing. We sat with him, used the AI to prep for interviews, like mock questions, and he practised answering out loud in the computer room. He got a job at a call centre for [[Capitec|ORGANIZATION]] two months later. He came back with a cake, and before that he sent me a voice note and a message that just said "bru I got it!! thank u [[lwazi|PERSON]]". Aunty [[Noma|PERSON]], our [[cook|JOB_TITLE]], cried more than his mom did. But I don't want to oversell it. The real barriers are data costs and load-shedding. If there's no power and no data, there's no AI.

AI: How do the staff and funders feel about it?

User: Our [[director|GENERIC_ROLE]], [[Fatima Isaacs|PERSON]], was cautious at first. She's worried about the kids putting their ID numbers and home addresses into these apps, which, fair. So we made a rule on a big poster: no ID number, no address, no photos of your face. The funders love the word "AI" in a report, of course. [[Cyril Ramaphosa|PUBLIC_FIGURE]] gives a speech about youth unemployment and the fourth industrial revolution, and suddenly every foundation wants a digital skills line in the budget. We're not complaining. It paid for ten new laptops [[last year|GENERIC_TIME]].

AI: What concerns do you have looking forward?

User: That the jobs we're training them for disappear. The call centres are exactly the kind of work people say AI will replace. So what do we do then? I don't have a good answer. I think we have to teach them to be the people who use these tools, not only the people replaced by them. And teach them to check things. My coding club kids use [[GitHub Copilot|AI_PRODUCT]] now and they think the code is right because it looks right. I tell them, the machine is confident, that doesn't mean it's correct. Same with a lot of people I know, hey.

AI: Thank you, [[Lwazi|PERSON]]. Is there a way we can follow up with you?

User: Sure thing. The hub is on [[Instagram|SOFTWARE]], [[@siyakhula_hub|SOCIAL_HANDLE]], and all our links are at [[linktr.ee/siyakhulahub|URL]]. My cell — I'll type it — [[O72 318 O945|OBF_PHONE|letter_o_for_zero]]. [[WhatsApp|SOFTWARE]] is better than calling, I'm usually in a workshop.""")

# 21 health care, Taipei, Taiwan
T.append("""AI: Hello, and thank you for joining. Could you introduce yourself and your work?

User: Hi. My name is [[Lin Yu-ting|PERSON]], and my English name is [[Tina|PERSON]], most foreign patients call me Dr. [[Tina|PERSON]]. I'm a [[dentist|JOB_TITLE]] at [[Smile Bay Dental Clinic|ORGANIZATION]] in [[Da'an District|CITY]], [[Taipei|CITY]]. I'm [[37|AGE]]. I graduated from [[Taipei Medical University|SCHOOL]] in [[2012|DATE]], and I've been at this clinic since [[2018|DATE]]. It's a small clinic, three chairs, two dentists, four assistants.

AI: How does AI come into your work at the clinic?

User: The most important one is in the X-rays. Our imaging vendor added an AI module [[last year|GENERIC_TIME]] that marks possible caries, bone loss, old fillings that are leaking, on the panoramic X-ray. It puts little coloured boxes on the screen. I was sceptical, but honestly it's useful, especially at the end of a long day when my eyes are tired. It also helps with patients. When they see the coloured box, they believe me more. Before, I'd say you have a cavity here and they'd look at the grey picture and think I just want their money.

AI: Has it ever been wrong?

User: Yes, of course. It sometimes marks normal anatomy as a problem, or misses something small between the teeth. So I never treat based on the box alone. I check clinically, with my eyes and the explorer. My [[dental assistant|JOB_TITLE]], [[Xiao-Mei|PERSON]], she jokes that the AI is our third doctor, the one who never went to school. We also use the clinic's [[LINE|SOFTWARE]] official account for appointments, and there's an automatic reply bot. It's good for simple things, like reminders, but when a patient writes "my tooth hurts so much I can't sleep", the bot answers with our opening hours. [[Xiao-Mei|PERSON]] checks the messages herself every evening now.

AI: Do you use general tools like [[ChatGPT|AI_PRODUCT]]?

User: Some. I use [[ChatGPT|AI_PRODUCT]] to prepare patient education in English and Japanese, because we have many foreign residents and tourists in [[Da'an|CITY]]. Things like aftercare for extraction, how to clean around an implant. I write it in Chinese first and ask it to translate, then I ask a Japanese patient I know to check. For medical records, no, never. Patient records are connected to the [[NHI|ORGANIZATION]] system, and the rules are strict. I don't even like to put a patient's age in.

AI: How do other people in your profession feel about AI?

User: Younger dentists are curious, older ones are more worried. My classmate [[Chen Wei-lun|PERSON]] runs a clinic in [[Taichung|CITY]], and he uses AI to write all his marketing on [[Facebook|SOFTWARE]] and [[Instagram|SOFTWARE]]. His posts are very good now, very professional, a bit too perfect. And everybody in [[Taiwan|COUNTRY]] talks about AI since [[Jensen Huang|PUBLIC_FIGURE]] came back for Computex, it was like a rock star visit. My mother sent me a video of him and said, see, you should have studied engineering.

AI: Thank you, Dr. [[Tina|PERSON]]. How could we reach you for follow-up questions?

User: You can add me on [[LINE|SOFTWARE]], ID [[tina_dds_tw|SOCIAL_HANDLE]]. Or email — sorry, my phone keyboard is in Chinese mode and it writes the symbols wide — [[tina．lin＠gmail．com|OBF_EMAIL|fullwidth_symbols]]. I answer after nine at night, after my son sleeps.""")

# 22 transport, Dubai, UAE
T.append("""AI: Thanks for joining. Can you tell me a bit about yourself and your work?

User: Sure, thanks for having me. I'm [[Mark Anthony Reyes|PERSON]], I'm [[35|AGE]], from [[Pampanga|CITY]] in the [[Philippines|COUNTRY]]. I've been in [[Dubai|CITY]] since [[2014|DATE]]. I work as a [[load control officer|JOB_TITLE]] for [[dnata|ORGANIZATION]] at [[Dubai International Airport|ORGANIZATION]]. Basically, before every flight, I make sure the weight and balance of the aircraft is correct — passengers, bags, cargo, fuel — and I prepare the loadsheet for the captain. If I make a mistake, it's serious. I studied aeronautical engineering back home at [[Holy Angel University|SCHOOL]].

AI: Where does AI come into that kind of work?

User: For the actual load planning, we use [[Altéa|SOFTWARE]], the airline system, and it's very automated already, but it's rules, not really AI. Where we see AI now is the turnaround prediction. Management brought in a system that watches the cameras on the stand and predicts if the flight will be late, like if the catering truck didn't arrive yet, or the bags are slow. My [[duty manager|GENERIC_ROLE]], [[Rajesh|PERSON]], loves it, because he sees red and green on one screen. For me it's sometimes annoying, because the prediction says delay and everybody starts calling me, but the delay is not from load control.

AI: Do you use tools like [[ChatGPT|AI_PRODUCT]] in your job?

User: Not for the loadsheet, no way. That is safety critical. But for emails and reports, yes. English is my second language, and the reports after an incident must be very clear. Like one time, a container was loaded in the wrong position on a flight to [[Manila|CITY]], we caught it before departure, but I had to write a full report. I wrote my version, then I asked [[ChatGPT|AI_PRODUCT]] to make it more formal and structured. My [[duty manager|GENERIC_ROLE]] said it was the best report I ever wrote. [laughs] I didn't say anything. Also for the training. I'm studying for a new rating, and I ask it to quiz me.

AI: How do your colleagues feel about it?

User: There are many nationalities here — Indian, Pakistani, Filipino, Egyptian, Kenyan — and everybody uses it differently. Some guys use it to write messages to their families in better English, some never touch it. In the crew room people joke that AI will take our jobs, but then they say, okay, but who will drive the belt loader? For security we're very careful. Everything is with our airport pass, the number is on the badge — mine is [[ACS-228714|NATIONAL_ID]] — and you cannot take photos on the apron, so nobody is uploading pictures to chatbots.

AI: And outside work, does AI play any role for you?

User: Yes, with my family. My wife [[Joy|PERSON]] is a [[nurse|JOB_TITLE]] at a clinic in [[Sharjah|CITY]], and our daughter is in [[Pampanga|CITY]] with my mother. [[Joy|PERSON]] uses AI to help the little one with homework over video call. Also the government here pushes AI everywhere. Sheikh [[Mohammed bin Rashid|PUBLIC_FIGURE]] always talks about it, there's even a minister for AI. So in [[Dubai|CITY]] you feel like you have to learn it or you'll be left behind.

AI: Thank you, [[Mark|PERSON]]. How could we reach you for a follow-up?

User: Email is fine, I'll say it how I always say it on the phone: [[markreyes DOT ops AT gmail DOT com|OBF_EMAIL|caps_at_dot]]. Or [[WhatsApp|SOFTWARE]], [[+971 50 418 2267|PHONE_NUMBER]]. I work shifts, so maybe no answer, but I'll reply after.""")

# 23 manufacturing, Hawassa, Ethiopia
T.append("""AI: Thank you for joining. Could you tell me about yourself and your work?

User: Thank you. My name is [[Meron Tesfaye|PERSON]]. [[Tesfaye|PERSON]] is my father's name, we don't use family names like in the West. I am [[30|AGE]] years old and I'm an [[industrial engineer|JOB_TITLE]] at [[Sidama Apparel|ORGANIZATION]], a garment factory in the industrial park in [[Hawassa|CITY]]. We make t-shirts, polo shirts and some sportswear for export. I studied at the [[Addis Ababa Institute of Technology|SCHOOL]], finished in [[2016|DATE]], and came to [[Hawassa|CITY]] in [[2018|DATE]] when the park was still new.

AI: What does an [[industrial engineer|JOB_TITLE]] do in a garment factory, and where does AI come in?

User: My job is line balancing, time studies, efficiency. Each operation — attaching the collar, the sleeve, hemming — has a standard minute value, and I plan how many operators and machines we need on each line. Most of this is in [[Excel|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] a lot to help me with formulas and macros, because I am self-taught in [[Excel|SOFTWARE]]. Before, I would spend a whole evening on one formula. Now I describe what I want and it gives me something that works, mostly. Also for emails to the buyers. Our biggest customer is a brand from [[Sweden|COUNTRY]], and their technical team writes very direct emails, so I ask the AI to help me answer politely but firmly.

AI: How do other people at the factory relate to these tools?

User: Most operators are young women from the villages around [[Hawassa|CITY]], and many of them have smartphones but use mostly [[Telegram|SOFTWARE]] and [[TikTok|SOFTWARE]]. They don't use AI for work. The [[line supervisor|GENERIC_ROLE]] on line four, [[Tigist|PERSON]], she asked me to help her write a training guide in Amharic, and we tried the AI, but the Amharic was strange, like a foreigner wrote it. She rewrote it herself and it was much better. So for Amharic and for Sidama language, the tools are still weak. Our [[general manager|GENERIC_ROLE]] is Sri Lankan and he communicates with everybody in English, so the AI helps him more than it helps the operators.

AI: Are there problems that AI could help with but doesn't yet?

User: Many. The internet is the first problem, sometimes it is very slow or it is cut for days, so we cannot depend on any online tool. Then electricity. And the industry is difficult since [[Ethiopia|COUNTRY]] lost AGOA access to the [[United States|COUNTRY]]. Some factories closed, many workers lost jobs. If AI could find us new buyers, that would be the best use. [[Abiy Ahmed|PUBLIC_FIGURE]] talks a lot about digital transformation, there is a national strategy, but in the factory what we need is stable power and orders.

AI: What about your own future — how do you see AI affecting your career?

User: I think I should learn more. I'm thinking about a master's in data analysis, maybe online. My sister [[Hanna|PERSON]] works at a bank in [[Addis Ababa|CITY]] and she says everything there is becoming automatic, so she is learning [[Python|SOFTWARE]] at night. I'm a bit jealous, she has more time. In the factory we work six days.

AI: Thank you, [[Meron|PERSON]]. How could we contact you for follow-up?

User: [[Telegram|SOFTWARE]] is best, my username is [[@meron_ie|SOCIAL_HANDLE]]. Or the phone, I write it like we write it on forms: [[09/11/47/28/36|OBF_PHONE|slash_separated]]. If the network is down, please be patient, I will answer when it comes back.""")

# 24 insurance, Kyiv, Ukraine
T.append("""AI: Hello, and thank you for taking the time. Could you introduce yourself?

User: Hello. My name is [[Oksana Kovalenko|PERSON]], I am [[41|AGE]], and I work as an [[underwriter|JOB_TITLE]] at [[Dnipro Guarantee Insurance|ORGANIZATION]] in [[Kyiv|CITY]]. Our office is in [[Podil|CITY]]. I studied at [[Taras Shevchenko National University of Kyiv|SCHOOL]] and I have been in insurance since [[2010|DATE]], mostly property and cargo. Since the full-scale invasion, a big part of my work is war risk, which before was almost an exotic product.

AI: How has AI come into your work?

User: In a few ways. First, language. A lot of the reinsurance is placed through [[London|CITY]], through [[Lloyd's|ORGANIZATION]] syndicates, and the wordings are long, in very legal English. I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Claude|AI_PRODUCT]] to explain clauses to me in Ukrainian, or to compare two versions of a war exclusion. I never upload the real contract with client names, only the standard clause texts. Second, the risk assessment. We have a new tool that takes satellite images and data about attacks in a region and gives a score. It is useful, but the war changes every day, and the model is always a bit behind.

AI: Can you give an example of how it helps in practice?

User: Yes. We insure a grain warehouse near [[Odesa|CITY]]. After every big attack on the port area, the client calls, worried, asking if the policy still covers them. Before, I would spend hours reading the policy again. Now I can quickly ask the AI, here is the clause, here is what happened, does the exclusion apply? It gives me a first answer, and then I check with our legal department. My colleague [[Taras|PERSON]] in legal says I have become twice as fast and twice as annoying, because I send him more questions.

AI: How did the war affect the way your team works?

User: Everything changed. In [[March 2022|DATE]] we moved the whole team to [[Lviv|CITY]] for a few months. I worked from a friend's kitchen with my laptop and a power bank. Now we are back in [[Kyiv|CITY]], but during blackouts we have a generator and Starlink in the office. My husband [[Dmytro|PERSON]] is serving, so I am alone with our son most of the time. When I'm tired at night and still need to finish a report, honestly the AI helps me to not make stupid mistakes in English. It is like a colleague who never sleeps.

AI: Do you have concerns about using these tools?

User: Of course. Data security is a big topic in [[Ukraine|COUNTRY]] now. Everybody knows that information can be used by the enemy. Our company forbids putting any addresses of insured objects into public AI tools, because a warehouse address plus its value, that's basically a target list. Also I worry that young underwriters will believe the model score without thinking. Our [[director|GENERIC_ROLE]] says the model is a map, not the territory. I agree with him.

AI: Thank you, [[Oksana|PERSON]]. How could we contact you later?

User: Email is best: [[oksana.kov равлик ukr крапка net|OBF_EMAIL|ukrainian_ravlyk_krapka]]. Равлик is snail — we used to call the @ sign "dog", like in Russian, but now most people say snail. Or [[Signal|SOFTWARE]], [[+380 67 215 4839|PHONE_NUMBER]]. Please don't call during air raid alerts, obviously.""")

# 25 retail, Ulaanbaatar, Mongolia
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your job?

User: Hello! My name is [[Enkhjargal|PERSON]], but everyone calls me [[Jagaa|PERSON]], it's shorter. I'm [[26|AGE]] and I'm an [[assistant store manager|JOB_TITLE]] at [[Altan Nooluur|ORGANIZATION]], a cashmere shop in [[Ulaanbaatar|CITY]]. Our flagship store is at [[Seoul Street 24|ADDRESS]], near the [[State Department Store|ORGANIZATION]]. I studied international relations at the [[National University of Mongolia|SCHOOL]], I finished in [[2020|DATE]], and I've worked here since [[2021|DATE]].

AI: How does AI come into your work in the shop?

User: The biggest thing is language. In [[summer|GENERIC_TIME]] we have many tourists, from [[Korea|COUNTRY]], [[Japan|COUNTRY]], [[China|COUNTRY]], [[Germany|COUNTRY]], [[France|COUNTRY]]. My English is okay, and I know some Korean, but not Japanese or German. So I keep [[Papago|AI_PRODUCT]] open on the tablet at the counter for Korean, and [[ChatGPT|AI_PRODUCT]] on my phone for everything else. I can speak into it and show the customer the screen. They ask about the washing instructions, whether it's baby cashmere, how many grams, and the AI helps me explain. Tourists like it, they laugh and say "very modern shop".

AI: Do you use it for anything besides translation?

User: Yes, for the [[Instagram|SOFTWARE]] and [[Facebook|SOFTWARE]] pages. I write posts for the new collection, and I ask [[ChatGPT|AI_PRODUCT]] to make versions in English and Korean. Our [[manager|GENERIC_ROLE]], [[Bat-Erdene|PERSON]], wanted to use AI pictures for advertising — models wearing our sweaters in the steppe — but I said no. People buy cashmere because it's real. If the pictures are fake, why should they trust the material? In the end we used a real photographer and my cousin [[Solongo|PERSON]] as the model. She was very proud.

AI: Is there anything where AI didn't work well for you?

User: Sometimes the translation is too formal or funny. Once a German customer asked if the sweater would shrink, and the translation told him something like "the garment will become small with sadness". He laughed a lot, and bought two. Also, the AI doesn't understand our products. It thinks all cashmere is the same, but ours is from the goats of herders in [[Bayankhongor|CITY]], where my grandmother still lives. After a dzud winter, when many animals die, the quality and the price change. That is something you cannot ask the machine.

AI: How do you see AI in retail in the future?

User: I think for big shops it will change a lot, like stock and prices. For us, it helps with the small things. We use [[QPay|SOFTWARE]] for payments and a simple inventory app, and maybe later the AI can tell us which colours sell. My dream is to have my own small brand one day, and I think AI can help me with the website and marketing, because I cannot pay an agency. Some people say [[Sam Altman|PUBLIC_FIGURE]] wants to replace all workers, but I don't think a robot can sell cashmere. You have to touch it.

AI: Thank you, [[Jagaa|PERSON]]. How could we reach you for follow-up?

User: My [[Instagram|SOFTWARE]] is [[@jagaa.cashmere|SOCIAL_HANDLE]], you can message me there. Or email: [[jagaa.enkh [at] gmail . com|OBF_EMAIL|bracket_at_spaced_dot]]. I'm in the shop every day except [[Tuesday|GENERIC_TIME]].""")

write_set(T, "set_ai")
