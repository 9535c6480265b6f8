# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----

T.append("""AI: Thanks for joining me today. To start, could you tell me a bit about yourself and the work you do?

User: ok so im [[Adaeze Okonkwo-Bello|PERSON]], [[34|AGE]], i run the online side of our family business, [[Okonkwo & Daughters Fabrics|ORGANIZATION]]. my mum [[Victoria|PERSON|name_is_place]] started it in [[1998|DATE]] with one small shop in [[Idumota|CITY]], now we also have a showroom on [[Victoria Island|CITY]]. my title is [[operations manager|JOB_TITLE]] but honestly i do everything, payroll, stock, even sweeping sometimes lol

AI: So your mum, [[Victoria|PERSON]], founded it. Who else is on the team day to day?

User: my younger sister [[Blessing|PERSON|name_is_word]] does the instagram and tiktok, the page is [[@blessingsfabrics_ng|SOCIAL_HANDLE]]. our cousin [[Favour|PERSON|name_is_word]] does deliveries around [[Lekki|CITY]] and [[Ajah|CITY]] on his okada. then outside the family there is Alhaji [[Sule Garba|PERSON|honorific]] who supplies us lace from [[Kano|CITY]], and his wife Hajiya [[Amina|PERSON|honorific]] keeps his books, she is sharper than him to be honest. having people you can trust in this business is a real blessing, once you find favour with one good supplier you hold them tight

AI: Where does AI come into all of that?

User: mostly [[ChatGPT|AI_PRODUCT]]. [[Blessing|PERSON]] writes rough captions then asks it to make it sound like [[Tiwa Savage|PUBLIC_FIGURE]] is talking lol. i use it to clean up the stock sheet in [[Google Sheets|SOFTWARE]] and to draft replies on [[WhatsApp Business|SOFTWARE]] when forty customers are asking "is it still available" at the same time. [[Sule|PERSON]]'s invoices come as photos so i ask it to read them into a table, it gets maybe 80% right, the handwriting is wahala

AI: Are there things you're careful not to put into [[ChatGPT|AI_PRODUCT]]?

User: yes now. During [[Christmas|GENERIC_TIME]] rush [[Favour|PERSON]] pasted a full customer chat into it to write a delivery note, with the lady's name, Mrs [[Folake Adeyemi|PERSON]], her address [[27B Adeola Odeku Street|ADDRESS]], [[Victoria Island|CITY]], and her phone number. nothing happened but it scared me. now the rule is initials only, no addresses, no account numbers. [[my accountant|GENERIC_ROLE]] also said we should never paste BVN or NIN of anybody, even staff

AI: How does the rest of the family feel about these tools?

User: mama [[victoria|PERSON]] thinks its juju lol. she still calls her customers one by one, she has like 300 numbers in her head. Iya [[Bisi|PERSON|honorific]] from the next shop asked me to set it up for her too, she's in her [[sixties|AGE]] and now she asks it about everything, even egusi recipes. [[Favour|PERSON]] is the one who doesn't trust it, he says it will take his job but it cant ride okada through [[Lekki|CITY]] traffic na. my wish is for it to understand pidgin and yoruba better, and naira prices, it keeps giving me prices in dollars like we are in [[America|COUNTRY]]

AI: Thanks so much, [[Adaeze|PERSON]]. If we have follow-up questions, how would you prefer we reach you?

User: whatsapp is best, [[zero 803 four one two, 77 09|OBF_PHONE|mixed_words_digits]]. or email [[adaeze (dot) ob (at) yahoo (dot) com|OBF_EMAIL|paren_at_dot]], i check it at night""")

T.append("""AI: Hi, thanks for taking part. Could you introduce yourself and your role?

User: Hello. My name is [[Nguyễn Thị Thu Hà|PERSON|family_name_first]], [[29|AGE]] years old. I am [[QA team lead|JOB_TITLE]] at [[Saigon Bytecraft|ORGANIZATION]], a software outsourcing company in [[Quận 7|CITY]], [[Hồ Chí Minh City|CITY]]. Our clients are mostly from [[Japan|COUNTRY]] and [[Australia|COUNTRY]]. In the team everybody call me chị [[Hà|PERSON|honorific]], even the older ones, it is a habit.

AI: Nice to meet you, [[Hà|PERSON]]. Can you tell me about your team?

User: We have seven people. [[Trần Văn Minh|PERSON|family_name_first]] is [[senior tester|JOB_TITLE]], he is [[41|AGE]] and the oldest so we call him anh [[Minh|PERSON|honorific]]. [[Lê Hoàng Nam|PERSON|family_name_first]] does automation, he is very good with [[Playwright|SOFTWARE]]. Then two fresh graduates from [[Đại học Bách khoa|SCHOOL]], [[Phạm Ngọc Ánh|PERSON|family_name_first]] and [[Võ Thanh Tùng|PERSON|family_name_first]], both [[22|AGE]]. [[Ánh|PERSON]] is from [[Cần Thơ|CITY]], she is quiet but she find the most bugs. The last two work remote from [[Đà Nẵng|CITY]].

AI: How does AI fit into your team's work?

User: We use [[GitHub Copilot|AI_PRODUCT]] to write test scripts and [[ChatGPT|AI_PRODUCT]] to translate bug report to Japanese, because [[the PM of our client|GENERIC_ROLE]] only read Japanese. Anh [[Minh|PERSON]] don't trust it, he always put the Japanese back into [[Google Translate|SOFTWARE]] to check lol. [[Nam|PERSON]]'s scripts, maybe half is from [[Copilot|AI_PRODUCT]] now. We also try [[Claude|AI_PRODUCT]] for writing test case from the requirement document, it is better with long document I think.

AI: You mentioned [[Ánh|PERSON]] finds the most bugs. Has AI changed how the juniors learn?

User: Yes, I worry a little. [[Tùng|PERSON]] ask [[ChatGPT|AI_PRODUCT]] for everything, even how to write email to me haha. [[Ánh|PERSON]] is different, she read the code first and ask later. So I made a rule: try yourself 30 minutes before asking AI or asking anh [[Minh|PERSON]]. Before [[Tết|GENERIC_TIME]] we always have big release and everybody is tired, that time I see people copy paste from AI without thinking and we have more bugs in production.

AI: What about client data, are there rules?

User: Contract says no client data in public AI. In [[March 2023|DATE]] someone pasted a log with real user emails from the client app into [[ChatGPT|AI_PRODUCT]], our [[director|JOB_TITLE]] [[Đỗ Quang Huy|PERSON|family_name_first]] was very angry. After that we have a policy and a short training every [[Monday|GENERIC_TIME]] morning for one month. Now we have company account of [[ChatGPT|AI_PRODUCT]] Enterprise, but still we mask the data.

AI: Thank you, [[Hà|PERSON]]. If we want to follow up, how can we reach you?

User: You can email me [[thuha.nguyen a còng bytecraft chấm vn|OBF_EMAIL|vietnamese_at_dot]], or Zalo [[0 9 0 3 . 4 1 8 . 2 6 7|OBF_PHONE|spaced_dotted_digits]]. Thank you!""")

T.append("""AI: Thank you for joining. Can you tell me about yourself and your work?

User: Hi, I am [[Retno Wulandari|PERSON]], I teach English at [[SMA Negeri 5 Surabaya|SCHOOL]] in [[Surabaya|CITY]], [[East Java|CITY]]. I am [[38|AGE]]. I am also [[wali kelas|JOB_TITLE]] (homeroom teacher) for class XI IPA 2, so I deal with parents a lot.

AI: How do you use AI in your teaching?

User: Mostly [[ChatGPT|AI_PRODUCT]] for making reading texts and quizzes, and Magic Write in [[Canva|SOFTWARE]] for worksheet. My colleague Bu [[Sri Handayani|PERSON|honorific]], she teach Bahasa Indonesia, she was the first in our school to use it, she showed us in the [[MGMP|ORGANIZATION]] meeting. Pak [[Budi Santoso|PERSON|honorific]], our [[wakil kepala sekolah|JOB_TITLE]], was against it at first because he think all students will cheat.

AI: You mentioned Bu [[Sri|PERSON]]. How do the other teachers feel about it?

User: Mixed. Bu [[Sri|PERSON]] and me are enthusiastic. Pak [[Budi|PERSON]] is ok now after he see it can make RPP lesson plan in 5 minutes lol. Pak [[Agus|PERSON|honorific]] the [[sports teacher|JOB_TITLE]] don't care at all. The young teacher, mbak [[Dewi|PERSON|honorific]], she use [[Gemini|AI_PRODUCT]] because school give us Google account. The [[kepala sekolah|GENERIC_ROLE]] only ask that we don't let AI do the grading.

AI: You said you deal with parents a lot. Does AI come into that?

User: Yes, the parents WhatsApp group is crazy. Sometimes I ask [[ChatGPT|AI_PRODUCT]] to make my announcement more polite in Bahasa, because if I am tired my message sound angry. One mother, Ibu [[Ratna|PERSON|honorific]], her son [[Kevin|PERSON]] is [[16|AGE]] and always late, she message me 10 at night asking why his score is low. Another parent, Pak [[Hendra Wijaya|PERSON|honorific]], he has printing shop in [[Rungkut|CITY]] and he print our worksheets cheap. I never put students names or NISN into [[ChatGPT|AI_PRODUCT]], I write "Student A" only.

AI: Have there been moments when AI got it wrong?

User: Many haha. During [[Ramadan|GENERIC_TIME]] I ask it to make a class schedule and it put a snack break at 10, while everybody is fasting. And one time it make a reading text about [[Kartini|PUBLIC_FIGURE]] with wrong year. So I always check. Before [[Lebaran|GENERIC_TIME]] I used it to write greeting cards for the teachers, that one was good.

AI: Thank you, Bu [[Retno|PERSON]]. How can we contact you for a follow-up?

User: Email [[retno.wulan titik guru at gmail titik com|OBF_EMAIL|indonesian_titik]] or WA [[nol delapan satu dua, 3347 2210|OBF_PHONE|indonesian_digit_words]]. Terima kasih!""")

T.append("""AI: Hi! Thanks for joining. Can you tell me about your job?

User: hello po! I'm [[Maricel Dela Cruz|PERSON]], [[31|AGE]], [[charge nurse|JOB_TITLE]] in the medical ward of [[Marikina Valley Medical Center|ORGANIZATION]]. I live in [[Cainta|CITY]], [[Rizal|CITY]] so around 40 mins commute. We do 12-hour shifts, I'm on nights this month.

AI: Who's usually on your shift?

User: on nights its me, Ate [[Joy|PERSON|honorific]], [[Joy Villanueva|PERSON]] she's the [[senior staff nurse|JOB_TITLE]], 20 years na in the ward. Kuya [[Ramon|PERSON|honorific]] our [[nursing attendant|JOB_TITLE]], super strong he can lift any patient alone. And two new nurses, [[Precious|PERSON|name_is_word]] and [[Jayvee|PERSON|nickname]]. Resident on call is usually Dr. [[Kristine Sy|PERSON]] or Dr. [[Paolo Reyes|PERSON]]. Honestly the team is my joy at work, the pay is not lol

AI: How does AI come into your work?

User: not in the charting, the hospital uses [[Medsys|SOFTWARE]] and theres no AI there. But personally I use [[ChatGPT|AI_PRODUCT]] on my phone to double check drug computations like drip rates, and to explain lab results in Tagalog so I can teach the watchers. [[Precious|PERSON]] uses it to review for her board exam because she wants to go to the [[United States|COUNTRY]], many of us are leaving for [[Canada|COUNTRY]] or [[UK|COUNTRY]] also. it's sad for the ward but i understand

AI: Is there any concern about patient information?

User: yes. [[our chief nurse|GENERIC_ROLE]] reminds us every huddle on [[Mondays|GENERIC_TIME]]. [[Jayvee|PERSON]] once typed a patient's full name and hospital number into [[ChatGPT|AI_PRODUCT]] to make an endorsement note, it was Lola [[Erlinda Bautista|PERSON|honorific]] in bed 7. I caught it and told him to delete. Now we say "pt in bed 7, 78 y/o F" only. Dr. [[Sy|PERSON]] also uses some AI app for her notes but I dont know which one

AI: You mentioned Ate [[Joy|PERSON]] has been there 20 years. How does she feel about it?

User: Ate [[Joy|PERSON]] hates it haha, she says "anak, I was computing drips before you were born". But during [[Christmas|GENERIC_TIME]] she asked me to make a parol design with [[Midjourney|AI_PRODUCT]] for the ward contest and we won! Kuya [[Ramon|PERSON]] only asks it about [[Manny Pacquiao|PUBLIC_FIGURE]] fights lol

AI: Thanks, [[Maricel|PERSON]]. How can we contact you if we have follow-ups?

User: my email is [[maricel.dc[at]yahoo[dot]com|OBF_EMAIL|bracket_at_dot]] or text me [[zero nine one seven 632 80 42|OBF_PHONE|mixed_words_digits]], just say you're from the research po""")

T.append("""AI: Hello, thanks for joining. Could you start by telling me about yourself and your work?

User: Hi, I'm [[Siddharth Kulkarni|PERSON]], everyone calls me [[Sid|PERSON|nickname]]. [[36|AGE]]. I run a small digital marketing agency, [[Pixelwada Media|ORGANIZATION]], in [[Kothrud|CITY]], [[Pune|CITY]]. Started it in [[2017|DATE]] with my college friend [[Ravi Deshpande|PERSON]], we were together at [[Fergusson College|SCHOOL]]. I'm the [[founder and creative director|JOB_TITLE]], [[Ravi|PERSON]] bhai does the client servicing side.

AI: So [[Ravi|PERSON]] handles clients. Who else is in the team?

User: we are nine now. [[Meena Joshi|PERSON]] handles accounts, she is like elder sister to all so it's always [[Meena|PERSON]] didi. [[Designers|JOB_TITLE]] are [[Aniket|PERSON]] and [[Sana Shaikh|PERSON]], [[copywriter|JOB_TITLE]] is [[Rutuja|PERSON]] who writes amazing Marathi, and we have an intern from [[Symbiosis|SCHOOL]], [[Rohan|PERSON]], he is [[21|AGE]] and knows every AI tool before it launches lol

AI: What kind of clients do you work with?

User: mostly local. [[Shree Ganesh Sweets|ORGANIZATION]], owned by Mr. [[Patwardhan|PERSON]], very old family shop. A dental clinic in [[Baner|CITY]], Dr. [[Kavita Rao|PERSON]]'s [[Smile Studio Dental|ORGANIZATION]]. One real estate builder in [[Wakad|CITY]]. and sometimes bigger brands through referrals. [[Every client|GENERIC_ROLE]] wants ads like [[Shah Rukh Khan|PUBLIC_FIGURE]] but budget is like a college fest haha

AI: And how does AI fit into your workflow?

User: [[ChatGPT|AI_PRODUCT]] for first drafts of captions in Hinglish and Marathi, then [[Rutuja|PERSON]] fixes the tone. [[Midjourney|AI_PRODUCT]] for moodboards. We tried [[Jasper|AI_PRODUCT]] for six months and cancelled, too American. [[Rohan|PERSON]] uses [[ElevenLabs|AI_PRODUCT]] for voiceover drafts. Everything final still goes through [[Canva|SOFTWARE]] or Figma. During [[Diwali|GENERIC_TIME]] season we do like 200 creatives in two weeks, without AI it would be impossible for a nine person team.

AI: Are there any rules about what client information goes into these tools?

User: yes, after one incident. [[Patwardhan|PERSON]] uncle gave us his customer list, 4000 phone numbers for a WhatsApp campaign, and someone uploaded the excel to [[ChatGPT|AI_PRODUCT]] to "clean" it. I was not happy. Now no customer data goes into AI, full stop. [[Meena|PERSON]] didi is even stricter, she does GST in [[Tally|SOFTWARE]] and won't let anyone near it with AI. She says if PAN or GST details leak, she will personally come to your house lol

AI: Thanks, [[Sid|PERSON]]. How can we reach you for a follow-up?

User: email [[sid at pixelwada dot in|OBF_EMAIL|spelled_at_dot]] or LinkedIn, [[linkedin.com/in/sid-kulkarni-pune|URL]]. I reply faster on LinkedIn honestly""")

T.append("""AI: Thank you for joining. Could you tell me about yourself and what you do?

User: Assalam o alaikum. My name is [[Muhammad Tariq Javed|PERSON]], I am [[47|AGE]] years. I work as [[loom fitter|JOB_TITLE]] at [[Chenab Textile Mills|ORGANIZATION]] in [[Faisalabad|CITY]] since [[2004|DATE]], and I am [[general secretary|JOB_TITLE]] of our workers union, [[Chenab Mazdoor Union|ORGANIZATION]]. We have around 1800 members in three units.

AI: That's a big membership. Who do you work with in the union?

User: Our [[president|JOB_TITLE]] is [[Rana Muhammad Iqbal|PERSON]] sahib, he is old and very respected, he was in the union from the time of strikes in the nineties. [[Asif|PERSON|honorific]] bhai from the weaving section is our [[treasurer|JOB_TITLE]]. For women workers we have [[Shazia Parveen|PERSON]], everyone calls her [[Shazia|PERSON]] baji, she is very brave, she speaks to [[management|GENERIC_ROLE]] more strongly than men. And our [[lawyer|JOB_TITLE]] is Advocate [[Nadeem Akhtar|PERSON]] from [[Lahore|CITY]], he comes for the labour court cases.

AI: Where does AI come into your union work?

User: My nephew [[Hamza|PERSON]] installed [[ChatGPT|AI_PRODUCT]] on my phone last year. I write in Urdu and ask it to make English letter to the labour department, because all the official letters are in English and our members are not comfortable. Also I ask it to explain the Punjab labour law sections in simple Urdu. Sometimes for speeches at gate meeting I ask it for verses of [[Faiz Ahmed Faiz|PUBLIC_FIGURE]], but it makes mistakes in the poetry, so I check from my own book.

AI: You mentioned [[Shazia|PERSON]]. Does she use it too?

User: [[Shazia|PERSON]] baji uses the voice, she speaks in Punjabi and it writes. She uses it to make the list of women who did not get maternity leave pay. [[Rana|PERSON]] sahib does not use, he says "machine ko union ka kya pata". [[Asif|PERSON]] bhai uses it for calculating bonus before [[Eid|GENERIC_TIME]], that is always a fight with [[management|GENERIC_ROLE]].

AI: Are there things you would not share with [[ChatGPT|AI_PRODUCT]]?

User: Yes, the CNIC numbers of members. For EOBI pension forms we need CNIC of every worker, and I never put in AI, I do by hand. My own also, [[33100-4827361-5|NATIONAL_ID]], I would not put there. Also names of workers who complain, because if [[management|GENERIC_ROLE]] finds out they can be fired. I tell [[Hamza|PERSON]] also not to use my phone for his games because the union data is there.

AI: Thank you, [[Tariq|PERSON]] sahib. How can we reach you for follow-up?

User: Phone is better for me, [[sifar teen sifar sifar chay chay chaar aik nau saat teen|OBF_PHONE|urdu_digit_words]]. Evening after 7 is good. Allah hafiz.""")

T.append("""AI: Hi, thank you for joining today. Could you tell me a bit about yourself?

User: Hello, I am [[Nasrin Akter|PERSON]], age [[27|AGE]]. I am [[field coordinator|JOB_TITLE]] in [[Shromik Adhikar Kendra|ORGANIZATION]], it is a NGO for garment workers in [[Mirpur|CITY]] and [[Ashulia|CITY]] area of [[Dhaka|CITY]]. I did my graduation from [[Eden Mohila College|SCHOOL]] in [[2019|DATE]].

AI: What does a normal week look like for you and your team?

User: We do legal aid camps, training on rights, and we collect cases of workers who did not get wages. My boss is [[Shirin Sultana|PERSON]], we call her [[Shirin|PERSON|honorific]] apa, she is [[program manager|JOB_TITLE]]. Then [[Rafiqul Islam|PERSON]], [[Rafiq|PERSON|nickname]] bhai, he is [[paralegal|JOB_TITLE]] and very funny. Two community volunteers who are also workers, [[Moyna|PERSON]] and [[Shapla Begum|PERSON]], they bring the cases from the factories because workers trust them more than us.

AI: How does AI come into this work?

User: Our donor is from [[Netherlands|COUNTRY]] and they want reports in English every quarter. I write in Bangla and use [[ChatGPT|AI_PRODUCT]] to translate, then [[Shirin|PERSON]] apa corrects it. Before I used [[Google Bard|AI_PRODUCT]], now it is [[Gemini|AI_PRODUCT]]. Also we record voice of workers for case study, and I try to make transcript with AI, but for Bangla it is not so good, especially the Mymensingh accent of [[Moyna|PERSON]] apa haha.

AI: You mentioned case studies. How do you handle workers' personal information?

User: This is big issue. Case file has name, NID, factory name, sometimes [[the supervisor|GENERIC_ROLE]] name who beat them. We never put that in [[ChatGPT|AI_PRODUCT]]. I change the name to "Worker R" and remove the factory. [[Rafiq|PERSON]] bhai one time put a whole case with NID in it, [[Shirin|PERSON]] apa was very angry and we made a rule. Many donors in [[Europe|CONTINENT]] also now ask about data protection, so it is good we have rule.

AI: Has AI changed anything about how your team works together?

User: Little bit. Before [[Pohela Boishakh|GENERIC_TIME]] and [[Eid|GENERIC_TIME]] is the busiest time because of bonus disputes, and AI helps me finish the reports faster so I can go to the field. [[Shapla|PERSON]] wants to learn also, I am teaching her on my phone. She say one day she want to be like [[Muhammad Yunus|PUBLIC_FIGURE]] haha.

AI: Thank you, [[Nasrin|PERSON]]. How can we reach you if we have follow-up questions?

User: You can call or WhatsApp [[০১৭১১-৪৮২৯৩৬|OBF_PHONE|bengali_digits]]. Or email [[nasrin dot sak at gmail|OBF_EMAIL|spelled_at_dot_partial]], sorry I will write properly: [[nasrin.sak (at) gmail (dot) com|OBF_EMAIL|paren_at_dot]].""")

T.append("""AI: Thanks for joining us. Could you tell me about yourself and your business?

User: Thank you. I'm [[Akosua Frimpong|PERSON]], [[42|AGE]], [[managing director|JOB_TITLE]] of [[Serwaa Shea & Naturals|ORGANIZATION]]. We make shea butter creams and black soap in [[Asafo|CITY]], [[Kumasi|CITY]]. It's named after my grandmother Nana [[Yaa Serwaa|PERSON|honorific]], not [[Yaa Asantewaa|PUBLIC_FIGURE]] the queen mother, people always ask me that haha.

AI: Is it a family business?

User: Very much. My husband [[Kwame Boateng|PERSON]] does the logistics, my younger brother [[Kofi|PERSON]] is the [[accountant|JOB_TITLE]], and my aunt, Auntie [[Efua|PERSON|honorific]], supervises production, she is [[68|AGE]] and still the first one at work every morning. Our [[sales lead|JOB_TITLE]] is not family but she feels like family, [[Memory Agyeman|PERSON|name_is_word]]. The raw shea comes from a women's cooperative near [[Tamale|CITY]], led by Madam [[Fuseina Abdulai|PERSON|honorific]].

AI: Where does AI fit into the business?

User: [[ChatGPT|AI_PRODUCT]] mostly. We started exporting small quantities to [[Europe|CONTINENT]] and the paperwork is heavy, so I ask it to explain the labelling rules and draft emails to buyers. [[Memory|PERSON]] uses it to write product descriptions for our [[Shopify|SOFTWARE]] store. [[Kofi|PERSON]] uses it with [[Excel|SOFTWARE]] formulas. Auntie [[Efua|PERSON]] doesn't touch it, she says her memory is better than any computer, and truly she remembers every batch since [[2009|DATE]].

AI: How do you decide what information goes into these tools?

User: [[Kofi|PERSON]] made us careful. For the export registration we had to submit a lot of personal documents, my Ghana Card, [[GHA-718293645-2|NATIONAL_ID]], the company TIN, bank details. He said none of that goes into AI. Also the cooperative women's names and mobile money numbers, Madam [[Fuseina|PERSON]] trusts us with that so we keep it on paper and in one locked file.

AI: You mentioned [[Kofi|PERSON]] a few times. Is he the most cautious about AI?

User: Yes! [[Kofi|PERSON]] reads everything. He reads about [[Kofi Annan|PUBLIC_FIGURE]] and says he wants to be that careful with words haha. [[Kwame|PERSON]] is the opposite, he will try any app. [[Memory|PERSON]] is in between, she uses AI but she always asks me before posting anything.

AI: Thank you, [[Akosua|PERSON]]. How can we contact you for follow-up?

User: Email is best, [[kos.frimpong (at) serwaa-naturals (dot) com|OBF_EMAIL|paren_at_dot]]. Or call the office [[0 3 2 2 - 0 4 9 - 1 7 7|OBF_PHONE|spaced_dashed_digits]] on weekdays.""")

T.append("""AI: Thanks for making time. Could you tell me about yourself and your work?

User: Sawa, I'm [[Wanjiru Kamau|PERSON]], [[39|AGE]], [[community organiser|JOB_TITLE]] with [[Mwangaza Women's Network|ORGANIZATION]]. We're based in [[Kibera|CITY]], [[Nairobi|CITY]], and we have a new branch in [[Kisumu|CITY]]. I coordinate fourteen chamas, savings groups, mostly women who sell in the market.

AI: Who are the people you work with most?

User: each chama has a [[chairlady|GENERIC_ROLE]] and a [[treasurer|GENERIC_ROLE]]. the strongest group is in [[Olympic|CITY]] estate, [[chairlady|JOB_TITLE]] is [[Chance Wafula|PERSON|name_is_word]] and [[treasurer|JOB_TITLE]] is Mama [[Atieno|PERSON|honorific]], those two can organise anything. In the office I have [[Brian Otieno|PERSON]], our [[M&E officer|JOB_TITLE]], and a volunteer we call [[Kevo|PERSON|nickname]], his real name is [[Kevin Mutua|PERSON]], he's [[19|AGE]] and he does all our social media. In [[Kisumu|CITY]] it's [[Akinyi Ochieng|PERSON]] running things.

AI: Where does AI come in?

User: We record meetings in Swahili and Sheng, and [[Kevo|PERSON]] tried [[Otter|AI_PRODUCT]] to transcribe, it was useless with Sheng lol. Now we use [[ChatGPT|AI_PRODUCT]] to turn my voice notes into minutes in English for the donors. [[Brian|PERSON]] exports [[M-Pesa|SOFTWARE]] statements into [[Excel|SOFTWARE]] and uses AI to find who missed contributions. Honestly if you'd given me the chance five years ago to have this, I'd have saved so many nights.

AI: You mentioned [[Chance|PERSON]] and Mama [[Atieno|PERSON]]. How do the chama leaders feel about AI?

User: [[Chance|PERSON]] loves it, she asks it business ideas, she wants to open a salon. Mama [[Atieno|PERSON]] is suspicious, she says "hii kitu inajua pesa zetu?" meaning does this thing know our money. So we explain we don't put member names or ID numbers, only totals. Loans need ID copies and phone numbers and those stay in the locked cabinet.

AI: Any moments where it went wrong?

User: once it wrote a report saying a chama had "KES 4 million" because I said "four hundred thousand" in Swahili badly haha. also it suggested a quote from [[Wangari Maathai|PUBLIC_FIGURE]] that she never said, [[a donor|GENERIC_ROLE]] noticed. so now everything is double checked by [[Brian|PERSON]].

AI: Thank you, [[Wanjiru|PERSON]]. How can we reach you?

User: On X I'm [[@wanjiru_organizes|SOCIAL_HANDLE]]. Or call [[sifuri saba mbili mbili, nne tano sita, moja tisa nane|OBF_PHONE|swahili_digit_words]]. Asante!""")

T.append("""AI: Thank you for joining. Can you tell me a bit about yourself and your work?

User: Hi. I'm Dr. [[Mariam Abdelrahman|PERSON]], [[33|AGE]], [[emergency medicine specialist|JOB_TITLE]] at [[Ain Shams University Hospitals|ORGANIZATION]] in [[Cairo|CITY]]. I live in [[Nasr City|CITY]]. I graduated from [[Alexandria University|SCHOOL]] in [[2015|DATE]] and moved to [[Cairo|CITY]] for residency.

AI: What's a typical shift like, and who's on it with you?

User: 24 hour shifts, sometimes 12 if we are lucky. On my shift the senior is Dr. [[Khaled Mansour|PERSON]], he is [[consultant|JOB_TITLE]], very old school. The [[head nurse|JOB_TITLE]] is Hagga [[Samia|PERSON|honorific]], she runs the ER honestly, more than any doctor. Then two residents, [[Youssef Hamdy|PERSON]] and [[Nourhan|PERSON]], and usually [[interns|GENERIC_ROLE]] rotating. We lost a lot of people, my friend [[Omar El-Sayed|PERSON]] moved to [[Jordan|COUNTRY]] last year and two others went to [[Saudi Arabia|COUNTRY]].

AI: How do you use AI in your work?

User: [[ChatGPT|AI_PRODUCT]] and [[OpenEvidence|AI_PRODUCT]] to quickly check guidelines, dosing, things I used to look in [[UpToDate|SOFTWARE]]. I use it to write discharge instructions in simple Egyptian Arabic, because most patients can't read the English papers. [[Youssef|PERSON]] uses it for his exam studying. Dr. [[Khaled|PERSON]] refuses, he says he trained before Google and he doesn't need a machine, but I saw him once asking it about his car haha.

AI: Do you worry about patient data?

User: Of course. The hospital system has national ID, 14 digits, name, address. We don't put any of that. I write "55 year old male, chest pain" like that. Hagga [[Samia|PERSON]] caught [[Nourhan|PERSON]] once taking photo of a patient file to ask AI to read the handwriting and she shouted at her in front of everyone, so nobody does that again.

AI: Has AI changed anything about your shifts?

User: In [[Ramadan|GENERIC_TIME]] the ER is crazy before iftar, accidents everywhere, so anything that saves me five minutes is good. But also I worry [[interns|GENERIC_ROLE]] trust it too much. [[Magdi Yacoub|PUBLIC_FIGURE]] didn't become who he is by asking a chatbot, I tell them haha.

AI: Thank you, Dr. [[Mariam|PERSON]]. How can we reach you?

User: WhatsApp [[٠١٠٠ ٢٨٧ ٤٥١٩|OBF_PHONE|eastern_arabic_digits]] or email [[mariam.abdelrahman at gmail dot com|OBF_EMAIL|spelled_at_dot]].""")

T.append("""AI: Merhaba, thanks for joining. Could you tell me about yourself and your work?

User: Merhaba! I'm [[Elif Demir|PERSON]], [[44|AGE]]. I'm an [[English teacher|JOB_TITLE]] and [[head of the foreign languages department|JOB_TITLE]] at [[Bornova Anadolu Lisesi|SCHOOL]] in [[Bornova|CITY]], [[İzmir|CITY]]. 19 years in teaching, the last eight at this school.

AI: Who do you work closely with?

User: In my department we are five. [[Ayşe|PERSON|honorific]] Hoca is the closest, actually she teaches maths but we share the same teachers' room and the same tea addiction haha. [[Burak Yılmaz|PERSON]] is the youngest [[English teacher|JOB_TITLE]], very techy. Our [[principal|JOB_TITLE]], [[Hüseyin Kaya|PERSON]] Bey, is supportive but careful, he waits for the Ministry to say something first. And [[Zeynep|PERSON|honorific]] abla from the canteen, she knows every student's secrets, more than [[the counsellor|GENERIC_ROLE]].

AI: How do you use AI tools?

User: [[ChatGPT|AI_PRODUCT]] for reading texts at different levels, and [[Gemini|AI_PRODUCT]] sometimes because it's in our Google accounts. [[Burak|PERSON]] made a whole [[Quizizz|SOFTWARE]] bank with AI in one weekend. I use it to prepare speaking prompts. For the [[Cumhuriyet Bayramı|GENERIC_TIME]] ceremony I asked it to help with an English version of a speech about [[Atatürk|PUBLIC_FIGURE]], the students read it for the exchange school guests. But grades go into [[e-Okul|SOFTWARE]] by hand, never AI.

AI: You mentioned the [[principal|JOB_TITLE]], [[Hüseyin|PERSON]] Bey. What's the school's position?

User: [[Hüseyin|PERSON]] Bey says use it but no student personal data, no photos. We had a small problem with a parent. [[Mehmet Arslan|PERSON]] Bey, his son [[Deniz|PERSON]] is [[15|AGE]], he complained that [[Deniz|PERSON]]'s essay was marked as AI written by a detector [[Burak|PERSON]] tried, and actually [[Deniz|PERSON]] wrote it himself. [[Mehmet|PERSON]] Bey came to school very angry. After that we don't use detectors.

AI: How do parents generally react to AI in class?

User: Mixed. Some are happy. [[Selin|PERSON]]'s mother, [[Gülşen|PERSON]] Hanım, asked me to show her how to use it for her own job, she's an [[accountant|JOB_TITLE]]. Others think the kids will become lazy, which, honestly, some will. Before [[Kurban Bayramı|GENERIC_TIME]] holiday I gave homework and three essays were identical [[ChatGPT|AI_PRODUCT]] text, same first sentence haha.

AI: Thank you, [[Elif|PERSON]] Hoca. How can we reach you for follow-up?

User: Email [[elif.demir et hotmail nokta com|OBF_EMAIL|turkish_at_dot]] or phone [[sıfır beş üç iki, dört bir sekiz, yirmi yedi, doksan üç|OBF_PHONE|turkish_digit_words]]. Kolay gelsin!""")

T.append("""AI: Salam, thank you for joining. Could you introduce yourself and your work?

User: Salam, I'm [[Nasim Rahimi|PERSON]], [[37|AGE]], co-founder and [[principal architect|JOB_TITLE]] at [[Ayvan Design Studio|ORGANIZATION]] in [[Yousefabad|CITY]], [[Tehran|CITY]]. I studied at [[University of Tehran|SCHOOL]], finished my masters in [[2012|DATE]]. We are six people, mostly residential projects and some interior.

AI: Tell me about the people in the studio.

User: My partner is [[Kaveh Jafari|PERSON]], he does structure and the business side. [[Parisa Moradi|PERSON]] and [[Arash|PERSON]] are [[junior architects|JOB_TITLE]], both very good with rendering. Agha-ye [[Karimi|PERSON|honorific]] is our [[site supervisor|JOB_TITLE]], he's [[61|AGE]] and has built more buildings than all of us together. [[Leila|PERSON]] does admin and accounts part time. Our biggest client this year is a developer from [[Isfahan|CITY]], [[Sepahan Saze|ORGANIZATION]], and the contact there is Mr [[Ebrahimi|PERSON]].

AI: How does AI fit into your work?

User: It's complicated from [[Iran|COUNTRY]], we need VPN for [[ChatGPT|AI_PRODUCT]] and many tools block us, also payment is a problem because of sanctions. [[Parisa|PERSON]] uses [[Stable Diffusion|AI_PRODUCT]] on her own computer for concept images, and [[Midjourney|AI_PRODUCT]] through a friend's account. The drawings are still [[Revit|SOFTWARE]] and [[AutoCAD|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] for writing proposals and for translating specifications from English suppliers.

AI: What do your colleagues think about it?

User: [[Kaveh|PERSON]] loves it for contracts, I'm a bit nervous about that. [[Karimi|PERSON]] thinks images from AI are "dreams without beams" haha, and he's right, clients see a render inspired by [[Zaha Hadid|PUBLIC_FIGURE]] and then ask why the real building is different. [[Arash|PERSON]] is worried about jobs for young architects.

AI: Are there things you avoid putting into AI?

User: Client names, plot addresses, the kod-e melli of clients on contracts. Also site photos with neighbours' windows. Before [[Nowruz|GENERIC_TIME]] everybody wants their project finished so we are rushing, and in the rush people paste things they shouldn't. [[Leila|PERSON]] caught a contract draft with Mr [[Ebrahimi|PERSON]]'s full details in [[ChatGPT|AI_PRODUCT]] last time.

AI: Thank you, [[Nasim|PERSON]]. How can we reach you?

User: Email [[nasim.rahimi [at] ayvanstudio [dot] ir|OBF_EMAIL|bracket_at_dot]] or my mobile [[۰۹۱۲ ۳۴۷ ۸۸۱۵|OBF_PHONE|persian_digits]]. My sketches are on Instagram, [[@nasim.draws|SOCIAL_HANDLE]].""")

T.append("""AI: Hola, thank you for joining. Can you tell me about yourself and your work?

User: Hola! I'm [[Luisa Fernanda Restrepo|PERSON]], [[30|AGE]]. I'm the [[general manager|JOB_TITLE]] of our family bakery, [[Panadería La Espiga de Oro|ORGANIZATION]], in [[Laureles|CITY]], [[Medellín|CITY]]. My father Don [[Jairo|PERSON|honorific]] opened it in [[1992|DATE]], I studied business at [[Universidad EAFIT|SCHOOL]] and came back to help in [[2020|DATE]] during the pandemic.

AI: Who's on the team?

User: My mom Doña [[Marleny|PERSON|honorific]] still makes the buñuelos every morning, nobody can copy her recipe. [[Yeison|PERSON]] is the [[baker|JOB_TITLE]], he starts at 4 am. [[Maryuri|PERSON]] and my cousin [[Valentina|PERSON]] are at the counter. Señora [[Gloria Patiño|PERSON|honorific]] does the accounting two days a week, she's been with us since I was a kid. We also have a big corporate client, an office of [[Bancolombia|ORGANIZATION]] nearby that orders breakfast for meetings, the contact there is [[Andrés Felipe Gómez|PERSON]], their [[office coordinator|JOB_TITLE]].

AI: How do you use AI in the bakery?

User: [[ChatGPT|AI_PRODUCT]] for Instagram posts, promotions, and to calculate costs when flour prices go up, which is always haha. I also used it to set up the menu on the [[Rappi|SOFTWARE]] app. For accounting we use [[Siigo|SOFTWARE]], and Señora [[Gloria|PERSON]] doesn't let AI touch it. In [[diciembre|GENERIC_TIME]] we get hundreds of natilla and buñuelo orders for [[Navidad|GENERIC_TIME]], so I made a little system with [[ChatGPT|AI_PRODUCT]] and [[Google Forms|SOFTWARE]] to organise them.

AI: What does your father think about it?

User: Don [[Jairo|PERSON]] says "eso es pa' los jóvenes". but then he asks me to ask the computer about football, if [[James Rodríguez|PUBLIC_FIGURE]] will play in the next game haha. [[Yeison|PERSON]] is curious, he asked it for bread recipes from [[Argentina|COUNTRY]] and we now sell medialunas.

AI: Are there things you are careful not to share with it?

User: Yes, the electronic invoices have the customer cédula and mine too, [[1.036.458.902|NATIONAL_ID]], and the bank account. None of that goes in. For [[Andrés Felipe|PERSON]]'s orders I don't put names of the people at the meetings, only numbers.

AI: Thank you, [[Luisa|PERSON]]. How can we contact you?

User: Email [[luisa.restrepo arroba gmail punto com|OBF_EMAIL|spanish_arroba_punto]] or WhatsApp [[tres cero cero, 612, 44 87|OBF_PHONE|spanish_words_digits]]. ¡Gracias!""")

T.append("""AI: Thanks for joining. Could you tell me about yourself and what you do?

User: sure. [[Martín Ezequiel Ferraro|PERSON]], [[35|AGE]], [[tech lead|JOB_TITLE]] at [[Mercado Libre|ORGANIZATION]] in the payments area. I live in [[Villa Crespo|CITY]], [[Buenos Aires|CITY]], and my team is split between here, [[Córdoba|CITY]] and [[Rosario|CITY]]. Studied systems engineering at [[UTN|SCHOOL]], took me forever like everyone haha

AI: Tell me about your team.

User: eight devs and one QA. [[Federico Bianchi|PERSON]], but nobody calls him that, he's el [[Colo|PERSON|nickname]] because he's redhead. [[Florencia Ruiz|PERSON]], [[Flor|PERSON|nickname]], is the best backend dev I've worked with. [[Juanpi|PERSON|nickname]] in [[Córdoba|CITY]] is our mobile guy. [[Agustina Paz|PERSON]] does QA and she is the only one who reads the specs. My manager is in [[Brazil|COUNTRY]], [[Rodrigo Almeida|PERSON]], [[engineering manager|JOB_TITLE]], we speak portuñol in the dailies lol

AI: How does AI show up in your team's work?

User: a lot. [[GitHub Copilot|AI_PRODUCT]] is standard in the company, some use [[Cursor|AI_PRODUCT]] too. I use [[Claude|AI_PRODUCT]] for design docs and reviewing long PRs. We had a trial of [[Devin|AI_PRODUCT]] for a month, honestly it was like an intern that never sleeps and never learns lol. [[Flor|PERSON]] doesn't use any of it, she says it makes her slower, and her numbers are the best so who am I to argue

AI: You mentioned [[Agustina|PERSON]] reads the specs. Has AI changed QA?

User: [[Agustina|PERSON]] uses AI to generate test cases from the specs and then deletes half of them haha. The risk is in payments, you can't have a bot hallucinating with money. We have strict rules, no production data in any prompt, no customer DNI, nothing. Funny, during onboarding I had to give my own DNI, [[33.912.447|NATIONAL_ID]], and the HR bot asked it twice, so even the company isn't perfect lol

AI: How do you feel about where it's going?

User: mixed. [[Marcos Galperin|PUBLIC_FIGURE]] keeps saying AI will change everything, and maybe. In [[January|GENERIC_TIME]] half the team is on vacation at the coast and AI basically covers the on-call questions, that's nice. But the juniors worry, el [[Colo|PERSON]] mentors two of them and they ask him every week if they'll still have a job. I tell them [[Lionel Messi|PUBLIC_FIGURE]] still needed a team lol

AI: Thanks, [[Martín|PERSON]]. Where can we find you for follow-up?

User: github [[github.com/mferraro-dev|URL]], or email [[martin.ferraro.dev@gmail.com|EMAIL_ADDRESS]]""")

T.append("""AI: Olá, thank you for joining. Could you tell me about yourself and your work?

User: Olá. My name is [[Ana Rita Sousa|PERSON]], I am [[46|AGE]], [[specialist nurse|JOB_TITLE]] in internal medicine at [[Hospital de São João|ORGANIZATION]] in [[Porto|CITY]], and also [[union delegate|JOB_TITLE]] for the [[Sindicato dos Enfermeiros do Norte|ORGANIZATION]]. I live in [[Matosinhos|CITY]]. I studied at [[Escola Superior de Enfermagem do Porto|SCHOOL]].

AI: Who are the people you work with on the ward and in the union?

User: On the ward the [[head nurse|JOB_TITLE]] is enfermeira [[Conceição Marques|PERSON]], [[enfermeira-chefe|JOB_TITLE]] for 15 years. Dona [[Fátima|PERSON|honorific]] is our [[auxiliary|JOB_TITLE]], she knows every patient's family. Young nurses [[Tiago Mendes|PERSON]] and [[Beatriz Lopes|PERSON]], we call her [[Bia|PERSON|nickname]], they are the ones who teach me technology. In the union the [[president|JOB_TITLE]] is Sr. [[Joaquim Pires|PERSON]], very old style, and we have meetings at the office on [[Rua de Costa Cabral 1146|ADDRESS]], [[4200-227|ADDRESS]] [[Porto|CITY]], every [[Thursday|GENERIC_TIME]].

AI: How do you use AI in these two roles?

User: In the ward, almost nothing, the system is [[SClínico|SOFTWARE]] and there's no AI. For the union I use [[ChatGPT|AI_PRODUCT]] to summarise long documents from the ministry and to write communiqués to members. [[Bia|PERSON]] set up [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] so the meeting minutes are made automatically, Sr. [[Joaquim|PERSON]] was not happy, he likes writing them by hand.

AI: You mentioned [[Bia|PERSON]] and [[Tiago|PERSON]] teach you technology. Do they use AI for nursing?

User: [[Tiago|PERSON]] uses it to study for his specialisation. [[Bia|PERSON]] uses it to plan her shifts and to complain about them haha. There is a lot of tiredness, many young nurses go to [[Switzerland|COUNTRY]] or the [[United Kingdom|COUNTRY]], better salaries. When the union prepared the strike in [[November 2023|DATE]] I used AI to compare our salaries with other countries in [[Europe|CONTINENT]], it helped make the argument clearer.

AI: What about members' data?

User: Very careful. Members send NIF and bank details for the quotas, and names of colleagues with disciplinary problems. Never in AI. Even [[Marcelo Rebelo de Sousa|PUBLIC_FIGURE]] couldn't make me do that haha. Dona [[Fátima|PERSON]] always says "o que é da casa fica em casa".

AI: Thank you, [[Ana Rita|PERSON]]. How can we contact you?

User: Email [[anarita.sousa arroba sapo ponto pt|OBF_EMAIL|portuguese_arroba_ponto]], or by phone [[nove um dois, 447, 30 58|OBF_PHONE|portuguese_words_digits]]. Obrigada!""")

T.append("""AI: Bonjour, thanks for joining. Could you tell me about yourself and your work?

User: Bonjour! [[Camille Roussel|PERSON]], [[41|AGE]], I'm the [[gérante|JOB_TITLE]] of [[Agence Grain de Sel|ORGANIZATION]], a small communication agency in [[Villeurbanne|CITY]], next to [[Lyon|CITY]]. I founded it in [[2014|DATE]] after [[Sciences Po Lyon|SCHOOL]] and six years in a big agency where I was miserable.

AI: Who's in the agency with you?

User: We are five plus an intern. My associate is [[Florence Garnier|PERSON|name_is_place]], she does strategy and the difficult clients haha. [[Théo Marchand|PERSON]] is our [[graphic designer|JOB_TITLE]], [[Inès Haddad|PERSON]] is [[community manager|JOB_TITLE]], [[Mamadou Diallo|PERSON]] does video. The intern this year is [[Zhang Yuqi|PERSON|family_name_first]], a Chinese student from [[Université Lumière Lyon 2|SCHOOL]], she's [[23|AGE]] and she puts her family name first on her emails, so half our clients call her [[Zhang|PERSON]] thinking it's her first name lol. [[Yuqi|PERSON]] doesn't mind.

AI: What kind of clients do you have?

User: Local mostly. A wine estate in the [[Beaujolais|CITY]], [[Domaine des Trois Chênes|ORGANIZATION]], the owner is Madame [[Hélène Lefèvre|PERSON]], very demanding but loyal. The [[Mairie de Villeurbanne|ORGANIZATION]] for some cultural events. A chain of three bakeries. And a startup in [[Part-Dieu|CITY]] that changes its mind every week.

AI: How do you use AI in the agency?

User: [[ChatGPT|AI_PRODUCT]] and [[Le Chat|AI_PRODUCT]] from Mistral, we like to support a French one, [[Arthur Mensch|PUBLIC_FIGURE]] is a bit of a hero here haha. [[Florence|PERSON]] uses it for strategy outlines, [[Inès|PERSON]] for post ideas. [[Théo|PERSON]] uses [[Midjourney|AI_PRODUCT]] but only for moodboards, he refuses to deliver AI images to clients. [[Mamadou|PERSON]] uses [[Descript|SOFTWARE]] to edit interviews. All our project planning is in [[Notion|SOFTWARE]]. At the [[rentrée|GENERIC_TIME]] in [[septembre|GENERIC_TIME]] everybody comes back and we have a rush, AI saves us maybe a day a week then.

AI: Any rules about client information?

User: Yes, we wrote a charter. No client contracts, no personal data of their customers, no unreleased products. Madame [[Lefèvre|PERSON]] was explicit, she made us sign an extra clause. Also we tell clients when AI was used for drafts, it's honest.

AI: Merci, [[Camille|PERSON]]. How can we reach you for follow-up?

User: The agency is at [[14 rue Francis de Pressensé|ADDRESS]], [[69100|ADDRESS]] [[Villeurbanne|CITY]]. Email [[camille arobase graindesel point fr|OBF_EMAIL|french_arobase_point]], or phone [[zéro six, quarante-deux, dix-huit, soixante-treize, zéro cinq|OBF_PHONE|french_number_words]]. My portfolio is [[camilleroussel.fr|URL]].""")

T.append("""AI: Guten Tag, and thanks for joining. Could you tell me about yourself and your work?

User: Hallo! [[Katrin Vogel|PERSON]], I'm [[52|AGE]], I'm [[Kitaleiterin|JOB_TITLE]], that means I lead a daycare, [[Kita Sonnenblume|ORGANIZATION]] in [[Leipzig|CITY]]-[[Connewitz|CITY]]. We have 86 children and 14 staff. Before that I was Erzieherin for twenty years in [[Halle|CITY]].

AI: Who do you work with most closely?

User: My [[deputy|JOB_TITLE]] is [[Aylin Yıldız|PERSON]], Frau [[Yıldız|PERSON]] for the parents, for us just [[aylin|PERSON]]. [[Thomas Becker|PERSON]], Herr [[Becker|PERSON]] to the kids, he's our only male educator and the children love him. Then [[Jonas|PERSON]], the Azubi, he is [[20|AGE]] and very online. Our Träger is the [[Volkssolidarität|ORGANIZATION]], and there is a [[Fachberaterin|JOB_TITLE]] from them, [[Petra Scholz|PERSON]], who visits once a month.

AI: How do you use AI tools?

User: Mostly [[ChatGPT|AI_PRODUCT]] for Elternbriefe, the letters to parents, in Leichte Sprache, simple German, and then [[DeepL|SOFTWARE]] to translate into Arabic, Ukrainian, Turkish. [[Aylin|PERSON]] checks the Turkish because she is native. [[Jonas|PERSON]] uses AI for his Berufsschule homework which I pretend not to know haha. For the observations and development reports, no AI, there is too much data about the child.

AI: You mentioned parents. Can you tell me about a situation with a parent?

User: Yes, one mother, Frau [[Schulze|PERSON]], her daughter [[Mia|PERSON]] is [[four|AGE]], she asked if we use AI to "analyse" her child because she read something. We explained no. Another father, Herr [[Paweł Nowak|PERSON]], is from [[Poland|COUNTRY]] and he was happy because the letters are now in Polish too, before he had to ask [[his colleague|GENERIC_ROLE]] to translate. So it's different for each family.

AI: Are there rules from your Träger about AI?

User: Since [[Sommer 2024|DATE]] we have a guideline, no names, no photos, no health information, DSGVO of course. Before [[Weihnachten|GENERIC_TIME]] we had a team training, Herr [[Becker|PERSON]] was the most sceptical, he said "Kinder brauchen Menschen, nicht Maschinen", and he's right. But the paperwork is killing us, so I take any help.

AI: Vielen Dank, Frau [[Vogel|PERSON]]. How can we contact you?

User: Email [[k.vogel ät kita-sonnenblume punkt de|OBF_EMAIL|german_aet_punkt]], or the office phone [[0341 / 86 - 29 - 4 - 17|OBF_PHONE|slashed_dashed_digits]], but only mornings, afternoons are chaos.""")

T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your job?

User: alright, im [[Dean Whitworth|PERSON]], [[49|AGE]], [[forklift driver|JOB_TITLE]] and [[workplace rep|JOB_TITLE]] for [[GMB|ORGANIZATION]] at the [[Parcelink|ORGANIZATION]] distribution centre in [[Trafford Park|CITY]], [[Manchester|CITY]]. been there since [[2011|DATE]]. live in [[Stretford|CITY]] so its 10 mins on the bike

AI: Who are the people you deal with as a rep?

User: about 400 on site, lots of agency lads as well. my mate [[gaz|PERSON|lowercase_name]] is the other rep on nights, [[Gary Holt|PERSON]]. then theres a young lad [[Jordan Price|PERSON|name_is_place]] who's just joined the union, [[Jordan|PERSON]] is sharp, wants to be a rep himself. big polish crew, [[Krzysztof Wiśniewski|PERSON]], [[Krzysiek|PERSON|nickname]] we call him, he translates for me. [[Blessing Okafor|PERSON]] on the returns line, she got the women organised about the toilet breaks. and our [[regional organiser|JOB_TITLE]] is [[Sue Hargreaves|PERSON]], she's brilliant

AI: Where does AI come into your union work?

User: two ways. one, [[management|GENERIC_ROLE]] uses AI. the scanners track our rates and some system decides who gets a "conversation", i reckon its [[Blue Yonder|SOFTWARE]] or something like it, nobody will tell us. two, i use [[ChatGPT|AI_PRODUCT]] to help write grievance letters and check the ACAS code, cos my spelling is shocking. [[Sue|PERSON]] showed me. [[Krzysiek|PERSON]] uses it to translate union leaflets into polish

AI: You mentioned the rate tracking. How do workers feel about that?

User: stressed. around [[Black Friday|GENERIC_TIME]] and [[Christmas|GENERIC_TIME]] peak its mental, the targets go up and the system flags people who are slow. [[Blessing|PERSON]] had a case where a woman got flagged for being slow when she was pregnant and the system didnt know. we won that one. [[shift manager|JOB_TITLE]] [[Mark|PERSON|name_is_word]] was alright about it tbf, he's not the enemy, its the algorithm. i always say [[Jeff Bezos|PUBLIC_FIGURE]] didn't invent this but they all copy him

AI: Is there anything you won't put into [[ChatGPT|AI_PRODUCT]]?

User: members names, never. i write "member A". and no NI numbers, when i did my own online it asked for mine, [[JT 48 22 91 C|NATIONAL_ID]], and i thought why does a chatbot need that, closed it. [[gaz|PERSON]] puts everything in, i keep telling him. i'll mark his card about it again next week

AI: Cheers, [[Dean|PERSON]]. How can we get hold of you if we've got follow-ups?

User: email [[dean.whitworth70 at hotmail dot co dot uk|OBF_EMAIL|spelled_at_dot]] or text [[oh seven seven double oh, nine double oh, four one eight|OBF_PHONE|british_digit_words]]""")

T.append("""AI: Hello, thank you for joining. Could you tell me a bit about yourself?

User: Hi! I'm [[Hetal Patel|PERSON]], I'm [[40|AGE]], and I'm the [[superintendent pharmacist|JOB_TITLE]] at our family pharmacy, [[Belgrave Road Chemists|ORGANIZATION]], in [[Leicester|CITY]]. My dad opened it in [[1987|DATE]]. I did my MPharm at [[De Montfort University|SCHOOL]] just down the road.

AI: Who else works in the pharmacy?

User: It's very much a family thing. My dad, [[Hitesh|PERSON]], is retired on paper but he's in every day, everyone in [[Belgrave|CITY]] calls him [[Hitesh|PERSON]] bhai. My aunt [[Nila|PERSON|honorific]] ben does the deliveries planning. My niece [[Sydney|PERSON|name_is_place]] works Saturdays, she's [[17|AGE]] and yes she's named [[Sydney|PERSON]] because she was born in [[Sydney|CITY]] when my brother was working there. On the counter we have [[Amber Clarke|PERSON|name_is_word]], she's been with us eight years, and a [[dispenser|JOB_TITLE]] called [[Imran|PERSON]]. [[Locums|GENERIC_ROLE]] come and go.

AI: How do you use AI in the pharmacy?

User: Carefully! I use [[ChatGPT|AI_PRODUCT]] for admin, writing the SOPs, staff rotas, letters to the GP surgeries like [[Highfields Medical Centre|ORGANIZATION]]. Clinical stuff stays in [[PharmOutcomes|SOFTWARE]] and the PMR system. [[Amber|PERSON]] uses it to make posters for the window, she made a whole campaign for flu jabs. [[Sydney|PERSON]] wanted to use it for her A-level chemistry and I said only to check, not to write.

AI: What do your dad and aunt think of it?

User: [[Hitesh|PERSON]] bhai is funny, he asks it in Gujarati about cricket and [[Gary Lineker|PUBLIC_FIGURE]] and then argues with it. [[Nila|PERSON]] ben thinks it's like Google. During [[Diwali|GENERIC_TIME]] and [[Navratri|GENERIC_TIME]] the whole road is busy and we get loads of visitors from [[India|COUNTRY]] who need emergency supplies, so I use AI to translate leaflets into Gujarati and Punjabi. That has been a big help honestly.

AI: Are there things you never put into AI tools?

User: Patient names, NHS numbers, anything with a date of birth, prescriptions. It's a red line, amber light at best for anything else, I always think twice. We had a GPhC inspection last year and I showed them our AI policy, they were impressed.

AI: Thank you, [[Hetal|PERSON]]. How can we reach you?

User: Email [[hetal at belgravechemists dot co dot uk|OBF_EMAIL|spelled_at_dot]], or the shop on [[0116 2 6 6 1 0 4 8|OBF_PHONE|spaced_digits]]. We're at [[212 Belgrave Gate|ADDRESS]], [[LE1 3HS|ADDRESS]] if you're ever passing.""")

T.append("""AI: Thank you for joining. Could you tell me about yourself and your work?

User: Sure. I'm [[Chiamaka Eze-Johnson|PERSON]], [[51|AGE]], [[registered nurse|JOB_TITLE]] and owner of [[Lone Star Compassionate Home Health|ORGANIZATION]] in [[Sugar Land|CITY]], [[Texas|CITY]]. I came from [[Enugu|CITY]] in [[2002|DATE]], did my BSN at [[University of Houston|SCHOOL]], and started the agency in [[2013|DATE]]. We serve about 120 patients across [[Fort Bend|CITY]] and [[Harris county|CITY]].

AI: Tell me about your team.

User: My [[director of nursing|JOB_TITLE]] is [[Israel Okafor|PERSON|name_is_place]], he's been with me from the start. [[Paris Thompson|PERSON|name_is_place]] is our [[scheduler|JOB_TITLE]], she's the one who knows where every nurse is at every minute. Our [[senior LVN|JOB_TITLE]] is [[Rowena Santos|PERSON]], everybody calls her Ate [[Weng|PERSON|nickname]], she trained half of our Filipino nurses. My daughter [[Ifeoma|PERSON]] does billing part time while she's in college. And we have around forty field nurses and aides.

AI: Where does AI come into your agency?

User: Our EMR is [[Axxess|SOFTWARE]] and they added some AI features for the OASIS documentation, which is honestly the worst part of home health. [[Israel|PERSON]] reviews all of it before it's submitted. I use [[ChatGPT|AI_PRODUCT]] for policies and training materials. [[Paris|PERSON]] tried an AI route planner, it sent a nurse from [[Sugar Land|CITY]] to [[Katy|CITY]] twice in one day, so we stopped. [[Our lawyer|GENERIC_ROLE]] uses something called [[Harvey|AI_PRODUCT]], which I only know because it's on the bill lol

AI: You mentioned Ate [[Weng|PERSON]] trained many of the nurses. How do the nurses feel about AI?

User: [[Weng|PERSON]] says it's fine for English, she uses it to check her notes read well. The older nurses are suspicious. The patients are the most suspicious, one of our patients, Mr. [[Harold Jenkins|PERSON]], he's [[88|AGE]], he asked our nurse if "the robot" was going to take his blood pressure now haha.

AI: How do you handle HIPAA and personal information with these tools?

User: Very strict. Nothing with patient identifiers goes into [[ChatGPT|AI_PRODUCT]]. Staff files too, SSNs, license numbers. I had a scare myself, I was filling a Medicare enrollment form and almost pasted my own SSN, [[529-47-8136|NATIONAL_ID]], into a chatbot to "check the form". I caught myself. After [[Thanksgiving|GENERIC_TIME]] we did a training for all staff about that.

AI: Thank you, [[Chiamaka|PERSON]]. How can we contact you?

User: Email [[chiamaka@lonestarchh.com|EMAIL_ADDRESS]] or LinkedIn, [[linkedin.com/in/chiamaka-eze-johnson-rn|URL]].""")

T.append("""AI: Hi, thanks for joining. Can you tell me about yourself and your work?

User: hey! im [[Marisol Guerrero|PERSON]], [[28|AGE]], [[lead organizer|JOB_TITLE]] at [[Albany Park Tenants United|ORGANIZATION]] in [[Chicago|CITY]]. we organize tenants in big buildings, mostly immigrant families, and im from the neighborhood myself, grew up in [[Albany Park|CITY]], went to [[Roosevelt High School|SCHOOL]] right there

AI: Who are the people you organize with?

User: every building has captains. at [[4817 N Kimball Ave|ADDRESS]] the captain is [[Kovács Eszter|PERSON|family_name_first]], she's Hungarian and writes her name family name first, took me a month to realize [[Eszter|PERSON]] was her first name lol. in the same building theres mr [[park|PERSON|lowercase_name]], [[Park Sung-min|PERSON|family_name_first]], he's [[74|AGE]] and he has every rent receipt since [[1996|DATE]] in a shoebox. and auntie [[Wang Lifen|PERSON|family_name_first]] on the 3rd floor who runs the WeChat group. our [[youth volunteer|JOB_TITLE]] is [[Hope Adeyemi|PERSON|name_is_word]], she's in high school and shes honestly our best door knocker

AI: You mentioned [[Eszter|PERSON]]. How does she use AI?

User: [[Eszter|PERSON]] uses [[ChatGPT|AI_PRODUCT]] to translate our flyers into Hungarian for the two other families, and [[Wang|PERSON]] ayi uses the WeChat translate for Mandarin. Mr. [[Park|PERSON]] doesn't use it but his grandson reads him the Korean version of the flyers we make with AI. i use [[Claude|AI_PRODUCT]] to read leases, they're like 40 pages and full of junk fees. and we keep our contacts in [[Action Network|SOFTWARE]]

AI: Has AI helped in a specific fight with a landlord?

User: yes. the building was bought by [[Lakeshore Prime Holdings|ORGANIZATION]] in [[October 2023|DATE]] and they started charging all these fees. i pasted the lease, no names, into [[Claude|AI_PRODUCT]] and it found a clause that contradicted the city ordinance. we took it to [[the alderman|GENERIC_ROLE]]'s office. heat went out in [[winter|GENERIC_TIME]] too and we used AI to write the complaint in 4 languages. not saying AI won it, the tenants won it, [[Hope|PERSON]] knocked on like 200 doors, but it helped. we even got a mention when [[Brandon Johnson|PUBLIC_FIGURE]] talked about tenant protections lol

AI: What information do you keep out of AI tools?

User: immigration status, obviously, and names, phone numbers, unit numbers. the landlord's application asked for SSNs and [[Eszter|PERSON]] refused to give hers, we don't want anything like that anywhere near a chatbot. i always say i hope these companies never get our members data

AI: Thanks, [[Marisol|PERSON]]. How can we reach you?

User: instagram [[marisolorganizes|SOCIAL_HANDLE]], or email [[m.guerrero@aptu-chi.org|EMAIL_ADDRESS]]. meetings every [[Thursday|GENERIC_TIME]] 7pm if you wanna come""")

T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your work?

User: Hello. My name is [[Florence Mathew|PERSON|name_is_place]], I am [[45|AGE]], [[nursing superintendent|JOB_TITLE]] at [[St. Anne's Mission Hospital|ORGANIZATION]] in [[Ernakulam|CITY]], [[Kochi|CITY]]. Yes, named after [[Florence Nightingale|PUBLIC_FIGURE]], it was my appachan's idea, so I had no choice to become a nurse haha. I studied at [[Government College of Nursing, Kottayam|SCHOOL]].

AI: That's a great story, [[Florence|PERSON]]. Who do you work with?

User: I manage around 180 nurses in three shifts. Our [[matron|JOB_TITLE]] is Sister [[Lissy Joseph|PERSON|honorific]], she is a religious sister and very strict but fair. My right hand is [[Sini|PERSON|honorific]] chechi, [[Sini Varghese|PERSON]], she is [[ward in-charge|JOB_TITLE]] in ICU. Then the young ones, [[Anoop|PERSON]], [[Bincy|PERSON]], [[Jincy|PERSON]], actually [[Bincy|PERSON]] and [[Jincy|PERSON]] are twins and even doctors mix them up. The [[medical superintendent|JOB_TITLE]] is Dr. [[Ravindran Nair|PERSON]].

AI: How does AI come into your work?

User: I use [[ChatGPT|AI_PRODUCT]] for preparing duty roster drafts, circulars and training presentations. The roster I finalise in [[Excel|SOFTWARE]]. Many nurses use AI to prepare for OET and IELTS, because they want to go to [[UAE|COUNTRY]], [[Ireland|COUNTRY]], [[Australia|COUNTRY]]. [[Anoop|PERSON]] is going to [[Ireland|COUNTRY]] next month, he practised interviews with [[ChatGPT|AI_PRODUCT]] every night. It is good for them but for us it is a big loss, every year we lose 30, 40 nurses.

AI: You mentioned [[Sini|PERSON]] chechi. Does she use it too?

User: [[Sini|PERSON]] chechi uses [[Grammarly|SOFTWARE]] only, she says [[ChatGPT|AI_PRODUCT]] is "too confident". Sister [[Lissy|PERSON]] does not use any, she writes in her diary. During [[Onam|GENERIC_TIME]] roster is the most difficult, everybody wants leave, and AI helped me make a fair rotation from last three years leave history. I removed names and put only codes.

AI: How do you handle patient information and staff information?

User: Hospital system has patient details and Aadhaar numbers, we never copy them outside. Even my own, when I had my surgery here, [[the admission staff|GENERIC_ROLE]] wrote my Aadhaar [[5821 7340 9916|NATIONAL_ID]] on a paper slip and I scolded them, [[nursing superintendent|JOB_TITLE]] or not haha. Staff files also, no AI.

AI: Thank you, [[Florence|PERSON]]. How can we contact you?

User: Email [[florence.mathew@stannesmission.org|EMAIL_ADDRESS]] or mobile [[+91 94470 31826|PHONE_NUMBER]].""")

T.append("""AI: Thank you for joining us. Could you tell me about yourself and your work?

User: Thank you. I am Hajiya [[Rukayya Bello Sani|PERSON|honorific]], [[55|AGE]] years, [[proprietress|JOB_TITLE]] of [[Al-Noor Model Schools|ORGANIZATION]] in [[Nassarawa GRA|CITY]], [[Kano|CITY]]. We have nursery, primary and junior secondary, about 650 pupils. I started the school in [[2006|DATE]] after teaching for many years at [[Federal Government Girls College, Kano|SCHOOL]].

AI: Who are the key people at the school?

User: Our [[head teacher|JOB_TITLE]] is Mallam [[Ibrahim Yusuf|PERSON|honorific]], very disciplined. The [[JSS coordinator|JOB_TITLE]] is Mrs [[Grace Adebayo|PERSON|name_is_word]], she is Yoruba, she came from [[Ibadan|CITY]] with her husband, she is our best [[English teacher|JOB_TITLE]]. Our [[bursar|JOB_TITLE]] is Malam [[Sani Abdullahi|PERSON|honorific]]. And the [[computer teacher|JOB_TITLE]] [[Usman|PERSON]], he is [[26|AGE]] and he is the one who brought this AI into the school.

AI: How is AI used at the school?

User: [[Usman|PERSON]] showed the teachers [[ChatGPT|AI_PRODUCT]] and [[Microsoft Copilot|AI_PRODUCT]] for lesson notes. Mrs [[Grace|PERSON]] uses it to make comprehension passages and WAEC style questions. Mallam [[Ibrahim|PERSON]] was against it at first, he said by the grace of God our teachers can write their own notes. Now he uses it for the school circulars, in English and Hausa. For school fees we use [[Paystack|SOFTWARE]] and an [[Excel|SOFTWARE]] sheet, no AI there.

AI: How do parents feel about it?

User: Some are very happy. Alhaji [[Musa Danjuma|PERSON|honorific]], his daughter [[Fatima|PERSON]] is in JSS2, she is [[twelve|AGE]], he asked me if the school can teach AI as a subject. Another father, Mr [[Goodluck Eze|PERSON|name_is_word]], he is a [[businessman|JOB_TITLE]] in [[Sabon Gari|CITY]], he complained that his son used AI for homework. I told him, even [[Goodluck Jonathan|PUBLIC_FIGURE]] had to write his own exams haha. We made a rule, homework must be handwritten.

AI: What about pupils' information?

User: We don't put children's names or photos into any AI. [[Grace|PERSON]] once wanted to use it to write report card comments, I said only if she removes the names and writes "Pupil 1, Pupil 2". During [[Ramadan|GENERIC_TIME]] and before [[Sallah|GENERIC_TIME]] break the work is heavy, so people want shortcuts, I understand, but children's information is amana, trust.

AI: Thank you, Hajiya [[Rukayya|PERSON]]. How can we contact you for follow-up?

User: The school address is [[No. 12 Maiduguri Road|ADDRESS]], [[Nassarawa GRA|CITY]], [[Kano|CITY]]. My phone is [[zero eight zero six, 3 5 1, 9 9 2 4|OBF_PHONE|mixed_words_digits]].""")

T.append("""AI: Hi! Thanks for joining. Could you tell me about yourself and your work?

User: hi!! im [[Jerome Cabrera|PERSON]] but everyone calls me [[Jerjer|PERSON|nickname]] lol. [[27|AGE]], [[team leader|JOB_TITLE]] at [[VistaReach Solutions|ORGANIZATION]], a BPO in [[Lahug|CITY]], [[Cebu City|CITY]]. our account is tech support for a US telco, graveyard shift always. graduated from [[University of San Carlos|SCHOOL]] in [[2018|DATE]]

AI: Tell me about your team.

User: i have 16 agents. my top agent is Ate [[Lovely|PERSON|name_is_word]], [[Lovely Abellana|PERSON]], she's [[34|AGE]] and a single mom, super galing. Kuya [[Bong|PERSON|nickname]] is the oldest, he's been in BPO since [[2005|DATE]]. then the young ones, [[Cherry Mae Tan|PERSON]], [[Rhea Mae|PERSON]], [[Kent|PERSON]], [[Sunshine Lumapas|PERSON|name_is_word]] who is honestly always late lol. my [[OM|JOB_TITLE]] is Sir [[Dennis Yap|PERSON]] and our QA is Ma'am [[Joanna|PERSON]]. most are from [[Cebu City|CITY]] and some from [[Mandaue|CITY]] and [[Talisay|CITY]]

AI: How does AI show up in your work?

User: [[the client|GENERIC_ROLE]] gave us an AI assist tool, it's called [[Ada|AI_PRODUCT]], it suggests answers while we chat with customers in [[Zendesk|SOFTWARE]]. sometimes its good sometimes it suggests to reset the modem for everything haha. i use [[ChatGPT|AI_PRODUCT]] to make coaching plans, and [[Grammarly|SOFTWARE]] is installed on all PCs. Ate [[Lovely|PERSON]] uses [[ChatGPT|AI_PRODUCT]] to practice american accent scripts, she wants to become QA like Ma'am [[Joanna|PERSON]]

AI: You mentioned the agents. How do they feel about the AI tool?

User: mixed. [[Bong|PERSON]] thinks it will replace us, the news always says AI will kill BPO in [[Philippines|COUNTRY]]. [[Sunshine|PERSON]] uses it as a crutch, she copies the suggestions without reading lol, so her QA scores went down. Ate [[Lovely|PERSON]] is the opposite, she edits everything so her scores are 98. its a lovely problem to have honestly, i just coach each one differently

AI: Are there things the team is told not to put into AI?

User: yes, customer account numbers and names only stay in their system, never in [[ChatGPT|AI_PRODUCT]]. even our own stuff, [[HR|GENERIC_ROLE]] asked us to send SSS numbers in a group chat before and i sent mine, [[34-5829174-6|NATIONAL_ID]], then realized haha. during [[Sinulog|GENERIC_TIME]] the floor is empty so we get lots of training on data privacy then

AI: Thanks, [[Jerome|PERSON]]. How can we reach you?

User: tiktok [[@jerjer.codes|SOCIAL_HANDLE]] lol or text [[０９２７ ４４１ ８０３６|OBF_PHONE|fullwidth_digits]]""")

T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your work?

User: Hello! In Hungary we say family name first, so at home I am [[Szabó Réka|PERSON|family_name_first]], but here in [[Germany|COUNTRY]] I am [[Réka Szabó|PERSON]]. I'm [[33|AGE]], I came from [[Debrecen|CITY]] in [[2019|DATE]]. Now I'm [[Gesundheits- und Krankenpflegerin|JOB_TITLE]] and since last year [[Schichtleitung|JOB_TITLE]] on a cardiology ward at [[Klinikum Schwabing|ORGANIZATION]] in [[München|CITY]]. I studied nursing at [[Debreceni Egyetem|SCHOOL]].

AI: Who do you work with on your shifts?

User: Our [[Stationsleitung|JOB_TITLE]] is Frau [[Sabine Hoffmann|PERSON]], very organised, typical German haha. The [[Oberarzt|JOB_TITLE]] is Dr. [[Florian Weiß|PERSON]]. We are a very international team: [[Maria Clara Santos|PERSON]] from the [[Philippines|COUNTRY]], [[Anju Thomas|PERSON]] from [[Kerala|CITY]], [[Emina Hodžić|PERSON]] from [[Bosnia|COUNTRY]], and the Germans, [[Lukas|PERSON]] and [[Jana|PERSON]]. When I make the shift plan I need to think about who speaks German well for the night shift alone.

AI: How do you use AI in your job?

User: In the beginning, [[DeepL|SOFTWARE]] every day, for the documentation and to understand the Arztbriefe. Now I use [[ChatGPT|AI_PRODUCT]] to prepare handovers in better German and to explain words. The hospital system is [[SAP|SOFTWARE]] with some modules, no AI inside. [[Maria Clara|PERSON]] and [[Anju|PERSON]] use [[ChatGPT|AI_PRODUCT]] for their Anerkennung exam, the recognition exam, I helped them. Frau [[Hoffmann|PERSON]] does not like it, she says we have to learn German properly and not with a machine.

AI: You mentioned Frau [[Hoffmann|PERSON]] doesn't like it. Are there rules on the ward?

User: Yes, clear rule: no patient names, no birth dates, no diagnoses with names. Datenschutz is very strong here. I write "Patient, 70, Z.n. Herzinfarkt" and nothing else. [[Emina|PERSON]] once took a photo of a handwritten note to translate it, with a patient name on it, and Frau [[Hoffmann|PERSON]] saw it. Big talk after that.

AI: Has AI changed anything about how the team works together?

User: It makes the international colleagues more confident. Before, [[Maria Clara|PERSON]] was afraid to call [[the doctor|GENERIC_ROLE]] at night. Now she prepares what to say with AI, then calls. During [[Oktoberfest|GENERIC_TIME]] the emergency department is full and we get many admissions, so everything fast is helpful. But [[Lukas|PERSON]] jokes that soon the AI will do the shift plan and I can go home haha.

AI: Thank you, [[Réka|PERSON]]. How can we contact you?

User: Email [[szabo.reka kukac freemail pont hu|OBF_EMAIL|hungarian_kukac_pont]], or mobile [[null eins fünf eins, 2 3 8 4 7 1 9 6|OBF_PHONE|german_words_digits]].""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_q")
