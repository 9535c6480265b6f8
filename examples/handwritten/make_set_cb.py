"""Blind evaluation set 'cb': 25 synthetic interview transcripts with small-business owners and the self-employed talking about AI at work. Every person, number, email, address and ID is invented. Build with: python3 make_set_cb.py"""
from markup import write_set

T = []

# 1. Nigeria - fabric trader, Lagos - typed chat
T.append("""AI: Hello, and thank you for joining. To start, could you tell me about your work and what a normal day looks like?

User: ok good evening. my name is [[Chinwe Okafor|PERSON]], [[47|AGE]] years, but everybody in the market call me Mama [[Ifeoma|PERSON|nickname]] after my first daughter lol. i sell ankara, lace and george at [[Shop 14 Block C, Balogun Market|ADDRESS]], [[Lagos Island|CITY]], since [[2009|DATE]]. before that i was hawking in [[Onitsha|CITY]] with my aunty. normal day i open 8am, my boy [[Emeka|PERSON]] ([[19|AGE]]) come by 7:30 to arrange the bales, then customers start. [[saturdays|GENERIC_TIME|lowercase]] is the craziest because of owambe parties, everybody want aso ebi

AI: Thank you, [[Chinwe|PERSON]]. How did AI tools first come into the business?

User: na my son [[Tobenna|PERSON]] show me. he is [[22|AGE]], doing computer science for [[UNILAG|SCHOOL|abbreviation]]. in the lockdown of [[2020|DATE]] he open [[whatsapp business|SOFTWARE|lowercase]] for me and [[instagram|SOFTWARE|lowercase]] page [[@ifeomafabrics_lag|SOCIAL_HANDLE]]. [[last year|GENERIC_TIME]] he put [[chatgpt|AI_PRODUCT|lowercase]] on my phone, now i use it to write captions and to reply customers at night when i am tired. the [[Meta AI|AI_PRODUCT]] inside [[whatsapp|SOFTWARE|lowercase]] also, but that one is too much talk

AI: Could you walk me through a specific time it helped you recently?

User: yes o. one customer [[Blessing|PERSON|name_is_word]] from [[Ikeja|CITY]] was buying aso ebi for her sister wedding, like 60 guests. i ask [[chatgpt|AI_PRODUCT|lowercase]] to calculate yards per person and make a price list with my account details. it do everything fine, i only change the account name because it wrote "[[Ifeoma Fabrics and Lace|ORGANIZATION|org_looks_like_person]]" but the account is in my own name. i send it to her on [[0803 456 7812|PHONE_NUMBER]] and she forward to the whole family group. wedding was [[12 October 2024|DATE]] at [[Lekki|CITY]], i even go there to collect balance lol. same week Mrs [[Folake Bankole|PERSON]] who is owing me 185,000 naira since [[March 2023|DATE]], i make [[chatgpt|AI_PRODUCT|lowercase]] write her a sweet message, she pay half the next day. i email it to her too, [[folakebankole62@yahoo.com|EMAIL_ADDRESS]]

AI: That's a great example. Have there been times you didn't trust it, or where it went wrong?

User: plenty. one time it told a customer my lace is from [[Switzerland|COUNTRY]] but it is [[China|COUNTRY]] lace, i almost disgrace myself. and the bigger one: when i was registering business name with [[CAC|ORGANIZATION|abbreviation]] i paste the whole form inside [[chatgpt|AI_PRODUCT|lowercase]] to help me fill it, with RC number [[RC 1487923|NATIONAL_ID]], my BVN [[22184736591|NATIONAL_ID|id_like_phone]] everything. after i tell [[Tobenna|PERSON]] he shout at me say i should never put BVN there again. i don't know where it went

AI: Who else is part of the business, and do they use these tools?

User: my supplier is Alhaji [[Musa Danjuma|PERSON]], he bring george and lace from [[Kano|CITY]] and sometimes [[Cotonou|CITY]]. he don't use anything, only voice note. my younger sister [[Ngozi|PERSON]] help me [[on sundays|GENERIC_TIME|lowercase]] after church, she is a [[staff nurse|JOB_TITLE]] at [[LUTH|ORGANIZATION|abbreviation]] so she only come when she is off duty. she use [[Gemini|AI_PRODUCT]] for her own nursing notes. i collect transfer with [[Moniepoint|ORGANIZATION]] POS and my bookkeeping now is on [[Kippa|SOFTWARE]]. before, [[Emeka|PERSON]] write receipts by hand

AI: You mentioned [[Ngozi|PERSON]] and the family. What worries you most about AI, for yourself or for them?

User: scam. [[last year|GENERIC_TIME]] somebody use AI voice to call [[Ngozi|PERSON]] pretending to be me asking for 50k urgent. they copy my voice from my [[tiktok|SOFTWARE|lowercase]] videos. now we have family password. and the young traders copy my captions with AI and sell cheaper. people say [[Elon Musk|PUBLIC_FIGURE]] said AI will take all jobs but who will measure fabric for a customer with AI? if the people doing this study want to see my work, [[instagram.com/ifeomafabrics_lag|URL]] or email [[chinwe.okafor.fabrics@gmail.com|EMAIL_ADDRESS]], tell them Mama [[Ifeoma|PERSON]] sent you haha. maybe i will sell to [[Ghana|COUNTRY]] people one day, all of [[Africa|CONTINENT]]""")

# 2. Brazil - beauty salon owner, Recife - speech-to-text
T.append("""AI: Hi, thanks for taking the time today. Could you start by telling me what you do for a living?

User: Yeah, um, hi. So my name is [[Luciana Ferreira da Silva|PERSON]], but, uh, everybody calls me [[Lu|PERSON|nickname]]. I have a beauty salon in [[Recife|CITY]], in [[Boa Viagem|CITY]], it's called [[Studio Lu Cabelos|ORGANIZATION]], on [[Rua Barão de Souza Leão, four twelve, loja three|ADDRESS|number_words]], next to the pharmacy. I'm [[thirty-eight|AGE|number_words]], I opened the salon in, uh, [[twenty fifteen|DATE|date_in_words]], before that I was working for, like, eight years in a big salon in [[São Paulo|CITY]], the [[Jacques Janine|ORGANIZATION|org_looks_like_person]] one, in the mall. So, yeah, hair, colour, nails, eyebrows, a bit of everything.

AI: Thanks, [[Lu|PERSON]]. Who works with you, and where does AI come into your day?

User: So there's four of us. There's [[Jéssica|PERSON]], she does the nails, uh, [[Daiane|PERSON]] on eyebrows and lashes, and my colourist [[Tie Ease|PERSON|misheard_name]], no, sorry, [[Thaís|PERSON]], with the accent, the computer never gets it. Um, and my husband [[Ricardo|PERSON]] does the accounts at night, he's a [[bank clerk|JOB_TITLE]] at [[Caixa|ORGANIZATION]] in the day. For AI, mostly [[ChatGPT|AI_PRODUCT]], I use it on the phone to write the posts for [[Instagram|SOFTWARE]], and to answer the [[WhatsApp|SOFTWARE]] when I have my hands full of bleach, you know? I dictate and it fixes my Portuguese. And the bookings are in [[Trinks|SOFTWARE]], which now has some, uh, automatic reminder thing.

AI: Could you tell me about a recent time it really helped, or didn't?

User: Okay so, um, a client, Dona [[Marlene|PERSON]], she's [[seventy-two|AGE|number_words]], she came with a photo of [[Anitta|PUBLIC_FIGURE]] and said I want this. And I was like, Dona [[Marlene|PERSON]], with respect... So I used one of those AI apps, [[YouCam Makeup|SOFTWARE]], to show her the colour on her own face first, and she said no, no, no, thank God. That was good. But then her daughter, [[Patrícia|PERSON]], who lives in [[Portugal|COUNTRY]], saw the picture on my stories and she called me very angry, because I posted her mother without asking. So now I ask, I have a little paper they sign. Uh, [[ChatGPT|AI_PRODUCT]] wrote that paper for me, actually, with the LGPD stuff.

AI: That's a useful example. Are there other things, like registrations or paperwork, where you use it?

User: Yes, um, the MEI, the, uh, the small company registration, I'm MEI. Every year I have to do the declaration and I ask [[ChatGPT|AI_PRODUCT]] to explain. Once I even typed the CNPJ for it, which is, um, [[forty-three, two one eight, seven six five, slash zero zero zero one, dash zero nine|NATIONAL_ID|spoken_digits]], and my CPF, I shouldn't say it, ha, okay I won't. [[Ricardo|PERSON]] says it's fine, but I don't know. And the invoices, the nota fiscal from the city of [[Recife|CITY]], that website is terrible, so I take a screenshot and ask it what to click.

AI: What about your clients, do they know you use AI, and how do they usually reach you?

User: Some know. The young ones love it, they ask me, [[Lu|PERSON]], make me like [[Gisele Bündchen|PUBLIC_FIGURE]] in the app, ha. Most people book on [[WhatsApp|SOFTWARE]], the salon number is, uh, [[eight one, nine eight seven six five, four three two one|OBF_PHONE|spoken_digits]], or on [[Instagram|SOFTWARE]], it's [[at studio lu cabelos|SOCIAL_HANDLE|spoken_handle]], all together, no spaces. Email I almost don't use, but it's [[studio lu cabelos at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Oh and in the salon we have an [[Alexa|AI_PRODUCT|product_named_like_person]] playing music, the clients talk to her more than to me, ha.

AI: What worries you most about AI for a business like yours?

User: Um, honestly, that the clients will do everything at home. There's videos, AI tells you how to do balayage, and then they come to me to fix it, ha, that's more work for me actually. And the fake reviews. A salon near me, [[Espaço Bella Donna|ORGANIZATION]], I think they put like fifty fake reviews on [[Google Maps|SOFTWARE]]. And [[on Saturdays|GENERIC_TIME]] I have no time to answer everything, so I'm thinking of paying for a bot, my cousin [[Rafa|PERSON|nickname]] in [[Olinda|CITY]] does this for restaurants. He's [[twenty-five|AGE|number_words]], he does it all with AI. Maybe [[next year|GENERIC_TIME]].""")

# 3. India - ladies' tailor, Jaipur - typed chat
T.append("""AI: Hello, thank you for joining. Could you tell me about your work and how long you've been doing it?

User: namaste. i am [[Rakesh Kumar Saini|PERSON]], [[52|AGE]] yrs, ladies tailor. my shop is [[Saini Ladies Tailors|ORGANIZATION]], [[Shop No. 7, Johari Bazaar|ADDRESS]], [[Jaipur|CITY]]. started in [[1998|DATE]] with my father, he was tailor in [[Sikar|CITY]] before. we do blouse, suit salwar, lehenga alteration, bridal work. 3 karigar work with me, [[Salim|PERSON]] bhai is senior most, [[Munni|PERSON|nickname]] does hand embroidery from her home in [[Sanganer|CITY]]

AI: Thank you, Mr [[Saini|PERSON]]. How do AI tools fit into this work?

User: my son [[Vikas|PERSON]] brought all this. he is [[26|AGE]], did MBA from [[University of Rajasthan|SCHOOL]] and now he is handling online side. he made [[instagram|SOFTWARE|lowercase]] page [[@sainiladiestailors|SOCIAL_HANDLE]] and we get orders on [[whatsapp|SOFTWARE|lowercase]] from [[USA|COUNTRY]], [[Canada|COUNTRY]] also, NRI ladies send measurements. i use [[chatgpt|AI_PRODUCT|lowercase]] in hindi, i speak and it writes. main use is to understand the measurement sheets which come in inches cm mix, and to write polite msg when delivery is late lol. also [[google lens|AI_PRODUCT|lowercase]] to find the design when customer send photo of [[Deepika Padukone|PUBLIC_FIGURE]] blouse from some movie

AI: Can you give me an example from the last few weeks?

User: ya. one customer mrs [[sharma|PERSON|lowercase_name]] from [[Malviya Nagar|CITY]], her daughter [[Ritika|PERSON]] wedding is on [[14 feb 2025|DATE]]. she wanted lehenga like [[Sabyasachi|PUBLIC_FIGURE]]. i took photo, [[chatgpt|AI_PRODUCT|lowercase]] gave me full list of what fabric, how many meter, even cost estimate. but cost was wrong, it said 4000 for zari work, in [[jaipur|CITY|lowercase]] market it is 11000 minimum. so i use it for idea only, final price i make myself. [[vikas|PERSON|lowercase_name]] put invoice on [[Vyapar|SOFTWARE]] app with our GST no [[08AKRPS4521M1Z7|NATIONAL_ID]], customer gets pdf on phone

AI: Are there things you don't trust it with?

User: money and personal details. one time [[vikas|PERSON|lowercase_name]] was filling udyam registration using [[chatgpt|AI_PRODUCT|lowercase]] and he pasted my aadhar [[4821 7730 9156|NATIONAL_ID|id_like_phone]] also, i scolded him. our udyam number is [[UDYAM-RJ-17-0043218|NATIONAL_ID]], that is ok it is on the certificate on wall. also the AI does not understand our body measurements, for village ladies and city ladies it gives same size chart lol. and [[Munni|PERSON]] cannot read, so for her i still draw by hand

AI: You mentioned [[Munni|PERSON]] and [[Salim|PERSON]]. How do they feel about the AI?

User: [[salim|PERSON|lowercase_name]] bhai is [[61|AGE]], he says machine cannot cut cloth, only hand. he is right. [[Munni|PERSON]] is happy because [[vikas|PERSON|lowercase_name]] sends her the design photos with AI written instructions, voice note in hindi. [[Gemini|AI_PRODUCT]] does that i think. her husband [[Pappu|PERSON|nickname]] drives e-rickshaw, he also now uses [[chatgpt|AI_PRODUCT|lowercase]] for route haha

AI: What worries you about the future of your trade with AI?

User: ready made is already killing tailors. now AI will make design also. but bridal work needs trust, customer sits with me 2 hrs. my worry is fraud, some people send fake payment screenshots made with AI, we lost 6500 rs [[last diwali|GENERIC_TIME]]. now i check in [[paytm|SOFTWARE|lowercase]] before giving delivery. anyone wants to order can call [[98290 47316|PHONE_NUMBER]] or mail [[sainitailors.jpr@gmail.com|EMAIL_ADDRESS]]""")

# 4. Philippines - home-based marketplace seller, Mandaue (Cebu) - speech-to-text
T.append("""AI: Hello, and thanks for joining. Could you tell me about your work?

User: Hi po! Uh, okay, so I'm [[Maricel Dela Cruz|PERSON]], [[thirty-four|AGE|number_words]], I'm a, um, online seller, from home. I sell dried mangoes, otap, danggit, the pasalubong from [[Cebu|CITY]], and also some, uh, skincare na rebranded. My shop is [[Cel's Sweets and Things|ORGANIZATION]] on [[Shopee|SOFTWARE]] and [[TikTok Shop|SOFTWARE]]. I do everything from our house in [[Mandaue|CITY]], um, [[Block five Lot twelve, Villa Rosario Subdivision|ADDRESS|number_words]], Barangay [[Tipolo|CITY]]. So our sala is like a warehouse, ha ha.

AI: Thanks, [[Maricel|PERSON]]. How did you get started, and where does AI come in?

User: I started, um, during the pandemic, [[twenty twenty|DATE|date_in_words]], because I lost my job, I was a [[cashier|JOB_TITLE]] at [[SM City Cebu|ORGANIZATION]]. Then my husband [[Jun-Jun|PERSON|nickname]], he's in [[Dubai|CITY]], he's a [[pipe welder|JOB_TITLE]] there, he sent capital. And the AI, um, I use [[ChatGPT|AI_PRODUCT]] for the product descriptions, because in [[Shopee|SOFTWARE]] you need many keywords, and [[CapCut|SOFTWARE]] for the videos, it has the AI voice, the, um, the funny voice. My friend [[Joy|PERSON|name_is_word]], she's also a reseller, she taught me how to make the live selling script with [[ChatGPT|AI_PRODUCT]].

AI: Can you walk me through a recent example?

User: Yes, so, um, [[last month|GENERIC_TIME]], there was a big order, a company in [[Makati|CITY]], [[Bayanihan Logistics|ORGANIZATION]], they ordered two hundred boxes for their [[Christmas|GENERIC_TIME]] giveaway. The HR, Ma'am [[Rowena Tan|PERSON]], she emailed me, and I asked [[ChatGPT|AI_PRODUCT]] to make the quotation with, um, the breakdown and the shipping by [[J&T Express|ORGANIZATION]]. It looked so professional! She said, wow, you're like a big company, ha ha. But I had to put my TIN and my DTI number, which is [[B N three three eight two nine one five|NATIONAL_ID|spoken_digits]], and the TIN, um, [[four one two, eight eight zero, five six one, zero zero zero|NATIONAL_ID|spoken_digits]]. I typed those myself, I didn't give it to the AI.

AI: It sounds like you're careful with those details. Who else helps you in the business?

User: My mother-in-law, Lola [[Nening|PERSON|nickname]], she's [[sixty-eight|AGE|number_words]], she packs the mangoes, very fast, faster than me. And my eldest, [[Kyla|PERSON]], she's [[fifteen|AGE|number_words]], she's in grade ten at [[Mandaue City Comprehensive National High School|SCHOOL]], she does the [[TikTok|SOFTWARE]] lives sometimes because she's more, um, makulit, more energetic. The supplier for dried mangoes is [[Precious|PERSON|name_is_word]], from [[Tagbilaran|CITY]], and the otap is from a bakery here, [[Shamrock|ORGANIZATION|org_looks_like_word]].

AI: What worries you about using AI?

User: Um, many, many sellers now, they use AI for the photos, so the product looks, uh, bigger, nicer, then the buyer gets it and it's small, and the reviews are bad for everyone. And the scams, there's a fake [[GCash|SOFTWARE]] thing with AI. Also there's an AI ad with [[Manny Pacquiao|PUBLIC_FIGURE]] selling, uh, a supplement, fake, and my Lola [[Nening|PERSON]] believed it, ha ha. And I'm worried because [[Jun-Jun|PERSON]]'s contract ends [[next year|GENERIC_TIME]] and I want the business to be big enough by then.

AI: How do customers usually contact you, and does AI help with that?

User: Mostly chat in [[Shopee|SOFTWARE]]. But for bulk, they text me, [[zero nine one seven, five five two, eight four one three|OBF_PHONE|spoken_digits]], that's also my [[GCash|SOFTWARE]]. Or email, [[cels sweets and things at yahoo dot com|OBF_EMAIL|spelled_at_dot]], no spaces. And sometimes I use [[ChatGPT|AI_PRODUCT]] to answer when I'm tired, but I always check, because once it told a customer we deliver to [[Singapore|COUNTRY|place_also_country]], ha ha, we don't!""")

# 5. Poland - driving instructor, Krakow - typed chat
T.append("""AI: Hi, thanks for joining. Could you tell me what you do for work?

User: Hello. I am driving instructor, I have my own small driving school in [[Kraków|CITY]], [[OSK Wróbel|ORGANIZATION]], since [[2014|DATE]]. its me and one more instructor, [[Marek|PERSON]], and 2 cars. before i was [[bus driver|JOB_TITLE]] in [[MPK Kraków|ORGANIZATION]] for 9 years. my name is [[Tomasz Wróbel|PERSON]], im [[44|AGE]]

AI: Thanks, [[Tomasz|PERSON]]. Where does AI come into your work?

User: mostly planning and theory. i have [[Excel|SOFTWARE]] with all students and hours, [[ChatGPT|AI_PRODUCT]] helps me write formulas lol. many students now are from [[Ukraine|COUNTRY]], so i use [[DeepL|AI_PRODUCT]] and sometimes [[chatgpt|AI_PRODUCT|lowercase]] to explain rules in ukrainian. for example [[Sasha|PERSON|nickname]] ([[Oleksandr|PERSON]]), he came from [[Kharkiv|CITY]], very good driver but theory in polish is hard for him. [[chatgpt|AI_PRODUCT|lowercase]] made him 200 test questions in ukrainian, he passed theory [[in January|GENERIC_TIME]]

AI: Could you describe a time when using AI went wrong or surprised you?

User: yes. one girl, [[Zosia|PERSON|nickname]], [[18|AGE]], failed practical exam in [[WORD|ORGANIZATION|org_looks_like_word]] three times. her mother called me very angry. i wanted to write the mother a professional email with plan, so i put in [[chatgpt|AI_PRODUCT|lowercase]] everything, [[zosia|PERSON|lowercase_name]] full name, her PKK number [[12061289340017765432|NATIONAL_ID]], exam dates, what she did wrong on roundabout... after i thought, this is data of almost a child, not good. now i write "student A". the email was good though, [[the examiners|GENERIC_ROLE]] even liked the plan when she passed

AI: That's a thoughtful change. Are there other places where your own details end up in these tools?

User: invoices. for invoices i use [[inFakt|SOFTWARE]], my NIP is [[677-214-58-93|NATIONAL_ID|id_like_phone]] and my instructor licence [[KR/0457/2011|NATIONAL_ID]] must be on the contract for students. my wife [[Agnieszka|PERSON]] checks this things, she is [[tax advisor|JOB_TITLE]] at [[Deloitte|ORGANIZATION]], she told me never paste contracts in AI. i listen to her, most of times haha

AI: How do new students usually find you?

User: [[Facebook|SOFTWARE]] mostly, [[facebook.com/oskwrobelkrakow|URL]], and [[Google Maps|SOFTWARE]]. students call or sms [[601 234 587|PHONE_NUMBER]]. we meet at parking on [[ul. Kamieńskiego 11|ADDRESS]] in [[Podgórze|CITY]] because its close to exam centre. [[chatgpt|AI_PRODUCT|lowercase]] writes my posts, like "pass first time like [[Robert Kubica|PUBLIC_FIGURE]]" lol, young people dont even know him

AI: What worries you most about AI in your field?

User: people ask me every week, self driving cars will kill your job? i say not in [[Kraków|CITY]] [[in winter|GENERIC_TIME]] with trams and snow lol. bigger worry is students using AI on phone for theory, [[the examiners|GENERIC_ROLE]] catch them sometimes. and [[Marek|PERSON]] is [[63|AGE]], he dont want any computer, he writes hours in paper notebook. when he retires maybe i close, or maybe [[Poland|COUNTRY]] will have robot instructors by then haha""")

# 6. Mexico - bakery owner, Puebla - speech-to-text
T.append("""AI: Good morning, thank you for being here. Could you tell me a bit about your work?

User: Good morning, yes. Um, so, my name is [[Guadalupe Hernández Ríos|PERSON]], but everybody says [[Lupita|PERSON|nickname]]. I have a bakery, a panadería, here in [[Puebla|CITY]], it's called [[La Espiga de Oro|ORGANIZATION]], it's on [[Avenida Reforma number thirteen fourteen|ADDRESS|number_words]], colonia [[El Carmen|CITY]]. It was my father's, Don [[Chuy|PERSON|nickname]], he opened it in, eh, [[nineteen seventy-nine|DATE|date_in_words]], and I took it over when he died, in [[two thousand eleven|DATE|date_in_words]]. I'm [[fifty-one|AGE|number_words]] now. We make conchas, bolillos, orejas, and for [[Día de Muertos|GENERIC_TIME]] the pan de muerto, that's our big season.

AI: Thank you, [[Lupita|PERSON]]. Who works in the bakery with you?

User: Uh, we are six. Don [[Beto|PERSON|nickname]], he's the [[head baker|JOB_TITLE]], he's been with us since my father, he's, uh, [[seventy|AGE|number_words]] almost. Then two young guys on the oven, and my nephew [[Jesús|PERSON|name_is_word]] does the deliveries on the motorcycle. And my daughter [[Fernanda|PERSON]], she helps with the computer things, she's studying accounting at the [[BUAP|SCHOOL|abbreviation]]. She is the one who put the, uh, the [[ChatGPT|AI_PRODUCT]] on my phone.

AI: How do you use it?

User: Okay, so, the first thing, the costs. Not the recipes, no, no, my father's recipes, never. But the flour went up a lot, so I ask, um, [[ChatGPT|AI_PRODUCT]], if the bulto of flour is this much and the butter is this much, how much should the concha cost. And it makes me a little table. [[Fernanda|PERSON]] puts it in [[Excel|SOFTWARE]]. Also the posts for [[Facebook|SOFTWARE]], for the rosca [[in January|GENERIC_TIME]], it writes very nice, very, uh, poetic. And we sell in [[Rappi|SOFTWARE]], so it helped me write the menu descriptions. For example a quinceañera on the, uh, [[twenty-third of November|DATE|date_in_words]], the girl is [[Ximena Castillo|PERSON]], her mother ordered three hundred pieces and a cake, and it helped me calculate everything, the trays, the hours.

AI: Could you tell me about a time it got something wrong?

User: Yes! One time I asked it about the factura, the invoice, because a school, the [[Colegio Benavente|SCHOOL]], they order bread for their events, and they need factura with my RFC. And I said it to the phone, and the phone wrote it wrong, and then [[ChatGPT|AI_PRODUCT]] made the invoice text with the wrong RFC. My RFC is, um, [[H E R G seven three zero three one five, K L four|NATIONAL_ID|spoken_digits]], and it wrote like, "her G" something. The accountant, Señor [[Olvera|PERSON]], he caught it. So now I don't let it touch the facturas.

AI: What worries you about AI, for the bakery or more generally?

User: Um, the big companies, like [[Bimbo|ORGANIZATION|org_looks_like_word]], they will use AI and make everything cheaper, and the small panaderías, we're already, uh, disappearing. There were four on my street before, now it's only me and [[Panificadora Santa Clara|ORGANIZATION]]. But also, honestly, the customers don't want an AI, they want to talk to me, to Don [[Beto|PERSON]]. The señoras come every morning at seven. And I worry for [[Jesús|PERSON]], he's [[nineteen|AGE|number_words]], he says he'll become a programmer with AI, and I say, mijo, first finish the prepa.

AI: How do people order from you, and has that changed with these tools?

User: More by [[WhatsApp|SOFTWARE]] now. [[Fernanda|PERSON]] made it so the [[Meta AI|AI_PRODUCT]] answers the hours and the prices. The number is [[two two two, two four six, eighty-one, thirty-three|OBF_PHONE|spoken_digits]]. For big orders, weddings, they email, it's [[la espiga de oro puebla at hotmail dot com|OBF_EMAIL|spelled_at_dot]], all together. They pay with [[Mercado Pago|SOFTWARE]] or transfer. But AI will not knead the dough, eh? Tell the people to come to [[Mexico|COUNTRY]], to [[Puebla|CITY]], and eat a real concha.""")

# 7. Kenya - tour guide, Diani - typed chat
T.append("""AI: Hello! Thanks for joining. Could you tell me about your work?

User: hello karibu. i am a tour guide in [[Diani|CITY]], south coast [[Kenya|COUNTRY]]. i take tourists for snorkelling, dhow trips to [[Wasini|CITY]] island, and some walking tours in old town [[Mombasa|CITY]]. i have small company with my cousin, [[Diani Dhow Safaris|ORGANIZATION]], we have 2 boats. i am doing this since i was [[20|AGE]], now i am [[36|AGE]]

AI: How does AI fit into a job like that?

User: more than you think! [[the tourists|GENERIC_ROLE]] find us on [[TripAdvisor|SOFTWARE]] and [[Instagram|SOFTWARE]], and they write in german, italian, polish. before i use [[Google Translate|SOFTWARE]], now [[ChatGPT|AI_PRODUCT]] because it writes more friendly. also i ask it for history facts for the Fort Jesus tour, but i check, because one time it said the british built it lol, it was the portuguese

AI: Could you give a recent example?

User: [[last week|GENERIC_TIME]] a family from [[Germany|COUNTRY]], the father Herr [[Bauer|PERSON]] wanted to pay with card but we use [[M-Pesa|SOFTWARE]]. [[chatgpt|AI_PRODUCT|lowercase]] helped me explain in german how to pay and also write a small contract with cancellation rules and my licence from [[TRA|ORGANIZATION|abbreviation]], number [[TRA/TG/0381/2019|NATIONAL_ID]]. they left 5 stars and said the contract was very professional haha. they asked about [[Barack Obama|PUBLIC_FIGURE]] family village, everybody asks, but that is very far in [[Kogelo|CITY]] lol

AI: Who else works with you?

User: my cousin [[Juma|PERSON]], he is the [[boat captain|JOB_TITLE]], [[42|AGE]]. he does not read well so i send him voice notes on [[whatsapp|SOFTWARE|lowercase]]. and my wife [[Mwanaisha|PERSON]] cooks the lunch on the sandbank, swahili food, [[the tourists|GENERIC_ROLE]] love it. she wants me to use AI to make a recipe book from her cooking, maybe

AI: What worries you about AI?

User: fake reviews and fake guides. some people use AI to make pictures of dolphins and whale sharks that were never there, then the tourist is angry with all of us. also the big agencies in [[Nairobi|CITY]] use AI to make itineraries and they cut the local guide. but [[in July|GENERIC_TIME]] and [[august|GENERIC_TIME|lowercase]], high season, nobody can replace us. if you come to [[Africa|CONTINENT]] call me [[+254 722 418 093|PHONE_NUMBER]] haha

AI: You mentioned fake guides. How do you show tourists that you are genuine?

User: i send them my badge photo and the KRA pin, [[A009182736K|NATIONAL_ID]], and the link to my page [[facebook.com/hassan.diani.dhow|URL]]. my full name is on the badge, [[Hassan Omar Mwinyi|PERSON]]. maybe i should not send so much lol but tourists are scared. [[chatgpt|AI_PRODUCT|lowercase]] helped me make a little pdf with all this""")

# 8. Vietnam - cafe owner, Da Nang - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you start by telling me about your work?

User: Yes, hello. Um, my name is [[Nguyễn Thị Thu Hà|PERSON]], you can call me [[Two Ha|PERSON|misheard_name]], uh, no, [[Thu Hà|PERSON]], the machine writes it wrong always. I have a small cafe in [[Da Nang|CITY]], it's called [[Cà Phê Mây|ORGANIZATION]], it means, like, cloud coffee. It's at [[forty-five Trần Phú street|ADDRESS|number_words]], in [[Hải Châu|CITY]] district, near the river. I'm [[forty-two|AGE|number_words]], I opened in [[twenty eighteen|DATE|date_in_words]], after I left my job at the bank, I was a [[credit officer|JOB_TITLE]] at [[Vietcombank|ORGANIZATION]].

AI: Thank you, [[Thu Hà|PERSON]]. How does AI come into running the cafe?

User: Um, a lot for the menu and the, uh, the tourists. Many Korean tourists now, so I use [[ChatGPT|AI_PRODUCT]] to translate the menu in Korean, and [[Papago|AI_PRODUCT]] also, the Korean one. Also for the online orders, we are on [[GrabFood|SOFTWARE]] and [[ShopeeFood|SOFTWARE]], and the AI writes the description, salt coffee, coconut coffee, egg coffee, very nice words. And [[Zalo|SOFTWARE]] for the local customers, everybody in [[Vietnam|COUNTRY]] uses [[Zalo|SOFTWARE]], even my grandmother.

AI: Who works with you in the cafe?

User: My husband [[Minh|PERSON]] helps in the evening, he's a [[sous chef|JOB_TITLE]] at the [[InterContinental|ORGANIZATION]] on the peninsula, so he makes the, uh, the cakes on his day off. And I have two baristas, [[Tuấn|PERSON]], he's [[twenty|AGE|number_words]], a student at the [[University of Da Nang|SCHOOL]], economics, and [[Linh|PERSON]], she's part time. [[Tuấn|PERSON]] is very good with the AI, he makes the posters with [[Canva|SOFTWARE]] and the photos, uh, the AI photos, for [[Tết|GENERIC_TIME]] he made a poster with, um, a dragon.

AI: Could you describe a recent time AI helped, or caused a problem?

User: A problem, yes. For the [[GrabFood|SOFTWARE]] registration, I had to send, um, the photo of my ID card, the CCCD, and the business household paper. And I asked [[ChatGPT|AI_PRODUCT]] to help me fill the form in English, and I typed the CCCD number, [[zero four eight one eight two zero zero three five one seven|NATIONAL_ID|spoken_digits]], and the tax code, [[zero four zero one eight seven six five four three|NATIONAL_ID|spoken_digits]]. Then my cousin [[Phương|PERSON]], she works in IT in [[Ho Chi Minh City|CITY]], she told me, sister, don't put that in the chatbot. So I deleted the chat. I don't know if it's really deleted.

AI: What else worries you about using AI?

User: Uh, the reviews. Somebody wrote on [[Google Maps|SOFTWARE]] a very bad review, one star, and it looked like AI writing, very long, very, uh, perfect English, and it said the coffee was, um, dirty. I think it's the other cafe on the street, but I can't prove. Also the music, [[Sơn Tùng|PUBLIC_FIGURE]] songs, we play them and the tourists ask if it's AI singing, ha, no, it's real.

AI: How do customers reach you when they want to book or order?

User: Mostly [[Zalo|SOFTWARE]], the number is [[zero nine oh five, three one eight, two two four|OBF_PHONE|spoken_digits]]. Groups from [[South Korea|COUNTRY]] write on [[Instagram|SOFTWARE]], [[at caphemay dot danang|SOCIAL_HANDLE|spoken_handle]], and sometimes [[KakaoTalk|SOFTWARE]] but I don't really know it. The [[ChatGPT|AI_PRODUCT]] helps me answer them in Korean, and once it said "see you tomorrow, my love", ha, I didn't know. [[Tuấn|PERSON]] laughed for one week.""")

# 9. Germany - freelance translator, Leipzig - typed chat
T.append("""AI: Hello, and thanks for taking part. Could you describe your work for me?

User: Hi! Sure. I'm a freelance translator, Polish and English into German, also court interpreting. I'm originally from [[Wrocław|CITY]], moved to [[Leipzig|CITY]] in [[2008|DATE]] to study at the [[IALT|SCHOOL|abbreviation]] ([[Universität Leipzig|SCHOOL]]), and stayed. Self-employed since [[2013|DATE]]. Name's [[Katarzyna Lehmann|PERSON]] ([[Lehmann|PERSON]] from my ex, long story), everyone calls me [[Kasia|PERSON|nickname]]. I'm [[39|AGE]]. I'm a sworn translator, ermächtigt at the [[Landgericht Leipzig|ORGANIZATION]], and a [[BDÜ|ORGANIZATION|abbreviation]] member, no. [[41873|NATIONAL_ID]]

AI: Thanks, [[Kasia|PERSON]]. What does your toolset look like, and where does AI fit?

User: [[Trados Studio|SOFTWARE]] for the big agency jobs, [[memoQ|SOFTWARE]] for one client who insists. [[DeepL|AI_PRODUCT]] has been in the workflow for years honestly, everyone uses it even if they don't admit it lol. Since [[last year|GENERIC_TIME]] also [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT|product_named_like_person]] for terminology research and for rewording marketing copy. funny thing, my landlord is also called [[Claude|PERSON|name_like_product]], he's French, and when I say "I asked [[Claude|AI_PRODUCT|ambiguous_product_person]]" my partner always asks which one 😅

AI: That's funny. Could you tell me about a specific job where AI made a difference?

User: ok so big one [[last spring|GENERIC_TIME]]: [[Lingua Nova GmbH|ORGANIZATION]] (agency in [[Dresden|CITY]]) sent me 80 pages of technical docs for a supplier of [[Porsche|ORGANIZATION]] at the [[Leipzig|CITY]] plant. Deadline insane. [[DeepL|AI_PRODUCT]] + post-editing saved me maybe 40%. BUT the agency pays per word and now they pay "MT post-editing rate" which is like half. so AI made me faster and poorer at the same time. the PM there, [[Sabine Krüger|PERSON]], said her hands are tied, the rate comes from the end client

AI: Are there kinds of work where you won't use AI?

User: the certified stuff, never. birth certificates, divorce decrees, police records. for example [[last month|GENERIC_TIME]] a client, [[Paweł Zieliński|PERSON]], born [[3 May 1986|DATE]] in [[Opole|CITY]], needed his marriage certificate for the Standesamt, and there's his PESEL [[86050312478|NATIONAL_ID|id_like_phone]] right there on the page, his wife's maiden name, everything. that goes nowhere near a cloud tool. also the court jobs at the [[Amtsgericht|ORGANIZATION|generic_looking_org]] — I sign a confidentiality declaration. [[my clients|GENERIC_ROLE]] would be horrified

AI: How do you handle the business side, invoices, taxes, marketing?

User: [[lexoffice|SOFTWARE|lowercase]] for invoices. Steuernummer [[232/274/05817|NATIONAL_ID]], USt-IdNr [[DE318274655|NATIONAL_ID]], those are on every invoice anyway so I don't mind [[ChatGPT|AI_PRODUCT]] seeing them when I ask it to check a reverse-charge wording. my partner [[Jens|PERSON]] is a [[train driver|JOB_TITLE]] at [[Deutsche Bahn|ORGANIZATION]], so zero help with taxes haha. website is [[www.uebersetzungen-lehmann.de|URL]], email [[k.lehmann@uebersetzungen-lehmann.de|EMAIL_ADDRESS]], phone [[0341 2784 1190|PHONE_NUMBER]]. [[my clients|GENERIC_ROLE]] mostly find me through the [[BDÜ|ORGANIZATION|abbreviation]] directory though

AI: Looking ahead, what worries you most?

User: that the profession splits. sworn/court work will survive because a human has to sign. the rest becomes post-editing for pennies. younger colleagues from my year at uni already switched jobs, one is a [[UX writer|JOB_TITLE]] at [[SAP|ORGANIZATION|org_looks_like_software]] now. also politicians like [[Olaf Scholz|PUBLIC_FIGURE]] talk about AI as if it's only good news for [[Germany|COUNTRY]]. for [[Europe|CONTINENT]]'s small languages it's mixed""")

# 10. Turkey - phone repair shop owner, Izmir - speech-to-text
T.append("""AI: Hello, thanks for joining us. Could you tell me a little about your work?

User: Hello, yes. So, um, I am [[Emre Yıldız|PERSON]], I am [[thirty-one|AGE|number_words]], and I have a phone repair shop in [[İzmir|CITY]], in [[Konak|CITY]], inside the old bazaar, the [[Kemeraltı|CITY]]. The name is [[Yıldız GSM Teknik Servis|ORGANIZATION]], the address is [[Anafartalar Caddesi number two hundred eight|ADDRESS|number_words]]. Screens, batteries, charging ports, sometimes water damage. I opened it in, uh, [[twenty nineteen|DATE|date_in_words]], before that I worked for five years as a [[technician|JOB_TITLE]] at [[Teknosa|ORGANIZATION]] service.

AI: Thanks, [[Emre|PERSON]]. Where does AI come into a repair shop?

User: Okay, so, um, the biggest is diagnosis, honestly. A phone comes, it doesn't charge, okay, but why? I describe the symptoms to [[ChatGPT|AI_PRODUCT]], in Turkish, and it gives me a list, check this, check this. Half the time I know already, but for the new models it helps. Before that it was only [[YouTube|SOFTWARE]] videos from, uh, guys in [[China|COUNTRY]]. And for ordering parts I use [[Trendyol|SOFTWARE]] and [[AliExpress|SOFTWARE]], and the AI translates the Chinese seller messages.

AI: Who works with you in the shop?

User: My apprentice, [[Baris|PERSON|missing_diacritic]], uh, [[Barış|PERSON]], he is [[seventeen|AGE|number_words]], he comes after school, he is at the [[İzmir Atatürk Mesleki ve Teknik Anadolu Lisesi|SCHOOL]], the vocational one. He's faster than me with the AI, he takes photo of the motherboard and asks [[Gemini|AI_PRODUCT]] which chip is burned. Sometimes right, sometimes very wrong, ha. And my older brother [[Kaan|PERSON]], he is a [[mechanical engineer|JOB_TITLE]] at [[Arçelik|ORGANIZATION]] in [[Manisa|CITY]], he did the, um, the accounting program for me, [[Paraşüt|SOFTWARE]].

AI: Could you tell me about a specific repair or customer where AI played a role?

User: Yes, so, um, [[last month|GENERIC_TIME]], a lady, [[Ayşe|PERSON]] Hanım, older lady, she brought her phone, it was locked, she forgot the password, and all the photos of her grandson are inside. And for the unlock with the account, you need the ID, so she gave me her, uh, kimlik, the TC number, [[three eight two one five six zero four four seven two|NATIONAL_ID|spoken_digits]]. And I was writing the email to the support with [[ChatGPT|AI_PRODUCT]] and I almost pasted her number inside. Then I said, no, [[Emre|PERSON]], stop. I wrote XXX, and I filled it myself on the form. We got the photos back, she cried, she brought me baklava.

AI: That's a lovely outcome. What worries you about AI in your trade?

User: Um, two things. One, the phones, they are becoming, like, not repairable, everything glued, and the companies say AI will diagnose everything remote. Two, the fraud. People come with stolen phones and a fake invoice made with AI, very good fake. The police in [[Konak|CITY]] came two times [[last year|GENERIC_TIME]]. So now every phone I buy second hand, I take the ID photo, I write the IMEI. And [[the customers|GENERIC_ROLE]] think I am, uh, too suspicious, but what can I do. [[Steve Jobs|PUBLIC_FIGURE]] would cry if he saw this business, ha.

AI: How do customers reach you, and do you use AI for that?

User: [[WhatsApp|SOFTWARE]] mostly, the number is, uh, [[oh five three two, four one seven, sixty-two, eighteen|OBF_PHONE|spoken_digits]]. And the email for the invoices, [[yildiz gsm izmir at gmail dot com|OBF_EMAIL|spelled_at_dot]], no dots. The e-invoice needs my tax number, that's [[nine four seven, oh three one, eight six two five|NATIONAL_ID|spoken_digits]], the tax office is [[Kemeraltı Vergi Dairesi|ORGANIZATION]]. I use AI to write the [[Google Maps|SOFTWARE]] answers, the replies to reviews, because [[the customers|GENERIC_ROLE]] write very angry sometimes, and the AI is more polite than me, ha. Especially during [[Ramazan|GENERIC_TIME]], everybody is tired and hungry.""")

# 11. Indonesia - batik seller, Yogyakarta - typed chat
T.append("""AI: Hello, thank you for joining this interview. Could you tell me about your work?

User: halo, terima kasih. my name [[Sri Wahyuningsih|PERSON]], panggil aja Bu [[Yuni|PERSON|nickname]]. i sell batik tulis and batik cap, online and offline. shop name [[Batik Kembang Sore|ORGANIZATION]], at [[Jl. Parangtritis No. 88|ADDRESS]], [[Mantrijeron|CITY]], [[Yogyakarta|CITY]]. i am [[45|AGE]] years. batik is from my mother family in [[Giriloyo|CITY]], the batik village, i start my own shop [[2012|DATE]]

AI: Thank you, Bu [[Yuni|PERSON]]. How do AI tools come into your business?

User: first for selling online. i sell on [[Tokopedia|SOFTWARE]], [[Shopee|SOFTWARE]] and [[instagram|SOFTWARE|lowercase]] [[@batik.kembangsore|SOCIAL_HANDLE]]. my son [[Dimas|PERSON]] ([[21|AGE]], kuliah di [[UGM|SCHOOL|abbreviation]] informatika) teach me [[chatgpt|AI_PRODUCT|lowercase]]. i use it for product description in english for buyer from [[Japan|COUNTRY]] and [[Europe|CONTINENT]], and explain the meaning of motif, parang, kawung, truntum. also [[Canva|SOFTWARE]] for the poster. sometimes [[Gemini|AI_PRODUCT]] because it is in my [[android|SOFTWARE|lowercase]] already

AI: Can you share a recent example where it helped, or didn't?

User: ya, one buyer from [[Osaka|CITY]], Mrs [[Tanaka|PERSON]], she order 12 pieces for her kimono-batik class. [[chatgpt|AI_PRODUCT|lowercase]] translate the chat to japanese and make invoice, very helpful. but the motif explanation it make up story, it said truntum is for funeral, wrong!! truntum is for wedding, love that grows again. i was shy to the customer. now [[Dimas|PERSON]] always check. and the shipping cost it calculate wrong, [[Pos Indonesia|ORGANIZATION]] price not like that

AI: Who makes the batik, and do they use any of these tools?

User: the pembatik are ibu ibu in [[Giriloyo|CITY]] and [[Bantul|CITY]], around 9 women. the oldest is Mbah [[Sastro|PERSON]], [[73|AGE]], her canting hand is very stable still, masyaallah. they dont use AI, only [[whatsapp|SOFTWARE|lowercase]] voice. i pay them with transfer [[BRI|ORGANIZATION|abbreviation]]. my husband Pak [[Bambang|PERSON]] is [[guru SD|JOB_TITLE]] at [[SD Negeri Keputran 2|SCHOOL]], he help packing on [[sunday|GENERIC_TIME|lowercase]]. before [[Lebaran|GENERIC_TIME]] we are very busy, everybody want new batik

AI: You mentioned the invoice and registration. Do you share business details with the AI?

User: hmm yes sometimes. for the [[Tokopedia|SOFTWARE]] verification and for export i need NIB [[9120304871625|NATIONAL_ID]] and NPWP [[09.254.318.7-541.000|NATIONAL_ID]]. once i take photo of my KTP and ask [[chatgpt|AI_PRODUCT|lowercase]] to read the NIK [[3471065208790003|NATIONAL_ID]] for the form because my eyes not good lol. after [[Dimas|PERSON]] say mama thats dangerous. i dont know, the bank also have it, the government also have it, everybody have my NIK already haha

AI: What worries you about AI for batik?

User: printed batik made by factory, now with AI design, very cheap, people think it is same like tulis. one tulis kain take 1 month! also i see AI picture of [[Jokowi|PUBLIC_FIGURE]] wearing batik that doesnt exist, the motif is nonsense. if people want real, they can order: wa [[0812.27.36.44.51|OBF_PHONE|odd_separators]] or email [[batikkembangsore[at]gmail[dot]com|OBF_EMAIL|bracket_at_dot]]. i write like that because of spam bots lol. come to [[Jogja|CITY|nickname]] and see in the shop""")

# 12. Egypt - landlord of an apartment building, Alexandria - speech-to-text
T.append("""AI: Good afternoon, and thank you for taking part. Could you tell me about your work?

User: Good afternoon. Yes. So, my name is [[Mohamed Abdelfattah|PERSON]], I am [[sixty-three|AGE|number_words]], retired. I was a [[marine engineer|JOB_TITLE]] at the [[Alexandria Port Authority|ORGANIZATION]] for, uh, thirty years. Now my work is the building. My father built it, it's in [[CD Bishr|CITY|misheard_name]], sorry, [[Sidi Bishr|CITY]], in [[Alexandria|CITY]], [[fourteen Khaled Ibn El Walid Street|ADDRESS|number_words]]. Eight apartments and a shop on the ground floor. I rent them, I collect the rent, I fix the pipes, I fight with the elevator, ha ha.

AI: Thank you, Mr [[Abdelfattah|PERSON]]. Who are your tenants, and where does AI come in?

User: Um, on the ground floor is a dentist, Dr [[Hany Mansour|PERSON]], his clinic. Then families, and in summer I rent two apartments furnished to, uh, families from [[Cairo|CITY]] who come for the sea. And three girls, students, from the [[Alexandria University|SCHOOL]] faculty of medicine. One of them, [[Nourhan|PERSON]], she is the one who showed me [[ChatGPT|AI_PRODUCT]], she is very clever. Now I use it to write the contracts, the lease contracts, in Arabic and English, and to calculate the increase according to the new law.

AI: Could you describe a specific time you used it?

User: Yes. The furnished apartment, I put the advertisement on [[Property Finder|SOFTWARE]] and [[OLX|SOFTWARE]], and the AI wrote the description, sea view, five minutes to the beach, okay maybe ten minutes, ha ha. Then a man called from [[Kuwait|COUNTRY|place_also_country]], he wanted [[July|GENERIC_TIME]] and [[August|GENERIC_TIME]], and I needed a contract with his passport details. He sent me the passport photo on [[WhatsApp|SOFTWARE]], [[Tarek Al-Shammari|PERSON]], and I copied everything into [[ChatGPT|AI_PRODUCT]] to make the contract. My son [[Karim|PERSON]] was angry when I told him. He is an [[accountant|JOB_TITLE]] at [[Almarai|ORGANIZATION]] in [[Riyadh|CITY]], he knows these things. He said, baba, you gave the American company a man's passport.

AI: It sounds like [[Karim|PERSON]] keeps an eye on this. What about your own personal details?

User: Ha ha, yes, [[Karim|PERSON]] is my, um, my security. For the electricity and the property tax I have to use the government website, and it asks for my national ID, [[two six one zero four one two zero two zero one five three eight|NATIONAL_ID|spoken_digits]], and I asked the AI how to fill the form, and I wrote the number inside. I didn't think. Also my wife, [[Om Karim|PERSON|kunya_nickname]], her name is [[Hoda|PERSON]], she doesn't trust any of this, she keeps the rent in a notebook, ha ha, with a pencil. And every tenant's phone, like Dr [[Hany|PERSON]], [[oh one oh, two two seven, forty-eight, ninety-one|OBF_PHONE|spoken_digits]], she has it in the notebook. Better than the computer, she says.

AI: What worries you about AI, as a landlord?

User: Um, I worry about fake. Somebody sent me a bank transfer screenshot, fake, made with the, the, uh, AI, for two months' rent, and I gave him the key. Twenty-two thousand pounds gone. I made a police report in the [[Montaza|CITY]] police station. Also the young people, the students, they do all their homework with it, [[Nourhan|PERSON]] says her friends even write the exam with it. If you want a doctor who studied with [[ChatGPT|AI_PRODUCT]], okay, not me, ha ha.

AI: Is there anything you'd like AI to do for you that it can't yet?

User: Fix the elevator, ha ha! No, seriously, I would like it to remind me, every month, who paid, who did not pay, and send them a polite message, because I am too soft. My grandson [[Youssef|PERSON]], he is [[seven|AGE|number_words]], he says, gedo, ask [[Alexa|AI_PRODUCT|product_named_like_person]]. He thinks everything is [[Alexa|AI_PRODUCT]]. And you know, everybody here asks me if I am [[Mohamed Salah|PUBLIC_FIGURE]]'s uncle, because same first name, ha ha, I wish.""")

# 13. South Africa - wedding and portrait photographer, Durban - typed chat
T.append("""AI: Hi there, thanks for joining. Could you tell me about your work?

User: Hey! So I'm a photographer, weddings, portraits, matric dances, some corporate. Business is [[Thandi M Photography|ORGANIZATION]], I run it from a home studio at [[27 Umbilo Road|ADDRESS]], [[Glenwood|CITY]], [[Durban|CITY]]. Full name [[Thandeka Mkhize|PERSON]] but nobody calls me that except my gran. Studied photography at [[DUT|SCHOOL|abbreviation]] ([[Durban University of Technology|SCHOOL]]), finished in [[2013|DATE]], went full time in [[2017|DATE]] after I got retrenched from a [[junior designer|JOB_TITLE]] job at [[Ogilvy|ORGANIZATION|org_looks_like_person]]

AI: Thanks, [[Thandi|PERSON]]. What does AI do in your workflow?

User: editing mostly. [[Lightroom|SOFTWARE]] has the AI masking and denoise now and honestly it's saved me hours per wedding. [[Photoshop|SOFTWARE]] generative fill ([[Adobe Firefly|AI_PRODUCT]]) for removing random uncles from backgrounds lol. [[ChatGPT|AI_PRODUCT]] for emails, quotes, my blog and captions. galleries go out on [[Pixieset|SOFTWARE]]. I tried [[Midjourney|AI_PRODUCT]] for mood boards but clients got confused, thinking I'd shoot exactly that

AI: Can you walk me through a recent shoot where it made a difference?

User: ok so [[Sipho|PERSON]] and [[Lerato|PERSON]]'s wedding in [[Ballito|CITY]], [[6 April 2024|DATE]]. It poured rain, load shedding at the venue, nightmare. About 900 photos with terrible light. AI denoise literally saved that wedding. BUT the mother of the groom, Mrs [[Ndlovu|PERSON]], asked me to "fix" her face in every photo, slimmer, younger, and I did a few with the AI and then [[Lerato|PERSON]] said it didn't look like her mother in law anymore lol. awkward. now my contract says retouching is natural only, [[ChatGPT|AI_PRODUCT]] helped me word that clause

AI: Do you share client or business details with these tools?

User: more than I should probably. I pasted a whole client list once to write reminders, names, numbers, dates. One was a matric dance client, [[Hope|PERSON|name_is_word]], she's [[17|AGE]], her mom's number [[083 552 0917|PHONE_NUMBER]]. And my own stuff goes into quotes all the time: ID [[9107150834086|NATIONAL_ID]] for the corporate supplier forms, SARS tax number [[0482716359|NATIONAL_ID|id_like_phone]], the corporate clients like [[Tongaat Hulett|ORGANIZATION]] want all that on the vendor form. My mentor, Uncle [[Sbu|PERSON|nickname]], he's been shooting for thirty years, says I'm crazy putting it into a chatbot

AI: What are your biggest worries about AI in photography?

User: that people think photos are free now. "can't you just AI it". a bridezilla [[last year|GENERIC_TIME]] literally sent me an AI image of herself with [[Trevor Noah|PUBLIC_FIGURE]] and asked if I could make the real wedding look like that 😂 also fake portfolios, I've seen photographers in [[Joburg|CITY|nickname]] stealing other people's work and running it through AI so reverse image search doesn't catch it. [[South Africa|COUNTRY]] has enough problems without that

AI: How do clients find you and get in touch?

User: [[Instagram|SOFTWARE]] mainly, [[@thandi.m.photo|SOCIAL_HANDLE]], and the site [[www.thandimphoto.co.za|URL]]. I put my email on the site as [[thandi (at) thandimphoto (dot) co (dot) za|OBF_EMAIL|bracket_at_dot]] because the bots were killing me. [[whatsapp|SOFTWARE|lowercase]] is [[082 417 5530|PHONE_NUMBER]]. my assistant on weddings is my cousin [[Nomvula|PERSON]], [[24|AGE]], she's doing her diploma at [[Varsity College|SCHOOL]] and she's the one who keeps telling me to use AI for scheduling, [[Calendly|SOFTWARE]] and all that""")

# 14. Spain - restaurant owner (rice restaurant), El Palmar near Valencia - speech-to-text
T.append("""AI: Hello, thank you for joining. Can you tell me about your work?

User: Hola, yes. I have a restaurant, a rice restaurant, paella, arroz negro, all the rices, in [[El Palmar|CITY]], it's a village by the lagoon, close to [[Valencia|CITY]]. It was my grandfather's. I am, uh, [[fifty-seven|AGE|number_words]], I have been in the kitchen since I was a boy. The restaurant is [[Casa Martí|ORGANIZATION]], same as my family name.

AI: How does AI come into running a restaurant like yours?

User: Eh, not so much in the kitchen, no, no. The paella is fire, rice, time. But the bookings are in [[TheFork|SOFTWARE]], and it has some, um, AI for the tables, I don't understand it very well. And my son [[Pau|PERSON]], he does the [[Instagram|SOFTWARE]], he uses [[ChatGPT|AI_PRODUCT]] to write the posts in English and German, because [[in August|GENERIC_TIME]] it's all tourists. [[the tourists|GENERIC_ROLE]] from [[the Netherlands|COUNTRY]] love the arroz a banda.

AI: Could you give an example of something it helped with, or got wrong?

User: Ha, yes, got wrong. [[Pau|PERSON]] asked it for a post about the real Valencian paella, and it put, eh, chorizo. Chorizo! Like [[Jamie Oliver|PUBLIC_FIGURE]]. We had to delete it fast, my wife [[Amparo|PERSON]] was furious, people in the village would never forgive us. But it helped with the menu translation, the allergens, that was very good, because [[the waiters|GENERIC_ROLE]] were always confused with the English.

AI: Who else works with you?

User: In summer we are twelve, in winter five. [[Amparo|PERSON]] is in the kitchen with me, [[Pau|PERSON]] in the room and the computer. And [[the waiters|GENERIC_ROLE]], students mostly. The accountant is in [[Sueca|CITY]], a gestoría, [[Gestoría Ribera|ORGANIZATION]], they do everything with the taxes. I don't put those numbers in the AI, the CIF, [[B nine eight seven six five four three two|NATIONAL_ID|spoken_digits]], all that, that's for the gestoría.

AI: What worries you about AI for a business like this?

User: The reviews. The fake reviews, and now also the, eh, the AI that writes reviews. And the young cooks, they look at the phone for the recipe, not at the rice. [[Ferran Adrià|PUBLIC_FIGURE]] can use AI, okay, he is a genius, but in a village restaurant you need the hands. And during [[Fallas|GENERIC_TIME]] everything is full, nobody has time for machines.

AI: Is there anything you'd like AI to do better for you?

User: Maybe the bookings, the people who book and don't come. If the AI can tell me who will not come, ha, that's worth money. [[Pau|PERSON]] says it's possible. I say, first make it learn to make a paella without chorizo, then we talk.""")

# 15. Pakistan - freelance bookkeeper, Lahore - typed chat
T.append("""AI: Hello, and thank you for joining. Could you tell me about your work?

User: Assalam o alaikum. I'm [[Ayesha Tariq|PERSON]], [[29|AGE]], freelance bookkeeper from home in [[Lahore|CITY]], [[Johar Town|CITY]]. I did BCom from [[Kinnaird College|SCHOOL]] and im doing ACCA side by side (reg no [[2751843|NATIONAL_ID]], 3 papers left inshallah). I keep books for small shops and 2 foreign clients on [[Upwork|SOFTWARE]]. started [[2021|DATE]] after my daughter was born bcz office timings were impossible

AI: Thank you, [[Ayesha|PERSON]]. Who are your clients, and what does the work involve?

User: local ones: [[Hamza Traders|ORGANIZATION|org_looks_like_person]], a wholesale crockery shop in [[Anarkali|CITY]], [[Noor Pharmacy|ORGANIZATION]] in [[Model Town|CITY]], and [[Butt Sweets|ORGANIZATION|org_looks_like_person]], the mithai shop, [[Butt|PERSON]] sahab is a sweetheart but his receipts are a disaster lol. foreign: [[Imran Chaudhry|PERSON]] who has [[Chaudhry Cash & Carry|ORGANIZATION]] in [[Manchester|CITY]], and a cleaning company in [[Toronto|CITY]]. mostly its bank recs, sales tax, payroll for 4-5 staff, and filing on the [[FBR|ORGANIZATION|abbreviation]] portal

AI: Where does AI fit into that?

User: everywhere honestly. [[ChatGPT|AI_PRODUCT]] for [[excel|SOFTWARE|lowercase]] formulas, for reading blurry receipt photos [[the shopkeepers|GENERIC_ROLE]] send on [[WhatsApp|SOFTWARE]], for drafting emails to [[Imran|PERSON]] in proper british english haha. [[Copilot|AI_PRODUCT]] inside [[Excel|SOFTWARE]] since my husband got me the office subscription. books are on [[QuickBooks|SOFTWARE]] for the [[UK|COUNTRY|abbreviation]] client and plain [[excel|SOFTWARE|lowercase]] for locals. [[the shopkeepers|GENERIC_ROLE]] here dont want software, they want a register and a person they can shout at 😅

AI: Could you describe a time it went wrong, or where you had to be careful?

User: yes! [[June|GENERIC_TIME]] is budget + tax season and i was rushing. i uploaded [[Butt|PERSON]] sahab's whole bank statement into [[ChatGPT|AI_PRODUCT]] to categorise, it had his CNIC [[35202-6093184-8|NATIONAL_ID]] on top and NTN [[4218765-3|NATIONAL_ID]] and account numbers. categorising was 90% right but it invented one "rent" entry that didnt exist. and afterwards i felt bad about the CNIC. now i crop the top of statements first. my husband [[Usman|PERSON]] ([[software engineer|JOB_TITLE]] at [[Systems Limited|ORGANIZATION]]) made me a small script to mask numbers

AI: That's a careful fix. How do clients reach you, and how do you get paid?

User: locals pay [[JazzCash|SOFTWARE]] / [[Easypaisa|SOFTWARE]] to [[0321-4817263|PHONE_NUMBER]]. on [[Upwork|SOFTWARE]] you cant share contacts so people write [[0321 four eight one seven two six three|OBF_PHONE|mixed_digits_words]] lol, i dont do that anymore, got a warning once. email is [[ayesha.tariq.accounts@gmail.com|EMAIL_ADDRESS]], i used to write it as [[ayesha dot tariq dot accounts at g mail|OBF_EMAIL|spelled_at_dot]] in my profile before they flagged it

AI: What worries you most about AI and your profession?

User: that bookkeeping becomes free. apps in [[UAE|COUNTRY|abbreviation]] and [[UK|COUNTRY|abbreviation]] already do auto categorising. my edge is i understand how a [[Lahore|CITY]] shop really works, cash, udhaar, the cousin who takes money from the galla lol. AI doesnt get that yet. also politics, [[Imran Khan|PUBLIC_FIGURE]] supporters in my family send me AI videos every day on [[whatsapp|SOFTWARE|lowercase]] family group, i cant tell what is real anymore. my mother in law believes all of it""")

# 16. Italy - beauty salon owner (estetista), Bari - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: Sì, hello. So, I am [[Francesca Lorusso|PERSON]], [[forty-four|AGE|number_words]] years old, and I have a beauty centre, an estetica, in [[Bari|CITY]], in [[Poggiofranco|CITY]]. It's called [[Centro Estetico Venere|ORGANIZATION]], like the goddess, Venus. We are on [[Via Giulio Petroni number forty-one|ADDRESS|number_words]]. Facials, waxing, nails, massages, also the, uh, the permanent make-up for eyebrows. I studied at the [[Accademia Estetica Pugliese|SCHOOL]] in [[Lecce|CITY]], and I opened in, um, [[two thousand and nine|DATE|date_in_words]].

AI: Thanks, [[Francesca|PERSON]]. Who works with you, and how does AI show up in your day?

User: There are three of us. Me, [[Ilaria|PERSON]], she does nails and lashes, she's [[twenty-six|AGE|number_words]], and my sister-in-law [[Rosa|PERSON|name_is_word]] on massages. The bookings are in [[treat well|SOFTWARE|misheard_product]], sorry, [[Treatwell|SOFTWARE]], the app, and it has now the automatic messages. Then [[ChatGPT|AI_PRODUCT]], I use it for the posts on [[Instagram|SOFTWARE]], and to write the, um, the consent forms for the permanent make-up, the legal things. And my brother [[Mimmo|PERSON|nickname]] does my accounts, he is a [[commercialista|JOB_TITLE]] in [[Altamura|CITY]], he says [[ChatGPT|AI_PRODUCT]] makes too many mistakes with Italian taxes, ha.

AI: Could you tell me about a specific time AI helped, or caused trouble?

User: Trouble, yes. A client, Signora [[De Santis|PERSON]], she had a reaction to a wax, a little allergy, nothing serious. And I wanted to write her a nice message and also write in my records what happened, so I dictated everything to [[ChatGPT|AI_PRODUCT]], her name, her allergy, her phone, and it wrote it beautiful. But then [[Ilaria|PERSON]] said, [[Franci|PERSON|nickname]], that is health information, the privacy, the GDPR. So now I keep the health things only in the paper file, in the cabinet with the key.

AI: What about your business details, do those go into AI tools?

User: Um, yes, sometimes. For example when I applied for the, uh, the regional grant for small businesses, the bando of the [[Regione Puglia|ORGANIZATION]], I asked it to help me write the application, and I put the partita IVA, [[zero seven three four one eight two zero seven two nine|NATIONAL_ID|spoken_digits]], and my codice fiscale, [[L R S F N C eighty A forty-one A six six two Y|NATIONAL_ID|spoken_digits]]. [[Mimmo|PERSON]] said it doesn't matter, those are on every invoice. But the grant, we didn't win it, ha, so maybe the AI wrote it badly.

AI: What worries you about AI in your sector?

User: The photos. The filters, the AI faces. Clients come and show me a photo of [[Chiara Ferragni|PUBLIC_FIGURE]] with a filter and want the same skin. That skin doesn't exist! Not on [[Chiara|PUBLIC_FIGURE]], not on anybody. And the young girls, very young, they want botox. It makes me sad. Also, [[the clients|GENERIC_ROLE]] now book at two in the morning with the app and they don't talk with me first, and I like to talk.

AI: How do clients usually contact you?

User: [[WhatsApp|SOFTWARE]] the most, the number is [[three four seven, two nine one, fifty-five, sixty-two|OBF_PHONE|spoken_digits]]. Or [[Instagram|SOFTWARE]], or email, [[centro estetico venere at libero dot it|OBF_EMAIL|spelled_at_dot]]. And at [[Christmas|GENERIC_TIME]] we do gift cards, [[ChatGPT|AI_PRODUCT]] wrote the text for those, very elegant. My mother, nonna [[Pina|PERSON|nickname]] to my kids, she says in her time the estetista was the neighbour with a hot wax pot in the kitchen, ha.""")

# 17. Ghana - auto repair workshop owner, Kumasi - typed chat
T.append("""AI: Hello, thanks for joining. Could you tell me about your work?

User: hello. i am a fitter, i have my own workshop at [[Suame Magazine|CITY]] in [[Kumasi|CITY]]. name of the shop is [[God's Time Auto Works|ORGANIZATION|org_looks_like_phrase]]. my name is [[Kwabena Owusu-Ansah|PERSON]] but everyone say [[Kobby|PERSON|nickname]]. i am [[38|AGE]]. i start apprenticeship when i was [[14|AGE]], in [[2000|DATE]], under my master Opanin [[Kwaku Boateng|PERSON]], he has passed now, God rest him

AI: Thank you, [[Kobby|PERSON]]. What kind of work do you do, and who works with you?

User: mostly toyota, nissan, some benz. engines, gearbox, electrical. i have 4 apprentices, [[Yaw|PERSON]], [[Kofi|PERSON]], [[Fuseini|PERSON]] and small [[Ekow|PERSON]] who is only [[16|AGE]]. and my wife [[Patience|PERSON|name_is_word]] does the money side, she sells spare parts also in front of the shop. most of the cars come from [[Japan|COUNTRY]] and [[Germany|COUNTRY]] used, so the electrical is always wahala

AI: How do AI tools come into your work?

User: my nephew put [[chatgpt|AI_PRODUCT|lowercase]] on my phone [[last year|GENERIC_TIME]]. now when a car show fault code and i dont know, i ask it. also with the scanner app [[Car Scanner|SOFTWARE]] i take the code like P0420 and ask [[chatgpt|AI_PRODUCT|lowercase]] what to check first. before i was watching [[youtube|SOFTWARE|lowercase]] videos from [[America|COUNTRY|ambiguous_country_continent]] but those cars are different. i also use it to write the invoice for big customers. i cant type fast so i use the voice

AI: Can you give me an example with a customer?

User: yes. one customer Mr [[Asante|PERSON]], he is the [[headmaster|JOB_TITLE]] of [[Prempeh College|SCHOOL]], his Land Cruiser had gearbox problem, very expensive job. he wanted proper invoice for the school to refund him. [[chatgpt|AI_PRODUCT|lowercase]] make a nice one with my business registration [[BN582741953|NATIONAL_ID]] and my ghana card [[GHA-721348956-4|NATIONAL_ID]] because the school accountant want it. it wrote the price in dollars first lol, i changed to cedis. the school paid by [[MTN MoMo|SOFTWARE]] to [[024 381 5562|PHONE_NUMBER]]

AI: What worries you about AI?

User: the new cars, everything is computer, the young boys only know phone and not spanner. [[Ekow|PERSON]] want to ask [[chatgpt|AI_PRODUCT|lowercase]] everything even how to loosen a bolt haha. also fake spare parts, the sellers in [[Abossey Okai|CITY]] in [[Accra|CITY]] now use AI pictures of original parts and send you fake. and people say AI will drive the cars, but on the [[Kumasi|CITY]] roads? no way. even [[Elon Musk|PUBLIC_FIGURE]] cannot drive here

AI: Is there anything else you want to share?

User: if the people from this study want a good fitter, call me [[o24-381-55-62|OBF_PHONE|letter_o_for_zero]] haha. i write it like that on [[facebook|SOFTWARE|lowercase]] because of scammers. my page is [[facebook.com/godstimeautoworks.kumasi|URL]]. and [[every Sunday|GENERIC_TIME]] i am in church, dont call""")

# 18. France - grocery shop owner, Lyon - speech-to-text
T.append("""AI: Bonjour, and thank you for taking part. Could you tell me about your work?

User: Bonjour, yes. So I have a small épicerie, a grocery shop, in [[Lyon|CITY]], in the [[Croix-Rousse|CITY]]. Fruits, vegetables, spices, some North African products, because my parents came from [[Algeria|COUNTRY]]. The shop was my father's, now it's me. I'm [[Nadia Benali|PERSON]], I'm, um, [[forty-eight|AGE|number_words]]. The shop is [[Épicerie Benali|ORGANIZATION]], everybody in the quartier knows it.

AI: Thanks, [[Nadia|PERSON]]. How, if at all, do you use AI in the shop?

User: Um, a little, a little. My daughter [[Inès|PERSON]] installed [[Le Chat|AI_PRODUCT|product_looks_like_word]], the one from [[Mistral|AI_PRODUCT|product_looks_like_word]], the French one, she says it's better to use French things, ha. I use it for the orders, to calculate, and to write the little signs, you know, "mangoes from [[Peru|COUNTRY]], very sweet". And for [[Too Good To Go|SOFTWARE]], the app for the unsold food, it helps me write the descriptions of the baskets.

AI: Can you tell me about a specific time it helped, or didn't?

User: Yes, one time, um, the inspection, the hygiene inspection came, and I had to make a plan, the HACCP, all the temperatures. And I asked the AI to make me the tables, and it did it very well, the inspector was happy. But another time I asked it about a new regulation for the prices, and it invented a law, completely invented. My neighbour, Monsieur [[Girard|PERSON]], he has the bakery next door, he laughed at me for one week.

AI: Who else is involved in the shop?

User: My husband helps on the market [[on Sundays|GENERIC_TIME]], and my supplier for the big things is [[Metro|ORGANIZATION|org_looks_like_word]], the wholesale. The spices I bring from a cousin in [[Marseille|CITY]]. And [[the neighbours|GENERIC_ROLE]], the old ladies, they are my real customers, they don't care about AI, they want to talk about their grandchildren, ha.

AI: What worries you about AI?

User: Um, the big supermarkets, they have AI for prices, for everything, I can't compete with that. And the young people, they will order everything from their phone. [[Emmanuel Macron|PUBLIC_FIGURE]] talks about AI like it's the future of [[France|COUNTRY]], okay, but who will choose the good tomatoes? And the mistral, the wind, is blowing in my door all winter and no AI can stop it, ha. Sorry, I'm joking.

AI: Is there anything you'd like these tools to do better?

User: Speak Arabic better, the Algerian Arabic, for my mother. And understand that a small shop is not a supermarket. [[Inès|PERSON]] says I should put the shop on [[Instagram|SOFTWARE]] with AI photos, but my tomatoes are beautiful already, they don't need AI.""")

# 19. Japan - second-hand bookshop owner, Fukuoka - typed chat
T.append("""AI: Hello, thank you for taking part. Could you tell me about your work?

User: Hello. I run a small used bookshop in [[Fukuoka|CITY]], near the university in [[Hakozaki|CITY]]. Name is [[Morita Shobō|ORGANIZATION]]. I am [[Kenji Morita|PERSON]], [[58|AGE]] years old. my father opened the shop in [[1974|DATE]], I took over in [[2003|DATE]] after I quit my job as [[sales engineer|JOB_TITLE]] at [[Yaskawa Electric|ORGANIZATION]]. We sell mostly academic books, old literature, some manga.

AI: Thank you, Mr [[Morita|PERSON]]. How do AI tools fit into running the bookshop?

User: Mainly online sales and pricing. I sell on [[Mercari|SOFTWARE]] and [[Yahoo! Auctions|SOFTWARE]], also our own small site. I use [[ChatGPT|AI_PRODUCT]] to write listings in english for buyers from [[Taiwan|COUNTRY]] and [[Korea|COUNTRY]], and [[Google Lens|AI_PRODUCT]] to read old handwritten inscriptions. sometimes AI helps identify first editions. my wife [[Michiko|PERSON]] thinks it is cheating lol

AI: Could you tell me about a specific time it helped you?

User: Yes. Professor [[Yamada|PERSON]] of [[Kyushu University|SCHOOL]] passed away [[last year|GENERIC_TIME]], his family sold me his whole library, 2000 books. I took photos of the shelves and [[ChatGPT|AI_PRODUCT]] made a list with titles and estimated prices. It made mistakes with old kanji titles but saved many weeks. Among them was a signed [[Haruki Murakami|PUBLIC_FIGURE]] first edition, the AI did not notice the signature, I noticed. haha, human wins

AI: Do you share business or personal details with these tools?

User: Only business. For the qualified invoice system I needed my registration number [[T4290001067382|NATIONAL_ID]] and the secondhand dealer license no. [[901020018765|NATIONAL_ID|id_like_my_number]] on the website, [[ChatGPT|AI_PRODUCT]] helped write the legal page. But I never put my My Number. My son [[Haruto|PERSON]] works as [[data analyst|JOB_TITLE]] at [[LINE Yahoo|ORGANIZATION]] in [[Tokyo|CITY]], he told me to be careful. he set up everything in one weekend during [[golden week|GENERIC_TIME|lowercase]]

AI: What worries you about AI for a shop like yours?

User: young people read less paper books, AI summarizes everything. and big stores like [[Book Off|ORGANIZATION]] use automatic pricing, they are faster. but people still come for the smell of old books, and to talk. Customers email me at [[morita-shobo@ezweb.ne.jp|EMAIL_ADDRESS]] asking for rare books, and I enjoy finding them myself. Maybe AI will help me find, but I want to choose.""")

# 20. Colombia - coffee roaster and cafe owner, Medellin - speech-to-text
T.append("""AI: Hi, thanks so much for joining. Could you tell me about your work?

User: Hola, yes, thank you. So, I'm [[Juan Camilo Restrepo|PERSON]], my friends say [[Juanca|PERSON|nickname]]. I'm [[thirty-six|AGE|number_words]]. I have a small coffee roastery with a little café in front, in [[Medellín|CITY]], in [[El Poblado|CITY]]. It's called [[Tostadores La Montaña|ORGANIZATION]], we're on [[Carrera forty-three A, number eight, twelve|ADDRESS|number_words]]. We roast specialty coffee, most of it from my uncle's farm, Don [[Gildardo|PERSON]], in [[Jardín|CITY|place_name_is_word]], it's a town in the mountains, very beautiful. I studied business at [[EAFIT|SCHOOL|abbreviation]] and then I worked four years as a [[coffee buyer|JOB_TITLE]] for [[Carcafé|ORGANIZATION]] before I opened this in, um, [[twenty nineteen|DATE|date_in_words]].

AI: Thank you, [[Juanca|PERSON]]. How do AI tools fit into the roastery and the café?

User: Okay, so, um, three places. First the roast profiles, I have a spreadsheet with temperatures and times, and I ask [[ChatGPT|AI_PRODUCT]] to find patterns, like why this batch tasted, uh, flat. Second, the online shop, we are on [[Shopify|SOFTWARE]], and the product descriptions, tasting notes, panela, red fruit, all that, AI writes a first version. And third the accounting, we use [[Alegra|SOFTWARE|product_looks_like_word]], it's a Colombian software, and it has now an assistant inside. My barista, [[Valentina|PERSON]], [[Vale|PERSON|nickname]], she uses [[Claude|AI_PRODUCT|product_named_like_person]] for her latte art competition notes, ha, she's very serious.

AI: Could you walk me through a recent situation where AI made a real difference?

User: Yes. An export. A buyer in [[Vancouver|CITY]], [[Mike Thompson|PERSON]], he has a café chain there, [[Northbound Coffee Co.|ORGANIZATION]], he wanted a sample and then two hundred kilos. And the paperwork for export, the [[Federación Nacional de Cafeteros|ORGANIZATION]] forms, the phyto certificate, the contract in English, it's a lot. [[ChatGPT|AI_PRODUCT]] helped me with the contract draft, and it explained incoterms better than my professor, ha. But I had to put the NIT of the company, [[nine zero one, four five six, seven eight nine, dash three|NATIONAL_ID|spoken_digits]], and for the, uh, the exporter registration also my cédula, [[one oh three six, six five four, three two one|NATIONAL_ID|spoken_digits]]. I did it in the chat. Then I read about privacy and I thought, hmm.

AI: Who else is part of the business or your life at work?

User: My wife, [[Manuela|PERSON]], she's a [[pediatrician|JOB_TITLE]] at the [[Hospital Pablo Tobón Uribe|ORGANIZATION|org_looks_like_person]], so she's never here, ha, but she tastes every new roast. Don [[Gildardo|PERSON]], the uncle, he's [[seventy-four|AGE|number_words]], he doesn't use anything, but his granddaughter [[Sara|PERSON]] sends me the photos of the harvest and the moisture readings by [[WhatsApp|SOFTWARE]]. And the café has [[the tourists|GENERIC_ROLE]], many, many from [[the United States|COUNTRY]], and they always ask about [[Pablo Escobar|PUBLIC_FIGURE]], and I say, please, ask me about coffee, ha.

AI: What worries you about AI in your line of work?

User: Um, that everything sounds the same. Every coffee shop in [[Colombia|COUNTRY]] now has the same [[Instagram|SOFTWARE]] text, "notes of chocolate and caramel, a journey to the mountains", all AI, all the same. And the big ones, like [[Juan Valdez|ORGANIZATION|org_looks_like_person]], they have money for AI marketing, we don't. Also the climate, the AI says the harvest will be like this or that, but the farmers know better than the model, my uncle says the rain is the boss, not the computer.

AI: How do customers and buyers usually get in touch with you?

User: For the café, just come, ha. For orders, [[WhatsApp|SOFTWARE]], [[three hundred, four five two, eighteen, ninety-seven|OBF_PHONE|spoken_digits]]. [[Instagram|SOFTWARE]] is [[at tostadores la montaña|SOCIAL_HANDLE|spoken_handle]], with the ñ, people never find it. And the wholesale email is [[ventas at tostadoreslamontana dot co|OBF_EMAIL|spelled_at_dot]]. During the [[Feria de las Flores|GENERIC_TIME]] in [[August|GENERIC_TIME]] we are crazy busy, so then the AI answers the messages, and [[Vale|PERSON]] checks them.""")

# 21. Romania - electrician and appliance repair, Cluj-Napoca - typed chat
T.append("""AI: Hello, thank you for joining. Could you describe your work?

User: hello. i am electrician, authorized [[ANRE|ORGANIZATION|abbreviation]], and i repair also washing machines, ovens, that kind. i work alone as PFA, [[PFA Pop Ionuț-Vasile|ORGANIZATION|org_looks_like_person]], in [[Cluj-Napoca|CITY]] and villages around. i live in [[Florești|CITY]]. im [[37|AGE]]. before i worked 8 years at [[Bosch|ORGANIZATION]] factory in [[Jucu|CITY]] as [[maintenance technician|JOB_TITLE]]

AI: Thanks. How does AI come into your work?

User: mostly for diagnosis and for paperwork. i take photo of error code or of the electrical panel and ask [[ChatGPT|AI_PRODUCT]], or [[Google Lens|AI_PRODUCT]] for the model of the machine. for invoices i use [[SmartBill|SOFTWARE]]. and [[chatgpt|AI_PRODUCT|lowercase]] helps me write offers for bigger jobs, like full rewiring of apartment, with materials list. my wife [[Alina|PERSON]] laughs because my romanian in the offers is now better than hers lol. she is [[asistentă medicală|JOB_TITLE]] at [[Spitalul Clinic Județean Cluj|ORGANIZATION]]

AI: Could you give a recent example?

User: yes. an old lady, doamna [[Mureșan|PERSON]], [[81|AGE]], from [[Gheorgheni|CITY]] neighborhood, her oven was giving shocks. dangerous. i fixed it and she wanted a paper for her son in [[Italy|COUNTRY]] that everything is ok now. i asked [[chatgpt|AI_PRODUCT|lowercase]] to write a small report with what i did, in italian also for the son, [[Dorin|PERSON]]. i put my authorization number [[IIB-27419/2016|NATIONAL_ID]] and my CUI [[RO41873265|NATIONAL_ID]]. she was very happy, she gave me cozonac and 2 jars of zacusca haha

AI: Do you ever put personal details into these tools?

User: once yes, by mistake. for the [[ANRE|ORGANIZATION|abbreviation]] renewal they ask copy of ID and i took photo of my buletin to ask [[chatgpt|AI_PRODUCT|lowercase]] which documents i need, and the CNP was visible, [[1870523125784|NATIONAL_ID]]. my brother in law [[Sorin|PERSON]] who is [[IT guy|JOB_TITLE]] at [[Endava|ORGANIZATION]] told me delete it. now i cover with finger when i take photo haha

AI: What worries you about AI?

User: for electricians not much, AI cannot climb in the attic lol. but the young guys who learn from [[youtube|SOFTWARE|lowercase]] and [[chatgpt|AI_PRODUCT|lowercase]] and then do dangerous installations, i see this in new blocks in [[Florești|CITY]]. also fake reviews on [[OLX|SOFTWARE]] for other repair guys. and my kids, [[Ana|PERSON]] is [[12|AGE]], she does homework with AI, i dont know if good or bad

AI: How do clients usually reach you?

User: phone or [[whatsapp|SOFTWARE|lowercase]], [[0744 318 562|PHONE_NUMBER]]. email [[ionut.pop.electric (at) yahoo.com|OBF_EMAIL|bracket_at]], i write it so on my [[facebook|SOFTWARE|lowercase]] page because of spam. clients also find me on [[Google Maps|SOFTWARE]]. before [[Easter|GENERIC_TIME]] everybody wants new lights and ovens repaired for cooking, crazy busy""")

# 22. Bangladesh - pharmacy shop owner, Chattogram - speech-to-text
T.append("""AI: Hello, and thank you for joining. Could you tell me about your work?

User: Assalamu alaikum. Yes. My name is [[Mohammad Rafiqul Islam|PERSON]], people call me [[Rafiq|PERSON|nickname]] bhai. I have a pharmacy, a medicine shop, in [[Chittagong|CITY]], uh, [[Chattogram|CITY]] now, in [[Chawkbazar|CITY]]. The shop name is [[Nabil Medical Hall|ORGANIZATION|org_looks_like_person]], I named it after my son. Address is [[house seventeen, Kapasgola Road|ADDRESS|number_words]]. I am [[forty-six|AGE|number_words]] years. I am a [[grade C pharmacist|JOB_TITLE]], registered with the [[Pharmacy Council of Bangladesh|ORGANIZATION]], my registration is [[C dash three one eight seven four|NATIONAL_ID|spoken_digits]].

AI: Thank you, [[Rafiq|PERSON]] bhai. How do AI tools come into your work at the pharmacy?

User: Um, my son [[Nabil|PERSON]], he is [[twenty-two|AGE|number_words]], he is studying at [[CUET|SCHOOL|abbreviation]], the engineering university, he showed me [[ChatGPT|AI_PRODUCT]]. Now I use it, um, mainly for the medicine names. Many medicines come from [[India|COUNTRY]], the brand names are different, and the customers bring a prescription with, uh, very bad handwriting, and I take a photo and ask what it is. But I never give the medicine only from the AI, I always check the book, or I call the doctor.

AI: Could you describe a time when it helped, or when you didn't trust it?

User: Yes, one time, an old man, he came with a prescription from Dr [[Shahana Akter|PERSON]], she is a [[gynaecologist|JOB_TITLE]] at [[Chattogram Medical College Hospital|ORGANIZATION]], for his daughter-in-law, she was pregnant. And the AI read one medicine wrong, very dangerous for pregnancy. I was not sure, so I called Dr [[Shahana|PERSON]] chamber, and she said no, no, it is the other one. So, AI is a, um, an assistant only, like [[my helper boy|GENERIC_ROLE]], not the pharmacist.

AI: Who works with you, and do they use these tools?

User: My nephew [[Arif|PERSON]] sits in the shop in the evening, and a boy for delivery. [[Arif|PERSON]] uses [[Facebook|SOFTWARE]] for the shop page and the [[Meta AI|AI_PRODUCT]] to answer customers, "do you have this medicine", like that. Payment is mostly [[bKash|SOFTWARE]], the shop [[bKash|SOFTWARE]] number is [[zero one seven one one, three four five, six seven eight|OBF_PHONE|spoken_digits]]. [[during Eid|GENERIC_TIME]] the shop is closed three days, then the AI answers, ha ha.

AI: Do you share any personal or business details with these tools?

User: Um, yes, for the licence renewal. The drug licence, from the [[Directorate General of Drug Administration|ORGANIZATION]], number [[D L C T G four four one seven|NATIONAL_ID|spoken_digits]], and my NID, [[five nine one two eight four seven three six zero|NATIONAL_ID|spoken_digits]], I put them when I asked it to make the application letter in English. [[Nabil|PERSON]] said abba, this is not good. But the government office also loses our papers, ha ha, so what is safe?

AI: What worries you most about AI for pharmacies?

User: People will ask the AI and take medicine without a doctor. Already they ask [[Google|SOFTWARE|company_as_product]] and buy antibiotics for a cold. Also fake medicine, they print very good packets now, maybe with AI design. Dr [[Muhammad Yunus|PUBLIC_FIGURE]] says technology should help poor people, and I agree, but for medicine, careful, very careful. In [[Bangladesh|COUNTRY]] the pharmacy is the first doctor for many people.""")

# 23. Ireland - sole-trader plumber, Galway - typed chat
T.append("""AI: Hi, thanks for taking part. Could you tell me what you do?

User: no bother. plumber and heating engineer, sole trader, [[DF Plumbing & Heating|ORGANIZATION]]. based in [[Oranmore|CITY]], cover most of [[Galway|CITY]] city and out as far as [[Athenry|CITY]]. name's [[Declan Fitzgerald|PERSON]], the lads call me [[Deccie|PERSON|nickname]]. [[46|AGE]]. did my apprenticeship through [[GMIT|SCHOOL|abbreviation]] back in the day, went out on my own in [[2011|DATE]] after the crash when the building company I was with, [[Kilcawley Construction|ORGANIZATION]], went bust

AI: Thanks, [[Declan|PERSON]]. Where does AI come into plumbing?

User: more than you'd think. quotes mainly. I'd be wrecked after a day under sinks and the last thing I want is to type up quotes, so I talk into [[ChatGPT|AI_PRODUCT]] in the van and it tidies it up. jobs and invoices are on [[Tradify|SOFTWARE]], accounts on [[Xero|SOFTWARE]]. also the heat pump grant stuff from [[SEAI|ORGANIZATION|abbreviation]], the paperwork is desperate, AI explains it grand. my young lad [[Oisín|PERSON]] ([[19|AGE]], my apprentice, doing his block release at [[ATU|SCHOOL|abbreviation]]) uses [[Gemini|AI_PRODUCT]] on his phone for everything

AI: Could you walk me through a particular job where AI was involved?

User: few weeks back, Mrs [[Nora Keane|PERSON]], lovely woman, [[84|AGE]], out in [[Salthill|CITY]], [[14 Threadneedle Road|ADDRESS]], eircode [[H91 K7P3|ADDRESS|postcode]]. boiler from [[November 2009|DATE]] finally died. her daughter [[Grace|PERSON|name_is_word]] rang me from [[Boston|CITY]] panicking. I got [[ChatGPT|AI_PRODUCT]] to write up three options with the [[SEAI|ORGANIZATION|abbreviation]] grant amounts and sent them to [[Grace|PERSON]] by email. she said it was the clearest quote she ever got from a tradesman lol. didn't tell her the robot wrote it

AI: Do you ever put personal or business details into these tools?

User: honestly yeah. the grant forms need my RGII number [[R-07419|NATIONAL_ID]], VAT number [[IE3158274KH|NATIONAL_ID]], all that, so it all ends up in the chat when I'm asking it to fill something. once pasted a form from [[Revenue|ORGANIZATION|org_looks_like_word]] with my PPS [[7364829TA|NATIONAL_ID]] on it. my missus [[Siobhán|PERSON]] went mad, she's a [[primary teacher|JOB_TITLE]] at [[Scoil Bhríde|SCHOOL]] and they'd GDPR training drilled into them. I'm more careful now. mostly

AI: What worries you about AI in your trade?

User: not much for the hands-on side, no robot is getting under Mrs [[Keane|PERSON]]'s sink. worry is more the cowboys, fellas with no RGII using AI to make fake certs look legit. saw one in [[Knocknacarra|CITY]] [[last winter|GENERIC_TIME]], gas fitted by a lad with a certificate he made himself. also prices, homeowners ask AI what a job costs and it tells them some [[UK|COUNTRY|abbreviation]] price from ten years ago. my mate [[Will|PERSON|name_is_word]] does electrical and he says the same

AI: How do customers usually contact you?

User: phone mostly, [[087 412 6638|PHONE_NUMBER]]. website [[dfplumbing.ie|URL]] has a form. email I put up as [[declan at dfplumbing dot ie|OBF_EMAIL|spelled_at_dot]] cos of spam. [[over Christmas|GENERIC_TIME]] it's all burst pipes and dead boilers, so the AI is doing the replies then, god help us""")

# 24. Morocco - riad guesthouse owner, Marrakech - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: Hello, yes, bonjour. I am [[Khadija El Amrani|PERSON]], I am [[fifty-two|AGE|number_words]], and I have a guesthouse, a riad, in [[Marrakesh|CITY]], in the old city. It's called [[Riad Dar Zitoun|ORGANIZATION]], it has six rooms, around a courtyard with an orange tree. The address is [[Derb Sidi Bouloukat, number twenty-three|ADDRESS|number_words]], near [[Riad Zitoun el Kedim|CITY|district_looks_like_org]], this is the neighbourhood. My husband, God have mercy on him, he bought it in [[two thousand and six|DATE|date_in_words]], and since he died I run it with my son.

AI: I'm sorry for your loss, [[Khadija|PERSON]]. How do AI tools come into running the riad?

User: Thank you. Um, so, my son [[Mehdi|PERSON]], he is [[twenty-nine|AGE|number_words]], he manages [[Booking.com|SOFTWARE]] and [[Airbnb|SOFTWARE]], and he uses [[ChatGPT|AI_PRODUCT]] to answer [[the guests|GENERIC_ROLE]], in English, in German, even in Japanese, ha. I use it to write the breakfast menu and the house rules. And for the reviews, when a guest writes something bad, the AI helps me answer politely, because in my first answer I am, uh, too honest, ha.

AI: Could you describe a recent example?

User: Yes, [[last spring|GENERIC_TIME]], a couple from [[Leeds|CITY]], Mr and Mrs [[Whitfield|PERSON]], they wanted to celebrate their anniversary, forty years. And [[Mehdi|PERSON]] asked the AI for ideas, a dinner on the terrace, rose petals, a visit to the garden of [[Yves Saint Laurent|PUBLIC_FIGURE]], the Majorelle. And our cook, [[Fatima Zahra|PERSON]], she made a pastilla, and the AI wrote a little card in English with the story of the dish. Mrs [[Whitfield|PERSON]] cried, she wrote a review, ten out of ten. So that was a good day.

AI: Are there things you prefer not to share with these tools?

User: Um, the passports. The police require that we register every guest, the passport numbers, the dates, and [[Mehdi|PERSON]] wanted to use AI to read the passports and fill the form. I said no, no. These are people's papers. For the business, the tax papers, yes, the ICE number, [[zero zero two six one eight three four seven zero zero zero zero four one|NATIONAL_ID|spoken_digits]], that is on all our invoices. And once my own CIN, [[E E four one eight two seven three|NATIONAL_ID|spoken_digits]], when I renewed the classification with the [[Ministry of Tourism|ORGANIZATION]]. I think that was okay. Inshallah.

AI: What worries you most about AI in tourism?

User: That [[the guests|GENERIC_ROLE]] come with everything planned by the AI, every minute, and they don't talk to us anymore, they don't ask, where should we eat, what is good. And the AI sends them to the same three places, all of them. Also, in [[Morocco|COUNTRY]] many families live from tourism, the guides, the drivers. My cousin [[Abdelilah|PERSON]], he is a [[driver|JOB_TITLE]] for tours to the desert, to [[Merzouga|CITY]], and now the tourists book everything from [[Europe|CONTINENT]] with an app, and he gets less.

AI: How do guests usually reach you directly?

User: By [[WhatsApp|SOFTWARE]], the riad number, [[plus two one two, six sixty-one, forty-two, eighteen, seventy-five|OBF_PHONE|spoken_digits]]. Or the email, [[riad dar zitoun at gmail dot com|OBF_EMAIL|spelled_at_dot]]. [[Mehdi|PERSON]] made also an [[Instagram|SOFTWARE]], [[at riad dot dar dot zitoun|SOCIAL_HANDLE|spoken_handle]]. [[in Ramadan|GENERIC_TIME]] we are more quiet, and then I like to sit in the courtyard, no phone, no AI.""")

# 25. Argentina - vintage clothing reseller on Mercado Libre, Cordoba - typed chat
T.append("""AI: Hi! Thanks for joining. Could you tell me a bit about your work?

User: holaa! sure. i sell vintage and second hand clothes online, mostly on [[Mercado Libre|SOFTWARE]] and [[instagram|SOFTWARE|lowercase]], and on weekends at a feria. im [[Micaela Sosa|PERSON]] but everyone says [[Mica|PERSON|nickname]], [[27|AGE]] years, from [[Córdoba|CITY]], [[Argentina|COUNTRY]], i live in [[Barrio Güemes|CITY]]. started in [[2019|DATE]] when i was still studying design at [[UNC|SCHOOL|abbreviation]] and needed money lol

AI: Thanks, [[Mica|PERSON]]. How do you use AI in your business?

User: a lot!! photos first, i use [[Photoroom|SOFTWARE]] to remove background and put the clothes on a model with AI, so it looks pro. then [[ChatGPT|AI_PRODUCT]] for the titles in [[mercado libre|SOFTWARE|lowercase]], because the algorithm loves keywords, "campera de cuero vintage 90s oversize". and [[Gemini|AI_PRODUCT]] sometimes to guess the brand or the decade from the label. my mom [[Graciela|PERSON]] is a seamstress, she fixes the clothes before i sell, she hates the AI photos hahaha

AI: Could you share a recent example where it worked, or didn't?

User: ok so [[last month|GENERIC_TIME]] a girl, [[Luz|PERSON|name_is_word]], bought a leather jacket, the AI photo made it look darker than real, she complained and left 3 stars. and in [[mercado libre|SOFTWARE|lowercase]] the reputation is everything, i was so sad. now i always put 1 real photo too. on the other side my friend [[Flor|PERSON|nickname]] sold like 40 pieces in one weekend with AI captions, she has a shop, [[Rosita Vintage|ORGANIZATION|org_looks_like_person]], we share stuff sometimes

AI: Do you put any personal or business details into these tools?

User: yesss too much probably. for the monotributo and the facturas of [[AFIP|ORGANIZATION|abbreviation]] (now [[ARCA|ORGANIZATION|abbreviation]]) i asked [[chatgpt|AI_PRODUCT|lowercase]] to explain the categories and i gave it my CUIT [[27-38452917-6|NATIONAL_ID]] and even the DNI [[38.452.917|NATIONAL_ID|id_like_number]] lol. and for pickups i send an AI written message with my address, [[Belgrano 742, depto 3B|ADDRESS]], to strangers every week. my boyfriend [[Nahuel|PERSON]], he is [[bartender|JOB_TITLE]] at [[Bar Rosita|ORGANIZATION|org_looks_like_person]], says i'm crazy

AI: What worries you about AI for sellers like you?

User: that everything will look the same and fake. and the big shops from [[China|COUNTRY]], [[Shein|ORGANIZATION]], [[Temu|ORGANIZATION]], they use AI for everything, cheap cheap. vintage is supposed to be real, with story. also inflation lol, AI cant help with that, not even [[Javier Milei|PUBLIC_FIGURE]] haha. and my friends who sell to [[Chile|COUNTRY]] and [[Uruguay|COUNTRY]] say customs is a nightmare anyway

AI: How do customers usually reach you?

User: DM on [[instagram|SOFTWARE|lowercase]] [[@mica.vintage.cba|SOCIAL_HANDLE]], or [[whatsapp|SOFTWARE|lowercase]], but on [[mercado libre|SOFTWARE|lowercase]] you cant write numbers so people write like [[tres cinco uno, quince, seis ocho dos, cuatro uno nueve cero|OBF_PHONE|spanish_words]] haha, or the mail [[micavintage arroba gmail punto com|OBF_EMAIL|spanish_words]]. the shop link is [[mercadolibre.com.ar/pagina/micavintagecba|URL]]. [[in winter|GENERIC_TIME]] the jackets fly, in summer i sell nothing, so i do [[tiktok|SOFTWARE|lowercase]] lives with AI filters to survive""")

write_set(T, "set_cb")
