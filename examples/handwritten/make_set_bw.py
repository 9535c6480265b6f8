"""Blind evaluation set 'bw': 25 synthetic interview transcripts with public-sector and regulated-profession workers talking about AI at work. Every person, number, email, address and ID is invented. Build with: python3 make_set_bw.py"""
from markup import write_set

T = []

# 1. Brazil - social security benefits analyst (INSS), Recife - typed chat
T.append("""AI: Hi, thanks for joining this interview about AI at work. To start, could you tell me a little about your job and where you do it?

User: hi!! ok so im [[Luciana Ferraz|PERSON]], i work as [[analista do seguro social|JOB_TITLE|non_english]] in the [[INSS|ORGANIZATION|abbreviation]] agency in [[Boa Viagem|CITY|district]], [[Recife|CITY]], since [[2014|DATE]]. in english i think is like [[social security analyst|JOB_TITLE]]? i analyse requests for retirement, disability, death pension, maternity pay... sorry my english, is not my first language lol

AI: Your English is very clear, [[Luciana|PERSON]]. What does a normal day look like for you, and where does AI come in, if at all?

User: normal day i open the queue and get maybe 15 tasks. each one has the NB (benefit number) like [[194.332.871-6|NATIONAL_ID|id_like_phone]] and the cpf of the person. worst part is the medical papers, sometimes 40 pages scanned, doctor handwriting impossible. so i started using [[ChatGPT|AI_PRODUCT]] to summarise the laudos, but i take the name and cpf out first. mostly :/ officially we can only use [[Copilot|AI_PRODUCT]] inside [[Teams|SOFTWARE]] and the medical stuff stays in [[SABI|SOFTWARE]] which is older than me i swear

AI: You said "mostly". Can you tell me about a time that didn't go as planned?

User: yes ok. [[last march|GENERIC_TIME|lowercase]] a lady from [[Jaboatão|CITY]], dona [[Josefa Amaral|PERSON]], [[sixty three|AGE|number_words]] years, rural worker, asking the rural age retirement. she had a declaration from the rural workers union of [[Vitória de Santo Antão|CITY]] and like 20 photos of documents. i was tired and i pasted all the text including her cpf [[061.447.923-15|NATIONAL_ID]] and the address [[Rua do Sossego, 212|ADDRESS]]. after i saw it i deleted the conversation but i dont know if it is really deleted. nobody knows, only [[my colleague|GENERIC_ROLE]] [[Thiago|PERSON]] who sits next to me

AI: That sounds stressful. Did the AI summary actually help with Mrs [[Amaral|PERSON]]'s case?

User: honestly yes. it found a contradiction in the dates, the union says she worked in the sugar cane since [[1987|DATE]] but one paper said she lived in [[São Paulo|CITY]] in the 90s. so i called her daughter [[Rosângela|PERSON]] on [[WhatsApp|SOFTWARE]] at [[(81) 98834-2107|PHONE_NUMBER|local_format]] and she explained, the mother went to [[SP|CITY|abbreviation]] only 8 months to take care of a grandson. so i approved it. without the summary i would miss it or take 3 more days

AI: What worries you most about using these tools in your work?

User: the data obviously. and that management wants AI to decide alone. there was news that [[INSS|ORGANIZATION|abbreviation]] used a robot to deny benefits automatically and many people got denied wrong, even [[Lula|PUBLIC_FIGURE]] talked about the queue on tv. my sister [[Bia|PERSON|nickname]] is [[public defender|JOB_TITLE]] at the [[DPU|ORGANIZATION|abbreviation]] and she gets these cases all the time, people denied by the system and no human saw the process. in [[Brazil|COUNTRY]] the poor person cannot pay a lawyer so they just give up

AI: Is there anything you'd want the people who design these tools to know?

User: that we are not lazy lol. we have 2000 processes in the agency and 9 analysts. and that [[the citizen|GENERIC_ROLE]] is not a number. if you want to talk more my work email is [[luciana.ferraz@inss.gov.br|EMAIL_ADDRESS]] but better personal, [[lu_ferraz81 arroba hotmail|OBF_EMAIL|non_english_at]], or insta [[@lu.ferraz.rec|SOCIAL_HANDLE]]. obrigada!!""")

# 2. Nigeria - paralegal at a law firm, Lagos - speech-to-text
T.append("""AI: Thank you for joining. Could you start by telling me about your work and what a typical week looks like?

User: Okay, um, thank you. My name is [[Oluwaseun Adebayo-Cole|PERSON]], people call me [[Seun|PERSON|nickname]]. I'm a [[paralegal|JOB_TITLE]] at, um, [[Adeyemi, Okafor and Partners|ORGANIZATION|org_like_person]], it's a law firm in [[Ikoyi|CITY|district]], [[Lagos|CITY]]. I've been there since, uh, [[twenty nineteen|DATE|date_words]]. So a typical week, um, I do a lot of land matters, searches at the land registry in [[Alausa|CITY|district]], preparing deeds of assignment, and then litigation support, filing at the [[Lagos State High Court|ORGANIZATION]], that kind of thing.

AI: Thanks, [[Seun|PERSON]]. Where does AI fit into that work?

User: So, uh, we use [[Chat GPT|AI_PRODUCT|misheard_product]], the paid one, the firm paid for it [[last year|GENERIC_TIME]]. My principal, Barrister [[Okafor|PERSON|person_like_org]], that's [[Chinedu Okafor|PERSON]], he's the [[head of chambers|JOB_TITLE]], he uses it for drafting letters to, um, to [[the clients|GENERIC_ROLE]]. I use it for summaries. For case law we still use [[LawPavilion|SOFTWARE]], and sometimes, um, [[Gemini|AI_PRODUCT]] on my phone because it's free.

AI: Can you give me an example of a task where it made a real difference?

User: Yes, um, there was this land matter, a family dispute in [[Epe|CITY]]. The client is Missus [[Folasade Ogundimu|PERSON]], she's like [[seventy-two|AGE|number_words]], a retired teacher, she retired in, um, [[two thousand and ten|DATE|date_words]]. The suit number is, um, [[LD/3307/2022|NATIONAL_ID|case_number]]. I had to summarise like two hundred pages of witness statements and the AI did it in, like, ten minutes. But it, uh, it mixed up the two brothers, [[Kunle|PERSON]] and [[Kola|PERSON]]. It said [[Kola|PERSON]] sold the land, but it was [[Kunle|PERSON]]. I only caught it because I know the family, I've met them. [[Kunle|PERSON]] is the one that calls me at night, his number is, um, [[zero eight zero three, four four one, two nine nine zero|OBF_PHONE|spoken_digits]], he calls me like every two days. So I read the statements again myself. By the grace of God I caught it before Barrister [[Okafor|PERSON]] signed the written address. If that thing had gone to court, ah, it would have been a disaster.

AI: What concerns, if any, do you have about putting client documents into these tools?

User: Um, honestly, the data protection. The [[NDPC|ORGANIZATION|abbreviation]], the commission, they are becoming strict now. In the files we have the NIN of [[the clients|GENERIC_ROLE]] for the KYC, like Missus [[Ogundimu|PERSON]]'s NIN is [[70123456789|NATIONAL_ID|id_like_phone]], and it looks just like a phone number, so sometimes you don't even notice it's inside the document you are pasting. Our [[head of admin|JOB_TITLE]], [[Grace Eze|PERSON]], she has been saying we need a policy. [[Grace|PERSON|name_is_word]] is very strict, she will kill me if she hears this. (laughs)

AI: Do you think AI will change what paralegals do in [[Nigeria|COUNTRY]] over the next few years?

User: Yes, definitely. In [[Nigeria|COUNTRY]] the courts are still very paper, you know, but the firms in [[Victoria Island|CITY|district]] are already using these tools. Even the big people, like when [[Femi Falana|PUBLIC_FIGURE]] was talking about AI in law at the bar conference. I think the paralegals who know how to use it will survive, the ones who don't, um, it will be hard for them.

AI: Is there anything else you'd like to add before we finish?

User: Um, just that, if you need me for the second part of the study, my email is [[seun dot adebayo at adeyemiokafor dot com dot ng|OBF_EMAIL|spelled_at_dot]]. Or [[WhatsApp|SOFTWARE]], same number as, no, sorry, my own number, [[0812 660 4391|PHONE_NUMBER|local_format]]. Thank you.""")

# 3. India - chartered accountant, Pune - typed chat
T.append("""AI: Hello, and thanks for taking the time. Could you tell me about your role and the kind of work you do?

User: Hi. I'm [[Aditi Kulkarni|PERSON]], [[31|AGE]], [[Chartered Accountant|JOB_TITLE]], working at [[Kulkarni Joshi & Associates|ORGANIZATION|org_like_person]] in [[Pune|CITY]]. its my father's firm actually, he started it in [[1994|DATE]] with his friend [[Joshi|PERSON]] uncle. I did my B.Com from [[BMCC|SCHOOL|abbreviation]] and cleared CA final in [[Nov 2017|DATE]]. [[ICAI|ORGANIZATION|abbreviation]] membership no [[147823|NATIONAL_ID|professional_registration]]. we do audit, GST returns, income tax for small businesses, some NRI clients also

AI: Thanks, [[Aditi|PERSON]]. How does AI show up in your day-to-day work?

User: quite a lot now tbh. i use [[ChatGPT|AI_PRODUCT]] for drafting replies to notices, and [[Claude|AI_PRODUCT|product_like_person]] for reading long agreements (it takes bigger files). accounting is in [[Tally|SOFTWARE]] and [[Zoho Books|SOFTWARE]], reconciliations in [[Excel|SOFTWARE]]. [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] is ok-ish, it makes formulas but sometimes wrong ranges lol

AI: Could you walk me through a recent example where AI helped, or got in the way?

User: ok so in [[july|GENERIC_TIME|lowercase]] we got a GST notice for one client, [[Deshpande Sweets|ORGANIZATION|org_like_person]], its a sweet shop in [[Sadashiv Peth|CITY|district]]. owner is [[Prakash Deshpande|PERSON]], very old client, [[68|AGE]] years, doesnt use email at all, his son [[Ninad|PERSON]] handles everything on [[whatsapp|SOFTWARE|lowercase]]. the notice said mismatch between GSTR-1 and GSTR-3B for 2 quarters. i uploaded the notice pdf and our working to [[chatgpt|AI_PRODUCT|lowercase]] and asked it to draft reply. draft was good but it copied the GSTIN wrong, [[27AAKPD4419M1Z2|NATIONAL_ID|tax_registration]], it changed two characters. if i didnt check it would have gone like that to the department. and yes the notice has everything inside, GSTIN, PAN [[AAKPD4419M|NATIONAL_ID|tax_registration]], address [[1184 Sadashiv Peth|ADDRESS]]. i know its not ideal. now i have a rule, first replace with XXXX. but honestly when there are 40 notices in [[march|GENERIC_TIME|lowercase]] nobody is doing that. my articleship trainee [[Sneha|PERSON]] definitely does not lol, i told her 10 times

AI: How do your clients feel about AI being used on their files, if they know?

User: most dont know or dont care. the younger ones ask "why not just use AI and reduce the fees" haha. one NRI client in [[Dubai|CITY]], [[Farida Contractor|PERSON|name_is_word]], she said ok but only if nothing goes to "chinese AI" lol. she is very particular, she calls from [[+971 50 318 2264|PHONE_NUMBER]] at 11 pm our time to ask about capital gains on her flat in [[Kothrud|CITY|district]]

AI: What concerns do you have about AI in accounting more broadly?

User: two things. one, clients and the department will expect us to be faster but fees will go down. two, responsibility. if AI makes a mistake its my UDIN on the report, not the AI's. every certificate has UDIN like [[24147823BKCDFQ7721|NATIONAL_ID|document_number]] and that is linked to me only. even [[Nirmala Sitharaman|PUBLIC_FIGURE]] is talking about AI in the budget speech but nobody is talking about who is liable. in [[India|COUNTRY]] the professional is always liable

AI: Is there anything else you'd like to share before we wrap up?

User: only that my husband [[Rohan|PERSON]] works in IT at [[Infosys|ORGANIZATION]] in [[Hinjewadi|CITY|district]] and he keeps telling me AI will replace CAs in 5 years lol. i told him first let AI handle [[Prakash|PERSON]] kaka's voice notes then we will see. if you want to contact, my mail is [[aditi.k@kjassociates.in|EMAIL_ADDRESS]]""")

# 4. Philippines - social welfare officer (DSWD), Quezon City - speech-to-text
T.append("""AI: Hi, thank you for being here. Can you tell me a little about your job?

User: Yes, hello po. Um, I'm [[Maricel Dizon|PERSON]], but everybody calls me [[Cel|PERSON|nickname]]. I'm a [[Social Welfare Officer Two|JOB_TITLE|number_words]] with the [[DSWD|ORGANIZATION|abbreviation]], uh, field office NCR, but I'm assigned in, um, [[Payatas|CITY|district]] in [[Quezon City|CITY]]. I handle, um, the Pantawid households, the four Ps, and also the, uh, crisis intervention cases. I'm [[thirty-four|AGE|number_words]], I've been doing this since I graduated from [[PUP|SCHOOL|abbreviation]] in, um, [[twenty twelve|DATE|date_words]].

AI: Thanks, [[Cel|PERSON]]. How do you use AI tools in that work, if at all?

User: Um, so, officially, not much po. But, uh, personally, I use [[Jemini|AI_PRODUCT|misheard_product]], the free one on my phone, to help me write the case summaries in English, because, uh, our reports must be in English but the interview with the families is in Tagalog. And then we have, um, [[Google Sheets|SOFTWARE]] for the monitoring, and [[Messenger|SOFTWARE]] for talking with the parent leaders, [[every Tuesday|GENERIC_TIME]] we have a session.

AI: Could you tell me about a specific case where that helped?

User: Yes, um, there's a nanay, Nanay [[Lorna|PERSON]], [[Lorna Bautista|PERSON]], from [[Block 12 Lot 7, Lupang Pangako|ADDRESS|local_format]], she has, um, five kids, the youngest is [[Jun-Jun|PERSON|nickname]], he's, uh, [[seven|AGE|number_words]] years old. The husband left and went to [[Dasmariñas|CITY]] with another woman. So I wrote her case summary with [[Jemini|AI_PRODUCT|misheard_product]], and it made it sound, um, very professional, but it also added things she did not say, like it said she was a victim of physical abuse, and she never said that. And, uh, I had put the household ID also, [[137404001-0023-4481|NATIONAL_ID|household_id]], because I just copied my notes.

AI: That's an important example. What did you do when you noticed?

User: I deleted that part, of course. And, um, I told [[my supervisor|GENERIC_ROLE]], Ma'am [[Teresita Ocampo|PERSON]], Ma'am [[Tess|PERSON|nickname]], she's our [[unit head|JOB_TITLE]], and she said just be careful and don't put the full name. But, uh, you know, we have like eighty households each, so, uh, bahala na. Ha ha. I mean, I'm careful now.

AI: What worries you most about AI in social work?

User: Um, that, uh, the families will become, like, just data. And the privacy, we have the Data Privacy Act and the [[NPC|ORGANIZATION|abbreviation]], the privacy commission, they are strict. Also, um, there's a plan for a system to check who is eligible, and, uh, if it makes mistakes the poorest families will be cut. Like Nanay [[Lorna|PERSON]], she does not have the PhilSys ID yet, she only has, um, a barangay certificate. In the [[Philippines|COUNTRY]] many people don't have complete papers, so an AI that checks papers, uh, will just say no.

AI: Thank you, [[Cel|PERSON]]. Is there anything else you'd like to add?

User: Um, just, uh, please tell the AI companies to make it understand Tagalog better, and Bisaya. The parent leaders also use it now, one of them, [[Precious|PERSON|name_is_word]], she's very active, she uses [[ChatGPT|AI_PRODUCT]] to make the attendance list, and she puts [[Manny Pacquiao|PUBLIC_FIGURE]] pictures in the group chat, ha ha. If you want to follow up, my number is, uh, [[oh nine one seven, five five five, oh one three two|OBF_PHONE|spoken_digits]], or email [[maricel dot dizon at dswd dot gov dot ph|OBF_EMAIL|spelled_at_dot]]. Thank you po.""")

# 5. Poland - court secretary, Wrocław - typed chat
T.append("""AI: Hello and thank you for joining. Could you tell me about your job?

User: hello. my name is [[Katarzyna Wójcik|PERSON]] ([[kasia|PERSON|lowercase_name]] for friends). i am [[sekretarz sądowy|JOB_TITLE|non_english]], so court secretary, in the [[Sąd Rejonowy dla Wrocławia-Fabrycznej|ORGANIZATION|non_english]], civil department. since [[2016|DATE]]. before that i studied law at [[Uniwersytet Wrocławski|SCHOOL|non_english]] but i didnt do the aplikacja, too expensive and too stressful :)

AI: Thanks, [[Katarzyna|PERSON]]. What does your work involve day to day, and where does AI come in?

User: i prepare protocols from hearings (we have them [[on tuesdays and thursdays|GENERIC_TIME|lowercase]]), send summons, manage the files. the hearings are recorded and there is automatic transcription but it is very bad with names. we use [[Currenda|SOFTWARE]] for the case management. AI officially - no. unofficially i use [[DeepL|AI_PRODUCT]] to translate documents from ukrainian and english when a party is foreigner, and [[ChatGPT|AI_PRODUCT]] to write nicer letters. my judge, sędzia [[Nowak|PERSON]], he doesnt know, or he pretends not to know hehe

AI: Could you describe a specific situation where one of these tools helped or caused a problem?

User: ok. there was a case about unpaid rent, sygnatura [[I C 1432/23|NATIONAL_ID|case_number]]. [[the defendant|GENERIC_ROLE]] was ukrainian woman, [[Olena Hrytsenko|PERSON]], she sent a letter in ukrainian, handwriting, scanned. i put it in [[DeepL|AI_PRODUCT]] and the translation said she "refuses" to pay, but actually she wrote she "cannot" pay because she lost her job at the [[Amazon|ORGANIZATION]] warehouse in [[Bielany Wrocławskie|CITY]]. my colleague [[Magda|PERSON]] speaks some ukrainian and she noticed. imagine if this went to [[the judge|GENERIC_ROLE]] like that

AI: That's a striking example. Were there personal details in what you pasted?

User: yes of course, it was the whole letter. her name, address [[ul. Legnicka 58/12|ADDRESS]], her PESEL [[89031507246|NATIONAL_ID|id_like_phone]]. PESEL is 11 digits so it looks almost like a phone number, people dont notice. we have rules from the [[Ministerstwo Sprawiedliwości|ORGANIZATION|non_english]] that nothing goes to external services. but they dont give us anything else. so.

AI: How do you feel about AI coming into courts more officially?

User: mixed. there is talk about AI for the transcription of e-protocol, that would be great. but AI deciding cases, no. i read that in [[Estonia|COUNTRY]] they have robot judge for small claims? not sure if true. in [[Poland|COUNTRY]] we are slow, and after the reforms of [[Ziobro|PUBLIC_FIGURE]] everything is chaos anyway

AI: Is there anything else you'd like to tell us?

User: maybe that court secretaries are paid very little. i am [[38|AGE]] and i earn less than my cousin [[Bartek|PERSON]] who is [[shift manager|JOB_TITLE]] at [[Biedronka|ORGANIZATION]] lol. if you need anything my number is [[601 448 273|PHONE_NUMBER|local_format]], better sms. or [[k.wojcik.wro(at)gmail.com|OBF_EMAIL|bracket_at]]. i also write a small blog about court life, [[kasiawsadzie.blogspot.com|URL]], anonymous but my friends know""")

# 6. Germany - job placement officer at a Jobcenter, Leipzig - speech-to-text
T.append("""AI: Good morning, and thank you for taking part. Could you start by describing your job?

User: Yes, good morning. So, um, my name is [[Sabine Krüger|PERSON]], I am, uh, [[Arbeitsvermittlerin|JOB_TITLE|non_english]], so a job placement officer, at the [[Jobcenter Leipzig|ORGANIZATION]], in the office in [[Grünau|CITY|district]]. I am doing this since, um, [[two thousand eleven|DATE|date_words]], before I was at the [[Arbeitsagentur|ORGANIZATION|non_english]] in [[Halle|CITY]]. I am [[fifty-two|AGE|number_words]], so, uh, not a digital native, ha.

AI: Thank you, [[Sabine|PERSON]]. What does a typical day involve?

User: Um, I have appointments with [[my customers|GENERIC_ROLE]], we say customers, they are people who get Bürgergeld. Around, uh, one hundred and ninety people in my portfolio. I do the integration agreement, I look for jobs, courses, and a lot of paperwork. Everything is in [[VerBIS|SOFTWARE]], and the money part is in [[ALLEGRO|SOFTWARE]], that is the colleagues from the benefits team. [[Every Monday|GENERIC_TIME]] we have the team meeting with our [[Teamleiterin|JOB_TITLE|non_english]], Frau [[Schröder|PERSON]].

AI: Where, if anywhere, does AI come into this?

User: So, officially, we are not allowed to put customer data in, uh, [[Chat GPT|AI_PRODUCT|misheard_product]] or such things. The [[BA|ORGANIZATION|abbreviation]] has now an internal, um, an internal assistant for texts, I use it for letters, it is okay. But at home I tried [[DeepL|AI_PRODUCT]] for Arabic, because many customers came from [[Syria|COUNTRY]] in the refugee years, and [[the interpreter|GENERIC_ROLE]] has a waiting time of six weeks.

AI: Could you tell me about a specific case?

User: Yes, um, there is one customer, Herr [[Alka Teeb|PERSON|misheard_name]], sorry, the transcription will write it wrong, [[Al-Khatib|PERSON]], [[Mahmoud Al-Khatib|PERSON]], he is from [[Aleppo|CITY]], he was an electrical engineer there. His certificates were in Arabic and the recognition office needed a summary. So I, um, I took photos with my private phone and used [[DeepL|AI_PRODUCT]] at home. I know, I know. His customer number is on every page, [[742D118845|NATIONAL_ID|customer_number]], and the BG number, [[74301BG0048823|NATIONAL_ID|benefit_number]]. But the result was good, my colleague [[Rami|PERSON]] from the [[Caritas|ORGANIZATION]] migration counselling checked it, he speaks Arabic. And now Herr [[Al-Khatib|PERSON]] has a job at the [[Stadtwerke Leipzig|ORGANIZATION]] as [[Elektroniker|JOB_TITLE|non_english]]. He sent me a card to say thank you, with his new address, [[Stuttgarter Allee 14|ADDRESS]].

AI: What concerns do you have about AI in the [[Jobcenter|ORGANIZATION|short_form]]?

User: Um, that the, uh, the algorithm will decide who is "close to the labour market" and who is not. In [[Austria|COUNTRY]] they had such an algorithm for unemployed people, it was a scandal. And data protection, of course. Our [[data protection officer|JOB_TITLE]], Herr [[Lindemann|PERSON]], he would have a heart attack if he knew about the photos. And the politicians, [[Hubertus Heil|PUBLIC_FIGURE]] and now the new ones, they always talk about digitalisation, but in [[Germany|COUNTRY]] we still have the fax machine in the office. Really.

AI: Is there anything else you'd like to add?

User: Um, maybe that, uh, I would like training. My daughter [[Lena|PERSON]], she studies in [[Dresden|CITY]] at the [[TU Dresden|SCHOOL|abbreviation]], she showed me more in one evening than the [[BA|ORGANIZATION|abbreviation]] in two years. If you want to contact me, my email is [[sabine dot krueger at jobcenter-ge dot de|OBF_EMAIL|spelled_at_dot]], or the office, [[null drei vier eins, neun eins drei, zwo sieben, vier fünf|OBF_PHONE|other_language]]. Sorry, German numbers, ha.""")

# 7. Kenya - investigative reporter, Nairobi - typed chat
T.append("""AI: Hi, thanks for joining. Could you tell me a bit about what you do?

User: hey, sure. im [[Wanjiru Mwangi|PERSON]] but everyone calls me [[shiru|PERSON|lowercase_name]]. [[investigative reporter|JOB_TITLE]] at [[The Standard|ORGANIZATION|org_like_phrase]] in [[Nairobi|CITY]], mostly land and county corruption stories. been there since [[2019|DATE]], before that i was intern at [[Citizen TV|ORGANIZATION]]. studied journalism at [[Daystar|SCHOOL]]. im [[29|AGE]] if that matters lol

AI: Thanks, [[Wanjiru|PERSON]]. How does AI fit into your reporting?

User: a lot of the boring parts. i record interviews and transcribe with [[Otter|AI_PRODUCT|product_is_word]], it struggles with sheng and kikuyu names tho. [[ChatGPT|AI_PRODUCT]] to summarise budget documents, county budgets are like 600 pages. [[Perplexity|AI_PRODUCT]] for background. with sources i only use [[Signal|SOFTWARE|product_is_word]]. my editor [[Will Ochieng|PERSON]] is a bit old school, he thinks AI = fake news haha

AI: Can you describe a story where AI played a role?

User: ok so [[last june|GENERIC_TIME|lowercase]] i was working on a story about public land in [[Ruiru|CITY]] allocated to a private developer. i had like 300 scanned pages from the lands registry, leaked. i used [[chatgpt|AI_PRODUCT|lowercase]] to extract all the names and parcel numbers into a table, saved me maybe a week. but then i realised the documents had ID numbers and KRA PINs of ordinary people, like a widow, Mama [[Njeri|PERSON]], her ID [[28776541|NATIONAL_ID]] and pin [[A009874412K|NATIONAL_ID|tax_registration]], her husband died in [[2008|DATE]], she had nothing to do with the scheme, her plot was just next door. and i had uploaded it all to an american company server. that kept me awake

AI: What did you do after realising that?

User: i told [[Will|PERSON|name_is_word]]. he was not amused lol. now we have a rule to redact before upload, and we got some training from a group in [[Johannesburg|CITY]], they do data journalism across [[Africa|CONTINENT]]. but honestly the bigger risk is my sources. the clerk who gave me the files works at the [[Nairobi City County|ORGANIZATION]] lands office, i would never put his details anywhere. only my colleague [[Achieng|PERSON]] knows who he is, she introduced us at her cousins wedding in [[Kisumu|CITY]]

AI: How do you think about AI and trust in journalism in [[Kenya|COUNTRY]]?

User: its complicated. during the protests there was so much AI generated stuff, fake videos of [[Ruto|PUBLIC_FIGURE]] saying things, fake statements from the police. our job became verification verification. in [[Kenya|COUNTRY]] people trust [[whatsapp|SOFTWARE|lowercase]] more than newspapers. so if we use AI and make one mistake its over for us. [[the editors|GENERIC_ROLE]] are scared of that, and they are right

AI: Is there anything else you'd like to share?

User: just that freelancers have it worse, no legal team. my friend [[Kip|PERSON|nickname]] freelances for [[BBC Africa|ORGANIZATION]] and he uses free tools for everything, even for source docs. if you want to reach me, [[twitter|SOFTWARE|lowercase]] [[@shiru_mwangi|SOCIAL_HANDLE]] or [[o7two2 318 9o7|OBF_PHONE|mixed_chars]] on [[signal|SOFTWARE|lowercase]]""")

# 8. Mexico - bank account executive, Zapopan - speech-to-text
T.append("""AI: Hello, and thanks for joining us today. Could you start by telling me about your work?

User: Yes, hello, um, good afternoon. My name is [[José Luis Navarro|PERSON]], but, uh, everybody calls me [[Pepe|PERSON|nickname]]. I am, um, [[ejecutivo de cuenta|JOB_TITLE|non_english]], like, uh, a personal banking account executive, at [[BBVA|ORGANIZATION]], in a branch in [[Zapopan|CITY]], that is, um, next to [[Guadalajara|CITY]]. I have [[forty-one|AGE|number_words]] years, and I am in the bank since, uh, [[two thousand nine|DATE|date_words]], when I finished at the [[UdeG|SCHOOL|abbreviation]].

AI: Thanks, [[Pepe|PERSON]]. What does your typical day look like?

User: Um, so, I open accounts, credit cards, I sell, uh, insurance, investment, and a lot of, um, a lot of problems, people come because they have a charge they don't recognise, or they were victim of fraud. We use [[Salesforce|SOFTWARE]] for [[my clients|GENERIC_ROLE]], and for internal questions we have an assistant with AI, and, uh, [[the clients|GENERIC_ROLE]] also have [[Blue|AI_PRODUCT|product_is_word]] in the app, that's the bank's chatbot. [[On Fridays|GENERIC_TIME]] it is crazy because it's, um, payday, quincena, and [[in December|GENERIC_TIME]] with the aguinaldo, forget it.

AI: Can you give me an example of how AI helps you, or doesn't?

User: Yes, okay. One client, a lady, doña [[Guadalupe Navarrete|PERSON|person_like_city]], no family of me, ha, similar name. She is, um, [[sixty-seven|AGE|number_words]], she came crying because somebody call her by, uh, [[WhatsApp|SOFTWARE]] saying they are from the bank, and she transfer all her savings, like eighty thousand pesos, to a CLABE, uh, [[012320015587412269|NATIONAL_ID|bank_account]]. And the internal AI, um, it helped me to write the fraud report very fast, it asks the right questions. But it also wanted her CURP, [[NAVG580312MJCVRD04|NATIONAL_ID|curp]], and her address in [[Tonalá|CITY]], [[Calle Hidalgo 118|ADDRESS]], and her phone, everything. And I thought, okay, everything she has is now in three systems.

AI: What happened with Mrs [[Navarrete|PERSON]]'s money?

User: Uh, we recovered, um, part. The account was from a, a mule, in [[Tlaquepaque|CITY]]. Her daughter, [[Lupita|PERSON|nickname]], she works as [[nurse|JOB_TITLE]] at the [[IMSS|ORGANIZATION|abbreviation]], she called me every day, to my, uh, my cell, [[treinta y tres, uno cuatro cinco dos, ocho ocho siete uno|OBF_PHONE|other_language]]. I gave her my cell, I know, I shouldn't.

AI: What concerns do you have about AI in banking?

User: Um, the fraud is now with AI too. They clone the voices. A client in [[Monterrey|CITY]] got a call with the voice of his son, asking money, it was fake. And the bank, um, they measure us, how many products we sell, and now the AI suggests the products and [[the branch manager|GENERIC_ROLE]] says "why you didn't sell what the AI said?" Like, the AI doesn't know doña [[Guadalupe|PERSON]] needs, uh, a hug, not a credit card. Ha. My son uses [[ChatGPT|AI_PRODUCT]] for his homework and I say, okay, but think also with your head.

AI: Is there anything else you'd like to share?

User: Um, just that, uh, in [[Mexico|COUNTRY]] a lot of old people don't trust apps, and they are right, ha. Many have family in [[the United States|COUNTRY]] and they receive remittances and the scammers know that. And the president, [[Claudia Sheinbaum|PUBLIC_FIGURE]], she talks about digital government, okay, but people still bring everything in paper to the branch. If you need, my email is [[jose luis punto navarro arroba bbva punto com|OBF_EMAIL|other_language]]. Thank you.""")

# 9. Indonesia - university librarian, Yogyakarta - typed chat
T.append("""AI: Hello! Thank you for joining. Could you tell me about your job?

User: halo, thank you for invite me. my name [[Rini Susanti|PERSON]], i am [[librarian|JOB_TITLE]] at [[UGM|SCHOOL|abbreviation]] central library in [[Jogja|CITY|nickname]]. my official position is [[Pustakawan Ahli Muda|JOB_TITLE|non_english]], it is civil servant rank. i work here since [[2010|DATE]], my NIP also show it haha [[198703142010122003|NATIONAL_ID|civil_servant_number]]. sorry my english not so good

AI: Your English is fine, [[Rini|PERSON]]. What do you do in a typical week?

User: reference service for [[the students|GENERIC_ROLE]] and [[the lecturers|GENERIC_ROLE]], teaching information literacy class, and managing the repository of thesis. catalog is in [[SLiMS|SOFTWARE]]. plagiarism check with [[Turnitin|SOFTWARE]] also we do, [[every semester|GENERIC_TIME]] before graduation it is very busy, hundreds of thesis

AI: Where does AI come into that work?

User: now everywhere haha. the student use [[ChatGPT|AI_PRODUCT]] for thesis, and then they come to me with references that not exist. fake references! i teach them to use [[Consensus|AI_PRODUCT|product_is_word]] or [[Elicit|AI_PRODUCT]] which find real paper, and [[Mendeley|SOFTWARE]] for citation. me myself i use [[chatgpt|AI_PRODUCT|lowercase]] to make teaching slides and to translate abstract

AI: Can you tell me about a specific time when fake references caused a problem?

User: yes. one master student, [[Dimas Prasetyo|PERSON]], NIM [[21/478123/PA/20891|NATIONAL_ID|student_number]], he submit thesis with 12 references and 5 is fake. [[Turnitin|SOFTWARE]] does not catch it because it is not plagiarism, it is hallucination haha. [[his supervisor|GENERIC_ROLE]] Prof. [[Hartono|PERSON]] was very angry and ask the library to make workshop, so i make workshop for all faculty. [[Dimas|PERSON]] actually is good student, from [[Klaten|CITY]] same like me, he was just panic because of deadline

AI: How do you feel about AI changing the role of librarians?

User: hmm. i am [[37|AGE]], i think i still have 20 years working, so i must adapt. some senior staff, like bu [[Endang|PERSON]], she is [[head of reference section|JOB_TITLE]], she thinks AI is same like wikipedia, only for lazy people. but librarians are the ones who know which source is real. in [[Indonesia|COUNTRY]] many journals are predatory also, AI cannot see that. and privacy, the repository have student data, NIM, email, sometimes phone. [[during covid|GENERIC_TIME|lowercase]] we put everything online fast fast and there was a leak, not my fault lol. now the government want AI for everything since [[Jokowi|PUBLIC_FIGURE|nickname]] time, ok but who protects the data

AI: Thank you so much, [[Rini|PERSON]]. Anything else you'd like to add?

User: no, thank you. if you want follow up, [[whatsapp|SOFTWARE|lowercase]] me [[0812-2741-5583|PHONE_NUMBER|local_format]] or email [[rini.susanti@ugm.ac.id|EMAIL_ADDRESS]], my orcid is [[orcid.org/0000-0002-4471-8830|URL]]. my husband mas [[Agus|PERSON]] is also a [[librarian|JOB_TITLE]] at [[UIN Sunan Kalijaga|SCHOOL]] if you need more participant haha""")

# 10. Vietnam - health insurance claims assessor, Ho Chi Minh City - speech-to-text
T.append("""AI: Hello, thank you for joining the study. Could you begin by telling me about your job?

User: Yes, hello. Um, my name is [[Nguyen Thi Thu Ha|PERSON]], so, uh, [[Nguyen|PERSON]] is family name, you can call me [[Ha|PERSON|short_name]]. I work as a [[claims assessor|JOB_TITLE]] for health insurance at [[Bao Viet Insurance|ORGANIZATION]], in [[Ho Chi Minh City|CITY]], um, the office in [[District Seven|CITY|district]]. I am, uh, [[thirty|AGE|number_words]] years old, and I start there in, um, [[twenty seventeen|DATE|date_words]], after I graduate from [[UEH|SCHOOL|abbreviation]].

AI: Thank you, [[Ha|PERSON|short_name]]. What does a typical day look like?

User: Um, [[every morning|GENERIC_TIME]] I check the new claims in our system, and, um, [[the customers|GENERIC_ROLE]] send photos of invoices, hospital discharge papers, via the app or by [[Zalo|SOFTWARE]]. We check if the treatment is covered, if the invoice is real. Now we have OCR with AI, from [[FPT.AI|AI_PRODUCT]], it reads the invoice automatically. Before, we typed everything by hand, ha ha.

AI: Can you tell me about a case where the AI made a difference?

User: Yes. Um, [[last year|GENERIC_TIME]], a claim from a man, [[Tran Van Phuc|PERSON]], he is, um, [[fifty-eight|AGE|number_words]], he claimed for heart surgery at [[Cho Ray Hospital|ORGANIZATION]], the claim number is, uh, [[HC two zero two four zero eight eight one seven three four|NATIONAL_ID|spoken_id]]. The AI found that the stamp on the invoice was different from the real stamp of [[Cho Ray|ORGANIZATION|short_form]], so it flagged fraud. But actually, um, the surgery was real, the invoice was from the private service part of the hospital, it has a different stamp. So Mr [[Phuc|PERSON]] waited two months for nothing, and he called me, angry, every day. In the end I went to the hospital myself and met Doctor [[Le Minh Khoa|PERSON]], he is [[head of cardiology|JOB_TITLE]] there, he confirmed, so I approved. [[My team leader|GENERIC_ROLE]], anh [[Tuan|PERSON]], said I should trust the AI more, ha. I said no, the AI doesn't know [[Cho Ray|ORGANIZATION|short_form]].

AI: What worries you about AI in insurance?

User: Um, the health data. We have the CCCD number, that's the citizen ID, twelve digits, like Mr [[Phuc|PERSON]]'s is [[zero seven nine zero eight five zero zero four five one two|NATIONAL_ID|spoken_id]], and it all goes into the AI system, and the system is from a vendor. Also, um, the company wants AI to decide claims automatically, under ten million dong. For small claims okay, but if the AI says fraud, the person is treated like a criminal. Our regional office in [[Singapore|COUNTRY|city_state]] wants more automation, always more.

AI: Is there anything else you would like to share?

User: Um, just that, uh, in [[Vietnam|COUNTRY]] we are very fast with technology, in our office there is the picture of uncle [[Ho Chi Minh|PUBLIC_FIGURE|figure_like_city]] and next to it a poster about AI, ha ha. But the law about data is new, people don't understand it. Oh, and my mother in [[Can Tho|CITY]], she saw a deepfake video of a famous singer, [[Son Tung|PUBLIC_FIGURE]], selling medicine, and she almost bought it. If you want to talk more, my number is [[oh nine oh three, two two eight, four one six|OBF_PHONE|spoken_digits]]. Thank you.""")

# 11. Egypt - refugee protection caseworker at an NGO, Cairo - typed chat
T.append("""AI: Hello, thank you for joining. Could you tell me about your role?

User: hi, yes. I'm [[Mariam Abdelrahman|PERSON]], [[27|AGE]], I work as [[protection caseworker|JOB_TITLE]] at [[StARS|ORGANIZATION|abbreviation]] in [[Maadi|CITY|district]], [[Cairo|CITY]]. its an NGO, [[St. Andrew's Refugee Services|ORGANIZATION|org_like_person]], we are partner of [[UNHCR|ORGANIZATION|abbreviation]]. I joined in [[2021|DATE]] after my masters in migration studies at [[AUC|SCHOOL|abbreviation]]

AI: Thanks, [[Mariam|PERSON]]. What kind of cases do you handle?

User: mostly sudanese families since the war started, some eritreans, syrians. child protection, gbv, people who need urgent cash or medical referral. we do the intake interview, usually in arabic, sudanese dialect, then I write the case note in english for the system. we use [[Kobo|SOFTWARE]] for assessments and the referrals go to [[UNHCR|ORGANIZATION|abbreviation]] who has [[proGres|SOFTWARE]], we dont have access to that one

AI: How do you use AI in that work?

User: honestly mainly translation and writing. [[ChatGPT|AI_PRODUCT]] is much better than [[Google Translate|SOFTWARE]] with sudanese arabic. I dictate my notes in arabic and ask it to make an english case note. it saves me like 2 hours a day. [[my supervisor|GENERIC_ROLE]] said ok but no names, use initials. so I write like "A.M. female" instead

AI: Could you share an example where this worked well or badly?

User: there was a mother, [[Amira|PERSON]], I can say first name I think, from [[Khartoum|CITY]], she arrived in [[May 2023|DATE]] with her son [[Yousif|PERSON]] who is [[14|AGE]] and he stopped talking after they crossed at [[Wadi Halfa|CITY]]. the AI translated "he doesnt speak" as "he refuses to cooperate". in a case note that changes everything, it sounds like behaviour problem not trauma. I caught it because I know the dialect. also I had pasted her [[UNHCR|ORGANIZATION|abbreviation]] case number by mistake, [[555-23C04412|NATIONAL_ID|id_like_phone]], it looks like a phone number so my eye didnt see it. anyway I fixed the note and referred [[Yousif|PERSON]] to Dr [[Hany Girgis|PERSON]] at [[PSTIC|ORGANIZATION|abbreviation]]. he is better now, he goes to a community school in [[Ard El Lewa|CITY|district]] and he is obsessed with [[Mohamed Salah|PUBLIC_FIGURE]] lol. [[Amira|PERSON]] still messages me on my personal number, [[010 2283 4419|PHONE_NUMBER|local_format]], which we are not supposed to give but what can you do

AI: What concerns do you have about AI in humanitarian work?

User: many. the donors love AI, they want "AI for needs assessment" in every proposal. but refugee data is very sensitive, if it leaks to the wrong government people can be deported. in [[Egypt|COUNTRY]] the situation is not easy for refugees now, and people fleeing [[Sudan|COUNTRY]] have nothing left. also translation mistakes like with [[Yousif|PERSON]]. and [[the interpreters|GENERIC_ROLE]] will lose jobs, they are refugees themselves mostly, its their income. [[during Ramadan|GENERIC_TIME]] we have double cases and less staff so people will use AI even more, no time to check

AI: Anything else you'd like to add?

User: only that the tools should work with african and arabic dialects, not only MSA. if you want, I'm on [[linkedin|SOFTWARE|lowercase]]: [[linkedin.com/in/mariam-abdelrahman-cairo|URL]] or email [[m.abdelrahman[at]stars-egypt[dot]org|OBF_EMAIL|bracket_at]]""")

# 12. Turkey - cybercrime police deputy inspector, Izmir - speech-to-text
T.append("""AI: Hello, and thank you for taking part. Could you tell me about your job?

User: Yes, hello. Uh, my name is [[Emre Yildiz|PERSON]], I am, um, [[komiser yardımcısı|JOB_TITLE|non_english]], that is like, uh, [[deputy inspector|JOB_TITLE]], in the cybercrime branch of [[Izmir Police Department|ORGANIZATION]]. I am [[thirty-six|AGE|number_words]]. I finished the [[Police Academy|SCHOOL|school_like_title]] in [[Ankara|CITY]] and I am police since, um, [[twenty eleven|DATE|date_words]]. Cybercrime, uh, since five years.

AI: Thank you, [[Emre|PERSON]]. What kind of cases do you work on?

User: Um, mostly fraud. Phone fraud, fake shopping sites, crypto, and now very much the romance fraud. Also some, uh, child abuse material, that is the hardest. We work with [[the prosecutor|GENERIC_ROLE]], everything goes into [[UYAP|SOFTWARE]], the judicial system. [[On weekends|GENERIC_TIME]] we are on duty also, uh, one weekend in three.

AI: Where does AI come into your work?

User: So, uh, officially, we have some tools from the [[General Directorate|ORGANIZATION|short_form]] for analysis, I cannot say details. Unofficially, many colleagues use [[Chat GPT|AI_PRODUCT|misheard_product]] to write the reports, because police reports in Turkish have very formal language and young colleagues don't know it. I use it for, uh, analysing chat logs, like the [[WhatsApp|SOFTWARE]] export, thousands of messages. But only anonymised, I change the names.

AI: Can you describe a particular case where that mattered?

User: Yes, um, [[last winter|GENERIC_TIME]], an old lady from [[Karşıyaka|CITY|district]], she lives on [[Cemal Gürsel Caddesi 412|ADDRESS|address_contains_name]], [[Ayşe|PERSON]] teyze, teyze means auntie, ha, [[Ayşe Demirtaş|PERSON]], she is [[seventy-four|AGE|number_words]]. Someone called her, said "I am police, your bank account is used by terrorists, give us your gold for safekeeping". Classic. She gave two hundred thousand lira. The money went to an IBAN, [[TR33 0006 1005 1978 6457 8413 26|NATIONAL_ID|iban]], a student's account, rented, a mule. The AI helped me to connect forty [[Telegram|SOFTWARE]] chats of the gang, it found the same nickname, "[[Kaptan34|SOCIAL_HANDLE|handle_like_word]]", in all of them. That was the leader, in [[Istanbul|CITY]], we caught him. But, um, her statement, I wrote it with help of the public AI and I forgot once to remove her TC number, the identity number, [[one four two, three eight, eight one, seven six, zero two|NATIONAL_ID|spoken_id]]. My chief, Komiser [[Serkan Aydın|PERSON]], he said, uh, [[Emre|PERSON]], this is the last time. Ha.

AI: How do you see the future of AI in policing in [[Turkey|COUNTRY]]?

User: Um, it will come more, that is sure. In [[Europe|CONTINENT]] there are big discussions about face recognition, in [[Turkey|COUNTRY]] less discussion, ha. For cybercrime it's necessary, the criminals use AI, voice cloning, deepfake videos of celebrities, like [[Arda Güler|PUBLIC_FIGURE]] advertising a betting site. We cannot fight with paper. But for normal people's privacy, I am a bit worried also, honestly. My wife [[Zeynep|PERSON]] is a [[teacher|JOB_TITLE]] in [[Bornova|CITY|district]] and she says the same about the school cameras.

AI: Is there anything else you'd like to add?

User: Um, no, I think that's it. Only, if someone wants to contact me for the study, my email is [[emre yildiz eighty-eight at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Not my work email, ha, that one I cannot give. Thank you.""")

# 13. South Africa - candidate attorney, Durban - typed chat
T.append("""AI: Hi there, thanks for joining. Could you tell me about your work?

User: hi! im [[Thandeka Ngcobo|PERSON]], most people say [[Thandi|PERSON|nickname]]. im a [[candidate attorney|JOB_TITLE]] (articled clerk basically) at [[Naidoo & Mkhize Inc.|ORGANIZATION|org_like_person]] in [[Umhlanga|CITY|district]], [[Durban|CITY]]. started my articles in [[Feb 2023|DATE]] after my LLB at [[UKZN|SCHOOL|abbreviation]]. im [[26|AGE]], first lawyer in my family lol

AI: Congratulations, [[Thandi|PERSON|nickname]]. What kind of work do you do at the firm?

User: thank u! mostly personal injury, [[RAF|ORGANIZATION|abbreviation]] claims (Road Accident Fund), some labour matters at the [[CCMA|ORGANIZATION|abbreviation]], and a bit of conveyancing. lots of drafting, lots of running to the high court to file. practice management is [[Ghost Practice|SOFTWARE]], research on [[LexisNexis|SOFTWARE]]

AI: How does AI come into that?

User: so the firm got [[Lexis+ AI|AI_PRODUCT]] [[last year|GENERIC_TIME]], and i also use [[ChatGPT|AI_PRODUCT]] on my own for first drafts of letters of demand. my principal Mr [[Naidoo|PERSON|person_like_org]] is cool with it as long as i check everything. after that case in [[Pietermaritzburg|CITY]] where fake cases got quoted in court every firm in [[Durban|CITY]] is paranoid lol

AI: Can you walk me through a specific matter where AI was involved?

User: ya. [[RAF|ORGANIZATION|abbreviation]] claim for a client, [[Sipho Dlamini|PERSON]], taxi accident on the N3 near [[Pinetown|CITY]], he lost his job as [[forklift driver|JOB_TITLE]] at [[Toyota|ORGANIZATION]] in [[Prospecton|CITY|district]] because of his leg. i had to do the loss of earnings summary from like 15 payslips + medical reports. i put it all into [[chatgpt|AI_PRODUCT|lowercase]] to make a timeline. honestly amazing, 2 days work in 1 hour. BUT the payslips had his ID number [[7804125793086|NATIONAL_ID|id_like_phone]] (born [[12 April 1978|DATE]] lol the ID tells everything), his address [[14 Jacaranda Road|ADDRESS]], the lot. and the [[RAF|ORGANIZATION|abbreviation]] claim no [[RAF/560/2319874|NATIONAL_ID|claim_number]] also. eish. POPIA is no joke, our [[information officer|JOB_TITLE]] [[Lucky Mthembu|PERSON|name_is_word]] did a training [[last month|GENERIC_TIME]] and i sat there sweating, i havent told him. now i use the firm's [[Lexis+ AI|AI_PRODUCT]] for client stuff since its "secure" apparently. [[Sipho|PERSON]] doesnt know any of this, he just wants his money, he calls me every week from his wife's phone [[082 417 3390|PHONE_NUMBER|local_format]]

AI: What's your view on AI for the legal profession in [[South Africa|COUNTRY]] more generally?

User: i think it can help access to justice, in [[South Africa|COUNTRY]] most people cant afford a lawyer. even [[Ramaphosa|PUBLIC_FIGURE]] talks about the 4th industrial revolution every SONA haha. but the tools are trained on american law, they dont know our case law, and they dont know isiZulu. my gogo in [[Ulundi|CITY]] would never trust a chatbot lol

AI: Anything else before we wrap up?

User: nope, this was fun. if u need me: [[thandi.ngcobo@naidoomkhize.co.za|EMAIL_ADDRESS]] or insta [[@thandi_the_ca|SOCIAL_HANDLE]]. oh and please dont tell Mr [[Naidoo|PERSON|person_like_org]] lol""")

# 14. Japan - city hall subsection chief, Sendai - speech-to-text
T.append("""AI: Hello, thank you very much for joining. Could you tell me about your work?

User: Ah, yes, hello. Thank you. Um, my name is [[Kenji Sato|PERSON]], in [[Japan|COUNTRY]] we say family name first, so, uh, [[Sato Kenji|PERSON]]. I work in [[Sendai City Hall|ORGANIZATION]], in the, um, [[Izumi Ward|CITY|district]] office, citizen affairs section. My position is, uh, [[kakaricho|JOB_TITLE|non_english]], it means, um, [[subsection chief|JOB_TITLE]]. I am a local government officer since, uh, [[two thousand three|DATE|date_words]], after I graduated from [[Tohoku University|SCHOOL]]. I am [[forty-five|AGE|number_words]].

AI: Thank you, [[Sato|PERSON]]-san. What does your section do, and how is AI used in your office?

User: Um, we handle resident registration, the, uh, juminhyo, moving in and moving out, and the My Number card. [[Every April|GENERIC_TIME]] is very busy because many students and new workers move to [[Sendai|CITY]]. We also help elderly residents with the online procedures, which is difficult for them. About AI, the city started a trial of [[ChatGPT|AI_PRODUCT]] through a secure contract. We use it for drafting notices and explanation documents in easy Japanese, and also English, Vietnamese, Nepali for the foreign residents. But we cannot put personal information. For internal communication we use [[LINE WORKS|SOFTWARE|product_is_word]], and still a lot of [[Excel|SOFTWARE]], ha ha, and fax.

AI: Could you give me an example of a situation where AI helped or caused difficulty?

User: Yes. Um, there was an elderly man, [[Tanaka|PERSON]]-san, [[Tanaka Shigeru|PERSON]], [[eighty-three|AGE|number_words]] years old, he lives alone in [[Nanakita|CITY|district]]. He wanted to apply for the My Number card for his health insurance, but he could not understand the letter. So my young colleague, [[Aoi Mori|PERSON]], she used [[ChatGPT|AI_PRODUCT]] to make a very simple explanation with big letters, and he understood. That was good. But later I found that she had typed his My Number, [[4821 7730 5619|NATIONAL_ID|id_like_phone]], in the prompt, to make a "personal" letter. Ah. That is very serious in [[Japan|COUNTRY]], My Number is strictly protected. We reported to the [[information security officer|GENERIC_ROLE]], and the vendor confirmed the data is not used for training. [[Mori|PERSON]]-san was very sorry, she cried, it was her first year. Now we have a checklist. And [[Tanaka|PERSON]]-san, he calls our section every week now, he even gave me his home phone, [[zero two two, three seven two, five five eight one|OBF_PHONE|spoken_digits]], in case he "disappears". He is a good person, ha.

AI: What are your broader thoughts about AI in local government?

User: Um, in [[Japan|COUNTRY]] the population is getting old and there are not enough staff in city halls, so AI is necessary, I think. In [[Taiwan|COUNTRY]], [[Audrey Tang|PUBLIC_FIGURE]] did many interesting things with digital democracy. But in our city the systems are old and the rules are strict. I worry that elderly people like [[Tanaka|PERSON]]-san will be left behind. They need, uh, a human at the window.

AI: Thank you so much. Is there anything else you would like to say?

User: No, thank you. My son, he is, um, [[fourteen|AGE|number_words]], he uses AI for homework and he is a big fan of [[Ohtani|PUBLIC_FIGURE]], ha ha, he asked [[ChatGPT|AI_PRODUCT]] to write a fan letter. If you have more questions, my work email is, uh, [[k hyphen sato at city dot sendai dot jp|OBF_EMAIL|spelled_at_dot]]. Thank you very much.""")

# 15. South Korea - tax accountant with own office, Busan - typed chat
T.append("""AI: Hello, and thanks for joining. Could you tell me about your job?

User: hello~ im [[Park Ji-yeon|PERSON]]. i am [[tax accountant|JOB_TITLE]], in korean [[semusa|JOB_TITLE|non_english]]. i have small office [[Haeundae Tax Partners|ORGANIZATION|org_like_place]] in [[Busan|CITY]], [[Haeundae-ro 570|ADDRESS]] 3rd floor, with 3 staff. i opened it in [[2019|DATE]], before i worked at big firm in [[Seoul|CITY]] 3 years. graduated [[Pusan National University|SCHOOL]] business. im [[35|AGE]], korean age [[36|AGE]] lol

AI: Thanks, [[Ji-yeon|PERSON]]. Who are your clients, and what do you do for them?

User: mostly small business owners, restaurants, cafes, some youtubers now haha. bookkeeping, VAT filing, comprehensive income tax [[in may|GENERIC_TIME|lowercase]], sometimes tax audit response. everything goes through [[Hometax|SOFTWARE]] which is the [[NTS|ORGANIZATION|abbreviation]] system. bookkeeping in [[Wehago|SOFTWARE]]. clients send receipts by [[kakaotalk|SOFTWARE|lowercase]] photos, sometimes 200 photos at midnight

AI: Where does AI fit in?

User: for receipts the OCR is AI now, very good. i use [[ChatGPT|AI_PRODUCT]] to explain tax law changes for clients in simple words, and [[Clova Note|AI_PRODUCT]] to record meetings with clients and get summary. korean AI [[HyperCLOVA X|AI_PRODUCT]] also i tried, better for korean law terms i think

AI: Could you describe a specific situation where it helped or caused trouble?

User: yes there was one. client is a grandmother who runs fish restaurant near the market, [[Kim Mal-soon|PERSON]] halmeoni, [[72|AGE]] years. she got a notice from tax office about unreported card sales. i recorded the meeting with [[Clova Note|AI_PRODUCT]], she talks strong busan dialect and the summary was totally wrong haha, it said she "hid" sales but she said her son-in-law handled the card machine. and then i realised the recording and summary has her resident number [[530823-2384519|NATIONAL_ID|rrn]] because she read it out loud, and her business number [[617-81-44920|NATIONAL_ID|id_like_phone]]. i deleted the recording from the app and told my staff [[Minji|PERSON]] never record when client reads numbers. son-in-law [[Choi Dong-hyun|PERSON]] came to explain, he is [[taxi driver|JOB_TITLE]], he just forgot to give us the card statements. problem solved. but honestly i was scared, in [[Korea|COUNTRY]] after the big data leaks everyone is sensitive about resident numbers

AI: How do you see AI affecting your profession?

User: young tax accountants are worried. simple bookkeeping will be automatic soon, [[Hometax|SOFTWARE]] already does prefilled returns. but old clients like halmeoni need a person. and the liability, if AI gives wrong advice the client sues me not the AI. my husband [[Junho|PERSON]] says i worry too much, he is [[banker|JOB_TITLE]] at [[BNK Busan Bank|ORGANIZATION]] and they already use AI for loans

AI: Anything else you'd like to add?

User: no thats all! if you want follow-up, kakao id [[jiyeon_tax_bs|SOCIAL_HANDLE|messenger_id]] or call [[010-4471-2286|PHONE_NUMBER]]. and please tell [[Son Heung-min|PUBLIC_FIGURE]] to do AI ads not crypto ads lol""")

# 16. France - court clerk (greffière) in a juvenile court, Lyon - speech-to-text
T.append("""AI: Bonjour, and thank you for joining. Could you tell me about your work?

User: Yes, bonjour. So, um, I am [[Camille Rousseau|PERSON]], [[Rousseau|PERSON]] like [[Jean-Jacques|PUBLIC_FIGURE|figure_shares_name]], no relation, ha. I am [[greffière|JOB_TITLE|non_english]], so, uh, court clerk, at the [[tribunal judiciaire de Lyon|ORGANIZATION]], in the juvenile section, with the children's judges. I am there since, uh, [[twenty fifteen|DATE|date_words]], after the school for clerks, the [[ENG|SCHOOL|abbreviation]], in [[Dijon|CITY]].

AI: Thank you, [[Camille|PERSON]]. What does a clerk in the juvenile section do day to day?

User: Um, a lot. I prepare the hearings, I write the notes during the hearing, the judge dictates and I write, and then the judgments, the notifications to the families, to the [[ASE|ORGANIZATION|abbreviation]], the child welfare. [[The lawyers|GENERIC_ROLE]] call all day. The software is [[Cassiopée|SOFTWARE|name_is_word]] for the criminal part and another one, very old, for the protection files. Honestly, [[in August|GENERIC_TIME]] it's the only quiet time.

AI: Where does AI come into your work, if at all?

User: So, um, the ministry gives us now an assistant, it's called [[Albert|AI_PRODUCT|product_like_person]], it's the state AI. [[Albert|AI_PRODUCT|product_like_person]] is okay for reformulating, for letters. Some colleagues use [[Le Chat|AI_PRODUCT|product_is_word]], from [[Mistral|AI_PRODUCT]], because it's French, so they think it's safe, ha. And [[ChatGPT|AI_PRODUCT]] of course, on the phone.

AI: Can you describe a specific moment where AI helped or created a problem?

User: Yes, um, there was a hearing, a boy, [[Kylian|PERSON|name_like_public_figure]], uh, [[fifteen|AGE|number_words]] years, placed in a foster home in [[Villeurbanne|CITY]]. The educators' report was thirty pages and I had one evening to prepare the summary for the judge, Madame [[Lefèvre|PERSON]]. A colleague told me, just put it in [[Le Chat|AI_PRODUCT|product_is_word]]. So I did, with the RG number, [[23/04417|NATIONAL_ID|case_number]], and the names. The summary was good, very good even. But then I read it again and it said the mother was "incarcerated", and it was not true, it was the father. And the mother, Madame [[Benali|PERSON]], from [[48 rue Paul Bert|ADDRESS|address_contains_name]] in [[Lyon|CITY]], she was at the hearing, she would have been so hurt. I corrected it. But I thought, okay, now the names of a child in protection are on a server somewhere.

AI: What concerns you most about AI in the justice system?

User: Um, the children. These files are the most sensitive of everything. And in [[France|COUNTRY]] the justice is very poor, we have no staff, so AI will be used to replace people, not to help. The minister before, [[Dupond-Moretti|PUBLIC_FIGURE]], and the new ones, they promise digital everything, but the computers crash every day. Ha. My colleague [[Grégory|PERSON]], he is the [[directeur de greffe|JOB_TITLE|non_english]], he says AI will write the judgments in five years. I hope not.

AI: Is there anything you'd like to add?

User: Um, just that my son also is called [[Kylian|PERSON|name_like_public_figure]], ha, not after [[Kylian Mbappé|PUBLIC_FIGURE|figure_shares_name]], I just liked the name. He is [[twelve|AGE|number_words]]. Everybody thinks it's for [[Mbappé|PUBLIC_FIGURE]]. If you want to continue, my number is, um, [[zéro six, quarante-sept, douze, quatre-vingt-dix-huit, trente et un|OBF_PHONE|other_language]], or email [[camille point rousseau arobase gmail point com|OBF_EMAIL|other_language]].""")

# 17. Italy - notary clerk, Bologna - typed chat
T.append("""AI: Hello, thank you for taking part. Could you tell me about your job?

User: ciao! im [[Giulia Ferri|PERSON]], [[33|AGE]], from [[Bologna|CITY]]. i work in a notary office, [[Studio Notarile Bianchi Marchetti|ORGANIZATION|org_like_person]], as [[notary clerk|JOB_TITLE]], in italian [[impiegata di studio notarile|JOB_TITLE|non_english]]. since [[2018|DATE]], after law at [[Unibo|SCHOOL|abbreviation]]. i never did the notary exam, its crazy difficult, [[my boss|GENERIC_ROLE]] notaio [[Bianchi|PERSON|person_like_org]] did it 3 times lol

AI: Thanks, [[Giulia|PERSON]]. What does your work involve day to day?

User: mostly preparing deeds for property sales, mortgages, company stuff. i collect documents from [[the buyers|GENERIC_ROLE]] and sellers, check the cadastral data on [[Sister|SOFTWARE|product_is_word]] (yes the system of [[Agenzia delle Entrate|ORGANIZATION]] is called [[Sister|SOFTWARE|product_is_word]] lol), draft the deed, then after signing i send everything by [[Entratel|SOFTWARE]] for registration. lots of checking codice fiscale, names, dates. one letter wrong and the deed has a problem

AI: Where does AI come in?

User: i use [[ChatGPT|AI_PRODUCT]] for first drafts of letters to clients and to explain things in simple italian, because clients dont understand notary language. also english translation for foreign buyers. the notary doesnt use it, he is [[67|AGE]] and writes with fountain pen haha. my colleague [[Fede|PERSON|nickname]] uses [[Gemini|AI_PRODUCT]] because he has android

AI: Can you tell me about a time it helped or caused a problem?

User: yes, [[last spring|GENERIC_TIME]] a couple bought a flat in [[Via Saragozza 141|ADDRESS]], he is from [[Munich|CITY]], [[Klaus Weber|PERSON]], and his wife [[Benedetta|PERSON]] is italian from [[Rimini|CITY]]. i asked [[chatgpt|AI_PRODUCT|lowercase]] to translate the draft deed into english for him, we signed on [[14 maggio 2024|DATE|non_english]]. whole deed with his codice fiscale [[WBRKLS72E19Z112P|NATIONAL_ID|tax_code]], birth dates, everything. translation was ok but it translated "nuda proprietà" as "naked property" haha, he was very confused. [[Benedetta|PERSON]] explained him. but after i thought, the whole deed is in [[chatgpt|AI_PRODUCT|lowercase]] now... and the seller too, [[Marco Rossetti|PERSON]], his CF [[RSSMRC81T12A944K|NATIONAL_ID|tax_code]] was in there

AI: What are your main concerns about AI in your profession?

User: privacy of course, we have everything: codice fiscale, bank accounts, who inherits what, family fights. and for notaries the big fear is that AI and blockchain will replace us. in [[Italy|COUNTRY]] the notary is very protected but in [[the United States|COUNTRY]] they dont even have real notaries. i think we survive, there is always some old lady who wants to sign with a real person. also [[Meloni|PUBLIC_FIGURE]] government talks about digital identity, [[SPID|SOFTWARE]] etc but half my clients still cant use [[SPID|SOFTWARE]]

AI: Anything else you'd like to add?

User: no i think its all. if you need me, [[3 4 7 - 8 8 2 - 1 9 0 4|OBF_PHONE|odd_separators]] or [[giulia.ferri@studiobianchimarchetti.it|EMAIL_ADDRESS]]. [[in august|GENERIC_TIME|lowercase]] the office is closed so dont write then haha""")

# 18. Spain - municipal social worker, Seville - speech-to-text
T.append("""AI: Hello, and thank you for joining us. Could you start by telling me about your job?

User: Sí, hola. Okay, um, my name is [[Rocío Jiménez Ruiz|PERSON]], [[Rocío|PERSON]] like [[Rocío Jurado|PUBLIC_FIGURE|figure_shares_name]], the singer, my mother was a big fan, ha. I am [[trabajadora social|JOB_TITLE|non_english]], social worker, for the [[Ayuntamiento de Sevilla|ORGANIZATION]], the city council, in the community social services centre of, um, [[Polígono Sur|CITY|district]]. I am there since [[two thousand six|DATE|date_words]], so, eh, many years. I am [[forty-eight|AGE|number_words]].

AI: Thank you, [[Rocío|PERSON]]. What does your work involve?

User: Eh, everything, ha. Families with no income, elderly people alone, evictions, the minimum income, the dependency assessments. [[Polígono Sur|CITY|district]] is one of the poorest neighbourhoods in [[Spain|COUNTRY]], so the queue is always long. Everything goes in [[SIUSS|SOFTWARE]], it's the social services system, very old. [[My coordinator|GENERIC_ROLE]] says we spend more time with the computer than with [[the families|GENERIC_ROLE]], and it's true.

AI: How does AI come into that, if it does?

User: So, eh, the council gave us [[Copilot|AI_PRODUCT]] in [[Word|SOFTWARE|product_is_word]]. I use it to write the social reports, the informes sociales, they are long. And for the elderly people there is a pilot with [[Alexa|AI_PRODUCT|product_like_person]] devices in the homes, for the telecare, to remind the pills and to call if something happens.

AI: Could you tell me about a specific case where AI played a role?

User: Yes, um, there is a lady, doña [[Carmen Vargas|PERSON]], she is [[ninety-one|AGE|number_words]], born the [[twelfth of March nineteen thirty-four|DATE|date_words]], she lives alone in [[Calle Luis Ortiz Muñoz 12|ADDRESS]], third floor, no lift. She has the [[Alexa|AI_PRODUCT|product_like_person]] from the pilot. One night she fell and she said "[[Alexa|AI_PRODUCT|product_like_person]], llama a [[Manoli|PERSON|nickname]]", her daughter, and it called [[Manolo|PERSON|nickname]], the neighbour, because it misunderstood. Ha. But okay, [[Manolo|PERSON|nickname]] came and he called the ambulance, so it worked anyway. Then I wrote the report with [[Copilot|AI_PRODUCT]], and I put her DNI, [[28741956K|NATIONAL_ID]], and the file number, [[EXP-2023-SS-04481|NATIONAL_ID|case_number]], and all the medical, because the report must have it. And I thought, where does this go? Nobody explained us.

AI: What are your biggest worries about AI in social services?

User: Eh, that it decides. There is talk about an algorithm to give risk scores to families, for the children. In the [[Netherlands|COUNTRY]] they had this scandal with the benefits and the migrant families. Here many families are from [[Morocco|COUNTRY]] or Roma families. Like [[Fatima Zahra El Idrissi|PERSON]], she has three kids, NIE [[Y4471823T|NATIONAL_ID]], her papers are always in process, and an algorithm would put her as "risk" only for that. And she is a fantastic mother. [[In summer|GENERIC_TIME]] she works in the strawberries in [[Huelva|CITY]] and leaves the kids with her sister.

AI: Is there anything else you'd like to add?

User: Um, only that we need more hands, not more machines, ha. If you want to talk, my phone is, eh, [[seis uno cinco, cuarenta y ocho, veintidós, diecinueve|OBF_PHONE|other_language]], or email, eh, [[rocio jimenez at sevilla dot org|OBF_EMAIL|spelled_at_dot]]. Gracias.""")

# 19. Ukraine - cash assistance coordinator at an NGO, Lviv - typed chat
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: hello. i am [[Oksana Melnyk|PERSON]], [[31|AGE]]. i am [[cash assistance coordinator|JOB_TITLE]] in ukrainian NGO "[[Nadiya|ORGANIZATION|org_like_person]]", it means hope. we are based in [[Lviv|CITY]]. before the war i was [[accountant|JOB_TITLE]] in [[Kharkiv|CITY]], graduated [[Karazin University|SCHOOL]] economics. i moved to [[Lviv|CITY]] in [[March 2022|DATE]] with my mother and my son

AI: Thanks, [[Oksana|PERSON]]. What does your work involve?

User: we give multipurpose cash to displaced people, mostly from east - [[Kharkiv|CITY]] region, [[Donetsk|CITY]], [[Mariupol|CITY]]. registration, verification, deduplication with other organisations, payments. we are partner of [[NRC|ORGANIZATION|abbreviation]] and we report to the cash working group. data is in [[Kobo|SOFTWARE]], then [[Excel|SOFTWARE]], then [[Power BI|SOFTWARE]] for donors. people apply sometimes with [[Diia|SOFTWARE]] documents, sometimes paper

AI: Where does AI come in?

User: deduplication is the big one. people register with us and with other NGO, names are written different, latin, cyrillic, typos. i used [[ChatGPT|AI_PRODUCT]] to write python for fuzzy matching, i am not programmer haha. also for reports to donors in english

AI: Could you share a specific example?

User: yes. there was a grandmother, [[Halyna Kovalenko|PERSON]], [[seventy six|AGE|number_words]], from [[Izium|CITY]], she takes care of grandson [[Misha|PERSON|nickname]], father is military, mother died. she was rejected as duplicate because there was another [[Halyna Kovalenko|PERSON]] in the list, same name, different person, from [[Bucha|CITY]]. the script said 97% same. i checked the tax number, hers is [[3124509876|NATIONAL_ID|id_like_phone]], the other was different. so AI makes the list but human must check. also i had sent part of the list to [[chatgpt|AI_PRODUCT|lowercase]] to debug the script... with real names. i know. [[my manager|GENERIC_ROLE]] [[Andriy|PERSON]] was not happy

AI: What are your concerns about AI and data in humanitarian response?

User: in war data is dangerous. if lists with names, addresses, who is military family go to wrong hands... they hack everything. we had phishing on [[Telegram|SOFTWARE]] pretending to be our org. also [[the donors|GENERIC_ROLE]] want more and more data and more "innovation". and AI tools are american, servers somewhere. [[in winter|GENERIC_TIME]] when there is no electricity nobody thinks about data protection, just to pay people before it is cold

AI: Anything else you'd like to share?

User: only that it helps me honestly. i am single mother, my son [[Danylo|PERSON]] is [[9|AGE]], with AI i finish reports faster and i am home before curfew. my mother says i work for a computer now lol. [[Zelensky|PUBLIC_FIGURE]] talks about [[Ukraine|COUNTRY]] as digital state, [[Diia|SOFTWARE]] etc, and its true, we are more digital than [[Poland|COUNTRY]] in some things. you can write me [[oksana_m at ukr dot net|OBF_EMAIL|spelled_at_dot]] or [[telegram|SOFTWARE|lowercase]] [[@oksana_lviv_cash|SOCIAL_HANDLE]]. thank you for asking people like us""")

# 20. Pakistan - AML compliance officer at a bank, Lahore - speech-to-text
T.append("""AI: Hello, and thanks for being part of this. Could you tell me about your job?

User: Yes, assalam-o-alaikum, hello. So, uh, I'm [[Muhammad Bilal Qureshi|PERSON]], everyone calls me [[Bilal|PERSON]]. I'm [[AML compliance officer|JOB_TITLE]], anti money laundering, at [[Meezan Bank|ORGANIZATION]], the regional office in [[Gulberg|CITY|district]], [[Lahore|CITY]]. I joined in, uh, [[twenty eighteen|DATE|date_words]] after my MBA from [[LUMS|SCHOOL|abbreviation]]. I'm [[thirty-two|AGE|number_words]].

AI: Thanks, [[Bilal|PERSON]]. What does a typical day look like?

User: Um, so we get alerts from the system, [[Actimize|SOFTWARE]], like unusual transactions, cash deposits above threshold, transfers to high risk countries. I review them, check the customer profile in [[T24|SOFTWARE]], and if it is suspicious we file an STR to the [[FMU|ORGANIZATION|abbreviation]], the financial monitoring unit. Like forty, fifty alerts a day. Since [[Raast|SOFTWARE]] came, the instant payments, the volume is double. Ninety percent are false, you know, [[during Ramazan|GENERIC_TIME]] people send lot of money for zakat, charity, the system thinks it's terror financing, ha.

AI: Where does AI fit in?

User: So the bank has a pilot with machine learning for the alert scoring, to reduce false positives. And personally, um, I use [[Chat GPT|AI_PRODUCT|misheard_product]] for writing the STR narrative, because it must be in proper English and very structured. But, uh, honestly I should not put customer data. I put, like, "customer A, customer B". Mostly.

AI: Can you tell me about a case where AI made a difference?

User: Yes, um, there was a customer, [[Tariq|PERSON]] sahab, [[Tariq Mahmood|PERSON]], he has a textile business in [[Faisalabad|CITY]], [[Mahmood Textiles|ORGANIZATION|org_like_person]]. The system flagged him for transfers to [[UAE|COUNTRY]], many, small. The model gave high risk score. I investigated, and actually it was his son, [[Hamza|PERSON]], who is a student in [[Dubai|CITY]], paying his fee in parts. Normal. But the model did not know that. If I just follow the score, I file STR and his account is frozen, his business, everything. His CNIC is, uh, [[three five one zero two, eight eight four one two seven six, three|NATIONAL_ID|spoken_id]], I remember because I typed it so many times, ha.

AI: What concerns do you have about AI in banking compliance?

User: Um, the bias. The model is trained on data where certain names, certain areas are more flagged, like people from tribal areas, or Afghans. And the [[State Bank|ORGANIZATION|short_form]] wants us to use more technology, but if something goes wrong, it's us who are responsible, not the model. Also the fraudsters use AI now, there was a deepfake of [[Babar Azam|PUBLIC_FIGURE]] promoting an investment app, people lost money. [[My line manager|GENERIC_ROLE]], [[Sadia Ahmed|PERSON]], she's [[head of compliance|JOB_TITLE]] for the region, she likes the tools, she says they save time. The older ones are scared. My friend [[Usman|PERSON]] at [[HBL|ORGANIZATION|abbreviation]] says their new system flagged his own mother's account, ha ha, because she received money from his brother in [[Saudi Arabia|COUNTRY]]. In [[Pakistan|COUNTRY]] every family has someone abroad, so the models have to understand that.

AI: Is there anything else you'd like to share?

User: Uh, only that it's good you are asking. If you need, my number is [[oh three double oh, four two one, seven seven six nine|OBF_PHONE|spoken_digits]], or email, [[bilal dot q ninety-three at gmail dot com|OBF_EMAIL|spelled_at_dot]]. And please don't put my bank name, ha, even if it's on my profile, [[linkedin.com/in/bilal-qureshi-aml|URL]]. Thank you. Allah hafiz.""")

# 21. Colombia - public defender, Medellín - typed chat
T.append("""AI: Hi, thank you for joining. Could you tell me about your work?

User: hola! sure. im [[Andrés Felipe Restrepo|PERSON]], friends call me [[pipe|PERSON|lowercase_name]]. im [[defensor público|JOB_TITLE|non_english]] (public defender) with the [[Defensoría del Pueblo|ORGANIZATION]] in [[Medellín|CITY]], criminal area. lawyer from [[UdeA|SCHOOL|abbreviation]], tarjeta profesional [[241887|NATIONAL_ID|professional_registration]]. doing this since [[2017|DATE]], im [[34|AGE]] now

AI: Thanks, [[Andrés|PERSON]]. What does a week look like for you?

User: crazy lol. i have like 70 active cases, mostly young guys from comunas like [[Manrique|CITY|district]] and [[Robledo|CITY|district]], and lots of migrants from [[Venezuela|COUNTRY]]. hearings are virtual half the time, [[Lifesize|SOFTWARE]] or [[Teams|SOFTWARE]], and the court system is [[Siglo XXI|SOFTWARE|product_is_word]] (yes like the century haha). [[on mondays|GENERIC_TIME|lowercase]] i have control hearings all day. i talk with [[my clients|GENERIC_ROLE]] by [[WhatsApp|SOFTWARE]] mostly, their families too

AI: Where does AI come into that?

User: [[ChatGPT|AI_PRODUCT]] mostly, paid by me not by the state haha. i use it to organise the evidence the [[Fiscalía|ORGANIZATION]] sends, they send 500 pages pdf the night before the hearing. also to draft appeals. and [[Gemini|AI_PRODUCT]] sometimes to transcribe audios from clients, they send 8 minute voice notes

AI: Could you tell me about a case where AI made a difference?

User: yes! client [[Brayan Stiven Mosquera|PERSON]], [[19|AGE]], accused of robbery in [[Bello|CITY|name_is_word]]. cédula [[1.036.672.418|NATIONAL_ID|id_like_phone]], radicado [[05001600020620230412300|NATIONAL_ID|case_number]]. the [[fiscalía|ORGANIZATION|lowercase]] had 3 witness statements. i put everything in [[chatgpt|AI_PRODUCT|lowercase]] and asked for contradictions and it found that 2 witnesses described the guy with a tattoo on the left arm and [[Brayan|PERSON]] has no tattoos at all. i knew the file but i didnt have time to read every line before. the judge, doctora [[Patiño|PERSON]], accepted the argument and he was released. his mom doña [[Luz Dary|PERSON]] cried in the hearing, she sends me blessings [[every sunday|GENERIC_TIME|lowercase]] on [[whatsapp|SOFTWARE|lowercase]] lol. downside: i put his full name, cédula, and the names of the witnesses in there, and some witnesses are protected. [[my coordinator|GENERIC_ROLE]] doctor [[Jaramillo|PERSON]] says the [[Defensoría|ORGANIZATION|short_form]] is making a policy but its been "making" for 1 year. also one time it invented a sentence of the [[Corte Suprema|ORGANIZATION]], radicado and everything, very convincing, i almost cited it. after the judge in [[Cartagena|CITY]] who used [[chatgpt|AI_PRODUCT|lowercase]] in a tutela everyone is watching us

AI: What are your broader concerns about AI in criminal justice in [[Colombia|COUNTRY]]?

User: that they use it against the poor, like predictive policing. in [[Colombia|COUNTRY]] the system already criminalises poor kids and migrants. my venezuelan clients like [[Yorgelis|PERSON]], PPT [[6481223|NATIONAL_ID|permit_number]], they have no lawyer except me and no papers, if an algorithm decides risk she is out. [[Petro|PUBLIC_FIGURE]] talks about justice reform but the [[defensoría|ORGANIZATION|lowercase]] has no budget. and everyone abroad thinks [[medellín|CITY|lowercase]] = [[Pablo Escobar|PUBLIC_FIGURE]], [[netflix|SOFTWARE|lowercase]] ruined us haha

AI: Anything else you want to add?

User: just that public defenders in [[South America|CONTINENT]] are the forgotten ones in these discussions. if u want to talk more: [[afrestrepo@defensoria.gov.co|EMAIL_ADDRESS]] for work or [[andres.restrepo.abogado en gmail punto com|OBF_EMAIL|other_language]], my cel [[300 514 2287|PHONE_NUMBER|local_format]]. also on ig [[@pipe_defensor|SOCIAL_HANDLE]]""")

# 22. Ghana - senior motor underwriter at an insurer, Kumasi - speech-to-text
T.append("""AI: Good afternoon, and thanks for taking part. Could you tell me about your job?

User: Yes, good afternoon. Eh, my name is [[Abena Serwaa Boateng|PERSON]], I am a [[senior underwriter|JOB_TITLE]] with [[Enterprise Insurance|ORGANIZATION|org_is_word]], at our branch in [[Adum|CITY|district]], [[Kumasi|CITY]]. I have been with [[Enterprise|ORGANIZATION|org_is_word]] since, eh, [[two thousand and twelve|DATE|date_words]], right after [[KNUST|SCHOOL|abbreviation]]. I am [[thirty-nine|AGE|number_words]], and I'm also an associate of the [[CIIG|ORGANIZATION|abbreviation]], the insurance institute.

AI: Thank you, [[Abena|PERSON]]. What does your work involve?

User: So, eh, I assess the risk for motor policies and some fire and property for small businesses, the shops in town and so on. [[The brokers|GENERIC_ROLE]] bring the proposals, I check the documents, the vehicle, the national ID, and I price it. Our core system is [[Premia|SOFTWARE]]. And [[every month end|GENERIC_TIME]] we have the pressure of the targets, ah, it's serious.

AI: Where does AI come into your work?

User: Eh, slowly. The company gave us [[Copilot|AI_PRODUCT]] [[this year|GENERIC_TIME]], for emails and reports. I also use [[ChatGPT|AI_PRODUCT]] on my phone to read the police reports for accidents and summarise them. And there is a new tool for fraud, it checks the photos of the damaged cars, if the same photo was used before. The claims team uses it more than us.

AI: Can you share an example where AI was useful, or not?

User: Yes, there is one I remember. A taxi driver, [[Kwabena Ofori|PERSON]], driving since [[twenty sixteen|DATE|date_words]], he came for renewal, his car registration is [[AS 4417-21|NATIONAL_ID|vehicle_registration]]. The fraud tool said his photos of the car were "previously used", so the system blocked him. He was so angry, he said "Madam, I am a Christian, I don't lie". Ha. Then I checked and the previous photos were his own, from [[last year|GENERIC_TIME]], same car, same mechanic in [[Suame|CITY|district]]. The tool just saw the same picture. So I overrode it. His policy number is [[EIC/MTR/2023/088412|NATIONAL_ID|policy_number]], I put a note. But, eh, I had also pasted his details into [[ChatGPT|AI_PRODUCT]] to write the override memo, his national ID, [[GHA-721044518-3|NATIONAL_ID|ghana_card]], everything. My colleague [[Comfort|PERSON|name_is_word]] told me, [[Abena|PERSON]], you will get us in trouble with the [[NIC|ORGANIZATION|abbreviation]]. Ha.

AI: What are your main concerns about AI in insurance?

User: Eh, two. First, the data, like I said. In [[Ghana|COUNTRY]] we have the Data Protection Act but the enforcement, hmm. Second, the people who are not literate. Many of [[the policyholders|GENERIC_ROLE]] are traders, drivers, market women, they don't use email, they pay by [[MoMo|SOFTWARE]]. If everything becomes AI chat, they will be cheated. Even me, somebody sent me a deepfake video of [[Nana Addo|PUBLIC_FIGURE]] promoting some investment, ah. The young ones in the office like the tools. My [[branch manager|JOB_TITLE]], Mr [[Kwame Darko|PERSON]], he says AI is the future, like [[Kwame Nkrumah|PUBLIC_FIGURE|figure_shares_name]] said, "forward ever", ha ha. We tease him, [[Kwame|PERSON|name_shared_with_figure]] is now our [[Nkrumah|PUBLIC_FIGURE]]. But Auntie [[Gifty|PERSON]] in accounts, she is [[fifty-something|AGE|vague_age]], she refuses to touch it.

AI: Is there anything else you'd like to add?

User: Eh, no, just thank you. Other companies in [[Nigeria|COUNTRY]] and across [[Africa|CONTINENT]] are moving faster, so we have to learn. If you need me, call or [[WhatsApp|SOFTWARE]], [[zero two four, four one two, three four five six|OBF_PHONE|spoken_digits]], or email is, eh, [[abena dot boateng at enterprisegroup dot com dot gh|OBF_EMAIL|spelled_at_dot]]. God bless.""")

# 23. Netherlands - municipal policy advisor (work and income), Utrecht - typed chat
T.append("""AI: Hi, thanks for joining this interview. Could you tell me about your role?

User: hi! sure. im [[Sanne de Vries|PERSON]], [[42|AGE]], [[beleidsmedewerker|JOB_TITLE|non_english]] (policy advisor) at [[Gemeente Utrecht|ORGANIZATION]], in the team for work and income. i dont do cases myself anymore, i did before, i was [[klantmanager|JOB_TITLE|non_english]] in [[Overvecht|CITY|district]] from [[2013|DATE]] to [[2019|DATE]]. studied social work at [[Hogeschool Utrecht|SCHOOL]]

AI: Thanks, [[Sanne|PERSON]]. What kind of policy work do you do now?

User: mostly how we implement the participation law, bijstand (social assistance), debt help, and lately a lot about AI and algorithms, because after the toeslagenaffaire every municipality is scared haha. the childcare benefits scandal: the [[Belastingdienst|ORGANIZATION]] used a risk model and thousands of parents were labelled fraud, many with double nationality. the cabinet of [[Rutte|PUBLIC_FIGURE]] fell because of it, and [[Pieter Omtzigt|PUBLIC_FIGURE]] was the one who kept asking questions. so now in the [[Netherlands|COUNTRY]] if you say "algorithm" in a municipality everyone gets nervous. [[the caseworkers|GENERIC_ROLE]] use [[Suite4Sociaal Domein|SOFTWARE]] and i make dashboards in [[Power BI|SOFTWARE]]. [[on thursdays|GENERIC_TIME|lowercase]] we have the algorithm register meeting

AI: How do you personally use AI in your work?

User: we have [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] now, only the enterprise version is allowed. i use it to summarise long reports and council letters. there is also [[GPT-NL|AI_PRODUCT]] coming, a dutch model from the government, we will see. [[ChatGPT|AI_PRODUCT]] is blocked on the work laptop but people use it on their phone of course. [[my team lead|GENERIC_ROLE]] [[Joost|PERSON]] pretends he doesnt know

AI: Can you give a concrete example where AI touched an individual case?

User: ok one. a former colleague, [[Daan|PERSON]], still [[klantmanager|JOB_TITLE|non_english]], asked me to help with a complaint letter from a citizen, mevrouw [[Bakker|PERSON|name_is_word]], [[Ineke Bakker|PERSON]], she was [[67|AGE]] and her bijstand was stopped in [[January 2024|DATE]] because of some income from selling stuff on [[Marktplaats|SOFTWARE]]. he had pasted her whole letter in [[chatgpt|AI_PRODUCT|lowercase]] on his phone, including her BSN [[204517839|NATIONAL_ID|id_like_phone]] and address [[Wolgadreef 18|ADDRESS]]. the AI answer was actually kind and clear, better than our standard letters honestly. but i told him, [[daan|PERSON|lowercase_name]], you cant do that. he said "everyone does it". and thats the problem

AI: What would you want from AI tools in government, ideally?

User: transparency, and that citizens can object. and honestly less english, the tools are bad with dutch bureaucratic language. i also think [[Europe|CONTINENT]] should build its own tools instead of depending on american companies. my partner [[Femke|PERSON]] works at [[SURF|ORGANIZATION|org_is_word]] (IT for universities) and she says the same. [[after the summer|GENERIC_TIME]] we start a pilot with a chatbot for debt help questions, im nervous about it. in [[Denmark|COUNTRY]] they tried something similar i think

AI: Anything else you'd like to add?

User: no, thanks for this! if you want to follow up: [[s.devries@utrecht.nl|EMAIL_ADDRESS]] or [[06-41882930|PHONE_NUMBER|local_format]]. im also on [[Bluesky|SOFTWARE]] as [[@sannedv.bsky.social|SOCIAL_HANDLE]]""")

# 24. Romania - deputy editor of a local news site, Cluj-Napoca - speech-to-text
T.append("""AI: Hello, thanks for joining. Could you start by telling me about your work?

User: Hi, yes. So, um, I'm [[Andreea Mureșan|PERSON]], I'm a journalist, [[deputy editor|JOB_TITLE]] at [[Clujul Azi|ORGANIZATION]], it's a local news website in [[Cluj-Napoca|CITY]], in [[Romania|COUNTRY]]. I studied journalism at [[UBB|SCHOOL|abbreviation]], the [[Babeș-Bolyai|SCHOOL]] university, and I'm with the site since, uh, [[twenty twenty|DATE|date_words]]. I'm [[twenty-eight|AGE|number_words]].

AI: Thanks, [[Andreea|PERSON]]. What does your job involve day to day?

User: Um, everything, it's a small newsroom, we are five people. I edit the stories, I write investigations, I do the social media, [[Facebook|SOFTWARE]] and [[TikTok|SOFTWARE]], because [[our readers|GENERIC_ROLE]] are there, not on the website. The site runs on [[WordPress|SOFTWARE]]. [[Every Friday|GENERIC_TIME]] we have the planning meeting with [[the editor-in-chief|GENERIC_ROLE]].

AI: Where does AI come in for you?

User: So, um, transcription first. I use [[Whisper|AI_PRODUCT|product_is_word]] to transcribe interviews, it's very good with Romanian, much better than before. [[ChatGPT|AI_PRODUCT]] for headlines, ha, and for translating from Hungarian, because [[Cluj|CITY|short_form]] has a big Hungarian community. We don't do AI images, never, we had a discussion about [[Midjourney|AI_PRODUCT]] and we said no.

AI: Can you tell me about a story where AI played a part?

User: Yes, um, [[last year|GENERIC_TIME]] I did an investigation about the [[Spitalul Județean|ORGANIZATION|non_english]], the county hospital, about patients waiting in the corridor for days. A nurse talked to me, anonymous, um, I will say [[Mihaela|PERSON]], that's her real name, oh no, um, please, uh, anyway. The interview was two hours, and I transcribed it with [[Whisper|AI_PRODUCT|product_is_word]], and the transcript had all the names of the patients she mentioned, and the CNP of one patient she read from a paper, [[two eight five zero six one two one two five seven nine one|NATIONAL_ID|spoken_id]]. And then I pasted the transcript into [[ChatGPT|AI_PRODUCT]] to find the main points. So my source's voice, her words, the patient's CNP, everything went through two American companies. My colleague [[Two Door|PERSON|misheard_name]], sorry, [[Tudor|PERSON]], he's our IT guy, he said "you know this is on their servers now, right?" Ha.

AI: What are your bigger concerns about AI and journalism in [[Romania|COUNTRY]]?

User: Um, disinformation, obviously. [[During the elections|GENERIC_TIME]], with [[Călin Georgescu|PUBLIC_FIGURE]] and [[TikTok|SOFTWARE]], it was crazy, AI videos, bots, the election was cancelled. Small newsrooms like us cannot fact-check everything. People in [[Moldova|COUNTRY]] have the same problem. Also the [[AI Overviews|AI_PRODUCT]] in search take our traffic, people read the summary and don't click. For a local site that's, uh, death.

AI: Is there anything else you'd like to share?

User: Um, just that, if you want to reach me, my portfolio is [[andreeamuresan.ro|URL]], Instagram [[@andreea.scrie|SOCIAL_HANDLE]], but please not on the work email, my personal is [[a n d r e e a dot muresan at protonmail dot com|OBF_EMAIL|spelled_letters]], or [[Signal|SOFTWARE|product_is_word]], [[zero seven four four, five one eight, two zero seven|OBF_PHONE|spoken_digits]]. And please, the nurse, don't write her name anywhere, okay? Thank you.""")

# 25. Bangladesh - microfinance branch manager at an NGO, Sylhet - typed chat
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: assalamu alaikum. i am [[Md. Rafiqul Islam|PERSON]], friends call me [[Rafi|PERSON|nickname]]. i am [[branch manager|JOB_TITLE]] in [[BRAC|ORGANIZATION]] microfinance, branch in [[Beanibazar|CITY]], [[Sylhet|CITY]]. i am in [[BRAC|ORGANIZATION]] since [[2012|DATE]], my staff PIN is [[00184471|NATIONAL_ID|employee_number]]. before i studied at [[SUST|SCHOOL|abbreviation]]. age [[36|AGE]]

AI: Thanks, [[Rafi|PERSON]]. What does your work involve?

User: my branch have 8 credit officers and around 3200 borrowers, mostly women in village groups. [[the credit officers|GENERIC_ROLE]] go to the groups [[every week|GENERIC_TIME]] to collect installment, now most is digital by [[bKash|SOFTWARE]]. i check loan proposals, the overdue, and i solve problems. in [[sylhet|CITY|lowercase]] many families get remittance from [[UK|COUNTRY]] and middle east so loans are bigger than other areas. young officers watch [[Shakib Al Hasan|PUBLIC_FIGURE]] cricket on phone during collection lol

AI: Where does AI come into that?

User: not officially much. [[BRAC|ORGANIZATION]] has a data team doing credit scoring with machine learning, i heard. me personally i use [[ChatGPT|AI_PRODUCT]] to write monthly report in english for [[my area manager|GENERIC_ROLE]], my english is weak so it helps a lot. also [[Gemini|AI_PRODUCT]] to translate bangla to english. young credit officers use it for everything, even for writing [[facebook|SOFTWARE|lowercase]] post lol

AI: Can you give a specific example where AI helped or caused a problem?

User: yes. one borrower, [[Rahima Begum|PERSON]], [[45|AGE]], she takes loan for cows, 5 year good client. [[in the flood|GENERIC_TIME]] she lost 2 cows and could not pay. the new scoring system put her red, high risk, no new loan. but i know her, her husband [[Abdul Karim|PERSON]] works in [[Saudi|COUNTRY]], her son [[Sumon|PERSON]] lives in same village, she will pay. i wrote a justification using [[chatgpt|AI_PRODUCT|lowercase]], and i put her NID [[4617283950|NATIONAL_ID|id_like_phone]], her group name "[[Shapla|ORGANIZATION|org_is_word]]" and her [[bkash|SOFTWARE|lowercase]] number [[01711-428096|PHONE_NUMBER|local_format]] so head office can check. they approved. but later in training they said never put NID in any outside website. so...

AI: What concerns do you have about AI in microfinance?

User: machine does not know the people. microfinance is relationship. if head office trust only the score, poor women will be excluded, the ones who need most. [[Yunus|PUBLIC_FIGURE]] sir started all this with trust, no paper. also data. villagers dont know what is data, they give NID to anyone. many fraud calls pretending to be from [[bkash|SOFTWARE|lowercase]]. my cousin [[Jahanara|PERSON]] lost 20000 taka this way [[last month|GENERIC_TIME]]. in [[Bangladesh|COUNTRY]] microfinance is the best in [[Asia|CONTINENT]] but if we lose trust we lose everything

AI: Anything else you'd like to add?

User: only please make AI in bangla properly. if you want you can contact me, email [[rafiqul.islam@brac.net|EMAIL_ADDRESS]] or [[imo|SOFTWARE|lowercase]]/[[whatsapp|SOFTWARE|lowercase]] [[zero1819 three three 4472|OBF_PHONE|mixed_words_digits]]. my brother [[Faruk|PERSON]] in [[Tower Hamlets|CITY|district]], [[London|CITY]] also wants to join your study, he is [[bus driver|JOB_TITLE]] lol""")

write_set(T, "set_bw")
