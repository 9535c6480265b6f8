# Hand-crafted independent PII test set "setc". Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

T.append("""AI: Thanks for joining today. To start, could you tell me a little about yourself and the work you do?

User: Sure. My name is [[Yousra Benjelloun|PERSON]], I'm [[34|AGE]] and I work as a [[customer experience lead|JOB_TITLE]] at [[Attijariwafa Bank|ORGANIZATION]] in [[Casablanca|CITY]]. I've been there since [[March 2017|DATE]].

AI: Nice to meet you, [[Yousra|PERSON]]. How do AI tools show up in your day-to-day?

User: mostly [[ChatGPT|AI_PRODUCT]] for drafting replies in French and Darija... well it's bad at Darija honestly. My colleague [[Hamza|PERSON]] showed me how to make templates, we paste them into [[Salesforce|SOFTWARE]].

AI: Can you walk me through a specific time it helped, or didn't?

User: Last [[Ramadan|GENERIC_TIME]] we had a flood of complaints about blocked cards. A customer, Mr. [[Idrissi|PERSON]], wrote like ten emails. I used the AI to summarise his thread before calling him back on [[0661 48 27 93|PHONE_NUMBER]], I still remember the number because he called us fifty times.

AI: Did you have any concerns about putting customer information into the tool?

User: Yes, after that [[my manager|GENERIC_ROLE]] said no more real names. [[Hamza|PERSON]] got a warning actually. Now we anonymise first. If your team wants our guidelines doc I can send, my email is [[y.benjelloun@gmail.com|EMAIL_ADDRESS]].

AI: Thank you. Is there anything about these tools that has surprised you?

User: That my daughter [[Lina|PERSON]] who is [[nine|AGE]] uses [[Gemini|AI_PRODUCT]] better than me lol. She goes to [[École Al Jabr|SCHOOL]] in [[Maarif|CITY]] and the teachers there allow it.

AI: That's a lovely detail. Finally, how do you see AI at work developing in [[Morocco|COUNTRY]]?

User: I think banks here in [[Morocco|COUNTRY]] will move slowly but it's coming. Maybe by [[summer|GENERIC_TIME]] we get an internal tool.""")

T.append("""AI: Hello, and thank you for taking part. Could you introduce yourself and your job?

User: Yes hello. I am [[Mekdes Tadesse|PERSON]], I am working as [[monitoring and evaluation officer|JOB_TITLE]] for [[Hiwot Community Health Initiative|ORGANIZATION]] in [[Addis Ababa|CITY]]. Before this I was in [[Ethio Telecom|ORGANIZATION]] for three year.

AI: Thank you, [[Mekdes|PERSON]]. Which AI tools do you use in that role?

User: Mainly [[Claude|AI_PRODUCT]] and sometimes [[Copilot|AI_PRODUCT]] inside [[Excel|SOFTWARE]]. The data from field is very messy, the health extension workers type the names in Amharic and English mixed. My team mate [[Baraka Mwakyusa|PERSON]], he is from [[Tanzania|COUNTRY]], he wrote prompts to clean it.

AI: What does a typical cleaning task look like?

User: For example one kebele send us 400 rows, the mothers names and phone number all in one cell. [[Baraka|PERSON]] ask the AI to split. Honestly it works 80 percent. Once it changed a mother name from [[Almaz|PERSON]] to [[Almaz Ayana|PUBLIC_FIGURE]], like the runner, we laughed a lot.

AI: That's a funny example. Were there any privacy concerns with that data?

User: Of course. Now we have a rule: remove names before. [[My director|GENERIC_ROLE]], Dr. [[Solomon Gebre|PERSON]], made this rule after a donor meeting in [[October 2023|DATE]].

AI: Is there a way we could follow up with you if we have more questions?

User: Yes you can write me on [[mekdes dot tadesse at gmail dot com|OBF_EMAIL|spelled_at_dot]], I check every evening. Or phone [[+251 911 62 40 18|PHONE_NUMBER]].

AI: Perfect. Last question: how do you think AI will change NGO work in [[Africa|CONTINENT]]?

User: I think it helps small teams like us. But the internet in the regions is slow, so field staff cannot use it, only us in the office at [[Bole|CITY]].""")

T.append("""AI: Hi, thanks for making time. Can you tell me about your role?

User: hi! im [[dilani|PERSON]] ([[Dilani Perera|PERSON]] on the sign up form lol). i do hr at [[MAS Holdings|ORGANIZATION]], [[HR executive|JOB_TITLE]], at the plant near [[Katunayake|CITY]]. i live in [[Negombo|CITY]] so its close

AI: Thanks, [[Dilani|PERSON]]. How do you use AI in HR?

User: mostly [[chatgpt|AI_PRODUCT]] for writing warning letters and job ads. and translating to sinhala tho its not perfect. [[my boss|GENERIC_ROLE]] [[ruwan|PERSON]] aiya says dont trust it for legal stuff

AI: Can you tell me about a time when it went wrong?

User: yes once i pasted a workers details to make a letter, her name, NIC number [[923456781V|NATIONAL_ID]] everything. then i realised oh no. [[ruwan|PERSON]] aiya was not happy. the worker was [[Chamari|PERSON]], shes [[twenty two|AGE]], she was fine about it but still

AI: What changed after that?

User: we got training in [[january|GENERIC_TIME]], from a guy from [[Colombo|CITY]] head office. now we use fake names. also we got [[Microsoft Teams|SOFTWARE]] [[copilot|AI_PRODUCT]] but nobody uses lol

AI: Would you be open to a follow-up?

User: sure. [[whatsapp|SOFTWARE]] me [[077 482 9130|PHONE_NUMBER]] or insta [[@dilz.perera|SOCIAL_HANDLE]]. not my work email pls

AI: Noted. Anything else you'd like to add?

User: only that my younger brother [[Kasun|PERSON]] is studying at [[University of Moratuwa|SCHOOL]] and he says everyone there uses AI for assignments, so the next batch of workers in [[Sri Lanka|COUNTRY]] will be very different haha""")

T.append("""AI: Namaste, and thanks for joining. Could you describe your work?

User: Namaste! I'm [[Pasang Sherpa|PERSON]], I run a small trekking company, [[Himal Trails Pvt Ltd|ORGANIZATION]], from [[Thamel|CITY]] in [[Kathmandu|CITY]]. Also we have a small office in [[Pokhara|CITY]]. I'm [[41|AGE]], started the company in [[2012|DATE]].

AI: How do AI tools fit into running the business?

User: Marketing mostly. I use [[ChatGPT|AI_PRODUCT]] to write the itinerary pages and [[Canva|SOFTWARE]] for pictures. My nephew [[Tenzing|PERSON]] handles the [[Instagram|SOFTWARE]], he has his own page too, [[@tenzing.clicks|SOCIAL_HANDLE]], he's a photographer.

AI: Could you share an example where it made a real difference?

User: Last [[spring|GENERIC_TIME]] a group from [[Norway|COUNTRY]] emailed in Norwegian. I used [[DeepL|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] together to answer, and they booked the Manaslu circuit. Their leader, [[Ingrid Solberg|PERSON]], later told me my reply was "very professional" haha.

AI: Did you have concerns about sharing client details with these tools?

User: Not at first. I pasted passport numbers once to make a permit list, that was stupid. Now [[my accountant|GENERIC_ROLE]] [[Sunita Gurung|PERSON]] checks everything. She says never put passports.

AI: How do clients usually get in touch with you?

User: Email and [[WhatsApp|SOFTWARE]]. Clients can reach me at [[pasang@himaltrails.com.np|EMAIL_ADDRESS]] or [[+977 98510 42377|PHONE_NUMBER]]. Our office is [[Chaksibari Marg 27|ADDRESS]], near the Garden of Dreams.

AI: Last question: what worries you about AI in tourism?

User: That everyone's website sounds the same now lol. Every agency in [[Nepal|COUNTRY]] writes "breathtaking views". [[Tenzing|PERSON]] says we need real stories, not AI stories.""")

T.append("""AI: Good morning. Please tell me a bit about yourself.

User: Good morning. My name is [[Bat-Erdene Ganbold|PERSON]], people call me [[Bagi|PERSON]]. I'm a [[senior geotechnical engineer|JOB_TITLE]] at [[Oyu Tolgoi|ORGANIZATION]], I rotate between the mine site and [[Ulaanbaatar|CITY]]. Two weeks on, two weeks off.

AI: Thanks, [[Bagi|PERSON]]. How are you using AI tools in that work?

User: For reports mostly. Our standard is English reports for the [[Rio Tinto|ORGANIZATION]] side, my English writing is ok but slow. So I draft in Mongolian, translate with [[Claude|AI_PRODUCT]], then fix. Also we test some slope monitoring software with machine learning, but that is not really "AI chat".

AI: What happens when the output is wrong?

User: One time it translated a technical term badly and [[my reviewer|GENERIC_ROLE]] in [[Australia|COUNTRY]], [[Craig Dunleavy|PERSON]], flagged it in the comments. Quite embarrassing. Now I ask my colleague [[Oyunchimeg|PERSON]] to check before I send.

AI: Does your employer have rules on AI use?

User: Yes, since [[1 February 2024|DATE]] there is a policy. No confidential geology data into public tools. We have an internal [[Copilot|AI_PRODUCT]] now.

AI: Outside of work, do you use these tools?

User: My wife [[Saruul|PERSON]] uses it for her bakery in [[Khan-Uul|CITY]] district, for the menu and prices. And my son, he is [[16|AGE]], uses it to prepare his application to [[National University of Mongolia|SCHOOL]].

AI: If we want to follow up, how can we reach you?

User: Better personal email: [[bagi.ganbold (at) mail (dot) mn|OBF_EMAIL|bracketed_at_dot]]. Phone is not good at the site, no signal. And one more thing: for countries like [[Mongolia|COUNTRY]] where English is second language, these tools are really an equalizer. But we must be careful.""")

T.append("""AI: Hi, thanks for joining. Could you start by telling me about your job?

User: Hi! Sure. I'm [[Aigerim Nurlanovna Sadykova|PERSON]], [[product analyst|JOB_TITLE]] at [[Kaspi.kz|ORGANIZATION]] in [[Almaty|CITY]]. Before that I was at [[Halyk Bank|ORGANIZATION]] in [[Astana|CITY]] for two years.

AI: What AI tools do you use, and for what?

User: A lot, honestly. [[Cursor|AI_PRODUCT]] for SQL, [[ChatGPT|AI_PRODUCT]] for everything else, and [[Perplexity|AI_PRODUCT]] when I need sources. [[my team lead|GENERIC_ROLE]] [[Daniyar|PERSON]] was skeptical at first but now he asks me for prompts, lol

AI: Could you describe a recent task where AI was central?

User: Yes, in [[November|GENERIC_TIME]] we had to analyse why users drop off at the ID verification step. I asked [[ChatGPT|AI_PRODUCT]] to help structure the funnel queries. Funny thing, in the test data I accidentally left my own IIN, [[950314450123|NATIONAL_ID]], because I used my account for testing. [[Daniyar|PERSON]] noticed it in the notebook before we shared it. We laughed but then we made a checklist. Also [[Zhanna Omarova|PERSON]] from compliance did a session for everyone about what you can paste.

AI: Do you use these tools outside work?

User: yes, my mom [[Gulnara|PERSON]] in [[Shymkent|CITY]] asks me to use it to write her complaints to the akimat haha. she's [[62|AGE]] and she calls it "the robot".

AI: Ha. If we want to follow up, what's the best way to reach you?

User: [[telegram|SOFTWARE]] [[@aigerim_sdk|SOCIAL_HANDLE]] or [[aigerim.sadykova@proton.me|EMAIL_ADDRESS]]. my linkedin is [[linkedin.com/in/aigerim-sadykova-kz|URL]] too

AI: Great, thank you. One last question: anything you'd want policymakers in [[Kazakhstan|COUNTRY]] to know?

User: that people are already using it every day, regulation should be practical, not scary.""")

T.append("""AI: Thanks for being here. Can you tell me about what you do?

User: Hey, yes. I'm [[Nino Beridze|PERSON]], I do marketing for a family winery, [[Tsinandali Hills Wine Company|ORGANIZATION]]. I live in [[Tbilisi|CITY]] and drive to [[Telavi|CITY]] every week.

AI: How do you use AI tools in your marketing work?

User: Everything from labels to [[Instagram|SOFTWARE]] captions. [[Midjourney|AI_PRODUCT]] for mood boards, [[ChatGPT|AI_PRODUCT]] for text in English, German, Polish, those are our export markets. My uncle [[Levan|PERSON]] owns the winery, he's [[67|AGE]] and doesn't trust computers at all haha

AI: How did you convince him?

User: I didn't, I just showed results. We got an order from a shop in [[Poland|COUNTRY]] after an AI-written email. The buyer, [[Marta Kowalczyk|PERSON]], replied in one day. [[Levan|PERSON]] was like ok ok.

AI: Any concerns or bad experiences?

User: Once [[Midjourney|AI_PRODUCT]] made a label with a saint that looked exactly like [[Stalin|PUBLIC_FIGURE]] lol, and in [[Georgia|COUNTRY]] that is... complicated. My cousin [[Giorgi|PERSON]] noticed before we printed.

AI: Glad it was caught. Would you be willing to share contact details for a follow-up?

User: Sure: [[nino_beridze88 at yahoo dot com|OBF_EMAIL|spelled_at_dot]]. Or post, haha: [[12 Chavchavadze Avenue, 0179|ADDRESS]] [[Tbilisi|CITY]].

AI: And finally, what would make AI more useful for you?

User: Better Georgian! It still writes Georgian like a bad translation. My friend [[Tamar|PERSON]] from [[Tbilisi State University|SCHOOL]] is working on a Georgian dataset, maybe that will help.""")

T.append("""AI: Hello! Could you introduce yourself and your work?

User: Hi. [[Marko Jovanović|PERSON]], [[lead gameplay programmer|JOB_TITLE]] at [[Mad Head Games|ORGANIZATION]] in [[Novi Sad|CITY]]. I studied at the [[Faculty of Technical Sciences|SCHOOL]] here.

AI: How does AI show up in your programming work?

User: [[GitHub Copilot|AI_PRODUCT]] all day, in [[Visual Studio|SOFTWARE]]. And [[Claude|AI_PRODUCT]] when I'm stuck on architecture stuff. Honestly, juniors use it more than me. [[Stefan|PERSON]] on my team basically pair-programs with it.

AI: Can you tell me about a specific project?

User: Last year we did a port for a client from [[Brno|CITY]], [[Lipa Interactive|ORGANIZATION]]. Their producer [[Tereza Dvořáková|PERSON]] wanted weekly reports in Czech, so I used AI to translate, she said it was "surprisingly ok". The deadline was [[15 December 2023|DATE]] and [[Copilot|AI_PRODUCT]] saved us maybe two weeks.

AI: Has anything gone wrong?

User: Yeah, [[Stefan|PERSON]] once committed an API key because the AI suggested hardcoding it. We caught it, rotated it. [[My manager|GENERIC_ROLE]] [[Jelena|PERSON]] made a whole talk out of it, "[[Stefan|PERSON]]'s key" is now a meme here lol.

AI: Would you be okay with a follow-up?

User: Sure, my GitHub is [[github.com/mjovanovic-dev|URL]] and email [[marko.jovanovic.ns@gmail.com|EMAIL_ADDRESS]]. Or call, [[+381 64 218 7305|PHONE_NUMBER]].

AI: Finally, how do you feel about AI in game dev long term?

User: Mixed. Artists are scared. My girlfriend [[Ivana|PERSON]] is a 2D artist and she lost a contract to an AI-generated pitch from some studio in Western [[Europe|CONTINENT]]. She's [[29|AGE]] and already thinking about a career change, which is sad.""")

T.append("""AI: Thank you for joining. Please tell me about yourself and your work.

User: Of course. I'm [[Eleni Papadopoulou|PERSON]], I'm the [[pharmacist-owner|JOB_TITLE]] of [[Pharmacy Asklipios|ORGANIZATION]] in [[Kalamaria|CITY]], [[Thessaloniki|CITY]].

AI: How do you use AI in the pharmacy?

User: Carefully! I use [[ChatGPT|AI_PRODUCT]] sometimes to explain interactions in simple Greek for older customers. I never put names. Well... almost never. [[My assistant|GENERIC_ROLE]] [[Dimitra|PERSON]] uses it more, for the social media posts.

AI: You said "almost never". Could you tell me more?

User: Yes. Kyria [[Sofia Alexiou|PERSON]], she's [[83|AGE]], she brought a list of twelve medicines from three doctors. I typed the list with her name at the top, by habit. Then I deleted. I don't know if that matters.

AI: How did you feel afterwards?

User: A bit guilty. I told my husband [[Nikos|PERSON]] and he said "they have your data anyway" which is not helpful haha. Then I went to a seminar at [[Aristotle University of Thessaloniki|SCHOOL]] about AI in healthcare in [[May 2024|DATE]].

AI: Has the pharmacy association given any guidance?

User: Not really. Some colleagues use [[Gemini|AI_PRODUCT]] on their phones for the same things. In [[Greece|COUNTRY]] we are always a bit behind with rules, then suddenly everything at once.

AI: If we'd like to follow up, how might we reach you?

User: The pharmacy phone is better: [[two three one zero, four four seven, two six one|OBF_PHONE|digits_as_words]]. Or email [[eleni.papadop@otenet.gr|EMAIL_ADDRESS]]. We are at [[Ethnikis Antistaseos 88, 551 33|ADDRESS]] [[Kalamaria|CITY]], closed on [[Sundays|GENERIC_TIME]].""")

T.append("""AI: Hi, thanks for taking the time. Could you tell me about your work?

User: Olá! I'm [[João Pedro Carvalho|PERSON]], [[associate architect|JOB_TITLE]] at [[Atelier Rio Douro Arquitectos|ORGANIZATION]] in [[Porto|CITY]]. We're about 15 people. I'm [[thirty-eight|AGE]].

AI: How do AI tools come into architecture for you?

User: Images first. [[Midjourney|AI_PRODUCT]] and [[Stable Diffusion|AI_PRODUCT]] for early concepts, then the real work in [[Revit|SOFTWARE]]. For text, competition briefs, I use [[ChatGPT|AI_PRODUCT]]. Our partner [[Ana Luísa Moreira|PERSON]] hates the AI images, she says they make every building look like a hotel lobby.

AI: Can you describe a project where it mattered?

User: We did a school competition in [[Cambodia|COUNTRY]] with a local partner, [[Khmer Build Collective|ORGANIZATION]]. Their director [[Sokha Chan|PERSON]] sent us site photos and we used AI to generate options very fast.

AI: Were there any privacy or IP concerns?

User: IP, yes. And we uploaded site photos with kids in them by accident. [[Ana Luísa|PERSON]] was furious, rightly. Now only [[Rui|PERSON]], [[our IT guy|GENERIC_ROLE]], can approve uploads.

AI: Would you be open to a follow-up?

User: Sure. [[jp.carvalho [at] ardarq [dot] pt|OBF_EMAIL|bracketed_at_dot]], I write it like that because of spam. Or mobile [[913 402 871|PHONE_NUMBER]].

AI: One last question: how do you think this affects young architects?

User: I worry. My sister [[Inês|PERSON]] just finished at [[FAUP|SCHOOL]], the architecture faculty in [[Porto|CITY]], and her first job is basically prompting. She started in [[September 2024|DATE]].""")

T.append("""AI: Hello, thanks for joining. Could you describe your job?

User: Hi. I'm [[Aino Virtanen|PERSON]], [[maths teacher|JOB_TITLE]] at [[Hervannan lukio|SCHOOL]] in [[Tampere|CITY]]. Maths and physics, mostly first and second years.

AI: How are you using AI in your teaching?

User: Making exercises mostly. I ask [[Claude|AI_PRODUCT]] for ten variants of a problem at different levels. And for parent emails in Swedish sometimes, my Swedish is rusty. My colleague [[Zsófia Kovács|PERSON]] from [[Hungary|COUNTRY]], she teaches chemistry, uses it to check her Finnish.

AI: How do students use it?

User: a lot lol. sorry, typing fast. In [[autumn|GENERIC_TIME]] I caught one student, [[Eetu|PERSON]], submitting a lab report that literally said "As an AI language model". He's [[seventeen|AGE]], I mean, come on. Anyway, I talked to [[Eetu|PERSON]] and his dad, [[Mikko Laine|PERSON]]. [[The principal|GENERIC_ROLE]] said we need a school-wide policy, and we got one in [[January 2025|DATE]].

AI: Has anything about AI tools concerned you personally?

User: Once I pasted a student list from [[Wilma|SOFTWARE]] into [[ChatGPT|AI_PRODUCT]] to make groups. It had henkilötunnus numbers for a few kids because of an export setting, like [[140708A482R|NATIONAL_ID]]. I deleted the chat immediately and reported it to [[Hanna|PERSON]], our data protection person.

AI: Thanks for sharing that. How can we reach you for follow-up?

User: [[aino.virtanen@edu.tampere.fi|EMAIL_ADDRESS]] is fine. Or [[040 718 2294|PHONE_NUMBER]].

AI: Last question: what would you like from AI companies?

User: Honestly, a proper education version that doesn't store anything. And better Finnish. It's fine but it sounds like a translated manual.""")

T.append("""AI: Thanks for joining us. Could you introduce yourself?

User: Sure. [[Noa Ben-David|PERSON]], I'm an [[associate|JOB_TITLE]] at [[Shiloni Katz & Co.|ORGANIZATION]], a mid-size firm in [[Haifa|CITY]], mostly employment law. I did my law degree at [[University of Haifa|SCHOOL]].

AI: How do you use AI tools in legal work?

User: Very carefully. We have [[Harvey|AI_PRODUCT]] licensed through the firm, and I use [[ChatGPT|AI_PRODUCT]] personally for non-client things. Like translating Hebrew case summaries for an English-speaking client.

AI: Can you give a concrete example?

User: We represented a worker, [[Yosef Mizrahi|PERSON]], against his employer, a logistics company, [[Galil Freight|ORGANIZATION]]. I used [[Harvey|AI_PRODUCT]] to find precedents. It invented one case, completely fake. [[My senior partner|GENERIC_ROLE]] [[Avi|PERSON]] found it in ten minutes. After that [[Avi|PERSON]] made a rule: every citation checked by a human, two signatures. Also we don't put ID numbers in anything. Which is funny because the intake form template still has one, mine, [[039481726|NATIONAL_ID]], because I made the template lol.

AI: Outside the firm, how do you use AI?

User: My partner [[Omer|PERSON]] and I use it to plan trips. And my grandmother, she's [[91|AGE]], she came from [[Iraq|COUNTRY]] in [[1951|DATE]], we used it to translate her old letters from Arabic. That was actually beautiful.

AI: That sounds meaningful. How can we reach you for a follow-up?

User: email is best: [[noa.bendavid@shilonikatz.co.il|EMAIL_ADDRESS]]. Or [[054-338-1902|PHONE_NUMBER]].

AI: Finally, any thoughts on regulation?

User: In [[Israel|COUNTRY]] the bar association published guidance, it's decent. Not enough though.""")

T.append("""AI: Good afternoon, thanks for taking part. Could you tell me about your work?

User: Good afternoon. I am [[Rami Haddad|PERSON]], [[front office manager|JOB_TITLE]] at [[Dar Al Yasmin Hotel|ORGANIZATION]] in [[Jabal Al Weibdeh|CITY]].

AI: How do AI tools show up in your work?

User: Guest reviews mostly. Every morning I put the [[TripAdvisor|SOFTWARE]] and [[Booking.com|SOFTWARE]] reviews into [[ChatGPT|AI_PRODUCT]] and ask it to make replies, in English and Arabic. My night auditor [[Khaled|PERSON]] taught me this trick actually.

AI: Any specific story you remember?

User: Yes! A family from [[Saudi Arabia|COUNTRY]] complained about noise from a wedding in the ballroom. The father, Mr. [[Faisal Al-Qahtani|PERSON]], wrote a very long angry review. The AI reply was too, how to say, too sweet. Like American customer service. I rewrote it in Arabic myself, more respectful style. He called me after and we solved it. About rules, nothing official. [[Our GM|GENERIC_ROLE]], Mrs. [[Dina Khoury|PERSON]], said just don't paste passport copies. We had a trainee, [[Lujain|PERSON]], she pasted a whole guest list once with passport numbers. She was [[nineteen|AGE]], first week, so we forgave.

AI: Do you use AI outside work?

User: For my masters. I study part time at [[Princess Sumaya University for Technology|SCHOOL]]. I use [[Gemini|AI_PRODUCT]] for reading papers.

AI: If we'd like to follow up, how can we contact you?

User: [[WhatsApp|SOFTWARE]] [[zero 7 nine - 5 5 1 - 28 34|OBF_PHONE|mixed_words_digits]], sorry I say it like this, habit. Or email [[rami.haddad.jo@outlook.com|EMAIL_ADDRESS]].

AI: Thank you, [[Rami|PERSON]]. Any final thoughts?

User: Only that [[Eid|GENERIC_TIME]] season is the busiest, and AI helps us survive it haha.""")

T.append("""AI: Hi, thanks for joining. Could you start by telling me about yourself?

User: Hola, yes. My name is [[Carlos Eduardo Rangel|PERSON]], I am from [[Maracaibo|CITY]] in [[Venezuela|COUNTRY]] but I live in [[Quito|CITY]] since [[2018|DATE]]. I work like [[dispatch coordinator|JOB_TITLE]] in [[Transportes Andinos Cía. Ltda.|ORGANIZATION]].

AI: How do you use AI tools in your work?

User: For the routes no, we have a system for this. But for the emails with the clients, the reports for [[my jefe|GENERIC_ROLE]], and for learn English, I use [[ChatGPT|AI_PRODUCT]] and [[Duolingo|SOFTWARE]]. My coworker [[Mayra|PERSON]] uses [[Meta AI|AI_PRODUCT]] in the [[WhatsApp|SOFTWARE]], she says is more easy.

AI: Can you tell me about a time it helped?

User: One time a truck was stuck in the road to the coast because of landslide. The client, [[Corporación Favorita|ORGANIZATION]], was very angry. The buyer, señora [[Patricia Vélez|PERSON]], sent like five messages. I used AI to write one calm email explaining everything. [[my jefe|GENERIC_ROLE]] Don [[Aurelio|PERSON]] said it was the best email I ever wrote haha.

AI: Have you had any concerns about privacy?

User: Honestly I don't think much. But my wife [[Yuleidy|PERSON]] is more careful, she says don't put our cédula numbers. Once I asked the AI to fill my visa renewal form and I put my cédula [[1758392046|NATIONAL_ID]]. After that she was angry with me lol.

AI: Do your children use these tools?

User: My son [[Sebastián|PERSON]], he is [[14|AGE]], in [[Colegio Benalcázar|SCHOOL]]. He uses for homework, the teachers know.

AI: How can we reach you if we have follow-up questions?

User: my correo is [[carlosrangel85 arroba gmail punto com|OBF_EMAIL|spanish_at_dot]], all together. Phone [[099 817 4402|PHONE_NUMBER]].""")

T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Sure. I'm [[Valeria Quispe Mamani|PERSON]], [[reporter|JOB_TITLE]] at [[Los Tiempos|ORGANIZATION]] in [[Cochabamba|CITY]]. I cover economy and sometimes politics. I grew up in [[El Alto|CITY]].

AI: How do AI tools fit into your reporting?

User: Transcription is the big one. I use [[Whisper|AI_PRODUCT]] through an app, and [[Otter|AI_PRODUCT]] before that. Interviews in Spanish and sometimes Aymara, which, it cannot do Aymara at all. [[My editor|GENERIC_ROLE]] [[Gustavo|PERSON]] pushed us to use it to go faster.

AI: Could you describe a story where AI played a role?

User: Last year I did a piece about lithium contracts. I used [[ChatGPT|AI_PRODUCT]] to summarize a 200-page contract in English. It missed an important clause that my colleague [[Rodrigo Saavedra|PERSON]] found reading manually. The AI helped but you can't trust it alone.

AI: How do you handle sources' identities?

User: That is my biggest worry. Some of my sources are miners, union people. I never put their names. But once I uploaded an audio where a source, don [[Feliciano|PERSON]], says his full name and his phone, [[7148 2390|PHONE_NUMBER]]. I deleted the file after but who knows. Also, there were deepfake audios of [[Evo Morales|PUBLIC_FIGURE]] circulating last year, and of [[Luis Arce|PUBLIC_FIGURE]]. We had to verify. We used some detection tool but honestly it was my ear that helped.

AI: How can we follow up with you?

User: On [[X|SOFTWARE]] I'm [[@valequispe_lt|SOCIAL_HANDLE]], or my email [[vquispe.periodista@gmail.com|EMAIL_ADDRESS]]. My website also has contact: [[valeriaquispe.com|URL]].

AI: Last question: how do you see AI affecting journalism in [[South America|CONTINENT]]?

User: Small newsrooms like ours will use it to survive. My sister [[Paola|PERSON]] works in a radio in [[Oruro|CITY]] and they already use AI voices for the night news. It's strange.""")

T.append("""AI: Hi there, thanks for joining. Tell me a bit about yourself?

User: Yeah man, thanks for having me. I'm [[Andre Campbell|PERSON]], [[claims adjuster|JOB_TITLE]] with [[Guardian General Insurance|ORGANIZATION]], based in [[New Kingston|CITY]]. Been there since [[2015|DATE]].

AI: How do you use AI in claims work?

User: Mostly for writing up reports. After hurricane season you know we get plenty claims. I use [[Copilot|AI_PRODUCT]] at work, company approved. It summarise the photos and notes. Me and my colleague [[Shanice|PERSON]] compared, she still faster than the AI sometimes, lol.

AI: Any memorable case?

User: After the storm in [[July|GENERIC_TIME]], a lady in [[Portmore|CITY]], Miss [[Hyacinth Brown|PERSON]], her roof gone completely. She's [[seventy-four|AGE]]. The AI report said "minor damage" because the photo angle was bad. If I did just trust it she would get nothing. I fix it, she got paid.

AI: That's a powerful example. Does the company have rules on data?

User: Yeah, after [[Shanice|PERSON]] put a TRN in [[ChatGPT|AI_PRODUCT]] on her personal phone, they send out a memo. TRN is like the tax number here in [[Jamaica|COUNTRY]]. I remember because it was mine she was helping me with haha, [[114-582-907|NATIONAL_ID]].

AI: How do you use AI at home?

User: My daughter [[Kemoy|PERSON]] at [[Campion College|SCHOOL]], she use it for CSEC revision. And [[my pastor|GENERIC_ROLE]] ask me to make flyers for [[Easter|GENERIC_TIME]] with it.

AI: How best to reach you for a follow-up?

User: Call me, [[(876) 384-2917|PHONE_NUMBER]], or [[instagram|SOFTWARE]] [[@dre.campbell.ja|SOCIAL_HANDLE]].""")

T.append("""AI: Good day. Could you introduce yourself?

User: Good day! [[Ria Maharaj|PERSON]] here, [[HSE coordinator|JOB_TITLE]] at [[Heritage Petroleum|ORGANIZATION]]. I work out of [[Pointe-à-Pierre|CITY]] and live in [[San Fernando|CITY]].

AI: Great. How are AI tools used in your work?

User: Incident reports, risk assessments, toolbox talk scripts. I use [[ChatGPT|AI_PRODUCT]] and we have [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]]. Honestly [[my supervisor|GENERIC_ROLE]] Mr. [[Ramdass|PERSON]] prints everything so AI or not, he reads on paper lol.

AI: Can you share a specific example?

User: Sure. Around [[Carnival|GENERIC_TIME]] we had a near-miss with a contractor, [[Kyle Thomas|PERSON]], fell from a scaffold, well almost. I used AI to draft the investigation report. It made up a witness statement that nobody gave! Had to delete that whole section. My colleague [[Deon|PERSON]] read it and asked "who gave this statement?" and nobody had. Since then [[Ramdass|PERSON]] wants the raw notes attached to every report.

AI: Do you use AI outside work?

User: My brother [[Vishal|PERSON]] works in [[Abu Dhabi|CITY]], we use it to plan when I visit. And my niece [[Anya|PERSON]] is [[twelve|AGE]] and uses it for SEA prep, which I'm not sure about.

AI: How can we reach you for a follow-up?

User: Email [[r dot maharaj92 at hotmail dot com|OBF_EMAIL|spelled_at_dot]]. Or [[868-653-2210|PHONE_NUMBER]].

AI: Finally, what would make these tools more useful for you?

User: Local context. It doesn't know [[Trinidad|COUNTRY]] regulations at all, keeps quoting OSHA from the [[United States|COUNTRY]].""")

T.append("""AI: Kia ora, thanks for joining. Could you tell me about your work?

User: Kia ora! I'm [[Aroha Te Whare|PERSON]], [[farm systems advisor|JOB_TITLE]] for [[Fonterra|ORGANIZATION]], covering the farms around [[Ashburton|CITY]]. I live in [[Christchurch|CITY]] though, [[Riccarton|CITY]].

AI: How do you use AI tools in that role?

User: Heaps of ways. I use [[ChatGPT|AI_PRODUCT]] to turn my farm visit notes into reports, and we've got a pilot with an AI pasture tool. Some farmers love it, some think it's rubbish. [[Bruce Mackenzie|PERSON]], one of my older farmers, calls it "the robot brain" haha.

AI: Any memorable experiences?

User: Yeah, I had a farmer, [[Hemi|PERSON]], who asked it about nitrate rules and it gave him Aussie rules. Wrong country entirely. He was about to change his whole fertiliser plan. [[My team lead|GENERIC_ROLE]] [[Sarah Ngata|PERSON]] made us add a disclaimer to everything.

AI: Have you had privacy concerns?

User: Bit. Farm addresses are sensitive, with the protests and all. I once put [[1482 Thompsons Track, RD 8|ADDRESS]], [[Ashburton|CITY]] into a prompt, that's [[Bruce|PERSON]]'s place. Felt a bit off after. Outside work, my partner [[Tama|PERSON]] is a chef, he uses it for menus. And my mum [[Mere|PERSON]], she's [[sixty-eight|AGE]], uses it to learn te reo grammar which is kinda ironic lol.

AI: How can we reach you for a follow-up?

User: Flick me a message on [[insta|SOFTWARE]], [[@aroha.farmsnz|SOCIAL_HANDLE]], or [[021 447 3802|PHONE_NUMBER]].

AI: Last thing: any big-picture thoughts on AI in [[New Zealand|COUNTRY]]?

User: Just that Māori data sovereignty needs to be front and centre. Over the [[summer|GENERIC_TIME]] break I went to a hui at [[Lincoln University|SCHOOL]] on it, really good kōrero.""")

T.append("""AI: Hi, thanks so much for joining. Can you tell me about your work?

User: Hi! I'm [[Marisol Delgado|PERSON]], I'm a [[charge nurse|JOB_TITLE]] in the ICU at [[Saint Francis Hospital|ORGANIZATION]] in [[Tulsa|CITY]]. I'm [[45|AGE]], been nursing since [[2006|DATE]].

AI: How do AI tools come up in nursing?

User: So we have [[Epic|SOFTWARE]] and they rolled out an AI note thing, ambient documentation, [[DAX Copilot|AI_PRODUCT]]. It listens to the patient conversation and drafts notes. Mixed feelings. [[Our unit manager|GENERIC_ROLE]] [[Trish|PERSON]] loves it.

AI: Can you walk me through an example?

User: Ok so [[Thanksgiving|GENERIC_TIME]] week we had a patient, Mr. [[Darnell Odom|PERSON]], and the note mixed up his daughter [[Keisha|PERSON]] with his ex-wife as the emergency contact. Could've been bad. We fixed it, filed a report. Our informatics nurse, [[Brandon Lee|PERSON]], said it happens when people talk over each other in the room.

AI: How about at home?

User: Oh my mom is from [[Camagüey|CITY]], [[Cuba|COUNTRY]], she's [[73|AGE]] and she asks [[Alexa|AI_PRODUCT]] everything in Spanish lol. And I use [[ChatGPT|AI_PRODUCT]] to help with my DNP papers at [[University of Tulsa|SCHOOL]].

AI: How can we follow up?

User: Personal email please, [[marisol.delgado.rn@icloud.com|EMAIL_ADDRESS]], or text me at [[nine one eight, four oh four, seven seven one two|OBF_PHONE|digits_as_words]].

AI: Anything else you'd like to share?

User: Just that nurses should be in the room when these tools get designed. Not just the IT people and [[Elon Musk|PUBLIC_FIGURE]] types lol.""")

T.append("""AI: Hello, thanks for taking part. Could you tell me about yourself?

User: Hiya. I'm [[Gemma Holroyd|PERSON]], I'm a [[housing officer|JOB_TITLE]] at [[Leeds City Council|ORGANIZATION]]. I live in [[Headingley|CITY]], grew up in [[Wakefield|CITY]].

AI: How do you use AI tools at work?

User: The council gave us [[Microsoft Copilot|AI_PRODUCT]] last [[autumn|GENERIC_TIME]]. I use it to summarise case notes and draft letters. My colleague [[Brian Okello|PERSON]], he's from [[Kampala|CITY]] originally, uses it loads more than me.

AI: Could you describe a particular case?

User: Yeah so we had a tenant, [[Fatou Diallo|PERSON]], originally from [[Senegal|COUNTRY]], and her letters kept going wrong 'cause of the name order on the system. I used [[Copilot|AI_PRODUCT]] to draft a letter in French for her, checked it with [[Brian|PERSON]] who speaks French. She was dead chuffed.

AI: Have there been any concerns about data?

User: Oh god yeah. I did a test once with my own details in the free [[ChatGPT|AI_PRODUCT]] to see what it'd do, my NI number [[QQ 48 21 93 C|NATIONAL_ID]] and my address, [[27 Cardigan Road, LS6 3AG|ADDRESS]] [[Leeds|CITY]]. [[My team leader|GENERIC_ROLE]] nearly had a heart attack when I told her.

AI: How about outside work?

User: My husband [[Dan|PERSON]] uses it for his fantasy football, bless him. And my lad [[Alfie|PERSON]], he's [[ten|AGE]], asked it to write a story about [[Marcus Rashford|PUBLIC_FIGURE]].

AI: If we'd like to follow up, how can we reach you?

User: [[gemma.holroyd@btinternet.com|EMAIL_ADDRESS]] or [[07700 912 448|PHONE_NUMBER]].""")

write_set(T, "set_c", id_prefix="setc")
