"""Blind evaluation set 'bx': 25 synthetic interview transcripts with creative, media and tech workers talking about AI at work. Every person, number, email, address and ID is invented. Build with: python3 make_set_bx.py"""
from markup import write_set

T = []

# 1. Brazil - freelance UX designer, Porto Alegre - typed chat
T.append("""AI: Hi, thank you for joining this interview about AI at work. To start, could you tell me a little about what you do and how you got there?

User: hi!! ok so im [[Thaís Moura|PERSON]] but everyone calls me [[Tata|PERSON|nickname]], im [[34|AGE]] and i work as a freelance [[ux designer|JOB_TITLE|lowercase]] from [[Porto Alegre|CITY]], south of [[Brazil|COUNTRY]]. before going solo i was 3 years in-house at [[Sicredi|ORGANIZATION]] in the mobile app squad, my lead there was [[Rodrigo Falcão|PERSON]] and honestly he still throws me freelas sometimes lol. i studied design at [[UFRGS|SCHOOL]] but never finished, stopped when my daughter [[Lua|PERSON|name_is_common_word]] was born in [[2015|DATE]]

AI: Thanks, [[Tata|PERSON]]. What does a typical week look like for you now, and where does AI come in?

User: chaos haha. i have like 3 fixed clients. theres [[Vaz & Filhos Contabilidade|ORGANIZATION]], small accounting office, i redid their whole client portal. then a startup called [[Ramos|ORGANIZATION|org_looks_like_person]] (yes like the surname, its a health app) and a coffee brand in [[Caxias do Sul|CITY]]. [[most days|GENERIC_TIME]] im in [[Figma|SOFTWARE]] from 9 to 6 then calls on [[Google Meet|SOFTWARE]]. [[on fridays|GENERIC_TIME|lowercase]] i do invoices which i hate. and AI, a lot more than i admit to clients kkk. i use [[chatgpt|AI_PRODUCT|lowercase]] for microcopy, like button text, error messages, onboarding, and to summarise user interviews. [[Midjourney|AI_PRODUCT]] for moodboards. and the [[Figma AI|AI_PRODUCT]] thing for renaming layers which saves my life. [[last month|GENERIC_TIME]] i even asked it to write the payment reminder to dona [[Cida|PERSON|honorific_outside]] from the accounting office bc she always pays late

AI: You mentioned invoices. How do clients usually find you and pay you?

User: mostly [[instagram|SOFTWARE|lowercase]] and [[behance|SOFTWARE|lowercase]]. portfolio is [[behance.net/tatamoura_ux|URL]] and [[insta|SOFTWARE|abbreviation]] [[@tata.desenha|SOCIAL_HANDLE]]. people dm me or write to [[thais.moura.ux@gmail.com|EMAIL_ADDRESS]]. i invoice as MEI so my cnpj goes on every nota fiscal, [[41.227.893/0001-06|NATIONAL_ID]], and some old clients still ask for my cpf [[038.551.270-92|NATIONAL_ID]] which i dont love giving but whatever. [[whatsapp|SOFTWARE|lowercase]] is [[(51) 99847-3120|PHONE_NUMBER|local_format]] for urgent stuff

AI: Has AI changed what clients expect from you?

User: yes totally. the [[Ramos|ORGANIZATION]] guys, the [[CEO|JOB_TITLE]] [[Henrique|PERSON]] literally sent me a logo he made in [[Canva|SOFTWARE]] with AI and asked me to "just clean it". and prices dropped. a friend from my coworking, [[Bruno Tessari|PERSON]], he does branding, lost 2 clients [[last year|GENERIC_TIME]] to people doing everything with AI. we share a room at [[Rua João Alfredo, 448|ADDRESS]] in [[Cidade Baixa|CITY]] and the mood there is kind of heavy now

AI: That sounds difficult. Do you have worries about using AI yourself?

User: privacy mostly. when i paste interview transcripts into [[chatgpt|AI_PRODUCT]] there are real names of patients from the [[Ramos|ORGANIZATION]] app research, i remember one lady [[Maria do Carmo Pires|PERSON]], [[67|AGE]] years old, diabetic, she told me her whole life lol. i should anonymise before but when the deadline is tomorrow... also i worry about [[Lua|PERSON]], shes [[nine|AGE|age_in_words]] and already uses AI for homework at [[Colégio Farroupilha|SCHOOL]]

AI: Thank you, [[Tata|PERSON]]. Can you give me an example of a time AI really helped, or really failed, and is there anything else you'd like to add?

User: helped: the accounting portal, i had to write like 200 error messages in portuguese and english and [[chatgpt|AI_PRODUCT]] did in one afternoon what takes me a week. failed: [[Midjourney|AI_PRODUCT]] made a mockup with a guy who looked EXACTLY like [[Neymar|PUBLIC_FIGURE]] and [[the client|GENERIC_ROLE]] almost put it on a billboard haha. [[Rodrigo|PERSON]] caught it thank god. and in general i think designers in [[South America|CONTINENT]] get hit first bc clients here are super price sensitive. if someone from the study wants the portal case study its on my [[behance|SOFTWARE]] page or msg me at [[tata desenha at gmail|OBF_EMAIL|spelled_at_no_domain]]. ok thats all, tchau!!""")

# 2. Nigeria - video editor, Lagos - speech-to-text
T.append("""AI: Hello, and thank you for agreeing to talk with me today. Could you start by telling me a bit about your work?

User: Okay, um, thank you. So my name is [[Oluwaseun Adebayo-Bankole|PERSON]], but, uh, everybody just calls me [[Seun|PERSON|nickname]]. I'm a [[video editor|JOB_TITLE]], I've been editing professionally since, uh, [[twenty eighteen|DATE|date_in_words]], and I'm [[twenty-nine|AGE|age_in_words]]. I live in [[Yaba|CITY]], in [[Lagos|CITY]], and I'm mostly freelance, but my main client is a production house called [[Blue Kettle Films|ORGANIZATION]] over in [[Lekki|CITY]]. They do Nollywood series, comedy skits, some music videos.

AI: Thanks, [[Seun|PERSON]]. What does your day-to-day look like, and where does AI fit in?

User: Yeah so, um, normally I get the footage from the [[DOP|JOB_TITLE]], that's [[Kunle|PERSON]], he brings it on a hard drive because, you know, the internet. Then I cut in [[Premiere|SOFTWARE]], sometimes [[DaVinci|SOFTWARE]] for colour. My oga at [[Blue Kettle|ORGANIZATION|short_form]] is Mr [[Tunde Ajayi|PERSON]], he's the [[executive producer|JOB_TITLE]], and, um, he wants everything yesterday. Like, they shoot on [[Saturday|GENERIC_TIME]] and on [[Monday morning|GENERIC_TIME]] he's calling me, [[Seun|PERSON]] where is the first cut. And AI, ah, it's a lot now. For subtitles I use [[CapCut|SOFTWARE]], the auto captions, and then [[ChatGPT|AI_PRODUCT]] to fix the pidgin because the captions don't understand pidgin at all. And [[Runway|AI_PRODUCT]] for removing background, rotoscoping, that kind of thing. My colleague [[Chi Amaka|PERSON|misheard_name]], she's the [[colourist|JOB_TITLE]], she uses the AI voice thing, um, [[ElevenLabs|AI_PRODUCT]], to do temp voiceovers before the real actor comes.

AI: Has that changed how you get work or how you're paid?

User: Um, yes and no. Clients see my reel on [[vimeo dot com slash seuncuts|URL|spoken_url]] and then they message me. Some of them think because of AI I should be faster and cheaper, you understand. Mr [[Ajayi|PERSON]] once told me, ehn, [[Seun|PERSON]], the AI can edit now, why am I paying you. I laughed but, um, it was not really a joke. The payment is by transfer, and, uh, the bank even asked for my NIN recently, I had to send it, [[47190223856|NATIONAL_ID|id_looks_like_phone]], I was worried it was a scam.

AI: Could you tell me about a specific project where AI made a big difference?

User: Okay so, um, there was a music video for an artist, I can't say his real name, his stage name is [[Kid Ojuelegba|PERSON|stage_name]], not famous yet. We shot in [[Ikorodu|CITY]] and the light was terrible. I used AI relighting and upscaling and honestly it saved the whole thing. And the song is, um, it sounds a bit like [[Burna Boy|PUBLIC_FIGURE]], so the label was happy. My younger sister [[Precious|PERSON|name_is_common_word]] helped me with the thumbnails, she's [[seventeen|AGE|age_in_words]], she's faster than me on [[Canva|SOFTWARE]].

AI: That's a great example. What worries you, if anything, about AI in your field?

User: Deepfakes. Um, somebody made a fake clip of [[an actress|GENERIC_ROLE]], like she was advertising a loan app, and it used footage from one of our skits. [[The actress|JOB_TITLE|specific_role]], [[Ifeoma|PERSON]], she called the office crying. [[Tunde|PERSON]] had to report it. In [[Nigeria|COUNTRY]] people believe anything on [[WhatsApp|SOFTWARE]], so it's dangerous. Also, um, jobs, [[the junior editors|GENERIC_ROLE]], like my boy [[Femi|PERSON]] who I'm training, what happens to him. Anyway, um, if anybody needs an editor, email is [[seun dot cuts at yahoo dot com|OBF_EMAIL|spelled_at_dot]], or call me, [[zero eight zero three, four four one, two two nine zero|OBF_PHONE|spoken_digits]]. Or just find me on [[Instagram|SOFTWARE]], [[at seun underscore cuts|SOCIAL_HANDLE|spoken_handle]].

AI: Thank you so much, [[Seun|PERSON]]. You mentioned [[Lagos|CITY]] at the start. Is there anything else you want to add about working there?

User: Just that, um, people outside [[Africa|CONTINENT]] think we're behind, but in [[Lagos|CITY]] we are using these tools every day. We just need better laptops and better light, that's all. Thank you.""")

# 3. Poland - sworn translator, Kraków - typed chat
T.append("""AI: Hello and thank you for taking part. Could you tell me about your work?

User: Hello. I am [[Agnieszka Wróbel-Zając|PERSON]], [[tłumacz przysięgły|JOB_TITLE|non_english_title]], it means sworn translator of english, in [[Kraków|CITY]]. I have my own one-person office since [[2011|DATE]], before I worked in [[Comarch|ORGANIZATION]] in documentation department. I finished english philology on [[UJ|SCHOOL|abbreviation]], so [[Jagiellonian University|SCHOOL]]. my number on the list of [[Ministry of Justice|ORGANIZATION]] is [[TP/2207/11|NATIONAL_ID|professional_registration]], I must put it on every stamp.

AI: Thank you, [[Agnieszka|PERSON]]. What kind of documents do you translate, and who are your clients?

User: mostly boring things haha. birth certificates, diplomas, court papers, car documents from [[Germany|COUNTRY]]. big clients are law firm [[Nowak i Wspólnicy|ORGANIZATION|org_looks_like_person]] - it is not a person, it is a kancelaria - and notary office of pani [[Ewa Kwiatkowska|PERSON]] on [[ul. Długa 17/3|ADDRESS]]. also some game work, I did subtitles check for [[CD Projekt|ORGANIZATION]] two times through agency [[Lingua Polonia|ORGANIZATION]]. normal people come also, [[last week|GENERIC_TIME]] one man brought divorce decree, sygnatura [[I C 1482/22|NATIONAL_ID|case_number]], and he wanted it for tomorrow morning.

AI: How do you use AI in that work?

User: for sworn translations I am very careful. I use [[DeepL|AI_PRODUCT]] for first draft only when not sensitive, and then [[Trados|SOFTWARE]] with my own memory. [[ChatGPT|AI_PRODUCT]] I use to check english style and to write emails to foreign [[lawyers|GENERIC_ROLE]], because my written english is not so natural. my husband [[Marek|PERSON]] is [[IT specialist|JOB_TITLE]] in [[Aptiv|ORGANIZATION]] and he installed me local model on laptop, [[Llama|AI_PRODUCT]], so documents dont go to internet.

AI: That's interesting. Why was that important to you?

User: because documents have everything. PESEL, addresses, illnesses. [[yesterday|GENERIC_TIME|lowercase]] I had medical report of a child, [[Zuzanna Lis|PERSON]], born [[3 marca 2016|DATE|date_in_other_language]], pesel [[16230304528|NATIONAL_ID|id_looks_like_phone]], for a clinic in [[Dublin|CITY]]. If I put this into chatbot it is gone, and I have legal secrecy like [[a doctor|GENERIC_ROLE]]. Also [[the judge|GENERIC_ROLE]] can ask me in court who saw the document.

AI: Do you worry about AI replacing parts of your job?

User: Sworn part no, because law requires stamp and a person. But normal translation yes, prices fall a lot. my colleague from [[TEPIS|ORGANIZATION]], [[Krzysiek|PERSON|nickname]], he left translation and now he drives for [[Bolt|ORGANIZATION|org_is_common_word]] in the evenings. my daughter [[Ola|PERSON|nickname]], she is [[19|AGE]], studies at [[AGH|SCHOOL|abbreviation]] and she says mama nobody will learn languages anymore. I read interview with [[Olga Tokarczuk|PUBLIC_FIGURE]] where she says translators are the bridge, I hope she is right.

AI: Thank you for sharing this, [[Agnieszka|PERSON]]. Is there anything else you'd like to add?

User: only if you want contact me for next study: [[biuro@wrobel-tlumaczenia.pl|EMAIL_ADDRESS]] or tel. [[+48 602 118 947|PHONE_NUMBER]]. for invoices NIP of my office is [[677-198-42-06|NATIONAL_ID|tax_id_looks_like_phone]]. I am [[52|AGE]] so maybe I just work until pension and dont worry too much haha.""")

# 4. India - senior backend engineer, Pune - speech-to-text
T.append("""AI: Hi, thanks for joining. Could you begin by telling me about yourself and your job?

User: Yeah, hi, hello. So, um, I'm [[Rohit Deshmukh|PERSON]], I'm [[thirty-one|AGE|age_in_words]], and I work as a [[senior backend engineer|JOB_TITLE]] at [[Persistent|ORGANIZATION|org_is_common_word]], uh, [[Persistent Systems|ORGANIZATION]], in [[Hinjewadi|CITY]], that's in [[Pune|CITY]]. Originally I'm from [[Nagpur|CITY]]. I did my B.Tech from [[COEP|SCHOOL|abbreviation]], the [[College of Engineering Pune|SCHOOL]], passed out in [[twenty fifteen|DATE|date_in_words]].

AI: Thanks, [[Rohit|PERSON]]. Could you walk me through how you use AI in a normal week?

User: So mostly [[GitHub Copilot|AI_PRODUCT]] inside [[VS Code|SOFTWARE]], that's like, every day. For, um, design discussions I use [[ChatGPT|AI_PRODUCT]], and recently our team got [[Cursor|AI_PRODUCT]] licences. We are on a client project for a, uh, [[US|COUNTRY]] insurance company, I can't say the name, NDA. Everything is tracked in [[Jira|SOFTWARE]]. [[My manager|GENERIC_ROLE]], [[Sneha Kulkarni|PERSON]], she is very pro-AI, she actually tracks how many PRs we merge [[every sprint|GENERIC_TIME]], so there is pressure, you know. Like, the persistent queue service we rewrote, she wanted it in two sprints because we have [[Copilot|AI_PRODUCT]] now.

AI: Has AI ever caused problems for you or your team?

User: Yes, um, one time [[Copilot|AI_PRODUCT]] suggested a config with a, with a real looking [[AWS|SOFTWARE]] key, and a junior, [[Joy Banerjee|PERSON]], she pushed it to the repo. Not her fault fully. Security team made a big audit, and they asked all of us for the employee ID, mine is, uh, [[P S L two zero nine three one|NATIONAL_ID|spoken_id]]. [[Joy|PERSON|name_is_common_word]] was very scared, she's only [[twenty-three|AGE|age_in_words]], first job. I told her, relax, it happens to everyone.

AI: What about outside work, do you use AI in your personal life?

User: Uh, yeah, actually for the home loan. [[HDFC|ORGANIZATION]] asked for so many documents, Aadhaar, PAN, salary slips, and I used [[ChatGPT|AI_PRODUCT]] to understand the agreement. I even pasted my Aadhaar number by mistake, [[4821 9930 6174|NATIONAL_ID|id_looks_like_phone]], and PAN, [[BQZPD4471K|NATIONAL_ID]], then I thought, oh no. My wife [[Pooja|PERSON]] was angry, she is a [[data analyst|JOB_TITLE]] at [[Barclays|ORGANIZATION]] in [[Kharadi|CITY]], she is very strict about data. We bought the flat in [[Wakad|CITY]], finally.

AI: What worries you most about AI in your field?

User: Layoffs, honestly. [[During Covid|GENERIC_TIME]] we saw how fast companies cut people. Now every town hall the leadership talks about AI productivity. [[Sundar Pichai|PUBLIC_FIGURE]] said some percent of code at his company is written by AI, and our [[CTO|JOB_TITLE]] forwards that to everyone. [[The junior developers|GENERIC_ROLE]] are most at risk. My father in [[Nagpur|CITY]], he keeps calling, beta, is your job safe.

AI: Thank you, [[Rohit|PERSON]]. If you're comfortable sharing, how can people find your work?

User: Sure, um, my [[GitHub|SOFTWARE]] is [[github dot com slash rohitd dash dev|URL|spoken_url]], and email, [[rohit dot d eighty seven at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Or [[WhatsApp|SOFTWARE]], [[plus nine one, nine eight two two zero, four one seven six three|OBF_PHONE|spoken_digits]]. Thank you, this was nice.""")

# 5. Mexico - product and wedding photographer, Guadalajara - typed chat
T.append("""AI: Hi! Thanks for being part of this study. Could you introduce yourself and your work?

User: hola! sorry my english is not perfect. Im [[Itzel Ramírez Ochoa|PERSON]], [[33|AGE]], [[fotógrafa|JOB_TITLE|non_english_title]] of products and weddings in [[Guadalajara|CITY]]. I have a small studio in colonia [[Americana|CITY|district_is_common_word]], [[Av. Chapultepec Sur 214 int. 5|ADDRESS]], since [[2019|DATE]]. I studied communication in [[ITESO|SCHOOL]] and photography I learned alone, with [[youtube|SOFTWARE|lowercase]] and working as assistant of other photographers

AI: Thanks, [[Itzel|PERSON]]. Who are your clients and what does a normal week look like?

User: products is the money, weddings is the passion lol. product clients are like [[Tequilera Doña Chayo|ORGANIZATION|org_looks_like_person]] (its a brand not a lady haha), a shoe brand [[Casa Bravo|ORGANIZATION]] from [[León|CITY]], and sometimes catalogs for [[Liverpool|ORGANIZATION|org_looks_like_city]]. weddings are [[on weekends|GENERIC_TIME|lowercase]], mostly in [[Tlaquepaque|CITY]] and [[Chapala|CITY]]. my assistant is [[Chuy|PERSON|nickname]], [[jesus|PERSON|lowercase_name]], my cousin, hes [[20|AGE]] and carries everything haha

AI: Where does AI come into your workflow?

User: editing mostly. [[Lightroom|SOFTWARE]] has the AI masks and denoise now, incredible. in [[Photoshop|SOFTWARE]] I use [[Generative Fill|AI_PRODUCT]] to remove cables, people in the background, a trash can in the garden... and [[Gemini|AI_PRODUCT]] writes my [[instagram|SOFTWARE|lowercase]] captions in english and spanish. clients send me messages on [[whatsapp|SOFTWARE|lowercase]] and now theres [[Meta AI|AI_PRODUCT]] inside and my mom thinks its a person jajaja

AI: Can you tell me about a specific moment where AI made a difference, good or bad?

User: ok this one is funny/sad. wedding of [[Fernanda Gil|PERSON]] and [[Memo|PERSON|nickname]] on [[12 de octubre|DATE|date_in_other_language]], beautiful. 3 months later [[Fernanda|PERSON]] writes me: we broke up, can you remove him from the photos with AI?? and the grandma, doña [[Lupita|PERSON|honorific_outside]], wanted the family photo without him too. I did it, [[Generative Fill|AI_PRODUCT]] did 80 percent, I charged 1500 pesos. I felt weird. its like rewriting history

AI: That's a striking example. Are there things that worry you about AI in photography?

User: yes. people ask for "AI headshots" now instead of a session, [[the companies|GENERIC_ROLE]] especially. and in competitions some pictures are fake. my teacher from the workshop, maestro [[Arturo Lezama|PERSON]], says real photography is like [[Graciela Iturbide|PUBLIC_FIGURE]], being there, waiting. I agree but I also need to pay rent lol. also [[the brides|GENERIC_ROLE]] now send me [[pinterest|SOFTWARE|lowercase]] boards that are AI images, impossible light, impossible dresses

AI: Thank you, [[Itzel|PERSON]]. Is there anything you'd like to add, or a way for people to see your work?

User: sure!! ig [[@itzel.foto.gdl|SOCIAL_HANDLE]], web [[itzelramirezfoto.mx|URL]], mail [[hola@itzelramirezfoto.mx|EMAIL_ADDRESS]], cel [[33 1847 2290|PHONE_NUMBER|local_format]]. for invoices my RFC is [[RAOI901204KQ3|NATIONAL_ID|tax_id]]. and please put in the study that [[Mexico|COUNTRY]] has very good photographers, not only cheap ones!!""")

# 6. Japan - game planner, Osaka - speech-to-text
T.append("""AI: Hello, thank you for joining today. Could you tell me a little about yourself and your job?

User: Ah, yes, hello. My name is, um, [[Kenta Hirose|PERSON]]. I am [[game planner|JOB_TITLE]], um, in English maybe game designer, at small studio in [[Osaka|CITY]], the name is [[Studio Kamome|ORGANIZATION]], we make mobile games, puzzle games mostly. Before, I was at [[Capcom|ORGANIZATION]] for, um, four years, as [[QA tester|JOB_TITLE]]. I am [[thirty-eight|AGE|age_in_words]] years old.

AI: Thank you, [[Kenta|PERSON]]. How do you use AI tools in your work?

User: Um, so, for planning documents I use [[ChatGPT|AI_PRODUCT]], for, ah, item descriptions, event text, and English translation for the global version. [[Our programmer|GENERIC_ROLE]] uses [[Claude|AI_PRODUCT|product_named_like_person]] for code, he says it is better for C sharp. In [[Unity|SOFTWARE]] we also, um, test some tools. For concept art, we tried [[Stable Diffusion|AI_PRODUCT]] one time, but, ah, this was a big problem.

AI: What happened?

User: Our artist, [[Yui|PERSON]], she was very upset. She said, if you use this, I quit. And, um, the [[president|JOB_TITLE]], [[Mori|PERSON]]-san, he decided, okay, no AI for characters, only for background tests. But [[Yui|PERSON]] still left, [[last spring|GENERIC_TIME]], she went to [[Tokyo|CITY]]. I understand her feeling. Her drawings are, um, very original, like [[Hayao Miyazaki|PUBLIC_FIGURE]] style but her own.

AI: That sounds like a hard moment for the team. How do your colleagues feel about AI now?

User: Mixed, um. Our [[lead programmer|JOB_TITLE]], [[Sasa key|PERSON|misheard_name]], sorry, [[Sasaki|PERSON]], he uses AI every day and he is very fast. [[Older staff|GENERIC_ROLE]], not so much. In [[Japan|COUNTRY]] also there is the, um, copyright discussion, many illustrators are angry. I think it's okay for text. For art, I am not sure.

AI: Is there anything else you'd like to share about how AI affects you personally?

User: Um, my son [[Haruto|PERSON]], he is [[six|AGE|age_in_words]], he talks to the AI speaker at home, [[Alexa|AI_PRODUCT|product_named_like_person]], like a friend. It's funny but a little strange. And, ah, I worry maybe in ten years, [[game planner|JOB_TITLE]] job is, um, not necessary. Maybe I should learn programming. Thank you for the interview.""")

# 7. Kenya - personal-finance content creator, Nairobi - typed chat
T.append("""AI: Hi, thanks so much for joining. To begin, could you tell me about what you do?

User: hey! im [[Wanjiru Kamau|PERSON]] but online everyone knows me as [[Shiro|PERSON|nickname]]. i make short videos about money, budgeting, saccos, side hustles, mostly on [[TikTok|SOFTWARE]] and [[YouTube|SOFTWARE]]. handle is [[@shiro_money_ke|SOCIAL_HANDLE]] on both. im [[27|AGE]], based in [[Kilimani|CITY]], [[Nairobi|CITY]], originally from [[Nyeri|CITY]]. i started full time in [[March 2020|DATE]] when i lost my job at [[Equity Bank|ORGANIZATION]] [[during the lockdown|GENERIC_TIME]]

AI: Thanks, [[Shiro|PERSON]]. How does AI fit into making your content?

User: honestly its like my second brain. i use [[ChatGPT|AI_PRODUCT]] to brainstorm hooks and scripts, [[Opus Clip|AI_PRODUCT]] to cut long [[youtube|SOFTWARE|lowercase]] vids into shorts, [[CapCut|SOFTWARE]] for captions. [[my editor|GENERIC_ROLE]] [[Brian|PERSON]] (hes in [[Mombasa|CITY]], we've never met irl lol) uses AI voice to clean audio bc my flat is so noisy, the matatus outside all day. and for sheng scripts AI is useless, i write those myself

AI: How do brands and collaborators work with you?

User: [[my manager|GENERIC_ROLE]] is [[Grace Otieno|PERSON]], she handles brand deals. we've done campaigns with [[Safaricom|ORGANIZATION]], an insurance startup called [[Bima Poa|ORGANIZATION]] and a couple of saccos. [[Grace|PERSON|name_is_common_word]] uses AI to draft the contracts and i always tell her babe read it twice. she signs everything [[on mondays|GENERIC_TIME|lowercase]] so i know whats coming

AI: You mentioned contracts. Has anything gone wrong with AI there?

User: yes!! one contract draft from AI had a clause that they own my face forever basically. [[the lawyers|GENERIC_ROLE]] from the brand didnt even notice. also once [[chatgpt|AI_PRODUCT|lowercase]] mixed up my KRA PIN with the brand's, i had put mine [[A014982276Z|NATIONAL_ID|tax_id]] in the prompt so it could fill the invoice and it put it in the wrong place. small things but scary

AI: What worries you most about AI in your line of work?

User: fake me. someone made a deepfake of me promoting a forex scam and my mum in [[Nyeri|CITY]] called me crying, [[Wanjiru|PERSON]] what is this. my little brother [[Kevo|PERSON|nickname]] reported it like 50 times. also [[my followers|GENERIC_ROLE]] trust me, if AI can copy my voice they will lose money. even [[Eliud Kipchoge|PUBLIC_FIGURE]] had a fake ad going around, so who am i lol

AI: That sounds really stressful. Is there anything else you'd like to add, or a way for people to reach you?

User: just that creators in [[Africa|CONTINENT]] need these tools more bc we dont have big teams. bookings: [[shiro.money.ke@gmail.com|EMAIL_ADDRESS]] or the business one [[shiro [at] wanjirukamau [dot] co [dot] ke|OBF_EMAIL|bracket_at_dot]]. [[whatsapp|SOFTWARE|lowercase]] [[0722 418 903|PHONE_NUMBER|local_format]], if calling from outside [[+254 722 418 903|PHONE_NUMBER]]. asante!!""")

# 8. Germany - data analyst at a health insurer, Leipzig - speech-to-text (light)
T.append("""AI: Hello, and thanks for taking the time. Could you start by describing your job?

User: Yes, hello. So, um, I work as a [[data analyst|JOB_TITLE]] in the, uh, controlling department of a statutory health insurer. I won't say which one, but it's one of the big ones, and I'm based in [[Leipzig|CITY]]. I've been there, uh, about eight years now. Mostly I build reports for management, cost trends, hospital stays, that kind of thing.

AI: What tools do you use day to day, and where does AI come in?

User: Um, so, mainly [[Python|SOFTWARE]] and [[SQL|SOFTWARE]], and for dashboards [[Power B eye|SOFTWARE|misheard_product]], sorry, [[Power BI|SOFTWARE]]. AI, we are quite careful. Since [[last autumn|GENERIC_TIME]] we have [[Microsoft Copilot|AI_PRODUCT]] in the company, in [[Teams|SOFTWARE]] and [[Excel|SOFTWARE]], but [[ChatGPT|AI_PRODUCT]] is blocked on the work laptops. Because of the health data, of course, it's very sensitive in [[Germany|COUNTRY]].

AI: How does that affect your work in practice?

User: Well, um, I use [[Copilot|AI_PRODUCT]] mostly to explain old code. There are scripts from a colleague who retired, and nobody understood them. And sometimes to write the text for the reports, the summaries. But every output I have to check with [[our data protection officer|GENERIC_ROLE]] if it goes outside the department. That's, uh, a lot of paperwork.

AI: Has there been a moment where AI surprised you, positively or negatively?

User: Yes, um, once I asked it to summarise a table and it invented a number. Like, a percentage that was not in the data at all. And it went into a slide for [[the board|GENERIC_ROLE]] almost. [[My team lead|GENERIC_ROLE]] caught it. Since then I check everything twice. It's like working with [[an intern|GENERIC_ROLE]] who is very confident.

AI: How do you feel about the future of your role?

User: Um, mixed. I think the boring part will go away, the copying, the formatting. That's good. But, um, the companies in [[Europe|CONTINENT]] are slower with this, and maybe that protects us a little. I'm, uh, not so worried personally. I have maybe fifteen years left until retirement. For [[the young colleagues|GENERIC_ROLE]], it's different.

AI: Thank you very much. Is there anything you'd like to add?

User: No, I think that's it. Maybe only that people should not think AI is magic. It is statistics, and I know statistics. Thank you.""")

# 9. Philippines - freelance social media manager, Cebu City - typed chat (Taglish)
T.append("""AI: Hello! Thank you for joining this interview. Could you tell me about yourself and your work?

User: hiii po! im [[Kristine Joy Villanueva|PERSON]], friends call me [[KJ|PERSON|initials_nickname]]. [[26|AGE]] yrs old, [[social media manager|JOB_TITLE]] and VA, freelancer since [[2020|DATE]]. i live in [[Lahug|CITY]], [[Cebu City|CITY]], with my parents and my lola. graduated mass comm at [[USC|SCHOOL|abbreviation]] (university of san carlos not southern california hahaha)

AI: Thanks, [[KJ|PERSON]]. Who do you work for, and what does a normal day look like?

User: my main client is [[Bloom & Basil|ORGANIZATION|org_looks_like_names]], a skincare shop in [[Austin|CITY|city_looks_like_name]] texas, the owner is Ms [[Hope Carter|PERSON]]. i do their [[IG|SOFTWARE|abbreviation]], [[FB|SOFTWARE|abbreviation]], [[tiktok|SOFTWARE|lowercase]], email newsletters. then part time thru an agency [[VA Hub PH|ORGANIZATION]]. i work [[night shift|GENERIC_TIME]] bc [[US|COUNTRY]] time, like 9pm to 5am, then sleep til lunch. i hope one day i can work day time lol

AI: How do you use AI in that work?

User: everyday po. [[ChatGPT|AI_PRODUCT]] for captions and replies to comments, [[Canva|SOFTWARE]] magic write and magic design, [[Jasper|AI_PRODUCT|product_named_like_person]] before but too expensive na. for scheduling [[Hootsuite|SOFTWARE]]. [[Hope|PERSON|name_is_common_word]] doesnt really know how much is AI, she just sees the numbers going up hehe. my cousin [[Jun-jun|PERSON|nickname]] also a VA, he taught me prompts

AI: How do clients find you and pay you?

User: [[Upwork|SOFTWARE]] mostly, my profile is [[upwork.com/freelancers/~01a9c47e2f8b31d6|URL]]. payment thru [[Payoneer|SOFTWARE]] then to [[GCash|SOFTWARE]]. for the [[BIR|ORGANIZATION|abbreviation]] i registered as self employed, TIN [[418-902-337-000|NATIONAL_ID|tax_id]], my tita who is [[accountant|JOB_TITLE]] helps me file. some [[PH|COUNTRY|abbreviation]] clients call me directly [[0917 852 4410|PHONE_NUMBER|local_format]] or email [[kjvillanueva.va@gmail.com|EMAIL_ADDRESS]]

AI: Are there any worries you have about AI and your job?

User: yes super. [[the US clients|GENERIC_ROLE]] are realizing they can just use AI themselves. my friend [[Marites|PERSON|name_is_common_word]] lost her client [[last month|GENERIC_TIME]] bc he said [[chatgpt|AI_PRODUCT|lowercase]] can do it na. also im scared about the call center people here, [[Cebu|CITY]] has so many BPOs. my kuya works at [[Teleperformance|ORGANIZATION]] in [[IT Park|CITY|district]] and they have AI agents now doing chat support

AI: Thank you, [[KJ|PERSON]]. Anything else you'd like to share?

User: just that filipinos are very good at adapting haha. were like [[Manny Pacquiao|PUBLIC_FIGURE]], always fighting hahaha. ok salamat po, good night or good morning na pala""")

# 10. Egypt - conference and community interpreter, Alexandria - speech-to-text
T.append("""AI: Good afternoon, and thank you for joining. Could you tell me about your work as an interpreter?

User: Yes, good afternoon. So, um, my name is [[Nourhan Abdelrahman|PERSON]], I am a [[conference interpreter|JOB_TITLE]], Arabic, English and French. I live in [[Alexandria|CITY]], in [[Smouha|CITY]], and I travel to [[Cairo|CITY]] maybe twice a month for the big conferences. I've been interpreting since, uh, [[two thousand and nine|DATE|date_in_words]], after I finished at [[Alexandria University|SCHOOL]], the faculty of arts. I'm [[forty-two|AGE|age_in_words]] now, so, yes, long time.

AI: Thank you, [[Nourhan|PERSON]]. Who do you usually work for?

User: Um, a mix. I do conferences for the [[Bibliotheca Alexandrina|ORGANIZATION]], some pharma companies, and I'm on the roster of [[UNHCR|ORGANIZATION]] for, um, refugee interviews, that's community interpreting, very different. There my interpreter number is [[EGY-INT-0447|NATIONAL_ID|professional_registration]], they put it on every transcript. And I'm a member of [[AIIC|ORGANIZATION|abbreviation]], the association. My, um, mentor was Dr [[Samir Fathy|PERSON]], he taught me everything about booth manners.

AI: Where does AI come into your work, if at all?

User: In the booth, not much, thank God. But in preparation, a lot. I use [[ChatGPT|AI_PRODUCT]] to make glossaries, like, you give it the conference programme and it gives you the terms in three languages. For remote meetings we use [[Interprefy|SOFTWARE]] or [[Zoom|SOFTWARE]], and now the clients ask, why not use the AI captions, why pay an interpreter. And, um, [[Otter|AI_PRODUCT|product_is_common_word]] for transcripts sometimes, but only for public events.

AI: Can you tell me about a situation where AI didn't work well?

User: Yes, um, one refugee interview, a woman from [[Sudan|COUNTRY]], [[the officer|GENERIC_ROLE]] tried [[Google Translate|AI_PRODUCT]] on his phone before I arrived. It translated a word for, um, for her husband's tribe as something completely different, and it almost went into her file. I can't tell you her name, of course. But this is why I say, AI for a conference about cement is okay, for a person's life, no.

AI: What concerns do you have about AI in interpreting more broadly?

User: Um, the young interpreters. My niece [[Malak|PERSON]], she's [[twenty-four|AGE|age_in_words]], she studies at [[Al-Alsun|SCHOOL|abbreviation]], the faculty of languages, and she asks me, auntie, will there be work for me? I don't know what to tell her. Also the confidentiality. When I registered for a conference in [[Sharm El Sheikh|CITY]], [[the organiser|GENERIC_ROLE]] sent my national ID, [[28203120201847|NATIONAL_ID|id_looks_like_phone]], in a group email to fifty people. So, you see, it's not only AI, humans also leak.

AI: Thank you so much, [[Nourhan|PERSON]]. Is there anything else, or a way for colleagues to contact you?

User: Yes, um, of course. My email is [[nourhan dot interp at outlook dot com|OBF_EMAIL|spelled_at_dot]], and mobile, [[oh one oh, two two seven, four nine, eight one six|OBF_PHONE|spoken_digits]]. And my husband [[Karim|PERSON]] always says I should write a book, like [[Naguib Mahfouz|PUBLIC_FIGURE]], about all the stories from the booth. Maybe one day.""")

# 11. Vietnam - freelance illustrator, Da Nang - typed chat
T.append("""AI: Hi, thanks for taking part in this interview. Could you tell me about your work?

User: hello. i am [[Nguyễn Thị Thu Hà|PERSON]], you can call me [[Hà|PERSON]] or [[Hazel|PERSON|english_nickname]], this is my english name for clients. i am freelance [[illustrator|JOB_TITLE]], children book and packaging. i live in [[Đà Nẵng|CITY]], before i worked in [[Hồ Chí Minh City|CITY]] at [[Glass Egg|ORGANIZATION]], game art outsourcing, [[2017|DATE]] to [[2021|DATE]]

AI: Thanks, [[Hazel|PERSON]]. How has AI affected your work as an [[illustrator|JOB_TITLE]]?

User: very big. in [[2023|DATE]] i lost 40% of orders. clients from [[Korea|COUNTRY]] and [[Australia|COUNTRY]] they say we try [[Midjourney|AI_PRODUCT]] first. now i use AI also, but only for sketch composition, not final. i draw in [[Procreate|SOFTWARE]] on ipad and [[Clip Studio|SOFTWARE]]. for english emails i use [[ChatGPT|AI_PRODUCT]] because my grammar not good

AI: Can you describe a recent project?

User: yes, a picture book for publisher [[Kim Đồng|ORGANIZATION|org_looks_like_person]], is a publisher not a person haha. author is [[Phạm Minh Khang|PERSON]], very nice old man, [[70|AGE]] years. he wanted the characters look like his grandchildren, he sent me photos of them, bé [[Su|PERSON|short_name]] and bé [[Bơ|PERSON|name_is_common_word]]. i was worried to put kids photo in AI so i did not

AI: That's a thoughtful choice. Are there other worries you have?

User: style copy. someone train a model on my [[artstation|SOFTWARE|lowercase]], now there is "[[hazel|PERSON|lowercase_name]] style" on a website lol. my portfolio is [[artstation.com/hazelnguyen_art|URL]], maybe i should delete. my friend [[Linh|PERSON]] who also draw she put [[glaze|SOFTWARE|lowercase]] on all her work. and price, [[the agencies|GENERIC_ROLE]] pay less every year

AI: Is there anything else you'd like to tell me?

User: only that i hope people still want handmade things. contact for work: [[hazel.thuha.art@gmail.com|EMAIL_ADDRESS]], [[zalo|SOFTWARE|lowercase]] [[0905 327 618|PHONE_NUMBER|local_format]]. thank you for listen""")

# 12. Argentina - session musician and jingle composer, Rosario - speech-to-text
T.append("""AI: Hi, thank you for joining. Could you start by telling me about yourself and what you do?

User: Sí, hola, thank you. Um, my name is [[Facundo Sosa|PERSON]], everybody says [[Facu|PERSON|nickname]]. I'm a musician, I play bass and keys, and mostly I work as a [[jingle composer|JOB_TITLE]], music for advertising, for radio, for TV. I live in [[Rosario|CITY]], in [[Pichincha|CITY|district_looks_like_region]], the neighbourhood, and I have a small home studio there. I'm [[forty-one|AGE|age_in_words]], I studied at the [[Escuela de Música de Rosario|SCHOOL]] and I've been doing jingles since, eh, [[two thousand twelve|DATE|date_in_words]].

AI: Thanks, [[Facu|PERSON]]. Who are your main clients?

User: Eh, mostly an agency in [[Buenos Aires|CITY]], [[Kepler Publicidad|ORGANIZATION|org_looks_like_person]], they send me the brief, like, thirty seconds, happy, for a yoghurt. And local stuff, a car dealer, a supermarket chain, [[La Anónima|ORGANIZATION]]. I also play with a band, [[Los Perros del Paraná|ORGANIZATION|band_name]], [[on weekends|GENERIC_TIME]], but that's for love, not money, ha.

AI: How has AI entered that work?

User: Ah, this is the big topic, eh. So the agency, [[Kepler|ORGANIZATION]], [[last year|GENERIC_TIME]] they started using [[Suno|AI_PRODUCT]] for the demos. The [[creative director|JOB_TITLE]], [[Martina Ledesma|PERSON]], she makes the demo in ten minutes with [[Suno|AI_PRODUCT]] and then she sends it to me, make it like this but real. So now I am, like, the human version of the AI, ha. I use [[Ableton|SOFTWARE]] and for mastering [[Ozone|SOFTWARE|product_is_common_word]], that has AI inside also, the assistant. And [[ChatGPT|AI_PRODUCT]] for lyrics in English, when the client is international.

AI: How do you feel about that change?

User: Mixed, eh. Um, the money is less. Before a jingle was maybe eight hundred dollars, now they pay me half because the idea comes from the AI. And the rights, [[SADAIC|ORGANIZATION|abbreviation]], the society of authors, they don't know what to do with AI songs. I'm member there, socio number [[48213|NATIONAL_ID|membership_number]], and I asked them, and nobody knows. My drummer, el [[Tano|PERSON|nickname]], he says it's the end of music. I say no, it's the end of bad jingles, ha.

AI: Is there a moment with AI that stands out for you?

User: Yes, um, a funny one. A client asked for a song that sounds like [[Charly García|PUBLIC_FIGURE]], and the AI made something, eh, very similar, too similar. I said no, we can get sued. And another one, my girlfriend [[Flor|PERSON|name_is_common_word]], she is a [[primary teacher|JOB_TITLE]], she used AI to make a song for the kids' act for the [[twenty-fifth of May|GENERIC_TIME|national_holiday]], and it was, honestly, it was good. That hurt a little, ha.

AI: Thank you, [[Facu|PERSON]]. Anything else you'd like to add, or how people can hear your work?

User: Sure, um, my music is on [[facusosa dot bandcamp dot com|URL|spoken_url]], and for work, the email is [[facu punto sosa arroba gmail punto com|OBF_EMAIL|spanish_words]]. And [[WhatsApp|SOFTWARE]], [[tres cuatro uno, quince, cinco cinco dos, cero ocho siete tres|OBF_PHONE|spanish_words]]. Ah, and I'm from [[Rosario|CITY]] like [[Messi|PUBLIC_FIGURE]], put that in the study, ha.""")

# 13. Turkey - motion designer at an ad agency, Izmir - typed chat
T.append("""AI: Hello, thanks for joining the study. Would you tell me about your job?

User: hi, im [[elif|PERSON|lowercase_name]], [[elif şahin|PERSON|lowercase_name]]. [[29|AGE]] years old, [[motion designer|JOB_TITLE]] in an ad agency in [[İzmir|CITY]], name is [[Mavi Balina|ORGANIZATION]], its means blue whale. we are in [[Alsancak|CITY]], small office, 14 people. i graduated from [[Dokuz Eylül|SCHOOL]] fine arts in [[2018|DATE]] and started here [[2019 september|DATE|date_word_order]]

AI: Thanks, [[Elif|PERSON]]. What kind of projects do you work on?

User: tv ads, social media videos, sometimes billboards animated. clients mostly [[Turkcell|ORGANIZATION]] regional campaigns, one olive oil brand [[Zeytin Dede|ORGANIZATION|org_looks_like_person]] (dede means grandpa, its not a real grandpa lol), and a private hospital group. tools [[After Effects|SOFTWARE]], [[Cinema 4D|SOFTWARE]], sometimes [[Blender|SOFTWARE]]

AI: Where does AI come in?

User: first for ideas, [[chatgpt|AI_PRODUCT|lowercase]] for storyboards text. then [[Runway|AI_PRODUCT]] and [[Kling|AI_PRODUCT]] for generating shots we cant film, like a whale flying over [[Kordon|CITY|district]] haha. our [[art director|JOB_TITLE]] [[Burak|PERSON]] bey is very excited about AI, he shows us [[Refik Anadol|PUBLIC_FIGURE]] videos [[every meeting|GENERIC_TIME]]. i am less excited. my boyfriend [[Can|PERSON|name_is_common_word]] is a [[backend developer|JOB_TITLE]] at [[Getir|ORGANIZATION]] and he says everything will be automated, we fight about this every dinner

AI: That sounds like quite a debate at home! What worries you most?

User: two things. first, the hospital ads, they wanted AI doctors and AI patients, fake faces. i said this is not ethical, [[Burak|PERSON]] said client wants. second, my own job. [[junior motion designers|GENERIC_ROLE]] cost less and with AI they are fast. my friend [[Deniz|PERSON|unisex_name]] got fired from agency in [[İstanbul|CITY]] [[last month|GENERIC_TIME]], replaced with a guy who does everything in [[Sora|AI_PRODUCT|product_named_like_person]]

AI: Has AI ever helped you in a way you didn't expect?

User: yes actually. my father has parkinson and i use [[chatgpt|AI_PRODUCT]] to understand his reports from the hospital in [[Bornova|CITY]]. it explained me the medicines. but i had to give his name, [[Mehmet Şahin|PERSON]], and tc kimlik [[38291047762|NATIONAL_ID|id_looks_like_phone]] to the hospital portal before, and i was scared i pasted it in chat also. i dont remember

AI: Thank you for sharing that, [[Elif|PERSON]]. Anything else you'd like to add, or where people can see your work?

User: sure. [[behance.net/elifsahinmotion|URL]] and [[insta|SOFTWARE|abbreviation]] [[@elif.moves|SOCIAL_HANDLE]]. if someone needs freelance [[elifsahin.motion@outlook.com|EMAIL_ADDRESS]] or [[0532 418 77 09|PHONE_NUMBER|local_format]]. thanks, this made me think a lot""")

# 14. South Africa - podcast producer, Durban - speech-to-text
T.append("""AI: Hi there, thanks for joining. Could you tell me a bit about yourself and your work?

User: Ja, hi, sure. So I'm [[Sibusiso Ndlovu|PERSON]], most people call me [[Sbu|PERSON|nickname]]. I'm a [[podcast producer|JOB_TITLE]], I run a small company called [[Umoya Audio|ORGANIZATION]] here in [[Durban|CITY]], we're in [[Glenwood|CITY]]. I'm [[thirty-three|AGE|age_in_words]], I studied, um, sound engineering at [[DUT|SCHOOL|abbreviation]], the [[Durban University of Technology|SCHOOL]]. Grew up in [[Umlazi|CITY]].

AI: Thanks, [[Sbu|PERSON]]. What kind of podcasts do you produce?

User: So we do, um, our own show, it's a football and culture show with my co-host [[Thandeka Mthembu|PERSON]], and then we produce for clients. Like, um, a bank's financial literacy podcast, a show for [[Durban Chamber of Commerce|ORGANIZATION]], and some church sermons, ha, which is honestly good money. My engineer is [[Lucky|PERSON|name_is_common_word]], [[Lucky Zulu|PERSON]], he's the one who actually knows what he's doing, I'm more the talker.

AI: Where does AI come into your production process?

User: Eish, everywhere now. [[Descript|SOFTWARE]] for editing, because you edit the text and it cuts the audio, that's magic. [[Adobe Podcast|AI_PRODUCT]] enhance, when guests record on their phone in a taxi rank, ha. [[ChatGPT|AI_PRODUCT]] for show notes and titles. And we record remote on [[Riverside|SOFTWARE|product_looks_like_place]]. [[Thandeka|PERSON]] was against it at first, she said it makes us sound like everybody else.

AI: Has there been a moment where it went wrong?

User: Ja, um, once the AI transcript got a guest's name totally wrong. He's, um, his name is [[Mxolisi|PERSON]], and it wrote, like, "[[Mix only see|PERSON|misheard_name]]", and it went out in the show notes like that. He was not happy. And another time the voice clone thing, we tested it with [[Trevor Noah|PUBLIC_FIGURE]] clips just for fun, and [[Lucky|PERSON]] said, no, delete this, we will get sued, ha.

AI: What worries you about AI for people in your field?

User: Um, for us in [[South Africa|COUNTRY]] it's the data costs and, um, load shedding, more than the AI itself, ha. But also voices. If a bank can make a fake presenter, why pay [[Thandeka|PERSON]]? And, uh, the privacy. When I registered the company, I put my ID number in an AI form filler, [[nine one oh four one two, five eight four three, oh eight nine|NATIONAL_ID|spoken_id]], and later I thought, where did that go?

AI: Thank you, [[Sbu|PERSON]]. Any final thoughts, or how people can reach you?

User: Ja, just that, um, [[Africa|CONTINENT]] has so many stories, AI should help us tell them, not tell them for us. People can email [[sbu at umoya audio dot co dot za|OBF_EMAIL|spelled_at_dot]], or call, [[zero eight two, five five one, three nine zero four|OBF_PHONE|spoken_digits]]. Cheers.""")

# 15. Indonesia - Android developer at an agritech startup, Bandung - typed chat
T.append("""AI: Hi, thank you for joining. Could you tell me a bit about yourself and your job?

User: halo! gw [[Rizky Pratama|PERSON]], biasa dipanggil [[Iki|PERSON|nickname]]. sorry english campur campur ya. im [[android developer|JOB_TITLE|lowercase]] at [[Sinar Tani Digital|ORGANIZATION]], agritech startup in [[Bandung|CITY]], office near [[Dago|CITY|district]]. before that 2 yrs at [[Gojek|ORGANIZATION]] in [[Jakarta|CITY]]. graduated informatics [[Telkom University|SCHOOL]] [[2017|DATE]]

AI: Thanks, [[Iki|PERSON]]. How do you use AI in your daily work?

User: a lot wkwk. in [[Android Studio|SOFTWARE]] theres [[Gemini|AI_PRODUCT]] now, i use it for boilerplate, unit tests, explaining crash logs from [[Firebase|SOFTWARE]]. [[ChatGPT|AI_PRODUCT]] for rubber duck. my lead mas [[dimas|PERSON|lowercase_name]] is more old school, he reviews every PR that has AI code extra careful. our [[CTO|JOB_TITLE]] bu [[Ratna Kusumawati|PERSON]] is ok with it as long as no customer data goes in

AI: What does customer data look like in your product?

User: our app is for farmers to get loans for seeds and fertilizer. so theres KTP photos, NIK, land certificate, phone numbers. very sensitive. once [[a tester|GENERIC_ROLE]] pasted a real farmer record into [[chatgpt|AI_PRODUCT|lowercase]] to make dummy data, pak [[Sukardi|PERSON]] from [[Garut|CITY]], with NIK [[3205071203680002|NATIONAL_ID|id_looks_like_card_number]]. bu [[Ratna|PERSON]] was so angry, we had a meeting about it for 2 hours

AI: That sounds serious. What changed after that?

User: we made a rule, only synthetic data. [[dimas|PERSON]] wrote a script that generates fake KTP. funny bc it uses AI to make fake data to protect from AI lol. also we had training from [[Kominfo|ORGANIZATION|abbreviation]] guidelines

AI: Do you have any worries about AI for your own career?

User: ya sometimes. juniors with AI are fast. but AI doesnt understand why a farmer in a village with bad signal cannot upload 5mb photo. my wife [[ayu|PERSON|lowercase_name]] says im overthinking, shes a [[midwife|JOB_TITLE]] at [[RSUD Kota Bandung|ORGANIZATION]] and her job is safe she says haha. [[Nadiem Makarim|PUBLIC_FIGURE]] once said tech must solve real problems, i agree

AI: Thank you, [[Iki|PERSON]]. Is there anything else you'd like to add, or a way for people to contact you?

User: sure. [[wa|SOFTWARE|abbreviation]] [[0812 / 2291 / 4478|OBF_PHONE|odd_separators]], email [[rizky(dot)pratama(at)proton(dot)me|OBF_EMAIL|paren_at_dot]], [[github|SOFTWARE|lowercase]] [[github.com/rizkyp-dev|URL]]. for freelance invoice my NPWP [[84.221.907.3-423.000|NATIONAL_ID|tax_id]]. makasih!""")

# 16. France - audiovisual translator (subtitles), Lyon - speech-to-text
T.append("""AI: Bonjour, and thank you for joining. Could you tell me about your work?

User: Yes, bonjour. So, um, I'm [[Clémence Faure|PERSON]], I'm an [[audiovisual translator|JOB_TITLE]], so I do subtitles and, euh, sometimes dubbing adaptation, from English to French. I live in [[Lyon|CITY]], in the [[Croix-Rousse|CITY]], and I work from home. I studied at [[Lyon 2|SCHOOL|abbreviation]], the master in translation, and I started working in, euh, [[twenty fourteen|DATE|date_in_words]]. I'm [[thirty-six|AGE|age_in_words]].

AI: Thank you, [[Clémence|PERSON]]. Who do you work for?

User: Mostly through subtitling labs, for example [[TitraFilm|ORGANIZATION]] in [[Paris|CITY]], and they work for the platforms, [[Netflix|ORGANIZATION]], [[Arte|ORGANIZATION]], things like that. I'm also in the association, [[ATAA|ORGANIZATION|abbreviation]], the translators of audiovisual. I'm, euh, auto-entrepreneur, so my SIRET, [[812 447 306 00019|NATIONAL_ID|business_id]], is on all my invoices.

AI: How has AI changed your work?

User: Ah, this is, euh, the painful question. Some labs now send what they call post-editing. The machine does the first version, [[DeepL|AI_PRODUCT]] or their own engine, and we correct it for half the price. The timing is done automatic also, in [[Ooona|SOFTWARE]] or [[EZTitles|SOFTWARE]]. And it's, honestly, sometimes correcting is longer than translating, because the jokes are all wrong. I use [[Le Chat|AI_PRODUCT|product_is_common_word]] from [[Mistral|AI_PRODUCT]] sometimes, for synonyms, for rhymes when there is a song. That is useful.

AI: Could you give me an example of a difficult post-editing job?

User: Yes, um, a comedy series, I can't say which one, NDA. There was a character, he speaks very fast, with slang from the [[Bronx|CITY|district]], and the machine translated everything literally. My colleague [[Jean-Baptiste|PERSON]], we call him [[JB|PERSON|initials_nickname]], he did the episodes before me, and we spent, euh, [[a whole weekend|GENERIC_TIME]] on the phone fixing it. The lab paid for post-editing, not for translation. [[JB|PERSON]] wrote an angry email. He's, um, [[fifty-something|AGE|approximate_age]], he's been doing this since [[the VHS times|GENERIC_TIME]].

AI: What worries you about the future?

User: The rates, and, euh, also the name. Our name is in the credits, you know, subtitles by [[Clémence Faure|PERSON]], and if the machine did most of it, is it still me? My partner [[Thomas|PERSON]] says I should change career, he's a [[nurse|JOB_TITLE]] at the [[Hôpital Édouard-Herriot|ORGANIZATION]], he says the hospital will always need people. But I love cinema. [[Agnès Varda|PUBLIC_FIGURE]] said something like, cinema is a way of looking, and I think translation also.

AI: Thank you very much, [[Clémence|PERSON]]. Is there anything else, or a way for people to contact you?

User: Yes, um, my email is [[clemence point faure arobase gmail point com|OBF_EMAIL|french_words]], and my phone, [[zéro six, soixante et onze, vingt-quatre, cinquante-huit, quatre-vingt-treize|OBF_PHONE|french_number_words]]. Merci, it was good to talk about this.""")

# 17. Ukraine - QA automation engineer, Lviv - typed chat
T.append("""AI: Hello, thank you for taking part. Could you tell me about your work?

User: hi. my name is [[Oleksandr Hnatiuk|PERSON]], [[Sasha|PERSON|nickname]] is ok. im [[35|AGE]], [[QA automation engineer|JOB_TITLE]] at [[SoftServe|ORGANIZATION]], remote mostly. originally from [[Kharkiv|CITY]], we moved to [[Lviv|CITY]] in [[march 2022|DATE|lowercase_month]] with my wife and son. finished [[KhPI|SCHOOL|abbreviation]] in [[2011|DATE]]

AI: I'm sorry to hear about the move, [[Sasha|PERSON]]. How does AI fit into your work as a tester?

User: thanks, its ok now, we are used to it. for work: i write autotests in [[Playwright|SOFTWARE]], before [[Selenium|SOFTWARE]]. [[Copilot|AI_PRODUCT]] writes maybe 40% of test code now. [[chatgpt|AI_PRODUCT|lowercase]] i use for generating test data and for reading requirements, our client writes requirements like poetry lol. test cases in [[TestRail|SOFTWARE]], bugs in [[Jira|SOFTWARE]]

AI: Has AI ever caused a bug or missed something important?

User: yes. [[copilot|AI_PRODUCT|lowercase]] generated assertions that always pass. like expect(true).toBe(true) but hidden in helper. we had green tests for 2 weeks and prod was broken. my [[teamlead|JOB_TITLE]] [[Taras|PERSON]] found it. since then rule: every AI generated test must fail first. also i use [[Claude|AI_PRODUCT|product_named_like_person]] for reviewing, its better with long specs

AI: What worries you about AI in QA?

User: that managers think QA is not needed. in [[Ukraine|COUNTRY]] IT is one of few industries that still works normally, many people depend on it. my friend [[Ihor|PERSON]] from [[EPAM|ORGANIZATION]] was cut [[last autumn|GENERIC_TIME]], they said AI makes devs test themselves. also personally i worry about [[Maksym|PERSON]], my son, hes [[7|AGE]], learns english from a chatbot and sometimes it says wrong things very confident

AI: Is there any way AI has helped you outside of work?

User: paperwork. for relocation and for the bank i had to fill so many forms, [[chatgpt|AI_PRODUCT]] helped me translate to polish for my wife [[Olena|PERSON]] who now works in [[Wrocław|CITY]] sometimes. she is [[pharmacist|JOB_TITLE]] at [[Apteka Gemini|ORGANIZATION|org_looks_like_ai_product]], funny name i know. but i also put there my RNOKPP [[3347201958|NATIONAL_ID|id_looks_like_phone]] and our address [[vul. Zelena 114, kv. 27|ADDRESS]], not smart

AI: Thank you, [[Sasha|PERSON]]. Anything else you'd like to add?

User: only that we are ok, thanks for asking. if someone needs QA, telegram [[@sasha_qa_lviv|SOCIAL_HANDLE]] or [[+38 o67 314 22 9o|OBF_PHONE|letter_o_for_zero]]. and [[Zelensky|PUBLIC_FIGURE]] always says IT army, so we are the IT army haha""")

# 18. Ghana - music producer and beatmaker, Kumasi - speech-to-text
T.append("""AI: Hello, thanks for joining. Can you tell me about yourself and your music work?

User: Yes, thank you, thank you. My name is [[Kwabena Asante-Mensah|PERSON]], but in the music, they call me [[Kobby Beatz|PERSON|stage_name]]. I'm a [[music producer|JOB_TITLE]], beatmaker, mixing engineer, all of it. I'm [[twenty-six|AGE|age_in_words]], I'm based in [[Kumasi|CITY]], my studio is in [[Asokwa|CITY]], the address is, um, [[plot 12, Adum-Asokwa Road|ADDRESS]], near the, the filling station. I studied, um, electrical engineering at [[KNUST|SCHOOL|abbreviation]], but music was always my thing.

AI: Thanks, [[Kobby|PERSON|nickname]]. What does a typical project look like?

User: So, um, an artist comes, like, say, my guy [[Yaw Kumi|PERSON]], highlife and afrobeats, he hums the melody, and I build the beat in [[FL Studio|SOFTWARE]]. Then the [[singer|JOB_TITLE]], [[Comfort|PERSON|name_is_common_word]], she does backing vocals. Then I mix, and for mastering sometimes I use [[LANDR|AI_PRODUCT]], the AI mastering, because it's cheap and fast. My cousin [[Blessing|PERSON|name_is_common_word]], she handles the social media, the [[TikTok|SOFTWARE]] and [[Audiomack|SOFTWARE]].

AI: Where else does AI show up for you?

User: Ah, [[Suno|AI_PRODUCT]]. Some of [[the young guys|GENERIC_ROLE]], they generate full songs with [[Suno|AI_PRODUCT]] and come to me to, to clean it and put real vocals. I don't like it too much, but, um, money is money. And [[ChatGPT|AI_PRODUCT]] for the, for the press kit, the bio. It wrote that I worked with [[Sarkodie|PUBLIC_FIGURE]], which I never did, ha, so I had to delete that quick.

AI: How do you get paid and protect your work?

User: Mostly mobile money, [[MoMo|SOFTWARE|abbreviation]], on my number, [[zero two four, four one eight, seven seven three zero|OBF_PHONE|spoken_digits]]. For royalties I registered with [[GHAMRO|ORGANIZATION|abbreviation]], but, um, the payments are small. For that registration they needed my Ghana Card, [[GHA-724019385-6|NATIONAL_ID]]. And, um, with AI now, I'm worried. If somebody trains on my beats from [[BeatStars|SOFTWARE]], how do I know?

AI: What about the people you work with, how do they feel about AI?

User: Mixed, um. [[Yaw|PERSON]] says it's a tool, like autotune. My mentor, Uncle [[Fiifi|PERSON|honorific_outside]], he's an old [[highlife guitarist|JOB_TITLE]] from [[Cape Coast|CITY]], he says, ah, the machine has no sweat, the music has no sweat. And [[my parents|GENERIC_ROLE]], they still want me to be an engineer at [[ECG|ORGANIZATION|abbreviation]], ha. [[Black Sherif|PUBLIC_FIGURE]] came from nothing, I tell them, but they don't listen.

AI: Thank you, [[Kobby|PERSON]]. Is there anything else, or how can people find your beats?

User: Yes, um, [[Instagram|SOFTWARE]] [[at kobby beatz gh|SOCIAL_HANDLE|spoken_handle]], and email, [[kobbybeatz two four at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Thank you, God bless.""")

# 19. Spain - freelance copywriter, Valencia - typed chat
T.append("""AI: Hi, and thanks for joining! To start, can you tell me about your work?

User: holaa. so im [[Nerea Llorens Bosch|PERSON]], [[38|AGE]], freelance [[copywriter|JOB_TITLE]] and content strategist in [[Valencia|CITY]]. I live and work in [[Russafa|CITY|district]], my tiny office is literally my flat, [[C/ de Sueca 38, 3º 2ª|ADDRESS]]. Before going freelance in [[2016|DATE]] I was 6 years at an agency, [[La Tinta Creativa|ORGANIZATION]], with [[my old boss|GENERIC_ROLE]] [[Pepe|PERSON|nickname]] who was a legend and also a nightmare haha. studied journalism at the [[Universitat de València|SCHOOL]]

AI: Thanks, [[Nerea|PERSON]]. Who do you write for these days?

User: mix of local and international. [[Horchatería Santa Catalina|ORGANIZATION|org_looks_like_person]] for their social posts (not a saint, a horchata place lol), a rice brand from [[Sueca|CITY|city_same_as_street]], and a Dutch travel startup, [[Wanderwijs|ORGANIZATION]]. their [[CMO|JOB_TITLE]] [[Rosario|PERSON|name_looks_like_city]] is actually from [[Seville|CITY]] so we speak spanish in meetings, easier. also I teach a workshop at [[ESIC|SCHOOL|abbreviation]] twice a year

AI: How does AI fit into your writing process?

User: honestly its complicated. I use [[ChatGPT|AI_PRODUCT]] for research and first structure, [[Notion AI|AI_PRODUCT]] for meeting notes, and [[Semrush|SOFTWARE]] for SEO. but the final text I write, always, in [[Google Docs|SOFTWARE]]. the problem is clients also use [[ChatGPT|AI_PRODUCT]] now, so they send me "drafts" that are 100% AI and say just polish it, and pay for polish, not for writing

AI: Can you tell me about a specific situation like that?

User: yes!! [[Wanderwijs|ORGANIZATION]] sent 40 destination pages written by AI. one said [[Valencia|CITY]] has a beautiful beach called "Playa del Sol Dorado" which doesnt exist lol. and my name was going to be in the byline. I told [[Rosario|PERSON]] no way. my friend [[Paz|PERSON|name_is_common_word]] who is a [[translator|JOB_TITLE]] laughed so much bc she grew up in [[Sueca|CITY]] and knows every beach there

AI: Do you have worries about AI and your profession?

User: I worry about [[the juniors|GENERIC_ROLE]]. at [[La Tinta|ORGANIZATION|short_form]] now they hired 0 interns [[this year|GENERIC_TIME]]. and also voice, like every brand sounds the same now, everything is "elevate" and "unlock". my sister [[Amparo|PERSON]] works in HR at [[Mercadona|ORGANIZATION]] and she says cover letters are all identical now, she can spot AI from a mile away

AI: Thank you, [[Nerea|PERSON]]. Anything you'd like to add, or a way people can find you?

User: sure! [[linkedin.com/in/nerea-llorens-copy|URL]] and [[ig|SOFTWARE|abbreviation]] [[@nerea_escribe|SOCIAL_HANDLE]]. email [[hola@nerealloren.es|EMAIL_ADDRESS]] or [[whatsapp|SOFTWARE|lowercase]] [[+34 655 21 88 40|PHONE_NUMBER]] but not [[during Fallas|GENERIC_TIME|festival]] pls, I wont answer anything [[in march|GENERIC_TIME|lowercase]] haha. and for invoices my DNI is [[48392017K|NATIONAL_ID]]. bye!!""")

# 20. South Korea - webtoon artist, Busan - speech-to-text
T.append("""AI: Hello, thank you for joining this interview. Could you introduce yourself and your work?

User: Ah, yes, hello. My name is [[Park Ji woo|PERSON|stt_no_hyphen]], um, but as an artist I use the pen name [[Gaeul|PERSON|pen_name_is_word]], it means autumn. I'm a [[webtoon artist|JOB_TITLE]]. I'm, um, [[twenty-nine|AGE|age_in_words]] in Korean age, so [[twenty-eight|AGE|age_in_words]] international age, ha. I live in [[Busan|CITY]], in [[Haeundae|CITY|district]], and I work with a small studio, [[Studio Hanul|ORGANIZATION]], we publish on [[Naver Webtoon|ORGANIZATION]].

AI: Thank you, [[Gaeul|PERSON]]. What does your workflow look like?

User: So, um, I draw in [[Clip Studio|SOFTWARE]], every week one episode, around seventy panels. I have one assistant, [[Min-jun|PERSON]], he does the backgrounds and colour flats. [[My editor|GENERIC_ROLE]] at the platform is, um, Ms [[Kang|PERSON]], she gives me feedback every [[Tuesday|GENERIC_TIME]]. I studied at [[Hongik University|SCHOOL]], the, um, the visual design, and I started the serial in, uh, [[twenty twenty-one|DATE|date_in_words]].

AI: Where does AI come into that?

User: Um, it's very sensitive in our industry. [[Many readers|GENERIC_ROLE]], they hate AI, there was a boycott of an AI webtoon [[last year|GENERIC_TIME]]. So, um, officially I don't use for drawing. But [[Min-jun|PERSON]] uses AI to make the 3D background references, and I use [[ChatGPT|AI_PRODUCT]] and [[Wrtn|AI_PRODUCT]] to check story logic and to, um, make the English version of my posts. And [[Clova|AI_PRODUCT]], [[Naver|ORGANIZATION]]'s AI, for the, um, the dialogue spellcheck.

AI: Has that ever led to a difficult situation?

User: Yes, um, one time a reader found my old [[Twitter|SOFTWARE]] and said my background looks AI. They posted my real name, and, um, even my old address in [[Pusan|CITY|old_romanization]], I mean [[Busan|CITY]], on a forum. It was terrible. Ms [[Kang|PERSON]] helped me, [[the studio lawyer|GENERIC_ROLE]] made them delete. After that, I deleted everything except the work account, [[at gaeul underscore toon|SOCIAL_HANDLE|spoken_handle]].

AI: That sounds frightening. What are your worries about AI going forward?

User: Um, that the platform will make AI webtoons themselves. They have the data, all our drawings. [[Yeon Sang-ho|PUBLIC_FIGURE]], the director, he started from animation and webtoon, and I think, now, the young ones cannot start like this. My younger brother [[Ji-hoon|PERSON]] wants to be an artist too, he's [[nineteen|AGE|age_in_words]], and I told him, maybe learn programming also.

AI: Thank you so much. Is there anything else, or a way to contact you?

User: Ah, yes, for work, email [[gaeul dot toons at naver dot com|OBF_EMAIL|spelled_at_dot]], and, um, the studio phone is [[oh five one, seven four two, eight eight one three|OBF_PHONE|spoken_digits]]. Thank you for asking about artists. Not many people ask us.""")

# 21. Colombia - marketing data analyst, Medellín - typed chat
T.append("""AI: Hi, thanks for participating. Could you tell me about your role?

User: hi!! im [[juan camilo restrepo|PERSON|lowercase_name]] lol sorry caps, [[Juan Camilo|PERSON]]. my friends say [[Juanca|PERSON|nickname]]. [[28|AGE]] years, [[marketing data analyst|JOB_TITLE]] at [[Bancolombia|ORGANIZATION]] in [[Medellín|CITY]], in the digital channels team. before i was at [[Rappi|ORGANIZATION]] 2 years. studied industrial engineering at [[EAFIT|SCHOOL]], graduated [[2018|DATE]]

AI: Thanks, [[Juanca|PERSON]]. What does your work involve day to day?

User: campaign analysis basically. which push notification works, which email, who opens the app after. i live in [[BigQuery|SOFTWARE]] and [[Looker Studio|SOFTWARE]], some [[Python|SOFTWARE]]. [[my jefa|GENERIC_ROLE|non_english_role]] is doña [[Marta Echeverri|PERSON]], very strict but good. we present results to [[the marketing directors|GENERIC_ROLE]] [[every thursday|GENERIC_TIME|lowercase]] and if the numbers are bad she knows before us haha

AI: How are you using AI in that?

User: internally we have a version of [[Copilot|AI_PRODUCT]] approved by security. i use it for [[SQL|SOFTWARE]], for explaining old queries, and for writing the summary slides. [[ChatGPT|AI_PRODUCT]] is blocked on the bank laptop so i use it on my phone for personal stuff. my colleague [[Santi|PERSON|nickname]] tried [[Julius|AI_PRODUCT|product_named_like_person]] for quick analysis but legal said no bc of customer data

AI: Have you seen any risks with customer data and AI?

User: yes, once someone from another team uploaded a csv to a free AI tool with real clients, names, cédulas, balances. i saw one row was literally my neighbour, don [[Alirio Zapata|PERSON]], cedula [[70.114.382|NATIONAL_ID|id_with_dots]], he lives in my building in [[Envigado|CITY]]!! crazy. it became an incident, compliance took 3 weeks. i never told him haha

AI: That must have been strange. What worries you about AI in your job going forward?

User: that analysts like me become just "prompt operators". my girlfriend [[Vale|PERSON|nickname]] ([[Valentina|PERSON]]) says i should learn more about business not only tools. she is a [[UX researcher|JOB_TITLE]] at [[Globant|ORGANIZATION]] so she sees the same thing in design. also in [[Colombia|COUNTRY]] salaries in tech are good now but if AI does half the job, they will hire in cheaper places

AI: Thank you, [[Juanca|PERSON]]. Is there anything else you'd like to add?

User: only that AI will not replace the paisa energy hahaha. even [[Karol G|PUBLIC_FIGURE]] is from here. if the researchers want to follow up: [[juancarestrepo (arroba) hotmail . com|OBF_EMAIL|spanish_arroba]] or cel [[300 514 2287|PHONE_NUMBER|local_format]]. my cédula for the gift card form is [[1.037.624.908|NATIONAL_ID|id_with_dots]]. chao!""")

# 22. Pakistan - freelance WordPress and Shopify developer, Lahore - speech-to-text
T.append("""AI: Assalam o alaikum, and thank you for joining. Could you tell me about yourself and your work?

User: Walaikum assalam. Um, yes, so my name is [[Muhammad Usman Tariq|PERSON]], people call me [[Usman|PERSON]]. I'm a freelance [[web developer|JOB_TITLE]], mostly [[WordPress|SOFTWARE]] and [[Shopify|SOFTWARE]] stores. I live in [[Lahore|CITY]], in [[Johar Town|CITY|district]]. I'm [[twenty-seven|AGE|age_in_words]], I did my BS computer science from [[FAST|SCHOOL|abbreviation_is_common_word]], the [[Lahore|CITY]] campus, and I started freelancing in [[twenty twenty|DATE|date_in_words]], [[during the lockdown|GENERIC_TIME]], because no job was there.

AI: Thanks, [[Usman|PERSON]]. How do you find clients?

User: Mostly [[Fiverr|SOFTWARE]], um, and some on [[Upwork|SOFTWARE]]. My gig is at [[fiverr dot com slash usman underscore wp|URL|spoken_url]], I'm a level two seller. Clients are from the [[UK|COUNTRY]], [[USA|COUNTRY]], some from [[Dubai|CITY]]. One regular client is a bakery in [[Leeds|CITY]], [[Crumbs & Co|ORGANIZATION]], the [[owner|JOB_TITLE]] is Mrs [[Hannah Whitley|PERSON]], very nice lady, she sends me [[Christmas|GENERIC_TIME]] cards even, ha.

AI: How does AI come into your work?

User: Um, a lot now. [[ChatGPT|AI_PRODUCT]] for custom PHP functions, for Liquid code in [[Shopify|SOFTWARE]], and for writing the product descriptions. Before I used to pay my cousin [[Bilal|PERSON]] to write descriptions, now, um, he is a bit upset, ha. I also use [[GitHub Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]], and for design mockups sometimes [[v0|AI_PRODUCT|product_looks_like_version]]. The speed is, like, double.

AI: Has that changed what clients pay or expect?

User: Yes, yes. Clients now say, this is easy with AI, why you charge fifty dollars. And also on [[Fiverr|SOFTWARE]] there are, um, hundreds of new sellers using AI, so prices go down. For payment I use [[Payoneer|SOFTWARE]], then to my bank, [[Meezan Bank|ORGANIZATION]]. For the account they needed my CNIC, [[three five two zero two, four four one seven eight two nine, three|NATIONAL_ID|spoken_id]], and, um, I was sharing my screen with the client at that time, which was not smart.

AI: What worries you about AI in your field?

User: Um, for [[Pakistan|COUNTRY]], freelancing is, like, the hope for many young people. My younger sister [[Noor|PERSON]], she's [[nineteen|AGE|age_in_words]], she's learning graphic design, and I tell her, learn AI tools also, otherwise, um, difficult. Also internet, the shutdowns, that's a bigger problem than AI, honestly. [[Arfa Karim|PUBLIC_FIGURE]] was our inspiration when we were kids, now the kids want to be AI influencers, ha.

AI: Thank you, [[Usman|PERSON]]. Is there anything else, or a way people can reach you?

User: Yes, sure, um, [[WhatsApp|SOFTWARE]] [[oh three two one, four four seven eight, nine zero two|OBF_PHONE|spoken_digits]], and email [[usman dot wp dot dev at gmail dot com|OBF_EMAIL|spelled_at_dot]]. My father, [[Tariq|PERSON]] sahib, always says, beta, your work should speak, not your profile. So, um, I try. Thank you.""")

# 23. Italy - freelance photojournalist, Bologna - typed chat
T.append("""AI: Ciao, and thanks for joining. Could you tell me about your work?

User: ciao! im [[Lorenzo Galli|PERSON]], [[40|AGE]], freelance [[photojournalist|JOB_TITLE]] based in [[Bologna|CITY]]. i shoot mostly news and social stories for [[Corriere di Bologna|ORGANIZATION]] and sometimes [[la Repubblica|ORGANIZATION]], plus NGO work for [[Emergency|ORGANIZATION|org_is_common_word]]. studied at [[DAMS|SCHOOL|abbreviation]] a hundred years ago haha, started shooting professionally in [[2009|DATE]]. my studio/flat is [[Via del Pratello 41|ADDRESS]], everyone in the neighborhood knows me as "[[lore|PERSON|lowercase_name]] with the leica"

AI: Thanks, [[Lorenzo|PERSON]]. What does your workflow look like, and where does AI come in?

User: shoot, edit in [[Photo Mechanic|SOFTWARE]] and [[Lightroom|SOFTWARE]], caption, send. the AI part: [[Lightroom|SOFTWARE]] denoise is amazing for night protests. [[ChatGPT|AI_PRODUCT]] for english captions when i sell to foreign agencies. what i NEVER use is generative stuff, [[Generative Fill|AI_PRODUCT]] etc, for news its forbidden, you lose your career. [[my editor|GENERIC_ROLE]] [[Bruno Carli|PERSON]] at the [[corriere|ORGANIZATION|lowercase_short_form]] checks the metadata of everything now

AI: Why has that become so important?

User: bc of fakes. during the floods in Emilia-Romagna there were AI images everywhere, a kid on a roof, a dog in a boat, all fake. people shared them more than my real photos. one of my real ones, a woman in [[Faenza|CITY]] with her grandson, people said it was AI!! the woman, signora [[Teresa Ghetti|PERSON]], [[83|AGE]] years old, called me upset because her neighbors said she was an actress lol

AI: That must have been frustrating. How do you prove a photo is real?

User: raw files, metadata, and now content credentials with the new camera, and there is this CAI standard. but honestly nobody checks. my colleague [[Chiara Benassi|PERSON]] who is a [[photo editor|JOB_TITLE]] at [[ANSA|ORGANIZATION|abbreviation]] says they get 50 fake submissions a week. [[Letizia Battaglia|PUBLIC_FIGURE]] would go crazy with this world

AI: Does AI affect your income or your clients?

User: yes, stock is dead for me. before i sold city pictures of [[Bologna|CITY]] on [[Getty|ORGANIZATION]] and [[Shutterstock|ORGANIZATION]], now AI makes portici at sunset for free. i invoice with partita iva [[03918471205|NATIONAL_ID|tax_id_looks_like_phone]] and my codice fiscale [[GLLLNZ84C12A944Q|NATIONAL_ID]], and [[this year|GENERIC_TIME]] income is -30%. my wife [[Viola|PERSON|name_is_common_word]] teaches at a liceo so we are ok, but with our son [[Tommaso|PERSON]], [[6|AGE]], everything costs

AI: Thank you, [[Lorenzo|PERSON]]. Is there anything else you'd like to add, or a way to see your work?

User: sure. site [[lorenzogalli-foto.it|URL]], ig [[@lore.galli.foto|SOCIAL_HANDLE]], mail [[lorenzo@lorenzogalli-foto.it|EMAIL_ADDRESS]], cell [[+39 347 882 1903|PHONE_NUMBER]]. also im in the albo of journalists, tessera [[158402|NATIONAL_ID|professional_registration]], if any editor doubts me haha. grazie""")

# 24. Netherlands - indie game developer and sound designer, Utrecht - speech-to-text
T.append("""AI: Hi, thanks for taking part. Could you tell me about yourself and your work?

User: Yeah, hi. So, uh, I'm [[Daan de Vries|PERSON]], I'm [[thirty-four|AGE|age_in_words]], and I'm a [[sound designer|JOB_TITLE]] and, um, [[co-founder|JOB_TITLE]] of a tiny indie studio called [[Knotwilg Games|ORGANIZATION]], that's, uh, knotwilg is a kind of willow tree. We're in [[Utrecht|CITY]], in an old school building in [[Lombok|CITY|district_looks_like_island]], the neighbourhood, not the island, ha. The address is [[Kanaalstraat 212|ADDRESS]], we share it with like six other studios. I studied at the [[HKU|SCHOOL|abbreviation]], the art school, game audio, finished in, uh, [[twenty fourteen|DATE|date_in_words]].

AI: Thanks, [[Daan|PERSON]]. What does your studio make, and who's on the team?

User: So we're three people. Me, then [[Joost Verhoeven|PERSON]], he's the [[programmer|JOB_TITLE]] and the other founder, and [[Fenna|PERSON]], she's our [[artist|JOB_TITLE]], she's part time because she also teaches at [[Grafisch Lyceum|SCHOOL]] in [[Rotterdam|CITY]]. We made one game, it's a cozy fishing game, it's on [[Steam|SOFTWARE]], it did okay. We're working on the second one now, funded partly by the, uh, [[Creative Industries Fund|ORGANIZATION]].

AI: Where does AI come into your work?

User: Um, for me, mostly audio. I use [[Reaper|SOFTWARE|product_is_common_word]] and [[FMOD|SOFTWARE]], and there are AI tools now for, like, separating stems, cleaning noise, [[iZotope RX|SOFTWARE]] has a lot of that. I tried [[ElevenLabs|AI_PRODUCT]] sound effects, for, um, footsteps on ice, and it was actually usable. [[Joost|PERSON]] uses [[Copilot|AI_PRODUCT]] in [[Godot|SOFTWARE|product_named_like_person]], well, in his editor, for the scripts. [[Fenna|PERSON]] refuses to touch image generators, and we respect that.

AI: How does the team handle those different views on AI?

User: We, um, we wrote a little policy, actually. No generated art, no generated voices of real people, AI code is fine if [[Joost|PERSON]] reviews it. Because on [[Steam|SOFTWARE]] you have to disclose AI content now, and players, they, um, they review-bomb you if they find out. There was a game [[last year|GENERIC_TIME]], I won't say which, but the dev got so much hate. And, uh, [[Toby Fox|PUBLIC_FIGURE]] made [[Undertale|SOFTWARE|game_title]] basically alone, without any of this, so, you know, it's possible.

AI: What worries you most about AI in game audio?

User: Um, [[the voice actors|GENERIC_ROLE]], mostly. My girlfriend [[Sanne|PERSON]], she's a [[voice actor|JOB_TITLE]], she does Dutch dubs for kids' cartoons, and she's had, um, two contracts [[this year|GENERIC_TIME]] where they wanted to keep her voice for AI training. She said no and lost one. That's, uh, that's real money. For me, sound design, I think taste is still the thing, but the cheap jobs will go.

AI: Thank you, [[Daan|PERSON]]. Is there anything else, or a way people can find your work?

User: Yeah, um, the studio is [[at knotwilg games|SOCIAL_HANDLE|spoken_handle]] on [[Bluesky|SOFTWARE]], and my email is [[daan at knotwilg games dot n l|OBF_EMAIL|spelled_at_dot]]. And for the, uh, the gift voucher, I guess you need the KvK number, that's [[eight one two six four oh nine three|NATIONAL_ID|spoken_id]]. Thanks, this was fun.""")

# 25. Romania - performance marketer at an agency, Cluj-Napoca - typed chat
T.append("""AI: Hello, thanks for joining this interview. Could you tell me about your job?

User: hello! im [[Andreea Muresan|PERSON|missing_diacritics]], [[33|AGE]], [[performance marketing specialist|JOB_TITLE]] at [[Pixel Carpați|ORGANIZATION]], a digital agency in [[Cluj-Napoca|CITY]]. i run paid ads for ecommerce clients, biggest one is a furniture shop that sells on [[eMAG|ORGANIZATION|mixed_case]]. studied marketing at [[UBB|SCHOOL|abbreviation]], finished in [[2015|DATE]], moved to [[Cluj|CITY|short_form]] from [[Bistrița|CITY]]

AI: Thanks, [[Andreea|PERSON]]. What does a usual week look like for you, and how do you use AI in it?

User: [[mondays|GENERIC_TIME|lowercase]] reporting, rest of the week optimising campaigns. [[Google Ads|SOFTWARE]], [[Meta Ads Manager|SOFTWARE]], [[GA4|SOFTWARE]]. [[my boss|GENERIC_ROLE]] [[Vlad|PERSON]] wants weekly reports for every client by [[tuesday noon|GENERIC_TIME|lowercase]], so [[monday|GENERIC_TIME|lowercase]] is hell. [[Ioana|PERSON]] from design makes the creatives, i write the copy. and AI, honestly the platforms are AI now. [[Performance Max|AI_PRODUCT]] decides everything, you just give it assets and budget and pray. for copy i use [[ChatGPT|AI_PRODUCT]] to make 20 variations of headlines, and [[Gemini|AI_PRODUCT]] inside [[google sheets|SOFTWARE|lowercase]] for cleaning product feeds. [[Ioana|PERSON]] uses [[Firefly|AI_PRODUCT]] for backgrounds of furniture photos

AI: Has anything gone wrong with AI in your campaigns?

User: oh yes. the AI headline for the furniture client said "canapea extensibila gratuita" - free sofa bed - instead of free delivery lol. it ran for 6 hours on a [[saturday|GENERIC_TIME|lowercase]], and the [[owner|JOB_TITLE]], domnul [[Sorin Pop|PERSON|honorific_outside]], called [[Vlad|PERSON]] screaming bc 40 people ordered the free sofa. we paid part of it from agency budget. since then a human checks everything, usually me

AI: That sounds stressful. What about customer data, does AI raise concerns there?

User: yes, for remarketing we upload customer lists, emails and phones, hashed but still. once i tested the upload with my own number [[0744 219 865|PHONE_NUMBER|local_format]] and then i started seeing my own ads everywhere haha. and when i registered as PFA for side projects i pasted my CNP [[2910523125783|NATIONAL_ID|id_looks_like_phone]] in [[chatgpt|AI_PRODUCT|lowercase]] to help fill the [[ANAF|ORGANIZATION|abbreviation]] form. not my proudest moment

AI: What worries you most about AI and your career?

User: that one person with AI does what 3 people did. our agency hired no juniors [[this year|GENERIC_TIME]]. my mom [[Speranța|PERSON|name_is_common_word]] (means hope lol) still thinks i "work with computers" and asks if the robots will take my job. maybe yes mom. but also, like [[Simona Halep|PUBLIC_FIGURE]] said once, you adapt or you lose

AI: Thank you, [[Andreea|PERSON]]. Anything else you'd like to add, or a way to contact you?

User: sure, [[linkedin.com/in/andreea-muresan-ppc|URL]] or mail [[andreea.muresan [at] pixelcarpati [dot] ro|OBF_EMAIL|bracket_at_dot]]. thanks for the questions, it was nice to think about this outside of a [[friday|GENERIC_TIME|lowercase]] deadline :)""")
write_set(T, "set_bx")
