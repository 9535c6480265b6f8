from markup import write_set
T = []

# 1 Ireland - post-primary teacher
T.append("""AI: Good afternoon, and thanks for staying on after the last bell. Could you start by telling me who you are and what you do?

User: No bother. I'm [[Siobhán Ní Bhriain|PERSON]], I teach English and Irish at [[Coláiste Naomh Fionnbarra|SCHOOL]] in [[Ballincollig|CITY]], just west of [[Cork|CITY]] city. Officially I'm a [[post-primary teacher|JOB_TITLE]], and since [[August 2021|DATE]] I'm also [[year head|JOB_TITLE]] for the Leaving Cert group, which mostly means I chase attendance and ring parents. The school is run by [[Cork ETB|ORGANIZATION]], so it's a community college rather than one of the religious ones. I'm [[thirty-eight|AGE]], and I've been teaching since I came out of [[Mary Immaculate College|SCHOOL]] in [[Limerick|CITY]] in [[2009|DATE]].

AI: Thanks, [[Siobhán|PERSON]]. When did AI tools first show up in your work?

User: Through the kids, honestly. In [[January 2023|DATE]] a lad in fifth year handed in an essay on [[Seamus Heaney|PUBLIC_FIGURE]] that used the word "tapestry" three times and had no spelling mistakes, which for him was a small miracle. That was [[ChatGPT|AI_PRODUCT]], obviously. So I started playing with it myself to see what they were seeing. Now I use it mostly for differentiation. I'll paste in a poem and ask for three versions of the questions: one for Ordinary level, one for Higher, and one for a girl in my class, [[Aoife|PERSON]], who has dyslexia and does better with shorter chunks. I never put her surname or her psych report in, just "a student who struggles with long paragraphs". For Irish it's weaker. It gives me Irish that sounds like a tourist wrote it, the séimhiú all over the place. [[Gemini|AI_PRODUCT]] is a small bit better at the grammar but still not something I'd hand out without fixing it first.

AI: And the [[year head|JOB_TITLE]] side of things, the admin?

User: That's where it actually saves me time. We use [[VSware|SOFTWARE]] for attendance and reports, and it doesn't talk to anything, so I export to [[Excel|SOFTWARE]] and ask [[Copilot|AI_PRODUCT]] to help me build a formula that flags anyone under eighty-five per cent. Then I write the letters home myself. We had a long staff meeting in [[October 2023|DATE]] about whether we're even allowed put student data into these things, and the answer from [[Cork ETB|ORGANIZATION]] was basically "not the free versions". So I anonymise everything, "Student A missed nine Mondays", that sort of thing. Mr [[Keohane|PERSON]], [[the principal|GENERIC_ROLE]], is cautious but not against it. My friend [[Deirdre Lucey|PERSON]], she does Home Ec, she's braver than me, she'd use it for everything, even the minutes of the board of management. I keep telling her she'll get caught out.

AI: Has it changed how you set homework or assess?

User: Massively. I've gone back to handwriting in class, which they hate. For the classroom-based assessments we now do more of the drafting in front of me, in the room, phones in the box. My own nephew, [[Cian|PERSON]], my sister [[Gráinne|PERSON]]'s young lad, told me the whole class uses it for the Irish essays in his school in [[Douglas|CITY]]. So it's everywhere, and I don't think banning it works. I'd rather teach them to check what it says, the way you'd check something an uncle told you at a wedding. [[Every Friday|GENERIC_TIME]] now I do ten minutes where we take a chatbot answer apart and find what's wrong with it. They love catching it out, to be fair.

AI: Is there anything you simply wouldn't use it for?

User: The personal comments on reports. A mother rang me [[last spring|GENERIC_TIME]] because she thought a comment I'd written sounded "like a robot", and it wasn't even AI, it was just me being tired at eleven at night. So now I'm paranoid about my own voice. And anything touching child protection, no way, that stays on paper and goes to [[the designated liaison person|GENERIC_ROLE]]. Same with anything about a student's home life. The tool doesn't need to know that, and honestly neither does half the staffroom.

AI: That's really helpful. If we want to follow up, what's the best way to reach you?

User: Email's best, I check it more than my phone. It's [[siobhan dot nibhriain at corketb dot ie|OBF_EMAIL|spelled_at_dot]], or my personal one if the school filter eats your message, [[shivnibhriain@eircom.net|EMAIL_ADDRESS]]. Phone is [[oh eight seven, two two four, six one nine three|OBF_PHONE|digits_as_words]], but text first, I won't pick up an unknown number during class. If you're posting the consent form it's [[14 Inniscarra View|ADDRESS]], [[Ballincollig|CITY]].""")

# 2 Scotland - community midwife
T.append("""AI: Hi, thanks for joining between visits. Can you introduce yourself for the recording?

User: Aye, hiya. I'm [[Morag Fullerton|PERSON]], though naebody calls me that except my mother, it's [[Mo|PERSON|nickname]]. I'm a [[community midwife|JOB_TITLE]] with [[NHS Lothian|ORGANIZATION]], based out the [[Leith Community Treatment Centre|ORGANIZATION]], so my patch is [[Leith|CITY]] and down into [[Restalrig|CITY]]. I'm [[fifty-two|AGE]]. Trained at [[Napier|SCHOOL]] and qualified in [[1995|DATE]], so I've seen a few "revolutions" come and go, believe me.

AI: Thanks, [[Morag|PERSON]]. Where does AI fit into a midwife's day?

User: Less than you'd think. The notes are all on [[BadgerNet|SOFTWARE]], the maternity record, and there's nae AI in that, thank God. Where I use it is leaflets and letters. I've a lot of women who don't have English as a first language, Polish, Arabic, a few families from [[Syria|COUNTRY]] in the flats off the Walk. I'll write a plain explanation of, say, gestational diabetes, and ask [[ChatGPT|AI_PRODUCT]] to bring it down to a reading age of about nine. Then it goes through the interpreting service before any woman sees it, because I'm no trusting a machine to tell somebody when to phone triage.

AI: Has the health board given you guidance on what's allowed?

User: There was an email in [[March 2024|DATE]] saying [[Copilot|AI_PRODUCT]] was approved on our [[Microsoft 365|SOFTWARE]] accounts and that nothing patient-identifiable goes into anything else. Fair enough. [[My team leader|GENERIC_ROLE]], Sister [[Aileen Docherty|PERSON]], is very by-the-book about it. She caught one of the students, [[Kirsty|PERSON]], pasting a whole booking history into a chatbot on her phone, name, CHI number, the lot. That was a Datix and a very long chat in the wee office. [[Kirsty|PERSON]] is a lovely lassie, she just didnae think. I felt for her, to be honest, because the app makes it look so harmless.

AI: What's the most useful thing it's done for you?

User: Honestly? The on-call rota. There's six of us covering and I used to spend a Sunday night doing it with a pencil and a rubber. Now I describe the rules to [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]]: naebody does more than two nights in a row, [[Fiona|PERSON]] cannae do Thursdays because of her dad's dialysis, that kind of thing, and it gives me a draft. It still gets it wrong, it once had me on for forty hours straight, but it's a start. The other thing is my own studying. I'm doing the perinatal mental health module at [[Queen Margaret University|SCHOOL]], started in [[January 2024|DATE]], and I get it to quiz me before the assignments. That's brilliant, actually. It's like having a patient study buddy at midnight.

AI: Do you have worries about where this is heading?

User: That somebody higher up reads about [[Sam Altman|PUBLIC_FIGURE]] in the papers and decides a chatbot can do antenatal education. It cannae. You cannae read a room from a laptop. A woman tells you she's fine and her partner's standing a wee bit too close to her, you notice that, you find a reason to get him out to the car. My daughter [[Eilidh|PERSON]]'s at uni doing computing and she says the same: "It's a tool, Mum, it's no a person." She's more sensible than me, that one.

AI: That's a great line to finish on. How can I get back in touch with you, [[Mo|PERSON|nickname]]?

User: Work email's [[morag.fullerton@nhs.scot|EMAIL_ADDRESS]], but I'd rather the personal one for research stuff: [[mo.fullerton52 (at) btinternet.com|OBF_EMAIL|bracket_at]]. Mobile's [[07700.914.562|OBF_PHONE|dotted_digits]]. I'm on [[Tuesday to Friday|GENERIC_TIME]] so evenings are better for a call.""")

# 3 Ghana - pharmacist
T.append("""AI: Good morning, and thank you for making time for this. Please introduce yourself in whatever way you like.

User: Good morning, thank you. My name is [[Kwabena Owusu-Ansah|PERSON]], but everybody calls me [[Kobby|PERSON|nickname]]. I am a [[Senior Pharmacist|JOB_TITLE]] at [[Korle Bu Teaching Hospital|ORGANIZATION]] here in [[Accra|CITY]], mostly the outpatient dispensary and some antimicrobial stewardship work. I studied pharmacy at [[KNUST|SCHOOL]] in [[Kumasi|CITY]], finished in [[2012|DATE]], and did my housemanship at [[Komfo Anokye Teaching Hospital|ORGANIZATION]]. I am [[36|AGE]] years, married, two children. I stay at [[Dansoman|CITY]], so the traffic on the Mortuary Road is my biggest enemy, more than any disease.

AI: [[Kobby|PERSON|nickname]], how did AI first come into your work in the pharmacy?

User: For me it started as a study companion. I was preparing for the membership exams of the [[Ghana College of Pharmacists|ORGANIZATION]], the written paper was on [[14th November 2023|DATE]], and I used [[ChatGPT|AI_PRODUCT]] to generate questions on drug interactions every night after work. Now I use it to draft patient counselling points in simple English, and sometimes I ask it to help me with Twi, though the Twi it gives is, eh, it is funny. My senior colleague, Auntie [[Efua Mensah|PERSON]], we call her Auntie even though she is not my auntie, it is respect, she laughs at the Twi and corrects it by hand with her red pen.

AI: Are there limits on what you will put into it?

User: Yes, very strict. We don't put the folder number or the patient name, never. The hospital uses [[LHIMS|SOFTWARE]] for records and nothing comes out of there into a chatbot. If I have a difficult case, let's say an elderly man on five drugs with poor kidney function, I describe it in general terms only, then I check the answer with the formulary and with [[our head of department|GENERIC_ROLE]], Pharm. [[Nana Yaa Boateng|PERSON]]. I cannot take the machine's word for dosing. [[Last year|GENERIC_TIME]] it gave me a gentamicin regimen that was old guidance, confidently, like a first-year student who did not read.

AI: How do your colleagues feel about it?

User: It is mixed. The young ones, the rotation pharmacists, they use it on their phones all day, some even through [[WhatsApp|SOFTWARE]] bots. The older ones don't trust it. Outside the hospital it is moving faster. My classmate [[Yaw Darko|PERSON]] has a shop at [[Kaneshie|CITY]], [[Darko Family Pharmacy|ORGANIZATION]], and he uses an app that predicts which drugs will finish before month end. For us at [[Korle Bu|ORGANIZATION]] the supply chain is different, it goes through the central medical stores, so no app can fix that one. Every government promises "digital health" at election time; we are still waiting for stable internet in the dispensary.

AI: If you could design one AI tool for your job, what would it do?

User: Check prescriptions for interactions in real time, in the dispensary, with local brands. The foreign tools know the American brand names, they don't know what the market women sell at Makola, or the herbal preparations people mix with their metformin. That local knowledge is what [[Africa|CONTINENT]] needs from these companies. And it must work offline. When the light goes off, the tool must still work, otherwise it is useless to us.

AI: Thank you very much. How can we reach you for the follow-up?

User: You can call me on [[zero two four, four five one, eight eight three zero|OBF_PHONE|digits_as_words]], it is MTN, and [[WhatsApp|SOFTWARE]] is the same number. Email is [[kobby.owusuansah@gmail.com|EMAIL_ADDRESS]]. The Vodafone line, for when MTN is misbehaving, is [[0 2 0 8 8 1 4 4 7 2|OBF_PHONE|spaced_digits]]. If you need it for the payment form, my Ghana Card number is [[GHA-713940265-4|NATIONAL_ID]].""")

# 4 Egypt - court session clerk
T.append("""AI: Welcome, and thank you for agreeing to speak with me. Could you introduce yourself?

User: Thank you, you are welcome. My name is [[Nourhan Adel Fathy|PERSON]]. In the family they call me [[Nono|PERSON|nickname]], but at work I am "Ustaza [[Nourhan|PERSON]]" to the lawyers, which still makes me laugh. I work as a session clerk, in Arabic [[كاتب جلسة|JOB_TITLE|arabic_script]], [[katib galsa|JOB_TITLE|transliteration]], at the [[South Cairo Court of First Instance|ORGANIZATION]] in [[Bab El Khalq|CITY]]. I am [[twenty-nine|AGE]] years old. I graduated from the Faculty of Law at [[Ain Shams University|SCHOOL]] in [[2017|DATE]] and I was appointed to the court in [[February 2019|DATE]].

AI: What does a session clerk do, for someone who doesn't know?

User: I sit next to the judges during the session and I write the minutes, the محضر الجلسة, everything: who attended, what the lawyer requested, the postponement date. Then I prepare the file for the next session, I write the notices. It is a lot of paper. We have a computer system now, but many lawyers still bring memos handwritten, and the old files are all paper. My supervisor, Ustaz [[Sherif|PERSON]], he has been in the court thirty years, he can find any file in the archive by memory. I cannot do that.

AI: Where does AI come into it, if at all?

User: Officially, nowhere. Unofficially, I use [[ChatGPT|AI_PRODUCT]] on my phone at home. Not with real case files, I want to be clear. I use it to improve my formal Arabic in the notices, because the legal language is very old style, and to understand some terms when a lawyer cites a law article I don't remember. Sometimes I ask it to explain a Court of Cassation principle in simple words. It makes mistakes with Egyptian law, it mixes it with Saudi or Emirati rules, so I always check in the books. My friend [[Mariam Samir|PERSON]], she is a clerk in the family court in [[Zenhom|CITY]], she uses it to type faster. She dictates in Egyptian dialect and it writes in fusha. I think that is clever.

AI: Have you tried it for the minutes themselves?

User: I thought about it. The problem is the typing during the session is very fast, and the judge speaks, the lawyer speaks, the accused's family is shouting sometimes. If a tool could listen and write, it would save my hands. But it is a court, there are secrets, and we have strict instructions from the [[Ministry of Justice|ORGANIZATION]] that no outside program touches the records. I understand why. Also [[Microsoft Word|SOFTWARE]] on our computers is a very old version, so forget about [[Copilot|AI_PRODUCT]]. Outside work it is different. I am preparing a master's in criminal law, part-time, and I use it to summarise articles. I also asked it about [[Naguib Mahfouz|PUBLIC_FIGURE]] once, about the courts in his novels, just for fun, because my father, Hagg [[Adel|PERSON]], loves him. It gave a very nice answer but it invented a novel that does not exist. So I trust it like I trust a talkative neighbour. Good company, but verify.

AI: Thank you, [[Nourhan|PERSON]]. How can we contact you later?

User: My mobile is [[٠١١٥٨٢٣٠٤٧٦|OBF_PHONE|arabic_indic_digits]], I am writing it in Arabic numbers, I hope that is fine. Email: [[nourhan.adel.fathy@yahoo.com|EMAIL_ADDRESS]], or the newer one, [[nourhan_fathy [at] outlook [dot] com|OBF_EMAIL|bracket_at_dot]]. And on [[Facebook|SOFTWARE]] I am [[facebook.com/nono.adel.law|URL]], but please message first, I don't accept unknown people.""")

# 5 Morocco - social worker
T.append("""AI: Bonjour, and thank you for taking part. Could you tell me a bit about yourself and your work?

User: Bonjour, with pleasure. I am [[Khadija Bennani|PERSON]]. I'm an [[assistante sociale|JOB_TITLE|french_language]], a social worker, at the [[Association Al Amal pour l'Enfance|ORGANIZATION]] in [[Hay Mohammadi|CITY]], [[Casablanca|CITY]]. We work with children who left school and with their mothers, many are single mothers. We have a convention with the [[Entraide Nationale|ORGANIZATION]], so part of the funding comes from the state. I trained at the [[INAS|SCHOOL]], the [[Institut National de l'Action Sociale|SCHOOL]] in [[Tanger|CITY]], I finished in [[2004|DATE]]. So yes, I am [[quarante-quatre|AGE|french_number_words]] years, forty-four, I am not shy about it.

AI: Thank you, [[Khadija|PERSON]]. How does AI come into your work?

User: Slowly. The first time was in [[April 2023|DATE]], when our director, Si [[Abdelilah Tazi|PERSON]], asked me to write a funding proposal for a European foundation, in English, in five days. My English is okay for speaking but writing a proposal, no. My niece [[Salma|PERSON]], she studies in [[Rabat|CITY]], she showed me [[ChatGPT|AI_PRODUCT]]. I wrote everything in French with my own ideas and asked it to translate and make it "professional". We got the grant. So since then Si [[Abdelilah|PERSON]] thinks I am a genius.

AI: And in your day-to-day casework?

User: For the case notes I don't use it, because the files are sensitive. The women tell us very difficult things, violence, debts, problems with the family of the husband. If I write "Lalla [[Fatima Zahra|PERSON]] from [[Derb Moulay Cherif|CITY]], three children" into an American website, what do I know where it goes? No. The mothers call me Lalla [[Khadija|PERSON]] and they trust me; I will not break that. But I use [[Gemini|AI_PRODUCT]] to prepare workshops, for example a session on budgeting, or how to register a child who has no birth certificate. I ask it for simple explanations, then I translate them into Darija myself, because its Darija is like a tourist in the medina.

AI: Do your colleagues use it too?

User: The young educators, yes, they use it for everything, posters, the [[Facebook|SOFTWARE]] page, even the reports to the [[Entraide|ORGANIZATION]]. I tell them be careful, read it before you send it. Once a report went out with "as an AI language model" inside it. Imagine. The delegate at the [[Entraide Nationale|ORGANIZATION]] called me laughing. We have a small team, seven people, and we share one laptop that works well and a printer that works when it wants. We communicate all on [[WhatsApp|SOFTWARE]], all of it, even with the mothers, voice notes mostly, because many cannot read.

AI: What would you like to see change?

User: Tools that understand Darija and Amazigh properly, because that is how people here speak. And I would like the ministry to give clear rules, because now each association does what it wants. In [[Europe|CONTINENT]] they have rules for data, here it is still new. I am not afraid of the technology, I am afraid of the chaos.

AI: Merci beaucoup. How can we reach you for a follow-up?

User: Email: [[khadija point bennani arobase gmail point com|OBF_EMAIL|spelled_at_dot_french]]. Phone, I'll say it like we say it: [[zéro six, soixante et un, vingt-quatre, quatre-vingt-trois, zéro sept|OBF_PHONE|digits_as_words_french]]. If you need it for the attestation, my CIN is [[BE748213|NATIONAL_ID]]. And our office is at [[12 Rue Ibn Tachfine|ADDRESS]], near the [[Hay Mohammadi|CITY]] cinema, you can't miss it.""")

# 6 Portugal - tax authority civil servant
T.append("""AI: Olá, thank you for joining. To begin, could you tell me who you are and where you work?

User: Olá. I'm [[Joana Martins Figueiredo|PERSON]]. My colleagues call me [[Jo|PERSON|nickname]], because there are three Joanas on our floor. I'm a [[técnica superior|JOB_TITLE|portuguese_language]], a senior technician, at the [[Autoridade Tributária e Aduaneira|ORGANIZATION]], the tax authority, everybody says [[AT|ORGANIZATION]]. I'm at the [[Serviço de Finanças do Porto-2|ORGANIZATION]], in [[Bonfim|CITY]], in [[Porto|CITY]]. I've been in the public administration since [[2003|DATE]]; I entered by public competition, the famous concurso. I studied economics at the [[Faculdade de Economia do Porto|SCHOOL]]. I'm [[47|AGE]], so, half my life in the Finanças.

AI: What does your day look like, [[Joana|PERSON]]?

User: Mostly people. People at the counter who received a letter and don't understand it, old people who need help with the IRS, the income tax declaration, small businesses with VAT problems. And a lot of internal reports, statistics for the direção de finanças. The public mostly sees the [[Portal das Finanças|SOFTWARE]], but behind it we have internal systems that are, let's say, from another century. Some of them still look green on black.

AI: Have AI tools become part of that?

User: In [[May 2024|DATE]] we got [[Copilot|AI_PRODUCT]] in the [[Microsoft 365|SOFTWARE]] package, at least some of us, as a pilot. There was a training, two hours online, very generic. I use it for summarising the circulares, the internal instructions, which are long and written in a Portuguese that even [[José Saramago|PUBLIC_FIGURE]] would find heavy. I ask it "what changed compared to the previous one" and it is quite good at that. I also use it with [[Excel|SOFTWARE]] for the monthly tables. Before, my colleague [[Rui Pacheco|PERSON]] was the only one who knew the macros, and when he went on holiday in August, everything stopped. Now I can at least ask the machine.

AI: What about taxpayer data?

User: Never. Absolutely not. The tax secrecy, the sigilo fiscal, is sacred for us, it is in the law, and you can lose your job. No NIF, no name, no amounts that could identify anyone. When I need help with a letter I write it generic: "a pensioner who received a fine for late submission". My chefe, Dra. [[Helena Sousa|PERSON]], she is very strict on this, and she is right. Some younger colleagues use [[ChatGPT|AI_PRODUCT]] on their phones and I think sometimes they are not careful. I told one of them, [[Tiago|PERSON]], "imagine your grandmother's tax return on the internet". He understood.

AI: How do the people at the counter react to the idea of AI in the tax office?

User: They are afraid of it. They already think the Finanças knows everything about them. [[Last month|GENERIC_TIME]] a senhora asked me if a robot decided her fine. I said no, a person did, and she said "then I want to speak to that person". Honestly, that is fair. For me, AI is good for the back office, for texts and tables, but the counter must stay human. Especially in a country like [[Portugal|COUNTRY]] with so many elderly people living alone.

AI: Thank you, [[Jo|PERSON|nickname]]. How can we contact you again?

User: Please use my personal email, not the institutional one: [[joana.mfigueiredo[at]sapo.pt|OBF_EMAIL|bracket_at]]. My phone is [[nine one two, 48 73 06, five|OBF_PHONE|mixed_words_digits]], you can call [[after six|GENERIC_TIME]]. If you need a tax number for the voucher, my NIF is [[241 873 506|NATIONAL_ID]]; ironic, I know.""")

# 7 Chile - ICU nurse
T.append("""AI: Hola, thanks for connecting after your shift. Can you tell me about yourself?

User: Hola, sí, sorry if I look tired, I came out of a night shift. I'm [[Camila Andrea Rojas Valdés|PERSON]], [[Cami|PERSON|nickname]] for everybody. I'm an [[enfermera clínica|JOB_TITLE|spanish_language]], clinical nurse, in the [[Unidad de Paciente Crítico|ORGANIZATION]], the ICU, at the [[Hospital Sótero del Río|ORGANIZATION]] in [[Puente Alto|CITY]]. I'm [[31|AGE]]. I studied at the [[Universidad de Chile|SCHOOL]], and I've been at the [[Sótero|ORGANIZATION]] since [[March 2018|DATE]], first in medicine ward, then ICU after the pandemic started.

AI: How does AI show up in an ICU nurse's work, [[Cami|PERSON|nickname]]?

User: Not at the bedside, mostly. The monitors have some alarms that are "smart", the company says, but really they just beep more. Where I use AI is for studying and for the paperwork. I'm doing a diplomado in critical care, and I use [[ChatGPT|AI_PRODUCT]] to explain the physiology when I'm too tired to read. Like, at four in the morning, I ask "explain ARDS ventilation like I'm twelve", and it works. Also for the education sessions we give to families. I write the content and ask it to make it simpler, warmer, and I check everything with the protocol.

AI: Are there rules in the hospital about it?

User: Not really clear ones. The clinical record is [[TrakCare|SOFTWARE]], and there is nothing of AI in there, and nobody would copy a patient's record into a chatbot, or at least I hope. Our [[jefa de turno|GENERIC_ROLE|spanish_language]], the shift chief, said in a meeting "don't put the RUT of patients anywhere", and that was the whole policy. I take it seriously. For example, I had a patient, don [[Ramón|PERSON]], eighty-something, very sweet, who didn't understand why he couldn't drink water after extubation. I asked [[ChatGPT|AI_PRODUCT]] how to explain it to an older man from the countryside, but I didn't put his name, only "older adult patient". Then I explained it with my own words, and he laughed and called me "mijita".

AI: What do your colleagues think?

User: Divided. The TENS, the technicians, like tía [[Marta|PERSON]], who has worked there twenty-five years, she says "that machine doesn't know how to change a sheet with the patient in it". True! [[The young doctors|GENERIC_ROLE]] use it a lot, some too much. My best friend from university, [[Javiera Soto|PERSON]], she works at [[Clínica Alemana|ORGANIZATION]] in [[Vitacura|CITY]], and there they have more technology, like a system that predicts sepsis. Here in the public system we fight for gloves some weeks. So it's like two different [[Chile|COUNTRY]], you know? [[Gabriel Boric|PUBLIC_FIGURE]] talks about digital health, but the printer on our unit has been broken since winter.

AI: Has it changed how you feel about your own future in nursing?

User: A little. I don't think AI takes my job, the job is hands and eyes and talking to people who are scared. But maybe in ten years the documentation is automatic and I can spend more time with patients. That would be a dream. My mom, [[Verónica|PERSON]], she's also a nurse, retired, she says they said the same thing about computers in the nineties and the paperwork only got bigger. She's probably right.

AI: Thank you so much. How can we reach you?

User: My email is [[cami.rojas.v arroba gmail.com|OBF_EMAIL|spelled_at_spanish]]. The phone is [[+５６ ９ ７４３１ ２２８０|OBF_PHONE|fullwidth_digits]], sorry, my keyboard is set weird, it types those wide numbers. If you need my RUT for the gift card, it's [[17.482.935-K|NATIONAL_ID]]. I live in [[Villa Los Cerezos|CITY]], in [[Puente Alto|CITY]] too, if you send anything by post, but better by email.""")

# 8 Colombia - labour lawyer
T.append("""AI: Buenas tardes, thank you for joining. Could you introduce yourself and your work?

User: Buenas tardes, con mucho gusto. I'm [[Luisa Fernanda Ospina Restrepo|PERSON]]; friends call me [[Luisa Fer|PERSON|nickname]]. I'm an [[abogada asociada|JOB_TITLE|spanish_language]], associate lawyer, at [[Gómez Arango & Asociados|ORGANIZATION]], a firm of about twenty lawyers in [[El Poblado|CITY]], [[Medellín|CITY]]. I do labour law, mostly for companies, contracts, disciplinary processes, dismissals. I studied at the [[Universidad Pontificia Bolivariana|SCHOOL]], the [[UPB|SCHOOL]], graduated in [[2014|DATE]], and I did a specialisation at [[Universidad Externado|SCHOOL]] in [[Bogotá|CITY]]. I'm [[thirty-four|AGE]].

AI: Thank you, [[Luisa|PERSON]]. When did you start using AI tools?

User: At the end of [[2022|DATE]], like everybody, with [[ChatGPT|AI_PRODUCT]]. First I was sceptical, because lawyers here, we love our long, beautiful paragraphs, and I thought "a machine cannot write like a Colombian lawyer". But now I use it every day, for first drafts of contracts and for summarising jurisprudence. I also pay for [[Claude|AI_PRODUCT]] with my own money because it's better for reading long documents, like a hundred pages of a collective agreement. The firm has [[vLex|SOFTWARE]] for legal research and they added AI features this year, but honestly I still double-check every citation with the original ruling.

AI: Why the double-checking?

User: Because it invents. Once it gave me a sentence of the Corte Suprema with a radicado number that looked perfect and did not exist. Imagine I put that in a brief. My boss, el doctor [[Juan Camilo Gómez|PERSON]], would kill me, and he'd be right. In [[Colombia|COUNTRY]] we call lawyers "doctor" even without a doctorate, so at the office I'm la doctora [[Ospina|PERSON]] to the clients, and [[Luisa Fer|PERSON|nickname]] to the interns. The interns use AI even more than me. I tell them: the tool is a junior, you are the one who signs.

AI: What about confidentiality with clients?

User: That is the big question. We anonymise. For example, we have a client, [[Confecciones La Montaña S.A.S.|ORGANIZATION]], a textile company in [[Itagüí|CITY]], with a conflict with the union. When I use AI for that case, I change names, I write "Company X" and "Worker 1". I never paste the NIT or the workers' cédulas. But it is tiring, and I know some colleagues don't do it. Also now with the labour reform that [[Gustavo Petro|PUBLIC_FIGURE]] pushed, every client calls asking "what does this mean for me", and AI helps me build a first comparison table of old versus new articles. That saves me hours.

AI: Has it changed how you bill or how you work with your team?

User: Yes, it's a tension. We bill by the hour for some clients. If something took me four hours and now takes one, what do I charge? My colleague [[Santiago Mejía|PERSON]] says we should move to fixed fees. The senior partners are not convinced. Also the paralegal, doña [[Gloria|PERSON]], she was worried she would lose her job. We told her no, but I understand the fear.

AI: Muchas gracias. How can we contact you?

User: Email: [[luisafer.ospina arroba hotmail punto com|OBF_EMAIL|spelled_at_dot_spanish]], all together. The cellphone is [[tres cero cero, seis uno cuatro, dos dos nueve ocho|OBF_PHONE|digits_as_words_spanish]]. And for the contract they asked my cédula, it's [[1.037.594.812|NATIONAL_ID]]. My LinkedIn is [[linkedin.com/in/luisaospinarestrepo|URL]] if you prefer.""")

# 9 Peru - public accountant
T.append("""AI: Buenos días. Thank you for taking part. Could you tell me about yourself?

User: Buenos días. My name is [[Wilfredo Quispe Mamani|PERSON]]. My friends say [[Wilo|PERSON|nickname]]. I am a [[contador público colegiado|JOB_TITLE|spanish_language]], a chartered public accountant, registered in the [[Colegio de Contadores Públicos de Arequipa|ORGANIZATION]] with matrícula [[CPC 10-4587|NATIONAL_ID]]. I have my own small office, [[Estudio Contable Quispe & Asociados|ORGANIZATION]], in [[Cayma|CITY]], [[Arequipa|CITY]]. Before that I worked eleven years in the regional government, in the [[Gobierno Regional de Arequipa|ORGANIZATION]], in the treasury. I studied at the [[Universidad Nacional de San Agustín|SCHOOL]], the [[UNSA|SCHOOL]]. I have [[cuarenta y cinco|AGE|spanish_number_words]] years, forty-five.

AI: Thank you, [[Wilfredo|PERSON]]. What kind of clients do you have?

User: Small businesses mostly. Restaurants, picanterías, transport companies, some teachers who rent a room. Our work is mostly with [[SUNAT|ORGANIZATION]], the tax administration: monthly declarations, electronic books, the annual income tax. For example señora [[Rosa Huamán|PERSON]], she has [[Picantería Doña Rosa|ORGANIZATION]] near the river, very good rocoto relleno, and she brings me her receipts in a plastic bag every month. That is my reality. The technology is beautiful, but the bag of receipts is the reality.

AI: How do you use AI in that reality?

User: I started in [[June 2024|DATE]] with [[Claude|AI_PRODUCT]], because my son [[Brayan|PERSON]], he studies systems engineering, he told me it is good with numbers and documents. I use it to read the new [[SUNAT|ORGANIZATION]] resolutions, which change every month, and explain to me what changed. Also I use it to build formulas in [[Excel|SOFTWARE]] to reconcile the sales register with the bank statements. Before, [[my assistant|GENERIC_ROLE]] [[Yesenia|PERSON]] did this by hand, two days. Now, half a day. She is happy, she can do other things, she is studying for her own degree now.

AI: Do you put client information into it?

User: I try not to. I take out the RUC and the names before. I replace with "Client A". But I will be honest, sometimes when I'm in a hurry [[at the end of the month|GENERIC_TIME]], with the deadline the next day, I am tempted. The law of personal data in [[Peru|COUNTRY]] exists, but few people follow it. I think accountants need training on this. In the Colegio they organised one talk about AI in [[October 2024|DATE]], very good, but only one. For the electronic books we use the [[PLE|SOFTWARE]] from [[SUNAT|ORGANIZATION]], and the AI cannot touch that, which maybe is good. As for my clients, most of them don't know what it is. Señora [[Rosa|PERSON]] asked me if "the computer now does the accounting" and if she should pay me less. I told her no, the computer does not go to [[SUNAT|ORGANIZATION]] to argue for you when there is an audit, I do! She laughed. The younger clients, they use [[ChatGPT|AI_PRODUCT]] themselves and sometimes they come with wrong answers. One told me he did not have to pay IGV because the chatbot said so. That was a long meeting.

AI: Muchas gracias, [[Wilo|PERSON|nickname]]. How can we reach you?

User: My phone is [[959.482.117|OBF_PHONE|dotted_digits]], also [[WhatsApp|SOFTWARE]]. Email [[wquispe.contador@​gmail.com|OBF_EMAIL|zero_width]]. My RUC, if you need an invoice for the interview payment, is [[10294587321|NATIONAL_ID]]. Office is at [[Calle Misti 214|ADDRESS]], [[Cayma|CITY]], second floor.""")

# 10 Mexico - university librarian
T.append("""AI: Hola, good morning. Thanks for joining. Please introduce yourself.

User: Buenos días. I'm [[María Guadalupe Hernández Zavala|PERSON]], but please, [[Lupita|PERSON|nickname]], nobody uses the full name except the bank. I'm a [[bibliotecaria|JOB_TITLE|spanish_language]], librarian, and since [[2016|DATE]] I'm [[jefa del Departamento de Consulta|JOB_TITLE|spanish_language]], head of reference services, at the [[Biblioteca Central|ORGANIZATION]] of the [[UNAM|ORGANIZATION]], in [[Ciudad Universitaria|CITY]]. I live close, in [[Coyoacán|CITY]]. I studied at the [[ENBA|SCHOOL]], the [[Escuela Nacional de Biblioteconomía y Archivonomía|SCHOOL]]. And I turned [[50|AGE]] [[this May|DATE]], with a big party, mariachi and everything.

AI: Felicidades, [[Lupita|PERSON|nickname]]. How has AI arrived in the library?

User: Gracias! It arrived through the students asking for books that don't exist. Seriously. Since [[2023|DATE]] we get students at the desk with a list of references from [[ChatGPT|AI_PRODUCT]], perfect format, APA style, and half of them are invented. Author real, title invented. Once a girl, [[Itzel|PERSON]], came asking for an essay by [[Octavio Paz|PUBLIC_FIGURE]] about artificial intelligence. Poor thing, she was so disappointed. So now a big part of my job is teaching information literacy: what the machine does, what it doesn't do.

AI: Do you use AI tools yourself?

User: Yes, carefully. I use [[Gemini|AI_PRODUCT]] because the university has Google accounts. I use it to draft workshop materials and to suggest subject headings for difficult materials, like a collection of old pamphlets we are cataloguing. But the cataloguing goes into [[Aleph|SOFTWARE]], our system, and I check every heading with the authority files. The AI is creative; a catalogue should not be creative. My colleague, el maestro [[Ernesto Villalobos|PERSON]], is a purist and he refuses completely. We argue a lot at lunch, but with love. He says a catalogue is a promise to the future reader, and a machine cannot make promises. I say a machine can at least help me keep mine faster. [[On Fridays|GENERIC_TIME]] we continue the argument over tacos.

AI: What about patrons' privacy?

User: That is sacred for librarians. What someone reads is their business. We don't put user data in any external tool. The loan records, no. Also, we have many researchers who work on sensitive topics, violence, disappearances in [[Mexico|COUNTRY]], and they need to trust that the library is safe. When [[Elena Poniatowska|PUBLIC_FIGURE]] came to give a talk here some years ago, she said the library is the last democratic space. I believe that, so I am careful that the technology doesn't break it.

AI: Have you seen any benefits for the students?

User: Yes, for students from outside the city, first generation, who are shy to ask. The chatbot doesn't judge them. Then they come to the desk with a better question. My nephew [[Emiliano|PERSON]] is in first semester of engineering and he uses it like a tutor. I think that's okay, if they learn to verify. In [[Latin America|CONTINENT]] we have less access to databases than in rich countries, so a free tool is tempting, but free is never really free.

AI: Gracias. How can we contact you for follow-up?

User: My email is [[lupita.hz [arroba] bibliotecacentral [punto] unam [punto] mx|OBF_EMAIL|bracket_at_spanish]], that's my work one. Or [[WhatsApp|SOFTWARE]] [[55·4129·8836|OBF_PHONE|middle_dot_digits]]. If the payment form asks for CURP, it's [[HEZG740512MDFRVD08|NATIONAL_ID]]. Office is ground floor, ask for [[Lupita|PERSON|nickname]] at the reference desk, everybody knows me.""")

# 11 Canada (Québec) - municipal civil engineer
T.append("""AI: Bonjour, thanks for taking the time. Could you introduce yourself?

User: Bonjour, yes. I'm [[Étienne Gagnon-Bouchard|PERSON]]. At work they call me [[Tienne|PERSON|nickname]], or "[[le grand|PERSON|nickname]]" because I'm six foot four. I'm an [[ingénieur de projets|JOB_TITLE|french_language]], project engineer, at the [[Ville de Montréal|ORGANIZATION]], in the [[Service des infrastructures du réseau routier|ORGANIZATION]]. We do roads, sewers, water mains, all the orange cones you hate in summer, that's us. I studied at [[Polytechnique Montréal|SCHOOL]], bachelor in civil, finished in [[2014|DATE]]. I'm [[33|AGE]], I live in [[Rosemont|CITY]] with my blonde, sorry, my girlfriend, [[Catherine|PERSON]], it's a Québécois expression.

AI: [[Étienne|PERSON]], where does AI come into your work?

User: Mostly in writing, to be honest. An engineer at the city writes more than he calculates. Tender documents, technical notes, replies to citizen complaints, reports for the borough council. Since [[fall 2023|DATE]] we have [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] and [[Outlook|SOFTWARE]], and I use it to summarise long email threads, you know, the ones with forty replies between the contractor, the borough and the STM. Also for translation, because some of our consultants are from Ontario and their reports are in English, and the official documents must be in French. The Office québécois de la langue française would not be happy otherwise!

AI: Do you use it for design work too?

User: A little, very carefully. For design we use [[AutoCAD Civil 3D|SOFTWARE]], and there are some automation tools, but the actual engineering judgment, no. I'm a member of the [[Ordre des ingénieurs du Québec|ORGANIZATION]], the [[OIQ|ORGANIZATION]], and when I seal a plan, it's my responsibility, my permit. If a culvert collapses, the Order will not ask [[ChatGPT|AI_PRODUCT]] for an explanation, they'll ask me. I use [[ChatGPT|AI_PRODUCT]] sometimes to check a Python script that I use to process traffic counts, or to remind me of a formula from the CSA standard, but then I open the standard and verify.

AI: How does your team feel about it?

User: It's generational, a bit. [[My director|GENERIC_ROLE]], [[Stéphane Lavoie|PERSON]], he's fifty-eight, he prints the emails. Seriously. The young engineers, the juniors, they use AI all the time. My colleague [[Marie-Ève Lapointe|PERSON]] built a little assistant with prompts for writing the avis aux citoyens, the notices we put in mailboxes before we close a street. It's actually very good, clear, polite, in plain French. Before, citizens called the 311 angry because they didn't understand our notices. Now a bit less angry. Only a bit.

AI: Any concerns about AI in the public sector?

User: Yes. Transparency. If the city uses AI to decide which street gets repaired first, citizens need to know how. [[Valérie Plante|PUBLIC_FIGURE]] can announce a plan, but someone has to explain the model. Also the data: our networks data is sensitive, water infrastructure is critical. I don't put plans or addresses of pumping stations in a public tool. And I worry about the juniors who don't learn the basics because the tool gives the answer. When I started, [[my mentor|GENERIC_ROLE]], [[Jean-Pierre Roy|PERSON]], made me calculate everything by hand the first year. I hated it, but I learned.

AI: Merci, [[Tienne|PERSON|nickname]]. How can we reach you later?

User: My personal email is [[etienne.gagnon.bouchard at videotron dot ca|OBF_EMAIL|spelled_at_dot]]. Cell is [[cinq un quatre, sept zéro trois, quatre-vingt-un, dix-neuf|OBF_PHONE|digits_as_words_french]], that's five one four, etc. My [[OIQ|ORGANIZATION]] permit number, if you need it to confirm I'm an engineer, is [[5041872|NATIONAL_ID]].""")

# 12 Romania - computer science high-school teacher
T.append("""AI: Bună ziua, and thank you for joining. Please tell me about yourself.

User: Bună ziua! I'm [[Ioana-Cristina Pop|PERSON]]. Just [[Ioana|PERSON]] is fine. I'm a [[profesoară de informatică|JOB_TITLE|romanian_language]], a computer science teacher, at [[Colegiul Național „Emil Racoviță”|SCHOOL]] in [[Cluj-Napoca|CITY]]. I'm also [[diriginte|JOB_TITLE|romanian_language]], form teacher, for the eleventh grade. I'm [[39|AGE]], I live in [[Mănăștur|CITY]], the big neighbourhood of blocks. I studied at [[Universitatea Babeș-Bolyai|SCHOOL]], the [[UBB|SCHOOL]], and I passed the titularizare exam in [[July 2011|DATE]], so I have a permanent post since then.

AI: As a computer science teacher you must have strong views on AI. How do you use it?

User: Yes, strong and changing [[every month|GENERIC_TIME]]! I use [[ChatGPT|AI_PRODUCT]] to generate exercises, especially variations of the same problem, so students cannot copy from each other. For the olympiad preparation, I ask it to explain solutions in a different way. But I teach C++ and algorithms, and the students can just paste the problem and get the code. So in class, on tests, everything is on paper, like in the nineties. They complain, "doamna profesoară, nobody writes code on paper". I say: at the bacalaureat you will, so practise.

AI: How does the school management see it?

User: Our director, doamna director [[Mureșan|PERSON]], is open-minded. In [[September 2023|DATE]] she asked me to give a workshop for the other teachers about AI, because I'm "the IT one". It was funny: the Romanian literature teachers were the most interested, the math teachers the most sceptical. The inspectorate, the [[ISJ Cluj|ORGANIZATION]], sent one circular with vague recommendations. Nothing concrete. We use [[Google Classroom|SOFTWARE]] and [[Adservio|SOFTWARE]] for grades, and the rule I made for myself is: no student names, no grades, nothing from [[Adservio|SOFTWARE]] goes into an AI. Never.

AI: What about your students, how do they actually use it?

User: Everything. Homework, essays, even messages to their parents, I suspect. One of my best students, [[Andrei|PERSON]], used it to learn dynamic programming in two weeks, really impressive, he got to the national stage of the olympiad. Another one used it to write an essay about [[Mihai Eminescu|PUBLIC_FIGURE]] for Romanian class and the teacher caught him because it was "too perfect" and had no Romanian spirit. So it's both. My own daughter, [[Sofia|PERSON]], she's nine, asks it to invent stories about cats. I let her, with me next to her.

AI: Do you worry about your profession?

User: Not about being replaced. I worry about the gap. Students from families like in [[Bucharest|CITY]] or here in the centre have good laptops and paid tutors and now AI on top. Students from villages around, some come by bus one hour, some don't have a computer at home. AI could help them, but only if the school gives access and teaches them. Otherwise the gap grows. [[Romania|COUNTRY]] already has one of the biggest gaps in [[Europe|CONTINENT]], I read it every year in the news.

AI: Thank you, [[Ioana|PERSON]]. How can we reach you?

User: My email: [[іoana.pop.info@yahoo.com|OBF_EMAIL|homoglyph]], I hope I typed it right, my phone keyboard switched to Ukrainian letters for a moment. Phone [[zero seven four five, 12, 38, 60|OBF_PHONE|mixed_words_digits]]. And for the contract, my CNP is [[2850314124567|NATIONAL_ID]].""")

# 13 Czechia - civilian police analyst
T.append("""AI: Dobrý den, thank you for joining. Could you introduce yourself?

User: Dobrý den. My name is [[Tomáš Dvořák|PERSON]]. International colleagues call me [[Tom|PERSON|nickname]], it is easier. I work as a [[civilní analytik|JOB_TITLE|czech_language]], a civilian crime analyst, so not a police officer, I don't carry a weapon, at the [[Krajské ředitelství policie Jihomoravského kraje|ORGANIZATION]], that is the regional police directorate in [[Brno|CITY]]. We say [[KŘP JMK|ORGANIZATION]], nobody says the full name. I started on [[1 March 2016|DATE]]. I am [[forty-two|AGE]]. I studied sociology at [[Masarykova univerzita|SCHOOL]] here in [[Brno|CITY]], and I live in [[Královo Pole|CITY]].

AI: What does a crime analyst do day to day, [[Tomáš|PERSON]]?

User: I look for patterns. Burglaries, car thefts, fraud series. Lately very much online fraud, the fake bank calls to old people, "your account is in danger, transfer money to a safe account". I build link charts in [[i2 Analyst's Notebook|SOFTWARE]], make maps, write analytical reports for the investigators. A lot of [[Excel|SOFTWARE]], honestly, more [[Excel|SOFTWARE]] than anything glamorous.

AI: Is AI part of that?

User: Officially very limited. We work on a closed network. Nothing from police systems goes to [[ChatGPT|AI_PRODUCT]] or any cloud service, it would be a crime, literally, and I would lose my job and maybe go to court. So at work, no public AI. There are internal projects, I cannot talk about details. At home, I use it to learn, for example new methods in statistics, or to practise my English for conferences. Last year I presented at a Europol meeting in [[The Hague|CITY]] and I prepared the talk with help from [[Claude|AI_PRODUCT]], I mean the language, not the content.

AI: What do your colleagues think about AI?

User: [[The investigators|GENERIC_ROLE]] are sceptical. [[My superior|GENERIC_ROLE]], pan plukovník [[Novotný|PERSON]], the colonel, he says "the computer doesn't interrogate anybody". But he also asked me if AI can read the three thousand pages of bank statements from one fraud case. The answer is maybe, in future, in a safe system. My colleague paní [[Jana Horáková|PERSON]], she is an analyst like me, she is more enthusiastic, she did a course in [[Prague|CITY]] about AI for law enforcement. The big fear is the criminals: they already use AI for the fake calls, voices that sound like your grandson. We are behind them. [[Last winter|GENERIC_TIME]] we had a series where an old man sent almost all his savings because "his grandson" cried on the phone. The voice was generated. That case stayed with me for weeks.

AI: How do you see the ethics of AI in policing?

User: It's difficult. Prediction of crime on maps, I am okay with that for places, not for persons. Predicting that a person will commit a crime, this is dangerous, it is like the film with [[Tom Cruise|PUBLIC_FIGURE]]. In the [[Czech Republic|COUNTRY]] we have history with a state that watched everybody, my parents remember it. [[Václav Havel|PUBLIC_FIGURE]] wrote about this. So I think analysts must be the ones who say "no, this is too much". Technology will not say it.

AI: Thank you very much. How can we contact you later?

User: Not through the police email, please. Private: [[tomas.dvorak82 (zavináč) seznam.cz|OBF_EMAIL|bracket_at_czech]]. Phone [[+420 604 218 937|PHONE_NUMBER]]. If you need identification for the form, rodné číslo is [[820714/3325|NATIONAL_ID]], but I prefer you don't store it long.""")

# 14 Finland - university study affairs planner
T.append("""AI: Hei, thanks for joining. Could you introduce yourself and your role?

User: Hei! I'm [[Anni-Kaisa Heikkinen|PERSON]], most people say [[Anski|PERSON|nickname]]. I'm an [[opintoasiainsuunnittelija|JOB_TITLE|finnish_language]], which in English is something like [[study affairs planner|JOB_TITLE]], at [[Tampere University|ORGANIZATION]], or [[Tampereen yliopisto|ORGANIZATION|finnish_language]]. I'm in the [[Faculty of Information Technology and Communication Sciences|ORGANIZATION]], at the [[Hervanta|CITY]] campus. I started on [[1.8.2019|DATE]], before that I was at the student services in [[Jyväskylä|CITY]], where I also studied, at [[Jyväskylän yliopisto|SCHOOL]]. I'm [[45|AGE]].

AI: Thanks, [[Anni-Kaisa|PERSON]]. What does a [[study affairs planner|JOB_TITLE]] do?

User: Everything between the student and their degree certificate, basically. Curriculum planning, study rights, credit transfers, exceptions, graduation. Lots of emails from international students, many from [[Asia|CONTINENT]] and [[Africa|CONTINENT]], who are confused about the Finnish system, and honestly the Finnish system is confusing. Our study information system is [[Sisu|SOFTWARE]], and it is a world of its own.

AI: How do you use AI in this work?

User: The university gave us [[Copilot|AI_PRODUCT]] chat with the data protection, in [[early 2024|DATE]]. I use it for drafting answers in English, because I write many similar emails: "your credits from university X can be recognised if...". I keep a library of templates and ask [[Copilot|AI_PRODUCT]] to adapt them to each case, without student numbers or names, I add those myself in [[Outlook|SOFTWARE]]. Also I use it to translate the curriculum texts from Finnish to English, and for Swedish sometimes, though my Swedish is, well, school Swedish. My colleague [[Jukka-Pekka Laine|PERSON]], [[JP|PERSON|nickname]], tested it for checking study plans against degree requirements and it was wrong about twenty percent of the time. So we stopped that experiment.

AI: What about students using AI, does that reach your desk?

User: Yes, the academic integrity cases. I'm the secretary for the faculty group that handles suspected plagiarism, so I see the cases. In autumn we had more than ever. But it's hard to prove. The detection tools are not reliable, and we decided as a faculty not to use them as evidence. The teachers must talk with the student. A student, let's call him [[Ville|PERSON]], he is real but that's not his real name, he came crying because a teacher accused him and he had written everything himself. He's dyslexic and he used a grammar tool. That case taught me a lot. Now when a teacher sends me a suspicion, the first thing I ask is: did you talk to the student, and did you look at their earlier work? Usually that tells you more than any detector.

AI: Is there something you would like the university to do differently?

User: Clear guidance that is not forty pages long. And training for the staff who are not academics: we are many, we do the actual work, and the trainings are always for teachers. Also I would like AI to help with [[Sisu|SOFTWARE]], for example to find all students who are missing one course. Now I do it with reports and [[Excel|SOFTWARE]]. I'm not afraid of AI, I'm more afraid of the next reorganisation, we have had three since the merger in [[2019|DATE]].

AI: Kiitos, [[Anski|PERSON|nickname]]. How can we reach you?

User: Work email is fine: [[anni-kaisa.heikkinen@​tuni.fi|OBF_EMAIL|zero_width]]. Or mobile [[O40 718 2293|OBF_PHONE|lookalike_letters]]. If text is easier, my [[Signal|SOFTWARE]] is the same number. I'm on holiday in July like all Finns, so don't expect answers then, haha.""")

# 15 Denmark - municipal social worker
T.append("""AI: Hej, thank you for joining. Would you like to introduce yourself?

User: Hej, yes. I'm [[Mette Søndergaard Kristensen|PERSON]]. I'm a [[socialrådgiver|JOB_TITLE|danish_language]], a social worker, in [[Aarhus Kommune|ORGANIZATION]], in the family department, [[Familieafdelingen|ORGANIZATION|danish_language]], and my area is [[Gellerup|CITY]] and [[Brabrand|CITY]]. So mostly children and families where there are worries, notifications from schools, from the police, that kind of thing. I graduated from [[VIA University College|SCHOOL]] in [[2019|DATE]]. I'm [[29|AGE]], so I'm one of the younger ones in the team.

AI: Thanks, [[Mette|PERSON]]. How does AI fit into your work?

User: Careful! Very careful. Child protection cases are the most sensitive data the municipality has. We work in a case system, [[DUBU|SOFTWARE]], and nothing goes from there into an external AI. But the municipality rolled out [[Copilot|AI_PRODUCT]] for all employees in [[spring 2024|DATE]], inside the Microsoft environment, and there were long guidelines. I use it for things like: summarising a new law text, making a meeting agenda, writing a letter to parents in simpler language. Many families in [[Gellerup|CITY]] have Danish as a second language, Somali, Arabic, so simple Danish is important. Then I adjust it myself, because [[Copilot|AI_PRODUCT]]'s Danish is a bit stiff, like a textbook.

AI: Has it changed how you write your case notes?

User: Not yet, and I'm split about it. There is a lot of talk in [[Denmark|COUNTRY]] about AI to "free up time for the citizen". Even the Prime Minister, [[Mette Frederiksen|PUBLIC_FIGURE]], said something like that in a speech. Same first name as me, people make jokes at the office. But there was a scandal with an algorithm for child risk some years ago, and our union, [[Dansk Socialrådgiverforening|ORGANIZATION]], was very critical. I agree with them. My assessments must be mine. If a machine writes "the child is thriving", who is responsible when it's not true?

AI: What do your colleagues think?

User: Mixed. [[My team leader|GENERIC_ROLE]], [[Birgitte Holm|PERSON]], is pragmatic: use it for admin, never for assessments. My colleague [[Rasmus|PERSON]] uses it a lot for the legal questions, "what does paragraph 50 say", and he's fast, but once it quoted the old version of the law. The older colleagues, some of them are relieved that they don't need to understand it. I think we need to understand it, exactly because we are responsible.

AI: Is there any use you're enthusiastic about?

User: Yes, preparation for difficult meetings. I write, anonymously, "a mother is angry because we made a notification, she feels judged", and ask for ways to open the conversation. It gives me phrases I wouldn't think of. It's like a calm colleague at 7:30 in the morning, before everyone arrives. And for my own well-being, honestly: the job is heavy, and I sometimes write my frustration and ask it to help me structure my thoughts before supervision. That's private use, on my own phone, with [[ChatGPT|AI_PRODUCT]], and no case details.

AI: Tak, [[Mette|PERSON]]. How can we reach you?

User: Please use my private email: [[mettesk[at]gmail[dot]com|OBF_EMAIL|bracket_at_dot]]. Phone is [[twenty-eight, forty-one, seventy-seven, thirty|OBF_PHONE|digit_pairs_as_words]], we say numbers in pairs in Danish. For the gift card they need my CPR, that's [[140295-1288|NATIONAL_ID]], but only if it's really necessary.""")

# 16 Israel - CPA / audit senior manager
T.append("""AI: Shalom, thank you for joining. Could you tell me a little about yourself?

User: Shalom! I'm [[Avital Mizrahi|PERSON]], everybody calls me [[Tali|PERSON|nickname]]. I'm a [[רואת חשבון|JOB_TITLE|hebrew_script]], a CPA, and I work as a [[senior audit manager|JOB_TITLE]] at [[Levinson Dror & Co.|ORGANIZATION]], a mid-size accounting firm in [[Tel Aviv|CITY]], near the Azrieli towers. I live in [[Florentin|CITY]], in the south of the city, with my partner and a very loud cat. I'm [[35|AGE]]. I did my degree in accounting and economics at [[Tel Aviv University|SCHOOL]] and got my licence in [[2015|DATE]], after the famous exams that everyone fails at least once. I failed one, I'm not ashamed.

AI: Thanks, [[Tali|PERSON|nickname]]. How is AI used at your firm?

User: It's a big topic now. The partners set up a committee in [[November 2023|DATE]], and one of the partners, [[Moshe Dror|PERSON]], is the head of it. We have an enterprise version of [[ChatGPT|AI_PRODUCT]] with a contract that the data isn't used for training, so we're allowed to upload some documents, with rules. I use it mostly for reading: long agreements, board minutes, loan contracts. I ask "find every clause about covenants" and then I go and read those clauses myself. It saves me hours, especially in the busy season from January to March, when none of us sleep.

AI: Do you trust its outputs for audit work?

User: For finding things, yes, more or less. For conclusions, never. An audit opinion is signed by a person, and the Israeli regulator, the ISA, and our own quality control would destroy us if we said "the AI checked it". Also, it is bad at numbers in a specific way: it's confident. It once summed a column for me and was off by a few thousand shekels and wrote "total verified". My colleague [[Eyal Ben-David|PERSON]] found it and printed it and put it on the fridge in the kitchen, as a warning. It's still there.

AI: How do clients react when they learn you use AI?

User: Some want a discount, of course, Israelis always negotiate! Some are worried about confidentiality, especially the tech clients. One client, a startup founder, [[Shai Peretz|PERSON]], asked me to sign an extra NDA only about AI. Fair enough. And some clients use AI themselves and send us questions that are clearly from [[Claude|AI_PRODUCT]] or [[ChatGPT|AI_PRODUCT]], with very nice English and very wrong tax law. Israeli tax law is special, and the models mix it with American rules. What worries me most, though, is the junior staff. The first-year interns, the mitmachim, learn by doing the boring stuff: vouching invoices, tying numbers. If the AI does all of that, how will they learn to feel when something is wrong? I learned from my first manager, [[Orna Weiss|PERSON]], who made me redo a bank reconciliation four times. I hated her then. Now I send her flowers on Rosh Hashana. I think we need to design training, not just tools. Also, our ERP at most clients is [[Priority|SOFTWARE]] or [[SAP|SOFTWARE]], and the AI doesn't understand the local setups, so the juniors still have to learn the systems.

AI: Toda, [[Avital|PERSON]]. How can we get in touch?

User: My personal mail: [[tali.mizrahi.cpa at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Mobile: [[oh five four, seven seven one, two three oh nine|OBF_PHONE|digits_as_words]]. If your form needs an ID, my teudat zehut is [[038475921|NATIONAL_ID]]. Please don't call during [[April|GENERIC_TIME]], it's deadline hell.""")

# 17 Jordan - licensed midwife
T.append("""AI: Marhaba, and thank you for speaking with me. Could you introduce yourself?

User: Marhaba, welcome. My name is [[Hala Suleiman Al-Khatib|PERSON]]. In the neighbourhood they call me [[Umm Omar|PERSON|kunya]], after my eldest son. I am a licensed midwife, in Arabic [[قابلة قانونية|JOB_TITLE|arabic_script]], at [[Al-Bashir Hospital|ORGANIZATION]] in [[Amman|CITY]], in the delivery suite. I am [[41|AGE]]. I studied midwifery at [[Jordan University of Science and Technology|SCHOOL]] in [[Irbid|CITY]], I graduated in [[2005|DATE]], and I started at [[Al-Bashir|ORGANIZATION]] in [[2007|DATE]]. I live in [[Jabal al-Nuzha|CITY]], near my mother-in-law, which is a story for another interview!

AI: [[Hala|PERSON]], how has AI come into your work?

User: Through my son, honestly. [[Omar|PERSON]] is seventeen, in Tawjihi year, and he uses [[ChatGPT|AI_PRODUCT]] for everything. One night I was preparing a lecture for the new midwives and he said "Mama, let it make the slides". I was angry first, then I tried. Now I use it to prepare teaching materials, in Arabic and in English, because the guidelines from the [[Ministry of Health|ORGANIZATION]] are in Arabic but the international ones are in English. It helps me translate and make it simple.

AI: Do you use it for anything clinical?

User: No, no. In the delivery room there is no time for any phone. We have the electronic system, [[Hakeem|SOFTWARE]], for the records, and that is enough screens for me. [[Al-Bashir|ORGANIZATION]] is very busy, sometimes more than sixty births in one day, including many Syrian refugee women. [[Our head midwife|GENERIC_ROLE]], Sister [[Ibtisam|PERSON]], she is from the old school, she says "your hands and your eyes, that is your AI". And she is right. But at home, for reading, yes. When a new guideline comes out, I ask the AI to summarise it, then I read the original anyway.

AI: What do your colleagues think about these tools?

User: The young midwives use them on [[WhatsApp|SOFTWARE]] groups, they share answers to each other. Sometimes this is dangerous, a wrong answer spreads fast. Once a colleague, [[Dima|PERSON]], shared a "fact" from a chatbot about a medicine dose after birth that was wrong, and Dr. [[Rania Haddad|PERSON]], the consultant, had to send a long voice message to correct it. After that we agreed in the group: no AI answers about drugs, only from the protocol book. I also made a small rule for myself: if I would not say it to a woman's face in the labour room, I do not forward it in a group. My colleagues laughed, but they follow it now.

AI: How do the women you care for feel about AI?

User: Most don't think about it. Some young women come asking things they read on the internet, from [[TikTok|SOFTWARE]] and these things. I think there is a chance for a good Arabic tool that answers pregnant women's questions correctly, in simple words, maybe supported by the ministry. [[Queen Rania|PUBLIC_FIGURE]] talks a lot about education and technology, maybe she will support it, insha'Allah. In the [[Middle East|CONTINENT]] we need tools in our language, not translated from [[America|COUNTRY]].

AI: Shukran, [[Umm Omar|PERSON|kunya]]. How can we contact you?

User: My mobile is [[٠٧٩ ٥٥٣ ٢١٨٤|OBF_PHONE|arabic_indic_digits]]. For email, write [[hala.khatib.midwife (at) hotmail (dot) com|OBF_EMAIL|bracket_at_dot]]. If you need the national number for the paper, it is [[9841023456|NATIONAL_ID]].""")

# 18 Bangladesh - Upazila Nirbahi Officer
T.append("""AI: Good afternoon, and thank you for your time. Please tell me about yourself and your position.

User: Assalamu alaikum, good afternoon. I am [[Mohammad Rafiqul Islam|PERSON]]. In office everybody says "[[UNO|JOB_TITLE]] sir", and my batchmates call me [[Rafiq|PERSON|nickname]] bhai. I am the [[Upazila Nirbahi Officer|JOB_TITLE]], the [[UNO|JOB_TITLE]], of [[Shahjadpur|CITY]] upazila in [[Sirajganj|CITY]] district. I am from the BCS administration cadre; I joined the service in [[2013|DATE]]. I did my honours and masters in public administration at the [[University of Dhaka|SCHOOL]], and I stayed at [[Salimullah Muslim Hall|SCHOOL]]. I am [[thirty-eight|AGE]] years old.

AI: Thank you, [[Rafiq|PERSON|nickname]]. What does a [[UNO|JOB_TITLE]]'s work involve?

User: Everything in the upazila, honestly. Development projects, relief distribution, disaster management during floods, which for [[Sirajganj|CITY]] is every year because of the Jamuna river, mobile courts, land issues, education committees, even the Independence Day programme. Files, files, files. Now the files are on [[e-Nothi|SOFTWARE]], the electronic file system of the government, which is good, but it means I sign documents on my laptop at midnight.

AI: How does AI fit in?

User: It is quite new for us. I started using [[ChatGPT|AI_PRODUCT]] in [[March 2023|DATE]], on my own, after a training in [[Dhaka|CITY]] where a young officer from the ICT division showed it. I use it to draft speeches, in English and sometimes Bangla, for example for a program on a national day. I also use it for summarising long circulars from the ministry and for drafting letters in English to development partners, like UNICEF or the World Bank, because my English is good but formal letter style takes time. Of course, government secret documents I don't put there. Never. Names of beneficiaries, the list for the social safety net, no.

AI: Have you seen problems with it?

User: Yes. In Bangla it makes mistakes, sometimes funny. Once it wrote a sentence from [[Rabindranath Tagore|PUBLIC_FIGURE]] that [[Tagore|PUBLIC_FIGURE]] never wrote. I showed my office assistant, [[Abdul Karim|PERSON]], and he laughed for five minutes. Also it doesn't know local reality. If I ask about flood relief, it tells me general things from other countries, not how to handle a char area where the boat comes once a day. My DC sir, [[Mahbubur Rahman|PERSON]], the Deputy Commissioner, told us in the monthly meeting: use it as a helper, not as a boss. That is our approach.

AI: What about your staff, do they use AI?

User: Some young officers, yes, the Assistant Commissioner (Land) [[Nusrat Jahan|PERSON]] uses it for writing reports, she is very smart. The older staff in the office, the office assistants, they use [[Bijoy|SOFTWARE]] keyboard for Bangla typing and that is their technology. There is also a digital divide. In the villages, people have mobile phones, but no understanding of AI, and I worry about fraud, fake voice calls. We had a case [[last month|GENERIC_TIME]], someone pretended to be a government officer using a recorded voice.

AI: Thank you very much. How can we contact you for follow-up?

User: Official email is public, but please use personal: [[rafiq.bcs31 at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Mobile [[০১৭১১-৪৮২৯৩৫|OBF_PHONE|bengali_digits]], I wrote in Bangla digits, same number. My NID, if required for honorarium, is [[1992334567105|NATIONAL_ID]].""")

# 19 Sri Lanka - Attorney-at-Law
T.append("""AI: Ayubowan, and thank you for joining. Please introduce yourself.

User: Ayubowan! I'm [[Dilani Wickramasinghe|PERSON]], friends call me [[Dili|PERSON|nickname]]. I'm an [[Attorney-at-Law|JOB_TITLE]], practising mainly in [[Kandy|CITY]], at the District Court and the [[Kandy High Court|ORGANIZATION]]. I work in the chambers of my senior, Mr. [[Lalith Gunaratne|PERSON]], President's Counsel, so mostly civil cases, land disputes, partition actions, some commercial. I did my LLB at the [[University of Peradeniya|SCHOOL]] and then [[Sri Lanka Law College|SCHOOL]], and I took oaths in [[December 2017|DATE]]. I'm [[thirty-one|AGE]], and I live in [[Peradeniya|CITY]] still, with my parents and my aachchi.

AI: Thank you, [[Dilani|PERSON]]. How has AI come into your legal practice?

User: Slowly, and a little secretly! Some seniors don't approve. I use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] for drafting first versions of letters of demand and for summarising long judgments from the Supreme Court and Court of Appeal, which I download from [[LawNet|SOFTWARE]]. Partition cases here are very old, sometimes the land deeds are from the 1800s, in Sinhala, with old measurements. I tried once to ask AI to help read an old deed and it was hopeless. So for the real work, it's me, the files, and a lot of tea. Also, the court registry still works mostly on paper. When I need a certified copy of proceedings, I go and wait at the counter, and no AI can stand in that queue for me, unfortunately.

AI: Does your senior know you use it?

User: Yes, now he knows. At first I didn't tell. Then one day he asked me to prepare written submissions overnight, and I did it with AI help and he said "this is very well structured, [[Dilani|PERSON]], who helped you?" I confessed. He was quiet, then he said "okay, but every case you cite, you bring me the photocopy". Fair. Mr. [[Gunaratne|PERSON]] is sixty-five but he is curious, now he asks me to "ask the machine" about small things.

AI: How do you handle client confidentiality?

User: Very carefully. My clients are often village people, farmers. For example, [[Siriwardena|PERSON]] mahattaya, an elderly client from [[Gampola|CITY]], has a land case that has been in court for fourteen years, since before I was a lawyer! I would never put his deed numbers or names into a chatbot. I write "Plaintiff A, land of 2 acres". Also, the Bar Association, the [[BASL|ORGANIZATION]], hasn't given proper guidance yet. There was a seminar in [[Colombo|CITY]] but nothing binding. Many juniors are using these tools quietly, and nobody wants to be the first to admit it in front of the seniors. I think the profession needs an honest conversation.

AI: Outside work, do you use AI?

User: For cricket arguments with my brother [[Chamara|PERSON]]! We were arguing whether [[Kumar Sangakkara|PUBLIC_FIGURE]] or [[Mahela Jayawardene|PUBLIC_FIGURE]] was the better captain and we asked [[ChatGPT|AI_PRODUCT]], and it refused to choose, very diplomatic. And [[Sangakkara|PUBLIC_FIGURE]] is also a lawyer, actually, so for me he wins. I also use it to plan my studies, I'm thinking of doing an LLM in the [[UK|COUNTRY]] or [[Australia|COUNTRY]].

AI: Thank you so much, [[Dili|PERSON|nickname]]. How can we contact you?

User: Email [[dilani.w.attorney at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Phone [[zero seven seven 345 22 81|OBF_PHONE|mixed_words_digits]], [[WhatsApp|SOFTWARE]] also. If you need my NIC for the payment, it's [[199258304112|NATIONAL_ID]]. My chambers address is [[No. 42, Hill Street|ADDRESS]], [[Kandy|CITY]], near the courts.""")

# 20 Nepal - staff nurse
T.append("""AI: Namaste, thank you for joining us. Could you introduce yourself?

User: Namaste! I'm [[Sabina Shrestha|PERSON]]. At home and with friends, [[Sabu|PERSON|nickname]]. I'm a [[staff nurse|JOB_TITLE]] in the maternity ward at [[Tribhuvan University Teaching Hospital|ORGANIZATION]], we say [[TUTH|ORGANIZATION]], in [[Maharajgunj|CITY]], [[Kathmandu|CITY]]. I did my BSc Nursing at [[B.P. Koirala Institute of Health Sciences|SCHOOL]] in [[Dharan|CITY]], and I joined [[TUTH|ORGANIZATION]] in [[Baisakh 2078|DATE|nepali_calendar]], that's [[April 2021|DATE]] in English date. I'm [[28|AGE]] years old.

AI: How did you start using AI, [[Sabina|PERSON]]?

User: My cousin brother, [[Bikash|PERSON]] dai, works in IT in [[Bangalore|CITY]], and when he came home for Dashain in [[October 2023|DATE]] he showed me [[ChatGPT|AI_PRODUCT]]. I thought it was only for computer people. But then I tried for my nursing license renewal study, and for preparing health teaching for mothers. For example, breastfeeding teaching, kangaroo mother care. I ask in English, then I translate to Nepali for the mothers. Some mothers come from far, from [[Sindhupalchok|CITY]], from the Terai, and they speak Tamang or Maithili, so then I need a didi who speaks that language, AI can't help.

AI: Do you use it on the ward?

User: Not really on the ward, we are too busy. One nurse, sometimes fifteen mothers and babies in night duty. There's no time to type. [[Our ward in-charge|GENERIC_ROLE]], [[Kamala|PERSON]] didi, Sister [[Kamala Thapa|PERSON]], she says "first do the work, then do the phone". But during break, sometimes I check a drug or a procedure. Then I confirm with the protocol or ask the doctors. I never type the patient name or bed number. Once a junior nurse, [[Puja|PERSON]], asked [[ChatGPT|AI_PRODUCT]] about a baby's jaundice level and told the mother the result, and in-charge didi was very angry. Only the doctor can tell that. After that, in-charge didi called a small meeting and we made a rule for the ward: AI for learning, not for telling patients anything.

AI: What do you see as the biggest problem with these tools for nurses in [[Nepal|COUNTRY]]?

User: Language and internet. In [[Kathmandu|CITY]] it's okay, but in rural health posts the internet is very weak. Also many senior nurses are not comfortable with English. And the tools are made for [[America|COUNTRY]] or [[Europe|CONTINENT]], they talk about equipment we don't have. If I ask how to manage postpartum haemorrhage, it says things that need blood bank and ICU, but in a health post in the hills there is none. So it is useful, but we must think. Our mayor, [[Balen Shah|PUBLIC_FIGURE]], talks about digital [[Kathmandu|CITY]], but hospital needs are different.

AI: Have you thought about going abroad, as many nurses do?

User: Yes, honestly. Many of my batchmates went to [[Australia|COUNTRY]] and the [[UK|COUNTRY]]. My friend [[Anjali Gurung|PERSON]] is in [[Sydney|CITY]] now. She says there they already use AI for documentation. I'm preparing for IELTS and I use AI to practise writing. But my mother doesn't want me to go, so, let's see. She says [[Kathmandu|CITY]] also needs nurses, and she is not wrong.

AI: Dhanyabad, [[Sabu|PERSON|nickname]]. How can we contact you?

User: My number is [[९८४१२३६७०५|OBF_PHONE|devanagari_digits]], [[Viber|SOFTWARE]] also. Email [[sabina.shrestha.rn(at)gmail(dot)com|OBF_EMAIL|bracket_at_dot]]. My [[Nepal Nursing Council|ORGANIZATION]] registration number is [[18432|NATIONAL_ID]], if you need to verify I'm a nurse.""")

# 21 Malaysia - civil engineer, public works
T.append("""AI: Selamat pagi, and thank you for joining. Could you tell me about yourself?

User: Selamat pagi! I'm [[Nurul Izzati binti Abdul Rahman|PERSON]]. You can call me [[Izzati|PERSON]]; the juniors call me Kak [[Izza|PERSON|nickname]]. I'm a [[Jurutera Awam|JOB_TITLE|malay_language]], civil engineer, grade [[J44|JOB_TITLE]], at [[Jabatan Kerja Raya|ORGANIZATION]], the Public Works Department, [[JKR|ORGANIZATION]], in the [[Selangor|CITY]] state office in [[Shah Alam|CITY]]. I handle road and drainage projects, mostly in [[Klang|CITY]] and [[Kuala Langat|CITY]] districts. I studied at [[Universiti Teknologi Malaysia|SCHOOL]], [[UTM|SCHOOL]] in [[Skudai|CITY]], and joined [[JKR|ORGANIZATION]] in [[2014|DATE]]. I'm [[34|AGE]], married, one small boy who thinks I build roads with my hands.

AI: Thanks, [[Izzati|PERSON]]. Where does AI come into your work?

User: Honestly, more in the office work than the engineering. Government work is a lot of writing: kertas cadangan, proposals, minutes of meeting, replies to complaints from the ADUN's office, that's the state assemblyman. Since [[early 2024|DATE]] I use [[ChatGPT|AI_PRODUCT]] to draft those in formal Malay, because government Malay is very specific, "dengan hormatnya saya merujuk perkara di atas", you know. It's quite good, actually, better than I expected. And for English reports to the consultants, I use [[Copilot|AI_PRODUCT]] because it's in our Microsoft account.

AI: And for the technical side?

User: For design we use [[AutoCAD|SOFTWARE]] and [[Civil 3D|SOFTWARE]], and for drainage, hydrology software. The AI I use sometimes to check my understanding of the MSMA, the urban stormwater manual, or to explain a clause in the [[JKR|ORGANIZATION]] standard specification. But I always go back to the document. [[My boss|GENERIC_ROLE]], Ir. [[Rosli Hamzah|PERSON]], he always says "[[ChatGPT|AI_PRODUCT]] tak ada lesen BEM", [[ChatGPT|AI_PRODUCT]] doesn't have an engineer's license from the [[Board of Engineers Malaysia|ORGANIZATION]]. Only a professional engineer can sign off. So we are careful.

AI: How do your colleagues feel about it?

User: Mixed. The senior technical assistants, like Encik [[Faizal|PERSON]], who has worked thirty years on site, they don't care about AI, they care about the contractor coming on time. The young engineers use it a lot, sometimes too much. Once a graduate engineer, [[Amirul|PERSON]], submitted a site report and it had "as of my knowledge cutoff" inside it. Puan [[Siti Norhayati|PERSON]], our admin head, found it and printed it and passed it around. He was so malu, embarrassed. Now everyone checks twice. Honestly, I also made mistakes when I started. I once sent a draft letter in Malay where the AI used the wrong honorific for a Dato', and [[my boss|GENERIC_ROLE]] had to call to apologise. So I'm not so fast to laugh at the juniors.

AI: Are there concerns about data or security?

User: Yes. Government has the data protection circulars, and some projects are sensitive, like water supply and bridges. We don't upload drawings or tender documents to public AI. The tender especially, it's very sensitive, if information leaks, it's a big problem with the [[MACC|ORGANIZATION]]. Also [[Anwar Ibrahim|PUBLIC_FIGURE]] talks about AI in the civil service, the government even has an AI office now, but in our department we are still waiting for proper tools and guidelines. Meanwhile everyone uses their own phone.

AI: Terima kasih, [[Izzati|PERSON]]. How can we contact you?

User: My email, personal one: [[izzati.rahman90[at]gmail.com|OBF_EMAIL|bracket_at]]. Phone: [[zero one two, double seven eight, four four one nine|OBF_PHONE|digits_as_words]], or [[WhatsApp|SOFTWARE]]. If the form needs IC number, my MyKad is [[900312-10-5672|NATIONAL_ID]].""")

# 22 Thailand - secondary English teacher
T.append("""AI: Sawasdee ka, and thank you for joining. Could you introduce yourself?

User: Sawasdee ka! My name is [[Siriporn Chaiyawat|PERSON]], but in [[Thailand|COUNTRY]] we all have nicknames, so please call me [[Nok|PERSON|nickname]], it means bird. I am an English teacher at [[Yupparaj Wittayalai School|SCHOOL]] in [[Chiang Mai|CITY]]. My rank is [[ครูชำนาญการพิเศษ|JOB_TITLE|thai_script]], in English something like [[senior professional level teacher|JOB_TITLE]]. The school is under the [[Office of the Basic Education Commission|ORGANIZATION]], [[OBEC|ORGANIZATION]]. I am [[46|AGE]] years old, born in the year of the dragon, haha. I graduated from [[Chiang Mai University|SCHOOL]], Faculty of Education, and I started teaching in [[May 2001|DATE]].

AI: Thank you, Khru [[Nok|PERSON|nickname]]. How do you use AI in your teaching?

User: Oh, a lot now! I use [[ChatGPT|AI_PRODUCT]] to make reading passages at different levels, because in one class I have students who can talk like native speakers and students who cannot say "good morning". Also I use [[Gemini|AI_PRODUCT]] to make quizzes, and [[Canva|SOFTWARE]] has AI to make pictures for worksheets. Before, I spent my whole Sunday making materials. Now maybe two hours. My husband, [[Wichai|PERSON]], is happy because I have time to go to the market with him.

AI: How do your students use it?

User: They use it for homework, of course. The Mathayom 5 students, sixteen years old, they are very clever, they ask AI to write the essay and then they change some words. So now I make them write in class and also speak. Speaking is the best test, AI cannot speak for you in front of the teacher! One student, Nong [[Ploy|PERSON]], she uses AI to practise conversation, she talks to it [[every night|GENERIC_TIME]], and her speaking improved so much. She wants to study in [[Japan|COUNTRY]]. So I see both sides.

AI: What does the school or [[OBEC|ORGANIZATION]] say about AI?

User: The director, Ajarn [[Somchai|PERSON]], he is supportive, he asked me and P'[[Aom|PERSON]], the head of the foreign languages department, to make a training for other teachers in [[August 2024|DATE]]. From [[OBEC|ORGANIZATION]] there are some policies but not very clear yet. For student data, we are careful, grades and names stay in our school system, we don't put in AI. But teachers communicate with parents on [[LINE|SOFTWARE]], and sometimes they ask AI to write the message to parents, with the student's name. I told them, please remove the name first.

AI: Is there anything that worries you about AI in Thai education?

User: Yes, the gap between city and village schools. In [[Chiang Mai|CITY]] city the students have phones and internet, but schools in the mountains, in [[Mae Hong Son|CITY]], very different. Also, the students believe AI too much. One student told me [[Lisa|PUBLIC_FIGURE]] from Blackpink studied at our school, because a chatbot said so! Not true! She is from Buriram. I made it a lesson about checking facts. The students were shocked that a computer can be so confident and so wrong. Now they say "Khru, check first!" to each other. That makes me very proud.

AI: Khob khun ka, [[Nok|PERSON|nickname]]. How can we contact you?

User: My [[LINE|SOFTWARE]] ID is [[kru.nok.yupparaj|SOCIAL_HANDLE]]. Phone [[๐๘๑ ๗๒๓ ๔๕๖๗|OBF_PHONE|thai_digits]], I wrote in Thai numbers, sorry, my keyboard. Email [[siriporn.ch @ gmail . com|OBF_EMAIL|spaced_symbols]]. If you need my ID card number for payment, it is [[3-5099-00412-87-6|NATIONAL_ID]].""")

# 23 South Korea - district office administrative officer
T.append("""AI: Annyeonghaseyo, and thank you for your time. Please introduce yourself.

User: Annyeonghaseyo. My name is [[Park Ji-hoon|PERSON]], in Korean [[박지훈|PERSON|korean_script]]. I'm a [[주무관|JOB_TITLE|korean_script]], jumugwan, it's like an administrative officer, [[grade 7|JOB_TITLE]], at the [[Mapo-gu Office|ORGANIZATION]], [[마포구청|ORGANIZATION|korean_script]], in [[Seoul|CITY]]. I work in the [[Welfare Policy Division|ORGANIZATION]], mostly basic livelihood benefits and support for elderly people living alone. I passed the civil service exam in [[June 2017|DATE]], after two years of studying in a gosiwon room in [[Noryangjin|CITY]]. I graduated from [[Yonsei University|SCHOOL]], sociology. I'm [[32|AGE]], or [[33|AGE|korean_age]] in Korean age, it's complicated.

AI: Thanks, [[Ji-hoon|PERSON]]. How does AI come into your work?

User: Quite a lot recently. The government is pushing digital platform government, so there are many pilot projects. In our division we use the [[Hangul|SOFTWARE]] word processor for all documents, the famous HWP files, and now there are AI features to summarise and draft. I also use [[ChatGPT|AI_PRODUCT]] and [[HyperCLOVA X|AI_PRODUCT]] from Naver on my own phone, for drafting press releases and for research, for example what other countries do for lonely deaths, godoksa, which is a big problem in [[Korea|COUNTRY]].

AI: What about personal data of the residents?

User: Absolutely not. The Personal Information Protection Act is very strict in [[South Korea|COUNTRY]], and in welfare work we handle resident registration numbers, income, health, everything. There was training from the ministry, and our team leader, [[Kim Su-jin|PERSON]] 팀장님, she said clearly: no resident data in any external AI. I follow this. When I want help, I make fake examples, like "an 80-year-old person living alone with no income". In the office we also have an AI call service that phones elderly residents to check they are okay, it's a project with a telecom company. That one is interesting, the grandmothers talk to it like a grandson.

AI: How do your colleagues feel?

User: The younger jumugwan, like me, use it a lot for documents. My senior, [[Lee Dong-wook|PERSON]] 주무관님, he is fifty-something, he still writes drafts by hand and gives them to me to type. But he asked me [[last month|GENERIC_TIME]] to show him [[ChatGPT|AI_PRODUCT]], and now he uses it to write congratulatory speeches for the district mayor. He is very proud. My friend from the same exam year, [[Choi Min-ji|PERSON]], works at the [[Ministry of the Interior and Safety|ORGANIZATION]] in [[Sejong|CITY]], and she says they are writing guidelines now. Everyone is waiting for them. Until then, each team makes its own rules, which is a little bit chaotic, but Korean civil servants are good at following rules once they exist, so I'm not too worried.

AI: Is there anything you worry about?

User: Accountability. If the AI call service misses a warning sign and an elderly person dies alone, who is responsible? The civil servant. Always the civil servant. Also fairness. Some residents are not digital, especially old people, and we must not forget them. Outside work, I'm okay, I use AI to plan trips or to check football news about [[Son Heung-min|PUBLIC_FIGURE]], haha.

AI: Gamsahamnida, [[Ji-hoon|PERSON]]-ssi. How can we reach you?

User: Email [[jihoon.park.mapo＠gmail.com|OBF_EMAIL|fullwidth_at]]. Phone [[０１０－４８２７－３９１６|OBF_PHONE|fullwidth_digits]], sorry, Korean keyboard makes full-width sometimes. And [[KakaoTalk|SOFTWARE]] ID is [[jh_park92|SOCIAL_HANDLE]].""")

# 24 New Zealand - community librarian
T.append("""AI: Kia ora, thanks for joining. Could you introduce yourself?

User: Kia ora! I'm [[Aroha Paewai|PERSON]], but everyone calls me [[Ro|PERSON|nickname]]. Ko Ngāti Kahungunu te iwi, and I grew up in [[Hastings|CITY]], but I've been in [[Auckland|CITY]] for six years now. I'm a [[Community Librarian|JOB_TITLE]] with [[Auckland Libraries|ORGANIZATION]], based at [[Ōtara Library|ORGANIZATION]] in [[South Auckland|CITY]]. I'm [[twenty-seven|AGE]]. I did my Bachelor of Arts at [[Victoria University of Wellington|SCHOOL]] and my library diploma through the [[Open Polytechnic|SCHOOL]] part-time, finished in [[November 2022|DATE]].

AI: Nice to meet you, [[Ro|PERSON|nickname]]. What does your job look like day to day?

User: Honestly, it's a bit of everything. Storytimes for tamariki, helping people print their CVs, job applications, helping kaumātua with their phones, homework club after school. [[Ōtara|CITY]] is a really Pacific and Māori community, so a lot of whānau come in together, three generations at once. The catalogue and loans are all on [[Kōtui|SOFTWARE]], and we do e-books on [[Libby|SOFTWARE]]. I'm also one of the digital inclusion people, so I get all the "can you help me with this computer thing" questions.

AI: How does AI come into that?

User: More and more people ask about it. Job seekers want to use [[ChatGPT|AI_PRODUCT]] for cover letters, which I think is fine if they check it. But I've seen letters that say "I am passionate about synergy" for a warehouse job, haha. So I sit with them and we make it sound like them. We ran a workshop in [[June 2024|DATE]] with my colleague [[Sione Tuipulotu|PERSON]], "AI for beginners", and we had forty people, mostly over sixty. The aunties loved it. Whaea [[Mihi|PERSON]], one of our regulars, asked it to write a poem for her moko's birthday and cried when it came out. In English though; the te reo it writes is pretty shaky. We're planning another one for the Samoan and Tongan community with interpreters, because a lot of the older Pacific folks want to know what their grandkids are doing on these apps.

AI: Do you use AI tools in your own work?

User: A bit. The council gave us [[Copilot|AI_PRODUCT]] for drafting reports, event blurbs, that sort of thing. I'm careful with te reo Māori though. It mixes up macrons and sometimes makes up words. For anything in te reo I check with Matua [[Hemi|PERSON]], our kaumātua adviser, or my nan back home. There's a big question about data sovereignty too, Māori data should be under Māori control. I don't feed anything about our community into these tools, especially not the oral history recordings we did with the kuia.

AI: What would you like decision-makers to know?

User: That libraries are where people come when technology leaves them behind. [[Jacinda Ardern|PUBLIC_FIGURE]] used to talk about kindness, and I think the AI rollout needs some of that. Fund the libraries, fund the people who can help. Also, the authors. I love [[Witi Ihimaera|PUBLIC_FIGURE]], and I hate the idea that his books were scraped to train these things without asking.

AI: Ngā mihi, [[Aroha|PERSON]]. How can we reach you?

User: Email [[aroha.paewai@aucklandcouncil.govt.nz|EMAIL_ADDRESS]] for work stuff, or my own one, [[ro dot reads at outlook dot co dot nz|OBF_EMAIL|spelled_at_dot]]. Mobile [[oh two one, six four eight, two nine oh five|OBF_PHONE|digits_as_words]]. And I'm on [[Instagram|SOFTWARE]] as [[@ro.reads.otara|SOCIAL_HANDLE]], mostly book stuff and my cat.""")

# 25 Jamaica - university administrator
T.append("""AI: Good morning, thank you for joining. Please introduce yourself.

User: Morning! I'm [[Shanice Campbell-Brown|PERSON]], and everybody at work calls me [[Shan|PERSON|nickname]]. I'm a [[Senior Administrative Assistant|JOB_TITLE]] in the [[Office of Student Services and Development|ORGANIZATION]] at [[The University of the West Indies|ORGANIZATION]], the [[Mona|CITY]] campus, so [[UWI|ORGANIZATION]], in [[Kingston|CITY]]. I live up in [[Papine|CITY]], five minutes from the gate, which is a blessing because the traffic on Hope Road is no joke. I went to [[Excelsior High School|SCHOOL]] and then did my BSc in business at [[UTech|SCHOOL]]. I'm [[33|AGE]], and I've been at [[UWI|ORGANIZATION]] since [[September 2015|DATE]].

AI: Thanks, [[Shanice|PERSON]]. What does your job involve?

User: Student welfare, basically the admin side of it. Bursaries, hardship grants, student housing issues, disability accommodations, counselling referrals. Plenty emails, plenty forms. We use [[Banner|SOFTWARE]] for student records, and everything else is [[Excel|SOFTWARE]] and [[Outlook|SOFTWARE]]. And [[WhatsApp|SOFTWARE]], because students don't read email, that's just a fact.

AI: How has AI come into it?

User: It started with the students, to be honest. Around [[2023|DATE]] the bursary essays started sounding the same, you know, "I am deeply passionate about making a difference in my community". So we could tell. Then [[my director|GENERIC_ROLE]], Mrs. [[Hyacinth Grant|PERSON]], asked me to look into how we could use AI ourselves. The university has [[Copilot|AI_PRODUCT]] through the Microsoft licence, and I use it to draft responses to common queries, summarise meeting notes, and make our FAQ pages simpler. I also use [[ChatGPT|AI_PRODUCT]] on my phone for personal stuff, like planning my daughter's birthday party, but that's another story.

AI: What about student confidentiality?

User: Very important. Students tell us about serious things, money problems, abuse at home, mental health. That never goes into AI. When I draft a letter I write "Student X", and I add the real details after, in [[Outlook|SOFTWARE]]. Miss [[Hyacinth|PERSON]]—sorry, Mrs. [[Grant|PERSON]], I still call her that from my first day—she made a rule: if you wouldn't say it out loud at the bus stop, don't type it in a chatbot. I love that rule. My co-worker [[Damion Reid|PERSON]] put it on a sticky note on every computer.

AI: Do you see differences in how students use AI?

User: Oh yes. Students from the big prep schools in town, they know how to use it well, they use it like a tutor. Students from rural parishes, some of them first generation at university, they either don't trust it or they trust it too much. One student from [[St. Elizabeth|CITY]], [[Tyrese|PERSON]], submitted an appeal letter that [[ChatGPT|AI_PRODUCT]] wrote and it talked about a "semester in Boston". Poor thing never been further than [[Mandeville|CITY]]. We sat down and wrote it properly together. Honestly, the Caribbean needs to be at the table. [[Shelly-Ann Fraser-Pryce|PUBLIC_FIGURE]] put [[Jamaica|COUNTRY]] on the map for running, we need somebody to do the same for tech! The tools don't understand patois, they don't understand our context. When a student writes "mi cyaan manage", AI don't know what to do with that.

AI: Thank you, [[Shan|PERSON|nickname]]. How can we contact you?

User: My email is [[shаnice.campbellbrown@gmail.com|OBF_EMAIL|homoglyph]]. Phone [[eight seven six, four oh three, one one five two|OBF_PHONE|digits_as_words]]. And if you need my TRN for the payment, it's [[118-442-907|NATIONAL_ID]].""")

write_set(T, "set_bi")
