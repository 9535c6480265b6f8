import sys
from markup import write_set
T = []

# 1 call-centre team leader, Philippines
T.append("""AI: Thanks for making time today. To start, could you tell me what you do and where you're based?

User: Sure, no problem. I'm [[Maricel Bautista|PERSON]], [[31|AGE]], and I'm a [[customer care team leader|JOB_TITLE]] at [[Bluewave Contact Solutions|ORGANIZATION]]. We're a BPO in [[Cebu City|CITY]], but I actually live across the bridge in [[Lapu-Lapu|CITY]], so the commute is its own adventure. I've been with the company since [[2017|DATE]], I started as an agent on the night shift and got promoted to TL in [[2021|DATE]]. Right now I have fourteen agents on a telco account from the [[US|COUNTRY]], so we're still mostly nights.

AI: Fourteen people is a lot to keep track of. Where does AI come into your day?

User: Mostly in coaching and in the reports. Every [[Tuesday|GENERIC_TIME]] I have to do coaching logs for each agent, and before, that took me the whole morning. Now I pull the call scores from [[Zendesk|SOFTWARE]] into [[Google Sheets|SOFTWARE]], then I paste the summary into [[ChatGPT|AI_PRODUCT]] and ask it to draft the coaching notes. But I always take out the names first. Like for [[Jun-jun|PERSON]], his real name is [[Renato|PERSON]] but everybody calls him [[Jun-jun|PERSON]], I'll just write "Agent 3". My [[ops manager|GENERIC_ROLE]], Sir [[Dindo|PERSON]], was a bit nervous at first because of data privacy, the [[client|GENERIC_ROLE]] is very strict. So we have a rule: no account numbers, no customer names, nothing. Just the scores and what I observed on the call.

AI: How do the agents themselves feel about it?

User: Mixed, honestly. The younger ones, like [[Kristine|PERSON]] and [[Paolo|PERSON]], they use it more than me. [[Kristine|PERSON]] uses [[Gemini|AI_PRODUCT]] on her phone to rephrase her emails to the escalation desk, because she wants to sound less stiff. English is our second language, you know, so sometimes we sound like a textbook. Then there's [[Marites|PERSON]], she's been on the floor longer than me, she's [[forty-six|AGE]], and she said she doesn't trust it, she'd rather just ask me. And that's fine. I told her, Ate [[Marites|PERSON]], you don't have to use it, nobody will force you.

AI: Has there been a moment where the tool got something wrong?

User: Yes! One time it wrote a coaching note saying the agent was "rude to the customer", but what I typed was that the customer was rude to the agent. If I didn't read it properly, [[Jun-jun|PERSON]] would have signed a coaching form saying he was rude. He would have been so hurt, he's very soft-spoken, he says sorry to the callers even when they're shouting. Since then I read everything twice. My husband [[Rodel|PERSON]] laughs at me because I'm checking coaching notes at the dinner table at four in the afternoon, which is our dinner, because I sleep after.

AI: That sounds like a real adjustment. Is there anything you'd want your company to do differently?

User: Training, for sure. [[Bluewave|ORGANIZATION]] gave us a one-hour webinar and that's it, the rest we learned from [[TikTok|SOFTWARE]], honestly. Our [[site director|GENERIC_ROLE]] is open to it, I think, she even shared that interview with [[Sam Altman|PUBLIC_FIGURE]] in our group chat. But the account is owned by the [[client|GENERIC_ROLE]], so anything new has to go through their security people in [[Dallas|CITY]], and that takes months. If your team wants to follow up, my work email is [[maricel.bautista@bluewavecx.ph|EMAIL_ADDRESS]], that's the safest.

AI: Thank you, [[Maricel|PERSON]]. Last question: how do you see your job in a year or two?

User: I think the coaching logs will be fully automatic, the system will listen to the calls and write them. Then my job is more the human part, talking to [[Kristine|PERSON]] when she's burned out, talking to [[Marites|PERSON]] when her back hurts, making sure people eat. That part nobody can automate. I hope.""")

# 2 school receptionist, Leeds
T.append("""AI: Hello, and thanks for agreeing to chat. Can you tell me a bit about your role?

User: Course, love. I'm [[Janet Holroyd|PERSON]], I'm the [[school receptionist|JOB_TITLE]] at [[Harehills Lane Primary|SCHOOL]] in [[Leeds|CITY]]. Well, that's the title. I'm also first aider, lost property, dinner money, you name it. I've been there since [[September 2009|DATE]], so I've seen a few heads come and go. I'm [[fifty-three|AGE]] now, and I live over in [[Roundhay|CITY]], about ten minutes in the car.

AI: What does a normal morning look like for you?

User: Chaos, mostly. Doors open at quarter to nine and I've got parents at the window before I've taken my coat off. Somebody's forgotten a PE kit, somebody's nan is picking up instead of mum, somebody wants to talk to the [[head|GENERIC_ROLE]] right now. Then the phone starts with absences. I log all of those in [[Arbor|SOFTWARE]], and then dinner money goes through [[ParentPay|SOFTWARE]]. [[Bev|PERSON]], who does mornings with me [[Monday|GENERIC_TIME]] to [[Wednesday|GENERIC_TIME]], handles the trips and the letters home.

AI: And where does AI come into it, if at all?

User: Letters, mainly. The council gave us [[Copilot|AI_PRODUCT]] inside [[Word|SOFTWARE]] last year, and I'll admit I was sniffy about it. But Mrs [[Okafor|PERSON]], our [[head|GENERIC_ROLE]], asked me to try it for the newsletter, and it's saved me a fair bit. I write the bullet points, trip to [[Harewood House|ORGANIZATION]], non-uniform day, nits, and it turns it into something friendly. I do have to take out the exclamation marks, mind. It writes like an over-excited teaching assistant. What I won't use it for is anything about a child, never. We have families with social workers, families where dad isn't allowed on site, all of that. That never goes near it. Say little [[Kayden|PERSON]] in Year 2 has a court order, that's on a paper in a locked drawer and in [[Arbor|SOFTWARE]] with a red flag, and that's it. Mr [[Lindqvist|PERSON]], the [[deputy|GENERIC_ROLE]], did a training on it with [[Bev|PERSON]] and me. He said if you wouldn't shout it across the playground, don't put it in the chatbot. That's stuck with me.

AI: That's a memorable rule. Have parents noticed the change in the letters?

User: One did, funnily enough. [[Shanice|PERSON]], her twins are in Reception, she said the newsletter sounded "posh" now. I laughed. So I've started putting a bit of me back in. I'll put "pop in and see me" instead of "please do not hesitate to contact the school office". That's more how we talk round here. I'm not having [[Leeds|CITY]] mums think we've gone all corporate. The staff are split on it, mind. The younger teachers use [[ChatGPT|AI_PRODUCT]] for lesson plans, I know that, I hear them in the staffroom. Miss [[Begum|PERSON]] in Year 5 swears by it for her maths worksheets. Some of the older ones think it's the end of the world. My son [[Liam|PERSON]] works in IT down in [[Sheffield|CITY]] and he says it's no different to when we got email, everyone panicked then as well. I remember that, actually, we had one computer in the office and the [[head|GENERIC_ROLE]] back then printed his emails out.

AI: If we wanted to follow up with you later, what's the best way?

User: Just ring me, I'm not one for emails at home. My mobile's [[oh-seven-seven-one-two, four-oh-six, nine-one-eight|OBF_PHONE|spelled_digits]]. Don't call between half eight and ten though, I'll be on the front desk and I won't hear it.

AI: Thank you so much, [[Janet|PERSON]]. Anything else you'd like to add?

User: Only that people forget the office when they talk about schools. It's us who know which kid hasn't had breakfast, which mum's just lost her job. No computer is going to notice that [[Kayden|PERSON]] came in with the same jumper on three days running. I'd like that written down somewhere.""")

# 3 child protection social worker, Melbourne
T.append("""AI: Thanks for joining me. Could you start by telling me about your work?

User: Yeah, sure. I'm [[Natasha Kowalczyk|PERSON]], most people call me [[Tash|PERSON]]. I'm a [[child protection practitioner|JOB_TITLE]] with the [[Department of Families, Fairness and Housing|ORGANIZATION]], based out of the [[Footscray|CITY]] office in [[Melbourne|CITY]]'s west. I've been in the job about nine years, since I finished my social work degree at [[La Trobe|SCHOOL]] in [[2015|DATE]]. I'm [[38|AGE]]. My caseload at the moment is fourteen families, which is high but not the worst it's been.

AI: What does the work involve day to day?

User: Home visits, court, case notes, more case notes. Honestly, the notes are the thing that eats you. Every contact has to go into [[CRIS|SOFTWARE]], and there's a specific way to write them so they stand up if they get subpoenaed. My [[team leader|GENERIC_ROLE]], [[Anh|PERSON]], is really good at that, she reads my court reports and says "that sentence is an opinion, not an observation". She's saved me a few times in the [[Children's Court|ORGANIZATION]].

AI: Where does AI fit in, if anywhere?

User: Officially, it doesn't. [[ChatGPT|AI_PRODUCT]] is blocked on our laptops. We've got [[Copilot|AI_PRODUCT]], the enterprise one, and there was an all-staff email in [[March|GENERIC_TIME]] saying we could use it for non-client stuff, like drafting a training agenda or summarising a policy. So I use it to digest the practice guidelines when they change, because they're like forty pages. I'll ask it what's different from the last version. For anything with a family in it, no. Am I tempted to use it for case notes? Yeah, at nine at night when I've got six visits to write up. But think about it. Say I'm working with a mum, I'll call her [[Jess|PERSON]], she's got three kids, a partner who's in and out, a history with ice. Everything about that is sensitive. I'd have to strip so much out that it's quicker to just write it myself. One of the grads, [[Mitch|PERSON]], asked in supervision whether he could dictate notes into his phone and have it tidy them, and [[Anh|PERSON]] nearly fell off her chair.

AI: You mentioned [[Mitch|PERSON]], the grad. Are newer workers using these tools differently?

User: Definitely. They came through uni with it, so it's normal for them. [[Mitch|PERSON]] and [[Priya|PERSON]] both use it for their own study, and [[Priya|PERSON]] built herself a little prompt for preparing for court, like "ask me the questions a defence lawyer would ask". I actually think that's brilliant, there's no client info in it, it's just role play. I've pinched it. And my partner [[Daz|PERSON]] is a [[paramedic|JOB_TITLE]] and they've had the same arguments in [[Ambulance Victoria|ORGANIZATION]], about what's okay and what's not.

AI: If the department gave you a proper, secure tool tomorrow, what would you want from it?

User: Transcription, done properly, inside our own system. Not something that goes off to [[America|COUNTRY]]. And something that could pull together a chronology, because when a case goes to court you've got to build a timeline from years of notes, and that's days of work. If it could do a first draft of that, I'd get my weekends back. But I'd still check every line. A wrong date in a chronology can change what a magistrate thinks of a parent. Oh, and if you need to reach me later, not my work email, they monitor it and I don't want to explain this to IT. Try [[tash dot kow at proton dot me|OBF_EMAIL|spelled_at_dot]]. I check it most evenings.

AI: Thanks, [[Tash|PERSON]]. Anything you'd like to add?

User: Just that people imagine child protection is all dramatic removals. Most of it is sitting on a couch with a tired mum, drinking bad instant coffee, working out how to get the kids to school. A chatbot can't do that bit. It can maybe do the paperwork after, and that would honestly be enough.""")

# 4 pharma sales rep, Monterrey
T.append("""AI: Good afternoon, and thank you for your time. Could you introduce yourself and your work?

User: Good afternoon. My name is [[Héctor Salinas Treviño|PERSON]], I'm [[44|AGE]] years old and I'm a [[sales representative|JOB_TITLE]] for [[Distribuidora Médica del Norte|ORGANIZATION]], here in [[Monterrey|CITY]]. We distribute generic medicines and medical supplies to pharmacies, clinics and private doctors. I cover the south of the metro area, [[San Pedro Garza García|CITY]] and part of [[Santa Catarina|CITY]], and twice a month I drive to [[Saltillo|CITY]]. I've been with the company since [[2012|DATE]].

AI: So your job is mostly visiting clients?

User: Yes, it's very personal. In [[Mexico|COUNTRY]] the relationship is everything. Doctor [[Garza|PERSON]], for example, a [[pediatrician|JOB_TITLE]] in [[Del Valle|CITY]], I've been visiting him every two weeks for eleven years. I know his kids' names, I know he supports [[Rayados|ORGANIZATION]], I know not to visit on [[Mondays|GENERIC_TIME]] because he is in a bad mood. You can't put that in a system. Well, you can, but you shouldn't.

AI: How do you use AI tools in this kind of relationship-based work?

User: Mostly for the boring part. My [[boss|GENERIC_ROLE]], Don [[Ramiro|PERSON]], wants a weekly report in [[Excel|SOFTWARE]] with every visit, every order, the competitors' prices. Before, I did that on [[Sunday|GENERIC_TIME]] night with a beer. Now I send voice notes to myself on [[WhatsApp|SOFTWARE]] after each visit, and on [[Friday|GENERIC_TIME]] I paste the transcripts into [[ChatGPT|AI_PRODUCT]] and ask it to make the table. It makes mistakes with the product names, it confuses the generics, so I check. But it's two hours instead of five. And my clients? Some of them use it more than me! The young [[pharmacist|JOB_TITLE]] at the [[Farmacias Guadalajara|ORGANIZATION]] on [[Calzada del Valle|ADDRESS]], [[Karla|PERSON]], she asked it about drug interactions in front of me once. I told her, please, use the official references, not that. She laughed. And a few of the old doctors don't even have email. Doctor [[Cantú|PERSON]] still writes his orders on a prescription pad and gives me the paper. I photograph it and [[Meta AI|AI_PRODUCT]] in [[WhatsApp|SOFTWARE]] reads it, more or less. His handwriting is terrible, even for a doctor.

AI: Is there anything you worry about with these tools?

User: That the company will think one person can cover double the territory. They already talk about it. My colleague [[Memo|PERSON]], [[Guillermo Ríos|PERSON]], he covers the north, [[Apodaca|CITY]] and [[Escobedo|CITY]], he had to take over part of a route when someone left, and they didn't hire anyone new. They said "with the new tools you can manage". But the tool doesn't drive the car, it doesn't wait forty minutes in the waiting room with the patients. That is the real work. At home it's the same story. My wife [[Lupita|PERSON]] says I talk to the phone more than to her, and she is right. My daughter [[Ximena|PERSON]] is [[seventeen|AGE]] and she uses it for school, and we have fights because she thinks I'm old-fashioned for checking everything. I told her, mija, if I send the wrong price to Don [[Ramiro|PERSON]], that's my commission gone. She doesn't care, she just wants the car on the weekends.

AI: Would you be open to a short follow-up later in the year?

User: Of course. My personal email is [[hector punto salinas arroba gmail punto com|OBF_EMAIL|arroba_punto]], sorry, I say it in Spanish by habit. Or call the office at [[+52 81 8345 2210|PHONE_NUMBER]] and ask for me, the [[receptionist|JOB_TITLE]], Doña [[Chela|PERSON]], will pass the message.

AI: Thank you, [[Héctor|PERSON]]. Any final thoughts?

User: Only that AI is good for the paper, but sales is trust. Doctor [[Garza|PERSON]] doesn't buy from [[Distribuidora Médica del Norte|ORGANIZATION]]. He buys from [[Héctor|PERSON]]. If one day he buys from a chatbot, then I'll worry.""")

# 5 chemistry teacher, Nairobi
T.append("""AI: Thank you for joining. Could you tell me about yourself and your work?

User: Thank you for having me. I'm [[Daniel Mwangi Kariuki|PERSON]], I'm a [[chemistry and biology teacher|JOB_TITLE]] at [[Kilimani Heights Secondary School|SCHOOL]] in [[Nairobi|CITY]]. I'm employed by [[TSC|ORGANIZATION]], the [[Teachers Service Commission|ORGANIZATION]], so I've been posted here since [[January 2018|DATE]]. Before that I was in a day school in [[Nyeri|CITY]]. I'm [[thirty-four|AGE]], married, one son.

AI: What are your classes like?

User: Big. My Form Three chemistry class has fifty-two students. You learn names fast or you die. There are the ones who sit in front, like [[Wanjiru|PERSON]], she wants to do medicine, she asks questions until the bell. And at the back you have [[Otieno|PERSON]] and his group, who I call by surname because there are three boys called [[Brian|PERSON]] in that class. Ha. My [[head of department|GENERIC_ROLE]], Madam [[Achieng|PERSON]], says I'm too soft on the back benchers. Maybe she's right.

AI: How do you use AI in your teaching?

User: I started in [[2023|DATE]] when a colleague, Mr. [[Kiprop|PERSON]], showed me [[ChatGPT|AI_PRODUCT]] on his phone in the staffroom. He was making revision questions for KCSE. I thought, this is cheating. Then I tried it. Now I use it to make practice questions at different levels, because in one class you have a student who will get an A and a student who cannot balance an equation. I can't make three worksheets by hand every night. So I ask it for easy, medium, hard, and then I correct the chemistry, because sometimes it balances things wrongly. Very confidently wrong. As for the students, the ones with smartphones use it too. In boarding they're not allowed phones, but day scholars have them. Last term [[Wanjiru|PERSON]] submitted a practical report that was too beautiful. I called her and asked her to explain titration to me without the paper, and she could, so I let it go. She told me she used it to correct her English, not the science. I accepted that. But [[Otieno|PERSON]]'s group copied the same answer, word for word, the whole gang. That was easy to catch.

AI: Does the school have a policy?

User: Not yet. The [[principal|GENERIC_ROLE]], Mr. [[Njoroge|PERSON]], set up a committee, I'm on it. We meet on [[Thursdays|GENERIC_TIME]] after games. Some teachers want a total ban. I think that's not realistic, these children will work in a world with these tools. When I was at [[Kenyatta University|SCHOOL]] we had nothing like this, we fought for the library copy of the textbook. My students should learn to use it, and also learn when it's lying. Outside school, I use it for my masters proposal, a little, for structure. And my wife [[Njeri|PERSON]], she's a [[nurse|JOB_TITLE]] at [[Kenyatta National Hospital|ORGANIZATION]], she uses it to explain things to patients in simpler Kiswahili, or in Sheng for the young ones. We laugh because it writes Sheng like an old man trying to sound young. Our son [[Baraka|PERSON]] is only [[four|AGE]], so for now he just watches cartoons on it.

AI: If we wanted to ask you a follow-up, how could we reach you?

User: WhatsApp is best, that's how everyone does it here. [[+254 722 418 093|PHONE_NUMBER]]. Or on X, I'm [[@mwalimu_dan|SOCIAL_HANDLE]], I post chemistry memes for my students. They pretend they don't follow me but they do.

AI: Thank you, [[Daniel|PERSON]]. Any final thoughts?

User: Just this. We read [[Ngũgĩ wa Thiong'o|PUBLIC_FIGURE]] in school, and he wrote about language and who controls it. These tools mostly think in English. If we're not careful our children will too. So I tell them, use it, but argue with it. A good student argues with the teacher. Argue with the machine too.""")

# 6 ICU nurse, Toronto
T.append("""AI: Thanks for taking the time, especially after a shift. Could you tell me a bit about yourself and your job?

User: No worries, I'm used to being awake at weird hours. I'm [[Nadia Haddad|PERSON]], I'm [[29|AGE]], and I'm a [[registered nurse|JOB_TITLE]] in the ICU at [[Scarborough Health Network|ORGANIZATION]], the General site. I went to [[George Brown College|SCHOOL]] and then did my bridging, and I started on the unit in [[May 2020|DATE]], so, you know, right in the thick of it. My parents came from [[Lebanon|COUNTRY]] in the nineties and they still can't believe I chose nights.

AI: What does a typical shift look like?

User: Twelve hours, usually one or two patients depending on acuity. Handover at seven, then assessments, meds, titrating drips, family calls. Our [[charge nurse|JOB_TITLE]] on nights is [[Roz|PERSON]], [[Rosalind|PERSON]] officially, she's been there like thirty years and she knows everything. If a resident wants to do something silly at 3 a.m., [[Roz|PERSON]] just looks at them and they change their mind. Honestly most of my shift is charting. Everything goes into [[Epic|SOFTWARE]], every vital, every intervention.

AI: Where, if anywhere, does AI show up in that work?

User: On the unit, officially, not much. [[Epic|SOFTWARE]] has some built-in sepsis alerts that are supposedly machine-learning, and they fire constantly, so half the time we click past them, which is its own problem. Personally I use [[ChatGPT|AI_PRODUCT]] at home. Like, last month we had a patient, an older gentleman, Mr. [[Petrakis|PERSON]], on a drug I hadn't given in ages, and after the shift I asked it to explain the mechanism to me like I'm a student again. I'd never put his name or anything in there, obviously. I just asked about the drug. My rule is, if it could be on a sticky note on the fridge, fine. If it belongs in the chart, no. [[Preet|PERSON]], my best friend on the unit, [[Gurpreet|PERSON]], she's stricter than me, she won't even use it for studying, she says she doesn't want to get lazy. And then some of the new grads, I've seen them take a photo of a monitor screen on their phone and I'm like, absolutely not, delete that now. Privacy is a big deal here, people have been fired for snooping in charts.

AI: You mentioned [[Roz|PERSON]] knows everything. Do experienced nurses see these tools differently?

User: Oh for sure. [[Roz|PERSON]] calls it "the robot". She's not against it, she just thinks nursing is hands and eyes. She'll say, the robot can't tell you the patient looks grey. And she's right. The sepsis alert fires when the numbers change, but she'll see it an hour before the numbers. There's also a [[physio|JOB_TITLE]], [[Tomasz|PERSON]], who's really into it, he uses [[Claude|AI_PRODUCT]] to make exercise handouts for families in Polish and Tamil, and families love it. So it depends on the person more than the age. Where it could really help is documentation, a hundred percent. If something could listen to me and draft the nursing notes, I'd get forty minutes back a shift. But I'm suspicious of who pays for it. Since [[Doug Ford|PUBLIC_FIGURE]] and the wage cap years, nobody on the unit trusts that savings go back to nurses. If a tool saves time, management will give us a third patient, not a break. That's what everyone says in the break room anyway.

AI: That's really helpful. Would you be open to a follow-up conversation?

User: Sure. Text me, don't call, I'm asleep in the day. It's [[6 4 7 . 2 9 1 . 8 8 0 3|OBF_PHONE|spaced_digits]]. And if you want to see what nurses are actually saying about this stuff, I post a bit on [[TikTok|SOFTWARE]] as [[@nadia.nightshift.rn|SOCIAL_HANDLE]], mostly jokes about coffee, but sometimes real stuff.

AI: Thank you, [[Nadia|PERSON]]. Anything you'd like to add?

User: Just that if they build these tools, they should ask nurses like [[Roz|PERSON]] first. Not the IT department, not some consultant. The person who's been at the bedside for thirty years knows where the time goes. Nobody ever asks her.""")

# 7 tech recruiter, Bengaluru
T.append("""AI: Hi, thanks for joining. Could you start by introducing yourself and your work?

User: Hi! I'm [[Ananya Rao|PERSON]], I'm a [[senior technical recruiter|JOB_TITLE]] at [[TalentBridge HR Services|ORGANIZATION]] in [[Bengaluru|CITY]]. Our office is in [[Koramangala|CITY]]. I'm [[27|AGE]], I joined in [[2019|DATE]] straight after my MBA at [[Christ University|SCHOOL]]. Originally I'm from [[Mysuru|CITY]], my parents are still there. We mostly hire for IT services and product companies, our biggest client right now is [[Infosys|ORGANIZATION]], plus some startups.

AI: What does your day involve?

User: Calls, calls and more calls. I have maybe twenty open requisitions at a time. In the morning I'm sourcing on [[LinkedIn Recruiter|SOFTWARE]] and [[Naukri|SOFTWARE]], afternoon is screening calls, evening is chasing candidates who ghost. My [[team lead|GENERIC_ROLE]], [[Kavitha|PERSON]] ma'am, wants the tracker updated every day by six, and she checks it. There's no escaping [[Kavitha|PERSON]] ma'am's tracker.

AI: How have AI tools changed that?

User: Hugely. I use [[ChatGPT|AI_PRODUCT]] to write job descriptions, because hiring managers send me two lines like "need Java guy, 5 years, immediate joiner" and I have to make it into something a candidate will read. I also use it to write the boolean search strings, that used to take me forever. And [[Claude|AI_PRODUCT]] is better for longer things, like when I have to summarise ten resumes for a [[hiring manager|GENERIC_ROLE]]. But I don't upload the actual resumes. I write my own notes, like "candidate A, 6 years, Spring Boot, notice period 60 days", and it formats them. I don't upload them because resumes have phone numbers, addresses, sometimes photos, even Aadhaar numbers, people put everything. Company policy says no personal data in external tools, and honestly I agree. There was one incident with a colleague, [[Rohit|PERSON]], he pasted a whole resume with the candidate's salary slip into some free tool, and the candidate, [[Suresh|PERSON]], found out somehow and complained on [[LinkedIn|SOFTWARE]]. It was a whole drama. After that [[Kavitha|PERSON]] ma'am did a training for the full team.

AI: Do candidates use these tools too?

User: All of them now! Every cover letter starts with "I am thrilled to apply". I can spot it in two seconds. Some candidates use it during the video interview, you can see their eyes reading. One of the [[hiring manager|GENERIC_ROLE]]s at a startup in [[HSR Layout|CITY]] rejected someone because his answers were too perfect. I feel bad for the genuine ones, because now everyone is suspicious. My younger brother [[Karthik|PERSON]] is job hunting and I told him, write it yourself, make some mistakes, it's fine. And for my own career, I do think about it a bit. Everyone is saying recruiters will be replaced. Even [[Narayana Murthy|PUBLIC_FIGURE]] is talking about productivity every other week, though that's more about the 70-hour thing. I think the sourcing part will be automated, yes. But convincing a candidate to leave a stable job at a big company for a startup, handling the counter-offer, talking to his wife who is worried, that's human. I've literally spoken to a candidate's mother on the phone to close an offer.

AI: If we want to follow up with you, where can we reach you?

User: My work email is [[ananya@talentbridgehr.in|EMAIL_ADDRESS]], but for research stuff maybe personal is better: [[ananya underscore rao at the rate gmail dot com|OBF_EMAIL|at_the_rate]]. And my [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/ananya-rao-recruits|URL]], I'm quite active there.

AI: Thanks so much, [[Ananya|PERSON]]. Anything else?

User: Just that recruiters get a bad name, ghosting and all. But we also get ghosted daily! If AI can make the boring parts faster, maybe we can actually call back every candidate, even the rejected ones. That would be nice. [[Suresh|PERSON]] deserved a call back too, honestly.""")

# 8 tenant organiser, Chicago
T.append("""AI: Thank you for making the time. Could you tell me about the work you do?

User: Sure thing. My name's [[Rosa Elena Carrillo|PERSON]], I'm [[52|AGE]], and I'm the [[lead organizer|JOB_TITLE]] at the [[Pilsen Neighbors Tenant Union|ORGANIZATION]] here in [[Chicago|CITY]]. I've been doing this since [[2008|DATE]], when the foreclosures hit. Before that I cleaned offices downtown. I was born in [[Michoacán|CITY]] and came here when I was [[eleven|AGE]], so this neighborhood, [[Pilsen|CITY]], is really the only home I remember.

AI: What does organizing involve on a typical week?

User: Door knocking, mostly. Meetings in church basements, people's kitchens. Right now we have a big fight with [[Lakeshore Property Group|ORGANIZATION]], they bought six buildings on our blocks and they're raising rents thirty percent. So I'm at [[1843 S. Throop St.|ADDRESS]] a lot, that's where the worst building is. There's an older lady there, Mrs. [[Delgado|PERSON]], no heat for three weeks in [[January|GENERIC_TIME]]. Her grandson [[Brian|PERSON]] translates for her at the meetings. And my right hand is [[Xavi|PERSON]], [[Xavier Nuñez|PERSON]], he's [[twenty-three|AGE]], he does all the tech stuff.

AI: Where does AI come into that?

User: [[Xavi|PERSON]] brought it in, honestly. We use [[ChatGPT|AI_PRODUCT]] to translate flyers, English, Spanish, and now Polish too for a couple of the old-timers over in [[Little Village|CITY]]. It's better than [[Google Translate|SOFTWARE]] for making it sound like a person. We use [[Canva|SOFTWARE]] for the design. And last fall we used it to help write testimony for a city council hearing, because people had stories but they were scared of speaking in public. We'd record them telling the story in their own words, and it helped turn that into two minutes of testimony. But we always read it back to them, and if they said "I wouldn't say that", we changed it.

AI: Were there concerns about using it with tenants' stories?

User: Yes, and I'm glad you ask. Some of our members are undocumented. We don't put names or addresses or immigration anything into these tools, never. [[Xavi|PERSON]] set it up so we use initials and no building numbers. Because who knows where that goes. A landlord's [[lawyer|GENERIC_ROLE]], [[ICE|ORGANIZATION]], whoever. My tío [[Beto|PERSON]] always says the paper you sign today is the rope tomorrow. That's how I think about data. And you know, I read [[Saul Alinsky|PUBLIC_FIGURE]] like everybody, and he'd say the power is in relationships, in one-on-ones. A chatbot can't do a one-on-one. It can help me prepare for a meeting with the alderman's office, maybe, what questions to ask. But the reason Mrs. [[Delgado|PERSON]] comes to meetings is because I sat in her kitchen and ate her pan dulce. Even the mayor, [[Brandon Johnson|PUBLIC_FIGURE]], came out of organizing, he knows this.

AI: How can people or researchers reach your organization?

User: Our [[Instagram|SOFTWARE]] is [[@pilsentenants|SOCIAL_HANDLE]], that's where we post meetings. And the email is [[info (at) pilsentenants (dot) org|OBF_EMAIL|paren_at_dot]], we write it like that on the flyers because the spam was terrible. For me directly, you can text [[(312) 555-0187|PHONE_NUMBER]], that's the union phone, [[Xavi|PERSON]] or I answer it.

AI: Thank you, [[Rosa|PERSON]]. Is there anything you'd like to add?

User: Only that the people who build these tools should come to a tenant meeting some time. Sit in the back, eat a tamal, listen. They'd learn what people actually need. It's not another app. It's heat in [[January|GENERIC_TIME]].""")

# 9 supermarket store manager, Glasgow
T.append("""AI: Thanks for chatting with me. Could you start by telling me what you do?

User: Aye, no bother. I'm [[Lorraine McBride|PERSON]], I'm the [[store manager|JOB_TITLE]] at the [[Scotmid|ORGANIZATION]] in [[Shawlands|CITY]], on the south side of [[Glasgow|CITY]]. I'm [[forty-one|AGE]]. I started in [[2006|DATE]] as a weekend girl on the tills, and I've just never left. Twenty-odd staff, mostly part-time, a lot of students from [[Strathclyde|SCHOOL]] and [[Glasgow Caledonian|SCHOOL]], and a few lifers like me.

AI: What takes up most of your time?

User: The rota. Honestly, the rota is my life. Everything's on [[Fourth|SOFTWARE]], that's the scheduling system, and every week somebody's got an exam or a wean's sick or a gig. [[Hope|PERSON]], one of my [[supervisors|GENERIC_ROLE]], she's brilliant, she does half of it for me now. Then there's deliveries, waste, the wee boy who keeps nicking energy drinks, and head office sending me emails about promotions I've never heard of. And then the actual customers, which is the nice part, mostly.

AI: Do you use any AI tools in all that?

User: A bit. My daughter [[Caitlin|PERSON]] put [[Gemini|AI_PRODUCT]] on my phone, and I use it for writing stuff I hate writing. Like a return-to-work letter, or a reply to a complaint. Last month a woman complained that [[Sunny|PERSON]] on the tills was rude to her. He wasn't, I watched the CCTV, he was just quiet, he's a shy lad, English is his third language. So I wanted to reply nicely but firmly. I typed what happened, no names, and it gave me a letter. I took out about half of it because it was grovelling, but the bones were good.

AI: How do your staff feel about it?

User: Most of them don't care. The students use [[ChatGPT|AI_PRODUCT]] for their essays, I'm not daft. [[Rocco|PERSON]] asked it how to deal with a drunk customer once, as a joke, and it told him to "de-escalate with empathy", and he said "aye, tell that to the boy wi' the bottle". And Big [[Tam|PERSON]], my [[security guard|JOB_TITLE]], he's [[sixty-odd|AGE]], he thinks it's the devil. He won't even use self-checkout. Though to be fair neither will half our customers. Head office have brought in an ordering system that predicts how much bread and milk to order. And it's rubbish on odd days. The week of the Old Firm game it ordered the same as always and we ran out of everything by [[Saturday|GENERIC_TIME]] dinnertime. [[Hope|PERSON]] and I overrode it the next time. My [[area manager|GENERIC_ROLE]], [[Gerry|PERSON]], says we're not supposed to override it, it needs to "learn". I said, [[Gerry|PERSON]], it can learn on somebody else's shop.

AI: That's a great story. If we wanted to follow up, how could we reach you?

User: I'll type my number in the chat so you've got it right. [[07\u200b841\u200b 229\u200b 716|OBF_PHONE|zero_width]]. Sorry, my phone does something weird when I paste it. Evenings are best, after seven.

AI: Thank you, [[Lorraine|PERSON]]. Anything you'd like to add?

User: Just that in a shop like ours, folk come in for a chat as much as for milk. There's an old fella, Mr. [[Kowalski|PERSON]], comes in every day at ten for a paper and a roll, and if he doesn't come in, [[Hope|PERSON]] phones his daughter. No computer's doing that. That's the job, really.""")

# 10 HR coordinator, Lagos
T.append("""AI: Good morning, and thanks for joining. Could you tell me about your role?

User: Good morning. I'm [[Folasade Adebayo|PERSON]], people call me [[Sade|PERSON]]. I'm an [[HR coordinator|JOB_TITLE]] at [[Harbourline Logistics|ORGANIZATION]] in [[Apapa|CITY]], [[Lagos|CITY]]. We move containers from the port to warehouses, so we have about three hundred staff, most of them drivers and loaders. I'm [[36|AGE]], I studied at [[UNILAG|SCHOOL]], and I joined [[Harbourline|ORGANIZATION]] in [[2016|DATE]].

AI: What does HR look like in a company like that?

User: It's very hands-on. Drivers come to my office with everything, salary issues, family issues, a wife in hospital, a son's school fees. Alhaji [[Musa|PERSON]], one of our oldest drivers, he has been with the company twenty years, he comes every month to ask about his pension. My [[boss|GENERIC_ROLE]] is Oga [[Tunde|PERSON]], the [[HR manager|GENERIC_ROLE]], and he says my office is the company's confession box. And I have an [[assistant|GENERIC_ROLE]], [[Chiamaka|PERSON]], she's just out of NYSC, very sharp.

AI: Where does AI come into your work?

User: Policies and letters. We didn't have a proper handbook until last year, it was all in Oga [[Tunde|PERSON]]'s head. So I used [[ChatGPT|AI_PRODUCT]] to draft a first version, leave policy, disciplinary procedure, all that, based on the Labour Act. Then our [[lawyer|GENERIC_ROLE]] corrected it. I also use it for query letters, when someone has to explain an absence, because I want them to be fair and not too harsh. [[Chiamaka|PERSON]] prefers [[Claude|AI_PRODUCT]], she says it writes more politely. The personal data side, that one I'm careful about. We run payroll on [[Sage|SOFTWARE]] and staff records are in [[Excel|SOFTWARE]], honestly, one big spreadsheet. Every staff has a number, like mine is [[HL-04417|NATIONAL_ID]], and we also keep NIN and BVN for everyone. None of that goes into any AI, ever. There was a time [[Emeka|PERSON]] from accounts wanted to paste the whole payroll into a chatbot to "check for errors", and I almost fainted. I said, [[Emeka|PERSON]], do you want us to end up in the newspaper?

AI: How do the drivers and loaders feel about these tools?

User: Most of them don't know about them. Some of the younger loaders use it on their phones to write CVs, because they want to move to better jobs, and I help them. The company doesn't love that, but I think it's right. Alhaji [[Musa|PERSON]] asked me once if the computer will now decide who gets sacked. I told him no, as long as I'm here a human being will look at you. He laughed and said, "[[Sade|PERSON]], you will not be here forever." Hmm. He's not wrong. Will it affect jobs here? Not the drivers yet, our roads are too crazy for any self-driving thing, ha. Maybe the back office. Our [[MD|GENERIC_ROLE]] went to a conference and came back talking about [[Aliko Dangote|PUBLIC_FIGURE]] and automation at the refinery, so now everybody is nervous. But for HR, I think it will just make the paperwork faster. The people part stays.

AI: Thank you. How can we reach you for a follow-up?

User: My email is [[sade.adebayo@harbourline.ng|EMAIL_ADDRESS]]. Or my line, but I'll say it the way we say it here, [[zero-eight-zero-three, four-two-one, double seven, nine-oh|OBF_PHONE|spelled_digits]]. If I don't pick, send a text.

AI: Thank you, [[Sade|PERSON]]. Any final thoughts?

User: Just that HR in [[Nigeria|COUNTRY]] is not like HR in the books. People bring their whole life to work. If AI can do the letters, then I have more time for Alhaji [[Musa|PERSON]] and his pension. That's the real job.""")

# 11 primary teacher, Auckland
T.append("""AI: Kia ora, and thanks for joining. Could you tell me a bit about yourself and what you do?

User: Kia ora, mālō e lelei. I'm [[Losana Taufa|PERSON]], I'm a [[primary school teacher|JOB_TITLE]] at [[Te Puna Rau School|SCHOOL]] in [[Ōtāhuhu|CITY]], in South [[Auckland|CITY]]. I've got a Year 5 and 6 class, twenty-eight kids. I'm [[45|AGE]], I've been teaching since [[2004|DATE]], and before that I was a [[teacher aide|JOB_TITLE]] for a few years while my kids were little. My family's from [[Tonga|COUNTRY]], I was born in [[Nukuʻalofa|CITY]] and came over when I was [[six|AGE]].

AI: Tell me about your class, and where AI tools come into your teaching.

User: Oh, my class is loud and lovely. Lots of Pasifika and Māori kids, a few new arrivals from [[Afghanistan|COUNTRY]] and the [[Philippines|COUNTRY]]. I've got [[Tama|PERSON]], who's obsessed with sharks, [[Aroha|PERSON]], who reads everything, and a wee boy, [[Sione|PERSON]], who only started talking to me in Term 2. For AI, mostly I use [[ChatGPT|AI_PRODUCT]] to level texts. Like if the class is reading about volcanoes, I'll ask it for the same article at three reading levels, so [[Aroha|PERSON]] gets the hard one and the new kids get a simpler one with pictures. Then everyone can talk about the same volcano together. That's been a game changer, honestly. It used to take me a whole [[Sunday|GENERIC_TIME]].

AI: Are there things it doesn't handle well?

User: Te reo and Tongan, for sure. It gets te reo Māori wrong in ways that are quite embarrassing. It mixes up macrons, it makes up words. Whaea [[Mere|PERSON]], who runs our bilingual unit, she asked it for a simple waiata once and it gave her nonsense. She said, "that's not even a word, that's a sneeze." So we don't use it for anything in te reo, she does those herself or with her kuia. For Tongan it's worse. I tested it with a little poem my grandmother used to say, and it just invented something. It's a bit sad really, because our kids need to see their languages valued.

AI: How do colleagues and parents feel about these tools?

User: Mixed. Our [[principal|GENERIC_ROLE]] is cautious, there's a draft policy. A couple of the younger teachers, like [[Jayden|PERSON]] in the room next door, use it for everything, reports, emails, even the newsletter. I don't use it for reports, that feels wrong. Parents trust me to write about their child, not a robot. And with our families, a lot of them are on shift work, cleaning, factory jobs in [[Penrose|CITY]], they don't have time to come in, so the report is the one thing they read properly. One mum, [[Mele|PERSON]], told me she keeps all her son's reports in a folder. I'm not giving her a robot report.

AI: That makes sense. If we wanted to reach you later, how would we do that?

User: Email's best, I'm terrible with the phone during term. It's [[losana.t[at]tepuna[dot]school[dot]nz|OBF_EMAIL|bracket_at_dot]], I write it like that because the school's spam filter is a nightmare. Or our office on [[09 276 5532|PHONE_NUMBER]], ask for [[Losana|PERSON]] in Room 12.

AI: Thank you, [[Losana|PERSON]]. Is there anything else you'd like to say?

User: Just that when [[Jacinda Ardern|PUBLIC_FIGURE]] was around everyone talked about kindness, and I think about that with these tools. They're fast, but they're not kind, they don't know [[Sione|PERSON]] was scared for half the year. A teacher knows that. I hope whoever makes these things remembers kids aren't data points.""")

# 12 hotel front office manager, Lisbon
T.append("""AI: Hello, and thank you for your time. Could you introduce yourself and tell me about your work?

User: Hello, of course. My name is [[Inês Figueiredo|PERSON]], I'm [[33|AGE]], and I'm the [[front office manager|JOB_TITLE]] at [[Hotel Miradouro Alfama|ORGANIZATION]], a boutique hotel in [[Lisbon|CITY]]. We're at [[Rua dos Remédios 47|ADDRESS]], in [[Alfama|CITY]], fifty-two rooms. I studied at the [[Escola Superior de Hotelaria e Turismo do Estoril|SCHOOL]] and I've been at this hotel since [[2016|DATE]], first as a [[receptionist|JOB_TITLE]] and then moving up.

AI: What does your team look like, and what does a day at the desk involve?

User: I have seven people on reception in three shifts. [[Bruna|PERSON]], she's from [[Brazil|COUNTRY]], from [[Recife|CITY]], she's my best on the morning shift because she can calm any guest. [[Zé|PERSON]], [[José Pinto|PERSON]], is our [[night auditor|JOB_TITLE]], he's been here longer than me and he knows every drunk tourist story you can imagine. The day is check-ins, check-outs, complaints, restaurant reservations, taxis, and lots of emails. Everything runs through [[Opera|SOFTWARE]], the property management system, and the channel manager for the booking sites.

AI: Where do AI tools come in?

User: Emails, mostly. We get maybe eighty emails a day in six or seven languages. [[Bruna|PERSON]] and I use [[DeepL|AI_PRODUCT]] for translation, and since last year [[ChatGPT|AI_PRODUCT]] for replies. For example, a guest writes in German asking about parking for a camper van in [[Alfama|CITY]], which is impossible, the streets are like this, and I need to say no in a very kind way. It helps me with the tone. Also for reviews. Our [[general manager|GENERIC_ROLE]], Sr. [[Albuquerque|PERSON]], wants every review answered within a day, even the crazy ones.

AI: How do you handle guest information when you use these tools?

User: We are careful, because of GDPR and because Sr. [[Albuquerque|PERSON]] is very strict. No passport numbers, no card details, no names. When I reply to a complaint, I write "the guest in room 304" and I put the name back after. There was one case, a Mrs [[Henderson|PERSON]], from [[Leeds|CITY]] I think, who wrote a very long, very angry review about the church bells at seven in the morning. I asked [[ChatGPT|AI_PRODUCT]] to help me answer, but I only pasted the text about the bells. The bells are not going to stop, it's a church, it's been there for six hundred years.

AI: How does the rest of the team feel about using these tools?

User: [[Zé|PERSON]] refuses. He says he has been answering emails with his own head since before I was born, which is almost true. [[Bruna|PERSON]] loves it. The new girl, [[Matilde|PERSON]], she is [[twenty|AGE]] and she uses it for everything, even to write a message to her boyfriend, I saw it. I worry a little that the young ones will never learn to write a difficult email themselves. So I make [[Matilde|PERSON]] write the first draft herself, then she can check it with the AI. I think that's fair.

AI: Thank you, [[Inês|PERSON]]. If we need to follow up, how can we reach you?

User: You can call the hotel, [[+351 21 886 4470|PHONE_NUMBER]], and ask for me, or email [[ines.figueiredo@miradouroalfama.pt|EMAIL_ADDRESS]]. I'm usually there [[Tuesday|GENERIC_TIME]] to [[Saturday|GENERIC_TIME]]. And please, if you come to [[Lisbon|CITY]], come for a coffee. Not in [[August|GENERIC_TIME]], though, in [[August|GENERIC_TIME]] I don't sleep.""")

# 13 pharmacy manager, Soweto
T.append("""AI: Thanks for joining. Can you start by telling me about yourself and your work?

User: Sure. I'm [[Lindiwe Dlamini|PERSON]], I'm [[39|AGE]], and I'm the [[responsible pharmacist|JOB_TITLE]], basically the [[pharmacy manager|JOB_TITLE]], at a [[Dis-Chem|ORGANIZATION]] store in [[Soweto|CITY]], [[Johannesburg|CITY]]. I did my pharmacy degree at [[Wits|SCHOOL]], finished in [[2008|DATE]], did my community service year in [[Polokwane|CITY]], and I've been in retail pharmacy ever since. I live in [[Protea Glen|CITY]], so it's close.

AI: What does the work look like day to day?

User: Busy. We do a lot of chronic medication, hypertension, diabetes, HIV. Many of our patients are gogos who've been coming for years. Gogo [[Mokoena|PERSON]], she comes on the first of every month with a plastic bag of empty boxes, so I can see what she's taking. I manage two pharmacists, three pharmacist's assistants and the front shop staff. [[Sipho|PERSON]] and [[Precious|PERSON]] are my assistants, and they're excellent. [[Precious|PERSON]] speaks five languages, so she handles the tricky counselling when someone only speaks Sesotho or Xitsonga. And then there's load shedding. When the power goes, the system goes, and we're writing prescriptions into a book by hand with a torch, with forty people in the queue. Nobody talks about that when they talk about technology in pharmacy. The first thing I want from any computer is that it works when [[Eskom|ORGANIZATION]] decides it doesn't.

AI: Where does AI fit in?

User: Carefully. The dispensing runs on [[Unisolv|SOFTWARE]], and there are no AI features in there, just drug interaction warnings, old-school. I use [[ChatGPT|AI_PRODUCT]] myself mostly for making patient leaflets simpler, or translating an explanation into isiZulu, and then [[Precious|PERSON]] checks it. It's about seventy percent right in isiZulu. The other thirty percent can be funny or dangerous. Once it translated "take with food" as something like "take instead of food". Imagine that with a diabetic patient.

AI: What do you see your staff and patients doing with these tools?

User: The young ones, like [[Sipho|PERSON]], they ask it about drugs during quiet times. I told him, [[Sipho|PERSON]], that's fine for learning, but at the counter you use the official references, the SAMF, not a chatbot. And patients come in with screenshots now. A young guy showed me something from [[Meta AI|AI_PRODUCT]] that said he could double his blood pressure tablets if he missed a day. No! I spent twenty minutes with him. So actually my work has increased, not decreased.

AI: Has your company said anything about AI use at work?

User: There was a memo from head office saying don't enter patient data into public tools, which is correct, POPIA is strict here. My [[area manager|GENERIC_ROLE]], [[Thabo|PERSON]], he's keen on it, he forwards me all these articles. [[Elon Musk|PUBLIC_FIGURE]] this, [[Elon Musk|PUBLIC_FIGURE]] that. I said, [[Thabo|PERSON]], he's from [[Pretoria|CITY]], he's not coming back to fix our queue. Ha. But honestly, I'm not against it. My son [[Lwazi|PERSON]] is [[fourteen|AGE]] and he uses it for maths homework, and he explains things to me now. I just want us to use it with our eyes open.

AI: Thank you, [[Lindiwe|PERSON]]. How could we reach you for a follow-up?

User: WhatsApp is easiest. My number is [[zero eight two, 4 1 7, 3 3 zero 9|OBF_PHONE|mixed_words_digits]]. Or my email, [[lindiwe.dlamini.rph@gmail.com|EMAIL_ADDRESS]]. If I'm slow it's because it's month-end, and on month-end the whole of [[Soweto|CITY]] is in my pharmacy.""")

# 14 izakaya floor manager, Osaka
T.append("""AI: Thank you for talking with me today. Could you tell me about yourself and your job?

User: Yes, thank you. My name is [[Morimoto Kenji|PERSON]], family name first, so [[Morimoto|PERSON]] is the family name. I am [[48|AGE]]. I am the [[floor manager|JOB_TITLE]] at [[Izakaya Hanabi|ORGANIZATION]] in [[Namba|CITY]], [[Osaka|CITY]]. It is a small restaurant chain, four shops, and I manage the biggest one, about sixty seats. I have worked there since [[2011|DATE]]. Before that I was a [[salaryman|JOB_TITLE]] in a printing company in [[Kobe|CITY]], but I did not like the office, so I changed. My English is not perfect, sorry.

AI: Your English is very clear. What is your staff like, and what does a normal evening look like?

User: We have about fifteen staff, most are part-timers. Many students. [[Yui|PERSON]]-chan is a university student, very energetic, she is our best at the register. [[Minh|PERSON]] is from [[Vietnam|COUNTRY]], he works in the kitchen and on the floor, he speaks Japanese, Vietnamese and English, so very useful now. And [[Tanaka|PERSON]]-san is the [[head chef|JOB_TITLE]], he is older than me, [[sixty-two|AGE]], very traditional. Evenings, from five we prepare, six to eleven it is full. Since two years, many foreign tourists, from [[Korea|COUNTRY]], [[Taiwan|COUNTRY]], [[Australia|COUNTRY]]. So the work changed.

AI: How do you use AI tools in the restaurant?

User: First, the menu. We made an English, Korean and Chinese menu with [[ChatGPT|AI_PRODUCT]]. Before, we used [[Google Translate|SOFTWARE]] and the result was very strange. One dish was translated as "fried chicken regret", I don't know why. [[Minh|PERSON]] helped me check the English version. Also, we use it for the shift messages. We send the shift schedule to staff on [[LINE|SOFTWARE]], and when someone cannot come, I ask [[ChatGPT|AI_PRODUCT]] to write a polite message in simple Japanese for the foreign staff. And for the orders, the register system is [[AirREGI|SOFTWARE]], it makes sales reports, and I put the numbers in [[ChatGPT|AI_PRODUCT]] to ask what is selling on rainy days. Very interesting.

AI: How does the team react to this?

User: [[Yui|PERSON]]-chan uses it more than me, for her university reports. [[Tanaka|PERSON]]-san does not like it at all. When I showed him the new menu, he said, "a machine does not know the taste of my tsukune." He is right. But the tourists could finally order, so he accepted. Also our [[owner|GENERIC_ROLE]], the [[shachō|GENERIC_ROLE]], he wants to try a tablet ordering system with AI recommendation. I am not sure. In an izakaya the conversation with the customer is important. Regular customers like [[Hayashi|PERSON]]-san come every [[Friday|GENERIC_TIME]], he wants to talk to me about baseball, about [[Shohei Ohtani|PUBLIC_FIGURE]], not to a tablet.

AI: Are there any worries for you about privacy or staff information?

User: Yes, a little. I do not put the staff names or phone numbers in [[ChatGPT|AI_PRODUCT]]. For the shift I write "staff A, staff B". [[Minh|PERSON]] told me, in [[Vietnam|COUNTRY]] his friend's data was leaked from some app, so he is careful, and he taught me. Also my wife [[Akiko|PERSON]] works at a city office in [[Sakai|CITY]], and she says the rules there are very strict, no AI for citizens' information. I think this is correct.

AI: Thank you, [[Morimoto|PERSON]]-san. Is there a way to contact you if we have more questions?

User: Yes. Please call the shop, I am there from three o'clock. The number is [[０６‐６２１１‐４８３９|OBF_PHONE|fullwidth_digits]]. Sorry, I copied it from our Japanese homepage, so the numbers are the big Japanese style. And if you come to [[Osaka|CITY]], please visit. The first drink is free for researchers. Ha ha, only one.""")

# 15 youth worker, Berlin
T.append("""AI: Hi, thanks for taking part. Could you introduce yourself and your work?

User: Hi, sure. I'm [[Deniz Yılmaz|PERSON]], [[35|AGE]], I'm a [[youth worker|JOB_TITLE]], in German we say [[Sozialarbeiter|JOB_TITLE]], at the [[Jugendclub Rollberg|ORGANIZATION]] in [[Neukölln|CITY]], [[Berlin|CITY]]. It's an open youth centre, kids from about ten to twenty-one can come in the afternoons, play table tennis, do homework, cook, talk. The funding comes from the [[Bezirksamt Neukölln|ORGANIZATION]]. I studied social work at the [[Alice Salomon Hochschule|SCHOOL]] and I've been at the club since [[2014|DATE]]. My parents came from [[Turkey|COUNTRY]] in the eighties, I grew up two streets from the club, so I was one of these kids myself.

AI: Who comes to the club, and what's your day like?

User: Mostly kids from families with migration history, Turkish, Arab, Roma, more and more from [[Syria|COUNTRY]] and [[Ukraine|COUNTRY]] in the last years. We are three full-time staff. My colleague Frau [[Schubert|PERSON]], [[Heike|PERSON]], she's been there thirty years, the kids call her "Oma [[Heike|PERSON]]" even though she hates it. There's [[Mo|PERSON]], he's [[sixteen|AGE]], he basically lives at the club, he's trying to get an apprenticeship as an electrician. And [[Lina|PERSON]], she came from [[Aleppo|CITY]] three years ago and now her German is better than mine. The day is homework help, conflicts, sometimes a kid in crisis, sometimes just UNO for three hours.

AI: Where do AI tools come into that?

User: Honestly, the kids brought them in, not us. They all use [[Snapchat|SOFTWARE]] and it has that chatbot built in, [[My AI|AI_PRODUCT]], and they talk to it like a friend, which worries me a bit. Then for homework they use [[ChatGPT|AI_PRODUCT]]. So my job changed, now I sit with them and say, okay, what did it tell you, do you understand it, can you explain it to me. With [[Mo|PERSON]] we used it to write his applications for the apprenticeship. He wrote the text himself first, in his style, and then asked it to fix the grammar. I said, don't let it make you sound like a bank.

AI: And for your own work, do you use these tools?

User: For the boring parts. Reports to the [[Bezirksamt|ORGANIZATION]], funding applications, statistics about how many visitors. I use [[Le Chat|AI_PRODUCT]], the French one, because it's European, our [[data protection officer|GENERIC_ROLE]] said it's better, I don't know if that's true. But never anything about a specific kid. If there's a child protection case, that's written by hand, goes to the Jugendamt, done. Frau [[Schubert|PERSON]] doesn't use any of it, she writes everything with a fountain pen, like [[Goethe|PUBLIC_FIGURE]].

AI: What do you think these tools mean for young people in a neighbourhood like yours?

User: It's a double thing. For [[Lina|PERSON]], it's amazing, she translates for her mother at the Jobcenter with it. For others it's one more screen where nobody is really listening. Last winter a boy, I won't say his name, told the chatbot things he didn't tell us. We only found out because he showed [[Mo|PERSON]]. That scared me. A machine can't call the Jugendamt, can't come to your house. So I think our job becomes more important, not less.

AI: Thank you, [[Deniz|PERSON]]. How can we reach you if we have questions later?

User: Email is fine, but I'll write it like on our flyers because of the bots: [[deniz punkt yilmaz ät posteo punkt de|OBF_EMAIL|german_punkt]]. Or come by, [[Falkstraße 18|ADDRESS]], [[12053|ADDRESS]] [[Berlin|CITY]]. We're open [[Monday|GENERIC_TIME]] to [[Friday|GENERIC_TIME]] from two. And we post everything on [[Instagram|SOFTWARE]], [[@jugendclub.rollberg|SOCIAL_HANDLE]], the kids run the account, so sorry for the memes.""")

# 16 customer success team lead, Dublin
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself and your role?

User: Yeah, no problem. I'm [[Aoife Brennan|PERSON]], I lead the customer success team at [[Ledgerly|ORGANIZATION]], we do accounts-payable software for mid-sized companies. Technically my title is [[Head of Customer Success, EMEA|JOB_TITLE]], which sounds grander than it is. We're in [[Grand Canal Dock|CITY]] in [[Dublin|CITY]], but I'm from [[Ennis|CITY]] originally, and I'm in the office maybe two days a week. I turned [[40|AGE]] in [[June|GENERIC_TIME]], so I'm having a bit of a reflective year, to be honest. I joined in [[2018|DATE]] when we were about thirty people.

AI: What does your team do, and who's on it?

User: Eight CSMs, each with a book of maybe forty accounts. Their job is to keep customers happy, get them using the product properly, and spot churn before it happens. [[Ciarán|PERSON]] handles our biggest accounts, he's been with me the longest. [[Siobhán|PERSON]] is newer, she's brilliant with the finance people because she used to be one. And then there's [[Gav|PERSON]], [[Gavin Okoro|PERSON]], who does the Nordics, and who is, let's say, the team's entertainment. Our biggest customer in [[Ireland|COUNTRY]] is [[Kerrigan Foods|ORGANIZATION]], and their [[finance controller|JOB_TITLE]], [[Declan|PERSON]], rings [[Ciarán|PERSON]] about once a day.

AI: How does AI come into the team's work?

User: Loads, and growing. We have [[ChatGPT Enterprise|AI_PRODUCT]] company-wide, and [[Gong|SOFTWARE]] records and summarises the customer calls. Before a quarterly review, a CSM will pull the call summaries from [[Gong|SOFTWARE]], the health scores from [[Gainsight|SOFTWARE]], the ticket history from [[Salesforce|SOFTWARE]], and then ask it to draft the deck. That used to be a full day, now it's a couple of hours. I also use [[Claude|AI_PRODUCT]] personally for the harder writing, like when I have to tell a customer we're not building the thing they want. And my [[VP|GENERIC_ROLE]] loves quoting [[Satya Nadella|PUBLIC_FIGURE]] about copilots for everything, so there's a lot of top-down pressure too.

AI: Have there been problems?

User: A couple. The call summaries are great until they aren't. [[Gong|SOFTWARE]] once summarised a call as "customer satisfied", when actually [[Declan|PERSON]] had said, and I'm quoting, "we're fairly satisfied we'll be looking at other vendors." Irish sarcasm does not survive summarisation. [[Ciarán|PERSON]] caught it because he was on the call. So now I tell the team, the summary is a starting point, you were there, trust your ears. And there's the privacy side. Our customers' invoices have bank details, supplier names, all sorts. We don't paste raw data into anything, and our [[security lead|GENERIC_ROLE]], [[Rashid|PERSON]], audits the integrations every quarter.

AI: How do you think it's changing the people side of managing a team?

User: It's weird. I have more time for one-to-ones, which is great, but I also notice the younger ones lean on it for things I'd want them to struggle with a bit. [[Siobhán|PERSON]] asked it how to handle a difficult conversation with a customer and it gave her a script, and she read the script, and the customer could tell. I sat down with her afterwards and we role-played it instead, me as the angry customer. She was grand after that. And [[Gav|PERSON]] uses it to write his [[Slack|SOFTWARE]] messages, which is why they've suddenly become very polite. We all noticed.

AI: Thanks, [[Aoife|PERSON]]. If we want to follow up, what's the best way?

User: Easiest is to grab a slot on my calendar, [[calendly.com/aoife-brennan-ledgerly|URL]], or ping me on the community [[Slack|SOFTWARE]], I'm [[@aoife.b|SOCIAL_HANDLE]] there. I'm happy to chat again. And honestly, if you find out whether [[Patrick Collison|PUBLIC_FIGURE]] actually writes his own emails, let me know. I've always wondered.""")

# 17 dental receptionist, Sydney
T.append("""AI: Hi, thanks for coming along. Could you tell me about yourself and your job?

User: Hi! So I'm [[Priscilla Tan|PERSON]], I'm [[26|AGE]], and I'm the [[practice coordinator|JOB_TITLE]] at [[Smile Street Dental|ORGANIZATION]] in [[Parramatta|CITY]]. So reception, bookings, billing, health fund claims, recalls, the lot. I've been there since [[February 2021|DATE]]. Before that I did a Certificate in dental assisting at [[TAFE NSW|SCHOOL]], and I actually worked chairside for a year, but I'm better at wrangling people than suction, to be honest.

AI: Who do you work with and who do you deal with day to day?

User: We've got three dentists. Dr [[Nguyen|PERSON]] is the [[principal dentist|JOB_TITLE]], he owns the practice, [[Tuan|PERSON]], super calm. Dr [[Farah|PERSON]] does most of the kids and the nervous patients, and Dr [[Ollie Whitfield|PERSON]] comes in [[Thursdays|GENERIC_TIME]] and [[Saturdays|GENERIC_TIME]]. Plus two [[dental assistants|JOB_TITLE]], [[Kim|PERSON]] and [[Rhea|PERSON]]. The patients are everyone, honestly. Families, uni students from [[Western Sydney University|SCHOOL]], a lot of older Greek and Lebanese ladies who've been coming since the practice opened. Mrs [[Papadopoulos|PERSON]] brings us koulourakia every [[Christmas|GENERIC_TIME]] and tells me I'm too skinny.

AI: Where do AI tools come into your job?

User: Bits and pieces. The practice software is [[Dental4Windows|SOFTWARE]], and online bookings go through [[HotDoc|SOFTWARE]], which now has some automated reminder thing that decides when to text people. I use [[ChatGPT|AI_PRODUCT]] for the annoying writing, like when a health fund rejects a claim and I need to write the appeal, or when we update our cancellation policy and I have to word it so people don't get cranky. I take everything identifying out first. Dr [[Nguyen|PERSON]] was really clear about that, because of the privacy act, and because [[Tuan|PERSON]] is just a careful person.

AI: Have you seen any issues with these tools?

User: Once, with the reminders. The automated thing sent a recall text to a patient who'd passed away. His wife rang me in tears. That wasn't AI exactly, just the system not knowing, but it made me realise these things only know what's in the database. Now I check the recall list by hand every [[Monday|GENERIC_TIME]] before it goes out. Also [[Rhea|PERSON]] tried to use [[Copilot|AI_PRODUCT]] to explain a treatment plan to a patient once and it made it sound way scarier than it was, all these words like "surgical extraction" when it was a simple one. Dr [[Farah|PERSON]] rewrote it in two lines.

AI: How do you feel about where this is heading for front-desk jobs?

User: Honestly, a bit nervous. There's already an AI phone answering thing that some clinics use, a couple of my friends from [[TAFE|SCHOOL]] lost hours because of it. But our patients would hate it. Mrs [[Papadopoulos|PERSON]] would hang up on a robot and then drive in to yell at me in person, which, fair. I think the people part is safe for a while. The admin part, maybe not. So I'm trying to learn more about the billing side, because that's harder to automate, and my mum keeps telling me to do a business course anyway.

AI: Thank you, [[Priscilla|PERSON]]. How could we contact you if we have more questions?

User: The practice email is [[hello@smilestreetdental.com.au|EMAIL_ADDRESS]], but for this maybe text me on my mobile, [[O4I2 388 O9I|OBF_PHONE|letter_substitution]], sorry, my keyboard does that thing with the letters, you know what I mean. Or just come in, we're at [[Shop 3, 112 Church Street|ADDRESS]], [[Parramatta|CITY]] [[2150|ADDRESS]]. You can even get a clean while you're there.""")

# 18 care home manager, Cardiff
T.append("""AI: Thank you for taking part. Could you start by telling me about yourself and your work?

User: Of course. I'm [[Gareth Pryce|PERSON]], [[fifty-seven|AGE]], and I'm the [[registered manager|JOB_TITLE]] of [[Llys Derwen|ORGANIZATION]], a residential care home in [[Llanishen|CITY]], in the north of [[Cardiff|CITY]]. Thirty-eight residents, most of them living with dementia, and about sixty staff across days and nights. I came into care late, I was a [[postman|JOB_TITLE]] for twenty years, then my father went into a home in [[Caerphilly|CITY]] and I saw how much difference good staff made. I started as a [[carer|JOB_TITLE]] in [[2009|DATE]] and I've been running the place since [[2017|DATE]].

AI: Who are the people you work with every day?

User: The residents first. Mrs [[Evans|PERSON]], she's [[ninety-four|AGE]], she was a [[headmistress|JOB_TITLE]], and she still corrects my grammar. [[Dai|PERSON]], who was down the pit in the [[Rhondda|CITY]], he sings every afternoon, mostly [[Tom Jones|PUBLIC_FIGURE]], and the whole lounge joins in. Then the staff. My [[senior carer|JOB_TITLE]] [[Bethan|PERSON]] is the heart of the place, honestly. And our [[nurse|JOB_TITLE]], [[Joy|PERSON]], she came from [[Kerala|CITY]] five years ago, she's the one the families trust most. Half my night staff are from [[India|COUNTRY]] or [[Zimbabwe|COUNTRY]], we couldn't run without them.

AI: Where does AI or new technology come into the home?

User: The care records are all digital now, on [[Nourish|SOFTWARE]], the carers log everything on handheld devices, meals, fluids, moods, falls. There's some clever stuff in there that flags if someone's fluid intake drops, which has genuinely caught a couple of UTIs early. I use [[ChatGPT|AI_PRODUCT]] myself for writing policies and for prepping for inspections with [[Care Inspectorate Wales|ORGANIZATION]]. I'll ask it, what would an [[inspector|GENERIC_ROLE]] ask about medication management, and it gives me a list. And we've got an [[Alexa|AI_PRODUCT]] in the lounge, which [[Dai|PERSON]] has decided is a woman he needs to flirt with.

AI: Are there things you're careful about?

User: Very much. Our residents can't always consent to things, that's the reality of dementia. So nothing about a resident goes into an outside tool. The [[Alexa|AI_PRODUCT]] is a question too, it's listening in a room full of vulnerable people, so we had a meeting with the families about it. Mrs [[Evans|PERSON]]'s son was against it, so we turn it off when she's in the lounge. [[Bethan|PERSON]] keeps an eye on that. And with staff, I had a young [[carer|JOB_TITLE]], [[Kieran|PERSON]], write up an incident report with [[ChatGPT|AI_PRODUCT]], and it made the whole thing sound lovely and vague, when the point of an incident report is to be exact. We had a chat.

AI: How do you see it affecting your staff and the future of care work?

User: I hope it takes away paperwork, because paperwork is what burns people out. [[Joy|PERSON]] spends two hours a shift documenting. If that became twenty minutes, that's two hours more with residents. But I worry it'll be used to cut staff, like in other sectors. You can't automate holding someone's hand at three in the morning. My daughter [[Ffion|PERSON]] is doing nursing at [[Cardiff University|SCHOOL]], and she gets taught about AI in her course now, which I think is good. She'll know more than me soon.

AI: Thank you, [[Gareth|PERSON]]. How might we reach you for a follow-up?

User: Email's best. It's [[gareth at llysderwen dot co dot uk|OBF_EMAIL|spelled_at_dot]]. Or phone the home, but you'll get [[Bethan|PERSON]] and she'll want to know who you are and why, and quite right too. Diolch, it's been nice to talk about this.""")

# 19 real estate agent, Dubai
T.append("""AI: Hello, thanks for joining. Could you introduce yourself and what you do?

User: Hi, sure. I'm [[Farhan Qureshi|PERSON]], I'm [[34|AGE]], and I'm a [[real estate broker|JOB_TITLE]] with [[Palm Crest Properties|ORGANIZATION]] in [[Dubai|CITY]]. Our office is in [[Business Bay|CITY]], and I mostly do secondary market apartments in [[Dubai Marina|CITY]] and [[JVC|CITY]]. I'm originally from [[Karachi|CITY]], I came here in [[2015|DATE]] to work in a bank, but I was always talking to people instead of doing spreadsheets, so a friend said, come do property. Best decision I made.

AI: Who are the people you deal with in a typical week?

User: Everyone. Landlords, tenants, buyers, developers, the other agents, the trustee office, the bank. My clients are from everywhere. Right now I have a family from [[Russia|COUNTRY]], the [[Volkovs|PERSON]], looking for a three-bed, an Indian couple, [[Arjun|PERSON]] and [[Meera|PERSON]], buying their first flat, and a British guy who wants to flip studios. In the team, [[Oksana|PERSON]] handles most of the Russian-speaking clients, and my [[manager|GENERIC_ROLE]] is Mr. [[Al Shamsi|PERSON]], he's Emirati, very old-school, he says a handshake is worth more than a contract. And I have a [[mortgage broker|JOB_TITLE]] I work with, [[Vikram|PERSON]], I send him everybody.

AI: How do you use AI in this work?

User: A lot, actually. Listings first. Every property goes on [[Property Finder|SOFTWARE]] and [[Bayut|SOFTWARE]], and you need a good description. I give [[ChatGPT|AI_PRODUCT]] the details, beds, baths, view, floor, and it writes a description, then I make it less cheesy, because it loves "nestled" and "luxurious", everything is "luxurious". I also use it to translate for clients, Arabic, Russian, Urdu for my own family. And the photos, some agencies use AI to virtually furnish empty flats. I'm careful with that, because [[RERA|ORGANIZATION]] has strict rules on advertising, my BRN is on every ad, [[58213|NATIONAL_ID]], and if the photo is misleading, it's my licence.

AI: What about client information? How do you handle that?

User: Honestly, the industry is a bit messy. Clients send passports and Emirates IDs on [[WhatsApp|SOFTWARE]], that's normal here. I never put those into any AI. The most I'll do is paste a tenancy contract clause and ask it to explain in simple English for a client. Once [[Arjun|PERSON]] sent me his salary certificate and asked me to "check with [[ChatGPT|AI_PRODUCT]]" if he could afford a place, and I said, bro, let's just ask [[Vikram|PERSON]], that's his job. Mr. [[Al Shamsi|PERSON]] made a rule this year, nothing with a passport number goes outside our CRM, which is [[Salesforce|SOFTWARE]].

AI: Has it changed how clients behave?

User: Yes. Buyers come in having already asked [[Gemini|AI_PRODUCT]] what the price per square foot is in the [[Marina|CITY]], and sometimes it's two years old data, so I have to correct them gently. Some of them think I'm just inflating. And everybody has heard that [[Cristiano Ronaldo|PUBLIC_FIGURE]] bought something on [[Palm Jumeirah|CITY]], so they ask for the [[Ronaldo|PUBLIC_FIGURE]] building. It's funny. I think clients trust AI for facts, but they still want a human they can blame if it goes wrong. That's my job, ha.

AI: Thanks, [[Farhan|PERSON]]. How can we reach you for any follow-up?

User: [[WhatsApp|SOFTWARE]] is best, everybody here is on [[WhatsApp|SOFTWARE]]. It's [[plus nine seven one, fifty, 3 1 4, seventy-seven 21|OBF_PHONE|mixed_words_digits]]. And my [[Instagram|SOFTWARE]] is [[@farhan.dxbhomes|SOCIAL_HANDLE]], I post the listings there, and some videos. My cousin in [[Lahore|CITY]] says I look like a TV presenter, I take that as a compliment.""")

# 20 midwife, Kampala
T.append("""AI: Thank you for agreeing to speak with me. Could you tell me about yourself and your work?

User: Thank you. My name is [[Grace Namukasa|PERSON]]. I am a [[midwife|JOB_TITLE]] at [[Kawempe National Referral Hospital|ORGANIZATION]] in [[Kampala|CITY]]. I am [[forty-two|AGE]] years old. I trained at [[Mulago School of Nursing and Midwifery|SCHOOL]] and then did my degree at [[Makerere University|SCHOOL]], I finished in [[2011|DATE]]. I have been at [[Kawempe|ORGANIZATION]] since it opened as a national referral hospital. We deliver many, many babies, on a busy night more than fifty.

AI: That's a huge number. Who do you work alongside on a shift like that?

User: On the labour ward we are usually six or seven midwives for the whole floor, plus intern doctors and one or two obstetricians. The [[in-charge|GENERIC_ROLE]] on my shift is Sister [[Nakato|PERSON]], she is very experienced, she can tell you if a woman will deliver in one hour or five just by looking. There is a young intern, Dr. [[Ssemwogerere|PERSON]], who is very good with the phone and all these new things. And the mothers, they come from all over, some from [[Wakiso|CITY]], some from as far as [[Masaka|CITY]]. Last week a young mother, [[Babirye|PERSON]], she was [[seventeen|AGE]], first baby, came alone on a boda boda. We held her hand through the whole night.

AI: Where does technology, or AI, come into your work?

User: Not so much on the ward itself. We report our numbers into [[DHIS2|SOFTWARE]], and the paper registers are still very important. Some of the younger midwives use the [[Safe Delivery App|SOFTWARE]] to revise procedures. Dr. [[Ssemwogerere|PERSON]] showed me [[ChatGPT|AI_PRODUCT]] last year. I use it at home to prepare when I teach the student midwives, for example to make quiz questions on postpartum haemorrhage. But I check with the national guidelines, because sometimes it gives answers for a hospital in [[Europe|CONTINENT]] that has blood for every patient. Here, we don't always have blood. That is our reality.

AI: Are there concerns about patient information?

User: Yes. We have many [[WhatsApp|SOFTWARE]] groups, for the ward, for the midwives, and sometimes people post photos of a case to ask for advice. That worries me more than any AI. Sister [[Nakato|PERSON]] has told them many times, no faces, no names. With [[ChatGPT|AI_PRODUCT]], I only ask general questions. I would never type a mother's name or her file number. Our hospital is public, the mothers trust us, some of them are very poor, they don't have any other choice. We must protect them.

AI: How do you see these tools affecting midwifery in [[Uganda|COUNTRY]]?

User: If it helps the midwives in the health centres in the villages, that would be a blessing. They are alone, sometimes only one of us for a whole sub-county, no doctor. If she can ask a tool, what do I do for this bleeding, and it gives the right answer according to our guidelines, it could save lives. But it must work in Luganda, in Runyankole, and without internet. My husband [[Moses|PERSON]] is a [[secondary school teacher|JOB_TITLE]] in [[Mukono|CITY]], and he says the children are using it already, so the next midwives will use it whether we like it or not.

AI: Thank you, [[Grace|PERSON]]. How may we reach you for a follow-up?

User: You can call me on [[+256 seven seven two, 48 19 05|OBF_PHONE|mixed_words_digits]]. I am on nights this month, so please call after two in the afternoon. Or email [[gnamukasa.mw@gmail.com|EMAIL_ADDRESS]]. Thank you for asking midwives. Usually people only ask the doctors.""")

# 21 insurance broker, São Paulo
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and what you do?

User: Hi, of course. I'm [[Thiago Almeida Ramos|PERSON]], I'm [[29|AGE]], I'm an [[insurance broker|JOB_TITLE]], here we say [[corretor de seguros|JOB_TITLE]]. I work in a small brokerage in [[Mooca|CITY]], in the east side of [[São Paulo|CITY]], and we sell mostly car, home and life insurance from [[Porto Seguro|ORGANIZATION]] and a few other insurers. The brokerage is [[Ramos & Filhos Corretora|ORGANIZATION]], my father started it, so yes, I'm the "Filhos". I joined full-time in [[2019|DATE]] after I finished business at [[Mackenzie|SCHOOL]].

AI: Who are your clients, and who do you work with?

User: Clients are mostly people from the neighborhood, families, small businesses, a lot of Italian descendants, old [[Mooca|CITY]]. Seu [[Joaquim|PERSON]], who has the bakery on the corner, he has been our client for twenty years, first with my father, now with me. Dona [[Cida|PERSON]], she calls me every time it rains because she thinks the insurance will pay for her roof, every time. In the office we are five. My father, Seu [[Ramos|PERSON]]... well, everyone calls him that. My sister [[Juliana|PERSON]] does the claims, and [[Fabiana|PERSON]] is our [[office manager|GENERIC_ROLE]], she has been there longer than me.

AI: How do you use AI tools in the brokerage?

User: Mostly [[ChatGPT|AI_PRODUCT]] and the AI inside [[WhatsApp Business|SOFTWARE]]. Ninety percent of our clients talk to us on [[WhatsApp|SOFTWARE]], they send audio messages, five minutes long, about everything. So I use transcription and then ask it to summarise, what does the client want, is it a claim, a renewal, a question. Also for the marketing, we use [[RD Station|SOFTWARE]] for emails, and I write the campaigns with [[ChatGPT|AI_PRODUCT]]. My father thinks it's magic. [[Juliana|PERSON]] thinks it's cheating. I think it's a tool.

AI: What about the personal information clients share with you?

User: That's a big topic in [[Brazil|COUNTRY]] now because of the LGPD, our data protection law. Clients send us everything on [[WhatsApp|SOFTWARE]], photo of the CNH, the driver's license, CPF, bank details, photos of the crashed car with the license plate. I never put that in [[ChatGPT|AI_PRODUCT]]. I learned this the hard way, actually. Once I pasted a whole conversation to summarise and it had a client's CPF in the middle. Nothing happened, but [[Fabiana|PERSON]] saw it over my shoulder and gave me a lecture I will never forget. Now I clean first. And my own registration with [[SUSEP|ORGANIZATION]], the regulator, is on my business card, [[2022.31.8476|NATIONAL_ID]], so that one's public anyway.

AI: Has it changed the relationship with your clients?

User: A little. Young clients ask me, "why do I need a broker, I can ask the AI", and I say, okay, ask the AI to fight with the insurer when your car is stolen. That's the job, the claim. When Seu [[Joaquim|PERSON]]'s bakery flooded in [[February|GENERIC_TIME]], I was there at seven in the morning with the adjuster. No chatbot did that. But also, clients expect fast answers now, at eleven at night, because they think everything is automatic. Even Dona [[Cida|PERSON]] sends me messages at midnight. I tell her, Dona [[Cida|PERSON]], even [[Neymar|PUBLIC_FIGURE]] sleeps.

AI: Thank you, [[Thiago|PERSON]]. How could we contact you for a follow-up?

User: Email is fine, [[thiago.ramos arroba outlook ponto com ponto br|OBF_EMAIL|arroba_ponto]], sorry, the Portuguese is automatic. Or the office number, [[(11) 2693-4410|PHONE_NUMBER]], but then you will probably talk to my father first, and he will try to sell you a life insurance. I'm serious.""")

# 22 branch librarian, Minneapolis
T.append("""AI: Thanks for taking the time today. Could you tell me a bit about yourself and your work?

User: Sure. My name is [[Abdirahman Warsame|PERSON]], I'm [[44|AGE]], and I'm a [[branch librarian|JOB_TITLE]] with [[Hennepin County Library|ORGANIZATION]]. I work at a branch in [[Cedar-Riverside|CITY]], in [[Minneapolis|CITY]], which is where a lot of the Somali community is. I came to the [[United States|COUNTRY]] in [[1998|DATE]], from a refugee camp in [[Kenya|COUNTRY]], my family is originally from [[Kismayo|CITY]] in [[Somalia|COUNTRY]]. I did my undergrad at the [[University of Minnesota|SCHOOL]] and my library degree at [[St. Catherine University|SCHOOL]]. I've been with the library since [[2012|DATE]].

AI: What kind of people come to the branch and who do you work with?

User: Everybody. Elders who come to read the news in Somali, kids after school, job seekers, people who need a warm place. A lot of my day is helping people with forms, immigration forms, housing applications, unemployment. There's a regular, Mr. [[Lindahl|PERSON]], he's retired, Norwegian background, he comes every morning and reads three newspapers and argues with the computer. There are teenagers like [[Hodan|PERSON]], she's applying to college and basically lives in our study room. On staff, [[Becky|PERSON]] runs the children's programs, and [[Marcus|PERSON]] is our security guy, but really he's more like a social worker, he knows everybody by name.

AI: Where does AI show up in the library?

User: In two ways. First, patrons use it on our computers, [[ChatGPT|AI_PRODUCT]], [[Copilot|AI_PRODUCT]], whatever. So we do classes now on how to use it carefully, how to check sources. I use [[Perplexity|AI_PRODUCT]] to show them the difference, because it gives links. Second, for our own work, the county approved [[Microsoft Copilot|AI_PRODUCT]] for staff. I use it to draft program descriptions, grant reports, translate flyers. But translation into Somali is not good. It's okay for simple sentences, but it makes the elders laugh. One time it translated "story time" into something like "time of lies". [[Becky|PERSON]] put it on the flyer before I checked. The aunties came to me very confused.

AI: Do you have concerns about how patrons use these tools?

User: Yes. People put very private things into it, because they trust the library computers. I've seen someone paste their whole asylum case into [[ChatGPT|AI_PRODUCT]] to ask if it's strong. I understand why, lawyers are expensive, the waiting list at the legal aid clinic is months. But I worry. So in our classes I say, treat it like a stranger on the bus. Would you tell him your A-number? No. [[Hodan|PERSON]] helps me with the classes sometimes, she explains it better to the teenagers than I do. Our libraries have always been about privacy, we don't even keep your borrowing history. These tools are the opposite.

AI: How do you think this changes the role of the library?

User: I think it makes librarians more important. Information is everywhere, but knowing what's true is harder. When [[Ilhan Omar|PUBLIC_FIGURE]] visited the branch last year for a town hall, people asked her about AI and jobs, and she said something like, we need public places to learn it, not only companies. I agree. The library is the one place where you don't have to buy anything. Mr. [[Lindahl|PERSON]] would say the library is the last free place in [[America|COUNTRY]], and he says it loudly, so everyone hears.

AI: Thank you, [[Abdirahman|PERSON]]. Is there a way we can reach you later?

User: Yes, my work email, but I write it like this because of spam: [[a.warsame AT hclib DOT org|OBF_EMAIL|caps_at_dot]]. Or come to the branch, I'm on the desk [[Tuesday|GENERIC_TIME]] and [[Thursday|GENERIC_TIME]] evenings. Ask for [[Abdi|PERSON]], everybody calls me that.""")

# 23 food bank volunteer coordinator, Vancouver
T.append("""AI: Hi, thanks for making time for this. Could you start by telling me about yourself and your work?

User: Hey, yeah, happy to. I'm [[Harpreet Sandhu|PERSON]], but pretty much everyone calls me [[Harry|PERSON]], which confuses people on the phone because they expect a guy. I'm [[31|AGE]], and I'm the [[volunteer coordinator|JOB_TITLE]] at the [[Eastside Community Food Hub|ORGANIZATION]] in [[Strathcona|CITY]], in [[Vancouver|CITY]]. I live out in [[Surrey|CITY]] with my parents and my grandmother, so I'm on the SkyTrain a lot. I started here as a volunteer myself in [[2019|DATE]], when I was finishing my degree at [[SFU|SCHOOL]], and they hired me in [[2021|DATE]].

AI: Tell me about the people you coordinate.

User: We've got around two hundred active volunteers. Some are students from [[UBC|SCHOOL]] and [[Langara|SCHOOL]] who need volunteer hours, some are retirees, some are people who used to come to us for food and now help out. [[Bob|PERSON]] and [[Marj|PERSON]] are a retired couple who've done [[Wednesday|GENERIC_TIME]] mornings for like eight years, they basically run the sorting room. Father [[Tim|PERSON]] from the church next door sends us people too. And then there are the corporate groups, like a team from [[Telus|ORGANIZATION]] that comes once a month and takes a lot of selfies. Which is fine, honestly, we need the donations.

AI: Where do AI tools come into your work?

User: Scheduling is the big thing. We use [[Better Impact|SOFTWARE]] for volunteer sign-ups, and it's okay, but matching people to shifts is still a nightmare, because people have all these constraints. So I export the data, strip the names, and ask [[ChatGPT|AI_PRODUCT]] to help me find gaps, like, which [[Saturday|GENERIC_TIME]] shifts are short on people who can lift. It's actually good at that. I also use it for the thank-you emails and social posts, and we do our posters in [[Canva|SOFTWARE]], which has its own AI stuff now. My [[executive director|GENERIC_ROLE]], [[Lorna|PERSON]], asked me to write a grant application with it last spring and that was a whole adventure.

AI: What happened with the grant application?

User: It wrote something really polished and completely generic. Like, it could have been any food bank in [[North America|CONTINENT]]. The funder wants to know about our neighbourhood, the SROs, the seniors in [[Chinatown|CITY]], the families who come in after rent day. So I rewrote most of it with stories, no names, obviously. [[Lorna|PERSON]] said the AI version read like a brochure and mine read like a place. That kind of became my rule, use it for the skeleton, but the heart has to be ours.

AI: How do you think about privacy with the people who use the food bank?

User: Very carefully. A lot of our clients are in really vulnerable situations, some are fleeing violence, some are undocumented, some just don't want their neighbours to know. We don't put any client info into AI tools, period. Even volunteers, I strip the names. [[Marj|PERSON]] actually asked me once, "is the robot going to know I have a bad hip?", and I said no, [[Marj|PERSON]], the robot only knows you can't do the lifting shift. She was satisfied with that. And my grandmother thinks the whole thing is nonsense, she says in her village in [[Punjab|CITY]] they fed people without any computer.

AI: Thanks so much, [[Harry|PERSON]]. How can we reach you for a follow-up?

User: The office line is [[604-255-0192|PHONE_NUMBER]], extension 14, or email me, it's [[harry at eastside food hub, all one word, dot c a|OBF_EMAIL|spoken_spelling]]. And if your team ever wants to volunteer, [[Bob|PERSON]] and [[Marj|PERSON]] will train you, but be warned, [[Marj|PERSON]] has strong opinions about how to stack canned beans.""")

# 24 IT service desk team lead, Kraków
T.append("""AI: Thanks for joining. Could you introduce yourself and your work?

User: Sure. I'm [[Katarzyna Nowak|PERSON]], everyone calls me [[Kasia|PERSON]]. I'm [[37|AGE]], and I'm a [[service desk team leader|JOB_TITLE]] at [[Nordhaven Business Services|ORGANIZATION]] in [[Kraków|CITY]]. We're a shared services centre for a Danish shipping group, so we do IT support for their offices in maybe twenty countries. I've been there since [[2015|DATE]], after I finished my studies at [[AGH|SCHOOL]]. I'm originally from [[Tarnów|CITY]], but I've lived in [[Nowa Huta|CITY]] for ten years now.

AI: Who's on your team?

User: Eleven people, first and second line support. It's a very mixed team. [[Tomek|PERSON]] and [[Bartek|PERSON]] are the old guard, they can fix anything with a printer. [[Ola|PERSON]] is our Spanish speaker, she handles the [[Madrid|CITY]] and [[Buenos Aires|CITY]] offices. And [[Oleksandr|PERSON]], [[Sasha|PERSON]], came from [[Kharkiv|CITY]] in [[2022|DATE]], he was a [[sysadmin|JOB_TITLE]] there, and honestly he's the best engineer I have. My own [[manager|GENERIC_ROLE]] is [[Mette|PERSON]], she sits in [[Copenhagen|CITY]], we have a call every [[Monday|GENERIC_TIME]].

AI: How are AI tools used on the service desk?

User: Everywhere now. Our ticketing is [[ServiceNow|SOFTWARE]], and it has its own AI that suggests categories and knowledge articles. It's right maybe sixty percent of the time. We also have [[Microsoft Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]], which the team uses to summarise long email threads from users who write novels about their broken laptop. And [[Sasha|PERSON]] uses [[ChatGPT|AI_PRODUCT]] for scripting, [[PowerShell|SOFTWARE]], that kind of thing. I use it for writing knowledge articles in [[Confluence|SOFTWARE]], because engineers hate writing documentation, and I'm included.

AI: Are there rules about what goes into these tools?

User: Very strict ones, because of GDPR and because the [[client|GENERIC_ROLE]] is paranoid, and they're right to be. Tickets have names, emails, phone numbers, sometimes passwords people send us, which, please, never do that. So nothing from a ticket goes into public [[ChatGPT|AI_PRODUCT]]. [[Copilot|AI_PRODUCT]] is inside our tenant, so that's allowed. We had one incident, [[Bartek|PERSON]] pasted a log file to debug a login problem and it had employee badge numbers in it, like mine, [[NBS-20931|NATIONAL_ID]], and about two hundred others. It went to security, there was a report, he was very embarrassed. Now we have a little script that masks logs before anyone can paste them anywhere.

AI: How is it affecting the team itself?

User: People worry. First line support is exactly the kind of work that's easy to automate, password resets, "how do I connect to the VPN". [[Mette|PERSON]] was honest with me that the plan is to reduce first line over two years. So I'm trying to push my people towards second line skills, cloud, security. [[Ola|PERSON]] is doing an [[Azure|SOFTWARE]] certification now. [[Tomek|PERSON]] says he'll retire before the robots take his printers. And my husband [[Paweł|PERSON]] jokes that I'll be managing eleven chatbots soon. Like managing [[Robert Lewandowski|PUBLIC_FIGURE]]'s bench, he says, lots of people, nobody plays.

AI: Thank you, [[Kasia|PERSON]]. How could we reach you for a follow-up?

User: Probably private email is best, it's [[k.nowak87(małpa)gmail.com|OBF_EMAIL|malpa]], małpa means the @, sorry, it's a Polish habit, we call it the monkey. I'm online most evenings after my daughter [[Zosia|PERSON]] is asleep.""")

# 25 school counsellor, Singapore
T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and what you do?

User: Hi, thanks. I'm [[Nurul Huda binte Ismail|PERSON]], you can just call me [[Nurul|PERSON]]. I'm [[40|AGE]] this year, and I'm a [[school counsellor|JOB_TITLE]] at [[Bedok View Secondary School|SCHOOL]]. So I'm employed by [[MOE|ORGANIZATION]], the ministry. I trained at [[NIE|SCHOOL]], I was a [[geography teacher|JOB_TITLE]] first, then I switched to counselling in [[2013|DATE]]. I stay in [[Tampines|CITY]], so quite near, ten minutes by bus to [[Bedok|CITY]].

AI: Who do you work with day to day?

User: Students mostly, from Sec 1 to Sec 5. Sometimes it's stress about exams, sometimes friendship problems, sometimes serious things at home. I also work closely with the [[year heads|GENERIC_ROLE]], like Mrs [[Tan|PERSON]] for Sec 3, and Mr [[Rajoo|PERSON]], who is our [[discipline master|JOB_TITLE]], although he's actually very soft, the boys don't know. There's a boy this year, I'll call him [[Ryan|PERSON]], not his real name, who was referred to me for fighting, but really it was about his parents' divorce. And the parents also, I meet them. Some parents are very involved, some I only see once a year.

AI: How do AI tools come into counselling work?

User: Carefully, ah. Teachers in [[MOE|ORGANIZATION]] have [[Pair|AI_PRODUCT]], the government's own AI assistant, and we can use it for admin, like drafting a talk for assembly or a letter to parents about a mental health workshop. I used it to design a workshop on exam stress for the Sec 4s, and it gave me a decent outline, then I added local stuff, like the pressure of O-levels and streaming. For anything about a specific student, absolutely not. Case notes are in our secure system, and I write them myself. Even [[ChatGPT|AI_PRODUCT]] on my own phone, I don't type students' names.

AI: Are students using these tools for emotional support?

User: Yes, and this is what I worry about. Some students tell me they talk to [[ChatGPT|AI_PRODUCT]] or [[Character.AI|AI_PRODUCT]] at night when they can't sleep. One Sec 2 girl, [[Wei Ling|PERSON]], told me it was easier than talking to a person because it doesn't judge. I understand that. But it also doesn't notice if she stops eating, or if she's not in school for three days. So I tell them, okay to use, but come and see me also. For serious cases we refer to [[IMH|ORGANIZATION]] or to a family service centre. My husband [[Faizal|PERSON]] is a [[polytechnic lecturer|JOB_TITLE]] at [[Temasek Polytechnic|SCHOOL]], and he sees the same thing with the older students.

AI: What do you think schools should do about it?

User: Teach it properly. Not just "don't use", because they will use. Our [[principal|GENERIC_ROLE]] is quite open, she attended a talk where [[Lawrence Wong|PUBLIC_FIGURE]] spoke about AI and jobs, and she came back saying we must prepare the students. I agree, but we also must prepare them emotionally. Like, a chatbot will always reply. A friend won't always reply. Learning to wait, to tolerate that, is also part of growing up.

AI: Thank you, [[Nurul|PERSON]]. How could we reach you for a follow-up?

User: Can message me on [[Telegram|SOFTWARE]], I'm [[@cikgu_nurul|SOCIAL_HANDLE]]. Or call, [[nine one seven three, double four zero two|OBF_PHONE|spelled_digits]]. After five is better, during school hours I'm usually with students, phone on silent.""")

write_set(T, "set_an")
