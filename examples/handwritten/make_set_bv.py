"""Blind evaluation set 'bv': 25 synthetic interview transcripts with service, trades, farm and gig workers talking about AI at work. Every person, number, email, address and ID is invented. Build with: python3 make_set_bv.py"""
from markup import write_set

T = []

# 1. Nigeria - ride-hailing driver, Lagos - speech-to-text
T.append("""AI: Thank you for joining today. To start, could you tell me a little about yourself and the work you do?

User: Okay, um, good afternoon. My name is [[Oluwaseun Adebayo-Martins|PERSON]], but everybody calls me [[Seun|PERSON|nickname]]. I'm a [[ride-hailing driver|JOB_TITLE]], I drive for [[Bolt|ORGANIZATION]] and sometimes [[Uber|ORGANIZATION]] here in [[Lagos|CITY]], mostly the [[Lekki|CITY]] to [[Victoria Island|CITY]] axis. I've been driving since, uh, [[twenty nineteen|DATE|date_in_words]]. Before that I was a [[sales rep|JOB_TITLE]] for [[Dangote Flour|ORGANIZATION]] in [[Ibadan|CITY]], but [[during Covid|GENERIC_TIME]] the salary was not moving, so. I'm [[thirty-four|AGE]] now, married, two kids.

AI: Thanks, [[Seun|PERSON]]. How does AI show up in your day-to-day driving?

User: Ehn, so the main one is the app itself, you know, the algorithm decides who gets which trip, the surge, everything, and sometimes it feels like it is punishing me, like if I reject two trips [[in the evening|GENERIC_TIME]] it will just, um, keep me waiting forty minutes. And [[the passengers|GENERIC_ROLE]] can give you one star because of traffic, it's not your fault. I use [[Google Maps|SOFTWARE]] for the route, which is also AI I think. Then for myself I use [[Chat G P T|AI_PRODUCT|spaced_letters]], my cousin [[Tunde|PERSON]] showed me on [[WhatsApp|SOFTWARE]]. I use it to write the complaint messages to [[Bolt|ORGANIZATION]] support because when I write it in my own way [[the support agent|GENERIC_ROLE]] doesn't reply. Also for the, um, the [[LASTMA|ORGANIZATION]] fine, when they gave me a ticket at [[Ikeja|CITY]] that I know was not correct, it helped me write the appeal letter.

AI: That's interesting. Can you walk me through that appeal? What did you actually give the tool?

User: Honestly I gave it everything, which maybe I should not have done. I typed my name, my driver's licence number, it's [[LAG 58213 KF07|NATIONAL_ID|spaced_id]], the plate of the car, and the date of the ticket, [[fourteenth of March twenty twenty-four|DATE|date_in_words]]. I even put my NIN because the form was asking for it, [[7 0 4 1 2 9 3 8 8 5 6|NATIONAL_ID|spaced_digits]]. Then it wrote a very fine letter, very polite, like a lawyer wrote it. The officer that stopped me, his name tag said [[Okonkwo|PERSON]], I put that one too. In the end they cancelled the fine, so, God is faithful.

AI: Were you worried at all about putting your licence and ID number into the chatbot?

User: Not at that time. Later my wife [[Blessing|PERSON|name_like_word]], she works at [[Access Bank|ORGANIZATION]] in [[Yaba|CITY]], she said, ah, [[Seun|PERSON]], you don't give your NIN to anybody, people are using it for loan apps. Then I got scared small. Now I just write "my licence number" and fill it after. But the app companies already have everything, my face, my bank, my location all day, so, um, it's like the horse has already left.

AI: You mentioned the platform algorithm feels like it punishes you. Can you say more about that?

User: Yes. So there is what they call the acceptance rate. In [[Lagos|CITY]] traffic if you accept a trip from [[Ajah|CITY]] to [[Ikoyi|CITY]] [[at five o'clock|GENERIC_TIME]] you are finished, three hours for small money. So we decline. Then the system gives you less trips. Nobody explains it. Me and some other drivers, we formed a group, [[Lekki Drivers Forum|ORGANIZATION|org_like_group]], our chairman is Alhaji [[Musa Danladi|PERSON]], and he asked [[Gemini|AI_PRODUCT]] to explain the terms and conditions. Forty pages! It summarised it in one page, that is how we understood that they can deactivate you for rating below four point six. So it's AI explaining the other AI to us, haha. Our union people, the [[AUATON|ORGANIZATION]], the app transport union, they even held a meeting at [[Ojota|CITY]] in [[November twenty twenty-three|DATE|date_in_words]] where somebody showed everybody how to use it. Some of the older drivers, like Baba [[Kareem|PERSON|title_outside]], he is [[sixty-one|AGE]], he doesn't even type, he uses the voice one, [[Siri|AI_PRODUCT]], on the iPhone his son sent from abroad.

AI: If someone wanted to follow up with you for this research, how would you prefer to be contacted?

User: You can call me or send message, it's [[zero eight zero three, five five five, two one seven six|OBF_PHONE|spoken_digits]]. Or email, [[seun dot martins eighty-four at gmail dot com|OBF_EMAIL|spoken_email]]. Any time except [[Sunday|GENERIC_TIME]] morning, I go to church at [[RCCG Redemption Camp|ORGANIZATION]] with the family. And, um, just to add, we drivers in [[Nigeria|COUNTRY]], in [[Africa|CONTINENT]] generally, we are not against the technology, we use it more than the big men. Like [[Elon Musk|PUBLIC_FIGURE]] is saying robots will drive soon, okay, but let them come and try Third Mainland Bridge at rush hour first, haha. Many of my friends have travelled to [[Canada|COUNTRY]] and the [[UK|COUNTRY]], they say over there it's the same app, same wahala.""")

# 2. Philippines - hotel housekeeping supervisor, Lapu-Lapu City - typed chat
T.append("""AI: Hi! Thanks for taking the time. Could you start by telling me what you do for work?

User: hello po :) im [[Cristina Villanueva|PERSON]] but pls call me [[tin|PERSON|lowercase_name]], [[29|AGE]] yrs old. im [[housekeeping supervisor|JOB_TITLE]] at [[Shangri-La Mactan|ORGANIZATION]] in [[Lapu-Lapu City|CITY]], [[cebu|CITY|lowercase]]. since [[2016|DATE]] im there, started as [[room attendant|JOB_TITLE]] after i finish HRM in [[University of San Carlos|SCHOOL]]

AI: Nice to meet you, [[Tin|PERSON]]. What does a typical shift look like, and where does AI come in?

User: shift is 6am to 3pm, i handle 2 floors so like 40 rooms, 8 attendants under me. ai is in the system na, we use [[Opera|SOFTWARE|name_like_word]] for room status and now theres new module that predict which rooms will checkout early so we assign first. also i use [[chatgpt|AI_PRODUCT|lowercase]] alot for english emails to [[the guests|GENERIC_ROLE]] bc my english is ok but not formal enough. and [[canva|SOFTWARE|lowercase]] for the schedule poster lol

AI: Can you give me an example of one of those emails?

User: yes [[last week|GENERIC_TIME]] a guest complain about missing earrings, korean lady. i paste her complain to [[chatgpt|AI_PRODUCT|lowercase]] and room no and her name Ms. [[Park Ji-yeon|PERSON]], and the attendant who clean that room, [[Joy|PERSON|name_like_word]], i even wrote that [[joy|PERSON|lowercase_name]] entered at 11am. [[chatgpt|AI_PRODUCT|lowercase]] made very nice sorry letter. we found the earrings in the linen cart after haha. our [[front office manager|JOB_TITLE]] sir [[Harold Sy|PERSON]] checked it before sending, he said very professional [[tin|PERSON|lowercase_name]] good job

AI: You mentioned [[Joy|PERSON]]. How do the room attendants feel about these tools?

User: mixed po. the young ones like [[joy|PERSON|lowercase_name]] and [[Alexa|PERSON|name_like_product]] (yes her real name [[alexa|PERSON|lowercase_name]] haha, [[Alexa Dimaculangan|PERSON]]) they love it. we tease her bc the suites have [[Amazon Echo|AI_PRODUCT]] and guests always shouting "[[ALEXA|AI_PRODUCT|person_like_product]] turn off light" lol. the older ones like manang [[Lorna|PERSON]], shes [[52|AGE]], scared ai will replace them. i tell her ai cannot fold towel manang. but honestly im also worried bout the new face scanner for attendance, and HR made us put SSS no and philhealth in [[google forms|SOFTWARE|lowercase]] for the new system. mine is [[34-6718290-5|NATIONAL_ID|id_like_phone]], philhealth [[19-250384917-2|NATIONAL_ID]]. i put bc everyone did, after i think hmm who can see this

AI: That's a fair concern. Do you use AI outside of work too?

User: yes for my sideline, i sell dried mango and otap online on [[facebook marketplace|SOFTWARE|lowercase]], page name [[Tin's Pasalubong Cebu|ORGANIZATION|org_with_name]]. [[chatgpt|AI_PRODUCT|lowercase]] make my captions and [[meta ai|AI_PRODUCT|lowercase]] also, its inside [[messenger|SOFTWARE|lowercase]] now. my sister [[Hope|PERSON|name_like_word]] in [[Dubai|CITY]] helps me with orders from OFWs in [[UAE|COUNTRY]]. she work as [[nanny|JOB_TITLE]] there since [[2019|DATE]]

AI: Thank you, [[Tin|PERSON]]. If we want to follow up, how could we reach you, and what would make AI more useful in your job?

User: pwede [[messenger|SOFTWARE|lowercase]] [[facebook.com/tin.villanueva.0815|URL]] or text [[0917 482 3361|PHONE_NUMBER]]. email [[tinvillanueva.hk@yahoo.com|EMAIL_ADDRESS]] but i rarely check. not [[sunday|GENERIC_TIME|lowercase]] bc mass and day off. for useful... if it can understand bisaya properly, and if [[management|GENERIC_ROLE]] use it to reduce our workload not to cut staff. [[every january|GENERIC_TIME|lowercase]] during sinulog we are full occupancy and only 5 supervisors. even when [[Manny Pacquiao|PUBLIC_FIGURE]] stayed on our floor we were short staff haha""")

# 3. Brazil - motorcycle delivery rider (motoboy), São Paulo - typed chat
T.append("""AI: Olá! Thanks for joining. Can you tell me a bit about your work?

User: oi! sorry my english not perfect. im [[Matheus Oliveira Santos|PERSON]], friends call me [[Teteu|PERSON|nickname]]. i am [[motoboy|JOB_TITLE]], delivery with moto for [[iFood|ORGANIZATION]] and [[Rappi|ORGANIZATION]] in [[São Paulo|CITY]], i live in [[Itaquera|CITY]] zona leste. [[27|AGE]] years. i start in [[março 2020|DATE|non_english_month]] when [[pandemic|GENERIC_TIME|lowercase]] start and i lost my job as [[estoquista|JOB_TITLE|non_english_title]] in [[Renner|ORGANIZATION|org_like_name]] store

AI: Thanks, [[Teteu|PERSON]]. Where does AI come into your day?

User: everywhere kkkk. the [[iFood|ORGANIZATION]] app decide everything, which order, how much i earn, sometimes 6 reais for 4km. is the algoritmo. i use [[Waze|SOFTWARE]] for route. and [[ChatGPT|AI_PRODUCT]] i use when [[the client|GENERIC_ROLE]] is rude in chat, i ask [[gpt|AI_PRODUCT|lowercase]] how to answer educado. also my cunhado [[Diego|PERSON]] show me to use [[gpt|AI_PRODUCT|lowercase]] for calculate if is worth to accept the corrida

AI: Can you give me a concrete example of how you calculate whether it's worth it?

User: yes i made planilha in [[Google Sheets|SOFTWARE]] with gasolina, km, time, and i ask [[ChatGPT|AI_PRODUCT]] make the formulas. i put all my earnings since [[janeiro|GENERIC_TIME|non_english_month]]. now i know [[sexta|GENERIC_TIME|non_english_weekday]] night and [[domingo|GENERIC_TIME|non_english_weekday]] lunch is best, [[tuesday|GENERIC_TIME|lowercase]] is waste of gasolina. also it help me with MEI declaration, i put my CNPJ [[41.238.907/0001-62|NATIONAL_ID]] and it explain the DAS boleto. ya i think i put my CPF [[387.204.519-06|NATIONAL_ID]] when i ask to fill the form. and one time my CNH number for a multa, [[04827193560|NATIONAL_ID|id_like_phone]]. and my address for the prefeitura letter, [[Rua Gregório Ramalho, 214|ADDRESS]], [[Itaquera|CITY]]. my wife [[Jéssica|PERSON]] say im crazy to put all this. she is [[manicure|JOB_TITLE]] in salon [[Espaço Bella Unhas|ORGANIZATION]] and she is more careful than me

AI: What about the other riders? How do they use these tools?

User: we have whatsapp group [[Motocas da ZL|ORGANIZATION|org_like_group]], like 200 riders. my friend we call [[Pelé|PERSON|nickname_like_public_figure]] bc he play bola very good (not the real [[Pelé|PUBLIC_FIGURE]] kkk, his name is [[Wellington|PERSON]]), he got bloqueado from [[iFood|ORGANIZATION]] in [[agosto 2023|DATE|non_english_month]], no explanation, app say fraude in the facial recognition. he used [[chatgpt|AI_PRODUCT|lowercase]]... no, he used [[Gemini|AI_PRODUCT]] to write appeal and the [[Sindimoto|ORGANIZATION]] help him. took 3 weeks, 3 weeks no money

AI: That sounds stressful. Do you worry about AI in your job?

User: yes. the app is pressure you to go fast, the time is counting, and [[the restaurants|GENERIC_ROLE]] are slow so you lose. i had accident in [[2022|DATE]], broke my arm, app don't care. also i see in news they test drone delivery in [[Campinas|CITY]]. i think ai will take our job maybe in 10 years. but who will climb the favela with pizza? drone no haha

AI: If we wanted to follow up with you, what's the best way? And is there anything else you'd like to add?

User: whatsapp [[(11) 97314-2280|PHONE_NUMBER]] or email [[teteu.entregas@hotmail.com|EMAIL_ADDRESS]]. [[insta|SOFTWARE|abbreviation]] [[@teteu_motoboy_zl|SOCIAL_HANDLE]] i post video of deliveries kkk. my pix is the phone also so if have gift card pls send there hahaha. and just that ai should help the worker not only the company. my dream is go to [[Portugal|COUNTRY]] like my cousin [[Rafa|PERSON]], he deliver with [[Glovo|ORGANIZATION]] in [[Lisboa|CITY]]. he say in [[Europe|CONTINENT]] is better money but also algoritmo, same thing kkkk. ok obrigado, good luck with the pesquisa""")

# 4. India - kirana (general store) owner, Pune - speech-to-text
T.append("""AI: Thank you for speaking with me. Could you begin by telling me about your work?

User: Yes, yes, namaste. So I am [[Rajesh Deshmukh|PERSON]], in the area people call me [[Raju|PERSON|nickname]] bhai. I run a kirana store, general store, [[Deshmukh General Stores|ORGANIZATION|org_with_name]], in [[Kothrud|CITY]], [[Pune|CITY]]. Address is [[shop number four, Sai Krupa Apartments, Karve Road|ADDRESS|spoken_address]], near the petrol pump. I am, um, [[fifty-two|AGE]] years. The shop my father started in [[nineteen eighty-seven|DATE|date_in_words]], and I am sitting there since I was [[sixteen|AGE]], after tenth standard from [[Abhinava Vidyalaya|SCHOOL]].

AI: Thank you, Mr. [[Deshmukh|PERSON]]. How did AI first come into your shop?

User: Actually first my son [[Aditya|PERSON]] put it on my phone. He is studying engineering at [[C O E P|SCHOOL|spaced_letters]], third year. He installed the [[Chat GPD|AI_PRODUCT|misheard_product]], and before that [[Khata Book|SOFTWARE|misheard_product]] for the udhaar, the credit accounts, and [[Google Pay|SOFTWARE]] and [[PhonePe|SOFTWARE]] for payments. Now the AI I use mostly for ordering stock. I say in Marathi by voice what is finished, it makes a list for the wholesaler, [[Shree Ganesh Traders|ORGANIZATION|org_like_name]] in [[Market Yard|CITY]], and I send the list on [[WhatsApp|SOFTWARE]] to Mr. [[Pravin Jain|PERSON]] there.

AI: Can you give me an example of when it helped, or when it didn't?

User: Helped, during [[Diwali|GENERIC_TIME]] [[last year|GENERIC_TIME]]. So much stock, dry fruits, sweet boxes, I asked it how much to order based on the previous year, I gave my notebook numbers. It was quite correct, only kaju was short. Not helped, the GST. I asked it to fill my GST return, I gave my GST number, [[twenty-seven A A F P D four eight two one K one Z five|NATIONAL_ID|spoken_id]], and it gave some wrong calculation. My [[CA|JOB_TITLE|abbreviation]], [[Sameer Gokhale|PERSON]], he shouted at me, [[Rajesh|PERSON]] ji, don't do this, you will get a notice from the department.

AI: Do your customers notice any of this?

User: Customers, no. Most of my customers are old people from the housing societies, like [[Kulkarni|PERSON]] aunty on the second floor, she is [[eighty-one|AGE]], she calls on landline and my boy [[Ganya|PERSON|nickname]] delivers. The big threat is [[JioMart|ORGANIZATION]] and [[Blinkit|ORGANIZATION]], ten-minute delivery. [[Mukesh Ambani|PUBLIC_FIGURE]] has AI, I have notebook, haha. [[Modi|PUBLIC_FIGURE]] ji says go digital, okay, so I also joined [[ONDC|ORGANIZATION]] [[last month|GENERIC_TIME]], [[Aditya|PERSON]] did the listing.

AI: Do you have any worries about the personal information you put into these tools?

User: Worry is there. Aadhaar, PAN, everything is linked with the phone now. Once I spoke my Aadhaar into it for the ration card form, [[forty-four seventeen, twenty ninety-three, eighty-eight fifty-six|NATIONAL_ID|spoken_digits]], then only I thought, arre, where is this going? My wife [[Sunita|PERSON]] says the machine is always listening, she doesn't like the [[Alexa|AI_PRODUCT]] that [[Aditya|PERSON]] gave us for [[Diwali|GENERIC_TIME]]. She covers it with a cloth, haha. Also in [[India|COUNTRY]] so many frauds, my brother-in-law lost forty thousand in one fake KYC call.

AI: If we need to follow up with you, how can we reach you?

User: Phone is best, [[nine eight two two zero, four one seven three six|OBF_PHONE|spoken_digits]]. Or email, my son made it, [[raju dot kirana at the rate gmail dot com|OBF_EMAIL|spoken_email]]. Morning before nine is good, after that shop is busy. Not [[Thursday|GENERIC_TIME]] afternoon, that day I go to [[Market Yard|CITY]] for stock.""")

# 5. Kenya - smallholder dairy farmer, Othaya (Nyeri) - speech-to-text
T.append("""AI: Hello, and thank you for joining. Could you tell me about yourself and your work?

User: Okay. Hello. I am [[Wanjiru Kamau|PERSON]], but in the village they call me Mama [[Shiru|PERSON|nickname]]. I am a [[dairy farmer|JOB_TITLE]] in [[Othaya|CITY]], that is in [[Nyeri|CITY]] County. I have six cows, Friesian and one Ayrshire, and I sell the milk to [[Gikondi Dairy Farmers Cooperative|ORGANIZATION]]. I am [[forty-seven|AGE]] years. Before, I was a [[primary school teacher|JOB_TITLE]] at [[Karima Primary|SCHOOL]], but I retired early in [[twenty fifteen|DATE|date_in_words]] to do farming full time with my husband [[Njoroge|PERSON]].

AI: Thank you, [[Wanjiru|PERSON]]. How does AI or technology come into your farming?

User: Mostly through the phone. We have [[iCow|SOFTWARE]], it sends SMS about when the cow is on heat, when to give the dewormer. And [[M-Pesa|SOFTWARE]] for everything, the cooperative pays us through [[M-Pesa|SOFTWARE]] at the end of the month. Then my daughter [[Faith|PERSON|name_like_word]], she is at [[Kenyatta University|SCHOOL]] doing agriculture, she showed me the, um, the [[chart GPT|AI_PRODUCT|misheard_product]] on [[WhatsApp|SOFTWARE]]. Now I ask it about cow diseases before I call the [[vet|JOB_TITLE]], because the [[vet|JOB_TITLE]], Dr. [[Otieno|PERSON]], he charges two thousand just to come.

AI: Can you describe a time you asked it about a sick cow?

User: Yes. [[Last December|GENERIC_TIME]] one cow, we call her Mercy, she stopped eating and the milk was like water. I typed everything, her age, the feed, the temperature, and it said maybe mastitis, or milk fever. It told me to call the [[vet|JOB_TITLE]] quickly, it did not pretend. So Dr. [[Otieno|PERSON]] came and it was milk fever, he gave calcium. Mercy is fine now, she is giving eighteen litres. So it helped me to not wait. But some of the neighbours, like Mzee [[Gitau|PERSON]] next door, he says these things are for young people, he trusts only [[the extension officer|GENERIC_ROLE]].

AI: Are there things that worry you about using these tools?

User: Ah, yes. When we registered for the new digital subsidy, the fertiliser e-voucher, they wanted ID number, KRA PIN, phone, everything. My ID is [[two eight four one seven three zero six|NATIONAL_ID|spoken_digits]], and the KRA PIN [[A zero zero four seven one eight eight two six P|NATIONAL_ID|spoken_id]], I gave to [[the clerk|GENERIC_ROLE]] at the chief's office and he typed into the computer. I don't know where it goes. Then in the [[dry season|GENERIC_TIME]] somebody called me pretending to be from [[Safaricom|ORGANIZATION]], he knew my name and my cows. So I fear.

AI: That sounds unsettling. Is there anything else you'd like to share about AI and farming in your area?

User: Only that it is good, but the network here is poor, and the English. If it can speak Kikuyu properly, all the mamas in our chama will use it. Our chama is [[Wendani Women Group|ORGANIZATION|org_like_group]], twenty-two members, I am the [[treasurer|JOB_TITLE]]. Even [[Ruto|PUBLIC_FIGURE]] was talking of AI for farmers on TV, okay, but let them fix the milk price first. The milk from [[Uganda|COUNTRY]] is cheap and it is killing us in [[Kenya|COUNTRY]].

AI: Thank you, [[Wanjiru|PERSON]]. If we want to follow up, how can we reach you?

User: My number is [[zero seven two two, six one four, eight zero three|OBF_PHONE|spoken_digits]]. I don't use email, but [[Faith|PERSON|name_like_word]] can receive for me, it is [[faithwanjiru.k at students dot ku dot ac dot ke|OBF_EMAIL|mixed_obfuscation]]. Call [[in the evening|GENERIC_TIME]], after milking.""")

# 6. Mexico - construction foreman (maestro de obra), Monterrey - typed chat
T.append("""AI: Hi, thanks for being here. Can you tell me what you do?

User: hola, ok. my name is [[Jesús Garza Treviño|PERSON]], everybody say me [[chuy|PERSON|lowercase_nickname]]. im [[maestro de obra|JOB_TITLE|non_english_title]], like [[foreman|JOB_TITLE]], for [[Constructora Treviño Hermanos|ORGANIZATION|org_with_name]] in [[Monterrey|CITY]]. now we build houses in a fraccionamiento in [[Apodaca|CITY]], 120 houses. i have [[38|AGE]] years, i work in construction since i was [[15|AGE]] with my father

AI: Thanks, [[Chuy|PERSON]]. How does AI come into your work on site?

User: before nothing, only calculadora and notebook lol. now the [[residente de obra|JOB_TITLE|non_english_title]], the ingeniera [[Lorena Saldívar|PERSON]], she use [[ChatGPT|AI_PRODUCT]] for the reports and she teach me. i use it for calculate materials, like how many bultos of cement for a losa of 6x8, and to write the list for [[Cemex|ORGANIZATION]]. also i send photos of cracks to [[chatgpt|AI_PRODUCT|lowercase]] and ask if is dangerous. and [[Excel|SOFTWARE]] for the raya, the weekly pay of [[los chalanes|GENERIC_ROLE|non_english_role]]

AI: Could you give me an example of when it got something right or wrong?

User: wrong: it calculate the block for a barda and say 800, we need like 1100 bc it dont count the waste and the castillos. right: the pay. every [[sabado|GENERIC_TIME|non_english_weekday]] i make the raya and before i make errors, some guys get less and they get angry, like [[el guero|PERSON|lowercase_nickname]] he almost punch me one time haha. his name is [[Rodolfo|PERSON]] but nobody say it. now i put hours in [[excel|SOFTWARE|lowercase]] and the ai check the formulas, no more problems

AI: You mentioned the weekly pay. What information do you put into those spreadsheets?

User: names, hours, and NSS of everybody for the IMSS. mine is [[4318 8522 073|NATIONAL_ID|id_like_phone]] haha dont steal it. also the CURP bc the new app of the company ask it, mine [[GATJ850312HNLRRS09|NATIONAL_ID]]. the [[Excel|SOFTWARE]] is in google drive and i share with the ing. and the [[owner|JOB_TITLE]], don [[Ramiro Treviño|PERSON]], so i think is ok? my nephew [[Ángel|PERSON|name_like_word]] say dont put that in [[chatgpt|AI_PRODUCT|lowercase]]... ok i put it one time maybe

AI: How do the other workers feel about AI?

User: they laugh. [[the older guys|GENERIC_ROLE]] say ai cant put block. true. but the company put cameras with ai in the site in [[san pedro|CITY|lowercase]] to see who use helmet and who dont, and they send fines. that they dont like. some guys go to work in [[Houston|CITY]], Texas, in [[Estados Unidos|COUNTRY|non_english_country]], they say there [[the foreman|GENERIC_ROLE]] use apps for everything also

AI: Thanks, [[Chuy|PERSON]]. Is there anything you'd like AI to do for you that it can't now? And how can we contact you if we want to follow up?

User: read the planos! the engineers send PDF from [[AutoCAD|SOFTWARE]] and i want it tell me the quantities. [[Copilot|AI_PRODUCT]] in the phone try but is bad. and talk in norteño spanish lol. for contact, whatsapp [[81 1734 0926|PHONE_NUMBER]] or [[chuy.garza.obra@gmail.com|EMAIL_ADDRESS]]. better after 6pm, on site i dont check the phone. and not in [[semana santa|GENERIC_TIME|lowercase]] i go to [[Montemorelos|CITY]] with family. saludos""")

# 7. Poland - long-haul truck driver, Łódź - speech-to-text
T.append("""AI: Good morning, and thanks for joining. Could you tell me about your job?

User: Yes, good morning. So, my name is [[Chris Toff Wisniewski|PERSON|misheard_name]], [[Krzysztof|PERSON]], sorry, the, uh, the dictation never gets it right. I am a [[truck driver|JOB_TITLE]], international, for [[Trans-Pol Logistics|ORGANIZATION]], we are based near [[Łódź|CITY]], in [[Stryków|CITY]], next to the big warehouses. I drive mostly to [[Germany|COUNTRY]], [[Netherlands|COUNTRY]], sometimes [[Spain|COUNTRY]]. Two weeks on the road, one week home. I am [[fifty-six|AGE]], I drive since [[nineteen ninety-four|DATE|date_in_words]], so thirty years, more.

AI: That's a long career. How does AI come into your work on the road?

User: Uh, a lot now, more than people think. The truck itself, the new Volvo, it has the lane assist, the emergency braking, that is also a kind of AI I think. Then the company put a camera looking at my face, if I close my eyes long it beeps and sends to [[the dispatcher|GENERIC_ROLE]]. Our [[dispatcher|JOB_TITLE]], [[Agnieszka|PERSON]], she is okay, but the camera I don't like. For myself I use [[DeepL|AI_PRODUCT]] and [[Google Translate|SOFTWARE]] to speak with the warehouse people in [[Rotterdam|CITY]], and now [[ChatGPT|AI_PRODUCT]] in voice mode, I talk with it when I am bored [[at night|GENERIC_TIME]], haha, about history, about football, about [[Lewandowski|PUBLIC_FIGURE]].

AI: Can you tell me about a specific time when one of these tools really helped, or caused a problem?

User: Helped, yes. In [[February|GENERIC_TIME]] I was stopped by [[the police|GENERIC_ROLE]] in [[Lyon|CITY]], they said my tachograph, the rest time was wrong. I don't speak French. I put the paper in [[ChatGPT|AI_PRODUCT]] with the camera and it translated and explained what they want, and I called [[my boss|GENERIC_ROLE]], pan [[Zbigniew Kowalczyk|PERSON]], the [[owner|JOB_TITLE]]. In the end we paid a fine, two hundred euro, but less than they said first. Problem, also yes: one time the navigation, the truck [[Sygic|SOFTWARE]], it sent me into a small village road near [[Ghent|CITY]], forty tonnes, I had to reverse one kilometre. AI doesn't know everything.

AI: You mentioned the camera that watches you. How do you feel about that?

User: It's like a second wife in the cabin, haha. My real wife, [[Bożena|PERSON]], she laughs at this. No, seriously, they have all the data, where I stop, how long I sleep, my face. The company sends it to some firm in [[Wrocław|CITY]] that makes the analysis, [[Fleetwise Analytics|ORGANIZATION]], something like that. And my driver card for the tachograph, the number is, uh, [[PL one seven four four zero nine three eight|NATIONAL_ID|spoken_id]], everything is connected with it. The younger drivers, like my colleague [[Dawid|PERSON]], he is [[twenty-six|AGE]], they don't care about this.

AI: Do you have worries about the future of your job?

User: The trucks without driver, [[Tesla|ORGANIZATION]] and these. I think not before I retire, I have nine years more. But for young ones, maybe. My son [[Kuba|PERSON|nickname]] wanted to be driver like me, I told him, no, go study, so he is at [[Politechnika Łódzka|SCHOOL]] now, computer science. Maybe he will make the robot that takes my job, haha.

AI: Thank you, [[Krzysztof|PERSON]]. If we want to follow up, how can we reach you?

User: My phone, Polish number, [[plus four eight, six zero two, three one five, seven seven eight|OBF_PHONE|spoken_digits]]. Or email, [[k dot wisniewski sixty-eight at wp dot pl|OBF_EMAIL|spoken_email]]. I am home mostly on [[weekends|GENERIC_TIME]], but not [[at Christmas|GENERIC_TIME]], then we go to my mother in [[Zakopane|CITY]].""")

# 8. Vietnam - phở restaurant owner, Đà Nẵng - typed chat
T.append("""AI: Hello and welcome! Could you start by telling me about your work?

User: hello. i am [[Nguyen Thi Thu Hang|PERSON|no_diacritics]], [[44|AGE]] years old. i own small pho restaurant [[Phở Bà Sáu|ORGANIZATION|org_like_name]] in [[Da Nang|CITY]], [[Son Tra|CITY]] district, address [[27 Nguyễn Văn Thoại|ADDRESS|street_named_after_person]]. my mother open it in [[1998|DATE]], i take over in [[2011|DATE]]. we have 6 staff and i also cook

AI: Thank you, Ms. [[Hằng|PERSON]]. Where does AI come into running the restaurant?

User: mostly for tourist. now many korean and australian come [[after covid|GENERIC_TIME|lowercase]], i dont speak good english so i use [[ChatGPT|AI_PRODUCT]] to make menu in english and korean. also for reply review on [[Google Maps|SOFTWARE]] and [[TripAdvisor|SOFTWARE]]. before one customer write bad review bc the broth too salty, i ask [[chatgpt|AI_PRODUCT|lowercase]] write polite answer. and we sell on [[GrabFood|ORGANIZATION]] and [[ShopeeFood|ORGANIZATION]], the app choose who see my shop, i dont understand how

AI: Can you give me an example of a reply you wrote with it?

User: yes. one man from [[Sydney|CITY]], his name on review was [[Brad K.|PERSON|truncated_name]], he said staff rude. actually he was drunk haha. i ask [[chatgpt|AI_PRODUCT|lowercase]] and it write very nice sorry. my husband anh [[Minh|PERSON]] say too nice, must say the truth. we fight a little lol. my staff em [[Tuấn|PERSON]], the [[waiter|JOB_TITLE]], he also use [[Zalo|SOFTWARE]] AI to translate when [[the guest|GENERIC_ROLE]] talk

AI: Are there any worries you have about these tools?

User: worry that the apps take too much money, [[Grab|ORGANIZATION]] take 25%. and the ai make all restaurant look same, same photos same menu. also i give my CCCD for register [[ShopeeFood|ORGANIZATION]], the number [[048187004512|NATIONAL_ID|id_like_phone]], and tax code for household business [[0401789235|NATIONAL_ID|id_like_phone]]. they have all my info. my son [[Bảo|PERSON]] study IT at [[Đại học Bách khoa Đà Nẵng|SCHOOL]] he say mẹ dont give to [[chatgpt|AI_PRODUCT|lowercase]], ok i listen to him

AI: That's sensible advice from your son. Is there anything you'd like AI to help with that it doesn't yet?

User: the accounting. every [[tết|GENERIC_TIME|lowercase]] i must close book and its headache. and the marketing like the famous pho in [[Hanoi|CITY]] where [[Obama|PUBLIC_FIGURE]] eat bun cha haha, we want famous also. [[Anthony Bourdain|PUBLIC_FIGURE]] came to [[Vietnam|COUNTRY]] long ago but not to us

AI: Thank you, [[Hằng|PERSON]]. How can we reach you if we want to follow up?

User: [[zalo|SOFTWARE|lowercase]] or phone [[0905 318 227|PHONE_NUMBER]], email [[phobasau.danang@gmail.com|EMAIL_ADDRESS]]. morning after 10am when the breakfast rush finish. facebook page is [[fb.com/phobasau27|URL]] if you come to [[Da Nang|CITY]] come eat!""")

# 9. Germany - self-employed master electrician, Leipzig - speech-to-text
T.append("""AI: Hello, thanks for taking part. Could you tell me a little about yourself and your work?

User: Ja, hello. I am [[Torsten Albrecht|PERSON]], I am an [[Elektromeister|JOB_TITLE|non_english_title]], so [[master electrician|JOB_TITLE]], with my own small company in [[Leipzig|CITY]], [[Elektro Albrecht|ORGANIZATION|org_with_name]], three employees and one Azubi. Mostly old buildings, the Altbau, renovation, and now many heat pumps and solar on the roofs, photovoltaic. I am, uh, [[forty-nine|AGE]], I did my Meister in [[two thousand nine|DATE|date_in_words]] at the [[Handwerkskammer zu Leipzig|ORGANIZATION]].

AI: How does AI come into the work of a small electrical company?

User: Honestly, less than in the newspapers. The office part, yes. My wife [[Kerstin|PERSON]] does the books, she uses [[Lexware|SOFTWARE]], and since [[last autumn|GENERIC_TIME]] she writes the offers with [[ChatGPT|AI_PRODUCT]], the Angebote, because [[the customers|GENERIC_ROLE]] want long explanations now for the heat pump subsidy. On the site, um, I use it sometimes to check the norms, the VDE rules, but I don't trust it. It told me once a wrong cable cross-section, for a wallbox, that would be a fire. So I check always in the book.

AI: That's an important example. Could you tell me more about that situation?

User: Yes, it was for a customer in [[Markkleeberg|CITY]], Frau Dr. [[Weber|PERSON|surname_after_title]], she wanted the charger for her electric car. I asked the chatbot, how many square millimetres for eleven kilowatt, forty metres. It said something too small. My [[apprentice|JOB_TITLE]], [[Jonas|PERSON]], he is [[nineteen|AGE]], he believed it immediately, he was already cutting the cable. I said stop, stop. This is my worry, the young ones think the machine is always right.

AI: Do you share customer or company information with these tools?

User: The offers have customer names and addresses, yes, [[Kerstin|PERSON]] puts them in. I told her take them out. And once she put the whole tax letter from the Finanzamt in to understand it, with my Steuernummer, [[two three two slash one four five slash six seven eight nine zero|NATIONAL_ID|spoken_id]]. Probably not smart. But the Finanzamt letters, nobody understands them, not even Germans, haha.

AI: Is there anything else about AI and your trade you'd like to share?

User: Only that we have no young people. The trade is dying, not because of AI. If AI could come and pull cables, welcome. [[Olaf Scholz|PUBLIC_FIGURE]] and the others talk about digitalisation, but in Saxony we still have no proper internet in the villages.

AI: Thank you, Mr. [[Albrecht|PERSON]]. How could we contact you for a follow-up?

User: Phone, office, [[null drei vier eins, neun zwei acht, sechs sieben null eins|OBF_PHONE|non_english_digits]]. Or email, [[info at elektro minus albrecht dot de|OBF_EMAIL|spoken_email]]. Better [[Fridays|GENERIC_TIME]] after twelve, then we are finished on the sites.""")

# 10. Ireland - home care worker, Limerick - typed chat
T.append("""AI: Hi there, thanks so much for joining. To start, what do you do for work?

User: hiya! im [[siobhan|PERSON|lowercase_name]], [[Siobhán Ní Bhriain|PERSON|irish_name]] if u want the full thing lol. im a [[home care assistant|JOB_TITLE]] with [[Bluebird Care|ORGANIZATION]] in [[Limerick|CITY]], been doing it since [[2018|DATE]]. before that i was in retail in [[Penneys|ORGANIZATION|org_like_name]] for years. im [[33|AGE]], two kids, live out in [[Castletroy|CITY]]

AI: Thanks, [[Siobhán|PERSON]]. What does a typical day look like, and where does AI or tech come in?

User: i do about 7 or 8 calls a day, morning calls are personal care, showers, meds prompts, then lunch calls, then [[tea time|GENERIC_TIME]]. the app we use is [[Access Care Planning|SOFTWARE]] i think its called, it tells u ur rota and u log in at each house with the phone. theres some ai in it now that flags if u were too short at a call. and i use [[Claude|AI_PRODUCT|person_like_product]] on my phone, my sister put me onto it, for writing up notes properly cos my spelling is shocking haha

AI: Could you give me an example of using it for your notes?

User: ya so like one of my clients [[Will|PERSON|name_like_word]], hes [[89|AGE]], lovely man, he had a fall [[last Tuesday|GENERIC_TIME]] and i had to write an incident report for the office. i typed into [[Claude|AI_PRODUCT]] what happened in my own words and it made it proper. but i put his full name [[Will Dunne|PERSON]] and his address [[14 Greenhills Road|ADDRESS]], [[Ballysimon|CITY]] in it which i prob shouldnt have. [[my coordinator|GENERIC_ROLE]] [[Niamh|PERSON]] said never put client details into anything like that. so now i just put "client W"

AI: How do your clients feel about technology in their homes?

User: depends! [[Mary|PERSON]]'s son got her an [[alexa|AI_PRODUCT|lowercase]] and she talks to it all day, asks it to play [[Daniel O'Donnell|PUBLIC_FIGURE]] haha, she thinks its a person. shes [[94|AGE]] and sharp as a tack. but some of the men are suspicious of it. [[the family|GENERIC_ROLE]] want cameras in some houses now too, with ai to detect falls. i get it but its a bit weird being on camera while ur doing personal care

AI: That's a really important point. Do you have other worries about AI at work?

User: mainly that the app decides the rota and theres no slack. if [[Will|PERSON]] needs 10 more mins cos hes upset, i get flagged for being late to the next one in [[Annacotty|CITY]]. and the travel time isnt paid properly. thats not really the ais fault its the [[HSE|ORGANIZATION]] contracts but still. also when i started they took my PPS number [[8127364WA|NATIONAL_ID]] and garda vetting and all into some online system, dunno where thats stored

AI: Thank you for sharing all of this, [[Siobhán|PERSON]]. How can we reach you for a follow-up?

User: no bother! text is best [[087 714 2239|PHONE_NUMBER]] or email [[siobhan.nibhriain93@gmail.com|EMAIL_ADDRESS]]. not on [[sundays|GENERIC_TIME|lowercase]] thats family day. oh and im on [[insta|SOFTWARE|abbreviation]] [[@shivvy_cares|SOCIAL_HANDLE]] i do little videos about care work, tryna get more young ones into it, we are so short in [[Ireland|COUNTRY]]""")

# 11. South Africa - owner of a small cleaning business, Durban - speech-to-text
T.append("""AI: Hi, thank you for making time for this. Could you start by telling me about your work?

User: Sure, hi. My name is [[Nomvula Dlamini|PERSON]], people call me [[Vuvu|PERSON|nickname]]. I run a small cleaning business here in [[Durban|CITY]], it's called [[Vuvu's Clean Team|ORGANIZATION|org_with_name]]. We do homes and small offices, mostly in [[Umhlanga|CITY]] and [[Westville|CITY]]. I have seven ladies working with me. Before, I was a [[domestic worker|JOB_TITLE]] myself for eleven years, then I worked through [[SweepSouth|ORGANIZATION]], the app, and in [[twenty twenty-one|DATE|date_in_words]] I registered my own company. I'm [[thirty-six|AGE]].

AI: That's quite a journey, [[Vuvu|PERSON]]. How does AI come into running the business?

User: Eish, a lot now. So first, um, on [[SweepSouth|ORGANIZATION]] the app decided everything, your rating, which jobs you see. If one client gives you three stars you are finished. That's why I left. Now for my own business I use [[WhatsApp Business|SOFTWARE]] for bookings and [[ChatGPT|AI_PRODUCT]] to write the quotes and the contracts, because [[the corporate clients|GENERIC_ROLE]] want it very professional. And I use it to do the schedule, who goes where, because the taxis, you know, the ladies come from [[Umlazi|CITY]] and [[KwaMashu|CITY]], it's far.

AI: Can you walk me through a time it helped you win or keep a client?

User: Yes. There was a law firm in [[La Lucia|CITY]], [[Naidoo and Partners|ORGANIZATION|org_like_names]], they asked for a tender document with health and safety policy, all of that. I didn't even know what is a health and safety policy. [[ChatGPT|AI_PRODUCT]], um, it wrote it with me, like twelve pages. I added my company registration, [[twenty twenty-one slash four five seven eight one two slash zero seven|NATIONAL_ID|spoken_id]], and my B-BBEE certificate. We got the contract, two years. The [[office manager|JOB_TITLE]] there, Mrs. [[Pillay|PERSON]], she said it was the best proposal she got.

AI: How do your staff feel about these tools?

User: Mixed. [[Precious|PERSON|name_like_word]], she is my [[supervisor|JOB_TITLE]], she is young, [[twenty-four|AGE]], she loves it, she even asks it for recipes. But the older ladies like Ma [[Thandeka|PERSON]], they don't trust it, they say the phone is listening. And honestly I also worry. To pay them I need their ID numbers for the UIF, and I put it all in one [[Excel|SOFTWARE]] and once I asked the AI to check it. I even put my own ID, [[eight eight zero four one two, zero four five six, zero eight three|NATIONAL_ID|spoken_digits]]. Then I read on [[Facebook|SOFTWARE]] about data leaks and I thought, hayi, what did I do.

AI: Is there anything else you'd like to share about AI and your industry?

User: Just that cleaning is not going away. The robot vacuum, [[Roomba|SOFTWARE|product_like_name]], my client Mrs. [[van der Merwe|PERSON|surname_particle]] has one and she still calls us [[every week|GENERIC_TIME]], haha, because it gets stuck under the couch. [[Cyril Ramaphosa|PUBLIC_FIGURE]] talks about [[South Africa|COUNTRY]] and the fourth industrial revolution, okay, but who is cleaning the offices of the big men? People like us.

AI: Thank you, [[Nomvula|PERSON]]. How can we reach you for a follow-up?

User: WhatsApp is best, [[zero seven two, eight four five, one one nine zero|OBF_PHONE|spoken_digits]]. Or email, [[bookings at vuvus clean team dot co dot za|OBF_EMAIL|spoken_email]]. Not on [[month end|GENERIC_TIME]], that's when I do payroll and I'm going crazy.""")

# 12. Indonesia - motorbike taxi / food delivery driver (ojol), Yogyakarta - typed chat
T.append("""AI: Hello, thank you for joining! Can you tell me about your job?

User: halo kak. sy [[agus|PERSON|lowercase_name]], full name [[Agus Setiawan|PERSON]]. sy [[driver ojol|JOB_TITLE|mixed_language_title]], [[Gojek|ORGANIZATION]] and sometimes [[Maxim|ORGANIZATION|org_like_name]] too, in [[Jogja|CITY|city_nickname]]. umur [[41|AGE]]. sy jadi driver since [[2017|DATE]], before that sy [[satpam|JOB_TITLE|non_english_title]] (security) at [[Hotel Tentrem|ORGANIZATION]] but contract finish

AI: Thanks, [[Agus|PERSON]]. Where does AI show up in your work?

User: the [[gojek|ORGANIZATION|lowercase]] app is the boss wkwk. it decide order, tarif, bonus. if rating turun, order sepi. sy use [[Google Maps|SOFTWARE]] also but the app has own map. and [[ChatGPT|AI_PRODUCT]] sy use for english, bc many passengers is bule tourist from [[Malioboro|CITY|district]] to [[Prambanan|CITY]]. and for my kid homework haha. my son [[Dimas|PERSON]] at [[SMA Negeri 3 Yogyakarta|SCHOOL]] teach me

AI: Can you tell me about a time it helped with a tourist?

User: ya [[last month|GENERIC_TIME]] a lady from [[Netherlands|COUNTRY]] left her passport in my jacket box lol. sy use [[chatgpt|AI_PRODUCT|lowercase]] write message in english to her, but sy only have her name in the app, [[Femke|PERSON]]. [[gojek|ORGANIZATION|lowercase]] support slow so sy post in [[facebook|SOFTWARE|lowercase]] group [[Info Cegatan Jogja|ORGANIZATION|org_like_group]] and somebody know her hostel in [[Prawirotaman|CITY]]. she give me tip 500rb wkwk. the passport number i dont remember sorry haha

AI: Ha, that's a nice story. Are there things about AI in your job that worry you?

User: ya the suspend. my friend [[bejo|PERSON|lowercase_name]] (real name [[Slamet Riyadi|PERSON|name_like_street]] but everyone call [[bejo|PERSON|lowercase_name]]) got suspend bc the face verification fail, he has beard now. 2 weeks cannot work. and [[gojek|ORGANIZATION|lowercase]] ask NIK, SIM, everything. sy NIK [[3404071208850003|NATIONAL_ID]], SIM [[1208-8512-3456|NATIONAL_ID|id_like_phone]]. if hacked how? and [[tiktok|SOFTWARE|lowercase]] full of news about robotaxi in [[china|COUNTRY|lowercase]], sy think not in [[jogja|CITY|lowercase]] lah, the gang too small for car

AI: What would you change about how these apps use AI?

User: more transparan. why today order sepi and tomorrow ramai. and the tarif, when hujan [[the customer|GENERIC_ROLE]] pay more but driver get same. [[Jokowi|PUBLIC_FIGURE|nickname_public_figure]] once say ojol is hero of economy, ok but hero with no asuransi wkwk. also ojol community [[Garda Indonesia|ORGANIZATION]] already complain to [[Kemnaker|ORGANIZATION]]

AI: Thank you, [[Agus|PERSON]]. How can we contact you for a follow-up?

User: wa [[0812-2745-6613|PHONE_NUMBER]] or email [[agus.setiawan.ojol@gmail.com|EMAIL_ADDRESS]]. better after [[isya|GENERIC_TIME|prayer_time]] or [[friday|GENERIC_TIME|lowercase]] after jumatan. thank u kak""")

# 13. Spain - waiter in a seaside restaurant, Valencia - speech-to-text
T.append("""AI: Hi, thanks for joining us today. Could you tell me a bit about your job?

User: Yes, hello, hola. So I'm [[Javi|PERSON|nickname]], [[Javier Martínez Llorens|PERSON]]. I am [[camarero|JOB_TITLE|non_english_title]], [[waiter|JOB_TITLE]], in a restaurant on the beach in [[Valencia|CITY]], in [[El Cabanyal|CITY]], it's called [[Bodega Ca la Rosita|ORGANIZATION|org_like_name]]. Paella, seafood, for tourists mostly. I'm [[thirty-one|AGE]]. I started there in, um, [[two thousand sixteen|DATE|date_in_words]], first only [[in summer|GENERIC_TIME]], now all year.

AI: Thanks, [[Javi|PERSON]]. How does AI come into your work in the restaurant?

User: Okay so, the reservations come by [[TheFork|SOFTWARE]] and [[CoverManager|SOFTWARE]], and that one now, um, it says which tables to give, and it predicts the no-shows, I think with AI. The tablet for the orders also. And me, I use [[ChatGPT|AI_PRODUCT]] on my phone for the languages. I speak English okay, but [[the tourists|GENERIC_ROLE]] from [[Germany|COUNTRY]], from [[Netherlands|COUNTRY]], from everywhere, so I use the voice translation sometimes at the table. The [[owner|JOB_TITLE]], [[Vicente|PERSON]], he says it's not elegant, haha, but it works.

AI: Could you share a specific moment where it made a difference?

User: Yes, one time a lady had allergy, very bad, to, um, the shellfish and also something with mustard, she was from [[Poland|COUNTRY]] and the English was not good. I put it in the translator and then I asked [[ChatGPT|AI_PRODUCT]] what in our menu is safe. It said the paella valenciana is okay, no seafood, and the [[cook|JOB_TITLE]], [[Paco|PERSON]], he checked everything. It was okay. But I don't trust it a hundred percent, I always ask [[Paco|PERSON]].

AI: Does your employer use AI in ways that affect you?

User: Mm, the schedule. Since [[last year|GENERIC_TIME]] the [[manager|JOB_TITLE]], [[Rocío|PERSON]], she uses an app, [[Skello|SOFTWARE]], and it makes the turns, the shifts, with the forecast of the weather and the reservations. If it says rain, we are two waiters less. They call you at nine [[in the morning|GENERIC_TIME]], today no. That is hard because you don't know your salary for the month. In [[Fallas|GENERIC_TIME|festival]] it's crazy, everybody works.

AI: Is there anything about personal data that concerns you?

User: The app has everything, my DNI, [[two zero four seven one nine three eight K|NATIONAL_ID|spoken_id]], my social security number, my bank. And the cameras in the terrace. I don't know. My girlfriend [[Lucía|PERSON]] is a [[nurse|JOB_TITLE]] at [[Hospital La Fe|ORGANIZATION]] and she says in the hospital they are very strict with the data, and in the restaurant, nothing, everything on [[WhatsApp|SOFTWARE]].

AI: Thank you, [[Javi|PERSON]]. If we want to follow up, how can we contact you?

User: My mobile is, um, [[six five four, thirty-two, eighteen, zero nine|OBF_PHONE|spoken_grouped_digits]]. Email is [[javi dot martinez dot ll at outlook dot es|OBF_EMAIL|spoken_email]]. Better [[in the morning|GENERIC_TIME]], not on [[weekends|GENERIC_TIME]], [[weekends|GENERIC_TIME]] are impossible. Ah, and like [[Rafa Nadal|PUBLIC_FIGURE]] says, vamos, haha. Thank you.""")

# 14. Ukraine - freelance translator and copywriter on a gig platform, Lviv - typed chat
T.append("""AI: Hello, and thank you for taking part. Could you describe your work?

User: Hi! I'm [[Oksana Hrytsenko|PERSON]], [[29|AGE]], freelance [[translator|JOB_TITLE]] and [[copywriter|JOB_TITLE]], EN/UA/RU/PL. I work mostly through [[Upwork|ORGANIZATION]], some direct clients. originally from [[Kharkiv|CITY]] but since [[March 2022|DATE]] living in [[Lviv|CITY]] with my mom. studied philology at [[Ivan Franko National University of Lviv|SCHOOL|school_named_after_person]] (though actually [[Karazin University|SCHOOL]] in [[Kharkiv|CITY]] first, then transferred)

AI: Thanks, [[Oksana|PERSON]]. How has AI changed your work?

User: honestly? it ate half of it. in [[2023|DATE]] my translation orders dropped like 60% because clients just use [[DeepL|AI_PRODUCT]] or [[ChatGPT|AI_PRODUCT]]. now I get "post-editing" jobs, fix the machine translation, for half the price. I use the tools myself of course, [[Claude|AI_PRODUCT|person_like_product]] for first drafts of long texts, [[Grammarly|SOFTWARE]] for English, [[Trados|SOFTWARE]] for CAT. I'm not against it but the rates collapsed

AI: Can you give me a concrete example of a job that changed?

User: sure. I had a regular client, [[BrightPath Media|ORGANIZATION]], [[US|COUNTRY]] agency, the [[PM|JOB_TITLE|abbreviation]] there [[Mike Tolliver|PERSON]] used to send me 20k words a month of marketing copy, UA localisation for a mobile game. in [[January|GENERIC_TIME]] he wrote me on [[Slack|SOFTWARE]]: "we're moving to AI + one reviewer". the reviewer is me, for 3 cents a word instead of 9. I accepted, what can I do, electricity generator costs money lol

AI: That's a big change. Do you have concerns about data or privacy with these tools?

User: yes, two. first, clients send me NDAs and contracts full of personal data, names, passport numbers, and if I paste into an AI tool it goes god knows where. I strip names now. second, my own data on platforms. [[Upwork|ORGANIZATION]] has my passport scan, my tax number (RNOKPP) [[3284107561|NATIONAL_ID|id_like_phone]], my FOP registration, everything. there was a fake "[[Upwork|ORGANIZATION]] support" on [[Telegram|SOFTWARE]] that tried to phish my friend [[Dasha|PERSON|nickname]] [[last month|GENERIC_TIME]], they knew her rate and her clients

AI: I'm sorry to hear that. Is there anything else you'd like to add about AI and freelancing in [[Ukraine|COUNTRY]]?

User: a lot of my colleagues left the profession, [[Dasha|PERSON]] now works as a [[barista|JOB_TITLE]] at [[Lviv Croissants|ORGANIZATION]] lol, no shame, it's stable. I retrained a bit in SEO. and everyone here is tired, air raid alerts at 3am and then you have a deadline for a client in [[San Diego|CITY]] who doesn't care. [[Zelensky|PUBLIC_FIGURE]] talks about [[Ukraine|COUNTRY]] as IT nation, ok, but translators are not IT apparently

AI: Thank you, [[Oksana|PERSON]]. How can we get in touch for a follow-up?

User: email is best: [[oksana.hrytsenko.translate@proton.me|EMAIL_ADDRESS]]. [[upwork|ORGANIZATION|lowercase]] profile [[upwork.com/freelancers/~01a7c93e55d2f0b4e1|URL]]. or telegram [[@oksana_hr_translates|SOCIAL_HANDLE]]. phone [[+380 67 412 8830|PHONE_NUMBER]] but I don't pick up unknown numbers anymore, sorry, scams""")

# 15. Egypt - plumber, Alexandria - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your work?

User: Yes, ahlan. My name is [[Mahmoud Abdel Fattah|PERSON]], in the area they call me [[Abu Yousef|PERSON|kunya_nickname]]. I am a [[plumber|JOB_TITLE]], [[sabbak|JOB_TITLE|non_english_title]], in [[Alexandria|CITY]], in [[Sidi Bishr|CITY]]. Twenty years in this work. I am [[forty-two|AGE]]. From [[two thousand eight|DATE|date_in_words]] to [[two thousand fourteen|DATE|date_in_words]] I worked in [[Saudi Arabia|COUNTRY]], in [[Dammam|CITY]], for a contracting company, [[Al Muhaidib|ORGANIZATION]], then I came back.

AI: Thank you. How does AI or technology come into your plumbing work?

User: Before, only the phone for calls. Now, my son [[Yousef|PERSON]], he is [[seventeen|AGE]], he put for me the app [[Filkhedma|ORGANIZATION]], the app for the home services, so customers book me from there. And he showed me the [[Chat G B T|AI_PRODUCT|misheard_product]], the, the, [[ChatGPT|AI_PRODUCT]]. I use it for two things. One, when I see a new heater or a new pump, the Chinese ones, I take a picture of the label and ask it how to fix. Two, to write the price for the customer in a nice way, because in [[Smouha|CITY]] [[the customers|GENERIC_ROLE]] want a paper, an invoice.

AI: Could you tell me about a time it helped you, or a time it was wrong?

User: Helped, one time in [[Smouha|CITY]], a lady, Doctora [[Nermine|PERSON|title_outside]], she had a water heater from [[Ariston|ORGANIZATION|brand]] with error code, I never saw it. I took a picture and it told me the code means the sensor. I changed it, finish, she was happy. Wrong, also, it told me to use one pipe size for a building in [[Miami|CITY|ambiguous_city]], I mean the [[Miami|CITY|ambiguous_city]] district here in [[Alexandria|CITY]], not [[America|COUNTRY]], haha, and the pressure was not enough, I had to do it again. So I trust it fifty-fifty.

AI: Do you share personal information with these apps?

User: The [[Filkhedma|ORGANIZATION]] app, yes, they asked for my national ID card, both sides photo, and the number, [[two eight five zero three one two zero two zero one eight five seven|NATIONAL_ID|spoken_digits]]. And the criminal record paper. I think it is okay, it's a company. But on [[Facebook|SOFTWARE]] I see people selling the ID pictures, so I am afraid a little. My wife says don't put the face on the internet.

AI: What do the other plumbers you know think about AI?

User: The old ones, like my teacher, Hagg [[Sayed|PERSON]], he taught me the work when I was small, he says this is nonsense, the work is in the hands. The young ones watch [[YouTube|SOFTWARE]] and use it. I think it's good, but in [[Egypt|COUNTRY]] the problem is not the knowledge, it is the price of the materials, everything is double since the pound fell. AI can't fix that, haha. Even [[Mohamed Salah|PUBLIC_FIGURE]] can't fix that.

AI: Thank you. If we want to follow up, how can we reach you?

User: On WhatsApp, the number is [[zero one zero, one two seven, four four, eight nine, one six|OBF_PHONE|spoken_digits]]. I don't use email, write to my son, [[yousef mahmoud two thousand seven at gmail dot com|OBF_EMAIL|spoken_email]]. After [[Ramadan|GENERIC_TIME]] is better, now I work at night [[after iftar|GENERIC_TIME]].""")

# 16. Pakistan - tailor and boutique owner, Faisalabad - typed chat
T.append("""AI: Assalam o alaikum, and thank you for joining! Could you tell me about your work?

User: walaikum salam. my name [[Muhammad Imran|PERSON]], i am [[tailor|JOB_TITLE]] and now have small boutique also, [[Imran Tailors & Boutique|ORGANIZATION|org_with_name]] in [[Faisalabad|CITY]], [[Peoples Colony|CITY|district]]. age [[37|AGE]]. shop is from my father time, i am sitting since [[2006|DATE]]. 4 karigar work with me and my younger brother [[Kashif|PERSON]]

AI: Thank you, [[Imran|PERSON]]. How has AI come into your shop?

User: first through [[tiktok|SOFTWARE|lowercase]] and [[instagram|SOFTWARE|lowercase]] haha. ladies come with screenshot, "bhai same like [[Mahira Khan|PUBLIC_FIGURE]] suit in drama". so my nephew tell me use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] for making design ideas and for writing captions in english for [[insta|SOFTWARE|abbreviation]] page. and now there is the AI on [[WhatsApp|SOFTWARE]] also, [[Meta AI|AI_PRODUCT]], i ask it measurements conversion inch cm. and for online order i use [[Daraz|ORGANIZATION]] but its hard

AI: Can you describe a time when it helped with a specific order?

User: yes before [[Eid|GENERIC_TIME]] very rush, 120 suits order. i make list in [[Excel|SOFTWARE]] with customer name, phone, measurement, and ask [[chatgpt|AI_PRODUCT|lowercase]] to make schedule which karigar do which suit by date. it was good help. but one mistake it make, it mix two customers, mrs [[Rubina|PERSON]] and mrs [[Rubab|PERSON]] measurement bc name similar lol. [[Rubina|PERSON]] suit came very tight. she was angry but after she laugh

AI: Do you ever worry about sharing customer information with these tools?

User: honestly no i didnt think. now you ask, yes, i put full list with phone numbers. ladies wont like it if their number go somewhere. also i put my CNIC [[33100-4827163-5|NATIONAL_ID|id_like_phone]] and NTN when i ask [[chatgpt|AI_PRODUCT|lowercase]] to help for [[FBR|ORGANIZATION|abbreviation]] tax form. my friend [[Waqas|PERSON]] he is [[accountant|JOB_TITLE]] at [[Nishat Mills|ORGANIZATION]] he scold me, he say dont do this yaar

AI: What about payments — do any AI tools affect how you get paid?

User: payments on [[JazzCash|SOFTWARE]] and [[Easypaisa|SOFTWARE]], sometimes the account get blocked for "suspicious" when big amount come before [[Eid|GENERIC_TIME]]. i think some AI decide this. then i have to go to franchise with CNIC, lose half day

AI: Thank you, [[Imran|PERSON]]. How can we reach you for a follow-up?

User: whatsapp [[0300-6612784|PHONE_NUMBER]]. [[insta|SOFTWARE|abbreviation]] page [[@imrantailors.fsd|SOCIAL_HANDLE]]. email [[imrantailorsfsd@gmail.com|EMAIL_ADDRESS]] my nephew check it. [[friday|GENERIC_TIME|lowercase]] after jumma prayer is good time, shop is slow. and please no politics question haha, here everybody fight about [[Imran Khan|PUBLIC_FIGURE|shares_name_with_participant]] in [[Pakistan|COUNTRY]]""")

# 17. Japan - convenience store night-shift leader, Osaka - typed chat
T.append("""AI: Hello, and thank you for participating. Could you tell me about your job?

User: Hello. I am [[Takahashi Kenji|PERSON|surname_first]]. I work at convenience store, [[Lawson|ORGANIZATION|org_like_name]], in [[Osaka|CITY]], near [[Namba|CITY|district]] station. I am [[night shift leader|JOB_TITLE]], 10pm to 7am. Age [[52|AGE]]. Before I was [[salaryman|JOB_TITLE]] at printing company [[Kinki Insatsu|ORGANIZATION]] but company closed in [[2015|DATE]]. My English is not good, sorry.

AI: Your English is fine, [[Takahashi|PERSON]]-san. How does AI appear in your work at the store?

User: Thank you. Many AI now. The ordering system, [[AI.CO|AI_PRODUCT|product_like_abbreviation]], it tells how many onigiri, bento to order by weather and event. Before, it was decide by feeling. Also self register, and camera for shoplifting with AI. I personally use [[ChatGPT|AI_PRODUCT]] for English and Vietnamese, because night staff are foreign students. And [[LINE|SOFTWARE|allcaps_product]] for the shift group.

AI: Could you tell me more about working with the foreign students?

User: Yes. Now 5 of 7 night staff are from [[Vietnam|COUNTRY]] and [[Nepal|COUNTRY]]. For example [[Linh|PERSON]], she is [[22|AGE]], studying at [[Osaka YMCA Japanese language school|SCHOOL]], very hard worker. And [[Bishal|PERSON]] from [[Kathmandu|CITY]]. When I teach the procedure, like how to do the takkyubin package or the fried chicken machine, I write in Japanese and [[ChatGPT|AI_PRODUCT]] translate. Sometimes strange translation and [[Linh|PERSON]] laugh. But it helps. Before I used gestures only.

AI: Are there ways AI at the store worries you?

User: Yes. [[Owner|JOB_TITLE]] [[Oda|PERSON]]-san says [[headquarters|GENERIC_ROLE]] plan unmanned store at night, only machine. Already some stores in [[Tokyo|CITY]] testing. Then my job finish. At [[52|AGE]] who hire me? Also the camera AI sometimes say customer is suspicious, but is just old man slow. I feel bad.

AI: That's understandable. Do you ever put personal information into these tools?

User: Once, for my tax document, I ask [[ChatGPT|AI_PRODUCT]] explain. I typed My Number [[4821 7730 9156|NATIONAL_ID|id_like_phone]]. Later my daughter [[Yui|PERSON]] say never do this. She is [[nurse|JOB_TITLE]] in [[Kobe|CITY]] and very strict. So now I am careful.

AI: Thank you, [[Takahashi|PERSON]]-san. If we want to follow up, how can we contact you?

User: Email please, [[k.takahashi.0721@docomo.ne.jp|EMAIL_ADDRESS]]. Phone [[090-4417-2289|PHONE_NUMBER]] but I sleep in day time. Not in [[Obon|GENERIC_TIME]], I go to hometown [[Wakayama|CITY]]. Also I like baseball, [[Ohtani|PUBLIC_FIGURE]] is my hero, if you need talk about that also OK haha.""")

# 18. Ghana - cocoa farmer and cooperative secretary, near Bekwai (Ashanti) - speech-to-text
T.append("""AI: Good afternoon, and thank you for joining. Could you introduce yourself and your work?

User: Good afternoon. My name is [[Kwame Asante Boateng|PERSON]]. I am a [[cocoa farmer|JOB_TITLE]], I have about eight acres near [[Bekwai|CITY]], in the Ashanti Region, our village is [[Anwiankwanta|CITY]]. I am also the [[secretary|JOB_TITLE]] of our society in the [[Kwapa Coco|ORGANIZATION|misheard_org]], sorry, the machine wrote it wrong, [[Kuapa Kokoo|ORGANIZATION]], the farmers' cooperative. I am [[fifty-eight|AGE]] years old.

AI: Thank you, Mr. [[Boateng|PERSON]]. How does AI or digital technology come into cocoa farming for you?

User: Hmm, it's coming slowly. Now [[COCOBOD|ORGANIZATION]] has registered all of us with the farmer ID card, with the map of the farm from GPS, because of the European rules, the deforestation rules. So they know exactly where my farm is. For payment we use [[MTN MoMo|SOFTWARE]]. And my daughter [[Comfort|PERSON|name_like_word]], she is a [[teacher|JOB_TITLE]] in [[Kumasi|CITY]], she showed me [[ChatGPT|AI_PRODUCT]] and also the app [[Plantix|SOFTWARE]], you take a picture of the leaf and it tells you the disease.

AI: Could you tell me about a time you used one of those tools on the farm?

User: Yes. [[During the minor season|GENERIC_TIME]], some of my trees, the leaves were turning yellow and the pods black. I took picture with [[Plantix|SOFTWARE]], it said black pod disease, which I suspected. Then I asked [[ChatGPT|AI_PRODUCT]], how much copper fungicide, and it gave an answer, but the [[extension officer|JOB_TITLE]], Mr. [[Owusu-Ansah|PERSON|hyphenated_surname]], he said the dose was for another crop, too strong. So I use it, but I confirm with him. He knows our soil.

AI: You mentioned the farmer ID and the farm mapping. How do you feel about that data?

User: It is good and not good. Good because [[the buyers|GENERIC_ROLE]] in [[Europe|CONTINENT]] want to know the cocoa is clean, and we get the premium. Not good because I don't know who is seeing it. When they registered us, they took my national ID number, [[G H A, seven one four, eight two nine, three zero five, three|NATIONAL_ID|spoken_id]], my photo, fingerprint, everything. Some people in [[Côte d'Ivoire|COUNTRY]], across the border, they say the data was used to cheat farmers on price. I don't know if it's true.

AI: What about the younger people in your village? Do they use AI?

User: The young ones, they don't want to farm, they go to [[Accra|CITY]] to do okada or to sell phones. My nephew [[Yaw|PERSON]], he is [[twenty-three|AGE]], he says uncle, AI will do the farming, drones will spray. I said okay, you bring the drone, I will watch. [[Kofi Annan|PUBLIC_FIGURE]] was from [[Kumasi|CITY]], you know, and he said agriculture is the future of [[Africa|CONTINENT]]. I believe that, but the price must be good. In [[Ghana|COUNTRY]] the farmer is the poorest person in the chain.

AI: Thank you, Mr. [[Boateng|PERSON]]. If we want to follow up, how can we reach you?

User: My phone, [[zero two four, three three eight, one nine zero five|OBF_PHONE|spoken_digits]]. WhatsApp on the same number. No email, but [[Comfort|PERSON]] can help, her email is [[comfort dot boateng at yahoo dot com|OBF_EMAIL|spoken_email]]. The best time is after [[October|GENERIC_TIME]], when the main crop harvest is finished.""")

# 19. Turkey - barber with his own shop, İzmir - typed chat
T.append("""AI: Hi, thanks for joining! Could you tell me about yourself and your job?

User: merhaba :) im [[emre|PERSON|lowercase_name]], [[Emre Yıldız|PERSON]]. im a [[barber|JOB_TITLE]], i have my own shop [[Berber Emre|ORGANIZATION|org_with_name]] in [[Karşıyaka|CITY|district]], [[izmir|CITY|lowercase]]. im [[34|AGE]]. i learned the job from my uncle when i was [[14|AGE]], then i worked in [[Germany|COUNTRY]] 3 years in a barbershop in [[Duisburg|CITY]], came back and opened my shop in [[2019|DATE]]

AI: Thanks, [[Emre|PERSON]]. How does AI show up in a barbershop?

User: more than u think haha. [[the customers|GENERIC_ROLE]] come with photos from [[instagram|SOFTWARE|lowercase]] or [[tiktok|SOFTWARE|lowercase]], "i want like [[Arda Güler|PUBLIC_FIGURE]]" or like [[Cristiano Ronaldo|PUBLIC_FIGURE]] lol. now some come with AI pictures from [[Midjourney|AI_PRODUCT]] or some filter app, hair that is impossible in real life. so i have to explain. i use [[ChatGPT|AI_PRODUCT]] for my [[instagram|SOFTWARE|lowercase]] captions and for replying to comments in english and german, and [[Canva|SOFTWARE]] for the price list. booking is with [[Randevum|SOFTWARE|product_like_word]] app, it sends reminders automatic

AI: Can you give me an example of one of those impossible requests?

User: ya [[last summer|GENERIC_TIME]] a guy, [[Umut|PERSON|name_like_word]], young, maybe [[17|AGE]], came with AI photo of himself with thick curly hair and a perfect fade, but his hair is very thin. i showed him in the mirror and he was sad. i felt bad. so i asked [[chatgpt|AI_PRODUCT|lowercase]] what style is good for thin hair and we chose something together. now he comes every 3 weeks. his mother [[Deniz|PERSON|name_like_word]] hanım also brings the little brother

AI: That's a nice story. Do you have any worries about AI in your work?

User: not that it cuts hair lol. more the [[instagram|SOFTWARE|lowercase]] algorithm, if it doesnt show my videos i lose customers. and the booking app asked my TC kimlik no [[34718290562|NATIONAL_ID|id_like_phone]] for the payment system and my tax number. i dont know if they keep it safe. my [[apprentice|JOB_TITLE]] [[Barış|PERSON|name_like_word]] is [[19|AGE]] and he puts everything online, his phone number, address, i tell him yavaş ol kardeşim

AI: Do other barbers you know use these tools?

User: yes in our [[whatsapp|SOFTWARE|lowercase]] group of barbers in [[izmir|CITY|lowercase]], like 40 people, everyone uses [[chatgpt|AI_PRODUCT|lowercase]] for captions. my friend [[Serkan|PERSON]] from [[Bornova|CITY]] even made a logo with AI and won a small competition from [[L'Oréal|ORGANIZATION|brand_like_name]] haha. some old barbers say this is not real barbering. and my worker [[Ahmad|PERSON]] from [[Syria|COUNTRY]] uses it to learn Turkish, very helpful

AI: Thank you, [[Emre|PERSON]]. How can we contact you for a follow-up?

User: [[insta|SOFTWARE|abbreviation]] [[@berberemre.ksk|SOCIAL_HANDLE]] or [[whatsapp|SOFTWARE|lowercase]] [[0532 418 27 93|PHONE_NUMBER]]. email [[emreyildiz.berber@hotmail.com|EMAIL_ADDRESS]]. [[pazartesi|GENERIC_TIME|non_english_weekday]] the shop is closed so [[monday|GENERIC_TIME|lowercase]] is best. not during [[bayram|GENERIC_TIME|lowercase]], then we are full""")

# 20. Colombia - hospital cleaner (outsourced), Medellín - speech-to-text
T.append("""AI: Hello, and thank you for joining. Could you tell me about your work?

User: Sí, hola, buenas. My name is [[Luz Marina Restrepo|PERSON]], but everyone calls me [[Luzma|PERSON|nickname]]. I work in cleaning, [[auxiliar de servicios generales|JOB_TITLE|non_english_title]], in a hospital here in [[Medellín|CITY]], the [[Pablo Tobón Uribe|ORGANIZATION|org_named_after_person]]. But I am not employed by the hospital, I am with a contractor, [[Aseo Total S.A.S.|ORGANIZATION]]. I am [[forty-five|AGE]] years old, I live in [[Bello|CITY]], I take the metro every day at four thirty in the morning.

AI: Thank you, [[Luzma|PERSON]]. How does AI or technology come into your cleaning work?

User: Ay, more than before. Now in the hospital there is a system, um, with QR codes on every room, I scan it with the phone when I finish and it goes to [[the supervisor|GENERIC_ROLE]], and the system decides the priority, which room is next, like after a patient is discharged. They say it has AI. And also there is a robot now that does the UV light in the operating rooms, the nurses call it [[Robotina|SOFTWARE|robot_with_person_name]], haha. And for me personally, I use [[WhatsApp|SOFTWARE]] and my daughter taught me [[ChatGPT|AI_PRODUCT]], I use it with voice because I don't write very well.

AI: What do you use [[ChatGPT|AI_PRODUCT]] for?

User: Many things. For the recipes, haha. For my rights, my rights as a worker, because the contractor sometimes pays late, or they don't pay the night hours correct. I asked it, what does the law say about the recargo nocturno, and it explained me. Then me and my compañera [[Esperanza|PERSON|name_like_word]], she also works nights, we went to talk to the [[coordinator|JOB_TITLE]], Doña [[Gladys|PERSON]], with the information. And they paid, not all, but they paid.

AI: That's a good outcome. Were there any times the technology caused problems?

User: Yes, the QR system. If the phone has no battery, or the signal fails in the basement, then it looks like I didn't clean, and they call me lazy. One time in [[December|GENERIC_TIME]] they made a report against me, and my cédula number, [[forty-three million, eight hundred seventy-two thousand, one hundred nineteen|NATIONAL_ID|number_words]], was on the paper with a warning. I had to prove with the nurses that I cleaned. The [[nurse|JOB_TITLE]], [[Yésica|PERSON]], she was kind, she wrote that I was there.

AI: Do you have any worries about the future of your job with AI?

User: The robots, yes, a little. I saw on [[YouTube|SOFTWARE]] robots that clean floors in [[China|COUNTRY]] and in the airports in the [[United States|COUNTRY]]. But a hospital, with the blood, the vomit, the patients talking to you, crying, I don't think a robot can do that. Sometimes the old patients talk to me more than to [[the doctors|GENERIC_ROLE]]. Also, I studied a course at the [[SENA|SCHOOL|training_institute]] in [[two thousand twelve|DATE|date_in_words]], hospital cleaning and biosafety, so I know the protocols.

AI: Thank you, [[Luzma|PERSON]]. If we'd like to follow up, how can we contact you?

User: My number is [[three one zero, five five eight, four two one seven|OBF_PHONE|spoken_digits]], [[WhatsApp|SOFTWARE]]. I don't have email, my daughter [[Valentina|PERSON]] has, [[vale dot restrepo ocho at gmail dot com|OBF_EMAIL|mixed_language_email]]. Better on [[Sundays|GENERIC_TIME]], I work nights from [[Monday|GENERIC_TIME]] to [[Saturday|GENERIC_TIME]]. Ah, and please, tourists ask about [[Pablo Escobar|PUBLIC_FIGURE]] always, but [[Medellín|CITY]] is much more than that.""")

# 21. Bangladesh - garment factory line supervisor, Gazipur - typed chat
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: hello sir/madam. i am [[Shahnaz Akter|PERSON]], [[31|AGE]] years. i am [[line supervisor|JOB_TITLE]] in sewing section at [[Meghna Knit Composite Ltd|ORGANIZATION]] in [[Gazipur|CITY]], [[Konabari|CITY|district]] area. i start as [[helper|JOB_TITLE]] in [[2011|DATE]] when i was [[18|AGE]], then [[operator|JOB_TITLE]], now [[supervisor|JOB_TITLE]] since 2 years. my line make t-shirt for [[H&M|ORGANIZATION|org_abbreviation]] and [[Primark|ORGANIZATION]] mostly

AI: Thank you, [[Shahnaz|PERSON]]. How does AI or technology show up on the factory floor?

User: now there is tablet on every line, the operators scan bundle and system show target per hour, efficiency %. management say it is AI, it predict if line will miss target. if red colour, [[GM|JOB_TITLE|abbreviation]] come shouting lol. i also use [[ChatGPT|AI_PRODUCT]] in my phone, for english because [[buyer auditor|GENERIC_ROLE]] come and ask questions. and [[YouTube|SOFTWARE]] for learning new machine. and [[bKash|SOFTWARE]] for sending money to my mother in [[Rangpur|CITY]]

AI: Can you describe a situation where the system affected your line?

User: yes [[last Ramadan|GENERIC_TIME]], fasting, workers slow in afternoon, system show red red red. the [[PM|JOB_TITLE|abbreviation]], [[Hasan|PERSON]] sir, he was very angry and say cut overtime payment for whole line. i used [[chatgpt|AI_PRODUCT|lowercase]] to write a note in english to the [[compliance officer|JOB_TITLE]] about fasting and target, bc the buyer code of conduct say about this. compliance madam [[Farzana|PERSON]] understood and target was reduced for [[Ramadan|GENERIC_TIME]]. small win haha

AI: That's impressive. Do you have concerns about the data these systems collect?

User: yes. the system knows every worker, how many pieces per hour, how many toilet break. it is like a camera on everybody. also our ID card is linked, i gave NID [[4615239870|NATIONAL_ID|id_like_phone]] and employee ID [[MKC-08817|NATIONAL_ID|employee_id]]. if one worker low efficiency 3 months, maybe they remove. my cousin [[Rina|PERSON]] lost job like this in other factory in [[Ashulia|CITY]]

AI: How do the workers on your line feel about AI?

User: they dont know the word AI much. they say "machine is watching". young girls use [[tiktok|SOFTWARE|lowercase]] and [[imo|SOFTWARE|lowercase_product]] all day but not [[chatgpt|AI_PRODUCT|lowercase]]. some of them join union, [[Sommilito Garments Sramik Federation|ORGANIZATION]], they discuss this. i think if factory move more automation, orders will go to [[Vietnam|COUNTRY]] or [[Cambodia|COUNTRY]] or we lose job to robots. [[Bangladesh|COUNTRY]] is second biggest after [[China|COUNTRY]] but we are cheap only bc we are many

AI: Thank you, [[Shahnaz|PERSON]]. How can we reach you for a follow-up?

User: phone [[01711-492083|PHONE_NUMBER]] ([[bkash|SOFTWARE|lowercase]] also). email i made one, [[shahnaz.akter.gzp@gmail.com|EMAIL_ADDRESS]]. [[friday|GENERIC_TIME|lowercase]] is off day. not during [[Eid|GENERIC_TIME]] holiday, i go to village""")

# 22. Australia - self-employed plasterer, Geelong - speech-to-text
T.append("""AI: G'day, thanks for joining. Could you tell me a bit about yourself and your work?

User: Yeah, no worries. I'm [[Darren Whitfield|PERSON]], most people call me [[Dazza|PERSON|nickname]]. I'm a [[plasterer|JOB_TITLE]], sole trader, been on the tools about twenty-five years, based in [[Geelong|CITY]], do a lot of work down [[Torquay|CITY]] way and out [[Armstrong Creek|CITY]] with all the new estates. I'm [[forty-four|AGE]], got the wife, [[Kylie|PERSON]], and three kids, and one [[apprentice|JOB_TITLE]], [[Jayden|PERSON]].

AI: Thanks, [[Dazza|PERSON]]. Where does AI come into your work, if at all?

User: Honestly, mate, [[a year ago|GENERIC_TIME]] I would've said nowhere. But [[Kylie|PERSON]] does the books, she's on [[Xero|SOFTWARE]], and it's got all that auto stuff now. And I started using [[ChatGPT|AI_PRODUCT]] for quotes, 'cause writing quotes [[at ten o'clock at night|GENERIC_TIME]] after a day of sanding is, yeah, not fun. I just talk into it, or [[Siri|AI_PRODUCT]] types it out, like, "three bedroom, nine foot ceilings, cornice, square set in the living", and it spits out a proper quote. Same with [[Copilot|AI_PRODUCT]] on the laptop, [[Kylie|PERSON]] likes that one better. I get leads off [[hipages|ORGANIZATION|lowercase_brand]] too, and their app does some matching thing, no idea how that works.

AI: Can you tell me about a specific quote or job where it helped or went wrong?

User: Yeah, went wrong, actually. It did a quote for a reno in [[Newtown|CITY|ambiguous_city]], the [[Geelong|CITY]] one not the [[Sydney|CITY]] one, and it put the wrong GST, it added it twice or something. Client was this [[lawyer|JOB_TITLE]] bloke, [[Hamish|PERSON]], and he picked it straight away, bit embarrassing. Now I get [[Kylie|PERSON]] to check everything. The good one was for [[Henley|ORGANIZATION|org_like_name]], the builder, they wanted this big safety doc, SWMS, and it did that in ten minutes. Used to take me a whole [[Sunday|GENERIC_TIME]].

AI: Did you put any business or personal details into those documents?

User: Yeah, the whole lot, ABN, [[five one, eight two four, seven five three, five five six|NATIONAL_ID|spoken_digits]], my white card number, insurance, the lot, 'cause [[the builders|GENERIC_ROLE]] want it on every doc. Didn't really think about it. [[Jayden|PERSON]]'s mum, [[Tracey|PERSON]], she works at [[Barwon Health|ORGANIZATION]], she reckons you shouldn't, but, you know, it's already on the [[ABR|ORGANIZATION|abbreviation]] website anyway, ABNs are public, so.

AI: What do you think AI means for trades like yours going forward?

User: Can't see a robot hanging a sheet of plaster on a raked ceiling anytime soon, mate. They reckon in [[Japan|COUNTRY]] they've got one, seen a video. But the paperwork side, yeah, it's gonna help the little blokes compete with the big outfits. [[Albo|PUBLIC_FIGURE|nickname_public_figure]] keeps banging on about housing, well, we need more tradies, not more apps.

AI: Cheers, [[Dazza|PERSON]]. How can we reach you for a follow-up?

User: Mobile's [[oh four one two, five five eight, nine oh three|OBF_PHONE|spoken_digits_oh]]. Email's [[dazza at whitfield plastering dot com dot au|OBF_EMAIL|spoken_email]]. Best in the [[arvo|GENERIC_TIME|slang]], after three. Not during [[footy finals|GENERIC_TIME]], [[Geelong|CITY]]'s in it again this year, can't miss that.""")

# 23. Romania - baker in an artisan bakery, Cluj-Napoca - typed chat
T.append("""AI: Hello! Thanks for joining. Can you start by telling me about your work?

User: hi, sure. im [[Ioana Mureșan|PERSON]], [[35|AGE]], i work as [[brutar|JOB_TITLE|non_english_title]] ([[baker|JOB_TITLE]]) at [[Brutăria Mămăligă & Co|ORGANIZATION|org_like_food]] in [[Cluj-Napoca|CITY]], in [[Mărăști|CITY|district]]. we make sourdough, cozonac, covrigi. my shift starts at 3am. before this i worked 4 years in [[Italy|COUNTRY]], in a pastry shop in [[Bologna|CITY]], came back in [[2020|DATE]] when [[covid|GENERIC_TIME|lowercase]] started

AI: Thanks, [[Ioana|PERSON]]. How does AI come into a bakery?

User: not in the dough lol. but around it yes. the [[owner|JOB_TITLE]] doamna [[Pop|PERSON|name_like_word]] uses an app for orders from [[Glovo|ORGANIZATION]] and [[Bolt Food|ORGANIZATION]] and it predicts how much bread we need each day. i use [[ChatGPT|AI_PRODUCT]] a lot for recipes scaling, like convert a recipe for 2 loaves to 80 loaves with bakers percentages, and for the allergen labels. also [[Gemini|AI_PRODUCT]] on my phone bc its android

AI: Can you give an example where it helped or made a mistake?

User: mistake: it scaled the salt wrong once, 10x too much, we noticed when [[Florin|PERSON]] tasted the dough haha. he is the other [[baker|JOB_TITLE]], [[60|AGE]] years old, very old school, he says "the machine doesnt have hands". helped: for [[Crăciun|GENERIC_TIME|non_english_holiday]] we had 300 cozonac orders and i made the production plan with [[chatgpt|AI_PRODUCT|lowercase]] in [[excel|SOFTWARE|lowercase]]. saved us

AI: Do you share any personal or business information with these tools?

User: i put our supplier invoices once to make a cost calculation, with the CUI of the company and everything. and for my own taxes (i also sell cakes on [[facebook|SOFTWARE|lowercase]] as PFA) i asked [[chatgpt|AI_PRODUCT|lowercase]] about the declaratia unica and typed my CNP [[2890714125781|NATIONAL_ID]]. my brother [[Vlad|PERSON|name_like_public_figure]] who works in IT at [[Endava|ORGANIZATION]] said "are you crazy", so now i dont

AI: How do you feel about AI and the future of your job?

User: bakeries are ok i think. people in [[Cluj|CITY|short_city]] want real bread, not factory. the supermarkets have the AI and the machines, [[Lidl|ORGANIZATION]] and [[Kaufland|ORGANIZATION]] bake frozen dough all day. we are the opposite. but i worry about prices, energy, the flour. and young people dont want to wake up at 2am. ah and like [[Nadia Comăneci|PUBLIC_FIGURE]] said, perfection is work not luck haha (i think she said that)

AI: Thank you, [[Ioana|PERSON]]. How can we contact you for a follow-up?

User: email [[ioana.muresan.bakes@yahoo.ro|EMAIL_ADDRESS]] or phone [[0seven45 three18 902|OBF_PHONE|digit_word_mix]] (written like this bc of spam bots lol). not on [[saturday|GENERIC_TIME|lowercase]] morning, biggest day. and not around [[Paște|GENERIC_TIME|non_english_holiday]]""")

# 24. USA - grocery shopper and delivery driver on gig apps, Columbus (Ohio) - speech-to-text
T.append("""AI: Hi, thanks so much for joining. Can you tell me about the work you do?

User: Yeah, hi. So I'm [[Tamika Johnson|PERSON]], everybody calls me [[Mika|PERSON|nickname]]. I do gig work, full time basically, [[Instacart|ORGANIZATION]] shopping and [[DoorDash|ORGANIZATION]], sometimes [[Uber Eats|ORGANIZATION]], around [[Columbus|CITY]], mostly the north side, [[Westerville|CITY]], [[Polaris|CITY|district_like_brand]]. I'm [[thirty-nine|AGE]], single mom, two kids. I used to be a [[CNA|JOB_TITLE|abbreviation]] at a nursing home but, um, after [[the pandemic|GENERIC_TIME]] I just couldn't do it no more.

AI: Thanks, [[Mika|PERSON]]. How does AI show up in your gig work?

User: Oh, it's everywhere, it's literally my boss. The apps decide what orders I see, what they pay, there's no person. Then I use a bunch of stuff on my side. I use [[Gridwise|SOFTWARE]] to track my miles and which app pays better [[on Sundays|GENERIC_TIME]], and [[Para|SOFTWARE|product_like_word]] to see the real payout before I accept. And [[ChatGPT|AI_PRODUCT]], I use that to write messages to [[the customers|GENERIC_ROLE]] when something's out of stock, 'cause some of them get really nasty. My girl [[Destiny|PERSON|name_like_word]], she's a [[shopper|JOB_TITLE]] too, she put me on to it.

AI: Could you share an example of one of those messages or situations?

User: So, um, [[last Thanksgiving|GENERIC_TIME]], this lady ordered like two hundred dollars of stuff from [[Kroger|ORGANIZATION]], and half of it was out, no turkey, no cranberry, and she's texting me in all caps. I asked [[ChatGPT|AI_PRODUCT]], like, help me say this nice, and it wrote this whole polite thing with substitutions. She still gave me one star. One star! And then [[Instacart|ORGANIZATION]]'s, like, algorithm, my rating went down and I didn't get the good batches for a week. So AI helped me and AI hurt me the same day, you know?

AI: That sounds frustrating. Do you have concerns about data and privacy?

User: Girl, yes. These apps got my SSN for the taxes, the ten ninety-nine, my license, my face, they make you take a selfie every so often. One time I was doing my taxes on [[TurboTax|SOFTWARE]] and it has that AI assistant, and I read my whole social out loud to it, [[four one two, eight eight, three nine zero one|NATIONAL_ID|spoken_digits]], and then I'm like, wait, who's listening, [[Alexa|AI_PRODUCT]] was on in the kitchen too. My cousin [[Marcus|PERSON]], he works IT at [[Nationwide|ORGANIZATION|org_like_word]], he told me to freeze my credit after that.

AI: What would you want these companies, or AI tools, to do differently?

User: Show me the math. Just tell me why I got deactivated for two days [[last winter|GENERIC_TIME]], nobody could tell me, it was a chatbot saying "we value you" over and over. On [[Reddit|SOFTWARE]] everybody's got the same story. I'm not against AI, I use [[Gemini|AI_PRODUCT]] on my phone to help my son [[Jaylen|PERSON]] with his math homework, he's in sixth grade at [[Hawthorne Elementary|SCHOOL]]. But when AI is [[your manager|GENERIC_ROLE]] and you can't talk back, that's a problem. Even [[Taylor Swift|PUBLIC_FIGURE]] would be mad at that, haha.

AI: Thanks, [[Mika|PERSON]]. How can we reach you for a follow-up?

User: Text me, [[six one four, eight two nine, thirty-three oh seven|OBF_PHONE|spoken_grouped_digits]]. Or email, it's [[mika dot delivers two four at gmail dot com|OBF_EMAIL|spoken_email]]. Just not [[after midnight|GENERIC_TIME]], that's when I do the late [[DoorDash|ORGANIZATION]] runs, and not on the [[Super Bowl weekend|GENERIC_TIME]], that's money.""")

# 25. France - vineyard worker, Beaune (Burgundy) - typed chat
T.append("""AI: Bonjour, and thanks for joining! Could you tell me about your work?

User: bonjour. im [[Karim Benali|PERSON]], [[ouvrier viticole|JOB_TITLE|non_english_title]], [[vineyard worker|JOB_TITLE]], at [[Domaine Lefèvre-Morot|ORGANIZATION|org_with_names]] near [[Beaune|CITY]]. pruning in [[winter|GENERIC_TIME]], tying the vines in [[spring|GENERIC_TIME]], then [[les vendanges|GENERIC_TIME|non_english_season]] in [[september|GENERIC_TIME|lowercase]]. im [[41|AGE]], born in [[Maroc|COUNTRY|non_english_country]], in [[France|COUNTRY]] since [[2004|DATE]]

AI: Merci, [[Karim|PERSON]]. Where does AI show up in vineyard work?

User: in the vines not much lol, the vine doesnt care about AI. but the domaine has now weather station with an app that predict mildiou, the disease, and tell when to spray. the boss M. [[Lefèvre|PERSON|surname_after_title]] trusts it a lot. i use [[Le Chat|AI_PRODUCT|product_like_phrase]], the french AI from [[Mistral|AI_PRODUCT|product_like_word]], and [[ChatGPT|AI_PRODUCT]] also, for papers, for writing to the [[CAF|ORGANIZATION|abbreviation]] and [[France Travail|ORGANIZATION]], bc french administration is a nightmare even for french people haha. and [[Google Lens|SOFTWARE]] to identify diseases on leaves

AI: Can you give me an example of using it for the paperwork?

User: yes [[last year|GENERIC_TIME]] i had problem with my titre de séjour renewal, the prefecture lost my file. i asked [[chatgpt|AI_PRODUCT|lowercase]] to write a letter to the prefecture in [[Dijon|CITY]], i put my numéro de sécu [[1 86 03 99 350 127 43|NATIONAL_ID|id_like_phone]] and the dossier number. it wrote a very good letter, formal. my wife [[Samira|PERSON]] corrected the french a little, she is [[aide-soignante|JOB_TITLE|non_english_title]] at the [[Hospices de Beaune|ORGANIZATION]]. 3 weeks later i had the rendez-vous

AI: What about [[the seasonal workers|GENERIC_ROLE]] during the harvest — does AI affect them?

User: yes, [[the seasonal workers|GENERIC_ROLE]] come from [[Spain|COUNTRY]], [[Poland|COUNTRY]], [[Portugal|COUNTRY]], students also. the domaine uses an app now for the contracts, the TESA, and for the hours, and the translation with [[Google Translate|SOFTWARE]] on the phone. i am [[chef d'équipe|JOB_TITLE|non_english_title]] during [[les vendanges|GENERIC_TIME]], 15 people. some of them dont understand the app so i help them. one Polish guy, [[Tomek|PERSON|nickname]], used [[chatgpt|AI_PRODUCT|lowercase]] to translate the contract and found they forgot to pay the lunch break. good for him

AI: Do you have worries about AI in agriculture?

User: the robots. there is robot for weeding already, [[Naïo|ORGANIZATION]] makes it, i saw it at a salon in [[Montpellier|CITY]]. for the pruning not yet, the vine is too complicated. but the young people dont want this job anyway. [[Macron|PUBLIC_FIGURE]] talks about AI and start-ups, ok, but who will cut the grapes in the villages here like [[Pommard|CITY]] and [[Meursault|CITY|place_like_wine]]

AI: Merci, [[Karim|PERSON]]. How can we reach you for a follow-up?

User: mail [[karim.benali21@orange.fr|EMAIL_ADDRESS]] or phone [[06 47 28 19 53|PHONE_NUMBER]]. not in [[les vendanges|GENERIC_TIME]] obviously, we work 10h a day. and yes people always ask, no im not [[Karim Benzema|PUBLIC_FIGURE|shares_name_with_participant]] haha, i play football much worse""")

write_set(T, "set_bv")
