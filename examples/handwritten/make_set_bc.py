import sys
from markup import write_set
T = []

# 1 Brazil - benefits coordinator, farming cooperative
T.append("""AI: Thanks so much for joining today. To start, could you tell me a little about yourself and the work you do?

User: Of course. I'm [[Fernanda Ribeiro Alves|PERSON]], I'm [[38|AGE]], and I'm a [[benefits coordinator|JOB_TITLE]] at [[Cooperativa Agroindustrial Vale Verde|ORGANIZATION]], which is a big farming cooperative, grain and dairy mostly. I'm at the head office in [[Curitiba|CITY]], but we have units all over the interior of [[Paraná|CITY]]. I've been there since [[2016|DATE]]. Before that I was four years in a call centre in [[São José dos Pinhais|CITY]], which I don't miss at all. A normal week is honestly a lot of spreadsheets and a lot of [[WhatsApp|SOFTWARE]]. Every [[Monday|GENERIC_TIME]] I pull the health plan report out of [[TOTVS Protheus|SOFTWARE]] and check it against what the insurer sent us in [[Excel|SOFTWARE]]. Then the rest of the week is answering questions from staff in the units, like "why was my dental plan charged twice", that kind of thing. There are three of us: me, [[Thiago|PERSON]], who does the pension side, and Dona [[Cida|PERSON]], who has been there thirty years and knows everything about everyone. Our [[manager|GENERIC_ROLE]], [[Rogério Tanaka|PERSON]], sits in [[Londrina|CITY]], so we mostly see him on [[Teams|SOFTWARE]].

AI: Where does AI come into that?

User: It started with [[ChatGPT|AI_PRODUCT]], like for everyone. I think it was [[March 2023|DATE]]. [[Thiago|PERSON]] showed me he was using it to write the PROCV formulas, the VLOOKUP ones, that I always got wrong. Now I use it almost every day, for formulas and for rewriting emails, because my written Portuguese gets very stiff when I'm annoyed. Last year the cooperative bought [[Microsoft Copilot|AI_PRODUCT]] licences for the admin areas, so now I have that too, inside [[Outlook|SOFTWARE]]. But to be honest I still open [[ChatGPT|AI_PRODUCT]] in another tab out of habit.

AI: Can you walk me through a specific example from the last few weeks?

User: Yes, a good one. In [[October|GENERIC_TIME]] we changed health insurer, and I had to write a communication for about nineteen hundred employees explaining the new hospital network. The insurer's document was forty pages of legal language. First I took out everything with names and CPF numbers, that's important, our [[IT director|GENERIC_ROLE]], [[Marcelo|PERSON]], gave a whole talk about it. Then I asked [[Copilot|AI_PRODUCT]] to turn it into a one-page FAQ in simple language. It did a decent job, but it invented a hospital in [[Maringá|CITY]] that isn't in the network. Dona [[Cida|PERSON]] caught it, because her sister lives there. So now the rule in our team is: anything that goes out to employees, a human reads it twice. When it happened, [[Rogério|PERSON]] laughed, actually. He said "see, this is why we still need you, [[Nanda|PERSON]]", which is what they call me. But there was a bit of a discussion, some people in the other departments thought we should stop using it. I don't agree. My daughter [[Lívia|PERSON]], she's [[fourteen|AGE]], uses it for school, and I tell her the same thing I tell myself: it's a draft, not the answer.

AI: Is there anything you deliberately don't use it for?

User: Anything medical. We receive the sick-leave certificates, with the diagnosis codes, and that never goes near an AI tool. Also individual salaries. The company says [[Copilot|AI_PRODUCT]] is safe because it stays inside our environment, but I don't fully trust it. I don't even type my own employee number in there, [[VV-20417|NATIONAL_ID]]. Maybe that's paranoid. My husband says I'm like those people who put tape over the laptop camera, and yes, I also do that.

AI: If you could change one thing about how your organisation handles AI, what would it be?

User: Training. They bought the licences and sent one email. Nobody explained anything. I asked if I could run a small session for the HR people in the units, in [[Cascavel|CITY]] and [[Ponta Grossa|CITY]], and [[Rogério|PERSON]] said yes, maybe in [[February|GENERIC_TIME]] after the holidays. I'd also like them to look at what companies in [[Portugal|COUNTRY]] or [[Spain|COUNTRY]] are doing, because here in [[Brazil|COUNTRY]] everybody is still improvising. There was that fake video of [[Lula|PUBLIC_FIGURE]] going around on [[WhatsApp|SOFTWARE]] last year and half the cooperative believed it, so people need to understand what these tools can do.

AI: Thank you, [[Fernanda|PERSON]]. Is there anything else you'd like to add?

User: Only that if you want the slides from the session when I do it, you can write to me, [[fernanda.alves arroba valeverde ponto coop ponto br|OBF_EMAIL|portuguese_arroba_ponto]]. I write it like that because the last time I put my email in a form I got spam for a month. And please don't put my name in the report, okay? [[Lívia|PERSON]] would never let me hear the end of it.""")

# 2 Kenya - maternity nurse
T.append("""AI: Hello, and thank you for agreeing to talk with me. Could you start by introducing yourself?

User: Thank you. I am [[Wanjiru Kamau|PERSON]], but everyone calls me [[Shiru|PERSON]]. I am a [[registered nurse|JOB_TITLE]] in the maternity wing at [[St. Bakhita Mission Hospital|ORGANIZATION]] in [[Kisumu|CITY]]. I am [[thirty-four|AGE]] years old. I trained at [[Kenya Medical Training College|SCHOOL]] in [[Nakuru|CITY]] and I have been nursing for eleven years, the last six here in [[Kisumu|CITY]].

AI: How does AI show up in your work, if at all?

User: Officially, not so much. The hospital has the electronic records, [[KenyaEMR|SOFTWARE]], and there is nothing AI inside it that I know of. Where I use AI is on my own phone. I use [[ChatGPT|AI_PRODUCT]], the free one, and sometimes the [[Meta AI|AI_PRODUCT]] that appeared inside [[WhatsApp|SOFTWARE]], because it is just there and it doesn't eat my bundles as much. Mostly I use it to prepare the health talks for the mothers in the antenatal clinic on [[Thursdays|GENERIC_TIME]]. I write what I want to say in English and ask it to make it simple, then I translate into Dholuo myself, because its Dholuo is, eh, very funny.

AI: Could you describe a time it was particularly helpful?

User: Yes. There was a young mother, [[Beatrice Achieng|PERSON]], first baby, she had gestational diabetes and she was very scared of the insulin. She kept asking me questions at night when the ward was quiet. I didn't have good printed material for her, the leaflets we have are from a donor project and they are very technical. So I asked [[ChatGPT|AI_PRODUCT]] to explain insulin and blood sugar like I am talking to a nineteen-year-old who has never been to a hospital. Then I checked it against the guidelines, changed some things, and I wrote it by hand for her. [[Beatrice|PERSON]] kept that paper even after discharge, she showed it to me at the postnatal visit.

AI: That's a lovely example. Did you tell anyone at work that you had used AI for it?

User: I told Sister [[Margaret Oduor|PERSON]], she is our [[nursing officer in charge|JOB_TITLE]]. She was a bit worried at first. She said, "[[Shiru|PERSON]], what if the machine tells you a wrong dose?" And she is right to worry. I never, never ask it about doses. For doses we have the protocols and we have Dr. [[Otieno|PERSON]], the [[obstetrician|JOB_TITLE]]. But for explaining things, she agreed it is okay, as long as I check. Now she even asks me to do the same for the breastfeeding talk. Among my colleagues, the younger ones use it too. [[Faith|PERSON]], she is doing her internship with us, she comes from [[Eldoret|CITY]], she uses it to revise for her licensing exam. The clinical officers use it for their reports, I think. The older ones don't trust it. And there is the question of the phones, because the hospital wifi is only for administration, so everything is on our own data. When President [[William Ruto|PUBLIC_FIGURE]] was talking about digital health and the new insurance, we all laughed, because in the ward we are still looking for a working printer.

AI: What about patient information? How do you handle that?

User: I never put the name of a patient, never the file number. When I asked about [[Beatrice|PERSON]]'s case I just said "a young woman with gestational diabetes". Our [[hospital administrator|GENERIC_ROLE]] sent a circular in [[June|GENERIC_TIME]] saying no patient data on personal devices, and that is correct. But he did not say anything about AI specifically. I think in [[Kenya|COUNTRY]] the rules are still catching up. About the longer term, I feel mixed. It can help with the paperwork, we spend so much time writing. If something could listen during the ward round and write the notes, that would give me back maybe an hour every shift. But the caring part, holding the hand of a mother who is pushing at three in the morning, no machine is doing that. My husband [[Kip|PERSON]] is a [[teacher|JOB_TITLE]] and he says the same about his work. We argue about it at dinner, and our son [[Brian|PERSON]] just rolls his eyes.

AI: Thank you, [[Wanjiru|PERSON]]. Would you be open to a short follow-up call in a few weeks?

User: Yes, no problem. Call me on [[oh seven double two, four one eight, six three oh|OBF_PHONE|number_words_double]], but not between seven and seven, those are my shift hours. If I don't pick up, send a [[WhatsApp|SOFTWARE]] message and I will call back.""")

# 3 Germany - master electrician, own business
T.append("""AI: Thank you for taking the time. Could you tell me who you are and what you do?

User: Yes, hello. [[Jens Hoffmann|PERSON]], I'm [[52|AGE]], [[master electrician|JOB_TITLE]], I have my own company, [[Elektro Hoffmann GmbH|ORGANIZATION]], in [[Leipzig|CITY]]. Seven people plus me. I did my apprenticeship starting in [[1988|DATE]], still in the old days, and I took over the company from my father in [[2009|DATE]]. We do mostly residential, renovations, some solar now, heat pumps, wallboxes for electric cars.

AI: Where, if anywhere, does AI come into your work?

User: More than I expected, honestly. Not on the building site, there it's still cable and screwdriver. But in the office. My wife [[Steffi|PERSON]] does the books and the offers, and she started with [[ChatGPT|AI_PRODUCT]] because the customers now write these very long emails with questions. "Can I have a heat pump and solar and a battery and will it pay off", with three pages of text. She pastes the question in, without the name, and asks for a first answer, then I correct the technical things. It saves her maybe an hour a day. Me, I use it on the phone, for the regulations. The VDE norms, the technical connection rules from the grid operator, that's a jungle. I ask it "what does the rule say about this" and then I check in the original, because twice it told me something completely wrong, with great confidence. Like a young journeyman. I also use [[DeepL|AI_PRODUCT]] a lot, because two of my people are from [[Poland|COUNTRY]] and one from [[Syria|COUNTRY]], and the safety instructions I translate so everybody really understands. The planning software is [[DIALux|SOFTWARE]] for lighting, and the invoices go through [[Lexware|SOFTWARE]], no AI there as far as I know.

AI: Can you give me an example of something that went wrong?

User: Yes, with a customer, Frau [[Schneider|PERSON]] in [[Markkleeberg|CITY]]. She wanted a wallbox and she had read on the internet that she gets a subsidy. [[Steffi|PERSON]] asked [[ChatGPT|AI_PRODUCT]] about the subsidy and it said yes, KfW program, so much money, and we wrote that in the offer. But that program was stopped already. Frau [[Schneider|PERSON]] was not happy, and I understand her. I went there myself and apologised and we gave a small discount. Since then, anything with money or subsidies, we check on the official website, always.

AI: What about your apprentices and younger staff?

User: [[Luca|PERSON]], my [[apprentice|JOB_TITLE]], second year, he uses it for everything. For his vocational school homework, for the exam questions. Sometimes I think too much. I told him, in the exam at the [[Handwerkskammer zu Leipzig|ORGANIZATION]] there is no chat, you need it in your head. But I also see he learns faster than I did, he asks it "explain me three-phase current like I'm stupid" and it explains very patiently, more patiently than my old [[boss|GENERIC_ROLE]] did in the eighties, I can tell you. The customers, most don't know and don't care. The older customers want a person on the phone, that's why [[Steffi|PERSON]] answers and not some robot. The younger ones find us on the internet and they write at eleven at night and expect an answer before breakfast. Our website texts, I admit, [[ChatGPT|AI_PRODUCT]] wrote them, and my nephew [[Kevin|PERSON]] put them online. People can also just come by, the office is at [[Zschochersche Straße 71|ADDRESS]], [[04229|ADDRESS]] [[Leipzig|CITY]], in the back courtyard.

AI: Have you considered using AI more systematically in the business?

User: A salesman from a software company came in [[spring|GENERIC_TIME]]. He showed a program that reads the floor plans and makes the material list automatically, cable lengths, sockets, everything. Nice demo. 189 euros a month. I said I will think about it, and I am still thinking. Everybody talks about [[Elon Musk|PUBLIC_FIGURE]] and his robots, but I would like to see a robot pull a cable through a Gründerzeit building in [[Connewitz|CITY]] where nothing is where the old plan says. What I really want is something that does the documentation. After every job there is a protocol, measurements, photos, and my guys hate it. If the AI can do that from the photos and a voice message, I pay tomorrow.

AI: Thank you, Herr [[Hoffmann|PERSON]]. Anything else you'd like to share?

User: Only that the small businesses are forgotten in this whole discussion. The big companies have IT departments. I have [[Steffi|PERSON]] and a nephew. If you send the results of the study, please by post or call the office, [[null drei vier eins, vier neun zwo, sieben sieben eins acht|OBF_PHONE|german_number_words]]. I say it like my father did on the phone, "zwo", not "zwei", so nobody mixes it up with "drei".""")

# 4 Japan - high school English teacher
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Hello. My name is [[Morimoto Kenji|PERSON]], family name first, so in English order it is [[Kenji Morimoto|PERSON]]. I am [[29|AGE]] years old and I am an [[English teacher|JOB_TITLE]] at [[Minato Kita High School|SCHOOL]], a public high school in [[Osaka|CITY]]. I started there in [[April 2019|DATE]], so this is my sixth year. Originally I am from [[Kanazawa|CITY]], I studied at [[Kanazawa University|SCHOOL]] and then I moved here for the job.

AI: How do you use AI in your teaching?

User: Mainly for preparation. I use [[ChatGPT|AI_PRODUCT]] to make reading passages at three levels, because in one class I have students who could study abroad tomorrow and students who still mix up "he" and "she". I write one passage, then ask it to make an easier version and a harder version. Our school uses [[Google Workspace|SOFTWARE]], so now [[Gemini|AI_PRODUCT]] is also inside, and some teachers use that because it is "official". The students submit their homework in [[Google Classroom|SOFTWARE]].

AI: And do your students use AI themselves?

User: Of course. Officially the [[Osaka Prefectural Board of Education|ORGANIZATION]] published guidelines that say students may use it in certain ways with teacher permission, but in reality everybody uses it at home. Last term I gave an essay, "a person you admire", and I think half the class wrote about [[Shohei Ohtani|PUBLIC_FIGURE]], which is normal, but many essays had the exact same phrase, "his dedication is an inspiration to us all". Nobody in my class talks like that! One student, [[Yui Nakamura|PERSON]], wrote a really beautiful essay about her grandmother, with small mistakes, and I was so happy because I could see it was really her. With the essays I suspected, I did not want to accuse anyone. I asked them to read the essay aloud and then answer two questions about it without notes. [[Haruto|PERSON]], one of my second-year boys, he stopped in the middle and laughed and said "sensei, I don't know this word, 'dedication'". So we had a good conversation about why we write at all. I talked to [[Sato|PERSON]]-sensei, the [[head of our English department|JOB_TITLE]], and we changed the assignments. Now the first draft is written in class, by hand, and they can use AI for the second draft, but they must show what changed.

AI: How do your colleagues feel about all this?

User: It is divided, a little by age. [[Sato|PERSON]]-sensei is in his [[fifties|AGE]] and he is actually very curious, he asked me to show him how to make vocabulary quizzes. Some others think it is the end of education. Our [[ALT|JOB_TITLE]], [[Megan|PERSON]], she is from [[Christchurch|CITY]] in [[New Zealand|COUNTRY]], she is the most skeptical. She says the English from AI is "American corporate English", and she is right, it sounds like an email from a bank. We have a teachers' group on [[LINE|SOFTWARE]] and there was a long discussion about it during [[Golden Week|GENERIC_TIME]], which is not really when I want to discuss work.

AI: What about workload? Has AI changed how much time you spend on preparation?

User: Yes, definitely less time making materials. But I am not sure I have less work, because now I spend time checking, and checking the students. Japanese teachers are famous for working very long hours. Before, I stayed at school until nine at night many days. Now maybe eight. My wife [[Aya|PERSON]] says one hour is still something. I also share some of my worksheets online, on [[X|SOFTWARE]], my account is [[@morimoto_eigo|SOCIAL_HANDLE]], and a few teachers in other prefectures use them, which is nice. What I never use it for is grades and comments on report cards. Those I write myself, every one. The parents read those comments very carefully, and if a comment is generic they feel it. Also anything with student names I do not put in, because of privacy, the [[vice principal|GENERIC_ROLE]] was very strict about it at a staff meeting in [[September|GENERIC_TIME]].

AI: Thank you, [[Kenji|PERSON]]. Any final thoughts?

User: Only that I hope the students still learn to make mistakes. [[Yui|PERSON]]'s essay with mistakes was the best one I read this year. If AI takes away the mistakes, I think it takes away part of the learning.""")

# 5 Canada - municipal land-use planner
T.append("""AI: Thanks for joining me today. Could you tell me a bit about yourself and your role?

User: Sure. I'm [[Marc-André Gagnon|PERSON]], I'm [[44|AGE]], and I'm a [[senior land-use planner|JOB_TITLE]] with the [[City of Winnipeg|ORGANIZATION]]. I've been in the planning department since [[2011|DATE]], mostly working on the older neighbourhoods, [[St. Boniface|CITY]], [[Osborne Village|CITY]], that part of town. Before that I did my master's at the [[University of Manitoba|SCHOOL]]. I grew up in [[Trois-Rivières|CITY]], so French is my first language, which actually matters a bit for the AI stuff.

AI: How so? And more generally, how do you use AI in your work?

User: So the city rolled out [[Copilot|AI_PRODUCT]] to a pilot group last year, and our team got in because my [[manager|GENERIC_ROLE]] volunteered us without really asking, which is very her. I use it a lot for summarising public comments. When we do a rezoning application, we can get three hundred written submissions, some in French, some in English, some very angry, some twelve pages long. Before, a [[junior planner|GENERIC_ROLE]] would spend a week reading and coding them. Now [[Copilot|AI_PRODUCT]] gives us a first pass of themes in an afternoon. And it handles the French ones fine, which is good because a lot of [[St. Boniface|CITY]] residents write in French.

AI: Who does the checking on those summaries?

User: That's mostly [[Jaspreet Sandhu|PERSON]], she's our [[planning technician|JOB_TITLE]], and she's brilliant at it. [[Jas|PERSON]] reads a random sample of the original comments and compares with what the tool said. She found that it tends to smooth out the angry ones, like if someone writes "this will destroy our street", it becomes "concerns about neighbourhood character". Which is technically true but loses something that council should hear. So now we keep a few direct quotes in every report. Otherwise my day is [[ArcGIS Pro|SOFTWARE]] for mapping, [[Bluebeam|SOFTWARE]] for reviewing drawings, and way too much [[Outlook|SOFTWARE]]. There's an AI assistant in [[ArcGIS Pro|SOFTWARE]] now too, but I haven't really trusted it with anything yet. On my own time I've played with [[Claude|AI_PRODUCT]] for drafting, because I find it writes less like a press release. But for anything official I stay inside what the city approved.

AI: Are there things you've decided not to use AI for?

User: Anything that looks like a decision. The recommendation to council, the analysis of whether a variance is justified, that's on me and my name is on it. I also don't put in anything with personal information from applicants, addresses of homeowners who complain, that kind of thing. Our [[privacy officer|GENERIC_ROLE]] did a session on that in [[November|GENERIC_TIME]], and honestly it was one of the better trainings I've had in this job. More broadly, it's a strange moment. I read the interviews with [[Geoffrey Hinton|PUBLIC_FIGURE]], and he's a Canadian, he was in [[Toronto|CITY]] for years, and he's scared. And then I go to work and the AI is helping me sort comments about a duplex. The two conversations don't meet. My son [[Théo|PERSON]] is [[seventeen|AGE]] and he's thinking about computer science, and I honestly don't know what to tell him.

AI: Has AI changed the way your team works together?

User: A bit. [[Jas|PERSON]] and I used to split the reading, and that was kind of how we got to know each application together. Now there's less of that. We try to compensate with a weekly sit-down on [[Wednesdays|GENERIC_TIME]]. There's also a new [[planner|JOB_TITLE]], [[Oluwaseun|PERSON]], who just came from [[Nigeria|COUNTRY]] with a lot of experience in [[Lagos|CITY]], and he's much more comfortable with these tools than me. I'm learning from him, which is good.

AI: Thank you, [[Marc-André|PERSON]]. Is there anything else you'd like to add, or any way you'd prefer to be contacted for follow-up?

User: Happy to do a follow-up. Please use my personal email, not the city one, so it doesn't get flagged by IT: [[marcandre.gagnon.urb@gmail.com|EMAIL_ADDRESS]]. Or call or text, [[204-555-0183|PHONE_NUMBER]]. Evenings are best, after hockey practice.""")


# 6 India - QA engineer, IT services
T.append("""AI: Hi, thanks for making time. Could you start with a quick introduction?

User: Hi! So I'm [[Sneha Kulkarni|PERSON]], I'm [[27|AGE]], and I work as a [[QA engineer|JOB_TITLE]] at [[Veritaq Solutions|ORGANIZATION]] in [[Pune|CITY]], the office is in [[Hinjewadi|CITY]]. It's a mid-size IT services company and our main client is an insurance company in [[Germany|COUNTRY]], so I test their claims portal. I joined in [[July 2021|DATE]], straight after my engineering degree from [[Cummins College of Engineering|SCHOOL]], so this is my first proper job. A typical day is standup at ten, then test cases, then whatever is on fire. We track everything in [[Jira|SOFTWARE]], automation is in [[Playwright|SOFTWARE]], and I write scripts in [[VS Code|SOFTWARE]]. Our team is split between [[Pune|CITY]] and [[Hyderabad|CITY]], and the client side is in [[Cologne|CITY]], so afternoons are calls with them. My [[team lead|GENERIC_ROLE]], [[Rahul|PERSON]], is very chill, but the client's [[product owner|GENERIC_ROLE]], Mr. [[Becker|PERSON]], is very, very precise. If a bug report has one missing step he sends it back.

AI: Where does AI come into your work?

User: Everywhere now, honestly. The company gave us [[GitHub Copilot|AI_PRODUCT]] last year, so when I write automation scripts it suggests the locators and the assertions. Maybe sixty percent of the time it's correct. Then I use [[ChatGPT|AI_PRODUCT]] a lot for test data, like "give me thirty edge cases for a date-of-birth field", and it comes up with things I wouldn't think of, leap years, people born before 1900, all that. And recently we started using [[Claude|AI_PRODUCT]] to read the requirement documents, because the client sends these ninety-page PDFs, half in English, half in German.

AI: Can you tell me about a specific time when AI made a real difference, good or bad?

User: Good one first. In [[August|GENERIC_TIME]] we had a release where the premium calculation was wrong for one category of policies. I pasted the requirement section and the test results into [[Claude|AI_PRODUCT]], with all the customer details removed obviously, and asked what could explain the difference. It pointed to a rounding rule that was mentioned only in a footnote. Our [[BA|JOB_TITLE]], [[Ketan|PERSON]], had missed it too. Mr. [[Becker|PERSON]] actually wrote "good catch" in the ticket, which for him is like a standing ovation. A bad one? [[Copilot|AI_PRODUCT]] once wrote a whole test that always passed. Like, the assertion was checking the value against itself. I didn't notice for two days. [[Rahul|PERSON]] found it in code review and he was nice about it, but I felt so stupid. Now I always make every new test fail once on purpose before I trust it.

AI: How do people around you feel about these tools?

User: Mixed. The freshers love it. Some seniors are worried, because testing is one of the things people say AI will replace first. I don't think so, somebody has to decide what "correct" means. There was that whole thing when [[Narayana Murthy|PUBLIC_FIGURE]] said young people should work seventy hours a week, and in our team we joked that with [[Copilot|AI_PRODUCT]] we can do seventy hours of work in forty. My roommate [[Pooja|PERSON]] works at a bank and they are not allowed any AI at all, so she's jealous. There are rules at the company too, a policy. No client data in public tools, only the enterprise versions. We did a training in [[March|GENERIC_TIME]]. But honestly people still paste things into the free [[ChatGPT|AI_PRODUCT]] on their phones. I try to be careful, I replace all the names with dummy names and the policy numbers with zeros.

AI: Do you share what you learn with others outside work?

User: A bit! I write small posts about testing with AI. I'm on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/sneha-kulkarni-qa|URL]], and I put some sample scripts on [[github.com/snehak-tests|URL]]. On [[Medium|SOFTWARE]] I'm [[@sneha.tests|SOCIAL_HANDLE]], but I only posted three articles, I keep promising myself I'll write more during [[Diwali|GENERIC_TIME]] holidays and then I just sleep.

AI: Thanks, [[Sneha|PERSON]]. Anything else you'd like to add?

User: Just that I think companies should train people properly, not just give licences. And maybe tell my mother AI won't take my job, she sends me a forwarded message about it every week on [[WhatsApp|SOFTWARE]]. If you need me again, email is fine, [[sneha.kulkarni.qa@outlook.com|EMAIL_ADDRESS]].""")

# 7 Mexico - chef and restaurant owner
T.append("""AI: Buenas tardes, and thank you for your time. Could you tell me a little about yourself?

User: Buenas tardes. I'm [[Ramón Villaseñor Ortiz|PERSON]], I'm [[46|AGE]], I'm a [[chef|JOB_TITLE]] and I own a restaurant, [[La Cocina de Doña Chela|ORGANIZATION]], in [[Colonia Americana|CITY]] in [[Guadalajara|CITY]]. The name is for my grandmother, she taught me to cook. We opened in [[2014|DATE]], it's about forty seats, traditional food from [[Jalisco|CITY]] but a little modern. I have eleven people working with me.

AI: How does AI fit into running a restaurant?

User: Ha, I thought it didn't, at first. In the kitchen, no. Nobody is asking a robot how to make a birria. But the business side, yes. My daughter [[Ximena|PERSON]], she studies marketing at [[ITESO|SCHOOL]], she set me up with [[ChatGPT|AI_PRODUCT]] last year, because I was spending my [[Sunday nights|GENERIC_TIME]] writing the [[Instagram|SOFTWARE]] posts and the menu in English for the American tourists and the, how do you say, the digital nomads. Our neighbourhood is full of them now. So now I use it for the English menu, for the posts, and for answering reviews on [[Google Maps|SOFTWARE]] and [[TripAdvisor|SOFTWARE]]. The photos we make pretty with [[Canva|SOFTWARE]].

AI: Could you walk me through how you answer a review with it?

User: So, a few weeks ago a tourist, a guy called [[Kyle|PERSON]], gave us one star because the pozole was "too spicy". The pozole is not spicy! The salsa is on the side! My first answer, I wrote it at midnight, was not very professional, let's say. [[Lupita|PERSON]], who runs the floor and is much calmer than me, said "Don [[Ramón|PERSON]], give it to the machine first." So I pasted the review and asked for a polite answer, friendly, that explains the salsa is separate. It made something very nice, I changed a few words so it sounds like me, and [[Kyle|PERSON]] actually answered and changed to four stars. So, okay, one point for the robot. The staff use it too. [[Memo|PERSON]], my [[sous-chef|JOB_TITLE]], uses it to calculate the cost of each dish, because the price of meat went up so much, and it helps him with the spreadsheet with the new prices from our supplier, [[Carnes Selectas Tapatías|ORGANIZATION]]. The register system is [[Soft Restaurant|SOFTWARE]], and now they say it has AI for predicting sales, but I haven't tried it. [[Lupita|PERSON]] uses the voice translation on her phone when tourists don't speak Spanish.

AI: Is there anything you won't let AI do?

User: Recipes. Never. People ask me, "[[Ramón|PERSON]], why don't you ask it for new dishes?" Because the food is the family. My grandmother [[Chela|PERSON]] made her mole the same way for sixty years, and I'm not going to let a computer in [[California|CITY]] tell me how to change it. Also I don't let it answer the reservations. Some restaurants have a bot in [[WhatsApp|SOFTWARE]] now that answers automatically. I think people in [[Mexico|COUNTRY]] want to talk to a person, they want [[Lupita|PERSON]] to say "sí, claro, we have your table".

AI: How do you see AI affecting the restaurant industry more broadly?

User: The big chains will use it for everything, the orders, the schedules, who works which shift. For small places like mine it's a helper, like a good assistant who speaks perfect English but has no taste. Everybody here in [[Guadalajara|CITY]] is proud of [[Guillermo del Toro|PUBLIC_FIGURE]], and I saw he said he'd rather die than use AI for his films. I understand him. But he has a team of two hundred people and I have [[Memo|PERSON]], [[Lupita|PERSON]] and a nephew who is always late. For me personally it changed the [[Mondays|GENERIC_TIME]], when we're closed. I used to do the paperwork the whole day. Now it's just the morning, and in the afternoon, to be honest, I sleep. My wife [[Adriana|PERSON]] says the AI gave me back my siesta.

AI: Thank you, [[Ramón|PERSON]]. If we wanted to follow up, how could we reach you?

User: Call the restaurant or send a [[WhatsApp|SOFTWARE]], the number is [[treinta y tres, treinta y ocho, veintiséis, cuarenta y uno, noventa|OBF_PHONE|spanish_number_words]]. I say it like that because when I write the digits on [[Instagram|SOFTWARE]] I get a hundred spam calls about credit cards. Or find us there, we're [[@lacocinadechela.gdl|SOCIAL_HANDLE]]. And if you come to [[Guadalajara|CITY]], the tortas ahogadas are on me.""")

# 8 UK - employment solicitor
T.append("""AI: Thanks for joining. Could you start by telling me about yourself and your job?

User: Sure. I'm [[Hannah Whitcombe|PERSON]], I'm [[31|AGE]], and I'm an [[employment solicitor|JOB_TITLE]] at [[Brierley Shaw LLP|ORGANIZATION]], a mid-sized firm in [[Leeds|CITY]]. I act mainly for employers, so disciplinaries, redundancies, the occasional tribunal claim. I did history at the [[University of York|SCHOOL]], then the law conversion, and I qualified in [[September 2019|DATE]], which was great timing, six months before the pandemic.

AI: How has AI come into your practice?

User: Gradually, then suddenly. The firm trialled a couple of legal AI tools [[last year|GENERIC_TIME]], including [[Harvey|AI_PRODUCT]], which caused chaos for a week because one of our [[trainee solicitors|JOB_TITLE]] is also called [[Harvey|PERSON]]. People kept sending emails saying "can [[Harvey|PERSON]] have a look at this contract", and poor [[Harvey|PERSON]] would reply "which one?". In the end we went with [[Lexis+ AI|AI_PRODUCT]] because we already had the [[Lexis|SOFTWARE]] subscription, and everyone has [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]] now.

AI: What do you actually use them for, day to day?

User: First drafts of advice letters, summarising grievance bundles, comparing versions of a settlement agreement. A grievance bundle can be four hundred pages of emails and meeting notes, and [[Lexis+ AI|AI_PRODUCT]] gives me a chronology in minutes. I then check every entry against the source, because the chronology is what the whole case hangs on. Research I'm far more careful with. Everyone's seen the stories about lawyers in the [[United States|COUNTRY]] citing cases that don't exist. Our [[supervising partner|GENERIC_ROLE]], [[Graham Pettifer|PERSON]], made us all read one of those judgments, which was oddly entertaining.

AI: Can you describe a recent matter where AI played a part?

User: Yes, without too much detail. A client of ours, [[Meadowvale Care Homes|ORGANIZATION]], runs about a dozen homes across [[West Yorkshire|CITY]], and they were restructuring night shifts, which meant consultation letters to about a hundred and forty staff, each slightly different. [[Amira|PERSON]], our [[paralegal|JOB_TITLE]], used [[Copilot|AI_PRODUCT]] with a template and a spreadsheet to produce the individual letters. It worked, mostly, but in a test run it mixed up two employees' shift patterns, which would have been a data breach if it had gone out. [[Amira|PERSON]] caught it because she checks everything twice, bless her. The client's [[HR director|GENERIC_ROLE]], a lovely woman called [[Bev|PERSON]], was mainly impressed we turned it round in three days. Clients are split on it in general. Some ask for it because they think it means lower fees. Some public sector clients write a ban on AI straight into the engagement letter, and then we just don't.

AI: Has it changed how junior lawyers learn the job?

User: This is the bit that worries me. I learned by doing chronologies and reading bundles. It's boring, but that's how you learn to spot the one email that matters. [[Harvey|PERSON]], the human one, is brilliant with the tools, but when I asked him what the key document in a bundle was he went back to the summary, not the bundle. So now trainees do their first few chronologies by hand. [[Richard Susskind|PUBLIC_FIGURE]] has been saying for years that lawyers will be replaced, and maybe some tasks will be, but you can't cross-examine a witness with a chatbot. About my own future, I feel cautiously fine. Employment law is about people, and people are unpredictable. My boyfriend [[Tom|PERSON]] works in software and he's much more anxious than me, which is funny. I'll probably spend [[Sunday evening|GENERIC_TIME]] reading the firm's new AI policy, which is twelve pages long and, I suspect, was written with AI.

AI: Thank you, [[Hannah|PERSON]]. Would you like to receive a copy of the findings?

User: Yes please. Use my personal email rather than the work one: [[hannah.whitcombe [at] protonmail [dot] com|OBF_EMAIL|bracket_at_dot]]. I write it like that everywhere now, ever since a recruiter scraped it off a conference attendee list and I got forty messages in a week.""")

# 9 Nigeria - head of finance, logistics company
T.append("""AI: Good afternoon, thank you for joining. Could you introduce yourself?

User: Good afternoon. My name is [[Chinwe Okonkwo|PERSON]], but please, everyone calls me [[Chinny|PERSON]]. I'm [[forty-one|AGE]], I'm a [[chartered accountant|JOB_TITLE]], and I'm the [[head of finance|JOB_TITLE]] at [[Eko Cold Chain Logistics|ORGANIZATION]]. We're in [[Ikeja|CITY]], [[Lagos|CITY]], and we do refrigerated transport, mostly pharmaceuticals and frozen fish. I studied accounting at [[University of Nigeria, Nsukka|SCHOOL]] and I've been a member of [[ICAN|ORGANIZATION]] since [[2010|DATE]].

AI: How does AI play a role in your work?

User: More and more. I use [[ChatGPT|AI_PRODUCT]] daily, the paid one, I pay for it myself because the company is still "thinking about it". I use it for [[Excel|SOFTWARE]] formulas, for drafting board reports, and for reading regulations. Our accounting system is [[Sage|SOFTWARE]], and we pull reports into [[Excel|SOFTWARE]] and then I ask it to help me build the cash flow forecast. With the naira the way it is, I redo that forecast almost every week. You know, since [[Tinubu|PUBLIC_FIGURE]] floated the currency, every assumption I make on [[Monday|GENERIC_TIME]] is wrong by [[Friday|GENERIC_TIME]].

AI: Could you give me a concrete example?

User: Yes. Last quarter we had to prepare for a tax audit, the [[FIRS|ORGANIZATION]] people were coming. I had to reconcile VAT returns for three years. [[Blessing|PERSON]], my [[accounts officer|JOB_TITLE]], exported all the transactions, and I used [[ChatGPT|AI_PRODUCT]] to write a macro that matched invoices to the returns and flagged differences. It would have taken [[Blessing|PERSON]] two weeks by hand. It took us two days, including fixing the macro, because the first version it gave had an error with dates, it was reading day and month the American way. After that I always tell it, "we are in [[Nigeria|COUNTRY]], dates are day first". Our [[MD|GENERIC_ROLE]], Alhaji [[Bello|PERSON]], is old school. When I told him, he said "so the computer did the audit?" I said no sir, [[Blessing|PERSON]] and I did the audit, the computer did the typing. He laughed. But he approved a small budget for training after that. [[Tunde|PERSON]] from IT is now looking at [[Microsoft 365 Copilot|AI_PRODUCT]], but the licences are priced in dollars, so, you know.

AI: Are there things you're careful about when using these tools?

User: Of course. I don't paste customer names, account numbers, bank details. When I use it for the forecast I change the figures slightly, I scale them. The drivers' personal information, never. Also there's the power issue, this is [[Lagos|CITY]], when NEPA takes light and the generator is off, no AI for anybody. I'm joking, but not fully.

AI: How do you see AI affecting accounting as a profession?

User: The junior work will change. Data entry, reconciliations, the things I did when I started at a firm on [[Broad Street|ADDRESS]] in [[2006|DATE]] for almost nothing. My son [[Somto|PERSON]] is [[fifteen|AGE]] and he wants to do accounting, and I told him, learn to ask good questions, because the machine will do the adding. [[Aliko Dangote|PUBLIC_FIGURE]] didn't get rich by doing his own reconciliations. But also, accountants are about judgement and trust. A machine cannot sign an audit opinion. Somebody has to go to jail if it's wrong. I do talks at the [[ICAN|ORGANIZATION]] district society sometimes, on AI for finance people. And I post tips on [[X|SOFTWARE]], I'm [[@ChinnyTheCA|SOCIAL_HANDLE]]. Many young accountants send me messages asking how to start. I tell them, start with the boring things.

AI: Thank you so much, [[Chinny|PERSON]]. How would you prefer to be contacted if we have follow-up questions?

User: Email is best, my personal one: [[chinny.okonkwo(at)yahoo(dot)co(dot)uk|OBF_EMAIL|paren_at_dot]]. I write it that way because of all the spam from "investment opportunities". And please don't call during month-end, I will not pick up, even for research!""")

# 10 Philippines - BPO team leader
T.append("""AI: Hi, thanks for joining us. Could you start by introducing yourself?

User: Hi! I'm [[Mary Grace Villanueva|PERSON]], but at work I'm just [[Gracie|PERSON]]. I'm [[32|AGE]], and I'm a [[customer support team leader|JOB_TITLE]] at [[Northbridge CX|ORGANIZATION]], it's a BPO in [[Cebu IT Park|CITY]] in [[Cebu City|CITY]]. I handle fourteen agents on a telco account, the client is in the [[US|COUNTRY]]. I started on the phones in [[2015|DATE]] and got promoted to [[TL|JOB_TITLE]] in [[January 2022|DATE]]. We're on the graveyard shift, because of the [[US|COUNTRY]] time zones, so ten p.m. to seven a.m. I do the huddle at the start, then I monitor the queues in [[Genesys|SOFTWARE]], listen to calls, help agents with escalations, and do coaching. Tickets are in [[Zendesk|SOFTWARE]]. And then there's the scorecards, every week, that's the part I hate.

AI: Where does AI come in?

User: A lot, actually. The client gave us an "agent assist" tool last year. While the agent is on the call, it listens and suggests answers on the screen, like the knowledge base article or what to say for a billing dispute. It also writes the call summary automatically after. Before that, agents spent maybe two minutes after every call writing notes. For a team that takes eighty calls a night each, that's a lot. Then on my side I use [[ChatGPT|AI_PRODUCT]] to help write the coaching forms, and [[Grammarly|AI_PRODUCT]] for my emails to the client, because they are very picky with English.

AI: How do your agents feel about the agent assist tool?

User: Mixed, depends on the person. [[Jun-Jun|PERSON]], he's my top agent, he says it slows him down, he already knows everything, the suggestions pop up and distract him. [[Tintin Abellana|PERSON]], she's new, only three months, and for her it's like a lifesaver, she said she would have resigned in the first week without it. But also, the tool scores their "empathy" now, and the agents feel like they are being watched by a robot the whole night. One agent, [[Bong|PERSON]], got a low empathy score because he was speaking Bisaya with his seatmate in between calls and it picked it up. We had to dispute that with QA.

AI: Can you describe a time when you had to step in because of the AI?

User: Yes. There was a customer, very angry, his internet was down for a week and his daughter needed it for online classes. The tool kept suggesting the standard script, "I understand your frustration, let me check your account". [[Tintin|PERSON]] read it word for word, three times, and he got more angry. I took the call. Sometimes you just need to stop the script and say, "sir, I'm a mom too, I'm going to fix this". My [[OM|GENERIC_ROLE]], Sir [[Dennis|PERSON]], he listened to the recording after and he used it in a training about when not to follow the tool.

AI: Do you worry about AI affecting jobs in your industry?

User: Of course, everybody in [[Cebu|CITY]] talks about it. The BPO is the biggest employer for young people here. If the bots take the simple calls, what happens to the new agents like [[Tintin|PERSON]]? Even [[Bongbong Marcos|PUBLIC_FIGURE]] talked about AI and the BPO sector in a speech, so you know it's serious. I think the simple calls will go, and the hard calls will stay with humans, and the hard calls are the ones that burn you out. How I manage personally? Honestly, sleep and my kids. My husband [[Rodel|PERSON]] is a [[seafarer|JOB_TITLE]], he's on a ship near [[Singapore|COUNTRY]] right now, so I'm with my mom and my daughter [[Princess|PERSON]] during the day. Some days I sleep four hours. I use [[ChatGPT|AI_PRODUCT]] also for meal plans for the week, because I don't have energy to think what to cook.

AI: Thank you, [[Gracie|PERSON]]. Would you be okay to be contacted again?

User: Sure, text me on [[0 9 1 7 - 5 5 2 - 8 0 4 6|OBF_PHONE|spaced_digits]], I write it spaced because of the scammers, grabe the text scams here. Afternoon is best, before my shift, not in the morning because I'm sleeping!""")


# 11 France - freelance graphic designer
T.append("""AI: Bonjour, and thanks for joining. Could you introduce yourself?

User: Bonjour! I'm [[Camille Roux|PERSON]], I'm [[36|AGE]], and I'm a [[freelance graphic designer|JOB_TITLE]] in [[Lyon|CITY]], I live and work up on the [[Croix-Rousse|CITY]]. I've been freelance since [[2017|DATE]]. Before that I was in-house for four years at [[Groupe SEB|ORGANIZATION]], designing packaging for frying pans, which is more interesting than it sounds. I studied at [[École Émile Cohl|SCHOOL]], which is an illustration school here, so drawing by hand is still the heart of what I do.

AI: How has AI entered your work, if at all?

User: It's complicated, honestly. On one side, the tools are everywhere. [[Photoshop|SOFTWARE]] has [[Generative Fill|AI_PRODUCT]] now, and I use it every week for boring things, extending a background, removing a cable from a photo. That's just a better eraser. I use [[Le Chat|AI_PRODUCT]], the French one from [[Mistral|AI_PRODUCT]], for emails and quotes, and sometimes [[ChatGPT|AI_PRODUCT]]. On the other side, the image generators like [[Midjourney|AI_PRODUCT]] are taking work from my friends. My friend [[Inès|PERSON]] is an [[illustrator|JOB_TITLE]] and she lost two book covers last year to a publisher who "tried AI first".

AI: Have you used image generators yourself for client work?

User: Once, and I regretted it. A client, [[Domaine des Perrières|ORGANIZATION]], a small wine estate in [[Beaujolais|CITY]], wanted a new label and a very small budget. The owner, [[Bertrand|PERSON]], sent me images he had made in [[Midjourney|AI_PRODUCT]] and said "like this, but better". So I used [[Firefly|AI_PRODUCT]] for the mood board, because Adobe says it's trained on licensed images, and then I drew the final label myself. It looked good. But when I posted it, someone commented "AI slop" under it, and I spent a whole evening justifying myself. Now I write on every project what was done by hand and what was done with a tool.

AI: How do you talk about AI with clients now?

User: I put it in the quote. There is a line: "no generative images in the final delivery unless agreed". Most clients are relieved, actually. The [[Théâtre des Pentes|ORGANIZATION]], who are my best client, they are a small theatre in the [[1st arrondissement|CITY]], they asked me to guarantee it because their audience would be angry. Their [[communications manager|GENERIC_ROLE]], [[Sandrine|PERSON]], said it's a question of values for them. Other clients, the bigger ones, they ask "why are you so slow if AI exists?". I quote [[Hayao Miyazaki|PUBLIC_FIGURE]] at them sometimes, the "insult to life itself" thing, but it doesn't always work with a marketing director.

AI: What about the administrative side of freelancing?

User: That's where AI helps me the most, truly. I hate admin. I asked [[ChatGPT|AI_PRODUCT]] to make an invoice template and it invented a SIRET number, very confident, so I had to put my real one, [[853 204 117 00026|NATIONAL_ID]], and then I realised I'd just typed my SIRET into a chatbot, so, bravo [[Camille|PERSON]]. My [[accountant|JOB_TITLE]], Mme [[Garnier|PERSON]], nearly fainted when I told her. My partner [[Mathieu|PERSON]] is a developer and he laughs at me, he says the French administration is the only thing AI will never understand.

AI: Where can people see your work, and how would you like to be contacted for follow-up?

User: My portfolio is [[camilleroux-studio.fr|URL]], and on [[Instagram|SOFTWARE]] I'm [[@camille.roux.graphisme|SOCIAL_HANDLE]], that's where most clients find me. For the study, email me at [[camille point roux arobase laposte point net|OBF_EMAIL|french_arobase_point]], sorry, I always say it the French way, "arobase". And not on [[Wednesdays|GENERIC_TIME]], that's my day with my son, no screens, in principle.""")

# 12 Australia - plumber and gasfitter
T.append("""AI: G'day, and thanks for making the time. Can you tell me a bit about yourself?

User: No worries. I'm [[Darren Mitchell|PERSON]], everyone calls me [[Dazza|PERSON]]. I'm [[48|AGE]], I'm a [[plumber and gasfitter|JOB_TITLE]], and I run [[Mitchell & Sons Plumbing|ORGANIZATION]] out of [[Chermside|CITY]] on the north side of [[Brisbane|CITY]]. It was my old man's business, I started my apprenticeship with him in [[1993|DATE]]. Now it's me, two qualified blokes, an apprentice, and my wife [[Shaz|PERSON]] doing the books and the phones. We cover from [[Redcliffe|CITY]] down to the city, sometimes up the [[Sunshine Coast|CITY]] if it's a big job.

AI: Where does AI come into a plumbing business?

User: Mate, I didn't think it would at all. But [[Shaz|PERSON]] started using [[ChatGPT|AI_PRODUCT]] for the quotes and the follow-up emails, and now I use it too. Job management is [[ServiceM8|SOFTWARE]], accounts go in [[Xero|SOFTWARE]], and she uses the AI to turn my voice notes into proper quotes. I'll be in the ute after a job saying "replace HWS, 250 litre, relocate to the side of the house, new tempering valve", and it turns that into a nice quote the customer can understand. Saves her hours. I use [[Siri|AI_PRODUCT]] to dictate because my thumbs are too big for the phone.

AI: Is there anything on the tools side, on the actual jobs?

User: Yeah, a bit. [[Google Lens|AI_PRODUCT]] is handy for old fittings. You open up a wall in a Queenslander in [[Nundah|CITY]] and there's some brass thing from nineteen-fifty, you take a photo and it tells you what it might be. Half the time it's wrong, but it gives you a start. And my apprentice [[Jayden|PERSON]] asks [[ChatGPT|AI_PRODUCT]] about the standards, AS/NZS 3500, for his [[TAFE|SCHOOL]] assignments. I told him to double-check with the actual book, because it told him a wrong pipe size once and he nearly failed an assessment.

AI: Any memorable job where it helped, or didn't?

User: There was an old lady in [[Nundah|CITY]], Mrs [[Papadopoulos|PERSON]], lovely lady, had a leak under the slab. Huge job. [[Shaz|PERSON]] used the AI to write a letter for her insurance claim, explaining the leak detection and why we had to reroute the pipes. The insurer paid the whole thing, first time. Mrs [[Papadopoulos|PERSON]] made us a tray of baklava. So that one was a win. The bad one was when it wrote a quote for a customer with my QBCC licence number wrong. Every quote in [[Queensland|CITY]] has to have it. It just made up a number. Now the template has the real one typed in, [[1204587|NATIONAL_ID]], and nobody lets the AI touch that line.

AI: How do you think AI will affect the trades?

User: It won't unblock a toilet, I'll tell you that for free. The robots in the videos, from [[Elon Musk|PUBLIC_FIGURE]] and that, they can fold a t-shirt. Come crawl under a house in [[January|GENERIC_TIME]] when it's forty degrees and full of spiders, then we'll talk. But the paperwork side, yeah, it's changing. The young ones coming through know it better than me. My son [[Cooper|PERSON]] is [[seventeen|AGE]] and he wants to be an [[electrician|JOB_TITLE]], not a [[plumber|JOB_TITLE]], which I'm trying not to take personally. Even [[Albo|PUBLIC_FIGURE]] keeps going on about needing more tradies, so I reckon we're safe for a while.

AI: Thanks, [[Darren|PERSON]]. How would you like to be contacted for follow-up?

User: Best to ring me, but not before smoko. Mobile's [[oh-four-one-two, 3 double-seven, 9 oh 5|OBF_PHONE|mixed_digits_words]], that's how [[Shaz|PERSON]] makes me say it on the voicemail so the bots don't pick it up. Or try [[Friday arvo|GENERIC_TIME]], things are quieter then.""")

# 13 Poland - freight dispatcher
T.append("""AI: Dzień dobry, and thank you for joining. Could you introduce yourself?

User: Dzień dobry. I am [[Katarzyna Wiśniewska|PERSON]], everyone says [[Kasia|PERSON]]. I am [[39|AGE]] years old, I work as a [[transport dispatcher|JOB_TITLE]] at [[Bałtyk Cargo|ORGANIZATION]], a freight forwarding company in [[Gdańsk|CITY]]. I studied logistics at [[Uniwersytet Gdański|SCHOOL]], finished in [[2008|DATE]], and I am with this company since [[2012|DATE]]. I coordinate about twenty-five trucks, mostly going to [[Sweden|COUNTRY]], [[Germany|COUNTRY]] and the [[Netherlands|COUNTRY]].

AI: What does your day involve, and where does AI come in?

User: My day is phone, phone, phone. Drivers, clients, loading places, ferries. We find loads on [[TIMOCOM|SOFTWARE]] and [[Trans.eu|SOFTWARE]], the freight exchanges, and we have a transport management system which is honestly from another century. AI came in a practical way. We have drivers from [[Poland|COUNTRY]], [[Ukraine|COUNTRY]], [[Belarus|COUNTRY]], one from [[Georgia|COUNTRY]], and the clients are Swedish, German, Dutch. So I use [[DeepL|AI_PRODUCT]] all day for emails, and [[ChatGPT|AI_PRODUCT]] when I need to write something difficult, like a complaint to a ferry company, or explain to a client why the truck is late without saying "the driver overslept".

AI: Could you give me an example from recently?

User: Yes, last week. One of my drivers, [[Oleksandr|PERSON]], had a problem at the border, documents missing for the cargo, and the customs officer was speaking only Lithuanian and Russian. [[Oleksandr|PERSON]] speaks Russian, but the documents were in English and Swedish. So he sent me photos on [[WhatsApp|SOFTWARE]], I put them in [[ChatGPT|AI_PRODUCT]] to read the text and explain what the officer wanted, and then I called our client, [[Nordfrakt AB|ORGANIZATION]] in [[Gothenburg|CITY]], to send the right certificate. Two hours instead of two days. Before, I would have been calling half of [[Europe|CONTINENT]].

AI: How do the drivers and your colleagues react to AI?

User: The drivers use it more than me! [[Mirek|PERSON]], he is [[sixty|AGE]] and drives for us twenty years, he uses the voice assistant to dictate messages because his eyes are not good for small letters. His messages always start "ok [[kasia|PERSON]]" with small letters, and then a very formal paragraph, because he asks the phone to "make it polite". In my office, my [[boss|GENERIC_ROLE]], pan [[Zbigniew|PERSON]], is suspicious. He says AI will make mistakes with the tachograph rules and we will pay fines. He is right that I never ask it about driving time rules, that I know by heart. We had a short training in [[spring|GENERIC_TIME]] from a consultant. The rule is no personal data of drivers, no PESEL numbers, no passport numbers in AI tools. For the system we log in with the employee number, mine is [[BC-0318|NATIONAL_ID]], and the IT person said the AI tools must never see anything from there. Also the prices. Our freight rates are our secret, so I write "price X" when I ask for help with a contract.

AI: How do you see your job changing in the next years?

User: There are already companies with AI that matches trucks and loads automatically. Maybe in ten years a dispatcher is not needed for the simple routes. But when a truck breaks down in a snowstorm in [[Norway|COUNTRY]] at two in the night, the driver wants a human voice. I think my job becomes more like that, the problems, not the planning. My daughter [[Zosia|PERSON]] is [[twelve|AGE]] and she asks me if robots will drive the trucks. I tell her, first they must learn to park at the ferry in [[Gdynia|CITY]], even humans can't do it.

AI: Thank you, [[Kasia|PERSON]]. How can we contact you if we have more questions?

User: Write to my private email, [[k.wisniewska małpa wp kropka pl|OBF_EMAIL|polish_malpa_kropka]]. In Polish we say "małpa" for the @, it means monkey. Better not in the morning, from six to ten I am on the phone with the drivers and I will not answer anything else.""")

# 14 South Korea - UX researcher, fintech
T.append("""AI: Hello, thanks for taking part. Could you start by introducing yourself?

User: Hello. I'm [[Park Ji-yeon|PERSON]], I'm [[34|AGE]], and I work as a [[UX researcher|JOB_TITLE]] at [[Hanbit Pay|ORGANIZATION]], a fintech company in [[Pangyo|CITY]]. I commute from [[Mapo|CITY]] in [[Seoul|CITY]], which is about an hour each way. I studied psychology at [[Yonsei University|SCHOOL]] and then did a master's in HCI at [[Carnegie Mellon|SCHOOL]] in [[Pittsburgh|CITY]]. I joined the company in [[May 2020|DATE]], right in the middle of COVID.

AI: How does AI fit into your research work?

User: It changed my job a lot in the last two years. The biggest thing is transcription. Before, we paid a company or an intern typed the interviews. Now we record with [[Clova Note|AI_PRODUCT]], it transcribes Korean very well, even older people with a strong regional dialect, mostly. Then I use [[ChatGPT|AI_PRODUCT]] or the company's internal tool built on [[HyperCLOVA X|AI_PRODUCT]] to help cluster the quotes into themes. We keep the research repository in [[Notion|SOFTWARE]], and [[Notion AI|AI_PRODUCT]] can summarise a whole study page, which my [[team lead|GENERIC_ROLE]] loves because she reads only summaries.

AI: Can you walk me through a recent study?

User: Last quarter we studied how people in their sixties and seventies use our payment app. We did twelve interviews, some in [[Daegu|CITY]] and [[Busan|CITY]]. The AI clustering said the main problem was "font size". But when I listened again, the real problem was fear, fear of sending money to the wrong person, because of voice phishing scams, which are very common here. The font size was what they said first, politely. The AI took it literally. My colleague [[Lee Soo-ah|PERSON]], our [[product designer|JOB_TITLE]], agreed with me after she listened to three recordings, so we redesigned the confirmation screen, not the fonts.

AI: How do your colleagues and managers view the use of AI in research?

User: There is pressure to be faster. Our [[CPO|GENERIC_ROLE]] said in a town hall that with AI, a study should take one week, not four. I understand, but talking to people still takes time. [[Soo-ah|PERSON]] and I joke that the AI is like a new intern who is very fast and very confident and never says "I don't know". The engineers use it the most. On our team [[Slack|SOFTWARE]] people post screenshots of funny answers. We also use [[KakaoTalk|SOFTWARE]] with participants to schedule the sessions, and I never put those chats into any AI.

AI: What worries you, if anything, about where this is going?

User: Two things. One is privacy. Our participants tell us about their debts, their family money problems. I anonymise everything before it goes near an AI tool, and we got approval from legal for the internal one only. The second is skill. Junior researchers may never learn to really listen. My husband [[Junho|PERSON]] is a game developer and he says the same about junior programmers. Young people here watch [[Faker|PUBLIC_FIGURE]] play for ten thousand hours to be good, but they don't want to spend ten hours listening to interviews.

AI: Thank you, [[Ji-yeon|PERSON]]. Could we reach you for a follow-up?

User: Sure. My email is [[jiyeon.park.ux@gmail.com|EMAIL_ADDRESS]], or you can send a message to [[010-4827-3316|PHONE_NUMBER]]. Weekday evenings after nine are better, or [[Saturday mornings|GENERIC_TIME]].""")

# 15 USA - child welfare social worker
T.append("""AI: Thank you for joining. Could you tell me about yourself and what you do?

User: Sure, honey. I'm [[Marisol Reyes|PERSON]], I'm [[fifty-three|AGE]], and I'm a [[licensed social worker|JOB_TITLE]] with the [[Cuyahoga County Division of Children and Family Services|ORGANIZATION]] in [[Cleveland|CITY]]. I've been in child welfare since [[1998|DATE]], right after I got my MSW from [[Case Western Reserve University|SCHOOL]]. These days I'm an [[ongoing caseworker|JOB_TITLE]], so I work with families after a case is opened, mostly on the east side, [[Slavic Village|CITY]], [[Glenville|CITY]], some in [[East Cleveland|CITY]].

AI: How does AI come into that kind of work?

User: Slowly, and with a lot of arguments. The county rolled out [[Copilot|AI_PRODUCT]] this year for some staff, and I'm in the pilot. Our big pain is documentation. For every home visit I have to write contact notes in [[Ohio SACWIS|SOFTWARE]], the state system, and some weeks I have twenty visits. I'd be up until midnight typing. Now I use [[Copilot|AI_PRODUCT]] to clean up my notes. I write fast and messy, with abbreviations, and it makes it readable. But I never put names or case numbers in there, I write "mother", "child one", "child two".

AI: Can you give me an example where it helped or didn't?

User: Helped, definitely with court reports. The magistrate wants them organized a certain way, and [[Copilot|AI_PRODUCT]] is good at structure. Where it didn't help, there was one time it changed my meaning. I wrote that the grandmother, Ms. [[Odom|PERSON]], was "overwhelmed but engaged", and it smoothed it into "struggling to engage". That's a completely different thing in court! That could change whether those kids stay with her. I caught it, but I worry about the younger workers who might not. My [[supervisor|GENERIC_ROLE]], [[Denise Kowalczyk|PERSON]], made a rule after that: you read every sentence the AI touched, out loud if you have to.

AI: How do your colleagues feel about it?

User: Split. [[Tyrell|PERSON]], he's been here three years, he loves it, he says it gave him his evenings back. Some of the older workers think it's the first step to replacing us with an algorithm, because there was that whole controversy a few years ago with counties using predictive risk scores. People remember that. There was talk about using [[Otter.ai|AI_PRODUCT]] to record home visits and transcribe them, and the union pushed back hard. I agree with them. Families are not going to open up if there's a phone recording on the kitchen table.

AI: How do you feel personally about AI in social work?

User: I'm cautious but not against it. The paperwork is what burns people out in this job, not the families. If it takes away even some of the paperwork, good. But the judgment, the knock on the door, that's us. My daughter [[Gabriela|PERSON]], [[Gabi|PERSON]], she's a [[nurse|JOB_TITLE]] at [[MetroHealth|ORGANIZATION]], and she tells me the doctors are using AI to write their notes now too. We compare horror stories on [[Sunday|GENERIC_TIME]] at my mother's house in [[Parma|CITY]]. I watched that Senate hearing with [[Sam Altman|PUBLIC_FIGURE]] and I thought, nobody in that room has ever done a home visit.

AI: Thank you so much, [[Marisol|PERSON]]. How would you like us to contact you if needed?

User: Email, please, my personal one, not the county. It's [[marisol underscore reyes at gmail|OBF_EMAIL|spelled_underscore_no_tld]], dot com, you know. I spell it out because our IT blocks anything that looks like an external email in [[Teams|SOFTWARE]] chats. And after five, please. During the day I'm in the car half the time.""")


# 16 Egypt - community pharmacist
T.append("""AI: Thank you for joining today. Could you please introduce yourself?

User: Thank you. My name is [[Mohamed Adel Fawzy|PERSON]], I am [[29|AGE]] years old, and I am a [[community pharmacist|JOB_TITLE]]. I work at [[El Nour Pharmacies|ORGANIZATION]], the branch in [[Smouha|CITY]], in [[Alexandria|CITY]]. I graduated from the faculty of pharmacy at [[Alexandria University|SCHOOL]] in [[2018|DATE]]. Here in [[Egypt|COUNTRY]] people call the pharmacist "doctor", so at work I am Dr. [[Mohamed|PERSON]], even though I don't have a PhD.

AI: How do you use AI in your work at the pharmacy?

User: Mostly for checking and for explaining. When a patient comes with a prescription from three different doctors, I want to check interactions. We have [[Medscape|SOFTWARE]] and [[Drugs.com|SOFTWARE]] for that, and they are reliable. But sometimes I use [[ChatGPT|AI_PRODUCT]] to explain something in simple Arabic, in Egyptian dialect, not the formal one. For example, how to use an insulin pen, or why you must finish the antibiotic. Many of our customers are older, and they trust the pharmacist more than the doctor, honestly, because the doctor gives them five minutes and we give them fifteen.

AI: Can you give me an example of a specific situation?

User: Yes, during [[Ramadan|GENERIC_TIME]], every year we have many diabetic patients who want to fast, and they need to change the timing of their medicines. There is an old man who comes every month, Hagg [[Saeed|PERSON]], he has diabetes and blood pressure, and he insisted to fast. I asked [[ChatGPT|AI_PRODUCT]] to help me make a simple schedule card, suhoor and iftar, with his medicines, without his name of course. Then I checked everything with the guidelines and with Dr. [[Heba|PERSON]], she is the [[clinical pharmacist|JOB_TITLE]] in our main branch. The card was very clear and big letters. Hagg [[Saeed|PERSON]] came back after Eid and said his sugar was good, and he asked me to make one for his wife also.

AI: How do your colleagues use or view these tools?

User: [[Mahmoud|PERSON]], our [[pharmacy assistant|JOB_TITLE]], he is [[twenty|AGE]] and he uses it for everything, also to write posts for the pharmacy's [[Facebook|SOFTWARE]] page. Dr. [[Heba|PERSON]] is careful, she says AI is good for language but not for decisions. Our [[branch manager|GENERIC_ROLE]] doesn't care as long as the sales are good. I think the biggest danger is that customers use AI before they come to us. One woman came and asked for a strong antibiotic for her son because "the AI said so". I refused, of course. It's a big problem in [[Egypt|COUNTRY]], people buy antibiotics without prescription anyway. And the AI makes mistakes too. Once it gave me a dose for a child's syrup that was double. If I didn't check, that's a disaster. So I never use it for doses, never. For privacy, I don't enter names or national ID numbers, the pharmacy system has them, but I keep that separate. Also the internet at the branch is slow, so I use my phone. My brother [[Ahmed|PERSON]] works in a hospital pharmacy in [[Riyadh|CITY]], in [[Saudi Arabia|COUNTRY]], and he says there they have much stricter rules, the company blocks all the AI websites.

AI: How do you see the future of your profession with AI?

User: I think the pharmacist who only sells boxes will disappear. The pharmacist who talks to people will stay. Everyone here loves [[Mohamed Salah|PUBLIC_FIGURE]] and says "be like [[Salah|PUBLIC_FIGURE]], work hard", and I say, be like [[Magdi Yacoub|PUBLIC_FIGURE]], use the science for the people. Hmm, that sounds like a speech. But I mean it. I am thinking to do a master's in clinical pharmacy, maybe online.

AI: Thank you, Dr. [[Mohamed|PERSON]]. May we contact you again if we have follow-up questions?

User: Yes, of course. My mobile is [[٠١٢٢ ٤٥٨ ٣٠٩١|OBF_PHONE|arabic_indic_digits]], I write it with Arabic numbers because this is how I write it on the prescription labels. Please send a message first, because in the evening shift the pharmacy is very busy, from six until midnight.""")

# 17 Spain - architect, small studio
T.append("""AI: Hola, and thank you for joining. Could you tell me about yourself?

User: Hola! I'm [[Lucía Ferrer Climent|PERSON]], I'm [[42|AGE]], and I'm an [[architect|JOB_TITLE]]. I have a small studio with my partner in the business, [[Pau Soler|PERSON]], it's called [[Ferrer Soler Arquitectes|ORGANIZATION]], in [[Russafa|CITY]], in [[Valencia|CITY]]. We are four people. I studied at the [[Universitat Politècnica de València|SCHOOL]] and I'm registered with the architects' college since [[2008|DATE]], colegiada number [[11482|NATIONAL_ID]]. We do mostly housing rehabilitation, old buildings, and some small public projects.

AI: How has AI come into your practice?

User: In two very different ways. For the images, at the beginning of a project, we use [[Midjourney|AI_PRODUCT]] and a plugin called [[Veras|AI_PRODUCT]] inside [[SketchUp|SOFTWARE]], it takes your basic model and makes a render with light and materials. For the first meeting with a client, that's magic, in one hour you have ten atmospheres. Then the real work is in [[Revit|SOFTWARE]] and [[AutoCAD|SOFTWARE]], no AI there. And then for text, I use [[ChatGPT|AI_PRODUCT]] for the "memoria", the written report of the project, and to check things in the building code, the CTE, although I always verify, because it mixes up articles.

AI: Could you describe a specific project where AI was involved?

User: After the DANA, the floods in [[October 2024|DATE]], we had many requests for rehabilitation of ground floors in [[Paiporta|CITY]] and [[Catarroja|CITY]]. One client, [[Amparo|PERSON]], a retired lady, her house was flooded up to one metre sixty. She wanted to rebuild but she was afraid. With [[Veras|AI_PRODUCT]] we showed her three options in one afternoon, raising the floor, moving the bedroom upstairs, and she cried when she saw one of them, because it looked like home again. That was beautiful. But then I had to explain that the render doesn't know about the budget or the structure, and one option was impossible. The images create expectations.

AI: How do your colleagues in the studio feel about these tools?

User: [[Pau|PERSON]] is more enthusiastic than me. [[Nacho|PERSON]], our youngest [[architect|JOB_TITLE]], does all the AI images, he is very fast. But we had a discussion, because a render he made had a window that was physically impossible, and the client fell in love with that window. So now the rule is: no AI image goes to a client without [[Pau|PERSON]] or me checking it. There is also the ethical question. Competitions now receive proposals with beautiful AI images and no real design behind them. And of course, here in [[Valencia|CITY]] everyone has an opinion about [[Santiago Calatrava|PUBLIC_FIGURE]]'s buildings. I joke that AI designs like him, spectacular images, and then the roof leaks.

AI: Are there parts of your work where you avoid AI?

User: Calculations and legal documents. The [[structural engineer|JOB_TITLE]] we work with, [[Vicent|PERSON]], would kill me. Also I don't upload client plans with the addresses, because the plans of a house are private information, where the doors are, where the windows are. For the memoria I write "a building in a town near [[Valencia|CITY]]" until the final version. And I am careful on [[Fridays|GENERIC_TIME]], when I am tired, because that's when I'm tempted to trust it too much.

AI: Thank you, [[Lucía|PERSON]]. How could we contact you for follow-up?

User: My email is [[lucia＠ferrersoler．es|OBF_EMAIL|fullwidth_at_dot]], I put it like that on the website with the wide characters, the web designer told me it stops the robots that collect emails. If it doesn't work, the studio phone is on the website. Better in the morning, in the afternoon I'm usually on a construction site.""")

# 18 South Africa - maths teacher and HOD
T.append("""AI: Sawubona, and thanks for joining. Could you tell me a little about yourself?

User: Yebo, thank you. I'm [[Thandeka Mkhize|PERSON]], I'm [[45|AGE]], and I'm a [[maths teacher|JOB_TITLE]] and the [[HOD|JOB_TITLE]] for maths and science at [[Zwelethu Secondary School|SCHOOL]] in [[Umlazi|CITY]], just south of [[Durban|CITY]]. I've been teaching since [[2004|DATE]], I did my degree at [[UKZN|SCHOOL]]. I teach Grade 12 maths, which is the matric class, so the pressure is very high.

AI: How does AI fit into your teaching, if at all?

User: It started because of the learners, honestly. In [[2023|DATE]] I noticed the homework was suddenly perfect, step by step, and then in the test, nothing. They were using [[Photomath|AI_PRODUCT]], you take a photo and it gives you the solution. So I thought, if I can't beat it, let me learn it. Now I use [[ChatGPT|AI_PRODUCT]] to make practice questions at different levels, and to explain concepts in isiZulu when the learners struggle with the English of the textbook. And we use [[Siyavula|SOFTWARE]] for practice, the learners can do it on their phones if they have data.

AI: Can you tell me about a particular learner or class where this made a difference?

User: There's a boy in my Grade 12 class, [[Lwazi Ndlovu|PERSON]], very clever but very quiet, he was failing functions. I asked [[ChatGPT|AI_PRODUCT]] to explain the hyperbola using taxi fares, because his father is a [[taxi driver|JOB_TITLE]] and he knows those routes like his hand. Suddenly he understood. Then I made a [[WhatsApp|SOFTWARE]] group for the class, and in the evenings when there's loadshedding I send voice notes and [[Lwazi|PERSON]] helps the others. [[Precious|PERSON]] and [[Sipho|PERSON]] started asking him questions instead of copying from [[Photomath|AI_PRODUCT]]. That was a good term.

AI: How do your colleagues and school leadership feel?

User: Our [[principal|GENERIC_ROLE]], Mr [[Zulu|PERSON]], is supportive but worried about the exams, because the [[Department of Basic Education|ORGANIZATION]] hasn't given clear rules. Some teachers think it's cheating, full stop. Mrs [[Pillay|PERSON]], she teaches physical science, she is [[sixty-two|AGE]], she says "in my day we had a slide rule and we were grateful". But she asked me last week to show her how to make a worksheet, so, slowly. There's a teacher from [[Zimbabwe|COUNTRY]] in our department, [[Tendai|PERSON]], he is the youngest, and he is the one who showed me [[Khanmigo|AI_PRODUCT]], but it's not really available for us here, so we just watch the videos and dream.

AI: What concerns do you have about AI in education?

User: Equity, number one. The learners in the former Model C schools in [[Umhlanga|CITY]] have laptops and the paid versions. My learners share one phone between three siblings, and data is expensive. If AI becomes necessary to do well, the gap will grow. Even [[Cyril Ramaphosa|PUBLIC_FIGURE]] talks about the fourth industrial revolution in every speech, but in [[Umlazi|CITY]] we are still fighting for data and electricity. Number two is privacy. The marks and the learners' details are in [[SA-SAMS|SOFTWARE]], the school system, and that never goes into any AI. When I ask about a learner, I say "a learner", no names. And number three is me, I worry I will get lazy. Twenty years I made my own worksheets. My husband [[Bheki|PERSON]] says I talk to [[ChatGPT|AI_PRODUCT]] more than to him, which is maybe true during exam time in [[October|GENERIC_TIME]].

AI: Thank you, [[Thandeka|PERSON]]. How can we reach you if we have more questions?

User: [[WhatsApp|SOFTWARE]] is best, [[082 555 0143|PHONE_NUMBER]]. And if you want to see what I do, I post short maths videos on [[TikTok|SOFTWARE]], I'm [[@MaMkhize_Maths|SOCIAL_HANDLE]]. The learners found it in one day and now they comment "Ma'am, do a video on probability", so I'm working for free in the evenings also!""")

# 19 Italy - hairdresser, salon owner
T.append("""AI: Buongiorno, thank you for joining. Could you introduce yourself?

User: Buongiorno! I'm [[Giulia Bernardi|PERSON]], I'm [[33|AGE]], I'm a [[hairdresser|JOB_TITLE]] and I have my own salon, [[Salone Giulia & Co.|ORGANIZATION]], in [[Via San Vitale 48|ADDRESS]], in the centre of [[Bologna|CITY]]. I opened it in [[2019|DATE]], just before COVID, so, perfect timing. Before that I worked eight years for another salon in [[Modena|CITY]], where I grew up. Now we are three: me, [[Martina|PERSON]], who is a [[colourist|JOB_TITLE]] and my best friend since school, and [[Yasmine|PERSON]], my [[apprentice|JOB_TITLE]], she is [[nineteen|AGE]] and she came from [[Morocco|COUNTRY]] with her family when she was little.

AI: How does AI come into a hair salon?

User: You would be surprised! The bookings are on [[Treatwell|SOFTWARE]], and now it sends automatic reminders, that's not AI exactly but it helps. The big thing is [[Instagram|SOFTWARE]]. Half of my new clients come from [[Instagram|SOFTWARE]], and I'm not good with words, I'm good with scissors. So I use [[ChatGPT|AI_PRODUCT]] to write the captions, in Italian and English, because [[Bologna|CITY]] is full of students from everywhere. And [[Yasmine|PERSON]] showed me an app, [[ModiFace|AI_PRODUCT]], where the client takes a photo and sees herself with a different colour. For clients who are afraid of changing, it is fantastic.

AI: Can you tell me about a specific client experience with that?

User: Yes! There's a signora who has come since the first day, signora [[Franca|PERSON]], she is [[eighty-one|AGE]], always the same blonde for forty years. One day [[Yasmine|PERSON]] showed her on the app what she would look like with her natural grey, silver. She looked for a long time, and then she said "but I look like my mother", and she was smiling. We did it slowly over three months. Now she is silver and she tells everyone at the market that a computer convinced her. But the other side is, sometimes a young client comes with an AI photo, perfect hair, impossible, no hair in the world looks like that, and she wants it. And I have to explain that the photo is not real. [[Martina|PERSON]] calls it "the [[Chiara Ferragni|PUBLIC_FIGURE]] effect", but worse.

AI: What about the business side, accounts, taxes?

User: Ah, that's [[Martina|PERSON]]'s nightmare and mine. We have an [[accountant|JOB_TITLE]], Dottor [[Mazzoni|PERSON]], but I use [[ChatGPT|AI_PRODUCT]] to understand his emails, honestly. Italian bureaucracy, you know. Once I pasted an invoice with my partita IVA, [[03718420372|NATIONAL_ID]], and the address of the salon, to ask about a tax, and then I thought, oh no, what did I do. Now [[Martina|PERSON]] makes me remove everything first. I also tried the [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] to answer booking messages, but it answered a client "we are open on [[Monday|GENERIC_TIME]]" and we are closed on [[Monday|GENERIC_TIME]]! So no more.

AI: How do you feel about AI and your profession in the future?

User: Nobody can cut hair through a computer. That's my security. But the marketing, the photos, all that, the salons with money will have better AI and better [[Instagram|SOFTWARE]], and the small ones like me have to run. And I think about [[Yasmine|PERSON]], she is very good with the phone, she will have a different career than me, maybe she'll cut hair and be an influencer at the same time. My boyfriend [[Davide|PERSON]] says I should do a course in [[the summer|GENERIC_TIME]], but in [[the summer|GENERIC_TIME]] I want the sea, not courses.

AI: Thank you, [[Giulia|PERSON]]. How can we reach you?

User: Call or write to the salon number, [[３４７ ８１２ ５５０９|OBF_PHONE|fullwidth_digits]]. I copied it like that from a template somebody gave me, with the big numbers, it looks nice on [[Instagram|SOFTWARE]] and the spam bots don't read it. Not on [[Saturday|GENERIC_TIME]], [[Saturday|GENERIC_TIME]] is impossible, we don't even eat.""")

# 20 Sweden - local news reporter
T.append("""AI: Hej, and thanks for joining. Could you introduce yourself?

User: Hej. I'm [[Elin Lindqvist|PERSON]], I'm [[57|AGE]], and I'm a [[reporter|JOB_TITLE]] at [[Skånska Morgonposten|ORGANIZATION]] in [[Malmö|CITY]]. I've worked there since [[1994|DATE]], so I'm part of the furniture. I cover local politics, mostly the municipalities around [[Malmö|CITY]], [[Lund|CITY]], [[Trelleborg|CITY]], [[Vellinge|CITY]]. I studied journalism at [[Södertörn University|SCHOOL]] a long time ago, when we still used fax machines.

AI: How has AI come into your work as a journalist?

User: Transcription first, that was the door. I used to spend hours transcribing interviews from council meetings. Now we have [[Good Tape|AI_PRODUCT]], a Danish service, and some colleagues use [[Whisper|AI_PRODUCT]] on their own laptops. It handles Skånska dialect quite well, better than I expected. Then the newsroom got a licence for [[ChatGPT Enterprise|AI_PRODUCT]] last year, with strict guidelines. We can use it for headline suggestions, for summarising long municipal documents, for translating. Not for writing articles. Our publishing system is [[Naviga|SOFTWARE]], and there's now an AI button that suggests tags and summaries, which I mostly ignore.

AI: Could you describe a recent story where you used AI?

User: In [[the autumn|GENERIC_TIME]] I was looking at a procurement case in [[Trelleborg|CITY]], the municipality bought school meals from a company, and there were eight hundred pages of documents. I used [[ChatGPT|AI_PRODUCT]] to find every place where the price changed. It found most of them, but it also missed one annex, which turned out to be the most important one. My [[editor|GENERIC_ROLE]], [[Fredrik|PERSON]], was very clear: every fact in the article must be checked against the original document by a human. So AI was a flashlight, not the investigator. The [[photographer|JOB_TITLE]] on that story, [[Jonas Berg|PERSON]], joked that at least the AI didn't ask for overtime.

AI: How do your colleagues feel about AI in the newsroom?

User: There's anxiety, of course. Local news has been cutting for twenty years. When the group announced an "AI strategy" in [[spring|GENERIC_TIME]], people thought it meant more cuts. The younger reporters use it more freely, [[Amanda|PERSON]], who started two years ago, asks it to suggest questions before interviews. I find that a bit sad, but her questions are good, so what do I know. I'm also the [[union representative|JOB_TITLE]] at the paper, so I've been in many meetings about this with management. We got an agreement that no article is published with AI-written text without it being labelled.

AI: Are there things about AI that worry you more broadly, as a journalist?

User: Fake material. During the election campaign we received a video of a local politician saying something terrible, and it was fake, generated. We almost published it. After that we have a checklist. And I worry about trust. If readers think everything is written by machines, why pay for a newspaper? When [[Ulf Kristersson|PUBLIC_FIGURE]] admitted he used AI tools for a "second opinion", there was a huge debate in [[Sweden|COUNTRY]]. Our readers wrote angry letters. It's funny, they care more about that than about the politics. My husband [[Per|PERSON]] says I should retire and grow tomatoes. Maybe in five years.

AI: Thank you, [[Elin|PERSON]]. How would you like to be contacted for follow-up?

User: You can find me on [[Bluesky|SOFTWARE]], [[@elinlindqvist.bsky.social|SOCIAL_HANDLE]], or by email, [[elin.lindqvist snabel-a morgonposten punkt se|OBF_EMAIL|swedish_snabel_a_punkt]]. In Swedish we call @ the "snabel-a", the elephant trunk A. I write it like that because sources sometimes send me things and I don't want it harvested by spam lists.""")


# 21 Indonesia - tax office account representative
T.append("""AI: Selamat siang, and thank you for joining. Could you introduce yourself?

User: Selamat siang. My name is [[Dewi Rahmawati|PERSON]], I am [[41|AGE]] years old, and I am a civil servant in the tax office. My position is [[account representative|JOB_TITLE]] at [[KPP Pratama Surabaya Rungkut|ORGANIZATION]], in [[Surabaya|CITY]]. I have been in the tax directorate since [[2008|DATE]], after I graduated from [[STAN|SCHOOL]], the state finance college. My first posting was in [[Balikpapan|CITY]], far from my family, and I moved back to [[Surabaya|CITY]] in [[2016|DATE]].

AI: What does your work involve, and where does AI come into it?

User: My job is to supervise a group of taxpayers, mostly small and medium businesses. I check their reports, I send letters asking for clarification, and I help them understand their obligations. Many of them are small traders who are very afraid of the tax office. For AI, officially we must be careful, because the data is secret by law. Our systems are internal, now the new [[Coretax|SOFTWARE]] system, which had many problems in the beginning, you maybe read in the news. I don't put any taxpayer data in public AI. But I use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] on my phone to help me write explanations in simple language, and to understand new regulations faster.

AI: Could you give me a specific example?

User: Yes. There is a batik shop owner in my group, Pak [[Slamet|PERSON]], very honest man, but he got a letter from the system saying he underpaid. He came to the office very worried, with his daughter [[Indah|PERSON]], who helps him with the bookkeeping. The regulation about final tax for small businesses had changed and he didn't understand. I asked [[ChatGPT|AI_PRODUCT]] to explain the change like for a shop owner, in simple Indonesian, with an example of a shop with three hundred million rupiah turnover, not his real numbers. Then I corrected some parts, because it mixed the old rate and the new rate. I printed it and explained to them. [[Indah|PERSON]] said it was the first time the tax office explained something they could understand. That made my day.

AI: How do your colleagues and supervisors view AI?

User: It depends on the generation. Bu [[Ratna|PERSON]], who sits next to me, she is close to retirement, she asks me to do everything with the phone for her. Our [[head of section|GENERIC_ROLE]], Pak [[Hendra|PERSON]], he is careful, he reminded us many times about data confidentiality, and there was a circular from headquarters. But he also asked me to make a short training for the new staff about using AI safely. I think even [[Sri Mulyani|PUBLIC_FIGURE]] talked about AI in taxation, so the leadership is interested. For the system, I log in with my NIP, my civil servant number, [[198304122008012015|NATIONAL_ID]], and of course that number never goes into an AI chat.

AI: What concerns do you have?

User: First, the data. People trust us with their income, their family situation. If one officer is careless, the whole institution loses trust. Second, I worry that taxpayers will use AI to make reports that look perfect but are wrong, and then they get a penalty and say "but the AI said". This already happened with one young business owner, he sells online, and his AI calculation was completely wrong. And the busiest time is [[March|GENERIC_TIME]], when everyone submits the annual return, so if many people make AI mistakes then, we will have a lot of work in [[April|GENERIC_TIME]].

AI: Thank you, Bu [[Dewi|PERSON]]. How would you like to be contacted for a follow-up?

User: Please contact me by [[WhatsApp|SOFTWARE]], [[O812-3345-67l9|OBF_PHONE|letter_for_digit]]. I write it with the letter O at the beginning and a small L instead of the one, because of the scam messages, everyone in [[Indonesia|COUNTRY]] gets them every day. Better after office hours, after five, or on the weekend, but not during [[Lebaran|GENERIC_TIME]], I will be in [[Kediri|CITY]] with my mother and my son [[Raka|PERSON]].""")

# 22 Vietnam - HR officer, garment factory
T.append("""AI: Xin chào, and thank you for joining. Could you introduce yourself?

User: Xin chào. My name is [[Nguyễn Thị Thu Hà|PERSON]], please call me [[Hà|PERSON]]. I'm [[36|AGE]]. I work as an [[HR officer|JOB_TITLE]] at [[Phú Thịnh Garment Company|ORGANIZATION]], a factory in [[Bình Dương|CITY]], near [[Ho Chi Minh City|CITY]]. We make sportswear for brands from [[Korea|COUNTRY]] and the [[United States|COUNTRY]]. I joined in [[2015|DATE]], after I graduated from the [[University of Economics Ho Chi Minh City|SCHOOL]]. I live in [[Thủ Đức|CITY]], so I ride my motorbike forty minutes each way.

AI: What does your job involve, and how does AI come in?

User: We have about two thousand eight hundred workers, most are women from the [[Mekong Delta|CITY]] or from the central provinces. I do recruitment, contracts, social insurance, and complaints. Our [[factory director|GENERIC_ROLE]] is Korean, Mr. [[Kim|PERSON]], and half of the managers speak Korean only, so translation is a big part of my day. I use [[Papago|AI_PRODUCT]] for Korean and [[ChatGPT|AI_PRODUCT]] for English, because the buyers' audit documents are in English. We talk to the workers mostly by [[Zalo|SOFTWARE]], and the records are in [[Excel|SOFTWARE]], still, I know.

AI: Could you give me an example of something specific?

User: Yes. Before a social compliance audit from an American buyer, I had to translate and explain the new code of conduct to all the line leaders. It was forty pages, very legal English. I used [[ChatGPT|AI_PRODUCT]] to make a short version in Vietnamese, then chị [[Lan|PERSON]], my senior colleague in HR, checked it because her English is better than mine. One sentence about overtime was translated wrongly, it said overtime "must be" voluntary, and the AI wrote it as "should be" voluntary, which is a very different meaning for workers. Chị [[Lan|PERSON]] found it. If we had printed that, it would be a problem in the audit.

AI: Do workers themselves use AI, as far as you know?

User: The young ones, yes, on their phones. One sewing worker, [[Phạm Thị Mai|PERSON]], she is [[twenty-two|AGE]], she asked me if she could use AI to write her application for the team leader position. I said yes, of course, but then in the interview she must speak by herself. She got the position. But older workers, many don't read well, so AI in text is not useful for them. Anh [[Tuấn|PERSON]], our IT guy, tried to make a voice chatbot on [[Zalo|SOFTWARE]] to answer questions about salary and leave, but the workers preferred to come to my office and ask a person. I think they want someone to listen, not only the answer.

AI: Are there concerns about AI in your workplace?

User: Yes, two. One is data of workers. We have ID cards, bank accounts, health information. I never put those into AI tools. Our company had a problem before with a leaked [[Excel|SOFTWARE]] file, not AI, just a careless email, and after that everybody is careful. The second is automation in the production. There is talk about cutting machines with AI and automatic sewing. When [[Jensen Huang|PUBLIC_FIGURE]] visited [[Hanoi|CITY]], everyone was excited about technology, but for our workers it's a worry. If the machines come, what happens to the women who have sewed for twenty years?

AI: Thank you, [[Hà|PERSON]]. How can we reach you for a follow-up?

User: You can email me at [[thuha.hr a còng gmail chấm com|OBF_EMAIL|vietnamese_a_cong_cham]]. In Vietnamese we say "a còng" for the @ sign, it means the curved a, and "chấm" is dot. Better on [[Sunday|GENERIC_TIME]], because from [[Monday|GENERIC_TIME]] to [[Saturday|GENERIC_TIME]] I am at the factory, and my daughter [[Bống|PERSON]] says I am on my phone too much already.""")

# 23 Turkey - site engineer, construction
T.append("""AI: Merhaba, thanks for joining. Could you tell me about yourself?

User: Merhaba. I'm [[Emre Aksoy|PERSON]], [[31|AGE]] years old, I'm a [[civil engineer|JOB_TITLE]], I work as a [[site engineer|JOB_TITLE]] for [[Ege Yapı İnşaat|ORGANIZATION]] in [[İzmir|CITY]]. Right now we are building a residential complex in [[Bornova|CITY]], eight blocks. I graduated from [[Dokuz Eylül University|SCHOOL]] in [[2016|DATE]]. After the earthquake in [[February 2023|DATE]] I volunteered and then worked for seven months in [[Antakya|CITY]] on damage assessment, which changed how I think about this job completely.

AI: How do you use AI in your work?

User: In the office part, a lot. On the site, less. I use [[ChatGPT|AI_PRODUCT]] for reports, for summarising specifications, and for checking my English, because some of our suppliers are foreign. For scheduling we use [[Primavera P6|SOFTWARE]], for drawings [[AutoCAD|SOFTWARE]], and structural models in [[SAP2000|SOFTWARE]], but the structural design is done by the design office, not by us. The company also gave [[Copilot|AI_PRODUCT]] to the engineers this year, inside [[Excel|SOFTWARE]], and it's actually useful for the quantity take-off tables, the material lists.

AI: Can you describe a specific situation where AI was involved?

User: Yes, a safety one. We have workers from different places, some from [[Syria|COUNTRY]], some Kurdish speakers, and the safety briefings are in Turkish. Our [[foreman|JOB_TITLE]], [[Mehmet|PERSON]] Usta, he has thirty years of experience, he explains with his hands, but not everyone understands. I used [[ChatGPT|AI_PRODUCT]] to translate the fall protection rules into Arabic and Kurmanji, then I asked a worker, [[Ahmad|PERSON]], to check the Arabic version. He laughed and said it was "very formal, like a mosque sermon", but correct. We made posters. Since then, we had zero incidents with harnesses on that block. I don't say it's only the posters, but it helped.

AI: How do your colleagues feel about AI?

User: [[Deniz|PERSON]] Hanım, she is the [[quality control engineer|JOB_TITLE]], she uses it even more than me, for the inspection reports. Our [[project manager|GENERIC_ROLE]], [[Serkan|PERSON]] Bey, is traditional. He says "the concrete doesn't care what the computer says", which is true. But he was happy when the monthly report for the owner was ready in one day instead of three. The older engineers worry that young engineers will trust numbers without understanding. After [[Antakya|CITY]], I agree with them. I saw buildings that collapsed because someone signed a paper without checking. AI can make that worse if we are lazy.

AI: What would you like to see change around AI in construction?

User: I would like AI for checking, not for designing. Like, compare the rebar on site photos with the drawings and warn me. That would save lives. Also I would like clear rules from the [[Chamber of Civil Engineers|ORGANIZATION]]. Everyone in [[Turkey|COUNTRY]] talks about the football, about [[Arda Güler|PUBLIC_FIGURE]], but nobody talks about how AI will change construction safety. My fiancée [[Zeynep|PERSON]] is an [[architect|JOB_TITLE]], and she uses AI images all the time, and we argue about whether that's design or decoration.

AI: Thank you, [[Emre|PERSON]]. How can we reach you for a follow-up?

User: My [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/emre-aksoy-ce|URL]], or email [[emre.aksoy.insaat et gmail nokta com|OBF_EMAIL|turkish_et_nokta]]. In Turkish we say "et" for @ and "nokta" for dot. Best after seven in the evening, on the site my phone is in my pocket with the dust.""")

# 24 Netherlands - piano teacher and session musician
T.append("""AI: Hoi, thanks for joining. Could you start by introducing yourself?

User: Hoi! I'm [[Sanne Verhoeven|PERSON]], I'm [[26|AGE]], and I'm a [[piano teacher|JOB_TITLE]], partly at [[Muziekschool Utrecht-Oost|ORGANIZATION]] and partly at home, and I also play keys in a band and do session work. I graduated from the [[Utrechts Conservatorium|SCHOOL]] in [[2021|DATE]]. I live in [[Wittevrouwen|CITY]], in [[Utrecht|CITY]], and I teach private lessons from my flat, [[Oudwijkerdwarsstraat 14|ADDRESS]], [[3581 LJ|ADDRESS]], the neighbours are very patient people.

AI: How does AI come into your work?

User: In a few different ways, some I like and some I really don't. For teaching, I use [[Moises|AI_PRODUCT]], it separates a song into stems, so a student can remove the piano from a recording and play along with the band. The kids love it. I write arrangements in [[MuseScore|SOFTWARE]] and record in [[Logic Pro|SOFTWARE]], and [[Logic Pro|SOFTWARE]] now has this AI session player thing, which is impressive and a bit scary. And I use [[ChatGPT|AI_PRODUCT]] for boring stuff, emails to parents, invoices, and my lesson plans, sometimes.

AI: Could you tell me about a specific student or situation?

User: Yes, [[Bram|PERSON]], he's [[eight|AGE]], he only wanted to play [[Taylor Swift|PUBLIC_FIGURE]], nothing else. So with [[Moises|AI_PRODUCT]] I took the piano out of a song and made a simplified arrangement and he practised every day for the first time in his life. His mum, [[Femke|PERSON]], emailed me asking what magic I'd used. Then there's meneer [[Jansen|PERSON]], he's [[74|AGE]], a retired [[dentist|JOB_TITLE]], he started piano after his wife died. He asked [[ChatGPT|AI_PRODUCT]] about music theory, and it told him something wrong about modes, very confidently. He brought it to the lesson printed out, with questions in the margin. That was actually a great lesson, we spent the whole hour checking what the AI said.

AI: What's the part of AI you don't like?

User: The music generators, [[Suno|AI_PRODUCT]] and those. A café in the city where we used to play on [[Sunday afternoons|GENERIC_TIME]] now plays AI-generated jazz playlists, because it's cheaper than paying for music rights, and it's definitely cheaper than paying us. Our band, [[Lage Landen Kwartet|ORGANIZATION]], lost that gig. The [[bass player|JOB_TITLE]], [[Joost|PERSON]], is still angry. I know some people say it's just a tool, like [[André Rieu|PUBLIC_FIGURE]] uses a big orchestra and technology and nobody complains. But a generator trained on other people's music without permission is different, for me.

AI: How do other teachers at the music school feel about it?

User: Mixed. The older teachers think it's all nonsense. My colleague [[Yusuf|PERSON]], who teaches guitar, uses AI to make backing tracks and he's very positive. The [[school director|GENERIC_ROLE]] sent a survey in [[September|GENERIC_TIME]] about AI use, but nothing happened after that. I think in the [[Netherlands|COUNTRY]] there is a lot of discussion about AI and copyright, with the collecting society, but for teachers nobody tells you anything practical.

AI: Thank you, [[Sanne|PERSON]]. How would you like to be contacted for follow-up?

User: [[Instagram|SOFTWARE]] is [[@sanne.speelt|SOCIAL_HANDLE]], and I'll paste my email from my signature, it has some weird invisible characters in it because of a spam filter trick my brother set up: [[sanne.\u200bverhoeven@\u200bpianoles\u200b.nl|OBF_EMAIL|zero_width_chars]]. If that doesn't work, just type it normally without the strange bits.""")

# 25 Argentina - veterinarian, small animal clinic
T.append("""AI: Hola, thank you for joining us. Could you tell me about yourself?

User: Hola, sure. I'm [[Rocío Belén Giménez|PERSON]], I'm [[39|AGE]], and I'm a [[veterinarian|JOB_TITLE]], small animals, dogs and cats mainly. I have a clinic, [[Veterinaria San Roque|ORGANIZATION]], in [[Echesortu|CITY]], a neighbourhood of [[Rosario|CITY]]. I studied at the [[Universidad Nacional de Rosario|SCHOOL]], the vet faculty is in [[Casilda|CITY]], and I graduated in [[2010|DATE]]. We opened the clinic in [[2017|DATE]], me and my husband [[Gonzalo|PERSON]], he does the administration and I do the animals.

AI: How does AI appear in your work?

User: Little by little. The management software is [[Qvet|SOFTWARE]], for the clinical records and the stock. In the last year we started using [[SignalPET|AI_PRODUCT]], it reads X-rays and gives you a report in a few minutes. It's not cheap, it's in dollars, and with the economy here, since [[Milei|PUBLIC_FIGURE]] everything imported costs a fortune, so we debated a lot. But when there's no radiologist available on a [[Saturday night|GENERIC_TIME]], it's a second opinion. And I use [[ChatGPT|AI_PRODUCT]] for the client communication, the post-surgery instructions, and the [[Instagram|SOFTWARE]] posts, which [[Flor|PERSON]], our [[receptionist|JOB_TITLE]], is in charge of.

AI: Can you tell me about a specific case?

User: Yes, a good one and a bad one. The good one, a dog came in vomiting, a Labrador, and the owner, a lady from the neighbourhood, Doña [[Marta|PERSON]], was desperate. The X-ray report from [[SignalPET|AI_PRODUCT]] flagged a possible foreign body, I looked again and there it was, a piece of a toy. We operated that night. The bad one, a cat with kidney problems, the AI report said "no significant findings", and I almost relaxed. But the blood values were bad. So now I tell [[Facu|PERSON]], my [[vet assistant|JOB_TITLE]], the AI is another test, not the diagnosis. You put it together with everything else.

AI: How do your clients feel when they find out you use AI?

User: Most don't ask. Some are impressed, they think it's very modern. One client, a young guy who works in tech, asked me if the AI would make the consultation cheaper. I said no, because I pay for it! Some older people are suspicious, they say "I want you to look, not the computer". And I understand. Also now clients come with a diagnosis from [[ChatGPT|AI_PRODUCT]], like with Dr. Google before. That is harder, because they come convinced. Even with [[Lionel Messi|PUBLIC_FIGURE]] you can't argue about football here in [[Rosario|CITY]], and with some owners you can't argue about their dog.

AI: Are there any concerns you have about AI in veterinary medicine?

User: The data, a little. The records have the owners' names, phone numbers, addresses, and I don't want that going to a company in another country. For medicines, no AI, the doses for animals are very specific, a mistake with a cat can kill it. And I worry for the young vets. In [[Argentina|COUNTRY]] a vet earns very little, and if the clinics start replacing the experienced vet with a cheaper one plus AI, the quality will go down. My colleague [[Lucho|PERSON]], he moved to [[Spain|COUNTRY]] last year because here he couldn't live from it.

AI: Thank you, [[Rocío|PERSON]]. How would you like to be contacted for a follow-up?

User: The clinic email is [[vetsanroque.rosario@gmail.com|EMAIL_ADDRESS]], or come visit us at [[Mendoza 3150|ADDRESS]]. The [[WhatsApp|SOFTWARE]] is in our [[Instagram|SOFTWARE]] bio, [[Flor|PERSON]] wrote it with the little number emojis so the bots don't copy it, [[3️⃣4️⃣1️⃣ 5️⃣5️⃣2️⃣ 7️⃣0️⃣9️⃣8️⃣|OBF_PHONE|emoji_keycap_digits]]. Don't call during consultation hours, we won't hear it with all the barking.""")

write_set(T, "set_bc")



