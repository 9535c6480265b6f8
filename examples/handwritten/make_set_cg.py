"""Blind evaluation set 'cg': 25 synthetic interview transcripts with healthcare, finance and legal office workers talking about AI at work. Every person, number, email, address and ID is invented. Build with: python3 make_set_cg.py"""
from markup import write_set

T = []

# 1. Brazil - medical coder, Belo Horizonte - typed chat
T.append("""AI: Hi, and thanks for joining this interview about AI at work. Could you start by telling me what you do and where?

User: hi :) im [[Luciana|PERSON]], [[34|AGE]] years old, i work as [[medical coder|JOB_TITLE]] in the faturamento (billing) sector of [[Hospital Mater Dei|ORGANIZATION]] in [[Belo Horizonte|CITY]]. sorry my english is not perfect, i learned mostly from series lol, and one year in [[Portugal|COUNTRY]] when i was [[22|AGE]]. basically i read what [[the doctors|GENERIC_ROLE]] write in the prontuário and transform in codes CID-10 and TUSS so [[the health plans|GENERIC_ROLE]] pay us. most is [[Unimed-BH|ORGANIZATION]] and [[Bradesco Saúde|ORGANIZATION]], some [[Amil|ORGANIZATION]]. before this i worked from [[2016|DATE]] to [[2019|DATE]] at [[Santa Casa BH|ORGANIZATION]], that was more chaos, paper everywhere

AI: Thanks, [[Luciana|PERSON]]. How does AI come into that work, if at all?

User: so officially the hospital has [[Tasy|SOFTWARE]] (the system from [[Philips|ORGANIZATION]]) and they put some automatic suggestion of codes inside, but honestly i use more [[ChatGPT|AI_PRODUCT]] on my phone. like when the dr writes something very abreviated, "IAM c/ supra" or a scanned handwriting, i ask [[chatgpt|AI_PRODUCT]] what it could be. my coordinator [[Renata Guimarães|PERSON]] knows, she uses too, but we are not supose to paste patient data. i try to remove the name but sometimes i forget the prontuário number, like [[last week|GENERIC_TIME]] i pasted one with [[PR-2231847|NATIONAL_ID|patient_record]] inside 🙈

AI: Could you walk me through a recent example where it helped, or didn't?

User: ok. [[last tuesday|GENERIC_TIME]] there was a bill from cardiology, patient Sr. [[Antônio Carlos Mendes|PERSON]], [[71|AGE]], he did cateterismo and 2 stents, and Dr. [[Paulo Henrique Lage|PERSON]] ([[CRM-MG 41872|NATIONAL_ID|professional_licence]]) wrote everything in one line without separation. [[Unimed|ORGANIZATION]] make glosa (reject) if the stent code is wrong so i asked to separate the procedures and it gave me a nice list, then i checked in the TUSS table. it saves me maybe 20 min per conta. but one time it invented a code that dont exist, 3.09.12.99-0 or something, and [[Renata|PERSON]] catched it before sending. she is the only one who reads everything twice. [[the auditors|GENERIC_ROLE]] from the plans also started using AI to find errors, so now is robot vs robot

AI: You mentioned sometimes forgetting to remove the record number. Is privacy something people talk about at the hospital?

User: yes after LGPD everybody is more scared. we had a training with a lawyer from the juridico, dra. [[Mirella Couto|PERSON]], she said no CPF, no name, no carteirinha number in external tools. the carteirinha is this long thing like [[0 865 000418 2273 0|NATIONAL_ID|insurance_card]], and in the beginning i was copying the whole guia with cpf [[071.554.238-19|NATIONAL_ID]] and everything. now i use a little trick, i change the numbers to XXX. but is boring so sometimes i dont

AI: What worries you most about AI in your job?

User: honestly that they reduce the team. we were 9 coders in [[2021|DATE]], now we are 6. my friend [[Dani|PERSON|nickname]] ([[Daniela Rocha|PERSON]]) moved to [[Contagem|CITY]] and works remote for a startup, [[Nexxus Saúde|ORGANIZATION]], they sell exactly this, ai that codes the bill. she says its 80% right. the other 20 is us lol. also different topic but my mom, dona [[Cida|PERSON|nickname]], she is [[sixty eight|AGE]], diabetic, she asked the [[Alexa|AI_PRODUCT|product_like_person]] about insulin dose and it said something strange, i got so angry. i use it at home too, for my son [[Theo|PERSON]] homework, he is [[nine|AGE]] and hates fractions. and i did a pós-graduação in health auditing at [[PUC Minas|SCHOOL]] in [[2022|DATE]], i used [[Gemini|AI_PRODUCT]] to organize my final paper. my advisor professora [[Walquíria|PERSON]] would kill me if she knew haha

AI: If you could change one thing about how AI tools are used at your hospital, what would it be?

User: an official tool inside [[Tasy|SOFTWARE]] that dont send data outside, so we dont need the phone. i wrote this as suggestion to [[Marcelo Viana|PERSON]], the [[gerente de TI|JOB_TITLE]], no answer yet. if you want to send me the result of the study my personal email is [[lu.fbastos@gmail.com|EMAIL_ADDRESS]] or [[whatsapp|SOFTWARE]] [[(31) 99812-4406|PHONE_NUMBER|local_format]]. and for your study: AI is like a intern that never sleeps but lies with confidence lol. thanks!""")

# 2. Nigeria - microfinance loan officer, Ibadan - speech-to-text
T.append("""AI: Good afternoon, and thank you for agreeing to talk with me. To begin, could you tell me about your work?

User: Okay, um, good afternoon. My name is [[Babatunde Adewale|PERSON]], but everybody calls me [[Tunde|PERSON|nickname]]. I'm a [[loan officer|JOB_TITLE]] with [[LAPO Microfinance Bank|ORGANIZATION]], the [[Bodija|CITY]] branch in [[Ibadan|CITY]], [[Oyo State|CITY]]. I've been there since, um, [[twenty eighteen|DATE|date_in_words]]. Before that I was doing, uh, [[NYSC|ORGANIZATION|abbreviation]] in [[Kaduna|CITY]], teaching in a secondary school. So my job is mostly small loans, [[market women|GENERIC_ROLE]], [[tailors|GENERIC_ROLE]], people selling phone accessories, that kind of thing.

AI: Thanks, [[Tunde|PERSON]]. Where does AI come in for you?

User: So, uh, the bank doesn't give us any AI officially, we have the core banking, [[Finacle|SOFTWARE]], and we have the mobile app for field collection. But me I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]], because it's already there, you know. I use it to write the credit memo. Like, um, I will type the customer's situation, like, "trader, sells foodstuff in [[Oja'ba|CITY|market_district]] market, turnover about two hundred thousand naira a week", and it will arrange it nicely in English for my [[branch manager|JOB_TITLE]], Mrs. [[Okonkwo|PERSON]]. She likes when the memo is neat.

AI: Could you tell me about a specific case where that helped or caused a problem?

User: Yes. There was one customer, Alhaja... sorry, let me not... okay, it's fine, you said it's anonymous. Mama [[Kafayat Oyelaran|PERSON]], she sells ankara fabric. She wanted five hundred thousand. I put her details in [[ChatGPT|AI_PRODUCT]], including her BVN, which I should not have done, I know now. The BVN is like, um, [[two two one four seven zero nine three eight one six|NATIONAL_ID|spoken_digits]]. I just copied everything from the form. Then my colleague [[Blessing|PERSON|word_name]] saw my screen and said, [[Tunde|PERSON]], are you mad? [[Blessing|PERSON|word_name]] is the one who did the compliance training, she's very strict.

AI: What happened after that?

User: Nothing bad, thank God, but it made me think. Our compliance officer, um, Mr. [[Oh Conquer|PERSON|misheard_name]], sorry, Mr. [[Okonkwo|PERSON]], he's Mrs. [[Okonkwo|PERSON]]'s husband actually, they both work in the bank, he sent a circular that no customer NIN, no BVN, no account number should go into any, um, external tool. Account numbers like [[2034 5518 76|NATIONAL_ID|account_number]], all those ones. So now I just write "customer A, customer B". And, um, it's changed things for [[the customers|GENERIC_ROLE]] too. Many of them, their children show them [[ChatGPT|AI_PRODUCT]], so they come and say "the AI said I qualify for this and that". [[Precious|PERSON|word_name]], she's a customer, she sells, uh, provisions, she came with a printout from, um, I think it was [[Gemini|AI_PRODUCT]], saying the interest should be lower. I had to explain. Also I'm doing my MBA part-time at [[University of Ibadan|SCHOOL]], and the lecturer, Dr. [[Falana|PERSON]], he uses AI detector on our assignments, so, it's everywhere now.

AI: What concerns you most about AI in banking?

User: Honestly, fraud. This is [[Nigeria|COUNTRY]], you know, and people are using AI voices now. My own elder brother, [[Segun|PERSON]], in [[Lagos|CITY]], somebody called him with a voice that sounds like our father asking for money. So at the bank, if somebody calls me and says "this is [[Alhaji Danjuma|PERSON]], transfer this and that", I don't trust voice anymore. Also, um, jobs. [[Moniepoint|ORGANIZATION]] and [[OPay|ORGANIZATION]] are using AI for credit scoring, they approve loans in five minutes. We take two weeks. Even [[my manager|GENERIC_ROLE]] says we will have to adjust by [[next year|GENERIC_TIME]].

AI: If someone from the research team wanted to follow up, how could they reach you?

User: You can email me, it's, um, [[tunde dot adewale eighty six at yahoo dot com|OBF_EMAIL|spelled_at_dot]], or call, [[zero eight zero three, four one two, seven seven six five|OBF_PHONE|spoken_digits]]. [[Evenings|GENERIC_TIME]] are better, after six, because field work in the daytime. Greet your people.""")

# 3. India - article assistant / tax preparer at a CA firm, Pune - typed chat
T.append("""AI: Hello! Thanks for taking part. Could you describe your job and the place you work?

User: hi.. myself [[Sneha Kulkarni|PERSON]], [[26|AGE]] yrs, working as [[senior article assistant|JOB_TITLE]] (doing my CA articleship) at [[R. Joshi & Associates|ORGANIZATION|org_like_name]], chartered accountants, office is in [[Kothrud|CITY]], [[Pune|CITY]]. mostly ITR filing, GST returns, TDS, small audits. clients r mostly shop owners, doctors, and some IT ppl from [[Hinjewadi|CITY]] who have RSUs and [[US|COUNTRY]] stocks and dont understand anything lol

AI: Thanks, [[Sneha|PERSON]]. What does a typical day look like, and where does AI fit in?

User: [[july|GENERIC_TIME]] is hell month bcoz of ITR deadline. i open [[Tally|SOFTWARE]], [[Winman|SOFTWARE]] for ITR, the income tax portal, [[Excel|SOFTWARE]] and [[chatgpt|AI_PRODUCT]] in another tab. i use it for sec 54/54F capital gains doubts, drafting replies to notices, [[excel|SOFTWARE]] formulas (vlookup i still forget). [[Joshi|PERSON]] sir (CA [[Rakesh Joshi|PERSON]], the [[senior partner|JOB_TITLE]]) doesnt know how much i use it haha. my co-article [[rohit|PERSON]] uses [[Copilot|AI_PRODUCT]] bcoz his laptop came with it

AI: Can you give an example of a recent task where you used it?

User: ya so [[last month|GENERIC_TIME]] [[Deshpande|PERSON]] uncle... [[Vinayak Deshpande|PERSON]], retired from [[Bajaj Auto|ORGANIZATION]], [[68|AGE]] yrs, got an intimation u/s 143(1) bcoz of mismatch in AIS for some FD interest. i pasted the full intimation in [[chatgpt|AI_PRODUCT]] and asked to draft a response. problem is the full thing had his PAN [[AJKPD4417M|NATIONAL_ID|tax_number]] and even the DIN [[ITBA/AST/S/143(1)/2024-25/1051234567(1)|NATIONAL_ID|case_number]] on top. response was good tbh, i edited only 2 lines. but after i realised, his aadhaar was also there at bottom, [[5821 9034 6617|NATIONAL_ID|id_like_phone]]. i felt bad, didnt tell anyone except [[rohit|PERSON]]

AI: How do the partners at the firm feel about AI?

User: [[joshi|PERSON]] sir is old school, he is [[62|AGE]], he says "beta, [[chatgpt|AI_PRODUCT]] will not sign the audit report, you will". but his son [[Aniket|PERSON]] who came back from [[Deloitte|ORGANIZATION]] [[Bengaluru|CITY]] [[last year|GENERIC_TIME]] wants to buy [[Suvit|SOFTWARE]] or some tool for GST reco. like for [[Patil Auto Parts|ORGANIZATION|org_like_name]] (GSTIN [[27AAKFP6123R1Z8|NATIONAL_ID|tax_registration]]) we match 400 purchase invoices every month manually in [[excel|SOFTWARE]], AI can do that in 2 mins. [[the clients|GENERIC_ROLE]] also now ask "why r u charging 3000 if AI can do it" 😅

AI: What are your main worries about using these tools?

User: data leak mainly, and that i become lazy. for CA final i need to actually know sec 50C and all, not just ask. i failed inter group 2 once in [[may 2022|DATE]], since then i m scared of exams. also my mom keeps sending [[whatsapp|SOFTWARE]] forwards that AI will take all jobs in [[India|COUNTRY]] by 2030, so pressure from home also lol. and even budget speech by [[Nirmala Sitharaman|PUBLIC_FIGURE]] this year said something about AI in tax dept, so [[the department|GENERIC_ROLE]] will use it against us also

AI: Is there anything you'd change about how AI is used at your firm?

User: proper policy. like [[Aniket|PERSON]] bhaiya said we should mask PAN and aadhaar before pasting. and a paid version so data isnt used for training. i did my bcom from [[BMCC|SCHOOL|abbreviation]] and nobody taught us any of this. ok if u need anything more, office mail [[sneha.k@rjoshica.in|EMAIL_ADDRESS]] or my no. [[+91 98220 41763|PHONE_NUMBER]] ([[whatsapp|SOFTWARE]] only pls, calls i dont pick in [[july|GENERIC_TIME]] 🙏)""")

# 4. Philippines - clinic receptionist, Mandaue/Cebu - speech-to-text
T.append("""AI: Hi, thanks for joining. Could you tell me a bit about yourself and your work?

User: Hello po. Um, I'm [[Maria Cristina Villanueva|PERSON]], but, uh, everyone calls me [[Tintin|PERSON|nickname]]. I'm the [[front desk receptionist|JOB_TITLE]] at a, um, private clinic, the [[Salazar Pedia and Family Clinic|ORGANIZATION|org_like_name]] in [[Mandaue|CITY]], near [[Cebu City|CITY]]. I've been there since [[twenty nineteen|DATE|date_in_words]], before the pandemic. I do appointments, the [[PhilHealth|ORGANIZATION]] forms, HMO approvals for [[Maxicare|ORGANIZATION]], [[Intellicare|ORGANIZATION]], and, um, I also answer the [[Facebook|SOFTWARE]] page.

AI: Thanks, [[Tintin|PERSON]]. How do you use AI tools in that job?

User: Mostly for the [[Facebook|SOFTWARE]] messages. Doc [[Ramon|PERSON]], he's the owner, Dr. [[Ramon Salazar|PERSON]], the [[pediatrician|JOB_TITLE]], he asked me to make the replies more professional. So I use [[ChatGPT|AI_PRODUCT]] to, uh, make templates, like "Good day! Dr. [[Salazar|PERSON]]'s clinic hours are nine to five, [[Monday|GENERIC_TIME]] to [[Saturday|GENERIC_TIME]]". And I make the posters in [[Canva|SOFTWARE]], it has the magic, uh, the AI thing also. Our page is [[facebook.com/SalazarPediaMandaue|URL]], you can see, the posters there are mine.

AI: Could you describe a time when using it went well, or badly?

User: Um, okay, one time, it was night, around eleven, a mother messaged, Mrs. [[Gwendolyn Tan|PERSON]], her baby had fever, thirty-nine point five. And I was tired, so I asked [[ChatGPT|AI_PRODUCT]] what to reply, and it gave like the paracetamol dose per kilo. I almost sent it. Then our nurse, [[Joy|PERSON|word_name]], she said, [[Tintin|PERSON]], no, we are not doctors, just tell her to go to [[Chong Hua|ORGANIZATION|abbreviation]] ER. Doc [[Ray Mon|PERSON|misheard_name]], sorry, Doc [[Ramon|PERSON]] also got mad a little the next day, he said never, never give medicine advice in chat. So now we have a, uh, rule.

AI: That's an important lesson. Do you ever put patient details into these tools?

User: Before, yes, honestly. Like for the [[PhilHealth|ORGANIZATION]], I would type the member's name and the PIN, like [[01-250187443-7|NATIONAL_ID|id_like_phone]], and ask it to check the form. Or Lola [[Pacita|PERSON]], she's [[eighty-two|AGE]], she always forgets her HMO card, the number is, uh, [[one one two zero, zero four five five, eight nine one three|NATIONAL_ID|spoken_digits]], I memorized it already because she comes every week. Ha ha. But now I don't type the names. [[Joy|PERSON|word_name]] attended a seminar on the Data Privacy Act, at [[University of San Carlos|SCHOOL]], and she told us everything.

AI: Outside the clinic, do you use AI for anything else?

User: Yes, my sister, [[Angeline|PERSON]], she's an OFW in [[Dubai|CITY]], [[United Arab Emirates|COUNTRY]], a [[caregiver|JOB_TITLE]], she uses it for her English emails to her employer. And me, for my son's, um, modules, [[every weekend|GENERIC_TIME]]. Here in the [[Philippines|COUNTRY]] the teachers give so many. And the tsismis, my neighbor Manang [[Baby|PERSON|word_name]], she thinks [[ChatGPT|AI_PRODUCT]] is a person, she says "ask your friend in the computer" ha ha.

AI: Is there anything that worries you about AI in your work?

User: That the HMOs will use AI to deny, um, the approvals. Already [[Maxicare|ORGANIZATION]] is slower. And that the clinic will have a chatbot instead of me. But Doc [[Ramon|PERSON]] said [[the parents|GENERIC_ROLE]] like to talk to a real person. If you need to contact, um, the clinic landline is [[oh three two, three four five, eight eight one two|OBF_PHONE|spoken_digits]], or my email [[tintin dot villanueva ninety four at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Thank you po.""")

# 5. Germany - tax clerk (Steuerfachangestellte), Leipzig - typed chat
T.append("""AI: Hello, and thank you for your time. Could you tell me about your job?

User: Hallo, ok I try in english, sorry for mistakes. I am [[Katrin Weigel|PERSON]], [[47|AGE]], [[Steuerfachangestellte|JOB_TITLE]] (tax clerk? not sure the english word) in a small Kanzlei, [[Hoffmann & Partner Steuerberatung|ORGANIZATION]] in [[Leipzig|CITY]]-[[Gohlis|CITY]]. we are 11 people and 2 tax advisors. I do Finanzbuchhaltung for small firms, Lohn (payroll) and private Einkommensteuer. all in [[DATEV|SOFTWARE]], and a lot of [[Excel|SOFTWARE]]. I am there since [[2009|DATE]], before I was in the [[Finanzamt Leipzig II|ORGANIZATION]] for my Ausbildung

AI: Thanks, [[Katrin|PERSON]]. Where does AI show up in your daily work?

User: three places. first [[DATEV|SOFTWARE]] itself has now this automatic Belegerkennung, it reads the receipts and suggests the Konto, works ok for 70%. second I use [[DeepL|AI_PRODUCT]] every day because we have many clients from [[Ukraine|COUNTRY]] and [[Syria|COUNTRY]] now and they dont understand the Bescheid. third, [[ChatGPT|AI_PRODUCT]], but only on my private handy, because Herr [[Hoffmann|PERSON]] (the boss, [[Steuerberater|JOB_TITLE]] since 30 years) said officially no. but also he asked me once to "ask the KI" about a new BMF-Schreiben, so...

AI: Can you tell me about a specific case where you used it?

User: ja. Frau [[Schönfeld|PERSON]], widow, [[79|AGE]], her husband died [[last year|GENERIC_TIME]] and she got a letter from Finanzamt about the Witwensplitting and a Nachzahlung. I took a foto of the letter and gave it to [[chatgpt|AI_PRODUCT]] to explain in simple german, for her. it was very good actually, better than I explain. but the foto had her Steuer-ID [[47 036 892 815|NATIONAL_ID|id_like_phone]] and Steuernummer [[231/118/04752|NATIONAL_ID|tax_number]] on it and I only saw it after. my colleague [[Mandy|PERSON]] said "[[Katrin|PERSON]], das ist DSGVO Verstoß" and she is right. since then I black out with the pen before foto

AI: How do your colleagues feel about AI?

User: mixed. [[Mandy|PERSON]] is against, she is afraid for her job, she does only Lohn and this is what the software will do first. our Azubi [[Uwe|PERSON]], [[19|AGE]], uses it for everything, also for the Berufsschule homework, I think he doesnt read the Abgabenordnung anymore lol. and Herr [[Hoffmann|PERSON|possessive]]s son [[Felix|PERSON]] wants to go to "KI-Kanzlei" with [[Microsoft 365 Copilot|AI_PRODUCT]] and so on, he did a seminar at [[HHL Leipzig|SCHOOL]]. for the old clients like [[Bäckerei Krause|ORGANIZATION|org_like_name]] in [[Markkleeberg|CITY]] nothing changes, [[Jens Krause|PERSON]] brings still his Belege in a shoebox every quarter haha

AI: What worries you about these changes?

User: that the Finanzamt also uses KI and we cannot see how it decides. and that young people dont learn the basics. my daughter [[Lea|PERSON]] studies BWL at [[Universität Leipzig|SCHOOL]] and they write everything with [[chatgpt|AI_PRODUCT]], the professors know it. also politics, [[Christian Lindner|PUBLIC_FIGURE]] always talks about "Digitalisierung" but the Finanzamt still sends paper letters 🙄 only [[Germany|COUNTRY]] can do this

AI: Thank you. Is there anything else you'd like to share?

User: no, I think thats all. if you have questions, my work mail is [[k.weigel@hoffmann-stb-leipzig.de|EMAIL_ADDRESS]] or the office [[0341 / 5 62 37-14|PHONE_NUMBER|local_format]], ask for [[Katrin|PERSON]]. not on [[Wednesday|GENERIC_TIME]] afternoon, then I am at the Kita with my small one""")

# 6. Poland - bookkeeper (ksiegowa), Wroclaw - speech-to-text
T.append("""AI: Good morning, and thank you for joining. Could you tell me about your job?

User: Yes, good morning. So, um, my name is [[Agnieszka Wróbel|PERSON]], I am [[forty-one|AGE]] years old, and I am a [[certified bookkeeper|JOB_TITLE]], in Polish we say samodzielna księgowa, at [[Biuro Rachunkowe Bilans|ORGANIZATION]] in [[Wrocław|CITY]], in [[Krzyki|CITY]] district. It's a small office, we have maybe, uh, a hundred and twenty clients, mostly small firms, one-person companies, hairdressers, IT contractors, builders. I do the VAT, the [[ZUS|ORGANIZATION|abbreviation]] declarations, the monthly books. I work there since, um, [[two thousand fourteen|DATE|date_in_words]].

AI: Thank you, [[Agnieszka|PERSON]]. What tools do you use, and is AI among them?

User: So mostly [[Comarch ERP Optima|SOFTWARE]], for the books, and for payroll [[Symfonia|SOFTWARE]], and now the KSeF, the national e-invoice system, that is new, very stressful. And AI, um, yes, I started with [[ChatGPT|AI_PRODUCT]] maybe one and a half year ago because my son [[Kuba|PERSON|nickname]], he studies at [[Politechnika Wrocławska|SCHOOL]], informatics, he installed it on my computer. And our boss, pani [[Grażyna Nowicka|PERSON]], the [[chief accountant|JOB_TITLE]], she bought [[Copilot|AI_PRODUCT]] for the office because we have [[Microsoft|ORGANIZATION]] anyway.

AI: What do you actually use them for?

User: Um, interpretations. The tax law in [[Poland|COUNTRY]] changes every, uh, every month I think. Polski Ład, you know, it was a catastrophe. So a client asks, can I put the car in costs, the leasing, and I ask [[ChatGPT|AI_PRODUCT]] first to find the article, and then I check in the, um, the official interpretation. Sometimes it's wrong, it gives old rules from [[twenty twenty-one|GENERIC_TIME|year_not_personal]], so you must check. And also emails to clients, polite emails, because I'm, um, not so polite when they send documents on the last day.

AI: Could you give an example of a particular client situation?

User: Yes, okay, there is pani [[Basia|PERSON|nickname]], she has a hair salon, [[Salon Fryzjerski Ewelina|ORGANIZATION|org_like_name]], named after her daughter. She is, um, seventy percent of my nerves. Ha. She sent me photo of invoices on [[Messenger|SOFTWARE]], like, forty photos. And I gave them to [[ChatGPT|AI_PRODUCT]] to make a table, and it made the table, but one NIP it read wrong. Her NIP is [[eight nine four, three zero two, one seven, five five|NATIONAL_ID|spoken_digits]], and it wrote five five at the beginning, something like that. So it's good but you must check every number. And I know, I know, I should not put the PESEL. Once I put [[Basia|PERSON|nickname]]'s whole [[ZUS|ORGANIZATION|abbreviation]] form with PESEL [[6 7 0 3 1 5 0 4 8 2 9|NATIONAL_ID|spaced_digits]]. I told pani [[Grażyna|PERSON]], she was, um, not happy.

AI: How do you feel about the future of bookkeeping with AI?

User: Mixed. My husband [[Marek|PERSON]], sorry, the transcription will write [[Mark|PERSON|misheard_name]] probably, he says that in five years there will be no bookkeepers. But, um, my brother works in [[Dublin|CITY]], in [[Ireland|COUNTRY]], for [[Stripe|ORGANIZATION]], and he says they still hire accountants, just fewer. I think the people who know the clients will stay. A robot will not call pani [[Basia|PERSON|nickname]] five times to get one invoice.

AI: If someone wanted to follow up with you, how could they reach you?

User: Um, yes, you can call me, plus four eight, [[six zero two, four one eight, nine three seven|OBF_PHONE|spoken_digits]], or email, it's [[a dot wrobel at bilans dash wroclaw dot pl|OBF_EMAIL|spelled_at_dot]]. [[Wróbel|PERSON]] without the Polish letter, just o. Thank you, it was nice.""")

# 7. Mexico - paralegal at a family-law firm, Guadalajara - typed chat
T.append("""AI: Hi, thanks for being here. Could you tell me about your work and where you do it?

User: hola! sure. im [[Fernanda Ibarra|PERSON]] but everyone says [[Fer|PERSON|nickname]]. im [[paralegal|JOB_TITLE]] (we say pasante, but im already titulada, my cédula profesional is [[10394857|NATIONAL_ID|professional_licence]] jaja) in a law firm, [[Lozano, Treviño y Asociados|ORGANIZATION|org_like_name]], in [[Guadalajara|CITY]]. office is [[Av. Chapultepec Sur 480, Col. Americana|ADDRESS]]. we do mostly family law, divorces, pensión alimenticia, some successions. i studied at [[UdeG|SCHOOL|abbreviation]], the [[Universidad de Guadalajara|SCHOOL]], finished in [[2019|DATE]]

AI: Thanks, [[Fer|PERSON]]. Where does AI come into your day?

User: a lot honestly. i use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT|product_like_person]] for first drafts of demandas and escritos, and [[Perplexity|AI_PRODUCT]] to look for jurisprudencia, but that one i always check in the [[SCJN|ORGANIZATION|abbreviation]] semanario because it invents tesis sometimes. and [[Word|SOFTWARE]] of course. my boss, lic. [[Héctor Lozano|PERSON]], the [[socio director|JOB_TITLE]], he is [[sixty-something|AGE|vague_age]] and he writes everything by hand still, then i type it and ask [[chatgpt|AI_PRODUCT]] to fix the redacción. he doesnt know jaja

AI: Could you walk me through one case where you used these tools?

User: ok so we have a client, doña [[Rosario Guzmán|PERSON]], divorce + pensión for 3 kids. her ex [[Chuy|PERSON|nickname]] ([[Jesús Alberto Mendívil|PERSON]]) works in [[Tlaquepaque|CITY]] for [[Cervecería Modelo|ORGANIZATION]] and says he earns minimum wage, which is a lie. the case is in the [[Juzgado Tercero de lo Familiar|ORGANIZATION]], expediente [[1452/2023|NATIONAL_ID|case_number_like_date]]. i gave [[Claude|AI_PRODUCT|product_like_person]] the whole file to make a timeline of the payments, with her CURP [[GUSR850611MJCZTS04|NATIONAL_ID]] and his RFC [[MEMJ830219HX7|NATIONAL_ID|tax_number]] and everything. the timeline was perfect, saved me like 3 hours. but later i read that maybe they keep the data?? so now i feel guilty

AI: Does your firm have any rules about what can go into AI tools?

User: no rules lol. my coworker [[Ximena|PERSON]] uses the free version of [[chatgpt|AI_PRODUCT]] on her phone and pastes audio transcriptions of [[the clients|GENERIC_ROLE]]. lic. [[Lozano|PERSON]] only said "no quiero problemas con el [[INAI|ORGANIZATION|abbreviation]]" after the [[Claudia Sheinbaum|PUBLIC_FIGURE]] reform news, but nothing written. i told him we need a policy and he said "hazla tú" so now im writing the policy... with [[chatgpt|AI_PRODUCT]] 😂

AI: What concerns you most about AI in legal work?

User: that [[the judges|GENERIC_ROLE]] will start to use it and nobody will read our escritos. and that new pasantes will not learn to think. my little sister [[Valeria|PERSON]] is [[17|AGE]] and wants to study law and she already asks [[chatgpt|AI_PRODUCT]] everything, i told her go to [[ITESO|SCHOOL|abbreviation]] open day and talk with humans. also scams, a client from [[Zapopan|CITY]] got a fake call with the voice of his son asking money. crazy

AI: Thank you, [[Fer|PERSON]]. Anything you'd like to add before we finish?

User: no thats it! if you want to talk more my insta is [[@fer.ibarra.law|SOCIAL_HANDLE]] and mail [[fernanda.ibarra@lozanotrevino.mx|EMAIL_ADDRESS]]. saludos from [[Mexico|COUNTRY]] 🇲🇽""")

# 8. Kenya - motor claims handler at an insurer, Nairobi - speech-to-text
T.append("""AI: Hello, and thank you for joining. Could you start by telling me about your role?

User: Yes, hello. My name is [[Wanjiru Kamau|PERSON]], I'm a [[senior claims officer|JOB_TITLE]] in the motor department at [[Jubilee Insurance|ORGANIZATION]], our office is in [[Upper Hill|CITY]], [[Nairobi|CITY]]. I've been in insurance for, eh, twelve years, I started at [[Britam|ORGANIZATION]] in [[twenty twelve|DATE|date_in_words]] as a clerk. I handle accident claims, theft claims, I coordinate [[the assessors|GENERIC_ROLE]], [[the garages|GENERIC_ROLE]], and sometimes the police abstracts.

AI: Thanks, [[Wanjiru|PERSON]]. Where does AI come into your work?

User: So, eh, the company [[last year|GENERIC_TIME]] brought a system, they call it [[ClaimSense|SOFTWARE]], it flags claims that look like fraud. It gives a score, like red, amber, green. And personally I use [[ChatGPT|AI_PRODUCT]] to write the letters, the repudiation letters, because they must be, eh, polite but firm. Also [[Grammarly|SOFTWARE]]. My team leader, [[Kiprono|PERSON]], he doesn't like the fraud score, he says it flags too many [[matatu owners|GENERIC_ROLE]] from [[Eastlands|CITY]], you know, it is biased.

AI: Could you describe a specific claim where the AI tools made a difference?

User: Okay, there was one, um, a Probox, registration [[KDG 412M|NATIONAL_ID|vehicle_registration]], claim number [[CLM slash MTR slash two zero two four slash zero eight eight one three|NATIONAL_ID|spoken_case_number]]. The insured, Mr. [[Otieno|PERSON]], [[Samuel Otieno Ouma|PERSON]], reported theft in [[Thika|CITY]]. The system gave red because the policy was only three weeks old. I wanted to repudiate. Then [[Faith|PERSON|word_name]], she's our investigator, she went on the ground and found the car was really stolen, there was even CCTV from a petrol station. So the AI was wrong, and if I had just, eh, followed the score, we would have wronged that man. That one I remember.

AI: How do you handle customer information when you use [[ChatGPT|AI_PRODUCT]]?

User: Eh, honestly, in the beginning I was pasting everything, the name, the ID number, like [[two seven, eight four five, one nine three|NATIONAL_ID|spoken_digits]], the KRA PIN [[A009384517Q|NATIONAL_ID|tax_number]], the phone. Then IT sent an email, the [[ICT manager|JOB_TITLE]], Mr. [[Will Mutua|PERSON|word_name]], he said no client data in public AI. [[Will|PERSON|word_name]] is strict but he is right, because of the Data Protection Act, the [[ODPC|ORGANIZATION|abbreviation]] can fine the company. So now I write "[[the insured|GENERIC_ROLE]]" and "vehicle A".

AI: What are your bigger hopes or worries about AI in insurance?

User: Hope, that the small claims, windscreen, eh, minor scratches, are paid fast, same day on [[M-Pesa|SOFTWARE]]. Worry, that they will remove people like me. In [[Kenya|COUNTRY]] jobs are already few. Even the President, [[William Ruto|PUBLIC_FIGURE]], talks about AI and digital jobs, but for us in the office, it's, eh, we don't know. My daughter, [[Nyambura|PERSON]], she is [[fourteen|AGE]], she wants to do computer science at [[Strathmore|SCHOOL|abbreviation]], so maybe she will be the one building these things.

AI: Thank you very much. Is there a way the team could reach you later if needed?

User: Yes, you can reach me on [[zero seven two two, five eight one, nine zero four|OBF_PHONE|spoken_digits]], or the email, [[wanjiru dot kamau at jubilee insurance dot com|OBF_EMAIL|spelled_at_dot]], all together, no space. Thank you.""")

# 9. Japan - community pharmacist, Sapporo - typed chat
T.append("""AI: Hello, thank you for joining this interview. Could you tell me about your work?

User: Hello. Thank you for inviting. My name is [[Takahashi Yui|PERSON|family_name_first]]. I am [[pharmacist|JOB_TITLE]] at a dispensing pharmacy of [[Ain Pharmacies|ORGANIZATION]], the store in front of [[Hokkaido University Hospital|ORGANIZATION]], in [[Sapporo|CITY]], [[Kita-ku|CITY|district]]. I am [[thirty-one|AGE]] years old. Sorry my English is not so good, I use translation sometimes.

AI: Your English is very clear, thank you. Which tools do you use at work, and does AI play a part?

User: We use electronic medication record system, [[Musubi|SOFTWARE]] from [[Kakehashi|ORGANIZATION]]. It has AI function, it suggests the guidance sentence for the patient from the prescription. It is convenient, time for writing record is shorter. Also personally I use [[ChatGPT|AI_PRODUCT]] for English. Many foreign patients come now, [[tourists|GENERIC_ROLE]], and [[students from the university|GENERIC_ROLE]]. And [[DeepL|AI_PRODUCT]] for the package insert in English.

AI: Could you tell me about a specific time an AI suggestion helped or did not help?

User: Yes. [[Last winter|GENERIC_TIME]], patient [[Kobayashi|PERSON]]-san, he is [[83|AGE]], he had prescriptions from 3 hospitals. [[Musubi|SOFTWARE]] suggested the guidance about the new anticoagulant but did not notice interaction with his supplement, he takes some health food from TV shopping. I found it because I talked with his wife. So AI is helpful but it does not talk to the wife haha. My senior, [[Mori|PERSON]]-san, the [[store manager|JOB_TITLE]], always says "AI is the assistant, [[the pharmacist|GENERIC_ROLE]] decides".

AI: How do you think about patient privacy when using these tools?

User: [[Musubi|SOFTWARE]] is inside our system so it is ok. But for [[ChatGPT|AI_PRODUCT]] I am careful. Once I wanted to make English explanation for a student from [[Vietnam|COUNTRY]], I almost typed his name and insurance card number, 記号 [[2741|NATIONAL_ID|insurance_card]] 番号 [[10083|NATIONAL_ID|insurance_card]], but I stopped. [[Mori|PERSON]]-san told us about My Number leakage news, so everybody is nervous now. Even my own My Number is [[3841 2207 5916|NATIONAL_ID|id_like_phone]], I do not remember why I remember it lol.

AI: Do you have any worries about AI in pharmacy work in the future?

User: Some. In [[Japan|COUNTRY]] there is shortage of pharmacists in countryside, so AI and robots for picking medicine will come. In our company there is already a robot in big store. I am not afraid of losing job, but afraid that young pharmacists will trust the AI too much. My classmate from [[Hokkaido University|SCHOOL]], [[Aoi|PERSON]], she works in [[Asahikawa|CITY]] and she said her store uses [[Gemini|AI_PRODUCT]] to check doses and nobody double checks. That is dangerous I think.

AI: Thank you. Is there anything else you would like to add?

User: My registration number is [[412873|NATIONAL_ID|professional_licence]] if you need to confirm I am really licensed. And my mail [[yui.t.pharm@docomo.ne.jp|EMAIL_ADDRESS]], or phone [[090-4417-2286|PHONE_NUMBER|local_format]]. Please contact after 19:00, because of work. Thank you very much.""")

# 10. France - notary clerk (clerc de notaire), Lyon - speech-to-text
T.append("""AI: Bonjour, and thank you for joining. Could you tell me about your job?

User: Yes, bonjour. So, I am [[Sandrine Morel|PERSON]], I am, euh, [[fifty-three|AGE]], and I am a [[clerc de notaire|JOB_TITLE]], notary clerk, in an office in [[Lyon|CITY]], the [[Office notarial Girard, Besson et Associés|ORGANIZATION|org_like_name]], in the sixth arrondissement. I work there since, euh, [[nineteen ninety-eight|DATE|date_in_words]], so a long time. Before, I did my studies at [[Université Jean Moulin Lyon 3|SCHOOL|school_like_public_figure]], law. I prepare the acts, mostly the sales of apartments, the successions, the donations.

AI: Thank you, [[Sandrine|PERSON]]. What role does AI play in your work today?

User: So, euh, officially we have [[iNot|SOFTWARE]], the software from [[Genapi|ORGANIZATION]], for the acts, and now there is some assistant inside for the clauses. And the [[Chambre des notaires du Rhône|ORGANIZATION]] organised a training on AI in [[March|GENERIC_TIME]]. Personally I use [[Le Chat|AI_PRODUCT]], from [[Mistral|ORGANIZATION]], because it is French, and Maître [[Girard|PERSON]] prefers, he says it is, euh, more sovereign. Ha. Maître [[Philippe Girard|PERSON]], he is the [[notaire associé|JOB_TITLE]], my boss. The transcription will maybe write "metre [[Gérard|PERSON|misheard_name]]", it is [[Girard|PERSON]] with an I.

AI: Could you describe a recent file where you used [[Le Chat|AI_PRODUCT]]?

User: Yes, a succession, euh, the family [[Duval|PERSON]]. The father died in [[Villeurbanne|CITY]], there are three children, one lives in [[Canada|COUNTRY]], and there is an apartment at [[14 rue des Tanneurs|ADDRESS]], in [[Villeurbanne|CITY]], and a small house near [[Annecy|CITY]]. I asked [[Le Chat|AI_PRODUCT]] to summarise the, euh, the rules for the, how do you say, the reserved part, for the children, and to make a draft of the letter to [[the heirs|GENERIC_ROLE]]. It was good for the letter. But for the calculation it made an error on the allowance, the hundred thousand euros per child, so I recalculated everything by hand. The daughter, Madame [[Hélène Duval-Petit|PERSON]], she is very, euh, exigeante, so I cannot make mistakes.

AI: How do you deal with personal data when using these tools?

User: That is the big question. In a notary office we have everything, the birth dates, the social security numbers, the bank accounts. For example the father's number, euh, [[one, forty-two, zero three, sixty-nine, three eight eight, one one two, forty-five|NATIONAL_ID|spoken_digits]], it is on all the documents. I never put this in the AI. I replace by "Monsieur X". But my young colleague, [[Mathis|PERSON]], he is [[twenty-four|AGE]], he puts the full PDF sometimes. I told him, and Maître [[Besson|PERSON]] also told him. The CNIL can be very severe.

AI: What worries you, or what do you hope for, with AI in notary work?

User: I hope it takes the, euh, the boring part, the copies, the checking of the cadastre. I worry that [[the clients|GENERIC_ROLE]] think the notary is useless now. Somebody told a client on the phone, "[[ChatGPT|AI_PRODUCT]] says I don't need to pay the notary fees". Ha. And the government, [[Emmanuel Macron|PUBLIC_FIGURE]] and all, they talk about AI everywhere, the summit in [[Paris|CITY]], but nobody explains what it means for us, the small offices.

AI: Thank you very much, [[Sandrine|PERSON]]. Would you like to leave a way to be contacted?

User: Yes, you can write to me, it is, euh, [[sandrine point morel at notaires point fr|OBF_EMAIL|spelled_in_french]], point is dot. Or the office, [[zero four, seven eight, quarante-deux, dix-sept, cinquante|OBF_PHONE|mixed_language_digits]]. Merci, bonne journée.""")

# 11. South Africa - pharmacist's assistant at a retail pharmacy, Durban - typed chat
T.append("""AI: Hi there, thanks for joining. Could you tell me a bit about your job?

User: hey! ja sure. im [[Thandeka Mkhize|PERSON]], most ppl call me [[Thandi|PERSON|nickname]]. im a [[post-basic pharmacist's assistant|JOB_TITLE]] at [[Dis-Chem|ORGANIZATION]] in [[Westville|CITY]], [[Durban|CITY]], the one in the Pavilion. been there since [[2017|DATE]]. i do the dispensing under supervision, the chronic meds, medical aid claims, and i help at the clinic counter with BP and sugar checks

AI: Thanks, [[Thandi|PERSON]]. What does AI look like in your day-to-day work?

User: not much from the company side tbh. we have the dispensing system and it checks interactions, i dont know if u call that AI. but me personally i use [[chatgpt|AI_PRODUCT]] and [[Meta AI|AI_PRODUCT]] on [[whatsapp|SOFTWARE]] a lot. for example when [[a customer|GENERIC_ROLE]] asks in isiZulu about a side effect and i want to explain properly in simple words. or to write the motivation letters to [[Discovery Health|ORGANIZATION]] when they reject a chronic authorisation. those letters are long and boring eish

AI: Could you walk me through one of those authorisation cases?

User: ok so there was gogo [[Nomvula Dlamini|PERSON]], [[seventy-four|AGE]], on insulin and two BP meds, and [[GEMS|ORGANIZATION|abbreviation]] rejected the new one. her membership no is [[0041 772 915|NATIONAL_ID|id_like_phone]] and i literally typed everything into [[chatgpt|AI_PRODUCT]], her name, her ID no [[5004120452083|NATIONAL_ID]], the diagnosis, everything, and asked for a motivation. the letter was 🔥, [[the dr|GENERIC_ROLE]] just signed it. then my pharmacist [[Lucky Naidoo|PERSON|word_name]] (ya his name is [[Lucky|PERSON|word_name]] lol) saw the chat on my phone and said [[Thandi|PERSON]] u cant do that, POPIA. he is the [[responsible pharmacist|JOB_TITLE]] so its his licence on the line, his SAPC number [[P 0173426|NATIONAL_ID|professional_licence]] is on every script we do

AI: What did you change after that?

User: now i write "patient, [[74|AGE]] yrs, female" and no ID. [[Lucky|PERSON|word_name]] also asked head office in [[Midrand|CITY]] if we can get some approved tool but u know how corporate is, still waiting. my own ID is [[9103150234087|NATIONAL_ID|embedded_birthdate]] lol i know it by heart like everybody in [[South Africa|COUNTRY]], we use it for everything. born [[15 March 1991|DATE]], so i was a proper [[Mandela|PUBLIC_FIGURE]] baby haha

AI: What do you worry about, or hope for, with AI in pharmacy?

User: worry that ppl self diagnose with AI and come asking for antibiotics. every [[saturday|GENERIC_TIME]] someone shows me their phone "but [[chatgpt|AI_PRODUCT]] said". hope... that it does the medical aid admin so i can do the clinic side more. im studying to be a full pharmacist through [[UNISA|SCHOOL|abbreviation]]... no sorry its through [[Nelson Mandela University|SCHOOL|school_like_public_figure]] distance, and [[Cyril Ramaphosa|PUBLIC_FIGURE]] keeps promising NHI so maybe there will be more jobs lol

AI: Thanks so much. Is there anything you'd like to add?

User: nah thats it. u can dm me on insta [[@thandi_dispenses|SOCIAL_HANDLE]] or email [[thandi.mkhize91@webmail.co.za|EMAIL_ADDRESS]]. cell is [[082 447 1903|PHONE_NUMBER|local_format]]. cheers!""")

# 12. Vietnam - bank credit officer, Da Nang - speech-to-text
T.append("""AI: Hello, thank you for taking part. Could you begin by describing your job?

User: Yes, hello. Um, my name is [[Nguyen Thi Thu Ha|PERSON|no_diacritics]], you can call me [[Thu Ha|PERSON]]. I am a [[customer relationship officer|JOB_TITLE]] for individual loans at [[Vietcombank|ORGANIZATION]], the [[Hai Chau|CITY|district]] branch in [[Da Nang|CITY]]. I work there six years, since I graduated from the [[Da Nang University of Economics|SCHOOL]] in, um, [[twenty eighteen|DATE|date_in_words]]. My work is home loans, car loans, consumer loans, and I also sell insurance, bancassurance, with [[FWD|ORGANIZATION|abbreviation]].

AI: Thank you, [[Thu Ha|PERSON]]. How do you use AI in this work?

User: Um, the bank has some tools, like the credit scoring inside the core system, but we cannot see how it works, it only says pass or not pass. Personally, I use [[ChatGPT|AI_PRODUCT]] to translate documents, because many customers now are [[foreigners|GENERIC_ROLE]], from [[Korea|COUNTRY]], [[Australia|COUNTRY]], who buy apartments near [[My Khe|CITY|place_name]] beach. And [[Zalo|SOFTWARE]], all customers send documents by [[Zalo|SOFTWARE]], photo of the red book, photo of the ID card. [[Zalo|SOFTWARE]] also has an AI assistant now, I try it sometimes.

AI: Can you share an example of a loan file where AI helped or caused trouble?

User: Yes. One customer, Mr. [[Tran Van Long|PERSON|word_name]], he wanted to borrow two billion dong for an apartment. The scoring said not pass. He was very angry, he said "I earn more than my neighbor who got a loan". I asked [[my manager|GENERIC_ROLE]], Mrs. [[Dung|PERSON]], ah, the transcription may write "[[Doong|PERSON|misheard_name]]", she is the [[branch deputy director|JOB_TITLE]], and she said the system saw a late payment from his old credit card at [[Techcombank|ORGANIZATION]]. So the AI was right, but nobody could explain to him. I wrote the explanation with [[ChatGPT|AI_PRODUCT]], a very polite one, in Vietnamese.

AI: Do you put customer information into [[ChatGPT|AI_PRODUCT]] when you do that?

User: Um, the first time, yes, I put his ID number, the CCCD, [[zero four eight, one nine two, zero zero three, five seven one|NATIONAL_ID|spoken_digits]], and the loan contract number [[HD/2024/DN/005817|NATIONAL_ID|case_number]]. Then my colleague [[Phuong|PERSON]], the transcription maybe writes [[Fong|PERSON|misheard_name]], she told me it is not safe, the [[State Bank|ORGANIZATION]] has rules about customer data. Now I delete the names first. [[Phuong|PERSON]] is very careful, she was in the internal audit team in [[Hanoi|CITY]] before.

AI: What worries you, and what do you hope for?

User: I worry that [[the young staff|GENERIC_ROLE]] will not learn to read the financial statements. And the robots, the chatbots, the bank already has a chatbot for, um, simple questions. But I hope the AI can do the, um, paperwork, so I can meet customers more. My husband works in IT for [[FPT Software|ORGANIZATION]], he says the AI will not take my job, only change it. He saw [[Jensen Huang|PUBLIC_FIGURE]] when he came to [[Vietnam|COUNTRY]], he was so excited, ha ha.

AI: Thank you. Is there anything else, or a way to contact you?

User: You can call me, [[zero nine zero five, two one eight, six six four|OBF_PHONE|spoken_digits]], or on [[Zalo|SOFTWARE]] the same number. Thank you very much, I enjoy this talk.""")

# 13. Turkey - certified accountant (SMMM), Izmir - typed chat
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: hello, i am [[Elif Yıldırım|PERSON]], [[38|AGE]], [[serbest muhasebeci mali müşavir|JOB_TITLE]] (certified public accountant) but i work in a bigger office, [[Aydın Mali Müşavirlik|ORGANIZATION|org_like_name]] in [[Bornova|CITY]], [[İzmir|CITY]]. the owner is [[Kemal Aydın|PERSON]], his family is originally from [[Aydın|CITY|city_like_surname]] city actually, so everyone makes the joke. we have around 300 firms, textile, olive oil exporters, doctors, small shops

AI: Thanks, [[Elif|PERSON]]. Which tools do you use, and where does AI come in?

User: accounting program is [[Luca|SOFTWARE|product_like_person]] (yes like a name lol, clients always ask "who is [[luca|SOFTWARE|lowercase]]"), before we had [[Logo Tiger|SOFTWARE]]. e-beyanname, e-defter, e-fatura all go to [[GİB|ORGANIZATION|abbreviation]] systems. AI... i use [[ChatGPT|AI_PRODUCT]] for tebliğ (regulation) summaries because they change every 2 weeks and [[Copilot|AI_PRODUCT]] in [[excel|SOFTWARE]] for pivot. and [[Deniz|PERSON|word_name]] from our office made a small python script with [[chatgpt|AI_PRODUCT]] to read bank statements pdf. [[deniz|PERSON]] is the youngest, [[25|AGE]], very clever

AI: Can you describe a situation where it helped with a particular client?

User: yes. a client, [[Ege Tekstil|ORGANIZATION]], they export to [[Germany|COUNTRY]], had a VAT refund (KDV iadesi) file, very complicated. the owner [[Umut Kaplan|PERSON|word_name]] was calling every day. i asked [[chatgpt|AI_PRODUCT]] to make checklist for the refund documents and it was quite correct, but it mixed some old rule from before [[2023|GENERIC_TIME|year_not_personal]]. i checked with the tebliğ. their tax number [[4710395826|NATIONAL_ID|id_like_phone]], i wrote it in the chat by mistake with the company name. [[umut|PERSON]] bey doesnt know haha

AI: You mentioned writing the tax number by mistake. How does your office handle client data with these tools?

User: honestly no official rule. [[kemal|PERSON]] bey is [[61|AGE]], he doesnt use AI, he says "kızım, makine imza atamaz" (machine cannot sign). but KVKK (our data law) is serious, fines are big. after that mistake i told everybody, never write TC kimlik no or vergi no. example mine is [[38416207954|NATIONAL_ID]], you see, 11 digits, easy to paste by mistake

AI: What do you hope for, or worry about, with AI in accounting?

User: worry: in [[Türkiye|COUNTRY]] inflation is crazy and small firms cannot pay much, if AI does bookkeeping cheap, many small offices will close. my husband [[Burak|PERSON]] says i should learn data analysis. hope: that it reads the e-fatura xml and makes the entries automatic, that is 50% of our time. i studied at [[Dokuz Eylül Üniversitesi|SCHOOL|school_like_date]] and we had zero course about this, now they have, my cousin [[Selin|PERSON]] is there now

AI: Thank you, [[Elif|PERSON]]. Anything else?

User: no that's all, good luck with the research. if needed: [[elif.yildirim@aydinmm.com.tr|EMAIL_ADDRESS]], [[0532 418 76 09|PHONE_NUMBER|local_format]]""")

# 14. Egypt - receptionist at a dental centre, Alexandria - speech-to-text
T.append("""AI: Hello, and thank you for joining us. Could you start by telling me about your job?

User: Hello, yes. My name is [[Mariam Abdel Fattah|PERSON]], um, the computer will write it maybe [[Mary am Abdul Fatter|PERSON|misheard_name]], ha. I am the [[receptionist and office coordinator|JOB_TITLE]] at [[Dr. Hany Mansour Dental Center|ORGANIZATION|org_like_name]] in [[Smouha|CITY|district]], in [[Alexandria|CITY]]. We have four dentists and one orthodontist. I do the bookings, the payments, the insurance approvals, and the social media.

AI: Thank you, [[Mariam|PERSON]]. Where does AI come into that?

User: Um, first the bookings, we use [[Vezeeta|SOFTWARE]] for online booking, and [[WhatsApp Business|SOFTWARE]] for the messages. I use [[ChatGPT|AI_PRODUCT]] to write replies in English and in Arabic, because some patients are from the Gulf, from [[Saudi Arabia|COUNTRY]] and [[Kuwait|COUNTRY]], they come in [[the summer|GENERIC_TIME]], and they want a very formal style. And for the [[Instagram|SOFTWARE]] posts, Dr. [[Hany|PERSON]] wants three posts a week, so I ask [[ChatGPT|AI_PRODUCT]] for ideas, like "five tips for white teeth".

AI: Could you give an example of something that happened with these tools?

User: Yes, one time a patient, Hagg [[Mahmoud Sherif|PERSON]], he is, um, [[seventy|AGE]] years, he complained on [[Facebook|SOFTWARE]] about the price of the implant. And I was upset, so I wrote the reply with [[ChatGPT|AI_PRODUCT]], and it was very polite, very good. But Dr. [[Hany Mansour|PERSON]] said we cannot write his name or his treatment in public, it is private. So we deleted and called him instead. Also for the insurance, [[AXA Egypt|ORGANIZATION]], I must send the national ID, it is fourteen numbers, like [[2 9 1 0 3 1 5 0 2 0 1 8 7 3|NATIONAL_ID|spaced_digits]], and the approval number. I never put this in [[ChatGPT|AI_PRODUCT]], never.

AI: How do the other staff feel about AI?

User: Dr. [[Amal|PERSON|word_name]], she is the orthodontist, she uses an AI program for the aligner design, it shows how the teeth will move, [[the patients|GENERIC_ROLE]] love it. My colleague [[Noor|PERSON|word_name]] at the second reception, she is afraid, she thinks the AI will answer the phone and we will lose our jobs. Dr. [[Hany|PERSON]] says no, "[[the patients|GENERIC_ROLE]] in [[Egypt|COUNTRY]] want to talk to a person, they want to negotiate" ha ha.

AI: What about outside work, do you use AI in your personal life?

User: Yes, for my studies. I am doing a diploma in hospital management at [[Alexandria University|SCHOOL]], evening classes. And my little brother [[Youssef|PERSON]], he is [[sixteen|AGE]], he uses it for physics. Even [[Mohamed Salah|PUBLIC_FIGURE]] is in an advertisement for some AI phone now, so everybody wants it.

AI: Thank you so much. Is there a way for the researchers to contact you?

User: Yes, you can call, um, [[zero one zero, two two eight four, seven seven three one|OBF_PHONE|spoken_digits]], that is also [[WhatsApp|SOFTWARE]]. Or email, [[mariam dot fattah at gmail dot com|OBF_EMAIL|spelled_at_dot]], [[fattah|PERSON|lowercase_name]] with two T. Thank you.""")

# 15. Indonesia - health insurance claims analyst, Surabaya - typed chat
T.append("""AI: Hi, thanks for your time today. Could you tell me about your work?

User: hai, ok. my name [[dewi rahayu|PERSON]], i am [[claims analyst|JOB_TITLE]] for health insurance at [[Allianz Life Indonesia|ORGANIZATION]], regional office [[Surabaya|CITY]]. 5 years already. before that i was nurse at [[RSUD Dr. Soetomo|ORGANIZATION|org_like_public_figure]] so i understand the medical things, thats why they hire me. my job is check the claim from hospital, is it covered or not, is the diagnosis match with the treatment

AI: Thanks, [[Dewi|PERSON]]. How does AI come into that work?

User: company have system for auto adjudication, small claims under 2 juta rupiah approved automatic, the system check the ICD code and the policy. big claims come to us. personally i use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] to read the medical resume in english from [[Singapore|COUNTRY]] hospitals, many our customers go to [[Mount Elizabeth|ORGANIZATION|org_like_name]] or [[Gleneagles|ORGANIZATION]] for treatment. and [[Google Translate|SOFTWARE]] for the chinese ones lol

AI: Can you describe a claim where AI helped or made things harder?

User: ok there was one, customer bapak [[Hartono Wijaya|PERSON]], [[58|AGE]] tahun, heart surgery in [[Penang|CITY]], claim almost 400 juta. the resume was 30 pages. i give to [[chatgpt|AI_PRODUCT]] to summarize, very fast, and it say "no pre existing condition mentioned". but in page 22 there was note from cardiologist he had hypertension since 10 years. [[chatgpt|AI_PRODUCT]] missed it!! my supervisor mbak [[Sari|PERSON]] read all again and found it. so now i dont trust summary 100%. policy number was [[ALZ-HL-88140273|NATIONAL_ID|policy_number]] if i remember, we still discuss with the agent

AI: How do you protect customer data when you use these tools?

User: hmm honestly i only remove name. NIK sometimes i forget, its in every document, like [[3578014511920003|NATIONAL_ID]]. pak [[Hendra|PERSON]] hmm

AI: Sorry, I think part of that message was cut off. You were saying something about [[Hendra|PERSON]]?

User: sorry my cat jump on keyboard wkwk. i mean pak [[Hendra Gunawan|PERSON]], our [[head of claims|JOB_TITLE]], he said from [[January|GENERIC_TIME]] we must use only the internal tool, they will block [[chatgpt|AI_PRODUCT]] in the office wifi. ok no problem, i use my hp (phone) lol. but also [[BPJS Kesehatan|ORGANIZATION]] now use AI for fraud, my sister [[Indah|PERSON|word_name]] works there in [[Sidoarjo|CITY]], she said same problem, the AI flag too many claims from small puskesmas

AI: What are your hopes and worries for the future?

User: hope: less overtime. before [[lebaran|GENERIC_TIME|lowercase]] we always overtime until 10 pm because many claims. worry: [[the customers|GENERIC_ROLE]] get rejected by machine and nobody explain. my mother always say "[[dewi|PERSON]], machine no have heart" hahaha. thats true. also my son [[Raka|PERSON]] [[7 years|AGE]] old already talks with [[Alexa|AI_PRODUCT|product_like_person]] at his friend house, i dont like. ok thats all. you can contact [[dewi.rahayu.sby@gmail.com|EMAIL_ADDRESS]] or [[WA|SOFTWARE|abbreviation]] [[0812-3391-6650|PHONE_NUMBER|local_format]]. terima kasih!""")

# 16. Spain - tax and admin advisor at a gestoria, Valencia - speech-to-text
T.append("""AI: Hola, thank you for joining. Could you tell me about your job?

User: Hola, yes, of course. I'm [[Amparo Navarro Gil|PERSON]], I'm, um, [[forty-six|AGE]], and I work as a [[gestora administrativa|JOB_TITLE]], which is like a, um, tax and paperwork advisor, at [[Gestoría Navarro Puchades|ORGANIZATION]]. It was my father's office, now I run it with my cousin [[Jaume|PERSON]]. We're in [[Russafa|CITY|district]], in [[Valencia|CITY]], on [[calle de Cuba 23|ADDRESS|address_with_country_name]]. We do income tax, the renta, self-employed quarterly VAT, car transfers, residency papers for foreigners, inheritances.

AI: Thanks, [[Amparo|PERSON]]. Where does AI come into your work?

User: Well, um, we use [[A3asesor|SOFTWARE]] for the accounting and [[Renta WEB|SOFTWARE]] from [[Hacienda|ORGANIZATION]] for the declarations. And since, I think, two years, I use [[ChatGPT|AI_PRODUCT]], the paid one. For the, um, the consultas, like, "can a self-employed deduct the electricity if she works at home". And [[Jaume|PERSON]] uses [[Copilot|AI_PRODUCT]] because it's in the [[Outlook|SOFTWARE]]. Also we have many clients from [[Cuba|COUNTRY]], from [[Venezuela|COUNTRY]], from [[Ukraine|COUNTRY]], so I use it to translate the requirements for the NIE.

AI: Could you tell me about a particular case?

User: Yes, um, a funny one. We have a client called [[Rafael Nadal|PERSON|namesake_of_public_figure]], not the tennis player, ha, he's a, um, a plumber from [[Torrent|CITY|town_like_common_word]]. He got a letter from [[Hacienda|ORGANIZATION]], a requerimiento, for the year his daughter was born, because he put her as dependent too early. I gave [[ChatGPT|AI_PRODUCT]] the letter to explain, and it was good, but I forgot the letter had his DNI, [[two four three eight seven six one five K|NATIONAL_ID|spoken_digits]], and the reference of the procedure, [[2023GRC46140003927M|NATIONAL_ID|case_number]]. After, I thought, hmm, maybe this is not, um, legal. Because of the data protection law, the LOPD, and the [[Agencia de Protección de Datos|ORGANIZATION]].

AI: How does the office deal with those data questions now?

User: Now we have a rule, [[Jaume|PERSON]] wrote it, we anonymise before. And for the foreigners with NIE, like [[Y4821936R|NATIONAL_ID]], never. I also did a course at the [[Colegio de Gestores Administrativos de Valencia|ORGANIZATION]], about AI and data protection, it was, um, in [[October|GENERIC_TIME]]. My collegiate number is [[1873|NATIONAL_ID|professional_licence]], so they send me all the courses. Ha.

AI: What worries you about AI in your profession?

User: Um, that people think the gestoría is not necessary. My nephew, [[Pau|PERSON]], he's [[nineteen|AGE]], studies at the [[Universitat de València|SCHOOL]], he did his own renta with [[ChatGPT|AI_PRODUCT]], and it was wrong, he paid three hundred euros more. So, there is still work for us, ha. But [[the young people|GENERIC_ROLE]] don't trust offices. And the Administration, they also use AI, [[Hacienda|ORGANIZATION]] sends automatic letters, nobody signs them.

AI: Thank you, [[Amparo|PERSON]]. Would you like to leave contact details?

User: Yes, the email is, um, [[amparo arroba gestorianavarro punto es|OBF_EMAIL|spelled_in_spanish]], all together, gestorianavarro. And the phone, [[nine six three, forty-one, twenty-two, eighteen|OBF_PHONE|spoken_digits]]. Thank you, it was interesting.""")

# 17. Italy - tax assistance clerk at a commercialista's office, Bologna - typed chat
T.append("""AI: Hello, and thank you for joining. Could you tell me about your job?

User: ciao! i'm [[Chiara Benedetti|PERSON]], [[36|AGE]], i work as [[impiegata amministrativa|JOB_TITLE]] (admin + tax assistant) at [[Studio Marchetti & Zanotti|ORGANIZATION|org_like_name]], a commercialista office in [[Casalecchio di Reno|CITY]], just outside [[Bologna|CITY]]. we do 730 and Redditi for families, bookkeeping for small artigiani, and the F24 payments. i'm there since [[settembre 2015|DATE|date_in_other_language]], after my laurea in economics at [[Unibo|SCHOOL|abbreviation]]

AI: Thanks, [[Chiara|PERSON]]. What software do you use, and is AI part of it?

User: main software is [[TeamSystem|SOFTWARE]], and for payroll the office uses [[Zucchetti|SOFTWARE|product_like_person]] (yes it's a surname, in [[italy|COUNTRY]] half the software is someone's surname lol). the dottor [[Marchetti|PERSON]] is the boss and he is sceptical. but i use [[ChatGPT|AI_PRODUCT]] since it came back after the [[Garante|ORGANIZATION]] block in [[2023|GENERIC_TIME|year_not_personal]]. mainly for circolari of the [[Agenzia delle Entrate|ORGANIZATION]], they are written in a language nobody understands, not even italians

AI: Can you describe a recent situation where you used it for a client?

User: sure. signora [[Franca|PERSON]], retired teacher, she had the bonus facciate / superbonus mess from her condominium in [[Imola|CITY]] and a letter "comunicazione di irregolarità". i pasted the letter in [[chatgpt|AI_PRODUCT]] to get the points in simple italian for her. the letter had her codice fiscale [[FRNLRA49E61E289Q|NATIONAL_ID|tax_code]] in the header and i didnt notice. my colleague [[Giorgia|PERSON|namesake_of_public_figure]] (no, not [[Giorgia Meloni|PUBLIC_FIGURE]] 😂 she hates when people say that) told me to always cut the header. since then i do

AI: How does the office think about privacy and AI more generally?

User: the dottoressa [[Zanotti|PERSON]], the other partner, is more open. she did a course with the [[Ordine dei Commercialisti|ORGANIZATION]] of [[Bologna|CITY]] about AI and GDPR and came back with a checklist. rule 1 no codice fiscale, no partita IVA, no IBAN. ok fine. but clients send everything on [[whatsapp|SOFTWARE]], like [[Gianni|PERSON]] the plumber, he sends photos of invoices with his partita iva [[03917451206|NATIONAL_ID|tax_number]] and his IBAN [[IT48 J030 6902 4771 0000 0004 217|NATIONAL_ID|account_number]] all in one picture at 11 at night. what can i do

AI: What do you hope AI could do better for you, and what worries you?

User: hope: the 730 season ([[may|GENERIC_TIME|lowercase]] to [[september|GENERIC_TIME|lowercase]]) is crazy, if AI reads the receipts of the farmacia and the medical expenses it saves weeks. worry: that the [[Agenzia delle Entrate|ORGANIZATION]] uses AI for controls and we become only the people who answer the machine. also my boyfriend [[Matteo|PERSON]] works in a bank in [[Modena|CITY]] and they already cut people in back office. in [[Europe|CONTINENT]] they made the AI Act but honestly nobody in our office read it

AI: Thank you, [[Chiara|PERSON]]. Is there anything you'd like to add?

User: just that i'm not against AI, i like it, but the responsibility is always ours, the client blames the studio not [[chatgpt|AI_PRODUCT]]. contacts if needed: [[chiara.benedetti@studiomz.it|EMAIL_ADDRESS]], tel [[051 614 2273|PHONE_NUMBER|local_format]] ext 4. buona giornata!""")

# 18. Ghana - health information (medical records) officer, Kumasi - speech-to-text
T.append("""AI: Good morning, and thank you for talking with me. Could you tell me about your work?

User: Good morning. Okay, my name is [[Akosua Owusu-Ansah|PERSON]], the machine may write it as "[[a coser|PERSON|misheard_name]]", ha, it's [[Akosua|PERSON]], [[A-K-O-S-U-A|PERSON|spelled_out]]. I'm a [[health information officer|JOB_TITLE]] at [[Komfo Anokye Teaching Hospital|ORGANIZATION|org_like_name]], we call it [[KATH|ORGANIZATION|abbreviation]], in [[Kumasi|CITY]]. I've been there since, um, [[twenty fifteen|DATE|date_in_words]]. I work in the records department, we do the registration, the folders, the coding of diagnoses with ICD-10, and the NHIS claims.

AI: Thank you, [[Akosua|PERSON]]. Where does AI come into your work?

User: So, we use [[LHIMS|SOFTWARE|abbreviation]], that is the electronic system for the hospitals in [[Ghana|COUNTRY]]. It's not AI, it's just, um, the records. But the claims to [[NHIA|ORGANIZATION|abbreviation]] get rejected a lot, so I started using [[ChatGPT|AI_PRODUCT]] to help me choose the right ICD code when the doctor's diagnosis is not clear. Like the doctor writes "? malaria, r/o typhoid", and I ask [[ChatGPT|AI_PRODUCT]] which code to use. And then I confirm with the book.

AI: Could you give an example of a specific case?

User: Yes. There was a baby, um, [[eight months|AGE|age_in_months]], her name was [[Comfort|PERSON|word_name]], [[Comfort Adjei|PERSON|word_name]], admitted at the children's ward. The diagnosis was long, with severe anaemia and sickle cell. I put the diagnosis in [[ChatGPT|AI_PRODUCT]], and I also put, um, her NHIS number, [[zero seven two four, one eight eight three|NATIONAL_ID|id_like_phone]], because I just copied the whole line from the folder. The claim went through, but later my supervisor, Madam [[Patience Boateng|PERSON|word_name]], she told me that is not allowed. [[Patience|PERSON|word_name]] is very strict about confidentiality, she has been there for thirty years.

AI: How did that conversation go?

User: It was fine, she was not harsh. She said the hospital is working on a policy, and that the [[Data Protection Commission|ORGANIZATION]] can come for us. Now I only write the age and the diagnosis. And, um, for staff also, they have the national ID card number everywhere now, mine is [[G H A dash seven one eight two three zero four nine five dash three|NATIONAL_ID|spoken_letters_digits]], it is on every form. It's too easy to leak.

AI: What are your hopes or worries about AI at the hospital?

User: My hope is it can help with the, um, the backlog, we have folders from before the computer system, paper, thousands. If AI can read them, that will help. My worry is the light, ha, the power, dumsor, no power, no AI. Ha ha. Also [[the young doctors|GENERIC_ROLE]], some of them use [[ChatGPT|AI_PRODUCT]] for their notes, and the notes are very long now, more work for us. My husband [[Kofi|PERSON]] teaches at [[Kwame Nkrumah University of Science and Technology|SCHOOL|school_like_public_figure]], he says [[the students|GENERIC_ROLE]] are also using it for everything.

AI: Thank you very much. Is there a way the research team could reach you?

User: Yes, you can call, [[zero two four four, one eight seven, three three six|OBF_PHONE|spoken_digits]]. Or email, um, [[akosua dot ansah at kath dot gov dot gh|OBF_EMAIL|spelled_at_dot]]. Thank you, God bless.""")

# 19. Pakistan - AML compliance officer at a bank branch, Lahore - typed chat
T.append("""AI: Hello, thanks for taking part. Could you tell me about your job?

User: AoA. sure. im [[Hamza Qureshi|PERSON]], [[29|AGE]], [[AML compliance officer|JOB_TITLE]] at [[Meezan Bank|ORGANIZATION]], regional office [[Gulberg|CITY|district]], [[Lahore|CITY]]. basically i review alerts for suspicious transactions, do the enhanced due diligence for high risk customers, and file STRs with [[FMU|ORGANIZATION|abbreviation]] when needed. did my MBA from [[LUMS|SCHOOL|abbreviation]] in [[2019|DATE]] then joined

AI: Thanks, [[Hamza|PERSON]]. What tools do you use, and where does AI fit?

User: monitoring system is [[Actimize|SOFTWARE]], it has rule based + some ML scoring, generates like 200 alerts a day, 95% false positive honestly. reports go on [[goAML|SOFTWARE]]. personally i use [[ChatGPT|AI_PRODUCT]] for drafting the narrative of the STR, and [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] for pivot of transactions. around [[Eid|GENERIC_TIME]] the remittances from [[Dubai|CITY]] and [[Saudi|COUNTRY|short_form]] go crazy so alerts double

AI: Could you tell me about a specific alert or case?

User: ok without too much detail.. one customer, Ch. [[Aslam Warraich|PERSON]], property dealer from [[Sheikhupura|CITY]], many cash deposits just under 2.5 million rupees, classic structuring. i pasted the transaction list in [[chatgpt|AI_PRODUCT]] and asked for pattern summary. it did well but then i realised the sheet had his CNIC [[35404-8817263-5|NATIONAL_ID|id_like_phone]] and his account no [[0101-0104876523|NATIONAL_ID|account_number]]. deleted the chat immediately yaar. case ref was [[STR-2024-LHR-00731|NATIONAL_ID|case_number]], we filed it

AI: How does your bank handle the use of tools like [[ChatGPT|AI_PRODUCT]]?

User: officially blocked on office network since [[last ramzan|GENERIC_TIME|lowercase]]. [[SBP|ORGANIZATION|abbreviation]] also issued guidelines for AI in banks. my unit head, [[Ayesha Malik|PERSON]], the [[head of financial crime compliance|JOB_TITLE]] for central region, she is pushing for an internal gpt on [[azure|SOFTWARE]], IT is working. until then people use phones. my friend [[bilal|PERSON]] at [[HBL|ORGANIZATION|abbreviation]] said same situation there

AI: What worries you, and what do you hope for?

User: worry is that [[the regulators|GENERIC_ROLE]] and [[FATF|ORGANIZATION|abbreviation]] people will expect AI to catch everything. [[Pakistan|COUNTRY]] was on grey list once and nobody wants that again. hope is fewer false positives so we look at real risk. also for fun: one customer was named [[Imran Khan|PERSON|namesake_of_public_figure]], the system flagged him as PEP because of the name lol, we had to clear it manually. poor guy, he runs a tyre shop in [[Gujranwala|CITY]], nothing to do with the real [[Imran Khan|PUBLIC_FIGURE]]

AI: Thank you, [[Hamza|PERSON]]. Is there anything you'd like to add?

User: just that AI is good for reading, not for judging. if u want to follow up: [[hamza.qureshi.aml@gmail.com|EMAIL_ADDRESS]] / [[+92 321 4470 918|PHONE_NUMBER]]""")

# 20. Colombia - notary office assistant, Medellin - speech-to-text
T.append("""AI: Hola, thank you for joining. Could you tell me about your work?

User: Hola, sí, thank you. My name is [[Luz Marina Restrepo|PERSON]], but, um, in the office they call me [[Luchi|PERSON|nickname]]. I am [[auxiliar de escrituración|JOB_TITLE]], assistant of deeds, at the [[Notaría Quince de Medellín|ORGANIZATION|org_with_number_word]], in [[El Poblado|CITY|district]], [[Medellín|CITY]]. I am there since, um, [[two thousand and ten|DATE|date_in_words]]. I prepare the escrituras, the deeds, for sales of apartments, mortgages, marriages, sometimes wills.

AI: Thank you, [[Luz Marina|PERSON]]. How does AI come into your work?

User: Um, well, we have the software for the notary, it's called [[Notariado Digital|SOFTWARE]], and the [[Supernotariado|ORGANIZATION]] asks everything electronic now. And me, since [[last year|GENERIC_TIME]], I use [[ChatGPT|AI_PRODUCT]] on the computer to, um, review the wording of the minutas, because [[the lawyers|GENERIC_ROLE]] send the minutas with many mistakes. And [[Gemini|AI_PRODUCT]] in the phone to translate for foreigners, we have many now, Americans who buy apartments in [[Envigado|CITY]] and [[Laureles|CITY|district]].

AI: Could you tell me about a specific deed or client?

User: Yes, um, one case, a lady, doña [[Esperanza Gómez|PERSON|word_name]], [[eighty-one|AGE]] years old, selling her house to her nephew. The property is in [[Carrera 43A # 1 Sur-100|ADDRESS|local_address_format]], no, sorry, that is the notary's address, ha. The house was in [[Rionegro|CITY]]. The matrícula inmobiliaria, the property number, was [[cero veinte, uno dos ocho siete siete tres cuatro|NATIONAL_ID|spoken_mixed_language]]. And I asked [[ChatGPT|AI_PRODUCT]] to check if the text of the sale was complete, and it said I forgot the clause about the, um, the family patrimony, the afectación a vivienda familiar. And it was true! So it saved me. But the notary, doctor [[Álvaro Echeverri|PERSON]], he says, "[[Luchi|PERSON|nickname]], the machine doesn't sign, I sign."

AI: How do you handle personal data in those situations?

User: Um, we have all the data, cédula, marital status, everything. The cédula of doña [[Esperanza|PERSON|word_name]] is like, [[forty-three, five hundred twelve, eight seventy-six|NATIONAL_ID|spoken_number_groups]]. I try not to put the cédulas in [[ChatGPT|AI_PRODUCT]]. I put "[[the seller|GENERIC_ROLE]]", "[[the buyer|GENERIC_ROLE]]". My colleague [[Milagros|PERSON|word_name]] puts everything, I told her, [[Mila|PERSON|nickname]], careful, the habeas data law. And she says, "ay, [[Luchi|PERSON|nickname]], nobody will read it".

AI: What are your hopes and worries about AI in notarial work?

User: Hope that the process is faster, people wait two or three weeks for an escritura. Worry that the fraud will increase, with false documents made with AI, fake cédulas. It already happened in [[Bogotá|CITY]], I saw it in the news. And, um, [[Gustavo Petro|PUBLIC_FIGURE]] said something about digital notaries, everybody in the office was nervous. My son [[Santiago|PERSON|name_like_city]], he studies systems engineering at the [[Universidad de Antioquia|SCHOOL]], he says don't worry, mamá.

AI: Thank you, [[Luz Marina|PERSON]]. Would you like to leave a contact?

User: Yes, um, my cell is [[tres uno cero, cuatro cuatro dos, siete uno cinco ocho|OBF_PHONE|spoken_in_spanish]], and the email is [[luzmarina punto restrepo arroba hotmail punto com|OBF_EMAIL|spelled_in_spanish]]. Thank you, it was nice, bye.""")

# 21. Netherlands - legal secretary at a law firm, Utrecht - typed chat
T.append("""AI: Hi, thanks for joining the study. Could you tell me about your job?

User: hi! sure. my name is [[Sanne de Vries|PERSON|lowercase_particle]], [[33|AGE]], [[legal secretary|JOB_TITLE]] (juridisch secretaresse) at [[Van Dijk Bosman Advocaten|ORGANIZATION|org_like_name]] in [[Utrecht|CITY]], our office is on the [[Maliebaan 71|ADDRESS]]. we are mainly employment law and some family law. i do the agenda of 3 lawyers, the dossiers, court filings, invoicing, and lots of phone calls with clients who are stressed

AI: Thanks, [[Sanne|PERSON]]. Which tools do you use, and does AI play a role?

User: case management is [[Legalsense|SOFTWARE]], documents in [[Word|SOFTWARE]] and [[Outlook|SOFTWARE]], dictations come in through [[BigHand|SOFTWARE]]. since [[last spring|GENERIC_TIME]] the firm has a pilot with [[Harvey|AI_PRODUCT|product_like_person]] (yes the legal AI, not a person lol, first week i thought it was a new colleague). only [[the partners|GENERIC_ROLE]] and my colleague [[Jordan|PERSON|name_like_country]] have access. i use [[Microsoft Copilot|AI_PRODUCT]] in [[outlook|SOFTWARE]] to summarise long email threads, that one we all have

AI: Could you give an example of something you did with it recently?

User: yes, a dismissal case, mr. [[Bakker|PERSON]] ([[Willem Bakker|PERSON]]) against his employer, a logistics company in [[Nieuwegein|CITY]]. the thread with the other side was like 60 emails. [[copilot|AI_PRODUCT]] made a timeline in 10 seconds. but it mixed up two dates, the sick report and the dismissal letter, and that matters a lot in dutch law. my boss mr. [[Van Dijk|PERSON|surname_with_particle]], [[Pieter van Dijk|PERSON]], caught it. the case number at the court is [[C/16/548213 / HA ZA 23-417|NATIONAL_ID|case_number]] at [[Rechtbank Midden-Nederland|ORGANIZATION]], i had it wrong in the draft too lol, so not only the AI makes mistakes

AI: What about privacy — how does the firm handle client data with these tools?

User: quite strict actually. [[Harvey|AI_PRODUCT|product_like_person]] runs in a closed environment, thats why they chose it. for [[copilot|AI_PRODUCT]] [[the IT guy|GENERIC_ROLE]] said its within our tenant so ok. but BSN numbers we never put anywhere, like [[203 481 576|NATIONAL_ID|id_like_phone]], that looks like a phone number so sometimes people even dial it haha. the [[NOvA|ORGANIZATION|abbreviation]] (bar association) also sent guidance about AI to all lawyers [[this year|GENERIC_TIME]]

AI: What are your hopes and concerns about AI for your job?

User: honestly a bit worried. [[a legal secretary|GENERIC_ROLE]] is exactly the job that gets automated first, agenda, letters, summaries. my mum always says "learn something extra" so i'm doing a part time course in legal operations at [[Hogeschool Utrecht|SCHOOL]]. [[Jordan|PERSON|name_like_country]] says [[the secretaries|GENERIC_ROLE]] will become "AI supervisors" lol. in [[Europe|CONTINENT]] we have the AI Act so at least rules, but in [[the Netherlands|COUNTRY]] everybody remembers the toeslagenaffaire with the [[Belastingdienst|ORGANIZATION]] algorithm, so people dont trust it

AI: Thank you, [[Sanne|PERSON]]. Anything else you'd like to add?

User: nope! if you want my profile it's [[linkedin.com/in/sanne-devries-legal|URL]], or mail [[s.devries@vandijkbosman.nl|EMAIL_ADDRESS]]. fijne dag!""")

# 22. South Korea - health insurance claims reviewer, Busan - speech-to-text
T.append("""AI: Hello, thank you for participating. Could you tell me about your job?

User: Yes, hello, annyeonghaseyo. My name is [[Park Ji-woo|PERSON|family_name_first]], um, the transcription may write "[[Park G woo|PERSON|misheard_name]]". I am [[thirty-six|AGE]], Korean age, um, [[thirty-seven|AGE]], ha. I work as a [[claims review specialist|JOB_TITLE]] at [[HIRA|ORGANIZATION|abbreviation]], the [[Health Insurance Review and Assessment Service|ORGANIZATION]], in the [[Busan|CITY]] branch. I review the medical fees that [[the hospitals|GENERIC_ROLE]] claim from the national health insurance, to see if the treatment is appropriate. I was a nurse before, at [[Pusan National University Hospital|ORGANIZATION]], for seven years.

AI: Thank you, [[Ji-woo|PERSON]]. How do you use AI in this job?

User: Um, our organization has an AI-based review support system, it picks the claims that look abnormal, like too many MRIs, and we review them. So in a way I review what the AI selects. Personally, for writing reports, I use [[HyperCLOVA X|AI_PRODUCT]] from [[Naver|ORGANIZATION]], because it is good in Korean, and sometimes [[ChatGPT|AI_PRODUCT]] for English papers. And for meetings, [[Clova Note|AI_PRODUCT]] records and makes the summary.

AI: Can you describe a specific case where the AI's selection mattered?

User: Yes. There was a small orthopedic clinic in [[Haeundae|CITY|district]], the AI flagged it because there were so many physical therapy claims. My team leader, [[Kim Min-seok|PERSON]], he said, um, "[[Ji-woo|PERSON]]-ssi, check this one carefully". And I found that the clinic had many, um, [[elderly patients|GENERIC_ROLE]] from a nursing home nearby, so it was actually normal. The AI doesn't know the neighborhood. One patient, [[Lee Soon-ja|PERSON]] halmeoni, she's [[eighty-nine|AGE]], she comes every day for her knee. Her resident number was in the file, [[four one zero three one two, dash, two, eight eight four, five one six|NATIONAL_ID|spoken_digits]], of course I cannot share that, ah, sorry, I just said it. Please delete that.

AI: No problem, we'll treat it carefully. How does your organization handle data with these AI tools?

User: Very strict. Inside the network we cannot use external AI, the internet is separated, mangbunri, network separation. So I use [[ChatGPT|AI_PRODUCT]] only at home, for general things, never patient data. My husband, he works at [[Samsung|ORGANIZATION]], he uses their internal AI, and they had an incident before with code leaking to [[ChatGPT|AI_PRODUCT]], so he is also careful.

AI: What are your hopes and worries about AI in health insurance review?

User: Hope, that the AI can take the simple claims and we can focus on the complex ones. Worry, um, that [[the hospitals|GENERIC_ROLE]] also use AI to make claims that pass the AI, so it becomes AI versus AI. Ha. And my daughter [[Seo-yeon|PERSON]], she is [[six|AGE]], she talks to [[Bixby|AI_PRODUCT|product_like_person]] on the phone like a friend, and she says she wants to marry [[Son Heung-min|PUBLIC_FIGURE]], ha ha.

AI: Thank you very much. Would you like to leave a way to reach you?

User: Yes, um, [[KakaoTalk|SOFTWARE]] ID is [[jiwoo_park_hira|SOCIAL_HANDLE]], or phone [[zero one zero, dash, seven seven one two, dash, four zero eight three|OBF_PHONE|spoken_digits]]. Thank you.""")

# 23. Romania - community pharmacist, Cluj-Napoca - typed chat (light on identifiers)
T.append("""AI: Hello, thank you for joining. Could you tell me a little about your work?

User: hello. i am a pharmacist in a chain pharmacy in [[Cluj-Napoca|CITY]], [[Dr. Max|ORGANIZATION|org_like_person]]. yes the name sounds like a doctor but its a company lol, patients sometimes ask to speak with "[[doctor max|ORGANIZATION|lowercase_org_as_person]]". i am [[farmacist șef|JOB_TITLE]] (head pharmacist) in one of the small units, we are 3 pharmacists and 2 assistants. prescriptions, compensated medicines, OTC, and lots of advice

AI: Thanks. Where does AI show up in your work, if at all?

User: not much officially. the pharmacy software checks interactions, it is rule based i think. i use [[ChatGPT|AI_PRODUCT]] sometimes at home to refresh things or to explain a leaflet in simple romanian for an old person. at work i check [[Medscape|SOFTWARE]] and the romanian nomenclature. my colleague [[Ioana|PERSON]] uses [[Perplexity|AI_PRODUCT]] because it shows sources, she is younger and more into this

AI: Can you think of a specific moment when AI was useful, or not useful?

User: yes, [[last winter|GENERIC_TIME]] a man came with a printout from [[chatgpt|AI_PRODUCT]] saying he can take ibuprofen with his blood thinner "in small dose". it was not ok. i explained and he was a bit offended that i contradict "the AI". also [[the patients|GENERIC_ROLE]] come with [[TikTok|SOFTWARE]] advice, so AI is only one more source of confusion honestly

AI: How do you think about patient data and privacy with these tools?

User: i never put patient data. the prescriptions have the CNP and everything, and the [[CNAS|ORGANIZATION|abbreviation]] platform is separate. we had GDPR training from the company [[every year|GENERIC_TIME]]. i think pharmacists in [[Romania|COUNTRY]] are quite careful because of controls from the [[Colegiul Farmaciștilor|ORGANIZATION]]

AI: What are your hopes or worries for the future of pharmacy with AI?

User: hope it helps with the stock and the orders, this takes hours. worry... i dont think AI will replace the advice at the counter, people want a human especially the old ones. but the online pharmacies with chatbots will take part of the market. my sister lives in [[Vienna|CITY]] and there she orders everything online already

AI: Thank you very much. Is there anything else you'd like to add?

User: no, that is all. i prefer to stay anonymous if possible, thank you for understanding. good luck with the study""")

# 24. Jamaica - credit union loan officer, Montego Bay - speech-to-text
T.append("""AI: Good afternoon, and thanks for joining. Could you start by telling me about your job?

User: Good afternoon, yes. My name is [[Shanice Campbell|PERSON]], and I'm a [[loans and member services officer|JOB_TITLE]] at [[St. James Co-operative Credit Union|ORGANIZATION]], the main branch, right on [[Barnett Street|ADDRESS|street_only]] in [[Montego Bay|CITY]], [[MoBay|CITY|nickname]] as we say. I'm [[thirty-two|AGE]]. I've been there from [[twenty sixteen|DATE|date_in_words]], straight after I finished at [[UTech|SCHOOL|abbreviation]] in [[Kingston|CITY]]. So I do personal loans, back-to-school loans, we have a lot of those in [[August|GENERIC_TIME]], and car loans, and I help members with the online banking.

AI: Thanks, [[Shanice|PERSON]]. Where does AI come in for you?

User: Well, the credit union itself, we don't have much AI, we use [[Temenos|SOFTWARE]] for the core banking, and the credit bureau report from [[CreditInfo Jamaica|ORGANIZATION]]. But me, I use [[ChatGPT|AI_PRODUCT]] to help me write the loan summaries for the credit committee. And my supervisor, Miss [[Grace|PERSON|word_name]], [[Grace Thompson|PERSON|word_name]], she's the [[branch supervisor|JOB_TITLE]], she uses it to write the newsletter for [[the members|GENERIC_ROLE]]. She's older, but she loves it, she calls it "the little helper".

AI: Could you tell me about a particular loan where AI was involved?

User: Yes, um, there was a member, Mr. [[Delroy Brown|PERSON]], he's a taxi operator, he wanted a loan for a new Voxy, the Toyota. His income is cash, so it's hard to verify. I put his bank statements in [[ChatGPT|AI_PRODUCT]] to summarise the deposits. It did a good job, honestly. But I didn't remove his TRN, [[one one four, six two seven, three eight five|NATIONAL_ID|id_like_phone]], or his member number, [[SJ-004418|NATIONAL_ID|member_number]]. Miss [[Grace|PERSON|word_name]] saw it and said, "[[Shanice|PERSON]], you cyaan do that, the Data Protection Act come in now." And she's right, the [[Information Commissioner|ORGANIZATION]], they're serious now.

AI: How has that changed your approach?

User: Now I type "member A, taxi operator, [[forty-five|AGE]] years". No names. And I tell [[the members|GENERIC_ROLE]] too, because they're getting scammed with AI, the lotto scam people using AI voices, here in [[St. James|CITY|parish]] especially, it's a big problem. One of our members, an elderly lady from [[Anchovy|CITY|town_like_common_word]], she nearly sent money because somebody called with a voice like her grandson in [[Florida|CITY|state]].

AI: What are your hopes and worries about AI in your work?

User: Hope, that it can make the approvals faster, because [[the members|GENERIC_ROLE]] compare us with [[the commercial banks|GENERIC_ROLE]] like [[NCB|ORGANIZATION|abbreviation]], they have the app and everything. And worry, well, the scams, like I said. And jobs, but I think in [[Jamaica|COUNTRY]] people still want to come in and talk to somebody. Even with all the technology, people still ask for me by name. Ha.

AI: Thank you very much, [[Shanice|PERSON]]. Is there a way to reach you for follow-up?

User: Yes, my work line is [[eight seven six, nine five two, four four one zero|OBF_PHONE|spoken_digits]], or on [[Instagram|SOFTWARE]] it's [[at shanice dot loans dot mobay|SOCIAL_HANDLE|spoken_handle]], that's my page for [[the members|GENERIC_ROLE]]. And email is [[s campbell at st james cu dot com dot j m|OBF_EMAIL|spelled_at_dot]]. Thank you, and bless.""")

# 25. Bangladesh - legal assistant at a law chamber (land and civil cases), Dhaka - typed chat
T.append("""AI: Hello, and thank you for taking part. Could you describe your job for me?

User: hello. i am [[Nusrat Jahan|PERSON]], [[27|AGE]] years, [[legal assistant|JOB_TITLE]] in a law chamber, [[Chowdhury & Associates|ORGANIZATION|org_like_name]], at [[House 27, Road 11|ADDRESS|local_address_format]], [[Dhanmondi|CITY|district]], [[Dhaka|CITY]]. mostly land disputes, title suits, inheritance, some bank loan cases. i did LLB from [[DU|SCHOOL|abbreviation]], [[University of Dhaka|SCHOOL]], in [[2020|DATE]], still preparing for bar enrolment exam

AI: Thanks, [[Nusrat|PERSON]]. What does your day look like, and where does AI come in?

User: morning court, afternoon chamber. i draft plaints, written statements, petitions, in english and bangla. for bangla typing we still use [[Bijoy|SOFTWARE|product_like_person]] (old software, the name is like a person name, [[bijoy|SOFTWARE|lowercase]] means victory). for english drafts i use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]], they make the language very formal. my senior, Barrister [[Tanvir Ahmed Chowdhury|PERSON]], he is the [[head of chamber|JOB_TITLE]], he knows i use it, he said "ok but you are responsible for every word"

AI: Can you tell me about a particular case where AI helped or caused a problem?

User: yes. a title suit, client is a widow from [[Sylhet|CITY]], mrs [[Shapla Begum|PERSON|word_name]], her husbands brothers are trying to take her land. her son is in [[London|CITY]], he calls [[every Thursday|GENERIC_TIME]] on [[imo|SOFTWARE|lowercase]] and asks "apa, what is the update". the case is Title Suit No. [[214 of 2021|NATIONAL_ID|case_number_like_date]] at the [[Joint District Judge Court, Dhaka|ORGANIZATION]]. i gave [[chatgpt|AI_PRODUCT]] the old deed in english translation to make a chain of ownership. it made a nice chart but it invented one transfer in 1978 that never happened!! i almost put it in the written statement. [[Chowdhury|PERSON]] sir caught it. now i check every line

AI: How do you deal with clients' personal information when using these tools?

User: before i pasted everything, names, NID, like [[6912 4408 37|NATIONAL_ID|id_like_phone]], the mobile numbers, the [[bKash|SOFTWARE]] numbers when they pay fees. now i replace with "[[plaintiff|GENERIC_ROLE]]" and "[[defendant|GENERIC_ROLE]]". [[the clients|GENERIC_ROLE]] dont care honestly, they send me NID photos on [[WhatsApp|SOFTWARE]] at midnight. my cousin [[Rafi|PERSON]] works in IT in [[Chattogram|CITY]], he told me about data leaks, so i became careful

AI: What are your hopes and worries about AI in legal work here?

User: hope: the courts in [[Bangladesh|COUNTRY]] have lakhs of pending cases, if AI helps with cause lists and paperwork that will be a blessing. worry: fake documents. land fraud is already huge, with AI fake deeds will look more real. also my friend [[Joya|PERSON]] from law school says AI will finish [[junior lawyers|GENERIC_ROLE]] jobs. i dont think so, clients in [[Asia|CONTINENT]] want a human face. and [[Muhammad Yunus|PUBLIC_FIGURE]] talked about technology and youth in a speech, so maybe there will be more support

AI: Thank you, [[Nusrat|PERSON]]. Anything you would like to add?

User: no, thanks for asking about us, nobody asks the assistants lol. the chamber page is [[fb.com/chowdhurylawchamber|URL]] and my mail [[nusrat.jahan.llb@gmail.com|EMAIL_ADDRESS]], phone [[01712-448603|PHONE_NUMBER|local_format]]. happy to help. [[Eid|GENERIC_TIME]] mubarak in advance!""")
write_set(T, "set_cg")
