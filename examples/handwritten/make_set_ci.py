"""Blind evaluation set 'ci': 25 synthetic interview transcripts with creative professionals and scientists talking about AI at work. Every person, number, email, address and ID is invented. Build with: python3 make_set_ci.py"""
from markup import write_set

T = []

# 1. Brazil - children's book illustrator, Belo Horizonte - typed chat
T.append("""AI: Hi, thanks for taking the time to talk with me today. To start, could you tell me a bit about what you do for work?

User: hi!! sure. im [[Mariana Teixeira Lopes|PERSON]] but everyone calls me [[Mari|PERSON|nickname]], im [[34|AGE]] and i work as a [[freelance childrens book illustrator|JOB_TITLE]] in [[Belo Horizonte|CITY]] ([[BH|CITY|abbreviation]] for short haha). mostly picture books for [[Companhia das Letrinhas|ORGANIZATION]] and a few small publishers in [[Portugal|COUNTRY]], and since [[2021|DATE]] i also do covers for a dutch publisher, [[Uitgeverij Kluitman|ORGANIZATION]]. sorry my english is not perfect i type fast and dont correct

AI: Your English is very clear, [[Mari|PERSON]]. What does a normal working day look like, and which tools do you use?

User: normal day = take [[Luísa|PERSON]] to school, coffee, then draw until she comes back lol. main tool is [[Procreate|SOFTWARE]] on the ipad, then i finish colours and lettering in [[Photoshop|SOFTWARE]] and send proofs by [[WeTransfer|SOFTWARE]]. AI i use [[ChatGPT|AI_PRODUCT]] almost every day but NOT for drawing. for emails in english, for the dutch contracts (they are loooong) and for the text of my invoices. i tried [[Midjourney|AI_PRODUCT]] one time in [[2023|DATE]] for references of a jungle scene and honestly i felt weird, it looked like a mix of [[Oliver Jeffers|PUBLIC_FIGURE]] and nobody

AI: Can you tell me more about how you use [[ChatGPT|AI_PRODUCT]] with the contracts, and whether personal information ends up in there?

User: so, last [[March|GENERIC_TIME]] [[Kluitman|ORGANIZATION|short_form]] sent a contract with a new clause, 'no generative AI in the artwork', and i need to sign a declaration for each book. ok for me. but i pasted the whole pdf in [[chatgpt|AI_PRODUCT]] to translate the legal part and the pdf had my CPF [[047.318.592-60|NATIONAL_ID]] and the CNPJ of my MEI [[41.207.633/0001-85|NATIONAL_ID]] inside. only after i thought ops 😬 now i erase the numbers before paste. also when i answer [[Femke de Wit|PERSON]], she is the [[art director|JOB_TITLE]] there, i paste the thread to sound professional and my signature goes in too: [[Rua Padre Eustáquio, 1420, sala 3|ADDRESS]], [[Carlos Prates|CITY]], [[BH|CITY|abbreviation]], [[+55 31 98847-2016|PHONE_NUMBER]], [[mari.tlopes.ilustra@gmail.com|EMAIL_ADDRESS]]. its on my website anyway but i dont know where [[chatgpt|AI_PRODUCT]] keeps it

AI: How do the people you work with, editors and other illustrators, feel about AI?

User: mixed!! [[my agent|GENERIC_ROLE]] [[Beto|PERSON|nickname]] ([[Roberto Albuquerque|PERSON]], he is in [[São Paulo|CITY]] and represents like 12 illustrators) uses AI for everything, even our bios. the portuguese publisher [[Orfeu Negro|ORGANIZATION]], [[the owner|GENERIC_ROLE]] Dona [[Cida|PERSON]] hates it, she says she closes the house before she prints an AI book. and my friend from [[UFMG|SCHOOL]], [[Júlia Bastos|PERSON]], lost a big job for [[Magazine Luiza|ORGANIZATION|org_looks_like_person]] [[last year|GENERIC_TIME]] bc the agency used generated images instead. now she works as [[UX designer|JOB_TITLE]] in a bank 😢

AI: That sounds hard for [[Júlia|PERSON]]. What worries you most about AI in your own work?

User: my style. my insta [[@mari.rabisca|SOCIAL_HANDLE]] has 18k followers and everything is there, also the portfolio [[behance.net/maritlopes|URL]]. in [[October|GENERIC_TIME]] a follower sent me a link, someone trained a model called '[[Mari Lopes|PERSON]] style' with my books. i wrote to the site, nothing. and [[Luísa|PERSON]] is [[six|AGE]] and she asked me 'mamãe, the robot draws better than you?' i laughed but it stayed in my head all week

AI: If you could change one thing about how AI tools work for illustrators, what would it be?

User: an opt out that really works. and that [[Adobe|ORGANIZATION]] and [[OpenAI|ORGANIZATION]] pay the artists whose books they used. [[Adobe Firefly|AI_PRODUCT]] says it is trained on licensed stock but i dont know... to be fair the admin part is better with AI, [[chatgpt|AI_PRODUCT]] helps me write to the [[Receita Federal|ORGANIZATION]] and explain things to [[my accountant|GENERIC_ROLE]] Sr. [[Válter|PERSON]], and my application text for the [[Bologna Children's Book Fair|ORGANIZATION]] exhibition was polished by AI and i got selected!! first time since i started in [[2016|DATE]]. ok have to get [[Luísa|PERSON]] now, tchau!!""")

# 2. Nigeria - wedding and fashion photographer, Lagos - speech-to-text
T.append("""AI: Hello, and thank you for joining. Could you start by telling me about your work?

User: Okay, um, good afternoon. So my name is [[Adaeze Okonkwo-Bello|PERSON]], I'm a [[wedding and fashion photographer|JOB_TITLE]], I run my own studio, [[Ada Frames Studio|ORGANIZATION|org_looks_like_person]], uh, in [[Lekki|CITY]], [[Lagos|CITY]]. I've been doing this since, um, [[twenty sixteen|DATE|date_in_words]], after I finished at [[UNILAG|SCHOOL]], I studied, uh, mass communication. And I'm [[twenty-nine|AGE|age_in_words]]. Yeah.

AI: Thank you, [[Adaeze|PERSON]]. What does AI do in your work right now?

User: A lot, actually, more than I thought. Um, for culling I use [[Aftershoot|AI_PRODUCT]], it goes through like four thousand pictures from one wedding and picks the sharp ones, eyes open, you know. Then editing is [[Lightroom|SOFTWARE]], and in [[Photoshop|SOFTWARE]] there is the, the generative fill, which I use to remove, like, a random uncle who walked into the frame [laughs]. And [[ChatGPT|AI_PRODUCT]] for captions on [[Instagram|SOFTWARE]] and for quoting clients. My, uh, [[my assistant|GENERIC_ROLE]] [[Tunde Ajibola|PERSON]] handles the [[WhatsApp|SOFTWARE]] Business side, he uses the [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] to answer enquiries at night.

AI: You mentioned quoting clients with [[ChatGPT|AI_PRODUCT]]. Can you walk me through an example?

User: Yes so, [[last December|GENERIC_TIME]] — [[December|GENERIC_TIME]] is wedding season here, eh — a bride, [[Precious Nwachukwu|PERSON|name_is_word]], sent me a voice note, long one, with her whole plan: the church in [[Ikoyi|CITY]], the reception at [[Eko Hotel|ORGANIZATION]], her fiancé [[Obinna|PERSON]], the, um, the budget. I typed everything into [[ChatGPT|AI_PRODUCT]], even her number, [[0803-412-5567|PHONE_NUMBER|local_format]], and asked it to make a package. It made a very fine quote. But later I thought, ah, this is somebody's wedding, her mother, Mrs. [[Ngozi Nwachukwu|PERSON]], is a [[permanent secretary|JOB_TITLE]] in the [[Federal Ministry of Health|ORGANIZATION]], it's not small thing. So I don't paste like that again. [[Precious|PERSON|name_is_word]] doesn't know [laughs].

AI: That's a thoughtful change. How careful are you with your own details?

User: Honestly, less careful [laughs]. For the [[CAC|ORGANIZATION|abbreviation]] registration, the business name, I asked [[ChatGPT|AI_PRODUCT]] to fill the form with me, so it has my business number, [[BN 3381207|NATIONAL_ID]], and my NIN, [[74219035586|NATIONAL_ID|id_like_phone]]. And my email is everywhere, it's, um, [[adaeze dot shoots at gmail dot com|OBF_EMAIL|spoken_email]], and the line is [[zero eight one, six two two, nine zero four, four one|OBF_PHONE|spoken_digits]]. If you want to see my work it's on [[Instagram|SOFTWARE]], [[ada frames underscore lagos|SOCIAL_HANDLE|spoken_handle]].

AI: Thanks. Does anyone around you worry about AI?

User: Ehn, my mum, Mummy [[Ronke|PERSON]] we call her, she sells fabrics in [[Idumota|CITY]], she saw a fake video of [[Burna Boy|PUBLIC_FIGURE]] advertising some crypto thing and now she thinks every photo I take is fake [laughs]. My friend [[Kelechi|PERSON]], he's a [[documentary photographer|JOB_TITLE]], he shows at [[LagosPhoto|ORGANIZATION]], he refuses generative fill, for him it's lying. And my younger brother [[Kayode|PERSON]], he's [[nineteen|AGE|age_in_words]], at [[Yaba College of Technology|SCHOOL]], he wants to do AI art for, like, album covers. So three opinions in one family.

AI: What would make AI tools feel safer for you?

User: If, um, if they were clear where the data goes. [[Aftershoot|AI_PRODUCT]] has all [[my clients|GENERIC_ROLE]]' faces, hundreds of weddings, and in [[Africa|CONTINENT]] people don't read terms of service. The [[Nigeria Data Protection Commission|ORGANIZATION]] is there but who knows them? Also, eh, tell them to make the captions sound less American [laughs]. Thank you.""")

# 3. India - senior data scientist, Bengaluru - typed chat
T.append("""AI: Hi, thanks for joining. Can you tell me about your role and what a typical week looks like?

User: hi. sure. im [[sreelakshmi|PERSON|lowercase_name]], everyone calls me [[sree|PERSON|nickname]]. [[senior data scientist|JOB_TITLE]] at [[Swiggy|ORGANIZATION]] in [[Bengaluru|CITY]] ([[blr|CITY|abbreviation]]). team does demand forecasting for the grocery side. typical week = 40% meetings lol, rest is SQL in [[Snowflake|SOFTWARE]], notebooks in [[Jupyter|SOFTWARE]], dashboards in [[Tableau|SOFTWARE]]. been here since [[aug 2022|DATE]], before that 3 yrs at [[Mu Sigma|ORGANIZATION]] which was. an experience 😅

AI: Thanks, [[Sreelakshmi|PERSON]]. Where does AI show up in that week?

User: everywhere tbh. [[Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]] for boilerplate, [[ChatGPT|AI_PRODUCT]] enterprise for explaining legacy code written by ppl who left, [[Claude|AI_PRODUCT]] for long docs. [[my manager|GENERIC_ROLE]] [[Arvind|PERSON]] sir pushes it a lot, he wants every PRD summarised by AI. we also have an internal bot called [[Gita|AI_PRODUCT|product_looks_like_person]]

AI: An internal assistant called [[Gita|AI_PRODUCT]], how does that compare to the public tools?

User: [[gita|AI_PRODUCT]] is ok for HR policy qs like how many leaves i have left. for code its bad. so ppl still use [[chatgpt|AI_PRODUCT]] on personal phone which is... not allowed 🙈 [[my teammate|GENERIC_ROLE]] [[kiran|PERSON|lowercase_name]] once pasted a sample of order data with customer phone nos and addresses, real ones from [[Koramangala|CITY]] and [[HSR Layout|CITY]], into personal [[chatgpt|AI_PRODUCT]]. infosec caught it. he got a warning letter and his employee id [[SWG-22817|NATIONAL_ID]] was on the mail to the whole team by mistake lol, double leak

AI: That sounds stressful for [[Kiran|PERSON]]. What about your own personal information?

User: honestly i did something dumb too. during ITR filing in [[july|GENERIC_TIME]] i asked [[chatgpt|AI_PRODUCT]] to check my form 16 and uploaded the pdf. it has my PAN [[ABXPN4471K|NATIONAL_ID]] and salary and everything. and for the home loan with [[HDFC|ORGANIZATION]] [[the agent|GENERIC_ROLE]] wanted aadhaar on [[whatsapp|SOFTWARE]], [[4821 7736 0952|NATIONAL_ID|id_like_phone]], i sent it and AFTER sending i asked [[chatgpt|AI_PRODUCT]] if that was safe 🤦‍♀️ my husband [[Vivek|PERSON]] says i am the data scientist who doesnt care about data 😂

AI: That's a fair point from [[Vivek|PERSON]]. How do you feel AI is changing the job itself?

User: mixed feelings. juniors ship faster but dont understand stats. we hired a fresher from [[IIT Madras|SCHOOL]], v smart, but he asked [[copilot|AI_PRODUCT]] for a t-test and didnt check any assumptions. my PhD guide at [[IISc|SCHOOL]], prof [[Ramanathan|PERSON]], would have killed me for that haha. [[Andrew Ng|PUBLIC_FIGURE]] keeps saying everyone should learn AI, nobody says learn statistics first. and yes i worry abt layoffs, [[swiggy|ORGANIZATION]] already did rounds

AI: What would you want from AI tools, [[Sree|PERSON]], to make them safer for people like [[Kiran|PERSON]]?

User: auto masking. like if i paste smth with a phone no or an aadhaar it should blur before sending. we built a small version for our team, regex + a NER model on [[Presidio|SOFTWARE]]. ppl love it for 2 weeks then forget to switch it on. if ur writing about this, find me on [[linkedin|SOFTWARE]] [[linkedin.com/in/sreelakshmi-nair-ds|URL]] or [[kaggle|SOFTWARE]] [[@sree_forecasts|SOCIAL_HANDLE]]. im from [[Thrissur|CITY]] originally btw, ppl always ask abt the accent. ok gtg standup""")

# 4. Japan - technical director at an indie game studio, Osaka - speech-to-text
T.append("""AI: Hello, thanks for joining today. Could you introduce yourself and your work?

User: Ah, yes, hello. My name is [[Takahashi Kenta|PERSON]], ah, family name first, so [[Kenta|PERSON]] is the given name. I am [[technical director|JOB_TITLE]] at a small indie studio, [[Hoshizora Games|ORGANIZATION]], in [[Osaka|CITY]], near [[Namba|CITY]]. We are only, um, eleven people. Before that I was at [[Cap Com|ORGANIZATION|misheard_name]] for, ah, seven years, programmer for the console titles. I studied at [[HAL Osaka|SCHOOL]]. I am [[thirty-eight|AGE|age_in_words]] years old.

AI: Thank you, [[Kenta|PERSON]]. What does your team use AI for?

User: Ah, so, many things, but carefully. Programming, I use [[GitHub Copilot|AI_PRODUCT]] inside [[Rider|SOFTWARE]], for the [[Unity|SOFTWARE]] code. For English and, um, Chinese localization we use [[DeepL|AI_PRODUCT]] first, then [[ChatGPT|AI_PRODUCT]] to check nuance, then a human, [[our translator|GENERIC_ROLE]] [[Emily Rhodes-Sato|PERSON]], she lives in [[Kobe|CITY]], she fixes everything. For art, ah, this is sensitive. Our [[art lead|JOB_TITLE]], [[Mori Yui|PERSON]], does not allow [[Stable Diffusion|AI_PRODUCT]] in the pipeline. Never.

AI: Why is that so important to her?

User: Ah, because, um, in [[twenty twenty-three|DATE|date_in_words]], when we announced our second game, someone on [[Twitter|SOFTWARE]] said our key visual was AI. It was not. [[Mori|PERSON]]-san drew it by hand, four weeks. She got many bad messages, very bad. After that we decided, um, we publish process videos of every artwork. And the voice actors, the [[Japan Actors Union|ORGANIZATION]], asked us to sign a no voice cloning promise. We agreed, no problem.

AI: Where do you publish those process videos?

User: On [[YouTube|SOFTWARE]], and on my own, ah, my itch page, [[kenta-t.itch.io|URL]]. If researchers want contact, the email is [[kenta dot t at hoshizora hyphen games dot jp|OBF_EMAIL|spoken_email]], or my mobile, [[zero nine zero, four four one seven, two eight six three|OBF_PHONE|spoken_digits]]. Ah, maybe don't put the mobile [laughs].

AI: Are there worries about AI in your personal life too?

User: Hmm. My son, [[Sora|PERSON|name_is_word]], ah, same name as the [[OpenAI|ORGANIZATION]] video thing, very confusing now. When he searches his name he gets only [[Sora|AI_PRODUCT|product_looks_like_person]] videos [laughs]. He is [[eight|AGE|age_in_words]]. My wife [[Haruka|PERSON]] is a [[nurse|JOB_TITLE]] at [[Osaka University Hospital|ORGANIZATION]], she thinks AI will help the paperwork there, she is more positive than me. I respect [[Kojima Hideo|PUBLIC_FIGURE]], he says AI is a tool, but for small people like us the risk is different.

AI: Last question: what would you like AI tools to do better for game developers?

User: Clear license, first. [[Unity Muse|AI_PRODUCT]], okay, they say trained on own data, but others, nobody knows. And for small studios in [[Japan|COUNTRY]], the [[Agency for Cultural Affairs|ORGANIZATION]] guideline was helpful, but it's long, ah, I asked [[ChatGPT|AI_PRODUCT]] to summarise it [laughs]. So, yes. Thank you.""")

# 5. Germany - architect and managing partner, Hamburg - typed chat
T.append("""AI: Hello and thank you for making time. Could you tell me about your work?

User: Hello! Yes. I am [[Friederike Hansen|PERSON]], [[46|AGE]], architect and [[managing partner|JOB_TITLE]] of [[Hansen Okafor Architekten|ORGANIZATION|org_looks_like_person]] in [[Hamburg|CITY]]. We are 14 people, the office is in [[Ottensen|CITY]] directly at the Elbe. I studied at [[Universität Stuttgart|SCHOOL]] and since [[2011|DATE]] I am partner together with [[Chidi Okafor|PERSON]]. We do mostly housing and schools, [[the clients|GENERIC_ROLE]] are cooperatives and the city.

AI: Thanks, [[Friederike|PERSON]]. Where does AI come into architecture work for you?

User: More than I expected, honestly. For the early phase of competitions we use [[Midjourney|AI_PRODUCT]] for mood images, never for the final renderings, those are in [[Enscape|SOFTWARE]]. Modelling is [[Archicad|SOFTWARE]] and [[Rhino|SOFTWARE]] with [[Grasshopper|SOFTWARE]]. For texts: competitions in [[Germany|COUNTRY]] want long Erläuterungsberichte (explanatory reports), I write a draft in German and let [[ChatGPT|AI_PRODUCT]] make it shorter, and [[DeepL|AI_PRODUCT]] when we have projects in [[Denmark|COUNTRY]]. [[Chidi|PERSON]] uses it for scripts in [[Grasshopper|SOFTWARE]], he says it saves him one day per week.

AI: Is there client or personal information in what you put into these tools?

User: Yes, and this is my bad conscience. For a renovation for the [[Baugenossenschaft Elbblick|ORGANIZATION]] we had the tenant list: who lives where, Frau [[Yılmaz|PERSON]] on the third floor with the wheelchair, Herr [[Brandt|PERSON]] who is [[91|AGE]], things like this, because the flats must be adapted. A young colleague, [[Lasse|PERSON]], put the whole [[Excel|SOFTWARE]] into [[ChatGPT|AI_PRODUCT]] to make a summary of "needs per flat". Technically very useful. Legally, with DSGVO, not good. Now we have a rule: only anonymised lists, "Whg. 3.2" instead of names. [[Lasse|PERSON]] was a bit offended, he is [[27|AGE]] and for him it is normal like using [[Google|ORGANIZATION]]. And I am not better: my tax consultant sent a letter with my Steuer-ID [[47 392 018 556|NATIONAL_ID|id_like_phone]] and I took a photo and asked [[ChatGPT|AI_PRODUCT]] what it means. My membership number in the [[Hamburgische Architektenkammer|ORGANIZATION]], [[A-04718|NATIONAL_ID]], is on every building application stamp anyway.

AI: What do your clients think about AI being used?

User: Very different. The cooperatives don't care. The city, the [[Behörde für Stadtentwicklung und Wohnen|ORGANIZATION]], asked in the last tender if we use "KI-generierte Visualisierungen" and we had to declare it. And private clients, haha, they want [[Alexa|AI_PRODUCT|product_looks_like_person]] in every room and ask if the house can be "smart". One client, Dr. [[Matthias Kröger|PERSON]], a [[dentist|JOB_TITLE]] in [[Blankenese|CITY]], sent me floor plans made by some app and asked why we need 8 weeks when the AI needs 8 seconds. [[Zaha Hadid|PUBLIC_FIGURE]] would have thrown him out.

AI: That's quite a comparison. What worries you most?

User: That the young people don't learn to draw by hand and think in space. My daughter [[Merle|PERSON]] is [[fifteen|AGE|age_in_words]] and wants to study architecture, she builds houses in [[Minecraft|SOFTWARE]] and asks [[ChatGPT|AI_PRODUCT]] about statics. And copyright: our competition entry for a school in [[Lüneburg|CITY]] was published by the [[BDA|ORGANIZATION|abbreviation]] and one month later we saw a very similar facade in an AI image on [[Pinterest|SOFTWARE]]. Nobody can prove anything.

AI: Is there anything else you'd like the researchers to know?

User: Only that we are not against it. If you want plans for the study write to me, [[f.hansen@hansen-okafor.de|EMAIL_ADDRESS]], or call the office, [[+49 40 3861 2290|PHONE_NUMBER]], we are at [[Große Elbstraße 145, 22767|ADDRESS]] [[Hamburg|CITY]]. But please no [[Midjourney|AI_PRODUCT]] copies of our buildings, haha.""")

# 6. Kenya - research scientist (field ecologist), near Nanyuki - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: Yes, hello, thank you. So, um, I'm Dr. [[Wanjiru Mwangi|PERSON]], I'm a [[research scientist|JOB_TITLE]], an ecologist, at [[Mpala Research Centre|ORGANIZATION]], it's near [[Nanyuki|CITY]]. I study Grevy's zebra, um, and also the, the predators, lions, hyenas, using camera traps. I did my PhD at [[University of Nairobi|SCHOOL]], finished in, um, [[twenty nineteen|DATE|date_in_words]]. And I'm [[forty-one|AGE|age_in_words]].

AI: Thank you, Dr. [[Mwangi|PERSON]]. How does AI fit into that work?

User: Oh, it has changed everything, honestly. We have around, um, one hundred and twenty camera traps, and every season that's maybe two million images. Before, I had students and [[the scouts|GENERIC_ROLE]] tagging, months and months. Now we run [[MegaDetector|AI_PRODUCT]] first, it removes the empty ones, the grass moving, and then [[Wildlife Insights|AI_PRODUCT]] for the species. Then analysis in [[RStudio|SOFTWARE]] and maps in [[QGIS|SOFTWARE]]. And [[ChatGPT|AI_PRODUCT]], yes, for grant writing, for the [[National Geographic Society|ORGANIZATION]] proposal [[last year|GENERIC_TIME]] I used it a lot for, for the English to be more, um, American [laughs].

AI: You mentioned [[the scouts|GENERIC_ROLE]]. Who else is involved in the fieldwork?

User: The community scouts are the heart. [[Lekishon|PERSON]], he's the, the [[head scout|JOB_TITLE]], he's Samburu, he knows every zebra by the stripes, honestly better than the AI. And Mama [[Nasieku|PERSON]], she runs the women's beadwork group in [[Il Ngwesi|CITY]], she helps us talk with the herders. And here is a problem: the camera traps capture people also. Herders, children with goats, sometimes, um, people who should not be there, you know, poachers maybe. And these images go to the cloud for the AI. Some faces are very clear. [[Lekishon|PERSON]]'s son is in hundreds of pictures [laughs].

AI: How do you handle the images with people in them?

User: Now we, um, we blur or delete before upload, there's a script [[my student|GENERIC_ROLE]] [[Brian Otieno|PERSON]] wrote, he's doing his masters at [[Dedan Kimathi University|SCHOOL]] in [[Nyeri|CITY]]. But it's not perfect. And the permit from [[NACOSTI|ORGANIZATION|abbreviation]], our research licence number is, um, [[NACOSTI/P/24/31877|NATIONAL_ID]], it says we must protect community data. Then the [[Kenya Wildlife Service|ORGANIZATION]] wants the poaching images, so there's tension. [[Brian|PERSON]] says we should ask [[the elders|GENERIC_ROLE]] first, and I think he's right.

AI: That's a real tension. Are there personal worries about AI for you?

User: Hmm. Personally, um, I worry [[the funders|GENERIC_ROLE]] will think we don't need people any more. [[The scouts|GENERIC_ROLE]]' jobs. And my son [[Baraka|PERSON|name_is_word]], he's [[twelve|AGE|age_in_words]], he uses [[ChatGPT|AI_PRODUCT]] for homework at [[Nanyuki Academy|SCHOOL]], [[his teacher|GENERIC_ROLE]] doesn't know [laughs]. [[Jane Goodall|PUBLIC_FIGURE]] said something like, technology won't save us if we don't care. I think about that a lot.

AI: Thank you, [[Wanjiru|PERSON]]. If we want to follow up, how can we reach you?

User: Email is, um, [[wanjiru dot mwangi dot eco at gmail dot com|OBF_EMAIL|spoken_email]], and phone is [[plus two five four, seven two two, four one eight, nine zero three|OBF_PHONE|spoken_digits]], but the network in [[Nanny Yuki|CITY|misheard_name]] is bad, so email is better. Also, um, my KRA PIN is on the consent form you sent, [[A009348127K|NATIONAL_ID]], I hope that one is not shared.""")

# 7. Mexico - investigative journalist, Guadalajara - typed chat
T.append("""AI: Hola! Thanks for joining. Can you tell me what you do?

User: hola :) soy [[Ximena Ruiz Cárdenas|PERSON]], [[periodista de investigación|JOB_TITLE]] at [[Mural|ORGANIZATION|org_is_word]] in [[Guadalajara|CITY]], before i was at [[Animal Político|ORGANIZATION]] in [[CDMX|CITY|abbreviation]]. i cover disappearances mostly, since [[2014|DATE]]. sorry for my english, is better speaking than writing

AI: Thank you, [[Ximena|PERSON]]. How does AI come into your reporting?

User: the biggest is transcription. i do interviews with families, 2-3 hours, before i spent nights transcribing. now i use [[Whisper|AI_PRODUCT]] on my laptop (local, not cloud, a friend set it up) and sometimes [[Pinpoint|AI_PRODUCT]] from [[google|ORGANIZATION]] to search in thousands of pdfs from the fiscalía. [[ChatGPT|AI_PRODUCT]] i use for headline ideas and for english when i pitch to [[The Guardian|ORGANIZATION]] or [[El País|ORGANIZATION]]. [[my editor|GENERIC_ROLE]] [[Memo|PERSON|nickname]] hates the headlines from [[chatgpt|AI_PRODUCT]] hahaha

AI: Why do you run [[Whisper|AI_PRODUCT]] locally instead of a cloud tool?

User: because of the sources. the mothers who search, they trust me with everything. for example señora [[Rocío Beltrán|PERSON]] from the [[Colectivo Raíces de Tlaquepaque|ORGANIZATION]], her son [[Iván|PERSON]] disappeared in [[2019|DATE]] when he was [[22|AGE]]. in the interview she says the names of the police, the address of the house where they took him, [[calle Hidalgo 318|ADDRESS]], [[Tlaquepaque|CITY]]... if that is on a server of a company in [[Estados Unidos|COUNTRY]] and somebody hacks it, people can die. literally. [[Article 19|ORGANIZATION]] gave us a training about this

AI: That's a serious risk. Have you had any close calls?

User: yes one. a colleague, [[Chuy|PERSON|nickname]] (he is [[photojournalist|JOB_TITLE]]), uploaded an audio to a free transcript app from his phone, and the app was... from who knows. in the audio a mother dictates her cell, [[33 1847 2290|PHONE_NUMBER|local_format]], so we told her and she changed number. and me, i asked [[chatgpt|AI_PRODUCT]] to help fill the form for the [[Mecanismo de Protección|ORGANIZATION]] (the federal program that protects journalists) so it has my CURP [[RUCX850612MJCZRM07|NATIONAL_ID]] and my RFC [[RUCX850612K47|NATIONAL_ID]]. stupid, i know

AI: How does your newsroom handle AI now?

User: [[Mural|ORGANIZATION]] made a policy [[this year|GENERIC_TIME]]: no names of victims or sources in any AI tool, and a note at the end if AI was used. [[Memo|PERSON]] is in charge of it. but [[the freelancers|GENERIC_ROLE]] in the regions, nobody trains them. my friend [[Lupita|PERSON|nickname]] in [[Lagos de Moreno|CITY]] works alone and uses every free app that exists, i worry for her

AI: Is there anything positive you'd highlight, [[Ximena|PERSON]]?

User: yes!! we used AI to match descriptions of tattoos from the forensic service ([[SEMEFO|ORGANIZATION]]) with what [[the families|GENERIC_ROLE]] described, and 3 families found their sons. that is real. [[Carmen Aristegui|PUBLIC_FIGURE]] did a program about it. if you want to follow my work im [[@xime_ruizc|SOCIAL_HANDLE]] on [[twitter|SOFTWARE]], and for sensitive things write me to [[xruiz arroba protonmail punto com|OBF_EMAIL|spanish_spelled]] lol i write it like that always by habit""")

# 8. Poland - postdoc in structural biology, Kraków - speech-to-text
T.append("""AI: Hello, thanks for joining. Could you introduce yourself?

User: Yes, hello. So, um, my name is [[Katarzyna Wróblewska|PERSON]], but please, [[Kasia|PERSON|nickname]]. I'm a [[postdoc|JOB_TITLE]] in structural biology at [[Jagiellonian University|SCHOOL]] in [[Kraków|CITY]], at the [[Małopolska Centre of Biotechnology|ORGANIZATION]]. Um, we study bacterial enzymes, how they break down plastics, PET mostly. I'm [[thirty-six|AGE|age_in_words]]. I came back to [[Poland|COUNTRY]] in [[twenty twenty|DATE|date_in_words]] after a [[postdoc|JOB_TITLE]] in [[Heidelberg|CITY]] at [[EMBL|ORGANIZATION]].

AI: Thank you, [[Kasia|PERSON]]. Just to check, is your surname spelled [[Rublevska|PERSON|misheard_name]]?

User: [laughs] No, no, it's [[Wróblewska|PERSON]], with W, everybody gets it wrong. So for AI, the biggest thing is [[AlphaFold|AI_PRODUCT]], obviously. Before, getting a structure was, like, a year of crystallography. Now we predict first and only crystallize the interesting mutants. Also [[ProteinMPNN|AI_PRODUCT]] for design. Then [[PyMOL|SOFTWARE]], [[GraphPad Prism|SOFTWARE]], the usual. And [[ChatGPT|AI_PRODUCT]] for, um, Python scripts and for writing. [[Demis Hassabis|PUBLIC_FIGURE]] got the Nobel for this, so, you know.

AI: How do you use [[ChatGPT|AI_PRODUCT]] for writing?

User: Mostly grant applications, for the [[NCN|ORGANIZATION|abbreviation]], the [[National Science Centre|ORGANIZATION]]. [[My boss|GENERIC_ROLE]], prof. [[Marek Zieliński|PERSON]], he's very traditional, he writes everything in [[Word|SOFTWARE]] and prints it [laughs]. I use [[ChatGPT|AI_PRODUCT]] for the English. But, um, one problem: unpublished sequences. We have a mutant that is really good, and we filed a patent with the [[Jagiellonian Centre of Innovation|ORGANIZATION]], application number [[P.441927|NATIONAL_ID|patent_number]]. And a student, [[Bartek|PERSON|nickname]], he pasted the sequence into [[ChatGPT|AI_PRODUCT]] to check codon optimization. Before the patent was filed! Prof. [[Zieliński|PERSON]] was... not happy.

AI: What happened after that?

User: Nothing terrible, [[the lawyers|GENERIC_ROLE]] said probably not a disclosure, but now we have a rule, only local tools for sequences. We run [[Llama|AI_PRODUCT]] on our own server, [[Bartek|PERSON]] set it up actually, so he fixed his own mistake [laughs]. And I was also careless, um, for the [[ZUS|ORGANIZATION|abbreviation]] form for maternity leave I asked [[ChatGPT|AI_PRODUCT]] to help and I typed my PESEL, [[88071204562|NATIONAL_ID|id_like_phone]]. Eh. My ORCID is public anyway, [[0000-0002-7714-3098|NATIONAL_ID|orcid]].

AI: You mentioned maternity leave. How has AI affected balancing work and family?

User: Oh, honestly, it helped. When [[Zosia|PERSON|nickname]] was born, in [[March twenty twenty-two|DATE|date_in_words]], I was writing the paper at night, and [[ChatGPT|AI_PRODUCT]] helped me structure the discussion when my brain was... gone [laughs]. My husband [[Tomek|PERSON|nickname]] is a [[software engineer|JOB_TITLE]] at [[Comarch|ORGANIZATION]], he jokes that the baby co-authored the paper.

AI: What worries you most about AI in science?

User: Um, fake papers. Paper mills. I review for journals and I see text that is clearly generated, and images, Western blots that look, eh, too perfect. [[Elisabeth Bik|PUBLIC_FIGURE]] shows these all the time. And that young people trust [[AlphaFold|AI_PRODUCT]] too much, they forget it's a prediction. If you want to contact me it's, um, [[k dot wroblewska at uj dot edu dot pl|OBF_EMAIL|spoken_email]]. Thank you.""")

# 9. Philippines - songwriter and session guitarist, Cebu City - typed chat (Taglish)
T.append("""AI: Hi! Thanks for joining. Could you tell me a little about your work?

User: hello po! im [[Maria Joy Villanueva|PERSON]] but just [[Joy|PERSON|name_is_word]] 😊 [[27|AGE]] y/o, [[songwriter|JOB_TITLE]] and [[session guitarist|JOB_TITLE]] here in [[Cebu City|CITY]]. i also teach guitar on [[weekends|GENERIC_TIME]] at [[Yamaha Music School Cebu|SCHOOL]]. main income tho is jingles and gigs with my band [[Lakbay|ORGANIZATION|org_is_word]]

AI: Nice to meet you, [[Joy|PERSON]]. How does AI show up in your music work?

User: grabe a lot na. for demos i use [[BandLab|SOFTWARE]] and [[Logic Pro|SOFTWARE]], for separating stems from old recordings i use [[Moises|AI_PRODUCT|product_looks_like_person]] (its an app not a person haha). for lyrics in english i ask [[ChatGPT|AI_PRODUCT]] to check grammar coz my first language is cebuano. but the scary one is [[Suno|AI_PRODUCT]]. last [[june|GENERIC_TIME]] an ad agency in [[Makati|CITY]], [[Lighthouse Creative|ORGANIZATION]], told me they made the demo for a [[Jollibee|ORGANIZATION]] regional jingle with [[Suno|AI_PRODUCT]] first and just want me to "make it human" for 5k pesos. ay nako

AI: How did you feel about that offer?

User: honestly insulted pero i took it kasi rent. my bandmate Kuya [[Boy|PERSON|name_is_word]] (real name [[Rogelio Tan|PERSON]], our [[drummer|JOB_TITLE]]) said dont take it, it sets the price for everyone. he is [[51|AGE]] na, played in every hotel band in [[Mactan|CITY]] for like 30 years, he doesnt even use [[gcash|SOFTWARE]] lol but he understands the business more than me

AI: Are there other ways personal information ends up in these tools?

User: oo actually. for the jingle contract the agency asked my TIN and FILSCAP no. so i asked [[chatgpt|AI_PRODUCT]] to make my invoice template and put them inside: TIN [[412-587-903-000|NATIONAL_ID]], FILSCAP member no. [[2019-04417|NATIONAL_ID|id_like_date]], my address [[Blk 7 Lot 12 Villa Teresa Subd.|ADDRESS]], [[Talisay|CITY]], and my [[gcash|SOFTWARE]] which is also my cp [[0917 552 8834|PHONE_NUMBER|local_format]]. now [[chatgpt|AI_PRODUCT]] knows more about me than my mama in [[Dubai|CITY]] hahaha

AI: You mentioned your mother in [[Dubai|CITY]]. Does your family have views on AI?

User: yes she works as [[caregiver|JOB_TITLE]] there since [[2015|DATE]]. she sends me those AI videos of [[Manny Pacquiao|PUBLIC_FIGURE]] singing lol she thinks its real. my younger bro [[Migs|PERSON|nickname]] studies IT at [[USC|SCHOOL|abbreviation]] ([[san carlos|SCHOOL]] not california haha) and he says ill be replaced by [[suno|AI_PRODUCT]] in 2 yrs 😭

AI: Last question, [[Joy|PERSON]]: what would you want AI companies to hear from musicians like you?

User: pay us when you train on our songs. and put a label when music is AI. in the [[Philippines|COUNTRY]] there's no law yet pero sana. and please dont teach [[Suno|AI_PRODUCT]] to sing in Cebuano, leave us something hahaha. AI cant do the [[sunday|GENERIC_TIME]] crowd at the bar where we play anyway. [[Taylor Swift|PUBLIC_FIGURE]] wrote her first songs alone as a teenager right? thats the human part. if you want to hear my stuff: tiktok [[@joyvmusic|SOCIAL_HANDLE]] or email [[joyvillanueva.music (at) yahoo (dot) com|OBF_EMAIL|bracketed_at_dot]], i dont post my real email straight anymore coz of spam bots. salamat po!""")

# 10. France - crime novelist and part-time teacher, Lyon - speech-to-text
T.append("""AI: Bonjour, and thank you for joining. Could you tell me about your work?

User: Bonjour. Yes, so, euh, I am [[Hélène Marchetti|PERSON]], I write crime novels, polars we say, I have published nine, the first in, euh, [[two thousand eleven|DATE|date_in_words]]. I live in [[Lyon|CITY]], in the [[Croix-Rousse|CITY]]. My publisher is [[Éditions Liana Levi|ORGANIZATION|org_looks_like_person]] in [[Paris|CITY]]. I am also [[part-time French teacher|JOB_TITLE]] at the [[Lycée Ampère|SCHOOL]], because, you know, novels don't pay the rent [laughs]. I am [[fifty-two|AGE|age_in_words]].

AI: Thank you, [[Hélène|PERSON]]. How does AI come into your writing life?

User: Euh, carefully. I use [[Claude|AI_PRODUCT|product_looks_like_person]], the AI, for research. For example how a poison works, how long before, euh, the police find something. And [[Antidote|SOFTWARE]] for grammar, and [[Scrivener|SOFTWARE]] to write. The funny thing: [[my translator|GENERIC_ROLE]] for the English editions is also called [[Claude|PERSON|name_is_product]], [[Claude Bénichou|PERSON]], he lives in [[Montréal|CITY]]. So at home my husband [[Jean-Marc|PERSON]] says "[[Claude|PERSON]] the man" and "[[Claude|AI_PRODUCT]] the machine" [laughs]. He is a retired [[gendarme|JOB_TITLE]], he does not trust either.

AI: That must be confusing. Do you share your manuscripts with AI tools?

User: Never the full manuscript. [[My editor|GENERIC_ROLE]], [[Anne-Sophie|PERSON]] at [[Liana Levi|ORGANIZATION]], made me promise. Because, euh, many books of French authors were in the pirate datasets, and [[Meta|ORGANIZATION]] used them for training. The [[SGDL|ORGANIZATION|abbreviation]] sent us a letter about it. But I confess, euh, I paste scenes. Small ones. When a dialogue sounds false I ask the machine, not to rewrite, to criticize.

AI: Is any real person's information in those scenes?

User: Hmm, yes, sometimes, that is the problem with crime novels. My consultant is a friend, [[Rachid Benali|PERSON]], he is [[commandant de police|JOB_TITLE]] in [[Villeurbanne|CITY]]. He tells me real cases, with changed names, but not always changed enough. And once I wrote a scene with the real address of my neighbour, [[14 rue d'Austerlitz|ADDRESS]], because I loved the staircase, and I pasted it. Madame [[Fontaine|PERSON]] would kill me [laughs]. Also, as an author I am with the [[URSSAF|ORGANIZATION]], and I asked [[ChatGPT|AI_PRODUCT]] to explain a letter, with my numéro de sécurité sociale inside, [[2 72 05 69 388 041 27|NATIONAL_ID|id_like_phone]]. Bêtise.

AI: Have readers or the literary world reacted to AI?

User: At [[Key du Polar|ORGANIZATION|misheard_name]], sorry, [[Quais du Polar|ORGANIZATION]], the festival here in [[Lyon|CITY]], [[last spring|GENERIC_TIME]] there was a debate, very heated. [[Fred Vargas|PUBLIC_FIGURE]] was not there but everyone quoted her. A young author said he writes with AI and people booed. And my son [[Théo|PERSON]], he is [[nineteen|AGE|age_in_words]], at [[Sciences Po Lyon|SCHOOL]], he says I am a dinosaur.

AI: What would you want AI companies to understand about writers?

User: That a voice takes twenty years. You cannot take it in one night. And, euh, pay. If the researchers want to contact me, my email is [[helene point marchetti arobase orange point fr|OBF_EMAIL|french_spelled]], or my phone, [[zéro six, douze, quarante-huit, trente-sept, quatre-vingt-quinze|OBF_PHONE|french_words]]. Voilà.""")

# 11. South Korea - webtoon artist, Seoul - typed chat
T.append("""AI: Hi, thanks for joining. Can you tell me about your work?

User: hi~ im a [[webtoon artist|JOB_TITLE]] in [[Seoul|CITY]]. real name [[Park Ji-woo|PERSON]] but readers know me as [[Dalbit|PERSON|pen_name]]. i draw a romance-fantasy series on [[Naver Webtoon|ORGANIZATION]], weekly, 70 panels per episode 🥲 im [[29|AGE]] (international age, [[30|AGE]] in korean age lol). studio is a small office in [[Mapo-gu|CITY]] with 2 assistants

AI: Seventy panels a week is a lot. What tools do you use, and where does AI come in?

User: [[Clip Studio Paint|SOFTWARE]] for everything, [[SketchUp|SOFTWARE]] for 3D backgrounds. AI..... this is sensitive in [[korea|COUNTRY]]. readers boycotted webtoons that used AI, so i would never say publicly i use it. but honestly: i use [[Papago|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] to translate fan letters from english and indonesian readers, and for notes for the english version on [[LINE Webtoon|ORGANIZATION]]. for drawing zero. my assistant [[Min-seo|PERSON]] uses an AI upscaler for old panels, i told her ok only for that

AI: Why is it so sensitive among readers?

User: because of what happened with [[Kim Jung Gi|PUBLIC_FIGURE]] sonsaengnim... after he passed away someone trained a model on his style in like 3 days. artists were so angry. readers think AI = stealing. my PD [[Kim Hye-jin|PERSON]] told me if one panel looks AI the comments will destroy me. even my mom who runs a tteokbokki shop in [[Suwon|CITY]] asks "you dont use the AI right?"

AI: Does any personal information go into the tools you use?

User: hmm... the contract! the platform contract is all korean legal language so i put it in [[chatgpt|AI_PRODUCT]] to understand the revenue share, and my resident registration number [[950814-2176543|NATIONAL_ID]] was in it + the business registration no. of my studio [[214-86-39027|NATIONAL_ID|id_like_phone]]. [[Kim|PERSON]] PD-nim said never do that again ㅠㅠ also fan letters have names, emails... one girl from [[Jakarta|CITY]] wrote me her whole life story and her [[instagram|SOFTWARE]] and i translated it with [[papago|AI_PRODUCT]] without thinking

AI: How do you feel about AI's future in webtoons?

User: platforms want more episodes faster. [[Kakao|ORGANIZATION]] is testing AI coloring i heard. if it becomes normal, [[the assistants|GENERIC_ROLE]] lose jobs first. [[Min-seo|PERSON]] is [[24|AGE]], she graduated from [[Hongik University|SCHOOL]] [[last year|GENERIC_TIME]], she is so talented... i feel responsible for her

AI: What would help artists like you and [[Min-seo|PERSON]]?

User: a clear law that platforms must tell readers. and an opt-out from training that actually works. if you want to see my work: insta [[@dalbit_draws|SOCIAL_HANDLE]], business email [[jiwoo.park.art@naver.com|EMAIL_ADDRESS]]. plz dont share my phone lol [[010-7342-9185|PHONE_NUMBER]] oops i typed it anyway 😅""")

# 12. Egypt - lecturer in obstetrics and trial PI, Alexandria - speech-to-text
T.append("""AI: Hello, thank you for joining us. Could you tell me about your work?

User: Yes, hello, thank you. Um, I'm Dr. [[Nourhan El-Sayed|PERSON]], I'm a [[lecturer of obstetrics and gynecology|JOB_TITLE]] at [[Alexandria University|SCHOOL]], Faculty of Medicine, and I'm the, um, [[principal investigator|JOB_TITLE]] of a clinical trial on gestational diabetes at [[El Shatby Hospital|ORGANIZATION]] here in [[Alexandria|CITY]]. I'm [[thirty-three|AGE|age_in_words]]. I did my master's here and then a research fellowship in [[Manchester|CITY]] in [[twenty twenty-one|DATE|date_in_words]].

AI: Thank you, Dr. [[El-Sayed|PERSON]]. How do you use AI in your research?

User: Um, many ways. For the literature I use [[Consensus|AI_PRODUCT|product_is_word]] and [[Elicit|AI_PRODUCT]] to find papers quickly. For writing, [[ChatGPT|AI_PRODUCT]], especially for the English of the protocol and the ethics submissions. The data we collect in [[REDCap|SOFTWARE]] and the analysis is in [[SPSS|SOFTWARE]]. My husband [[Karim|PERSON]], he's a [[petroleum engineer|JOB_TITLE]], he taught me some tricks with [[ChatGPT|AI_PRODUCT]] for [[Excel|SOFTWARE]] formulas [laughs].

AI: Does patient information ever come close to these tools?

User: This is, um, my biggest fear honestly. One of [[our residents|GENERIC_ROLE]], Dr. [[Youssef|PERSON]], he pasted a discharge summary into [[ChatGPT|AI_PRODUCT]] to make a, a, a simple summary for the patient. It had her name, [[Om Ahmed|PERSON|kunya]] we call her on the ward, her full name [[Samah Abdel-Aziz|PERSON]], her file number [[SHT-2023-0419|NATIONAL_ID]], and her national ID, [[28806150201394|NATIONAL_ID]], fourteen digits, all there. We stopped it and reported to the ethics committee. Now in our trial everyone is only a code.

AI: How did your team respond after that?

User: We made a training. Prof. [[Hisham Fawzy|PERSON]], he is [[head of department|JOB_TITLE]], he was very strict, he said if it happens again [[the resident|GENERIC_ROLE]] goes to the [[Egyptian Medical Syndicate|ORGANIZATION]]. And honestly I also had to look at myself, because I used [[ChatGPT|AI_PRODUCT]] to fill my syndicate renewal, with my registration number, [[187342|NATIONAL_ID]]. Small things, but they add up.

AI: Are there ways AI has helped your patients directly?

User: Yes, um, actually. Many of our patients come from villages, from [[Kafr El Dawwar|CITY]], from [[Abu Hummus|CITY]], some cannot read well. We made voice messages in Egyptian Arabic about diet, [[ChatGPT|AI_PRODUCT]] helps with the script and our [[nurse educator|JOB_TITLE]], [[Shaimaa|PERSON]], records them. We send them on [[WhatsApp|SOFTWARE]]. The women love it. [[Magdi Yacoub|PUBLIC_FIGURE]] said once that medicine is about dignity, I think of that.

AI: That's a lovely example. Is there anything else you'd want the researchers to know, [[Nourhan|PERSON]]?

User: Um, just that in [[Egypt|COUNTRY]] we need our own rules, not only copy from [[Europe|CONTINENT]]. If you need me, the email is [[nourhan dot elsayed at alexmed dot edu dot eg|OBF_EMAIL|spoken_email]], or mobile, [[zero one zero, two seven six four, three three eight one|OBF_PHONE|spoken_digits]]. Oh, and the transcript may write [[Shut Bee|ORGANIZATION|misheard_name]] hospital, it's [[Shatby|ORGANIZATION]] [laughs].""")

# 13. Argentina - R&D engineer at a tractor maker, Córdoba - typed chat
T.append("""AI: Hi! Thanks for taking part. Can you tell me about your job?

User: hola! sure. im [[Facundo Paredes|PERSON]], [[facu|PERSON|lowercase_name]] for everyone jaja. [[R&D engineer|JOB_TITLE]] at [[Pauny|ORGANIZATION]], we make tractors, the plant is in [[Las Varillas|CITY]] but i live in [[Córdoba|CITY]] capital and go 3 days a week (2.5 hours each way 😩). im [[31|AGE]], studied mechanical at [[UTN Córdoba|SCHOOL]]

AI: Thanks, [[Facundo|PERSON]]. What does AI do in your work?

User: mostly code and docs. i write control software for the hydraulic systems in [[MATLAB|SOFTWARE]] / [[Simulink|SOFTWARE]], and [[Copilot|AI_PRODUCT]] helps a lot with the boring parts. CAD is [[SolidWorks|SOFTWARE]], no AI there really. [[ChatGPT|AI_PRODUCT]] and [[Perplexity|AI_PRODUCT]] for looking up norms, ISO stuff, and to write emails in english to the suppliers in [[Italy|COUNTRY]] and [[China|COUNTRY]]

AI: Is there anything you're careful not to put into those tools?

User: drawings. posta. we have a patent pending for a new hitch system, me and [[Mercedes|PERSON|person_looks_like_org]] (yes like the car lol, and she is from [[Mercedes|CITY]] in buenos aires province so double jaja). the INPI application is [[AR20230102847|NATIONAL_ID|patent_number]]. [[my boss|GENERIC_ROLE]], el Ing. [[Ruiz|PERSON]], caught [[santi|PERSON|lowercase_name]] pasting a hydraulic schematic into [[chatgpt|AI_PRODUCT]] and almost killed him. now we have a company account with no training, but ppl still use personal ones from the phone

AI: What about your own personal data?

User: jaja ok confession. im also monotributista for some consulting, and i asked [[chatgpt|AI_PRODUCT]] to help with the [[AFIP|ORGANIZATION]] form and pasted my CUIT [[20-33874205-7|NATIONAL_ID]] and DNI [[33.874.205|NATIONAL_ID]]. also my home address for a delivery complaint, [[Av. Colón 2350, 4° B|ADDRESS]], barrio [[Alberdi|CITY]]. my girlfriend [[Agus|PERSON|nickname]] says i am too trusting, she is a [[lawyer|JOB_TITLE]] at [[Grupo Arcor|ORGANIZATION]] so she reads every terms of service lol

AI: How do your colleagues feel about AI?

User: the older guys dont care, the younger ones love it. the worry is more about the country: [[Milei|PUBLIC_FIGURE]] cut a lot from [[CONICET|ORGANIZATION]] and the universities, so some ppl say companies will use AI instead of hiring engineers. my cousin [[Ezequiel|PERSON]] is a [[researcher|JOB_TITLE]] at [[CONICET|ORGANIZATION]] in [[Bariloche|CITY]] and hes thinking of moving to [[Spain|COUNTRY]]

AI: What would you like AI tools to do better for engineers like you, [[Facu|PERSON]]?

User: run local!! if i could have a good model inside our servers, no cloud, [[my boss|GENERIC_ROLE]] would let us use it for drawings. also better with units and tolerances, [[chatgpt|AI_PRODUCT]] invents numbers sometimes and thats dangerous with hydraulics. anyway if you want to talk more my cel is [[+54 9 351 648-2290|PHONE_NUMBER]] or [[facuparedes.ing@gmail.com|EMAIL_ADDRESS]]. abrazo!""")

# 14. Vietnam - freelance brand designer, Da Nang - speech-to-text
T.append("""AI: Hello, thank you for joining. Can you tell me about what you do?

User: Dạ, hello. Um, my name is [[Nguyễn Thu Hà|PERSON]], you can call me [[Hà|PERSON]]. I'm a [[freelance brand designer|JOB_TITLE]] in [[Đà Nẵng|CITY]]. I design, um, logos, menus, signage, mostly for hotels and restaurants in [[Hội An|CITY]] and here. I studied at [[Đà Nẵng University of Architecture|SCHOOL]], graduated, um, in [[twenty eighteen|DATE|date_in_words]].

AI: Thank you, [[Ha|PERSON|no_diacritics]]. What tools do you use, and where does AI come in?

User: Um, [[Adobe Illustrator|SOFTWARE]] is main, and [[Canva|SOFTWARE]] when [[the client|GENERIC_ROLE]] wants to edit by themselves. For AI, I use [[Midjourney|AI_PRODUCT]] for moodboards, and [[Leonardo|AI_PRODUCT|product_looks_like_person]] for, um, textures, paper texture, bamboo. [[ChatGPT|AI_PRODUCT]] I use for the English in proposals, because [[the clients|GENERIC_ROLE]] are, um, foreign managers, from [[Australia|COUNTRY]], from [[Korea|COUNTRY]]. Last project was for, um, [[InterContinental Danang|ORGANIZATION]], the spa menu.

AI: How do clients feel about AI in design?

User: Um, different. At the big hotel, their [[marketing manager|JOB_TITLE]], Mr. [[Daniel Kowalczyk|PERSON]], he asked me directly, did you use AI for the logo? I said only for moodboard, he was okay. But the small café owners, um, they say why pay you, I can do it in [[Canva|SOFTWARE]]. One owner, chị [[Lan|PERSON]], she has a café in [[An Thượng|CITY]], she made her logo with AI and it had, um, six fingers on the hand holding the coffee [laughs]. Then she came back to me.

AI: Does any personal information go into the AI tools?

User: Hmm, yes, um, for invoices. Foreign hotels want a contract with my CCCD, the citizen ID, [[048196003721|NATIONAL_ID|id_like_phone]], and my tax code, and I asked [[ChatGPT|AI_PRODUCT]] to make the contract in English and put everything inside. Also, um, clients contact me on [[Zalo|SOFTWARE]], my number is [[zero nine oh five, three one eight, seven four two|OBF_PHONE|spoken_digits]], it's on every menu I design [laughs].

AI: Is anyone else in your life affected by AI?

User: My brother, [[Tuấn|PERSON]], he's a [[tour guide|JOB_TITLE]] in [[Hội An|CITY]], he worries the translation apps take his job. And my daughter, we call her [[Bông|PERSON|nickname]], she's [[four|AGE|age_in_words]], she talks to the, um, the [[Google Assistant|AI_PRODUCT]] at home, asks it to sing. I don't know if good or bad [laughs].

AI: What would you like AI to do better for designers in [[Vietnam|COUNTRY]]?

User: Understand Vietnamese fonts [laughs]. The diacritics, the tools always break them. And, um, respect for small designers. My portfolio is on [[Behance|SOFTWARE]], [[behance dot net slash thuha dot design|URL|spoken_url]], people can see I draw by hand first. Thank you.""")

# 15. Turkey - documentary director and editor, Izmir - typed chat
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: merhaba! im [[deniz aydoğan|PERSON|lowercase_name]], [[35|AGE]], [[documentary director and editor|JOB_TITLE]] based in [[İzmir|CITY]]. i have a small production company with my partner [[Elif Şahin|PERSON]], [[Kuzey Film|ORGANIZATION]]. we make docs for tv and festivals, the last one was shown at [[Documentarist|ORGANIZATION|org_is_word]] in [[istanbul|CITY]] and won a small prize at [[Altın Portakal|ORGANIZATION]] in [[Antalya|CITY]] 🍊

AI: Congratulations, [[Deniz|PERSON]]. What was that film about, and did AI play a role in making it?

User: thanks :) it was about the earthquake, [[february 2023|DATE]], in [[Antakya|CITY]]. my great aunt [[Nuriye|PERSON]] nine (nine = like grandma in turkish lol, not the number) survived, she is the main character. AI roles: [[Descript|AI_PRODUCT]] for transcripts of 60+ hours of interviews, [[DaVinci Resolve|SOFTWARE]] for the edit with its AI masking, [[ChatGPT|AI_PRODUCT]] for the first english subtitles. we also tested [[ElevenLabs|AI_PRODUCT]] for an english voiceover but [[Elif|PERSON]] said no, too fake, and it was her voice they would clone lol

AI: Did personal information from the survivors go into these tools?

User: yes a lot and im not proud. in the transcripts people say their full names, their address before the quake, which relatives died, names of children. [[Descript|AI_PRODUCT]] is cloud. one man, [[Hüseyin Karaca|PERSON]], he was a [[baker|JOB_TITLE]] in [[Defne|CITY]], tells how he found his son under the building at [[Cumhuriyet Mah. 14. Sok. No:7|ADDRESS]]... all of that sitting on a server in the [[US|COUNTRY]]. after, we deleted the projects but who knows. for the next film we use local [[whisper|AI_PRODUCT]], [[Barış|PERSON|name_is_word]] our [[cinematographer|JOB_TITLE]] set it up on a pc in the office

AI: What about your own personal data?

User: hmm for the grant from the [[Kültür ve Turizm Bakanlığı|ORGANIZATION]] (ministry of culture) i asked [[chatgpt|AI_PRODUCT]] to fill parts of the application, with my TC kimlik no [[38217459062|NATIONAL_ID|id_like_phone]] and the company tax no inside. my phone [[0532 417 26 83|PHONE_NUMBER|local_format]] is on every festival form anyway lol. honestly i think festival databases leak more than [[chatgpt|AI_PRODUCT]]

AI: How do other filmmakers around you feel about AI?

User: divided. older generation hates it. my teacher from [[Dokuz Eylül|SCHOOL]], [[Kemal|PERSON]] hoca, says AI will kill documentary because you cant trust any image anymore. [[Nuri Bilge Ceylan|PUBLIC_FIGURE]] said something similar in an interview. younger ones use [[Runway|AI_PRODUCT]] for everything, even "reconstructing" archive footage, which for documentary is... ethically a disaster

AI: What would you like to see from AI tools for documentary makers?

User: a proper offline mode, and watermarks on generated footage. and turkish transcription that understands the hatay accent lol. my work: [[vimeo.com/denizaydogan|URL]], instagram [[@kuzeyfilm|SOCIAL_HANDLE]]. görüşürüz!""")

# 16. Indonesia - lecturer in marine science (coral restoration), Makassar - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: Yes, selamat siang. Um, my name is [[Rahmawati Syamsuddin|PERSON]], [[the students|GENERIC_ROLE]] call me Ibu [[Rahma|PERSON]]. I'm a [[lecturer in marine science|JOB_TITLE]] at [[Universitas Hasanuddin|SCHOOL]] in [[Makassar|CITY]], we say [[un has|SCHOOL|misheard_name]]. I do coral reef restoration, mostly around the island [[Barrang Lompo|CITY]]. I'm [[thirty-nine|AGE|age_in_words]].

AI: Thank you, Ibu [[Rahma|PERSON]]. How does AI come into your work?

User: AI is new for us, but useful. Um, we take thousands of underwater photos of the reef, the quadrats, and before, [[the students|GENERIC_ROLE]] counted the coral by hand. Now we use [[CoralNet|AI_PRODUCT]], it classifies, um, the coral types automatically. Drone maps of the reef flat we process in [[Pix4D|SOFTWARE]]. And [[ChatGPT|AI_PRODUCT]] for, yes, English for papers, reviewers always complain about our English. We also work with [[Mars|ORGANIZATION|org_is_word]], the chocolate company, they have a big restoration project at [[Bontosua|CITY]] island.

AI: Who else works with you on the reefs?

User: [[The fishermen|GENERIC_ROLE]], mostly. Daeng [[Sila|PERSON]], he's the, um, [[boat captain|JOB_TITLE]], he has been diving there forty years without any equipment. Pak [[Andi Baso|PERSON]], he's the [[village head|JOB_TITLE]] of [[Barrang Lompo|CITY]]. And my students, [[Fadli|PERSON]] and [[Nur|PERSON]]. [[Fadli|PERSON]] is very good with the AI, he trained the model with our local species. Um, the problem is, the photos sometimes have [[the fishermen|GENERIC_ROLE]]'s faces, and the boats with names and registration numbers, and everything goes to the server in the [[United States|COUNTRY]].

AI: Have you thought about what that means for them?

User: Honestly, um, not until the permit process. [[BRIN|ORGANIZATION|abbreviation]], the national research agency, they ask about data. I had to give my NIK, [[7371046208850003|NATIONAL_ID]], and my NIDN, the lecturer number, [[0917088501|NATIONAL_ID|id_like_phone]], and I asked [[ChatGPT|AI_PRODUCT]] to help fill the English form with those inside [laughs]. Afterwards I thought, ah, maybe not smart. And Daeng [[Sila|PERSON]], he doesn't know what is a server. I explained, he said, as long as the fish come back.

AI: How do you feel about the future of AI in your field?

User: Hopeful, honestly. Um, in [[Indonesia|COUNTRY]] we have so many reefs and so few scientists. [[Susi Pudjiastuti|PUBLIC_FIGURE]], the former minister, always said the sea is our future. My daughter [[Nabila|PERSON]], [[seven|AGE|age_in_words]] years, she wants to be a marine scientist too, she draws corals [[every day|GENERIC_TIME]]. I want her to have the tools.

AI: Is there a way we can reach you for follow-up, Ibu [[Rahma|PERSON]]?

User: Yes, um, email is [[rahma dot syamsuddin at unhas dot ac dot id|OBF_EMAIL|spoken_email]], or [[WhatsApp|SOFTWARE]] [[zero eight one two, four two five six, seven seven three one|OBF_PHONE|spoken_digits]]. Terima kasih.""")

# 17. Italy - film composer and conservatory teacher, Bologna - typed chat
T.append("""AI: Ciao! Thanks for joining. Can you tell me about your work?

User: ciao! [[Lorenzo Galli|PERSON]], [[44|AGE]], [[film composer|JOB_TITLE]], and i teach electroacoustic music at the [[Conservatorio G.B. Martini|SCHOOL]] in [[Bologna|CITY]]. mostly documentaries and indie films, some tv ads when i need money lol

AI: What does your setup look like, and where does AI fit?

User: [[Cubase|SOFTWARE]], orchestral libraries in [[Kontakt|SOFTWARE]], [[iZotope RX|SOFTWARE]] for cleaning dialogue. ai... i tried [[AIVA|AI_PRODUCT|product_looks_like_person]] and [[Udio|AI_PRODUCT]] out of curiosity. technically impressive, musically empty. i use [[ChatGPT|AI_PRODUCT]] for the boring stuff, cue sheets, emails to producers, grant texts for the [[Emilia-Romagna Film Commission|ORGANIZATION]]

AI: Has AI changed the kind of work you get offered?

User: yes. ads first. an agency in [[Milano|CITY]] told me in [[october|GENERIC_TIME]] [[the client|GENERIC_ROLE]] wants "something like [[udio|AI_PRODUCT]] but with a real composer signature". budget was 1/3. a director i work with for years, [[Marta Ferri|PERSON]], she stays with humans, her last film went to [[Biografilm|ORGANIZATION]] with my score. but [[the producers|GENERIC_ROLE]] push her every time

AI: Is personal information ever part of what you share with these tools?

User: the cue sheets for [[SIAE|ORGANIZATION]] have my member code and codice fiscale [[GLLLNZ80H14A944K|NATIONAL_ID]], i pasted one to check the format once. not a big deal i think? [[my students|GENERIC_ROLE]] are worse, they paste everything

AI: How do your students use AI?

User: they generate reference tracks with [[udio|AI_PRODUCT]] and then "orchestrate" them. one student, [[Giulia|PERSON]], asked me if its plagiarism. i said ask [[Ennio Morricone|PUBLIC_FIGURE]] lol (he would say yes). my son [[Pietro|PERSON]] is [[16|AGE]] and makes trap beats with AI, so also at home i lost the battle

AI: What would you like the researchers to take away?

User: that music isnt content. and pay for the training data. ok ciao, if needed: [[lorenzo.galli.music@libero.it|EMAIL_ADDRESS]]""")

# 18. South Africa - data editor at a news outlet, Durban - speech-to-text
T.append("""AI: Hi, thanks for joining. Could you tell me about your work?

User: Sure, hi. Um, I'm [[Thandeka Mkhize|PERSON]], I'm the [[data editor|JOB_TITLE]] at [[Daily Maverick|ORGANIZATION]], but I'm based in [[Durban|CITY]], not [[Cape Town|CITY]] where most of the newsroom is. I'm [[thirty-seven|AGE|age_in_words]]. I studied journalism at [[Rhodes|SCHOOL|school_looks_like_person]] and then a master's at [[UKZN|SCHOOL|abbreviation]]. I do, um, investigations with data, mostly municipalities, water, electricity, tenders.

AI: Thank you, [[Thandeka|PERSON]]. How does AI fit into that work?

User: Ja, so, um, a lot of our data comes as terrible PDFs from the [[eThekwini Municipality|ORGANIZATION]], scanned, tables upside down. I use [[Claude|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] to pull tables out, then I check everything by hand, because sometimes it invents a row. Charts in [[Datawrapper|SOFTWARE]], cleaning in [[Google Sheets|SOFTWARE]] and a bit of [[OpenRefine|SOFTWARE]]. For interviews, [[Otter|AI_PRODUCT|product_is_word]], but only for on-record ones.

AI: Why only on-record interviews?

User: Because of sources. We had a whistleblower in the water department, I'll just call him [[Sipho|PERSON]], which is, eish, actually his real first name [laughs], please cut that. He gave us a spreadsheet of tender payments with the ID numbers of the company directors, like [[8704150634081|NATIONAL_ID]], and South African IDs have the birth date inside, so you basically see everyone's age. My colleague [[Pieter van der Merwe|PERSON]] wanted to put the whole sheet into [[ChatGPT|AI_PRODUCT]] to find links between directors. I said no, we did it in a local notebook.

AI: Has AI ever caused a problem in a story?

User: Once, yes. [[A freelancer|GENERIC_ROLE]] used [[ChatGPT|AI_PRODUCT]] to summarise council minutes and it invented that a councillor, Mr. [[Bongani Dlamini|PERSON]], voted for a contract. He didn't. We had to publish a correction, and he phoned me on my cell, [[zero eight two, five five four, one nine seven zero|OBF_PHONE|spoken_digits]], very angry, and rightly so.

AI: Does AI show up in your personal life too?

User: [laughs] My son [[Lwazi|PERSON]], he's [[ten|AGE|age_in_words]], he asks [[Siri|AI_PRODUCT]] everything. And my gran, Gogo [[Zanele|PERSON]], she's in [[Umlazi|CITY]], she got a [[WhatsApp|SOFTWARE]] voice note that sounded exactly like me asking for money. AI voice! She almost sent two thousand rand. Thank God my sister [[Nomvula|PERSON]] was there. Now we have a family password [laughs]. [[Trevor Noah|PUBLIC_FIGURE]] did a whole joke about this, but it's not funny when it's your own granny.

AI: That's frightening. What would you like AI companies to do?

User: Um, detect voice cloning properly, and tools for journalists that run offline. And isiZulu transcription is still bad, fix that. People can follow my work at [[@thandeka_data|SOCIAL_HANDLE]], or email, um, [[thandeka at dailymaverick dot co dot za|OBF_EMAIL|spoken_email]]. Sharp.""")

# 19. Sweden - senior R&D engineer (battery systems), Gothenburg - typed chat
T.append("""AI: Hi, thanks for joining. Could you tell me about your work?

User: Hi. [[Oskar Lindqvist|PERSON]], [[senior R&D engineer|JOB_TITLE]] in battery thermal management at [[Volvo Cars|ORGANIZATION]] in [[Torslanda|CITY]], [[Göteborg|CITY]]. Been there since [[2012|DATE]], after my PhD at [[Chalmers|SCHOOL]].

AI: Thanks, [[Oskar|PERSON]]. How does AI fit into your work?

User: Less than people think. We have an internal assistant built on [[Azure OpenAI|AI_PRODUCT]] for code in [[MATLAB|SOFTWARE]] and to search internal docs. Simulation in [[COMSOL|SOFTWARE]], test data in [[CANoe|SOFTWARE]]. No public [[ChatGPT|AI_PRODUCT]] for anything with drawings or test data, that's basically a firing matter.

AI: Have you seen that rule tested?

User: Yes. [[A consultant|GENERIC_ROLE]] from [[Infosys|ORGANIZATION]] pasted a failure report into a public chatbot [[last year|GENERIC_TIME]], with cell supplier names, the test rig location and the names of the test drivers. He was gone in a week. My colleague [[Johanna|PERSON]], she's the [[test lead|JOB_TITLE]], had to call the drivers one by one.

AI: What about your own personal data?

User: Not much worry. [[Sweden|COUNTRY]] is a bit special, everything about you is public anyway, my personnummer [[830517-4492|NATIONAL_ID]], my salary, my address, anyone can look it up on [[Ratsit|ORGANIZATION]] lol. I worry more about patents: I'm inventor on [[EP 4 112 356|NATIONAL_ID|patent_number]] and I don't want a model reproducing the next one before we file. And my neighbours think electric cars are a [[Greta Thunberg|PUBLIC_FIGURE]] thing, so I don't talk about work at barbecues.

AI: How about at home, does AI come up?

User: My daughter [[Elsa|PERSON|character_name]] is [[9|AGE]], she uses AI in school, [[the teacher|GENERIC_ROLE]] allows it for English. My wife [[Sara|PERSON]] is a [[midwife|JOB_TITLE]] at [[Sahlgrenska|ORGANIZATION]] and thinks AI will never replace her lol. I was on parental leave when [[Elsa|PERSON]] was born in [[2016|DATE]], that's when I really learned Python, funny enough.

AI: Last question: what would you change about AI tools for R&D engineers?

User: Offline models good enough for engineering. And honesty about uncertainty, physics doesn't care about a confident tone. Reach me at [[oskar.lindqvist83@outlook.com|EMAIL_ADDRESS]] or [[070-482 19 33|PHONE_NUMBER|local_format]] if needed.""")

# 20. Ghana - pharmacist and research fellow (malaria trials), Kumasi - speech-to-text
T.append("""AI: Good afternoon, and thank you for joining. Could you tell me about your work?

User: Good afternoon. Um, yes, my name is Dr. [[Akosua Boatemaa Mensah|PERSON]], I'm a pharmacist by training and a [[research fellow|JOB_TITLE]] at [[KCCR|ORGANIZATION|abbreviation]], the [[Kumasi Centre for Collaborative Research|ORGANIZATION]], here in [[Kumasi|CITY]]. We run, um, malaria drug trials with [[Comfort Anokye|ORGANIZATION|misheard_name]], sorry, [[Komfo Anokye Teaching Hospital|ORGANIZATION]]. I am [[forty-four|AGE|age_in_words]]. I did my PhD at [[KNUST|SCHOOL|abbreviation]], finished in [[two thousand and fifteen|DATE|date_in_words]].

AI: Thank you, Dr. [[Mensah|PERSON]]. How does AI fit into the trial work?

User: Um, slowly, slowly. For data collection we use [[ODK|SOFTWARE]] on tablets and [[REDCap|SOFTWARE]], then analysis in [[Stata|SOFTWARE]]. For AI, I use [[ChatGPT|AI_PRODUCT]] to draft the, um, standard operating procedures, and [[NotebookLM|AI_PRODUCT]] to read the long protocol amendments from [[the sponsor|GENERIC_ROLE]]. And the young ones, [[the data managers|GENERIC_ROLE]], they use [[Copilot|AI_PRODUCT]] for their code. During [[the rainy season|GENERIC_TIME]] we have many more cases, so anything that saves time, we welcome it.

AI: Who do you work with most closely, and does their work touch AI?

User: Our [[study nurse|JOB_TITLE]], [[Comfort|PERSON|name_is_word]], [[Comfort Asante|PERSON]], she is the backbone. And the [[field workers|JOB_TITLE]], [[Grace Ofori|PERSON|name_is_word]] and Mr. [[Godsway Agbeko|PERSON]], they go to the villages, to [[Agogo|CITY]], to [[Ejisu|CITY]], to follow up the children. And here is the worry. [[Godsway|PERSON]] was recording visits as voice notes and sending them to a free app to transcribe, and in the notes he says the child's name, the mother's name, the house, like "[[Adwoa|PERSON]], [[five|AGE|age_in_words]] years, daughter of [[Abena Serwaa|PERSON]], near the Methodist church", and the participant ID, [[KAT-MAL-0217|NATIONAL_ID]]. With the ID and the name together, the whole point of the coding is lost. [[The monitor|GENERIC_ROLE]] from [[the sponsor|GENERIC_ROLE]] caught it. Now only the approved tablet.

AI: What about your own personal information?

User: [laughs] You know, to renew my licence with the [[Pharmacy Council|ORGANIZATION]], I used [[ChatGPT|AI_PRODUCT]] to write the cover letter, and I put my registration number, [[PC/2009/1174|NATIONAL_ID]], and my [[Ghana|COUNTRY]] Card number, [[GHA-718204593-6|NATIONAL_ID]]. Then my husband [[Yaw|PERSON]], he works in IT at [[MTN|ORGANIZATION]], he said, [[Akosua|PERSON]], why are you giving your [[Ghana|COUNTRY]] Card to the Americans? [laughs]. So I deleted the chat. I don't know if it is really deleted.

AI: How do you see AI affecting health research in [[Ghana|COUNTRY]]?

User: Hmm, I think it can help us a lot with the paperwork for [[the regulators|GENERIC_ROLE]], the [[Food and Drugs Authority|ORGANIZATION]], the ethics committees. But the models don't know our context. When I asked about dosing for our children it gave me, um, guidelines from [[Europe|CONTINENT]], which is not so useful in [[Africa|CONTINENT]]. [[Kofi Annan|PUBLIC_FIGURE]] used to say we must find our own solutions, something like that. We need our own data, but protected.

AI: Thank you, [[Akosua|PERSON]]. How can we reach you if we have follow-up questions?

User: Email, um, [[akosua dot mensah at kccr dot gh|OBF_EMAIL|spoken_email]], or my mobile, [[zero two four, four eight one, seven seven two nine|OBF_PHONE|spoken_digits]]. [[Thursdays|GENERIC_TIME]] are bad, we are at the clinic. Thank you.""")

# 21. Spain - 2D animator, Valencia - typed chat
T.append("""AI: Hola! Thanks for joining. Could you tell me a bit about your job?

User: holaa. im [[Nerea Castells|PERSON]], [[28|AGE]], [[2D animator|JOB_TITLE]] at [[Hampa Studio|ORGANIZATION]] in [[València|CITY]]. i do character animation for series and some commercials. studied fine arts at the [[UPV|SCHOOL|abbreviation]] and then a master in [[Barcelona|CITY]]. at the studio since [[2020|DATE]], i started in the pandemic from my bedroom lol

AI: Thanks, [[Nerea|PERSON]]. What tools do you use, and does AI come in?

User: [[Toon Boom Harmony|SOFTWARE]] all day, [[TVPaint|SOFTWARE]] for rough stuff, [[Blender|SOFTWARE]] for some 3D layouts. AI honestly very little in the studio, [[the directors|GENERIC_ROLE]] are against it and there was a big discussion [[last year|GENERIC_TIME]]. personally i use [[ChatGPT|AI_PRODUCT]] for emails in english with [[the producers|GENERIC_ROLE]] in [[France|COUNTRY]] and [[Canada|COUNTRY]], and i tried [[Cascadeur|AI_PRODUCT]] for 3D poses as reference. [[Runway|AI_PRODUCT]] i tested once and deleted

AI: What was the big discussion about?

User: [[a client|GENERIC_ROLE]] wanted AI in-betweens to make the episodes cheaper. [[my boss|GENERIC_ROLE]] said no, but it was close. the union, [[CCOO|ORGANIZATION|abbreviation]], did a meeting with all the animation studios of the city. [[Pau|PERSON|name_is_word]] (my boyfriend) is a [[background painter|JOB_TITLE]] at another studio and they already lost two people. everybody quotes [[Hayao Miyazaki|PUBLIC_FIGURE]] saying AI is "an insult to life itself", we have it as a sticker in the kitchen

AI: Has any personal information ended up in AI tools you've used?

User: yesss. my parents house in [[Paiporta|CITY]] flooded in the DANA, [[october 2024|DATE]], and i used [[chatgpt|AI_PRODUCT]] to write all the papers for the insurance, the [[Consorcio de Compensación de Seguros|ORGANIZATION]], and for the ayudas. i pasted everything: my fathers DNI [[20814637L|NATIONAL_ID]], my mothers name [[Amparo Puig Ferrer|PERSON]], the address [[Carrer de Sant Antoni 42, bajo|ADDRESS]], the photos... it helped SO much, the bureaucracy was insane. but yeah, it knows everything about my family now

AI: That sounds like a really hard time. How are your parents now?

User: better, thank you. my father [[Vicent|PERSON]] is [[67|AGE]], he was a [[ceramics painter|JOB_TITLE]] in [[Manises|CITY]] all his life, he says the mud was worse than any AI lol. my iaia [[Rosa|PERSON]] lived with us for 3 months. sorry, off topic!

AI: Not at all. What worries you most about AI in animation?

User: [[the juniors|GENERIC_ROLE]]. the entry jobs are in-betweens and clean-up, exactly what AI wants to do. if those disappear how do we learn? [[Sergio Pablos|PUBLIC_FIGURE]] said something like this too. anyway my reel is on [[vimeo.com/nereacastells|URL]] and insta [[@nerea.anima|SOCIAL_HANDLE]]. contact [[nerea.castells.anim@gmail.com|EMAIL_ADDRESS]] or [[whatsapp|SOFTWARE]] [[+34 622 81 47 39|PHONE_NUMBER]]. adeu!""")

# 22. Pakistan - assistant professor in human genetics, Lahore - speech-to-text
T.append("""AI: Hello, thank you for taking part. Could you tell me about your work?

User: Assalam-o-alaikum, yes. So, um, I'm Dr. [[Hira Rasheed|PERSON]], I'm an [[assistant professor|JOB_TITLE]] at the, um, [[Sam B|ORGANIZATION|misheard_name]], I mean the [[Centre of Excellence in Molecular Biology|ORGANIZATION]], in [[Lahore|CITY]]. I work on rare genetic disorders, mostly in families where cousin marriages are common, in [[Kasur|CITY]], [[Sheikhupura|CITY]], the villages around. I'm [[thirty-four|AGE|age_in_words]]. I did my PhD in [[Germany|COUNTRY]], in [[Tübingen|CITY]], and came back in [[twenty nineteen|DATE|date_in_words]].

AI: Thank you, Dr. [[Rasheed|PERSON]]. Where does AI come into your genetics work?

User: Um, mainly variant interpretation. We do exome sequencing, then [[GATK|SOFTWARE]] for variant calling, [[IGV|SOFTWARE]] to look at the reads. For the missense variants, whether they are damaging, we use [[AlphaMissense|AI_PRODUCT]] scores, and [[SpliceAI|AI_PRODUCT]]. And for literature and writing papers, [[ChatGPT|AI_PRODUCT]], and [[my students|GENERIC_ROLE]] use [[Elicit|AI_PRODUCT]]. [[My supervisor|GENERIC_ROLE]] from [[Tübingen|CITY]] jokes that I finally stopped writing "kindly" in emails because of [[ChatGPT|AI_PRODUCT]] [laughs].

AI: Does patient or family information go into these AI tools?

User: This is very, very important for us. [[The families|GENERIC_ROLE]] trust us, um, we draw the pedigree, who married whom, which children died. It's very sensitive, because of stigma, the marriage prospects of the sisters. Once a research assistant, [[Zainab|PERSON]], she typed a pedigree into [[ChatGPT|AI_PRODUCT]] to draw it nicely. With the names: the father [[Muhammad Aslam|PERSON]], the affected boy [[Bilal|PERSON]], [[six|AGE|age_in_words]] years, his sisters. And the family code from our register, [[CEMB-RD-1187|NATIONAL_ID]]. We had a long talk after that. Now only codes and symbols, no names.

AI: What about your own details?

User: [laughs] Everyone asks this. For the [[HEC|ORGANIZATION|abbreviation]] grant, the [[Higher Education Commission|ORGANIZATION]], the portal is so difficult, I asked [[ChatGPT|AI_PRODUCT]] to help fill the budget sheet and I pasted my CNIC, [[35202-8841765-2|NATIONAL_ID]]. My husband [[Usman|PERSON]], he's a [[cardiologist|JOB_TITLE]] at [[Mayo Hospital|ORGANIZATION]], he was very surprised that I, of all people, did that.

AI: How do you feel about AI's role in genetics in [[Pakistan|COUNTRY]]?

User: I'm hopeful but, um, the models are trained mostly on European genomes, so for our population many variants come out as uncertain significance. We need South Asian data, but collected with consent, properly. Dr. [[Abdus Salam|PUBLIC_FIGURE]], our Nobel laureate, said science is the common heritage of mankind. I like that, but the data must be shared fairly. In [[Ramadan|GENERIC_TIME]] we even do the family clinics after iftar [laughs].

AI: Thank you so much, Dr. [[Rasheed|PERSON]]. How can we reach you for follow-up?

User: Email, um, [[hira dot rasheed at cemb dot edu dot pk|OBF_EMAIL|spoken_email]], or [[zero three double zero, four four one, two nine eight seven|OBF_PHONE|spoken_digits]], please [[WhatsApp|SOFTWARE]] first, I'm in the lab [[most days|GENERIC_TIME]]. Allah Hafiz.""")

# 23. Chile - postdoctoral researcher in astronomy, La Serena - typed chat
T.append("""AI: Hi, thanks for joining. Could you tell me about your work?

User: hola! im [[Camila Fuentealba|PERSON]], [[postdoctoral researcher|JOB_TITLE]] in astronomy at [[Universidad de La Serena|SCHOOL]], in [[La Serena|CITY]] obviously jaja. i work on variable stars with data from the [[Vera C. Rubin Observatory|ORGANIZATION]] up on the mountain, and i do outreach in schools on [[weekends|GENERIC_TIME]]

AI: Thanks, [[Camila|PERSON]]. How does AI fit into your research?

User: in two ways. one is the "old" AI, machine learning classifiers for light curves, we train them ourselves in [[PyTorch|SOFTWARE]]. the other is the chatbots: [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] for code and english, and [[Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]]. honestly [[copilot|AI_PRODUCT]] writes half of my [[Astropy|SOFTWARE]] boilerplate now. [[my advisor|GENERIC_ROLE]] says we are becoming "prompt astronomers" lol

AI: Is there anything sensitive in what you give these tools?

User: not really from the science side, astro data is public eventually. the sensitive part is the admin. for my fondecyt application to [[ANID|ORGANIZATION|abbreviation]] i asked [[chatgpt|AI_PRODUCT]] to review my CV and it had my RUT [[17.482.330-K|NATIONAL_ID]], my address, everything. and the telescope night logs have the names of [[the operators|GENERIC_ROLE]] on shift, we paste logs to debug problems sometimes

AI: Who are the people around you in this work?

User: the team is very international: [[my advisor|GENERIC_ROLE]] is from [[Italy|COUNTRY]], the other postdocs from [[India|COUNTRY]] and [[Germany|COUNTRY]]. my partner [[Javi|PERSON|nickname]] is a [[telescope operator|JOB_TITLE]] at [[Cerro Tololo|ORGANIZATION]] so she does [[night shifts|GENERIC_TIME]], 8 days up, 6 days down. and my mom is in [[Vicuña|CITY|name_is_word]] in the elqui valley, she thinks i "talk to the robot" all day haha

AI: You mentioned outreach in schools. Does AI come up there?

User: yes!! the kids ask if AI will discover aliens. i tell them about [[Vera Rubin|PUBLIC_FIGURE]], the woman the observatory is named after, she found evidence of dark matter without any AI. that impresses them. and in [[South America|CONTINENT]] we have the best skies in the world, i want them to be the astronomers, not only the hosts of the telescopes

AI: What would you want from AI tools in the future?

User: honesty about errors, and cheaper access for latin american universities, the pro plans in dollars are expensive with a postdoc salary. ok thats all, if needed my mail is [[cfuentealba@userena.cl|EMAIL_ADDRESS]]. saludos desde el norte!""")

# 24. Ukraine - machine learning engineer and demining volunteer, Lviv - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: Hello, yes. So, um, my name is [[Oksana Melnyk|PERSON]], I'm a [[machine learning engineer|JOB_TITLE]] at [[soft serve|ORGANIZATION|misheard_name]], um, [[SoftServe|ORGANIZATION]], the IT company, in [[Lviv|CITY]]. I'm [[thirty|AGE|age_in_words]]. Before, I lived in [[Kharkiv|CITY]], I studied at [[KhPI|SCHOOL|abbreviation]] there, but in, um, [[March twenty twenty-two|DATE|date_in_words]] we moved here, because of the war.

AI: Thank you, [[Oksana|PERSON]]. What does your work involve, and where does AI come in?

User: So my job is AI, in a way [laughs]. I build computer vision models for, um, [[the clients|GENERIC_ROLE]], mostly retail, in [[Europe|CONTINENT]] and the [[US|COUNTRY]]. Every day I use [[GitHub Copilot|AI_PRODUCT]], and [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] for debugging, documentation. Tasks in [[Jira|SOFTWARE]], experiments in [[Weights & Biases|SOFTWARE]]. And, um, in my free time I volunteer for a foundation, [[Chysta Zemlia|ORGANIZATION]], we train models to find mines and unexploded things in drone images of fields.

AI: That volunteer work sounds important. How does it work in practice?

User: Um, farmers send drone photos of their fields. We run a detection model, then sappers check. The AI is not perfect so we are very careful with the words, we never say the field is clean. One farmer, [[Petro Hnatiuk|PERSON]], from a village near [[Izium|CITY]], he sent us, um, all his documents with the photos, the land registry, his passport scan, because he thought we are the government [laughs]. We deleted it. [[Our coordinator|GENERIC_ROLE]], [[Taras|PERSON]], made a rule: only photos and coordinates.

AI: What about your own personal information in AI tools?

User: Hmm. I am registered as a private entrepreneur, and I asked [[ChatGPT|AI_PRODUCT]] about the tax declaration with my tax number inside, [[3218406572|NATIONAL_ID|id_like_phone]]. And my brother [[Andriy|PERSON]], he is in the army, once I started to write his details to ask about, um, some paperwork, and then I stopped. I remove things like that now. Everything important is in [[Diia|SOFTWARE]] anyway, the state app.

AI: How do you feel about AI and the war more broadly?

User: Complicated. Um, AI helps us, the drones, the demining, [[Mykhailo Fedorov|PUBLIC_FIGURE]] talks about it all the time. But also the deepfakes, the bots. My mother in [[Kharkiv|CITY]], she's [[sixty-two|AGE|age_in_words]], she got a fake video of [[Zelensky|PUBLIC_FIGURE]] and she believed it for one whole day. I explained. So I'm, um, both proud and scared.

AI: Thank you for sharing that, [[Oksana|PERSON]]. Is there a way we can reach you for follow-up?

User: Yes, um, email [[oksana dot melnyk dot ml at gmail dot com|OBF_EMAIL|spoken_email]], or [[Telegram|SOFTWARE]], the number is [[plus three eight zero, six seven, two one four, eight eight, five three|OBF_PHONE|spoken_digits]]. [[In the evenings|GENERIC_TIME]] is best. Dyakuyu.""")

# 25. Netherlands - senior industrial designer, Eindhoven - typed chat
T.append("""AI: Hi, thanks for taking part. Could you tell me about your work?

User: hi! [[Sanne de Vries|PERSON]], [[41|AGE]], [[senior industrial designer|JOB_TITLE]] at [[Philips|ORGANIZATION]] in [[Eindhoven|CITY]], personal health products, think toothbrushes and baby monitors. i also have a tiny side studio for furniture, [[Studio Sanne|ORGANIZATION|org_looks_like_person]]. studied at [[Design Academy Eindhoven|SCHOOL]], graduated [[2008|DATE]]

AI: Thanks, [[Sanne|PERSON]]. Where does AI come into your design work?

User: the early sketch phase changed a lot. we use [[Vizcom|AI_PRODUCT]] to turn rough sketches into renders in minutes, and [[Midjourney|AI_PRODUCT]] for mood. final renders still in [[KeyShot|SOFTWARE]], CAD in [[Creo|SOFTWARE]], [[Figma|SOFTWARE]] for the app screens. [[ChatGPT|AI_PRODUCT]] we have an enterprise version, for user research summaries

AI: How does your team feel about that shift?

User: mixed. my colleague [[Will|PERSON|name_is_word]] ([[Will van den Berg|PERSON]], half british) loves it, he does 40 concepts a day now. [[Fenna Jacobs|PERSON]], our [[design lead|JOB_TITLE]], worries we all converge to the same "AI look", everything rounded and glowing. and [[the engineers|GENERIC_ROLE]] hate it because the renders show things that cant be moulded 😅 [[Dieter Rams|PUBLIC_FIGURE]] would cry

AI: Does user research involve personal information that goes into AI?

User: yes thats the tricky part. we do home visits with parents for the baby monitor, video of nurseries, babies names, sometimes an address on a parcel in the shot. summaries go through the enterprise [[chatgpt|AI_PRODUCT]] which legal approved, but interns sometimes use their own accounts. one intern, [[Mila|PERSON]], pasted the transcript of a mum from [[Veldhoven|CITY]], with the baby name [[Noor|PERSON]] and the hospital where she was born, [[Máxima MC|ORGANIZATION]]. the privacy officer caught it. [[Mila|PERSON]] cried, we all felt bad

AI: And your own data, for the side studio?

User: ha, yes. the studio is registered at the KvK, number [[81427736|NATIONAL_ID|id_like_phone]], and i let [[chatgpt|AI_PRODUCT]] draft my first VAT quarter declaration, with my BSN [[204718395|NATIONAL_ID]] in the pdf because the old letters from the [[Belastingdienst|ORGANIZATION]] have it. my partner [[Joost|PERSON]] (a [[tax advisor|JOB_TITLE]] of all things) was not amused lol

AI: How do you see AI changing industrial design in the next few years?

User: the fast part will be AI, the slow part stays human: testing with real hands, real parents at 3am. on [[Wednesdays|GENERIC_TIME]] im home with the kids and watching my daughter [[Lotte|PERSON]] ([[six|AGE|age_in_words]]) use a toothbrush teaches me more than any model. at [[Dutch Design Week|ORGANIZATION]] in [[October|GENERIC_TIME]] half the graduation projects were about AI, hopeful actually, in the [[Netherlands|COUNTRY]] we like to argue about it. my furniture is on [[instagram.com/studio.sanne|URL]], or mail [[hallo@studiosanne.nl|EMAIL_ADDRESS]], or call [[06-41 82 93 07|PHONE_NUMBER|local_format]]""")

write_set(T, "set_ci")
