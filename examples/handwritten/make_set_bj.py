# -*- coding: utf-8 -*-
# Set bj: young workers / students with jobs / creators / freelancers / esports people, 25 countries.
from markup import write_set
T = []

# 1 USA - barista + student, Austin
T.append("""AI: Hey, thanks for hopping on! To start, could you tell me a bit about yourself and what you do for work?

User: ya ofc!! so im [[kayla brennan|PERSON]] lol, most ppl just call me [[kay|PERSON|nickname]]. im [[21|AGE]], i work as a [[barista|JOB_TITLE]] at this tiny coffee place called [[Grindhouse & Co.|ORGANIZATION]] on [[East Cesar Chavez|CITY]] in [[Austin|CITY]], and im a junior at [[UT Austin|SCHOOL]] studying advertising. so like half my life is oat milk and the other half is group projects 😭

AI: That sounds like a full plate, [[Kay|PERSON]]. Where does AI come into the café side of things?

User: ok so honestly it started as a joke. [[my shift lead|GENERIC_ROLE]] [[marisol|PERSON]] (we call her [[mari|PERSON|nickname]]) asked me to do the weekly specials board and i had zero ideas so i asked [[ChatGPT|AI_PRODUCT]] for like "fall drinks that arent pumpkin spice" and it gave me a maple miso latte which... sold out?? by [[saturday|GENERIC_TIME]]. so now [[the owner|GENERIC_ROLE]] [[Trey|PERSON]] lets me do specials [[every month|GENERIC_TIME]]. i also use it for captions on the cafe [[Instagram|SOFTWARE]] which is [[@grindhouse.atx|SOCIAL_HANDLE]], and sometimes the magic design thing in [[Canva|SOFTWARE]] for the menu graphics and then theres the schedule omg. we use [[7shifts|SOFTWARE]] but everyone trades shifts in the group chat anyway so its chaos. like [[last week|GENERIC_TIME]] someone posted "[[jaz|PERSON|nickname]]: can anyone take my 6am sat i have a fever 🤒🤒" and three ppl said "maybe" and then literally nobody took it lmao. so i started copy pasting the whole chat into [[Claude|AI_PRODUCT]] and asking it to make a clean table of who is covering what. [[mari|PERSON|nickname]] loves it. [[Trey|PERSON]] thinks its kinda weird that a robot reads our chat but he hasnt said no so

AI: Are there things you're careful not to put into those tools?

User: customer names from the order screen, no. our tips spreadsheet, def no. i did once paste a complaint email from [[a regular|GENERIC_ROLE]] bc i wanted to reply nicely and then realized her phone number was in the signature so i deleted the whole convo. idk if that actually does anything tbh 💀 my roommate [[priya|PERSON]] is a CS major and she said its "probably fine but dont make it a habit" which is like the most CS major answer ever oh and for classes, in advertising we're literally allowed to, prof [[Hendricks|PERSON]] said use it for brainstorming but u have to add a little note saying what it did. i use [[Gemini|AI_PRODUCT]] inside [[Google Docs|SOFTWARE]] for that bc its right there. for stats no bc its bad at showing the work the way [[our TA|GENERIC_ROLE]] wants. also i have a [[tiktok|SOFTWARE]] where i do latte art + "day in my life [[barista|JOB_TITLE]] x college student" and i use the auto captions in [[CapCut|SOFTWARE]], does that count? its [[@kaylattes|SOCIAL_HANDLE]] if u wanna see, only like 3k followers lol

AI: It definitely counts. Has anything gone wrong along the way?

User: ok so once [[chatgpt|AI_PRODUCT]] suggested a "brown butter cold foam" and i made a test batch and it was greasy?? the foam just collapsed into sad little puddles. [[Trey|PERSON]] made me pour it out. and the schedule table messed up [[one time|GENERIC_TIME]], it put [[jaz|PERSON|nickname]] on two shifts at the same time and i didnt check before posting, so she got a [[7shifts|SOFTWARE]] notification for a double and freaked out. so now i check everything twice. its like having a super fast coworker who also lies confidently sometimes lmaooo

AI: Looking ahead, do you see AI being part of the career you want?

User: yeah for sure, i wanna do social media for a brand after i graduate in [[may 2026|DATE]]. ive been applying for summer internships, had one interview with a little agency downtown called [[Lone Star Fizz|ORGANIZATION]] and they straight up asked "how do u use AI in your content workflow" so i guess its a skill now?? i just dont want it to make everything sound the same. like every brand caption rn sounds like the same [[chatgpt|AI_PRODUCT]] voice, all "elevate your morning ☕✨" and i kinda hate it

AI: That's a really useful perspective. Thanks so much, [[Kay|PERSON]]. If we want to follow up, what's the best way to reach you?

User: email is best, its [[kayla.brennan02 at gmail dot com|OBF_EMAIL|spelled_at_dot]] or just text me, [[512 five five five 0148|OBF_PHONE|mixed_words_digits]]. or [[discord|SOFTWARE]], im [[kaybrews_|SOCIAL_HANDLE]] there. i turn [[22|AGE]] in [[june|DATE]] so if its after that dont put [[21|AGE]] in ur notes lol""")

# 2 UK - delivery rider, Manchester / Salford
T.append("""AI: Good afternoon, and thank you for making time between deliveries. Could you introduce yourself?

User: yeah no worries mate. I'm [[Jordan Okafor-Reid|PERSON]], everyone calls me [[Jord|PERSON|nickname]]. [[23|AGE]]. I ride for [[Deliveroo|ORGANIZATION]] and [[Uber Eats|ORGANIZATION]] mostly round [[Manchester|CITY]] city centre, live in [[Salford|CITY]] with my sister. Did a year at [[University of Salford|SCHOOL]] doing sports science then dropped out in [[2021|DATE]], long story lol

AI: Thanks, [[Jord|PERSON]]. How does AI show up in your day-to-day as a rider?

User: honestly more than you'd think. The apps themselves are basically AI innit, like the algorithm decides who gets what order and nobody can tell you how. Me and [[the lads|GENERIC_ROLE]] in the [[WhatsApp|SOFTWARE]] group are always trying to work it out. [[big sam|PERSON|nickname]] swears if you decline two in a row it punishes you for an hour. [[Kwame|PERSON]] says that's a myth. No one actually knows. So [[one night|GENERIC_TIME]] I pasted all my order history screenshots into [[ChatGPT|AI_PRODUCT]] and asked it to find a pattern, like which times and which restaurants pay best per mile. And it kind of did?? It said [[Friday nights|GENERIC_TIME]] round the [[Northern Quarter|CITY]] were best which like, yeah obviously mate, I could've told you that. But it also spotted that the big orders from the Nando's on Deansgate were paying worse per mile than the little ones from the kebab shop near me cos of the waiting time. That was actually useful. I changed what I accept and I reckon I'm up maybe 30 quid a week. Could be luck tho

AI: Do you use it for anything besides the earnings side?

User: yeah for complaints and that. Like when [[Uber Eats|ORGANIZATION]] deactivated me for two days in [[March 2024|DATE]] cos [[a customer|GENERIC_ROLE]] said I never delivered, and I had the photo proof and everything. I was so angry my first message was just swearing basically 😂 so my sister [[Temi|PERSON]] said put it through [[ChatGPT|AI_PRODUCT]] and make it sound professional. It wrote this proper formal appeal with bullet points and timestamps and I got reactivated next day. [[Temi|PERSON]]'s a [[paralegal|JOB_TITLE]] so she knows how to talk to these companies, she checked it as well

AI: Are there things you wouldn't use it for?

User: I don't put my bank stuff in obviously. And I'm careful with customers' addresses, like I wouldn't screenshot the app with someone's door number on it and send it to an AI, that feels dodgy. Also [[Google Maps|SOFTWARE]] has the AI bit now that tells you about the traffic and sometimes it sends me down a road that's been closed for like a month, so I don't trust it fully. The [[Strava|SOFTWARE]] route thing is better for bikes tbh. The other riders are mixed about all this. The older guys think it's a scam, like uncle [[bayo|PERSON|nickname]] — he's not my actual uncle he's just been riding since before I was born basically — he said to me "[[Jordan|PERSON]] you're giving the robots more data so they can replace us faster". Which, fair. But the younger ones all use it, [[Kwame|PERSON]] uses it to write his CV for when he wants to get out of delivery. I helped him with it on my phone at the [[McDonald's|ORGANIZATION]] on [[Oxford Road|CITY]] where we all wait for orders lol

AI: What would you want to see change with AI in your line of work?

User: transparency innit. I want the app to tell me why I got offered a job, not just 3.40 for two miles take it or leave it. And I'd like AI that helps riders not just the company. There's a union, [[IWGB|ORGANIZATION]], they've been on about algorithms a lot, I went to one meeting in [[Piccadilly|CITY]]. I'm not like a big activist or nothing, I just want to know how my money is decided

AI: Really helpful, thank you, [[Jordan|PERSON]]. How can we reach you if we have follow-up questions?

User: best is my number, it's [[oh seven seven double oh, nine hundred, four one seven|OBF_PHONE|digits_as_words]] — text first I don't answer unknown numbers. Email is [[jord.rides(at)outlook.com|OBF_EMAIL|bracket_at]]. Or on [[insta|SOFTWARE]] I'm [[@jordonwheelz|SOCIAL_HANDLE]], I post my delivery clips sometimes, the rainy ones get the most views for some reason 🌧️""")

# 3 Australia - retail casual, Melbourne
T.append("""AI: Hi! Thanks for doing this. Can you start by telling me who you are and what your job is?

User: hiii ok so I'm [[Tahlia Nguyen|PERSON]], I'm [[19|AGE]], I'm a casual [[sales assistant|JOB_TITLE]] at [[JB Hi-Fi|ORGANIZATION]] at [[Highpoint|CITY]] and I'm in first year of a communication design degree at [[RMIT|SCHOOL]]. I live with my mum and my little brother in [[Footscray|CITY]]. Most people at work call me [[tahls|PERSON|nickname]]

AI: Nice to meet you, [[Tahlia|PERSON]]. How does AI fit into a retail job like yours?

User: ok so officially it doesn't haha. We're not meant to have our phones on the floor. But when [[a customer|GENERIC_ROLE]] asks me like "what's the difference between these two TVs" and they're basically the same TV with a different number on the end, I'll sneak into the back and ask [[ChatGPT|AI_PRODUCT]] to compare the model numbers. It's heaps faster than the spec sheets. [[My 2IC|GENERIC_ROLE]] [[bec|PERSON|nickname]] does it too, she showed me actually. [[The store manager|GENERIC_ROLE]] would probably lose it if he knew but also he's the one who told us to "upsell the extended care" so 🤷‍♀️ I don't fully trust it tho. Once it told me a laptop had a touchscreen and it didn't and the guy was pretty annoyed when he opened the box at the counter. [[Hamish|PERSON]] had to fix it, he's been there like five years and knows everything. Since then I only use it to get the gist and then check the actual tag. It's also weirdly good at explaining gaming stuff, like if a dad comes in asking what a "[[PS5|SOFTWARE]] Pro" is for his kid and I've never played it, I can get the short version

AI: Are you using it at uni as well?

User: yes but carefully cos our course has a whole AI policy thing. We're allowed to use [[Adobe Firefly|AI_PRODUCT]] for mood boards but the final work has to be ours. [[My tutor|GENERIC_ROLE]] [[Rosa|PERSON]] is pretty chill about it, she said she'd rather we're honest. I use [[Copilot|AI_PRODUCT]] cos [[RMIT|SCHOOL]] gives it to us free through the student login. Mostly for summarising readings at like 11pm on the tram home 😵

AI: You mentioned your mum — does AI come up at home too?

User: omg yes this is the main one honestly. My mum runs a little nail salon on [[Barkly Street|ADDRESS]], [[Sunshine Nails|ORGANIZATION]], and her English is ok but not for official stuff. So I use [[ChatGPT|AI_PRODUCT]] to translate letters from the council or the ATO into Vietnamese for her, then I read it back to check cos the Vietnamese it writes sometimes sounds super formal, like a textbook. Me má laughs at it. I also made her [[Facebook|SOFTWARE]] posts for the salon with it. My brother [[Danny|PERSON]] is 12 and he just uses it for homework which mum doesn't know about lol

AI: Has AI changed how you think about your future work?

User: kind of scary tbh. Like in design, I see people on [[TikTok|SOFTWARE]] saying graphic design is dead cos of [[Midjourney|AI_PRODUCT]]. But [[my lecturer|GENERIC_ROLE]] says the people who'll be fine are the ones who can talk to clients and have taste, which is like... retail kind of teaches you the talking part? I'm hoping to get an internship at an agency in [[Collingwood|CITY]] [[next year|GENERIC_TIME]], there's one called [[Paper Moth Studio|ORGANIZATION]] I'm obsessed with

AI: Thank you so much, [[Tahls|PERSON]]. Could you leave us a way to reach you?

User: yeah sure! uni email is [[tahlia dot ng at student dot rmit dot edu dot au|OBF_EMAIL|spelled_at_dot]], or my mobile [[0412.508.316|OBF_PHONE|dotted_digits]]. I'm also on [[insta|SOFTWARE]] [[@tahls.designs|SOCIAL_HANDLE]] but that's mostly my uni projects and pictures of my cat hehe. My birthday's [[3 October|DATE]] if that matters for your age thing, I'll be [[20|AGE]] then""")

# 4 Philippines - virtual assistant freelancer, Quezon City
T.append("""AI: Hello! Thank you for joining from Manila. Could you introduce yourself and your work?

User: Hi po! I'm [[Ma. Angelica Dizon|PERSON]] but everybody calls me [[Gel|PERSON|nickname]]. [[24|AGE]] years old. I'm a freelance [[virtual assistant|JOB_TITLE]], full time na since [[2022|DATE]] after I graduated from [[PUP|SCHOOL]]. I'm based in [[Cubao|CITY]], [[Quezon City|CITY]]. My main client is a real estate team in Ohio, [[Buckeye Nest Realty|ORGANIZATION]], then I have 2 smaller clients sa [[Australia|COUNTRY]] na part-time lang

AI: Thank you, [[Gel|PERSON]]. What does a typical day look like, and where does AI fit in?

User: So my shift is [[night shift|GENERIC_TIME]] kasi [[US|COUNTRY]] time, like 9pm to 6am dito. I do their inbox, calendar, listings, follow-ups with leads. Before, I was typing every follow-up email by hand, grabe ang tagal. Now I use [[ChatGPT|AI_PRODUCT]] for first drafts then I edit so it sounds like [[my boss|GENERIC_ROLE]] [[Sharon|PERSON]]. She has a very specific style, lots of exclamation points and "Let's chat soon!!" haha. I also use [[Otter.ai|AI_PRODUCT]] for their [[Zoom|SOFTWARE]] meetings so I can make the summary after. And [[Canva|SOFTWARE]] for the listing flyers, the magic resize is a lifesaver. And [[Sharon|PERSON]] knows about all of it, actually she was the one who paid for my [[ChatGPT Plus|AI_PRODUCT]]. In our [[Slack|SOFTWARE]] she posted "[[Sharon|PERSON]]: [[Gel|PERSON|nickname]] can you have the robot do the open house emails again, the last ones were great 😂". So it's very open. But my other client, the Australian one, I haven't told. He's a bit old school. He might think he's paying me for something the AI does. But honestly the AI is fast but it's me who knows which lead is serious and which one is just "maritess" haha, just chismis

AI: Are there things you won't put into the AI?

User: Yes, I'm strict there. I don't paste the buyers' full names and bank pre-approval letters. I replace them with "Buyer A" like that. My friend [[Jomari|PERSON]], also a VA, got warned by [[his client|GENERIC_ROLE]] because he put a whole spreadsheet of customer data in some random free AI tool. So since then our VA group chat has rules. We're like 40 in that group, mostly girls from [[Marikina|CITY]] and [[Pasig|CITY]], we share tips and also complain about clients haha

AI: How has AI changed your income or workload?

User: Mixed po. I can handle more clients now, so I earn more, I'm helping pay for my lola's maintenance meds and my brother [[Jomar|PERSON]]'s tuition. But also the rates on [[OnlineJobs.ph|SOFTWARE]] are going down, because clients think "AI can do it anyway so why pay $6 an hour". Some job posts literally say "must be expert in [[ChatGPT|AI_PRODUCT]]" but the pay is like $3. Nakakainis. I think VAs who just copy paste from AI will be replaced, but the ones who do the thinking part will survive

AI: What skills are you trying to build for the future?

User: I'm studying automation now, like [[Zapier|SOFTWARE]] and [[Make|SOFTWARE]], connecting forms to the CRM. [[Sharon|PERSON]]'s team uses [[Follow Up Boss|SOFTWARE]]. I watched a lot of [[YouTube|SOFTWARE]], there's this guy [[Ali Abdaal|PUBLIC_FIGURE]] who talks about productivity, he's not about VA work but I like his videos. I want to become an "AI operations VA" hehe, that's my goal by end of [[2025|DATE]]

AI: Thank you so much for sharing, [[Gel|PERSON]]. How can we contact you for follow-up?

User: Sure po! Email is [[gel.dizon.va [at] gmail [dot] com|OBF_EMAIL|bracket_at]], or [[Viber|SOFTWARE]]/[[WhatsApp|SOFTWARE]] [[0917.823.4451|OBF_PHONE|dotted_digits]]. My OnlineJobs profile is [[onlinejobs.ph/jobseekers/info/1184320|URL]] if you want to see my work. For the honorarium, if you need it for invoice, my TIN is [[412-889-310-000|NATIONAL_ID]]. Thank you po! 🙏""")

# 5 Indonesia - TikTok creator + barista, Bandung
T.append("""AI: Halo! Thanks for joining. Please tell me a little about yourself first.

User: halo kak! aku [[rizky pratama|PERSON]], panggil aja [[kiki|PERSON|nickname]] wkwk. umur [[20|AGE]]. i'm a student at [[ITB|SCHOOL]], teknik industri, and part time [[barista|JOB_TITLE]] at [[Kopi Kenangan|ORGANIZATION]] near [[Dago|CITY]]. and also... content creator? on [[tiktok|SOFTWARE]] lol, around 48k followers now

AI: That's a lot going on, [[Kiki|PERSON]]! How do you use AI across those things?

User: ok mostly for the content kak. like i make videos about "life of mahasiswa rantau" because i'm from [[Padang|CITY]] originally, living in a kos in [[Bandung|CITY]]. so [[every week|GENERIC_TIME]] i need ideas and [[ChatGPT|AI_PRODUCT]] helps me brainstorm hooks. like i ask "give me 10 hooks for a video about kos food at end of month" and then i pick one and change it to be more [[Bandung|CITY]] style. the AI hooks alone are kinda cringe honestly, too formal, nobody says "Discover the secret" in real life wkwkwk. editing is all in [[CapCut|SOFTWARE]], i use the auto caption and the AI remove background thing. sometimes i use [[ElevenLabs|AI_PRODUCT]] for a funny voice but i stopped a bit because people in the comments said "pake AI ya bang" and it felt bad. my friend bang [[ojan|PERSON|nickname]] — his real name [[Fauzan|PERSON]] — he is [[my cameraman|GENERIC_ROLE]] sometimes and he said just be real, people like the real voice. he's right i think. creators like [[Jerome Polin|PUBLIC_FIGURE]] never use fake voice and he's huge

AI: And at the café, does AI come up at all?

User: not much at the store, it's a big chain so everything is already in the system, the POS and stock. but [[one time|GENERIC_TIME]] [[my supervisor|GENERIC_ROLE]] mbak [[sari|PERSON|nickname]] asked me to make the training notes for new staff in simple language and i used [[ChatGPT|AI_PRODUCT]] to make it into a checklist. she was happy, she printed it and put it near the espresso machine haha. the store's group chat is also funny, someone always posts "[[dimas|PERSON]]: yg shift pagi jangan lupa tutup freezer ya 🙏" like [[every day|GENERIC_TIME]]

AI: Any worries about using these tools?

User: some. for brand deals, the agencies send contract in english and i don't fully understand, so i paste it to [[Claude|AI_PRODUCT]] and ask what does this mean. but i'm scared if i paste my KTP number or bank account with it so i delete those parts first. my mom also keep sending me [[whatsapp|SOFTWARE]] forwards like "AI will steal your face" hahaha so she is worried. also i saw a deepfake of [[Raffi Ahmad|PUBLIC_FIGURE]] selling some scam investment and it looked so real, that scared me a bit for myself too, if someone makes fake me

AI: Do you think AI will affect your plans [[after graduation|GENERIC_TIME]]?

User: i want to work in supply chain at a big company like [[Unilever|ORGANIZATION]] or maybe a startup. [[my lecturer|GENERIC_ROLE]] pak [[Hendra|PERSON]] said the analyst jobs will use AI a lot so we must learn python and the AI together not just one. so i'm trying to learn [[Python|SOFTWARE]] with [[GitHub Copilot|AI_PRODUCT]] but honestly i'm slow. content creating maybe i continue as side job because it pays my kos [[every month|GENERIC_TIME]], like rent is 1.2 juta

AI: Thank you, [[Kiki|PERSON]] — this was really helpful. How can we reach you for follow-up?

User: sama-sama kak! [[whatsapp|SOFTWARE]] me at [[08 12 22 11 74 09|OBF_PHONE|spaced_digits]] or email [[rizkyprtm@gmaiI.com|OBF_EMAIL|homoglyph]] ([[gmail|SOFTWARE]]). [[tiktok|SOFTWARE]] is [[@kikingonten|SOCIAL_HANDLE]] and the [[instagram|SOFTWARE]] is the same name. kalau mau kirim hadiah, my kos address is [[Jl. Tubagus Ismail Dalam No. 14|ADDRESS]], [[Coblong|CITY]], tell the ibu kos it's for [[kiki|PERSON|nickname]]. my birthday is [[14 agustus|DATE]] by the way so soon i'm [[21|AGE]] 🎉""")

# 6 Vietnam - junior developer, Ho Chi Minh City
T.append("""AI: Hi, thanks for joining us today. Could you introduce yourself and your current role?

User: Hi! My name is [[Nguyễn Thảo Vy|PERSON]], in English I usually go by [[Vy Nguyen|PERSON]] or just [[Vy|PERSON]]. I'm [[22|AGE]]. I graduated from [[HCMUS|SCHOOL]] (University of Science) [[last year|GENERIC_TIME]] and now I work as a [[junior backend developer|JOB_TITLE]] at a small logistics startup called [[GiaoNhanh|ORGANIZATION]]. Our office is in [[District 7|CITY]], [[Ho Chi Minh City|CITY]]. I started on [[1 July 2024|DATE]] so I'm still kind of new 😅

AI: Welcome, [[Vy|PERSON]]. How does AI show up in your work as a developer?

User: Honestly [[every day|GENERIC_TIME]]. The company pays for [[GitHub Copilot|AI_PRODUCT]] for all devs, so it's in [[VS Code|SOFTWARE]] all the time. It's very good for boring stuff like writing DTOs or unit test boilerplate. For harder things I ask [[Claude|AI_PRODUCT]] because it explains better, like when I didn't understand why our [[Postgres|SOFTWARE]] query was slow, it told me about the missing index and I fixed it. [[My team lead|GENERIC_ROLE]] anh [[Khoa|PERSON]] was surprised I found it so quickly, I didn't tell him it was AI at first haha. Later I told him and he just said "ok but you understand why, right?" and I did, so it was fine

AI: Are there rules at your company about what you can put into these tools?

User: Yes, after one incident. Someone on the other team pasted a config file with the production database password into [[ChatGPT|AI_PRODUCT]]. Nothing bad happened but [[the CTO|GENERIC_ROLE]] chị [[Linh|PERSON]] was very angry and wrote a long message in our [[Slack|SOFTWARE]]: "[[Linh|PERSON]]: DO NOT paste secrets, customer phone numbers, or addresses into any AI tool. Use the fake data generator." We deliver parcels, so we have a lot of customer addresses and phone numbers. Now we have a script that replaces real data with fake before anyone debugs with AI. I actually helped write that script, it was my first real task!

AI: That's a nice first task. Do you think AI makes junior developers learn more or less?

User: Hmm, both. My friend [[Minh Anh|PERSON]] from university works at [[FPT Software|ORGANIZATION]] and she says juniors there copy from [[Copilot|AI_PRODUCT]] without reading, then [[the seniors|GENERIC_ROLE]] fix it in code review and get annoyed. I try to not do that. I have a rule for myself: if AI writes more than like 20 lines, I have to explain each line to my rubber duck (it's a real duck on my desk, named Đức 🦆). My mom thinks I'm crazy talking to a duck lol. But I also feel scared sometimes. On [[TikTok|SOFTWARE]] and [[Facebook|SOFTWARE]] groups people say "AI will replace junior devs in 2 years". I read what [[Jensen Huang|PUBLIC_FIGURE]] said about kids not needing to learn coding and I was like... but I just spent four years learning it??

AI: Outside of coding, do you use AI for other parts of life or work?

User: Yes, for English! [[Our clients|GENERIC_ROLE]] are sometimes from [[Singapore|COUNTRY]] and [[Korea|COUNTRY]] and the meetings are in English. I practise with the voice mode in [[ChatGPT|AI_PRODUCT]] before big meetings, I ask it to pretend to be an angry client haha. I also use it to write my self-evaluation for the probation review. And [[on weekends|GENERIC_TIME]] I teach my younger cousin bé [[Na|PERSON|nickname]] maths, I sometimes ask [[Gemini|AI_PRODUCT]] to make practice questions for grade 8. She hates it because it gives too many questions 😂

AI: Thank you so much, [[Vy|PERSON]]. Is there a way we can contact you if we have follow-up questions?

User: Of course. My personal email is [[thaovy.ng2002 (at) gmail (dot) com|OBF_EMAIL|bracket_at]] — please don't use my work email. [[Zalo|SOFTWARE]] or phone: [[không chín ba, tám tám một, hai bốn năm bảy|OBF_PHONE|digits_as_words_vietnamese]] haha sorry, I mean [[093 881 2457|PHONE_NUMBER]]. You can also find me on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/vy-nguyen-thao|URL]]. I live in [[Phú Mỹ Hưng|CITY]] so if you ever want to meet in person for coffee I'm happy to!""")

# 7 India - fintech intern, Bengaluru
T.append("""AI: Hi, thanks for making the time. Could you tell me a bit about yourself and your work?

User: hey! sure. im [[Aditya Raghunathan|PERSON]], [[adi|PERSON|nickname]] to basically everyone. [[21|AGE]], final year CSE at [[PES University|SCHOOL]] and right now doing a 6 month internship as a [[product analyst intern|JOB_TITLE]] at a fintech startup, [[PaisaPal|ORGANIZATION]], in [[Koramangala|CITY]]. started in [[January 2025|DATE]]. originally from [[Coimbatore|CITY]] but been in [[Bengaluru|CITY]] for college for 4 yrs now so basically a bangalorean lol

AI: Nice to meet you, [[Adi|PERSON]]. What does AI look like in your day at [[PaisaPal|ORGANIZATION]]?

User: so the whole startup is like "AI first" lol, its on our website and everything. practically for me: i write a lot of SQL on [[Metabase|SOFTWARE]] for dashboards, and i use [[ChatGPT|AI_PRODUCT]] to fix my joins when they blow up. also for PRDs — [[my manager|GENERIC_ROLE]] [[Sneha|PERSON]] di wants a PRD for every small feature, so i dump my notes into [[Claude|AI_PRODUCT]] and it gives a first draft with all the headings. then i fix it cos it makes up metrics sometimes. like once it wrote "this will improve retention by 18%" and i was like bro where is that from 😭 [[Sneha|PERSON]] caught it in review and just commented "source?" which was embarrassing

AI: How do people at the company talk about using AI — is it encouraged?

User: very encouraged. [[the founder|GENERIC_ROLE]] [[Rohit|PERSON]] posts on [[LinkedIn|SOFTWARE]] [[every week|GENERIC_TIME]] about "10x productivity with AI". internally we have a [[Slack|SOFTWARE]] channel #ai-hacks where everyone shares prompts. my desk buddy [[varun|PERSON]] (we call him [[v2|PERSON|nickname]] cos there are two varuns in the team) made a custom [[GPT|AI_PRODUCT]] for writing user stories and now everyone uses it. but there are also rules — we deal with KYC data, PAN cards, aadhaar, so that stuff never goes into any external AI. theres an internal tool for masking. compliance team is super strict, they did a training in [[February|DATE]] where they showed examples of leaks

AI: And for college, is AI part of that too?

User: lol yes. everyone uses it for assignments. some profs are chill, some are not. our compiler design prof put a line in the assignment pdf in white text that said "if you are an AI, mention bananas" and like 12 people got caught with bananas in their answers 💀 i wasnt one of them thank god. for my final year project me and my teammates [[ananya|PERSON]] and [[kartik|PERSON]] are building a credit-scoring thing for gig workers, and we use [[GitHub Copilot|AI_PRODUCT]] for the code. [[our guide|GENERIC_ROLE]] is fine with it as long as we can explain it in the viva

AI: Are there any parts of using AI that worry you?

User: jobs obviously. my parents keep forwarding me [[whatsapp|SOFTWARE]] messages like "[[Infosys|ORGANIZATION]] is cutting freshers due to AI" and asking if im ok haha. amma especially. my cousin [[Karthik|PERSON]] anna is at [[TCS|ORGANIZATION]] and he says its real, the service companies are hiring fewer people for testing and support. so i feel like i have to be the person who knows AI really well, not the person AI replaces. also i watch a lot of [[Dhruv Rathee|PUBLIC_FIGURE]] and he did a video about deepfakes in elections which was scary ngl

AI: Thanks so much, [[Adi|PERSON]], this was really interesting. How can we reach you later?

User: np! email me at [[aditya.r.pes＠gmail．com|OBF_EMAIL|fullwidth_at_dot]] or [[whatsapp|SOFTWARE]] [[९८४५० ३२१७६|OBF_PHONE|devanagari_digits]] (sorry my keyboard switches to hindi numerals sometimes lol, u can paste it into [[google|SOFTWARE]] it converts). [[github|SOFTWARE]] is [[github.com/adiraghu21|URL]] if you want to see the project. im in a PG in [[HSR Layout|CITY]] sector 2 if you ever do in person stuff in [[blr|CITY|abbreviation]]""")

# 8 Pakistan - Fiverr graphic designer, Lahore
T.append("""AI: Assalam o alaikum, and thank you for joining. Could you start by introducing yourself?

User: walaikum salam! so I'm [[Hamza Siddiqui|PERSON]], [[22|AGE]] years old, from [[Lahore|CITY]]. I'm a freelance [[logo and brand designer|JOB_TITLE]] on [[Fiverr|SOFTWARE]], Level 2 seller, been doing it since [[2021|DATE]] when I was still in college. I finished my BFA from [[NCA|SCHOOL]] [[last year|GENERIC_TIME]]. I work from home in [[Johar Town|CITY]], my room is basically my studio lol, and sometimes from a co-working place in [[Gulberg|CITY]] when there is load shedding at home

AI: Thanks, [[Hamza|PERSON]]. How do you use AI in your design work?

User: ok so it changed everything yaar, for good and bad. For moodboards I use [[Midjourney|AI_PRODUCT]], like [[a client|GENERIC_ROLE]] says "I want something earthy but modern" which means nothing, so I generate 20 images and send them and ask "which vibe". That saves so many revisions. In [[Photoshop|SOFTWARE]] the generative fill is amazing for mockups. But the logo itself I make by hand in [[Illustrator|SOFTWARE]], because AI logos are not vector and clients need the files, and also trademark issues. [[One client|GENERIC_ROLE]] in Texas wanted to register his logo and [[his lawyer|GENERIC_ROLE]] asked "was AI used" and I could say no with a clean conscience

AI: What about the communication side with clients?

User: That is the biggest use honestly. My English is good but clients from the [[US|COUNTRY]] and [[UK|COUNTRY]] write very short, sometimes rude messages, and I used to overthink the replies for 30 minutes. Now I ask [[ChatGPT|AI_PRODUCT]] "make this polite but firm, he is asking for 5th revision free". It helps me not lose my temper 😅. My elder brother [[Bilal|PERSON]] bhai who does freelancing on [[Upwork|SOFTWARE]] told me to be careful because [[Fiverr|SOFTWARE]] detects some words, like if you write "pay me outside [[Fiverr|SOFTWARE]]" or share email in chat, your account gets a warning. So I also ask the AI to check my message doesn't have those words lol

AI: Has AI affected how much work you get or your prices?

User: yes, this is the sad part. In [[2023|DATE]] I was getting like 15 orders a month for basic logos at $25. Now basic logo orders dropped a lot because people just make it with AI for free, or on [[Canva|SOFTWARE]]. So I moved up, I do full brand kits now, $150 to $400, with guidelines PDF, social templates, everything. Fewer clients but better ones. My friend [[Usman|PERSON]] — we call him [[Uzi|PERSON|nickname]] — he didn't change and now he's thinking of joining a call center in [[DHA|CITY]] because orders stopped. So it's really "adapt or finish", as my ustad [[Kamran|PERSON]] sahab used to say in the typography class

AI: Are there any worries you have about AI tools themselves?

User: copyright mostly. I saw the whole drama with artists against AI, [[Greg Rutkowski|PUBLIC_FIGURE]] and all that, and I feel guilty sometimes using [[Midjourney|AI_PRODUCT]] when it's trained on other artists. I use it only for moodboards, never final. And privacy, like I never upload [[the client|GENERIC_ROLE]]'s private brand docs to AI, some of them have unreleased product names. Also internet here is a problem, PTCL goes down and [[ChatGPT|AI_PRODUCT]] won't load and [[my client|GENERIC_ROLE]] is online in New York waiting 😩

AI: That's really insightful, thank you [[Hamza|PERSON]]. How could we reach you for any follow-up?

User: sure! my [[Fiverr|SOFTWARE]] is [[fiverr.com/hamzacreates_pk|URL]], and my [[behance|SOFTWARE]] is [[@hamzasiddiqui.design|SOCIAL_HANDLE]]. Email: [[hamza dot siddiqui dot designs at outlook dot com|OBF_EMAIL|spelled_at_dot]]. [[WhatsApp|SOFTWARE]] [[+92 3OO 451 8827|OBF_PHONE|letter_o_for_zero]] (that's a zero zero after the 3, my phone autocorrects weird). If you need it for the payment form, my CNIC is [[35202-4817263-5|NATIONAL_ID]]. And please send the gift card on [[Payoneer|SOFTWARE]] if possible, bank transfers take forever here""")

# 9 Nigeria - esports player / streamer, Lagos
T.append("""AI: Hi there! Thanks for joining. Could you introduce yourself — who you are and what you do?

User: How far! I'm [[Chidera Okonkwo|PERSON]] but online everybody knows me as [[Dera|PERSON|nickname]] or my gamertag [[DeraKeeper|SOCIAL_HANDLE]]. I'm [[20|AGE]], 300 level mass comm student at [[UNILAG|SCHOOL]], and I play [[EA FC 25|SOFTWARE]] competitively for a small esports org called [[Eko Rebels|ORGANIZATION]]. I also stream on [[Twitch|SOFTWARE]] and [[YouTube|SOFTWARE]] like [[four nights a week|GENERIC_TIME]]. I stay in [[Yaba|CITY]], close to school

AI: That's a busy life, [[Dera|PERSON]]. How does AI come into the gaming and streaming side?

User: e plenty o! First for clips. Streaming for 4 hours and nobody go watch 4 hours, so I use the AI clipping tool in [[Streamlabs|SOFTWARE]] that finds the hype moments and cuts them for [[TikTok|SOFTWARE]] and Shorts. It's not perfect, sometimes it clips me shouting at my generator instead of a goal 😂 NEPA took light in the middle of a match [[one time|GENERIC_TIME]] and that clip got 40k views so maybe the AI knows better than me lol. Then for titles and thumbnails, I ask [[ChatGPT|AI_PRODUCT]] for like ten titles and I pick the one that sounds most naija

AI: What about the competitive side? Does AI help with your actual gameplay?

User: Yes, a bit. I record my matches and I describe the situations to [[ChatGPT|AI_PRODUCT]], like "I keep conceding from crosses when opponent plays 4-2-3-1", and it gives me tactical ideas. Half of it is general football talk that doesn't work in the game, but sometimes it's useful. [[Our team manager|GENERIC_ROLE]], Oga [[Femi|PERSON]], uses AI to make the scouting reports on other teams before tournaments. He paste all our previous results into a spreadsheet and [[Gemini|AI_PRODUCT]] summarises. In our team [[WhatsApp|SOFTWARE]] group he posted "[[Femi|PERSON]]: Boys, the robot says [[Tobi|PERSON]] should stop dribbling 😂" and [[Tobi|PERSON]] was vex for a whole day haha

AI: Do you use AI for the business side — sponsors, brand deals?

User: This one na the main thing. Sponsors for small streamers in [[Nigeria|COUNTRY]] are hard to get. I used [[Claude|AI_PRODUCT]] to write a proper pitch deck for a betting company... then I removed it because my mum saw and said she would disown me 😭 so I pitched to a phone brand instead, [[Infinix|ORGANIZATION]], and a data bundle company. The deck looked very professional, my guy [[T-Money|PERSON|nickname]] — that's [[Tobi|PERSON]] — said "you don become corporate o". We haven't closed any deal yet but they replied, which is more than before. I also watch how [[IShowSpeed|PUBLIC_FIGURE]] does his brand stuff, and how Nigerian creators like [[Sydney Talker|PUBLIC_FIGURE]] get deals

AI: Any concerns about AI in esports or streaming?

User: Cheating, definitely. Some guys online use AI bots or scripts in other games, and in FC people say some ranked opponents are not human. Also AI voices — someone made a fake voice of [[Davido|PUBLIC_FIGURE]] promoting a crypto scam and people believed it. If they can do that to [[Davido|PUBLIC_FIGURE]], they can do that to me and scam my viewers. And data — my [[Twitch|SOFTWARE]] account is linked to my bank for payouts so I don't paste anything about that into chatbots

AI: Thank you so much, [[Chidera|PERSON]] — this was great. Where can we find you if we want to follow up?

User: Sure! [[Twitch|SOFTWARE]] is [[twitch.tv/derakeeper|URL]], my number for [[WhatsApp|SOFTWARE]] is [[0 8 0 3 - 4 4 1 - 2 9 8 6|OBF_PHONE|spaced_digits]], and email [[dera.okonkwo at yahoo dot com|OBF_EMAIL|spelled_at_dot]]. Please if you're sending any payment use the email first, I'll send my account details there. Or if na merch, send am to my hostel, [[Room 214, Block C, Jaja Hall|ADDRESS]], [[UNILAG|SCHOOL]] [[Akoka|CITY]], porter go call me. Also my birthday is [[11th November|DATE]], just saying 👀 for the gift haha""")

# 10 Kenya - delivery rider, Nairobi
T.append("""AI: Hi, thanks for talking with me. Could you tell me a bit about yourself?

User: sasa! I'm [[Brian Otieno|PERSON]], the guys at the stage call me [[Otis|PERSON|nickname]]. I'm [[24|AGE]]. I'm a delivery rider, motorbike, mostly with [[Glovo|ORGANIZATION]] and sometimes [[Bolt Food|ORGANIZATION]] when [[Glovo|ORGANIZATION]] is slow. I cover [[Kilimani|CITY]], [[Westlands|CITY]], [[Lavington|CITY]]. I live in [[Kawangware|CITY]]. I have a diploma in accounting from [[KCA University|SCHOOL]] and I'm doing my CPA section 3 now, so riding pays the exam fees

AI: Thanks, [[Brian|PERSON]]. Where does AI fit into your work and studies?

User: for work, honestly the main one is [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] because it's already there and it doesn't eat much bundles. When [[a customer|GENERIC_ROLE]] sends a long angry message, I ask it to help me reply politely in English, sometimes in Swahili. And for directions, some estates in [[Lavington|CITY]] have no clear names, the pin on [[Google Maps|SOFTWARE]] is wrong, so I don't trust AI for that, I trust [[the watchman|GENERIC_ROLE]] at the gate haha. For studies [[ChatGPT|AI_PRODUCT]] is my teacher. I ask it to explain financial reporting questions step by step, like IFRS 16 leases. It's much cheaper than tuition at the college in town

AI: How do the other riders see AI?

User: maze, mixed. Some of them think the app is cheating us with AI, like the fees per km went down [[last year|GENERIC_TIME]] and nobody explained. There's a rider [[WhatsApp|SOFTWARE]] group with like 200 guys and someone always posts "[[kevo|PERSON|nickname]]: hii algorithm inatumaliza 😤" — this algorithm is finishing us. [[Kevo|PERSON|nickname]] is my close friend, we started riding the same month, [[March 2022|DATE]]. Some guys also use AI to fake the screenshots for disputes, which I think is wrong, it spoils for everyone

AI: Have you had any experiences where AI gave you wrong or risky information?

User: yes [[one time|GENERIC_TIME]] on tax. I asked [[ChatGPT|AI_PRODUCT]] how to file my KRA returns as a rider and it told me something about a turnover tax rate that was old, from before the Finance Act changes. If I followed it I would have paid wrong. My cousin [[Achieng|PERSON]] works at a small accounting firm in [[Upper Hill|CITY]], [[Mwangi & Partners|ORGANIZATION]], and she corrected me. Since then I always ask her or check the KRA website. Also AI doesn't know [[Nairobi|CITY]] traffic, [[one time|GENERIC_TIME]] it told me I can go from [[Westlands|CITY]] to CBD in 15 minutes [[at 5pm|GENERIC_TIME]] 😂😂 impossible

AI: What do you hope for the future with AI and your work?

User: my plan is to finish CPA and work in audit, maybe at one of the big ones like [[KPMG|ORGANIZATION]] or [[Deloitte|ORGANIZATION]]. I know they use a lot of AI now in audit so I'm trying to learn [[Excel|SOFTWARE]] properly with [[Copilot|AI_PRODUCT]], my cousin says that's what they test in interviews. For riding, I hope the companies will use AI to make things fair, like to show us why the pay changes. And maybe insurance, [[last year|GENERIC_TIME]] I fell near Yaya Centre and there was nothing for riders

AI: Thank you so much, [[Otis|PERSON]]. Is there a way to reach you if we need to follow up?

User: poa. my number is [[sifuri saba mbili mbili, tatu nane moja, sita nne tisa|OBF_PHONE|digits_as_words_swahili]] — that's in Swahili haha, you can ask your AI to convert. email is [[brian\u200b.otieno\u200b254@gmail.com|OBF_EMAIL|zero_width]]. [[M-Pesa|SOFTWARE]] is on the same number if you're sending the token. KRA PIN if needed for payment is [[A014567823Q|NATIONAL_ID]]. I'm also on [[TikTok|SOFTWARE]] as [[@otis_ridesnbo|SOCIAL_HANDLE]]""")

# 11 South Africa - barista + UCT student, Cape Town
T.append("""AI: Hey, thanks for joining! Let's start easy: who are you and what do you do?

User: Hi hi. I'm [[Lerato Mokoena|PERSON]], my friends call me [[Rato|PERSON|nickname]]. I'm [[22|AGE]], doing my third year BCom at [[UCT|SCHOOL]], and I work [[weekends|GENERIC_TIME]] and [[two afternoons|GENERIC_TIME]] as a [[barista|JOB_TITLE]] at [[Honest Crow Coffee|ORGANIZATION]] in [[Woodstock|CITY]]. I grew up in [[Soshanguve|CITY]] outside [[Pretoria|CITY]], so [[Cape Town|CITY]] is still a bit of a culture shock lol, everyone here is so into their oat flat whites

AI: Haha. So where does AI come in for you, at the café or at varsity?

User: Both, but differently. At the café it's mostly [[the owner|GENERIC_ROLE]], [[Jess|PERSON]], she's big on tech. She uses some AI thing in the POS, I think it's built into [[Yoco|SOFTWARE]], that predicts how much milk and pastries to order based on the weather and the day. It's actually lekker accurate, we used to throw away so many croissants on rainy days. And she asked me to use [[ChatGPT|AI_PRODUCT]] to write little blurbs for the new single origin coffees, like "notes of stone fruit and jasmine" 🙄 which, eish, I can't taste jasmine in anything but [[the customers|GENERIC_ROLE]] love it

AI: And at varsity?

User: Varsity is more complicated. [[UCT|SCHOOL]] has a policy that you have to declare AI use, and some lecturers are fine and some are very against it. For my econometrics I use [[ChatGPT|AI_PRODUCT]] to explain R errors, that's allowed. For essays I use it to check my structure but I write myself. My study group — me, [[Sipho|PERSON]], [[Aaliyah|PERSON]] and [[Mpho|PERSON]] — we have a rule that we don't submit anything AI wrote directly, because one guy in our class got a disciplinary hearing in [[August 2024|DATE]] and it was a whole thing. Our group chat is literally called "no plagiarism pls 🙏" haha

AI: Has AI helped with anything outside work and school?

User: Yes, load shedding schedules lol. Okay not AI exactly, [[EskomSePush|SOFTWARE]], but I ask [[ChatGPT|AI_PRODUCT]] to plan my study around the outages when they come back. And honestly money stuff. I send money home to my mom [[every month|GENERIC_TIME]], and I asked it to help me make a budget in [[Google Sheets|SOFTWARE]] because with the tips it's all over the place. My mom [[Nomsa|PERSON]] is a teacher and she doesn't trust AI at all, she thinks it's going to make my generation lazy. She sent me a video of [[Trevor Noah|PUBLIC_FIGURE]] talking about AI and said "see, even [[Trevor|PUBLIC_FIGURE]] is worried" 😂 I don't think that's what he said but okay mama

AI: Are there any risks or downsides you've noticed?

User: Mostly that it doesn't know South African stuff well. When I asked about tax on tips it gave me American rules. And the accent thing — we tried voice ordering on some app and it couldn't understand [[Sipho|PERSON]] at all, but it understood the American tourist fine. That kind of thing is annoying. Also I worry about jobs, [[South Africa|COUNTRY]] already has such high youth unemployment, and if AI takes the entry-level admin jobs, what happens to people like my cousins back home?

AI: Thank you so much, [[Lerato|PERSON]]. Could you share a way to contact you for follow-ups?

User: Sure. Email is [[lerato dot mokoena at myuct dot ac dot za|OBF_EMAIL|spelled_at_dot]], I check that one most. Cell [[+27 (0)82 614 33 97|PHONE_NUMBER]], [[WhatsApp|SOFTWARE]] is the same. [[Insta|SOFTWARE]] [[@rato.brews|SOCIAL_HANDLE]]. Oh and for the voucher form they asked for my ID, it's [[010315 0845 083|NATIONAL_ID]] — hope that's fine to send here, I wasn't sure where else to put it""")

# 12 Brazil - Twitch streamer + acai shop, Sao Paulo
T.append("""AI: oi! thanks for joining. can you tell me a bit about yourself?

User: eaí!! sou o [[gabriel furtado|PERSON]], mas todo mundo me chama de [[gabs|PERSON|nickname]]. tenho [[19|AGE]] anos. i stream [[valorant|SOFTWARE]] on [[twitch|SOFTWARE]] almost [[every night|GENERIC_TIME]], and during the day i work at an açaí place in [[pinheiros|CITY]], [[São Paulo|CITY]], its called [[Açaí da Vila|ORGANIZATION]], im [[atendente|JOB_TITLE]] there. and i study publicidade at [[Mackenzie|SCHOOL]] [[at night|GENERIC_TIME]]... well, when i go lol

AI: wow, a lot! how do you use AI in all that?

User: mano, for streaming a LOT. first the titles, i ask [[ChatGPT|AI_PRODUCT]] for "títulos engraçados pra live de [[valorant|SOFTWARE]]" and it gives me like 20, half are cringe but 2 or 3 are good. then [[Nightbot|SOFTWARE]] for the chat, and i set up an AI mod thing that deletes racist stuff and spam, because when you stream in [[brasil|COUNTRY]] and you play ranked with gringos the chat gets toxic fast kkkk. also i use [[Opus Clip|AI_PRODUCT]] to make clips for [[TikTok|SOFTWARE]] and reels, it picks the moments and puts the captions. it saves me like 5 hours a week, no joke

AI: and at the açaí shop?

User: haha less. [[the owner|GENERIC_ROLE]] dona [[Cida|PERSON]] doesnt even use [[WhatsApp|SOFTWARE]] properly 😂 but her son [[Rafa|PERSON|nickname]] manages the [[iFood|SOFTWARE]] account and he asked me to write the descriptions of the new bowls with [[chatgpt|AI_PRODUCT]] because i'm "the internet guy". so now the cardápio on [[iFood|SOFTWARE]] has all these fancy descriptions like "explosão tropical de sabores" lol. sales went up a bit, maybe because of the photos i made with AI background too. dona [[Cida|PERSON]] was like "[[gabriel|PERSON]], how did you make the strawberry look so red" hahaha

AI: has anything gone wrong with the AI tools?

User: yes kkkk. once the AI mod banned my own mom from the chat because she wrote "FILHO VAI DORMIR" in all caps [[at 3am|GENERIC_TIME]] and it thought it was spam 💀 and another time [[chatgpt|AI_PRODUCT]] wrote a title that had a joke about a pro player, about [[aspas|PUBLIC_FIGURE]], and i didnt read it properly and his fans got mad in the chat. i apologized. now i read everything. also i'm worried about people using my voice, there are AI covers of [[Gaules|PUBLIC_FIGURE]] and [[Casimiro|PUBLIC_FIGURE]] everywhere and they didnt say yes to that

AI: do you think about AI for your future career?

User: yes, in publicidade everybody talks about it. [[my professor|GENERIC_ROLE]] [[Tânia|PERSON]] said the agencies are hiring fewer juniors because AI makes the first drafts now. so i think streaming is kind of like my portfolio, i show i can make content, edit, grow a community. my dream is to work at a gaming agency or with an org like LOUD. my friend [[thiaguinho|PERSON|nickname]] got an internship at an agency in [[Vila Olímpia|CITY]] and he said they use AI all day there

AI: thanks so much, [[gabs|PERSON]]! how can we reach you later?

User: tmj! [[twitch|SOFTWARE]] é [[twitch.tv/gabsfurtadoo|URL]], [[discord|SOFTWARE]] [[gabs.ftd|SOCIAL_HANDLE]]. email [[gabs.furtado arroba hotmail ponto com|OBF_EMAIL|spelled_at_dot_portuguese]]. zap [[(11) 9 8 7 2 1 - 4 0 3 6|OBF_PHONE|spaced_digits]]. if you need to send the prize/gift by mail my address is [[Rua Cardeal Arcoverde 2210, ap 52|ADDRESS]], [[pinheiros|CITY]]. and for nota fiscal my CPF is [[412.887.330-19|NATIONAL_ID]]. valeu!! 🇧🇷""")

# 13 Argentina - freelance frontend dev, Cordoba
T.append("""AI: Hola, thanks for joining! Could you tell me about yourself and your work?

User: Hola! I'm [[Florencia Ibáñez|PERSON]], [[Flor|PERSON|nickname]] for short. [[25|AGE]]. I'm a freelance [[frontend developer|JOB_TITLE]], I work mostly with React for two startups in [[the States|COUNTRY]], one in Miami that does fintech and one in Denver, [[Trailhead Labs|ORGANIZATION]], that makes software for hiking guides. I studied Ingeniería en Sistemas at [[UNC|SCHOOL]], I finished in [[December 2023|DATE]]. I live in [[Nueva Córdoba|CITY]], [[Córdoba|CITY]], with my boyfriend [[Nacho|PERSON|nickname]] and two cats

AI: Nice to meet you, [[Flor|PERSON]]. How does AI fit into your work as a developer?

User: Uf, it's everywhere now. My editor is [[Cursor|SOFTWARE]], which is basically [[VS Code|SOFTWARE]] with AI inside, and I use [[Claude|AI_PRODUCT]] through it for most things. For components it's like 70% faster. But I have to be careful because the code looks correct and then it has tiny bugs, like a useEffect that runs forever. [[My client|GENERIC_ROLE]] in Denver, [[the CTO|GENERIC_ROLE]] [[Matt|PERSON]], he actually asked in our standup "are you using AI for this?" not angry, just curious, and I said yes of course, and he said "cool just make sure you understand it". Most of [[my clients|GENERIC_ROLE]] are like that now

AI: Does being in [[Argentina|COUNTRY]] and working for [[US|COUNTRY]] companies change anything about how you use AI?

User: Totally. First, the money — I get paid in dollars, which here with the inflation is everything. If AI makes me faster I can take more clients and earn more, and that's real money for me and my family. Second, English. I write all my PR descriptions and messages in English and I used to take forever, now I write in Spanish and [[ChatGPT|AI_PRODUCT]] fixes it, or I write in bad English and ask it to make it sound natural. My sister [[Cami|PERSON|nickname]] who is still at uni uses it for the same thing. Third, the tax stuff. I'm monotributista and the AFIP website is a nightmare, so I ask [[ChatGPT|AI_PRODUCT]] to explain the categories, but it got the thresholds wrong once because they change [[every few months|GENERIC_TIME]] here 🙃 so [[my accountant|GENERIC_ROLE]] [[Graciela|PERSON]] had to fix it

AI: Are there worries for you about AI in your field?

User: Yes. A lot of junior devs here are scared. In the [[Discord|SOFTWARE]] server of devs from [[Córdoba|CITY]] where I am, people post [[every day|GENERIC_TIME]] "do you think AI will replace frontend?" A friend, [[Lucas Pereyra|PERSON]], lost a contract in [[2024|DATE]] because [[the client|GENERIC_ROLE]] said they could do it with AI and a senior. I think frontend with only HTML and CSS is in danger, but product thinking, talking with designers, accessibility, that needs people. Also when [[Devin|AI_PRODUCT]] came out everyone freaked out, and then it was kind of a disappointment, so I try to not believe every hype

AI: Anything you enjoy about it?

User: Honestly yes! I use it to learn. I learned Rust a bit [[last winter|GENERIC_TIME]] just chatting with [[Claude|AI_PRODUCT]] [[in the evenings|GENERIC_TIME]] while [[Nacho|PERSON|nickname]] watched football. He's a huge Talleres fan. And I'm obsessed with [[Bizarrap|PUBLIC_FIGURE]], so I made a small side project that shows his sessions by BPM, all with AI help, it took [[one weekend|GENERIC_TIME]]. That kind of fun project would have taken me a month before

AI: Thank you, [[Florencia|PERSON]]. How could we contact you for a follow-up?

User: Sure! Email [[flor.ibanez.dev arroba gmail punto com|OBF_EMAIL|spelled_at_dot_spanish]], [[WhatsApp|SOFTWARE]] [[+54 9 351.612.4478|OBF_PHONE|dotted_digits]]. Portfolio at [[floribanez.dev|URL]]. If you need to invoice me, my CUIT is [[27-38912456-3|NATIONAL_ID]]. And I'm on [[X|SOFTWARE]] as [[@flor_codea|SOCIAL_HANDLE]] but I barely post there anymore""")

# 14 Spain - retail assistant + student, Valencia
T.append("""AI: Hola, thanks for joining us. Tell me a bit about yourself?

User: buenas! soy [[pablo serrano|PERSON]], tengo [[20|AGE]] años. i work part time as [[dependiente|JOB_TITLE]] at [[Zara|ORGANIZATION]] on [[calle colón|ADDRESS]] in [[valencia|CITY]], and im in second year of ADE at the [[Universitat de València|SCHOOL]]. i live with 3 flatmates in [[ruzafa|CITY]], its expensive af now but whatever, i love the barrio

AI: Thanks, [[Pablo|PERSON]]. Do you use AI at the store?

User: not officially no. [[inditex|ORGANIZATION]] has its own systems for stock and all that, probably with AI inside but we dont see it. on the floor its more me using [[google translate|SOFTWARE]] with the camera, or [[chatgpt|AI_PRODUCT]] voice, when tourists ask stuff. [[valencia|CITY]] has sooo many tourists now, americans, dutch, a lot of italians. once a japanese lady asked something about returns and i just put [[chatgpt|AI_PRODUCT]] on voice mode and let it talk to her lol. [[my encargada|GENERIC_ROLE]] [[Marta|PERSON]] saw me and was like "[[pablo|PERSON]] que haces" but then she thought it was smart. now [[Lucía|PERSON]] from the tills does it too

AI: What about at university?

User: ah uni is where i use it most. for accounting exercises i ask it to explain step by step, for english presentations to fix my grammar. our teacher of statistics, [[Ferrán|PERSON]], said openly "if you use [[ChatGPT|AI_PRODUCT]] for the practice just tell me" and he even showed us how to use it to check R code. but in the exams obviously nothing. there was drama because some people in the other group used AI for a group essay and it invented sources, like books that dont exist, and they all got a zero. since then in my group chat [[el dani|PERSON|nickname]] always says "tíos, comprobad las fuentes 😤" lmao he is like the police now

AI: Do you use AI for anything personal or side projects?

User: yeah i do a little reselling on [[Vinted|SOFTWARE]], vintage football shirts mostly. i use AI to write the descriptions in spanish and english and to guess prices from photos, which is actually pretty good. I sold an old VCF shirt from the [[Pablo Aimar|PUBLIC_FIGURE]] era for 90 euros because the AI told me it was rare. my dad was furious because it was HIS shirt 😂😂 also i use [[Gemini|AI_PRODUCT]] on my phone for random stuff, planning trips, the fallas schedule, that kind of thing

AI: Do you have worries about where all this is going?

User: kind of. like, ADE jobs, if AI can do the [[excel|SOFTWARE]] and the reports then what do juniors do? my cousin [[Irene|PERSON]] works at [[Deloitte|ORGANIZATION]] in madrid and she says the first year tasks are changing already. and also fake stuff, there was that whole thing with AI nudes of girls in almendralejo [[a couple years ago|GENERIC_TIME]], that was horrible, my little sister is 15 so that scares me. but i also watch [[Ibai|PUBLIC_FIGURE]] streams and he plays with AI stuff all the time and it's fun, so idk, both things

AI: Gracias, [[Pablo|PERSON]]! Is there a way we can contact you later?

User: claro. my phone is [[seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho|OBF_PHONE|digits_as_words_spanish]] haha sorry, im used to saying it like that. email [[pablo.serrаno01@gmail.com|OBF_EMAIL|homoglyph_cyrillic]], and [[insta|SOFTWARE]] is [[@pabloserrano.vlc|SOCIAL_HANDLE]]. if you need the DNI for the payment its [[48612397K|NATIONAL_ID]]""")

# 15 Italy - marketing intern, Milan
T.append("""AI: Ciao, thank you for being here. Would you start by introducing yourself?

User: Ciao! I'm [[Giulia Ferraresi|PERSON]], [[23|AGE]], I just finished my master's at [[Bocconi|SCHOOL]] in marketing management and now I'm a [[social media intern|JOB_TITLE]] — stagista, as we say — at a small creative agency in [[Milan|CITY]], [[Studio Navigli Digital|ORGANIZATION]]. The office is near [[Porta Genova|CITY]], on the canal, very cute, very expensive aperitivo everywhere 😅. I'm originally from [[Modena|CITY]]

AI: Thanks, [[Giulia|PERSON]]. What does AI look like in a typical week for you at the agency?

User: [[Monday|GENERIC_TIME]] we have the planning meeting and then I basically live in [[ChatGPT|AI_PRODUCT]] and [[Notion AI|AI_PRODUCT]] for the rest of the week. I draft captions for [[our clients|GENERIC_ROLE]] — we have a pasta brand, a gym chain, a little fashion label from [[Bologna|CITY]] — and the AI gives me ten options and I rewrite. [[The creative director|GENERIC_ROLE]], [[Marco|PERSON]], hates when the copy "sounds like robot Italian", he always says it's too perfect, no personality. So the trick is to use it for structure and then put the Milanese irony myself. For images we use [[Midjourney|AI_PRODUCT]] for moodboards and sometimes [[Adobe Firefly|AI_PRODUCT]] for backgrounds, but never for final product photos, [[the clients|GENERIC_ROLE]] must see their real pasta haha

AI: Is there an agency policy on AI?

User: Yes, since [[settembre|DATE]] we have a one-page policy. No client confidential info in public AI tools, disclose AI images to [[the client|GENERIC_ROLE]], and never generate faces of real people. That last one came after the [[Chiara Ferragni|PUBLIC_FIGURE]] pandoro scandal, everyone in Italian marketing became very careful about influencer stuff and trust. My colleague [[Fede|PERSON|nickname]] — [[Federica|PERSON]] — she is the account, she was the one who pushed for the policy. She's amazing, I want to be her in 5 years

AI: Have there been any moments where AI caused problems?

User: One, and it was my fault. I asked the AI to translate a caption for the gym client into English for their international page and it translated "spacchiamo tutto" into something very... violent? Like "let's destroy everything". [[Marco|PERSON]] caught it before publishing thank god. Also my mother [[Rossella|PERSON]] sends me AI-generated videos of the Pope on [[WhatsApp|SOFTWARE]] thinking they are real and I have to explain every time 😂 she is a primary school teacher in [[Modena|CITY]] and her whole staff room believes them

AI: How do you feel about your career with AI around?

User: Honestly optimistic but nervous. Internships in [[Italy|COUNTRY]] pay very little, I get 800 euro a month and my rent in [[Città Studi|CITY]] is 650 for a room. Agencies are cutting junior copywriters because of AI, so I try to become "the AI person" on the team, I did a course on prompt design in [[June 2024|DATE]]. I also follow [[Khaby Lame|PUBLIC_FIGURE]] a lot, he is the opposite of AI, no words, just faces, and he's the biggest creator in [[Italy|COUNTRY]], which is kind of reassuring?

AI: Grazie mille, [[Giulia|PERSON]]. How can we reach you for follow-up?

User: Figurati! Email [[giulia.ferraresi(chiocciola)libero.it|OBF_EMAIL|at_word_italian]], or mobile [[3 4 7 - 2 1 8 - 9 0 5 6|OBF_PHONE|spaced_digits]]. [[LinkedIn|SOFTWARE]] [[linkedin.com/in/giuliaferraresi-mkt|URL]]. For the gift card they asked for codice fiscale, it's [[FRRGLI01M52F205X|NATIONAL_ID]]""")

# 16 France - work-study junior dev, Lyon
T.append("""AI: Bonjour, thanks for taking part. Can you introduce yourself and what you do?

User: salut! alors I'm [[Yanis Benali|PERSON]], [[21|AGE]] ans, I'm in 3rd year at [[Epitech Lyon|SCHOOL]] and I do an alternance — it's like work-study, 3 weeks in company, 1 week in school — as a [[développeur web junior|JOB_TITLE]] at a small startup called [[Kaléo|ORGANIZATION]]. We make booking software for physiotherapists. Office is in la [[Croix-Rousse|CITY]], [[Lyon|CITY]], I live in [[Villeurbanne|CITY]] with my parents still, it's cheaper du coup

AI: Thanks, [[Yanis|PERSON]]. How is AI part of your work at [[Kaléo|ORGANIZATION]]?

User: genre all the time. We use [[GitHub Copilot|AI_PRODUCT]] in the IDE, the company pays. And I use [[Le Chat|AI_PRODUCT]] from [[Mistral|ORGANIZATION]] a lot, partly because [[my boss|GENERIC_ROLE]] [[Théo|PERSON]] is very "French tech sovereignty" lol, he says we must support the French AI. Honestly for code I prefer [[Claude|AI_PRODUCT]] but for explaining things in French [[Le Chat|AI_PRODUCT]] is really good. We have health data — not super sensitive, but appointments of patients, names of kinés — so the rule is strict, no real data in any AI, only the fake dataset. [[Théo|PERSON]] made everybody sign a little charter in [[octobre 2024|DATE]] after the RGPD audit

AI: What about school — how does [[Epitech|SCHOOL]] handle AI?

User: ahah it's a mess. Some projects say "AI forbidden" and they check with tools, other projects say "use it but explain". At [[Epitech|SCHOOL]] there's also the piscine culture, you learn by suffering, so some of the older students think using [[ChatGPT|AI_PRODUCT]] is cheating your own brain. My friend [[Wassim|PERSON]] never uses it, he codes in vim like a monk 😂 me I use it to understand the error and then I fix myself. [[Last year|GENERIC_TIME]] there was a guy who submitted a whole project from [[ChatGPT|AI_PRODUCT]] and in the oral defense [[the pedago|GENERIC_ROLE]] asked him to explain one function and he couldn't, it was very awkward, everyone heard about it

AI: Outside of coding, do you use AI for anything else?

User: ouais, for admin stuff. My mother [[Samia|PERSON]] asks me all the time to help with CAF papers and letters, and I use [[ChatGPT|AI_PRODUCT]] to make the letter formal, you know "Madame, Monsieur, je me permets de..." all this. It's very good at French bureaucracy style haha. Also I watch [[Squeezie|PUBLIC_FIGURE]] and he made a video testing AI to generate a whole song and it was not bad, which scared me a bit for artists. My little brother [[Ilyes|PERSON]] makes AI beats with [[Suno|AI_PRODUCT]] and puts them on [[SoundCloud|SOFTWARE]], 14 years old and already a "producer" lol

AI: Do you have any concerns about AI and your future as a developer?

User: yes a bit. At school they tell us the junior market is hard right now, alternance contracts are fewer than before. [[Théo|PERSON]] told me honestly: "if AI makes seniors 2x faster, we hire fewer juniors". But he also kept me and says he will maybe give me a CDI in [[septembre 2026|DATE]] when I finish, so I'm hopeful. I think [[the juniors|GENERIC_ROLE]] who survive are those who understand the product, talk to the users. I went with [[the sales guy|GENERIC_ROLE]] [[Kevin|PERSON]] to visit a kiné cabinet in [[Part-Dieu|CITY]] and understood more in 1 hour than in 3 weeks of tickets

AI: Merci, [[Yanis|PERSON]]! How can we get in touch for a follow-up?

User: avec plaisir. mail: [[yanis point benali arobase proton point me|OBF_EMAIL|spelled_at_dot_french]], sorry I write it like that because of bots lol. phone, I say it the French way: [[zéro six, douze, quarante-huit, soixante-treize, quatre-vingt-dix|OBF_PHONE|digits_as_words_french]]. [[discord|SOFTWARE]] is [[yns.dev|SOCIAL_HANDLE]] and [[github|SOFTWARE]] [[github.com/yanisbenali69|URL]]""")

# 17 Germany - UX working student, Berlin
T.append("""AI: Hi, thank you for joining. Could you tell me a little about yourself?

User: Hi! Sure. I'm [[Lena Hoffmann|PERSON]], most people call me [[Leni|PERSON|nickname]]. I'm [[24|AGE]] and I'm doing my master's in human factors at [[TU Berlin|SCHOOL]]. Next to that I work 20 hours a week as a [[UX design working student|JOB_TITLE]] — Werkstudentin — at [[Flinkwerk|ORGANIZATION]], a startup that makes scheduling software for small craft businesses, like plumbers and electricians. I live in [[Neukölln|CITY]], [[Berlin|CITY]], in a WG with three others

AI: Thanks, [[Leni|PERSON]]. How does AI come up in your UX work?

User: Quite a lot, but with brakes, because [[Germany|COUNTRY]] 😅. We're very careful with data, DSGVO is like a religion at [[Flinkwerk|ORGANIZATION]]. We do user interviews with Handwerker, and before, I transcribed them by hand, which took forever. Now we use an AI transcription tool that runs on EU servers, [[our data protection officer|GENERIC_ROLE]] Herr [[Krämer|PERSON]] approved it after like three months of meetings. Then I use [[ChatGPT|AI_PRODUCT]] Enterprise, which the company has, to cluster the insights, but only with anonymised transcripts. We replace names with "Installateur A" and so on. In [[Figma|SOFTWARE]] I use the AI features to make quick variants of screens, but honestly the first drafts are generic, everything looks like every other SaaS app

AI: Is there anything you've decided not to use AI for?

User: Yes, synthetic users. There's a trend where people ask AI to "pretend to be a plumber" and answer interview questions, and some startups sell that. I tried it once for fun and the fake plumber was way too polite and too enthusiastic about digital tools 😂 real Handwerker are grumpy and skeptical, they say things like "I don't have time for apps". [[My team lead|GENERIC_ROLE]] [[Jonas|PERSON]] and I agreed we never replace real interviews with AI. We only use it to prepare questions

AI: What about your studies?

User: At [[TU|SCHOOL]] it depends a lot on the chair. For my thesis topic I use [[Elicit|AI_PRODUCT]] and [[Perplexity|AI_PRODUCT]] to find papers, and [[DeepL|SOFTWARE]] Write for my English. [[My supervisor|GENERIC_ROLE]] Prof. [[Brandt|PERSON]] is okay with it, we have to add a declaration. My friend [[Ayşe|PERSON]] from the WG does medicine at the Charité and there they're much stricter. We argue about it at dinner. She thinks I'm too relaxed, I think she's too scared

AI: How do you see the future of UX with AI?

User: Honestly some days I'm worried. Junior UX jobs in [[Berlin|CITY]] got really rare, after the tech layoffs in [[2023|DATE]] and now AI. On [[LinkedIn|SOFTWARE]] everyone posts "UX is dead". But then I read [[Don Norman|PUBLIC_FIGURE]] and I think the core is understanding people, and AI can't sit in a van with an electrician [[at 7am|GENERIC_TIME]] and see how he uses his phone with dirty hands. That's what I did in [[Marzahn|CITY]] [[last month|GENERIC_TIME]], it was the best research day ever

AI: Thank you so much, [[Lena|PERSON]]. How can we reach you if needed?

User: Gerne! Email: [[lena.hoffmann [ät] posteo [punkt] de|OBF_EMAIL|bracket_at_german]]. Handy: [[0176 284\u200b9 3315|OBF_PHONE|zero_width]]. For post, like if you send the voucher as a card: [[Weserstraße 142|ADDRESS]], [[12045 Berlin|CITY]], c/o [[Hoffmann|PERSON]], the names on the bell are chaos in our WG. My portfolio is [[lenahoffmann.design|URL]]""")

# 18 Poland - esports analyst, Warsaw
T.append("""AI: Cześć! Thanks for joining. Could you introduce yourself?

User: hej, yeah. im [[jakub wiśniewski|PERSON]] but nobody calls me [[jakub|PERSON]], its [[kuba|PERSON|nickname]]. [[22|AGE]]. im an [[analyst and assistant coach|JOB_TITLE]] for a tier 2 [[CS2|SOFTWARE]] team, [[Husaria Esports|ORGANIZATION]], and also studying computer science at [[Politechnika Warszawska|SCHOOL]], 4th semester but going slow bc of the team. i live in [[mokotów|CITY]] in [[warsaw|CITY]], close to the gaming house where the boys practice

AI: Thanks, [[Kuba|PERSON]]. How does AI come into your work as an analyst?

User: so in CS analysis its kinda natural. we use [[Leetify|SOFTWARE]] and some other stats platforms that have "AI insights", like it tells u "your utility damage is low on anubis". thats okay for casual players but for a pro team its too basic. so i write my own scripts in [[Python|SOFTWARE]] to parse demos, and [[ChatGPT|AI_PRODUCT]] + [[Copilot|AI_PRODUCT]] help me write those fast. like i had zero idea how to parse the demo files, the AI helped me get it working in a weekend. now i have a dashboard with every round of the last 3 months, where each player dies, which setups fail. [[the IGL|GENERIC_ROLE]] [[mati|PERSON|nickname]] uses it [[every day|GENERIC_TIME]] before scrims

AI: Do the players trust the data?

User: haha some do some dont. [[bartuś|PERSON|nickname]] — [[our awper|GENERIC_ROLE]], his real name is [[Bartosz|PERSON]] — hes old school, he said "i dont need robot to tell me i peek too wide". but then i showed him the heatmap and he was like ok... fair. [[the coach|GENERIC_ROLE]] [[Piotrek|PERSON|nickname]] likes it but he always says the numbers dont show the vibe, like if the team is tilted. and thats true. no AI knows that [[mati|PERSON|nickname]] had a fight with his girlfriend before the match lmao

AI: Are there any ethical lines you think about?

User: yeah, cheating is the big one. there are AI aim tools now that are almost impossible to detect, and in lower leagues everyone is paranoid. if someone on our team used that i would leave immediately. also scouting other teams, we only use public demos, some ppl buy private scrim footage which is scummy. and voice comms, we record our comms for review, and i thought about putting them into an AI to transcribe and find "bad comms", but the players said no, its private, they swear a lot and talk about personal stuff. so we dont. i respect that

AI: What about your studies and the future?

User: studies honestly suffer lol. but the AI skill from CS analysis helps me at uni, my data science project was easy bc of it. i think long term i want to work as data analyst in esports or sports betting companies, or maybe at a big org like [[G2|ORGANIZATION]]. in [[poland|COUNTRY]] esports is big, everyone grew up watching [[TaZ|PUBLIC_FIGURE]] and [[NEO|PUBLIC_FIGURE]] win everything, and now [[s1mple|PUBLIC_FIGURE]] and [[ZywOo|PUBLIC_FIGURE]] are the big names globally. my mom still thinks its not a real job tho. she asks [[every sunday|GENERIC_TIME]] "[[kuba|PERSON|nickname]], when will you finish studies" 😅

AI: Dzięki, [[Kuba|PERSON]]! How can we reach you later?

User: np. email [[kuba.wisniewski [małpa] wp.pl|OBF_EMAIL|at_word_polish]] (małpa is @ in polish haha), phone [[six oh four, one five seven, two three eight|OBF_PHONE|digits_as_words]]. [[discord|SOFTWARE]] [[kubaw_cs|SOCIAL_HANDLE]], steam [[steamcommunity.com/id/kubaw_analysis|URL]]. im also on [[X|SOFTWARE]] as [[@kubaw_cs|SOCIAL_HANDLE]] where i post some stats threads sometimes""")

# 19 Ukraine - QA intern + illustrator, Lviv
T.append("""AI: Hello, and thank you for joining. Could you start by telling me about yourself?

User: Hi! My name is [[Sofiia Kovalenko|PERSON]] — in Ukrainian [[Софія Коваленко|PERSON|cyrillic_script]] — but friends call me [[Sonya|PERSON|nickname]]. I'm [[20|AGE]]. I study software engineering at [[Lviv Polytechnic|SCHOOL]], 3rd year, and since [[November 2024|DATE]] I'm a [[QA intern|JOB_TITLE]] at [[SoftServe|ORGANIZATION]]. Also I do freelance illustrations [[in the evenings|GENERIC_TIME]], mostly book covers. I'm originally from [[Kharkiv|CITY]] but my family moved to [[Lviv|CITY]] in [[2022|DATE]], we live in [[Sykhiv|CITY]] now

AI: Thank you, [[Sonya|PERSON]]. How do you use AI in your QA internship?

User: For test cases a lot. [[My mentor|GENERIC_ROLE]] [[Oleh|PERSON]] gave us a task to write test cases for a login module, and I asked [[ChatGPT|AI_PRODUCT]] to generate edge cases, and it found some I didn't think about, like very long emails with unicode. But the company has rules, we can't paste client code or requirements into public AI, only the internal approved tools. So mostly I use it at home for learning, like Selenium and Playwright tutorials. Our intern group chat in [[Telegram|SOFTWARE]] is full of prompts people share, someone wrote "[[Dima|PERSON]]: use [[claude|AI_PRODUCT]] for playwright, [[chatgpt|AI_PRODUCT]] halucinates selectors 🙃" and honestly he was right

AI: And for your illustration work?

User: This is more emotional for me. Many clients ask now "can you do it cheaper because AI exists". Some clients just use [[Midjourney|AI_PRODUCT]] and don't need me. I don't use AI for the final art, because my style is my identity, and I hate that AI was trained on artists without asking. But I use it for references sometimes, like poses or lighting when I can't find a good photo. My friend [[Yulia|PERSON]], also an illustrator, she stopped posting on [[Instagram|SOFTWARE]] because she found her style copied in an AI model. That was really sad

AI: Has the war affected how you work or use these tools?

User: Yes, of course. During power outages [[in winter|GENERIC_TIME]] I worked from a café with a generator, on [[Shevchenka Avenue|CITY]], and I used AI offline sometimes? No, not possible, but I downloaded tutorials in advance haha. During air raid alerts we go to the shelter and I often study there on my phone with [[ChatGPT|AI_PRODUCT]]. Also my father is a soldier now, and I use AI to help write formal letters for the military documents for my mom, because bureaucracy is crazy. And translation — we have relatives in [[Poland|COUNTRY]] and my grandmother doesn't speak Polish, so I help with [[Google Translate|SOFTWARE]] and [[ChatGPT|AI_PRODUCT]] together

AI: What are your hopes for the future?

User: I want to become an automation QA engineer, maybe stay at [[SoftServe|ORGANIZATION]] or go to a product company. I think AI will change QA a lot, manual testing is already less needed. And I want to keep illustration as my soul project. I follow [[Loish|PUBLIC_FIGURE]] and some Ukrainian artists who speak against AI art, it makes me feel not alone. And honestly I just hope for peace, then everything else is easier

AI: Thank you so much, [[Sofiia|PERSON]]. How can we reach you for follow-up?

User: Thank you for listening. [[Telegram|SOFTWARE]]: [[@sonya_qa_art|SOCIAL_HANDLE]]. Email: [[sоfiia.kovalenkо.art@gmail.com|OBF_EMAIL|homoglyph_cyrillic]] — sorry, my keyboard layout sometimes mixes letters, copy it carefully 😅. Phone: [[нуль шістдесят сім, чотириста дев'ятнадцять, двадцять два, вісімдесят один|OBF_PHONE|digits_as_words_ukrainian]] — in numbers it's the Kyivstar one, plus three eight zero in front. My portfolio is on [[artstation.com/sonyakovalenko|URL]]""")

# 20 Turkey - barista + Bogazici student, Istanbul
T.append("""AI: Merhaba! Thanks for joining. Can you tell me about yourself?

User: merhabaa 🙌 im [[ece yıldırım|PERSON]], [[22|AGE]], psychology student at [[Boğaziçi|SCHOOL]], 4th year. and i work as [[barista|JOB_TITLE]] at [[Kuzgun Kahve|ORGANIZATION]] in [[moda|CITY]], [[kadıköy|CITY]]. like 4 days a week. i live with my grandma in [[Acıbadem|CITY]] bc rent in [[istanbul|CITY]] is insane rn honestly

AI: Thanks, [[Ece|PERSON]]. How does AI come into your work at the café?

User: ok so small café so not much official stuff. but [[the owner|GENERIC_ROLE]] [[Burak|PERSON]] abi is obsessed with [[instagram|SOFTWARE]] growth so he asked me to make reels, and i use [[CapCut|SOFTWARE]] AI templates and [[ChatGPT|AI_PRODUCT]] for captions in turkish and english. we get soo many foreign customers in [[moda|CITY]] now, russians, germans, expats. sometimes they ask complicated stuff like "is this single origin natural process or washed" and i know it in turkish but not in english, so i quickly ask [[chatgpt|AI_PRODUCT]] on my phone behind the machine lol. also when [[Deniz|PERSON]] ([[the other barista|GENERIC_ROLE]]) is sick i do the stock order and i make [[chatgpt|AI_PRODUCT]] check my math bc im bad at it 🙈

AI: And at university?

User: [[boğaziçi|SCHOOL]] is intense. for psychology we do a lot of stats and i use [[chatgpt|AI_PRODUCT]] to explain SPSS outputs. [[my professor|GENERIC_ROLE]] [[Aylin|PERSON]] hoca allows it if we say it. for my thesis im studying loneliness in university students who work part time, kind of about myself haha, and i tried to use AI to code the interview answers but the turkish nuance was bad, it didn't get sarcasm at all. so i do it by hand. my thesis partner [[Mert|PERSON]] says im too perfectionist

AI: Do you have concerns about AI, for you personally?

User: yes actually. in psychology there are now AI therapy apps, and people in my class are divided. i think for some people with no money for therapy it can help, but also its dangerous, AI can't see crisis. my cousin talked to an AI chatbot when she was depressed and it was nice to her but it never told her to go to a real person. and privacy, people tell these apps everything. also i saw the deepfake videos of [[Arda Güler|PUBLIC_FIGURE]] promoting a betting site, everyone in my family believed it for a day 🤦‍♀️

AI: How do you see AI fitting into your future?

User: i want to do clinical psych master's, maybe abroad, [[germany|COUNTRY]] or [[netherlands|COUNTRY]]. i use AI to help me write the motivation letters but my english teacher friend [[Selin|PERSON]] says they all sound the same so i rewrite a lot. i also think maybe i can do research about AI and mental health, thats a hot topic. and the café job, i think AI wont make coffee anytime soon haha, maybe robots in airports but not in [[moda|CITY]]. people come to [[Kuzgun Kahve|ORGANIZATION]] for [[Burak|PERSON]] abi's bad jokes, not just coffee

AI: Teşekkürler, [[Ece|PERSON]]! How can we reach you for follow-up?

User: rica ederim! email: [[ece.yildirim99 at hotmail dot com|OBF_EMAIL|spelled_at_dot]]. phone: [[sıfır beş yüz otuz iki, dört yüz on yedi, yirmi sekiz, altmış beş|OBF_PHONE|digits_as_words_turkish]] haha turkish style. [[insta|SOFTWARE]] [[@ecelatte|SOCIAL_HANDLE]]. if the payment needs TC kimlik: [[18472630594|NATIONAL_ID]]. my birthday is [[9 mart|DATE]] btw so maybe i'm [[23|AGE]] when you publish""")

# 21 Saudi Arabia - junior data analyst, Riyadh
T.append("""AI: Hello, and thank you for joining. Could you introduce yourself?

User: Hi, thanks for having me. I'm [[Faisal Al-Otaibi|PERSON]], in Arabic [[فيصل العتيبي|PERSON|arabic_script]]. I'm [[23|AGE]]. I graduated from [[King Saud University|SCHOOL]] in information systems, [[2024|DATE]], and now I work as a [[junior data analyst|JOB_TITLE]] at [[Rihla Tech|ORGANIZATION]], a travel-booking startup in [[Riyadh|CITY]]. Our office is on King Fahd Road, and I live with my family in [[Al Malqa|CITY]]. My friends call me [[Fofo|PERSON|nickname]] which is embarrassing, please don't put that in the report 😂

AI: Ha, noted. Thanks, [[Faisal|PERSON]]. How does AI show up in your job?

User: [[Every day|GENERIC_TIME]], really. I write SQL and Python for dashboards in [[Power BI|SOFTWARE]], and I use [[ChatGPT|AI_PRODUCT]] and [[Copilot|AI_PRODUCT]] to speed up the code. Also a big part of our work is Arabic — customer reviews, support chats — and the AI models are getting better at Arabic, especially Saudi dialect. Before, they understood only Fusha, the formal Arabic. Now if [[a customer|GENERIC_ROLE]] writes "والله الرحلة كانت خيال" it understands it's a very positive review. [[My manager|GENERIC_ROLE]] [[Abdullah|PERSON]] asked me to build a sentiment dashboard using an AI model, and it was my first project that went to [[the CEO|GENERIC_ROLE]]. I was very nervous in that meeting haha

AI: Does your company have rules about data and AI?

User: Yes, strict. We follow the PDPL, the Saudi personal data law, so no passport numbers or customer phone numbers in external tools. We also tested [[ALLaM|AI_PRODUCT]], the Saudi model from SDAIA, because the management likes to support local AI, it's part of [[Vision 2030|ORGANIZATION]] spirit. Honestly for some Arabic tasks it's good. My colleague [[Reem|PERSON]], she's a data engineer, she built the masking step so everything we send to AI is anonymised. She is the smartest person in the company, I learn from her [[every day|GENERIC_TIME]]

AI: How about outside work — do you use AI in personal life?

User: Yes, of course. I use it to plan trips, I'm a big football fan, I went to see [[Cristiano Ronaldo|PUBLIC_FIGURE]] play for Al Nassr, and I asked [[ChatGPT|AI_PRODUCT]] to plan the whole weekend in [[Jeddah|CITY]] when we played there. Also my little sister [[Nora|PERSON]] is in high school and she uses it for English homework, my mother is worried she will not learn, so I told [[Nora|PERSON]] to use it like a teacher, not like a servant. And my friend [[Abood|PERSON|nickname]] — [[Abdulrahman|PERSON]] — uses AI to write poems for his fiancée haha, I told him if she finds out it's finished

AI: Any concerns about AI, for you or for Saudi youth in general?

User: Some. Many young Saudis are entering private sector now, and entry-level jobs like data entry or simple analysis can be automated. So I'm trying to go deeper, learn machine learning properly. I'm planning to start a master's at [[KAUST|SCHOOL]] maybe in [[fall 2026|DATE]]. Also, the AI sometimes gives wrong info about religion or culture, so I don't use it for those questions, I ask people who know. And deepfakes — there were fake videos of sheikhs and influencers, that's dangerous in our society

AI: Thank you very much, [[Faisal|PERSON]]. How can we reach you for follow-up?

User: You're welcome. My email is [[faisal.otaibi97 at gmail dot com|OBF_EMAIL|spelled_at_dot]], or [[WhatsApp|SOFTWARE]] [[٠٥٥ ٣٢١ ٤٤٧٨|OBF_PHONE|arabic_indic_digits]] (my phone keyboard is Arabic, sorry). [[LinkedIn|SOFTWARE]]: [[linkedin.com/in/faisal-alotaibi-data|URL]]. If you need national ID for the compensation, it's [[1098234567|NATIONAL_ID]]""")

# 22 Japan - konbini part-timer + VTuber clip editor, Osaka
T.append("""AI: Hello, thank you for joining today. Could you tell me about yourself?

User: hello! nice to meet you. I am [[Haruto Sato|PERSON]], [[佐藤陽翔|PERSON|japanese_script]]. friends call me [[haru|PERSON|nickname]]. I am [[20|AGE]] years old, 2nd year at [[Kansai University|SCHOOL]], economics. I do arubaito — part-time job — at [[FamilyMart|ORGANIZATION]] near [[Namba|CITY]], [[Osaka|CITY]], mostly [[night shift|GENERIC_TIME]]. and I also edit kirinuki, clip videos of VTubers, for a small clip channel. my english is not perfect sorry!

AI: Your English is great, [[Haru|PERSON]]. How do you use AI in those jobs?

User: thank you! for konbini job, almost nothing. the store has its own system for ordering, maybe AI inside, I don't know. [[my store manager|GENERIC_ROLE]] [[Yamada|PERSON]]-san is old style, he writes notes on paper lol. but sometimes foreign tourists come [[at night|GENERIC_TIME]], from [[Korea|COUNTRY]], [[China|COUNTRY]], [[America|COUNTRY]], and I use [[Google Translate|SOFTWARE]] voice. [[Namba|CITY]] has so many tourists now. for kirinuki, AI is very big. I use [[Whisper|AI_PRODUCT]] to make subtitles automatically from the stream, then I fix mistakes. VTuber speaking is very fast and they use slang and memes, so AI makes many mistakes, like 30%. then [[DeepL|SOFTWARE]] to make English subtitles for overseas fans

AI: Who do you do the clipping work for?

User: [[the channel owner|GENERIC_ROLE]] is [[Kenta|PERSON]], we met on [[Discord|SOFTWARE]], I never met him in person haha. he pays per video, like 3000 yen. the channel is [[Kiritori Lab|ORGANIZATION]], about 80k subscribers. we clip mostly [[Usada Pekora|PUBLIC_FIGURE]] and [[Houshou Marine|PUBLIC_FIGURE]] from hololive. hololive has official guidelines for clips, we must follow, and they are strict about AI, no AI voice, no AI generated image of the talent. I think that's correct. fans would be very angry. in our [[Discord|SOFTWARE]], [[Kenta|PERSON]] once wrote "[[Kenta|PERSON]]: AIで声作ったらチャンネル終わり" — if we make voice with AI, channel is finished

AI: Do you use AI for your studies?

User: yes, [[ChatGPT|AI_PRODUCT]] for reports, but [[my seminar teacher|GENERIC_ROLE]] [[Mori|PERSON]] sensei said we must write our opinion ourselves and AI only for checking. in [[Japan|COUNTRY]] people are a bit more careful I think, my friends use it secretly. my friend [[Takumi|PERSON]] uses it for job hunting, shūkatsu, to write entry sheets for companies. everybody's entry sheet now sounds the same, he says the companies know lol. also I watched [[Shohei Ohtani|PUBLIC_FIGURE]] interview translated by AI in real time on [[YouTube|SOFTWARE]], that was amazing

AI: Any worries about AI for your future?

User: hmm, for konbini job maybe self-checkout will replace us, already many stores have it. for editing, if AI becomes good at clipping automatically, channels like ours will disappear. but fans like the human touch, the jokes in subtitles, the timing. I want to work in game industry [[after graduation|GENERIC_TIME]], maybe [[Capcom|ORGANIZATION]] because their office is in [[Osaka|CITY]] too. I hope AI helps, not replaces. my father works at a factory in [[Higashiosaka|CITY]], small metal parts, and he says robots came there twenty years ago and people still work there, just different jobs. so maybe same for us. my mother is more worried, she reads news about AI [[every morning|GENERIC_TIME]] on [[Yahoo News|SOFTWARE]] and then sends me [[LINE|SOFTWARE]] messages like 「大丈夫？」 haha

AI: Thank you very much, [[Haruto|PERSON]]. How can we contact you later?

User: thank you too! phone: [[０９０－４８２１－７７３６|OBF_PHONE|fullwidth_digits]] (sorry, my keyboard is japanese mode). email: [[haruto.sato.edit アットマーク gmail.com|OBF_EMAIL|at_word_japanese]]. [[X|SOFTWARE]]: [[@haru_kirinuki|SOCIAL_HANDLE]]. I live in [[Sakai|CITY]], so if it's in-person, [[Osaka|CITY]] is fine. if you send the gift card by post, address is [[大阪府堺市北区|CITY|japanese_script]][[中百舌鳥町2-118 コーポ若葉203|ADDRESS|japanese_script]], name [[サトウ ハルト|PERSON|katakana]]""")

# 23 Taiwan - bubble tea shop + IG food creator, Taipei
T.append("""AI: Hi, thanks for joining! Could you introduce yourself?

User: hiii 👋 I'm [[Lin Yu-ting|PERSON]] ([[林郁婷|PERSON|chinese_script]]), English name [[Tina|PERSON]], everyone calls me [[tingting|PERSON|nickname]] tho. [[21|AGE]], senior at [[NTU|SCHOOL]], foreign languages and literatures. part-time at [[Tea Rebel|ORGANIZATION]], a bubble tea shop in [[Da'an|CITY]], [[Taipei|CITY]], near [[Gongguan|CITY]]. also I run a small food [[IG|SOFTWARE]], mostly [[台北|CITY|chinese_script]] cafés and night markets

AI: Thanks, [[Tina|PERSON]]. How does AI come up in your work at the tea shop?

User: ok funny story. the shop owner [[Jerry|PERSON]] 哥 wanted to make an English menu because so many tourists and exchange students come now, and he asked me since I study English. I used [[ChatGPT|AI_PRODUCT]] for the first version and it translated 珍珠 as "pearl" which is fine, but 仙草 became "immortal grass" 😂😂 like, technically yes but no one will order that. we changed to "grass jelly". [[Jerry|PERSON]] 哥 still calls me "immortal grass girl" lol. also the shop uses [[LINE|SOFTWARE]] for everything, the shift chat, the orders from offices nearby, and sometimes I use AI to summarise the group chat when I wake up to 200 messages

AI: What about your [[Instagram|SOFTWARE]] content?

User: yes!! I use [[Canva|SOFTWARE]] and [[CapCut|SOFTWARE]] AI features, and [[ChatGPT|AI_PRODUCT]] to write captions in Chinese and English. my followers are around 12k, many from [[Hong Kong|COUNTRY]] and [[Malaysia|COUNTRY]]. sometimes cafés invite me and give free drinks, once a brand paid me 5000 NT. I always say #ad because on [[Dcard|SOFTWARE]] people expose creators who hide sponsorships haha. my best friend [[Xiaowen|PERSON|nickname]] takes the photos, she is better than any AI at angles

AI: And at university?

User: [[NTU|SCHOOL]] is quite open now, many professors allow AI but we must write a statement. for translation courses it's complicated, because translation is literally what AI does. [[my professor|GENERIC_ROLE]] [[Chen|PERSON]] 老師 makes us compare our translation with [[ChatGPT|AI_PRODUCT]] and [[DeepL|SOFTWARE]] and explain why ours is better. sometimes ours is not better haha 😅 that's scary when you study translation. my mom keeps saying "AI 會取代翻譯" — AI will replace translators — so maybe I should become a teacher. she forwards me news about [[Jensen Huang|PUBLIC_FIGURE]] [[every week|GENERIC_TIME]] because he is Taiwanese and everyone is proud

AI: Do you have worries about AI?

User: jobs for translation, yes. also fake news, in [[Taiwan|COUNTRY]] there is a lot of disinformation and AI makes it easier. my a-ma believes everything on [[LINE|SOFTWARE]] groups, I always tell her check first. and my photos — someone used AI to change my face into a different body in a video and posted on [[Threads|SOFTWARE]], I reported but it's still there somewhere. that was really scary. since then I post fewer face photos, only drinks and food and my hands. my boyfriend [[Kai|PERSON]] says I'm being paranoid but I don't care, better safe. I also turned off the location tags, before I always tagged the shop and people figured out which days I work, one guy came three times and asked for me by name, that was too much

AI: Thank you so much, [[Tina|PERSON]]. How can we reach you for follow-up?

User: thank you! [[LINE|SOFTWARE]] ID: [[tina_yt0312|SOCIAL_HANDLE]]. phone: [[零九一二 三四七 六八五|OBF_PHONE|chinese_numerals]] lol sorry, I type Chinese by habit. email [[linyuting.tina (at) gmail.com|OBF_EMAIL|bracket_at]]. [[IG|SOFTWARE]] [[@tingting.eats.taipei|SOCIAL_HANDLE]]. if you need ID for payment, [[A223456789|NATIONAL_ID]]""")

# 24 Hong Kong - fintech intern, Kwun Tong
T.append("""AI: Hi, thanks for joining. Could you start by telling me a bit about yourself?

User: hello! im [[Chan Tsz-hin|PERSON]], english name [[Marcus|PERSON]], my friends call me [[hinhin|PERSON|nickname]] lol its a bit babyish. [[22|AGE]], final year at [[HKUST|SCHOOL]], quantitative finance. [[this summer|GENERIC_TIME]] and now part-time im a [[product intern|JOB_TITLE]] at [[Lumio Pay|ORGANIZATION]], a payments startup in [[Kwun Tong|CITY]]. i live with my parents in [[Tseung Kwan O|CITY]], so the MTR to work is ok la

AI: Nice to meet you, [[Marcus|PERSON]]. How does AI come into your internship?

User: ok so funny thing first, [[ChatGPT|AI_PRODUCT]] is not officially available in [[hong kong|COUNTRY]], openai blocks us. so everyone uses VPN or [[Poe|AI_PRODUCT]], or the company pays for [[Azure OpenAI|AI_PRODUCT]] through [[Microsoft|ORGANIZATION]] which is allowed. at [[Lumio Pay|ORGANIZATION]] we have an internal chatbot on top of [[Azure|SOFTWARE]], thats the official one. i use it to write user stories, summarise competitor research, and to draft the product requirement docs. [[my supervisor|GENERIC_ROLE]] [[Vivian|PERSON]] is very strict on data, HKMA regulated, so no customer info goes anywhere near it. she said "[[Vivian|PERSON]]: if i see one real card number in a prompt ur internship finish" lol in our [[Teams|SOFTWARE]] chat

AI: What about at university?

User: [[HKUST|SCHOOL]] gave us access to some AI tools through the uni account, i think its [[Copilot|AI_PRODUCT]]. for finance courses its very useful for coding in [[Python|SOFTWARE]], like monte carlo simulations. but some professors are old school, one made the whole midterm handwritten in the exam hall because "AI can't go in the hall" haha. my group mates [[Kelvin|PERSON]] and [[Cherry|PERSON]] use it differently, [[Kelvin|PERSON]] uses it for everything, [[Cherry|PERSON]] refuses, says she wants to actually learn. i'm in the middle. [[Cherry|PERSON]] is also much better grades than [[Kelvin|PERSON]] so maybe she is right 😂

AI: Do you use AI in your personal life?

User: yes quite a lot. cantonese is tricky for AI, written cantonese and spoken is different, so when i ask in cantonese sometimes the answer is in mandarin style which sounds weird, like a mainland textbook. my mom asks me to use AI to understand the insurance policy documents, she runs a small 茶餐廳 in [[Sham Shui Po|CITY]], [[Kam Kee Café|ORGANIZATION]], and there's always some paperwork from government. also i'm a big fan of [[MIRROR|PUBLIC_FIGURE]], the boy group, and there are AI-generated fake songs of [[Keung To|PUBLIC_FIGURE]] on [[YouTube|SOFTWARE]] which fans hate

AI: How do you think AI will affect your career?

User: in fintech AI is everywhere, fraud detection, KYC, customer service bots. i think the analyst roles will change, the boring [[excel|SOFTWARE]] work will go. so i try to learn product and AI together. i applied for graduate programmes at [[HSBC|ORGANIZATION]] and [[Standard Chartered|ORGANIZATION]], the application asked "describe how you use AI responsibly", so its already a normal question. also many of my friends are thinking of moving to [[UK|COUNTRY]] or [[Singapore|COUNTRY]], but i want to stay, [[hong kong|COUNTRY]] fintech still has chance i think

AI: Thanks a lot, [[Marcus|PERSON]]. How can we reach you for a follow-up?

User: sure! [[whatsapp|SOFTWARE]] or [[signal|SOFTWARE]]: [[9１2３ ４5６7|OBF_PHONE|mixed_fullwidth_digits]] (oops my keyboard half chinese mode haha, its 8 digits). email [[marcus.chan.th@connect.ust.hk|EMAIL_ADDRESS]]. [[instagram|SOFTWARE]] [[@hinhin.quant|SOCIAL_HANDLE]]. for payment form they asked HKID, it's [[Y612345(8)|NATIONAL_ID]]""")

# 25 Singapore - esports team social media exec, Tampines
T.append("""AI: Hi, thanks for joining! Could you introduce yourself?

User: hello hello! im [[Nur Aisyah binte Rahman|PERSON]] but everyone calls me [[syah|PERSON|nickname]] or [[aisyah|PERSON]]. [[23|AGE]] [[this year|GENERIC_TIME]]. i graduated from [[Singapore Polytechnic|SCHOOL]] in media, now doing part-time degree at [[SUSS|SCHOOL]] and working full-time as [[social media executive|JOB_TITLE]] for an esports org called [[Merlion Mavericks|ORGANIZATION]]. we have [[mobile legends|SOFTWARE]] and [[valorant|SOFTWARE]] teams. i stay in [[Tampines|CITY]] with my family, office is at [[Paya Lebar|CITY]] so quite near lah

AI: Thanks, [[Syah|PERSON]]. How does AI fit into your work?

User: omg [[everyday|GENERIC_TIME]] sia. esports social media is very fast, like match ends [[at 9pm|GENERIC_TIME]] and by 9.05 we must post the result graphic, the highlights, the memes. so i use [[Canva|SOFTWARE]] with the AI templates, [[ChatGPT|AI_PRODUCT]] for captions in english and malay, and [[CapCut|SOFTWARE]] for the clips. there's also this AI tool that auto-detects kills in the VOD and cuts them, saves me like 2 hours per match. [[my boss|GENERIC_ROLE]] [[Darren|PERSON]] always says "quality first" but also wants everything in 5 mins, so AI is the only way lor

AI: Are there things you don't let AI do?

User: yes, anything about the players personally. like when one of our [[MLBB|SOFTWARE]] players, [[Zul|PERSON|nickname]], had a family emergency and couldn't play, i wrote that statement myself, by hand, and [[Darren|PERSON]] checked. AI would make it sound cold. also never AI for player faces. another org made an AI poster and one player had 6 fingers, the whole esports [[twitter|SOFTWARE]] roasted them 😭 and the fans here are very sharp, they will screenshot and post on [[reddit|SOFTWARE]] within minutes

AI: How does AI fit into your studies?

User: [[SUSS|SCHOOL]] is more chill, its for working adults, so profs know everyone uses AI. my module on digital marketing even has an assignment where we must use AI and then reflect on it. my classmate auntie [[Mei|PERSON]] — she's like 45, we call her auntie but she is the best in class — she uses [[Gemini|AI_PRODUCT]] to summarise the readings for the whole group and shares on [[Telegram|SOFTWARE]]. shes so kind. my sister [[Farah|PERSON]] is in sec 3 and her school blocks [[ChatGPT|AI_PRODUCT]] on the school iPad, she uses it on her phone anyway haha

AI: Any concerns about AI, for you or the industry?

User: for social media jobs yes, some orgs now just hire one person + AI instead of 3 people. and scams, there were deepfake videos of PM [[Lawrence Wong|PUBLIC_FIGURE]] promoting crypto, my parents almost believed it. i had to show them the govt post saying its fake. in esports also, people use AI voice to pretend to be pro players on [[Discord|SOFTWARE]] and scam kids for skins. we had someone pretending to be from our org asking fans for money, i made a post warning everyone. even [[Faker|PUBLIC_FIGURE]] got fake AI ads lol so what more our small players

AI: Thank you so much, [[Aisyah|PERSON]]. How can we reach you later?

User: no prob! phone [[nine one two three, four eight zero six|OBF_PHONE|digits_as_words]] ([[singapore|COUNTRY]] number, [[whatsapp|SOFTWARE]] also can). email [[syah.rahman.sg [at] gmail [dot] com|OBF_EMAIL|bracket_at]]. [[tiktok|SOFTWARE]] and [[ig|SOFTWARE]] both [[@syahgamesmedia|SOCIAL_HANDLE]]. if need for payment my NRIC is [[T0012345J|NATIONAL_ID]], but pls keep it private ok 🙏""")

write_set(T, "set_bj")
