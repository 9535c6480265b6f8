# Blind evaluation set "bs": 25 synthetic interview transcripts about AI at work.
# Population: mid/late-career workers, managers, executives, owners, consultants, returners; 25 countries.
# Every person, number, email, address and ID below is invented.
from markup import write_set
T = []

# 1 South Africa
T.append("""AI: Thanks for making time, [[Sipho|PERSON]]. Could you start by telling me a bit about yourself and the work you do now?

User: Sure, sure. I'm [[Sipho Mahlangu|PERSON]], I'm [[sixty-one|AGE]], and my wife is already planning a braai for the next one [laughs]. I spent my whole career in banking. I joined [[Standard Bank|ORGANIZATION]] in [[1986|DATE]] as a [[teller|JOB_TITLE]] in [[Mthatha|CITY]], back when we still counted cash by hand and the ledger cards lived in a steel cabinet. Then I was [[branch manager|JOB_TITLE]] in [[Komani|CITY]] — it was still called [[Queenstown|CITY|former_place_name]] then — and I went from [[branch manager|JOB_TITLE]] to [[regional director|JOB_TITLE]] of [[Eastern Cape|CITY|region]] in [[2007|DATE]]. I retired in [[March 2021|DATE]] and, honestly, I lasted about eight months at home. My wife said I was reorganising the kitchen cupboards like they were a loan book.

AI: [laughs] What brought you back?

User: Boredom. And [[my old boss|GENERIC_ROLE]], who had left the bank to run a small development fund. He phoned me and said, [[Sipho|PERSON]], [[the board|GENERIC_ROLE]] wants somebody who knows the small businesses in the province, the the real ones, not the ones on paper. So now I consult. I registered my own company, [[Mahlangu Advisory|ORGANIZATION]], registration number [[2021/748203/07|NATIONAL_ID|company_registration]], and I work from home in [[East London|CITY|place_looks_foreign]] — not the one in [[England|COUNTRY]], people always ask. My clients are small: a panel beater, a guesthouse up the mountain, a spaza wholesaler who keeps his whole stock list in his head. They don't have accountants, they have shoeboxes.

AI: How do AI tools come into that consulting work?

User: More than I expected. I use [[ChatGPT|AI_PRODUCT]] to turn my scribbles into a proper business plan, and [[Copilot|AI_PRODUCT]] inside [[Excel|SOFTWARE]] for the cash flow projections. At [[Standard Bank|ORGANIZATION]] we had a whole team of analysts for that; now it's me and the machine. The funny thing is, the thinking is the same as when I was a young lender. What changed is the typing. I dictate into my phone in the car, half English, half isiXhosa, and then I ask it to clean it up. The English it does well, the isiXhosa it butchers. [laughs] My daughter [[Nandi|PERSON]] set it all up for me. She tells me, Baba, never paste a client's ID number in there. I've learned. Mostly.

AI: Mostly?

User: Well. Last year I asked it to summarise a loan application and it invented a turnover figure, just made it up, very confident, and I nearly sent it to the fund like that. My wife [[Precious|PERSON|name_is_word]] — she's a [[deputy principal|JOB_TITLE]] — laughed at me, she said the learners do exactly the same with their homework. Now I check every number twice. I tell my clients what [[Warren Buffett|PUBLIC_FIGURE]] says, risk comes from not knowing what you're doing. I say it to myself too. [[The grandkids|GENERIC_ROLE]] are the real experts; [[Lwazi|PERSON]] is [[nine|AGE]] and he talks to [[Siri|AI_PRODUCT]] like it's an auntie. [inaudible] Sorry, that's the dog.

AI: No problem. Is there anything about your own information that worries you?

User: Of course. Everything is on this phone. My cell, [[083 555 0172|PHONE_NUMBER]], has been on every business card since I started consulting. The email is [[sipho@mahlangu-advisory.co.za|EMAIL_ADDRESS]], and I'm on [[LinkedIn|SOFTWARE]] like everybody. What worries me — once I pasted my whole CV into [[ChatGPT|AI_PRODUCT]] to update it, ID number and all, [[641014 5811 087|NATIONAL_ID|spaced_digits]]. [[Nandi|PERSON]] nearly had a heart attack. In [[South Africa|COUNTRY]] that number is everything — your bank, your grant, your vote. And you can't change it like a password. If somebody has it, they have it for life.

AI: Last question: what would make you trust these tools more?

User: If they told me where my data goes, honestly. [[Madiba|PUBLIC_FIGURE|nickname]] used to say... no, I won't misquote him, [[ChatGPT|AI_PRODUCT]] already does that for me [laughs]. I'd like something built here, trained on [[Africa|CONTINENT]], that knows what a stokvel is without me explaining it every time, that knows a taxi is not a cab. Until then I keep the clients' details out, I use it for the words and the numbers, and I use [[WhatsApp|SOFTWARE]] and a cup of tea for the human part. That part no machine is doing for me.""")

# 2 Nigeria
T.append("""AI: Good afternoon, and thank you for joining from [[Lagos|CITY]]. Could you introduce yourself and your work?

User: Good afternoon o. My name is Mrs. [[Blessing Okonkwo-Adeyemi|PERSON]] — the hyphen was my compromise with my husband's family [laughs]. I'm [[fifty-three|AGE]]. I started at [[Guinness Nigeria|ORGANIZATION]] in [[1994|DATE]], moved to [[Nigerian Breweries|ORGANIZATION]] some years later and rose to [[head of distribution|JOB_TITLE]] for the whole region. In [[2012|DATE]] I left and started my own haulage company, [[BOA Freight & Haulage Ltd|ORGANIZATION]], RC [[1048327|NATIONAL_ID|company_registration]]. We move drinks and FMCG goods from the port to the big distributors inland, sometimes as far as the north. Thirty-two trucks now, when they are all working, which is never. [laughs]

AI: So you've been running the company for over ten years. Where does AI come into it?

User: Through [[my son|GENERIC_ROLE]], honestly. [[Tobi|PERSON]] studied computer science at [[UNILAG|SCHOOL|abbreviation]], and during the lockdown he built us a small dispatch system with [[ChatGPT|AI_PRODUCT]] and [[Google Sheets|SOFTWARE]]. The drivers drop their location on [[WhatsApp|SOFTWARE]], the sheet updates, I see everything from my phone. Before, I had a big whiteboard in the office and a boy whose only job was to call drivers and write on it. My [[operations manager|JOB_TITLE]], Mr. [[Kunle Bakare|PERSON]], fought the new system at first — he came with me from [[Nigerian Breweries|ORGANIZATION]], he's old school like me — and now he's the one asking [[ChatGPT|AI_PRODUCT]] to draft letters to the port people. [laughs] It has been a blessing, I won't lie.

AI: Was there a moment when you really needed it?

User: [[#EndSARS|GENERIC_TIME|hashtag_looks_like_handle]]. Our trucks were stuck for days, we had goods spoiling in the heat, the roads were blocked and nobody knew which ones. We used the sheet to re-route everything. Without it, [[Kunle|PERSON]] would have been calling forty drivers one by one, and half of them don't answer [[on Sundays|GENERIC_TIME]] anyway. That was when I stopped seeing it as [[my son|GENERIC_ROLE]]'s toy. In this business information is money. The one who knows first which road is open, that one delivers.

AI: You mentioned your son. Does the rest of the family work with you?

User: My husband [[Tunde|PERSON]] is an [[architect|JOB_TITLE]], he has his own practice, he wants nothing to do with trucks [laughs]. Our daughter [[Victoria|PERSON]] lives on [[Victoria Island|CITY|name_inside_place]], she jokes the island was named after her. She's a [[senior associate|JOB_TITLE]] at [[Aluko & Oyebode|ORGANIZATION|org_looks_like_person]], the law firm, so she reads our contracts for free, which my accountant appreciates. [[Tobi|PERSON]] calls himself our head of technology, which means he fixes my phone.

AI: What about privacy? Are you careful with what goes into these tools?

User: I try. But look, our [[Instagram|SOFTWARE]], [[@boafreight_ng|SOCIAL_HANDLE]], has my own line on it, [[zero eight zero three, five five five, two one four six|OBF_PHONE|spelled_digits]], because customers want to call the owner, not a call centre. Email is [[blessing@boafreight.com.ng|EMAIL_ADDRESS]], website [[www.boafreight.com.ng|URL]]. Office is [[Plot 7, Creek Road|ADDRESS]], [[Apapa|CITY]]. Everybody in the business knows where to find me. What I don't put into [[ChatGPT|AI_PRODUCT]] is contracts with names and amounts. [[Aliko Dangote|PUBLIC_FIGURE]] didn't build his empire by telling everybody his prices. [laughs]

AI: Is there anything you wish these tools did better for a business like yours?

User: Pidgin! [laughs] And the roads. It tells me from the port to the inland depot is two hours. Two hours, in [[Nigeria|COUNTRY]]? Maybe at three in the morning [[on Christmas Day|GENERIC_TIME]]. The tools are built for [[Europe|CONTINENT]] and [[America|COUNTRY]], they don't know our reality — the checkpoints, the potholes, the rain that turns a road into a river. But my drivers now send voice notes instead of typing, and [[tobi|PERSON|lowercase_name]] runs them through transcription, so something is improving. Slowly, slowly.""")

# 3 Kenya
T.append("""AI: Thank you for joining, Mr. [[Njoroge|PERSON|interviewer_echo]]. Could you tell me about your background?

User: Thank you. I am [[Joseph Kamau Njoroge|PERSON]], most people call me [[JK|PERSON|initials_nickname]]. I am [[fifty-seven|AGE]]. An accountant by training, CPA, [[ICPAK|ORGANIZATION|professional_body]] member number [[11873|NATIONAL_ID|professional_registration]]. I worked at [[KTDA|ORGANIZATION|abbreviation]] from [[1991|DATE]], seventeen years in the tea factories, then [[finance manager|JOB_TITLE]] at [[Unilever Tea Kenya|ORGANIZATION]] until [[2019|DATE]], then [[chief finance officer|JOB_TITLE]] at a coffee savings society. I retired in [[December 2022|DATE]]. It did not last. [laughs]

AI: What brought you back?

User: The cooperatives kept calling. The chairman of one came to my house himself with a bag of avocados and said [[JK|PERSON|initials_nickname]], our books are a disaster. So now I'm a part-time [[consultant|JOB_TITLE]], mostly audits and training treasurers. Farmers are paid through [[M-Pesa|SOFTWARE]], records are in [[Excel|SOFTWARE]] if you are lucky, exercise books if you are not. Some treasurers are farmers themselves, elected because they are honest, not because they know accounting. I respect them very much. My job is to make them confident.

AI: And where do AI tools fit into that work?

User: I use [[ChatGPT|AI_PRODUCT]] to prepare the training notes, in English and then in Kikuyu — it is not perfect in Kikuyu, the old men laugh at some sentences. [[Gemini|AI_PRODUCT]] on my phone for quick translations in the field. And I ask it to check the reconciliations: I paste the [[M-Pesa|SOFTWARE]] statement and the ledger and say, find me the differences. It saves me maybe two days a month. But I don't paste member names. I replace them with numbers first, in a separate sheet that stays on my laptop. It takes time, but it is the right way. I learned that a little bit the hard way. [laughs] After the [[2007 elections|GENERIC_TIME|event_looks_like_date]], everybody in this country learned that lists of names can be dangerous. At [[KTDA|ORGANIZATION|abbreviation]] we had to protect the records of farmers from certain areas. So I am careful. My wife [[Wanjiru|PERSON]] is careful too, she is a [[nursing officer|JOB_TITLE]] at [[Outspan Hospital|ORGANIZATION]], and she will not let [[the nurses|GENERIC_ROLE]] put patient things in these chat tools. She says, [[JK|PERSON|initials_nickname]], a patient's name is not a spreadsheet cell. She is right.

AI: Tell me about your family. Do they use these tools?

User: Our daughter [[Mumbi|PERSON]] did her degree at [[Strathmore University|SCHOOL]] and now she works at [[Safaricom|ORGANIZATION]], in the product side — so she is the one who taught me. Her son [[Baraka|PERSON|name_is_word]] is [[three|AGE]], and he already knows how to unlock my phone. [[The grandchildren|GENERIC_ROLE]] will not need accountants, [[Mumbi|PERSON]] says. I tell her they will need somebody to blame. [laughs]

AI: How do you handle your own details with the tools — your contacts, your tax information?

User: I am old-fashioned. My KRA PIN, [[A004518293Q|NATIONAL_ID|tax_id]], I type only on the government portal, nowhere else. My number is [[0722 555 913|PHONE_NUMBER]], it's on the cooperative notice boards, everyone has it. Email [[jk.njoroge@yahoo.com|EMAIL_ADDRESS]], I have had it twenty years, I'm not changing it now. We live off [[Kamakwa Road|ADDRESS|street_only]] in [[Nyeri|CITY]], near the stadium. Anybody can find me, it is a small town.

AI: Any last thoughts on AI at work in your field?

User: Only that it should serve the small farmer. [[Wangari Maathai|PUBLIC_FIGURE]] was from near here, she said we must do the little things. For me the little thing is a treasurer who can read his own books. If [[ChatGPT|AI_PRODUCT]] helps him do that, good. If it only helps the big companies in the capital and overseas in [[Europe|CONTINENT]], then [[Kenya|COUNTRY]] gains nothing. [[Every quarter|GENERIC_TIME]] I see another app come and go. The ones that stay are the ones the farmers trust.""")

# 4 Egypt
T.append("""AI: Thank you for joining us from [[Cairo|CITY]], Eng. [[Mona|PERSON|interviewer_echo]]. Could you start by introducing yourself?

User: Thank you. My full name is [[Mona Abdel-Rahman El-Sayed|PERSON]], I am [[54|AGE]], I'm a civil engineer, member of the [[Engineers Syndicate|ORGANIZATION|professional_body]], membership number [[118734|NATIONAL_ID|professional_registration]]. I joined [[Orascom Construction|ORGANIZATION]] in [[1994|DATE]] as a [[site engineer|JOB_TITLE]] on a hotel project on the coast — I was the only woman on site, imagine, they didn't even have a bathroom for me. I became [[project director|JOB_TITLE]] in [[2006|DATE]]. I left in [[2012|DATE]], after the [[January 25 revolution|GENERIC_TIME|event_looks_like_date]] many projects froze, and I went to [[Vodafone Egypt|ORGANIZATION]] to run their network infrastructure builds.

AI: And what are you doing now?

User: In [[2018|DATE]] I founded my own consultancy, [[Nile Arc Consultants|ORGANIZATION]]. We are nine people, we do project controls for contractors — schedules, cost, claims — mostly in the new cities east of [[Cairo|CITY]], and some work in [[Saudi Arabia|COUNTRY]]. My old manager from [[Orascom|ORGANIZATION|short_form]], Eng. [[Hatem Fouad|PERSON]], is our senior partner now. He's [[seventy|AGE]] and still the first in the office every morning, he makes the coffee himself and complains about everybody's coffee. [laughs]

AI: How do you use AI in that work?

User: Every day. Schedules are in [[Primavera|SOFTWARE|name_is_word]], drawings in [[AutoCAD|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] to write the delay claims in proper English, and [[Copilot|AI_PRODUCT]] to summarise the long email threads — the contractors write fifty emails about one pipe. For Arabic letters to the authorities, honestly, the tools are still weak, the formal Arabic comes out strange, like a translated novel, so [[our secretary|GENERIC_ROLE]] rewrites it. She is faster than the machine and she knows which words the officials like to read. Twenty-five years with me, she knows every ministry by its smell. [laughs]

AI: Do you worry about confidentiality?

User: Yes, especially on government projects. We have a rule: no drawings, no names of officials, no prices into any public tool. My husband [[Sherif|PERSON]] is a [[cardiologist|JOB_TITLE]] at [[Kasr Al Ainy|ORGANIZATION]], and in the hospital they are even stricter, so at home we are the two paranoid ones. [laughs] Our son [[Youssef|PERSON]] laughs at us. He's [[22|AGE]], studying at [[AUC|SCHOOL|abbreviation]], and he puts his whole life into these apps, his photos, his voice, everything.

AI: How about your own contact details — do they end up in these tools?

User: They end up everywhere. [laughs] My mobile — I'll say it the way it is on my card, in Arabic numbers — [[٠١٠٠ ٥٥٥ ٣٨٢٧|OBF_PHONE|arabic_indic_digits]]. The office email is [[mona.elsayed@nilearc.com.eg|EMAIL_ADDRESS]], and my old [[Orascom|ORGANIZATION|short_form]] address still receives spam somehow, twelve years later. We're at [[Villa 17, Road 233|ADDRESS]] in [[Maadi|CITY]], the office is the ground floor of our house. My national ID is on every tender document, [[27004150104562|NATIONAL_ID]], so I assume it is already in somebody's dataset.

AI: Do you see AI changing your industry?

User: Slowly. [[Naguib Sawiris|PUBLIC_FIGURE]] gives talks about technology, but on a site in [[Upper Egypt|CITY|region]] the foreman still writes in a notebook. I think the change will come from the young engineers. I started my career with a drafting table in [[the nineties|GENERIC_TIME]], now my juniors ask [[ChatGPT|AI_PRODUCT]] before they ask me. It is a bit humbling. But the responsibility is still mine — when a slab cracks, nobody blames the chatbot, they call the engineer. And please, if you quote me, say an engineer from [[Egypt|COUNTRY]], from [[Africa|CONTINENT]], not my name. [laughs]""")

# 5 India
T.append("""AI: Good morning. Thank you for joining. Could you please introduce yourself?

User: Good morning, good morning. I am CA [[Ramesh Venkataraman|PERSON]] — CA is chartered accountant, in [[India|COUNTRY]] we put it before the name like a doctor. Friends call me [[Venki|PERSON|nickname]]. I'm [[fifty-nine|AGE]]. [[ICAI|ORGANIZATION|professional_body]] membership number [[204517|NATIONAL_ID|professional_registration]]. I began at [[Infosys|ORGANIZATION]] in [[1996|DATE]], in the finance team in [[Bangalore|CITY]], became [[senior manager|JOB_TITLE]] — finance, and left in [[2009|DATE]] to join [[KPMG|ORGANIZATION]] as [[associate director|JOB_TITLE]]. In [[2016|DATE]] I came back home to [[Coimbatore|CITY]] and started my own firm, [[Venkat & Associates|ORGANIZATION]].

AI: What does your firm do, and how big is it?

User: Audit, GST, income tax for small manufacturers — pumps, textiles, foundries, this is the belt. We are fourteen people. Most of our clients still run [[Tally|SOFTWARE|name_is_word]], so the first job is always cleaning their data. I use [[ChatGPT|AI_PRODUCT]] for drafting replies to tax notices and [[Gemini|AI_PRODUCT]] because it is inside the Google account. For the big reconciliations I still trust [[Excel|SOFTWARE]] and my own eyes. [laughs] The clients are family businesses, second or third generation, and [[the father|GENERIC_ROLE]] still signs every cheque. With them I cannot say "the AI recommends". I have to say "I recommend".

AI: Have you had any experiences where the tool got it wrong?

User: Oh, many. Once it cited a section of the Income Tax Act that does not exist. Very confidently. [[My article assistant|GENERIC_ROLE]] almost put it into the reply. After that I made a rule: every citation, check it in the bare act. Like [[Narayana Murthy|PUBLIC_FIGURE]] used to tell us at [[Infosys|ORGANIZATION]] — in God we trust, everybody else bring data. [laughs] I learned that in my first year there, and it is even more true now.

AI: You've seen a lot of change over the years.

User: Yes. [[Y2K|GENERIC_TIME|event]], I was at [[Infosys|ORGANIZATION]] and we were billing the whole world for it. [[26/11|GENERIC_TIME|event_looks_like_date]], I was in [[Mumbai|CITY]] on an audit, stuck in the hotel two days, watching the smoke on television. Then demonetisation, then GST — every few years something turns the practice upside down. This AI is the next one, but at least it doesn't come at midnight with a TV announcement. [laughs]

AI: Tell me a little about your family — do they use these tools too?

User: My wife [[Lakshmi|PERSON]] is a [[professor|JOB_TITLE]] of botany at [[PSG College of Arts and Science|SCHOOL]], she is suspicious of all of it, she says her students submit the same essay twenty times. Our daughter [[Kavya|PERSON]] is a [[software engineer|JOB_TITLE]] at [[Zoho|ORGANIZATION]] in [[Chennai|CITY]], so she builds these things. And our grandson [[Aarav|PERSON]] is [[four|AGE]], he speaks to the Google speaker in Tamil and it answers in English. [laughs]

AI: How do you handle personal data — your clients' and your own?

User: Clients' PAN and Aadhaar never go into any tool, I mask them first. But my own, honestly, it's everywhere. My PAN [[AHQPV4827K|NATIONAL_ID|tax_id]] is on every invoice I issue. Office is [[No. 12, 3rd Cross Street|ADDRESS]], [[RS Puram|CITY|neighbourhood]]. Mobile [[98430 55512|PHONE_NUMBER]], and [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/ca-ramesh-venkat|URL]]. For email, people mistype it, so I always say it like this: [[ramesh dot v at venkatassociates dot in|OBF_EMAIL|spelled_at_dot]]. Only in [[Asia|CONTINENT]], I think, does an accountant give his mobile number to every client. [laughs] But the profession should not be afraid. If AI can give small businesses a basic accountant, that is good. The CA's job will be judgement. That cannot be downloaded. Not yet.""")

# 6 Japan
T.append("""AI: Thank you for joining today, [[Morimoto|PERSON|honorific_suffix]]-san. Could you introduce yourself?

User: Yes, thank you. I am [[Morimoto Kazuko|PERSON|surname_first]] — [[Kazuko|PERSON]] is my given name, so in English order [[Kazuko Morimoto|PERSON]]. I am [[sixty-seven|AGE]]. I joined [[Hitachi|ORGANIZATION]] in [[Shōwa 55|DATE|era_year]], that is [[1980|DATE]], straight after [[Ochanomizu University|SCHOOL]]. I was a programmer in the systems works in [[Totsuka|CITY]]. In [[1998|DATE]] I became [[kachō|JOB_TITLE|romanized_title]], section chief. There were very few women section chiefs then, maybe three in the whole works. At the first meeting a visitor from a client company handed me his tea cup, he thought I was there to serve. [laughs]

AI: That must have been quite a path. How did it continue?

User: I stayed until retirement age, [[sixty|AGE]], in [[2017|DATE]]. Then like many people I signed the re-employment contract, as [[senior advisor|JOB_TITLE]], until [[2022|DATE]]. Lower salary, same desk. [laughs] Now I work freelance as an [[IT consultant|JOB_TITLE]] for small factories in [[Ōta|CITY|ward]], three or four clients. Family companies; the president is often seventy-something and the documents are on paper and fax. They are very skilled people. They can feel a tenth of a millimetre with their fingers, but they cannot find a file on the shared drive.

AI: How do you use AI tools with those clients?

User: Mainly [[ChatGPT|AI_PRODUCT]] and [[Copilot|AI_PRODUCT]]. I use them to make manuals — the old workers explain a procedure, I record it, then I ask the tool to make a clean procedure document with steps and warnings. Also [[Excel|SOFTWARE]] macros; I used to write them myself, now I ask and then I check. Honestly, checking is harder than writing. And communication with clients is all on [[LINE|SOFTWARE|name_is_word]], [[the presidents|GENERIC_ROLE]] don't read email. Sometimes the president sends me a voice message before sunrise. [laughs] Craftsmen wake up early.

AI: Have you seen moments of crisis in your career where technology mattered?

User: Many times. The [[Lehman Shock|GENERIC_TIME|event_looks_like_person]] — our division cut the budget by half, my team lost two people. And [[3.11|GENERIC_TIME|event_looks_like_date]], the earthquake; the systems at the plants in the north went down and we worked in shifts for weeks. My first manager, [[Satō|PERSON]]-san, used to say the machine is never the problem, the person who trusts it is the problem. He said that in the [[Heisei|GENERIC_TIME|era_name]] years about mainframes, and it is the same with AI now. I repeat it to my clients and they nod like I said something wise. [laughs] It was [[Satō|PERSON]]-san who was wise.

AI: Does your family use these tools?

User: My husband [[Takeshi|PERSON]] was a [[high school teacher|JOB_TITLE]] of mathematics, retired, he refuses. [laughs] Our daughter [[Yui|PERSON]] uses them at her work, she is an [[interpreter|JOB_TITLE]], and she is worried, of course, for her profession. Her son [[Haruto|PERSON]] is [[six|AGE]], first grade, and the school already has tablets. His birthday is the [[fourth of April|DATE]], and he asked the tablet to plan his party. I was impressed and a little bit afraid.

AI: What about your personal information — do you think about what goes into these tools?

User: I am careful, but I cannot be perfect. My business card says [[2-14-3 Kichijōji Honchō|ADDRESS]], [[Musashino|CITY]], because I work from home. Mobile is written in full-width on the card, [[０９０-４４７２-８１３６|OBF_PHONE|fullwidth_digits]], my daughter made it that way, she said it looks more elegant. [laughs] Email [[k-morimoto@mbr.nifty.com|EMAIL_ADDRESS]], since [[the nineties|GENERIC_TIME]]. I once typed my My Number into a form that a chatbot was filling, and then I panicked and deleted it. In [[Japan|COUNTRY]] we have so many older people working and so few young ones. [[Matsushita Kōnosuke|PUBLIC_FIGURE]] said a company is its people. I think AI can help the old workers pass on what they know before they leave. Not replacing people — recording them.""")

# 7 Indonesia
T.append("""AI: Selamat siang, thank you for joining, Bu [[Ratna|PERSON|interviewer_echo]]. Could you introduce yourself?

User: Selamat siang. Yes, I am [[Ratna Wulandari|PERSON]], [[52|AGE]] this year. I started at [[Bank Bumi Daya|ORGANIZATION]] in [[1993|DATE]] as a [[credit analyst|JOB_TITLE]]. Then came [[Krismon|GENERIC_TIME|historical_event]], the monetary crisis, and the bank was merged into [[Bank Mandiri|ORGANIZATION]] — so I changed employer without changing desk. [laughs] I was [[branch manager|JOB_TITLE]] in a small town near [[Yogya|CITY|short_form]] when I resigned in [[2008|DATE]]. Everybody said I was crazy to leave a bank job, with the pension and the uniform.

AI: Why did you leave banking?

User: My mother had a small batik workshop in [[Solo|CITY|name_is_word]], and she was getting old. So I took it over and made it a company, [[CV Sekar Arum|ORGANIZATION]]. Our business ID, the NIB, is [[9120301842715|NATIONAL_ID|business_registration]]. We have eleven batik makers, mostly ibu-ibu from the neighbourhood, some of them worked with my mother for thirty years. We sell online and export a little to the [[Netherlands|COUNTRY]] and [[Japan|COUNTRY]]. My bank experience helps: I know cash flow, I know that a big order can kill a small business if the payment comes late.

AI: Where do AI tools come into running the batik business?

User: Product descriptions, mostly. On [[Tokopedia|SOFTWARE]] and [[Shopee|SOFTWARE]] you need long descriptions with keywords, and I have three hundred motifs. I write in Indonesian, [[ChatGPT|AI_PRODUCT]] makes English and Dutch versions. Pictures in [[Canva|SOFTWARE]]. My son [[Dimas|PERSON]] set it up; he studied at [[ITB|SCHOOL|abbreviation]] and now he works for a startup in the capital. He says [[Nadiem Makarim|PUBLIC_FIGURE]] started with motorbikes and a phone, so I can start with batik and a phone. [laughs]

AI: Are there things the tools get wrong about batik?

User: Oh yes. It mixes up the motifs, it calls a parang a kawung, it writes that our batik is from [[Bali|CITY|region]]. [[Bali|CITY|region]]! And the meanings — some motifs were only for the palace, you cannot just write anything. My husband, Pak [[Bambang|PERSON]], is a [[lecturer|JOB_TITLE]] in cultural history at [[Universitas Sebelas Maret|SCHOOL|school_looks_like_date]], so he corrects the descriptions. He is very strict, like a proofreader. [laughs] Sometimes we argue at dinner about one word. The AI is fast, but it does not know that a motif has a meaning, that you give a certain cloth at a wedding and another one when somebody dies.

AI: How do you handle personal information in all this?

User: Customers send their address and phone on [[WhatsApp|SOFTWARE]], and I used to copy everything into the AI to make the shipping list. Then [[Dimas|PERSON]] told me not to. Now I use it only for descriptions. But my own data is everywhere — the [[Instagram|SOFTWARE]] is [[@sekararum.batik|SOCIAL_HANDLE]], [[WhatsApp|SOFTWARE]] business [[0812-2555-6094|PHONE_NUMBER]], the workshop address [[Jalan Sidoluhur No. 27|ADDRESS]] is printed on every package. For the export permit I had to give my NIK, [[3372054508720003|NATIONAL_ID]], to three different offices.

AI: When you think back to your banking years, what changed most?

User: In the bank, after [[Reformasi|GENERIC_TIME|historical_era]], everything became about procedures and audit. I learned to keep records. That helps me now, because with AI you also need records — what did I ask, what did it answer. My old supervisor at [[Bank Mandiri|ORGANIZATION]], Pak [[Hendro|PERSON]], still messages me on his birthday, the [[17th of August|DATE|date_looks_like_holiday]], same day as Independence Day, so nobody forgets. [laughs] And please, if you write about this, say batik from [[Solo|CITY|name_is_word]], from [[Indonesia|COUNTRY]], from [[Asia|CONTINENT]]. Not from [[Bali|CITY|region]].""")

# 8 Philippines
T.append("""AI: Good evening, and thanks for joining. Could you introduce yourself?

User: Good evening po. I'm [[Rogelio Bautista Jr.|PERSON|name_suffix]], but everyone calls me [[Jun|PERSON|nickname]], or [[Junjun|PERSON|nickname]] if you're my mother. [laughs] I'm [[59|AGE]]. I'm a nurse, PRC license number [[0345217|NATIONAL_ID|professional_registration]]. I graduated from [[UST|SCHOOL|abbreviation]] in [[1987|DATE]], then in [[1990|DATE]] I went to [[Saudi Arabia|COUNTRY]], to [[King Faisal Specialist Hospital|ORGANIZATION]], fourteen years. I came home in [[2004|DATE]] to [[St. Luke's Medical Center|ORGANIZATION|org_with_possessive]] and ended there as [[chief nurse|JOB_TITLE]] until I retired in [[2022|DATE]].

AI: And after retiring?

User: After six months of watching teleserye I opened a caregiver school. [laughs] [[Alaga Caregiver Academy|ORGANIZATION]], TESDA-accredited; we train caregivers who go to [[Canada|COUNTRY]], [[Japan|COUNTRY]], [[Israel|COUNTRY]]. Our center is in [[Dasmariñas|CITY]], in a converted house, two classrooms and a practice room with a hospital bed we bought second-hand. I am the [[school director|JOB_TITLE]], also the janitor, also the IT. [laughs] Most of our students are in their thirties and forties, mothers mostly, it's their second chance.

AI: How do AI tools fit into the academy?

User: We use [[ChatGPT|AI_PRODUCT]] to make quiz questions and role-plays — like, the patient is a grumpy old man in winter, the caregiver must explain his medicine. Our students practice English with it at night after their kids are asleep. [[Canva|SOFTWARE]] for the certificates, [[Messenger|SOFTWARE|name_is_word]] for everything else, Filipinos live on [[Messenger|SOFTWARE|name_is_word]]. My co-trainer, Ma'am [[Cora Dizon|PERSON]], was my head nurse at [[St. Luke's|ORGANIZATION|short_form]]; she writes the nursing content and I check the AI didn't invent a dosage. Two old nurses checking a computer. [laughs] The students call us the quality control department.

AI: Have you had moments where that mattered?

User: Yes, once it gave a maximum dose that was double. Good thing [[Cora|PERSON]] saw it. In nursing you learn, you don't trust, you verify. After [[Yolanda|GENERIC_TIME|event_looks_like_person]], I volunteered in [[Tacloban|CITY]]; we had no power, no computers, just a notebook and a flashlight. I think of that when the students say the AI is always right. When the system is down, what is left is what you know in your head and your hands. So I still make them practise blood pressure by hand, with the old sphygmomanometer, even if they complain. And I was at [[EDSA|GENERIC_TIME|event_looks_like_place]] as a nursing student, so I know things change fast, [laughs] but people still have to check each other.

AI: Tell me a bit about your family.

User: My wife [[Marites|PERSON|name_is_word]] — yes, like the gossip, but she is the opposite, she never talks about anybody, she's not a marites at all. [laughs] She was a [[medical technologist|JOB_TITLE]] at [[Asian Hospital|ORGANIZATION]]. Our eldest [[Bea|PERSON]] is a nurse in [[London|CITY]], with the [[NHS|ORGANIZATION]], and our youngest [[Paolo|PERSON]] is [[twenty-eight|AGE]], he does the academy's [[Facebook|SOFTWARE]] page and scolds me about passwords.

AI: What about personal information — your students', your own?

User: The students' passports and NBI clearances, never in [[ChatGPT|AI_PRODUCT]] — sorry, never in any AI. [[Paolo|PERSON]] set a rule. My own, it's public: the page is [[facebook.com/alagacaregiveracademy|URL]], my mobile [[0917 555 2846|PHONE_NUMBER]] is there, email [[jun.bautista.rn@gmail.com|EMAIL_ADDRESS]]. The students' parents call me directly, even at eleven at night. That's the Filipino way. [laughs] But caregiving is a human job. [[Manny Pacquiao|PUBLIC_FIGURE]] can have a robot to massage his hands, okay, but an old lola abroad needs a person who holds her hand. AI can help us train faster. It cannot hold the hand.""")

# 9 South Korea
T.append("""AI: Thank you for joining. Could you please introduce yourself?

User: Yes, hello. My name is [[Choi Young-mi|PERSON|surname_first]]. I am [[56|AGE]] — or [[57|AGE|korean_age]] in Korean age, before they changed the law, so the government made me one year younger. [laughs] I joined [[Samsung SDS|ORGANIZATION]] in [[1991|DATE]] as a system engineer, I was there twenty-four years. In [[2009|DATE]] I became [[timjang|JOB_TITLE|romanized_title]], team leader, for the logistics systems team. I left in [[2015|DATE]]. My whole thirties and forties, I think I saw more of the office than my apartment.

AI: Twenty-four years is a long time. What made you leave?

User: Honestly, tiredness. And my director at the time, [[Lee|PERSON|surname_only]] sangmu-nim — we called him the tiger — [laughs] he retired, and the new one wanted younger leaders. I took the package. I had been through the [[IMF|GENERIC_TIME|org_name_as_era]] years, when half my team was let go, so I knew it was better to leave with dignity than wait. Then I opened a bakery franchise, [[Paris Baguette|ORGANIZATION|org_looks_like_place]], in [[Jeongja-dong|CITY|neighbourhood]], [[Bundang|CITY]]. Business registration number [[129-86-45127|NATIONAL_ID|business_registration]].

AI: From IT to a bakery — how did that go?

User: [laughs] Everyone asks. The ovens are easier than the servers. But now I also do consulting for other franchise owners, small ones, about the point-of-sale data and staff scheduling. So I am back to systems a little. I use [[ChatGPT|AI_PRODUCT]] and also [[HyperCLOVA X|AI_PRODUCT]] from Naver, because it understands Korean business language better, the polite forms, the way you write to headquarters. And [[KakaoTalk|SOFTWARE]] with every owner, every supplier, day and night. The schedules I still do in [[Excel|SOFTWARE]], I don't trust anything else with them.

AI: Can you give an example of a task where AI really helped?

User: Staff scheduling. [[The part-timers|GENERIC_ROLE]] are students mostly, they change shifts every week, exams, dates, military service. I give the AI the availability list, no names, only initials, and it makes a draft. But once it scheduled a girl for seventeen hours in one day. [laughs] So I check. At [[Samsung SDS|ORGANIZATION]] we had a saying from [[Lee Kun-hee|PUBLIC_FIGURE|shares_surname_with_person]], change everything except your wife and children. I changed everything, but I still check the schedule myself.

AI: Tell me about your family.

User: My husband [[Oh Jae-won|PERSON]] is a [[vice principal|JOB_TITLE]] at a high school in [[Seongnam|CITY]]. Our daughter [[Oh Seo-yeon|PERSON]] is [[24|AGE]], she graduated from [[Yonsei|SCHOOL]] in [[February 2024|DATE]] and now works at [[Kakao|ORGANIZATION]] — the company, not the chat app. [laughs] She is the one who told me to try the Korean model. We have lived in the same apartment since [[1996|DATE]], the year we married; the neighbours have watched her grow up.

AI: How careful are you with personal information in these tools?

User: In [[Korea|COUNTRY]] everybody's data already leaked, several times. [laughs] My resident registration number is on every contract with the franchise headquarters, [[670415-2348116|NATIONAL_ID]], and I got three leak notices from different companies. So I am not naive. I never put [[the part-timers|GENERIC_ROLE]]' phone numbers into AI. My own phone, [[010-5523-8841|PHONE_NUMBER]], is on the bakery door for deliveries. Email [[youngmi.choi@naver.com|EMAIL_ADDRESS]]. Many of my friends from [[Samsung SDS|ORGANIZATION]] retired around fifty and opened chicken restaurants — too many chicken restaurants. [laughs] AI could help them with the business side, but in [[Asia|CONTINENT]] people my age are shy to ask. I tell them, at the time of the [[Seoul Olympics|GENERIC_TIME|event_looks_like_place]] my university department had one computer. We learned computers at twenty, we can learn AI at sixty.""")

# 10 Turkey
T.append("""AI: Thank you for joining us, Mr. [[Özkan|PERSON|interviewer_echo]]. Could you introduce yourself?

User: Thank you. I am [[Murat Özkan|PERSON]], civil engineer, [[63|AGE]] years old. Member of the [[Chamber of Civil Engineers|ORGANIZATION|professional_body]], registration number [[48213|NATIONAL_ID|professional_registration]]. I started at [[Enka|ORGANIZATION]] in [[1985|DATE]] as a [[site engineer|JOB_TITLE]], worked on projects in [[Russia|COUNTRY]] and [[Kazakhstan|COUNTRY]], many winters at minus thirty. Later I became [[project manager|JOB_TITLE]]. I left [[Enka|ORGANIZATION]] in [[2003|DATE]] and opened my own firm in [[İzmit|CITY]], [[Özkan Yapı|ORGANIZATION]].

AI: Why [[İzmit|CITY|interviewer_echo]]?

User: My wife's family is from there, and after the [[17 August earthquake|GENERIC_TIME|event_looks_like_date]] there was so much to rebuild. I saw collapsed buildings with my own eyes, so for me building safely is personal. We do mid-size residential and some retrofit work. Twenty-two employees. My partner is [[Hasan|PERSON]] Bey — [[Hasan Yücel|PERSON]] — he was my classmate at [[ITU|SCHOOL|abbreviation]]; he does the structural calculations, I do the clients and the municipality. [laughs] The municipality is the harder job, believe me. Every permit, three signatures, two visits, and one cup of tea that lasts an hour.

AI: How do you use AI tools in your firm?

User: [[The young engineers|GENERIC_ROLE]] use [[ChatGPT|AI_PRODUCT]] for everything. I use it for reports — the municipality wants long reports, the clients want short ones, so I write once and ask it to make both. Drawings are [[AutoCAD|SOFTWARE]], calculations in our structural software, costs in [[Excel|SOFTWARE]]. Last year [[Hasan|PERSON]] Bey tried to check a beam with [[Gemini|AI_PRODUCT]] and it gave a wrong result with a very sure face. [laughs] After [[17 August|GENERIC_TIME|event_looks_like_date]], we don't play games with structure. So — text yes, calculations no. That is the rule on the wall.

AI: That's a clear rule. How does the family relate to your work?

User: My wife [[Nurten|PERSON]] was a [[chemistry teacher|JOB_TITLE]], now retired. Our daughter [[Elif|PERSON]] is an [[architect|JOB_TITLE]], she studied at [[Boğaziçi|SCHOOL]], and she works with us since [[2019|DATE]]. She wants to use AI to make the facades; I say first learn to make the stairs. [laughs] Our son [[Kerem|PERSON]] is an engineer in [[Germany|COUNTRY]], so the whole family is engineers, dinner is very boring. Only my wife talks about something else.

AI: How careful are you with the data you share with these tools?

User: Tenders are confidential, so no prices, no client names. But my own data, it's on every permit. TC identity number [[18472093516|NATIONAL_ID]], office at [[Ankara Caddesi No: 41|ADDRESS]], [[Yenişehir|CITY|neighbourhood]]. Mobile [[0532 four one seven 28 63|OBF_PHONE|mixed_digits_words]] — sorry, I say it the way my mother taught me. [laughs] Email [[murat@ozkanyapi.com.tr|EMAIL_ADDRESS]]. Everybody in the sector knows me anyway. Sometimes a client calls me at night because a crack appeared in his wall, and I go. An AI cannot go and look at a crack. It can only tell you what a crack usually means.

AI: Looking back, what has changed most for engineers of your generation?

User: We survived the [[2001 crisis|GENERIC_TIME|event_looks_like_date]], when half the contractors in [[Turkey|COUNTRY]] went bankrupt. We survived the earthquakes. AI is not a crisis, it is a tool, like the calculator was, like computers were in [[the eighties|GENERIC_TIME]] when my boss refused to touch the keyboard. [[Rahmi Koç|PUBLIC_FIGURE]] once said you must always be a student. I am [[63|AGE]] and I am a student again. [laughs] The danger is only when people stop thinking. And in our business, when people stop thinking, buildings fall.""")

# 11 Germany
T.append("""AI: Good morning, Herr [[Reuter|PERSON|interviewer_echo]]. Thank you for taking the time. Could you introduce yourself?

User: Good morning. [[Wolfgang Reuter|PERSON]], [[66|AGE]], electrical engineer. I grew up in [[Leipzig|CITY]] and my first employer was [[VEB Kombinat Robotron|ORGANIZATION]], from [[the late seventies|GENERIC_TIME]]. Then came the [[Wende|GENERIC_TIME|historical_era]], the company disappeared, and after a year of nothing I was lucky, [[Siemens|ORGANIZATION]] took me, medical technology in [[Erlangen|CITY]]. I stayed until [[2019|DATE]], the last years as [[head of quality|JOB_TITLE]] for the imaging systems. I went with the Rente mit [[63|AGE|age_in_program_name]], and after two years of gardening I was, how do you say, climbing the walls.

AI: So what brought you back to work?

User: Two things. First the [[Senior Experten Service|ORGANIZATION]] — retired people who go on short assignments abroad. I did two assignments in [[Ghana|COUNTRY]], helping a hospital with maintenance of their devices. Second, my old boss from [[Siemens|ORGANIZATION]], Dr. [[Klaus-Dieter Hahn|PERSON]], started a small consultancy for medical device regulation, and he asked me to join as [[Senior Expert|JOB_TITLE]]. Three days a week. Perfect. My wife says it is the best thing for our marriage. [laughs]

AI: How do AI tools come into that work?

User: The regulation documents are endless. The MDR, the technical files, hundreds of pages. I use [[Copilot|AI_PRODUCT]] in the company's [[Teams|SOFTWARE]] environment to search them, and [[DeepL|AI_PRODUCT]] for translations, which is very good, I must say. [[ChatGPT|AI_PRODUCT]] I use at home, privately, for questions. Last month I asked the company tool to compare two versions of a risk file, sixty pages each, and it found three differences I had missed. That impressed me. But it also found one difference that did not exist, and explained it very nicely. And [[SAP|SOFTWARE]] — well, [[SAP|SOFTWARE]] is [[SAP|SOFTWARE]], no AI can save you. [laughs]

AI: Do you trust what the tools give you?

User: Trust, but verify, as the saying goes. In [[Ghana|COUNTRY]] I saw what happens when a device is maintained with the wrong manual. So every summary I check against the source. [[Hahn|PERSON|surname_only]] is even stricter, he prints everything. He's [[seventy-two|AGE]] and he prints everything, and he reads it with a yellow marker, like a student before an exam.

AI: Tell me a little about your family.

User: My wife [[Gisela|PERSON]] is a [[pharmacist|JOB_TITLE]], she still works two days at the [[Löwen-Apotheke|ORGANIZATION]] here. Our son [[Stefan|PERSON]] lives in the south with his family — [[Mia|PERSON|name_is_word]] is [[eight|AGE]] and [[Ben|PERSON]] is [[five|AGE]] — and they visit in [[the summer holidays|GENERIC_TIME]]. [[Mia|PERSON|name_is_word]] asked me why Opa still uses a paper calendar. [laughs] I have no good answer.

AI: How do you handle your personal information with these tools?

User: Carefully, I hope. We are German, data protection is in our blood. [laughs] But my address is on the letterbox, [[Schillerstraße 12|ADDRESS]]. My landline [[09131 55 48 07|PHONE_NUMBER]] has been the same since [[the nineties|GENERIC_TIME]]. For the consultancy email I always dictate it like this so nobody gets it wrong: [[w punkt reuter at medreg-hahn punkt de|OBF_EMAIL|spelled_german]]. My tax ID, [[47 036 892 514|NATIONAL_ID|tax_id]], I typed once into a chatbot by mistake, when it helped me with the tax return. Not again. [[Joe Kaeser|PUBLIC_FIGURE]] talked about digitalisation in every speech when I was at [[Siemens|ORGANIZATION]]; we laughed a bit. Now it is real. For people like me, [[sixty-six|AGE]] and working again, AI makes it possible to keep up. I would not have gone back without it, honestly.""")

# 12 Poland
T.append("""AI: Good afternoon. Thank you for joining. Could you tell me a little about yourself?

User: Good afternoon. I'm [[Małgorzata Wiśniewska|PERSON]], but please, [[Gosia|PERSON|diminutive]], everybody says [[Gosia|PERSON|diminutive]]. I'm [[fifty-eight|AGE]], a statutory auditor — biegły rewident — registration number [[10234|NATIONAL_ID|professional_registration]]. I grew up in [[Zamość|CITY]]; I remember [[martial law|GENERIC_TIME|historical_era]] as a child, the tanks on TV instead of cartoons. I studied in [[Warsaw|CITY]] during the [[Balcerowicz|PUBLIC_FIGURE|era_named_after_person]] plan, when everything in the economy was changing every month and the professors were learning capitalism one week before us.

AI: And your career after university?

User: I joined [[Coopers & Lybrand|ORGANIZATION|org_looks_like_person]] in [[1991|DATE]], which became [[PwC|ORGANIZATION]] after the merger, so I say [[PwC|ORGANIZATION]] from [[1991|DATE]] to [[2010|DATE]]. I ended as [[senior manager|JOB_TITLE]] in audit. Then my husband's mother got sick in [[Lublin|CITY]], we moved, and I opened my own office, [[Biuro Rachunkowe Wiśniewska|ORGANIZATION]]. Now we are six people. Small firms, a few doctors, two bakeries, a transport company. Very different from auditing banks, but I sleep better. In the big firm you see a company through its numbers. Here I know the baker's children by name, I know when his oven broke. That changes how you give advice.

AI: How do AI tools fit into your office?

User: Carefully. [laughs] The accounting is in [[Symfonia|SOFTWARE|local_app]] and some clients in [[Comarch Optima|SOFTWARE]]. Now with [[KSeF|SOFTWARE|local_system]], the national e-invoice system, everything is changing again. I use [[ChatGPT|AI_PRODUCT]] to explain new regulations in simple Polish for the clients — the ministry writes like it wants nobody to understand. And [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] for the emails. My colleague from [[PwC|ORGANIZATION]] times, [[Marek Zieliński|PERSON]], is a [[tax advisor|JOB_TITLE]] in [[Kraków|CITY]] now; we compare what the tools say, and often they are both wrong in different ways. [laughs]

AI: Is there an example that stuck with you?

User: One client, a dentist, asked [[ChatGPT|AI_PRODUCT]] if he could deduct his car, and it said yes, one hundred percent. Then he came to me angry that I said only seventy-five. [laughs] So now I spend time correcting the AI of my clients, not only my own. It's a new service, I should charge for it. [[My clients|GENERIC_ROLE]] believe the machine more than the accountant, because the machine is polite and I am not.

AI: Tell me about your family.

User: My husband [[Krzysztof|PERSON]] — [[Krzyś|PERSON|diminutive]] at home — is a [[trolleybus driver|JOB_TITLE]], thirty years now. Our daughter [[Zofia|PERSON]], [[Zosia|PERSON|diminutive]], is [[twenty-five|AGE]], she finished law at [[KUL|SCHOOL|abbreviation]] and is doing her aplikacja. She uses the AI for research, and I tell her, [[Zosia|PERSON|diminutive]], the judge will not accept "the chatbot said". [laughs]

AI: How do you handle personal information, yours and the clients'?

User: The clients' PESEL numbers never go into any tool. My own PESEL, [[66031204567|NATIONAL_ID]], I know by heart, of course, and it's on too many forms. The office is at [[ul. Narutowicza 15/4|ADDRESS]]. Phone [[+48 601 555 274|PHONE_NUMBER]]. And my email — people make mistakes with the Polish letters, so I dictate it with spaces: [[gosia.wisniewska @ o2 . pl|OBF_EMAIL|spaced_symbols]]. We saw bigger changes than AI, honestly. When I started, [[Poland|COUNTRY]] had just left communism, half the offices had no computers. Then [[the EU accession|GENERIC_TIME|historical_event]], new rules again. My birthday is the [[12th of March|DATE]], and every year on that day I promise myself I will retire. [laughs] And every year a client calls with a new problem.""")

# 13 Italy
T.append("""AI: Buongiorno, and thank you for joining. Could you start by introducing yourself?

User: Buongiorno. I am [[Franca Bellini|PERSON]], I am [[sixty-four|AGE]], born in [[Torino|CITY]] on the [[12th of April 1960|DATE]]. I worked at [[Olivetti|ORGANIZATION]] in [[Ivrea|CITY]] from [[1979|DATE]] — a girl of [[nineteen|AGE]] who knew how to program — until it was falling apart. Those years there were the best school of my life: the engineers, the designers, the library open to the workers, the concerts at lunch. Then I went to [[Luxottica|ORGANIZATION]], in the mountains, as [[IT manager|JOB_TITLE]] for the plant, and later [[head of information systems|JOB_TITLE]] for production. I retired in [[2020|DATE]], in the middle of the lockdown, with a video call and a cake nobody could eat together.

AI: And now you're working again?

User: Yes, because retirement is boring and the pension in [[Italy|COUNTRY]] is what it is. [laughs] I do consulting for small companies in the area, mostly about digitalisation. Many of them were founded by ex-[[Olivetti|ORGANIZATION]] people. There is a nostalgia here for [[Adriano Olivetti|PUBLIC_FIGURE|public_figure_shares_org_name]], for his idea that the factory should be beautiful and humane. I think about him when I see how some companies use AI now, only to cut costs.

AI: How do you use AI tools yourself?

User: [[ChatGPT|AI_PRODUCT]] for writing proposals, [[Gemini|AI_PRODUCT]] because my clients have Google accounts, and [[Excel|SOFTWARE]] obviously, for everything. The clients communicate only on [[WhatsApp|SOFTWARE]], even invoices arrive on [[WhatsApp|SOFTWARE]]. [laughs] I use the AI to make sense of old documentation, sometimes manuals from [[the eighties|GENERIC_TIME]] that nobody understands anymore. It is surprisingly good at that; it reads the old technical Italian better than the young engineers do.

AI: You've seen several turning points in your career.

User: Many. [[Tangentopoli|GENERIC_TIME|event_looks_like_place]] — the scandals, when half the managers in the north were in the newspapers, and we were afraid to sign anything. [[Italia '90|GENERIC_TIME|event_with_year]], I remember because we worked all summer on a ticketing system and nobody watched the matches. Then the euro. At [[Olivetti|ORGANIZATION]] my boss, the ingegner [[Ferraris|PERSON|surname_only]], told me, [[Franca|PERSON]], the machines change every five years, the people every fifty. [laughs] I have repeated it to every team I had. With AI it is the same. The tool will be different in five years, but the question of how you treat people, that takes fifty years to change, if it changes at all.

AI: Tell me about your family.

User: My partner [[Gianni|PERSON]] was a [[maresciallo|JOB_TITLE|rank_as_title]] in the [[Carabinieri|ORGANIZATION]], now retired; he is suspicious of all technology, he thinks everything is listening. [laughs] My daughter [[Chiara|PERSON]] is a [[physiotherapist|JOB_TITLE]] in [[Turin|CITY|exonym]] — yes, [[Torino|CITY]], same city, I switch. Her daughter [[Beatrice|PERSON]] is [[four|AGE]], and she already talks to the assistant on the phone, she calls it [[Gemini|AI_PRODUCT]] like a friend from school.

AI: How careful are you with personal information?

User: I try. My codice fiscale [[BLLFNC60D52L219X|NATIONAL_ID]] I type only on official sites. The address, [[Via Palestro 48|ADDRESS]], is on my invoices, what can I do. Mobile [[347 555 2180|PHONE_NUMBER]], email [[franca.bellini@libero.it|EMAIL_ADDRESS]] since forever, and a [[LinkedIn|SOFTWARE]] page my daughter made. What companies should understand is that it's like [[Olivetti|ORGANIZATION]] in [[the seventies|GENERIC_TIME]] — technology is never only technology. In [[Europe|CONTINENT]] we have good rules, maybe too many, but the question is the same. Do you want people to grow, or only to be cheaper?""")

# 14 Ireland
T.append("""AI: Hi [[Shivaun|PERSON|asr_misspelling]], thanks a million for joining. Could you introduce yourself?

User: Hi — it's actually [[Siobhán|PERSON|fada_spelling]], [[S-I-O-B-H-A-N|PERSON|spelled_out]], the transcription always gets it wrong. [laughs] [[Siobhán O'Driscoll|PERSON]]. I'm [[sixty|AGE]], I've been in HR my whole life. I started at [[Aer Lingus|ORGANIZATION]] in [[1985|DATE]] as a personnel assistant, then moved to [[Intel|ORGANIZATION]] in [[Leixlip|CITY]] in [[1999|DATE]], right in the middle of the [[Celtic Tiger|GENERIC_TIME|era_looks_like_name]]. I was [[HR director|JOB_TITLE]] for the site when I left in [[2016|DATE]].

AI: What happened after [[Intel|ORGANIZATION]]?

User: I took a package, thought I'd retire, lasted about a year. [laughs] Now I've my own consultancy, [[Ardán HR|ORGANIZATION]], a small practice, mostly family businesses in [[Kildare|CITY|county]] that have grown past fifty staff and suddenly need policies. My first boss at [[Aer Lingus|ORGANIZATION]] was [[Mary Robinson|PERSON|same_name_as_public_figure]] — not the President, a different one, she always had to say that on the phone. [laughs] She taught me everything, including how to fire someone kindly, if there is such a thing. She's long retired now, she sends me a Christmas card every year with a note in fountain pen. No AI is writing those. [laughs]

AI: How do AI tools come into your consultancy?

User: I use [[Copilot|AI_PRODUCT]] a lot, drafting policies, grievance letters, that kind of thing. [[ChatGPT|AI_PRODUCT]] for the first version of a handbook. The bigger clients run [[Workday|SOFTWARE|name_is_word]], the small ones run a spreadsheet and hope. [laughs] And we meet on [[Teams|SOFTWARE]], everything's on [[Teams|SOFTWARE]] since Covid. But HR is the worst place to be careless with data. I never, ever put an employee's name into any of them. I write "Employee A", "Manager B", like a legal case.

AI: Was there a specific moment that made you so strict?

User: At [[Intel|ORGANIZATION]], during the crash, we had to do redundancies, and a spreadsheet went to the wrong distribution list. Nothing to do with AI, but I saw what one click does. So now I tell clients, anonymise first. [[Michael O'Leary|PUBLIC_FIGURE]] would probably tell you to just get on with it, [laughs] but he's not the one sitting with the person crying.

AI: How about your family — do they use these tools?

User: My husband [[Ger|PERSON|short_form]] — [[Gerard|PERSON]], but nobody's called him that since his confirmation — is a [[Garda sergeant|JOB_TITLE]], and they've very strict rules, he can't touch any of it at work. Our daughter [[Aoife|PERSON]] is [[twenty-three|AGE]], doing a master's at [[UCD|SCHOOL|abbreviation]], and she uses [[ChatGPT|AI_PRODUCT]] like a study buddy. Our son [[Cian|PERSON]] is in [[Melbourne|CITY]], like half of his class. [laughs] [[The grandparents|GENERIC_ROLE]] on both sides think it's all witchcraft.

AI: What about your own information?

User: Ah, it's all out there. We live at [[12 Parson's Lane|ADDRESS|possessive_in_address]], [[Maynooth|CITY]]. My mobile is [[087 555 3419|PHONE_NUMBER]], email [[siobhan@ardanhr.ie|EMAIL_ADDRESS]], and the website's [[ardanhr.ie|URL]]. My PPS number, [[8217645TA|NATIONAL_ID]], I once nearly pasted into [[ChatGPT|AI_PRODUCT]] with a pension form, caught myself just in time. And the birthday, the [[2nd of February|DATE]], is on [[LinkedIn|SOFTWARE]], so everyone I've ever worked with sends me a message. In [[Ireland|COUNTRY]] we're very relationship-based, everyone knows everyone's cousin. AI is a good assistant and a terrible manager — it doesn't know the cousin. [laughs] That's what people like me are for. I'll keep going as long as the clients keep ringing and the knees hold up.""")

# 15 Sweden
T.append("""AI: Hello, and thank you for joining. Could you introduce yourself?

User: Hello. I'm [[Lars-Erik Lindqvist|PERSON]], [[sixty-nine|AGE]]; I turn [[seventy|AGE]] on the [[17th of September|DATE]], so this is my last interview as a sixty-something. [laughs] I was at [[Ericsson|ORGANIZATION]] from [[1980|DATE]] to [[2017|DATE]], most of it in radio base stations, from the first digital networks to 4G. I started as a [[test engineer|JOB_TITLE]] and ended as [[senior specialist|JOB_TITLE]], which at [[Ericsson|ORGANIZATION]] means you are old and they cannot replace you. [laughs]

AI: And after [[Ericsson|ORGANIZATION]]?

User: I retired, we moved back north, to [[Umeå|CITY]], where my wife is from. Then, during the pandemic, a young man I had mentored, [[Jonas Berglund|PERSON]], called me. He had started a company up in [[Luleå|CITY]], [[Polarvolt AB|ORGANIZATION]], organisation number [[559214-7730|NATIONAL_ID|company_registration]]; they make monitoring systems for the electricity grid in the cold. He needed someone who knows radio. So now I'm a [[part-time advisor|JOB_TITLE]], two days a week, mostly remote. I drive up once a month and they make me coffee and ask me about the old days.

AI: How do AI tools come into that work?

User: [[The young ones|GENERIC_ROLE]] use [[Copilot|AI_PRODUCT]] for code; I use [[ChatGPT|AI_PRODUCT]] to explain their code to me. [laughs] Honestly, it's a good teacher, very patient, it never sighs. We talk on [[Slack|SOFTWARE]], and I write the test specifications with the AI's help, then [[Jonas|PERSON]] argues with them. The AI is very good at Swedish now; that surprised me. Five years ago it wrote Swedish like a tourist. What I like is that I can ask the stupid questions. At my age you don't want to ask a twenty-five-year-old what a container is for the fourth time. The machine doesn't judge. [laughs]

AI: Were there moments in your career where a big change felt like this one?

User: Yes. The crisis of [[the early nineties|GENERIC_TIME]], when [[Ericsson|ORGANIZATION]] nearly lost everything, and then [[the dot-com years|GENERIC_TIME]], when we went from heroes to layoffs in eighteen months. And I remember the autumn the [[Estonia|GENERIC_TIME|event_looks_like_country]] sank; a colleague lost his brother, the whole floor was silent for weeks. Strange — later I worked two years in [[Estonia|COUNTRY]], building a network, and I always thought of him there. Compared with those times, AI is an interesting change, not a frightening one. Nobody is losing a brother over a chatbot.

AI: Tell me about your family.

User: My wife [[Birgitta|PERSON]] was a [[dental hygienist|JOB_TITLE]], retired now. Our daughter [[Karin|PERSON]] is a [[midwife|JOB_TITLE]] on the west coast, and the grandchildren, [[Alva|PERSON]] and [[Ture|PERSON]], are [[ten|AGE]] and [[seven|AGE]]. [[Ture|PERSON]] asked the AI to write a birthday poem for me, and it rhymed [[Lars-Erik|PERSON]] with something rude in Swedish. [laughs]

AI: How do you deal with personal information in these tools?

User: In [[Sweden|COUNTRY]] we are quite relaxed — everything is public anyway, your income, your address. My personnummer, [[19550917-4471|NATIONAL_ID]], is needed for everything, with [[BankID|SOFTWARE|product_looks_like_id]] and [[Swish|SOFTWARE]]. We live at [[Storgatan 14B|ADDRESS]]. Mobile [[070-555 18 42|PHONE_NUMBER]], email [[le@polarvolt.se|EMAIL_ADDRESS]]. But I still don't paste customer data into AI — a habit from the old job, the security people there would have shot me. [[Ingvar Kamprad|PUBLIC_FIGURE]] said most things remain to be done. [laughs] At my age that's comforting. Older people should not be afraid of AI; we have seen worse changes, and we know which questions to ask.""")

# 16 Spain
T.append("""AI: Hola, thank you for joining. Could you introduce yourself?

User: Hola. I'm [[Josep Maria Puig Ferrer|PERSON]], [[sixty-two|AGE]]. I live in [[Sant Cugat del Vallès|CITY]], near [[Barcelona|CITY]]. I was at [[SEAT|ORGANIZATION]] from [[1984|DATE]] to [[2008|DATE]], first on the line, then [[maintenance supervisor|JOB_TITLE]], then [[head of maintenance|JOB_TITLE]] for the paint shop. Then the crisis came and I took the early retirement. I was [[forty-five|AGE]], too young to sit at home and too old, they said, for the new plant.

AI: What did you do then?

User: I opened a workshop with my son, [[Tallers Puig|ORGANIZATION]], mechanics, and now electric cars also. The CIF is [[B-65482197|NATIONAL_ID|company_tax_id]]. My son [[Jordi|PERSON]] runs it now, he is the [[gerent|JOB_TITLE|catalan_title]], the boss, and I come three mornings a week to, how do you say, be in the way. [laughs] My other son [[Pau|PERSON|name_is_place]] is an engineer at [[CUPRA|ORGANIZATION]], so the family never really left [[SEAT|ORGANIZATION]].

AI: How do you use AI in the workshop?

User: For diagnosing, [[Jordi|PERSON]] uses the manufacturer's tools, but when we have a strange fault we ask [[ChatGPT|AI_PRODUCT]]; we describe the symptoms and it gives ideas. Sometimes good, sometimes it invents a part that doesn't exist. [laughs] The invoices are in [[Holded|SOFTWARE|local_app]], and customers write on [[WhatsApp|SOFTWARE]] at all hours. I also use [[Copilot|AI_PRODUCT]] to translate the German manuals, because the group is from [[Germany|COUNTRY]] and some documents come only in German. In my time at the plant we had one man who spoke German and everybody queued at his desk. Now the young mechanics take a photo of the page and the phone translates it. Sometimes badly — once it translated a bolt as a lightning strike — but mostly it works. [laughs]

AI: Looking back, what were the big moments in your working life?

User: When I started, [[23-F|GENERIC_TIME|event_looks_like_date]] was still fresh, people were nervous about everything. Then [[Barcelona '92|GENERIC_TIME|event_looks_like_place]] — everybody remembers the Olympics, I remember working weekends because [[SEAT|ORGANIZATION]] was a sponsor. [laughs] Then the euro, then the crisis. My first supervisor, [[Manolo|PERSON|nickname]], came from the south in [[the sixties|GENERIC_TIME]] to work, and he taught me that a machine tells you everything if you listen. I think about that with AI.

AI: Tell me about your family.

User: My wife [[Montse|PERSON|nickname]] — [[Montserrat|PERSON|name_is_place]], like the mountain — is a [[pharmacy technician|JOB_TITLE]]. [[On Sundays|GENERIC_TIME]] we go walking up [[Montserrat|CITY|place_is_name]] itself, so there are two Montserrats in my life. [laughs] Our granddaughter [[Laia|PERSON]] is [[seven|AGE]], and she dictates her homework questions to the tablet. Her teacher sent a note home about it. [laughs] Her mother was embarrassed, I was proud. Different generations.

AI: How do you handle personal data with these tools?

User: Customers' plates and names, no, never in the AI. My own? My DNI, [[38456721K|NATIONAL_ID]], is on the workshop license. The workshop is at [[Carrer de la Riera 27|ADDRESS]], my mobile [[639 555 418|PHONE_NUMBER]], and [[Jordi|PERSON]] made a website, [[www.tallerspuig.cat|URL]], with my photo. So, privacy, what privacy. [laughs] But don't be afraid of it. [[Amancio Ortega|PUBLIC_FIGURE]] started with a small shop, and now look. I'm not going to be [[Ortega|PUBLIC_FIGURE|surname_only]], but I can learn a new tool at [[sixty-two|AGE]]. In [[Spain|COUNTRY]] many people my age were pushed out early. AI could bring some of us back, if companies let it.""")

# 17 United States
T.append("""AI: Hi [[Linda|PERSON|interviewer_echo]], thanks so much for making the time. Could you start by telling me about yourself?

User: Sure, baby. [laughs] Sorry, that's just how we talk down here. I'm [[Linda Broussard|PERSON]], I'm [[sixty-four|AGE]], born and raised in [[New Orleans|CITY]], the [[Seventh Ward|CITY|spelled_out_district]]. I went to [[Xavier|SCHOOL|school_looks_like_person]] for accounting, then started at [[Entergy|ORGANIZATION]] in [[1987|DATE]] as a [[staff accountant|JOB_TITLE]]. Worked my way up to [[assistant controller|JOB_TITLE]]. Then I left and opened my own shop, [[Broussard Bookkeeping LLC|ORGANIZATION]]. EIN [[72-1548390|NATIONAL_ID|employer_id]], if you need to send me a 1099. [laughs] I'm kidding.

AI: [laughs] What kind of clients do you have?

User: Small businesses, mostly Black-owned — a po'boy shop, two hair salons, a brass band, a funeral home. Folks who got burned by the big firms. Some of them kept their receipts in a Crown Royal bag, I'm not lying. [laughs] My job is half bookkeeping, half therapy. When the IRS sends a letter, they don't call a lawyer, they call Miss [[Linda|PERSON]]. I've been a CPA a long time, license number [[CPA-023817|NATIONAL_ID|professional_registration]], and a lot of my clients knew my mama, so they trust me more than any app. [[QuickBooks|SOFTWARE]] for the books, [[Excel|SOFTWARE]] for everything [[QuickBooks|SOFTWARE]] can't do.

AI: And AI tools?

User: I came late to it. My daughter [[Georgia|PERSON|name_is_place]] — she lives in [[Atlanta|CITY]], [[Georgia|CITY|place_is_name]], which she thinks is hilarious — set me up with [[ChatGPT|AI_PRODUCT]] two Christmases ago. Now I use it to write the letters explaining to clients why they owe what they owe. [laughs] And [[Copilot|AI_PRODUCT]] at tax time for the formulas. It's a good intern. Doesn't talk back, doesn't take [[Mardi Gras|GENERIC_TIME|event]] off.

AI: Have there been moments in your career where a big change hit you?

User: [[Katrina|GENERIC_TIME|event_looks_like_person]]. Nothing compares. I lost the house, we were living with my sister out of state four months, and at [[Entergy|ORGANIZATION]] we were trying to restore power to a city under water. Before that, [[9/11|GENERIC_TIME|event_looks_like_date]], and [[Y2K|GENERIC_TIME|event]] — we all sat at our desks on [[New Year's Eve|GENERIC_TIME]] waiting for the lights to go out. [laughs] So when people say AI is the end of the world, honey, I've seen the end of the world. This is just another new thing to learn, like when we went from ledgers to [[Lotus|SOFTWARE|name_is_word]].

AI: Tell me about your family.

User: My late husband [[Clarence|PERSON]] was a [[longshoreman|JOB_TITLE]] for thirty years. Our son [[Marcus|PERSON]] is a [[fire captain|JOB_TITLE]] with [[NOFD|ORGANIZATION|abbreviation]], and [[Georgia|PERSON|name_is_place]] is a [[pharmacist|JOB_TITLE]] up there. My grandbaby [[Josephine|PERSON]] — we call her [[Jojo|PERSON|nickname]] — is [[eighteen months|AGE]] and already swipes my phone like a pro.

AI: How careful are you with your clients' data and your own?

User: Clients' Social Security numbers never go near the AI, I'm strict about that. My own — well. I live at [[2417 Esplanade Ave|ADDRESS]] now, been there since we rebuilt. My cell is [[five oh four, five five five, oh one eight seven|OBF_PHONE|spelled_digits]]; I always say it like that so folks write it down right. Email [[linda@broussardbooks.com|EMAIL_ADDRESS]]. And I'm on [[Facebook|SOFTWARE]] — [[@LindaBroussardCPA|SOCIAL_HANDLE]] — because that's where my clients are. [[Warren Buffett|PUBLIC_FIGURE]] says never invest in a business you can't understand. I say never use a tool you can't check. [laughs] I'm not retiring, my clients would kill me. And the AI means I don't work till midnight in [[April|GENERIC_TIME]] anymore. That's a blessing, right there.""")

# 18 Canada
T.append("""AI: Bonjour, and thank you for joining. Could you introduce yourself?

User: Bonjour, hi. [[Nathalie Tremblay|PERSON]], [[fifty-five|AGE]], mechanical engineer, member of the [[Ordre des ingénieurs|ORGANIZATION|professional_body]], member number [[5012347|NATIONAL_ID|professional_registration]]. I was at [[Bombardier|ORGANIZATION]] from [[1992|DATE]] — [[stress engineer|JOB_TITLE]] on the regional jets, then [[engineering manager|JOB_TITLE]] for structures. Then with a colleague I founded our firm, [[Bélanger Tremblay Ingénierie|ORGANIZATION]]. The NEQ — that's the [[Quebec|CITY|province]] enterprise number — is [[1172345678|NATIONAL_ID|company_registration]].

AI: Tell me more about the firm.

User: We're eleven people; we do structural analysis for aerospace suppliers and some for the wind industry. My partner is [[Claude Bélanger|PERSON]], we worked together at [[Bombardier|ORGANIZATION]] for fifteen years. And here is the funny part — I use [[Claude|AI_PRODUCT|product_is_name]], the AI, quite a lot. So in meetings I'll say I asked [[Claude|AI_PRODUCT|product_is_name]] and everybody turns to look at [[Claude|PERSON|name_is_product]], and [[Claude|PERSON|name_is_product]] says, don't look at me, I didn't say that. [laughs] It's become a running joke. He's threatening to change his name to [[Gemini|AI_PRODUCT]].

AI: [laughs] What do you actually use it for?

User: Reports, mostly, and reviewing the code for our little analysis scripts. [[ChatGPT|AI_PRODUCT]] sometimes; [[Copilot|AI_PRODUCT]] is in our [[Microsoft 365|SOFTWARE]]. The real engineering is in [[CATIA|SOFTWARE]] and our finite element tools, and the results go into [[Excel|SOFTWARE]], of course. We talk on [[Slack|SOFTWARE]]. I never put client drawings into a public AI. Export control, you know, aerospace. One mistake and you lose the client, maybe worse. So we have a little checklist on the wall: what is the document, who owns it, is it public. If any answer is "not sure", it stays out. The juniors think I'm paranoid. The juniors have never met a government auditor. [laughs]

AI: Were there big moments in your career that shaped how you work?

User: The [[ice storm of '98|GENERIC_TIME|event_with_year]] — I was six years at [[Bombardier|ORGANIZATION]], we had no power for twelve days at home, so we slept in the office, it had a generator. [laughs] Then [[9/11|GENERIC_TIME|event_looks_like_date]], when the whole aviation industry stopped. Those teach you humility. My father used to talk about [[Expo 67|GENERIC_TIME|event_looks_like_date]] like it was the moment [[Quebec|CITY|province]] opened to the world. For me, maybe AI is like that, a bit.

AI: Tell me about your family.

User: My husband [[Patrick|PERSON]] is a [[paramedic|JOB_TITLE]], so he works nights and I work days, we meet on weekends. [laughs] Our son [[Félix|PERSON]] is [[nineteen|AGE]], he's at [[Polytechnique Montréal|SCHOOL]], engineering, of course, no imagination in this family. And our daughter [[Léa|PERSON]] is [[sixteen|AGE]], at [[Collège Jean-de-Brébeuf|SCHOOL|school_looks_like_person]]. She uses AI for French essays and I pretend not to know. Honestly, I did the same thing with the encyclopedia at her age, I copied whole paragraphs. The difference is the encyclopedia was usually right.

AI: What about your personal information?

User: Ah, it's on the website. [[bt-ing.ca|URL]], my photo, my direct line, [[514 555-0148|PHONE_NUMBER]], and [[ntremblay@bt-ing.ca|EMAIL_ADDRESS]]. We work from a small office at [[4520 rue Saint-Denis|ADDRESS]], on the [[Plateau|CITY|name_is_word]]. I try to be careful with clients' data and then I put my own everywhere. [laughs] In [[Canada|COUNTRY]] we have a shortage of experienced engineers; if people my age retire, the knowledge goes. [[Guy Laliberté|PUBLIC_FIGURE]] built the Cirque with street performers — you use the people you have. AI could help us train the young ones faster. That's my hope, anyway.""")

# 19 Mexico
T.append("""AI: Buenas tardes, thank you for joining. Could you introduce yourself?

User: Buenas tardes. I'm Ing. [[Alejandro Garza Treviño|PERSON]], but call me [[Alex|PERSON|nickname]]. I'm [[fifty-eight|AGE]], industrial engineer, born and raised in the north. Cédula profesional [[1456789|NATIONAL_ID|professional_registration]]. I started at [[CEMEX|ORGANIZATION]] in [[1989|DATE]] in logistics, and I was there twenty years — I ended as [[director of logistics|JOB_TITLE]] for the northeast. In [[2009|DATE]] I moved to [[FEMSA|ORGANIZATION]] as [[supply chain director|JOB_TITLE]] for the convenience stores, until [[2018|DATE]].

AI: And after [[FEMSA|ORGANIZATION]]?

User: I bought a small metal fabrication shop, [[Metalúrgica GT|ORGANIZATION]], forty employees; we make racks and structures for warehouses. The previous owner, Don [[Rogelio Cantú|PERSON]], was [[seventy-five|AGE]] and his children didn't want it. So now I'm the [[director general|JOB_TITLE]] and also sometimes the welder. [laughs] It's a different life. In a big corporation you send an email and something happens three months later. Here I shout and something happens in three minutes. The welders here have twenty, thirty years of experience. They don't need AI to weld. They need me to get them paid on time, and that's where the tools help.

AI: How do you use AI tools there?

User: A lot for quotes. Clients send a drawing and want a price tomorrow. I use [[ChatGPT|AI_PRODUCT]] to make the proposal text and [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] for the costing. Our ERP is [[SAP Business One|SOFTWARE]], which I know from [[CEMEX|ORGANIZATION]]. And [[WhatsApp|SOFTWARE]] for everything — suppliers, workers, clients. I even ask the AI to translate for the American clients; my English is good but not for contracts. And I use it to prepare for negotiations — I tell it, you are a tough purchasing manager, attack my price. It is very good at attacking. [laughs] Better than my wife.

AI: Have you seen other big changes in your career like this one?

User: Of course. The [[Tequila crisis|GENERIC_TIME|event_looks_like_place]] — the peso fell by half, my salary was worth nothing, we ate a lot of beans that year. [laughs] Then NAFTA, everything changed for the plants. At [[CEMEX|ORGANIZATION]] we lived with [[Lorenzo Zambrano|PUBLIC_FIGURE]] pushing technology before anybody, satellites to track the trucks in [[the nineties|GENERIC_TIME]]. So I'm not scared of AI. [[Carlos Slim|PUBLIC_FIGURE]] would say buy when everybody is scared. [laughs] My fear is different: that the young ones stop learning the basics, that they can't calculate a beam load without asking the phone.

AI: Tell me about your family.

User: My wife [[Guadalupe|PERSON|name_is_place]] — [[Lupita|PERSON|nickname]] — is a [[dentist|JOB_TITLE]], she has her clinic. When we married we lived in [[Guadalupe|CITY|place_is_name]], the municipality, so her friends called her [[Lupita|PERSON|nickname]] from [[Guadalupe|CITY|place_is_name]]. [laughs] Our daughter [[Regina|PERSON|name_is_place]] is [[twenty-two|AGE]], studying at [[Tec de Monterrey|SCHOOL]], and our son [[Diego|PERSON]] works in the [[United States|COUNTRY]] for a software company.

AI: How do you handle personal information with these tools?

User: I'm careful with the clients' plans. My own information, every government form has my CURP, [[GATA660314HNLRRL08|NATIONAL_ID]]. We live in [[San Pedro Garza García|CITY|surname_inside_place]] — yes, [[Garza|PERSON|surname_only]] like me, no relation, it's a common name here. [laughs] Mobile [[81 5555 2093|PHONE_NUMBER]], email [[agarza@metalurgicagt.mx|EMAIL_ADDRESS]]. In [[Mexico|COUNTRY]] the SMEs are the economy, and we have no money for consultants. AI is like having a consultant for twenty dollars a month. With the nearshoring, companies from [[Asia|CONTINENT]] are coming here. We need to be fast. AI helps us be fast.""")

# 20 Brazil
T.append("""AI: Boa tarde, thank you for joining. Could you introduce yourself?

User: Boa tarde! I'm [[Maria das Graças Oliveira|PERSON]], but since I was a girl everybody calls me [[Gracinha|PERSON|diminutive]]. I'm [[sixty|AGE]]. I'm a chemical engineer, [[CREA|ORGANIZATION|professional_body]] registration [[RJ-1985104732|NATIONAL_ID|professional_registration]]. I joined [[Petrobras|ORGANIZATION]] in [[1986|DATE]], at the refinery in [[Duque de Caxias|CITY|place_looks_like_person]], then offshore support in [[Macaé|CITY]]. I became [[production coordinator|JOB_TITLE]] and left in [[2016|DATE]] with the PDV, the voluntary departure plan, after thirty years.

AI: And what did you do after [[Petrobras|ORGANIZATION]]?

User: I bought a pousada in [[Paraty|CITY]] with my husband. [laughs] Everybody offshore dreams about it; I actually did it. [[Pousada Maresia|ORGANIZATION]], eight rooms, CNPJ [[34.781.225/0001-09|NATIONAL_ID|company_registration]]. Then an old colleague asked me to do some consulting on safety procedures, so now I'm half innkeeper, half [[consultant|JOB_TITLE]]. My first boss at the refinery, [[Ronaldo|PERSON|same_name_as_public_figure]] — not that [[Ronaldo|PUBLIC_FIGURE|same_name_as_person]], [laughs] ours was bald much earlier — called me and said, [[Gracinha|PERSON|diminutive]], you're the only one who still remembers the old manuals.

AI: How do you use AI in those two jobs?

User: In the pousada, for the guests. Reviews on [[Booking.com|SOFTWARE|product_looks_like_url]] in German, French, Hebrew — I answer all of them with [[ChatGPT|AI_PRODUCT]]. Bookings come on [[WhatsApp|SOFTWARE]], the accounts in [[Excel|SOFTWARE]]. For the consulting, I use [[Gemini|AI_PRODUCT]] to compare old procedures with the new regulations. But I check everything, because in oil and gas a mistake is not a bad review, it's an explosion. I spent thirty years writing procedures that people had to follow at three in the morning, tired, in the rain on a platform. A procedure must be simple. The AI writes beautiful procedures that nobody can follow at three in the morning. So I cut, cut, cut.

AI: You've lived through a lot of economic change in [[Brazil|COUNTRY]].

User: [laughs] Oh, yes. The [[Plano Collor|GENERIC_TIME|era_named_after_person]] — they froze our savings, my father cried in the kitchen. Then the [[Plano Real|GENERIC_TIME|historical_era]], finally some stability. And the [[Lava Jato|GENERIC_TIME|event_name_is_word]] years at [[Petrobras|ORGANIZATION]], terrible for morale, honest people ashamed to wear the badge. After that, AI is easy. [laughs] The difference is, with those plans, somebody in the government decided for you overnight. With AI, at least I decide what I put in and what I keep out.

AI: Tell me about your family.

User: My husband [[Zé Carlos|PERSON|nickname]] was a [[crane operator|JOB_TITLE]] offshore; now he runs the pousada breakfast — he makes the best tapioca in [[Paraty|CITY]], he says. Our son [[Rafael|PERSON]] is a [[doctor|JOB_TITLE]] in the city, and his daughter [[Helena|PERSON]] is [[four|AGE]]. She calls the phone assistant by name, like a person, and says thank you to it. My husband thinks that is very sweet. I think we should teach her it's a machine. We argue about it on the veranda.

AI: How careful are you with personal information?

User: Guests' passports, no, never in any AI. My CPF, [[284.613.057-22|NATIONAL_ID]], I type on government sites only. But the pousada is public — [[Rua do Comércio 112|ADDRESS]], in the historic centre. [[Instagram|SOFTWARE]] [[@pousadamaresia.paraty|SOCIAL_HANDLE]], [[WhatsApp|SOFTWARE]] [[(24) 99876-4412|PHONE_NUMBER]]. My personal email is older than my son, [[gracinha.oliveira@uol.com.br|EMAIL_ADDRESS]]. [laughs] People my age were pushed out with these voluntary plans, lots of knowledge went home. AI can't replace the old engineer, but it can help the old engineer come back part-time. [[Luiza Trajano|PUBLIC_FIGURE]] says women should never stop working if they don't want to. I don't want to.""")

# 21 Argentina
T.append("""AI: Buenas tardes, thank you for joining. Could you introduce yourself?

User: Buenas tardes. [[Norberto|PERSON]] — [[Norberto Giménez|PERSON]] — but for everyone I'm [[Beto|PERSON|nickname]]. I'm [[sixty-seven|AGE]]. Contador público, registered at the [[Consejo Profesional|ORGANIZATION|professional_body]], [[T° 187 F° 43|NATIONAL_ID|tomo_folio_registration]], tomo and folio, like a notary in the nineteenth century. [laughs] I worked at [[YPF|ORGANIZATION]] from [[1980|DATE]] to [[1993|DATE]], until the privatisation, then I opened my own studio, [[Estudio Giménez & Asociados|ORGANIZATION]]. I retired in [[2020|DATE]], and in [[2023|DATE]] I came back.

AI: Why did you come back?

User: [laughs] Have you seen inflation in [[Argentina|COUNTRY]]? My pension melted like ice cream in [[January|GENERIC_TIME]]. So I took back some clients, small ones — a pharmacy, a hardware store in [[Villa Crespo|CITY|neighbourhood]], two monotributistas. My son-in-law runs the studio now, [[Gustavo Pereyra|PERSON]]; he's the [[socio gerente|JOB_TITLE|spanish_title]], and I'm, let's say, a senior advisor with no office. [laughs] I work from the kitchen table, with mate, like a student. The clients come to the apartment sometimes with a plastic bag full of papers. Forty years and the bag is the same, only now there is also a phone full of screenshots.

AI: How do AI tools fit into your work now?

User: My granddaughter taught me. The accounting is in [[Tango|SOFTWARE|name_is_word]], that's the software here, very Argentine name. [laughs] I use [[ChatGPT|AI_PRODUCT]] to understand the new resolutions from the tax agency — they change every week, literally every week. And I ask it to write the emails to clients, polite, because I'm not polite anymore at my age. [laughs] [[Excel|SOFTWARE]] of course. And [[Mercado Libre|SOFTWARE]] for the clients who sell online; I have to reconcile those sales, which is a nightmare.

AI: You've lived through a lot of crises. How does AI compare?

User: When I was at university, in [['75|DATE|abbreviated_year]], the [[Rodrigazo|GENERIC_TIME|era_named_after_person]] destroyed everything; my father's savings disappeared in a week. Then hyperinflation, then the [[corralito|GENERIC_TIME|lowercase_event]] — I had clients sleeping outside the banks. Compared to that, AI is a gentle change. It doesn't take your savings. [laughs] At least not yet; I read the subscription prices every month, just in case. [[Marcos Galperin|PUBLIC_FIGURE]] says technology levels the field, and for small clients, maybe yes.

AI: Tell me about your family.

User: My wife [[Susana|PERSON]] is a [[psicóloga|JOB_TITLE|spanish_title]], still with patients at [[seventy|AGE]]. [laughs] She's the one who should retire. Our daughter [[Florencia|PERSON|name_is_place]] is married to [[Gustavo|PERSON]], and their daughter [[Camila|PERSON]], [[sixteen|AGE]], goes to [[Colegio Nacional de Buenos Aires|SCHOOL|school_contains_city]]. And the little one, [[Benjamín|PERSON]] — [[Benja|PERSON|nickname]] — is [[nine|AGE]] and wants to be [[Messi|PUBLIC_FIGURE]], of course.

AI: How careful are you with personal information?

User: Clients' CUITs and bank data, I replace with fake ones before asking the AI. My own CUIT is [[20-14567890-3|NATIONAL_ID|tax_id]]; it's on every invoice. I live at [[Av. Corrientes 5120, 3° B|ADDRESS]], same apartment since [[1988|DATE]]. Cell [[11 5555-3072|PHONE_NUMBER]], and the email I've had since the dial-up days, [[beto.gimenez@fibertel.com.ar|EMAIL_ADDRESS]]. My birthday is [[25/05|DATE|date_looks_like_holiday]], same as the national holiday, so I always get a day off. [laughs] In [[South America|CONTINENT]] we've always had to improvise. The AI is another tool for improvising. But someone has to know if the answer makes sense. Once the AI told a client he owed nothing for the quarter, and he was very happy for one day. [laughs] That someone, for now, is a tired old contador.""")

# 22 Chile
T.append("""AI: Hola, thank you for joining from the south. Could you introduce yourself?

User: Hola, yes, from the end of the world. [laughs] I'm [[Carolina Muñoz Valdés|PERSON]], [[fifty-three|AGE]], mining engineer. I started at [[Codelco|ORGANIZATION]] in [[1995|DATE]], at [[Chuquicamata|CITY]], living in [[Calama|CITY]] — the desert, the dust, nineteen years. I was [[superintendent of mine planning|JOB_TITLE]] by the end. Then in [[twenty fourteen|DATE|spelled_out]] my husband got a job down here and we moved to [[Punta Arenas|CITY]], and I joined [[ENAP|ORGANIZATION|abbreviation]] as [[logistics manager|JOB_TITLE]] until [[2020|DATE]]. Part of that job was supply for the research stations in [[Antarctica|CONTINENT]], which is a sentence I never thought I'd say. [laughs]

AI: That's quite a change. What are you doing now?

User: In [[2021|DATE]] I founded my own consultancy, [[Austral Minería Consultores SpA|ORGANIZATION]], RUT [[77.104.552-K|NATIONAL_ID|company_registration]]. We do planning and logistics studies for small mines and for ports. Four people, all remote. My old boss from [[Chuquicamata|CITY]], don [[Patricio Lagos|PERSON|surname_is_place]] — no relation to the president — sends me clients. [laughs] He is [[seventy-one|AGE]] and still knows everyone in the north. In mining, everything is about who you know; the contracts come from a phone call, not from a website.

AI: How do you use AI tools in the consultancy?

User: [[ChatGPT|AI_PRODUCT]] for writing reports, in Spanish and English, because the foreign investors want English. Data analysis in [[Power BI|SOFTWARE]] and [[Excel|SOFTWARE]], and the AI helps me write the formulas. [[WhatsApp|SOFTWARE]] with the clients, always. For the technical part — geology, reserves — I don't trust it; it gives numbers from nowhere. My husband [[Rodrigo|PERSON]] is a [[geologist|JOB_TITLE]], he tested it once and it invented a whole formation that doesn't exist. [laughs]

AI: You've lived through some big events in [[Chile|COUNTRY]]. Did they affect your work?

User: Of course. [[27F|GENERIC_TIME|event_looks_like_date]], the earthquake — I was in the north so we were fine, but half the suppliers in the south stopped. Then the [[18-O|GENERIC_TIME|event_looks_like_date]], the estallido, everything stopped again, the offices closed. And the pandemic. Each time, the companies that had good information survived. [[Michelle Bachelet|PUBLIC_FIGURE]] said once that [[Chile|COUNTRY]] is a country of earthquakes, we must always rebuild. I see AI like that too, another thing to rebuild around.

AI: Tell me about your family.

User: [[Rodrigo|PERSON]] works for a consulting firm in the region now. Our son [[Tomás|PERSON]] is [[seventeen|AGE]], he wants to study in [[Santiago|CITY]], of course, everybody leaves. Our daughter [[Antonia|PERSON]] is [[twenty|AGE]], studying medicine at [[Universidad de Magallanes|SCHOOL]]. She uses the AI to study; I tell her, please, not for the diagnosis. [laughs] She says it explains pharmacology better than her professor. Maybe. But the professor will sign her diploma, not the chatbot.

AI: How careful are you with personal information?

User: For clients, very careful, no names of mines in public tools. For myself, my RUT, [[12.845.331-6|NATIONAL_ID]], is on every contract. We live at [[Pasaje Los Coigües 1455|ADDRESS]]. My mobile is [[+56 9 5555 7120|PHONE_NUMBER]]. And my email — I'll paste it in the chat — [[carolina.munoz\u200b@australmc.cl|OBF_EMAIL|zero_width_char]]; it came from my signature, I think there's something invisible in it, people say it bounces. [laughs] In [[South America|CONTINENT]] we have many experienced women in mining who left because of the shifts, the camps. AI lets us work from anywhere, even from the end of the world.""")

# 23 Colombia
T.append("""AI: Buenas tardes, Don [[Hernán|PERSON|interviewer_echo]]. Thank you for joining. Could you introduce yourself?

User: Buenas tardes, with pleasure. I'm [[Hernán Restrepo Gaviria|PERSON]], [[seventy|AGE]] years old, from [[Manizales|CITY]]. I worked at the [[Federación Nacional de Cafeteros|ORGANIZATION]] from [[1978|DATE]] to [[2005|DATE]], first as an extension agent visiting farms in the mountains on a mule, then as [[regional quality coordinator|JOB_TITLE]]. Then I started my own export company, [[Cafés del Ruiz S.A.S.|ORGANIZATION|org_looks_like_person]], specialty coffee. I retired in [[2019|DATE]], but I came back, because my son-in-law, who ran the company, left for [[Canada|COUNTRY]].

AI: What does the company do today?

User: We buy from about sixty small farms and export to [[Japan|COUNTRY]] and some roasters in [[Europe|CONTINENT]]. We also sell to [[Juan Valdez|ORGANIZATION|org_looks_like_person]] for some of their special lots — people always laugh, they think I know the man with the mule. [laughs] My old colleague from the [[Federación|ORGANIZATION|short_form]], [[Orlando Giraldo|PERSON]], is our [[head of quality|JOB_TITLE]]; he is [[sixty-eight|AGE]], he tastes better than any machine. They tried an electronic nose once at the laboratory; it could not tell a washed coffee from a honey process. [[Orlando|PERSON|name_is_place]] laughed for a week.

AI: How do AI tools come into the business?

User: My granddaughter [[Mariana|PERSON]] showed me. I use [[ChatGPT|AI_PRODUCT]] to write to the Japanese buyers — very formal, very careful, it helps a lot. [[Gemini|AI_PRODUCT]] to translate what they answer. Contracts and stock in [[Excel|SOFTWARE]], and everything with the farmers on [[WhatsApp|SOFTWARE]], voice notes mostly, many of them don't write much. I asked the AI once to describe our coffee for a catalogue and it wrote poetry. [laughs] [[Gabriel García Márquez|PUBLIC_FIGURE]] would be jealous. But a Japanese buyer does not want poetry, he wants the altitude, the variety, the process, the humidity. So I cut it down.

AI: You've seen a lot of changes over the decades.

User: Yes. My father talked about the [[Bogotazo|GENERIC_TIME|event_looks_like_place]] all his life; he was in the capital that day. For me, [[Armero|GENERIC_TIME|event_looks_like_place]] — the volcano, [[November 1985|DATE]]; I was sent to help with the coffee farms around there after the mud, and I lost a colleague. You never forget. Then the coffee crisis when the international agreement ended and prices went to the floor. AI is a small change next to those. What worries me more is the climate. The rains come at the wrong time now, the old calendars don't work. If the AI can help the farmer know when to pick, that will be worth more than any letter to a buyer.

AI: Tell me about your family.

User: My wife, Doña [[Gloria|PERSON|name_is_word]], was a [[primary school teacher|JOB_TITLE]] for forty years. Our daughter [[Catalina|PERSON]] is an [[agronomist|JOB_TITLE]]; she will take over when I finally stop. Her children are [[Mariana|PERSON]], [[fifteen|AGE]], and [[Santiago|PERSON|name_is_place]], [[twelve|AGE]]. [[Santiago|PERSON|name_is_place]] wants to be a barista in [[Australia|COUNTRY]], he saw it on a video. [laughs]

AI: How careful are you with personal information in these tools?

User: I am not very careful, to be honest. [laughs] [[Mariana|PERSON]] scolds me. My cédula, [[10.234.567|NATIONAL_ID]], is on every export document. The office is in our house, [[Carrera 23 # 65-40|ADDRESS]], barrio [[Milán|CITY|place_looks_foreign]]. Mobile [[310 555 7721|PHONE_NUMBER]], email [[hernan.restrepo@cafesdelruiz.co|EMAIL_ADDRESS]], and the website is [[www.cafesdelruiz.co|URL]]. Coffee is a product of people. In [[Colombia|COUNTRY]] more than half a million families live from it. If AI helps the small farmer sell directly, good. If it only helps the big traders, it's one more thing against the small ones.""")

# 24 Australia
T.append("""AI: G'day, thanks for joining. Could you introduce yourself?

User: G'day! I'm [[Bronwyn Hayes|PERSON]], everyone calls me [[Bron|PERSON|nickname]]. I'm [[sixty-one|AGE]]. I spent twenty-five years at [[Westpac|ORGANIZATION]] — started as a teller in [[1983|DATE]] in a country branch, ended up [[business banking manager|JOB_TITLE]] for [[Western Victoria|CITY|region]]. Left in [[2008|DATE]], right as the [[GFC|GENERIC_TIME|abbreviation_event]] hit; good timing or bad, I still can't decide. [laughs]

AI: What did you do after [[Westpac|ORGANIZATION]]?

User: Bought a café in [[Ballarat|CITY]] with [[my husband|GENERIC_ROLE]], like every burnt-out banker does. [laughs] And because I couldn't help myself, I started doing the books for the other shops in the street, so now I'm a registered BAS agent as well, number [[26148003|NATIONAL_ID|professional_registration]]. The business is [[Hayes Bookkeeping|ORGANIZATION]], ABN [[51 824 753 556|NATIONAL_ID|business_number]]. I sold the café in [[2019|DATE]], thought I'd retire, and then COVID hit and every small business in town needed help with JobKeeper. So, back at it. Honestly, I like it more than banking. At the bank I said no to people for a living. Now I help them say yes to themselves, if that doesn't sound too soppy.

AI: How do AI tools come into your bookkeeping work?

User: Most of my clients are on [[Xero|SOFTWARE]], a few stubborn ones still on [[MYOB|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] to explain the tax office letters to clients in plain English — no offence to the ATO, but they write like they're paid by the word. [laughs] And [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] for the cash flow stuff. Payments go through [[Square|SOFTWARE|name_is_word]] at half the shops. I'm careful, mind — no client names, no TFNs, nothing like that goes in.

AI: Was there a moment that made you especially careful?

User: [[Black Saturday|GENERIC_TIME|event_looks_like_time]] — we had clients who lost everything, their records, their houses. Helping them rebuild their paperwork, you learn how much personal stuff is in a set of books. And at [[Westpac|ORGANIZATION]], my old manager [[Kevin Doyle|PERSON]] used to say, [[Bron|PERSON|nickname]], treat every file like it's your mum's. Stuck with me. After the fires I stopped keeping anything on paper I didn't need. Now I'm more worried about the cloud than the fire. [laughs] At least with a fire you know what you've lost.

AI: Tell me about your family.

User: My husband [[Craig|PERSON]]'s a [[sparky|JOB_TITLE|slang_title]] — an electrician — still working at [[sixty-three|AGE]], his knees are shot. Our daughter [[Sydney|PERSON|name_is_place]] lives in [[Sydney|CITY|place_is_name]], which was her idea of a joke, I think. [laughs] She's a [[physio|JOB_TITLE|abbreviated_title]]. Our son [[Liam|PERSON]] is a [[mine fitter|JOB_TITLE]] in the [[Pilbara|CITY|region]], fly-in fly-out, and his boy [[Archie|PERSON]] is [[three|AGE]] and already bossing [[Alexa|AI_PRODUCT|product_is_name]] around — the speaker, not a person. [laughs]

AI: How do you handle your own personal information?

User: It's all out there, love, I'm in a country town. [laughs] I live at [[17 Lydiard Street North|ADDRESS]], above my old café actually. Mobile [[0412 555 907|PHONE_NUMBER]]. Email [[bron@hayesbookkeeping.com.au|EMAIL_ADDRESS]], and the old bank one's long dead. Website's [[hayesbookkeeping.com.au|URL]], my nephew built it. I'm [[sixty-one|AGE]], I've given up pretending I can hide. [laughs] [[Gina Rinehart|PUBLIC_FIGURE]] doesn't need AI to do her books, but the fish and chip shop on the corner does. In [[Australia|COUNTRY]] the small businesses are drowning in compliance. If AI takes a bit of that off them, good. Just don't let it do the thinking. That part's still our job, and it always will be, I reckon.""")

# 25 New Zealand
T.append("""AI: Kia ora, thanks for joining. Could you introduce yourself?

User: Kia ora. I'm [[Wiremu Te Rangi|PERSON]], but at work everyone called me [[Bill|PERSON|name_is_word]] — [[Wiremu|PERSON]] is [[William|PERSON|name_translation]], so, [[Bill|PERSON|name_is_word]]. [laughs] I'm [[sixty-two|AGE]]. My first job was at [[NZ Railways|ORGANIZATION]], straight out of school, in the workshops. Got laid off in [[the late eighties|GENERIC_TIME]] with [[Rogernomics|GENERIC_TIME|era_named_after_person]], like half the town. Then I went to the dairy co-op, which later became [[Fonterra|ORGANIZATION]], and I was there till [[2019|DATE]] — I finished as [[site maintenance manager|JOB_TITLE]] at the big plant north of town.

AI: And after [[Fonterra|ORGANIZATION]]?

User: Retired. [laughs] For eighteen months. Then my cousin [[Hemi Walker|PERSON]], who runs a maintenance contracting business, asked me to help with the planning. [[Walker Maintenance Services|ORGANIZATION|org_contains_name]], about thirty staff. So now I'm a [[planning advisor|JOB_TITLE]], three days a week. Flexible, suits me. I coach [[the apprentices|GENERIC_ROLE]] too, which is the best part of the job, honestly.

AI: How do AI tools fit into that work?

User: The young fellas use [[ChatGPT|AI_PRODUCT]] for everything, so I had to learn. I use it to write up job procedures from my old notes — thirty years of notebooks. [[Copilot|AI_PRODUCT]] is in our [[Teams|SOFTWARE]], and [[Excel|SOFTWARE]] for the maintenance schedules. It doesn't know te reo very well, the AI; it mangles the place names, so I fix those by hand. It wrote "[[Wakato|CITY|misspelled_place]]" once in a report for a client. [laughs] The other thing it can't do is the feel. You stand next to a pump and you can hear it's going to fail next week. I try to write that down for [[the apprentices|GENERIC_ROLE]], but how do you write down a sound? I've been trying for two years. Maybe I record it on the phone and let the machine listen. My cousin says that's the future. I say the future can come and stand next to the pump with me first. [laughs]

AI: Were there big events in your working life that come to mind?

User: The [[February quake|GENERIC_TIME|event_looks_like_time]] — I went down south with a [[Fonterra|ORGANIZATION]] crew to help get a plant running. And [[Cyclone Gabrielle|GENERIC_TIME|event_looks_like_person]], we had clients up the coast with whole sites washed out, bridges gone, the lot. Those taught me that you plan for the worst. AI can help you plan, but it's never stood in the mud. I had a young fella crying on the phone at two in the morning because a whole shed was gone. You don't fix that with a spreadsheet.

AI: Tell me about your whānau.

User: My wife [[Aroha|PERSON|name_is_word]] is a [[kaiako|JOB_TITLE|te_reo_title]], a teacher, at the kōhanga reo down the road. Our daughter [[Mere|PERSON]] is a [[nurse|JOB_TITLE]] at the hospital, and her kids are [[Nikau|PERSON|name_is_word]], [[nine|AGE]], and [[Manaia|PERSON]], [[six|AGE]]. [[The mokopuna|GENERIC_ROLE]] think it's hilarious that Koro talks to the computer. [laughs]

AI: How careful are you with your personal information?

User: Fairly. We live at [[23 Kahikatea Drive|ADDRESS]], [[Hamilton|CITY|place_is_name]]. My mobile's [[021 555 7843|PHONE_NUMBER]], and email [[bill.terangi@xtra.co.nz|EMAIL_ADDRESS]], since [[the nineties|GENERIC_TIME]]. IRD number, [[045-882-113|NATIONAL_ID|tax_id]], only on official stuff. In [[Aotearoa|COUNTRY|te_reo_name]], a lot of our older workers, Māori especially, got pushed out in [[the eighties|GENERIC_TIME]] and never came back. AI could help us pass on what we know. Sir [[Edmund Hillary|PUBLIC_FIGURE]] said it's not the mountain we conquer but ourselves. Learning the AI at [[sixty-two|AGE]] felt a bit like that, eh. [laughs]""")

if __name__ == "__main__":
    from markup import build
    for i, raw in enumerate(T, 1):
        text, spans = build(raw.strip())
        n = len(text.split()); nt = len(text.split("\n\n"))
        dec = sum(1 for s in spans if s["kind"] == "decoy")
        ok = 500 <= n <= 900 and 30 <= len(spans) <= 45 and dec >= len(spans) / 4 and 8 <= nt <= 12
        print(f"{i:2d} turns={nt} words={n:4d} spans={len(spans):3d} decoy={dec:3d} {'' if ok else '<-- CHECK'}")
    assert len(T) == 25, len(T)
write_set(T, "set_bs")
