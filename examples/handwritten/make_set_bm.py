# Blind evaluation set "bm": frontline and manual workers, 25 countries, one transcript each.
from markup import write_set

T = []

# 1 Nigeria - electrician, Lagos - phone-typed, Nigerian Pidgin
T.append("""AI: Good afternoon, and thank you for agreeing to talk with me. Could you start by telling me a little about yourself and the work you do?

User: good afternoon o 🙏 my name na [[Chukwuemeka Obi|PERSON]] but for site everybody dey call me [[Emeka Volts|PERSON|nickname]] lol ⚡ i be [[electrician|JOB_TITLE]], [[39|AGE]] years. i dey work with [[Bakare & Sons Electrical|ORGANIZATION|org_named_after_person]] for [[Ikeja|CITY]] since [[2016|DATE]]. mostly house wiring, inverter and solar install for estates for [[Lekki|CITY]] and [[Ajah|CITY]]. sometimes we go reach [[Ibadan|CITY]] if the job big and the money correct

AI: Thanks, [[Emeka|PERSON]]. How did you first start using AI tools in your work, and has it ever got something wrong?

User: na [[my apprentice|GENERIC_ROLE]] [[Blessing|PERSON|name_is_word]] show me [[last year|GENERIC_TIME]]. she dey use [[ChatGPT|AI_PRODUCT]] for her phone to calculate cable size and load for the AC units. before before i dey do am by head or i go call Oga [[Tunde|PERSON|honorific_outside]], [[the supervisor|GENERIC_ROLE]]. now i just type the question. sometimes e correct, sometimes e dey talk about [[UK|COUNTRY]] standard wey no concern [[Nigeria|COUNTRY]] at all 😂 ehen, one time sef, one customer for [[No. 14 Adeniran Street, off Ogunlana Drive|ADDRESS|local_format_off_street]], [[Surulere|CITY]] want 5kva inverter with 4 battery. [[chatgpt|AI_PRODUCT]] tell me say 6mm cable ok for the battery side but the current too high, i for burn the man house 🔥🔥 na Oga [[Tunde|PERSON]] check am and laugh me tire. since that day i dey use am for idea only, not final answer. [[Blessing|PERSON]] too don learn, she dey cross check with the cable table for the manufacturer book before she talk anything

AI: So [[Tunde|PERSON]] double-checks the technical side. What else do you use it for?

User: mostly to write message to customers. my english dey ok but when i send quotation to customer for [[Banana Island|CITY]] dem go look me like say i no sabi book. so i tell [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] make e write am fine, polite polite. e dey add "Dear Esteemed Client" and "kindly revert" 😂 i dey remove am. i also use am when i dey renew my licence, the form ask plenty question. my licence number na [[LEC/04417/19|NATIONAL_ID|professional_licence]] and i nearly paste am inside the chat before [[Blessing|PERSON]] stop me

AI: Do your customers know you use AI for those messages?

User: some know. [[my wife|GENERIC_ROLE]] [[Precious|PERSON|name_is_word]] na she dey tell everybody 😅 she get small shop for [[Computer Village|CITY|market_district]], she dey sell phone accessories and screen guard. she say make i put my number for the message footer so customers fit call me direct, [[0803 412 7765|PHONE_NUMBER]]. but company no like am because [[the boss|GENERIC_ROLE]] want all job to pass through office, him no want make we dey do side jobs

AI: What does Mr [[Bakare|PERSON|surname_inside_org]] think about AI?

User: alhaji no too send. him be old school, him say "AI no fit climb pole" 😂 but him son [[Sunny|PERSON|name_is_word]] wey dey run the office don start to use [[Copilot|AI_PRODUCT]] for [[Excel|SOFTWARE]] to arrange job sheet and invoice. [[Sunny|PERSON]] sharp well well, he study electrical at [[Yaba College of Technology|SCHOOL]]. [[the boss|GENERIC_ROLE]] dey trust am pass all of us, even the old technicians wey don work there twenty years

AI: Are there things you would never put into [[ChatGPT|AI_PRODUCT]]? And if you could change one thing about how AI works for you, what would it be?

User: customer address, gate code, alarm code, no way. one time i snap the DB board to ask question and the picture show the house number for background, i delete am quick quick. i no dey put my BVN or bank detail, scam too much for this country. even [[Elon Musk|PUBLIC_FIGURE]] fake video dey [[Facebook|SOFTWARE]] every day dey promise people crypto 🙄 my mama nearly fall for am, na [[Precious|PERSON]] talk her out of it. as for change: make e sabi [[Naija|COUNTRY|slang_country_name]] standard and understand pidgin well, and make the answer no long like sermon. for voice note too, e no dey hear my accent at all. if una want follow up, my email na [[emekavolts at yahoo dot com|OBF_EMAIL|spelled_at_dot]] or just [[whatsapp|SOFTWARE]] me. thank you o 👍""")

# 2 Kenya - delivery rider, Nairobi - phone-typed, Sheng/Swahili/English
T.append("""AI: Hi, thanks for making time between deliveries. Can you tell me who you are and what you do?

User: sawa sawa, niko poa. naitwa [[Dennis Kiprono|PERSON]] ila mtaani wananiita [[Deno|PERSON|nickname]] 😎 niko na miaka [[27|AGE]], [[delivery rider|JOB_TITLE]] hapa [[Nairobi|CITY]]. I ride for [[Glovo|ORGANIZATION|platform_employer]] and sometimes [[Uber Eats|ORGANIZATION|platform_employer]] when [[glovo|ORGANIZATION|lowercase]] iko slow. base yangu ni [[Westlands|CITY]] but naishi [[Kawangware|CITY]], kila asubuhi ni jam ya Waiyaki Way 🙄

AI: Nice to meet you, [[Deno|PERSON]]. How do you use AI tools in your day?

User: mostly [[ChatGPT|AI_PRODUCT]] kwa simu. like customer anaandika location ya ajabu "pass the green gate after the mutura guy opposite the church" 😂 nacopy nauliza [[chatgpt|AI_PRODUCT]] anisaidie kuelewa. also for english, some customers wa [[Kilimani|CITY]] wanaandika long complaints na mimi sitaki kuandika vibaya so naomba iniandikie jibu poa. my boy [[Mark|PERSON|name_is_word]] alinionyesha [[Gemini|AI_PRODUCT]] pia but sijazoea

AI: So [[Mark|PERSON]] introduced you to [[Gemini|AI_PRODUCT]]. Is [[Mark|PERSON]] also a rider?

User: yeah ni rider pia, tuko kwa sacco moja, [[Kawangware Boda Riders Sacco|ORGANIZATION]]. yeye ndio tech guy wa group. alituwekea template ya kuhesabu fuel na earnings per week, mimi nilikuwa naandika kwa kitabu, sasa iko kwa [[Google Sheets|SOFTWARE]]. ukiuliza AI "nimeomake ngapi [[this week|GENERIC_TIME]]" inakuambia, sometimes inaongeza vibaya lakini inasaidia

AI: Have you ever shared personal details with these tools? And how do you feel about [[Glovo|ORGANIZATION]] itself using AI?

User: eeh once 🤦🏾‍♂️ [[last month|GENERIC_TIME]] sacco ilikuwa inataka tujaze form ya loan, nikapiga picha ya ID yangu nikaweka kwa [[chatgpt|AI_PRODUCT]] ijaze form. ID no. [[31884207|NATIONAL_ID]] iko kwa hiyo chat mpaka leo. baadaye [[Mark|PERSON]] akasema si poa ku share, watu wa scam wanaweza ipata. nikadelete chat but sijui kama imeenda kweli. unajua hizi kampuni zinaweka kila kitu. na [[Glovo|ORGANIZATION]]... aah hiyo ndiyo shida. app inakupea orders na algorithm, hatujui vile inafanya. siku moja nilikuwa online from 7am to 10pm, ilinipea orders sita tu. sisi riders tulienda kuongea na [[the ops manager|GENERIC_ROLE]] pale office yao, akasema "system ndio inaamua" 🙄 hakuna mtu anajua system ni nani. even [[Ruto|PUBLIC_FIGURE]] anaongea about digital jobs na hustlers lakini hajui hii maisha ya mvua na potholes

AI: What about money - do you use AI for your earnings or [[M-Pesa|SOFTWARE]]?

User: [[M-Pesa|SOFTWARE]] ni kila kitu bro. nascreenshot statement nauliza [[chatgpt|AI_PRODUCT]] iniambie nimetumia pesa ngapi kwa fuel na chai 😂 inasaidia kupanga budget. [[my mum|GENERIC_ROLE]] ako [[Eldoret|CITY]] na namtumia kitu kila [[Friday|GENERIC_TIME]]. my sis [[Faith|PERSON|name_is_word]] ndio alinisaidia kupanga hiyo budget sheet, yeye ni [[nurse|JOB_TITLE]] pale [[Kenyatta National Hospital|ORGANIZATION]], anajua mambo ya numbers kuliko mimi

AI: Last one: what would make AI tools more useful for riders like you? And how can we reach you to follow up?

User: call ama whatsapp: [[sifuri saba mbili mbili, tatu moja nane, nne sifuri tisa|OBF_PHONE|swahili_number_words]] 😅 nimeandika hivyo juu sipendi number yangu iwe online kama digits, bots huscrape. ama nitafute tiktok [[@deno_the_rider|SOCIAL_HANDLE]], napost videos za traffic na customers wa ajabu. na AI? iwe na sheng 😂 na ielewe location za [[kenya|COUNTRY|lowercase]], landmarks not street names, hakuna mtu anajua street names huku. na pia riders tuone vile algorithm inafanya. kama [[Glovo|ORGANIZATION]] wanatumia AI kutupangia kazi na kutukata pesa, sisi pia tuwe na AI ya kutusaidia kuargue na kuandika complaints. [[Faith|PERSON]] anasema niende [[KCA University|SCHOOL]] nisome IT evening classes, maybe siku moja 🙏 asante sana""")

# 3 South Africa - security officer, Johannesburg - speech-to-text
T.append("""AI: Thanks for joining. Please introduce yourself and tell me a bit about your job.

User: Okay so um my name is [[Sipho Ndlovu|PERSON]], I'm [[thirty eight|AGE|self_corrected_number_words]], no wait, [[thirty nine|AGE|number_words]] as of last month, ja. I'm a [[security officer|JOB_TITLE]], grade C, with [[Mthembu Guarding Services|ORGANIZATION|org_named_after_person]], they're based in [[Midrand|CITY]]. I've been with them since um [[twenty seventeen|DATE|spoken_year]]. Right now I'm posted at a complex in [[Sandton|CITY]], I do the night shift, six to six, four on four off.

AI: And how does AI come into that work?

User: So mostly it's the, the [[Chad GPT|AI_PRODUCT|stt_error_name_like]], I mean, sorry, the phone writes it wrong, [[ChatGPT|AI_PRODUCT]]. I use it to write the OB entries, the occurrence book, because [[the site manager|GENERIC_ROLE]] complained my reports are too short. So I just say what happened, like a vehicle tried to tailgate at the boom gate at two a.m., and it makes it proper English with the times and everything. [[My supervisor|GENERIC_ROLE]] [[Grace Mokoena|PERSON]] showed me that, she said uh [[Sipho|PERSON|first_name_of_full_name]], you write like a taxi driver, haha.

AI: So [[Grace|PERSON]] encouraged it. Do the residents know the reports are written that way? And do you use AI for other admin, like registrations?

User: Ja, I think some, some know. There's one resident, uh, let me not say the name. There's a guy at [[unit forty two|ADDRESS|spoken_unit_number]] who is always complaining about the noise of the gate, and once I put his name in the report that [[ChatGPT|AI_PRODUCT]] wrote and then I thought eish, maybe that's not allowed, POPIA and all that. Now I just write resident, unit such-and-such. [[Grace|PERSON|name_is_word]] agreed, she said keep the names out. And admin, ah, the PSIRA, ja. I had to renew and the website was confusing, so I asked um [[Gemini|AI_PRODUCT]] to explain the steps. I didn't give it my number, but I did type it into the [[WhatsApp|SOFTWARE]] to [[Grace|PERSON]] because she was doing the renewals for the whole team. It's uh [[4418207|NATIONAL_ID|professional_registration]]. And then she said the company will pay, which was, which was nice for once. I also did the firearm competency theory with [[ChatGPT|AI_PRODUCT]] quizzing me, that one really helped.

AI: Does your family use these tools too?

User: My daughter [[Lerato|PERSON]], she's in grade eleven at [[Morris Isaacson High School|SCHOOL]]. She uses it for homework and we argue, because I say it's cheating. Even the school sent a form about AI, consent form, I had to write our address, [[1187 Mahalefele Street, Zone 4|ADDRESS|township_format]], [[Diepkloof|CITY]], and sign. So the school is also, they're also confused, hey. [[My wife|GENERIC_ROLE]] uses [[Siri|AI_PRODUCT|name_like_person]] on her phone for recipes, that's about it.

AI: How do you feel about AI in security more broadly? Has it ever made a mistake that affected you?

User: Um, it's coming, hey. The company put in these cameras with the, the AI that counts people and reads number plates, they say it's from some company in [[China|COUNTRY]]. [[The boss|GENERIC_ROLE]], Mr [[Mthembu|PERSON|surname_inside_org]], he says one day we'll need fewer guards. That worries me. But with load shedding, when there's no power the cameras are useless and it's still me with the torch walking the fence, haha. [[Ramaphosa|PUBLIC_FIGURE]] must fix the power first before we talk about robots. And mistakes, ja, once the number plate thing flagged a car as stolen, a white Polo, and I stopped the lady for like twenty minutes, she was shouting. It was wrong, the system read a B as an 8. [[Grace|PERSON]] had to come from [[Fourways|CITY]] at three in the morning to sort it out. After that I don't just trust the machine, I call control first.

AI: Is there anything you'd like tools like [[ChatGPT|AI_PRODUCT]] to do differently?

User: Understand isiZulu properly, and tsotsitaal, the way we actually speak in [[Soweto|CITY]]. When I talk to it in Zulu it answers like a textbook from [[KwaZulu-Natal|CITY|province]]. And it must not be so expensive on data. If you need me again my cell is [[072 441 8802|PHONE_NUMBER]], but after four in the afternoon because I sleep in the day.""")

# 4 Ghana - market trader, Kumasi - careful, some Twi
T.append("""AI: Good morning! Thank you for speaking with me. Could you introduce yourself?

User: Good morning. I am [[Akosua Boatemaa Mensah|PERSON]], but at the market everybody calls me Auntie [[Akos|PERSON|nickname_honorific_outside]]. I am [[52|AGE]] years old and I sell provisions and cooking oil at [[Kejetia|CITY|market_district]] market in [[Kumasi|CITY]]. I have been there since [[1998|DATE]], long before the new market building. My shop is called [[God Is Able Provisions|ORGANIZATION|org_religious_phrase]], you will see the signboard with blue letters near the lorry station.

AI: How did you come to use AI tools?

User: It was my last born, [[Kwame|PERSON|akan_day_name]]. He is at [[KNUST|SCHOOL|acronym]] studying computer engineering. [[Last Christmas|GENERIC_TIME]] he installed [[ChatGPT|AI_PRODUCT]] on my phone and taught me to speak to it in Twi. It does not understand Twi well oo, it mixes it with Fante small small. But in English it helps me write the price list and the messages for my customers on [[WhatsApp|SOFTWARE]] status. Before, I was writing everything in my exercise book.

AI: [[Kwame|PERSON]] sounds helpful. What kinds of questions do you ask it?

User: Many things. How to calculate my profit when the cedi is falling. When I buy oil from the wholesaler in [[Accra|CITY]] the price changes every week. I ask it "if I buy twenty gallons at this price and sell at this one, what is my gain". It is faster than the calculator and it explains. My friend who sells next to me, [[Joy|PERSON|name_is_word]], she does not trust it at all. She says it is juju 😂 She says a machine that talks back is not from God. [[Joy|PERSON]] uses only [[MoMo|SOFTWARE]]. Mobile money is everything here. My [[MoMo|SOFTWARE]] number is written on a board in front of my shop, [[024 551 9083|PHONE_NUMBER]], so customers can pay even when I am not there and my sister is selling. [[Kwame|PERSON]] told me never to tell the AI my PIN, of course I will not. Some fraud boys call pretending to be from the network, but I know their tricks.

AI: Have you ever used it for government or official things?

User: Yes, for my mother's national ID registration. She is old, eighty-three, she lives at [[Ejisu|CITY]]. I used the AI to understand the form. I typed her card number to check if the format was correct, [[GHA-718204963-2|NATIONAL_ID]], and also the digital address of her house, [[AE-0127-3391|ADDRESS|digital_postcode_address]], because the form wanted it. Now I am worried, because [[Kwame|PERSON]] says the company can keep what you type. Is it true?

AI: It depends on the settings, and it's a good question to ask. What about selling online - do you use social media?

User: [[Kwame|PERSON]] opened [[TikTok|SOFTWARE]] for me, [[@auntieakos_kejetia|SOCIAL_HANDLE]]. I did a video where I sing small and show my goods, my tins of milk and the oil. One video got three thousand views! People from [[Takoradi|CITY]] called to ask for delivery. I asked [[ChatGPT|AI_PRODUCT]] how to price the delivery with the STC bus, it gave me a good table. Some young girls in the market now call me [[TikTok Auntie|PERSON|nickname_contains_brand]] 😄

AI: Are there things that worry you about these tools? And is there anything else you'd like to add?

User: My eyes are not good, the writing is small. And sometimes the AI talks like a pastor, too sweet, "dear valued customer" and so on. Also it says things with confidence that are wrong, like it told me the market closes on [[Sundays|GENERIC_TIME]] only, but we have the sanitation day too. The young ones believe everything. Even [[Sarkodie|PUBLIC_FIGURE]] was on radio saying AI will take our jobs, but who will carry the oil? Another thing is that we market women need it in Twi and Ga and Hausa, because the market is all of [[Ghana|COUNTRY]] in one place. And [[the market queen|GENERIC_ROLE]] should be trained too, she is the one who settles quarrels. If you want to reach me again, call the [[MoMo|SOFTWARE]] line or email my son: [[kwame.mensah\u200b@gmail.com|OBF_EMAIL|zero_width_space]]. He reads everything for me. God bless you.""")

# 5 Morocco - cook and restaurant owner, Marrakech - careful, French/Darija, Arabic script
T.append("""AI: Hello, thank you for taking part. Could you tell me about yourself and your work?

User: Bonjour! I am [[Youssef El Amrani|PERSON]], in Arabic [[يوسف العمراني|PERSON|arabic_script]]. I run a small restaurant in the medina of [[Marrakech|CITY]], [[Chez Lalla Zhor|ORGANIZATION|org_named_after_person]], named after my mother. I am the [[chef and owner|JOB_TITLE]]. I was born in [[1409|DATE|hijri_year]] of the hijra, so I am [[35|AGE]] or [[36|AGE]], depending how you count 🙂 We opened in [[2014|DATE]], just twelve tables and a terrace.

AI: How does AI fit into running [[Chez Lalla Zhor|ORGANIZATION]]?

User: The biggest thing is menus and reviews. Tourists come from [[Europe|CONTINENT]], [[China|COUNTRY]], [[Brazil|COUNTRY]]... I use [[ChatGPT|AI_PRODUCT]] to translate the menu into five languages. Before, my cousin [[Hicham|PERSON]] did it and he wrote "pastille au pigeon" in the English menu, people laughed. I also answer reviews on [[TripAdvisor|SOFTWARE]] with it. And sometimes [[Le Chat|AI_PRODUCT|product_name_is_phrase]] from [[Mistral|AI_PRODUCT]], because it answers better in French, more natural, less American.

AI: Does your mother, Lalla [[Zohr|PERSON|echo_misspelled]], still cook?

User: Yes, every morning my mother, Lalla [[Zhor|PERSON|honorific_outside]], makes the msemen and the harira, she is [[seventy-one|AGE|third_party_number_words]] and stronger than me. She does not trust the phone at all. She says the recipes from her grandmother are not for machines. When I asked [[ChatGPT|AI_PRODUCT]] for a tanjia recipe, it put tomatoes and cream! Wallah. So for cooking, no. AI is for paperwork and for the tourists: the declarations for social security for my employees, the taxes, the contracts. I have four workers: [[Nadia|PERSON]], [[my wife|GENERIC_ROLE]], does the cash, [[Brahim|PERSON]] is in the kitchen with me, and two boys who serve. I asked [[Gemini|AI_PRODUCT]] to make a schedule in [[Excel|SOFTWARE]] for [[Ramadan|GENERIC_TIME]], because in [[Ramadan|GENERIC_TIME]] everything changes, we open after ftour. Once I copied a full invoice into the chat by mistake with our company number, [[002345678000091|NATIONAL_ID|business_registration_ice]]. I don't know if that is dangerous.

AI: Do you work with delivery apps?

User: Yes, [[Glovo|SOFTWARE]] since [[2021|DATE]], after the covid. They asked for my CIN, [[EE482913|NATIONAL_ID]], and a photo of the front. The [[Glovo|SOFTWARE]] commission is almost thirty percent, it is too much for a small place. I asked [[ChatGPT|AI_PRODUCT]] to write a complaint in French to them. It was very polite, too polite, they never answered 😂 [[Brahim|PERSON]] said next time write it in Darija with insults, maybe they read it faster.

AI: How do your customers find you?

User: This is the problem. On [[Google Maps|SOFTWARE]] people can't find us because medina addresses are a labyrinth: [[Derb Sidi Bouloukat n° 17|ADDRESS|medina_derb_format]], in [[Mouassine|CITY]]. So I asked the AI to write directions from [[Jemaa el-Fna|CITY|landmark_square]] in English and Spanish, "turn left at the shop with the yellow slippers", and I print them. The faux guides still take the tourists to their cousins' restaurants, the AI cannot fix that 😄

AI: Are there things you prefer not to share with these tools? And is there a way to reach you if we have follow-up questions?

User: My family, and my mother's recipes, absolutely. Also I saw [[Choumicha|PUBLIC_FIGURE|single_name_celebrity]] on 2M saying AI will help women in the kitchen, fine, but it will not replace a real cook. And I worry that the big hotels in [[Guéliz|CITY]] will use AI for everything and the small places will look old. My son is at [[Lycée Victor Hugo|SCHOOL]] and he tells me, papa, you have to be on [[Instagram|SOFTWARE]], you have to be modern. And to reach me, come and eat! 😄 For the research, email me at [[youssef.amrani (at) gmail (point) com|OBF_EMAIL|french_at_point]], or call [[+212 6 61 23 45 78|PHONE_NUMBER]], ask for [[Youssef|PERSON]], everybody in the derb knows me. Not before eleven, I am at the souk buying vegetables with [[Brahim|PERSON]].""")

# 6 India - plumber, Pune - phone-typed Hinglish/Marathi, Devanagari
T.append("""AI: Namaste, and thanks for joining. Could you tell me about yourself and your work?

User: namaste ji 🙏 i am [[Santosh Jadhav|PERSON]], [[plumber|JOB_TITLE]], [[44|AGE]] yrs. everyone calls me [[Santya|PERSON|nickname]] 😄 working with [[Shree Samarth Plumbing Works|ORGANIZATION|org_religious_name]] in [[Kothrud|CITY]], [[Pune|CITY]] since [[2009|DATE]]. owner is [[Raju|PERSON]] bhai, he started the shop with one cycle and one toolbox. we do bathroom fitting, leakage, motor pump, society tank cleaning, everything. monsoon time we are busiest, everybody terrace leaking

AI: Thanks, [[Santosh|PERSON]]. How did AI tools come into your work?

User: first it was [[youtube|SOFTWARE|lowercase]] only. [[YouTube|SOFTWARE]] for new fittings, concealed cistern, all that. then my son [[Aniket|PERSON]] who is doing diploma at [[Government Polytechnic Pune|SCHOOL]] installed [[ChatGPT|AI_PRODUCT]] and also [[Gemini|AI_PRODUCT]] on my phone. now i send photo of leakage and ask "kya problem hai". 50-50 answer milta hai 😅 sometimes it says "please call a licensed professional" lol i am the [[plumber|JOB_TITLE]]. my english is little so i type in hinglish or marathi, it understands better than my customers honestly

AI: How do you use it with customers?

User: mainly quotation. customer ko proper quotation bhejna padta hai on [[WhatsApp|SOFTWARE]] business, with GST and all. [[raju|PERSON|lowercase_name]] bhai says make it look like big company. so i tell [[chatgpt|AI_PRODUCT]] "make quotation for 2 bathroom full fitting jaquar, labour separate" and it makes nice table. then i copy into [[Vyapar|SOFTWARE|app_name_is_word]] app for the bill. one society chairman in [[Baner|CITY]] said your quotation looks better than [[Urban Company|ORGANIZATION|competitor_platform]] 😎 but once it wrote labour rate of [[Mumbai|CITY]], too high, customer got angry and i lost the job

AI: Have you ever entered personal information into these tools?

User: haan ek baar, galti se. for one govt scheme form for workers i put my aadhaar to check the form, [[4521 7788 3016|NATIONAL_ID]] 🙈 my wife [[सविता|PERSON|devanagari_script]] scolded me, she said aadhaar is not for [[chatgpt|AI_PRODUCT]], [[Savita|PERSON|transliteration_pair]] is more smart than me in these things. also once i pasted full customer address to make quotation: [[Flat 302, Sai Krupa Apartments, near Hanuman mandir|ADDRESS|landmark_format]], [[Karve Nagar|CITY]]. now i write only "customer [[karve nagar|CITY|lowercase_place]]" and the flat size

AI: So [[Savita|PERSON]] keeps an eye on things. Does [[Raju|PERSON]] bhai use AI himself?

User: [[raju|PERSON]] bhai is old type, he trusts only his red diary and his nephew [[Bunty|PERSON|nickname]]. [[Bunty|PERSON]] handles the insta page [[@samarthplumbing_pune|SOCIAL_HANDLE]] and he makes reels with AI voice like [[Amitabh Bachchan|PUBLIC_FIGURE]] saying "leakage ka ilaaj, Samarth ke paas" 😂 customers love it but i think one day we will get notice. [[Raju|PERSON]] bhai only checks how many calls came. [[the plumbers|GENERIC_ROLE]] in our shop, 6 people, only me and [[Bunty|PERSON]] use these apps. others ask me "[[Santya|PERSON]], ask your AI" and i become the computer man 🤣

AI: What would you want to change, and how can we reach you later?

User: voice in marathi properly. when i am under the sink with dirty hands i want to talk, not type. and [[Alexa|AI_PRODUCT|name_like_person]] in some customer houses starts answering when i talk to my helper, very funny, one lady in [[Aundh|CITY]] said dont talk loud [[Alexa|AI_PRODUCT]] will order something 😂 also it should know indian pipes, indian pressure, not american size. [[aniket|PERSON]] says they will learn. for call [[98220 45173|PHONE_NUMBER]], after 8 pm only, day time i am on site and my phone is in the bag""")

# 7 Philippines - hotel room attendant, Mactan, Cebu - phone-typed Taglish/Bisaya
T.append("""AI: Hi! Thanks for joining. Could you tell me about yourself and your job?

User: hello po! im [[Maricel Dela Cruz|PERSON]] but pls call me [[Cel|PERSON|short_nickname]] 😊 [[31|AGE]] y/o, [[room attendant|JOB_TITLE]] sa [[Bluewater Tides Resort|ORGANIZATION]] in [[Mactan|CITY]], [[Lapu-Lapu City|CITY|place_named_after_hero]]. since [[2018|DATE]] pa ko dito, before that i was in a small pension house in [[Cebu City|CITY]]. taga [[Bohol|CITY|province]] talaga ko, ang family ko naa pa didto sa [[Tagbilaran|CITY]]

AI: Nice to meet you, [[Cel|PERSON]]. How do you use AI at work?

User: mostly sa guest requests po. many guests are Korean and Chinese so i use [[Papago|SOFTWARE|translation_app]] for Korean and [[ChatGPT|AI_PRODUCT]] to write the lost and found report in english. [[our supervisor|GENERIC_ROLE]] Ma'am [[Joy|PERSON|name_is_word]] is very strict sa grammar haha. also the resort has new system, [[Opera|SOFTWARE|name_is_word]], where we update room status from the phone, clean, dirty, inspected. sometimes the AI part of it predicts which rooms checkout early pero palpak, always wrong on [[weekends|GENERIC_TIME]]

AI: Does Ma'am [[Joy|PERSON]] know you use [[ChatGPT|AI_PRODUCT]]?

User: yes po, she uses it too! she makes our schedule with it. pero one time the AI schedule gave my co-worker [[Bong|PERSON|nickname]] 3 straight night shifts hahaha grabe he was so mad 😂 [[Bong|PERSON]]'s real name is [[Ferdinand|PERSON|name_shared_with_public_figure]] pero no one calls him that, its like [[Marcos|PUBLIC_FIGURE]] daw. now Ma'am [[Joy|PERSON]] checks it manually before posting sa [[Messenger|SOFTWARE]] group chat. [[the GM|GENERIC_ROLE]] wants everything digital but the old housekeepers prefer the paper in the linen room

AI: Have you ever shared personal information with these apps?

User: hmm yes, my SSS number once when i asked [[chatgpt|AI_PRODUCT]] how to do salary loan online, [[34-5678901-2|NATIONAL_ID]], i just pasted it without thinking 🙈 also my daughter [[Princess|PERSON|name_is_word]], [[seven|AGE|number_word]] years old, grade 2 sa [[Babag Elementary School|SCHOOL]], i use [[Meta AI|AI_PRODUCT]] to help her homework in english and math. my husband [[Jun-Jun|PERSON|reduplicated_nickname]] is OFW in [[Dubai|CITY]], he is the one who said be careful with the SSS number, many scam text now

AI: How do you feel about AI in hotels generally?

User: medyo worried po. the resort is testing robot vacuum for the corridors and an app that checks if the room is clean from a photo. management from [[Manila|CITY]] says its to help us not replace us, pero the agency workers are scared kasi they are not regular. our work is more than cleaning, we see if guest is sick, if there is problem. AI cannot smell if there is something wrong in the room hehe. one time a guest from [[Australia|COUNTRY]] had high fever and i was the one who noticed, not the app. also the guests talk to us, they ask where to eat, they dont ask the robot. [[Manny Pacquiao|PUBLIC_FIGURE]] stayed at our resort once and he was so kind to all the staff, a robot cannot be kind like that

AI: Any last thoughts, and how can we contact you if needed?

User: i hope they make it understand Bisaya, not just Tagalog 😅 when i speak Bisaya it answers in Spanish sometimes lol. contact me [[maricel.dc (at) yahoo (dot) com|OBF_EMAIL|spelled_at_dot_parens]] or text [[0917 845 2210|PHONE_NUMBER]], but only on my day off which is [[Tuesday|GENERIC_TIME]]. salamat kaayo po! 🙏""")

# 8 Indonesia - fisherman, Makassar - typed Indonesian/English mix
T.append("""AI: Selamat siang, thank you for joining. Could you tell me about yourself and your work?

User: siang. sy [[Abdul Rahman|PERSON]], org sini panggil sy Daeng [[Rahman|PERSON|honorific_outside]]. umur [[46|AGE]]. sy [[nelayan|JOB_TITLE|job_title_local_language]], fisherman, kerja di kapal milik Haji [[Baso|PERSON|honorific_outside]], usahanya namanya [[UD Baso Jaya Perikanan|ORGANIZATION|org_named_after_person]]. kapal sandar di [[Paotere|CITY|harbour_district]], [[Makassar|CITY]]. sy sudah melaut sejak [[2010|DATE]], sebelumnya sy kerja bangunan di [[Kalimantan|CITY|region]]

AI: Thank you, Daeng [[Rahman|PERSON]]. So you go out from [[Paotere|CITY]] in [[Makasar|CITY|echo_misspelled]]. How do you use AI tools in your fishing work?

User: awalnya anak sy [[Ilham|PERSON]] yg ajar. dia kuliah di [[Unhas|SCHOOL|abbreviated_university]], teknik kelautan. dia install [[ChatGPT|AI_PRODUCT]] sama [[Windy|SOFTWARE|app_name_is_word]] di hp sy. sebelum berangkat sy tanya cuaca, angin, gelombang. sy tanya juga pake suara "besok aman ka ke [[Pulau Barrang Lompo|CITY|island_village]]?" tapi kadang jawabannya terlalu umum, jadi tetap sy tanya juga orang tua di pelabuhan. mereka baca langit, AI baca internet 😄 apalagi waktu [[musim barat|GENERIC_TIME|season_local_language]], [[bulan Desember|GENERIC_TIME|month_local_language]] sampai [[Februari|GENERIC_TIME|month_local_language]], ombak tinggi, angin tidak bisa ditebak. sy juga pake [[Google Maps|SOFTWARE]] utk tandai titik rumpon, tapi sy tidak share ke siapa2, itu rahasia dapur 🤫 kalau rumpon ketahuan, besok kapal lain sudah di situ

AI: Do the other crew members use it too?

User: juragan Haji [[Baso|PERSON]] tidak, dia sudah tua, dia cuma pake [[WhatsApp|SOFTWARE]] untuk harga ikan dari [[the buyers|GENERIC_ROLE]] di [[Surabaya|CITY]]. yg pake AI itu sy sama [[Upi|PERSON|nickname]], anak muda di kapal. [[Upi|PERSON]] pake [[Gemini|AI_PRODUCT]] untuk hitung berapa liter solar dan es yg perlu. kalau salah hitung rugi banyak, jadi dia hitung dua kali, sekali pake AI sekali pake kepala. [[Upi|PERSON]] juga yg bikin foto ikan utk dijual online, dia bilang AI bisa bikin foto lebih cantik, ikan kakap kelihatan lebih merah 😂 sy bilang jangan tipu pembeli, nanti mereka datang ke pelabuhan lihat ikan aslinya

AI: Have you ever had to give personal information to these apps?

User: pernah, waktu daftar kartu Kusuka dan asuransi dari dinas. formnya online, sy bingung, sy foto KTP terus tanya [[chatgpt|AI_PRODUCT]] cara isi. NIK sy [[7371041209780003|NATIONAL_ID]] ada di foto itu. [[Ilham|PERSON]] bilang jangan ulangi, data bisa bocor. sy juga pernah kirim alamat rumah sy supaya dia bikin surat: [[Jl. Sabutung Baru No. 27|ADDRESS]], kecamatan [[Ujung Tanah|CITY|subdistrict]]. sekarang sy lebih hati2

AI: What do you think about AI and the future of fishing here?

User: sy dengar di luar negeri sudah ada kapal pake AI cari ikan, kamera, sonar. kalau kapal besar dari [[Jakarta|CITY]] pake itu, kami yg kecil kalah. dulu bu [[Susi Pudjiastuti|PUBLIC_FIGURE]] waktu jadi menteri tenggelamkan kapal asing dari [[Vietnam|COUNTRY]] dan [[Tiongkok|COUNTRY|country_local_language]], semua orang pesisir di [[Indonesia|COUNTRY]] senang, sekarang siapa yg lindungi kami. tapi sy juga pikir AI bisa bantu kalau ada badai, bisa kasih peringatan cepat. tahun lalu ada kapal dari [[Pangkep|CITY]] hilang 3 hari, kalau ada alat yg bagus mungkin cepat ditemukan. [[istri sy|GENERIC_ROLE|local_language_role]] selalu takut kalau sy pergi jauh, jadi sy kirim lokasi ke dia lewat WA setiap pagi kalau masih ada sinyal

AI: Thank you. Is there a way we can reach you if we have follow-up questions?

User: telpon atau WA sy: [[nol delapan satu tiga, empat dua tujuh, lima lima satu, nol sembilan|OBF_PHONE|indonesian_number_words]]. sy tulis begitu krn [[Ilham|PERSON]] bilang jangan tulis angka di internet 😅 kalau tidak diangkat berarti sy di laut, biasanya pulang hari [[Kamis|GENERIC_TIME|weekday_local_language]]. terima kasih banyak""")

# 9 Vietnam - warehouse picker, Binh Duong - phone-typed, Vietnamese without diacritics
T.append("""AI: Hello, thank you for joining! Could you tell me a bit about yourself and your work?

User: chao ban 👋 em ten [[Nguyen Thi Hong Nhung|PERSON|no_diacritics]], ban be goi em la [[Nhung|PERSON]] hoac [[Bé Su|PERSON|pet_name]] 😆 em [[27|AGE|east_asian_age]] tuoi ta, tuc la [[26|AGE|western_age]] tuoi tay. em lam [[nhan vien soan hang|JOB_TITLE|job_title_local_language]] (picker) o kho cua [[Cong ty TNHH Kho Van Phu Thinh|ORGANIZATION|no_diacritics]] trong [[KCN VSIP 1|CITY|industrial_park]], [[Thuan An|CITY]], [[Binh Duong|CITY|province]]. kho nay lam hang cho [[Shopee|ORGANIZATION|client_platform]] chu yeu. em vo lam tu nam [[2021|DATE]]

AI: Nice to meet you, [[Nhung|PERSON]]. How does AI show up in your work?

User: o kho thi co he thong [[WMS|SOFTWARE|acronym]] tu chia don, bao minh di lay hang o ke nao, may cam tay no "bip bip" suot 😂 nguoi ta noi co AI trong do de tinh duong di ngan nhat. KPI la 120 don/gio, khong dat thi a [[Tuan|PERSON|abbreviated_honorific_outside]] truong ca nhac. con ngoai gio em xai [[ChatGPT|AI_PRODUCT]] de hoc tieng Anh va tieng Trung, vi muon len lam [[the team leader|GENERIC_ROLE]] phai biet doc chut chut

AI: So [[Tuan|PERSON]] is your shift leader. Does he use AI tools too?

User: anh [[Tuấn|PERSON|diacritics_variant]] thi xai [[Gemini|AI_PRODUCT]] de lam bao cao [[Excel|SOFTWARE]] hang ngay. chi [[Lan|PERSON]] cung ca voi em thi xai [[Kiki|AI_PRODUCT|name_like_person]] tren [[Zalo|SOFTWARE]], kieu tro ly ao, hoi gi cung tra loi. c [[Lan|PERSON]] hay hoi [[Kiki|AI_PRODUCT]] boi bai 🤣 nhung c [[Lan|PERSON]] la nguoi giup em nhieu nhat, luc moi vao em khoc hoai vi khong dat KPI. [[mua cao diem|GENERIC_TIME|season_local_language]] nhu 11.11 voi 12.12 thi ca kho chay nhu dien, [[Kiki|AI_PRODUCT]] cung khong giup duoc gi 😵

AI: Have you ever shared personal information with these tools?

User: co a. luc lam ho so vay tien mua xe may, em chup CCCD roi hoi [[ChatGPT|AI_PRODUCT]] dien giup. so CCCD la [[051199004817|NATIONAL_ID]] 😬 sau do em moi biet la khong nen. con dia chi phong tro em cung tung go vo de nho viet don xin tam tru: [[phong 12, day tro co Sau, hem 45 duong Nguyen Du|ADDRESS|boarding_house_format]]. co [[Sáu|PERSON|birth_order_name]] chu tro rat tot, nhung nghe noi AI ghi nho het thi em so

AI: How do you feel about AI in the warehouse overall?

User: vua thich vua so. thich vi may chi duong dung, do met. so vi nghe noi kho moi o [[Long An|CITY]] dung robot het roi, khong can picker nua. me em o que [[Quang Ngai|CITY]] goi hoai hoi "con co bi mat viec khong". em noi chua dau me 😅 [[my coworkers|GENERIC_ROLE]] ai cung lo. nhung em nghi nguoi van can, vi hang hay bi dan sai tem, may khong thay duoc. nhu [[Son Tung M-TP|PUBLIC_FIGURE]] hat "chung ta khong thuoc ve nhau" 🤣 em voi robot khong thuoc ve nhau

AI: Thank you! Anything else, and how could we contact you again?

User: em muon co app AI noi tieng Viet hay hon, hieu giong [[Quang Ngai|CITY]] cua em 😂 tai giong em nang, may nghe sai hoai. neu can lien lac thi nhan [[Zalo|SOFTWARE]] so [[0903 418 275|PHONE_NUMBER]], em lam ca dem tu thu hai den thu bay nen goi buoi chieu nha. cam on ban nhieu 💕""")

# 10 Japan - truck driver, Saitama - careful, polite, Japanese script and era dates
T.append("""AI: Thank you for taking the time to speak with me. Could you please introduce yourself?

User: Thank you. My name is [[Tanaka Kenichi|PERSON|family_name_first]], in Japanese [[田中健一|PERSON|kanji]]. I am a [[long-distance truck driver|JOB_TITLE]] for [[Maruyama Transport|ORGANIZATION|org_named_after_founder]], in Japanese [[丸山運送|ORGANIZATION|kanji]]. Our depot is in [[Iwatsuki|CITY]], [[Saitama|CITY|prefecture]]. I was born in [[Showa 47|DATE|japanese_era_year]], so I am [[52|AGE]]. I joined the company in [[Heisei 8|DATE|japanese_era_year]]. Mostly I drive the night route to [[Sendai|CITY]] and come back in the morning.

AI: Thank you, [[Tanaka|PERSON]]-san. How do AI tools fit into your work, and do your colleagues use them too?

User: The company introduced a new dispatch system last year. It uses AI to plan routes and to share loads with other companies. Because of the overtime limit, which we call the 2024 problem, the company must plan very carefully. I personally use [[ChatGPT|AI_PRODUCT]] a little. For example, I ask it to check the traffic regulations for oversized loads, or to write a polite apology email when a delivery is late. For navigation I still use [[NAVITIME|SOFTWARE]] truck mode, not [[Google Maps|SOFTWARE]], because Google sends a ten-ton truck into narrow village roads. That happened to me once near [[Nikko|CITY]], very embarrassing, I had to reverse for two hundred meters. My Japanese writing is fine, but keigo for business customers is tiring after a night drive. As for colleagues, [[the younger drivers|GENERIC_ROLE]], yes. My colleague, we call him [[Yama|PERSON|nickname_suffix_outside]]-san, he is younger, thirty-something, he uses [[Gemini|AI_PRODUCT]] with voice while waiting at the loading dock. He asks about baseball, about [[Shohei Ohtani|PUBLIC_FIGURE]], everything. [[The older drivers|GENERIC_ROLE]] prefer [[LINE|SOFTWARE|name_is_word]] for messages and the radio. The [[dispatcher|JOB_TITLE|named_persons_title]] in the office, Ms. [[Kobayashi|PERSON|honorific_outside]]... excuse me, I mean [[Kobayashi|PERSON]]-san, she checks every AI route by hand. She does not trust it yet.

AI: Have you ever entered personal information into these tools?

User: Once, yes. When I renewed my large vehicle license, I asked [[ChatGPT|AI_PRODUCT]] to explain the documents and I typed my license number to ask what the digits meant, [[第301208765430号|NATIONAL_ID|license_number_japanese_format]]. Later my daughter [[Haruka|PERSON]] told me this is not wise. She works at a bank in [[Tokyo|CITY]], so she is very careful. Also I asked it to write a New Year card list, and I typed our home address: [[桜木町2丁目14-5|ADDRESS|japanese_block_format]], [[さいたま市大宮区|CITY|japanese_script_ward]]. I did not think about it at the time.

AI: How do you feel about AI in trucking more generally?

User: It is useful for planning. But there is talk about automatic driving trucks on the expressway between [[Tokyo|CITY]] and [[Osaka|CITY]]. I am not worried for myself, I will retire in some years, but for young drivers I am not sure. The AI also does not know the small things, like which convenience store in [[Fukushima|CITY|prefecture_shared_name]] has a big parking lot, or which customer wants the pallets on the left side. These are in my head. In [[Japan|COUNTRY]] we say such knowledge is the body's memory. [[On Sundays|GENERIC_TIME]], my only day off, I sometimes think about writing it all in a notebook. [[my wife|GENERIC_ROLE]] says I should write them down for the company before I retire.

AI: Thank you very much. Is there anything you would like to add, or a way to contact you?

User: I hope the tools are designed with drivers in mind, not only office people. My mobile number is [[０９０－４４１７－８８２３|OBF_PHONE|fullwidth_digits]]. Please send a message on [[LINE|SOFTWARE]] first, because I sleep during the day. Thank you for listening to an old driver.""")

# 11 Turkey - barber, Izmir - phone-typed Turkish/English, case suffixes on names
T.append("""AI: Merhaba, thanks for joining. Could you tell me about yourself and your work?

User: merhaba hocam 👋 ben [[Hasan Yıldız|PERSON]], [[otuz dört|AGE|number_words_local_language]] yaşındayım. [[berber|JOB_TITLE|job_title_local_language]], barber, [[2015|DATE]]'ten beri [[Berber Kemal'in Yeri|ORGANIZATION|org_named_after_person_possessive]]'nde çalışıyorum, [[Alsancak|CITY]], [[İzmir|CITY]]. shop owner is [[Kemal|PERSON]] Usta, he is like a father to me. aslen [[Mardin|CITY]]'liyim, came to [[İzmir|CITY]] when i was 17 with one bag and one pair of scissors ✂️

AI: Nice to meet you, [[Hasan|PERSON]]. [[Alsancak|CITY]] in [[Izmir|CITY|echo_ascii_variant]], that must be a busy spot. How do you use AI in the barbershop?

User: mostly for [[the customers|GENERIC_ROLE]] who cant decide 😅 i use [[FaceApp|SOFTWARE|app_name]] and sometimes [[ChatGPT|AI_PRODUCT]] with a photo, i ask "which fade fits this face shape". then i show the customer 3 options. young guys always want the [[Cristiano Ronaldo|PUBLIC_FIGURE]] cut or [[Arda Güler|PUBLIC_FIGURE]] cut lol. also i use it to write captions for our [[instagram|SOFTWARE]] [[@berberkemal35|SOCIAL_HANDLE|handle_with_plate_code]], [[Kemal|PERSON]] Usta doesnt know what a caption is 😂 my çırak [[Emre|PERSON]] makes the reels with [[CapCut|SOFTWARE]]. he is 19, he knows more about [[Gemini|AI_PRODUCT]] than about beards 😂 he made a video where AI turns [[Kemal|PERSON]] Usta into a movie star, it got more likes than all our haircuts together, [[Kemal|PERSON]] Usta pretended to be angry but he showed it to everyone in the tea house

AI: Does [[Kemal|PERSON]] Usta know you use these tools?

User: [[Kemal|PERSON|honorific_suffix_outside]] Usta knows but he says "makas senin elinde, AI'da değil" (the scissors are in your hand, not in the AI). he is 63, old school, but when we got 200 new followers in one month he started asking me to post more 😄 also customers book on [[Kuaför Randevu|SOFTWARE|local_app]] app now, not phone. the app has some AI that sends reminders, [[the customers|GENERIC_ROLE]] like it, less no-shows on [[Cumartesi|GENERIC_TIME|weekday_local_language]], saturday is our crazy day

AI: Have you ever shared personal information with these tools?

User: evet, once. for the esnaf registration (small business) i asked [[chatgpt|AI_PRODUCT]] to help fill the e-Devlet form and i pasted my TC kimlik no [[28461930572|NATIONAL_ID]] 🙈 my wife [[Ayşe|PERSON]] saw and said [[Hasan|PERSON]] are you crazy. [[Ayşe|PERSON]]'ye göre everything online is stolen eventually. also i asked it to write a small ad with our address, [[Kıbrıs Şehitleri Caddesi No: 42/B|ADDRESS|turkish_street_format]], for the flyers. thats public anyway, its on the sign

AI: Do your regular customers have feelings about AI?

User: haha one old customer, [[Sevgi|PERSON|name_is_word]] abla, she comes for her husband every month, she asked if the robot will cut hair now. i said abla if a robot cuts your husbands hair he will come out bald 😂 but young guys from [[Karşıyaka|CITY]] come and show me AI pictures from [[TikTok|SOFTWARE]], hair that is impossible, like anime hair. i have to explain hair does not grow like this. also they show pictures of [[Atatürk|PUBLIC_FIGURE]] with modern haircut made with AI, very popular here, you see them everywhere on [[Instagram|SOFTWARE]]

AI: What would you like to change about these tools, and how can we reach you later?

User: it should understand turkish slang and barber words. when i write "sıfır numara yanlar" it gives me some mathematics 🤣 also it says everything very long, i have a client in the chair, i dont have time to read a book. and i want it to remember my customers styles but then i worry about privacy, so maybe no. you can call me [[0532 417 88 90|PHONE_NUMBER]], or just come to the shop for a shave, first one free for researchers 😎 tamam mı? görüşürüz""")

# 12 Poland - construction foreman, Wroclaw - speech-to-text, Polish diminutives, Cyrillic
T.append("""AI: Good morning, and thanks for speaking with me. Could you introduce yourself and your job?

User: Yes, good morning. So I'm [[Jarosław Kowalczyk|PERSON]], but everybody says [[Jarek|PERSON|diminutive]]. I'm a [[site foreman|JOB_TITLE]], brygadzista, with [[Bud-Pol Nowak|ORGANIZATION|org_named_after_owner]] in [[Wrocław|CITY]]. I'm [[forty six|AGE|number_words]], no, sorry, [[forty seven|AGE|self_corrected_number_words]] since [[March|GENERIC_TIME|month_is_name]], my wife always corrects me. I've been with the company since [[two thousand and, and eight|DATE|stt_disfluent_year]]... since [[two thousand eight|DATE|spoken_year]], yes. Right now we build a residential block on [[ul. Legnicka 57|ADDRESS|polish_street_format]], in [[Fabryczna|CITY|district]].

AI: Thanks, [[Jarek|PERSON]]. How do AI tools come into your work on site?

User: So mostly, erm, translation. Half of my team is from [[Ukraine|COUNTRY]], some from [[Georgia|COUNTRY|country_shared_name]], and I don't speak Ukrainian well. So I use the, the [[chat G P T|AI_PRODUCT|stt_spaced_letters]] on the phone, I speak Polish and it says it in Ukrainian. It's not perfect but it's better than my hands waving. Before this I worked four years in [[Germany|COUNTRY]], in [[Dortmund|CITY]], so I have also some German building words in my head, and when I'm tired the AI gets all three languages mixed, Polish, German, Ukrainian, a real salad. [[The crane operator|GENERIC_ROLE]] is from [[Belarus|COUNTRY]] and speaks Russian, so that's four. The best one in my team, [[Misza|PERSON|diminutive_polish_spelling]], in his language [[Міша|PERSON|cyrillic_script]], he laughs at the translations sometimes, he says it speaks like a priest. He is good guy, he was a teacher in [[Kharkiv|CITY]] before the war.

AI: So [[Misha|PERSON|echo_transliterated]] helps you check the translations. Does the office use AI too?

User: Yes, [[Kasia|PERSON|diminutive]] from the office, she uses [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] for the emails with the investor, and for the, erm, the daily logs. Pan [[Nowak|PERSON|surname_inside_org]], the owner, he says he wants AI to find mistakes in the schedule before they cost money. We tried one programme, [[Asana|SOFTWARE|app_name_like_person]], but, er, nobody on site opened it. On site we have [[WhatsApp|SOFTWARE]] group, photos, that's it. [[The inspector|GENERIC_ROLE]] comes [[on Thursdays|GENERIC_TIME]] and he wants paper anyway. I check the deliveries on [[Google Maps|SOFTWARE]] [[every morning|GENERIC_TIME]], that's my only other app, and the weather, of course.

AI: Have you ever put personal information into these tools?

User: Erm, yes, once I asked it to fill the form for the, for my building qualifications, uprawnienia, and I gave the number, [[DOŚ/0417/PWBKb/09|NATIONAL_ID|professional_licence]]. And also my PESEL, [[78041203915|NATIONAL_ID]], because the form asks for it. [[Kasia|PERSON]] told me after, [[Jarek|PERSON]], don't do that, it's like giving your house keys. And for the workers, the Ukrainian guys, I never put their documents in, never, they have enough problems with papers.

AI: How do you feel about AI in construction more broadly?

User: I think it will help with paperwork, yes, definitely. The building itself, no, you cannot pour concrete with a chatbot, haha. My son [[Kuba|PERSON|diminutive]] studies at [[Politechnika Wrocławska|SCHOOL]], civil engineering, and he shows me software that plans the whole building in 3D with AI. Nice. But he never stood in the rain at six in the morning waiting for the concrete truck from [[Oleśnica|CITY]]. Also [[Robert Lewandowski|PUBLIC_FIGURE]] does adverts for some AI bank app now, so everybody thinks it's serious.

AI: Thank you. Is there anything you'd like to add, or a way to reach you?

User: Only that the tools should work offline, the signal in the basement is zero. And the big letters, my eyes, you know. You can write to [[j.kowalczyk@budpol-nowak.pl|EMAIL_ADDRESS]] or call [[+48 601 233 418|PHONE_NUMBER]], but not before four, I'm on the scaffolding. Dziękuję.""")

# 13 Spain - greenhouse worker, El Ejido, Almeria - phone-typed Spanish/English/Wolof
T.append("""AI: Hi, thanks for taking part. Can you tell me about yourself and your work?

User: hola! soy [[Mamadou Diallo|PERSON]] pero aqui todos me llaman [[Modou|PERSON|nickname]] 😄 tengo [[33|AGE]] años, from [[Senegal|COUNTRY]], i work in the invernaderos, the greenhouses, in [[El Ejido|CITY]] since [[2017|DATE]]. [[peón agrícola|JOB_TITLE|job_title_local_language]] they call it, farm worker. tomatoes and peppers mostly. the company is [[Invernaderos Hermanos Fuentes|ORGANIZATION|org_named_after_family]], small family business. my family is from [[Touba|CITY]], i came via [[Dakar|CITY]] and then [[Canarias|CITY|region_local_language]]

AI: Thanks, [[Modou|PERSON]]. How do you use AI tools in your daily life and work?

User: first for spanish!! when i arrived i used [[Google Translate|SOFTWARE]] for everything. now i use [[ChatGPT|AI_PRODUCT]], i speak wolof and french and it helps me write in spanish. for example the papers for the arraigo, the residence. also [[the encargado|GENERIC_ROLE|role_local_language]], [[Paco|PERSON|hypocoristic]], sends the tasks in audio on [[WhatsApp|SOFTWARE]], he speaks very fast andaluz, eats half the words 😂 i put the audio in [[chatgpt|AI_PRODUCT]] and ask what he said

AI: Does [[Paco|PERSON]] know you do that?

User: hahaha no!! or maybe yes, he is not stupid. [[Paco|PERSON]] is ok, he is the son of the old [[Fuentes|PERSON|surname_inside_org]], Don [[Francisco|PERSON|same_person_full_form]], and actually they have the same name, [[Paco|PERSON]] is [[Francisco|PERSON]] too 😅 the old man does not like phones in the greenhouse because of the pesticides and the plastic. but the young one uses an app for the irrigation, [[Hortisys|SOFTWARE|invented_local_app]], he says it has AI that decides the water. in [[summer|GENERIC_TIME]] inside the greenhouse is 45 degrees, the AI does not feel that 🥵

AI: Have you ever shared personal information with these tools?

User: yes, my NIE, [[Y4821937K|NATIONAL_ID]], because i asked [[chatgpt|AI_PRODUCT]] to check the form for renovación. my friend [[Ibrahima|PERSON]], we call him [[Ibou|PERSON|nickname]], he said brother that is dangerous, the police can see 😅 i dont think the police reads [[chatgpt|AI_PRODUCT]]. but now i am careful. also once i wrote my address for a letter to the ayuntamiento, [[C/ Almendro 14, 2ºB|ADDRESS|spanish_floor_door_format]], [[Las Norias|CITY|village]], and i asked to correct the spanish. every letter needs the address so what can i do

AI: What do you think about AI in agriculture here?

User: the big companies in [[Almería|CITY]] already use robots for packing, in the almacén. for picking, not yet, the plants are too different, the tomato is hiding. but i think it will come. my worry is that the ones who lose are the workers without papers, they do the hardest jobs. [[Sadio Mané|PUBLIC_FIGURE]] built a hospital in his village, i dream to do something like that for my village one day, so i need this job 😅 [[my mother|GENERIC_ROLE]] in [[Touba|CITY]] waits for the money [[every month|GENERIC_TIME]], i send with [[Wave|SOFTWARE|app_name_is_word]], it is cheaper than the bank. many brothers from [[Africa|CONTINENT]] here do the same, the greenhouse feeds two families, one here and one there. also we pray a lot, [[Serigne Touba|PUBLIC_FIGURE|public_figure_contains_city]] teaches work is a form of prayer, so we work hard

AI: Thank you, [[Modou|PERSON]]. Anything else to add, and how can we reach you?

User: i want AI that speaks wolof properly, now it mixes with french. on [[TikTok|SOFTWARE]] i see videos of AI talking wolof, very funny, like a tourist. and i want to learn to drive the tractor, maybe AI can help me study for the carnet. contact me [[modou.diallo arroba gmail punto com|OBF_EMAIL|spanish_arroba_punto]] or [[whatsapp|SOFTWARE]] [[+34 612 48 93 07|PHONE_NUMBER]]. jërëjëf, gracias 🙏🏿""")

# 14 Germany - car mechanic, Esslingen - careful, German terms, interviewer misspells umlaut name
T.append("""AI: Hello, and thank you for joining. Could you introduce yourself and describe your work?

User: Hi, gern. I'm [[Tobias Berger|PERSON]], most people say [[Tobi|PERSON|nickname]]. I'm [[29|AGE]] and I work as a [[Kfz-Mechatroniker|JOB_TITLE|job_title_local_language]], so a car mechatronics technician, at [[Autohaus Krämer GmbH|ORGANIZATION|org_named_after_owner]] in [[Esslingen am Neckar|CITY]], near [[Stuttgart|CITY]]. I did my apprenticeship there, passed the Gesellenprüfung in [[2015|DATE]], and I just finished my Meister, the final exam was on [[14. März 2023|DATE|german_date_format]]. It's a family workshop, about twelve people, mostly Mercedes and VW.

AI: Congratulations. How do AI tools come into your work at [[Autohaus Kramer|ORGANIZATION|echo_misspelled_umlaut]]?

User: [[Krämer|PERSON]], with ä, but no problem, everyone writes it wrong, even the suppliers. Mostly for diagnosis. The manufacturers' systems, like [[XENTRY|SOFTWARE]] for Mercedes or [[ElsaPro|SOFTWARE]] for VW, they give you the fault codes, but sometimes the code makes no sense. Then I describe the symptoms to [[ChatGPT|AI_PRODUCT]], like "Sprinter, 2019, intermittent AdBlue warning after cold start", and it gives me a list of ideas. Maybe half are useless, but sometimes it reminds me of something I forgot. [[Our apprentice|GENERIC_ROLE]] [[Leon|PERSON]] asks it before he asks me, which I find a bit sad, honestly. On the other hand, he is faster than I was at his age. [[The customers|GENERIC_ROLE]] also come in with printouts now: '[[Gemini|AI_PRODUCT]] says it is the injector', and then it's the battery, of course. Every week there is one like that.

AI: What does Herr [[Kramer|PERSON|echo_misspelled_umlaut]] think about that?

User: Herr [[Krämer|PERSON|honorific_outside]] is sixty-four, he started with a screwdriver and a radio. He is sceptical, but he's not stupid: he uses [[Copilot|AI_PRODUCT]] now for the quotes in [[Excel|SOFTWARE]], because the insurance companies want everything perfect. His daughter [[Sabine|PERSON]] does the office and she pushed him. The rule is: no customer names or licence plates in [[ChatGPT|AI_PRODUCT]]. A licence plate in [[Germany|COUNTRY]] tells you the city and sometimes the person, so that's data protection, DSGVO, very strict here.

AI: Have you ever put personal details into an AI tool anyway?

User: Yes, once, and I felt stupid. For the Meister-BAföG application I asked [[ChatGPT|AI_PRODUCT]] to help with the letter and I pasted my tax ID, [[47 209 861 533|NATIONAL_ID|german_tax_id_spaced]], because I wanted it to check the format. Also my home address for the letterhead, [[Hauptstraße 112|ADDRESS]], [[Plochingen|CITY]]. Later I read the terms and I thought, okay, that was not clever. Since then I use a fake address when I need a template, like Musterstraße 1.

AI: How do you see the future of your trade with AI?

User: Electric cars are the bigger change, honestly. The software updates come over the air, and sometimes the car knows more than the workshop. But somebody still has to change brakes and tyres. [[The older colleagues|GENERIC_ROLE]] worry more than me. I think AI can help us, like a colleague who read every manual but never touched a car. My teacher at the [[Max-Eyth-Schule|SCHOOL|school_named_after_person]] always said, the screwdriver doesn't think for you. He was a big fan of [[Walter Röhrl|PUBLIC_FIGURE]], he had posters everywhere in the classroom.

AI: Thank you, [[Tobi|PERSON]]. Anything else you'd like to add, or contact details for a follow-up?

User: Just that the tools should work in German properly with our technical terms. When I type Zahnriemen it sometimes answers about dentists, haha. For follow-up, [[t.berger@autohaus-kraemer.de|EMAIL_ADDRESS]] works, or my mobile [[0176 4482 9130|PHONE_NUMBER]]. [[On Fridays|GENERIC_TIME]] we close at one, that's a good time to call.""")

# 15 UK - office cleaner, Glasgow - speech-to-text, Scots, names that are words
T.append("""AI: Hello, thanks very much for doing this. Could you tell me a wee bit about yourself and your work?

User: Aye, nae bother. I'm [[Margaret Doyle|PERSON]], but naebody's called me [[Margaret|PERSON]] since primary, it's [[Peggy|PERSON|traditional_nickname]]. I'm [[fifty-seven|AGE|number_words]]. I'm a [[cleaner|JOB_TITLE]], well, [[cleaning supervisor|JOB_TITLE]] now, erm, for [[Clyde Sparkle Cleaning|ORGANIZATION]], they're wee, based in [[Govan|CITY]]. I've been cleaning since, oh, [[nineteen ninety-eight|DATE|spoken_year]]. We do the offices at [[the University of Strathclyde|ORGANIZATION|university_as_client_not_school]], the business school building, early shift, five till nine in the morning.

AI: Thanks, [[Peggy|PERSON]]. Where does AI come into your work?

User: Well, see, I didnae think it did, but my pal [[Rose|PERSON|name_is_word]], she's on my team, she uses the, the Chat, [[chat GPT|AI_PRODUCT|stt_spacing]], aye, for her college essays, she's doing an HNC at [[Glasgow Clyde College|SCHOOL]]. And then [[Bill|PERSON|name_is_word]], he's the [[area manager|JOB_TITLE|named_persons_title]], he started sending us rotas that were made by, erm, by the computer, and they were a shambles, honestly. Had me in [[Paisley|CITY]] and [[Partick|CITY]] on the same morning, an hour apart with nae car. And [[my daughter|GENERIC_ROLE]]'s got one of they [[Alexa|AI_PRODUCT|name_like_person]] things in her kitchen, and it cannae understand a word I say either, it just plays the radio at me.

AI: So [[Bill|PERSON]] uses AI for the rotas. How did the team react?

User: Oh there was murder. [[Big Tam|PERSON|nickname_with_descriptor]], he does the windows, he phoned [[Bill|PERSON]] and says, "who made this, a robot?" and [[Bill|PERSON]] says, "well, sort of." [laughs] So now I do the rota myself again in [[Excel|SOFTWARE]], but I ask the [[ChatGPT|AI_PRODUCT]] to check it, like "is anybody doing more than forty hours", and it's quite good at that actually. [[Rose|PERSON]] showed me. [[The cleaners|GENERIC_ROLE]] on my team are mostly women my age, and a couple of lassies from [[Romania|COUNTRY]] who use it to translate the safety sheets for the chemicals, which is dead useful to be fair. I talk to it, I don't type, my fingers are no good wi' the arthritis.

AI: Have you ever put personal information into it?

User: Erm... aye, probably too much. When I was doing my pension forms I asked it what my National Insurance number meant, the letters, I read it out, [[JT 48 21 93 C|NATIONAL_ID|spaced_ni_number]]. My grandson [[Kai|PERSON]] gave me a row for that, says never put that on [[Facebook|SOFTWARE]] or anywhere. He's at [[Hyndland Secondary|SCHOOL]], he knows all about it. And I'd said my address as well for a letter to the council, [[flat 2/1, 45 Dumbarton Road|ADDRESS|tenement_flat_format]], [[G11 6PX|ADDRESS|postcode]]. Two-stroke-one, that's the second floor, first door, that's how we do it in [[Glasgow|CITY]]. [[Glasgow|CITY]], I mean, you know.

AI: How do you feel about AI and cleaning jobs generally?

User: [laughs] They've got the robot hoovers in the big buildings now, they go round in the night and get stuck under desks. We find them in the morning crying wi' a flat battery. Honestly, cleaning's about seeing things. Somebody's left a heater on, somebody's sleeping in the office 'cause they've had a fight at home, you notice. A machine doesnae notice that. [[Billy Connolly|PUBLIC_FIGURE|public_figure_shares_name_prefix]] said his dad wanted him to get a trade, well, this is my trade, and I'm proud of it.

AI: Thank you, [[Peggy|PERSON]]. Is there anything else, and how can we reach you?

User: Just make it understand Glaswegian, hen, it thinks I'm speaking Norwegian half the time. Phone me on [[oh seven seven double four, one two three, nine oh six|OBF_PHONE|spoken_digits_double]], that's my mobile, or ask [[Rose|PERSON]], she's got my email. After ten's best, I'm having a lie down before that. I'm on the [[WhatsApp|SOFTWARE]] as well but I never look at it [[on a Sunday|GENERIC_TIME]], Sunday's for my mammy's grave and my soup.""")

# 16 Italy - hairdresser, Naples - phone-typed Italian/English/Neapolitan
T.append("""AI: Ciao, thank you for joining. Could you tell me about yourself and your work?

User: ciao! allora, sono [[Carmela Esposito|PERSON]], ma al salone tutti mi chiamano [[Carmè|PERSON|neapolitan_truncated_vocative]] 😂 [[36|AGE]] anni, [[parrucchiera|JOB_TITLE|job_title_local_language]], hairdresser, at [[Parrucchieri Da Titina|ORGANIZATION|org_named_after_nickname]] nei [[Quartieri Spagnoli|CITY|neighbourhood]], [[Napoli|CITY]]. the salon is of signora [[Concetta|PERSON]], but everybody calls her [[Titina|PERSON|hypocoristic]], she opened it in the 80s. i work there dal [[2010|DATE]], before i was shampoo girl in [[Pozzuoli|CITY]]

AI: Grazie, [[Carmela|PERSON]]. How do you use AI tools at the salon?

User: allora, first for the colors!! clients come with a photo from [[Instagram|SOFTWARE]] and say "voglio questo", and the photo is filtered or made with AI, impossible color, i ask [[ChatGPT|AI_PRODUCT]] "what formula to get from dark brown 4 to this ash blonde" and it gives me steps. sometimes good sometimes disastro 😅 i always check with my experience, a machine cannot see the hair in the light. also i use it to write the posts for my page [[@carmela.hair.napoli|SOCIAL_HANDLE]], in english for the tourists who come from the cruise ships

AI: Does [[Titina|PERSON]] use these tools too?

User: ahahah [[Titina|PERSON]]?? no! she is 74, she still writes appointments in the big agenda with a pencil. [[Nunzia|PERSON]], my collega, she tried to convince her to use [[Treatwell|SOFTWARE]] for the bookings, and now half the clients book there, half call. the app has some AI that suggests prices, higher on [[Saturdays|GENERIC_TIME]] and before [[Christmas|GENERIC_TIME]], [[Titina|PERSON]] was furious, she said "qua i prezzi li faccio io" 😂 the clients from the quartiere are like family, you cannot change the price with algorithm

AI: Have you ever shared personal information with these tools?

User: eh si, una volta. i asked [[chatgpt|AI_PRODUCT]] to help me with the form for the partita IVA because i want to open my own place one day, and i wrote my codice fiscale, [[SPSCML88D52F839X|NATIONAL_ID|codice_fiscale_encodes_birthdate]] 🙈 my brother [[Gennaro|PERSON|name_shared_with_saint]] told me [[carmè|PERSON|lowercase_vocative]] sei pazza, the codice fiscale has your birthday and your city inside. i didn't know. also the address of the salon, [[Via Toledo 214|ADDRESS]], i put it many times for flyers, but that is public, it's on the door

AI: How do the clients feel about AI?

User: the young ones love it, they use the AI filters of [[TikTok|SOFTWARE]] to see themselves with red hair before they decide, it's useful honestly. the old ladies ask if the robot will do the piega now 😂 one signora said that [[Sophia Loren|PUBLIC_FIGURE]] never needed AI to be beautiful, and that is true. also everyone here asks [[Meta AI|AI_PRODUCT]] in [[WhatsApp|SOFTWARE]] about the football, [[Maradona|PUBLIC_FIGURE]] this, [[Osimhen|PUBLIC_FIGURE]] that, i dont care, i care about hair. but my worry is the big chains from [[Milano|CITY]] with AI consultations, they can make it cheaper, and the small salons close, like the shoemaker and the tailor before

AI: Thank you. Anything else you want to say, and how can we reach you?

User: i want AI that understands napoletano!! i write "'a capa" and it says error 😂 and it should know that a [[Napoli|CITY]] we dont do things in a hurry, we talk with the client. for contact [[carmela.esposito88@libero.it|EMAIL_ADDRESS]] or [[whatsapp|SOFTWARE]] [[+39 338 214 6650|PHONE_NUMBER]], but not on [[Monday|GENERIC_TIME]], is my day off and i go to my mother. grazie a voi 💇‍♀️""")

# 17 USA - union electrician, Dayton, Ohio - typed, casual
T.append("""AI: Hi, thanks for doing this. Could you start by telling me a bit about yourself and your work?

User: Sure. I'm [[William Hendricks|PERSON]], everybody calls me [[Will|PERSON|name_is_word]]. [[46|AGE]], [[journeyman wireman|JOB_TITLE]], member of [[IBEW Local 82|ORGANIZATION|union_local_number]] out of [[Dayton|CITY]]. Right now I'm working for [[Miller Brothers Electric|ORGANIZATION|org_named_after_family]], mostly commercial, we've got a big job out at [[Wright-Patt|ORGANIZATION|client_nickname]] on a new hangar. Been in the trade since [[2001|DATE]], did my apprenticeship through the JATC and some classes at [[Sinclair Community College|SCHOOL]].

AI: Thanks, [[Will|PERSON]]. How do AI tools show up in your work, and have you ever run into a problem with the answers?

User: Honestly more than I expected. Code questions mostly. NEC has changed a bunch and I'll ask [[ChatGPT|AI_PRODUCT]] stuff like "box fill for a 4 inch square with these conductors" and then I double check it in the codebook, because it's been flat wrong before. [[Our foreman|GENERIC_ROLE]], [[Chase|PERSON|name_is_word]], he uses [[Copilot|AI_PRODUCT]] on the company laptop to write RFIs and daily reports. Company runs everything through [[Procore|SOFTWARE]] and the service side uses [[ServiceTitan|SOFTWARE]], so he dumps his notes in and it cleans them up. [[Chase|PERSON]] types with two fingers so it saves him an hour a day easy. Problems, yeah. Young apprentice on our crew, [[Rusty|PERSON|nickname_is_word]], real name's [[Tyler|PERSON]] but nobody calls him that, he asked it about grounding on a subpanel and it gave him the residential answer for a commercial job. He almost bonded the neutral at the sub. I caught it. After that we had a talk, use it like you'd use an old-timer at the supply house, helpful but you verify. [[The inspectors|GENERIC_ROLE]] around here don't care what the AI said, they care what the code says.

AI: Have you ever shared personal information with these tools?

User: Probably more than I should. When I renewed my state license I asked it to walk me through the OCILB continuing ed stuff and pasted my license number, [[EL.48213|NATIONAL_ID|state_licence_number]], right in there. My wife [[Hope|PERSON|name_is_word]] works in HR at [[Kettering Health|ORGANIZATION]] and she about lost it. She says never give those things your Social, your license, nothing. Also one time I had it write a letter to the HOA about our fence and it has our address, [[2217 Shroyer Rd|ADDRESS]], [[Kettering|CITY]]. I'm not gonna pretend I thought about privacy, I just wanted the letter done.

AI: How do you and your coworkers feel about AI in the trades?

User: Mixed. Some of [[the old guys|GENERIC_ROLE]] think it's gonna replace estimators and project managers, and they kind of like that idea lol. Nobody thinks a robot's pulling wire through a 1920s house in [[Oakwood|CITY]] anytime soon. The hall had a meeting about AI [[last spring|GENERIC_TIME]] and [[the business manager|GENERIC_ROLE]] said the contracts don't cover it yet. [[Mike Rowe|PUBLIC_FIGURE]] was saying on his podcast that the trades are AI-proof, I think that's mostly true but the paperwork side, the bidding side, that's going to change fast. Also my buddy [[Mark|PERSON|name_is_word]] swears by [[Grok|AI_PRODUCT]] because it swears back at him, his words not mine. I told him that's just [[Elon|PUBLIC_FIGURE|first_name_public_figure]] talking. [[Dayton|CITY]]'s the town of [[the Wright brothers|PUBLIC_FIGURE]], we like inventions here, but we also like knowing who's responsible when something falls out of the sky.

AI: Anything else you want to add, and how can we reach you if we have follow-up questions?

User: Just that I'd like these things to cite the code section every time, not just give an answer. That'd make me trust it more. And make it work on a phone in a basement with one bar. You can email me at [[w hendricks @ outlook . com|OBF_EMAIL|spaces_around_symbols]], I put spaces so the bots don't get it. Or text [[(937) 555-0148|PHONE_NUMBER]] after 4. Thanks, good luck with the study.""")

# 18 Canada - city bus driver, Montreal - mixed French/English, colleague shares name with AI product
T.append("""AI: Bonjour, thanks for joining us. Could you tell me a bit about yourself and your work?

User: Bonjour! Alors, I'm [[Martine Gagnon|PERSON]], [[chauffeuse d'autobus|JOB_TITLE|job_title_local_language]], bus driver, for the [[STM|ORGANIZATION|acronym_employer]] in [[Montréal|CITY]]. I'm [[cinquante et un|AGE|number_words_local_language]], fifty-one, and I've been driving since [[2004|DATE]]. I work out of [[centre de transport Legendre|ORGANIZATION|depot_name]], mostly the 55 and the 80, so Saint-Laurent and du Parc, in [[Ahuntsic|CITY]] and the [[Plateau|CITY|neighbourhood_common_noun]]. I live in [[Laval|CITY]], so I cross the bridge every day, which is its own adventure.

AI: Merci, [[Martine|PERSON]]. How do AI tools come into your work?

User: At work directly, not much, the bus has its own systems, the GPS, the radio with the control centre. But on my breaks, yes. My colleague [[Claude|PERSON|name_same_as_ai_product]], he's been driving even longer than me, he's the one who showed me [[Claude|AI_PRODUCT|product_same_as_colleague_name]], the AI, and we laughed so much, he says it's his smarter twin 😄 I use it and [[ChatGPT|AI_PRODUCT]] to prepare my union grievance letters in English and French, and to understand the new collective agreement, it's two hundred pages.

AI: You're involved with the union?

User: Oui, I'm a delegate for my garage with the [[Syndicat du transport de Montréal|ORGANIZATION|union]]. We had a case where a driver got a complaint because the on-board camera AI flagged "aggressive braking", but it was a kid who ran in the street. So I asked the AI to help me write the defence. It was good for structure, but I removed all the names and the driver's matricule before pasting. We do the union meetings on [[Teams|SOFTWARE|app_name_is_word]] now and somebody always asks [[Copilot|AI_PRODUCT]] to make the minutes, which are never right about who said what. For myself, I did put my own employee number once, [[40712|NATIONAL_ID|employee_number]], when I asked it to fill a vacation form, but I regretted it after.

AI: Do your coworkers feel the same way about it?

User: Some are scared. [[The young drivers|GENERIC_ROLE]] use it for everything, even to ask which restaurants are open at 2 a.m. on the night route. [[The older ones|GENERIC_ROLE]] say it is a gadget, and [[my husband|GENERIC_ROLE]], he is retired from [[Bombardier|ORGANIZATION|spouse_employer]], he agrees with them. [[The dispatchers|GENERIC_ROLE]] are testing a new planning system with AI for the schedules, and we don't like it, because it doesn't know that on the 80 [[in winter|GENERIC_TIME]] you lose ten minutes at every stop with the strollers and the snow. My son [[Olivier|PERSON]] studies at [[Cégep Ahuntsic|SCHOOL|school_contains_neighbourhood]], in computer science, and he says the AI is only as good as the data. Voilà.

AI: Have AI tools changed how you deal with passengers?

User: A little. Tourists show me their phone with [[Google Translate|SOFTWARE]] or the [[Transit|SOFTWARE|app_name_is_word]] app and ask where to get off, the app is usually right, sometimes not with detours. Once a man from [[Mexico|COUNTRY]] showed me a message in Spanish written by AI, it said his wife was sick, I called the control centre and they sent help, so there it was useful. People also ask me if [[Céline Dion|PUBLIC_FIGURE]] really lives in [[Laval|CITY]] 😂 no, that's a myth.

AI: Thank you. Is there anything else you would add, or a way to contact you?

User: I'd want the AI to understand québécois, not [[France|COUNTRY]] French, when I say "char" it thinks I mean a tank! For a follow-up, text me at [[438 291-0476|PHONE_NUMBER]] or email [[martine.gagnon.stm@videotron.ca|EMAIL_ADDRESS]]. Avoid [[Tuesday mornings|GENERIC_TIME]], that's when I do the union office. Bonne journée!""")

# 19 Mexico - taqueria owner, Guadalajara - speech-to-text Spanish/English, Don, nickname employer
T.append("""AI: Hola, thank you for joining us. Can you tell me about yourself and your business?

User: Sí, claro, a ver. Me llamo [[Jesús Ramírez|PERSON]], pero todos me dicen Don [[Chuy|PERSON|hypocoristic_honorific_outside]], bueno, [[Chuy|PERSON]], lo de Don es por la edad, ja. Tengo [[cuarenta y ocho|AGE|number_words_local_language]] años. I'm the owner and the [[taquero|JOB_TITLE|job_title_local_language]] of [[Tacos El Güero|ORGANIZATION|org_named_after_nickname]], here in [[Guadalajara|CITY]], on [[Av. Hidalgo 1843|ADDRESS]], in the colonia [[Ladrón de Guevara|CITY|neighbourhood_looks_like_person]]. My father started it in nineteen ninety... no, in [[nineteen eighty-nine|DATE|spoken_year_self_corrected]], he was the [[Güero|PERSON|nickname_inside_org_name]], the blond one, and I took over in [[1999|DATE]].

AI: Thanks, [[Chuy|PERSON]]. How do AI tools come into running the taquería?

User: Bueno, the truth, at first nothing. My son [[Beto|PERSON|hypocoristic]], he studies at the [[Universidad de Guadalajara|SCHOOL]], the UdeG, he put [[ChatGPT|AI_PRODUCT]] on my phone. Now I use it to calculate the costs, because the price of the meat, the tortilla, the gas, everything goes up [[every month|GENERIC_TIME]]. I tell it "two hundred kilos of pastor at this price, how much per taco" and it helps me, eh, but I still do it in my notebook also. And for the apps, [[Rappi|SOFTWARE]], [[DiDi Food|SOFTWARE]], the descriptions of the menu [[Beto|PERSON]] made with AI, in English for the gringos from [[Chapala|CITY]].

AI: What does the rest of the family think?

User: [[Mi esposa|GENERIC_ROLE|role_local_language]], [[Lupita|PERSON|hypocoristic]], she does the money, she doesn't trust it. She says, [[Chuy|PERSON]], the AI doesn't pay the rent. But she uses [[Meta AI|AI_PRODUCT]] in the [[WhatsApp|SOFTWARE]] to answer [[the customers|GENERIC_ROLE]] who ask for orders, because we get like fifty messages at night, and she is tired. The AI answers "con gusto, ¿cuántos tacos?" and she just confirms. [[Beto|PERSON]] also made the page on [[Facebook|SOFTWARE]], [[facebook.com/TacosElGueroGDL|URL|url_contains_org_name]], and the AI writes the posts. [[The abuelitas|GENERIC_ROLE|role_local_language]] comment "qué bonito escribes, [[Chuy|PERSON]]" and it's not me, it's the machine, ja ja.

AI: Have you ever shared personal information with these tools?

User: Eh, sí. For the SAT, the taxes, you know, I was confused with the factura electrónica and I gave it my CURP, [[RARJ760315HJCMMS08|NATIONAL_ID|curp_encodes_birthdate]], and the RFC, all of it, because I wanted it to check the form. [[Beto|PERSON]] got angry with me. He says those numbers have your birthday and everything inside. Also for the bank loan for the new trompo, the vertical grill, I pasted the business address and my number, [[33 1845 9027|PHONE_NUMBER]]. Well, the number is already on the sign, on the tarp, everybody has it.

AI: How do you see AI affecting small businesses like yours?

User: Mira, the big chains, the franchises, they have the apps, the machines that make tortillas, everything. We have the flavor, the salsa of my mother. AI cannot make salsa. But it can help us to not lose money. I saw [[Guillermo del Toro|PUBLIC_FIGURE]], he is from here, from [[Jalisco|CITY|state]], he said AI art is bad, and he is right for art, but for the accounting, pues, welcome. The young people here watch videos of [[Canelo|PUBLIC_FIGURE|public_figure_nickname]] made with AI, saying crazy things, and they believe it. I pay the suppliers with [[Mercado Pago|SOFTWARE]] now, also [[Beto|PERSON]]'s idea. My worry is the delivery apps, they take thirty percent and they use AI to decide who appears first. If you don't pay, you disappear.

AI: Thank you, [[Chuy|PERSON]]. Anything you'd like to add?

User: Only that if you come to [[Guadalajara|CITY]], come to eat, the pastor is the best in the colonia, ask anybody. And that the AI should understand how we talk, the Spanish from [[Jalisco|CITY]], not from [[Spain|COUNTRY]]. When I say "ahorita" it thinks I mean now, and no, ahorita can mean tomorrow, ja ja. Gracias, joven.""")

# 20 Jamaica - hotel housekeeping, Montego Bay - phone-typed patois
T.append("""AI: Hi, thanks for taking the time to talk with me. Could you tell me about yourself and your job?

User: hi 😊 mi name [[Shanice Campbell|PERSON]] but everybody call mi [[Niecy|PERSON|nickname]]. mi [[twenty-nine|AGE|number_words]], mi work as a [[room attendant|JOB_TITLE]] at [[Sea Grape Bay Resort|ORGANIZATION]] inna [[MoBay|CITY|city_nickname]] since [[2019|DATE]]. before dat mi did work a likkle guesthouse in [[Negril|CITY]]. mi live a [[Mount Salem|CITY|neighbourhood]] wid mi son an mi madda

AI: Nice to meet you, [[Niecy|PERSON]]. How do you use AI at work or at home?

User: mostly [[ChatGPT|AI_PRODUCT]] an di one inna [[Snapchat|SOFTWARE]], [[My AI|AI_PRODUCT|product_name_is_phrase]]. mi use it fi write di incident report dem when guest lose sumting or complain, cause [[the housekeeping manager|GENERIC_ROLE]] want it inna proper English. Miss [[Hope|PERSON|name_is_word]], mi supervisor, she seh mi reports look "very professional" now lol 😂 she nuh know a di AI. also mi use it fi understand di German an Canadian guest dem when dem write note pon di bed

AI: Does Miss [[Hope|PERSON]] know about it now?

User: lol she find out [[last month|GENERIC_TIME]]. she was vex first but den she start use it too fi di roster. di hotel have a system call [[HotSOS|SOFTWARE|product_looks_like_acronym]] weh tell wi which room fi clean first, dem seh it have AI inna it. sometime it send mi from one end a di property to di next an back, mi walk 20,000 steps a day 🥵 mi co-worker [[Patience|PERSON|name_is_word]] seh di AI must think wi a robot too. [[Patience|PERSON]] been dere 15 years, she know every room by heart, she nuh need nuh app

AI: Have you ever shared personal information with these tools?

User: yeah one time fi mi tax ting. mi ask [[ChatGPT|AI_PRODUCT]] how fi fill di form an mi put mi TRN [[118-402-337|NATIONAL_ID]] 🙈 mi cousin [[Kemar|PERSON]] who work a [[NCB|ORGANIZATION|bank_acronym]] seh nuh do dat again. also mi put mi son name an school fi help write a letter, him name [[Jaden|PERSON]] an him go [[Mount Salem Primary|SCHOOL|school_contains_neighbourhood]]. mi never did think bout it. now mi just write "my son" an "di school"

AI: How do you feel about AI in the hotel business?

User: hmmm. it help wid di paper work but it cyaan clean a room 😂 di guest dem want fi see a smile, fi talk. nuff a dem come from [[America|COUNTRY|america_meaning_usa]] an [[Canada|COUNTRY]] an dem tip wi cause wi treat dem good, nuh machine cyaan do dat. but mi hear seh some hotel inna [[Kingston|CITY]] a try robot fi deliver towel. mi tink management will use it fi cut staff, dat a mi fear. [[Usain Bolt|PUBLIC_FIGURE]] come stay by wi once an him was so humble, him tek picture wid all a wi. a robot cyaan give yuh dat feeling. mi madda always seh work hard an be humble an yuh will reach far, an mi a try. mi a save up fi do a course inna hospitality, maybe one day mi can be supervisor like Miss [[Hope|PERSON]]

AI: Thank you, [[Niecy|PERSON]]. Anything else, and how can we reach you?

User: mek di AI understand patois!! wen mi talk to it inna mi own way it get confuse. an mek it cheaper fi data. yuh can reach mi pon [[whatsapp|SOFTWARE]] [[876 four one nine 22 86|OBF_PHONE|mixed_digits_and_words]] or check mi [[Instagram|SOFTWARE]] [[@niecy_mobay|SOCIAL_HANDLE|handle_contains_city_nickname]]. blessings 🙏🏾""")

# 21 Brazil - app delivery rider, Sao Paulo - phone-typed Portuguese/English, emoji digits
T.append("""AI: Oi! Thanks for joining. Could you tell me a bit about yourself and your work?

User: eae 👋 sou [[Wellington Souza|PERSON]], mas na quebrada todo mundo me chama de [[Welli|PERSON|nickname]]. tenho [[24|AGE]] anos, sou [[entregador|JOB_TITLE|job_title_local_language]], delivery rider, de moto, faço [[iFood|ORGANIZATION|platform_employer]] e às vezes [[Loggi|ORGANIZATION|platform_employer]]. moro no [[Capão Redondo|CITY|neighbourhood]], zona sul de [[São Paulo|CITY]], mas rodo mais em [[Pinheiros|CITY]] e [[Vila Madalena|CITY]] que é onde tem pedido. comecei em [[2020|DATE]], na pandemia, quando a loja de celular que eu trabalhava fechou

AI: Valeu, [[Welli|PERSON]]. How do you use AI tools in your day?

User: pô, o [[ChatGPT|AI_PRODUCT]] salva muito. tipo, cliente reclama no chat do app e eu não sei escrever bonito, aí peço pro chat escrever uma resposta educada kkkk. também uso pra calcular se a corrida compensa, quanto gasto de gasolina, óleo, pneu. o app não te mostra isso né, só mostra o valor. meu parceiro [[Ronaldinho|PERSON|nickname_of_public_figure]], o nome dele mesmo é [[Cleiton|PERSON]], chamamos assim porque ele dribla os carros igual o [[Ronaldinho Gaúcho|PUBLIC_FIGURE]] 😂 ele que me ensinou a usar o [[Gemini|AI_PRODUCT]] por voz enquanto espera no restaurante. e o [[Waze|SOFTWARE]] claro, sem [[Waze|SOFTWARE]] não vivo

AI: What do you think about how [[iFood|ORGANIZATION]] itself uses AI?

User: mano, esse é o problema. o algoritmo decide tudo, quem pega pedido, quanto paga, se tu é bloqueado. fui bloqueado 3 dias [[mês passado|GENERIC_TIME|local_language]] e ninguém explicou, só mensagem automática. fiz um texto com o chat pra recorrer, ficou top, mas quem respondeu foi outro robô 🤡 a gente fez até protesto na [[Avenida Paulista|CITY|avenue_as_place]], o breque dos apps. o [[Lula|PUBLIC_FIGURE]] falou de regulamentar, vamos ver né. enquanto isso a gente se organiza no [[WhatsApp|SOFTWARE]], grupo com 200 motoca, quem sabe usar o chat ajuda quem não sabe

AI: Have you ever shared personal information with these tools?

User: já sim 😬 pra abrir o MEI eu joguei meu CPF no chat pra ver se o formulário tava certo, [[382.541.907-12|NATIONAL_ID]]. e minha chave pix é o próprio CPF, então... minha mina, a [[Vitória|PERSON|name_is_word]], brigou comigo, disse que golpista adora isso. ela trabalha no [[Magazine Luiza|ORGANIZATION|org_named_after_person]] e lá eles tem a [[Lu|AI_PRODUCT|assistant_named_like_person]], a assistente virtual, ela falou que até a [[Lu|AI_PRODUCT]] sabe mais de segurança que eu kkkk. também já mandei meu endereço pro chat pra fazer currículo: [[Rua Cachoeira Morena, 88, casa 2|ADDRESS|brazilian_street_format]]. hoje sei que não precisa, coloca só o bairro

AI: How does your family feel about your work and AI?

User: minha mãe, Dona [[Cida|PERSON|hypocoristic_honorific_outside]], fica com medo todo dia, moto em [[SP|CITY|city_abbreviation]] é perigoso demais. ela acha que AI é coisa de filme, tipo o robô que vai dominar o mundo 😂 meu irmão mais novo estuda na [[ETEC Jardim Ângela|SCHOOL]] e usa AI pra tudo, até pra escrever mensagem pra namorada. eu falo pra ele estudar de verdade pra não virar motoboy igual eu. não tenho vergonha, mas é puxado, 12 horas por dia, chuva, sol. [[Nubank|SOFTWARE]] me mostra quanto entra e sai, e no [[fim do mês|GENERIC_TIME|local_language]] nunca sobra muito

AI: Valeu mesmo. Anything else, and how can we reach you?

User: queria que a AI ajudasse a gente que roda e não só a empresa. tipo, um app que mostra se o pagamento do [[iFood|ORGANIZATION]] tá justo, quanto tu ganha por hora de verdade. se der, me chama no zap: [[1️⃣1️⃣ 9️⃣8️⃣4️⃣7️⃣2️⃣-3️⃣3️⃣1️⃣0️⃣|OBF_PHONE|emoji_keycap_digits]] tá ligado, escrevo assim porque cansei de spam. valeu, tmj 🤙🏽""")

# 22 Argentina - grain truck driver, Rosario - speech-to-text voice notes, Spanish/English
T.append("""AI: Hola, thanks for making time. Could you tell me about yourself and your work?

User: Sí, hola, bueno, eh, I'm recording this from the cab, sorry for the noise. My name is [[Daniel Benítez|PERSON]], but on the road everybody knows me as el [[Flaco|PERSON|nickname_is_word_article_outside]], because, well, I was thin once, ja. I'm [[cuarenta y siete|AGE|number_words_local_language]], forty-seven. I'm a [[camionero|JOB_TITLE|job_title_local_language]], truck driver, I drive for [[Transportes Giménez e Hijos|ORGANIZATION|org_named_after_family]], from [[Rosario|CITY]]. We carry soy and corn from the fields in [[Pergamino|CITY]] and the south of [[Santa Fe|CITY|province]] to the ports in [[San Lorenzo|CITY]] and [[Timbúes|CITY]]. I've been driving since two thousand, eh, [[two thousand three|DATE|spoken_year]].

AI: Gracias, [[Flaco|PERSON]]. So you're based in [[Rosaria|CITY|echo_misspelled_looks_like_name]] and you drive to the ports. How do AI tools fit into your work?

User: Mirá, mostly in the queues. At harvest time, in [[April|GENERIC_TIME]] and [[May|GENERIC_TIME|month_is_name]], we wait twelve, fifteen hours to unload at the port, so I have time. I use [[ChatGPT|AI_PRODUCT]] to understand the new rules, because every government changes the permits, the, how do you say, the paperwork for the cargo, the carta de porte electrónica. And my son [[Thiago|PERSON|name_shared_with_celebrity_child]] installed [[Gemini|AI_PRODUCT]] and he showed me to talk to it, so I don't type while driving, eh, I don't type while driving, I promise, ja ja.

AI: Does the company use AI in planning the trips?

User: Don [[Rubén|PERSON|honorific_outside]], the owner, he is old school, a notebook and the phone. But his daughter [[Carolina|PERSON]] came back from studying at the [[UNR|SCHOOL|university_acronym]] and she put a system with [[Google Maps|SOFTWARE]] and an app for the trucks, it says which port has less queue. Sometimes it's right, sometimes it sends me to [[Villa Constitución|CITY]] and there is a strike, and the app doesn't know about the strike, ja. Also the other drivers, [[the old guys|GENERIC_ROLE]], they say [[Carolina|PERSON]] watches us like Big Brother now because the GPS reports everything.

AI: Have you ever shared personal information with AI tools?

User: Eh, sí, once. I had to renew the licencia, the professional one, and I asked [[ChatGPT|AI_PRODUCT]] what documents, and I wrote my DNI, [[28.417.903|NATIONAL_ID|argentine_dni_dots]], and the date it expires, [[15/08|DATE|day_month_only]], so it reminds me, but it doesn't remind anything, ja, it's not like that. My wife [[Vero|PERSON|hypocoristic]] told me, [[Flaco|PERSON]], you put your whole life in there. She is more careful. She works at a school in [[Funes|CITY]] and they had a talk about this, privacy, the kids and the AI.

AI: What do you think AI will mean for truck drivers?

User: Look, they talk about trucks that drive alone, in [[the States|COUNTRY|country_colloquial]], in [[China|COUNTRY]]. Here? With these roads? The Ruta 33 has holes like swimming pools, no robot is going to survive that, ja. But for the paperwork, for the weather, it helps. What worries me is that the big companies, the cerealeras, they use AI to decide the price of the freight, and we, the small ones, we can't negotiate with a computer. Everybody in [[Rosario|CITY]] talks about [[Messi|PUBLIC_FIGURE]], he's from here, and somebody made an AI video of [[Messi|PUBLIC_FIGURE]] driving a truck, it was on every [[WhatsApp|SOFTWARE]] group of the camioneros, very funny.

AI: Thank you, [[Flaco|PERSON]]. Anything else you want to add, and how could we reach you?

User: Only that they make it with our language, the Argentine Spanish, the "vos", the slang, not like a dubbed movie. And that they ask the drivers before they make the apps for the drivers. For contact, my cell is [[+54 9 341 562-8830|PHONE_NUMBER|argentine_mobile_format]], send an audio, I don't read much while I'm on the road. [[On Sundays|GENERIC_TIME]] I'm at home, doing the asado with [[Vero|PERSON]] and [[Thiago|PERSON]]. Chau, un abrazo.""")

# 23 Colombia - flower greenhouse worker, Madrid (Cundinamarca) - careful-ish Spanish/English
T.append("""AI: Buenos días, and thank you for joining. Could you tell me about yourself and your work?

User: Buenos días. Mi nombre es [[Luz Dary Rojas|PERSON|compound_first_name]], tengo [[41|AGE]] años. I work in the flowers, the roses and the carnations, at [[Flores La Gaitana S.A.S.|ORGANIZATION]], a farm in [[Madrid|CITY|town_shares_name_with_capital]], [[Cundinamarca|CITY|department]], not [[Madrid|CITY|foreign_capital_same_name]] in [[Spain|COUNTRY]], ja, everybody asks. I am a [[clasificadora|JOB_TITLE|job_title_local_language]], I sort the stems in the post-harvest room. I have been there since [[2011|DATE]]. Before I lived in [[Facatativá|CITY]], now I live in [[Madrid|CITY]] with my daughter.

AI: Gracias, [[Luz Dary|PERSON|name_is_word_spanish]]. How do AI tools come into your work or daily life?

User: At the farm, they put cameras last year that classify the stems, the length, the color, with artificial intelligence. So now my job is more to check the machine, when it makes mistakes. It confuses the colors when the light is strange. [[The supervisor|GENERIC_ROLE]], we call him el [[Mono|PERSON|nickname_is_word_article_outside]] because he is blond, he says the machine is faster, but I see the machine sends good roses to the national market and bad ones to export, ja. At home I use [[ChatGPT|AI_PRODUCT]] because my daughter [[Esperanza|PERSON|name_is_word_spanish]] showed me, she is in eleventh grade at the [[Colegio Teodoro Aya Villaveces|SCHOOL|school_named_after_person]].

AI: What do you use [[ChatGPT|AI_PRODUCT]] for?

User: Many things. Recipes, to help [[Esperanza|PERSON]] with English homework, and to understand the papers from the EPS, the health insurance. Also for the union, we have a small union at the farm, [[Sintraflores Madrid|ORGANIZATION|union_contains_town]], and I help write the letters. For [[San Valentín|GENERIC_TIME|holiday_season]] and for [[Día de la Madre|GENERIC_TIME|holiday_season]] we work fourteen hours a day, everything for [[the United States|COUNTRY]], and we wanted to ask for the overtime correctly, so [[ChatGPT|AI_PRODUCT]] helped me find the article in the labour law. The lawyer said it was well written.

AI: Have you shared personal information with it?

User: Sí, I think too much. My cédula, [[1.073.456.789|NATIONAL_ID|colombian_cedula_dots]], for the form of the subsidy of housing, and my address, [[Carrera 6 # 12-45, barrio El Rosario|ADDRESS|colombian_carrera_format]]. [[My comadre|GENERIC_ROLE|role_local_language]] [[Marleny|PERSON]] told me it is dangerous, that they can steal the identity. She only uses [[Nequi|SOFTWARE]] and [[Daviplata|SOFTWARE]] to send money and she is afraid even of that. But what can I do, the forms are very difficult, and the office in [[Bogotá|CITY]] is two hours by bus.

AI: How do you feel about AI in the flower industry?

User: Mixed. The machines help with the heavy work, my back hurts less. But many compañeras lost hours, mostly the older ones, because the machine does the classification. In the farm next to us they put a robot for the cutting, a test, and it broke many stems. We laugh, but we are afraid. [[Shakira|PUBLIC_FIGURE]] sings about the women who work, but nobody sings about the women in the flowers 😅 Also the company sends messages on [[WhatsApp|SOFTWARE]] written by AI, very sweet, "querida colaboradora", but the salary is the same.

AI: Thank you, [[Luz Dary|PERSON]]. Is there anything else, and how can we contact you?

User: I would like the AI to explain things more simple, not so long, for people who did not finish school. For contact, my email is [[luzdary.rojas(arroba)hotmail.com|OBF_EMAIL|spanish_arroba_parens]], [[Esperanza|PERSON]] wrote it like that so the robots don't copy it, or call [[311 482 7705|PHONE_NUMBER]] after six. Muchas gracias, que Dios le pague.""")

# 24 Australia - farmhand, Bundaberg - speech-to-text, Aussie slang, app named like a role
T.append("""AI: G'day, thanks for jumping on. Could you tell me a bit about yourself and your work?

User: Yeah, no worries. So I'm [[Jacob Pearce|PERSON]], [[Jake|PERSON]], [[Jake|PERSON|nickname]] is fine. I'm [[twenty-two|AGE|number_words]], I'm a [[farmhand|JOB_TITLE]] at [[Kelly Family Farms|ORGANIZATION|org_named_after_family]], just out of [[Bundy|CITY|city_nickname_is_brand]], so [[Bundaberg|CITY]], [[Queensland|CITY|state]]. We do sweet potatoes, macadamias, a bit of everything really. I've been there since I finished at [[Bundaberg State High|SCHOOL]], so since [[twenty twenty|DATE|spoken_year]]. Before that I did picking over in [[Childers|CITY]] in the school holidays.

AI: Thanks, [[Jake|PERSON]]. How do AI tools come into your work?

User: Yeah, it's, um, it's more than you'd think. So [[the boss|GENERIC_ROLE]], [[Mick|PERSON|hypocoristic]], [[Mick Kelly|PERSON|surname_inside_org]], he's pretty old school but his daughter [[Summer|PERSON|name_is_word]] runs the office now and she's brought in all this stuff. We clock on with [[Deputy|SOFTWARE|app_name_is_role]], that's the rostering app, and the spray records go in [[Agworld|SOFTWARE]]. And then I use [[ChatGPT|AI_PRODUCT]] heaps for, like, chemical stuff, mixing rates, withholding periods. I always check the label after though, because it told me once the wrong rate for a herbicide, and that could've cooked the whole block.

AI: Does [[Summer|PERSON]] use AI as well?

User: Oh yeah, she's all over it. She uses [[Copilot|AI_PRODUCT]] for the emails to the packing shed and [[the buyers|GENERIC_ROLE]] down in [[Brisbane|CITY]], and for the water reports for the council. She reckons it saves her a day a week. [[Mick|PERSON]] reckons it's a fad, he says [[Steve Irwin|PUBLIC_FIGURE]] never needed a computer to know a croc was dangerous, which is, um, I don't know what that's got to do with anything, but that's [[Mick|PERSON]]. [[The backpackers|GENERIC_ROLE]] on the farm use it to translate, we've got blokes from [[Vanuatu|COUNTRY]] on the seasonal scheme and a few German girls, so it helps with the safety induction.

AI: Have you ever shared personal information with these tools?

User: Um, yeah, probably. I'm on an ABN for some of the contract work, so I asked it how to do my tax and I gave it my ABN, [[51 824 753 556|NATIONAL_ID|australian_business_number]], and my address, [[14 Gavin Street|ADDRESS]], [[Gin Gin|CITY|town_name_is_word]]. My mum freaked out when I told her. She works at the hospital and they had all this training about data after the, you know, the big hack at [[Medibank|ORGANIZATION|company_in_news]]. So now I sort of leave that stuff out, or just put in fake numbers.

AI: How do you see AI changing farm work?

User: There's already drones doing the spraying on the cane farms around here, and some of the bigger growers have got these camera things on the tractors that spot weeds. So, yeah, it's coming. But someone's still gotta fix the irrigation at two in the morning when a pipe blows, you know? I reckon it'll change what we do but not get rid of us. [[Mick|PERSON]]'s old man used to say the same thing about GPS tractors back in the day. [[In summer|GENERIC_TIME|season_is_name]], in the heat, I'd love a robot to do the weeding but, honestly.

AI: Thanks, [[Jake|PERSON]]. Anything else to add, and how can we reach you?

User: Nah, just that it'd be good if it understood how we actually talk, like when I say "arvo" or whatever. And it should work without reception, 'cause half the farm's got none. My number's [[oh four one two, three eight seven, double five one|OBF_PHONE|spoken_digits_double]], yeah, text's best. Cheers.""")

# 25 New Zealand - fishing deckhand, Nelson - typed casual, Maori words, city/person/public-figure collision
T.append("""AI: Kia ora, thanks for joining. Could you tell me a bit about yourself and your work?

User: kia ora 👋 I'm [[Tama Parata|PERSON]], [[31|AGE]], [[deckhand|JOB_TITLE]] on an inshore trawler out of [[Port Nelson|CITY|port_contains_city]], [[Nelson|CITY|city_is_first_name]]. work for [[Tasman Bay Fishing Co|ORGANIZATION|org_contains_region]], family business, been with them since [[2016|DATE]]. grew up in [[Motueka|CITY]], [[my nan|GENERIC_ROLE]] still lives there. we do flatfish, gurnard, snapper when we're lucky, trips of 3 to 5 days depending on the weather

AI: Kia ora, [[Tama|PERSON]]. How do AI tools come into your work?

User: mostly weather tbh, especially [[in winter|GENERIC_TIME]] when the westerlies come through. [[the skipper|GENERIC_ROLE]] uses [[PredictWind|SOFTWARE]] which has some AI routing thing, and i use [[ChatGPT|AI_PRODUCT]] to explain the forecast when it's confusing, like swell period and stuff. also, yeah, [[the skipper|GENERIC_ROLE]] is [[Aroha|PERSON|name_is_word_maori]], she's a legend, first wahine skipper in the company, she uses it to write up the catch reports for MPI and the electronic logbook, it's a nightmare of paperwork. she says it saves her hours after a long trip when she's knackered

AI: Do your crewmates use it too?

User: yeah my mate [[Nelson|PERSON|person_same_as_city]], samoan fella, his mum named him after [[Nelson Mandela|PUBLIC_FIGURE|contains_city_and_person_name]] lol, so [[Nelson|PERSON]] from [[Nelson|CITY|city_same_as_person]], we give him so much stick. he uses [[Gemini|AI_PRODUCT]] to study for his skipper ticket. i did mine, i got my skipper's ticket on [[22/03|DATE|day_month_local_format]] this year, my MNZ number is [[98213|NATIONAL_ID|maritime_document_number]] and yeah i pasted it into [[chatgpt|AI_PRODUCT]] when i was sorting the renewal, probably shouldnt have. also the cameras, MPI put on-board cameras on all the inshore boats, they say AI watches the footage for dolphins and seabirds. kinda weird being filmed all day at work

AI: How do you feel about the cameras and AI watching?

User: honestly mixed. its good for the fishery, proves we're doing the right thing, we release the protected stuff. but it feels like you're always at work, even when you're just eating your sandwich on deck. [[the older guys|GENERIC_ROLE]] hate it. [[Aroha|PERSON]] says the footage goes to some company in [[Wellington|CITY]] and nobody knows who looks at it. i asked [[chatgpt|AI_PRODUCT]] who can see it and it gave me a long answer that said basically "it depends" haha. also my missus [[Kiri|PERSON]] is worried about the data, she works at [[Nelson Hospital|ORGANIZATION|employer_contains_city]] and they're super strict there

AI: Have AI tools changed anything for you outside work?

User: yeah i use it for te reo sometimes, but it's not great, it makes up words, and the [[Facebook|SOFTWARE]] groups are full of AI pictures of fish that dont exist lol. [[my nan|GENERIC_ROLE]] would give it a hiding 😂 i also used it to write my CV when i was thinking of going to work in [[Australia|COUNTRY]], the mines pay way more. but i love being on the water, i'd miss it. [[Jacinda Ardern|PUBLIC_FIGURE]] once came to the wharf when she was PM and talked to our crew, that was a cool day

AI: Thank you, [[Tama|PERSON]]. Anything else to add, and how can we reach you?

User: just that the AI should be made with people who work on the water, not just office people in [[Auckland|CITY]]. the forecast stuff is life or death for us. flick me an email [[tama.parata@xtra.co.nz|EMAIL_ADDRESS]] or txt [[021 447 3902|PHONE_NUMBER]] but im out of range a lot, give me a few days to reply. chur 🤙🏽""")

write_set(T, "set_bm")
