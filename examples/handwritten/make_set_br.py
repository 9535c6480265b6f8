# Blind evaluation set "br": young, early-career and platform workers, 25 countries.
# Voice interviews transcribed by speech-to-text with light cleanup. All people, numbers,
# emails, handles and IDs are invented; employers, universities, cities and products may be real.
from markup import write_set, build

T = []

# 1. India (Bengaluru) - Swiggy delivery partner, B.Com student, Hinglish
T.append("""AI: Hi, thanks for joining. To start, can you tell me a bit about yourself and the work you do?

User: Haan hi, so I'm [[Rohit Yadav|PERSON]], but nobody calls me that yaar, everyone says [[Ronny|PERSON|nickname]]. I'm [[twenty-one|AGE]], final year B.Com at [[Jain College|SCHOOL]], evening batch, and side mein I do deliveries for [[Swiggy|ORGANIZATION]]. Officially I'm a [[delivery partner|JOB_TITLE]], that's what they call us, partner, like we are business partners only [laughs]. Mostly I pick up from [[HSR Layout|CITY]], near [[27th Main Road|ADDRESS|street_only]], lot of cloud kitchens there. I stay in [[Bommanahalli|CITY]] with my cousin so it's like fifteen minutes on the bike.

AI: Thanks, [[Ronny|PERSON]]. Where does AI come into your day, if at all?

User: Bhai, more than I thought honestly. The app itself decides everything, which order, which route, the incentive slabs, so that is AI using me, not me using AI, haha. The AI I use myself is [[ChatGPT|AI_PRODUCT]] for college, and [[Gemini|AI_PRODUCT]] because it came free with the phone. For my cost accounting assignment I just type in Hinglish, like "yaar marginal costing samjha do simple mein", and [[chatgpt|AI_PRODUCT]] explains better than our sir, no offence to him. Between orders, when I'm waiting outside the kitchen, I do this, ten minutes here, ten minutes there. For the delivery work itself, little bit only. [[Google Maps|SOFTWARE]] is fine for main roads but inside the layouts it goes mad, so me and [[sunny|PERSON|lowercase_name_is_word]] made our own notes of shortcuts on [[WhatsApp|SOFTWARE]], voice notes, and then I asked [[Gemini|AI_PRODUCT]] to turn them into a proper list. [[Sunny|PERSON|name_is_word]] is my friend from the same PG, he rides for [[Zepto|ORGANIZATION]] from the [[Agara|CITY]] dark store. Also when a customer is angry I use AI to write the reply in Kannada, because my Kannada is very weak, I'm from [[Gorakhpur|CITY]] originally. One aunty in [[Sector 2|CITY|numbered_district]] complained I was late, so I asked how to say sorry properly in Kannada. She gave five stars after that, so [laughs].

AI: Are there things you don't use it for, or that worry you?

User: Haan, money matters. Last month the weekly payout came less, like four hundred rupees less, and I asked [[ChatGPT|AI_PRODUCT]] to calculate from my trip list and it gave a different wrong number also. My sister [[Pinky|PERSON|honorific_suffix_didi]] didi, she's an [[accounts executive|JOB_TITLE]] at [[Prestige Group|ORGANIZATION]], she sat with me [[on Sunday|GENERIC_TIME]] and did it in [[Excel|SOFTWARE]] properly. So for numbers I go to didi, not AI. One more thing, once I put my partner ID, [[SWG-BLR-448213|NATIONAL_ID|employee_id]], into [[ChatGPT|AI_PRODUCT]] to write an email to support, then I felt scared, like where is it going, so I deleted the chat.

AI: You mentioned support. How do you deal with the company when something goes wrong?

User: Support is a chatbot first, always. You type the problem, it gives three options, none of them is your problem. After twenty minutes maybe a human comes. [[The fleet manager|GENERIC_ROLE]] at our hub is okay, helpful, but he also just says raise a ticket, bhai. Some of us in the rider group want to join [[IFAT|ORGANIZATION|union_acronym]], the app workers union, they did a protest in [[Koramangala|CITY]] in [[March 2024|DATE]] and I went for one hour before my login.

AI: What about outside work? Do you use AI for anything personal?

User: Reels! I have a small page, cricket edits, [[@ronny.cuts.18|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], around two thousand followers. I make the edits in [[CapCut|SOFTWARE]] and the captions [[ChatGPT|AI_PRODUCT]] writes. Mostly [[Virat Kohli|PUBLIC_FIGURE]] edits, sometimes [[Dhruv Rathee|PUBLIC_FIGURE]] clips when he talks about gig workers. [[Meta AI|AI_PRODUCT]] is also there inside [[WhatsApp|SOFTWARE]] now, my mummy uses it more than me, she asks it recipes, haha. If my friends ask me about studies, I say use it, but read it once yourself. My exams start [[14th May|DATE]], so right now I'm revising with it daily. Last semester one guy in my class, [[Aakash|PERSON]], copied a full answer from AI for the internal and the lecturer caught it because it had American spelling, "color" without u, haha. Fail. So use it like a tuition teacher, not like a photocopy machine.

AI: Thank you, that's really helpful. Is there a good number to reach you for the follow-up?

User: Yes, [[nine eight four five zero, double one, seven three six|OBF_PHONE|number_words_double]], same is on [[WhatsApp|SOFTWARE]] also. Call [[after ten at night|GENERIC_TIME]], before that I'm on the road.""")

# 2. Philippines (Cebu) - call-centre agent, Taglish
T.append("""AI: Hi, thank you for making time after your shift. Could you introduce yourself and tell me what you do?

User: Hello po! Okay so I'm [[Maria Kristine Dela Cruz|PERSON]], but please just call me [[Tin|PERSON|nickname]], everyone does, even my mama. I'm [[twenty-three|AGE]], I'm a [[customer service representative|JOB_TITLE]] at [[TaskUs|ORGANIZATION]] in [[IT Park|CITY|business_district]], [[Cebu City|CITY]], graveyard shift, like ten PM to seven AM. We handle a [[US|COUNTRY]] health insurance account, [[Halcyon Mutual|ORGANIZATION|client_org]], mostly billing calls. I graduated class of [[2022|DATE]] from [[USC|SCHOOL|abbreviation]], [[University of San Carlos|SCHOOL]], BS Psych, kasi I thought I'd be a guidance counselor, pero ayun, BPO talaga ang bagsak ko, haha.

AI: [[Tin|PERSON]], what does AI look like in your day-to-day at work?

User: Ay, a lot na. First there's this accent thing, [[Sanas|AI_PRODUCT]], it changes your accent real-time so the caller hears you more, like, American. Some agents love it, some hate it kasi you sound like a robot when you laugh. Then we have the agent assist on the side of the screen, it listens to the call and suggests what to say and pulls the knowledge base article. And I have [[ChatGPT|AI_PRODUCT]] on my phone for personal, pero bawal siya on the production floor, phones are in the lockers. Who trained us? Si Kuya [[Jun|PERSON|honorific_kuya]], he's our [[SME|JOB_TITLE|acronym_title]], subject matter expert, he handled our nesting week.

AI: Sorry, just to check the spelling, was that Kuya [[June|PERSON|echo_after_typo]], like the month?

User: No, no, [[Jun|PERSON]], [[J-U-N|PERSON|spelled_out]], short for [[Junrey|PERSON|full_form]]. Haha, everyone makes that mistake. Kuya [[Jun|PERSON]] showed us how to use the agent assist without reading it word for word, because QA will mark you down if you sound scripted. Our QA is Ate [[Mae|PERSON|honorific_ate]], super strict, she listens to like five calls a week per agent. And [[our team leader|GENERIC_ROLE]] checks the dashboard every hour, the AI gives us a sentiment score per call, green, yellow, red.

AI: How do you feel about the accent tool personally?

User: Honestly, mixed. Sana all may natural American accent, diba? Sometimes it's nice kasi fewer irate callers, but it also feels like they're saying my real voice is not good enough. My friend [[Rhea|PERSON]] from [[Mandaue|CITY]], she resigned [[last March|GENERIC_TIME]] and moved to [[Concentrix|ORGANIZATION]] because there it's optional daw. Charot, she also moved for the bigger night differential, haha.

AI: Do you use AI outside of work?

User: Yes! I have a small ukay-ukay online, preloved clothes, I do live selling on [[TikTok|SOFTWARE]] [[on weekends|GENERIC_TIME]]. The shop is [[Tin's Ukay Corner|SOCIAL_HANDLE|shop_name_contains_name]], handle [[@tinsukaycorner|SOCIAL_HANDLE]]. I use [[Canva|SOFTWARE]] for the posters and [[ChatGPT|AI_PRODUCT]] for captions, in Taglish para relatable. My brother [[Migs|PERSON|nickname]], he's [[sixteen|AGE]], he packs the orders after school, and my mama handles the COD. Something went wrong also, one time I asked [[Meta AI|AI_PRODUCT]] in [[Messenger|SOFTWARE]] to make a reply to a bashing comment, and it wrote pure formal English, super bongga, the buyer thought I was a bot, haha. Also, once I almost typed my employee ID, [[TU-0078812|NATIONAL_ID|employee_id]], into [[ChatGPT|AI_PRODUCT]] to fix my payslip email, then naisip ko, teka, baka bawal, so I erased it.

AI: That's really useful. Last thing, how can we reach you for the follow-up?

User: Email is better since I'm sleeping in the day. It's [[tintin dot delacruz zero two at yahoo dot com|OBF_EMAIL|spelled_at_dot_digits_words]]. Or my number, [[0917 482 3306|PHONE_NUMBER]], but text lang po, don't call, tulog pa ako until three PM.""")

# 3. Nigeria (Lagos) - junior frontend developer + nail tech, Naija Pidgin
T.append("""AI: Good afternoon, thanks for joining. Can you tell me who you are and what you do?

User: Good afternoon o. My name na [[Blessing Okafor|PERSON|name_is_word]], but my people dey call me [[Bee|PERSON|nickname]]. I be [[junior frontend developer|JOB_TITLE]] for one small agency for [[Yaba|CITY]], [[Kodehaus Studio|ORGANIZATION]]. I just finish my [[NYSC|ORGANIZATION]] for [[Ibadan|CITY]] [[last year|GENERIC_TIME]]. I studied Computer Science for [[UNILAG|SCHOOL|abbreviation]], graduated [[2022|DATE]], and I'm [[twenty-four|AGE]]. [[On weekends|GENERIC_TIME]] I still dey do nails, so na two jobs, normal [[Lagos|CITY]] life.

AI: How does AI come into your work as a developer?

User: Omo, e don enter everywhere. For office we use [[GitHub Copilot|AI_PRODUCT]] inside [[VS Code|SOFTWARE]], and I dey use [[Claude|AI_PRODUCT]] when I need make somebody explain one kind legacy code wey dem write for 2019, nobody comment anything. But [[my oga|GENERIC_ROLE|slang_role]], Oga [[Femi|PERSON]], him be the [[lead developer|JOB_TITLE]], him talk say make we no paste client code inside [[ChatGPT|AI_PRODUCT]] again because of one wahala with a client, one fintech, [[Paylane|ORGANIZATION|client_org]]. So now na only [[Copilot|AI_PRODUCT]] for office laptop. Then NEPA take light, laptop die, [[Copilot|AI_PRODUCT]] no dey work offline, haha. The wahala? Somebody for the team paste the whole config file with API keys inside for chat, and the client find out. E no go far, but since then everybody dey shine eye. For me I like am sha, e dey save time for the boring parts, like writing [[Figma|SOFTWARE]] handoff notes or test cases. But if you no sabi the basics, the thing go mislead you and you no go know.

AI: What about the nail business, does AI help there?

User: Yes o! My page na [[@nailsbybee_lag|SOCIAL_HANDLE]] for [[Instagram|SOFTWARE]]. I dey use [[ChatGPT|AI_PRODUCT]] write my captions and price list, and [[CapCut|SOFTWARE]] for the videos. My flatmate [[tolu|PERSON|lowercase_name]] na him dey do booking for me when I dey office, she set up one [[WhatsApp Business|SOFTWARE]] auto reply. Abeg no laugh, the auto reply tell one customer say we dey open [[on Sunday|GENERIC_TIME]]. I no dey work [[Sunday|GENERIC_TIME]], I dey church! My customers na mostly babes for [[Surulere|CITY]] and [[Lekki|CITY]], some students from [[UNILAG|SCHOOL]] too. Some of them go ask "abeg which AI fit show me how the nails go look for my hand", so I dey try [[Gemini|AI_PRODUCT]] for that image thing. One customer, [[Chidinma|PERSON]], send me picture of [[Tiwa Savage|PUBLIC_FIGURE]] nails from one award show and say make I copy am. I use AI break down the design steps. E work sha, she tag me for her story.

AI: Are there things that worry you about using these tools?

User: Data matter. When I dey register my business name, I use [[ChatGPT|AI_PRODUCT]] to understand the form and I almost paste my NIN, [[8273 6610 492|NATIONAL_ID|spaced_digits]], inside the chat. I come remember say na my whole life be that number. And the registration number wey dem later give me, [[BN 3847261|NATIONAL_ID|business_reg]], I no put am anywhere online. Also, if everybody dey use the same AI captions, all the nail pages go sound the same.

AI: What would you tell a younger person starting in tech?

User: Make dem learn basics first. My younger brother [[Ebuka|PERSON]] dey SS2 for [[King's College|SCHOOL]], he dey copy everything from [[Snapchat My AI|AI_PRODUCT]], even maths homework. I tell am say e go fail WAEC. [[Burna Boy|PUBLIC_FIGURE]] no learn music from AI, you understand? Use am like calculator, not like brain.

AI: Thank you, [[Bee|PERSON]]. How can we reach you for the follow-up?

User: Call or WhatsApp me on [[0813 447 2906|PHONE_NUMBER]], or email [[bee.okafor.dev@gmail.com|EMAIL_ADDRESS]]. [[After six|GENERIC_TIME]] is better, before that I dey office.""")

# 4. Kenya (Nairobi) - Bolt Food rider + IT diploma, sneaker reseller, Sheng
T.append("""AI: Hi, thanks for doing this. Please introduce yourself and tell me about your work.

User: Sasa! Niaje. I'm [[Brian Otieno|PERSON]], but the whole mtaa knows me as [[Otis|PERSON|nickname]]. Mimi ni [[twenty-two|AGE]]. I do deliveries on a motorbike for [[Bolt Food|ORGANIZATION]], mostly around [[Roysambu|CITY]] and [[Kasarani|CITY]], and I'm doing a diploma in IT at [[Zetech University|SCHOOL]] in [[Ruiru|CITY]], evening and weekend classes. So manze, maisha ni hustle tu. [[Nairobi|CITY]] doesn't sleep, and me too.

AI: [[Otis|PERSON]], where does AI show up for you?

User: Mostly [[ChatGPT|AI_PRODUCT]]. I call it [[Chapo|AI_PRODUCT|nickname_for_product]], haha, because it's my daily bread, si unajua. I use it for assignments, networking notes, subnetting, all that. For the riding, the app is doing the thinking, which order, which route, how much. The [[Bolt|ORGANIZATION]] algorithm is like a boss you never meet. When I'm not working and I need to go far I just take an [[Uber|SOFTWARE|brand_as_app]], because I don't want to see my bike, haha. With customers, not direct. But when a customer is difficult, like one guy in [[Garden Estate|CITY]] who always says the food is cold, I ask [[Chapo|AI_PRODUCT]] how to write a polite message, because my texting English is basically Sheng. My boy [[Kevo|PERSON|nickname]] does rides for [[Little|ORGANIZATION|name_is_word]], the Kenyan ride app, and he uses AI to answer in Swahili or English depending on the passenger. He says the tips go up a little when you sound proper.

AI: You mentioned your studies. How does AI fit in there?

User: Aki, lecturers have become detectives. Our networking lecturer, Mr [[Kamau|PERSON]], runs every assignment through some detector. My classmate [[wanjiru|PERSON|lowercase_name]] got flagged even though she typed it herself, she was so mad, she almost cried in class. So now I use [[Chapo|AI_PRODUCT]] to explain, then I write with my own hand, literally on paper first. End-of-term exams start [[2nd June|DATE]], so right now it's deliveries by day and revision by night.

AI: Do you have any side business?

User: Yeah, I sell mitumba sneakers, second-hand, on [[TikTok|SOFTWARE]] and [[Instagram|SOFTWARE]]. The page is [[kicks_za_otis|SOCIAL_HANDLE|no_at_sign]]. I use [[Canva|SOFTWARE]] for flyers and [[Meta AI|AI_PRODUCT]] sometimes to clean up the backgrounds of the photos. People pay on [[M-Pesa|SOFTWARE]], I have a till. When I registered the business I got my KRA PIN, [[A014523987X|NATIONAL_ID|tax_id]], and the form was so confusing, [[Chapo|AI_PRODUCT]] explained it line by line. [[Khaligraph Jones|PUBLIC_FIGURE]] once posted sneakers like the ones I sell and that week I sold out. [[My buda|GENERIC_ROLE|slang_role]] thinks it's a waste, he wanted me to do teaching like him.

AI: What worries you about AI, if anything?

User: Jobs, kiasi. If the app can plan the routes, maybe later drones, who knows, haha. Also money, [[Fuliza|SOFTWARE]] and these loan apps use AI to decide your limit and nobody explains why it drops. My cousin [[Faith|PERSON|name_is_word]], she's a [[nursing aide|JOB_TITLE]] at [[Kenyatta National Hospital|ORGANIZATION]], she says in [[Africa|CONTINENT]] we adopt things too fast without rules. I have faith in the tech, but not in the people running it, you get me? And one more thing, [[the customers|GENERIC_ROLE]] don't see us. They see a dot on the map. Last rainy season I was soaked, the food was fine, and still one star because the AI estimate said twenty minutes. So the AI makes promises and the rider pays. That's it.

AI: Thanks, [[Otis|PERSON]]. What's the best way to reach you later?

User: WhatsApp [[0712 449 803|PHONE_NUMBER]], or just DM the shop page. Poa, asante sana.""")

# 5. Singapore - poly intern + bubble tea part-timer, Singlish
T.append("""AI: Hi, thanks for joining us today. Could you start by telling me a bit about yourself?

User: Hello! Okay, I'm [[Rachel Tan Jia Hui|PERSON|western_plus_chinese_name]], but my friends just call me [[JH|PERSON|initials]]. I'm a Year 3 student at [[Temasek Poly|SCHOOL]], Diploma in Business, and now I'm doing my internship at a logistics startup, [[Shipwise Asia|ORGANIZATION]], as a [[business operations intern|JOB_TITLE]]. Weekends I still work part-time at [[LiHO|ORGANIZATION]] at [[Tampines 1|ADDRESS|mall_as_location]]. I'm turning [[nineteen|AGE]] [[in July|GENERIC_TIME]], so still quite young lah. Actually my mum says I'm too young to be so stressed, but you know [[Singapore|COUNTRY|city_state]] students, everything also must do, CCA, internship, part-time, all at the same time.

AI: [[JH|PERSON]], how do you use AI during your internship?

User: Wah, every day sia. The company pays for [[ChatGPT Team|AI_PRODUCT]], so I use it to clean up shipment data and write emails to vendors in [[Malaysia|COUNTRY]] and [[Vietnam|COUNTRY]]. [[My supervisor|GENERIC_ROLE]], [[Marcus|PERSON]], he's the [[ops lead|JOB_TITLE]], always says "use AI can, but check the numbers, don't anyhow". For [[Excel|SOFTWARE]] formulas I use [[Copilot|AI_PRODUCT]], it's damn shiok when it works, but sometimes it gives a formula that looks correct and is totally wrong, then I paiseh to show [[Marcus|PERSON]]. At the bubble tea shop not so much AI lah, more the ordering kiosk and the app. But Auntie [[Lily|PERSON|honorific_auntie]], she's the [[shift manager|JOB_TITLE]], asked me to use AI to write the roster message in English, Chinese and Malay for our group chat on [[Telegram|SOFTWARE]]. Some of [[the customers|GENERIC_ROLE]] very demanding one, got this one Ah Beng every Friday order fifty percent sugar then complain not sweet enough. I ask AI how to reply nicely, it gives me like a formal letter, cannot use at the counter, haha.

AI: Do you use it for school as well?

User: Of course. For my final-year project, my group, me, [[Nur Aisyah|PERSON]] and [[Darren|PERSON]], we used [[Perplexity|AI_PRODUCT]] for research and [[Canva|SOFTWARE]] for slides. Our lecturer, Dr [[Lim|PERSON]], allows it for research but banned it for the reflection journals. [[TP|SCHOOL|abbreviation]] has a declaration form now, you must write which tools you used. I graduate [[May 2026|DATE]] if everything goes okay, then hopefully [[NTU|SCHOOL|abbreviation]] or [[SMU|SCHOOL|abbreviation]], haha, or work first.

AI: Any side projects?

User: I resell preloved stuff on [[Carousell|SOFTWARE]], username [[jh.preloved.sg|SOCIAL_HANDLE]]. Mostly concert merch, last time I sold a lot of [[JJ Lin|PUBLIC_FIGURE]] lightsticks after his concert. I use AI to write the listings, and [[my Ah Ma|GENERIC_ROLE|dialect_kinship]] thinks [[ChatGPT|AI_PRODUCT]] is a real person, she says "your friend [[Chat|AI_PRODUCT|nickname_for_product]] very smart ah, ask him how to cook bak kut teh". So cute.

AI: Do you have any concerns about it?

User: Ya, data. At internship once I nearly uploaded a file with customer names and phone numbers into the chat, then [[my supervisor|GENERIC_ROLE]] stopped me, said must anonymise first. And for my own info, when I applied the form asked for NRIC, I put the last four only, [[567D|NATIONAL_ID|partial_id]], because I read online that's safer. Also I stay in [[Pasir Ris|CITY]], and my address, [[Block 482 Pasir Ris Drive 6|ADDRESS]], is on all my [[Carousell|SOFTWARE]] meet-up messages, which is quite scary if you think about it.

AI: Thanks, [[JH|PERSON]]. How can we contact you for the follow-up?

User: Email [[rachel.tanjh@gmail.com|EMAIL_ADDRESS]] or [[Telegram|SOFTWARE]] [[@jhtan_05|SOCIAL_HANDLE]]. Or just call [[8712 4093|PHONE_NUMBER]], but [[on Saturdays|GENERIC_TIME]] I'm at [[LiHO|ORGANIZATION]] so reply slow.""")

# 6. Mexico (Guadalajara) - DiDi driver + engineering student, Spanglish
T.append("""AI: Hola, thanks for joining. Can you tell me a bit about yourself and your work?

User: Qué onda. So, I'm [[José Ángel Ramírez|PERSON]], but everybody calls me [[Pepe|PERSON|nickname]], like my abuelo. Tengo [[veinticuatro|AGE|number_words_spanish]] años, [[twenty-four|AGE]]. I drive for [[DiDi|ORGANIZATION]] in [[Guadalajara|CITY]], mostly nights, and I'm finishing Ingeniería Industrial at [[CUCEI|SCHOOL|abbreviation]], the engineering campus of the [[UdeG|SCHOOL|abbreviation]]. I live in [[Tlaquepaque|CITY]] with [[mi jefa|GENERIC_ROLE|slang_role]], my mom, and my little sister.

AI: [[Pepe|PERSON]], how does AI come into your driving work?

User: Híjole, the app is basically my boss, ¿no? It tells me where to go, how much I earn, if I'm a good driver or not. The real person from soporte, you never talk to him. For me, I use [[ChatGPT|AI_PRODUCT]] to calculate if a trip is worth it, gasolina, comisión, all that. I made a little formula with it in [[Google Sheets|SOFTWARE]]. La neta it helped me see that trips to [[Zapopan|CITY]] at rush hour are not worth it, you sit forty minutes on [[López Mateos|ADDRESS|street_only]] for like sixty pesos. When I'm not working, I take an [[Uber|SOFTWARE|brand_as_app]], jaja, because after twelve hours I don't want to touch my own car. My cousin, la [[Yesi|PERSON|nickname]], she drives for [[inDrive|ORGANIZATION]], and she says there you negotiate the price, so she asks [[Meta AI|AI_PRODUCT]] in [[WhatsApp|SOFTWARE]] what is a fair price for the distance. Qué loco, ¿no? The AI is negotiating against the passenger's AI, probably.

AI: What about at school, how do you use it there?

User: For the tesis, mostly. I'm doing my prácticas profesionales at [[Flex|ORGANIZATION|name_is_word]] in [[El Salto|CITY]], in the warehouse, and my thesis is about route optimization for their internal deliveries. My advisor, el profe [[Gutiérrez|PERSON]], says I can use [[Gemini|AI_PRODUCT]] for the literature review but the Python code must be mine and I have to explain every line. Fair. I'm supposed to present in [[diciembre 2025|DATE|spanish_month]], so it's a lot, wey, driving at night and writing in the morning.

AI: Has anything gone wrong with AI systems in your work?

User: Sí, the facial recognition. [[DiDi|ORGANIZATION]] asks you for a selfie before you connect, and after I grew my beard it said I was not me, jaja. Three days blocked. I had to send the CURP, [[RAMJ000315HJCMRSA4|NATIONAL_ID]], the license, a photo of the car with the placas, [[JKR-482-A|NATIONAL_ID|vehicle_plate]], everything. Three days without chamba is a lot of money. And no human ever answered, only the bot with "estamos revisando tu caso". For fun it's different, puro stickers. With [[Meta AI|AI_PRODUCT]] I make stickers of my friends, like el [[Chuy|PERSON|nickname]] as a luchador or as [[Checo Pérez|PUBLIC_FIGURE]] in the car, and we send them in the group. And I ask [[ChatGPT|AI_PRODUCT]] to explain the lyrics of [[Bad Bunny|PUBLIC_FIGURE]] to my gringo passengers, haha, they always ask. I also watch a lot of [[Luisito Comunica|PUBLIC_FIGURE]] while I wait at the airport, the queue there is like an hour [[on Fridays|GENERIC_TIME]].

AI: Do you worry about anything with these tools?

User: Mmm, that they know everything about you. The app knows where I sleep, where my mom lives, what time I eat tacos in [[Chapalita|CITY]], todo. And the passengers, I see their names and where they live. So I'm careful, I never put passenger info in [[ChatGPT|AI_PRODUCT]], only numbers. The other thing is, if self-driving cars come to [[Mexico|COUNTRY]], pues, adiós chamba. But that's far, the streets here would confuse any robot, jaja.

AI: Gracias, [[Pepe|PERSON]]. How can we reach you for the follow-up?

User: [[WhatsApp|SOFTWARE]], [[treinta y tres, dieciocho, cuarenta y dos, cero siete, noventa y uno|OBF_PHONE|number_words_spanish_pairs]]. Or email [[pepe.ramirez.gdl@hotmail.com|EMAIL_ADDRESS]], but I check it like once a week, honestly.""")

# 7. USA (Houston) - Target guest advocate + community college, Gen Z slang
T.append("""AI: Hi! Thanks for hopping on. Could you tell me about yourself and what you do?

User: Hey, yeah, so I'm [[Destiny Johnson|PERSON|name_is_word]], most people call me [[Des|PERSON|short_form]]. I'm [[nineteen|AGE]], I work at [[Target|ORGANIZATION|name_is_word]], the one on [[Westheimer|ADDRESS|street_only]] by the mall, and I'm doing my basics at [[HCC|SCHOOL|abbreviation]], [[Houston Community College|SCHOOL]], trying to transfer to [[UH|SCHOOL|abbreviation]] for nursing. I graduated from [[Alief Taylor|SCHOOL]], class of [[2024|DATE]]. At work I'm a [[guest advocate|JOB_TITLE]], so basically front lanes, returns, drive up, and the [[Starbucks|ORGANIZATION]] inside when they're short.

AI: Where does AI show up in your job, [[Des|PERSON]]?

User: Honestly it's lowkey everywhere. The handheld we use has this new assistant, [[Store Companion|AI_PRODUCT]], you can ask it like "how do I do a price match" and it tells you the steps. It's kinda goated for new people, but sometimes it's just wrong and [[our ETL|GENERIC_ROLE|acronym_role]] has to fix it. Our schedules come through [[Workday|SOFTWARE]] and that's got AI stuff too, it decides who gets extra hours, or at least that's what everybody thinks. And the self-checkout cameras that flag people, that's AI too, right?

AI: Do you use AI on your own, outside of the work tools?

User: Oh for sure. [[ChatGPT|AI_PRODUCT]] for school, like anatomy flashcards, and [[Snapchat My AI|AI_PRODUCT]] when I'm bored on break, it's kind of unhinged, no cap. I also have a lil resale thing on [[Depop|SOFTWARE]], I thrift stuff and flip it, my shop is [[@shopwithdes|SOCIAL_HANDLE]], link's in my bio, [[depop.com/shopwithdes|URL]]. I use [[ChatGPT|AI_PRODUCT]] to write the descriptions because I cannot be bothered writing "y2k baby tee, great condition" fifty times.

AI: Tell me about a time AI helped, or didn't help, with customers.

User: Okay so there was this lady, full-on Karen energy, trying to return a used air fryer with no receipt. I looked it up on [[Store Companion|AI_PRODUCT]] while she was yelling and it gave me the wrong policy, so I'm standing there looking dumb. My coworker [[Jaylen|PERSON]] came over and just knew it by heart. So like, the AI is cool, but [[Jaylen|PERSON]] is better, period. Later Ms. [[Rodriguez|PERSON]], she's the [[store director|JOB_TITLE]], told us in huddle to double-check anything the assistant says before telling a guest. The metrics are stressful too, ngl. We have a target for RedCard sign-ups, like you have to ask every guest, and the system tracks it per team member. My boyfriend [[Trey|PERSON]] works at [[H-E-B|ORGANIZATION]] and they don't have it as bad. I asked [[Gemini|AI_PRODUCT]] for a script to pitch the card without sounding weird and it was actually helpful, my numbers went up the week after.

AI: Anything that worries you?

User: Kinda. Like, I put a lot in [[ChatGPT|AI_PRODUCT]]. Once I pasted my whole financial aid thing to ask what it meant and it had my student ID, [[W20481736|NATIONAL_ID|student_id]], on it, and I was like, oops. Also [[Kai Cenat|PUBLIC_FIGURE]] did a whole stream about AI taking jobs and it kinda scared me, 'cause cashiering is literally the first thing to go. That's why I'm doing nursing, robots can't do what nurses do. Not yet, anyway. [[SZA|PUBLIC_FIGURE]] said something like that too, lol, not really, I'm making that up.

AI: Ha, thanks [[Des|PERSON]]. What's the best way to reach you for a follow-up?

User: Text me at [[(832) 555-0147|PHONE_NUMBER]], or email [[desjohnson.rn2030@gmail.com|EMAIL_ADDRESS]]. I'm off [[on Tuesdays|GENERIC_TIME]], that's the best day.""")

# 8. UK (Leeds) - digital marketing apprentice + Wetherspoons weekends
T.append("""AI: Hiya, thanks for joining. Could you start by telling me a bit about yourself?

User: Yeah, course. I'm [[Callum Whitaker|PERSON]], everyone calls me [[Cal|PERSON|short_form]]. I'm [[eighteen|AGE]], I'm a [[digital marketing apprentice|JOB_TITLE]] at this little agency in [[Holbeck|CITY]], [[Pixel & Pint Media|ORGANIZATION]], and [[at weekends|GENERIC_TIME]] I do shifts at [[Spoons|ORGANIZATION|nickname_org]] in [[Headingley|CITY]], you know, [[Wetherspoons|ORGANIZATION]]. I'm from [[Armley|CITY]], still live with me mam and our [[Jade|PERSON|dialect_our_sibling]]. College day is [[on Thursdays|GENERIC_TIME]] at [[Leeds City College|SCHOOL]].

AI: How do you use AI at the agency, [[Cal|PERSON]]?

User: Proper loads, to be fair. We've got [[ChatGPT|AI_PRODUCT]] on the company account, and [[Canva|SOFTWARE]] has its own AI thing now, [[Magic Write|AI_PRODUCT]]. [[My line manager|GENERIC_ROLE]] is [[Priya|PERSON]], she's the [[account director|JOB_TITLE]], and she's dead strict, I write first drafts of captions with [[ChatGPT|AI_PRODUCT]] then [[Priya|PERSON]] tears them apart. Fair enough though, it writes like an American [[LinkedIn|SOFTWARE]] post. Our clients are dead local, like [[Iron Works Gym|ORGANIZATION|client_org]] and a curry house in [[Bradford|CITY]], and they can tell when it's AI, they're not daft. The gym owner literally rang us once and said this sounds like a robot wrote it, and he wasn't wrong, to be fair. So now I do a proper human pass on everything, add a bit of [[Leeds|CITY]] to it, like 'get yourself down here', that sort of thing.

AI: And at the pub, is there any AI there?

User: Not really on the bar, it's mostly the ordering app, people order from the table and we just run it out. [[The manager on shift|GENERIC_ROLE]] gets the rota off some system, and honestly that thing is evil, it gives you a close then an open. On match days in [[Headingley|CITY]] it's bare lads, absolutely rammed, no AI is helping you there, mate. [[Kelsey|PERSON]], who runs the bar [[on Saturdays|GENERIC_TIME]], does use [[ChatGPT|AI_PRODUCT]] for the cocktail specials board, and some of them are proper grim, like a Yorkshire Tea martini. Nobody orders it.

AI: What about the apprenticeship side, college and assessments?

User: So my end-point assessment is on the [[3rd of March|DATE]], and I finish the whole apprenticeship [[September 2025|DATE]]. My assessor, [[Gary|PERSON]], he's dead against AI, he says if the portfolio sounds like a robot he'll know. When I signed up they asked for me ULN, [[4829301746|NATIONAL_ID|learner_number]], and I had to ring [[Leeds City College|SCHOOL]] twice to get it 'cause I didn't have a clue what it was. I use [[Grammarly|SOFTWARE]] for the portfolio and that's about it, [[Gary|PERSON]]'s alright with that.

AI: Anything that worries you about it?

User: Bit, yeah. Me mate [[Mo|PERSON]] rides for [[Deliveroo|ORGANIZATION]] and he's in the [[IWGB|ORGANIZATION|union_acronym]], they're always on about the algorithm deciding who gets work. And at [[Spoons|ORGANIZATION]], when I started, I sent me National Insurance number, [[JT 48 22 71 C|NATIONAL_ID|spaced]], to the manager on [[WhatsApp|SOFTWARE]] 'cause the onboarding thing was broken. Not ideal, is it. [[KSI|PUBLIC_FIGURE]] did a video about AI thumbnails and now every lad at college thinks he's a marketer, so there's that as well. Personally, it's mint for gym plans, honestly. I ask [[ChatGPT|AI_PRODUCT]] for a programme and then ignore half of it. And footy, I argue with it about [[Leeds|CITY]], like whether we'll go up. It's always dead diplomatic, it won't commit, it's like talking to [[Gareth Southgate|PUBLIC_FIGURE]], haha.

AI: Thanks, [[Cal|PERSON]]. What's the best way to reach you for the follow-up?

User: Email's best, [[callum.whitaker07@outlook.com|EMAIL_ADDRESS]], or text [[07700 900418|PHONE_NUMBER]]. Not [[Saturday nights|GENERIC_TIME]] though, I'm at [[Spoons|ORGANIZATION]].""")

# 9. France (Lyon) - work-study at Decathlon + Twitch streamer, Franglais
T.append("""AI: Bonjour, thanks for joining. Can you introduce yourself?

User: Salut! Alors, moi c'est [[Yanis Benali|PERSON]], mais tout le monde m'appelle [[Yaya|PERSON|nickname]]. J'ai [[vingt|AGE|number_words_french]] ans, so [[twenty|AGE]]. I'm in alternance, like work-study, a BUT Techniques de commercialisation at [[IUT Lyon 1|SCHOOL]], and the other half of the time I'm [[vendeur|JOB_TITLE|french_title]], salesman, at [[Decathlon|ORGANIZATION]] in [[Part-Dieu|CITY]]. I live in [[Villeurbanne|CITY]] with my parents, normal, rent in [[Lyon|CITY]] is crazy. My father drives a taxi and my mother is aide-soignante, so for them the alternance is good, I get paid and I study at the same time, c'est pas mal.

AI: [[Yaya|PERSON]], how do you use AI at [[Decathlon|ORGANIZATION]]?

User: Genre, officially, not too much. We have the handheld for stock and prices. But my tuteur, [[Mathieu|PERSON]], he's the [[responsable de rayon|JOB_TITLE|french_title]] for running, he uses [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] for all his emails, he's obsessed. Me, I use [[ChatGPT|AI_PRODUCT]] on my phone to compare two shoes when a client asks something super technical, like drop and stack, en mode I pretend I check the stock but I'm asking the AI, haha. And sometimes [[Le Chat|AI_PRODUCT|name_is_word]], the French one, because my prof says we must support French tech.

AI: What about the school part of the alternance?

User: The mémoire, c'est la galère. Our marketing prof, Mme [[Rousseau|PERSON]], said if we use IA we must write it in the annex, which tool, which prompt. So I write my plan myself and use [[DeepL|SOFTWARE]] for the English abstract. The deadline is [[le 15 mai|DATE|french_date]], and I'm so late, frère. My friend [[Inès|PERSON]] from the same promo uses [[Notion AI|AI_PRODUCT]] for everything, she is very organized, not me.

AI: You mentioned streaming earlier. Tell me about that.

User: Ouais! I stream on [[Twitch|SOFTWARE]], my channel is [[yayapixel|SOCIAL_HANDLE]], mostly [[Valorant|SOFTWARE]] [[at night|GENERIC_TIME]] after my shift. Like two hundred followers, it's small, but I'm auto-entrepreneur for the little money from subs, my SIRET is [[852 417 639 00021|NATIONAL_ID|business_reg]], and honestly [[ChatGPT|AI_PRODUCT]] explained to me the URSSAF declarations better than anybody. [[Inès|PERSON]] does my thumbnails, and I made the intro voice with [[ElevenLabs|AI_PRODUCT]]. [[Squeezie|PUBLIC_FIGURE]] did a video on AI voices and I was like, wesh, I'm ahead of the game, haha. But honestly the chat on [[Twitch|SOFTWARE]] is what I love, the people, the jokes, no AI can do that for me.

AI: Are there things that worry you about AI?

User: Ouais, a bit. At [[Decathlon|ORGANIZATION]] they test a new planning tool that makes the schedule automatically, and the [[CFDT|ORGANIZATION|union_acronym]] delegate in the store said it doesn't care if you have school that week. That's not okay for alternants. [[Ma daronne|GENERIC_ROLE|slang_role]] also thinks streaming is not a real job, and she says AI will replace vendeurs anyway, so why I study commerce, hein. In [[Europe|CONTINENT]] at least we have the AI Act, my prof talked about it, maybe it protects us a little. And the clients also use AI now, you know. They come with a screenshot from [[ChatGPT|AI_PRODUCT]] saying "I need this model", and sometimes it's a model that doesn't exist, haha. So I become the human who checks the AI. C'est drôle, non?

AI: Merci, [[Yaya|PERSON]]. How can we reach you for the follow-up?

User: My number is [[06 47 19 22 81|PHONE_NUMBER]], or [[Discord|SOFTWARE]], [[yaya.pxl|SOCIAL_HANDLE]]. [[Le mercredi|GENERIC_TIME|french_weekday]] is my school day so better another day.""")

# 10. Brazil (São Paulo) - iFood motorbike courier + online IT course, Portuguese-English
T.append("""AI: Oi, thanks for joining. Can you introduce yourself?

User: E aí! Então, I'm [[Lucas Henrique da Silva|PERSON]], but in the corre everybody calls me [[Luquinhas|PERSON|diminutive]]. Tenho [[vinte e dois|AGE|number_words_portuguese]]. I'm [[entregador|JOB_TITLE|portuguese_title]], delivery guy on motorbike, for [[iFood|ORGANIZATION]], mostly in [[Pinheiros|CITY]] and [[Vila Madalena|CITY]], but I live far, in [[Capão Redondo|CITY]], zona sul. And I study ADS, análise e desenvolvimento de sistemas, at [[Uninove|SCHOOL]], online, [[at night|GENERIC_TIME]].

AI: [[Luquinhas|PERSON]], how does AI show up in your work?

User: Mano, the app is the AI, tipo, it chooses who gets the order, it has the score, it blocks you. For me I use [[ChatGPT|AI_PRODUCT]] for college and to understand the app rules, because the terms are gigantic, nobody reads that. I use [[Waze|SOFTWARE]] more than [[Google Maps|SOFTWARE]], and when the moto breaks I go home by [[99|SOFTWARE|number_as_app_name]], the app, tipo [[Uber|SOFTWARE]], it's cheaper for me. The thing is, the app changes the rules every month, the value per kilometre, the bonus for rain, and there is no one to ask. So [[ChatGPT|AI_PRODUCT]] became like my colleague that reads contracts, tá ligado?

AI: Do you talk about AI with other couriers?

User: Sim, all the time, in our [[zap|SOFTWARE|slang_for_whatsapp]] group, like two hundred motoboys. O [[Biel|PERSON|nickname]], my cousin, he is the one who sends everything, prints, audios. We follow [[Paulo Galo|PUBLIC_FIGURE]], you know, the [[Galo|PUBLIC_FIGURE|name_is_word]] from the [[Entregadores Antifascistas|ORGANIZATION|collective]], and o [[Galo|PUBLIC_FIGURE]] always says the algorithm is the new patrão. I went to one breque, a strike, on [[1 de julho de 2020|DATE|portuguese_date]], I was just starting, [[eighteen|AGE|past_age]] years old, I didn't even understand it well.

AI: Are there privacy concerns for you?

User: Sim. To register I sent CPF, [[482.197.635-09|NATIONAL_ID]], selfie, CNH, photo of the moto, everything. And the facial recognition, with the helmet marks on my face after ten hours, sometimes it doesn't recognize, you lose like thirty minutes. Now I'm MEI, micro-empreendedor, so I have a CNPJ, [[51.284.337/0001-62|NATIONAL_ID|business_reg]], and I asked [[Gemini|AI_PRODUCT]] how to do the DAS tax, and it explained in a way my accountant never did, because I don't have an accountant, haha. On the side I have my [[Instagram|SOFTWARE]], [[@luquinhas.moto|SOCIAL_HANDLE]], I post vlogs of the day, the rain, the prédios where the porteiro doesn't let you up. I edit in [[CapCut|SOFTWARE]] and the captions [[ChatGPT|AI_PRODUCT]] does. I want to be like [[Casimiro|PUBLIC_FIGURE]], just talking, people watching, haha, sonho. My girlfriend [[Thaís|PERSON]] helps me, she is [[técnica de enfermagem|JOB_TITLE|portuguese_title]] at [[Hospital do Campo Limpo|ORGANIZATION]] and she works twelve by thirty-six, so [[on her days off|GENERIC_TIME]] she films me leaving. Sometimes she is more famous than me in the comments, haha, everybody asks about her.

AI: If you could change one thing about how AI is used in your job, what would it be?

User: Transparency, mano. Explain why I got blocked. Last [[Christmas|GENERIC_TIME]] I was blocked two days with no reason, in the best week of the year for orders. I asked support, the bot answered, the bot, the bot, never a person. In [[Brazil|COUNTRY]] we have the LGPD, so I asked [[ChatGPT|AI_PRODUCT]] to write a letter asking for my data, and they sent me a PDF that says nothing. But at least I tried, né.

AI: Thank you, [[Luquinhas|PERSON]]. How can we reach you for the follow-up?

User: Email, [[lucas ponto entregas arroba gmail ponto com|OBF_EMAIL|spelled_portuguese_arroba]]. Or [[zap|SOFTWARE]], [[(11) 9 8472-3310|PHONE_NUMBER]], but I answer only [[at night|GENERIC_TIME]].""")

# 11. Argentina (Córdoba) - QA trainee at Globant + systems engineering student, Rioplatense Spanglish
T.append("""AI: Hola, thanks for taking the time. Could you tell me about yourself?

User: ¡Hola! Bueno, I'm [[Martina Sol Giménez|PERSON]], pero todos me dicen [[Tini|PERSON|nickname_shared_with_celebrity]], sí, like the singer, jaja. Tengo [[23|AGE]]. I'm a [[QA trainee|JOB_TITLE]] at [[Globant|ORGANIZATION]], the [[Córdoba|CITY]] office, and I'm in third year of Ingeniería en Sistemas at the [[UTN|SCHOOL|abbreviation]]. I live in [[Nueva Córdoba|CITY]] with two roommates, [[Flor|PERSON|name_is_word]] and [[Agus|PERSON|short_form]], in a tiny depto, but it's close to everything. Before [[Globant|ORGANIZATION]] I worked two years in a call center for a phone company, so honestly this is heaven, I use my brain and I don't have a script.

AI: [[Tini|PERSON]], how does AI come into your work?

User: Mirá, [[Globant|ORGANIZATION]] is super AI-first, they push it a lot. I use [[GitHub Copilot|AI_PRODUCT]] to write test scripts in [[Cypress|SOFTWARE]], and there's an internal platform, [[Globant Enterprise AI|AI_PRODUCT|product_contains_org]], where you can make little agents for your project. My lead, [[Nico|PERSON]], he's the [[QA lead|JOB_TITLE]], he made one that reads the [[Jira|SOFTWARE]] tickets and suggests test cases. Che, sometimes it's genial, sometimes it invents requirements that no one asked for, and then you're testing a ghost feature, boluda.

AI: Do you do any freelance work?

User: Sí, on [[Workana|SOFTWARE]] I do small testing gigs for clients in [[Spain|COUNTRY]], because with the inflation you need dollars, viste. My [[GitHub|SOFTWARE]] is [[github.com/martugimenez-qa|URL]], I put my portfolio there. I'm monotributista, so I have CUIT, [[27-43812906-4|NATIONAL_ID|tax_id]], and every time I invoice I ask [[ChatGPT|AI_PRODUCT]] to check the AFIP stuff, which is honestly the hardest software in the world, worse than any bug I ever found.

AI: And at university, how is AI used there?

User: At the [[UTN|SCHOOL]] it depends on the professor. El ingeniero [[Paredes|PERSON]], from Sistemas Operativos, he lets us use it and even shows prompts in class. Others say it's cheating. For finals [[en diciembre|GENERIC_TIME|spanish_month]] I study with [[NotebookLM|AI_PRODUCT]], I upload the apuntes and it makes a podcast, jaja, I listen on the bus. For the inscription to finals you need your DNI, [[43.812.906|NATIONAL_ID|dotted_format]], and once I pasted the whole screenshot into [[ChatGPT|AI_PRODUCT]] to ask why my inscription failed, DNI and everything. Mal. Funny thing, my roommates play [[Tini|PUBLIC_FIGURE|celebrity_shares_participant_nickname]] songs every time I arrive, like a meme. And once I asked [[Gemini|AI_PRODUCT]] to make a birthday poem for [[Flor|PERSON]] and it mixed me up with [[Tini Stoessel|PUBLIC_FIGURE]] and wrote about my concerts, haha. Also [[mi viejo|GENERIC_ROLE|slang_role]] uses [[Meta AI|AI_PRODUCT]] to settle football fights, like if [[Messi|PUBLIC_FIGURE]] is better than [[Maradona|PUBLIC_FIGURE]]. It always says [[Messi|PUBLIC_FIGURE]], so he stopped using it, jaja.

AI: Are you worried about AI and your job?

User: A bit, sí. QA is like the first thing they say AI will replace. But honestly I think it moves us to another place, we check the AI now. [[Agus|PERSON]] is studying design at the [[UNC|SCHOOL|abbreviation]] and she's more worried than me, with all the image generators. Also the [[Córdoba|CITY]] tech scene is small, everyone knows everyone, so if AI cuts trainees, we all feel it. And the salaries in pesos don't follow inflation, so everybody is also looking at remote jobs abroad, in dollars.

AI: Thanks, [[Tini|PERSON]]. How can we reach you for a follow-up?

User: Email, [[martu.gimenez.qa@gmail.com|EMAIL_ADDRESS]], or WhatsApp [[+54 9 351 628 4017|PHONE_NUMBER]]. Better [[after seven|GENERIC_TIME]], before that I'm in the office or at the facu.""")

# 12. Colombia (Medellín) - Rappi courier + Kick streamer, paisa Spanglish
T.append("""AI: Hola, thanks for joining. Tell me a bit about yourself?

User: Quiubo parce. I'm [[Andrés Felipe Muñoz|PERSON]], but [[Pipe|PERSON|nickname]], everybody says [[Pipe|PERSON]]. Tengo [[veintiuno|AGE|number_words_spanish]]. I'm a [[rappitendero|JOB_TITLE|platform_jargon]] for [[Rappi|ORGANIZATION]] in [[Medellín|CITY]], on electric bici, and at night I stream on [[Kick|SOFTWARE|name_is_word]]. I live in [[Bello|CITY|name_is_word]], north of the city, and I did a tecnólogo in software at the [[SENA|SCHOOL]], finished in [[2023|DATE]]. I wanted to be a developer, but every job asked for experience, so I started pedaling while I look for something, and that was two years ago, jaja, así es la vida.

AI: [[Pipe|PERSON]], how does AI come into the delivery work?

User: Uff, the app decides everything, parce. Like, you only get the good orders in [[El Poblado|CITY]] if your rating is high and you accept almost everything. I use [[ChatGPT|AI_PRODUCT]] to translate when the gringos in [[Poblado|CITY|short_form]] write me in English, because half the buildings there are Airbnbs. And [[Google Maps|SOFTWARE]], obvio, but with the bici I know shortcuts the map doesn't. Don [[Jairo|PERSON|honorific_don]], the señor from the tienda where we wait, he gives us tinto and he always asks me to ask the AI about his pension, jaja.

AI: Tell me about the streaming.

User: Qué chimba, that's my passion. My channel is [[pipe_rueda|SOCIAL_HANDLE]] on [[Kick|SOFTWARE]], I stream the rides with a camera on the helmet, if you want to check, it's [[kick punto com slash pipe underscore rueda|URL|spoken_url]]. People love it when it rains or when a customer is weird. I use [[Opus Clip|AI_PRODUCT]] to cut the clips for [[TikTok|SOFTWARE]], it finds the funny moments alone. My friend [[mafe|PERSON|lowercase_name]] moderates the chat. Last month I made like cincuenta lucas in donations, not a lot but it pays the data plan. I want to be like [[Westcol|PUBLIC_FIGURE]], but without the drama, haha. AI also helps with titles and for the bot in the chat that answers questions. And sometimes I ask [[Gemini|AI_PRODUCT]] to translate Spanish jokes for the viewers from [[Venezuela|COUNTRY]] and [[Argentina|COUNTRY]], because the slang is totally different, a "parce" there is not a "parce" here. [[Ibai|PUBLIC_FIGURE]] does these big events with AI stuff and I watch to learn, even if he's from [[Spain|COUNTRY]] and it's another level.

AI: Are there concerns for you with AI or the platforms?

User: The ID thing. [[Rappi|ORGANIZATION]] made me upload the cédula, [[1.036.452.118|NATIONAL_ID|dotted_format]], and a selfie, and then it asks again when it wants. A compa crashed on [[la 80|ADDRESS|colloquial_street]] [[last year|GENERIC_TIME]], and the insurance was a whole story, the bot kept sending him a form. Some of us joined [[Unidapp|ORGANIZATION|union]], the union for app workers, because alone you're nobody for the algorithm. Don [[Jairo|PERSON]] says in his time there were unions for everything, jaja.

AI: What would you tell someone starting as a [[rappitendero|JOB_TITLE]]?

User: Don't trust the estimated earnings, check with your own numbers. I made a little sheet with [[ChatGPT|AI_PRODUCT]] and it shows that [[on Sundays|GENERIC_TIME]] it's better in [[Laureles|CITY]] than in [[Poblado|CITY]], because fewer riders. And never stream the customer's face or building number, I learned that the hard way, a señora called [[Rappi|ORGANIZATION]] on me. She was right, parce, I apologized and deleted the clip.

AI: Gracias, [[Pipe|PERSON]]. How can we reach you for the follow-up?

User: WhatsApp [[300 417 8829|PHONE_NUMBER]], or email [[pipe.rueda.stream@gmail.com|EMAIL_ADDRESS]]. [[In the mornings|GENERIC_TIME]] I'm sleeping, parce, so afternoon is better.""")

# 13. Australia (Western Sydney) - Maccas crew trainer + IT student, car detailing side hustle
T.append("""AI: G'day, thanks for joining. Tell me about yourself?

User: Yeah, no worries. I'm [[Ethan Nguyen|PERSON]], the boys call me [[Eth|PERSON|short_form]] or [[Nugget|PERSON|nickname_is_word]], long story, not 'cause of [[Maccas|ORGANIZATION]], I swear. I'm [[nineteen|AGE]], I'm a [[crew trainer|JOB_TITLE]] at [[Maccas|ORGANIZATION|nickname_org]] in [[Mount Druitt|CITY]], and I'm doing a Bachelor of IT at [[Western Sydney Uni|SCHOOL]], [[Parramatta|CITY]] campus.

AI: [[Eth|PERSON]], how does AI come up at work?

User: Heaps, actually, more than people reckon. The kiosks push upsells based on what you ordered, and the rostering system builds the roster itself, which is cooked sometimes. [[McDonald's|ORGANIZATION]] tried AI ordering in the drive-thru over in the [[US|COUNTRY]], right, and everyone at work was like, we're done. But our [[restaurant manager|JOB_TITLE]], [[Sharon|PERSON]], we call her [[Shaz|PERSON|nickname]], she reckons the robot would get the orders wrong even worse than us. She's the [[restaurant manager|JOB_TITLE]] and she's been there forever, she's a legend.

AI: Do you use AI yourself for the training side?

User: Yeah, a bit. As [[crew trainer|JOB_TITLE]] I've gotta teach new kids the stations, and I used [[ChatGPT|AI_PRODUCT]] to make little cheat sheets, like the order of things on grill, nuggets timing, all that. [[The shift manager|GENERIC_ROLE]] saw it and asked me to print them for the crew room. [[Shaz|PERSON]] didn't love that it came from AI but she kept them up, so, win. At uni we're allowed to use it if we declare it. I use [[Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]] for my Python units, and [[ChatGPT|AI_PRODUCT]] to explain stuff when the lecture goes over my head. My tutor, Dr [[Okonkwo|PERSON]], he's chill about it but he makes us explain our code out loud in class, so you can't fake it. Exams are [[mid-June|GENERIC_TIME]], so I'll drop some shifts then.

AI: You mentioned a side hustle earlier, before we started recording.

User: Yeah! Me and my brother [[Danny|PERSON]] do mobile car detailing on weekends, the [[Insta|SOFTWARE|short_form]] is [[@westside.detailz|SOCIAL_HANDLE]]. Most of our customers are in [[Blacktown|CITY]] and [[Rooty Hill|CITY]]. I've got an ABN for it, [[51 824 753 556|NATIONAL_ID|business_reg]], and [[Gemini|AI_PRODUCT]] helped me write the quotes and the invoice template. People pay on [[Square|SOFTWARE|name_is_word]], and I make the before-and-after reels in [[CapCut|SOFTWARE]]. We're not big, but it's good money for a Saturday arvo.

AI: Anything that worries you about AI in your work?

User: Bit of everything, to be honest. Like, some of my mates who work at [[Woolies|ORGANIZATION|nickname_org]] say the self-checkouts have cameras that think everyone's stealing. And the union reps from the [[SDA|ORGANIZATION|union_acronym]] came to our store and were talking about AI rostering and underpayment. For me, it's more about jobs. My little cousin's [[fifteen|AGE]], and by the time she wants a job at [[Maccas|ORGANIZATION]] there might not be a counter, just the kiosk and a robot on the fryer. But nah, it's not all bad. I wouldn't have started the detailing without it, I had no clue how to do a quote. And [[Nick Kyrgios|PUBLIC_FIGURE]] was on some podcast saying AI is overhyped, so who knows, mate.

AI: Thanks, [[Eth|PERSON]]. What's the best way to reach you?

User: Give us a call on [[oh four double one, two eight three, nine five six|OBF_PHONE|number_words_double]], or DM the [[Insta|SOFTWARE]]. [[Weekday arvos|GENERIC_TIME]] are best, I'm on closes most nights.""")

# 14. New Zealand (Porirua) - healthcare assistant at a rest home + nursing student, Samoan/te reo
T.append("""AI: Kia ora, thanks for joining. Could you tell me about yourself?

User: Kia ora, talofa lava! I'm [[Losaline Tuilagi|PERSON]], but everyone calls me [[Losa|PERSON|short_form]]. I'm [[twenty|AGE]], I'm a [[healthcare assistant|JOB_TITLE]] at a rest home in [[Porirua|CITY]], with [[Bupa|ORGANIZATION]], and I'm doing my Bachelor of Nursing at [[Whitireia|SCHOOL]] part-time. I'm from [[Cannons Creek|CITY]] originally, still live with my whole aiga, my mum, my nana, my cousins, it's a full house, chur. My mum works in the hospital laundry and my nana looks after the little ones, so we all work around each other's shifts. Somebody is always sleeping in the day.

AI: [[Losa|PERSON]], where does AI come into your work?

User: Honestly not heaps on the floor. The care plans and progress notes are on the computer system, [[CareLink|SOFTWARE]]. Aunty [[Mele|PERSON|honorific_aunty]], she's not my real aunty, she's the [[clinical coordinator|JOB_TITLE]], she got us to try [[Microsoft Copilot|AI_PRODUCT]] for writing handover summaries on the work computer. It's sweet as for the boring parts, but [[the RNs|GENERIC_ROLE]] check everything before it goes in the notes.

AI: Has using AI ever caused any issues?

User: Yeah, I did something dumb, eh. One night I was writing up an incident form for a resident, Mrs [[Henderson|PERSON]], she had a fall, and I pasted the whole thing into [[ChatGPT|AI_PRODUCT]] on my own phone to tidy the grammar, including her NHI number, [[ZKH4821|NATIONAL_ID|health_id]]. Then I read the policy the next morning and I felt sick. I told Aunty [[Mele|PERSON]] and she was good about it, she said at least I owned it, but we all had a training session after. Now I only use the work [[Copilot|AI_PRODUCT]] and I never put names in. Even for uni I change the names to like Resident A, just in case.

AI: How about your studies, do you use AI there?

User: For sure. Our lecturer, Whaea [[Rangi|PERSON|honorific_whaea]], says use [[Grammarly|SOFTWARE]] and AI to check your writing, but the reflections have to be your own voice. I've got clinical placement at [[Wellington Hospital|ORGANIZATION]] [[in November|GENERIC_TIME]], on a surgical ward, and I'm lowkey scared. I use [[ChatGPT|AI_PRODUCT]] to quiz me on meds, like it asks me questions and I answer. I'm meant to finish in [[2027|DATE]], then hopefully get my APC and work in [[Wellington|CITY]] or [[Auckland|CITY]].

AI: Do you use AI outside of work and study?

User: Yeah, I make siapo-style prints and sell them on [[Etsy|SOFTWARE]], my shop is [[LosaPrintsNZ|SOCIAL_HANDLE|shop_name_contains_name]]. [[Canva|SOFTWARE]] does most of the layout and I ask AI for the product descriptions. My sister [[Sina|PERSON]] does the packing. And on [[TikTok|SOFTWARE]] I'm always watching [[Taika Waititi|PUBLIC_FIGURE]] clips, haha, he's so funny. [[Snapchat My AI|AI_PRODUCT]] I use just for mucking around with my cousins, it can't handle our Samoan slang at all, uce. In aged care, my worry is that they use it to cut staff. Already we're stretched on nights. My hope is that it does the paperwork so we can actually sit with the residents. Like Mrs [[Henderson|PERSON]], she just wants someone to talk to about her grandkids, not a tablet. My nana says the same, fa'afetai for the robots but give me a person.

AI: Fa'afetai, [[Losa|PERSON]]. How can we reach you for the follow-up?

User: Email [[losa.t2004@gmail.com|EMAIL_ADDRESS|birth_year_in_email]], or text [[021 448 3907|PHONE_NUMBER]]. [[Weekends|GENERIC_TIME]] I'm at church and the shop stuff, so weekdays are better.""")

# 15. South Africa (Johannesburg) - contact centre agent + Unisa student, SA slang
T.append("""AI: Hi there, thanks for joining. Please tell me a bit about yourself.

User: Howzit! Ja, I'm [[Thabiso Dlamini|PERSON]], my bras call me [[Tbose|PERSON|nickname]]. I'm [[twenty-four|AGE]]. I work as a [[contact centre agent|JOB_TITLE]] at [[Cresta Contact Solutions|ORGANIZATION|org_contains_place]] in [[Randburg|CITY]], on the [[Vodacom|ORGANIZATION|client_org]] account, and I'm doing my BCom part-time through [[Unisa|SCHOOL]]. I stay in [[Orlando East|CITY]], [[Soweto|CITY]], with [[my gogo|GENERIC_ROLE|kinship_slang]]. Taxi to [[Randburg|CITY]] every morning, eish, two hours some days. I use the time to study or listen to podcasts, or I sleep if the driver's music is not too loud, haha.

AI: [[Tbose|PERSON]], tell me how AI shows up in your work.

User: Sharp. So before the customer even gets to me they talk to [[TOBi|AI_PRODUCT|name_like_product]], [[Vodacom|ORGANIZATION]]'s chatbot, and by the time they reach a human they're already cross, because [[TOBi|AI_PRODUCT]] sent them in circles. Then our calls are transcribed live in [[Genesys|SOFTWARE]] and the system scores us on sentiment, empathy, hold time, everything. [[My TL|GENERIC_ROLE|acronym_role]] sees a dashboard of all of us, like a league table. Our [[QA analyst|JOB_TITLE]], [[Nomsa|PERSON]], still listens to calls herself, but the AI picks which ones.

AI: How do you feel about the scoring?

User: Eish, mixed. Sometimes it's lekker, it catches things I missed, like I didn't confirm the ID. But it flags you when customers switch to isiZulu or Sesotho, it thinks "ngiyabonga" is negative or something, haha. [[Nomsa|PERSON]] overrides it when she sees it's wrong, she's a legend. The problem is when nobody checks, then your score drops and your incentive is gone. And the incentive is a big part of the salary, so it's not small money, it's rent, it's transport, it's food for the house.

AI: Do you use AI tools yourself, outside the work systems?

User: Ja, [[ChatGPT|AI_PRODUCT]] for my [[Unisa|SCHOOL]] assignments, mostly economics, to explain things in simpler English. My exams are in [[October 2025|DATE]], so I'm studying on the taxi. And I DJ amapiano [[on weekends|GENERIC_TIME]] at a shisanyama in [[Cresta|CITY|place_shared_with_org]], so I've been playing with [[Suno|AI_PRODUCT]] to make intros. My mixes are on [[soundcloud.com/tbose-sa|URL]]. I'm not trying to be [[Kabza De Small|PUBLIC_FIGURE]], but a little side money helps, you know.

AI: Are there privacy concerns for you?

User: Big time. When I applied, the recruiter asked for my ID number on [[WhatsApp|SOFTWARE]], [[0103155123088|NATIONAL_ID]], and then it was in like three different groups, eish. And at work we handle people's SIM swaps and RICA details the whole day, so you see how much data is flying around. My sister [[Lerato|PERSON]] is at [[Capitec|ORGANIZATION]] in the fraud team and she says half the scams now use AI voices. So I tell [[my gogo|GENERIC_ROLE]], never share the OTP, even if it sounds like me. And in [[South Africa|COUNTRY]] these jobs are important, bra. Unemployment is high, the call centres employ lots of young people. If the chatbots get too good, where do we go? [[Trevor Noah|PUBLIC_FIGURE]] joked about it on his podcast but it's not a joke for us.

AI: Thanks, [[Tbose|PERSON]]. How can we reach you for the follow-up?

User: Call me on [[0 7 2 5 5 1 8 4 0 6|OBF_PHONE|spaced_digits]], I said it slowly so the transcript gets it, haha. Or [[WhatsApp|SOFTWARE]] is the same. [[After my shift|GENERIC_TIME]] is fine, from six.""")

# 16. Ghana (Kumasi) - national service teaching assistant + phone accessories seller
T.append("""AI: Good morning, thanks for joining. Please introduce yourself.

User: Good morning. Chale, thank you for having me. My name is [[Kwame Asante Boateng|PERSON]], but my boys call me [[Kay B|PERSON|nickname_initial]]. I'm [[twenty-five|AGE]]. I'm doing my national service as a [[teaching assistant|JOB_TITLE]] at [[Asokwa M/A JHS|SCHOOL|workplace_school]] in [[Kumasi|CITY]], posted by [[NSS|ORGANIZATION|acronym_org]]. I finished [[KNUST|SCHOOL|abbreviation]] in [[2024|DATE]], BSc Mathematics. After school hours I sell phone accessories, cases, chargers, earpieces, from a small table in [[Adum|CITY]].

AI: [[Kay B|PERSON]], how does AI come into your teaching work?

User: Charley, the teachers depend on it now. Every teacher must submit lesson notes every week to [[the headmistress|GENERIC_ROLE]], and [[ChatGPT|AI_PRODUCT]] writes half of them, haha, I won't lie. [[GES|ORGANIZATION|school_board]] brought the new curriculum and the lesson note format changed, so everybody was confused, and AI helped us understand the indicators. I assist Madam [[Akua|PERSON|honorific_madam_dayname]], she's the [[maths teacher|JOB_TITLE]] for JHS 2, and she asks me to generate practice questions for her with AI, then we check them together because sometimes the answers are wrong. The students, ei, these kids are fast. They use [[Snapchat My AI|AI_PRODUCT]] and [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]], on their parents' phones, because phones are not allowed in school. One boy, [[Yaw|PERSON|day_name]], he's [[fourteen|AGE]], asked [[Meta AI|AI_PRODUCT]] to solve a whole BECE past question and copied it, even the part where it said "as an AI". Madam [[Akua|PERSON]] laughed so hard. I told them [[Mohammed Kudus|PUBLIC_FIGURE]] didn't get to West Ham by copying, you must train.

AI: Tell me more about the phone accessories business.

User: Chale, that one is my real hustle. I have a [[TikTok|SOFTWARE]] page, [[kaybgadgets_gh|SOCIAL_HANDLE|no_at_sign]], and I post there and on [[Snapchat|SOFTWARE]]. I use [[Canva|SOFTWARE]] for the flyers and [[CapCut|SOFTWARE]] for videos, and [[ChatGPT|AI_PRODUCT]] to write the captions in English and a bit of Twi. Customers pay with [[MoMo|SOFTWARE|name_like_app]], my [[MoMo|SOFTWARE]] number is the same as my line, [[024 771 3058|PHONE_NUMBER]]. Sometimes people from [[Accra|CITY]] order, I send it by the STC bus, the VIP ones. [[Sarkodie|PUBLIC_FIGURE]] posted one of the cases I also sell and that week everybody wanted it.

AI: Are there any privacy concerns for you?

User: Yes. For everything now you need your [[Ghana|COUNTRY]] Card, [[GHA-718204953-6|NATIONAL_ID]], for SIM registration, for [[MoMo|SOFTWARE]], for the national service portal, so that number is everywhere. And when parents send me [[WhatsApp|SOFTWARE]] messages about their children's results, I don't put the names into AI. My sister [[Abena|PERSON|day_name]] works at [[MTN|ORGANIZATION]] in customer care and she told me fraud is serious, people clone voices.

AI: What do you think AI means for young people in [[Ghana|COUNTRY]]?

User: It can help us a lot. In [[Africa|CONTINENT]] we don't have enough teachers, so AI can be like a tutor. But the data is expensive, and the light goes off, so it's not equal. Kids in [[Ghana|COUNTRY]] in the villages don't get this. After service I want to do a masters, maybe abroad, maybe in [[Canada|COUNTRY]], and AI is helping me with my statement of purpose. I wrote it myself but it cleaned it. My service ends [[July 2025|DATE]], so I'm rushing.

AI: Thanks, [[Kay B|PERSON]]. How can we contact you for a follow-up?

User: Email me at [[kwame.boateng.knust@gmail.com|EMAIL_ADDRESS]], or that same [[MoMo|SOFTWARE]] number, it's on [[WhatsApp|SOFTWARE]]. [[In the evenings|GENERIC_TIME]] is best.""")

# 17. Egypt (Cairo) - junior accountant, Arabizi / Franco-Arab
T.append("""AI: Hi, thanks for joining us. Tell me about yourself and your work.

User: Ahlan! I'm [[Mohamed Ashraf Abdelrahman|PERSON]], but everybody calls me [[Hamo|PERSON|nickname]]. I'm [[23|AGE]]. I'm a [[junior accountant|JOB_TITLE]] at a small audit firm in [[Nasr City|CITY]], [[Mansour & Partners|ORGANIZATION]]. Before that I did a summer internship at [[PwC|ORGANIZATION]] in the [[Smart Village|CITY|business_park]]. I graduated from [[Tegara Ain Shams|SCHOOL|colloquial_school_name]], the Faculty of Commerce at [[Ain Shams University|SCHOOL]], in [[2023|DATE]]. I live in [[Masr El Gedida|CITY|contains_country_word]], [[Heliopolis|CITY]], with my family. From there it's maybe forty minutes on the microbus to work if there's no accident on the way, which is rare, ha.

AI: Thanks, [[Mohamed|PERSON|interviewer_echo_shared_first_name]]. How do you use AI in accounting?

User: Ya3ni, a lot, 7aga kteer. [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] for formulas, reconciliations, pivot tables, and [[ChatGPT|AI_PRODUCT]] for IFRS questions when I'm too shy to ask. My senior, Ostaz [[Sherif|PERSON|honorific_ostaz]], he's the [[audit senior|JOB_TITLE]], always says "ya [[Hamo|PERSON]], the AI doesn't sign the report, you do". So I use it, but I check with the standard itself. Mashy? For example, we audit some pharmacies in [[Alexandria|CITY]], and I had to check depreciation for like three hundred assets. [[ChatGPT|AI_PRODUCT]] wrote me a formula in five seconds, 5alas, done. But once it told me a tax rate that was old, from before the new law, and Ostaz [[Sherif|PERSON]] caught it. Since then, any number about tax in [[Egypt|COUNTRY]], I check the official source. The AI is trained on internet, and the internet is confused about our tax, ha.

AI: Are there data concerns at your firm?

User: Big time. We are not supposed to paste client names or statements into any AI. We remove the names first, we write "Client A". But my own data, I'm not careful enough. When I opened my [[InstaPay|SOFTWARE]] account I took a screenshot with my national ID number, [[30104150102837|NATIONAL_ID]], and I asked [[Gemini|AI_PRODUCT]] why the verification failed. Afterwards I thought, why did I do that, ya3ni.

AI: What about outside work?

User: Football! I use AI for fantasy, [[Mohamed Salah|PUBLIC_FIGURE]] is always my captain, [[Salah|PUBLIC_FIGURE|surname_only]] is the king, no discussion. I usually do it after isha salah, when the house is calm. And I'm studying for the CMA, the exam is [[March 2026|DATE]], so I use [[ChatGPT|AI_PRODUCT]] to make practice questions. My cousin [[Nour|PERSON]] studies at the [[AUC|SCHOOL|abbreviation]] and she uses [[Claude|AI_PRODUCT]] for everything, she says it's better at writing. I don't know, I'm loyal to [[ChatGPT|AI_PRODUCT]], habibi.

AI: Do you think AI will change accounting jobs for people your age?

User: Yes, 100%. The basic entries, the bank recs, this will be automatic. So juniors like me must learn more analysis, more talking to clients. My father says in his time they wrote everything in big books by hand. Now I have [[Copilot|AI_PRODUCT]]. In five years, maybe I'm managing the AI, inshallah, not replaced by it. A lot of my friends want to leave, to the Gulf or to [[Europe|CONTINENT]], but I want to stay in [[Cairo|CITY]], I love it here. It's chaos, but it's my chaos.

AI: Thank you, [[Hamo|PERSON]]. How can we reach you for the follow-up?

User: My number, I'll say it in Arabic, it's easier for me: [[٠١٠٢٨٤٧٣٩١٥|OBF_PHONE|arabic_indic_digits]]. And email [[hamo.ashraf@outlook.com|EMAIL_ADDRESS]]. [[On Fridays|GENERIC_TIME]] I'm free all day.""")

# 18. Germany (Cologne) - retail apprentice (Azubi) at REWE, Denglisch
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself?

User: Hi! Also, ich bin [[Leonie Schäfer|PERSON]], but everyone says [[Leni|PERSON|short_form]]. I'm [[achtzehn|AGE|number_words_german]], [[eighteen|AGE]]. I'm doing an Ausbildung as [[Kauffrau im Einzelhandel|JOB_TITLE|german_title]], retail apprentice basically, at the [[REWE|ORGANIZATION]] on [[Venloer Straße|ADDRESS|street_only]] in [[Ehrenfeld|CITY]], [[Köln|CITY]]. Berufsschule is the [[Berufskolleg Ehrenfeld|SCHOOL|school_contains_place]], two days a week. The rest of the week I'm in the Markt from seven, or sometimes late shift until ten, it depends on the Dienstplan. Second year, and my final exam is [[Mai 2026|DATE|german_month]].

AI: [[Leni|PERSON]], how does AI come into your work?

User: Digga, on the shop floor not so much, we're scanning and stocking shelves. But the ordering system suggests how much to order automatically, it's some AI forecast thing, and my Ausbilder, Herr [[Becker|PERSON|honorific_herr]], he's the [[Marktleiter|JOB_TITLE|german_title]], he always says the system is dumb at Karneval, because it doesn't know that the whole of [[Köln|CITY]] is suddenly buying Kölsch and Berliner. So he corrects it by hand. He lets me use [[ChatGPT|AI_PRODUCT]] for my Berichtsheft, the weekly report, as long as I actually did the stuff. So every week I have to write what I learned, like "Warenannahme, MHD-Kontrolle", and honestly it's so boring. I tell [[ChatGPT|AI_PRODUCT]] in bullet points what I did and it writes it nicely in German. Alter, it saves me one hour [[every Sunday|GENERIC_TIME]]. And with tourists, when someone asks in Spanish where the oat milk is, I use [[DeepL|SOFTWARE]] on my phone, but quickly, because phones on the floor are not really allowed.

AI: Do you have any side projects?

User: Yes, a TikTok, [[@leni.kocht|SOCIAL_HANDLE]], I cook cheap recipes for students, with stuff that's on offer that week, and all my links are on [[linktr.ee/leni.kocht|URL]]. Lots of students from [[Sülz|CITY]] watch it. I film and edit in [[CapCut|SOFTWARE]] and sometimes ask [[Snapchat My AI|AI_PRODUCT]] for ideas, it's so cringe but sometimes good. My best friend [[Aylin|PERSON]] works at [[dm|ORGANIZATION|lowercase_brand]], she's also Azubi, and she does the beauty part in some videos. We're not [[MontanaBlack|PUBLIC_FIGURE]], but like two thousand followers is okay, no?

AI: Are there things that worry you about AI in retail?

User: Ja, the self-checkout. We have more and more, and the older colleagues are scared. [[ver.di|ORGANIZATION|union_with_punctuation]] was at the Berufskolleg and talked about it, about AI and Tarif and jobs. For me, I'm young, I can learn new things, but my colleague [[Kevin|PERSON]], he's fifty-something, he's not so into computers. Also, once I put my Lohnabrechnung into [[ChatGPT|AI_PRODUCT]] to understand the deductions and it had my Steuer-ID, [[48 120 736 591|NATIONAL_ID|spaced]], on it. Krass, I only noticed after.

AI: What would you change about how AI is used at work?

User: More training. Nobody told us anything, we just found out. In Berufsschule the teachers are also lost, half of them ban it, half of them use it to make the worksheets, haha. I'd like a course, like "how to use AI in retail", official, from the IHK or whoever. And in [[Europe|CONTINENT]] they should make rules for the cameras, I don't want an AI watching me all day at the register. It's already enough that [[the customers|GENERIC_ROLE]] watch me, haha, especially the ones who count the change twice.

AI: Thanks, [[Leni|PERSON]]. How can we reach you for the follow-up?

User: Phone [[0176 482 19 305|PHONE_NUMBER]], or email [[leni punkt schaefer at web punkt de|OBF_EMAIL|spelled_german_punkt]]. [[Montags|GENERIC_TIME|german_weekday]] I have Berufsschule, so better the other days.""")

# 19. Poland (Poznań) - Amazon warehouse picker + part-time logistics student, Vinted reseller
T.append("""AI: Hi, thanks for joining. Could you tell me a bit about yourself?

User: Cześć! I'm [[Kacper Nowicki|PERSON]], friends call me [[Nowy|PERSON|nickname_is_word]], it means "new", because I was always the new guy somewhere, haha. I'm [[twenty|AGE]]. I work as a [[picker|JOB_TITLE]] at [[Amazon|ORGANIZATION]], the [[POZ1|ORGANIZATION|site_code]] warehouse in [[Sady|CITY|name_is_word]] near [[Poznań|CITY]]. First through the agency, [[Adecco|ORGANIZATION]], and now I'm direct. And I study logistics at [[Politechnika Poznańska|SCHOOL]], extramural, so classes [[on weekends|GENERIC_TIME]]. It's a lot, four night shifts and then uni, but the money is okay for a student, better than in a shop.

AI: [[Nowy|PERSON]], how does AI show up at the warehouse?

User: Kurczę, everything is measured. The scanner tells you the next bin, it counts your rate, if you're idle too long it's "time off task" and you get a talk. Schedules and the voluntary extra time are in the [[A to Z|SOFTWARE|app_name_is_phrase]] app. [[The area manager|GENERIC_ROLE]] looks at the dashboard and comes to you, but really it's the system that decides who he talks to. I don't use AI there myself, but the whole place is AI, you know.

AI: Do you use AI tools yourself?

User: Yes, [[ChatGPT|AI_PRODUCT]] mostly for translating. On my line there's lots of Ukrainians, like [[Oksana|PERSON]] from [[Lviv|CITY]], she's a [[process assistant|JOB_TITLE]] now, and we talk Polish-Ukrainian mix, but for longer stuff, like explaining a safety rule, we use [[ChatGPT|AI_PRODUCT]] or [[Google Translate|SOFTWARE]]. For university I use [[Perplexity|AI_PRODUCT]] because it shows sources. My supervisor from uni, dr [[Wiśniewska|PERSON|lowercase_title_outside]], is okay with AI if you cite it. My engineering thesis defense is in [[czerwiec 2026|DATE|polish_month]], so, stress.

AI: Do you have anything on the side?

User: Yes, I resell sneakers on [[Vinted|SOFTWARE]] and [[Allegro|SOFTWARE]], my profile is [[kacper_kicks_pzn|SOCIAL_HANDLE]]. [[ChatGPT|AI_PRODUCT]] writes the descriptions, and I ask it how much to price, but it doesn't know the Polish market well, so I check myself. Once some Janusz wanted to meet in a parking lot and pay half, classic. I told him no and he left me one star, which on [[Vinted|SOFTWARE]] hurts, because people check the rating before they buy. My girlfriend [[Zuza|PERSON|short_form]] takes the photos, she is better with the phone than me. Sometimes I sell [[Lewandowski|PUBLIC_FIGURE]] shirts, those go fast.

AI: Are there any privacy or other concerns for you?

User: The tracking, of course. And they have everything about me, PESEL, [[05231204578|NATIONAL_ID]], bank account, my face on the badge. My badge number is [[20418375|NATIONAL_ID|employee_id]], and you need it for everything there. Some people are in [[Inicjatywa Pracownicza|ORGANIZATION|union]], the union, they fight about the rates and the heat [[in summer|GENERIC_TIME]]. [[In winter|GENERIC_TIME]] it's the opposite, at the dock doors it's cold like [[Antarctica|CONTINENT]]. And honestly, robots will take picking first, I'm sure. In some [[Amazon|ORGANIZATION]] sites they already have robots that bring the shelves. That's why I study logistics, I want to be the guy who plans the system, not the guy running inside it. In [[Poland|COUNTRY]] lots of young people work in warehouses now, it's like the factory of [[Europe|CONTINENT]], so it matters.

AI: Thanks, [[Nowy|PERSON]]. How can we reach you for the follow-up?

User: Email [[kacper.nowicki@wp.pl|EMAIL_ADDRESS]] or phone [[+48 512 884 307|PHONE_NUMBER]]. [[After the night shift|GENERIC_TIME]] I'm sleeping, so better around three in the afternoon.""")

# 20. Japan (Osaka) - konbini night shift + Kansai University student
T.append("""AI: Hello, thanks for joining. Could you tell me about yourself?

User: Hai, hello. I'm [[Haruto Sato|PERSON]], in Japanese order [[Sato Haruto|PERSON|reversed_order]]. Friends call me [[Haru|PERSON|short_form]]. I'm second-year at [[Kansai University|SCHOOL]], we say [[Kandai|SCHOOL|nickname_school]], economics. And I do baito, part-time job, [[night shift staff|JOB_TITLE]] at a [[FamilyMart|ORGANIZATION]] near [[Juso|CITY]] station, in [[Osaka|CITY]]. I just turned [[hatachi|AGE|japanese_word]], [[twenty|AGE]], so now I can drink legally, haha. I came to [[Osaka|CITY]] from [[Wakayama|CITY]] after high school, so I live alone, first time. I cook very badly, so the konbini food is my dinner, haha, with the employee discount.

AI: [[Haru|PERSON]], how does AI come into your job?

User: The konbini is very automatic already. The ordering system, hacchū, suggests how many onigiri and bento to order, it's AI forecast with the weather. [[The tenchō|GENERIC_ROLE|japanese_role]], store manager, checks it but mostly he trusts it. [[Kenta|PERSON|honorific_suffix_senpai]]-senpai taught me the night routine, cleaning, the fryer, the delivery check. [[Kenta|PERSON]] is four years older and he says before, you had to guess everything. Now machine guesses. Me, I use it a little. My coworker [[Linh|PERSON]] is from [[Vietnam|COUNTRY]], she studies at a Japanese language school, and sometimes when my English and her Japanese both fail, we use [[DeepL|SOFTWARE]] on the phone. And [[LINE|SOFTWARE]] has translation too. At three AM, when there is nobody, I use [[ChatGPT|AI_PRODUCT]] to study English, and I tried [[Jemini|AI_PRODUCT|stt_misspelling]] Live for speaking practice, but it talks too fast for me. I want to do a year abroad, maybe [[Australia|COUNTRY]], working holiday.

AI: How about at university?

User: [[Kandai|SCHOOL]] allows AI for reports if we write it in the citation. My seminar teacher, [[Yamada|PERSON|honorific_suffix_sensei]]-sensei, is strict, he says "your Japanese is better than [[ChatGPT|AI_PRODUCT]] Japanese", which is a compliment, I think. I use [[Gemini|AI_PRODUCT]] to summarize long readings, because I'm always sleepy after the night shift. My friend from the seminar, [[Misaki|PERSON]], uses [[Notion AI|AI_PRODUCT]] for all her notes and shares them with me, she is my savior, honestly. The seminar presentation is [[7月12日|DATE|japanese_date]], [[July twelfth|DATE|date_restated_in_words]], I'm nervous.

AI: Do you have any hobbies or side projects involving AI?

User: I stream on [[Twitch|SOFTWARE]] sometimes after my shift, channel [[haru_nightshift|SOCIAL_HANDLE]], I play [[Street Fighter 6|SOFTWARE]]. Very small, like ten viewers, haha. I use [[Character.AI|AI_PRODUCT]] to practice English conversation, a character like a teacher. And I watch [[Hikakin|PUBLIC_FIGURE]], he made a video with AI once and everybody in [[Japan|COUNTRY]] talked about it. [[Shohei Ohtani|PUBLIC_FIGURE]] is also my hero, but that's not AI, haha.

AI: Anything that worries you?

User: Maybe the self-checkout. Some stores in [[Tokyo|CITY]] already have no staff at night, just cameras. If that comes here, my baito is finished. But also [[the customers|GENERIC_ROLE]] at night are sometimes drunk, old people, they need a human. Machine cannot handle an ojisan who wants to chat about baseball at four AM, haha. I live close, in [[Higashiyodogawa|CITY]], so I walk home, it's okay. My little brother [[Sota|PERSON]], he's [[seventeen|AGE]], still in [[Wakayama|CITY]], asks [[ChatGPT|AI_PRODUCT]] everything for the entrance exam [[in January|GENERIC_TIME]]. I worry he doesn't think by himself anymore, but maybe I'm just old now, haha.

AI: Thank you, [[Haru|PERSON]]. How can we reach you for the follow-up?

User: My phone, the voice app wrote it in that wide font, sorry: [[０８０－４４１９－２７６３|OBF_PHONE|full_width_digits]]. And email [[haru.sato.kandai@gmail.com|EMAIL_ADDRESS]]. [[Weekday afternoons|GENERIC_TIME]] are good.""")

# 21. South Korea (Busan) - hotel front desk agent, Konglish
T.append("""AI: Hello, thank you for joining. Please tell me a little about yourself.

User: Annyeonghaseyo! I'm [[Kim Ji-woo|PERSON]], [[Jiwoo|PERSON|unhyphenated_variant]] is fine, and on my name tag for foreign guests it says [[Jenny|PERSON|english_name]]. I'm [[twenty-four|AGE]], or [[twenty-five|AGE|korean_age]] in Korean age, haha, it's confusing. I'm a [[front desk agent|JOB_TITLE]] at a hotel in [[Haeundae|CITY]], [[Busan|CITY]], the [[Seaview Grand Haeundae|ORGANIZATION|org_contains_place]]. I graduated from [[Dong-eui University|SCHOOL]], tourism management, in [[2023|DATE]].

AI: [[Jiwoo|PERSON]], how does AI come into your work?

User: [[Papago|AI_PRODUCT]], first! [[Papago|AI_PRODUCT]] is the [[Naver|SOFTWARE]] translator, we use it all day with Chinese and Japanese guests. For English I'm okay, but I use [[ChatGPT|AI_PRODUCT]] to write nice emails, like when a guest complains about noise from the wedding hall. Our hotel system is [[Opera|SOFTWARE|name_is_word]], and they say next year it will have AI upselling, like it suggests room upgrades. [[Park|PERSON|surname_is_word]] [[daeri|JOB_TITLE|korean_title]]-nim, [[my supervisor|GENERIC_ROLE]], is very excited about it, because our team has upsell targets every month.

AI: Can you give an example of a time AI helped or didn't?

User: One night a Japanese guest was very upset, something about the onsen, the sauna, being closed. [[Papago|AI_PRODUCT]] translated "I am disappointed" as something much stronger, so I thought he was angry and I called [[Park|PERSON]] [[daeri|JOB_TITLE]]-nim at midnight, haha. But he was just a little sad. After that I learned to ask the guest to type, not speak. My coworker [[Lisa|PERSON|name_shared_with_celebrity]], she's a Thai intern, she hates when guests say she looks like [[Lisa|PUBLIC_FIGURE|celebrity_shares_coworker_name]] from [[Blackpink|PUBLIC_FIGURE]], she gets it like three times a day. She just smiles and says thank you, very professional, but in the staff room she complains to me, haha.

AI: Do you use any other AI tools outside work?

User: Yes, [[Wrtn|AI_PRODUCT]], it's a Korean AI app, my friends all use it because it's free. I have an [[Instagram|SOFTWARE]] for cafe reviews, [[@jiwoo.busanstay|SOCIAL_HANDLE]], mostly cafes in [[Jeonpo|CITY]] and [[Gwangalli|CITY]], and I use AI to write English captions for foreigners. We chat about it on [[KakaoTalk|SOFTWARE]], me and my friend [[Minji|PERSON]], she works at [[Lotte Department Store|ORGANIZATION]] in [[Seomyeon|CITY]]. And [[my eomma|GENERIC_ROLE|korean_kinship]] uses AI to find [[Son Heung-min|PUBLIC_FIGURE]] news, she is a big fan.

AI: Are there any concerns about privacy at the hotel?

User: Yes, very serious. We have guests' passport numbers, credit cards, everything. The rule is never put guest data into [[ChatGPT|AI_PRODUCT]], only the hotel system. For myself, when I applied to this job the form wanted my resident registration number, [[010412-4837215|NATIONAL_ID]], and I sent it by email, which now I think is a little dangerous. Also the hotel is testing a self check-in kiosk with face recognition. If that works well, maybe [[the front desk staff|GENERIC_ROLE]] will be fewer. I'm young, I can move to sales or marketing, but the older ajummas in housekeeping worry more. Overall I feel mixed, honestly. It makes my work faster, especially the translation. But in [[Korea|COUNTRY]] everybody is so competitive, if you don't use AI you look slow. My boss says the same. And the guests from [[Europe|CONTINENT]] sometimes ask "are you a real person?" on the chat, haha, because our chat answers so perfectly.

AI: Thank you, [[Jiwoo|PERSON]]. How can we reach you for the follow-up?

User: My number, sorry I said it in Korean, [[공일공 사팔이칠 삼구일오|OBF_PHONE|hangul_sino_korean_digits]], so [[010-4827-3915|PHONE_NUMBER]]. [[KakaoTalk|SOFTWARE]] ID is [[jiwoo_bsn|SOCIAL_HANDLE|messenger_id]]. [[On my days off|GENERIC_TIME]] I answer fast.""")

# 22. Indonesia (Bekasi/Jakarta) - Gojek driver + part-time student, bahasa gaul
T.append("""AI: Halo, thanks for joining. Could you tell me about yourself?

User: Halo kak! Gue [[Muhammad Rizky Pratama|PERSON]], panggil aja [[Kiki|PERSON|nickname]]. Umur gue [[dua puluh tiga|AGE|number_words_indonesian]], [[twenty-three|AGE]]. I'm a [[GoRide driver|JOB_TITLE]] for [[Gojek|ORGANIZATION]], ojol, online ojek, you know. I live in [[Pondok Gede|CITY]], [[Bekasi|CITY]], but I take passengers mostly to [[Jakarta|CITY]], to [[Sudirman|CITY|business_district]] and [[Kuningan|CITY|name_is_word]]. And I study D3 accounting at [[Universitas Gunadarma|SCHOOL]] in [[Depok|CITY]], classes [[on Saturday|GENERIC_TIME]].

AI: [[Kiki|PERSON]], how does AI come into driving?

User: Anjir, the app is everything, bro. Orders come from the algorithm, and drivers have all these myths, like "akun gacor", the account that always gets orders, and "akun anyep", the one that never does. People sell tips on [[TikTok|SOFTWARE]] how to make your account gacor, wkwk. I asked [[ChatGPT|AI_PRODUCT]] how the algorithm works, it said it doesn't know, which is honest, at least. The driver app, [[GoPartner|SOFTWARE]], shows you incentives, but it changes all the time, nobody understands it fully. Some days I drive ten hours and get maybe eighty, ninety thousand rupiah after bensin, some days more, it's like gambling, really.

AI: Do you use AI with other drivers?

User: Yes, at the basecamp, we're like twenty drivers waiting near the station. [[Meta AI|AI_PRODUCT]] is inside [[WhatsApp|SOFTWARE]] now, so in the group somebody always asks it stupid questions, like who is more handsome, haha. Bang [[Ucok|PERSON|honorific_bang]], he's the oldest, he uses it to write complaint letters to [[Gojek|ORGANIZATION]] when his account gets suspended. I use [[Gemini|AI_PRODUCT]] on my HP, because it's already there, to explain accounting stuff when I wait for orders.

AI: You mentioned [[TikTok|SOFTWARE]]. Do you create content?

User: Yes, a little. My [[TikTok|SOFTWARE]] is [[@rizkyojol_bks|SOCIAL_HANDLE]], I post funny things from the road, passengers who sleep, the traffic in [[Kuningan|CITY]], rain, banjir. I edit with [[CapCut|SOFTWARE]]. I want to be like [[Jerome Polin|PUBLIC_FIGURE]], educational but funny, haha, but my content is more chaos. My sister [[Putri|PERSON|name_is_word]] helps me with the captions, she's more creative. Bu [[Sari|PERSON|honorific_bu]], the warung owner near the basecamp, is famous on my [[TikTok|SOFTWARE]] now, everyone comes for her coffee.

AI: Are there any concerns about data or privacy?

User: Banyak. To register we give KTP, NIK [[3275012304010007|NATIONAL_ID]], SIM, STNK, selfie, even the family card. Everything. And the app tracks where I am all the time. Some friends are in [[Garda Indonesia|ORGANIZATION|union_contains_country]], the ojol association, they protest about the commission, and last time they did a demo at [[Monas|CITY|landmark]] I went with them. I think in [[Indonesia|COUNTRY]] the rules for apps are still weak. Also [[Pak RT|GENERIC_ROLE|honorific_role]] in my kampung asked me to use [[ChatGPT|AI_PRODUCT]] to make his announcement letter, haha, now I'm the AI guy in the neighborhood. For the future, for ojol maybe not so fast, because [[Jakarta|CITY]] traffic is crazy, no robot can drive here, wkwk. But for accounting, yes, that's why I learn [[Excel|SOFTWARE]] and AI together. After D3 I want to work in an office, not on the road forever. My mother says same, she's scared every time it rains. A friend from the basecamp fell at a toll road exit, broke his arm, and the insurance from the app took two months. So yeah, I want an office job, pakai AC, haha.

AI: Thank you, [[Kiki|PERSON]]. How can we reach you for the follow-up?

User: [[WA|SOFTWARE|abbreviation_for_whatsapp]] [[0812-9047-3361|PHONE_NUMBER]], or email [[rizkypratama23 et gmail titik com|OBF_EMAIL|spelled_indonesian_et_titik]]. [[Malam|GENERIC_TIME|indonesian_word]] is better, after Isya.""")

# 23. Canada (Toronto) - co-op lab technician + biochem student, Toronto slang
T.append("""AI: Hey, thanks for joining. Could you tell me about yourself?

User: Yo, wagwan. I'm [[Abdirahman Warsame|PERSON]], but nobody says all that, it's just [[Abdi|PERSON|short_form]]. I'm [[twenty|AGE]], third year Biochem at [[UTSC|SCHOOL|abbreviation]], [[U of T Scarborough|SCHOOL]]. Right now I'm on a co-op term as a [[lab technician|JOB_TITLE]] at [[Northvale Bioanalytical|ORGANIZATION]] in [[Mississauga|CITY]]. Before this I worked at [[Tims|ORGANIZATION|nickname_org]] at [[Lawrence and Markham|ADDRESS|intersection]], so yeah, mans has range. I still live in [[Scarborough|CITY]] with my fam. My parents came from [[Somalia|COUNTRY]] a long time ago, so I'm the first in the family doing science, no pressure, right.

AI: [[Abdi|PERSON]], how does AI show up at the lab?

User: Wallahi it's more than you'd think. The LIMS is [[LabWare|SOFTWARE]], and the instrument software has this AI peak integration for the chromatography, it picks where the peaks start and end. Dr. [[Fiona Walsh|PERSON]], she's the [[lab manager|JOB_TITLE]], she says never trust it blindly, you gotta review every integration, because if it's wrong the client's data is wrong. The co-op rules are no [[ChatGPT|AI_PRODUCT]] with client data, ever, only [[Microsoft Copilot|AI_PRODUCT]] on the work laptop, and even that only for emails and SOPs. Like, one time the software integrated a noise bump like it was a real peak, and I almost signed off on it. [[The QA lead|GENERIC_ROLE]] caught it in review. [[Fiona|PERSON|first_name_after_full]] was chill about it, she was like, that's why humans exist, ahlie. Since then I'm lowkey paranoid, I check everything twice. For writing SOP drafts though, [[Copilot|AI_PRODUCT]] is a cheat code, it's bare fast.

AI: How about your courses?

User: Profs are split. Some say use [[Claude|AI_PRODUCT|name_is_word]] or whatever, just cite it, some say zero AI. I like [[Claude|AI_PRODUCT]] for lab reports 'cause it explains stats better than my TA, no offence to him. I'm tryna get into med school eventually, so my GPA matters, I can't risk an academic integrity thing. My boy [[Hamza|PERSON]] got flagged last term and it was a whole situation, even though he wrote it himself. They called him in, he had to show his drafts, his [[Google Docs|SOFTWARE]] history, everything. He was cleared, but bro was stressed for like three weeks.

AI: Do you have anything on the side?

User: Yeah, I restore sneakers. [[IG|SOFTWARE|abbreviation]] is [[@abdi.restores|SOCIAL_HANDLE]], and the site is [[abdirestores.ca|URL]], built on [[Shopify|SOFTWARE]]. I used [[ChatGPT|AI_PRODUCT]] to write all the product pages. Most customers are from [[Markham|CITY|city_shared_with_street]] and [[Pickering|CITY]], they drive to mine to drop off. One time somebody brought in Jordans supposedly signed by [[Drake|PUBLIC_FIGURE]], I said fam, I'm not touching those, haha. [[My hooyo|GENERIC_ROLE|somali_kinship]] thinks it's a waste of time, she wants me focused on med school.

AI: Any concerns about AI or privacy for you?

User: Yeah, for real. When I started the co-op I emailed my SIN, [[527 381 904|NATIONAL_ID]], to HR as a plain email, 'cause that's what they asked, and I was like, is this normal? And at [[Tims|ORGANIZATION]] the new drive-thru headsets were getting AI stuff too, my old manager said they might test voice ordering. So the people I worked with there, styll, those jobs could go.

AI: Thanks, [[Abdi|PERSON]]. How can we reach you for the follow-up?

User: Email me at [[abdi (at) abdirestores (dot) ca|OBF_EMAIL|bracketed_at_dot]], I write it like that so bots don't scrape it. Or text [[416-555-0192|PHONE_NUMBER]]. [[Weekends|GENERIC_TIME]] are best, I'm in the lab all week.""")

# 24. Vietnam (Ho Chi Minh City) - barista at Phúc Long + design student, freelance designer
T.append("""AI: Xin chào, thanks for joining. Could you tell me about yourself?

User: Chào anh! Em là [[Nguyễn Thị Thu Trang|PERSON]], but my friends call me [[Mít|PERSON|nickname_is_word]], like the jackfruit, haha, my grandma gave me that name. I'm [[hai mươi mốt|AGE|number_words_vietnamese]], [[twenty-one|AGE]]. I work as a [[barista|JOB_TITLE]] at [[Phúc Long|ORGANIZATION]] in [[Vạn Hạnh Mall|ADDRESS|mall_as_location]], [[District 10|CITY|numbered_district]], and I study graphic design at [[Văn Lang University|SCHOOL]], we just say [[VLU|SCHOOL|abbreviation]]. I live in [[Bình Thạnh|CITY]] with my older sister, chị [[Hoa|PERSON|name_is_word]]. She works in an office in [[District 1|CITY|numbered_district]], so she pays most of the rent and I pay electricity and internet, that's fair, no?

AI: [[Mít|PERSON]], how do you use AI at the café?

User: At the counter, not so much. The POS is [[KiotViet|SOFTWARE]], it shows what sells, and the manager uses the data for ordering. Anh [[Tuấn|PERSON|honorific_anh]], he's the [[store manager|JOB_TITLE]], he asked me to use [[ChatGPT|AI_PRODUCT]] to write the new drink descriptions in English for the menu board, because many foreigners come to the mall. But the real AI stuff is for my design.

AI: Tell me about the design side.

User: I do freelance logos and posters, mostly small shops on [[Shopee|SOFTWARE]] and [[TikTok Shop|SOFTWARE]]. My portfolio is on [[behance.net/mit-designs|URL]]. I use [[Midjourney|AI_PRODUCT]] for moodboards, [[Adobe Firefly|AI_PRODUCT]] inside [[Photoshop|SOFTWARE]] for fixing backgrounds, and [[Canva|SOFTWARE]] when the client wants to edit themselves. Customers message me on [[Zalo|SOFTWARE]] and pay with [[MoMo|SOFTWARE]]. Some clients from [[Singapore|COUNTRY|city_state]] find me on [[Behance|SOFTWARE]], and [[ChatGPT|AI_PRODUCT]] helps me write the brief and the invoice in English, because my English writing is still not so good.

AI: How do your lecturers see AI use?

User: Cô [[Lan|PERSON|honorific_co]], our typography lecturer, says AI is okay for research but the final work must be made by hand, and she can always tell, like she has a sixth sense, haha. Our portfolio review is on [[ngày 20 tháng 6|DATE|vietnamese_date]], [[the twentieth of June|DATE|date_restated_in_words]], and I graduate in [[2026|DATE]]. My classmate [[Khoa|PERSON]] got a zero because his poster still had the [[Midjourney|AI_PRODUCT]] watermark, poor guy.

AI: Are there any concerns for you?

User: Yes, two. First, design jobs. If shops can make logos with AI for free, who pays me? So I try to do the strategy part, the brand, not just the picture. Second, data. Every app wants the CCCD photo now, my number [[079304012857|NATIONAL_ID]] is in like ten apps, [[Shopee|SOFTWARE]], [[MoMo|SOFTWARE]], the bank, the school system. One time a scam call knew my full name and my address in [[Bình Thạnh|CITY]], I was so scared. Chị [[Hoa|PERSON]] said it's probably from a leak. But in [[Vietnam|COUNTRY]] young people learn AI very fast, faster than the companies. At [[Phúc Long|ORGANIZATION]] half of the staff use [[ChatGPT|AI_PRODUCT]] for their studies. But the salary is still small, so we need side jobs. I also watch [[Sơn Tùng M-TP|PUBLIC_FIGURE]] videos for poster inspiration, haha, his style is very strong. Maybe one day I design for him, dreaming. My mom says focus on a stable job, like the bank, but I don't want that life, sitting all day, no.

AI: Cảm ơn, [[Mít|PERSON]]. How can we reach you for the follow-up?

User: My number, [[không chín ba, tám bốn hai, năm sáu bảy một|OBF_PHONE|vietnamese_digit_words]], and email [[trang.mit.design@gmail.com|EMAIL_ADDRESS]]. [[Buổi tối|GENERIC_TIME|vietnamese_word]], in the evening, is better.""")

# 25. Italy (Bologna) - barista at a bar + UniBo student, Depop seller
T.append("""AI: Ciao, thanks for joining. Could you tell me about yourself?

User: Ciao! I'm [[Giulia Romano|PERSON]], but call me [[Giuli|PERSON|short_form]], everyone does. Ho [[ventidue|AGE|number_words_italian]] anni, so [[twenty-two|AGE]]. I'm a [[barista|JOB_TITLE]] at [[Bar Otto|ORGANIZATION|name_is_word]] in [[via San Vitale|ADDRESS|street_only]], and I study communication at [[UniBo|SCHOOL|abbreviation]], the [[Università di Bologna|SCHOOL]]. I live in [[Bolognina|CITY]] with two flatmates, it's cheaper, and I'm originally from [[Lecce|CITY]], so I'm a fuorisede. Rent in [[Bologna|CITY]] is a nightmare, like five hundred euro for a single room, so everybody I know works, bar, restaurant, babysitting, delivery.

AI: [[Giuli|PERSON]], how does AI come into your work and study?

User: Madonna, everywhere. At the bar, not really, we open alle sette and close alle otto, it's all espresso and cornetti, no AI can do my cappuccino, ha. But [[il titolare|GENERIC_ROLE|italian_role]], [[Sandro|PERSON]], asked me to use [[ChatGPT|AI_PRODUCT]] to write the posts for the bar's [[Instagram|SOFTWARE]], because I study communication so he thinks I'm a genius. For uni, I use [[ChatGPT|AI_PRODUCT]] and [[QuillBot|AI_PRODUCT]] to fix my English essays, and [[Character.AI|AI_PRODUCT]] just for fun, I talk with fictional characters when I'm bored on the bus. The bar page is [[@barotto.bo|SOCIAL_HANDLE]]. I take photos of the aperitivo and [[ChatGPT|AI_PRODUCT]] writes captions, but they come out too American, like "Indulge in our artisanal spritz experience", haha, no, we are in [[Bologna|CITY]], nobody talks like that. So I rewrite. [[Sandro|PERSON]] pays me a bit extra for it, cash, which, boh, I don't know if that's correct.

AI: Do you have any side projects of your own?

User: Yes, I sell vintage clothes on [[Depop|SOFTWARE]] and [[Vinted|SOFTWARE]], my shop is [[giuliavintage.bo|SOCIAL_HANDLE]]. I use AI for descriptions in English because many buyers are from the [[UK|COUNTRY]] and [[Germany|COUNTRY]]. My flatmate [[Bea|PERSON|short_form]] does the photos, she's much better than me. And of course everyone here followed the [[Chiara Ferragni|PUBLIC_FIGURE]] drama about the pandoro, we even did a lesson on it in my communication course, crisis management, so funny.

AI: Are there any concerns for you?

User: Yes, my data. For the [[Depop|SOFTWARE]] payments they wanted my codice fiscale, [[RMNGLI03A41A944K|NATIONAL_ID]], and I'm never sure who sees it. And for the Erasmus application, I go to [[Valencia|CITY]] [[next spring|GENERIC_TIME]], I used [[ChatGPT|AI_PRODUCT]] to write the motivation letter and then panicked that everyone's letter sounds the same. My tutor for Erasmus, prof [[Bernardi|PERSON|lowercase_title_outside]], said it's okay if I personalise it. Also in [[Italy|COUNTRY]] they blocked [[ChatGPT|AI_PRODUCT]] for a while, remember? My nonna thought it was the police, ha.

AI: What do you think AI means for young workers like you?

User: Honestly, for communication jobs it's scary. The entry-level tasks, captions, little texts, are exactly what AI does. So maybe the stage, the internship, will disappear. But for the bar, no, people want a person, they want to chat, complain about the weather, the tourists. My friend [[Matte|PERSON|short_form]] works at [[Lamborghini|ORGANIZATION]] in [[Sant'Agata|CITY]] on the production line, and he says there too it's cameras checking everything. So maybe the bar is the safest job of all, ha, who knew.

AI: Grazie, [[Giuli|PERSON]]. How can we reach you for the follow-up?

User: I'll type my email in the chat because my accent confuses the transcription: [[giuli\u200b.romano@gmail.com|OBF_EMAIL|zero_width_space]]. And phone [[+39 347 218 5509|PHONE_NUMBER]]. [[Il lunedì|GENERIC_TIME|italian_weekday]] the bar is closed, so [[Monday|GENERIC_TIME]] is perfect.""")


# ---------------------------------------------------------------- pre-checks
import re
from markup import MARK
def precheck(T):
    ok = True
    for i, raw in enumerate(T, 1):
        text, spans = build(raw.strip())
        n = len(text.split())
        if not (500 <= n <= 900):
            print("WORDS", i, n); ok = False
        for sp in spans:
            v = text[sp["start"]:sp["end"]]
            for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
                if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans):
                    print("MISS", i, repr(v), repr(text[max(0, m.start()-40):m.end()+20])); ok = False
    return ok

if __name__ == "__main__":
    import sys
    good = precheck(T)
    if not good and "--force" not in sys.argv:
        sys.exit(1)
    write_set(T, "set_br")
