"""Blind evaluation set 'bu': 25 synthetic interview transcripts with education and healthcare
workers in 25 countries talking about AI at work. Every person, number, email, address and ID is
invented. Build with: python3 make_set_bu.py"""
from markup import write_set

T = []

# 1. United Kingdom - staff nurse, Leeds - speech-to-text
T.append("""AI: Thanks for making time for this. Could you start by telling me a bit about yourself and what you do?

User: Yeah, sure. Um, so I'm [[Bethany Hollis|PERSON]], but everyone on the ward calls me [[Bee|PERSON|nickname]]. I'm a [[band six staff nurse|JOB_TITLE]] on [[Ward 22|ORGANIZATION|ward_number]] at [[St James's|ORGANIZATION]] in [[Leeds|CITY]], which, er, nobody actually calls [[St James's|ORGANIZATION]], it's just [[Jimmy's|ORGANIZATION|org_nickname_looks_like_person]]. It's acute medicine, so we get a bit of everything. I qualified in [[twenty fifteen|DATE|spoken_year]] from [[Leeds Beckett|SCHOOL]], and I've been at [[Jimmy's|ORGANIZATION|org_nickname_looks_like_person]] ever since, apart from a year where I, um, thought I wanted to do theatres. I'm [[thirty-one|AGE]], if you need that for the demographics bit.

AI: Where does AI come into your work, if at all?

User: More than I thought it would, honestly. The trust put [[Copilot|AI_PRODUCT]] on the work laptops [[last spring|GENERIC_TIME]], and I mostly use it on [[night shifts|GENERIC_TIME]] when it's quiet, to tidy up handover notes, or to write discharge leaflet wording in plainer English. The actual clinical notes stay in [[PPM+|SOFTWARE]], so that's all separate. I don't put patients into [[ChatGPT|AI_PRODUCT]]. Well. Except once, which I'll probably regret telling you. There was a lady, [[Doreen|PERSON]], in bay three, she was [[ninety-one|AGE]], and her family kept asking what the Glasgow Coma Scale numbers meant because she'd had a fall at home and a head CT. It was like four in the morning and I was shattered, so I typed into [[ChatGPT|AI_PRODUCT]] on my own phone, like, explain a GCS of thirteen in simple words for the daughter of an elderly lady, and I'd copied the whole line off her sticker, so her NHS number went in as well, [[485 777 3456|NATIONAL_ID|looks_like_phone]]. I noticed about ten seconds later and deleted the chat, but, yeah.

AI: What happened after that, and has the trust given any formal guidance?

User: I told our [[matron|JOB_TITLE]], [[Harpreet Sandhu|PERSON]], at the start of the next shift, because I'd rather say it than have it found. And she was really good about it actually. [[Harpreet|PERSON]]'s view was it's a near miss, not a disciplinary, so it went on [[Datix|SOFTWARE]] and then she did a teaching session for the whole ward. Her line was, the only thing from a patient you're allowed to paste into a chatbot is their Bristol stool chart score, and even then, don't. Everyone still quotes that. There's also a policy on the intranet, "generative AI acceptable use" or something, and [[the IT people|GENERIC_ROLE]] sent round an email about it. But it's very long and nobody on [[Ward 22|ORGANIZATION]] has read it, if I'm honest. And then you've got [[Wes Streeting|PUBLIC_FIGURE]] on the news every other week saying AI is going to fix everything, and I'm like, come and do a [[Saturday night|GENERIC_TIME]] on acute medicine first.

AI: How do students and junior staff on the ward use it?

User: Oh, the students are all over it. We had a second-year last rotation, [[Priya|PERSON]], lovely girl, and she'd run her whole reflective essay through [[Gemini|AI_PRODUCT]] and then panicked that [[Turnitin|SOFTWARE]] would flag it. I told her to speak to [[her link lecturer|GENERIC_ROLE]] rather than me, because I don't know the uni rules. And a lot of our healthcare assistants trained in the [[Philippines|COUNTRY]], and they use it to check the wording of things like falls assessments, which I think is brilliant, to be fair.

AI: Is there anything you'd want a tool like this to do better?

User: Just be clear where stuff goes. If it said, this stays inside [[LTHT|ORGANIZATION|org_abbreviation]], I'd use it loads more. And, funny thing, it keeps treating [[Jimmy's|ORGANIZATION|org_nickname_looks_like_person]] like it's a person. I had a summary come back saying "discussed with [[Jimmy|ORGANIZATION|org_nickname_looks_like_person]]" and I was like, who's [[Jimmy|ORGANIZATION|org_nickname_looks_like_person]]? The tools are fine, it's the, um, the time to learn them properly that we haven't got.

AI: That's useful, [[Bee|PERSON]]. Last thing, is there a way to reach you if we have follow-up questions?

User: Yeah, email's best, it's [[bethany.hollis3@nhs.net|EMAIL_ADDRESS|email_with_own_name]], there's loads of [[Bethany Hollises|PERSON|plural_name]] apparently, hence the three. Or my mobile, [[oh seven seven double four, one nine two, five five eight|OBF_PHONE|spoken_number_words]]. And if you need to check I'm a real nurse, my [[NMC|ORGANIZATION|regulator_abbreviation]] PIN is [[one five I four eight two nine E|NATIONAL_ID|spelled_out]], it's on the register.""")

# 2. Ireland - special needs assistant, Ballincollig (Cork) - typed, lowercase
T.append("""AI: Hi, thanks for taking part. Can you tell me a bit about your job and where you work?

User: hi! so im [[niamh o'sullivan|PERSON]], im an [[sna|JOB_TITLE|lowercase_abbreviation]] (special needs assistant) in [[scoil mhuire gan smál|SCHOOL]] in [[ballincollig|CITY]], just outside [[cork|CITY]]. everyone calls it [[smg|SCHOOL|school_abbreviation]] tho. been there since [[2017|DATE]], before that i was in a creche in [[mallow|CITY|name_is_word]] for a few yrs. im [[32|AGE]] if that matters. i mostly work with two kids in 3rd class. [[cian|PERSON]] has Down syndrome, hes [[nine|AGE]], gorgeous kid, mad into trains. and [[aoibheann|PERSON]] who is autistic and mostly non verbal, she uses [[proloquo2go|SOFTWARE]] on the ipad. so its a lot of toileting, sensory breaks, lámh signs, keeping them regulated in the yard. [[the teacher|GENERIC_ROLE]] does the actual teaching obv but i do loads of the prep, laminating, visual timetables, all that

AI: Where does AI fit into that, if at all?

User: tbh [[the teacher|GENERIC_ROLE]] uses it more than me lol. ms [[ahern|PERSON]], shes the [[3rd class teacher|JOB_TITLE]], uses [[chatgpt|AI_PRODUCT]] to make social stories, like "[[cian|PERSON]] goes to the dentist" kind of thing, and then i started doing them at home too and making the visuals in [[canva|SOFTWARE]]. saves me hours honestly. but i did something stupid one time. i put in his full name, [[cian murphy|PERSON]], and that he has down syndrome and lives in [[ballincollig|CITY]] and even his mams name [[deirdre|PERSON]] because i wanted the story to feel personal. not my finest moment

AI: How did you feel about that afterwards?

User: bit sick tbh when i thought about it after. [[the principal|GENERIC_ROLE]] never found out or anything but our [[deputy principal|JOB_TITLE]] mr [[twomey|PERSON]] did a talk at croke park hours about gdpr and i was sitting there going red lol. his rule now is no kids names, no dates of birth, no addresses into anything ai, just say "child A". which is fair enough. so now i write "a [[9|AGE]] year old boy who loves trains" and it works just as well to be honest

AI: Does the school have any platforms or rules around this?

User: we use [[aladdin|SOFTWARE|name_is_word]] for attendance and reports and [[seesaw|SOFTWARE]] for [[the parents|GENERIC_ROLE]], and 6th class are on [[google classroom|SOFTWARE]]. no official ai policy yet. the minister [[norma foley|PUBLIC_FIGURE|lowercase_name]] said something on the radio about guidelines coming [[in september|GENERIC_TIME]] but we havent seen anything, and [[the parents|GENERIC_ROLE]] are asking us more than we can answer

AI: Do you think AI could help SNAs more broadly?

User: yeah def. theres loads of paperwork, like when [[the seno|GENERIC_ROLE]] comes out to review the allocation and we need notes on how the kids are getting on. ai could summarise my daily log for that. but it cant see the log obviously cos its on paper in a folder in the classroom lol. theres SNAs all over [[ireland|COUNTRY]] doing this on their own phones with zero guidance. i'm in a [[whatsapp|SOFTWARE]] group with like 200 SNAs from all over [[munster|CITY|region]] and half the chat is people sharing prompts. we're not teachers and we're not admin, we're kind of in between, so nobody ever trains us on anything. id love a proper course on it, not a webinar at 8pm on a tuesday lol

AI: Thanks, [[Niamh|PERSON]]. How can we contact you for follow-up?

User: email is [[niamhos92 at gmail dot com|OBF_EMAIL|spelled_at_dot]] or text [[0 8 7 - 3 4 1 - 9 0 2 6|OBF_PHONE|spaced_digits]]. dont use the school one, [[niamh.osullivan@smgballincollig.ie|EMAIL_ADDRESS|email_with_own_name]], our [[secretary|JOB_TITLE]] mrs [[kiely|PERSON]] opens everything lol""")

# 3. United States - paramedic / field training officer, Normal IL - typed
T.append("""AI: Thanks for joining. Could you introduce yourself and tell me about your work?

User: Sure. Im [[Marcus Dell|PERSON]], [[38|AGE]], [[paramedic and field training officer|JOB_TITLE]] with [[Lifestar EMS|ORGANIZATION]]. We run 911 for most of [[McLean County|CITY]], [[Illinois|CITY|state]]. I live in [[Normal|CITY|name_is_word]], and yes thats the real name of the town, everyone makes the joke. Been on the truck since [[2011|DATE]], got my medic through [[Heartland Community College|SCHOOL]] and before that I was a basic for a couple years.

AI: How does AI show up in your day to day work?

User: Mostly charting honestly. We chart in [[ImageTrend|SOFTWARE]] and the rule is nothing with PHI leaves it. But lots of guys use [[ChatGPT|AI_PRODUCT]] on their phones to clean up narratives, especially after a long call when youre fried. Theres an AI narrative button in [[ImageTrend|SOFTWARE]] now too that admin is "piloting". I also use it for studying, I make it quiz me on Cincinnati Stroke Scale vs BE-FAST, tox, pedi dosing. Sometimes [[Claude|AI_PRODUCT]] for longer stuff.

AI: Has there been a situation where that caused a problem?

User: Yeah. About a year ago my partner [[Tyler Brandt|PERSON]] (sorry [[Ty|PERSON|nickname]] if you ever read this lol) pasted a whole narrative into [[ChatGPT|AI_PRODUCT]] to fix the grammar and it had "[[64|AGE]] y/o male found down in kitchen at [[1107 W Locust St|ADDRESS]]" plus the wifes name, [[Debra|PERSON]], and his DOB, [[03/14/1960|DATE]]. He just didnt think. Our [[QA coordinator|JOB_TITLE]] [[Shannon Reyes|PERSON]] caught it because the narrative came back in this weird polished tone that didnt sound like him at all. It went up to our [[EMS medical director|JOB_TITLE]], Dr. [[Ifeanyi Okafor|PERSON]], and he wrote a one page memo. Basically: use the built in tool or use nothing. [[Okafor|PERSON]] is pretty pro-tech actually, he just doesnt want us on the front page of the local paper. [[the ER docs|GENERIC_ROLE]] at the hospital are way further ahead, they have ambient scribe stuff in [[Epic|SOFTWARE]] listening in the room.

AI: How do you feel about AI in EMS generally?

User: Mixed. As a field trainer I see new medics lean on it way too hard. One kid asked [[ChatGPT|AI_PRODUCT]] the pedi Narcan dose on his phone in the back of the rig, mid call. Thats a hard no, thats what [[Handtevy|SOFTWARE|name_looks_like_person]] is for. And [[Sam Altman|PUBLIC_FIGURE]] isnt going to be there when youre doing compressions at 3am next to the LUCAS on [[overnights|GENERIC_TIME]]. But for studying its great, I wont pretend it isnt. I post short teaching videos on [[TikTok|SOFTWARE]] as [[@medic_marcus_309|SOCIAL_HANDLE]], like 4k followers, mostly students, and theres a [[linktr.ee/medicmarcus309|URL]] with my study sheets. Some of those I built with [[ChatGPT|AI_PRODUCT]] and then fixed because it got the Parkland formula wrong once, which is scary for a burns question on a cert exam.

AI: What would you want tool designers to understand about EMS?

User: That we work in kitchens and ditches, not at a desk. Anything that needs wifi and two hands is useless on scene. And that we're always last to get the good stuff, rural services in the [[Midwest|CITY|region]] even more. Half our county has spotty signal, so cloud only tools just dont work past a certain point. [[my supervisor|GENERIC_ROLE]] keeps saying next budget year, every budget year lol.

AI: Thanks [[Marcus|PERSON]]. How can we reach you for follow-up?

User: email [[mdell@lifestar-ems.org|EMAIL_ADDRESS]] or cell [[(309) 824-6619|PHONE_NUMBER]]. my [[Illinois|CITY|state]] license number is [[061.045872|NATIONAL_ID|license_number]] and [[NREMT|ORGANIZATION|regulator_abbreviation]] is [[P2819045|NATIONAL_ID|registry_number]] if you need to verify im legit.""")

# 4. Canada - faculty lecturer, nursing, Montreal - speech-to-text
T.append("""AI: Thank you for joining. Could you tell me a little about yourself and your role?

User: Sure, yes. So my name is [[Geneviève Tremblay-Roy|PERSON]], and, um, I see the transcript already wrote [[Jenna Vieve|PERSON|asr_mishear]], that's, no, it's [[Geneviève|PERSON]], [[G-E-N-E-V-I-E-V-E|PERSON|spelled_out]]. Anyway. I'm a [[faculty lecturer|JOB_TITLE]] at the [[Ingram School of Nursing|SCHOOL]] at [[McGill|SCHOOL]], in [[Montreal|CITY]], and I still do a clinical shift [[most weeks|GENERIC_TIME]] in the ICU at the [[Jewish General|ORGANIZATION|org_short_name]]. I've been nursing since, oh, [[two thousand six|DATE|spoken_year]]. I did my bachelor's at [[Université Laval|SCHOOL]] in [[Quebec City|CITY]] and then came here.

AI: How does AI come into your teaching?

User: Well, it came in whether we wanted it or not. Students use [[ChatGPT|AI_PRODUCT]] for everything, care plans, reflections, the pharmacology paper. We moved some assessments back to in-person, OSCE-style. I personally use [[Copilot|AI_PRODUCT]] because [[McGill|SCHOOL]] gives it to us with the institutional login, so it's the, um, the protected version. I use it to draft case studies. And honestly I like [[Claude|AI_PRODUCT]] better for writing, which is a bit funny because my closest colleague is [[Claude Gagnon|PERSON|name_is_ai_product]], so when I say "I asked [[Claude|AI_PRODUCT]]" in the office, people look at him.

AI: Can you say more about the case studies?

User: Yes, so, for the critical care course I write unfolding cases, and the temptation is to base them on real patients, because that's where the good detail is. [[Last winter|GENERIC_TIME]] I had a patient, a young man, [[twenty-three|AGE]], [[Mathieu|PERSON]], motorcycle accident in [[Laval|CITY|city_same_as_university]], and I typed his whole course into [[Copilot|AI_PRODUCT]] almost verbatim. His first name, his age, the dates, the GCS, the ventilator settings. Then I stopped and thought, if he ever reads this case in five years, he recognises himself. So I changed everything, he became a fifty-year-old woman from [[Sherbrooke|CITY]]. There are guidelines from [[Teaching and Learning Services|ORGANIZATION]], and the [[OIIQ|ORGANIZATION]], the order of nurses, put out a statement, but it's very general, it says use professional judgement. Which, um, of course.

AI: How do your students use it in clinical placements?

User: Mostly for looking up meds, which worries me less than the care plans. One of my students, [[Anne-Sophie|PERSON]], she's from [[Trois-Rivières|CITY]], she used it to translate a discharge teaching sheet into Spanish for a family, and [[the unit educator|GENERIC_ROLE]] caught a mistake in the insulin part. So we talked about that in post-conference. Also we make them use Vancouver style for the papers, and [[ChatGPT|AI_PRODUCT]] invents references constantly, so I catch a lot that way. A lot of my students are from [[France|COUNTRY]] and they come with different habits, different rules from home.

AI: What would make you trust these tools more?

User: Transparency. Where the data goes, who sees it. [[Yoshua Bengio|PUBLIC_FIGURE]] is right here in [[Montreal|CITY]] telling everyone to be careful, and meanwhile we are giving these companies our students' reflections about their own mental health. That's the part that bothers me. And I would like the university to, um, to train us, not just send a PDF. Oh, and the human [[Claude|PERSON|name_is_ai_product]] has asked me to say he is not a chatbot. He's been waiting all week for that joke.

AI: Thank you, [[Geneviève|PERSON]]. Could you share a way to contact you for follow-up?

User: Of course. My email is [[genevieve.tremblay-roy@mcgill.ca|EMAIL_ADDRESS|email_with_own_name]], no accents in the email. Or my cell, it's [[514-772-0841|PHONE_NUMBER]]. And I don't know if you need it, but my [[OIIQ|ORGANIZATION]] permit number is [[2154873|NATIONAL_ID|license_number]]. Oh, and I'm [[forty-two|AGE]], you asked that in the form.""")

# 5. Mexico - secondary science teacher, Guadalajara - speech-to-text
T.append("""AI: Thank you for taking part. Could you start by introducing yourself?

User: Yes, hello. My name is [[Lucía Gómez Morales|PERSON]]. The transcription says [[Lucy Gomes|PERSON|asr_mishear]], but it's [[Lucía|PERSON]], with the accent. I am a [[science teacher|JOB_TITLE]], biology and chemistry, at the [[Secundaria Técnica 84|SCHOOL]], it's a public middle school in [[Guadalajara|CITY]], in [[Jalisco|CITY|state]], in the colonia [[Santa Tere|CITY|neighbourhood_nickname]], well, [[Santa Teresita|CITY]], but everybody says [[Santa Tere|CITY|neighbourhood_nickname]]. I have been teaching for, um, sixteen years, since [[two thousand eight|DATE|spoken_year]]. I studied at the [[Escuela Normal Superior de Jalisco|SCHOOL]].

AI: How do you use AI in your teaching?

User: Mostly for planning. With the new curriculum, the Nueva Escuela Mexicana, we have to make community projects, and it is a lot of paperwork. So I ask [[ChatGPT|AI_PRODUCT]] to help me write the planeación, in Spanish. And I use [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] sometimes because it's right there on the phone. For the students I make quizzes in [[Kahoot|SOFTWARE]] and I put homework in [[Google Classroom|SOFTWARE]], but, eh, half of them don't have internet at home, so it's complicated.

AI: Have you ever shared student information with these tools?

User: Ah, yes, I think everybody has. Last year I had a boy in second grade, we call him el [[Güero|PERSON|nickname_is_word]], his real name is [[Brayan Alejandro|PERSON]], he's [[thirteen|AGE]], and he had many problems, his father works in the [[United States|COUNTRY]] and the mother works double shift. I wanted to write a report for [[the support teacher|GENERIC_ROLE]], for special education. So I put everything in [[ChatGPT|AI_PRODUCT]], his name, his grades, the situation at home, his CURP even, because the form asks for the CURP, [[RAMB110427HJCMRRA5|NATIONAL_ID|curp]]. It wrote a very nice report. But, well. At the time, I felt nothing. Later, when the [[principal|JOB_TITLE]], Maestra [[Rocío Ibarra|PERSON]], told us in the Consejo Técnico, that is [[the last Friday of the month|GENERIC_TIME]], that we should not put personal data in these programs, I felt bad. She said it's because of the new data protection law.

AI: What do other teachers at your school think?

User: The younger ones use it for everything. My colleague [[Pepe|PERSON|nickname]], [[José Luis Navarro|PERSON]], he teaches math, he makes all his exams with it. The older ones are afraid, they think it will replace us. [[the parents|GENERIC_ROLE]] also, some are worried, some don't know what it is. And the Secretary of Education, [[Mario Delgado|PUBLIC_FIGURE]], talks about technology in the schools, but the computers in our lab are from two thousand ten, so, you know. My own daughter is in a Montessori kinder, and there they don't use any screens, so I live in two worlds.

AI: Do you think AI is helping or hurting your students?

User: Both. The kids copy, yes, you can see it immediately, they write like a lawyer. But also a girl, [[Ximena|PERSON]], she's very shy, she used it to practice English conversation, and now she speaks in class. For science it's good to explain things like [[Mendel|PUBLIC_FIGURE]] and the peas, the Punnett squares, they ask it twenty times and it never gets tired. What I would change, I would like the tools in Spanish from [[Mexico|COUNTRY]], not from [[Spain|COUNTRY]], and without needing so much internet. And some rule inside the tool, like, if you put a CURP, it tells you, hey, maestra, don't do that.

AI: Thank you, [[Lucía|PERSON]]. How can we contact you if we have more questions?

User: You can write to me, my email is [[lucia.gomez.bio@gmail.com|EMAIL_ADDRESS|email_with_own_name]], or [[WhatsApp|SOFTWARE]], my number is [[treinta y tres, dieciocho, cuarenta y dos, setenta, noventa y uno|OBF_PHONE|spanish_number_words]]. And I am [[thirty-nine|AGE]], if you need it for the study.""")

# 6. Brazil - community health agent, Belo Horizonte - typed
T.append("""AI: Hi, thanks for joining. Can you tell me about yourself and your work?

User: oi! im [[rosângela lima|PERSON]], everyone calls me [[Rô|PERSON|nickname]]. im an [[agente comunitária de saúde|JOB_TITLE]] (community health agent) at the [[UBS Jardim Leblon|ORGANIZATION|place_name_from_other_city]] in [[Venda Nova|CITY]], its in the north of [[BH|CITY|abbreviation]], [[Belo Horizonte|CITY]]. i do home visits in my micro area, like 180 families, and i live in the same area, thats the rule for ACS. doing this since [[2014|DATE]]. im [[47|AGE]]

AI: How does AI show up in your work?

User: so we register everything in the [[e-SUS|SOFTWARE]] tablet, but the tablet is slow and half the time no signal up the hill. so i started using [[chatgpt|AI_PRODUCT]] on my phone to help write the messages for the families, like reminders about the dengue, the vaccines, the preventive exam, in a simple way. and [[the nurse|GENERIC_ROLE]] from my team asked me to make a little card about hypertension with [[gemini|AI_PRODUCT]], it came out nice, we printed it for the whole UBS. the hard part is the people who cant read well, so now i ask it to make audio too and i send the audio. the old ladies love it, they say the phone is talking to them like a neighbour

AI: Do you ever put patient information into it?

User: sometimes yes, i know i shouldnt. like dona [[Cida|PERSON|nickname]], she is [[76|AGE]], diabetic, lives alone on [[Rua Padre Pedro Pinto, 1450|ADDRESS|street_named_after_person]], her son is in [[Portugal|COUNTRY]]. i wrote everything to [[chatgpt|AI_PRODUCT]] to make a letter for the son explaining her insulin. i put her cartão sus number even because i was copying from the ficha, [[703 4082 1934 5517|NATIONAL_ID|health_card_number]]. and her birthday [[03/07/1948|DATE]]. later i thought wow that was a lot of information lol

AI: Did anyone talk to you about that?

User: the [[gerente|JOB_TITLE]] of the UBS, [[Fabiana|PERSON]], does a meeting [[every month|GENERIC_TIME]] and one time she talked about the LGPD (data law), she said no personal data in [[whatsapp|SOFTWARE]] groups or ai. but honestly the whole health system here runs on [[whatsapp|SOFTWARE]]. our [[médico de família|JOB_TITLE]], dr [[Henrique Saldanha|PERSON]], sends lab results to patients on [[whatsapp|SOFTWARE]] himself lol. so its confusing what is allowed and what is not

AI: What do you think about AI for community health work in general?

User: i think it helps, specially for the ACS with less study. i only finished ensino médio. [[Paulo Freire|PUBLIC_FIGURE]] said education is not transferring knowledge, and the doctor on tv, [[Drauzio Varella|PUBLIC_FIGURE]], he talks like that, simple. so i ask [[chatgpt|AI_PRODUCT]] "explain like [[drauzio|PUBLIC_FIGURE|lowercase_name]]" and it works haha. during [[carnaval|GENERIC_TIME]] we do the campaign about condoms and i made all the messages like that. in [[Brazil|COUNTRY]] the ACS are like 300 thousand people, if everybody uses it without training its a problem, but with training it could be very good. the families trust us more than the doctors sometimes, because we are from the street

AI: Thanks [[Rô|PERSON|nickname]]. How can we contact you for follow up?

User: my email is [[rosangela ponto lima arroba gmail ponto com|OBF_EMAIL|portuguese_words]] (i write like this so the robots dont take it lol) and [[whatsapp|SOFTWARE]] [[(31) 9 8847-2216|PHONE_NUMBER]]. my cpf if you need for the payment [[048.371.926-55|NATIONAL_ID|cpf]]""")

# 7. Argentina - senior tutor in pharmacology, Buenos Aires - speech-to-text
T.append("""AI: Thanks for joining. Could you introduce yourself?

User: Yes, sure. I'm [[Tomás Ferreyra|PERSON]], I think it wrote [[Thomas Ferreira|PERSON|asr_mishear]], it's [[Ferreyra|PERSON]] with Y. I'm a [[jefe de trabajos prácticos|JOB_TITLE]], it's like a, a senior tutor, in pharmacology at the [[Facultad de Farmacia y Bioquímica|SCHOOL]] of the [[UBA|SCHOOL|school_abbreviation]], the [[Universidad de Buenos Aires|SCHOOL]]. I live in [[Caballito|CITY|name_is_word]], the faculty is in [[Recoleta|CITY]], so I take the subte every day. I'm [[thirty-six|AGE]]. I graduated as a pharmacist in, eh, [[twenty twelve|DATE|spoken_year]].

AI: How does AI come into your tutoring?

User: Well, students, obviously. In the practical sessions, the comisiones, they ask [[ChatGPT|AI_PRODUCT]], and now [[DeepSeek|AI_PRODUCT]] because it's free and doesn't have the limit. And I use it also, I'm not a hypocrite. I use it to make multiple choice questions for the parcial from the chapters of, eh, [[Goodman|PUBLIC_FIGURE|textbook_author]] and [[Gilman|PUBLIC_FIGURE|textbook_author]], the big book. Then I check everything, because it makes mistakes with interactions. We put the material on the [[Campus Virtual|SOFTWARE]], it's a [[Moodle|SOFTWARE]].

AI: Have you had any issues with student data?

User: Yes, one. The end of the cuatrimestre, I had a spreadsheet with the grades, in [[Google Sheets|SOFTWARE]], with names, DNI, libreta number, the marks. And I wanted a quick analysis, who's at risk, so I pasted the whole thing into [[ChatGPT|AI_PRODUCT]]. Like eighty students. For example [[Martina Sosa|PERSON]], libreta [[904417|NATIONAL_ID|student_number]], I remember her because she was the first on the list, but it was all there. Nothing happened, that's the thing. Nobody knew. But then the [[profesora titular|JOB_TITLE]], the head of the chair, Doctora [[Silvina Kessler|PERSON]], she's very careful, she made a protocol: anonymize with a code before anything. And [[Silvina|PERSON]] is right. Now we use numbers. It's more work but it's correct. Also in [[Argentina|COUNTRY]] we have a data law from two thousand, the twenty-five three twenty-six, very old, before all this.

AI: How do you feel about AI in pharmacy education in general?

User: Ambivalent. With the budget cuts from [[Milei|PUBLIC_FIGURE]], we don't have enough tutors, so honestly a student who asks [[ChatGPT|AI_PRODUCT]] at two in the morning is better than nobody. But [[Bernardo Houssay|PUBLIC_FIGURE]] did not get the Nobel by asking a chatbot, eh? I say that to the students, and they laugh. And the university hospital, the [[Hospital de Clínicas|ORGANIZATION]], they did a pilot with some AI in the pharmacy service, I'm not sure how it went. [[my students|GENERIC_ROLE]] think it's the future, the older professors think it's the apocalypse. I am in the middle.

AI: Do you use it in your other work too?

User: I work [[on Saturdays|GENERIC_TIME]] at a [[Farmacity|ORGANIZATION]] in [[Almagro|CITY]], and there, no, there everything is the validation with the obra social, the prescriptions, there's no time. Maybe for the customers, they come with questions from [[ChatGPT|AI_PRODUCT]], sorry, from [[Gemini|AI_PRODUCT]] on the phone, "the AI says I can take ibuprofen with this", and I have to explain. That happens every weekend now.

AI: Thank you, [[Tomás|PERSON]]. How could we contact you for a follow-up?

User: My email at the faculty is [[tferreyra@ffyb.uba.ar|EMAIL_ADDRESS]]. For the payment, I think you need my DNI, it's [[thirty-two million, one hundred eighty-four thousand, nine hundred and seven|NATIONAL_ID|number_words]]. And my matrícula as a pharmacist, the national one, [[MN 17.482|NATIONAL_ID|license_number]]. That's all, I think.""")

# 8. Chile - midwife, Valparaíso - typed
T.append("""AI: Hi, thanks for being part of this. Can you tell me about your work?

User: hola! im [[Catalina Soto Pizarro|PERSON]], [[matrona|JOB_TITLE]] (midwife) at the [[Hospital Carlos Van Buren|ORGANIZATION|org_named_after_person]] in [[Valparaíso|CITY]], in the maternity, preparto and parto. everyone says [[Cata|PERSON|nickname]]. i studied at the [[U de Valpo|SCHOOL|school_nickname]], the [[Universidad de Valparaíso|SCHOOL]], graduated [[2015|DATE]]. i live up in [[Cerro Alegre|CITY]] with my partner and 2 cats lol

AI: How do you use AI in your work?

User: mostly for education material. a lot of the women we receive are very young or migrants from [[Venezuela|COUNTRY]] and [[Haiti|COUNTRY]], so i make explanations with [[chatgpt|AI_PRODUCT]] about breastfeeding, signs of alarm after the birth, contraception etc. and i translate to creole with it, but honestly i dont know if the creole is correct lol. the clinical stuff we register in [[Rayen|SOFTWARE|name_looks_like_person]], no ai there, the system is very old. sometimes i also use it to prepare the talks for the prenatal workshop, we do it [[every thursday|GENERIC_TIME]] with the pregnant women and their partners, and it helps me to organise the ideas and make it less boring. before ai i used a [[powerpoint|SOFTWARE]] from like ten years ago that someone left on the computer haha

AI: Has patient information ever gone into those tools?

User: yes once that i remember well. a girl, [[Javiera|PERSON]], [[16|AGE]] years old, primigesta, due date was [[22 de octubre|DATE]], and she had preeclampsia signs. her mom didnt understand anything the doctors said so i asked [[perplexity|AI_PRODUCT]] to explain preeclampsia for a mom with little schooling, and i wrote "my patient [[javiera|PERSON|lowercase_name]] [[16|AGE]] años" in the prompt. the baby was fine in the end, Apgar 9-10, and the mom thanked me a lot. but i should not have put her name, i know

AI: Does the hospital have rules about it?

User: not really written. our [[matrona supervisora|JOB_TITLE]], [[Pamela Urrutia|PERSON]], told us in a meeting not to put names or ruts. but the [[Van Buren|ORGANIZATION|org_named_after_person]] is very old, the computers are from the dinosaurs, so most of us use the phone, which is worse for privacy i think, because its our personal account and our photos and everything mixed. [[Michelle Bachelet|PUBLIC_FIGURE]] was a pediatrician you know, i always think she would understand the public hospitals better than the politicians now

AI: How do your colleagues feel about it?

User: divided. the older matronas say the machine doesnt know how to touch a belly lol. [[the becados|GENERIC_ROLE]] (residents) use it for everything. in [[the turno de noche|GENERIC_TIME]] the [[obstetrician on call|JOB_TITLE]], dr [[Felipe Araya|PERSON]], asked it about a dose of magnesium sulfate and i almost died. but it was correct lol. i worked the whole [[dieciocho|GENERIC_TIME|holiday_number_word]] last year and there were lots of babies, nobody had time for ai then. i want a course for matronas about ai, the [[Colegio de Matronas|ORGANIZATION]] should do it, something practical, not just a pdf with rules. like how to use it to explain things to a fourteen year old who is scared, or to a haitian mom who doesnt speak spanish

AI: Thank you, [[Cata|PERSON|nickname]]. How can we contact you?

User: my rut is [[16.482.337-K|NATIONAL_ID|rut]] if you need it for the gift card, email [[csoto@hospitalvanburen.cl|EMAIL_ADDRESS]], whatsapp [[+56 9 ８７４２ ３３１０|OBF_PHONE|full_width_digits]]. and superintendencia registration is [[284173|NATIONAL_ID|registration_number]]""")

# 9. Nigeria - nursing officer, LUTH Lagos - speech-to-text
T.append("""AI: Good afternoon, and thanks for joining. Could you tell me a bit about yourself?

User: Good afternoon. My name is [[Blessing Adeyemi|PERSON|name_is_word]], at work they call me [[Blessy|PERSON|nickname]]. I'm a [[Nursing Officer One|JOB_TITLE]] at [[LUTH|ORGANIZATION|org_abbreviation]], that is [[Lagos University Teaching Hospital|ORGANIZATION]], in [[Idi-Araba|CITY]]. I work on the male medical ward. I trained at the [[School of Nursing, UCH Ibadan|SCHOOL]], I qualified in [[twenty sixteen|DATE|spoken_year]]. I'm [[thirty-two|AGE]] years.

AI: How does AI come into your work?

User: Ah, it has entered. Mostly [[ChatGPT|AI_PRODUCT]] on my phone. We don't have AI in the hospital system, most of our documentation is still paper, some is on [[Excel|SOFTWARE]] sheets for the census. So I use [[ChatGPT|AI_PRODUCT]] for my care plans, for the nursing process, the diagnoses and the interventions, because the student nurses come to me with questions and I don't always have the textbook with me. And for reading, because I'm preparing for my exams, I want to japa to the [[UK|COUNTRY]] or [[Canada|COUNTRY]], like everybody.

AI: Have you ever put patient details into it?

User: I will be honest. Yes. There was a patient, Mr. [[Adekunle|PERSON]], [[sixty-eight|AGE]] years, with diabetic foot, and the consultant wanted a health talk for the relatives. So I typed his name, his age, his sugar levels, and even his hospital number, [[LUTH/24/08817|NATIONAL_ID|hospital_number]], because I copied it from the folder heading. No one knew. But when our [[Chief Nursing Officer|JOB_TITLE]], Mrs. [[Folasade Ogunleye|PERSON]], eh, the transcript wrote [[Ogun lay|PERSON|asr_mishear]], like [[Ogun State|CITY]], no, [[Ogunleye|PERSON]], she held a meeting about data protection, because of the new Data Protection Act. And I was quiet in my corner. I didn't confess, I'm confessing to you now, ehn. After that I changed, now I just write the condition and age group, no name, no number. It's not hard, it's just habit, and when you are tired after a long shift you forget.

AI: How do your colleagues use AI?

User: [[The house officers|GENERIC_ROLE]] use it a lot, even for drug doses, and [[the matron|GENERIC_ROLE]] on [[night duty|GENERIC_TIME]] is always shouting, check the BNF, don't check [[ChatGPT|AI_PRODUCT]]! My friend [[Chiamaka|PERSON]], she is now in [[Manchester|CITY]], she says there they use [[Epic|SOFTWARE]] with AI inside, and she doesn't even have to write the handover again. Here, we write in three places, the folder, the register, and the report book, and if one is missing, [[matron|GENERIC_ROLE]] will find you. The traffic in [[Lagos|CITY]] alone takes my energy before I reach the ward.

AI: What do you think leaders should do?

User: Training. And internet. During [[harmattan|GENERIC_TIME]] even the network is bad. The minister, [[Muhammad Ali Pate|PUBLIC_FIGURE|name_contains_public_figure]], talks about digital health, but let him come and see. Also across [[Africa|CONTINENT]] we are losing nurses. My whole set from school, maybe half have left [[Nigeria|COUNTRY]] already. If AI can reduce the paperwork, maybe some of us will stay, who knows.

AI: Thank you, [[Blessing|PERSON|name_is_word]]. How can we reach you afterwards?

User: My number is [[0803 417 2290|PHONE_NUMBER]], it's also on [[WhatsApp|SOFTWARE]]. Email, [[blessyade at yahoo dot com|OBF_EMAIL|spoken_at_dot]]. My licence with the council is [[RN 148273|NATIONAL_ID|license_number]]. I stay in [[Surulere|CITY]], not far from the hospital.""")

# 10. Kenya - primary teacher, Nakuru - typed
T.append("""AI: Hello, thank you for joining. Can you tell me about yourself and your work?

User: Hello. Im [[Joyce Wanjiru Kamau|PERSON]], a [[primary school teacher|JOB_TITLE]], grade 5 class teacher at [[Kiamunyi Comprehensive School|SCHOOL]] in [[Nakuru|CITY]]. The pupils call me Tr [[Joyce|PERSON]]. Ive been teaching since [[2009|DATE]], trained at [[Kericho Teachers Training College|SCHOOL]]. I am [[41|AGE]] and i live in [[Kiamunyi|CITY]] itself so i walk to school.

AI: How do you use AI in your teaching?

User: Mostly for CBC work. The competency based curriculum has alot of assessment rubrics and reports, so i use [[ChatGPT|AI_PRODUCT]] to help me write the learners progress comments. Also for lesson notes and making questions. We also have [[Zeraki|SOFTWARE]] for analytics, the school paid for it [[second term|GENERIC_TIME]]. I did a free course on [[Coursera|SOFTWARE]] during the long holiday about AI for teachers. It showed me how to give the AI a role, like you are a grade 5 teacher in [[Kenya|COUNTRY]], and the answers became much better. Before that i was just typing one line and getting something from [[America|COUNTRY|ambiguous_continent]] that doesnt fit our syllabus at all.

AI: Do you include pupils' details when you do that?

User: At first yes. I would paste the whole list from [[NEMIS|SOFTWARE]] with names and UPI numbers and the marks, and say write comments for each. Like "[[Baraka Otieno|PERSON|name_is_word]] UPI [[B4K7Q2|NATIONAL_ID|student_number]] scored 12 in maths" etc. Also [[Faith|PERSON|name_is_word]] who has a hearing problem, [[10|AGE]] years, i wrote about her condition to get ideas for the classroom. Then our [[deputy head|JOB_TITLE]] madam [[Wambu|PERSON|typo]] sorry [[Wambui|PERSON|echo_after_typo]] told us this is not allowed.

AI: What did she say exactly?

User: She said we should not share learners information with any app because of the Data Protection Act of 2019, and if [[the parents|GENERIC_ROLE]] find out they can complain to the ODPC and the school is fined. The [[headteacher|JOB_TITLE]] Mr [[Kiprono|PERSON]] agreed and now its in the staff meeting minutes. So now i use numbers like learner 1, learner 2. It takes longer but its ok, and honestly the comments are the same quality. I then copy them back into the report forms by hand and add the names myself at the end. [[our CSO|GENERIC_ROLE]] also came and talked about it [[on Friday|GENERIC_TIME]].

AI: What do you think about AI for Kenyan teachers more broadly?

User: Its good but the challenge is data bundles and electricity. In our school we have one laptop in the office. The CS [[Julius Ogamba|PUBLIC_FIGURE]] says every school will go digital, but its not yet. Most teachers use phone. Many teachers fear it will replace them, i tell them no, it cannot control a class of 58. My sister teaches in [[Uganda|COUNTRY]] and they have the same problems, i think all over [[Africa|CONTINENT]] its the same. We share prompts in a [[WhatsApp|SOFTWARE]] group for CBC teachers.

AI: Thank you, [[Joyce|PERSON]]. How can we contact you?

User: You can call or whatsapp [[0722 481 906|PHONE_NUMBER]]. Email [[joycewanjiru.tr@gmail.com|EMAIL_ADDRESS]]. I also have a [[youtube|SOFTWARE]] channel for CBC lessons [[youtube.com/@TrJoyceKe|URL]] please subscribe lol. My [[TSC|ORGANIZATION|employer_abbreviation]] number is [[487291|NATIONAL_ID|tsc_number]] if you need to confirm I am a teacher.""")

# 11. South Africa - pharmacist's assistant, Durban - typed
T.append("""AI: Hi, thanks for joining. Tell me a bit about yourself and your job?

User: Hi :) Im [[Nokuthula Dlamini|PERSON]] but everyone says [[Thuli|PERSON|nickname]]. Im a [[post-basic pharmacist's assistant|JOB_TITLE]] at [[Clicks|ORGANIZATION|name_is_word]] in [[Musgrave|CITY]], [[Durban|CITY]]. Been there since [[2019|DATE]], before that i did my learnership at a pharmacy in [[Pinetown|CITY]]. I'm [[29|AGE]] and i live in [[Umbilo|CITY]], close to work, which is a blessing with the taxis lol

AI: How does AI come into your work?

User: Ok so in the dispensary we use [[Unisolv|SOFTWARE]], no AI in there lol. But i use [[ChatGPT|AI_PRODUCT]] on my phone a lot for patient counselling, like how to explain things in isiZulu, and for studying because i want to do my pharmacy degree one day. And [[Copilot|AI_PRODUCT]] is on the work computer now but nobody knows what to do with it haha. For interactions we must use [[MIMS|SOFTWARE]] tho, [[the pharmacist|GENERIC_ROLE]] is strict about that, AI is not a reference.

AI: Have you ever put patient information into [[ChatGPT|AI_PRODUCT]]?

User: Hmm yes, once or twice. There was an old lady, Mrs [[Naidoo|PERSON]] from [[Chatsworth|CITY|name_is_word]], [[81|AGE]], on like 11 different chronic meds, and her script had warfarin and a new antibiotic from her GP. I took a pic of the script to ask [[ChatGPT|AI_PRODUCT]] about the interaction, and the pic had everything, her name, her ID number [[4307120154083|NATIONAL_ID|sa_id_number]], her medical aid number, her address, the doctors practice number. I only thought about it afterwards. She also had a Stevens-Johnson reaction years ago so we have to be super careful with her, and i wanted to double check everything, thats why. Good intentions but ja.

AI: What happened after you realised?

User: I told my [[responsible pharmacist|JOB_TITLE]], Mr [[Devan Pillay|PERSON]]. He was calm but he said POPIA is no joke and the whole branch can get in trouble, and the [[SAPC|ORGANIZATION]] (pharmacy council) can come for him because hes responsible for everything that happens in the dispensary. So now the rule is if you want to ask AI something you type it yourself, no pictures, no names. [[Devan|PERSON]] also said the council might make proper rules soon, they are looking at it.

AI: How do customers react to AI?

User: lol some of them come in with [[ChatGPT|AI_PRODUCT]] answers on their phone like "the AI says i need antibiotics for my flu". Especially at [[month end|GENERIC_TIME]] when its busy and the queue is out the door. The grannies on [[pension day|GENERIC_TIME]] dont care about AI, they just want their chronic meds and a chat. [[the front shop manager|GENERIC_ROLE]] wants us to use it for stock reports but thats not my department. Someone even asked me if the minister [[Aaron Motsoaledi|PUBLIC_FIGURE]] is going to replace pharmacists with robots under NHI hahaha. I have colleagues from [[Zimbabwe|COUNTRY]] and they use it for translating to Shona too, so its useful for languages. A proper tool inside the system would help, and training in our own languages. Also everything happens on [[WhatsApp|SOFTWARE]] here, even doctors send scripts on [[WhatsApp|SOFTWARE]] sometimes, so privacy is already a mess tbh

AI: Thank you, [[Thuli|PERSON|nickname]]. How can we reach you for follow-up?

User: My cell is [[0 eight 2 - 441 - 7 zero 9 3|OBF_PHONE|mixed_words_digits]] (sorry i dont like bots seeing my number lol). email [[thuli.dlamini29@gmail.com|EMAIL_ADDRESS]]. my [[SAPC|ORGANIZATION]] reg number is [[PA 0291837|NATIONAL_ID|registration_number]] if you need it""")

# 12. Ghana - community health nurse, Kumasi - speech-to-text
T.append("""AI: Good morning, and thank you for joining. Please tell me about yourself and your work.

User: Good morning. I am [[Abena Serwaa Owusu|PERSON]]. Hmm, I see it has written [[a banner|PERSON|asr_mishear]], no, it's [[Abena|PERSON]], [[A-B-E-N-A|PERSON|spelled_out]]. I am a [[community health nurse|JOB_TITLE]] at [[Atonsu CHPS|ORGANIZATION]], that is a CHPS compound, under the [[Asokwa Municipal Health Directorate|ORGANIZATION]] in [[Kumasi|CITY]]. At the facility they call me Nurse [[Serwaa|PERSON]]. I trained at the [[Community Health Nurses' Training School, Kokofu|SCHOOL]], I finished in [[twenty eighteen|DATE|spoken_year]]. I am [[twenty-nine|AGE]].

AI: How do you use AI in your work?

User: Hmm, we don't have it officially. The reports go into [[DHIMS2|SOFTWARE]], and the big hospitals have the [[Lightwave|SOFTWARE|name_is_word]] system, but at CHPS level it is mostly paper and the registers. Me, I use [[ChatGPT|AI_PRODUCT]] on my phone for health talks, like at the child welfare clinic, I ask it to give me points on family planning or on malaria, and I translate to Twi myself. My colleague uses [[Gemini|AI_PRODUCT]] because it came with her phone. It helps, because sometimes you are tired and you don't know how to start the talk.

AI: Have you put any client information into [[ChatGPT|AI_PRODUCT]]?

User: One time, yes. A baby, [[Kwame|PERSON]], like [[Nkrumah|PUBLIC_FIGURE]], we have plenty of them here, he was born on the [[fourteenth of June|DATE]], and he missed his measles vaccine. The mother, [[Akosua|PERSON]], she was worried about side effects because of things she saw on [[TikTok|SOFTWARE]]. So I typed everything, the baby's name, the date of birth, the house, even the GhanaPost address, [[AK-039-5512|ADDRESS|digital_address]], because I was writing a note for the home visit and I thought let it arrange it for me. It arranged it fine, but the information was all inside.

AI: What happened after that?

User: Nothing happened, but later our [[District Director of Health Services|JOB_TITLE]], Dr. [[Kofi Asante-Mensah|PERSON]], came for supportive supervision, and he talked about confidentiality, and he said even the [[WhatsApp|SOFTWARE]] group for the nurses, we should not post the names of clients. So I stopped. Now I write "the baby" and the age, that is all. [[The midwives|GENERIC_ROLE]] also, they were posting pictures of the registers, now they don't.

AI: What do your colleagues think about AI?

User: The young ones like it. The older ones, hmm, they say book, book, book. [[the physician assistant|GENERIC_ROLE]] at the health centre uses it for drug doses and I don't like that. And [[on market days|GENERIC_TIME]] when the clinic is full, nobody has time for it anyway. During the [[rainy season|GENERIC_TIME]] malaria cases go up, so I used it to make a small chart for the volunteers, with pictures. What would help us is data, internet, and tablets. They promised tablets for all CHPS. Across [[Africa|CONTINENT]] it is the same story, my friend in [[Togo|COUNTRY]] says the same thing. But in [[Ghana|COUNTRY]] I think we can do it if they train us.

AI: Thank you, [[Abena|PERSON]]. How can we contact you later?

User: My number is [[024 491 3382|PHONE_NUMBER]], it is on [[WhatsApp|SOFTWARE]] also. Email, [[abenaserwaa.owusu@gmail.com|EMAIL_ADDRESS]]. My national ID card number is [[GHA-718204936-3|NATIONAL_ID|ghana_card]] if it is needed for the payment. And my PIN, [[CHN-1804-0934|NATIONAL_ID|license_number]].""")

# 13. Egypt - school secretary, Alexandria - typed
T.append("""AI: Hello, thank you for taking part. Could you tell me about yourself and your role?

User: Hello, I am [[Mariam Adel Fawzy|PERSON]] ([[مريم عادل|PERSON|arabic_script]]), my friends call me [[Mimi|PERSON|nickname]]. I work as [[school secretary|JOB_TITLE]] in the student affairs office at [[Al-Safwa Language School|SCHOOL]] in [[Smouha|CITY]], [[Alexandria|CITY]]. I am [[34|AGE]] and I am working there from [[2016|DATE]]. Before I studied commerce in [[Alexandria University|SCHOOL]]. My job is everything lol. Registration of new students, transfer papers, certificates, attendance, and communication with [[the parents|GENERIC_ROLE]]. We have the ministry system for the student data and we use [[Excel|SOFTWARE]] for everything else. And in [[September|GENERIC_TIME]] it is a crazy time, all the new registrations together.

AI: How do you use AI in that work?

User: I use [[ChatGPT|AI_PRODUCT]] for writing the letters in English, because the school is language school and the [[principal|JOB_TITLE]] wants everything formal and perfect. Also to translate circulars from Arabic. And now [[Copilot|AI_PRODUCT]] in [[Microsoft Edge|SOFTWARE]]. Sometimes I ask it to make formula in [[Excel|SOFTWARE]], like VLOOKUP, very useful, before I was doing it by hand for hours. When the ministry sends a new form, I ask it to explain the English part, because the forms are in Arabic and English together and sometimes the English is strange. The teachers use [[Google Classroom|SOFTWARE]], before it was [[Edmodo|SOFTWARE]].

AI: Have you ever shared student information with it?

User: Yes I think so. For example one time I needed a letter for the embassy for a student going to [[Canada|COUNTRY]] with his family. Student [[Mohamed Youssef Hamdy|PERSON]], grade 6, age [[12|AGE]], date of birth [[14/5/2012|DATE]], national ID [[31205140201837|NATIONAL_ID|egyptian_national_id]], I gave all this to [[ChatGPT|AI_PRODUCT]] to write the letter. I did not think it is a problem because it is only a letter and the embassy will see it anyway. Also I copy the absence list sometimes to make the warning letters for the families, with the names of the students and the phone of the father.

AI: Has anyone at the school talked about this?

User: Mr. [[Hesham|PERSON]], the [[principal|JOB_TITLE]], no. He uses it himself lol. But Miss [[Nevine|PERSON]], the [[KG coordinator|JOB_TITLE]], she took a course online and she told me be careful with the ID numbers, because the national ID has the birthday and the governorate inside it. I did not know this! The minister [[Mohamed Abdel Latif|PUBLIC_FIGURE]] is talking a lot about technology and the new system for the secondary, but nothing about this privacy for us in the schools.

AI: How do [[the parents|GENERIC_ROLE]] feel about AI?

User: [[the parents|GENERIC_ROLE]] in the [[WhatsApp|SOFTWARE]] groups, they send voice notes at midnight lol. Some of them ask me to use AI to write complaints for them haha, complaints to my own school. Some of them are worried the children use it for homework. [[In Ramadan|GENERIC_TIME]] the working hours are short, so the AI helps me finish quick. Many families are travelling to [[Saudi Arabia|COUNTRY]] for work, so I make a lot of transfer letters, and AI is good for this.

AI: Thank you, [[Mariam|PERSON]]. How can we contact you for follow up?

User: You can call me on [[٠١٢٢ ٤٨٣ ٩١٥٧|OBF_PHONE|arabic_indic_digits]] ([[WhatsApp|SOFTWARE]] also). Email [[mariam.adel@alsafwa-alex.edu.eg|EMAIL_ADDRESS|email_with_own_name]]. Or my personal one [[mimi.fawzy88@hotmail.com|EMAIL_ADDRESS]].""")

# 14. India - headmistress, Pune - speech-to-text
T.append("""AI: Thank you for joining us. Could you introduce yourself?

User: Yes, namaskar. I am [[Sunita Deshpande|PERSON]], I am the [[headmistress|JOB_TITLE]] of [[Saraswati Vidya Mandir|SCHOOL|name_is_deity]], it is a Marathi-medium school with semi-English in [[Kothrud|CITY]], in [[Pune|CITY]]. I see it has typed [[cot rude|CITY|asr_mishear]], it is [[Kothrud|CITY]], [[K-O-T-H-R-U-D|CITY|spelled_out]]. Teachers call me [[Deshpande|PERSON]] ma'am. I did my B.Ed from [[Tilak College of Education|SCHOOL|school_named_after_public_figure]] in [[nineteen ninety-four|DATE|spoken_year]], and M.A. from [[Savitribai Phule Pune University|SCHOOL]]. I am [[fifty-two|AGE]] now, thirty years in teaching.

AI: How does AI come into your work as a head teacher?

User: It came through the teachers, actually. During COVID we all learnt [[Google Meet|SOFTWARE]] and [[WhatsApp|SOFTWARE]], and now the young teachers use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] for lesson plans. I use it for my circulars and speeches, for [[Republic Day|GENERIC_TIME]], for the annual gathering. The government also has the [[DIKSHA|SOFTWARE]] app with content. And [[the education officer|GENERIC_ROLE]] from the block office asks for so many reports, AI helps to write those, I will not lie.

AI: Have there been any concerns with student data?

User: Yes, one incident I must tell you. Our [[senior clerk|JOB_TITLE]], [[Prakash Jadhav|PERSON]], he was doing the scholarship forms, and he pasted the full list into [[ChatGPT|AI_PRODUCT]] to format it. Names, caste category, Aadhaar numbers, bank accounts. One girl, [[Pooja Shinde|PERSON]], [[thirteen|AGE]] years, her Aadhaar, [[4821 7730 9154|NATIONAL_ID|looks_like_phone]], I remember because I checked her form myself, it was all there. And her [[Saral|SOFTWARE|name_is_word]] ID also, [[27150509112|NATIONAL_ID|student_id]]. When I came to know, I was very angry. I called a staff meeting that same [[Saturday|GENERIC_TIME]]. I told them, these are children, we are responsible for them. [[Prakash|PERSON]] is a good man, he did not know. Now we have a rule, nothing with name or number goes in. I also informed [[the trustees|GENERIC_ROLE]]. The [[chairman|JOB_TITLE]] of our trust, [[Vasant Kulkarni|PERSON]] ji, said we will make a written policy.

AI: How do you see AI in Indian schools more broadly?

User: It is coming fast. The minister [[Dharmendra Pradhan|PUBLIC_FIGURE]] talks about AI in the new education policy. But in our school the hall has one projector. And I always remember what [[Savitribai Phule|PUBLIC_FIGURE]] did, educating girls in [[Pune|CITY]] when nobody did, with nothing, so technology is not the main thing, teacher is the main thing. My son is in [[America|COUNTRY|ambiguous_continent]], he works on AI only, he laughs at me when I ask him simple questions.

AI: What would you want from these tools?

User: Marathi. Proper Marathi, not the funny translation. When I ask it to write a notice for parents in Marathi, the grammar is like a foreigner speaking, the teachers laugh. So I write in English and then my Marathi teacher corrects it, which is double work. And some warning, like, madam, this looks like an Aadhaar number, are you sure? That would have saved us. Also the parents, they should know what we do with their children's information, they trust the school fully.

AI: Thank you, Mrs. [[Deshpande|PERSON]]. How can we contact you for follow-up?

User: You can call my mobile, [[nine eight two two zero, four triple five one|OBF_PHONE|spoken_number_words]]. Or email, [[sunita dot deshpande seventy-two at rediffmail dot com|OBF_EMAIL|spoken_at_dot]]. The school email is [[vidyamandir.kothrud@gmail.com|EMAIL_ADDRESS]], but the clerk checks that one.""")

# 15. Philippines - staff nurse, Cebu City - typed, Taglish/Bisaya
T.append("""AI: Hi, thanks for joining. Could you introduce yourself and your work?

User: hello po! im [[Kristine Joy Dela Cruz|PERSON]], [[KJ|PERSON|nickname]] for short. [[staff nurse|JOB_TITLE]] at [[Vicente Sotto Memorial Medical Center|ORGANIZATION|org_named_after_person]] ([[VSMMC|ORGANIZATION|org_abbreviation]]) here in [[Cebu City|CITY]], assigned at the medicine ward. [[29|AGE]] na ko lol. batch [[2016|DATE]] from [[CIT-U|SCHOOL|school_abbreviation]], passed the board [[November 2016|DATE]]. from [[Mandaue|CITY]] originally, now renting near the hospital para dili ma-late (so im not late)

AI: How do you use AI at work?

User: ay daghan (a lot). mostly [[ChatGPT|AI_PRODUCT]] for nursing care plans and NANDA diagnoses, and for health teaching for patients and family, i ask it to translate to Bisaya. sometimes [[Gemini|AI_PRODUCT]] kay free sa phone. our charting is still paper pero may [[iHOMIS|SOFTWARE]] for admissions and billing. i also use [[Canva|SOFTWARE]] with the AI thing to make infographics for the ward, like hand hygiene, fall precautions. and for the in-service training [[every month|GENERIC_TIME]], the nurse educator asks us to report on a topic, so i let AI make the outline then i read the real references. sometimes it gives references that dont exist, so i learned to check

AI: Has patient information ever gone into it?

User: honestly yes. during [[graveyard shift|GENERIC_TIME]] one time, Mang [[Ramon|PERSON]], [[67|AGE]], CVA patient, the family was asking about his prognosis and i wanted to explain well in Bisaya. so i put his name, his hospital number [[2024-118407|NATIONAL_ID|hospital_number]], and his CT result in [[ChatGPT|AI_PRODUCT]]. i know, i know. he was from [[Lapu-Lapu|CITY|city_named_after_hero]] and the family could not come every day so i wanted to give them a written explanation they can read at home

AI: Did anyone at the hospital talk to you about that?

User: our [[chief nurse|JOB_TITLE]] ma'am [[Gemma Villarin|PERSON|name_like_ai_product]] had an orientation about the Data Privacy Act and she said bawal (not allowed) to put patient info in any app, because another government hospital had a big problem with a leak last time, even [[Messenger|SOFTWARE]] group chats. ma'am [[Gemma|PERSON|name_like_ai_product]] is strict but kind. and our [[head nurse|JOB_TITLE]] sir [[Jun-jun|PERSON|nickname]] always reminds us during endorsement. so now i just write "[[67|AGE]] y/o male" — no wait not even the exact age, "elderly male", ok na

AI: How do your co-nurses use AI?

User: lots of us are reviewing for NCLEX to go abroad, [[UK|COUNTRY]], [[Australia|COUNTRY]]. so we use [[ChatGPT|AI_PRODUCT]] as a reviewer, it makes questions for us. my best friend [[Hazel Mae|PERSON]] already left for [[Riyadh|CITY]] last year. the older nurses follow Doc [[Willie Ong|PUBLIC_FIGURE]] on [[facebook|SOFTWARE]] lol. and the DOH secretary [[Ted Herbosa|PUBLIC_FIGURE]] said AI will help the hospitals, pero we need more nurses first, not more apps. AI cannot turn a patient every two hours or hold the hand of the watcher when the patient dies. but for the paperwork, sige, i welcome it, we have so much paperwork, the endorsement sheets, the incident reports, the census. [[every Holy Week|GENERIC_TIME]] puno ang ER (the ER is full) and we are like 1 nurse to 30 patients

AI: Thank you, [[KJ|PERSON|nickname]]. How can we contact you for follow up?

User: fb is [[facebook.com/kjdelacruz.rn|URL]] or email [[kj.delacruz\u200b@yahoo.com|OBF_EMAIL|zero_width_space]] hehe. cp # [[0917 522 4810|PHONE_NUMBER]]. [[PRC|ORGANIZATION|regulator_abbreviation]] license no. [[0587213|NATIONAL_ID|prc_license]] if needed po""")

# 16. Japan - associate professor of English education, Osaka - speech-to-text
T.append("""AI: Thank you for joining. Could you introduce yourself, please?

User: Yes, thank you. My name is [[Haruka Morimoto|PERSON]]. Ah, I see the transcript has [[Mori Moto|PERSON|asr_mishear]], it is one word, [[Morimoto|PERSON]]. I am an [[associate professor|JOB_TITLE]] of English education at [[Osaka Metropolitan University|SCHOOL]], we say [[OMU|SCHOOL|school_abbreviation]]. Students call me [[Morimoto|PERSON]]-sensei, or some of them, [[Haru|PERSON|nickname]]-sensei, which is a little too friendly, but OK. I got this position in [[Reiwa 2|DATE|japanese_era_year]], so [[twenty twenty|DATE|spoken_year]], and before that I was a part-time lecturer in [[Kobe|CITY]] for some years.

AI: How does AI fit into your teaching?

User: Well, it is a big topic in our faculty now. Many students use [[ChatGPT|AI_PRODUCT]] and [[DeepL|AI_PRODUCT]] for their English essays, so I changed my assessment. Now they write in class, by hand sometimes, which they hate. I myself use [[ChatGPT|AI_PRODUCT]] to make reading materials at different levels, and for, um, feedback comments, which saves a lot of time with ninety students. We use [[Moodle|SOFTWARE]] in the university, and I contact my seminar students by [[LINE|SOFTWARE|name_is_word]], which maybe is not so good, but everybody in [[Japan|COUNTRY]] uses it.

AI: Have you had any concerns about student information?

User: Yes. Last year I was writing recommendation letters for study abroad, for students going to [[Australia|COUNTRY]], and I put their information in [[ChatGPT|AI_PRODUCT]] to help with the English. One student, [[Sota Nakagawa|PERSON]], his student number [[B21E0437|NATIONAL_ID|student_number]], his GPA, and that he has an anxiety disorder, because the letter needed to explain a gap in his grades. Afterwards I thought, this is health information, this is sensitive. I did not feel comfortable. Our [[department chair|JOB_TITLE]], Professor [[Yamaguchi|PERSON]], made a short document [[in April|GENERIC_TIME]], the start of the academic year, saying don't input personal data. But it is not so detailed, it does not say what to do instead.

AI: How do your colleagues feel about it?

User: Divided, I think. Older professors say it is the end of language teaching. One colleague, [[Tanaka|PERSON]]-sensei, forbids it completely, he checks with a detector, which I think is not reliable. For me it is like the calculator, we must teach how to use it. My students read [[Murakami|PUBLIC_FIGURE]] in translation and compare the published English with the [[DeepL|AI_PRODUCT]] version, and they find the places where the machine loses the feeling. It's a good exercise, they enjoy it.

AI: Do you use AI outside of teaching?

User: For research, a little. I did my PhD at [[Monash|SCHOOL]] in [[Melbourne|CITY]], finished in [[2014|DATE]], so I am used to English academic writing, but [[ChatGPT|AI_PRODUCT]] helps for the grant applications, the Kakenhi, which are in Japanese and very formal. During [[Golden Week|GENERIC_TIME]] I finally have time to read papers. I live in [[Sakai|CITY]], so the commute is long, I listen to podcasts about AI in education from the [[United States|COUNTRY]], although they don't understand the situation in [[Kansai|CITY|region]] universities, of course.

AI: Thank you, Professor [[Morimoto|PERSON]]. How can we contact you?

User: My email is [[h dot morimoto at omu dot ac dot jp|OBF_EMAIL|spoken_at_dot]]. Phone is the office, [[06-6605-3128|PHONE_NUMBER]]. Ah, and my age, you asked earlier, I am [[forty-six|AGE]].""")

# 17. South Korea - physical therapist, Busan - typed
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and what you do?

User: hello! im [[Park Ji-yeon|PERSON]], english name [[Jenny|PERSON|english_name]]. [[physical therapist|JOB_TITLE]] at [[Pusan National University Hospital|ORGANIZATION|old_romanization]] in [[Busan|CITY]], rehab center, mostly ortho and neuro patients. my coworkers call me [[Ji-yeon|PERSON]] ssi or [[Park|PERSON|name_is_word]] 쌤 lol (쌤 is like teacher). graduated [[Dong-eui University|SCHOOL]] in [[2014|DATE]]. [[33|AGE]] in korean age, [[32|AGE]] international haha. i live in [[Haeundae|CITY]] near the beach

AI: How does AI come into your work?

User: mostly writing. we have to write a lot of home exercise programs for discharge and i use [[ChatGPT|AI_PRODUCT]] and [[Wrtn|AI_PRODUCT]] to make them easy for grandmothers to understand, big letters, simple words. also [[Clova X|AI_PRODUCT]] sometimes bc its better at korean nuance. and for studying, im preparing for a manual therapy certificate, i ask it about Trendelenburg sign, Berg Balance Scale cutoffs, that kind of thing. our EMR is the hospital system, no ai there yet. also for conference abstracts in english, my english writing is slow so it helps me a lot, i write in korean first and then ask it to translate and make it sound natural, then i fix the terms that are wrong

AI: Has patient information gone into those tools?

User: hmm yes a little. a halmeoni (grandmother), [[Kim Soon-ja|PERSON]], [[78|AGE]], after TKR (knee replacement) on the right side, she lives alone in [[Yeongdo|CITY]] on the hill, lots of stairs. i put her name and age and situation in [[ChatGPT|AI_PRODUCT]] to make a stair exercise plan for her with big letters. her patient number also bc i copied the header, [[10482267|NATIONAL_ID|patient_number]]. i didnt think much at the time. the plan was really good tho, she still sends me photos of her doing the exercises on [[KakaoTalk|SOFTWARE]] lol

AI: Did anyone raise it?

User: no one knows lol. but our [[chief therapist|JOB_TITLE]], [[Choi Min-ho|PERSON]] 선생님, told us in a meeting that the hospital will make an AI guideline bc of the personal information protection law. [[the rehab doctor|GENERIC_ROLE]] (physiatrist) is more worried about residents using it for notes. after that i started writing just "70s female, right TKR, lives alone, stairs". same result honestly, the name doesnt help the AI at all. i think many therapists dont realise that the header of the EMR printout has everything, so when you take a screenshot you give away the whole patient

AI: How do your colleagues use it?

User: younger PTs use it every day. older ones not really, they say the body is not in the computer. one coworker [[Son Hye-jin|PERSON|surname_like_public_figure]] jokes that she is [[Son Heung-min|PUBLIC_FIGURE]]'s cousin lol and she uses [[ChatGPT|AI_PRODUCT]] to plan sports rehab protocols for the hamstring patients. i think what we need is a korean model that knows PT terms, and exercise videos generated automatically. working [[on weekends|GENERIC_TIME]] and before [[Chuseok|GENERIC_TIME]] is crazy busy, so anything that saves time is welcome. there are good things from [[Europe|CONTINENT]] and [[Japan|COUNTRY]] about rehab robots too, i saw at a conference

AI: Thank you, [[Jenny|PERSON|english_name]]. How can we contact you?

User: email [[jenny.park.pt@naver.com|EMAIL_ADDRESS|email_with_own_name]], phone [[０１０-７２４８-３３９１|OBF_PHONE|full_width_digits]], [[instagram|SOFTWARE]] [[@jenny_pt_busan|SOCIAL_HANDLE]] (i post exercise tips). my PT license no is [[84712|NATIONAL_ID|license_number]]""")

# 18. Indonesia - midwife, Yogyakarta - speech-to-text
T.append("""AI: Good afternoon, thank you for joining. Could you introduce yourself?

User: Good afternoon. My name is [[Sri Wahyuningsih|PERSON]], I'm a [[bidan|JOB_TITLE]], a [[midwife|JOB_TITLE]], at [[Puskesmas Gondokusuman|ORGANIZATION]] in [[Yogyakarta|CITY]]. Oh, it wrote [[Siri|PERSON|asr_mishear]], like the iPhone, no, [[Sri|PERSON]], [[S-R-I|PERSON|spelled_out]]. People at the puskesmas call me Bu [[Sri|PERSON]]. I graduated from [[Poltekkes Kemenkes Yogyakarta|SCHOOL]] in [[twenty twelve|DATE|spoken_year]]. I live in [[Sleman|CITY]], so I ride my motorbike to [[Jogja|CITY|short_form]] every morning, about forty minutes. I'm [[thirty-five|AGE]].

AI: How does AI come into your work?

User: Ah, a little. For the records we use [[ePuskesmas|SOFTWARE]] and now everything must go to [[SatuSehat|SOFTWARE]], the national platform. But for education, the counselling, I use [[ChatGPT|AI_PRODUCT]] on my phone to make the materials for the kelas ibu hamil, the pregnant women's class. And [[the kaders|GENERIC_ROLE]], the volunteers at the posyandu, they ask me questions in [[WhatsApp|SOFTWARE]] and sometimes I ask [[Gemini|AI_PRODUCT]] first to check, then I answer them. It's faster than opening the book. But I always check, because once it told a kader that a pregnant woman can take a medicine that is not allowed here, and she almost passed it on to the mother. Since then I say to them, ask me, not the phone.

AI: Have you ever typed patient details into it?

User: Yes, I must confess. There was a mother, Ibu [[Ratna|PERSON]], [[twenty-four|AGE]], second pregnancy, the first day of her last period was the [[third of January|DATE]], and she had high blood pressure. I wanted to check the due date and the risk, so I typed her name, her age, her blood pressure, everything. And her NIK, the ID number, because I copied from the kohort book, [[3471 0254 1200 0187|NATIONAL_ID|nik]]. And her address in [[Klitren|CITY]]. Afterwards I thought, why did I put the NIK, the machine does not need it.

AI: What happened afterwards?

User: Nothing bad. But our [[kepala puskesmas|JOB_TITLE]], dr. [[Hendra Wibisono|PERSON]], gave a sosialisasi about the new personal data law, and I felt guilty the whole meeting. Pak [[Budi|PERSON|shares_name_with_public_figure]], our ambulance driver, laughed because he said the health minister is also [[Budi|PUBLIC_FIGURE|first_name_only]], [[Budi Gunadi Sadikin|PUBLIC_FIGURE]], so maybe the minister will come and check my phone. The most senior of us, Bu [[Endang|PERSON]], she is the [[koordinator bidan|JOB_TITLE]], she prefers the book, the buku KIA. She says the pink book never runs out of battery.

AI: How do other midwives use it?

User: The young midwives, yes, all of them. [[during Lebaran|GENERIC_TIME]] many mothers go back to the village and we lose contact, so we use [[WhatsApp|SOFTWARE]] even more, and AI helps to write the reminders. What I want is a tool in proper Indonesian, and also Javanese, for the older mothers who are more comfortable in Javanese. And the signal, in some villages it's still bad. My friend works in [[Malaysia|COUNTRY]] now, she says the hospitals there already have it inside the system. In [[Indonesia|COUNTRY]] maybe later, maybe five years.

AI: Thank you, Bu [[Sri|PERSON]]. How can we contact you?

User: My number, [[0812-2734-5519|PHONE_NUMBER]], [[WhatsApp|SOFTWARE]] also. Email [[sriwahyu.bidan@gmail.com|EMAIL_ADDRESS]]. My STR number, the registration, is [[BD00001247385|NATIONAL_ID|registration_number]].""")

# 19. Pakistan - family physician, Lahore - typed
T.append("""AI: Hello, thank you for participating. Could you introduce yourself and your work?

User: Hi. Dr [[Ayesha Siddiqui|PERSON]] here, [[family physician|JOB_TITLE]] at [[Shifa Family Clinic|ORGANIZATION]] in [[DHA Phase 5|CITY|neighbourhood_looks_like_org]], [[Lahore|CITY]]. its my own small practice, 2 doctors, [[an LHV|GENERIC_ROLE]] and a receptionist. MBBS from [[KEMU|SCHOOL|school_abbreviation]] ([[King Edward Medical University|SCHOOL]]), [[2010|DATE]], we all just say [[KE|SCHOOL|school_nickname]]. im [[38|AGE]].

AI: How do you use AI in your practice?

User: quite a lot tbh. [[ChatGPT|AI_PRODUCT]] for patient leaflets in urdu and roman urdu esp, since most patients read roman urdu on [[whatsapp|SOFTWARE]]. also for quick lit checks but i verify on [[UpToDate|SOFTWARE]]. [[Grok|AI_PRODUCT]] sometimes bc my husband uses it. appointments come through [[Marham|SOFTWARE|name_is_word]] and [[oladoc|SOFTWARE]]. records are honestly a mix of paper and an [[Excel|SOFTWARE]] sheet, small clinics here dont have proper EMRs. i also use it to prepare talks, i do a free diabetes awareness session at the local mosque once a month and it helps me turn guidelines into simple points people can follow without scaring them

AI: Have you ever entered patient information into these tools?

User: yes, early on. one patient, mrs [[Shahida Parveen|PERSON]], [[58|AGE]], uncontrolled diabetes, HbA1c 11.2, on metformin and gliclazide, lives with her son in [[Township|CITY|name_is_word]]. i pasted my whole consult note including her CNIC [[35202-4418390-2|NATIONAL_ID|cnic]] because lab reports here print the CNIC at the top. i wanted a diet plan in urdu that respects what she actually eats, parathas and all. the plan was great. the privacy part, not so great

AI: What did you do after realising?

User: deleted the chat history, turned off the training setting, and spent an evening reading the privacy policy which i had never done before. and i told my colleague dr [[Usman Tariq|PERSON]] who shares the clinic, he laughed and said half of [[Lahore|CITY]]'s doctors do this. the [[PMDC|ORGANIZATION]] hasnt given any guidance on AI yet. nobody is checking small clinics like ours. so its on us to be careful. now i write "F, 50s, T2DM" and nothing else. honestly the answers are exactly the same quality, so there was never any reason to put her details in, it was just laziness at the end of a long day. i tell [[the house officers|GENERIC_ROLE]] who rotate through the same thing now

AI: What about your patients, do they use AI?

User: oh yes. young patients come with [[chatgpt|AI_PRODUCT]] diagnoses. one boy came convinced he has Crohn's bc of AI, it was just IBS and exam stress lol. during house job we lived by [[Davidson|PUBLIC_FIGURE|textbook_author]]'s and now students live by chatbots. [[in Ramzan|GENERIC_TIME]] the evening clinic starts after iftar and its packed, so AI helps me draft referral letters to [[Shaukat Khanum|ORGANIZATION|org_named_after_person]] or [[Services|ORGANIZATION|org_short_name_is_word]], and [[my receptionist|GENERIC_ROLE]] prints them. my brother is a doctor in [[UAE|COUNTRY]] and they have AI scribes already, i am honestly jealous. here i am still writing by hand at ten at night while the last patients wait

AI: Thanks Dr [[Siddiqui|PERSON]]. how can we reach you?

User: email [[ayesha(dot)siddiqui(at)gmail(dot)com|OBF_EMAIL|bracketed_at_dot]], clinic [[042-35741186|PHONE_NUMBER]]. [[PMDC|ORGANIZATION]] reg no. [[54821-P|NATIONAL_ID|registration_number]]. also on insta [[@dr.ayesha.gp|SOCIAL_HANDLE]] where i post diabetes tips in urdu""")

# 20. Germany - qualified care worker, care home in Leipzig - speech-to-text
T.append("""AI: Thank you for joining. Could you tell me a little about yourself?

User: Yes, hello. So, I am [[Katrin Vogel|PERSON]], I see it wrote [[Fogel|PERSON|asr_mishear]], with F, no, [[Vogel|PERSON|surname_only]], V like Viktor. I am a [[Pflegefachkraft|JOB_TITLE]], um, a qualified care worker, in a care home in [[Leipzig|CITY]], the [[Seniorenresidenz am Auwald|ORGANIZATION]], it belongs to the [[Diakonie|ORGANIZATION]]. I work on [[Wohnbereich 2|ORGANIZATION|ward_number]], that's the dementia unit. I trained at the medical vocational school here, finished in [[two thousand eight|DATE|spoken_year]]. I'm [[forty-one|AGE]].

AI: How does AI come into your work?

User: Honestly not so much officially. Our documentation is in [[Vivendi|SOFTWARE|name_is_word]], that's the care software, no AI there yet. But I use [[ChatGPT|AI_PRODUCT]] at home, and [[DeepL|AI_PRODUCT]], because many of my colleagues are from [[Vietnam|COUNTRY]] and the [[Philippines|COUNTRY]] now, and their German is good, but the care planning language is very bureaucratic, so I help them with [[DeepL|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] to write the Pflegeberichte, the care reports. They write what happened in simple words, and then together we make it into the official style. It is actually a good teaching moment, they learn the words and I learn how much nonsense is in our official style.

AI: Have you ever put resident information in?

User: Yes, once, and I still think about it. Herr [[Lehmann|PERSON]], in room fourteen, [[eighty-three|AGE]], Alzheimer's, and he was very aggressive in the evenings, the sundowning. I wanted ideas, so I wrote his whole story in [[ChatGPT|AI_PRODUCT]], with his name, his birthday, [[second of March nineteen forty-one|DATE|spoken_date]], that he was a tram driver in [[Connewitz|CITY]] all his life, his daughter's name, [[Sabine|PERSON]]. It was a lot, I know. The ideas were good though, music from his youth, the [[Puhdys|PUBLIC_FIGURE]], and he calmed down. His daughter cried when she saw him singing. So from the care side it was a success, from the data side, not so much.

AI: What happened afterwards?

User: Nothing, but our [[Wohnbereichsleitung|JOB_TITLE]], Frau [[Schubert|PERSON|namesake_public_figure]], no relation to the composer, ha, she told us in the team meeting that data protection is very strict with DSGVO. And the [[Pflegedienstleitung|JOB_TITLE]], Herr [[Osman Yilmaz|PERSON]], wants an official AI training next year. The older colleagues say we have no time for experiments. Staffing is the problem, not the computer. [[Karl Lauterbach|PUBLIC_FIGURE]] was always talking about digitalisation, and then the E-Rezept came, and we have problems every day with that. The [[Frühdienst|GENERIC_TIME]], the early shift, starts at six and we are three people for twenty-six residents.

AI: What would you like to see?

User: Speech recognition for the documentation, so I can talk and it writes, like this here. And in German, with our words, Sturzprotokoll, Trinkprotokoll, all that. [[the relatives|GENERIC_ROLE]] also ask about AI, [[at Christmas|GENERIC_TIME]] a son asked me if a robot will care for his mother one day. I said, not in [[Saxony|CITY|region]], we don't even have enough chairs, ha.

AI: Thank you, Frau [[Vogel|PERSON|surname_only]]. How can we contact you?

User: Email is [[k.vogel@sr-auwald.de|EMAIL_ADDRESS]], or my mobile, [[null eins fünf eins, vier sieben zwei neun, null drei acht eins|OBF_PHONE|german_number_words]]. My staff number, if you need it for the voucher, is [[40917|NATIONAL_ID|staff_number]]. And the address of the home, for the post, is [[Könneritzstraße 18|ADDRESS]], in [[Plagwitz|CITY]].""")

# 21. Spain - head of admissions, hospital in Valencia - typed
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your role?

User: Hola! Im [[Amparo Soler Ferrer|PERSON|name_is_word]], [[jefa de sección de admisión|JOB_TITLE]], so head of the admissions section, at [[Hospital La Fe|ORGANIZATION]] in [[Valencia|CITY]]. Everybody just says [[La Fe|ORGANIZATION|name_is_word]]. I manage a team of 14 administrativos, bed management, waiting lists, the admissions desk. Ive been at [[La Fe|ORGANIZATION|name_is_word]] since [[2003|DATE]], I moved with the hospital from [[Campanar|CITY]] to the new building in [[Malilla|CITY]] in [[2010|DATE]], what a year that was. Im [[54|AGE]] and I live in [[Benimaclet|CITY]].

AI: How does AI come into your work?

User: A lot since last year. The [[Conselleria de Sanitat|ORGANIZATION]] (regional health department) gave us [[Copilot|AI_PRODUCT]] with the Microsoft licence, so I use it in [[Outlook|SOFTWARE]] and [[Excel|SOFTWARE]] for the reports. The clinical system is [[Orion Clinic|SOFTWARE|name_is_word]], no AI there, at least not for us. And privately I use [[ChatGPT|AI_PRODUCT]] for emails in Valencian because my Valencian writing is terrible, my grandmother would be ashamed lol. It is very good for the formal letters to other hospitals too.

AI: Has patient information ever gone into those tools?

User: In [[Copilot|AI_PRODUCT]] yes, because it is the corporate version and they told us it is safe, the data stays in the tenant. Like bed reports with names and SIP numbers (the health card). For example [[last week|GENERIC_TIME]] I asked it to find duplicates in a list and it had "[[Vicente Martí Llorens|PERSON]], SIP [[14839275|NATIONAL_ID|health_card_number]], [[87|AGE]], bed 412" and about two hundred more. In [[ChatGPT|AI_PRODUCT]] never, well, once. I pasted a complaint letter from a family, with the daughter's name, [[Rosa|PERSON|name_is_word]], and her mobile, because I was angry and I wanted a polite answer, not the one in my head lol.

AI: What do your managers say about it?

User: The [[gerente|JOB_TITLE]], Dr. [[Albert Puig|PERSON]], is very pro AI, he talks about it in every meeting, predictive models for beds, for emergencies, everything. The [[data protection officer|JOB_TITLE]], Sra. [[Inmaculada Ros|PERSON]], [[Inma|PERSON|nickname]] for everybody, is the opposite, she sends a circular every two months reminding us what not to do. Between the two of them I dont know where to stand. The minister [[Mónica García|PUBLIC_FIGURE]] also announced an AI strategy for the national health system, but nobody told us what it means for admissions.

AI: How does your team use AI?

User: The younger admin staff use it all the time, especially on [[night shifts|GENERIC_TIME]] when there is time. One girl in my team, [[Noelia|PERSON]], made a whole macro with [[ChatGPT|AI_PRODUCT]] for the waiting list and now everybody uses it, I have no idea how it works inside, which worries me a bit. [[in Fallas|GENERIC_TIME]], in [[March|GENERIC_TIME]], the hospital is full of burns and firework accidents, and then everybody is too busy even for AI lol. What worries me most is that people trust it too much, and that the data ends up on servers in the [[US|COUNTRY]]. We saw what happened with the cyberattacks in hospitals in [[Catalonia|CITY|region]], so we are all a bit scared.

AI: Thank you, [[Amparo|PERSON|name_is_word]]. How can we contact you?

User: My work email is [[soler_amp@gva.es|EMAIL_ADDRESS]], extension [[41238|PHONE_NUMBER|extension]] in the hospital, or mobile [[6 1 8  2 2 4  9 0 7|OBF_PHONE|spaced_digits]]. My DNI is [[24387159-T|NATIONAL_ID|dni]] for the payment form.""")

# 22. Sweden - upper secondary teacher, Malmö - speech-to-text
T.append("""AI: Thanks for joining. Could you introduce yourself?

User: Yes, hi. I'm [[Linnea Åkesson|PERSON]]. It probably wrote [[Linnea Ockesson|PERSON|asr_mishear]], it's with the Å, the ring. I'm a [[gymnasielärare|JOB_TITLE]], an upper secondary teacher, in Swedish and history, at [[Värnhemsskolan|SCHOOL]] in [[Malmö|CITY]]. The employer is [[Malmö stad|ORGANIZATION]], the city. I've been teaching since [[twenty twelve|DATE|spoken_year]], I did my teacher training at [[Lund University|SCHOOL]]. I live in [[Möllevången|CITY]], well, everybody says [[Möllan|CITY|nickname]]. And I'm [[thirty-eight|AGE]], if you need that.

AI: How do you use AI in your teaching?

User: It's, um, complicated. For essays, we basically had to change everything. My students write their essays in class now, on locked computers. I use [[ChatGPT|AI_PRODUCT]] and [[NotebookLM|AI_PRODUCT]] myself for planning, like making source packages for history, and sometimes to adapt texts for students who are newly arrived, we have many from [[Syria|COUNTRY]] and [[Afghanistan|COUNTRY]]. Our platform is [[Vklass|SOFTWARE]] for grades and attendance, and the school has [[Copilot|AI_PRODUCT]] through [[Microsoft 365|SOFTWARE]], which is the only one we are actually allowed to use with anything sensitive.

AI: Have you shared student data with AI tools?

User: Um, yes. I'm a mentor for a class, so I write a lot to [[the guardians|GENERIC_ROLE]], and one time I used [[ChatGPT|AI_PRODUCT]], not [[Copilot|AI_PRODUCT]], for a hard email about a student, [[Yousef Haddad|PERSON]], [[seventeen|AGE]], a lot of absence and, er, a possible ADHD assessment. And his personnummer was in the text I pasted because it was from the [[Vklass|SOFTWARE]] export, [[070312-4871|NATIONAL_ID|personnummer]]. I realised when I read the GDPR guidance that the [[rektor|JOB_TITLE]], [[Anders Nilsson|PERSON]], sent out [[in the autumn|GENERIC_TIME]]. So I reported it to [[Anders|PERSON]] myself, it became a deviation report, and that was it. Nothing dramatic. But [[Yousef|PERSON]] never knew, and I think about that.

AI: How do your colleagues approach it?

User: Very differently. Some ban it completely. One colleague, [[Elsa|PERSON]], she teaches English, she's very pro, she uses it for feedback on everything. And the school minister, [[Lotta Edholm|PUBLIC_FIGURE]], talked about going back to books, fewer screens, and we got money for textbooks, which I actually agree with. My students read [[Astrid Lindgren|PUBLIC_FIGURE]] in the first year, and no AI can replace that conversation, ha. The national tests are going digital, and there are big worries about AI there. [[the data protection officer|GENERIC_ROLE]] at the city has been to our school twice already this year.

AI: Is there anything you'd like tool makers to know?

User: That schools are not companies. We have sixteen-year-olds, we have their health information, their family situations. And in [[Europe|CONTINENT]] we have the AI Act now, so it's not optional. I'd like tools that work in Swedish, and that also handle Arabic and Dari for the parents. Right now I use three different tools for one email. And during [[sportlov|GENERIC_TIME]] I actually tried to learn how these models work, which helped.

AI: Thank you, [[Linnea|PERSON]]. How can we contact you?

User: Email [[linnea.akesson@malmo.se|EMAIL_ADDRESS|email_with_own_name]], it's the city format, first name dot last name, without the ring on the letter. Mobile, um, in Swedish it's [[noll sju tre, sex fyra två, nitton, åttiofem|OBF_PHONE|swedish_number_words]].""")

# 23. Italy - administrative assistant / exams officer, liceo in Bologna - typed
T.append("""AI: Hi, thanks for participating. Could you tell me about your job?

User: ciao! im [[Francesca Lodi|PERSON]], [[assistente amministrativa|JOB_TITLE]] in the student office of the [[Liceo Scientifico Augusto Righi|SCHOOL|school_named_after_person]] in [[Bologna|CITY]]. everyone at school calls me [[Franci|PERSON|nickname]]. i also do the exam stuff, im the [[referente esami|JOB_TITLE]] for the maturità and the INVALSI logistics. been at the [[Righi|SCHOOL|school_short_name]] since [[2015|DATE]]. [[45|AGE]] years old, grew up in [[Bolognina|CITY]], now i live in [[Casalecchio|CITY]]

AI: How does AI come into your work?

User: so the electronic register is [[Argo|SOFTWARE|name_is_word]] and the office software too, no ai inside. but i use [[ChatGPT|AI_PRODUCT]] a lot for circulars, for emails to families, and for the exam calendars, which are a nightmare with all the commissions and the rooms. now the school gave us [[Gemini|AI_PRODUCT]] with the [[google workspace|SOFTWARE]] account, so officially we should use that one. [[the teachers|GENERIC_ROLE]] use [[Google Classroom|SOFTWARE]] and send me everything last minute lol

AI: Has student data ever gone into those tools?

User: mmm yes :( for the maturità i had to prepare the list of students with DSA (dyslexia etc) who get extra time and compensatory tools, and i pasted the table in [[chatgpt|AI_PRODUCT]] to make it nicer for the commission. names, class, diagnosis. for example [[Matteo Bernardi|PERSON]] 5B, born [[07/11/2006|DATE]], dyslexia and dyscalculia, his codice fiscale [[BRNMTT06S07A944Q|NATIONAL_ID|codice_fiscale]]... and like twenty more. it did the table perfectly in two seconds, which is why it is dangerous lol. you get used to it, you paste, you copy, you send, and you dont think about what was inside. in the office we are three people for eleven hundred students, so every shortcut is welcome, that is the problem

AI: What happened after?

User: nothing, no one knew. but then our [[dirigente scolastica|JOB_TITLE]], prof.ssa [[Elena Marchetti|PERSON]], sent a circular [[in October|GENERIC_TIME]] saying the ministry guidelines say no personal data in generative AI, especially health data. and the [[DSGA|JOB_TITLE]], [[Roberto|PERSON]], looked at me like he knew lol. he didnt, i think. the minister [[Valditara|PUBLIC_FIGURE]] talks about AI in schools all the time, there is even a pilot with AI tutors, but for the secretariat nobody thinks about us. we are the ones with all the data, the certificates, the medical papers, the family situations, and we get zero training, only circulars

AI: How do teachers and students use AI at your school?

User: students use it for everything obv, and the physics teachers joke that [[Augusto Righi|PUBLIC_FIGURE]] would have used it for his experiments. [[in June|GENERIC_TIME]] with the maturità everybody is stressed and the phones are collected, so at least for the written exam no AI lol. some teachers are enthusiastic, others want to ban phones forever. we have many families from [[Albania|COUNTRY]] and [[Morocco|COUNTRY]] and i use AI to translate the communications, which is honestly the best use. what would help is a tool that anonymises automatically, before the text goes out. like what you are making maybe

AI: Thank you, [[Francesca|PERSON]]. How can we contact you?

User: email [[francesca．lodi＠liceorighi.edu.it|OBF_EMAIL|full_width_punctuation]] (i write it weird bc of spam sorry), or the school office [[051 614 2293|PHONE_NUMBER]], the school is at [[Via Saragozza 142|ADDRESS|street_named_after_city]]. my codice fiscale for the voucher is [[LDOFNC79E52A944K|NATIONAL_ID|codice_fiscale]]""")

# 24. Australia - advanced care paramedic, Brisbane - speech-to-text
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself and your job?

User: Yeah, no worries. I'm [[Liam O'Brien|PERSON]], the transcription's probably got [[Liam O Brian|PERSON|asr_mishear]], whatever, everyone at the station calls me [[Obie|PERSON|nickname]]. I'm an [[Advanced Care Paramedic|JOB_TITLE]] with the [[Queensland Ambulance Service|ORGANIZATION]], [[QAS|ORGANIZATION|org_abbreviation]], based at [[Kedron|CITY]] station on the north side of [[Brisbane|CITY]]. I did my degree at [[Griffith|SCHOOL|name_is_word]], graduated in [[oh-nine|DATE|abbreviated_year]], been on the road ever since, apart from a season down in [[Antarctica|CONTINENT]], which is a whole other story. I'm [[thirty-seven|AGE]].

AI: Where does AI fit into your work?

User: Officially, not much. We document on the [[eARF|SOFTWARE]], the electronic ambulance report form, on the tablets. No AI in it, yet. But unofficially, heaps of the younger paramedics use [[ChatGPT|AI_PRODUCT]] to study for their upgrades, clinical practice guidelines and that. And I use it for teaching, I'm a clinical mentor for the grads, so I get it to make case scenarios, like a [[schoolies week|GENERIC_TIME]] scenario on the [[Gold Coast|CITY]], a cardiac arrest at a footy game, whatever. I'll also use [[Copilot|AI_PRODUCT]] on the work laptop for rosters and emails.

AI: Has patient information ever come into that?

User: Yeah. Um. So there was a job, an [[eighty-seven|AGE]]-year-old lady, had a fall, long lie, at home in [[Redcliffe|CITY]], [[42 Anzac Avenue|ADDRESS|street_looks_generic]], and I turned it into a case study for the grads. And I just, I dictated it into [[ChatGPT|AI_PRODUCT]] basically as it happened, address and all. Her name was [[Joan|PERSON]], and her Medicare number was on a screenshot of the [[eARF|SOFTWARE]] I'd taken, [[2951 48307 1|NATIONAL_ID|medicare_number]]. Which I should not have taken, full stop. I told [[my OSO|GENERIC_ROLE]], the operations supervisor, and it went up the line. They were fair about it. Our [[Clinical Director|JOB_TITLE]], Dr [[Priyanka Raman|PERSON]], put out a memo about photos and AI after that, without naming me, thank God.

AI: How do you think AI could help paramedics?

User: Transport decisions, maybe, sepsis prediction, hospital ramping. But honestly, when you're at the bottom of a stairwell with a bloke in a Thomas splint, that's not an AI moment. [[Fiona Wood|PUBLIC_FIGURE]], the burns surgeon, she did amazing stuff with tech, so I'm not anti. I just want the boring stuff automated, the handover, the paperwork at the end of [[night shift|GENERIC_TIME]] when you can barely see.

AI: Any concerns about the way it's being used?

User: The grads trusting it over the guidelines. One grad, [[Jaxon|PERSON]], asked it for an adrenaline dose mid-job. No. Just no. And the union, the [[United Workers Union|ORGANIZATION]], is asking questions about AI in rostering, which I think is fair. [[the triage nurse|GENERIC_ROLE]] at the hospital doesn't care what app wrote the handover, she cares that it's right.

AI: Thanks, [[Liam|PERSON]]. How can we contact you?

User: Mobile's [[oh four double-one, three two six, eight eight nine|OBF_PHONE|spoken_number_words]]. Email, [[liam.obrien@ambulance.qld.gov.au|EMAIL_ADDRESS|email_with_own_name]], that's first dot last at ambulance dot Q-L-D dot gov dot A-U. Oh, and my [[AHPRA|ORGANIZATION|regulator_abbreviation]] number, if you need it, [[P-A-R zero zero zero one eight four seven two six three|NATIONAL_ID|spelled_out]]. And I've got a mate in [[New Zealand|COUNTRY]] doing the same job, I can pass this on to him.""")

# 25. New Zealand - year 3-4 teacher, Rotorua - typed
T.append("""AI: Kia ora, thanks for joining. Can you tell me about yourself and your mahi?

User: kia ora! im [[Aroha Ngata|PERSON|name_is_word]], [[year 3-4 teacher|JOB_TITLE]] at [[Ōwhata School|SCHOOL]] in [[Rotorua|CITY]]. the kids call me Whaea [[Aroha|PERSON|name_is_word]] (whaea is like aunty/miss). been teaching since [[2013|DATE]], trained at [[Waikato|SCHOOL|university_short_name_is_region]], [[Te Whare Wānanga o Waikato|SCHOOL]]. [[34|AGE]] years old, live out in [[Ngongotahā|CITY]] with my partner and way too many cousins nearby lol. lots of aroha in our house, not much quiet

AI: How does AI come into your teaching?

User: heaps for planning. i use [[ChatGPT|AI_PRODUCT]] to make reading texts at different levels, and [[Gemini|AI_PRODUCT]] because our school is on google. we use [[Hero|SOFTWARE|name_is_word]] for reporting to [[the whānau|GENERIC_ROLE]] (its an app) and [[Seesaw|SOFTWARE]] for learning stories. [[Canva|SOFTWARE]] for everything pretty lol. the minister [[Erica Stanford|PUBLIC_FIGURE]] is all about structured literacy now, so ive been getting AI to make decodable texts with local place names and kupu the kids know, which they love. i also use it for the boring admin, like rewriting my newsletter blurbs and the notes home about camp, and for maths problems where the kids are the characters, they think its hilarious when the problem is about their uncle's hangi

AI: Have you ever put student details into an AI tool?

User: yeah once, for an IEP. [[Mereana|PERSON]], shes [[8|AGE]], shes got dyslexia and some trauma stuff at home, and i wanted help writing goals. i put in her full name, [[Mereana Tautahi|PERSON]], and her NSN [[0148823911|NATIONAL_ID|student_number]] because i copied the header from the old IEP doc. also the names of her koro and nan, and a bit about the custody situation. the goals it wrote were actually good but when i reread the prompt the next day i felt sick

AI: What happened after that?

User: [[our SENCO|GENERIC_ROLE]] saw the doc history and had a quiet word. then our [[tumuaki|JOB_TITLE]] (principal) Matua [[Rawiri Te Kani|PERSON]] did a PD session on privacy. [[Rawiri|PERSON]]'s rule is if you wouldnt read it out at a hui with [[the whānau|GENERIC_ROLE]] in the room, dont put it into AI. which is a good rule tbh. and since then i just write "a year 3 student" and describe what i see in class, the learning stuff, not the home stuff. the AI doesnt need the home stuff to write a reading goal anyway. [[the RTLB|GENERIC_ROLE]] said other schools are having the same problem

AI: What do you think of AI for schools here more broadly?

User: its useful but theres real worries about Māori data sovereignty. our kupu, our stories, going into overseas models and coming back wrong. [[John Hattie|PUBLIC_FIGURE]] would probably say its all about the effect size lol. i did a whole [[Matariki|GENERIC_TIME]] unit with AI help [[in Term 2|GENERIC_TIME]] and i had to fix so much, it mixed up the stars. my sister teaches in [[Australia|COUNTRY]] and their schools have their own AI tool, i wish [[Aotearoa|COUNTRY|indigenous_name]] had one that knew te reo properly. it always writes [[Owhata School|SCHOOL|missing_macron]] without the macron, little things like that matter

AI: Thank you, [[Aroha|PERSON|name_is_word]]. How can we contact you?

User: email [[aroha.ngata@owhata.school.nz|EMAIL_ADDRESS|email_with_own_name]], or txt [[021 448 3170|PHONE_NUMBER]]. insta [[@whaea.aroha.teaches|SOCIAL_HANDLE]], i share resources there. [[teaching council|ORGANIZATION|lowercase_regulator]] reg no. [[348271|NATIONAL_ID|registration_number]]""")

write_set(T, "set_bu")
