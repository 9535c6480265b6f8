# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----
T.append("""AI: Hi, thanks for taking the time today. Could you start by telling me who you are and what you do?

User: oi, sure! im [[Mariana Souza Lima|PERSON]], [[34|AGE]] years old, [[charge nurse|JOB_TITLE]] in the oncology ward at [[Hospital Santa Clara do Vale|ORGANIZATION]] in [[Belo Horizonte|CITY]], [[Brazil|COUNTRY]]. i did my nursing degree at [[UFMG|SCHOOL]] and started at the hospital in [[March 2016|DATE]]. sorry my english is not perfect lol

AI: Your English is great, [[Mariana|PERSON]]. How does AI come into your day on the ward?

User: mostly [[ChatGPT|AI_PRODUCT]] on my phone. i copy the discharge instructions from [[Tasy|SOFTWARE]] (without patient name!!) and ask it to rewrite in simple portuguese for families that dont read well. my colleague [[Rafaela Menezes|PERSON]], she is the [[clinical pharmacist|JOB_TITLE]], checks the medication part before we print. [[Rafaela|PERSON]]'s rule is nothing goes to the patient without human eyes.

AI: That sounds like a careful process. Has [[Rafaela|PERSON]] or [[your manager|GENERIC_ROLE]] set any formal policy around it?

User: not formal. [[the coordinator|GENERIC_ROLE]] only said dont put CPF or names. funny because in [[2023|DATE]] someone from IT sent a whole [[excel|SOFTWARE]] with staff cpfs to the wrong address. my own cpf is [[418.273.605-26|NATIONAL_ID]] and i still get strange loan offers from that leak haha

AI: Oh no. Apart from discharge notes, do you use AI for anything else, like scheduling or teaching?

User: i use [[Gemini|AI_PRODUCT]] to organise the shift table, every [[Sunday|GENERIC_TIME]] night i do the next week. and i have a small instagram for nursing students, [[@mari.enfermagem.bh|SOCIAL_HANDLE]], i post study tips. students ask for mentoring so i put contact like this: [[mari ponto souzalima arroba gmail ponto com|OBF_EMAIL|portuguese_at_dot]] or zap [[(31) nove nove oito sete dois, quatro um cinco seis|OBF_PHONE|portuguese_digit_words]]. i write like that because of the robots that collect numbers

AI: Smart. Do you ever worry about mixing that public profile with your hospital role?

User: a little. my linkedin is [[linkedin.com/in/mariana-souza-lima-enf|URL]] and it shows the hospital, so people find me. once the son of a patient came to my building, [[Rua Padre Rolim, 812, apto 304|ADDRESS]], in [[Santa Efigênia|CITY]], to bring a cake. very sweet but scary!! after that i only give the work email [[mariana.lima@hsclara.org.br|EMAIL_ADDRESS]] or the ward phone [[+55 31 3274-8810|PHONE_NUMBER]]. on the instagram bio i even wrote it spaced, [[m a r i a n a . l i m a @ h s c l a r a . o r g . b r|OBF_EMAIL|spaced_letters]], and my old hotmail [[m.souzalima[at]hotmail[.]com|OBF_EMAIL|bracket_at_dot]] still gets messages from [[2019|DATE]] students lol

AI: That must have been unsettling. Last question: what would make AI tools more useful for nurses like you?

User: better brazilian medical vocabulary, sometimes it mixes with portugal words. and time. we have [[ChatGPT|AI_PRODUCT]] but no time to check it properly, [[Rafaela|PERSON]] says the same. even [[Lula|PUBLIC_FIGURE]] talked about AI in the SUS on tv but on the ward nothing changed yet, except we are more tired after [[Carnaval|GENERIC_TIME]] haha""")

T.append("""AI: Hello and welcome. Could you tell me a little about yourself and your role?

User: Hi. I am [[Tomasz Wiśniewski|PERSON]], [[senior transport dispatcher|JOB_TITLE]] at [[Trans-Warta Logistyka|ORGANIZATION]], a mid size freight company in [[Poznań|CITY]]. We have around 60 trucks going to [[Germany|COUNTRY]], [[Netherlands|COUNTRY]] and sometimes [[Italy|COUNTRY]]. I am [[thirty-six|AGE]], working here since [[2014|DATE]].

AI: Thanks, [[Tomasz|PERSON]]. Where does AI fit into dispatching?

User: We use freight exchanges [[Trans.eu|SOFTWARE]] and [[Timocom|SOFTWARE]], and I use [[ChatGPT|AI_PRODUCT]] to write messages to drivers and to German clients because my German is so-so. Also [[DeepL|AI_PRODUCT]] all day. My boss [[krzysztof|PERSON]] does not like it, he says [[the client|GENERIC_ROLE]] can feel it is a machine.

AI: Interesting. What exactly does [[Krzysztof|PERSON]] worry about?

User: He thinks it sounds too polite, not like real dispatcher haha. But also one time [[ChatGPT|AI_PRODUCT]] changed a delivery window, 14:00 instead of 04:00, and the driver [[Marek Zieliński|PERSON]] waited 10 hours at the ramp in [[Duisburg|CITY]]. [[Marek|PERSON]]'s wife called me very angry. After that I check every number myself.

AI: That's a costly mistake. Do you ever share personal data with these tools, for example driver documents?

User: Sometimes by accident yes. Driver papers have PESEL and once I pasted a scanned text with my own, [[88031504719|NATIONAL_ID]], because I tested the OCR. Stupid. Now our IT guy [[Paweł|PERSON]] made a rule: no documents into AI, only text you write yourself. He even writes his own email backwards in the group, [[lp.atrawsnart@lork.lewap|OBF_EMAIL|reversed]], for fun.

AI: Good that [[Paweł|PERSON]] stepped in. How do drivers reach you when something happens on the road?

User: Office line is [[+48 61 842 37 19|PHONE_NUMBER]] but at night they write to my private. I put it in the group as [[pięćset dwa, trzysta osiemnaście, sześćset czterdzieści|OBF_PHONE|polish_digit_words]] so the spam bots dont read it, and email [[t.wisniewski małpa transwarta kropka pl|OBF_EMAIL|polish_at_dot]]. Some drivers save it as [[+48 5O2 3I8 64O|OBF_PHONE|letter_substitution]] with letters, they copy from my old post, it works anyway when they type. Private email I give as [[tomek(dot)dispo(at)wp(dot)pl|OBF_EMAIL|paren_at_dot]]. On Telegram I am [[tomek_dispo|SOCIAL_HANDLE]]. Sometimes spare parts are delivered to my home, [[ul. Dąbrowskiego 41/7|ADDRESS]], [[60-838|ADDRESS]] [[Poznań|CITY]], because the depot is closed. My daughter [[Zuzia|PERSON]] is [[nine|AGE]], she asks it homework questions and honestly I am more worried about that than about trucks. My wife [[Agnieszka|PERSON]] is [[primary school teacher|JOB_TITLE]] so she sees it from the other side.

AI: Final question: if you could change one thing about these tools, what would it be?

User: More understanding of trucking, like driving time rules and the real roads. And I would like [[Krzysztof|PERSON]] to try it himself before he complains. [[Elon Musk|PUBLIC_FIGURE]] talks about self driving trucks but here we still call drivers at 3 in the morning every [[Monday|GENERIC_TIME]].""")

T.append("""AI: Hi there, thanks for joining. Could you tell me about yourself and your work?

User: Hello, my names are [[Wanjiru Kamau|PERSON]]. I am an [[agricultural extension officer|JOB_TITLE]] with the [[County Government of Nakuru|ORGANIZATION]], I work mostly with smallholder dairy and potato farmers in [[Molo|CITY]] and [[Njoro|CITY]]. I am [[29|AGE]] years. I studied at [[Egerton University|SCHOOL]] and graduated [[2018|DATE]].

AI: Thank you, [[Wanjiru|PERSON]]. How do you use AI in extension work?

User: We have whatsapp groups with farmers and I use [[ChatGPT|AI_PRODUCT]] to put advice into simple Kiswahili, sometimes Kikuyu but it is weak in Kikuyu. There is also [[PlantVillage Nuru|AI_PRODUCT]] where farmers take a photo of the leaf. My supervisor Mr. [[Otieno|PERSON]] makes us record every visit in [[KoBoToolbox|SOFTWARE]].

AI: How do farmers react to advice that comes from AI?

User: Mixed. One old farmer, mzee [[Kariuki|PERSON]], told me "the phone does not know my soil". And my colleague [[Grace Chebet|PERSON]] had a case where the app said late blight but it was frost damage. [[Grace|PERSON]]'s farmers sprayed for nothing and lost money. By the grace of God it was a small plot. So we say use the app, then call the officer.

AI: That's a useful lesson. Does any personal data go into these tools?

User: Farmer names and phones are in Kobo, not in [[ChatGPT|AI_PRODUCT]]. But for county payroll I had to fill my ID [[29481736|NATIONAL_ID]] and KRA PIN [[A014827395K|NATIONAL_ID]] on a portal, and now the portal has a chatbot also. I am not sure where those things go.

AI: How can farmers reach you when they have a problem?

User: They call me on [[0722 481 906|PHONE_NUMBER]]. Official email is [[wanjiru.kamau@nakuru.go.ke|EMAIL_ADDRESS]]. On posters at the cooling plant I write my personal one as [[wanjirukamau29 (at) yahoo (dot) com|OBF_EMAIL|paren_at_dot]] and the second line like [[sifuri saba moja moja, nne tano mbili, tatu tatu nane|OBF_PHONE|swahili_digit_words]] because last year some people scraped numbers for those loan apps. Even the office one I write [[zero-seven-two-two 481 nine-oh-six|OBF_PHONE|mixed_words_digits]] on the flyers. [[Faith|PERSON]] does the same, hers is [[faithnjeri.agri {at} gmail {dot} com|OBF_EMAIL|curly_at_dot]]. My brother-in-law [[mwangi|PERSON]] works in tech in [[Nairobi|CITY]], he showed me first. And my colleague [[Faith Njeri|PERSON]] uses it to write reports for the donors. You need a lot of faith to trust it fully haha. [[Faith|PERSON]] and me share an office at the [[Molo|CITY]] sub-county office.

AI: Last question: anything you'd like the people who build these tools to know?

User: Make it work offline and in our languages, and understand the rains here. [[William Ruto|PUBLIC_FIGURE]] talks about digital superhighway but in [[April|GENERIC_TIME]] when it rains there is no network in the farms of [[Kenya|COUNTRY]], so the farmers cannot even send the photo.""")

T.append("""AI: Hello! Thanks for joining. Can you introduce yourself?

User: Hi, my name is [[Nguyễn Thị Thu Hoa|PERSON]], but foreign guests call me [[Hoa|PERSON]]. I am [[front office manager|JOB_TITLE]] at [[Sơn Trà Pearl Resort|ORGANIZATION]] in [[Đà Nẵng|CITY]], [[Vietnam|COUNTRY]]. I am [[31|AGE]], I studied tourism at [[Duy Tan University|SCHOOL]].

AI: Nice to meet you, [[Hoa|PERSON]]. How does your team use AI?

User: Reservations are in [[Opera Cloud|SOFTWARE]], and we use [[ChatGPT|AI_PRODUCT]] for replying online reviews. We have many guests from [[Korea|COUNTRY]] so we use [[Papago|AI_PRODUCT]]. My assistant [[Trần Minh Khôi|PERSON]] prefers [[Claude|AI_PRODUCT]] for the Korean messages.

AI: You mentioned [[Khôi|PERSON]] prefers [[Claude|AI_PRODUCT]]. Why is that?

User: He says it is more polite. But one mistake: a regular guest, Mr. [[Park Ji-hoon|PERSON]], complained because the reply called him "Mr. Jihoon". For Korean this is not correct. [[Khôi|PERSON]]'s face was so red lol. Now he always writes family name first manually.

AI: What about personal data like passports?

User: This is sensitive. We scan passports and register guests with the police online, and I never put passport into [[ChatGPT|AI_PRODUCT]]. But my own CCCD card, [[048193004172|NATIONAL_ID]], I had to upload for the new HR app and it has an AI chatbot, I dont know where it goes. My manager mr [[dũng|PERSON]] said dont worry but I worry.

AI: How do guests and travel agencies contact you?

User: Hotline [[+84 236 3812 475|PHONE_NUMBER]]. For agencies from abroad I write [[+84 chín không ba 418 hai bảy sáu|OBF_PHONE|vietnamese_mixed_words_digits]], and for local ones I give my Zalo like [[không chín không ba, bốn một tám, hai bảy sáu|OBF_PHONE|vietnamese_digit_words]] and email [[hoa.nguyen a còng sontrapearl chấm vn|OBF_EMAIL|vietnamese_at_dot]]. In my email signature for Western agents it is [[o9o3-418-276|OBF_PHONE|letter_o_for_zero]] and personal [[hoa_nguyen_dn (a) yahoo (.) com|OBF_EMAIL|paren_a_dot]]. Some agents find me on [[facebook.com/thuhoa.danang|URL]] which is not good, many message at midnight. Sometimes in low season I work from home. Hotel sends contracts to my home, [[K52/14 Lê Đình Dương|ADDRESS]], [[Hải Châu|CITY]], and I check them with [[ChatGPT|AI_PRODUCT]] for English mistakes. My husband [[Tuấn|PERSON]] laughs that I talk to the computer more than to him.

AI: Last question: what would make AI better for your work?

User: Better Vietnamese with correct tones, and knowing local holidays. For [[Tết|GENERIC_TIME]] we get many bookings and the AI suggests things that are closed. And sometimes it confuses [[Đà Nẵng|CITY]] beaches with [[Thailand|COUNTRY]] ones haha.""")

T.append("""AI: Good morning. Could you introduce yourself and your job?

User: Good morning. I am [[Kemal Aydın|PERSON]], [[42|AGE]], [[deputy director of citizen services|JOB_TITLE]] at [[Karşıyaka Belediyesi|ORGANIZATION]], the municipality in [[İzmir|CITY]]. I studied public administration at [[Dokuz Eylül Üniversitesi|SCHOOL]], finished in [[2005|DATE]].

AI: Thanks, [[Kemal|PERSON]]. How is AI being used in your directorate?

User: We have a pilot chatbot on the website for citizen questions, water bills, permits, these things. It is built by a local company [[Ege Yazılım Teknoloji|ORGANIZATION]]. Personally I use [[Gemini|AI_PRODUCT]] to summarise new regulations. My colleague [[Deniz Öztürk|PERSON]], she is [[legal advisor|JOB_TITLE]], she is very skeptical. She even writes her email on documents as [[deniz.ozturk et işareti karsiyaka nokta bel nokta tr|OBF_EMAIL|turkish_et_isareti]].

AI: What does [[Deniz|PERSON]] worry about?

User: KVKK, our data protection law. Citizens write their TC kimlik number and full address into the chatbot. I tested with my own TC, [[37491205898|NATIONAL_ID]], to see if it masks. It did not mask! We reported to [[Ege Yazılım|ORGANIZATION]] the same day.

AI: That's a serious finding. How did the vendor respond?

User: Their project manager [[Burak|PERSON]] was embarrassed, he promised masking in the next version. [[Deniz|PERSON]]'s opinion is we should stop the pilot until then. I think we keep it but put a big warning. Same discussion happens in every municipality in [[Türkiye|COUNTRY]] I think.

AI: How do citizens or colleagues usually contact you?

User: Office is [[0232 368 41 77|PHONE_NUMBER]], many old people prefer to call. My mobile I share with colleagues as [[sıfır beş yüz otuz iki, dört yüz on, yirmi yedi, altmış bir|OBF_PHONE|turkish_number_words]] and email [[kemal.aydin [at] karsiyaka [nokta] bel [nokta] tr|OBF_EMAIL|bracket_turkish_dot]]. For the neighbourhood association flyer I wrote [[k e m a l . a y d i n @ g m a i l . c o m|OBF_EMAIL|spaced_letters]] and [[0.532.410.27.61|OBF_PHONE|dotted_digits]]. On X I am [[@kemalaydin_izm|SOCIAL_HANDLE]] but I mostly read football. At home also AI is everywhere, my son [[emre|PERSON]] is [[seventeen|AGE]], preparing for university exam, he uses it every night. My wife [[Elif|PERSON]] is [[chemistry teacher|JOB_TITLE]] and she hates it because students cheat. Also people come to our door, [[Cemal Gürsel Caddesi No: 418 D: 9|ADDRESS]], [[Bostanlı|CITY]], with complaints because neighbours know I am from the municipality haha.

AI: Last question: what would you want from AI in public administration?

User: Turkish that sounds like official language, and safety for citizen data first. And during [[Ramadan|GENERIC_TIME]] our working hours change, the chatbot still says the old hours. Small things but citizens get angry at [[Kemal|PERSON]], not at the bot.""")

T.append("""AI: Hi, thank you for joining. Could you tell me a bit about yourself?

User: hola! im [[Sofía Ramírez Ortega|PERSON]], [[38|AGE]], [[sixth grade teacher|JOB_TITLE]] at [[Colegio Nuevo Amanecer|SCHOOL]] in [[Zapopan|CITY]], [[Jalisco|CITY]]. i studied at the [[Escuela Normal Superior de Jalisco|SCHOOL]] and i teach since [[2010|DATE]].

AI: Nice to meet you, [[Sofía|PERSON]]. How do you use AI in your teaching?

User: mostly [[ChatGPT|AI_PRODUCT]] for lesson plans and [[MagicSchool|AI_PRODUCT]] for rubrics. our [[academic coordinator|JOB_TITLE]] [[Guadalupe Herrera|PERSON]], everybody calls her [[Lupita|PERSON]], showed us in a workshop last year, she put her number on the slide as [[treinta y tres, quince, veintinueve, cero cuatro, setenta y ocho|OBF_PHONE|spanish_number_pairs]] so we could ask questions. [[Lupita|PERSON]]'s workshop was the best training we had honestly

AI: How do the families and the school leadership feel about it?

User: [[the director|GENERIC_ROLE]] is worried parents will complain that "the robot teaches". but the parents use it too!! one mom, señora [[Esperanza Villalobos|PERSON]], sent me a complaint letter that was clearly written by AI lol. i know because it said "as a concerned parent i hope this message finds you well"

AI: That's funny. Do you put any student or personal information into these tools?

User: no student names, never. but for the SEP platform i had to put my CURP, [[RAOS860523MJCMRF04|NATIONAL_ID]], and that system now has a chatbot too. my son [[Mateo|PERSON]] is [[eleven|AGE]] and he asked me why i am so paranoid haha

AI: How do parents usually contact you?

User: whatsapp group for the class, and i put my email in the notebook as [[sofia.ramirez.profe arroba outlook punto com|OBF_EMAIL|spanish_at_dot]] and phone as [[tres tres, uno siete cuatro ocho, dos cero nueve cero|OBF_PHONE|spanish_digit_words]]. the school phone is normal, [[33 3629 1184|PHONE_NUMBER]], and the address is [[Av. Juan Gil Preciado 2150|ADDRESS]], [[Col. Las Águilas|CITY]]. some parents still send stuff to my house in [[Tlaquepaque|CITY]], i dont know how they got it i also post on tiktok, [[@profesofi.zap|SOCIAL_HANDLE]], i post ideas for activities. in the bio it says [[profesofi(arroba)gmail(punto)com|OBF_EMAIL|spanish_paren_at_dot]] for collabs, and for the teachers group i give [[33-17-48-20-90|OBF_PHONE|dashed_pairs]] (same number, just dashes). my colleague [[rocío|PERSON]] says i am becoming an influencer

AI: What do you wish AI tools did better for teachers in your context?

User: understand the mexican curriculum, not the US one. and have good spanish for kids, not spain spanish. also it invents books. once it recommended a book by [[Octavio Paz|PUBLIC_FIGURE]] that does not exist, i almost put it in the reading list. in [[December|GENERIC_TIME]] there is no time to check everything.""")

T.append("""AI: Hello, thanks for your time. Could you describe your role?

User: Sure. I'm [[Sanne Visser|PERSON]], [[senior KYC analyst|JOB_TITLE]] at [[Rabobank|ORGANIZATION]] in [[Utrecht|CITY]], [[41|AGE]] years old. Before that I spent six years at a small accountancy firm in [[Amersfoort|CITY]], [[Boekhoudkantoor De Linde|ORGANIZATION]].

AI: Thanks, [[Sanne|PERSON]]. What does AI look like in KYC work?

User: Internally there's a [[Copilot|AI_PRODUCT]] rollout in [[Teams|SOFTWARE]], plus a vendor screening tool with "AI adverse media". My team lead [[Frank de Groot|PERSON]] pushed hard for it. To be frank it saves me maybe an hour a day, but it also flags every person with a common name. [[Frank|PERSON]]'s argument to management was speed, not quality. Even he hides his mail on the team wiki, [[frank(punt)degroot(apenstaartje)ziggo(punt)nl|OBF_EMAIL|dutch_paren_words]].

AI: Has it changed how you handle customer identity data?

User: The rules got stricter. BSNs may never leave the core system. Funny story, in a training the slide had an example BSN and I thought wait, that looks like mine, [[204718363|NATIONAL_ID]]. It wasn't, but I checked my passport in the toilet haha.

AI: Do you use consumer AI tools outside the bank?

User: [[ChatGPT|AI_PRODUCT]] for my side job, I teach an evening course on financial crime at [[Hogeschool Utrecht|SCHOOL]] on [[Thursdays|GENERIC_TIME]]. My co-teacher [[Amber Jansen|PERSON]] uses it to make case studies. [[Amber|PERSON]] always changes names to fruit, like "Mr. Banana opened an account in Curaçao". The amber warning lights on our screening dashboard are less fun.

AI: How do students or contacts reach you?

User: Work is [[sanne.visser@rabobank.nl|EMAIL_ADDRESS]] but for students I write [[sanne punt visser apenstaartje proton punt me|OBF_EMAIL|dutch_at_dot]] on the first slide, and my number as [[nul zes, vier één, acht twee, negen drie, nul zeven|OBF_PHONE|dutch_digit_words]]. Sounds paranoid but I work in fraud, I see what scrapers do. LinkedIn is [[linkedin.com/in/sannevisser-kyc|URL]]. I learned the hard way, someone used my old address, [[Oudegracht 214-bis|ADDRESS]], [[3511 NR|ADDRESS]] [[Utrecht|CITY]], to order stuff on credit. So now I'm careful. For the course WhatsApp I share [[06 – 4 1 8 2 – 9 3 0 7|OBF_PHONE|spaced_digits]] and my private [[s_visser{at}fastmail{dot}nl|OBF_EMAIL|curly_at_dot]], never the real format.

AI: Last question: what should AI builders understand about compliance work?

User: That explainability matters. If the tool says high risk, I need to write why in the file. "Because the model said so" won't survive an audit from De Nederlandsche Bank. Also it doesn't know [[Europe|CONTINENT]] has different rules than the [[United States|COUNTRY]].""")

T.append("""AI: Hello, thank you for joining. Can you introduce yourself and your work?

User: Halo, I am [[Ratna Wulandari|PERSON]], [[34|AGE]] years old, [[cooperative manager|JOB_TITLE]] at [[Koperasi Tani Makmur Sejahtera|ORGANIZATION]] in [[Sleman|CITY]], [[Yogyakarta|CITY]]. Our members are salak and rice farmers, around 240 families. I studied agribusiness at [[Universitas Gadjah Mada|SCHOOL]], graduated [[2013|DATE]].

AI: Thanks, [[Ratna|PERSON]]. How does AI help in running a cooperative?

User: I use [[ChatGPT|AI_PRODUCT]] to write proposals to the bank and to the dinas, because formal Indonesian letters take me so long. Also [[Gemini|AI_PRODUCT]] to check salak prices. Our treasurer pak [[Bambang Sutrisno|PERSON]] keeps everything in [[Excel|SOFTWARE]] and he does not trust AI at all.

AI: Why doesn't [[Bambang|PERSON]] trust it?

User: He is [[sixty-one|AGE]], he says numbers from machine must be checked by hand. Actually he is right, once [[ChatGPT|AI_PRODUCT]] calculated the member dividend wrong. [[Bambang|PERSON]]'s handwritten book saved us. The young staff mbak [[sari|PERSON]] is the opposite, she wants AI for everything.

AI: Do you put member data into AI tools?

User: Member NIK numbers are needed for the fertilizer subsidy, so they are in our system, not in [[ChatGPT|AI_PRODUCT]]. But I admit I once pasted my own NIK [[3404125508900003|NATIONAL_ID]] to ask how to fill a form. After that I made a rule.

AI: How do members and buyers contact you?

User: WhatsApp business [[0812-2746-9031|PHONE_NUMBER]]. My personal I give as [[nol delapan satu tiga, dua sembilan empat empat, tujuh satu nol lima|OBF_PHONE|indonesian_digit_words]] and email [[ratna.wulan at gmail titik com|OBF_EMAIL|indonesian_titik]]. Instagram of the cooperative is [[@salak.makmur|SOCIAL_HANDLE]]. Buyers from [[Jakarta|CITY]] sometimes come to the office, [[Jl. Kaliurang Km 14,5 No. 27|ADDRESS]], [[Ngaglik|CITY]]. In the marketplace chat they block numbers, so sellers write [[0 8 1 3 - 2 9 4 4 - 7 1 0 5|OBF_PHONE|spaced_digits]] or even [[nol8one3 29empat4 7105|OBF_PHONE|mixed_indonesian_english]] haha. For email I write [[ratnawulandari[et]yahoo[titik]co[titik]id|OBF_EMAIL|bracket_et_titik]]. Everybody knows these tricks.

AI: Last question: what would you change about AI tools for farmers?

User: Javanese language please, many old farmers dont read Indonesian well. And information about local weather, not general. [[Nadiem Makarim|PUBLIC_FIGURE]] made apps for schools, maybe someone makes for farmers in [[Indonesia|COUNTRY]]. Also before [[Lebaran|GENERIC_TIME]] everything is busy and nobody has time to learn new apps.""")

T.append("""AI: Hi! Thanks for joining. Could you introduce yourself?

User: Hi po! I'm [[Maria Joy Dizon|PERSON]] but everyone calls me [[Joy|PERSON]]. [[28|AGE]], [[medical coding team leader|JOB_TITLE]] at a healthcare BPO, [[MedAxis Solutions|ORGANIZATION]] in [[Cebu City|CITY]]. We code claims for hospitals in the [[US|COUNTRY]]. I finished nursing at [[Cebu Doctors' University|SCHOOL]] in [[2017|DATE]] then shifted to coding.

AI: Thanks, [[Joy|PERSON]]. Where does AI come in?

User: Our client gave us an AI-assisted coding tool inside [[3M 360 Encompass|SOFTWARE]], it suggests ICD-10 codes. Public [[ChatGPT|AI_PRODUCT]] is blocked on the floor, but I use it at home to review for my CPC exam. Honestly it's a joy when it explains modifiers better than our trainer.

AI: How does your team feel about the AI suggestions?

User: Mixed. My QA lead [[rose|PERSON]] says we trust it too much. One of my coders [[Jack Villanueva|PERSON]] accepted a suggestion without reading the op note and we got a denial. [[Jack|PERSON]]'s accuracy score dropped and he was so sad. Now I tell them the tool is a jack of all trades, master of none.

AI: Have you had to share personal data with any AI systems?

User: PHI never, we have strict HIPAA training. But personally, when I applied for a salary loan the SSS chatbot asked my number, [[34-5819027-6|NATIONAL_ID]], and my PhilSys [[4827-1093-5561-2084|NATIONAL_ID]]. Not sure if that was smart.

AI: How do people contact you for work or outside?

User: Globe [[0917 482 3316|PHONE_NUMBER]] for work. For my side hustle, I tutor coding reviewees, I post [[09 one 8 - 22 five - 7 four 0 3|OBF_PHONE|mixed_words_digits]] and [[joy DOT dizon AT yahoo DOT com DOT ph|OBF_EMAIL|caps_at_dot]]. My TikTok is [[@joycodes.ph|SOCIAL_HANDLE]]. Some reviewees asked for my home to send pasalubong haha, [[Blk 7 Lot 12, Phase 2, Pacific Grand Villas|ADDRESS]], [[Lapu-Lapu City|CITY]], but I said no need! Others do it too, in the facebook group they write like [[zero nine two seven, one one four, eight eight six two|OBF_PHONE|english_digit_words]] or [[j.villanueva(at)gmail(dot)com|OBF_EMAIL|paren_at_dot]], that one is [[Jack|PERSON]] actually. And my co-TL [[Angelica Ramos|PERSON]] writes hers as [[angelica . ramos @ outlook . ph|OBF_EMAIL|spaced_dots]].

AI: Last question: what would you improve?

User: Filipino accent in voice tools, and less night shift lol. [[Christmas|GENERIC_TIME]] season is crazy for claims. And please, not every AI should sound like [[Sam Altman|PUBLIC_FIGURE]] on a podcast hehe.""")

T.append("""AI: Guten Tag, and thanks for joining. Could you tell me about yourself and your job?

User: Hello. I am [[Lukas Hoffmann|PERSON]], [[47|AGE]], [[head of warehouse planning|JOB_TITLE]] at [[Rhein-Ruhr Kontraktlogistik GmbH|ORGANIZATION]] in [[Duisburg|CITY]]. I did an apprenticeship as freight forwarder and later studied logistics part-time at [[Hochschule Niederrhein|SCHOOL]], finished in [[2009|DATE]].

AI: Thanks, [[Lukas|PERSON]]. How does AI show up in your planning work?

User: Our WMS is [[SAP EWM|SOFTWARE]] and we have a forecasting module with machine learning for inbound volumes. Since [[January 2024|DATE]] we also have [[Microsoft Copilot|AI_PRODUCT]] for office work. My colleague [[Mark Becker|PERSON]] is the [[shift supervisor|JOB_TITLE]] for night, he uses it to write the handover notes.

AI: How has that worked for [[Mark|PERSON]]?

User: Mixed. [[Mark|PERSON]]'s notes are now long and beautiful, but the day shift wants three lines. The forecast itself usually hits the mark, except before [[Christmas|GENERIC_TIME]] when e-commerce goes crazy. Then we plan like 20 years ago, with experience.

AI: Are there concerns from staff or [[the works council|GENERIC_ROLE]]?

User: Yes, [[the works council|GENERIC_ROLE]] is very careful, in [[Germany|COUNTRY]] you cannot just monitor performance with AI. They asked what data goes in. I had to show that no personal data, only volumes. Funny, the HR portal asked my tax ID [[47 036 892 815|NATIONAL_ID]] and it has a chatbot now too, nobody asked [[the works council|GENERIC_ROLE]] about that haha.

AI: How do colleagues and partners contact you?

User: Office [[+49 203 71946-220|PHONE_NUMBER]], email [[l.hoffmann@rrkl-logistik.de|EMAIL_ADDRESS]]. For the carriers in the WhatsApp group I wrote my mobile as [[null eins sieben eins – drei acht vier – zwo zwo neun null|OBF_PHONE|german_digit_words]] and private mail [[lukas.hoffmann at posteo punkt de|OBF_EMAIL|german_punkt]]. Profile is [[xing.com/profile/Lukas_Hoffmann47|URL]]. The carriers do the same, Polish drivers write [[+48 6O1 – 2O3 – 447|OBF_PHONE|letter_o_for_zero]] or [[kierowca.adam(małpa)onet(kropka)pl|OBF_EMAIL|polish_paren_at_dot]]. [[Mark|PERSON]] jokes we need AI only to decode phone numbers. I also once wrote mine as [[0171/384-2290 (ohne Leerzeichen)|OBF_PHONE|instruction_suffix]] on a pallet label, so stupid.

AI: Last question: what would make AI tools more useful for logistics?

User: Understand real constraints: dock doors, driver hours, Sunday driving ban. And please German without anglicisms. My home office is in [[Mülheimer Straße 83|ADDRESS]], [[47058|ADDRESS]] [[Duisburg|CITY]], and even there I hear trucks, so I know the reality. Whatever [[Jensen Huang|PUBLIC_FIGURE]] says about robots, pallets still need people.""")

T.append("""AI: Bonjour, and thank you for joining. Could you introduce yourself?

User: Bonjour! I am [[Élodie Marchand|PERSON]], [[37|AGE]], [[hospital pharmacist|JOB_TITLE]] at [[Hospices Civils de Lyon|ORGANIZATION]], I work at the [[Hôpital de la Croix-Rousse|ORGANIZATION]] site. I did my pharmacy studies at [[Université Claude Bernard Lyon 1|SCHOOL]] and my internship in [[Grenoble|CITY]], I started here in [[September 2015|DATE]].

AI: Thanks, [[Élodie|PERSON]]. How do you use AI in hospital pharmacy?

User: Officially not much. We have [[Vidal|SOFTWARE]] for drug interactions and the prescription software, nothing generative. Unofficially, I use [[Le Chat|AI_PRODUCT]] from the French startup and sometimes [[Claude|AI_PRODUCT]] to rewrite procedures. Yes, like the university name haha, [[Claude Bernard|PUBLIC_FIGURE]], I always make this joke.

AI: Does anyone else in your team use these tools?

User: The intern [[Yanis Benali|PERSON]] uses everything. [[Yanis|PERSON]]'s pharmacology summaries are perfect and sometimes perfectly wrong. Our [[cadre de santé|JOB_TITLE]], Mme [[Rousseau|PERSON]], asked us to write a charter, so I wrote it with [[Yanis|PERSON]] in [[March 2024|DATE]].

AI: What does the charter say about personal data?

User: No patient identity, no NIR, nothing. It is strict in [[France|COUNTRY]], the CNIL watches. I was a bit ironic because in the same week the HR sent my payslip with my social security number, [[2 87 06 69 123 456 06|NATIONAL_ID]], to a colleague by mistake.

AI: How do people contact you at work and outside?

User: The pharmacy line is [[04 72 11 38 64|PHONE_NUMBER]]. For the regional pharmacists network I give my mobile as [[zéro six, quarante-sept, douze, quatre-vingt-huit, trente|OBF_PHONE|french_number_words]] and the email [[elodie.marchand arobase chu-lyon point fr|OBF_EMAIL|french_arobase_point]]. On the forum for pharmacy students I write [[e.marchand(a)laposte(.)net|OBF_EMAIL|paren_a_dot]], and [[Yanis|PERSON]] puts his as [[yanis•benali＠gmail•com|OBF_EMAIL|bullet_fullwidth_at]] which is even more strange. I also have a small blog, [[elodiemarchand-pharma.fr|URL]]. I worry a little, a pharma rep once sent flowers to my flat, [[12 rue Sainte-Hélène|ADDRESS]], [[69002|ADDRESS]] [[Lyon|CITY]], I never gave it. Since then, on conference badges I write the mobile as [[0six 47 douze 88 30|OBF_PHONE|mixed_french_digits]], nobody can copy paste that.

AI: Last question: what would you want from AI tools in your job?

User: Reliable sources, in French, with the ANSM references. And please stop inventing doses. My partner [[Thibault|PERSON]] works at [[Sanofi|ORGANIZATION]] and he says the same about their internal tools. In [[August|GENERIC_TIME]] half the hospital is on holiday and then you really want a tool you can trust.""")

T.append("""AI: Ciao, thanks for joining us. Could you tell me about yourself and your work?

User: Ciao! I'm [[Giulia Ferraro|PERSON]], [[35|AGE]], [[revenue manager|JOB_TITLE]] at [[Albergo Lungarno Belvedere|ORGANIZATION]], a four star hotel in [[Florence|CITY]], 62 rooms. I studied economics at [[Università di Firenze|SCHOOL]] and then a hospitality master in [[Milan|CITY]]. I joined the hotel in [[2019|DATE]], just before covid, great timing haha.

AI: Thanks, [[Giulia|PERSON]]. How does AI fit into revenue management?

User: Our RMS is [[Duetto|SOFTWARE]], it has algorithmic pricing, and the PMS is [[Mews|SOFTWARE]]. On top of that I use [[ChatGPT|AI_PRODUCT]] to analyse competitor rates that I export, and to write the weekly report for the owner, signora [[Marisa Lenzi|PERSON]]. She reads everything on paper, printed!

AI: Does anyone else on the team use these tools?

User: Our intern from [[Ohio|CITY]], [[Summer Blake|PERSON]], uses it for everything, even to text her friends in Italian. [[Summer|PERSON]]'s Italian is improving thanks to AI actually. In [[summer|GENERIC_TIME]] we are full every night so I am happy for any help. The front office manager [[Lorenzo Bini|PERSON]] prefers [[Gemini|AI_PRODUCT]] because it is inside Gmail. Agents who need him write to [[lorenzo.bini at lungarnobelvedere dot it|OBF_EMAIL|spelled_at_dot]].

AI: Have you had any concerns about guest or personal data?

User: Yes, a guest once sent his whole passport in the chat and [[Lorenzo|PERSON]] almost pasted it into the AI to translate. We stopped him. For myself, the accountant needed my codice fiscale, [[FRRGLI89M52D612G|NATIONAL_ID]], and I sent it on WhatsApp, not very professional either.

AI: How do people reach you?

User: Hotel number [[+39 055 238 4417|PHONE_NUMBER]]. For travel agents and wholesalers I write my mobile [[tre tre nove, quattro uno due, sette otto cinque zero|OBF_PHONE|italian_digit_words]] and the mail [[giulia.ferraro chiocciola lungarnobelvedere punto it|OBF_EMAIL|italian_chiocciola_punto]]. I have an Instagram for revenue tips, [[@giulia_revenue|SOCIAL_HANDLE]], where the bio says [[giuliaferraro89 [chiocciola] gmail [punto] com|OBF_EMAIL|bracket_italian]]. I hide them because after a webinar I got 200 spam calls. Even now for [[Summer|PERSON]] I told her: write [[+1 (614) five five five, zero one nine two|OBF_PHONE|mixed_words_digits]] in the group, not the normal way. And please never put your home like I did once on a form, [[Via dei Serragli 61|ADDRESS]], [[50124|ADDRESS]], in [[Oltrarno|CITY]]. A guest sent me a Christmas card there, sweet but no.

AI: Last question: what would improve AI for hotels like yours?

User: Understanding events, the pricing tool does not know when Pitti Uomo is or a big concert. And Italian that does not sound translated. Everyone talks about [[Sam Altman|PUBLIC_FIGURE]] but my real problem is the cleaning staff schedule at [[Easter|GENERIC_TIME]]!""")

T.append("""AI: Hola, thank you for participating. Could you introduce yourself?

User: Hola. I am [[Alejandro Ruiz Peña|PERSON]], but everyone says [[Álex|PERSON]]. I'm [[fifty-two|AGE]] and I am a [[técnico de administración general|JOB_TITLE]] at the [[Ajuntament de València|ORGANIZATION]], in the urban planning licences department. I studied law at [[Universitat de València|SCHOOL]] and I entered the administration in [[1998|DATE]].

AI: Thanks, [[Álex|PERSON]]. How does AI appear in your work at the city council?

User: We process expedientes in [[Gestiona|SOFTWARE]]. There is a pilot with [[Copilot|AI_PRODUCT]] for some departments, and I use [[ChatGPT|AI_PRODUCT]] at home to draft the first version of reports, in Spanish and in Valencian, then I correct. My [[head of section|JOB_TITLE]] [[Amparo Soler|PERSON]] is worried about legal responsibility.

AI: What are [[Amparo|PERSON]]'s concerns specifically?

User: That the resolution is an administrative act, signed by a person, so if AI writes something wrong it is our problem. [[Amparo|PERSON]]'s rule: AI only for style, never for the legal reasoning. My younger colleague [[consuelo|PERSON]] thinks we are dinosaurs. [[Amparo|PERSON]] writes her mobile on the office fridge as [[6/1/9/3/3/0/7/5/2|OBF_PHONE|slashed_digits]] haha.

AI: Do citizens' personal data ever go into these tools?

User: Not in our department as far as I know. Citizens write DNI, cadastral references, everything in the applications. As a test I put my own DNI, [[48213765S|NATIONAL_ID]], in the chatbot of a private company to see what happens, and it repeated it back to me in the answer. Not good.

AI: How do people contact you, professionally or otherwise?

User: Department phone [[963 52 54 78|PHONE_NUMBER]]. For the neighbourhood association I write my mobile as [[seis uno dos, cuatro cuatro ocho, tres nueve uno|OBF_PHONE|spanish_digit_words]] and the email as [[aruiz (arroba) valencia (punto) es|OBF_EMAIL|spanish_paren_at_dot]]. On Bluesky I am [[@alexruizpena.bsky.social|SOCIAL_HANDLE]], I post about urbanism and paella, nothing secret. Others do it too, in the residents' WhatsApp a neighbour wrote [[6 - 7 - 8 - 2 - 1 - 9 - 0 - 4 - 5|OBF_PHONE|dashed_single_digits]] and another one [[mariajose_ferrer ARROBA hotmail PUNTO es|OBF_EMAIL|caps_spanish_at_dot]]. It is a neighbourhood of old people and they are afraid of scams. The association meets at my building, [[Calle de Cuba 47, 3º B|ADDRESS]], [[46006|ADDRESS]], in [[Russafa|CITY]].

AI: Last question: what would you want from AI in public administration?

User: Valencian that is really Valencian and not Catalan from [[Barcelona|CITY]], this is political here haha. And transparency. [[Pedro Sánchez|PUBLIC_FIGURE]] announced a national AI strategy but in our office the computers are from 2015. During [[Fallas|GENERIC_TIME]] nobody works anyway.""")

T.append("""AI: Olá, thanks for joining. Could you introduce yourself?

User: Olá! I'm [[Inês Carvalho|PERSON]], [[29|AGE]], [[viticulture technician|JOB_TITLE]] at the [[Adega Cooperativa do Alto Corgo|ORGANIZATION]], near [[Peso da Régua|CITY]] in the Douro. I studied agronomy at [[UTAD|SCHOOL]] in [[Vila Real|CITY]] and started at the adega in [[2020|DATE]].

AI: Thanks, [[Inês|PERSON]]. How is AI used in your vineyard work?

User: We have a pilot with drone images and an AI that detects water stress and mildew, from a startup called [[VinhaSense|AI_PRODUCT]]. I also use [[ChatGPT|AI_PRODUCT]] to write applications for EU funds, these are so long. My boss, engenheiro [[Rui Teixeira|PERSON]], signs everything, his email is on the forms as [[rui.teixeira<at>adegaaltocorgo<dot>pt|OBF_EMAIL|angle_bracket_at_dot]].

AI: How do the grower members react to the AI maps?

User: The older ones laugh. Senhor [[Abílio Mesquita|PERSON]] is [[seventy-eight|AGE]] and says his knees predict mildew better than the drone. And sometimes he's right! [[Rui|PERSON]]'s approach is to show the maps at the assembly and let them discuss.

AI: What about personal data in these tools?

User: The members' data is in our management software, [[PHC|SOFTWARE]]. For the EU applications you need tax numbers, and I once pasted my own NIF, [[236481754|NATIONAL_ID]], into a template with [[ChatGPT|AI_PRODUCT]] open. I deleted the chat, but who knows.

AI: How do members and buyers reach you?

User: Adega phone [[+351 254 318 902|PHONE_NUMBER]]. On the notice board I put my mobile as [[9 1 2 · 7 4 0 · 3 5 8|OBF_PHONE|middle_dot_spaced]] and email [[ines.carvalho arroba adegaaltocorgo ponto pt|OBF_EMAIL|portuguese_arroba_ponto]]. My personal is [[inescarv[at]sapo[dot]pt|OBF_EMAIL|bracket_at_dot]]. There's also my Instagram about the Douro, [[@ines.no.douro|SOCIAL_HANDLE]]. I write them like that because of spam, and because in the [[harvest|GENERIC_TIME]] we publish notices everywhere. My colleague from the lab, [[Hope Marques|PERSON]], her mother is English so the name, writes hers as [[nove três seis, um oito dois, quatro sete zero|OBF_PHONE|portuguese_digit_words]]. We have hope it works haha. Buyers sometimes even come to my house, [[Rua dos Camilos, 118, 2.º Esq.|ADDRESS]], [[5050-272|ADDRESS]] [[Peso da Régua|CITY]].

AI: Last question: what would you change in AI tools for agriculture?

User: They should know the Douro terraces, not California. And the language, European Portuguese, not [[Brazil|COUNTRY]]. I went to a conference in [[Bordeaux|CITY]] and the French have better tools. In [[September|GENERIC_TIME]] I don't sleep anyway, so any help is welcome.""")

T.append("""AI: Hello, thank you for taking part. Could you tell me about yourself?

User: Hi, I'm [[Andreea Popescu|PERSON]], [[34|AGE]], [[financial controller|JOB_TITLE]] at [[Transilvania Agro-Distribuție SRL|ORGANIZATION]] in [[Cluj-Napoca|CITY]], we distribute fertilizers and seeds. Before I worked four years at [[Banca Transilvania|ORGANIZATION]]. I studied at [[Universitatea Babeș-Bolyai|SCHOOL]], finance, graduated [[2012|DATE]].

AI: Thanks, [[Andreea|PERSON]]. How do you use AI in finance?

User: Accounting is in [[SAGA|SOFTWARE]] and we send invoices through [[e-Factura|SOFTWARE]] to ANAF. I use [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] for formulas and [[ChatGPT|AI_PRODUCT]] to explain new fiscal rules, which change every month here. My colleague [[Ionuț Dumitrescu|PERSON]], the [[chief accountant|JOB_TITLE]], checks every interpretation.

AI: How does [[Ionuț|PERSON]] feel about the tools?

User: He is [[fifty-five|AGE]] and a bit suspicious, but he likes that it finds errors in the VAT reconciliation. [[Ionuț|PERSON]]'s joke is that the AI is the only colleague who doesn't ask for a raise. Our intern [[bianca|PERSON]] uses it too much, she copies the answers without thinking.

AI: Has any personal or sensitive data gone into these tools?

User: Client CUIs yes, they are public anyway. Personal CNP no, except once my own, [[2900813123455|NATIONAL_ID]], when I asked [[ChatGPT|AI_PRODUCT]] to check my tax form, stupid, I know. The CFO made a policy after that, not because of me hopefully.

AI: How do colleagues or clients contact you?

User: Office [[0264 598 217|PHONE_NUMBER]], email [[andreea.popescu@tad.ro|EMAIL_ADDRESS]]. On the accountants forum I write [[andreea.popescu(at)tad(punct)ro|OBF_EMAIL|paren_romanian_punct]] and my mobile as [[zero șapte patru unu, doi trei opt, nouă cinci zero|OBF_PHONE|romanian_digit_words]]. For personal stuff I use [[a n d r e e a . p o p @ g m a i l . c o m|OBF_EMAIL|spaced_letters]]. I also share [[Excel|SOFTWARE]] macros on [[github.com/andreea-pop-fin|URL]]. These tricks help a bit. After I posted my normal number once I got calls from energy sellers for months. Now even for the building association I wrote [[07４1-238-95０|OBF_PHONE|mixed_fullwidth_digits]]. I live at [[Str. Observatorului nr. 34, bl. C2, ap. 17|ADDRESS]], in [[Zorilor|CITY]], and the administrator posts everything on the door.

AI: Last question: what would make AI better for finance teams like yours?

User: Romanian fiscal law updated in real time, with links to the Monitorul Oficial. And fewer hallucinations. [[Warren Buffett|PUBLIC_FIGURE]] says he doesn't understand AI, I understand him sometimes. In [[December|GENERIC_TIME]] with closing the year there is no time to double check everything.""")

T.append("""AI: Hello, thanks for joining. Could you tell me about yourself and your work?

User: Hello! I'm [[Eleni Papadopoulou|PERSON]], [[42|AGE]], [[owner and general manager|JOB_TITLE]] of [[Villa Kydonia Suites|ORGANIZATION]], a small family hotel with 14 suites in [[Chania|CITY]], [[Crete|CITY]]. My father opened it in [[1994|DATE]] and I took over in [[2016|DATE]]. I studied tourism management at the [[University of the Aegean|SCHOOL]] on [[Chios|CITY]].

AI: Thanks, [[Eleni|PERSON]]. How do you use AI running the hotel?

User: The channel manager and PMS is [[Cloudbeds|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] for guest emails in German and French, and [[Jasper|AI_PRODUCT]] for the website texts, my nephew [[giorgos|PERSON]] set it up. Our receptionist [[Sunny Akter|PERSON]], from [[Bangladesh|COUNTRY]], uses it to answer in English more formally.

AI: How has that worked out for [[Sunny|PERSON]]?

User: Very well, [[Sunny|PERSON]]'s reviews from guests are the best now, they always write "the lovely receptionist". On sunny days we have 100% occupancy and no time, so AI for emails really helps. But [[giorgos|PERSON]] once let it write a description saying we have a spa. We do not have a spa!

AI: What about guest data and personal information?

User: Passports we keep in the PMS only. For myself, the accountant asked my AMKA, [[23048201547|NATIONAL_ID]], and my AFM [[148392056|NATIONAL_ID]] for some subsidy, and I sent them by email. My husband [[Nikos|PERSON]] was angry I did not use the secure portal.

AI: How do guests and partners contact you?

User: Reception [[28210 94 317|PHONE_NUMBER]]. For tour operators I give my mobile as [[έξι εννέα επτά, τέσσερα ένα δύο, οκτώ τρία πέντε μηδέν|OBF_PHONE|greek_digit_words]] and email [[eleni παπάκι villakydonia τελεία gr|OBF_EMAIL|greek_papaki_teleia]]. There is a page about me on the site, [[villakydonia.gr/about-eleni|URL]], my nephew's idea. On Instagram I'm [[@eleni.kydonia|SOCIAL_HANDLE]]. Guests do the same, on booking platforms they block emails so guests write [[hans dot mueller at web dot de|OBF_EMAIL|spelled_at_dot]] or phone like [[+49 one five one, 2 3 4 - 88 0 9|OBF_PHONE|mixed_words_digits]]. I write mine for [[Sunny|PERSON]]'s shift notes as [[6 9 7 4 1 2 8 3 5 0|OBF_PHONE|spaced_digits]]. And the supplier from the bakery writes [[tsiknakis_bakery(at)otenet(dot)gr|OBF_EMAIL|paren_at_dot]]. Everybody is creative. The hotel address is public of course, [[Odos Theotokopoulou 27|ADDRESS]], [[731 31|ADDRESS]] [[Chania|CITY]].

AI: Last question: what would make AI tools more useful for small hotels?

User: Greek language that is natural, and local knowledge, the buses, the beaches, the ferries. And cheaper! Big chains have teams, I have me and [[Sunny|PERSON]]. In [[winter|GENERIC_TIME]] I have time to learn, in [[July|GENERIC_TIME]] impossible.""")

T.append("""AI: Hello, thank you for joining. Could you introduce yourself and your work?

User: Hello, my name is [[Selamawit Bekele|PERSON]], most people call me [[Selam|PERSON]]. I am [[33|AGE]], [[maternal health program coordinator|JOB_TITLE]] at the [[Amhara Regional Health Bureau|ORGANIZATION]] in [[Bahir Dar|CITY]]. I did my MPH at [[Addis Ababa University|SCHOOL]], finished in [[2019|DATE]].

AI: Thank you, [[Selam|PERSON]]. How do you use AI in your work?

User: Our data is in [[DHIS2|SOFTWARE]], and I use [[ChatGPT|AI_PRODUCT]] to help write quarterly reports and donor proposals in English. For Amharic it is still weak, so I use [[Google Translate|AI_PRODUCT]] and fix manually. My supervisor Dr. [[Dawit Alemu|PERSON]] encouraged me after a training in [[Addis Ababa|CITY]].

AI: What has Dr. [[Dawit|PERSON]]'s guidance been?

User: He said use it for language, never for numbers. Because one time the AI said our facility delivery rate was 84% when our real number was 61%. [[Dawit|PERSON]]'s comment was "the machine is optimistic". Also one health extension worker, [[Tigist Mulugeta|PERSON]], asked it about a medicine dose for a pregnant woman, this scared me.

AI: That's concerning. Do you put any personal data into these tools?

User: No patient names. But I registered for the new Fayda ID and had to give my number [[4827 1930 5561|NATIONAL_ID]] for the payroll system, which has a chatbot now. I don't know where the data goes. My cousin [[yonas|PERSON]] works in IT at [[Ethio Telecom|ORGANIZATION]], he says don't worry, but I worry.

AI: How do colleagues and partners contact you?

User: Office [[+251 58 220 4713|PHONE_NUMBER]]. For the NGOs I give Telegram [[@selam_mch|SOCIAL_HANDLE]] and my mobile as [[0-9-1-1-4-7-8-2-0-6|OBF_PHONE|dashed_digits]]. Email [[selam.bekele at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Health extension workers use Telegram a lot, [[Tigist|PERSON]] sends me voice notes every day. Others do it too, the partners write [[dawit.alemu [at] amhrhb [dot] gov [dot] et|OBF_EMAIL|bracket_at_dot]] in proposals, and some write numbers in Amharic words like [[ዜሮ ዘጠኝ አንድ ሁለት፣ ስምንት ሦስት ሰባት፣ አራት ዜሮ ስድስት|OBF_PHONE|amharic_digit_words]] so that the bots cannot read. My home is [[Kebele 14, House No. 552|ADDRESS]], [[Belay Zeleke sub-city|CITY]], and in the health bureau everybody knows it, so privacy is relative here haha.

AI: Last question: what would make AI more useful for public health in your region?

User: Amharic and Afaan Oromo that really work, and offline, because electricity goes off many times. [[Abiy Ahmed|PUBLIC_FIGURE]] talks about digital [[Ethiopia|COUNTRY]], but in the rural health posts there is no network during the rainy season. Also the Ethiopian calendar! AI always confuses our dates, for example [[Meskerem 2016|DATE]] is not [[September 2016|DATE]].""")

T.append("""AI: Hi, thank you for joining. Could you tell me a little about yourself?

User: Thank you. I am [[Okello Brian|PERSON]], [[deputy head teacher|JOB_TITLE]] at [[Gulu Hill Secondary School|SCHOOL]] in [[Gulu|CITY]], northern [[Uganda|COUNTRY]]. I am [[forty|AGE]] years, I teach mathematics and physics. I trained at [[Kyambogo University|SCHOOL]] and I have been at this school since [[2011|DATE]].

AI: Thanks, [[Brian|PERSON]]. How do you use AI as a teacher?

User: I use [[ChatGPT|AI_PRODUCT]] on my phone to make exercises for the new competence-based curriculum, and to explain physics in simple English. We have a computer lab with [[Kolibri|SOFTWARE]] offline. My colleague madam [[Hope Akello|PERSON]] teaches English and she uses it for comprehension passages.

AI: What does [[Hope|PERSON]] think of it?

User: She loves it but she is worried students use it for homework. I hope we find a balance. [[Hope|PERSON]]'s idea is oral exams. [[the head teacher|GENERIC_ROLE]] says we must wait for the ministry guideline first.

AI: Do students or parents share personal data in these tools?

User: Not that I know. But for my registration with the teachers service, I had to type my NIN, [[CM84071102KQRA|NATIONAL_ID]], on a portal with a chatbot. My daughter [[Mercy|PERSON]] is [[twelve|AGE]] and she told me "daddy don't put your number everywhere". Even children know now. We are at the mercy of these systems.

AI: How do parents and colleagues contact you?

User: School office [[0471 432 618|PHONE_NUMBER]]. My mobile for parents is on the noticeboard as [[oh seven double five, one two three, double nine four|OBF_PHONE|double_digit_words]] and email [[okello.brian[at]gmail[.]com|OBF_EMAIL|bracket_at_dot]]. On X I post about maths competitions as [[@TrOkelloGulu|SOCIAL_HANDLE]]. Others do similar, the PTA chairman writes [[0 7 7 2 . 4 1 8 . 6 3 5|OBF_PHONE|dotted_spaced_digits]] and his email like [[opio james AT yahoo DOT co DOT uk|OBF_EMAIL|caps_at_dot]]. [[Hope|PERSON]] writes hers in Acholi numbers, [[zero abiro abiro aryo, acel angwen adek, aryo abic aboro|OBF_PHONE|acholi_digit_words]], nobody understands except us haha. The school is at [[Plot 23, Labour Line Road|ADDRESS]], [[Pece Division|CITY]], parents come there directly.

AI: Last question: what would you want from AI developers?

User: Work offline, cheap data, and examples from [[Uganda|COUNTRY]] not [[America|COUNTRY]]. [[Yoweri Museveni|PUBLIC_FIGURE]] talks about science subjects, fine, but we have 90 students per class. In [[Term Two|GENERIC_TIME]] with mock exams there is no time to prepare anything new.""")

T.append("""AI: Habari, and thank you for joining. Could you introduce yourself and your work?

User: Asante. My name is [[Neema Mushi|PERSON]], I'm [[27|AGE]], [[loan officer|JOB_TITLE]] at [[Tumaini Microfinance Ltd|ORGANIZATION]] in [[Arusha|CITY]], [[Tanzania|COUNTRY]]. We give group loans mostly to women traders at the markets. I studied at the [[Institute of Accountancy Arusha|SCHOOL]] and joined in [[June 2021|DATE]].

AI: Thanks, [[Neema|PERSON]]. How do you use AI in microfinance?

User: Our core system is [[Mambu|SOFTWARE]], and I use [[ChatGPT|AI_PRODUCT]] to help clients write simple business plans, and to translate loan terms into easy Swahili. My branch manager mama [[Rehema Kimaro|PERSON]] is careful, she reads every plan.

AI: What are [[Rehema|PERSON]]'s main concerns?

User: She says the AI makes every business look good, even a tomato stall becomes "scalable agri-enterprise" haha. My colleague [[Baraka Massawe|PERSON]] once approved a loan partly because the plan looked so professional, and the client defaulted. [[Baraka|PERSON]]'s lesson, and mine: look at the [[M-Pesa|SOFTWARE]] statements, not the words.

AI: Do you share client data with AI tools?

User: Not names, not NIDA. But I must confess for my own salary loan I pasted my NIDA number, [[19970318-23101-00004-17|NATIONAL_ID]], in a chat to check a form. Also my TIN [[128-447-903|NATIONAL_ID]]. Small mistake but a mistake.

AI: How do clients contact you?

User: Branch office [[+255 27 254 8130|PHONE_NUMBER]]. Clients mostly call my mobile which I write on cards like [[sifuri saba sita nane, tatu moja mbili, tano nne tisa|OBF_PHONE|swahili_digit_words]], and email [[neema.mushi at gmail nukta com|OBF_EMAIL|swahili_nukta]]. I have Instagram for financial tips in Swahili, [[@neema.fedha|SOCIAL_HANDLE]], and there the bio says [[neemamushi[at]yahoo[dot]com|OBF_EMAIL|bracket_at_dot]]. I write them that way because of fake loan apps, they scrape numbers and then harass people. [[Baraka|PERSON]] writes his as [[0 7 5 4 - 3 1 8 - 6 2 0|OBF_PHONE|spaced_dashed_digits]] and mama [[Rehema|PERSON]] as [[zero seven one three, 44 nine, 2 eight 1|OBF_PHONE|mixed_words_digits]]. Even my email for the women groups is [[n.mushi (at) tumaini (dot) co (dot) tz|OBF_EMAIL|paren_at_dot]]. Clients sometimes come to my home also, [[Plot 118, Block C|ADDRESS]], [[Njiro|CITY]], when they cannot pay, which is difficult.

AI: Last question: what would you want AI tools to do better?

User: Swahili that sounds like [[Arusha|CITY]], not like a textbook. And understand informal business, no bank statements, only [[M-Pesa|SOFTWARE]]. [[Samia Suluhu Hassan|PUBLIC_FIGURE]] talks about women economic empowerment, we are doing it every day. During [[Ramadan|GENERIC_TIME]] repayments go slow and AI does not know this.""")

T.append("""AI: Sawasdee, thanks for joining. Could you tell me about yourself?

User: Sawasdee ka. My name is [[Kanokwan Srisuk|PERSON]], but my nickname is [[May|PERSON]], in [[Thailand|COUNTRY]] everyone has a nickname. I am [[39|AGE]], [[infection control nurse|JOB_TITLE]] at [[Nakornping Hospital|ORGANIZATION]] in [[Chiang Mai|CITY]]. I graduated from the nursing faculty at [[Chiang Mai University|SCHOOL]] in [[2007|DATE]].

AI: Thanks, [[May|PERSON]]. How do you use AI in infection control?

User: Hospital system is [[HOSxP|SOFTWARE]], no AI inside. I use [[ChatGPT|AI_PRODUCT]] and a Thai model, [[Typhoon|AI_PRODUCT]], to make training posters about hand hygiene and to summarise WHO guidelines in Thai. My colleague [[Gift|PERSON]], she is [[ICU nurse|JOB_TITLE]], she helps me check the Thai.

AI: How does [[Gift|PERSON]] find the translations?

User: She says sometimes very funny, like too formal, like royal language haha. [[Gift|PERSON]]'s idea is to make short TikTok videos with AI voice. Honestly she has a gift for this. Our head nurse P'[[Somjai|PERSON]] is more careful, she may allow it, she may not.

AI: What about patient or personal data?

User: No patient data in AI, we follow PDPA. But when I renewed my license online, the system asked my ID card [[1-5099-00318-47-5|NATIONAL_ID]] and it has a chatbot helper. Also I once sent my ID photo in LINE to a colleague. Not smart.

AI: How do people contact you?

User: IC office [[053 999 217|PHONE_NUMBER]]. For nurses network I give my mobile as [[๐๘๑-๗๒๔-๕๓๖๙|OBF_PHONE|thai_numerals]] and email [[kanokwan.s แอท gmail ดอท com|OBF_EMAIL|thai_at_dot]]. My LINE id is [[maykanok_cm|SOCIAL_HANDLE]]. For the student nurses I write [[k.srisuk(at)cmu(dot)ac(dot)th|OBF_EMAIL|paren_at_dot]] and the number as [[zero eight one, seven two four, five three six nine|OBF_PHONE|english_digit_words]]. This is very common in Thai Facebook groups, people write [[ศูนย์เก้าสองหนึ่งสี่สามเจ็ดแปดหกศูนย์|OBF_PHONE|thai_digit_words]] in Thai words so the bots cannot catch. My home is [[99/14 Moo 3, Soi Nong Hoi 5|ADDRESS]], [[Mueang Chiang Mai|CITY]], [[50000|ADDRESS]], and the delivery riders always call me because they cannot find it haha.

AI: Last question: what would make AI better for your work?

User: Better Thai, and knowing Thai guidelines from the ministry, not only from the [[United States|COUNTRY]]. In [[May|GENERIC_TIME]] when rainy season starts we get dengue, and during [[Songkran|GENERIC_TIME]] many accidents, so we are very busy. Maybe one day AI can do the surveillance report for me!""")

T.append("""AI: Hello, thanks for joining. Could you introduce yourself and your role?

User: Hi, I'm [[Nurul Aisyah binti Rahman|PERSON]], you can call me [[Aisyah|PERSON]]. I'm [[34|AGE]], [[assistant district officer|JOB_TITLE]] at the [[Pejabat Daerah Seberang Perai Tengah|ORGANIZATION]] in [[Bukit Mertajam|CITY]], [[Penang|CITY]]. I studied public policy at [[Universiti Sains Malaysia|SCHOOL]], graduated [[2013|DATE]], and did a short course at [[INTAN|SCHOOL]] in [[2018|DATE]] when I joined the civil service.

AI: Thanks, [[Aisyah|PERSON]]. How is AI used in a district office?

User: Mostly small things. I use [[Copilot|AI_PRODUCT]] that the state gave us to summarise minutes of meeting, and [[ChatGPT|AI_PRODUCT]] at home to draft speeches for the district officer in Bahasa Melayu and English. Land matters are in the state system, [[e-Tanah|SOFTWARE]], no AI there.

AI: Who else in your office uses these tools?

User: My colleague [[Tan Mei Ling|PERSON]], she is the [[land administrator|JOB_TITLE]], uses it a lot for English letters. [[Mei Ling|PERSON]]'s letters are perfect now haha. My boss Encik [[Faizal|PERSON]] is more old school, he is [[fifty-eight|AGE]] and retiring next year. Before this I was posted in [[Kuala Terengganu|CITY]] for three years.

AI: What about personal data, like MyKad numbers?

User: Citizens put MyKad number on every form, so we never paste forms. But I did paste my own IC once, [[900214-07-5538|NATIONAL_ID]], to ask how to fill the e-Filing form for LHDN. My husband [[hafiz|PERSON]] scolded me.

AI: How do people contact you for work?

User: Office line [[04-538 2210|PHONE_NUMBER]], official email [[aisyah.rahman@penang.gov.my|EMAIL_ADDRESS]]. For the residents' association I give [[kosong satu dua, tujuh empat lapan, sembilan dua satu satu|OBF_PHONE|malay_digit_words]] and [[nurulaisyah DOT r AT gmail DOT com|OBF_EMAIL|caps_at_dot]]. On Facebook community groups people also write like [[o1two-748 92 eleven|OBF_PHONE|letter_o_word_mix]] haha, or [[meiling.tan{a}yahoo{.}com|OBF_EMAIL|curly_a_dot]], that one is [[Mei Ling|PERSON]]'s. The kampung heads write in Jawi numbers sometimes, [[٠١٣-٤٤٢ ٨٠٥٧|OBF_PHONE|arabic_indic_digits]]. I also post a bit on TikTok as [[@aisyah.spt|SOCIAL_HANDLE]], about how to apply for government aid. My home address I keep private, [[No. 12, Lorong Bukit Minyak Utama 3|ADDRESS]], [[14000|ADDRESS]] [[Bukit Mertajam|CITY]], but the makcik next door tells everybody I work at the district office anyway. For aid questions I write [[aisyah spt at protonmail dot com|OBF_EMAIL|spelled_at_dot]].

AI: Last question: what would make AI more useful in public administration?

User: Bahasa Melayu that is formal government style, and knowing our circulars. [[Anwar Ibrahim|PUBLIC_FIGURE]] talks about AI a lot, so maybe more training for civil servants. During [[Hari Raya|GENERIC_TIME]] everyone goes back to kampung and the office is empty, maybe then AI can answer the public haha. We are behind [[Singapore|COUNTRY]] but ahead of many in [[Asia|CONTINENT]].""")

T.append("""AI: Marhaba, thank you for joining. Could you introduce yourself?

User: Marhaba. I'm [[Rami Haddad|PERSON]], [[38|AGE]], [[operations manager|JOB_TITLE]] at [[Al-Nour Freight Services|ORGANIZATION]], a freight forwarder in [[Amman|CITY]], [[Jordan|COUNTRY]]. We move goods from [[Aqaba|CITY]] port to [[Iraq|COUNTRY]] and [[Saudi Arabia|COUNTRY]] mostly. I studied industrial engineering at the [[German Jordanian University|SCHOOL]], class of [[2008|DATE]], then worked five years at [[Aramex|ORGANIZATION]] before joining [[Al-Nour|ORGANIZATION]] in [[2015|DATE]].

AI: Thanks, [[Rami|PERSON]]. Where does AI come into freight forwarding for you?

User: Our system is [[CargoWise|SOFTWARE]]. I use [[Claude|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] to prepare Arabic and English versions of customs documents and to check HS codes. My colleague [[Lina Khoury|PERSON]], she is our [[customs broker|JOB_TITLE]], verifies every code because one wrong code means the truck waits three days at the border. It happened, it is [[Lina|PERSON]]'s favourite story. The AI gave a code for medical devices that was for toys. The client, [[Zarqa Pharma Industries|ORGANIZATION]] in [[Zarqa|CITY]], was not happy. Now we have a rule, AI suggests, [[Lina|PERSON]] decides.

AI: Do you put personal data into these tools?

User: Drivers' passport and ID numbers are needed for the border, they stay in [[CargoWise|SOFTWARE]]. Mine, national number [[9861027453|NATIONAL_ID]], I had to give for a new bank account, and the bank app had an AI assistant that repeated it in the chat. My brother [[samer|PERSON]], who is [[software engineer|JOB_TITLE]] at a fintech in [[Dubai|CITY]], was shocked.

AI: How do clients and drivers contact you?

User: Office [[+962 6 552 8140|PHONE_NUMBER]]. Drivers on WhatsApp get my mobile as [[٠٧٩ ٥٤٨ ٣٢١٧|OBF_PHONE|arabic_indic_digits]], some older drivers can't read the other numbers. Email [[rami.haddad at alnourfreight dot jo|OBF_EMAIL|spelled_at_dot]], and on LinkedIn [[linkedin.com/in/rami-haddad-logistics|URL]]. [[Lina|PERSON]] writes hers as [[lina.khoury(at)alnourfreight(dot)jo|OBF_EMAIL|paren_at_dot]]. Iraqi drivers write their numbers like [[صفر سبعة سبعة صفر، ٨٣١، ٢٦٤٩|OBF_PHONE|arabic_words_and_digits]] (half words, half digits), and Saudi brokers write [[966 - five 5 - 4 one 2 - 8 8 0 3|OBF_PHONE|mixed_words_digits]]. Sometimes I need AI only to understand the phone numbers!

AI: Do you work from the office or from home?

User: Both. The office is at [[Building 17, Abdullah Ghosheh Street|ADDRESS]], [[Khalda|CITY]]. For urgent papers at night, people send a courier to my home in [[Sweifieh|CITY]]. My personal email is [[r_haddad86 [at] hotmail [dot] com|OBF_EMAIL|bracket_at_dot]], for those emergencies.

AI: Last question: what would you want from AI for logistics in the region?

User: Proper Arabic for documents, not Google-style. And knowledge of [[Middle East|CONTINENT]] customs rules, each country is different. [[Jensen Huang|PUBLIC_FIGURE]] is selling chips, we are selling patience at the border haha. During [[Eid|GENERIC_TIME]] everything stops for a week.""")

T.append("""AI: Hello, thank you for joining. Could you introduce yourself?

User: Hi! I'm [[Mona Abdelrahman|PERSON]], [[thirty-seven|AGE]], originally from [[Alexandria|CITY]]. I'm [[clinic operations manager|JOB_TITLE]] at [[Al Safa Family Medical Centre|ORGANIZATION]] in [[Jumeirah|CITY]], [[Dubai|CITY]]. I studied pharmacy at [[Cairo University|SCHOOL]], graduated [[2009|DATE]], did an MBA at [[University of Wollongong in Dubai|SCHOOL]] in [[2017|DATE]], and worked at [[Mediclinic|ORGANIZATION]] before moving here in [[April 2020|DATE]].

AI: Thanks, [[Mona|PERSON]]. How is AI used at the clinic?

User: We are testing an ambient scribe, [[Nabla|AI_PRODUCT]], with two doctors. And the patient app has a symptom checker, [[Ada|AI_PRODUCT]]. Funny thing, one of our GPs is Dr. [[Ada Okafor|PERSON]], so patients think the app is her! Dr. [[Ada|PERSON]] hates that joke now. I use [[ChatGPT|AI_PRODUCT]] for rosters and policies.

AI: How do the doctors feel about the scribe?

User: Dr. [[Okafor|PERSON]] loves it, it saves her maybe an hour a day. Our [[medical director|JOB_TITLE]], Dr. [[Hamdan Al Suwaidi|PERSON]], is careful because of DHA rules. [[the receptionists|GENERIC_ROLE]] are nervous they will be replaced, I tell them no, the scribe cannot calm an angry patient.

AI: What about personal data, Emirates IDs and so on?

User: Everything goes through [[Nabidh|SOFTWARE]] and the EMR, never into public AI. Personally I had to upload my Emirates ID, [[784-1987-4821306-7|NATIONAL_ID]], and my Egyptian national ID [[28703120201754|NATIONAL_ID]] for my visa renewal, and the portal had an AI chat. I am not sure it is safe.

AI: How do patients and colleagues contact you?

User: Clinic [[04 348 2291|PHONE_NUMBER]]. For the managers' WhatsApp I write my number in full-width digits, [[０５５ ８１７ ４４０２|OBF_PHONE|fullwidth_digits]], because someone told me scrapers skip them. Email [[mona.abdelrahman＠alsafamedical．ae|OBF_EMAIL|fullwidth_at_dot]]. For the Egyptian community group in [[Al Barsha|CITY]] I write [[صفر خمسة صفر، ٦٣٢، ١٩٠٨|OBF_PHONE|arabic_words_digits]] and [[mona_abdelrahman87 at yahoo dot com|OBF_EMAIL|spelled_at_dot]]. Dr. [[Ada|PERSON]]'s is [[ada.okafor[at]alsafamedical[dot]ae|OBF_EMAIL|bracket_at_dot]], we share it on referral letters. My running group knows me as [[@mona.runs.dxb|SOCIAL_HANDLE]]. Patients are creative too, one patient wrote his number as [[zero five zero, double seven one, four 4 eight 2|OBF_PHONE|double_mixed_words]] and another [[s h e i k h a . m @ g m a i l . c o m|OBF_EMAIL|spaced_letters]]. [[the front desk|GENERIC_ROLE]] copies them into the EMR carefully. And I'm careful with my own address, [[Villa 42, Street 19b|ADDRESS]], [[Al Wasl|CITY]], but my kids' school bus driver knows it of course. My son [[yusuf|PERSON]] is [[eight|AGE]] and he asks [[Alexa|AI_PRODUCT]] everything.

AI: Last question: what would make AI more useful in a clinic like yours?

User: Arabic dialects, Egyptian, Emirati, Levantine, and Tagalog for our nurses. During [[Ramadan|GENERIC_TIME]] the clinic hours change and all the chatbots give wrong times. And honestly I trust a [[Mohamed Salah|PUBLIC_FIGURE]] penalty more than some AI answers haha.""")

T.append("""AI: Hola, thanks for joining today. Could you introduce yourself?

User: Hola! I'm [[Valentina Rojas Fuentes|PERSON]], [[31|AGE]], [[agronomist|JOB_TITLE]] at [[Frutícola Los Maitenes|ORGANIZATION]], a cherry exporter near [[Rancagua|CITY]], [[Región de O'Higgins|CITY]]. I studied at [[Universidad de Talca|SCHOOL]], graduated [[2016|DATE]], then did a diploma in precision agriculture at [[INIA|ORGANIZATION]] in [[Chillán|CITY]] in [[2019|DATE]].

AI: Thanks, [[Valentina|PERSON]]. How do you use AI in your work with cherries?

User: Irrigation runs on [[Wiseconn|SOFTWARE]] sensors, and I use [[ChatGPT|AI_PRODUCT]] and [[Perplexity|AI_PRODUCT]] to look up pest protocols for exports to [[China|COUNTRY]], because the phytosanitary rules change every season. My boss, don [[Hernán Contreras|PERSON]], is the [[general manager|JOB_TITLE]], he prefers phone calls to any app.

AI: How does don [[Hernán|PERSON]] feel about AI?

User: He says "the cherries don't read [[ChatGPT|AI_PRODUCT]]" haha. But he liked when I used it to translate the safety rules into Haitian Creole for the pickers from [[Haiti|COUNTRY]]. Our [[field supervisor|JOB_TITLE]] [[Wilner Joseph|PERSON]] checked the translation. [[Wilner|PERSON]]'s comment: understandable but very formal.

AI: Do you put personal data into these tools?

User: Worker contracts have RUT, they stay in the payroll system. Mine is [[17.482.935-7|NATIONAL_ID]], and yes, once I pasted it into [[ChatGPT|AI_PRODUCT]] with my SII form. I also gave it to a fake "[[the bank|GENERIC_ROLE]]" call last year, so I'm a bad example.

AI: How do people contact you?

User: Packing house [[+56 72 223 8841|PHONE_NUMBER]]. For the growers' WhatsApp I write [[+56 9 ocho 4 uno 7 – seis 2 nueve 3|OBF_PHONE|alternating_words_digits]] and the email [[v.rojas {arroba} maitenes {punto} cl|OBF_EMAIL|curly_spanish_at_dot]]. On X I'm [[@vale_agro|SOCIAL_HANDLE]]. [[Wilner|PERSON]] gives his number as [[nèf sis, senk de, uit en twa, sèt kat|OBF_PHONE|haitian_creole_digit_words]], in Creole, so only the crew understands. For the exporters in [[Santiago|CITY]] I also use [[valentina.rojas.f en gmail punto com|OBF_EMAIL|spanish_en_punto]] and for the university alumni group [[vrojas(at)utalca(dot)cl|OBF_EMAIL|paren_at_dot]]. Some truck drivers still have mine from an old post, written [[9.84.17.62.93|OBF_PHONE|dotted_digits]]. I live in [[Machalí|CITY]], [[Pasaje Los Aromos 1432|ADDRESS]], 15 minutes from the orchards. During the [[harvest|GENERIC_TIME]] I basically live in the packing house. [[the foremen|GENERIC_ROLE]] call me at 5 am. My sister [[camila|PERSON]], [[schoolteacher|JOB_TITLE]] in [[Talca|CITY]], says I talk more to the AI than to her.

AI: Last question: what would make AI better for agriculture here?

User: Chilean Spanish, local pests, and data from [[South America|CONTINENT]], not only California. [[Gabriel Boric|PUBLIC_FIGURE]] talks about innovation but the sensors still fail when it rains. In [[December|GENERIC_TIME]] with the cherries going to Asia there's no time for anything else.""")

T.append("""AI: Hola, thanks for being here. Could you tell me about yourself?

User: Hola, con gusto. I'm [[Andrés Felipe Castaño|PERSON]], [[forty-four|AGE]], [[chef and co-owner|JOB_TITLE]] of [[La Cocina de Doña Rosa|ORGANIZATION]], a restaurant in [[Laureles|CITY]], [[Medellín|CITY]]. It's named after my grandmother. I trained at [[SENA|SCHOOL]] and later at [[Le Cordon Bleu|SCHOOL]] in [[Lima|CITY]], [[Peru|COUNTRY]], in [[2005|DATE]]. We opened in [[November 2014|DATE]].

AI: Thanks, [[Andrés|PERSON]]. How does AI show up in running the restaurant?

User: Accounting is in [[Siigo|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] to calculate recipe costs and write the menu in English for tourists, and [[Midjourney|AI_PRODUCT]] for some images on social media, though real photos work better. My sous chef [[Will Ortiz|PERSON]], he grew up in [[Miami|CITY]], handles the delivery apps.

AI: How does [[Will|PERSON]] use AI?

User: [[Will|PERSON]]'s trick is asking the AI to reply to bad reviews in a nice tone, because he gets angry fast haha. Our [[restaurant manager|JOB_TITLE]], [[Luz Marina Ospina|PERSON]], checks before he posts. [[Luz Marina|PERSON]] has worked with us since the beginning, she is [[sixty|AGE]] and she is the real boss.

AI: Do you put personal information into these tools?

User: Suppliers' NITs sometimes, for invoices. My own cédula, [[1.017.382.915|NATIONAL_ID]], I typed once when I asked [[ChatGPT|AI_PRODUCT]] how to file the DIAN declaration. After that [[my accountant|GENERIC_ROLE]] told me never again.

AI: How do customers and suppliers reach you?

User: Restaurant [[+57 604 411 2738|PHONE_NUMBER]]. On Instagram, [[@chefandrescastano|SOCIAL_HANDLE]], I write my WhatsApp with emojis, [[3️⃣1️⃣0️⃣ 5️⃣5️⃣8️⃣ 2️⃣1️⃣4️⃣7️⃣|OBF_PHONE|keycap_emoji_digits]], and the email [[andres.castano (arroba) lacocinadedonarosa (punto) co|OBF_EMAIL|spanish_paren_at_dot]]. My personal site is [[andresfelipecastano.co|URL]]. [[Will|PERSON]] writes his as [[will.ortiz.chef at gmail dot com|OBF_EMAIL|spelled_at_dot]] and [[tres uno cinco, dos cero nueve, siete siete seis uno|OBF_PHONE|spanish_digit_words]]. Suppliers from the plaza write things like [[3 0 0 - 6 4 1 - 8 8 2 9|OBF_PHONE|spaced_dashed_digits]] or [[frutasdonjavier ARROBA hotmail PUNTO com|OBF_EMAIL|caps_spanish_at_dot]]. For catering quotes people use [[eventos＠lacocinadedonarosa．co|OBF_EMAIL|fullwidth_at_dot]]. The restaurant is at [[Cra. 76 #33A-41, local 102|ADDRESS]], close to the stadium. I live upstairs actually, [[apartamento 301|ADDRESS]], so I am always working haha. My daughter [[Sunny|PERSON]], yes like the weather, she is [[nine|AGE]] and she takes the photos for Instagram on sunny afternoons.

AI: Last question: what would you want from AI tools for restaurants?

User: Colombian Spanish and local ingredients, it doesn't know what lulo or guanábana is sometimes. [[Shakira|PUBLIC_FIGURE]] songs in the kitchen, AI for the paperwork, that's my dream. During the [[Feria de las Flores|GENERIC_TIME]] we are full every night and have no time for technology.""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_g")
