import sys
from markup import write_set
T = []

# 1 Irish staff nurse, Galway
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and your job?

User: No bother. I'm [[Siobhán Keane|PERSON]], I'm [[44|AGE]], and I'm a [[staff nurse|JOB_TITLE]] on a respiratory ward in [[University Hospital Galway|ORGANIZATION]]. I trained in [[NUI Galway|SCHOOL]], which is [[University of Galway|SCHOOL]] now, they changed the name a couple of years back, and I've been on the same ward since [[2009|DATE]], apart from one year in [[Perth|CITY]] when half the country went to [[Australia|COUNTRY]]. I live out in [[Oranmore|CITY]] so it's a short enough drive, except when it isn't.

AI: And where does AI come into your working day, if at all?

User: Less than people think, to be honest. The hospital hasn't rolled anything out officially, so it's more what we do ourselves on our phones. I use [[ChatGPT|AI_PRODUCT]] on my break sometimes to help me word things. We had a family on the ward last [[November|GENERIC_TIME]] who were very upset about their mam's discharge, and I wanted to write out a plain summary of what the [[consultant|GENERIC_ROLE]] had told them, because they kept hearing different things from different people. I never put a name or a date of birth in, I'd just say elderly lady, COPD, going home on oxygen, and ask it to explain home oxygen safety in simple words. Then I'd check it against our own leaflets, because some of what it says is American and doesn't match how things work here.

AI: Is that something your colleagues do as well?

User: Some of them. [[Gráinne|PERSON]], she's our [[clinical nurse manager|JOB_TITLE]], she's not keen at all. She thinks the younger ones will stop learning how to write a proper care plan. Then you have [[Tomasz|PERSON]], he's a [[healthcare assistant|JOB_TITLE]] with us, and he uses it for everything. He had it write the best man speech for his brother's wedding back in [[Kraków|CITY]], in Polish and English, and apparently it went down a storm. I'm somewhere in the middle. I think it's handy for the writing, but I wouldn't let it near anything clinical.

AI: You said you wouldn't let it near anything clinical. Where do you draw that line?

User: Medication, mainly. Doses, interactions, anything like that, we have the [[pharmacist|GENERIC_ROLE]] and we have the formulary, and that's where it stops. One night [[last winter|GENERIC_TIME]] one of the students typed a question into [[Gemini|AI_PRODUCT]] about a drip rate and it came back with something that was just wrong, confidently wrong. She showed it to me, fair play to her, and we went through the calculation together on paper. That's the kind of thing that frightens me. [[Gráinne|PERSON]] used it at the next ward meeting as an example, so I suppose she got her point in.

AI: What about the admin side, rosters, emails, that kind of thing?

User: Rosters are still done on a big spreadsheet in [[Excel|SOFTWARE]], God help us. I did try getting [[Copilot|AI_PRODUCT]] to tidy up the annual leave sheet, because at [[Christmas|GENERIC_TIME]] it's a war, but it didn't understand our codes at all. Where it does help is emails. I write long, cross emails to HR about staffing and then I ask it to make them polite. My sister [[Niamh|PERSON]] works in [[Bank of Ireland|ORGANIZATION]] up in [[Dublin|CITY]] and she says they're all at the same thing. The hospital should be giving more guidance, definitely. There was one email from the [[HSE|ORGANIZATION]] saying don't put patient data into public tools, which is fair, but that's all we've had. Nobody's told us what we can use, only what we can't. I'd love a proper course, even a half day. I'd say most of the ward would go if it was in work time and not on a [[Saturday|GENERIC_TIME]].

AI: Is there anything else you'd like to add before we finish?

User: Only that I'm happy to talk more if it's useful. You can text me on [[oh eight seven, two two one, four nine oh six|OBF_PHONE|spoken_digits]], or my personal email is [[siobhan.keane44@eircom.net|EMAIL_ADDRESS]], I'd rather you didn't use the work one. And say hello to [[Deirdre|PERSON]] for me, she's the one who put me onto this study.""")

# 2 Moroccan tailor, Fes
T.append("""AI: Hello, and thank you for agreeing to talk. Could you introduce yourself?

User: Yes, of course. My name is [[Youssef Bennani|PERSON]]. I have a small tailoring shop in the old medina in [[Fès|CITY]]. The shop was my father's, he opened it in [[1978|DATE]], and I took over in [[2012|DATE]] when he got sick. I am [[39|AGE]] now. I am a [[tailor|JOB_TITLE]], mostly djellabas and kaftans, and some suits for weddings. We are three people: me, my cousin [[Hamza|PERSON]] who does the embroidery, and a young man, [[Anas|PERSON]], who is learning.

AI: How did you first come across AI tools?

User: Through my daughter. She is at the [[Université Sidi Mohamed Ben Abdellah|SCHOOL]], she studies computer science, and one weekend she sat with me and showed me [[ChatGPT|AI_PRODUCT]] on my phone. I said what will I do with this, I sew. But then she showed me I can write to it in French, or even in Darija, more or less, and it answers. Now I use it for the messages to clients abroad. Many of my clients are Moroccans living in [[France|COUNTRY]] or [[Belgium|COUNTRY]]. They order a kaftan for a wedding, they send measurements on [[WhatsApp|SOFTWARE]], and I need to answer properly, with prices, delivery time, everything.

AI: Can you give me an example of one of those messages?

User: Last [[Ramadan|GENERIC_TIME]] there was a lady in [[Lyon|CITY]], Madame [[Alaoui|PERSON]], she wanted three kaftans for her daughters, all different colours, and she was very precise, she sent me photos from [[Instagram|SOFTWARE]] of exactly what she wanted. I asked [[ChatGPT|AI_PRODUCT]] to help me write a quotation in good French, with the deposit and the dates. Before, my French writing was not so good. I speak it fine, but writing is different, the grammar, the accents. She was happy, she paid the deposit the same day. [[Hamza|PERSON]] said to me, now you are a businessman with a secretary.

AI: Do you use it for anything else in the shop?

User: A little for the accounts. I keep a notebook, really paper, and my daughter made me a sheet in [[Google Sheets|SOFTWARE]]. Sometimes I ask the AI what is the total of this or that, but honestly I check with the calculator, I don't trust it for money. Also for [[Instagram|SOFTWARE]], for the captions. The shop has a page, [[@couture.bennani.fes|SOCIAL_HANDLE]], and I ask it to write something nice for each photo. Sometimes it writes too much, with many emojis, like a teenager, so I delete half of it.

AI: Are there things you worry about when you use it?

User: Yes. The designs, first. My father used to say the patterns belong to the family. Some people now ask the AI to invent new embroidery patterns, I saw on [[YouTube|SOFTWARE]] a young man in [[Casablanca|CITY]] doing this, but for me the hand is the hand. I would not put my father's patterns into a machine. And also, I don't know where the messages go. If a client sends me her measurements, I don't put them in, I only write "a client wants" and the general thing. [[Anas|PERSON]] laughs at me, he says nobody in [[America|COUNTRY]] cares about the hips of a lady in [[Lyon|CITY]]. Maybe he is right, but I am careful. The older customers, most of them don't know. One old client, Si [[Abdelkrim|PERSON]], he has been coming since my father's time, he asked me what I am doing with the phone all the time. I told him I am writing to [[Europe|CONTINENT]]. He laughed and said in his day you wrote a letter and waited one month for the answer, and the kaftan was still beautiful. He is not wrong. The machine does not sew.

AI: Would you be willing to be contacted again for a follow-up?

User: Yes, no problem. The best is email, because the phone in the shop is always noisy with the machines. It is [[youssef point bennani arobase gmail point com|OBF_EMAIL|french_arobase]]. My daughter told me to write it like this so the robots don't find it. Or you can pass by the shop if you come to [[Fès|CITY]] one day, everybody in the medina knows [[Bennani|PERSON]] the [[tailor|JOB_TITLE]].""")

# 3 German-Turkish machine setter, Schweinfurt
T.append("""AI: Could you start by telling me what you do and where?

User: I'm [[Murat Aydın|PERSON]], [[52|AGE]] years old, and I'm a [[machine setter|JOB_TITLE]] in injection moulding at [[Krämer Kunststofftechnik|ORGANIZATION]] in [[Schweinfurt|CITY]]. We make plastic parts for car interiors, door panels, little clips, the things nobody looks at. I started there in [[1994|DATE]], straight after my apprenticeship, so that's thirty years in the same hall, more or less. Different machines, same smell.

AI: How has AI shown up in your work?

User: It came through the quality department first. About two years ago they put cameras on two of the lines, and there's software that looks at every part and says good or bad. The company that sold it, [[Visiontec|ORGANIZATION]], they called it AI in the brochure. At the start it threw out so many good parts that [[Schorsch|PERSON]], that's [[Georg Lindner|PERSON]], the oldest one on our shift, wanted to switch it off and go back to checking by eye. He has seen every new system come and go.

AI: And now, after two years?

User: Now it's better, I have to say. They retrained it with our own pictures. I was part of that, actually, because I know which defects matter. A small sink mark on the back of a clip, nobody cares, but a short shot on a visible surface, that goes back. We sat with a young [[engineer|JOB_TITLE]] from [[Visiontec|ORGANIZATION]], [[Lea|PERSON]], she came from [[Stuttgart|CITY]] every [[Wednesday|GENERIC_TIME]] for two months, and we went through thousands of photos, good, bad, good, bad. That was interesting work. I liked it more than I expected.

AI: Do you use any AI tools yourself, outside of the camera system?

User: Personally, a bit. My son installed [[ChatGPT|AI_PRODUCT]] on my phone. I use it when I have to write something for the works council, I'm a member since [[2016|DATE]]. I speak German like a Franconian, but writing official letters is not my strength. My parents came from [[Kayseri|CITY]] in [[Turkey|COUNTRY]] in the seventies, so at home it was always Turkish. In the company there's [[Microsoft Teams|SOFTWARE]] on the office computers and [[Copilot|AI_PRODUCT]] inside it, but we on the shop floor don't have accounts. Only the [[foremen|GENERIC_ROLE]] and the office people.

AI: How do people on the shop floor feel about it?

User: Mixed. There's fear, of course. When the cameras came, everybody thought the inspectors at the end of the line would be gone. Two of them were moved to other jobs, nobody was fired, that was the deal the works council made with Mr [[Schuster|PERSON]], the [[plant manager|GENERIC_ROLE]]. But people see what happens at other companies. My brother-in-law works at [[ZF|ORGANIZATION]] in [[Friedrichshafen|CITY]] and there they talk about cutting thousands of jobs. It's not the AI alone, it's electric cars, it's [[China|COUNTRY]], everything together. What would help is honesty, mainly. Tell us what the system is for and what it isn't for. There was a rumour [[last spring|GENERIC_TIME]] that the cameras also measure how long we take for a mould change. [[Schuster|PERSON]] said no, and I believe him, but the data is there, isn't it? I want that in writing, in a works agreement. [[Elon Musk|PUBLIC_FIGURE]] can say whatever he likes about robots doing everything, but somebody has to set the tool, clean the mould, and know when the granulate is wet. That's me and [[Schorsch|PERSON]] and the others.

AI: Thank you. Is there anything you'd like to add?

User: Only that if you want to talk to the works council officially, you should go through the office, not through me. For me personally, you can call, my mobile is [[0172 58 33 904|PHONE_NUMBER]], but not during early shift, I don't answer on the floor. After two is fine.""")

# 4 Bus driver, West Yorkshire
T.append("""AI: Can you tell me a little about yourself and your job?

User: Right, well, I'm [[Karen Whitworth|PERSON]], I'm [[fifty-eight|AGE]], and I drive buses for [[Arriva|ORGANIZATION]] out of the [[Dewsbury|CITY]] depot. Been on the buses since [[2003|DATE]]. Before that I was on the phones at an insurance place in [[Leeds|CITY]] for eleven years and I hated every minute of it, so this was a change of life, really. I'm a [[bus driver|JOB_TITLE]], though on the payslip it says [[bus operator|JOB_TITLE]], which makes me sound like I own the thing.

AI: Where, if anywhere, does AI come into a job like yours?

User: You'd think nowhere, wouldn't you. You're sat in a cab for nine hours. But it's creeping in. The ticket machines are all linked up now, and there's a system that tracks how you drive, harsh braking, speeding, cornering, and it gives you a score. The company calls it a coaching tool. [[Baz|PERSON]], he's our [[union rep|JOB_TITLE]], he says it's AI, the company says it's just telematics. Either way, if your score drops, you get called in to see the [[depot manager|GENERIC_ROLE]].

AI: How do you feel about being scored like that?

User: Depends on the day. Some of it's fair. I've been pulled up for braking hard, and yeah, I did, because a lad on one of them e-scooters came out of nowhere by the bus station. The system doesn't know that. It just sees a red mark. So you have to put a note in, and they're supposed to look at the camera footage. [[Baz|PERSON]] had a meeting about it with management last [[March|GENERIC_TIME]], and now there's a proper way to challenge it, but it's a faff and half the lads don't bother.

AI: Do you use any AI tools yourself, at home or for work things?

User: My granddaughter [[Kayla|PERSON]] showed me the AI thing on [[Snapchat|SOFTWARE]], the little chatbot friend, and I thought that was creepy, to be honest. But I do use [[ChatGPT|AI_PRODUCT]] for one thing. I'm on the committee of our bowls club, [[Ossett Bowling Club|ORGANIZATION]], and I do the newsletter. I used to spend a whole [[Sunday|GENERIC_TIME]] on it. Now I tell it what's happened, who won what, who's poorly, who's had a new hip, and it writes it up nice. I have to take out the Americanisms, mind. It kept saying "lawn bowling". Nobody says that.

AI: Has anything about AI at work worried you?

User: The self-driving thing, obviously. You see it on the news, buses with no drivers. There was a trial up in [[Scotland|COUNTRY]], over the bridge near [[Edinburgh|CITY]], and everybody in the canteen was talking about it for a week. I'm not worried for me, I've got seven years to retirement. I'm worried for the young ones. [[Jordan|PERSON]], who started in [[January|GENERIC_TIME]], he's just got a mortgage and a baby on the way. What's he going to do in fifteen years if the bus drives itself? Sweep the depot? To be fair, they do listen sometimes. We've got a new [[manager|GENERIC_ROLE]] at the depot, [[Priya|PERSON]], and she does come down to the canteen and ask. She's the first one in years who's actually sat with us. She said there's talk of an app that plans the rotas with AI, so you'd get your shifts worked out by a computer. I said fine, as long as it knows I can't do a [[Friday|GENERIC_TIME]] late because I look after [[Kayla|PERSON]]. She wrote it down, so we'll see.

AI: Is there anything else you'd like to tell me?

User: Just that people should ask drivers before they decide what's good for drivers. Nobody asked us about the scoring. If you want to speak to more of us, [[Baz|PERSON]]'s your man, or me. My email's [[karen underscore whitworth at hotmail dot co dot uk|OBF_EMAIL|spelled_at_dot]], I'm not typing it properly because I get enough rubbish already. Or find me on [[Facebook|SOFTWARE]], I'm in the [[West Yorkshire|CITY]] bus drivers group, the one with the purple bus picture.""")

# 5 Lebanese academic, Beirut
T.append("""AI: Thank you for joining. Could you start by describing your role?

User: Of course. I'm [[Rania Haddad|PERSON]], and I'm an [[assistant professor of environmental health|JOB_TITLE]] at the [[American University of Beirut|SCHOOL]]. I joined in [[September 2017|DATE]], after my postdoc at [[Johns Hopkins|SCHOOL]] in [[Baltimore|CITY]]. I teach two courses a year, I supervise master's and doctoral students, and most of my research is on air quality, especially emissions from private generators, which in [[Beirut|CITY]] is unfortunately a very rich topic.

AI: How are you using AI in that work?

User: In three ways, I would say. For coding, first. Most of our analysis is in [[Stata|SOFTWARE]] and [[Python|SOFTWARE]], and I use [[GitHub Copilot|AI_PRODUCT]] when I write [[Python|SOFTWARE]] scripts for cleaning the sensor data. Second, for writing, especially grant applications. English is my third language after Arabic and French, and when you write for the [[European Commission|ORGANIZATION]] or for [[Wellcome|ORGANIZATION]] the style is very particular. I use [[Claude|AI_PRODUCT]] to tighten paragraphs. Third, and this is more recent, for teaching. I've started designing assignments around it rather than pretending it doesn't exist.

AI: Can you tell me more about the teaching side?

User: [[Last fall|GENERIC_TIME]] I gave my master's students a dataset of PM2.5 readings from sensors we installed on rooftops in [[Hamra|CITY]] and [[Bourj Hammoud|CITY]], and I asked them to use any AI tool they wanted to write a first analysis, and then to critique it. The critique was the graded part. It was very revealing. Some tools invented a guideline value that doesn't exist. One student, [[Maya|PERSON]], caught that the tool had confused micrograms and milligrams in one table, which is exactly the kind of thing I want them to catch. [[Omar|PERSON]], one of my doctoral students, helped me design it. He's much faster than me with these things.

AI: Are there concerns in your department about AI?

User: Many. The university put out guidance quite early, which I appreciated, but it leaves a lot to the individual instructor. My [[chair|GENERIC_ROLE]], [[Nabil|PERSON]], is quite relaxed about it; some senior colleagues are not. There was a heated faculty meeting where one colleague compared it to the calculator debate, and someone else said no, a calculator doesn't make up references. Both are right, in a way. And then there is the situation in the country. Since the economic crisis and the port explosion, many of our students work two jobs, some study from [[Tripoli|CITY]] or from the [[Bekaa|CITY]] with power cuts every evening. For them, a tool that helps them write faster is not cheating, it's survival. I try to keep that in mind when I grade.

AI: Do you have rules for yourself about what you don't put into these tools?

User: Yes, strict ones. No participant data, ever. Our household surveys have addresses and health information, and that stays on the university server. I also don't paste unpublished results into the public versions. When I review papers for journals, I never upload the manuscript, that would be a breach of confidentiality. I know some reviewers do it, and honestly you can tell sometimes from the reviews you receive. They have that very polished, very empty tone. It has changed how I think about my own career a little, too. When I was a PhD student, the skill was finding and reading everything. Now the skill is judging what you are given. I told [[Omar|PERSON]] that his advantage will not be speed, everybody will be fast, it will be knowing the field well enough to smell when something is wrong. My [[mentor|GENERIC_ROLE]] at [[Johns Hopkins|SCHOOL]] used to say the same about statistics software twenty years ago, so maybe nothing is new.

AI: Anything you'd like to add, or a way for us to reach you for follow-up?

User: Just that I would love to see more research from this region on this topic; most of what I read comes from the [[United States|COUNTRY]] or from [[Europe|CONTINENT]]. For follow-up, email is best: [[rania.haddad.eh@gmail.com|EMAIL_ADDRESS]]. I check it more than my university one. I'm also on [[LinkedIn|SOFTWARE]], at [[linkedin.com/in/rania-haddad-envhealth|URL]], if you want to see my publications.""")


# 6 Polish accounts payable specialist, Wroclaw
T.append("""AI: Hi, thanks for taking part. Could you tell me about your job?

User: Hi! So, I'm [[Agnieszka Wróbel|PERSON]], but everyone calls me [[Aga|PERSON]]. I'm [[31|AGE]] and I work as an [[accounts payable specialist|JOB_TITLE]] at [[Nordhaven Business Services|ORGANIZATION]] in [[Wrocław|CITY]]. It's a shared services centre, so we process the invoices for a Scandinavian group, mostly their companies in [[Norway|COUNTRY]] and [[Denmark|COUNTRY]]. I started in [[February 2018|DATE]], right after my master's at the [[Wrocław University of Economics|SCHOOL]]. Before that I did a summer internship in a bank, which I will not name because it was terrible.

AI: What does a normal day look like, and where does AI fit into it?

User: A normal day is a queue of invoices in [[SAP|SOFTWARE]]. We get maybe four hundred a day in my team. Most of them are now read automatically, there's an OCR tool with some machine learning that pulls out the supplier, the amount, the VAT, the order number. When it's confident, the invoice goes straight through. When it's not, it lands with us. So my job changed a lot. I'm not typing anymore, I'm fixing what the machine wasn't sure about. Which is honestly the more interesting part, the weird invoices, the Norwegian ones handwritten by some fisherman, things like that.

AI: How did the team react when the automation came in?

User: There was panic, a little. Our [[team leader|GENERIC_ROLE]], [[Paweł|PERSON]], had to do a lot of calming people down. The company promised no layoffs, and it was true, but they didn't replace people who left. We were fourteen, now we're nine, with more volume. So it's not that somebody lost a job, it's that the jobs just disappeared quietly. My friend [[Olena|PERSON]] came from [[Lviv|CITY]] in [[2022|DATE]] and joined exactly at that time, and she was worried she would be the first to go. She's still here. She's actually the best at the Norwegian ones, because she learned the language faster than any of us.

AI: Do you use generative AI tools, chatbots and so on, as well?

User: Yes, since last year we have [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]]. I use it mostly for emails to suppliers. You know, dear supplier, your invoice is missing the purchase order number, please resend, forty times a day, in English, sometimes in Norwegian. It helps with the tone, because my Norwegian is very direct, apparently. I also ask it to write [[Excel|SOFTWARE]] formulas. I'm okay with VLOOKUP but anything more complicated, I just describe what I want. [[Paweł|PERSON]] jokes that I'm the formula queen now, but really it's [[Copilot|AI_PRODUCT]] who is the queen.

AI: Is there anything you wouldn't use it for?

User: Bank details. Never. We get a lot of fraud attempts, emails that look like they come from a real supplier saying our bank account has changed. With AI the fake emails are now perfect, no spelling mistakes, the right logo, the right signature. Before, you could spot them because the English was strange. Now we have a rule: any change of bank account, you call the supplier on the number we already have, never the number in the email. Last [[October|GENERIC_TIME]] I caught one that was almost perfect. It was a supplier from [[Bergen|CITY]] and the email was signed with the real name of their [[accountant|JOB_TITLE]], [[Sigrid|PERSON]] something. Only the phone number was different. I got a small prize for that, a voucher for [[Empik|ORGANIZATION]], haha.

AI: How do you see your job in five years?

User: Honestly, I don't know if accounts payable will exist like this in five years. I'm studying for accounting exams in the evenings, because I want to move to controlling or analysis, something where you need to understand the business and not only the invoice. My mum says I should have become a doctor like my brother [[Kuba|PERSON]], then no robot would take my job. I tell her, mama, they're coming for doctors too. Anyway, if you want to talk more, I'm happy to. My number is [[+48 6 0 1 4 4 2 9 7 3|OBF_PHONE|spaced_digits]], or find me on [[LinkedIn|SOFTWARE]] as [[Aga Wróbel|PERSON]], there's only one with the cat in the photo.""")

# 7 Spanish municipal administrative officer, Seville
T.append("""AI: Good morning. Could you start by telling me who you are and what you do?

User: Good morning. I'm [[Manuel Ortega Ruiz|PERSON]], although at work nobody calls me [[Manuel|PERSON]], it's [[Manolo|PERSON]]. I'm [[fifty-seven|AGE]] years old, and I'm an [[administrative officer|JOB_TITLE]] at the [[Ayuntamiento de Sevilla|ORGANIZATION]], the city council. I work in the office that handles the padrón, the register of residents. I got my permanent post in [[1998|DATE]] after the oposiciones, the public exams, and I've been in this same office in [[Triana|CITY]] for the last twelve years.

AI: Has AI reached your office yet?

User: Little by little. The public administration in [[Spain|COUNTRY]] is not famous for its speed, you know. What we have now is a chatbot on the council website that answers the basic questions: what documents do I need to register, how do I make an appointment, that kind of thing. It was installed by a company from [[Madrid|CITY]]. And to be fair, it reduced the phone calls. Before, [[Rocío|PERSON]], my colleague at the next desk, spent the whole morning on the phone repeating the same three answers. Now she can actually process files.

AI: Do people trust the chatbot?

User: The young people, yes. The older people, no, they come to the window anyway, with a folder full of photocopies. And then we have many residents from other countries, from [[Morocco|COUNTRY]], from [[Romania|COUNTRY]], from [[Colombia|COUNTRY]], and the chatbot only speaks Spanish and English, and the English not very well. Last [[August|GENERIC_TIME]] a Romanian man came in furious because it told him he needed a document that he doesn't need. He had taken a day off work to get it. I had to apologise for a machine. That's new in my career, apologising for a machine.

AI: Do you use any AI tools yourself?

User: At work, officially, no. We have [[Word|SOFTWARE]], the municipal system for the register, and that's it; internet access is quite restricted. At home, my daughter [[Lucía|PERSON]] put [[ChatGPT|AI_PRODUCT]] on the tablet. She lives in [[Madrid|CITY]], she works in marketing, and she uses it for everything, even for recipes. I used it to write a complaint to the electricity company after they charged me twice, and I have to say, the letter was better than mine. More polite and more dangerous at the same time. They refunded me in a week.

AI: How do you feel about AI coming into public services more broadly?

User: Mixed. I believe in public service. I come from a family of civil servants, my father delivered the post in [[Dos Hermanas|CITY]] all his life. The citizen has the right to talk to a person. If the machine helps with the simple things so we have more time for the difficult cases, the old lady who lost her papers, the family that is being evicted, then good. But if they use it as an excuse to not replace the people who retire, that's different. In my office we were eight, now we're six, and two more of us retire in the next three years, me included, and nobody has told us if there will be new exams. My [[head of section|GENERIC_ROLE]] says she asks every month and gets no answer.

AI: Is there anything you would want the people designing these systems to know?

User: That the forms are not the problem, the people are the problem, in the good sense. Each case is a story. The chatbot doesn't know that Doña [[Remedios|PERSON]], who comes every [[January|GENERIC_TIME]] to renew her certificate, can't read well and needs someone to fill it in with her, and that she brings us pestiños from her sister in [[Utrera|CITY]]. You can't put that in a flowchart. And if you want to continue this conversation, you can write to me at home: [[manolo punto ortega arroba yahoo punto es|OBF_EMAIL|spanish_arroba]]. I'm not very fast at answering, but I always answer.""")

# 8 Egyptian pharmacist and pharmacy owner, Alexandria
T.append("""AI: Thank you for your time. Could you tell me about yourself and your work?

User: With pleasure. I am Dr. [[Mona El-Sayed|PERSON]], I am a [[pharmacist|JOB_TITLE]] and I own a small pharmacy, [[El Nour Pharmacy|ORGANIZATION]], in [[Smouha|CITY]], in [[Alexandria|CITY]]. I graduated from the Faculty of Pharmacy at [[Alexandria University|SCHOOL]] in [[2001|DATE]], worked some years for a big chain, and opened my own place in [[2010|DATE]]. I am [[forty-six|AGE]]. We are four: me, my [[assistant pharmacist|JOB_TITLE]] [[Mahmoud|PERSON]], a young girl at the cash, [[Nourhan|PERSON]], and [[Bido|PERSON]], who does the deliveries on his motorbike. His real name is [[Abdelrahman|PERSON]] but nobody uses it, even his mother.

AI: How does AI come into a pharmacy like yours?

User: Mostly through the phone. Customers send me a photo of a prescription on [[WhatsApp|SOFTWARE]], and the handwriting of the doctors here, you know, it's a famous problem. I tried [[ChatGPT|AI_PRODUCT]] to read some of them. Sometimes it reads better than me, sometimes it invents a medicine that doesn't exist. So I use it as a second opinion, never the first. Also, many medicines now have shortages, since the currency problems, so I often need to find an alternative with the same active ingredient, and I ask it to list the brands available in [[Egypt|COUNTRY]]. It is often wrong about the Egyptian brands. It knows the American names better than ours.

AI: Have there been moments where it really helped?

User: Yes, one I remember well. A woman came with her father's medicines from [[Germany|COUNTRY]], her brother lives in [[Hamburg|CITY]] and sent them, and the boxes were all in German. I used the camera in [[Google Translate|SOFTWARE]], and then I asked [[ChatGPT|AI_PRODUCT]] to compare with what we have here. We found the equivalents for all except one, and for that one I called a friend from university, Dr. [[Hesham|PERSON]], he works in a hospital pharmacy in [[Cairo|CITY]], and he found it. So the machine did eighty percent and the human did the last twenty. This is the right order, I think.

AI: Does your staff use it too?

User: [[Mahmoud|PERSON]] uses it more than me. He is young, he studied at [[Tanta University|SCHOOL]], and he uses it to prepare for a diploma in clinical pharmacy, it makes him questions like an exam. [[Nourhan|PERSON]] uses it for our [[Facebook|SOFTWARE]] page, the posts about offers, and she makes the pictures with some application, I don't know which one. Sometimes I tell her, this picture is too much, the lady looks like a film star, nobody will believe we sell this cream. She laughs at me.

AI: Are you concerned about anything?

User: Patients using it instead of coming to us. This is already happening. A man came last [[Thursday|GENERIC_TIME]] and said the AI told him he can take two painkillers together, and with his kidneys he should not. He had screenshots. I spent twenty minutes explaining. The problem is, the machine speaks with confidence, and people here respect confidence. Also I don't like that these companies are all far away, in [[America|COUNTRY]], in [[China|COUNTRY]]. If something goes wrong, who do you complain to? [[Sam Altman|PUBLIC_FIGURE]] will not come to [[Smouha|CITY]] to apologise to my customer.

AI: Thank you. Is there a way we can reach you for follow-up?

User: Yes, the easiest is [[WhatsApp|SOFTWARE]]. I will type the number in the chat for you, in Arabic numbers, [[٠١٢٢ ٣٤٧ ٥٩١٨|OBF_PHONE|arabic_indic_digits]], and if you have trouble reading it, [[Nourhan|PERSON]] can help you, haha. Or come to the pharmacy, we are open until midnight every day except [[Friday|GENERIC_TIME]] morning.""")

# 9 Scottish college lecturer, electrical installation
T.append("""AI: Thanks for joining. Could you introduce yourself and your job?

User: Aye, no problem. I'm [[Callum McIntyre|PERSON]], I'm [[35|AGE]], and I'm a [[lecturer in electrical installation|JOB_TITLE]] at [[Dundee and Angus College|SCHOOL]]. So I teach the apprentices, the sparkies of the future. I was an [[electrician|JOB_TITLE]] myself for twelve years, mostly with a firm in [[Arbroath|CITY]], [[Stewart & Reid Electrical|ORGANIZATION]], and then my knees started going and I moved into teaching in [[August 2019|DATE]]. Did my teaching qualification at the [[University of Dundee|SCHOOL]], part-time, which nearly killed me.

AI: How does AI show up in teaching a trade like that?

User: More than you'd think. The theory side, the regs, the students use [[ChatGPT|AI_PRODUCT]] for their written assignments, no question. Some of them are honest about it. Others hand in an essay about cable sizing that reads like a textbook, and I know fine well the lad who wrote it can barely spell conduit. But the practical side, it can't touch. You can't [[ChatGPT|AI_PRODUCT]] your way through wiring a consumer unit. The [[assessor|GENERIC_ROLE]] stands there and watches you do it.

AI: How do you deal with the written assignments then?

User: We had a big discussion in the department [[last spring|GENERIC_TIME]]. My [[head of department|GENERIC_ROLE]], [[Fiona|PERSON]], wanted to go back to handwritten tests in the classroom. I argued against, because half these boys and girls are going to be running their own businesses and they'll need these tools for quotes and invoices and that. So we compromised. The written stuff's done in class now, but I've added a unit where they use AI to draft a quote for a job, a kitchen rewire say, and then they have to find what it got wrong. And it always gets something wrong. It'll quote American prices, or forget the certification, or say you can do something that's flat-out illegal in [[Scotland|COUNTRY]].

AI: Do you use it yourself for your own work?

User: For the admin, aye. Lesson plans, risk assessments, all the paperwork the college wants. I use [[Copilot|AI_PRODUCT]] because that's what we've got through the college [[Microsoft 365|SOFTWARE]] licence. It's decent for a first draft. I also use it to make quiz questions, then I put them into [[Kahoot|SOFTWARE]] and the class go mental for it, very competitive. There's one lass in my second-year group, [[Eilidh|PERSON]], she's top of every quiz. She'll be running her own firm by the time she's thirty, that one.

AI: What about outside the college, in the trade itself?

User: My brother-in-law, [[Gregor|PERSON]], he's still on the tools, runs his own wee business out of [[Forfar|CITY]]. He uses an app that reads the plans and spits out a materials list. Saves him hours at night. He says the big change isn't AI replacing sparkies, it's the customers. They come with a printout saying the AI told them it's a two-hour job, and he has to explain why it's two days. My wife [[Kirsty|PERSON]] says I should write a book of the daft things it tells people. Might do, when I retire.

AI: Anything else you'd like to add, or a way to reach you?

User: Just that trades folk get forgotten in these conversations. Everybody talks about lawyers and coders and nobody asks the guy fixing your fuse box. I'm on [[Twitter|SOFTWARE]], well, [[X|SOFTWARE]], whatever it's called this week, I'm [[@sparkylecturer_cm|SOCIAL_HANDLE]], and I post about teaching and the odd rant about the football. Or email me at [[callum.mcintyre.dd@outlook.com|EMAIL_ADDRESS]], that's the one I actually read.""")

# 10 Italian bakery shop assistant, Bologna
T.append("""AI: Hello, and thanks for talking with me. Can you tell me about yourself?

User: Ciao! I'm [[Giulia Ferri|PERSON]], I'm [[26|AGE]], and I work in a bakery in [[Bologna|CITY]], in the [[Bolognina|CITY]] neighbourhood, it's called [[Forno Manfredi|ORGANIZATION]]. I'm a [[shop assistant|JOB_TITLE]], officially, but really I do everything: the counter, the till, the social media, and on [[Saturday|GENERIC_TIME]] mornings I help with the tortellini when the orders are crazy. I started in [[2019|DATE]], just for the summer, while I was studying at the [[University of Bologna|SCHOOL]], and then I never left.

AI: Where does AI come into your work?

User: Mainly through me, because the owners are, let's say, not very digital. Signora [[Manfredi|PERSON]], [[Rosanna|PERSON]], she opened the forno with her husband in the eighties and she still writes the orders in a notebook with a pencil. Her son [[Luca|PERSON]] runs it now with her. When I said we should do [[Instagram|SOFTWARE]] properly, he said okay, you do it. So I use [[ChatGPT|AI_PRODUCT]] for the captions, in Italian and English, because we get a lot of tourists now, and sometimes for ideas, like, give me five ideas for a post about the [[Christmas|GENERIC_TIME]] panettone. Half the ideas are stupid but one is usually good.

AI: Have you used it for anything beyond social media?

User: Yes, the allergens. This was actually important. The law says you need to show allergens for everything, and we had this old laminated sheet from I don't know when. I typed the recipes, not the secret parts, [[Luca|PERSON]] would kill me, and asked it to make a table of the fourteen allergens for each product. Then I checked everything with [[Luca|PERSON]] and with the flour supplier, because it made mistakes. For example it said our piadina has no milk, and it does, a little. Now the table is printed by the counter and it's also on our [[Google Maps|SOFTWARE]] page.

AI: How do customers react to the posts and the AI stuff?

User: They don't know, I think. The tourists like the English captions. The old ladies from the neighbourhood don't follow us on [[Instagram|SOFTWARE]], they come in person and tell you everything anyway, who died, who's pregnant, who's selling their flat. There's one, Signora [[Pina|PERSON]], she comes every morning at seven for one rosetta, and she asked me once if it's true that the robots will make the bread now. I said no, signora, the robots don't get up at four. [[Luca|PERSON]] gets up at four.

AI: Does AI worry you at all, for yourself?

User: Not for the bakery. Nobody wants a robot tortellino. For my friends, yes. I studied communication at the university, and my friends who went into agencies in [[Milan|CITY]] are worried, because the writing, the images, the first drafts, it's all AI now. My friend [[Chiara|PERSON]] works for [[Publicis|ORGANIZATION]] and she said her [[creative director|GENERIC_ROLE]] told everyone to use [[Midjourney|AI_PRODUCT]] for every mood board. She's thinking of leaving and going to pastry school. I told her, come to the forno, we'll teach you for free, you just have to wake up at four like [[Luca|PERSON]].

AI: Thank you. Would you be okay with a follow-up?

User: Sure! Write to me, it's [[giulia.ferri chiocciola libero punto it|OBF_EMAIL|italian_chiocciola]], chiocciola is the at sign, like the snail, you know. Or follow the bakery, [[@fornomanfredi_bo|SOCIAL_HANDLE]], I post every morning. Or just come in, but before ten, because after ten there's nothing left.""")


# 11 Jordanian social researcher, Ministry of Social Development, Amman
T.append("""AI: Thank you for joining. Please tell me a little about yourself and your work.

User: Thank you. My name is [[Lina al-Masri|PERSON]]. I'm [[38|AGE]], I live in [[Amman|CITY]], and I work as a [[social researcher|JOB_TITLE]] at the [[Ministry of Social Development|ORGANIZATION]]. It's the title we use for case workers here: we visit families who apply for assistance, we assess their situation, we write the reports. I've been at the ministry since [[2011|DATE]], first in [[Zarqa|CITY]] and now in the directorate in east [[Amman|CITY]], in [[Marka|CITY]]. I studied sociology at the [[University of Jordan|SCHOOL]], and honestly I never imagined I would be talking about algorithms.

AI: How has AI entered your work, if at all?

User: Officially, through the targeting system. The [[National Aid Fund|ORGANIZATION]] uses a model now to score applications, with data from many places: electricity bills, car ownership, social security, land. When I started, my report was the main thing. Now the system gives a score, and my visit is more to check it. Sometimes I agree with it. Sometimes I see a family with a car, so the system says no, but the car is twenty-five years old and doesn't move, and the father is sick in bed. Then I write a long justification. My [[director|GENERIC_ROLE]] supports me, usually, but it's more paperwork, and there are more families than hours.

AI: Do you use AI tools yourself, like chatbots?

User: Yes, but carefully. For writing reports in formal Arabic, I sometimes use [[ChatGPT|AI_PRODUCT]] to fix the language, but never with names or national numbers. Every family has a national number, ten digits, and this is very sensitive. My colleague, we all call him [[Abu Khaled|PERSON]], he is older, he was very against it at first. Then he saw me finish my reports before [[Thursday|GENERIC_TIME]] afternoon and he asked me to show him. Now he uses it more than me, and he tells everybody it was his idea.

AI: Are there guidelines at the ministry about this?

User: Not really. There was a training last year from a project with the [[World Bank|ORGANIZATION]], about the targeting system, but nothing about chatbots. So we have our own rules between us. Me and [[Abu Khaled|PERSON]] and [[Rawan|PERSON]], the young one who joined in [[September|GENERIC_TIME]], we agreed: no names, no national numbers, no addresses. Only the situation. And we check everything it writes, because sometimes it uses words that are too Egyptian or too formal, and the families would not understand if we read the report to them.

AI: How do the families feel about decisions being made with a computer score?

User: They don't know the details, but they feel it. A woman in [[Jabal al-Nasr|CITY]] told me last month, you people decided before you came. It hurt, because she was partly right. I try to explain that I can change the result with my report, and it's true, but it's harder now than before. I think about this a lot at night. My husband [[Sami|PERSON]] works in IT, at a bank, and he says the model is only as good as the data, and the data in [[Jordan|COUNTRY]] is not complete. The poorest people are often the ones with no data at all, no bills in their name, no bank account. The system cannot see them.

AI: Thank you. Is there anything else, or a way to contact you?

User: I'm happy to help with the research, I think it's important. If you need me, my email is [[lina.masri [at] yahoo [dot] com|OBF_EMAIL|bracket_at_dot]], or my mobile, [[0795 318 442|PHONE_NUMBER]]. If you call the directorate, ask for me with my employee number, [[SD-40917|NATIONAL_ID]], because there is another [[Lina|PERSON]] in the same office and they always mix us up.""")

# 12 Dutch parcel delivery driver, Utrecht
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself?

User: Sure. I'm [[Ricardo Pinas|PERSON]], [[41|AGE]], I live in [[Utrecht|CITY]], in [[Kanaleneiland|CITY]], and I'm a [[parcel delivery driver|JOB_TITLE]] for [[PostNL|ORGANIZATION]]. Been doing it since [[2015|DATE]]. Before that I worked nights at a distribution centre for [[Albert Heijn|ORGANIZATION]] in [[Nieuwegein|CITY]], and I got tired of never seeing daylight. My parents came from [[Suriname|COUNTRY]] in the seventies, I was born here, but I still get asked where I'm from every week.

AI: How does AI or automation show up in your day?

User: Everything starts with the scanner. In the morning at the depot you get your route on the handheld, and the order of the stops is calculated by the system. They say it's smart, it learns from traffic, from when people are usually home, all that. Most days it's fine, better than I'd plan it myself. But it doesn't know things. It doesn't know that the lift in one tower block in [[Overvecht|CITY]] has been broken for three weeks, so I'm walking up nine floors with a box the size of a fridge. Or that a certain old man always wants to chat for ten minutes because I'm the only person he sees that day. It just sees the minutes and says you're behind.

AI: Does the system monitor how fast you work?

User: Yes, and that's the part people don't like. You get stops per hour, and there's a dashboard for the [[team leader|GENERIC_ROLE]] with everybody's numbers. Mine is [[Sanne|PERSON]], she's okay, she drove herself for years, so when the system says I'm slow she looks at the street and understands. But I've heard about other depots where it's only the numbers. My mate [[Mo|PERSON]] drives for a subcontractor, not [[PostNL|ORGANIZATION]] directly, and for them it's much worse. They get paid per parcel and the app decides everything, even when you can take a toilet break.

AI: Do you use any AI tools yourself, like chatbots?

User: Not really for work. My daughter [[Shanice|PERSON]] uses [[ChatGPT|AI_PRODUCT]] for her homework, she's in her last year at [[ROC Midden Nederland|SCHOOL]], and I had a fight with her about it. Then she showed me how she uses it, asking it to explain something she didn't get in class, and I thought, okay, that's actually a free tutor. I use it sometimes for letters to the municipality, because Dutch official letters are a nightmare, even for someone who grew up here. And [[last summer|GENERIC_TIME]] I asked it to plan a trip to [[Paramaribo|CITY]] to see family, and it was pretty good, except it thought everybody there speaks Spanish.

AI: What do you think will happen to jobs like yours?

User: People always say robots and drones will deliver the parcels. I've been hearing that since I started. Maybe in a field in [[America|COUNTRY]]. Not on a third floor in [[Utrecht|CITY]] with a bike in the hallway and a dog behind the door. What I do see is the system squeezing more stops in every year. In [[2015|DATE]] I had maybe a hundred and twenty stops a day, now it's closer to one eighty. That's not a robot replacing me, that's a robot making me faster. Which is maybe worse, for the knees.

AI: Thanks. Anything you want to add, or a way to get in touch?

User: Just, say thanks to your delivery driver, that's all I ask. If you want to talk again, you can [[WhatsApp|SOFTWARE]] me: [[nul zes, vier acht, twee twee, negen één, vijf zeven|OBF_PHONE|dutch_number_words]]. I say it in Dutch because my English numbers come out wrong, haha. Or [[Instagram|SOFTWARE]], I'm [[@ricardo.rijdt|SOCIAL_HANDLE]], it's mostly pictures of my car and my daughter.""")

# 13 Greek intensive care nurse, Thessaloniki
T.append("""AI: Thanks for taking part. Could you tell me about yourself and your job?

User: Of course. I'm [[Eleni Papadopoulou|PERSON]], I'm [[33|AGE]], and I'm an [[intensive care nurse|JOB_TITLE]] at [[AHEPA University Hospital|ORGANIZATION]] in [[Thessaloniki|CITY]]. I studied nursing at the [[International Hellenic University|SCHOOL]], then in [[2016|DATE]] I left for the [[UK|COUNTRY]], like many of us did during the crisis, and I worked three years at [[Manchester Royal Infirmary|ORGANIZATION]]. I came back in [[2019|DATE]], just before covid, which was, let's say, interesting timing.

AI: How does AI show up in an intensive care unit?

User: In the unit itself, not so much yet. The monitors have alarms, some are smarter than before, they try to reduce the false alarms, but I wouldn't call that AI, maybe the company would. In [[Manchester|CITY]] it was more advanced, there was an early-warning score calculated automatically from the electronic records. Here, a lot is still on paper, honestly. We have a system for the medical orders, but the nursing notes are paper charts at the foot of the bed. So AI for us is more what we use personally, on our phones.

AI: What do you use personally?

User: [[ChatGPT|AI_PRODUCT]], mostly, and recently [[Perplexity|AI_PRODUCT]], because it gives sources. I'm doing a master's part-time, in critical care, so I use it to find papers and to understand statistics, which I hate. In the unit, sometimes at night, when it's quiet, I use it to refresh something, like the protocol for a drug we don't use often. But I always check with the protocol we have printed, or with the [[doctor on call|GENERIC_ROLE]]. I never decide anything from it.

AI: How do your colleagues feel about it?

User: It depends on the age, a little. Our [[head nurse|JOB_TITLE]], Kyria [[Voula|PERSON]], has been in the unit for twenty-five years, and she says the machines will never see what a nurse sees when she looks at a patient's face. And she's right. [[Stelios|PERSON]], who works most nights with me, is the opposite. He made a little program in [[Python|SOFTWARE]] to calculate the infusion rates, and the hospital told him to stop using it because it's not certified. He was very offended, he said his program is more accurate than the photocopied table on the wall. Maybe it is. But rules are rules.

AI: Do you worry about AI in healthcare more broadly?

User: My worry is different from what people expect. In [[Greece|COUNTRY]] we don't have enough nurses. In my unit we have one nurse for three or four ventilated patients at night; in [[England|COUNTRY]] it was one to one. If the ministry thinks AI will solve the shortage, it's a dream. We need hands. A chatbot doesn't turn a patient. I also heard about hospitals using it to write discharge letters, and I think, who checks it? The doctor who is tired at the end of a thirty-hour shift? Half of my friends from university are still in [[London|CITY]] or in [[Germany|COUNTRY]], and they won't come back for a chatbot.

AI: Thank you. Is there anything else you'd like to say, or a contact for follow-up?

User: Only that nurses should be in the room when these things are designed, not only doctors and engineers. For follow-up, my email is [[eleni.papad\u200b@gmail.com|OBF_EMAIL|zero_width_char]], I'll paste it here in the chat so you have it exactly. I'm on [[Instagram|SOFTWARE]] too, but it's private, mostly my dog and the sea.""")

# 14 Tunisian call-centre agent, Sousse
T.append("""AI: Thanks for joining. Could you introduce yourself?

User: Yes, hello. I'm [[Amine Trabelsi|PERSON]], I'm [[29|AGE]], I live in [[Sousse|CITY]], and I work as a [[customer service agent|JOB_TITLE]] in a call centre, [[Sahel Contact|ORGANIZATION]]. We do the customer service for a French internet and mobile operator, so all day I'm talking with people in [[France|COUNTRY]] whose internet box doesn't work. I started in [[March 2020|DATE]], two weeks before the lockdown, so my first months I was working from my parents' living room in [[Msaken|CITY]], with my little brother playing football behind me.

AI: How does AI come into your work?

User: A lot, in the last two years. First, there's a tool that listens to the calls in real time and shows suggestions on the screen, like "the customer seems frustrated, propose a technician visit". Second, all the calls are transcribed and analysed automatically for quality. Before, our [[team leader|GENERIC_ROLE]], [[Sonia|PERSON]], listened to maybe five calls per agent per month. Now the system scores every call. And third, there's a chatbot on the operator's website that handles the easy questions, so what reaches us now is only the difficult and angry customers.

AI: How do you feel about having every call scored?

User: Honestly, it's stressful. The score checks things like if you said the customer's name, if you apologised, if there was a silence longer than some seconds. But sometimes the silence is because I'm waiting for the box to restart! The system doesn't understand. [[Sonia|PERSON]] is fair, she listens when we contest, but the score goes into our bonus. One colleague, [[Wassim|PERSON]], had a bad month because of a customer who talked for forty minutes about his divorce, and the system said too long, no resolution. He did resolve it, by the way. The internet, and maybe the divorce too.

AI: There's been talk about accent software in call centres. Is that something you've seen?

User: Yes, they tested it last year. Software that changes your accent in real time, to sound more French from [[France|COUNTRY]]. Some colleagues liked it, they said the customers were nicer to them. I didn't like it. I speak French very well, I studied at [[ISG Sousse|SCHOOL]], my accent is my accent. And sometimes it made the voice strange, like a robot with a cold. They stopped the test after two months, I don't know why, maybe the price. Also, on the phone I'm already not me. The company gives us French first names, so I'm [[Antoine|PERSON]] for the customers.

AI: Do you use AI tools outside of work?

User: Yes, [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]], for my side project. I'm learning web development in the evenings with online courses, because I don't want to do calls all my life, and when I'm stuck on some [[JavaScript|SOFTWARE]] I ask them. My cousin [[Yassine|PERSON]] works in [[Montpellier|CITY]] as a developer, and he says I should come too, but the visa is a whole story. Maybe one day. For now, the plan is remote work. I also think, if the chatbots keep getting better, there will be fewer of us in call centres in five years, and many families in [[Sousse|CITY]] depend on these jobs.

AI: Thank you. Anything else, or a way to contact you?

User: Just that people in [[Europe|CONTINENT]] should know that when they call customer service, very often it's somebody in [[Tunisia|COUNTRY]] or [[Morocco|COUNTRY]] with a borrowed name. For contact, my number is [[plus two one six, twenty-two, four eight one, three oh seven|OBF_PHONE|mixed_number_words]], on [[WhatsApp|SOFTWARE]] is better. Or on [[GitHub|SOFTWARE]] I'm [[amine-trb|SOCIAL_HANDLE]], you can see my little projects there.""")

# 15 French plumber and heating engineer, Villeurbanne
T.append("""AI: Thank you for taking part. Could you tell me about yourself and your business?

User: Yes, so, I'm [[Sébastien Morel|PERSON]], [[48|AGE]] years old, I'm a [[plumber and heating engineer|JOB_TITLE]], plombier-chauffagiste as we say, and I have my own little company, [[Morel Plomberie|ORGANIZATION]], in [[Villeurbanne|CITY]], right next to [[Lyon|CITY]]. I set up on my own in [[2008|DATE]]. Before that I was ten years an employee at a big heating maintenance firm, always in the van, always on call. We are three: me, my wife [[Nathalie|PERSON]] who does the office, the accounts, the phone, everything, and an apprentice, [[Kevin|PERSON]], who is very good with his hands and very bad with his alarm clock.

AI: How did you start using AI in the business?

User: Because of the paperwork. People think a plumber fixes pipes all day; no, half the time I'm doing quotes. Every boiler replacement, every bathroom, you need a detailed quote, with the state subsidies, the energy certificates, everything. [[Nathalie|PERSON]] was doing them in the evening and she was exhausted. Our nephew showed us [[ChatGPT|AI_PRODUCT]], and now I dictate on site, like "replace gas boiler with heat pump, house from the seventies, a hundred square metres", and it gives me a structure. Then we put the prices in [[Tolteck|SOFTWARE]], that's our invoicing software.

AI: Was there a learning curve?

User: Oh yes. The first time, I was so happy, I gave it everything, my company name, the address of the workshop, [[14 rue Francis de Pressensé|ADDRESS]], even my SIRET number, [[512 884 763 00027|NATIONAL_ID]], so it would put it at the bottom of the quote. [[Nathalie|PERSON]] looked over my shoulder and said, [[Seb|PERSON]], are you crazy, you don't know where that goes. She was right. Now we only give it the technical part, never the customer's name or address. The customer files stay in [[Tolteck|SOFTWARE]].

AI: Do you use it for anything on the technical side?

User: Sometimes, to check a regulation, the norms, because they change all the time. But carefully. Once it told me something about gas pipe distances that was the Belgian rule, not the French one. [[Kevin|PERSON]] uses it much more, he asks it everything, and I tell him, look, the machine never put its hands in a boiler. On a job in [[Caluire|CITY]] [[last winter|GENERIC_TIME]], he was following a video on [[YouTube|SOFTWARE]] and a chatbot answer for a heat pump error code, and the answer was in the manufacturer's manual the whole time, page forty. I made him read the whole manual in the van, on the way back.

AI: What about your customers, do they notice or care?

User: Some customers come with their own AI answers now. "[[ChatGPT|AI_PRODUCT]] says my boiler only needs a new valve, why do you say replace it?" Then I have to explain, with patience. The older customers mostly trust me, they call me Monsieur [[Morel|PERSON]] and make me a coffee. The younger ones compare everything online. For the reviews on [[Google Maps|SOFTWARE]], [[Nathalie|PERSON]] uses AI to answer, especially the bad ones, because if I answer myself, it's not polite, haha.

AI: Thank you. Is there anything else, or a way to reach you later?

User: Only that for artisans it's a real help, for the administrative side. It gave me back my evenings, and [[Nathalie|PERSON]]'s evenings. If you want to continue, there's the website, [[morel-plomberie-villeurbanne.fr|URL]], with a contact form, or my mobile, [[06 71 28 40 93|PHONE_NUMBER]]. But not between eight and six, I'm under a sink.""")


# 16 Swedish municipal social worker, Malmo
T.append("""AI: Hi, and thanks for taking part. Could you start by telling me a bit about yourself?

User: Hi! I'm [[Shirin Ahmadi Nilsson|PERSON]], I'm [[45|AGE]], and I work as a [[social worker|JOB_TITLE]] in family services at [[Malmö stad|ORGANIZATION]], the city of [[Malmö|CITY]]. I came to [[Sweden|COUNTRY]] from [[Iran|COUNTRY]] when I was eleven, grew up in [[Lund|CITY]], studied at [[Lund University|SCHOOL]], and I've been with the city since [[2006|DATE]]. These days I mostly do investigations when there are concerns about a child, which is heavy work, but important work.

AI: Where does AI come into that work?

User: It's early days. Since [[spring|GENERIC_TIME]] there's a pilot in our unit with [[Microsoft Copilot|AI_PRODUCT]], in a protected version the city bought, and a few of us are testing it for documentation. We write a lot. Every meeting, every phone call with the school, every home visit, it has to go in the journal. The idea is that I dictate my notes after a visit and it makes a structured draft. It saves time, maybe forty minutes a day for me. But you have to read every line.

AI: Why do you have to read every line?

User: Because it smooths things. Our notes need to be precise about who said what. If the mother said "he sometimes hits", and the draft says "there are reports of physical discipline", that's not the same thing, legally or for the child. In one of my first drafts it changed a father's words into something much softer. My colleague [[Jonas|PERSON]] had the opposite problem, it made a situation sound more serious than it was. We both reported it to the project group. Now there's a rule: direct quotes are always typed by us, by hand.

AI: What about privacy? You mentioned a protected version.

User: Yes, this was a huge discussion. Our files are some of the most sensitive data the city has. The lawyers and the [[data protection officer|GENERIC_ROLE]] spent months on it. Nothing goes into the public [[ChatGPT|AI_PRODUCT]], absolutely not, and the pilot runs on servers inside [[Sweden|COUNTRY]]. My union, [[Akademikerförbundet SSR|ORGANIZATION]], also asked questions, especially whether the system would be used to measure our productivity. The answer was no. For now.

AI: How do families react when they find out?

User: Most don't ask. We tell them their information is documented, and that's true. One father, a very sharp man, asked me directly if a robot writes the report about his son. I said no, I write it, the computer helps me with the typing, the same way spellcheck does. He accepted that. But I understood his fear. In my own family, my mother still doesn't trust the bank app, and my husband [[Henrik|PERSON]] jokes that she will trust AI the day after she trusts the bank app, so never.

AI: Thank you. Anything you'd like to add, or a way to reach you?

User: I'd just say: the time we save should go back to the families, not into more cases per person. That's the battle now, with our [[unit manager|GENERIC_ROLE]] and with the politicians. If you want to follow up, write to my private address, [[shirin.nilsson snabel-a telia punkt com|OBF_EMAIL|swedish_snabel_a]]. Snabel-a is what we call the at sign in Swedish, the elephant's trunk. I don't want research mail in my work inbox, because everything there becomes a public document.""")

# 17 Turkish quality control technician, Bursa
T.append("""AI: Hello, thank you for your time. Could you introduce yourself?

User: Hello. I'm [[Emre Yıldız|PERSON]], [[34|AGE]] years old. I work in [[Bursa|CITY]], in the organised industrial zone in [[Nilüfer|CITY]], as a [[quality control technician|JOB_TITLE]] at [[Kaya Oto Parça|ORGANIZATION]]. We make brake components, for [[Renault|ORGANIZATION]] and [[Tofaş|ORGANIZATION]], and some exports to [[Germany|COUNTRY]]. I started as a line worker in [[2011|DATE]], then I did a vocational degree at [[Bursa Uludağ University|SCHOOL]] in the evenings, and I moved to quality in [[2016|DATE]].

AI: How is AI used in quality control at your plant?

User: We have a new system on final inspection, since last year. Cameras, and a model that checks the surface of the brake discs for cracks and porosity. Before, it was us, with the eye and with the lamp, and after eight hours your eye is tired, you miss things. The machine doesn't get tired. But it doesn't understand either. When we changed the supplier of the cast iron, the surface colour was a little different, and the system started rejecting everything. Half a shift of good parts in the red box. [[Hüseyin|PERSON]] Usta, our oldest master, looked at them one by one and said all good, and he was right.

AI: Who decides when the machine and the people disagree?

User: Officially, the [[quality engineer|JOB_TITLE]], [[Derya|PERSON]] Hanım. She is very good, she studied in [[Ankara|CITY]], and she trusts data, but she also trusts [[Hüseyin|PERSON]] Usta. So what we do now: if the system rejects more than a certain percentage in one hour, it stops and calls a person to look. That was my idea, actually, I'm a little proud of it. I wrote it in the suggestion system and I got a bonus, a small one, but still.

AI: Do you use AI tools like chatbots yourself?

User: Yes, mostly for English. The customer audits are in English, the German customer sends the reports in English too, and my English is from school and from films. I use [[ChatGPT|AI_PRODUCT]] to understand the 8D reports and to write the answers. Also for [[Excel|SOFTWARE]], for pivot tables, which I never understood before. My wife [[Ayşe|PERSON]] teaches primary school and she uses it to prepare worksheets for her class. Our son talks to [[Siri|AI_PRODUCT]] in the car and asks it to tell jokes, and the jokes are terrible in Turkish.

AI: Are people at the plant worried about their jobs?

User: Yes, of course. Inflation is very high in [[Turkey|COUNTRY]], everybody needs the job. When the cameras came, three inspectors were moved to the assembly line. Nobody was fired, same salary, but harder work, standing all day at the press. My friend [[Burak|PERSON]] was one of them, he's still angry with me, like it was my fault. I think in five years, in my job, there will be fewer people and more screens. I want to be the person who understands the screen. That's why I'm studying statistics online in the evenings.

AI: Thank you very much. Is there a way we can contact you later?

User: Of course. My email is [[emre.yildiz.qc@gmail.com|EMAIL_ADDRESS]], and my mobile is [[O532 7I4 28 9O|OBF_PHONE|letters_for_digits]]. I write the number with letters inside, my cousin taught me, because of the spam bots. You will understand it. Please write in the evening, during the shift my phone is in the locker.""")

# 18 Welsh housing officer, Cardiff
T.append("""AI: Thanks for coming along. Could you tell me about yourself and your job?

User: Course. I'm [[Rhys Pritchard|PERSON]], I'm [[fifty|AGE]], and I'm a [[housing officer|JOB_TITLE]] with [[Cardiff Council|ORGANIZATION]]. I look after a patch of council estates in [[Ely|CITY]] and [[Caerau|CITY]], about four hundred tenancies. Rent, repairs, anti-social behaviour, people falling out over bins, you name it. I've been with the council since [[1997|DATE]], started in the post room, actually, when I was a lad. I'm from [[Merthyr|CITY]] originally, moved down to [[Cardiff|CITY]] for work and never went back.

AI: Where does AI come into housing work?

User: Slowly. The council's been trialling [[Copilot|AI_PRODUCT]] in some departments, and we got it in housing in [[October|GENERIC_TIME]]. I use it for summarising meetings on [[Teams|SOFTWARE]], which is handy, because we have a lot of multi-agency meetings, police, social services, health, and the minutes used to take forever. It's also good at drafting letters, but we have to be careful there, because everything we send out has to be in Welsh and English, and its Welsh is, well, creative.

AI: Can you say more about the Welsh?

User: I'm a Welsh speaker, went to [[Ysgol Gyfun Rhydywaun|SCHOOL]], so I notice. It gets the grammar mostly right but the tone is wrong, too formal, like a chapel sermon. Or it'll use a word nobody's said since the eighteen hundreds. We've got a translation unit in the council, and [[Bethan|PERSON]] there, she's a [[translator|JOB_TITLE]], she says they're getting more and more drafts that are AI Welsh, and fixing those takes longer than translating from scratch. There's a bit of tension about that, to be honest, between the departments.

AI: What about the tenants? Does AI affect them?

User: Indirectly. There's talk of a system to predict rent arrears, to flag people before they get into trouble. In theory that's good, early help. But I've seen how these things go. Who gets flagged? The single mum on universal credit, the bloke with mental health problems. They're already flagged, by me, because I know them, I've been in their front rooms. What worries me is if the system says contact these twenty people this week and I haven't got time, and something happens to number twenty-one. Then who's to blame? Me or the computer?

AI: Do you use any AI tools outside work?

User: A bit. My partner [[Gareth|PERSON]] is the techy one, he works at [[Admiral|ORGANIZATION]] in their [[Newport|CITY]] office and they're all over it. He uses it to plan our holidays down to the minute. I used [[ChatGPT|AI_PRODUCT]] to write a speech for my mam's birthday party, and she cried, so it can't be all bad. Though I told her I wrote it myself. Don't put that in the report.

AI: Thanks. Anything to add, or a way to get back in touch?

User: Only that councils are skint, and there's a risk they see AI as a way to cut housing officers instead of freeing us up to knock on doors. If you want to chat again, I'm on [[rhys.pritchard@btinternet.com|EMAIL_ADDRESS]], or ring me on [[07700 900 418|PHONE_NUMBER]]. Evenings are better, I'm out on the estates most days.""")

# 19 Emirati HR specialist, Abu Dhabi
T.append("""AI: Thank you for joining us today. Could you introduce yourself?

User: Sure. I'm [[Mariam Al Hammadi|PERSON]], I'm [[thirty|AGE]], and I work as an [[HR specialist|JOB_TITLE]] in a government entity in [[Abu Dhabi|CITY]], the [[Department of Municipalities and Transport|ORGANIZATION]]. I handle recruitment and onboarding mostly, and some of the Emiratisation reporting. I studied business at [[Zayed University|SCHOOL]] and joined the government in [[2017|DATE]], after one year at a bank in [[Dubai|CITY]] that I didn't enjoy at all.

AI: How does AI show up in HR for you?

User: A lot, actually. The government here is very pro-AI, you know, we even have a minister for it, [[Omar Sultan Al Olama|PUBLIC_FIGURE]]. So there's encouragement from the top. We use a screening tool for CVs, which ranks applicants against the job description, and we have an internal assistant based on [[Microsoft Copilot|AI_PRODUCT]] for drafting job descriptions and policies. Some colleagues also use [[Jais|AI_PRODUCT]] for Arabic content, because it's better with Gulf Arabic than the American tools.

AI: How do you feel about the CV screening tool?

User: Honestly, I have mixed feelings. It's fast. For one engineering role we had more than nine hundred applications, no human can read all that properly. But I noticed it likes certain words. If you write "stakeholder management" three times, you go up. People who write simply, maybe not native English speakers, they go down. My colleague [[Joy|PERSON]], she's from the [[Philippines|COUNTRY]], she does the manual checks with me, and we found a very strong candidate from [[Jordan|COUNTRY]] at number four hundred. We moved her up and she got the job. So now we always check the bottom too, not only the top.

AI: Are there rules about what information you can put into these tools?

User: Yes, very strict. Emirates ID numbers, passport numbers, salaries, nothing goes into external tools. There was a circular about it last year. Our [[director|GENERIC_ROLE]], Ms. [[Aisha|PERSON]], reminds us in every team meeting. At work we use only the internal version. At home I use [[ChatGPT|AI_PRODUCT]] for personal things, like planning my sister's wedding, the seating, the menu, but I never mix the two.

AI: Do you think AI will change HR jobs?

User: Definitely. The transactional part, salary certificates, letters, leave balances, that will be automated, it's already half done. What stays is the human side: interviews, difficult conversations, someone crying in your office because their father is sick and they need leave. I want to move more into learning and development. I'm doing a certificate with the [[CIPD|ORGANIZATION]] online, and I use AI to summarise the readings, which is a bit ironic, I know. [[Joy|PERSON]] says I will be replaced by my own summaries.

AI: Thank you. Is there a way to reach you if we have follow-up questions?

User: Yes, please use my personal email, not the government one: [[ｍａｒｉａｍ．ｈａｍｍａｄｉ＠ｏｕｔｌｏｏｋ．ｃｏｍ|OBF_EMAIL|fullwidth_chars]]. I typed it in the wide letters because our security training says not to paste plain emails in external chats. I don't know if that really helps, haha. And my [[Instagram|SOFTWARE]] is [[@mariam.hr.notes|SOCIAL_HANDLE]], I post about careers for young Emiratis.""")

# 20 Portuguese taxi driver, Porto
T.append("""AI: Good afternoon. Could you tell me a bit about yourself and your work?

User: Good afternoon. I'm [[Nuno Carvalho|PERSON]], [[fifty-two|AGE]], and I'm a [[taxi driver|JOB_TITLE]] in [[Porto|CITY]]. I have my own licence since [[1999|DATE]]. Before that I drove for my uncle [[Alberto|PERSON]], he had two taxis at the stand in [[Boavista|CITY]]. Now it's me and my car, and since the ride apps came, life changed a lot. I also do some hours for [[Bolt|ORGANIZATION]] when the stand is slow, mostly at night.

AI: How do AI tools come into your job?

User: First the apps themselves. [[Bolt|ORGANIZATION]] decides the price, decides who gets the ride, everything with algorithms. Some days you don't understand why you get nothing for an hour and then three rides at the same time. Then navigation, [[Waze|SOFTWARE]], of course. And the newest thing, for me, is [[ChatGPT|AI_PRODUCT]] with the voice. My daughter [[Inês|PERSON]] installed it on my phone. When I have tourists, Korean, Polish, whatever, I speak into it in Portuguese and it speaks to them in their language. They love it. One Japanese couple made a video of me with it.

AI: Has it changed how you talk with passengers?

User: Yes and no. My English is okay for the basic things, airport, hotel, football, [[Cristiano Ronaldo|PUBLIC_FIGURE]], everybody knows him. But for real conversation, the history of the city, the wine cellars in [[Gaia|CITY]], the tourists ask a lot, so I use the translation. Before, I just smiled. Now I can tell them my stories. My colleague at the stand, [[Zé|PERSON]], he says it's cheating, that a real driver should learn languages. He speaks only Portuguese and a little French from when he worked in [[Paris|CITY]], so I don't know who he is to talk.

AI: Do you worry about self-driving cars?

User: Not for me. I have maybe ten, twelve years more of work. In [[Porto|CITY]], with these streets, the hills, the trams, the tourists walking in the middle of the road, good luck to the robot. Maybe in [[America|COUNTRY]] or [[China|COUNTRY]]. For my daughter's generation, maybe. [[Inês|PERSON]] studies engineering at the [[University of Porto|SCHOOL]], and she says in twenty years nobody will own a car. I tell her in twenty years I'll be on a bench in [[Matosinhos|CITY]] eating grilled sardines, so it's not my problem.

AI: What about the platforms' algorithms, how do you feel about them?

User: That's the real AI problem for me, not the robots. The app is a boss you can't talk to. Last [[June|GENERIC_TIME]], for [[São João|GENERIC_TIME]], the festival, prices went up three times, and the app took a bigger percentage, and the customers blamed me. One lady shouted at me in the car. I didn't set the price! And if you refuse too many rides, your rating goes down, and nobody explains the rules. With the old taxi central, at least, you could call Dona [[Fátima|PERSON]] on the radio and argue.

AI: Thank you. We'd like to send you the participation voucher. Would you like to add anything, and how should we send it?

User: Only that drivers are people, not dots on a map. For the voucher, send it by post, I prefer: [[Rua do Heroísmo 233, 4300-259|ADDRESS]] [[Porto|CITY]]. And for email, if you need, it's [[nunocarvalho72 at sapo dot pt|OBF_EMAIL|spelled_at_dot]]. I check it on [[Sundays|GENERIC_TIME]], when the stand is quiet.""")


# 21 Irish cafe owner, Cork
T.append("""AI: Thanks for taking the time. Could you tell me a bit about yourself and the business?

User: Course. I'm [[Declan Murphy|PERSON]], I'm [[fifty-four|AGE]], and I own a café in [[Douglas|CITY]], on the south side of [[Cork|CITY]]. [[The Bridge Café|ORGANIZATION]], it's called, though there's no bridge anywhere near it, that's a long story. I've had it since [[2013|DATE]]. Before that I was a [[chef|JOB_TITLE]] for twenty years in hotels, mostly the [[Imperial Hotel|ORGANIZATION]] in town, until my back told me to stop standing at a stove for twelve hours. So now I'm a [[café owner|JOB_TITLE]] and I stand at a till for twelve hours instead. Progress.

AI: How does AI fit into running a café?

User: More than I'd have guessed. My daughter [[Ciara|PERSON]] does our social media, and she uses [[ChatGPT|AI_PRODUCT]] for the posts. Then I started using it myself for the boring stuff. The rota, for one. I've seven staff, mostly students from [[UCC|SCHOOL]], and they all have lectures at different times, so I type in who can work when and it gives me a draft rota. It's not perfect, mind. It put [[Thiago|PERSON]] on three opens in a row once and he nearly walked out on me.

AI: Who is [[Thiago|PERSON]]?

User: [[Thiago|PERSON]]'s my [[barista|JOB_TITLE]], the head one really. He's from [[Curitiba|CITY]] in [[Brazil|COUNTRY]], came over on a student visa in [[2019|DATE]] and stayed. Best coffee on the south side, I'd put money on it. He's very anti-AI, funnily enough. He says the customers can taste when something's made by a machine. He means the coffee, but he says it about the menu descriptions too, and he's not wrong. The ones it wrote were all "artisanal" this and "lovingly crafted" that. It's a scone, lads.

AI: What else do you use it for?

User: Letters. Anything official. [[Revenue|ORGANIZATION]] sent me a letter last year about VAT on the takeaway stuff, and I couldn't make head nor tail of it. I put it into [[ChatGPT|AI_PRODUCT]], without my details, and asked it to explain it like I was a child. Then I rang my [[accountant|JOB_TITLE]], [[Mairéad|PERSON]], and she said it had it about right, but it missed one bit that would've cost me. So that's the pattern. It gets you eighty percent of the way and the last twenty percent is where the money is.

AI: Are there things you won't let it do?

User: Reviews. I won't have it answering reviews. If someone gives out about us on [[Tripadvisor|SOFTWARE]], I answer them myself, even if I'm raging. People can tell. And I won't have it near the recipes. My mother's scones, that recipe is on a card in a drawer and it's staying there. There's a place in town doing AI menus and AI pictures, and the food never looks like the picture. That's not for us. We're a small place, people come in because they know us, they know [[Thiago|PERSON]], they know the dog.

AI: Thanks, [[Declan|PERSON]]. Is there anything else, and how can we reach you?

User: Just that small places like mine need simple tools, not fancy ones. Most of the AI stuff is built for big companies with IT departments. If you want to follow up, call in for a coffee, we're at [[Unit 4, Douglas East Shopping Centre, T12 XK47|ADDRESS]]. Or ring me, [[oh eight five, double four seven, one nine two oh|OBF_PHONE|spoken_double_digits]]. Don't email, I never check it, [[Ciara|PERSON]] will tell you.""")

# 22 Algerian chemistry lecturer, Oran
T.append("""AI: Thank you for joining. Could you introduce yourself?

User: Thank you. I am Dr. [[Nadia Boudiaf|PERSON]], I am [[forty-two|AGE]], and I am a [[senior lecturer in analytical chemistry|JOB_TITLE]] at the [[University of Oran 1|SCHOOL]], in [[Algeria|COUNTRY]]. I did my doctorate partly in [[France|COUNTRY]], at the [[University of Montpellier|SCHOOL]], and I came back to [[Oran|CITY]] in [[2012|DATE]]. I teach the third-year students and the master's students, and I run a small research group on water quality. We test wells in the region of [[Mascara|CITY]] and [[Relizane|CITY]], where the nitrates are a real problem for the families.

AI: How has AI come into your teaching?

User: For the students, it arrived like a storm, like everywhere. Suddenly the lab reports were all very well written, in perfect French, and I know that some of these students write French with difficulty, their strong language is Arabic. So I understood. At first I was angry. Then I thought, the problem is not the tool, the problem is that my assignments are too easy to do without thinking. Now I ask them to explain their own results orally, in front of me, five minutes each. It's more work for me, but it's honest, and I learn who really did the titration.

AI: And in your research?

User: I use [[ChatGPT|AI_PRODUCT]] and sometimes [[DeepSeek|AI_PRODUCT]] to help with the English of my articles. Publishing in English is a big barrier for us, and the editing services are very expensive, in euros. My old supervisor in [[Montpellier|CITY]], Professor [[Laurent Giraud|PERSON]], used to correct my English for free, but I can't ask him for everything. For the data, I use [[Python|SOFTWARE]] a little, and [[Origin|SOFTWARE]] for the graphs, and the chatbot helps me write small scripts. Our [[lab technician|JOB_TITLE]], [[Rachid|PERSON]], is more skilled than me with the instruments, but he doesn't use these tools at all. He says he trusts his hands and his nose.

AI: Are there particular difficulties in using these tools in [[Algeria|COUNTRY]]?

User: Yes, practical ones. The internet is slow sometimes, and during the baccalaureate exams in [[June|GENERIC_TIME]], it's cut or very restricted, everybody knows this. Payment is another problem: to pay for the premium versions you need an international card, and that's not simple here. So most of us use the free versions. Some colleagues share one account, which is maybe not allowed. And the content, it knows [[France|COUNTRY]] very well and [[Algeria|COUNTRY]] very little. If you ask about the regulations for drinking water here, it gives you the European norms with total confidence.

AI: How do your colleagues see it?

User: Divided. Some of the older professors think it's the end of the university. The younger ones use it every day and don't talk about it. Our [[dean|GENERIC_ROLE]] organised a seminar last [[December|GENERIC_TIME]], and it was very lively, lots of shouting. I said we should make rules together rather than pretend. A colleague from physics, [[Mourad|PERSON]], said I was naive. Maybe. But my students will use it whether I allow it or not, so I prefer to teach them to use it well.

AI: Thank you. Is there anything you'd like to add, or a way to contact you?

User: I would say that researchers in the South should be part of building these tools, not only users of them. For contact, my email is [[n.boudiaf(at)univ-oran1(dot)dz|OBF_EMAIL|paren_at_dot]], I write it like this because of spam. And my publications are all listed at [[orcid.org/0000-0002-7741-3958|URL]], if you want to see what we do.""")

# 23 Romanian senior care assistant, Solihull
T.append("""AI: Hello, thanks for taking part. Could you tell me a little about yourself?

User: Hello. My name is [[Ionela Popescu|PERSON]], I'm [[37|AGE]], and I'm a [[senior care assistant|JOB_TITLE]] at [[Elmwood Lodge|ORGANIZATION]], it's a care home in [[Solihull|CITY]], near [[Birmingham|CITY]]. I came from [[Iași|CITY]] in [[Romania|COUNTRY]] in [[2014|DATE]], I worked first in a factory packing sandwiches, then I started in care in [[2016|DATE]] and I never changed. We have forty-two residents, many of them with dementia.

AI: Where does technology or AI come into your work?

User: Everything is on the phone now. We use an app, [[Nourish|SOFTWARE]], for the care notes. Before, it was paper folders, very heavy. Now every time I help a resident, with food, with washing, with medication, I write it on the handheld. And since last year there is a function that suggests the words, like autocomplete but more clever, and it also makes a summary of the day for each resident for the handover. The nurses and the [[home manager|GENERIC_ROLE]] read the summary instead of all the notes.

AI: How has that been working for you?

User: Mostly good. English is not my first language, and before I was always worried about mistakes in the notes, because these notes are legal documents, the [[CQC|ORGANIZATION]] can read them. Now the suggestions help me. But sometimes the summary is too nice. For example, Mr [[Harold|PERSON]], one of our residents, he was agitated all afternoon, he was looking for his wife who passed away years ago. The summary said "[[Harold|PERSON]] had a settled afternoon with some periods of confusion". That's not true. He was very upset. I changed it, but if I was tired, at the end of a long shift, maybe I don't notice.

AI: Do you use other AI tools, like chatbots?

User: Yes, [[ChatGPT|AI_PRODUCT]], at home. I used it to prepare for my Level 3 diploma in health and social care, to explain the theory in simple words, and sometimes I ask it in Romanian when I'm really stuck. My son [[Andrei|PERSON]] uses it for homework, he's at [[Light Hall School|SCHOOL]]. And my husband [[Vlad|PERSON]] drives lorries for [[Tesco|ORGANIZATION]], he uses it to write messages to the bank and to the council. We are a very AI family, haha.

AI: Do you have any concerns?

User: My concern is the staff. The company that owns us talks a lot about efficiency, and I'm afraid they think the app means they need fewer carers. But the app doesn't hold a hand. The app doesn't sing to Mrs [[Joan|PERSON]] when she cannot sleep at three in the morning. Also, many of my colleagues are from [[India|COUNTRY]], [[Zimbabwe|COUNTRY]], [[Nigeria|COUNTRY]], they came on visas, and if the rules change and the robots come, what happens to them? Our [[home manager|GENERIC_ROLE]], Mrs [[Okafor|PERSON]], she fights for us, but she is not the owner.

AI: Thank you. Is there anything else, or a way to reach you?

User: Just, please, when you write your report, say that carers are skilled. We are not only cleaners. For contact, my mobile is [[oh-seven-seven-double-oh, nine-oh-oh, five-one-six|OBF_PHONE|spoken_hyphenated]], or if you call the home, ask for me with my staff number, [[EL-2291|NATIONAL_ID]], because the girls at reception don't know my surname, they only know "[[Ionela|PERSON]] from the first floor".""")

# 24 Czech warehouse operative, Brno
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your job?

User: Hi. I'm [[Tomáš Dvořák|PERSON]], I'm [[27|AGE]], and I work as a [[warehouse operative|JOB_TITLE]] in a big e-commerce warehouse in [[Modřice|CITY]], just south of [[Brno|CITY]]. The company is [[Moravia Fulfilment|ORGANIZATION]], we do the logistics for several online shops, electronics, clothes, pet food, everything. I started there in [[2021|DATE]], after I left [[Masaryk University|SCHOOL]] in the second year. I was studying history, I realised I didn't want to be a teacher, and I needed money.

AI: How does AI show up in the warehouse?

User: Everywhere, but you don't see it. The system decides where every product goes on the shelves, based on what sells together. So the phone cases are next to the chargers, and in [[November|GENERIC_TIME]], before [[Black Friday|GENERIC_TIME]], everything moves around. It also decides the picking route, the order of things I collect. And since last year we have robots, small ones, they drive around the floor and bring the carts to us, so we walk less. They're from [[Locus Robotics|ORGANIZATION]], an American company. At first everybody was filming them for [[TikTok|SOFTWARE]].

AI: What's it like working with the robots?

User: Honestly, better than I expected. Before, I walked something like twenty kilometres a shift, my watch said so. Now it's maybe twelve. But the pace is higher. The system knows exactly how many picks per hour each person does, and there's a screen in the break room with the top pickers. Some people love it. [[Oksana|PERSON]] from my shift, she's from [[Kharkiv|CITY]], she's always number one and she's very proud. I'm usually in the middle. Our [[shift supervisor|GENERIC_ROLE]], [[Petra|PERSON]], says the screen is motivation. I think it's a bit like school.

AI: Do you use AI tools like chatbots yourself?

User: Yes, a lot, but not for work. I use [[ChatGPT|AI_PRODUCT]] for my hobby. I'm still into history, and I'm writing a long thing about my great-grandfather, he was in the resistance in [[Třebíč|CITY]] during the war. I use it to help translate old German documents from the archive. It's not perfect with the old handwriting, but it helps. Also my girlfriend [[Klára|PERSON]] and I used it to plan our trip to [[Croatia|COUNTRY]] [[last summer|GENERIC_TIME]]. It chose a campsite that was closed, so that was fun.

AI: Do you see a future for yourself in the warehouse?

User: Not forever. I think in five years the robots will also pick, not only carry. They are testing arms in a warehouse in [[Germany|COUNTRY]], I saw a video. So I'm doing a forklift licence and maybe I'll go into planning, the people who work with the system, not for the system. [[Petra|PERSON]] says there might be a position in the control room next year. We'll see. My dad worked twenty-five years at [[Zetor|ORGANIZATION]] in [[Brno|CITY]], the tractor factory, same job all his life. That won't be my life, for better or worse.

AI: Thanks, [[Tomáš|PERSON]]. Is there anything to add, or a way to reach you?

User: Just that warehouse people are not stupid, we see what's happening. If you need me, write to [[tomas.dvorak97@seznam.cz|EMAIL_ADDRESS]], or on [[Discord|SOFTWARE]] I'm [[dvorak_forklift|SOCIAL_HANDLE]]. I'm online most evenings after the shift.""")

# 25 Saudi bank customer relations officer, Jeddah
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Thank you. I'm [[Faisal Al-Ghamdi|PERSON]], I'm [[36|AGE]] years old, and I work as a [[customer relations officer|JOB_TITLE]] at a branch of [[Al Rajhi Bank|ORGANIZATION]] in [[Jeddah|CITY]], in the [[Al Rawdah|CITY]] district. I joined the bank in [[2012|DATE]], after I graduated in finance from [[King Abdulaziz University|SCHOOL]]. So, twelve years now. I help customers with accounts, cards, complaints, personal finance applications, everything that the app cannot do.

AI: How has AI changed your work?

User: Very much, especially in the last three years. Most simple transactions now happen in the app, and the app has a virtual assistant that answers questions. So the customers who come to the branch are either older people who don't like the app, or people with a complicated problem. Also, the bank uses systems to detect fraud and to decide on financing, the credit scoring. When a customer is rejected, he comes to me and asks why, and sometimes I don't know exactly why, the system just says no. That is difficult, to explain a decision you didn't make.

AI: Do you use AI tools yourself in your daily work?

User: Inside the bank, we have some internal tools, but external ones like [[ChatGPT|AI_PRODUCT]] are blocked on the work computers, for security. Which I understand, we handle very sensitive information. At home, I use it to prepare for my professional certificate, and I tried [[ALLaM|AI_PRODUCT]], the Saudi model, because it understands our dialect better. My colleague [[Hatem|PERSON]] uses it to write poetry, really, Nabati poetry, and he reads it to us at lunch. It's not very good but we clap anyway.

AI: How do customers react to the AI features?

User: The young ones love the app. My nephew does everything on his phone, he has never entered a branch in his life. The older customers want to sit with a person, drink coffee and talk. There's an old man, we call him [[Abu Saud|PERSON]], he comes every month to print his statement on paper, and he asks me each time, is the computer going to take your job, ya [[Faisal|PERSON]]? I tell him, as long as you keep coming, I have a job.

AI: Are you worried about the future of branch jobs?

User: A little, yes. Several branches closed in the last years, or merged. But the country is also changing fast, there are many new sectors, tourism, entertainment, technology. My sister [[Reem|PERSON]] works at [[NEOM|ORGANIZATION]] now, a totally different world from mine. I'm thinking to move to the complaints analysis team in the head office in [[Riyadh|CITY]], which uses more data and less coffee. My [[branch manager|GENERIC_ROLE]] encourages me, he says I have the patience for it.

AI: Thank you. Is there a way to contact you for follow-up?

User: Yes, please, use my personal email: [[faisal_ghamdi86 AT hotmail DOT com|OBF_EMAIL|caps_at_dot]]. And my mobile is [[055 318 7724|PHONE_NUMBER]]. Better after the evening prayer, I'm free then and I can talk properly.""")

write_set(T, "set_ak")
