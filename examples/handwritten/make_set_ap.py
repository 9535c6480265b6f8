import sys, re
from markup import write_set, MARK
T = []

# 1 Mexico - PhD student ecology
T.append("""AI: Thanks for making time for this. To start, could you tell me a bit about yourself and what your work looks like from day to day?

User: Of course. I'm [[Ximena Robles Quintero|PERSON]], I'm [[29|AGE]], and I'm a [[PhD student in ecology|JOB_TITLE]] at [[UNAM|SCHOOL]] in [[Mexico City|CITY]]. I started the doctorate in [[August 2021|DATE]], right after my master's at the [[Universidad Veracruzana|SCHOOL]] in [[Xalapa|CITY]]. My project is about fruit bats in the cloud forest up in the north of [[Oaxaca|CITY]], so part of the year I'm in the field near [[Ixtlán de Juárez|CITY]] and the rest of the time I'm at a shared desk on campus. I rent a room in [[Coyoacán|CITY]] with two other students, so it's a short bike ride. Day to day it's cleaning acoustic recordings, running models, writing, and on top of that I'm a [[teaching assistant|JOB_TITLE]] for an undergraduate biostatistics course.

AI: Where does AI come into all of that?

User: Mostly in the boring parts, honestly. I use [[ChatGPT|AI_PRODUCT]] to help me debug code in [[RStudio|SOFTWARE]]. The occupancy models are huge and sometimes an error message makes no sense at all, so I paste it in and ask what it means. For the literature I tried [[Elicit|AI_PRODUCT]] for a while, next to [[Zotero|SOFTWARE]] for the references. My English is fine for reading, but when I write papers I pass some paragraphs through [[DeepL|AI_PRODUCT]] and then rewrite them myself. My [[supervisor|GENERIC_ROLE]], Dra. [[Leticia Beltrán|PERSON]], is very strict about that. She says if the machine writes the discussion, the machine can defend it in front of the committee.

AI: It sounds like Dr. [[Beltrán|PERSON]] has clear views on this. How have those conversations gone?

User: Better than I expected. [[Leticia|PERSON]] is from the generation that did every analysis by hand, but she's curious. In our lab meeting, which is [[every Monday|GENERIC_TIME]] at ten, she asked each of us to show one thing we had used an AI tool for. [[Rodrigo Sáenz|PERSON]], everybody calls him [[Güero|PERSON]], showed how he uses [[GitHub Copilot|AI_PRODUCT]] inside [[VS Code|SOFTWARE]] to write his simulation functions, and she was actually impressed. Then [[Fer|PERSON]], I mean [[Fernanda|PERSON]], the other [[doctoral student|JOB_TITLE]], showed a literature summary that cited a paper by [[Jane Goodall|PUBLIC_FIGURE]] that doesn't exist. That became the lesson of the day. Now the lab rule is that any citation that comes out of a chatbot gets checked in [[Web of Science|SOFTWARE]] before it goes anywhere near a draft.

AI: What about the teaching side of your work?

User: The course has about sixty students, second semester of the biology degree. The [[professor|GENERIC_ROLE]] in charge, Dr. [[Aurelio Manjarrez|PERSON]], lets me prepare the practice problems. I ask [[ChatGPT|AI_PRODUCT]] to generate fake datasets where I already know the right answer, like a regression where the slope should come out near two, and then I check it properly before it goes on [[Moodle|SOFTWARE]]. The students use it too, obviously. Last semester one girl, [[Dulce|PERSON]], handed in a lab report where the conclusion mentioned penguins, in a report about bean plants. I didn't report her, I just sat down with her and we talked about it. She rewrote it and it was good. I'd rather teach them to use it well than pretend it isn't there. There are also two things I deliberately never put into these tools. The first is locations. Some of the roosts are on communal land, and we have an agreement with the community assembly in [[Ixtlán de Juárez|CITY]] that the coordinates stay with us. Bats are already persecuted, people think they all carry rabies, so I never paste a file that has the GPS columns in it. The second is anything about students, grades, names, none of that. If I want help writing feedback I describe the mistake in general terms.

AI: If other researchers wanted to follow up with you about this study, how could they reach you?

User: The easiest is my institutional email. I always write it like this so the bots don't scrape it: [[ximena punto robles arroba ciencias punto unam punto mx|OBF_EMAIL|arroba_punto]]. And on [[Twitter|SOFTWARE]], or whatever it's called now, I'm [[@xime_murcielaga|SOCIAL_HANDLE]], I post bat photos mostly.

AI: Last question. Where do you see this going for you after the doctorate?

User: If everything goes well I defend in [[December 2025|DATE]]. My mom in [[Puebla|CITY]] keeps asking when I'll have a real job, so that's the deadline she's set for me, not the university. I'd like a postdoc in [[Costa Rica|COUNTRY]] or maybe [[Colombia|COUNTRY]], somewhere with cloud forest. And I think by then knowing how to use these tools carefully will just be part of being a scientist, like knowing how to use a GPS was for [[Leticia|PERSON]]'s generation.""")

# 2 India - lab technician, Pune
T.append("""AI: Hello, and thank you for agreeing to talk with me. Could you introduce yourself and your role?

User: Yes, namaste. My name is [[Sandeep Kulkarni|PERSON]]. I am [[forty-three|AGE]] years old and I work as a [[senior laboratory technician|JOB_TITLE]] in the chemistry department of [[Fergusson College|SCHOOL]] in [[Pune|CITY]]. We are affiliated to [[Savitribai Phule Pune University|SCHOOL]]. I joined in [[2011|DATE]], before that I was in a pharma company's QC lab in [[Hinjewadi|CITY]] for five years. I look after the undergraduate practical labs, the chemical stores, the instruments, and I help the lecturers prepare the practical sessions. The students call me [[Kulkarni|PERSON]] sir, even the ones who are taller than me.

AI: How did you first start using AI tools in this job?

User: Actually, my son started it. [[Aarav|PERSON]] is in engineering second year and one day he saw me doing the molarity calculations for the whole week's practicals on paper and he laughed. He installed [[ChatGPT|AI_PRODUCT]] on my phone. Now when I have to prepare, say, two litres of 0.1 normal solution for eighty students in batches, I type the problem and it gives the steps, and I verify with my old register. I also use [[Gemini|AI_PRODUCT]] because it comes inside the [[Google app|SOFTWARE]], and sometimes the answers are different, so then I know I must check carefully. And yes, I have found mistakes, two or three times. Once it mixed up the molecular weight of the hydrated salt and the anhydrous one, copper sulphate. If I had followed it blindly, the whole batch of titrations would have been wrong and Dr. [[Meenakshi Iyer|PERSON]], she is our [[HOD|GENERIC_ROLE]], would have been asking me questions. So my rule is simple: the tool is like a smart trainee. Fast, but you check the work.

AI: What about record-keeping and the stores? Does AI help there?

User: That is the biggest help, actually. We keep the stock register in [[Excel|SOFTWARE]], and every year before the audit it was a headache. I asked [[ChatGPT|AI_PRODUCT]] how to write formulas to flag chemicals which are below minimum stock or near expiry, and now the sheet turns red automatically. My [[colleague|GENERIC_ROLE]] in physics, Mr. [[Deshpande|PERSON]], copied the whole sheet for his department. Also for safety data, the MSDS sheets, I ask it to summarise the hazards in simple Marathi so I can put a notice for the lab attendants. Some of them are more comfortable in Marathi than in English.

AI: Is there anything you worry about when using these tools?

User: Some things. First, the college has not given any written policy. Our [[principal|GENERIC_ROLE]] talked about AI in one staff meeting but only about students copying assignments. Nobody said anything about staff. Second, I don't put the purchase details or vendor rates, because that is confidential to the college. And third, I worry a little for the students. In the practical exam some of them know the theory perfectly from [[ChatGPT|AI_PRODUCT]] but their hands don't know how to hold a burette. My daughter [[Ishita|PERSON]], we call her [[Ishu|PERSON]], she is in Class 9, she said the same thing about her friends. Knowledge in the head, nothing in the hands.

AI: That's a vivid way to put it. Do you think your role will change because of AI?

User: The lab will always need someone who knows where the sodium is kept and how to clean a spill. But the paperwork side, yes, that is already changing. Earlier I spent every [[Saturday|GENERIC_TIME]] morning on the indent forms and stock sheets. Now it is maybe one hour. I use that time to repair the old colorimeters, which I enjoy more. [[APJ Abdul Kalam|PUBLIC_FIGURE]] used to say that we should dream big, but my dream is small, a lab where everything works.

AI: Thank you, Mr. [[Kulkarni|PERSON]]. If we have follow-up questions, how would you like to be contacted?

User: My email I will tell you the way my son taught me, so it does not get spam: [[sandeep underscore kulkarni seventy-eight at the rate gmail dot com|OBF_EMAIL|at_the_rate]]. Or you can call me on [[+91 98220 41736|PHONE_NUMBER]] after four o'clock, when the labs are finished. If the college asks for any reference, my staff ID is [[FC-LT-0417|NATIONAL_ID]]. One more thing I want to say: people think AI is for the professors and the IT people. But people like me, lab staff, clerks, librarians, we are using it quietly, every day. Nobody asks us. So thank you for asking. I live in [[Kothrud|CITY]], it is one hour by bus to college in the traffic, and now I use that time to ask [[ChatGPT|AI_PRODUCT]] questions about instruments I have not worked on, like the new UV spectrophotometer. I am [[forty-three|AGE]] and still learning, that is good.""")

# 3 UK - school librarian, Leeds
T.append("""AI: Hi, thanks for joining. Could you start by telling me what you do?

User: Hello! I'm [[Bernadette Quayle|PERSON]], though nobody's called me [[Bernadette|PERSON]] since my christening, it's [[Bernie|PERSON]]. I'm the [[school librarian|JOB_TITLE]] at [[Kirkstall Valley Academy|SCHOOL]] in [[Leeds|CITY]], it's an eleven-to-eighteen comprehensive, about thirteen hundred kids. I've been there since [[September 2004|DATE]], so I've seen off four [[headteachers|GENERIC_ROLE]] and about six different reading schemes. I'm [[58|AGE]], I live up in [[Headingley|CITY]] and I cycle in, weather permitting, which in [[Leeds|CITY]] is not very often.

AI: How does AI show up in your library?

User: In about three different ways, and they don't all get along. There's me, using it for my own admin. There's the school, which has switched on [[Microsoft Copilot|AI_PRODUCT]] for staff through our [[Office|SOFTWARE]] accounts. And there's the students, who are mostly on [[ChatGPT|AI_PRODUCT]] and [[Snapchat|SOFTWARE]]'s [[My AI|AI_PRODUCT]], whether we like it or not. For my own work, [[Copilot|AI_PRODUCT]] is handy for the dull stuff: drafting the newsletter, writing the blurbs for displays, turning a list of new stock from [[Oliver|SOFTWARE]], that's our library management system, into something a Year 7 might actually read.

AI: Could you give me an example of the displays or reading lists?

User: Last term I did a display for Black History Month and I asked it for a reading list for reluctant readers aged eleven to fourteen. About half of it was brilliant, and the other half included two books that don't exist. Lovely titles, plausible authors, completely invented. One was supposedly by [[Malorie Blackman|PUBLIC_FIGURE]], and I've read everything she's written, so I knew straight away. Now I use it for ideas and then I check every title against the catalogue and against the publisher's site. Mr [[Osei|PERSON]] in the English department laughed and said I'd become a fact-checker, which, to be fair, is what librarians always were.

AI: You mentioned the students. How do you see them using these tools?

User: Honestly, better and worse than the panic suggests. I've got a group of library helpers, sixth formers and a few younger ones, and they're quite sophisticated. There's [[kacper|PERSON]], he signs everything in lower case, it's his brand apparently, and he showed me how he uses [[ChatGPT|AI_PRODUCT]] to quiz himself before chemistry tests. Then there's [[Amelia-Rose|PERSON]] in Year 10 who asked it to write her English essay on An Inspector Calls and got caught because it used the word "delve" four times. So I run a session in the library every [[Wednesday|GENERIC_TIME]] lunchtime called "Check the Bot", where we take an AI answer and track down the real sources. It's become oddly popular, though that might be the biscuits. Leadership has been cautious. Our [[headteacher|GENERIC_ROLE]] set up a working group and I'm on it, which I was pleased about because librarians usually get forgotten. The trust has a policy now: staff can use [[Copilot|AI_PRODUCT]] because the data stays in our tenant, but we're not allowed to put student names or any SEND information into the free tools. I think that's right. I'd never paste in a reading record with a child's name on it.

AI: Does any of this affect the community side of your work, outside school?

User: A bit. I run a little free library from my front garden, at [[27 Brudenell Mount|ADDRESS]], and the neighbours leave notes asking for recommendations. I've started using [[Copilot|AI_PRODUCT]] to draft a monthly recommendations sheet that I pin inside the box. My husband, [[Graham|PERSON]], says I've turned the garden into a branch library. He's not wrong. Anyway, if you want to follow up with me, work email is probably best: [[b.quayle@kirkstallvalley.org.uk|EMAIL_ADDRESS]]. Or the library direct line, I'll say it the way I say it to parents on the phone: [[oh one one three, four nine six, oh two seven one|OBF_PHONE|spoken_digits]]. If it rings out I'm probably shelving.

AI: Thanks, [[Bernie|PERSON]]. Anything you'd like to add before we finish?

User: Just that libraries matter more now, not less. When a machine can produce a confident paragraph about anything, somebody has to teach kids to ask "where did that come from?" That's what I've been doing since before any of them were born. I'll keep going until they carry me out of the fiction section.""")

# 4 Nigeria - lecturer in accounting, Ibadan
T.append("""AI: Good afternoon, and thanks for joining. Could you tell me a little about yourself and your work?

User: Good afternoon. I'm [[Olufunmilayo Adebayo-Cole|PERSON]], most people just say [[Funmi|PERSON]]. I'm a [[lecturer in accounting|JOB_TITLE]] at the [[University of Ibadan|SCHOOL]]. I'm [[38|AGE]]. I joined the department in [[2015|DATE]] as an assistant lecturer, then went off to do my PhD at [[Obafemi Awolowo University|SCHOOL]] in [[Ile-Ife|CITY]], which I finished in [[November 2019|DATE]], and came back. I teach financial reporting to third-year students and auditing to the final years, and I supervise maybe six or seven undergraduate projects every session.

AI: How big are your classes, and where do AI tools fit into your teaching?

User: Big. My financial reporting class last session had over four hundred students, and there is me and one graduate assistant. So anything that saves time is welcome. I started with [[ChatGPT|AI_PRODUCT]] during the [[ASUU|ORGANIZATION]] strike in [[2022|DATE]], when we were home for eight months and I had time to play with it. Now I use it to draft case studies. I'll say, give me a manufacturing company in [[Aba|CITY]] with these transactions, inventory issues, a related party loan, and it writes a scenario. Then I fix the figures so they balance, because it is terrible at making things balance. That is a bit funny for an accounting tool. It will tell you with full confidence that total assets are fifty-two million and then the liabilities and equity add up to forty-nine. I show that to my students deliberately now. I put the wrong statement on the projector and say, find the error. They enjoy catching the machine. One of my project students, [[Blessing Okoro|PERSON]], she is very sharp, found three errors in one [[ChatGPT|AI_PRODUCT]] answer and was so proud. I told her, this is exactly why the world still needs auditors.

AI: How does your department approach student use of these tools?

User: Officially we are still discussing. Our [[HOD|GENERIC_ROLE]], Prof. [[Adeyemi|PERSON]], set up a committee and I am the secretary, which means I do the writing. We run everything through [[Turnitin|SOFTWARE]] already, but [[Turnitin|SOFTWARE]]'s AI score is not reliable, I've seen it flag a student who I watched write the essay by hand in my office. So I've been arguing that we should change the assessment, more presentations, more viva for projects, instead of trying to catch people. Mr. [[Chukwuma|PERSON]], who teaches taxation, disagrees with me strongly. He wants a total ban. We argue about it over lunch at the staff club, it's friendly.

AI: Do you use AI in your own research as well?

User: Carefully. My research is on IFRS adoption in Nigerian banks, so mostly I'm working with annual reports and panel data in [[Stata|SOFTWARE]]. I sometimes ask [[Claude|AI_PRODUCT]] to explain a [[Stata|SOFTWARE]] error or to suggest how to structure a literature review section. I don't give it my data, it's not sensitive exactly, but the hand-collected dataset took me two years, I'm not sharing it with anybody's server. And I read [[Ngozi Okonjo-Iweala|PUBLIC_FIGURE]]'s speeches about transparency in public finance to my students, that kind of inspiration no chatbot can give them. At home it's everywhere too. My husband, [[Tunde|PERSON]], uses it for his business, he has a small printing press in [[Bodija|CITY]]. He writes his quotations with it. And our first son, he's [[eleven|AGE]], asks it for help with his maths homework, so I've become the AI police at home as well. I tell him, if you cannot explain it to me, you did not do it.

AI: If we needed to follow up with you, how could we get in touch?

User: You can reach me on [[WhatsApp|SOFTWARE]], [[+234 803 417 2298|PHONE_NUMBER]]. The university email I write in a funny way on my staff profile, because of spam: [[funmi(dot)adebayocole(at)ui(dot)edu(dot)ng|OBF_EMAIL|paren_at_dot]]. Please don't call during lectures, [[Tuesday|GENERIC_TIME]] and [[Thursday|GENERIC_TIME]] mornings are impossible.

AI: Thank you, Dr. [[Adebayo-Cole|PERSON]]. Any final thoughts?

User: Just that in [[Nigeria|COUNTRY]], and in [[Africa|CONTINENT]] generally, we should not only be consumers of these tools. Our students are bright. Give them data and power supply and they will build things. Meanwhile I'll keep teaching them to check the balance sheet, whoever prepared it.""")

# 5 USA - admissions, Ohio
T.append("""AI: Thanks so much for joining. To get us started, can you tell me about your role?

User: Sure! I'm [[Kendra Whitfield|PERSON]], I'm an [[associate director of admissions|JOB_TITLE]] at [[Kenyon College|SCHOOL]], which is in [[Gambier|CITY]], [[Ohio|CITY]], a very small town, basically the college and a coffee shop. I'm [[34|AGE]]. I went to [[Ohio State|SCHOOL]], graduated in [[May 2012|DATE]], did two years of [[Teach for America|ORGANIZATION]] in [[Memphis|CITY]], and then fell into admissions and never left. I manage a territory, which for me is [[Arizona|CITY]], [[New Mexico|CITY]] and the western half of [[Texas|CITY]], and I read something like nine hundred applications a cycle.

AI: Nine hundred applications. Where does AI come into that process, if at all?

User: Very carefully, and not where people think. Let me be really clear: we don't use AI to read or evaluate applications. There's no robot deciding who gets in. Where I use it is everything around the reading. I use [[ChatGPT|AI_PRODUCT]] to draft emails to high school counselors, to write up travel itineraries, to turn my messy notes from a college fair into a follow-up message. Our CRM is [[Slate|SOFTWARE]], and there's some built-in automation in there, but it's not really AI, it's just rules. I also have [[Claude|AI_PRODUCT]] open most days because I find it better for tone. If I need to write a gentle email to a family whose kid got deferred, it's good at sounding human without being syrupy.

AI: How does your office handle the question of applicants using AI to write their essays?

User: Oh, it's the topic of every staff meeting. My [[director|GENERIC_ROLE]], [[Pat Hennessey|PERSON]], has been doing this for thirty years and she's surprisingly calm about it. Her line is that the essay was never the whole story. Students have always had help, from parents, from paid consultants, from English teachers. Honestly I've read essays that were clearly polished by something, they have this weird smooth quality, lots of "tapestry" and "testament". But I've also read essays that were obviously a kid's own voice. Last year there was a girl from [[Tucson|CITY]], [[Marisol|PERSON]], who wrote about fixing her grandfather's truck, and it had spelling mistakes and it was the best thing I read all [[November|GENERIC_TIME]]. She's a first-year here now, actually. It has changed how we weigh things a little. We're paying more attention to the counselor recommendation and the supplement where students have to respond to something specific about us. And we've added an optional short video. I think interviews may come back in a bigger way. [[Pat|PERSON]] jokes that we'll end up back in 1975, with everyone sitting in the admissions house drinking bad coffee with a nervous seventeen-year-old. Which, honestly, I'd kind of enjoy.

AI: Are there privacy concerns in your office about these tools?

User: Huge ones. Federal law, FERPA, plus the college's own policy. We're not allowed to put any student information into public tools, no names, no test scores, nothing. So when I draft with [[ChatGPT|AI_PRODUCT]] I write "Student A" and fill in the details myself in [[Slate|SOFTWARE]] afterward. Our IT folks are piloting [[Microsoft Copilot|AI_PRODUCT]] with a data agreement, so that might change. My wife, [[Dana|PERSON]], works in compliance at a hospital in [[Columbus|CITY]], and she's made me paranoid in a useful way.

AI: How could prospective participants or colleagues reach you if they wanted to talk more?

User: My work email's easy, [[whitfieldk@kenyon.edu|EMAIL_ADDRESS]]. For text I usually send my cell in a way that doesn't get scraped, I literally paste it like this: [[７４０-５５５-０１３８|OBF_PHONE|fullwidth_digits]]. Weird, I know, but it works. And I'm on [[LinkedIn|SOFTWARE]] as [[linkedin.com/in/kendra-whitfield-admit|URL]].

AI: Last thing, [[Kendra|PERSON]], what would you want people outside admissions to understand about AI in this work?

User: That the human part is the job. I can get a machine to write my email about the deadline, but I can't get it to notice that a kid from a town of four hundred people wrote about her dad's second shift and that she's never visited a college campus. [[Sal Khan|PUBLIC_FIGURE]] talks about every student having an AI tutor, and maybe that's great. But someone still has to read the file and care. That's me, every [[fall|GENERIC_TIME]], with a lot of coffee.""")

# 6 Jordan - HR specialist, university in Amman
T.append("""AI: Thank you for joining us today. Could you start by describing your job?

User: Sure, with pleasure. My name is [[Dima Al-Khatib|PERSON]], I'm [[thirty-one|AGE]], and I'm an [[HR specialist|JOB_TITLE]] at [[Princess Sumaya University for Technology|SCHOOL]] in [[Amman|CITY]]. I've been in the HR office there since [[January 2018|DATE]]. Before that I studied business at the [[University of Jordan|SCHOOL]]. My main area is faculty recruitment, so when a department needs a new [[assistant professor|GENERIC_ROLE]], I handle the job advertisement, the shortlisting paperwork, the interview logistics, the contract, the visa if the person is coming from abroad. I also do onboarding for new administrative staff, which is a lot of forms.

AI: Where do AI tools come into that work?

User: Mostly in writing. Everything we publish has to be in Arabic and English, and the two versions must say exactly the same thing, legally. I use [[ChatGPT|AI_PRODUCT]] to draft the English advertisement from the department's notes, then I ask it to translate to Arabic, and then I fix the Arabic myself because it is too formal, sometimes it sounds like a newspaper from the seventies. For emails to candidates abroad, it's very helpful with tone. My English is good, but writing a polite rejection to a [[professor|GENERIC_ROLE]] from [[Germany|COUNTRY]] who has forty publications, I want it to be perfect. One thing I never use it for is screening candidates, and this is a decision we made as a team. My [[manager|GENERIC_ROLE]], Mrs. [[Suhair|PERSON]], was very clear that no CV goes into a chatbot. The CVs have national numbers, passport details, family information, sometimes photos. In [[Jordan|COUNTRY]] many candidates still put their marital status and date of birth on the CV. We also have a new data protection law, so everyone is more careful now. What I do is use AI to build the templates. For example, I asked it to create a scoring sheet in [[Excel|SOFTWARE]] for the committee, with weights for teaching, research and service. The committee fills it in, not the machine.

AI: How do your colleagues feel about it?

User: It's mixed. The younger ones in the office use it every day. But we have a [[colleague|GENERIC_ROLE]], everyone calls him [[Abu Fadi|PERSON]], his real name is [[Khaled Nimri|PERSON]], he's been in HR for twenty-five years and he still prints every email. He says the machine doesn't know the university's bylaws, and he's right, it doesn't. When I asked [[ChatGPT|AI_PRODUCT]] about our end-of-service rules it invented an article that doesn't exist. [[Abu Fadi|PERSON]] found the real bylaw in two minutes from a folder in his drawer. So now we joke that he is our AI and [[ChatGPT|AI_PRODUCT]] is the intern. The university has also started to use [[Microsoft Copilot|AI_PRODUCT]] because we are on [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]], and I saw [[Satya Nadella|PUBLIC_FIGURE]] talk about it in a video they sent to all staff. It summarises the long email threads well, especially during [[Ramadan|GENERIC_TIME]] when the working hours are shorter and everything piles up.

AI: Are there any personal ways you use these tools, outside the office?

User: Yes, for my master's application, actually. I want to do an MBA part-time, and I used it to practise interview questions. My husband's family is in [[Irbid|CITY]] and we visit every [[Friday|GENERIC_TIME]], and my sister-in-law [[Lina|PERSON]] is a [[teacher|JOB_TITLE]] there, she uses it to make worksheets for her students. We compare prompts on the way home. My husband says we talk to the computer more than to him. And we live in [[Jabal Al-Weibdeh|CITY]], which is an old neighbourhood with many artists, and the neighbours all ask me to write their CVs now, because they think HR people know the secret.

AI: If we wanted to contact you again, how could we do that?

User: My office extension changes, so better my mobile. I will write it the way my phone keyboard gives it to me in Arabic: [[٠٧٩ ٥٥٤ ٣٢١٨|OBF_PHONE|arabic_indic_digits]]. And for email, the university one: [[d.alkhatib@psut.edu.jo|EMAIL_ADDRESS]]. If HR needs to verify that I'm staff, my employee number is [[PSUT-HR-2093|NATIONAL_ID]], but I think you won't need it.

AI: Thank you, [[Dima|PERSON]]. Before we finish, is there anything you would like to add?

User: Only that HR in universities is about trust. Candidates trust us with their whole life on paper. If we use these tools, it must be in a way that protects that trust. The technology is useful, and I enjoy it, but the people who gave us their documents did not give them to [[ChatGPT|AI_PRODUCT]]. That's how I think about it, and [[Suhair|PERSON]] agrees, so I think we're on the right path.""")

# 7 Brazil - history teacher, Belo Horizonte
T.append("""AI: Thanks for taking part. To begin, could you tell me about yourself and where you teach?

User: Opa, of course. I'm [[Marcos Vinícius Teixeira|PERSON]], [[45|AGE]] years old, and I'm a [[history teacher|JOB_TITLE]]. In the mornings I teach at a state school, [[Escola Estadual Professor Morais|SCHOOL]], in [[Venda Nova|CITY]], and at night I teach at a private prep course, [[Colégio Horizonte Vestibulares|SCHOOL]], in the centre of [[Belo Horizonte|CITY]]. I live in [[Santa Tereza|CITY]], which is the bohemian neighbourhood of [[BH|CITY]], lots of bars and samba. I graduated from [[UFMG|SCHOOL]] in [[2003|DATE]] and I've been teaching since then, so twenty-one years with teenagers. The students call me [[Marquinhos|PERSON]] when they think I can't hear.

AI: How do you use AI in your teaching?

User: Mostly for preparation. With the two schools I have something like three hundred and forty students, and for the night course everything is about the ENEM, the national exam, so I need a lot of practice questions. I ask [[ChatGPT|AI_PRODUCT]] to write questions in the style of the exam, with a text, an image description and five alternatives. Maybe sixty percent are good. The rest have small historical errors, like it put the abolition of slavery in the wrong year once, which for someone teaching history in [[Brazil|COUNTRY]] is, you know, a crime. I also use [[Gemini|AI_PRODUCT]] because the state school gave us school accounts, and everything goes on [[Google Classroom|SOFTWARE]].

AI: What differences do you see between the two schools?

User: Enormous. In the private course almost every student has a phone with [[ChatGPT|AI_PRODUCT]] and they use it all the time. In the state school many students share one phone in the family, the internet is weak, the computer lab has eleven working machines. So there I use AI more for myself, to adapt texts, to make a simpler version of a reading about the Inconfidência Mineira for the students who have difficulty reading. One girl in the first year, [[Thaís|PERSON]], told me she understood the text for the first time in her life. That made my week. I think about [[Paulo Freire|PUBLIC_FIGURE]] a lot, he said education must start from the reality of the student, and the tool helps me meet them where they are, if I use it well.

AI: Are there concerns at your schools about students using these tools?

User: At the private one, yes, the [[coordinator|GENERIC_ROLE]] is worried about the essays, the redação. At the state school honestly the bigger concern is that students don't come to school at all. But I'll tell you a story. At the state school the [[secretary|JOB_TITLE]], Dona [[Cida|PERSON]], has been there for thirty years and she knows every family. She asked me to help her use [[ChatGPT|AI_PRODUCT]] to write letters to parents about attendance. We did it together and she changed every letter, because the machine wrote like a lawyer and she writes like a neighbour. The parents respond to her. So the tool helped, but the important part was [[Cida|PERSON]].

AI: How do you share what you do with other teachers?

User: I have an [[Instagram|SOFTWARE]] for teachers, [[@prof.marcos.historia|SOCIAL_HANDLE]], with maybe four thousand followers, mostly teachers from [[Minas Gerais|CITY]] and [[Bahia|CITY]], some from [[Portugal|COUNTRY]]. I post prompts that worked and the mistakes the AI made, so people learn. My wife, [[Renata|PERSON]], is a [[nurse|JOB_TITLE]] and she laughs that I'm an influencer now. If researchers want to write to me, my personal email I always write like this on the page: [[marcosvt (arroba) yahoo (ponto) com (ponto) br|OBF_EMAIL|paren_arroba_ponto]], because if you put it normal you get a hundred spam messages.

AI: Last question, [[Marcos|PERSON]]. How do you see your job in five years?

User: I'll be [[fifty|AGE]], so tired, hopefully still teaching. I don't think AI replaces history teachers, because history is about arguing, about who tells the story. When a student asks [[ChatGPT|AI_PRODUCT]] about [[Lula|PUBLIC_FIGURE]] or about the military dictatorship, it gives a balanced paragraph. But history is not a balanced paragraph, it's a fight about memory. That's what I want them to learn. The machine can do the exercise list. The conversation in the classroom is mine.""")

# 8 Germany - lab technician, Heidelberg
T.append("""AI: Hello, and thanks for your time. Could you introduce yourself and your work?

User: Yes, hello. I'm [[Katrin Vogelsang|PERSON]], I'm [[51|AGE]], and I'm a [[biological technical assistant|JOB_TITLE]], in German we say BTA. I work in a research group at the [[DKFZ|ORGANIZATION]], the [[German Cancer Research Center|ORGANIZATION]], in [[Heidelberg|CITY]]. I trained at a vocational school in [[Mannheim|CITY]] and finished in [[1994|DATE]], and I came to [[Heidelberg|CITY]] in [[March 1999|DATE]]. So I've seen many PhD students come and go. I do cell culture, I run the flow cytometer, I order everything, I keep the lab running. Our [[group leader|GENERIC_ROLE]] is Dr. [[Henrike Brenner|PERSON]], she came from [[Cambridge|CITY]] six years ago.

AI: How do AI tools come into your daily work in the lab?

User: Less than people think, and more than I expected. The biggest one for me is [[DeepL|AI_PRODUCT]], which is not so new, but I use it every day because the lab language is English and my English is from school in the eighties. For writing protocols, the standard operating procedures, I started to use [[ChatGPT|AI_PRODUCT]] last year. I write the steps in German, the way I actually do them, and I ask it to make a clean English SOP with warnings and a materials list. Then I check every volume and every temperature, of course. Once it changed 37 degrees to 37 degrees Fahrenheit in a note, which would be a very cold incubator.

AI: How do the researchers in your group use these tools, from what you see?

User: Oh, very differently. [[Yusuf|PERSON]], he is a [[PhD student|JOB_TITLE]] from [[Turkey|COUNTRY]], uses everything. [[Claude|AI_PRODUCT]] for writing, [[GitHub Copilot|AI_PRODUCT]] for his [[Python|SOFTWARE]] scripts, he showed me [[AlphaFold|AI_PRODUCT]] structures for the protein we are working on. Then [[Lena|PERSON]], the other [[PhD student|JOB_TITLE]], refuses. She says she wants to learn to think, not to prompt. And Dr. [[Brenner|PERSON]] is in the middle. She uses it for grant reports, because the [[DFG|ORGANIZATION]] reports are painful, but she told everyone very clearly that no unpublished data goes into the free tools. The institute has a guideline now, two pages, I printed it and hung it next to the coffee machine. For my own technical work, the big change is image analysis. We do a lot of microscopy, and before, counting cells in [[ImageJ|SOFTWARE]] was my [[Friday|GENERIC_TIME]] afternoon, every week, hours. Now there is a machine learning plugin, [[Cellpose|SOFTWARE]], that segments the cells automatically. It's not perfect, I still correct the edges sometimes, but it saves me maybe three hours a week. At first I was a bit afraid, honestly, that this is the part of my job that disappears. But then I realised somebody still needs to prepare the samples well, stain them well, and notice when the result is strange. The software doesn't know that the incubator had a CO2 problem on [[Tuesday|GENERIC_TIME]]. I know.

AI: Do you have worries about the future of your profession?

User: A little. There are fewer training places for BTAs now, and young people prefer to study. My daughter [[Johanna|PERSON]] is [[twenty|AGE]], she studies computer science in [[Karlsruhe|CITY]] and she says the robots will do the pipetting soon. Maybe. There are liquid handling robots already, we have one. But I spent a whole week last month fixing its calibration. [[Christian Drosten|PUBLIC_FIGURE]] said something on a podcast during the pandemic about the people in the labs that nobody sees, and I thought, yes, that is us.

AI: If we had follow-up questions, how could we reach you?

User: Email is best. I will write it in the chat, but I copy it from my signature and there are always some invisible characters, I don't know why: [[k.vogel\u200bsang@dkfz-heidel\u200bberg.de|OBF_EMAIL|zero_width]]. Or the lab phone, [[+49 6221 42 3187|PHONE_NUMBER]], but I'm often in the cell culture room and don't hear it. I live in [[Handschuhsheim|CITY]], close to the campus, so I'm usually there early.

AI: Thank you, [[Katrin|PERSON]]. Is there anything you'd like to add?

User: Just that I wish more of these studies asked technicians. Everybody asks the professors what they think about AI. But we are the ones who actually know where the time goes in a lab. I'm happy to talk again.""")

# 9 Pakistan - science teacher, Lahore
T.append("""AI: Assalam-o-alaikum, and thank you for joining. Could you tell me about yourself?

User: Walaikum assalam. I'm [[Sadia Rehman|PERSON]], I'm [[thirty-six|AGE]], and I'm a [[science teacher|JOB_TITLE]] for grades six to eight at the [[Beaconhouse School System|SCHOOL]], the [[Johar Town|CITY]] campus in [[Lahore|CITY]]. I did my master's in chemistry from [[Kinnaird College|SCHOOL]], finished in [[2010|DATE]], and I've been teaching since [[2012|DATE]]. I have around one hundred and forty students across five sections, and I'm also the science club in-charge, which means I'm always carrying baking soda and vinegar somewhere.

AI: How did you start using AI tools in your teaching?

User: It started during the smog closures. You know, in [[Lahore|CITY]] in [[November|GENERIC_TIME]] the schools sometimes close for weeks because the air is so bad, and everything goes online. I was making worksheets at midnight and a [[colleague|GENERIC_ROLE]], Miss [[Farah|PERSON]], our [[section coordinator|GENERIC_ROLE]], showed me [[ChatGPT|AI_PRODUCT]]. I asked it to make a worksheet on the water cycle with three levels of difficulty, and it did it in one minute. I nearly cried. Now I use it for differentiated worksheets, for quiz questions that I put into [[Google Forms|SOFTWARE]], and for making my slides in [[Canva|SOFTWARE]] look nicer. But I check everything, because it doesn't know our curriculum exactly. Our syllabus is the school's own, linked to [[Cambridge|ORGANIZATION]] for the older classes, and sometimes [[ChatGPT|AI_PRODUCT]] gives American units or American examples, like it talks about snow days. My students have never seen snow in their life, except in [[Murree|CITY]] on a trip. So I change the examples to things they know, like the canal, the Ravi, mangoes. Also once it explained photosynthesis with a small mistake about where oxygen comes from, and one of my boys, [[Hamza|PERSON]], caught it. He was so happy. Since then I keep a "catch the mistake" corner on the board.

AI: How do your students and their parents feel about AI?

User: The parents are divided. Some are very excited, they want their children to learn AI from grade one. Some are scared, they think children will stop thinking. One mother told me her daughter [[Zoya|PERSON]] asks [[ChatGPT|AI_PRODUCT]] before she asks her. I told her, honestly, my own son does the same to me. For the students, I tell them the story of [[Abdus Salam|PUBLIC_FIGURE]], our Nobel prize physicist, who studied under a lantern in [[Jhang|CITY]]. I say, he had no AI and he still won. Then they ask if he would have used [[ChatGPT|AI_PRODUCT]], and we have a big debate. [[Malala Yousafzai|PUBLIC_FIGURE]] also comes up, the girls especially love her story. I use those debates to teach them to question sources.

AI: Are there any rules at your school about teachers using these tools?

User: Our [[principal|GENERIC_ROLE]] sent a circular last year. Teachers can use AI for planning, but student data, marks, names, photos, nothing goes in. And if we make a worksheet with AI, we must review it fully. I think the rules are fine. The bigger problem is load-shedding, when the electricity goes, no AI, no internet, nothing. Then I'm back to chalk. Honestly chalk still works very well.

AI: If we wanted to follow up, how could we reach you?

User: On [[WhatsApp|SOFTWARE]] is best. I'll say the number the way we say it here: [[oh-three-hundred, four-seven-one, two-two-nine-six|OBF_PHONE|spoken_words]]. My email is [[sadia.rehman.teaches@gmail.com|EMAIL_ADDRESS]]. My husband works in [[Dubai|CITY]] so my evenings are busy with the kids, better to message after nine at night.

AI: Thank you, [[Sadia|PERSON]]. Is there anything else you'd like to share?

User: Just that teachers in [[Pakistan|COUNTRY]] are very creative, we have had to be, with big classes and few resources. AI is one more tool. It can save us time, and time is the thing we never have. But the love for the children, the patience, that has to come from us. I tell my students, [[ChatGPT|AI_PRODUCT]] can answer your question, but it cannot be proud of you. I can.""")

# 10 Canada - undergraduate research assistant, Montreal
T.append("""AI: Hi, thanks for joining. To start, could you tell me a bit about who you are and what you do?

User: Hey, yeah. I'm [[Amara Nwosu-Bélanger|PERSON]], I'm [[22|AGE]], and I'm in my last year of cognitive science at [[McGill|SCHOOL]]. I started in [[September 2021|DATE]] and I'm graduating in [[May 2025|DATE]] if my thesis cooperates. I'm also a [[research assistant|JOB_TITLE]] in a psycholinguistics lab, about fifteen hours a week. The lab's run by Prof. [[Daria Ostrowski|PERSON]], she studies how bilingual kids process sentences, which, as someone who grew up switching between French, English and a bit of Igbo at my grandma's, is kind of my whole life.

AI: What does a typical week in the lab look like for you, and where does AI fit in?

User: It's a lot of running participants, kids aged five to eight, so a lot of stickers. Then cleaning data, coding responses, and some programming. The experiments are built in [[PsychoPy|SOFTWARE]] and the analysis is in [[Python|SOFTWARE]]. I use [[Claude|AI_PRODUCT]] a lot for the [[Python|SOFTWARE]] side, like when I need to reshape a data frame and I can't remember the pandas syntax for the hundredth time. And for transcribing the kids' audio we tested [[Whisper|AI_PRODUCT]], which was honestly bad with five-year-olds code-switching in Québécois French. It kept turning "chu tanné" into something about tanning. So we still transcribe by hand, in [[Praat|SOFTWARE]].

AI: How does Prof. [[Ostrowski|PERSON]] feel about students in the lab using these tools?

User: She's pretty open, but with rules. The big one is no participant data goes into any external tool, ever, because of the ethics approval. The audio of children is super protected. So I'll describe the structure of the data to [[Claude|AI_PRODUCT]], like "I have a column called condition with three levels," but never paste the actual file. [[Daria|PERSON]] also made us all redo the ethics training this year, and I had to put my student number on the certificate, [[261045873|NATIONAL_ID]], which I only remember because I've typed it a thousand times. [[Jen Kowalczyk|PERSON]], who runs the lab day to day, keeps a shared doc of prompts that worked. It's actually really useful.

AI: What about your own coursework and thesis?

User: For the thesis I try to do the thinking myself and use AI more like a rubber duck. I'll explain my argument and ask it to poke holes. It's good at finding the weak link. For writing I don't let it draft, partly because [[McGill|SCHOOL]]'s policy varies by course and partly because I want it to sound like me. My roommate in [[Mile End|CITY]], [[Sophie-Anne|PERSON]], is in law and she's not allowed to use it at all in some courses, so we argue about it at dinner. My little brother [[Kofi|PERSON]] is [[sixteen|AGE]] and uses it for everything, which kind of scares me. [[Steven Pinker|PUBLIC_FIGURE]] was a [[McGill|SCHOOL]] undergrad, and my dad keeps sending me his articles about language and AI, like "see, even [[Pinker|PUBLIC_FIGURE]] says."

AI: If other researchers wanted to reach you about this, how could they?

User: School email, though I write it in this annoying way online: [[amara [dot] nwosu-belanger [at] mail [dot] mcgill [dot] ca|OBF_EMAIL|bracket_at_dot]]. I have a little site with my posters on it, [[amaranb.github.io|URL]], and I'm on [[Bluesky|SOFTWARE]] as [[@amaranb.bsky.social|SOCIAL_HANDLE]].

AI: Great. Last question, [[Amara|PERSON]]: how do you think this will shape what you do after graduating?

User: I want to do a master's, maybe at [[Université de Montréal|SCHOOL]] so I can stay in [[Montreal|CITY]], or go to [[Edinburgh|CITY]] if I get funding. Either way I think knowing how to use these tools without letting them think for you is going to be a big part of research. My grandma in [[Enugu|CITY]] asked me on a video call whether robots will do my job. I told her, not until they can get a five-year-old to sit still for a twenty-minute experiment.""")

# 11 Kenya - assistant librarian, Nairobi
T.append("""AI: Thank you for joining. Please start by telling me about yourself and your work.

User: Thank you for having me. I'm [[Grace Wambui Njoroge|PERSON]], I'm [[33|AGE]], and I'm an [[assistant librarian|JOB_TITLE]] in charge of electronic resources at [[Kenyatta University|SCHOOL]] in [[Nairobi|CITY]]. I did my master's in library and information science at [[Moi University|SCHOOL]] in [[Eldoret|CITY]], I graduated in [[December 2016|DATE]], and I joined [[KU|SCHOOL]] the following year. My work is subscriptions, remote access, the discovery system, and a lot of training. Every [[January|GENERIC_TIME]] I run information literacy sessions for new postgraduate students, which is where the AI questions started coming.

AI: What kinds of AI questions do students bring to you?

User: The most common one is, "I can't find this article." And when I search, the article doesn't exist, because [[ChatGPT|AI_PRODUCT]] made it up. It looks perfect, it has authors, a journal, a volume, sometimes even a DOI, and it's all invented. Last semester a master's student, [[Kiprop|PERSON]], came with a list of twenty-three references for his proposal and eleven were fake. He was devastated, his defence was in two weeks. We sat together for two afternoons and found real sources for most of his arguments in [[EBSCO Discovery Service|SOFTWARE]] and [[Google Scholar|SOFTWARE]]. Now I start every training with that story, without his name of course.

AI: Do you use AI tools yourself in the library?

User: Yes, carefully. I use [[Perplexity|AI_PRODUCT]] when I need a quick overview of a topic before I build a search strategy, because at least it shows the links. We also have a trial of [[Scopus AI|AI_PRODUCT]] through our subscription, and I find it better for research questions because it only draws from indexed papers. On the systems side, our catalogue runs on [[Koha|SOFTWARE]], and I use [[ChatGPT|AI_PRODUCT]] to help me write the SQL reports, like how many e-books were accessed by the School of Nursing last quarter. I'm not a programmer, so that has been a big help. The [[University Librarian|JOB_TITLE]], Dr. [[Mutua|PERSON]], was skeptical at first, but when he saw the usage reports he asked me to train the other staff.

AI: Are there concerns in the library about these tools?

User: Many. One is equity. The paid versions cost money, and most of our students cannot pay twenty dollars a month, that is serious money here. So the rich students get the better tools. Another is that students are skipping the library entirely. And for staff, some of my colleagues worry about jobs. I tell them the library was supposed to die with [[Google|SOFTWARE]] too, and here we are. [[Wangari Maathai|PUBLIC_FIGURE]] studied and taught in [[Nairobi|CITY]], and I like to remind students that she built her ideas by reading deeply, not by summarising. And there's privacy: I never put student records or borrower data into these tools. [[Koha|SOFTWARE]] has personal data of thousands of people. At home it's the same story. My son [[Baraka|PERSON]] is [[seven|AGE]] and he talks to the voice assistant on my phone like it's a cousin. My husband teaches at a secondary school in [[Thika|CITY]] and he uses AI to make exam questions, we argue about it at supper. We live in [[Kahawa Sukari|CITY]], which is close to campus, so I'm lucky with traffic compared to colleagues coming from the other side of town. On weekends I volunteer with a reading club for girls, and I started using AI to make simple comprehension questions for the storybooks.

AI: If we needed to follow up with you, how could we reach you?

User: On phone or [[WhatsApp|SOFTWARE]]. I'll give it the way I write it on posters so it's not harvested: [[+254 seven-two-two, 418, 937|OBF_PHONE|mixed_words_digits]]. Or on [[X|SOFTWARE]], I'm [[@gracie_reads_ke|SOCIAL_HANDLE]], I post about library events and sometimes about books I'm reading.

AI: Thank you, [[Grace|PERSON]]. Any final reflections?

User: Only that librarians in [[Kenya|COUNTRY]], and across [[Africa|CONTINENT]], are ready to lead on this. We've always been the people who teach others how to judge information. AI makes that job more important. I would like the university to see us as partners in the AI policy, not just the people who unlock the library in the morning.""")

# 12 Colombia - graduate teaching assistant, Bogotá
T.append("""AI: Hi, thanks for joining the study. Could you introduce yourself?

User: Hola, yes. I'm [[Santiago Ocampo Restrepo|PERSON]], everyone says [[Santi|PERSON]]. I'm [[26|AGE]], I'm doing a master's in economics at the [[Universidad de los Andes|SCHOOL]] in [[Bogotá|CITY]], and I'm a [[graduate teaching assistant|JOB_TITLE]], here we call it [[monitor|JOB_TITLE]], for intermediate microeconomics. I'm from [[Pereira|CITY]], in the coffee region, I did my undergrad at the [[Universidad Tecnológica de Pereira|SCHOOL]] and moved to [[Bogotá|CITY]] in [[January 2023|DATE]]. I live in [[Chapinero|CITY]], in a tiny apartment with a big window and very bad water pressure.

AI: What does your TA work involve, and how do AI tools come into it?

User: I run two problem sessions a week, grade problem sets, and answer a lot of emails at midnight. The course is taught by la profe [[Camacho|PERSON]], [[Sandra Milena Camacho|PERSON]], she's very demanding but fair. For the problem sessions I use [[ChatGPT|AI_PRODUCT]] to generate variations of exercises, like the same consumer optimisation problem with different utility functions, so students can practise. I also use it to check my own solutions, but honestly it's not great at calculus with many steps, it makes sign errors. For my thesis I do econometrics in [[Stata|SOFTWARE]] and sometimes [[Gemini|AI_PRODUCT]] helps me with the syntax. The course materials all go on [[Bloque Neón|SOFTWARE]], which is the university platform.

AI: Has there been any situation where using AI caused a problem?

User: Yes, a stupid one, and it was my mistake. At the start of the semester the university sent me the contract forms for the TA payment, and I wanted to understand one clause in the tax part. So I copied the whole page into [[ChatGPT|AI_PRODUCT]], and only after did I see that the page had my cédula number on it, [[1.088.254.731|NATIONAL_ID]], and my bank account. I deleted the chat, but who knows. Now I'm very careful. When I told [[Valen|PERSON]], my classmate, [[Valentina Ruiz|PERSON]], she laughed at me for a week, and then she confessed she had done the same with her rental contract.

AI: How do the students in your course use these tools, from what you see?

User: A lot. Some very well, some very badly. The bad ones submit problem sets where the answer is perfect but the steps make no sense, or they use notation we never used in class. The profe decided that problem sets now count less and there are short oral quizzes in the sessions, five minutes per student. It's more work for me but it's fair. The good students use it like a tutor, they ask it to explain the intuition of the Slutsky equation ten different ways until they get it. [[Esther Duflo|PUBLIC_FIGURE]] came to give a talk at the university last year and someone asked her about AI, she said something like the tool is only as good as the question, and I repeat that to my students.

AI: What about your plans after the master's?

User: I want to apply for PhD programs, maybe in [[Spain|COUNTRY]] or the [[United States|COUNTRY]]. My mom, in [[Pereira|CITY]], would prefer I stay in [[Colombia|COUNTRY]] and work at the [[Banco de la República|ORGANIZATION]]. We'll see. I think AI will change economics research a lot, especially the data work, cleaning, coding. But the question, what to study and why, that's still ours. Like [[Gabriel García Márquez|PUBLIC_FIGURE]] said, life is not what one lived but what one remembers. Economics is not the regression, it's the story you tell with it.

AI: If we wanted to follow up, how can we contact you, [[Santiago|PERSON]]?

User: My university email, I write it like this on my CV online: [[s.ocampo{at}uniandes{dot}edu{dot}co|OBF_EMAIL|brace_at_dot]]. Or [[WhatsApp|SOFTWARE]] at [[+57 314 852 6610|PHONE_NUMBER]]. I answer faster on [[WhatsApp|SOFTWARE]], honestly, like every Colombian.""")

# 13 UAE - English lecturer, Sharjah
T.append("""AI: Thank you for joining. Could you tell me a little about yourself and your role?

User: Of course. My name is [[Nour El-Sayed|PERSON]], I'm [[41|AGE]], originally from [[Alexandria|CITY]] in [[Egypt|COUNTRY]]. I'm a [[lecturer in English|JOB_TITLE]] in the foundation program at the [[University of Sharjah|SCHOOL]], so I teach first-year students who need to improve their academic English before they start their majors. I did my MA in applied linguistics at the [[American University in Cairo|SCHOOL]], finished in [[2008|DATE]], and I moved to the [[UAE|COUNTRY]] in [[August 2013|DATE]]. We live in [[Al Nahda|CITY]], right on the border between [[Sharjah|CITY]] and [[Dubai|CITY]], so the traffic is my daily meditation.

AI: How have AI tools affected the way you teach writing?

User: It's been a revolution and a headache at the same time. When [[ChatGPT|AI_PRODUCT]] came out, within one month I had essays that were suddenly perfect, from students who could not write a paragraph in [[September|GENERIC_TIME]]. We had to completely rethink. Now most of the writing happens in class, by hand or on locked-down laptops, and I grade the process, the outline, the drafts, the reflection. I also let them use [[Grammarly|SOFTWARE]] for surface errors, but not [[QuillBot|AI_PRODUCT]], because the paraphrasing destroys their own voice. Our [[program coordinator|GENERIC_ROLE]], Dr. [[Fiona McAllister|PERSON]], led the new assessment policy and I helped write the rubric.

AI: Do you use AI yourself when preparing materials?

User: All the time, I'm not a hypocrite. I ask [[ChatGPT|AI_PRODUCT]] to adapt a reading to three levels, B1, B2, C1, and to write comprehension questions. I upload the materials to [[Blackboard|SOFTWARE]]. I ask it for ideas for speaking activities about topics my students care about, like football, falconry, cars, food. Sometimes it suggests very Western topics that don't work in our context, like dating, so I adjust. For feedback on essays I never paste student work, we have a clear rule about that. But I use it to generate a bank of feedback comments that I then personalise.

AI: What stands out to you about how your students relate to AI?

User: They are very comfortable with it, much more than me. Many of them are Emirati women, very ambitious, and they see AI as a tool for their careers. One student, [[Mahra|PERSON]], asked me if she could use [[ChatGPT|AI_PRODUCT]] to practise interviews in English for an internship at an airline, and I said yes, absolutely, and she got it. Another one, [[Shamma|PERSON]], wrote her reflection about how AI helped her understand [[Naguib Mahfouz|PUBLIC_FIGURE]] in English translation after reading him in Arabic, and that made me very happy as an Egyptian. But there are also students who depend on it too much, who panic when the internet is off. [[Fiona|PERSON]] and I joke that the best teaching tool this year was the Wi-Fi going down during a midterm. At home AI is everywhere too. My daughter is [[fourteen|AGE]] and she uses it for school, and I check her homework like a detective. My sister [[Yasmine|PERSON]], she lives in [[Toronto|CITY]], is a [[nurse|JOB_TITLE]] there, she uses it to prepare for her licensing exams. We send each other prompts on [[WhatsApp|SOFTWARE]]. And my mother in [[Alexandria|CITY]] asks it for recipes, can you imagine, an Egyptian mother asking a machine how to make molokhia. She says the machine's recipe is wrong, of course.

AI: If we had follow-up questions, how could we contact you?

User: My work email, I'll write it in the style I use on the staff page: [[nour.elsayed AT sharjah DOT ac DOT ae|OBF_EMAIL|caps_at_dot]]. Or my mobile, [[+971 50 318 7742|PHONE_NUMBER]]. Please not on [[Friday|GENERIC_TIME]] before two, that's family time.

AI: Thank you, [[Nour|PERSON]]. Anything else you'd like to add?

User: Only that language teachers should be in the middle of these discussions. Everybody talks about AI and coding, AI and medicine, but AI is a language machine. We are the ones who understand language. I think our profession will change, but it will not disappear. Someone has to teach students to have their own voice, in any language.""")

# 14 Ireland - maths teacher, Cork
T.append("""AI: Thanks for joining. Could you start by telling me about yourself and your school?

User: No bother. I'm [[Cathal Ó Briain|PERSON]], though on the roll book and to the kids I'm Mr [[O'Brien|PERSON]], it's easier for everyone. I'm [[39|AGE]], and I'm a [[maths teacher|JOB_TITLE]] at [[St Finbarr's Community College|SCHOOL]] in [[Douglas|CITY]], on the south side of [[Cork|CITY]]. I did my degree at [[UCC|SCHOOL]], finished in [[2007|DATE]], went to [[Australia|COUNTRY]] for a few years like half my class, and came home to do the teaching qualification. I've been in [[St Finbarr's|SCHOOL]] since [[2014|DATE]]. I teach maths and a bit of applied maths, first years right up to Leaving Cert.

AI: How do you use AI tools in your teaching?

User: Mostly behind the scenes. [[ChatGPT|AI_PRODUCT]] is great for making differentiated worksheets, three versions of the same questions on quadratics with different levels of scaffolding. I use it to write word problems that are a bit more relatable than the ones in the textbook. Like, instead of trains leaving stations, I'll ask for problems about the number 208 bus or the price of a spice bag. I also use [[GeoGebra|SOFTWARE]] loads, which has some AI bits now. The school's on [[Microsoft Teams|SOFTWARE]] and [[VSware|SOFTWARE]] for attendance and reports, and we've been told we can use [[Copilot|AI_PRODUCT]] with our school accounts.

AI: What about the students, how are they using these tools?

User: Ah, they're way ahead of us. Half of them use [[Photomath|SOFTWARE]] to do their homework, you point your phone at the question and it solves it. Some of them now use [[Khanmigo|AI_PRODUCT]], which is actually decent because it doesn't just give the answer, it asks you questions back. One of my fifth years, [[Saoirse|PERSON]], showed me how she uses it to study for the Leaving, and honestly it's a better study technique than what I had. Then there's a lad in second year, [[Oisín|PERSON]], who handed in homework with the answer to a question I hadn't even asked, because he'd photographed the wrong page. Fair play to him, at least it was correct. As for the school, our [[deputy principal|GENERIC_ROLE]], [[Deirdre Lynch|PERSON]], set up a working group, and we're trying to put a policy together for the start of next year. The [[Department of Education|ORGANIZATION]]'s guidance is fairly general, so each school is figuring it out. The main thing for us is data: nothing with student names goes into the free tools, and definitely nothing about special educational needs. [[Deirdre|PERSON]] is very good on that. She taught maths herself before she went into management, so she gets it. The big debate is the coursework. For the new Leaving Cert subjects there's going to be more project work, and we're all asking, how do we know the kid did it?

AI: Do you have any personal view on where this is heading for maths teaching?

User: I think it'll push us back toward the things only teachers can do. Explaining why, not just how. Spotting the kid who's lost and too embarrassed to say it. Keeping a class of twenty-eight sixteen-year-olds focused on a wet [[Friday|GENERIC_TIME]] afternoon. No AI is doing that. I coach the under-fourteen hurling team as well, and I often think about it like coaching. You can watch all the videos of [[Roy Keane|PUBLIC_FIGURE]] you want, you still have to go out and train in the rain.

AI: If we wanted to follow up with you, how could we get in touch?

User: Sure, my mobile, I'll spell it out with spaces so the bots don't get it: [[0 8 7 - 2 2 4 - 9 1 5 3|OBF_PHONE|spaced_digits]]. Email's [[cobriain.maths@gmail.com|EMAIL_ADDRESS]], I don't check the school one during the holidays. My wife, [[Niamh|PERSON]], says I'm a nightmare to reach in [[July|GENERIC_TIME]] because I'm always off in [[West Cork|CITY]] with no signal, so maybe not [[July|GENERIC_TIME]].

AI: Thanks, [[Cathal|PERSON]]. Anything you'd like to add?

User: Just that teachers in [[Ireland|COUNTRY]] are mostly figuring this out on our own time, in the staffroom, over tea. It'd be nice to get proper training instead of a PDF. But the kids are brilliant, they teach me something new about these tools every week.""")

# 15 Bangladesh - MSc student and part-time lecturer, Dhaka
T.append("""AI: Thank you for joining. Could you introduce yourself and what you do?

User: Thank you. I am [[Tanvir Hasan Chowdhury|PERSON]], my friends call me [[Tanu|PERSON]]. I am [[24|AGE]] years old. I am an [[MSc student in water resources engineering|JOB_TITLE]] at [[BUET|SCHOOL]], the [[Bangladesh University of Engineering and Technology|SCHOOL]], in [[Dhaka|CITY]], and I also work as a [[part-time lecturer|JOB_TITLE]] at [[Ahsanullah University of Science and Technology|SCHOOL]], where I teach fluid mechanics lab. I finished my BSc at [[BUET|SCHOOL]] in [[2022|DATE]] and started the MSc in [[January 2023|DATE]]. I'm originally from [[Sirajganj|CITY]], near the Jamuna river, so floods are personal for me. That's why I chose this field.

AI: What is your research about, and how do AI tools come into it?

User: I'm modelling riverbank erosion and flood inundation for the Jamuna. I use [[HEC-RAS|SOFTWARE]] for the hydraulic models, [[ArcGIS|SOFTWARE]] for the maps, and a lot of [[Python|SOFTWARE]] for processing satellite data. AI helps mostly in coding. I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Claude|AI_PRODUCT]] to write scripts to download and clean the Sentinel images. Before, it would take me a week to write such a script, now maybe one day, including fixing its mistakes. I also tried a machine learning model for predicting erosion, and [[ChatGPT|AI_PRODUCT]] helped me understand the random forest method. My [[supervisor|GENERIC_ROLE]] checks everything though, he is very strict.

AI: Tell me about your [[supervisor|GENERIC_ROLE]] and how he sees these tools.

User: My [[supervisor|GENERIC_ROLE]] is Professor [[Rafiqul Islam|PERSON]], but in Bangladesh we just call teachers "Sir", so I call him Sir, never his name. Sir is old school. The first time I showed him code written with [[ChatGPT|AI_PRODUCT]] he asked me to explain every line. I could not explain two lines, so he said, delete them and write it yourself. It was embarrassing but he was right. Now he accepts that we use it, but in our weekly meeting on [[Sunday|GENERIC_TIME]] he asks, "Who wrote this, you or the machine?" And we must be honest. My lab mate [[Mithila|PERSON]] had a paper rejected because the reviewer noticed that some of the text was AI generated and generic. After that, everyone in the lab is more careful.

AI: How about your teaching at [[Ahsanullah|SCHOOL]]? How do students use AI there?

User: The students are second year civil engineering, about forty in each lab group. For lab reports, many of them use [[ChatGPT|AI_PRODUCT]] to write the discussion part, and it's obvious because every report says the same thing in the same beautiful English. So I changed the format. Now they must include a hand-drawn graph and one paragraph about what went wrong in their own experiment, and it must match what I saw in the lab. A student called [[Arnob|PERSON]] wrote that the Venturi meter reading was strange because his partner was leaning on the pipe. I gave him full marks for honesty.

AI: Are there personal or family aspects to how you use AI?

User: My younger sister [[Nabila|PERSON]] is in class eleven in [[Sirajganj|CITY]], and she uses it to prepare for the HSC exam. My father is a school teacher there, and he is a bit suspicious of it, he thinks she will stop memorising. I think memorising is not the important thing anymore. We argue on the phone. I share a flat in [[Dhanmondi|CITY]] with three other [[BUET|SCHOOL]] students, and we use it for everything, even to argue about cricket. When [[Muhammad Yunus|PUBLIC_FIGURE]] became the head of the interim government, we asked [[ChatGPT|AI_PRODUCT]] what he would do about floods, and it gave a very diplomatic answer.

AI: If we needed to follow up, how could we reach you?

User: My email, I write it in words because my inbox is already full of spam: [[tanvir dot hc nineteen ninety nine at yahoo dot com|OBF_EMAIL|spelled_words_digits]]. You can also find me on [[Facebook|SOFTWARE]] at [[facebook.com/tanvir.hasan.buet|URL]]. I want to do a PhD abroad, maybe at [[TU Delft|SCHOOL]] in the [[Netherlands|COUNTRY]], because they are the best in water, so if you have contacts, please tell me.""")

# 16 South Africa - chief lab technician, Cape Town
T.append("""AI: Thanks for joining today. Could you tell me a bit about yourself and your work?

User: Hi, yes. I'm [[Nomvula Dlamini|PERSON]], but at work everyone calls me [[Vuvu|PERSON]]. I'm [[47|AGE]] and I'm the [[chief laboratory technician|JOB_TITLE]] in molecular and cell biology at [[UCT|SCHOOL]], the [[University of Cape Town|SCHOOL]]. I started in [[1998|DATE]] as a lab assistant washing glassware, so I've been in the same building for more than twenty-five years. Now I manage the teaching labs, the PCR machines, the autoclaves, the ordering, and three junior technicians. I live in [[Observatory|CITY]], just down the road, we all say [[Obs|CITY]]. I grew up in [[Gugulethu|CITY]] and my mother still lives there.

AI: How have AI tools come into your work in the labs?

User: Slowly, and then suddenly. The postgrads started using [[ChatGPT|AI_PRODUCT]] for everything around 2023, and I noticed because their protocols started looking very neat and very wrong. A student would bring me a PCR protocol with an annealing temperature that made no sense for their primers, and I'd ask where it came from, and it was the chatbot. So now I use it myself, to understand what they're seeing. I use it for writing risk assessments, the first draft, and for the induction booklet for new students. For plasmid work we use [[SnapGene|SOFTWARE]] and [[Benchling|SOFTWARE]], and [[Benchling|SOFTWARE]] has some AI features now, but I don't trust them yet.

AI: How do the researchers in your department see these tools?

User: It depends on the lab. Prof. [[Hendrik van der Merwe|PERSON]], whose group I work with most, is very enthusiastic. He uses [[Microsoft Copilot|AI_PRODUCT]] for his grant writing and he tells the students to use it for coding. Prof. [[Van der Merwe|PERSON]] is also the one who forgets to order reagents until the day before the practical, so I tell him [[Copilot|AI_PRODUCT]] can't order tips for him. Then there's another PI who banned it in her lab. The students are in the middle. [[Precious|PERSON]], one of our master's students, told me she uses it in isiZulu to explain concepts and then reads the English papers, and that helped her a lot. [[Thabo|PERSON]], a [[PhD student|JOB_TITLE]], uses it for his R code. I think it's good for students who were not taught in English at school, it gives them a second way in.

AI: Have there been any incidents or worries around safety?

User: Yes, one that scared me. A first-year student in the teaching lab asked [[ChatGPT|AI_PRODUCT]] how to dispose of a phenol waste, and it gave an answer that was okay for a home lab in [[America|COUNTRY]] maybe, but not for our rules. He was about to pour it down the sink. I caught him just in time. Since then, every induction includes a slide that says "the chatbot is not the safety officer, [[Vuvu|PERSON]] is." They laugh but they remember. And with load-shedding, when the power goes, the freezers and the incubators are the real worry, not the AI. Last winter I was here at two in the morning with a torch, moving samples to the backup freezer. No chatbot helped me that night.

AI: Does any of this reach into your life outside work?

User: My son is doing matric this year and he uses it to study for maths and physical science. I check that he's actually working, not just copying. My sister [[Zanele|PERSON]] is a [[nurse|JOB_TITLE]] in [[Khayelitsha|CITY]] and she was surprised I use it, she thought AI was for computer people. I also coach netball at my church on [[Saturdays|GENERIC_TIME]], and I used it to make a training plan. When [[South Africa|COUNTRY]] won the Rugby World Cup, the kids wanted to know everything about [[Siya Kolisi|PUBLIC_FIGURE]], and I made them a quiz with it. Small things.

AI: If we wanted to follow up, how could we reach you, [[Nomvula|PERSON]]?

User: My work email, written the way I write it on the lab door so the spam robots don't get it: [[nomvula.dlamini at uct dot ac dot za|OBF_EMAIL|spelled_at_dot]]. Or the lab phone, [[021 650 4417|PHONE_NUMBER]], someone will always find me. If you need to go through the university for payment or anything, my staff number is [[0042871|NATIONAL_ID]]. I'm happy to help, we technicians are never asked about these things, and in [[South Africa|COUNTRY]] we are the ones keeping the labs alive.""")

# 17 France - maître de conférences, Lyon
T.append("""AI: Bonjour, and thanks for joining. Could you introduce yourself and your position?

User: Bonjour. I'm [[Bénédicte Fauvel|PERSON]], I'm [[44|AGE]], and I'm a [[maître de conférences|JOB_TITLE]] in sociology at [[Université Lumière Lyon 2|SCHOOL]], it's more or less an [[associate professor|JOB_TITLE]] in the Anglo-Saxon system. I did my doctorate at the [[EHESS|SCHOOL]] in [[Paris|CITY]], defended in [[June 2011|DATE]], then a postdoc in [[Belgium|COUNTRY]], and I arrived in [[Lyon|CITY]] in [[2014|DATE]]. I work on young people in precarious jobs, delivery riders, call centres, that kind of thing, mostly with long qualitative interviews. I live in the [[Croix-Rousse|CITY]], up the hill, with my partner [[Jérôme|PERSON]] and two teenagers who think I'm very old-fashioned.

AI: How do AI tools figure in your research?

User: With a lot of hesitation. The obvious use for me is transcription. I have hundreds of hours of interviews. We tested [[Whisper|AI_PRODUCT]], running locally on a lab computer, not in the cloud, because of data protection. The interviewees are often in fragile situations, some without papers, and I promised them confidentiality. Our data protection officer was very clear: no recordings on American servers. [[Whisper|AI_PRODUCT]] is surprisingly good with French, less good with the slang of the banlieue, which is, well, the heart of my material. For coding interviews I still use [[NVivo|SOFTWARE]] the old way. I tried to ask an AI to code themes and it produced very banal categories, the kind a first-year student would find. [[Bourdieu|PUBLIC_FIGURE]] would not be impressed.

AI: You mentioned [[Bourdieu|PUBLIC_FIGURE]]. How do your colleagues see these tools?

User: It's a very lively debate in our lab. There's a funny thing: my closest [[colleague|GENERIC_ROLE]] is called [[Claude|PERSON]], [[Claude Marchetti|PERSON]], and the students confuse him with the chatbot all the time. One of them wrote in an email, "I asked [[Claude|AI_PRODUCT]] and he said my hypothesis was fine," and she meant the machine, not him. He hates it. He's very critical of AI, he writes about digital labour and the workers who label data in [[Madagascar|COUNTRY]] and [[Kenya|COUNTRY]] for these companies. So he refuses to use [[Claude|AI_PRODUCT]] on principle, which everyone finds hilarious. Others use [[Le Chat|AI_PRODUCT]] from [[Mistral|ORGANIZATION]] because it's French and they feel it's more sovereign, which I find a bit naive, but okay.

AI: What about teaching and your students?

User: I teach methods to third-year students and a master's seminar. In the methods course I changed the assignment: instead of a written essay on [[Pierre Bourdieu|PUBLIC_FIGURE]], they must do a real interview with someone and write a reflexive account of it. No AI can do the interview for them. On [[Moodle|SOFTWARE]] I put a clear charter about what's allowed. My [[doctoral student|JOB_TITLE]] [[Inès Belkacem|PERSON]] helps me with the seminar, and she uses [[ChatGPT|AI_PRODUCT]] to prepare the reading summaries, but she tells the students openly, and then they discuss what the summary missed. It works well. [[Inès|PERSON]] is better at this than me, honestly.

AI: If we had follow-up questions, how could we contact you?

User: My university address, I write it like this on my page, as many colleagues in France do: [[b.fauvel arobase univ-lyon2 point fr|OBF_EMAIL|arobase_point]]. I'm not on social media, except [[Zotero|SOFTWARE]], if that counts. Ha.

AI: Any last thoughts you'd like to share?

User: Only that sociologists should study AI, not only use it. Who builds it, who cleans the data, who loses their job, who gains. [[Claude|PERSON]], my [[colleague|GENERIC_ROLE]] I mean, not the machine, says we are in the middle of a big reorganisation of work and we are both observers and subjects of it. I agree with him, for once. It's a strange moment to be a researcher.""")

# 18 Lebanon - admissions officer, Beirut
T.append("""AI: Thanks for joining. Could you tell me about yourself and your job?

User: Sure, hi. I'm [[Joëlle Abi Nader|PERSON]], I'm [[36|AGE]], and I'm an [[admissions officer|JOB_TITLE]] at the [[American University of Beirut|SCHOOL]]. I studied there too, I graduated in [[2010|DATE]], and I came back to work in admissions in [[2015|DATE]]. I'm from [[Zahlé|CITY]] originally, in the [[Bekaa|CITY]], but I've lived in [[Hamra|CITY]] for years, near campus. My job is undergraduate admissions, mainly applicants from [[Lebanon|COUNTRY]], [[Syria|COUNTRY]] and [[Iraq|COUNTRY]], which means a lot of document checking, equivalences between school systems, and answering the same questions from parents over and over.

AI: Where do AI tools come into that?

User: The parents' questions are where it started. During peak season, which is [[February|GENERIC_TIME]] to [[April|GENERIC_TIME]] for us, I get hundreds of emails and [[WhatsApp|SOFTWARE]] messages a week, in Arabic, English and French, sometimes all three in one message. I started using [[ChatGPT|AI_PRODUCT]] to draft replies in the right language and tone. Lebanese parents want warmth, Iraqi parents want formality, it's an art. Then I edit. I also use [[Gemini|AI_PRODUCT]] to summarise the long policy documents from the registrar's office, because nobody reads those. Our student system is [[Banner|SOFTWARE]], and we are not allowed to connect anything AI to it, which is correct.

AI: Is there any part of admissions decisions that involves AI?

User: No, absolutely not. Every file is read by a person. My [[director|GENERIC_ROLE]], Mr. [[Haddad|PERSON]], said in a meeting, if a family loses trust in us, we lose everything. After the economic crisis started in [[2019|DATE]], and then the port explosion in [[August 2020|DATE]], our building was damaged and we worked from home for months, trust was the only thing we had. Families were sending their children's documents to us by [[WhatsApp|SOFTWARE]] photos because the schools were closed. We had to be very careful with that data. [[Mireille|PERSON]], my [[colleague|GENERIC_ROLE]], she was in the office on the day of the explosion, and she still doesn't like to talk about it. Those were hard years.

AI: How do you see applicants using AI in their applications?

User: The personal statements changed completely in one year. Suddenly everyone was "passionate about leveraging innovation." I joke with [[Mireille|PERSON]] that we should ban the word "tapestry." But honestly some students use it well. One boy from [[Tripoli|CITY]], [[Karim|PERSON]], told me in an interview that he used [[ChatGPT|AI_PRODUCT]] to practise his English because his school had nobody to teach English for a year. He was honest, and his grades were excellent, and I think that's exactly the kind of resourceful student [[AUB|SCHOOL]] wants. The ones who worry me are the ones who use it to hide. But we interview many borderline applicants now, on [[Zoom|SOFTWARE]], and in five minutes you know.

AI: If we wanted to contact you again, how could we do that?

User: Work email is simplest: [[jabinader@aub.edu.lb|EMAIL_ADDRESS]]. For my mobile, I always write it with letters in it on public pages because of the scammers: [[+96l 3 l2O 58l|OBF_PHONE|letter_for_digit]]. Don't be confused, the l's are ones and the O is a zero. Better to text than to call, the network is terrible.

AI: Thank you, [[Joëlle|PERSON]]. Any final thoughts?

User: Just that in a country like ours, where everything is uncertain, electricity, money, politics, AI is one more uncertain thing, but also a useful one. My grandmother listens to [[Fairuz|PUBLIC_FIGURE]] every morning and says nothing changes that matters. Maybe she's right. Students still come in with their parents, nervous, hopeful, and they still need a human being to tell them it will be okay.""")

# 19 USA - chemistry teacher, El Paso
T.append("""AI: Thanks for joining. Could you start by telling me about yourself and where you teach?

User: Sure thing. I'm [[Luis Armando Quiñónez|PERSON]], I'm [[52|AGE]], and I'm a [[chemistry teacher|JOB_TITLE]] at [[Franklin High School|SCHOOL]] in [[El Paso|CITY]], [[Texas|CITY]]. I've been teaching for twenty-six years, the last fourteen at [[Franklin|SCHOOL]]. I got my chemistry degree at [[UTEP|SCHOOL]] in [[1995|DATE]]. I actually live across the state line in [[Sunland Park|CITY]], [[New Mexico|CITY]], so I commute between two states every day, which is less dramatic than it sounds, it's like twenty minutes. I teach regular chemistry and AP Chemistry, about a hundred and sixty kids total.

AI: How do you use AI tools in your teaching?

User: A lot, honestly. The district gave us access to [[MagicSchool|AI_PRODUCT]], which is built for teachers, so I use it for lesson plans, rubrics, making modified versions of labs for my English learners. I also use [[ChatGPT|AI_PRODUCT]] on my own account for harder stuff, like writing AP-style free response questions with scoring guidelines. I check everything, chemistry is unforgiving, one wrong sign on an enthalpy and the whole problem is garbage. We post everything on [[Schoology|SOFTWARE]], and for simulations I still love the [[PhET|SOFTWARE]] ones from [[CU Boulder|SCHOOL]]. Those aren't AI, they're just good.

AI: What does the department think about AI?

User: Our [[department head|GENERIC_ROLE]], Ms. [[Gutierrez|PERSON]], is pretty practical. She said, use it for your planning, but every lab safety document gets checked by a human, period. There was a story going around of somebody in another district who printed an AI-written lab procedure that mixed bleach and ammonia. Not us, thank God. A lot of the older teachers were scared at first, but when they saw it could write their parent emails in Spanish, that changed. Half our families speak Spanish at home. I can write Spanish, but my written Spanish is, como dice mi Tía [[Chuy|PERSON]], "de pocho," so I use it to polish.

AI: How do your students use AI?

User: Every way you can imagine. For homework, obviously. I had a kid, [[Xóchitl|PERSON]], who asked [[ChatGPT|AI_PRODUCT]] to explain limiting reagents using tacos, like if you have twelve tortillas and eight portions of carne asada, how many tacos, and it was honestly the best explanation I'd ever seen, so now I use it in class and credit her. Then I've had kids turn in lab reports with data for an experiment we never did. The fix for me was simple: lab data gets written in the notebook during class, in pen, and I initial it. If your report doesn't match the notebook, we talk. Also, the kids all joke about [[Bryan Cranston|PUBLIC_FIGURE]] and Breaking Bad the first week. Every year. I just let it happen.

AI: Is there anything about your own professional development related to AI?

User: Yeah, I took a district PD course on AI in the [[fall|GENERIC_TIME]], and for the certificate I had to enter my educator ID from the state, [[1483920|NATIONAL_ID]], which, you know, I thought twice about typing into a third-party form, but it was district-approved. My daughter [[Mari|PERSON]] is at [[Texas Tech|SCHOOL]] in [[Lubbock|CITY]], she's graduating in [[May 2026|DATE]] in nursing, and she sends me articles about AI in hospitals. We have these long conversations about it on the phone.

AI: If we wanted to follow up, how could we reach you, Mr. [[Quiñónez|PERSON]]?

User: Text is best. I'll write the number like I do on the board for parents who might post the photo online: [[(915) 555-zero-one-eight-two|OBF_PHONE|mixed_digits_words]]. And my school email is [[lquinonez@franklinhs-eisd.org|EMAIL_ADDRESS]]. I always say, tell the researchers the teachers in [[El Paso|CITY]] are doing cool stuff, we just don't get written up in the papers.""")

# 20 Chile - head of academic records, Santiago
T.append("""AI: Hola, and thank you for taking part. Could you describe yourself and your work?

User: Hola, gracias. I'm [[Paulina Araya Fuentealba|PERSON]], at the office everyone calls me [[Pauli|PERSON]]. I'm [[49|AGE]] years old and I'm the [[head of academic records|JOB_TITLE]] at the [[Universidad de Santiago de Chile|SCHOOL]], the [[USACH|SCHOOL]]. That means grades, certificates, degree registration, transcripts, everything that needs a stamp. I studied public administration at the same university, I got my degree in [[1999|DATE]], and I've worked here since [[March 2001|DATE]]. I live in [[Ñuñoa|CITY]] and take the metro to [[Estación Central|CITY]] every day, forty minutes if I get a seat, which I never do.

AI: How do AI tools fit into a role like yours?

User: Carefully, very carefully, because everything we touch is personal data. Grades, ID numbers, addresses. In [[Chile|COUNTRY]] the RUT is on everything, even my own RUT, [[12.847.391-6|NATIONAL_ID]], is on every form I sign. So the rule in my unit is: no student data goes into [[ChatGPT|AI_PRODUCT]], [[Gemini|AI_PRODUCT]], nothing. Where I use AI is in the writing and the analysis. We have [[Microsoft Copilot|AI_PRODUCT]] through the university licence, and I use it to write procedures, to summarise the new regulations from the ministry, and to draft replies to the same questions that students ask a thousand times. "How do I get my concentración de notas?" Every day.

AI: Can you tell me about a time it helped, or didn't?

User: It helped a lot with a report for the [[vice-rector|GENERIC_ROLE]] last year about delays in degree certificates. I had the data in [[Power BI|SOFTWARE]], anonymised, and I asked [[Copilot|AI_PRODUCT]] to help me explain the trends in clear language. It was good. It didn't help when a [[colleague|GENERIC_ROLE]], don [[Héctor|PERSON]], who has worked here forty years, asked [[ChatGPT|AI_PRODUCT]] to explain an old regulation from the eighties, and it invented an article number. He printed it and brought it to a meeting. It was very embarrassing for him, poor man. Since then don [[Héctor|PERSON]] calls it "el mentiroso," the liar.

AI: How do students and your team react to all this?

User: The young people in my team, like [[Camila Rojas|PERSON]], use it naturally, they are faster than me. But we also have staff who are afraid it will replace them, and I understand that. My answer is that a machine can draft a letter but it cannot decide if a student from [[Temuco|CITY]] who lost her father gets an exception for a late enrolment. That needs a person with judgement and a heart. My son [[Benja|PERSON]], [[Benjamín|PERSON]], is studying engineering at the [[Universidad de Concepción|SCHOOL]], and he tells me his classmates use it for everything. I tell him, [[Gabriela Mistral|PUBLIC_FIGURE]] was a rural teacher and won the Nobel, and she did not need a chatbot. He rolls his eyes.

AI: If we need to follow up, how can we contact you?

User: My work email, I write it like this when I put it in public documents: [[paulina.araya [arroba] usach [punto] cl|OBF_EMAIL|bracket_arroba_punto]]. Or my cell, [[+56 9 8734 2156|PHONE_NUMBER]]. If you want to send anything on paper, which I still like, the office is at [[Avenida Libertador Bernardo O'Higgins 3363|ADDRESS]], ask for registro curricular. Everybody knows me there.""")

# 21 Sri Lanka - primary school teacher, Kandy
T.append("""AI: Thank you for joining. Could you please tell me about yourself and your school?

User: Thank you. My name is [[Dilini Wickramasinghe|PERSON]]. I'm [[31|AGE]] and I'm a [[primary school teacher|JOB_TITLE]] at [[Mahamaya Girls' College|SCHOOL]] in [[Kandy|CITY]]. I teach grade four, thirty-eight little girls, all subjects except English and religion. I did my degree in education at the [[University of Peradeniya|SCHOOL]], finished in [[2015|DATE]], and after that the teacher training diploma. I live in [[Peradeniya|CITY]] itself, close to the university, with my husband [[Chamara|PERSON]], who is a [[bank officer|JOB_TITLE]], and our daughter [[Senuli|PERSON]], she is [[five|AGE]].

AI: How did you first start using AI tools for your teaching?

User: During a training programme from the zonal education office last year. They showed us [[ChatGPT|AI_PRODUCT]] and how it can make lesson plans. To register for that training I had to give my NIC number, [[199358203471|NATIONAL_ID]], to a [[Google Form|SOFTWARE]] made by some company, and I was a bit worried, but everyone did it. After the training I tried at home. I asked [[ChatGPT|AI_PRODUCT]] to write a short story in Sinhala about an elephant who learns to share, for a values lesson. The Sinhala was, how to say, a bit strange, like a translation from English, so I corrected it. [[Gemini|AI_PRODUCT]] was a little better in Sinhala, I think. Now I use both for ideas, and I use [[Canva|SOFTWARE]] to make colourful worksheets because the girls love pictures.

AI: What has worked well, and what hasn't?

User: For mathematics it works well. I ask for twenty word problems about the [[Kandy|CITY]] market, with rambutan and mangosteen prices, and the girls find them funny because they know the market. For environmental studies, sometimes the information is not correct for [[Sri Lanka|COUNTRY]], for example it said a bird lives here that does not live here. I check with the textbook from the educational publications department. Our [[principal|GENERIC_ROLE]], Mrs. [[Herath|PERSON]], said we can use it for preparation but we must not show the children the AI directly in the class, because they are too young. I agree. At this age they need to hold the pencil, sing the songs, touch the leaves.

AI: How do the parents of your students feel about it?

User: Some parents are very interested, they are doctors, engineers, they ask me which app is best for their child. I tell them, for a nine-year-old, the best app is a library book. One mother, [[Ruwani|PERSON]], sends her daughter to an AI tuition class on [[Saturday|GENERIC_TIME]], can you imagine, at nine years. Other parents are farmers or drivers, and some don't have a smartphone at home. So I have to be careful not to give homework that needs AI or internet, it would not be fair. My own mother in [[Matale|CITY]] thinks AI is something from cricket commentary, because [[Kumar Sangakkara|PUBLIC_FIGURE]] talks about data and analysis on TV.

AI: If we have follow-up questions, how can we reach you?

User: My mobile number is [[077 354 8812|PHONE_NUMBER]], you can call or send a message on [[WhatsApp|SOFTWARE]]. My email I will write with brackets, my brother told me to do that: [[dilini.w89 [at] gmail.com|OBF_EMAIL|bracket_at_only]]. Please send in the evening, after seven, because in the morning I am with the children and after school I am with my own child.

AI: Thank you, [[Dilini|PERSON]]. Is there anything you would like to add?

User: Only that in our country teachers are very respected but not very well paid, and we don't get much training for new things. If AI can save us some time in preparing, that is good, we can give that time to the children. But somebody must train us properly, in our own language, not only in English. I hope your research can say that.""")

# 22 Ghana - HR officer, Kumasi
T.append("""AI: Good morning, and thank you for joining. Could you introduce yourself?

User: Good morning. I'm [[Efua Boatemaa Ansah|PERSON]]. [[Efua|PERSON]] means I was born on a [[Friday|GENERIC_TIME]], so you see, my name already tells you something about me. I'm [[42|AGE]], and I'm a [[human resource officer|JOB_TITLE]] at [[KNUST|SCHOOL]], the [[Kwame Nkrumah University of Science and Technology|SCHOOL]] in [[Kumasi|CITY]]. I first came to [[KNUST|SCHOOL]] in [[2009|DATE]] for my national service and they kept me. Later I did an MBA at the [[University of Ghana|SCHOOL]], finished in [[2016|DATE]]. I handle staff records, promotions paperwork for senior members, and a lot of the training for junior staff. The younger ones call me Auntie [[Efua|PERSON]].

AI: Where do AI tools come into your HR work?

User: Mainly writing and spreadsheets. I use [[ChatGPT|AI_PRODUCT]] to draft memos, training materials, job descriptions. For promotion cases we have to summarise a lecturer's whole career, teaching, publications, service, and I use it to help me structure the summary from a template, but I type the real details myself. And [[Excel|SOFTWARE]], oh, [[Excel|SOFTWARE]]. I used to spend days reconciling staff lists between departments. Now I ask [[ChatGPT|AI_PRODUCT]] for the formulas, VLOOKUP, XLOOKUP, and it explains them patiently, better than the IT people, with respect to them. The university also has [[Microsoft Copilot|AI_PRODUCT]] in the staff email now, and I use it to summarise long email chains from the registry.

AI: What kinds of information do you avoid putting into these tools?

User: Anything with a name or a number. Staff IDs, Ghana Card numbers, bank details, medical reports for sick leave. Even my own, I know my staff ID, [[KN-08812|NATIONAL_ID]], and my Ghana Card, [[GHA-718264539-3|NATIONAL_ID]], by heart because I type them so often on forms, but they never go into [[ChatGPT|AI_PRODUCT]]. My [[director|GENERIC_ROLE]] sent a circular about it. Also, one of my colleagues, [[Nana Yaw Boakye|PERSON]], we call him [[Nana Yaw|PERSON]], made a mistake once, he pasted a whole disciplinary letter into the free version to correct the grammar. Nothing bad happened, but we had a long meeting about it. Now we remove names first, always.

AI: How do your colleagues and the staff you train feel about AI?

User: The junior staff are excited, especially the ones in their twenties. The older ones are nervous. Some of the clerks think AI will take their jobs, and I understand that fear. I tell them the job will change, not disappear. Somebody still has to sit with a widow who comes to process her husband's benefits. No chatbot will do that with kindness. And I remind them that [[Kofi Annan|PUBLIC_FIGURE]] studied here at [[KNUST|SCHOOL]], and he became the most important civil servant in the world by understanding people, not machines. They like that. At home, AI comes up too. My son [[Kojo|PERSON]] is in senior high school in [[Cape Coast|CITY]], boarding, and when he comes home for holidays he teaches me new tricks on my phone. He uses it for chemistry. My husband is a pastor and he asked it once to help with a sermon, and then he said the sermon had no spirit, so he threw it away. We laugh about it. We live in [[Ayeduase|CITY]], just outside the campus, so the students' noise is our daily music.

AI: If we need to contact you again, how would you prefer?

User: Call me or [[WhatsApp|SOFTWARE]]. I will say the number the way I say it at the office: [[zero two four, four double-one, seven eight, nine zero|OBF_PHONE|words_double]]. Please, [[Tuesday|GENERIC_TIME]] to [[Thursday|GENERIC_TIME]] is best, [[Mondays|GENERIC_TIME]] are full of meetings.

AI: Thank you, [[Efua|PERSON]]. Any final words?

User: Only that HR people in African universities should be part of the AI conversation. We hold the most sensitive information about everybody. If we are careless, it is a disaster. If we are careful, the tools can make us faster and free our time for the human parts of the job. That is my prayer.""")

# 23 Netherlands - PhD candidate, Utrecht
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your research?

User: Sure. I'm [[Magdalena Wiśniewska|PERSON]], most people here say [[Madzia|PERSON]] because the Dutch can't pronounce my surname, which, fair. I'm [[28|AGE]], and I'm a [[PhD candidate in computational linguistics|JOB_TITLE]] at [[Utrecht University|SCHOOL]]. I started in [[October 2022|DATE]] after my master's at the [[University of Warsaw|SCHOOL]]. My project is about how large language models handle Slavic morphology, so AI is literally my research object, not just a tool. I live in [[Lombok|CITY]], the neighbourhood in [[Utrecht|CITY]], not the island, people always ask.

AI: How do you use AI tools in your day-to-day work, as opposed to studying them?

User: It's a weird double life. On one side I'm running experiments on open models like [[Llama|AI_PRODUCT]] and [[Mistral 7B|AI_PRODUCT]] on the university cluster, with [[PyTorch|SOFTWARE]] and a lot of [[Slurm|SOFTWARE]] scripts that fail at three in the morning. On the other side I'm a normal [[PhD student|JOB_TITLE]] who uses [[ChatGPT|AI_PRODUCT]] to fix my [[LaTeX|SOFTWARE]] tables in [[Overleaf|SOFTWARE]] and to rewrite my emails to the graduate school in a less passive-aggressive tone. I also use [[GitHub Copilot|AI_PRODUCT]] daily. I'd say it doubles my coding speed for boilerplate and halves it for anything subtle, because I have to read every line.

AI: How do your supervisors view AI in the research process?

User: My [[promotor|GENERIC_ROLE]] is Prof. [[Marleen de Jong|PERSON]], and my [[daily supervisor|GENERIC_ROLE]] is [[Pieter Hoekstra|PERSON]], who's a postdoc-turned-assistant-professor. [[De Jong|PERSON]] is very principled. She says if we use a commercial model in the analysis, we have to report the exact version and date, because otherwise nobody can reproduce anything. [[Pieter|PERSON]] is more relaxed, he used [[ChatGPT|AI_PRODUCT]] to brainstorm titles for our last paper and we ended up with something terrible and went back to my original. There's also a lab rule that we don't upload unpublished annotated data to commercial APIs. Partly privacy, because some of the data comes from Polish social media, and partly because we don't want our test set to end up in someone's training data.

AI: You mentioned you also teach. How does AI affect that?

User: I'm a [[teaching assistant|JOB_TITLE]] for an introductory NLP course, about a hundred and twenty students. We allow AI for coding assignments as long as they write a short reflection on what they used. Honestly the reflections are the most interesting part. One student, [[Daan|PERSON]], wrote that the model gave him a tokenizer that worked perfectly for English and completely broke Polish, and he only noticed because I'd put a Polish example in the test set. That made me very happy. People like [[Yann LeCun|PUBLIC_FIGURE]] say these models don't really understand language, and moments like that give students a concrete sense of what that means.

AI: Has this work changed how you think about AI outside the lab?

User: Definitely. My boyfriend, [[Bram|PERSON]], is a [[nurse|JOB_TITLE]], and he's much more enthusiastic than me about AI helping with his paperwork. I'm the sceptic at dinner. My grandmother in [[Łódź|CITY]] uses a voice assistant to read her [[Olga Tokarczuk|PUBLIC_FIGURE]] novels out loud, and that I think is beautiful. So it's complicated. I'm critical of the hype, but I see the small good things.

AI: If we wanted to follow up, how could we reach you?

User: I'm on [[Mastodon|SOFTWARE]] as [[@madzia@scholar.social|SOCIAL_HANDLE]], and my site with papers is [[mwisniewska.nl|URL]]. My university email I paste with those wide characters so the scrapers miss it: [[m.wisniewska＠uu．nl|OBF_EMAIL|fullwidth_at_dot]]. Please avoid [[August|GENERIC_TIME]], I'll be in [[Poland|COUNTRY]] hiking with no laptop, hopefully.""")

# 24 Morocco - English teacher, Casablanca
T.append("""AI: Salam, and thanks for joining. Could you tell me about yourself and your teaching?

User: Salam, thank you. I'm [[Youssef Benkirane|PERSON]], I'm [[33|AGE]], and I'm an [[English teacher|JOB_TITLE]] at [[Lycée Al Khansaa|SCHOOL]], a public high school in the [[Maârif|CITY]] district of [[Casablanca|CITY]]. I studied English at [[Hassan II University|SCHOOL]], graduated in [[2013|DATE]], then did my teacher training in [[Rabat|CITY]], and I've been teaching since [[September 2015|DATE]]. English is the third or fourth language for my students, after Darija, Arabic and French, so every lesson is a little bit of a language salad.

AI: How do you use AI tools in your teaching?

User: A lot, but mostly outside the classroom, because in class the Wi-Fi is, let's say, a rumour. At home I use [[ChatGPT|AI_PRODUCT]] to create reading texts at the right level about topics my students care about. Football, of course, especially after the World Cup, when [[Morocco|COUNTRY]] reached the semi-final, I made a whole unit about [[Walid Regragui|PUBLIC_FIGURE]] and the team, and even the sleepy boys in the back row woke up. I also use [[Gemini|AI_PRODUCT]] to generate listening scripts, then I record them myself on my phone. For quizzes I use [[Kahoot|SOFTWARE]] when the connection allows it. And for marks and absences we have [[Massar|SOFTWARE]], the ministry's system, but no AI goes near that.

AI: What about your students? How do they use these tools?

User: The students use it for homework, obviously. The baccalaureate exam is on paper, no phones, so I tell them, if [[ChatGPT|AI_PRODUCT]] writes your essay at home, who will write it in the exam? Some listen. One girl, [[Salma|PERSON]], uses it to practise conversation, she types in English and asks it to correct her, and her speaking improved a lot in one term. She wants to study medicine in [[Canada|COUNTRY]]. Another student, [[Ayoub|PERSON]], copied an essay from it and forgot to delete the line "As an AI language model." The whole class laughed, he laughed too, and I used it as a lesson about reading what you submit.

AI: How does your school or the education authorities see this?

User: There's no clear policy yet. The pedagogical [[inspector|GENERIC_ROLE]] for English in our region, Mr. [[Alaoui|PERSON]], came to observe me and he was curious about the AI texts. He asked me to present in a training day for other teachers. Some older colleagues were against it, they said it will make students lazy. I understand, but our students are already using it, so better that we teach them how. My [[colleague|GENERIC_ROLE]] [[Hind|PERSON]], she teaches French, is my partner in crime, we made a small guide together in three languages.

AI: If we wanted to follow up, how could we reach you?

User: I have a [[YouTube|SOFTWARE]] channel for English learners, [[@TeacherYoussefEFL|SOCIAL_HANDLE]], you can message me there. My email is [[youssef.benk.teach@gmail.com|EMAIL_ADDRESS]]. And my number, I send it to parents with the emoji digits because the spam bots don't read them: [[0️⃣6️⃣6️⃣1️⃣ 2️⃣4️⃣ 7️⃣7️⃣ 0️⃣3️⃣|OBF_PHONE|emoji_digits]].

AI: Thank you, [[Youssef|PERSON]]. Is there anything you'd like to add?

User: Just that teachers in public schools here work with very little, big classes, forty students, old buildings. AI can help us a little with preparation, but it cannot fix the classroom. I live in [[Casa|CITY]] with my parents still, my mother teaches Arabic in a primary school in [[Hay Hassani|CITY]], and she always says, the best teacher is the one who makes students curious. I think that's still true, with or without AI.""")

# 25 USA - adjunct instructor and writing tutor, Chicago
T.append("""AI: Hi, thanks for taking part. Could you tell me about yourself and your work?

User: Hi! I'm [[Milagros Huamán Quispe|PERSON]], everybody calls me [[Mila|PERSON]]. I'm [[37|AGE]]. I'm an [[adjunct instructor|JOB_TITLE]] in English composition at [[Harold Washington College|SCHOOL]], which is one of the [[City Colleges of Chicago|SCHOOL]], and I also work as a [[writing tutor|JOB_TITLE]] at the writing center at [[DePaul University|SCHOOL]]. I was born in [[Cusco|CITY]] in [[Peru|COUNTRY]] and came to [[Chicago|CITY]] with my mom in [[2006|DATE]], when I was [[sixteen|AGE]]. I did my MFA at [[Columbia College Chicago|SCHOOL]] and finished in [[May 2014|DATE]]. I live in [[Pilsen|CITY]], which I love, even if the rent is climbing every year.

AI: How do AI tools show up in your teaching and tutoring?

User: Everywhere, all the time. In composition, the first question every semester is, can we use [[ChatGPT|AI_PRODUCT]]? My policy is you can use it for brainstorming and for feedback, but you have to show me the chat, and the final draft has to be yours. At the writing center, students come in with drafts that [[Grammarly|SOFTWARE]] has already rewritten into this flat, correct, lifeless thing, and my job is almost to undo it, to find their voice under all that polish. I use [[Claude|AI_PRODUCT]] myself to generate sample paragraphs with specific problems, like a paragraph with a weak topic sentence, so students can practise revising. Course stuff goes on [[Brightspace|SOFTWARE]], and the college runs everything through [[Turnitin|SOFTWARE]], which I have complicated feelings about.

AI: Tell me more about those complicated feelings.

User: The AI detector flags my multilingual students more often, I'm convinced of it. Students who learned English as adults write in a more formal, predictable way, and the detector reads that as machine writing. [[Last spring|GENERIC_TIME]] a student from [[Guatemala|COUNTRY]] got flagged at ninety percent on an essay about her grandmother, and I had watched her write half of it in my office hours. So I don't use the score as evidence, ever. I talk with the student. Our [[department chair|GENERIC_ROLE]] backs me up on that, thankfully. As an adjunct you always wonder if anyone will back you up.

AI: How do students reach you, and how does AI shape that?

User: They text me at all hours, honestly. I got one last night that said, "hey [[mila|PERSON]] its [[jaylen|PERSON]] can u look at my essay before 9am lol." All lowercase, no punctuation, and then the essay itself was in perfect academic English, because he'd asked [[ChatGPT|AI_PRODUCT]] to "make it sound smart." I wrote back, send me the version you wrote first. That's the one I want to read. [[Jaylen|PERSON]] is a great kid, he just doesn't believe his own voice is good enough. A lot of my students are like that. I tell them about [[Sandra Cisneros|PUBLIC_FIGURE]], who grew up a few miles from here and wrote in her own voice about her own street.

AI: Do you use AI outside of work, in your personal life?

User: A little. My Tía [[Rosa|PERSON]] in [[Cusco|CITY]] sends me voice notes in Quechua and Spanish, and sometimes I use it to check a Quechua word I've forgotten, though it's not great at Quechua, it mostly makes things up. I also run a free writing workshop for teens on [[Saturday mornings|GENERIC_TIME]] at the branch library, at [[1843 S Throop St|ADDRESS]], and I use AI to help with the flyers. The teens are better at prompts than me.

AI: If we wanted to follow up with you, how could we reach you, [[Milagros|PERSON]]?

User: My cell is [[(312) 555-0147|PHONE_NUMBER]], texts are better than calls. For email I use my personal one, and I write it like this on flyers: [[mila.huaman -at- proton -dot- me|OBF_EMAIL|dashed_at_dot]]. The college email changes every time my contract changes, which tells you everything about adjunct life.""")

write_set(T, "set_ap")
for i, raw in enumerate(T, 1):
    n = len(MARK.sub(lambda m: m.group(1), raw).split())
    print(i, "words", n)
    assert 500 <= n <= 1100, (i, n)
