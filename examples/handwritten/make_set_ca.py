"""Blind evaluation set 'ca': 25 synthetic interview transcripts with healthcare, care, education and community workers talking about AI at work. Every person, number, email, address and ID is invented. Build with: python3 make_set_ca.py"""
from markup import write_set

T = []

# 1. Brazil - emergency nurse, Recife - typed chat
T.append("""AI: Hi, thank you for taking part in this study about how people use AI at work. To start, could you tell me a little about yourself and what you do?

User: hi! ok so my name is [[Luciana Ferraz Queiroga|PERSON]], i am [[enfermeira assistencial|JOB_TITLE]] (bedside nurse i think in english) at [[Hospital da Restauração|ORGANIZATION]] in [[Recife|CITY]], [[Brazil|COUNTRY]]. im [[38|AGE]], working in the emergency since [[2014|DATE]]. sorry my english is not perfect i use [[Google Translate|SOFTWARE]] sometimes lol

AI: Your English is very clear, [[Luciana|PERSON]]. What does a typical shift look like for you, and where does AI come into it?

User: shift is 12h, day or night. the red zone have like 40 beds and is always overcrowded, people on chairs in the corridor. AI... honestly mostly [[ChatGPT|AI_PRODUCT]] on my phone. i use it to write the handover more organized, because at 7 in the morning you are dead and you forget things. the hospital system is [[Soul MV|SOFTWARE]] and it dont have nothing of AI, its very old. my coordinator [[Sandra Melo|PERSON]] dont like that we use [[chatgpt|AI_PRODUCT]] but she also uses, i saw her lol. its good also for explain things to families in simple words

AI: Can you give me an example of explaining something to a family?

User: yes. [[last month|GENERIC_TIME]] we had seu [[Josué|PERSON]], [[72|AGE]] years, he came from [[Jaboatão dos Guararapes|CITY]] with a stroke and the daughter [[Kátia|PERSON]] was desperate asking what is thrombolysis, what is the window, everything. [[the neurologist|GENERIC_ROLE]] explained in 2 minutes with very technical words and left. so i asked the AI to explain like for someone without study, and i read it for her. she cried and said obrigada. i didnt put his name or nothing, only "man [[72|AGE]] years ischemic stroke". but one colleague, [[Thiaguinho|PERSON|nickname]] from the night team, he put a photo of the whole prescription with name, prontuário [[2210457|NATIONAL_ID|patient_number]], everything, and [[Sandra|PERSON]] saw it and was a big problem. so we had a meeting with the [[NEP|ORGANIZATION]] (nucleo de educação permanente) and a lady from the [[Secretaria Estadual de Saúde|ORGANIZATION]] talked 1 hour about LGPD, the data law. after that the rule is no photo, no name, no number in any app. [[thiaguinho|PERSON|nickname]] got only a warning thank god, he is a good nurse, just tired. hes doing two jobs, here and in [[Hospital Memorial São José|ORGANIZATION]] in the night

AI: What worries you most about AI in nursing, if anything?

User: my worry is not the AI itself, is the people trusting too much. [[the residents|GENERIC_ROLE]] from [[UFPE|SCHOOL]] sometimes ask [[chatgpt|AI_PRODUCT]] the dose and dont check. one time a resident, [[Rafael|PERSON]], almost prescribed enoxaparin full dose for a patient with kidney failure because the chat said the standard dose. i caught it. but i am not against, i did a course online from [[Hospital Israelita Albert Einstein|ORGANIZATION|org_looks_like_person]] about AI in health in [[2023|DATE]] and i liked it. like [[Drauzio Varella|PUBLIC_FIGURE]] says on tv, the tool is not the problem is how you use

AI: Is there anything you wish AI could do for you at work that it doesn't do yet?

User: the documentation!! we spend half the shift writing. if the AI could listen and write the evolução directly in [[Soul MV|SOFTWARE]] i would be very happy. also the scale, my [[chefe de enfermagem|JOB_TITLE]] Dona [[Graça|PERSON|name_is_word]] makes the schedule in [[Excel|SOFTWARE]] by hand every month and its always a fight, everybody wants [[christmas|GENERIC_TIME]] off, and [[carnaval|GENERIC_TIME]] off too, its [[Recife|CITY]] haha

AI: Thanks, [[Luciana|PERSON]]. Before we finish, is there anything else you'd like to add?

User: no i think is that. if you need to talk more you can write me [[lu.ferraz.enf@gmail.com|EMAIL_ADDRESS]] or [[whatsapp|SOFTWARE]] [[(81) 99847-3120|PHONE_NUMBER]], better after 19h. in [[South America|CONTINENT]] we are behind in this but we learn fast. i can show my COREN if you need proof i am nurse, is [[412887-ENF|NATIONAL_ID|professional_registration]]""")

# 2. Nigeria - community pharmacist, Lagos - speech-to-text
T.append("""AI: Hello, and thanks for joining. Could you start by telling me about your work and where you're based?

User: Okay, um, good afternoon. My name is, uh, [[Chiamaka Obi-Nwosu|PERSON]], but everybody calls me [[Amaka|PERSON|nickname]]. I'm the [[superintendent pharmacist|JOB_TITLE]] at, um, [[Ebun-Oluwa Pharmacy|ORGANIZATION|org_looks_like_person]] in [[Surulere|CITY]], in [[Lagos|CITY]]. I've been practising since, um, [[twenty eleven|DATE|date_words]], after I finished from [[University of Lagos|SCHOOL]], the pharmacy faculty.

AI: Thank you, [[Amaka|PERSON]]. What does a typical day look like at the pharmacy?

User: Ehn, typical day, it's busy. We open by eight, [[on Sundays|GENERIC_TIME]] by one, um, we have [[two pharmacy technicians|GENERIC_ROLE]] and sometimes [[a locum|GENERIC_ROLE]] on weekends. Customers come with prescriptions from [[LUTH|ORGANIZATION]], from [[Lagos Island General Hospital|ORGANIZATION]], from private clinics. A lot of them it's self-medication, they just come and say "give me something for malaria". The AI part, I use [[ChatGPT|AI_PRODUCT]] and, um, sometimes [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] because it's just there, you know. I use it to check interactions quickly when I'm not sure, and then I confirm in [[Medscape|SOFTWARE]].

AI: Could you walk me through a time it helped?

User: Yes, um, there's one of my regular customers, we call her Mama [[Tobi|PERSON]] because of her son, her real name is Mrs [[Adebayo|PERSON]]. She's, um, [[sixty-seven|AGE]]. She came with a new prescription for clarithromycin from her doctor at [[Reddington Hospital|ORGANIZATION]] and she's already on simvastatin. I typed it in and it flagged the interaction, which I knew, but it also gave me the wording to explain to her in simple English. So I called the doctor, Dr [[Olumide Bankole|PERSON]], and he changed it to azithromycin. He was, um, he was not happy at first, but he changed it.

AI: What about concerns? Is there anything that worries you?

User: Hmm. Worries, yes. One, the internet is not stable, and the light, um, so sometimes I can't even use it. Two, the regulator. The [[PCN|ORGANIZATION]], the [[Pharmacists Council of Nigeria|ORGANIZATION]], they have not said anything about AI. If something goes wrong it's my licence, my name and registration, [[PCN/R/043118|NATIONAL_ID|professional_registration]], it's on the wall. Three, customers themselves now come with [[ChatGPT|AI_PRODUCT]] answers. [[Last week|GENERIC_TIME]] a young man, maybe [[twenty-five|AGE]], came and said the AI told him to take double dose of artemether because he's big. I said ah, no, no. Even my technician, um, [[Chuck we make a|PERSON|misheard_name]], sorry, [[Chukwuemeka|PERSON]], he loves it. He's doing his, um, diploma part-time at [[Yaba College of Technology|SCHOOL]], he uses it for assignments and I tell him, don't copy. The owner of the pharmacy, Alhaji [[Musa Danladi|PERSON]], he's, um, he's not into technology at all. He still keeps stock in a big notebook. I've been begging him to use [[QuickBooks|SOFTWARE]].

AI: If the research team wanted to follow up, how could they reach you?

User: Ah, okay. You can email me at, um, [[amaka dot obinwosu at yahoo dot com|OBF_EMAIL|spelled_at_dot]], that's obi-nwosu without the hyphen. Or call, [[zero eight zero three, four four one, two nine zero seven|OBF_PHONE|number_words]]. The pharmacy is at, um, [[fourteen Adeniran Ogunsanya Street|ADDRESS|number_words]], [[Surulere|CITY]], opposite the, um, the bank.

AI: Thank you, [[Amaka|PERSON]], this has been really helpful. Any final thoughts?

User: Just that, um, AI is a tool. Even [[Bill Gates|PUBLIC_FIGURE]] said AI will help doctors in [[Africa|CONTINENT]]. In [[Nigeria|COUNTRY]] we need it, we don't have enough pharmacists, many have japa'd to [[UK|COUNTRY]] and [[Canada|COUNTRY]]. But it cannot replace, um, somebody looking at the patient's face. That's all. Thank you.""")

# 3. India - higher secondary chemistry teacher, Pune - typed chat
T.append("""AI: Hello! Thanks for joining this interview about AI at work. Can you start by describing your job?

User: Hello. I am [[Meenakshi Kulkarni|PERSON]], [[PGT Chemistry|JOB_TITLE]] at [[Sant Dnyaneshwar Vidyalaya|SCHOOL]] in [[Kothrud|CITY]], [[Pune|CITY]]. teaching class 11 and 12 since [[2009|DATE]]. also i take tuition at home in evenings, small batch of 8 students

AI: What tools do you use day to day, and where does AI fit in?

User: school uses [[Google Classroom|SOFTWARE]] and for marks entry the state [[SARAL portal|SOFTWARE]]. for AI i use [[Gemini|AI_PRODUCT]] because it came free with school [[google|SOFTWARE]] account and principal trusts anything from [[Sundar Pichai|PUBLIC_FIGURE]] lol, and sometimes [[ChatGPT|AI_PRODUCT]]. mainly making question papers [[during exam season|GENERIC_TIME]], MCQs for JEE practice, and changing the lab manual. also the [[DIKSHA|SOFTWARE]] app from govt but that is not really AI

AI: Could you tell me about a specific time AI helped, or didn't help?

User: helped: i had a student [[diksha|PERSON|name_equals_product]] (yes same name as the govt app lol). she has dyslexia, diagnosed at [[Sassoon hospital|ORGANIZATION]] [[last year|GENERIC_TIME]]. i asked [[gemini|AI_PRODUCT]] to make simpler version of notes with bigger spacing and bullets. her mother mrs [[deshpande|PERSON|lowercase_name]] messaged me on [[whatsapp|SOFTWARE]] "thank you ma'am she understood hybridisation first time". not helped: [[gemini|AI_PRODUCT]] gave wrong balanced equation for a redox reaction and 3 students copied it in assignment, [[Aarav|PERSON]], [[Ishaan|PERSON]] and one more. so now i check everything twice

AI: What concerns do you have, if any?

User: marks and privacy. our principal [[Sudhir Apte|PERSON]] sir wants us to use AI to write remarks in report cards for 180 students. i feel remarks should be personal, not "shows keen interest" for everybody. also i myself did mistake once, pasted the fee list with parent mobile numbers in [[chatgpt|AI_PRODUCT]] to make reminder messages. first row was [[Pranav|PERSON]]'s father, [[98220 41573|PHONE_NUMBER]], i remember because he never pays on time haha. after that i delete numbers first

AI: How has AI changed the tuition classes you run at home?

User: for tuition i made a small website [[www.kulkarnichemistry.in|URL]] with notes and old papers. made it with help of [[chatgpt|AI_PRODUCT]], i dont know coding at all. my son [[Omkar|PERSON]], he is [[15|AGE]], helped with hosting. now parents find me through the site and [[google|SOFTWARE]] reviews. one parent even asked if the AI is teaching or me lol

AI: Thank you, [[Meenakshi|PERSON]]. Is there anything else you'd like to share?

User: only that teachers need proper training. the [[SCERT|ORGANIZATION]] gave one online session of 1 hour and that's it. i am [[46|AGE]] and i learned myself from [[youtube|SOFTWARE]]. younger teachers are faster. ok thats all, if needed my mail is [[meenakshi.k.chem@rediffmail.com|EMAIL_ADDRESS]] or for tuition enquiries [[meenakshi (at) kulkarnichemistry (dot) in|OBF_EMAIL|bracket_at_dot]]""")

# 4. Philippines - barangay health worker, Cebu City - speech-to-text
T.append("""AI: Hi there, thanks for taking the time. Could you tell me about your work?

User: Hello po, good evening. So, um, I'm [[Lourdes Tabañag|PERSON]], but you can call me [[Lulu|PERSON|nickname]]. I'm a [[barangay health worker|JOB_TITLE]] in [[Barangay Lahug|CITY]], that's in [[Cebu City|CITY]]. I've been a BHW for, um, nine years, since [[twenty sixteen|DATE|date_words]]. I'm [[forty-four|AGE]].

AI: Thank you, [[Lulu|PERSON]]. What does your work involve day to day?

User: Ah, many things po. House-to-house visits, we record the pregnant mothers, the babies for immunization, the seniors with hypertension. Before it's all logbook, but now the [[Cebu City Health Department|ORGANIZATION]] wants everything encoded in [[iClinicSys|SOFTWARE]]. Our midwife, Ma'am [[Joy|PERSON|name_is_word]], she does the encoding mostly, I do the field. Where the AI comes in, um, my daughter [[Precious|PERSON|name_is_word]], she's [[nineteen|AGE]], nursing student at [[Cebu Normal University|SCHOOL]], she showed me [[ChatGPT|AI_PRODUCT]]. Now I use it to translate the health messages from English to Bisaya so [[the mothers|GENERIC_ROLE]] understand. And [[Facebook|SOFTWARE]], we post announcements on the barangay page.

AI: Could you describe a specific example?

User: Yes. [[Last February|GENERIC_TIME]] there was measles, so the [[DOH|ORGANIZATION]] said catch-up vaccination. I asked [[ChatGPT|AI_PRODUCT]] to make a simple flyer in Bisaya. And also I used it to make the masterlist sorted by purok. There's one family, the [[Villaflor|PERSON]] family in [[Purok Sampaguita|CITY|place_is_word]], four kids, none vaccinated, the mother [[Marites|PERSON]] was afraid because of the Dengvaxia before. So I used the AI to, um, prepare what to say, like the questions she will ask. After two visits, she agreed. The two youngest got vaccinated.

AI: Do you have any worries about using AI for this kind of work?

User: Yes po, um. The masterlist has names, birthdays, [[PhilHealth|ORGANIZATION]] numbers. One time I put it in [[ChatGPT|AI_PRODUCT]] with the [[PhilHealth|ORGANIZATION]] number like [[12-025117846-3|NATIONAL_ID|id_like_phone]] and everything, then Ma'am [[Joy|PERSON|name_is_word]] told me no, that's data privacy, the [[National Privacy Commission|ORGANIZATION]] can, um, can file a case. So now I remove the numbers first. Also sometimes the Bisaya it gives is wrong, very deep, or mixed with Tagalog, [[the mothers|GENERIC_ROLE]] laugh. But our barangay captain, Kap [[Nonoy|PERSON|nickname]], he likes it, he even asked me to write his speech for the fiesta using the AI. Hahaha. [[The other BHWs|GENERIC_ROLE]], some are in their [[sixties|AGE]] already, they're afraid of the phone. I teach them a little, um, [[on Saturdays|GENERIC_TIME]], at the health center.

AI: If the research team wanted to follow up, how could they contact you?

User: Okay, you can message me on [[Facebook|SOFTWARE]], [[Lulu Tabañag Lahug|SOCIAL_HANDLE]], that's my name there. Or my number, [[zero nine one seven, five five two, eight one four zero|OBF_PHONE|number_words]]. Text is better po because the signal.

AI: Thank you so much, [[Lulu|PERSON]]. Anything else you'd like to add?

User: Salamat po. Just, um, I hope the government gives us training, and load allowance, because I use my own load for the data. That's all po.""")

# 5. Poland - paramedic, Krakow - typed chat
T.append("""AI: Hello, and thanks for joining. Could you tell me about your job and where you work?

User: hi. im [[Paweł Wróbel|PERSON]], [[ratownik medyczny|JOB_TITLE]] (paramedic) in [[Krakowskie Pogotowie Ratunkowe|ORGANIZATION]]. based at substation in [[Nowa Huta|CITY]], [[Kraków|CITY]]. 11 years in EMS, since [[2013|DATE]], before that i was army medic. im [[34|AGE]]

AI: What does a typical shift look like for you, [[Paweł|PERSON]]?

User: 24h shifts mostly, team P, basic team, 2 paramedics no doctor. my partner usually [[Kuba|PERSON|nickname]] ([[Jakub Sowa|PERSON]]). dispatch comes through [[SWD PRM|SOFTWARE]] on the tablet, we get the call, drive, assess, treat, transport to [[Szpital Uniwersytecki|ORGANIZATION]] or [[Szpital Rydygiera|ORGANIZATION|org_looks_like_person]]. documentation also on tablet, very long form. [[on weekends|GENERIC_TIME]] its mostly drunk people from [[Kazimierz|CITY]]

AI: Where does AI come in, if at all?

User: officially nowhere lol. unofficially: i use [[chat gpt|AI_PRODUCT]] to study for my master degree in public health at [[Uniwersytet Jagielloński|SCHOOL]], and [[DeepL|SOFTWARE]] for translating english papers. sometimes [[Copilot|AI_PRODUCT]] on the laptop from uni

AI: Can you tell me about a time it was useful on the job?

User: [[one night|GENERIC_TIME]] a tourist from [[Portugal|COUNTRY]], drunk, fell on stairs at [[ul. Floriańska 14|ADDRESS]], old town. he spoke only portuguese, his friend [[Tiago|PERSON]] a little english. i used translator on phone, [[Google Tłumacz|SOFTWARE]] with conversation mode. not exactly AI chat but AI inside. worked ok. gcs fine, suspected wrist fracture, we took him to [[Szpital Uniwersytecki|ORGANIZATION]]

AI: Are there any concerns you have about AI in emergency medical services?

User: yes, ministry talks about AI for dispatch triage. [[dispatchers|GENERIC_ROLE]] already overloaded. my wife [[Ola|PERSON]] is [[dyspozytor medyczny|JOB_TITLE]] in [[Dyspozytornia Medyczna w Krakowie|ORGANIZATION]], she says if AI decides priority and its wrong, who goes to prosecutor? the dispatcher. also tablets freeze already without AI, imagine. [[older guys|GENERIC_ROLE]] laugh at this. our kierownik [[Zbyszek|PERSON|nickname]] says "AI will not carry 120 kilo patient down from 4th floor in [[Bieżanów|CITY]] block without elevator". true lol. [[young ones|GENERIC_ROLE]] use it for everything, even messages to girlfriends

AI: That's a memorable line. Is there anything else you'd like to add?

User: only that i wrote a small post about this on my blog [[pawelwrobel-ratownik.pl|URL]] and on instagram [[@ratownik_pawel_krk|SOCIAL_HANDLE]]. if you use quotes ok but no surname pls. my number [[+48 601 223 918|PHONE_NUMBER]] if something. for the study payment form they asked PESEL, its [[89031204577|NATIONAL_ID|pesel]]""")

# 6. Germany - physiotherapist, Leipzig - speech-to-text
T.append("""AI: Good morning, thank you for joining. Could you introduce yourself and tell me what you do?

User: Yes, good morning. So, I am, uh, [[Katrin Vogelsang|PERSON]], I'm a [[physiotherapist|JOB_TITLE]], in German we say [[Physiotherapeutin|JOB_TITLE]], and I work in a, um, private practice, the [[Praxis am Auensee|ORGANIZATION]], in [[Leipzig|CITY]]. I'm, um, [[forty-one|AGE]]. I did my training at the, uh, [[Medizinische Berufsfachschule am Universitätsklinikum Leipzig|SCHOOL]], I finished in, uh, [[two thousand and six|DATE|date_words]].

AI: Thank you, [[Katrin|PERSON]]. What does a normal day look like?

User: Normal day is, um, sixteen, seventeen patients, twenty minutes each, because the, um, the statutory insurance pays twenty minutes for KG. So it's very, very tight. Documentation we do in [[Theorg|SOFTWARE]], that's the practice software. And my boss, Herr [[Hölzel|PERSON]], he owns three practices, this one and two more in [[Markkleeberg|CITY]] and [[Taucha|CITY]], so he is, um, not often there, maybe [[on Fridays|GENERIC_TIME]].

AI: Where does AI come into your work?

User: So, um, mostly for the home exercise programs. I describe the patient, like, um, "woman, [[sixty|AGE]], after knee TEP, week three", and [[ChatGPT|AI_PRODUCT]] makes a nice program with, um, with sets and repetitions, and I correct it. Then I print it with pictures from [[Physitrack|SOFTWARE]]. Also the reports for [[the doctors|GENERIC_ROLE]], the Therapiebericht, when they want one. But, um, one time it was bad. There was a patient, Herr [[Gerlach|PERSON]], [[eighty-two|AGE]], with Parkinson, and the AI suggested exercises on the, um, the Pezziball, the big ball, and for him that's a fall risk, absolutely. I saw it of course. But a young colleague, [[Lenny|PERSON|nickname]], he's just out of school, maybe he would not see it. So I told him, you must always think yourself.

AI: How does your employer feel about AI?

User: Herr [[Holzel|PERSON|misheard_name]], sorry, [[Hölzel|PERSON]] with the dots, he is, um, very for it, because of costs. He wants an AI for the telephone, there's one called [[Aaron|AI_PRODUCT|product_looks_like_person]], like a man's name, it answers the phone and makes the appointments. Our [[receptionist|JOB_TITLE]], Frau [[Mandy Kretzschmar|PERSON]], she's, um, [[fifty-eight|AGE]] and she's been at the practice since [[nineteen ninety-nine|DATE|date_words]], so of course she is worried. She knows every patient by the voice. [[Aaron|AI_PRODUCT|product_looks_like_person]] doesn't know that Frau, um, [[Bachmann|PERSON]] always calls on [[Monday morning|GENERIC_TIME]] to cancel, haha.

AI: What are your own worries about it?

User: Data protection, of course. In [[Germany|COUNTRY]], um, we have to be careful. I never write names. And honestly I'm worried that the insurance companies will say, ah, the AI makes the program, so we pay less. It's already, uh, not much money. Our union, [[ver.di|ORGANIZATION]], says the same. And the minister, [[Karl Lauterbach|PUBLIC_FIGURE]], he talks always about digitalisation, but the small practices get nothing, only more forms.

AI: Thanks, [[Katrin|PERSON]]. How could the research team reach you for a follow-up, and is there anything you'd like to add?

User: Uh, email is best. [[k punkt vogelsang at posteo punkt de|OBF_EMAIL|spoken_in_german]]. Ha, sorry, in English, that's [[k dot vogelsang at posteo dot de|OBF_EMAIL|spelled_at_dot]]. Or the practice, [[null drei vier eins, neun zwei, drei drei, sieben eins|OBF_PHONE|number_words_german]], it's on [[Gustav-Esche-Straße 5|ADDRESS]] in [[Leipzig|CITY]]. And, um, [[the older patients|GENERIC_ROLE]] don't care about AI, they want hands. For me AI is like an assistant who is very fast but didn't do the training. You must check it. That's it. Danke.""")

# 7. Kenya - community health promoter, Kisumu - typed chat
T.append("""AI: Hello, thank you for joining this study. Could you tell me about your work?

User: hallo. am [[Achieng Otieno|PERSON]] but in the [[whatsapp|SOFTWARE]] groups am Mama [[Kevo|PERSON|teknonym]] lol. am a [[community health promoter|JOB_TITLE]] (CHP) under [[Kisumu County Department of Health|ORGANIZATION]]. i cover 100 households in [[Nyalenda B|CITY]], [[Kisumu|CITY]]. been doing this since [[2018|DATE]], before we were called CHVs

AI: Thanks, [[Achieng|PERSON]]. What does a normal week look like?

User: [[mon to thur|GENERIC_TIME]] household visits, [[friday|GENERIC_TIME|lowercase]] we report at [[Nyalenda Health Centre|ORGANIZATION]] to our [[community health assistant|JOB_TITLE]] mr [[ouma|PERSON|lowercase_name]]. we use the [[eCHIS|SOFTWARE]] app on the phone govt gave us, register pregnancies, under 5s, TB follow ups, referrals to facility. phone is slow and [[Safaricom|ORGANIZATION]] network goes off in some plots

AI: Where does AI come in?

User: [[eCHIS|SOFTWARE]] has no AI. but my nephew [[Brian Omondi|PERSON]] who is in [[Maseno University|SCHOOL]] showed me [[ChatGPT|AI_PRODUCT]]. now i ask it when mothers ask me things i dont know. like one young mother [[grace|PERSON|lowercase_name]], she is [[17|AGE]], first baby, asked if she can give the baby water because its hot. i knew the answer is no but the AI helped me explain in simple swahili why, exclusive breastfeeding and all. also [[Gemini|AI_PRODUCT]] is in my phone by itself, i didnt install it

AI: Have you ever felt worried about the advice it gives?

User: yes. once i asked about a child with fever, it said go to hospital, ok good, but it also said paracetamol dose by weight and i dont have a scale in the field lol. it doesnt know our situation, like [[Jaramogi Oginga Odinga Teaching and Referral Hospital|ORGANIZATION|org_looks_like_person]] ([[JOOTRH|ORGANIZATION]]) is far and matatu is 100 bob. and the big worry is money. we get stipend 2500 from county and 2500 from national, sometimes late 3 months. if AI comes they will say CHPs are not needed. in my team, our chair lady mama [[Rosemary Atieno|PERSON]], she is [[60|AGE]] plus, she refuses, she says its satan phone hahaha. [[the young ones|GENERIC_ROLE]] yes. [[Kevo|PERSON]] my son also, he is form 3 at [[Kisumu Boys High School|SCHOOL]] and uses it for chemistry. [[the nurses at the facility|GENERIC_ROLE]] use it quietly but they dont say

AI: That's helpful context. If the research team wanted to follow up with you, how would they reach you?

User: call or [[whatsapp|SOFTWARE]] [[0722 418 903|PHONE_NUMBER]]. or [[+254 733 60 21 77|PHONE_NUMBER]] the second line. email i rarely check but [[achiengotieno82@gmail.com|EMAIL_ADDRESS]]. for [[mpesa|SOFTWARE|lowercase]] if there is payment its the first number. my ID no. is [[27450918|NATIONAL_ID|id_like_phone]] if they need for payment

AI: Thank you, [[Achieng|PERSON]]. Is there anything else you'd like to add?

User: just that in [[Kenya|COUNTRY]] CHPs are the ones near the people. if AI can help us good, but give us data bundles and training first. asante""")

# 8. Mexico - dental hygienist, Guadalajara - speech-to-text
T.append("""AI: Hi, thanks for being here. Could you tell me about yourself and your work?

User: Hi, hello, yes. Um, my name is [[Ximena Arellano Padilla|PERSON]], I'm [[twenty-nine|AGE]], and I work as a [[higienista dental|JOB_TITLE]], a dental hygienist, in the [[Clínica Dental Sonrisa Tapatía|ORGANIZATION]], in [[Zapopan|CITY]], that's part of [[Guadalajara|CITY]]. I studied at the [[Universidad de Guadalajara|SCHOOL]], the [[UdeG|SCHOOL]].

AI: Thank you, [[Ximena|PERSON]]. What does a normal day look like for you?

User: Um, so, I see like eight to ten patients, cleanings, um, sealants for kids, and I help [[the dentist|JOB_TITLE]], the doctora [[Fernanda Rosales|PERSON]], she's the owner. We use [[Dentalink|SOFTWARE]] for the agenda and the records. And [[the patients|GENERIC_ROLE]], they write us on [[WhatsApp|SOFTWARE]] all the time, like at eleven [[at night|GENERIC_TIME]], "señorita, my tooth hurts".

AI: Where does AI come in?

User: Ah, okay. So since [[January of twenty twenty-four|DATE|date_words]] we have a bot on [[WhatsApp|SOFTWARE]] that answers, it's made with, um, [[ChatGPT|AI_PRODUCT]], something like that, my cousin [[Iván|PERSON]] made it, he's a programmer at [[Oracle|ORGANIZATION]]. The bot is called [[Sofi|AI_PRODUCT|product_looks_like_person]], like a person, and patients think it's a real girl! They say "gracias [[Sofi|AI_PRODUCT|product_looks_like_person]], you're very kind". And I use, um, [[Claude|AI_PRODUCT|product_looks_like_person]] for writing the posts for [[Instagram|SOFTWARE]] about flossing and all that.

AI: Could you tell me about a specific interaction where AI played a role?

User: Yes. There's a lady, señora [[Lupita|PERSON|nickname]], well, [[Guadalupe Ortega|PERSON]], she's like [[seventy|AGE]], she was writing with the bot and she told it all her medications and that she had, um, a heart valve replacement. And it gave her an appointment but didn't say anything about the antibiotic prophylaxis. Luckily I read the conversation before. So now the doctora wants us to review every chat [[every morning|GENERIC_TIME]], which is more work, not less, haha.

AI: How do you feel about the bot overall, and are there other worries?

User: Um, mixed. It's good because it answers [[at night|GENERIC_TIME]]. But patients put everything. They send photos of their INE, the ID card, for the invoice, the factura. One man sent his RFC, I remember because it was funny, [[GOMJ810523KT9|NATIONAL_ID|tax_id]], it looks like a password. Where does it go? I don't know. [[Iván|PERSON]] says it's safe, but. And also that the doctora will think she doesn't need [[a receptionist|GENERIC_ROLE]]. Our [[receptionist|JOB_TITLE]] [[Brenda|PERSON]] is already nervous. For me I'm fine, the AI can't clean teeth, haha. Not yet.

AI: Thank you. If the research team wanted to follow up, how could they reach you? And any final thoughts?

User: Sure, my email is, um, [[ximena punto arellano arroba hotmail punto com|OBF_EMAIL|spelled_in_spanish]], sorry, in Spanish, punto is dot and arroba is at. Or my cell, [[treinta y tres, dieciocho, cuarenta y dos, cero nueve, sesenta y uno|OBF_PHONE|number_words_spanish]]. The clinic is on [[Avenida Patria 1480|ADDRESS]], in [[Zapopan|CITY]]. And, um, I think AI is going to be in every clinic in [[Mexico|COUNTRY]] soon and nobody is teaching us. In school nobody said anything. That's all, gracias.""")

# 9. Japan - public librarian, Sendai - typed chat
T.append("""AI: Hello, thank you for joining. Could you tell me about your role?

User: Hello. I am [[Sato Yumiko|PERSON|surname_first]]. I work as [[librarian|JOB_TITLE]] at [[Sendai City Izumi Library|ORGANIZATION]]. I am in charge of children's corner and also reference desk. I am working here for 12 years. My English is not so good, sorry.

AI: Your English is fine. What does your work involve, and where does AI come in?

User: Reference questions, storytelling for kids [[on Saturday mornings|GENERIC_TIME]], selecting books, making displays. Our library system is [[iLiswave|SOFTWARE]]. AI is not officially allowed on city office computers. But privately I use [[ChatGPT|AI_PRODUCT]] and [[DeepL|SOFTWARE]] for English emails. For storytelling I ask [[ChatGPT|AI_PRODUCT]] to suggest picture books about themes, like "moving to new city", but it often invents books that don't exist! Very dangerous for us librarians lol. Adults also ask AI which [[Murakami Haruki|PUBLIC_FIGURE|surname_first]] book to read first, haha.

AI: Can you describe a specific time you used it?

User: [[Last year|GENERIC_TIME]] a boy, about [[ten years old|AGE]], came with his mother. He asked about the tsunami in [[2011|DATE]], his grandfather died in [[Yuriage|CITY]]. The mother, Mrs. [[Kanno|PERSON]], wanted a book to explain to him gently. I was not sure, so I asked AI for ideas, then checked our catalog. Two of five books were real. We found one good one. I think AI helped me think but not find.

AI: Are there concerns you have about it?

User: Privacy of users. Library has strong principle, we never tell what someone borrowed, it is in [[Japan Library Association|ORGANIZATION]] statement. So I never put user names or card numbers in AI. Also my colleague [[Takahashi|PERSON]]-san is afraid AI will replace reference work. City already gave half of counter work to [[TRC|ORGANIZATION]] company. [[My manager|GENERIC_ROLE]] says do not worry, but he is retiring next year so easy to say.

AI: What would you like AI to do for you?

User: Make the monthly statistics report! It takes 2 days. Also translate for foreign residents, we have many from [[Vietnam|COUNTRY]] and [[Nepal|COUNTRY]] now, students of Japanese language school near [[Sendai|CITY]] station.

AI: Thank you. Is there anything else you'd like to share?

User: No, thank you. It was interesting questions. If you need, my work mail is not ok to use, so private one: [[yumi.sato.books@docomo.ne.jp|EMAIL_ADDRESS]].""")

# 10. Spain - primary school teacher, Valencia - speech-to-text
T.append("""AI: Hola, thanks for joining us. Could you tell me a bit about yourself and your job?

User: Hola, yes, so, um, I'm [[Jordi Ferrer i Miralles|PERSON]], I'm a primary school teacher, [[tutor de quinto|JOB_TITLE]], fifth grade, at the [[CEIP Lluís Vives|SCHOOL|school_named_after_person]] in [[Benimaclet|CITY]], that's a neighbourhood of [[València|CITY]]. I'm, um, [[thirty-six|AGE]], and I've been in this school since [[September twenty nineteen|DATE|date_words]]. Before I was, uh, interino, substitute, in many villages, [[Alzira|CITY]], [[Sueca|CITY]], everywhere.

AI: Thanks, [[Jordi|PERSON]]. What does your day look like, and where does AI fit?

User: Um, so I have twenty-four kids, and [[on Wednesdays|GENERIC_TIME]] I also do the library hour. The [[Conselleria d'Educació|ORGANIZATION]] gives us [[ITACA|SOFTWARE]] for grades and attendance, which is, um, terrible, and [[Aules|SOFTWARE]], which is Moodle. For AI, I use [[ChatGPT|AI_PRODUCT]] for adapting texts. We have many kids with different levels, some arrived from [[Colombia|COUNTRY]], from [[Morocco|COUNTRY]], from [[Ukraine|COUNTRY]], and they don't speak Valencian. So I make the same text in three levels. And [[Canva|SOFTWARE]] with the, um, magic write thing.

AI: Can you tell me about one of those students?

User: Yes, um, there's a girl, [[Oleksandra|PERSON]], we call her [[Sasha|PERSON|nickname]], she came in [[March twenty twenty-two|DATE|date_words]] with her mother when the war started. She's very clever, but no Spanish, no Valencian. I used the AI to make bilingual word lists, Ukrainian-Valencian. Her mother, [[Iryna|PERSON]], works now cleaning at the [[Hospital Clínic Universitari|ORGANIZATION]]. She wrote me a letter thanking, I have it on my fridge.

AI: That's lovely. Have there been times it didn't work well?

User: Yes, um, Valencian. [[ChatGPT|AI_PRODUCT]] writes Valencian that is, um, Catalan from [[Barcelona|CITY]], or it invents words, and [[the parents|GENERIC_ROLE]] notice. The father of [[Pau|PERSON|name_is_word]], [[Vicent Sanchis|PERSON]], he's a [[professor de valencià|JOB_TITLE]] at the [[Escola Oficial d'Idiomes|SCHOOL]], he corrected my homework sheet with red pen and sent it back! Haha. Very embarrassing. Now I pass everything through the [[Softcatalà|SOFTWARE]] corrector.

AI: What worries you, if anything?

User: Um, the reports. Our directora, [[Amparo Llorens|PERSON]], asked us to use AI for the informes, the evaluations, to save time. But they have names and sometimes the diagnosis, like TDAH, ADHD. I don't like to put that. And the kids use it for homework, obviously. One kid, [[Hugo|PERSON]], gave me a text about [[Joan Fuster|PUBLIC_FIGURE]] that was too perfect, haha, [[eleven years old|AGE]] and writing like a professor.

AI: Thanks, [[Jordi|PERSON]]. If the research team wanted to follow up, how could they contact you? And is there anything you'd like to add?

User: Sure, my work email is [[jferrer underscore miralles at gva dot es|OBF_EMAIL|spelled_at_dot]]. Or the phone, [[six four nine, thirty-one, twenty-two, eighty-five|OBF_PHONE|number_words]]. And, um, just that teachers need time, not more apps. Gràcies!""")

# 11. South Africa - school administration clerk, Durban - typed chat
T.append("""AI: Hi, thanks for joining. Could you start by telling me about your role?

User: Hi there. I'm [[Nomvula Dlamini|PERSON]], [[school administration clerk|JOB_TITLE]] at [[Siyakhula Primary School|SCHOOL]] in [[Umlazi|CITY]], south of [[Durban|CITY]]. been in the office since [[2012|DATE]]. I do admissions, the [[SA-SAMS|SOFTWARE]] capturing, the nutrition programme admin, phones, parents, everything lol. I'm [[47|AGE]] and this job is 3 jobs in one

AI: That sounds like a lot, [[Nomvula|PERSON]]. Where does AI come into it?

User: ok so our principal Mr [[Sibusiso Mthembu|PERSON]] got us a laptop from a donor, [[Vodacom Foundation|ORGANIZATION]], and his son [[Thabo|PERSON]] set up [[Copilot|AI_PRODUCT]] on it. i use it for letters to parents in english and isiZulu, the [[Mandela Day|GENERIC_TIME]] programme, the SGB minutes, circulars. before i used to type everything from scratch in [[MS Word|SOFTWARE]]

AI: Could you walk me through an example?

User: admissions season [[last year|GENERIC_TIME]] was crazy, 300 applications for grade R and grade 1. parents bring copies of birth certificates, ID docs, clinic cards. i used [[copilot|AI_PRODUCT]] to make a checklist and a reply template. the tricky one was a granny, Gogo [[Zanele|PERSON]], she is raising her grandson [[Lwazi|PERSON]], he's [[6|AGE]], and there is no birth certificate because the mother passed and [[Home Affairs|ORGANIZATION]] lost the file. i asked the AI what options we have and it gave me a nice list, then i checked with the [[KZN Department of Education|ORGANIZATION]] and we admitted him provisionally

AI: Did you ever have to put personal information into the tool?

User: honestly yes 🙈 once i pasted a whole class list from [[SA-SAMS|SOFTWARE]] to make name labels, with the ID numbers, like [[1708155892084|NATIONAL_ID|sa_id]] that kind of thing. then i read about POPIA on [[Facebook|SOFTWARE]] and got a fright. the IT guy from the district, Mr [[Pillay|PERSON]], said never again, use the export without IDs. the teachers are mixed about AI. Mrs [[van der Merwe|PERSON]] our grade 3 teacher loves it, she makes worksheets all day. ms [[khumalo|PERSON|lowercase_name]], the [[foundation phase HOD|JOB_TITLE]], says the kids must learn to think first. the [[SADTU|ORGANIZATION]] rep also called a meeting about it. [[the younger teachers|GENERIC_ROLE]] use it on their phones in the staffroom during break

AI: What would make AI more useful for you?

User: if it could talk to [[SA-SAMS|SOFTWARE]] directly and do the returns for the department. and load shedding! when [[Eskom|ORGANIZATION]] switches off, no AI no nothing haha. data is expensive too, i use my own [[MTN|ORGANIZATION]] data at home [[on weekends|GENERIC_TIME]]

AI: Thank you, [[Nomvula|PERSON]]. How could the research team reach you if they wanted to follow up, and is there anything you'd like to add?

User: my email [[nomvula.dlamini.admin@gmail.com|EMAIL_ADDRESS]] or cell [[072 845 3310|PHONE_NUMBER]]. school landline is [[031 907 4421|PHONE_NUMBER]] but only 7:30 to 14:00. the school is at [[1127 Mbuyazi Road|ADDRESS]], [[Umlazi|CITY]]. and just that people like us in the office are forgotten. everyone trains the teachers, nobody trains the admin clerk, not just here, all over [[South Africa|COUNTRY]]. AI helped me more than any workshop, sharp!""")

# 12. Vietnam - medical laboratory technician, Da Nang - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your work?

User: Yes, hello. My name is [[Nguyễn Thị Thu Hà|PERSON]], um, in English maybe [[Ha Nguyen|PERSON]]. I am a [[medical laboratory technician|JOB_TITLE]] at, um, [[Bệnh viện Đà Nẵng|ORGANIZATION]], the, uh, [[Da Nang Hospital|ORGANIZATION]], in the biochemistry department. I work there since, um, [[twenty fifteen|DATE|date_words]], after I graduated from the [[Da Nang University of Medical Technology and Pharmacy|SCHOOL]]. I am [[thirty-three|AGE]] years old, I live in [[Hội An|CITY]] and I drive forty minutes every day.

AI: Thank you, [[Ha|PERSON|short_name]]. What does your typical day involve?

User: Um, so, morning is very busy, we receive, um, maybe one thousand samples, blood, urine, from the wards and the outpatient. We run on the analyzers from [[Roche|ORGANIZATION]], and the results go into the system, the [[FPT.eHospital|SOFTWARE]]. My job is check the quality control, validate the results, call the doctor if critical value. Night shift is, uh, [[one week per month|GENERIC_TIME]].

AI: Where does AI come in?

User: Um, the hospital, not yet officially. But I use [[ChatGPT|AI_PRODUCT]] and also, um, the Vietnamese one inside [[Zalo|SOFTWARE]], the [[Zalo AI|AI_PRODUCT]]. Mostly for English. The manuals of the machines, the inserts of the reagents, all English. And my head of lab, Dr. [[Trần Văn Minh|PERSON]], he asked me to write, um, a poster for a conference in [[Huế|CITY]], so I use AI to help translate and check the grammar.

AI: Could you tell me about a particular time it helped or caused a problem?

User: Um, yes. One night there was potassium, very high, like, um, seven point eight, for a patient in the dialysis. An old man, ông [[Lê Văn Bảy|PERSON]], he's [[seventy-five|AGE]]. I remember the code because I typed it wrong first, [[BN2403-118752|NATIONAL_ID|patient_number]]. I suspect hemolysis, the sample was pink. I asked [[ChatGPT|AI_PRODUCT]] the rule for reporting. It gave a general answer. But the real protocol is our hospital SOP. So I call the doctor on duty, bác sĩ [[Phương|PERSON]], and we asked for new sample. Real value was five point one. So the AI was not wrong but not useful, the SOP is more important.

AI: What worries do you have about AI in the lab?

User: Um, maybe in the future the machines will auto-validate everything with AI, and they need less technicians. Already the engineer from [[Roche|ORGANIZATION]], anh [[Khoa|PERSON]], he said the new middleware can do autovalidation. Also, um, privacy. My colleague, [[Linh|PERSON]], she sent a photo of a result with the patient name to [[ChatGPT|AI_PRODUCT]] to ask about it. I told her no, no.

AI: How could the research team reach you if they wanted to follow up? And is there anything else you'd like to add?

User: Um, you can write email, [[thuha dot nguyen ninety-one at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Or [[Zalo|SOFTWARE]] with my phone, [[không chín không năm, ba một tám, sáu bốn hai|OBF_PHONE|number_words_vietnamese]], sorry, in English, [[zero nine zero five, three one eight, six four two|OBF_PHONE|number_words]]. And, um, only that in [[Vietnam|COUNTRY]] young people use AI very much, but in the hospital [[the leaders|GENERIC_ROLE]] are careful. They need to make a clear rule, then we can use it safely. Thank you, cảm ơn.""")

# 13. Turkey - nursing lecturer, Izmir - typed chat
T.append("""AI: Hello, and thank you for joining. Could you tell me about your work?

User: Hello. I am [[Elif Yıldırım Aksoy|PERSON]], [[Dr. Öğr. Üyesi|JOB_TITLE]] (assistant professor) in nursing faculty of [[Dokuz Eylül University|SCHOOL]] in [[İzmir|CITY]]. teaching internal medicine nursing since [[2017|DATE]]. before i was clinical nurse at [[Ege Üniversitesi Hastanesi|ORGANIZATION]] for 8 years. master at [[Istanbul University-Cerrahpaşa Florence Nightingale Faculty of Nursing|SCHOOL|school_named_after_person]], phd from [[Hacettepe|SCHOOL]] in [[Ankara|CITY]]

AI: Thank you, [[Elif|PERSON]]. What does a typical week look like?

User: lectures to [[2nd year students|GENERIC_ROLE]] (~180), clinical supervision 2 days in hospital, research, and endless committees lol. we use [[DEBİS|SOFTWARE]] (university system) and [[Sakai|SOFTWARE]] for courses. grading is the worst part

AI: Where does AI come into your work?

User: a lot in research writing, honestly. i use [[ChatGPT|AI_PRODUCT]] for language editing because journals want perfect english, and [[Elicit|AI_PRODUCT]] and [[Consensus|AI_PRODUCT]] for literature search. for teaching i prepare case scenarios, "[[67|AGE]] year old male, heart failure, NYHA III" and AI gives me variations. and students use it everywhere, i get care plans obviously written by AI

AI: Can you give an example of that?

User: yes. [[last semester|GENERIC_TIME]] one student, [[Berk|PERSON]], submitted a care plan with NANDA diagnoses that dont exist lol. i asked him in oral exam, he couldnt explain anything. we gave zero for that part. his father called the [[dean|JOB_TITLE]], Prof. Dr. [[Ayşe Korkmaz|PERSON]], and complained 😅 i even remember his number [[2021400387|NATIONAL_ID|student_id]] because i wrote it in the report so many times

AI: What are your main concerns?

User: academic integrity yes, but also clinical. students will ask AI on their phone in the ward instead of thinking. and [[YÖK|ORGANIZATION]] has no clear policy, every university different. our faculty made a commission, i am in it with Doç. Dr. [[Murat Şen|PERSON]], we wrote guidelines in [[March 2024|DATE]]. as [[Florence Nightingale|PUBLIC_FIGURE]] said, observation is the most important thing, and you cant outsource observation. but positive things with students also, yes for sure. [[international students|GENERIC_ROLE]] from [[Syria|COUNTRY]], [[Georgia|COUNTRY|country_looks_like_name]] and [[Azerbaijan|COUNTRY]] use it to translate turkish lectures, it helps them a lot. and one shy student, [[Zeynep|PERSON]], practiced patient communication with [[ChatGPT|AI_PRODUCT]] voice mode before clinical practice, she told me it reduced her anxiety. that was nice

AI: Thank you, [[Elif|PERSON]]. Is there anything else, and how could the team reach you for a follow-up?

User: thanks for asking. my university mail [[elif.aksoy@deu.edu.tr|EMAIL_ADDRESS]], or personal [[elifyaksoy@gmail.com|EMAIL_ADDRESS]]. my profile [[orcid.org/0000-0002-4187-5530|URL]] if you want to see papers. phone please not, i am in the ward often. for the payment form they wanted TC kimlik no, [[28471906352|NATIONAL_ID|tc_kimlik]], i hope that is safe with you""")

# 14. Ghana - Methodist minister, Kumasi - speech-to-text
T.append("""AI: Good evening, and thank you for making time. Could you tell me about yourself and your work?

User: Good evening, thank you. Um, I'm Reverend [[Kwabena Asante-Boateng|PERSON]]. I am the [[resident minister|JOB_TITLE]] of, um, [[Bethel Methodist Church|ORGANIZATION]], in [[Bantama|CITY]], [[Kumasi|CITY]]. I have been in ministry for, um, about twenty years. I trained at [[Trinity Theological Seminary|SCHOOL]] in [[Legon|CITY]], I finished in [[two thousand and four|DATE|date_words]]. I am, eh, [[fifty-two|AGE]] years.

AI: Thank you, Reverend [[Asante-Boateng|PERSON]]. What does your work involve?

User: Ah, it's a lot. Preaching [[on Sundays|GENERIC_TIME]], Bible study [[on Wednesdays|GENERIC_TIME]], counselling, hospital visits at [[Komfo Anokye Teaching Hospital|ORGANIZATION|org_looks_like_person]], weddings, funerals, funerals, funerals. In [[Ghana|COUNTRY]] there are funerals [[every Saturday|GENERIC_TIME]]. And we run a small basic school, the [[Bethel Methodist Basic School|SCHOOL]], I'm the chairman of the board. My own children are grown, they are in [[Accra|CITY]] now.

AI: Where does AI come into your ministry?

User: Hmm. [laughs] I will confess. Our youth pastor, [[Nana Yaw|PERSON|name_looks_like_title]], he introduced me to [[ChatGPT|AI_PRODUCT]]. Now I use it for sermon outlines, not the whole sermon oh, just the outline, and for the illustrations, stories. And for the funeral brochures, the biographies. The families give me the information and I make it nice with [[Canva|SOFTWARE]].

AI: Could you tell me about a specific time?

User: Yes. [[Last month|GENERIC_TIME]], um, an elder of the church passed, Opanyin [[Kofi Mensah Darko|PERSON]]. He was [[eighty-nine|AGE]]. The family gave me his story: born in [[Konongo|CITY]] in [[nineteen thirty-five|DATE|date_words]], worked at [[Ashanti Goldfields|ORGANIZATION]] in [[Obuasi|CITY]] for thirty years, a [[shift foreman|JOB_TITLE]]. I put all in [[ChatGPT|AI_PRODUCT]] and it wrote a beautiful tribute. But it added that he "loved fishing". He never fished in his life! The daughter, [[Akosua|PERSON]], she laughed, then she cried. We removed it.

AI: That must have been a delicate moment. Are there other concerns you have, and how do your members respond?

User: Yes. Counselling. People tell me very private things, marriage problems, HIV status, everything. I never put that in AI. Never. Also the young people are asking [[ChatGPT|AI_PRODUCT]] about God instead of coming to the church, haha. Even big men like Archbishop [[Nicholas Duncan-Williams|PUBLIC_FIGURE]] are preaching about technology now. [[The older members|GENERIC_ROLE]] don't know. [[The youth|GENERIC_ROLE]] like that I'm "modern". My wife, [[Maame Serwaa|PERSON]], says I'm on my phone too much now. She's [[headmistress|JOB_TITLE]] at [[Yaa Asantewaa Girls' SHS|SCHOOL|school_named_after_person]], she has her own phone problems with the girls, haha.

AI: Thank you, Reverend. If the research team wanted to follow up, how could they reach you?

User: Um, my number is [[oh two four four, two one nine, five five three|OBF_PHONE|number_words]], that's [[MTN|ORGANIZATION]]. Or email, [[revkasante at yahoo dot co dot uk|OBF_EMAIL|spelled_at_dot]]. The church digital address is [[AK-039-5521|ADDRESS|digital_address]]. And my national ID card, the Ghanacard, is [[GHA-718204536-2|NATIONAL_ID|ghana_card]] if you need it for the payment. And, um, only that technology is a gift from God, but it has no soul. It cannot pray with a widow at two a.m. That's all. God bless you.""")

# 15. Ireland - early years room leader, Galway - typed chat
T.append("""AI: Hi, thanks for joining. Can you tell me about what you do?

User: hiya! im [[Shiv|PERSON|nickname]] ([[Siobhán Flaherty|PERSON]] on paper), [[room leader|JOB_TITLE]] in the toddler room at [[Little Acorns Childcare|ORGANIZATION]] in [[Knocknacarra|CITY]], [[Galway|CITY]]. been in early years 9 yrs, did my level 6 in [[Galway Technical Institute|SCHOOL]]

AI: Thanks, [[Shiv|PERSON]]. What does a typical day look like?

User: ya so 8 toddlers, 2 staff, drop off [[in the mornings|GENERIC_TIME]] is chaos, nappies, naps, messy play lol. the paperwork is the killer tho, daily reports for parents on the [[Famly|SOFTWARE]] app, learning stories, Aistear observations, and all the [[Tusla|ORGANIZATION]] inspection stuff

AI: Where does AI come into it?

User: [[chatgpt|AI_PRODUCT]] mostly for the learning stories. i type quick notes like "[[Fionn|PERSON]] stacked 5 blocks, said more, shared with [[Ava|PERSON]]" and it writes it up linked to the Aistear themes. saves me like an hour a day. [[my manager|GENERIC_ROLE]] [[Deirdre|PERSON]] knows, she uses it for the newsletters herself

AI: Do you use the children's names when you do that?

User: tbh i did at the start 😬 then we had training from [[Early Childhood Ireland|ORGANIZATION]] on GDPR and now i use initials, F.O. for [[fionn|PERSON|lowercase_name]] lol. [[the parents|GENERIC_ROLE]] would go mad. one dad, [[Cathal|PERSON]], is a [[solicitor|JOB_TITLE]] and he reads every word on [[Famly|SOFTWARE]]. his wee one [[Róisín|PERSON]] is [[two and a half|AGE]] and he asked me [[last week|GENERIC_TIME]] why her report said "demonstrated emerging fine motor skills" three days in a row haha

AI: Any worries about AI in childcare more broadly?

User: ya, the observations are meant to be OUR eyes. if it writes them all they start to sound the same. and the pay is crap, if AI makes the paperwork faster [[next year|GENERIC_TIME]] they'll just give us more kids not more money. [[SIPTU|ORGANIZATION]] are on about it with the Big Start campaign. [[Roderic O'Gorman|PUBLIC_FIGURE]] said lovely things when he was minister but nothing changed in our room. best job in [[Ireland|COUNTRY]] if it paid

AI: Thanks, [[Shiv|PERSON]]. How could the team reach you for a follow-up?

User: insta [[@shiv.earlyyears|SOCIAL_HANDLE]] or email [[siobhanflaherty93@hotmail.com|EMAIL_ADDRESS]]. number [[087 214 6690|PHONE_NUMBER]]. oh and my PPS is [[7421983QA|NATIONAL_ID|ppsn]] if they need it for the voucher thing, they asked. ok bye!""")

# 16. Indonesia - community midwife, Yogyakarta - speech-to-text
T.append("""AI: Hello, thank you for joining us today. Could you tell me a little about yourself and your work?

User: Yes, hello, selamat siang. My name is [[Sri Wahyuningsih|PERSON]], but people call me Bu [[Yuni|PERSON|nickname]]. I am a [[bidan|JOB_TITLE]], a midwife, at [[Puskesmas Umbulharjo I|ORGANIZATION]] in [[Yogyakarta|CITY]], and also I have my own small practice at home, the [[Bidan Praktik Mandiri Sri Wahyuningsih|ORGANIZATION|org_contains_person]]. I am [[forty-seven|AGE]], midwife since [[nineteen ninety-nine|DATE|date_words]], I graduated from [[Poltekkes Kemenkes Yogyakarta|SCHOOL]].

AI: Thank you, Bu [[Yuni|PERSON]]. What does a normal day look like for you?

User: Morning at the puskesmas, from seven thirty until two. Antenatal care, family planning, immunization on [[Thursday|GENERIC_TIME]]. Afternoon and night at my home practice, deliveries sometimes, [[at night|GENERIC_TIME]] often, babies like to come [[at night|GENERIC_TIME]], haha. We record in the pink book, the KIA book, and in the puskesmas we use [[SIMPUS|SOFTWARE]] and the app from the ministry, [[ASIK|SOFTWARE]], and now [[SATUSEHAT|SOFTWARE]] also.

AI: Where does AI come in?

User: My son, [[Dimas|PERSON]], he is studying informatics at [[UGM|SCHOOL]], [[Universitas Gadjah Mada|SCHOOL|school_named_after_person]], he install for me [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]]. First I don't trust. But now I use for making the education materials for pregnant mothers, in Bahasa Indonesia and in simple Javanese. And for the [[WhatsApp|SOFTWARE]] group of the mothers, the kelas ibu hamil, I make the daily tips with the AI. Many mothers in [[Jogja|CITY|city_nickname]] are young, they like it short, with emoji.

AI: Could you tell me about a specific time it made a difference?

User: Yes. Um, there was a young mother, [[Ayu|PERSON]], her age [[nineteen|AGE]], first pregnancy, and she wrote in the [[WhatsApp|SOFTWARE]] group around eleven p.m. that she has headache and see stars. I was at a wedding in [[Sleman|CITY]]. I asked the AI quickly to confirm my thinking, preeclampsia signs, and it said the same, go to hospital now. So I call her husband, Mas [[Anton|PERSON]], and they go to [[RSUP Dr. Sardjito|ORGANIZATION|org_looks_like_person]]. Her blood pressure was one seventy over one ten. Baby was born by caesar, healthy. She said if it's a girl she will name her after me, but it was a boy, haha.

AI: That's a powerful story. Are there things that worry you?

User: Yes, um. First, the AI sometimes gives advice for [[Europe|CONTINENT]] or [[North America|CONTINENT]], not for our situation, like "call your OB-GYN", but in the village there is no OB-GYN, only [[the bidan|GENERIC_ROLE]]. Second, the mothers ask AI directly now and sometimes they believe it more than me. One mother, Bu [[Ratna|PERSON]], she refuses the iron tablets because the AI, or maybe [[TikTok|SOFTWARE]], said something. Third, the [[IBI|ORGANIZATION]], the [[Ikatan Bidan Indonesia|ORGANIZATION]], they haven't said anything about AI yet. In my puskesmas, the head, dr. [[Hendra Kusuma|PERSON]], he is young, he likes it. Some older midwives, like Bu [[Tutik|PERSON]], she is [[fifty-eight|AGE]], she says "in my time we use our hands and our eyes". Haha. The younger one, [[Nurul|PERSON]], she uses it even more than me, also for her thesis.

AI: Thank you, Bu [[Yuni|PERSON]]. If the research team wanted to follow up, how could they reach you? And is there anything you'd like to add?

User: You can [[WhatsApp|SOFTWARE]] me, um, [[nol delapan satu dua, dua tujuh empat, sembilan satu, lima enam|OBF_PHONE|number_words_indonesian]], sorry in English, [[zero eight one two, two seven four, nine one, five six|OBF_PHONE|number_words]]. Email, [[bidanyuni dot jogja at gmail dot com|OBF_EMAIL|spelled_at_dot]]. My practice is at [[Jalan Kenari nomor dua belas|ADDRESS|number_words]], [[Umbulharjo|CITY]]. For the payment they asked NIK, it's [[3471054207770003|NATIONAL_ID|nik]]. And, um, AI is like a good friend who read many books but never help a delivery. Terima kasih.""")

# 17. France - occupational therapist in a nursing home, Lyon - typed chat
T.append("""AI: Hello, thank you for joining this interview. Could you describe your job?

User: bonjour, hello. i'm [[Margaux Deschamps|PERSON]], [[ergothérapeute|JOB_TITLE]] (occupational therapist) in an EHPAD, a nursing home for old people, the [[Résidence Les Tilleuls|ORGANIZATION]] in [[Villeurbanne|CITY]], next to [[Lyon|CITY]]. it's part of the group [[Clariane|ORGANIZATION]]. i'm [[31|AGE]], diplômée from [[IFE Lyon|SCHOOL]] in [[2016|DATE]]

AI: Thank you, [[Margaux|PERSON]]. What does your work look like day to day?

User: 80 residents and i am the only ergo, 0.8 ETP lol. falls prevention, wheelchairs, positioning, adapted cutlery, cognitive workshops. we write everything in [[NetSoins|SOFTWARE]]. the [[médecin coordonnateur|JOB_TITLE]] dr [[Benhamou|PERSON]] asks a lot of reports for the [[ARS Auvergne-Rhône-Alpes|ORGANIZATION]], always urgent

AI: Where does AI come into this?

User: i use [[Le Chat|AI_PRODUCT|product_looks_like_word]] from [[Mistral|ORGANIZATION]] (french pride haha) and sometimes [[ChatGPT|AI_PRODUCT]]. for writing the bilans, making cognitive exercises (memory games with songs of [[Édith Piaf|PUBLIC_FIGURE]] and [[Johnny Hallyday|PUBLIC_FIGURE]], they love), and for the wheelchair dossiers for the [[CPAM|ORGANIZATION]]

AI: Could you share a specific example?

User: yes. mme [[Giraud|PERSON]], [[94|AGE]] years, ex piano teacher, very lucid but big arthritis. she wanted to play again. i asked [[le chat|AI_PRODUCT|product_looks_like_word]] for adapted exercises with limited finger mobility, it gave good ideas and i bought a small keyboard. her son [[Jean-Marc|PERSON]] came from [[Grenoble|CITY]] and he cried when she played La Vie en rose. other example less good: AI gave me a wheelchair model reference that doesnt exist at [[Invacare|ORGANIZATION]]. lost 1 hour lol

AI: What worries you?

User: 2 things. 1, the group wants AI fall detection cameras in rooms, a system called [[Marius|AI_PRODUCT|product_looks_like_person]]. residents have dignity, they undress, its their home. the family of mr [[Pereira|PERSON]] refused. 2, the time saved is not given back to residents, the direction just cuts hours. our [[directrice|JOB_TITLE]] Mme [[Sabrina Kaci|PERSON]] says "optimisation" every meeting. in [[Europe|CONTINENT]] we have the AI Act now but nobody in the EHPAD read it lol. about colleagues: [[the aides-soignantes|GENERIC_ROLE]] mostly laugh or dont care, they have no time at all. the [[psychomotricienne|JOB_TITLE]] [[Chloé|PERSON]] uses it a lot like me. [[the night nurse|GENERIC_ROLE]] says AI is for lazy people haha. [[the families|GENERIC_ROLE]] dont know we use it i think

AI: Thank you, [[Margaux|PERSON]]. How could the team contact you for a follow-up?

User: mail: [[margaux.deschamps.ergo@laposte.net|EMAIL_ADDRESS]] or linkedin [[linkedin.com/in/margaux-deschamps-ergo|URL]]. tel [[06 41 27 88 03|PHONE_NUMBER]]. my RPPS number is [[10109284733|NATIONAL_ID|rpps]] if you need proof im a real ergo lol""")

# 18. Egypt - family physician, Alexandria - speech-to-text
T.append("""AI: Hello, and thank you for joining. Could you please introduce yourself?

User: Hello, yes, thank you. I'm Dr. [[Mostafa El-Sayed Abdelrahman|PERSON]], I'm a [[family medicine specialist|JOB_TITLE]], I work in a government unit, the [[Sidi Bishr Family Health Unit|ORGANIZATION]], in [[Alexandria|CITY]]. And in the evening I have a private clinic in [[Smouha|CITY]]. I graduated from [[Alexandria Faculty of Medicine|SCHOOL]] in, um, [[two thousand and ten|DATE|date_words]]. I'm [[thirty-eight|AGE]].

AI: Thank you, Dr. [[Mostafa|PERSON]]. What does a typical day look like?

User: In the unit, um, in the morning, we see maybe sixty, seventy patients. Hypertension, diabetes, children, vaccination, pregnant women. It's under the [[Ministry of Health and Population|ORGANIZATION]]. The records, um, they say electronic, but honestly half is paper. In the evening clinic I see private patients, they book on [[Vezeeta|SOFTWARE]], and the people in [[Sidi Bishr|CITY]] know me, they just come.

AI: Where does AI come in?

User: I use [[ChatGPT|AI_PRODUCT]] a lot, honestly. For checking guidelines, updating myself, the [[ADA|ORGANIZATION]] guidelines for diabetes, to summarize. For writing the sick leave reports, the referral letters in English. And for preparing the fellowship exam of the [[Egyptian Fellowship Board|ORGANIZATION]]. My daughter, [[Malak|PERSON|name_is_word]], she's [[twelve|AGE]], she uses it for homework, and I'm, um, worried about that. Haha.

AI: Could you tell me about a specific patient case?

User: Yes, um, there was a patient, el-Hagg [[Abdel Aziz|PERSON]], he is [[sixty-four|AGE]], diabetic, he came with a rash after a new medication. I described the rash to [[ChatGPT|AI_PRODUCT]], no name, and it suggested a drug eruption from the sulfonylurea, which I was also thinking. But it also suggested something very rare, and I checked, and no. So I use it like a second opinion from [[a colleague|GENERIC_ROLE]] who's very confident but not always right. The patient's son, [[Ahmed|PERSON]], he works in [[Riyadh|CITY]], he called me on [[WhatsApp|SOFTWARE]] asking if it is safe, haha, because his father told him "the doctor asked the computer".

AI: Does your unit or the ministry have any rules on this, and what are your biggest concerns?

User: Not really. The [[Egyptian Medical Syndicate|ORGANIZATION]], um, no guidance yet. My colleague, Dr. [[Nesma|PERSON]], she uploads lab reports with names, I told her, khalas, stop. And [[the patients|GENERIC_ROLE]], they come with [[ChatGPT|AI_PRODUCT]] answers, like before they came with [[Google|SOFTWARE]]. And [[the house officers|GENERIC_ROLE]] use it for everything. About jobs, no, not really worried, [[Egypt|COUNTRY]] has shortage, many doctors go to [[UK|COUNTRY]], [[Saudi Arabia|COUNTRY]], [[Germany|COUNTRY]]. My brother [[Karim|PERSON]], he's a [[registrar in emergency medicine|JOB_TITLE]] at [[Leeds Teaching Hospitals|ORGANIZATION]], and there they have AI for reading X-rays already.

AI: Thank you, Dr. [[Mostafa|PERSON]]. How could the research team reach you?

User: Um, email: [[dr dot mostafa dot elsayed at hotmail dot com|OBF_EMAIL|spelled_at_dot]]. Phone, [[zero one two two, four eight seven, three one zero six|OBF_PHONE|number_words]]. The clinic is [[14 Mostafa Kamel Street|ADDRESS|street_named_like_person]], [[Smouha|CITY]]. My syndicate number is [[148223|NATIONAL_ID|professional_registration]], and for the payment, the national ID, [[28603150201457|NATIONAL_ID|national_id]]. And just that AI for [[Africa|CONTINENT]] needs to understand our reality, our medicines, our names. Many drugs here have different brand names, and it doesn't know them. Thank you.""")

# 19. Australia - youth worker, Geelong - typed chat
T.append("""AI: Hi, thanks for joining. Could you tell me about your work?

User: hey. im [[Jarrah Whitfield|PERSON]], [[youth worker|JOB_TITLE]] with [[Barwon Youth Connect|ORGANIZATION]] in [[Geelong|CITY]]. work with 12-25 yr olds, mostly in [[Corio|CITY]] and [[Norlane|CITY]], kids disengaged from school, homelessness risk, AOD stuff. been doing it since [[2019|DATE]], before that i was a [[barista|JOB_TITLE]] lol, then did my cert IV at [[The Gordon|SCHOOL|school_looks_like_person]]

AI: Thanks, [[Jarrah|PERSON]]. What does your day to day look like?

User: outreach, drop-in at the hub, driving kids to [[Centrelink|ORGANIZATION]] and court, case notes. our case management system is called [[Penelope|SOFTWARE|product_looks_like_person]], yes like a person, everyone calls her [[Penny|SOFTWARE|product_looks_like_person]]. "have u updated [[Penny|SOFTWARE|product_looks_like_person]]" is the most said sentence in our office

AI: Where does AI come in?

User: [[ChatGPT|AI_PRODUCT]] for case notes sometimes, and for funding reports to [[DFFH|ORGANIZATION]]. also [[Copilot|AI_PRODUCT]] came with our [[Microsoft 365|SOFTWARE]] [[last year|GENERIC_TIME]]. i use it to write support letters, like for a kid applying for housing with [[Homes Victoria|ORGANIZATION]]. and honestly for myself, to debrief after a shit day

AI: Could you tell me about a specific time?

User: one of my young people, [[Tayla|PERSON]], she's [[16|AGE]], got kicked out by her stepdad in [[June|GENERIC_TIME]], couch surfing in [[Whittington|CITY]]. needed a letter to re-enrol at [[Northern Bay College|SCHOOL]] and a reference for a youth refuge. wrote it with [[chatgpt|AI_PRODUCT]] in like 10 mins instead of an hour. but i had to take out stuff it made up, it said she "attends weekly counselling" which she absolutely doesnt lol. her worker at [[Child Protection|ORGANIZATION]], [[Bec|PERSON|nickname]], would've caught that and i'd look like an idiot

AI: What are your worries?

User: biggest one: young people using AI as their only friend. had a kid, [[Mitch|PERSON]], [[15|AGE]], telling me [[My AI|AI_PRODUCT|product_looks_like_generic]] on [[Snapchat|SOFTWARE]] understands him better than his mum. that scared me. another one, [[Jordan|PERSON|name_is_country]], [[17|AGE]], does all his TAFE assignments with it. 2nd: sector is so underfunded they'll use AI to cut workers. our [[CEO|JOB_TITLE]] [[Mark Lindqvist|PERSON]] keeps saying "efficiencies". my team leader [[Fiona|PERSON]] is all in on AI, [[the older youth workers|GENERIC_ROLE]] hate it, and my co-worker [[Chad|PERSON|name_is_country]] refuses to even open it. we had a PD day with [[Youth Affairs Council Victoria|ORGANIZATION]] about it, was actually decent

AI: Thanks, [[Jarrah|PERSON]]. How could the research team reach you?

User: email [[jarrah.w@barwonyouthconnect.org.au|EMAIL_ADDRESS]] or mob [[0412 558 907|PHONE_NUMBER]]. im on insta [[@jarrah_does_youthwork|SOCIAL_HANDLE]] but its mostly my dog. my WWC card is [[2184573A-01|NATIONAL_ID|working_with_children_check]] if you need it for ethics or whatever. and just that young people deserve humans. AI can do the paperwork so i can do the humans. thats the dream anyway""")

# 20. Romania - special needs support teacher, Cluj-Napoca - speech-to-text
T.append("""AI: Hello, thank you for joining. Can you tell me about yourself and your job?

User: Hello, yes. I am, um, [[Ioana Pop|PERSON]], I work as a [[profesor de sprijin|JOB_TITLE]], that's like a support teacher, a teaching assistant for children with special needs, at [[Școala Gimnazială Ion Creangă|SCHOOL|school_named_after_person]] in [[Cluj-Napoca|CITY]], in the [[Mănăștur|CITY]] neighbourhood. I'm [[twenty-seven|AGE]], I started in [[September twenty twenty-one|DATE|date_words]], after my master at [[Babeș-Bolyai University|SCHOOL|school_named_after_person]], [[UBB|SCHOOL]]. The children call me doamna [[Pop|PERSON|name_is_word]], like the music, haha.

AI: Thank you, [[Ioana|PERSON]]. What does a typical day look like?

User: Um, I support eight children in different classes, they have the certificate for special educational needs from the [[CJRAE Cluj|ORGANIZATION]]. Autism, ADHD, dyslexia, one with Down syndrome. I go in the class with them [[on Tuesdays and Thursdays|GENERIC_TIME]], or I take them out for individual work. I make adapted materials, the personalized plan. We use [[Adservio|SOFTWARE]] for the catalogue, the grades.

AI: Where does AI come into that?

User: A lot, honestly. I use [[ChatGPT|AI_PRODUCT]] to adapt the texts, like the Romanian literature lesson, the stories of [[Ion Creangă|PUBLIC_FIGURE]], I ask for a simplified version with picture suggestions. And [[Wordwall|SOFTWARE]], [[Canva|SOFTWARE]], and [[MagicSchool|AI_PRODUCT]]. For the social stories for the autistic children, AI is very good.

AI: Could you describe a specific child you've worked with, without sharing more than you're comfortable with?

User: Yes, um, there's a boy, [[Matei|PERSON]], he's [[nine|AGE]], autistic, mostly non-verbal. He loves trams, the trams from [[Cluj|CITY]], haha. So I asked the AI to make social stories where a tram character goes to school, goes to the canteen, waits in line. And he started to accept the canteen, which was a big problem before. His mother, [[Andreea|PERSON]], she's a [[nurse|JOB_TITLE]] at the [[Spitalul Clinic de Urgență pentru Copii|ORGANIZATION]], she was so happy, she printed them and put them on the fridge.

AI: What concerns do you have?

User: Um, the data. The documents of the children, the diagnoses, the psychological reports, I never put them. But a colleague, [[Raluca|PERSON]], she uploaded a whole evaluation report with the name and the personal number of a child, to ask [[ChatGPT|AI_PRODUCT]] for a summary. The director, doamna [[Elena Mureșan|PERSON]], said it's our responsibility, there is no rule from the [[Ministerul Educației|ORGANIZATION]]. And [[the class teachers|GENERIC_ROLE]], mixed. One teacher, domnul [[Horațiu|PERSON]], he teaches math, he's [[sixty-one|AGE]], he says "in my time, under [[Ceaușescu|PUBLIC_FIGURE]], we had chalk and it was enough". Haha. But then he asked me to make him a quiz with AI.

AI: Thank you, [[Ioana|PERSON]]. How could the team reach you for a follow-up?

User: Um, my email is [[ioana punct pop at yahoo punct ro|OBF_EMAIL|spoken_in_romanian]], sorry, [[ioana dot pop at yahoo dot ro|OBF_EMAIL|spelled_at_dot]]. Phone, [[zero seven four two, one six eight, nine zero three|OBF_PHONE|number_words]]. And for the payment they asked my CNP, it's [[2970823125781|NATIONAL_ID|cnp]]. And only that the support teachers are very few, one for thirty children sometimes, on paper eight. AI helps me to survive, haha. In [[Romania|COUNTRY]] and maybe all [[Eastern Europe|CONTINENT|region]], inclusion is mostly on paper. But the child needs a person, not a tablet. Mulțumesc.""")

# 21. Pakistan - school principal, Lahore - typed chat
T.append("""AI: Hello, thank you for joining. Could you tell me about your role?

User: Assalam o alaikum. I am [[Farzana Iqbal|PERSON]], [[principal|JOB_TITLE]] of [[The Crescent Grammar School|SCHOOL]], [[Johar Town|CITY]] campus, [[Lahore|CITY]]. its a private school, 1100 students, playgroup to O levels. i am in education since [[1998|DATE]], first as a teacher at [[Lahore Grammar School|SCHOOL]], became [[principal|JOB_TITLE]] in [[Aug 2015|DATE]]. did my M.Ed from [[University of the Punjab|SCHOOL]]

AI: Thank you, Ms [[Iqbal|PERSON]]. What does a typical week involve?

User: parents parents parents lol. admissions, fee issues, teacher hiring, [[Cambridge|ORGANIZATION]] exam registrations, and board meetings with the owner Chaudhry [[Naveed Akhtar|PERSON]] [[every Monday|GENERIC_TIME]]. we use [[Google Workspace|SOFTWARE]] and our ERP is [[Campus Pro|SOFTWARE]]. [[during Ramadan|GENERIC_TIME]] timings change and everything becomes double work

AI: Where does AI come into your work?

User: i use [[ChatGPT|AI_PRODUCT]] daily. circulars, letters to parents in english and urdu, speech for annual day, teacher observation templates. also [[Grammarly|SOFTWARE]]. i watched the [[Sal Khan|PUBLIC_FIGURE]] TED talk and wanted to try [[Khanmigo|AI_PRODUCT]] but its not available in [[Pakistan|COUNTRY]]. [[our coordinators|GENERIC_ROLE]] use [[chatgpt|AI_PRODUCT]] for worksheets, some too much

AI: Could you give an example of a situation where AI helped or caused trouble?

User: trouble: grade 9 student, [[Hamza|PERSON]], wrote english essay with [[chatgpt|AI_PRODUCT]], teacher Miss [[Sadia|PERSON]] caught it. his father is a [[DSP|JOB_TITLE]] in [[Punjab Police|ORGANIZATION]] and came shouting that we insulted his son. i showed the result from [[GPTZero|AI_PRODUCT]] and he said "these detectors are rubbish", and honestly he was partly right, they are not reliable. we settled, [[Hamza|PERSON]] rewrote it in class. helped: one teacher, [[Rabia|PERSON]], has hearing impairment, and now she uses [[Otter|AI_PRODUCT|product_looks_like_word]] to get live transcript of staff meetings. first time in 6 years she follows the whole meeting

AI: What worries you as the head of a school?

User: 1) cheating obviously 2) teachers becoming lazy 3) data. our ERP has B-form numbers of children, parents CNIC, phones. the IT guy, [[Waqas|PERSON]], wanted to connect AI to the ERP for "smart reports". i said no. my own CNIC [[35202-4417298-6|NATIONAL_ID|cnic]] was leaked once from a bank so i know how it goes. 4) power cuts lol, [[LESCO|ORGANIZATION]]. about teachers: young ones love it. senior ones like Mrs [[Khalid|PERSON]] (she taught me when i was a student! she is [[63|AGE]] now) are scared of it. we did a workshop with a trainer from [[ITU|SCHOOL|ambiguous_abbreviation]], it helped a bit

AI: Thank you, Ms [[Iqbal|PERSON]]. How could we reach you for a follow-up, and is there anything else you'd like to add?

User: email [[farzana.iqbal@crescentgrammar.edu.pk|EMAIL_ADDRESS]], whatsapp [[0300-8471126|PHONE_NUMBER]], school landline [[042-35187704|PHONE_NUMBER]]. school address [[87-B, Block J2|ADDRESS]], [[Johar Town|CITY]], [[Lahore|CITY]]. i also write a blog about education, [[farzanaiqbal.blogspot.com|URL]]. and just that in [[South Asia|CONTINENT|region]] we are copying the west without thinking. AI policy should come from teachers, not from the owners. thank you""")

# 22. Italy - home care worker (OSS), Bologna - speech-to-text
T.append("""AI: Good morning, thanks for joining. Can you tell me a little about yourself and your work?

User: Buongiorno, yes. So, um, I'm [[Rosaria Esposito|PERSON]], but everybody calls me [[Rosy|PERSON|nickname]]. I'm an [[OSS|JOB_TITLE]], [[operatrice socio-sanitaria|JOB_TITLE]], I do home care for the [[Cooperativa Sociale Il Germoglio|ORGANIZATION]], we work for the [[ASP Città di Bologna|ORGANIZATION]], in [[Bologna|CITY]]. I'm from [[Naples|CITY]] originally, I moved up in [[two thousand and twelve|DATE|date_words]]. I'm [[fifty|AGE]].

AI: Thank you, [[Rosy|PERSON]]. What does a normal day look like?

User: I have, um, six, seven users a day, elderly, alone, in their homes, in [[San Donato|CITY]], in [[Borgo Panigale|CITY]]. I wash them, help them eat, the reminder for medicines, sometimes just talk. I drive my own car. And I work also [[on Sundays|GENERIC_TIME]] when someone is sick. The schedule comes on the app, [[CuraMia|SOFTWARE]], on the phone, and we check in with GPS when we enter the house. [[My coordinator|GENERIC_ROLE]] sees everything, when you arrive, when you leave.

AI: Where does AI come into your work?

User: Uh, the cooperative, no. It's me, and my daughter [[Giulia|PERSON]], she's [[twenty-three|AGE]], she studies at [[UniBo|SCHOOL]]. She showed me [[ChatGPT|AI_PRODUCT]]. I use it to write the daily notes in good Italian, because my writing is not so good, I did only the scuola media. And recipes! For diabetic users, low sugar, haha. And one signora loves the old songs of [[Mina|PUBLIC_FIGURE|single_name]], so I ask the AI for the lyrics and we sing together.

AI: Could you tell me about a particular person you care for and how AI played a part?

User: Yes, um. Signor [[Armando|PERSON]], he is [[ninety-one|AGE]], he was a [[tram driver|JOB_TITLE]] for the [[ATC|ORGANIZATION]] for forty years. He has beginning dementia. His son [[Massimo|PERSON]] lives in [[Milan|CITY]] and calls me every day, every day. One time [[Armando|PERSON]] had very swollen legs and I didn't know if to call the doctor or the 118. I asked [[ChatGPT|AI_PRODUCT]] and it said call the doctor, check the breathing. So I called his doctor, dottor [[Ferri|PERSON]], and it was heart failure, they changed the medicine. It helped me to be calm. And [[Armando|PERSON]] calls [[ChatGPT|AI_PRODUCT]] "il professore", he says "ask the professore who won the Giro when I was young", and it says [[Fausto Coppi|PUBLIC_FIGURE]] and he is happy.

AI: What worries you, if anything?

User: Um, the cooperative is talking about sensors in the houses, cameras, AI that watches the old people, so they need less visits. [[My coordinator|GENERIC_ROLE]], [[Patrizia|PERSON]], told us in the meeting in [[October|GENERIC_TIME]]. That means less work for us, less money. We earn already very little. And the old people want a face, not a camera. Another signora, Signora [[Wanda|PERSON]], she is afraid, she says the phone listens. Her nephew installed an [[Alexa|AI_PRODUCT|product_looks_like_person]] and she unplugs it [[every night|GENERIC_TIME]]. Also privacy, I never write their names, only "the signora".

AI: Thank you, [[Rosy|PERSON]]. How could the research team contact you, and is there anything you'd like to add?

User: Um, my email is [[rosaria punto esposito settantaquattro chiocciola libero punto it|OBF_EMAIL|spoken_in_italian]]. Phone, [[tre tre nove, quattro otto due, sette sette uno zero|OBF_PHONE|number_words_italian]]. For the payment, the codice fiscale, [[SPSRSR74D52F839K|NATIONAL_ID|codice_fiscale]]. And, um, just that we home carers are invisible. Write that, please. Grazie.""")

# 23. Colombia - clinical psychologist, Medellin - typed chat
T.append("""AI: Hi, thank you for participating. Could you tell me about yourself and your work?

User: hola! im [[Valentina Restrepo Gómez|PERSON]], [[psicóloga clínica|JOB_TITLE]]. i work part time at the [[Hospital Mental de Antioquia|ORGANIZATION]] (everyone says [[HOMO|ORGANIZATION|abbreviation_looks_like_word]] lol) in [[Bello|CITY|place_is_word]], and i have private practice online. im [[34|AGE]], studied at [[Universidad de Antioquia|SCHOOL]], the [[UdeA|SCHOOL]], graduated in [[2013|DATE]]. i live in [[Medellín|CITY]]

AI: Thanks, [[Valentina|PERSON]]. What does your work look like day to day?

User: mornings at the hospital: psych evaluations, group therapy, lots of patients with psychosis and substance use. afternoons my private patients by [[Zoom|SOFTWARE]] or [[Google Meet|SOFTWARE]], people from [[Medellín|CITY]] but also colombians abroad in [[Spain|COUNTRY]], [[USA|COUNTRY]]. notes in [[Servinte|SOFTWARE]] at the hospital, and in private i use [[Notion|SOFTWARE]]

AI: How does AI fit into your work?

User: carefully lol. i use [[ChatGPT|AI_PRODUCT]] for psychoeducation materials, like CBT worksheets in simple spanish, and to prepare workshops. i tested an app that transcribes and summarizes sessions, [[Lumi Notes|AI_PRODUCT]], but i stopped because of consent issues. [[Colpsic|ORGANIZATION]] has an ethics tribunal and i dont want problems haha

AI: Could you tell me about a specific moment where AI mattered?

User: yes, something that scared me. a patient, [[Camila|PERSON]], she's [[22|AGE]], student at [[EAFIT|SCHOOL]], told me she was talking with a "boyfriend" bot on [[Character.AI|AI_PRODUCT]] every night, hours a day, and when the bot "forgot" her after an update she had a crisis. no training covers that. i discussed it with my supervisor, Dr. [[Andrés Felipe Zuluaga|PERSON]], and we worked on it. shes better now, back at uni

AI: What concerns do you have about AI in mental health?

User: people using chatbots as therapists. with the health system crisis, [[Nueva EPS|ORGANIZATION]] a disaster, waiting 3 months for psychology, obviously people go to [[chatgpt|AI_PRODUCT]] at 2am. also my own notes, where do they go. at the hospital the IT guy, [[Jhon Fredy|PERSON]] (yes with h, very paisa name haha), told us there is a project with [[Microsoft|ORGANIZATION]] for AI notes. [[the psychiatrists|GENERIC_ROLE]] are excited, [[the nurses|GENERIC_ROLE]] not so much

AI: How could we contact you for a follow-up, and is there anything you'd like to add?

User: email [[vale.restrepo.psi@gmail.com|EMAIL_ADDRESS]], [[whatsapp|SOFTWARE]] [[+57 311 548 2093|PHONE_NUMBER]], instagram [[@psicovalentina|SOCIAL_HANDLE]], website [[www.valentinarestrepopsicologa.com|URL]]. tarjeta profesional [[187452|NATIONAL_ID|professional_registration]] and cédula [[1.036.654.219|NATIONAL_ID|cedula_dots]] for the payment. and just that in [[Latin America|CONTINENT|region]] mental health is already abandoned, AI cannot be the excuse to abandon more. chao!""")

# 24. Sweden - speech and language therapist, Uppsala - speech-to-text
T.append("""AI: Hi, thank you for joining. Could you tell me about yourself and your job?

User: Yes, hi. So, um, I'm [[Linnea Bergqvist|PERSON]], I'm a [[logoped|JOB_TITLE]], a speech and language therapist, at [[Akademiska sjukhuset|ORGANIZATION]] in [[Uppsala|CITY]], at the adult clinic, mostly stroke patients, aphasia, dysphagia. I'm [[thirty-nine|AGE]] and I trained at [[Karolinska Institutet|SCHOOL]] in [[Stockholm|CITY]], I finished in [[twenty ten|DATE|date_words]].

AI: Thank you, [[Linnea|PERSON]]. What does your typical day look like?

User: Um, I'm on the stroke unit [[in the mornings|GENERIC_TIME]], swallowing assessments, and then outpatient therapy [[in the afternoon|GENERIC_TIME]]. We write in [[Cosmic|SOFTWARE|product_looks_like_word]], the journal system. Everything is in [[Cosmic|SOFTWARE|product_looks_like_word]], it's, um, not very modern.

AI: Where does AI come into this?

User: Um, officially [[Region Uppsala|ORGANIZATION]] has a policy that we can't use public AI with patient data. We have a pilot with [[Copilot|AI_PRODUCT]], the enterprise version, and [[my boss|GENERIC_ROLE]] is positive but careful, we discuss it at the team meeting on [[Wednesday|GENERIC_TIME]]. I use it for writing patient information in easy Swedish, lättläst. Privately I use [[ChatGPT|AI_PRODUCT]] to make word lists and picture ideas for therapy, but no names, never.

AI: Can you describe a specific patient where AI played a role?

User: Yes, um, there's a man, I'll say, um, [[Göran|PERSON]], he's [[sixty-eight|AGE]], he had a stroke in [[April|GENERIC_TIME]], severe aphasia. He was a [[kyrkoherde|JOB_TITLE]], a vicar, in [[Enköping|CITY]], and he wanted to read the psalms again. So I asked the AI to make exercises from the psalms, with cueing steps. His wife, [[Birgitta|PERSON]], practised with him [[every evening|GENERIC_TIME]]. Now he can read one psalm, slowly. He cried. I cried a little also, um, in the staff room.

AI: What worries you?

User: Um, the synthetic voices. For patients who lose their speech, like ALS, it's good, voice banking. But also scams. My mother in [[Gävle|CITY]] got a call with a voice like my brother, [[Johan|PERSON]], asking for money on [[Swish|SOFTWARE]]. Thankfully she called me first. That's the dark side. And at work, that the region wants us to see more patients because "AI will save time".

AI: How could the research team reach you, and is there anything you'd like to add?

User: Um, email, [[linnea punkt bergqvist at outlook punkt com|OBF_EMAIL|spoken_in_swedish]]. Phone, [[zero seven three, four four two, fifty-eight, ninety|OBF_PHONE|number_words]]. For the payment they need personnummer, it's [[850214-4428|NATIONAL_ID|personnummer_looks_like_date]]. And, um, only that we in [[Sweden|COUNTRY]] trust the system a lot, maybe too much. Tack.""")

# 25. Bangladesh - NGO youth programme officer, Sylhet - typed chat
T.append("""AI: Hello, thanks for joining. Could you introduce yourself?

User: hello. i am [[Md. Rafiqul Islam|PERSON]], people call me [[Rafiq|PERSON]] bhai. i work as [[Youth Program Officer|JOB_TITLE]] in [[BRAC|ORGANIZATION]] in [[Sylhet|CITY]]. before i was with [[Friendship|ORGANIZATION|org_looks_like_word]] NGO in [[Gaibandha|CITY]] char areas. i am [[29|AGE]]. studied sociology at [[Shahjalal University of Science and Technology|SCHOOL|school_named_after_person]] ([[SUST|SCHOOL]])

AI: Thanks, [[Rafiq|PERSON]]. What does your work involve?

User: i run youth clubs in 12 unions in [[Companiganj|CITY]] and [[Gowainghat|CITY]] upazila. skills training, child marriage prevention, climate awareness because flood [[every year|GENERIC_TIME]]. we report in [[KoBoToolbox|SOFTWARE]] and [[Excel|SOFTWARE]]. my supervisor is [[Nasrin|PERSON]] apa, she is very strict about reports haha

AI: Where does AI come in?

User: [[ChatGPT|AI_PRODUCT]] for reports in english, donors want perfect english lol. our donor for this project is [[UNICEF|ORGANIZATION]]. also for session plans. i use [[Gemini|AI_PRODUCT]] to translate bangla to sylheti but no AI knows sylheti properly haha. and [[Canva|SOFTWARE]] for posters

AI: Can you tell me about a specific time?

User: in the flood in [[June 2024|DATE]] a girl from our club, [[Shimu|PERSON]], [[15|AGE]], her parents were arranging her marriage with a man working in [[Dubai|CITY]]. she called our helpline. i used [[chatGPT|AI_PRODUCT]] to quickly find the legal points of the child marriage act. then with the [[UNO|JOB_TITLE|ambiguous_abbreviation]], Mr [[Kamrul Hasan|PERSON]], and the [[Union Parishad|ORGANIZATION]] chairman we stopped the marriage. she is back in class 9 at [[Companiganj Pilot High School|SCHOOL]]

AI: What worries you?

User: fake news. [[Facebook|SOFTWARE]] is full of AI fake videos, especially in election time. and [[the youth|GENERIC_ROLE]] think AI knows everything, in [[Bangladesh|COUNTRY]] especially. also privacy, our beneficiary list has names, NID, phone. i never give that. once my colleague [[Tanvir|PERSON]] uploaded the whole list to make a pivot table lol, [[Nasrin|PERSON]] apa was so angry

AI: How could we contact you, and is there anything else you'd like to add?

User: email [[rafiq.islam.sust@gmail.com|EMAIL_ADDRESS]], [[imo|SOFTWARE|lowercase]] or [[whatsapp|SOFTWARE]] [[01712-845093|PHONE_NUMBER]]. facebook [[facebook.com/rafiq.youthsylhet|URL]]. my NID is [[4617293850|NATIONAL_ID|nid_like_phone]] if needed for honorarium. and just, AI should learn our languages. sylheti has millions of speakers. allah hafez""")

write_set(T, "set_ca")
