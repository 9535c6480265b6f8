# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

T.append("""AI: Hi, and thank you for agreeing to talk with me today. To start, could you tell me a bit about yourself and the work you do?

User: ok hi. my name is [[Oluwaseun Adebayo-Johnson|PERSON]] but everybody just calls me [[Seun|PERSON]]. im [[34|AGE]], i work as a [[credit risk analyst|JOB_TITLE]] with [[Sterling Crest Microfinance Bank|ORGANIZATION]] here in [[Lagos|CITY]], our head office is at [[27 Adeola Odeku Street|ADDRESS]], [[Victoria Island|CITY]]. been there [[since 2019|DATE]], before that i was a teller for almost 4 years at [[Zenith Bank|ORGANIZATION]] in [[Ikeja|CITY]]. so banking is basically my whole life lol

AI: Thanks, [[Seun|PERSON]]. How do AI tools fit into your day-to-day work at the bank?

User: honestly [[ChatGPT|AI_PRODUCT]] is like my second brain now. [[every morning|GENERIC_TIME]] i export the loan applications from [[Excel|SOFTWARE]] and ask it to flag the ones that look somehow, like income not matching the business type. my [[team lead|GENERIC_ROLE]] [[Blessing|PERSON]] was the one that showed me, she is very sharp, she even wrote a prompt template for the whole unit. at first i was skeptical but it has been a blessing in disguise, before i was spending my whole morning on it

AI: That's really helpful. Can you walk me through a specific time when it made a big difference?

User: yes o. so on the [[14th of March|DATE]] last year we had examiners from [[CBN|ORGANIZATION]] ([[Central Bank of Nigeria|ORGANIZATION]]) coming and we had maybe 2 days to reconcile everything. one of our customers, Mrs [[Funmilayo Okafor|PERSON]], a [[61|AGE|year_old]]-year-old trader from [[Oshodi|CITY]] market, had like 9 loans under different account names (her children names). [[ChatGPT|AI_PRODUCT]] caught the pattern in like 10 mins. mrs [[okafor|PERSON]] was not happy when we called her lol but it is what it is

AI: How do you think about privacy when you use these tools with customer information?

User: that one is the real wahala. my oga, mr [[goodluck|PERSON]], keeps warning us not to paste BVN or NIN of customers into any AI thing. and to be honest i once pasted my own NIN by mistake when i was asking it to format a form, [[48103927516|NATIONAL_ID]], i just deleted the chat after. here in [[Nigeria|COUNTRY]] people dont really think about data protection like they do in [[Europe|CONTINENT]]

AI: You mentioned [[Blessing|PERSON]] and Mr [[Goodluck|PERSON]] have different attitudes. How does the team handle that?

User: [[Blessing|PERSON]] is the enthusiast, [[Goodluck|PERSON]] is the "we will all lose our jobs" guy, he always quotes [[Elon Musk|PUBLIC_FIGURE]] saying AI is more dangerous than nukes. me i am in the middle. i studied accounting at [[University of Lagos|SCHOOL]] ([[UNILAG|SCHOOL]]) and nobody there taught us any of this, so we are all just learning on the job. also they dont understand our naira context sometimes, like it will assume things from [[America|COUNTRY]]. also when NEPA takes light and the network is bad i cant use it at all, so i still keep my manual spreadsheet as backup. oh and if your team ever wants to follow up, my number is [[zero eight zero three, four one two, seven seven six five|OBF_PHONE|number_words]] or email [[seun dot adebayo at yahoo dot com|OBF_EMAIL|spelled_at_dot]], i dont type it normal because of spam bots. im also on twitter as [[@seun_crunchesnumbers|SOCIAL_HANDLE]] but i mostly just post about arsenal

AI: Thank you so much, [[Seun|PERSON]]. This has been really insightful. Enjoy the rest of your [[weekend|GENERIC_TIME]].""")

T.append("""AI: Hello! Thanks for taking part. Could you start by telling me about your role and where you work?

User: Hi. I am [[Karthik Subramanian|PERSON]], [[29|AGE]] years, working as [[Senior QA Engineer|JOB_TITLE]] in [[Infosys|ORGANIZATION]], [[Electronic City|CITY]] campus, [[Bengaluru|CITY]]. Before that 3 yrs in [[Wipro|ORGANIZATION]] [[Chennai|CITY]], that's my hometown actually. I did my BE from [[PSG College of Technology|SCHOOL]], [[Coimbatore|CITY]]. Currently staying in [[Flat 402, Sri Sai Residency, 5th Cross, 19th Main|ADDRESS]], [[HSR Layout|CITY]] with two roommates, both also IT fellows only

AI: Thank you, [[Karthik|PERSON]]. How do you use AI tools in your QA work?

User: mainly [[GitHub Copilot|AI_PRODUCT]] for writing [[Selenium|SOFTWARE]] scripts and [[ChatGPT|AI_PRODUCT]] for test case generation from the user stories in [[Jira|SOFTWARE]]. my lead [[Joy Thomas|PERSON]] (he is mallu, [[Joy|PERSON]] is common name there lol) pushed whole team to try it in [[January 2024|DATE]]. honestly there is some joy in seeing 200 test cases come in 2 minutes, but half of them are garbage da, you have to review everything

AI: Can you tell me about a time it went wrong?

User: yes machi one big one. [[copilot|AI_PRODUCT]] generated a test data file and it had put some realistic looking aadhaar numbers and one of them was literally mine, [[7381 5402 9670|NATIONAL_ID]], because I had pasted my own details in an earlier prompt for a KYC form test. [[Joy|PERSON]]'s face when I showed him haha. after that we made a rule, only masked data. also my PAN [[BKWPS4821K|NATIONAL_ID]] was in same file, full embarrassment

AI: That sounds stressful. How did the team respond to that?

User: [[the scrum master|GENERIC_ROLE]] escalated to the security team, we did one RCA, nothing major. client is a bank in [[UK|COUNTRY]] so they are very particular. after that [[every Friday|GENERIC_TIME]] we have a small "AI hygiene" session. [[Sundar Pichai|PUBLIC_FIGURE]] keeps saying AI will make engineers more productive, ok, but nobody talks about this cleanup work

AI: You mentioned the sessions [[Joy|PERSON]] started. Do you think the tools have changed how you see your career?

User: little bit scared. my appa keeps asking will I lose job. I tell him no pa, someone has to test the AI also. I'm planning to do masters maybe in [[Germany|COUNTRY]], there is one TU that is free, I forgot the name. btw if you want my work samples check [[github.com/karthik-qa-s|URL]]. and for follow up mail me [[karthik.s [at] proton [dot] me|OBF_EMAIL|bracket_at_dot]], office mail they monitor. whatsapp also ok [[9 8 4 5 0 1 2 3 4 7|OBF_PHONE|spaced_digits]] but after 8 pm only, [[Diwali|GENERIC_TIME]] week I will be in [[Chennai|CITY]] so no reply

AI: Thanks so much, [[Karthik|PERSON]]. Really appreciate your time.""")

T.append("""AI: Assalam o alaikum, and thank you for joining. Could you describe your job for me?

User: walaikum assalam! so I'm [[Ayesha Siddiqui|PERSON]], [[27|AGE]], [[senior content strategist|JOB_TITLE]] at a digital agency called [[Pixelwala Studios|ORGANIZATION]] in [[Gulberg|CITY]], [[Lahore|CITY]]. we do social media for brands, our biggest client right now is [[Khaadi|ORGANIZATION]] and one fintech, [[JazzCash|ORGANIZATION]]. i joined on [[1st August 2021|DATE]] straight after my degree from [[LUMS|SCHOOL]]

AI: Thanks, [[Ayesha|PERSON]]. Where do AI tools show up in your work?

User: yaar everywhere honestly. captions, scripts for reels, i use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] for first drafts and [[Canva|SOFTWARE]] magic stuff for visuals. but roman urdu captions it still writes so weird, like "aap ka khana bohat mazedaar hai" level cringe lol. so i rewrite half. my boss [[Faraz|PERSON]] thinks we can cut the writers team because of it, which, no

AI: Could you tell me about a particular project where this came up?

User: haan so during [[Ramadan|GENERIC_TIME]] campaign last year we had to do like 90 posts in 10 days. my junior [[sana|PERSON]] was literally crying at 2am in office. we used AI for all first drafts and it was fine-ish but one post it wrote an [[Eid|GENERIC_TIME]] greeting with wrong date, [[23rd Feb 2022|DATE]] instead of the actual, and it went live for 20 minutes before client caught it. [[faraz|PERSON]] shouted at [[sana|PERSON]], not at the AI obviously. so now everything has two human checks. also i'm more careful with my own info. i once asked it to fill a visa form for [[UAE|COUNTRY]] and gave it my CNIC [[35202-4718293-6|NATIONAL_ID]] and home address [[House 118, Street 7, Block K, DHA Phase 5|ADDRESS]], [[Lahore|CITY]]. my brother who works in IT said are you mad. bas, never again

AI: You mentioned [[Faraz|PERSON]]'s view on cutting writers. How do others at the agency feel?

User: mixed. the designers love [[Midjourney|AI_PRODUCT]], writers feel threatened. everyone watched that [[Sam Altman|PUBLIC_FIGURE]] interview and got existential for a week. in [[Pakistan|COUNTRY]] agency salaries are already low so people are scared

AI: Thank you for sharing that. If we'd like to follow up, how could we reach you?

User: email is [[ayesha.writes at the rate gmail dot com|OBF_EMAIL|at_the_rate]] and phone [[oh three two one, four five six, double seven eight nine|OBF_PHONE|double_words]]. insta is [[@ayeshawrites.pk|SOCIAL_HANDLE]] if you want to see the work lol

AI: Thank you, [[Ayesha|PERSON]]. This was really helpful.""")

T.append("""AI: Good afternoon, and thanks for your time. Could you tell me what you do for a living?

User: Good afternoon. I am Md. [[Rafiqul Islam|PERSON]], people call me [[Rafi|PERSON]]. Age [[41|AGE]]. I am working as [[Merchandising Manager|JOB_TITLE]] in [[Rahman Knit Composite Ltd.|ORGANIZATION]], factory is in [[Gazipur|CITY]] but I sit in the liaison office in [[Uttara|CITY]], [[Dhaka|CITY]]. Our main buyers are [[H&M|ORGANIZATION]] and [[Primark|ORGANIZATION]]. I am in garments line [[since 2006|DATE]], first job was in [[Beximco|ORGANIZATION]].

AI: Thank you, [[Rafi|PERSON]]. How do you use AI tools in your job?

User: Mostly for email to buyers. My English is ok but buyer emails need to be very polite and careful, so I write in my style and ask [[ChatGPT|AI_PRODUCT]] to make it professional. Also for costing sheets in [[Excel|SOFTWARE]], it tells me the formula. Before, my assistant [[Shuvo|PERSON]] used to do the formula, now he is doing other work. Our buyer side uses [[Microsoft Teams|SOFTWARE]] so I paste the minutes there.

AI: Could you describe a specific situation where the tool helped or didn't help?

User: Last [[Eid|GENERIC_TIME]] there was shipment delay, vessel missed in [[Chittagong|CITY]] port. I had to write to the buyer in [[Sweden|COUNTRY]] explaining. [[ChatGPT|AI_PRODUCT]] wrote very good apology, but it promised new ETD on [[28 April|DATE]] which I never told it! If I did not check, big problem. The buyer representative Mr. [[Anders Lindqvist|PERSON]] is very strict, he will hold us to that date. In office the young ones love [[ChatGPT|AI_PRODUCT]]. My [[GM|GENERIC_ROLE]] sir is old school, he says AI cannot understand garments. He is [[sixty-two|AGE]], he prints every email. My wife [[Nasrin|PERSON]] is teacher, she is also using it for making question papers, she learned from me haha.

AI: Are there any concerns you have about privacy or data?

User: Yes some. Once I uploaded full employee list for a compliance audit form, with NID numbers. Even my own NID [[4617283905|NATIONAL_ID]] was there. After that [[our compliance officer|GENERIC_ROLE]] said stop. In [[Bangladesh|COUNTRY]] we don't have strong law for this yet, but buyers from [[Europe|CONTINENT]] are asking more and more. For future, I think merchandiser will need less people. But relationship with buyer, AI cannot do. [[Bill Gates|PUBLIC_FIGURE]] said something like AI is like the internet revolution, I agree. I want my son [[Tanvir|PERSON]] to learn it early, he is [[twelve|AGE]], in class 7 at [[Uttara High School|SCHOOL]].

AI: Thank you. Is there a way we can contact you for follow-up?

User: Office email [[rafiq.islam@rkcl-bd.com|EMAIL_ADDRESS]]. Mobile [[0 1 7 1 1 3 4 8 9 0 2|OBF_PHONE|spaced_digits]]. Office address [[House 23, Road 11, Sector 7|ADDRESS]], [[Uttara|CITY]]. Please call after [[Friday|GENERIC_TIME]] prayer not before.

AI: Thank you very much, Mr. [[Rafiqul Islam|PERSON]]. We really appreciate it.""")

T.append("""AI: Xin chào! Thanks for joining. Could you tell me a little about your job?

User: hello, my name is [[Nguyễn Thị Thu Hằng|PERSON]], you can call me [[Hằng|PERSON]]. I am [[26|AGE]] year old, working as [[customer support team leader|JOB_TITLE]] for [[Tiki|ORGANIZATION]], e-commerce company, at office in [[Cầu Giấy|CITY]], [[Hà Nội|CITY]]. my team have 11 people, we answer chat for customer complain about delivery. sorry my english not so good

AI: Your English is great, [[Hằng|PERSON]]. How do you use AI tools in that role?

User: thank you. we use [[ChatGPT|AI_PRODUCT]] for write reply template, and company also have chatbot for first line. I use it to translate when customer write in english or korean. and for make report in [[Google Sheets|SOFTWARE]] every week for [[my manager|GENERIC_ROLE]]. before, report take me all [[Monday|GENERIC_TIME]] morning, now 1 hour only

AI: Can you tell me about a time it helped or caused a problem?

User: one time a customer, ông [[Phạm Văn Lộc|PERSON]], old man about [[70|AGE]] tuổi, he very angry because TV broken when delivery. he write very long message, a lot of bad words. AI help me summarize and write polite reply, and I call him. at the end he was happy and even give 5 star. but other time AI reply say we will refund in 3 days, but policy is 7 days, so customer complain more. anh [[Tuấn|PERSON]], my boss, was angry with me not with AI haha

AI: How do you think about customer data when using these tools?

User: company rule say don't paste phone number or address of customer. but sometime it is difficult, I copy whole chat. I myself once paste my CCCD number [[001198012345|NATIONAL_ID]] to ask AI how to fill form for bank, after that I think oh no. In [[Vietnam|COUNTRY]] many people don't care about this, but now have new decree so company more strict. about study, I graduated [[Đại học Ngoại thương|SCHOOL]] in [[2020|DATE]], major international business. nothing about AI at that time. my younger sister [[Thu Trang|PERSON]] is studying IT now, she teach me many thing. she say [[Jensen Huang|PUBLIC_FIGURE]] is her idol lol. I wish AI can understand vietnamese slang and teencode better. customer write "ko dc" "j z tr" and AI confuse. also I hope it can work on [[Zalo|SOFTWARE]] directly because most customer in [[Asia|CONTINENT]] use chat app not email

AI: Thank you. May we contact you later if we have questions?

User: yes ok. email [[hang.nguyen.tt a còng gmail chấm com|OBF_EMAIL|vietnamese_words]] or phone [[không chín một hai, ba bốn năm, sáu bảy tám|OBF_PHONE|vietnamese_number_words]]. but before [[Tết|GENERIC_TIME]] very busy, I maybe slow reply. my home is [[số 45, ngõ 128 Hoàng Văn Thái|ADDRESS]], [[Thanh Xuân|CITY]] if you need send something

AI: Cảm ơn, [[Hằng|PERSON]]! Thank you so much for your time.""")

T.append("""AI: Selamat siang, and thank you for joining this interview. Could you introduce yourself and your job?

User: Selamat siang! My name is [[Dewi Kartika Sari|PERSON]], I am [[38|AGE]] years old, working as [[HR Business Partner|JOB_TITLE]] at [[PT Sinar Mandiri Logistik|ORGANIZATION]], head office in [[Surabaya|CITY]]. We have around 2.000 drivers and warehouse staff across Jawa Timur, so HR work is very much, banyak banget. Before this I was at [[Unilever Indonesia|ORGANIZATION]] for 6 years in [[Cikarang|CITY]].

AI: Thank you, [[Dewi|PERSON]]. How do you use AI tools in your HR work?

User: Mostly [[Gemini|AI_PRODUCT]] because our company use [[Google Workspace|SOFTWARE]], so it is already inside. I use it for making job posting, summarizing exit interview, and also drafting SP (surat peringatan, warning letter). My atasan Pak [[Budi Santoso|PERSON]] is a bit old fashioned, he still want everything printed and signed, but even Pak [[Budi|PERSON]] now ask me "[[Wi|PERSON]], coba tanya AI" hehe.

AI: Could you describe a specific moment where it really helped, or where it didn't?

User: Ada satu cerita. In [[Juli 2023|DATE]] one of our drivers, [[Agus Prasetyo|PERSON]], had accident near [[Sidoarjo|CITY]] and the family wanted compensation quickly. I used AI to explain the [[BPJS|ORGANIZATION]] claim process in simple bahasa for his wife, Ibu [[Sri Wahyuni|PERSON]], because she is not so educated and was panic. That was really good. But when I asked it about labor law, it gave me old rule from before Omnibus Law, so I had to check with our legal. Never trust 100%. about data, honestly this is grey area. Employee data has KTP number, address, everything. Company policy says mask it. I try, but sometimes I forget. I even tested once with my own KTP to see if it can read the photo, NIK [[3578064509860003|NATIONAL_ID]], and it extracted everything perfectly, scary. My house address also on it, [[Jl. Raya Darmo Permai III No. 21|ADDRESS]], [[Surabaya|CITY]]. After that I think, wah, this is dangerous if hacker

AI: You mentioned [[Budi|PERSON]]'s attitude. How about your family — do they use AI too?

User: My husband [[Hendra|PERSON]] works in bank, he use [[ChatGPT|AI_PRODUCT]] for presentation. My son [[Rizky|PERSON]], umur [[tujuh|AGE]] tahun, he already ask [[Google Assistant|AI_PRODUCT]] for Minecraft tips haha. Kids now different. My husband is fan of [[Nadiem Makarim|PUBLIC_FIGURE]], always say [[Indonesia|COUNTRY]] must be digital. I studied psikologi at [[Universitas Airlangga|SCHOOL]], nothing about AI at that time of course. for the future, what worries me is maybe bias. If AI screen CV, maybe it reject people from village or people who not speak english. In [[Asia|CONTINENT]] many companies start to use AI screening. Also during [[Lebaran|GENERIC_TIME]] many people resign and we need to recruit fast, that is when we are tempted to use AI too much

AI: Thank you, that's a really thoughtful point. How could we contact you for a follow-up?

User: Email [[dewi.kartika et gmail titik com|OBF_EMAIL|indonesian_words]], or WA [[0812.3345.7790|OBF_PHONE|dotted_digits]]. Better WA, I rarely open personal email. Terima kasih ya!

AI: Terima kasih, [[Dewi|PERSON]]! It was a pleasure talking with you.""")

T.append("""AI: Hi there! Thanks for making time. Could you tell me about your current job?

User: hiii! so im [[Ma. Kristine Dela Cruz|PERSON]] but pls call me [[Tin|PERSON]], everyone does. im [[31|AGE]] and im an [[account coach|JOB_TITLE]] at [[TaskUs|ORGANIZATION]] in [[Lapu-Lapu City|CITY]], [[Cebu|CITY]]. basically i coach agents on a [[US|COUNTRY]] telco account, night shift since forever lol. before that i was an agent at [[Concentrix|ORGANIZATION]] in [[IT Park|CITY]] for 4 yrs

AI: Thanks, [[Tin|PERSON]]. How do AI tools come into your work as a coach?

User: ay ang dami. we have an AI that scores calls automatically, and i use [[ChatGPT|AI_PRODUCT]] to make coaching scripts and quizzes. agents use [[Grammarly|AI_PRODUCT]] for emails. the client uses [[Zendesk|SOFTWARE]] so the AI summary is built in there. my TL [[Grace|PERSON]] is super pro-AI, by the grace of god she got us the license for the premium one hahaha

AI: Can you tell me about a specific situation where AI helped or caused trouble?

User: okay so last [[March 3|DATE]] there was this agent, [[jomar|PERSON]], he got flagged by the AI scoring for "rude tone" and was about to get an IR. pero when i listened to the actual call, the customer was the rude one, [[jomar|PERSON]] was just talking fast coz the customer was yelling. so i fought for him with [[Grace|PERSON]] and the [[ops manager|GENERIC_ROLE]]. we won haha. so now i dont fully trust the tone thing. the rest of the team? half hate it, half dont care. the older agents feel watched. also privacy wise, the calls have customer SSNs sometimes and the AI transcripts have them too, kinda scary. we're trained to stop the recording pero you know, sometimes you forget. myself i dont even know where my own SSS number is stored lol, i think its [[34-5678901-2|NATIONAL_ID]] haha that's what i put in my bank KYC

AI: You mentioned [[Grace|PERSON]]'s enthusiasm. Does your family use these tools too?

User: my ate [[Joy|PERSON]] is a nurse in [[Saudi Arabia|COUNTRY]] and she uses it to translate arabic for patients. my mama [[Rosario|PERSON]] turned [[sixty|AGE]] last week and she thinks [[chatgpt|AI_PRODUCT]] is a person hahaha she says "thank you po" to it. family joy talaga. btw we all watched [[Manny Pacquiao|PUBLIC_FIGURE]] say something about AI on [[tiktok|SOFTWARE]] and she believed it was real, it was a deepfake

AI: That's a great example. How do you feel about AI and your job long term?

User: honestly kinda worried. the [[Philippines|COUNTRY]] BPO industry is huge and if AI can answer the calls, where will we go? maybe coaches like me will stay longer. im thinking of studying again, maybe data analytics at [[University of San Carlos|SCHOOL]]. i graduated there also ([[2014|DATE]], BS psych)

AI: Thank you for sharing, [[Tin|PERSON]]. If we'd like to follow up, how could we reach you?

User: fb is [[facebook.com/tintin.delacruz.31|URL]] or text me [[0917 eight two three 4 five 6 seven|OBF_PHONE|digit_word_mix]]. i'm at [[Blk 12 Lot 8, Phase 2, Camella Homes|ADDRESS]], [[Talisay|CITY]] if you send the token of appreciation lol. pls not before [[Holy Week|GENERIC_TIME]] tho, we go to the province""")

T.append("""AI: Olá! Thanks for joining us today. Could you start by describing your job?

User: Olá! I'm [[Thiago Henrique Moreira|PERSON]], [[45|AGE]] anos, I'm [[IT coordinator|JOB_TITLE]] at [[Hospital Santa Lúcia da Vila Mariana|ORGANIZATION]], a private hospital in [[São Paulo|CITY]]. I coordinate a team of 8 people, we take care of everything from the prontuário eletrônico to the printers that never work kkkk. I started there in [[novembro de 2015|DATE]], before I was at [[Itaú|ORGANIZATION]] in the infrastructure area

AI: Thanks, [[Thiago|PERSON]]. How are AI tools part of your work?

User: we use [[Microsoft Copilot|AI_PRODUCT]] because the hospital has a contract with Microsoft, so it is inside [[Teams|SOFTWARE]] and [[Outlook|SOFTWARE]]. I use for writing reports to diretoria and for scripts in [[PowerShell|SOFTWARE]]. The clinical side uses nothing officially, but I know doctors use [[ChatGPT|AI_PRODUCT]] on their own phone, that scares me, because of LGPD, you know, the data protection law in [[Brasil|COUNTRY]]

AI: Could you tell me about a specific time this became an issue?

User: Sim. In [[22/08/2023|DATE]] one resident doctor, Dra. [[Larissa Campos|PERSON]], pasted a full discharge summary in [[ChatGPT|AI_PRODUCT]] to translate to english for a patient from [[Portugal|COUNTRY]]... no wait, it was for a patient going to [[Canada|COUNTRY]]. It had name, CPF, everything. Somebody saw and reported. The patient, seu [[Antônio|PERSON]], [[83|AGE]] anos, never knew. We had a big meeting with jurídico and I had to write the new policy. [[Larissa|PERSON]] was ok in the end, just a warning. for the policy, ironically I used [[Copilot|AI_PRODUCT]] to help write it haha. And my boss [[Renata Figueiredo|PERSON]], the CIO, reviewed. The key point is: use only the enterprise version, never paste patient identifiers. We did trainings [[toda segunda-feira|GENERIC_TIME]] for two months. Some doctors laughed, "o [[Thiago|PERSON]] é paranoico", but ok

AI: You mentioned [[Renata|PERSON]] reviewed it. Has your own view of AI changed?

User: I am more careful. Even with my own data, I used to ask [[ChatGPT|AI_PRODUCT]] to fill forms with my CPF [[418.273.956-64|NATIONAL_ID]] and address [[Rua Girassol, 742, apto 51|ADDRESS]], [[Vila Madalena|CITY]], now never. My daughter [[Vitória|PERSON]], she is [[nine|AGE]], uses it for school homework and I sit with her. For us it was a vitória when her school at least made some rules. Everybody in [[América Latina|CONTINENT]] is still figuring this out. What I want AI companies to understand: hospitals are not startups. We cannot "move fast and break things" like [[Mark Zuckerberg|PUBLIC_FIGURE]] said, here things broken means people die. And the tools need to understand portuguese medical terms better, not portuguese from [[Portugal|COUNTRY]]

AI: Thank you so much. If we need to follow up, how can we reach you?

User: email [[thiago.moreira arroba uol ponto com ponto br|OBF_EMAIL|portuguese_words]] or celular [[onze, nove sete três quatro dois, um zero oito meia|OBF_PHONE|portuguese_words_meia]]. After [[Carnaval|GENERIC_TIME]] is better, before that is crazy here

AI: Obrigado, [[Thiago|PERSON]]! We really appreciate your time.""")

T.append("""AI: Hola, and thank you for participating. Could you tell me about what you do?

User: Hola! Soy [[Mariela García Ramírez|PERSON]], tengo [[33|AGE]] años. I am a [[senior accountant|JOB_TITLE]] at [[Despacho Contable Ruvalcaba y Asociados|ORGANIZATION]], a small firm in [[Guadalajara|CITY]]. We do taxes and bookkeeping for like 140 small businesses, tortillerías, talleres, a few dentists. My boss is el licenciado [[Ruvalcaba|PERSON]], he founded the firm in the 90s

AI: Thanks, [[Mariela|PERSON]]. How do you use AI tools day to day?

User: I use [[ChatGPT|AI_PRODUCT]] for understanding new rules from the [[SAT|ORGANIZATION]], they change everything every year, honestly. And for writing emails to clients that don't pay lol. The accounting itself is in [[CONTPAQi|SOFTWARE]] and [[Excel|SOFTWARE]], AI doesn't touch that. My coworker [[Esperanza|PERSON]] uses it even more than me, she makes little macros with it. the firm's esperanza is that we can grow without hiring, but idk

AI: Can you tell me about a time when AI helped or didn't help with a client?

User: Sí, one client, don [[Chuy Orozco|PERSON]], he has a birria restaurant in [[Tlaquepaque|CITY]], he sent me a photo of like 300 tickets in a shoebox. I used AI to read the photos and make a list. It worked maybe 80 percent. But it read one ticket of 1,500 pesos as 15,000 and if I didn't check he would have paid more taxes. Don [[Chuy|PERSON]] now calls me "la ingeniera de la computadora" jaja. about client info, mmm I feel a little guilty. The RFC, addresses, everything is in there. I put my own data too, I tested with my CURP to see if it could fill a form, [[GARM910412MJCRMR00|NATIONAL_ID]]. My sister says I am crazy. In [[México|COUNTRY]] there is a data law but nobody really knows it. [[Mi jefa|GENERIC_ROLE]] at my last job, she was in the big four, always said never put client data in the cloud

AI: You mentioned [[Esperanza|PERSON]]'s macros. How do the others at the firm feel?

User: El licenciado is [[68|AGE]] and doesn't trust it. He says "la computadora no firma la declaración" haha. The young interns from [[ITESO|SCHOOL]] love it. I studied at [[Universidad de Guadalajara|SCHOOL]], and we didn't even have AI then, it was [[2013|DATE]]. I also follow [[Carlos Slim|PUBLIC_FIGURE]] interviews about technology, he says jobs will change but not disappear. I hope he is right

AI: Thank you, [[Mariela|PERSON]]. If we'd like to follow up, how could we reach you?

User: Claro. correo: [[mariela.gr arroba hotmail punto com|OBF_EMAIL|spanish_words]], cel [[33-18-47-29-06|OBF_PHONE|hyphen_pairs]]. office is [[Av. Chapultepec Sur 284, int. 3, Col. Americana|ADDRESS]], [[Guadalajara|CITY]], Jal. But in [[abril|GENERIC_TIME]] don't even try, it's tax season, I don't sleep

AI: ¡Muchas gracias, [[Mariela|PERSON]]! Good luck with tax season.""")

T.append("""AI: Hi! Thanks for joining. Could you tell me a bit about yourself and your work?

User: hola! im [[Juan Sebastián Restrepo Gómez|PERSON]], but everyone says [[Juanse|PERSON]]. [[24|AGE]] years, [[junior backend developer|JOB_TITLE]] at [[Bancolombia|ORGANIZATION]] in [[Medellín|CITY]], been there like a year and a half. before i did my práctica (internship) at [[Rappi|ORGANIZATION]] in [[Bogotá|CITY]]. i studied systems engineering at [[Universidad EAFIT|SCHOOL]]

AI: Thanks, [[Juanse|PERSON]]. How do you use AI in your development work?

User: bro all day. [[Cursor|AI_PRODUCT]] at home for side projects, at work we have [[GitHub Copilot|AI_PRODUCT]] enterprise. i write [[Python|SOFTWARE]] and [[java|SOFTWARE]] mostly, with [[Docker|SOFTWARE]] and all that. my tech lead [[Camilo Herrera|PERSON]] says we must review every line [[copilot|AI_PRODUCT]] writes, but honestly, sometimes you just accept and pray. mi parcero [[camilo|PERSON]] (a different [[camilo|PERSON]], from uni) says i'm gonna forget how to code lol

AI: Could you describe a specific moment when using AI went well or badly?

User: badly one: in [[octubre del año pasado|DATE]] I asked [[copilot|AI_PRODUCT]] to generate a unit test and it put a hardcoded test document number that looked real, [[1.036.789.452|NATIONAL_ID]]... and it was literally my cédula because it was in a fixture i made months before. my tech lead saw it in the PR review and we laughed but also like, damn. [[Herrera|PERSON]] made me rotate all the test data. and data wise the bank is super strict, it's a bank. no client data in prompts, never. there is a security team that does random audits. in [[Colombia|COUNTRY]] we have habeas data law so it's serious. but people use [[ChatGPT|AI_PRODUCT]] on their phones for small stuff anyway

AI: You mentioned your friend [[camilo|PERSON]]'s worry. Do you share it?

User: a bit. my girlfriend [[Valentina|PERSON]] is a doctor, she says AI will never replace her but it will replace me jaja. i think juniors are the most at risk. i watched that [[Jensen Huang|PUBLIC_FIGURE]] speech where he said kids shouldn't learn to code and i was like bro i just spent 5 years doing that. but companies in [[South America|CONTINENT]] are slower so maybe i have time

AI: That's a very honest answer. How could we reach you for a follow-up?

User: sure. github is [[github.com/juanse-rg|URL]], email [[juanse (arroba) protonmail (punto) com|OBF_EMAIL|parenthesized_spanish]], whatsapp [[3oo 4S6 78l2|OBF_PHONE|homoglyph_letters]] (letters on purpose haha, bots). i live in [[Calle 10 # 43D-25, apto 1102|ADDRESS]], [[El Poblado|CITY]], but dont send anything during [[Semana Santa|GENERIC_TIME]], im at my abuela's finca

AI: Thanks a lot, [[Juanse|PERSON]]. Really appreciate it.""")

T.append("""AI: Dzień dobry, and thanks for joining. Could you describe your current role?

User: Dzień dobry! I'm [[Katarzyna Wiśniewska|PERSON]], but please, [[Kasia|PERSON]] is fine. I'm [[36|AGE]] and I work as a [[UX researcher|JOB_TITLE]] at [[Comarch|ORGANIZATION]] in [[Kraków|CITY]], mostly on the healthcare products. Before that I was a sociologist at a market research agency, [[Pollster Research|ORGANIZATION]], in [[Warszawa|CITY]]. I studied sociology at [[Uniwersytet Jagielloński|SCHOOL]], finished in [[2012|DATE]]

AI: Thank you, [[Kasia|PERSON]]. How do AI tools fit into your research work?

User: Quite a lot now. I transcribe interviews with an AI tool, then I use [[Claude|AI_PRODUCT]] to help me cluster the notes, and we store everything in [[Dovetail|SOFTWARE]]. Designers use [[Figma|SOFTWARE]] AI features. The funny thing is, this is exactly what you are doing to me now, right? haha. My colleague from the [[London|CITY]] office, [[Will Hartley|PERSON]], is the one who pushed for it. [[Will|PERSON]] is very enthusiastic, he will try anything new

AI: Can you tell me about a particular study where AI made a difference?

User: Yes, so in [[listopad 2023|DATE]] we did 24 interviews with nurses about an e-prescription app. Normally synthesis takes me two weeks. With AI it was like four days. But, and this is important, the AI completely missed that older nurses were scared of the app, it summarized everything as "users want faster workflow". I only noticed because one nurse, pani [[Halina|PERSON]], [[59|AGE]] years old, cried in the interview. That's not in a summary. I told [[Will|PERSON]] and he said "good catch" but I think he didn't really get it. About data, we anonymize before we put anything in the tool, but honestly the anonymization is done by... AI, so it's a bit circular, no?

AI: That's a really interesting tension. How do you personally feel about your own data in these tools?

User: I'm careful but not perfect. Once I asked [[ChatGPT|AI_PRODUCT]] to help me fill a form for my son's kindergarten and I pasted my PESEL, [[88071504188|NATIONAL_ID]], and our address, [[ul. Długa 47/12, 31-147|ADDRESS]] [[Kraków|CITY]]. Later I thought, why did I do that. My husband [[Marek|PERSON]] is an IT security guy and he was like "[[Kaśka|PERSON]], seriously?" He has a mark on my forehead forever now haha, that's a Polish expression, sorry, translated badly

AI: You mentioned [[Marek|PERSON]] works in security. Does that shape how your family uses AI?

User: Definitely. Our son [[Staś|PERSON]] is [[six|AGE]], he only uses it with us. [[Marek|PERSON]] doesn't let him talk to voice assistants. In [[Poland|COUNTRY]] people are generally a bit suspicious of big tech anyway, the whole [[Europe|CONTINENT]] with GDPR. But my mother, she's [[seventy-one|AGE]], she loves asking AI for recipes for [[Wigilia|GENERIC_TIME]], she doesn't care at all. She also thinks [[Robert Lewandowski|PUBLIC_FIGURE]] is AI generated in ads, which, maybe. Last thing: researchers should not be replaced by summaries. If you want to follow up, my private email is [[kasia.wisniewska małpa wp kropka pl|OBF_EMAIL|polish_words]], or phone [[six zero one / two three four / five six seven|OBF_PHONE|number_words_slashes]]. My [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/kasia-wisniewska-ux|URL]]. Just not in [[sierpień|GENERIC_TIME]], we go to the mountains in [[Zakopane|CITY]]

AI: Dziękuję, [[Kasia|PERSON]]! Thanks for sharing so openly.""")

T.append("""AI: Merhaba, and thank you for taking part. Could you tell me about yourself and your work?

User: Merhaba. My name is [[Emre Yıldız|PERSON]], I am [[39|AGE]]. I am [[regional sales manager|JOB_TITLE]] for [[Arçelik|ORGANIZATION]], Aegean region, so I live in [[İzmir|CITY]] but I drive everywhere, [[Manisa|CITY]], [[Denizli|CITY]], [[Aydın|CITY]]. I manage about 60 dealers, white goods, washing machine, fridge. I am in this company since [[2011|DATE]], before I worked at [[Vestel|ORGANIZATION]] 3 years.

AI: Thanks, [[Emre|PERSON]]. How do you use AI tools in your sales work?

User: I use [[ChatGPT|AI_PRODUCT]] on my phone, in the car with voice, for preparing dealer meetings, also to analyze sales numbers. The company uses [[Salesforce|SOFTWARE]] and there is now [[Einstein|AI_PRODUCT]] thing inside, but honestly I prefer [[ChatGPT|AI_PRODUCT]], it understands Turkish better. For reports to [[my regional director|GENERIC_ROLE]] I use [[Power BI|SOFTWARE]], the AI makes the summary.

AI: Could you describe a time when it helped you with a dealer or customer?

User: Yes. One of my biggest dealers is [[Hakan|PERSON]] bey, [[Hakan Aydın|PERSON]], he has [[Aydın Elektrik|ORGANIZATION]] in [[Nazilli|CITY]], very old school, [[sixty-five|AGE]] years old, still writes orders on paper. In [[Ekim 2023|DATE]] his sales dropped a lot and he was angry at us. I put his last two years numbers in [[ChatGPT|AI_PRODUCT]] and it showed clearly the problem is the new competitor opening next to him, not our prices. I printed it and went to him, we drank tea, he was convinced. [[Hakan|PERSON]] bey said "bu yapay zeka senden akıllı" — this AI is smarter than you, haha. About data, honestly I don't think too much about it, maybe I should. The dealer names, their phone numbers, everything is in there. KVKK is our data law in [[Türkiye|COUNTRY]], the company sent an email about it. I even once asked [[ChatGPT|AI_PRODUCT]] to check my tax form and I wrote my TC kimlik no, [[38471592694|NATIONAL_ID]]. My wife [[Zeynep|PERSON]] was angry when I told her. She is a lawyer so she knows these things

AI: You mentioned [[Zeynep|PERSON]] is a lawyer. Does AI come up in her work too?

User: Yes she uses it also but more careful than me. Our daughter [[Elif|PERSON]] is [[fourteen|AGE]], she uses it for homework and [[Zeynep|PERSON]] checks everything. [[Elif|PERSON]] wants to study computer engineering at [[ODTÜ|SCHOOL]] in [[Ankara|CITY]]. I studied business at [[Dokuz Eylül Üniversitesi|SCHOOL]] here, a long time ago haha. For the future I think sales people will still be needed, because dealers want a human to drink tea with, not a robot. Even [[Elon Musk|PUBLIC_FIGURE]] cannot drink tea with [[Hakan|PERSON]] bey

AI: That's a wonderful image. How could we reach you if we want to follow up?

User: Email: [[emre.yildiz(at)outlook(nokta)com|OBF_EMAIL|mixed_language_parens]]. Phone: [[beş yüz otuz iki, dört yüz on sekiz, yirmi yedi, altmış üç|OBF_PHONE|turkish_number_words]], with zero in front of course. Home address if needed [[Mithatpaşa Caddesi No: 214 D: 7|ADDRESS]], [[Karataş|CITY]], [[İzmir|CITY]]. During [[Kurban Bayramı|GENERIC_TIME]] I'm at my parents in the village, no signal

AI: Teşekkürler, [[Emre|PERSON]]! Thank you for your time.""")

T.append("""AI: Good evening, and thank you for agreeing to this interview. Could you tell me about your work?

User: Good evening. I am Dr. [[Mohamed Abdelrahman|PERSON]], but all my customers call me Dr. [[Hamada|PERSON]]. I am [[52|AGE]] years old, a [[pharmacist|JOB_TITLE]] and owner of [[El Shifa Pharmacy|ORGANIZATION]] in [[Nasr City|CITY]], [[Cairo|CITY]]. The pharmacy is at [[12 Abbas El Akkad St., 7th District|ADDRESS]]. I graduated from [[Cairo University|SCHOOL]] Faculty of Pharmacy in [[1995|DATE]], and I worked ten years at [[Pharco Pharmaceuticals|ORGANIZATION]] in [[Alexandria|CITY]] before opening my own place.

AI: Thank you, Dr. [[Hamada|PERSON]]. How do AI tools come into your work at the pharmacy?

User: At first I didn't use anything. Then my son [[Youssef|PERSON]], he is [[twenty-three|AGE]], studying medicine at [[Ain Shams University|SCHOOL]], installed [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] on my phone. Now I use it to check drug interactions quickly when the customer has many medications, and to translate leaflets for foreigners, we have many Sudanese and Syrian customers now. But I always double check with the real references, you cannot trust 100%.

AI: Could you describe a situation where it made a real difference?

User: Yes, one old man, hajj [[Sayed Mahmoud|PERSON]], [[seventy-eight|AGE]], came with prescriptions from three different doctors. One for heart, one for the sugar, one for the joints. The AI warned me about an interaction between two of them, bleeding risk. I called the doctor, Dr. [[Nabil Farouk|PERSON]], and he changed it. Maybe I would have caught it myself, maybe not, it was very busy that night, it was [[Ramadan|GENERIC_TIME]] after iftar and everyone comes at once. About privacy, this is a problem, I admit. Sometimes I take photo of the prescription with the patient name and give it to the AI. In [[Egypt|COUNTRY]] the data law is new, people don't think about it. My wife, Om [[Youssef|PERSON]], she says I am addicted to the phone now haha. I also used it to renew my syndicate card and I typed my national ID, [[27203150102318|NATIONAL_ID]], then I thought, why am I giving this to an American company? Even [[Mohamed Salah|PUBLIC_FIGURE]] they say uses AI for training analysis, so everyone is using, but still.

AI: You mentioned [[Youssef|PERSON]] set things up for you. Do your employees use it as well?

User: I have two assistants, the young one [[Mostafa|PERSON]] uses it more than me, for the stock orders from [[Excel|SOFTWARE]]. The older assistant refuses, she says this is from the devil haha. For the future, I think the small pharmacies in the whole [[Middle East|CONTINENT]] will need these tools to compete with the big chains.

AI: Thank you very much. Would you be open to a follow-up, and how could we contact you?

User: Yes of course. Email [[hamada.pharma AT gmail DOT com|OBF_EMAIL|caps_at_dot]]. Mobile [[٠١٠٢٤٦٨٣٥٧٩|OBF_PHONE|arabic_indic_digits]], or the pharmacy landline [[02 2274 1836|PHONE_NUMBER]]. Not [[Friday|GENERIC_TIME]] morning please.

AI: Thank you, Dr. [[Hamada|PERSON]]. We really appreciate your time.""")

T.append("""AI: Hi, thanks for joining. Could you tell me a bit about yourself and what you do?

User: hey! so am [[Wanjiru Kamau|PERSON]], most people call me [[Shiru|PERSON]]. am [[30|AGE]], [[Monitoring and Evaluation Officer|JOB_TITLE]] at [[Amani Water Trust|ORGANIZATION]], it's an NGO doing boreholes and sanitation in [[Lodwar|CITY]] and [[Kitui|CITY]]. our office is in [[Kilimani|CITY]], [[Nairobi|CITY]]. before that i was at [[Safaricom|ORGANIZATION]] in the [[M-Pesa|SOFTWARE]] analytics team for like two years. i did my degree at [[Strathmore University|SCHOOL]], statistics

AI: Thanks, [[Shiru|PERSON]]. How do you use AI tools in your M&E work?

User: sasa, mostly for the reports. donors want these long reports every quarter and honestly [[ChatGPT|AI_PRODUCT]] has saved my life. i collect data on [[KoboToolbox|SOFTWARE]], clean it in [[R|SOFTWARE]], and then i ask it to help me write the narrative. my colleague [[Faith Achieng|PERSON]] does the community side and she uses it to translate stuff into Swahili and Turkana, though the Turkana is not very good lol. i have faith it'll get better tho

AI: Could you describe a time when using AI helped or went wrong?

User: ok so in [[June 2023|DATE]] we had a donor visit from the [[Netherlands|COUNTRY]] and i had to present results from 40 boreholes. i used AI to do the charts and the summary and it looked super professional. but one number was wrong, it said 12,000 households instead of 1,200. [[Faith|PERSON]] noticed it like 10 mins before the meeting and we fixed it on the projector haha. my boss [[Otieno|PERSON]] almost had a heart attack. so now i check everything twice. privacy wise, we collect a lot of household data, names, phone numbers, ID numbers, GPS. we're supposed to never put raw data into AI. i follow that mostly. but for my own stuff i'm lazy, like i asked it to fill my KRA returns and gave it my KRA PIN [[A012748395Z|NATIONAL_ID]] and my ID number [[28471936|NATIONAL_ID]]. my mum would kill me. in [[Kenya|COUNTRY]] the Data Protection Act is there but enforcement, aii. also [[Lupita Nyong'o|PUBLIC_FIGURE]] deepfake ads were all over [[facebook|SOFTWARE]] last year and my aunties believed them so i worry about that side more

AI: You mentioned [[Otieno|PERSON]] and [[Faith|PERSON]]. How does the wider team feel about AI?

User: [[Otieno|PERSON]] is cautious, he's [[fifty-something|AGE]] and thinks AI will make us lazy. the young ones love it. the field officers in [[Lodwar|CITY]] barely have network so for them it doesn't matter. i think for NGOs in [[Africa|CONTINENT]] it's a big equalizer, small orgs can now write proposals as good as the big ones

AI: Thank you. How could we reach you for a follow-up?

User: email me on [[shiru.kamau@gmail.com|EMAIL_ADDRESS]] or call [[zero seven double two, four one eight, three oh nine|OBF_PHONE|double_words]]. linkedin is [[linkedin.com/in/wanjiru-kamau-me|URL]]. postal is [[P.O. Box 10423-00100|ADDRESS]] [[Nairobi|CITY]] if you're sending anything physical. am away over [[Easter|GENERIC_TIME]] though

AI: Asante sana, [[Shiru|PERSON]]! This was really helpful.""")

T.append("""AI: Hello, and thank you for participating. Could you start by telling me about your work?

User: Hi. I'm [[Oleksandr Kovalenko|PERSON]], friends call me [[Sasha|PERSON]]. [[34|AGE]] y.o., [[Senior DevOps Engineer|JOB_TITLE]] at [[SoftServe|ORGANIZATION]]. I'm originally from [[Kharkiv|CITY]] but since [[March 2022|DATE]] I live in [[Lviv|CITY]], you can guess why. Remote mostly, our clients are in [[USA|COUNTRY]] and [[Germany|COUNTRY]]. I studied at [[Kharkiv National University of Radio Electronics|SCHOOL]], we call it [[ХНУРЕ|SCHOOL]]

AI: Thank you, [[Sasha|PERSON]]. How do you use AI tools in your work?

User: [[Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]] all day, mostly for [[Terraform|SOFTWARE]] and [[Helm|SOFTWARE]] charts for [[Kubernetes|SOFTWARE]]. [[ChatGPT|AI_PRODUCT]] for debugging weird errors. Honestly 50% of the time it hallucinates some flag that doesn't exist in the CLI. My teamlead [[Dmytro Savchuk|PERSON]] jokes that [[GitHub Copilot|AI_PRODUCT]] is our junior engineer who never sleeps but also never reads docs

AI: Can you share a specific incident where the AI helped or caused a problem?

User: Sure. Last winter, [[12 December|DATE]], there was a massive blackout in [[Lviv|CITY]] after shelling and our generator failed, so I was working from a coworking with [[Starlink|SOFTWARE]]. At the same time the prod cluster for a client started failing. I gave [[ChatGPT|AI_PRODUCT]] the logs from my phone and it found a certificate expiry issue in like 2 minutes. I'm not sure I would find it so fast with 4% battery. So that one I'm grateful for. About privacy: company policy is strict — no client code in public models, we have enterprise [[Copilot|AI_PRODUCT]] only. Personally I'm more relaxed than I should be. I pasted my tax number (ІПН) [[3318452078|NATIONAL_ID]] once to ask how to fill a [[Diia|SOFTWARE]] form for FOP. My wife [[Iryna|PERSON]] told me I'm an idiot, she's right. Our apartment address is also in some of my old prompts, [[вул. Городоцька, 85, кв. 14|ADDRESS]], I asked it to write a complaint to the ОСББ about heating lol. In [[Ukraine|COUNTRY]] we have bigger problems than privacy honestly, but still

AI: You mentioned [[Iryna|PERSON]]. Does your family use AI too?

User: [[Iryna|PERSON]] is a teacher, she uses it to make tests for kids. My mother stayed in [[Kharkiv|CITY]], she is [[67|AGE]], she doesn't trust any of this, she thinks AI is a Russian trick haha. I think for [[Europe|CONTINENT]] in general AI will change the IT outsourcing market, and Ukrainian outsourcing will suffer first, because clients will ask "why pay 5 engineers if 2 plus AI is enough". Even [[Satya Nadella|PUBLIC_FIGURE]] basically says this

AI: Thank you. How could we contact you for a follow-up?

User: Email: [[o точка kovalenko собака ukr точка net|OBF_EMAIL|ukrainian_words_sobaka]]. [[Telegram|SOFTWARE]] [[@sasha_k_ops|SOCIAL_HANDLE]]. Phone [[plus three eight oh, six seven, 412 80 57|OBF_PHONE|digit_word_mix]], but [[Telegram|SOFTWARE]] better. Around [[Christmas|GENERIC_TIME]] I'm offline, I promised [[Iryna|PERSON]]

AI: Дякую, [[Sasha|PERSON]]! Thank you for your time.""")

T.append("""AI: Guten Tag, and thanks for joining. Could you tell me about your job?

User: Guten Tag. I am [[Tobias Krüger|PERSON]], [[47|AGE]], [[Fertigungsleiter|JOB_TITLE]] — production manager — at [[Vogt Präzisionsteile GmbH|ORGANIZATION]] in [[Chemnitz|CITY]]. We are a Mittelstand company, around 180 people, we make turned parts for automotive, our biggest customer is [[Volkswagen|ORGANIZATION]] in [[Zwickau|CITY]]. I started there as apprentice in [[1994|DATE]], so I know every machine personally haha

AI: Thank you, [[Tobias|PERSON]]. How do AI tools play a role in your work?

User: Honestly, less than you would think. We use [[SAP|SOFTWARE]] for planning and there are some new AI functions but nobody trusts them. I use [[DeepL|AI_PRODUCT]] every day for emails with our Czech supplier, and [[ChatGPT|AI_PRODUCT]] sometimes for writing work instructions. Our young apprentice [[Mark|PERSON]] — our Azubi, he is [[nineteen|AGE]] — he uses it for everything, even his Berichtsheft. I told him it is fine as long as he understands what he hands in, he must be able to explain it to me

AI: Could you describe a situation where AI helped in production?

User: Yes, [[im Oktober 2023|DATE]] we had a quality problem, surface defects on one part, and [[the customer|GENERIC_ROLE]] threatened a claim. I put all the measurement data in [[ChatGPT|AI_PRODUCT]], anonymized, and asked for patterns. It suggested tool wear on one specific machine after night shift, which was correct. Our quality engineer [[Sabine Hartmann|PERSON]] had the same idea but the AI made the argument faster for the management. Frau [[Hartmann|PERSON]] was not so happy that the machine got the credit, understandable. About data, we have a Betriebsrat, works council, and they are very strict. No employee data in any AI tool, and they were right to make this rule. But I will be honest, once I asked [[ChatGPT|AI_PRODUCT]] to help with my tax return and I gave it my Steuer-ID [[47 819 302 750|NATIONAL_ID]]. My wife said this was not very smart. In [[Germany|COUNTRY]] people are very careful with data, I am the exception maybe

AI: You mentioned [[Mark|PERSON]] uses it for everything. Do you worry about the next generation's skills?

User: A bit, yes. When I was young you had to feel the machine, hear it. My daughter [[Lea|PERSON]] studies mechanical engineering at [[TU Dresden|SCHOOL]], she says the professors use AI for exercises now. I think the skill will shift, not disappear. I am more worried that the whole automotive industry in [[Europe|CONTINENT]] is going down, AI or no AI. Even [[Olaf Scholz|PUBLIC_FIGURE]] talks about it. I hope our mark on the market stays, but who knows

AI: Thank you. Is there anything else you'd like to share?

User: Only that small companies need simple tools, not big projects with consultants. [[Mein Chef|GENERIC_ROLE]] wanted to buy a 50.000 euro AI solution, I said no, first let us use what is free. For follow-up you can write to [[t.krueger (ät) vogt-praezision (punkt) de|OBF_EMAIL|german_words]] or call [[null drei sieben eins, vier acht zwei neun, sechs eins drei|OBF_PHONE|german_number_words]]. Private address is [[Zschopauer Straße 112, 09126|ADDRESS]] [[Chemnitz|CITY]] if you send the voucher. But not in [[Weihnachten|GENERIC_TIME]] time, then I am in the Erzgebirge with family

AI: Vielen Dank, Herr [[Krüger|PERSON]]. Thank you for your time.""")

T.append("""AI: Bonjour, and thank you for joining. Could you tell me about your job?

User: Bonjour! So I am [[Camille Lefèvre|PERSON]], I'm [[37|AGE]], I work as [[infirmière coordinatrice|JOB_TITLE]] — nurse coordinator — at [[Hospices Civils de Lyon|ORGANIZATION]], in the geriatrics service at [[Hôpital de la Croix-Rousse|ORGANIZATION]]. I did my nursing school at [[IFSI Esquirol|SCHOOL]] in [[Lyon|CITY]], I graduated in [[juin 2009|DATE]], so 15 years now. sorry if my english is not perfect

AI: Your English is great, [[Camille|PERSON]]. How do you use AI tools in your nursing work?

User: Officially? Not much. We use [[Doctolib|SOFTWARE]] for appointments and the hospital software for patient files, there is a little AI for the planning of shifts. Unofficially, many of us use [[ChatGPT|AI_PRODUCT]] or [[Le Chat|AI_PRODUCT]] from Mistral on our phone, for writing the transmissions more quickly, or to translate for patients who speak only arabic or portuguese. My colleague [[Rose|PERSON]], she is the champion of this, she has prompts for everything. The numbers of AI users rose a lot after covid I think

AI: Can you tell me about a specific moment where AI made a difference?

User: Yes, one night in [[février 2024|DATE]], a patient, Mme [[Odette Perrin|PERSON]], [[91|AGE]] years old, was very agitated, she only spoke occitan patois, nobody understood. [[Rose|PERSON]] tried with the AI and it worked a little, enough to understand she was looking for her cat, not in pain. It sounds small but it changed the whole night. But I also saw the opposite: a young nurse, [[Inès|PERSON]], asked [[ChatGPT|AI_PRODUCT]] for a medication dose and it was wrong, by a factor ten. Thank god [[the pharmacist|GENERIC_ROLE]] caught it.

AI: That's quite a contrast. How do you and your colleagues think about patient data in these tools?

User: It's a big grey zone. We know we should not put names, numéro de sécu, etc. But in the rush... I even put my own numéro de sécurité sociale one time to fill a mutuelle form, [[2 87 06 75 112 345 91|NATIONAL_ID]], my husband [[Julien|PERSON]] was horrified haha. He works at [[CNIL|ORGANIZATION]] — the data protection authority, ironic no? In [[France|COUNTRY]] we have strict rules, but for nurses nobody explains anything. [[Emmanuel Macron|PUBLIC_FIGURE]] talks about AI all the time but there is no training for us

AI: You mentioned [[Julien|PERSON]]'s reaction. What would help nurses use AI more safely?

User: Training, and a tool that is approved by the hospital, so we don't use our personal phones. Also the cadres need to understand it. [[Le cadre de santé|GENERIC_ROLE]] in my unit is [[60|AGE]] and still prints the emails haha. If you want to follow up: my email is [[camille.lefevre arobase orange point fr|OBF_EMAIL|french_words]] and my phone [[zéro six, quarante-sept, quatre-vingt-deux, dix-neuf, trente-cinq|OBF_PHONE|french_number_words]]. I live [[18 rue de la Charité, 69002|ADDRESS]] [[Lyon|CITY]]. But in [[août|GENERIC_TIME]] I am in Bretagne, no connection

AI: Merci beaucoup, [[Camille|PERSON]]. Thank you for your openness.""")

T.append("""AI: Konnichiwa, and thank you for participating. Could you tell me about your job?

User: konnichiwa. I am [[Sato Haruka|PERSON]] (佐藤遥). I am [[28|AGE]]. I work as [[system engineer|JOB_TITLE]] at [[NTT Data|ORGANIZATION]], [[Osaka|CITY]] branch. My project is for a regional bank, we are replacing old COBOL system. I joined in [[April 2019|DATE]] after graduating [[Kobe University|SCHOOL]]. Sorry, my English is not so good, I use translation a little

AI: No problem at all, [[Haruka|PERSON]]. How do you use AI tools in your work?

User: We use [[ChatGPT|AI_PRODUCT]] enterprise version inside company, it is called some internal name. I use it for reading old COBOL code and explaining it, because the people who wrote it are retired already lol. Also for writing specification documents in [[Excel|SOFTWARE]], Japanese companies love [[Excel|SOFTWARE]] for documents haha. My boss [[Tanaka|PERSON]]-san first did not allow, but after he saw it can explain COBOL, he said OK

AI: Could you share a specific experience that stands out?

User: Yes. There is one program, written in 1988, nobody understands. [[Tanaka|PERSON]]-san said the original engineer was Mr. [[Ishikawa|PERSON]], he is now around [[80|AGE]], retired in [[Nara|CITY]]. We even thought to visit him! But [[GitHub Copilot|AI_PRODUCT]] explained the logic in maybe 30 minutes, it was calculating interest with a special rounding. So we did not need to bother [[Ishikawa|PERSON]]-san. Also my colleague from the [[Seoul|CITY]] office, [[June Park|PERSON]], she helped me check the English version of the document. [[June|PERSON]] is very kind. She is coming to [[Osaka|CITY]] in [[June|GENERIC_TIME]] for the project kickoff. About privacy, in [[Japan|COUNTRY]], companies are very strict about this. We must not put customer data in. But for private use I am not careful... I asked AI how to apply for furusato nozei with my My Number card, and I wrote the number [[4819 2736 5012|NATIONAL_ID]]. Later my mother said "abunai!" (dangerous). My address also I wrote for the same form: [[Tenjinbashi 3-chome 8-14, Room 502|ADDRESS]], [[Kita-ku|CITY]], [[Osaka|CITY]]

AI: You mentioned [[Tanaka|PERSON]]-san changed his mind. How do others in the company feel?

User: Older people are a bit afraid, younger people use it a lot secretly. I think in [[Asia|CONTINENT]], [[Japan|COUNTRY]] is slow to adopt. [[Masayoshi Son|PUBLIC_FIGURE]] says [[Japan|COUNTRY]] must use AI more, I agree. During [[Golden Week|GENERIC_TIME]] I tried to make a small app with AI for my hobby, it was fun

AI: Thank you so much. How can we reach you if we have follow-up questions?

User: email: [[haruka-sato アットマーク docomo.ne.jp|OBF_EMAIL|katakana_atmark]]. phone: [[０９０－４８１７－２２６３|OBF_PHONE|fullwidth_digits]]. [[Instagram|SOFTWARE]] [[@haruka_codes_osaka|SOCIAL_HANDLE]] but I mostly post cafe photos haha

AI: Arigatou gozaimasu, [[Haruka|PERSON]]! Thank you for your time.""")

T.append("""AI: Annyeonghaseyo! Thank you for joining. Could you tell me about your work?

User: annyeonghaseyo~ I'm [[Kim Min-ji|PERSON]] (김민지), [[35|AGE]] years old. I'm a [[product manager|JOB_TITLE]] at [[Nuri Fintech|ORGANIZATION]], a small payments startup in [[Mapo-gu|CITY]], [[Seoul|CITY]]. before that I was at [[Kakao|ORGANIZATION]] for 5 years in the KakaoPay team. I studied business at [[Yonsei University|SCHOOL]]

AI: Thanks, [[Min-ji|PERSON]]. How do AI tools fit into your work as a PM?

User: oh so many. I write PRDs with [[ChatGPT|AI_PRODUCT]], summarize user interviews (like this one lol) with [[Clova Note|AI_PRODUCT]] from Naver, and our team docs are in [[Notion|SOFTWARE]] which has AI built in. we talk on [[Slack|SOFTWARE]]. my CTO [[Park Jae-hyun|PERSON]] is super into AI, he made a rule that every PRD needs an "AI risk" section. [[Jae-hyun|PERSON]] is the type who reads every paper on arXiv lol

AI: Can you describe a particular situation where AI helped or created a problem?

User: yes. in [[September 2023|DATE]] we were preparing a report for [[FSC|ORGANIZATION]] (financial regulator) and I used [[ChatGPT|AI_PRODUCT]] to translate our Korean compliance doc into English for our investor in [[Singapore|COUNTRY]]. it translated a legal term totally wrong, made it sound like we don't need a license! our lawyer [[Choi Soo-ah|PERSON]] caught it the day before sending. [[Soo-ah|PERSON]] now checks every translation, poor her. privacy wise, in fintech we are very strict, PIPA law in [[Korea|COUNTRY]] is strong. no customer data in external AI ever. personally though, I'm a bit embarrassed, I once asked [[ChatGPT|AI_PRODUCT]] to fill a form for my daughter's daycare and typed my resident registration number [[890316-2147351|NATIONAL_ID]]. my husband [[Lee Jun-ho|PERSON]] said "are you crazy" haha. our address too, [[Worldcup buk-ro 396, 1204-ho|ADDRESS]], [[Mapo-gu|CITY]]

AI: You mentioned your daughter. How does your family relate to AI?

User: our daughter [[Seo-yeon|PERSON]] is [[four|AGE]], she talks to the AI speaker every morning, asks it to play Pororo. [[Jun-ho|PERSON]] thinks it's fine, my mother-in-law thinks it's too much. she's [[sixty-eight|AGE]] and she still calls me to ask how to use [[KakaoTalk|SOFTWARE]] lol. during [[Chuseok|GENERIC_TIME]] the whole family argued about whether AI will take all jobs. my uncle kept quoting [[Faker|PUBLIC_FIGURE]] of all people haha

AI: Thank you, that's lovely. How could we contact you for a follow-up?

User: email [[minji.kim 골뱅이 naver 점 com|OBF_EMAIL|korean_words_golbaengi]] or phone [[공일공 사팔이칠 삼구일오|OBF_PHONE|korean_sino_numerals]]. [[KakaoTalk|SOFTWARE]] ID is [[minji_pm89|SOCIAL_HANDLE]]. weekdays after 9pm is best

AI: Gamsahamnida, [[Min-ji|PERSON]]! Thank you for sharing.""")

T.append("""AI: Good morning and thank you for joining. Could you tell me a bit about your work?

User: Good morning. I am Dr. [[Grace Nnenna Okonkwo|PERSON]], I'm [[44|AGE]], [[Senior Lecturer in Microbiology|JOB_TITLE]] at the [[University of Nigeria, Nsukka|SCHOOL]]. I also do some consultancy for [[NAFDAC|ORGANIZATION]] on food safety. I have been lecturing since [[2008|DATE]], after my PhD at [[University of Ibadan|SCHOOL]]. I live on campus, [[No. 7 Ezenweze Street|ADDRESS]], [[University of Nigeria|SCHOOL]] staff quarters, [[Nsukka|CITY]]

AI: Thank you, Dr. [[Okonkwo|PERSON]]. How do you use AI tools in your academic work?

User: By the grace of God I have adapted, but it was not easy. I use [[ChatGPT|AI_PRODUCT]] to help draft grant proposals and to simplify lecture notes for 200 level students. We use [[Turnitin|SOFTWARE]] for plagiarism, and now it has AI detection, which is a whole different wahala. I also use [[Google Scholar|SOFTWARE]] and one tool called [[Elicit|AI_PRODUCT]] for literature review

AI: Can you describe a specific situation where AI came up with your students?

User: Oh yes. Last semester, a final year student, [[Favour Eze|PERSON]], submitted a project and [[Turnitin|SOFTWARE]] flagged it 90% AI. The girl cried in my office, she swore she wrote it herself. I know her, she is a hardworking girl, so I did her a favour and gave her an oral defense. She defended it brilliantly. Meanwhile another student whose name I won't mention submitted pure [[ChatGPT|AI_PRODUCT]] and it was flagged 0%! So these detectors, I don't trust them. [[The HOD|GENERIC_ROLE]] still wants us to use it as evidence. About privacy, hmm, I'm not as careful as I should be. I once pasted the whole results sheet with student reg numbers to help calculate the grades. And for my own visa application to the [[UK|COUNTRY]] for a conference, I asked AI to check my form and put my passport number [[B50718243|NATIONAL_ID]] and NIN [[70328419560|NATIONAL_ID]]. My husband [[Emeka|PERSON]] scolded me. In [[Nigeria|COUNTRY]] we have the NDPR, but who is enforcing it?

AI: You mentioned [[Emeka|PERSON]] and your students. How does your family use AI?

User: My first son [[Chidubem|PERSON]] is [[sixteen|AGE]] and he knows more than me, he uses it for physics. My last born [[Hope|PERSON]] is [[nine|AGE]], we don't let her use it alone. I hope they will use it wisely. As a woman in science in [[Africa|CONTINENT]], I see it as an opportunity. Like [[Chimamanda Ngozi Adichie|PUBLIC_FIGURE]] — she also grew up on this campus — we must tell our own stories, and AI must learn our stories too

AI: Thank you, Dr. [[Okonkwo|PERSON]]. How could we reach you for follow-up?

User: Official email is [[g.okonkwo[at]unn[dot]edu[dot]ng|OBF_EMAIL|bracket_at_dot]]. Phone [[+234 eight 0 three, 9 one 5, 27 zero 4|OBF_PHONE|digit_word_mix]]. But during [[harmattan|GENERIC_TIME]] the network here is terrible, so be patient with me. [[Grace|PERSON]]'s the name on [[WhatsApp|SOFTWARE]]

AI: Thank you so much, [[Grace|PERSON]]. This has been very valuable.""")

T.append("""AI: Namaste, and thank you for joining. Could you tell me about yourself and your work?

User: namaste. i am [[Sunita Deshmukh|PERSON]], [[58|AGE]] years, working as [[billing supervisor|JOB_TITLE]] in [[Ruby Hall Clinic|ORGANIZATION]], [[Pune|CITY]], since [[1998|DATE]]. 26 years same hospital!! I handle insurance billing and TPA claims, team of 9 girls. my typing is slow so sorry for mistakes, my glasses also i forgot today

AI: Thank you, [[Sunita|PERSON]] ji. How do AI tools come into your work?

User: honestly i was last person to use. my son [[Rohan|PERSON]] who is in [[US|COUNTRY]], [[Seattle|CITY]], software engineer in [[Amazon|ORGANIZATION]], he installed [[ChatGPT|AI_PRODUCT]] on my phone on his last visit in [[Diwali|GENERIC_TIME]]. now i use it for writing english letters to insurance companies, and for understanding the new [[IRDAI|ORGANIZATION]] circulars which are very confusing. our billing software is old, it is on [[Tally|SOFTWARE]] plus some hospital system. the girls in my team use it more than me, they also use on [[WhatsApp|SOFTWARE]] the meta AI

AI: Could you describe a time when it really helped or caused a problem?

User: one time a claim of a cancer patient, Mr. [[Vilas Patil|PERSON]], [[67|AGE]] years, was rejected by insurance for some technical reason. family was crying, amount was 4.5 lakh. i took help of AI to write appeal letter with the policy clauses, and Dr. [[Mark D'Souza|PERSON]], the oncologist, signed it. claim got approved in 2 weeks. Dr. [[D'Souza|PERSON]] said "[[sunita|PERSON]] tai you have become lawyer now" haha. but another time AI gave wrong section number and i had to do everything again, so you have to mark everything and check. about data, our IT department has told not to put patient names. i try to remove. but once i put my own aadhaar [[4820 6913 5744|NATIONAL_ID]] for updating my mediclaim form, then my daughter-in-law [[Priyanka|PERSON]] said aai, dont do like this. in [[India|COUNTRY]] everybody has your aadhaar anyway, but still

AI: You mentioned [[Priyanka|PERSON]]'s advice. How does the rest of your family use AI?

User: [[Priyanka|PERSON]] is teacher in [[Symbiosis|SCHOOL]], she uses for making question papers. my husband retired from [[Bajaj Auto|ORGANIZATION]], he uses only for cricket news and to ask about [[Sachin Tendulkar|PUBLIC_FIGURE]] records lol. my granddaughter [[Mira|PERSON]] is [[3|AGE]], she talks to [[alexa|AI_PRODUCT]]. times have changed. i am worried for my girls in billing, maybe in 5 years AI will do claims automatically, what will they do. about my own role, yes it will change definitely. i think supervisor will still be needed for checking. but younger people should learn AI, that is what i tell them. hospital management is talking about some AI software from [[Bangalore|CITY]] company, but [[the medical director|GENERIC_ROLE]] is not convinced yet. maybe after [[Ganpati|GENERIC_TIME]] festival they will decide

AI: Thank you, [[Sunita|PERSON]] ji. How could we reach you for a follow-up?

User: email is [[sunita dot deshmukh58 at the rate rediffmail dot com|OBF_EMAIL|at_the_rate]]. mobile [[nine eight two two zero, four four six three one|OBF_PHONE|number_words]], whatsapp same. home is [[B-204, Shree Ganesh Apartments, Karve Road|ADDRESS]], [[Kothrud|CITY]], [[Pune|CITY]]. please call after 6 in evening, not in office time

AI: Thank you so much, [[Sunita|PERSON]] ji. It was lovely talking with you.""")

T.append("""AI: Hi, thanks for taking part. Could you tell me about yourself and what you do?

User: salam! im [[Bilal Ahmed Qureshi|PERSON]], [[23|AGE]] saal ka, from [[Karachi|CITY]]. im a freelance [[video editor|JOB_TITLE]], mostly on [[Fiverr|SOFTWARE]] and [[Upwork|SOFTWARE]], clients from [[UAE|COUNTRY]], [[UK|COUNTRY]] and some [[Canada|COUNTRY]]. i do [[youtube|SOFTWARE]] videos, reels, podcast cuts. left my BBA from [[IBA Karachi|SCHOOL]] in 3rd semester bcz freelancing was paying more lol, abbu is still not over it

AI: Thanks, [[Bilal|PERSON]]. How do AI tools fit into your editing work?

User: bro AI is literally my whole workflow now. [[Premiere Pro|SOFTWARE]] has auto captions, i use [[CapCut|SOFTWARE]] for quick reels, [[Runway|AI_PRODUCT]] for background removal, [[ElevenLabs|AI_PRODUCT]] for voiceover when client wants english voice. and [[ChatGPT|AI_PRODUCT]] for writing gig descriptions and replying to clients, my english is ok but it makes it sound pro. my younger bhai [[hamza|PERSON]] is [[17|AGE]] and hes learning from me, i pay him 5k per video for thumbnails

AI: Can you tell me about a specific project where AI made a difference?

User: ya so there was this client, a [[dubai|CITY]] real estate guy, [[Tariq Al Mansoori|PERSON]], he wanted 30 property videos in 1 week with arabic and english voice. no way without AI. i used [[ElevenLabs|AI_PRODUCT]] for arabic voice and he loved it. but then he asked me to clone his own voice for ads and i was like... is this ok? i did it tho, he signed some thing. [[Tariq|PERSON]] still sends me work every month, he is my biggest client now. loadshedding in [[karachi|CITY]] is the real enemy tho, not AI lol, UPS ki battery dies in middle of render. privacy? honestly as freelancer ur data is everywhere. [[fiverr|SOFTWARE]] needed my CNIC for verification, [[42201-8374615-3|NATIONAL_ID]], and [[payoneer|SOFTWARE]] also. i even gave [[chatgpt|AI_PRODUCT]] my CNIC pic to read the expiry date lol. my address is on bank stuff too, [[Flat A-7, Al-Habib Heights, Block 13-D|ADDRESS]], [[Gulshan-e-Iqbal|CITY]]. in [[Pakistan|COUNTRY]] nobody cares about privacy yaar, ur CNIC copy is with every shopkeeper

AI: You mentioned [[hamza|PERSON]] is learning from you. What do you think the future looks like for editors like you two?

User: scary and exciting. [[MrBeast|PUBLIC_FIGURE]] editors are still humans so there is hope lol. but for small gigs like captions, AI already took them. i think we have to move up, like storytelling, not just cutting. [[hamza|PERSON]] wants to go to [[NUST|SCHOOL]] for CS, i told him go, dont be like me haha

AI: Thanks, [[Bilal|PERSON]]. If we'd like to follow up, how can we reach you?

User: portfolio on [[fiverr.com/bilal_edits_khi|URL]], [[youtube|SOFTWARE]] [[@BilalCutsKHI|SOCIAL_HANDLE]]. email [[b i l a l q u r e s h i 9 9 at gmail dot com|OBF_EMAIL|spaced_letters]] (spaces so bots dont get it). whatsapp [[03three3-2l87654|OBF_PHONE|homoglyph_word_mix]]. not during [[Muharram|GENERIC_TIME]] days tho, we go to nani's house

AI: Thanks a lot, [[Bilal|PERSON]]. Best of luck with your work!""")

T.append("""AI: Good afternoon, and thank you for participating. Could you tell me about your job?

User: Good afternoon. My name is [[Abena Serwaa Mensah|PERSON]], I'm [[42|AGE]] years. I work as [[Senior Procurement Officer|JOB_TITLE]] at the [[Accra Metropolitan Assembly|ORGANIZATION]], I've been there since [[2nd May 2016|DATE]]. Before that I was with [[MTN Ghana|ORGANIZATION]] in their supply chain department. I did my first degree at [[KNUST|SCHOOL]] in [[Kumasi|CITY]] and my MBA at [[GIMPA|SCHOOL]]

AI: Thank you, [[Abena|PERSON]]. How do AI tools come into your work?

User: Please, it's a government office so things move slowly. But I personally use [[ChatGPT|AI_PRODUCT]] to draft tender documents and to compare bids in [[Excel|SOFTWARE]] and [[Google Sheets|SOFTWARE]]. It saves me a lot of time. My colleague [[Patience Owusu|PERSON]] is the one who introduced me. [[Patience|PERSON]] is very young and smart. Honestly you need a lot of patience to work in procurement, bidders calling you [[every Monday|GENERIC_TIME]] morning, some even trying to bribe, I won't lie

AI: Could you describe a specific situation where AI helped or caused difficulty?

User: Yes. In [[October 2023|DATE]] we had a tender for waste collection trucks, about 14 bids. I used AI to summarize each bid against the criteria. It helped, but it ranked one company high because their document was very well written, but when we checked, their trucks were old. So I learned, AI judges the writing, not the substance. Our director, Mr. [[Kofi Boateng|PERSON]], wanted to use the AI ranking directly. I had to insist we do manual evaluation. Mr [[Boateng|PERSON]] agreed at the end. About privacy, eii, to be honest, I have put some things I shouldn't. Bidder names, prices. And my own NIA card number [[GHA-712345678-3|NATIONAL_ID]] when I was asking how to register for the [[SSNIT|ORGANIZATION]] online portal. My house digital address too, [[GA-183-8164|ADDRESS]], it's in [[Dansoman|CITY]]. In [[Ghana|COUNTRY]] we have the Data Protection Commission but people don't know about it much

AI: You mentioned [[Patience|PERSON]] introduced you to AI. How does your family feel about it?

User: My husband [[Yaw|PERSON]] is a pastor, he thinks it's fine for work but not for sermons haha. My daughter [[Hope|PERSON]] is [[fifteen|AGE]], she's at [[Wesley Girls' High School|SCHOOL]] in [[Cape Coast|CITY]], boarding, and they don't allow phones, so she only uses it during holidays. I hope she will use it well. Like [[Kofi Annan|PUBLIC_FIGURE]] used to say, knowledge is power, so [[Africa|CONTINENT]] must not be left behind

AI: That's a great point. How could we reach you for a follow-up?

User: Call me on [[zero two four, four, five eight, one, nine three, seven|OBF_PHONE|irregular_grouping_words]] or email [[abena . mensah @ gmail . com|OBF_EMAIL|spaced_punctuation]]. I'm on [[LinkedIn|SOFTWARE]] as [[Abena S. Mensah|PERSON]]. Please not around [[Christmas|GENERIC_TIME]], we travel to the village in the Eastern Region

AI: Thank you, [[Abena|PERSON]]. We really appreciate your time.""")

T.append("""AI: Hola, and thank you for joining. Could you tell me a bit about your work?

User: Hola! Soy [[Florencia Giménez|PERSON]], [[Flor|PERSON]] para todos. Tengo [[38|AGE]], soy [[abogada laboralista|JOB_TITLE]], employment lawyer, partner at [[Estudio Giménez & Paz|ORGANIZATION]] in [[Buenos Aires|CITY]]. Small firm, 6 lawyers. My partner is [[Paz Echeverría|PERSON]], we studied together at [[UBA|SCHOOL]], facultad de derecho, graduated in [[2010|DATE]]. Before opening the firm I worked at [[Marval O'Farrell Mairal|ORGANIZATION]], the big one

AI: Thanks, [[Flor|PERSON]]. How do you use AI in your legal work?

User: A lot more than I admit to judges jaja. I use [[Claude|AI_PRODUCT]] for reading long expedientes and making timelines, and [[ChatGPT|AI_PRODUCT]] for first drafts of cartas documento. We use [[Lex Doctor|SOFTWARE]] for case management, old but works. [[Paz|PERSON]] is more skeptical, she reads everything twice. Honestly in this profession there is no paz, everything is urgent

AI: Could you tell me about a specific case where AI mattered?

User: Sí. A worker from a logistics company, [[Ramón Benítez|PERSON]], [[fifty-four|AGE]] years, fired after 22 years with no indemnización. He brought me a bag of papers, recibos de sueldo, [[WhatsApp|SOFTWARE]] screenshots. I scanned all and asked [[Claude|AI_PRODUCT]] to build a timeline. It found two payslips where the company changed his category to pay less, which was key. We won in [[marzo de 2024|DATE]]. Don [[Ramón|PERSON]] cried and brought us an asado. But I also caught [[ChatGPT|AI_PRODUCT]] inventing a fallo of the [[Corte Suprema|ORGANIZATION]] that doesn't exist! Imagine if I cited that, I'd lose my matrícula. About data: client data I anonymize, I replace names with "trabajador A" etc. Mostly. My own, less careful. I asked it to help me with [[AFIP|ORGANIZATION]] and I gave my CUIT [[27-32457901-5|NATIONAL_ID]], and DNI [[32.457.901|NATIONAL_ID]]. In [[Argentina|COUNTRY]] your CUIT is basically public anyway jaja. My husband [[Nico|PERSON]] says I'm going to end up in a data leak. He works in fintech at [[Mercado Libre|ORGANIZATION]], so he's paranoid

AI: You mentioned [[Nico|PERSON]]'s concerns. How do you see the future of legal work with AI?

User: Junior lawyers will suffer first, the ones who do the drafting. Judges here are starting to use AI too, the justice in [[South America|CONTINENT]] is slow and overloaded, so maybe it helps. [[Lionel Messi|PUBLIC_FIGURE]] is the only thing that is fast in [[Argentina|COUNTRY]] jaja. [[El juez|GENERIC_ROLE]] of my last case said in a hearing that he uses AI for summaries, which shocked me

AI: Thank you, [[Flor|PERSON]]. How could we reach you for follow-up?

User: mail: [[flor.gimenez arroba estudiogp punto com punto ar|OBF_EMAIL|spanish_words]]. cel: [[once quince cuarenta y ocho veintitrés setenta y siete diecinueve|OBF_PHONE|spanish_number_pairs]]. the estudio is at [[Av. Corrientes 3456, piso 4 depto B|ADDRESS]], [[Almagro|CITY]]. In [[enero|GENERIC_TIME]] the courts close so I'm in the coast, better after that

AI: ¡Muchas gracias, [[Flor|PERSON]]! Really appreciated.""")

T.append("""AI: Hello, and thanks for joining. Could you tell me about yourself and your work?

User: hello. i am [[Dmytro Bondarenko|PERSON]], [[29|AGE]], from [[Zaporizhzhia|CITY]] in [[Ukraine|COUNTRY]] but since [[spring 2022|DATE]] i live in [[Wrocław|CITY]], [[Poland|COUNTRY]]. i work as [[logistics coordinator|JOB_TITLE]] at [[DHL Supply Chain|ORGANIZATION]] warehouse near the airport. before war i was engineer at [[Zaporizhstal|ORGANIZATION]], steel plant, completely different life. my english and polish both not perfect, sorry, i mix sometimes

AI: No problem at all, [[Dmytro|PERSON]]. How do you use AI tools at work?

User: first for language. [[DeepL|AI_PRODUCT]] every day for polish emails, because in warehouse everything is in polish and my polish was zero. now is better. also [[ChatGPT|AI_PRODUCT]] for [[excel|SOFTWARE]] formulas and for understanding [[SAP EWM|SOFTWARE]] errors. my brygadzista, [[grzesiek|PERSON]], he is good guy, he laugh at me "[[dima|PERSON]], you talk more with robot than with people" haha. is true

AI: Could you tell me about a specific situation where AI helped or didn't?

User: yes. in [[lipiec 2023|DATE]] we had big problem, one truck to [[Germany|COUNTRY]] with wrong pallets, and customer very angry. i used [[ChatGPT|AI_PRODUCT]] to analyze the scanner logs, i exported to csv, and it found that one scanner was sending wrong location code. the IT guy [[Paweł Nowak|PERSON]] did not believe me first, then he checked and he said "kurczę, you are right". after this [[Grzegorz|PERSON]] gave me more responsibility. but also once [[DeepL|AI_PRODUCT]] translated polish word "kierownik" like "driver" and i send email to wrong person haha. about privacy, for us refugees is complicated, we have many documents. i used [[ChatGPT|AI_PRODUCT]] to understand polish forms, and i put my PESEL [[95022317366|NATIONAL_ID]] and address [[ul. Legnicka 58/23, 54-204|ADDRESS]] [[Wrocław|CITY]], because i did not understand what field is what. maybe not smart. my girlfriend [[Olena|PERSON]] says i trust machines too much. in [[Europe|CONTINENT]] is GDPR and i hope it protects, but who knows. my mother still in [[Zaporizhzhia|CITY]], she is [[fifty-six|AGE]], she uses only [[Viber|SOFTWARE]]

AI: You mentioned [[Olena|PERSON]] and your mother. How do they feel about AI?

User: [[Olena|PERSON]] is nurse, she also use translation AI with polish patients. she is more careful than me. my mother thinks AI is same like [[Elon Musk|PUBLIC_FIGURE]], dangerous and strange haha. for future i want to go back to engineering, maybe study at [[Politechnika Wrocławska|SCHOOL]] part-time, and AI can help me with polish technical language

AI: That's a great plan. How could we contact you for a follow-up?

User: [[telegram|SOFTWARE]] is best, [[@dima_bnd|SOCIAL_HANDLE]]. email [[d_bondarenko(at)i.ua|OBF_EMAIL|parenthesized_at]]. phone [[+48 7 3 2 1 8 4 5 0 9|OBF_PHONE|spaced_digits]]. not at [[Easter|GENERIC_TIME]], i try to visit home if possible

AI: Thank you, [[Dmytro|PERSON]]. We really appreciate your time and wish you all the best.""")

write_set(T, "set_d", id_prefix="setd")
