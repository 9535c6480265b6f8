# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----

T.append("""AI: Hi, thanks for taking the time today. To kick off, could you tell me your name and a little bit about what you do for work?

User: [[will okafor|PERSON|lowercase_name]]. [[apprentice electrician|JOB_TITLE]] at [[brightwire electrical|ORGANIZATION]], [[leeds|CITY]]

AI: Thanks, [[Will|PERSON|word_name]]. How long have you been doing that, and roughly how old are you, if you're happy to share? Totally fine to skip either.

User: [[23|AGE]]. started there [[sept 2021|DATE]]

AI: Got it, thanks [[Will|PERSON|word_name]]. Which AI tools, if any, do you use in your day to day on site or at home for work stuff?

User: [[chatgpt|AI_PRODUCT]] on my phone. mostly for regs stuff, like when i cant remember a bit of bs7671 and dont want to ask the [[gaffer|GENERIC_ROLE]] again

AI: That makes sense. Is anyone else on your team using it, or is it mostly just you?

User: my [[supervisor|JOB_TITLE]] [[rich|PERSON|word_name]] uses it loads. [[rich hughes|PERSON|lowercase_name]]. he got it to write a whole quote for a rewire in [[harrogate|CITY]] on [[14/02|DATE|date_slash]], sent it to [[the customer|GENERIC_ROLE]] without reading it properly lol. it had the wrong postcode on it. he reckons [[sam altman|PUBLIC_FIGURE|lowercase]] is gonna put us all out of work lol. the other [[apprentice|JOB_TITLE]] [[kyle mensah|PERSON|lowercase_name]] uses it too but only for college essays lol, [[kyle|PERSON|lowercase_name]]s proper lazy

AI: So [[Rich|PERSON]] leaned on it quite heavily there, and [[Kyle|PERSON]] sticks to coursework. Has anything like that made you more careful about how you use it yourself?

User: ye a bit. i always check cable sizes against the tables now. it got a volt drop calc wrong once, not by much but still. i dont trust it for anything thats going on a cert. i use [[excel|SOFTWARE]] for my portfolio log for [[leeds college of building|SCHOOL]] and the firm uses [[simpro|SOFTWARE]] for jobs, no ai in them that i know of

AI: Great, that's really useful. If we wanted to follow up with a couple of short questions later in the month, what's the best way to reach you?

User: text me. [[oh seven seven double oh, nine double oh, four one six|OBF_PHONE|digits_as_words]]. or email [[willokafor99 at outlook dot com|OBF_EMAIL|spelled_at_dot]]. or insta [[@willo_sparks|SOCIAL_HANDLE]] but i dont check dms much, tiktok is [[willo.sparks.uk|SOCIAL_HANDLE]]. backup email [[w.okafor [at] icloud [dot] com|OBF_EMAIL|bracket_at_dot]]. office is [[0113 496 0742|PHONE_NUMBER]] ask for [[sharon|PERSON|lowercase_name]] on reception. thats it from me, cheers""")

T.append("""AI: Hello and welcome! Before we start, what would you like me to call you, and what kind of work do you do?

User: Hi! My full name is [[Maria Grace Dela Cruz|PERSON]] but please just [[Grace|PERSON|word_name]], everyone calls me [[Grace|PERSON|word_name]] since nursing school at [[UST|SCHOOL]] haha. I'm a [[staff nurse|JOB_TITLE]] in the medical-surgical ward at [[St. Luke's Medical Center|ORGANIZATION]] in [[Quezon City|CITY]], going on six years now. Before that I was two years in [[Riyadh|CITY]] at a private hospital, [[Dallah Hospital|ORGANIZATION]], then I came home because my mother got sick. So ya. I'm [[34|AGE]] now, turning [[35|AGE]] next month, time flies talaga.

AI: Thank you, [[Grace|PERSON|word_name]]. How does AI come into your work on the ward?

User: Honestly at first it was not allowed, our [[head nurse|JOB_TITLE]] Ma'am [[Tess|PERSON]], [[Teresita Ramos|PERSON]], was very strict, she said no phones at the station. But then the hospital rolled out the new EMR module and there's a little assistant that suggests the nursing diagnosis, I don't know if that's AI or just a template. Aside from that I use [[ChatGPT|AI_PRODUCT]] at home for making my care plans nicer, and for the English when I write incident reports. My colleague [[Joy|PERSON|word_name]] she uses [[Gemini|AI_PRODUCT]] because her phone is Samsung, it's built in daw.

AI: You mentioned [[Joy|PERSON|word_name]]. Do you and your colleagues talk about what's okay to put into these tools?

User: Yes and this is actually something I'm a bit ashamed of. I was helping my tita with her Pag-IBIG loan form and I copy-pasted everything into [[ChatGPT|AI_PRODUCT]] to ask what to put in each box, including my own SSS number [[34-7812093-5|NATIONAL_ID]] because I was the co-maker. After I realized, wait, where does this go?? So now I'm careful. For patients I never put the name, I just say "[[62 y/o|AGE]] male, post-op day 2" like that.

AI: That's a really thoughtful habit. Has Ma'am [[Tess|PERSON]] changed her view on it?

User: A little! Just recently she even asked me to make a tagalog version of the discharge teaching for diabetic patients using it, and then [[Joy|PERSON|word_name]] and I checked it line by line. She was impressed. She said "[[Grace|PERSON|word_name]], next time make it also in Bisaya." Haha. It was no joy checking 12 pages but ok. Officially the policy from the nursing service office is still not clear.

AI: Are there any other tools you use, for learning or planning your career?

User: For the NCLEX review I use an app, and I used [[Quizlet|SOFTWARE]] before. Because my plan is to go to the [[US|COUNTRY]], or maybe [[Canada|COUNTRY]], my batchmate [[Rhea Manalo|PERSON]] is already in [[Winnipeg|CITY]] (she's [[@rhea.rn.abroad|SOCIAL_HANDLE]] on TikTok, famous na haha) and she said to apply. She's the one who told me about [[Perplexity|AI_PRODUCT]], she says it gives the sources. My email is [[gracedc.rn at gmail dot com|OBF_EMAIL|spelled_at_dot]] if you need to send the consent form again, I think the first one went to spam. Or viber [[zero nine one seven, five five five, two eight four one|OBF_PHONE|digits_as_words]].

AI: Thanks, [[Grace|PERSON|word_name]], I'll make sure it's resent. Last question: what would make AI more useful for nurses like you?

User: Maybe if the hospital itself gives us a safe one, so we don't need to use our personal phones and worry about data. And training, because the younger nurses they just copy whatever it says. Me, I always double check with the doctor's orders. Okay that's all, salamat po!""")

T.append("""AI: Hi there, thanks for joining. Could you start by introducing yourself and what you do?

User: [[Austin Kowalczyk|PERSON]]. Yes [[Austin|PERSON|word_name]] like the city, and yes I live in [[Austin|CITY|word_place]]. [[Field service tech|JOB_TITLE]] for [[Lone Star Overhead Doors|ORGANIZATION]].

AI: Ha, good to meet you, [[Austin|PERSON|word_name]]. I imagine you get that comment a lot. How long have you been with the company, and what does a typical day look like for you?

User: Since [[2022-03-04|DATE|date_iso]] per the HR portal. Bit over two years. Typical day is 5 to 7 calls, garage doors, openers, some commercial roll-ups. Lot of driving.

AI: And how does AI show up in your work day to day, whether that's tools the company gives you or things you've found yourself?

User: [[ServiceTitan|SOFTWARE]] has some AI thing now that writes the job summary after each call. I use [[Copilot|AI_PRODUCT]] on the work laptop for emails to customers. Thats it. Summaries are fine. 80% right. It made up a part number once. Dispatcher, [[Keisha Boyd|PERSON]], caught it.

AI: Good catch by [[Keisha|PERSON]]. Does [[your manager|GENERIC_ROLE]] encourage using it?

User: My [[manager|JOB_TITLE]] [[Chase Whitaker|PERSON]] loves it. He's [[26|AGE]], watches every [[Elon Musk|PUBLIC_FIGURE]] video, and thinks it's going to replace dispatch. Our [[ops lead|JOB_TITLE]] [[Brooke|PERSON|word_name]] thinks it's garbage. I'm in the middle.

AI: That's an interesting split between [[Chase|PERSON|word_name]] and [[Brooke|PERSON|word_name]]. Where do you draw the line yourself? Is there anything you'd never use it for, no matter how good it got?

User: Safety stuff. Spring tension, cables. No. Will this be anonymous btw?

AI: Yes, anything identifying will be removed before analysis. Would you be open to a short follow-up call, and if so what's the best contact?

User: Sure. [[austin.kowalczyk@lonestardoors.com|EMAIL_ADDRESS]] or [[512-555-0148|PHONE_NUMBER]]. Personal is [[austin dot k dot atx at gmail dot com|OBF_EMAIL|spelled_at_dot]], cell [[512 five five five 0 1 9 9|OBF_PHONE|mixed_words_digits]]. LinkedIn is [[linkedin.com/in/austin-kowalczyk-atx|URL]] if that's easier. If you want the other side, [[Brooke|PERSON|word_name]] is [[brooke.h@lonestardoors.com|EMAIL_ADDRESS]], and [[Chase|PERSON|word_name]] would love to talk, he's [[@chase.fixes.doors|SOCIAL_HANDLE]] on TikTok.""")

T.append("""AI: Dzień dobry, and thank you for joining. Could you tell me a bit about yourself and your job?

User: Hello. Sorry my english is not perfect. I am [[chief accountant|JOB_TITLE]] (główny księgowy) in small accounting office "[[Biuro Rachunkowe Lipa|ORGANIZATION]]" in [[Kraków|CITY]]. We have about 40 clients, mostly small firms, hairdressers, one bakery, builders.

AI: Thank you. And what should I call you?

User: Oh sorry, I paste from my document, it is from form for the study:
Name: [[Tomasz Wieczorek|PERSON|form_field]]
DOB: [[14.02.1988|DATE|form_field]]
Address: [[ul. Lipowa 12/4|ADDRESS|form_field]], [[31-155|ADDRESS|postcode]] [[Kraków|CITY]]
PESEL: [[88021407158|NATIONAL_ID|form_field]]
Ah no, PESEL you did not ask, please delete this :) Just [[Tomek|PERSON|nickname]] is ok.

AI: No problem, [[Tomek|PERSON|nickname]], I'll make sure that number isn't kept. How do you use AI tools in your work?

User: Mostly [[ChatGPT|AI_PRODUCT]] for explaining new rules, because in [[Poland|COUNTRY]] the tax law changes all the time. Also [[KSeF|SOFTWARE]], the e-invoice system, there is many questions from clients. I ask [[chatgpt|AI_PRODUCT]] to write the answer to client in simple language. But I check always with the ustawa. Our software is [[Symfonia|SOFTWARE]] and some clients use [[Comarch Optima|SOFTWARE]], there is no AI there, only [[Excel|SOFTWARE]] for me.

AI: Do you ever put client data into these tools?

User: Never NIP or names. Well... one time my colleague [[Agnieszka Nowak|PERSON]] put whole JPK file, and our boss Pan [[Zbigniew Lis|PERSON]] was very angry. After that we have rule: only anonymous. [[Agnieszka|PERSON]] now use [[DeepL|AI_PRODUCT]] only for translate letters from German clients.

AI: That sounds like a useful lesson for [[Agnieszka|PERSON]]. How long have you worked in accounting?

User: Since [[2011|DATE|year]], after I finish [[Uniwersytet Ekonomiczny w Krakowie|SCHOOL]]. Before [[Lipa|ORGANIZATION]] I was in [[Deloitte|ORGANIZATION]], in [[Katowice|CITY]], four years in audit, as [[junior auditor|JOB_TITLE]] and then [[senior auditor|JOB_TITLE]]. Too many hours. Now I am [[36|AGE]] and I want to see my children haha, my wife [[Kasia|PERSON]] agrees.

AI: What worries you, if anything, about AI in accounting?

User: That clients will think they dont need accountant. One client, he is electrician, he send me [[ChatGPT|AI_PRODUCT]] answer and say "why I pay you". But the answer was wrong about VAT. So for now job is safe ;) If you want to write me after, my email is [[tomek kropka wieczorek małpa wp kropka pl|OBF_EMAIL|foreign_words]]. Phone if needed [[sześćset dwa, trzysta czternaście, osiemset pięćdziesiąt|OBF_PHONE|foreign_words]]. Or contact form on [[biurolipa.pl/kontakt|URL]], LinkedIn [[linkedin.com/in/tomasz-wieczorek-ksiegowy|URL]]. Thank you, bye!

""")

T.append("""AI: Hi, thanks for making time today. Could you tell me who you are and what you do?

User: Hiii. I'm [[Adaeze Okonkwo|PERSON]], most people call me [[Ada|PERSON|nickname]]. I'm a [[social media manager|JOB_TITLE]] for a small food business in [[Lagos|CITY]] called [[Mama Titi's Kitchen|ORGANIZATION]], we're at [[27 Herbert Macaulay Way|ADDRESS]], [[Yaba|CITY]]. I also freelance for two other brands on the side.

AI: Nice to meet you, [[Ada|PERSON|nickname]]. What AI tools do you use for that work?

User: Ah, plenty. [[ChatGPT|AI_PRODUCT]] for captions, [[CapCut|SOFTWARE]] for the auto captions on videos, [[Canva|SOFTWARE]] magic write, and [[Midjourney|AI_PRODUCT]] sometimes for flyers though [[madam|GENERIC_ROLE]] doesn't like it, she says the jollof looks "too american" lol, even though [[Burna Boy|PUBLIC_FIGURE]]'s team uses it for covers. Funny enough one of my freelance clients uses a customer service bot called [[Ada|AI_PRODUCT|name_like_product]] too, so confusing abeg.

AI: Who is "[[madam|GENERIC_ROLE]]", is that [[the owner|GENERIC_ROLE]]?

User: Yes, Mrs [[Titilayo Bankole|PERSON]], she owns the business. She's [[58|AGE]] and she's not into tech at all, her daughter [[Kemi|PERSON]] is the one who hired me. [[Kemi|PERSON]] manages the branches.

AI: And how did you end up working with [[Kemi|PERSON]] and the team? How did you get into this kind of work?

User: I studied Mass Comm at [[UNILAG|SCHOOL]], graduated [[2019|DATE|year]], then NYSC in [[Kano|CITY]], then I just started doing pages for people. My page is [[@adascooks|SOCIAL_HANDLE]] on IG and I'm [[adaeze.creates|SOCIAL_HANDLE]] on TikTok. I'm [[27|AGE]] by the way, if that matters for your research.

AI: Thanks, [[Ada|PERSON|nickname]]. Has AI changed how much work you can take on?

User: Definitely. Before, one brand was like full time. Now I can do three. But the captions from [[ChatGPT|AI_PRODUCT]] sound so foreign, I always have to add pidgin and rewrite. Like on [[4th March|DATE|date_ordinal]] we had a promo and it wrote "Treat yourself to our delightful rice" haha no one talks like that here. During [[Ramadan|GENERIC_TIME]] and at [[Christmas|GENERIC_TIME]] we do special packs and I plan everything in [[Google Sheets|SOFTWARE]] with the AI ideas, then adjust.

AI: Any concerns with using these tools?

User: Only that clients might think AI can do my job and cut my money. And the data thing, I put customers' numbers in a sheet once and asked it to format it, then I remembered. Anyway. You can reach me on [[0803 five five five 2917|OBF_PHONE|mixed_words_digits]] or [[adaeze dot okonkwo at gmail dot com|OBF_EMAIL|spelled_at_dot]]. If it's about the kitchen page [[@mamatitiskitchen|SOCIAL_HANDLE]] copy [[Kemi|PERSON]] too, [[kemi (at) mamatitiskitchen (dot) ng|OBF_EMAIL|paren_at_dot]].""")

T.append("""AI: Hello! Thanks for joining. Could you start by telling me your name and your role?

User: Hi, I am [[Nguyễn Thị Hồng Nhung|PERSON]], I work as [[backend developer|JOB_TITLE]] at [[FPT Software|ORGANIZATION]], [[Ho Chi Minh City|CITY]] office, in [[District 9|CITY]].

AI: Thank you, [[Nhumg|PERSON|misspelled_echo]]. How long have you been a developer?

User: Sorry, it is [[Nhung|PERSON]], [[N-H-U-N-G|PERSON|spelled_letters]]. Vietnamese names are hard, no problem :) I started at [[FPT|ORGANIZATION]] in [[Mar '22|DATE|month_year_abbrev]] after graduate from [[Bach Khoa university|SCHOOL]], [[HCMUT|SCHOOL]]. So two years.

AI: Thanks for correcting me, [[Nhung|PERSON]]. How do you use AI in your work?

User: Every day. [[GitHub Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]], and [[Cursor|AI_PRODUCT]] at home for side project. For the Japanese client we have many documents so we use [[ChatGPT|AI_PRODUCT]] to translate the spec, but company policy says no source code to it, only [[Copilot Business|AI_PRODUCT]] is approved. My [[team lead|JOB_TITLE]] anh [[Tuấn|PERSON]], full name [[Lê Minh Tuấn|PERSON]], is very strict about this.

AI: It sounds like [[Tuấn|PERSON]] takes that seriously. What kind of side project?

User: A small app for my mother's pho shop in [[Thủ Đức|CITY]], [[Phở Bà Tư|ORGANIZATION]], to take order by [[Zalo|SOFTWARE]]. I put the code on [[github.com/nhungnth-dev|URL]]. Also I write blog sometimes at [[nhungcodes.dev|URL]], and my LinkedIn is [[linkedin.com/in/hongnhung-nguyen|URL]].

AI: Has AI changed how your team works?

User: Yes, juniors finish tickets faster in [[Jira|SOFTWARE]] but the code review takes longer, because [[Copilot|AI_PRODUCT]] suggests code that looks correct but not follow our convention. [[Tuấn|PERSON]] says we review AI code like review intern code haha. My friend [[Khoa|PERSON]] from university says same thing at his company. Also I am [[24|AGE]] so I am also quite junior, I don't want to depend too much.

AI: If we have follow-up questions, how can we contact you?

User: Email is [[n h u n g . n t h @ f p t . c o m|OBF_EMAIL|spaced_letters]], I write with space so bots can't read, sorry. Or [[Zalo|SOFTWARE]] [[0 9 0 8 - 4 4 2 - 7 1 6|OBF_PHONE|split_digits]]. For the gift please send to [[42/7 Đường số 9, Phường Linh Trung|ADDRESS]], [[Thủ Đức|CITY]]. If I am on leave, [[Tuấn|PERSON]] is [[tuan.lm (a) fpt (.) com|OBF_EMAIL|paren_symbols]].""")

T.append("""AI: Hello, and thanks for agreeing to chat. Could you tell me a bit about yourself and your work?

User: Oh gosh where to start. I'm [[Hope Adeyemi-Clarke|PERSON]], I run a little bakery called [[Golden Crust Bakehouse|ORGANIZATION]] at [[41 Steep Hill|ADDRESS]] in [[Lincoln|CITY|word_place]], been going since [[2017|DATE|year]], and before that I was a [[primary school teacher|JOB_TITLE]] for twelve years which is a whole other story. It's me full time, my son [[Chase|PERSON|word_name]] who's [[16|AGE]] helps on [[Saturdays|GENERIC_TIME]], and [[Brooke|PERSON|word_name]] who's our [[counter assistant|JOB_TITLE]] three days a week, she's at uni the rest of the time. I'm [[fifty-one|AGE]], for the record, and I never thought I'd be talking about AI of all things, I can barely work the till some days.

AI: It sounds like a real family operation, [[Hope|PERSON|word_name]]. Where does AI come in?

User: [[Chase|PERSON|word_name]], mostly, if I'm honest. He set me up with [[ChatGPT|AI_PRODUCT]] a while back because I was moaning about writing [[Instagram|SOFTWARE]] posts, and now I use it for the captions and for checking the wording on allergen labels. I'd never trust it on allergens outright. And [[Brooke|PERSON|word_name]] uses something called [[Jasper|AI_PRODUCT|name_like_product]]? For the website blurbs. I thought [[Jasper|AI_PRODUCT|name_like_product]] was a lad she was seeing, I said "is [[Jasper|AI_PRODUCT|name_like_product]] coming to the [[Christmas|GENERIC_TIME]] do" and she nearly died laughing.

AI: That's a lovely mix-up. Are there any tasks you've stopped doing yourself?

User: The ordering emails to suppliers, I get it to tidy them. And our [[Square|SOFTWARE]] till has some sales forecast thing now that tells me to bake less on [[Mondays|GENERIC_TIME]], which, fair, it's dead then. At [[Easter|GENERIC_TIME]] it told me to do double hot cross buns and it was right, sold out by ten. I do my books in [[Excel|SOFTWARE]] still, my [[accountant|JOB_TITLE]] [[Will Pemberton|PERSON]] keeps telling me to move to [[Xero|SOFTWARE]], he says it has AI in it now. [[Will|PERSON|word_name]]'s lovely but he's obsessed.

AI: [[Will|PERSON|word_name]] sounds keen! Do you have any worries about using it?

User: Only that it all starts to sound the same. Every bakery online sounds like a robot now, "indulge in our artisan delights". I hope people can tell mine's still me. Oh and once it invented a gluten-free claim in a caption, I caught it, but imagine if someone had got ill, I'd have environmental health on my back and a solicitor to chase me. [[Mary Berry|PUBLIC_FIGURE]] would never.

AI: Good catch. If we want to send you the summary, where's best?

User: Email's [[hope@goldencrustlincoln.co.uk|EMAIL_ADDRESS]], or the shop phone is [[01522 five three oh seven eight one|OBF_PHONE|mixed_words_digits]], or my mobile [[07700 900 218|PHONE_NUMBER]]. Or message the shop [[@goldencrust_lincoln|SOCIAL_HANDLE]]. If you ring, ask for me not [[Brooke|PERSON|word_name]] or she'll just take a message and lose it. And if you want [[Will|PERSON|word_name]]'s view, he's [[will at pembertonaccts dot co dot uk|OBF_EMAIL|spelled_at_dot]].

AI: Brilliant, thank you so much, [[Hope|PERSON|word_name]].

User: Thank you love, pop in if you're ever in [[Lincoln|CITY|word_place]], first coffee's on me.""")

T.append("""AI: Hi, thanks for joining. Can you introduce yourself briefly, just your name and what you do?

User: [[Jordan Reyes-Whitfield|PERSON]]. [[Paralegal|JOB_TITLE]]. [[Whitfield & Marsh LLP|ORGANIZATION]], [[Tulsa|CITY]].

AI: Thanks, [[Jordan|PERSON|word_name]], and thanks for keeping it brief, that works fine for us. Just out of curiosity, any relation to the [[Whitfield|PERSON]] on the door?

User: Father-in-law. [[Gerald Whitfield|PERSON]]. Married his daughter [[Renee|PERSON]]. Long story.

AI: Got it, thanks [[Jordan|PERSON|word_name]]. How do you use AI in your role, if at all?

User: [[Harvey|AI_PRODUCT|name_like_product]] for first-pass doc review. [[Clio|SOFTWARE]] for everything else. [[ChatGPT|AI_PRODUCT]] is blocked on the network since [[Jan 2023|DATE|month_year_abbrev]]. One of [[the associates|GENERIC_ROLE]] pasted a client's medical records into it. Firm panicked.

AI: I see, so that was a policy response to a specific incident. How has [[Harvey|AI_PRODUCT|name_like_product]] changed your workload, in terms of the kind of tasks you do and how much time they take?

User: Less grunt work. More checking. [[The partner|GENERIC_ROLE]] expects turnaround in half the time now. Not sure that's a win. I use [[Perplexity|AI_PRODUCT]] for my own stuff. Planning a trip to [[Jordan|COUNTRY|word_place]] actually. People think that's funny.

AI: Ha, I can see why people would find that funny. A couple of background questions, if that's alright: how long have you been working as a paralegal, and what did you do before that? Education too, if you're comfortable.

User: Certified [[3/4/22|DATE|date_slash]]. Before that, [[receptionist|JOB_TITLE]] at the same firm for 3 yrs. Associate's from [[Tulsa Community College|SCHOOL]]. [[31|AGE]] years old if you need it.

AI: Thanks, that's really helpful context. And if we wanted to send you a couple of short follow-up questions in writing, what's the best way to contact you?

User: [[jordan [at] wmlawtulsa [dot] com|OBF_EMAIL|bracket_at_dot]]. Don't call the office line. Cell is fine, [[918.555.0193|PHONE_NUMBER]]. Personal [[jrw dot paralegal at proton dot me|OBF_EMAIL|spelled_at_dot]]. Sig:
[[Jordan Reyes-Whitfield|PERSON|signature]], ACP
[[Paralegal|JOB_TITLE]]
[[Whitfield & Marsh LLP|ORGANIZATION]]
[[2210 S Boston Ave, Suite 400|ADDRESS|signature]], [[Tulsa|CITY]], [[OK|CITY]] [[74114|ADDRESS|postcode]]
[[jreyeswhitfield@wmlawtulsa.com|EMAIL_ADDRESS]]""")

T.append("""AI: Namaste, and thank you for joining. Please tell me about yourself and your work.

User: Namaste. I am [[Sneha Kulkarni|PERSON]], I am [[maths teacher|JOB_TITLE]] for classes 8 to 10 at [[Vidya Niketan English Medium School|SCHOOL]] in [[Kothrud|CITY]], [[Pune|CITY]]. I have been teaching there since [[2009|DATE|year]]. I am [[41|AGE]] years.

AI: Thank you, [[Sneha|PERSON]] ma'am. How do you use AI in your teaching?

User: Mostly [[Gemini|AI_PRODUCT]], because school has [[Google Workspace|SOFTWARE]], so it is there. I make question papers, worksheets with different level for weak students. Also my son [[Aarav|PERSON]] who is [[nine|AGE]], he showed me how to use [[ChatGPT|AI_PRODUCT]] voice, now I ask it while cooking haha.

AI: [[Aarav|PERSON]] sounds like a good teacher himself! What does [[your principal|GENERIC_ROLE]] think about it?

User: Our [[principal|JOB_TITLE]] Mrs. [[Deshpande|PERSON]] is positive, she did a workshop in [[summer vacation|GENERIC_TIME]] for all teachers. But [[the management|GENERIC_ROLE]] says no student data in any AI. We use [[Google Classroom|SOFTWARE]] for the students.

AI: Have you had any problems with the answers it gives?

User: Yes! Once for [[Diwali|GENERIC_TIME]] homework I asked for 20 word problems and answer key, and 4 answers were wrong. If I didn't check, parents would have complained on [[WhatsApp|SOFTWARE]] group, they complain for everything. Now I verify every answer. My colleague [[Farida Shaikh|PERSON]] from science found the same problem. Also the English is American, "math" not "maths", my students get confused.

AI: That's useful to know, [[Sneha|PERSON]]. Is there anything you're worried about?

User: One thing. I used one of those PDF AI websites to fill my income tax form and I uploaded my PAN card and Aadhaar also, Aadhaar number [[4821 7730 1956|NATIONAL_ID]] is now somewhere on internet I think. My husband [[Rohit|PERSON]] was very angry. Now I am careful.

AI: Thank you for sharing that. How can we contact you for a follow-up?

User: Phone is [[98 two zero 4 five six 3 one 7|OBF_PHONE|mixed_words_digits]], same number for messages. Email [[sneha.k.teach@gmail.com|EMAIL_ADDRESS]], or school one [[sneha dot kulkarni at vnems dot edu dot in|OBF_EMAIL|spelled_at_dot]]. Landline [[020 - 2543 - 8817|OBF_PHONE|split_digits]]. Home address if you are sending the gift voucher: [[Flat 7, Shree Sai Apartments, Paud Road|ADDRESS]], [[Kothrud|CITY]], [[Pune|CITY]] [[411038|ADDRESS|postcode]].""")

T.append("""AI: Olá! Thanks for being here. Can you tell me about yourself and what you do?

User: Olá! So, my name is [[Luiz Felipe Carvalho|PERSON]] but nobody call me that, is [[Lipe|PERSON|nickname]], since I was kid. I'm a [[senior designer|JOB_TITLE]], motion and branding, at a small agency in [[São Paulo|CITY]] called [[Agência Pipoca|ORGANIZATION]], we are in [[Vila Madalena|CITY]], like 15 people. Before I was in [[Nubank|ORGANIZATION]] design team for 2 years, from [[2019|DATE|year]] to [[2021|DATE|year]], big company, too many meetings haha. I study design at [[Mackenzie|SCHOOL]].

AI: Nice to meet you, [[Lipe|PERSON|nickname]]. How does AI fit into your work at the agency?

User: Oh it changed everything, for good and bad. [[Midjourney|AI_PRODUCT]] for moodboards, [[Adobe Firefly|AI_PRODUCT]] inside [[Photoshop|SOFTWARE]] for extend images, [[Runway|AI_PRODUCT]] for some video tests. The [[owner|JOB_TITLE]], [[Fernanda Albuquerque|PERSON]], she is 100% AI enthusiast, she want we use for everything. But the clients, some of them say in the contract "no generative AI" so we need to be careful, like the juice brand from [[Curitiba|CITY]], they are very strict.

AI: What happens when a client says no AI, [[Lipe|PERSON|nickname]]?

User: We do manual, like old times. And we have a checklist in [[Notion|SOFTWARE]], [[Fernanda|PERSON]] made it, every file we mark if AI touch it or not. Honestly I think is fair. My friend [[Thiago|PERSON]], he is [[illustrator|JOB_TITLE]], freelance ([[@thiagorabisca|SOCIAL_HANDLE]], amazing work), he lost 2 clients last year because of [[Midjourney|AI_PRODUCT]], so I understand the feelings.

AI: You mentioned [[Thiago|PERSON]], do designers in your circle talk a lot about this?

User: All the time! We have a group, every [[Friday|GENERIC_TIME]] we go for beer and the topic is always AI. Some people very angry, some like me in the middle. I post my personal work in [[behance.net/lipecarvalho|URL]] and IG [[@lipe.motion|SOCIAL_HANDLE]], and I always write when something is made with AI, is my rule.

AI: That's a thoughtful rule. Is there anything else you'd like to add?

User: Ah, one thing funny, for the research form you sent I ask [[ChatGPT|AI_PRODUCT]] to fill it and it put everything in the wrong place, look:
Nome: [[Luiz Felipe Carvalho|PERSON|form_field]]
CPF: [[382.947.160-05|NATIONAL_ID|form_field]]
Endereço: [[Rua Harmonia, 512, apto 83|ADDRESS|form_field]] - [[Vila Madalena|CITY]], [[São Paulo|CITY]] - [[SP|CITY]], [[05435-000|ADDRESS|postcode]]
So I do it manually after lol. Please don't share that.

AI: Of course, we'll remove those details. What's the best way to reach you?

User: Email [[lipe arroba agenciapipoca ponto com ponto br|OBF_EMAIL|foreign_words]], or WhatsApp [[onze, nove sete quatro um dois, três três oito zero|OBF_PHONE|foreign_words]]. For the agency contract talk with [[Fernanda|PERSON]], [[fe.albuquerque arroba agenciapipoca ponto com ponto br|OBF_EMAIL|foreign_words]]. Obrigado, tchau!""")

T.append("""AI: Hello, thank you for joining today. Could you introduce yourself?

User: Hello. I'm [[Park Ji-woo|PERSON]], [[QA lead|JOB_TITLE]] at [[Nexon Korea|ORGANIZATION]], in [[Pangyo|CITY]]. I test online games, mostly live service.

AI: Thanks, [[Ji-woo|PERSON]]. How do you use AI in QA?

User: We have internal tool, made by our AI team, that reads bug reports and finds duplicates. Also I use [[ChatGPT|AI_PRODUCT]] and [[HyperCLOVA X|AI_PRODUCT]] for writing test cases. [[Claude|AI_PRODUCT|name_like_product]] is better for long spec documents, it can read the whole design doc. [[Jira|SOFTWARE]] for tracking. If I choose one, [[Claude|AI_PRODUCT|name_like_product]], honestly. My junior [[Kang Min-seo|PERSON]] likes [[Wrtn|AI_PRODUCT]] because it's Korean service and free. We argue about it haha.

AI: Sounds like a friendly rivalry with [[Min-seo|PERSON]]. Has AI changed how many testers the team needs?

User: Not yet. But [[management|GENERIC_ROLE]] talks about it, my [[director|JOB_TITLE]] [[Choi Dong-hyun|PERSON]] asked me for a report. In [[2023|DATE|year]] we had 14 testers, now 11. They say not because of AI. I'm not sure.

AI: That must feel uncertain. How long have you been in QA?

User: Since [[2016|DATE|year]], after I graduated [[Kyung Hee University|SCHOOL]], computer engineering. I am [[31|AGE]] international age. In [[Korea|COUNTRY]] we changed to international age so people confused haha.

AI: Good to know! Is there anything you avoid putting into AI tools?

User: Of course, unreleased game info, it's under NDA. One time [[a designer|GENERIC_ROLE]] put patch notes for unreleased character into a chatbot before launch, big meeting after. Now there is extra check. Also no user data, like player IDs.

AI: If we want to follow up, how should we contact you?

User: I share test scripts on [[github.com/jiwoo-park-qa|URL]]. KakaoTalk ID [[jiwoo_qa91|SOCIAL_HANDLE]], or phone [[０１０-４８２７-３３９１|OBF_PHONE|fullwidth_digits]]. Sorry my keyboard is in full width mode. [[Min-seo|PERSON]] also said she can join, [[minseo.kang at nexon dot co dot kr|OBF_EMAIL|spelled_at_dot]]. Email [[jiwoo.park 골뱅이 nexon 점 co 점 kr|OBF_EMAIL|foreign_words]]. My signature is like this:
[[Park Ji-woo|PERSON|signature]] ([[박지우|PERSON|signature]])
[[QA Lead|JOB_TITLE|signature]], Live Service QA
[[Nexon Korea|ORGANIZATION]]
[[256 Pangyo-ro|ADDRESS|signature]], [[Bundang-gu|CITY]], [[Seongnam-si|CITY]]""")

T.append("""AI: Hello, and thanks for taking part. Could you tell me about yourself and your job?

User: Good afternoon. My name is [[Kwabena Asante|PERSON]], but everybody calls me [[Kobby|PERSON|nickname]]. I am a [[field extension officer|JOB_TITLE]] with [[GreenRidge Agro|ORGANIZATION]], we support cocoa and maize farmers around [[Kumasi|CITY]] and [[Ejisu|CITY]]. I have been with them since [[12th July 2021|DATE|date_ordinal]].

AI: Thank you, [[Kobby|PERSON|nickname]]. How does AI show up in your work?

User: We have an app called [[FarmBuddy|SOFTWARE]] that the company built, it has a chatbot inside that farmers can ask in Twi. I don't know which AI is inside, my [[supervisor|JOB_TITLE]] Mr. [[Emmanuel Boateng|PERSON]] said it is GPT something. Me personally, I use [[ChatGPT|AI_PRODUCT]] to write my weekly reports, because the reports are too long, every [[Friday|GENERIC_TIME]]. I just put my notes and it arranges.

AI: Do the farmers trust the chatbot?

User: Some of them. The older ones prefer to call me. For example Auntie [[Akosua|PERSON]] in [[Bonwire|CITY]], she is about [[seventy|AGE]], she will call me even at 9pm to ask about black pod disease. She says the phone is "talking too fast." The younger ones like it.

AI: [[Akosua|PERSON]] sounds like quite a character. What about data, is there anything you worry about?

User: Yes. Farmers give their Ghana Card number for registration and sometimes the officers type everything into [[WhatsApp|SOFTWARE]] groups, even the card numbers. I told [[my boss|GENERIC_ROLE]] it is not good. Even my own details are in one of those groups because of a mistake from [[HR|GENERIC_ROLE]], they posted like this:
Name: [[KWABENA ASANTE|PERSON|form_field]]
Ghana Card: [[GHA-718294035-6|NATIONAL_ID|form_field]]
Digital Address: [[AK-039-5521|ADDRESS|form_field]]
Phone: [[024 441 8290|PHONE_NUMBER|form_field]]

AI: I'm sorry to hear that. How did you train for this job?

User: I did agriculture at [[KNUST|SCHOOL]], finished [[2019|DATE|year]]. Then national service at [[MoFA|ORGANIZATION]] office in [[Ejisu|CITY]]. I am [[28|AGE]] now. My sister [[Ama|PERSON]] (she is [[@ama_codes_gh|SOCIAL_HANDLE]] on X) says I should do masters in data science because of all this AI, maybe in [[Europe|CONTINENT]].

AI: What would make AI tools more useful for you, [[Kobby|PERSON|nickname]]? And how can we reach you for a follow-up?

User: If it understands Twi better and works offline, network in some villages is very bad. For contact, [[kobby asante at yahoo dot com|OBF_EMAIL|spelled_at_dot]], all together no space. Or call [[zero two four, four four one, eight two nine zero|OBF_PHONE|digits_as_words]]. Mr. [[Boateng|PERSON]] also agreed to talk, his line is [[0 5 4 - 7 7 3 - 1 0 6 2|OBF_PHONE|split_digits]].""")

T.append("""AI: Hola, thanks for joining. Can you tell me your name and what you do?

User: Hi! I'm [[Guadalupe Hernández Ríos|PERSON]] but call me [[Lupita|PERSON|nickname]]. I'm [[HR coordinator|JOB_TITLE]] at a manufacturing plant in [[Zapopan|CITY]], near [[Guadalajara|CITY]], the company is [[Tequimex Envases|ORGANIZATION]], we make bottles and caps for tequila brands.

AI: Thanks, [[Lupita|PERSON|nickname]]. How do you use AI in HR?

User: A lot for job descriptions. [[ChatGPT|AI_PRODUCT]] writes the vacantes, then I fix the tone, because in [[Mexico|COUNTRY]] people don't write "rockstar" lol. We also have [[Workday|SOFTWARE]] now and it came with an assistant. And [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] for the long email chains with the corporate office in [[Texas|CITY]].

AI: Do you use it for screening candidates?

User: No, no. My jefa, [[Claudia Ortega|PERSON]], she is [[HR manager|JOB_TITLE]], said absolutely not, because of discrimination risk. We read all CVs ourselves. Sometimes 300 for one operator position. [[Claudia|PERSON]] says if we use AI for that we need legal first.

AI: That sounds like a careful approach from [[Claudia|PERSON]]. Have you ever had a problem with what you put in?

User: Once, yes. I was making a report about absences and I pasted a table with names and CURP of the workers to ask for a summary. Including mine, [[HERG850312MJCRSD07|NATIONAL_ID]]. After I realized and deleted the chat. I don't know if it's really deleted.

AI: That's a common worry, [[Lupita|PERSON|nickname]]. How long have you worked in HR?

User: Since [[2012|DATE|year]], I studied psychology at [[Universidad de Guadalajara|SCHOOL]], then I started at [[Tequimex|ORGANIZATION]] as [[trainee|JOB_TITLE]]. I'm [[39|AGE]], I've been there my whole career basically. I love it even with the crazy [[December|GENERIC_TIME]], with all the aguinaldo calculations.

AI: What would you like AI to do for you that it doesn't do now? And how could we follow up with you later?

User: The aguinaldo and PTU calculations! [[Excel|SOFTWARE]] is still my best friend, me and [[Rodrigo Peña|PERSON]] from payroll spend all [[December|GENERIC_TIME]] on it. If AI could do that correctly I would cry of happiness. If you need to follow up, my cel is [[tres tres, uno cuatro ocho dos, siete siete cero nueve|OBF_PHONE|foreign_words]]. Email [[lupita.hdz arroba tequimex punto mx|OBF_EMAIL|foreign_words]]. For anything official cc [[Claudia|PERSON]], [[claudia.ortega@tequimex.mx|EMAIL_ADDRESS]], her extension [[33 - 1 4 8 2 - 0 0 6 1|OBF_PHONE|split_digits]]. Office is [[Av. Vallarta 5120|ADDRESS]], [[Camino Real|CITY]], [[45040|ADDRESS|postcode]] [[Zapopan|CITY]], [[Jal.|CITY]] And I'm on LinkedIn, [[linkedin.com/in/lupita-hernandez-rh|URL]]. Gracias!""")

T.append("""AI: Hello, thank you for joining. Could you tell me your name and your job?

User: Hello, I am [[Emre Yıldız|PERSON]], [[logistics coordinator|JOB_TITLE]] in a freight forwarding company in [[Izmir|CITY]], name is [[Ege Lojistik|ORGANIZATION]]. We do mostly export, dried figs, textiles, to [[Europe|CONTINENT]].

AI: Thanks, [[Emra|PERSON|misspelled_echo]]. How do you use AI in your work?

User: [[Emre|PERSON]], with "e" at the end :) It's ok. I use [[ChatGPT|AI_PRODUCT]] for customs documents explanation, and [[DeepL|AI_PRODUCT]] for translate emails to German and Dutch customers. Our system is [[SAP|SOFTWARE]], no AI there yet, very old version.

AI: Sorry about that, [[Emre|PERSON]]. Does your company have rules about using these tools?

User: Not official. My [[manager|JOB_TITLE]] [[Ayşe Demir|PERSON]], we say [[Ayşe|PERSON]] Hanım, she says use but don't put customer prices. Because our competitors... you know. My colleague [[Burak|PERSON]] uses [[Gemini|AI_PRODUCT]], she doesn't care which one. [[Ayşe|PERSON]] is very practical, she is in her [[50s|AGE|age_range]] and learned everything herself.

AI: [[Ayşe|PERSON]] Hanım sounds very practical. What tasks has AI helped the most with?

User: Writing to shipping lines when container is delayed. Before it took me half hour to write polite angry email haha. Now 2 minutes. Also in [[Ramadan|GENERIC_TIME]] we have shorter hours so it helps to finish faster. But it is not perfect. HS codes for example. It gives wrong codes very confidently. Once it said wrong code for dried apricots and if I didn't check, the customs in [[Netherlands|COUNTRY]] would stop the container. So I always check in the official tariff.

AI: How long have you been in logistics?

User: Since [[2018|DATE|year]]. I graduated [[Dokuz Eylül University|SCHOOL]], international trade. Before [[Ege Lojistik|ORGANIZATION]] I worked one year in [[Arkas|ORGANIZATION]] as [[intern|JOB_TITLE]]. I'm [[29|AGE]].

AI: Thank you, [[Emre|PERSON]]. How can we reach you later if needed?

User: [[emre.yildiz[at]egelojistik.com.tr|OBF_EMAIL|bracket_at]] or mobile [[0532.418.27.63|OBF_PHONE|dotted_digits]], office [[0 232 . 445 . 18 90|OBF_PHONE|split_digits]]. Address for gift: [[Mithatpaşa Cad. No:112 D:4|ADDRESS]], [[35290|ADDRESS|postcode]] [[Konak|CITY]]/[[İzmir|CITY]]. For the payment you need my TC number? [[34817265094|NATIONAL_ID]]. LinkedIn also ok: [[linkedin.com/in/emreyildiz-lojistik|URL]].""")

T.append("""AI: Hi, thanks for joining. Please introduce yourself.

User: hi kak! aku [[putri|PERSON|lowercase_name]]. full name [[putri ayu lestari|PERSON|lowercase_name]]. im [[social media admin|JOB_TITLE]] at [[kopi senja|ORGANIZATION]], small coffee shop chain in [[jakarta selatan|CITY]], we have 4 outlets. mostly in [[kemang|CITY]] and [[tebet|CITY]]

AI: Nice to meet you, [[Putri|PERSON]]. What AI tools do you use?

User: [[canva|SOFTWARE]] for design, the magic thing. [[chatgpt|AI_PRODUCT]] for caption ideas. [[gemini|AI_PRODUCT]] sometimes bc its on my phone. [[capcut|SOFTWARE]] for reels

AI: How did you learn to use them?

User: from videos mostly lol. and my friend [[dimas|PERSON|lowercase_name]], [[dimas prasetyo|PERSON|lowercase_name]], he works at [[gojek|ORGANIZATION]], he taught me prompt. his ig [[@dimasprstyo|SOCIAL_HANDLE]] full of tips. my boss bu [[ratna|PERSON|lowercase_name]] doesnt really understand but she likes the result

AI: Nice of [[Dimas|PERSON]] to teach you. Are there things you don't like about using AI for this?

User: kadang the caption too formal. like indonesian from textbook. our customers are gen z so i need to add slang. also during [[ramadan|GENERIC_TIME]] we do bukber promo and ai doesnt understand the vibes haha. and once [[gemini|AI_PRODUCT]] made picture of our logo wrong, bu [[ratna|PERSON|lowercase_name]] angry

AI: That's interesting. Do you handle any customer data?

User: yes for the loyalty program, name and phone. i never put that to ai. but my coworker did once, put whole [[excel|SOFTWARE]] of members to [[chatgpt|AI_PRODUCT]] to find birthday promo. bu [[ratna|PERSON|lowercase_name]] didnt know, dont tell her haha

AI: Your secret's safe, [[Putri|PERSON]]. Could you share a little about your background, and how we can reach you later?

User: im [[25|AGE]], graduated from [[universitas indonesia|SCHOOL]] [[2021|DATE|year]], communication. started at [[kopi senja|ORGANIZATION]] [[2022|DATE|year]]. before that [[intern|JOB_TITLE]] at a bank. my ktp number is in the consent form already right? [[3174055708990002|NATIONAL_ID]]. just in case. ig [[@putriayu.ls|SOCIAL_HANDLE]] or wa [[nol delapan satu tiga, 4 4 0 2, 9 1 7 5|OBF_PHONE|foreign_words]]. email [[putri.ayu.l @ gmail . com|OBF_EMAIL|spaced_symbols]]""")

T.append("""AI: Hello! Thanks for joining. Could you introduce yourself?

User: Hi, I'm [[Chen Xiaoling|PERSON]], English name [[Lily|PERSON|nickname]]. I'm [[e-commerce operations specialist|JOB_TITLE]] at a small electronics brand in [[Shenzhen|CITY]], [[Nanshan|CITY]] district, company called [[Huaxin Tech|ORGANIZATION]]. We sell power banks on [[Tmall|SOFTWARE]] and some overseas platforms.

AI: Thanks, [[Lily|PERSON|nickname]]. How do you use AI in your job?

User: Very much. For Chinese listings I use [[Kimi|AI_PRODUCT|name_like_product]] and [[Doubao|AI_PRODUCT]], for English listings [[ChatGPT|AI_PRODUCT]] with VPN, haha. [[Kimi|AI_PRODUCT|name_like_product]] is good for reading long supplier PDF. Also [[ERNIE Bot|AI_PRODUCT]] sometimes because [[my boss|GENERIC_ROLE]] says it's more safe.

AI: [[Kimi|AI_PRODUCT|name_like_product]] sounds like a person's name! Do people get confused?

User: Haha yes, my colleague is also called [[Wang Kimi|PERSON]], it's her English name. So in [[WeChat|SOFTWARE]] group we say "AI [[Kimi|AI_PRODUCT|name_like_product]]" and "real [[Kimi|PERSON|word_name]]".

AI: That's funny, poor [[Wang Kimi|PERSON]]! What tasks take the most time, and has AI changed that?

User: Before [[Double 11|GENERIC_TIME]] and [[618|GENERIC_TIME]] it is crazy, hundreds of product titles and images. Now AI writes the first draft, I check keywords. For images we use a tool inside the seller backend, it generates lifestyle photos. My workload is same though, they just give more SKUs haha.

AI: Any concerns about data or privacy? And how long have you worked in this field?

User: Company says don't upload supplier prices or customer addresses. But sometimes the customer service girls paste complaints with phone numbers into [[Doubao|AI_PRODUCT]] to write reply, like "Name: [[Liu Jianguo|PERSON|form_field]], Tel: [[139-2871-6604|PHONE_NUMBER|form_field]], Addr: [[Room 1203, Block B, Haiyue Garden|ADDRESS|form_field]], [[Bao'an|CITY]]". I told them no. I'm [[27|AGE]], not old, but I feel like the old auntie in office saying "be careful" haha. I started in [[2019|DATE|year]], after [[Shenzhen University|SCHOOL]], major in English. Before [[Huaxin|ORGANIZATION]] I was at a cross-border agency in [[Futian|CITY]] for one year as [[customer service rep|JOB_TITLE]].

AI: Thank you, [[Lily|PERSON|nickname]]. How can we reach you?

User: [[WeChat|SOFTWARE]] ID [[lily_cxl_sz|SOCIAL_HANDLE]], or phone [[1 3 8 . 0 0 1 3 . 2 4 5 7|OBF_PHONE|split_digits]]. If I don't answer, [[Wang Kimi|PERSON]] is [[一三九 二二八七 五零四一|OBF_PHONE|chinese_numerals]]. Email [[lily.chen at huaxintech dot cn|OBF_EMAIL|spelled_at_dot]].""")

T.append("""AI: Hello, thank you for joining. Could you introduce yourself and your work?

User: Hello. I'm [[Layla Haddad|PERSON]], I work as a [[localization project manager|JOB_TITLE]] at a small company in [[Amman|CITY]], [[Jordan|COUNTRY]], called [[Rawabi Language Services|ORGANIZATION]]. We translate Arabic and French, mostly for NGOs and some tech clients. Our biggest client has its office in [[Paris|CITY|word_place]].

AI: Thanks, [[Layla|PERSON]]. How does AI fit into your work?

User: Machine translation is not new for us, we used [[Google Translate|AI_PRODUCT]] and then [[DeepL|AI_PRODUCT]] for years inside [[Trados|SOFTWARE]]. What's new is [[ChatGPT|AI_PRODUCT]] and now [[Claude|AI_PRODUCT|name_like_product]] for post-editing and for checking tone. For Arabic dialects it is still weak, it mixes Levantine and Egyptian. My colleague [[Faris Al-Masri|PERSON]] says it writes like a news anchor from the 90s.

AI: Ha, [[Faris|PERSON]] sounds like he has opinions. How do clients feel about it?

User: Mixed. The NGO clients want lower price because "AI does it". The [[Paris|CITY|word_place]] client, they ask us to sign that no confidential text goes to public AI. So for them we use only [[DeepL Pro|AI_PRODUCT]] with the data agreement. Our [[director|JOB_TITLE]], Mr. [[Khalil Nasser|PERSON]], negotiated that on [[2021-11-08|DATE|date_iso]], I remember because it was my birthday week.

AI: So Mr. [[Nasser|PERSON]] sorted out the data agreement. Has your own job changed since then?

User: Yes, I spend less time translating and more time checking and managing. I'm [[33|AGE]], I studied translation at [[Yarmouk University|SCHOOL]] in [[Irbid|CITY]], and when I started in [[2014|DATE|year]] we did everything by hand. Now I feel like a supervisor of a robot. Honestly I don't hate it.

AI: Is there anything you'd never use AI for, [[Layla|PERSON]]?

User: Legal documents for refugees, asylum papers. Too sensitive, and one mistake can change someone's life. We do those fully human, two translators. [[Faris|PERSON]] and me usually.

AI: Thank you. If we'd like to follow up, how can we reach you?

User: [[layla.haddad@rawabi-ls.jo|EMAIL_ADDRESS]], or mobile [[٠٧٩ ٥٥٥ ١٨٤٠|OBF_PHONE|arabic_indic_digits]], sorry my phone keyboard is Arabic, it is [[+962 79 555 1840|PHONE_NUMBER]]. Also on LinkedIn, [[linkedin.com/in/layla-haddad-loc|URL]], and on ProZ I am [[layla_haddad_tr|SOCIAL_HANDLE]]. For urgent files [[Faris|PERSON]] is [[faris at rawabi-ls dot jo|OBF_EMAIL|spelled_at_dot]].""")

T.append("""AI: G'day, thanks for jumping on. Could you tell me who you are and what you do?

User: no worries. im [[Skylar Bennett|PERSON]] but everyone calls me [[Sky|PERSON|word_name]]. [[owner-operator|JOB_TITLE]] of a landscaping business down in [[Geelong|CITY]], [[Green Wattle Landscaping|ORGANIZATION]], me and two lads. [[38|AGE]] this year, been doing it since i was [[19|AGE]]

AI: Thanks, [[Sky|PERSON|word_name]]. Where does AI fit into a landscaping business?

User: quotes mostly. i chuck my site notes into [[chatgpt|AI_PRODUCT]] and it spits out a proper quote with the wording and all. then i put it into [[Tradify|SOFTWARE]]. saves me doing it at 10pm on the couch. also use it for council permit letters, retaining walls over a metre need one in the [[City of Greater Geelong|CITY]]

AI: How accurate are the quotes it writes?

User: pretty good on wording, useless on prices lol. it reckons turf is like $4 a metre. mate its not the 90s. i do the numbers myself in [[excel|SOFTWARE]]

AI: Do the lads use it too?

User: [[Jayden|PERSON]] does, hes [[22|AGE]], uses it for everything, even asked it how to fix his ute. [[Mick Donnelly|PERSON]]'s old school, wont touch it. my missus [[Tamsin|PERSON]] does the books and she uses [[Copilot|AI_PRODUCT]] for the BAS stuff, she's more techy than me

AI: Sounds like [[Jayden|PERSON]] and [[Tamsin|PERSON]] are the tech-savvy ones. Anything you're wary of?

User: giving it customer addresses. i just put "backyard, 60sqm, clay soil" and the suburb. and it tried to tell me a plant was native when its not, had a customer from [[Torquay|CITY]] pull me up on it. embarrassing. blue sky thinking my arse

AI: Fair enough, [[Sky|PERSON|word_name]]. How can we get in touch for any follow ups?

User: [[0491 five seven oh, one five six|OBF_PHONE|mixed_words_digits]] or [[sky at greenwattle dot com dot au|OBF_EMAIL|spelled_at_dot]]. facebook page is [[facebook.com/greenwattlelandscaping|URL]] if thats any use. invoices go thru [[Tamsin|PERSON]], [[tamsin [at] greenwattle [dot] com [dot] au|OBF_EMAIL|bracket_at_dot]]. or the yard, [[3/17 Fellmongers Road|ADDRESS]], [[Breakwater|CITY]] [[VIC 3219|ADDRESS|postcode]]""")

T.append("""AI: Hi, thank you for joining us today. Would you introduce yourself?

User: Hi there. I'm [[Faith Beaulieu|PERSON]], I'm a [[child protection worker|JOB_TITLE]] with [[Red River Family Services|ORGANIZATION]] in [[Winnipeg|CITY]]. I've been in the field since [[Jan 2020|DATE|month_year_abbrev]], so right through covid, which was a lot.

AI: Thank you, [[Faith|PERSON|word_name]]. How do you use AI in your work, if at all?

User: Carefully, lol. Our agency piloted [[Otter|AI_PRODUCT|name_like_product]] for transcribing meetings, then pulled it because of privacy. Case notes go into [[Penelope|SOFTWARE|name_like_product]], which is just our case management system, not a person, people always ask. I've used [[ChatGPT|AI_PRODUCT]] for writing training materials, never anything with client info.

AI: Why did the agency pull [[Otter|AI_PRODUCT|name_like_product]]?

User: It was joining meetings on its own! Someone connected it to their calendar and it showed up in a family conference with a kid's kookum. Our [[supervisor|JOB_TITLE]] [[Dale Fontaine|PERSON]] lost it. Rightly. After that [[the director|GENERIC_ROLE]] sent a memo, no AI notetakers, period.

AI: That sounds stressful, and I can see why [[Dale|PERSON]] reacted that way. Do you have faith that these tools will get safer?

User: Some. I think they'll get better, but a lot of the families we work with are Indigenous and there's a long history of government collecting info on them. Trust is everything. I'd rather type my own notes at 11pm than lose that.

AI: Is there any personal use of AI outside work, [[Faith|PERSON|word_name]]?

User: My son [[Elijah|PERSON]] is [[seven|AGE]] and he's obsessed with making pictures with [[Gemini|AI_PRODUCT]] on my phone, dragons mostly. And I used [[ChatGPT|AI_PRODUCT]] to help with my CRA forms, which in hindsight, I literally typed my SIN in there, [[527 614 903|NATIONAL_ID]], like an idiot. Don't put that in your report haha.

AI: We'll make sure it's removed. And [[Elijah|PERSON]]'s dragons sound great. Where did you train, and how can we reach you if we have follow-up questions?

User: BSW from [[University of Manitoba|SCHOOL]], finished [[2019|DATE|year]]. I'm [[29|AGE]]. Grew up in [[Selkirk|CITY]], moved to the city for school. Email's [[faith.beaulieu(at)rrfs(dot)ca|OBF_EMAIL|paren_at_dot]], that's work, for anything official [[Dale|PERSON]] is [[dale.fontaine(at)rrfs(dot)ca|OBF_EMAIL|paren_at_dot]], or text me [[two oh four, 555, oh one nine three|OBF_PHONE|mixed_words_digits]]. My work sig if it helps:
[[Faith Beaulieu|PERSON|signature]], BSW, RSW
[[Child Protection Worker|JOB_TITLE|signature]]
[[Red River Family Services|ORGANIZATION]]
[[835 Portage Avenue|ADDRESS|signature]], [[Winnipeg|CITY]] [[MB|CITY]] [[R3G 0N6|ADDRESS|postcode]]""")

T.append("""AI: Hi, thanks for joining. Could you introduce yourself and what you do?

User: Hiya, I'm [[Aoife Ní Bhriain|PERSON]], [[chartered physiotherapist|JOB_TITLE]], I co-own a small clinic in [[Cork|CITY]], [[Lee Valley Physio|ORGANIZATION]], out in [[Ballincollig|CITY]].

AI: Thanks, [[Eva|PERSON|misspelled_echo]]. How do you use AI in the clinic?

User: Ha, it's [[Aoife|PERSON]], [[A-O-I-F-E|PERSON|spelled_letters]], said "[[ee-fa|PERSON|phonetic]]". Happens all the time, no bother. So the big one is [[Heidi|AI_PRODUCT|name_like_product]], it's an AI scribe, it listens to the session and writes up the SOAP note into [[Cliniko|SOFTWARE]]. My business partner [[Cian Ó Murchú|PERSON]] was dead against it, now he won't do a session without it.

AI: Apologies, [[Aoife|PERSON]]. What changed [[Cian|PERSON]]'s mind?

User: Time, honestly. We were both doing notes till 8 at night. [[Heidi|AI_PRODUCT|name_like_product]] cut that to nearly nothing. We ask consent from every patient, there's a sign at reception and [[Sinéad|PERSON]] our [[receptionist|JOB_TITLE]] mentions it at booking. Maybe one in twenty says no.

AI: [[Sinéad|PERSON]] sounds like an important part of that. Are there things it gets wrong?

User: Oh loads of small things. It struggles with [[Cork|CITY]] accents, it wrote "hamstring" as "ham string" and once it put a patient's left knee as right. So I read every note before signing. Also if the patient talks about personal stuff, like a separation, it puts it all in the note, so I have to delete that. Other than [[Heidi|AI_PRODUCT|name_like_product]], I use [[ChatGPT|AI_PRODUCT]] for exercise sheets in plain English, and for the clinic newsletter. I use it to reply to Google reviews too, the nasty ones especially, keeps me calm haha. Every [[January|GENERIC_TIME]] we get the resolution crowd with injuries and it helps with the email campaigns.

AI: How long have you been practising?

User: Qualified from [[UL|SCHOOL]], [[University of Limerick|SCHOOL]], in [[2013|DATE|year]], worked in the [[Mater|ORGANIZATION]] in [[Dublin|CITY]] for six years, opened the clinic with [[Cian|PERSON]] on [[4th March 2019|DATE|date_ordinal]]. I'm [[34|AGE]].

AI: And how can we reach you for follow-up?

User: [[aoife at leevalleyphysio dot ie|OBF_EMAIL|spelled_at_dot]], or the clinic on [[021 487 3390|PHONE_NUMBER]], but I'd rather email. My mobile is [[oh eight seven, two two one, double four six two|OBF_PHONE|digits_as_words]] if it's urgent. Our team page is [[leevalleyphysio.ie/team/aoife-ni-bhriain|URL]]. [[Cian|PERSON]]'s on [[cian at leevalleyphysio dot ie|OBF_EMAIL|spelled_at_dot]] if I'm away.""")

T.append("""AI: Hello, thanks for joining. Could you tell me a little about yourself?

User: Sure thing. Name's [[Lincoln Tate|PERSON]], I'm a [[history teacher|JOB_TITLE]] at [[Paris High School|SCHOOL]], that's [[Paris|CITY|word_place]], [[Texas|CITY]], not [[France|COUNTRY]], I get that a lot. Been teaching 24 years, I'm [[fifty-two|AGE]]. And yes, a [[history teacher|JOB_TITLE]] named [[Lincoln|PERSON|word_name]], the kids have never once let it go.

AI: I can imagine! How do you use AI in your teaching?

User: Started with [[MagicSchool|AI_PRODUCT]] for lesson plans, then [[Khanmigo|AI_PRODUCT]] when the district rolled it out. I use [[ChatGPT|AI_PRODUCT]] to make primary source activities, like I'll have it write a fake diary from a soldier at Gettysburg and the kids have to find the errors I planted. They love that. We did one on [[Abraham Lincoln|PUBLIC_FIGURE]]'s Gettysburg Address and a girl asked if I wrote it lol.

AI: That's a creative use, [[Lincoln|PERSON|word_name]]. What about grading?

User: No. Not grading. I'll use it for rubric wording, but the grades are mine. Our [[principal|JOB_TITLE]], Dr. [[Hope Castillo|PERSON]], is on the same page, [[Hope|PERSON|word_name]]'s been great, she says AI can draft but a human signs. She's [[hcastillo@parisisd.net|EMAIL_ADDRESS]] if you want her take. Some of the younger teachers push back on that, they want it to grade essays.

AI: Sounds like you and Dr. [[Castillo|PERSON]] are aligned. How do the students use it?

User: Oh, they use it. [[Snapchat|SOFTWARE]] has one built in, [[My AI|AI_PRODUCT]], and half of them ask that. I had a junior, [[Kaylee Brandt|PERSON]], turn in an essay that said "As an AI language model" right in the middle. I just handed it back. I'm not mad, I'd have done the same at [[17|AGE]].

AI: Do you have concerns?

User: Mostly the kids pasting personal stuff. Had a kid paste his whole FAFSA into one. And fake facts. It told one of my kids that [[Sam Houston|PUBLIC_FIGURE]] was president of the [[US|COUNTRY]]. Well, technically of the [[Republic of Texas|COUNTRY]], so, half credit.

AI: Ha. Where did you train, [[Lincoln|PERSON|word_name]], and how can we reach you?

User: Went to [[East Texas State|SCHOOL]], back when it was called that, now it's [[Texas A&M-Commerce|SCHOOL]]. You can email [[ltate at parisisd dot net|OBF_EMAIL|spelled_at_dot]], or text [[nine oh three, five five five, oh one six two|OBF_PHONE|digits_as_words]], or my personal site is [[lincolntate.net|URL]] where I post my lesson stuff. I'm [[@MrTateHistory|SOCIAL_HANDLE]] on Twitter, or whatever we call it now.""")

T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your work?

User: Hi. I'm [[Thandiwe Mokoena|PERSON]], [[Thandi|PERSON|nickname]] for short. I'm a [[team leader|JOB_TITLE]] at a call centre in [[Umhlanga|CITY]], we do inbound for an insurance company, [[Protea Assure|ORGANIZATION]]. 14 agents in my team.

AI: Thanks, [[Thandi|PERSON|nickname]]. How is AI used in the call centre?

User: We have a [[Genesys|SOFTWARE]] system, it transcribes calls and gives a sentiment score. If the score is red, [[my manager|GENERIC_ROLE]] gets an alert. Also agents get suggestions on screen, like the next best answer. Some of them read it like robots, I have to coach them.

AI: How do your agents feel about it?

User: Honestly divided. [[Sipho Dlamini|PERSON]], he's been there long, he says it's spying. The young ones like [[Precious|PERSON|word_name]], she's [[21|AGE]], she loves it, she says it helps her when [[the customer|GENERIC_ROLE]] is shouting. I'm in between, it helps me find the calls to listen to.

AI: It sounds like [[Precious|PERSON|word_name]] finds it supportive, and [[Sipho|PERSON]] less so. Do you use any AI yourself?

User: [[ChatGPT|AI_PRODUCT]] for my monthly reports and for coaching scripts. And [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] sometimes summarises the team meeting. I'm also studying part time at [[UNISA|SCHOOL]], business management, and it helps me understand the readings. Not write the assignments! Just explain.

AI: Are there any concerns about customer data?

User: Yes, because customers say their ID numbers on the call and it's all transcribed. The system is supposed to mask it but I've seen it miss. Even in my own HR file, someone typed my ID [[9204150832086|NATIONAL_ID]] in the email subject line, can you believe. I complained.

AI: That's concerning, [[Thandi|PERSON|nickname]]. Last question: how can we reach you, and is there anything you'd add?

User: I'm [[32|AGE]], been at the company since [[1 April 2018|DATE]]. Email [[thandi.mokoena@gmail.com|EMAIL_ADDRESS]], work one is [[thandi.m at proteaassure dot co dot za|OBF_EMAIL|spelled_at_dot]], or WhatsApp [[0 8 2 - 5 5 5 - 7 4 1 9|OBF_PHONE|split_digits]], office [[031 five five five 0 2 8 4|OBF_PHONE|mixed_words_digits]]. Post goes to [[14 Mackeurtan Avenue|ADDRESS]], [[Durban North|CITY]], [[4051|ADDRESS|postcode]]. What I'd add... only that AI should help the agents, not replace them. Ngiyabonga.""")

T.append("""AI: Hello, thank you for taking part. Could you start by telling me about yourself and your role?

User: Hello love. I'm [[Florence Adebayo-Jones|PERSON]], [[registered manager|JOB_TITLE]] at [[Ty Heulwen|ORGANIZATION]] care home in [[Sketty|CITY]], [[Swansea|CITY]], we've got 32 residents, mostly dementia. And before you ask, yes, a [[nurse|JOB_TITLE]] called [[Florence|PERSON|word_name]], I've heard every [[Florence Nightingale|PUBLIC_FIGURE]] joke going, the residents call me [[Flo|PERSON|nickname]] or "the lamp lady" on a bad day. I'm in my [[late forties|AGE|age_range]], been nursing since I was [[twenty|AGE]], came over from [[Lagos|CITY]] in [[2003|DATE|year]] to do my adaptation programme at [[Morriston Hospital|ORGANIZATION]].

AI: Thank you, [[Florence|PERSON|word_name]]. Where does AI come into running a care home?

User: More than I expected! Our care planning system, [[CarePlanner Pro|SOFTWARE]], has an assistant that turns the carers' voice notes into care notes. It's brilliant for the night staff. I use [[Copilot|AI_PRODUCT]] for the rotas and for inspection prep, summarising policies. My [[deputy manager|JOB_TITLE]] [[Grace O'Sullivan|PERSON]] uses [[ChatGPT|AI_PRODUCT]] for the activities programme, she had it plan a whole Italian week, pasta, opera, the lot.

AI: It sounds like [[Grace|PERSON|word_name]] has embraced it. Are there limits you set?

User: Oh yes. No resident names into [[ChatGPT|AI_PRODUCT]], ever, we say "Resident A". The voice notes stay inside the system because it's on our data agreement. And I won't let it write anything for families when someone's passed, that has to be me. One [[winter|GENERIC_TIME]] we lost four residents in a month and I wrote every letter by hand. Some things you don't hand over, by the grace of God I never will.

AI: That's really moving. How do your staff feel about the technology?

User: Mixed. The younger carers are fine. Some of my older staff, like [[Bronwen|PERSON]] who's [[63|AGE]], were scared of it at first, thought it was recording them for discipline. We had a session every [[Tuesday|GENERIC_TIME]] for a month with [[the trainer|GENERIC_ROLE]] from [[CarePlanner|SOFTWARE]] and that helped. Now [[Bronwen|PERSON]]'s the one showing the agency staff how to do it. If I'm off, [[Grace|PERSON|word_name]]'s mobile is [[07700 nine hundred, 5 6 1|OBF_PHONE|mixed_words_digits]].

AI: What's the best way to reach you for a follow-up?

User: Email is [[florence.aj@tyheulwen.co.uk|EMAIL_ADDRESS]], or my personal one [[flo underscore aj at yahoo dot co dot uk|OBF_EMAIL|spelled_underscore_at_dot]], or ring the home, [[01792 20 45 81|PHONE_NUMBER]]... actually that's the old number, new one's [[01792 918 402|PHONE_NUMBER]]. Address for any post is [[Ty Heulwen|ORGANIZATION]], [[18 Gower Road|ADDRESS]], [[Sketty|CITY]], [[Swansea|CITY]] [[SA2 9BX|ADDRESS|postcode]]. My NI number's on the consent sheet if you need it for the voucher, [[JT 48 22 91 B|NATIONAL_ID]].""")

T.append("""AI: Hello, thanks for joining. Could you tell me your name and what you do?

User: Hi. [[Wanjiru Kamau|PERSON]]. I'm an [[accounts assistant|JOB_TITLE]] at a small audit and tax firm in [[Westlands|CITY]], [[Nairobi|CITY]], [[Mwangi & Otieno Associates|ORGANIZATION]].

AI: Thanks, [[Wanjiru|PERSON]]. How do you use AI at work?

User: [[chatgpt|AI_PRODUCT]] for [[excel|SOFTWARE]] formulas mostly, and to explain new KRA rules when they change. [[QuickBooks|SOFTWARE]] for clients books. we also use [[iTax|SOFTWARE]] portal for filing which is not AI, its just slow lol

AI: What's the most useful thing it's done for you?

User: During [[June|GENERIC_TIME]] filing season I had 30 clients returns to do and it wrote me a macro to pull the data from the bank statements. saved me like two days. My boss Mr. [[Otieno|PERSON]], [[Peter Otieno|PERSON]], didnt believe me until I showed him.

AI: Do you put client information into [[ChatGPT|AI_PRODUCT]]?

User: I try not to. But sometimes the statements have names and KRA PINs and its hard to remove everything. even my own PIN [[A014937265K|NATIONAL_ID]] was in one file I uploaded by mistake. now i redact first.

AI: Thanks for being candid, [[Wanjiru|PERSON]]. How did you get into accounting?

User: I did BCom at [[Strathmore University|SCHOOL]], finished [[2020|DATE|year]], then CPA. I'm [[26|AGE]]. my cousin [[Njeri|PERSON]] works at [[KPMG|ORGANIZATION]] and she got me interested. [[njeri|PERSON|lowercase_name]] is the smart one honestly

AI: [[Njeri|PERSON]] sounds like a good influence. Do you use AI for anything outside work? And how can we reach you for follow-up?

User: M-Pesa statements budgeting, i paste them into [[chatgpt|AI_PRODUCT]] to categorise. and I follow some finance people on X, I'm [[@wanjiru_numbers|SOCIAL_HANDLE]] there. phone is [[plus two five four, seven two two, four zero eight, nine one five|OBF_PHONE|digits_as_words]]. email [[wanjiru.k (at) mwangiotieno (dot) co (dot) ke|OBF_EMAIL|paren_at_dot]]. linkedin [[linkedin.com/in/wanjiru-kamau-cpa|URL]]. postal is [[P.O. Box 48213-00100|ADDRESS]], [[Nairobi|CITY]]""")

T.append("""AI: Hi, thanks for joining. Could you tell me a bit about yourself and what you do?

User: yeah so I'm [[Mark|PERSON|word_name]], [[Mark Delgado|PERSON]], [[chef|JOB_TITLE]] and [[co-owner|JOB_TITLE]] at [[Little Saffron|ORGANIZATION]], it's a small place in [[Pilsen|CITY]], [[Chicago|CITY]], 40 covers, Mexican-Persian, long story, my wife [[Shirin|PERSON]] is Iranian and I grew up in [[Pilsen|CITY]] so it kind of made sense. We opened in [[October 2018|DATE]], survived covid somehow. Before that I was [[sous chef|JOB_TITLE]] at a hotel downtown for like eight years, the [[Palmer House|ORGANIZATION]], which was a grind.

AI: Thanks, [[Mark|PERSON|word_name]]. Where does AI come into running a restaurant?

User: honestly more than i want to admit. I use [[ChatGPT|AI_PRODUCT]] for menu costing, I paste the invoices from [[our produce guy|GENERIC_ROLE]] and it works out plate cost, which, I have to check, because it once told me a dish cost $2.10 when it was like $6. And our POS is [[Toast|SOFTWARE]], which has some AI forecasting thing now. Scheduling is [[7shifts|SOFTWARE]]. [[Shirin|PERSON]] handles the socials and she uses something called [[Copy.ai|AI_PRODUCT]].

AI: Do you use it creatively too, like recipe ideas?

User: I tried. It's bad at it, it gives you like, generic fusion nonsense. "Saffron tacos with a tahini drizzle." Come on. The ideas come from my abuela and from [[Shirin|PERSON]]'s mom. But for writing the menu descriptions, yes, it's good at making them not sound like I wrote them at 2am. I'll mark up the draft and have it clean up.

AI: How does the rest of your team feel about AI?

User: My [[kitchen manager|JOB_TITLE]], [[Joaquín|PERSON]], loves the scheduling stuff because it predicts when we're slammed. Like every [[Friday|GENERIC_TIME]] and [[Valentine's|GENERIC_TIME]] obviously. The line cooks don't care. My [[dishwasher|JOB_TITLE]], [[Will|PERSON|word_name]], he's [[19|AGE]], he uses [[ChatGPT|AI_PRODUCT]] to do his community college homework at break, I told him do your own essays man. lol. if you want [[Joaquín|PERSON]]'s take his cell is [[seven seven three, 555, 0 1 8 8|OBF_PHONE|mixed_words_digits]].

AI: Sounds like [[Joaquín|PERSON]] and [[Will|PERSON|word_name]] are the early adopters. Any worries about it?

User: that chefs get lazy. Also [[Gordon Ramsay|PUBLIC_FIGURE]] did some ad for an AI thing and now every line cook thinks they can learn cooking from a chatbot. You can't. You learn by burning your arm.

AI: Thanks, [[Mark|PERSON|word_name]]. How can we contact you for follow-up?

User: here's my sig, easier. if email bounces try [[mark dot delgado dot chef at gmail dot com|OBF_EMAIL|spelled_at_dot]]:
[[Mark Delgado|PERSON|signature]]
[[Chef / Co-Owner|JOB_TITLE|signature]]
[[Little Saffron|ORGANIZATION]]
[[1847 S Halsted St|ADDRESS|signature]], [[Chicago|CITY]], [[IL|CITY]] [[60608|ADDRESS|postcode]]
[[(312) 555-0176|PHONE_NUMBER]]
[[mark@littlesaffronchi.com|EMAIL_ADDRESS]]
IG: [[@littlesaffron.chi|SOCIAL_HANDLE]]""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_i")
