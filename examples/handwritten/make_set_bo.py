# -*- coding: utf-8 -*-
"""Blind evaluation set bo: 25 synthetic voice-interview transcripts about AI at work."""
from markup import write_set

T = []

# 1 Nigeria - backend engineer, Lagos
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and the work you do?

User: Sure, sure. So I'm [[Chidinma Okafor|PERSON]], but honestly everybody calls me [[Chi-Chi|PERSON|nickname]]. I'm a [[backend engineer|JOB_TITLE]] at [[Paystack|ORGANIZATION]], I've been there since, um, [[twenty twenty-one|DATE|year_words]]. Before that I did a short IT internship at [[Shell|ORGANIZATION|org_is_word]], like the oil company, in [[Port Harcourt|CITY]]. Now I'm in [[Lagos|CITY]], I stay in [[Yaba|CITY|neighbourhood]], so the commute to the office is not too bad, except on [[Mondays|GENERIC_TIME]].

AI: Okay, so [[Chidimma|PERSON|echo_after_typo]], at [[Paystack|ORGANIZATION]], what does a normal week look like, and where does AI come into it?

User: It's [[Chidinma|PERSON]] with an N, but don't worry, [[Chi-Chi|PERSON]] is easier. So a normal week, we run two-week sprints, everything is in [[Jira|SOFTWARE]]. I'm on the [[Settlements squad|ORGANIZATION|team_name]], we handle how money moves to merchants at the end of the day. [[My lead|GENERIC_ROLE]], [[Tunde|PERSON]], he's the one who pushed us to try [[GitHub Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]]. Now I use it like all day for boilerplate, tests, that kind of thing. When I'm properly stuck I'll paste the error into [[ChatGPT|AI_PRODUCT]] or [[Claude|AI_PRODUCT|person_like_product]]. [[Claude|AI_PRODUCT|person_like_product]] is better with the long logs, I find.

AI: Is there anything you won't put into those tools?

User: Oh yes. Customer data, never. Card numbers, account numbers, nothing. We had a training in [[January|GENERIC_TIME]] where [[the security people|GENERIC_ROLE]] were very clear, because in [[Nigeria|COUNTRY]] now the data protection law has teeth. Um, [[Precious|PERSON|name_is_word]], she's our [[QA lead|JOB_TITLE]], she is even stricter than them. She reviews my pull requests and if she sees a comment that looks like [[Copilot|AI_PRODUCT]] wrote it she'll just write "who wrote this, you or the robot?" [laughs] She's not wrong sha. Me and [[Oluwa seun|PERSON|split_name]], the other backend dev, we just try not to give her reasons. Sometimes it writes something that looks correct and it's calling a function that doesn't exist.

AI: You mentioned [[Tunde|PERSON]] pushed the team to try it. How did that come about? And how has it changed the way you work day to day?

User: He went to a developer conference in [[Nairobi|CITY]] [[last year|GENERIC_TIME]] and came back like a new convert. Everybody there was talking about agents. Then he started sharing these clips of [[Elon Musk|PUBLIC_FIGURE]] and [[Jensen Huang|PUBLIC_FIGURE]] saying programmers will disappear, which, you know, is not a nice thing to send your team on a [[Friday|GENERIC_TIME]] evening. But to be fair to him, he also got the company to pay for the licences. Before that some of us were using personal accounts, which was not ideal. Day to day, the biggest thing is documentation. I hate writing docs. Now I describe the endpoint and it drafts the README, then I fix it. Also explaining old code. There's a reconciliation service written by a guy who left before I joined, [[Emeka|PERSON]], and everyone still calls it "[[Emeka|PERSON]]'s monster". [[Copilot|AI_PRODUCT]] is actually good at walking through it line by line. Once in [[October|GENERIC_TIME]] I merged a migration the AI helped me write and it locked a table in staging for almost an hour. Nothing reached production, thank God, but I wrote an incident report. [[Tunde|PERSON]] was cool about it. [[Precious|PERSON]] was not cool about it.

AI: Can I ask your age, and how you got into coding?

User: I turned [[twenty-eight|AGE|number_words]] in [[August|GENERIC_TIME]]. I started at [[Covenant University|SCHOOL]], in [[Ota|CITY|small_town]], around [[2014|DATE]], that was my first time writing Python. [[My younger brother|GENERIC_ROLE]] [[Ifeanyi|PERSON]] is at [[UNILAG|SCHOOL|acronym]] now doing computer science and I keep telling him, don't let [[ChatGPT|AI_PRODUCT]] do your assignments, you'll get to interviews and freeze. He doesn't listen. [laughs]

AI: Last thing, how should we reach you for the follow-up session?

User: Send it to [[chidinma dot okafor at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Or [[WhatsApp|SOFTWARE]] me, it's [[oh eight oh three, four one two, double seven nine five|OBF_PHONE|number_words]]. [[WhatsApp|SOFTWARE]] is better, I don't check email after work. And I'm [[@chichi_codes|SOCIAL_HANDLE]] on [[X|SOFTWARE|single_letter_product]] if anything, I post about fintech in [[Africa|CONTINENT]] sometimes.""")

# 2 United Kingdom - charge nurse, Leeds
T.append("""AI: Hi, thanks for joining. Can you start by telling me who you are and what you do?

User: Yeah, course. I'm [[Joanne Pickersgill|PERSON]], [[Jo|PERSON|nickname]] to everyone. I'm a [[charge nurse|JOB_TITLE]] on an acute medical ward at [[St James's|ORGANIZATION|possessive_like_name]], in [[Leeds|CITY]], so [[Leeds Teaching Hospitals|ORGANIZATION]], though everyone just calls it [[Jimmy's|ORGANIZATION|org_nickname]]. I qualified in [[twenty eleven|DATE|year_words]], trained at [[Leeds Beckett|SCHOOL]] back when it was still [[Leeds Met|SCHOOL|former_name]], and I moved onto this ward on the [[fourth of September twenty fifteen|DATE|spelled_out]], so it's been a while.

AI: And on the ward, where does AI actually come up for you, [[Jo|PERSON]]?

User: Honestly less than people think. The big one right now is we're piloting [[Heidi|AI_PRODUCT|person_like_product]], it's an AI scribe, it listens to the conversation and drafts the note. [[The doctors|GENERIC_ROLE]] use it more than us. Then I use [[ChatGPT|AI_PRODUCT]] on my phone, not on the work computers, they're locked down. Like for rewriting a rota email so it doesn't sound passive-aggressive. [laughs] Our notes are all on [[PPM+|SOFTWARE]] and obs go through [[Nervecentre|SOFTWARE]], and none of that has AI in it as far as I know.

AI: So [[Heidi|AI_PRODUCT]] is the scribe. How's the pilot going?

User: Mixed. [[Our ward manager|GENERIC_ROLE]], [[Will|PERSON|name_is_word]], he's dead keen, he volunteered us. One of the registrars, Dr [[Farah Qureshi|PERSON]], she loves it, says it saves her twenty minutes a shift. But it mishears. It wrote hyper instead of hypo once, and that's not a small thing. So you have to read every word, and then is it really saving time? [[Will|PERSON]] says it gets better the more we use it. We'll see.

AI: Has anyone raised concerns about patient data?

User: Oh, loads. We had to do an e-learning module, and they made us put our NMC PIN on the sign-up form, which I thought was a bit much. Mine's [[eleven F oh seven three two E|NATIONAL_ID|spelled_out]], it's on my badge anyway so it's hardly a secret. The rule is nothing identifiable goes into [[ChatGPT|AI_PRODUCT]] or anything like it. [[The matron|GENERIC_ROLE]] did a whole huddle about it after somebody on another ward pasted a discharge letter in. I won't say who.

AI: Do you use these tools at home as well? And do you worry AI might replace parts of your job?

User: A bit. [[My daughter|GENERIC_ROLE]], [[Hope|PERSON|name_is_word]], she's in year nine at [[Horsforth School|SCHOOL]], and she uses the [[Snapchat|SOFTWARE]] one, [[My AI|AI_PRODUCT|product_is_phrase]], which I'm not thrilled about. I was born in [[eighty-six|DATE|birth_year_words]], we had nothing like that, we had [[Ask Jeeves|SOFTWARE|person_like_product]]. [laughs] [[My partner|GENERIC_ROLE]] [[Gemma|PERSON]] is a [[primary teacher|JOB_TITLE]] and she's the one who got me using [[Gemini|AI_PRODUCT]] for meal plans, which sounds daft, but with shifts it actually helps. Replace my job? Not really. You can't get a chatbot to turn a patient at three in the morning. What winds me up is the announcements. [[Wes Streeting|PUBLIC_FIGURE]] was on the news going on about AI fixing the [[NHS|ORGANIZATION]] and I'm thinking, fix the car park first. But the note-writing side, yeah, that'll change. Handover might change. We do handover at half seven and it takes forever. If [[Heidi|AI_PRODUCT]] could do a first draft of the handover sheet, I'd take it, honestly.

AI: That's really helpful, [[Joanne|PERSON]]. Could I get a contact for the follow-up?

User: Yeah, it's [[jo.pickersgill@nhs.net|EMAIL_ADDRESS]], actually no, use my personal, the work one's a nightmare: [[jopickers86@outlook.com|EMAIL_ADDRESS]]. Or text me on [[07700 914 562|PHONE_NUMBER]]. I'm on earlies all [[next week|GENERIC_TIME]] so after three is best. I'm out in [[Horsforth|CITY]], so if it's in person, anywhere near the ring road.""")

# 3 India - transport planner, Pune
T.append("""AI: Good morning, and thank you for joining. Could you introduce yourself and your work?

User: Good morning. Myself [[Sunil Deshpande|PERSON]], everyone calls me [[Sunny|PERSON|name_is_word]]. I am [[senior transport planner|JOB_TITLE]] with [[Mahindra Logistics|ORGANIZATION]], based out of [[Pune|CITY]]. Our main account is [[Amazon|ORGANIZATION|org_is_word]], their fulfilment centre at [[Chakan|CITY|industrial_area]], so basically I plan the line-haul trucks, which vehicle goes where, at what time, and the driver roster.

AI: So, [[Sunny|PERSON]], at [[Mahindra|ORGANIZATION|partial_org_echo]] what does planning look like on a normal day, and how did AI come in?

User: Morning we get the volume forecast from [[Amazon|ORGANIZATION]] side in [[Excel|SOFTWARE]], then we build the plan in [[SAP TM|SOFTWARE]]. Earlier it was fully manual, like three of us sitting till eleven at night before [[Diwali|GENERIC_TIME|festival]] peak. Now I use [[ChatGPT|AI_PRODUCT]] for writing the [[Excel|SOFTWARE]] formulas, the VLOOKUP, the nested IF, all that, and sometimes for a Python script to clean the data. Also [[Copilot|AI_PRODUCT]] inside [[Excel|SOFTWARE]] the company enabled from [[April|GENERIC_TIME]]. That was [[our regional head|GENERIC_ROLE]], [[Ramesh|PERSON|honorific_after_name]] sir. He saw a demo in [[Mumbai|CITY]]. Then [[kavitha|PERSON|lowercase_name]] ma'am from [[the IT team|GENERIC_ROLE]] did the rollout. She was very particular, no driver phone numbers in any prompt, no Aadhaar, no vehicle owner details. Because we have so many contract drivers, all their KYC is with us. Once [[one junior|GENERIC_ROLE]], I won't take name, he pasted the whole roster with mobile numbers into [[Gemini|AI_PRODUCT]] to make a shift chart. [[Kavitha|PERSON]] ma'am found out, big meeting happened.

AI: Do you personally trust the outputs?

User: For formulas, yes, because I can test. For route suggestions, not fully. Once I asked it the fastest way from [[Chakan|CITY]] to [[Bhiwandi|CITY]] for a time-critical load and it suggested the old ghat road, which is fine for a car, not for a thirty-two foot container. So local knowledge you cannot replace. [[My father|GENERIC_ROLE]] was a truck driver only, from [[Kolhapur|CITY]], so I know these roads from childhood.

AI: Can I ask how old you are and how long you've been in logistics?

User: I am [[thirty-eight|AGE|number_words]]. I joined [[Mahindra Logistics|ORGANIZATION]] in [[2012|DATE]] after my MBA from [[SIOM|SCHOOL|acronym]] in [[Nashik|CITY]]. Before that one year at a small transporter in [[Pimpri-Chinchwad|CITY]], [[Shree Ganesh Roadlines|ORGANIZATION]], that was real learning, no computers, only one register and a landline.

AI: Outside work, do you use any AI tools? And is there anything about AI at work that worries you?

User: Actually [[my daughter|GENERIC_ROLE]] uses more than me. [[Ira|PERSON]], she is in seventh standard at [[Vibgyor High|SCHOOL]], she asks [[ChatGPT|AI_PRODUCT]] for science projects. [[My wife|GENERIC_ROLE]] [[Priya|PERSON]] is a [[chartered accountant|JOB_TITLE]], she uses it for GST circulars, summarising. And I tried [[Krutrim|AI_PRODUCT|local_product]], the Indian one, because it understands Marathi better. Someday I want it to talk to drivers in Marathi and Hindi, that would help. Even [[Nandan Nilekani|PUBLIC_FIGURE]] was saying this, AI in Indian languages is the real use case for [[India|COUNTRY]]. What worries me, jobs, a little. Not for planners so much, but for [[the data entry boys|GENERIC_ROLE]], the MIS team. Earlier three people made the daily dashboard, now [[Power BI|SOFTWARE]] plus AI, one person is enough. Management says they will be reskilled. Let's see.

AI: Thank you, [[Sunil|PERSON]]. How can we reach you for follow-up?

User: My number is [[+91 98220 41736|PHONE_NUMBER]], [[WhatsApp|SOFTWARE]] also same. Email is [[sunny.deshpande12@gmail.com|EMAIL_ADDRESS]]. Please call after seven, during the day phone is continuously ringing, drivers only.""")

# 4 Brazil - real-estate agent, Curitiba
T.append("""AI: Olá, thank you for joining. Could you start by telling me about yourself and your work?

User: Olá! So, I'm [[Ana Paula Ferreira|PERSON]], I'm a [[corretora de imóveis|JOB_TITLE|non_english_title]], a real estate agent, here in [[Curitiba|CITY]]. I work at [[Imobiliária Gralha Azul|ORGANIZATION]], it's a medium agency, we have maybe twenty agents, mostly apartments in [[Batel|CITY|neighbourhood]] and [[Água Verde|CITY|neighbourhood]]. I have my CRECI since [[2012|DATE]], the number is [[F 28417|NATIONAL_ID|professional_license]], we have to put it on every ad, so it's public anyway.

AI: So, [[Paula|PERSON|partial_name_echo]], at [[Gralha Azul|ORGANIZATION|partial_org_echo]], where does AI fit into your week?

User: Everywhere now, honestly. [laughs] The descriptions for the listings, before I spent maybe forty minutes per property writing. Now I take the photos, I put the details in [[ChatGPT|AI_PRODUCT]], and it writes a first version, then I fix it because sometimes it invents things, like it said a building had a pool and it didn't. [[The client|GENERIC_ROLE]] called me furious. Then the listings go to [[ZAP Imóveis|SOFTWARE|local_platform]] and [[QuintoAndar|SOFTWARE|local_platform]], and for [[Instagram|SOFTWARE]] I do the posts in [[Canva|SOFTWARE]], the magic design thing.

AI: Tell me more about the client who called. And do your colleagues use it the same way?

User: Ah, that was Seu [[Jorge|PERSON|honorific_outside]], the owner. He has an apartment on [[Rua Comendador Araújo, 1120|ADDRESS]], in [[Batel|CITY]], and the ad said "área de lazer completa com piscina". No piscina. [laughs] He saw it before me. So now my rule is I read every line before it goes out, and I never put the owner name or the exact apartment number in the prompt. My colleagues, not all. [[My manager|GENERIC_ROLE]], [[Bruno|PERSON]], he is more old school, he thinks the clients can feel when the text is from a robot. But [[Letícia|PERSON]], [[the youngest agent|GENERIC_ROLE]], she uses [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] to answer the leads at night. I think that's dangerous, because sometimes it promises a visit on a [[Sunday|GENERIC_TIME]] and nobody is available. We argue about it at the [[Monday|GENERIC_TIME]] meeting every week. [laughs]

AI: And outside of listings, anything else?

User: Contracts, a little. Not to write them, we have [[a lawyer|GENERIC_ROLE]] for that, but to explain to clients what a clause means in simple Portuguese. And for [[my daughter|GENERIC_ROLE]] [[Bia|PERSON|nickname]], she's studying for the vestibular, she wants [[UFPR|SCHOOL|acronym]], she uses [[Gemini|AI_PRODUCT]] for essays. I tell her, [[the teachers|GENERIC_ROLE]] know. [laughs]

AI: Can I ask your age and how long you've been in the market? And how do your clients feel about it?

User: I'm [[forty-four|AGE|number_words]]. I started in real estate after I left the bank, I worked at [[Itaú|ORGANIZATION]] for seven years, in [[Ponta Grossa|CITY]], and then I moved here in [[2011|DATE]] with [[my husband|GENERIC_ROLE]]. The market here is very competitive. Everybody is talking about AI. Even [[Lula|PUBLIC_FIGURE]] was talking about AI on the television, about regulation for [[Brazil|COUNTRY]]. I don't know if it will change anything for us. The clients, it's mixed. [[The older clients|GENERIC_ROLE]] don't care, they want to talk to a person. The younger ones from [[São Paulo|CITY]] who move here for work, they ask me "did you use AI for this?" and I'm honest. I say yes, and I checked it. I think honesty matters, in this business reputation is everything.

AI: Thank you so much, [[Ana|PERSON|partial_name_echo]]. How can we contact you afterwards?

User: My [[Instagram|SOFTWARE]] is [[@anapaula.imoveis.cwb|SOCIAL_HANDLE]], that's the fastest. Or my cell, [[(41) 99876-2231|PHONE_NUMBER]]. And email [[anapaula@gralhaazulimoveis.com.br|EMAIL_ADDRESS]]. I answer everything, it's my job. [laughs]""")

# 5 United States - property claims adjuster, Dayton
T.append("""AI: Thanks for joining today. Could you tell me a bit about yourself and what you do for work?

User: Sure. I'm [[Richard Kowalski|PERSON]], but nobody's called me [[Richard|PERSON]] since my first communion, it's just [[Rich|PERSON|name_is_word]]. I'm a [[senior field claims adjuster|JOB_TITLE]] for [[Progressive|ORGANIZATION|org_is_word]], property side, out of the [[Dayton|CITY]] area. I live in [[Kettering|CITY|suburb]]. Been adjusting since the tornadoes, [[Memorial Day twenty nineteen|DATE|holiday_plus_year]], that's when I switched over from roofing.

AI: So, [[Rich|PERSON]], as an adjuster at [[Progressive|ORGANIZATION]], what does a typical week look like? And where does AI come into that?

User: Depends on the weather, honestly. [laughs] A quiet week is maybe twelve inspections, hail, water damage, a tree through a garage. I go out, take photos, measure, then write the estimate in [[Xactimate|SOFTWARE]]. Storm season it's double that and I'm sleeping in a motel in [[Indiana|CITY|us_state]] somewhere. My adjuster license number is on every report, [[1187430|NATIONAL_ID|professional_license]], so people do look you up. AI comes in a couple places. The company has a photo tool, I believe it's [[Tractable|AI_PRODUCT]] or built on it, that flags damage in photos, like it'll circle hail hits on shingles. Sometimes it's great, sometimes it circles bird poop. [laughs] Then [[Copilot|AI_PRODUCT]] is in [[Outlook|SOFTWARE]] now, and I use it to clean up my emails to homeowners. I'm a blunt guy. [[My supervisor|GENERIC_ROLE]], [[dawn|PERSON|lowercase_name_is_word]], she told me my emails read like parking tickets. So now I write what I want to say and [[Copilot|AI_PRODUCT]] makes it nicer.

AI: Do you ever use [[ChatGPT|AI_PRODUCT]] or other tools outside the company setup?

User: On my phone, yeah, but not for claims, that's a firing offense. I use it for my kid's homework and my fantasy football. [[My son|GENERIC_ROLE]] [[Tyler|PERSON]] is a junior at [[Fairmont High|SCHOOL]] and he knows more about this stuff than me. He showed me [[Perplexity|AI_PRODUCT]]. And [[my wife|GENERIC_ROLE]] [[Grace|PERSON|name_is_word]] uses it for her [[Etsy|SOFTWARE]] shop descriptions. Everybody in this house is talking to a robot. [laughs]

AI: Have the AI tools changed how your claims turn out?

User: Faster, mostly. [[The desk people|GENERIC_ROLE]] get the photo flags before I even write it up. But I had one in [[Beavercreek|CITY]] in [[June|GENERIC_TIME]], older lady, the tool said no hail damage, and I got up on the roof and it was all there, it just didn't show in the photos because of the glare. If I'd trusted the tool she gets nothing. So I tell [[the new guys|GENERIC_ROLE]], get on the roof. [[My old trainer|GENERIC_ROLE]], [[Hank Petrosky|PERSON]], he used to say the roof doesn't lie, the photos do.

AI: Do people ever ask you about AI when you're on a claim?

User: All the time, weirdly. They'll ask if [[Flo|PUBLIC_FIGURE|fictional_mascot]] is gonna show up. [laughs] Or they've seen something on the news, [[Sam Altman|PUBLIC_FIGURE]] or whoever, and they want to know if a computer decided their claim. I tell them a human decides, and that human is me, and I'm [[fifty-three|AGE|number_words]] and I don't like computers that much either.

AI: Thanks, [[Richard|PERSON]]. How should we reach you for follow-up?

User: Email's best, [[rkowalski.adj@gmail.com|EMAIL_ADDRESS]]. Or cell, [[937-555-0148|PHONE_NUMBER]]. I'm out in the field most days so leave a voicemail, I'll get back to you by [[Thursday|GENERIC_TIME]] at the latest. And go easy on me if you quote me, I don't want [[Dawn|PERSON]] reading it. [laughs]""")

# 6 Germany - master electrician, Leipzig
T.append("""AI: Hello, thank you for taking part. Could you tell me a little about yourself and your work?

User: Ja, hello. My name is [[Thomas Weißenborn|PERSON]], most people say [[Tom|PERSON|nickname]]. I am [[Elektromeister|JOB_TITLE|non_english_title]], master electrician, and I have my own small company, [[Elektro Weißenborn GmbH|ORGANIZATION|surname_in_org]], in [[Leipzig|CITY]]. We are four people, me, two journeymen and one apprentice. Mostly old buildings in [[Connewitz|CITY|neighbourhood]] and [[Gohlis|CITY|neighbourhood]], renovation, new wiring, more and more heat pumps and wallboxes now.

AI: So, [[Tom|PERSON]], with [[Elektro Weissenborn|ORGANIZATION|echo_spelling_variant]], where does AI come into your work, and what does it do for you exactly?

User: Honestly at first I thought it is nothing for a craftsman. You cannot pull a cable with [[ChatGPT|AI_PRODUCT]]. [laughs] But [[my apprentice|GENERIC_ROLE]], [[Kevin|PERSON]], he showed me how he uses it for the theory for his exam at the [[Handwerkskammer zu Leipzig|ORGANIZATION]], and I was surprised. Now I use it for the paperwork. Offers, the texts for the invoices, and when a customer writes a long angry email I let it make a calm answer. [[DeepL|AI_PRODUCT]] I use already for years, for the Polish subcontractors. Mostly it's the offers. We use [[Hero|SOFTWARE|name_is_word]], it's a software for craftsmen, and the accounting goes to [[DATEV|SOFTWARE]] with our tax advisor. The AI does not go inside these, I copy and paste. For example a customer, Frau [[Lehmann|PERSON]], she wanted to know why a heat pump needs a new meter cabinet, she wrote me three pages. I gave the questions, without her name of course, to [[ChatGPT|AI_PRODUCT]] and it made a good explanation, and I checked the technical part. The norms, the VDE rules, there it makes mistakes, it mixes old and new versions.

AI: Does that worry you, given safety matters so much in your field?

User: Yes. This is the point. For the electrical part I never trust it. I have my registration in the Handwerksrolle since [[2011|DATE]], number [[4471-0923|NATIONAL_ID|professional_registration]], and if something burns, it is my name, not the AI's name. [[My journeyman|GENERIC_ROLE]] [[Sascha|PERSON]] asked it once about a cable cross-section and the answer was too small. Not dangerous right away, but wrong. So, for texts, yes, for calculations, I do it myself.

AI: How do your customers react when you mention AI?

User: Mostly they don't know. The young couples in [[Plagwitz|CITY|neighbourhood]], they use it themselves, they come with a printout from [[Gemini|AI_PRODUCT]] and say "the AI says we need only a 11 kW wallbox". [laughs] The older customers, they want a phone call. There is a lot of uncertainty since the heating law, since [[Habeck|PUBLIC_FIGURE|surname_only]] and all that, people are confused, and then the AI gives them three different answers.

AI: Could I ask your age and a bit about your background? And what would you want from AI in the future?

User: I am Jahrgang [[seventy-nine|DATE|birth_year_words]], so, [[forty-six|AGE|number_words]]. I grew up in [[Markkleeberg|CITY|small_town]], did my apprenticeship at the [[Stadtwerke Leipzig|ORGANIZATION]] and then the master school in [[Dresden|CITY]]. [[My wife|GENERIC_ROLE]] [[Anja|PERSON]] does the office part of the company, three mornings a week, [[Tuesday|GENERIC_TIME]], [[Wednesday|GENERIC_TIME]], [[Friday|GENERIC_TIME]]. She uses the AI more than me now, for the website texts and for the [[Google|SOFTWARE|company_as_product]] reviews. She answers every review with it. I think a little too friendly. [laughs] From AI I would want something that reads the old plans. In the old buildings from before the war nobody knows where the cables go. If I could take a photo of the wall and it tells me, there is a line, that would help. But I think this is far away. For now, in [[Germany|COUNTRY]], the bigger problem is we don't find apprentices. AI doesn't help there.

AI: Thank you, [[Thomas|PERSON]]. How can we contact you?

User: Office email is [[info@elektro-weissenborn.de|EMAIL_ADDRESS]], [[my wife|GENERIC_ROLE]] reads it, and the website is [[www.elektro-weissenborn.de|URL]]. Or mobile, [[0176 4418 2093|PHONE_NUMBER]]. The workshop is [[Bornaische Straße 88, 04277|ADDRESS|postcode_in_address]] [[Leipzig|CITY]], if you want to come, but call before, we are usually on the site.""")

# 7 Japan - UI designer, Osaka
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Yes, hello. I am [[Haruka Nishimura|PERSON]]. I work as a [[UI designer|JOB_TITLE]] at [[CyberAgent|ORGANIZATION]], but at the [[Osaka|CITY]] office, not [[Tokyo|CITY]]. My team is [[Ameba design team|ORGANIZATION|team_name]], we make the screens for apps. I joined in [[April 2019|DATE]], right after university.

AI: Thank you, [[Nishimura|PERSON|surname_only]]-san. What does AI look like in your daily design work?

User: Ah, please, [[Haruka|PERSON]] is fine. [laughs] So, daily, we use [[Figma|SOFTWARE]] for everything, and [[Figma|SOFTWARE]] has AI features now, like it can make a first layout from a text. I use [[Midjourney|AI_PRODUCT]] for mood boards, and [[Adobe Firefly|AI_PRODUCT]] inside [[Photoshop|SOFTWARE]] for removing things from photos. For copy, I ask [[ChatGPT|AI_PRODUCT]] to give me ten versions of a button label in Japanese and English.

AI: Are there rules at your company about what you can use?

User: Yes, very strict. We can use [[Adobe Firefly|AI_PRODUCT]] because of the license is clean, commercial safe. [[Midjourney|AI_PRODUCT]] only for internal mood boards, not final. [[My leader|GENERIC_ROLE]], [[Tanaka|PERSON|surname_only]]-san, he checks. Once [[a junior|GENERIC_ROLE]] used an AI image in a banner and there was, um, a person's face that looked like a real idol. Big problem. [[Tanaka|PERSON]]-san had to explain to [[the legal team|GENERIC_ROLE]]. After that, rule became very clear.

AI: How do you personally feel about AI images, as a designer? And has it changed how fast you work?

User: Complicated feeling. I studied at [[Kyoto Seika University|SCHOOL]], illustration course, and many of my friends are illustrators. They are angry, because AI learned from their works without asking. And there was the Ghibli style thing, everyone making Ghibli pictures with [[ChatGPT|AI_PRODUCT]], and [[Hayao Miyazaki|PUBLIC_FIGURE]] had said long ago it is an insult to life itself. I agree a little. So I use it for rough ideas, but final illustrations I want a human to draw. Speed, yes, maybe a third faster for early stage. But then the review is longer, because [[my manager|GENERIC_ROLE]] asks "is this AI?" for everything. [laughs] Also I use [[Notion AI|AI_PRODUCT]] to summarize the meeting notes. In Japanese companies there are many meetings. Too many.

AI: Can I ask your age and where you live? And do you use AI in your private life too?

User: I am [[twenty-nine|AGE|number_words]], [[thirty|AGE|number_words]] next year, please don't remind me. [laughs] I live in [[Tennōji|CITY|diacritic_place]], near the zoo, and the office is in [[Umeda|CITY|neighbourhood]], so about twenty minutes by train. I grew up in [[Nara|CITY]], [[my parents|GENERIC_ROLE]] are still there, [[my mother|GENERIC_ROLE]] runs a small kimono shop, [[Nishimura Gofuku|ORGANIZATION|surname_in_org]]. I made her [[Instagram|SOFTWARE]] posts with [[Canva|SOFTWARE]] AI for the [[New Year|GENERIC_TIME|holiday]] sale. Privately, a little. Sometimes I talk to [[Rinna|AI_PRODUCT|person_like_product]], it's a Japanese AI character, for fun. [[My boyfriend|GENERIC_ROLE]] thinks it's strange. [laughs] And I use [[Gemini|AI_PRODUCT]] for travel planning. Last [[Golden Week|GENERIC_TIME|holiday]] I went to [[Taiwan|COUNTRY]] and it made the whole itinerary.

AI: Thank you, [[Haruka|PERSON]]-san. How can we contact you for the follow-up?

User: Email is [[haruka.nishimura.design@gmail.com|EMAIL_ADDRESS]]. Or [[LINE|SOFTWARE|name_is_word]], my ID is [[haru_nshm|SOCIAL_HANDLE]]. Phone is [[０９０－３３８１－７２４６|OBF_PHONE|full_width_digits]], but I don't answer unknown numbers, so please send a message first.""")

# 8 Kenya - dairy farmer, Nakuru
T.append("""AI: Habari, thank you for joining us. Could you tell me about yourself and your work?

User: Nzuri, thank you. My name is [[Wanjiru Kamau|PERSON]], but at home and in the village they call me [[Shiro|PERSON|nickname]]. I am a dairy farmer in [[Njoro|CITY|small_town]], in [[Nakuru County|CITY|county]]. We have fourteen cows now, Friesians mostly, and I am also the [[treasurer|JOB_TITLE]] of our cooperative, [[Kabazi Dairy Farmers Co-operative|ORGANIZATION]].

AI: So [[Wanjiru|PERSON]], on the farm and at [[Kabazi|ORGANIZATION|partial_org_echo]], how do you use AI, if at all? And do you trust its advice about the animals?

User: [laughs] People think farmers don't use these things, but the phone is everything. First [[M-Pesa|SOFTWARE|local_app]], all the milk payments go through [[M-Pesa|SOFTWARE]]. Then [[iCow|SOFTWARE|local_app]], it sends SMS about the cow cycles and vaccinations. And from [[last year|GENERIC_TIME]] [[my son|GENERIC_ROLE]] showed me [[ChatGPT|AI_PRODUCT]]. I ask it about feed, like how much napier grass with dairy meal, and it gives me a table. Sometimes I ask in Kiswahili, it understands, but the answers in English are better. But I don't trust it fully. Once a cow had mastitis and it told me one medicine, and [[our vet|GENERIC_ROLE]], Dr [[Otieno|PERSON]], said no, that one has a withdrawal period, you cannot sell milk for days. So now I ask [[ChatGPT|AI_PRODUCT]] first, to understand, and then I call [[the doctor|GENERIC_ROLE]]. He laughs at me, he says "[[Shiro|PERSON]], you are consulting my competitor". [laughs]

AI: You mentioned [[your son|GENERIC_ROLE]]. Who else in your family is involved?

User: [[My son|GENERIC_ROLE]] [[Baraka|PERSON]], he is at [[Egerton University|SCHOOL]], just here in [[Njoro|CITY]], doing animal science. He is the one who set up [[Gemini|AI_PRODUCT]] on my phone because it is already inside the [[Android|SOFTWARE]]. [[My daughter|GENERIC_ROLE]] [[Faith|PERSON|name_is_word]] is in [[Nairobi|CITY]], she works at [[Safaricom|ORGANIZATION]] in customer care. And [[my husband|GENERIC_ROLE]] [[Kiprono|PERSON]], we call him [[Kip|PERSON|nickname]], he does not like phones. He says the cows don't read. [laughs]

AI: How does the cooperative use these tools? And can I ask your age?

User: As [[treasurer|JOB_TITLE]] I keep the records of milk delivered by each member. Before it was a big book. Now we have [[Excel|SOFTWARE]] on a laptop, and I used [[ChatGPT|AI_PRODUCT]] to make the formulas for the monthly payments. [[Our chairman|GENERIC_ROLE]], Mzee [[Kiptoo|PERSON|honorific_outside]], he was suspicious, he wanted to see it calculated by hand one time. It matched. Now he tells everybody in the AGM about "[[Shiro|PERSON]]'s computer". Also we registered the co-op with KRA, and I had to give my PIN, [[A004417291K|NATIONAL_ID|tax_pin]], it was very difficult on [[iTax|SOFTWARE|local_app]], I used the AI to understand the steps. I am [[fifty-one|AGE|number_words]]. I was born in [[Molo|CITY|small_town]] and I came to [[Njoro|CITY]] when I got married in [[nineteen ninety-six|DATE|year_words]]. So almost thirty years on this farm.

AI: What would you most like AI to do for farmers like you?

User: Weather. Real weather for [[Njoro|CITY]], not for the whole [[Rift Valley|CITY|region]]. And prices, where to sell. The processors like [[Brookside|ORGANIZATION]] set the price and we have no power. If AI can help small farmers in [[Kenya|COUNTRY]] and all [[Africa|CONTINENT]] negotiate, that is useful. I heard [[William Ruto|PUBLIC_FIGURE]] talking about digital farmers on the radio, but talking is easy.

AI: Thank you, [[Shiro|PERSON]]. How can we reach you later?

User: Call me on [[zero seven two two, four one eight, nine zero three|OBF_PHONE|number_words]]. Email I don't check much, but [[Baraka|PERSON]] made one for me, [[shiro dot kamau seventy four at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Better you call, mornings after milking, after eight.""")

# 9 Australia - salon owner / hairdresser, Geelong
T.append("""AI: Hi, thanks so much for doing this. Can you tell me a bit about yourself and what you do?

User: Yeah, no worries. I'm [[Bliss Harrington|PERSON|name_is_word]], and yes that's my real name, [[my mum|GENERIC_ROLE]] was a bit of a hippie. [laughs] I'm a [[hairdresser|JOB_TITLE]] and I own a salon in [[Geelong|CITY]], well, [[Belmont|CITY|suburb]], just off the main drag. It's called [[Bliss & Co Hair|ORGANIZATION|person_name_in_org]]. Been open since [[twenty seventeen|DATE|year_words]]. Before that I was at [[Toni&Guy|ORGANIZATION]] in [[Melbourne|CITY]] for about six years.

AI: So [[Bliss|PERSON]], at [[Bliss and Co|ORGANIZATION|echo_spelling_variant]], where does AI come into things? And do your staff use it too?

User: Mostly the boring stuff, which is honestly the best use for it. Bookings go through [[Fresha|SOFTWARE|local_app]], and it does reminders and that automatically. Then I use [[ChatGPT|AI_PRODUCT]] for captions, for the socials. I used to spend my whole [[Sunday|GENERIC_TIME]] night writing posts. Now I chuck in "balayage, warm tones, client wanted low maintenance" and it gives me something, and I make it sound less like a robot, less exclamation marks. [laughs] And [[CapCut|SOFTWARE]] for the reels, it's got AI bits in it now, auto captions and that. [[The girls|GENERIC_ROLE]] use it too, yeah. [[Jaz|PERSON|nickname]], she's my [[senior stylist|JOB_TITLE]], she's obsessed with the [[Meta AI|AI_PRODUCT]] thing in [[Instagram|SOFTWARE]]. And [[my apprentice|GENERIC_ROLE]] [[Kayden|PERSON]] is at [[The Gordon|SCHOOL|name_like_school]] doing his Cert III, and I found out he was getting [[ChatGPT|AI_PRODUCT]] to write his assessment answers. I had to have a chat. Like, mate, the theory matters, if you don't know why bleach does what it does you're gonna burn someone's scalp.

AI: How do clients feel about AI in the salon?

User: They bring pictures. That's the big change. Used to be a photo of [[Jennifer Aniston|PUBLIC_FIGURE]], the Rachel, now it's an AI picture of themselves with a haircut that doesn't exist, like the hair is doing something hair physically cannot do. [laughs] [[One client|GENERIC_ROLE]], [[Sunny|PERSON|name_is_word]], lovely lady, she'd done herself with bright copper hair on one of those apps and it looked amazing, but her base was nearly black. I had to explain it's three sessions, not one. And then everyone wants the [[Taylor Swift|PUBLIC_FIGURE]] fringe since the concerts.

AI: Have you used AI for the business side, like money or planning? And can I ask how old you are?

User: A bit. [[My bookkeeper|GENERIC_ROLE]] set me up on [[Xero|SOFTWARE]], and it kind of categorises stuff itself now. I've asked [[ChatGPT|AI_PRODUCT]] to explain BAS to me like I'm five. [laughs] For the ABN and all that, my number's [[41 823 090 517|NATIONAL_ID|business_number]], I'm always typing it into forms, but I'd never put it into a chatbot. [[My partner|GENERIC_ROLE]] [[Dean|PERSON]] is a [[sparky|JOB_TITLE|slang_title]], he's more paranoid than me, he reckons they're listening. I turned [[thirty-five|AGE|number_words]] in [[October|GENERIC_TIME]]. Had a big dinner down in [[Torquay|CITY|small_town]], the one here, not the English one. [laughs] [[The girls|GENERIC_ROLE]] got me a cake that said "still fringe-worthy".

AI: Is there anything that worries you about AI in your industry?

User: Honestly, not really for the cutting. No robot's doing a fade on a toddler who won't sit still. What worries me is the online stuff, like fake reviews. Someone left us a one-star on [[Google|SOFTWARE|company_as_product]] that was clearly written by AI, and I can't prove it. And [[Australia|COUNTRY]] doesn't really have rules for that yet, I don't think.

AI: Thanks, [[Bliss|PERSON]]. What's the best way to contact you afterwards?

User: [[Instagram|SOFTWARE]]'s easiest, [[@blissandco.geelong|SOCIAL_HANDLE]]. Or email [[hello@blissandcohair.com.au|EMAIL_ADDRESS]]. You can book at [[fresha.com/a/bliss-and-co-belmont|URL|booking_link]] too. Salon number is [[(03) 5243 8817|PHONE_NUMBER]], but [[jaz|PERSON|lowercase_name]] answers it and she'll try and book you in for a trim. [laughs]""")

# 10 Mexico - bookkeeper, Guadalajara
T.append("""AI: Hola, thank you for joining. Could you tell me about yourself and what you do?

User: Hola, sí. I'm [[María Guadalupe Ríos Castañeda|PERSON|double_surname]], but everyone calls me [[Lupita|PERSON|nickname]]. I'm an [[auxiliar contable|JOB_TITLE|non_english_title]], like a bookkeeper, at a small accounting office, [[Despacho Contable Ibarra y Asociados|ORGANIZATION]], on [[Avenida Patria 1280|ADDRESS]], in [[Zapopan|CITY]], next to [[Guadalajara|CITY]]. We do the books for maybe sixty small businesses: taquerías, a dentist, some transport companies.

AI: So, [[Lupe|PERSON|echo_different_nickname]], at [[Ibarra y Asociados|ORGANIZATION|partial_org_echo]], where does AI come into your work?

User: Ay, [[Lupita|PERSON]], please, [[Lupe|PERSON|name_collision]] is [[my aunt|GENERIC_ROLE]]. [laughs] So, the main software is [[CONTPAQi|SOFTWARE|local_app]], for the accounting, and we download the facturas, the electronic invoices, from the SAT portal every month. With AI, I use [[ChatGPT|AI_PRODUCT]] mostly to understand the changes in the tax rules, because the SAT changes things every year and the official text is very complicated. And [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]], [[my boss|GENERIC_ROLE]] paid for it in [[February|GENERIC_TIME]].

AI: Tell me about [[your boss|GENERIC_ROLE]] and how the office decided on that, and whether there are rules.

User: [[My boss|GENERIC_ROLE]] is the [[contador|JOB_TITLE|non_english_title]], Don [[Arturo Ibarra|PERSON|honorific_outside]], he's maybe [[seventy|AGE|approximate]], very traditional. [[His son|GENERIC_ROLE]], [[Arturito|PERSON|diminutive]], the young one, convinced him. He said "papá, everybody in [[Monterrey|CITY]] is using it". [laughs] Don [[Arturo|PERSON]] said okay, but no client RFC goes in the chat, no names, nothing. Which is correct. He doesn't trust anything that's "in the cloud". And me, I follow the rule, I'm careful. I change the names, I write "cliente A, cliente B". Once I made a mistake, I pasted a table and my own RFC was in the header, [[RICG850312KT4|NATIONAL_ID|tax_id]]. [laughs] Only mine, so not so bad. But it made me think. Also our clients send everything by [[WhatsApp|SOFTWARE]], photos of tickets, receipts, and now some of them send me voice notes and I use the transcription to not listen to ten minutes of Don [[Chuy|PERSON|nickname]] from the taquería talking about his gas tank.

AI: How has AI changed your day?

User: The big thing is the conciliación, the bank reconciliation. Before I did it line by line. Now I ask [[Copilot|AI_PRODUCT]] to help match, and it's faster, but it makes errors with the dates, because it confuses the day and month, it thinks it's American format. So I always check. [[My coworker|GENERIC_ROLE]] [[Karla|PERSON]] doesn't use it at all, she says it's faster to do it herself. Maybe she's right, she's very fast.

AI: Can I ask your age and a bit about your background? And is there anything that worries you about these tools?

User: I'm [[thirty-nine|AGE|number_words]]. I studied at the [[Universidad de Guadalajara|SCHOOL]], in the [[CUCEA|SCHOOL|acronym]] campus, accounting. I started at the despacho in [[2010|DATE]]. I live in [[Tlaquepaque|CITY]] with [[my husband|GENERIC_ROLE]] and [[my two kids|GENERIC_ROLE]], the little one, [[Regina|PERSON|name_is_place]], she's always asking [[Alexa|AI_PRODUCT|person_like_product]] for songs. [laughs] What worries me is that the SAT will use AI against us. [laughs] Seriously, they are already using it to detect inconsistencies. And [[the president|GENERIC_ROLE]], [[Claudia Sheinbaum|PUBLIC_FIGURE]], talks a lot about digitalization. So small businesses in [[Mexico|COUNTRY]] will need people like me even more, I think, to explain. AI can calculate but it can't calm down a client who is crying because of a fine.

AI: Thank you, [[Lupita|PERSON]]. How can we contact you?

User: My email is [[lupita.rios.conta@hotmail.com|EMAIL_ADDRESS]]. And my cell is [[33 1842 6690|PHONE_NUMBER]], [[WhatsApp|SOFTWARE]] is better. Don't call in the first days of the month, it's declaraciones, I don't even eat. [laughs]""")

# 11 Philippines - HR / recruitment, Cebu
T.append("""AI: Hi, thank you for joining. Could you introduce yourself and your role?

User: Hi! Good evening. I'm [[Joy Marie Cabahug|PERSON]], you can call me [[Joy|PERSON|name_is_word]]. I'm a [[Talent Acquisition Specialist|JOB_TITLE]] at [[Concentrix|ORGANIZATION]] here in [[Cebu|CITY]], our site is in [[IT Park|CITY|business_district]] in [[Lahug|CITY|neighbourhood]]. So I handle the hiring for the voice accounts, like customer service agents, mostly for [[US|COUNTRY]] clients.

AI: So [[Joy|PERSON]], in recruitment at [[Concentrix|ORGANIZATION]], how are you using AI?

User: A lot, actually, po. First, screening. We get hundreds of applications every week, so the system does the first pass already, it's inside [[Workday|SOFTWARE]]. Then for the voice assessment, the applicants talk to an AI, it scores their English, grammar, accent, fluency. And me personally, I use [[ChatGPT|AI_PRODUCT]] to write the job posts and the rejection emails, so they're kind but not too long. And [[Grammarly|SOFTWARE]] for everything. [laughs]

AI: How do you feel about the AI scoring the applicants' English?

User: Honestly, mixed. Because sometimes it scores low for applicants from the provinces, from [[Bohol|CITY|province]] or [[Leyte|CITY|province]], because of their accent, but when I talk to them myself they are really good communicators. So I raised it with [[my team lead|GENERIC_ROLE]], Sir [[mark|PERSON|lowercase_name_is_word]], and he said we can do a manual override if I document it. So now I do that, maybe ten times a week.

AI: You mentioned documenting it. Are there rules about what data you can put into tools like [[ChatGPT|AI_PRODUCT]]? And has AI changed the pace of hiring?

User: Yes, very strict, because of the Data Privacy Act. No applicant names, no SSS numbers, no resumes. Our company has its own internal AI tool now, I think it's built on [[Azure|SOFTWARE]], so we use that for anything sensitive. One time [[my officemate|GENERIC_ROLE]], [[Princess|PERSON|name_is_word]], she pasted a resume in the public [[ChatGPT|AI_PRODUCT]] by accident, and she had to report it herself. It was fine, but she was so nervous. [laughs] I always think of my own SSS, [[34-1827659-2|NATIONAL_ID|social_security_number]], imagine if that goes somewhere. And the pace, yes. Before, time to hire was like three weeks, now sometimes five days. But also more pressure, because the quota is higher. [[Our site director|GENERIC_ROLE]] says AI is making us more efficient, but efficient means more work for the same people. [laughs] Sorry, I'm just being honest.

AI: That's exactly what we want. Can I ask about your background? And do you use AI outside work?

User: Sure. I'm [[thirty-one|AGE|number_words]]. I graduated from [[University of San Carlos|SCHOOL|place_like_school]], psychology, and I passed the board exam for [[psychometrician|JOB_TITLE]] in [[twenty sixteen|DATE|year_words]], my PRC license is [[0018274|NATIONAL_ID|professional_license]]. I started in HR at [[Accenture|ORGANIZATION]] in [[Mandaue|CITY]], then moved here in [[2020|DATE]], during the pandemic, everything was work from home. Outside work, yes! For my small side business, I sell pastries, [[Joy's Bakes|ORGANIZATION|person_name_in_org]], on [[Facebook|SOFTWARE]]. I use [[Gemini|AI_PRODUCT]] for the captions and [[Canva|SOFTWARE]] for the posters. Payment is [[GCash|SOFTWARE|local_app]]. [[My husband|GENERIC_ROLE]] [[Bong|PERSON|nickname]] is a [[seaman|JOB_TITLE]], he's on a ship right now near [[Europe|CONTINENT]], so I also use AI to help me plan the budget while he's away. And [[my son|GENERIC_ROLE]] watches [[Manny Pacquiao|PUBLIC_FIGURE]] videos and asks [[ChatGPT|AI_PRODUCT]] boxing questions. [laughs]

AI: Thank you so much, [[Joy|PERSON]]. How can we contact you?

User: You can email me at [[joymarie dot cabahug at yahoo dot com|OBF_EMAIL|spelled_at_dot]]. Or my number, [[0917 552 3018|PHONE_NUMBER]], [[Viber|SOFTWARE]] or text. I'm on night shift sometimes because of [[US|COUNTRY]] time, so message me first, po.""")

# 12 France - sous-chef, Lyon
T.append("""AI: Bonjour, thank you for joining. Can you tell me about yourself and your work?

User: Bonjour. So, I am [[Karim Benali|PERSON]], I am [[sous-chef|JOB_TITLE]] in a bouchon in [[Lyon|CITY]], [[Le Canut Gourmand|ORGANIZATION]], it's in the [[Croix-Rousse|CITY|neighbourhood]], up the hill. Traditional Lyonnais food, quenelles, andouillette, the tablier de sapeur. We are eight in the kitchen, maybe sixty covers at night.

AI: And where does AI come into a kitchen like yours, [[Karim|PERSON]]?

User: [laughs] Not in the cooking, that's for sure. But in the office part, yes. [[The chef|GENERIC_ROLE]], [[the owner|GENERIC_ROLE]], is [[Claude Morel|PERSON|name_is_ai_product]], and funny thing, I use [[Claude|AI_PRODUCT|name_is_person]] also, the AI, so in the kitchen when I say "I asked [[Claude|AI_PRODUCT|ambiguous_person_or_product]]" everybody thinks I mean Chef. [laughs] So with the AI I do the allergen tables, the costing of the dishes, and the translation of the menu in English for the tourists. Before I used [[Google Translate|SOFTWARE]] and it wrote "apron of the firefighter". [laughs]

AI: So Chef [[Claude|PERSON|name_is_ai_product]], the person, how does he feel about the AI?

User: He doesn't care much, he's [[sixty-two|AGE|number_words]], he writes the menu on paper. But he likes the result. The reservations are on [[Zenchef|SOFTWARE|local_app]], and for the orders to suppliers I made a sheet in [[Google Sheets|SOFTWARE]]. I also tried [[Le Chat|AI_PRODUCT|product_is_phrase]], from [[Mistral|AI_PRODUCT]], because it is French, I wanted to support. It's good for the French texts. [[My colleague|GENERIC_ROLE]] [[Manon|PERSON]], the [[pastry chef|JOB_TITLE]], she uses [[ChatGPT|AI_PRODUCT]] to scale her recipes, from ten to fifty portions. It makes mistakes with the gelatine, she says. [laughs]

AI: How did you get into cooking? And do you use AI for anything else at work, like hiring or scheduling?

User: I studied at [[Institut Paul Bocuse|SCHOOL|public_figure_in_name]], in [[Écully|CITY|small_town]], I finished in [[2008|DATE]]. So of course [[Paul Bocuse|PUBLIC_FIGURE]] for us is like a god. Then I worked in [[London|CITY]] two years, and in [[Geneva|CITY]], and I came back to [[Lyon|CITY]] when [[my daughter|GENERIC_ROLE]] was born. She is [[Inès|PERSON]], she is [[eleven|AGE|number_words]] now. I turned [[forty|AGE|number_words]] [[last year|GENERIC_TIME]], so, old man now. At work, scheduling, a little. The planning for the staff, it's a puzzle, because the commis are students, they have exams. I ask [[ChatGPT|AI_PRODUCT]] to make a proposition and then I fix it. For hiring, no. In the kitchen you see in one hour if someone can work, no AI can tell you. Also the reviews. On [[TheFork|SOFTWARE]] and [[Google|SOFTWARE|company_as_product]], people write sometimes very mean things, and I ask the AI to answer politely, because if I answer myself, it's a war. [laughs]

AI: Have you seen AI change your industry more broadly?

User: Yes, the young cooks watch [[TikTok|SOFTWARE]] and they ask AI for recipes, and the recipes are sometimes very wrong, like a béarnaise with no shallots. And some restaurants in [[Paris|CITY]] use AI to make the photos of the dishes for the menu. For me this is lying. In [[France|COUNTRY]], food is culture, you cannot fake it. Even [[Gordon Ramsay|PUBLIC_FIGURE]] would agree with me, and he agrees with nobody. [laughs]

AI: Thank you, [[Karim|PERSON]]. How can we contact you?

User: My mobile is [[06 12 48 77 30|PHONE_NUMBER]]. Email [[karim.benali.cuisine@gmail.com|EMAIL_ADDRESS]]. And on [[Instagram|SOFTWARE]] I am [[@karim.en.cuisine|SOCIAL_HANDLE]], I post the dishes. Not [[Monday|GENERIC_TIME]] or [[Tuesday|GENERIC_TIME]] lunch, please, that's when I sleep. [laughs]""")

# 13 Canada - high-school teacher, Halifax
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your work?

User: Sure! My name's [[Summer MacIsaac|PERSON|name_is_word]], I'm an [[English teacher|JOB_TITLE]] at [[Citadel High|SCHOOL]] in [[Halifax|CITY]]. I've been there since [[September twenty sixteen|DATE|spelled_out]], and before that I was subbing all over the place for the [[Halifax Regional Centre for Education|ORGANIZATION|place_in_org]], which, you know, everyone just calls [[HRCE|ORGANIZATION|acronym]].

AI: So [[Summer|PERSON]], at [[Citadel|SCHOOL|partial_echo]], how is AI showing up in your classroom? And how do you handle AI-written essays now?

User: Oh gosh, everywhere. [laughs] The first wave was kids using [[ChatGPT|AI_PRODUCT]] for essays, obviously. That was the first winter after it came out, and it was chaos, nobody knew what the policy was. Now [[HRCE|ORGANIZATION]] has guidance, and we have [[Gemini|AI_PRODUCT]] available through our [[Google Workspace|SOFTWARE]] accounts, with the student version locked down. I use [[MagicSchool|AI_PRODUCT]] for rubrics and differentiated readings, which honestly saves me hours. I changed my assessments. More writing in class, more oral conferences. We have [[Turnitin|SOFTWARE]], and it has an AI detector, but I don't trust it at all. It flagged a student [[last year|GENERIC_TIME]], a really strong writer, [[Faith|PERSON|name_is_word]], I'll just use her first name, and she'd written every word herself, I'd watched her draft it in [[Brightspace|SOFTWARE]]. [[Her mom|GENERIC_ROLE]] was furious, rightly. So I don't rely on the detectors. I talk to the kid.

AI: Does your school or union have a position on AI?

User: The [[Nova Scotia Teachers Union|ORGANIZATION|place_in_org]] has been pretty vocal. They're worried about it being used to justify bigger classes. I'm a rep for our school, so I've been to a couple of sessions. [[My department head|GENERIC_ROLE]], [[rory campbell|PERSON|lowercase_name]], he's actually an early adopter, he ran a PD day on [[Khanmigo|AI_PRODUCT|person_like_product]] and [[Sal Khan|PUBLIC_FIGURE]]'s whole vision of an AI tutor for every kid. I'm more skeptical. Kids need a person.

AI: Can I ask your age and a bit about your background?

User: I'm [[thirty-eight|AGE|number_words]]. I grew up in [[Antigonish|CITY|small_town]], went to [[StFX|SCHOOL|abbreviation]] for my undergrad and then did my B.Ed. at [[Mount Saint Vincent|SCHOOL|partial_name]]. My teaching certificate number is on my pay stub, [[TC 0043918|NATIONAL_ID|professional_license]], funny, I only know it because I had to type it into the AI training portal the province made us do.

AI: Do you use AI outside of school? And what worries you most about AI in education?

User: A little. [[My husband|GENERIC_ROLE]] [[Will|PERSON|name_is_word]] is a [[paramedic|JOB_TITLE]], so our schedules are a mess, and I've used [[ChatGPT|AI_PRODUCT]] to make a family calendar. We live in [[Dartmouth|CITY]], so I'm on the ferry every morning, and that's when I do my planning, on my phone. And [[our daughter|GENERIC_ROLE]] [[Isla|PERSON]], she's [[six|AGE|number_words]], she thinks [[Siri|AI_PRODUCT|person_like_product]] is a real lady who lives in the phone. [laughs] What worries me most is that kids skip the struggle. Writing is thinking. If you hand the thinking to a machine at fifteen, what's left? And the equity piece, some kids have paid versions at home, some don't even have a laptop. In [[Canada|COUNTRY]] we like to think it's equal, but it's not.

AI: Thanks so much, [[Summer|PERSON]]. How can we reach you?

User: Work email is [[smacisaac@hrce.ca|EMAIL_ADDRESS]], but honestly personal is better, [[summer.macisaac.teach@gmail.com|EMAIL_ADDRESS]]. Cell is [[902-555-0183|PHONE_NUMBER]]. Not during [[March|GENERIC_TIME]] break, though, I'll be in [[Cape Breton|CITY|region]] with no signal. [laughs]""")

# 14 South Africa - fire station officer, Durban
T.append("""AI: Sawubona, and thanks for joining us. Could you start by introducing yourself and your work?

User: Yebo, thank you. I'm [[Sipho Mthembu|PERSON]], the guys at work call me [[Sparks|PERSON|nickname_is_word]], long story. [laughs] I'm a [[station officer|JOB_TITLE]] with [[eThekwini Fire and Emergency Services|ORGANIZATION|place_in_org]], in [[Durban|CITY]]. I run a platoon at the [[Umbilo|CITY|neighbourhood]] station, so twelve firefighters on a shift, four shifts. I joined the service on the [[first of February two thousand and five|DATE|spelled_out]], so almost twenty years now.

AI: So, [[Sipho|PERSON]], in the fire service in [[Durban|CITY]], where does AI actually show up?

User: Not on the fire ground, hey. Nobody is asking a chatbot how to ventilate a roof. [laughs] It's the admin. After every callout there's an incident report, and the reports are in English, and some of my guys, their English writing is not strong, their home language is isiZulu. So they dictate in a mix, and I started using [[ChatGPT|AI_PRODUCT]] to clean it up into a proper report. Without the addresses, without names of the people, I put "house A" and so on. Then I paste it back in the system, it's an old system, [[FireRMS|SOFTWARE|local_app]], it's from before I joined, I think.

AI: Did you have to get permission to do that? And what else do you use it for?

User: Ja, eventually. At first it was just me, quietly. Then [[my district chief|GENERIC_ROLE]], [[Lucky Ngcobo|PERSON|name_is_word]], saw the reports were suddenly very nice. [laughs] He asked me, [[Sparks|PERSON]], who is writing for you? So I showed him. He took it up to the municipality and now there's a little pilot with [[Copilot|AI_PRODUCT]] because we are on [[Microsoft 365|SOFTWARE]] anyway. [[Lucky|PERSON]] is a good guy, he's not scared of new things. The union was more worried, [[SAMWU|ORGANIZATION|union]], they asked is this going to be used to cut posts. What else, training. I make the quizzes for the guys before the assessments, hazmat, the breathing apparatus, and I use [[Gemini|AI_PRODUCT]] to make scenarios. Like "a taxi rollover on the N3 near [[Pinetown|CITY]], diesel leaking, two patients trapped". It's good for that, it gives you the ideas, but the procedures it gives are sometimes American, so you must check against our SOPs. Also the rosters, I use [[Excel|SOFTWARE]] and I asked the AI for a formula for the overtime, and [[my colleague|GENERIC_ROLE]] [[Gift|PERSON|name_is_word]] in the control room, she uses it to summarise the long emails from head office.

AI: Have there been any moments where the AI got something badly wrong?

User: Once. I asked it about a chemical from a truck placard and it gave me the wrong UN number group. If a young firefighter trusts that, he walks in without the right gear. That's why I tell them, for anything operational, the book, the radio, [[the senior officer|GENERIC_ROLE]]. Not the phone. After that I made a [[WhatsApp|SOFTWARE]] message to the platoon, very clear. On [[WhatsApp|SOFTWARE]] they listen, on email nobody reads. [laughs]

AI: Can I ask a bit about you personally, your age and where you're from? And what do you think AI means for the fire service in [[South Africa|COUNTRY]] more broadly?

User: I'm [[forty-three|AGE|number_words]]. Born in [[Umlazi|CITY|township]], still stay near there, in [[Isipingo|CITY|neighbourhood]]. I did my matric at [[Menzi High School|SCHOOL]], then I did the fire course at the training academy in [[Pinetown|CITY]]. [[My wife|GENERIC_ROLE]] [[Nomvula|PERSON]] is a [[nurse|JOB_TITLE]] at [[Prince Mshiyeni hospital|ORGANIZATION|person_name_in_org]], so between the two of us the kids see a lot of uniforms. [laughs] [[My daughter|GENERIC_ROLE]] [[Zinhle|PERSON]] is at [[Durban Girls' College|SCHOOL|place_in_school]] now, she's the one who taught me the AI stuff, honestly. For the service in general, look, we have bigger problems, the trucks, the hydrants that don't work, load shedding. AI is not going to fix a hydrant. [laughs] But for the admin, for training, it helps. I saw [[Siya Kolisi|PUBLIC_FIGURE]] in an advert for some AI thing, and I thought, okay, now it's serious. [laughs] Maybe in [[Gauteng|CITY|province]] they are more advanced, [[Joburg|CITY|city_nickname]] always has the money.

AI: Thank you, [[Sparks|PERSON]]. How can we contact you for the follow-up?

User: Cell is [[082 417 9903|PHONE_NUMBER]]. Email, use my personal one, [[sipho.mthembu82@gmail.com|EMAIL_ADDRESS]]. And if you send forms, don't ask me for my ID number again, the last survey asked and I typed [[8207145823086|NATIONAL_ID|sa_id_number]] without thinking, then I was like, eish, why did I do that.""")

# 15 Indonesia - batik shop owner, Surabaya
T.append("""AI: Selamat siang, thank you for joining. Could you introduce yourself and what you do?

User: Selamat siang. My name is [[Sri Wahyuni|PERSON]], people call me Bu [[Yuni|PERSON|honorific_outside]]. I have a small batik shop in [[Surabaya|CITY]], [[Toko Batik Sekar Arum|ORGANIZATION]], at [[Jalan Kembang Jepun 41|ADDRESS]], near the old [[Chinatown|CITY|neighbourhood]]. [[My mother|GENERIC_ROLE]] opened the shop in [[nineteen eighty-eight|DATE|year_words]], and I took over in [[2009|DATE]] when she got sick. We sell batik cloth and shirts, mostly batik from [[Madura|CITY|island_region]] and [[Sidoarjo|CITY|regency]].

AI: So, Bu [[Yuni|PERSON]], at [[Sekar Arum|ORGANIZATION|partial_org_echo]], how do you use AI in the shop?

User: [laughs] Honestly, at first I did not know I was using AI. [[My son|GENERIC_ROLE]] [[Dimas|PERSON]] set up everything. We sell online on [[Tokopedia|SOFTWARE|local_app]] and [[Shopee|SOFTWARE|local_app]], and the product descriptions, he makes with [[ChatGPT|AI_PRODUCT]]. Then [[last year|GENERIC_TIME]] I learned myself. Now I ask it to write the description in Bahasa and in English, because some customers are from [[Malaysia|COUNTRY]] and [[Singapore|COUNTRY]]. And [[Canva|SOFTWARE]] for the pictures, it can remove the background, very useful for batik photos.

AI: Are there things you use it for that surprised you?

User: Yes, answering customers. Many customers chat on [[WhatsApp|SOFTWARE]] at night, asking "kak, is this still available, can send to [[Makassar|CITY]]?" I cannot answer at eleven at night. So [[Dimas|PERSON]] set up an auto reply, and there is [[Meta AI|AI_PRODUCT]] inside now, but I don't like it, it answered a customer with a wrong price once, it said fifty thousand for a hand-drawn batik tulis that is eight hundred thousand! [laughs] So I turned it off. Also I use [[Gemini|AI_PRODUCT]] to explain the motifs, the history, for the tourists. But sometimes it invents the history. The parang motif, it said something wrong, and [[my employee|GENERIC_ROLE]], Mbak [[Rina|PERSON|honorific_outside]], she knows better than the AI, she is from [[Solo|CITY|name_is_word]].

AI: How does your family feel about the shop using these tools?

User: [[Dimas|PERSON]] is happy, he studied at [[ITS|SCHOOL|acronym]], informatics, he thinks everything should be online. [[My husband|GENERIC_ROLE]], Pak [[Hendro|PERSON|honorific_outside]], he is a [[civil servant|JOB_TITLE]] at the city office, he worries about data, because there was news about data leaks in [[Indonesia|COUNTRY]]. He told me never to type my NIK anywhere. But for [[Tokopedia|SOFTWARE]] registration you must, so my NIK is there already, [[3578124107780003|NATIONAL_ID|nik_number]]. I only know it by heart because I typed it so many times. [laughs]

AI: Can I ask your age? And has AI changed your sales?

User: I am [[forty-seven|AGE|number_words]]. Born in [[Surabaya|CITY]], grew up in [[Genteng|CITY|district]], behind the shop almost. I went to [[SMA Negeri 2 Surabaya|SCHOOL|place_in_school]], then I worked at a bank, [[Bank Jatim|ORGANIZATION]], for six years before the shop. Online sales are better, maybe double compared to before COVID. But the shop, the walk-in customers, are less. The young people now don't come to [[Kembang Jepun|ADDRESS|street_name_only]], they open the app. I heard President [[Prabowo|PUBLIC_FIGURE|single_name_public]] talking about digital UMKM, small businesses, but for me the problem is the big sellers with cheap printed batik from factories, they also use AI for everything, they are faster. Real batik tulis takes weeks.

AI: Thank you so much, Bu [[Yuni|PERSON]]. How can we contact you?

User: My number, I will say it slowly, [[nol delapan satu dua, tiga tiga empat lima, sembilan nol tujuh satu|OBF_PHONE|non_english_number_words]]. It's also [[WhatsApp|SOFTWARE]]. Or [[Instagram|SOFTWARE]] [[@sekararum.batik|SOCIAL_HANDLE]], [[Dimas|PERSON]] answers that one.""")

# 16 Poland - freelance video editor, Wroclaw
T.append("""AI: Cześć, thanks for joining. Could you tell me about yourself and your work?

User: Hi, yeah. So I'm [[Bartosz Zieliński|PERSON]], but [[Bartek|PERSON|diminutive]] is fine, nobody says [[Bartosz|PERSON]] except [[my grandmother|GENERIC_ROLE]]. [laughs] I'm a [[freelance video editor|JOB_TITLE]] in [[Wrocław|CITY]]. I went freelance in [[March twenty twenty|DATE|spelled_out]], literally the week before lockdown, great timing. Before that I was an [[assistant editor|JOB_TITLE]] at [[Telewizja Polsat|ORGANIZATION]] in [[Warsaw|CITY]] for four years.

AI: So, [[Bartek|PERSON]], as a freelancer in [[Wroclaw|CITY|missing_diacritic]], what kind of clients do you have, and where does AI come in?

User: Mix. Corporate stuff for [[Nokia|ORGANIZATION]], they have a big office here, training videos, event recaps. Trailers and dev diaries for [[Techland|ORGANIZATION]], the game studio. And weddings when it's slow, which I don't advertise. [laughs] AI is in everything now. I cut in [[DaVinci Resolve|SOFTWARE]], and it has the neural engine stuff, auto masking, voice isolation, that alone saves me hours. Then for interviews, I transcribe with [[Descript|SOFTWARE]], I edit the text and it edits the video. And [[Premiere Pro|SOFTWARE]] when [[a client|GENERIC_ROLE]] insists.

AI: What about generative tools, like video or voice generation?

User: Yeah, carefully. I use [[Runway|AI_PRODUCT|name_is_word]] for extending a shot, like if I need two more seconds of sky. [[ElevenLabs|AI_PRODUCT]] for temp voice-over, so the client can approve the script before we book a real voice actor. But once [[a client|GENERIC_ROLE]], a marketing guy from an agency, wanted to just keep the AI voice to save money, and I said okay but the voice actor I usually work with, [[Magda|PERSON]], she's going to lose that job. He didn't care. That felt bad. And [[Sora|AI_PRODUCT|name_is_word]] I tried, it's impressive, but the hands, the physics, no client can use it yet.

AI: How has that affected your income or your work?

User: More work, less money per job. [laughs] Clients know the tools exist, so they think everything is a button. A guy asked me to "just use AI" to remove a person from a whole two-minute handheld shot. That's not a button, that's three days. I ask [[ChatGPT|AI_PRODUCT]] to help me write the emails explaining that, because in Polish I get too angry. [laughs] Also for invoices, contracts, the tax stuff, it explains the JDG rules, the ZUS. My NIP is [[894-301-22-17|NATIONAL_ID|tax_id]], it's on every invoice so it's basically public.

AI: Tell me a bit about your background. How old are you, where did you study? And is there anyone in the industry you follow on these questions?

User: I was born in [[ninety-two|DATE|birth_year_words]], so I'm... [[thirty-two|AGE|number_words]], [[thirty-three|AGE|number_words]] in [[December|GENERIC_TIME]]. I studied at the [[Łódź Film School|SCHOOL]], editing, and I'm originally from [[Opole|CITY]], small city, [[my parents|GENERIC_ROLE]] still live there. In [[Wrocław|CITY]] I live in [[Nadodrze|CITY|neighbourhood]], it's the hipster area now, lots of cafés, I edit in cafés sometimes, on the laptop. [[My girlfriend|GENERIC_ROLE]] [[ola|PERSON|lowercase_name]] is a [[UX researcher|JOB_TITLE]] at [[Allegro|ORGANIZATION|name_is_word]], she's way more into AI than me, she uses [[Claude|AI_PRODUCT|person_like_product]] all day. Who I follow, not really a person. I watch a lot of [[YouTube|SOFTWARE]], editors talking about tools. Everyone was quoting [[James Cameron|PUBLIC_FIGURE]] for a while, about AI and Terminator. [laughs] In [[Poland|COUNTRY]] the community is small, we have a [[Facebook|SOFTWARE]] group for editors and it's fifty percent people panicking and fifty percent people selling courses.

AI: Thanks, [[Bartek|PERSON]]. Where can people find you, and how should we contact you?

User: Portfolio is [[bartekcuts.pl|URL]], and on [[YouTube|SOFTWARE]] I'm [[@bartek.montaz|SOCIAL_HANDLE]]. Email [[kontakt@bartekcuts.pl|EMAIL_ADDRESS]]. Phone, [[plus four eight, six zero one, two two four, eight one seven|OBF_PHONE|number_words]]. But email first, I don't pick up when I'm rendering, I'm like a zombie.""")

# 17 Egypt - marketing specialist, Alexandria
T.append("""AI: Hello, and thank you for joining. Could you introduce yourself and your work?

User: Hi, thank you. I'm [[Nourhan El-Sayed|PERSON]], everyone says [[Nour|PERSON|nickname]]. I'm a [[digital marketing specialist|JOB_TITLE]] at [[Orange Egypt|ORGANIZATION|org_is_word]], I'm in the [[Alexandria|CITY]] regional office, not in [[Cairo|CITY]]. I'm in the [[B2C campaigns team|ORGANIZATION|team_name]], so social media, the offers, the bundles, all the posts you see about internet packages, that's us.

AI: So, [[Noor|PERSON|echo_spelling_variant]], at [[Orange|ORGANIZATION|org_is_word]], how do you use AI in your campaigns?

User: It's [[Nour|PERSON]] with O-U, but it's okay, everyone writes it differently. [laughs] So, a lot. For copy, we write in Egyptian Arabic, the colloquial, and in English. [[ChatGPT|AI_PRODUCT]] is okay in Arabic but it sounds like fusha, very formal, like the news. So I tried [[Jais|AI_PRODUCT|local_product]], the model from the [[Emirates|COUNTRY|country_is_airline]], it's a bit better for Arabic. Then for visuals we use [[Midjourney|AI_PRODUCT]] for ideas and [[Canva|SOFTWARE]] for quick posts, and the real campaign designs go to the agency.

AI: Are there company rules about what you can use?

User: Yes, because [[Orange|ORGANIZATION]] is a big group, the policy comes from [[France|COUNTRY]]. No customer data in any AI, of course, and for the internal tool, they have their own, [[Live Intelligence|AI_PRODUCT|product_is_phrase]], I think it's based on other models. [[My manager|GENERIC_ROLE]], Mr. [[Hossam|PERSON|honorific_outside]], he's very careful, because one time, before I joined, somebody from another team put a list of numbers in a tool to make an [[Excel|SOFTWARE]], and it was a big issue. We analyse the results in [[Excel|SOFTWARE]] and [[Power BI|SOFTWARE]], and the AI helps with the formulas.

AI: Is there a campaign where AI made a real difference?

User: For [[Ramadan|GENERIC_TIME|holiday]] [[last year|GENERIC_TIME]], we made maybe forty versions of one ad, different dialects, different jokes, for different cities, [[Upper Egypt|CITY|region]], [[Alexandria|CITY]], [[Cairo|CITY]]. Before, this was impossible in the time we have. The AI made the first versions and then [[my colleague|GENERIC_ROLE]] [[Salma|PERSON]], she's from [[Assiut|CITY]], she fixed the Saidi dialect, because the AI made it sound like a comedy film. [laughs] Also we had a football campaign with a picture that looked a bit like [[Mohamed Salah|PUBLIC_FIGURE]], and legal stopped it, they said you cannot make a fake [[Salah|PUBLIC_FIGURE|surname_only]]. Correct decision.

AI: Can I ask your age and your background? And how do you feel about the future of marketing jobs with AI?

User: I'm [[27|AGE]]. I graduated from [[Alexandria University|SCHOOL|place_in_school]], Faculty of Commerce, in [[twenty nineteen|DATE|year_words]], then I worked in a small agency in [[Smouha|CITY|neighbourhood]], [[Pixel Lab Alex|ORGANIZATION|place_abbrev_in_org]], and I joined [[Orange|ORGANIZATION]] in [[October twenty twenty-two|DATE|spelled_out]]. I live with my family in [[Sidi Gaber|CITY|neighbourhood]], near the station. About the future, honestly a bit scared. The agencies are already hiring fewer junior designers. But I think who understands the culture, the jokes, the street, they will stay. AI doesn't know why a joke works in [[Alexandria|CITY]] and not in [[Cairo|CITY]]. [laughs] And in [[Egypt|COUNTRY]] people can feel when something is fake. [[My sister|GENERIC_ROLE]] [[Mariam|PERSON]] studies computer science and she says I should learn prompting seriously. Maybe.

AI: Thank you, [[Nour|PERSON]]. How can we contact you?

User: My email is [[nourhan.elsayed.mkt@gmail.com|EMAIL_ADDRESS]]. And my phone, I'll write it in the chat, [[٠١٠٢٢٨٤٦٦٣٩|OBF_PHONE|other_script_digits]], it's also [[WhatsApp|SOFTWARE]]. Please not between six and eight in the evening, that's when we have the campaign review calls every day.""")

# 18 Argentina - pharmaceutical sales rep, Rosario
T.append("""AI: Hola, thanks for joining. Could you tell me about yourself and your work?

User: Hola, che, thank you. I'm [[Federico Giménez|PERSON]], [[Fede|PERSON|nickname]] for everyone. I'm a [[visitador médico|JOB_TITLE|non_english_title]], a medical sales rep, for [[Laboratorios Bagó|ORGANIZATION]], in [[Rosario|CITY]] and the south of [[Santa Fe|CITY|province]] province. I visit doctors, pharmacies, I present the products, cardiology mostly. I've been with [[Bagó|ORGANIZATION|partial_org_echo]] since [[2014|DATE]].

AI: So, [[Fede|PERSON]], as a rep, how does AI come into your work?

User: Mostly through the CRM. We use [[Veeva|SOFTWARE]], it's the pharma CRM, and now it has AI suggestions, like "visit this doctor [[this week|GENERIC_TIME]] because he prescribed less". Sometimes it's smart, sometimes it says visit a doctor who retired. [laughs] Then for myself, I use [[ChatGPT|AI_PRODUCT]] to prepare, like I ask it to summarise a new study so I can talk with the cardiologist without looking stupid. Doctors here are very sharp, Dra. [[Pérez|PERSON|honorific_outside]] for example, she reads everything, if you say something wrong she eats you alive.

AI: Are there limits on what you can say or use? And has it changed how you plan your days?

User: Totally. Everything about the products must be the approved material, from medical affairs. I can't invent a claim, and the AI invents claims, so I never use AI text in front of a doctor. Only for preparation. And patient data, never, we don't even see that. [[My supervisor|GENERIC_ROLE]], [[Gustavo|PERSON]], he's in [[Buenos Aires|CITY]], he sends us the rules every time there's an audit. Also our contact with doctors is on [[WhatsApp|SOFTWARE]] a lot, which is another story, the company doesn't love it. My days changed a bit. The routes, I plan myself, I know the city, [[Fisherton|CITY|neighbourhood]] in the morning, the centre at noon, [[Pichincha|CITY|neighbourhood]] in the afternoon because the clinics are there. The AI suggestions don't know the traffic on [[Pellegrini|ADDRESS|street_name_only]] at one o'clock. [laughs] But for the reports at the end of the month, I use [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]], and for the expense receipts I take a photo and it reads them. Also [[Mercado Pago|SOFTWARE|local_app]] for small payments, the coffee with a doctor, all that.

AI: Tell me a bit about your background. How old are you, where did you study?

User: I'm [[thirty-six|AGE|number_words]], I'll be [[thirty-seven|AGE|number_words]] in [[August|GENERIC_TIME]]. I studied biochemistry at the [[Universidad Nacional de Rosario|SCHOOL|place_in_school]], but I didn't finish, I started working. [[My wife|GENERIC_ROLE]] [[Carolina|PERSON]], [[Caro|PERSON|nickname]], she's a [[pharmacist|JOB_TITLE]], she has her own pharmacy in [[Funes|CITY|small_town]], so we talk about this all day. She uses AI to check drug interactions quickly, but then she checks the official vademécum, of course. We have two boys, [[Bauti|PERSON|nickname]] and [[Benja|PERSON|nickname]], and they only care about [[Messi|PUBLIC_FIGURE|single_name_public]]. [laughs] You know [[Messi|PUBLIC_FIGURE]] is from here, from [[Rosario|CITY]], so it's a religion.

AI: Do the doctors you visit use AI themselves? And what worries you about AI in your job?

User: Some, the young ones. [[One cardiologist|GENERIC_ROLE]], Dr. [[Luna|PERSON|name_is_word]], he showed me he uses [[OpenEvidence|AI_PRODUCT]], it's a medical AI, to check guidelines. He said it's better than us reps. [laughs] Thanks, doctor. The older ones, no, they don't trust it. And in [[Argentina|COUNTRY]], with the economy, a lot of clinics don't even pay for basic software, so AI is a luxury. What worries me is that the company decides one day they don't need reps, that the AI sends the information directly to the doctor by email. Some labs in the [[United States|COUNTRY]] are doing that, remote detailing. But here the relationship is everything. The doctor knows my kids' names, I know his. That's not replaceable, I hope. [laughs]

AI: Thank you, [[Fede|PERSON]]. How can we contact you?

User: My cell is [[+54 9 341 562-8810|PHONE_NUMBER]]. Email, [[fgimenez.ros@gmail.com|EMAIL_ADDRESS]]. And my CUIT if you need to pay me for the interview, [[20-31884527-6|NATIONAL_ID|tax_id]], the other study I did asked for it. [laughs]""")

# 19 New Zealand - police constable, Tauranga
T.append("""AI: Kia ora, thanks for joining. Could you introduce yourself and your work?

User: Kia ora. I'm [[Aroha Ngata|PERSON]]. I'm a [[constable|JOB_TITLE]] with [[New Zealand Police|ORGANIZATION|country_in_org]], based at [[Tauranga|CITY]] station, general duties, so frontline, response, whatever comes in. I've been in since I graduated from [[Royal New Zealand Police College|SCHOOL|country_in_school]] on the [[twelfth of May twenty nineteen|DATE|spelled_out]], so, yeah, five-ish years.

AI: So, [[Aroha|PERSON]], in frontline policing in [[Tauranga|CITY]], where does AI come into your day?

User: Honestly, officially, not much. Police are pretty cautious, for good reason. We've got [[OnDuty|SOFTWARE|local_app]] on our phones for the jobs, and the intel system, [[NIA|SOFTWARE|acronym_like_name]], and none of that is AI as far as we're told. But there's an approved [[Copilot|AI_PRODUCT]] setup now on the work laptops, and the rule is very clear: nothing from a file, no names, no victims, nothing. I use it for the boring stuff, like rewriting a training note, or when I have to write a submission for a community meeting.

AI: Have you seen people cross that line? And what about body cameras or other tech? Does AI show up there?

User: Not that I've seen, no, and I'd report it if I did. But I know people use [[ChatGPT|AI_PRODUCT]] on their personal phones to help with the wording of statements, and that's a grey area, because even if you change the names, the details can identify someone. [[Senior Sergeant|JOB_TITLE|rank_as_title]] [[Whaanga|PERSON|surname_only]], [[our boss|GENERIC_ROLE]] at the station, he gave us a whole talk on it after a case in [[Australia|COUNTRY]] where an officer put stuff in a chatbot. His line was, if you wouldn't say it on the radio, don't type it into an AI. Body cameras, yes, but AI in them, not here yet. People assume we've got facial recognition everywhere like on TV, but we don't. There was a big fuss a few years ago about a trial and it got pulled. I'm actually glad. In a small place like [[Te Puke|CITY|small_town]] or [[Pāpāmoa|CITY|diacritic_place]], you know half the people anyway. [laughs] Sometimes literally, [[my cousin|GENERIC_ROLE]] [[Rawiri|PERSON]] got pulled over by [[my colleague|GENERIC_ROLE]] [[last month|GENERIC_TIME]], that was awkward at [[Christmas|GENERIC_TIME|holiday]].

AI: How old are you, if you don't mind, and how did you get into the police?

User: I'm [[twenty-nine|AGE|number_words]]. I grew up in [[Ōpōtiki|CITY|diacritic_place]], came to the [[Mount|CITY|place_nickname]], [[Mount Maunganui|CITY]], for uni, [[Toi Ohomai|SCHOOL]], did a social work diploma, then joined up. [[My partner|GENERIC_ROLE]] [[Hemi|PERSON]] is a [[firefighter|JOB_TITLE]] with [[Fire and Emergency|ORGANIZATION|org_is_phrase]], so our roster calendar is something else. We use [[Google Calendar|SOFTWARE]] and honestly I've asked [[Gemini|AI_PRODUCT]] to find days we're both off. It found two in [[February|GENERIC_TIME]]. [laughs]

AI: Do you see AI changing policing in [[New Zealand|COUNTRY]]?

User: Probably, in the admin. The paperwork in this job is massive, and if something could draft a file from my notebook I'd have more time on the street. But trust matters, eh. If the community thinks a computer is making decisions about them, especially Māori communities, that's a problem, given the history. [[Jacinda Ardern|PUBLIC_FIGURE]] used to talk about kindness in government, and I think that applies to tech as well.

AI: Thanks, [[Aroha|PERSON]]. How can we get in touch for the follow-up?

User: Personal email is best, [[aroha.ngata.nz at gmail dot com|OBF_EMAIL|partial_spelled_at]]. Don't use work email for research stuff, we're not meant to. Or mobile, [[021 448 3907|PHONE_NUMBER]]. If I don't answer I'm on nights, so text me.""")

# 20 Vietnam - software developer, Da Nang
T.append("""AI: Xin chào, thank you for joining. Could you introduce yourself and your work?

User: Xin chào. My name is [[Nguyễn Thị Thu Hà|PERSON|family_name_first]], in English order maybe [[Ha Nguyen|PERSON|reordered_name]], you can call me [[Hà|PERSON|diacritic_name]]. I'm a [[software engineer|JOB_TITLE]] at [[FPT Software|ORGANIZATION]] in [[Đà Nẵng|CITY|diacritic_place]]. I work on a project for a Japanese insurance client, so mostly Java backend, and some testing. I joined [[FPT|ORGANIZATION]] in [[July 2019|DATE]], right after graduation.

AI: Thank you, [[Ha|PERSON|echo_without_diacritic]]. At [[FPT|ORGANIZATION|partial_org_echo]], how do you use AI in your work? And who sets the rules on it in your team?

User: Every day. We have [[GitHub Copilot|AI_PRODUCT]] licenses since [[last year|GENERIC_TIME]], the company bought for many projects. I use it for unit tests mostly, and for boring code like mapping objects. Some teammates use [[Cursor|AI_PRODUCT|name_is_word]], the AI editor, but [[our client|GENERIC_ROLE]] didn't approve it yet, so officially we can't. [[ChatGPT|AI_PRODUCT]] I use on my personal account for explaining errors, but I never paste the client code. [[The client|GENERIC_ROLE]] is very strict, they send a security checklist every quarter. The rules come from [[my team leader|GENERIC_ROLE]], anh [[Long|PERSON|name_is_word]], [[Trần Văn Long|PERSON]]. Sorry, "anh" is like "older brother", we use it for colleagues a bit older. [laughs] He is very careful. He made a rule: if you use AI to generate code, you must write "AI-assisted" in the pull request on [[Bitbucket|SOFTWARE]]. At first people were shy, now everybody writes it. Also our [[BrSE|JOB_TITLE|acronym_title]], the bridge engineer who talks to the Japanese client, chị [[Phương|PERSON|honorific_outside]], she uses [[DeepL|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] for translating specs, but she checks everything because Japanese business language is very subtle.

AI: Has AI changed how much work you're expected to do?

User: Yes, a little. The estimate for tasks is now lower, like management thinks [[Copilot|AI_PRODUCT]] makes us twice faster. It's not true, maybe twenty percent. And reviewing AI code takes time. One time [[Copilot|AI_PRODUCT]] wrote a date conversion that was wrong for the Japanese calendar, the Reiwa era, and we only found it in testing. If it went to production, insurance documents with wrong dates, very bad.

AI: Can I ask your age and a bit about your background?

User: I was born in [[ninety-seven|DATE|birth_year_words]], so [[twenty-seven|AGE|number_words]] now. I'm from [[Quảng Nam|CITY|province]], from [[Hội An|CITY|diacritic_place]] actually, [[my parents|GENERIC_ROLE]] have a tailor shop there, [[Thu Hà Tailor|ORGANIZATION|person_name_in_org]]. Yes, same name, [[my mother|GENERIC_ROLE]] named the shop after me. [laughs] I studied at [[Bách Khoa|SCHOOL|school_nickname]], [[Da Nang University of Science and Technology|SCHOOL|place_in_school]]. Now I live in [[Sơn Trà|CITY|district]], near the beach, it's nice to walk after work.

AI: Do you use AI outside of work? And is there anything that worries you about AI in your career?

User: A lot for English and Japanese learning. I'm studying for JLPT N2, and I use [[Gemini|AI_PRODUCT]] to practise conversation. And [[my boyfriend|GENERIC_ROLE]] [[Phúc|PERSON]] uses [[Zalo|SOFTWARE|local_app]] AI features, it has some AI stickers, very silly. [laughs] [[My younger sister|GENERIC_ROLE]] [[Vy|PERSON|short_name]] is in high school and she uses AI for homework, [[my mother|GENERIC_ROLE]] is worried. In [[Vietnam|COUNTRY]] the parents are very worried about exams. What worries me is outsourcing. Our company exists because we are cheaper than engineers in [[Japan|COUNTRY]]. If AI makes Japanese engineers very fast, maybe they don't need us. I saw [[Jensen Huang|PUBLIC_FIGURE]] came to [[Hà Nội|CITY|diacritic_place]] and talked about AI in [[Vietnam|COUNTRY]], everyone was excited, but for developers like me, I'm not sure it's good news. I try to learn more architecture, things AI is not good at yet.

AI: Thank you, [[Hà|PERSON]]. How can we contact you?

User: I'll paste my email in the chat: [[hanguyen.fpt97\u200b@gmail.com|OBF_EMAIL|zero_width_char]]. My phone is [[0905 318 442|PHONE_NUMBER]], also on [[Zalo|SOFTWARE]]. Evening is better, after seven, [[Vietnam|COUNTRY]] time.""")

# 21 Ireland - freelance writer, Cork
T.append("""AI: Hi there, thanks a million for joining. Can you introduce yourself and tell me about your work?

User: Sure, no bother. I'm [[Shivawn knee Brian|PERSON|misheard_name]], which I'm guessing your transcription will make a mess of, it's Irish. [laughs] Most people just say [[Shiv|PERSON|nickname]]. I'm a [[freelance copywriter|JOB_TITLE]], based in [[Cork|CITY]], well, [[Ballincollig|CITY|small_town]], just outside. I write web copy, brochures, a lot of tourism stuff, and some tech content. I went freelance in [[twenty seventeen|DATE|year_words]], before that I was a [[sub-editor|JOB_TITLE]] at the [[Irish Examiner|ORGANIZATION|country_adjective_in_org]] for about eight years.

AI: Thanks, [[Siobhán|PERSON|echo_correct_spelling]]. I have it spelled here from your sign-up. So as a freelancer, who are your clients, and where does AI come in?

User: Ha, fair play, you got it. So, clients. [[Fáilte Ireland|ORGANIZATION|country_in_org]] is a big one, tourism board. Then a few hotels in [[Kinsale|CITY|small_town]] and [[West Cork|CITY|region]]. And I've done contract work for [[Apple|ORGANIZATION|org_is_word]], they've a huge campus up in [[Hollyhill|CITY|neighbourhood]], internal comms mostly, I can't say much more, NDAs. [laughs] AI came in hard in the last two years. I use [[Claude|AI_PRODUCT|person_like_product]] most, for structure and for getting past the blank page. [[ChatGPT|AI_PRODUCT]] for quick stuff. I tried [[Jasper|AI_PRODUCT|person_like_product]] because a marketing agency wanted me to, and I hated it, everything sounded like a shampoo ad.

AI: How have your clients reacted to you using AI?

User: It's all over the place. [[The tourism people|GENERIC_ROLE]], they've their own policy now, and they want a declaration on every job, did you use generative AI, yes or no. [[Apple|ORGANIZATION]] obviously have very strict rules, you don't put anything of theirs into any public tool, full stop. And then the small clients, the hotels, they're the ones pushing rates down. One [[hotel manager|JOB_TITLE]], lovely man, [[Donal|PERSON]], said to me, sure can't you just get the computer to do it and charge me half. I said, [[Donal|PERSON]], you can get the computer to do it, and then you'll have the same website as every hotel in [[Kerry|CITY|county]]. [laughs] He came back a month later.

AI: What does your actual workflow look like now?

User: I interview the client, I record on [[Otter|SOFTWARE|name_is_word]], then I read the transcript, then I write a rough draft myself, and then I might ask [[Claude|AI_PRODUCT]] to give me five alternative headlines or to tighten a paragraph. I do the final in [[Google Docs|SOFTWARE]] and [[Grammarly|SOFTWARE]] catches my commas. The voice has to be mine, that's the only thing I'm selling really. Honestly [[Sally Rooney|PUBLIC_FIGURE]] isn't losing sleep over chatbots and neither am I, mostly.

AI: Can I ask your age and a bit about your background? And is there anything that worries you about AI for freelancers?

User: I'm [[forty-three|AGE|number_words]]. I grew up in [[Blackpool|CITY|ambiguous_place]], the one in [[Cork|CITY]], not the English one with the tower. [laughs] I did English and History at [[UCC|SCHOOL|acronym]], then a master's in journalism. [[My partner|GENERIC_ROLE]] [[Declan|PERSON]] is a [[secondary teacher|JOB_TITLE]], and [[our lad|GENERIC_ROLE]], [[Oisín|PERSON]], is [[fourteen|AGE|number_words]], he thinks I'm a dinosaur for writing my own sentences. What worries me is the money, to be blunt. Rates for basic content have collapsed. The kind of job I did in my first year, a hundred product descriptions for a craft shop, that's gone, nobody's paying a human for that now. And the tax side of freelancing is a nightmare anyway, Revenue, the PPS number on every form, mine's [[7834512TA|NATIONAL_ID|pps_number]], I could recite it in my sleep. In [[Ireland|COUNTRY]] there's a lot of talk about AI being great for the economy because of all the tech companies here, but for the likes of me, I'm not sure.

AI: Thanks so much, [[Shiv|PERSON]]. How can we contact you for the follow-up?

User: The website's [[siobhan writes dot ie|URL|spelled_dot]], all one word, there's a contact form. Or just ring me, [[oh eight seven, two one four, nine nine three oh|OBF_PHONE|number_words]]. I'm usually at the desk from nine, unless it's a [[Friday|GENERIC_TIME]], [[Fridays|GENERIC_TIME]] are for swimming.""")

# 22 Ghana - accounts officer, Kumasi
T.append("""AI: Hello, thank you for joining. Please tell me about yourself and your work.

User: Thank you, good afternoon. I'm [[Kwabena Owusu-Ansah|PERSON|hyphenated_surname]], but my friends call me [[Kobby|PERSON|nickname]]. I'm an [[accounts officer|JOB_TITLE]] at [[Adom Agro Supplies|ORGANIZATION]], we sell fertiliser, seeds and spraying equipment to farmers in the [[Ashanti Region|CITY|region]]. Our main office is in [[Kumasi|CITY]], in [[Adum|CITY|neighbourhood]], on [[Prempeh II Street|ADDRESS|street_named_after_person]], and we have two branches, one in [[Ejisu|CITY|small_town]] and one in [[Techiman|CITY]].

AI: So, [[Kobby|PERSON]], at [[Adom Agro|ORGANIZATION|partial_org_echo]], what does your work involve and where does AI come in?

User: I handle the books, receivables, the payments from the distributors, the monthly reports for [[my boss|GENERIC_ROLE]]. We use [[QuickBooks|SOFTWARE]] for the accounting. Many of our customers pay by mobile money, [[MTN MoMo|SOFTWARE|local_app]], so every day I have to reconcile hundreds of small payments with the invoices. That is where I started using AI. I used [[ChatGPT|AI_PRODUCT]] to help me write [[Excel|SOFTWARE]] formulas to match the [[MoMo|SOFTWARE]] statement with the invoices, by phone number and amount. Before, it took me two days every month, now half a day.

AI: Does your employer know you use these tools?

User: Yes, I told Madam [[Akosua|PERSON|honorific_outside]], she is the [[managing director|JOB_TITLE]], [[the owner|GENERIC_ROLE]]. At first she said, "[[Kobby|PERSON]], is it safe? Where does our data go?" It was a good question. So I don't upload the statements, I only describe the columns, and I use fake numbers to test. She was happy. Now she even uses [[Gemini|AI_PRODUCT]] herself to write letters to the bank. [laughs] [[Our external auditor|GENERIC_ROLE]], from [[Ernst & Young|ORGANIZATION]] in [[Accra|CITY]], asked me how I built the reconciliation and I was a bit nervous, but they said it was fine as long as it is documented.

AI: Have you had any problems with the AI giving wrong information?

User: Yes, especially with tax. I asked about the VAT rates in [[Ghana|COUNTRY]] and it gave me old rates, before the changes. If I had used that on invoices, GRA would come for us. [laughs] So for tax I check the GRA website or I call [[my former lecturer|GENERIC_ROLE]]. Also, [[my colleague|GENERIC_ROLE]] [[Comfort|PERSON|name_is_word]] in the [[Techiman|CITY]] branch, she used it to write a letter to a customer about his debt and it was too harsh, the customer was offended. She had to go and apologise in person. Here business is about relationships.

AI: Can I ask your age and your education? And how do you think AI will affect jobs like yours?

User: I'm [[33|AGE]]. I studied accounting at [[KNUST|SCHOOL|acronym]], graduated in [[2014|DATE]], and I'm writing my ICAG papers, the chartered accountant exams. My student number is [[ICAG/S/19/04417|NATIONAL_ID|professional_registration]]. I joined [[Adom Agro|ORGANIZATION]] in [[2018|DATE]]. [[My wife|GENERIC_ROLE]] [[Abena|PERSON]] is a [[midwife|JOB_TITLE]] at [[Komfo Anokye|ORGANIZATION|person_name_in_org]], the teaching hospital, and we live in [[Asokwa|CITY|neighbourhood]]. We have one daughter, [[Nhyira|PERSON|name_is_word]], it means blessing. Some people say accountants will disappear. I don't believe it. The AI cannot go to [[Techiman|CITY]] market and ask a distributor why he paid only half. [laughs] But the junior clerks, the data entry, that will change. Also in [[Africa|CONTINENT]] the data is messy, handwritten receipts, cash, [[MoMo|SOFTWARE]], the AI is not trained for that. I watched a video of [[Kwame Nkrumah|PUBLIC_FIGURE]] speeches that someone made with AI, his voice saying modern things, and people were sharing it like it was real. That is the danger.

AI: Thank you, [[Kobby|PERSON]]. How can we reach you for follow-up?

User: Email is [[kobby dot owusu ansah at gmail dot com|OBF_EMAIL|spelled_at_dot]], owusu ansah with no hyphen. Phone is [[024 418 7730|PHONE_NUMBER]], also [[WhatsApp|SOFTWARE]]. I'm free after five on weekdays, and [[Saturday|GENERIC_TIME]] mornings before church.""")

# 23 Spain - brand marketing manager, Valencia
T.append("""AI: Hola, thank you for joining. Could you introduce yourself and your job?

User: Hola, yes. I'm [[Lucía Martínez Ortega|PERSON|double_surname]], but just [[Lucía|PERSON]] is fine. I'm a [[brand marketing manager|JOB_TITLE]] at [[Mercadona|ORGANIZATION]], at the headquarters in [[Valencia|CITY]], well, in [[Tavernes Blanques|CITY|small_town]], just outside. I'm in the team that does the own brands, the private label products. I joined in [[January twenty twenty-one|DATE|spelled_out]]. Before that I was four years at [[Amazon|ORGANIZATION|org_is_word]] in [[Madrid|CITY]], in marketing for the Spanish marketplace.

AI: So, [[Lucia|PERSON|echo_without_diacritic]], at [[Mercadona|ORGANIZATION]], how does AI fit into your work?

User: More than I expected. For research, I use [[ChatGPT|AI_PRODUCT]] and [[Perplexity|AI_PRODUCT]] to summarise market reports, competitor launches, trends from [[Germany|COUNTRY]] or the [[UK|COUNTRY]]. For concepts, our agency uses [[Midjourney|AI_PRODUCT]] to show us packaging ideas before they design, which saves a lot of rounds. Internally we have [[Copilot|AI_PRODUCT]] with [[Teams|SOFTWARE|name_is_word]], and it summarises the meetings. Which is dangerous, because now people stop paying attention in meetings. [laughs]

AI: Are there rules at the company about using these tools?

User: Yes, quite strict. No supplier prices, no sales data, nothing confidential in public tools. [[My boss|GENERIC_ROLE]], Sra. [[Castells|PERSON|honorific_outside]], well, [[Montse|PERSON]], nobody says Sra. in the office, she's [[head of brand|JOB_TITLE]], and she is very clear. She says the AI can help you think but not decide. There was a case, not in my team, where someone used an AI image of a family for a campaign and the family had six fingers. [laughs] It didn't go out, but it became a legend in the office.

AI: What about your personal use of AI outside work?

User: Oh, a lot. I plan trips with [[Gemini|AI_PRODUCT]], I ask [[ChatGPT|AI_PRODUCT]] recipes with what's in my fridge. [[My partner|GENERIC_ROLE]] [[Jordi|PERSON]] is a [[physiotherapist|JOB_TITLE]] and he uses it for exercise sheets for patients, in Valencian and Spanish. We live in [[Ruzafa|CITY|neighbourhood]], or [[Russafa|CITY|spelling_variant]], depending on who you ask, in Valencian it's with double S. It's full of cafés and everyone on a laptop, so AI is everywhere. [laughs]

AI: Can I ask your age and your background? And have you noticed AI changing marketing as a profession?

User: I'm [[thirty-three|AGE|number_words]]. I was born in [[Alzira|CITY|small_town]], which is a town south of [[Valencia|CITY]]. I studied business at the [[Universitat de València|SCHOOL|place_in_school]], then a master's in marketing at [[ESIC|SCHOOL|acronym]] in [[Madrid|CITY]]. My DNI is on every contract I sign, [[48392017K|NATIONAL_ID|dni_number]], I always think, one day some AI tool will have all our DNIs. [laughs] And marketing is changing, totally. The juniors now arrive knowing the tools, but sometimes not knowing the customer. In [[Spain|COUNTRY]], in supermarkets, you need to understand the señora who shops every day with her trolley, not just the data. And there's the influencer side, everyone was talking about the AI influencer, the pink-haired one from [[Barcelona|CITY]], [[Aitana López|PUBLIC_FIGURE|virtual_influencer]], who is not a real person but earns more than me. [laughs] That says something. I'd rather follow [[Rosalía|PUBLIC_FIGURE|single_name_public]], at least she exists.

AI: Thank you so much, [[Lucía|PERSON]]. How can we contact you for the follow-up?

User: My [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/luciamartinezortega|URL]], you can write me there. Or email [[lucia.mtz.ortega@gmail.com|EMAIL_ADDRESS]]. And phone, [[six one two, four four eight, three nine zero|OBF_PHONE|number_words]]. Better in the afternoon, mornings are all meetings.""")

# 24 Turkey - logistics planner, Izmir
T.append("""AI: Merhaba, thank you for joining. Can you introduce yourself and your work?

User: Merhaba. I'm [[Emre Yıldız|PERSON]]. I work as an [[export operations planner|JOB_TITLE]] at [[Arkas Lojistik|ORGANIZATION]] in [[İzmir|CITY|diacritic_place]]. We organise container shipments, mostly for exporters of dried fruit, figs, raisins, and textiles, from the port at [[Alsancak|CITY|neighbourhood]] and also [[Aliağa|CITY|district]]. I started at [[Arkas|ORGANIZATION|partial_org_echo]] on the [[third of May twenty sixteen|DATE|spelled_out]].

AI: So, [[Emre|PERSON]], at [[Arkas|ORGANIZATION]] in [[Izmir|CITY|missing_diacritic]], what does your day look like, and where does AI come in?

User: My day is many emails, many phone calls, and [[SAP|SOFTWARE]]. Bookings, customs documents, the trucks to the port. AI comes mostly for emails. Our customers are Turkish exporters, but the buyers are in [[Germany|COUNTRY]], [[Netherlands|COUNTRY]], [[Iraq|COUNTRY]]. So I write in English, German sometimes, and [[ChatGPT|AI_PRODUCT]] helps me make them professional. Also the company enabled [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] [[this year|GENERIC_TIME]]. And for checking HS codes for customs, I ask AI, but carefully, because a wrong code can mean a penalty.

AI: Who sets the rules on AI use in your team?

User: [[My manager|GENERIC_ROLE]], [[Hakan|PERSON|honorific_after_name]] Bey, I mean [[Hakan Demir|PERSON]], in Turkish we say Bey after the name, like Mister. [[Hakan|PERSON]] Bey is very practical. He said use it for language, not for numbers. Because once [[a colleague|GENERIC_ROLE]], [[ayşe|PERSON|lowercase_name]] Hanım, she asked the AI to calculate a demurrage charge and it was wrong, and the customer almost paid the wrong amount. She found it herself, luckily. Now we check everything twice in [[Excel|SOFTWARE]].

AI: Has AI changed how your department works overall?

User: A little. The company is testing an AI for predicting when vessels will be delayed, from shipping line data and port data, because in logistics delays are everything. After the Red Sea problems, all the routes changed, everybody was planning again and again. If AI can predict that, good. But the real problems, like a customs officer who is on leave, the AI doesn't know. [laughs]

AI: Can I ask your age and where you studied? And what concerns do you have about AI in logistics?

User: I'm [[34|AGE]]. I studied maritime business at [[Dokuz Eylül University|SCHOOL|date_like_name]], here in [[İzmir|CITY]]. [[Dokuz Eylül|SCHOOL|date_like_name]] means "[[ninth of September|DATE|historical_date]]", it's the day the city was liberated, so the name is a date, funny for your research. [laughs] I live in [[Karşıyaka|CITY|neighbourhood]], on the other side of the bay, I take the ferry to work, which is the best part of my day. [[My wife|GENERIC_ROLE]] [[Elif|PERSON]] is a [[dentist|JOB_TITLE]] in [[Bornova|CITY|district]], and we have a son, [[Deniz|PERSON|name_is_word]], he's [[three|AGE|number_words]], [[Deniz|PERSON|name_is_word]] means sea. My concerns, jobs, of course. In [[Türkiye|COUNTRY|country_endonym]] many young people study logistics, and if the simple planning jobs become automatic, where will they go? Also data. For customs, the exporter gives us everything, tax numbers, ID numbers. My own TC number, [[31847266504|NATIONAL_ID|tc_kimlik]], is in a hundred systems already. I don't want it in an AI also. [laughs]

AI: Thank you, [[Emre|PERSON]]. How can we contact you?

User: My email is [[emre.yildiz.izm@gmail.com|EMAIL_ADDRESS]], and my phone is [[0532 418 27 90|PHONE_NUMBER]]. I'm on [[WhatsApp|SOFTWARE]] also. Please not on [[Friday|GENERIC_TIME]] afternoon, that's when the vessels close, very busy.""")

# 25 Colombia - bakery owner, Medellin
T.append("""AI: Hola, buenas, thank you for joining. Can you tell me about yourself and your business?

User: Hola, buenas tardes. Yes, I'm [[Luz Dary Restrepo|PERSON|name_is_word]], I have a bakery, [[Panadería La Espiga|ORGANIZATION]], in [[Laureles|CITY|neighbourhood]], in [[Medellín|CITY]]. We opened in [[two thousand seven|DATE|year_words]], me and [[my husband|GENERIC_ROLE]], but he passed away in [[2019|DATE]], so now it's me and [[my son|GENERIC_ROLE]] and four employees. We make pandebono, buñuelos, the traditional things, and cakes for birthdays.

AI: I'm sorry for your loss. So, [[Luz|PERSON]], at [[La Espiga|ORGANIZATION|partial_org_echo]], how do you use AI, if at all?

User: Thank you. Ay, at the beginning, nothing. [[My son|GENERIC_ROLE]] [[Santiago|PERSON|name_is_place]], he is [[twenty-six|AGE|number_words]], he is the one who brought all this. He put the bakery on [[Rappi|SOFTWARE|local_app]], and now the orders come from the app. And he showed me [[ChatGPT|AI_PRODUCT]] to make the posts for [[Instagram|SOFTWARE]], because I don't know how to write those things with the hashtags. Now I ask it myself, like "write a post for the cake of the day, tres leches, for [[Mother's Day|GENERIC_TIME|holiday]]". And for the accounting, we use [[Siigo|SOFTWARE|local_app]], for the electronic invoices that the DIAN asks.

AI: Are there other ways you use it?

User: The cakes. Customers send me pictures now that they made with AI, a cake with a unicorn and a castle and flowers floating. [laughs] I tell them, mija, that cake is not possible, the flowers will fall. [[My employee|GENERIC_ROLE]] [[Esperanza|PERSON|name_is_word]], she is the best decorator, she looks at the picture and says "ay, doña [[Luz|PERSON]], esto es de otro planeta". So I use [[Meta AI|AI_PRODUCT]] in [[WhatsApp|SOFTWARE]] sometimes to answer politely that we can do something similar but not the same. And [[Canva|SOFTWARE]] for the price list.

AI: Has it changed your business? And do you have worries about these tools?

User: Yes. The orders by [[WhatsApp|SOFTWARE]] and [[Rappi|SOFTWARE]] are maybe forty percent now. But the commissions of the app are very high. And the big chains, they have marketing people. Here it's me, at night, with the phone. I'm [[fifty-three|AGE|number_words]], I'm not a young girl, I learned from [[my son|GENERIC_ROLE]] and from videos. Sometimes I think the AI is like a smart employee who doesn't know the neighbourhood. [laughs] Worries, about the data, yes. A woman from the bank told me never to give my cédula number to the apps, but [[Rappi|SOFTWARE]] asked for everything, the RUT, the cédula, [[43.871.225|NATIONAL_ID|cedula_number]]. Now it is everywhere. [laughs] And [[my daughter|GENERIC_ROLE]] [[Mariana|PERSON]], she lives in [[Bogotá|CITY]], she is a [[lawyer|JOB_TITLE]] at [[Bancolombia|ORGANIZATION]], she says be careful, mamá, don't put the numbers of the customers in the chat. So I don't. She knows these things.

AI: Where did you learn baking, and is there anyone in the food world you admire?

User: I studied at the [[SENA|SCHOOL|acronym]], a course in baking, in [[nineteen ninety-five|DATE|year_words]], and before that I worked in a bakery in [[Envigado|CITY|municipality]], [[Panadería San Marcos|ORGANIZATION|saint_name_in_org]], with Don [[Aurelio|PERSON|honorific_outside]], he taught me everything. Admire? [laughs] I like [[Karol G|PUBLIC_FIGURE|stage_name]], she is from here, from [[Medellín|CITY]], she came from nothing. And in [[Colombia|COUNTRY]] everybody likes [[Shakira|PUBLIC_FIGURE|single_name_public]], of course.

AI: Thank you so much, doña [[Luz|PERSON]]. How can we contact you?

User: My cell, I'll say it in Spanish, it's easier for me: [[tres cero cinco, cuatro uno ocho, dos dos siete nueve|OBF_PHONE|non_english_number_words]]. It has [[WhatsApp|SOFTWARE]]. The bakery [[Instagram|SOFTWARE]] is [[@panaderialaespiga.med|SOCIAL_HANDLE]]. Or come to the bakery, [[Carrera 76 # 33-41|ADDRESS|colombian_address_format]], the pandebono is fresh at six in the morning.""")

write_set(T, "set_bo")
